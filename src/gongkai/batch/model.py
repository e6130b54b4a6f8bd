"""What the batch passes around: an input found under ``raw/`` and the outcome of its run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

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
    # the path as the batch may show it when the real one holds personal data (a resident ID
    # in the file name): such an input is never run and its name never written (see inputs)
    shown: str | None = None

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


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def ledger_row(outcome: Outcome, meta: dict, run_id: str) -> dict:
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
