"""Every domain check (gongkai.validate.domain), with hypothesis for resident IDs, credit codes, budget
codes and phone numbers; personal values never reach a report."""

from __future__ import annotations

import json
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deid_fixtures import make_id, mobiles, old_resident_ids, phone_styles, resident_ids, wrong_check
from gongkai.validate import domain
from gongkai.deid.detectors import resident_id_valid
from gongkai.identifiers import USCC_CHARS, uscc_check_char
from gongkai.validate.domain import (budget_code_problem, declared_checks, parse_period,
                            resident_id_problem_codes, resident_id_problems,
                            uscc_problem)
from gongkai.validate.schema import load_schema
from gongkai.validate import domain_errors, validate_frame


def run_field(check: str, values, **options) -> list[domain.Finding]:
    arr = np.array(values, dtype=object)
    return list(domain.CHECKS[check].func(arr, options, domain.Context()))


def run_table(check: str, frame: pd.DataFrame, period=None, **options) -> list[domain.Finding]:
    ctx = domain.Context(period=period, titles={}, frame=frame)
    return list(domain.CHECKS[check].func(frame, options, ctx))


# --- resident IDs -----------------------------------------------------------------------------------

@settings(max_examples=300)
@given(st.one_of(resident_ids(), old_resident_ids()))
def test_valid_resident_ids_pass(rid):
    assert resident_id_problems(rid) == []
    assert run_field("cn_resident_id", [rid]) == []


@settings(max_examples=300)
@given(resident_ids())
def test_a_wrong_check_character_is_named(rid):
    assert resident_id_problems(wrong_check(rid)) == ["check_char"]
    [finding] = run_field("cn_resident_id", ["", wrong_check(rid)])
    assert finding.row == 1 and finding.reason_zh == "校验位错误" and not finding.show_value


@settings(max_examples=200)
# two days ahead: the strategy's bounds are fixed at collection, and a run may cross midnight
@given(st.sampled_from(["370102"]), st.dates(min_value=date.today() + timedelta(days=2),
                                            max_value=date(2099, 12, 31)), st.integers(0, 999))
def test_a_birth_date_in_the_future_is_named(area, born, seq):
    assert resident_id_problems(make_id(area, born, seq)) == ["birth_date"]


def test_impossible_birth_dates_and_formats():
    first17 = "37010219800230123"          # 30 February
    rid = first17 + "10X98765432"[sum(int(c) * w for c, w in zip(
        first17, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2))) % 11]
    assert resident_id_problems(rid) == ["birth_date"]
    assert resident_id_problems("37010219800101123") == ["format"]     # 17 characters
    assert resident_id_problems("07010219800101123X") == ["format"]    # leading 0
    assert resident_id_problems("3701021980010112YX") == ["format"]
    assert resident_id_problems("370102800230123") == ["birth_date"]   # 15 digits, 30 Feb
    # full-width digits fold, spaces around are allowed, as the detector allows them
    valid = make_id("370102", date(1980, 1, 1), 123)
    fullwidth = valid.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert resident_id_problems(fullwidth) == [] and resident_id_problems(f" {valid} ") == []


id_like = st.one_of(
    resident_ids(), old_resident_ids(), resident_ids().map(wrong_check),
    st.text(alphabet="0123456789Xx", min_size=14, max_size=19),
    st.text(alphabet="0123456789０１２３X ", min_size=15, max_size=20),
)


@settings(max_examples=400)
@given(st.lists(id_like, min_size=1, max_size=30))
def test_vectorised_check_agrees_with_the_detector(values):
    """The vectorised check says what gongkai.deid.detectors.resident_id_valid says."""
    problems = resident_id_problem_codes(np.array(values, dtype=object))
    for i, v in enumerate(values):
        assert (i not in problems) == resident_id_valid(v), v
        assert problems.get(i, []) == resident_id_problems(v), v


def test_pseudonymised_ids_are_not_checked():
    assert run_field("cn_resident_id", ["pid_3f2a9c", "", "370102198001011234"])[0].row == 2


# --- unified social credit codes ----------------------------------------------------------------------

uscc_bodies = st.tuples(
    st.sampled_from("1589Y"), st.sampled_from("1239"),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.text(alphabet=USCC_CHARS, min_size=9, max_size=9),
).map("".join)


@settings(max_examples=300)
@given(uscc_bodies)
def test_valid_credit_codes_pass(body):
    code = body + uscc_check_char(body)
    assert uscc_problem(code) is None
    assert run_field("cn_uscc", [code]) == []


