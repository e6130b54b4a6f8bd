"""What a run record may show of a source: page images and spreadsheet grids, never with a
personal value legible in them.

A run record (the executed notebook) is archived and published with its package, so the
source it shows must be de-identified like the data. Every source image of a record is made
by :func:`render_page` and every spreadsheet grid by :func:`sheet_grid`; both take a
:class:`Redaction` and always apply it:

* **declared columns**: every word printed inside a cell of a column whose field the schema
  de-identifies (``pii`` other than ``none`` and a method other than ``keep``: names,
  resident IDs, phones, addresses, free-text remarks) is covered by a solid black box. The
  column and row bands come from the table's geometry (:mod:`gongkai.extract.geometry`); a page
  of the table without row bands has the whole column blacked out below the header;
* **detected values**: the page's text, line by line, goes through the personal-data detectors
  (:func:`gongkai.deid.find_all` and the name detector :func:`gongkai.deid.names.find_names`,
  unless a free-text field declares ``public_names``); every character of a hit is blacked out.
  A hit whose text the package itself publishes stays legible: a company named in a penalty,
  an official named in a gazette title, the 监督举报电话 of a ``keep`` column. Blacking out a
  value the CSV beside it shows would protect nothing and hide what the officer must check
  (whether a value published is personal is the release gate's question);
* **pages without a text layer** (a scan) cannot be redacted word by word: when the schema
  declares any personal field, such a page is not shown at all.

The boxes drawn are returned with the image (:class:`RenderedPage`), so a test (or the release
gate) can check that each one is solid black in the PNG.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .deid.images import certify_png
from .limits import render_dpi

# Resolution of source images: at 150 dpi a 9-point digit is about 19 pixels high.
SOURCE_DPI = 150
# Space kept around a cropped region, in PDF points, so a table's rulings show; above it more,
# so that the caption, 编制部门 and 单位 lines printed over a table are in the picture.
CROP_MARGIN = 14
CROP_ABOVE = 56
# A redaction box reaches this far (points) beyond the characters it covers: no stroke of a
# glyph is left at its edge.
REDACT_PAD = 1.2
# Characters further apart than this share of their height are separated by a space when a
# line is read for the detectors (table cells on one line are separate words).
WORD_GAP = 0.35
MARK_COLOUR = (214, 39, 40)
QUANTIZE = 2        # PIL.Image.Quantize.FASTOCTREE (PIL is imported where pages are drawn)
BLACK = (0, 0, 0)
FONT_FILES = ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
              "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
              "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
SCANNED_NOTICE = "此页为扫描图像，无法逐字遮盖个人信息，记录中不显示。"


def deidentified_fields(schema: dict) -> list[str]:
    """The fields whose values de-identification changes (declared personal, not kept)."""
    out = []
    for f in schema.get("fields", []):
        method = (f.get("deidentify") or {}).get("method")
        if f.get("pii") not in (None, "none") and method not in ("keep", "none"):
            out.append(f["name"])
    return out


def kept_fields(schema: dict) -> list[str]:
    return [f["name"] for f in schema.get("fields", [])
            if (f.get("deidentify") or {}).get("method") == "keep"]


def _names_to_find(schemas: Iterable[dict]) -> bool | str:
    """Which names without a cue the source view blacks out: all (True), none where a free-text
    field declares them public (False), or all but officials' ("officials": a gazette)."""
    from .deid.names import widest_public_names

    public = widest_public_names((f.get("deidentify") or {}).get("public_names")
                                 for s in schemas for f in s.get("fields", [])
                                 if f.get("pii") == "free_text")
    return True if public is False else (False if public is True else public)


def personal_spans(text: str, *, names: bool | str = True) -> list[tuple[int, int]]:
    """(start, end) of every personal value the detectors find in ``text``; ``names``: which
    names without a cue (see :func:`_names_to_find`)."""
    from .deid import find_all

    spans = [(h.start, h.end) for h in find_all(text)]
    if names:
        from .deid.names import OFFICIALS, find_names

        spans += [(h.start, h.end) for h in find_names(
            text, public_names=OFFICIALS if names == OFFICIALS else False)]
    return spans


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


