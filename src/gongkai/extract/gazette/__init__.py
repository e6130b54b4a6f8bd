"""Gazette issues (政府公报) split into items, each with its metadata.

The pipeline, page by page and then over the issue:

1. Words come from the text layer (pdfplumber) or, on pages without one, from OCR
   (:mod:`gongkai.extract.ocr`, Tesseract TSV); both become the same word boxes.
2. Words are grouped into rows; rows repeated in the page margins (running headers, page-number
   footers) are set aside and give the printed page numbers, hence the printed -> physical
   offset. Column gutters are found from the words, and lines are built per column and put in
   reading order (full-width lines and ruled tables cut the page into bands; inside a band,
   column by column).
3. The issue is split by the family's strategies (rules as data in ``gazette_families/*.yaml``):
   the 目录 (entries with printed pages, located on their page by their title), else the
   layout (title lines: larger, centred, the kind of document at the end, a 文号 or 主送 after
   them), or end markers (the Federal Register's ``[FR Doc. ...]``). Items start mid-page and
   span pages; an item whose title cannot be found is kept as a flagged item with its pages,
   never merged silently into its neighbour.
4. Each item's metadata comes from its own lines: 文号 (raw and parsed), 主送, issuers (joint
   issuers split), 成文日期, disclosure, 抄送, embedded tables, the full text reflowed.

The package, by job: :mod:`.families` (rules as data), :mod:`.lines` (lines, titles and
paragraphs from words), :mod:`.pages` (running headers, page numbers, columns, reading order),
:mod:`.toc` (the 目录), :mod:`.titles` (what an item title looks like, decree heads),
:mod:`.strategies` (where items start, and settling them: decrees, 文号 over the title, annexes
and forwarded texts), :mod:`.fields` (an item's metadata, by Chinese document rules or by a
family's patterns), :mod:`.schedules` (labelled-column schedules: Sri Lanka), :mod:`.items`
(items from their starts), :mod:`.ocr_glue` (scanned pages) and :mod:`.split` (the whole issue).
"""

from .families import FAMILY_DIR, DEFAULT_FAMILY, UnknownFamily, detect_family, list_families, load_family
from .fields import ITEM_PARSERS, Item, _signature_date, parse_cn_item, parse_labelled_item
from .lines import fold, reflow
from .split import split_gazette
from .toc import parse_toc

__all__ = ["DEFAULT_FAMILY", "FAMILY_DIR", "ITEM_PARSERS", "Item", "UnknownFamily", "detect_family",
           "fold", "list_families", "load_family", "parse_cn_item", "parse_labelled_item", "parse_toc",
           "reflow", "split_gazette", "_signature_date"]
