"""文号 and date parsing as the gazette splitter uses them: sentences, family prefixes, both
scripts, bracket variants, Chinese numerals, OCR slips (examples and hypothesis)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gongkai.extract.gazette import _signature_date, fold, load_family
from gongkai.extract.parsers import (find_doc_numbers, format_cn_date_numerals, parse_any_date,
                                     parse_doc_number, parse_en_date, to_simplified)

# the family's national codes and the provincial openings an issue of 东岳 learns from its 文号
PREFIXES = load_family("cn-provincial")["doc_number_prefixes"] + ["东岳", "岳", "鲁"]


@pytest.mark.parametrize("text, agency, year, serial", [
    ("根据岳政发〔2026〕8号要求", "岳政发", 2026, 8),
    ("按照《国务院办公厅关于印发2018年政务公开工作要点的通知》(国办发〔2018〕23号)要求", "国办发", 2018, 23),
    ("你市《关于申请设立湿地保护区的请示》（东岳政呈〔2026〕9号）收悉", "东岳政呈", 2026, 9),
    ("依据岳财社［2026］21号文件", "岳财社", 2026, 21),
    ("魯政辦發〔2018〕21號", "鲁政办发", 2018, 21),
    ("转发岳政办字(2026)5号", "岳政办字", 2026, 5),
])
def test_doc_number_in_a_sentence(text, agency, year, serial):
    for prefixes in (PREFIXES, None):
        parsed = parse_doc_number(text, prefixes)
        assert (parsed.agency_code, parsed.year, parsed.serial) == (agency, year, serial), prefixes
        assert parsed.raw.endswith(("号", "號"))


def test_find_every_doc_number():
    text = "根据岳政发〔2026〕8号和岳政办发[2026]15号，现通知如下。"
    assert [d.normalised for d in find_doc_numbers(text, PREFIXES)] == ["岳政发〔2026〕8号", "岳政办发〔2026〕15号"]


_LEADS = st.sampled_from(["根据", "按照", "依据", "经", "转发", "印发", "贯彻落实", "和", "以及", ""])
_CODES = st.sampled_from(["岳政发", "岳政办字", "岳财社", "东岳政呈", "岳人社发", "鲁政办发", "国办发"])
_BRACKETS = st.sampled_from([("〔", "〕"), ("[", "]"), ("［", "］"), ("（", "）"), ("(", ")"), ("【", "】")])


@given(_LEADS, _CODES, st.integers(1990, 2099), st.integers(1, 999), _BRACKETS, st.sampled_from("号號"),
       st.booleans())
def test_doc_number_with_family_prefixes(lead, code, year, serial, brackets, hao, traditional):
    agency = code.translate(str.maketrans({"发": "發", "办": "辦", "财": "財", "东": "東"})) if traditional else code
    text = f"{lead}{agency}{brackets[0]}{year}{brackets[1]}{serial}{hao}的规定"
    parsed = parse_doc_number(text, PREFIXES)
    assert parsed is not None
    assert (parsed.agency_code, parsed.year, parsed.serial) == (code, year, serial)
    assert parsed.normalised == f"{code}〔{year}〕{serial}号"


@given(st.dates(min_value=date(1949, 10, 1), max_value=date(2099, 12, 31)))
def test_signature_dates_both_forms_and_ocr_slips(value):
    numerals = format_cn_date_numerals(value)
    assert _signature_date(numerals) == value
    assert _signature_date(f"{value.year}年{value.month}月{value.day}日") == value
    # OCR reads 〇 as O, or as two marks
    assert _signature_date(numerals.replace("〇", "O")) == value
    year = numerals.split("年")[0]
    if "〇" in year and "〇〇" not in year:
        assert _signature_date(numerals.replace("〇", "O〇", 1)) == value


def test_signature_date_rejects_impossible_years():
    assert _signature_date("0026年1月1日") is None
    assert _signature_date("二〇二六年二月三十日") is None


@pytest.mark.parametrize("text, expected", [
    ("Issued on August 3, 2020.", date(2020, 8, 3)),
    ("Thursday, August 6, 2020", date(2020, 8, 6)),
    ("February 30, 2020 and March 1, 2020", date(2020, 3, 1)),
    ("no date here", None),
])
def test_english_dates(text, expected):
    assert parse_en_date(text) == expected


def test_any_date_prefers_chinese():
    assert parse_any_date("二〇二六年五月二十日") == date(2026, 5, 20)
    assert parse_any_date("Dated: May 20, 2026") == date(2026, 5, 20)


def test_fold_covers_the_words_the_splitter_compares():
    for trad, simp in [("政策解讀", "政策解读"), ("省政府辦公廳文件", "省政府办公厅文件"), ("部門文件", "部门文件"),
                       ("目錄", "目录"), ("東嶽省人民政府公報", "东岳省人民政府公报"), ("實施意見", "实施意见"),
                       ("領導小組", "领导小组"), ("此件公開發佈", "此件公开发布")]:
        assert fold(trad) == simp
    assert fold("东岳") == to_simplified("东岳")


_ONE_CHAR = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@given(_ONE_CHAR, st.sampled_from(["人社字", "政办发", "发改", "财社", "政任", "办发", "自然资农"]),
       st.integers(1990, 2099), st.integers(1, 999), _BRACKETS, st.booleans())
def test_doc_number_on_its_own_line_keeps_its_first_character(abbr, code, year, serial, brackets, paren):
    """A 文号 printed on a line of its own is taken whole: whatever one-character provincial
    abbreviation opens it (no list knows them all), it is never trimmed away."""
    text = f"{abbr}{code}{brackets[0]}{year}{brackets[1]}{serial}号"
    if paren:
        text = f"（{text}）"
    parsed = parse_doc_number(text, PREFIXES, trim=False)
    assert parsed is not None
    assert parsed.agency_code == to_simplified(abbr + code)
    assert (parsed.year, parsed.serial) == (year, serial)


def test_issue_learns_its_provincial_abbreviation():
    from gongkai.extract.gazette.families import _Rules

    rules = _Rules(load_family("cn-provincial"))
    rules.learn_prefixes(["陵政发", "陵政办发", "陵人社字", "国办发", "陵财社"])
    assert rules.learned_prefixes == ["陵"]
    assert parse_doc_number("根据陵人社字〔2026〕5号规定", rules.all_prefixes()).agency_code == "陵人社字"
    rules.learn_prefixes(["陵政发"])  # one 文号 is not enough to learn from
    assert rules.learned_prefixes == []
