"""Contract tests of the tenth frozen remarks set (benchmarks/frozen/remarks_v10.py).

These test the generator only: what it declares, that it is deterministic, and that every cell
keeps the scorer's contract.  No detector runs here (the set is blind; see the module docstring).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v10 as v10


@pytest.fixture(scope="module")
def default_set():
    return v10.make_remarks()


def spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def overlapping(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(x0 < y1 and y0 < x1 for x0, x1 in a for y0, y1 in b)


def contract_violations(remarks) -> list[str]:
    """Every way a list of cells can break the scorer's contract, as readable messages."""
    bad = []
    all_names, all_lookalikes = set(), set()
    for k, r in enumerate(remarks):
        where = f"cell {k} ({r.family}) {r.text!r}"
        if r.family not in v10.FAMILIES:
            bad.append(f"{where}: unknown family")
        if r.public_officials != (r.family in v10.PUBLIC_FAMILIES):
            bad.append(f"{where}: public_officials is {r.public_officials}")
        if r.family not in v10.NAME_FAMILIES and r.names:
            bad.append(f"{where}: names in a look-alike-only family")
        for n in r.names:
            if not n.strip() or n != n.strip():
                bad.append(f"{where}: name {n!r} is blank or carries outer padding")
            if len(spans(r.text, n)) != 1:
                bad.append(f"{where}: name {n!r} occurs {len(spans(r.text, n))} times")
            for other in r.names:
                if other != n and (other in n or n in other):
                    bad.append(f"{where}: names {n!r} and {other!r} contain each other")
                if other != n and overlapping(spans(r.text, n), spans(r.text, other)):
                    bad.append(f"{where}: names {n!r} and {other!r} overlap")
            for s in r.lookalikes:
                if s in n or n in s:
                    bad.append(f"{where}: name {n!r} and look-alike {s!r} contain each other")
                if overlapping(spans(r.text, n), spans(r.text, s)):
                    bad.append(f"{where}: name {n!r} overlaps look-alike {s!r}")
        if len(set(r.names)) != len(r.names):
            bad.append(f"{where}: a name is listed twice")
        for s in r.lookalikes:
            if not s or s not in r.text:
                bad.append(f"{where}: look-alike {s!r} not in the text")
        all_names.update(r.names)
        all_lookalikes.update(r.lookalikes)
    both = all_names & all_lookalikes
    if both:
        bad.append(f"names that are look-alikes elsewhere: {sorted(both)[:10]}")
    return bad


def test_declarations_agree():
    assert v10.VERSION == "frozen-remarks-10 (2026-12-05)"
    assert set(v10.WEIGHTS) == set(v10.FAMILIES)
    assert sum(v10.WEIGHTS.values()) == 2000
    assert all(w > 0 for w in v10.WEIGHTS.values())
    assert set(v10.NAME_FAMILIES) < set(v10.FAMILIES)
    assert set(v10.PUBLIC_FAMILIES) and set(v10.PUBLIC_FAMILIES) <= set(v10.NAME_FAMILIES)
    assert 0.05 <= v10.NO_NAME_SHARE <= 0.15
    assert all(isinstance(d, str) and d for d in v10.FAMILIES.values())


def test_family_counts_follow_weights(default_set):
    counts = {f: 0 for f in v10.FAMILIES}
    for r in default_set:
        counts[r.family] += 1
    assert counts == v10.WEIGHTS


def test_default_set_keeps_the_contract(default_set):
    assert contract_violations(default_set) == []


def test_default_mix_is_about_three_thousand_each(default_set):
    names = sum(len(r.names) for r in default_set)
    lookalikes = sum(len(r.lookalikes) for r in default_set)
    assert 2700 <= names <= 3600
    assert 2700 <= lookalikes <= 4500


def test_no_name_share_roughly_holds(default_set):
    cells = [r for r in default_set if r.family in v10.NAME_FAMILIES]
    empty = [r for r in cells if not r.names]
    assert abs(len(empty) / len(cells) - v10.NO_NAME_SHARE) <= 0.03
    # A name-family cell without a name still speaks of someone: a masked person or surname+title.
    assert all(r.lookalikes for r in empty)
    assert all(not r.names for r in default_set if r.family not in v10.NAME_FAMILIES)


