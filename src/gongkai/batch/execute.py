"""One input's run: its notebook in a warm kernel (stage), the scrubbed record, the release path.

Runs wherever it is called: in the batch's process, a worker process, or a Dask worker.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import time
from pathlib import Path

from ..errors import GongkaiError, InputError
from ..files import sha256_bytes, write_atomic
from ..keyfile import known_secrets
from ..kinds import COMMON_PARAMETERS, KINDS, NOTEBOOK_DIR as NOTEBOOKS
from ..package import add_run_record, read_package
from ..publish.local import declares_public_names, discard, kept_values, staging_folder
from ..release import REFUSED, ReleasePolicy, StagedResult, release_staged
from . import kernels
from .model import Input, Outcome, ledger_row, now
from .record import path_labels, write_record
from .report import reason_zh

DEFAULT_TIMEOUT = 900

PARAMETERS = COMMON_PARAMETERS

# A test seam, never set in a data office: the inputs whose dataset names it lists (comma
# separated) wait before their notebook until the batch is stopped or their timeout ends.
# Tests of Ctrl-C and of a killed worker need an input certain to be unfinished when the
# signal comes, and no timing can promise that on a loaded machine.
HOLD_VARIABLE = "GONGKAI_TEST_HOLD"


def hold_if_asked(item: Input, deadline: float) -> None:
    """Wait while ``item`` is one of the inputs :data:`HOLD_VARIABLE` names (see there)."""
    held = {name.strip() for name in os.environ.get(HOLD_VARIABLE, "").split(",") if name.strip()}
    if item.dataset not in held:
        return
    while time.monotonic() < deadline:
        time.sleep(0.05)
    raise TimeoutError(f"{item.path}: held by {HOLD_VARIABLE} until its timeout")


def staging_tag(run_id: str) -> str:
    """What marks one run's staging folders (``.staging/<dataset>-<tag><random>``)."""
    return sha256_bytes(run_id.encode())[:8]


def staging_prefix(dataset: str, run_id: str) -> str:
    """The start of the names of ``dataset``'s staging entries in run ``run_id`` (its folder and
    its executed notebook): what the batch removes when it stops (:func:`.locking.clean_run_staging`)."""
    return f"{dataset}-{staging_tag(run_id)}"


def check_notebook(path: Path, parameters: tuple[str, ...] = PARAMETERS) -> None:
    """papermill runs a notebook without a ``parameters`` cell (injecting at the top) and
    accepts misspelled parameters without a word: refuse both before starting a kernel."""
    import re

    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GongkaiError(f"cannot read the notebook: {exc}", path=str(path)) from None
    cells = [c for c in nb.get("cells", []) if "parameters" in (c.get("metadata") or {}).get("tags", [])]
    if not cells:
        raise GongkaiError("the notebook has no cell tagged 'parameters'", path=str(path))
    source = "".join(cells[0].get("source") or "")
    missing = [p for p in parameters if not re.search(rf"^{p}\s*=", source, re.M)]
    if missing:
        raise GongkaiError(f"the notebook's parameters cell does not declare {', '.join(missing)}",
                           path=str(path))


