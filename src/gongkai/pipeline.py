"""The stages for each kind of input, as functions from a file to a DatasetResult.

Each kind has a pure step ``<kind>_step(source, schema, key, ...) -> DatasetResult`` (extract,
validate, de-identify; it loads nothing but its source and writes nothing) and a runner
``run_<kind>(path, ...)`` that is the edge: it loads the schema and the pseudonymisation key
(:func:`gongkai.keyfile.load_key`) and calls the step. Notebooks call the runners and show what
they return; the batch runs the notebooks. Nothing here writes to ``published/``: the one
release path is :mod:`gongkai.release`.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .deid import PseudonymKeyError, deidentify_frame
from .errors import InputError, KeyUnavailable
from .keyfile import MISSING, load_key
from .extract.budget import budget_frame, check_identities, identity_report
from .extract.gazette import split_gazette
from .extract.listing import listing_frame
from .package import DatasetResult, ResourceData, public_source_path, slug
from .release import publish_result, stage as stage_result
from .validate.schema import load_schema
from .validate import normalise, validate_frame

from .kinds import KINDS, get


def _provenance(source: dict, pages=None) -> dict:
    out = {"title": Path(source["path"]).name, "path": public_source_path(source["path"]),
           "sha256": source["sha256"]}
    if pages:
        out["pages"] = pages
    return out


def _deidentify(frame: pd.DataFrame, schema: dict, key: bytes | None):
    """De-identify as the schema declares; a missing key is named with every place looked at."""

    try:
        return deidentify_frame(frame, schema, key=key)
    except PseudonymKeyError:
        if key is None:
            raise KeyUnavailable(MISSING) from None
        raise


def _deidentified_source_text(meta: dict) -> dict:
    """The lines printed around a table (its title line, notes below it, headers nobody mapped)
    go into the package's title, description and metadata, the catalogue and the run record:
    they are free text from the source and are de-identified like any remark."""
    from .deid.names import redact_personal

    out = dict(meta)
    if isinstance(out.get("title"), str):
        out["title"] = redact_personal(out["title"])
    for key in ("notes_after_table", "unmapped_headers"):
        if isinstance(out.get(key), list):
            out[key] = [redact_personal(v) if isinstance(v, str) else v for v in out[key]]
    return out


def run_listing(path: str | Path, *, dataset: str | None = None, period: str | None = None,
                schema_name: str = "dibao-listing") -> DatasetResult:
    """城乡低保 listing PDF -> validated, de-identified listing dataset."""
    return listing_step(path, load_schema(schema_name), load_key(), dataset=dataset, period=period)


def listing_step(path: str | Path, schema: dict, key: bytes | None, *, dataset: str | None = None,
                 period: str | None = None) -> DatasetResult:
    raw, meta = listing_frame(path, schema)
    meta = _deidentified_source_text(meta)
    frame = normalise(raw, schema)
    validation = validate_frame(frame, schema)
    deid_frame, deid_report = _deidentify(frame, schema, key)
    period = period or meta.get("period")
    name = slug(dataset or Path(path).stem)
    resource = ResourceData(name="listing", frame=deid_frame, schema=schema,
                            title=meta.get("title"), provenance=_provenance(meta["source"], meta["table"]["pages"]))
    problems = [] if validation.valid else [f"{len(validation.errors)} validation errors in the raw listing"]
    return DatasetResult(
        name=name, title=meta.get("title") or name, kind="listing", resources=[resource],
        source=meta["source"], period=period,
        description="公示名单，按数据目录的去标识化规则处理后发布。" + "；".join(meta.get("notes_after_table", [])),
        reports={"validation": validation.as_dict(), "deidentification": deid_report},
        problems=problems,
        extra={"unmapped_headers": meta.get("unmapped_headers", []),
               "notes_after_table": meta.get("notes_after_table", []),
               # printed header, its mapping and where rows and columns lie on the pages: the
               # record marks cells and blacks out personal columns on the page images with it
               "table": {k: meta["table"][k] for k in ("header", "mapped", "geometry")
                         if k in meta["table"]}},
    )


def run_budget(path: str | Path, *, dataset: str | None = None, period: str | None = None,
               schema_name: str = "budget-lines") -> DatasetResult:
    """Budget PDF -> tidy budget lines with the identity report."""
    return budget_step(path, load_schema(schema_name), load_key(), dataset=dataset, period=period)


def budget_step(path: str | Path, schema: dict, key: bytes | None, *, dataset: str | None = None,
                period: str | None = None) -> DatasetResult:
    lines, classified, info = budget_frame(path)
    pages = (info.get("source") or {}).get("pages") or 0
    if pages and len(info.get("pages_without_text") or []) >= pages:
        raise InputError(f"no text layer on any of its {pages} page(s) (a scan?): nothing to "
                         "extract; OCR it first", path=str(path))
    identities = check_identities(lines)
    frame = lines.copy()
    frame["amount"] = frame["amount"].map(lambda d: format(d, "f"))
    frame = frame.astype({c: "string" for c in frame.columns})
    for col in ("fiscal_year", "level", "decimals", "unit_factor", "page", "row"):
        frame[col] = frame[col].str.replace(r"\.0$", "", regex=True)
    validation = validate_frame(frame, schema)
    deid_frame, deid_report = _deidentify(frame, schema, key)
    department = next((bt.department for bt in classified if bt.department), None)
    year = next((bt.fiscal_year for bt in classified if bt.fiscal_year), None)
    name = slug(dataset or Path(path).stem)
    title = f"{department or ''}{year or ''}年{'决算' if any(bt.phase == 'executed' for bt in classified) else '预算'}"
    failed = [r for r in identities if not r["ok"]]
    resource = ResourceData(name="budget-lines", frame=deid_frame, schema=schema, title=title,
                            provenance=_provenance(info["source"]))
    return DatasetResult(
        name=name, title=title, kind="budget", resources=[resource], source=info["source"],
        period=period or (str(year) if year else None),
        description=f"{title}公开表格整理数据，共{len(classified)}张表，金额统一换算为元。",
        reports={"validation": validation.as_dict(), "deidentification": deid_report,
                 "identities": identity_report(identities, classified, info)},
        problems=([f"{len(failed)} budget identities do not hold"] if failed else [])
        + ([] if classified else ["no budget table found in the document"]),
    )


GAZETTE_ITEM_COLUMNS = [
    "issue_title", "issue_year", "issue_number", "issue_total_number", "issue_date", "seq", "title",
    "category", "doc_number", "doc_agency_code", "doc_year", "doc_serial", "issuer", "signed_date",
    "disclosure", "recipients", "cc", "page_start", "page_end", "printed_page_start",
    "printed_page_end", "tables", "text_chars", "flags", "ocr_confidence", "text"]


def gazette_items_frame(split: dict) -> pd.DataFrame:
    issue = split["issue"]
    rows = []
    for item in split["items"]:
        parsed = item.get("doc_number_parsed") or {}
        rows.append({
            "issue_title": issue.get("title"), "issue_year": issue.get("year"),
            "issue_number": issue.get("number"), "issue_total_number": issue.get("total_number"),
            "issue_date": issue.get("date"), "seq": item["seq"], "title": item["title"],
            "category": item.get("category"), "doc_number": item.get("doc_number"),
            "doc_agency_code": parsed.get("agency_code"), "doc_year": parsed.get("year"),
            "doc_serial": parsed.get("serial"), "issuer": "；".join(item.get("issuer") or []),
            "signed_date": item.get("signed_date"), "disclosure": item.get("disclosure"),
            "recipients": item.get("recipients"), "cc": item.get("cc"),
            "page_start": item["page_start"], "page_end": item["page_end"],
            "printed_page_start": item.get("printed_page_start"),
            "printed_page_end": item.get("printed_page_end"),
            "tables": len(item.get("tables") or []), "text_chars": len(item.get("text") or ""),
            "flags": "；".join(item.get("flags") or []) or None,
            "ocr_confidence": item.get("ocr_confidence"),
            "text": item.get("text"),
        })
    frame = pd.DataFrame(rows, columns=GAZETTE_ITEM_COLUMNS, dtype=object)   # the columns, even
    # for an issue without items (refused for that, with a reason, not a KeyError)
    # integers stay integers in the CSV ('2026', not '2026.0'), missing values stay empty
    return frame.map(lambda v: None if v is None or v is pd.NA else str(v)).astype("string")


def _combine_validation(reports: dict) -> dict:
    """One validation report for a dataset of several resources; each error names its resource."""
    errors = [dict(err, resource=name) for name, rep in reports.items() for err in rep.errors]
    return {"valid": all(rep.valid for rep in reports.values()), "error_count": len(errors),
            "errors": errors, "resources": {name: rep.as_dict() for name, rep in reports.items()}}


def run_gazette(path: str | Path, *, dataset: str | None = None, period: str | None = None,
                schema_name: str = "gazette-items") -> DatasetResult:
    """Gazette issue PDF -> one record per item (metadata) and the items' full texts."""
    return gazette_step(path, load_schema(schema_name), load_key(), dataset=dataset, period=period,
                        texts_schema=load_schema("gazette-texts"))


