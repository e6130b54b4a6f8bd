"""The gazette splitter's tolerances, named and documented in one place.

Sizes are multiples of the font size of the line concerned (``size``) or of the issue's body
text (``body``); counts are characters or words. The geometry of words and lines (how close
two words are to be one, how rows are grouped) is :data:`gongkai.extract.layout.TEXT_TOLERANCES`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SplitTolerances:
    # a title (or a section banner) is set larger than the body text: at least this x body
    title_size: float = 1.12
    # lines of one title block differ in size by at most this share of the first line's size
    title_size_spread: float = 0.12
    # ... and are at most this x size apart vertically (the leading of a wrapped title)
    title_leading: float = 1.6
    # a 主送 line starts within this x size of its column's left edge (flush left); a
    # continued paragraph line starts as close to it (reflow)
    flush_left: float = 0.6
    # a column is at least this many characters wide (a narrower one is aligned numbering,
    # 第一条　or 1., with the gap after it)
    min_column_chars: float = 8.0
    # share of a scanned page's words that may lie across the column gap when the page
    # takes that gap (OCR boxes are loose; specks read as characters)
    ocr_gutter_crossing: float = 0.03
    # a paragraph's line that runs on reaches within this x size of the column's right edge
    run_on_right: float = 1.5
    # lines of ragged-right text end within this x size of their column's right edge (one
    # full-width character: the next one did not fit)
    ragged_right: float = 1.05
    # a centred line's middle is within this x size (or 8 % of the column) of the column's middle
    centred: float = 1.5
    centred_share: float = 0.08
    # a signature line (issuer) ends within this x size of the column's right edge ...
    signature_reach: float = 8.0
    # ... and starts at least this x size right of the left edge (not a body line)
    signature_indent: float = 1.5
    # a signature date line holds the date only: 二〇二六年十二月三十一日 is 11 characters,
    # 2026年12月31日 is 11; three to spare for OCR noise
    date_line_chars: int = 14
    # rotated (sideways) words on one page beyond a margin stamp: this many are reported as
    # content that is not read (a landscape table set sideways)
    rotated_words_reported: int = 20
    # text before the first item of at least this many characters is content to review
    # (a masthead line or two is shorter)
    untitled_chars: int = 60


TOL = SplitTolerances()
