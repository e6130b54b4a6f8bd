"""Tables without a full grid of rulings, found from the alignment of their text.

Government reports print many tables with only horizontal rules (a rule above and below the
header and at the bottom, "booktabs"), with shaded row stripes instead of lines, or with no
rules at all. Such a table shows itself by its text: consecutive lines cut into several chunks
by wide gaps, and gaps that line up from one line to the next (the columns).

How a table is read here:

1. Lines and chunks (:mod:`layout`): a gap wider than about one em cuts a line into chunks.
2. Blocks: runs of consecutive lines with two or more chunks, close together, that may take in
   a few one-chunk lines (a section label, a wrapped label) and, up to a horizontal rule just
   above, the header lines. Prose (long chunks of many words) is not a table.
3. Columns: the x-ranges that no chunk of the block's body lines covers are the gaps between
   columns. A chunk that covers several columns (a group header) becomes a spanning cell.
4. Rows: with a rule between (nearly) every pair of lines, the rules are the row boundaries
   and the lines between two rules are one row (wrapped cells). Otherwise each line is a row,
   except that header lines stacked in the same columns are one header row (a header cell
   printed over two or three lines) and a line that continues the label above (it starts in
   lower case, or the label above ends with a connector) joins that row.

Each table comes with a confidence: the share of its body lines whose chunks each fit in one
column, scaled down for tables of very few rows or columns.

Since issue 15 (tables on documents never seen), three more steps:

* Evidence: running text set in columns (runs of lines whose chunks are mostly several words of
  letters), tables of contents (page numbers in order, dot leaders), lists (a column of bullets
  or numbers), section numbers (``4.4.1``) and labels with a number (``28 Day``) make no table;
  dot leaders are dropped before anything is measured.
* Columns from the whole body: inside a column found from chunks, a place no body line's words
  cross, with figures on both sides in most lines, is a column boundary (dense tables set their
  columns closer than a chunk's gap); so is a vertical rule crossing the body. Chunks are then
  cut at the boundaries.
* Headers: a label spans the columns of its spanner rule or of the vertical rules on both sides
  when centred on them; else the columns whose labels, a row below it, tile a group centred
  under it. A wrapped label is one cell; a label with nothing under it spans down. The columns
  of a one-row table (a 三公 table) are its header's lowest labels.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .layout import (Chunk, HRule, Line, VRule, drop_leaders, group_lines, is_cjk, join_lines,
                     join_words, median_size, split_chunks)

CellSpec = tuple[int, int, int, int, str]   # row0, col0, row1, col1 (inclusive), text


@dataclass(frozen=True)
class UnruledSettings:
    """The unruled reader's tolerances, named; ``_em`` ones are multiples of the median font
    size of the page's words, ``_share`` ones fractions."""

    # lines further apart than this end a block (a rule between them allows the larger gap)
    line_gap_em: float = 1.9
    ruled_line_gap_em: float = 3.2
    # a one-chunk line wider than this share of the block is text, not a wrapped label
    loose_line_width_share: float = 0.8
    # at most this many one-chunk lines in a row inside a block
    loose_lines_max: int = 2
    # a header line may start this far above a rule over the block
    rule_above_header_em: float = 1.2
    # a rule counts for a span when it covers this share of it
    rule_cover_share: float = 0.5
    # running text: a chunk of at least this many words, wider than this many font sizes
    prose_words: int = 8
    prose_width_em: float = 25.0
    # lines with at least this share of the most chunks of a line define the columns
    column_line_share: float = 0.5
    # chunks whose x-ranges come closer than this are one column
    column_merge_em: float = 0.3
    # prose set in columns: the median chunk of the column lines has more words than this
    prose_chunk_words: int = 6
    # a chunk must overlap a column by more than this to be placed in it
    chunk_overlap: float = 1.0
    # a grid mostly empty is no table; a ruled box with at least the second share is one
    min_density: float = 0.4
    boxed_density: float = 0.7
    # a table has figures in at least this many rows (unless it is boxed in by rules)
    min_data_lines: int = 2
    # a rule under one of the first lines ends the header
    header_rule_max_line: int = 4
    # a chunk of running text set in columns: at least this many words, at least this share of
    # them with letters (CJK: this many characters with a sentence mark); a line whose chunks
    # are mostly such is text in columns, not a table row
    text_chunk_words: int = 4
    text_chunk_letter_share: float = 0.7
    text_chunk_cjk_chars: int = 12
    # ... in a run of at least this many such lines (bridging single other lines): columns of
    # text run on, a table of text cells is shorter
    column_text_run: int = 5
    column_text_bridge: int = 1
    # a table of contents: at least this share of its rows end in a page number (and as many
    # of those have dot leaders, or there are three or more in order)
    contents_share: float = 0.6
    # dense tables: inside a column found from chunks, a place no body line's words cross,
    # with words on both sides in at least this share of the body lines (and at least
    # dense_min_lines of them), a gap of at least dense_gap_em font sizes there in at least
    # dense_wide_share of those lines, and figures on both sides in at least
    # dense_numeric_share of them, separates two columns
    dense_gap_em: float = 0.25
    dense_support_share: float = 0.5
    dense_min_lines: int = 3
    dense_numeric_share: float = 0.5
    dense_wide_share: float = 0.8
    # a header chunk is cut at a column boundary where its words stand this far apart (font
    # sizes; a word space is about a quarter)
    header_cut_em: float = 0.5
    # after a title line, lines whose chunks line up (within realign_tol points) with the lines
    # above in fewer than this share continue no table: a new one starts
    realign_share: float = 0.5
    realign_tol: float = 2.0
    # ... the columns above known from at least realign_min_rows rows, an edge kept when at
    # least this share of them (and two) start or end there
    realign_min_rows: int = 3
    realign_edge_share: float = 0.25
    # at most this many lines above a table, inside the frame of its vertical rules, are its header
    frame_header_lines: int = 4
    # at most this many lines of one group label each above a table are its header's top
    header_label_lines: int = 4
    # a header label is centred over a group of columns when the middle of the labels under it
    # lies within this many font sizes (or this share of their extent) of the label's; lines
    # of one wrapped label are at most this far apart
    centre_tol_em: float = 0.8
    centre_tol_share: float = 0.05
    # a label under a group starts at least this share of a row's pitch below the group's
    child_drop_share: float = 0.75
    # a label stands centred on its spanner rule within this share of the rule's length
    spanner_centre_share: float = 0.1
    wrap_gap_em: float = 0.8
    # one row of at least this many figures, each under a header of at least this many rows,
    # is a table (a 三公 table)
    headed_row_figures: int = 3
    headed_row_header_rows: int = 2
    # a vertical rule crossing at least this share of the body's height separates columns
    vrule_cover_share: float = 0.5


