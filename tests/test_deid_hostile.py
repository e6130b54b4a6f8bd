"""The probe of issue 20 (parts 1-3) and issue 14 as tests: hostile inputs for the release gate
and de-identification (tests/hostile_inputs.py), formula injection on every output, and
property-based fuzzing of the detectors and parsers within a small time budget."""

from __future__ import annotations

import io
import json
import random
import time

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

import hostile_inputs as hi
from gongkai.deid import deidentify_frame
from gongkai.deid.detectors import find_all, split_number_hits
from gongkai.deid.gate import (REMOVED_IMAGE_NOTE, scan_frame, scan_image, scan_paths,
                               scrub_notebook)
from gongkai.deid.images import certificate, certify_png
from gongkai.deid.names import find_names, redact_personal
from gongkai.formulas import is_formula, neutralise, neutralise_frame
from gongkai.identifiers import resident_id_valid

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- the gate on every hostile file ------------------------------------------------------------

@pytest.mark.parametrize("case", hi.gate_cases(), ids=lambda c: c.name)
def test_gate_finds_each_hostile_case(tmp_path, case):
    path = tmp_path / case.name
    path.parent.mkdir(parents=True, exist_ok=True)
    case.write(path)
    started = time.perf_counter()
    findings = scan_paths([tmp_path])
    assert {f.detector for f in findings} == case.detectors, [(f.location, f.detector) for f in findings]
    assert all(f.file == case.name for f in findings)
    assert time.perf_counter() - started < 120          # a ZIP bomb is refused, not unpacked
    text = path.read_bytes()
    for f in findings:                                   # the finding never repeats a value
        assert str(f.location).encode() not in text or len(f.location) < 12


@pytest.mark.parametrize("case", hi.clean_cases(), ids=lambda c: c.name)
def test_gate_passes_look_alikes(tmp_path, case):
    case.write(tmp_path / case.name)
    assert scan_paths([tmp_path]) == []


# --- de-identification of the same cases --------------------------------------------------------

def test_grouped_split_and_mistyped_numbers_are_removed():
    rng = random.Random(5)
    rid, card, typo = hi.resident_id(rng), hi.bank_card(rng), hi.mistyped_id(rng)
    frame = pd.DataFrame({"remarks": [f"证件 {hi.grouped(rid)}", f"身份证{typo}", "无"],
                          "part1": ["x", card[:8], "1200"], "part2": ["y", card[8:], "580"]})
    schema = {"fields": [{"name": "remarks", "pii": "free_text", "deidentify": {"method": "redact"}},
                         {"name": "part1", "pii": "none"}, {"name": "part2", "pii": "none"}]}
    out, report = deidentify_frame(frame, schema)
    published = out.to_csv(index=False)
    for value in (rid, typo, card[:8], card[8:]):
        assert value not in published.replace(" ", "")
    assert out["part1"].iloc[2] == "1200" and out["part2"].iloc[2] == "580"
    assert {h["detector"] for h in report["undeclared_hits"]} >= {"bank_card_split"}


def test_a_mobile_in_a_kept_hotline_column_is_masked_and_blocked(tmp_path):
    rng = random.Random(6)
    phone = hi.mobile(rng)
    frame = pd.DataFrame({"hotline": ["0538-8216000", phone]})
    schema = {"fields": [{"name": "hotline", "pii": "phone", "deidentify": {"method": "keep"}}]}
    out, report = deidentify_frame(frame, schema)
    assert out["hotline"].tolist() == ["0538-8216000", "〔电话〕"]
    assert report["undeclared_hits"] == [{"field": "hotline", "detector": "mobile", "count": 1}]
    # the gate: a kept column lets the office landline pass, never the mobile
    findings = scan_frame(frame, {"hotline"})
    # rows numbered as the file shows them (the header is row 1): the second value is row 3
    assert [(f.row, f.detector) for f in findings] == [(3, "mobile")]


