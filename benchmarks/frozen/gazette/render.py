"""Lay out and draw one frozen issue with reportlab, recording where every line lands.

The layout is the set's own: a column flow (one or two columns, portrait or landscape pages),
running headers and page numbers in the recipe's style, an optional cover and 目录. Every line
drawn is recorded with its physical page, so the truth (page ranges, printed pages) comes from
the layout itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .documents import Block, Doc

FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
ARPHIC = "/usr/share/fonts/truetype/arphic"
# name -> (TrueType collection, face, Debian package). Zen Hei is a 黑体 (sans); AR PL UMing a
# 宋体/明体 (serif, what gazette body text is mostly set in) and AR PL UKai a 楷体.
FONTS = {"zenhei": (FONT_FILE, 0, "fonts-wqy-zenhei"), "zenhei-mono": (FONT_FILE, 1, "fonts-wqy-zenhei"),
         "zenhei-sharp": (FONT_FILE, 2, "fonts-wqy-zenhei"),
         "uming": (f"{ARPHIC}/uming.ttc", 0, "fonts-arphic-uming"),
         "ukai": (f"{ARPHIC}/ukai.ttc", 0, "fonts-arphic-ukai")}
LEADING = 1.55  # line pitch as a multiple of the font size (gazette body text is set loose)
GUTTER = 20.0  # points between two columns
MARGIN = {"top": 72.0, "bottom": 64.0, "side": 62.0}
HEADER_Y = 38.0  # running header baseline, from the top edge
FOOTER_Y = 34.0  # page number baseline, from the bottom edge
NO_BREAK_BEFORE = "，。；：、）》〕」！？"


def register_fonts(*needed: str) -> None:
    """Register every installed face; a face an issue needs that is not installed is an error
    naming its Debian package (scripts/setup-system.sh installs them)."""
    for name, (path, index, package) in FONTS.items():
        if name in pdfmetrics.getRegisteredFontNames():
            continue
        if not Path(path).exists():
            if name in needed or name == "zenhei":
                raise RuntimeError(f"frozen gazette set: font {name} missing ({path}); install the Debian "
                                   f"package {package} (scripts/setup-system.sh)")
            continue
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))


@dataclass
class Style:
    body: float
    title: float
    font: str
    title_font: str
    columns: int
    header: str  # split | alternate | center | none
    page_no: str  # format with {n}: "— {n} —", "第{n}页", "·{n}·", "{n}"
    page_no_pos: str  # footer-center | footer-outer | header-outer
    doc_align: str  # where the 文号 stands: center | right
    header_text: tuple[str, str]  # (gazette name, "2026年第9期")


@dataclass
class Page:
    number: int
    size: tuple[float, float]
    ops: list = field(default_factory=list)  # ("text", font, size, x, y, s) | ("line", x1, y1, x2, y2)
    lines: list[str] = field(default_factory=list)  # content lines as printed (truth and the test)
    printed: int | None = None
    running: bool = True  # draw the running header and page number
    top: float | None = None  # baseline where content starts (below a masthead); None: the margin
    masthead: bool = False  # the name is printed across the top: no running header here

    def content_top(self) -> float:
        return self.top if self.top is not None else self.size[1] - MARGIN["top"]

    @property
    def landscape(self) -> bool:
        return self.size[0] > self.size[1]


class Flow:
    """Lines poured into columns and pages; ``y`` is the next baseline from the page bottom."""

    def __init__(self, style: Style, first_page: int, printed_start: int, top_reserved: float = 0.0,
                 page: Page | None = None):
        self.s = style
        self.pages: list[Page] = []
        self.printed_next = printed_start
        self.first_page = first_page
        if page is None:
            self.new_page()
        else:
            page.printed = self._take_printed()
            self.pages.append(page)
            self.col = 0
            page.top = page.size[1] - MARGIN["top"] - top_reserved
            self.y = page.top

    def _take_printed(self) -> int:
        n = self.printed_next
        self.printed_next += 1
        return n

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self, wide: bool = False) -> None:
        number = self.pages[-1].number + 1 if self.pages else self.first_page
        size = landscape(A4) if wide else A4
        self.pages.append(Page(number, size, printed=self._take_printed()))
        self.col = 0
        self.y = size[1] - MARGIN["top"]

    def columns(self) -> int:
        return 1 if self.page.landscape else self.s.columns

    def col_box(self) -> tuple[float, float]:
        w = self.page.size[0] - 2 * MARGIN["side"]
        n = self.columns()
        width = (w - GUTTER * (n - 1)) / n
        return MARGIN["side"] + self.col * (width + GUTTER), width

    def at_top(self) -> bool:
        return self.col == 0 and self.y >= self.page.content_top() - 1

    def room(self) -> float:
        return self.y - MARGIN["bottom"]

    def next_column(self) -> None:
        if self.col + 1 < self.columns():
            self.col += 1
            self.y = self.page.content_top()
        else:
            self.new_page(self.page.landscape)

    def ensure(self, height: float) -> None:
        if self.room() < height:
            self.next_column()

    def skip(self, height: float) -> None:
        if self.room() > height:
            self.y -= height

    def wrap(self, text: str, font: str, size: float, width: float, indent: float = 0.0) -> list[str]:
        lines, cur, avail = [], "", width - indent
        for ch in text:
            if cur and pdfmetrics.stringWidth(cur + ch, font, size) > avail and ch not in NO_BREAK_BEFORE:
                lines.append(cur)
                cur, avail = "", width
            cur += ch
        if cur:
            lines.append(cur)
        return lines

    def line(self, text: str, font: str, size: float, align: str = "left", indent: float = 0.0,
             pad: float = 0.0) -> int:
        """One line; returns the physical page it went on."""
        pitch = size * LEADING
        self.ensure(pitch)
        x0, width = self.col_box()
        self.y -= size
        w = pdfmetrics.stringWidth(text, font, size)
        x = {"left": x0 + indent, "center": x0 + (width - w) / 2, "right": x0 + width - w - pad}[align]
        self.page.ops.append(("text", font, size, x, self.y, text))
        self.page.lines.append(text)
        self.y -= pitch - size
        return self.page.number


@dataclass
class Placed:
    """Where a document went: its first and last physical page, every line with its page."""

    page_start: int = 0
    page_end: int = 0
    lines: list[tuple[int, str]] = field(default_factory=list)

    def add(self, page: int, text: str) -> None:
        if not self.lines:
            self.page_start = page
        self.page_end = page
        self.lines.append((page, text))


def place_doc(flow: Flow, doc: Doc, new_page: bool, annex_new_page: bool) -> Placed:
    s = flow.s
    placed = Placed()
    if flow.page.landscape or (new_page and not flow.at_top()):
        flow.new_page()
    elif not flow.at_top():
        flow.skip(s.body * 2.0)
    # keep the head (title and the first lines) together
    flow.ensure(s.title * LEADING * 2 + s.body * LEADING * 4)
    for block in doc.blocks:
        place_block(flow, block, placed, annex_new_page, doc.landscape_annex)
    return placed


def place_block(flow: Flow, b: Block, placed: Placed, annex_new_page: bool, wide_annex: bool) -> None:
    s = flow.s
    x0, width = flow.col_box()
    if b.kind == "title":
        flow.ensure(s.title * LEADING * (len(b.text) + 1))
        flow.skip(s.body * 0.6)
        for part in b.text:
            for piece in flow.wrap(part, s.title_font, s.title, width):
                placed.add(flow.line(piece, s.title_font, s.title, "center"), piece)
        flow.skip(s.body * 0.6)
    elif b.kind == "heading":
        big = s.title * 1.35
        flow.ensure(big * LEADING * 2)
        for piece in flow.wrap(b.text, s.title_font, big, width):
            placed.add(flow.line(piece, s.title_font, big, "center"), piece)
    elif b.kind in ("docno", "center"):
        align = s.doc_align if b.kind == "docno" else "center"
        placed.add(flow.line(b.text, s.font, s.body, align, pad=s.body * 2), b.text)
    elif b.kind in ("para", "left"):
        indent = s.body * 2 if b.kind == "para" else 0.0
        for i, piece in enumerate(flow.wrap(b.text, s.font, s.body, width, indent)):
            placed.add(flow.line(piece, s.font, s.body, "left", indent if i == 0 else 0.0), piece)
    elif b.kind == "right":
        placed.add(flow.line(b.text, s.font, s.body, "right", pad=s.body * 3), b.text)
    elif b.kind == "sigrow":
        names = list(b.text)
        total = sum(pdfmetrics.stringWidth(n, s.font, s.body) for n in names) + s.body * 3 * len(names)
        if total > width:  # no room side by side: stacked
            for name in names:
                placed.add(flow.line(name, s.font, s.body, "right", pad=s.body * 3), name)
            return
        joined = ("　" * 3).join(names)
        placed.add(flow.line(joined, s.font, s.body, "right", pad=s.body * 2), joined)
    elif b.kind == "gap":
        flow.skip(s.body * LEADING * float(b.text))
    elif b.kind == "rule":
        flow.ensure(s.body * 2)
        flow.y -= s.body * 0.5
        flow.page.ops.append(("line", x0, flow.y, x0 + width, flow.y))
        flow.y -= s.body * 0.5
    elif b.kind == "annex_break":
        if wide_annex:
            flow.new_page(wide=True)
        elif annex_new_page:
            flow.new_page()
        else:
            flow.skip(s.body * 2)
    elif b.kind == "table":
        place_table(flow, b.text, placed)


def place_table(flow: Flow, rows: list[list[str]], placed: Placed) -> None:
    """A ruled grid, one line per row (cells short enough not to wrap)."""
    s = flow.s
    x0, width = flow.col_box()
    weights = [0.6, 1.0, 3.2, 2.6, 1.2][: len(rows[0])]
    edges = [x0]
    for w in weights:
        edges.append(edges[-1] + width * w / sum(weights))
    h = s.body * 2.0
    for row in rows:
        if flow.room() < h:
            flow.next_column()
        top = flow.y
        flow.page.ops.append(("line", x0, top, x0 + width, top))
        for cx, cell in zip(edges, row):
            flow.page.ops.append(("text", s.font, s.body, cx + 4, top - h + s.body * 0.6, cell))
        for cx in edges:
            flow.page.ops.append(("line", cx, top, cx, top - h))
        flow.page.ops.append(("line", x0, top - h, x0 + width, top - h))
        flow.y = top - h
        text = "".join(row)
        flow.page.lines.append(text)
        placed.add(flow.page.number, text)


# -- front matter -----------------------------------------------------------------------------

def cover_page(number: int, gazette: str, period: str, total: str, date_text: str, host: str) -> Page:
    page = Page(number, A4, running=False)
    w, h = A4
    for text, size, y in [(gazette, 34, h - 210), (period, 16, h - 260), (total, 13, h - 286),
                          (host, 13, 150), (date_text, 13, 126)]:
        x = (w - pdfmetrics.stringWidth(text, "zenhei", size)) / 2
        page.ops.append(("text", "zenhei", size, x, y, text))
        page.lines.append(text)
    page.ops.append(("line", 80, h - 300, w - 80, h - 300))
    return page


def masthead(page: Page, gazette: str, period: str) -> float:
    """The issue's name across the top of its first page; returns the height it takes."""
    w, h = page.size
    size = 26
    x = (w - pdfmetrics.stringWidth(gazette, "zenhei", size)) / 2
    page.ops.append(("text", "zenhei", size, x, h - MARGIN["top"] - size, gazette))
    x = (w - pdfmetrics.stringWidth(period, "zenhei", 12)) / 2
    page.ops.append(("text", "zenhei", 12, x, h - MARGIN["top"] - size - 26, period))
    page.ops.append(("line", MARGIN["side"], h - MARGIN["top"] - size - 36, w - MARGIN["side"],
                     h - MARGIN["top"] - size - 36))
    page.lines += [gazette, period]
    page.masthead = True
    return size + 50