@settings(max_examples=300)
@given(uscc_bodies, st.integers(0, 17), st.sampled_from(USCC_CHARS))
def test_any_single_substitution_is_caught(body, pos, char):
    code = body + uscc_check_char(body)
    changed = code[:pos] + char + code[pos + 1:]
    if changed != code:
        assert uscc_problem(changed) is not None


def test_credit_code_format():
    assert uscc_problem("91370100MA3C4D5E6") == "format"            # 17 characters
    assert uscc_problem("91370100MA3C4D5EIO") == "format"           # I and O are not used
    assert run_field("cn_uscc", ["913701OOMA3C4D5E6X"])[0].reason_zh.startswith("位数或字符错误")


# --- budget classification codes ------------------------------------------------------------------------

two = st.integers(1, 99).map(lambda k: f"{k:02d}")
functional = st.tuples(st.sampled_from("12"), two, st.lists(two, max_size=2)).map(
    lambda t: t[0] + t[1] + "".join(t[2]))
economic = st.tuples(st.sampled_from("35"), two, st.lists(two, max_size=1)).map(
    lambda t: t[0] + t[1] + "".join(t[2]))


@settings(max_examples=300)
@given(functional, economic)
def test_well_formed_codes_pass(f, e):
    assert budget_code_problem(f) is None and budget_code_problem(f, "functional") is None
    assert budget_code_problem(e) is None and budget_code_problem(e, "economic") is None


@settings(max_examples=300)
@given(st.text(alphabet="0123456789", min_size=1, max_size=10))
def test_malformed_codes_are_named(code):
    ok_length = len(code) in (3, 5, 7) or (len(code) == 9 and code[0] == "1")
    kind_ok = code[0] in "12" if code[0] not in "35" else len(code) in (3, 5)
    segments_ok = code[1:3] != "00" and all(code[i:i + 2] != "00" for i in range(3, len(code), 2))
    expected_ok = ok_length and code[0] in "1235" and segments_ok and kind_ok
    assert (budget_code_problem(code) is None) == expected_ok, code


def test_budget_code_uses_the_row_classification():
    frame = pd.DataFrame({"classification": ["economic", "functional", "economic"],
                          "code": ["30101", "30101", "2070101"]})
    ctx = domain.Context(frame=frame)
    found = list(domain.CHECKS["budget_code"].func(frame["code"].to_numpy(object), {}, ctx))
    assert [f.row for f in found] == [1, 2]


@settings(max_examples=100)
@given(st.lists(st.tuples(two, two, two), min_size=1, max_size=6, unique=True))
def test_parent_agreement_holds_for_complete_hierarchies(paths):
    rows = []
    for a, b, c in paths:
        for code in (f"2{a}", f"2{a}{b}", f"2{a}{b}{c}"):
            rows.append({"table": "T", "code": code, "level": str({3: 1, 5: 2, 7: 3}[len(code)]),
                         "parent": code[:-2] if len(code) > 3 else ""})
    frame = pd.DataFrame(rows).drop_duplicates()
    assert run_table("budget_code_parent", frame.reset_index(drop=True)) == []
    broken = frame.reset_index(drop=True).copy()
    broken.loc[len(broken) - 1, "parent"] = "299"
    broken.loc[len(broken) - 1, "level"] = "1"
    found = run_table("budget_code_parent", broken)
    assert {f.field for f in found} == {"parent", "level"}


def test_a_missing_parent_row_is_named():
    frame = pd.DataFrame({"table": ["A", "A", "B"], "code": ["207", "2070101", "20701"],
                          "level": ["1", "3", "2"], "parent": ["", "20701", "207"]})
    found = run_table("budget_code_parent", frame)
    assert [(f.row, f.field) for f in found] == [(1, "code"), (2, "code")]


def test_budget_identities_on_budget_lines():
    schema = load_schema("budget-lines")
    from pathlib import Path

    frame = pd.read_csv(Path(__file__).parent / "fixtures/schemas/budget-lines/valid.csv",
                        dtype=str, keep_default_na=False)
    assert run_table("budget_identities", frame) == []
    bad = frame.copy()
    at = bad.index[(bad["code"] == "2070101") & (bad["measure"] == "基本支出")][0]
    bad.loc[at, "amount"] = "790000.00"
    found = run_table("budget_identities", bad)
    rules = {f.reason_en.split(":")[1].strip().split(" (")[0] for f in found}
    assert "合计 = 基本支出 + 项目支出" in rules and "parent = sum of children" in rules
    assert all(f.field == "amount" for f in found)
    report = validate_frame(bad, schema)
    assert {e["type"] for e in report.errors} == {"budget-identity"}
    assert all(e["fieldName"] == "amount" and e["note"].startswith(f"第{e['rowNumber']}行 金额（元） 勾稽关系不成立")
               for e in report.errors)