def test_public_families_set_public_officials(default_set):
    public = [r for r in default_set if r.family in v10.PUBLIC_FAMILIES]
    assert public and all(r.public_officials for r in public)
    assert not any(r.public_officials for r in default_set if r.family not in v10.PUBLIC_FAMILIES)
    # Officials named in a public notice are look-alikes, so public cells carry several.
    assert sum(len(r.lookalikes) for r in public) > 2 * len(public)


def test_deterministic_per_seed():
    a = v10.make_remarks(300, seed=77)
    b = v10.make_remarks(300, seed=77)
    c = v10.make_remarks(300, seed=78)
    assert a == b
    assert [r.text for r in a] != [r.text for r in c]


def test_the_hard_surface_forms_are_present(default_set):
    names = [n for r in default_set for n in r.names]
    assert any("·" in n for n in names) and any(d in n for n in names for d in "•・．‧")
    assert any(n.isascii() and " " in n for n in names)                  # pinyin
    assert any(n[:2] in ("欧阳", "司马", "上官", "诸葛") for n in names)    # compound surnames
    assert any("　" in n for n in names)                                 # padded inside
    texts = [r.text for r in default_set]
    assert any(r.text.strip() == r.names[0] for r in default_set if len(r.names) == 1)  # bare name
    for suffix in ("之子", "之女", "夫妇", "等人"):
        assert any(n + suffix in r.text for r in default_set for n in r.names), suffix
    for particle in "与和及向给对被将把同由经让替跟找问":
        assert any(particle + n in r.text for r in default_set for n in r.names), particle
    assert any("\n" in t for t in texts) and any("|" in t or "｜" in t for t in texts)


def test_describe_reports_every_family_and_the_total(default_set):
    table = v10.describe(default_set)
    for fam in v10.FAMILIES:
        assert fam in table
    total = table.splitlines()[-1].split()
    assert total[0] == "total"
    assert int(total[1]) == len(default_set)
    assert int(total[2]) == sum(len(r.names) for r in default_set)
    assert int(total[3]) == sum(len(r.lookalikes) for r in default_set)
    assert int(total[4]) == sum(bool(r.names) for r in default_set)


@settings(max_examples=8, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**9), n=st.integers(min_value=1, max_value=60))
def test_any_seed_keeps_the_contract(seed, n):
    remarks = v10.make_remarks(n, seed=seed)
    assert len(remarks) == n
    assert contract_violations(remarks) == []
    assert remarks == v10.make_remarks(n, seed=seed)


def test_the_contract_check_catches_broken_cells():
    fam = "dibao_notes"
    cases = {
        "occurs 2 times": v10.Remark("张伟代领，张伟签字", fam, names=["张伟"]),
        "contain each other": v10.Remark("张伟之子张伟强", fam, names=["张伟", "张伟强"]),
        "overlaps look-alike": v10.Remark("王安全家", fam, names=["王安"], lookalikes=["安全"]),
        "not in the text": v10.Remark("李芳", fam, names=["李芳"], lookalikes=["王某"]),
        "public_officials": v10.Remark("李芳", fam, names=["李芳"], public_officials=True),
        "look-alike-only": v10.Remark("李芳", "lookalike_only", names=["李芳"]),
    }
    for expected, remark in cases.items():
        found = contract_violations([remark])
        assert any(expected in msg for msg in found), (expected, found)
    crossed = [v10.Remark("高峰来电", fam, names=["高峰"]),
               v10.Remark("早高峰", fam, lookalikes=["高峰"])]
    assert any("look-alikes elsewhere" in msg for msg in contract_violations(crossed))


def test_deterministic_across_processes():
    """Same seed, same cells, whatever PYTHONHASHSEED the interpreter drew."""
    code = ("import hashlib; from benchmarks.frozen.remarks_v10 import make_remarks; "
            "print(hashlib.sha256(repr(make_remarks(400, seed=5)).encode()).hexdigest())")
    root = Path(__file__).resolve().parents[1]
    digests = {
        subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": hs}).stdout
        for hs in ("1", "2", "3")
    }
    assert len(digests) == 1
