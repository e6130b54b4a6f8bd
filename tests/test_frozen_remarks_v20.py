"""Contract tests of the frozen remarks set, twentieth edition (tests of the SET, not of a detector)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v20 as v20

DIGEST = "2ee6afed2069ab33cfe9658ff2457b85346331a457235b436fec6d8321e28290"


@lru_cache(maxsize=1)
def _default():
    return v20.make_remarks()


def _digest(remarks) -> str:
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _check_contract(remarks) -> None:
    big = "\x00".join(r.text for r in remarks)
    for r in remarks:
        assert r.family in v20.FAMILIES
        assert r.public_officials is (r.family in v20.PUBLIC_FAMILIES)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert r.family in v20.NAME_FAMILIES
            assert len(r.names) >= 1
        spans = []
        for la in r.lookalikes:
            occ = _occurrences(r.text, la)
            assert occ, (la, r.text)
            spans.extend((i, i + len(la)) for i in occ)
        for name in r.names:
            occ = _occurrences(r.text, name)
            assert len(occ) == 1, (name, r.text)
            a, b = occ[0], occ[0] + len(name)
            assert not any(a < e and s < b for s, e in spans), (name, r.text)
            # the name occurs once in the whole set: never in another cell's text
            assert big.count(name) == 1, name


def test_version_and_constants():
    assert v20.VERSION == "frozen-remarks-20 (2026-12-06)"
    assert v20.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v20.NAME_FAMILIES) == set(v20.FAMILIES) - {"lookalike_only"}
    assert set(v20.WEIGHTS) == set(v20.FAMILIES)
    assert abs(sum(v20.WEIGHTS.values()) - 1.0) < 0.02


def test_default_size_and_digest():
    remarks = _default()
    assert len(remarks) == 2000
    assert _digest(remarks) == DIGEST


def test_deterministic():
    assert _digest(v20.make_remarks(300, 7)) == _digest(v20.make_remarks(300, 7))
    assert _digest(v20.make_remarks()) == _digest(_default())
    assert _digest(v20.make_remarks(300, 7)) != _digest(v20.make_remarks(300, 8))


def test_contract_default_set():
    _check_contract(_default())


def test_every_family_present_in_default_set():
    assert {r.family for r in _default()} == set(v20.FAMILIES)


def test_shares_claimed_by_the_datasheet():
    stats = v20.remark_stats()
    remarks = _default()
    assert stats["names"] == sum(len(r.names) for r in remarks)
    assert stats["lookalikes"] == sum(len(r.lookalikes) for r in remarks)
    assert 3 * stats["uncued"] >= stats["names"]
    assert 10 * stats["domain_lookalikes"] >= 4 * stats["lookalikes"]


def test_lexicon_words_begin_with_a_surname():
    for lex in v20.LEXICON.values():
        for words in lex.values():
            assert all(w[0] in v20.SURNAME_CHARS for w in words)
    assert all(w.startswith(v20.EN_SURNAME_SYLLABLES) for w in v20.EN_DOMAIN)


def test_resident_ids_are_well_formed():
    import random
    import re

    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    rng = random.Random(1)
    for _ in range(200):
        rid = v20._resident_id(rng)
        assert re.fullmatch(r"\d{17}[\dX]", rid)
        assert rid[-1] == "10X98765432"[sum(int(c) * k for c, k in zip(rid[:17], w)) % 11]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=1, max_value=120), seed=st.integers(min_value=0, max_value=10_000))
def test_contract_other_sizes_and_seeds(n, seed):
    remarks = v20.make_remarks(n, seed)
    assert len(remarks) == n
    _check_contract(remarks)
