"""An issue split into items."""

from __future__ import annotations

import time
from collections import Counter

from .settings import TOL
from ...errors import InputError
from ..source import open_pdf, page_has_text
from ..tables import extract_page_tables
from .families import _Rules, detect_family, list_families, load_family
from .fields import _issue_meta
from .items import _build_items
from .lines import _body_size, _nospace
from ..parsers import parse_any_date
from .ocr_glue import _consensus_names, _mend_signatures, _ocr_pages, _titles_from_toc
from .ocr_lines import mend_lines
from .pages import (_column_edges, _find_gutters, _has_vertical_edges, _horizontal_rules, _is_cover,
                    _is_masthead, _layout, _mark_tables, _offset, _Page, _running_rows, _share_gutters,
                    _text_layer_words)
from .strategies import SplitContext, find_starts
from .toc import _toc_pages

def split_gazette(pdf_path, *, family: str | dict | None = None, ocr: bool | None = None,
                  ocr_dpi: int = 300, ocr_languages: list[str] | None = None,
                  jobs: int | None = None) -> dict:
    """Split a gazette issue into items: ``{"source", "family", "issue", "items", "problems", ...}``.

    ``family``: a family name in ``gazette_families/`` (or a YAML path or dict); detected from
    the first pages when None. ``ocr``: None (default) OCRs pages without a text layer when
    Tesseract is installed, False never does, True requires it.
    """
    started = time.perf_counter()
    pdf, source = open_pdf(pdf_path)
    try:
        pages: list[_Page] = []
        no_text: list[int] = []
        sideways: list[tuple[int, list[str]]] = []
        for i, page in enumerate(pdf.pages, start=1):
            try:
                has_text = page_has_text(page)
                rotated: list[str] = []
                words = _text_layer_words(page, rotated) if has_text else []
                tables = extract_page_tables(page, i) if has_text and _has_vertical_edges(page) else []
            except Exception as exc:  # a damaged page: report it, keep the others
                raise InputError(f"page {i} cannot be read ({type(exc).__name__}: {exc})",
                                 path=source.path) from None
            pg = _Page(i, float(page.width), float(page.height), words, tables=tables,
                       rules=_horizontal_rules(page) if has_text else [])
            _mark_tables(words, tables)
            if not has_text:
                no_text.append(i)
            sideways.append((i, rotated))
            pages.append(pg)
        # rotated words repeated on most pages are a margin stamp; others are content set sideways
        seen = Counter(w for _, words_ in sideways for w in set(words_))
        stamp = {w for w, n in seen.items() if len(pages) >= 3 and n >= 0.5 * len(pages)}
        problems: list[str] = []
        for n, words_ in sideways:
            left = [w for w in words_ if w not in stamp]
            if len(left) >= TOL.rotated_words_reported:
                problems.append(f"page {n}: {len(left)} words of rotated text (set sideways) are not read")
        fam = load_family(family) if family is not None else None
        ocr_info = _ocr_pages(source.path, pages, no_text, fam, ocr, ocr_dpi, ocr_languages, jobs, problems)
        if not any(pg.words for pg in pages):
            if no_text and len(no_text) == len(pages):
                reason = ocr_info.get("unavailable") or "OCR found no text"
                raise InputError(f"no text layer on any page (a scan?); {reason}", path=source.path)
            raise InputError("no text found on any page", path=source.path)
        if fam is None:
            sample = " ".join(w["text"] for pg in pages[:3] for w in pg.words)
            fam = detect_family(sample)
            if fam.get("_fallback"):
                problems.append(f"no known gazette family matches the first pages (known: "
                                f"{', '.join(list_families())}); split at its headings, every page for review")
        rules = _Rules(fam)
        _running_rows(pages, fam)
        offset = _offset(pages)
        for pg in pages:
            # a scanned page's column gap is seen better in its image than in OCR's word boxes
            pg.gutters = pg.ocr_gutters or _find_gutters(pg.words, pg.width)
        _share_gutters(pages)
        for pg in pages:
            pg.lines = [ln for ln in _layout(pg) if not any(p.search(ln.text.strip()) for p in rules.strip)]
        _column_edges(pages)
        toc_pages = _toc_pages(pages, rules)
        for pg in pages:
            if pg.number in toc_pages:
                pg.role = "toc"
        first = pages[0]
        if first.role != "toc" and _is_cover(first):
            first.role = "cover"
        fuzzy = any(pg.ocr for pg in pages)
        mended: list[dict] = []
        if fuzzy and rules.family.get("item_parser", "cn_document") == "cn_document":
            known = _issue_meta([ln for pg in pages if pg.role in ("cover", "toc") for ln in pg.lines]
                                + [ln for ln in first.lines[:6]], [ln for pg in pages[:4] for ln in pg.running], fam)
            issue_date = parse_any_date(known.get("date")) if known.get("date") else None
            mended = mend_lines(pages, rules, ocr_info.get("reread"), known.get("year"), issue_date)
        content = [ln for pg in pages if pg.role == "content" for ln in pg.lines]
        body = _body_size(content)
        review: list[dict] = []
        strategies = list(fam.get("split", ["toc", "layout"]))
        ctx = SplitContext(content, body, rules, problems,
                           toc_lines=[ln for pg in pages if pg.number in toc_pages for ln in pg.lines],
                           offset=offset, physical_of={pg.printed: pg.number for pg in pages if pg.printed is not None},
                           fuzzy=fuzzy, others=tuple(strategies))
        starts, used = find_starts(strategies, ctx, rules.name)
        # content before the first item: front matter, or an item without a recognisable title
        lead = content[: starts[0].idx] if starts else content
        lead_body = [ln for ln in lead if ln.page != 1 or first.role == "content"]
        lead_body = [ln for ln in lead_body if not _is_masthead(ln, fam) and not rules.section_of(ln.text)]
        if used == "markers" and lead_body:
            problems.append(f"{len(lead_body)} lines before the first item (pages "
                            f"{lead_body[0].page}-{lead_body[-1].page}) are front matter, not an item")
        elif sum(len(_nospace(ln.text)) for ln in lead_body) >= TOL.untitled_chars:
            chars = sum(len(_nospace(ln.text)) for ln in lead_body)
            for page in sorted({ln.page for ln in lead_body}):
                review.append({"page": page, "reason": f"text before the first item without a recognisable "
                                                       f"title ({chars} characters): not in any item"})
            problems.append(f"text before the first item on pages {lead_body[0].page}-{lead_body[-1].page} "
                            "has no recognisable title; its pages are flagged for review")
        items = _build_items(content, starts, offset, body, rules, pages)
        if fam.get("_fallback"):
            review += [{"page": pg.number, "reason": "no known gazette family: split at headings, fields unread"}
                       for pg in pages if pg.role == "content" and not any(r["page"] == pg.number for r in review)]
        rules.learn_prefixes([i.doc_number_parsed["agency_code"] for i in items
                              if i.doc_number_parsed and i.doc_number_parsed.get("year")])
        if fuzzy:
            _titles_from_toc(items, pages)
            _consensus_names(items, pages, rules)
            _mend_signatures(items, rules)
        meta_lines = [ln for pg in pages if pg.role in ("cover", "toc") for ln in pg.lines]
        if first.role == "content":
            cut = starts[0].idx if starts else len(content)
            meta_lines += [ln for ln in content[:cut] if ln.page == 1]
        running = [ln for pg in pages[:4] for ln in pg.running]
        issue = _issue_meta(meta_lines, running, fam)
        if not issue.get("title") or not issue.get("year"):
            more = _issue_meta([ln for pg in pages[:3] for ln in pg.lines[:6]], running, fam)
            issue = {k: issue.get(k) or more.get(k) for k in set(issue) | set(more)}
            issue = {k: issue[k] for k in ("title", "year", "number", "total_number", "date")} | {
                k: v for k, v in issue.items() if k not in ("title", "year", "number", "total_number", "date")}
        if not items:
            problems.append("no items found")
        result = {
            "source": source.as_dict(), "family": rules.name,
            "family_confidence": fam.get("_confidence", 1.0 if family is not None else None), "issue": issue,
            "items": [it.as_dict() for it in items], "problems": problems,
            "pages_without_text": no_text, "printed_page_offset": offset,
            "split_by": used, "pages_for_review": review,
            "pages": [{"page": pg.number, "printed": pg.printed, "role": pg.role,
                       "columns": len(pg.gutters) + 1, "ocr": pg.ocr,
                       "ocr_confidence": round(pg.ocr_confidence, 1) if pg.ocr_confidence is not None else None}
                      for pg in pages],
            "ocr": dict(ocr_info["summary"], mended_lines=mended) if ocr_info.get("summary") else None,
            "seconds": round(time.perf_counter() - started, 3),
        }
        return result
    finally:
        pdf.close()
