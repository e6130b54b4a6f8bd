"""Standard tables without a row-label column (the "三公"经费 table, 机关运行经费, 政府采购):
every printed figure becomes a line named by its multi-level header, the 三公 identities hold
or fail with the row, an empty standard table fails loudly unless it prints 本表无数据, and the
templates are data (budget_templates/*.yaml)."""

from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.extract.budget import (STANDARD, BudgetTable, _identities, check_figures,
                                    check_presence, load_template, prints_no_data, standard_table,
                                    tidy_lines)
from gongkai.extract.tables import Table

# 预算: 合计 | 因公出国(境)费 | 公务用车购置及运行费 (小计, 购置费, 运行费) | 公务接待费 | 机关运行经费
BUDGET_HEADER = [
    ["2025年“三公”经费预算数"] * 6 + ["机关运行经费"],
    ["合计", "因公出国(境)费", "公务用车购置及运行费", "公务用车购置及运行费", "公务用车购置及运行费",
     "公务接待费", "机关运行经费"],
    ["合计", "因公出国(境)费", "小计", "购置费", "运行费", "公务接待费", "机关运行经费"],
]
SANGGONG = "“三公”经费和机关运行经费预算表"


def _sanggong(row, header=BUDGET_HEADER, title=SANGGONG, kind=SANGGONG, phase="approved",
              context=()):
    cells = [list(h) for h in header] + [list(r) for r in row]
    table = Table("t", [7], (0, 0, 1, 1), cells, [7] * len(cells), header_rows=len(header),
                  title=title, unit="万元", unit_factor=10000, context=list(context))
    from gongkai.extract.budget import prints_no_data

    return BudgetTable(table, title, kind, 2025, phase, None, prints_no_data(table))


def _frame(lines):
    from gongkai.extract.budget import LINE_COLUMNS

    return pd.DataFrame(lines, columns=LINE_COLUMNS)


def test_templates_are_data_with_21_standard_tables():
    template = load_template()
    assert template.name == "cn-department"
    assert len(template.tables) == 21 and STANDARD == list(template.tables)
    assert [t.name for t in template.tables if t.layout == "measures"] == [
        "“三公”经费和机关运行经费预算表", "财政拨款“三公”经费支出决算表", "机关运行经费支出决算表",
        "政府采购情况表", "国有资产占用情况表"]
    assert "本表无数据" in template.no_data_marks
    sanggong = standard_table("2025年“三公”经费和机关运行经费预算表")
    assert [i.rule for i in sanggong.identities] == ["三公 合计 = 出国 + 公务用车 + 接待",
                                                     "三公 公务用车小计 = 购置 + 运行"]
    assert sanggong.identities[1].parts == (("购置",), ("运行",))


def test_unknown_template_is_one_clear_line():
    with pytest.raises(ValueError, match="unknown budget template 'nope' \\(known: cn-department\\)"):
        load_template("nope")


def test_one_row_without_labels_gives_every_printed_figure():
    bt = _sanggong([["12.50", "2.00", "8.00", "3.00", "5.00", "2.50", "40.10"]])
    lines = tidy_lines(bt)
    got = [(ln["measure_path"], ln["amount"], ln["name"], ln["code"], ln["row"]) for ln in lines]
    assert got == [
        ("2025年“三公”经费预算数/合计", Decimal("125000.00"), "", None, 4),
        ("2025年“三公”经费预算数/因公出国(境)费", Decimal("20000.00"), "", None, 4),
        ("2025年“三公”经费预算数/公务用车购置及运行费/小计", Decimal("80000.00"), "", None, 4),
        ("2025年“三公”经费预算数/公务用车购置及运行费/购置费", Decimal("30000.00"), "", None, 4),
        ("2025年“三公”经费预算数/公务用车购置及运行费/运行费", Decimal("50000.00"), "", None, 4),
        ("2025年“三公”经费预算数/公务接待费", Decimal("25000.00"), "", None, 4),
        ("机关运行经费", Decimal("401000.00"), "", None, 4),
    ]
    results = _identities(_frame(lines), None)
    assert [(r["rule"], r["expected"], r["actual"], r["ok"]) for r in results] == [
        ("三公 合计 = 出国 + 公务用车 + 接待", "125000.00", "125000.00", True),
        ("三公 公务用车小计 = 购置 + 运行", "80000.00", "80000.00", True),
    ]
    assert results[0]["tolerance"] == "200.00"    # 4 figures in 万元 to 0.01: 4 x 50 元


