"""validate / deidentify / scan / publish on tables officers hand in (CSV in GB18030, XLSX)."""

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from gongkai.cli import main
from gongkai.extract.listing import listing_frame
from gongkai.validate.schema import load_schema

ROOT = Path(__file__).resolve().parents[1]
KEY = "cli-test-key-0123456789abcdef"
CHINESE_HEADERS = ["序号", "户主姓名", "身份证号码", "联系电话", "居住社区(村)", "家庭住址", "保障人数",
                   "救助金额（元）", "备注", "监督举报电话"]


@pytest.fixture(scope="module")
def listing_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    frame, _ = listing_frame(ROOT / "raw/listing/qinghe-street-dibao-2026-10.pdf",
                             load_schema("dibao-listing"))
    frame.columns = CHINESE_HEADERS
    frame.to_csv(folder / "listing-gb18030.csv", index=False, encoding="gb18030")
    frame.to_excel(folder / "listing.xlsx", index=False)
    bad = frame.copy()
    bad.loc[11, "身份证号码"] = bad.loc[11, "身份证号码"][:-1] + ("0" if bad.loc[11, "身份证号码"][-1] != "0" else "1")
    bad.loc[20, "保障人数"] = "三人"
    bad.to_csv(folder / "listing-bad.csv", index=False, encoding="utf-8")
    return folder, frame


def invoke(*args, key=True, home=None):
    env = {"GONGKAI_PSEUDONYM_KEY": KEY} if key else {"GONGKAI_PSEUDONYM_KEY": ""}
    env["GONGKAI_PSEUDONYM_KEY_FILE"] = ""
    if home is not None:
        env["HOME"] = str(home)
    return CliRunner().invoke(main, list(args), env=env)


@pytest.mark.parametrize("name", ["listing-gb18030.csv", "listing.xlsx"])
def test_chinese_headers_and_encodings_validate(listing_files, name):
    folder, frame = listing_files
    result = invoke("validate", str(folder / name), "--schema", "dibao-listing")
    assert result.exit_code == 0, result.output
    assert f"({len(frame)} rows)" in result.output


def test_invalid_rows_named_in_chinese(listing_files, tmp_path):
    folder, frame = listing_files
    report = tmp_path / "report.json"
    result = invoke("validate", str(folder / "listing-bad.csv"), "--schema", "dibao-listing",
                    "--json", str(report))
    assert result.exit_code == 1
    errors = json.loads(report.read_text())["errors"]
    notes = [e["note"] for e in errors]
    assert "第13行 身份证号码 校验位错误" in notes  # data row 12 is file row 13
    assert any(n.startswith("第22行 保障人数 类型错误") for n in notes)
    # the bad ID itself is never copied into the report
    assert frame.loc[11, "身份证号码"][:-1] not in report.read_text()


def test_deidentify_with_schema_then_gate_is_clean(listing_files, tmp_path):
    folder, frame = listing_files
    out = tmp_path / "out.csv"
    result = invoke("deidentify", str(folder / "listing-gb18030.csv"), "--schema", "dibao-listing",
                    "--out", str(out))
    assert result.exit_code == 0, result.output
    published = pd.read_csv(out, dtype=str)
    assert "phone" not in published.columns and "address" not in published.columns
    assert published["amount"].str.fullmatch(r"\d+(\.\d+)?").all()
    assert invoke("scan", str(out), "--schema", "dibao-listing").exit_code == 0
    # without the schema's keep declaration the hotline is a phone number like any other
    assert invoke("scan", str(out)).exit_code == 1


