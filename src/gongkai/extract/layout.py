"""Page geometry shared by the table detectors and the gazette splitter: text lines, chunks
and rulings, with the tolerances they use named in :class:`Tolerances`.

A *line* is the words of a page that share a baseline band; a *chunk* is a run of words in a
line with no wide gap inside (a table cell's text, a paragraph's line). *Rulings* are the printed
horizontal and vertical strokes: lines, thin rectangles and the edges of filled backgrounds,
minus what does not print (white fills, zero-width or unstroked, unfilled rectangles), so a
hidden rectangle never becomes a row.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from statistics import median

from ..text import is_cjk

_BULLETS = set("•·●○◦▪■□-–—*►✓➢❖")


@dataclass(frozen=True)
class Tolerances:
    """How words become lines and text, in multiples of the font size (``size``) of the smaller
    of two neighbouring words unless noted. One set per reader: :data:`TABLE_TOLERANCES` for
    table cells, :data:`TEXT_TOLERANCES` for running text (the gazette splitter).

    - ``cjk_gap``: two words closer than this are one word when the side(s) named by
      ``cjk_either_side`` are CJK (a wide-set title, a quotation mark), so no space between them;
    - ``cjk_either_side``: one CJK side is enough (running text mixes 2026年 and 第3号 with CJK);
      both sides must be CJK otherwise (a table cell of Latin words next to a CJK one);
    - ``touching_gap``: words closer than this are one word whatever their script (OCR cuts
      words); None: never;
    - ``wide_gap``: a wider gap is written as two spaces (a signature block's issuers set apart,
      a page number far from the header); None: one space;
    - ``row_overlap``: a word joins a line when it overlaps the line vertically by at least this
      share of the smaller of the two heights.
    """

    cjk_gap: float = 0.8
    cjk_either_side: bool = False
    touching_gap: float | None = None
    wide_gap: float | None = None
    row_overlap: float = 0.4


TABLE_TOLERANCES = Tolerances()
# measured on tests/test_gazette_split.py and the sample issues: cjk_gap 0.8 and 1.0 give the
# same items and fields (CJK words of one line are set close or wide, not in between)
TEXT_TOLERANCES = Tolerances(cjk_either_side=True, touching_gap=0.1, wide_gap=1.5, row_overlap=0.5)


@dataclass
class Chunk:
    x0: float
    x1: float
    top: float
    bottom: float
    words: list[dict]

    @property
    def text(self) -> str:
        return join_words(self.words)


@dataclass
class Line:
    top: float
    bottom: float
    words: list[dict]
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.chunks)


_is_cjk = is_cjk


@dataclass
class TextLine:
    """A line of running text settled on its page (what the gazette splitter reads): its box,
    its text joined by ``tolerances``, the font size most of its characters have, the column
    it belongs to (-1: across the columns) and that column's text edges (for indents, centring
    and reflow), and, from OCR, the mean word confidence (0-100; None for a text layer)."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    col: int = 0
    col_left: float = 0.0
    col_right: float = 0.0
    conf: float | None = None
    bold: bool = False
    in_table: bool = False

    @classmethod
    def of(cls, words: list[dict], page: int, col: int = 0,
           tolerances: Tolerances | None = None) -> TextLine:
        """The line made of ``words`` (one row; pdfplumber word dicts, optionally with ``conf``,
        ``bold`` and ``in_table``)."""
        words = sorted(words, key=lambda w: w["x0"])
        weights: Counter = Counter()
        for w in words:
            weights[round(word_size(w), 1)] += len(w["text"])
        chars = sum(len(w["text"]) for w in words) or 1
        confs = [w.get("conf") for w in words]
        conf = None if all(c is None for c in confs) else \
            sum((w.get("conf") or 0) * len(w["text"]) for w in words) / chars
        bold = sum(len(w["text"]) for w in words if w.get("bold")) * 2 > chars
        return cls(page, min(w["top"] for w in words), max(w["bottom"] for w in words),
                   min(w["x0"] for w in words), max(w["x1"] for w in words),
                   weights.most_common(1)[0][0], join_words(words, tolerances or TEXT_TOLERANCES),
                   col=col, conf=conf, bold=bold, in_table=all(w.get("in_table") for w in words))


def word_mid(word: dict) -> float:
    """A word's vertical middle."""
    return (word["top"] + word["bottom"]) / 2


