"""The fifth frozen edition of free-text remarks (benchmarks/frozen/remarks_v5.py).

The generator's contract only: one seed draws one set, every planted string stands in its text,
a name is planted once and apart from every other planted string, the families come in the
documented mix. No detector is ever run on the set here.
"""

from __future__ import annotations

import pytest

from benchmarks.frozen import remarks_v5 as v5


@pytest.fixture(scope="module")
def remarks():
    return v5.make_remarks()


def _spans(text: str, s: str) -> list[range]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(range(i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def test_one_seed_draws_one_set():
    first, again = v5.make_remarks(200, seed=3), v5.make_remarks(200, seed=3)
    assert [(r.text, r.names, r.lookalikes) for r in first] == \
           [(r.text, r.names, r.lookalikes) for r in again]
    assert [r.text for r in first] != [r.text for r in v5.make_remarks(200, seed=4)]


def test_planted_names_stand_once_and_alone(remarks):
    for r in remarks:
        for s in r.lookalikes:
            assert s in r.text, (r.family, s)
        for name in r.names:
            (own,) = _spans(r.text, name)
            for other in r.names + r.lookalikes:
                if other == name:
                    continue
                assert other not in name and name not in other, (name, other)
                assert all(not set(own) & set(span) for span in _spans(r.text, other)), (name, other)


def test_families_as_documented(remarks):
    assert sum(v5.WEIGHTS.values()) == 2000 and set(v5.WEIGHTS) == set(v5.FAMILIES)
    summary = v5.describe(remarks)
    assert {f: c["cells"] for f, c in summary["families"].items()} == v5.WEIGHTS
    assert summary["names"] > 3000 and summary["lookalikes"] > 3000
    for family, counts in summary["families"].items():
        if family in v5.NAME_FAMILIES:
            assert 0.85 <= counts["with_name"] / counts["cells"] <= 0.95, family
        else:
            assert counts["names"] == 0 and counts["lookalikes"] > counts["cells"], family


def test_only_gazette_officials_are_public(remarks):
    for r in remarks:
        assert r.public_officials == (r.family == "gazette")
