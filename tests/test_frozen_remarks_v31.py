"""Contract tests of the frozen remarks set, edition 31 (of the set itself, not of any detector)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import pathlib
import subprocess
import sys
from collections import Counter

import pytest
from hypothesis import given, settings, strategies as st

ROOT = pathlib.Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.frozen import remarks_v31 as m  # noqa: E402

DIGEST = "d502de2ff82526869cc4d97b5df932e02ee1f704ea8c46944bacdb29f845532f"


def _digest(remarks):
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _check_set(remarks):
    big = "\x00".join(r.text for r in remarks)
    seen = set()
    for r in remarks:
        assert r.public_officials == (r.family in m.PUBLIC_FAMILIES)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert len(r.names) >= 1
        name_spans = []
        for nm in r.names:
            assert nm not in seen
            seen.add(nm)
            assert r.text.count(nm) == 1, (nm, r.text)
            assert big.count(nm) == 1, nm  # in no other remark's text
            name_spans += _spans(r.text, nm)
        assert r.lookalikes, r.text
        for la in r.lookalikes:
            occ = _spans(r.text, la)
            assert occ, (la, r.text)
            for a, b in occ:
                assert not any(a < y and x < b for x, y in name_spans), (la, r.text)


@pytest.fixture(scope="module")
def remarks():
    return m.make_remarks()


def test_declarations():
    assert m.VERSION == "frozen-remarks-31 (2026-12-07)"
    assert len(m.FAMILIES) == 16 and len(set(m.FAMILIES)) == 16
    assert m.PUBLIC_FAMILIES == ("public_notice",)
    assert m.NAME_FAMILIES == tuple(f for f in m.FAMILIES if f != "lookalike_only")
    assert set(m.WEIGHTS) == set(m.FAMILIES)
    assert abs(sum(m.WEIGHTS.values()) - 1) < 0.01
    assert m._build() is m._build()


def test_digest_pinned(remarks):
    assert _digest(remarks) == DIGEST


def test_size_and_families(remarks):
    assert len(remarks) == 2000
    assert all(isinstance(r, m.Remark) for r in remarks)
    counts = Counter(r.family for r in remarks)
    assert set(counts) == set(m.FAMILIES)
    for f in m.FAMILIES:
        assert counts[f] == round(m.WEIGHTS[f] * 2000), f


def test_contract(remarks):
    _check_set(remarks)


def test_volumes(remarks):
    names = sum(len(r.names) for r in remarks)
    las = sum(len(r.lookalikes) for r in remarks)
    assert 5000 <= names <= 7000
    assert 8000 <= las <= 11000


def test_import_from_benchmarks_dir():
    code = ("import sys; sys.path.insert(0, %r); "
            "from frozen.remarks import Remark; from frozen.remarks_v31 import make_remarks; "
            "r = make_remarks(20, 5); assert len(r) == 20 and all(type(x).__name__ == 'Remark' for x in r)"
            % str(ROOT / "benchmarks"))
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(ROOT / "benchmarks"))


def test_default_is_deterministic(remarks):
    assert _digest(m.make_remarks(2000, 3131)) == _digest(remarks)


@settings(max_examples=4, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**6), n=st.integers(min_value=1, max_value=80))
def test_determinism_and_contract_for_other_seeds(seed, n):
    a = m.make_remarks(n, seed)
    b = m.make_remarks(n, seed)
    assert _digest(a) == _digest(b)
    assert len(a) == n
    _check_set(a)
