"""General table extraction: ruled, partly ruled and unruled tables, made whole.

Ruled tables come from pdfplumber's line strategy on the rulings that print (hidden rectangles,
white or unstroked, are dropped first so they make no phantom rows). Where a ruled grid lacks
some rulings, the text decides: a merged cell whose words sit in separate columns of the grid is
split into those columns, and a grid row whose cells hold several lines of figures, one per line
across the columns, is split into rows. Tables with only horizontal rules, shaded stripes or no
rules at all are found from the alignment of their text (:mod:`unruled`); a ruled grid whose
cells hold several lines that end in figures is a frame round unruled rows and is read so.

A table needs evidence, as camelot's network parser asks a text cell for alignments along both
axes: a grid with text in its cells or a header row, or rows of figures in aligned columns (one
row under a header of two lines). What looks aligned but is no table is refused: the grids,
labels and legends of charts (:func:`layout.figure_regions`, a "Figure" caption), text set in
columns, tables of contents, lists and section numbers (:mod:`unruled`).

What pdfplumber leaves to the caller is done here: spanning cells are filled (never ``None``;
the spans are kept in ``Table.spans``), the caption line above each table becomes its title,
``单位：万元`` its unit, leading rows that hold no figures its header, and a table continued on
the next page (with or without a repeated header) is stitched into one. Every table keeps the
page of each row, so later checks can name the page and row of a problem, a confidence, and
``debug_image`` draws what was detected.

Long documents are read by several processes, each taking a range of pages (``jobs``).
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .layout import (figure_regions, group_lines, horizontal_rules, is_visible, join_words,
                     page_words, rotated_page, text_turn, unturn_box, vertical_rules)
from .parsers import find_unit, looks_like_amount, to_simplified
from .source import open_pdf, page_has_text, parse_page_spec
from .unruled import CellSpec, UnruledSettings, find_unruled_tables, is_numeric


@dataclass(frozen=True)
class TableSettings:
    """Every tolerance of the table reader, named; lengths in PDF points unless said otherwise.

    The general geometry (lines, chunks, rules) is :mod:`layout`'s; these are the table reader's
    own decisions. The unruled reader's are :class:`unruled.UnruledSettings` (``unruled``).
    """

    # rulings closer than this are one ruling (pdfplumber's snap, join and intersection)
    ruling_snap: float = 3.0
    # cell edges closer than this are one grid line
    grid_cluster: float = 2.0
    # a word may stick out of its grid column or row by this much and still belong to it
    grid_slack: float = 1.0
    # words whose tops differ by less than this are on one line of a cell
    same_line: float = 2.0
    # a horizontal rule this close to a grid line is that grid line
    rule_at_grid_line: float = 2.0
    # row rules must run on this far past the grid for outer columns without verticals
    rule_overhang: float = 8.0
    # words of an outer column closer than this many font sizes are one cell
    side_column_gap_em: float = 0.9
    # at most this many leading rows without figures are a header
    header_max_rows: int = 4
    # column edges this close on two pages make one table continued
    same_columns: float = 4.0
    # a caption is at most this many characters; longer lines above a table are context
    caption_max_chars: int = 40
    context_min_chars: int = 60
    # documents of this many pages or more are read by several processes
    parallel_min_pages: int = 8
    # a ruled grid is a table when at least this share of its cells hold text, or one of its
    # rows (a header) has text in at least the second share of its cells; else it is a chart's
    # grid or a form's frame
    lattice_min_filled: float = 0.3
    lattice_header_filled: float = 0.6
    # a ruled grid lying this much inside a drawing (figure_regions) is the drawing's
    figure_overlap: float = 0.5
    # text in rows this close (points) above or under a drawing, within its width, is the
    # drawing's labels or legend
    figure_label_gap: float = 12.0
    # a ruled cell holding at least this many lines that end in a figure is a frame around
    # unruled rows, not a cell
    frame_min_lines: int = 3
    # a caption is looked for this many lines, and at most this far (points), above a table
    caption_lines: int = 4
    caption_reach: float = 60.0
    unruled: UnruledSettings = field(default_factory=UnruledSettings)

    def pdfplumber(self) -> dict:
        """pdfplumber's settings for ruled tables (hidden rectangles are filtered out before)."""
        return {"vertical_strategy": "lines", "horizontal_strategy": "lines",
                "snap_tolerance": self.ruling_snap, "join_tolerance": self.ruling_snap,
                "intersection_tolerance": self.ruling_snap}


SETTINGS = TableSettings()
PARALLEL_MIN_PAGES = SETTINGS.parallel_min_pages

_TITLE_END_RE = re.compile(r"(表|表[一二三四五六七八九十\d]+|情况|明细|名单|清单|目录|一览)\s*(（续）|\(续\))?$")
_CAPTION_RE = re.compile(r"^\s*(Table|TABLE|Tab\.|Tableau|Tabelle|Tabla)\s*[\dA-Z]")
# a figure's caption: what lies under it (or just above it) is a chart or a diagram
_FIGURE_CAPTION_RE = re.compile(r"^\s*(Figure|FIGURE|Fig\.|Chart|CHART|Graph|GRAPH|Diagram|Graphique|"
                                r"Abbildung|Abb\.|Grafico|Gráfico|Figura|图|圖)\s*[\dA-Z一二三四五六七八九十IVX]")
