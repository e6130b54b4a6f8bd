"""Contract tests of the frozen remarks set, edition 32 (the SET, not any detector)."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.frozen import remarks_v32 as v32  # noqa: E402
from benchmarks.frozen.remarks import Remark  # noqa: E402

DIGEST = "576c95bd34526f6bb8290f3fc5798da5771a7567590daced5727ee2a5acff710"
N = 2000


def _digest(remarks: list[Remark]) -> str:
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _check_contract(remarks: list[Remark]) -> None:
    joined = "\x00".join(r.text for r in remarks)
    for r in remarks:
        assert isinstance(r, Remark)
        assert r.family in v32.FAMILIES
        assert r.public_officials is (r.family in v32.PUBLIC_FAMILIES)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert r.family in v32.NAME_FAMILIES
            assert len(r.names) >= 1
        name_spans = []
        for name in r.names:
            assert name and name.strip() == name
            assert r.text.count(name) == 1, (name, r.text)
            assert joined.count(name) == 1, f"{name!r} also occurs in another remark"
            name_spans += _spans(r.text, name)
        assert r.lookalikes, r.text
        for lk in r.lookalikes:
            sp = _spans(r.text, lk)
            assert sp, (lk, r.text)
            for s0, e0 in sp:
                for s1, e1 in name_spans:
                    assert not (s0 < e1 and s1 < e0), (lk, r.text)


@pytest.fixture(scope="module")
def remarks() -> list[Remark]:
    return v32.make_remarks()


def test_digest_is_pinned(remarks):
    assert _digest(remarks) == DIGEST


def test_module_metadata():
    assert v32.VERSION == "frozen-remarks-32 (2026-12-07)"
    assert len(v32.FAMILIES) == 16 and len(set(v32.FAMILIES)) == 16
    assert v32.PUBLIC_FAMILIES == ("public_notice",)
    assert v32.NAME_FAMILIES == tuple(f for f in v32.FAMILIES if f != "lookalike_only")
    assert set(v32.WEIGHTS) == set(v32.FAMILIES)
    assert abs(sum(v32.WEIGHTS.values()) - 1.0) < 0.02
    assert all(w > 0 for w in v32.WEIGHTS.values())
    assert v32.make_remarks.__defaults__ == (2000, 3232)


def test_size_and_families(remarks):
    assert len(remarks) == N
    counts = {f: 0 for f in v32.FAMILIES}
    for r in remarks:
        counts[r.family] += 1
    for f in v32.FAMILIES:
        assert abs(counts[f] - v32.WEIGHTS[f] * N) <= 1, (f, counts[f])


def test_contract_of_the_set(remarks):
    _check_contract(remarks)


def test_public_officials_flag(remarks):
    flagged = {r.family for r in remarks if r.public_officials}
    assert flagged == {"public_notice"}
    assert all(r.public_officials for r in remarks if r.family == "public_notice")


def test_volume(remarks):
    names = sum(len(r.names) for r in remarks)
    looks = sum(len(r.lookalikes) for r in remarks)
    assert 5500 <= names <= 7000
    assert 8000 <= looks <= 11000


def test_import_through_frozen_package():
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from frozen.remarks import Remark; import frozen.remarks_v32 as m;"
        "rs = m.make_remarks(12, 1); assert len(rs) == 12;"
        "assert all(isinstance(r, Remark) for r in rs)"
    )
    subprocess.run([sys.executable, "-c", code, str(ROOT / "benchmarks")], check=True, cwd=str(ROOT / "benchmarks"))


@settings(max_examples=4, deadline=None, database=None)
@given(seed=st.integers(min_value=0, max_value=2**31 - 1), n=st.integers(min_value=0, max_value=60))
def test_deterministic_for_a_few_seeds(seed, n):
    first = v32.make_remarks(n, seed)
    second = v32.make_remarks(n=n, seed=seed)
    assert len(first) == n
    assert _digest(first) == _digest(second)
    _check_contract(first)