SETTINGS = UnruledSettings()

_NUMERIC_RE = re.compile(r"^[\s(（\-–—+±<>≤≥~$€£¥%:]*[\d.,:]+[\d.,\s%)）*a-zA-Z]{0,4}$")
_CONNECTOR_END_RE = re.compile(r"([,;:\-–(/&]|\b(and|or|of|the|in|for|to|with|by|on|at|from|a|an))$",
                               re.IGNORECASE)


@dataclass
class FoundTable:
    """A table read from the page, as merged cells on a grid."""

    bbox: tuple[float, float, float, float]
    nrows: int
    ncols: int
    cells: list[CellSpec]
    method: str
    confidence: float
    header_rows: int = 0
    column_edges: list[float] | None = None


_SECTION_NUMBER_RE = re.compile(r"^\d+(\.\d+){2,}\.?$|^\d{1,2}\.\d{1,2}\.?$")
_THOUSANDS_DOTS_RE = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")


def is_numeric(text: str) -> bool:
    """A figure: digits with separators, a sign, a currency, a per cent or a unit of one or two
    letters. A section number (``4.4.1``; ``4.4`` standing alone before a heading is caught by
    the heading's own chunk) is no figure, unless its groups are thousands (``1.234.567``)."""
    text = text.strip()
    if not (text and any(ch.isdigit() for ch in text) and _NUMERIC_RE.match(text)):
        return False
    if _WORD_AFTER_RE.search(text):
        return False      # "28 Day", "2 Year": a label with a number, not a figure
    core = text.strip("()（）")
    if text.count(".") >= 2 and _SECTION_NUMBER_RE.match(core) and not _THOUSANDS_DOTS_RE.match(core):
        return False
    return True


_WORD_AFTER_RE = re.compile(r"\d\s*[A-Za-z]{3,}$")
_SENTENCE_MARKS = set("，。；：、！？")


def is_text_chunk(chunk: Chunk, cfg: "UnruledSettings" = None) -> bool:
    """A chunk of running text: several words, nearly all with letters (or a CJK clause with a
    sentence mark). Table cells of text are shorter or carry figures."""
    cfg = cfg or SETTINGS
    words = [w["text"] for w in chunk.words]
    text = "".join(words)
    cjk = sum(1 for ch in text if is_cjk(ch))
    if cjk >= cfg.text_chunk_cjk_chars and any(ch in _SENTENCE_MARKS for ch in text):
        return True
    if len(words) < cfg.text_chunk_words:
        return False
    with_letters = sum(1 for w in words if any(ch.isalpha() for ch in w))
    return with_letters >= cfg.text_chunk_letter_share * len(words)


def _printed(text: str) -> bool:
    """A word with something to read: glyphs mapped to control characters print nothing."""
    return any(ch.isprintable() and not ch.isspace() for ch in text)


def _inside(word: dict, bbox, pad: float = 1.0) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return bbox[0] - pad <= x <= bbox[2] + pad and bbox[1] - pad <= y <= bbox[3] + pad


def find_unruled_tables(words: list[dict], rules: list[HRule], exclude: list[tuple] = (),
                        page_bbox: tuple | None = None,
                        settings: UnruledSettings = SETTINGS,
                        vrules: list[VRule] = (), frames: list[tuple] = ()) -> list[FoundTable]:
    """Tables found from text alignment among ``words`` outside the ``exclude`` boxes; vertical
    rules (``vrules``) that cross a table's body separate its columns; the lines inside a ruled
    frame above a table found in it (``frames``: boxes ruled round tables whose rows are not)
    are its header."""
    cfg = settings
    words = drop_leaders([w for w in words if _printed(w["text"])
                          and not any(_inside(w, box) for box in exclude)])
    if len(words) < 4:
        return []
    size = median_size(words)
    lines = group_lines(words)
    for line in lines:
        split_chunks(line)
    tables = []
    for block in _blocks(lines, rules, size, cfg, column_text_lines(lines, cfg), frames):
        table = _build(block, rules, size, cfg, vrules)
        if table is not None:
            tables.append(table)
    return tables


def _rule_between(rules: list[HRule], y0: float, y1: float, x0: float, x1: float,
                  cover: float = SETTINGS.rule_cover_share) -> bool:
    width = x1 - x0
    for r in rules:
        if y0 - 0.5 <= r.y <= y1 + 0.5 and min(r.x1, x1) - max(r.x0, x0) >= cover * width:
            return True
    return False


