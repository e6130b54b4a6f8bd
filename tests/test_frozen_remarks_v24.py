"""Contract tests of the frozen remarks set, edition 24 (tests of the SET, not of any detector)."""

import dataclasses
import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.frozen.remarks import Remark
from benchmarks.frozen.remarks_v24 import (
    DOMAIN,
    FAMILIES,
    NAME_FAMILIES,
    PINYIN_SURNAMES,
    PUBLIC_FAMILIES,
    SURNAME_CHARS,
    VERSION,
    WEIGHTS,
    _make,
    make_remarks,
)

DIGEST = "0e016da0087362da09ac276325ffa62476013bf10a995efed39b1bdf2f161be6"


def _digest(remarks):
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _check_contract(remarks):
    known = set(FAMILIES)
    for r in remarks:
        assert isinstance(r, Remark)
        assert r.family in known
        assert r.public_officials == (r.family in PUBLIC_FAMILIES)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert r.names, r.text
        spans = []
        for la in r.lookalikes:
            occ = _occurrences(r.text, la)
            assert occ, (la, r.text)
            spans.extend(occ)
        for name in r.names:
            assert r.text.count(name) == 1, (name, r.text)
            s = r.text.find(name)
            e = s + len(name)
            assert not any(a < e and s < z for a, z in spans), (name, r.text)
    # no planted name occurs in any other cell's text
    big = "\x00".join(r.text for r in remarks)
    for r in remarks:
        for name in r.names:
            assert big.count(name) == 1, name


@pytest.fixture(scope="module")
def made():
    return _make(2000, 2424)


@pytest.fixture(scope="module")
def default_set(made):
    return made[0]


def test_constants():
    assert VERSION == "frozen-remarks-24 (2026-12-06)"
    assert PUBLIC_FAMILIES == ("public_notice",)
    assert set(NAME_FAMILIES) == set(FAMILIES) - {"lookalike_only"}
    assert set(WEIGHTS) == set(FAMILIES)
    assert len(FAMILIES) == 16


def test_digest_pinned(default_set):
    assert len(default_set) == 2000
    assert _digest(default_set) == DIGEST


def test_deterministic(default_set):
    assert _digest(make_remarks()) == _digest(default_set)
    assert make_remarks(120, 7) == make_remarks(120, 7)
    assert make_remarks(120, 7) != make_remarks(120, 8)


def test_contract_default(default_set):
    _check_contract(default_set)


def test_every_family_present(default_set):
    assert {r.family for r in default_set} == set(FAMILIES)


def test_domain_pools_begin_with_a_surname_character():
    for fam, words in DOMAIN.items():
        assert fam in FAMILIES
        for w in words:
            if w.isascii():
                assert any(w.startswith(s) for s in PINYIN_SURNAMES), w
            else:
                assert w[0] in SURNAME_CHARS, w


def test_shares(made):
    stats = made[1]
    # at least 40% of look-alike occurrences are domain words; at least a third of names uncued
    assert stats["la_domain"] >= 0.4 * stats["la"]
    assert stats["uncued"] * 3 >= stats["cued"] + stats["uncued"]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=0, max_value=60), seed=st.integers(min_value=0, max_value=10**6))
def test_contract_other_sets(n, seed):
    remarks = make_remarks(n, seed)
    assert len(remarks) == n
    _check_contract(remarks)