def test_deidentify_without_schema_treats_every_detected_value(listing_files, tmp_path):
    folder, frame = listing_files
    out = tmp_path / "plain.csv"
    result = invoke("deidentify", str(folder / "listing-gb18030.csv"), "--out", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    for value in frame["身份证号码"].tolist() + frame["联系电话"].tolist():
        assert value not in text


def test_deidentify_refuses_without_key(listing_files, tmp_path):
    folder, _ = listing_files
    out = tmp_path / "nokey.csv"
    result = invoke("deidentify", str(folder / "listing.xlsx"), "--schema", "dibao-listing",
                    "--out", str(out), key=False, home=tmp_path / "home")
    assert result.exit_code == 2
    assert ("no pseudonymisation key: set GONGKAI_PSEUDONYM_KEY, or GONGKAI_PSEUDONYM_KEY_FILE to "
            "a key file, or create ~/.config/gongkai/pseudonym.key") in result.output
    assert not out.exists()


def test_deidentify_reads_the_default_key_file(listing_files, tmp_path):
    """The key `make run` created is found by the command without any variable set."""
    folder, _ = listing_files
    home = tmp_path / "home"
    key_file = home / ".config" / "gongkai" / "pseudonym.key"
    key_file.parent.mkdir(parents=True)
    key_file.write_text(KEY + "\n")
    key_file.chmod(0o600)
    out = tmp_path / "keyed.csv"
    result = invoke("deidentify", str(folder / "listing.xlsx"), "--schema", "dibao-listing",
                    "--out", str(out), key=False, home=home)
    assert result.exit_code == 0, result.output
    with_env = tmp_path / "env.csv"
    invoke("deidentify", str(folder / "listing.xlsx"), "--schema", "dibao-listing",
           "--out", str(with_env))
    assert out.read_bytes() == with_env.read_bytes()      # the same key, the same pseudonyms


def test_scan_reports_without_values(listing_files):
    folder, frame = listing_files
    result = invoke("scan", str(folder / "listing-gb18030.csv"))
    assert result.exit_code == 1
    assert "身份证号码" in result.output and "cn_resident_id" in result.output
    assert frame["身份证号码"].iloc[0] not in result.output


def test_package_a_one_off_spreadsheet_through_the_release_path(tmp_path):
    source = ROOT / "raw/tables/dibao-listing/taiyue-liubu-dibao-2026-10.xlsx"
    truth = json.loads((ROOT / "tests/truth/taiyue-liubu-dibao-2026-10.json").read_text(encoding="utf-8"))
    out = tmp_path / "out"
    result = invoke("package", str(source), "--schema", "dibao-listing", "--out", str(out),
                    "--organization", "liubu")
    assert result.exit_code == 0, result.output
    folder = out / "taiyue-liubu-dibao-2026-10"
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["gongkai"]["kind"] == "table" and descriptor["gongkai"]["organization"] == "liubu"
    assert descriptor["gongkai"]["period"] == "2026-10"          # from the title line
    data = pd.read_csv(folder / descriptor["resources"][0]["path"], dtype=str, keep_default_na=False)
    assert len(data) == truth["rows"]
    text = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in folder.rglob("*") if p.is_file())
    assert not any(v in text for values in truth["personal"].values() for v in values)
    assert json.loads((out / "catalog.json").read_text())["datasets"][0]["name"] == folder.name


def test_package_refuses_a_table_that_fails_validation(tmp_path, listing_files):
    folder, _ = listing_files
    result = invoke("package", str(folder / "listing-bad.csv"), "--schema", "dibao-listing",
                    "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "校验未通过" in result.output and "不予发布" in result.output
    assert not (tmp_path / "out" / "listing-bad").exists()


def test_help_lists_schemas_families_and_kinds_and_an_unknown_schema_lists_them_too(tmp_path):
    text = invoke("--help").output
    for name in ("administrative-penalties", "dibao-listing", "cn-provincial", "us-federal-register",
                 "table"):
        assert name in text
    assert "cn-provincial" in invoke("gazette", "--help").output
    assert "fiscal-monthly" in invoke("validate", "--help").output
    path = tmp_path / "x.csv"
    path.write_text("a\n1\n", encoding="utf-8")
    result = invoke("validate", str(path), "--schema", "penalties")
    assert result.exit_code == 2
    assert "administrative-penalties" in result.output and "/" not in result.output.split("schemas are:")[1]


def test_scan_and_validate_give_one_record_the_same_row_number(tmp_path, listing_files):
    _, frame = listing_files
    rows = frame.copy()
    rows["备注"] = ""
    rows.loc[11, "备注"] = "代领人身份证" + rows.loc[12, "身份证号码"]          # data row 12
    rows.loc[11, "保障人数"] = "三人"
    path = tmp_path / "one-record.csv"
    rows.to_csv(path, index=False, encoding="utf-8")
    notes = invoke("validate", str(path), "--schema", "dibao-listing").output
    assert "第13行 保障人数" in notes                            # the file's line 13
    found = invoke("scan", str(path), "--schema", "dibao-listing").output
    assert "column 备注: cn_resident_id x1 (rows 13)" in found
