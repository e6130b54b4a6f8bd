"""Contract tests of the frozen remark sets written from the same blind brief, editions 33 and 34
(of the SETS, not of any detector): one row per edition, its digest and version pinned. A new edition
written from that brief adds a row here."""
from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import math
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.frozen import remarks_v33, remarks_v34  # noqa: E402
from benchmarks.frozen.remarks import Remark  # noqa: E402

EDITIONS = {
    "v33": (remarks_v33, "80e6dc3e37c0c627af320eac5502af2f4e3382880deeef8045360d582c95a487",
            "frozen-remarks-33 (2026-12-08)"),
    "v34": (remarks_v34, "399e3cf9bf8a79f6084efa1268f7c66add2dd5afeda55eeb374059c6171c0e3b",
            "frozen-remarks-34 (2026-12-08)"),
}


def _digest(remarks):
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@pytest.fixture(scope="module", params=sorted(EDITIONS))
def edition(request):
    module, digest, version = EDITIONS[request.param]
    return module, digest, version, module.make_remarks()


def _check_contract(mod, remarks):
    texts = [r.text for r in remarks]
    big = "\x00".join(texts)
    for r in remarks:
        assert isinstance(r, Remark)
        for nm in r.names:
            assert r.text.count(nm) == 1, (nm, r.text)
            assert big.count(nm) == 1, ("name found in another remark", nm)
        spans = [(r.text.find(nm), r.text.find(nm) + len(nm)) for nm in r.names]
        for la in r.lookalikes:
            assert la and la in r.text, (la, r.text)
            i = r.text.find(la)
            while i != -1:
                for s, e in spans:
                    assert not (i < e and s < i + len(la)), ("look-alike overlaps a name", la, r.text)
                i = r.text.find(la, i + 1)
        if r.family == "lookalike_only":
            assert r.names == []
            assert r.lookalikes
        else:
            assert r.names
        assert r.public_officials is (r.family in mod.PUBLIC_FAMILIES)


def test_digest_pinned(edition):
    mod, digest, _, rem = edition
    assert _digest(rem) == digest


def test_version_and_families(edition):
    mod, _, version, _ = edition
    assert mod.VERSION == version
    assert len(mod.FAMILIES) == 16 and len(set(mod.FAMILIES)) == 16
    assert mod.PUBLIC_FAMILIES == ("public_notice",)
    assert set(mod.NAME_FAMILIES) == set(mod.FAMILIES) - {"lookalike_only"}
    assert set(mod.WEIGHTS) == set(mod.FAMILIES)
    assert math.isclose(sum(mod.WEIGHTS.values()), 1.0, abs_tol=0.01)
    assert isinstance(mod._build(), dict)


def test_size_and_families(edition):
    mod, _, _, rem = edition
    assert len(rem) == 2000
    assert {r.family for r in rem} == set(mod.FAMILIES)
    for f in mod.FAMILIES:
        k = sum(r.family == f for r in rem)
        assert abs(k - 2000 * mod.WEIGHTS[f]) <= 16, (f, k)


def test_contract(edition):
    mod, _, _, rem = edition
    _check_contract(mod, rem)


def test_volumes(edition):
    mod, _, _, rem = edition
    assert 5000 <= sum(len(r.names) for r in rem) <= 7000
    assert 8000 <= sum(len(r.lookalikes) for r in rem) <= 12000
    stats = mod.stats()
    assert 0.35 <= stats["uncued_share"] <= 0.5
    assert stats["domain_surname_share"] >= 0.40


def test_officials_only_in_public_notice(edition):
    _, _, _, rem = edition
    assert all(r.public_officials for r in rem if r.family == "public_notice")
    assert not any(r.public_officials for r in rem if r.family != "public_notice")


def test_both_import_paths():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        assert hasattr(importlib.import_module("frozen.remarks"), "Remark")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


@pytest.mark.parametrize("key", sorted(EDITIONS))
@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(min_value=0, max_value=10**6), n=st.integers(min_value=16, max_value=80))
def test_deterministic_and_contract_small(key, seed, n):
    mod = EDITIONS[key][0]
    a = mod.make_remarks(n=n, seed=seed)
    assert _digest(a) == _digest(mod.make_remarks(n=n, seed=seed))
    assert len(a) == n
    _check_contract(mod, a)
