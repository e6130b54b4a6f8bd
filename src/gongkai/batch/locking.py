"""One batch per output folder, workers that die with it, and what killed runs left behind."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from ..errors import GongkaiError
from ..publish.local import STAGING
from .ledger import Ledger
from .model import now

BATCH_LOCK = ".batch.lock"
# held (shared) by every worker process of a batch: a rerun after the batch's process was
# killed waits until its workers are gone (they die with their parent, see die_with_parent)
WORKERS_LOCK = ".batch-workers.lock"
WORKERS_GONE_WAIT = 15.0    # s a rerun waits for the workers of a killed batch to exit


@contextlib.contextmanager
def batch_lock(out_dir: Path):
    """One batch at a time per output folder (the ledger has one writer), and none while the
    workers of an earlier, killed batch are still running."""
    handle = open(out_dir / BATCH_LOCK, "w")
    workers = open(out_dir / WORKERS_LOCK, "a")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise GongkaiError("another batch is running on this folder", path=str(out_dir)) from None
        give_up = time.monotonic() + WORKERS_GONE_WAIT
        while True:
            try:
                fcntl.flock(workers, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > give_up:
                    raise GongkaiError("worker processes of an earlier batch on this folder are "
                                       "still running; wait for them or stop them",
                                       path=str(out_dir)) from None
                time.sleep(0.2)
        # our own workers take it shared: release the exclusive hold once nobody else has it
        fcntl.flock(workers, fcntl.LOCK_UN)
        yield
    finally:
        workers.close()
        handle.close()


_worker_lock = None   # the open WORKERS_LOCK of this worker process (held until it exits)


def die_with_parent(out_dir: str) -> None:
    """Worker initialiser: die when the batch's process dies (Linux: PR_SET_PDEATHSIG), and
    hold the workers' lock shared for as long as this worker lives."""
    global _worker_lock
    import signal

    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:          # the parent died before the line above took effect
        os._exit(1)
    _worker_lock = open(Path(out_dir) / WORKERS_LOCK, "a")
    fcntl.flock(_worker_lock, fcntl.LOCK_SH)


def clean_stale_staging(out_dir: Path, before: float) -> list[str]:
    """Remove what killed runs left in ``.staging/`` (created before ``before``, epoch s)."""
    removed = []
    staging = Path(out_dir) / STAGING
    if not staging.is_dir():
        return removed
    for entry in staging.iterdir():
        try:
            if entry.lstat().st_mtime >= before:
                continue
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry.name)
        except FileNotFoundError:
            continue
    return removed


def clean_run_staging(out_dir: Path, prefixes: Iterable[str]) -> list[str]:
    """Remove this run's own entries from ``.staging/`` (named ``<dataset>-<run tag>…``, see
    :func:`gongkai.batch.execute.staging_prefix`): what an interrupted notebook or a stopped worker
    left. Called once every process that wrote them has ended (never under a Dask cluster, whose
    runs go on after the batch stops)."""
    removed = []
    staging = Path(out_dir) / STAGING
    prefixes = tuple(prefixes)
    if not staging.is_dir() or not prefixes:
        return removed
    for entry in staging.iterdir():
        if not entry.name.startswith(prefixes):
            continue
        with contextlib.suppress(FileNotFoundError):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry.name)
    return removed


def recover(ledger: Ledger, out_dir: Path, run_id: str) -> list[str]:
    """Runs that were killed: take in the outcomes their workers journaled after the batch's
    process died, and mark what was still running as interrupted."""
    recovered = []
    for old in ledger.unfinished_runs(exclude=run_id):
        records = []
        for journal in sorted((out_dir / ".runs" / old / "outcomes").glob("*.json")):
            try:
                rec = json.loads(journal.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                continue
            if ledger.known_outcome(old, rec.get("input", "")) in ("published", "failed"):
                continue
            records.append(rec)
        ledger.record_many(records)
        ledger.mark_interrupted(old, now())
        recovered.append(old)
    return recovered