def gazette_step(path: str | Path, schema: dict, key: bytes | None, *, texts_schema: dict,
                 dataset: str | None = None, period: str | None = None) -> DatasetResult:
    split = split_gazette(path)
    frame = gazette_items_frame(split)
    # metadata and full texts are two resources: the item list stays small enough to browse
    items = frame.drop(columns=["text"])
    texts = frame[[f["name"] for f in texts_schema["fields"]]]
    item_schema = dict(schema, fields=[f for f in schema["fields"] if f["name"] != "text"])
    validation = _combine_validation({"gazette-items": validate_frame(items, item_schema),
                                      "gazette-texts": validate_frame(texts, texts_schema)})
    items_out, items_report = _deidentify(items, item_schema, key)
    texts_out, texts_report = _deidentify(texts, texts_schema, key)
    deid_report = {"resources": {"gazette-items": items_report, "gazette-texts": texts_report},
                   "fields": items_report["fields"] + texts_report["fields"],
                   "undeclared_hits": items_report["undeclared_hits"] + texts_report["undeclared_hits"]}
    issue = split["issue"]
    title = f"{issue.get('title') or '政府公报'}{issue.get('year') or ''}年第{issue.get('number') or '?'}期"
    name = slug(dataset or Path(path).stem)
    resource = ResourceData(name="gazette-items", frame=items_out, schema=item_schema, title=title,
                            provenance=_provenance(split["source"]))
    texts_resource = ResourceData(name="gazette-texts", frame=texts_out, schema=texts_schema,
                                  title=f"{title}（正文）", provenance=_provenance(split["source"]))
    return DatasetResult(
        name=name, title=title, kind="gazette", resources=[resource, texts_resource],
        source=split["source"],
        period=period or (f"{issue['year']}-{issue['number']:02d}" if issue.get("year") and issue.get("number") else None),
        description=f"{title}，按篇拆分的文件元数据与正文。",
        reports={"validation": validation, "deidentification": deid_report,
                 "split": {"problems": split["problems"], "items": len(split["items"]),
                           "printed_page_offset": split.get("printed_page_offset"),
                           "pages_without_text": split.get("pages_without_text"),
                           "family": split.get("family"), "ocr": split.get("ocr")}},
        problems=list(split["problems"]),
        extra={"issue": issue},
    )


