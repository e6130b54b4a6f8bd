"""The release gate on every file kind, the keep exemption, and notebook scrubbing."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import nbformat
import openpyxl
import pandas as pd
import pytest

from deid_fixtures import make_id
from gongkai.deid.gate import (REMOVED_IMAGE_NOTE, Finding, format_findings, is_secret_name, scan_frame,
                               scan_notebook_obj, scan_paths, scrub_notebook)

RID = make_id("370102", date(1986, 4, 21), 318)
HOTLINE = "0531-86901234"
MOBILE = "13812345678"


def _where(findings, detector=None):
    return {(f.file, f.column, f.row) for f in findings if detector in (None, f.detector)}


def _no_values(findings):
    text = format_findings(findings) + repr(findings)
    for value in (RID, HOTLINE, MOBILE, "王小明"):
        assert value not in text


def _listing_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "seq": [1, 2, 3],
        "head_of_household": ["张*明", "李*", "王*"],
        "resident_id": ["pid_0f3a9c1b2d4e5f60", "pid_1234567890123456", "pid_89ab77cd12ef0034"],
        "hotline": [HOTLINE] * 3,
        "remarks": ["", f"代领人王小明，身份证{RID}", "无"],
        "code": ["2080201", "2080202", "1,097,073.43"],
    })


# --- tables ----------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_leak_found_by_file_column_and_row(tmp_path, encoding):
    path = tmp_path / "listing.csv"
    _listing_frame().to_csv(path, index=False, encoding=encoding)
    findings = scan_paths([tmp_path], allow={"listing.csv": {"hotline"}})
    # rows as the validator numbers them: the CSV's line (the header is line 1)
    assert _where(findings) == {("listing.csv", "remarks", 3)}
    assert {f.detector for f in findings} == {"cn_resident_id", "person_name"}
    assert all(isinstance(f, Finding) for f in findings)
    loc = next(f.location for f in findings if f.detector == "cn_resident_id")
    assert "row 3" in loc and "remarks" in loc
    _no_values(findings)


def test_keep_column_exempt_but_the_same_value_elsewhere_is_caught(tmp_path):
    frame = _listing_frame()
    frame["contact"] = ["", HOTLINE, ""]
    (tmp_path / "data").mkdir()
    frame.to_csv(tmp_path / "data" / "listing.csv", index=False)
    (tmp_path / "data" / "other.csv").write_text(f"hotline\n{HOTLINE}\n", encoding="utf-8")
    findings = scan_paths([tmp_path], allow={"data/listing.csv": {"hotline"}}, root=tmp_path)
    phones = _where(findings, "landline")
    assert ("data/listing.csv", "contact", 3) in phones             # the CSV's line
    assert ("data/other.csv", "hotline", 2) in phones               # same column name, other file
    assert not any(f.column == "hotline" and f.file == "data/listing.csv" for f in findings)
    # without the exemption, the hotline is reported too
    findings = scan_paths([tmp_path], root=tmp_path)
    assert ("data/listing.csv", "hotline", 2) in _where(findings, "landline")


def test_allow_patterns_and_bare_file_names(tmp_path):
    (tmp_path / "a.csv").write_text(f"hotline,x\n{HOTLINE},1\n", encoding="utf-8")
    assert scan_paths([tmp_path / "a.csv"], allow={"a.csv": ["hotline"]}) == []
    assert scan_paths([tmp_path], allow={"*.csv": ["hotline"]}) == []
    assert len(scan_paths([tmp_path], allow={"b.csv": ["hotline"]})) == 1


def test_xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "名单"
    ws.append(["序号", "户主姓名", "备注", "监督举报电话", "备用"])
    ws.append([1, "张*明", "", HOTLINE, None])
    ws.append([2, "李*", f"身份证{RID}", HOTLINE, 13812345678])
    wb.create_sheet("说明").append(["联系人：王小明"])
    wb.save(tmp_path / "listing.xlsx")
    findings = scan_paths([tmp_path], allow={"listing.xlsx": {"监督举报电话"}})
    assert ("listing.xlsx", "备注", 3) in _where(findings, "cn_resident_id")     # the sheet's row
    assert ("listing.xlsx", "备用", 3) in _where(findings, "mobile")   # a number cell
    cell = next(f for f in findings if f.detector == "cn_resident_id")
    assert "sheet 名单" in cell.location and "C3" in cell.location
    assert any(f.detector == "person_name" and "说明" in f.location for f in findings)
    assert not any(f.column == "监督举报电话" for f in findings)
    _no_values(findings)


def test_json_paths(tmp_path):
    doc = {"name": "dibao", "resources": [{"path": "listing.csv", "hash": "sha256:" + hashlib.sha256(b"x").hexdigest(),
                                           "data": [{"hotline": HOTLINE, "note": "ok"},
                                                    {"hotline": HOTLINE, "note": f"电话{MOBILE}"}]}],
           "count": 13912345678}
    (tmp_path / "datapackage.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    findings = scan_paths([tmp_path], allow={"datapackage.json": {"hotline"}})
    locations = {(f.location, f.detector) for f in findings}
    assert locations == {("$.resources[0].data[1].note", "mobile"), ("$.count", "mobile")}


def test_html_tables_and_text(tmp_path):
    table = pd.DataFrame({"户主姓名": ["张*明"], "监督举报电话": [HOTLINE], "备注": [f"身份证{RID}"]})
    html = (f"<html><body><p>联系人：王小明</p>{table.to_html()}"
            f"<a href='mailto:zhang.wei@example.com'>mail</a></body></html>")
    (tmp_path / "index.html").write_text(html, encoding="utf-8")
    findings = scan_paths([tmp_path], allow={"index.html": {"监督举报电话"}})
    assert ("index.html", "备注", 1) in _where(findings, "cn_resident_id")
    assert any(f.detector == "person_name" and "line" in f.location for f in findings)
    assert any(f.detector == "email" for f in findings)
    assert not any(f.column == "监督举报电话" for f in findings)


def test_markdown_text_and_logs(tmp_path):
    (tmp_path / "README.md").write_text(
        "# 说明\n\n| 社区 | 监督举报电话 | 备注 |\n|---|---|---|\n"
        f"| 青松社区 | {HOTLINE} | 电话{MOBILE} |\n\n预算科目2080201，文号岳政发〔2026〕8号。\n",
        encoding="utf-8")
    (tmp_path / "run.log").write_text(f"ok\nprocessing {RID}\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("2026-10-01 金额 1,097,073.43\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n" + MOBILE.encode())
    findings = scan_paths([tmp_path], allow={"README.md": {"监督举报电话"}})
    got = {(f.file, f.detector, f.row) for f in findings}
    # image.png is no image (its bytes are not a PNG): it is read as the text it is
    assert got == {("README.md", "mobile", 5), ("run.log", "cn_resident_id", 2),
                   ("image.png", "mobile", 2)}
    md = next(f for f in findings if f.file == "README.md")
    assert md.column == "备注"


def _notebook():
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["papermill"] = {"parameters": {"input_pdf": "raw/listing.pdf",
                                               "pseudonym_key": "s3cret-key-for-tests-000",
                                               "household": RID}}
    params = nbformat.v4.new_code_cell('pseudonym_key = "default-secret-value"\ninput_pdf = ""')
    params.metadata["tags"] = ["parameters"]
    injected = nbformat.v4.new_code_cell(
        'input_pdf = "raw/listing.pdf"\npseudonym_key = "s3cret-key-for-tests-000"\n'
        f'household = "{RID}"\n')
    injected.metadata["tags"] = ["injected-parameters"]
    show = nbformat.v4.new_code_cell("frame.head()")
    table = pd.DataFrame({"监督举报电话": [HOTLINE], "备注": [f"联系电话{MOBILE}"]})
    show.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text=f"loaded\nfirst id {RID}\n"),
        nbformat.v4.new_output("execute_result", data={"text/plain": f"0  {RID}",
                                                       "text/html": table.to_html()},
                               execution_count=1),
        nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo" + "A" * 300}),
        nbformat.v4.new_output("stream", name="stderr", text="key=s3cret-key-for-tests-000\n"),
    ]
    md = nbformat.v4.new_markdown_cell("户主：王小明")
    nb.cells = [params, injected, show, md]
    return nb


def test_notebook_sources_outputs_and_metadata(tmp_path):
    nbformat.write(_notebook(), tmp_path / "run.ipynb")
    findings = scan_paths([tmp_path], allow={"run.ipynb": {"监督举报电话"}})
    locations = {f.location for f in findings}
    assert any(loc.startswith("metadata.papermill.parameters.household") for loc in locations)
    assert any("cell 1 source" in loc for loc in locations)               # injected parameters
    assert any("outputs[0] stdout" in loc for loc in locations)
    assert any("outputs[1] text/plain" in loc for loc in locations)
    assert any("outputs[1] text/html" in loc and f.column == "备注"
               for f in findings for loc in [f.location])
    assert any("cell 3 source" in loc for loc in locations)               # markdown name
    assert not any(f.column == "监督举报电话" for f in findings)
    _no_values(findings)


def test_clean_release_has_no_findings(tmp_path):
    _listing_frame().drop(columns=["remarks"]).to_csv(tmp_path / "listing.csv", index=False)
    (tmp_path / "datapackage.json").write_text(json.dumps({
        "name": "dibao-2026-10", "created": "2026-10-01T08:00:00Z",
        "resources": [{"path": "listing.csv", "bytes": 1234567,
                       "hash": "sha256:" + hashlib.sha256(b"listing").hexdigest()}],
        "sources": [{"title": "岳政发〔2026〕8号", "sha256": hashlib.sha256(b"pdf").hexdigest()}],
    }), encoding="utf-8")
    findings = scan_paths([tmp_path], allow={"listing.csv": {"hotline"}})
    assert findings == []
    assert format_findings(findings) == "No personal data found."


def test_unreadable_file_is_a_finding(tmp_path):
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not a zip file")
    findings = scan_paths([tmp_path])
    assert [(f.file, f.detector) for f in findings] == [("broken.xlsx", "unreadable")]


def test_scan_frame_and_format():
    frame = _listing_frame()
    findings = scan_frame(frame, allow_columns=["hotline"])
    assert _where(findings) == {("", "remarks", 3)}
    report = format_findings(findings)
    assert "remarks" in report and "cn_resident_id" in report and "rows 3" in report
    _no_values(findings)
    assert len(scan_frame(frame)) == 5


# --- scrubbing notebooks ---------------------------------------------------------------------

def test_scrub_notebook_removes_ids_and_secrets(monkeypatch):
    monkeypatch.setenv("GONGKAI_PSEUDONYM_KEY", "env-key-value-0123456789")
    nb = _notebook()
    nb.cells[2].outputs.append(nbformat.v4.new_output(
        "stream", name="stdout", text="using env-key-value-0123456789\n"))
    clean = scrub_notebook(nb, secrets=["raw/listing.pdf"])
    text = json.dumps(clean, ensure_ascii=False)
    for gone in (RID, MOBILE, "s3cret-key-for-tests-000", "env-key-value-0123456789",
                 "default-secret-value", "raw/listing.pdf", "王小明"):
        assert gone not in text, gone
    params = clean.metadata["papermill"]["parameters"]
    assert "pseudonym_key" not in params and set(params) == {"input_pdf", "household"}
    assert "pseudonym_key" not in clean.cells[1].source
    assert "pseudonym_key = None" in clean.cells[0].source
    assert "〔身份证号〕" in clean.cells[2].outputs[0]["text"]
    # an image the gate cannot check (not certified, not even decodable) leaves the record
    assert "image/png" not in clean.cells[2].outputs[2]["data"]
    assert clean.cells[2].outputs[2]["data"]["text/plain"] == REMOVED_IMAGE_NOTE
    assert HOTLINE not in clean.cells[2].outputs[1]["data"]["text/html"]
    nbformat.validate(clean)
    # the original is untouched
    assert RID in json.dumps(nb, ensure_ascii=False)
    # and the gate agrees
    assert scan_notebook_obj(clean) == []


def test_scrub_notebook_accepts_a_plain_dict(tmp_path):
    nb = json.loads(nbformat.writes(_notebook()))
    clean = scrub_notebook(nb)
    assert isinstance(clean, nbformat.NotebookNode)
    assert RID not in json.dumps(clean, ensure_ascii=False)


@pytest.mark.parametrize("name,secret", [
    ("pseudonym_key", True), ("CKAN_TOKEN", True), ("apiKey", True), ("db_password", True),
    ("secret", True), ("author", False), ("monkey", False), ("keyword", False),
    ("input_path", False), ("period", False),
])
def test_secret_looking_parameter_names(name, secret):
    assert is_secret_name(name) is secret


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        scan_paths([tmp_path / "nope"])
