"""The whole workflow on the embedded default: raw/ -> published/ through the notebooks."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gongkai.batch.inputs import discover

ROOT = Path(__file__).resolve().parents[1]
KEY = "batch-test-key-0123456789abcdef"


def _gongkai(*args, env_extra=None, cwd=ROOT):
    import os

    env = dict(os.environ, GONGKAI_PSEUDONYM_KEY=KEY, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "gongkai.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    out = tmp_path_factory.mktemp("published")
    result = _gongkai("batch", "--raw", str(ROOT / "raw"), "--out", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    return out, result


def _all_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="ignore")
                     for p in folder.rglob("*") if p.is_file())


PDF_SAMPLES = ["dongyue-culture-tourism-2026-budget", "dongyue-gazette-2026-11",
               "qinghe-street-dibao-2026-10"]
# one office spreadsheet for each dataset of the notice (samples/tables.py), kind `table`
TABLE_SAMPLES = {"administrative-penalties": "dongyue-market-penalties-2026-10",
                 "food-drug-sampling": "dongyue-food-drug-sampling-2026-q3",
                 "fiscal-monthly": "dongyue-fiscal-2026-10",
                 "air-quality-ranking": "dongyue-air-quality-2026-10",
                 "poverty-fund-projects": "taiyue-poverty-fund-projects-2026",
                 "dibao-listing": "taiyue-liubu-dibao-2026-10"}
SAMPLES = PDF_SAMPLES + sorted(TABLE_SAMPLES.values())


@pytest.mark.slow
def test_every_sample_published_and_catalogued(published):
    out, result = published
    catalog = json.loads((out / "catalog.json").read_text(encoding="utf-8"))
    names = sorted(d["name"] for d in catalog["datasets"])
    assert names == sorted(SAMPLES)
    assert f"{len(SAMPLES)} published, 0 failed" in result.stdout
    assert not any((out / ".staging").glob("*")) if (out / ".staging").exists() else True
    kinds = {d["name"]: d["kind"] for d in catalog["datasets"]}
    assert all(kinds[name] == "table" for name in TABLE_SAMPLES.values())
    for name in SAMPLES:   # the batch's hand-over files stay out of the package
        assert not list((out / name).glob(".*.json")), name


@pytest.mark.slow
@pytest.mark.parametrize("dataset", SAMPLES)
def test_each_package_passes_frictionless_validate(published, dataset):
    out, _ = published
    frictionless = Path(sys.executable).with_name("frictionless")
    run = subprocess.run([str(frictionless), "validate", str(out / dataset / "datapackage.json")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:]
    descriptor = json.loads((out / dataset / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["sources"][0]["sha256"]
    # the manifest's organization reaches the package (and from there CKAN's owner_org)
    # (the office the manifest names for the input, as the batch reads the manifest)
    office = next(i.organization for i in discover(ROOT / "raw") if i.dataset == dataset)
    assert office and descriptor["gongkai"]["organization"] == office
    assert (out / dataset / descriptor["gongkai"]["run_record"]["path"]).exists()
    for name, rel in descriptor["gongkai"]["reports"].items():
        assert (out / dataset / rel).exists(), name
    # the files batch and notebook hand each other (release policy, staged result) are no data
    hidden = [p.name for p in (out / dataset).rglob(".*")]
    assert hidden == [], hidden


@pytest.mark.slow
@pytest.mark.parametrize("schema", sorted(TABLE_SAMPLES))
def test_table_samples_publish_every_row_and_no_personal_value(published, schema):
    import pandas as pd

    out, _ = published
    name = TABLE_SAMPLES[schema]
    truth = json.loads((ROOT / "tests" / "truth" / f"{name}.json").read_text(encoding="utf-8"))
    descriptor = json.loads((out / name / "datapackage.json").read_text(encoding="utf-8"))
    data = pd.read_csv(out / name / descriptor["resources"][0]["path"], dtype=str, keep_default_na=False)
    assert len(data) == truth["rows"]
    assert descriptor["gongkai"]["kind"] == "table" and descriptor["gongkai"]["period"]
    text = _all_text(out / name)
    squeezed = re.sub(r"[\s\-]", "", text)
    for value in truth["personal"]["resident_ids"] + truth["personal"]["phones"]:
        assert re.sub(r"[\s\-]", "", value) not in squeezed, "an ID or phone number was published"
    for value in truth["personal"]["names"]:
        assert value not in text, "a name was published"
    flat = "\n".join(data.to_numpy().ravel())
    for value in truth["public"]:          # company names, credit codes, 文号, hotlines
        assert value in flat, value


@pytest.mark.slow
def test_no_personal_value_of_the_listing_anywhere(published):
    out, _ = published
    truth = json.loads((ROOT / "tests/truth/qinghe-street-dibao-2026-10.json").read_text(encoding="utf-8"))
    text = _all_text(out)
    squeezed = re.sub(r"[\s\-]", "", text)
    for kind in ("resident_ids", "phones", "bank_cards"):
        for value in truth["personal_values"][kind]:
            assert re.sub(r"[\s\-]", "", value) not in squeezed, kind
    for value in truth["personal_values"]["names"] + truth["personal_values"]["addresses"]:
        assert value not in text, "a name or address was published"
    assert KEY not in text


@pytest.mark.slow
def test_listing_keeps_what_the_notice_makes_public(published):
    out, _ = published
    import pandas as pd

    frame = pd.read_csv(out / "qinghe-street-dibao-2026-10/data/listing.csv", dtype=str)
    assert {"community", "household_size", "amount", "supervision_hotline"} <= set(frame.columns)
    assert "phone" not in frame.columns and "address" not in frame.columns
    assert frame["head_of_household"].str.contains(r"\*").all()
    assert frame["resident_id"].str.match(r"^pid_[0-9a-f]{16}$").all()
    assert (frame["supervision_hotline"] == "0538-8216000").all()


@pytest.mark.slow
def test_a_bad_input_fails_alone(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(ROOT / "raw", raw)
    (raw / "budget" / "broken-budget.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    (raw / "listing" / "empty-listing.pdf").write_bytes(b"")
    out = tmp_path / "published"
    result = _gongkai("batch", "--raw", str(raw), "--out", str(out), "--only", "budget")
    assert result.returncode == 1
    assert "broken-budget.pdf" in result.stdout
    assert "1 published, 1 failed" in result.stdout
    assert not (out / "broken-budget").exists()
    report = next((out / ".runs").glob("*/report.json"))
    outcomes = {o["dataset"]: o for o in json.loads(report.read_text())["outcomes"]}
    assert outcomes["broken-budget"]["status"] == "failed"
    assert "broken-budget.pdf" in outcomes["broken-budget"]["reason"]
    assert outcomes["dongyue-culture-tourism-2026-budget"]["status"] == "published"
    empty = _gongkai("batch", "--raw", str(raw), "--out", str(out), "--only", "empty-listing")
    assert empty.returncode == 1 and "empty file" in empty.stdout


@pytest.mark.slow
def test_executed_notebooks_are_scrubbed_records(published):
    out, _ = published
    nb = json.loads((out / "qinghe-street-dibao-2026-10/run/qinghe-street-dibao-2026-10.ipynb")
                    .read_text(encoding="utf-8"))
    params = nb["metadata"].get("papermill", {}).get("parameters", {})
    assert "input_path" in params and not any("key" in k.lower() for k in params)
    assert any(cell.get("outputs") for cell in nb["cells"])


@pytest.mark.slow
def test_scanning_the_whole_published_folder_agrees_with_the_release_gate(published):
    """What a data officer runs to check the output (`gongkai scan published`) reads every
    package, run record and the ledger under the same declarations as the release gate that let
    them out: the hotline a listing keeps, the officials a gazette names, a database's schema."""
    out, _ = published
    result = _gongkai("scan", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("clean:")
    # and it still refuses a record that shows a private person's phone
    leak = next(out.glob(".runs/*/notebooks/qinghe-street-dibao-2026-10.ipynb"))
    nb = json.loads(leak.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "markdown", "metadata": {}, "source": ["回访电话 13905311234"]})
    leak.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
    refused = _gongkai("scan", str(out))
    assert refused.returncode == 1 and "mobile" in refused.stdout
