"""General table extraction: ruled tables found by pdfplumber, made whole.

What pdfplumber leaves to the caller is done here: spanning cells are filled (never ``None``),
the caption line above each table becomes its title, ``单位：万元`` its unit, leading rows that hold
no figures its header, and a table continued on the next page (with or without a repeated
header) is stitched into one. Every table keeps the page of each row, so later checks can name
the page and row of a problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .parsers import find_unit, looks_like_amount, to_simplified
from .source import open_pdf, page_has_text, parse_page_spec

# pdfplumber settings: ruled tables. Hidden rectangles (white fills, zero-width strokes) are
# filtered out before detection so they do not become phantom rows.
TABLE_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}

_TITLE_END_RE = re.compile(r"(表|表[一二三四五六七八九十\d]+|情况|明细|名单|清单|目录|一览)\s*(（续）|\(续\))?$")
_RUNNING_LINE_RE = re.compile(r"^(第\s*\d+\s*页.*|[-—·\s]*\d+[-—·\s]*|\d+\s*/\s*\d+)$")


@dataclass
class Table:
    """One logical table, possibly over several pages."""

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
            "cells": self.cells,
        }


def clean_cell(text: str | None) -> str:
    """Cell text as one line: line breaks inside a cell are wrapping, not content."""
    if text is None:
        return ""
    text = text.replace("\n", "")
    return re.sub(r"[ \t\u3000]+", " ", text).strip()


def flatten_header(header: list[list[str]], sep: str = "/") -> list[str]:
    if not header:
        return []
    names = []
    for col in range(len(header[0])):
        parts: list[str] = []
        for row in header:
            text = row[col].replace(" ", "")
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        names.append(sep.join(parts) if parts else f"column_{col + 1}")
    return names


def _is_visible_edge(obj: dict) -> bool:
    """A rect or line that prints: hidden rectangles (white, no stroke) are not rulings."""
    stroke = obj.get("stroke")
    fill = obj.get("fill")
    color = obj.get("non_stroking_color") if fill else obj.get("stroking_color")
    if not stroke and not fill:
        return False
    if color is not None and _is_white(color):
        return False
    return True


def _is_white(color) -> bool:
    if isinstance(color, (int, float)):
        return color >= 0.99
    if isinstance(color, (list, tuple)) and color:
        if len(color) == 4:  # CMYK
            return all(isinstance(c, (int, float)) and c <= 0.01 for c in color)
        return all(isinstance(c, (int, float)) and c >= 0.99 for c in color)
    return False


def _grid_from_pdfplumber(table, page) -> tuple[list[list[str]], list[tuple[int, tuple]]]:
    """Fill spanning cells: every grid position covered by a merged cell gets its text."""
    texts = table.extract()
    cells = []
    for row, row_texts in zip(table.rows, texts):
        for bbox, text in zip(row.cells, row_texts):
            if bbox is not None:
                cells.append((bbox, clean_cell(text)))
    xs = _cluster(sorted({round(b[0], 1) for b, _ in cells} | {round(b[2], 1) for b, _ in cells}))
    ys = _cluster(sorted({round(b[1], 1) for b, _ in cells} | {round(b[3], 1) for b, _ in cells}))
    ncols, nrows = len(xs) - 1, len(ys) - 1
    grid = [["" for _ in range(ncols)] for _ in range(nrows)]
    placed = []
    for bbox, text in cells:
        c0, c1 = _index(xs, bbox[0]), _index(xs, bbox[2])
        r0, r1 = _index(ys, bbox[1]), _index(ys, bbox[3])
        for r in range(r0, max(r1, r0 + 1)):
            for c in range(c0, max(c1, c0 + 1)):
                if 0 <= r < nrows and 0 <= c < ncols:
                    grid[r][c] = text
        placed.append((r0, bbox))
    return grid, placed


def _cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in values:
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _index(bounds: list[float], value: float) -> int:
    return min(range(len(bounds)), key=lambda i: abs(bounds[i] - value))


def _column_edges(table) -> list[float]:
    xs = sorted({round(c[0], 0) for c in table.cells} | {round(c[2], 0) for c in table.cells})
    return _cluster(xs, 2.0)


def _lines_above(page, top: float, floor: float) -> list[str]:
    """Text lines between ``floor`` and ``top`` (nearest last)."""
    if top - floor < 1:
        return []
    region = page.crop((0, max(floor, 0), page.width, min(top, page.height)), strict=False)
    lines = [ln["text"].strip() for ln in region.extract_text_lines(strip=True)]
    return [ln for ln in lines if ln and not _RUNNING_LINE_RE.match(ln)]


def _split_title_and_context(lines: list[str]) -> tuple[str | None, list[str]]:
    """From the lines above a table pick its caption (the nearest title-like line)."""
    context: list[str] = []
    for line in reversed(lines):
        simple = to_simplified(line.replace(" ", ""))
        if find_unit(simple) or simple.startswith("编制") or len(simple) > 60:
            context.insert(0, line)
            continue
        if _TITLE_END_RE.search(simple) or len(simple) <= 40:
            return line, context
        context.insert(0, line)
    return None, context


def count_header_rows(grid: list[list[str]], max_rows: int = 4) -> int:
    """Leading rows with no figures in them are header rows."""
    for i, row in enumerate(grid[:max_rows + 1]):
        if any(looks_like_amount(cell) for cell in row if cell):
            return min(i, max_rows)
    return 0 if len(grid) > max_rows else min(1, len(grid))


def extract_page_tables(page, page_number: int, first_index: int = 0) -> list[Table]:
    """The ruled tables on one page, each with its caption, unit and header rows."""
    edges_page = page.filter(lambda obj: obj.get("object_type") not in ("rect", "line", "curve")
                             or _is_visible_edge(obj))
    found = edges_page.find_tables(TABLE_SETTINGS)
    tables: list[Table] = []
    floor = 0.0
    for k, ptable in enumerate(sorted(found, key=lambda t: (t.bbox[1], t.bbox[0]))):
        grid, placed = _grid_from_pdfplumber(ptable, page)
        grid = [row for row in grid if any(cell for cell in row)]
        if len(grid) < 2 or (grid and len(grid[0]) < 2):
            floor = ptable.bbox[3]
            continue
        above = _lines_above(page, ptable.bbox[1], floor)
        title, context = _split_title_and_context(above[-4:])
        unit = None
        for line in context + ([title] if title else []) + [" ".join(grid[0])]:
            found_unit = find_unit(to_simplified(line))
            if found_unit:
                unit = found_unit
                break
        nonempty = sum(1 for row in grid for cell in row if cell)
        table = Table(
            id=f"p{page_number}-t{k + 1}",
            pages=[page_number],
            bbox=tuple(ptable.bbox),
            cells=grid,
            row_pages=[page_number] * len(grid),
            header_rows=count_header_rows(grid),
            title=title,
            unit=unit[0] if unit else None,
            unit_factor=unit[1] if unit else None,
            context=context,
            confidence=min(1.0, 0.5 + nonempty / max(1, len(grid) * len(grid[0]))),
        )
        table._edges = _column_edges(ptable)  # type: ignore[attr-defined]
        table._bottom_gap = page.height - ptable.bbox[3]  # type: ignore[attr-defined]
        table._has_text_above = bool(above)  # type: ignore[attr-defined]
        tables.append(table)
        floor = ptable.bbox[3]
    return tables


def _same_columns(a: Table, b: Table, tol: float = 4.0) -> bool:
    if a.ncols != b.ncols:
        return False
    ea, eb = getattr(a, "_edges", None), getattr(b, "_edges", None)
    if not ea or not eb or len(ea) != len(eb):
        return True  # same count of columns is the best evidence available
    return all(abs(x - y) <= tol for x, y in zip(ea, eb))


def _is_continuation(prev: Table, nxt: Table) -> bool:
    """``nxt`` (first table on the next page) continues ``prev`` (last table on its page)."""
    if nxt.pages[0] != prev.pages[-1] + 1 or not _same_columns(prev, nxt):
        return False
    if nxt.title and _TITLE_END_RE.search(to_simplified(nxt.title.replace(" ", ""))):
        # a new caption ending in 表 starts a new table, unless it is marked （续）
        return "续" in nxt.title
    if nxt.header_rows and prev.header_rows and nxt.header != prev.header:
        return False
    return True


def stitch(tables: list[Table]) -> list[Table]:
    """Join tables continued over pages; a repeated header is dropped from the continuation."""
    out: list[Table] = []
    for table in tables:
        prev = out[-1] if out else None
        is_last_on_prev_page = prev is not None and prev.pages[-1] == table.pages[0] - 1
        if prev is not None and is_last_on_prev_page and _is_continuation(prev, table):
            body = table.cells[table.header_rows:] if table.header_rows else table.cells
            body_pages = table.row_pages[table.header_rows:] if table.header_rows else table.row_pages
            prev.cells.extend(body)
            prev.row_pages.extend(body_pages)
            prev.pages.append(table.pages[0])
            prev.confidence = min(prev.confidence, table.confidence)
            continue
        out.append(table)
    for n, table in enumerate(out, 1):
        table.id = f"t{n}"
    return out


def extract_tables(pdf_or_path, pages: str | list[int] | None = None) -> tuple[list[Table], dict]:
    """All tables of a PDF (or of the given pages), stitched across pages.

    Returns the tables and a dict of provenance and problems: ``{"source": {...},
    "pages_without_text": [...]}``.
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
        found: list[Table] = []
        no_text: list[int] = []
        for number in wanted:
            page = pdf.pages[number - 1]
            if not page_has_text(page):
                no_text.append(number)
                continue
            found.extend(extract_page_tables(page, number))
            page.flush_cache()
        return stitch(found), {"source": source_dict, "pages_without_text": no_text}
    finally:
        if own:
            pdf.close()


def debug_image(pdf_path: str | Path, table: Table, resolution: int = 72):
    """The table's first page with the detected cells drawn (a pdfplumber PageImage)."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        page = pdf.pages[table.pages[0] - 1]
        image = page.to_image(resolution=resolution)
        edges_page = page.filter(lambda obj: obj.get("object_type") not in ("rect", "line", "curve")
                                 or _is_visible_edge(obj))
        image.debug_tablefinder(TABLE_SETTINGS | {}) if edges_page is page else None
        for ptable in edges_page.find_tables(TABLE_SETTINGS):
            image.draw_rects(ptable.cells, stroke="red", fill=None)
        return image
