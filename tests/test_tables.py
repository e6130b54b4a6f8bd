"""General table extraction on a fixture the tests make: spans, captions, units, stitching."""

import json

import pytest
from click.testing import CliRunner

from gongkai.cli import main
from gongkai.extract.tables import extract_tables

from pdf_fixtures import ruled_table_pdf


@pytest.fixture(scope="module")
def ruled(tmp_path_factory):
    path = tmp_path_factory.mktemp("tables") / "ruled.pdf"
    truth = ruled_table_pdf(path)
    return path, truth


def test_table_continued_on_next_page_is_stitched_once(ruled):
    path, truth = ruled
    tables, info = extract_tables(path)
    assert info["pages_without_text"] == []
    big = tables[0]
    assert big.pages == [1, 2]
    assert big.header_rows == 2
    assert len(big.body) == len(truth["body"])  # repeated header dropped, nothing lost
    assert big.body == truth["body"]
    assert big.body_pages == [1] * 20 + [2] * 10


def test_spanning_cells_are_filled_not_none(ruled):
    path, _ = ruled
    big = extract_tables(path)[0][0]
    assert big.header[0] == ["科目编码", "科目编码", "科目名称", "支出预算", "支出预算", "支出预算"]
    assert big.header[1][2] == "科目名称"  # vertical span
    assert all(cell is not None for row in big.cells for cell in row)
    assert big.columns() == ["科目编码/类", "科目编码/款", "科目名称", "支出预算/合计",
                             "支出预算/基本支出", "支出预算/项目支出"]


def test_caption_and_unit(ruled):
    path, _ = ruled
    tables, _ = extract_tables(path)
    assert tables[0].title == "2026年部门支出预算表"
    assert (tables[0].unit, tables[0].unit_factor) == ("元", 1)
    assert len(tables) == 2
    assert tables[1].title == "“三公”经费预算表"
    assert (tables[1].unit, tables[1].unit_factor) == ("万元", 10000)
    assert tables[1].cells == [["合计", "因公出国（境）费", "公务接待费"], ["3.50", "1.00", "2.50"]]


def test_hidden_rectangle_makes_no_phantom_row(ruled):
    path, truth = ruled
    big = extract_tables(path)[0][0]
    assert len(big.cells) == 2 + len(truth["body"])


def test_tables_command_writes_the_contract(ruled, tmp_path):
    path, _ = ruled
    out = tmp_path / "t.json"
    result = CliRunner().invoke(main, ["tables", str(path), "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert set(data["source"]) >= {"path", "sha256", "pages"}
    table = data["tables"][0]
    assert set(table) >= {"id", "pages", "bbox", "title", "unit", "header_rows", "cells"}
    assert table["pages"] == [1, 2] and len(table["bbox"]) == 4
    only_second = tmp_path / "p2.json"
    CliRunner().invoke(main, ["tables", str(path), "--json", str(only_second), "--pages", "2"])
    assert [t["pages"] for t in json.loads(only_second.read_text())["tables"]] == [[2], [2]]