def _blocks(lines: list[Line], rules: list[HRule], size: float,
            cfg: UnruledSettings = SETTINGS, column_text: frozenset = frozenset(),
            frames: list[tuple] = ()) -> list[list[Line]]:
    """Runs of table-like lines (see the module's docstring, step 2)."""
    blocks: list[list[Line]] = []
    i = 0
    n = len(lines)
    while i < n:
        if len(lines[i].chunks) < 2 or _is_prose_line(lines[i], size, cfg, column_text) or \
                _TABLE_NOTE_RE.search(lines[i].text):
            i += 1
            continue
        block = [lines[i]]
        j = i + 1
        pending: list[Line] = []
        while j < n:
            line = lines[j]
            prev = pending[-1] if pending else block[-1]
            gap = line.top - prev.bottom
            x0 = min(ln.x0 for ln in block)
            x1 = max(ln.x1 for ln in block)
            ruled = _rule_between(rules, prev.bottom, line.top, x0, x1)
            limit = (cfg.ruled_line_gap_em if ruled else cfg.line_gap_em) * size
            if gap > limit:
                break
            if len(line.chunks) >= 2 and not _is_prose_line(line, size, cfg, column_text):
                block.extend(pending)
                pending = []
                block.append(line)
            else:
                if len(pending) >= cfg.loose_lines_max or _is_prose_line(line, size, cfg, column_text) or \
                        line.x1 - line.x0 > cfg.loose_line_width_share * (x1 - x0) + size:
                    break
                pending.append(line)
            j += 1
        block = _extend_up_to_rule(block, lines[:i], rules, size, cfg, column_text)
        block = _extend_up_frame(block, lines[:i], frames, size, cfg)
        block = _extend_up_labels(block, lines[:lines.index(block[0])], size, cfg)
        blocks.append(block)
        i = max(j - len(pending), i + 1)
    out = []
    for b in blocks:
        out.extend(_split_at_new_columns(b, cfg))
    return [b for b in out if sum(1 for ln in b if len(ln.chunks) >= 2) >= 2]


def _split_at_new_columns(block: list[Line], cfg: UnruledSettings = SETTINGS) -> list[list[Line]]:
    """Two tables one under the other, a title line between them: where the rows of figures
    after one or more lines of a single chunk do not line up with the rows of figures before
    (fewer than ``realign_share`` of their chunks start or end where chunks above keep doing,
    and fewer than that share of those edges go on below), a new table starts."""
    cuts: list[int] = []
    k = 1
    while k < len(block):
        if len(block[k].chunks) >= 2 or len(block[k - 1].chunks) < 2:
            k += 1
            continue
        end = k
        while end < len(block) and len(block[end].chunks) < 2:
            end += 1
        start = cuts[-1] if cuts else 0
        # rows of figures tell the columns (a header's centred labels line up with nothing)
        rows_above = [ln for ln in block[start:k] if len(ln.chunks) >= 2 and _has_figures(ln)]
        if len(rows_above) < cfg.realign_min_rows:
            k = max(end, k + 1)
            continue      # too few rows above to know their columns
        repeats = max(2, math.ceil(cfg.realign_edge_share * len(rows_above)))
        above = [c for ln in rows_above for c in ln.chunks]
        below: list[Chunk] = []
        for ln in block[end:]:
            if len(ln.chunks) < 2:
                break
            if _has_figures(ln):
                below.extend(ln.chunks)
        if above and below:
            # the edges the columns above keep: starts shared by several chunks (flush left),
            # ends shared by several (flush right)
            def kept(values: list[float]) -> list[float]:
                return [e for e in values if sum(1 for o in values if abs(o - e) <= cfg.realign_tol)
                        >= repeats]

            starts, ends = kept([c.x0 for c in above]), kept([c.x1 for c in above])
            aligned = sum(1 for c in below if any(abs(c.x0 - e) <= cfg.realign_tol for e in starts)
                          or any(abs(c.x1 - e) <= cfg.realign_tol for e in ends))
            # ... and the columns above do not go on below (new columns may join a table)
            edges = sorted(set(round(e) for e in starts)) + sorted(set(round(e) for e in ends))
            kept_below = sum(1 for e in set(round(e) for e in starts)
                             if any(abs(c.x0 - e) <= cfg.realign_tol for c in below)) + \
                sum(1 for e in set(round(e) for e in ends) if any(abs(c.x1 - e) <= cfg.realign_tol for c in below))
            if aligned < cfg.realign_share * len(below) and kept_below < cfg.realign_share * len(edges):
                cuts.append(k)
        k = max(end, k + 1)
    if not cuts:
        return [block]
    bounds = [0] + cuts + [len(block)]
    return [block[a:b] for a, b in zip(bounds, bounds[1:])]


_TABLE_NOTE_RE = re.compile(r"(单位|單位|编制单位|编制部门|編製單位)\s*[:：]|\b[Uu]nits?\s*:")
_CAPTION_LINE_RE = re.compile(r"^\s*(Table|TABLE|Tab\.|Figure|Fig\.|Chart|Source|Note|表|图|注)|表\s*$")


def _extend_up_labels(block: list[Line], above: list[Line], size: float,
                      cfg: UnruledSettings = SETTINGS) -> list[Line]:
    """The top lines of a header set over groups of columns (one label each, in the type of the
    table, inside its width, away from its left edge, no caption): at most
    ``header_label_lines`` of them, close above the block."""
    x0 = min(ln.x0 for ln in block)
    x1 = max(ln.x1 for ln in block)
    body_size = median_size([w for ln in block for w in ln.words])
    added: list[Line] = []
    top = block[0].top
    for line in reversed(above[-cfg.header_label_lines:]):
        if top - line.bottom > cfg.line_gap_em * size or len(line.chunks) != 1:
            break
        if _CAPTION_LINE_RE.search(line.text) or _TABLE_NOTE_RE.search(line.text):
            break
        if abs(median_size(line.words) - body_size) > 0.5 or not (x0 + size <= line.x0 and line.x1 <= x1):
            break
        added.insert(0, line)
        top = line.top
    return added + block


def _extend_up_frame(block: list[Line], above: list[Line], frames: list[tuple], size: float,
                     cfg: UnruledSettings = SETTINGS) -> list[Line]:
    """Header lines inside the ruled frame the block lies in (a box drawn round a table whose
    rows are not ruled, see ``find_unruled_tables``): the lines above the block, up to the
    frame's top (at most ``frame_header_lines``)."""
    top = block[0].top
    frame = next((f for f in frames if f[1] - 1 <= top <= f[3] and f[0] - size <= block[0].x0 <= f[2]),
                 None)
    if frame is None:
        return block
    added: list[Line] = []
    for line in reversed(above[-cfg.frame_header_lines:]):
        if line.top < frame[1] - 1 or line.x0 < frame[0] - size or line.x1 > frame[2] + size:
            break
        added.insert(0, line)
    return added + block