_RUNNING_LINE_RE = re.compile(r"^(第\s*\d+\s*页.*|[-—·\s]*\d+[-—·\s]*|\d+\s*/\s*\d+)$")


@dataclass
class Table:
    """One logical table, possibly over several pages.

    ``cells`` is the filled grid (a merged cell's text in every position it covers); ``spans``
    lists the merged cells as ``(row0, col0, row1, col1)``, inclusive, in ``cells``' indices.
    ``method`` says how it was found: ``lattice`` (a grid of rulings), ``hybrid`` (rulings
    completed by text alignment) or ``stream`` (text alignment alone; a ruled frame round
    unruled rows is read so too); ``notice`` marks a budget table printed as its title and
    本表无数据 only (no cells, see ``budget.no_data_notices``).
    """

    id: str
    pages: list[int]
    bbox: tuple[float, float, float, float]
    cells: list[list[str]]
    row_pages: list[int]
    header_rows: int = 0
    title: str | None = None
    unit: str | None = None
    unit_factor: int | None = None
    context: list[str] = field(default_factory=list)  # text lines between caption and table
    confidence: float = 1.0
    cell_bboxes: list[tuple[int, tuple[float, float, float, float]]] = field(default_factory=list)
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)
    method: str = "lattice"
    rotation: int = 0   # the page's text ran vertically: coordinates are of the page turned upright

    @property
    def ncols(self) -> int:
        return len(self.cells[0]) if self.cells else 0

    @property
    def header(self) -> list[list[str]]:
        return self.cells[: self.header_rows]

    @property
    def body(self) -> list[list[str]]:
        return self.cells[self.header_rows:]

    @property
    def body_pages(self) -> list[int]:
        return self.row_pages[self.header_rows:]

    def columns(self, sep: str = "/") -> list[str]:
        """One name per column: the distinct header texts from top to bottom, joined."""
        return flatten_header(self.header, sep=sep)

    def structure(self) -> list[CellSpec]:
        """The table as cells ``(row0, col0, row1, col1, text)``: a merged cell once."""
        covered = set()
        out: list[CellSpec] = []
        for r0, c0, r1, c1 in self.spans:
            out.append((r0, c0, r1, c1, self.cells[r0][c0]))
            covered.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1))
        for r, row in enumerate(self.cells):
            for c, text in enumerate(row):
                if (r, c) not in covered:
                    out.append((r, c, r, c, text))
        return sorted(out)

    def structure_by_page(self) -> dict[int, list[CellSpec]]:
        """:meth:`structure` cut at page boundaries (row numbers restart on each page)."""
        first_row: dict[int, int] = {}
        for r, page in enumerate(self.row_pages):
            first_row.setdefault(page, r)
        parts: dict[int, list[CellSpec]] = {}
        for r0, c0, r1, c1, text in self.structure():
            page = self.row_pages[r0]
            last = max((r for r in range(r0, r1 + 1) if self.row_pages[r] == page), default=r0)
            base = first_row[page]
            parts.setdefault(page, []).append((r0 - base, c0, last - base, c1, text))
        return parts

    def debug_image(self, pdf_path: str | Path, page: int | None = None, resolution: int = 72):
        """The page with this table's cells drawn (see :func:`debug_image`)."""
        return debug_image(pdf_path, self, page=page, resolution=resolution)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "pages": self.pages,
            "bbox": [round(v, 2) for v in self.bbox],
            "title": self.title,
            "unit": self.unit,
            "unit_factor": self.unit_factor,
            "header_rows": self.header_rows,
            "columns": self.columns(),
            "confidence": round(self.confidence, 3),
            "method": self.method,
            "rotation": self.rotation,
            "spans": [list(s) for s in self.spans],
            "cells": self.cells,
        }


def clean_cell(text: str | None) -> str:
    """Cell text as one line: line breaks inside a cell are wrapping, not content."""
    if text is None:
        return ""
    text = text.replace("\n", "")
    return re.sub(r"[ \t\u3000]+", " ", text).strip()


def flatten_header(header: list[list[str]], sep: str = "/") -> list[str]:
    """One name per column from header rows: the distinct texts from top to bottom.

    A merged cell repeats its text in every column it covers, so ``科目编码`` over ``类`` and
    ``款`` gives ``科目编码/类`` and ``科目编码/款``; a text repeated down a column (a vertical
    span) is taken once; a column with no header text is ``column_N``.
    """
    if not header:
        return []
    names = []
    for col in range(len(header[0])):
        parts: list[str] = []
        for row in header:
            text = row[col].replace(" ", "") if col < len(row) else ""
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        names.append(sep.join(parts) if parts else f"column_{col + 1}")
    return names


def _cluster(values: list[float], tol: float = SETTINGS.grid_cluster) -> list[float]:
    out: list[float] = []
    for v in values:
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(bounds: list[float], value: float) -> int:
    return min(range(len(bounds)), key=lambda i: abs(bounds[i] - value))


