"""Kind ``table``: office spreadsheets (XLSX, CSV, TSV) read as a person reads them, validated,
de-identified as their schema declares and published through the batch.

The reader is tested with examples and with hypothesis; the sample spreadsheets (one per dataset
of the notice, ``samples/tables.py``) with their truth; the frozen set (``penalty_frozen.py``,
written apart and never tuned on) through ``gongkai batch`` as the issue asks."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, strategies as st

from gongkai.batch.inputs import discover
from gongkai.pipeline import find_period, table_step
from gongkai.validate import normalise, validate_frame
from gongkai.validate.frame import _plain_date, _plain_month
from gongkai.validate.schema import load_schema
from gongkai.validate.tabular import read_table, read_tables, table_layout

from penalty_frozen import penalty_workbook

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT / "tests" / "truth"
KEY = b"tables-test-key-0123456789abcdef"
SAMPLES = sorted((ROOT / "raw" / "tables").glob("*/*"))


# --- printed values -----------------------------------------------------------------------------

@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(["{y}年{m}月{d}日", "{y}/{m}/{d}", "{y}.{m}.{d}", "{y}-{m}-{d}",
                        "{y}年{m:02d}月{d:02d}日", " {y} 年 {m} 月 {d} 日 "]))
def test_printed_dates_become_iso(day, form):
    assert _plain_date(form.format(y=day.year, m=day.month, d=day.day)) == day.isoformat()


@given(st.text(alphabet="0123456789年月日/.-abc 号", max_size=14))
def test_what_is_not_a_date_is_left_for_the_validator(text):
    out = _plain_date(text)
    assert out == text or re.fullmatch(r"\d{4}-\d{2}-\d{2}", out)


def test_impossible_dates_stay_as_printed():
    assert _plain_date("2026年2月30日") == "2026年2月30日"
    assert _plain_date("二〇二六年十月五日") == "2026-10-05"
    assert _plain_month("2026年10月") == "2026-10" and _plain_month("2026.3") == "2026-03"
    assert _plain_month("2026年13月") == "2026年13月"


@given(st.lists(st.lists(st.sampled_from(["1", "东岳", "3,000.00", "甲"]), min_size=4, max_size=4),
                min_size=1, max_size=30),
       st.lists(st.sampled_from(["total", "note", "sign", "blank"]), max_size=5))
def test_rows_below_a_table_are_cut_and_named(body, tail):
    extra = {"total": ["合  计", "", "3,000.00", ""], "note": ["注：金额单位为元。", "", "", ""],
             "sign": ["填表人：某某", "联系电话：0000", "", ""], "blank": ["", "", "", ""]}
    rows = body + [extra[k] for k in tail]
    first, end, left_out = table_layout(rows, 4)
    assert (first, end) == (0, len(body))
    assert [r["position"] for r in left_out] == list(range(len(body), len(rows)))


def test_a_total_row_under_the_header_is_not_data():
    first, end, left_out = table_layout([["合计", "", "9"], ["1", "a", "4"], ["2", "b", "5"]], 3)
    assert (first, end) == (1, 3) and left_out == [{"position": 0, "kind": "total"}]


# --- reading what offices send ------------------------------------------------------------------

SCHEMA = load_schema("poverty-fund-projects")
HEADER_TOP = ["年度", "项目编号", "项目名称", "县（市、区）", "项目类型", "项目实施单位", "资金总额（元）",
              "资金来源", "", "实施状态", "完工日期", "监督举报电话"]
HEADER_SUB = ["", "", "", "", "", "", "", "中央财政资金（元）", "县级财政资金（元）", "", "", ""]
BODY = [["2026", "P-001", "道路硬化", "泰岳县", "基础设施", "石桥村民委员会", "1,500.00", "1,200.00", "300",
         "已完工", "2026年10月5日", "0538-6128000"],
        ["2026", "P-002", "技能培训", "泰岳县", "就业扶贫", "泰岳县人力资源和社会保障局", "80,000", "", "80,000",
         "在建", "", "0538-6128000"]]
BELOW = [["合计", "", "", "", "", "", "81,500.00", "", "", "", "", ""], [],
         ["注：资金单位为元。"], ["填表人：石某  联系电话：0538-6128001"]]


def _office_rows() -> list[list[str]]:
    return [["泰岳县2026年扶贫资金项目公告"], ["填报单位：泰岳县乡村振兴局"], HEADER_TOP, HEADER_SUB, *BODY, *BELOW]


def _check_read(frame: pd.DataFrame) -> None:
    assert list(frame.columns[:9]) == ["fiscal_year", "project_id", "project_name", "county", "project_type",
                                       "implementing_unit", "total_funds", "central_funds", "county_funds"]
    assert len(frame) == 2 and frame.attrs["row_offset"] == 3 and frame.attrs["header_rows"] == [3, 4]
    assert [r["kind"] for r in frame.attrs["left_out_rows"]] == ["total", "note", "note"]
    assert frame.attrs["left_out_rows"][0]["row"] == 7
    report = validate_frame(normalise(frame, SCHEMA), SCHEMA)
    assert report.valid, [e["note"] for e in report.errors]
    assert normalise(frame, SCHEMA).loc[0, "completion_date"] == "2026-10-05"


@pytest.mark.parametrize("encoding,delimiter,suffix", [("utf-8-sig", ",", ".csv"), ("gb18030", ",", ".csv"),
                                                       ("utf-16", "\t", ".tsv"), ("utf-16", "\t", ".txt")])
def test_csv_exports_with_titles_two_row_headers_and_notes(tmp_path, encoding, delimiter, suffix):
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(_office_rows())
    path = tmp_path / f"projects{suffix}"
    path.write_bytes(buffer.getvalue().encode(encoding))
    _check_read(read_table(path, SCHEMA))


def test_xlsx_with_merged_header_merged_body_and_several_sheets(tmp_path):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "说明"
    first.append(["本工作簿每个乡镇一张表"])
    for sheet, county in (("柳埠镇", "泰岳县"), ("西营镇", "泰岳县")):
        ws = book.create_sheet(sheet)
        for row in _office_rows():
            ws.append(row)
        ws.merge_cells("H3:I3")
        for col in "ABCDEFGJKL":
            ws.merge_cells(f"{col}3:{col}4")
        ws["B6"] = f"{sheet}-P-002"
        ws["B5"] = f"{sheet}-P-001"
        ws["D6"] = None                    # the county merged down from row 5
        ws.merge_cells("D5:D6")
    path = tmp_path / "projects.xlsx"
    book.save(path)
    frames = read_tables(path, SCHEMA)
    assert [f.attrs["sheet"] for f in frames] == ["柳埠镇", "西营镇"]
    for frame in frames:
        _check_read(frame)
        assert list(frame["county"]) == ["泰岳县", "泰岳县"]
    assert read_table(path, SCHEMA, sheet="西营镇").attrs["sheet"] == "西营镇"


def test_an_office_row_counter_is_not_a_column():
    schema = load_schema("administrative-penalties")
    frame = read_table(SAMPLES_BY_SCHEMA["administrative-penalties"], schema)
    assert frame.attrs["row_counter"] == "序号" and "序号" not in frame.columns


def test_periods_from_titles_and_file_names():
    assert find_period("东岳市2026年10月一般公共预算收支") == "2026-10"
    assert find_period("2026年第三季度食品抽检结果") == "2026-Q3"
    assert find_period("泰岳县2026年度扶贫项目", "x") == "2026"
    assert find_period("无期间", "penalties-2026-q4") == "2026-Q4"
    assert find_period("没有", "没有") is None


# --- the samples: one per dataset of the notice -------------------------------------------------

SAMPLES_BY_SCHEMA = {p.parent.name: p for p in SAMPLES}


def test_one_sample_for_each_dataset_of_the_notice():
    assert set(SAMPLES_BY_SCHEMA) == {"administrative-penalties", "food-drug-sampling", "fiscal-monthly",
                                      "air-quality-ranking", "poverty-fund-projects", "dibao-listing"}
    kinds = {p.suffix for p in SAMPLES}
    assert {".xlsx", ".csv", ".tsv"} <= kinds


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.parent.name)
def test_sample_reads_validates_and_keeps_no_personal_value(path):
    truth = json.loads((TRUTH / f"{path.stem}.json").read_text(encoding="utf-8"))
    result = table_step(path, load_schema(path.parent.name), KEY, schema_name=path.parent.name,
                        period=truth["period"])
    frame = result.resources[0].frame
    assert len(frame) == truth["rows"]
    assert result.reports["validation"]["valid"], result.reports["validation"]["errors"][:3]
    text = frame.to_csv(index=False)
    squeezed = re.sub(r"[\s\-]", "", text)
    for kind, values in truth["personal"].items():
        for value in values:
            assert re.sub(r"[\s\-]", "", value) not in squeezed, (kind, "left in the data")
    for value in truth["public"]:
        assert value in text, value
    for part in result.extra["layout"]:     # every sample has rows under its table to leave out
        assert part["left_out_rows"] and part["first_row"] > 2


def test_manifest_entries_and_the_tables_folder_make_inputs(tmp_path):
    raw = tmp_path / "raw"
    (raw / "tables" / "fiscal-monthly").mkdir(parents=True)
    (raw / "penalties").mkdir()
    (raw / "tables" / "fiscal-monthly" / "x.csv").write_text("a\n", encoding="utf-8")
    (raw / "tables" / "loose.xlsx").write_bytes(b"")          # no schema folder: not an input
    (raw / "penalties" / "2026-10.xlsx").write_bytes(b"")
    (raw / "penalties" / "notes.docx").write_bytes(b"")
    (raw / "manifest.yaml").write_text(
        "inputs:\n  - {path: 'penalties/*.xlsx', kind: table, schema: administrative-penalties, "
        "dataset: pen, period: 2026-10, organization: office}\n", encoding="utf-8")
    warnings: list[str] = []
    found = {i.dataset: i for i in discover(raw, warnings)}
    assert found["pen-2026-10"].schema == "administrative-penalties"
    assert found["pen-2026-10"].organization == "office"
    assert found["x"].schema == "fiscal-monthly" and found["x"].kind == "table"
    assert len(warnings) == 1 and "tables/loose.xlsx" in warnings[0] and "penalties/notes.docx" in warnings[0]


# --- the frozen set through the batch -----------------------------------------------------------

@pytest.mark.slow
def test_several_hundred_penalty_decisions_publish_without_a_personal_value(tmp_path):
    raw = tmp_path / "raw"
    (raw / "penalties").mkdir(parents=True)
    truth = penalty_workbook(raw / "penalties" / "2026-10.xlsx")
    (raw / "manifest.yaml").write_text(
        "inputs:\n  - path: penalties/2026-10.xlsx\n    kind: table\n"
        "    schema: administrative-penalties\n    dataset: zhangdian-penalties-2026-10\n"
        "    period: 2026-10\n    organization: zhangdian-market-regulation\n", encoding="utf-8")
    out = tmp_path / "out"
    env = dict(os.environ, GONGKAI_PSEUDONYM_KEY=KEY.decode())
    env.pop("GONGKAI_CKAN_URL", None)
    run = subprocess.run([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(raw), "--out", str(out),
                          "--no-progress"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout + run.stderr
    package = out / "zhangdian-penalties-2026-10"
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    data = pd.read_csv(package / descriptor["resources"][0]["path"], dtype=str, keep_default_na=False)
    assert len(data) == truth["rows"]
    assert descriptor["gongkai"]["organization"] == "zhangdian-market-regulation"
    # no personal value in any file of the package: data, reports, descriptor, run record
    files = [p for p in package.rglob("*") if p.is_file()]
    assert any(p.suffix == ".ipynb" for p in files)
    text = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in files)
    squeezed = re.sub(r"[\s\-]", "", text)
    leaked = [v for v in truth["personal"] if v in text or re.sub(r"[\s\-]", "", v) in squeezed]
    assert not leaked, f"{len(leaked)} personal values published"
    published = "\n".join(data.to_numpy().ravel())
    kept = [v for v in truth["public"] if v in published]
    assert len(kept) == len(truth["public"]), "company names, credit codes or 文号 lost"
    frictionless = Path(sys.executable).with_name("frictionless")
    check = subprocess.run([str(frictionless), "validate", str(package / "datapackage.json")],
                           capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout[-2000:]
