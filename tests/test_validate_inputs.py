"""What officers hand in: CSV in GB18030 or UTF-16, XLSX with title rows and Chinese headers,
and everything that is not a usable table; `gongkai validate` exits 0, 1 or 2."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from gongkai.cli import main
from gongkai.errors import InputError
from gongkai.validate.schema import load_schema
from gongkai.validate.tabular import cell_text, read_table
from gongkai.validate import normalise, validate_frame

FIXTURES = Path(__file__).parent / "fixtures" / "schemas"
LISTING = FIXTURES / "dibao-listing" / "valid.csv"
SCHEMA = load_schema("dibao-listing")


def validate(*args):
    return CliRunner().invoke(main, ["validate", *map(str, args)])


def listing_rows():
    return pd.read_csv(LISTING, dtype=str, keep_default_na=False)


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8", "utf-8-sig", "utf-16"])
def test_csv_encodings(tmp_path, encoding):
    path = tmp_path / f"名单-{encoding}.csv"
    listing_rows().to_csv(path, index=False, encoding=encoding)
    frame = read_table(path, SCHEMA)
    assert frame.attrs["encoding"] in ("gb18030", "utf-8-sig", "utf-16")
    assert list(frame.columns) == [f["name"] for f in SCHEMA["fields"]]
    assert frame.loc[0, "head_of_household"] == "石秋云"
    result = validate(path, "--schema", "dibao-listing")
    assert result.exit_code == 0, result.output


def test_gb18030_characters_beyond_gbk(tmp_path):
    rows = listing_rows()
    rows.loc[0, "户主姓名"] = "石𠀋云"                 # a character GBK cannot encode
    path = tmp_path / "gb18030.csv"
    rows.to_csv(path, index=False, encoding="gb18030")
    assert read_table(path, SCHEMA).loc[0, "head_of_household"] == "石𠀋云"


def test_undecodable_file_is_refused(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("序号,户主姓名\n1,".encode("utf-8") + b"\x80\x80\xff\xfe\x81" * 3 + b"\n")
    with pytest.raises(InputError, match="neither UTF-8 nor GB18030"):
        read_table(path, SCHEMA)
    assert validate(path, "--schema", "dibao-listing").exit_code == 2


def _xlsx(path: Path, rows: list[list], *, title: str | None = "青禾街道2026年10月城乡低保公示名单",
          sheets_before: int = 0):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "说明"
    if sheets_before:
        ws.append(["本工作簿的第二张表是名单"])
        ws = book.create_sheet("名单")
    if title:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
        ws.append(["填报单位：青禾街道办事处", None, None, None, None, None, None, "单位：元"])
    for row in rows:
        ws.append(row)
    book.save(path)


def test_xlsx_with_title_rows_and_chinese_headers(tmp_path):
    rows = listing_rows()
    data = [list(rows.columns)] + [
        [int(r["序号"]), r["户主姓名"], r["身份证号码"], r["联系电话"], r["居住社区(村)"], r["家庭住址"],
         int(r["保障人数"]), float(r["救助金额（元）"].replace(",", "")), r["备注"] or None, r["监督举报电话"]]
        for _, r in rows.iterrows()]
    path = tmp_path / "名单.xlsx"
    _xlsx(path, data, sheets_before=1)
    frame = read_table(path, SCHEMA)
    assert frame.attrs["sheet"] == "名单" and frame.attrs["row_offset"] == 2
    assert frame.loc[0, "seq"] == "1" and frame.loc[0, "amount"] == "1260"   # not 1.0 / 1260.0
    result = validate(path, "--schema", "dibao-listing")
    assert result.exit_code == 0, result.output
    # row numbers point at the sheet: a bad ID in the 3rd data row is on sheet row 6
    data[3][2] = data[3][2][:-1] + ("0" if data[3][2][-1] != "0" else "1")
    _xlsx(path, data)
    report = tmp_path / "r.json"
    result = validate(path, "--schema", "dibao-listing", "--json", report)
    assert result.exit_code == 1
    assert "第6行 身份证号码 校验位错误" in result.output
    assert json.loads(report.read_text())["source"]["row_offset"] == 2


def test_xlsx_ids_typed_as_numbers_are_flagged(tmp_path):
    rows = listing_rows()
    data = [list(rows.columns)] + [[1, "石秋云", 379902196203140020, "13905381234", "柳泉社区", "",
                                    2, 1260, None, "12345"]]
    path = tmp_path / "numbers.xlsx"
    _xlsx(path, data, title=None)
    report = tmp_path / "r.json"
    result = validate(path, "--schema", "dibao-listing", "--json", report)
    assert result.exit_code == 1
    warnings = json.loads(report.read_text())["warnings"]
    assert any("以数字格式保存" in w for w in warnings)


def test_cell_text():
    assert cell_text(3.0) == "3" and cell_text(1260.5) == "1260.5" and cell_text(1e-7) == "0.0000001"
    assert cell_text(datetime(2026, 10, 1)) == "2026-10-01"
    assert cell_text(datetime(2026, 10, 1, 8, 30)) == "2026-10-01T08:30:00"
    assert cell_text(True) == "true" and cell_text(None) == ""


def test_columns_missing_extra_duplicated(tmp_path):
    rows = listing_rows().drop(columns=["身份证号码", "备注"])
    rows.insert(3, "家庭人口", "3")
    rows["户主"] = "重复"                          # a second column for 户主姓名 (alias 户主)
    path = tmp_path / "cols.csv"
    rows.to_csv(path, index=False)
    report = tmp_path / "r.json"
    result = validate(path, "--schema", "dibao-listing", "--json", report)
    assert result.exit_code == 1
    data = json.loads(report.read_text())
    notes = [e["note"] for e in data["errors"]]
    assert "表头 多出未知列 家庭人口（第4列）：数据模式中没有此列，请删除或改用模式中的表头" in notes
    assert any(n.startswith("表头 多出未知列 户主") for n in notes)
    assert data["header"]["missing_optional"] == ["resident_id", "remarks"]
    assert any("缺少可选列 身份证号码" in w for w in data["warnings"])
    # a missing required column is an error, and its rows are not flooded with errors
    rows = listing_rows().drop(columns=["居住社区(村)"])
    rows.to_csv(path, index=False)
    result = validate(path, "--schema", "dibao-listing", "--json", report)
    errors = json.loads(report.read_text())["errors"]
    assert [e["note"] for e in errors] == ["表头 缺少必填列 居住社区(村)"]


@pytest.mark.parametrize("content,suffix,reason", [
    (b"", ".csv", "empty file"),
    (b"%PDF-1.7\n...", ".csv", "this is a PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls", "old Excel .xls"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xlsx", "old Excel .xls"),
    (b"\x00\x01\x02binary", ".csv", "not a text table"),
    (b"\n\n  \n", ".csv", "no header row"),
    ("序号,户主姓名\n1,张三\n".encode(), ".xlsx", "not an Excel workbook"),
    ("序号,户主姓名\n1,张三\n".encode(), ".json", "unsupported table format"),
    ("序号,户主姓名\n1,张三,多余\n".encode(), ".csv", "line 2 has 3 cells"),
])
def test_unusable_inputs_exit_2(tmp_path, content, suffix, reason):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(content)
    result = validate(path, "--schema", "dibao-listing")
    assert result.exit_code == 2, result.output
    assert reason in result.output and str(path) in result.output
    assert "Traceback" not in result.output


def test_missing_file_empty_sheet_and_zip(tmp_path):
    assert validate(tmp_path / "nothing.csv", "--schema", "dibao-listing").exit_code == 2
    book = openpyxl.Workbook()
    book.save(tmp_path / "empty.xlsx")
    result = validate(tmp_path / "empty.xlsx", "--schema", "dibao-listing")
    assert result.exit_code == 2 and "empty sheet" in result.output
    shutil.make_archive(str(tmp_path / "bundle"), "zip", str(FIXTURES / "dibao-listing"))
    result = validate(tmp_path / "bundle.zip", "--schema", "dibao-listing")
    assert result.exit_code == 2 and "ZIP archive" in result.output


def test_header_only_is_valid_and_empty(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text(",".join(listing_rows().columns) + "\n", encoding="utf-8")
    result = validate(path, "--schema", "dibao-listing")
    assert result.exit_code == 0 and "(0 rows)" in result.output


def test_tab_separated_and_blank_lines_keep_row_numbers(tmp_path):
    rows = listing_rows()
    text = "\t".join(rows.columns) + "\n"
    for i, (_, r) in enumerate(rows.iterrows()):
        text += "\t".join(r.tolist()) + "\n"
        if i == 1:
            text += "\n"                                   # a blank line is row 4
    path = tmp_path / "tabs.txt"
    path.write_text(text, encoding="gb18030")
    report = validate_frame(normalise(read_table(path, SCHEMA), SCHEMA), SCHEMA)
    assert [(e["type"], e["rowNumber"]) for e in report.errors] == [("blank-row", 4), ("primary-key", 4)]


def test_cli_options(tmp_path):
    path = FIXTURES / "food-drug-sampling" / "valid.csv"
    assert validate(path, "--schema", "food-drug-sampling", "--period", "2026-10").exit_code == 0
    result = validate(path, "--schema", "food-drug-sampling", "--period", "2026-09")
    assert result.exit_code == 1 and "不在报告期2026-09内" in result.output
    assert validate(path, "--schema", "food-drug-sampling", "--period", "十月").exit_code == 2
    result = validate(path, "--schema", "food-drug-sampling")
    assert result.exit_code == 0 and "未执行检查 date_in_period" in result.output
    for engine in ("frictionless", "columns"):
        assert validate(path, "--schema", "food-drug-sampling", "--engine", engine,
                        "--period", "2026-10").exit_code == 0
    assert validate(path, "--schema", "no-such-schema").exit_code == 2
    bad = tmp_path / "bad.schema.yaml"
    bad.write_text("fields:\n  - {name: x, type: string, domain_checks: [cn_passport]}\n", encoding="utf-8")
    assert validate(path, "--schema", bad).exit_code == 2


def test_the_error_table_names_row_field_and_reason_in_chinese():
    # the notebook's table of errors (gongkai.display; cells highlighted: test_notebook_records)
    from gongkai.display import validation_table

    schema = load_schema("dibao-listing")
    frame = normalise(read_table(FIXTURES / "dibao-listing" / "invalid.csv", schema), schema)
    table = validation_table(validate_frame(frame, schema), schema).data
    assert list(table.columns) == ["行", "字段", "错误类型", "说明"]
    ids = table[table["字段"] == "身份证号码"]
    assert ids["行"].tolist()[:2] == [2, 3] and ids["说明"].str.contains("校验位错误").tolist()[:2] == [True, True]