# --- ruled tables --------------------------------------------------------------------------------

@dataclass
class _Spec:
    r0: int
    c0: int
    r1: int
    c1: int
    text: str
    bbox: tuple[float, float, float, float]
    lines: int = 1
    raw: str = ""      # the text as pdfplumber gave it, line breaks kept


def _table_texts(ptable, chars: list[dict]) -> list[list[str | None]]:
    """The text of each cell, as pdfplumber's ``Table.extract()`` gives it (the same chars, in
    the same order, through the same text function), without scanning every char of the page
    for every row: chars are looked up by their vertical middle."""
    from bisect import bisect_left

    from pdfplumber import utils

    order = sorted(range(len(chars)), key=lambda i: (chars[i]["top"] + chars[i]["bottom"]) / 2)
    mids = [(chars[i]["top"] + chars[i]["bottom"]) / 2 for i in order]
    out = []
    for row in ptable.rows:
        x0, top, x1, bottom = row.bbox
        found = sorted(order[bisect_left(mids, top):bisect_left(mids, bottom)])
        row_chars = [c for c in (chars[i] for i in found)
                     if x0 <= (c["x0"] + c["x1"]) / 2 < x1]
        texts = []
        for cell in row.cells:
            if cell is None:
                texts.append(None)
                continue
            cx0, ctop, cx1, cbottom = cell
            cell_chars = [c for c in row_chars if cx0 <= (c["x0"] + c["x1"]) / 2 < cx1
                          and ctop <= (c["top"] + c["bottom"]) / 2 < cbottom]
            texts.append(utils.extract_text(cell_chars) if cell_chars else "")
        out.append(texts)
    return out


def _lattice_specs(ptable, chars: list[dict] | None = None) -> tuple[list[_Spec], list[float], list[float]]:
    """pdfplumber's cells on a grid: every cell with its row and column range."""
    texts = _table_texts(ptable, chars) if chars is not None else ptable.extract()
    cells = []
    for row, row_texts in zip(ptable.rows, texts):
        for bbox, text in zip(row.cells, row_texts):
            if bbox is not None:
                cells.append((bbox, text or ""))
    xs = _cluster(sorted({round(b[0], 1) for b, _ in cells} | {round(b[2], 1) for b, _ in cells}))
    ys = _cluster(sorted({round(b[1], 1) for b, _ in cells} | {round(b[3], 1) for b, _ in cells}))
    specs = []
    for bbox, raw in cells:
        c0, c1 = _index(xs, bbox[0]), _index(xs, bbox[2])
        r0, r1 = _index(ys, bbox[1]), _index(ys, bbox[3])
        specs.append(_Spec(r0, c0, max(r1, r0 + 1) - 1, max(c1, c0 + 1) - 1, clean_cell(raw),
                           tuple(bbox), raw.count("\n") + 1 if raw else 0, raw))
    return specs, xs, ys


def _words_in(words: list[dict], bbox) -> list[dict]:
    out = []
    for w in words:
        x = (w["x0"] + w["x1"]) / 2
        y = (w["top"] + w["bottom"]) / 2
        if bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]:
            out.append(w)
    return out


def _text_of(words: list[dict]) -> str:
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(w["top"] - lines[-1][0]["top"]) < SETTINGS.same_line:
            lines[-1].append(w)
        else:
            lines.append([w])
    return clean_cell("".join(join_words(sorted(ln, key=lambda w: w["x0"])) for ln in lines))


def _split_merged_columns(specs: list[_Spec], xs: list[float], words: list[dict]) -> tuple[list[_Spec], bool]:
    """A merged cell whose words each sit inside one column of the grid is several cells."""
    out: list[_Spec] = []
    changed = False
    for s in specs:
        if s.c1 > s.c0 and " " in s.text:
            inside = _words_in(words, s.bbox)
            cols: dict[int, list[dict]] = {}
            ok = bool(inside)
            for w in inside:
                slack = SETTINGS.grid_slack
                k = next((k for k in range(s.c0, s.c1 + 1)
                          if xs[k] - slack <= w["x0"] and w["x1"] <= xs[k + 1] + slack), None)
                if k is None:
                    ok = False
                    break
                cols.setdefault(k, []).append(w)
            if ok and len(cols) >= 2:
                changed = True
                for k in range(s.c0, s.c1 + 1):
                    box = (xs[k], s.bbox[1], xs[k + 1], s.bbox[3])
                    out.append(_Spec(s.r0, k, s.r1, k, _text_of(cols.get(k, [])), box))
                continue
        out.append(s)
    return out, changed


def _bands(words: list[dict]) -> list[tuple[float, float]]:
    bands: list[list[float]] = []
    for w in sorted(words, key=lambda w: w["top"]):
        if bands and w["top"] < bands[-1][1] - SETTINGS.grid_slack:
            bands[-1][1] = max(bands[-1][1], w["bottom"])
        else:
            bands.append([w["top"], w["bottom"]])
    return [tuple(b) for b in bands]


