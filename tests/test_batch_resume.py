"""Interrupted batches resume: a batch killed (SIGKILL) or stopped with Ctrl-C (SIGINT) after its
first dataset is published leaves nothing half-written in published/, and rerunning finishes
what was left without redoing what was finished.

Where a test needs an input certain to be unfinished when its signal comes, it holds one with
the batch's test seam (``GONGKAI_TEST_HOLD``): on a loaded machine the other inputs finished
between the test seeing one "running" and its signal, and the batch rightly exited 0."""

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from gongkai.batch.execute import HOLD_VARIABLE
from pdf_fixtures import copy_pdf_samples

ROOT = Path(__file__).resolve().parents[1]
KEY = "batch-resume-test-key-0123456789abcdef"


HELD = "dongyue-gazette-2026-11"      # an input of copy_pdf_samples, held by the seam


# a variable only this test's batch has in its environment (gongkai never reads it): every
# process the batch starts inherits it, so that the test finds them even once they are orphaned
MARK_VARIABLE = "GONGKAI_TEST_BATCH_MARK"


def _env(held: str | None = None, mark: str | None = None):
    env = dict(os.environ, GONGKAI_PSEUDONYM_KEY=KEY)
    env.pop("GONGKAI_CKAN_URL", None)
    env.pop(HOLD_VARIABLE, None)
    env.pop(MARK_VARIABLE, None)
    if held:
        env[HOLD_VARIABLE] = held
    if mark:
        env[MARK_VARIABLE] = mark
    return env


def _published_count(ledger: Path, status: str = "published") -> int:
    if not ledger.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{ledger}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT count(*) FROM outcomes WHERE status=?", (status,)).fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _as_at_a_terminal() -> None:
    # A shell started without job control runs its background commands with SIGINT ignored, and
    # the ignored disposition is inherited: under `nohup make test &` the batch would never see the
    # Ctrl-C this test sends (Python installs its KeyboardInterrupt handler only where SIGINT is
    # not ignored at start). Ctrl-C at a terminal reaches a batch with the default disposition.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# s for the datasets a test waits for to be published: only a bound against a hung batch (on
# two cores shared by several test runs, one notebook has taken more than 200 s)
PUBLISH_WAIT = 900


def _start(raw: Path, out: Path, jobs: str, held: str | None = None,
           published: int = 1, mark: str | None = None) -> subprocess.Popen:
    """Start a batch and return once ``published`` of its inputs are published."""
    proc = subprocess.Popen([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(raw),
                             "--out", str(out), "--jobs", jobs], cwd=ROOT, env=_env(held, mark),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, preexec_fn=_as_at_a_terminal)
    deadline = time.monotonic() + PUBLISH_WAIT
    try:
        while _published_count(out / ".ledger.sqlite") < published:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "no dataset published in time"
            time.sleep(0.1)
    except BaseException:       # a failed test leaves no batch running (its workers die with it)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        raise
    return proc


def _start_and_stop(raw: Path, out: Path, sig: int, jobs: str, held: str | None = None,
                    published: int = 1) -> subprocess.Popen:
    proc = _start(raw, out, jobs, held, published)
    os.killpg(proc.pid, sig)
    proc.communicate(timeout=120)
    return proc


def _complete_datasets_only(out: Path) -> list[str]:
    names = []
    for folder in out.iterdir():
        if folder.is_dir() and not folder.name.startswith("."):
            descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
            for res in descriptor["resources"]:
                assert (folder / res["path"]).stat().st_size == res["bytes"]
            assert (folder / descriptor["gongkai"]["run_record"]["path"]).exists()
            names.append(folder.name)
    return sorted(names)