def _extend_up_to_rule(block: list[Line], above: list[Line], rules: list[HRule],
                       size: float, cfg: UnruledSettings = SETTINGS,
                       column_text: frozenset = frozenset()) -> list[Line]:
    """Header lines between a horizontal rule and the first multi-chunk line belong to the table."""
    x0 = min(ln.x0 for ln in block)
    x1 = max(ln.x1 for ln in block)
    top = block[0].top
    candidates = []
    for line in reversed(above[-3:]):
        if top - line.bottom > cfg.line_gap_em * size or _is_prose_line(line, size, cfg, column_text):
            break
        candidates.insert(0, line)
        top = line.top
    if not candidates:
        return block
    # the rule must lie above the candidates and no rule may separate them from the block
    for k in range(len(candidates)):
        upper = candidates[k]
        rule_above = any(upper.top - cfg.rule_above_header_em * size <= r.y <= upper.top + 0.5 and
                         min(r.x1, x1) - max(r.x0, x0) >= cfg.rule_cover_share * (x1 - x0)
                         for r in rules)
        if rule_above:
            return candidates[k:] + block
    return block


def _is_prose_line(line: Line, size: float, cfg: UnruledSettings = SETTINGS,
                   column_text: frozenset = frozenset()) -> bool:
    """A line of running text: one long chunk of many words, or a line of text set in columns
    (``column_text``, see :func:`column_text_lines`)."""
    if id(line) in column_text:
        return True
    longest = max(line.chunks, key=lambda c: c.x1 - c.x0)
    words = len(longest.words)
    return words >= cfg.prose_words and (longest.x1 - longest.x0) > cfg.prose_width_em * size


def _text_like(line: Line, cfg: UnruledSettings) -> bool:
    text = sum(1 for c in line.chunks if is_text_chunk(c, cfg))
    return text >= 2 and 2 * text >= len(line.chunks)


def column_text_lines(lines: list[Line], cfg: UnruledSettings = SETTINGS) -> frozenset:
    """Lines of running text set in two or more columns: lines at least half of whose chunks
    (two or more) are running text, in a run of such lines (columns of text run on; a table's
    header of long labels stands alone above rows of figures, and a table of text cells is
    shorter). Returns the lines' ids."""
    like = [_text_like(ln, cfg) for ln in lines]
    out: set[int] = set()
    run: list[int] = []          # indices of the text-like lines of the current run
    misses = 0
    for i in range(len(lines) + 1):
        if i < len(lines) and like[i]:
            run.append(i)
            misses = 0
            continue
        misses += 1
        if i < len(lines) and misses <= cfg.column_text_bridge and run:
            continue             # one line that is not text (a short last line) inside a run
        if len(run) >= cfg.column_text_run:
            out.update(id(lines[k]) for k in run)
        run, misses = [], 0
    return frozenset(out)


def _figures_in(row: list) -> bool:
    """A placed row holds figures after its first column, years heading columns aside."""
    figures = [c.text.strip() for c, a, _ in row if a >= 1 and is_numeric(c.text)]
    return bool(figures) and not all(_YEAR_RE.match(t) for t in figures)


def _has_figures(line: Line) -> bool:
    """Figures after the line's first chunk, years heading columns aside."""
    figures = [c.text for c in line.chunks[1:] if is_numeric(c.text)]
    return bool(figures) and not all(_YEAR_RE.match(t.strip()) for t in figures)


_YEAR_RE = re.compile(r"^(?:19|20)\d{2}\*?$")


def _first_figure_line(block: list[Line]) -> int:
    """The first line with a figure after its first chunk, years heading columns aside (where a
    table's body starts)."""
    return next((k for k, ln in enumerate(block) if _has_figures(ln)), 0)


_THOUSANDS_GROUP_RE = re.compile(r"^\d{3}(?:[.,]\d+)?$")


def _refine_columns(merged: list[list[float]], body: list[Line], size: float,
                    cfg: UnruledSettings, vrules: list[VRule] = ()) -> list[list[float]]:
    """Columns found from chunks, cut where the whole body says so: at a vertical rule crossing
    it, and at a gap no body line's words cross with figures to its right (a dense table's
    columns, set closer than a chunk's gap). A gap inside grouped digits (``10 000``) is none."""
    if not body:
        return merged
    top, bottom = min(ln.top for ln in body), max(ln.bottom for ln in body)
    words_of = [[w for c in ln.chunks for w in c.words] for ln in body]
    out: list[list[float]] = []
    for a, b in merged:
        cuts: list[tuple[float, float]] = []
        for r in vrules:
            crossed = min(r.bottom, bottom) - max(r.top, top)
            if a < r.x < b and crossed >= cfg.vrule_cover_share * (bottom - top):
                cuts.append((r.x, r.x))
        lines = [[w for w in ws if w["x0"] >= a - 0.5 and w["x1"] <= b + 0.5] for ws in words_of]
        lines = [ws for ws in lines if ws]
        if len(lines) >= cfg.dense_min_lines:
            spans = sorted((w["x0"], w["x1"]) for ws in lines for w in ws)
            occupied: list[list[float]] = []
            for x0, x1 in spans:
                if occupied and x0 <= occupied[-1][1]:
                    occupied[-1][1] = max(occupied[-1][1], x1)
                else:
                    occupied.append([x0, x1])
            for k in range(len(occupied) - 1):
                g0, g1 = occupied[k][1], occupied[k + 1][0]
                right_end = occupied[k + 1][1]
                left_start = occupied[k][0]
                both = numeric = grouped = wide = 0
                texts = set()
                for ws in lines:
                    left = [w for w in ws if w["x1"] <= g0 and w["x0"] >= left_start - 0.5]
                    right = [w for w in ws if w["x0"] >= g1 and w["x1"] <= right_end + 0.5]
                    if not (left and right):
                        continue
                    both += 1
                    # the gap this line leaves there (one bold figure may close the gap the
                    # whole column leaves to a hair)
                    wide += min(w["x0"] for w in right) - max(w["x1"] for w in left) >= cfg.dense_gap_em * size
                    text = join_words(sorted(right, key=lambda w: w["x0"]))
                    before = join_words(sorted(left, key=lambda w: w["x0"]))
                    numeric += is_numeric(text) and is_numeric(before)
                    texts.add(text)
                    if left[-1]["text"].isdigit() and _THOUSANDS_GROUP_RE.match(right[0]["text"]):
                        grouped += 1
                # figures on both sides, differing from row to row (rows that repeat one text
                # tell nothing of where its words split)
                if (both >= max(cfg.dense_min_lines, cfg.dense_support_share * len(lines))
                        and wide >= cfg.dense_wide_share * both
                        and numeric >= cfg.dense_numeric_share * both and grouped * 2 < both
                        and len(texts) > 1):
                    cuts.append((g0, g1))
        if not cuts:
            out.append([a, b])
            continue
        edges = [a] + [x for cut in sorted(cuts) for x in cut] + [b]
        for lo, hi in zip(edges[::2], edges[1::2]):
            inside = [w for ws in lines for w in ws if w["x0"] >= lo - 0.5 and w["x1"] <= hi + 0.5]
            if inside:
                out.append([min(w["x0"] for w in inside), max(w["x1"] for w in inside)])
    return out


