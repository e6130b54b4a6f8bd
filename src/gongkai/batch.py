"""The monthly batch: every input in ``raw/`` run through its notebook with papermill.

Each input is one papermill run of ``notebooks/<kind>.ipynb`` that stages a Data Package; the
batch then scrubs the executed notebook (no personal values, no secrets), adds it to the
package as the run record (and keeps it under ``.runs/<run_id>/notebooks/``), runs the
release gate and moves the package into ``published/``. A failing input is recorded with its
reason and the others go on.

Incremental: the ledger (``published/.ledger.sqlite``, :mod:`gongkai.ledger`) remembers what
each input's last run was made from; an input whose sha256, notebook, parameters, gongkai
version and schema versions are unchanged, whose last run published it and whose dataset
folder is still there, is skipped. ``force`` runs everything.

Where runs happen: in this process (``jobs=1``), in ``jobs`` worker processes, or on a Dask
distributed cluster (``scheduler="tcp://host:port"``), whose workers must see ``raw/`` and
``published/`` at the same paths (shared storage). Only this process writes the ledger.

Resumable: outcomes are recorded as they come in; a worker also writes its outcome as a small
JSON journal under ``.runs/<run_id>/outcomes/`` right after its release, so a batch killed
between the two still knows the input was published. Nothing half-written reaches
``published/``: packages are staged in ``published/.staging/`` and renamed into place; stale
staging left by a killed run is removed when the next batch starts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import fnmatch
import hashlib
import hmac
import html
import json
import os
import shutil
import socket
import sys
import time
import uuid
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

import yaml

from . import __version__, kernels
from .errors import GongkaiError, InputError
from .extract.source import sha256_file
from .kinds import COMMON_PARAMETERS, KIND_BY_FOLDER, KINDS, NOTEBOOK_DIR as NOTEBOOKS
from .ledger import Ledger
from .publish.local import STAGING
from .validate.schema import SCHEMA_DIR

DEFAULT_TIMEOUT = 900


@dataclass
class Input:
    path: Path
    kind: str
    dataset: str
    period: str | None = None
    organization: str | None = None
    key: str = ""          # the path relative to the raw folder (posix): the ledger's key
    schema: str | None = None          # kind 'table': the schema name
    sheet: str | None = None           # kind 'table': the XLSX sheet (default: detected)
    publish_with_warnings: list = field(default_factory=list)   # error types (manifest)

    def __post_init__(self):
        if not self.key:
            self.key = Path(self.path).name


@dataclass
class Outcome:
    input: str
    kind: str
    dataset: str
    status: str  # published | refused | failed | unchanged | interrupted
    seconds: float
    reason: str | None = None
    rows: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    warnings: list = field(default_factory=list)   # published with these (validation verdict)
    published: str | None = None
    ckan: dict | None = None  # CKAN publish result when GONGKAI_CKAN_URL is set
    validation: dict | None = None          # {"valid", "errors", "rows"}
    deidentification: dict | None = None    # counts per method, undeclared hits, k
    record: str | None = None               # scrubbed executed notebook under .runs/<run_id>/
    key: str = ""
    worker: str | None = None
    started: str | None = None
    finished: str | None = None
    last_run: str | None = None             # unchanged: the run that published it


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


# -- inputs ----------------------------------------------------------------------------------

def _kind_from_folders(rel: Path) -> tuple[str | None, str | None]:
    """The kind a file's folders give it (the innermost kind folder wins), and for a kind whose
    schema is per input, the schema: the folder below the kind folder (raw/tables/<schema>/)."""
    folders = rel.parts[:-1]
    for depth in range(len(folders) - 1, -1, -1):
        kind = KIND_BY_FOLDER.get(folders[depth].lower())
        if kind:
            schema = folders[depth + 1] if KINDS[kind].schema_per_input and depth + 1 < len(folders) else None
            return kind, schema
    return None, None


def _str_list(value, what: str, number: int, manifest: Path) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise InputError(f"entry {number}: {what} must be a list of error types", path=str(manifest))
    return [str(v) for v in value]


def _manifest_entries(manifest: Path) -> list[dict]:
    try:
        spec = yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise InputError(f"manifest is not valid YAML{where}: {str(exc).splitlines()[0]}",
                         path=str(manifest)) from None
    entries = spec.get("inputs", []) if isinstance(spec, dict) else None
    if not isinstance(entries, list):
        raise InputError("manifest needs a list under 'inputs'", path=str(manifest))
    return entries


def discover(raw_dir: Path, warnings: list[str] | None = None) -> list[Input]:
    """Inputs from ``raw/manifest.yaml`` (``path`` file or glob, ``kind``, ``dataset``,
    ``period``, ``organization``, ``publish_with_warnings``; for kind ``table`` also ``schema``
    and ``sheet``), then every other file under a folder named after a kind with one of the
    kind's suffixes (``raw/budget/**/*.pdf`` is a budget, ``raw/tables/<schema>/*.xlsx`` a
    table of that schema; dataset name from the file name). Every other file under ``raw/``
    is named in a warning: nothing is left out without a word."""
    from .package import slug

    raw_dir = Path(raw_dir)
    warnings = warnings if warnings is not None else []
    manifest = raw_dir / "manifest.yaml"
    inputs: list[Input] = []
    seen: set[Path] = set()
    root = raw_dir.resolve()

    def add(path: Path, kind: str, name: str, period=None, organization=None, **more) -> None:
        seen.add(path)
        inputs.append(Input(path, kind, slug(name), None if period is None else str(period),
                            organization, path.relative_to(raw_dir).as_posix(), **more))

    for number, entry in enumerate(_manifest_entries(manifest) if manifest.exists() else [], 1):
        if not isinstance(entry, dict) or not entry.get("path"):
            raise InputError(f"entry {number} has no 'path'", path=str(manifest))
        pattern = str(entry["path"])
        if Path(pattern).is_absolute():
            raise InputError(f"entry {number} ({pattern}): paths are relative to the raw folder",
                             path=str(manifest))
        folder_kind, folder_schema = _kind_from_folders(Path(pattern))
        kind = entry.get("kind") or folder_kind
        if kind not in KINDS:
            raise InputError(f"entry {number} ({pattern}): kind must be one of "
                             f"{', '.join(KINDS)}, not {kind!r}", path=str(manifest))
        schema = entry.get("schema") or (folder_schema if kind == folder_kind else None)
        if KINDS[kind].schema_per_input and not schema:
            raise InputError(f"entry {number} ({pattern}): kind {kind} needs a 'schema'",
                             path=str(manifest))
        more = {"schema": None if schema is None else str(schema),
                "sheet": None if entry.get("sheet") is None else str(entry["sheet"]),
                "publish_with_warnings": _str_list(entry.get("publish_with_warnings"),
                                                   "publish_with_warnings", number, manifest)}
        is_glob = any(c in pattern for c in "*?[")
        matches = sorted(raw_dir.glob(pattern)) if is_glob else [raw_dir / pattern]
        matched = 0
        for path in matches:
            if not path.resolve().is_relative_to(root):
                raise InputError(f"entry {number} ({pattern}) points outside the raw folder",
                                 path=str(manifest))
            if path in seen or path.is_dir() or (is_glob and not path.is_file()):
                continue
            matched += 1
            name = entry.get("dataset") or path.stem
            if is_glob and entry.get("dataset"):
                name = f"{entry['dataset']}-{path.stem}"
            # a listed file that is missing still becomes an input: it fails with its reason
            add(path, kind, name, entry.get("period"), entry.get("organization"), **more)
        if not matched:
            warnings.append(f"manifest entry {number} ({pattern}) matched no file")
    unclaimed = []
    for path in sorted(raw_dir.rglob("*")):
        if path in seen or not path.is_file() or path == manifest:
            continue
        rel = path.relative_to(raw_dir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        kind, schema = _kind_from_folders(rel)
        if kind and path.suffix.lower() in KINDS[kind].suffixes and (
                schema or not KINDS[kind].schema_per_input):
            add(path, kind, path.stem, schema=schema)
        else:
            unclaimed.append(rel.as_posix())
    if unclaimed:
        warnings.append(f"{len(unclaimed)} file(s) under the raw folder are no input (not in the "
                        f"manifest, not in a kind's folder with its suffix): {', '.join(unclaimed)}")
    return inputs


def _sha256_file(path: Path) -> tuple[str | None, int | None]:
    try:
        return sha256_file(path), path.stat().st_size
    except OSError:
        return None, None


ALL_SCHEMAS = "*"   # schema_versions() key holding every schema by name (per-input schemas)


def schema_versions() -> dict[str, dict]:
    """Per kind: the schemas it is checked against, with their ``gongkai.version`` and sha256
    (and under ``"*"`` every schema, for the kinds that take their schema per input)."""
    every: dict[str, dict] = {}
    for path in sorted(SCHEMA_DIR.glob("*.schema.*")):
        data = path.read_bytes()
        try:
            spec = yaml.safe_load(data) or {}
        except yaml.YAMLError:
            spec = {}
        meta = (spec.get("gongkai") if isinstance(spec, dict) else None) or {}
        every[path.name.split(".schema.")[0]] = {"version": str(meta.get("version")),
                                                 "sha256": hashlib.sha256(data).hexdigest()}
    out = {kind.name: {n: every[n] for n in kind.schemas if n in every}
           for kind in KINDS.values() if kind.schemas}
    return out | {ALL_SCHEMAS: every}


def notebook_info() -> dict[str, dict]:
    out = {}
    for kind in KINDS.values():
        sha, _ = _sha256_file(kind.notebook_path)
        out[kind.name] = {"notebook": f"notebooks/{kind.notebook}", "notebook_sha256": sha}
    return out


def parameters_of(item: Input) -> dict:
    """The stable notebook parameters of an input (paths relative to raw/); what the ledger keeps."""
    parameters = {"input_path": item.key, "dataset": item.dataset, "period": item.period}
    if KINDS[item.kind].schema_per_input:
        parameters |= {"schema": item.schema, "sheet": item.sheet}
    # what the manifest adds to the package and its verdict (absent: as before)
    if item.organization:
        parameters["organization"] = item.organization
    if item.publish_with_warnings:
        parameters["publish_with_warnings"] = list(item.publish_with_warnings)
    return parameters


def fingerprint(item: Input, sha: str | None, notebooks: dict, schemas: dict) -> dict:
    """What an input's run is made from: the ledger compares this to decide on a rerun."""
    if KINDS[item.kind].schema_per_input:
        versions = {item.schema: schemas.get(ALL_SCHEMAS, {}).get(item.schema)}
    else:
        versions = schemas.get(item.kind, {})
    parts = {"sha256": sha, **notebooks[item.kind], "parameters": parameters_of(item),
             "gongkai_version": __version__, "schema_versions": versions}
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
    return parts | {"fingerprint": digest}


