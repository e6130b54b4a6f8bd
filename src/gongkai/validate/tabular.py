"""Reading tables officers hand in: CSV in any common Chinese encoding, and XLSX.

:func:`read_table` returns every cell as a string under the schema's field names (printed
Chinese headers mapped through the schema's titles and aliases) and says what it found in
``frame.attrs``: the encoding or sheet, the header row, the headers it could not map. What it
cannot use is an :class:`~gongkai.errors.InputError` with one clear line: a missing or empty
file, a PDF or an old ``.xls`` under any name, an encoding that is neither UTF-8/UTF-16 nor
GB18030 (which covers GBK and GB2312: never guessed as cp1252), an empty sheet, a row with more
cells than the header.
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
    first = next((i for i, r in enumerate(rows) if any(c.strip() for c in r)), 0)
    if schema is None:
        return first
    best, best_score = first, 0
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        labels = [c for c in row if c.strip()]
        if not labels:
            continue
        score = len(map_headers(labels, schema))
        if score > best_score:
            best, best_score = i, score
    return best


def _frame_from_rows(header: list[str], rows: list[list[str]]) -> pd.DataFrame:
    width = len(header)
    data = [r + [""] * (width - len(r)) if len(r) < width else r for r in rows]
    frame = pd.DataFrame(data, columns=range(width), dtype=object) if data else \
        pd.DataFrame({i: pd.Series([], dtype=object) for i in range(width)})
    frame.columns = header
    return frame


def _trim(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Drop trailing empty rows and columns that have neither a header nor any value."""
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    width = len(header)
    while width and not header[width - 1].strip() and \
            not any(len(r) >= width and r[width - 1].strip() for r in rows):
        width -= 1
    return header[:width], [r[:width] for r in rows]


# --- CSV ----------------------------------------------------------------------------------------------

def _sniff_delimiter(lines: list[str]) -> str:
    """Comma unless the first lines clearly use tabs or semicolons."""
    sample = [ln for ln in lines if ln.strip()][:10]
    if not sample:
        return ","
    counts = {d: min(ln.count(d) for ln in sample) for d in (",", "\t", ";", "|")}
    if counts[","] > 0:
        return ","
    best = max(counts, key=counts.get)
    return best if counts[best] > 0 else ","


def _read_csv(path: Path, schema: dict | None) -> tuple[pd.DataFrame, dict]:
    encoding = detect_encoding(path)
    with open(path, encoding=encoding, newline="") as fh:
        head_text = "".join(line for _, line in zip(range(HEADER_SEARCH_ROWS + 5), fh))
    lines = head_text.splitlines()
    if not any(line.strip() for line in lines):
        raise InputError("no header row: the file holds only blank lines (文件没有表头)")
    delimiter = _sniff_delimiter(lines)
    with _field_limit():
        head_rows = list(csv.reader(io.StringIO(head_text), delimiter=delimiter))
    index = _header_index(head_rows, schema)
    header = head_rows[index]
    width = len(header)
    check_width(width)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            frame = pd.read_csv(path, encoding=encoding, sep=delimiter, header=None,
                                skiprows=index + 1, names=list(range(width)), dtype=object,
                                keep_default_na=False, na_filter=False, skip_blank_lines=False,
                                engine="c", index_col=False)
        if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
            _raise_long_row(path, encoding, delimiter, index, width)
    except pd.errors.EmptyDataError:
        frame = pd.DataFrame({i: pd.Series([], dtype=object) for i in range(width)})
    except pd.errors.ParserError as exc:
        m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if m:
            line = int(m.group(2)) + index + 1
            raise InputError(f"line {line} has {m.group(3)} cells but the header has {width} "
                             f"(第{line}行有{m.group(3)}个单元格，表头只有{width}列)") from None
        raise InputError(f"not a well-formed CSV ({str(exc).splitlines()[0]})") from None
    frame = frame.fillna("")
    header = [str(h) for h in header]
    # drop trailing empty rows, and trailing columns with neither a header nor a value
    if len(frame):
        filled = np.zeros(len(frame), dtype=bool)
        for c in frame.columns:
            filled |= frame[c].to_numpy(dtype=object) != ""
        last = np.flatnonzero(filled)
        frame = frame.iloc[: (int(last[-1]) + 1 if len(last) else 0)]
    width = len(header)
    while width and not header[width - 1].strip() and \
            not (frame[width - 1].to_numpy(dtype=object) != "").any():
        width -= 1
    frame = frame.iloc[:, :width].reset_index(drop=True)
    frame.columns = header[:width]
    check_cell_lengths(frame, first_line=index + 2)
    return frame, {"format": "csv", "encoding": encoding, "delimiter": delimiter, "row_offset": index}


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


