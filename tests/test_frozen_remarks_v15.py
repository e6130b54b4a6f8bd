"""Contract tests of the frozen remarks set, edition 15 (the set itself, not any detector)."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "benchmarks") not in sys.path:
    sys.path.insert(0, str(ROOT / "benchmarks"))

from frozen import remarks_v15 as rv  # noqa: E402  (imported the way the benchmark does)

PINNED_DIGEST = "370f4fe25ffbd83f149083baffe9fd14c134d100bb63753f8bb167ff3462321b"


def digest(remarks) -> str:
    h = hashlib.sha256()
    for r in remarks:
        row = [r.family, r.text, r.names, r.lookalikes, r.public_officials]
        h.update(json.dumps(row, ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _latin(s: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in s)


def _key(nm: str) -> str:
    return nm.casefold() if _latin(nm) else nm.replace("\u3000", "").replace(" ", "")


def check_contract(remarks) -> None:
    """The per-cell and whole-set contract of the brief."""
    for r in remarks:
        assert r.family in rv.FAMILIES, r
        assert r.public_officials == (r.family in rv.PUBLIC_FAMILIES), r
        if r.family in rv.NAME_FAMILIES:
            assert r.names, r
        else:
            assert not r.names and len(r.lookalikes) >= 3, r
        spans = []
        for nm in r.names:
            assert r.text.count(nm) == 1, (nm, r.text)
            k = r.text.index(nm)
            if _latin(nm):
                before = r.text[k - 1] if k else " "
                after = r.text[k + len(nm)] if k + len(nm) < len(r.text) else " "
                assert not (before.isascii() and before.isalnum()), (nm, r.text)
                assert not (after.isascii() and after.isalnum()), (nm, r.text)
            spans.append((k, k + len(nm)))
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                assert spans[a][1] <= spans[b][0] or spans[b][1] <= spans[a][0], r
        for la in r.lookalikes:
            assert la in r.text, (la, r.text)
            k = r.text.find(la)
            while k != -1:
                for s, e in spans:
                    assert k + len(la) <= s or e <= k, (la, r.text)
                k = r.text.find(la, k + 1)
    # no name in two cells (case-insensitive, padding ignored)
    keys = [_key(nm) for r in remarks for nm in r.names]
    dup = [k for k, v in Counter(keys).items() if v > 1]
    assert not dup, dup[:5]
    blob = "\x00".join(r.text.casefold() for r in remarks)
    for r in remarks:
        for nm in r.names:
            assert blob.count(nm.casefold()) == 1, (nm, r.text)
            if _key(nm) != nm.casefold():
                assert _key(nm) not in blob, (nm, r.text)


def check_shares(remarks, n) -> None:
    per = Counter(r.family for r in remarks)
    assert sum(per.values()) == n
    for f in rv.FAMILIES:
        assert abs(per[f] - n * rv.WEIGHTS[f]) <= 1, (f, per[f], n)


@pytest.fixture(scope="module")
def default_set():
    return rv.make_remarks()


# -- the module's declarations ---------------------------------------------------------------

def test_declarations():
    assert rv.VERSION == "frozen-remarks-15 (2026-12-05)"
    assert isinstance(rv.FAMILIES, tuple) and len(set(rv.FAMILIES)) == len(rv.FAMILIES) >= 13
    assert rv.PUBLIC_FAMILIES == ("public_notice",)
    assert set(rv.NAME_FAMILIES) == set(rv.FAMILIES) - {"lookalike_only"}
    assert set(rv.WEIGHTS) == set(rv.FAMILIES)
    assert abs(sum(rv.WEIGHTS.values()) - 1.0) < 1e-9
    assert all(w > 0 for w in rv.WEIGHTS.values())
    for f in ("english_export", "minority_listing", "public_notice", "lookalike_only"):
        assert f in rv.FAMILIES


# -- the default set ---------------------------------------------------------------------------

def test_default_size_and_digest(default_set):
    assert len(default_set) == 2000
    assert digest(default_set) == PINNED_DIGEST


def test_default_contract(default_set):
    check_contract(default_set)


def test_default_shares(default_set):
    check_shares(default_set, 2000)
    per = Counter(r.family for r in default_set)
    for f in rv.FAMILIES:
        assert abs(per[f] / 2000 - rv.WEIGHTS[f]) < 0.005


def test_deterministic():
    assert rv.make_remarks(300, seed=42) == rv.make_remarks(300, seed=42)
    assert rv.make_remarks(300, seed=42) != rv.make_remarks(300, seed=43)


def test_default_args_are_the_frozen_set(default_set):
    assert rv.make_remarks(2000, seed=1515) == default_set


def test_public_notice_carries_officials(default_set):
    for r in default_set:
        if r.family == "public_notice":
            assert r.public_officials and len(r.lookalikes) >= 2
        else:
            assert not r.public_officials


def test_surface_forms_present(default_set):
    names = [nm for r in default_set for nm in r.names]
    han = [nm for nm in names if not _latin(nm)]
    latin = [nm for r in default_set if r.family == "english_export" for nm in r.names]
    compound = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐")
    assert sum(nm.startswith(compound) for nm in han) >= 5
    assert sum(nm[0] in "禤亓佘郗訾蒯单解区查" for nm in han) >= 5
    assert sum(("\u3000" in nm or " " in nm) for nm in han) >= 10           # padded cells
    assert sum(len(_key(nm)) == 2 for nm in han) >= 200                        # one-char given
    assert sum(("·" in nm or "•" in nm) for nm in han) >= 20                   # Uyghur / Kazakh / Yi
    assert sum(bool(re.match(r"^[A-Z]{2,}[ ,]", nm)) for nm in latin) >= 10   # upper-case surname
    assert sum("-" in nm for nm in latin) >= 20                                # hyphenated given
    assert sum(bool(re.match(r"^([A-Z]\.)+ ", nm)) for nm in latin) >= 3       # initials
    assert sum(nm == nm.lower() for nm in latin) >= 10                         # lower-case prose
    assert sum(nm.split()[0] in {"Lily", "David", "Kevin", "Grace", "Peter", "Mary", "Jenny",
                                 "Tony", "Amy", "Vivian", "Eric", "Helen", "Teresa", "Cindy"}
               for nm in latin) >= 5                                           # English given names


def test_lookalike_classes_present(default_set):
    las = Counter(la for r in default_set for la in r.lookalikes)
    for probe in ("周岁", "余额", "春蕾计划", "明天计划"):
        assert las[probe] > 0, probe
    masked = [la for la in las if re.search(r"某|\*|×|＊", la)]
    assert len(masked) >= 20


def test_describe(default_set):
    text = rv.describe(default_set)
    per = Counter(r.family for r in default_set)
    for f in rv.FAMILIES:
        assert re.search(rf"^{f}\s+{per[f]}\s", text, re.M), f
    assert "2000" in text


# -- any seed ------------------------------------------------------------------------------------

@settings(max_examples=30, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), n=st.integers(min_value=0, max_value=160))
def test_contract_any_seed(seed, n):
    remarks = rv.make_remarks(n, seed=seed)
    assert len(remarks) == n
    check_contract(remarks)
    check_shares(remarks, n)


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_deterministic_any_seed(seed):
    a = rv.make_remarks(60, seed=seed)
    b = rv.make_remarks(60, seed=seed)
    assert digest(a) == digest(b)