@dataclass
class TocEntry:
    title: str
    printed: int
    section: str | None = None


def toc_pages(entries: list[TocEntry], style: str, first: Page, top_reserved: float, body: float,
              font: str, heading: str) -> list[Page]:
    """The 目录: ``style`` dotted (leaders), two_level (section headings), spaced (no leaders).

    Entries are wrapped with room kept for a three-digit page number, so the page count does
    not depend on the numbers (the body is laid out after the 目录's length is known).
    """
    pages = [first]
    w, h = A4
    left, right = MARGIN["side"] + 10, w - MARGIN["side"] - 10
    num_w = pdfmetrics.stringWidth("000", font, body) + body
    y = h - MARGIN["top"] - top_reserved - 30
    pg = first
    x = (w - pdfmetrics.stringWidth(heading, font, body * 1.8)) / 2
    pg.ops.append(("text", font, body * 1.8, x, y, heading))
    pg.lines.append(heading)
    y -= body * 3.2
    pitch = body * 1.9
    section = None

    def need(lines: int):
        nonlocal y, pg
        if y - pitch * lines < MARGIN["bottom"]:
            pg = Page(pg.number + 1, A4, running=False)
            pages.append(pg)
            y = h - MARGIN["top"]

    for e in entries:
        if style == "two_level" and e.section != section:
            section = e.section
            need(2)
            pg.ops.append(("text", font, body * 1.15, left, y, section))
            pg.lines.append(section)
            y -= pitch
        indent = body * 2 if style == "two_level" else 0
        width = right - left - indent - num_w
        parts, cur = [], ""
        for ch in e.title:
            if cur and pdfmetrics.stringWidth(cur + ch, font, body) > width:
                parts.append(cur)
                cur = ""
            cur += ch
        parts.append(cur)
        need(len(parts))
        for i, part in enumerate(parts):
            xi = left + indent + (body if i else 0)
            pg.ops.append(("text", font, body, xi, y, part))
            last = i == len(parts) - 1
            if last:
                num = str(e.printed)
                nx = right - pdfmetrics.stringWidth(num, font, body)
                pg.ops.append(("text", font, body, nx, y, num))
                if style in ("dotted", "two_level"):
                    start = xi + pdfmetrics.stringWidth(part, font, body) + 3
                    dot = pdfmetrics.stringWidth("·", font, body)
                    count = max(0, int((nx - 3 - start) / dot))
                    pg.ops.append(("text", font, body, start, y, "·" * count))
                pg.lines.append(part + num)
            else:
                pg.lines.append(part)
            y -= pitch
    return pages


