"""Contract tests of the frozen remarks set, edition 18 (the set itself, not any detector)."""

from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from frozen import remarks_v18 as v18  # noqa: E402

DIGEST = "437da9ad1ffccc50f3e255a788f5313da0f5f26b4fb8157bb46651d8f1afeb91"


@pytest.fixture(scope="module")
def default_set():
    return v18.make_remarks()


def _digest(remarks) -> str:
    rows = [[r.text, r.family, r.names, r.lookalikes, r.public_officials] for r in remarks]
    blob = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _check_contract(remarks) -> None:
    for r in remarks:
        assert r.family in v18.FAMILIES
        assert r.public_officials == (r.family in v18.PUBLIC_FAMILIES)
        if r.family in v18.NAME_FAMILIES:
            assert r.names, r
        else:
            assert not r.names, r
        assert len(set(r.names)) == len(r.names)
        spans = []
        for n in r.names:
            assert n and r.text.count(n) == 1, (n, r.text)
            i = r.text.find(n)
            spans.append((i, i + len(n)))
        for la in r.lookalikes:
            assert la and la in r.text, (la, r.text)
            assert la not in r.names
            start = 0
            while (i := r.text.find(la, start)) >= 0:
                j = i + len(la)
                for a, b in spans:
                    assert not (i < b and a < j), (la, r.text)
                start = i + 1
    names = [n for r in remarks for n in r.names]
    assert len(names) == len(set(names)), "a name is planted in two cells"
    big = "\x00".join(r.text for r in remarks)
    for n in names:
        assert big.count(n) == 1, f"{n!r} occurs in another cell"


def _check_shares(remarks) -> None:
    n = len(remarks)
    got = Counter(r.family for r in remarks)
    total = sum(v18.WEIGHTS.values())
    for f in v18.FAMILIES:
        assert abs(got[f] - n * v18.WEIGHTS[f] / total) < 1.0, (f, got[f])


def test_constants():
    assert v18.VERSION == "frozen-remarks-18 (2026-12-06)"
    assert isinstance(v18.FAMILIES, tuple) and len(set(v18.FAMILIES)) == len(v18.FAMILIES)
    assert v18.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v18.NAME_FAMILIES) <= set(v18.FAMILIES)
    assert "lookalike_only" in v18.FAMILIES and "lookalike_only" not in v18.NAME_FAMILIES
    assert set(v18.PUBLIC_FAMILIES) <= set(v18.NAME_FAMILIES)
    assert set(v18.WEIGHTS) == set(v18.FAMILIES)
    assert abs(sum(v18.WEIGHTS.values()) - 1.0) < 1e-9
    assert 12 <= len(v18.FAMILIES) <= 16


def test_default_size_and_digest(default_set):
    assert len(default_set) == 2000
    assert _digest(default_set) == DIGEST


def test_deterministic_for_a_seed():
    a = v18.make_remarks(300, seed=7)
    b = v18.make_remarks(300, seed=7)
    assert a == b
    assert _digest(a) == _digest(b)
    c = v18.make_remarks(300, seed=8)
    assert _digest(a) != _digest(c)


def test_contract_default(default_set):
    _check_contract(default_set)


def test_shares_close_to_weights(default_set):
    _check_shares(default_set)
    got = Counter(r.family for r in default_set)
    for f in v18.FAMILIES:
        assert abs(got[f] / len(default_set) - v18.WEIGHTS[f]) < 0.005


def test_public_notice_has_officials_as_lookalikes(default_set):
    pub = [r for r in default_set if r.family == "public_notice"]
    assert pub and all(r.public_officials for r in pub)
    cues = ("审批人", "经办人", "审核人", "联系人", "第一书记", "村两委成员", "评估小组", "验收小组", "评审专家",
            "评议小组")
    for r in pub:
        assert any(c in r.text for c in cues), r.text
    assert all(not r.public_officials for r in default_set if r.family != "public_notice")


def test_surface_variety(default_set):
    by = {f: [n for r in default_set if r.family == f for n in r.names] for f in v18.FAMILIES}
    han = [n for f in v18.NAME_FAMILIES if f not in ("english", "minority") for n in by[f]]
    assert sum(n[:2] in v18._COMPOUND for n in han) >= 30
    assert sum(n[0] in v18._RARE for n in han) >= 30
    assert sum(("\u3000" in n or "  " in n or " " in n) for n in han) >= 5
    assert Counter(len(n) for n in han)[2] >= 100
    en = by["english"]
    assert any(n.split()[0].isupper() and len(n.split()[0]) > 1 for n in en)
    assert any(n == n.lower() for n in en)
    assert any("-" in n for n in en)
    assert any("(" in n for n in en)
    assert any(n[1] == "." for n in en)
    mi = by["minority"]
    assert {"·", "•"} & {ch for n in mi for ch in n}
    assert sum(any(s in n for s in "·•・．-.") for n in mi) >= 20
    las = [la for r in default_set for la in r.lookalikes]
    assert any("某" in la for la in las) and any("*" in la for la in las)
    assert {"学习雷锋", "孔子学院"} & set(las)


def test_describe(default_set):
    text = v18.describe(default_set)
    got = Counter(r.family for r in default_set)
    for f in v18.FAMILIES:
        assert f in text
        assert f" {got[f]} remarks" in text
    assert "2000" in text


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), n=st.integers(min_value=15, max_value=160))
def test_contract_over_seeds(seed, n):
    rs = v18.make_remarks(n, seed=seed)
    assert len(rs) == n
    _check_contract(rs)
    _check_shares(rs)
    assert _digest(rs) == _digest(v18.make_remarks(n, seed=seed))
