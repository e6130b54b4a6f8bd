"""Real notebook runs through ``gongkai batch``: bad inputs fail alone with clear reasons, an
unchanged rerun executes nothing, --force and --timeout, no kernel transport noise, and the
Dask path (``--scheduler``, a LocalCluster of processes on loopback) publishes the same
datasets as the local path."""

import json
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pdf_fixtures import copy_pdf_samples, encrypted_pdf, truncated_pdf

ROOT = Path(__file__).resolve().parents[1]
KEY = "batch-runs-test-key-0123456789abcdef"
SAMPLES = ["dongyue-culture-tourism-2026-budget", "dongyue-gazette-2026-11",
           "qinghe-street-dibao-2026-10"]


def gongkai(*args, timeout=600):
    env = dict(os.environ, GONGKAI_PSEUDONYM_KEY=KEY)
    env.pop("GONGKAI_CKAN_URL", None)
    return subprocess.run([sys.executable, "-m", "gongkai.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def report_of(out: Path, result) -> dict:
    line = next(l for l in result.stdout.splitlines() if "report: " in l)
    path = Path(line.split("report: ")[1]).with_suffix(".json")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """The three samples and three bad files: a truncated PDF, an encrypted PDF, an empty file."""
    base = tmp_path_factory.mktemp("runs")
    raw = copy_pdf_samples(base / "raw")
    truncated_pdf(raw / "budget" / "corrupt-budget.pdf",
                  ROOT / "raw/budget/dongyue-culture-tourism-2026-budget.pdf")
    encrypted_pdf(raw / "listing" / "encrypted-listing.pdf")
    (raw / "gazette" / "empty-gazette.pdf").write_bytes(b"")
    out = base / "published"
    result = gongkai("batch", "--raw", str(raw), "--out", str(out), "--jobs", "2")
    return raw, out, result


@pytest.mark.slow
def test_bad_inputs_fail_alone_with_clear_reasons(first_run):
    raw, out, result = first_run
    assert result.returncode == 1, result.stdout + result.stderr
    assert "6 inputs: 3 published, 3 failed, 0 unchanged" in result.stdout
    report = report_of(out, result)
    by_name = {o["dataset"]: o for o in report["outcomes"]}
    for name in SAMPLES:
        assert by_name[name]["status"] == "published", by_name[name]
        assert (out / name / "datapackage.json").exists()
    reasons = {name: by_name[name]["reason"] for name in
               ("corrupt-budget", "encrypted-listing", "empty-gazette")}
    assert all(by_name[n]["status"] == "failed" for n in reasons)
    assert "corrupt-budget.pdf" in reasons["corrupt-budget"]
    assert "encrypted-listing.pdf" in reasons["encrypted-listing"]
    assert "encrypted" in reasons["encrypted-listing"]
    assert "empty-gazette.pdf" in reasons["empty-gazette"] and "empty file" in reasons["empty-gazette"]
    for name in reasons:
        assert not (out / name).exists()
    run = out / ".runs" / report["run_id"]
    md = (run / "report.md").read_text(encoding="utf-8")
    page = (run / "report.html").read_text(encoding="utf-8")
    for reason in reasons.values():
        assert reason.replace("|", "/") in md
    assert "encrypted PDF" in page and "empty file" in page
    # every executed notebook is kept, scrubbed, under the run's folder: the audit trail
    kept = sorted(p.stem for p in (run / "notebooks").glob("*.ipynb"))
    assert kept == sorted(SAMPLES + list(reasons))
    assert KEY not in "".join(p.read_text(encoding="utf-8") for p in (run / "notebooks").iterdir())
    assert not (out / ".staging").exists() or not any((out / ".staging").iterdir())


@pytest.mark.slow
def test_kernels_talk_over_ipc_without_the_tcp_warning(first_run):
    _, _, result = first_run
    assert "without encryption" not in result.stderr
    assert "IPKernelApp" not in result.stderr


@pytest.mark.slow
def test_unchanged_rerun_skips_everything_and_force_reruns(first_run):
    raw, out, _ = first_run
    rerun = gongkai("batch", "--raw", str(raw), "--out", str(out), "--only", "dongyue")
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert "2 inputs: 0 published, 0 failed, 2 unchanged" in rerun.stdout
    report = report_of(out, rerun)
    assert report["executed"] == 0
    assert not (out / ".runs" / report["run_id"] / "notebooks").exists()   # no notebook ran

    again = gongkai("batch", "--raw", str(raw), "--out", str(out), "--only", "gazette")
    assert "2 inputs: 0 published, 1 failed, 1 unchanged" in again.stdout   # failed ones run again
    forced = gongkai("batch", "--raw", str(raw), "--out", str(out), "--force", "--only", "dibao")
    assert forced.returncode == 0 and "1 inputs: 1 published, 0 failed, 0 unchanged" in forced.stdout
    db = sqlite3.connect(out / ".ledger.sqlite")

    def history(key):
        return [s for (s,) in db.execute("SELECT status FROM outcomes WHERE input=? ORDER BY started",
                                         (key,))]

    assert history("budget/dongyue-culture-tourism-2026-budget.pdf") == ["published", "unchanged"]
    assert history("gazette/empty-gazette.pdf") == ["failed", "failed"]
    assert history("listing/qinghe-street-dibao-2026-10.pdf") == ["published", "published"]


@pytest.mark.slow
def test_a_notebook_over_its_timeout_is_stopped_and_reported(tmp_path):
    raw = tmp_path / "raw"
    (raw / "budget").mkdir(parents=True)
    shutil.copy(ROOT / "raw/budget/dongyue-culture-tourism-2026-budget.pdf", raw / "budget")
    out = tmp_path / "published"
    result = gongkai("batch", "--raw", str(raw), "--out", str(out), "--timeout", "1")
    assert result.returncode == 1
    outcome = report_of(out, result)["outcomes"][0]
    assert outcome["reason"].startswith("Timeout:") and "longer than 1 s" in outcome["reason"]
    assert not (out / "dongyue-culture-tourism-2026-budget").exists()


# -- the Dask path -------------------------------------------------------------------------------

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    previous = os.environ.get("GONGKAI_PSEUDONYM_KEY")
    os.environ["GONGKAI_PSEUDONYM_KEY"] = KEY     # the workers' own environment
    try:
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      host="127.0.0.1", dashboard_address=None,
                                      silence_logs=logging.ERROR) as cluster:
            yield cluster
    finally:
        if previous is None:
            os.environ.pop("GONGKAI_PSEUDONYM_KEY", None)
        else:
            os.environ["GONGKAI_PSEUDONYM_KEY"] = previous


def _comparable(descriptor: dict) -> dict:
    """A descriptor without what differs from run to run: ids, timestamps, the notebook's hash."""
    data = json.loads(json.dumps(descriptor))
    data.pop("created", None)
    data["gongkai"].pop("run_id", None)
    data["gongkai"].get("run_record", {}).pop("sha256", None)
    return data


def _datasets(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


@pytest.mark.slow
def test_dask_path_publishes_the_same_as_the_local_path(first_run, cluster, tmp_path):
    raw, local, _ = first_run
    remote = tmp_path / "dask"
    result = gongkai("batch", "--raw", str(raw), "--out", str(remote), "--scheduler",
                     cluster.scheduler_address)
    assert result.returncode == 1, result.stdout + result.stderr     # the three bad inputs
    assert "6 inputs: 3 published, 3 failed, 0 unchanged" in result.stdout
    report = report_of(remote, result)
    assert report["scheduler"] == cluster.scheduler_address and report["workers"] == 2
    assert {o["worker"].split(":")[1] for o in report["outcomes"]} - {str(os.getpid())}
    reasons = {o["dataset"]: o["reason"] for o in report["outcomes"] if o["reason"]}
    assert "encrypted PDF" in reasons["encrypted-listing"] and "empty file" in reasons["empty-gazette"]

    assert _datasets(local) == _datasets(remote) == sorted(SAMPLES)
    for name in SAMPLES:
        for path in sorted((local / name).rglob("*")):
            rel = path.relative_to(local / name)
            other = remote / name / rel
            assert other.exists(), rel
            if path.is_file() and rel.parts[0] in ("data", "reports"):
                assert path.read_bytes() == other.read_bytes(), rel
        assert _comparable(json.loads((local / name / "datapackage.json").read_text())) == \
            _comparable(json.loads((remote / name / "datapackage.json").read_text()))
    # the Dask runs are in the ledger like any other: a rerun there skips what was published
    again = gongkai("batch", "--raw", str(raw), "--out", str(remote), "--scheduler",
                    cluster.scheduler_address, "--only", "dongyue")
    assert again.returncode == 0 and "0 published, 0 failed, 2 unchanged" in again.stdout


@pytest.mark.slow
def test_dask_workers_without_the_same_key_are_refused(first_run, cluster, tmp_path):
    raw, _, _ = first_run
    env = dict(os.environ, GONGKAI_PSEUDONYM_KEY="another-key-0123456789abcdef")
    result = subprocess.run([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(raw),
                             "--out", str(tmp_path / "out"), "--scheduler",
                             cluster.scheduler_address], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 2
    assert "same pseudonymisation key" in result.stderr
    assert not (tmp_path / "out" / "qinghe-street-dibao-2026-10").exists()


@pytest.mark.slow
def test_a_killed_dask_worker_is_replaced_and_its_run_done_again(cluster, tmp_path):
    raw = copy_pdf_samples(tmp_path / "raw")
    out = tmp_path / "dask"
    env = dict(os.environ, GONGKAI_PSEUDONYM_KEY=KEY)
    env.pop("GONGKAI_CKAN_URL", None)
    proc = subprocess.Popen([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(raw),
                             "--out", str(out), "--scheduler", cluster.scheduler_address],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    deadline = time.monotonic() + 240
    while not any(out.glob("*/datapackage.json")):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.1)
    with distributed.Client(cluster) as client:
        busy = [addr for addr, tasks in client.processing().items() if tasks]
        assert busy
        pids = client.run(os.getpid, workers=busy[:1])
    os.kill(next(iter(pids.values())), signal.SIGKILL)      # the nanny starts a new worker
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stdout + stderr
    assert "3 inputs: 3 published, 0 failed" in stdout
    for name in SAMPLES:
        assert (out / name / "datapackage.json").exists()
