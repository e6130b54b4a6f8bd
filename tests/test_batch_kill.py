"""SIGKILL of the batch's own process (not its process group) in a ``--jobs 2`` batch.

Its workers must not go on alone: they die with it (PR_SET_PDEATHSIG), their kernels (the
workers' children, the batch's grandchildren) notice that their parent is gone and exit, and a
rerun started at once waits for them (the workers' lock) instead of releasing the same datasets
a second time. Afterwards the ledger and the journal agree on what was published, and every
dataset was released once.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KEY = "batch-kill-test-key-0123456789abcdef"
SAMPLES = {"budget": "dongyue-culture-tourism-2026-budget", "listing": "qinghe-street-dibao-2026-10",
           "gazette": "dongyue-gazette-2026-11"}


def _env():
    env = dict(os.environ, GONGKAI_PSEUDONYM_KEY=KEY)
    env.pop("GONGKAI_CKAN_URL", None)
    return env


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its reaper is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        pid = int(stat.parent.name)
        parent = _parent(pid)
        if parent is not None:
            children.setdefault(parent, []).append(pid)
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _journal(out: Path) -> dict[str, dict]:
    records = {}
    for path in sorted(out.glob(".runs/*/outcomes/*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        records.setdefault(rec["input"], []).append(rec)
    return records


@pytest.fixture
def raw(tmp_path):
    """Five inputs, so that two workers are busy when the first dataset is out."""
    raw = tmp_path / "raw"
    for i in range(5):
        kind = list(SAMPLES)[i % 3]
        (raw / kind).mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / "raw" / kind / f"{SAMPLES[kind]}.pdf", raw / kind / f"{SAMPLES[kind]}-{i}.pdf")
    return raw


@pytest.mark.slow
def test_sigkill_of_a_jobs_2_batch_leaves_nothing_running_and_nothing_released_twice(raw, tmp_path):
    out = tmp_path / "published"
    proc = subprocess.Popen([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(raw),
                             "--out", str(out), "--jobs", "2", "--no-progress"], cwd=ROOT,
                            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: set[int] = set()
    deadline = time.monotonic() + 300
    # wait until a dataset is out and both workers run a kernel (grandchildren of the batch)
    while True:
        assert proc.poll() is None, "the batch ended before it could be killed"
        assert time.monotonic() < deadline, "no dataset published in time"
        family = _descendants(proc.pid)
        seen |= family
        workers = [p for p in family if _parent(p) == proc.pid and _descendants(p)]
        if _journal(out) and len(workers) >= 2:
            break
        time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)          # the batch alone, as `kill -9 <pid>` does
    proc.wait()
    killed_at = time.monotonic()
    # a rerun at once: it must wait for the workers of the killed batch, not run beside them
    rerun = subprocess.run([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(raw),
                            "--out", str(out), "--jobs", "2", "--no-progress"], cwd=ROOT,
                           env=_env(), capture_output=True, text=True, timeout=900)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr

    # no process of the killed batch is left (workers nor kernels), none lived long after it
    left = [p for p in seen if _alive(p)]
    assert not left, [Path(f"/proc/{p}/cmdline").read_bytes()[:200] for p in left]
    assert time.monotonic() - killed_at < 900

    # every input released once: what the killed batch's workers published (journal) is
    # taken in by the rerun and not run again; the rest is published by the rerun
    report_line = next(l for l in rerun.stdout.splitlines() if "report: " in l)
    report = json.loads(Path(report_line.split("report: ")[1]).with_suffix(".json").read_text())
    journal = _journal(out)
    first_run = {inp for inp, recs in journal.items()
                 if any(r["status"] == "published" and r["run_id"] != report["run_id"] for r in recs)}
    assert first_run
    statuses = {o["key"]: o["status"] for o in report["outcomes"]}
    assert len(statuses) == 5
    for inp, status in statuses.items():
        assert status == ("unchanged" if inp in first_run else "published"), (inp, status)
        published_in = [r["run_id"] for r in journal.get(inp, []) if r["status"] == "published"]
        assert len(published_in) == 1, (inp, published_in)          # released once
    # the ledger says what the journal says, for the killed run too
    with sqlite3.connect(out / ".ledger.sqlite") as db:
        rows = db.execute("SELECT run_id, input, status FROM outcomes").fetchall()
    ledger = {(run, inp): status for run, inp, status in rows}
    for inp, recs in journal.items():
        for rec in recs:
            assert ledger.get((rec["run_id"], inp)) == rec["status"], (inp, rec["status"])
    killed_run = next(r["run_id"] for recs in journal.values() for r in recs if r["input"] in first_run)
    assert not any(status == "running" for (run, _), status in ledger.items() if run == killed_run)
    # one folder per dataset, each listed once in the catalogue
    folders = sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))
    assert len(folders) == 5
    catalog = json.loads((out / "catalog.json").read_text(encoding="utf-8"))
    names = [d["name"] for d in catalog["datasets"]]
    assert sorted(names) == folders
