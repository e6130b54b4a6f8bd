"""Where a table's rows and columns lie on its pages, for the records that show the source.

:func:`table_geometry` turns a stitched :class:`~gongkai.extract.tables.Table` into plain data
(PDF points, ``top`` measured from the top of the page as pdfplumber does) that can travel in a
result's provenance: the column edges, and for each page the band of every table row printed
on it. The run record uses it to mark a cell that failed a check on the page image and to
black out the cells of columns that hold personal data.

Rows are found from the boxes of the cells that hold text: their tops, clustered, are the row
bands of the page, and the table's rows printed on a page are its last bands (a header
repeated on a continuation page sits above them). When a page has fewer bands than rows (a row
without any text), that page has no row bands: callers then fall back to the whole table area.
"""

from __future__ import annotations

# tops closer than this (points) are one row band
ROW_TOLERANCE = 2.0


def _cluster(values: list[float], tol: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def table_geometry(table) -> dict:
    """``{"columns": [[x0, x1], ...], "header_rows": n, "pages": {page: {"bbox": [x0, top, x1,
    bottom], "rows": {row_index: [top, bottom]}}}}``; ``row_index`` is the 0-based index of the
    row in ``table.cells`` (header rows first)."""
    edges = sorted(getattr(table, "_edges", None) or [])
    columns = [[float(a), float(b)] for a, b in zip(edges, edges[1:])]
    if len(columns) != table.ncols:
        xs = _cluster([b[0] for _p, b in table.cell_bboxes] + [b[2] for _p, b in table.cell_bboxes],
                      ROW_TOLERANCE)
        columns = [[float(a), float(b)] for a, b in zip(xs, xs[1:])]
        if len(columns) != table.ncols:
            columns = []
    pages: dict[str, dict] = {}
    for page in table.pages:
        boxes = [b for p, b in table.cell_bboxes if p == page]
        rows_here = [i for i, p in enumerate(table.row_pages) if p == page]
        entry: dict = {"rows": {}}
        if boxes:
            entry["bbox"] = [min(b[0] for b in boxes), min(b[1] for b in boxes),
                             max(b[2] for b in boxes), max(b[3] for b in boxes)]
            tops = _cluster([b[1] for b in boxes], ROW_TOLERANCE)
            if len(tops) >= len(rows_here):
                bottom = entry["bbox"][3]
                bands = [[t, nxt] for t, nxt in zip(tops, tops[1:] + [bottom])]
                for i, band in zip(rows_here, bands[len(bands) - len(rows_here):]):
                    entry["rows"][str(i)] = [float(band[0]), float(band[1])]
        elif page == table.pages[0]:
            entry["bbox"] = [float(v) for v in table.bbox]
        pages[str(page)] = entry
    return {"columns": columns, "header_rows": table.header_rows, "pages": pages}


__all__ = ["table_geometry", "ROW_TOLERANCE"]
