"""Contract tests of the frozen remarks set, edition 23 (tests of the SET, not of any detector)."""
from __future__ import annotations

import bisect
import dataclasses
import hashlib
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v23 as v23
from benchmarks.frozen.remarks import Remark

DIGEST = "3327dd01700c0120d1fec45117f3bf5d2da2d1fb58317909c4315b55f8d55daf"


@pytest.fixture(scope="module")
def default_set() -> list[Remark]:
    return v23.make_remarks()


def _digest(remarks: list[Remark]) -> str:
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _contract_violations(remarks: list[Remark]) -> list[str]:
    """Every breach of the set's contract, as short messages (empty when the set is sound)."""
    bad: list[str] = []
    for k, r in enumerate(remarks):
        if not isinstance(r, Remark):
            bad.append(f"{k}: not a Remark")
            continue
        if r.family not in v23.FAMILIES:
            bad.append(f"{k}: unknown family {r.family!r}")
        if r.public_officials != (r.family in v23.PUBLIC_FAMILIES):
            bad.append(f"{k}: public_officials flag wrong")
        if r.family == "lookalike_only" and r.names:
            bad.append(f"{k}: lookalike_only cell carries names")
        if r.family != "lookalike_only" and not r.names:
            bad.append(f"{k}: name cell without a name")
        taken: list[tuple[int, int]] = []
        for nm in r.names:
            sp = _spans(r.text, nm)
            if len(sp) != 1:
                bad.append(f"{k}: name {nm!r} occurs {len(sp)} times")
            taken.extend(sp)
        for la in r.lookalikes:
            sp = _spans(r.text, la)
            if not sp:
                bad.append(f"{k}: look-alike {la!r} missing")
            for a, b in sp:
                if any(a < y and x < b for x, y in taken):
                    bad.append(f"{k}: look-alike {la!r} overlaps a name")
    # no planted name in any other cell's text
    sep = "\u0000"
    joined = sep.join(r.text for r in remarks)
    starts, pos = [], 0
    for r in remarks:
        starts.append(pos)
        pos += len(r.text) + 1
    for k, r in enumerate(remarks):
        for nm in r.names:
            for a, _ in _spans(joined, nm):
                cell = bisect.bisect_right(starts, a) - 1
                if cell != k:
                    bad.append(f"{k}: name {nm!r} also occurs in cell {cell}")
    return bad


def test_module_constants() -> None:
    assert v23.VERSION == "frozen-remarks-23 (2026-12-06)"
    assert v23.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v23.PUBLIC_FAMILIES) <= set(v23.FAMILIES)
    assert v23.NAME_FAMILIES == tuple(f for f in v23.FAMILIES if f != "lookalike_only")
    assert set(v23.WEIGHTS) == set(v23.FAMILIES)
    assert all(w > 0 for w in v23.WEIGHTS.values())
    assert len(set(v23.FAMILIES)) == len(v23.FAMILIES) == 16


def test_digest_pinned(default_set: list[Remark]) -> None:
    assert _digest(default_set) == DIGEST


def test_size_and_defaults(default_set: list[Remark]) -> None:
    assert len(default_set) == 2000
    assert v23.make_remarks(2000, 2323) == default_set


def test_deterministic(default_set: list[Remark]) -> None:
    assert _digest(v23.make_remarks()) == _digest(default_set)
    assert v23.make_remarks(50, 7) == v23.make_remarks(50, 7)
    assert v23.make_remarks(50, 7) != v23.make_remarks(50, 8)


def test_contract_default_set(default_set: list[Remark]) -> None:
    assert _contract_violations(default_set) == []


def test_every_family_present_near_its_weight(default_set: list[Remark]) -> None:
    n = len(default_set)
    tot = sum(v23.WEIGHTS.values())
    for fam in v23.FAMILIES:
        got = sum(r.family == fam for r in default_set)
        assert abs(got - n * v23.WEIGHTS[fam] / tot) <= 1, fam


def test_domain_lookalikes_share(default_set: list[Remark]) -> None:
    words = set(v23.DOMAIN_WORDS)
    for w in v23.DOMAIN_WORDS:
        assert w[0] in v23.SURNAME_CHARS or w.startswith(v23.PINYIN_SURNAMES), w
    total = sum(len(r.lookalikes) for r in default_set)
    domain = sum(1 for r in default_set for x in r.lookalikes if x in words)
    assert total > 0 and domain / total >= 0.40


def test_a_third_of_names_without_cue() -> None:
    _, stats = v23._build()
    assert stats["cueless"] * 3 >= stats["names"]


def test_full_resident_ids_are_well_formed(default_set: list[Remark]) -> None:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    seen = 0
    for r in default_set:
        for m in re.finditer(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9X])", r.text):
            s = m.group(0)
            assert s[-1] == "10X98765432"[sum(int(a) * w for a, w in zip(s, weights)) % 11], s
            seen += 1
    assert seen > 0


def test_surface_variety(default_set: list[Remark]) -> None:
    names = [nm for r in default_set for nm in r.names]
    assert any(nm[:2] in v23._COMPOUND for nm in names)
    assert any("\u3000" in nm for nm in names)
    assert any(nm in v23._WORD_NAMES for nm in names)
    minority = [nm for r in default_set if r.family == "minority_listing" for nm in r.names]
    for sep in ("·", "•", "・", "．", "."):
        assert any(sep in nm for nm in minority), sep
    english = [nm for r in default_set if r.family == "english_export" for nm in r.names]
    assert any(re.fullmatch(r"[A-Z]{2,} [A-Z][a-z]+", nm) for nm in english)
    assert any("-" in nm for nm in english)
    assert any(re.search(r"\b[A-Z]\.", nm) for nm in english)


def test_checker_catches_breaches(default_set: list[Remark]) -> None:
    a, b = default_set[0], next(r for r in default_set[1:] if r.names)
    twice = dataclasses.replace(b, text=b.text + b.names[0])
    assert _contract_violations([twice])
    missing = dataclasses.replace(a, lookalikes=a.lookalikes + ["不在文中的词"])
    assert _contract_violations([missing])
    flag = dataclasses.replace(b, public_officials=not b.public_officials)
    assert _contract_violations([flag])
    leak = dataclasses.replace(a, text=a.text + "；" + b.names[0])
    assert _contract_violations([leak, b])
    assert _contract_violations([dataclasses.replace(b, names=[])])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(min_value=1, max_value=60), seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_contract_other_sizes_and_seeds(n: int, seed: int) -> None:
    rs = v23.make_remarks(n, seed)
    assert len(rs) == n
    assert _contract_violations(rs) == []
    assert v23.make_remarks(n, seed) == rs
