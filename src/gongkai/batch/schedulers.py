"""Where runs happen besides this process: a pool of worker processes, or a Dask cluster."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import socket
import uuid
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

from .. import __version__
from ..errors import GongkaiError
from ..publish.local import STAGING
from . import execute
from .fingerprints import key_fingerprint, notebook_info, schema_versions
from .locking import die_with_parent
from .model import Outcome, now

def worker_check(raw_dir: str, out_dir: str) -> dict:
    """Run on each Dask worker before the batch: can it do the work the same way as here?"""
    problems = []
    if not Path(raw_dir).is_dir():
        problems.append(f"cannot see the raw folder {raw_dir}")
    try:
        probe = Path(out_dir) / STAGING / f".probe-{uuid.uuid4().hex[:8]}"
        probe.parent.mkdir(parents=True, exist_ok=True)
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        problems.append(f"cannot write to {out_dir}: {exc}")
    return {"host": socket.gethostname(), "version": __version__, "notebooks": notebook_info(),
            "schemas": schema_versions(), "key": key_fingerprint(), "problems": problems}


def check_workers(client, raw_dir: Path, out_dir: Path) -> int:
    """Every worker must see the same folders, notebooks, schemas, version and key as we do."""
    answers = client.run(worker_check, str(raw_dir.resolve()), str(out_dir.resolve()))
    if not answers:
        raise GongkaiError("the Dask cluster has no workers")
    mine = {"version": __version__, "notebooks": notebook_info(), "schemas": schema_versions()}
    keys = {a["key"] for a in answers.values()}
    local_key = key_fingerprint()
    problems = []
    for address, answer in sorted(answers.items()):
        for what in ("version", "notebooks", "schemas"):
            if answer[what] != mine[what]:
                problems.append(f"{address}: its gongkai {what} differ from this machine's")
        problems += [f"{address}: {p}" for p in answer["problems"]]
    if len(keys) > 1 or (local_key and keys != {local_key}):
        problems.append("the workers do not all hold the same pseudonymisation key as this "
                        "machine (set GONGKAI_PSEUDONYM_KEY or GONGKAI_PSEUDONYM_KEY_FILE on each)")
    if problems:
        raise GongkaiError("Dask workers not ready: " + "; ".join(problems))
    return len(answers)


class WorkerDied(Exception):
    """A local worker process was killed: the pool cannot go on; the rerun finishes."""


def run_pool(todo, out_dir, run_dir, run_id, timeout, jobs, done) -> None:
    kernel_jobs = max(1, (os.cpu_count() or 1) // jobs)
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=mp.get_context("spawn"),
                               initializer=die_with_parent, initargs=(str(out_dir),))
    futures = {}
    try:
        futures = {pool.submit(execute.run_one, item, out_dir, run_dir, run_id, timeout, meta, kernel_jobs):
                   item for item, meta in todo}
        for future in as_completed(futures):
            item = futures[future]
            try:
                outcome = future.result()
            except BrokenProcessPool:
                raise WorkerDied("a worker process died (killed, or out of memory) before this "
                                 "input finished") from None
            except Exception as exc:  # pragma: no cover - run_one does not raise
                outcome = Outcome(str(item.path), item.kind, item.dataset, "failed", 0.0,
                                  reason=execute.failure_reason(exc, item, timeout), key=item.key)
            done(outcome)
    except BaseException:
        for future in futures:
            future.cancel()
        for process in list(getattr(pool, "_processes", {}).values()):
            with contextlib.suppress(Exception):
                process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


def run_dask(todo, out_dir, run_dir, run_id, timeout, scheduler, client, raw_dir, done) -> int:
    """Each run as a Dask task: the kernel runs on the worker, which reads raw/ and writes
    published/ on shared storage. Returns the number of workers."""
    from distributed import Client, as_completed as dask_completed

    own = client is None
    if own:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise GongkaiError(f"cannot reach the Dask scheduler: {exc}", path=scheduler) from None
    futures = {}
    try:
        workers = check_workers(client, raw_dir, out_dir)
        out_abs, run_abs = out_dir.resolve(), run_dir.resolve()
        for item, meta in todo:
            item = replace(item, path=item.path.resolve())
            future = client.submit(execute.run_one, item, out_abs, run_abs, run_id, timeout, meta, 1,
                                   key=f"gongkai-{run_id}-{item.dataset}", pure=False)
            futures[future] = item
        for future in dask_completed(futures):
            item = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:   # KilledWorker: the worker died (again) running it
                outcome = Outcome(str(item.path), item.kind, item.dataset, "failed", 0.0,
                                  reason=f"{type(exc).__name__}: {item.path}: the Dask worker "
                                         f"running it died ({str(exc).splitlines()[0][:200] if str(exc) else ''})",
                                  key=item.key, finished=now())
            done(outcome)
        return workers
    except BaseException:
        # runs already on a worker finish (and journal their outcome); the rest never start
        with contextlib.suppress(Exception):
            client.cancel(list(futures))
        raise
    finally:
        if own:
            with contextlib.suppress(Exception):
                client.close()


# -- reports ---------------------------------------------------------------------------------
