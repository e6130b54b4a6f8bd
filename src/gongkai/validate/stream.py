"""``gongkai validate`` on a file: a large CSV streamed through the column engine in blocks.

:func:`validate_file` is what the command runs, from the file to the report. A CSV (UTF-8 or
GB18030, any header row in the first lines, printed Chinese headers) of
:data:`STREAM_MIN_BYTES` or more is read in blocks of :data:`BLOCK_BYTES` cut at record
boundaries; each block is parsed, its printed numbers normalised, its cells checked by
:class:`~gongkai.validate.columns.ColumnEngine` (which keeps, between blocks, only what
frictionless keeps between rows) and by the schema's field-level domain checks. Memory is one
block plus the keys, not the table, and the errors are the ones :func:`validate_frame` reports
for the table read whole (tests/test_validate_stream.py compares them).

Everything else goes the whole-table way (:func:`~gongkai.validate.tabular.read_table`, then
:func:`~gongkai.validate.frame.validate_frame`): XLSX, UTF-16, small files, ``--engine
frictionless``, schemas with self-referencing foreign keys or table-level domain checks (they
need every row at once), files with lone carriage returns as line ends.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..limits import MAX_CELL_CHARS
from .schema import map_headers

# a block: about 11,000 rows of a 10-column listing, 8 MB of Python strings once parsed (two
# are in memory at once: one checked, the next parsed)
BLOCK_BYTES = 1 << 20
# below this the table is read whole (a few thousand rows: no memory to save)
STREAM_MIN_BYTES = 2 << 20
HEAD_BYTES = 1 << 18          # where the header row is looked for (with HEADER_SEARCH_ROWS)


class _Fallback(Exception):
    """This file goes the whole-table way."""


@dataclass
class _Piece:
    """Rows ``start``..``start + rows`` of the table, at ``offset`` (``length`` bytes) in the
    file, after the block's first ``skip`` rows (totals right under the header)."""

    start: int
    rows: int
    offset: int
    length: int
    skip: int = 0


@dataclass
class _Layout:
    encoding: str
    delimiter: str
    header_index: int             # rows above the header
    header_span: int              # rows the header is printed over
    header: list[str]
    body_offset: int
    titles: list[str] = field(default_factory=list)
    pieces: list[_Piece] = field(default_factory=list)


def validate_file(path: Path, schema: dict, *, engine: str = "auto", sheet: str | None = None,
                  period: str | None = None, limit_errors: int = 100000):
    """The report of ``path`` against ``schema`` and what the reader found (format, encoding,
    header row, headers, unmapped headers): (ValidationReport, source dict, rows)."""
    from .frame import normalise, validate_frame
    from .tabular import numeric_id_warnings, read_table

    path = Path(path)
    _preflight(schema, period)
    if engine in ("auto", "columns") and sheet is None and _streamable_schema(schema):
        try:
            return _validate_stream(path, schema, period=period, limit_errors=limit_errors,
                                    force=engine == "columns")
        except _Fallback:
            pass
        except InputError as exc:
            exc.path = exc.path or str(path)
            raise
    frame = read_table(path, schema, sheet=sheet)
    report = validate_frame(normalise(frame, schema), schema, engine=engine, period=period,
                            limit_errors=limit_errors)
    report.warnings.extend(numeric_id_warnings(frame, schema))
    source = {k: v for k, v in frame.attrs.items()
              if k in ("format", "encoding", "sheet", "row_offset", "headers", "unmapped_headers",
                       "delimiter")}
    return report, source, len(frame)


def _preflight(schema: dict, period: str | None) -> None:
    """A period that is no period and a schema whose declared checks are unknown or malformed
    are the caller's mistakes, refused before a byte of the data is read."""
    from .domain import declared_checks, parse_period

    if period is not None:
        try:
            parse_period(period)
        except ValueError as exc:
            raise InputError(f"period {period}: {exc}") from None
    try:
        declared_checks(schema)
    except ValueError as exc:
        raise InputError(f"schema {schema.get('name') or '?'}: {exc}") from None


def _streamable_schema(schema: dict) -> bool:
    from .domain import declared_checks

    if any(fk.get("reference", {}).get("resource", "") == ""
           for fk in schema.get("foreignKeys") or []):
        return False
    return all(check.level == "field" for check, _, _ in declared_checks(schema))


# --- where the body starts ------------------------------------------------------------------------