def _columns_from_header_leaves(header: list[Line], body: Line, size: float) -> list[list[float]]:
    """Columns of a one-row table: the header labels with no label under them (a label over
    others, wider by an em or not, heads a group), widened to the figures nearest each; [] when
    a figure would share a label with another."""
    chunks = [(k, c) for k, ln in enumerate(header) for c in ln.chunks]
    leaves = [c for k, c in chunks
              if not any(m > k and o.x0 <= c.x1 + size and o.x1 >= c.x0 - size for m, o in chunks)]
    if len(leaves) < 2:
        return []
    columns = sorted([[c.x0, c.x1] for c in leaves])
    taken: set[int] = set()
    for f in body.chunks:
        centre = (f.x0 + f.x1) / 2
        k = min(range(len(columns)), key=lambda i: abs((columns[i][0] + columns[i][1]) / 2 - centre))
        if k in taken:
            return []
        taken.add(k)
        columns[k] = [min(columns[k][0], f.x0), max(columns[k][1], f.x1)]
    merged: list[list[float]] = []
    for a, b in sorted(columns):
        if merged and a <= merged[-1][1]:
            return []      # two columns would overlap: the labels do not tell the columns
        merged.append([a, b])
    return merged


def _cut_at_bounds(line: Line, bounds: list[float], min_gap: float = 0.0) -> None:
    """A line's chunks cut where a column boundary runs between two of their words (in a
    header, only where those words stand at least ``min_gap`` apart: a label spanning columns
    keeps its word spaces)."""
    out: list[Chunk] = []
    for c in line.chunks:
        piece: list[dict] = []
        for w in c.words:
            if piece and w["x0"] - piece[-1]["x1"] >= min_gap and \
                    any(piece[-1]["x1"] <= b <= w["x0"] for b in bounds):
                out.append(_chunk_of(piece))
                piece = []
            piece.append(w)
        out.append(_chunk_of(piece))
    line.chunks = out


def _chunk_of(words: list[dict]) -> Chunk:
    return Chunk(min(w["x0"] for w in words), max(w["x1"] for w in words),
                 min(w["top"] for w in words), max(w["bottom"] for w in words), list(words))


def _joined(rules: list[HRule]) -> list[HRule]:
    """Horizontal rules with the touching pieces of one stroke joined (a rule drawn cell by
    cell)."""
    out: list[HRule] = []
    for r in sorted(rules, key=lambda r: (round(r.y, 1), r.x0)):
        last = out[-1] if out else None
        if last and abs(last.y - r.y) < 1.0 and r.x0 <= last.x1 + 1.0:
            out[-1] = HRule(last.x0, max(last.x1, r.x1), last.y)
        else:
            out.append(r)
    return out


def _header_columns(chunk: Chunk, columns: list[list[float]], rules: list[HRule],
                    vrules: list[VRule], size: float, cfg: UnruledSettings,
                    siblings: list[Chunk] = ()) -> tuple[int, int] | None:
    """The columns a header label heads, from the page's evidence: a rule drawn just under it
    and wider than it (a spanner rule) spans the columns it covers; vertical rules on both
    sides of it bound the columns it heads; else the columns whose text it overlaps (a label
    set over the gap between two columns belongs to the one its middle is nearer). A rule or a
    pair of vertical rules that other labels of the same line (``siblings``) share spans none
    of them: those are sub-labels under a common rule."""
    def covered(x0: float, x1: float) -> list[int]:
        return [k for k, (a, b) in enumerate(columns)
                if min(b, x1) - max(a, x0) >= cfg.rule_cover_share * (b - a)]

    def alone(x0: float, x1: float) -> bool:
        return not any(o is not chunk and o.x0 >= x0 - 1 and o.x1 <= x1 + 1 for o in siblings)

    crossing = [v.x for v in vrules if v.top <= chunk.top + 1 and v.bottom >= chunk.bottom - 1]
    left = max((x for x in crossing if x <= chunk.x0 + 1), default=-math.inf)
    right = min((x for x in crossing if x >= chunk.x1 - 1), default=math.inf)
    for r in _joined(rules):
        if (chunk.bottom - 0.5 <= r.y <= chunk.bottom + cfg.rule_above_header_em * size
                and r.x0 <= chunk.x0 + 1 and r.x1 >= chunk.x1 - 1):
            x0, x1 = max(r.x0, left), min(r.x1, right)
            if x1 - x0 > (chunk.x1 - chunk.x0) + size and alone(x0, x1):
                ks = covered(x0, x1)
                # a spanner rule has its label centred on it (a label flush left above a long
                # rule sits on the header's last rule)
                centred = abs((x0 + x1) / 2 - (chunk.x0 + chunk.x1) / 2) <= \
                    max(cfg.centre_tol_em * size, cfg.spanner_centre_share * (x1 - x0))
                if ks and centred:
                    return ks[0], ks[-1]
    if left > -math.inf and right < math.inf and alone(left, right) and \
            abs((left + right) / 2 - (chunk.x0 + chunk.x1) / 2) <= \
            max(cfg.centre_tol_em * size, cfg.spanner_centre_share * (right - left)):
        ks = covered(left, right)
        if ks:
            return ks[0], ks[-1]
    # no rule: the column whose share of the line (between the midpoints of the gaps between
    # columns) holds the label's middle, widened to the columns whose text it covers for most
    # of their width (a label set wider than one column)
    bounds = [(columns[k][1] + columns[k + 1][0]) / 2 for k in range(len(columns) - 1)]
    centre = (chunk.x0 + chunk.x1) / 2
    home = sum(1 for b in bounds if b < centre)
    wide = [k for k, (a, b) in enumerate(columns)
            if min(b, chunk.x1) - max(a, chunk.x0) >= cfg.rule_cover_share * (b - a)]
    first, last = min([home] + wide), max([home] + wide)
    return first, last


