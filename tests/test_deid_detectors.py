"""Detectors: every kind with examples and generated values; look-alikes are not flagged."""

from __future__ import annotations

import dataclasses
from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deid_fixtures import (bank_cards, check_char, luhn_ok, make_id, mobiles, names,
                           old_resident_ids, phone_styles, resident_ids, wrong_check)
from gongkai.deid.detectors import (KINDS, PLACEHOLDERS, Hit, classify_value, detect_series,
                                    find_all, id_check_char, looks_like_name, luhn_valid,
                                    redact_text, resident_id_valid)


def spans(text: str) -> list[tuple[str, str]]:
    return [(h.detector, text[h.start:h.end]) for h in find_all(text)]


def kinds(text: str) -> set[str]:
    return {h.kind for h in find_all(text)}


# --- validators ------------------------------------------------------------------------------

def test_check_char_matches_the_printed_algorithm():
    for body in ("11010519491231002", "37010219800101123", "44030519991231999"):
        assert id_check_char(body) == check_char(body)
    assert resident_id_valid("11010519491231002X")          # the standard's own example
    assert resident_id_valid("11010519491231002x")
    assert not resident_id_valid("110105194912310021")


@given(resident_ids())
def test_valid_ids_pass_and_a_flipped_check_char_fails(rid):
    assert resident_id_valid(rid)
    assert not resident_id_valid(wrong_check(rid))


@given(old_resident_ids())
def test_old_15_digit_ids(rid):
    assert resident_id_valid(rid)


@pytest.mark.parametrize("bad", [
    make_id(born=date(1980, 1, 1))[:6] + "19800230" + "1230",   # 30 February
    "370102" + "21000101" + "1234",                             # born in the future
    "370102" + "18991231" + "1234",                             # before 1900
    "070102198001011234",                                       # address code starting with 0
    "37010219800101123",                                        # 17 characters
    "3701021980010112345",                                      # 19 characters
    "37010219800101123Y", "", None, 3.5, True,
    "370102801330123",                                          # 15 digits, month 13
])
def test_invalid_ids(bad):
    assert not resident_id_valid(bad)


def test_id_given_as_int_and_fullwidth():
    rid = make_id("370102", date(1975, 6, 15), 417)
    if rid[-1].isdigit():
        assert resident_id_valid(int(rid))
    full = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in rid)
    assert resident_id_valid(full)


@given(bank_cards())
def test_generated_cards_are_luhn_valid(card):
    assert luhn_valid(card) and luhn_ok(card)
    grouped = " ".join(card[i:i + 4] for i in range(0, len(card), 4))
    assert luhn_valid(grouped)


def test_luhn_rejects():
    assert not luhn_valid("6222021234567890127")
    assert not luhn_valid("abc")
    assert not luhn_valid("")


# --- detection in text -----------------------------------------------------------------------

@settings(max_examples=150)
@given(resident_ids(), st.sampled_from(["身份证号", "ID:", "证件 ", "，", "户主身份证"]),
       st.sampled_from(["", "，电话见后", "。", " x"]))
def test_ids_inside_text(rid, before, after):
    text = f"{before}{rid}{after}"
    assert spans(text) == [("cn_resident_id", rid)]
    mistyped = f"{before}{wrong_check(rid)}{after}"
    if before in ("，",):
        # without an ID cue, 18 digits with a wrong check character are some other number
        assert "cn_resident_id" not in kinds(mistyped)
    else:
        # after an ID cue they are somebody's mistyped ID (issue 20)
        assert [h.detector for h in find_all(mistyped)] == ["cn_resident_id_cued"]


@given(resident_ids())
def test_id_inside_longer_digit_run_is_not_an_id(rid):
    assert "cn_resident_id" not in kinds("9" + rid.upper().replace("X", "1") + "7")


@given(old_resident_ids())
def test_old_ids_inside_text(rid):
    assert spans(f"原身份证{rid}已换发") == [("cn_resident_id_15", rid)]