def _rerun(raw: Path, out: Path) -> dict:
    result = subprocess.run([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(raw),
                             "--out", str(out)], cwd=ROOT, env=_env(), capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(l for l in result.stdout.splitlines() if "report: " in l)
    return json.loads(Path(line.split("report: ")[1]).with_suffix(".json").read_text())


@pytest.fixture
def raw(tmp_path):
    return copy_pdf_samples(tmp_path / "raw")


@pytest.fixture
def raw2(tmp_path):
    """Two inputs: run one at a time, the second is still running when the first is published."""
    raw = tmp_path / "raw2"
    for kind, name in (("budget", "dongyue-culture-tourism-2026-budget"),
                       ("listing", "qinghe-street-dibao-2026-10")):
        (raw / kind).mkdir(parents=True)
        shutil.copy(ROOT / "raw" / kind / f"{name}.pdf", raw / kind)
    return raw


@pytest.mark.slow
def test_a_killed_batch_resumes_without_redoing_finished_inputs(raw2, tmp_path):
    raw = raw2
    out = tmp_path / "published"
    killed = _start_and_stop(raw, out, signal.SIGKILL, "1")
    assert killed.returncode == -signal.SIGKILL
    done_before = _complete_datasets_only(out)
    assert len(done_before) >= 1

    report = _rerun(raw, out)
    status = {o["dataset"]: o["status"] for o in report["outcomes"]}
    for name in done_before:
        assert status[name] == "unchanged"           # not redone
    assert sorted(status.values()).count("published") == 2 - len(done_before)
    assert len(_complete_datasets_only(out)) == 2
    assert not (out / ".staging").exists() or not any((out / ".staging").iterdir())
    db = sqlite3.connect(out / ".ledger.sqlite")
    runs = db.execute("SELECT status FROM runs ORDER BY started").fetchall()
    assert [r[0] for r in runs] == ["interrupted", "finished"]
    executed = db.execute("SELECT input, count(*) FROM outcomes WHERE status='published'"
                          " GROUP BY input").fetchall()
    assert all(count == 1 for _, count in executed) and len(executed) == 2


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_the_rerun_finishes(raw, tmp_path):
    out = tmp_path / "published"
    mark = uuid.uuid4().hex
    # one input held: the other two are published, then Ctrl-C finds the held one unfinished
    stopped = _start(raw, out, "2", held=HELD, published=2, mark=mark)
    started = _descendants(stopped.pid)
    workers = [p for p in started if b"spawn_main" in _cmdline(p)]
    assert len(workers) == 2 and any(_children(p) for p in workers), started  # and a kernel's server
    os.killpg(stopped.pid, signal.SIGINT)              # Ctrl-C at a terminal: the whole group
    stdout, stderr = stopped.communicate(timeout=300)
    assert stopped.returncode == 130, stdout + stderr
    assert "Ctrl-C: stopping" in stdout and "killed" not in stdout, stdout
    # the batch waited for its workers: nothing of it is left running (no worker, no fork
    # server, no kernel, nor the notebook's own processes), and no staging folder of the run
    assert _left_running(mark) == [], stdout + stderr
    assert not (out / ".staging").exists() or not any((out / ".staging").iterdir())
    done_before = _complete_datasets_only(out)
    assert len(done_before) == 2 and HELD not in done_before
    report = json.loads(sorted((out / ".runs").glob("*/report.json"))[0].read_text())
    assert report["interrupted"] == 1 and report["published"] == 2
    stopped_input = next(o for o in report["outcomes"] if o["status"] == "interrupted")
    assert stopped_input["dataset"] == HELD and "Ctrl-C" in stopped_input["reason"]
    assert "interrupted" in (out / ".runs" / report["run_id"] / "report.md").read_text()

    rerun = _rerun(raw, out)
    assert rerun["unchanged"] == 2 and rerun["published"] == 1
    assert len(_complete_datasets_only(out)) == 3
    assert not (out / ".staging").exists() or not any((out / ".staging").iterdir())


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        children = _children(todo.pop())
        found += children
        todo += children
    return found


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _left_running(mark: str) -> list[str]:
    """The processes still running with ``mark`` in their environment: what the batch started,
    orphaned or not (multiprocessing's resource tracker aside: it ends when it reads the end
    of the batch's pipe, and is neither a worker nor a kernel)."""
    needle = f"{MARK_VARIABLE}={mark}".encode()
    left = []
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if needle not in environ.read_bytes().split(b"\0"):
                continue
            state = (environ.parent / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        command = _cmdline(int(environ.parent.name)).replace(b"\0", b" ")
        if state != "Z" and b"resource_tracker" not in command:
            left.append(f"{environ.parent.name}: {command.decode(errors='replace')}")
    return left


@pytest.mark.slow
def test_a_killed_worker_process_stops_the_batch_and_the_rerun_finishes(raw, tmp_path):
    out = tmp_path / "published"
    # one input held, so that the pool still has work when a worker dies
    proc = _start(raw, out, "2", held=HELD, published=2)
    workers = [p for p in _children(proc.pid)
               if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes() and _children(p)]
    assert workers                                  # a pool worker with its kernel running
    os.kill(workers[0], signal.SIGKILL)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stdout + stderr
    assert "a worker process died" in stdout
    done_before = _complete_datasets_only(out)
    assert len(done_before) == 2 and HELD not in done_before
    rerun = _rerun(raw, out)
    assert rerun["unchanged"] == 2 and rerun["published"] == 1
    assert len(_complete_datasets_only(out)) == 3


def test_the_hold_seam_holds_only_the_named_input_and_ends_at_its_timeout(monkeypatch, tmp_path):
    from gongkai.batch.execute import hold_if_asked
    from gongkai.batch.model import Input

    def item(dataset):
        return Input(path=tmp_path / f"{dataset}.pdf", kind="gazette", dataset=dataset, period="",
                     key=f"{dataset}.pdf")

    monkeypatch.setenv(HOLD_VARIABLE, f"other, {HELD}")
    assert hold_if_asked(item("not-held"), time.monotonic() + 60) is None
    started = time.monotonic()
    with pytest.raises(TimeoutError, match=f"{HELD}.pdf: held by {HOLD_VARIABLE}"):
        hold_if_asked(item(HELD), started + 0.3)
    assert time.monotonic() - started >= 0.3


def test_ctrl_c_is_taken_where_the_run_can_clean_up(tmp_path):
    """The batch's process defers a first Ctrl-C outside its waits and takes a second at once; a
    worker takes only the first, and only inside a notebook; after a stop no input starts."""
    import threading

    from gongkai.batch import schedulers
    from gongkai.batch.model import Input

    # as at a terminal (a test run started in the background may have SIGINT ignored)
    original = signal.signal(signal.SIGINT, signal.default_int_handler)
    main = schedulers.CtrlC(repeat_raises=True)
    assert main.install()
    try:
        signal.raise_signal(signal.SIGINT)         # outside a wait: remembered
        assert main.requested
        with pytest.raises(KeyboardInterrupt):
            main.check()
        with pytest.raises(KeyboardInterrupt):     # a second one: at once
            signal.raise_signal(signal.SIGINT)
    finally:
        main.uninstall()
    assert signal.signal(signal.SIGINT, signal.SIG_DFL) is signal.default_int_handler
    signal.signal(signal.SIGINT, signal.default_int_handler)

    worker = schedulers.CtrlC(repeat_raises=False, event=threading.Event())
    assert worker.install()
    try:
        with pytest.raises(KeyboardInterrupt):
            with worker.allowed():
                signal.raise_signal(signal.SIGINT)  # inside a notebook: at once
        signal.raise_signal(signal.SIGINT)          # a repeat: its stop is under way
        assert worker.count == 2
    finally:
        worker.uninstall()
        signal.signal(signal.SIGINT, original)
    stopped = schedulers.CtrlC(repeat_raises=False, event=threading.Event())
    stopped.event.set()                             # asked by the batch's process
    item = Input(path=tmp_path / "x.pdf", kind="gazette", dataset="x", period="", key="x.pdf")
    schedulers._worker_ctrl_c, before = stopped, schedulers._worker_ctrl_c
    try:
        with pytest.raises(KeyboardInterrupt):
            schedulers.run_in_worker(item, tmp_path / "out", tmp_path / "run", "r1", 60, {}, 1)
    finally:
        schedulers._worker_ctrl_c = before
    assert not (tmp_path / "out").exists()          # no staging folder was made


def test_the_batch_removes_its_own_runs_staging_only(tmp_path):
    from gongkai.batch.execute import staging_prefix, staging_tag
    from gongkai.batch.locking import clean_run_staging
    from gongkai.publish.local import STAGING, staging_folder

    ours = staging_folder(tmp_path, "a-b", staging_tag("run-1"))
    ours.with_name(ours.name + ".executed.ipynb").write_text("{}")
    theirs = staging_folder(tmp_path, "a-b", staging_tag("run-2"))
    other = staging_folder(tmp_path, "a")
    removed = clean_run_staging(tmp_path, [staging_prefix("a-b", "run-1"), staging_prefix("a", "run-1")])
    assert sorted(removed) == sorted([ours.name, ours.name + ".executed.ipynb"])
    assert sorted(p.name for p in (tmp_path / STAGING).iterdir()) == sorted([theirs.name, other.name])