def _raise_long_row(path: Path, encoding: str, delimiter: str, index: int, width: int) -> None:
    """pandas drops the cells beyond the header with a warning: name the first such row."""
    with open(path, encoding=encoding, newline="") as fh, _field_limit():
        for line, row in enumerate(csv.reader(fh, delimiter=delimiter), start=1):
            if line > index + 1 and len(row) > width:
                raise InputError(f"line {line} has {len(row)} cells but the header has {width} "
                                 f"(第{line}行有{len(row)}个单元格，表头只有{width}列)")
    raise InputError("a row has more cells than the header (有的行单元格比表头多)")


# --- XLSX ---------------------------------------------------------------------------------------------

def _read_xlsx(path: Path, schema: dict | None, sheet: str | None) -> tuple[pd.DataFrame, dict]:
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
        candidates = [sheet] if sheet is not None else names
        best = None
        for name in candidates:
            ws = book[name]
            head = []
            for row in ws.iter_rows(values_only=True, max_row=HEADER_SEARCH_ROWS):
                head.append([cell_text(v) for v in row])
            if not any(any(c.strip() for c in r) for r in head):
                continue
            index = _header_index(head, schema)
            score = len(map_headers([c for c in head[index] if c.strip()], schema)) if schema else 0
            if best is None or score > best[0]:
                best = (score, name, index)
        if best is None:
            raise InputError("empty sheet: the workbook has no cells with values "
                             "(工作表为空)" if sheet is None else f"sheet {sheet!r} is empty (工作表为空)")
        _, name, index = best
        ws = book[name]
        rows, numeric = [], {}
        for r, row in enumerate(ws.iter_rows(values_only=True)):
            if r < index:
                continue
            texts = []
            for c, v in enumerate(row):
                if r > index and isinstance(v, (int, float)) and not isinstance(v, bool):
                    numeric[c] = numeric.get(c, 0) + 1
                texts.append(cell_text(v))
            rows.append(texts)
    finally:
        book.close()
    header, body = rows[0], rows[1:]
    width = max([len(header)] + [len(r) for r in body])
    header = header + [""] * (width - len(header))
    header, body = _trim(header, body)
    check_width(len(header))
    frame = _frame_from_rows(header, body)
    check_cell_lengths(frame, first_line=index + 2)
    numeric_columns = {header[c]: k for c, k in numeric.items() if c < len(header)}
    return frame, {"format": "xlsx", "sheet": name, "sheets": names, "row_offset": index,
                   "numeric_cells": numeric_columns}


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

    ``frame.attrs``: ``format``, ``encoding`` or ``sheet``, ``row_offset`` (rows above the
    header: row numbers in reports count from the file's first row), ``headers`` (as printed),
    ``unmapped_headers``, ``numeric_cells`` (XLSX columns typed as numbers)."""
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
            frame, info = _read_xlsx(path, schema, sheet)
        else:
            frame, info = _read_csv(path, schema)
    except InputError as exc:
        if exc.path is None:
            exc.path = str(path)
        raise
    headers = [str(c) for c in frame.columns]
    info["headers"] = headers
    if schema is not None:
        mapping = map_headers(headers, schema)
        frame = frame.rename(columns=mapping)
        info["unmapped_headers"] = [h for h in headers if h not in mapping]
        info["mapping"] = mapping
        if "numeric_cells" in info:
            info["numeric_cells"] = {mapping.get(h, h): k for h, k in info["numeric_cells"].items()}
    frame.attrs.update(info)
    return frame


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