def _split_stacked_rows(specs: list[_Spec], ys: list[float], words: list[dict]) -> tuple[list[_Spec], bool]:
    """A grid row whose cells hold several lines of figures, one line per row, is several rows
    (a table ruled by columns only)."""
    changed = False
    nrows = len(ys) - 1
    for r in reversed(range(nrows)):
        row = [s for s in specs if s.r0 == r and s.r1 == r]
        stacked = [s for s in row if s.lines >= 2]
        if len(stacked) < 2:
            continue
        row_words = [w for s in row for w in _words_in(words, s.bbox)]
        bands = _bands(row_words)
        if len(bands) < 2:
            continue
        # every line of every cell must fall in its own band of the row
        aligned = True
        for s in row:
            hits = [_band_of(b, bands) for b in _bands(_words_in(words, s.bbox))]
            if len(set(hits)) != len(hits):
                aligned = False
                break
        if not aligned:
            continue
        figures = [s for s in stacked if all(is_numeric(_text_of(ws)) for ws in
                                             _band_words(_words_in(words, s.bbox), bands) if ws)]
        if not figures:
            continue
        extra = len(bands) - 1
        changed = True
        new: list[_Spec] = []
        for s in specs:
            if s.r0 > r:
                new.append(_Spec(s.r0 + extra, s.c0, s.r1 + extra, s.c1, s.text, s.bbox, s.lines))
            elif s.r1 > r or (s.r0 < r <= s.r1):
                new.append(_Spec(s.r0, s.c0, s.r1 + extra, s.c1, s.text, s.bbox, s.lines))
            elif s.r0 == r and s.r1 == r:
                inside = _words_in(words, s.bbox)
                if not inside:
                    new.append(_Spec(r, s.c0, r + extra, s.c1, "", s.bbox, 0))
                    continue
                for k, ws in enumerate(_band_words(inside, bands)):
                    if ws:
                        box = (s.bbox[0], bands[k][0], s.bbox[2], bands[k][1])
                        new.append(_Spec(r + k, s.c0, r + k, s.c1, _text_of(ws), box))
            else:
                new.append(s)
        specs = new
    return specs, changed


def _band_of(band, bands) -> int:
    mid = (band[0] + band[1]) / 2
    slack = SETTINGS.grid_slack
    return min(range(len(bands)), key=lambda i: 0 if bands[i][0] - slack <= mid <= bands[i][1] + slack
               else min(abs(mid - bands[i][0]), abs(mid - bands[i][1])))


def _band_words(words: list[dict], bands) -> list[list[dict]]:
    out: list[list[dict]] = [[] for _ in bands]
    for w in words:
        mid = (w["top"] + w["bottom"]) / 2
        k = _band_of((w["top"], w["bottom"]), bands)
        out[k].append(w)
    return out


def _grid_from_specs(specs: list[CellSpec], drop_empty_columns: bool = True
                     ) -> tuple[list[list[str]], list[tuple[int, int, int, int]]]:
    """Cells (merged ones filled into every position) on a grid without empty rows (and, unless
    told otherwise, columns: a ruled column stays even when empty, so that the continuation of
    a table on the next page keeps its shape)."""
    rows_used = sorted({r for r0, _, r1, _, t in specs if t for r in range(r0, r1 + 1)})
    if drop_empty_columns:
        cols_used = sorted({c for _, c0, _, c1, t in specs if t for c in range(c0, c1 + 1)})
    else:
        cols_used = sorted({c for _, c0, _, c1, _ in specs for c in range(c0, c1 + 1)})
    rmap = {r: i for i, r in enumerate(rows_used)}
    cmap = {c: i for i, c in enumerate(cols_used)}
    grid = [["" for _ in cols_used] for _ in rows_used]
    spans = []
    for r0, c0, r1, c1, text in specs:
        rr = [rmap[r] for r in range(r0, r1 + 1) if r in rmap]
        cc = [cmap[c] for c in range(c0, c1 + 1) if c in cmap]
        if not rr or not cc:
            continue
        for r in rr:
            for c in cc:
                if text or not grid[r][c]:
                    grid[r][c] = text
        if (len(rr) > 1 or len(cc) > 1) and text:
            spans.append((rr[0], cc[0], rr[-1], cc[-1]))
    return grid, spans


