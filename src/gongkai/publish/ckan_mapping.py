"""From a published Data Package folder to what a CKAN dataset should hold.

Pure mapping and file preparation, no network: :mod:`gongkai.publish.ckan` compares the result
with what CKAN has and sends the difference.

* the dataset: CKAN-safe name, title, notes, tags, licence, provenance extras;
* the files, in upload order: each CSV (as released, UTF-8) and an XLSX copy made from it, the
  source document (the PDF the data came from, when the package may carry it), the
  ``datapackage.json``, every report (the validation report described in one sentence), and
  the executed (already scrubbed) notebook as HTML;
* for each CSV, the DataStore table typed from its Table Schema.

Generated files are deterministic (same input, same bytes), so content hashes decide what
changes. Everything that will be uploaded is copied into one folder and passed through the
release gate there before anything is sent.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import logging
import mimetypes
import re
import shutil
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Iterator

from ..errors import InputError, ReleaseBlocked
from ..deid.gate import (format_findings, officials_key, public_names_key, public_values, scan_paths,
                         scrub_notebook)
from ..files import sha256_file
from ..keyfile import known_secrets
from ..formulas import neutralise
from .local import declares_public_names, keep_columns, kept_values

# --- dataset level ---------------------------------------------------------------------------

#: Data Package licence names (SPDX-like) to CKAN's default licence register ids.
LICENSES = {
    "cc-by-4.0": "cc-by", "cc-by": "cc-by", "cc-by-3.0": "cc-by",
    "cc-by-sa-4.0": "cc-by-sa", "cc-by-sa": "cc-by-sa",
    "cc0-1.0": "cc-zero", "cc0": "cc-zero", "cc-zero": "cc-zero",
    "cc-by-nc-4.0": "cc-nc", "cc-nc": "cc-nc",
    "odc-by-1.0": "odc-by", "odc-by": "odc-by",
    "odbl-1.0": "odc-odbl", "odc-odbl": "odc-odbl",
    "pddl-1.0": "odc-pddl", "odc-pddl": "odc-pddl",
    "gfdl-1.3": "gfdl", "ogl-uk-3.0": "uk-ogl",
}
EXTRA_PREFIX = "gongkai_"
_CKAN_NAME_RE = re.compile(r"^[a-z0-9_-]{2,100}$")
_TAG_BAD = re.compile(r"[^\w \-.]+", re.UNICODE)


def ckan_name(text: str) -> str:
    """A valid CKAN name (2-100 of lowercase a-z, 0-9, '-', '_'), stable for the same text.
    Text that loses non-ASCII characters (a Chinese name) gets a short digest, so two such
    names do not collide."""
    raw = str(text or "").strip()
    name = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9_-]+", "-", raw.lower())).strip("-_")
    if len(name) < 2 or re.search(r"[^\x00-\x7f]", raw):
        digest = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]
        name = f"{name[:89].strip('-_')}-{digest}" if len(name) >= 2 else digest
    return name[:100].strip("-_")


def organization_identity(org: str | None) -> tuple[str | None, str | None]:
    """(CKAN name, title) for ``--org`` or the package's ``gongkai.organization``; a Chinese
    organisation title gets a stable ASCII name and keeps its title."""
    if not org:
        return None, None
    org = str(org).strip()
    if _CKAN_NAME_RE.match(org):
        return org, org
    return ckan_name(org), org


def license_id(descriptor: dict) -> str:
    for lic in descriptor.get("licenses") or []:
        for key in ("name", "id"):
            value = str(lic.get(key) or "").strip().lower()
            if value in LICENSES:
                return LICENSES[value]
        path = str(lic.get("path") or "")
        m = re.search(r"creativecommons\.org/licenses/([a-z-]+)/", path)
        if m and f"cc-{m.group(1)}" in LICENSES:
            return LICENSES[f"cc-{m.group(1)}"]
        if "publicdomain/zero" in path:
            return "cc-zero"
    return "other-open" if descriptor.get("licenses") else "notspecified"


def tags(descriptor: dict) -> list[str]:
    """Keywords as CKAN tags (letters of any script, digits, space, '-', '_', '.'; 2-100)."""
    out: list[str] = []
    for keyword in descriptor.get("keywords") or []:
        tag = _TAG_BAD.sub("-", str(keyword)).strip(" -")[:100]
        if len(tag) >= 2 and tag not in out:
            out.append(tag)
    return sorted(out)


def _canonical(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def schema_fingerprint(schema: dict) -> str:
    return hashlib.sha256(_canonical(schema).encode("utf-8")).hexdigest()


def dataset_extras(descriptor: dict) -> dict[str, str]:
    """Provenance, as CKAN extras (strings): source file sha256, period, schema, versions, run."""
    meta = descriptor.get("gongkai") or {}
    sources = descriptor.get("sources") or []
    extras = {
        "package": descriptor.get("name"),
        "kind": meta.get("kind"),
        "kind_title": meta.get("kind_title"),
        "period": meta.get("period"),
        "version": meta.get("version"),
        "run_id": meta.get("run_id"),
        "package_version": descriptor.get("version"),
        "package_created": descriptor.get("created"),
        "source": ", ".join(str(s.get("title") or Path(str(s.get("path") or "")).name)
                            for s in sources if s.get("title") or s.get("path")),
        "source_sha256": ", ".join(str(s["sha256"]) for s in sources if s.get("sha256")),
        "source_withheld": meta.get("source_withheld"),
    }
    schemas = []
    for res in descriptor.get("resources") or []:
        schema = res.get("schema")
        if isinstance(schema, dict):
            label = schema.get("name") or schema.get("title") or res.get("name")
            version = schema.get("version")
            schemas.append({"resource": res.get("name"), "schema": label,
                            **({"version": str(version)} if version else {}),
                            "sha256": schema_fingerprint(schema)})
    if schemas:
        extras["schema"] = _canonical(schemas)
    if meta.get("run_record", {}).get("sha256"):
        extras["run_record_sha256"] = meta["run_record"]["sha256"]
    return {EXTRA_PREFIX + k: str(v) for k, v in extras.items() if v not in (None, "")}


def dataset_fields(descriptor: dict) -> dict:
    """The CKAN dataset fields gongkai owns (name and organisation are added by the caller)."""
    return {
        "title": str(descriptor.get("title") or descriptor.get("name") or ""),
        "notes": str(descriptor.get("description") or ""),
        "license_id": license_id(descriptor),
        "tags": tags(descriptor),
        "version": str(descriptor.get("version") or ""),
        "extras": dataset_extras(descriptor),
    }


# --- values ----------------------------------------------------------------------------------

_TRUE = {"true", "True", "TRUE", "1"}
_FALSE = {"false", "False", "FALSE", "0"}
DATASTORE_TYPES = {"integer": "int", "number": "numeric", "date": "date", "string": "text",
                   "boolean": "bool", "datetime": "timestamp", "time": "time", "year": "int"}
_INT4 = 2**31
_INT8 = 2**63


class ValueProblem(ValueError):
    pass


def parse_value(fld: dict, text: str, missing: set[str]):
    """A CSV cell as a Python value of its Table Schema type (None for a missing value)."""
    if text in missing:
        return None
    kind = fld.get("type", "string")
    if kind in ("integer", "year"):
        try:
            if fld.get("bareNumber") is False:
                text = re.sub(r"[^\d+-]", "", text)
            return int(text.strip())
        except ValueError:
            raise ValueProblem(f"{text[:40]!r} is not an integer") from None
    if kind == "number":
        t = text.strip()
        if fld.get("groupChar"):
            t = t.replace(fld["groupChar"], "")
        if fld.get("decimalChar"):
            t = t.replace(fld["decimalChar"], ".")
        try:
            return Decimal(t)
        except InvalidOperation:
            raise ValueProblem(f"{text[:40]!r} is not a number") from None
    if kind == "boolean":
        trues = set(fld.get("trueValues") or _TRUE)
        falses = set(fld.get("falseValues") or _FALSE)
        if text in trues:
            return True
        if text in falses:
            return False
        raise ValueProblem(f"{text[:40]!r} is not a boolean")
    if kind in ("date", "datetime", "time"):
        fmt = fld.get("format") or "default"
        try:
            if fmt in ("default", "any"):
                if kind == "date":
                    return dt.date.fromisoformat(text.strip())
                if kind == "datetime":
                    return dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
                return dt.time.fromisoformat(text.strip())
            parsed = dt.datetime.strptime(text.strip(), fmt)
            return parsed.date() if kind == "date" else parsed.time() if kind == "time" else parsed
        except ValueError:
            raise ValueProblem(f"{text[:40]!r} is not a {kind}") from None
    return text


def datastore_value(value):
    """A typed value as JSON for datastore_create (numbers as exact decimal text; text that a
    spreadsheet would run as a formula, when the DataStore is exported, as text)."""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return value


@dataclass
class Table:
    """A released CSV read against its schema."""

    path: Path
    fields: list[dict]
    rows: list[list]                  # typed values, in schema field order

    @property
    def names(self) -> list[str]:
        return [f["name"] for f in self.fields]


def read_table(path: Path, schema: dict, *, rel: str | None = None) -> Table:
    """Read a released CSV (UTF-8) and type every value from the schema; a value that does not
    fit is a :class:`GongkaiError` naming the file, row and field."""
    rel = rel or path.name
    fields = list(schema.get("fields") or [])
    missing = set(schema.get("missingValues", [""]))
    text = path.read_bytes().decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError("empty CSV (no header)", path=rel) from None
    names = [f["name"] for f in fields]
    if not fields:
        fields = [{"name": h, "type": "string"} for h in header]
        names = header
    if header != names:
        raise InputError(f"CSV header {header} does not match the schema fields {names}", path=rel)
    rows = []
    for r_index, row in enumerate(reader, start=1):
        if not row:
            continue
        if len(row) != len(fields):
            raise InputError(f"{len(row)} cells where the schema has {len(fields)} fields",
                             path=rel, row=r_index)
        out = []
        for fld, cell in zip(fields, row):
            try:
                out.append(parse_value(fld, cell, missing))
            except ValueProblem as exc:
                raise InputError(f"field {fld['name']!r}: {exc}", path=rel, row=r_index) from None
        rows.append(out)
    return Table(path, fields, rows)


# --- DataStore -------------------------------------------------------------------------------

def _field_notes(fld: dict) -> str:
    notes = str(fld.get("description") or "")
    method = (fld.get("deidentify") or {}).get("method") if isinstance(fld.get("deidentify"), dict) \
        else None
    if method and method not in ("keep", "none"):
        notes = (notes + "；" if notes else "") + f"已去标识化处理（{method}）"
    return notes


def datastore_fields(table: Table) -> list[dict]:
    """``datastore_create`` fields: typed from the schema, titles as data dictionary labels.
    Integers that do not fit PostgreSQL's int are widened (int8, then numeric)."""
    out = []
    for i, fld in enumerate(table.fields):
        kind = DATASTORE_TYPES.get(fld.get("type", "string"), "text")
        if kind == "int":
            values = [r[i] for r in table.rows if r[i] is not None]
            if any(not -_INT4 <= v < _INT4 for v in values):
                kind = "int8" if all(-_INT8 <= v < _INT8 for v in values) else "numeric"
        out.append({"id": fld["name"], "type": kind,
                    "info": {"label": str(fld.get("title") or fld["name"]),
                             "notes": _field_notes(fld)}})
    return out