@dataclass
class Redaction:
    """What to black out on a source: the declared columns (x ranges, with the header rows and
    row bands of each page from the table geometry), detector hits, and the public values."""

    columns: list[tuple[float, float]] = field(default_factory=list)
    geometry: dict | None = None
    names: bool | str = True
    public: set[str] = field(default_factory=set)
    personal: bool = False           # the schema declares personal data: hide scanned pages
    fields: list[str] = field(default_factory=list)
    published: str = ""              # every value the package publishes, one per line

    def is_public(self, text: str) -> bool:
        """A value the package publishes (a kept column's value, or text found verbatim among
        the published values): not blacked out."""
        text = text.strip()
        if (_digits(text) or text) in self.public:
            return True
        return len(text) >= 2 and f"{text}" in self.published

    @classmethod
    def for_schemas(cls, schemas: Iterable[dict], *, geometry: dict | None = None,
                    header: list[str] | None = None, mapping: dict | None = None,
                    public: Iterable[str] = (), published=None) -> "Redaction":
        """The redaction the schemas declare; ``geometry``, ``header`` (printed column
        headers, in order) and ``mapping`` (printed header -> field) place declared columns;
        ``public``: values published on purpose; ``published``: the published tables
        (DataFrames), whose values are not blacked out where the detectors find them."""
        schemas = list(schemas)
        fields = [name for s in schemas for name in deidentified_fields(s)]
        columns: list[tuple[float, float]] = []
        if geometry and header and geometry.get("columns"):
            mapping = mapping or {}
            for index, printed in enumerate(header):
                name = mapping.get(printed, printed)
                if name in fields and index < len(geometry["columns"]):
                    x0, x1 = geometry["columns"][index]
                    columns.append((float(x0), float(x1)))
        texts = []
        for frame in published or ():
            for column in frame.columns:
                texts.extend(str(v) for v in frame[column].dropna().unique() if str(v).strip())
        return cls(columns=columns, geometry=geometry, names=_names_to_find(schemas),
                   public={_digits(v) or v for v in public if v}, personal=bool(fields),
                   fields=fields, published="\n".join(texts))

    # --- boxes on a page ----------------------------------------------------------------------

    def _column_boxes(self, page_number: int, words: list[dict], height: float) -> list[tuple]:
        if not self.columns or not self.geometry:
            return []
        entry = (self.geometry.get("pages") or {}).get(str(page_number))
        if entry is None:
            return []
        header_rows = int(self.geometry.get("header_rows") or 0)
        bands = [band for index, band in (entry.get("rows") or {}).items() if int(index) >= header_rows]
        if bands:
            top, bottom = min(b[0] for b in bands), max(b[1] for b in bands)
        else:
            # no row bands on this page: everything in the column below the header
            header_bands = [band for index, band in (entry.get("rows") or {}).items()
                            if int(index) < header_rows]
            top = max((b[1] for b in header_bands), default=0.0)
            bottom = height
        out = []
        for w in words:
            cx = (w["x0"] + w["x1"]) / 2
            cy = (w["top"] + w["bottom"]) / 2
            if top <= cy <= bottom and any(x0 <= cx <= x1 for x0, x1 in self.columns):
                out.append((w["x0"], w["top"], w["x1"], w["bottom"]))
        return out

    def _detected_boxes(self, chars: list[dict]) -> list[tuple]:
        out = []
        for line in _lines(chars):
            text, index = _line_text(line)
            for start, end in personal_spans(text, names=self.names):
                if self.is_public(text[start:end]):
                    continue
                covered = [line[i] for i in index[start:end] if i is not None]
                if covered:
                    out.append((min(c["x0"] for c in covered), min(c["top"] for c in covered),
                                max(c["x1"] for c in covered), max(c["bottom"] for c in covered)))
        return out

    def boxes(self, page_number: int, page) -> list[tuple[float, float, float, float]]:
        """The boxes (PDF points) to black out on ``page`` (a pdfplumber page)."""
        chars = [c for c in page.chars if c.get("text", "").strip()]
        words = page.extract_words()
        boxes = self._column_boxes(page_number, words, float(page.height))
        boxes += self._detected_boxes(chars)
        return [(x0 - REDACT_PAD, top - REDACT_PAD, x1 + REDACT_PAD, bottom + REDACT_PAD)
                for x0, top, x1, bottom in boxes]


