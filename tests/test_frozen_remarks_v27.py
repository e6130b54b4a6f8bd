"""Contract tests of the frozen remark set, edition 27 (they test the SET, not any detector)."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.frozen import remarks_v27 as v27  # noqa: E402
from benchmarks.frozen.remarks import Remark  # noqa: E402

DIGEST = "a81685a870eb7198832ff7891071b6e9c8aa55888cbb01535125925a25c32c60"


def _digest(remarks) -> str:
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def remarks():
    return v27.make_remarks()


def _spans(text: str, s: str):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def check_contract(rs):
    corpus = "\x00".join(r.text for r in rs)
    for r in rs:
        assert isinstance(r, Remark)
        assert r.family in v27.FAMILIES
        assert r.public_officials is (r.family in v27.PUBLIC_FAMILIES)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert len(r.names) >= 1
        assert len(set(r.names)) == len(r.names)
        name_spans = []
        for nm in r.names:
            assert r.text.count(nm) == 1, (nm, r.text)
            # exactly once in the whole set: nowhere in any other remark's text
            assert corpus.count(nm) == 1, nm
            i = r.text.find(nm)
            name_spans.append((i, i + len(nm)))
        assert r.lookalikes, r.text
        assert len(set(r.lookalikes)) == len(r.lookalikes)
        for lk in r.lookalikes:
            sp = _spans(r.text, lk)
            assert sp, (lk, r.text)
            for a, b in sp:
                for c, d in name_spans:
                    assert not (a < d and c < b), (lk, r.text)


def test_version_and_family_constants():
    assert v27.VERSION == "frozen-remarks-27 (2026-12-07)"
    assert len(v27.FAMILIES) == 16 and len(set(v27.FAMILIES)) == 16
    assert v27.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v27.NAME_FAMILIES) == set(v27.FAMILIES) - {"lookalike_only"}
    assert set(v27.WEIGHTS) == set(v27.FAMILIES)
    assert abs(sum(v27.WEIGHTS.values()) - 1.0) < 0.01


def test_digest_pinned(remarks):
    assert _digest(remarks) == DIGEST


def test_size_and_families(remarks):
    assert len(remarks) == 2000
    counts = Counter(r.family for r in remarks)
    assert set(counts) == set(v27.FAMILIES)
    for fam, w in v27.WEIGHTS.items():
        assert abs(counts[fam] - w * 2000) <= 1, fam


def test_contract_full_set(remarks):
    check_contract(remarks)


def test_lookalike_only_has_no_names_others_have(remarks):
    for r in remarks:
        if r.family == "lookalike_only":
            assert not r.names and len(r.lookalikes) >= 4
        else:
            assert r.names


def test_public_officials_flag(remarks):
    assert all(r.public_officials == (r.family == "public_notice") for r in remarks)
    assert any(r.public_officials for r in remarks)


def test_volumes(remarks):
    names = sum(len(r.names) for r in remarks)
    looks = sum(len(r.lookalikes) for r in remarks)
    assert 5400 <= names <= 6600
    assert 8100 <= looks <= 9900


def test_stats_match_brief():
    s = v27.stats()
    assert 0.33 <= s["uncued"] / s["names"] <= 0.47
    assert s["domain_looks"] / s["lookalikes"] >= 0.40


def test_both_import_paths():
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from frozen.remarks import Remark\n"
        "import frozen.remarks_v27 as m\n"
        "rs = m.make_remarks(24, 7)\n"
        "assert len(rs) == 24 and all(isinstance(r, Remark) for r in rs)\n"
    ) % str(ROOT / "benchmarks")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(ROOT / "benchmarks"))


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=10**6), n=st.integers(min_value=16, max_value=80))
def test_deterministic_and_contract_for_other_seeds(seed, n):
    a = v27.make_remarks(n=n, seed=seed)
    b = v27.make_remarks(n=n, seed=seed)
    assert _digest(a) == _digest(b)
    assert len(a) == n
    check_contract(a)


def test_default_is_deterministic(remarks):
    assert _digest(v27.make_remarks(n=2000, seed=2727)) == _digest(remarks)