def primary_key(schema: dict) -> list[str]:
    key = schema.get("primaryKey") or []
    return [key] if isinstance(key, str) else list(key)


def datastore_records(table: Table) -> Iterator[dict]:
    names = table.names
    for row in table.rows:
        yield {n: datastore_value(v) for n, v in zip(names, row)}


def record_chunks(table: Table, *, max_bytes: int = 4_000_000, max_rows: int = 20_000):
    """Records in chunks of bounded JSON size, for datastore_create / datastore_upsert."""
    chunk: list[dict] = []
    size = 0
    for record in datastore_records(table):
        n = len(json.dumps(record, ensure_ascii=True)) + 2
        if chunk and (size + n > max_bytes or len(chunk) >= max_rows):
            yield chunk
            chunk, size = [], 0
        chunk.append(record)
        size += n
    if chunk:
        yield chunk


# --- XLSX ------------------------------------------------------------------------------------

#: Fixed workbook dates and ZIP timestamps: re-publishing unchanged data gives the same bytes.
XLSX_EPOCH = dt.datetime(2000, 1, 1, 0, 0, 0)
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_EXCEL_DIGITS = 15


def _xlsx_value(value):
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if abs(value) < 10**_EXCEL_DIGITS else str(value)
    if isinstance(value, Decimal):
        if not value.is_finite() or len(value.as_tuple().digits) > _EXCEL_DIGITS:
            return str(value)
        return value
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None) if value.tzinfo is None else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value
    text = neutralise(ILLEGAL_CHARACTERS_RE.sub("", str(value)))
    return text[:32767]


