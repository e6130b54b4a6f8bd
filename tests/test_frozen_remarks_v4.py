"""The fourth frozen edition of free-text remarks (benchmarks/frozen/remarks_v4.py).

Checks the generator's contract only (determinism, planted strings, separation of names and
look-alikes, the documented family mix, the officials' flag); it never runs a detector on the set.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.frozen import remarks_v4 as v4

CJK_NAME = re.compile(r"[\u4e00-\u9fff]+(·[\u4e00-\u9fff]+)?")


@pytest.fixture(scope="module")
def remarks():
    return v4.make_remarks()


def _occurrences(text: str, s: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(s)) for m in re.finditer(f"(?={re.escape(s)})", text)]


def test_version_and_families_agree():
    assert v4.VERSION == "frozen-remarks-4 (2026-12-05)"
    assert set(v4.FAMILIES) == set(v4.WEIGHTS)
    assert sum(v4.WEIGHTS.values()) == 2000
    for family in v4.FAMILIES:
        assert len(v4._TEMPLATES[family]) >= 10, family


def test_same_seed_same_set_other_seed_other_set():
    a, b = v4.make_remarks(300, seed=11), v4.make_remarks(300, seed=11)
    assert [(r.text, r.family, r.names, r.lookalikes) for r in a] == \
           [(r.text, r.family, r.names, r.lookalikes) for r in b]
    c = v4.make_remarks(300, seed=12)
    assert [r.text for r in a] != [r.text for r in c]


def test_every_planted_string_is_in_its_text(remarks):
    for r in remarks:
        for s in r.names + r.lookalikes:
            assert s and s in r.text, (r.family, s)


def test_a_name_occurs_once_and_touches_no_other_planted_string(remarks):
    for r in remarks:
        assert len(set(r.names)) == len(r.names)
        for name in r.names:
            spans = _occurrences(r.text, name)
            assert len(spans) == 1, (r.family, name)
            (a, b), = spans
            for other in r.names + r.lookalikes:
                if other is name:
                    continue
                assert other not in name and name not in other, (r.family, name, other)
                for c, d in _occurrences(r.text, other):
                    assert d <= a or b <= c, (r.family, name, other)


def test_family_mix_as_documented(remarks):
    counts = {f: 0 for f in v4.FAMILIES}
    for r in remarks:
        counts[r.family] += 1
    assert counts == v4.WEIGHTS
    summary = v4.describe(remarks)
    assert 1600 <= summary["names"] <= 1900
    assert 1300 <= summary["lookalikes"] <= 1600
    for family in ("gazette", "lookalike"):
        assert summary["families"][family]["names"] == 0
    in_name_families = [r for r in remarks if r.family in v4.NAME_FAMILIES]
    nameless = sum(not r.names for r in in_name_families) / len(in_name_families)
    assert 0.07 <= nameless <= 0.13
    for family in v4.NAME_FAMILIES:
        fam = summary["families"][family]
        assert fam["names"] > fam["cells"] * 0.8, family
        assert fam["lookalikes"] > 0, family


def test_only_gazette_cells_declare_public_officials(remarks):
    for r in remarks:
        assert r.public_officials == (r.family == "gazette")
        if r.family == "gazette":
            assert r.lookalikes and not r.names
            assert any(CJK_NAME.fullmatch(s) for s in r.lookalikes)


def test_names_are_written_as_their_family_prints_them(remarks):
    for r in remarks:
        for name in r.names:
            if r.family == "english":
                assert name.isascii() and " " in name, name
            else:
                assert CJK_NAME.fullmatch(name), name
                assert "某" not in name and "*" not in name and "×" not in name


def test_name_shares_as_documented(remarks):
    chinese = [n for r in remarks if r.family != "english" for n in r.names]
    dotted = sum("·" in n for n in chinese) / len(chinese)
    compound = sum(n[:2] in v4._SURNAMES_COMPOUND for n in chinese) / len(chinese)
    two_chars = sum(len(n) == 2 for n in chinese) / len(chinese)
    assert 0.005 <= dotted <= 0.04
    assert 0.008 <= compound <= 0.04
    assert 0.15 <= two_chars <= 0.30
    english = [n for r in remarks if r.family == "english" for n in r.names]
    assert any(n.split()[0].isupper() for n in english)          # ZHANG Wei
    assert any(n.split()[-1].isupper() and not n.split()[0].isupper() for n in english)  # Wei ZHANG
    assert len(set(chinese)) > 0.9 * len(chinese)
