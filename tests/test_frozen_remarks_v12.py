"""Contract tests of the frozen remark set 12 itself (no detector is run here)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.frozen import remarks_v12 as v12
from benchmarks.frozen.remarks import Remark

REPO = Path(__file__).resolve().parents[1]
CJK = r"[\u4e00-\u9fff]"


@pytest.fixture(scope="module")
def remarks() -> list[Remark]:
    return v12.make_remarks()


def digest(remarks: list[Remark]) -> str:
    rows = [(r.text, r.family, r.names, r.lookalikes, r.public_officials) for r in remarks]
    return hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()


def spans(text: str, s: str) -> list[tuple[int, int]]:
    low, key = text.casefold(), s.casefold()
    return [(m.start(), m.start() + len(key)) for m in re.finditer(f"(?={re.escape(key)})", low)]


def violations(remarks: list[Remark]) -> list[str]:
    """Every break of the set's contract, written independently of the generator's own check."""
    out: list[str] = []
    name_strings: dict[str, int] = {}
    look_strings: dict[str, int] = {}
    for i, r in enumerate(remarks):
        where = f"cell {i} ({r.family})"
        if r.family not in v12.FAMILIES:
            out.append(f"{where}: unknown family")
        if r.public_officials != (r.family in v12.PUBLIC_FAMILIES):
            out.append(f"{where}: public_officials flag wrong")
        if r.family not in v12.NAME_FAMILIES and r.names:
            out.append(f"{where}: names in the look-alike family")
        for n in r.names:
            if not n or n != n.strip():
                out.append(f"{where}: blank or padded name {n!r}")
            if r.text.count(n) != 1 or len(spans(r.text, n)) != 1:
                out.append(f"{where}: name {n!r} does not occur exactly once")
            name_strings[n.casefold()] = i
        for lk in r.lookalikes:
            if not lk or lk not in r.text:
                out.append(f"{where}: look-alike {lk!r} not in the text")
            look_strings[lk.casefold()] = i
        items = r.names + r.lookalikes
        if len({s.casefold() for s in items}) != len(items):
            out.append(f"{where}: a string is listed twice")
        for a_i, a in enumerate(items):
            for b in items[a_i + 1:]:
                if a.casefold() in b.casefold() or b.casefold() in a.casefold():
                    out.append(f"{where}: {a!r} and {b!r} contain each other")
                elif any(s1 < e2 and s2 < e1 for s1, e1 in spans(r.text, a) for s2, e2 in spans(r.text, b)):
                    out.append(f"{where}: {a!r} and {b!r} overlap")
    for s in sorted(set(name_strings) & set(look_strings)):
        out.append(f"{s!r} is a name in cell {name_strings[s]} and a look-alike in cell {look_strings[s]}")
    return out


# ---------------------------------------------------------------- declarations
def test_declarations_agree():
    assert v12.VERSION == "frozen-remarks-12 (2026-12-05)"
    assert list(v12.WEIGHTS) == list(v12.FAMILIES)
    assert sum(v12.WEIGHTS.values()) == 2000
    assert all(isinstance(w, int) and w > 0 for w in v12.WEIGHTS.values())
    assert all(isinstance(d, str) and d.strip() for d in v12.FAMILIES.values())
    left_out = [f for f in v12.FAMILIES if f not in v12.NAME_FAMILIES]
    assert len(left_out) == 1 and isinstance(v12.NAME_FAMILIES, tuple)
    assert list(v12.NAME_FAMILIES) == [f for f in v12.FAMILIES if f != left_out[0]]
    assert isinstance(v12.PUBLIC_FAMILIES, tuple) and len(v12.PUBLIC_FAMILIES) == 1
    public = v12.PUBLIC_FAMILIES[0]
    assert public in v12.NAME_FAMILIES
    assert v12.WEIGHTS[public] == min(v12.WEIGHTS[f] for f in v12.NAME_FAMILIES)


def test_left_out_family_is_pure_lookalike(remarks):
    (left_out,) = [f for f in v12.FAMILIES if f not in v12.NAME_FAMILIES]
    cells = [r for r in remarks if r.family == left_out]
    assert cells and all(not r.names and r.lookalikes for r in cells)


# ---------------------------------------------------------------- volume, mix, determinism
def test_default_volume_and_mix(remarks):
    assert len(remarks) == 2000
    assert Counter(r.family for r in remarks) == Counter(v12.WEIGHTS)
    # the families are interleaved, not written in blocks
    assert len({r.family for r in remarks[:100]}) >= 8


@pytest.mark.parametrize("n", [0, 1, 7, 137, 999])
def test_mix_scales_with_n(n):
    got = Counter(r.family for r in v12.make_remarks(n, seed=5))
    assert sum(got.values()) == n
    for f, w in v12.WEIGHTS.items():
        exact = n * w / 2000
        assert int(exact) <= got.get(f, 0) <= int(exact) + 1, f


def test_negative_n_is_refused():
    with pytest.raises(ValueError):
        v12.make_remarks(-1)


def test_deterministic_per_seed():
    a, b = v12.make_remarks(300, seed=7), v12.make_remarks(300, seed=7)
    assert digest(a) == digest(b)
    assert digest(a) != digest(v12.make_remarks(300, seed=8))


@pytest.mark.parametrize("hashseed", ["0", "4242"])
def test_deterministic_across_processes(hashseed):
    script = (
        "import hashlib\n"
        "from benchmarks.frozen.remarks_v12 import make_remarks\n"
        "rows = [(r.text, r.family, r.names, r.lookalikes, r.public_officials) for r in make_remarks(400, 99)]\n"
        "print(hashlib.sha256(repr(rows).encode('utf-8')).hexdigest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == digest(v12.make_remarks(400, 99))


# ---------------------------------------------------------------- the contract
def test_contract_holds_at_defaults(remarks):
    assert violations(remarks) == []


def test_contract_check_can_fail():
    bad = [
        Remark(text="王伟和王伟", family="assistance_roll", names=["王伟"]),
        Remark(text="张家湾村", family="assistance_roll", names=[], lookalikes=["李家庄"]),
        Remark(text="户主王建华路", family="assistance_roll", names=["王建华"], lookalikes=["建华路"]),
        Remark(text="住王芳路", family="assistance_roll", names=["王芳"], lookalikes=["王芳路"]),
        Remark(text="公示", family="assistance_roll", public_officials=True),
        Remark(text="李芳", family="lookalike_only", names=["李芳"]),
        Remark(text="周丽萍审核", family="public_notice", lookalikes=["周丽萍"], public_officials=True),
        Remark(text="申请人周丽萍", family="housing_notice", names=["周丽萍"]),
    ]
    found = "\n".join(violations(bad))
    for expected in ("exactly once", "not in the text", "overlap", "contain each other", "public_officials",
                     "look-alike family", "is a name in cell"):
        assert expected in found


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**63), n=st.integers(min_value=0, max_value=60))
def test_contract_holds_for_any_seed(seed, n):
    got = v12.make_remarks(n, seed=seed)
    assert len(got) == n
    assert violations(got) == []
    for f, k in Counter(r.family for r in got).items():
        assert abs(k - n * v12.WEIGHTS[f] / 2000) < 1


def test_no_name_share(remarks):
    named = [r for r in remarks if r.family in v12.NAME_FAMILIES]
    share = sum(not r.names for r in named) / len(named)
    assert 0.08 <= share <= 0.12
    for f in v12.NAME_FAMILIES:
        cells = [r for r in named if r.family == f]
        assert 0.05 <= sum(not r.names for r in cells) / len(cells) <= 0.15, f


def test_public_flag_only_on_public_family(remarks):
    public = v12.PUBLIC_FAMILIES[0]
    assert all(r.public_officials == (r.family == public) for r in remarks)
    cells = [r for r in remarks if r.family == public]
    roles = ("审批人：", "签发人：", "审核人：", "主持人：", "联系人：", "评议主持人：", "副镇长", "乡长", "书记",
             "主任", "局长", "理事长")
    with_official = 0
    for r in cells:
        if any(r.text[max(0, i - 8):i].endswith(roles) for lk in r.lookalikes for i in [r.text.find(lk)]):
            with_official += 1
    assert with_official == len(cells)


def test_lookalikes_are_plentiful(remarks):
    names = sum(len(r.names) for r in remarks)
    looks = sum(len(r.lookalikes) for r in remarks)
    assert 0.8 <= looks / names <= 1.3


# ---------------------------------------------------------------- surface forms claimed in the docstring
def all_names(remarks):
    return [n for r in remarks for n in r.names]


def all_lookalikes(remarks):
    return [lk for r in remarks for lk in r.lookalikes]


def test_name_forms_in_chinese_script(remarks):
    names = all_names(remarks)
    han2 = [n for n in names if re.fullmatch(f"{CJK}{{2}}", n)]
    han3 = [n for n in names if re.fullmatch(f"{CJK}{{3}}", n)]
    assert len(han2) > 0.1 * len(names) and len(han3) > 0.3 * len(names)
    assert any(n.startswith(("欧阳", "司马", "诸葛", "上官", "慕容", "皇甫", "令狐", "尉迟")) for n in names)
    assert sum(n[0] in "仉亓禚佘逄阚郏眭璩笪冼麦植佴逯厍糜戢甄訾昝" for n in names) >= 10
    assert sum(any(ch in n for ch in "陳黃劉張鄭蕭葉馮鍾蘇許謝羅楊趙吳錢孫歐馬龍盧鄧簡偉國麗曉蘭鳳詠詩傑儀輝強誠東")
               for n in names) >= 10
    assert len({"高峰", "江山", "白云", "黎明", "向阳", "文静", "林海", "安康"} & set(names)) >= 3
    for dot in ("·", "•", "・", "‧", ".", "-"):
        assert any(re.search(f"{CJK}{re.escape(dot)}{CJK}", n) for n in names), dot
    uyghur = ("买买提 艾力 阿不都热依木 吐尔逊 努尔艾力 艾尔肯 阿迪力 麦麦提敏 阿布都克力木 依明 玉素甫 热合曼 肉孜 "
              "卡德尔 努尔兰 叶尔兰 别克 赛力克 叶尔波力 阿斯哈尔 巴合提 吐尔洪 阿依古丽 古丽娜尔 热依拉 帕提古丽 "
              "如克亚 祖丽皮亚 阿依达娜 加娜尔 哈力旦 阿曼古丽 再努尔").split()
    assert any(n.startswith(a) and n[len(a):] in uyghur for n in names for a in uyghur)   # written together
    assert any("卓玛" in n or "次仁" in n or "扎西" in n for n in names)          # Tibetan
    assert any(n in ("巴特尔", "其其格", "苏日娜", "额尔敦", "孟和") for n in names)  # Mongolian
    assert any(n.startswith(("吉克", "曲比", "阿苏", "沙马", "海来")) for n in names)  # Yi
    assert any(n.startswith(("朴", "玄", "南宫")) for n in names)                   # Korean


def test_name_forms_in_english(remarks):
    names = [n for n in all_names(remarks) if re.fullmatch(r"[A-Za-zü'.,\- ]+", n)]
    assert len(names) > 200
    patterns = {
        "SURNAME Given": r"[A-ZÜ]{2,} [A-Z][a-z']+",
        "Given Surname": r"[A-Z][a-z']+ [A-Z][a-z]+",
        "comma": r"[A-Za-zü]+, [A-Z][a-z']+",
        "hyphen": r".*[A-Z][a-z]+-[A-Za-z][a-z]+.*",
        "apostrophe": r".*[a-z]'[aoe][a-z]*.*",
        "initials first": r"([A-Z]\.)+ [A-Z][a-z]+",
        "initials last": r"[A-Z][a-z]+ ([A-Z]\.)+",
        "lower case": r"[a-zü']+ [a-zü']+",
        "upper case": r"[A-ZÜ']+ [A-ZÜ']+",
        "written together": r"[A-Z][a-z]+[A-Z][a-z']+",
        "three parts": r"[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+",
    }
    for label, pattern in patterns.items():
        assert any(re.fullmatch(pattern, n) for n in names), label
    assert sum(n.split()[0] in ("Lü", "Lv", "Lyu", "LÜ", "LV", "LYU") for n in names if " " in n) >= 3
    assert any("Ouyang" in n or "OUYANG" in n or "Zhuge" in n or "Sima" in n for n in names)
    assert any(n in ("Tashi Dorje", "Tsering Drolma", "Memet Ali", "Park Young-chul", "Nurlan Serik")
               or n.split()[0] in ("Tashi", "Tsering", "Memet", "Park", "Nurlan", "Kim") for n in names)


def test_names_in_context(remarks):
    kin_before = particle_before = colon_before = at_start = 0
    particles_seen: set[str] = set()
    kin_terms = ("其妻", "妻子", "丈夫", "儿子", "女儿", "长子", "次女", "孙女", "侄子", "儿媳", "女婿", "母亲", "父亲",
                 "son ", "daughter ", "wife ")
    for r in remarks:
        for n in r.names:
            i = r.text.find(n)
            before, after = r.text[max(0, i - 4):i], r.text[i + len(n):i + len(n) + 5]
            kin_before += before.endswith(kin_terms) or bool(re.match(r"[（(](妻|夫|子|女|长子|次女|配偶)[）)]", after))
            if i > 0 and r.text[i - 1] in "由与向被为给和同" and not before.endswith(kin_terms):
                particle_before += 1
                particles_seen.add(r.text[i - 1])
            colon_before += before.endswith(("：", ": "))
            at_start += i == 0
    assert kin_before >= 200 and colon_before >= 100 and at_start >= 100
    assert particle_before >= 50 and len(particles_seen) >= 4
    assert any("个体工商户" in r.text and r.names for r in remarks)
    assert any(len(r.text) >= 150 and any(r.text.find(n) > 60 for n in r.names) for r in remarks)


@pytest.mark.parametrize("sep", ["、", "，", ",", "；", ";", "/", " ", "\u3000", "\n", "|"])
def test_names_in_lists_with_each_separator(remarks, sep):
    def joined(r):
        return any(a + sep in r.text and (a + sep + b) in r.text for a in r.names for b in r.names if a != b)
    assert any(joined(r) for r in remarks)


def test_lookalike_forms(remarks):
    looks = all_lookalikes(remarks)
    checks = {
        "masked": lambda s: re.fullmatch(f"{CJK}+[·]?(某|某某|\\*+|××|XX|某甲|某乙)", s) or re.search(r"\*", s),
        "clan village": lambda s: re.fullmatch(f"{CJK}家{CJK}*(村|庄|湾|坝|沟|岭|堡)?", s),
        "road": lambda s: s.endswith(("路", "街", "大道")),
        "company": lambda s: s.endswith("有限公司"),
        "shop": lambda s: s.endswith(("店", "馆", "铺")),
        "person-named place": lambda s: s in ("中山市", "志丹县", "左权县", "靖宇县", "尚志市", "子长市"),
        "brand": lambda s: s in ("康师傅", "王老吉", "老干妈", "张裕", "李锦记", "张大妈饺子"),
        "hospital": lambda s: s.endswith("医院"),
        "english": lambda s: re.fullmatch(r"[A-Za-z'.,&* ()\-]+", s),
        "common word": lambda s: s in ("高峰期", "长寿", "光明", "胜利", "明天"),
    }
    for label, ok in checks.items():
        assert sum(bool(ok(s)) for s in looks) >= 5, label


def test_operator_shop_beside_operator(remarks):
    """A shop named after the operator's given name only must survive while the operator goes."""
    assert any(len(n) == 3 and lk.startswith(n[1:]) and lk.endswith("店")
               for r in remarks for n in r.names for lk in r.lookalikes)