def test_a_wrong_sum_fails_with_page_and_row():
    bt = _sanggong([["12.50", "2.00", "8.00", "3.00", "4.00", "2.50", "40.10"]])
    results = _identities(_frame(tidy_lines(bt)), None)
    failed = [(r["rule"], r["page"], r["row"], r["expected"], r["actual"]) for r in results if not r["ok"]]
    assert failed == [("三公 公务用车小计 = 购置 + 运行", 7, 4, "80000.00", "70000.00")]
    assert [r["ok"] for r in results if r["rule"].startswith("三公 合计")] == [True]


# 决算: 预算数 / 决算数 pairs under each heading
EXEC_HEADER = [
    ["合计", "合计", "因公出国(境)费", "因公出国(境)费"] + ["公务用车购置及运行费"] * 6 + ["公务接待费", "公务接待费"],
    ["合计", "合计", "因公出国(境)费", "因公出国(境)费", "小计", "小计", "公务用车购置费", "公务用车购置费",
     "公务用车运行费", "公务用车运行费", "公务接待费", "公务接待费"],
    ["预算数", "决算数"] * 6,
]


def test_executed_pairs_check_budget_and_actual_separately():
    row = ["10.00", "9.00", "1.00", "1.00", "6.00", "5.00", "2.00", "2.00", "4.00", "3.00", "3.00", "3.00"]
    title = "财政拨款“三公”经费支出决算表"
    bt = _sanggong([row], header=EXEC_HEADER, title=title, kind=title, phase="executed")
    lines = tidy_lines(bt)
    assert len(lines) == 12
    assert lines[4]["measure_path"] == "公务用车购置及运行费/小计/预算数"
    results = _identities(_frame(lines), None)
    assert sorted((r["rule"], r["subject"].split(" ")[-1], r["actual"], r["ok"]) for r in results) == [
        ("三公 公务用车小计 = 购置 + 运行", "公务用车购置及运行费/小计/决算数", "50000.00", True),
        ("三公 公务用车小计 = 购置 + 运行", "公务用车购置及运行费/小计/预算数", "60000.00", True),
        ("三公 合计 = 出国 + 公务用车 + 接待", "合计/决算数", "90000.00", True),
        ("三公 合计 = 出国 + 公务用车 + 接待", "合计/预算数", "100000.00", True),
    ]


def test_machine_running_cost_is_not_the_car_running_cost():
    """机关运行经费 holds 运行 but is no term of the car identity (the last fragment must be in
    the path's last component that holds one)."""
    header = [["合计", "公务用车购置及运行费", "公务用车购置及运行费", "公务用车购置及运行费", "机关运行经费"],
              ["合计", "小计", "购置费", "运行费", "机关运行经费"]]
    bt = _sanggong([["3.00", "3.00", "1.00", "2.00", "99.00"]], header=header)
    results = _identities(_frame(tidy_lines(bt)), None)
    assert [(r["rule"], r["actual"]) for r in results] == [("三公 公务用车小计 = 购置 + 运行", "30000.00")]