def _build(block: list[Line], rules: list[HRule], size: float,
           cfg: UnruledSettings = SETTINGS, vrules: list[VRule] = ()) -> FoundTable | None:
    body_from = _first_figure_line(block)
    # the columns come from the body's lines (a header's labels span and wrap); from every
    # line only when the body has too few lines of several chunks
    multi = [ln for ln in block[body_from:] if len(ln.chunks) >= 2]
    if len(multi) < 2:
        multi = [ln for ln in block if len(ln.chunks) >= 2]
    most = max(len(ln.chunks) for ln in multi)
    col_lines = [ln for ln in multi if len(ln.chunks) >= max(2, math.ceil(cfg.column_line_share * most))]
    intervals = sorted((c.x0, c.x1) for ln in col_lines for c in ln.chunks)
    merged: list[list[float]] = []
    for a, b in intervals:
        if merged and a <= merged[-1][1] + cfg.column_merge_em * size:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    if len(block) - body_from == 1 and body_from >= cfg.headed_row_header_rows:
        # one row of figures (blanks among them) under a header: its columns are the header's
        # lowest labels, each figure under the label nearest it
        merged = _columns_from_header_leaves(block[:body_from], block[body_from], size) or merged
    merged = _refine_columns(merged, block[body_from:], size, cfg, vrules)
    if len(merged) < 2:
        return None
    bounds = [(merged[k][1] + merged[k + 1][0]) / 2 for k in range(len(merged) - 1)]
    for k, line in enumerate(block):
        _cut_at_bounds(line, bounds, 0.0 if k >= body_from else cfg.header_cut_em * size)
    ncols = len(merged)
    # prose in two columns is not a table: long chunks of many words
    chunk_words = sorted(len(c.words) for ln in col_lines for c in ln.chunks)
    if chunk_words[len(chunk_words) // 2] > cfg.prose_chunk_words:
        return None

    def cols_of(chunk: Chunk) -> tuple[int, int]:
        first = last = None
        for k in range(ncols):
            lo = bounds[k - 1] if k else -math.inf
            hi = bounds[k] if k < ncols - 1 else math.inf
            if min(chunk.x1 - cfg.chunk_overlap, hi) - max(chunk.x0 + cfg.chunk_overlap, lo) > 0:
                first = k if first is None else first
                last = k
        if first is None:  # a chunk narrower than 2 pt
            mid = (chunk.x0 + chunk.x1) / 2
            first = last = sum(1 for b in bounds if b < mid)
        return first, last

    def header_cols(chunk: Chunk, line: Line) -> tuple[int, int]:
        return _header_columns(chunk, merged, rules, vrules, size, cfg, line.chunks) or cols_of(chunk)

    placed = [[(c, *(cols_of(c) if k >= body_from else header_cols(c, ln))) for c in ln.chunks]
              for k, ln in enumerate(block)]
    if ncols < 2:
        return None
    _centre_group_labels(placed, body_from, ncols, size, cfg, _row_pitch(block, body_from))

    x0 = min(ln.x0 for ln in block)
    x1 = max(ln.x1 for ln in block)
    data = [_figures_in(row) for row in placed]
    first_data = next((k for k, d in enumerate(data) if d), None)
    if first_data is None:
        first_data = next((k for k in range(1, len(block)) if len(block[k].chunks) >= 2), 1)
    ruled_gaps = [_rule_between(rules, block[k].bottom, block[k + 1].top, x0, x1)
                  for k in range(len(block) - 1)]
    # a rule under the first few lines that is not one of many (a booktabs mid rule) ends the
    # header, even when the header holds figures such as years
    if 0 < sum(ruled_gaps) <= 2:
        mid = next(k for k, g in enumerate(ruled_gaps) if g)
        if mid < cfg.header_rule_max_line and mid + 2 < len(block):
            first_data = max(first_data, mid + 1)
    body_gaps = ruled_gaps[first_data:]
    dense = bool(body_gaps) and sum(body_gaps) >= 0.6 * len(body_gaps) and len(body_gaps) >= 2

    groups: list[list[int]] = []   # line indices per row
    for k in range(len(block)):
        if k == 0:
            groups.append([k])
            continue
        ruled = ruled_gaps[k - 1]
        if dense:
            if ruled:
                groups.append([k])
            else:
                groups[-1].append(k)
            continue
        if k < first_data:  # header lines
            spanning = any(a != b for _, a, b in placed[k]) or any(a != b for _, a, b in placed[k - 1])
            if ruled or spanning:
                groups.append([k])
            else:
                groups[-1].append(k)
            continue
        if k == first_data:
            groups.append([k])
            continue
        if not ruled and _continues(placed[k], placed[groups[-1][-1]], data[k]):
            groups[-1].append(k)
        else:
            groups.append([k])

    cells: list[CellSpec] = []
    extents: dict[tuple[int, int, int], tuple[float, float]] = {}
    for r, members in enumerate(groups):
        by_col: dict[tuple[int, int], list[Chunk]] = {}
        for k in members:
            for c, a, b in placed[k]:
                by_col.setdefault((a, b), []).append(c)
        for (a, b), chunks in sorted(by_col.items()):
            text = _join_lines(chunks)
            if text:
                cells.append((r, a, r, b, text))
                extents[(r, a, b)] = (min(c.x0 for c in chunks), max(c.x1 for c in chunks))
    header_rows = sum(1 for g in groups if g[0] < first_data)
    cells = _settle_header(cells, header_rows, groups, block, size, cfg, extents)
    # figures (axis labels, legends) and loose text are not tables: a table has figures in
    # rows, or is boxed in by rules; and its grid is not mostly empty
    density = sum((a2 - a1 + 1) for _, a1, _, a2, _ in cells) / max(1, len(groups) * ncols)
    data_lines = sum(data)
    ruled_box = (_rule_between(rules, block[0].top - 1.5 * size, block[0].top, x0, x1) and
                 _rule_between(rules, block[-1].bottom, block[-1].bottom + 1.5 * size, x0, x1))
    headed = _headed_row(cells, header_rows, first_data, data_lines, cfg)
    if density < cfg.min_density and not headed:
        return None
    if data_lines < cfg.min_data_lines and not (ruled_box and density >= cfg.boxed_density) \
            and not headed:
        return None
    body_rows = placed[first_data:]
    if _is_contents(body_rows, cfg) or _is_list(body_rows, ncols):
        return None
    fitting = sum(1 for row in placed[first_data:] if all(a == b for _, a, b in row))
    body = max(1, len(block) - first_data)
    confidence = 0.4 + 0.5 * fitting / body
    confidence *= min(1.0, 0.6 + 0.1 * len(groups)) * (1.0 if ncols >= 3 else 0.9)
    top = block[0].top
    bottom = block[-1].bottom
    edges = [x0] + bounds + [x1] if len(bounds) == ncols - 1 else None
    return FoundTable((x0, top, x1, bottom), len(groups), ncols, cells, "stream",
                      round(min(confidence, 0.95), 3), header_rows, edges)


_PAGE_NUMBER_RE = re.compile(r"^\d{1,4}$")
_LIST_MARK_RE = re.compile(r"^(?:[•·●○◦▪■□\-–—*►✓➢❖]|\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)]|"
                           r"\(?[ivxIVX]{1,4}[.)]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)$")


def _is_contents(rows: list[list], cfg: UnruledSettings = SETTINGS) -> bool:
    """A table of contents: entries, most joined to their page number by dot leaders or ending in
    one, the page numbers small whole numbers that never decrease."""
    pages, leaders = [], 0
    for row in rows:
        if not row:
            continue
        last = row[-1][0]
        if len(row) >= 2 and _PAGE_NUMBER_RE.match(last.text.strip()):
            pages.append(int(last.text.strip()))
            if any(w.get("leader_after") for c, _, _ in row[:-1] for w in c.words):
                leaders += 1
    if len(pages) < max(2, cfg.contents_share * len(rows)):
        return False
    ordered = all(b >= a for a, b in zip(pages, pages[1:]))
    return ordered and (leaders >= cfg.contents_share * len(pages) or len(pages) >= 3)


def _is_list(rows: list[list], ncols: int) -> bool:
    """A bulleted or numbered list set with a gap after its marks: two columns, the first of
    marks only."""
    if ncols != 2:
        return False
    firsts = [row[0][0].text.strip() for row in rows if row and row[0][1] == 0]
    return len(firsts) >= 2 and all(_LIST_MARK_RE.match(t) for t in firsts)


def _row_pitch(block: list[Line], body_from: int) -> float:
    """The distance from one row to the next: between the body's lines, or, for a body of one
    line, from the header's last line to it."""
    tops = [ln.top for ln in block[body_from:]]
    if len(tops) >= 2:
        gaps = sorted(b - a for a, b in zip(tops, tops[1:]))
        return gaps[len(gaps) // 2]
    if body_from:
        return block[body_from].top - block[body_from - 1].top
    return block[0].bottom - block[0].top


def _centre_group_labels(placed: list[list], body_from: int, ncols: int, size: float,
                         cfg: UnruledSettings, pitch: float = 0.0) -> None:
    """A header label set centred over a group of columns, with no rule to say so, heads the
    group: it is widened to the widest run of columns around it whose every column has labels
    of its own further down the header (a row's drop below it), centred under it (the lowest
    labels of the run's first and last columns), and that no other label of its line reaches
    into."""
    for k in reversed(range(body_from)):      # lower groups first: they head the upper ones
        row = placed[k]
        lower = [(c, la, lb) for line in placed[k + 1:body_from] for c, la, lb in line]
        for n, (chunk, a, b) in enumerate(row):
            centre = (chunk.x0 + chunk.x1) / 2
            others = [(oa, ob) for m, (_, oa, ob) in enumerate(row) if m != n]
            best = (a, b)
            for i in range(0, a + 1):
                for j in range(b, ncols):
                    if j - i <= best[1] - best[0]:
                        continue
                    if any(not (ob < i or oa > j) for oa, ob in others):
                        continue
                    under = _children(lower, i, j)
                    # a label half a row under the group is set across two header rows beside
                    # the group, not under it
                    if any(c.top - chunk.top < cfg.child_drop_share * pitch for c in under):
                        continue
                    if not under:
                        continue
                    # the group's middle: halfway between the middles of the lowest labels of
                    # its first and last columns (centred in their cells, as it is in its own)
                    first, last = _lowest(lower, i), _lowest(lower, j)
                    middle = ((first.x0 + first.x1) / 2 + (last.x0 + last.x1) / 2) / 2
                    width = max(c.x1 for c in under) - min(c.x0 for c in under)
                    if abs(middle - centre) <= max(cfg.centre_tol_em * size, cfg.centre_tol_share * width):
                        best = (i, j)
            row[n] = (chunk, *best)


def _lowest(lower: list[tuple], col: int) -> Chunk:
    """The lowest label over a column (of those given: the labels under a group)."""
    return max((c for c, la, lb in lower if la <= col <= lb), key=lambda c: c.top)


def _children(lower: list[tuple], i: int, j: int) -> list[Chunk]:
    """The labels right under a group of columns i..j: in each column the highest label below,
    all of them inside the group and covering every column of it; [] when they do not."""
    tops: dict[int, tuple] = {}
    for c, la, lb in lower:
        for col in range(la, lb + 1):
            if i <= col <= j and (col not in tops or c.top < tops[col][0].top):
                tops[col] = (c, la, lb)
    if len(tops) < j - i + 1:
        return []
    chosen = list({id(t[0]): t for t in tops.values()}.values())
    if any(la < i or lb > j for _, la, lb in chosen):
        return []
    # the labels right under a group stand on one line; a label of one column set lower than
    # a group beside it is centred over two header lines (合计 beside 公务用车购置及运行费 over
    # 小计 / 购置费 / 运行费), so it may stand on a line of its own, below every group
    singles = [c for c, la, lb in chosen if la == lb]
    groups = [c for c, la, lb in chosen if la < lb]
    if _one_line(singles + groups):
        return [c for c, _, _ in chosen]
    if singles and _one_line(singles) and all(g.top < min(c.top for c in singles) - 1 for g in groups):
        return [c for c, _, _ in chosen]
    if not singles and _one_line([g for g in groups if g.top == min(x.top for x in groups)]):
        return [c for c, _, _ in chosen]   # groups only: the drop below the parent decides
    return []


def _one_line(chunks: list[Chunk]) -> bool:
    return not chunks or max(c.top for c in chunks) - min(c.top for c in chunks) <= 2.0


def _settle_header(cells: list[CellSpec], header_rows: int, groups: list[list[int]],
                   block: list[Line], size: float, cfg: UnruledSettings,
                   extents: dict | None = None) -> list[CellSpec]:
    """Header cells made whole: a label wrapped over two lines (the same columns, nothing else
    between, the lines close, set alike: centred or flush) is one cell; a label with no other
    label under it spans down to the header's last row (a label set across two header lines)."""
    extents = extents or {}
    head = sorted((c for c in cells if c[0] < header_rows), key=lambda c: (c[0], c[1]))
    body = [c for c in cells if c[0] >= header_rows]
    merged: list[list] = []

    def alike(r1, r2, a, b) -> bool:
        e1, e2 = extents.get((r1, a, b)), extents.get((r2, a, b))
        if not e1 or not e2:
            return True
        return (abs((e1[0] + e1[1]) / 2 - (e2[0] + e2[1]) / 2) <= size or
                abs(e1[0] - e2[0]) <= size / 2 or abs(e1[1] - e2[1]) <= size / 2)

    for r, a, _, b, text in head:
        prev = next((m for m in reversed(merged) if m[1] == a and m[3] == b), None)
        if prev is not None and alike(prev[2], r, a, b) and not any(
                m is not prev and m[2] > prev[0] and not (m[3] < a or m[1] > b) for m in merged):
            gap = block[groups[r][0]].top - block[groups[prev[2]][-1]].bottom
            if gap <= cfg.wrap_gap_em * size:
                prev[4] = join_lines([prev[4], text])
                prev[2] = r
                continue
        merged.append([r, a, r, b, text])
    # a header row holding only a label in the stub (the body's first column) is a section of
    # the body (its first group's name), not a header line: no label spans down into it
    stub = min((c[1] for c in body), default=0)
    section_rows = {r for r in range(header_rows)
                    if [m for m in merged if m[0] <= r <= m[2]] and
                    all(m[1] == stub and m[3] == stub for m in merged if m[0] <= r <= m[2])}
    last = max((r for r in range(header_rows) if r not in section_rows), default=header_rows - 1)
    out: list[CellSpec] = []
    for m in merged:
        r0, a, r1, b, text = m
        under = [o for o in merged if o[0] > r1 and not (o[3] < a or o[1] > b)]
        if not under and r1 < last:
            r1 = last
        out.append((r0, a, r1, b, text))
    return out + body


def _headed_row(cells: list[CellSpec], header_rows: int, header_lines: int, data_lines: int,
                cfg: UnruledSettings) -> bool:
    """A table of one row of figures (a 三公 table, key figures) is a table when a header of at
    least two lines heads each of its figures."""
    if data_lines != 1 or header_lines < cfg.headed_row_header_rows:
        return False
    figures = [c for c in cells if c[0] >= header_rows and is_numeric(c[4])]
    if len(figures) < cfg.headed_row_figures:
        return False
    headed = set()
    for r0, a, r1, b, _ in cells:
        if r0 < header_rows:
            headed.update(range(a, b + 1))
    return all(c[1] in headed for c in figures)


def _continues(line: list, above: list, is_data: bool) -> bool:
    """Does this body line continue the row above (a wrapped label or wrapped cells)?"""
    if not line:
        return False
    first = line[0][0].text
    if is_data:
        # a label printed over two lines with the figures on the second: the first line
        # has no figures and the second starts in lower case
        above_data = any(a >= 1 and is_numeric(c.text) for c, a, _ in above)
        return (not above_data and first[:1].islower() and line[0][1] == 0)
    if all(c.text[:1].islower() for c, _, _ in line):
        return True
    above_label = next((c.text for c, a, _ in above if a == 0), "")
    return bool(above_label) and line[0][1] == 0 and bool(_CONNECTOR_END_RE.search(above_label))


def _join_lines(chunks: list[Chunk]) -> str:
    words = []
    for c in sorted(chunks, key=lambda c: (round(c.top), c.x0)):
        words.extend(c.words)
    lines: list[list[dict]] = []
    for w in words:
        if lines and abs(w["top"] - lines[-1][0]["top"]) < 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return " ".join(join_words(sorted(ln, key=lambda w: w["x0"])) for ln in lines).strip()
