"""Lines of a gazette page (:class:`gongkai.extract.layout.TextLine`, made by the geometry module):
sizes, centring, similarity, reflow into paragraphs."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from ..layout import TEXT_TOLERANCES, TextLine, group_lines, join_lines, join_words
from ..parsers import to_simplified
from .settings import TOL


def fold(text: str) -> str:
    """Text in simplified characters for comparisons (the original is what the output keeps)."""
    return to_simplified(text)


def _norm(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", fold(text))


def _nospace(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", text)


def _rows(words: list[dict]) -> list[list[dict]]:
    """Words grouped into rows (layout's lines), top to bottom, each row left to right."""
    return [line.words for line in group_lines(words, TEXT_TOLERANCES)]


def _row_text(words: list[dict]) -> str:
    return join_words(sorted(words, key=lambda w: w["x0"]), TEXT_TOLERANCES)


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _body_size(lines: list[TextLine]) -> float:
    weights: Counter = Counter()
    for ln in lines:
        weights[round(ln.size, 1)] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _is_centred(ln: TextLine) -> bool:
    width = ln.col_right - ln.col_left
    if width <= 0:
        return True
    centre = (ln.x0 + ln.x1) / 2
    mid = (ln.col_left + ln.col_right) / 2
    return abs(centre - mid) <= max(TOL.centred_share * width, TOL.centred * ln.size)


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


def reflow(lines: list[TextLine]) -> str:
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
        continues = (prev is not None and prev.x1 >= right - TOL.run_on_right * (prev.size or 10)
                     and prev.x0 <= prev_left + 2.6 * (prev.size or 10)
                     and abs(ln.x0 - left) <= TOL.flush_left * size and prev.page <= ln.page
                     and abs(ln.size - prev.size) <= 0.15 * size)
        if continues:
            paragraphs[-1] = join_lines([paragraphs[-1], text])
        else:
            paragraphs.append(text)
        prev = ln
    return "\n".join(paragraphs)
