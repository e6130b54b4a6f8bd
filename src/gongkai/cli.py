"""The ``gongkai`` command. Each subcommand is a thin shell over a library function.

Bad input never shows a traceback: one line naming the file and the reason, and a non-zero
exit (2 for unusable input, 1 for data that fails its checks).
"""

from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import GongkaiError, InputError, ReleaseBlocked, ValidationFailed
from .files import write_atomic


def _friendly(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            click.echo(f"gongkai: {exc}", err=True)
            sys.exit(2)
        except (ValidationFailed, ReleaseBlocked) as exc:
            click.echo(f"gongkai: {exc}", err=True)
            sys.exit(1)
        except GongkaiError as exc:
            click.echo(f"gongkai: {exc}", err=True)
            sys.exit(2)
    return wrapper


def _write_json(path: Path, data) -> None:
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _names(kind: str) -> str:
    """The names --help lists: Table Schemas, gazette families, input kinds."""
    try:
        if kind == "schemas":
            from .validate.schema import schema_names

            return ", ".join(schema_names())
        if kind == "families":
            from .extract.gazette.families import list_families

            return ", ".join(list_families())
        from .kinds import names

        return names()
    except Exception:  # noqa: BLE001 - help must print even from a damaged install
        return "?"


SCHEMA_HELP = "Table Schema: one of " + _names("schemas") + ", or a path to a .yaml/.json schema"


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog=f"\b\nInput kinds: {_names('kinds')}\nTable Schemas (--schema): {_names('schemas')}\n"
                    f"Gazette families (--family): {_names('families')}")
@click.version_option(__version__, prog_name="gongkai")
def main() -> None:
    """gongkai (公开): government PDFs and office spreadsheets to validated, de-identified
    open data."""


@main.command()
@click.option("--raw", "raw_dir", default="raw", type=click.Path(path_type=Path), show_default=True)
@click.option("--out", "out_dir", default="published", type=click.Path(path_type=Path), show_default=True)
@click.option("--period", default=None, help="YYYY-MM, for inputs that do not state it")
@click.option("--jobs", default=None, type=click.IntRange(min=1),
              help="notebooks run in parallel on this machine [default: the number of cores]")
@click.option("--only", default=None, metavar="PATTERN",
              help="run only inputs whose path or dataset name matches (substring or glob)")
@click.option("--force", is_flag=True, help="run every input, even those unchanged since their last run")
@click.option("--timeout", default=900, type=click.IntRange(min=1), show_default=True,
              help="seconds one notebook may run before it is stopped and reported")
@click.option("--scheduler", default=None, metavar="tcp://HOST:PORT",
              help="run each notebook on this Dask distributed cluster (workers must see RAW and "
                   "OUT at the same paths)")
@click.option("--progress/--no-progress", default=True,
              help="progress bar on a terminal (plain log lines otherwise)")
@_friendly
def batch(raw_dir: Path, out_dir: Path, period: str | None, jobs: int | None, only: str | None,
          force: bool, timeout: int, scheduler: str | None, progress: bool) -> None:
    """Run what changed in RAW through its notebook into OUT (the monthly batch).

    Unchanged inputs (per the ledger OUT/.ledger.sqlite) are skipped; the report is written to
    OUT/.runs/<run id>/report.md and report.html. Exit 1 when an input failed, 130 when
    interrupted (rerun to finish).
    """
    from .batch import run_batch

    if not raw_dir.is_dir():
        raise InputError("raw folder not found", path=str(raw_dir))
    report = run_batch(raw_dir, out_dir, period=period, jobs=jobs, only=only, force=force,
                       timeout=timeout, scheduler=scheduler, progress=progress)
    click.echo(f"{report['inputs']} inputs: {report['published']} published, "
               f"{report['failed']} failed, {report['unchanged']} unchanged"
               + (f", {report['refused']} refused" if report.get("refused") else "")
               + (f", {report['interrupted']} interrupted" if report["interrupted"] else "")
               + f"; report: {out_dir}/.runs/{report['run_id']}/report.md")
    if report.get("ckan"):
        click.echo(f"CKAN {report['ckan']['url']}: {report['ckan']['published']} published, "
                   f"{report['ckan']['failed']} failed")
    if report.get("interrupted"):
        click.echo("interrupted: run the same command again to finish", err=True)
        sys.exit(130)
    if report["failed"] or report.get("refused") or (report.get("ckan") or {}).get("failed"):
        sys.exit(1)