def _record_ends(data: bytes) -> np.ndarray:
    """Positions of the newlines that end records (outside quotes) in ``data``, which starts at
    a record's start. Quotes and newlines are single bytes that no byte of a multi-byte
    character takes, in UTF-8 and in GB18030 alike."""
    arr = np.frombuffer(data, dtype=np.uint8)
    newlines = np.flatnonzero(arr == 10)
    quotes = np.flatnonzero(arr == 34)
    if len(quotes):
        newlines = newlines[np.searchsorted(quotes, newlines) % 2 == 0]
    return newlines


def _layout(path: Path, schema: dict) -> _Layout:
    from .tabular import (HEADER_MAX_ROWS, HEADER_SEARCH_ROWS, _header_span, _sniff_delimiter,
                          check_width, sniff_kind)

    if not path.is_file() or path.stat().st_size < 1 or sniff_kind(path) != "csv":
        raise _Fallback
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
        raise _Fallback                   # UTF-16, with or without a byte order mark
    bom = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
    head = head[bom:]
    arr = np.frombuffer(head, dtype=np.uint8)
    after = np.flatnonzero(arr == 13) + 1
    if (arr[after[after < len(arr)]] != 10).any():
        raise _Fallback                   # lone carriage returns end lines for csv, not here
    encoding = None
    for candidate in ("utf-8", "gb18030"):
        try:
            text = codecs.getincrementaldecoder(candidate)().decode(head, final=False)
            encoding = candidate
            break
        except UnicodeDecodeError:
            continue
    if encoding is None:
        raise _Fallback                   # read_table says what is wrong with the encoding
    lines = text.splitlines(keepends=True)[:HEADER_SEARCH_ROWS + HEADER_MAX_ROWS + 5]
    if not any(line.strip() for line in lines):
        raise _Fallback
    delimiter = _sniff_delimiter([line.rstrip("\r\n") for line in lines])
    try:
        rows = list(csv.reader(io.StringIO("".join(lines)), delimiter=delimiter))
    except csv.Error:
        raise _Fallback from None
    index, span, header = _header_span(rows, schema)
    width = max(len(r) for r in rows[index:index + span])
    check_width(width)
    ends = _record_ends(head)
    if len(ends) <= index + span - 1:
        raise _Fallback                   # a header beyond the first HEAD_BYTES
    titles = [" ".join(c.strip() for c in r if c.strip()) for r in rows[:index]]
    return _Layout(encoding, delimiter, index, span,
                   [str(h) for h in header] + [""] * (width - len(header)),
                   bom + int(ends[index + span - 1]) + 1, [t for t in titles if t])


# --- blocks ---------------------------------------------------------------------------------------

def _blocks(path: Path, offset: int):
    """(file offset, bytes) of consecutive runs of whole records from ``offset`` to the end."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        carry = b""
        while True:
            data = fh.read(BLOCK_BYTES)
            if not data:
                if carry:
                    yield offset, carry
                return
            data = carry + data
            cut = data.rfind(b"\n") if b'"' not in data else (
                int(ends[-1]) if len(ends := _record_ends(data)) else -1)
            if cut < 0:
                carry = data                   # one record longer than a block: read on
                if len(carry) > MAX_RECORD_BYTES:
                    raise _LongRecord
                continue
            yield offset, data[:cut + 1]
            offset += cut + 1
            carry = data[cut + 1:]


# a record (a row) longer than this in bytes, without its line end, is refused: it has a cell
# past MAX_CELL_CHARS (or is no table), and is not read into memory to find out
MAX_RECORD_BYTES = 16 * MAX_CELL_CHARS


class _LongRecord(Exception):
    """No record end within MAX_RECORD_BYTES."""


class _LongRow(Exception):
    """A record (``line``: 1-based in its block) with more cells than the header."""

    def __init__(self, line: int | None, cells: int | None):
        super().__init__(line, cells)
        self.line, self.cells = line, cells


def _parse(data: bytes, layout: _Layout) -> pd.DataFrame:
    """One block's rows as strings, one column per header cell (runs in the parser thread;
    record numbers are the caller's to add)."""
    width = len(layout.header)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            frame = pd.read_csv(io.BytesIO(data), encoding=layout.encoding,
                                sep=layout.delimiter, header=None, names=list(range(width)),
                                dtype=object, keep_default_na=False, na_filter=False,
                                skip_blank_lines=False, engine="c", index_col=False)
    except pd.errors.EmptyDataError:
        return pd.DataFrame({i: pd.Series([], dtype=object) for i in range(width)})
    except pd.errors.ParserError as exc:
        m = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if m:
            raise _LongRow(int(m.group(2)), int(m.group(3))) from None
        raise InputError(f"not a well-formed CSV ({str(exc).splitlines()[0]})") from None
    if any(issubclass(w.category, pd.errors.ParserWarning) for w in caught):
        raise _LongRow(*_long_row(data, layout))
    return frame            # na_filter=False: missing trailing cells are '' already