def _lines(chars: list[dict]) -> list[list[dict]]:
    """Characters grouped into printed lines (by their vertical middle), left to right."""
    lines: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"])):
        middle = (c["top"] + c["bottom"]) / 2
        if lines:
            last = lines[-1][-1]
            if abs((last["top"] + last["bottom"]) / 2 - middle) <= 0.4 * (c["bottom"] - c["top"]):
                lines[-1].append(c)
                continue
        lines.append([c])
    return [sorted(line, key=lambda c: c["x0"]) for line in lines]


def _line_text(line: list[dict]) -> tuple[str, list[int | None]]:
    """The line as text (a space where characters stand apart) and, per text position, the
    index of its character in ``line`` (None for an inserted space)."""
    text, index = [], []
    for i, c in enumerate(line):
        if i and c["x0"] - line[i - 1]["x1"] > WORD_GAP * (c["bottom"] - c["top"]):
            text.append(" ")
            index.append(None)
        text.append(c["text"])
        index.extend([i] * len(c["text"]))
    return "".join(text), index


def content_box(pg, *, top: float | None = None, bottom: float | None = None) -> tuple:
    """The box of what is printed on a pdfplumber page (characters, lines, rectangles), cut to
    ``top``/``bottom`` when given: the page without its empty margins."""
    objects = list(pg.chars) + list(pg.lines) + list(pg.rects)
    if not objects:
        return (0.0, 0.0, float(pg.width), float(pg.height))
    x0 = max(0.0, min(float(o["x0"]) for o in objects))
    x1 = min(float(pg.width), max(float(o["x1"]) for o in objects))
    y0 = max(0.0, min(float(o["top"]) for o in objects))
    y1 = min(float(pg.height), max(float(o["bottom"]) for o in objects))
    return (x0, y0 if top is None else top, x1, y1 if bottom is None else bottom)


@dataclass
class RenderedPage:
    png: bytes
    page: int
    redacted: list[tuple[float, float, float, float]]      # boxes, in image pixels
    shown: bool = True                                      # False: a scanned page withheld
    size: tuple[int, int] = (0, 0)


def _font(size: int):
    from PIL import ImageFont

    for path in FONT_FILES:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default()


