"""Contract tests of the frozen remarks set, edition 16 (benchmarks/frozen/remarks_v16.py).

These test the set itself, never a detector: determinism, the pinned digest of the default
set, the per-cell contract (names once, no overlap with look-alikes, look-alikes present),
no name shared between cells, family shares against WEIGHTS, and the same contract over
arbitrary seeds.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
if str(_BENCH) not in sys.path:
    sys.path.insert(0, str(_BENCH))

from frozen import remarks_v16 as rv  # noqa: E402

PINNED_SHA256 = "4c8807f235f0cb52e456e441de6d85b88cb8575dd95e35a56a0c320c227cf24b"


def _digest(remarks) -> str:
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False,
                      sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _occ(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _check_cell(r) -> None:
    assert r.family in rv.FAMILIES
    assert r.text and r.text == r.text.strip()
    assert r.public_officials is (r.family in rv.PUBLIC_FAMILIES)
    if r.family == "lookalike_only":
        assert r.names == []
        assert len(r.lookalikes) >= 2
    else:
        assert r.family in rv.NAME_FAMILIES
        assert r.names, r.text
    if r.family in rv.PUBLIC_FAMILIES:
        assert r.lookalikes, r.text
    assert len(set(r.names)) == len(r.names)
    assert len(set(r.lookalikes)) == len(r.lookalikes)
    spans = []
    for n in r.names:
        occ = _occ(r.text, n)
        assert len(occ) == 1, (n, r.text)
        spans.append((occ[0], occ[0] + len(n)))
    for i, (a, b) in enumerate(spans):
        for c, d in spans[i + 1:]:
            assert b <= c or d <= a, r.text
    for lk in r.lookalikes:
        occ = _occ(r.text, lk)
        assert occ, (lk, r.text)
        for s in occ:
            for a, b in spans:
                assert s + len(lk) <= a or b <= s, (lk, r.text)
    assert rv.cell_problems(r) == []


def _check_set(remarks) -> None:
    for r in remarks:
        _check_cell(r)
    texts = [r.text for r in remarks]
    assert len(set(texts)) == len(texts)
    names = [n.lower() for r in remarks for n in r.names]
    assert len(set(names)) == len(names)
    joined = "\x00".join(t.lower() for t in texts)
    for n in names:
        assert joined.count(n) == 1, n


@pytest.fixture(scope="module")
def default_set():
    return rv.make_remarks()


def test_constants():
    assert rv.VERSION == "frozen-remarks-16 (2026-12-05)"
    assert isinstance(rv.FAMILIES, tuple) and len(set(rv.FAMILIES)) == len(rv.FAMILIES) == 17
    assert rv.PUBLIC_FAMILIES == ("public_notice",)
    assert set(rv.NAME_FAMILIES) == set(rv.FAMILIES) - {"lookalike_only"}
    assert set(rv.WEIGHTS) == set(rv.FAMILIES)
    assert abs(sum(rv.WEIGHTS.values()) - 1.0) < 1e-9
    assert {"english_export", "minority_listing", "public_notice", "lookalike_only"} <= set(rv.FAMILIES)


def test_default_size_and_determinism(default_set):
    assert len(default_set) == 2000
    again = rv.make_remarks(n=2000, seed=1616)
    assert again == default_set
    assert rv.make_remarks(n=200, seed=3) == rv.make_remarks(n=200, seed=3)
    assert rv.make_remarks(n=200, seed=3) != rv.make_remarks(n=200, seed=4)


def test_pinned_digest(default_set):
    assert _digest(default_set) == PINNED_SHA256


def test_contract_default(default_set):
    _check_set(default_set)


def test_shares_close_to_weights(default_set):
    counts = Counter(r.family for r in default_set)
    for f in rv.FAMILIES:
        assert abs(counts[f] / len(default_set) - rv.WEIGHTS[f]) <= 0.005, f


def test_describe(default_set):
    text = rv.describe(default_set)
    counts = Counter(r.family for r in default_set)
    assert rv.VERSION in text
    for f in rv.FAMILIES:
        assert re.search(rf"\b{f}\s+{counts[f]} cells", text), f


def test_surface_forms_present(default_set):
    names = [n for r in default_set for n in r.names]
    assert any("·" in n for n in names)
    assert any(sep in n for n in names for sep in ("•", "・", "．"))
    assert any(n[:2] in ("欧阳", "司马", "上官", "诸葛", "万俟", "端木", "司徒") for n in names)
    assert any(re.fullmatch(r"[A-Z]{2,} [A-Z][a-z]+.*", n) for n in names)   # upper-case surname
    assert any(re.fullmatch(r"[a-z]+ [a-z]+", n) for n in names)             # lower-case prose
    assert any(re.search(r"[A-Z][a-z]+-[a-z]+", n) for n in names)           # hyphenated given
    assert any(re.search(r"\b[A-Z]\.", n) for n in names)                    # initials
    looks = [lk for r in default_set for lk in r.lookalikes]
    assert any("某" in lk for lk in looks) and any("*" in lk for lk in looks)
    assert any("×" in lk for lk in looks)


def test_ids_well_formed(default_set):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    seen = 0
    for r in default_set:
        for m in re.finditer(r"(?<![0-9X])[0-9]{17}[0-9X](?![0-9X])", r.text):
            body, check = m.group()[:17], m.group()[17]
            assert "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11] == check
            seen += 1
    assert seen > 20


def test_lookalike_only_has_no_pool_name(default_set):
    names = {n for r in default_set for n in r.names}
    for r in default_set:
        if r.family == "lookalike_only":
            assert not any(n in r.text for n in names)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**31 - 1), n=st.integers(min_value=1, max_value=150))
def test_contract_over_seeds(seed, n):
    remarks = rv.make_remarks(n=n, seed=seed)
    assert len(remarks) == n
    _check_set(remarks)
    counts = Counter(r.family for r in remarks)
    for f in rv.FAMILIES:
        assert abs(counts[f] - n * rv.WEIGHTS[f]) < 1.0 + 1e-9, f
    assert remarks == rv.make_remarks(n=n, seed=seed)