# ---------------------------------------------------------------- describe()
def test_describe_totals(remarks):
    table = v12.describe(remarks)
    rows = {line.split()[0]: [int(x) for x in line.split()[1:]] for line in table.splitlines()[1:]}
    for f in v12.FAMILIES:
        cells = [r for r in remarks if r.family == f]
        assert rows[f] == [len(cells), sum(len(r.names) for r in cells), sum(len(r.lookalikes) for r in cells),
                           sum(bool(r.names) for r in cells)], f
    assert rows["total"] == [len(remarks), sum(len(r.names) for r in remarks),
                             sum(len(r.lookalikes) for r in remarks), sum(bool(r.names) for r in remarks)]
    assert rows["total"] == [sum(rows[f][i] for f in v12.FAMILIES) for i in range(4)]


def test_describe_counts_a_small_set():
    small = [Remark(text="户主王伟", family="assistance_roll", names=["王伟"]),
             Remark(text="张家湾村", family="lookalike_only", lookalikes=["张家湾村"])]
    rows = {line.split()[0]: line.split()[1:] for line in v12.describe(small).splitlines()[1:]}
    assert rows["assistance_roll"] == ["1", "1", "0", "1"]
    assert rows["lookalike_only"] == ["1", "0", "1", "0"]
    assert rows["total"] == ["2", "1", "1", "1"]
