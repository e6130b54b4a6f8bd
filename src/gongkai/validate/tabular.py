"""Reading tables officers hand in: CSV in any common Chinese encoding, and XLSX.

:func:`read_table` returns every cell as a string under the schema's field names (printed
Chinese headers mapped through the schema's titles and aliases) and says what it found in
``frame.attrs``: the encoding or sheet, the header row, the headers it could not map. What it
cannot use is an :class:`~gongkai.errors.InputError` with one clear line: a missing or empty
file, a PDF or an old ``.xls`` under any name, an encoding that is neither UTF-8/UTF-16 nor
GB18030 (which covers GBK and GB2312: never guessed as cp1252), an empty sheet, a row with more
cells than the header.

Office exports are read as a person reads them (:func:`table_layout`): title rows above the
header are skipped, a header printed over two or three rows with merged parent cells
(``资金来源`` over ``中央`` ``省级``) gives one name per column, merged cells in the body are
filled down, and the rows after the table (``合计`` rows, ``注：`` notes, ``填表人`` lines) are
left out and named in ``frame.attrs``. Row numbers stay those of the file: ``row_offset`` is
what the validator adds, so an error names the line of the CSV or the row of the sheet.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import sys
import warnings
import zipfile
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..limits import MAX_CELL_CHARS, MAX_COLUMNS
from .schema import map_headers

ENCODINGS = ("utf-8-sig", "gb18030")  # GB18030 covers GBK and GB2312; never guess cp1252
HEADER_SEARCH_ROWS = 20               # a header may sit under title rows ("城乡低保公示名单")
HEADER_MAX_ROWS = 3                   # a printed header may span this many rows (merged parents)
# a sheet whose header maps at least this share of the best sheet's mapped fields is read too
# when every sheet is wanted (one sheet per county or per month)
SHEET_FIT_SHARE = 0.6
# rows that end a table rather than belong to it: totals and the notes printed under it
TOTAL_RE = re.compile(r"^\s*(合\s*计|总\s*计|小\s*计|共\s*计|累\s*计)\s*[:：]?")
NOTE_RE = re.compile(r"^\s*(注|说明|备注|附注|填报|填表|制表|审核|审批|负责人|单位负责人|联系人|"
                     r"联系电话|数据来源|资料来源|来源|统计|报送|打印)")
_CHUNK = 1 << 20


# --- what kind of file ------------------------------------------------------------------------------

def sniff_kind(path: Path) -> str:
    """xlsx | xls | pdf | ods | zip | csv | binary, from the first bytes (not the name)."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "xls"            # OLE2: an old .xls, or an encrypted .xlsx
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
        except zipfile.BadZipFile:
            return "zip"
        if "xl/workbook.xml" in names:
            return "xlsx"
        if "content.xml" in names and "mimetype" in names:
            return "ods"
        return "zip"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "csv"
    if b"\x00" in head:
        return "csv" if utf16_without_bom(head) else "binary"
    return "csv"