def _extend_by_rules(specs: list[_Spec], xs: list[float], ys: list[float], bbox, rules, words_fn):
    """Columns left or right of a ruled grid whose row rules run on past it (a table whose
    outer columns have no vertical rulings): their words, placed in the grid's rows."""
    if not rules:
        return None
    at_rows = [r for r in rules if any(abs(r.y - y) <= SETTINGS.rule_at_grid_line for y in ys)
               and r.x0 <= bbox[2] and r.x1 >= bbox[0]]
    if len(at_rows) < 2:
        return None
    left = min(r.x0 for r in at_rows)
    right = max(r.x1 for r in at_rows)
    if left > bbox[0] - SETTINGS.rule_overhang and right < bbox[2] + SETTINGS.rule_overhang:
        return None
    words = [w for w in words_fn() if ys[0] <= (w["top"] + w["bottom"]) / 2 <= ys[-1]]
    side_l = [w for w in words if left - 2 <= w["x0"] and w["x1"] <= bbox[0] + 1]
    side_r = [w for w in words if bbox[2] - 1 <= w["x0"] and w["x1"] <= right + 2]
    if not side_l and not side_r:
        return None

    def columns(side: list[dict]) -> list[tuple[float, float]]:
        spans = []
        for w in sorted(side, key=lambda w: w["x0"]):
            size = float(w.get("size") or 8)
            if spans and w["x0"] <= spans[-1][1] + SETTINGS.side_column_gap_em * size:
                spans[-1][1] = max(spans[-1][1], w["x1"])
            else:
                spans.append([w["x0"], w["x1"]])
        return [tuple(s) for s in spans]

    def row_of(w) -> int:
        y = (w["top"] + w["bottom"]) / 2
        return max(0, min(len(ys) - 2, sum(1 for b in ys[1:-1] if b < y)))

    cols_l, cols_r = columns(side_l), columns(side_r)
    n_left = len(cols_l)
    ncols = len(xs) - 1
    out = [_Spec(s.r0, s.c0 + n_left, s.r1, s.c1 + n_left, s.text, s.bbox, s.lines) for s in specs]
    for side, cols, base in ((side_l, cols_l, 0), (side_r, cols_r, n_left + ncols)):
        cells: dict[tuple[int, int], list[dict]] = {}
        for w in side:
            k = next(i for i, (a, b) in enumerate(cols) if a - 0.5 <= w["x0"] <= b + 0.5)
            cells.setdefault((row_of(w), k), []).append(w)
        for (r, k), ws in cells.items():
            box = (cols[k][0], ys[r], cols[k][1], ys[r + 1])
            out.append(_Spec(r, base + k, r, base + k, _text_of(ws), box))
    new_bbox = (min(bbox[0], cols_l[0][0]) if cols_l else bbox[0], bbox[1],
                max(bbox[2], cols_r[-1][1]) if cols_r else bbox[2], bbox[3])
    return out, new_bbox


def _is_frame(specs: list[_Spec]) -> bool:
    """Rules around a table rather than between its cells: a cell holds several lines that end
    in a figure, each line a row the rulings did not separate (the U.S. Statistical Abstract
    rules column groups and the header only; ledgers rule their columns only)."""
    for s in specs:
        if s.lines < SETTINGS.frame_min_lines:
            continue
        figure_lines = [ln for ln in s.raw.split("\n") if ln.split() and is_numeric(ln.split()[-1])]
        if len(figure_lines) >= SETTINGS.frame_min_lines:
            return True
    return False


def _lattice_tables(page, words_fn, rules_fn=lambda: [], frames: list | None = None) -> list[dict]:
    """Ruled tables of a page, completed by their text where rulings are missing. Grids that are
    frames round unruled rows (:func:`_is_frame`) are not tables here: their boxes are added
    to ``frames`` for the text reader."""
    frames = [] if frames is None else frames
    if not (page.lines or page.rects):
        return []
    edges_page = page.filter(lambda obj: obj.get("object_type") not in ("rect", "line", "curve")
                             or is_visible(obj))
    found = []
    chars = None
    for ptable in edges_page.find_tables(SETTINGS.pdfplumber()):
        chars = page.chars if chars is None else chars
        specs, xs, ys = _lattice_specs(ptable, chars)
        method = "lattice"
        needs_words = any(s.c1 > s.c0 and " " in s.text for s in specs) or \
            sum(1 for s in specs if s.lines >= 2) >= 2
        if needs_words:
            words = words_fn()
            specs, split_cols = _split_merged_columns(specs, xs, words)
            specs, split_rows = _split_stacked_rows(specs, ys, words)
            if split_cols or split_rows:
                method = "hybrid"
        if _is_frame(specs):
            frames.append(tuple(ptable.bbox))
            continue   # rules around groups of columns: the text reader reads it (with them)
        extended = _extend_by_rules(specs, xs, ys, tuple(ptable.bbox), rules_fn(), words_fn)
        if extended is not None:
            specs, bbox = extended
            method = "hybrid"
        else:
            bbox = tuple(ptable.bbox)
        cells = [(s.r0, s.c0, s.r1, s.c1, s.text) for s in specs]
        grid, spans = _grid_from_specs(cells, drop_empty_columns=False)
        if len(grid) < 2 or len(grid[0]) < 2:
            continue
        nonempty = sum(1 for row in grid for cell in row if cell)
        confidence = min(1.0, 0.5 + nonempty / max(1, len(grid) * len(grid[0])))
        if method == "hybrid":
            confidence = min(confidence, 0.9)
        found.append({"bbox": bbox, "grid": grid, "spans": spans, "method": method,
                      "confidence": confidence, "edges": _cluster(sorted({round(x, 0) for x in xs}), 2.0),
                      "header_rows": None,
                      "cell_boxes": [s.bbox for s in specs if s.text]})
    return found


# --- captions, units, headers ----------------------------------------------------------------------