@given(bank_cards(), st.booleans())
def test_cards_inside_text(card, grouped):
    shown = " ".join(card[i:i + 4] for i in range(0, len(card), 4)) if grouped else card
    text = f"卡号{shown}，开户行某银行"
    assert spans(text) == [("bank_card", shown)]


@given(mobiles())
def test_mobiles_in_every_separator_style(number):
    for style in phone_styles(number):
        found = spans(f"联系电话：{style}。")
        assert [d for d, _ in found] == ["mobile"], style
        assert found[0][1] == style


@pytest.mark.parametrize("landline", ["0531-88886666", "010-62345678", "(0531)88886666",
                                      "0531 8888666", "0531-88886666-802", "（0531）88886666"])
def test_landlines(landline):
    assert [d for d, _ in spans(f"监督举报电话：{landline}")] == ["landline"]


@pytest.mark.parametrize("email", ["zhang.wei@example.com", "li_na+dibao@mail.example.cn",
                                   "ｗａｎｇ@example.org"])
def test_emails(email):
    assert spans(f"邮箱：{email}，") == [("email", email)]


@pytest.mark.parametrize("text,address", [
    ("家住清河街道青松社区3号楼2单元501室", "清河街道青松社区3号楼2单元501室"),
    ("现住在幸福路12号", "幸福路12号"),
    ("住址：柳埠镇张庄村3组12号。", "柳埠镇张庄村3组12号"),
    ("翠柳小区5栋302室", "翠柳小区5栋302室"),
    ("青松社区3-2-501", "青松社区3-2-501"),
    ("解放路12号院3号楼", "解放路12号院3号楼"),
])
def test_addresses(text, address):
    assert spans(text) == [("address", address)]


@pytest.mark.parametrize("text,name", [
    ("户主张伟，因病致贫", "张伟"),
    ("户主：欧阳小明", "欧阳小明"),
    ("代领人王小明身份证见附件", "王小明"),
    ("联系人: 李娜", "李娜"),
    ("申请人赵敏于2026年提出", "赵敏"),
    ("监护人孙强", "孙强"),
    ("姓名：买买提·艾力", "买买提·艾力"),
    ("由女儿李娟代领", "李娟"),
    ("由儿子王磊代为领取", "王磊"),
    ("由配偶陈静代领", "陈静"),
    ("戶主：陳靜", "陳靜"),                                         # traditional script
])
def test_names_next_to_cue_words(text, name):
    assert spans(text) == [("person_name", name)]


@pytest.mark.parametrize("text,redacted", [
    ("补助金打入其女杨丽的银行卡", "补助金打入其女〔姓名〕的银行卡"),
    ("由儿媳周秀英（131-0121-2627）代办", "由儿媳〔姓名〕（〔电话〕）代办"),
    ("重度残疾，联系其弟马德福，电话157 8930 3293", "重度残疾，联系其弟〔姓名〕，电话〔电话〕"),
    ("代领人：何军（户主之子）", "代领人：〔姓名〕（户主之子）"),
    ("续保；社区联系人高丽 0538-8696296", "续保；社区联系人〔姓名〕 〔电话〕"),
    ("其妻罗丽代签", "其妻〔姓名〕代签"),
    # relatives without a name stay
    ("其子女均已成年", "其子女均已成年"), ("女儿患病", "女儿患病"), ("配偶去世", "配偶去世"),
    ("儿子在外地务工", "儿子在外地务工"), ("其父亲代领", "其父亲代领"), ("家属同意", "家属同意"),
    ("户主长期外出务工", "户主长期外出务工"),
])
def test_relatives_named_in_remarks(text, redacted):
    assert redact_text(text) == redacted


@given(names(), st.sampled_from(["户主", "代领人", "联系人：", "申请人", "姓名:"]),
       st.sampled_from(["", "，", "身份证", "电话", "家住"]))
def test_generated_names_after_cues(name, cue, after):
    found = [t for d, t in spans(f"{cue}{name}{after}") if d == "person_name"]
    assert found == [name]


