"""Contract tests of the frozen remarks set, edition 13 (the set itself; no detector is run)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v13 as v13
from benchmarks.frozen.remarks import Remark

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def default_set() -> list[Remark]:
    return v13.make_remarks()


def _digest(remarks: list[Remark]) -> str:
    payload = [[r.text, r.family, r.names, r.lookalikes, r.public_officials] for r in remarks]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


def _occurrences(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def check_contract(remarks: list[Remark]) -> None:
    """Raise AssertionError naming the first cell that breaks the set's contract."""
    lookalike_only = [f for f in v13.FAMILIES if f not in v13.NAME_FAMILIES]
    seen_names: set[str] = set()
    seen_looks: set[str] = set()
    for i, r in enumerate(remarks):
        where = f"cell {i} ({r.family}): {r.text!r}"
        assert isinstance(r, Remark), where
        assert r.family in v13.FAMILIES, where
        assert r.public_officials == (r.family in v13.PUBLIC_FAMILIES), where
        if r.family in lookalike_only:
            assert r.names == [], where
        for n in r.names:
            assert n.strip() == n and n, where
            assert r.text.count(n) == 1, f"{where}: name {n!r} not exactly once"
            (a, b), = _occurrences(r.text, n)
            for other in [x for x in r.names if x != n] + list(r.lookalikes):
                assert n not in other and other not in n, f"{where}: {n!r} vs {other!r}"
                for x, y in _occurrences(r.text, other):
                    assert not (x < b and a < y), f"{where}: {n!r} overlaps {other!r}"
        assert len(set(r.names)) == len(r.names), where
        for s in r.lookalikes:
            assert s and s in r.text, f"{where}: look-alike {s!r} absent"
        seen_names.update(r.names)
        seen_looks.update(r.lookalikes)
    both = sorted(seen_names & seen_looks)
    assert not both, f"strings that are a name in one cell and a look-alike in another: {both[:5]}"


def test_declarations_agree():
    assert v13.VERSION == "frozen-remarks-13 (2026-12-05)"
    assert list(v13.FAMILIES) == list(v13.WEIGHTS)
    assert sum(v13.WEIGHTS.values()) == 2000
    assert all(isinstance(w, int) and w > 0 for w in v13.WEIGHTS.values())
    assert all(isinstance(d, str) and d for d in v13.FAMILIES.values())
    rest = [f for f in v13.FAMILIES if f not in v13.NAME_FAMILIES]
    assert len(rest) == 1
    assert list(v13.NAME_FAMILIES) == [f for f in v13.FAMILIES if f != rest[0]]
    assert len(v13.PUBLIC_FAMILIES) == 1 and v13.PUBLIC_FAMILIES[0] in v13.NAME_FAMILIES
    smallest = min(v13.WEIGHTS[f] for f in v13.NAME_FAMILIES)
    assert v13.WEIGHTS[v13.PUBLIC_FAMILIES[0]] == smallest


def test_default_volume_and_mix(default_set):
    assert len(default_set) == 2000
    assert dict(Counter(r.family for r in default_set)) == v13.WEIGHTS


@pytest.mark.parametrize("n", [1, 7, 100, 333, 999, 4001])
def test_mix_scales_with_n(n):
    remarks = v13.make_remarks(n, seed=5)
    assert len(remarks) == n
    counts = Counter(r.family for r in remarks)
    for fam, w in v13.WEIGHTS.items():
        assert abs(counts.get(fam, 0) - w * n / 2000) < 1, (fam, counts.get(fam, 0), w * n / 2000)


def test_contract_at_defaults(default_set):
    check_contract(default_set)
    names = sum(len(r.names) for r in default_set)
    looks = sum(len(r.lookalikes) for r in default_set)
    assert 0.5 * names <= looks <= 2.0 * names, (names, looks)


def test_checker_can_fail():
    good = Remark(text="申请人王小明住中山路", family="veteran_care", names=["王小明"], lookalikes=["中山路"])
    check_contract([good])
    broken = [
        Remark(text="王小明与王小明", family="veteran_care", names=["王小明"]),
        Remark(text="住王家庄村", family="veteran_care", names=["王家"], lookalikes=["王家庄村"]),
        Remark(text="公示：审批人李强", family=v13.PUBLIC_FAMILIES[0], names=["李强"]),
        Remark(text="由张伟代领", family="veteran_care", names=["张伟"], lookalikes=["刘某"]),
    ]
    for b in broken:
        with pytest.raises(AssertionError):
            check_contract([b])
    with pytest.raises(AssertionError):
        check_contract([good, Remark(text="途经王小明路", family="lookalike_only", lookalikes=["王小明"])])


def test_deterministic_per_seed():
    a, b = v13.make_remarks(300, seed=42), v13.make_remarks(300, seed=42)
    assert a == b
    assert _digest(v13.make_remarks(300, seed=43)) != _digest(a)


def test_deterministic_across_processes(default_set):
    code = (
        "import hashlib, json\n"
        "from benchmarks.frozen import remarks_v13 as v\n"
        "p = [[r.text, r.family, r.names, r.lookalikes, r.public_officials] for r in v.make_remarks()]\n"
        "print(hashlib.sha256(json.dumps(p, ensure_ascii=False).encode('utf-8')).hexdigest())\n"
    )
    want = _digest(default_set)
    for hashseed in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hashseed)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                             text=True, check=True)
        assert out.stdout.strip() == want, hashseed


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32), n=st.integers(min_value=0, max_value=80))
def test_contract_any_seed(seed, n):
    remarks = v13.make_remarks(n, seed=seed)
    assert len(remarks) == n
    check_contract(remarks)


def test_no_name_share(default_set):
    named_fams = [r for r in default_set if r.family in v13.NAME_FAMILIES]
    blank = [r for r in named_fams if not r.names]
    share = len(blank) / len(named_fams)
    assert 0.08 <= share <= 0.12, share
    for fam in v13.NAME_FAMILIES:
        cells = [r for r in default_set if r.family == fam]
        k = sum(not r.names for r in cells)
        assert 0.05 * len(cells) <= k <= 0.15 * len(cells), (fam, k, len(cells))


def test_public_flag_only_on_public_family(default_set):
    flagged = {r.family for r in default_set if r.public_officials}
    assert flagged == set(v13.PUBLIC_FAMILIES)
    public = [r for r in default_set if r.family in v13.PUBLIC_FAMILIES]
    assert all(r.public_officials for r in public)
    # officials are look-alikes: every public cell holds at least two of them besides the names
    assert all(len(r.lookalikes) >= 2 for r in public)


def test_describe_totals(default_set):
    table = v13.describe(default_set)
    rows = {line.split()[0]: [int(x) for x in line.split()[1:]] for line in table.splitlines()[1:]}
    want_total = [len(default_set), sum(len(r.names) for r in default_set),
                  sum(len(r.lookalikes) for r in default_set), sum(bool(r.names) for r in default_set)]
    assert rows["total"] == want_total
    for fam in v13.FAMILIES:
        cells = [r for r in default_set if r.family == fam]
        assert rows[fam] == [len(cells), sum(len(r.names) for r in cells),
                             sum(len(r.lookalikes) for r in cells), sum(bool(r.names) for r in cells)]
    assert set(rows) == set(v13.FAMILIES) | {"total"}
