"""Contract tests of the frozen remarks set, edition 21 (of the SET, not of any detector)."""

import dataclasses
import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v21 as v21

DIGEST = "92232afdc06a59db0d4a65616f68fe30bbd00cb2d34c38f6d0a5965e9cb1bfc2"


def _digest(rows):
    blob = json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _occ(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _check_contract(rows):
    """Assert the whole contract on a list of remarks (no printing of counts)."""
    assert all(r.family in v21.FAMILIES for r in rows)
    joined = "\x00".join(r.text for r in rows)
    for r in rows:
        assert r.public_officials is (r.family in v21.PUBLIC_FAMILIES)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert r.family in v21.NAME_FAMILIES and len(r.names) >= 1
        spans = []
        for la in r.lookalikes:
            occ = _occ(r.text, la)
            assert occ, (la, r.text)
            spans += [(i, i + len(la)) for i in occ]
        for nm in r.names:
            occ = _occ(r.text, nm)
            assert len(occ) == 1, (nm, r.text)
            a, b = occ[0], occ[0] + len(nm)
            assert not any(x < b and a < y for x, y in spans), (nm, r.text)
            # exactly once in the whole set: so in no other cell's text
            assert len(_occ(joined, nm)) == 1, nm


@pytest.fixture(scope="module")
def default_set():
    return v21.make_remarks()


def test_constants():
    assert v21.VERSION == "frozen-remarks-21 (2026-12-06)"
    assert len(v21.FAMILIES) == 16 and len(set(v21.FAMILIES)) == 16
    assert v21.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v21.NAME_FAMILIES) == set(v21.FAMILIES) - {"lookalike_only"}
    assert set(v21.WEIGHTS) == set(v21.FAMILIES)
    assert abs(sum(v21.WEIGHTS.values()) - 1.0) < 0.02


def test_default_size_and_digest(default_set):
    assert len(default_set) == 2000
    assert _digest(default_set) == DIGEST


def test_deterministic(default_set):
    assert _digest(v21.make_remarks()) == _digest(default_set)
    assert v21.make_remarks(60, 7) == v21.make_remarks(60, 7)
    assert v21.make_remarks(60, 7) != v21.make_remarks(60, 8)


def test_contract_default(default_set):
    _check_contract(default_set)


def test_every_family_present(default_set):
    fams = {r.family for r in default_set}
    assert fams == set(v21.FAMILIES)


def test_cue_free_names_and_domain_lookalikes():
    rows, meta = v21._generate()
    kinds = [k for ks, _ in meta for k in ks]
    classes = [c for _, cs in meta for c in cs]
    assert sum(len(r.names) for r in rows) == len(kinds)
    assert sum(len(r.lookalikes) for r in rows) == len(classes)
    assert 3 * kinds.count("none") >= len(kinds)
    assert 10 * classes.count("domain") >= 4 * len(classes)
    domain = {w for ws in v21.DOMAIN_LOOKALIKES.values() for w in ws}
    for r, (_, cs) in zip(rows, meta):
        for la, c in zip(r.lookalikes, cs):
            if c == "domain":
                assert la in domain, la
            if c == "official":
                assert r.family in v21.PUBLIC_FAMILIES


def test_domain_words_begin_with_a_surname():
    one = {s for s in v21.SURNAMES if len(s) == 1}
    two = {s for s in v21.SURNAMES if len(s) == 2}
    for fam, words in v21.DOMAIN_LOOKALIKES.items():
        for w in words:
            if fam == "english_export":
                assert any(w.startswith(s) for s in v21.EN_SURNAME_SYLLABLES), w
            else:
                assert w[0] in one or w[:2] in two, w


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=1, max_value=60), seed=st.integers(min_value=0, max_value=10**6))
def test_contract_other_args(n, seed):
    rows = v21.make_remarks(n, seed)
    assert len(rows) == n
    _check_contract(rows)
    assert rows == v21.make_remarks(n, seed)
