"""The release gate: scan files about to be published for personal values, and scrub notebooks.

:func:`scan_paths` reads every file under the given files and folders. What a file is comes
from its content, never from its name: a real PDF (``%PDF``) is read page by page (its text
layer; pages without one are OCR'd), a real image (PNG, JPEG, GIF, WebP by their magic bytes)
goes through the image policy below, an XLSX (a ZIP holding ``xl/workbook.xml``) is read sheet
by sheet after a check of its unpacked size (a ZIP bomb is refused, not opened); anything else
is text, whatever its suffix: CSV/TSV through the project's table reader
(:func:`gongkai.validate.tabular.read_table`), JSON, Jupyter notebooks (sources, outputs,
metadata including papermill parameters, attachments), HTML, Markdown, and every other file line
by line (binary content decoded as Latin-1, so digits in it are still seen). No value is skipped
for its length (long runs of IDs joined by ``/`` or phones joined by ``+`` are read like any
text); embedded ``data:`` URIs are decoded and handled as the images they are. A file the gate
cannot read is a finding (``unreadable``): it never passes unread.

A :class:`Finding` names the file, where in it (row and column for tables, a JSON path, a cell
and output, a line) and the detector that fired; it never holds the value.

Columns declared ``deidentify: keep`` (a lawfully public 监督举报电话) may be exempted per file
with ``allow``, but only for the values an office publishes as its own number: landlines and
service numbers (:data:`KEEP_EXEMPT_DETECTORS`). A mobile, an ID, a card, an e-mail or a name in
a kept column is still a finding: a mobile printed on the hotline line is somebody's personal
number. The same rule holds for :func:`public_values`.

Numbers are found on normalised text and across cells: an ID written in groups of any size
(3701 0219 9001 0112 31), an 18-character ID-shaped number with a wrong check character after
an ID cue (身份证号…: a mistyped ID is still somebody's), and a card or ID split over two or three
adjacent cells of a row (:func:`gongkai.deid.detectors.split_number_hits`).

Images (page pictures and charts in executed notebooks, their HTML, standalone image files) are
handled by a structural guarantee with OCR as the fallback, chosen by measurement: tesseract
(chi_sim) needed 4 s for one 150-dpi page on a quiet machine and 36-51 s under the load of a
shared 2-core machine, so reading every source-page picture of every run would multiply the
batch's cost several times (a listing shows four pages). Instead an image passes when the code
that drew it certified it (:mod:`gongkai.deid.images`: a PNG chunk bound to the pixels by their
digest, stating ``redacted``, ``public-source`` or ``chart``); an uncertified image small enough
to read quickly (:data:`gongkai.deid.images.OCR_MAX_PIXELS`, a chart: about 1-3 s) is OCR'd and
its text scanned like any other; any other uncertified image is a finding (``image_unchecked``).
:func:`scrub_notebook` removes from a record the images that would fail this way, so an archived
run never holds an unchecked picture.

:func:`scrub_notebook` cleans an executed notebook before it is archived or published.
"""

from __future__ import annotations

import codecs
import contextlib
import contextvars
import copy
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

from . import images
from .names import OFFICIALS, find_names, may_hold_name, series_name_hits, without_officials
from .detectors import (KEEP_EXEMPT_DETECTORS, PREFILTER, Hit, find_all, redact_text, series_hits,
                        split_number_hits)
from ..keyfile import known_secrets

__all__ = ["Finding", "scan_paths", "scan_frame", "scan_text", "format_findings",
           "scrub_notebook", "is_secret_name", "public_values", "public_names_key", "officials_key",
           "names_mode", "OFFICIALS_FILE", "hits_in_text",
           "PUBLIC_NAMES_FILE", "scan_image", "sniff", "scrub_text"]

