"""A small, deterministic page-layout engine on top of the reportlab canvas.

Pages are built as display lists (``Page.ops``) and drawn only at the end by :func:`render`.
This lets a generator lay out content first, learn on which physical page everything landed
(ground truth), and then fill in pages that depend on that (a table of contents, "page x of n").

Everything here is plain arithmetic on font metrics: no randomness, no clocks.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

FONT_NAME = "WQYZenHei"
FONT_ENV = "GONGKAI_CJK_FONT"
FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc"),
)

A4_PORTRAIT = A4
A4_LANDSCAPE = landscape(A4)

BLACK = (0.0, 0.0, 0.0)
RED = (0.78, 0.06, 0.06)
GREY = (0.35, 0.35, 0.35)


class FontMissingError(RuntimeError):
    """The CJK font needed to embed text is not installed."""


_font_descent: float | None = None


def font_path() -> Path:
    """Path of the WenQuanYi Zen Hei collection (or the file named by $GONGKAI_CJK_FONT)."""
    override = os.environ.get(FONT_ENV)
    candidates = [Path(override)] if override else list(FONT_CANDIDATES)
    for path in candidates:
        if path.is_file():
            return path
    raise FontMissingError(
        "CJK font not found (looked for "
        + ", ".join(str(p) for p in candidates)
        + "). Run scripts/setup-system.sh, which installs the Debian package fonts-wqy-zenhei."
    )


def register_font() -> str:
    """Register WenQuanYi Zen Hei (TTC subfont 0) with reportlab once; return the font name."""
    global _font_descent
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        font = TTFont(FONT_NAME, str(font_path()), subfontIndex=0)
        pdfmetrics.registerFont(font)
    if _font_descent is None:
        face = pdfmetrics.getFont(FONT_NAME).face
        _font_descent = face.descent / 1000.0  # negative, in em
    return FONT_NAME


def tw(text: str, size: float) -> float:
    """Advance width of ``text`` at ``size`` points."""
    return pdfmetrics.stringWidth(text, FONT_NAME, size)


def baseline_in_box(top: float, height: float, size: float) -> float:
    """Baseline that vertically centres a glyph box of ``size`` in the band [top-height, top].

    pdfminer (and so pdfplumber) gives a character the box [baseline+descent, +size]; centring
    that box keeps every character's midpoint well inside its table cell.
    """
    descent = _font_descent if _font_descent is not None else -0.12
    centre = top - height / 2.0
    return centre - size / 2.0 - descent * size


# ----------------------------------------------------------------------------------------------
# Line breaking (CJK: break between any two characters, keep ASCII runs whole, simple kinsoku)
# ----------------------------------------------------------------------------------------------

NO_LINE_START = set("，。、；：？！）》」』〕］】〉”’…%,.;:?!)]}")
NO_LINE_END = set("（《「『〔［【〈“‘([{")
# tokens that are never broken: digit groups written with single spaces (138 1234 5678,
# 6217 0000 1234 5678 901), then ASCII words and numbers (0538-8216000, 1,097,073.43)
_TOKEN = re.compile(
    r"\d{3,4}(?: \d{3,4})+(?!\d)|[A-Za-z0-9](?:[A-Za-z0-9.,:%/+@_\-]*[A-Za-z0-9%])?|\s|.", re.S
)


def _split_long(token: str, size: float, width: float) -> list[str]:
    pieces, cur = [], ""
    for ch in token:
        if cur and tw(cur + ch, size) > width:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        pieces.append(cur)
    return pieces


def wrap(text: str, size: float, width: float, first_width: float | None = None) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (explicit "\\n" forces a break).

    ``first_width`` (default ``width``) limits the first line, for a first-line indent.
    """
    out: list[str] = []
    for i, para in enumerate(text.split("\n")):
        out.extend(_wrap_one(para, size, width, first_width if i == 0 else None))
    return out