def _lines_above(words: list[dict], top: float, floor: float) -> list[str]:
    """Text lines between ``floor`` and ``top`` (nearest last). Lines are grouped by overlap,
    so quotation marks set a little lower than the title (“三公”) stay in the title's line."""
    if top - floor < 1:
        return []
    region = [w for w in words if w["top"] >= floor - 0.5 and w["bottom"] <= top + 0.5]
    lines = [join_words(line.words).strip() for line in group_lines(region)]
    return [ln for ln in lines if ln and not _RUNNING_LINE_RE.match(ln)]


def _split_title_and_context(lines: list[str]) -> tuple[str | None, list[str]]:
    """From the lines above a table pick its caption (the nearest title-like line)."""
    context: list[str] = []
    for line in reversed(lines):
        simple = to_simplified(line.replace(" ", ""))
        if find_unit(simple) or simple.startswith("编制") or len(simple) > SETTINGS.context_min_chars:
            context.insert(0, line)
            continue
        if _TITLE_END_RE.search(simple) or len(simple) <= SETTINGS.caption_max_chars:
            return line, context
        context.insert(0, line)
    return None, context


def _under_figure_caption(words: list[dict], bbox) -> bool:
    """Text aligned in a chart (axis labels, a legend) read as a table: the nearest caption
    above it (within SETTINGS.caption_lines lines) names a figure, or, with no caption above,
    the line just under it does."""
    above = _lines_above(words, bbox[1], max(0.0, bbox[1] - SETTINGS.caption_reach))
    for line in reversed(above[-SETTINGS.caption_lines:]):
        if _FIGURE_CAPTION_RE.match(line):
            return True
        if _CAPTION_RE.match(line) or _TITLE_END_RE.search(to_simplified(line.replace(" ", ""))):
            return False
    below = [w for w in words if bbox[3] < w["top"] <= bbox[3] + SETTINGS.caption_reach / 3]
    lines = [join_words(ln.words).strip() for ln in group_lines(below)]
    return bool(lines) and bool(_FIGURE_CAPTION_RE.match(lines[0]))


def _beside_figure(box, figure) -> bool:
    """Does text aligned in rows lie right above or under a drawing, within its width (the
    axis labels and the legend of a chart)?"""
    gap = max(figure[1] - box[3], box[1] - figure[3])
    across = min(box[2], figure[2]) - max(box[0], figure[0])
    return gap <= SETTINGS.figure_label_gap and across >= SETTINGS.figure_overlap * (box[2] - box[0])


def _overlap_share(box, other) -> float:
    w = min(box[2], other[2]) - max(box[0], other[0])
    h = min(box[3], other[3]) - max(box[1], other[1])
    area = max(1e-6, (box[2] - box[0]) * (box[3] - box[1]))
    return max(0.0, w) * max(0.0, h) / area


def _holds_a_table(candidate: dict, figures: list) -> bool:
    """Is a ruled grid a table (text in its cells, or a header row), rather than a chart's grid
    or a form's empty frame? One lying mostly in a drawing (figure_regions) is the drawing's."""
    grid = candidate["grid"]
    cells = [c for row in grid for c in row]
    filled = sum(1 for c in cells if c) / max(1, len(cells))
    header = any(sum(1 for c in row if c) >= SETTINGS.lattice_header_filled * len(row) for row in grid)
    if any(_overlap_share(candidate["bbox"], f) >= SETTINGS.figure_overlap for f in figures):
        return False   # a chart's grid: its plot lines, bars or slices make the drawing
    return filled >= SETTINGS.lattice_min_filled or header


def count_header_rows(grid: list[list[str]], max_rows: int = SETTINGS.header_max_rows) -> int:
    """Leading rows with no figures in them are header rows."""
    for i, row in enumerate(grid[:max_rows + 1]):
        if any(looks_like_amount(cell) for cell in row if cell):
            return min(i, max_rows)
    return 0 if len(grid) > max_rows else min(1, len(grid))


