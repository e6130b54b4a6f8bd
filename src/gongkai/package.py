"""Data Package building: resources as UTF-8 CSV with schema, hash and provenance.

A package is written into a staging folder (never into ``published/`` directly); the publisher
gates and moves it. Everything written is described in ``datapackage.json`` so
``frictionless validate datapackage.json`` checks it.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__
from .files import sha256_bytes
from .kinds import KINDS
from .validate.schema import frictionless_schema
from .formulas import neutralise_frame

LICENSE = {"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
           "path": "https://creativecommons.org/licenses/by/4.0/"}


@dataclass
class ResourceData:
    """One table flowing through the stages: the frame, its schema, where it came from."""

    name: str
    frame: pd.DataFrame
    schema: dict
    title: str | None = None
    description: str | None = None
    provenance: dict = field(default_factory=dict)


@dataclass
class DatasetResult:
    """What a pipeline run produced for one input, before it is written anywhere."""

    name: str
    title: str
    kind: str
    resources: list[ResourceData]
    source: dict
    period: str | None = None
    description: str = ""
    reports: dict[str, dict] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    organization: str | None = None     # the publishing office (manifest ``organization``)
    # the source is a public document (a printed gazette, a budget PDF): free text in it is
    # public as printed. An office's working file (a spreadsheet) is not.
    source_public: bool = True


def slug(text: str) -> str:
    """A CKAN- and frictionless-safe name: lowercase ascii, digits, '-' and '_'.

    A name with other letters (Chinese: 城乡低保名单-2026-10) keeps its ASCII part and gains 8
    hex digits of its sha256, so that two Chinese names stay two names (and the same name the
    same) instead of all becoming 'dataset'."""
    base = re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-")
    if any(not c.isascii() and c.isalnum() for c in text):
        digest = sha256_bytes(text.encode("utf-8"))[:8]
        return f"{base[:91] or 'dataset'}-{digest}"
    return base[:100] or "dataset"


def public_source_path(path: str | None) -> str | None:
    """How a source file is named in published metadata: from ``raw/`` down, never the
    absolute path of the machine that ran the batch."""
    if not path:
        return path
    parts = Path(path).parts
    if "raw" in parts:
        return Path(*parts[len(parts) - 1 - parts[::-1].index("raw"):]).as_posix()
    return Path(path).name


def published_schema(schema: dict, frame: pd.DataFrame) -> dict:
    """The schema of the released table: only the fields it still has, in its column order.

    The ``pii``/``deidentify`` declarations stay on the fields: they tell the public what was done
    to each column.
    """
    out = copy.deepcopy(schema)
    by_name = {f["name"]: f for f in out["fields"]}
    fields = []
    for column in frame.columns:
        f = by_name.get(column, {"name": column, "type": "string"})
        f.pop("aliases", None)
        if f.get("deidentify", {}).get("method") in ("keyed_pseudonym", "mask", "redact", "generalise"):
            # the released values are text whatever the raw type was; constraints on the raw
            # form (patterns, ranges) no longer apply
            f["type"] = "string"
            f.pop("constraints", None) if f.get("deidentify", {}).get("method") != "mask" else None
            f.pop("format", None)
        fields.append(f)
    out["fields"] = fields
    if "primaryKey" in out:
        keys = out["primaryKey"] if isinstance(out["primaryKey"], list) else [out["primaryKey"]]
        if not all(k in frame.columns for k in keys):
            out.pop("primaryKey")
    out.pop("deidentification", None)
    return out


# personal kinds whose raw values de-identification replaces: a source holding them is not
# published beside the de-identified tables (free text is redacted item by item and its
# source, a public document, is published and scanned by the gate like every other file)
STRUCTURED_PERSONAL = ("person_name", "cn_resident_id", "phone", "bank_card", "email", "address")
SOURCE_DIR = "source"


def withheld_kinds(result: DatasetResult) -> list[str]:
    """The personal kinds the result's schemas de-identify (why its source is withheld): the
    structured ones, and free text too when the source is not a public document."""
    personal = STRUCTURED_PERSONAL + (() if result.source_public else ("free_text",))
    found: list[str] = []
    for res in result.resources:
        for f in res.schema.get("fields", []):
            method = (f.get("deidentify") or {}).get("method")
            if f.get("pii") in personal and method not in (None, "keep", "none"):
                if f["pii"] not in found:
                    found.append(f["pii"])
    return found


def _copy_source(result: DatasetResult, folder: Path) -> dict:
    """The input file as ``source/<name>`` (for CKAN), unless it holds personal data."""
    path = Path(result.source.get("path") or "")
    withheld = withheld_kinds(result)
    if withheld:
        return {"source_file": None,
                "source_withheld": "原件含个人信息，表格中已去标识化处理（" + ", ".join(withheld)
                                   + "），原件不公开"}
    if not path.is_file():
        return {"source_file": None, "source_withheld": "处理时读不到原件，未随数据集发布"}
    rel = Path(SOURCE_DIR) / path.name
    (folder / SOURCE_DIR).mkdir(exist_ok=True)
    shutil.copyfile(path, folder / rel)
    return {"source_file": rel.as_posix()}


def _publish_with_warnings(result: DatasetResult) -> list[str]:
    out: list[str] = []
    for res in result.resources:
        out += [str(t) for t in res.schema.get("publishWithWarnings") or [] if str(t) not in out]
    return out


def _write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n",
                    encoding="utf-8")


def write_package(result: DatasetResult, folder: Path, *, run_id: str | None = None) -> Path:
    """Write ``result`` as a Data Package into ``folder`` (which must be a staging folder)."""

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "data").mkdir(exist_ok=True)
    (folder / "reports").mkdir(exist_ok=True)
    kind = KINDS.get(result.kind)
    resources = []
    for res in result.resources:
        path = Path("data") / f"{res.name}.csv"
        # cells and headers a spreadsheet would run as formulas are written as text
        frame, renamed = neutralise_frame(res.frame)
        data = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
        (folder / path).write_bytes(data)
        source_schema = res.schema
        if renamed:
            source_schema = copy.deepcopy(res.schema)
            for f in source_schema.get("fields", []):
                f["name"] = renamed.get(f["name"], f["name"])
        schema = published_schema(source_schema, frame)
        resources.append({
            "name": res.name,
            "path": path.as_posix(),
            "title": res.title or result.title,
            **({"description": res.description} if res.description else {}),
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": len(data),
            "hash": f"sha256:{sha256_bytes(data)}",
            "schema": frictionless_schema(schema) | {"fields": [
                {k: v for k, v in f.items() if k not in ("aliases",)} for f in schema["fields"]]},
            **({"sources": [res.provenance]} if res.provenance else {}),
        })
    report_files = {}
    for name, report in sorted(result.reports.items()):
        report_path = Path("reports") / f"{name}.json"
        _write_json(folder / report_path, report)
        report_files[name] = report_path.as_posix()
    descriptor = {
        "profile": "tabular-data-package",
        "name": result.name,
        "title": result.title,
        "description": result.description,
        "version": "1.0.0",
        "created": dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
        "licenses": [LICENSE],
        "keywords": [result.kind, "gongkai", *(kind.keywords if kind else ())],
        "sources": [{"title": Path(result.source.get("path", "")).name,
                     "path": public_source_path(result.source.get("path")),
                     "sha256": result.source.get("sha256")}],
        "resources": resources,
        "gongkai": {
            "version": __version__,
            "kind": result.kind,
            **({"kind_title": kind.title} if kind and kind.title else {}),
            "period": result.period,
            "run_id": run_id,
            "source": result.source | {"path": public_source_path(result.source.get("path"))},
            "reports": report_files,
            "problems": result.problems,
            "organization": result.organization,
            "rows": {res.name: len(res.frame) for res in result.resources},
            "publish_with_warnings": _publish_with_warnings(result),
            **_copy_source(result, folder),
            **result.extra,
        },
    }
    _write_json(folder / "datapackage.json", descriptor)
    return folder / "datapackage.json"


def read_package(folder: Path) -> dict:
    return json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))


def add_run_record(folder: Path, notebook_path: Path) -> None:
    """Record the executed notebook (already scrubbed) in the package's descriptor."""
    descriptor = read_package(folder)
    rel = notebook_path.relative_to(folder).as_posix()
    descriptor.setdefault("gongkai", {})["run_record"] = {
        "path": rel, "sha256": sha256_bytes(notebook_path.read_bytes())}
    _write_json(folder / "datapackage.json", descriptor)