def _text_cell(ws, text: str):
    """A header or description cell: text, never a formula, whatever it starts with."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, value=_xlsx_value(text))
    cell.data_type = "s"
    return cell


def _normalise_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps and attributes, entries in their order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            fixed.create_system = 0
            dst.writestr(fixed, src.read(info.filename), compresslevel=6)
    return out.getvalue()


def xlsx_bytes(table: Table, *, title: str = "", sheet: str = "data") -> bytes:
    """An XLSX copy of a table for spreadsheet users: a data sheet (Chinese titles as headers,
    typed cells) and a 字段说明 sheet (field name, title, type, notes). Deterministic bytes."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.writer.excel import ExcelWriter

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(re.sub(r"[\[\]:*?/\\]", "-", sheet)[:31] or "data")
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for fld in table.fields:
        cell = _text_cell(ws, str(fld.get("title") or fld["name"]))
        cell.font = bold
        header.append(cell)
    ws.append(header)
    formats = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm:ss", "time": "hh:mm:ss"}
    kinds = [f.get("type", "string") for f in table.fields]
    for row in table.rows:
        cells = []
        for kind, value in zip(kinds, row):
            value = _xlsx_value(value)
            cell = WriteOnlyCell(ws, value=value)
            if isinstance(value, str):
                cell.data_type = "s"              # never a formula, whatever the text starts with
            elif kind in formats and value is not None:
                cell.number_format = formats[kind]
            cells.append(cell)
        ws.append(cells)
    info = wb.create_sheet("字段说明")
    info.append([_text_cell(info, v) for v in ("字段 field", "名称 title", "类型 type",
                                               "说明 notes")])
    for fld in table.fields:
        info.append([_text_cell(info, str(v)) for v in (fld["name"], fld.get("title") or "",
                                                        fld.get("type", "string"),
                                                        _field_notes(fld))])
    wb.properties.creator = "gongkai"
    wb.properties.lastModifiedBy = "gongkai"
    wb.properties.title = title or None
    wb.properties.created = XLSX_EPOCH
    wb.properties.modified = XLSX_EPOCH
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()     # not save_workbook(): it stamps 'modified' with now
    return _normalise_zip(buffer.getvalue())


