"""Contract tests of the frozen remarks set, edition 19 (the set itself, not any detector)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
if str(_BENCH) not in sys.path:
    sys.path.insert(0, str(_BENCH))

from frozen import remarks_v19 as v19  # noqa: E402

DEFAULT_DIGEST = "713993679321499981ea7d5929416a2acacabebaedabec43652a0d12300583ef"


def _digest(remarks) -> str:
    blob = json.dumps([dataclasses.asdict(r) for r in remarks], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def _spans(text: str, s: str):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _contract_problems(remarks) -> list[str]:
    """Every way the set breaks its contract, checked independently of the generator's own check."""
    problems = []
    big = "\x00".join(r.text for r in remarks)
    for idx, r in enumerate(remarks):
        if r.family not in v19.FAMILIES:
            problems.append(f"{idx}: unknown family {r.family}")
        if not r.text.strip():
            problems.append(f"{idx}: empty text")
        if r.public_officials != (r.family in v19.PUBLIC_FAMILIES):
            problems.append(f"{idx}: public_officials flag wrong for {r.family}")
        if r.family == "lookalike_only" and r.names:
            problems.append(f"{idx}: lookalike_only cell carries names")
        if r.family in v19.NAME_FAMILIES and not r.names:
            problems.append(f"{idx}: {r.family} cell without a name")
        la_spans = []
        for la in r.lookalikes:
            sp = _spans(r.text, la)
            if not sp:
                problems.append(f"{idx}: look-alike {la!r} not in text")
            la_spans.extend(sp)
        if len(set(r.names)) != len(r.names):
            problems.append(f"{idx}: a name listed twice")
        for nm in r.names:
            sp = _spans(r.text, nm)
            if len(sp) != 1:
                problems.append(f"{idx}: name {nm!r} occurs {len(sp)} times")
                continue
            a, b = sp[0]
            for x, y in la_spans:
                if a < y and x < b:
                    problems.append(f"{idx}: name {nm!r} overlaps a look-alike")
            if big.count(nm) != 1:
                problems.append(f"{idx}: name {nm!r} also occurs in another cell")
            if nm in r.lookalikes:
                problems.append(f"{idx}: {nm!r} is both name and look-alike")
    return problems


@pytest.fixture(scope="module")
def default_set():
    return v19.make_remarks()


def test_module_constants():
    assert v19.VERSION == "frozen-remarks-19 (2026-12-06)"
    assert isinstance(v19.FAMILIES, tuple) and len(set(v19.FAMILIES)) == len(v19.FAMILIES)
    assert 14 <= len(v19.FAMILIES) <= 18
    assert v19.PUBLIC_FAMILIES == ("public_notice",)
    assert set(v19.NAME_FAMILIES) == set(v19.FAMILIES) - {"lookalike_only"}
    assert set(v19.WEIGHTS) == set(v19.FAMILIES)
    assert abs(sum(v19.WEIGHTS.values()) - 1.0) < 1e-9
    for fam in ("english_export", "minority_listing", "public_notice", "lookalike_only"):
        assert fam in v19.FAMILIES
    assert "Remark" in v19.__dict__ and v19.__doc__ and "Datasheet" in v19.__doc__


def test_default_size_and_digest(default_set):
    assert len(default_set) == 2000
    assert _digest(default_set) == DEFAULT_DIGEST


def test_deterministic_for_a_seed():
    a = v19.make_remarks(300, seed=77)
    b = v19.make_remarks(300, seed=77)
    assert a == b
    assert _digest(a) == _digest(b)
    c = v19.make_remarks(300, seed=78)
    assert _digest(a) != _digest(c)


def test_default_set_contract(default_set):
    problems = _contract_problems(default_set)
    assert not problems, problems[:20]


def test_family_shares_close_to_weights(default_set):
    n = len(default_set)
    counts = {f: 0 for f in v19.FAMILIES}
    for r in default_set:
        counts[r.family] += 1
    for fam, w in v19.WEIGHTS.items():
        assert abs(counts[fam] / n - w) <= 0.005, (fam, counts[fam], w)


def test_public_officials_only_in_public_notice(default_set):
    flagged = {r.family for r in default_set if r.public_officials}
    assert flagged == {"public_notice"}
    # officials (look-alikes) are full names beside the cue words of their role
    cues = ("审批人", "经办人", "审核", "联系人", "评议小组成员", "村两委成员", "驻村第一书记", "评审专家")
    for r in default_set:
        if r.family == "public_notice":
            assert any(cue in r.text for cue in cues), r.text
            assert r.lookalikes and r.names