def test_a_full_remark():
    rid = make_id("370102", date(1990, 3, 7), 773)
    text = f"代领人王小明，身份证{rid}，电话138-1234-5678，家住清河街道青松社区3号楼2单元501室"
    assert [d for d, _ in spans(text)] == ["person_name", "cn_resident_id", "mobile", "address"]
    # the address keeps its community, as an address column generalised does
    assert redact_text(text) == ("代领人〔姓名〕，身份证〔身份证号〕，电话〔电话〕，家住清河街道青松社区〔地址〕")


@pytest.mark.parametrize("text,redacted", [
    ("经查，邓某在孔雀路8号经营无证餐饮", "经查，邓某在孔雀路〔地址〕经营无证餐饮"),
    ("地址：黎家铺自然村龙华路21号", "地址：黎家铺自然村〔地址〕"),
    ("张庄村3组12号", "张庄村〔地址〕"),
    ("翠柳小区5栋302室，", "翠柳小区〔地址〕，"),
    ("住在解放路12号院3号楼", "住在解放路〔地址〕"),
])
def test_free_text_addresses_keep_their_general_part(text, redacted):
    assert redact_text(text) == redacted
    assert not [h for h in find_all(redact_text(text)) if h.kind == "address"]


@pytest.mark.parametrize("text", [
    "2080201",                         # budget classification code
    "201 20101 2010101 2080201",
    "2026-10-01", "20261001", "2026年10月1日",
    "1,097,073.43", "-1,097,073.43", "(12.00)", "1097073.43",
    "岳政发〔2026〕8号", "鲁政办发〔2018〕21号", "岳政办发[2026]15号", "鲁政发（2018）3号",
    "市政府令第8号", "2026年第20期",
    "370102198001011230",              # 18 digits, wrong check char (the right one is not 0)
    "NO.2026000123", "流水号20260001234", "序号12",
    "sha256:3f2a1b13812345678abcdef0123456789abcdef0123456789abcdef01234",
    "pid_1381234567890123",
    "户主信息已核实", "申请人和家属", "联系人电话见下",
    "保障人数3人，救助金额730元", "青松社区", "2026-10",
    "1381234567",                      # ten digits
    "010-1234567",                     # local number cannot start with 1
])
def test_look_alikes_are_not_flagged(text):
    if text == "370102198001011230":
        assert make_id("370102", date(1980, 1, 1), 123) != text
    assert find_all(text) == []


def test_hits_hold_no_value():
    rid = make_id()
    hit = find_all(f"身份证{rid}")[0]
    assert isinstance(hit, Hit) and dataclasses.is_dataclass(hit)
    assert set(dataclasses.asdict(hit)) == {"kind", "start", "end", "detector"}
    assert rid not in repr(hit)


@given(st.text(alphabet="0123456789 -户主代领人身份证电话号室单元社区村路@.ab张王李：", max_size=60))
def test_redaction_is_idempotent_and_leaves_no_hits(text):
    once = redact_text(text)
    assert find_all(once) == []
    assert redact_text(once) == once


@given(st.text(max_size=80))
def test_find_all_never_fails_and_spans_are_ordered(text):
    hits = find_all(text)
    assert all(0 <= h.start < h.end <= len(text) for h in hits)
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))
    assert all(h.kind in KINDS for h in hits)


# --- whole values and columns ----------------------------------------------------------------

def test_classify_value():
    assert classify_value(make_id()) == "cn_resident_id"
    assert classify_value("138 1234 5678") == "phone"
    assert classify_value(13812345678) == "phone"
    assert classify_value("张小明") == "person_name"
    assert classify_value("清河街道青松社区3号楼2单元501室") == "address"
    assert classify_value("代领人王小明，电话13812345678") == "free_text"
    assert classify_value("青松社区") is None
    assert classify_value("一般公共服务支出") is None
    assert classify_value(None) is None


def test_looks_like_name():
    assert looks_like_name("欧阳小明") and looks_like_name("Zhang Wei")
    assert not looks_like_name("张庄村") and not looks_like_name("王官镇")
    assert not looks_like_name("行政运行")


