"""Contract tests of the frozen remarks set, edition 14 (the set itself, not any detector)."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from hypothesis import given, settings, HealthCheck
from hypothesis import strategies as st

_BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
if str(_BENCH) not in sys.path:
    sys.path.insert(0, str(_BENCH))

from frozen import remarks_v14 as v14  # noqa: E402
from frozen.remarks import Remark  # noqa: E402

PINNED_SHA256 = "4c1b43bbb508b19badb785771dec0c06288b33ba8d158b3c6e84e3c2fc809a41"

_SEP = re.compile(r"[·•・.\u3000 ]")
_LATIN = re.compile(r"[A-Za-z]")


def _is_latin(s: str) -> bool:
    return bool(_LATIN.search(s))


def _canon(s: str) -> str:
    return _SEP.sub("", s.lower())


def _key(name: str) -> str:
    return name.lower() if _is_latin(name) else _canon(name)


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    out, low, nl = [], text.lower(), needle.lower()
    i = low.find(nl)
    while i >= 0:
        out.append((i, i + len(nl)))
        i = low.find(nl, i + 1)
    return out


def check_cell(r: Remark) -> None:
    assert isinstance(r, Remark)
    assert r.family in v14.FAMILIES
    assert r.text and r.text == r.text.strip()
    assert r.public_officials == (r.family in v14.PUBLIC_FAMILIES)
    if r.family in v14.NAME_FAMILIES:
        assert r.names, r
    else:
        assert r.names == [], r
    assert r.lookalikes, r
    la_spans = []
    for la in r.lookalikes:
        assert la and la in r.text, (la, r.text)
        la_spans += _spans(r.text, la)
    keys = []
    for nm in r.names:
        assert nm == nm.strip() and len(_key(nm)) >= 2, nm
        assert r.text.count(nm) == 1, (nm, r.text)
        hay = r.text.lower() if _is_latin(nm) else _canon(r.text)
        assert hay.count(_key(nm)) == 1, (nm, r.text)
        s = r.text.find(nm)
        e = s + len(nm)
        assert not any(a < e and s < b for a, b in la_spans), (nm, r.lookalikes, r.text)
        keys.append(_key(nm))
    assert len(keys) == len(set(keys)), r


def check_set(remarks: list[Remark]) -> None:
    for r in remarks:
        check_cell(r)
    canon = [_canon(r.text) for r in remarks]
    lower = [r.text.lower() for r in remarks]
    index: dict[str, set[int]] = defaultdict(set)
    for i, c in enumerate(canon):
        for j in range(len(c)):
            for L in (2, 3, 4):
                if j + L <= len(c):
                    index[c[j:j + L]].add(i)
    seen: dict[str, int] = {}
    for i, r in enumerate(remarks):
        for nm in r.names:
            k = _key(nm)
            assert k not in seen, (nm, i, seen.get(k))
            seen[k] = i
            if _is_latin(nm):
                hits = [j for j, t in enumerate(lower) if k in t]
            elif len(k) <= 4:
                hits = sorted(index[k])
            else:
                hits = [j for j, t in enumerate(canon) if k in t]
            assert hits == [i], (nm, hits)


@pytest.fixture(scope="module")
def default_set() -> list[Remark]:
    return v14.make_remarks()


def test_constants():
    assert v14.VERSION == "frozen-remarks-14 (2026-12-05)"
    assert isinstance(v14.FAMILIES, tuple) and len(set(v14.FAMILIES)) == len(v14.FAMILIES)
    assert 13 <= len(v14.FAMILIES) <= 16
    assert v14.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v14.NAME_FAMILIES) == set(v14.FAMILIES) - {"lookalike_only"}
    assert set(v14.WEIGHTS) == set(v14.FAMILIES)
    assert abs(sum(v14.WEIGHTS.values()) - 1.0) < 1e-9
    assert "english_export" in v14.FAMILIES and "minority_listing" in v14.FAMILIES


def test_default_size_and_digest(default_set):
    assert len(default_set) == 2000
    assert v14.fingerprint(default_set) == PINNED_SHA256


def test_determinism():
    a = v14.make_remarks(n=300, seed=99)
    b = v14.make_remarks(n=300, seed=99)
    c = v14.make_remarks(n=300, seed=100)
    assert a == b
    assert v14.fingerprint(a) == v14.fingerprint(b)
    assert v14.fingerprint(a) != v14.fingerprint(c)
    assert v14.make_remarks()[:50] == v14.make_remarks()[:50]


def test_default_contract(default_set):
    check_set(default_set)


def test_shares_close_to_weights(default_set):
    n = len(default_set)
    counts = Counter(r.family for r in default_set)
    for f in v14.FAMILIES:
        assert abs(counts[f] / n - v14.WEIGHTS[f]) < 0.005, (f, counts[f])


def test_public_officials_only_in_public_notice(default_set):
    pub = [r for r in default_set if r.public_officials]
    assert pub and all(r.family == "public_notice" for r in pub)
    assert all(r.public_officials for r in default_set if r.family == "public_notice")


def test_describe(default_set):
    d = v14.describe(default_set)
    assert v14.VERSION in d
    counts = Counter(r.family for r in default_set)
    for f in v14.FAMILIES:
        assert re.search(rf"^{f}\s+{counts[f]}\s", d, re.M), f


def test_surface_variety(default_set):
    names = [n for r in default_set for n in r.names]
    eng = [n for r in default_set if r.family == "english_export" for n in r.names]
    mino = [n for r in default_set if r.family == "minority_listing" for n in r.names]
    # Han: compound surnames, padded two-character names, one-character given names
    assert any(n[:2] in ("欧阳", "司马", "上官", "诸葛", "尉迟", "司徒", "令狐") for n in names)
    assert any("\u3000" in n for n in names)
    assert sum(1 for n in names if len(n) == 2) > 100
    # English: upper-case surnames, initials, hyphens, lower-case cells
    assert any(re.search(r"\b[A-Z]{2,}\b", n) for n in eng)
    assert any(re.search(r"\b[A-Z]\.", n) for n in eng)
    assert any("-" in n for n in eng)
    assert any(r.text == r.text.lower() for r in default_set if r.family == "english_export")
    # minority: separated Uyghur / Kazakh names
    assert sum(1 for n in mino if "·" in n) > 10
    # a variety of look-alikes
    las = Counter(la for r in default_set for la in r.lookalikes)
    assert len(las) > 600


def test_names_are_unique_strings_across_set(default_set):
    keys = [_key(n) for r in default_set for n in r.names]
    assert len(keys) == len(set(keys))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), n=st.integers(min_value=1, max_value=220))
def test_contract_any_seed(seed, n):
    rs = v14.make_remarks(n=n, seed=seed)
    assert len(rs) == n
    check_set(rs)
    counts = Counter(r.family for r in rs)
    for f in v14.FAMILIES:
        assert abs(counts[f] - n * v14.WEIGHTS[f]) <= 1.0