def utf16_without_bom(head: bytes) -> str | None:
    """utf-16-le or utf-16-be for text written in UTF-16 without a byte order mark (Excel's
    "Unicode text" does this): the delimiters, digits and line ends of a table are ASCII, whose
    high byte is zero, so zeros sit at odd offsets (LE) or even ones (BE) and nowhere else."""
    head = head[: len(head) // 2 * 2]
    if len(head) < 4:
        return None
    half = len(head) // 2
    zeros = {"utf-16-le": head[1::2].count(0), "utf-16-be": head[0::2].count(0)}
    for encoding, other in (("utf-16-le", "utf-16-be"), ("utf-16-be", "utf-16-le")):
        if zeros[encoding] >= half // 5 and zeros[other] == 0:
            try:
                text = head.decode(encoding)
            except UnicodeDecodeError:
                continue
            if all(c.isprintable() or c in "\t\r\n" for c in text.rstrip("\x00")):
                return encoding
    return None


def detect_encoding(path: Path) -> str:
    """utf-8-sig, utf-16 (with a BOM) or gb18030: the first that decodes the whole file."""
    with open(path, "rb") as fh:
        head = fh.read(8192)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        without_bom = utf16_without_bom(head)
        if without_bom:
            return without_bom
    for encoding in ENCODINGS:
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            return encoding
        except UnicodeDecodeError:
            continue
    raise InputError("encoding is neither UTF-8 nor GB18030/GBK (save the file as UTF-8 CSV; "
                     "文件编码无法识别，请另存为 UTF-8 编码的 CSV)")


# --- cells ----------------------------------------------------------------------------------------

def cell_text(value) -> str:
    """A spreadsheet cell as the text an officer sees (numbers without a spurious '.0', dates as
    YYYY-MM-DD, times and date-times in ISO 8601, booleans true/false)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        if value.is_integer():
            return str(int(value))
        text = repr(value)
        return format(Decimal(text), "f") if "e" in text or "E" in text else text
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat(timespec="seconds")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


# --- header row -------------------------------------------------------------------------------------

def _header_index(rows: list[list[str]], schema: dict | None) -> int:
    """The row (among the first rows) whose cells match the most schema fields; the first
    non-empty row when none match."""
    return _header_span(rows, schema)[0]


def _combine_header(rows: list[list[str]]) -> list[list[str]]:
    """The distinct texts of each column of a header printed over ``rows``, top to bottom.

    A blank cell in an upper row, right of a label and over a labelled cell, belongs to the
    label on its left (a merged parent cell exported without its merge)."""
    width = max(len(r) for r in rows)
    grid = [[c.strip() for c in r] + [""] * (width - len(r)) for r in rows]
    for k in range(len(grid) - 1):
        for c in range(1, width):
            if not grid[k][c] and grid[k][c - 1] and grid[k + 1][c] and grid[k + 1][c - 1]:
                grid[k][c] = grid[k][c - 1]
    columns = []
    for c in range(width):
        parts: list[str] = []
        for row in grid:
            if row[c] and row[c] not in parts:
                parts.append(row[c])
        columns.append(parts)
    return columns


def _header_labels(parts_by_column: list[list[str]], schema: dict | None) -> list[str]:
    """One label per column: the lowest text, parent and child together, or the parent,
    whichever names a schema field; otherwise ``parent/child``."""
    labels = []
    for parts in parts_by_column:
        if not parts:
            labels.append("")
            continue
        candidates = [parts[-1], "".join(parts), parts[0]]
        chosen = next((c for c in candidates if schema is not None and map_headers([c], schema)),
                      None)
        labels.append(chosen or "/".join(parts))
    return labels


def _header_span(rows: list[list[str]], schema: dict | None) -> tuple[int, int, list[str]]:
    """(first header row, rows the header spans, one label per column): among the first
    :data:`HEADER_SEARCH_ROWS` rows, the header that names the most schema fields (a shorter
    header wins a tie); the first non-empty row when none names any."""
    first = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), 0)
    if schema is None or not rows:
        return first, 1, [c for c in rows[first]] if rows else []
    best = (0, first, 1)
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if not any(c.strip() for c in row):
            continue
        for span in range(1, HEADER_MAX_ROWS + 1):
            if i + span > len(rows):
                break
            if span > 1 and any(sum(1 for c in r if c.strip()) < 2 for r in (row, rows[i + span - 1])):
                break           # a title or a note line is not part of a header
            labels = _header_labels(_combine_header(rows[i:i + span]), schema)
            score = len(map_headers([c for c in labels if c], schema))
            if score > best[0]:
                best = (score, i, span)
    _, index, span = best
    if best[0] == 0:
        return first, 1, [c for c in rows[first]]
    return index, span, _header_labels(_combine_header(rows[index:index + span]), schema)


def _row_is(row, pattern: re.Pattern, max_cells: int) -> bool:
    filled = [str(c).strip() for c in row if str(c).strip()]
    return 0 < len(filled) <= max_cells and bool(pattern.match(filled[0]))


def table_layout(values: list[list[str]], width: int) -> tuple[int, int, list[dict]]:
    """Where the table's rows are among ``values`` (the rows under the header): (first, end,
    the rows left out as ``{"position", "kind"}``). Left out are 合计/总计 rows directly under
    the header, and at the end of the table every run of blank rows, total rows (their first
    filled cell reads 合计, 总计, 小计 ...) and notes (a row with one or two filled cells that
    starts with 注, 说明, 填表人, 数据来源 ..., or a single filled cell in a table of three or more
    columns). A 小计 row inside the table stays: the validator reports it."""
    left_out: list[dict] = []
    first = 0
    while first < len(values) and _row_is(values[first], TOTAL_RE, width):
        left_out.append({"position": first, "kind": "total"})
        first += 1
    end, tail = table_tail(values, width, first)
    return first, end, sorted(left_out + tail, key=lambda r: r["position"])


def table_tail(values, width: int, first: int = 0) -> tuple[int, list[dict]]:
    """Where the table ends among ``values`` (not before ``first``), and the rows after it
    left out (blank rows, totals, notes; see :func:`table_layout`). A streamed file looks at
    its last blocks with it."""
    left_out: list[dict] = []
    end = len(values)
    while end > first:
        row = values[end - 1]
        filled = [str(c).strip() for c in row if str(c).strip()]
        if not filled:
            kind = "blank"
        elif _row_is(row, TOTAL_RE, width):
            kind = "total"
        elif _row_is(row, NOTE_RE, 2) or (len(filled) == 1 and width >= 3):
            kind = "note"
        else:
            break
        left_out.append({"position": end - 1, "kind": kind})
        end -= 1
    return end, left_out


# --- CSV ----------------------------------------------------------------------------------------------

def _sniff_delimiter(lines: list[str]) -> str:
    """The separator most lines agree on: for each candidate, the lines holding it as often
    as most lines do; a title line above the header (no separator at all) does not count
    against it. Comma on a tie."""
    sample = [ln for ln in lines if ln.strip()][:HEADER_SEARCH_ROWS]
    best, best_score = ",", 0
    for d in (",", "\t", ";", "|"):
        counts = [ln.count(d) for ln in sample if ln.count(d)]
        if not counts:
            continue
        modal = max(set(counts), key=lambda c: (counts.count(c), c))
        score = counts.count(modal)
        if score > best_score:
            best, best_score = d, score
    return best


def _read_csv(path: Path, schema: dict | None) -> tuple[pd.DataFrame, dict]:
    encoding = detect_encoding(path)
    with open(path, encoding=encoding, newline="") as fh:
        head_text = "".join(line for _, line in zip(range(HEADER_SEARCH_ROWS + HEADER_MAX_ROWS + 5), fh))
    lines = head_text.splitlines()
    if not any(line.strip() for line in lines):
        raise InputError("no header row: the file holds only blank lines (文件没有表头)")
    delimiter = _sniff_delimiter(lines)
    with _field_limit():
        head_rows = list(csv.reader(io.StringIO(head_text), delimiter=delimiter))
    index, span, header = _header_span(head_rows, schema)
    width = max(len(r) for r in head_rows[index:index + span])
    check_width(width)
    header = header + [""] * (width - len(header))
    skip = index + span
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            frame = pd.read_csv(path, encoding=encoding, sep=delimiter, header=None,
                                skiprows=skip, names=list(range(width)), dtype=object,
                                keep_default_na=False, na_filter=False, skip_blank_lines=False,
                                engine="c", index_col=False)
        if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
            _raise_long_row(path, encoding, delimiter, skip, width)
    except pd.errors.EmptyDataError:
        frame = pd.DataFrame({i: pd.Series([], dtype=object) for i in range(width)})
    except pd.errors.ParserError as exc:
        m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if m:
            line = int(m.group(2)) + skip
            raise InputError(f"line {line} has {m.group(3)} cells but the header has {width} "
                             f"(第{line}行有{m.group(3)}个单元格，表头只有{width}列)") from None
        raise InputError(f"not a well-formed CSV ({str(exc).splitlines()[0]})") from None
    frame, info = _cut_to_table(frame.fillna(""), [str(h) for h in header], head_rows, index, span)
    return frame, {"format": "csv", "encoding": encoding, "delimiter": delimiter, **info}


def _raise_long_row(path: Path, encoding: str, delimiter: str, skip: int, width: int) -> None:
    """pandas drops the cells beyond the header with a warning: name the first such row."""
    with open(path, encoding=encoding, newline="") as fh, _field_limit():
        for line, row in enumerate(csv.reader(fh, delimiter=delimiter), start=1):
            if line > skip and len(row) > width:
                raise InputError(f"line {line} has {len(row)} cells but the header has {width} "
                                 f"(第{line}行有{len(row)}个单元格，表头只有{width}列)")
    raise InputError("a row has more cells than the header (有的行单元格比表头多)")


def _cut_to_table(frame: pd.DataFrame, header: list[str], head_rows: list[list[str]],
                  index: int, span: int) -> tuple[pd.DataFrame, dict]:
    """The rows under a header (cells as strings, positional columns) cut to the table
    (:func:`table_layout`), trailing columns without header or value dropped, the printed
    header as column names; and what was left out, by row number of the file."""
    check_width(len(header))
    values = frame.to_numpy(dtype=object)
    first, end, left_out = table_layout(values, len(header))
    body_start = index + span + 1                     # file row of the first row under the header
    notes = [" ".join(str(c).strip() for c in values[r["position"]] if str(c).strip())
             for r in left_out if r["kind"] == "note"]
    frame = frame.iloc[first:end]
    width = len(header)
    while width and not header[width - 1].strip() and \
            not (frame[width - 1].to_numpy(dtype=object) != "").any():
        width -= 1
    frame = frame.iloc[:, :width].reset_index(drop=True)
    frame.columns = header[:width]
    check_cell_lengths(frame, first_line=index + span + 1 + first)
    titles = [" ".join(c.strip() for c in r if c.strip()) for r in head_rows[:index]]
    return frame, {
        # the validator numbers data row i (0-based) as i + 2 + row_offset: the file's row
        "row_offset": index + span - 1 + first,
        "header_rows": list(range(index + 1, index + span + 1)),
        "title_rows": [t for t in titles if t],
        "left_out_rows": [{"row": body_start + r["position"], "kind": r["kind"]} for r in left_out
                          if r["kind"] != "blank"],
        "notes_after_table": notes,
    }


@contextlib.contextmanager
def _field_limit():
    """Python's csv module stops at cells of 131,072 characters with a traceback; cells are
    measured against MAX_CELL_CHARS instead (check_cell_lengths)."""
    limit = csv.field_size_limit()
    csv.field_size_limit(sys.maxsize)
    try:
        yield
    except csv.Error as exc:
        raise InputError(f"not a well-formed CSV ({exc})") from None
    finally:
        csv.field_size_limit(limit)


def check_width(width: int) -> None:
    if width > MAX_COLUMNS:
        raise InputError(f"{width:,} columns (the limit is {MAX_COLUMNS:,}; 列数过多)")


def check_cell_lengths(frame: pd.DataFrame, *, first_line: int) -> None:
    """A cell longer than :data:`~gongkai.limits.MAX_CELL_CHARS` is refused, naming its line
    and column."""
    for name in frame.columns:
        values = frame[name].to_numpy(dtype=object)
        lengths = np.fromiter((len(v) if isinstance(v, str) else 0 for v in values), np.int64,
                              len(values))
        over = np.flatnonzero(lengths > MAX_CELL_CHARS)
        if len(over):
            line = first_line + int(over[0])
            raise InputError(f"line {line}, column {name}: a cell of {int(lengths[over[0]]):,} "
                             f"characters (the limit is {MAX_CELL_CHARS:,}; 单元格过长)")


# --- XLSX ---------------------------------------------------------------------------------------------

_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _column_index(letters: bytes) -> int:
    n = 0
    for ch in letters.decode("ascii"):
        n = n * 26 + ord(ch) - 64
    return n - 1


def _vertical_merges(path: Path, ws) -> list[tuple[int, int, int]]:
    """The merged ranges of one column over several rows in a sheet, as (column, first row,
    last row), 0-based: read from the sheet's XML, which openpyxl's read-only mode skips."""
    member = getattr(ws, "_worksheet_path", None)
    if not member:
        return []
    try:
        with zipfile.ZipFile(path) as zf:
            data = zf.read(member)
    except (KeyError, zipfile.BadZipFile, OSError):
        return []
    out = []
    for c0, r0, c1, r1 in _MERGE_RE.findall(data):
        if c0 == c1 and int(r1) > int(r0):
            out.append((_column_index(c0), int(r0) - 1, int(r1) - 1))
    return out


def _sheet_head(ws) -> list[list[str]]:
    return [[cell_text(v) for v in row]
            for row in ws.iter_rows(values_only=True, max_row=HEADER_SEARCH_ROWS + HEADER_MAX_ROWS)]


def _read_sheet(path: Path, ws, schema: dict | None, index: int, span: int,
                header: list[str], head: list[list[str]]) -> tuple[pd.DataFrame, dict]:
    rows, numeric = [], {}
    body_start = index + span
    for r, row in enumerate(ws.iter_rows(values_only=True)):
        if r < body_start:
            continue
        texts = []
        for c, v in enumerate(row):
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                numeric[c] = numeric.get(c, 0) + 1
            texts.append(cell_text(v))
        rows.append(texts)
    # a cell merged over several rows of one column (a county beside its projects) holds its
    # value in every row it covers, as a reader sees it
    for col, r0, r1 in _vertical_merges(path, ws):
        if r0 < body_start:
            continue
        top = r0 - body_start
        if top >= len(rows) or col >= len(rows[top]):
            continue
        for r in range(top + 1, min(r1 - body_start + 1, len(rows))):
            row = rows[r]
            row.extend([""] * (col + 1 - len(row)))
            if not row[col]:
                row[col] = rows[top][col]
    width = max([len(header)] + [len(r) for r in rows])
    header = header + [""] * (width - len(header))
    body = [r + [""] * (width - len(r)) for r in rows]
    frame = pd.DataFrame(body, columns=range(width), dtype=object) if body else \
        pd.DataFrame({i: pd.Series([], dtype=object) for i in range(width)})
    frame, info = _cut_to_table(frame, header, head, index, span)
    numeric_columns = {header[c]: k for c, k in numeric.items() if c < len(frame.columns)}
    return frame, {"format": "xlsx", "sheet": ws.title, **info, "numeric_cells": numeric_columns}


def _read_xlsx(path: Path, schema: dict | None, sheet: str | None, *,
               every: bool = False) -> list[tuple[pd.DataFrame, dict]]:
    """The best-fitting sheet (or the named one); with ``every``, each sheet whose header
    names at least :data:`SHEET_FIT_SHARE` of the fields the best one names."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for damaged files
        raise InputError(f"cannot read as XLSX ({type(exc).__name__}: damaged or not an Excel "
                         "workbook; 无法读取该 Excel 文件)") from None
    try:
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise InputError(f"no sheet {sheet!r} (sheets: {', '.join(names)})")
        found = []
        for name in ([sheet] if sheet is not None else names):
            head = _sheet_head(book[name])
            if not any(any(c.strip() for c in r) for r in head):
                continue
            index, span, header = _header_span(head, schema)
            score = len(map_headers([c for c in header if c.strip()], schema)) if schema else 0
            found.append((score, name, index, span, header, head))
        if not found:
            raise InputError("empty sheet: the workbook has no cells with values "
                             "(工作表为空)" if sheet is None else f"sheet {sheet!r} is empty (工作表为空)")
        best = max(s[0] for s in found)
        if every:
            chosen = [f for f in found if f[0] >= max(1, SHEET_FIT_SHARE * best)] or found[:1]
        else:
            chosen = [next(f for f in found if f[0] == best)]
        out = []
        for _score, name, index, span, header, head in chosen:
            frame, info = _read_sheet(path, book[name], schema, index, span, header, head)
            out.append((frame, info | {"sheets": names}))
        return out
    finally:
        book.close()