TABLE_SUFFIXES = {".csv", ".tsv"}
JSON_SUFFIXES = {".json", ".geojson", ".jsonld"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MD_SUFFIXES = {".md", ".markdown"}
#: An XLSX whose parts unpack to more than this, or any part of which expands more than
#: ZIP_MAX_RATIO times, is refused unopened (a ZIP bomb).
ZIP_MAX_UNPACKED = 512 * 1024 * 1024
ZIP_MAX_RATIO = 200
#: Image-only PDF pages OCR'd at most per file; more are a finding (image_unchecked).
PDF_OCR_MAX_PAGES = 20
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
# data: URIs of images inside text (HTML attributes, Markdown, JSON strings)
_DATA_URI_RE = re.compile(r"data:image/[A-Za-z0-9.+-]+;base64,([A-Za-z0-9+/=\s]+)")


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
    """Findings in every column of ``df``; rows are numbered as the validator numbers them
    (:func:`gongkai.validate.tabular.source_row`: the file's line or the sheet's row, the
    header being row 1 of a frame not read from a file). Column headers are scanned too. In
    ``allow_columns`` (declared ``keep``) only the values of :data:`KEEP_EXEMPT_DETECTORS`
    pass. Cards and IDs split over adjacent cells are found as well."""
    from ..validate.tabular import source_row

    allowed = {str(c) for c in allow_columns}
    findings: list[Finding] = []
    prefix = f"{where}, " if where else ""
    names = []
    for index, column in enumerate(df.columns):
        name = str(column)
        header_hits = hits_in_text(name, names=False)
        for h in header_hits:
            findings.append(Finding(file, f"{prefix}header of column {index + 1}", h.detector,
                                    h.kind))
        kept = name in allowed
        if header_hits:
            name = f"column {index + 1}"          # never put a personal value in a finding
        names.append(name)
        public_column = names_mode(str(column), allowed)
        for pos, text, hits in series_hits(df[column]):
            row = source_row(df, pos)
            if public_column:
                hits = without_officials(text, hits)   # (an official after a cue: 姓名：刘志刚，现任…)
            for h in _not_public(text, _not_kept(hits) if kept else hits):
                findings.append(Finding(file, f"{prefix}row {row}, column {name}", h.detector,
                                        h.kind, column=name, row=row))
        findings += _name_findings(
            df[column], public_column, file,
            lambda pos, name=name: f"{prefix}row {source_row(df, pos)}, column {name}", name,
            row_of=lambda pos: source_row(df, pos))
    findings += _split_findings([df[c] for c in df.columns], names, file,
                                lambda r, c: f"{prefix}row {source_row(df, r)}, columns {', '.join(c)}",
                                row_of=lambda pos: source_row(df, pos))
    return findings


def _name_findings(series: pd.Series, public: bool | str, file: str, where, column: str,
                   row_of=lambda pos: pos + 1) -> list[Finding]:
    """Uncued person names in a column (:mod:`gongkai.deid.names`); a name that a cue-based
    detector found as well is reported by that one only."""
    out = []
    for pos, text, hits in series_name_hits(series, public_names=public or _FILE_PUBLIC_NAMES.get()):
        cued = [h for h in find_all(text) if h.kind == "person_name"] if PREFILTER.search(text) else []
        for h in hits:
            if any(c.start < h.end and h.start < c.end for c in cued):
                continue
            out.append(Finding(file, where(pos), h.detector, h.kind, column=column, row=row_of(pos)))
    return out


def _not_kept(hits: list[Hit]) -> list[Hit]:
    return [h for h in hits if h.detector not in KEEP_EXEMPT_DETECTORS]


def _split_findings(columns: list[pd.Series], names: list[str], file: str, where,
                    row_of=lambda pos: pos + 1) -> list[Finding]:
    out = []
    for row, span, kind, detector in split_number_hits(columns):
        shown = [names[c] for c in span]
        out.append(Finding(file, where(row, shown), detector, kind, column=shown[0], row=row_of(row)))
    return out


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
    return [h for h in hits if h.detector not in KEEP_EXEMPT_DETECTORS
            or _value_key(text[h.start:h.end]) not in public]


def _blank_data_uris(text: str) -> str:
    """``text`` with the payload of embedded images blanked (they are checked as images)."""
    if "data:image" not in text:
        return text
    return _DATA_URI_RE.sub(lambda m: m.group(0)[:len(m.group(0)) - len(m.group(1))]
                            + " " * len(m.group(1)), text)


# Uncued person names declared public (officials in a gazette) for the file being scanned:
# set by scan_paths from an ``allow`` entry "names:*"; per column with "names:<column>".
_FILE_PUBLIC_NAMES: contextvars.ContextVar[bool | str] = contextvars.ContextVar(
    "gongkai_file_public_names", default=False)
PUBLIC_NAMES_PREFIX = "names:"
PUBLIC_NAMES_FILE = PUBLIC_NAMES_PREFIX + "*"
# ... and "officials:<column>", "officials:*": only officials' names there are public (a gazette).
OFFICIALS_PREFIX = OFFICIALS + ":"
OFFICIALS_FILE = OFFICIALS_PREFIX + "*"


def public_names_key(column: str) -> str:
    """The ``allow`` entry that declares a column's uncued person names public."""
    return PUBLIC_NAMES_PREFIX + str(column)


def officials_key(column: str) -> str:
    """The ``allow`` entry that declares a column's officials' names public, and only theirs."""
    return OFFICIALS_PREFIX + str(column)


def names_mode(column: str | None, allowed) -> bool | str:
    """What ``allowed`` declares public of the names in ``column`` (see
    :func:`gongkai.deid.names.find_names`): True, "officials" or False."""
    if column is None:
        return False
    if public_names_key(column) in allowed:
        return True
    return OFFICIALS if officials_key(column) in allowed else False


def _file_names_mode(allowed) -> bool | str:
    return True if PUBLIC_NAMES_FILE in allowed else (OFFICIALS if OFFICIALS_FILE in allowed else False)


def hits_in_text(text: str, *, names: bool = True, public_names: bool | str = False) -> list[Hit]:
    """The detectors' hits in ``text``, plus person names without a cue (unless ``names`` is
    False: headers, keys and notebook sources are the project's own words), except names
    declared public for this column or file (names after a cue word are still found)."""
    if not text:
        return []
    blanked = _blank_data_uris(text)
    hits = _not_public(text, find_all(blanked)) if PREFILTER.search(text) else []
    if hits and (public_names or _FILE_PUBLIC_NAMES.get()):
        hits = without_officials(blanked, hits)
    if names and may_hold_name(blanked):
        hits = hits + find_names(blanked, public_names=public_names or _FILE_PUBLIC_NAMES.get(),
                                 taken=hits)
    return hits


def scan_text(text: str, *, file: str = "", where: str = "", first_line: int = 1,
              names: bool = True) -> list[Finding]:
    """Findings in free text, located by line (``where`` prefixes the location); images
    embedded as ``data:`` URIs are checked by :func:`scan_image`."""
    findings = []
    prefix = f"{where}, " if where else ""
    for i, line in enumerate(text.splitlines(), start=first_line):
        for h in hits_in_text(line, names=names):
            findings.append(Finding(file, f"{prefix}line {i}", h.detector, h.kind, row=i))
        if "data:image" in line:
            findings += _data_uri_findings(line, file, f"{prefix}line {i}")
    return findings


# --- images ----------------------------------------------------------------------------------

def _b64(text: str) -> bytes | None:
    import base64
    import binascii

    try:
        return base64.b64decode(re.sub(r"\s+", "", text), validate=False)
    except (binascii.Error, ValueError):
        return None


def image_verdict(data: bytes) -> tuple[str, list[Hit], str]:
    """How the image policy judges ``data``: (``certified`` | ``read`` | ``unchecked``, hits
    in the OCR text, the OCR text)."""
    if images.certificate(data):
        return "certified", [], ""
    head = data[:256].lstrip()
    if head.startswith((b"<svg", b"<?xml", b"<!--")) and b"<svg" in data[:4096]:
        # SVG is text: its words and attributes are read like any HTML
        text = decode_bytes(data)
        hits = [h for line in text.splitlines() for h in hits_in_text(line)]
        return "read", hits, text
    pixels = images.pixel_count(data)
    if pixels is None or pixels > images.OCR_MAX_PIXELS:
        return "unchecked", [], ""
    text = images.ocr_text(data)
    if text is None:
        return "unchecked", [], ""
    hits = [h for line in text.splitlines() for h in hits_in_text(line)]
    return "read", hits, text


def scan_image(data: bytes, *, file: str = "", where: str = "") -> list[Finding]:
    """Findings for one image (see the module's image policy)."""
    verdict, hits, _text = image_verdict(data)
    loc = f"{where}, image" if where else "image"
    if verdict == "unchecked":
        return [Finding(file, f"{loc}: not certified by gongkai and too large to OCR",
                        "image_unchecked", "image")]
    return [Finding(file, f"{loc} (OCR)", h.detector, h.kind) for h in hits]


def _data_uri_findings(text: str, file: str, where: str) -> list[Finding]:
    findings = []
    for n, m in enumerate(_DATA_URI_RE.finditer(text), start=1):
        data = _b64(m.group(1))
        if data is None:
            findings.append(Finding(file, f"{where}, embedded image {n}: undecodable",
                                    "image_unchecked", "image"))
            continue
        findings += scan_image(data, file=file, where=f"{where}, embedded image {n}")
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

def _scan_csv(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    """A CSV read by the project's one table reader (:func:`gongkai.validate.tabular.read_table`:
    encoding, delimiter, header row); what that reader refuses (an unknown encoding, ragged rows)
    is scanned line by line as text, without column exemptions: the gate never passes a file
    it could not read."""
    from ..errors import InputError
    from ..validate.tabular import read_table

    try:
        frame = read_table(path)
    except InputError:
        return scan_text(decode_bytes(path.read_bytes()), file=rel)
    return scan_frame(frame, allowed, file=rel)


# --- XLSX ------------------------------------------------------------------------------------

def _zip_refusal(path: Path) -> str | None:
    """Why an archive must not be unpacked (a ZIP bomb), or None."""
    import zipfile

    total = 0
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            total += info.file_size
            if info.file_size > 1 << 20 and info.file_size > ZIP_MAX_RATIO * max(info.compress_size, 1):
                return f"part {len(info.filename)}-character name expands {info.file_size // max(info.compress_size, 1)}x"
            if total > ZIP_MAX_UNPACKED:
                return "unpacks to more than {} MB".format(ZIP_MAX_UNPACKED >> 20)
    return None


_XML_TAG = re.compile(r"<[^>]*>")


def _xlsx_media_findings(path: Path, rel: str) -> list[Finding]:
    """What a workbook holds outside its cells: pictures (xl/media), and the text of every
    other part -- comments, sheet names, document properties (author), headers and footers,
    defined names -- read as text with the markup removed. Cells (worksheets, shared strings)
    are read by openpyxl with their rows and columns."""
    import html as html_lib
    import zipfile

    findings = []
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith("xl/media/"):
                findings += scan_image(archive.read(info), file=rel, where=name)
            elif name.endswith((".xml", ".rels", ".vml")) and not name.startswith(
                    ("xl/worksheets/sheet", "xl/sharedStrings")):
                text = html_lib.unescape(_XML_TAG.sub("\n", decode_bytes(archive.read(info))))
                findings += scan_text(text, file=rel, where=name)
    return findings


def _scan_xlsx(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    import openpyxl
    from openpyxl.utils import get_column_letter

    refusal = _zip_refusal(path)
    if refusal:
        return [Finding(rel, f"unreadable (archive refused unopened: {refusal})", "unreadable",
                        "unreadable")]
    findings: list[Finding] = _xlsx_media_findings(path, rel)
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
                hits = hits_in_text(text, names=False) if text else []
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
                kept = name in allowed
                for pos, text, hits in series_hits(data[i]):
                    excel_row = header_row + pos + 1
                    for hit in _not_public(text, _not_kept(hits) if kept else hits):
                        findings.append(Finding(
                            rel, f"sheet {ws.title}, cell {get_column_letter(i + 1)}{excel_row}, "
                                 f"row {excel_row}, column {name}",
                            hit.detector, hit.kind, column=name, row=excel_row))
                findings += _name_findings(
                    data[i], names_mode(name, allowed), rel,
                    lambda pos, i=i, name=name, ws=ws, h=header_row:
                        f"sheet {ws.title}, cell {get_column_letter(i + 1)}{h + pos + 1}, "
                        f"row {h + pos + 1}, column {name}", name,
                    row_of=lambda pos, h=header_row: h + pos + 1)
            findings += _split_findings(
                [data[i] for i in range(len(names))], names, rel,
                lambda r, c, ws=ws, h=header_row: f"sheet {ws.title}, row {h + r + 1}, "
                                                  f"columns {', '.join(c)}",
                row_of=lambda pos, h=header_row: h + pos + 1)
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
    yielded too. A key that holds a personal value is shown by position in paths. Iterative:
    a report nested thousands of levels deep is walked like a flat one."""
    stack = [(obj, path, key)]
    while stack:
        obj, path, key = stack.pop()
        if isinstance(obj, dict):
            children = []
            for i, (k, v) in enumerate(obj.items()):
                k = str(k)
                if hits_in_text(k, names=False):
                    shown = f"{path}{{key {i}}}"
                    yield shown, None, k
                    children.append((v, shown, None))
                else:
                    children.append((v, _child(path, k), k))
            stack.extend(reversed(children))
        elif isinstance(obj, list):
            stack.extend(reversed([(v, _child(path, i), key) for i, v in enumerate(obj)]))
        elif isinstance(obj, str):
            yield path, key, obj
        elif isinstance(obj, int) and not isinstance(obj, bool) and abs(obj) >= 10**6:
            yield path, key, str(obj)
        elif isinstance(obj, float) and obj == obj and abs(obj) != float("inf") \
                and obj.is_integer() and abs(obj) >= 1e6:
            yield path, key, str(int(obj))


def _scan_json_obj(obj, rel: str, allowed: set[str], root: str = "$") -> list[Finding]:
    findings = []
    for path, key, text in _walk_json(obj, root, None, allowed):
        hits = hits_in_text(text, public_names=names_mode(key, allowed))
        if key is not None and key in allowed:
            hits = _not_kept(hits)
        for h in hits:
            findings.append(Finding(rel, path, h.detector, h.kind, column=key))
        if "data:image" in text:
            findings += _data_uri_findings(text, rel, path)
    return findings


def _load_json(text: str):
    """The parsed document, or None when it is not JSON or nested too deeply to parse (then
    it is scanned as text)."""
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return None


def _scan_json(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    text = decode_bytes(path.read_bytes())
    obj = _load_json(text)
    if obj is None:
        return scan_text(text, file=rel)
    return _scan_json_obj(obj, rel, allowed)


def _scan_jsonl(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    findings = []
    text = decode_bytes(path.read_bytes())
    for i, line in enumerate(text.splitlines(), start=1):
        obj = _load_json(line)
        if obj is None:
            findings += scan_text(line, file=rel, first_line=i)
            continue
        findings += _scan_json_obj(obj, rel, allowed, root=f"line {i}: $")
    return findings


# --- HTML ------------------------------------------------------------------------------------

# every attribute value is read (src holds embedded images) except these markup-only ones
_UNSCANNED_ATTRS = {"class", "id", "style", "width", "height", "colspan", "rowspan", "align",
                    "valign", "border", "cellpadding", "cellspacing", "type", "rel", "charset",
                    "lang", "dir", "role", "tabindex"}


# nbconvert's HTML puts a notebook's own cells (code, Markdown headings) in these: the project's
# words, read for numbers and cued names but not for uncued names (as in the .ipynb)
_SOURCE_AREA_CLASSES = ("jp-InputArea", "input_area")


class _HTMLCollector(HTMLParser):
    """Text with line numbers, and table cells with their column headers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[tuple[int, str]] = []        # (line, text) outside tables
        self.source_texts: list[tuple[int, str]] = []  # ... inside a notebook's source cells
        self._source_depth = 0
        self.tables: list[list[list[tuple[str, bool, int]]]] = []
        self._stack: list[list[list[tuple[str, bool, int]]]] = []
        self._cell: list[str] | None = None
        self._cell_th = False
        self._cell_line = 0

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        for name, value in attrs:
            if value and name not in _UNSCANNED_ATTRS:
                self.texts.append((line, value))
        if tag == "div":
            if self._source_depth:
                self._source_depth += 1
            elif any(c in (dict(attrs).get("class") or "") for c in _SOURCE_AREA_CLASSES):
                self._source_depth = 1
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
        if tag == "div" and self._source_depth:
            self._source_depth -= 1
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
            (self.source_texts if self._source_depth else self.texts).append(
                (self.getpos()[0], data))

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
            for h in hits_in_text(sub):
                findings.append(Finding(file, f"{prefix}line {line + i}", h.detector, h.kind,
                                        row=line + i))
        if "data:image" in chunk:
            findings += _data_uri_findings(chunk, file, f"{prefix}line {line}")
    for line, chunk in parser.source_texts:
        for i, sub in enumerate(chunk.splitlines() or [chunk]):
            for h in hits_in_text(sub, names=False):
                findings.append(Finding(file, f"{prefix}line {line + i} (notebook source)",
                                        h.detector, h.kind, row=line + i))
    for t_index, table in enumerate(parser.tables, start=1):
        rows = [r for r in table if r]
        if not rows:
            continue
        header_rows = 0
        while header_rows < len(rows) and all(th for _t, th, _l in rows[header_rows][1:] or
                                                  rows[header_rows]):
            header_rows += 1
        header = [None if hits_in_text(t, names=False) else t for t, _th, _l in rows[0]] \
            if header_rows else []
        for r_index, row in enumerate(rows[header_rows:], start=1):
            for c_index, (cell, _th, line) in enumerate(row):
                column = header[c_index] if c_index < len(header) and header[c_index] else None
                hits = hits_in_text(cell, public_names=names_mode(column, allowed))
                if column is not None and column in allowed:
                    hits = _not_kept(hits)
                for h in hits:
                    col_text = f", column {column}" if column else f", column {c_index + 1}"
                    findings.append(Finding(file, f"{prefix}table {t_index}, row {r_index}"
                                                  f"{col_text} (line {line})",
                                            h.detector, h.kind, column=column, row=r_index))
        for row in rows[:header_rows]:
            for cell, _th, line in row:
                for h in hits_in_text(cell, names=False):
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
        if "data:image" in line:
            findings += _data_uri_findings(line, file, f"{prefix}line {i}")
        if header is not None and "|" in line and line.strip():
            for c_index, cell in enumerate(_md_cells(line)):
                column = header[c_index] if c_index < len(header) else None
                hits = hits_in_text(cell, public_names=names_mode(column, allowed))
                if column in allowed:
                    hits = _not_kept(hits)
                for h in hits:
                    findings.append(Finding(file, f"{prefix}line {i}, column {column or c_index + 1}",
                                            h.detector, h.kind, column=column, row=i))
            continue
        header = None
        if "|" in line and i < len(lines) and _MD_SEP.match(lines[i]):
            header = [None if hits_in_text(c, names=False) else c for c in _md_cells(line)]
        for h in hits_in_text(line):
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
    JSON, errors); images (outputs and cell attachments) by the image policy."""
    allowed = set(allowed)
    findings = _scan_json_obj(nb.get("metadata", {}), file, set(), root="metadata")
    for c_index, cell in enumerate(nb.get("cells", [])):
        where = f"cell {c_index}"
        # sources are the project's notebook (code, headings): numbers and cued names are
        # looked for, uncued names are not (a heading is not a person)
        findings += scan_text(_text_of(cell.get("source")), file=file, where=f"{where} source",
                              names=False)
        findings += _scan_json_obj(cell.get("metadata", {}), file, set(), root=f"{where} metadata")
        for name, bundle in (cell.get("attachments") or {}).items():
            for mime, value in (bundle or {}).items():
                findings += _mime_image_findings(mime, value, file,
                                                 f"{where} attachment {len(name)}-character name")
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
                    findings += _mime_image_findings(mime, value, file, m_where)
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


def _mime_image_findings(mime: str, value, file: str, where: str) -> list[Finding]:
    if mime == "image/svg+xml":
        return scan_html(_text_of(value), file=file, where=where)
    data = _b64(_text_of(value))
    if data is None:
        return [Finding(file, f"{where}: undecodable image", "image_unchecked", "image")]
    return scan_image(data, file=file, where=where)


def _scan_ipynb(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    text = decode_bytes(path.read_bytes())
    nb = _load_json(text)
    if nb is None:
        return scan_text(text, file=rel)
    if not isinstance(nb, dict):
        return _scan_json_obj(nb, rel, allowed)
    return scan_notebook_obj(nb, file=rel, allowed=allowed)


def _scan_text_file(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    data = path.read_bytes()
    if b"\0" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # binary content of no kind the gate knows: its bytes are read as Latin-1 text, so a
        # number written into it in ASCII is still seen
        return scan_text(data.decode("latin-1").replace("\0", "\n"), file=rel)
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


def sniff(path: Path) -> str:
    """What a file is, from its first bytes: pdf | image | xlsx | zip | text."""
    with open(path, "rb") as fh:
        head = fh.read(16)
    if head.startswith(b"%PDF"):
        return "pdf"
    if images.image_kind(head + b"\0" * 16):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        import zipfile

        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError):
            return "zip"                     # a damaged archive: unreadable, not text
        return "xlsx" if "xl/workbook.xml" in names else "zip"
    return "text"


def _scan_pdf(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    """The text layer of every page; pages without one are OCR'd as images (at most
    PDF_OCR_MAX_PAGES of them; beyond, they are findings)."""
    import pypdfium2 as pdfium

    findings: list[Finding] = []
    pdf = pdfium.PdfDocument(str(path))
    try:
        ocr_pages = 0
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                if text.strip():
                    findings += scan_text(text.replace("\r\n", "\n"), file=rel,
                                          where=f"page {index + 1}")
                    continue
                ocr_pages += 1
                where = f"page {index + 1} (no text layer)"
                if ocr_pages > PDF_OCR_MAX_PAGES:
                    findings.append(Finding(rel, f"{where}: not read", "image_unchecked", "image"))
                    continue
                image = page.render(scale=150 / 72).to_pil()
                buffer = io.BytesIO()
                image.save(buffer, format="PNG")
                text = images.ocr_text(buffer.getvalue())
                if text is None:
                    findings.append(Finding(rel, f"{where}: OCR unavailable", "image_unchecked",
                                            "image"))
                else:
                    findings += scan_text(text, file=rel, where=f"{where}, OCR")
            finally:
                page.close()
    finally:
        pdf.close()
    return findings


def _scan_zip(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    return [Finding(rel, "unreadable (an archive: publish its files, not the archive)",
                    "unreadable", "unreadable")]


def _scan_image_file(path: Path, rel: str, allowed: set[str]) -> list[Finding]:
    return scan_image(path.read_bytes(), file=rel)


def scan_file(path: Path, rel: str | None = None, allowed: Iterable[str] = ()) -> list[Finding]:
    """Findings in one file. Its content says what it is (:func:`sniff`); the suffix only
    chooses among the text formats."""
    path = Path(path)
    rel = rel or path.name
    allowed = set(allowed)
    kind = sniff(path)
    if kind == "pdf":
        return _scan_pdf(path, rel, allowed)
    if kind == "image":
        return _scan_image_file(path, rel, allowed)
    if kind == "xlsx":
        return _scan_xlsx(path, rel, allowed)
    if kind == "zip":
        return _scan_zip(path, rel, allowed)
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return _scan_csv(path, rel, allowed)
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
    Every file is read (see the module's docstring); none is skipped by its name or size.
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
            token = _FILE_PUBLIC_NAMES.set(_file_names_mode(allowed))
            try:
                findings += scan_file(f, rel, allowed)
            except Exception as exc:  # noqa: BLE001 -- fail closed, whatever the reader raised
                # a file the gate cannot read is not a clean file
                findings.append(Finding(rel, f"unreadable ({type(exc).__name__})", "unreadable",
                                        "unreadable"))
            finally:
                _FILE_PUBLIC_NAMES.reset(token)
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


REMOVED_IMAGE_NOTE = "〔图像已移除：未经去标识化认证，且无法自动核查〕"


def _image_passes(data: bytes | None) -> bool:
    """Would the gate let this image pass (certified, or read by OCR and clean)?"""
    if data is None:
        return False
    verdict, hits, _text = image_verdict(data)
    return verdict == "certified" or (verdict == "read" and not hits)


def _scrub_text(s: str, secrets: list[str], names: bool = True) -> str:
    for secret in secrets:
        if secret in s:
            s = s.replace(secret, SECRET_PLACEHOLDER)
    hits = hits_in_text(s, names=names)
    return redact_text(s, hits) if hits else s


def scrub_text(text: str) -> str:
    """``text`` (a report, a log) with every personal value the gate would find replaced by its
    placeholder; embedded images that the gate would refuse are emptied."""
    return _scrub_string(text, [])


def _scrub_string(s: str, secrets: list[str], names: bool = True) -> str:
    if "data:image" not in s:
        return _scrub_text(s, secrets, names)
    # embedded images: kept when they pass the image policy, else emptied (data:,); the text
    # around them is scrubbed as text
    out, pos = [], 0
    for m in _DATA_URI_RE.finditer(s):
        out.append(_scrub_text(s[pos:m.start()], secrets, names))
        out.append(m.group(0) if _image_passes(_b64(m.group(1))) else "data:,")
        pos = m.end()
    out.append(_scrub_text(s[pos:], secrets, names))
    return "".join(out)


def _scrub_mime_bundle(bundle: dict, secrets: list[str]) -> dict:
    out = {}
    removed = False
    for mime, val in bundle.items():
        if mime.startswith("image/") and mime != "image/svg+xml":
            if _image_passes(_b64(_text_of(val))):
                out[mime] = val
            else:
                removed = True
        else:
            out[mime] = _scrub(val, secrets, mime)
    if removed:
        out["text/plain"] = REMOVED_IMAGE_NOTE
    return out


def _scrub(obj, secrets: list[str], key: str | None = None, names: bool = True):
    if isinstance(obj, list) and key == "source" or isinstance(obj, str) and key == "source":
        names = False               # a cell's source: the project's code and headings
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k == "attachments" and isinstance(v, dict):
                out[k] = {name: _scrub_mime_bundle(b, secrets) if isinstance(b, dict) else b
                          for name, b in v.items()}
            elif k in _SKIP_KEYS:
                out[k] = v
            elif k == "data" and isinstance(v, dict):
                out[k] = _scrub_mime_bundle(v, secrets)
            else:
                out[_scrub_string(k, secrets) if isinstance(k, str) else k] = _scrub(v, secrets, k)
        return out
    if isinstance(obj, list):
        return [_scrub(v, secrets, key, names) for v in obj]
    if isinstance(obj, str):
        return _scrub_string(obj, secrets, names)
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


def scrub_notebook(nb, secrets: Iterable[str] = (), public: Iterable[str] = (), *,
                   public_names: bool | str = False):
    """A copy of ``nb`` safe to archive or publish.

    * personal values detected in sources, outputs and metadata are replaced by placeholders;
      images that the gate would not pass (uncertified and too large to OCR, or OCR'd with a
      finding) are removed, with a note in their place;
    * every string in ``secrets`` -- plus every secret :func:`gongkai.keyfile.known_secrets`
      knows (the key), and the values of the dropped parameters below -- is replaced by 〔已移除〕 wherever it occurs;
    * papermill parameters whose names look like secrets (key, token, password, secret ...) are
      dropped from ``metadata.papermill.parameters`` and from the injected-parameters cell;
      string literals assigned to such names in the ``parameters`` cell become ``None``;
    * values in ``public`` (what the package publishes on purpose, see :func:`public_values`)
      stay, so that the record shows what was published;
    * person names without a cue are removed from outputs and metadata (sources are the
      project's code and headings) unless ``public_names`` declares them public (True; or
      "officials": a gazette's officials only).
    """
    import nbformat

    data = json.loads(json.dumps(nb))              # plain, deep copy of a dict or NotebookNode
    secret_list = [s for s in secrets if isinstance(s, str) and s] + known_secrets()

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
    token = _FILE_PUBLIC_NAMES.set(public_names)
    try:
        with public_values(public):
            data = _scrub(data, secret_list)
    finally:
        _FILE_PUBLIC_NAMES.reset(token)
    return nbformat.from_dict(copy.deepcopy(data))
