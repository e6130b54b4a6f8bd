"""Hostile and broken inputs (issue #20): every command and the batch answer them in one line.

The inputs come from tests/hostile.py. A command given one exits 2 with a single line
``gongkai: <file>[, page N]: <reason>`` (never a traceback); the batch records the input as
failed or refused with a reason after the colon, publishes nothing of it, and goes on.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import hostile
from gongkai.cli import main
from gongkai.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
KEY = "hostile-inputs-test-key-0123456789abcdef"


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setenv("GONGKAI_PSEUDONYM_KEY", KEY)
    monkeypatch.delenv("GONGKAI_CKAN_URL", raising=False)


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    files = {}
    for case in hostile.PDF_CASES + hostile.TABLE_CASES:
        path = folder / f"{case.name}{case.suffix}"
        case.make(path)
        files[(case.name, case.suffix)] = path
    return files


def _one_line_refusal(result, path: Path, reason: str) -> None:
    assert isinstance(result.exception, SystemExit), result.exception   # no traceback
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"gongkai: {path}"), lines[0]
    assert reason.lower() in lines[0].lower(), (reason, lines[0])
    assert "Traceback" not in result.output


def _pdf_params():
    return [pytest.param(case, marks=pytest.mark.slow) if case.slow else case
            for case in hostile.PDF_CASES]


@pytest.mark.parametrize("case", _pdf_params(), ids=lambda c: c.name)
def test_budget_and_tables_refuse_a_hostile_pdf_in_one_line(made, tmp_path, case):
    path = made[(case.name, case.suffix)]
    runner = CliRunner()
    reason = case.reason if case.reason != "nothing" else "no table found"
    for command in (["budget", str(path), "--csv", str(tmp_path / "b.csv")],
                    ["tables", str(path), "--json", str(tmp_path / "t.json")]):
        result = runner.invoke(main, command)
        _one_line_refusal(result, path, reason)
    assert not (tmp_path / "b.csv").exists() and not (tmp_path / "t.json").exists()


@pytest.mark.parametrize("case", [c for c in hostile.PDF_CASES if not c.slow], ids=lambda c: c.name)
def test_gazette_refuses_a_hostile_pdf_in_one_line(made, tmp_path, case):
    path = made[(case.name, case.suffix)]
    result = CliRunner().invoke(main, ["gazette", str(path), "--json", str(tmp_path / "g.json"),
                                       "--no-ocr"])
    reason = {"nothing": "no item found"}.get(case.reason, case.reason)
    _one_line_refusal(result, path, reason)


@pytest.mark.parametrize("case", hostile.TABLE_CASES, ids=lambda c: c.name)
def test_validate_and_deidentify_refuse_a_hostile_table_in_one_line(made, tmp_path, case):
    path = made[(case.name, case.suffix)]
    runner = CliRunner()
    for command in (["validate", str(path), "--schema", "dibao-listing"],
                    ["validate", str(path), "--schema", "dibao-listing", "--engine", "columns"],
                    ["deidentify", str(path), "--out", str(tmp_path / "d.csv")]):
        _one_line_refusal(runner.invoke(main, command), path, case.reason)


def test_a_gazette_without_items_is_refused_not_a_key_error(tmp_path):
    from gongkai.pipeline import gazette_items_frame, GAZETTE_ITEM_COLUMNS

    frame = gazette_items_frame({"issue": {}, "items": []})
    assert list(frame.columns) == GAZETTE_ITEM_COLUMNS and len(frame) == 0
    path = tmp_path / "issue.pdf"
    hostile.gazette_without_items_pdf(path)
    from gongkai import pipeline

    result = pipeline.run("gazette", path)          # no KeyError: an empty dataset ...
    folder = pipeline.stage(result, tmp_path / "out")
    from gongkai.release import verdict

    decided = verdict(folder)                       # ... that is refused, saying why
    assert not decided.release and "没有可发布的数据" in decided.reasons[0]


def test_utf16_without_a_byte_order_mark_is_read(tmp_path):
    from gongkai.validate.schema import load_schema
    from gongkai.validate.tabular import read_table

    path = tmp_path / "listing.csv"
    hostile.utf16_without_bom_csv(path)
    frame = read_table(path, load_schema("dibao-listing"))
    assert frame.attrs["encoding"] == "utf-16-le" and frame.iloc[0]["head_of_household"] == "张三"
    be = tmp_path / "be.csv"
    be.write_bytes((hostile.LISTING_HEADER + "\n" + hostile.LISTING_ROW + "\n").encode("utf-16-be"))
    assert read_table(be, load_schema("dibao-listing")).attrs["encoding"] == "utf-16-be"


def test_deidentify_into_a_missing_folder_makes_it(tmp_path):
    path = tmp_path / "listing.csv"
    path.write_text(hostile.LISTING_HEADER + "\n" + hostile.LISTING_ROW + "\n", encoding="utf-8")
    out = tmp_path / "not" / "yet" / "there.csv"
    result = CliRunner().invoke(main, ["deidentify", str(path), "--schema", "dibao-listing",
                                       "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()


def test_a_wide_table_is_refused_at_once_and_a_widish_one_is_quick(tmp_path):
    import time

    path = tmp_path / "wide.csv"
    hostile.wide_csv(path, 600)
    start = time.process_time()
    result = CliRunner().invoke(main, ["deidentify", str(path), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 0, result.output
    # was quadratic in the columns (the reader's notes copied into every column handed out)
    assert time.process_time() - start < 30


def test_yaml_errors_name_their_line_and_column(tmp_path):
    from gongkai.batch import discover
    from gongkai.validate.schema import load_schema

    schema = tmp_path / "broken.schema.yaml"
    schema.write_text("fields:\n  - name: a\n    type: [string\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"not valid YAML \(a Table Schema\) \(line \d+, column \d+\)"):
        load_schema(schema)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "manifest.yaml").write_text("inputs:\n  - path: a.pdf\n   kind: budget\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 3, column \d+"):
        discover(raw)


def test_an_absolute_glob_in_the_manifest_is_refused(tmp_path):
    from gongkai.batch import discover

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "manifest.yaml").write_text(f"inputs:\n  - {{path: '{tmp_path}/*.pdf', kind: budget}}\n",
                                       encoding="utf-8")
    with pytest.raises(InputError, match="relative to the raw folder"):
        discover(raw)


def test_chinese_file_names_give_distinct_dataset_names():
    from gongkai.package import slug

    names = {slug("清河街道低保名单"), slug("柳泉社区低保名单"), slug("低保名单-2026-10")}
    assert len(names) == 3 and "dataset" not in names
    assert slug("清河街道低保名单") == slug("清河街道低保名单")          # stable month to month
    assert all(n.replace("-", "").isalnum() and n.isascii() for n in names)


def test_the_validators_notes_quote_no_phone_number(tmp_path):
    """An invalid phone is a validation error; its note must not itself be a phone number
    that the release gate then finds in reports/validation.json."""
    from gongkai.deid.gate import scan_text
    from gongkai.validate import validate_frame
    from gongkai.validate.schema import load_schema

    schema = load_schema("dibao-listing")
    frame = pd.DataFrame({f["name"]: [""] for f in schema["fields"]}, dtype=object)
    frame.loc[0, ["seq", "head_of_household", "community", "household_size", "amount"]] = \
        ["1", "张三", "柳泉社区", "2", "1260"]
    frame.loc[0, "phone"] = "1390538"
    frame.loc[0, "supervision_hotline"] = "053"
    report = validate_frame(frame, schema)
    notes = [e["note"] for e in report.errors]
    assert any("电话" in n for n in notes)
    assert not scan_text(json.dumps(report.as_dict(), ensure_ascii=False))


def test_a_key_file_others_can_read_is_refused_by_the_commands(tmp_path, monkeypatch):
    key = tmp_path / "pseudonym.key"
    key.write_text("a-key-that-others-can-read\n")
    key.chmod(0o644)
    monkeypatch.delenv("GONGKAI_PSEUDONYM_KEY")
    monkeypatch.setenv("GONGKAI_PSEUDONYM_KEY_FILE", str(key))
    path = tmp_path / "listing.csv"
    path.write_text(hostile.LISTING_HEADER + "\n" + hostile.LISTING_ROW + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["deidentify", str(path), "--schema", "dibao-listing",
                                       "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 2 and "chmod 600" in result.output, result.output
    assert not (tmp_path / "o.csv").exists()


# --- the batch ------------------------------------------------------------------------------------

def _valid_id(first17: str) -> str:
    from gongkai.deid.detectors import id_check_char

    return first17 + id_check_char(first17)


@pytest.mark.slow
def test_the_batch_refuses_hostile_inputs_one_by_one_and_goes_on(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "published"
    sample = {k: ROOT / "raw" / k / n for k, n in (
        ("listing", "qinghe-street-dibao-2026-10.pdf"), ("budget", "dongyue-culture-tourism-2026-budget.pdf"))}
    for kind in ("budget", "listing", "gazette"):
        (raw / kind).mkdir(parents=True)
    hostile.huge_page_pdf(raw / "budget" / "huge-page.pdf")
    hostile.huge_image_page_pdf(raw / "gazette" / "huge-image-scan.pdf")
    hostile.print_only_pdf(raw / "budget" / "print-only.pdf")
    hostile.blank_pdf(raw / "budget" / "blank.pdf", pages=30)
    hostile.image_only_pdf(raw / "listing" / "scan.pdf")
    hostile.gazette_without_items_pdf(raw / "gazette" / "no-items.pdf")
    hostile.tiny_objects_pdf(raw / "budget" / "tiny-objects.pdf")
    hostile.truncated_pdf(raw / "listing" / "truncated.pdf")
    resident_id = _valid_id("37010219900101123")
    shutil.copy(sample["listing"], raw / "listing" / f"{resident_id}-dibao.pdf")
    shutil.copy(sample["listing"], raw / "listing" / "清河街道低保名单.pdf")
    shutil.copy(sample["listing"], raw / "listing" / "柳泉社区低保名单.pdf")
    outside = tmp_path / "elsewhere.pdf"
    shutil.copy(sample["budget"], outside)
    (raw / "budget" / "link.pdf").symlink_to(outside)

    env = dict(os.environ, GONGKAI_PSEUDONYM_KEY=KEY)
    result = subprocess.run([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(raw),
                             "--out", str(out), "--jobs", "2", "--no-progress"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=1800)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    line = next(l for l in result.stdout.splitlines() if "report: " in l)
    report = json.loads(Path(line.split("report: ")[1]).with_suffix(".json").read_text())
    by_name = {Path(o["input"]).name: o for o in report["outcomes"]}
    expected = {"huge-page.pdf": ("failed", "points"), "huge-image-scan.pdf": ("failed", "points"),
                "print-only.pdf": ("refused", "没有可发布的数据"),
                "blank.pdf": ("failed", "text layer"), "scan.pdf": ("failed", "text layer"),
                "no-items.pdf": ("refused", "没有可发布的数据"),
                "tiny-objects.pdf": ("failed", "drawing objects"),
                "truncated.pdf": ("failed", "damaged"),
                "〔身份证号〕-dibao.pdf": ("failed", "personal data")}
    for name, (status, reason) in expected.items():
        outcome = by_name[name]
        assert outcome["status"] == status, (name, outcome["status"], outcome["reason"])
        assert reason in outcome["reason"], (name, outcome["reason"])
        assert re.split(r": |：", outcome["reason"], 1)[1].strip(), outcome["reason"]   # after the colon
        assert not outcome["published"]
    # the two Chinese-named listings: two datasets; the link out of raw/: left out, said so
    chinese = [o for n, o in by_name.items() if n.endswith("低保名单.pdf")]
    assert [o["status"] for o in chinese] == ["published", "published"]
    assert len({o["dataset"] for o in chinese}) == 2
    assert "link.pdf" not in by_name and any("link" in w and "outside" in w for w in report["warnings"])
    published = sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))
    assert published == sorted(o["dataset"] for o in chinese)
    # the resident ID of the file name is nowhere: not in reports, journal, ledger, records
    for path in out.rglob("*"):
        if path.is_file():
            assert resident_id.encode() not in path.read_bytes(), path
    assert resident_id not in result.stdout + result.stderr