# --- the entry point ---------------------------------------------------------------------------------

_KIND_MESSAGES = {
    "pdf": "this is a PDF, not a table: use gongkai tables/budget/gazette (这是PDF文件，不是表格)",
    "xls": "old Excel .xls format or a password-protected workbook: save it as .xlsx without a "
           "password, or as UTF-8 CSV (旧版xls或加密的工作簿，请另存为xlsx或CSV)",
    "ods": "OpenDocument spreadsheet: save it as .xlsx or CSV (请另存为xlsx或CSV)",
    "zip": "a ZIP archive, not a table (压缩文件，不是表格)",
    "binary": "not a text table (binary content; 不是文本表格)",
}


def read_table(path: Path, schema: dict | None = None, *, sheet: str | None = None) -> pd.DataFrame:
    """All cells as strings; headers mapped to the schema's field names when one is given.
    An XLSX gives its best-fitting sheet (or ``sheet``); :func:`read_tables` gives every one.

    ``frame.attrs``: ``format``, ``encoding`` or ``sheet``, ``row_offset`` (data row ``i``
    is row ``i + 2 + row_offset`` of the file or sheet), ``header_rows`` (1-based),
    ``title_rows`` (their text), ``left_out_rows`` (``{"row", "kind"}``: total and note rows
    after the table), ``notes_after_table`` (their text: may name a person, handle as data),
    ``headers`` (as printed), ``unmapped_headers``, ``numeric_cells`` (XLSX columns typed as
    numbers)."""
    return read_tables(path, schema, sheet=sheet, every_sheet=False)[0]


