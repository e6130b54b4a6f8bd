"""Pages of an issue: words (text layer), running headers and footers, printed page numbers, column gutters, reading order."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..layout import TextLine, word_mid
from .lines import _nospace, _row_text, _rows, _shape, fold
from .settings import TOL

_FOOTER_NUM_RE = re.compile(r"^[^\w\d]*[-—–一_~·•・.]*\s*第?\s*(\d{1,5})\s*页?\s*[-—–一_~·•・.]*[^\w\d]*$")


_EDGE_NUM_RE = re.compile(r"^[^\w]*(\d{1,5})[^\w\s]*\s+\S|\S\s+[^\w\s]*(\d{1,5})[^\w]*$")


@dataclass
class _Page:
    number: int
    width: float
    height: float
    words: list[dict]
    ocr: bool = False
    ocr_confidence: float | None = None
    tables: list = field(default_factory=list)
    running: list[TextLine] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)
    gutters: list[tuple[float, float]] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1) horizontal rules
    printed: int | None = None
    role: str = "content"
    ocr_gutters: list[tuple[float, float]] = field(default_factory=list)  # column gaps seen in the scan
    mended: dict[int, str] = field(default_factory=dict)  # id(line) -> its reading as OCR gave it (ocr_lines)


def _text_layer_words(page, rotated: list | None = None) -> list[dict]:
    """The page's upright words; rotated ones are counted in ``rotated`` (margin stamps, or a
    landscape table set sideways, which the reader reports rather than reads out of order)."""
    words = []
    for w in page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False,
                                use_text_flow=False):
        if not w["text"].strip():
            continue
        if not w.get("upright", True):
            if rotated is not None:
                rotated.append(w["text"])
            continue
        font = w.get("fontname") or ""
        words.append({"x0": w["x0"], "x1": w["x1"], "top": w["top"], "bottom": w["bottom"], "text": w["text"],
                      "size": float(w["size"]), "bold": bool(re.search(r"bold|heavy|black|semibold", font, re.I))})
    return words


def _horizontal_rules(page) -> list[tuple[float, float, float]]:
    found = []
    for obj in list(page.lines) + list(page.rects):
        if abs(obj["bottom"] - obj["top"]) <= 2.5 and obj["x1"] - obj["x0"] >= 0.3 * page.width:
            found.append(((obj["top"] + obj["bottom"]) / 2, obj["x0"], obj["x1"]))
    return found


def _has_vertical_edges(page) -> bool:
    count = 0
    for obj in page.rects:
        if obj["height"] > 4 and obj["width"] > 4:
            count += 2
    for obj in page.lines:
        if abs(obj["x0"] - obj["x1"]) < 1 and abs(obj["top"] - obj["bottom"]) > 4:
            count += 1
    return count >= 2


def _mark_tables(words: list[dict], tables) -> None:
    for t in tables:
        x0, top, x1, bottom = t.bbox
        for w in words:
            if x0 - 1 <= (w["x0"] + w["x1"]) / 2 <= x1 + 1 and top - 1 <= word_mid(w) <= bottom + 1:
                w["in_table"] = True


def _running_rows(pages: list[_Page], family: dict) -> None:
    """Set ``page.running`` (header/footer lines) and remove their words from ``page.words``."""
    patterns = [re.compile(p) for p in family.get("running_header", [])]
    margin: dict[int, list[tuple[list[dict], str]]] = {}
    shapes: Counter = Counter()
    for pg in pages:
        found = []
        for row in _rows([w for w in pg.words if not w.get("in_table")]):
            top, bottom = min(w["top"] for w in row), max(w["bottom"] for w in row)
            if top < 0.1 * pg.height or bottom > 0.9 * pg.height:
                text = _row_text(row)
                found.append((row, text))
                shapes[_shape(text)] += 1
        margin[pg.number] = found
    need = max(2, len(pages) // 3)
    repeated = [s for s, n in shapes.items() if n >= need and len(s) >= 1]
    for pg in pages:
        drop: set[int] = set()
        for row, text in margin[pg.number]:
            shape = _shape(text)
            top = min(w["top"] for w in row)
            bottom = max(w["bottom"] for w in row)
            in_top, in_bottom = top < 0.1 * pg.height, bottom > 0.9 * pg.height
            nospace = _nospace(fold(text))
            is_running = (
                shape in repeated
                or any(p.search(nospace) or p.search(text) for p in patterns)
                or (_FOOTER_NUM_RE.match(text) is not None and (in_bottom or in_top))
                or (pg.ocr and len(shape) >= 4 and any(
                    SequenceMatcher(None, shape, r).ratio() >= 0.75 for r in repeated if len(r) >= 4))
            )
            if is_running:
                pg.running.append(TextLine.of(row, pg.number, -1))
                drop.update(id(w) for w in row)
        if drop:
            pg.words = [w for w in pg.words if id(w) not in drop]


def _printed_number(pg: _Page) -> list[int]:
    found = []
    for ln in pg.running:
        text = ln.text.strip()
        m = _FOOTER_NUM_RE.match(text)
        if m:
            found.append(int(m.group(1)))
            continue
        m = _EDGE_NUM_RE.search(text)
        if m:
            found.append(int(m.group(1) or m.group(2)))
    return found


def _offset(pages: list[_Page]) -> int | None:
    """The printed -> physical offset most pages agree on (physical = printed + offset); each
    page's own printed number is kept when it is within a few pages of that (an unnumbered
    plate or a missing page shifts the numbering)."""
    votes: Counter = Counter()
    for pg in pages:
        for num in set(_printed_number(pg)):
            votes[pg.number - num] += 1
    if not votes:
        return None
    offset, count = votes.most_common(1)[0]
    if count < 2 and len(pages) > 2:
        return None
    for pg in pages:
        nums = [n for n in _printed_number(pg) if abs((pg.number - n) - offset) <= 3]
        if nums:
            pg.printed = min(nums, key=lambda n: abs((pg.number - n) - offset))
    return offset


def _find_gutters(words: list[dict], width: float) -> list[tuple[float, float]]:
    body = [w for w in words if not w.get("in_table")]
    if len(body) < 8:
        return []
    sizes = sorted(w["size"] for w in body)
    size = sizes[len(sizes) // 2]
    left, right = min(w["x0"] for w in body), max(w["x1"] for w in body)
    span = right - left
    if span < 12 * size:
        return []
    n = int(width) + 2
    cov = [0] * n
    for w in body:
        for x in range(max(0, int(w["x0"])), min(n, int(w["x1"]) + 1)):
            cov[x] += 1
    inside = sorted(cov[int(left):int(right) + 1])
    ref = inside[int(0.75 * (len(inside) - 1))]
    if ref < 4:
        return []
    limit = max(1, int(0.2 * ref))
    lo, hi = int(left + 0.12 * span), int(right - 0.12 * span)
    runs, start = [], None
    for x in range(lo, hi + 1):
        if cov[x] <= limit:
            if start is None:
                start = x
        elif start is not None:
            runs.append((start, x - 1))
            start = None
    if start is not None:
        runs.append((start, hi))
    rows = _rows(body)
    gutters = []
    for a, b in runs:
        if b - a + 1 < max(3.0, 0.4 * size):
            continue
        # a column holds running text: narrower than that, the "column" is a run of aligned
        # numbers (第一条　, 1.) with the gap after them
        if a - left < TOL.min_column_chars * size or right - b < TOL.min_column_chars * size:
            continue
        # text must run up to the gutter on its left and start right after it, on many rows
        # (the two columns' rows need not line up)
        left_rows = sum(1 for row in rows if any(a - 10 * size <= w["x1"] <= a + 1 for w in row))
        right_rows = sum(1 for row in rows if any(b - 1 <= w["x0"] <= b + 10 * size for w in row))
        if min(left_rows, right_rows) >= max(3, 0.2 * len(rows)):
            gutters.append((float(a), float(b)))
    return gutters


def _layout(pg: _Page) -> list[TextLine]:
    """The page's lines in reading order (bands of columns between full-width lines)."""
    words = pg.words
    if not words:
        return []
    gutters = pg.gutters
    if not gutters:
        return [TextLine.of(row, pg.number, 0) for row in _rows(words)]

    def crosses(w: dict) -> bool:
        return any(w["x0"] < a + 0.5 and w["x1"] > b - 0.5 for a, b in gutters)

    def column(w: dict) -> int:
        centre = (w["x0"] + w["x1"]) / 2
        return sum(1 for a, b in gutters if centre > (a + b) / 2)

    spanning, columned = [], []
    for row in _rows(words):
        if any(crosses(w) or w.get("in_table") for w in row):
            spanning.append(row)
        else:
            columned.extend(row)
    span_lines = [TextLine.of(row, pg.number, -1) for row in spanning]
    # bands: cut at every full-width line and at every horizontal rule across the gutters
    cuts: list[tuple[float, TextLine | None]] = [(ln.top, ln) for ln in span_lines]
    cuts += [(y, None) for y, x0, x1 in pg.rules if all(x0 < a and x1 > b for a, b in gutters)]
    cuts.sort(key=lambda c: c[0])
    cuts.append((float("inf"), None))
    out: list[TextLine] = []
    prev_cut = float("-inf")
    for cut, line in cuts:
        band = [w for w in columned if prev_cut <= word_mid(w) < cut]
        for col in range(len(gutters) + 1):
            col_words = [w for w in band if column(w) == col]
            out.extend(TextLine.of(row, pg.number, col) for row in _rows(col_words))
        if line is not None:
            out.append(line)
        prev_cut = cut
    return out