# --- notebook as HTML ------------------------------------------------------------------------

_EXPORTER = None


def notebook_html(path: Path, secrets: list[str] = (), public: set[str] = frozenset(),
                  public_names: bool | str = False) -> bytes:
    """The executed notebook as standalone HTML. The notebook in the package is already scrubbed;
    it is scrubbed again here (with the CKAN token among the secrets; ``public`` and
    ``public_names``: what the package publishes on purpose, as for the record itself)."""
    global _EXPORTER
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(path, as_version=4)
    nb = scrub_notebook(nb, secrets=[s for s in secrets if s], public=public,
                        public_names=public_names)
    if _EXPORTER is None:
        # nbconvert's own warnings (e.g. images without alt text) go to our logger, quietly
        quiet = logging.getLogger("gongkai.publish.nbconvert")
        quiet.setLevel(logging.ERROR)
        _EXPORTER = HTMLExporter(log=quiet)
    body, _ = _EXPORTER.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
    return body.encode("utf-8")


# --- the files of a dataset ------------------------------------------------------------------

@dataclass
class LocalFile:
    """One file to hold as a CKAN resource; ``name`` (its path in the package) is its key."""

    name: str
    path: Path                        # the staged copy that is gated and uploaded
    kind: str                         # data | xlsx | source | descriptor | report | run-record
    format: str
    mimetype: str
    description: str
    sha256: str
    size: int
    datastore: dict | None = field(default=None, repr=False)   # fields, primary_key, chunks
    marker: str | None = None         # fingerprint of the DataStore load (CSV only)

    @property
    def hash(self) -> str:
        return f"sha256:{self.sha256}"


