"""Contract tests of the frozen remarks set, edition 30 (of the SET, not of any detector)."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.frozen import remarks_v30 as v30  # noqa: E402
from benchmarks.frozen.remarks import Remark  # noqa: E402

DIGEST = "c517881a2b17809ab7ebd955629c3449d34faed2d8d443370efb1357f559139d"


def digest(rems) -> str:
    payload = json.dumps([dataclasses.asdict(r) for r in rems], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def frozen():
    return tuple(v30.make_remarks())


def check_set(rems):
    corpus = "\x00".join(r.text for r in rems)
    for r in rems:
        spans = []
        for n in r.names:
            assert r.text.count(n) == 1, (n, r.text)
            assert corpus.count(n) == 1, (n, "occurs in another remark")
            i = r.text.index(n)
            spans.append((i, i + len(n)))
        for lv in r.lookalikes:
            assert lv in r.text, (lv, r.text)
            start = r.text.find(lv)
            while start >= 0:
                for s, e in spans:
                    assert not (start < e and s < start + len(lv)), (lv, r.text)
                start = r.text.find(lv, start + 1)
        if r.family == "lookalike_only":
            assert r.names == []
        else:
            assert len(r.names) >= 1, r
        assert r.public_officials is (r.family in v30.PUBLIC_FAMILIES)


def test_constants():
    assert v30.VERSION == "frozen-remarks-30 (2026-12-07)"
    assert len(v30.FAMILIES) == 16 and len(set(v30.FAMILIES)) == 16
    assert v30.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v30.NAME_FAMILIES) == set(v30.FAMILIES) - {"lookalike_only"}
    assert set(v30.WEIGHTS) == set(v30.FAMILIES)
    assert abs(sum(v30.WEIGHTS.values()) - 1.0) < 0.02


def test_digest_pinned():
    assert digest(frozen()) == DIGEST


def test_size_and_families():
    rems = frozen()
    assert len(rems) == 2000
    assert all(isinstance(r, Remark) for r in rems)
    c = Counter(r.family for r in rems)
    assert set(c) == set(v30.FAMILIES)
    for f in v30.FAMILIES:
        assert abs(c[f] - v30.WEIGHTS[f] * 2000) <= 2, f


def test_invariants_of_frozen_set():
    check_set(frozen())


def test_volumes():
    rems = frozen()
    names = sum(len(r.names) for r in rems)
    looks = sum(len(r.lookalikes) for r in rems)
    assert 5000 <= names <= 7000
    assert 8000 <= looks <= 12000
    officials_outside = [r for r in rems if r.family != "public_notice" and r.public_officials]
    assert not officials_outside


def test_lookalike_kinds_share():
    st_ = v30.stats()
    assert st_["kinds"]["domain"] / st_["lookalikes"] >= 0.40
    assert 0.35 <= st_["uncued"] / st_["names"] <= 0.50


def test_import_from_benchmarks_on_path():
    code = ("import sys; sys.path.insert(0, %r); from frozen.remarks import Remark; "
            "import frozen.remarks_v30 as m; r = m.make_remarks(30, 5); "
            "assert len(r) == 30 and all(isinstance(x, Remark) for x in r); print('ok')") % str(ROOT / "benchmarks")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=10**6), n=st.integers(min_value=16, max_value=120))
def test_deterministic_and_valid_for_seeds(seed, n):
    a = v30.make_remarks(n=n, seed=seed)
    b = v30.make_remarks(n=n, seed=seed)
    assert digest(a) == digest(b)
    assert len(a) == n
    check_set(a)


def test_default_is_deterministic():
    assert digest(v30.make_remarks()) == digest(frozen())