def test_a_name_above_the_table_does_not_reach_the_metadata():
    from gongkai.pipeline import _deidentified_source_text

    meta = {"title": "清河街道城乡低保公示名单 制表人钱德明", "notes_after_table": ["审核：蒋桂英"],
            "unmapped_headers": []}
    clean = _deidentified_source_text(meta)
    assert "钱德明" not in clean["title"] and "城乡低保公示名单" in clean["title"]
    assert "蒋桂英" not in clean["notes_after_table"][0]


@pytest.mark.parametrize("template", hi.UNCUED_REMARKS)
def test_deidentification_removes_an_uncued_name(template):
    text = template.format(n="欧阳秀兰")
    out = redact_personal(text)
    assert "欧阳秀兰" not in out and "Wang Wei" not in out


@pytest.mark.parametrize("text", ["张店区中山路王记餐饮店", "李村村委会", "共5张表", "勾稽关系核对",
                                  "王某、李某某", "高速公路方案周边", "Zhangdian District, Zhongshan Road"])
def test_places_shops_and_words_are_not_names(text):
    assert find_names(text) == []


def test_gazette_officials_are_public_where_declared_private_persons_are_not():
    text = "任命钱德明为市统计局局长。联系人：蒋桂英"
    public = find_names(text, public_names=True)
    assert [text[h.start:h.end] for h in find_all(text) if h.kind == "person_name"] == ["蒋桂英"]
    # the official stays; the contact person after her cue is still found
    assert [text[h.start:h.end] for h in public] == ["蒋桂英"]
    assert any(text[h.start:h.end] == "钱德明" for h in find_names(text))


# --- images ------------------------------------------------------------------------------------

def test_certified_images_pass_and_edited_ones_do_not():
    page = hi._png(1800, 1200, "page")
    assert [f.detector for f in scan_image(page)] == ["image_unchecked"]
    certified = certify_png(page, "redacted")
    assert certificate(certified) == "redacted" and scan_image(certified) == []
    other = hi._png(1800, 1200, "other page")
    forged = certify_png(other, "redacted")
    swapped = forged[:forged.index(b"IDAT") - 4] + page[page.index(b"IDAT") - 4:]
    assert certificate(swapped) is None


def test_scrub_removes_images_the_gate_would_refuse():
    import base64

    import nbformat

    page = hi._png(1800, 1200, "page")
    good = certify_png(hi._png(1800, 1200, "public page"), "public-source")
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("show()")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"image/png": base64.b64encode(page).decode()}),
        nbformat.v4.new_output("display_data", data={"image/png": base64.b64encode(good).decode()}),
        nbformat.v4.new_output("display_data", data={"text/html": "<img src='data:image/png;base64,"
                                                     + base64.b64encode(page).decode() + "'>"}),
    ]
    nb.cells = [cell]
    clean = scrub_notebook(nb)
    outputs = clean.cells[0].outputs
    assert "image/png" not in outputs[0]["data"] and outputs[0]["data"]["text/plain"] == REMOVED_IMAGE_NOTE
    assert outputs[1]["data"]["image/png"] == base64.b64encode(good).decode()
    assert "data:," in outputs[2]["data"]["text/html"]


# --- formula injection on every output --------------------------------------------------------

HOSTILE_CELLS = ['=HYPERLINK("http://example.invalid","x")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)",
                 "-2+3+cmd|' /C calc'!A0", "\t=1+2", "＝1+2"]


