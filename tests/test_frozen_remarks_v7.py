"""Contract of the seventh frozen remarks set (benchmarks/frozen/remarks_v7.py).

These tests check the generator only: what it plants and how. No detector runs here.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v7 as v7
from benchmarks.frozen.remarks import Remark


@pytest.fixture(scope="module")
def remarks() -> list[Remark]:
    return v7.make_remarks()


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(needle))
            for m in re.finditer(f"(?={re.escape(needle)})", text)]


def _contract_breaches(remark: Remark) -> list[str]:
    """Written apart from the module's own check, so that each keeps the other honest."""
    breaches = []
    for name in remark.names:
        spans = _occurrences(remark.text, name)
        if len(spans) != 1:
            breaches.append(f"{name} stands {len(spans)} times")
            continue
        start, end = spans[0]
        others = [n for n in remark.names if n != name] + list(remark.lookalikes)
        if name in remark.lookalikes or remark.names.count(name) > 1:
            breaches.append(f"{name} planted twice")
        for other in others:
            if any(s < end and start < e for s, e in _occurrences(remark.text, other)):
                breaches.append(f"{name} touches {other}")
    breaches += [f"{la} missing" for la in remark.lookalikes if la not in remark.text]
    return breaches


def test_declared_families_weights_and_version():
    assert v7.VERSION == "frozen-remarks-7 (2026-12-05)"
    assert set(v7.FAMILIES) == set(v7.WEIGHTS)
    assert sum(v7.WEIGHTS.values()) == 2000
    assert set(v7.NAME_FAMILIES) < set(v7.FAMILIES)
    assert all(v7.FAMILIES[f].strip() for f in v7.FAMILIES)


def test_same_seed_same_cells_other_seed_other_cells():
    first, again = v7.make_remarks(300, seed=11), v7.make_remarks(300, seed=11)
    assert first == again
    other = v7.make_remarks(300, seed=12)
    assert [r.text for r in first] != [r.text for r in other]
    assert len({r.text for r in first} & {r.text for r in other}) < 30


def test_default_mix_is_the_weights_shuffled(remarks):
    assert len(remarks) == 2000
    assert Counter(r.family for r in remarks) == Counter(v7.WEIGHTS)
    assert len({r.text for r in remarks}) == len(remarks)
    # shuffled: the first 200 cells are not one family's block
    assert len({r.family for r in remarks[:200]}) >= 6


@pytest.mark.parametrize("n", [1, 37, 500])
def test_other_sizes_keep_the_count(n):
    cells = v7.make_remarks(n, seed=3)
    assert len(cells) == n
    assert len({r.text for r in cells}) == n


def test_every_planted_string_stands_once_and_alone(remarks):
    broken = {r.text: _contract_breaches(r) for r in remarks if _contract_breaches(r)}
    assert not broken
    assert all(not v7.planting_errors(r) for r in remarks)


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_contract_holds_for_any_seed(seed):
    for remark in v7.make_remarks(120, seed=seed):
        assert not _contract_breaches(remark), remark


def test_the_module_check_catches_a_broken_cell():
    twice = Remark(text="王建国和王建国", family="traffic", names=["王建国"], lookalikes=[])
    inside = Remark(text="王建国路口", family="traffic", names=["王建国"], lookalikes=["王建国路"])
    missing = Remark(text="李秀英", family="traffic", names=["李秀英"], lookalikes=["中山路"])
    for bad in (twice, inside, missing):
        assert v7.planting_errors(bad)
        assert _contract_breaches(bad)


def test_name_families_have_a_tenth_without_names(remarks):
    for family in v7.NAME_FAMILIES:
        cells = [r for r in remarks if r.family == family]
        blank = [r for r in cells if not r.names]
        assert len(blank) == round(len(cells) * v7.NO_NAME_SHARE), family
        assert all(r.lookalikes for r in blank), family


def test_families_without_names_carry_more_lookalikes_than_cells(remarks):
    for family in set(v7.FAMILIES) - set(v7.NAME_FAMILIES):
        cells = [r for r in remarks if r.family == family]
        assert cells and not any(r.names for r in cells), family
        assert sum(len(r.lookalikes) for r in cells) > len(cells), family


def test_public_officials_only_where_declared(remarks):
    for remark in remarks:
        assert remark.public_officials == (remark.family in v7.PUBLIC_FAMILIES)
    assert set(v7.PUBLIC_FAMILIES) <= set(v7.FAMILIES) - set(v7.NAME_FAMILIES)


def test_describe_counts_and_targets(remarks):
    summary = v7.describe(remarks)
    assert summary["cells"] == 2000
    assert summary["names"] == sum(len(r.names) for r in remarks) > 3000
    assert summary["lookalikes"] == sum(len(r.lookalikes) for r in remarks) > 3000
    assert summary["with_name"] == sum(1 for r in remarks if r.names)
    assert set(summary["families"]) == set(v7.FAMILIES)
    for key in ("cells", "names", "lookalikes", "with_name"):
        assert sum(f[key] for f in summary["families"].values()) == summary[key]


def test_docstring_table_is_what_describe_prints(remarks):
    summary = v7.describe(remarks)
    rows = dict((m[0], tuple(map(int, m[1:]))) for m in re.findall(
        r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", v7.__doc__, flags=re.M))
    expected = {f: (c["cells"], c["names"], c["lookalikes"], c["with_name"])
                for f, c in summary["families"].items()}
    expected["total"] = (summary["cells"], summary["names"], summary["lookalikes"],
                         summary["with_name"])
    assert rows == expected


def test_documented_surface_forms_are_present(remarks):
    names = [n for r in remarks for n in r.names]
    lookalikes = [la for r in remarks for la in r.lookalikes]
    assert any("·" in n or "•" in n for n in names)                      # Uyghur / Kazakh
    assert any(re.fullmatch(r"[A-Za-z]+ [A-Za-z]+", n) for n in names)  # pinyin
    assert any(set(n) & set("陳劉張黃趙鄭譚") for n in names)               # traditional
    assert any(n[:2] in ("欧阳", "上官", "诸葛", "司马", "令狐") for n in names)
    assert any(n in ("高峰", "金星", "江河", "林海", "石磊") for n in names)
    assert sum(1 for n in names if len(n) == 2) > 300                     # one-character given names
    texts = [r.text for r in remarks if r.names]
    for cue in ("之子", "之女", "家属", "老人", "同学", "师傅"):
        assert any(any(r.text.find(n + cue) >= 0 for n in r.names) for r in remarks), cue
    for cue in "经由与向和给对被将把让同":
        assert any(any(cue + n in r.text for n in r.names) for r in remarks), cue
    assert any(r.text.startswith(r.names[0]) for r in remarks if r.names)
    assert any(re.search(r"\d{11}", t) for t in texts)
    assert any(re.search(r"[某*＊×]", la) for la in lookalikes)
    assert {"车牌", "路口", "黄灯", "安全带", "常住", "林区", "万元"} <= set(lookalikes)