def test_lookalike_only_is_dense(default_set):
    cells = [r for r in default_set if r.family == "lookalike_only"]
    assert cells
    for r in cells:
        assert not r.names
        assert len(r.lookalikes) >= 3, r.text


def test_no_name_in_two_cells(default_set):
    seen = {}
    for i, r in enumerate(default_set):
        for nm in r.names:
            assert nm not in seen, (nm, seen.get(nm), i)
            seen[nm] = i


def _id_ok(s: str) -> bool:
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * k for c, k in zip(s[:17], w)) % 11] == s[17]


def test_ids_and_phones_well_formed(default_set):
    full_ids = 0
    phones = 0
    for r in default_set:
        for m in re.finditer(r"(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])", r.text):
            full_ids += 1
            assert _id_ok(m.group()), m.group()
        for m in re.finditer(r"(?<!\d)1[3-9]\d[- ]?(\d{4}|\*{4})[- ]?(\d{4}|\*{4})(?!\d)", r.text):
            phones += 1
    assert full_ids > 10 and phones > 100


def test_surface_forms_present(default_set):
    names = [nm for r in default_set for nm in r.names]
    han = [nm for nm in names if re.fullmatch(r"[\u4e00-\u9fff]+", nm)]
    assert any(len(nm) == 2 for nm in han) and any(len(nm) == 3 for nm in han)
    assert any(nm[:2] in ("欧阳", "司马", "上官", "诸葛", "令狐", "司徒", "慕容", "皇甫") for nm in han)
    assert any(nm[0] in "禤逄笪琚乜仉郗厍蒯暴钭滑眭遆" for nm in han)
    for sep in ("·", "•", "・", "．"):
        assert any(sep in nm for nm in names), sep
    latin = [nm for nm in names if re.search(r"[A-Za-z]", nm)]
    assert any(re.search(r"\b[A-Z]{2,}\b", nm) for nm in latin)        # upper-case surname
    assert any(re.search(r"\b[A-Z]\.", nm) for nm in latin)             # initials
    assert any("-" in nm for nm in latin)                               # hyphenated given name
    assert any("'" in nm for nm in latin)                               # Wade-Giles apostrophe
    texts = "\n".join(r.text for r in default_set)
    for cue in ("其母", "之子", "其妻", "监护人", "、", "（"):
        assert cue in texts


def test_lookalike_classes_present(default_set):
    las = {la for r in default_set for la in r.lookalikes}
    groups = [
        ("roads", ("中山路", "张自忠路", "逸仙路", "解放路")),
        ("apps", ("高德地图", "苏宁易购", "拼多多", "美团")),
        ("diseases", ("帕金森病", "唐氏综合征", "霍奇金淋巴瘤", "马凡综合征")),
        ("public works", ("鲁迅公园", "中山公园", "岳王庙", "孔庙")),
        ("festivals", ("端午节", "中秋节", "泼水节", "那达慕")),
        ("dishes", ("宫保鸡丁", "东坡肉", "宋嫂鱼羹", "曹操鸡")),
        ("english", ("Zhongshan Road", "Li Ning", "Zhou Hei Ya", "Amap")),
    ]
    for label, options in groups:
        assert any(o in las for o in options), label
    masked = [la for la in las if re.search(r"某|\*|×|XX", la) and re.match(r"[\u4e00-\u9fff]", la)]
    assert len(masked) > 20


def test_describe(default_set):
    text = v19.describe(default_set)
    assert v19.VERSION in text
    for fam in v19.FAMILIES:
        assert fam in text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), n=st.integers(min_value=16, max_value=120))
def test_contract_over_seeds(seed, n):
    remarks = v19.make_remarks(n, seed=seed)
    assert len(remarks) == n
    assert not _contract_problems(remarks)
    counts = {f: 0 for f in v19.FAMILIES}
    for r in remarks:
        counts[r.family] += 1
    for fam, w in v19.WEIGHTS.items():
        assert abs(counts[fam] - n * w) <= 1.0, (fam, counts[fam], n * w)
    assert v19.make_remarks(n, seed=seed) == remarks