def _notice_png(text: str, width: int = 900, height: int = 120) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), (245, 245, 245))
    ImageDraw.Draw(image).text((20, height // 2 - 14), text, fill=(90, 90, 90), font=_font(26))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return certify_png(buffer.getvalue(), "redacted")      # a notice, no page behind it


def render_page(pdf_path: str | Path, page: int, redaction: Redaction, *, crop=None,
                marks: Iterable = (), resolution: int = SOURCE_DPI,
                above: float = CROP_MARGIN, document=None) -> RenderedPage:
    """The page (1-based) as a PNG for a record, with ``redaction`` applied: declared columns
    and detected personal values under solid black boxes. ``crop`` (x0, top, x1, bottom in PDF
    points) cuts the page to a region (plus :data:`CROP_MARGIN`, and ``above`` over it; a
    table's caption: :data:`CROP_ABOVE`); ``crop="content"`` cuts away the empty margins;
    each box in ``marks`` (a cell that failed a check) is outlined in red. ``document``: the
    PDF already open (pdfplumber), so that several pictures of one page parse it once."""
    import contextlib

    import pdfplumber
    from PIL import ImageDraw

    with contextlib.ExitStack() as opened:
        pdf = document if document is not None else opened.enter_context(pdfplumber.open(pdf_path))
        pg = pdf.pages[page - 1]
        if not pg.chars and redaction.personal:
            return RenderedPage(_notice_png(SCANNED_NOTICE), page, [], shown=False)
        boxes = redaction.boxes(page, pg)
        offset = (0.0, 0.0)
        if crop == "content":
            crop = content_box(pg)
        elif crop is not None and any(v is None for v in crop):
            # parts left open are those of the printed content (the item's title down ...)
            crop = tuple(c if v is None else v for v, c in zip(crop, content_box(pg)))
        if crop is not None:
            x0, top, x1, bottom = (float(v) for v in crop)
            region = (max(0.0, x0 - CROP_MARGIN), max(0.0, top - above),
                      min(float(pg.width), x1 + CROP_MARGIN), min(float(pg.height), bottom + CROP_MARGIN))
            if region[2] - region[0] > 1 and region[3] - region[1] > 1:
                pg = pg.crop(region, relative=False, strict=False)
                offset = (region[0], region[1])
        # a huge page is drawn at a lower resolution (gongkai.limits.MAX_RENDER_PIXELS)
        resolution = render_dpi(float(pg.width), float(pg.height), resolution)
        image = pg.to_image(resolution=resolution).annotated.convert("RGB")
    scale = resolution / 72.0

    def px(box):
        x0, top, x1, bottom = box
        return ((x0 - offset[0]) * scale, (top - offset[1]) * scale,
                (x1 - offset[0]) * scale, (bottom - offset[1]) * scale)

    draw = ImageDraw.Draw(image, "RGBA")
    drawn = []
    for box in boxes:
        rect = px(box)
        if rect[2] < 0 or rect[3] < 0 or rect[0] > image.width or rect[1] > image.height:
            continue
        draw.rectangle(rect, fill=BLACK)
        drawn.append(rect)
    for mark in marks:
        rect = px(mark)
        draw.rectangle(rect, outline=MARK_COLOUR + (255,), width=3, fill=MARK_COLOUR + (40,))
    buffer = io.BytesIO()
    # a 64-colour palette keeps a 150 dpi page near 100 kB in the archived record; text, the
    # black boxes and the red marks survive it unchanged. Fast octree and zlib's default level:
    # 0.05 s a page instead of 0.15 s (median cut and optimize), about 20% more bytes.
    image.quantize(colors=64, method=QUANTIZE).save(buffer, format="PNG", compress_level=6,
                                                    dpi=(round(resolution), round(resolution)))
    # drawn here with the personal data covered: the release gate passes it on this certificate
    return RenderedPage(certify_png(buffer.getvalue(), "redacted"), page, drawn, size=image.size)


# --- spreadsheets ----------------------------------------------------------------------------

REDACTED_CELL = "<span class='gongkai-redacted' style='background:#000;color:#000'>████</span>"


def _redact_text(text: str, redaction: Redaction) -> str:
    spans = sorted(personal_spans(text, names=redaction.names))
    out, last = [], 0
    for start, end in spans:
        if start < last:
            continue
        if redaction.is_public(text[start:end]):
            continue
        out.append(html.escape(text[last:start]))
        out.append(f"<span class='gongkai-redacted' style='background:#000;color:#000'>"
                   f"{'█' * max(2, end - start)}</span>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def _column_letter(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def sheet_rows(path: str | Path, sheet: str | None, *, limit: int | None = None) -> list[list[str]]:
    """The cells of a spreadsheet as printed text, row by row (a CSV's lines, a sheet's rows)."""
    from .validate.tabular import cell_text, detect_encoding, sniff_kind

    path = Path(path)
    if sniff_kind(path) == "xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            ws = book[sheet] if sheet else book[book.sheetnames[0]]
            rows = []
            for row in ws.iter_rows(values_only=True, max_row=limit):
                rows.append([cell_text(v) for v in row])
            return rows
        finally:
            book.close()
    import csv

    from .validate.tabular import _sniff_delimiter

    encoding = detect_encoding(path)
    with open(path, encoding=encoding, newline="") as fh:
        text = fh.read()
    delimiter = _sniff_delimiter(text.splitlines()[:40])
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return rows[:limit] if limit else rows


def sheet_grid(rows: list[list[str]], redaction: Redaction, *, header: list[str],
               mapping: dict, header_rows: list[int], first_row: int, data_rows: int,
               marks: dict[tuple[int, str], str] | None = None, show: int = 60) -> str:
    """The source sheet as an HTML grid, as the office printed it: row numbers and column
    letters, title and header rows, the table, the rows below it. Cells of de-identified
    columns are black boxes; personal values the detectors find elsewhere too. ``marks``:
    (row, field) -> note, outlined in red. Long tables show their first ``show`` rows and the
    last rows."""
    marks = marks or {}
    width = max((len(r) for r in rows), default=0)
    fields = [mapping.get(h, h) for h in header] + [None] * max(0, width - len(header))
    last_data = first_row + data_rows - 1
    keep = set(range(1, min(len(rows), first_row + show) + 1)) | set(range(max(1, last_data - 4), len(rows) + 1))
    out = ["<table class='gongkai-sheet' style='border-collapse:collapse;font-size:12px'>",
           "<thead><tr><th></th>" + "".join(f"<th style='color:#666;font-weight:normal'>"
                                            f"{_column_letter(c)}</th>" for c in range(width)) + "</tr></thead><tbody>"]
    skipped = False
    for number, row in enumerate(rows, 1):
        if number not in keep:
            if not skipped:
                out.append(f"<tr><td colspan='{width + 1}' style='color:#666'>…… 第{first_row + show}至"
                           f"{max(first_row + show, last_data - 5)}行略（见右侧发布的数据） ……</td></tr>")
                skipped = True
            continue
        in_table = first_row <= number <= last_data
        is_header = number in header_rows
        if not in_table and not is_header:
            # a title, 填报 line or note: one cell across the table, as printed
            text = "　".join(str(v) for v in row if str(v).strip())
            out.append(f"<tr style='color:#555;background:#fafafa'><th style='color:#666;font-weight:normal;"
                       f"padding-right:6px'>{number}</th><td colspan='{width}' style='padding:2px 6px;text-align:left'>"
                       f"{_redact_text(text, redaction)}</td></tr>")
            continue
        cells = []
        for c in range(width):
            value = row[c] if c < len(row) else ""
            name = fields[c]
            style = ("border:1px solid #ccc;padding:2px 6px;max-width:22em;overflow:hidden;"
                     "text-overflow:ellipsis;white-space:nowrap;text-align:left")
            if is_header:
                style += ";background:#eef;font-weight:bold"
            note = marks.get((number, name)) if in_table else None
            if note:
                style += ";outline:3px solid #d62728;background:#f8c9c4"
            if not value:
                body = ""
            elif in_table and name in redaction.fields:
                body = REDACTED_CELL
            else:
                body = _redact_text(value, redaction)
            title = f" title='{html.escape(note)}'" if note else ""
            cells.append(f"<td style='{style}'{title}>{body}</td>")
        out.append(f"<tr><th style='color:#666;font-weight:normal;padding-right:6px'>"
                   f"{number}</th>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    return "".join(out)


__all__ = ["Redaction", "RenderedPage", "render_page", "sheet_grid", "sheet_rows",
           "personal_spans", "deidentified_fields", "kept_fields", "SOURCE_DPI", "SCANNED_NOTICE"]
