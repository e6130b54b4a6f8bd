"""Contract tests of the frozen remarks set, edition 25 (tests of the SET, not of any detector)."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v25 as v25
from benchmarks.frozen.remarks import Remark

DIGEST = "2eb8b29e6f55888454bb8742e415fbda14ec9927fc5ef7fd6c03d1ba57bbc677"


def _digest(remarks):
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _occurrences(text, needle):
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def _check_contract(remarks):
    assert all(isinstance(r, Remark) for r in remarks)
    joined = "\x00".join(r.text for r in remarks)
    for r in remarks:
        assert r.family in v25.FAMILIES
        assert r.public_officials is (r.family in v25.PUBLIC_FAMILIES)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert r.family in v25.NAME_FAMILIES
            assert len(r.names) >= 1
        assert len(set(r.names)) == len(r.names)
        spans = []
        for name in r.names:
            occ = _occurrences(r.text, name)
            assert len(occ) == 1, (name, r.text)
            spans.append((occ[0], occ[0] + len(name)))
            # exactly once in the whole set: it occurs in no other cell's text
            assert len(_occurrences(joined, name)) == 1, name
        for look in r.lookalikes:
            occ = _occurrences(r.text, look)
            assert occ, (look, r.text)
            for i in occ:
                for a, b in spans:
                    assert not (i < b and a < i + len(look)), (look, r.text)


@pytest.fixture(scope="module")
def built():
    return v25._build()


@pytest.fixture(scope="module")
def default_set():
    return v25.make_remarks()


def test_constants():
    assert v25.VERSION == "frozen-remarks-25 (2026-12-06)"
    assert len(v25.FAMILIES) == len(set(v25.FAMILIES)) == 16
    assert v25.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v25.NAME_FAMILIES) == set(v25.FAMILIES) - {"lookalike_only"}
    assert set(v25.WEIGHTS) == set(v25.FAMILIES)
    assert abs(sum(v25.WEIGHTS.values()) - 1.0) < 0.02


def test_size_and_families(default_set):
    assert len(default_set) == 2000
    assert {r.family for r in default_set} == set(v25.FAMILIES)


def test_digest_pinned(default_set):
    assert _digest(default_set) == DIGEST


def test_deterministic(default_set):
    assert v25.make_remarks() == default_set
    assert v25.make_remarks(n=50, seed=7) == v25.make_remarks(n=50, seed=7)
    assert v25.make_remarks(n=50, seed=7) != v25.make_remarks(n=50, seed=8)


def test_contract_default(default_set):
    _check_contract(default_set)


def test_build_matches_make(built, default_set):
    assert built[0] == default_set
    assert len(built[1]) == len(default_set)


def test_domain_words_begin_with_a_surname():
    for words in v25.DOMAIN_WORDS.values():
        for w in words:
            assert w[0] in v25.SURNAME_CHARS, w


def test_domain_lookalikes_at_least_40_percent(built):
    remarks, meta = built
    total = domain = 0
    for r, m in zip(remarks, meta):
        pool = set(v25.DOMAIN_WORDS.get(r.family, ())) | set(v25.DOMAIN_WORDS[m["domain"]])
        for look in r.lookalikes:
            total += 1
            domain += look in pool and look[0] in v25.SURNAME_CHARS
    assert total and domain / total >= 0.40


def test_a_third_of_names_without_cue(built):
    remarks, meta = built
    flags = [c for m in meta for c in m["cued"]]
    assert len(flags) == sum(len(r.names) for r in remarks)
    assert flags.count(False) / len(flags) >= 1 / 3


def test_unmasked_resident_ids_are_well_formed(default_set):
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    found = 0
    for r in default_set:
        for m in re.finditer(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9X])", r.text):
            body = m.group(0)
            found += 1
            assert "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11] == body[17]
    assert found


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=1, max_value=60), seed=st.integers(min_value=0, max_value=10**6))
def test_contract_other_sizes_and_seeds(n, seed):
    remarks = v25.make_remarks(n=n, seed=seed)
    assert len(remarks) == n
    _check_contract(remarks)
    assert v25.make_remarks(n=n, seed=seed) == remarks