def read_tables(path: Path, schema: dict | None = None, *, sheet: str | None = None,
                every_sheet: bool = True) -> list[pd.DataFrame]:
    """:func:`read_table` for every sheet of an XLSX whose header fits the schema (a CSV is
    one table); with ``sheet``, that sheet only."""
    path = Path(path)
    if not path.exists():
        raise InputError("file not found", path=str(path))
    if path.is_dir():
        raise InputError("a folder, not a file", path=str(path))
    if path.stat().st_size == 0:
        raise InputError("empty file (0 bytes)", path=str(path))
    kind = sniff_kind(path)
    suffix = path.suffix.lower()
    if kind in _KIND_MESSAGES:
        raise InputError(_KIND_MESSAGES[kind], path=str(path))
    if kind == "csv" and suffix in (".xlsx", ".xlsm"):
        raise InputError("named .xlsx but not an Excel workbook (扩展名为xlsx但不是Excel文件)",
                         path=str(path))
    if kind == "csv" and suffix not in (".csv", ".txt", ".tsv", ""):
        raise InputError(f"unsupported table format {suffix!r} (CSV or XLSX)", path=str(path))
    try:
        if kind == "xlsx":
            found = _read_xlsx(path, schema, sheet, every=every_sheet)
        else:
            found = [_read_csv(path, schema)]
    except InputError as exc:
        if exc.path is None:
            exc.path = str(path)
        raise
    return [_named(frame, info, schema) for frame, info in found]