def summaries(staging: Path) -> tuple[dict | None, dict | None]:
    def load(name):
        try:
            return json.loads((staging / "reports" / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None

    validation = load("validation")
    if validation is not None:
        validation = {"valid": bool(validation.get("valid")),
                      "errors": validation.get("error_count", len(validation.get("errors", []))),
                      "rows": validation.get("rows")}
    deid = load("deidentification")
    if deid is not None:
        methods: dict[str, int] = {}
        for f in deid.get("fields", []):
            if f.get("method") not in (None, "none", "keep"):
                methods[f["method"]] = methods.get(f["method"], 0) + int(f.get("values_changed") or 0)
        risk = deid.get("risk") or {}
        deid = {"methods": methods, "values_changed": sum(methods.values()),
                "undeclared_hits": len(deid.get("undeclared_hits") or []),
                "k": risk.get("k_after") if risk.get("assessed") else None,
                "k_satisfied": risk.get("satisfied") if risk.get("assessed") else None}
    return validation, deid


def link_or_copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        dst.unlink()
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def write_journal(run_dir: Path, outcome: Outcome, meta: dict) -> None:
    name = sha256_bytes(outcome.key.encode())[:16]
    write_atomic(run_dir / "outcomes" / f"{name}.json",
                 json.dumps(ledger_row(outcome, meta, run_dir.name), ensure_ascii=False, default=str))


def notebook_parameters(item: Input, out_dir: Path, staging: Path, run_id: str) -> dict:
    """What papermill injects: absolute paths on the machine that runs the notebook (the
    scrubbed record and the ledger keep :func:`parameters_of`)."""
    parameters = {"input_path": str(item.path.resolve()), "out_dir": str(out_dir.resolve()),
                  "dataset": item.dataset, "period": item.period,
                  "staging_dir": str(staging.resolve()), "run_id": run_id}
    if KINDS[item.kind].schema_per_input:
        parameters |= {"schema": item.schema, "sheet": item.sheet}
    return parameters


class InputRun:
    """One input's run in two halves: :meth:`notebook` (the notebook in a warm kernel stages
    the package) and :meth:`release` (scrubbed record, gate, verdict, move, journal). The batch
    releases one input while the next one's notebook runs; :func:`run_one` does both in turn.
    Neither half raises for a failure of the input: the failure becomes the outcome."""

    def __init__(self, item: Input, out_dir: Path, run_dir: Path, run_id: str,
                 timeout: int = DEFAULT_TIMEOUT, meta: dict | None = None,
                 kernel_jobs: int | None = None):
        self.item, self.out_dir, self.run_dir = item, Path(out_dir), Path(run_dir)
        self.run_id, self.timeout, self.meta = run_id, timeout, meta or {}
        if kernel_jobs:
            # the notebook's own page-parallel extraction should not oversubscribe the cores
            os.environ.setdefault("GONGKAI_JOBS", str(kernel_jobs))
        self.started = time.monotonic()
        self.staging = staging_folder(self.out_dir, item.dataset, staging_tag(run_id))
        # the raw executed notebook may hold personal values until scrubbed: it lives in
        # .staging (cleaned after a crash), never under .runs/ or in the package
        self.executed = self.staging.with_name(self.staging.name + ".executed.ipynb")
        self.record_path = self.run_dir / "notebooks" / f"{item.dataset}.ipynb"
        self.outcome = Outcome(str(item.path), item.kind, item.dataset, "failed", 0.0,
                               key=item.key, worker=f"{socket.gethostname()}:{os.getpid()}",
                               started=now())
        self.policy = ReleasePolicy(list(item.publish_with_warnings), item.organization)
        self.raw_root = Path(str(item.path.resolve()).removesuffix(item.key).rstrip("/") or "/")
        self.error: Exception | None = None

    def make_record(self, target: Path, status: str, reasons=(), warnings=()) -> Path:
        staged = (self.staging / "datapackage.json").exists()
        descriptor = read_package(self.staging) if staged else {}
        return write_record(self.executed, target, secrets=known_secrets(),
                            public=kept_values(self.staging, descriptor) if staged else set(),
                            public_names=declares_public_names(descriptor),
                            labels=path_labels(self.raw_root, self.out_dir),
                            verdict=(status, self.item.dataset, list(reasons), list(warnings)))

    def notebook(self) -> None:
        item = self.item
        try:
            if not item.path.exists():
                raise InputError("file not found", path=str(item.path))
            if item.kind not in KINDS:
                raise InputError(f"unknown kind {item.kind!r}", path=str(item.path))
            kind = KINDS[item.kind]
            check_notebook(kind.notebook_path, COMMON_PARAMETERS + kind.parameters)
            self.policy.write(self.staging)
            hold_if_asked(item, self.started + self.timeout)
            kernels.execute(kind.notebook_path, self.executed,
                            notebook_parameters(item, self.out_dir, self.staging, self.run_id),
                            self.started + self.timeout, NOTEBOOKS)
        except Exception as exc:  # one input's failure must not stop the batch
            self.error = exc
        except BaseException:   # Ctrl-C, or the worker being stopped: leave nothing staged
            self.discard()
            raise

    def discard(self) -> None:
        discard(self.staging)
        with contextlib.suppress(FileNotFoundError):
            self.executed.unlink()

    def release(self) -> Outcome:
        item, outcome, staging = self.item, self.outcome, self.staging
        try:
            if self.error is not None:
                raise self.error
            staged = StagedResult.read(staging)
            outcome.rows, outcome.problems = staged.rows, staged.problems
            outcome.validation, outcome.deidentification = summaries(staging)
            # the package's record states the release it is part of: it is moved into place
            # only if the verdict and the gate below let it through (otherwise it is discarded)
            record = self.make_record(staging / "run" / f"{item.dataset}.ipynb", "published",
                                      warnings=staged.warnings)
            add_run_record(staging, record)
            released = release_staged(staging, self.out_dir, item.dataset, self.policy)
            outcome.warnings = released.warnings
            if released.status == REFUSED:
                outcome.status, outcome.reason = REFUSED, "；".join(released.reasons)
                outcome.record = str(self.make_record(self.record_path, REFUSED, released.reasons,
                                                      released.warnings))
            else:
                outcome.status = "published"
                outcome.published = str(self.out_dir / released.folder)
                link_or_copy(self.out_dir / released.folder / "run" / record.name, self.record_path)
                outcome.record = str(self.record_path)
        except Exception as exc:  # one input's failure must not stop the batch
            outcome.status, outcome.reason = "failed", failure_reason(exc, item, self.timeout)
            if outcome.validation is None:
                outcome.validation, outcome.deidentification = summaries(staging)
            with contextlib.suppress(Exception):
                if self.executed.exists():       # keep the failed run, scrubbed, as its record
                    outcome.record = str(self.make_record(self.record_path, REFUSED,
                                                          [reason_zh(outcome.reason)]))
            discard(staging)
        except BaseException:
            discard(staging)
            raise
        finally:
            with contextlib.suppress(FileNotFoundError):
                self.executed.unlink()
        outcome.seconds = round(time.monotonic() - self.started, 2)
        outcome.finished = now()
        with contextlib.suppress(OSError):
            write_journal(self.run_dir, outcome, self.meta)
        return outcome


def run_one(item: Input, out_dir: Path, run_dir: Path, run_id: str, timeout: int = DEFAULT_TIMEOUT,
            meta: dict | None = None, kernel_jobs: int | None = None) -> Outcome:
    """One input: notebook run (stage), scrub, then the release path (gate, verdict, move).
    Never raises: failures are outcomes.

    Runs wherever it is called: in the batch's process, a worker process, or a Dask worker.
    ``timeout`` bounds the whole notebook (every cell gets what is left of it).
    """
    run = InputRun(item, out_dir, run_dir, run_id, timeout, meta, kernel_jobs)
    run.notebook()
    return run.release()


def run_in_turn(todo: list, out_dir: Path, run_dir: Path, run_id: str, timeout: int, done) -> None:
    """``--jobs 1``: the notebooks one after the other, each input released (record, gate,
    move) in a thread while the next notebooks run; ``done`` gets each outcome in this thread,
    as soon as the next notebook has ended after it. The next notebook never waits for a
    release (the first one also loads the name detector's lexicon). Interrupted, the releases
    under way are finished and reported first."""
    from concurrent.futures import ThreadPoolExecutor

    kernels.pool_for_this_slot(NOTEBOOKS).expect(len(todo))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gongkai-release") as releaser:
        if todo:        # what the gate reads with, loaded while the first kernel starts
            releaser.submit(prepare_release)
        pending: list = []
        try:
            for item, meta in todo:
                run = InputRun(item, out_dir, run_dir, run_id, timeout, meta)
                run.notebook()
                while pending and pending[0].done():
                    done(pending.pop(0).result())
                pending.append(releaser.submit(run.release))
        finally:
            while pending:
                done(pending.pop(0).result())


def prepare_release() -> None:
    """Import what the release path uses and load the name detector's lexicon and tagger (as
    its first search would, silently), so that no input's release waits for them."""
    with contextlib.suppress(Exception):    # a failure here is the release's to report
        import frictionless  # noqa: F401

        from ..deid import names

        names.preload()


def failure_reason(exc: Exception, item: Input, timeout: int = DEFAULT_TIMEOUT) -> str:
    """One line naming the file and the cause (the kernel's exception for notebook failures)."""
    name = type(exc).__name__
    if name == "PapermillExecutionError":
        ename, evalue = getattr(exc, "ename", "Error"), getattr(exc, "evalue", "")
        line = str(evalue).strip().splitlines()[0] if str(evalue).strip() else ""
        line = line or SILENT_ERRORS.get(ename, "the notebook stopped without a message")
        if str(item.path) not in line:
            line = f"{item.path}: {line}"
        return f"{ename}: {line}"
    if isinstance(exc, TimeoutError) or name in ("CellTimeoutError",):
        return f"Timeout: {item.path}: the notebook ran longer than {timeout} s"
    if name == "DeadKernelError":
        return f"DeadKernelError: {item.path}: the kernel died (out of memory or killed)"
    if isinstance(exc, GongkaiError):
        return f"{name}: {exc}"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = text or SILENT_ERRORS.get(name, "stopped without a message")
    return f"{name}: {item.path}: {text}"


# exceptions that carry no message, and what they mean for an input
SILENT_ERRORS = {
    "MemoryError": "out of memory (an input past the limits of gongkai.limits?)",
    "RecursionError": "nested too deeply to read",
    "KeyboardInterrupt": "interrupted",
}
