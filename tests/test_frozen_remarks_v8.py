"""Contract of the eighth frozen remarks edition (benchmarks/frozen/remarks_v8.py).

Only the generator's promises are checked here; no detector runs on these cells.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.frozen.remarks_v8 import (
    FAMILIES, NAME_FAMILIES, NO_NAME_SHARE, PUBLIC_FAMILIES, VERSION, WEIGHTS, describe,
    make_remarks,
)


@pytest.fixture(scope="module")
def remarks():
    return make_remarks()


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of needle in text, overlapping ones included (a lookahead per start)."""
    return [(m.start(), m.start() + len(needle)) for m in re.finditer(f"(?={re.escape(needle)})", text)]


def contract_breaches(remark) -> list[str]:
    text, names, looks = remark.text, remark.names, remark.lookalikes
    out = []
    if len(set(names)) != len(names):
        out.append("a name planted twice")
    for look in looks:
        if look not in text:
            out.append(f"look-alike {look!r} not in text")
    for name in names:
        spans = occurrences(text, name)
        if len(spans) != 1:
            out.append(f"name {name!r} occurs {len(spans)} times")
            continue
        (start, end), = spans
        for other in [n for n in names if n != name] + looks:
            if name in other or other in name:
                out.append(f"name {name!r} and {other!r} contain one another")
            elif any(s < end and start < e for s, e in occurrences(text, other)):
                out.append(f"name {name!r} overlaps {other!r}")
    return out


def test_declarations_agree():
    assert VERSION == "frozen-remarks-8 (2026-12-05)"
    assert set(WEIGHTS) == set(FAMILIES)
    assert sum(WEIGHTS.values()) == 2000
    assert set(NAME_FAMILIES) < set(FAMILIES)
    assert set(PUBLIC_FAMILIES) <= set(NAME_FAMILIES)
    assert set(FAMILIES) - set(NAME_FAMILIES), "there is a family without names"


def test_same_seed_same_cells_other_seed_other_cells():
    first, again = make_remarks(300, seed=5), make_remarks(300, seed=5)
    other = make_remarks(300, seed=6)
    assert first == again
    assert [r.text for r in first] != [r.text for r in other]
    assert len({r.text for r in first} & {r.text for r in other}) < 30


def test_default_mix_follows_weights(remarks):
    assert len(remarks) == 2000
    assert Counter(r.family for r in remarks) == Counter(WEIGHTS)
    assert len({r.text for r in remarks}) == len(remarks), "texts are distinct"
    families_in_order = [r.family for r in remarks[:200]]
    assert len(set(families_in_order)) == len(FAMILIES), "cells are shuffled, not grouped"


def test_every_planted_name_stands_once_and_alone(remarks):
    breaches = {r.text: b for r in remarks if (b := contract_breaches(r))}
    assert not breaches, list(breaches.items())[:5]


def test_name_families_leave_about_a_tenth_without_names(remarks):
    for family in NAME_FAMILIES:
        rows = [r for r in remarks if r.family == family]
        unnamed = [r for r in rows if not r.names]
        assert abs(len(unnamed) / len(rows) - NO_NAME_SHARE) < 0.02, family
        assert all(r.lookalikes for r in unnamed), f"{family}: an unnamed cell holds a look-alike"


def test_families_without_names_are_rich_in_lookalikes(remarks):
    for family in set(FAMILIES) - set(NAME_FAMILIES):
        rows = [r for r in remarks if r.family == family]
        assert not any(r.names for r in rows), family
        assert sum(len(r.lookalikes) for r in rows) > len(rows), family


def test_public_officials_only_where_declared(remarks):
    for r in remarks:
        assert r.public_officials == (r.family in PUBLIC_FAMILIES), r.text
    public = [r for r in remarks if r.public_officials]
    assert public and all(r.lookalikes for r in public), "officials stand as look-alikes"


def test_describe_counts_what_was_planted(remarks):
    d = describe(remarks)
    assert d["cells"] == 2000
    assert d["names"] == sum(len(r.names) for r in remarks) > 3000
    assert d["lookalikes"] == sum(len(r.lookalikes) for r in remarks) > 3000
    assert d["with_name"] == sum(1 for r in remarks if r.names)
    assert set(d["families"]) == set(FAMILIES)
    assert sum(f["cells"] for f in d["families"].values()) == d["cells"]
    assert sum(f["names"] for f in d["families"].values()) == d["names"]
    for family, counts in d["families"].items():
        assert counts["cells"] == WEIGHTS[family]


def test_surface_forms_the_docstring_promises(remarks):
    names = [n for r in remarks for n in r.names]
    assert sum("\u3000" in n for n in names) >= 20, "names padded to width"
    assert {d for n in names for d in "·•・‧" if d in n} == set("·•・‧"), "four middle dots"
    assert sum(n.isascii() for n in names) >= 10, "pinyin names in English rows"
    opening = sum(any(r.text.startswith(n) for n in r.names) for r in remarks)
    assert opening >= 200, "cells that open with a name"
    assert sum(r.text in r.names for r in remarks) >= 5, "a cell that is only a name"
    masked = [lk for r in remarks for lk in r.lookalikes if any(m in lk for m in "某*×X＊")]
    assert len(masked) >= 100, "masked persons"


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), n=st.integers(min_value=1, max_value=120))
def test_contract_holds_for_any_seed_and_size(seed, n):
    rows = make_remarks(n, seed=seed)
    assert len(rows) == n
    assert len({r.text for r in rows}) == n
    for r in rows:
        assert r.family in FAMILIES
        assert not contract_breaches(r), (r.text, contract_breaches(r))
        assert r.public_officials == (r.family in PUBLIC_FAMILIES)