def test_detect_series_masks():
    rid = make_id()
    s = pd.Series(["无", f"身份证{rid}", None, "13812345678", "张三", f"身份证{rid}", ""],
                  dtype="str")
    masks = detect_series(s)
    assert set(masks) == set(KINDS)
    assert masks["cn_resident_id"].tolist() == [False, True, False, False, False, True, False]
    assert masks["phone"].tolist() == [False, False, False, True, False, False, False]
    assert masks["cn_resident_id"].index.equals(s.index)


@pytest.mark.parametrize("text", [
    "家住清河街道青松社区3号楼2单元501室", "青松社区3-2-501", "zhang.wei@example.com",
    "由女儿李娟代领", "户主张伟", "138 1234 5678", "(0531)8888666", "0531-88886666",
    "卡号6222 0212 3456 7890 128", "１３８１２３４５６７８",
])
def test_the_vectorised_first_pass_keeps_every_detectable_value(text):
    s = pd.Series(["无", text], dtype="str")
    assert any(mask.iloc[1] for mask in detect_series(s).values()), text
    assert find_all(text)


@settings(max_examples=300)
@given(st.one_of(
    st.text(alphabet="0123456789０１２３ -－()+@.xX户主代领人姓名联系电话号楼单元室社区村路张王李：", max_size=50),
    st.builds(lambda a, b, c: a + b + c, st.sampled_from(["", "家住", "户主", "电话", "卡号"]),
              st.one_of(resident_ids(), mobiles(), bank_cards(), names()),
              st.sampled_from(["", "号", "3号楼", "代领", "，"]))))
def test_the_first_pass_never_drops_a_detection(text):
    from gongkai.deid.detectors import PREFILTER
    if find_all(text):
        assert PREFILTER.search(text)


def test_detect_series_on_numbers_and_other_dtypes():
    ints = pd.Series([1, 13812345678, 2080201, None], dtype="Int64")
    assert detect_series(ints)["phone"].tolist() == [False, True, False, False]
    obj = pd.Series([13812345678, "x", 2.5, None], dtype=object)
    assert detect_series(obj)["phone"].tolist() == [True, False, False, False]
    assert not detect_series(pd.Series([True, False]))["phone"].any()
    assert not detect_series(pd.Series([], dtype="str"))["phone"].any()
    cat = pd.Series(["13812345678", "a"], dtype="category")
    assert detect_series(cat)["phone"].tolist() == [True, False]


def test_placeholders_cover_every_kind():
    assert set(PLACEHOLDERS) == set(KINDS)


@settings(max_examples=400)
@given(st.text(alphabet="0123456789", min_size=10, max_size=20),
       st.sampled_from(["", "1", "13", "8613", "008615", "37010219800101"]),
       st.sampled_from(["", "X"]))
def test_bare_number_fast_path_agrees_with_the_full_patterns(digits, prefix, suffix):
    from gongkai.deid import detectors as D
    value = (prefix + digits)[:20] + suffix
    text = f"号{value}，"
    fast: list = []
    D._bare_number(text, value, 1, 1 + len(value), fast)
    full: list = []
    D._digit_hits_in(text, 1, 1 + len(value), full)
    assert fast == full


@pytest.mark.parametrize("text, redacted", [
    ("被申请人钱小龙达成协议", "被申请人〔姓名〕达成协议"),   # 达 begins 达成
    ("与儿子王建国分户", "与儿子〔姓名〕分户"),               # no given name ends with 分
    ("户主变更为孙女周小雨。", "户主变更为孙女〔姓名〕。"),   # the relative is no part of the name
    ("申请人欧阳建国达成协议", "申请人〔姓名〕达成协议"),
])
def test_cued_names_end_where_the_next_word_begins(text, redacted):
    assert redact_text(text) == redacted


