"""Contract tests of the frozen remarks set, edition 17 (the set itself, not any detector)."""

from __future__ import annotations

import bisect
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "benchmarks") not in sys.path:
    sys.path.insert(0, str(ROOT / "benchmarks"))

from frozen import remarks_v17 as M  # noqa: E402
from frozen.remarks import Remark  # noqa: E402

# sha256 of the default set (n=2000, seed=1717) serialised by _digest below
DEFAULT_DIGEST = "086c1687a9349a66707bab70e129b3c75c0da2ceebadc94113a78c4bfce2e597"


def _digest(remarks):
    rows = [[r.text, r.family, r.names, r.lookalikes, r.public_officials] for r in remarks]
    blob = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _spans(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def _overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _cell_problems(r):
    problems = []
    low = r.text.lower()
    name_spans = []
    for n in r.names:
        if not n or n != n.strip():
            problems.append(f"empty or padded name {n!r}")
            continue
        sp = _spans(low, n.lower())
        if len(sp) != 1 or r.text.count(n) != 1:
            problems.append(f"name {n!r} occurs {len(sp)} times")
            continue
        name_spans.append((n, sp[0]))
    for lk in r.lookalikes:
        if not lk or lk not in r.text:
            problems.append(f"look-alike {lk!r} not in the cell")
    look_spans = [(lk, s) for lk in r.lookalikes for s in _spans(low, lk.lower())]
    for i, (n, a) in enumerate(name_spans):
        for m, b in name_spans[i + 1:]:
            if _overlap(a, b):
                problems.append(f"names {n!r} and {m!r} overlap")
        for lk, b in look_spans:
            if _overlap(a, b):
                problems.append(f"name {n!r} overlaps look-alike {lk!r}")
    if r.family in M.NAME_FAMILIES and not r.names:
        problems.append("a name family's cell without a name")
    if r.family == "lookalike_only":
        if r.names:
            problems.append("a lookalike_only cell with names")
        if not r.lookalikes:
            problems.append("a lookalike_only cell without look-alikes")
    if r.public_officials != (r.family in M.PUBLIC_FAMILIES):
        problems.append("public_officials flag does not follow the family")
    if r.family not in M.FAMILIES:
        problems.append(f"unknown family {r.family}")
    for ch in "{}«»":
        if ch in r.text:
            problems.append(f"template mark {ch} left in the text")
    return problems


def _cross_cell_problems(remarks):
    """No planted name occurs in the text of any other cell (case-insensitively)."""
    texts = [r.text.lower() for r in remarks]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    big = "\x00".join(texts)
    problems, seen = [], {}
    for idx, r in enumerate(remarks):
        for n in r.names:
            k = n.lower()
            if k in seen:
                problems.append(f"name {n!r} planted in cells {seen[k]} and {idx}")
            seen[k] = idx
            for a, _ in _spans(big, k):
                cell = bisect.bisect_right(starts, a) - 1
                if cell != idx:
                    problems.append(f"name {n!r} of cell {idx} occurs in cell {cell}")
    return problems


def _check_all(remarks):
    problems = []
    for i, r in enumerate(remarks):
        problems += [f"cell {i}: {p}" for p in _cell_problems(r)]
    problems += _cross_cell_problems(remarks)
    return problems


def _shares_ok(remarks, tol):
    n = len(remarks)
    counts = Counter(r.family for r in remarks)
    return all(abs(counts[f] / n - M.WEIGHTS[f]) <= tol for f in M.FAMILIES)


@pytest.fixture(scope="module")
def default_set():
    return M.make_remarks()


def test_module_constants():
    assert M.VERSION == "frozen-remarks-17 (2026-12-05)"
    assert isinstance(M.FAMILIES, tuple) and len(set(M.FAMILIES)) == len(M.FAMILIES)
    assert M.PUBLIC_FAMILIES == ("public_notice",)
    assert set(M.NAME_FAMILIES) == set(M.FAMILIES) - {"lookalike_only"}
    assert set(M.WEIGHTS) == set(M.FAMILIES)
    assert abs(sum(M.WEIGHTS.values()) - 1.0) < 1e-9
    for fam in ("english_export", "minority_listing", "public_notice", "lookalike_only"):
        assert fam in M.FAMILIES
    assert len(M.FAMILIES) - 4 >= 12


def test_remarks_are_the_shared_dataclass(default_set):
    assert all(isinstance(r, Remark) for r in default_set)


def test_default_size(default_set):
    assert len(default_set) == 2000
    assert sum(len(r.names) for r in default_set) >= 3000
    assert sum(len(r.lookalikes) for r in default_set) >= 2500


def test_default_digest_pinned(default_set):
    assert _digest(default_set) == DEFAULT_DIGEST


def test_deterministic_for_a_seed(default_set):
    assert _digest(M.make_remarks()) == _digest(default_set)
    assert _digest(M.make_remarks(300, seed=42)) == _digest(M.make_remarks(300, seed=42))
    assert _digest(M.make_remarks(300, seed=42)) != _digest(M.make_remarks(300, seed=43))


def test_contract_per_cell_and_across_cells(default_set):
    problems = _check_all(default_set)
    assert not problems, problems[:20]


def test_family_shares_close_to_weights(default_set):
    assert _shares_ok(default_set, 0.005)
    assert {r.family for r in default_set} == set(M.FAMILIES)


def test_public_officials_only_in_public_notice(default_set):
    flagged = {r.family for r in default_set if r.public_officials}
    assert flagged == {"public_notice"}
    # a notice holds officials (look-alikes) as well as private persons (names)
    notices = [r for r in default_set if r.family == "public_notice"]
    assert all(r.names and r.lookalikes for r in notices)


def test_every_family_has_names_and_lookalikes(default_set):
    names, looks = Counter(), Counter()
    for r in default_set:
        names[r.family] += len(r.names)
        looks[r.family] += len(r.lookalikes)
    for fam in M.NAME_FAMILIES:
        assert names[fam] > 0
    for fam in M.FAMILIES:
        assert looks[fam] > 0, fam


def test_ids_in_clear_are_well_formed(default_set):
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    seen = 0
    for r in default_set:
        for m in re.finditer(r"(?<![0-9A-Za-z*])(\d{17}[\dX])(?![0-9A-Za-z])", r.text):
            s = m.group(1)
            assert "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17], s
            seen += 1
    assert seen > 0


def test_english_export_is_latin(default_set):
    for r in default_set:
        if r.family == "english_export":
            assert any(n.isascii() for n in r.names)


def test_describe(default_set):
    text = M.describe(default_set)
    assert M.VERSION in text
    for fam in M.FAMILIES:
        assert fam in text
    assert "total" in text and "2000" in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), n=st.integers(min_value=1, max_value=160))
def test_contract_holds_for_any_seed(seed, n):
    rs = M.make_remarks(n, seed=seed)
    assert len(rs) == n
    problems = _check_all(rs)
    assert not problems, problems[:10]
    assert _shares_ok(rs, 1.0 / n + 1e-9)
    assert _digest(M.make_remarks(n, seed=seed)) == _digest(rs)
