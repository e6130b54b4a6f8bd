"""The local catalogue: ``published/<dataset>/`` folders and ``published/catalog.json``.

A release is staged under ``published/.staging/``, checked (frictionless validation of the
package, then the release gate for personal data, then the validation verdict: the release
path is :mod:`gongkai.release`), and only then moved into place with a rename, so
``published/`` never holds a half-written or unchecked dataset.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

from ..errors import ReleaseBlocked, ValidationFailed
from ..deid.gate import format_findings, public_values, scan_paths
from ..deid.policy import kept_fields
from ..files import write_atomic

STAGING = ".staging"


def staging_folder(out_dir: Path, dataset: str, tag: str = "") -> Path:
    """A fresh ``.staging/<dataset>-<tag><random>`` folder; ``tag`` marks the folders of one
    batch run (the batch removes what its stopped workers left by it)."""
    folder = out_dir / STAGING / f"{dataset}-{tag}{uuid.uuid4().hex[:12]}"
    folder.mkdir(parents=True, exist_ok=False)
    return folder


@contextlib.contextmanager
def _catalog_lock(out_dir: Path):
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def keep_columns(descriptor: dict) -> dict[str, set[str]]:
    """What the gate lets pass, per file of the package (see :func:`gongkai.deid.gate.scan_paths`):

    * the columns declared ``deidentify: keep``, per resource file (only their landlines pass:
      a mobile on the hotline line is still a finding);
    * ``names:<column>`` for the fields declaring ``public_names`` (officials named in a
      gazette, a 个体工商户 trading under its operator's name), and, when any field does,
      ``names:*`` for the package's files that are not its data (the run record and its HTML,
      the reports, the descriptor, the source document): they show the same public text. The
      data files stay exempt column by column only. Names after a cue that marks a private
      person (联系人, 代领人 ...) are found all the same."""
    from ..deid.gate import OFFICIALS_FILE, PUBLIC_NAMES_FILE, officials_key, public_names_key

    allow: dict[str, set[str]] = {}
    for res in descriptor.get("resources", []):
        declared = [(f["name"], f["deidentify"]) for f in res.get("schema", {}).get("fields", [])
                    if isinstance(f.get("deidentify"), dict)]
        kept = kept_fields(res.get("schema"))
        kept |= {public_names_key(name) for name, d in declared if d.get("public_names") is True}
        kept |= {officials_key(name) for name, d in declared if d.get("public_names") == "officials"}
        if kept:
            allow[res["path"]] = kept
    mode = declares_public_names(descriptor)
    if mode:
        for pattern in NOT_DATA_FILES:
            allow.setdefault(pattern, set()).add(PUBLIC_NAMES_FILE if mode is True else OFFICIALS_FILE)
    return allow


def declares_public_names(descriptor: dict) -> bool | str:
    """What the package's fields declare public of the names they hold (a gazette's officials):
    True where any field declares all its uncued names public, "officials" where fields declare
    only officials' names public, else False. Its run record and reports show the same text."""
    from ..deid.names import widest_public_names

    return widest_public_names(f["deidentify"].get("public_names")
                               for res in descriptor.get("resources", [])
                               for f in res.get("schema", {}).get("fields", [])
                               if isinstance(f.get("deidentify"), dict))


# The files of a package besides its data tables (see package.write_package and the CKAN copy).
NOT_DATA_FILES = ("datapackage.json", "run/*", "reports/*", "source/*")


def folder_declarations(folder: Path) -> tuple[dict[str, set[str]], set[str]]:
    """What the release gate let pass in every package under ``folder`` (a published folder):
    the allowances of :func:`keep_columns` by path relative to ``folder``, the batch's copy of
    each run record (``.runs/<run>/notebooks/<package>.ipynb``) under its package's, and the
    values the packages keep on purpose (:func:`kept_values`), which their records may show."""
    folder = Path(folder)
    allow: dict[str, set[str]] = {}
    public: set[str] = set()
    for path in folder.rglob("datapackage.json"):
        base = path.parent.relative_to(folder)
        descriptor = json.loads(path.read_text(encoding="utf-8"))
        kept = keep_columns(descriptor)
        allow.update({(base / rel).as_posix(): cols for rel, cols in kept.items()})
        if "run/*" in kept:
            record = base.parent / ".runs" / "*" / "notebooks" / f"{base.name}.*"
            allow[record.as_posix()] = kept["run/*"]
        public |= kept_values(path.parent, descriptor)
    return allow, public


