"""The domain tuning remarks (benchmarks/tuned/domains.py): deterministic and self-consistent."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from tuned import domains  # noqa: E402


@pytest.fixture(scope="module")
def remarks():
    return domains.make_remarks(2000, seed=77)


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    return [(i, i + len(s)) for i in range(len(text)) if text.startswith(s, i)]


def test_same_seed_same_remarks_other_seed_other_remarks(remarks):
    again = domains.make_remarks(2000, seed=77)
    assert [(r.text, r.names, r.lookalikes) for r in again] == \
        [(r.text, r.names, r.lookalikes) for r in remarks]
    other = domains.make_remarks(200, seed=78)
    assert [r.text for r in other] != [r.text for r in remarks[:200]]


def test_size_and_every_family_present(remarks):
    assert len(remarks) == 2000
    fams = Counter(r.family for r in remarks)
    assert set(fams) == set(domains.FAMILIES)
    assert all(count >= 20 for count in fams.values()), fams
    names = sum(len(r.names) for r in remarks)
    looks = sum(len(r.lookalikes) for r in remarks)
    assert 1500 <= names <= 2100, names
    assert 1100 <= looks <= 1900, looks


def test_planted_strings_occur_verbatim_and_names_once(remarks):
    for r in remarks:
        assert "[" not in r.text and "{" not in r.text, r.text
        for name in r.names:
            assert r.text.count(name) == 1, (name, r.text)
        for look in r.lookalikes:
            assert look in r.text, (look, r.text)


def test_no_name_overlaps_a_lookalike(remarks):
    for r in remarks:
        for name in r.names:
            for look in r.lookalikes:
                assert name not in look and look not in name, (name, look, r.text)
                for s, e in _spans(r.text, name):
                    for ls, le in _spans(r.text, look):
                        assert e <= ls or le <= s, (name, look, r.text)
        for a in r.names:
            assert not any(a != b and a in b for b in r.names), (a, r.names)


def test_public_officials_only_in_gazette_family(remarks):
    for r in remarks:
        assert r.public_officials == (r.family == "officials")
        if r.public_officials:
            assert not r.names and r.lookalikes, r.text


def test_english_family_is_english_and_lists_carry_several_names(remarks):
    english = [r for r in remarks if r.family == "english"]
    assert all(r.text.isascii() for r in english)
    assert any(", " in n for r in english for n in r.names)          # Zhang, Wei
    village = [r for r in remarks if r.family == "village"]
    assert max(len(r.names) for r in village) >= 4
    assert any("、" in r.text for r in village)


def test_names_draw_from_rare_compound_and_minority_pools(remarks):
    names = [n for r in remarks for n in r.names if n.isascii() is False]
    assert any(n[:2] in domains._COMPOUND_SURNAMES for n in names)
    assert any("·" in n for n in names)
    assert len(set(names)) > 0.8 * len(names)


def test_unknown_slot_is_refused():
    with pytest.raises(KeyError, match="no pool"):
        domains._fill("{zz}", __import__("random").Random(1))
