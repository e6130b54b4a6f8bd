"""Where runs happen besides this process: a pool of worker processes, or a Dask cluster."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import signal
import socket
import sys
import threading
import uuid
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
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


# s the worker processes get, after Ctrl-C, to stop their notebooks, shut their kernels and
# remove their staging folders; those still running then are killed (their kernels die with
# their fork server, and the batch removes the staging folders they leave)
STOP_TIMEOUT = 30.0
KILL_WAIT = 10.0    # s for the pool to see its killed workers gone


class CtrlC:
    """Ctrl-C (SIGINT) taken at safe points only.

    While :meth:`allowed` holds, the first Ctrl-C raises KeyboardInterrupt at once; elsewhere it
    is remembered and :meth:`check` (or the next :meth:`allowed`) raises it. A later Ctrl-C
    raises at once where ``repeat_raises`` (the batch's process: a second Ctrl-C cuts the stop
    short) and does nothing otherwise (a worker: its stop is under way, its cleanup is not to
    be cut). ``event``, set by the batch's process, asks the same stop as a Ctrl-C."""

    def __init__(self, repeat_raises: bool, event=None):
        self.count = 0
        self.interruptible = False
        self.repeat_raises = repeat_raises
        self.event = event
        self._previous = None

    @property
    def requested(self) -> bool:
        return self.count > 0 or (self.event is not None and self.event.is_set())

    def install(self) -> bool:
        """Take SIGINT over, unless it is ignored (a batch started without a terminal) or this
        is not the main thread."""
        if (threading.current_thread() is not threading.main_thread()
                or signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
            return False
        self._previous = signal.signal(signal.SIGINT, self._handle)
        return True

    def uninstall(self) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
            self._previous = None

    def _handle(self, signum, frame) -> None:
        self.count += 1
        if self.interruptible or (self.count > 1 and self.repeat_raises):
            self.interruptible = False
            raise KeyboardInterrupt

    def check(self) -> None:
        if self.requested:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def allowed(self):
        self.check()
        self.interruptible = True
        try:
            yield
        finally:
            self.interruptible = False


_worker_ctrl_c: CtrlC | None = None


def start_worker(out_dir: str, stop) -> None:
    """Worker initialiser: die with the batch's process (:func:`.locking.die_with_parent`), and
    take Ctrl-C, or the batch's ``stop`` event, as an orderly stop (:func:`run_in_worker`)."""
    global _worker_ctrl_c
    die_with_parent(out_dir)
    _worker_ctrl_c = CtrlC(repeat_raises=False, event=stop)
    _worker_ctrl_c.install()


def run_in_worker(item, out_dir, run_dir, run_id, timeout, meta, kernel_jobs) -> Outcome:
    """:func:`.execute.run_one` in a worker process, stopped only where it can clean up.

    After a stop (Ctrl-C, or the batch's stop event) no input starts. A notebook under way is
    interrupted: its kernel is shut down and its staging folder removed before the worker
    answers (KeyboardInterrupt). A notebook that ended as the stop came is not released. A
    release under way (scrubbed record, gate, the move into place) is never cut: it finishes and
    its outcome is reported."""
    ctrl_c = _worker_ctrl_c or CtrlC(repeat_raises=False)
    ctrl_c.check()
    run = execute.InputRun(item, out_dir, run_dir, run_id, timeout, meta, kernel_jobs)
    try:
        with ctrl_c.allowed():
            run.notebook()
        ctrl_c.check()
    except BaseException:
        run.discard()
        raise
    return run.release()


def run_pool(todo, out_dir, run_dir, run_id, timeout, jobs, done, note=None) -> None:
    """The runs in ``jobs`` worker processes; ``done`` gets each outcome in this thread.

    Ctrl-C stops the pool in order (:func:`_stop`): no input starts any more, the workers stop
    their notebooks, shut their kernels and remove their staging folders, the releases under
    way finish and are reported; then KeyboardInterrupt goes on to the batch."""
    note = note or (lambda line: print(line, file=sys.stderr, flush=True))
    kernel_jobs = max(1, (os.cpu_count() or 1) // jobs)
    context = mp.get_context("spawn")
    stop_event = context.Event()
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=context,
                               initializer=start_worker, initargs=(str(out_dir), stop_event))
    ctrl_c = CtrlC(repeat_raises=True)
    ctrl_c.install()
    futures: dict = {}
    reported: set = set()
    try:
        for item, meta in todo:
            futures[pool.submit(run_in_worker, item, out_dir, run_dir, run_id, timeout, meta,
                                kernel_jobs)] = item
        pending = set(futures)
        while pending:
            with ctrl_c.allowed():      # Ctrl-C is taken while waiting, never inside done()
                finished, pending = wait(pending, timeout=1.0, return_when=FIRST_COMPLETED)
            for future in finished:
                outcome = _outcome(future, futures[future], timeout)
                reported.add(future)
                done(outcome)
    except KeyboardInterrupt:
        _stop(pool, futures, reported, done, note, stop_event, ctrl_c)
        raise
    except BaseException:
        for future in futures:
            future.cancel()
        processes = list((getattr(pool, "_processes", None) or {}).values())
        manager = getattr(pool, "_executor_manager_thread", None)
        for process in processes:
            with contextlib.suppress(Exception):
                process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        if manager is not None:     # the workers are gone before the batch clears their staging
            manager.join(KILL_WAIT)
        raise
    finally:
        ctrl_c.uninstall()
    pool.shutdown(wait=True)


def _outcome(future, item, timeout) -> Outcome:
    try:
        return future.result()
    except BrokenProcessPool:
        raise WorkerDied("a worker process died (killed, or out of memory) before this "
                         "input finished") from None
    except KeyboardInterrupt:   # a worker was stopped (Ctrl-C reached it first): the batch stops
        raise
    except Exception as exc:  # pragma: no cover - run_one does not raise
        return Outcome(str(item.path), item.kind, item.dataset, "failed", 0.0,
                       reason=execute.failure_reason(exc, item, timeout), key=item.key)


def _stop(pool, futures, reported, done, note, stop_event, ctrl_c) -> None:
    """Ctrl-C: stop the workers in order, waiting at most :data:`STOP_TIMEOUT` for them (then
    they are killed; a second Ctrl-C kills them at once), and report the releases that
    finished meanwhile."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    stop_event.set()
    for future in futures:
        future.cancel()                 # not handed to a worker yet: never starts
    for process in processes:           # those the terminal's Ctrl-C did not reach
        with contextlib.suppress(OSError, TypeError):
            os.kill(process.pid, signal.SIGINT)
    pool.shutdown(wait=False, cancel_futures=True)  # each worker exits once its input is stopped
    cut = None
    if manager is not None and manager.is_alive():
        note(f"Ctrl-C: stopping: no input starts; waiting up to {STOP_TIMEOUT:.0f} s for the "
             "workers to stop their notebooks, shut their kernels and remove their staging "
             "(Ctrl-C again: stop them at once; the next run clears what they leave)")
        # the next Ctrl-C cuts the wait short (the first if this stop came from a worker's)
        ctrl_c.interruptible = ctrl_c.count == 0
        try:
            manager.join(STOP_TIMEOUT)  # it ends once every worker has exited
            if manager.is_alive():
                cut = f"the workers did not stop within {STOP_TIMEOUT:.0f} s: killed"
        except KeyboardInterrupt:
            cut = "Ctrl-C again: the workers are killed now"
        finally:
            ctrl_c.interruptible = False
    if cut:
        note(f"{cut}; what they leave is removed by this batch or the next run")
        for process in processes:
            with contextlib.suppress(Exception):
                process.kill()
        with contextlib.suppress(KeyboardInterrupt):
            manager.join(KILL_WAIT)
    for future, item in futures.items():  # the releases that ended while the workers stopped
        if future in reported or not future.done() or future.cancelled():
            continue
        if future.exception() is None:
            reported.add(future)
            done(future.result())


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