def kept_values(folder: Path, descriptor: dict | None = None) -> set[str]:
    """The values a staged package publishes on purpose: those of its ``keep`` columns (read
    from its data files). The run record and the reports may show them; see
    :func:`gongkai.deid.gate.public_values`."""
    import pandas as pd

    folder = Path(folder)
    if descriptor is None:
        descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    values: set[str] = set()
    for path, columns in keep_columns(descriptor).items():
        columns = {c for c in columns if not c.startswith("names:")}
        if not columns or "*" in path:
            continue
        try:
            frame = pd.read_csv(folder / path, dtype=str, keep_default_na=False,
                                usecols=lambda c: c in columns)
        except (OSError, ValueError):
            continue
        for column in frame.columns:
            values.update(v for v in frame[column].unique() if v)
    return values


def check_package(folder: Path, tolerate: Iterable[str] = ()) -> None:
    """Validate the staged package with frictionless; raise with the first errors. Errors of
    the types in ``tolerate`` (data errors published with a warning) do not count."""
    from frictionless import Package, system

    tolerate = set(tolerate)
    with system.use_context(trusted=False):
        report = Package(str(folder / "datapackage.json")).validate()
    if not report.valid:
        errors = [f"{e.type}: {e.message}" for task in report.tasks for e in task.errors
                  if e.type not in tolerate][:5]
        errors += [f"{e.type}: {e.message}" for e in report.errors if e.type not in tolerate][:5]
        if errors:
            raise ValidationFailed("package does not validate: " + "; ".join(errors),
                                   path=str(folder))


def gate(folder: Path) -> None:
    """The release gate: any personal value left anywhere in the folder blocks the release."""

    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    allow = keep_columns(descriptor)
    with public_values(kept_values(folder, descriptor)):
        findings = scan_paths([folder], allow=allow, root=folder)
    if findings:
        raise ReleaseBlocked("personal data found, release blocked:\n" + format_findings(findings),
                             path=str(folder))


def move_into_place(staged: Path, out_dir: Path, dataset: str) -> Path:
    """Move the checked ``staged`` folder to ``out_dir/dataset``, replacing an earlier release
    (call it through :func:`gongkai.release.release_staged`, which checks first)."""
    target = out_dir / dataset
    with _catalog_lock(out_dir):
        old = None
        if target.exists():
            old = out_dir / STAGING / f"old-{dataset}-{uuid.uuid4().hex[:8]}"
            os.rename(target, old)
        os.rename(staged, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        write_catalog(out_dir)
    return target


def discard(staged: Path) -> None:
    shutil.rmtree(staged, ignore_errors=True)


def write_catalog(out_dir: Path) -> Path:
    """``catalog.json``: every dataset in ``out_dir`` with its title, kind, period and files."""
    datasets = []
    for descriptor_path in sorted(out_dir.glob("*/datapackage.json")):
        try:
            descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        meta = descriptor.get("gongkai", {})
        datasets.append({
            "name": descriptor.get("name"),
            "title": descriptor.get("title"),
            "kind": meta.get("kind"),
            "period": meta.get("period"),
            "created": descriptor.get("created"),
            "path": descriptor_path.parent.name + "/datapackage.json",
            "resources": [{"name": r["name"], "path": r["path"], "hash": r.get("hash"),
                           "bytes": r.get("bytes")} for r in descriptor.get("resources", [])],
            "source_sha256": (descriptor.get("sources") or [{}])[0].get("sha256"),
        })
    catalog = {"title": "gongkai published datasets", "datasets": datasets}
    return write_atomic(out_dir / "catalog.json", json.dumps(catalog, ensure_ascii=False, indent=2) + "\n")
