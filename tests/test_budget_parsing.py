"""Budget vocabulary: titles in both scripts, codes printed every way, amounts with units."""

from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.extract.budget import (LINE_COLUMNS, STANDARD, BudgetTable, _two_digits, column_blocks,
                                    normalise_title, standard_kind, standard_table, tidy_lines)
from gongkai.extract.parsers import parse_code
from gongkai.extract.tables import Table


@pytest.mark.parametrize("title, kind", [
    ("2025年部门财务收支预算总表", "财务收支预算总表"),
    ("1．2025年预算单位财务收支预算总表", "财务收支预算总表"),
    ("2025年部门一般公共预算基本支出部门预算经济分类预算表", "一般公共预算基本支出经济分类预算表"),
    ("2025年單位“三公”經費和機關運行經費預算表", "“三公”经费和机关运行经费预算表"),
    ("國有資本經營預算財政撥款收入支出決算表", "国有资本经营预算财政拨款收入支出决算表"),
    ("财政拨款收支决算总表", "财政拨款收入支出决算总表"),
    ("一般公共预算财政拨款支出决算明细表", "一般公共预算财政拨款支出决算表"),
    ("财政拨款 “ 三公 ” 经费支出决算表", "财政拨款“三公”经费支出决算表"),
    ("支出决算表", "支出决算表"),
    ("上海市普陀区XX局2024年度部门决算表", None),
    ("2026年部门支出预算表", None),
])
def test_standard_titles_in_both_scripts(title, kind):
    assert standard_kind(title) == kind


def test_title_year_and_numbering():
    assert normalise_title("2025年部门收入预算总表") == ("部门收入预算总表", 2025)
    assert normalise_title("3. 2025年部门支出预算总表") == ("部门支出预算总表", 2025)
    assert normalise_title("收入决算表") == ("收入决算表", None)


def test_column_blocks_one_column_split_and_two_halves():
    one = column_blocks(["科目编码", "科目名称", "合计", "基本支出", "项目支出"])
    assert [(b.code, b.name, b.measures) for b in one] == [(0, 1, [2, 3, 4])]
    split = column_blocks(["功能分类科目编码/类", "功能分类科目编码/款", "功能分类科目编码/项", "科目名称", "合计"])
    assert [(b.lei, b.kuan, b.xiang, b.name, b.measures) for b in split] == [(0, 1, 2, 3, [4])]
    halves = column_blocks(["经济分类/类", "经济分类/款", "科目名称", "决算数",
                            "经济分类/类", "经济分类/款", "科目名称", "决算数"])
    assert [(b.lei, b.kuan, b.name, b.measures) for b in halves] == [(0, 1, 2, [3]), (4, 5, 6, [7])]
    sides = column_blocks(["收入/项目", "收入/预算数", "支出/项目", "支出/预算数"])
    assert [(b.name, b.measures) for b in sides] == [(0, [1]), (2, [3])]


def test_kuan_printed_without_its_leading_zero():
    assert _two_digits("2") == "02" and _two_digits("13") == "13" and _two_digits("") == ""


def _table(rows, header, unit=("万元", 10000)):
    cells = [header] + rows
    return Table("t", [1], (0, 0, 1, 1), cells, [1] * len(cells), header_rows=1, title="t",
                 unit=unit[0], unit_factor=unit[1])


def test_code_printed_in_the_name_cell_is_taken_apart():
    table = _table([["2010101 行政运行", "1.00"]], ["科目", "合计"])
    lines = tidy_lines(BudgetTable(table, "t", None, 2026, "approved", None))
    assert (lines[0]["code"], lines[0]["name"], lines[0]["level"]) == ("2010101", "行政运行", 3)


_PRINTED = st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=2)


@settings(max_examples=60, deadline=None)
@given(_PRINTED, st.sampled_from([("元", 1), ("万元", 10000), ("亿元", 100000000)]),
       st.sampled_from(["grouped", "plain", "parentheses"]))
def test_amounts_in_yuan_are_exact_whatever_the_print(value, unit, style):
    magnitude = abs(value)
    text = f"{magnitude:,.2f}" if style != "plain" else f"{magnitude:.2f}"
    if value < 0:
        text = f"({text})" if style == "parentheses" else f"-{text}"
    table = _table([["2010101", "行政运行", text, "-"]], ["科目编码", "科目名称", "合计", "基本支出"], unit)
    lines = tidy_lines(BudgetTable(table, "t", None, 2026, "approved", None))
    by_measure = {line["measure"]: line for line in lines}
    if value == 0:
        assert by_measure["合计"]["amount"] == 0
    else:
        assert by_measure["合计"]["amount"] == value * unit[1]
    assert by_measure["合计"]["decimals"] == 2
    assert by_measure["基本支出"]["amount"] == 0          # '-' printed: nothing, i.e. zero
    assert parse_code(by_measure["合计"]["code"]).parent == "20101"


# --- 目录 entries and tables printed as a notice (issue 15) -----------------------------------

_NUMBERING = st.sampled_from(["", "一、", "二、", "1.", "3．", "12 ", "4、"])
_TAIL = st.sampled_from(["", " 5", " ........ 17", "…………3", " ·····  21", "（续） 8"])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([s for s in STANDARD]), _NUMBERING, _TAIL,
       st.sampled_from(["", "2025年", "2024年度部门"]))
def test_contents_entries_with_page_numbers_and_leaders_are_read(std, numbering, tail, prefix):
    """A 目录 entry names its table whatever the numbering before it and the leaders and page
    number after it (an entry with a page number was once not read, so presence went
    unchecked)."""
    from gongkai.extract.budget import listed_tables

    page = {2: ["目 录", f"{numbering}{prefix}{std.name}{tail}"]}
    found = listed_tables(page)
    assert [(p, standard_table(name).name) for p, name in found] == [(2, std.name)]


def test_a_table_printed_as_its_title_and_no_data_is_present_with_a_note():
    from gongkai.extract.budget import check_figures, check_presence, no_data_notices

    pages = {1: ["目录", "一、2025年部门“三公”经费和机关运行经费预算表 ........ 2"],
             2: ["2025年部门“三公”经费和机关运行经费预算表", "编制单位：东岳市测试局 单位：万元",
                 "本表无数据"],
             3: ["2025年部门政府性基金预算支出功能分类预算表", "编制单位：东岳市测试局 单位：万元"]}
    notices = no_data_notices(pages, [])
    assert [(bt.kind, bt.no_data, bt.fiscal_year, bt.table.pages, bt.table.unit) for bt in notices] == [
        ("“三公”经费和机关运行经费预算表", True, 2025, [2], "万元")]
    figures = check_figures(pd.DataFrame(columns=LINE_COLUMNS), notices)
    assert [(r["actual"], r["ok"]) for r in figures] == [("0 lines: the table prints 本表无数据", True)]
    presence = check_presence(pages, notices, pd.DataFrame(columns=LINE_COLUMNS))
    assert [(r["table"], r["actual"], r["ok"]) for r in presence] == [
        ("“三公”经费和机关运行经费预算表", "present", True)]