# -- one run -----------------------------------------------------------------------------------

PARAMETERS = COMMON_PARAMETERS


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


def _summaries(staging: Path) -> tuple[dict | None, dict | None]:
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


def _scrubbed(executed: Path, target: Path) -> Path:
    import nbformat

    from .deid.gate import scrub_notebook
    from .keyfile import known_secrets

    nb = scrub_notebook(nbformat.read(executed, as_version=4), secrets=known_secrets())
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    nbformat.write(nb, tmp)
    os.replace(tmp, target)
    return target


def _link_or_copy(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(FileNotFoundError):
        dst.unlink()
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _write_journal(run_dir: Path, outcome: Outcome, meta: dict) -> None:
    folder = run_dir / "outcomes"
    folder.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256(outcome.key.encode()).hexdigest()[:16]
    tmp = folder / f".{name}.tmp"
    tmp.write_text(json.dumps(_record(outcome, meta, run_dir.name), ensure_ascii=False,
                              default=str), encoding="utf-8")
    os.replace(tmp, folder / f"{name}.json")


def notebook_parameters(item: Input, out_dir: Path, staging: Path, run_id: str) -> dict:
    """What papermill injects: absolute paths on the machine that runs the notebook (the
    scrubbed record and the ledger keep :func:`parameters_of`)."""
    parameters = {"input_path": str(item.path.resolve()), "out_dir": str(out_dir.resolve()),
                  "dataset": item.dataset, "period": item.period,
                  "staging_dir": str(staging.resolve()), "run_id": run_id}
    if KINDS[item.kind].schema_per_input:
        parameters |= {"schema": item.schema, "sheet": item.sheet}
    return parameters


def run_one(item: Input, out_dir: Path, run_dir: Path, run_id: str, timeout: int = DEFAULT_TIMEOUT,
            meta: dict | None = None, kernel_jobs: int | None = None) -> Outcome:
    """One input: notebook run (stage), scrub, then the release path (gate, verdict, move).
    Never raises: failures are outcomes.

    Runs wherever it is called: in the batch's process, a worker process, or a Dask worker.
    ``timeout`` bounds the whole notebook (every cell gets what is left of it).
    """
    from .package import add_run_record
    from .publish.local import discard, staging_folder
    from .release import REFUSED, ReleasePolicy, StagedResult, release_staged

    out_dir, run_dir = Path(out_dir), Path(run_dir)
    if kernel_jobs:
        # the notebook's own page-parallel extraction should not oversubscribe the cores
        os.environ.setdefault("GONGKAI_JOBS", str(kernel_jobs))
    started_at, started = _now(), time.monotonic()
    deadline = started + timeout
    staging = staging_folder(out_dir, item.dataset)
    # the raw executed notebook may hold personal values until scrubbed: it lives in .staging
    # (cleaned after a crash), never under .runs/ or in the package
    executed = staging.with_name(staging.name + ".executed.ipynb")
    record_path = run_dir / "notebooks" / f"{item.dataset}.ipynb"
    outcome = Outcome(str(item.path), item.kind, item.dataset, "failed", 0.0, key=item.key,
                      worker=f"{socket.gethostname()}:{os.getpid()}", started=started_at)
    policy = ReleasePolicy(list(item.publish_with_warnings), item.organization)
    try:
        if not item.path.exists():
            raise InputError("file not found", path=str(item.path))
        if item.kind not in KINDS:
            raise InputError(f"unknown kind {item.kind!r}", path=str(item.path))
        kind = KINDS[item.kind]
        check_notebook(kind.notebook_path, COMMON_PARAMETERS + kind.parameters)
        policy.write(staging)
        kernels.execute(kind.notebook_path, executed,
                        notebook_parameters(item, out_dir, staging, run_id), deadline, NOTEBOOKS)
        staged = StagedResult.read(staging)
        outcome.rows, outcome.problems = staged.rows, staged.problems
        outcome.validation, outcome.deidentification = _summaries(staging)
        record = _scrubbed(executed, staging / "run" / f"{item.dataset}.ipynb")
        add_run_record(staging, record)
        released = release_staged(staging, out_dir, item.dataset, policy)
        outcome.warnings = released.warnings
        if released.status == REFUSED:
            outcome.status, outcome.reason = REFUSED, "；".join(released.reasons)
            outcome.record = str(_scrubbed(executed, record_path))
        else:
            outcome.status, outcome.published = "published", str(out_dir / released.folder)
            _link_or_copy(out_dir / released.folder / "run" / record.name, record_path)
            outcome.record = str(record_path)
    except Exception as exc:  # one input's failure must not stop the batch
        outcome.status, outcome.reason = "failed", _reason(exc, item, timeout)
        if outcome.validation is None:
            outcome.validation, outcome.deidentification = _summaries(staging)
        with contextlib.suppress(Exception):
            if executed.exists():       # keep the failed run, scrubbed, as its record
                outcome.record = str(_scrubbed(executed, record_path))
        discard(staging)
    except BaseException:   # Ctrl-C, or the worker being stopped: leave nothing staged
        discard(staging)
        raise
    finally:
        with contextlib.suppress(FileNotFoundError):
            executed.unlink()
    outcome.seconds = round(time.monotonic() - started, 2)
    outcome.finished = _now()
    with contextlib.suppress(OSError):
        _write_journal(run_dir, outcome, meta or {})
    return outcome


def _reason(exc: Exception, item: Input, timeout: int = DEFAULT_TIMEOUT) -> str:
    """One line naming the file and the cause (the kernel's exception for notebook failures)."""
    name = type(exc).__name__
    if name == "PapermillExecutionError":
        ename, evalue = getattr(exc, "ename", "Error"), getattr(exc, "evalue", "")
        line = str(evalue).strip().splitlines()[0] if str(evalue).strip() else ""
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
    return f"{name}: {item.path}: {text}"


def _record(outcome: Outcome, meta: dict, run_id: str) -> dict:
    """An outcome as a ledger row."""
    return {**{k: meta.get(k) for k in ("sha256", "bytes", "notebook", "notebook_sha256",
                                        "parameters", "gongkai_version", "schema_versions",
                                        "fingerprint")},
            "run_id": run_id, "input": outcome.key, "dataset": outcome.dataset,
            "kind": outcome.kind, "status": outcome.status, "reason": outcome.reason,
            "rows": outcome.rows, "validation": outcome.validation,
            "deidentification": outcome.deidentification, "published": outcome.published,
            "record": outcome.record, "ckan": outcome.ckan, "worker": outcome.worker,
            "started": outcome.started, "finished": outcome.finished, "seconds": outcome.seconds}


# -- CKAN ------------------------------------------------------------------------------------

def _publish_ckan(outcome: Outcome, organization: str | None) -> None:
    """After a release, when GONGKAI_CKAN_URL is set: make the CKAN dataset match it.

    The token comes from $CKAN_API_TOKEN; the organization from $GONGKAI_CKAN_ORG, else the
    manifest's ``organization``, else the package's own. A CKAN failure is recorded on the
    outcome (the local release stands) and makes the batch exit non-zero.
    """
    from .release import to_ckan

    url = os.environ.get("GONGKAI_CKAN_URL")
    if not url or outcome.status not in ("published", "unchanged") or not outcome.published:
        return
    outcome.ckan = to_ckan(Path(outcome.published), url, organization)


# -- the batch -------------------------------------------------------------------------------

BATCH_LOCK = ".batch.lock"
# held (shared) by every worker process of a batch: a rerun after the batch's process was
# killed waits until its workers are gone (they die with their parent, see _die_with_parent)
WORKERS_LOCK = ".batch-workers.lock"
WORKERS_GONE_WAIT = 15.0    # s a rerun waits for the workers of a killed batch to exit


@contextlib.contextmanager
def _batch_lock(out_dir: Path):
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


def _die_with_parent(out_dir: str) -> None:
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


def _recover(ledger: Ledger, out_dir: Path, run_id: str) -> list[str]:
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
        ledger.mark_interrupted(old, _now())
        recovered.append(old)
    return recovered


def _unchanged(item: Input, parts: dict, state: dict | None, out_dir: Path) -> bool:
    if not state or state.get("status") != "published" or state.get("fingerprint") != parts["fingerprint"]:
        return False
    descriptor = out_dir / item.dataset / "datapackage.json"
    try:
        data = json.loads(descriptor.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return False
    return (data.get("sources") or [{}])[0].get("sha256") == parts["sha256"]


def _only(item: Input, pattern: str) -> bool:
    globbed = pattern if any(c in pattern for c in "*?[") else f"*{pattern}*"
    return any(fnmatch.fnmatch(text, globbed) or fnmatch.fnmatch(text, f"*{globbed}")
               for text in (str(item.path), item.key, item.dataset))


def key_fingerprint() -> str | None:
    """A keyed digest that tells whether two processes hold the same pseudonym key (never the key)."""
    from .keyfile import load_key

    key = load_key()
    return hmac.new(key, b"gongkai-key-check", hashlib.sha256).hexdigest()[:16] if key else None


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


def _check_workers(client, raw_dir: Path, out_dir: Path) -> int:
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


class _Feedback:
    """A tqdm bar on a terminal; plain log lines otherwise (CI, logs)."""

    def __init__(self, total: int, enabled: bool, stream=None):
        self.total, self.done = total, 0
        self.stream = stream or sys.stdout
        self.bar = None
        if enabled and total and os.isatty(2):
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="input", dynamic_ncols=True)

    def note(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line)
        else:
            print(line, file=self.stream, flush=True)

    def tick(self, outcome: Outcome) -> None:
        self.done += 1
        line = f"[{self.done}/{self.total}] {outcome.status:9} {outcome.dataset} ({outcome.seconds:.1f} s)"
        if outcome.reason:
            line += f": {outcome.reason}"
        if outcome.ckan:
            line += _ckan_text(outcome.ckan, "; CKAN ")
        if self.bar is not None:
            self.bar.write(line)
            self.bar.set_postfix_str(outcome.dataset[:30], refresh=False)
            self.bar.update(1)
        else:
            print(line, file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _ckan_text(ckan: dict, prefix: str = "") -> str:
    if ckan.get("status") == "published":
        return (f"{prefix}{'changed' if ckan.get('changed') else 'unchanged'}, "
                f"{ckan.get('uploads', 0)} uploads")
    return f"{prefix}failed: {ckan.get('reason')}"


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
        with _batch_lock(out_dir):
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
        inputs = [i for i in inputs if _only(i, only)]
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
        recovered = _recover(ledger, out_dir, run_id)
        if recovered:
            warnings.append(f"took in the outcomes of interrupted run(s) {', '.join(recovered)}")
        ledger.start_run(run_id, _now(), options, __version__, socket.gethostname())
        notebooks, schemas = notebook_info(), schema_versions()
        state = ledger.state()
        outcomes: list[Outcome] = []
        todo: list[tuple[Input, dict]] = []
        datasets: dict[str, str] = {}
        metas: dict[str, dict] = {}
        for item in inputs:
            sha, size = _sha256_file(item.path)
            meta = metas[item.key] = fingerprint(item, sha, notebooks, schemas) | {"bytes": size}
            other = datasets.setdefault(item.dataset, item.key)
            if other != item.key:
                outcome = Outcome(str(item.path), item.kind, item.dataset, "failed", 0.0,
                                  reason=f"DuplicateDataset: {item.path}: dataset name "
                                         f"{item.dataset!r} is also made from raw/{other}; give one "
                                         f"of them its own 'dataset' in raw/manifest.yaml",
                                  key=item.key, started=_now(), finished=_now())
                outcomes.append(outcome)
                ledger.record(_record(outcome, meta, run_id))
                continue
            previous = state.get(item.key)
            if not force and _unchanged(item, meta, previous, out_dir):
                outcomes.append(Outcome(
                    str(item.path), item.kind, item.dataset, "unchanged", 0.0,
                    rows=previous.get("rows") or {}, published=str(out_dir / item.dataset),
                    validation=previous.get("validation"),
                    deidentification=previous.get("deidentification"),
                    record=previous.get("record"), key=item.key, last_run=previous.get("run_id"),
                    started=_now(), finished=_now()))
                continue
            todo.append((item, meta))
        unchanged = [o for o in outcomes if o.status == "unchanged"]
        ledger.record_many([_record(o, metas[o.key], run_id) for o in unchanged])
        # longest first (by size): fewer idle workers at the end
        todo.sort(key=lambda pair: -(pair[1].get("bytes") or 0))
        dispatched = {i.key: _now() for i, _ in todo}
        ledger.record_many([_record(Outcome(str(i.path), i.kind, i.dataset, "running", 0.0,
                                            key=i.key, started=dispatched[i.key]), m, run_id)
                            for i, m in todo])
        feedback = _Feedback(len(todo), progress, feedback_stream)
        if unchanged:
            feedback.note(f"{len(unchanged)} unchanged inputs skipped (ledger: {out_dir / '.ledger.sqlite'})")
        for line in warnings:
            feedback.note(f"warning: {line}")
        organizations = {i.key: i.organization for i in inputs}

        def done(outcome: Outcome) -> None:
            outcome.started = outcome.started or dispatched.get(outcome.key)
            outcome.finished = outcome.finished or _now()
            _publish_ckan(outcome, organizations.get(outcome.key))
            rec = _record(outcome, metas.get(outcome.key, {}), run_id)
            if outcome.ckan is not None:
                rec["ckan_url"] = os.environ.get("GONGKAI_CKAN_URL")
            ledger.record(rec)
            outcomes.append(outcome)
            feedback.tick(outcome)

        interrupted = False
        workers = jobs
        try:
            if scheduler or client is not None:
                workers = _run_dask(todo, out_dir, run_dir, run_id, timeout, scheduler, client,
                                    raw_dir, done)
            elif jobs <= 1 or len(todo) <= 1:
                for item, meta in todo:
                    done(run_one(item, out_dir, run_dir, run_id, timeout, meta))
            else:
                _run_pool(todo, out_dir, run_dir, run_id, timeout, jobs, done)
        except KeyboardInterrupt:
            interrupted = "the batch was interrupted (Ctrl-C) before this input finished"
        except WorkerDied as exc:
            interrupted = str(exc)
        finally:
            feedback.close()
        finished = {o.key for o in outcomes}
        for item, meta in todo:
            if item.key not in finished:
                outcomes.append(Outcome(str(item.path), item.kind, item.dataset, "interrupted", 0.0,
                                        reason=f"{interrupted}; rerun to finish", key=item.key))
        if interrupted:
            feedback.note(f"interrupted: {interrupted}")
        if interrupted:
            ledger.mark_interrupted(run_id, _now())
        _sync_unchanged_to_ckan(unchanged, state, organizations, ledger)
        totals = _totals(outcomes)
        ledger.finish_run(run_id, _now(), "interrupted" if interrupted else "finished",
                          totals | {"executed": len(todo)})
    report = {"run_id": run_id, "raw": str(raw_dir), "out": str(out_dir),
              "started": dt.datetime.fromtimestamp(started_epoch, dt.timezone.utc).isoformat(timespec="seconds"),
              "seconds": round(time.monotonic() - wall, 2),
              "host": socket.gethostname(), "gongkai_version": __version__,
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
        _publish_ckan(outcome, organizations.get(outcome.key))
        if outcome.ckan is not None:
            ledger.set_ckan(outcome.key, url, outcome.ckan)


class WorkerDied(Exception):
    """A local worker process was killed: the pool cannot go on; the rerun finishes."""


def _run_pool(todo, out_dir, run_dir, run_id, timeout, jobs, done) -> None:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    kernel_jobs = max(1, (os.cpu_count() or 1) // jobs)
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(todo)), mp_context=mp.get_context("spawn"),
                               initializer=_die_with_parent, initargs=(str(out_dir),))
    futures = {}
    try:
        futures = {pool.submit(run_one, item, out_dir, run_dir, run_id, timeout, meta, kernel_jobs):
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
                                  reason=_reason(exc, item, timeout), key=item.key)
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


def _run_dask(todo, out_dir, run_dir, run_id, timeout, scheduler, client, raw_dir, done) -> int:
    """Each run as a Dask task: the kernel runs on the worker, which reads raw/ and writes
    published/ on shared storage. Returns the number of workers."""
    from distributed import Client, as_completed

    own = client is None
    if own:
        try:
            client = Client(scheduler, timeout="30s")
        except OSError as exc:
            raise GongkaiError(f"cannot reach the Dask scheduler: {exc}", path=scheduler) from None
    futures = {}
    try:
        workers = _check_workers(client, raw_dir, out_dir)
        out_abs, run_abs = out_dir.resolve(), run_dir.resolve()
        for item, meta in todo:
            item = replace(item, path=item.path.resolve())
            future = client.submit(run_one, item, out_abs, run_abs, run_id, timeout, meta, 1,
                                   key=f"gongkai-{run_id}-{item.dataset}", pure=False)
            futures[future] = item
        for future in as_completed(futures):
            item = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:   # KilledWorker: the worker died (again) running it
                outcome = Outcome(str(item.path), item.kind, item.dataset, "failed", 0.0,
                                  reason=f"{type(exc).__name__}: {item.path}: the Dask worker "
                                         f"running it died ({str(exc).splitlines()[0][:200] if str(exc) else ''})",
                                  key=item.key, finished=_now())
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

def _rows_text(rows: dict) -> str:
    return ", ".join(f"{k}: {v}" for k, v in (rows or {}).items())


def _validation_text(v: dict | None) -> str:
    if not v:
        return ""
    return "valid" if v.get("valid") else f"{v.get('errors')} errors"


def _deid_text(d: dict | None) -> str:
    if not d:
        return ""
    parts = [f"{m} {n}" for m, n in sorted(d.get("methods", {}).items()) if n]
    text = ", ".join(parts) or "no value changed"
    if d.get("undeclared_hits"):
        text += f"; {d['undeclared_hits']} undeclared hits"
    if d.get("k") is not None:
        text += f"; k={d['k']}{'' if d.get('k_satisfied') else ' (below threshold)'}"
    return text


def _publish_text(o: dict) -> str:
    if o["status"] == "published":
        text = "released"
    elif o["status"] == "unchanged":
        text = f"kept (run {o.get('last_run')})"
    else:
        text = "not released"
    if o.get("ckan"):
        text += _ckan_text(o["ckan"], "; CKAN ")
    return text


def _summary_line(report: dict) -> str:
    line = (f"{report['inputs']} inputs: {report['published']} published, {report['failed']} failed, "
            f"{report['unchanged']} unchanged")
    if report.get("refused"):
        line += f", {report['refused']} refused"
    if report.get("interrupted"):
        line += f", {report['interrupted']} interrupted"
    where = report.get("scheduler") or f"{report['jobs']} local job(s)"
    line += f" in {report['seconds']} s ({where})."
    if report.get("ckan"):
        line += (f" CKAN ({report['ckan']['url']}): {report['ckan']['published']} published, "
                 f"{report['ckan']['failed']} failed.")
    return line


COLUMNS = ("input", "kind", "dataset", "status", "seconds", "rows", "validation",
           "de-identification", "publish", "reason")


def _cells(o: dict) -> list[str]:
    reason = o.get("reason") or "; ".join(o.get("problems") or [])
    return [o.get("key") or Path(o["input"]).name, o["kind"], o["dataset"], o["status"],
            f"{o['seconds']:.1f}", _rows_text(o.get("rows")), _validation_text(o.get("validation")),
            _deid_text(o.get("deidentification")), _publish_text(o), reason or ""]


def render_report(report: dict) -> str:
    lines = [f"# gongkai batch {report['run_id']}", "", _summary_line(report), ""]
    lines += [f"- warning: {w}" for w in report.get("warnings", [])]
    if report.get("warnings"):
        lines.append("")
    lines += ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for o in report["outcomes"]:
        cells = [c.replace("|", "/").replace("\n", " ") for c in _cells(o)]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", f"Totals: {report['inputs']} inputs, {report['executed']} run, "
                  f"{report['published']} published, {report['failed']} failed, "
                  + (f"{report['refused']} refused, " if report.get("refused") else "") +
                  f"{report['unchanged']} unchanged, {report.get('interrupted', 0)} interrupted; "
                  f"{report['seconds']} s wall."]
    return "\n".join(lines) + "\n"


def render_html(report: dict) -> str:
    esc = html.escape
    colours = {"published": "#e6f4ea", "failed": "#fce8e6", "refused": "#fce8e6",
               "unchanged": "#f1f3f4",
               "interrupted": "#fef7e0"}
    rows = []
    for o in report["outcomes"]:
        cells = "".join(f"<td>{esc(c)}</td>" for c in _cells(o))
        rows.append(f'<tr class="{esc(o["status"])}" style="background:{colours.get(o["status"], "#fff")}">'
                    f"{cells}</tr>")
    warn = "".join(f"<li>{esc(w)}</li>" for w in report.get("warnings", []))
    totals = "".join(f"<tr><th>{esc(k)}</th><td>{esc(str(report.get(k, 0)))}</td></tr>" for k in (
        "inputs", "executed", "published", "refused", "failed", "unchanged", "interrupted",
        "seconds"))
    return f"""<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>gongkai batch {esc(report['run_id'])}</title>
<style>body{{font-family:system-ui,"WenQuanYi Zen Hei",sans-serif;margin:2em}}
table{{border-collapse:collapse;font-size:14px}}td,th{{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}}</style>
</head><body>
<h1>gongkai batch {esc(report['run_id'])}</h1>
<p>{esc(_summary_line(report))}</p>
<p>raw: <code>{esc(report['raw'])}</code>; out: <code>{esc(report['out'])}</code>; host {esc(report.get('host', ''))};
gongkai {esc(report.get('gongkai_version', ''))}; started {esc(report.get('started', ''))}</p>
{f'<ul>{warn}</ul>' if warn else ''}
<table><thead><tr>{''.join(f'<th>{esc(c)}</th>' for c in COLUMNS)}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<h2>Totals</h2><table>{totals}</table>
</body></html>
"""


def write_reports(report: dict, run_dir: Path) -> None:
    run_dir.mkdir(parents=True, exist_ok=True)
    for name, text in (("report.json", json.dumps(report, ensure_ascii=False, indent=2, default=str)),
                       ("report.md", render_report(report)), ("report.html", render_html(report))):
        tmp = run_dir / f".{name}.tmp"
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, run_dir / name)