def test_empty_standard_table_fails_loudly_and_no_data_is_a_note():
    empty = _sanggong([])
    no_data = _sanggong([["本表无数据"] * 7])
    footnote = _sanggong([], context=["注：本单位2025年无“三公”经费预算，本表无数据。"])
    assert (empty.no_data, no_data.no_data, footnote.no_data) == (False, True, True)
    assert tidy_lines(no_data) == []
    results = check_figures(_frame([]), [empty, no_data, footnote])
    assert [(r["rule"], r["expected"], r["actual"], r["ok"]) for r in results] == [
        ("standard table has figures", "0 printed figures", "0 lines from printed figures", False),
        ("standard table has figures", "0 printed figures", "0 lines: the table prints 本表无数据", True),
        ("standard table has figures", "0 printed figures", "0 lines: the table prints 本表无数据", True),
    ]


def test_a_printed_figure_that_makes_no_line_fails():
    full = _sanggong([["12.50", "2.00", "8.00", "3.00", "5.00", "2.50", "40.10"]])
    lines = tidy_lines(full)
    ok = check_figures(_frame(lines), [full])
    short = check_figures(_frame(lines[:-1]), [full])
    assert [(r["expected"], r["actual"], r["ok"]) for r in ok + short] == [
        ("7 printed figures", "7 lines from printed figures", True),
        ("7 printed figures", "6 lines from printed figures", False)]


def test_present_means_present_with_its_figures():
    toc = {2: ["目录", "一、2025年“三公”经费和机关运行经费预算表"]}
    empty = _sanggong([])
    full = _sanggong([["12.50", "2.00", "8.00", "3.00", "5.00", "2.50", "40.10"]])
    assert [(r["actual"], r["ok"]) for r in check_presence(toc, [empty], _frame([]))] == [
        ("present without figures", False)]
    lines = _frame(tidy_lines(full))
    assert [(r["actual"], r["ok"]) for r in check_presence(toc, [full], lines)] == [("present", True)]
    assert [(r["actual"], r["ok"]) for r in check_presence(toc, [], lines)] == [("missing", False)]


def test_no_data_mark_in_traditional_script_and_with_spaces():
    table = Table("t", [1], (0, 0, 1, 1), [["合计"], ["本 表 無 數 據"]], [1, 1], header_rows=1)
    assert prints_no_data(table)
    assert not prints_no_data(Table("t", [1], (0, 0, 1, 1), [["合计"], ["1.00"]], [1, 1], header_rows=1))


_WAN = st.decimals(min_value=Decimal("0"), max_value=Decimal("99999.99"), places=2)


@settings(max_examples=60, deadline=None)
@given(_WAN, _WAN, _WAN, _WAN)
def test_identities_hold_for_any_printed_parts(abroad, purchase, running, reception):
    car = purchase + running
    total = abroad + car + reception
    row = [f"{v:,.2f}" for v in (total, abroad, car, purchase, running, reception)] + ["1.00"]
    lines = tidy_lines(_sanggong([row]))
    assert [ln["amount"] for ln in lines[:6]] == [v * 10000 for v in
                                                  (total, abroad, car, purchase, running, reception)]
    results = _identities(_frame(lines), None)
    assert [r["ok"] for r in results] == [True, True]


# --- end to end, on a PDF the test makes ---------------------------------------------------------

