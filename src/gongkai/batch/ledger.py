"""The batch ledger: a small SQLite file beside the published datasets (``published/.ledger.sqlite``).

It remembers, for every input of ``raw/``, what the last run of it was made from (the input's
sha256, the notebook and its sha256, the parameters, the gongkai version, the schema versions)
and how it ended, so that the next batch runs only what changed, what is new and what failed.

Only the process that drives the batch writes it (one connection, one writer): notebook runs on
worker processes or on Dask workers return their outcomes and the driver records them as they
come in, each in its own transaction, so a batch killed half-way keeps everything it finished.

Tables:

``runs``      one row per batch: id, start and end times, how it ended, the options, totals.
``outcomes``  one row per input per run (the history): fingerprint parts, status, reason,
              rows, validation and de-identification summaries, where it was published, times.
``state``     one row per input: the fingerprint and outcome of its last executed run (what the
              skip decision reads), and its last CKAN result.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

LEDGER_NAME = ".ledger.sqlite"
SCHEMA_VERSION = 1

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL,            -- running | finished | interrupted
    options TEXT,                    -- JSON: jobs, scheduler, force, only, timeout, period
    gongkai_version TEXT,
    host TEXT,
    inputs INTEGER, executed INTEGER, published INTEGER, failed INTEGER, unchanged INTEGER
);
CREATE TABLE IF NOT EXISTS outcomes (
    run_id TEXT NOT NULL,
    input TEXT NOT NULL,             -- path relative to the raw folder (posix)
    dataset TEXT NOT NULL,
    kind TEXT NOT NULL,
    sha256 TEXT,
    bytes INTEGER,
    notebook TEXT,
    notebook_sha256 TEXT,
    parameters TEXT,                 -- JSON: the stable papermill parameters
    gongkai_version TEXT,
    schema_versions TEXT,            -- JSON: {schema name: {version, sha256}}
    fingerprint TEXT,
    status TEXT NOT NULL,            -- running | published | refused | failed | unchanged | interrupted
    reason TEXT,
    rows TEXT,                       -- JSON
    validation TEXT,                 -- JSON summary
    deidentification TEXT,           -- JSON summary
    published TEXT,
    record TEXT,                     -- the scrubbed executed notebook under .runs/<run_id>/
    ckan TEXT,                       -- JSON
    worker TEXT,
    started TEXT,
    finished TEXT,
    seconds REAL,
    PRIMARY KEY (run_id, input)
);
CREATE INDEX IF NOT EXISTS outcomes_by_input ON outcomes (input, finished);
CREATE TABLE IF NOT EXISTS state (
    input TEXT PRIMARY KEY,
    dataset TEXT NOT NULL,
    fingerprint TEXT,
    sha256 TEXT,
    status TEXT NOT NULL,
    reason TEXT,
    run_id TEXT NOT NULL,
    rows TEXT,
    validation TEXT,
    deidentification TEXT,
    published TEXT,
    record TEXT,
    finished TEXT,
    seconds REAL,
    ckan_url TEXT,
    ckan TEXT
);
"""

_JSON_COLUMNS = {"parameters", "schema_versions", "rows", "validation", "deidentification",
                 "ckan", "options"}
_OUTCOME_COLUMNS = ("run_id", "input", "dataset", "kind", "sha256", "bytes", "notebook",
                    "notebook_sha256", "parameters", "gongkai_version", "schema_versions",
                    "fingerprint", "status", "reason", "rows", "validation", "deidentification",
                    "published", "record", "ckan", "worker", "started", "finished", "seconds")
# outcomes that end an input's run and so become its state (not 'running' nor 'unchanged')
FINAL = ("published", "refused", "failed", "interrupted")


def _dump(column: str, value):
    if column in _JSON_COLUMNS and value is not None and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return value


def _load(row: sqlite3.Row) -> dict:
    out = dict(row)
    for key in _JSON_COLUMNS & out.keys():
        if isinstance(out[key], str):
            try:
                out[key] = json.loads(out[key])
            except json.JSONDecodeError:
                pass
    return out


