"""Budget tables on a fixture the tests make: each identity holds on the clean file and fails,
with its page and row, where an error is planted; standard titles in both scripts; split codes
with the 类 carried; an economic classification printed in two halves."""

import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

from gongkai.cli import main
from gongkai.extract.budget import budget_frame, check_identities

from pdf_fixtures import BUDGET_ERRORS, budget_pdf


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    path = tmp_path_factory.mktemp("budget") / "clean.pdf"
    truth = budget_pdf(path)
    lines, classified, info = budget_frame(path)
    return path, truth, lines, classified, check_identities(lines)


def test_standard_tables_found_with_title_unit_and_kind(clean):
    _, _, _, classified, _ = clean
    got = [(bt.kind, bt.title, bt.table.unit, bt.table.unit_factor, bt.table.pages) for bt in classified]
    assert got == [
        ("财务收支预算总表", "部门财务收支预算总表", "元", 1, [2]),
        ("支出预算总表", "部門支出預算總表", "万元", 10000, [3]),        # traditional title
        ("一般公共预算基本支出经济分类预算表", "部门一般公共预算基本支出经济分类预算表", "元", 1, [4]),
    ]
    assert {bt.fiscal_year for bt in classified} == {2026}
    assert {bt.phase for bt in classified} == {"approved"}
    assert {bt.department for bt in classified} == {"东岳市测试局"}


def test_every_identity_holds_on_the_clean_file(clean):
    *_, results = clean
    rules = {r["rule"] for r in results}
    assert rules == {"parent = sum of children", "合计 row = sum of rows", "合计 = 基本支出 + 项目支出",
                     "收入总计 = 支出总计", "总表 = detail table", "standard table present",
                     "standard table has figures"}
    assert [r for r in results if not r["ok"]] == []
    assert [(r["table"], r["expected"], r["actual"]) for r in results
            if r["rule"] == "standard table has figures"] == [
        ("部门财务收支预算总表", "6 printed figures", "6 lines from printed figures"),
        ("部門支出預算總表", "27 printed figures", "27 lines from printed figures"),
        ("部门一般公共预算基本支出经济分类预算表", "6 printed figures", "6 lines from printed figures")]
    assert all(Decimal(r["tolerance"]) >= 0 for r in results)


def test_split_codes_are_joined_with_the_lei_carried_and_names_kept(clean):
    _, truth, lines, _, _ = clean
    spend = lines[lines["table"] == "部門支出預算總表"]
    coded = spend[spend["code"].notna() & (spend["measure"] == "合计")]
    assert list(coded["code"]) == [code for code, *_ in truth["rows"]]
    row = coded[coded["code"] == "2080505"].iloc[0]
    assert (row["name"], row["level"], row["parent"]) == ("机关事业单位基本养老保险缴费支出", 3, "20805")
    assert row["amount"] == Decimal("80000.00")      # 8.00 万元 in yuan, exact
    assert row["unit_factor"] == 10000 and row["printed"] == "8.00"


def test_economic_table_in_two_halves_keeps_each_half_codes(clean):
    _, truth, lines, _, _ = clean
    econ = lines[lines["table"] == "部门一般公共预算基本支出经济分类预算表"]
    got = {(c, n): a for c, n, a in zip(econ["code"], econ["name"], econ["amount"])}
    for half in ("left", "right"):
        for lei, kuan, name, amount in truth["economic"][half]:
            assert got[(lei + kuan, name)] == Decimal(amount)
    assert set(econ["classification"]) == {"economic"}


def test_directions_of_the_two_sided_summary(clean):
    _, _, lines, _, _ = clean
    summary = lines[lines["table"] == "部门财务收支预算总表"]
    assert set(summary[summary["name"] == "收入总计"]["direction"]) == {"revenue"}
    assert set(summary[summary["name"] == "支出总计"]["direction"]) == {"expenditure"}


EXPECTED_RULE = {
    "parent": "parent = sum of children",
    "parts": "合计 = 基本支出 + 项目支出",
    "total_row": "合计 row = sum of rows",
    "grand_total": "收入总计 = 支出总计",
    "cross": "总表 = detail table",
    "missing_table": "standard table present",
}


@pytest.mark.parametrize("error", BUDGET_ERRORS)
def test_a_planted_error_is_reported_with_its_page(tmp_path, error):
    path = tmp_path / f"{error}.pdf"
    where = budget_pdf(path, {error})["where"][error]
    lines, _, _ = budget_frame(path)
    failed = [r for r in check_identities(lines) if not r["ok"]]
    assert failed, error
    assert EXPECTED_RULE[error] in {r["rule"] for r in failed}
    page = where[0]
    assert {r["page"] for r in failed if r["rule"] == EXPECTED_RULE[error]} == {page}
    # nothing fails on pages the error does not touch
    assert {r["page"] for r in failed} == {page}


def test_tolerance_follows_the_printed_precision(clean):
    *_, results = clean
    parent = next(r for r in results if r["rule"] == "parent = sum of children"
                  and r["subject"].startswith("208 合计"))
    # 208 = 20805: two figures printed to 0.01 万元 (100 yuan), half of that each
    assert Decimal(parent["tolerance"]) == Decimal(100)
    summary = next(r for r in results if r["rule"] == "收入总计 = 支出总计")
    assert Decimal(summary["tolerance"]) == Decimal("0.010")   # two figures in 元 to 0.01


def test_budget_command_writes_lines_and_report_and_strict_fails(tmp_path):
    clean_pdf, bad_pdf = tmp_path / "clean.pdf", tmp_path / "bad.pdf"
    budget_pdf(clean_pdf)
    budget_pdf(bad_pdf, {"parent"})
    out, report = tmp_path / "lines.csv", tmp_path / "report.json"
    result = CliRunner().invoke(main, ["budget", str(clean_pdf), "--csv", str(out), "--report",
                                       str(report), "--strict"])
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["failed"] == 0 and data["checked"] > 20
    assert {"rule", "table", "page", "row", "expected", "actual", "ok", "tolerance"} <= set(data["results"][0])
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert {"table", "code", "name", "measure", "amount", "unit", "page"} <= set(header)
    bad = CliRunner().invoke(main, ["budget", str(bad_pdf), "--csv", str(out), "--strict"])
    assert bad.exit_code == 1
    assert "page 3" in bad.output
