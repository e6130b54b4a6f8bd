"""Contract tests of the frozen remarks set, edition 28 (the set itself, not any detector)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.frozen import remarks_v28 as v28  # noqa: E402
from benchmarks.frozen.remarks import Remark  # noqa: E402

DIGEST = "30d7b833092c9c8fc06c0686c8a99287363faf64c5d6bb0cfd3834243712eb20"


def _digest(remarks):
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _check_contract(remarks):
    corpus = "\x00".join(r.text for r in remarks)
    for r in remarks:
        assert isinstance(r, Remark)
        assert r.family in v28.FAMILIES
        assert r.public_officials == (r.family in v28.PUBLIC_FAMILIES)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert r.family in v28.NAME_FAMILIES and len(r.names) >= 1
        assert len(set(r.names)) == len(r.names)
        spans = []
        for nm in r.names:
            assert r.text.count(nm) == 1, (nm, r.text)
            assert corpus.count(nm) == 1, ("name in another remark", nm)
            i = r.text.find(nm)
            spans.append((i, i + len(nm)))
        assert len(set(r.lookalikes)) == len(r.lookalikes)
        for lk in r.lookalikes:
            assert lk and lk in r.text, (lk, r.text)
            i = r.text.find(lk)
            while i != -1:
                assert not any(i < b and a < i + len(lk) for a, b in spans), (lk, r.names, r.text)
                i = r.text.find(lk, i + 1)


@pytest.fixture(scope="module")
def remarks():
    return v28.make_remarks()


def test_digest_pinned(remarks):
    assert _digest(remarks) == DIGEST


def test_version_families_weights():
    assert v28.VERSION == "frozen-remarks-28 (2026-12-07)"
    assert len(v28.FAMILIES) == 16 and len(set(v28.FAMILIES)) == 16
    assert v28.PUBLIC_FAMILIES == ("public_notice",)
    assert v28.NAME_FAMILIES == tuple(f for f in v28.FAMILIES if f != "lookalike_only")
    assert set(v28.WEIGHTS) == set(v28.FAMILIES)
    assert abs(sum(v28.WEIGHTS.values()) - 1.0) < 1e-9


def test_size_and_families(remarks):
    assert len(remarks) == 2000
    counts = Counter(r.family for r in remarks)
    assert set(counts) == set(v28.FAMILIES)
    for f, w in v28.WEIGHTS.items():
        assert abs(counts[f] - w * 2000) <= 1


def test_contract(remarks):
    _check_contract(remarks)


def test_volumes(remarks):
    names = sum(len(r.names) for r in remarks)
    looks = sum(len(r.lookalikes) for r in remarks)
    assert 5400 <= names <= 6600
    assert 8400 <= looks <= 10200


def test_officials_only_in_public_notices(remarks):
    officials = v28._build()["officials"]
    for r in remarks:
        if r.family not in v28.PUBLIC_FAMILIES:
            assert not any(o in r.text for o in officials)


def test_domain_words_hold_a_surname_character():
    sur = v28._build()["sur_chars"]
    for d in v28.DOMAINS:
        for w in v28._DOMAIN_SPEC[d]["words"]:
            assert any(c in sur for c in w), (d, w)


def test_share_of_domain_words_and_uncued_names():
    s = v28.summary()
    assert s["domain_share"] >= 0.40
    assert 0.35 <= s["uncued_share"] <= 0.45


def test_no_public_figure(remarks):
    for r in remarks:
        assert not set(r.names) & v28._BLOCK


@settings(max_examples=5, deadline=None)
@given(seed=st.integers(0, 10**6), n=st.integers(1, 60))
def test_deterministic(seed, n):
    a = v28.make_remarks(n, seed)
    assert len(a) == n
    assert _digest(a) == _digest(v28.make_remarks(n, seed))
    _check_contract(a)


def test_import_with_benchmarks_on_path():
    code = ("import sys; sys.path.insert(0, sys.argv[1]);"
            "from frozen.remarks import Remark; from frozen import remarks_v28 as m;"
            "r = m.make_remarks(30, 7); assert all(isinstance(x, Remark) for x in r);"
            "import json, dataclasses, hashlib;"
            "print(hashlib.sha256(json.dumps([dataclasses.asdict(x) for x in r], ensure_ascii=False,"
            " sort_keys=True).encode('utf-8')).hexdigest())")
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "benchmarks")], capture_output=True,
                         text=True, cwd="/", check=True)
    assert out.stdout.strip() == _digest(v28.make_remarks(30, 7))
