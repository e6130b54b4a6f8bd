"""Named limits on what an input may hold, in one place.

Past these an input is refused with one line naming the file, the page or row and the limit
(never a traceback, never a half-read dataset), or, for rendering, drawn smaller. Each limit is
far above what a real government document holds and below what would exhaust the machine
(2 cores, 24 GiB, several jobs at once).
"""

from __future__ import annotations

# a table cell (CSV or XLSX): a 低保 remark or a gazette item's text is a few thousand
# characters; Python's csv module stops at 131,072 with a traceback
MAX_CELL_CHARS = 100_000
# columns of a table: the widest schema has a few dozen fields
MAX_COLUMNS = 1_000
# pages of a PDF: a gazette issue has about 100, a department budget about 40
MAX_PAGES = 2_000
# a page's longer side in PDF points (1/72 in): A0 is 3,370; a 14,400-point page (the PDF
# maximum) drawn at 150 dpi would be a 900-megapixel image
MAX_PAGE_SIDE_PT = 5_000
# a page drawn as an image (the record's source pictures, OCR): a larger page is drawn at a
# lower resolution so that the image keeps within this many pixels (an A4 page at 300 dpi has
# 8.7 million; 3.9 GB of memory went into one 14,400-point page before)
MAX_RENDER_PIXELS = 60_000_000
# drawing objects on one page as PDFium counts them (text runs, paths, images): the densest
# sample page has about 400; pdfminer needs minutes for a page of 250,000 tiny rectangles
MAX_PAGE_OBJECTS = 100_000


def render_dpi(width_pt: float, height_pt: float, dpi: float) -> float:
    """``dpi``, or less so that a page of this size drawn at it keeps within
    :data:`MAX_RENDER_PIXELS`."""
    pixels = (width_pt * dpi / 72.0) * (height_pt * dpi / 72.0)
    if pixels <= MAX_RENDER_PIXELS:
        return dpi
    return dpi * (MAX_RENDER_PIXELS / pixels) ** 0.5