ROW_COUNTER_HEADERS = ("序号", "序號", "序")


def _named(frame: pd.DataFrame, info: dict, schema: dict | None) -> pd.DataFrame:
    headers = [str(c) for c in frame.columns]
    info["headers"] = headers
    if schema is not None:
        mapping = map_headers(headers, schema)
        counter = _row_counter(frame, mapping)
        if counter is not None:
            # the office's row counter (序号 1, 2, 3 ...) is not data the schema knows
            frame = frame.drop(columns=[counter])
            info["row_counter"] = counter
            headers = [h for h in headers if h != counter]
        frame = frame.rename(columns=mapping)
        info["unmapped_headers"] = [h for h in headers if h not in mapping]
        info["mapping"] = mapping
        if "numeric_cells" in info:
            info["numeric_cells"] = {mapping.get(h, h): k for h, k in info["numeric_cells"].items()}
    frame.attrs.update(info)
    return frame


def _row_counter(frame: pd.DataFrame, mapping: dict) -> str | None:
    """The first column, headed 序号 and not a schema field, when it numbers the rows 1, 2, 3 ..."""
    if not len(frame.columns):
        return None
    first = str(frame.columns[0])
    if first in mapping or "".join(first.split()) not in ROW_COUNTER_HEADERS:
        return None
    values = [str(v).strip() for v in frame.iloc[:, 0]]
    expected = [str(i) for i in range(1, len(values) + 1)]
    return first if values == expected else None