@main.command()
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option("--json", "json_out", required=True, type=click.Path(path_type=Path))
@click.option("--pages", default=None, help="e.g. 1-3,7 (1-based)")
@click.option("--ruled-only", is_flag=True, help="only tables with a full grid of rulings")
@click.option("--jobs", type=int, default=None, help="processes (default: the idle cores)")
@click.option("--debug-dir", type=click.Path(path_type=Path), default=None,
              help="write each table's page with its detected cells as PNG")
@_friendly
def tables(pdf: Path, json_out: Path, pages: str | None, ruled_only: bool, jobs: int | None,
           debug_dir: Path | None) -> None:
    """Extract every table of PDF (stitched over pages) as JSON."""
    from .extract.tables import extract_tables

    found, info = extract_tables(pdf, pages, unruled=not ruled_only, jobs=jobs)
    _refuse_empty(pdf, found, info)
    _write_json(json_out, {"source": info["source"], "pages_without_text": info["pages_without_text"],
                           "tables": [t.as_dict() for t in found]})
    if debug_dir:
        debug_dir.mkdir(parents=True, exist_ok=True)
        for t in found:
            t.debug_image(pdf).save(debug_dir / f"{t.id}.png")
    click.echo(f"{len(found)} tables from {pdf} -> {json_out}")


@main.command()
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option("--json", "json_out", required=True, type=click.Path(path_type=Path))
@click.option("--family", default=None,
              help=f"gazette family: one of {_names('families')}, or a YAML file [default: detected]")
@click.option("--ocr/--no-ocr", "ocr", default=None,
              help="OCR pages without a text layer [default: when tesseract is installed]")
@_friendly
def gazette(pdf: Path, json_out: Path, family: str | None, ocr: bool | None) -> None:
    """Split a gazette issue into items with their metadata."""
    from .extract.gazette import split_gazette

    split = split_gazette(pdf, family=family, ocr=ocr)
    if not split["items"]:
        raise InputError("no item found in this issue (" + ("; ".join(split["problems"][:3])
                         or "no title, 文号 or heading the splitter knows") + ")", path=str(pdf))
    _write_json(json_out, split)
    click.echo(f"{len(split['items'])} items from {pdf} -> {json_out}")
    for problem in split["problems"]:
        click.echo(f"warning: {pdf}: {problem}", err=True)


@main.command()
@click.argument("pdf", type=click.Path(path_type=Path))
@click.option("--csv", "csv_out", required=True, type=click.Path(path_type=Path))
@click.option("--report", "report_out", default=None, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="exit 1 when an identity does not hold")
@_friendly
def budget(pdf: Path, csv_out: Path, report_out: Path | None, strict: bool) -> None:
    """Budget PDF to tidy budget lines (CSV) with the identity report."""
    from .extract.budget import budget_frame, check_identities, identity_report

    lines, classified, info = budget_frame(pdf)
    _refuse_empty(pdf, lines, info)
    results = check_identities(lines)
    csv_out.parent.mkdir(parents=True, exist_ok=True)
    lines.to_csv(csv_out, index=False)
    failed = [r for r in results if not r["ok"]]
    if report_out:
        _write_json(report_out, {"source": info["source"]} | identity_report(results, classified, info))
    click.echo(f"{len(classified)} tables, {len(lines)} lines; identities: {len(results) - len(failed)}"
               f"/{len(results)} hold")
    for r in failed:
        click.echo(f"identity fails: {pdf}, page {r['page']}, row {r['row']}: {r['rule']} "
                   f"({r['table']} {r['subject']}): expected {r['expected']}, actual {r['actual']}",
                   err=True)
    if strict and failed:
        sys.exit(1)


def _refuse_empty(pdf: Path, found, info: dict) -> None:
    """Nothing extracted is unusable input (exit 2), not an empty result: a PDF without a text
    layer (a scan) or one whose pages hold no table."""
    pages = (info.get("source") or {}).get("pages")
    without = info.get("pages_without_text") or []
    if len(found) or not pages:
        return
    if len(without) >= pages:
        raise InputError(f"no text layer on any of its {pages} page(s) (a scan?): nothing to "
                         "extract; OCR it first", path=str(pdf))
    raise InputError(f"no table found on any of its {pages} page(s): nothing to extract",
                     path=str(pdf))


def _read_table(path: Path, schema: dict | None):
    from .validate.tabular import read_table

    return read_table(path, schema)