def _long_row(data: bytes, layout: _Layout) -> tuple[int | None, int | None]:
    width = len(layout.header)
    text = data.decode(layout.encoding, errors="replace")
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, MAX_CELL_CHARS + 1))
    try:
        for i, row in enumerate(csv.reader(io.StringIO(text), delimiter=layout.delimiter), 1):
            if len(row) > width:
                return i, len(row)
    finally:
        csv.field_size_limit(limit)
    return None, None


def _parsed(future_or_data, layout: _Layout, first_record: int) -> pd.DataFrame:
    """A block's rows; a record with more cells than the header named by its number."""
    try:
        return future_or_data.result() if hasattr(future_or_data, "result") else \
            _parse(future_or_data, layout)
    except _LongRow as exc:
        width = len(layout.header)
        if exc.line is None:
            raise InputError("a row has more cells than the header (有的行单元格比表头多)") from None
        line = first_record + exc.line - 1
        raise InputError(f"line {line} has {exc.cells} cells but the header has {width} "
                         f"(第{line}行有{exc.cells}个单元格，表头只有{width}列)") from None


def _check_cell_lengths(frame: pd.DataFrame, data: bytes, layout: _Layout, first_record: int) -> None:
    """A cell longer than :data:`~gongkai.limits.MAX_CELL_CHARS` is refused (no record is
    longer in bytes than its longest cell in characters, so most blocks are passed at once)."""
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
    starts = np.concatenate([[0], ends + 1])
    stops = np.concatenate([ends, [len(data)]])
    if len(starts) == 0 or int((stops - starts).max()) <= MAX_CELL_CHARS:
        return
    for number, name in enumerate(frame.columns):
        lengths = np.fromiter(map(len, frame[name].to_numpy(dtype=object)), np.int64, len(frame))
        over = np.flatnonzero(lengths > MAX_CELL_CHARS)
        if len(over):
            line = first_record + int(over[0])
            label = layout.header[number] if number < len(layout.header) else number + 1
            raise InputError(f"line {line}, column {label}: a cell of {int(lengths[over[0]]):,} "
                             f"characters (the limit is {MAX_CELL_CHARS:,}; 单元格过长)")


def _submit_next(parser: ThreadPoolExecutor, blocks, layout: _Layout):
    try:
        offset, data = next(blocks)
    except StopIteration:
        return None
    return offset, data, parser.submit(_parse, data, layout)


# bytes that are whitespace for str.strip (and the regex \s) in ASCII, and the multi-byte
# whitespace characters (U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F,
# U+3000) as UTF-8 and GB18030 write them
_ASCII_SPACE = np.zeros(256, dtype=bool)
_ASCII_SPACE[[9, 11, 12, 28, 29, 30, 31, 32]] = True
_WIDE_SPACES = "\u0085\u00a0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B)) + \
    "\u2028\u2029\u202f\u205f\u3000"
_ENCODED_SPACES = {encoding: [c.encode(encoding) for c in _WIDE_SPACES]
                   for encoding in ("utf-8", "gb18030")}


def _no_spaces(data: bytes, encoding: str) -> bool:
    """True when no cell of this block (without quotes) can hold a whitespace character other
    than the line ends: then no cell needs stripping. False when unsure."""
    arr = np.frombuffer(data, dtype=np.uint8)
    if _ASCII_SPACE[arr].any():
        return False
    after = np.flatnonzero(arr == 13) + 1
    if (arr[after[after < len(arr)]] != 10).any() or (len(after) and after[-1] >= len(arr)):
        return False                      # a carriage return that is not part of a line end
    spaces = _ENCODED_SPACES.get(encoding)
    if spaces is None:
        return False
    for lead in {space[0] for space in spaces}:
        at = np.flatnonzero(arr == lead)
        if not len(at):
            continue
        for space in (s for s in spaces if s[0] == lead):
            hit = at[at + len(space) <= len(arr)]
            for k, byte in enumerate(space[1:], 1):
                hit = hit[arr[hit + k] == byte]
            if len(hit):
                return False
    return True