def _wrap_one(text: str, size: float, full_width: float, first_width: float | None = None) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    curw = 0.0
    eps = 0.01
    for tok in _TOKEN.findall(text):
        width = first_width if (first_width is not None and not lines) else full_width
        w = tw(tok, size)
        if not cur and tok.isspace():
            continue  # no leading blanks on a line
        if curw + w <= width + eps:
            cur.append(tok)
            curw += w
            continue
        if not cur:  # a single token wider than the line
            parts = _split_long(tok, size, width)
            lines.extend(parts[:-1])
            cur, curw = [parts[-1]], tw(parts[-1], size)
            continue
        carry: list[str] = []
        if tok[0] in NO_LINE_START and len(cur) > 1:
            carry.insert(0, cur.pop())  # push the previous character down with the punctuation
        while len(cur) > 1 and cur[-1][-1] in NO_LINE_END:
            carry.insert(0, cur.pop())  # an opening bracket never ends a line
        lines.append("".join(cur).rstrip())
        if tok.isspace() and not carry:
            cur, curw = [], 0.0
            continue
        cur = carry + [tok]
        curw = sum(tw(t, size) for t in cur)
        if curw > full_width + eps and len(cur) > 1:  # carried text plus token still too wide
            lines.append("".join(cur[:-1]))
            cur, curw = [tok], w
    if cur or not lines:
        lines.append("".join(cur).rstrip())
    return lines


# ----------------------------------------------------------------------------------------------
# Display lists
# ----------------------------------------------------------------------------------------------


@dataclass
class Page:
    width: float
    height: float
    ops: list[tuple] = field(default_factory=list)

    def text(
        self,
        x: float,
        y: float,
        s: str,
        size: float,
        *,
        align: str = "l",
        color: tuple = BLACK,
        bold: bool = False,
        charspace: float = 0.0,
    ) -> None:
        """Draw ``s`` with its baseline at ``y``; ``align`` l/c/r refers to ``x``."""
        if not s:
            return
        if align != "l":
            w = tw(s, size) + charspace * max(len(s) - 1, 0)
            x = x - w / 2.0 if align == "c" else x - w
        self.ops.append(("text", round(x, 3), round(y, 3), s, size, color, bold, round(charspace, 4)))

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.5, color: tuple = BLACK) -> None:
        self.ops.append(("line", round(x1, 3), round(y1, 3), round(x2, 3), round(y2, 3), width, color))

    def rect(self, x: float, y: float, w: float, h: float, width: float = 0.6, color: tuple = BLACK) -> None:
        """Stroked rectangle, lower-left corner (x, y)."""
        self.ops.append(("rect", round(x, 3), round(y, 3), round(w, 3), round(h, 3), width, color))


