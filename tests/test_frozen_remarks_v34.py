"""Contract tests of the frozen remark set, edition 34 (of the SET, not of any detector)."""
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

from benchmarks.frozen import remarks_v34 as v34  # noqa: E402
from benchmarks.frozen.remarks import Remark  # noqa: E402

DIGEST = "399e3cf9bf8a79f6084efa1268f7c66add2dd5afeda55eeb374059c6171c0e3b"


def _digest(remarks):
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def rem():
    return v34.make_remarks()


def _check_contract(remarks):
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
        assert r.public_officials is (r.family in v34.PUBLIC_FAMILIES)


def test_digest_pinned(rem):
    assert _digest(rem) == DIGEST


def test_version_and_families():
    assert v34.VERSION == "frozen-remarks-34 (2026-12-08)"
    assert len(v34.FAMILIES) == 16 and len(set(v34.FAMILIES)) == 16
    assert v34.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v34.NAME_FAMILIES) == set(v34.FAMILIES) - {"lookalike_only"}
    assert set(v34.WEIGHTS) == set(v34.FAMILIES)
    assert math.isclose(sum(v34.WEIGHTS.values()), 1.0, abs_tol=0.01)
    assert isinstance(v34._build(), dict)


def test_size_and_families(rem):
    assert len(rem) == 2000
    fams = {r.family for r in rem}
    assert fams == set(v34.FAMILIES)
    for f in v34.FAMILIES:
        k = sum(r.family == f for r in rem)
        assert abs(k - 2000 * v34.WEIGHTS[f]) <= 16, (f, k)


def test_contract(rem):
    _check_contract(rem)


def test_volumes(rem):
    names = sum(len(r.names) for r in rem)
    las = sum(len(r.lookalikes) for r in rem)
    assert 5000 <= names <= 7000
    assert 8000 <= las <= 12000
    st_ = v34.stats()
    assert 0.35 <= st_["uncued_share"] <= 0.5
    assert st_["domain_surname_share"] >= 0.40


def test_officials_only_in_public_notice(rem):
    pub = [r for r in rem if r.family == "public_notice"]
    assert all(r.public_officials for r in pub)
    assert not any(r.public_officials for r in rem if r.family != "public_notice")


def test_both_import_paths():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        mod = importlib.import_module("frozen.remarks")
        assert hasattr(mod, "Remark")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(min_value=0, max_value=10**6), n=st.integers(min_value=16, max_value=80))
def test_deterministic_and_contract_small(seed, n):
    a = v34.make_remarks(n=n, seed=seed)
    b = v34.make_remarks(n=n, seed=seed)
    assert _digest(a) == _digest(b)
    assert len(a) == n
    _check_contract(a)