def join_words(words: list[dict], tolerances: Tolerances = TABLE_TOLERANCES) -> str:
    """Words of one line, left to right, with a space between them, except between two CJK
    words set close together (a wide-set title, a quotation mark); see :class:`Tolerances`."""
    tol = tolerances
    out = ""
    prev = None
    for w in words:
        text = w["text"]
        if out:
            gap = w["x0"] - prev["x1"]
            size = max(min(word_size(w), word_size(prev)), 1.0)
            left, right = _is_cjk(out[-1]), _is_cjk(text[0])
            cjk = (left or right) if tol.cjk_either_side else (left and right)
            if tol.wide_gap is not None and gap > tol.wide_gap * size:
                out += "  "
            elif not ((cjk and gap < tol.cjk_gap * size)
                      or (tol.touching_gap is not None and gap <= tol.touching_gap * size)):
                out += " "
        out += text
        prev = w
    return out


def join_lines(parts: list[str]) -> str:
    """Lines of one title or paragraph: no space between CJK, one between Latin words (none
    after a hyphen or slash that ends a line)."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and not (_is_cjk(out[-1]) or _is_cjk(part[0])):
            if not out.endswith(("-", "–", "/")):
                out += " "
        out += part
    return out


def page_words(page) -> list[dict]:
    """Upright words of a page, with their font size."""
    words = page.extract_words(x_tolerance=2, y_tolerance=2, keep_blank_chars=False,
                               use_text_flow=False, extra_attrs=["upright", "size"])
    return [w for w in words if w["upright"] and w["text"].strip()]


def group_lines(words: list[dict], tolerances: Tolerances = TABLE_TOLERANCES) -> list[Line]:
    """Words into lines: a word joins the line its vertical middle falls in."""
    lines: list[Line] = []
    for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        placed = False
        for line in reversed(lines[-4:]):
            if line.top - 0.5 <= mid <= line.bottom + 0.5:
                overlap = min(line.bottom, w["bottom"]) - max(line.top, w["top"])
                if overlap >= tolerances.row_overlap * min(line.height, w["bottom"] - w["top"]):
                    line.words.append(w)
                    line.top = min(line.top, w["top"])
                    line.bottom = max(line.bottom, w["bottom"])
                    placed = True
                    break
        if not placed:
            lines.append(Line(w["top"], w["bottom"], [w]))
    lines.sort(key=lambda ln: ln.top)
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
    return lines


def word_size(word: dict) -> float:
    return float(word.get("size") or (word["bottom"] - word["top"]))


# A list bullet is set at most this many font sizes before its text (a hanging indent); a dash
# further from the next word is a table's zero mark in a cell of its own.
BULLET_GAP_EM = 3.0


def split_chunks(line: Line, gap_em: float = 0.9, bullet_gap_em: float = BULLET_GAP_EM) -> list[Chunk]:
    """Cut a line where the gap between two words is wider than ``gap_em`` times the font size.

    A lone bullet stays with the words after it (a list item is not two cells), unless they are
    more than ``bullet_gap_em`` font sizes apart.
    """
    chunks: list[Chunk] = []
    current: list[dict] = []
    for w in line.words:
        if current:
            gap = w["x0"] - current[-1]["x1"]
            size = min(word_size(w), word_size(current[-1]))
            bullet = len(current) == 1 and current[0]["text"] in _BULLETS and gap <= bullet_gap_em * size
            if gap > gap_em * size and not bullet:
                chunks.append(_chunk(current))
                current = []
        current.append(w)
    if current:
        chunks.append(_chunk(current))
    line.chunks = chunks
    return chunks


def _chunk(words: list[dict]) -> Chunk:
    return Chunk(min(w["x0"] for w in words), max(w["x1"] for w in words),
                 min(w["top"] for w in words), max(w["bottom"] for w in words), list(words))


# --- rulings ---------------------------------------------------------------------------------

def is_white(color) -> bool:
    if isinstance(color, (int, float)):
        return color >= 0.99
    if isinstance(color, (list, tuple)) and color:
        if len(color) == 4:  # CMYK
            return all(isinstance(c, (int, float)) and c <= 0.01 for c in color)
        return all(isinstance(c, (int, float)) and c >= 0.99 for c in color)
    return False


def is_visible(obj: dict) -> bool:
    """A rect, line or curve that prints: white, unstroked-and-unfilled objects do not."""
    stroke = obj.get("stroke")
    fill = obj.get("fill")
    if not stroke and not fill:
        return False
    color = obj.get("non_stroking_color") if fill and not stroke else obj.get("stroking_color")
    if fill and stroke:
        color = obj.get("stroking_color") or obj.get("non_stroking_color")
    if color is not None and is_white(color):
        return False
    return True


@dataclass(frozen=True)
class HRule:
    x0: float
    x1: float
    y: float


def horizontal_rules(page, min_width: float = 20.0) -> list[HRule]:
    """Printed horizontal strokes: lines, thin rects, and the top and bottom of filled boxes."""
    rules: list[HRule] = []
    for obj in page.lines:
        if is_visible(obj) and abs(obj["top"] - obj["bottom"]) < 1.5 and obj["x1"] - obj["x0"] >= min_width:
            rules.append(HRule(obj["x0"], obj["x1"], (obj["top"] + obj["bottom"]) / 2))
    for obj in page.rects:
        if not is_visible(obj) or obj["x1"] - obj["x0"] < min_width:
            continue
        h = obj["bottom"] - obj["top"]
        if h < 2.5:
            rules.append(HRule(obj["x0"], obj["x1"], (obj["top"] + obj["bottom"]) / 2))
        elif obj.get("fill"):
            rules.append(HRule(obj["x0"], obj["x1"], obj["top"]))
            rules.append(HRule(obj["x0"], obj["x1"], obj["bottom"]))
    rules.sort(key=lambda r: (r.y, r.x0))
    return rules


@dataclass(frozen=True)
class VRule:
    x: float
    top: float
    bottom: float


def vertical_rules(page, min_height: float = 8.0) -> list[VRule]:
    """Printed vertical strokes (lines and thin rects), pieces of one stroke joined."""
    pieces: list[VRule] = []
    for obj in list(page.lines) + list(page.rects):
        if not is_visible(obj) or obj["x1"] - obj["x0"] >= 2.5:
            continue
        if obj["bottom"] - obj["top"] >= 1.0:
            pieces.append(VRule((obj["x0"] + obj["x1"]) / 2, obj["top"], obj["bottom"]))
    pieces.sort(key=lambda r: (round(r.x), r.top))
    joined: list[VRule] = []
    for r in pieces:
        last = joined[-1] if joined else None
        if last and abs(last.x - r.x) < 1.0 and r.top <= last.bottom + 2.0:
            joined[-1] = VRule(last.x, last.top, max(last.bottom, r.bottom))
        else:
            joined.append(r)
    return [r for r in joined if r.bottom - r.top >= min_height]


def median_size(words: list[dict], default: float = 10.0) -> float:
    sizes = [word_size(w) for w in words]
    return median(sizes) if sizes else default


# --- rotated pages ---------------------------------------------------------------------------

def text_turn(page) -> int:
    """0 when the page's text is upright; +90 when it reads bottom to top (the page must turn
    clockwise to read it), -90 when it reads top to bottom."""
    chars = page.chars
    if not chars:
        return 0
    rotated = [c for c in chars if not c.get("upright", True)]
    if len(rotated) < 0.6 * len(chars):
        return 0
    up = down = 0
    for a, b in zip(rotated, rotated[1:]):
        if abs(a["x0"] - b["x0"]) < 1.0 and abs(a["top"] - b["top"]) < 3 * (a["x1"] - a["x0"] + 1):
            if b["top"] < a["top"]:
                up += 1
            elif b["top"] > a["top"]:
                down += 1
    if up == down == 0:
        return 0
    return 90 if up > down else -90


def _turn_box(obj: dict, turn: int, width: float, height: float) -> dict:
    new = dict(obj)
    x0, x1, top, bottom = obj["x0"], obj["x1"], obj["top"], obj["bottom"]
    if turn == 90:   # bottom-to-top text: page turned clockwise
        nx0, nx1, ntop, nbottom = height - bottom, height - top, x0, x1
    else:            # top-to-bottom text: page turned anticlockwise
        nx0, nx1, ntop, nbottom = top, bottom, width - x1, width - x0
    new.update(x0=nx0, x1=nx1, top=ntop, bottom=nbottom, doctop=ntop, y0=width - nbottom,
               y1=width - ntop, width=nx1 - nx0, height=nbottom - ntop)
    if "pts" in new:
        new.pop("pts")
    if obj.get("object_type") == "char":
        size = nbottom - ntop   # the glyph's height across the line is the font size
        new.update(upright=True, size=size, matrix=(size, 0.0, 0.0, size, nx0, width - nbottom))
    return new


def rotated_page(page, turn: int):
    """A view of ``page`` turned by ``turn`` degrees so that its text is upright: chars, lines
    and rects in the turned coordinates (pdfplumber's table finder and words work on it)."""
    from pdfplumber.page import DerivedPage

    class TurnedPage(DerivedPage):
        def __init__(self, parent):
            self.bbox = (0, 0, parent.height, parent.width)
            super().__init__(parent)

        @property
        def objects(self):
            if not hasattr(self, "_objects"):
                w, h = self.parent_page.width, self.parent_page.height
                self._objects = {k: [_turn_box(o, turn, w, h) for o in v]
                                 for k, v in self.parent_page.objects.items()
                                 if k in ("char", "line", "rect")}
            return self._objects

    return TurnedPage(page)


def unturn_box(box, turn: int, width: float, height: float):
    """A box of the turned view back in the page's coordinates (for drawing)."""
    x0, top, x1, bottom = box
    if turn == 90:
        return (top, height - x1, bottom, height - x0)
    return (width - bottom, x0, width - top, x1)


# --- leaders and figures (used by the table readers) -------------------------------------------

# Dot leaders join a label to its figure or page number ("Total . . . . . 11,062.6"); they are
# neither content nor a cell. A word made only of these characters is a leader; a run of at least
# LEADER_MIN_RUN of them ending a word ("verification......") is cut off.
LEADER_CHARS = ".·…‥⋯_"
LEADER_MIN_RUN = 3


def is_leader(text: str) -> bool:
    """A word made only of leader characters (``....``, ``.``, ``…``)."""
    text = text.strip()
    return bool(text) and all(ch in LEADER_CHARS for ch in text)


def drop_leaders(words: list[dict]) -> list[dict]:
    """Words without dot leaders: leader words removed, a trailing leader run cut off (its box
    shrunk in proportion to the characters kept). A word a leader followed carries
    ``leader_after=True`` (a table of contents is told by its leaders)."""
    out: list[dict] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        text = w["text"]
        if is_leader(text):
            if out and abs(out[-1]["top"] - w["top"]) < 2 and not out[-1].get("leader_after"):
                out[-1] = dict(out[-1], leader_after=True)
            continue
        stripped = text.rstrip(LEADER_CHARS)
        if len(text) - len(stripped) >= LEADER_MIN_RUN and stripped:
            w = dict(w, x1=w["x0"] + (w["x1"] - w["x0"]) * len(stripped) / len(text),
                     text=stripped, leader_after=True)
        out.append(w)
    return out


@dataclass(frozen=True)
class FigureTolerances:
    """How drawings (charts, diagrams) are told from rulings and table shading, in points.

    - ``mark_min``: a curve at least this tall and wide is drawn, not a rule (rules drawn as
      curves are thinner);
    - ``diagonal_min``: a line that moves at least this far along both axes is no ruling;
    - ``large``: a figure holds at least one drawn object this long (a plot line, an axis, a pie
      slice), so that icons and arrowheads alone make none;
    - ``bars_min``: this many filled boxes on one baseline, of at least this many lengths (ragged
      by at least ``bar_ragged_share`` of the longest), that do not touch each other are a bar
      chart (cell shading and row stripes share both edges, or tile);
    - ``many_marks``: so many drawn objects close together are a figure even when none is
      large (a line chart drawn segment by segment);
    - ``join``: drawn objects closer than this are one figure;
    - ``label_margin``: axis labels and legends stand this far outside the drawing.
    """

    mark_min: float = 3.0
    diagonal_min: float = 2.0
    large: float = 30.0
    bars_min: int = 3
    bar_ragged_share: float = 0.15
    many_marks: int = 8
    join: float = 20.0
    label_margin: float = 15.0


FIGURE_TOLERANCES = FigureTolerances()


def _bars(rects: list[dict], tol: FigureTolerances) -> list[list[dict]]:
    """Filled boxes that make bar charts, chart by chart: on a shared baseline, ragged at the
    other end, apart."""
    out: list[list[dict]] = []
    for base_key, end_key, lo, hi in (("bottom", "top", "x0", "x1"), ("x0", "x1", "top", "bottom")):
        groups: dict[int, list[dict]] = {}
        for r in rects:
            groups.setdefault(round(r[base_key]), []).append(r)
        for group in groups.values():
            if len(group) < tol.bars_min:
                continue
            lengths = [abs(r[end_key] - r[base_key]) for r in group]
            if max(lengths) - min(lengths) < tol.bar_ragged_share * max(lengths) or \
                    len({round(v) for v in lengths}) < tol.bars_min:
                continue   # shading: the boxes end together (or nearly all do)
            group = sorted(group, key=lambda r: r[lo])
            apart = all(b[lo] - a[hi] >= 1.0 for a, b in zip(group, group[1:]))
            if apart:
                out.append(group)
    return out


def _stacked_bars(rects: list[dict], tol: FigureTolerances) -> list[list[dict]]:
    """Boxes of stacked bar charts, chart by chart: runs of touching boxes of one height (or
    width) in different colours, at least ``bars_min`` runs starting on one baseline. Table
    shading that tiles a row keeps one colour across it."""
    out: list[list[dict]] = []
    for lo, hi, a0, a1 in (("x0", "x1", "top", "bottom"), ("top", "bottom", "x0", "x1")):
        lanes: dict[tuple[int, int], list[dict]] = {}
        for r in rects:
            lanes.setdefault((round(r[a0]), round(r[a1])), []).append(r)
        runs = []
        for lane in lanes.values():
            lane.sort(key=lambda r: r[lo])
            run = [lane[0]]
            for r in lane[1:]:
                if abs(r[lo] - run[-1][hi]) <= 1.0:
                    run.append(r)
                else:
                    runs.append(run)
                    run = [r]
            runs.append(run)
        stacked = [run for run in runs if len(run) >= 2 and
                   len({str(r.get("non_stroking_color")) for r in run}) == len(run)]
        starts: dict[int, list[list[dict]]] = {}
        for run in stacked:
            starts.setdefault(round(run[0][lo]), []).append(run)
        for group in starts.values():
            if len(group) >= tol.bars_min:
                out.append([r for run in group for r in run])
    return out


def _axis_aligned(points) -> bool:
    """A path whose every segment runs across or down the page (a box drawn as a path: cell
    shading, a frame), which draws nothing a table would not."""
    pts = [(p[0], p[1]) for p in points]
    return len(pts) >= 2 and all(abs(a[0] - b[0]) < 0.5 or abs(a[1] - b[1]) < 0.5
                                 for a, b in zip(pts, pts[1:]))


def figure_regions(page, tol: FigureTolerances = FIGURE_TOLERANCES) -> list[tuple[float, float, float, float]]:
    """Boxes of the page's drawings (charts, diagrams), their labels' margin included.

    Drawn objects are curves taller and wider than a rule, diagonal lines and bar charts (each
    one object); neighbouring ones are one figure, kept when it holds a large object (a bar
    chart counts as one) or many objects.
    Table rulings, shading and small marks (icons, arrowheads, bullets) make none."""
    marks: list[tuple[float, float, float, float, bool]] = []   # x0, top, x1, bottom, large
    for c in page.curves:
        if not is_visible(c) or _axis_aligned(c.get("pts") or []):
            continue
        w, h = c["x1"] - c["x0"], c["bottom"] - c["top"]
        if w >= tol.mark_min and h >= tol.mark_min:
            marks.append((c["x0"], c["top"], c["x1"], c["bottom"], max(w, h) >= tol.large))
    for ln in page.lines:
        w, h = abs(ln["x1"] - ln["x0"]), abs(ln["bottom"] - ln["top"])
        if w >= tol.diagonal_min and h >= tol.diagonal_min and is_visible(ln):
            marks.append((ln["x0"], ln["top"], ln["x1"], ln["bottom"], max(w, h) >= tol.large))
    filled = [r for r in page.rects if r.get("fill") and is_visible(r)
              and r["x1"] - r["x0"] >= 2 and r["bottom"] - r["top"] >= 2]
    for bars in _bars(filled, tol) + _stacked_bars(filled, tol):
        # the bars of a chart stand apart: the chart is one mark, as large as they span
        marks.append((min(r["x0"] for r in bars), min(r["top"] for r in bars),
                      max(r["x1"] for r in bars), max(r["bottom"] for r in bars), True))
    if not marks:
        return []
    clusters: list[list[tuple]] = []
    for m in sorted(marks, key=lambda m: (m[1], m[0])):
        near = [c for c in clusters if any(
            m[0] <= o[2] + tol.join and o[0] <= m[2] + tol.join and
            m[1] <= o[3] + tol.join and o[1] <= m[3] + tol.join for o in c)]
        merged = [m]
        for c in near:
            merged.extend(c)
            clusters.remove(c)
        clusters.append(merged)
    out = []
    for c in clusters:
        if not (any(m[4] for m in c) or len(c) >= tol.many_marks):
            continue
        out.append((min(m[0] for m in c) - tol.label_margin, min(m[1] for m in c) - tol.label_margin,
                    max(m[2] for m in c) + tol.label_margin, max(m[3] for m in c) + tol.label_margin))
    return out