def extract_page_tables(page, page_number: int, first_index: int = 0, *,
                        unruled: bool = False, _cache: dict | None = None) -> list[Table]:
    """The tables on one page, each with its caption, unit and header rows.

    ``unruled=False`` (the default, as the gazette reader uses it) finds ruled tables only;
    ``unruled=True`` also reads partly ruled and unruled tables from the alignment of the text.
    """
    cache: dict = {} if _cache is None else _cache

    def words_fn():
        if "words" not in cache:
            cache["words"] = page_words(page)
        return cache["words"]

    def rules_fn():
        if "rules" not in cache:
            cache["rules"] = horizontal_rules(page)
        return cache["rules"]

    frames: list[tuple] = []
    candidates = _lattice_tables(page, words_fn, rules_fn if unruled else (lambda: []), frames)
    if unruled:
        rules = rules_fn()
        figures = figure_regions(page)
        candidates = [c for c in candidates if _holds_a_table(c, figures)]
        exclude = [c["bbox"] for c in candidates] + figures
        for ft in find_unruled_tables(words_fn(), rules, exclude=exclude, vrules=vertical_rules(page),
                                      frames=frames):
            grid, spans = _grid_from_specs(ft.cells)
            if len(grid) < 2 or len(grid[0]) < 2:
                continue
            if any(_beside_figure(ft.bbox, f) for f in figures):
                continue   # a chart's axis labels or legend, set just outside its drawing
            candidates.append({"bbox": ft.bbox, "grid": grid, "spans": spans, "method": ft.method,
                               "confidence": ft.confidence, "edges": ft.column_edges,
                               "header_rows": ft.header_rows, "cell_boxes": []})
    tables: list[Table] = []
    floor = 0.0
    candidates = sorted(candidates, key=lambda c: (round(c["bbox"][1]), c["bbox"][0]))
    if unruled:
        candidates = [c for c in candidates if not _under_figure_caption(words_fn(), c["bbox"])]
    for k, cand in enumerate(candidates):
        grid = cand["grid"]
        bbox = cand["bbox"]
        above = _lines_above(words_fn(), bbox[1], floor)
        title, context = _split_title_and_context(above[-4:])
        unit = None
        for line in context + ([title] if title else []) + [" ".join(grid[0])]:
            found_unit = find_unit(to_simplified(line))
            if found_unit:
                unit = found_unit
                break
        header_rows = cand["header_rows"]
        if header_rows is None:
            header_rows = count_header_rows(grid)
        table = Table(
            id=f"p{page_number}-t{first_index + k + 1}",
            pages=[page_number],
            bbox=tuple(bbox),
            cells=grid,
            row_pages=[page_number] * len(grid),
            header_rows=header_rows,
            title=title,
            unit=unit[0] if unit else None,
            unit_factor=unit[1] if unit else None,
            context=context,
            confidence=cand["confidence"],
            cell_bboxes=[(page_number, tuple(b)) for b in cand["cell_boxes"]],
            spans=cand["spans"],
            method=cand["method"],
        )
        table._edges = cand["edges"]  # type: ignore[attr-defined]
        tables.append(table)
        floor = max(floor, bbox[3])
    return tables


# --- stitching ----------------------------------------------------------------------------------

def _same_columns(a: Table, b: Table, tol: float = SETTINGS.same_columns) -> bool:
    if a.ncols != b.ncols:
        return False
    ea, eb = getattr(a, "_edges", None), getattr(b, "_edges", None)
    if not ea or not eb or len(ea) != len(eb):
        return True  # same count of columns is the best evidence available
    return all(abs(x - y) <= tol for x, y in zip(ea, eb))


def _is_continuation(prev: Table, nxt: Table) -> int | None:
    """Does ``nxt`` (first table on the next page) continue ``prev`` (last table on its page)?

    Returns None when it does not, else how many of its leading rows to drop: its header when
    it repeats ``prev``'s, none when the continuation starts straight with the body (its first
    rows only looked like a header: text without figures).
    """
    if nxt.pages[0] != prev.pages[-1] + 1 or not _same_columns(prev, nxt):
        return None
    if prev.method != nxt.method and "stream" in (prev.method, nxt.method):
        return None
    if nxt.title and (_TITLE_END_RE.search(to_simplified(nxt.title.replace(" ", "")))
                      or _CAPTION_RE.match(nxt.title)):
        # a new caption ending in 表 starts a new table, unless it is marked （续）
        return nxt.header_rows if ("续" in nxt.title or "continued" in nxt.title.lower()) else None
    if nxt.header_rows and prev.header_rows and nxt.header != prev.header:
        same_edges = getattr(prev, "_edges", None) and getattr(nxt, "_edges", None) and \
            len(prev._edges) == len(nxt._edges)  # type: ignore[attr-defined]
        if not nxt.title and same_edges and not _looks_like_header(nxt.header, prev.header):
            return 0
        return None
    return nxt.header_rows


def _looks_like_header(rows: list[list[str]], header: list[list[str]]) -> bool:
    """Do these rows share any text with the header above (a repeated, reshaped header)?"""
    words = {c for row in header for c in row if c}
    return any(c in words for row in rows for c in row if c)


def stitch(tables: list[Table]) -> list[Table]:
    """Join tables continued over pages; a repeated header is dropped from the continuation."""
    out: list[Table] = []
    for table in tables:
        prev = out[-1] if out else None
        is_last_on_prev_page = prev is not None and prev.pages[-1] == table.pages[0] - 1
        drop = _is_continuation(prev, table) if prev is not None and is_last_on_prev_page else None
        if drop is not None:
            offset = len(prev.cells) - drop
            prev.cells.extend(table.cells[drop:])
            prev.row_pages.extend(table.row_pages[drop:])
            prev.spans.extend((r0 + offset, c0, r1 + offset, c1) for r0, c0, r1, c1 in table.spans
                              if r0 >= drop)
            prev.cell_bboxes.extend(table.cell_bboxes)
            prev.pages.append(table.pages[0])
            prev.confidence = min(prev.confidence, table.confidence)
            continue
        out.append(table)
    for n, table in enumerate(out, 1):
        table.id = f"t{n}"
    return out


# --- documents ----------------------------------------------------------------------------------