class Ledger:
    """The ledger of one output folder. Use as a context manager or call :meth:`close`."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # rollback journal (not WAL): the file may live on shared storage (NFS), where WAL's
        # shared memory does not work; there is a single writer anyway.
        self.db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA synchronous=FULL")
        for statement in filter(str.strip, _DDL.split(";")):
            self.db.execute(statement)
        self.db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                        (str(SCHEMA_VERSION),))

    @classmethod
    def for_out(cls, out_dir: Path) -> "Ledger":
        return cls(Path(out_dir) / LEDGER_NAME)

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- runs ---------------------------------------------------------------------------------
    def start_run(self, run_id: str, started: str, options: dict, version: str, host: str) -> None:
        self.db.execute("INSERT INTO runs (run_id, started, status, options, gongkai_version, host)"
                        " VALUES (?, ?, 'running', ?, ?, ?)",
                        (run_id, started, _dump("options", options), version, host))

    def finish_run(self, run_id: str, finished: str, status: str, totals: dict) -> None:
        self.db.execute("UPDATE runs SET finished=?, status=?, inputs=?, executed=?, published=?,"
                        " failed=?, unchanged=? WHERE run_id=?",
                        (finished, status, totals.get("inputs"), totals.get("executed"),
                         totals.get("published"), totals.get("failed"), totals.get("unchanged"),
                         run_id))

    def unfinished_runs(self, exclude: str | None = None) -> list[str]:
        rows = self.db.execute("SELECT run_id FROM runs WHERE status='running' AND run_id != ?",
                               (exclude or "",)).fetchall()
        return [r["run_id"] for r in rows]

    def mark_interrupted(self, run_id: str, finished: str) -> int:
        """A run that never finished (killed): its runs row and its in-flight inputs."""
        with self.db:
            self.db.execute("BEGIN")
            count = self.db.execute(
                "UPDATE outcomes SET status='interrupted', finished=?, reason=COALESCE(reason,"
                " 'the batch stopped before this input finished') WHERE run_id=? AND"
                " status='running'", (finished, run_id)).rowcount
            self.db.execute("UPDATE runs SET status='interrupted', finished=COALESCE(finished, ?)"
                            " WHERE run_id=?", (finished, run_id))
        return count

    def runs(self) -> list[dict]:
        return [_load(r) for r in self.db.execute("SELECT * FROM runs ORDER BY started")]

    # -- outcomes and state ---------------------------------------------------------------------
    def state(self) -> dict[str, dict]:
        return {r["input"]: _load(r) for r in self.db.execute("SELECT * FROM state")}

    def known_outcome(self, run_id: str, input_key: str) -> str | None:
        row = self.db.execute("SELECT status FROM outcomes WHERE run_id=? AND input=?",
                              (run_id, input_key)).fetchone()
        return row["status"] if row else None

    def record_many(self, records: list[dict]) -> None:
        """Record outcomes (one transaction). Final outcomes also become the input's state."""
        if not records:
            return
        with self.db:
            self.db.execute("BEGIN")
            for rec in records:
                self._record(rec)

    def record(self, rec: dict) -> None:
        self.record_many([rec])

    def _record(self, rec: dict) -> None:
        values = [_dump(c, rec.get(c)) for c in _OUTCOME_COLUMNS]
        self.db.execute(f"INSERT OR REPLACE INTO outcomes ({', '.join(_OUTCOME_COLUMNS)}) VALUES"
                        f" ({', '.join('?' * len(_OUTCOME_COLUMNS))})", values)
        if rec["status"] in FINAL:
            self.db.execute(
                "INSERT INTO state (input, dataset, fingerprint, sha256, status, reason, run_id,"
                " rows, validation, deidentification, published, record, finished, seconds)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(input) DO UPDATE SET dataset=excluded.dataset,"
                " fingerprint=excluded.fingerprint, sha256=excluded.sha256,"
                " status=excluded.status, reason=excluded.reason, run_id=excluded.run_id,"
                " rows=excluded.rows, validation=excluded.validation,"
                " deidentification=excluded.deidentification, published=excluded.published,"
                " record=excluded.record, finished=excluded.finished, seconds=excluded.seconds",
                tuple(_dump(c, rec.get(c)) for c in (
                    "input", "dataset", "fingerprint", "sha256", "status", "reason", "run_id",
                    "rows", "validation", "deidentification", "published", "record", "finished",
                    "seconds")))
        if rec.get("ckan") is not None and rec["status"] in ("published", "unchanged"):
            self.set_ckan(rec["input"], rec.get("ckan_url"), rec["ckan"])

    def set_ckan(self, input_key: str, url: str | None, result: dict) -> None:
        self.db.execute("UPDATE state SET ckan_url=?, ckan=? WHERE input=?",
                        (url, _dump("ckan", result), input_key))

    def outcomes(self, run_id: str | None = None) -> list[dict]:
        if run_id is None:
            rows = self.db.execute("SELECT * FROM outcomes ORDER BY started, input")
        else:
            rows = self.db.execute("SELECT * FROM outcomes WHERE run_id=? ORDER BY input", (run_id,))
        return [_load(r) for r in rows]

    def history(self, input_key: str) -> list[dict]:
        return [_load(r) for r in self.db.execute(
            "SELECT * FROM outcomes WHERE input=? ORDER BY started", (input_key,))]
