"""The monthly batch: every input in ``raw/`` run through its notebook with papermill.

Each input is one papermill run of ``notebooks/<kind>.ipynb`` that stages a Data Package; the
batch then scrubs the executed notebook (no personal values, no secrets), adds it to the
package as the run record, runs the release gate and moves the package into ``published/``.
A failing input is recorded with its reason and the others go on.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import os
import shutil
import time
import traceback
import uuid
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from .errors import GongkaiError
from .package import add_run_record, slug

REPO_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO_ROOT / "notebooks"
KIND_BY_FOLDER = {"gazette": "gazette", "gazettes": "gazette", "budget": "budget",
                  "budgets": "budget", "listing": "listing", "listings": "listing"}
SECRET_ENV = ("GONGKAI_PSEUDONYM_KEY", "CKAN_API_TOKEN")


@dataclass
class Input:
    path: Path
    kind: str
    dataset: str
    period: str | None = None
    organization: str | None = None


@dataclass
class Outcome:
    input: str
    kind: str
    dataset: str
    status: str  # published | failed
    seconds: float
    reason: str | None = None
    rows: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)
    published: str | None = None
    ckan: dict | None = None  # CKAN publish result when GONGKAI_CKAN_URL is set


def discover(raw_dir: Path) -> list[Input]:
    """Inputs from ``raw/manifest.yaml`` (file or glob, kind, dataset, period), else from
    folder names (``raw/budget/*.pdf`` is a budget)."""
    raw_dir = Path(raw_dir)
    manifest = raw_dir / "manifest.yaml"
    inputs: list[Input] = []
    seen: set[Path] = set()
    if manifest.exists():
        spec = yaml.safe_load(manifest.read_text(encoding="utf-8")) or {}
        for entry in spec.get("inputs", []):
            for path in sorted(raw_dir.glob(entry["path"])):
                if path in seen or not path.is_file():
                    continue
                seen.add(path)
                name = entry.get("dataset") or path.stem
                if "*" in entry["path"] or "?" in entry["path"]:
                    name = path.stem if not entry.get("dataset") else f"{entry['dataset']}-{path.stem}"
                inputs.append(Input(path, entry["kind"], slug(name), entry.get("period"),
                                    entry.get("organization")))
    for path in sorted(raw_dir.rglob("*")):
        if path in seen or not path.is_file() or path.name == "manifest.yaml":
            continue
        if path.name.startswith("."):
            continue
        kind = KIND_BY_FOLDER.get(path.parent.name)
        if kind:
            inputs.append(Input(path, kind, slug(path.stem)))
    return inputs


def _scrub_and_record(executed: Path, staging: Path, secrets: list[str]) -> Path:
    import nbformat

    from .deid.gate import scrub_notebook

    nb = nbformat.read(executed, as_version=4)
    nb = scrub_notebook(nb, secrets=secrets)
    target = staging / "run" / executed.name
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    add_run_record(staging, target)
    return target


def run_one(item: Input, out_dir: Path, run_dir: Path, run_id: str, timeout: int = 900) -> Outcome:
    """One input: papermill run, scrub, gate, release. Never raises: failures are outcomes."""
    import papermill as pm

    from .publish.local import discard, release, staging_folder

    started = time.monotonic()
    staging = staging_folder(out_dir, item.dataset)
    executed = run_dir / f"{item.dataset}.ipynb"
    try:
        if not item.path.exists():
            raise GongkaiError("file not found", path=str(item.path))
        notebook = NOTEBOOKS / f"{item.kind}.ipynb"
        pm.execute_notebook(
            str(notebook), str(executed),
            parameters={"input_path": str(item.path.resolve()), "out_dir": str(out_dir.resolve()),
                        "dataset": item.dataset, "period": item.period,
                        "staging_dir": str(staging.resolve()), "run_id": run_id},
            kernel_name="python3", progress_bar=False, log_output=False,
            execution_timeout=timeout, cwd=str(NOTEBOOKS),
        )
        result = json.loads((staging / ".result.json").read_text(encoding="utf-8"))
        (staging / ".result.json").unlink()
        from .keyfile import load_key

        secrets = [os.environ[k] for k in SECRET_ENV if os.environ.get(k)]
        key = load_key()
        if key:
            secrets.append(key.decode("utf-8"))
        _scrub_and_record(executed, staging, secrets)
        target = release(staging, out_dir, item.dataset)
        return Outcome(str(item.path), item.kind, item.dataset, "published",
                       round(time.monotonic() - started, 2), rows=result.get("rows", {}),
                       problems=result.get("problems", []), published=str(target))
    except Exception as exc:  # one input's failure must not stop the batch
        discard(staging)
        return Outcome(str(item.path), item.kind, item.dataset, "failed",
                       round(time.monotonic() - started, 2), reason=_reason(exc, item))
    finally:
        # the raw executed notebook may hold personal values until scrubbed: never keep it
        if executed.exists():
            executed.unlink()


def _reason(exc: Exception, item: Input) -> str:
    """One line naming the file and the cause (the kernel's exception for notebook failures)."""
    name = type(exc).__name__
    if name == "PapermillExecutionError":
        ename, evalue = getattr(exc, "ename", "Error"), getattr(exc, "evalue", "")
        line = str(evalue).strip().splitlines()[0] if str(evalue).strip() else ""
        if str(item.path) not in line:
            line = f"{item.path}: {line}"
        return f"{ename}: {line}"
    if isinstance(exc, GongkaiError):
        return f"{name}: {exc}"
    return f"{name}: {item.path}: {str(exc).splitlines()[0] if str(exc) else ''}"


def _publish_ckan(outcome: Outcome, organization: str | None) -> None:
    """After a release, when GONGKAI_CKAN_URL is set: make the CKAN dataset match it.

    The token comes from $CKAN_API_TOKEN; the organization from $GONGKAI_CKAN_ORG, else the
    manifest's ``organization``, else the package's own. A CKAN failure is recorded on the
    outcome (the local release stands) and makes the batch exit non-zero.
    """
    url = os.environ.get("GONGKAI_CKAN_URL")
    if not url or outcome.status != "published" or not outcome.published:
        return
    from .publish.ckan import publish_to_ckan

    try:
        result = publish_to_ckan(Path(outcome.published), url,
                                 org=os.environ.get("GONGKAI_CKAN_ORG") or organization)
    except GongkaiError as exc:
        outcome.ckan = {"status": "failed", "reason": f"{type(exc).__name__}: {exc}"}
        return
    outcome.ckan = {"status": "published", "dataset": result.dataset, "url": result.dataset_url,
                    "changed": result.changed, "uploads": result.uploads,
                    "api_calls": result.calls, "seconds": result.seconds}


def run_batch(raw_dir: Path, out_dir: Path, *, period: str | None = None, jobs: int = 1,
              only: str | None = None, progress: bool = True) -> dict:
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    run_id = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + uuid.uuid4().hex[:6]
    run_dir = out_dir / ".runs" / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    inputs = discover(raw_dir)
    if only:
        inputs = [i for i in inputs if fnmatch.fnmatch(str(i.path), f"*{only}*")]
    for item in inputs:
        if period and not item.period:
            item.period = period
    outcomes: list[Outcome] = []
    bar = _progress(len(inputs), progress)
    if jobs <= 1 or len(inputs) <= 1:
        for item in inputs:
            outcomes.append(run_one(item, out_dir, run_dir, run_id))
            _publish_ckan(outcomes[-1], item.organization)
            _tick(bar, outcomes[-1])
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures = {pool.submit(run_one, item, out_dir, run_dir, run_id): item for item in inputs}
            for future in as_completed(futures):
                outcomes.append(future.result())
                _publish_ckan(outcomes[-1], futures[future].organization)  # in this process, one at a time
                _tick(bar, outcomes[-1])
    if bar is not None:
        bar.close()
    report = {"run_id": run_id, "raw": str(raw_dir), "out": str(out_dir),
              "inputs": len(inputs),
              "published": sum(o.status == "published" for o in outcomes),
              "failed": sum(o.status == "failed" for o in outcomes),
              "ckan": ({"url": os.environ["GONGKAI_CKAN_URL"],
                        "published": sum((o.ckan or {}).get("status") == "published" for o in outcomes),
                        "failed": sum((o.ckan or {}).get("status") == "failed" for o in outcomes)}
                       if os.environ.get("GONGKAI_CKAN_URL") else None),
              "outcomes": [asdict(o) for o in sorted(outcomes, key=lambda o: o.input)]}
    (run_dir / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2),
                                         encoding="utf-8")
    (run_dir / "report.md").write_text(render_report(report), encoding="utf-8")
    shutil.rmtree(out_dir / ".staging", ignore_errors=True) if not any(
        (out_dir / ".staging").glob("*")) else None
    return report


def _progress(total: int, enabled: bool):
    if not enabled or not os.isatty(2):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="input")


def _tick(bar, outcome: Outcome) -> None:
    line = f"{outcome.status:9} {outcome.dataset} ({outcome.seconds:.1f} s)"
    if outcome.reason:
        line += f": {outcome.reason}"
    if outcome.ckan:
        line += (f"; CKAN: {'changed' if outcome.ckan['changed'] else 'unchanged'}, "
                 f"{outcome.ckan['uploads']} uploads" if outcome.ckan["status"] == "published"
                 else f"; CKAN failed: {outcome.ckan['reason']}")
    if bar is not None:
        bar.write(line)
        bar.update(1)
    else:
        print(line, flush=True)


def render_report(report: dict) -> str:
    lines = [f"# gongkai batch {report['run_id']}", "",
             f"{report['inputs']} inputs: {report['published']} published, {report['failed']} failed."
             + (f" CKAN ({report['ckan']['url']}): {report['ckan']['published']} published, "
                f"{report['ckan']['failed']} failed." if report.get("ckan") else ""),
             "", "| input | kind | dataset | status | seconds | rows | reason |",
             "|---|---|---|---|---|---|---|"]
    for o in report["outcomes"]:
        rows = ", ".join(f"{k}: {v}" for k, v in o["rows"].items())
        reason = (o["reason"] or "; ".join(o["problems"]) or "").replace("|", "/")
        lines.append(f"| {Path(o['input']).name} | {o['kind']} | {o['dataset']} | {o['status']} | "
                     f"{o['seconds']} | {rows} | {reason} |")
    return "\n".join(lines) + "\n"


def format_traceback(exc: Exception) -> str:  # pragma: no cover - debugging aid
    return "".join(traceback.format_exception(exc))
