"""The release gate: scan files about to be published for personal values, and scrub notebooks.

:func:`scan_paths` reads every file under the given files and folders: CSV/TSV (UTF-8 with or
without BOM, GB18030, UTF-16 with BOM), XLSX, JSON, Jupyter notebooks (sources, outputs,
metadata including papermill parameters), HTML, Markdown, text and log files. A
:class:`Finding` names the file, where in it (row and column for tables, a JSON path, a cell and
output, a line) and the detector that fired; it never holds the value.

Columns declared ``deidentify: keep`` (a lawfully public 监督举报电话, say) may be exempted per
file with ``allow``; the same kind of value anywhere else is still a finding.

:func:`scrub_notebook` cleans an executed notebook before it is archived or published.
"""

from __future__ import annotations

import codecs
import contextlib
import contextvars
import copy
import csv
import fnmatch
import io
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import pandas as pd

from .detectors import PREFILTER, Hit, find_all, redact_text, series_hits
from .methods import KEY_ENV

__all__ = ["Finding", "scan_paths", "scan_frame", "scan_text", "format_findings",
           "scrub_notebook", "is_secret_name", "public_values"]

TABLE_SUFFIXES = {".csv", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
JSON_SUFFIXES = {".json", ".geojson", ".jsonld"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MD_SUFFIXES = {".md", ".markdown"}
BINARY_SUFFIXES = {".pdf", ".png", ".jpg", ".jpeg", ".gif", ".zip", ".gz", ".parquet", ".xls",
                   ".docx", ".pyc", ".whl", ".tar", ".bz2", ".xz", ".7z", ".ico", ".woff",
                   ".woff2", ".ttf", ".otf", ".db", ".sqlite"}
SKIP_DIRS = {".git", "__pycache__"}
_SECRET_WORDS = {"key", "keys", "token", "tokens", "password", "passwd", "pwd", "secret",
                 "secrets", "credential", "credentials", "apikey", "auth", "cookie", "session",
                 "passphrase", "salt", "pepper", "signature"}


def is_secret_name(name: str) -> bool:
    """A parameter name that looks like it holds a secret: pseudonym_key, CKAN_TOKEN, apiKey,
    db_password ... (split on _, -, . and camelCase; not author, monkey or keyword)."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", str(name))
    words = [w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w]
    joined = "".join(words)
    return any(w in _SECRET_WORDS for w in words) or joined.endswith(
        ("apikey", "secretkey", "privatekey", "accesskey", "password", "token", "secret"))
_BASE64_RE = re.compile(r"^[A-Za-z0-9+/=\s]{200,}$")


@dataclass(frozen=True)
class Finding:
    """A personal value found in a file: which file, where, which detector. Never the value."""

    file: str
    location: str
    detector: str
    kind: str = ""
    column: str | None = None
    row: int | None = None


# --- frames and text -------------------------------------------------------------------------

def scan_frame(df: pd.DataFrame, allow_columns: Iterable[str] = (), *, file: str = "",
               where: str = "") -> list[Finding]:
    """Findings in every column of ``df`` except ``allow_columns``; rows are numbered as the
    validator numbers them (:func:`gongkai.validate.tabular.source_row`: the file's line or
    the sheet's row, the header being row 1 of a frame not read from a file). Column headers
    are scanned too."""
    from ..validate.tabular import source_row

    allowed = {str(c) for c in allow_columns}
    findings: list[Finding] = []
    prefix = f"{where}, " if where else ""
    for index, column in enumerate(df.columns):
        name = str(column)
        header_hits = _quick_hits(name)
        for h in header_hits:
            findings.append(Finding(file, f"{prefix}header of column {index + 1}", h.detector,
                                    h.kind))
        if name in allowed:
            continue
        if header_hits:
            name = f"column {index + 1}"          # never put a personal value in a finding
        for pos, text, hits in series_hits(df[column]):
            row = source_row(df, pos)
            for h in _not_public(text, hits):
                findings.append(Finding(file, f"{prefix}row {row}, column {name}", h.detector,
                                        h.kind, column=name, row=row))
    return findings


# --- values published on purpose ------------------------------------------------------------
# A package publishes some values on purpose: those of its columns declared ``deidentify: keep``
# (a lawfully public 监督举报电话, say). Where the run record or a report shows such a value next
# to the data, it is neither a finding nor scrubbed: the record must show what was published.
# Set for one release with :func:`public_values`; compared without spaces, dashes and brackets.
_PUBLIC: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("gongkai_public_values",
                                                                         default=frozenset())
_VALUE_NOISE = re.compile(r"[\s\-‐-―()（）]")


def _value_key(text: str) -> str:
    return _VALUE_NOISE.sub("", text)


@contextlib.contextmanager
def public_values(values: Iterable[str]):
    """Within this block, hits whose text is one of ``values`` are not personal data to report."""
    token = _PUBLIC.set(frozenset(_value_key(str(v)) for v in values if str(v).strip()))
    try:
        yield
    finally:
        _PUBLIC.reset(token)


def _not_public(text: str, hits: list[Hit]) -> list[Hit]:
    public = _PUBLIC.get()
    if not public or not hits:
        return hits
    return [h for h in hits if _value_key(text[h.start:h.end]) not in public]


def _quick_hits(text: str) -> list[Hit]:
    if not text or not PREFILTER.search(text):
        return []
    if len(text) >= 200 and _BASE64_RE.match(text) and " " not in text.strip():
        return []                                   # embedded base64 (images, archives)
    return _not_public(text, find_all(text))


def scan_text(text: str, *, file: str = "", where: str = "", first_line: int = 1) -> list[Finding]:
    """Findings in free text, located by line (``where`` prefixes the location)."""
    findings = []
    prefix = f"{where}, " if where else ""
    for i, line in enumerate(text.splitlines(), start=first_line):
        for h in _quick_hits(line):
            findings.append(Finding(file, f"{prefix}line {i}", h.detector, h.kind, row=i))
    return findings


# --- decoding --------------------------------------------------------------------------------

def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, GB18030; Latin-1 as the last resort."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    for enc in ("utf-8", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


# --- CSV -------------------------------------------------------------------------------------

def _read_csv_text(text: str, suffix: str) -> pd.DataFrame:
    if suffix == ".tsv":
        sep = "\t"
    else:
        try:
            sep = csv.Sniffer().sniff(text[:8192], delimiters=",\t;|").delimiter
        except csv.Error:
            sep = ","
    try:
        return pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False,
                           na_filter=False, engine="c")
    except (pd.errors.ParserError, ValueError):
        rows = list(csv.reader(io.StringIO(text), delimiter=sep))
        if not rows:
            return pd.DataFrame()
        width = max(len(r) for r in rows)
        header = [h if h else f"column {i + 1}" for i, h in
                  enumerate(rows[0] + [""] * (width - len(rows[0])))]
        header = [h if header.index(h) == i else f"{h}.{i}" for i, h in enumerate(header)]
        body = [r + [""] * (width - len(r)) for r in rows[1:]]
        return pd.DataFrame(body, columns=header, dtype="str")


def _scan_csv(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    text = decode_bytes(path.read_bytes())
    if not text.strip():
        return []
    frame = _read_csv_text(text, path.suffix.lower())
    return scan_frame(frame, allowed, file=rel)


# --- XLSX ------------------------------------------------------------------------------------

def _scan_xlsx(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    import openpyxl
    from openpyxl.utils import get_column_letter

    findings: list[Finding] = []
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            header = None
            header_row = 0
            for r_index, row in enumerate(rows, start=1):
                if any(v is not None and str(v).strip() for v in row):
                    header = list(row)
                    header_row = r_index
                    break
            if header is None:
                continue
            body = [list(r) for r in rows]
            width = max([len(header)] + [len(r) for r in body])
            names = []
            for i in range(width):
                h = header[i] if i < len(header) else None
                text = _cell_text(h) if not isinstance(h, str) else h
                hits = _quick_hits(text) if text else []
                for hit in hits:
                    findings.append(Finding(rel, f"sheet {ws.title}, header cell "
                                            f"{get_column_letter(i + 1)}{header_row}",
                                            hit.detector, hit.kind))
                names.append(str(h).strip() if h is not None and str(h).strip() and not hits
                             else f"column {get_column_letter(i + 1)}")
            if not body:
                continue
            data = {}
            for i, name in enumerate(names):
                col = [(r[i] if i < len(r) else None) for r in body]
                data[i] = pd.Series([None if v is None else (v if isinstance(v, str) else
                                     _cell_text(v)) for v in col], dtype=object)
            for i, name in enumerate(names):
                if name in allowed:
                    continue
                for pos, text, hits in series_hits(data[i]):
                    excel_row = header_row + pos + 1
                    for hit in _not_public(text, hits):
                        findings.append(Finding(
                            rel, f"sheet {ws.title}, cell {get_column_letter(i + 1)}{excel_row}, "
                                 f"row {excel_row}, column {name}",
                            hit.detector, hit.kind, column=name, row=excel_row))
    finally:
        wb.close()
    return findings


def _cell_text(v) -> str | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else None
    return None                                   # dates and times cannot hold these values


# --- JSON ------------------------------------------------------------------------------------

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _child(path: str, key) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if _IDENT.match(key) else f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _walk_json(obj, path: str, key: str | None, allowed: set[str]) -> Iterator[tuple[str, str | None, str]]:
    """(json path, nearest key, text) for every string and long integer in ``obj``; keys are
    yielded too. A key that holds a personal value is shown by position in paths."""
    if isinstance(obj, dict):
        for i, (k, v) in enumerate(obj.items()):
            k = str(k)
            if _quick_hits(k):
                shown = f"{path}{{key {i}}}"
                yield shown, None, k
                yield from _walk_json(v, shown, None, allowed)
                continue
            yield from _walk_json(v, _child(path, k), k, allowed)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _walk_json(v, _child(path, i), key, allowed)
    elif isinstance(obj, str):
        yield path, key, obj
    elif isinstance(obj, int) and not isinstance(obj, bool) and abs(obj) >= 10**6:
        yield path, key, str(obj)
    elif isinstance(obj, float) and obj.is_integer() and abs(obj) >= 1e6:
        yield path, key, str(int(obj))


def _scan_json_obj(obj, rel: str, allowed: set[str], root: str = "$") -> list[Finding]:
    findings = []
    for path, key, text in _walk_json(obj, root, None, allowed):
        if key is not None and key in allowed:
            continue
        for h in _quick_hits(text):
            findings.append(Finding(rel, path, h.detector, h.kind, column=key))
    return findings


def _scan_json(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    text = decode_bytes(path.read_bytes())
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        return scan_text(text, file=rel)
    return _scan_json_obj(obj, rel, allowed)


def _scan_jsonl(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    findings = []
    text = decode_bytes(path.read_bytes())
    for i, line in enumerate(text.splitlines(), start=1):
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            findings += scan_text(line, file=rel, first_line=i)
            continue
        findings += _scan_json_obj(obj, rel, allowed, root=f"line {i}: $")
    return findings


# --- HTML ------------------------------------------------------------------------------------

_SCANNED_ATTRS = {"title", "alt", "value", "content", "href", "placeholder", "label", "data"}


class _HTMLCollector(HTMLParser):
    """Text with line numbers, and table cells with their column headers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[tuple[int, str]] = []        # (line, text) outside tables
        self.tables: list[list[list[tuple[str, bool, int]]]] = []
        self._stack: list[list[list[tuple[str, bool, int]]]] = []
        self._cell: list[str] | None = None
        self._cell_th = False
        self._cell_line = 0

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        for name, value in attrs:
            if value and (name in _SCANNED_ATTRS or name.startswith("data-")):
                self.texts.append((line, value))
        if tag == "table":
            self._stack.append([])
        elif tag == "tr" and self._stack:
            self._stack[-1].append([])
        elif tag in ("td", "th") and self._stack:
            if not self._stack[-1]:
                self._stack[-1].append([])
            self._close_cell()
            self._cell, self._cell_th, self._cell_line = [], tag == "th", line
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def _close_cell(self):
        if self._cell is not None and self._stack:
            self._stack[-1][-1].append(("".join(self._cell).strip(), self._cell_th, self._cell_line))
        self._cell = None

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self._close_cell()
        elif tag == "tr":
            self._close_cell()
        elif tag == "table" and self._stack:
            self._close_cell()
            self.tables.append(self._stack.pop())

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        elif data.strip():
            self.texts.append((self.getpos()[0], data))

    def close(self):
        super().close()
        self._close_cell()
        while self._stack:
            self.tables.append(self._stack.pop())


def scan_html(text: str, *, file: str = "", where: str = "",
              allowed: Iterable[str] = ()) -> list[Finding]:
    """Findings in HTML: table cells by row and column header (columns in ``allowed`` are
    exempt), other text and attribute values by line."""
    allowed = set(allowed)
    parser = _HTMLCollector()
    try:
        parser.feed(text)
        parser.close()
    except Exception:                                   # broken markup: scan it as text
        return scan_text(text, file=file, where=where)
    prefix = f"{where}, " if where else ""
    findings = []
    for line, chunk in parser.texts:
        for i, sub in enumerate(chunk.splitlines() or [chunk]):
            for h in _quick_hits(sub):
                findings.append(Finding(file, f"{prefix}line {line + i}", h.detector, h.kind,
                                        row=line + i))
    for t_index, table in enumerate(parser.tables, start=1):
        rows = [r for r in table if r]
        if not rows:
            continue
        header_rows = 0
        while header_rows < len(rows) and all(th for _t, th, _l in rows[header_rows][1:] or
                                                  rows[header_rows]):
            header_rows += 1
        header = [None if _quick_hits(t) else t for t, _th, _l in rows[0]] if header_rows else []
        for r_index, row in enumerate(rows[header_rows:], start=1):
            for c_index, (cell, _th, line) in enumerate(row):
                column = header[c_index] if c_index < len(header) and header[c_index] else None
                if column is not None and column in allowed:
                    continue
                for h in _quick_hits(cell):
                    col_text = f", column {column}" if column else f", column {c_index + 1}"
                    findings.append(Finding(file, f"{prefix}table {t_index}, row {r_index}"
                                                  f"{col_text} (line {line})",
                                            h.detector, h.kind, column=column, row=r_index))
        for row in rows[:header_rows]:
            for cell, _th, line in row:
                for h in _quick_hits(cell):
                    findings.append(Finding(file, f"{prefix}table {t_index}, header (line {line})",
                                            h.detector, h.kind))
    return findings


def _scan_html_file(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    return scan_html(decode_bytes(path.read_bytes()), file=rel, allowed=allowed)


# --- Markdown --------------------------------------------------------------------------------

_MD_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _md_cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", s)]


def scan_markdown(text: str, *, file: str = "", where: str = "",
                  allowed: Iterable[str] = ()) -> list[Finding]:
    """Like :func:`scan_text`, but cells of pipe tables are located by column (and columns in
    ``allowed`` are exempt)."""
    allowed = set(allowed)
    lines = text.splitlines()
    prefix = f"{where}, " if where else ""
    findings = []
    header: list[str] | None = None
    for i, line in enumerate(lines, start=1):
        if header is not None and "|" in line and line.strip():
            for c_index, cell in enumerate(_md_cells(line)):
                column = header[c_index] if c_index < len(header) else None
                if column in allowed:
                    continue
                for h in _quick_hits(cell):
                    findings.append(Finding(file, f"{prefix}line {i}, column {column or c_index + 1}",
                                            h.detector, h.kind, column=column, row=i))
            continue
        header = None
        if "|" in line and i < len(lines) and _MD_SEP.match(lines[i]):
            header = [None if _quick_hits(c) else c for c in _md_cells(line)]
        for h in _quick_hits(line):
            findings.append(Finding(file, f"{prefix}line {i}", h.detector, h.kind, row=i))
    return findings


# --- notebooks -------------------------------------------------------------------------------

def _text_of(value) -> str:
    if isinstance(value, list):
        return "".join(str(v) for v in value)
    return "" if value is None else str(value)


def scan_notebook_obj(nb: Mapping, *, file: str = "", allowed: Iterable[str] = ()) -> list[Finding]:
    """Findings in a notebook (a dict or NotebookNode): metadata (papermill parameters too),
    every cell's source and metadata, every output (stream, text/plain, text/html, markdown,
    JSON, errors). Images are not scanned."""
    allowed = set(allowed)
    findings = _scan_json_obj(nb.get("metadata", {}), file, set(), root="metadata")
    for c_index, cell in enumerate(nb.get("cells", [])):
        where = f"cell {c_index}"
        findings += scan_text(_text_of(cell.get("source")), file=file, where=f"{where} source")
        findings += _scan_json_obj(cell.get("metadata", {}), file, set(), root=f"{where} metadata")
        for o_index, output in enumerate(cell.get("outputs", []) or []):
            o_where = f"{where}, outputs[{o_index}]"
            otype = output.get("output_type")
            if otype == "stream":
                findings += scan_text(_text_of(output.get("text")), file=file,
                                      where=f"{o_where} {output.get('name', 'stream')}")
            elif otype == "error":
                err = "\n".join([str(output.get("ename", "")), str(output.get("evalue", ""))]
                                + [str(t) for t in output.get("traceback", [])])
                findings += scan_text(err, file=file, where=f"{o_where} error")
            for mime, value in (output.get("data") or {}).items():
                m_where = f"{o_where} {mime}"
                if mime.startswith("image/") and mime != "image/svg+xml":
                    continue
                if mime == "text/html" or mime == "image/svg+xml":
                    findings += scan_html(_text_of(value), file=file, where=m_where, allowed=allowed)
                elif mime == "text/markdown":
                    findings += scan_markdown(_text_of(value), file=file, where=m_where,
                                              allowed=allowed)
                elif isinstance(value, (dict, list)) and "json" in mime:
                    findings += _scan_json_obj(value, file, allowed, root=m_where)
                else:
                    findings += scan_text(_text_of(value), file=file, where=m_where)
            if output.get("metadata"):
                findings += _scan_json_obj(output["metadata"], file, set(),
                                           root=f"{o_where} metadata")
    return findings


def _scan_ipynb(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    text = decode_bytes(path.read_bytes())
    try:
        nb = json.loads(text)
    except json.JSONDecodeError:
        return scan_text(text, file=rel)
    if not isinstance(nb, dict):
        return _scan_json_obj(nb, rel, allowed)
    return scan_notebook_obj(nb, file=rel, allowed=allowed)


def _scan_text_file(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    data = path.read_bytes()
    if b"\0" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return []                                       # binary
    text = decode_bytes(data)
    if path.suffix.lower() in MD_SUFFIXES:
        return scan_markdown(text, file=rel, allowed=allowed)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return _scan_jsonl(path, rel, allowed)
    return scan_text(text, file=rel)


# --- files and folders -----------------------------------------------------------------------

def _iter_files(path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path
        return
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
        for name in sorted(filenames):
            yield Path(dirpath) / name


def _allowed_for(rel: str, abs_path: Path, allow: Mapping[str, Iterable[str]] | None) -> set[str]:
    if not allow:
        return set()
    out: set[str] = set()
    base = rel.rsplit("/", 1)[-1]
    for pattern, columns in allow.items():
        p = str(pattern).replace("\\", "/")
        if not p.startswith("/"):
            p = p.removeprefix("./")
        if p == rel or p == base or fnmatch.fnmatchcase(rel, p) or (
                os.path.isabs(p) and Path(p).resolve() == abs_path.resolve()):
            out |= {str(c) for c in columns}
    return out


def scan_file(path: Path, rel: str | None = None, allowed: Iterable[str] = ()) -> list[Finding]:
    """Findings in one file, by its suffix."""
    path = Path(path)
    rel = rel or path.name
    allowed = set(allowed)
    suffix = path.suffix.lower()
    if suffix in BINARY_SUFFIXES:
        return []
    if suffix in TABLE_SUFFIXES:
        return _scan_csv(path, rel, allowed)
    if suffix in XLSX_SUFFIXES:
        return _scan_xlsx(path, rel, allowed)
    if suffix == ".ipynb":
        return _scan_ipynb(path, rel, allowed)
    if suffix in JSON_SUFFIXES:
        return _scan_json(path, rel, allowed)
    if suffix in HTML_SUFFIXES:
        return _scan_html_file(path, rel, allowed)
    return _scan_text_file(path, rel, allowed)


def scan_paths(paths: Iterable[Path | str], allow: Mapping[str, Iterable[str]] | None = None,
               root: Path | str | None = None) -> list[Finding]:
    """Scan every file under ``paths`` (files or folders; ``.git`` is skipped).

    ``allow`` maps a file name to the columns whose values are exempt (declared ``keep``). The
    name is matched against the path relative to ``root`` (or to the scanned folder, or the
    bare file name), exactly or as a glob. ``Finding.file`` is that relative path.
    Binary files (PDF, images, archives) are not scanned.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    root_path = Path(root) if root is not None else None
    findings: list[Finding] = []
    for given in paths:
        given = Path(given)
        if not given.exists():
            raise FileNotFoundError(str(given))
        base = root_path if root_path is not None else (given if given.is_dir() else given.parent)
        for f in _iter_files(given):
            try:
                rel = f.resolve().relative_to(base.resolve()).as_posix()
            except ValueError:
                rel = f.as_posix()
            allowed = _allowed_for(rel, f, allow)
            try:
                findings += scan_file(f, rel, allowed)
            except Exception as exc:  # noqa: BLE001 -- fail closed, whatever the reader raised
                # a file the gate cannot read is not a clean file
                findings.append(Finding(rel, f"unreadable ({type(exc).__name__})", "unreadable",
                                        "unreadable"))
    return findings


def format_findings(findings: Iterable[Finding], *, max_rows: int = 10,
                    max_locations: int = 20) -> str:
    """A human report grouped by file and column; values are never shown."""
    findings = list(findings)
    if not findings:
        return "No personal data found."
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[f.file].append(f)
    lines = [f"{len(findings)} finding(s) in {len(by_file)} file(s); values are not shown."]
    for file in sorted(by_file):
        items = by_file[file]
        lines.append(f"{file or '<frame>'}: {len(items)}")
        columns: dict[tuple[str, str], list[int]] = defaultdict(list)
        others: list[Finding] = []
        for f in items:
            if f.column is not None and f.row is not None and "row" in f.location and \
                    not f.location.startswith("cell"):
                columns[(f.column, f.detector)].append(f.row)
            else:
                others.append(f)
        for (column, detector), rows in sorted(columns.items()):
            shown = ", ".join(str(r) for r in sorted(set(rows))[:max_rows])
            more = " ..." if len(set(rows)) > max_rows else ""
            lines.append(f"  column {column}: {detector} x{len(rows)} (rows {shown}{more})")
        for f in others[:max_locations]:
            lines.append(f"  {f.location}: {f.detector}")
        if len(others) > max_locations:
            lines.append(f"  ... and {len(others) - max_locations} more")
    return "\n".join(lines)


# --- scrubbing notebooks ---------------------------------------------------------------------

SECRET_PLACEHOLDER = "〔已移除〕"
_SKIP_KEYS = {"id", "cell_type", "output_type", "execution_count", "nbformat", "nbformat_minor",
              "attachments"}
_ASSIGN_RE = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
_STRING_LITERAL = re.compile(r"""^\s*[rRbBuUfF]{0,2}(['"]).*\1\s*(#.*)?$""")


def _scrub_string(s: str, secrets: list[str]) -> str:
    for secret in secrets:
        if secret in s:
            s = s.replace(secret, SECRET_PLACEHOLDER)
    if PREFILTER.search(s):
        s = redact_text(s, _not_public(s, find_all(s)))
    return s


def _scrub(obj, secrets: list[str], key: str | None = None):
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k in _SKIP_KEYS:
                out[k] = v
            elif k == "data" and isinstance(v, dict):
                out[k] = {mime: (val if mime.startswith("image/") and mime != "image/svg+xml"
                                 else _scrub(val, secrets, mime)) for mime, val in v.items()}
            else:
                out[_scrub_string(k, secrets) if isinstance(k, str) else k] = _scrub(v, secrets, k)
        return out
    if isinstance(obj, list):
        return [_scrub(v, secrets, key) for v in obj]
    if isinstance(obj, str):
        return _scrub_string(obj, secrets)
    return obj


def _secret_values(value) -> list[str]:
    if isinstance(value, str):
        return [value] if len(value) >= 4 else []
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in _secret_values(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _secret_values(v)]
    return []


def _literal_strings(rhs: str) -> list[str]:
    import ast

    try:
        value = ast.literal_eval(rhs.split("#", 1)[0].strip() if not rhs.strip().startswith(
            ("'", '"')) else rhs.strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        try:
            value = ast.literal_eval(rhs.strip())
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return []
    return _secret_values(value)


def _drop_secret_assignments(source, *, literal_only: bool) -> tuple[str | list, list[str]]:
    """Remove (or, for the parameters cell, neutralise) assignments to secret-looking names.
    Returns the new source and the string values that were assigned."""
    text = _text_of(source)
    lines, dropped = [], []
    for line in text.splitlines(keepends=True):
        m = _ASSIGN_RE.match(line)
        if m and is_secret_name(m.group(1)):
            rhs = m.group(2).strip()
            dropped += _literal_strings(rhs)
            if literal_only:
                if _STRING_LITERAL.match(rhs):
                    newline = "\n" if line.endswith("\n") else ""
                    lines.append(f"{m.group(1)} = None  # removed by scrub_notebook{newline}")
                    continue
            else:
                continue
        lines.append(line)
    new = "".join(lines)
    if isinstance(source, list):
        return new.splitlines(keepends=True), dropped
    return new, dropped


def scrub_notebook(nb, secrets: Iterable[str] = (), public: Iterable[str] = ()):
    """A copy of ``nb`` safe to archive or publish.

    * personal values detected in sources, outputs and metadata are replaced by placeholders
      (images are left alone);
    * every string in ``secrets`` -- plus ``$GONGKAI_PSEUDONYM_KEY`` when set, and the values of
      the dropped parameters below -- is replaced by 〔已移除〕 wherever it occurs;
    * papermill parameters whose names look like secrets (key, token, password, secret ...) are
      dropped from ``metadata.papermill.parameters`` and from the injected-parameters cell;
      string literals assigned to such names in the ``parameters`` cell become ``None``;
    * values in ``public`` (what the package publishes on purpose, see :func:`public_values`)
      stay, so that the record shows what was published.
    """
    import nbformat

    data = json.loads(json.dumps(nb))              # plain, deep copy of a dict or NotebookNode
    secret_list = [s for s in secrets if isinstance(s, str) and s]
    env_key = os.environ.get(KEY_ENV)
    if env_key:
        secret_list.append(env_key)

    papermill = data.get("metadata", {}).get("papermill")
    if isinstance(papermill, dict) and isinstance(papermill.get("parameters"), dict):
        params = papermill["parameters"]
        for name in [n for n in params if is_secret_name(str(n))]:
            secret_list += _secret_values(params.pop(name))
    for cell in data.get("cells", []):
        tags = set((cell.get("metadata") or {}).get("tags") or [])
        if cell.get("cell_type") != "code":
            continue
        if "injected-parameters" in tags:
            cell["source"], values = _drop_secret_assignments(cell.get("source", ""),
                                                              literal_only=False)
            secret_list += values
        elif "parameters" in tags:
            cell["source"], values = _drop_secret_assignments(cell.get("source", ""),
                                                              literal_only=True)
            secret_list += values
    secret_list = sorted(set(secret_list), key=len, reverse=True)
    with public_values(public):
        data = _scrub(data, secret_list)
    return nbformat.from_dict(copy.deepcopy(data))