@pytest.mark.parametrize("text, redacted", [
    ("因病致贫，户主常年卧床。", "因病致贫，户主常年卧床。"),      # an adverb after a cue
    ("原申请人全天翊迁出本辖区", "原申请人〔姓名〕迁出本辖区"),    # a name beginning like one
])
def test_an_adverb_after_a_cue_is_no_name(text, redacted):
    from gongkai.deid.names import find_names, redact_with
    first = redact_text(text)
    hits = find_names(first)
    assert (redact_with(first, hits) if hits else first) == redacted


def test_a_digest_glued_to_the_words_around_it_is_no_card():
    """A database file read as text runs a sha256 digest into its neighbours; the digits inside
    the digest are no bank card, while a card after a word is still one."""
    digest = "70c4bee44aa98fcf5a998db6cbbb7d8e31ba9b27c24f61574584002470517db6"
    assert find_all(f'}}}}{digest}published{{"a": 1}}') == []
    card = "6222021234567890128"          # (Luhn-valid)
    assert luhn_valid(card)
    assert [h.kind for h in find_all(f"card{card} ok")] == ["bank_card"]


# --- speed plumbing (round 16): find_all_many and PREFILTER in two patterns ---

_PLUMBING_TEXTS = [
    "", "无", "代领人王伟，身份证110101199003077739，电话13812345678", "由女儿刘芳代领",
    "家住和平街道团结社区26号楼4单元354室，联系电话+86 18133579549", "邮箱 zhang.wei@example.com",
    "青松路3-2", "卡号6222 0212 3456 7890 128", "ID 110101 19900307 7739", "其子李轩高中毕业",
    "家庭成员王伟", "签字：王伟", "１３８１２３４５６７８", "户主變更為孫女周小雨", "岳政发〔2026〕8号",
    "0531-86901234转123", "预算科目2080201", "联系人：县民政局", "130 1234 5678 与 6230268722412964",
]


def test_find_all_many_is_find_all_text_by_text():
    from gongkai.deid import detectors as D

    texts = _PLUMBING_TEXTS * 3 + [None, 5]
    for chunk in (1, 4, 2048):
        old, D.FIND_MANY_CHUNK = D.FIND_MANY_CHUNK, chunk
        try:
            assert D.find_all_many(texts) == [D.find_all(t) for t in texts]
        finally:
            D.FIND_MANY_CHUNK = old


def test_prefilter_in_two_patterns_answers_as_prefilter():
    from gongkai.deid.detectors import PREFILTER, _may_hold_personal

    chars = "".join(sorted(set("".join(_PLUMBING_TEXTS)))) + "其女儿单元號户名@-－０1"
    import random

    rng = random.Random(16)
    texts = _PLUMBING_TEXTS + ["".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
                               for _ in range(3000)]
    for t in texts:
        assert _may_hold_personal(t) == (PREFILTER.search(t) is not None), t
    assert not _may_hold_personal(None) and not _may_hold_personal(float("nan"))


# --- speed plumbing (round 18): the address anchor's lookahead, redact_text's order ---

def test_address_anchor_lookahead_changes_no_match():
    """The lookahead in front of _ADDR_ANCHOR_RE (a unit word's first character or a dash
    within five digits) is implied by both branches: with and without it, the same matches."""
    import random
    import re

    from gongkai.deid.detectors import _ADDR_ANCHOR_RE

    guard, rest = _ADDR_ANCHOR_RE.pattern.split("(?:", 1)
    assert guard.startswith("(?=") and rest.endswith(")")
    bare = re.compile(rest[:-1])
    units = set(re.findall(r"[\u4e00-\u9fff]+", rest))
    # every unit word of the first branch begins with a character the lookahead accepts
    first = re.search(r"\[([^\]]*)\]\)$", guard).group(1)
    assert all(u[0] in first for u in re.findall(r"\(\?:([^()]*)\)", rest.split("|(?!")[0])[0].split("|"))
    alphabet = list("0123456789") * 4 + list("--- 村路号") + sorted(units) + ["2026-", "19", "20", "1-2-3"]
    rng = random.Random(18)
    texts = _PLUMBING_TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
                               for _ in range(20000)]
    for t in texts:
        assert [m.span() for m in _ADDR_ANCHOR_RE.finditer(t)] == [m.span() for m in bare.finditer(t)], t


