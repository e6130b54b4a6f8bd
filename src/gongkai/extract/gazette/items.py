"""Items built from their starts: lines, pages, fields, tables."""

from __future__ import annotations

import re

from ..layout import TextLine, join_lines
from ..parsers import parse_doc_number
from ..tables import stitch
from .families import _Rules
from .fields import ITEM_PARSERS, Item, flag_unread
from .lines import _norm, _nospace, reflow
from .pages import _Page
from .settings import TOL
from .strategies import _Start
from .titles import title_span

def _build_items(content: list[TextLine], starts: list[_Start], offset: int | None, body: float,
                 rules: _Rules, pages: list[_Page]) -> list[Item]:
    parser = ITEM_PARSERS[rules.family.get("item_parser", "cn_document")]
    section_re = re.compile(rules.family["section_in_header"]) if rules.family.get("section_in_header") else None
    page_section = {}
    if section_re:
        for pg in pages:
            for ln in pg.running:
                m = section_re.search(ln.text)
                if m:
                    page_section[pg.number] = m.group("section")
    items: list[Item] = []
    for n, st in enumerate(starts):
        stop = st.end if st.end is not None else (starts[n + 1].idx if n + 1 < len(starts) else len(content))
        lines = [ln for ln in content[st.idx:stop] if not rules.section_of(ln.text) or len(_norm(ln.text)) > 16]
        if not lines:
            continue
        item = Item(seq=len(items) + 1, title=st.title, category=st.category,
                    page_start=lines[0].page, page_end=lines[-1].page, flags=list(st.flags),
                    extra=dict(st.extra))
        if offset is not None:
            printed = {pg.number: pg.printed for pg in pages if pg.printed is not None}
            item.printed_page_start = printed.get(item.page_start, item.page_start - offset)
            item.printed_page_end = printed.get(item.page_end, item.page_end - offset)
        if "title_not_found" in st.flags:
            item.text = reflow(lines)
            parser(item, lines, rules, body)
            item.title = st.title
        else:
            parser(item, lines, rules, body)
            # scanned issues: the title as printed over the item (large print) reads better
            # than the 目录's small print
            if any(ln.conf is not None for ln in lines) and rules.family.get("item_parser", "cn_document") == "cn_document":
                lead, n = title_span(lines, st.title, body, rules)
                if n > lead and lines[lead].size >= TOL.title_size * body and "decree" not in st.extra:
                    printed_title = _nospace(join_lines([ln.text for ln in lines[lead:n]]))
                    if printed_title and printed_title != item.title:
                        item.extra.setdefault("toc_title", item.title)
                        item.title = printed_title
        if st.doc_number and not item.doc_number:
            if rules.family.get("item_parser") == "labelled":
                item.doc_number = st.doc_number
                year, _, serial = st.doc_number.partition("-")
                kind = rules.family.get("labelled", {}).get("doc_number_kind", "doc")
                item.doc_number_parsed = {"agency_code": kind, "year": int(year) if year.isdigit() else None,
                                          "serial": int(serial) if serial.isdigit() else None}
                item.extra["doc_number_kind"] = kind
            else:
                parsed = parse_doc_number(st.doc_number, rules.prefixes, trim=False)
                if parsed:
                    item.doc_number = _nospace(parsed.raw)
                    item.doc_number_parsed = parsed.as_dict()
                    item.flags.append("doc_number_from_toc")
        if item.category is None:
            item.category = _page_section(page_section, item.page_start) or rules.category(item)
        ocr_lines = [ln for ln in lines if ln.conf is not None]
        as_read = [{"as_read": pages[ln.page - 1].mended[id(ln)], "mended": ln.text}
                   for ln in ocr_lines if id(ln) in pages[ln.page - 1].mended]
        if as_read:
            item.extra["ocr_mended_lines"] = as_read
            if "ocr_corrected" not in item.flags:
                item.flags.append("ocr_corrected")
        if ocr_lines:
            item.ocr = True
            chars = sum(len(ln.text) for ln in ocr_lines) or 1
            item.ocr_confidence = round(sum(ln.conf * len(ln.text) for ln in ocr_lines) / chars, 1)
        flag_unread(item, rules.family.get("expected_fields", []))
        item._span = (lines[0], lines[-1])  # type: ignore[attr-defined]
        items.append(item)
    _attach_tables(pages, items)
    for item in items:
        item.__dict__.pop("_span", None)
    return items


def _page_section(page_section: dict[int, str], page: int) -> str | None:
    """The section a page belongs to: its running header's, else the nearest page's (a
    section's first page often has a heading instead of the running header)."""
    if not page_section:
        return None
    if page in page_section:
        return page_section[page]
    later = [p for p in page_section if p > page]
    earlier = [p for p in page_section if p < page]
    if earlier:
        return page_section[max(earlier)]
    return page_section[min(later)] if later else None


def _attach_tables(pages: list[_Page], items: list[Item]) -> None:
    """Ruled tables on an item's pages, between its first and last line, stitched over pages."""
    bounds = []
    for item in items:
        first, last = item._span  # type: ignore[attr-defined]
        bounds.append(((first.page, first.top - 1), (last.page, last.bottom + 1)))
    found: dict[int, list] = {}
    for pg in pages:
        for table in pg.tables:
            pos = (pg.number, table.bbox[1])
            for n, (lo, hi) in enumerate(bounds):
                if lo <= pos <= hi:
                    found.setdefault(n, []).append(table)
                    break
    for n, tables in found.items():
        for table in stitch(tables):
            items[n].tables.append({"pages": table.pages, "bbox": list(table.bbox),
                                    "header_rows": table.header_rows, "cells": table.cells,
                                    "title": table.title})
