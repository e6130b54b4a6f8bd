"""The sixth frozen remark set keeps its contract (no detector is run here).

Deterministic per seed, texts distinct, the WEIGHTS mix, every planted name standing exactly once
and alone, every look-alike in its text, a tenth of each name family's cells without a name, and
officials public only in the family that declares it. The check of "once and alone" is written
here afresh rather than taken from the generator, so the generator's own filter is tested too.
"""

import re

import pytest

from benchmarks.frozen import remarks_v6 as v6


@pytest.fixture(scope="module")
def remarks():
    return v6.make_remarks()


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(s)) for m in re.finditer(f"(?={re.escape(s)})", text)]


def test_same_seed_same_cells_other_seed_other_cells():
    assert v6.make_remarks(300, seed=17) == v6.make_remarks(300, seed=17)
    a = {r.text for r in v6.make_remarks(300, seed=1)}
    b = {r.text for r in v6.make_remarks(300, seed=2)}
    assert len(a & b) < 30


def test_texts_are_distinct_and_the_default_is_2000(remarks):
    assert len(remarks) == 2000
    assert len({r.text for r in remarks}) == 2000


@pytest.mark.parametrize("n", [1, 7, 150, 777])
def test_other_sizes_give_n_valid_cells(n):
    rs = v6.make_remarks(n, seed=n)
    assert len(rs) == n and len({r.text for r in rs}) == n
    assert all(not v6.contract_errors(r) for r in rs)


def test_families_and_weights_agree(remarks):
    assert set(v6.FAMILIES) == set(v6.WEIGHTS)
    assert sum(v6.WEIGHTS.values()) == 2000
    assert set(v6.NAME_FAMILIES) < set(v6.FAMILIES)
    assert all(v6.FAMILIES[f].strip() for f in v6.FAMILIES)
    d = v6.describe(remarks)
    assert {f: v["cells"] for f, v in d["families"].items()} == v6.WEIGHTS
    assert d["names"] > 3000 and d["lookalikes"] > 3000
    assert d["cells"] == sum(v["cells"] for v in d["families"].values())
    assert d["names"] == sum(len(r.names) for r in remarks)


def test_cells_are_shuffled(remarks):
    first = [r.family for r in remarks[:200]]
    assert len(set(first)) == len(v6.FAMILIES)


def test_every_planted_name_stands_once_and_alone(remarks):
    bad = []
    for r in remarks:
        planted = set(r.names) | set(r.lookalikes)
        for name in r.names:
            spans = _spans(r.text, name)
            if len(spans) != 1:
                bad.append((r.text, name, "count", len(spans)))
                continue
            lo, hi = spans[0]
            for other in planted - {name}:
                if name in other or other in name:
                    bad.append((r.text, name, "contains", other))
                for a, b in _spans(r.text, other):
                    if a < hi and lo < b:
                        bad.append((r.text, name, "overlaps", other))
    assert not bad, bad[:5]


def test_every_lookalike_stands_in_its_text(remarks):
    missing = [(r.text, s) for r in remarks for s in r.lookalikes if s not in r.text]
    assert not missing, missing[:5]
    assert all(r.lookalikes for r in remarks)


def test_name_families_have_a_tenth_without_names(remarks):
    d = v6.describe(remarks)
    for family in v6.NAME_FAMILIES:
        v = d["families"][family]
        without = v["cells"] - v["with_name"]
        assert without == round(v["cells"] * v6.NO_NAME_SHARE), family
        assert v["names"] >= v["with_name"]


def test_families_without_names_have_more_lookalikes_than_cells(remarks):
    d = v6.describe(remarks)
    for family in set(v6.FAMILIES) - set(v6.NAME_FAMILIES):
        v = d["families"][family]
        assert v["names"] == 0 and v["with_name"] == 0
        assert v["lookalikes"] > v["cells"], family


def test_public_officials_only_where_declared(remarks):
    assert v6.PUBLIC_OFFICIAL_FAMILIES == ("river_chief",)
    for r in remarks:
        assert r.public_officials == (r.family in v6.PUBLIC_OFFICIAL_FAMILIES), r.text
    officials = [r for r in remarks if r.public_officials]
    assert officials and all(not r.names for r in officials)


def test_docstring_counts_are_what_describe_prints(remarks):
    d = v6.describe(remarks)
    doc = v6.__doc__
    for family, v in d["families"].items():
        m = re.search(rf"^- {family}\s+(\d+) / +(\d+) / +(\d+) / +(\d+)  ", doc, re.M)
        assert m, family
        assert tuple(map(int, m.groups())) == (v["cells"], v["names"], v["lookalikes"], v["with_name"])
    total = re.search(r"Total: (\d+) cells, (\d+) names, (\d+) look-alikes, (\d+) cells with a name",
                      doc)
    assert tuple(map(int, total.groups())) == (d["cells"], d["names"], d["lookalikes"], d["with_name"])
    assert doc.startswith('FROZEN') and "2026-12-05" in doc
    assert v6.VERSION == "frozen-remarks-6 (2026-12-05)"


def test_documented_surface_forms_occur(remarks):
    names = [n for r in remarks for n in r.names]
    texts = [r.text for r in remarks]
    assert any("\u3000" in n for n in names), "full-width padded names"
    assert any(re.fullmatch(r"\w \w", n) for n in names), "ASCII padded names"
    assert sum(bool(re.search(r"[A-Za-z]", n)) for n in names) > 50, "romanised names"
    assert len({d for n in names for d in "·•・．‧･" if d in n}) >= 4, "several middle dots"
    assert any(n in v6._WORD_NAMES for n in names), "names that are words"
    assert any(n[:2] in v6._SUR_COMPOUND for n in names), "compound surnames"
    assert any(re.match(rf"{re.escape(n)}\d", t[t.index(n):]) for r in remarks for n in r.names
               for t in [r.text]), "names followed by digits"
    assert any("據" in t or "鄉" in t for t in texts), "traditional characters"
    assert sum(bool(re.fullmatch(r"[ -~]+", t)) for t in texts) > 20, "English cells"
    looks = {s for r in remarks for s in r.lookalikes}
    for sample in ("单元", "高温补贴", "王舍人街道"):
        assert sample in looks, sample
    assert looks & set(v6._MEMORIALS) and looks & set(v6._SPIRITS), "public figures in public phrases"
    assert any(re.fullmatch(r"\w{1,2}(某|某某|\*\*|×|XX)", s) for s in looks), "masked forms"
