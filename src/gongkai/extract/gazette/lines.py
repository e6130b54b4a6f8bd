"""Lines of a gazette page: made from words, joined into titles and paragraphs, compared."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from ...text import is_cjk
from ..parsers import to_simplified

def fold(text: str) -> str:
    """Text in simplified characters for comparisons (the original is what the output keeps)."""
    return to_simplified(text)


def _norm(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", fold(text))


def _nospace(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", text)


@dataclass
class Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    col: int = 0                 # column index on its page; -1 for a full-width line
    col_left: float = 0.0        # the column's text edges (for indents and reflow)
    col_right: float = 0.0
    conf: float | None = None    # OCR: mean word confidence (0-100); None for a text layer
    bold: bool = False
    in_table: bool = False


@dataclass
class _Word:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    size: float
    conf: float | None = None
    bold: bool = False
    in_table: bool = False

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


_is_cjk = is_cjk


def _join_words(words: list[_Word]) -> str:
    out = ""
    prev = None
    for w in words:
        if prev is not None:
            gap = w.x0 - prev.x1
            size = max(min(prev.size, w.size), 1.0)
            cjk = _is_cjk(prev.text[-1]) or _is_cjk(w.text[0])
            if gap > 1.5 * size:
                out += "  "
            elif (cjk and gap < 1.0 * size) or gap <= 0.1 * size:
                pass
            else:
                out += " "
        out += w.text
        prev = w
    return out


def _join_lines(parts: list[str]) -> str:
    """Lines of one title or paragraph: no space between CJK, one between Latin words."""
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


def _rows(words: list[_Word]) -> list[list[_Word]]:
    """Words grouped into rows by vertical overlap, top to bottom, each row left to right."""
    rows: list[list[_Word]] = []
    spans: list[list[float]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        h = max(w.bottom - w.top, 0.5)
        placed = False
        for k in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom = spans[k]
            overlap = min(bottom, w.bottom) - max(top, w.top)
            if overlap >= 0.5 * min(h, bottom - top):
                rows[k].append(w)
                spans[k] = [min(top, w.top), max(bottom, w.bottom)]
                placed = True
                break
        if not placed:
            rows.append([w])
            spans.append([w.top, w.bottom])
    for row in rows:
        row.sort(key=lambda w: w.x0)
    order = sorted(range(len(rows)), key=lambda k: spans[k][0])
    return [rows[k] for k in order]


def _make_line(words: list[_Word], page: int, col: int, ocr: bool) -> Line:
    words = sorted(words, key=lambda w: w.x0)
    weights: Counter = Counter()
    for w in words:
        weights[round(w.size, 1)] += len(w.text)
    size = weights.most_common(1)[0][0]
    conf = None
    if ocr:
        chars = sum(len(w.text) for w in words) or 1
        conf = sum((w.conf or 0) * len(w.text) for w in words) / chars
    bold = sum(len(w.text) for w in words if w.bold) * 2 > sum(len(w.text) for w in words)
    return Line(page, min(w.top for w in words), max(w.bottom for w in words),
                min(w.x0 for w in words), max(w.x1 for w in words), size, _join_words(words),
                col=col, conf=conf, bold=bold, in_table=all(w.in_table for w in words))


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _body_size(lines: list[Line]) -> float:
    weights: Counter = Counter()
    for ln in lines:
        weights[round(ln.size, 1)] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _is_centred(ln: Line) -> bool:
    width = ln.col_right - ln.col_left
    if width <= 0:
        return True
    centre = (ln.x0 + ln.x1) / 2
    mid = (ln.col_left + ln.col_right) / 2
    return abs(centre - mid) <= max(0.08 * width, 1.5 * ln.size)


def _similar(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _original_span(original: str, simple_match: re.Match, group: str = "value") -> str:
    """The part of ``original`` under a match made on its folded (same-length) form."""
    start, end = simple_match.span(group)
    return original[start:end]


def reflow(lines: list[Line]) -> str:
    """Lines to paragraphs: a line continues the previous one when that one ran to the right
    edge of its column and this one starts at the column's left edge (no first-line indent)."""
    if not lines:
        return ""
    paragraphs: list[str] = []
    prev = None
    for ln in lines:
        text = ln.text.strip()
        size = ln.size or 10
        left = ln.col_left if ln.col_right > ln.col_left else min(x.x0 for x in lines)
        right = prev.col_right if prev is not None and prev.col_right > prev.col_left else max(x.x1 for x in lines)
        prev_left = prev.col_left if prev is not None and prev.col_right > prev.col_left else left
        continues = (prev is not None and prev.x1 >= right - 1.5 * (prev.size or 10)
                     and prev.x0 <= prev_left + 2.6 * (prev.size or 10)
                     and abs(ln.x0 - left) <= 0.6 * size and prev.page <= ln.page
                     and abs(ln.size - prev.size) <= 0.15 * size)
        if continues:
            paragraphs[-1] = _join_lines([paragraphs[-1], text])
        else:
            paragraphs.append(text)
        prev = ln
    return "\n".join(paragraphs)