def test_published_csv_and_xlsx_hold_no_live_formula(tmp_path):
    from gongkai.package import DatasetResult, ResourceData, write_package
    from gongkai.publish import ckan_mapping

    frame = pd.DataFrame({"=1+2": HOSTILE_CELLS, "note": ["-", "-12.5", "ok", "+8653186061234",
                                                          "", "正常"]}).astype("str")
    schema = {"fields": [{"name": "=1+2", "type": "string", "title": "=1+2"},
                         {"name": "note", "type": "string", "title": "@备注"}]}
    result = DatasetResult(name="t", title="t", kind="table", source={"path": "raw/t.csv"},
                           resources=[ResourceData(name="t", frame=frame, schema=schema)])
    write_package(result, tmp_path)
    csv = pd.read_csv(tmp_path / "data" / "t.csv", dtype=str, keep_default_na=False)
    assert csv.columns.tolist() == ["'=1+2", "note"]
    assert all(v.startswith("'") for v in csv["'=1+2"])
    assert csv["note"].tolist() == ["-", "-12.5", "ok", "+8653186061234", "", "正常"]
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    table = ckan_mapping.read_table(tmp_path / "data" / "t.csv", descriptor["resources"][0]["schema"])
    book = openpyxl.load_workbook(io.BytesIO(ckan_mapping.xlsx_bytes(table)))
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    assert all(not is_formula(str(v)) for r in ckan_mapping.record_chunks(table)
               for rec in r for v in rec.values() if isinstance(v, str))


# --- property-based fuzzing -----------------------------------------------------------------

ids = st.builds(lambda seed: hi.resident_id(random.Random(seed)), st.integers(0, 10**9))
noise = st.text(alphabet="备注代领人身份证电话，。 abc-/+XxＸ0123456789一二张王李村路店", max_size=40)


@FUZZ
@given(ids, st.integers(2, 9), st.sampled_from([" ", "-"]), noise, noise)
def test_an_id_in_groups_of_any_size_is_found(rid, size, sep, before, after):
    text = f"{before}，{hi.grouped(rid, size, sep)}。{after}"
    spans = [text[h.start:h.end] for h in find_all(text) if h.kind == "cn_resident_id"]
    assert any(s.replace(sep, "") == rid for s in spans), (text, spans)


@FUZZ
@given(st.text(max_size=300))
@example("拉且")          # a name element at the text's end (its slice was read as a longer one)
@example("邹平")          # a county's name at the text's end
def test_detectors_never_fail_on_any_text(text):
    for h in find_all(text) + find_names(text):
        assert 0 <= h.start < h.end <= len(text)
    assert isinstance(redact_personal(text), str)


@FUZZ
@given(st.lists(st.text(alphabet="0123456789X -", max_size=12), min_size=1, max_size=6))
def test_split_numbers_are_valid_whenever_reported(cells):
    frame = pd.DataFrame([cells])
    for row, span, kind, _d in split_number_hits([frame[c] for c in frame.columns]):
        joined = "".join(cells[c].strip() for c in span)
        if kind == "cn_resident_id":
            assert resident_id_valid(joined)


@FUZZ
@given(st.text(max_size=60))
def test_neutralise_is_idempotent_and_leaves_no_formula(text):
    once = neutralise(text)
    assert neutralise(once) == once
    assert not is_formula(once)
    frame, _ = neutralise_frame(pd.DataFrame({"c": [text]}, dtype="str"))
    assert frame["c"].iloc[0] == once


@settings(max_examples=60, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda children: st.lists(children, max_size=4)
                    | st.dictionaries(st.text(max_size=8), children, max_size=4), max_leaves=30))
def test_gate_reads_any_json(tmp_path_factory, obj):
    folder = tmp_path_factory.mktemp("json")
    (folder / "r.json").write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    findings = scan_paths([folder])
    assert all(f.detector != "unreadable" for f in findings)


def test_public_names_are_declared_per_column_and_inherited_by_the_records_only(tmp_path):
    from gongkai.publish.local import keep_columns

    descriptor = {"resources": [{"path": "data/penalties.csv", "schema": {"fields": [
        {"name": "party_name", "deidentify": {"method": "none", "public_names": True}},
        {"name": "facts", "pii": "free_text", "deidentify": {"method": "redact"}}]}}]}
    allow = keep_columns(descriptor)
    (tmp_path / "data").mkdir()
    (tmp_path / "run").mkdir()
    pd.DataFrame({"party_name": ["钱德明（个体工商户）"], "facts": ["当事人蒋桂英在店内销售过期食品"]}) \
        .to_csv(tmp_path / "data" / "penalties.csv", index=False)
    (tmp_path / "run" / "penalties.ipynb").write_text(hi.notebook_with_output("钱德明 销售过期食品"),
                                                      encoding="utf-8")
    findings = scan_paths([tmp_path], allow=allow, root=tmp_path)
    # the party's name is public in its column and in the record; the name in the facts is not
    assert [(f.file, f.column, f.detector) for f in findings] == [
        ("data/penalties.csv", "facts", "person_name_text")]