def _extract_pages(pdf, numbers: list[int], unruled: bool, keep_text: bool = False
                   ) -> tuple[list[Table], list[int], dict[int, list[str]]]:
    found: list[Table] = []
    no_text: list[int] = []
    texts: dict[int, list[str]] = {}
    for number in numbers:
        page = pdf.pages[number - 1]
        if not page_has_text(page):
            no_text.append(number)
            continue
        cache: dict = {}
        turn = text_turn(page) if unruled else 0
        view = rotated_page(page, turn) if turn else page
        tables = extract_page_tables(view, number, unruled=unruled, _cache=cache)
        for table in tables:
            table.rotation = turn
        found.extend(tables)
        if keep_text:
            words = cache.get("words") or page_words(view)
            texts[number] = [join_words(line.words) for line in group_lines(words)]
        page.flush_cache()
        page.close() if hasattr(page, "close") else None
    return found, no_text, texts


def _worker(path: str, numbers: list[int], unruled: bool, keep_text: bool = False):
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return _extract_pages(pdf, numbers, unruled, keep_text)


def default_jobs() -> int:
    """Worker processes for one document: ``GONGKAI_JOBS``, else the machine's idle cores (all
    of them on an idle machine; one when the load average says the cores are busy, as when the
    batch already runs several notebooks at once)."""
    env = os.environ.get("GONGKAI_JOBS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return cores
    return max(1, min(cores, int(cores - load + 0.5) + 1))


def _chunks(numbers: list[int], parts: int) -> list[list[int]]:
    size, rest = divmod(len(numbers), parts)
    out, start = [], 0
    for k in range(parts):
        end = start + size + (1 if k < rest else 0)
        if end > start:
            out.append(numbers[start:end])
        start = end
    return out


def extract_tables(pdf_or_path, pages: str | list[int] | None = None, *, unruled: bool = True,
                   jobs: int | None = None, keep_text: bool = False) -> tuple[list[Table], dict]:
    """All tables of a PDF (or of the given pages), stitched across pages.

    Returns the tables and a dict of provenance and problems: ``{"source": {...},
    "pages_without_text": [...]}`` (pages without a text layer: scans, for OCR).
    A path of ``PARALLEL_MIN_PAGES`` pages or more is read by ``jobs`` processes (default: the
    machine's cores, or ``GONGKAI_JOBS``), each over a range of pages; ``jobs=1`` reads it here.
    ``keep_text=True`` adds ``info["page_lines"]``: each page's text lines (for the 目录 and the
    情况说明 of a budget).
    """
    own = not hasattr(pdf_or_path, "pages")
    if own:
        pdf, source = open_pdf(pdf_or_path)
        source_dict = source.as_dict()
    else:
        pdf, source_dict = pdf_or_path, {"pages": len(pdf_or_path.pages)}
    try:
        npages = len(pdf.pages)
        wanted = parse_page_spec(pages, npages) if (pages is None or isinstance(pages, str)) \
            else list(pages)
        jobs = default_jobs() if jobs is None else max(1, jobs)
        if own and jobs > 1 and len(wanted) >= PARALLEL_MIN_PAGES:
            found, no_text, texts = _extract_parallel(str(pdf_or_path), wanted, unruled, jobs, keep_text)
        else:
            found, no_text, texts = _extract_pages(pdf, wanted, unruled, keep_text)
        info = {"source": source_dict, "pages_without_text": no_text}
        if keep_text:
            info["page_lines"] = texts
        return stitch(found), info
    finally:
        if own:
            pdf.close()


def _extract_parallel(path: str, wanted: list[int], unruled: bool, jobs: int, keep_text: bool = False):
    import multiprocessing as mp

    parts = _chunks(wanted, min(jobs, len(wanted)))
    methods = mp.get_all_start_methods()
    context = mp.get_context("fork" if "fork" in methods else "spawn")
    found: list[Table] = []
    no_text: list[int] = []
    texts: dict[int, list[str]] = {}
    with ProcessPoolExecutor(max_workers=len(parts), mp_context=context) as pool:
        for tables, missing, text in pool.map(_worker, [path] * len(parts), parts,
                                              [unruled] * len(parts), [keep_text] * len(parts)):
            found.extend(tables)
            no_text.extend(missing)
            texts.update(text)
    return found, no_text, texts


def debug_image(pdf_path: str | Path, table: Table, page: int | None = None, resolution: int = 72):
    """A page of the table (its first by default) with what was detected drawn on it.

    The table's box is drawn in blue and each detected cell in red; returns a pdfplumber
    ``PageImage`` (``.save("t1.png")``, or shown as is in a notebook).
    """
    import pdfplumber

    number = page or table.pages[0]
    with pdfplumber.open(pdf_path) as pdf:
        pdf_page = pdf.pages[number - 1]
        image = pdf_page.to_image(resolution=resolution)
        boxes = [box for p, box in table.cell_bboxes if p == number]
        outline = table.bbox
        if table.rotation:
            w, h = pdf_page.width, pdf_page.height
            boxes = [unturn_box(b, table.rotation, w, h) for b in boxes]
            outline = unturn_box(outline, table.rotation, w, h)
        if boxes:
            image.draw_rects(boxes, stroke="red", fill=None, stroke_width=1)
        if number == table.pages[0]:
            image.draw_rect(outline, stroke="blue", fill=None, stroke_width=2)
        return image