def test_redact_text_reads_hits_in_any_order_and_kind():
    from gongkai.deid.detectors import find_all, general_part_of_address

    def reference(text, hits):
        out, pos = [], 0
        for h in sorted(hits, key=lambda h: h.start):
            if h.start < pos:
                continue
            out.append(text[pos:h.start])
            if h.kind == "address":
                out.append(general_part_of_address(text[h.start:h.end]))
            out.append(PLACEHOLDERS[h.kind])
            pos = h.end
        return "".join(out) + text[pos:] if out else text

    for text in _PLUMBING_TEXTS:
        hits = find_all(text)
        for given in (hits, hits[::-1], tuple(hits), iter(hits[::-1])):
            assert redact_text(text, given) == reference(text, hits), text
        assert redact_text(text) == reference(text, hits)
        assert redact_text(text, []) is text and redact_text(text, iter(())) is text
    overlapping = [Hit("phone", 3, 14, "mobile"), Hit("person_name", 0, 5, "person_name")]
    assert redact_text("王伟的13812345678", overlapping) == "〔姓名〕812345678" \
        == reference("王伟的13812345678", overlapping)


def test_redact_text_hits_in_order_or_not():
    """redact_text sorts the hits only when they are out of order (a list in order, as find_all
    gives it, is read as it is): the same text either way, and a set or a tuple is sorted."""
    from gongkai.deid.detectors import Hit, _in_order, redact_text

    text = "代领人王伟，身份证110101199003074514，电话13812345678"
    hits = find_all(text)
    assert len(hits) >= 2 and _in_order(hits)
    for order in (hits, hits[::-1], tuple(hits[::-1]), set(hits), [hits[1], hits[0]] + hits[2:]):
        assert redact_text(text, order) == redact_text(text, sorted(hits, key=lambda h: h.start))
    assert not _in_order([Hit("phone", 5, 9, "mobile"), Hit("phone", 1, 3, "mobile")])
    assert _in_order([]) and _in_order([Hit("phone", 1, 3, "mobile"), Hit("phone", 1, 2, "mobile")])


# Round 27 (dw27): a mobile-shaped number glued after one capital letter that stands alone is a
# certificate's, a filing's or a vehicle's code (证号：G14152094911), no phone; after a word or a
# label it is a phone still.
@pytest.mark.parametrize("text", ["证号：G14152094911；锅炉", "持证G13159355841，在浴室", "备案号 G13631105668 中介"])
def test_a_mobile_shaped_number_after_a_lone_letter_is_a_code(text):
    assert not any(h.kind == "phone" for h in find_all(text))


@pytest.mark.parametrize("text", ["Tel13812345678", "电话:13812345678", "AG13812345678", "G 13812345678",
                                  "微信号W13812345678", "手机号码：T13800138000", "另：K13912345678"])
def test_a_mobile_number_after_a_word_or_a_label_is_a_phone(text):
    assert any(h.kind == "phone" for h in find_all(text))


@given(mobiles(), st.sampled_from("ABGHKMZ"))
@settings(max_examples=60, deadline=None)
def test_a_lone_letter_code_never_hides_a_phone_written_after_a_space_or_a_word(mobile, letter):
    assert not any(h.kind == "phone" for h in find_all(f"证号：{letter}{mobile}；"))
    assert any(h.kind == "phone" for h in find_all(f"电话 {letter} {mobile}；"))
    assert any(h.kind == "phone" for h in find_all(f"Tel{mobile}；"))



# Round 28 (tw28): a fuel's grade (0号柴油, 92号汽油) is no house number; a house number stays masked.
def test_a_fuels_grade_is_no_house_number():
    from gongkai.deid.detectors import find_all

    text = "举报温泉镇加油点销售不合格0号柴油，92号汽油亦不合格"
    assert [h for h in find_all(text) if h.kind == "address"] == []
    assert any(h.kind == "address" for h in find_all("家住长江路43号"))
