"""Contract tests of the frozen remarks set, edition twenty-six (tests of the SET, not of a detector)."""

import dataclasses
import hashlib
import json
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v26 as v26
from benchmarks.frozen.remarks import Remark

DIGEST = "1519a487542471952ae7f1a73bb9aabed8f04186973e7b534d0352242775a187"


@lru_cache(maxsize=1)
def _default():
    return v26._make(2000, 2626)


def _digest(remarks):
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _spans(text, s):
    i = text.find(s)
    while i >= 0:
        yield i, i + len(s)
        i = text.find(s, i + 1)


def _check(remarks):
    assert all(isinstance(r, Remark) for r in remarks)
    joined = "\x00".join(r.text for r in remarks)
    for r in remarks:
        assert r.family in v26.FAMILIES
        assert r.public_officials == (r.family in v26.PUBLIC_FAMILIES)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert r.family in v26.NAME_FAMILIES
            assert len(r.names) >= 1
        looks = [sp for lk in r.lookalikes for sp in _spans(r.text, lk)]
        for lk in r.lookalikes:
            assert lk and lk in r.text, (lk, r.text)
        for nm in r.names:
            assert r.text.count(nm) == 1, (nm, r.text)
            a = r.text.find(nm)
            b = a + len(nm)
            assert not any(a < y and x < b for x, y in looks), (nm, r.text)
            # exactly once in its cell and nowhere else in the set
            assert joined.count(nm) == 1, nm


def test_default_size_and_digest():
    remarks, _ = _default()
    assert len(remarks) == 2000
    assert v26.make_remarks() == remarks
    assert _digest(remarks) == DIGEST


def test_default_contract():
    _check(_default()[0])


def test_deterministic():
    assert v26.make_remarks(150, 11) == v26.make_remarks(150, 11)
    assert v26.make_remarks(150, 11) != v26.make_remarks(150, 12)


def test_families_and_weights():
    assert set(v26.WEIGHTS) == set(v26.FAMILIES)
    assert v26.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v26.NAME_FAMILIES) == set(v26.FAMILIES) - {"lookalike_only"}
    assert abs(sum(v26.WEIGHTS.values()) - 1.0) < 0.02  # relative weights, as the brief gives them
    assert {r.family for r in _default()[0]} == set(v26.FAMILIES)


def test_share_of_domain_lookalikes_and_bare_names():
    _, meta = _default()
    dom = [d for m in meta for d in m["dom"]]
    tags = [t for m in meta for t in m["tags"]]
    assert sum(dom) >= 0.40 * len(dom)
    assert tags.count("b") >= len(tags) / 3


def test_officials_only_in_public_notices():
    remarks, meta = _default()
    for r, m in zip(remarks, meta):
        if m["officials"]:
            assert r.family in v26.PUBLIC_FAMILIES
            assert set(m["officials"]) <= set(r.lookalikes)
            assert not set(m["officials"]) & set(r.names)


@settings(max_examples=12, deadline=None)
@given(n=st.integers(min_value=1, max_value=80), seed=st.integers(min_value=0, max_value=10**6))
def test_contract_other_sizes_and_seeds(n, seed):
    remarks = v26.make_remarks(n, seed)
    assert len(remarks) == n
    _check(remarks)
