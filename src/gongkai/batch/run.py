"""The batch: discover, skip what is unchanged, run the rest, record, report."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import socket
import sys
import time
import uuid
from dataclasses import asdict
from pathlib import Path

from ..publish.local import STAGING
from ..release import to_ckan
from . import execute, fingerprints, kernels, schedulers
from .execute import DEFAULT_TIMEOUT
from .inputs import discover, matches_only
from .ledger import Ledger
from .locking import batch_lock, clean_run_staging, clean_stale_staging, recover
from .model import Input, Outcome, ledger_row, now
from .report import Feedback, write_reports

def publish_ckan(outcome: Outcome, organization: str | None) -> None:
    """After a release, when GONGKAI_CKAN_URL is set: make the CKAN dataset match it.

    The token comes from $CKAN_API_TOKEN; the organization from $GONGKAI_CKAN_ORG, else the
    manifest's ``organization``, else the package's own. A CKAN failure is recorded on the
    outcome (the local release stands) and makes the batch exit non-zero.
    """

    url = os.environ.get("GONGKAI_CKAN_URL")
    if not url or outcome.status not in ("published", "unchanged") or not outcome.published:
        return
    outcome.ckan = to_ckan(Path(outcome.published), url, organization)


def run_batch(raw_dir: Path, out_dir: Path, *, period: str | None = None, jobs: int | None = 1,
              only: str | None = None, progress: bool = True, force: bool = False,
              timeout: int = DEFAULT_TIMEOUT, scheduler: str | None = None, client=None) -> dict:
    """Run what changed in ``raw_dir`` into ``out_dir``; returns the report (also written as
    ``out_dir/.runs/<run_id>/report.{json,md,html}``).

    ``jobs``: notebooks run at once on this machine (None: the number of cores).
    ``scheduler``: a Dask scheduler address (``tcp://host:port``) to run on instead, or pass a
    ``distributed.Client`` as ``client``.
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = max(1, jobs or os.cpu_count() or 1)
    try:
        if jobs == 1 and scheduler is None and client is None:
            kernels.launch_fork_server()    # this process's notebooks: its imports start now
        with batch_lock(out_dir):
            return _run_locked(raw_dir, out_dir, period=period, jobs=jobs, only=only,
                               progress=progress, force=force, timeout=timeout,
                               scheduler=scheduler, client=client)
    finally:
        kernels.close_pools()    # the kernel warming for an input that never came


def _run_locked(raw_dir, out_dir, *, period, jobs, only, progress, force, timeout, scheduler,
                client) -> dict:
    wall = time.monotonic()
    started_epoch = time.time()
    warnings: list[str] = []
    inputs = discover(raw_dir, warnings)      # a bad manifest stops here, before anything is written
    if only:
        inputs = [i for i in inputs if matches_only(i, only)]
    for item in inputs:
        if period and not item.period:
            item.period = period
    run_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]
    run_dir = out_dir / ".runs" / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    feedback_stream = sys.stdout
    kernels.clean_stale_kernel_dirs(max(86400, 2 * timeout))
    removed = clean_stale_staging(out_dir, started_epoch)
    if removed:
        warnings.append(f"removed {len(removed)} stale staging entries left by an interrupted run")
    where = scheduler or (getattr(client, "scheduler", None) and client.scheduler.address) or None
    options = {"jobs": jobs, "scheduler": where, "force": force, "only": only,
               "timeout": timeout, "period": period, "raw": str(raw_dir)}
    with Ledger.for_out(out_dir) as ledger:
        recovered = recover(ledger, out_dir, run_id)
        if recovered:
            warnings.append(f"took in the outcomes of interrupted run(s) {', '.join(recovered)}")
        ledger.start_run(run_id, now(), options, fingerprints.code_version(), socket.gethostname())
        notebooks, schemas = fingerprints.notebook_info(), fingerprints.schema_versions()
        state = ledger.state()
        outcomes: list[Outcome] = []
        todo: list[tuple[Input, dict]] = []
        datasets: dict[str, str] = {}
        metas: dict[str, dict] = {}
        for item in inputs:
            if item.shown is not None:       # personal data in the file's path: never run
                outcome = Outcome(item.shown, item.kind, item.dataset, "failed", 0.0,
                                  reason=f"InputError: {item.shown}: the file's name holds personal "
                                         "data (shown here replaced); rename the file: its name "
                                         "would reach the reports, the ledger and the dataset's name",
                                  key=item.key, started=now(), finished=now())
                metas[item.key] = {"sha256": item.key.rsplit("#", 1)[-1]}
                outcomes.append(outcome)
                ledger.record(ledger_row(outcome, metas[item.key], run_id))
                continue
            sha, size = fingerprints.sha256_and_size(item.path)
            meta = metas[item.key] = fingerprints.fingerprint(item, sha, notebooks, schemas) | {"bytes": size}
            other = datasets.setdefault(item.dataset, item.key)
            if other != item.key:
                outcome = Outcome(str(item.path), item.kind, item.dataset, "failed", 0.0,
                                  reason=f"DuplicateDataset: {item.path}: dataset name "
                                         f"{item.dataset!r} is also made from raw/{other}; give one "
                                         f"of them its own 'dataset' in raw/manifest.yaml",
                                  key=item.key, started=now(), finished=now())
                outcomes.append(outcome)
                ledger.record(ledger_row(outcome, meta, run_id))
                continue
            previous = state.get(item.key)
            if not force and fingerprints.is_unchanged(item, meta, previous, out_dir):
                outcomes.append(Outcome(
                    str(item.path), item.kind, item.dataset, "unchanged", 0.0,
                    rows=previous.get("rows") or {}, published=str(out_dir / item.dataset),
                    validation=previous.get("validation"),
                    deidentification=previous.get("deidentification"),
                    record=previous.get("record"), key=item.key, last_run=previous.get("run_id"),
                    started=now(), finished=now()))
                continue
            todo.append((item, meta))
        unchanged = [o for o in outcomes if o.status == "unchanged"]
        ledger.record_many([ledger_row(o, metas[o.key], run_id) for o in unchanged])
        # longest first (by size): fewer idle workers at the end
        todo.sort(key=lambda pair: -(pair[1].get("bytes") or 0))
        dispatched = {i.key: now() for i, _ in todo}
        ledger.record_many([ledger_row(Outcome(str(i.path), i.kind, i.dataset, "running", 0.0,
                                            key=i.key, started=dispatched[i.key]), m, run_id)
                            for i, m in todo])
        feedback = Feedback(len(todo), progress, feedback_stream)
        if unchanged:
            feedback.note(f"{len(unchanged)} unchanged inputs skipped (ledger: {out_dir / '.ledger.sqlite'})")
        for line in warnings:
            feedback.note(f"warning: {line}")
        organizations = {i.key: i.organization for i in inputs}

        def done(outcome: Outcome) -> None:
            outcome.started = outcome.started or dispatched.get(outcome.key)
            outcome.finished = outcome.finished or now()
            publish_ckan(outcome, organizations.get(outcome.key))
            rec = ledger_row(outcome, metas.get(outcome.key, {}), run_id)
            if outcome.ckan is not None:
                rec["ckan_url"] = os.environ.get("GONGKAI_CKAN_URL")
            ledger.record(rec)
            outcomes.append(outcome)
            feedback.tick(outcome)

        interrupted = False
        workers = jobs
        try:
            if scheduler or client is not None:
                workers = schedulers.run_dask(todo, out_dir, run_dir, run_id, timeout, scheduler, client,
                                    raw_dir, done)
            elif jobs <= 1 or len(todo) <= 1:
                execute.run_in_turn(todo, out_dir, run_dir, run_id, timeout, done)
            else:
                schedulers.run_pool(todo, out_dir, run_dir, run_id, timeout, jobs, done,
                                    feedback.note)
        except KeyboardInterrupt:
            interrupted = "the batch was interrupted (Ctrl-C) before this input finished"
        except schedulers.WorkerDied as exc:
            interrupted = str(exc)
        finally:
            feedback.close()
        if not (scheduler or client is not None):
            # every process that ran this run's notebooks has ended: what an interrupted
            # notebook or a stopped worker left in .staging/ goes now, not at the next run
            left = clean_run_staging(out_dir, {execute.staging_prefix(i.dataset, run_id)
                                               for i, _ in todo})
            if left:
                warnings.append(f"removed {len(left)} staging entries this run's stopped "
                                "notebooks left")
        finished = {o.key for o in outcomes}
        for item, meta in todo:
            if item.key not in finished:
                outcomes.append(Outcome(str(item.path), item.kind, item.dataset, "interrupted", 0.0,
                                        reason=f"{interrupted}; rerun to finish", key=item.key))
        if interrupted:
            feedback.note(f"interrupted: {interrupted}")
        if interrupted:
            ledger.mark_interrupted(run_id, now())
        _sync_unchanged_to_ckan(unchanged, state, organizations, ledger)
        totals = _totals(outcomes)
        ledger.finish_run(run_id, now(), "interrupted" if interrupted else "finished",
                          totals | {"executed": len(todo)})
    report = {"run_id": run_id, "raw": str(raw_dir), "out": str(out_dir),
              "started": dt.datetime.fromtimestamp(started_epoch, dt.timezone.utc).isoformat(timespec="seconds"),
              "seconds": round(time.monotonic() - wall, 2),
              "host": socket.gethostname(), "gongkai_version": fingerprints.code_version(),
              "jobs": jobs, "scheduler": where, "workers": workers, "force": force, "only": only,
              "timeout": timeout, "stopped": interrupted or None, "warnings": warnings,
              **totals, "executed": len(todo),
              "ckan": ({"url": os.environ["GONGKAI_CKAN_URL"],
                        "published": sum((o.ckan or {}).get("status") == "published" for o in outcomes),
                        "failed": sum((o.ckan or {}).get("status") == "failed" for o in outcomes)}
                       if os.environ.get("GONGKAI_CKAN_URL") else None),
              "outcomes": [asdict(o) for o in sorted(outcomes, key=lambda o: o.input)]}
    write_reports(report, run_dir)
    if (out_dir / STAGING).is_dir() and not any((out_dir / STAGING).iterdir()):
        with contextlib.suppress(OSError):
            (out_dir / STAGING).rmdir()
    return report


def _totals(outcomes: list[Outcome]) -> dict:
    count = lambda status: sum(o.status == status for o in outcomes)  # noqa: E731
    return {"inputs": len(outcomes), "published": count("published"), "refused": count("refused"),
            "failed": count("failed"), "unchanged": count("unchanged"),
            "interrupted": count("interrupted")}


def _sync_unchanged_to_ckan(unchanged, state, organizations, ledger) -> None:
    """Unchanged datasets whose last CKAN publish failed or went to another CKAN: sync again."""
    url = os.environ.get("GONGKAI_CKAN_URL")
    if not url:
        return
    for outcome in unchanged:
        previous = state.get(outcome.key) or {}
        if previous.get("ckan_url") == url and (previous.get("ckan") or {}).get("status") == "published":
            outcome.ckan = previous["ckan"] | {"changed": False, "uploads": 0}
            continue
        publish_ckan(outcome, organizations.get(outcome.key))
        if outcome.ckan is not None:
            ledger.set_ckan(outcome.key, url, outcome.ckan)