# --- the stream -----------------------------------------------------------------------------------

def _validate_stream(path: Path, schema: dict, *, period: str | None, limit_errors: int,
                     force: bool):
    size = path.stat().st_size if path.is_file() else 0
    if size < STREAM_MIN_BYTES and not force:
        raise _Fallback
    layout = _layout(path, schema)
    try:
        return _run(path, schema, layout, period=period, limit_errors=limit_errors)
    except UnicodeDecodeError:
        if layout.encoding != "utf-8":
            raise InputError("encoding is neither UTF-8 nor GB18030/GBK (save the file as UTF-8 "
                             "CSV; 文件编码无法识别，请另存为 UTF-8 编码的 CSV)", path=str(path)) from None
        layout.encoding = "gb18030"       # UTF-8 at the top, not further down: as read_table
        layout.pieces.clear()
        try:
            return _run(path, schema, layout, period=period, limit_errors=limit_errors)
        except UnicodeDecodeError:
            raise InputError("encoding is neither UTF-8 nor GB18030/GBK (save the file as UTF-8 "
                             "CSV; 文件编码无法识别，请另存为 UTF-8 编码的 CSV)", path=str(path)) from None


def _run(path: Path, schema: dict, layout: _Layout, *, period: str | None, limit_errors: int):
    from .columns import ColumnEngine
    from .frame import (ValidationReport, _finish, body_descriptor, check_header, domain_errors,
                        normalise_columns)
    from .tabular import TOTAL_RE, _row_is, table_tail

    headers = layout.header
    width = len(headers)
    mapping = map_headers(headers, schema)
    columns = [mapping.get(h, h) for h in headers]
    # the first column of each field present (a duplicated label is reported, not checked twice)
    firsts: dict[str, int] = {}
    for i, name in enumerate(columns):
        firsts.setdefault(name, i)
    fields = [f["name"] for f in schema["fields"]]
    present = [n for n in fields if n in firsts]
    descriptor, dropped = body_descriptor(schema, present)
    body_start = layout.header_index + layout.header_span + 1   # file row under the header

    def chunk_columns(raw: pd.DataFrame, *, no_spaces: bool = False, canonical=None) -> dict:
        columns = {name: raw[firsts[name]].to_numpy(dtype=object) for name in present}
        return normalise_columns(columns, schema, all_str=True, no_spaces=no_spaces,
                                 canonical=canonical)

    def piece_rows(piece: _Piece, fh) -> pd.DataFrame:
        fh.seek(piece.offset)
        raw = _parsed(fh.read(piece.length), layout, 0)
        return raw.iloc[piece.skip:].reset_index(drop=True)

    def fetch(rows: list[int]) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        wanted = sorted(rows)
        with open(path, "rb") as fh:
            for piece in layout.pieces:
                here = [r for r in wanted if piece.start <= r < piece.start + piece.rows]
                if not here:
                    continue
                strings = chunk_columns(piece_rows(piece, fh))
                for r in here:
                    out[r] = [strings[name][r - piece.start] for name in present]
        return out

    engine = ColumnEngine(descriptor, limit_errors=limit_errors, fetch=fetch)
    domain_found: list[tuple[int, int, dict]] = []      # (check position, order, error)
    skipped: dict[tuple, dict] = {}
    rows = raw_rows = 0            # table rows fed; rows read under the header (totals too)
    first = None                   # total rows right under the header, left out (table_layout)
    row_offset = 0
    # the first table row with a value in each column: a trailing column without a header and
    # without a value in the table is not part of it
    first_value = np.full(width, np.iinfo(np.int64).max, dtype=np.int64)
    # the next block is parsed in a thread while this one is checked (the parser lets go of
    # the GIL while it tokenises)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="gongkai-csv") as parser:
        blocks = _blocks(path, layout.body_offset)

        def next_block():
            try:
                return _submit_next(parser, blocks, layout)
            except _LongRecord:
                line = body_start + raw_rows
                raise InputError(f"line {line} or a later one: a row of more than "
                                 f"{MAX_RECORD_BYTES:,} bytes (a cell past the limit of "
                                 f"{MAX_CELL_CHARS:,} characters; 单元格过长)") from None

        ahead = next_block()
        while ahead is not None:
            offset, data, parsed = ahead
            raw = _parsed(parsed, layout, body_start + raw_rows)
            ahead = next_block()
            _check_cell_lengths(raw, data, layout, body_start + raw_rows)
            skip = 0
            if first is None:
                values = raw.to_numpy(dtype=object)
                first = 0
                while first < len(values) and _row_is(values[first], TOTAL_RE, width):
                    first += 1
                skip = first
                raw = raw.iloc[skip:].reset_index(drop=True)
                row_offset = layout.header_index + layout.header_span - 1 + first
            n = len(raw)
            layout.pieces.append(_Piece(rows, n, offset, len(data), skip))
            for i in range(width):
                hit = np.flatnonzero(raw[i].to_numpy(dtype=object) != "")
                if len(hit) and first_value[i] > rows + hit[0]:
                    first_value[i] = rows + int(hit[0])
            quoted = b'"' in data
            canonical: dict = {}
            strings = chunk_columns(raw, no_spaces=not quoted and _no_spaces(data, layout.encoding),
                                    canonical=canonical)
            del raw
            engine.feed(strings, comma_free=not quoted and layout.delimiter == ",",
                        canonical=canonical)
            positions: list[int] = []
            chunk_skipped: list[dict] = []
            found = domain_errors(strings, schema, period=period,
                                  row_offset=row_offset + rows, skipped=chunk_skipped,
                                  positions=positions)
            domain_found += [(pos, len(domain_found) + k, err)
                             for k, (pos, err) in enumerate(zip(positions, found))]
            for item in chunk_skipped:
                skipped.setdefault((item["check"], item["field"]), item)
            rows += n
            raw_rows += n + skip
            if engine.full:
                if ahead is not None:
                    ahead[2].cancel()
                break
    # where the table ends: blank rows, totals and notes at its end are left out, as read_table
    # leaves them out (table_layout); no error of an earlier row depends on them
    table_rows, tail = rows, []
    if not engine.full:
        table_rows = 0
        with open(path, "rb") as fh:
            for piece in reversed(layout.pieces):
                values = piece_rows(piece, fh).to_numpy(dtype=object)
                end, left = table_tail(values, width)
                tail += [dict(r, position=piece.start + r["position"], text=" ".join(
                    str(c).strip() for c in values[r["position"]] if str(c).strip()))
                    for r in left]
                if end > 0:
                    table_rows = piece.start + end
                    break
    while width and not headers[width - 1].strip() and first_value[width - 1] >= table_rows:
        width -= 1
    header_errors, header_warnings, header = check_header(columns[:width], schema,
                                                          header_row=1 + row_offset)
    result = engine.finish()
    body = [e for e in result.errors if e["rowNumber"] - 2 < table_rows]
    errors = _finish(header_errors + body, schema, row_offset=row_offset, descriptor=descriptor)
    last_row = table_rows + 1 + row_offset
    domain = [err for _, _, err in sorted(domain_found, key=lambda t: t[:2])
              if err["rowNumber"] is None or err["rowNumber"] <= last_row]
    report = ValidationReport(valid=False, errors=errors + domain, rows=table_rows,
                              fields=len(present), checks=["header", "columns", "domain"],
                              engine="columns",
                              warnings=header_warnings + list(result.warnings) + [
                                  f"not checked here: {d}" for d in dropped],
                              skipped=list(skipped.values()), header=header,
                              partial=result.partial)
    report.valid = not report.errors
    left_out = [{"row": body_start + r, "kind": "total"} for r in range(first or 0)]
    left_out += [{"row": body_start + (first or 0) + r["position"], "kind": r["kind"]}
                 for r in sorted(tail, key=lambda r: r["position"]) if r["kind"] != "blank"]
    source = {"format": "csv", "encoding": "utf-8-sig" if layout.encoding == "utf-8" else layout.encoding,
              "delimiter": layout.delimiter, "row_offset": row_offset, "headers": headers[:width],
              "unmapped_headers": [h for h in headers[:width] if h not in mapping],
              "header_rows": list(range(layout.header_index + 1, body_start)),
              "title_rows": layout.titles, "left_out_rows": left_out,
              "notes_after_table": [r["text"] for r in sorted(tail, key=lambda r: r["position"])
                                    if r["kind"] == "note"],
              "streamed": {"blocks": len(layout.pieces), "block_bytes": BLOCK_BYTES}}
    return report, source, table_rows
