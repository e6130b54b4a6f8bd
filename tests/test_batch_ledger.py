"""The batch's bookkeeping without kernels: inputs, ledger, skip decisions, recovery, reports.

The notebook run itself (``run_one``) is replaced by a stand-in that writes a tiny package, so
these tests are fast; the real runs are in test_batch_runs.py, _resume.py and _dask.py.
"""

import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from gongkai import batch
from gongkai.batch import Input, Outcome, discover, run_batch
from gongkai.errors import GongkaiError, InputError
from gongkai.batch.ledger import Ledger


@pytest.fixture(autouse=True)
def _key(monkeypatch):
    monkeypatch.setenv("GONGKAI_PSEUDONYM_KEY", "ledger-test-key-0123456789abcdef")
    monkeypatch.delenv("GONGKAI_CKAN_URL", raising=False)


def _pdf(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.4\n% " + text.encode() + b"\n")
    return path


@pytest.fixture
def raw(tmp_path):
    raw = tmp_path / "raw"
    _pdf(raw / "budget" / "a-budget.pdf", "a")
    _pdf(raw / "gazette" / "2026" / "issue-11.pdf", "g")
    _pdf(raw / "listing" / "street-dibao.pdf", "l")
    (raw / "listing" / "notes.txt").write_text("not an input")
    _pdf(raw / "listing" / ".hidden.pdf")
    return raw


class FakeRuns:
    """Stands in for run_one: a package with the input's sha256, or a failure for 'bad' files."""

    def __init__(self):
        self.calls: list[str] = []

    def __call__(self, item, out_dir, run_dir, run_id, timeout=900, meta=None, kernel_jobs=None):
        self.calls.append(item.key)
        if "bad" in item.path.name:
            return Outcome(str(item.path), item.kind, item.dataset, "failed", 0.1, key=item.key,
                           reason=f"InputError: {item.path}: not a PDF")
        folder = Path(out_dir) / item.dataset
        folder.mkdir(parents=True, exist_ok=True)
        sha = hashlib.sha256(item.path.read_bytes()).hexdigest()
        (folder / "datapackage.json").write_text(json.dumps({"name": item.dataset,
                                                             "sources": [{"sha256": sha}]}))
        return Outcome(str(item.path), item.kind, item.dataset, "published", 0.1, key=item.key,
                       rows={"t": 3}, published=str(folder),
                       validation={"valid": True, "errors": 0, "rows": 3},
                       deidentification={"methods": {"mask": 3}, "values_changed": 3,
                                         "undeclared_hits": 0, "k": None, "k_satisfied": None})


@pytest.fixture
def fake(monkeypatch):
    runs = FakeRuns()
    monkeypatch.setattr(batch.execute, "run_one", runs)

    def in_turn(todo, out_dir, run_dir, run_id, timeout, done):      # --jobs 1
        for item, meta in todo:
            done(runs(item, out_dir, run_dir, run_id, timeout, meta))
    monkeypatch.setattr(batch.execute, "run_in_turn", in_turn)
    return runs


def test_discover_kinds_from_folders_at_any_depth(raw):
    found = {i.key: i for i in discover(raw)}
    assert set(found) == {"budget/a-budget.pdf", "gazette/2026/issue-11.pdf", "listing/street-dibao.pdf"}
    assert found["gazette/2026/issue-11.pdf"].kind == "gazette"
    assert found["listing/street-dibao.pdf"].dataset == "street-dibao"


def test_discover_manifest_entries_globs_and_defaults(raw):
    _pdf(raw / "incoming" / "jan.pdf")
    _pdf(raw / "incoming" / "feb.pdf")
    (raw / "manifest.yaml").write_text(
        "inputs:\n"
        "  - {path: budget/a-budget.pdf, kind: budget, dataset: Dept A 2026, period: 2026,"
        " organization: dept-a}\n"
        "  - {path: 'incoming/*.pdf', kind: listing, dataset: town, period: 2026-10}\n"
        "  - {path: listing/missing.pdf, kind: listing}\n"
        "  - {path: 'nothing/*.pdf', kind: gazette}\n", encoding="utf-8")
    warnings = []
    found = {i.key: i for i in discover(raw, warnings)}
    a = found["budget/a-budget.pdf"]
    assert (a.kind, a.dataset, a.period, a.organization) == ("budget", "dept-a-2026", "2026", "dept-a")
    assert found["incoming/jan.pdf"].dataset == "town-jan" and found["incoming/feb.pdf"].period == "2026-10"
    assert "listing/missing.pdf" in found         # listed but missing: it will fail with its reason
    assert found["gazette/2026/issue-11.pdf"].kind == "gazette"   # not listed: folder default
    assert warnings == ["manifest entry 4 (nothing/*.pdf) matched no file",
                        "1 file(s) under the raw folder are no input (not in the manifest, not in "
                        "a kind's folder with its suffix): listing/notes.txt"]


@pytest.mark.parametrize("text, message", [
    ("inputs: [{path: a.pdf, kind: poster}]", "kind must be one of"),
    ("inputs: [{kind: budget}]", "has no 'path'"),
    ("inputs: {path: a.pdf}", "needs a list"),
    ("inputs: [{path: ../outside.pdf, kind: budget}]", "outside the raw folder"),
])
def test_a_bad_manifest_is_refused_with_its_reason(raw, text, message):
    (raw / "manifest.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        discover(raw)


def test_unchanged_inputs_are_skipped_and_changed_new_failed_run(raw, tmp_path, fake):
    out = tmp_path / "published"
    _pdf(raw / "budget" / "bad-budget.pdf")
    first = run_batch(raw, out, progress=False)
    assert (first["published"], first["failed"], first["unchanged"]) == (3, 1, 0)
    fake.calls.clear()

    second = run_batch(raw, out, progress=False)
    assert fake.calls == ["budget/bad-budget.pdf"]              # failed inputs run again
    assert (second["unchanged"], second["failed"], second["executed"]) == (3, 1, 1)
    fake.calls.clear()

    _pdf(raw / "budget" / "a-budget.pdf", "changed")             # a changed input
    _pdf(raw / "listing" / "new-dibao.pdf")                      # a new one
    (out / "issue-11" / "datapackage.json").unlink()             # a dataset removed by hand
    third = run_batch(raw, out, progress=False)
    assert sorted(fake.calls) == ["budget/a-budget.pdf", "budget/bad-budget.pdf",
                                  "gazette/2026/issue-11.pdf", "listing/new-dibao.pdf"]
    assert third["unchanged"] == 1
    fake.calls.clear()

    forced = run_batch(raw, out, progress=False, force=True)
    assert len(fake.calls) == 5 and forced["unchanged"] == 0
    fake.calls.clear()
    only = run_batch(raw, out, progress=False, force=True, only="dibao")
    assert sorted(fake.calls) == ["listing/new-dibao.pdf", "listing/street-dibao.pdf"]
    assert only["inputs"] == 2


def test_what_the_ledger_keeps(raw, tmp_path, fake):
    out = tmp_path / "published"
    report = run_batch(raw, out, progress=False, period="2026-10")
    db = sqlite3.connect(out / ".ledger.sqlite")
    db.row_factory = sqlite3.Row
    row = db.execute("SELECT * FROM outcomes WHERE input='listing/street-dibao.pdf'").fetchone()
    assert row["run_id"] == report["run_id"] and row["status"] == "published"
    assert row["sha256"] == hashlib.sha256((raw / "listing/street-dibao.pdf").read_bytes()).hexdigest()
    assert row["notebook"] == "notebooks/listing.ipynb" and len(row["notebook_sha256"]) == 64
    assert json.loads(row["parameters"]) == {"input_path": "listing/street-dibao.pdf",
                                             "dataset": "street-dibao", "period": "2026-10"}
    assert row["gongkai_version"]
    versions = json.loads(row["schema_versions"])
    assert versions["dibao-listing"]["version"] == "1.0" and len(versions["dibao-listing"]["sha256"]) == 64
    assert row["started"] and row["finished"] and row["seconds"] is not None
    assert json.loads(row["validation"])["valid"] is True
    run = db.execute("SELECT * FROM runs").fetchone()
    assert run["status"] == "finished" and run["published"] == 3


def test_a_new_notebook_or_schema_version_reruns(raw, tmp_path, fake, monkeypatch):
    out = tmp_path / "published"
    run_batch(raw, out, progress=False)
    fake.calls.clear()
    real = batch.schema_versions

    def bumped():
        versions = real()
        versions["budget"]["budget-lines"]["version"] = "2.0"
        return versions

    monkeypatch.setattr(batch.fingerprints, "schema_versions", bumped)
    run_batch(raw, out, progress=False)
    assert fake.calls == ["budget/a-budget.pdf"]


def test_two_inputs_cannot_make_the_same_dataset(raw, tmp_path, fake):
    _pdf(raw / "gazette" / "street-dibao.pdf")
    report = run_batch(raw, tmp_path / "published", progress=False)
    dup = [o for o in report["outcomes"] if o["status"] == "failed"]
    assert len(dup) == 1 and "DuplicateDataset" in dup[0]["reason"]
    # the first in path order makes the dataset; the other fails naming it
    assert dup[0]["key"] == "listing/street-dibao.pdf" and "raw/gazette/street-dibao.pdf" in dup[0]["reason"]
    assert "listing/street-dibao.pdf" not in fake.calls


def test_a_killed_run_is_taken_in_at_the_next_start(raw, tmp_path, fake):
    """A journal written by a worker after its release, the driver killed before recording it."""
    out = tmp_path / "published"
    ledger = Ledger.for_out(out)
    ledger.start_run("old-run", "2026-01-01T00:00:00+00:00", {}, "0", "host")
    item = Input(raw / "listing/street-dibao.pdf", "listing", "street-dibao",
                 key="listing/street-dibao.pdf")
    meta = batch.fingerprints.fingerprint(item, hashlib.sha256(item.path.read_bytes()).hexdigest(),
                             batch.fingerprints.notebook_info(), batch.fingerprints.schema_versions())
    for key in ("listing/street-dibao.pdf", "budget/a-budget.pdf"):
        ledger.record({"run_id": "old-run", "input": key, "dataset": "x", "kind": "listing",
                       "status": "running"})
    ledger.close()
    done = FakeRuns()(item, out, out / ".runs/old-run", "old-run")
    batch.execute.write_journal(out / ".runs" / "old-run", done, meta)
    stale = out / ".staging" / "street-dibao-0123456789ab"
    stale.mkdir(parents=True)
    old = time.time() - 60
    os.utime(stale, (old, old))

    report = run_batch(raw, out, progress=False)
    assert "listing/street-dibao.pdf" not in fake.calls          # not redone
    assert sorted(fake.calls) == ["budget/a-budget.pdf", "gazette/2026/issue-11.pdf"]
    assert not stale.exists()
    assert any("stale staging" in w for w in report["warnings"])
    with Ledger.for_out(out) as ledger:
        runs = {r["run_id"]: r for r in ledger.runs()}
        assert runs["old-run"]["status"] == "interrupted"
        history = {o["input"]: o["status"] for o in ledger.outcomes("old-run")}
        assert history == {"listing/street-dibao.pdf": "published",
                           "budget/a-budget.pdf": "interrupted"}


def test_one_batch_at_a_time(raw, tmp_path, fake):
    out = tmp_path / "published"
    out.mkdir()
    with batch.locking.batch_lock(out):
        with pytest.raises(GongkaiError, match="another batch is running"):
            run_batch(raw, out, progress=False)


def test_reports_in_markdown_and_html(raw, tmp_path, fake):
    out = tmp_path / "published"
    _pdf(raw / "budget" / "bad-budget.pdf")
    report = run_batch(raw, out, progress=False)
    folder = out / ".runs" / report["run_id"]
    md = (folder / "report.md").read_text(encoding="utf-8")
    page = (folder / "report.html").read_text(encoding="utf-8")
    for text in ("budget/bad-budget.pdf", "not a PDF", "listing/street-dibao.pdf", "mask 3", "valid"):
        assert text in md and text in page
    assert "3 published, 1 failed, 0 unchanged" in md
    assert "Totals: 4 inputs, 4 run, 3 published, 1 failed" in md
    assert page.startswith("<!doctype html>") and "<td>failed</td>" in page


def test_plain_log_lines_when_not_on_a_terminal(raw, tmp_path, fake, capsys):
    run_batch(raw, tmp_path / "published", progress=True)
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("[3/3] published") for line in lines)


def test_a_notebook_without_its_parameters_cell_is_refused(tmp_path):
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    from gongkai.batch import check_notebook

    path = tmp_path / "listing.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("input_path = None")]), path)
    with pytest.raises(GongkaiError, match="no cell tagged 'parameters'"):
        check_notebook(path)
    cell = new_code_cell("input_path = None\nout_dir = None\ndataset = None\nperiod = None\n"
                         "staging_dir = None\nrunid = None", metadata={"tags": ["parameters"]})
    nbformat.write(new_notebook(cells=[cell]), path)
    with pytest.raises(GongkaiError, match="does not declare run_id"):
        check_notebook(path)
    for kind in ("listing", "budget", "gazette"):
        check_notebook(batch.NOTEBOOKS / f"{kind}.ipynb")


def test_ckan_sync_for_published_and_for_unchanged_datasets_whose_last_sync_failed(
        raw, tmp_path, fake, monkeypatch):
    from types import SimpleNamespace

    import gongkai.publish.ckan as ckan
    from gongkai.errors import GongkaiError as Failure

    calls, failing = [], {"issue-11"}

    def publish_to_ckan(folder, url, org=None):
        calls.append(Path(folder).name)
        if Path(folder).name in failing:
            raise Failure("CKAN answered 500")
        return SimpleNamespace(dataset=Path(folder).name, dataset_url=f"{url}/dataset/x",
                               changed=True, uploads=2, calls=5, seconds=0.1)

    monkeypatch.setattr(ckan, "publish_to_ckan", publish_to_ckan)
    monkeypatch.setenv("GONGKAI_CKAN_URL", "http://ckan.invalid")
    out = tmp_path / "published"
    first = run_batch(raw, out, progress=False)
    assert sorted(calls) == ["a-budget", "issue-11", "street-dibao"]
    assert first["ckan"] == {"url": "http://ckan.invalid", "published": 2, "failed": 1}
    calls.clear()
    failing.clear()
    second = run_batch(raw, out, progress=False)
    assert len(fake.calls) == 3 and second["unchanged"] == 3     # nothing rerun ...
    assert calls == ["issue-11"]                       # ... but the failed CKAN sync is retried
    assert second["ckan"]["failed"] == 0
    calls.clear()
    run_batch(raw, out, progress=False)
    assert calls == []


def test_new_deidentification_rules_run_the_published_inputs_again(raw, tmp_path, fake, monkeypatch):
    """A release whose de-identification rules changed (they may find what an older one left)
    publishes again every input an older release published, though nothing else changed."""
    out = tmp_path / "published"
    first = run_batch(raw, out, progress=False)
    assert first["published"] == 3
    fake.calls.clear()
    assert run_batch(raw, out, progress=False)["unchanged"] == 3
    monkeypatch.setattr(batch.fingerprints, "deid_rules_digest", lambda: "0123456789ab")
    again = run_batch(raw, out, progress=False)
    assert again["unchanged"] == 0 and sorted(fake.calls) == ["budget/a-budget.pdf", "gazette/2026/issue-11.pdf",
                                                              "listing/street-dibao.pdf"]
    with Ledger.for_out(out) as ledger:
        assert ledger.runs()[-1]["gongkai_version"].endswith("+deid.0123456789ab")


def test_the_rules_digest_follows_the_deid_package():
    assert batch.fingerprints.code_version().startswith(batch.fingerprints.__version__ + "+deid.")
    assert len(batch.fingerprints.deid_rules_digest()) == 12