def _inside(folder: Path, rel: str) -> Path:
    path = (folder / rel).resolve()
    if folder.resolve() not in path.parents:
        raise InputError(f"path {rel!r} points outside the package", path=str(folder))
    return path


def _stage_copy(src: Path, staging: Path, rel: str) -> Path:
    target = staging / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, target)
    return target


def _file(name, path, kind, fmt, mime, description, **extra) -> LocalFile:
    return LocalFile(name, path, kind, fmt, mime, description, sha256_file(path),
                     path.stat().st_size, **extra)


def load_descriptor(dataset_dir: Path) -> dict:
    path = Path(dataset_dir) / "datapackage.json"
    if not path.is_file():
        raise InputError("no datapackage.json in this folder", path=str(dataset_dir))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"datapackage.json is not valid JSON: {exc}", path=str(path)) from None


#: validation checks (``checks`` in reports/validation.json) as a reader knows them
CHECK_NAMES = {"header": "表头", "frictionless": "表结构", "columns": "表结构", "domain": "业务规则"}


def validation_description(path: Path, rows: dict) -> str:
    """The validation report in one sentence for the dataset page (the JSON is the resource):
    verdict, tables and rows, errors and warnings, what was checked. A report that cannot be
    read is an error: it would be published without its meaning."""
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"validation report is not readable JSON: {exc}", path=str(path)) from None
    parts = list((report.get("resources") or {}).values()) or [report]
    errors = int(report.get("error_count") or len(report.get("errors") or []))
    warnings = sum(len(part.get("warnings") or []) for part in parts)
    total = sum(rows.values()) if rows else sum(int(part.get("rows") or 0) for part in parts)
    tables = len(rows) or len(parts)
    checks: list[str] = []
    for part in parts:
        for check in part.get("checks") or []:
            name = CHECK_NAMES.get(check, check)
            if name not in checks:
                checks.append(name)
    verdict = "通过" if report.get("valid", not errors) else f"有 {errors} 个错误，按发布声明作为警告发布"
    text = f"校验报告：{verdict}。{tables} 张表共 {total} 行；{errors} 个错误，{warnings} 条警告"
    if checks:
        text += "；检查了" + "、".join(checks)
    return text + "。"


def source_file(dataset_dir: Path, descriptor: dict, staging: Path) -> LocalFile | None:
    """The document the data came from (``gongkai.source_file``, copied into the package when it
    holds no personal data), checked against the sha256 the provenance gives for it."""
    meta = descriptor.get("gongkai") or {}
    rel = meta.get("source_file")
    if not rel:
        return None
    src = _inside(dataset_dir, str(rel))
    if not src.is_file():
        raise InputError(f"source file {rel} is missing", path=str(dataset_dir))
    copy = _stage_copy(src, staging, str(rel))
    declared = {str(s.get("sha256")) for s in descriptor.get("sources") or [] if s.get("sha256")}
    declared |= {str((meta.get("source") or {}).get("sha256") or "")} - {""}
    digest = sha256_file(copy)
    if declared and digest not in declared:
        raise InputError(f"{rel} does not match the source sha256 in datapackage.json",
                         path=str(dataset_dir))
    suffix = Path(str(rel)).suffix.lower()
    mime = mimetypes.guess_type(str(rel))[0] or "application/octet-stream"
    return _file(str(rel), copy, "source", suffix[1:].upper() or "BIN", mime,
                 f"数据来源原件：{Path(str(rel)).name}（本数据集的表格由此文件整理而来，可下载核对）")