def _sanggong_pdf(path):
    """目录; a one-row 三公 table in 万元 under a three-level ruled header (no row labels), with
    机关运行经费 beside it; a 政府性基金 table with no rows and 本表无数据 under it."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    from pdf_fixtures import _font, _grid

    font = _font()
    width, height = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=(width, height), invariant=1)
    c.setFont(font, 14)
    c.drawCentredString(width / 2, height - 60, "目录")
    c.setFont(font, 11)
    c.drawString(80, height - 100, "一、2025年部门“三公”经费和机关运行经费预算表")
    c.drawString(80, height - 120, "二、2025年部门政府性基金预算支出功能分类预算表")
    c.showPage()
    c.setFont(font, 14)
    c.drawCentredString(width / 2, height - 60, "2025年部门“三公”经费和机关运行经费预算表")
    c.setFont(font, 9)
    c.drawString(60, height - 82, "编制部门：东岳市测试局")
    c.drawRightString(width - 60, height - 82, "单位：万元")
    rows = [["2025年“三公”经费预算数", "", "", "", "", "", "机关运行经费"],
            ["合计", "因公出国(境)费", "公务用车购置及运行费", "", "", "公务接待费", ""],
            ["", "", "小计", "购置费", "运行费", "", ""],
            ["12.50", "2.00", "8.00", "3.00", "5.00", "2.50", "40.10"]]
    spans = [(0, 0, 1, 6), (0, 6, 3, 1), (1, 0, 2, 1), (1, 1, 2, 1), (1, 2, 1, 3), (1, 5, 2, 1)]
    _grid(c, 60, 95, [90, 100, 90, 80, 80, 90, 100], [20, 20, 20, 20], height, rows, spans)
    c.showPage()
    c.setFont(font, 14)
    c.drawCentredString(width / 2, height - 60, "2025年部门政府性基金预算支出功能分类预算表")
    c.setFont(font, 9)
    c.drawString(60, height - 82, "编制部门：东岳市测试局")
    c.drawRightString(width - 60, height - 82, "单位：万元")
    rows = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"], ["", "合计", "", "", ""]]
    bottom = _grid(c, 60, 95, [90, 200, 100, 100, 100], [20, 20], height, rows)
    c.drawString(60, bottom - 20, "注：本部门2025年无政府性基金预算支出，本表无数据。")
    c.showPage()
    c.save()


@pytest.fixture(scope="module")
def sanggong_doc(tmp_path_factory):
    from gongkai.extract.budget import budget_frame, check_identities

    path = tmp_path_factory.mktemp("sanggong") / "sanggong.pdf"
    _sanggong_pdf(path)
    lines, classified, info = budget_frame(path, jobs=1)
    return lines, classified, check_identities(lines)


def test_pdf_one_row_table_reaches_every_figure_in_yuan(sanggong_doc):
    lines, classified, _ = sanggong_doc
    assert [(bt.kind, bt.table.unit, bt.no_data) for bt in classified] == [
        ("“三公”经费和机关运行经费预算表", "万元", False),
        ("政府性基金预算支出功能分类预算表", "万元", True)]
    got = [(ln.measure_path, str(ln.amount), ln.printed, ln.page) for ln in lines.itertuples()]
    assert got == [
        ("2025年“三公”经费预算数/合计", "125000.00", "12.50", 2),
        ("2025年“三公”经费预算数/因公出国(境)费", "20000.00", "2.00", 2),
        ("2025年“三公”经费预算数/公务用车购置及运行费/小计", "80000.00", "8.00", 2),
        ("2025年“三公”经费预算数/公务用车购置及运行费/购置费", "30000.00", "3.00", 2),
        ("2025年“三公”经费预算数/公务用车购置及运行费/运行费", "50000.00", "5.00", 2),
        ("2025年“三公”经费预算数/公务接待费", "25000.00", "2.50", 2),
        ("机关运行经费", "401000.00", "40.10", 2),
    ]


def test_pdf_identities_figures_and_presence_hold(sanggong_doc):
    *_, results = sanggong_doc
    got = sorted((r["rule"], r["table"], r["actual"], r["ok"]) for r in results
                 if r["rule"] != "heading year = fiscal year")
    assert got == sorted([
        ("standard table has figures", "部门政府性基金预算支出功能分类预算表",
         "0 lines: the table prints 本表无数据", True),
        ("standard table has figures", "部门“三公”经费和机关运行经费预算表", "7 lines from printed figures", True),
        ("standard table present", "政府性基金预算支出功能分类预算表", "present", True),
        ("standard table present", "“三公”经费和机关运行经费预算表", "present", True),
        ("三公 公务用车小计 = 购置 + 运行", "部门“三公”经费和机关运行经费预算表", "80000.00", True),
        ("三公 合计 = 出国 + 公务用车 + 接待", "部门“三公”经费和机关运行经费预算表", "125000.00", True),
    ])