def _column_edges(pages: list[_Page]) -> None:
    """Set each line's col_left/col_right: the edges most lines of its column share, on its
    page when enough lines show them, else over the issue (same column count, same parity)."""
    def edge(values: list[float], tol: float, low: bool) -> tuple[float, int] | None:
        for v in sorted(values, reverse=not low):
            support = sum(1 for u in values if abs(u - v) <= tol)
            if support >= 3:
                return v, support
        return None

    issue_edges: dict[tuple, list[tuple[float, float]]] = {}
    per_page: dict[tuple, tuple[float, float, int]] = {}
    for pg in pages:
        ncols = len(pg.gutters) + 1
        groups: dict[int, list[TextLine]] = {}
        for ln in pg.lines:
            groups.setdefault(ln.col, []).append(ln)
        for col, lines in groups.items():
            size = sorted(ln.size for ln in lines)[len(lines) // 2]
            tol = max(1.5, 0.4 * size)
            left = edge([ln.x0 for ln in lines], tol, True)
            # a line of ragged-right (unjustified) text ends up to one character short of the
            # edge, wherever its last character fitted: the right edge is looked for that wide
            right = edge([ln.x1 for ln in lines], max(tol, TOL.ragged_right * size), False)
            if left and right:
                per_page[(pg.number, col)] = (left[0], right[0], min(left[1], right[1]))
                issue_edges.setdefault((ncols, col, pg.number % 2), []).append((left[0], right[0]))
                issue_edges.setdefault((ncols, col), []).append((left[0], right[0]))
    for pg in pages:
        ncols = len(pg.gutters) + 1
        for ln in pg.lines:
            found = per_page.get((pg.number, ln.col))
            if found and found[2] >= 5:
                edges = found[:2]
            else:
                seen = issue_edges.get((ncols, ln.col, pg.number % 2)) or issue_edges.get((ncols, ln.col))
                if seen:
                    lefts = Counter(round(e[0]) for e in seen).most_common(1)[0][0]
                    rights = Counter(round(e[1]) for e in seen).most_common(1)[0][0]
                    edges = (min(e[0] for e in seen if round(e[0]) == lefts),
                             max(e[1] for e in seen if round(e[1]) == rights))
                elif found:
                    edges = found[:2]
                else:
                    edges = (min(x.x0 for x in pg.lines), max(x.x1 for x in pg.lines))
            ln.col_left, ln.col_right = edges


def _share_gutters(pages: list[_Page]) -> None:
    """A page whose columns were too sparse to show their gutter takes the issue's gutter when
    its words leave that gutter empty and some lie left of it."""
    seen = Counter(tuple((round(a), round(b)) for a, b in pg.gutters) for pg in pages if pg.gutters)
    if not seen:
        return
    common = [tuple(map(float, g)) for g in seen.most_common(1)[0][0]]
    for pg in pages:
        if pg.gutters or len(pg.words) < 2:
            continue
        ok = True
        # OCR boxes are loose and a speck read as a character may bridge the gap: a scanned
        # page may have a few words across it
        allowed = int(TOL.ocr_gutter_crossing * len(pg.words)) if pg.ocr else 0
        for a, b in common:
            if sum(1 for w in pg.words if w["x0"] < b - 0.5 and w["x1"] > a + 0.5 and not w.get("in_table")) > allowed:
                ok = False
            # words left of the gap (the right column may be empty: the issue ends there)
            if not any(w["x1"] <= a + 0.5 for w in pg.words):
                ok = False
        if ok:
            pg.gutters = common


def _is_cover(pg: _Page) -> bool:
    """A cover: few lines, none of them a line of running text."""
    if not pg.lines:
        return True
    long_lines = sum(1 for ln in pg.lines if len(_nospace(ln.text)) >= 24)
    return len(pg.lines) <= 16 and long_lines <= 2


def _is_masthead(ln: TextLine, family: dict) -> bool:
    s = _nospace(fold(ln.text))
    if len(s) > 30:
        return False
    spec = family.get("issue", {})
    for key in ("title", "number", "total", "header"):
        if spec.get(key) and re.search(spec[key], s if key != "header" else ln.text):
            return True
    return bool(re.search(r"(主办|出版|编辑|印刷|发行)$", s)) or bool(re.fullmatch(r"[A-Z'’ .,-]+", ln.text.strip()))