def test_batch_reports_are_scrubbed(tmp_path):
    from gongkai.batch.report import write_reports

    rng = random.Random(8)
    rid, phone = hi.resident_id(rng), hi.mobile(rng)
    reason = f"line 3: 身份证{rid}，电话{phone}，由钱德明领取"
    report = {"run_id": "r1", "inputs": 1, "published": 0, "failed": 1, "unchanged": 0,
              "executed": 1, "jobs": 1, "seconds": 1.0, "warnings": [], "raw": "raw",
              "out": "published", "refused": 0, "interrupted": 0,
              "outcomes": [{"input": "raw/listing/x.pdf", "kind": "listing", "dataset": "x",
                            "status": "failed", "seconds": 1.0, "reason": reason}]}
    write_reports(report, tmp_path)
    for name in ("report.json", "report.md", "report.html"):
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert rid not in text and phone not in text and "钱德明" not in text, name
    json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert scan_paths([tmp_path]) == []


def test_notebook_html_sources_are_not_read_for_uncued_names():
    from gongkai.deid.gate import scan_html

    html = ("<div class='jp-Cell jp-MarkdownCell'><div class='jp-Cell-inputWrapper'>"
            "<div class='jp-InputArea jp-Cell-inputArea'><div class='jp-RenderedMarkdown'>"
            "<h2>展平多行表头，钱德明核对</h2></div></div></div></div>"
            "<div class='jp-OutputArea'><pre>由蒋桂英领取</pre></div>")
    found = scan_html(html)
    assert [f.detector for f in found] == ["person_name_text"]
    assert "source" not in found[0].location


def test_an_official_after_a_cue_passes_the_gate_in_a_public_column_only(tmp_path):
    descriptor = {"resources": [{"path": "data/notices.csv", "schema": {"fields": [
        {"name": "notice", "deidentify": {"method": "none", "public_names": True}},
        {"name": "remark", "pii": "free_text", "deidentify": {"method": "redact"}}]}}]}
    from gongkai.publish.local import keep_columns

    (tmp_path / "data").mkdir()
    text = "任前公示：姓名：刘志刚，男，现任县教育局副局长，拟任县教育局局长。"
    pd.DataFrame({"notice": [text], "remark": [text]}).to_csv(tmp_path / "data" / "notices.csv", index=False)
    findings = scan_paths([tmp_path], allow=keep_columns(descriptor), root=tmp_path)
    assert [(f.column, f.kind) for f in findings] == [("remark", "person_name")]


def test_a_column_of_officials_passes_its_officials_and_stops_a_private_person(tmp_path):
    from gongkai.publish.local import keep_columns

    descriptor = {"resources": [{"path": "data/notices.csv", "schema": {"fields": [
        {"name": "text", "pii": "free_text", "deidentify": {"method": "redact", "public_names": "officials"}}]}}]}
    (tmp_path / "data").mkdir()
    pd.DataFrame({"text": ["任命汪建国为县水利局局长。", "本年度入伍新兵朱立伟；吴晓梅。"]}) \
        .to_csv(tmp_path / "data" / "notices.csv", index=False)
    findings = scan_paths([tmp_path], allow=keep_columns(descriptor), root=tmp_path)
    rows = {f.row for f in findings if f.kind == "person_name"}
    assert rows == {3}          # the recruits' row (the file's third line); the appointment passes
