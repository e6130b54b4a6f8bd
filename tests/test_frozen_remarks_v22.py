"""Contract tests of the frozen remarks set, edition 22 (the SET, not any detector)."""
from __future__ import annotations

import dataclasses
import hashlib
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v22 as m

DIGEST = "5718c7b0dba841994d4696b0daac987244bebb5fd8e2f1ecda6364525c75c18e"


def _digest(rs) -> str:
    blob = json.dumps([dataclasses.asdict(r) for r in rs], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _occ(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _check_contract(rs) -> None:
    assert all(r.family in m.FAMILIES for r in rs)
    for r in rs:
        assert r.public_officials == (r.family in m.PUBLIC_FAMILIES)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert r.family in m.NAME_FAMILIES
            assert len(r.names) >= 1
        spans = []
        for nm in r.names:
            occ = _occ(r.text, nm)
            assert len(occ) == 1, (nm, r.text)
            spans.append((occ[0], occ[0] + len(nm)))
        for lk in r.lookalikes:
            occ = _occ(r.text, lk)
            assert occ, (lk, r.text)
            for i in occ:
                for a, b in spans:
                    assert not (i < b and a < i + len(lk)), (lk, r.text)
    owner = {}
    for k, r in enumerate(rs):
        for nm in r.names:
            assert nm not in owner, nm
            owner[nm] = k
    for k, r in enumerate(rs):
        for nm, j in owner.items():
            if j != k:
                assert nm not in r.text, (nm, r.text)


DEFAULT = m.make_remarks()


def test_default_size_and_digest():
    assert len(DEFAULT) == 2000
    assert _digest(DEFAULT) == DIGEST


def test_deterministic():
    assert _digest(m.make_remarks()) == _digest(DEFAULT)
    assert _digest(m.make_remarks(50, 7)) == _digest(m.make_remarks(50, 7))


def test_contract_default():
    _check_contract(DEFAULT)


def test_metadata():
    assert m.VERSION == "frozen-remarks-22 (2026-12-06)"
    assert set(m.WEIGHTS) == set(m.FAMILIES)
    assert m.PUBLIC_FAMILIES == ("public_notice",)
    assert set(m.NAME_FAMILIES) == set(m.FAMILIES) - {"lookalike_only"}
    assert {r.family for r in DEFAULT} == set(m.FAMILIES)


def test_domain_lookalikes_start_with_surname_and_share():
    for fam, words in m.DOMAIN_WORDS.items():
        for w in words:
            if w.isascii():
                assert any(w.startswith(s) for s in m.PINYIN_SURNAMES), w
            else:
                assert w[0] in m.SURNAME_CHARS, w
    dom = sum(1 for r in DEFAULT for lk in r.lookalikes if lk in m.DOMAIN_WORDS[r.family])
    assert dom >= 0.4 * sum(len(r.lookalikes) for r in DEFAULT)


def test_resident_ids_well_formed():
    import re
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    for r in DEFAULT:
        for i in re.findall(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9])", r.text):
            assert "10X98765432"[sum(int(c) * k for c, k in zip(i, w)) % 11] == i[-1]


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=1, max_value=120), seed=st.integers(min_value=0, max_value=10**6))
def test_contract_other_sizes_and_seeds(n, seed):
    rs = m.make_remarks(n, seed)
    assert len(rs) == n
    _check_contract(rs)
