"""Contract tests of the frozen remarks set, edition 29 (the set itself, not any detector)."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.frozen import remarks_v29 as v29  # noqa: E402
from benchmarks.frozen.remarks import Remark  # noqa: E402

DIGEST = "dea7f1b4b16d64f229f94a70911afd02effca7f8fce4cc0923516ca700f32f2e"


def _digest(remarks):
    payload = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


@pytest.fixture(scope="module")
def remarks():
    return v29.make_remarks()


def test_module_constants():
    assert v29.VERSION == "frozen-remarks-29 (2026-12-07)"
    assert len(v29.FAMILIES) == 16 and len(set(v29.FAMILIES)) == 16
    assert v29.PUBLIC_FAMILIES == ("public_notice",)
    assert v29.NAME_FAMILIES == tuple(f for f in v29.FAMILIES if f != "lookalike_only")
    assert set(v29.WEIGHTS) == set(v29.FAMILIES)
    assert abs(sum(v29.WEIGHTS.values()) - 1.0) < 0.02
    assert v29.__doc__ and "Slips" in v29.__doc__


def test_digest_pinned(remarks):
    assert _digest(remarks) == DIGEST


def test_size_and_families(remarks):
    assert len(remarks) == 2000
    assert all(isinstance(r, Remark) for r in remarks)
    assert {r.family for r in remarks} == set(v29.FAMILIES)
    for fam in v29.FAMILIES:
        share = sum(r.family == fam for r in remarks) / len(remarks)
        assert abs(share - v29.WEIGHTS[fam]) < 0.01


def test_names_once_in_own_text_and_nowhere_else(remarks):
    corpus = "\x00".join(r.text for r in remarks)
    for r in remarks:
        assert len(set(r.names)) == len(r.names)
        for name in r.names:
            assert len(_spans(r.text, name)) == 1, (name, r.text)
            assert len(_spans(corpus, name)) == 1, name


def test_lookalikes_present_and_not_overlapping_names(remarks):
    for r in remarks:
        assert r.lookalikes, r.text
        nspans = [sp for n in r.names for sp in _spans(r.text, n)]
        for lk in r.lookalikes:
            spans = _spans(r.text, lk)
            assert spans, (lk, r.text)
            for a, b in spans:
                assert not any(a < d and c < b for c, d in nspans), (lk, r.text)
            assert lk not in r.names


def test_name_presence_by_family(remarks):
    for r in remarks:
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert r.family in v29.NAME_FAMILIES
            assert len(r.names) >= 1


def test_public_officials_flag(remarks):
    for r in remarks:
        assert r.public_officials is (r.family in v29.PUBLIC_FAMILIES)
    assert any(r.public_officials for r in remarks)


def test_volumes(remarks):
    names = sum(len(r.names) for r in remarks)
    lks = sum(len(r.lookalikes) for r in remarks)
    assert 5500 <= names <= 6500
    assert 8000 <= lks <= 10000
    s = v29.stats()
    assert 0.33 <= s["uncued_share"] <= 0.47
    assert s["domain_share"] >= 0.40
    assert s["names"] == names and s["lookalikes"] == lks


def test_no_blacklisted_name(remarks):
    bad = v29._BLACKLIST | v29._BLACKLIST_EN
    assert not [n for r in remarks for n in r.names if n in bad]


def test_both_import_routes():
    code = (
        "import sys, json, dataclasses, hashlib;"
        f"sys.path.insert(0, {str(ROOT / 'benchmarks')!r});"
        "from frozen.remarks import Remark;"
        "import frozen.remarks_v29 as m;"
        "rs = m.make_remarks(n=40, seed=5);"
        "assert all(isinstance(r, Remark) for r in rs);"
        "print(hashlib.sha256(json.dumps([dataclasses.asdict(r) for r in rs], ensure_ascii=False,"
        " sort_keys=True).encode()).hexdigest())"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == _digest(v29.make_remarks(n=40, seed=5))


@settings(max_examples=4, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=10**6), n=st.integers(min_value=1, max_value=80))
def test_deterministic(seed, n):
    a = v29.make_remarks(n=n, seed=seed)
    b = v29.make_remarks(n=n, seed=seed)
    assert len(a) == n
    assert _digest(a) == _digest(b)