def prepare_files(dataset_dir: Path, descriptor: dict, staging: Path, *,
                  secrets: list[str] = ()) -> list[LocalFile]:
    """Copy or generate every file to upload into ``staging`` (same relative paths), in upload
    order. Checks each CSV against the hash in the descriptor."""
    dataset_dir = Path(dataset_dir)
    files: list[LocalFile] = []
    for res in descriptor.get("resources") or []:
        rel = str(res.get("path") or "")
        if not rel or isinstance(res.get("path"), list):
            raise InputError(f"resource {res.get('name')!r} has no single path", path=str(dataset_dir))
        src = _inside(dataset_dir, rel)
        if not src.is_file():
            raise InputError(f"resource file {rel} is missing", path=str(dataset_dir))
        copy = _stage_copy(src, staging, rel)
        digest = sha256_file(copy)
        declared = str(res.get("hash") or "")
        if declared and declared.split(":", 1)[-1] != digest and (
                declared.startswith("sha256:") or len(declared) == 64):
            raise InputError(f"{rel} does not match its hash in datapackage.json "
                             "(the package was changed after it was written)", path=str(dataset_dir))
        title = str(res.get("title") or res.get("name") or rel)
        schema = res.get("schema") if isinstance(res.get("schema"), dict) else None
        is_table = Path(rel).suffix.lower() == ".csv" and schema is not None
        if not is_table:
            files.append(_file(rel, copy, "data", str(res.get("format") or Path(rel).suffix[1:]).upper(),
                               str(res.get("mediatype") or "application/octet-stream"), title))
            continue
        table = read_table(copy, schema, rel=rel)
        ds_fields = datastore_fields(table)
        key = primary_key(schema)
        marker = hashlib.sha256(_canonical({"csv": digest, "fields": ds_fields, "primary_key": key})
                                .encode("utf-8")).hexdigest()
        files.append(_file(rel, copy, "data", "CSV", "text/csv", f"{title}（UTF-8 CSV，可通过 DataStore API 查询）",
                           datastore={"fields": ds_fields, "primary_key": key, "table": table},
                           marker=marker))
        xlsx_rel = str(Path(rel).with_suffix(".xlsx").as_posix())
        xlsx_path = staging / xlsx_rel
        xlsx_path.write_bytes(xlsx_bytes(table, title=title, sheet=str(res.get("name") or "data")))
        files.append(_file(xlsx_rel, xlsx_path, "xlsx", "XLSX",
                           "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           f"{title}（Excel 副本，由 {Path(rel).name} 生成）"))
    meta = descriptor.get("gongkai") or {}
    source = source_file(dataset_dir, descriptor, staging)
    if source is not None:
        files.append(source)
    dp = _stage_copy(dataset_dir / "datapackage.json", staging, "datapackage.json")
    files.append(_file("datapackage.json", dp, "descriptor", "JSON", "application/json",
                       "Data Package 描述文件：元数据、表结构（Table Schema）、来源与校验值"))
    reports = {str(v) for v in (meta.get("reports") or {}).values() if isinstance(v, str)}
    if (dataset_dir / "reports").is_dir():
        reports |= {p.relative_to(dataset_dir).as_posix()
                    for p in (dataset_dir / "reports").rglob("*") if p.is_file()
                    and not p.name.startswith(".")}
    labels = {"validation": "校验报告", "deidentification": "去标识化报告", "identities": "勾稽关系核对报告",
              "split": "公报拆分报告"}
    for rel in sorted(reports):
        src = _inside(dataset_dir, rel)
        if not src.is_file():
            raise InputError(f"report {rel} is missing", path=str(dataset_dir))
        copy = _stage_copy(src, staging, rel)
        suffix = Path(rel).suffix.lower()
        description = f"{labels.get(Path(rel).stem, '报告')}（{Path(rel).name}）"
        if rel == (meta.get("reports") or {}).get("validation"):
            description = validation_description(copy, meta.get("rows") or {})
        files.append(_file(rel, copy, "report", suffix[1:].upper() or "TXT",
                           "application/json" if suffix == ".json" else "text/plain", description))
    notebooks = set()
    if isinstance(meta.get("run_record"), dict) and meta["run_record"].get("path"):
        notebooks.add(str(meta["run_record"]["path"]))
    if (dataset_dir / "run").is_dir():
        notebooks |= {p.relative_to(dataset_dir).as_posix() for p in (dataset_dir / "run").glob("*.ipynb")}
    public = kept_values(dataset_dir) if notebooks else set()
    public_names = declares_public_names(load_descriptor(dataset_dir)) if notebooks else False
    for rel in sorted(notebooks):
        src = _inside(dataset_dir, rel)
        if not src.is_file():
            raise InputError(f"run record {rel} is missing", path=str(dataset_dir))
        html_rel = Path(rel).with_suffix(".html").as_posix()
        target = staging / html_rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(notebook_html(src, list(secrets), public, public_names))
        files.append(_file(html_rel, target, "run-record", "HTML", "text/html",
                           "处理过程记录：已执行并清理的 notebook（HTML）"))
    names = [f.name for f in files]
    if len(set(names)) != len(names):
        raise InputError("two files of the package map to the same resource name", path=str(dataset_dir))
    return files


def gate_files(staging: Path, descriptor: dict, files: list[LocalFile], *,
               secrets: list[str] = (), dataset: str = "") -> None:
    """The release gate over exactly the files about to be uploaded (the staged copies).
    Columns declared ``keep`` stay exempt in their CSV and in the XLSX made from it. A secret
    (the CKAN token, the pseudonymisation key) anywhere in a file blocks too."""

    allow = {k: set(v) for k, v in keep_columns(descriptor).items()}
    for res in descriptor.get("resources") or []:
        kept = allow.get(res.get("path"))
        if kept and str(res.get("path", "")).lower().endswith(".csv"):
            titles = {str(f.get("title")) for f in res["schema"]["fields"]
                      if f["name"] in kept and f.get("title")}
            titles |= {key(str(f.get("title"))) for f in res["schema"]["fields"]
                       for key in (public_names_key, officials_key)
                       if key(f["name"]) in kept and f.get("title")}
            allow[Path(res["path"]).with_suffix(".xlsx").as_posix()] = kept | titles
    with public_values(kept_values(staging, descriptor)):
        findings = scan_paths([staging], allow=allow, root=staging)
    if findings:
        raise ReleaseBlocked("personal data found in files to publish to CKAN, publish blocked:\n"
                             + format_findings(findings), path=dataset or str(staging))
    needles = [s.encode("utf-8") for s in secrets if s and len(s) >= 8]
    for f in files:
        data = f.path.read_bytes()
        for needle in needles:
            if needle in data:
                raise ReleaseBlocked(f"a secret (API token or key) appears in {f.name}; "
                                     "publish blocked (the value is not shown)",
                                     path=dataset or str(staging))


def secret_values(token: str | None) -> list[str]:
    """Secrets that must never be uploaded: the CKAN token and the pseudonymisation key."""

    # a key that cannot be read is no secret to look for (publishing needs no key)
    return known_secrets(token)


__all__ = ["LICENSES", "LocalFile", "Table", "ckan_name", "organization_identity", "license_id",
           "tags", "dataset_extras", "dataset_fields", "read_table", "datastore_fields",
           "primary_key", "record_chunks", "xlsx_bytes", "notebook_html", "load_descriptor",
           "prepare_files", "gate_files", "secret_values", "source_file", "validation_description"]
