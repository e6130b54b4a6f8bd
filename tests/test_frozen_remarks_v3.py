"""The third frozen remarks edition is self-consistent: what it says it planted is in its text.

Not a test of the name detector (its score on this set is a benchmark: benchmarks/bench_names.py);
nothing here runs a detector. These check the generator's own promises: the same remarks for the
same seed, every planted name and look-alike verbatim in its remark, no planted name touching a
look-alike or occurring where it was not planted, the documented family mix and totals, gazette
remarks declaring public officials.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from frozen import remarks_v3  # noqa: E402
from frozen.remarks_v3 import FAMILIES, VERSION, WEIGHTS, make_remarks  # noqa: E402

CJK_NAME = re.compile(r"^[\u4e00-\u9fff]+(·[\u4e00-\u9fff]+)?$")


@pytest.fixture(scope="module")
def remarks():
    return make_remarks()


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _check_remark(r) -> None:
    for s in r.names + r.lookalikes:
        assert s in r.text, (r.family, s)
    assert len(set(r.names)) == len(r.names)
    name_spans = [sp for n in r.names for sp in _spans(r.text, n)]
    for look in r.lookalikes:
        for n in r.names:
            assert look not in n and n not in look, (r.family, n, look)
        for a, b in _spans(r.text, look):
            assert not any(a < e and s < b for s, e in name_spans), (r.family, look)
    for n in r.names:                      # no planted name inside another planted name
        for m in r.names:
            assert n == m or n not in m, (r.family, n, m)


def test_version_and_families_documented():
    assert VERSION == "frozen-remarks-3 (2026-12-05)"
    assert set(FAMILIES) == set(WEIGHTS)
    assert sum(WEIGHTS.values()) == 2000
    for family, count in WEIGHTS.items():
        assert f"``{family}`` ({count})" in remarks_v3.__doc__


def test_same_seed_same_remarks_other_seed_other_remarks():
    a, b = make_remarks(300, seed=5), make_remarks(300, seed=5)
    assert a == b
    assert [r.text for r in make_remarks(300, seed=6)] != [r.text for r in a]


def test_every_planted_string_is_in_its_text_and_names_never_touch_lookalikes(remarks):
    for r in remarks:
        _check_remark(r)


def test_family_mix_at_2000_is_the_documented_one(remarks):
    assert len(remarks) == 2000
    assert Counter(r.family for r in remarks) == Counter(WEIGHTS)


def test_documented_totals(remarks):
    names = sum(len(r.names) for r in remarks)
    looks = sum(len(r.lookalikes) for r in remarks)
    assert 1600 <= names <= 1900 and 1200 <= looks <= 1500
    doc = " ".join(remarks_v3.__doc__.split())
    assert f"{names:,} planted names" in doc
    assert f"{looks:,} look-alikes" in doc
    assert f"{sum(bool(r.names) for r in remarks):,} of 2,000 remarks hold a name" in doc


def test_gazette_declares_public_officials_and_plants_no_name(remarks):
    for r in remarks:
        assert r.public_officials == (r.family == "gazette")
        if r.family == "gazette":
            assert not r.names and r.lookalikes
            assert all(CJK_NAME.match(o) for o in r.lookalikes)


def test_lookalike_family_has_no_name_and_name_families_mostly_do(remarks):
    by = {f: [r for r in remarks if r.family == f] for f in WEIGHTS}
    assert all(not r.names and r.lookalikes for r in by["lookalike"])
    for f in set(WEIGHTS) - {"lookalike", "gazette"}:
        with_name = sum(bool(r.names) for r in by[f]) / len(by[f])
        assert 0.6 <= with_name < 1.0, f        # some remarks in a listing hold no name


def test_name_shapes_and_shares(remarks):
    cn = [n for r in remarks if r.family != "export" for n in r.names]
    en = [n for r in remarks if r.family == "export" for n in r.names]
    assert all(CJK_NAME.match(n) for n in cn)
    assert all(re.fullmatch(r"[A-Za-z]+(, | )[A-Za-z-]+", n) for n in en)
    dotted = sum("·" in n for n in cn) / len(cn)
    two_char = sum(len(n) == 2 for n in cn) / len(cn)
    compound = sum(n[:2] in remarks_v3._COMPOUND_NAMES for n in cn) / len(cn)
    assert 0.005 <= dotted <= 0.03
    assert 0.10 <= two_char <= 0.30
    assert 0.005 <= compound <= 0.04
    assert len(set(cn)) > 0.8 * len(cn)              # names rarely repeat
    assert len({n[1:] for n in cn if "·" not in n}) >= 400    # several hundred given names


def test_avoided_given_names_never_drawn(remarks):
    for r in remarks:
        for n in r.names:
            assert not any(n.endswith(g) for g in remarks_v3._AVOID_GIVEN)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 150))
def test_any_seed_and_size_keeps_the_promises(seed, n):
    out = make_remarks(n, seed=seed)
    assert len(out) == n
    counts = Counter(r.family for r in out)
    for family, w in WEIGHTS.items():
        assert abs(counts[family] - n * w / 2000) < 1
    for r in out:
        _check_remark(r)