@main.command()
@click.argument("data", type=click.Path(path_type=Path))
@click.option("--schema", "schema_name", required=True, help=SCHEMA_HELP)
@click.option("--json", "json_out", default=None, type=click.Path(path_type=Path),
              help="write the report (errors as data) here")
@click.option("--period", default=None,
              help="the period the data covers (YYYY, YYYY-MM, YYYY-Qn or START/END), for date_in_period")
@click.option("--engine", default="auto", show_default=True,
              type=click.Choice(["auto", "frictionless", "columns"]),
              help="frictionless (row by row) or columns (column-wise, same errors); auto by size")
@click.option("--sheet", default=None, help="XLSX sheet (default: the one whose header fits the schema)")
@_friendly
def validate(data: Path, schema_name: str, json_out: Path | None, period: str | None,
             engine: str, sheet: str | None) -> None:
    """Validate a CSV or XLSX against a Table Schema (exit 0 valid, 1 invalid, 2 unusable).

    CSV in UTF-8, UTF-16 or GB18030/GBK; printed Chinese headers are matched to the schema's
    fields through their titles; a title row above the header is skipped."""
    from .validate.schema import load_schema
    from .validate.stream import validate_file

    schema = load_schema(schema_name)
    report, source, rows = validate_file(data, schema, engine=engine, sheet=sheet, period=period)
    if json_out:
        result = report.as_dict()
        result["source"] = source
        _write_json(json_out, result)
    for warning in report.warnings:
        click.echo(f"{data}: 注意：{warning}", err=True)
    for skipped in report.skipped:
        click.echo(f"{data}: 未执行检查 {skipped['check']}：{skipped['reason']}", err=True)
    if report.valid:
        click.echo(f"valid: {data} ({rows} rows)")
        return
    for err in report.errors[:50]:
        click.echo(f"{data}: {err['note']}", err=True)
    if len(report.errors) > 50:
        click.echo(f"{data}: …… 另有{len(report.errors) - 50}个错误，见 --json 报告", err=True)
    raise ValidationFailed(f"{len(report.errors)} errors", path=str(data))


@main.command()
@click.argument("csv", type=click.Path(path_type=Path))
@click.option("--schema", "schema_name", default=None, help=SCHEMA_HELP)
@click.option("--out", "out", required=True, type=click.Path(path_type=Path))
@click.option("--report", "report_out", default=None, type=click.Path(path_type=Path))
@_friendly
def deidentify(csv: Path, schema_name: str | None, out: Path, report_out: Path | None) -> None:
    """De-identify a table as its schema declares (or, without one, every detected value)."""
    from .deid import deidentify_frame
    from .deid.gate import format_findings, scan_frame
    from .deid.policy import kept_fields
    from .validate.schema import load_schema

    from .validate import normalise

    schema = load_schema(schema_name) if schema_name else None
    frame = _read_table(csv, schema)
    # pandas deep-copies attrs into every column it hands out: the reader's notes (every
    # header, the mapping) made a wide table quadratic (3 rows of 1,000 columns: 40 s)
    frame.attrs.clear()
    if schema is not None:
        frame = normalise(frame, schema)
    from .keyfile import MISSING, load_key
    from .deid import PseudonymKeyError

    key = load_key()
    try:
        result, report = deidentify_frame(frame, schema, key=key)
    except PseudonymKeyError as exc:
        raise InputError(MISSING if key is None else str(exc), path=str(csv)) from None
    except (KeyError, ValueError, RuntimeError) as exc:
        raise InputError(str(exc), path=str(csv)) from None
    remaining = scan_frame(result, allow_columns=kept_fields(schema))
    if remaining:
        if report_out:
            _write_json(report_out, report)
        raise ReleaseBlocked("personal data would remain:\n" + format_findings(remaining), path=str(csv))
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    result.to_csv(tmp, index=False)
    os.replace(tmp, out)
    if report_out:
        _write_json(report_out, report)
    click.echo(f"de-identified {len(result)} rows -> {out}")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--schema", "schema_name", default=None,
              help="columns this schema declares `keep` may hold personal data (e.g. a hotline); "
                   + SCHEMA_HELP)