# --- phones -------------------------------------------------------------------------------------------

@settings(max_examples=200)
@given(mobiles())
def test_mobiles_in_every_style_pass(number):
    for style in phone_styles(number):
        assert run_field("cn_mobile", [style]) == [], style
        assert run_field("cn_phone", [style]) == [], style


@settings(max_examples=200)
@given(st.sampled_from(["010", "0531", "0538", "021"]), st.integers(2, 9),
       st.text(alphabet="0123456789", min_size=6, max_size=7))
def test_landlines_pass(area, first, rest):
    local = f"{first}{rest}"
    for style in (f"{area}-{local}", f"({area}){local}", f"{area} {local}", f"{area}{local}",
                  f"{area}-{local}-123", local):
        assert run_field("cn_landline", [style]) == [], style
        assert run_field("cn_phone", [style]) == [], style


@settings(max_examples=200)
@given(st.text(alphabet="0123456789", min_size=1, max_size=14))
def test_digit_strings_are_phones_only_when_shaped_like_one(digits):
    mobile = len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789"
    if not mobile:
        assert run_field("cn_mobile", [digits]) != []


def test_phone_lists_and_hotlines():
    assert run_field("cn_phone", ["13905381234/0538-6231456", "13905381234、13605380099"]) == []
    assert [f.row for f in run_field("cn_phone", ["12345", "1390538123", "电话"])] == [0, 1, 2]
    assert run_field("cn_hotline", ["12345", "0538-12345", "400-123-4567", "0538-6120000", "110"]) == []
    assert [f.row for f in run_field("cn_hotline", ["举报电话见公告栏", "123"])] == [0, 1]
    # a personal phone is never shown; a public hotline's value may be
    assert not run_field("cn_phone", ["1390538123"])[0].show_value
    assert run_field("cn_hotline", ["x"], _private=False)[0].show_value


# --- periods, amounts, rows ---------------------------------------------------------------------------

def test_periods_parse():
    assert parse_period("2026-10") == (date(2026, 10, 1), date(2026, 10, 31))
    assert parse_period("2026-2") == (date(2026, 2, 1), date(2026, 2, 28))
    assert parse_period("2026-Q3") == (date(2026, 7, 1), date(2026, 9, 30))
    assert parse_period("2026-H2") == (date(2026, 7, 1), date(2026, 12, 31))
    assert parse_period("2026") == (date(2026, 1, 1), date(2026, 12, 31))
    assert parse_period("2026-10-05/2026-11") == (date(2026, 10, 5), date(2026, 11, 30))
    with pytest.raises(ValueError):
        parse_period("十月")


@settings(max_examples=300)
@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
       st.integers(2020, 2030), st.integers(1, 12))
def test_dates_inside_the_period(d, year, month):
    period = f"{year}-{month:02d}"
    ctx = domain.Context(period=period)
    found = list(domain.CHECKS["date_in_period"].func(np.array([d.isoformat()], dtype=object), {}, ctx))
    assert (found == []) == (d.year == year and d.month == month)


def test_date_in_period_from_a_row_field_and_skipped_without_one():
    frame = pd.DataFrame({"month": ["2026-10", "2026-10"], "day": ["2026-10-31", "2026-11-01"]})
    ctx = domain.Context(frame=frame)
    found = list(domain.CHECKS["date_in_period"].func(frame["day"].to_numpy(object),
                                                       {"period_field": "month"}, ctx))
    assert [f.row for f in found] == [1]
    with pytest.raises(domain.CheckSkipped):
        list(domain.CHECKS["date_in_period"].func(frame["day"].to_numpy(object), {}, domain.Context()))


@settings(max_examples=300)
@given(st.lists(st.decimals(min_value=-10 ** 9, max_value=10 ** 9, places=2, allow_nan=False),
                min_size=1, max_size=20))
def test_non_negative(values):
    texts = [format(v, "f") for v in values]
    found = run_field("non_negative", texts + ["", "abc", "-0", "-0.00"])
    assert [f.row for f in found] == [i for i, v in enumerate(values) if v < 0]