def run_table(path: str | Path, *, schema_name: str, dataset: str | None = None,
              period: str | None = None, sheet: str | None = None) -> DatasetResult:
    """An office's spreadsheet (XLSX, CSV, TSV) -> validated, de-identified dataset of the
    Table Schema ``schema_name``."""
    return table_step(path, load_schema(schema_name), load_key(), dataset=dataset, period=period,
                      sheet=sheet, schema_name=schema_name)


# a note under the table that signs it (填表人 张三, 联系电话 ...) names a person: it is left out
# of the description; explanatory notes (注：金额单位为元) are kept
_SIGNATURE_NOTE = re.compile(r"^\s*(填报|填表|制表|审核|审批|负责人|单位负责人|联系人|联系电话|报送|打印)")
_PERIOD_PATTERNS = (
    (re.compile(r"((?:19|20)\d{2})\s*年\s*第?\s*([一二三四1-4])\s*季度"), "quarter"),
    (re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月"), "month"),
    (re.compile(r"((?:19|20)\d{2})-(\d{2})(?!\d)"), "month"),
    (re.compile(r"((?:19|20)\d{2})-[qQ]([1-4])(?!\d)"), "quarter"),
    (re.compile(r"((?:19|20)\d{2})\s*年"), "year"),
)


def find_period(*texts: str) -> str | None:
    """The reporting period a title or file name states: 2026年10月 -> 2026-10, 2026年第三季度
    -> 2026-Q3, 2026年度 -> 2026; the first text that states one wins."""
    for text in texts:
        for pattern, unit in _PERIOD_PATTERNS:
            m = pattern.search(text or "")
            if not m:
                continue
            year = m.group(1)
            if unit == "year":
                return year
            part = m.group(2)
            if unit == "quarter":
                return f"{year}-Q{'一二三四'.index(part) + 1 if part in '一二三四' else int(part)}"
            if 1 <= int(part) <= 12:
                return f"{year}-{int(part):02d}"
    return None


def _file_source(path: Path) -> dict:
    import hashlib

    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return {"path": str(path), "sha256": digest.hexdigest(), "bytes": path.stat().st_size,
            "format": path.suffix.lower().lstrip(".")}


def _sheet_errors(report, sheet: str | None, several: bool) -> list[dict]:
    """A sheet's validation errors, each naming its sheet (rows are that sheet's rows)."""
    out = []
    for err in report.errors:
        err = dict(err, sheet=sheet)
        if several and sheet and err.get("note"):
            err["note"] = f"工作表“{sheet}”{err['note']}"
        out.append(err)
    return out


def _keys_across_sheets(frames: list[pd.DataFrame], schema: dict) -> list[dict]:
    """Primary-key values repeated in two sheets (each sheet's own repeats are its validation's)."""
    keys = schema.get("primaryKey") or []
    keys = [keys] if isinstance(keys, str) else list(keys)
    if len(frames) < 2 or not keys:
        return []
    seen: dict[tuple, tuple[str, int]] = {}
    errors = []
    for frame in frames:
        if not all(k in frame.columns for k in keys):
            continue
        sheet, first = frame.attrs.get("sheet"), int(frame.attrs.get("row_offset", 0)) + 2
        for i, values in enumerate(frame[keys].itertuples(index=False, name=None)):
            if not any(str(v).strip() for v in values):
                continue
            if values in seen and seen[values][0] != sheet:
                other_sheet, other_row = seen[values]
                errors.append({"type": "primary-key", "rowNumber": i + first, "fieldName": None,
                               "sheet": sheet, "cell": "", "message": "duplicate primary key across sheets",
                               "note": f"工作表“{sheet}”第{i + first}行 主键与工作表“{other_sheet}”"
                                       f"第{other_row}行重复"})
            seen.setdefault(values, (sheet, i + first))
    return errors


def table_step(path: str | Path, schema: dict, key: bytes | None, *, dataset: str | None = None,
               period: str | None = None, sheet: str | None = None,
               schema_name: str | None = None) -> DatasetResult:
    """Read every sheet that fits ``schema`` (or ``sheet``), validate each with its own row
    numbers (the sheet's rows, the CSV's lines), de-identify as the schema declares, and
    make one resource of all the rows."""
    from .deid import find_all
    from .validate.tabular import read_tables

    path = Path(path)
    frames = [normalise(f, schema) for f in read_tables(path, schema, sheet=sheet)]
    titles = [t for f in frames for t in f.attrs.get("title_rows", [])]
    period = period or find_period(*titles, path.stem)
    several = len(frames) > 1
    reports = [validate_frame(f, schema, period=period) for f in frames]
    errors = [e for f, rep in zip(frames, reports)
              for e in _sheet_errors(rep, f.attrs.get("sheet"), several)]
    errors += _keys_across_sheets(frames, schema)
    names = [f["name"] for f in schema["fields"]]
    columns = [n for n in names if any(n in f.columns for f in frames)]
    columns += [c for f in frames for c in f.columns if c not in columns]
    frame = pd.concat([f.reindex(columns=columns) for f in frames], ignore_index=True)
    frame = frame.astype(object).where(frame.notna(), None).astype("string")
    validation = {"valid": not errors and all(r.valid for r in reports), "rows": len(frame),
                  "error_count": len(errors), "errors": errors,
                  "warnings": [w for r in reports for w in r.warnings],
                  "skipped": [s for r in reports for s in r.skipped][:20],
                  "checks": reports[0].checks if reports else [], "row_numbers": "source"}
    deid_frame, deid_report = _deidentify(frame, schema, key)
    layout = [{"sheet": f.attrs.get("sheet"), "rows": len(f),
               "first_row": int(f.attrs.get("row_offset", 0)) + 2,
               "header_rows": f.attrs.get("header_rows", []),
               "title_rows": len(f.attrs.get("title_rows", [])),
               "left_out_rows": f.attrs.get("left_out_rows", []),
               "row_counter": f.attrs.get("row_counter"),
               "unmapped_headers": f.attrs.get("unmapped_headers", [])} for f in frames]
    # a title line is the dataset's title when it names nobody
    title = next((t for t in titles if len(t) >= 6 and not find_all(t)), None) \
        or f"{schema.get('title', path.stem)}{'（' + period + '）' if period else ''}"
    notes = [n for f in frames for n in f.attrs.get("notes_after_table", [])
             if not _SIGNATURE_NOTE.match(n) and not find_all(n)]
    source = _file_source(path) | {"sheets": [f.attrs.get("sheet") for f in frames if f.attrs.get("sheet")]}
    name = slug(dataset or path.stem)
    schema_name = schema_name or str(schema.get("gongkai", {}).get("dataset_kind") or "table")
    resource_name = slug(Path(schema_name).name.removesuffix(".yaml").removesuffix(".schema")
                         .replace("_", "-"))
    resource = ResourceData(name=resource_name, frame=deid_frame, schema=schema, title=title,
                            provenance=_provenance(source) | {
                                "sheets": [{"sheet": part["sheet"], "first_row": part["first_row"],
                                            "rows": part["rows"]} for part in layout]})
    problems = [] if validation["valid"] else [f"{len(errors)} validation errors in the table"]
    unmapped = sorted({h for part in layout for h in part["unmapped_headers"]})
    if unmapped:
        problems.append(f"columns not in the schema: {', '.join(unmapped)}")
    return DatasetResult(
        name=name, title=title, kind="table", resources=[resource], source=source, period=period,
        description="".join([schema.get("description") or title, "。" if notes else "",
                             *dict.fromkeys(notes)]),
        source_public=False,
        reports={"validation": validation, "deidentification": deid_report},
        problems=problems,
        extra={"schema": schema_name, "layout": layout,
               "format": source["format"], "encoding": frames[0].attrs.get("encoding") if frames else None},
    )


def run(kind: str, path: str | Path, **kwargs) -> DatasetResult:
    """The runner of ``kind`` (see :mod:`gongkai.kinds`)."""
    return get(kind).run(path, **kwargs)


def stage(result: DatasetResult, out_dir: str | Path, *, run_id: str | None = None) -> Path:
    """Write ``result`` as a Data Package into a fresh staging folder under ``out_dir``."""

    return stage_result(result, Path(out_dir), run_id=run_id)


def publish(result: DatasetResult, out_dir: str | Path, *, run_id: str | None = None):
    """Stage, gate, take the validation verdict and move into ``out_dir/<dataset>``: the
    release path of :mod:`gongkai.release`; returns its :class:`~gongkai.release.ReleaseOutcome`."""

    return publish_result(result, Path(out_dir), run_id=run_id)


__all__ = ["run", "run_listing", "run_budget", "run_gazette", "run_table", "listing_step",
           "budget_step", "gazette_step", "table_step", "find_period", "stage", "publish", "KINDS"]