def source_row(frame: pd.DataFrame, position: int) -> int:
    """The row number of data row ``position`` (0-based) as every report gives it: the line of
    the CSV or the row of the sheet it was read from (the header of a frame that was not read
    from a file is its row 1). The validator's ``rowNumber`` and the release gate's rows."""
    return int(position) + 2 + int(frame.attrs.get("row_offset", 0) or 0)


def numeric_id_warnings(frame: pd.DataFrame, schema: dict) -> list[str]:
    """Warnings for XLSX columns of resident IDs typed as numbers (Excel keeps 15 digits)."""
    numeric = frame.attrs.get("numeric_cells") or {}
    out = []
    for f in schema.get("fields", []):
        checks = f.get("domain_checks")
        is_id = f.get("pii") == "cn_resident_id" or (checks and "cn_resident_id" in checks)
        if is_id and numeric.get(f["name"]):
            out.append(f"{f.get('title', f['name'])}列有{numeric[f['name']]}个单元格以数字格式保存："
                       "Excel只保留15位有效数字，18位号码的末几位已丢失。请将该列设为文本格式后重新录入。")
    return out


# --- a CSV as it is, for the engines ------------------------------------------------------------------

def read_csv_exact(path: Path, names: list[str], *, load: bool = True
                   ) -> tuple[int, dict[str, np.ndarray] | None] | None:
    """For a UTF-8 CSV whose header is exactly ``names``: (rows, columns) where columns are
    the cells as frictionless's CSV parser reads them, one object array per field -- or None
    for columns when the column engine could not read them exactly (a row with another number
    of cells, a lone carriage return). None when the file is not such a CSV at all."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            first = fh.readline()
    except (OSError, UnicodeDecodeError):
        return None
    try:
        header = next(csv.reader([first]))
    except (StopIteration, csv.Error):
        return None
    if header != names:
        return None
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for start in range(0, len(data), _CHUNK):
            decoder.decode(data[start:start + _CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    width = len(names)
    # Quick path: without quotes, carriage returns or empty lines, pandas refuses a line with
    # too many cells, so when the commas add up to width - 1 per line, every line has exactly
    # width cells. Otherwise a byte scan counts the cells of each record (quotes understood).
    quick = b'"' not in data and b"\r" not in data and b"\n\n" not in data \
        and not data.startswith(b"\n")
    lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    if quick and data.count(b",") == (width - 1) * lines:
        rows = lines - 1
    else:
        rows = _record_shape(data, width)
    if rows is None:
        rows = sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8")))) - 1
        return max(rows, 0), None
    if not load:
        return rows, None
    if rows == 0:
        return 0, {n: np.empty(0, dtype=object) for n in names}
    try:
        frame = pd.read_csv(io.BytesIO(data), dtype=object, keep_default_na=False,
                            na_filter=False, skip_blank_lines=False, engine="c", header=0,
                            names=names)
    except pd.errors.ParserError:
        return rows, None                 # a line with more cells: frictionless reports it
    if len(frame) != rows:
        return rows, None
    return rows, {n: frame[n].to_numpy(dtype=object) for n in names}


def _record_shape(data: bytes, width: int) -> int | None:
    """Number of data records when every record has ``width`` cells (an empty line counts as a
    record, as frictionless reads it); None when some record has another number of cells or
    the quoting is beyond this byte scan."""
    arr = np.frombuffer(data, dtype=np.uint8)
    if len(arr) == 0:
        return None
    cr = np.flatnonzero(arr == 13)
    if len(cr):
        nxt = cr + 1
        if (nxt >= len(arr)).any() or (arr[nxt[nxt < len(arr)]] != 10).any():
            return None                   # a lone \r ends a line for csv but not here
    newlines = np.flatnonzero(arr == 10)
    commas = np.flatnonzero(arr == 44)
    quotes = np.flatnonzero(arr == 34)
    if len(quotes):
        # separators inside quotes do not count: an odd number of quotes before them
        commas = commas[np.searchsorted(quotes, commas) % 2 == 0]
        newlines = newlines[np.searchsorted(quotes, newlines) % 2 == 0]
        if len(quotes) % 2:
            return None
        # a quote must open a cell (after a separator or at the start) or close one
        before = arr[np.maximum(quotes - 1, 0)]
        after = arr[np.minimum(quotes + 1, len(arr) - 1)]
        inside_ok = (before == 44) | (before == 10) | (quotes == 0) | (before == 34) | \
            (after == 44) | (after == 10) | (after == 13) | (after == 34) | (quotes == len(arr) - 1)
        if not inside_ok.all():
            return None
    ends = newlines
    if arr[-1] != 10:
        ends = np.append(ends, len(arr))
    starts = np.concatenate([[0], newlines + 1])[:len(ends)]
    # commas between the start of each record and its end
    per_record = np.searchsorted(commas, ends) - np.searchsorted(commas, starts)
    lengths = ends - starts - (arr[np.maximum(ends - 1, 0)] == 13) * (ends > starts)
    empty = lengths == 0
    ok = (per_record == width - 1) | (empty & (per_record == 0))
    if width == 1:
        ok = np.ones(len(ends), dtype=bool)
        if (lengths[1:] == 0).any():
            return None                   # an empty line is a blank row or nothing: let csv say
    if not ok.all():
        return None
    return len(ends) - 1
