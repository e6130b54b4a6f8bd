"""Contract of frozen remarks edition 11 (no detector involved: these check the test set itself)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v11 as v11
from benchmarks.frozen.remarks import Remark

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def defaults() -> list[Remark]:
    return v11.make_remarks()


def _occurrences(text: str, s: str) -> list[tuple[int, int]]:
    found, i = [], text.find(s)
    while i != -1:
        found.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return found


def _contract_breaches(remarks: list[Remark]) -> list[str]:
    """Every way a cell can break the scorer's contract, as readable lines (empty when it holds)."""
    breaches: list[str] = []
    names_anywhere: dict[str, int] = {}
    looks_anywhere: dict[str, int] = {}
    for i, r in enumerate(remarks):
        if r.family not in v11.FAMILIES:
            breaches.append(f"cell {i}: unknown family {r.family!r}")
        if len(set(r.names)) != len(r.names):
            breaches.append(f"cell {i}: a name listed twice: {r.names}")
        for s in r.names + r.lookalikes:
            if not s.strip() or s != s.strip():
                breaches.append(f"cell {i}: blank or padded entry {s!r}")
        for look in r.lookalikes:
            if look not in r.text:
                breaches.append(f"cell {i}: look-alike {look!r} absent from {r.text!r}")
            looks_anywhere.setdefault(look, i)
        for name in r.names:
            names_anywhere.setdefault(name, i)
            spans = _occurrences(r.text, name)
            if len(spans) != 1:
                breaches.append(f"cell {i}: name {name!r} occurs {len(spans)} times in {r.text!r}")
                continue
            (a, b), = spans
            for other in r.names + r.lookalikes:
                if other == name:
                    continue
                if other in name:
                    breaches.append(f"cell {i}: name {name!r} contains {other!r}")
                for x, y in _occurrences(r.text, other):
                    if x < b and a < y:
                        breaches.append(f"cell {i}: name {name!r} overlaps {other!r} in {r.text!r}")
    for s, i in names_anywhere.items():
        if s in looks_anywhere:
            breaches.append(f"{s!r} is a name in cell {i} and a look-alike in cell {looks_anywhere[s]}")
    return breaches


def test_declarations_agree():
    assert v11.VERSION == "frozen-remarks-11 (2026-12-05)"
    assert list(v11.WEIGHTS) == list(v11.FAMILIES)
    assert sum(v11.WEIGHTS.values()) == 2000
    assert all(w > 0 for w in v11.WEIGHTS.values())
    assert set(v11.NAME_FAMILIES) < set(v11.FAMILIES)
    assert set(v11.PUBLIC_FAMILIES) <= set(v11.NAME_FAMILIES)
    assert len(v11.PUBLIC_FAMILIES) == 1
    assert v11.WEIGHTS[v11.PUBLIC_FAMILIES[0]] == min(v11.WEIGHTS[f] for f in v11.NAME_FAMILIES)
    assert 0.05 <= v11.NO_NAME_SHARE <= 0.15


def test_default_mix_matches_weights_and_docstring(defaults):
    counts = {f: sum(1 for r in defaults if r.family == f) for f in v11.FAMILIES}
    assert counts == v11.WEIGHTS
    table = v11.describe(defaults)
    assert all(line.strip() in v11.__doc__ for line in table.splitlines()), table
    total = table.splitlines()[-1].split()
    assert total == ["total", "2000", str(sum(len(r.names) for r in defaults)),
                     str(sum(len(r.lookalikes) for r in defaults)), str(sum(1 for r in defaults if r.names))]


def test_default_volume(defaults):
    assert sum(len(r.names) for r in defaults) >= 2500
    assert sum(len(r.lookalikes) for r in defaults) >= 2500


def test_deterministic_per_seed():
    assert v11.make_remarks(300, seed=5) == v11.make_remarks(300, seed=5)
    assert v11.make_remarks(300, seed=5) != v11.make_remarks(300, seed=6)


def _digest(remarks: list[Remark]) -> str:
    h = hashlib.sha256()
    for r in remarks:
        h.update(repr((r.text, r.family, r.names, r.lookalikes, r.public_officials)).encode())
    return h.hexdigest()


def test_deterministic_across_processes():
    code = ("from benchmarks.frozen.remarks_v11 import make_remarks; import hashlib\n"
            "h = hashlib.sha256()\n"
            "for r in make_remarks(400, seed=77):\n"
            "    h.update(repr((r.text, r.family, r.names, r.lookalikes, r.public_officials)).encode())\n"
            "print(h.hexdigest())\n")
    digests = set()
    for hash_seed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hash_seed)
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                             check=True)
        digests.add(out.stdout.strip())
    assert digests == {_digest(v11.make_remarks(400, seed=77))}


def test_contract_holds_at_defaults(defaults):
    assert _contract_breaches(defaults) == []


def test_no_name_share(defaults):
    name_cells = [r for r in defaults if r.family in v11.NAME_FAMILIES]
    nameless = [r for r in name_cells if not r.names]
    assert abs(len(nameless) / len(name_cells) - v11.NO_NAME_SHARE) < 0.02
    # Nameless cells still carry stand-ins (masked persons, surname + title) to be kept.
    assert all(r.lookalikes for r in nameless)
    assert all(not r.names for r in defaults if r.family not in v11.NAME_FAMILIES)


def test_public_flag(defaults):
    for r in defaults:
        assert r.public_officials == (r.family in v11.PUBLIC_FAMILIES), r


def test_surface_forms_present(defaults):
    names = [n for r in defaults for n in r.names]
    looks = [s for r in defaults for s in r.lookalikes]
    assert any("·" in n for n in names)                      # Uyghur / Kazakh with the middle dot
    assert any("\u3000" in n for n in names)                 # 王　芳
    assert any(n.endswith("氏") for n in names)               # 刘王氏
    assert any(n.isascii() and "," in n for n in names)      # Zhang, Xiuying
    assert any("'" in n for n in names)                      # Wang Jia'en
    assert any(c in n for n in names for c in "ǚāáǎà")        # tone marks
    assert any("某" in s for s in looks) and any("*" in s for s in looks)
    assert any(s.startswith("老") for s in looks)


def test_describe_counts():
    remarks = v11.make_remarks(120, seed=3)
    rows = {line.split()[0]: line.split()[1:] for line in v11.describe(remarks).splitlines()[1:]}
    for fam in v11.FAMILIES:
        mine = [r for r in remarks if r.family == fam]
        if mine:
            assert rows[fam] == [str(len(mine)), str(sum(len(r.names) for r in mine)),
                                 str(sum(len(r.lookalikes) for r in mine)), str(sum(1 for r in mine if r.names))]
    assert rows["total"][0] == "120"


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**6), n=st.integers(min_value=1, max_value=60))
def test_contract_holds_for_any_seed(seed, n):
    remarks = v11.make_remarks(n, seed=seed)
    assert len(remarks) == n
    assert _contract_breaches(remarks) == []
    for r in remarks:
        assert r.public_officials == (r.family in v11.PUBLIC_FAMILIES)
        if r.family not in v11.NAME_FAMILIES:
            assert not r.names
