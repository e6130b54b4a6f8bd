"""Parsers of amounts, codes, 文号 and dates: examples and properties."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gongkai.extract.parsers import (
    find_unit, format_cn_date_numerals, join_code_parts, parse_amount, parse_cn_date, parse_code,
    parse_doc_number, to_simplified,
)


@pytest.mark.parametrize("text, expected", [
    ("1,097,073.43", Decimal("1097073.43")),
    ("705,443.00", Decimal("705443.00")),
    ("12", Decimal("12")),
    ("(12.50)", Decimal("-12.50")),
    ("（3.00）", Decimal("-3.00")),
    ("-7.1", Decimal("-7.1")),
    ("－7.1", Decimal("-7.1")),
    (" 2,940.05 ", Decimal("2940.05")),
    ("-", None), ("", None), ("—", None), (None, None),
])
def test_parse_amount_examples(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["abc", "1,2,3", "12..5", "一百", "2026年"])
def test_parse_amount_rejects_text(text):
    with pytest.raises(ValueError):
        parse_amount(text)


@given(st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2))
def test_parse_amount_round_trips_grouped_figures(value):
    printed = f"{abs(value):,.2f}"
    if value < 0:
        printed = f"({printed})"
    assert parse_amount(printed) == value.quantize(Decimal("0.01"))


@pytest.mark.parametrize("text, unit", [("单位：万元", ("万元", 10000)), ("單位:元", ("元", 1)),
                                        ("编制部门：某局 单位：元", ("元", 1)), ("金额单位：亿元", ("亿元", 100000000))])
def test_find_unit(text, unit):
    assert find_unit(to_simplified(text)) == unit


def test_codes_examples():
    assert parse_code("2070101").parent == "20701"
    assert parse_code("20701").level == 2
    assert parse_code("207").parent is None
    assert parse_code("2070") is None and parse_code("类") is None
    assert join_code_parts("208", "05", "06") == "2080506"
    assert join_code_parts("208", "05", "") == "20805"
    assert join_code_parts("", "", "06", ("208", "20805")) == "2080506"
    assert join_code_parts("", "06", "", ("208", "20805")) == "20806"
    assert join_code_parts("合计", "", "") is None


@given(st.integers(100, 999), st.integers(1, 99), st.integers(1, 99))
def test_split_code_columns_join_to_the_code(lei, kuan, xiang):
    code = f"{lei:03d}{kuan:02d}{xiang:02d}"
    assert join_code_parts(f"{lei}", f"{kuan:02d}", f"{xiang:02d}") == code
    parsed = parse_code(code)
    assert parsed.level == 3 and parsed.parent == code[:5]
    assert parse_code(parsed.parent).parent == code[:3]


@pytest.mark.parametrize("text, agency, year, serial", [
    ("鲁政办发〔2018〕21号", "鲁政办发", 2018, 21),
    ("岳政字[2026]31號", "岳政字", 2026, 31),
    ("岳财社［2026］21号", "岳财社", 2026, 21),
    ("岳政发（2026）8号", "岳政发", 2026, 8),
    ("魯政辦發〔2018〕21號", "鲁政办发", 2018, 21),
])
def test_doc_number_examples(text, agency, year, serial):
    parsed = parse_doc_number(text)
    assert (parsed.agency_code, parsed.year, parsed.serial) == (agency, year, serial)


def test_doc_number_absent():
    assert parse_doc_number("关于张某某等同志职务任免的通知") is None
    assert parse_doc_number(None) is None


_AGENCY = st.text(alphabet="岳鲁政办发财社民字函厅", min_size=2, max_size=6)
_BRACKETS = st.sampled_from([("〔", "〕"), ("[", "]"), ("［", "］"), ("（", "）"), ("(", ")")])


@given(_AGENCY, st.integers(1990, 2099), st.integers(1, 9999), _BRACKETS, st.sampled_from("号號"))
def test_doc_number_any_bracket(agency, year, serial, brackets, hao):
    parsed = parse_doc_number(f"{agency}{brackets[0]}{year}{brackets[1]}{serial}{hao}")
    assert parsed.year == year and parsed.serial == serial
    assert parsed.agency_code == to_simplified(agency)
    assert parsed.normalised == f"{to_simplified(agency)}〔{year}〕{serial}号"


@pytest.mark.parametrize("text, expected", [
    ("2018年7月4日", date(2018, 7, 4)),
    ("二〇一八年七月四日", date(2018, 7, 4)),
    ("二〇二六年五月二十日", date(2026, 5, 20)),
    ("二〇二六年十二月三十一日", date(2026, 12, 31)),
    ("东岳省人民政府\n2026年6月3日", date(2026, 6, 3)),
    ("2026年2月30日", None),
    ("no date", None),
])
def test_dates_examples(text, expected):
    assert parse_cn_date(text) == expected


@given(st.dates(min_value=date(1949, 10, 1), max_value=date(2099, 12, 31)))
def test_dates_both_scripts_round_trip(value):
    assert parse_cn_date(f"{value.year}年{value.month}月{value.day}日") == value
    assert parse_cn_date(format_cn_date_numerals(value)) == value


# Round 28 (tw28): the 文号's spans the name detector reads (doc_number_spans): an agency code with its
# branch in brackets (韩农（牧）罚), a registration's number with no year (马登字第35308号).
@pytest.mark.parametrize("text, agency", [
    ("依据韩农（牧）罚〔2025〕286号，对", "韩农（牧）罚"), ("桂公（治）行罚决字〔2024〕212号", "桂公（治）行罚决字"),
    ("合同号：马登字第35308号", "马登字"), ("根据岳政发〔2026〕8号", "岳政发"),
])
def test_doc_number_spans_examples(text, agency):
    from gongkai.extract.parsers import doc_number_spans

    assert [text[a:b] for a, b, _ in doc_number_spans(text)] == [agency]


@given(st.sampled_from("韩桂马林沙温"), st.sampled_from(["农（牧）罚", "公（治）行罚决字", "政发"]),
       st.integers(1990, 2099), st.integers(1, 99999), st.sampled_from(["依据", "", "合同号："]))
def test_doc_number_spans_cover_the_agency_and_the_number(issuer, kind, year, serial, lead):
    from gongkai.extract.parsers import doc_number_spans

    text = f"{lead}{issuer}{kind}〔{year}〕{serial % 100000}号，对该公司处罚"
    (a, b, e), = doc_number_spans(text)
    assert text[a:b] == issuer + kind and text[b:e] == f"〔{year}〕{serial % 100000}号"
    parsed = parse_doc_number(text)
    assert parsed.agency_code == issuer + kind and parsed.year == year


@given(st.sampled_from("马林桂武黄"), st.sampled_from("登许检运"), st.integers(1, 99999999))
def test_registration_numbers_are_spans(issuer, kind, serial):
    from gongkai.extract.parsers import doc_number_spans

    text = f"合同号：{issuer}{kind}字第{serial}号"
    assert [(text[a:b], text[b:e]) for a, b, e in doc_number_spans(text)] == [(f"{issuer}{kind}字", f"第{serial}号")]
