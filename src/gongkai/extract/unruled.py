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
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .layout import Chunk, HRule, Line, group_lines, join_words, median_size, split_chunks

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


def is_numeric(text: str) -> bool:
    text = text.strip()
    return bool(text) and any(ch.isdigit() for ch in text) and bool(_NUMERIC_RE.match(text))


def _inside(word: dict, bbox, pad: float = 1.0) -> bool:
    x = (word["x0"] + word["x1"]) / 2
    y = (word["top"] + word["bottom"]) / 2
    return bbox[0] - pad <= x <= bbox[2] + pad and bbox[1] - pad <= y <= bbox[3] + pad


def find_unruled_tables(words: list[dict], rules: list[HRule], exclude: list[tuple] = (),
                        page_bbox: tuple | None = None,
                        settings: UnruledSettings = SETTINGS) -> list[FoundTable]:
    """Tables found from text alignment among ``words`` outside the ``exclude`` boxes."""
    cfg = settings
    words = [w for w in words if not any(_inside(w, box) for box in exclude)]
    if len(words) < 4:
        return []
    size = median_size(words)
    lines = group_lines(words)
    for line in lines:
        split_chunks(line)
    tables = []
    for block in _blocks(lines, rules, size, cfg):
        table = _build(block, rules, size, cfg)
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
            cfg: UnruledSettings = SETTINGS) -> list[list[Line]]:
    """Runs of table-like lines (see the module's docstring, step 2)."""
    blocks: list[list[Line]] = []
    i = 0
    n = len(lines)
    while i < n:
        if len(lines[i].chunks) < 2 or _is_prose_line(lines[i], size, cfg):
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
            if len(line.chunks) >= 2 and not _is_prose_line(line, size, cfg):
                block.extend(pending)
                pending = []
                block.append(line)
            else:
                if len(pending) >= cfg.loose_lines_max or _is_prose_line(line, size, cfg) or \
                        line.x1 - line.x0 > cfg.loose_line_width_share * (x1 - x0) + size:
                    break
                pending.append(line)
            j += 1
        block = _extend_up_to_rule(block, lines[:i], rules, size, cfg)
        blocks.append(block)
        i = max(j - len(pending), i + 1)
    return [b for b in blocks if sum(1 for ln in b if len(ln.chunks) >= 2) >= 2]


def _extend_up_to_rule(block: list[Line], above: list[Line], rules: list[HRule],
                       size: float, cfg: UnruledSettings = SETTINGS) -> list[Line]:
    """Header lines between a horizontal rule and the first multi-chunk line belong to the table."""
    x0 = min(ln.x0 for ln in block)
    x1 = max(ln.x1 for ln in block)
    top = block[0].top
    candidates = []
    for line in reversed(above[-3:]):
        if top - line.bottom > cfg.line_gap_em * size or _is_prose_line(line, size, cfg):
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


def _is_prose_line(line: Line, size: float, cfg: UnruledSettings = SETTINGS) -> bool:
    """A line of running text: one long chunk of many words."""
    longest = max(line.chunks, key=lambda c: c.x1 - c.x0)
    words = len(longest.words)
    return words >= cfg.prose_words and (longest.x1 - longest.x0) > cfg.prose_width_em * size


def _build(block: list[Line], rules: list[HRule], size: float,
           cfg: UnruledSettings = SETTINGS) -> FoundTable | None:
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
    if len(merged) < 2:
        return None
    bounds = [(merged[k][1] + merged[k + 1][0]) / 2 for k in range(len(merged) - 1)]
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

    placed = [[(c, *cols_of(c)) for c in ln.chunks] for ln in block]
    if ncols < 2:
        return None

    x0 = min(ln.x0 for ln in block)
    x1 = max(ln.x1 for ln in block)
    data = [any(a >= 1 and is_numeric(c.text) for c, a, _ in row) for row in placed]
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
    for r, members in enumerate(groups):
        by_col: dict[tuple[int, int], list[Chunk]] = {}
        for k in members:
            for c, a, b in placed[k]:
                by_col.setdefault((a, b), []).append(c)
        for (a, b), chunks in sorted(by_col.items()):
            text = _join_lines(chunks)
            if text:
                cells.append((r, a, r, b, text))
    # figures (axis labels, legends) and loose text are not tables: a table has figures in
    # rows, or is boxed in by rules; and its grid is not mostly empty
    density = sum((a2 - a1 + 1) for _, a1, _, a2, _ in cells) / max(1, len(groups) * ncols)
    data_lines = sum(data)
    ruled_box = (_rule_between(rules, block[0].top - 1.5 * size, block[0].top, x0, x1) and
                 _rule_between(rules, block[-1].bottom, block[-1].bottom + 1.5 * size, x0, x1))
    if density < cfg.min_density:
        return None
    if data_lines < cfg.min_data_lines and not (ruled_box and density >= cfg.boxed_density):
        return None
    header_rows = sum(1 for g in groups if g[0] < first_data)
    fitting = sum(1 for row in placed[first_data:] if all(a == b for _, a, b in row))
    body = max(1, len(block) - first_data)
    confidence = 0.4 + 0.5 * fitting / body
    confidence *= min(1.0, 0.6 + 0.1 * len(groups)) * (1.0 if ncols >= 3 else 0.9)
    top = block[0].top
    bottom = block[-1].bottom
    edges = [x0] + bounds + [x1] if len(bounds) == ncols - 1 else None
    return FoundTable((x0, top, x1, bottom), len(groups), ncols, cells, "stream",
                      round(min(confidence, 0.95), 3), header_rows, edges)


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