def toc_page_count(entries: list[TocEntry], style: str, top_reserved: float, body: float, font: str) -> int:
    probe = Page(1, A4, running=False)
    return len(toc_pages(entries, style, probe, top_reserved, body, font, "目录"))


# -- drawing ----------------------------------------------------------------------------------

def running_ops(page: Page, style: Style) -> list:
    """The running header and the page number of a body page, in the recipe's style."""
    if not page.running or page.printed is None:
        return []
    w, h = page.size
    ops = []
    name, period = style.header_text
    font, size = style.font, 9.0
    y_head = h - HEADER_Y
    left, right = MARGIN["side"], w - MARGIN["side"]
    odd = page.printed % 2 == 1
    number = style.page_no.format(n=page.printed)

    def put(text, align, y, sz=size):
        tw = pdfmetrics.stringWidth(text, font, sz)
        x = {"left": left, "right": right - tw, "center": (w - tw) / 2}[align]
        ops.append(("text", font, sz, x, y, text))

    if page.masthead:
        pass
    elif style.header == "split":
        put(name, "left", y_head)
        put(period, "right", y_head)
    elif style.header == "alternate":
        put(name if odd else period, "right" if not odd else "left", y_head)
    elif style.header == "center":
        put(f"{name}　{period}", "center", y_head)
    if style.header != "none" and not page.masthead:
        ops.append(("line", left, y_head - 5, right, y_head - 5))
    if style.page_no_pos == "footer-center":
        put(number, "center", FOOTER_Y, 10.0)
    elif style.page_no_pos == "footer-outer":
        put(number, "right" if odd else "left", FOOTER_Y, 10.0)
    elif style.page_no_pos == "header-outer":
        put(number, "right" if odd else "left", y_head, 10.0)
    return ops


def draw(pages: list[Page], style: Style, out_path) -> None:
    register_fonts()
    c = canvas.Canvas(str(out_path), pagesize=A4, invariant=1)
    c.setTitle(style.header_text[0] + style.header_text[1])
    for page in pages:
        c.setPageSize(page.size)
        for op in page.ops + running_ops(page, style):
            if op[0] == "text":
                _, font, size, x, y, text = op
                c.setFont(font, size)
                c.drawString(x, y, text)
            else:
                c.setLineWidth(0.6)
                c.line(*op[1:])
        c.showPage()
    c.save()