@contextlib.contextmanager
def _without_source_date_epoch() -> Iterator[None]:
    """reportlab reads $SOURCE_DATE_EPOCH for its timestamp and ID; keep output independent of it."""
    saved = os.environ.pop("SOURCE_DATE_EPOCH", None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ["SOURCE_DATE_EPOCH"] = saved


def render(
    pages: Sequence[Page],
    path: Path,
    *,
    title: str,
    author: str,
    subject: str,
    pdf_date: str,
) -> Path:
    """Draw the display lists into a PDF at ``path``; byte-identical for identical input.

    ``pdf_date`` is a PDF date string such as ``D:20260610090000+08'00'`` used for both
    CreationDate and ModDate.
    """
    register_font()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _without_source_date_epoch():
        c = rl_canvas.Canvas(
            str(path),
            pagesize=(pages[0].width, pages[0].height),
            invariant=1,
            pageCompression=1,
            lang="zh-CN",
        )
    c.setDateFormatter(lambda *_: pdf_date)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("gongkai.samples (synthetic sample document)")
    c.setKeywords("sample, synthetic, fictional")
    for page in pages:
        c.setPageSize((page.width, page.height))
        for op in page.ops:
            kind = op[0]
            if kind == "text":
                _, x, y, s, size, color, bold, cs = op
                # Character spacing (Tc) and render mode (Tr) belong to the graphics state and
                # outlive BT/ET: isolate them in q ... Q so they cannot leak into later text.
                isolated = bool(bold or cs)
                if isolated:
                    c.saveState()
                t = c.beginText(x, y)
                t.setFont(FONT_NAME, size)
                t.setFillColorRGB(*color)
                if cs:
                    t.setCharSpace(cs)
                if bold:  # no bold face in the font: bold = fill and stroke the outline
                    c.setStrokeColorRGB(*color)
                    c.setLineWidth(size * 0.035)
                    t.setTextRenderMode(2)
                t.textOut(s)
                c.drawText(t)
                if isolated:
                    c.restoreState()
            elif kind == "line":
                _, x1, y1, x2, y2, width, color = op
                c.setStrokeColorRGB(*color)
                c.setLineWidth(width)
                c.line(x1, y1, x2, y2)
            elif kind == "rect":
                _, x, y, w, h, width, color = op
                c.setStrokeColorRGB(*color)
                c.setLineWidth(width)
                c.rect(x, y, w, h, stroke=1, fill=0)
        c.showPage()
    c.save()
    return path


# ----------------------------------------------------------------------------------------------
# Flowing content over pages
# ----------------------------------------------------------------------------------------------


class Flow:
    """A cursor moving down pages; ``new_page`` appends a decorated page and returns its top y."""

    def __init__(self, pages: list[Page], new_page: Callable[[], tuple[Page, float]], bottom: float):
        self.pages = pages
        self._new_page = new_page
        self.bottom = bottom
        self.page: Page | None = None
        self.y = 0.0
        self.top = 0.0

    def break_page(self) -> None:
        self.page, self.y = self._new_page()
        self.top = self.y

    @property
    def page_no(self) -> int:
        """1-based physical page number of the current page."""
        return self.pages.index(self.page) + 1 if self.page is not None else 0

    def room(self) -> float:
        return self.y - self.bottom

    def need(self, height: float) -> bool:
        """Start a new page unless ``height`` fits; True when a page break happened."""
        if self.page is None or self.y - height < self.bottom - 0.01:
            self.break_page()
            return True
        return False

    @property
    def at_top(self) -> bool:
        return abs(self.y - self.top) < 0.01


# ----------------------------------------------------------------------------------------------
# Ruled tables with spanning headers
# ----------------------------------------------------------------------------------------------


@dataclass
class HeaderCell:
    """A header cell covering rows r0..r1 and columns c0..c1 (inclusive, 0-based)."""

    text: str
    r0: int
    c0: int
    r1: int | None = None
    c1: int | None = None

    def __post_init__(self) -> None:
        if self.r1 is None:
            self.r1 = self.r0
        if self.c1 is None:
            self.c1 = self.c0


@dataclass
class TableStyle:
    size: float = 9.0
    header_size: float = 9.0
    leading_factor: float = 1.3
    pad_x: float = 3.0
    pad_y: float = 3.5
    min_row_height: float = 16.0
    min_header_row_height: float = 18.0
    line_width: float = 0.6
    header_bold: bool = True


def header_grid(cells: Sequence[HeaderCell], n_rows: int, n_cols: int) -> list[list[str]]:
    """Header as printed, one string per grid position; a spanning cell's text is repeated."""
    grid = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    for cell in cells:
        for r in range(cell.r0, cell.r1 + 1):
            for c in range(cell.c0, cell.c1 + 1):
                grid[r][c] = cell.text
    return grid


def flatten_columns(cells: Sequence[HeaderCell], n_rows: int, n_cols: int) -> list[str]:
    """One name per column: the distinct header texts from top to bottom joined with '/'."""
    grid = header_grid(cells, n_rows, n_cols)
    names = []
    for c in range(n_cols):
        parts: list[str] = []
        for r in range(n_rows):
            t = grid[r][c]
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        names.append("/".join(parts))
    return names


def _cell_lines(text: str, size: float, width: float) -> list[str]:
    return wrap(text, size, width) if text else []


def _draw_cell_text(page: Page, lines: list[str], x: float, top: float, w: float, h: float,
                    size: float, leading: float, align: str, pad_x: float, bold: bool = False) -> None:
    if not lines:
        return
    block = leading * len(lines)
    y_top = top - (h - block) / 2.0
    for i, ln in enumerate(lines):
        y = baseline_in_box(y_top - i * leading, leading, size)
        if align == "c":
            page.text(x + w / 2.0, y, ln, size, align="c", bold=bold)
        elif align == "r":
            page.text(x + w - pad_x, y, ln, size, align="r", bold=bold)
        else:
            page.text(x + pad_x, y, ln, size, bold=bold)


class RuledTable:
    """A fully ruled table; the header repeats on every page the table runs onto."""

    def __init__(
        self,
        col_widths: Sequence[float],
        header: Sequence[HeaderCell],
        n_header_rows: int,
        aligns: Sequence[str],
        style: TableStyle | None = None,
    ) -> None:
        self.col_widths = list(col_widths)
        self.header = list(header)
        self.n_header_rows = n_header_rows
        self.aligns = list(aligns)
        self.style = style or TableStyle()
        self.width = sum(self.col_widths)
        self._header_heights = self._compute_header_heights()

    # geometry -------------------------------------------------------------------------------
    def _xs(self, x0: float) -> list[float]:
        xs = [x0]
        for w in self.col_widths:
            xs.append(xs[-1] + w)
        return xs

    def _span_width(self, c0: int, c1: int) -> float:
        return sum(self.col_widths[c0 : c1 + 1])

    def _leading(self, size: float) -> float:
        return size * self.style.leading_factor

    def _compute_header_heights(self) -> list[float]:
        st = self.style
        lead = self._leading(st.header_size)
        heights = [st.min_header_row_height] * self.n_header_rows
        ordered = sorted(self.header, key=lambda c: c.r1 - c.r0)
        for cell in ordered:
            n = len(_cell_lines(cell.text, st.header_size, self._span_width(cell.c0, cell.c1) - 2 * st.pad_x))
            need = n * lead + 2 * st.pad_y
            have = sum(heights[cell.r0 : cell.r1 + 1])
            if need > have:
                heights[cell.r1] += need - have
        return heights

    @property
    def header_height(self) -> float:
        return sum(self._header_heights)

    def row_height(self, row: Sequence[str]) -> float:
        st = self.style
        lead = self._leading(st.size)
        n = max((len(_cell_lines(t, st.size, w - 2 * st.pad_x)) for t, w in zip(row, self.col_widths)), default=1)
        return max(st.min_row_height, max(n, 1) * lead + 2 * st.pad_y)

    # drawing --------------------------------------------------------------------------------
    def draw_header(self, page: Page, x0: float, top: float) -> float:
        st = self.style
        xs = self._xs(x0)
        tops = [top]
        for h in self._header_heights:
            tops.append(tops[-1] - h)
        lead = self._leading(st.header_size)
        for cell in self.header:
            x, x1 = xs[cell.c0], xs[cell.c1 + 1]
            y_top, y_bot = tops[cell.r0], tops[cell.r1 + 1]
            page.rect(x, y_bot, x1 - x, y_top - y_bot, st.line_width)
            lines = _cell_lines(cell.text, st.header_size, x1 - x - 2 * st.pad_x)
            _draw_cell_text(page, lines, x, y_top, x1 - x, y_top - y_bot, st.header_size, lead, "c",
                            st.pad_x, bold=st.header_bold)
        return tops[-1]

    def draw_row(self, page: Page, x0: float, top: float, row: Sequence[str], height: float,
                 bold: bool = False) -> float:
        st = self.style
        xs = self._xs(x0)
        lead = self._leading(st.size)
        for i, text in enumerate(row):
            x, w = xs[i], self.col_widths[i]
            page.rect(x, top - height, w, height, st.line_width)
            lines = _cell_lines(text, st.size, w - 2 * st.pad_x)
            _draw_cell_text(page, lines, x, top, w, height, st.size, lead, self.aligns[i], st.pad_x, bold=bold)
        return top - height

    def flow(self, flow: Flow, x0: float, rows: Sequence[Sequence[str]],
             bold_rows: set[int] | None = None, min_rows_first_page: int = 1,
             keep_with_last: float = 0.0) -> list[int]:
        """Draw header and rows at the flow's cursor, breaking pages as needed.

        ``keep_with_last`` reserves that much height below the last row (for a closing block
        that must share the table's last page). Returns the 1-based page number of every row.
        """
        bold_rows = bold_rows or set()
        heights = [self.row_height(r) for r in rows]
        first = sum(heights[:min_rows_first_page])
        flow.need(self.header_height + first)
        flow.y = self.draw_header(flow.page, x0, flow.y)
        pages = []
        for i, (row, h) in enumerate(zip(rows, heights)):
            need = h + (keep_with_last if i == len(rows) - 1 else 0.0)
            if flow.y - need < flow.bottom - 0.01:
                flow.break_page()
                if flow.y - self.header_height - h < flow.bottom:
                    raise ValueError("table row taller than a page")
                flow.y = self.draw_header(flow.page, x0, flow.y)
            flow.y = self.draw_row(flow.page, x0, flow.y, row, h, bold=i in bold_rows)
            pages.append(flow.page_no)
        return pages


def build_sample(builder, pdf_path: Path, *, title: str, author: str, subject: str,
                 pdf_date: str) -> dict:
    """Lay out ``builder``'s document, write it to ``pdf_path``, return its ground truth."""
    truth = builder.build()
    render(builder.pages, pdf_path, title=title, author=author, subject=subject, pdf_date=pdf_date)
    truth["file"] = Path(pdf_path).name
    return truth
