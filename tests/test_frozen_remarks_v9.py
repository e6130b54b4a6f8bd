"""Contract of the ninth frozen remarks set (no detector here: only what the generator promises)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v9 as v9
from benchmarks.frozen.remarks import Remark


@pytest.fixture(scope="module")
def default_set() -> list[Remark]:
    return v9.make_remarks()


def _occurrences(text: str, s: str) -> list[tuple[int, int]]:
    found, i = [], text.find(s)
    while i >= 0:
        found.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return found


def _contract_breaches(remarks: list[Remark]) -> list[str]:
    """Every way a cell breaks the scorer's contract, as readable lines (empty when it holds)."""
    out = []
    for r in remarks:
        where = f"{r.family}: {r.text!r}"
        if len(set(r.names)) != len(r.names):
            out.append(f"repeated name in {where}")
        name_spans = []
        for n in r.names:
            spans = _occurrences(r.text, n)
            if len(spans) != 1:
                out.append(f"name {n!r} occurs {len(spans)} times in {where}")
            name_spans += spans
        look_spans = []
        for lk in r.lookalikes:
            spans = _occurrences(r.text, lk)
            if not spans:
                out.append(f"look-alike {lk!r} missing from {where}")
            look_spans += spans
        for i, (a, b) in enumerate(name_spans):
            if any(j != i and a < y and x < b for j, (x, y) in enumerate(name_spans)):
                out.append(f"names overlap in {where}")
            if any(a < y and x < b for x, y in look_spans):
                out.append(f"a name overlaps a look-alike in {where}")
        if r.public_officials != (r.family in v9.PUBLIC_FAMILIES):
            out.append(f"public_officials={r.public_officials} in {where}")
        if r.names and r.family not in v9.NAME_FAMILIES:
            out.append(f"a name in a look-alike-only family: {where}")
    all_names = {n for r in remarks for n in r.names}
    all_looks = {lk for r in remarks for lk in r.lookalikes}
    out += [f"{s!r} is both a name and a look-alike" for s in sorted(all_names & all_looks)]
    return out


def test_declarations_agree():
    assert v9.VERSION == "frozen-remarks-9 (2026-12-05)"
    assert set(v9.FAMILIES) == set(v9.WEIGHTS)
    assert sum(v9.WEIGHTS.values()) == 2000
    assert all(w > 0 for w in v9.WEIGHTS.values())
    assert v9.NAME_FAMILIES < set(v9.FAMILIES)
    assert v9.PUBLIC_FAMILIES and v9.PUBLIC_FAMILIES <= v9.NAME_FAMILIES
    assert 0.05 <= v9.NO_NAME_SHARE <= 0.15
    assert all(desc.strip() for desc in v9.FAMILIES.values())


def test_default_set_follows_the_weights(default_set):
    assert len(default_set) == 2000
    for family, weight in v9.WEIGHTS.items():
        assert sum(r.family == family for r in default_set) == weight, family


def test_deterministic_per_seed():
    assert v9.make_remarks(300, seed=5) == v9.make_remarks(300, seed=5)
    assert v9.make_remarks(300, seed=5) != v9.make_remarks(300, seed=6)


def test_contract_holds_at_defaults(default_set):
    assert _contract_breaches(default_set) == []


def test_name_families_mostly_carry_names(default_set):
    for family in v9.NAME_FAMILIES:
        cells = [r for r in default_set if r.family == family]
        unnamed = sum(not r.names for r in cells) / len(cells)
        assert abs(unnamed - v9.NO_NAME_SHARE) <= 0.03, (family, unnamed)
        # an unnamed cell still holds a person, masked or as surname + title
        assert all(r.lookalikes for r in cells if not r.names), family
    others = [r for r in default_set if r.family not in v9.NAME_FAMILIES]
    assert others and all(not r.names and r.lookalikes for r in others)


def test_sizes_at_defaults(default_set):
    names = sum(len(r.names) for r in default_set)
    looks = sum(len(r.lookalikes) for r in default_set)
    assert 2600 <= names <= 3400 and 2600 <= looks <= 3400, (names, looks)


def test_surface_forms_are_present(default_set):
    names = [n for r in default_set for n in r.names]
    assert any("　" in n for n in names), "padded names"
    assert any(ch in n for n in names for ch in "·•．・‧"), "dotted minority names"
    assert sum(n.isascii() for n in names) >= 150, "romanised names"
    assert any(r.family == "english_export" and any(not n.isascii() for n in r.names)
               for r in default_set), "Chinese names inside English rows"
    assert any(r.text in r.names for r in default_set), "a cell that is only a name"
    assert any(n in v9._WORDLIKE_NAMES for n in names), "word-like names"
    assert any(n[:2] in v9._SURNAMES for n in names if not n.isascii()), "compound surnames"
    assert any(any(ch in v9._TRAD_TO for ch in n) for n in names), "traditional characters"


def test_describe_reports_every_family_and_the_total(default_set):
    table = v9.describe(default_set)
    lines = table.splitlines()
    assert [ln.split()[0] for ln in lines[1:-1]] == list(v9.FAMILIES)
    total = lines[-1].split()
    assert total[0] == "total"
    assert int(total[1]) == 2000
    assert int(total[2]) == sum(len(r.names) for r in default_set)
    assert int(total[3]) == sum(len(r.lookalikes) for r in default_set)


@settings(max_examples=8, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**31 - 1), n=st.integers(min_value=1, max_value=160))
def test_contract_holds_for_any_seed(seed, n):
    remarks = v9.make_remarks(n, seed=seed)
    assert len(remarks) == n
    assert _contract_breaches(remarks) == []


def test_the_contract_check_sees_breaches():
    bad = [
        Remark(text="王芳与王芳", family="dibao_terse", names=["王芳"]),
        Remark(text="李强在中山路", family="dibao_terse", names=["李强"], lookalikes=["张家港"]),
        Remark(text="周黑鸭", family="dibao_terse", names=["周黑"], lookalikes=["周黑鸭"]),
        Remark(text="任命王志远", family="gazette_public", lookalikes=["王志远"]),
        Remark(text="王某", family="lookalike_only", names=["王某"]),
        Remark(text="王志远代领", family="dibao_terse", names=["王志远"]),
    ]
    breaches = _contract_breaches(bad)
    for needle in ("occurs 2 times", "missing", "overlaps a look-alike", "public_officials",
                   "look-alike-only family", "both a name and a look-alike"):
        assert any(needle in b for b in breaches), needle