@_friendly
def scan(paths: tuple[Path, ...], schema_name: str | None) -> None:
    """The release gate over files or folders: exit 0 clean, 1 with the report.

    A folder holding a datapackage.json is scanned under its own schemas' `keep` declarations.
    """
    from .deid.gate import format_findings, public_values, scan_paths
    from .deid.policy import kept_fields
    from .publish.local import folder_declarations
    from .validate.schema import load_schema

    keep_all: set[str] = set()
    if schema_name:
        keep_all = kept_fields(load_schema(schema_name))
    findings = []
    for path in paths:
        if not path.exists():
            raise InputError("file not found", path=str(path))
        allow, public = None, set()
        if path.is_dir():
            allow, public = folder_declarations(path)
        elif keep_all:
            allow = {"*": keep_all}
        with public_values(public):
            findings += scan_paths([path], allow=allow)
    if findings:
        click.echo(format_findings(findings))
        sys.exit(1)
    click.echo(f"clean: {', '.join(str(p) for p in paths)}")


@main.command()
@click.argument("table", type=click.Path(path_type=Path))
@click.option("--schema", "schema_name", required=True, help=SCHEMA_HELP)
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path),
              help="catalogue folder: the package is released as OUT/<dataset>")
@click.option("--dataset", default=None, help="dataset name [default: the file name]")
@click.option("--period", default=None,
              help="YYYY, YYYY-MM or YYYY-Qn [default: read from the title line or file name]")
@click.option("--sheet", default=None, help="XLSX sheet [default: every sheet whose header fits]")
@click.option("--organization", default=None, help="the publishing office (CKAN organization)")
@_friendly
def package(table: Path, schema_name: str, out_dir: Path, dataset: str | None,
            period: str | None, sheet: str | None, organization: str | None) -> None:
    """A one-off spreadsheet (XLSX, CSV, TSV) to a released Data Package in OUT/<dataset>.

    The same steps as kind `table` in the batch: read, validate, de-identify as the schema
    declares, then the release path (stage, frictionless, personal-data gate, validation
    verdict, atomic move). Exit 0 released, 1 refused, 2 unusable input."""
    from .pipeline import run_table
    from .release import ReleasePolicy, publish_result

    result = run_table(table, schema_name=schema_name, dataset=dataset, period=period, sheet=sheet)
    result.organization = organization
    outcome = publish_result(result, out_dir, policy=ReleasePolicy(organization=organization))
    for warning in outcome.warnings:
        click.echo(f"{table}: 警告：{warning}", err=True)
    if outcome.status != "published":
        for reason in outcome.reasons:
            click.echo(f"{table}: {reason}", err=True)
        raise ValidationFailed(f"不予发布 (refused): {outcome.dataset}", path=str(table))
    rows = ", ".join(f"{name} {n} rows" for name, n in outcome.rows.items())
    click.echo(f"published {outcome.dataset} ({rows}) -> {out_dir / outcome.folder}")


@main.command()
@click.argument("dataset_dir", type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default=None, type=click.Path(path_type=Path),
              help="local catalogue folder (default: the dataset's parent)")
@click.option("--ckan", "ckan_url", default=None, metavar="URL",
              help="also publish to this CKAN; the API token comes from $CKAN_API_TOKEN")
@click.option("--org", default=None,
              help="CKAN organization, created when missing (default: the package's gongkai.organization)")
@click.option("--dry-run", is_flag=True, help="with --ckan: print the plan and change nothing")
@_friendly
def publish(dataset_dir: Path, out_dir: Path | None, ckan_url: str | None, org: str | None,
            dry_run: bool) -> None:
    """Check a Data Package folder (frictionless + release gate), list it in the catalogue,
    and with --ckan make the CKAN dataset match it (only what changed is sent)."""
    from .publish.local import check_package, gate, write_catalog
    from .release import verdict

    if not (dataset_dir / "datapackage.json").exists():
        raise InputError("no datapackage.json in this folder", path=str(dataset_dir))
    if (dry_run or org) and not ckan_url:
        raise InputError("--dry-run and --org need --ckan URL")
    decided = verdict(dataset_dir)
    for warning in decided.warnings:
        click.echo(f"{dataset_dir}: 警告：{warning}", err=True)
    if not decided.release:
        raise ValidationFailed("不予发布：" + "；".join(decided.reasons), path=str(dataset_dir))
    gate(dataset_dir)
    check_package(dataset_dir, tolerate=decided.tolerated)
    if not dry_run:
        catalog = write_catalog(out_dir or dataset_dir.parent)
        click.echo(f"published {dataset_dir.name}; catalogue: {catalog}")
    if ckan_url:
        from .publish.ckan import publish_to_ckan

        result = publish_to_ckan(dataset_dir, ckan_url, org=org, dry_run=dry_run)
        click.echo(result.format() if dry_run or result.changed else result.summary())


if __name__ == "__main__":  # pragma: no cover
    main()