def test_row_sum_growth_rank_and_required_if():
    frame = pd.DataFrame({"total": ["100", "100", "x", "50"], "a": ["60", "60", "1", ""],
                          "b": ["40", "41", "2", "50"]})
    assert [f.row for f in run_table("row_sum", frame, total="total", parts=["a", "b"])] == [1]
    frame = pd.DataFrame({"cur": ["110", "90", "5", "1"], "prev": ["100", "100", "0", ""],
                          "rate": ["10.0", "-9.0", "3", "1"]})
    assert [f.row for f in run_table("growth_rate", frame, current="cur", previous="prev",
                                     rate="rate")] == [1]
    frame = pd.DataFrame({"m": ["10"] * 4 + ["11"], "idx": ["3.1", "2.5", "2.5", "4", "1"],
                          "rank": ["3", "1", "1", "4", "2"]})
    found = run_table("rank_order", frame, rank="rank", by="idx", group=["m"], expected_count=4)
    assert [(f.row, f.field) for f in found] == [(None, None), (4, "rank")]
    frame = pd.DataFrame({"result": ["不合格", "合格", "合格", "不合格"], "items": ["", "x", "", "y"]})
    found = run_table("required_if", frame, field="items", when={"result": "不合格"}, otherwise_empty=True)
    assert [(f.row, f.reason_zh[:2]) for f in found] == [(0, "不能"), (1, "应为")]


# --- declarations and personal data ----------------------------------------------------------------------

def test_checks_are_declared_or_derived_from_pii():
    schema = {"fields": [
        {"name": "id", "pii": "cn_resident_id"},
        {"name": "tel", "pii": "phone"},
        {"name": "hotline", "pii": "phone", "domain_checks": ["cn_hotline"]},
        {"name": "off", "pii": "phone", "domain_checks": []},
        {"name": "day", "domain_checks": [{"check": "date_in_period", "period": "2026"}]},
    ], "gongkai": {"domain_checks": [{"check": "row_sum", "total": "a", "parts": ["b"]}]}}
    got = [(c.name, f, o) for c, f, o in declared_checks(schema)]
    assert got == [("cn_resident_id", "id", {}), ("cn_phone", "tel", {}), ("cn_hotline", "hotline", {}),
                   ("date_in_period", "day", {"period": "2026"}),
                   ("row_sum", None, {"total": "a", "parts": ["b"]})]
    with pytest.raises(ValueError, match="unknown domain check"):
        declared_checks({"fields": [{"name": "x", "domain_checks": ["cn_passport"]}]})
    with pytest.raises(ValueError, match="table check"):
        declared_checks({"fields": [{"name": "x", "domain_checks": ["row_sum"]}]})


def test_every_check_is_documented():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "validation.md").read_text(encoding="utf-8")
    for name in domain.CHECKS:
        assert f"`{name}`" in doc, name


def test_personal_values_never_reach_the_report():
    schema = load_schema("dibao-listing")
    good = make_id("370102", date(1980, 5, 17), 321)
    bad = wrong_check(make_id("370102", date(1975, 3, 9), 456))
    frame = pd.DataFrame({
        "seq": ["1", "1", "x"], "head_of_household": ["石秋云", "鲍成林", "戚玉兰"],
        "resident_id": [good, bad, bad], "phone": ["1390538123", "13905381234x", "138-1234-5678"],
        "community": ["柳泉社区", "", "杏林村"], "address": ["柳泉社区3号楼", "", ""],
        "household_size": ["2", "两", "1"], "amount": ["1260", "-5", "800"],
        "remarks": ["", "", ""], "supervision_hotline": ["0538-6120000", "bad", "12345"]})
    report = validate_frame(frame, schema)
    text = json.dumps(report.as_dict(), ensure_ascii=False)
    for value in (good, bad, bad[:-1], "1390538123", "13905381234x", "石秋云", "鲍成林"):
        assert value not in text, value
    assert {e["type"] for e in report.errors} >= {"cn-resident-id", "cn-phone", "primary-key",
                                                 "type-error", "constraint-error"}
    # a public field's value is shown to help the officer
    assert any("（现为“两”）" in e["note"] for e in report.errors)
    assert not [e for e in report.errors if e["fieldName"] == "supervision_hotline" and "bad" in e["note"]]


def test_domain_errors_keep_frictionless_shape():
    schema = load_schema("fiscal-monthly")
    frame = pd.DataFrame({"period": ["2026-11"], "region": ["东岳市"], "direction": ["收入"],
                          "code": ["10a"], "item": ["税收收入"], "ytd_amount": ["-1"]})
    errors = domain_errors(frame, schema, period="2026-10")
    assert {e["type"] for e in errors} == {"date-in-period", "budget-code", "non-negative"}
    for e in errors:
        assert set(e) >= {"type", "check", "rowNumber", "fieldName", "fieldNumber", "cell",
                          "message", "note"}
        assert e["rowNumber"] == 2 and e["note"].startswith("第2行 ")
