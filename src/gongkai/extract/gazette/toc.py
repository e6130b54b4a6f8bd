"""The 目录: its pages and its entries."""

from __future__ import annotations

import re
from collections import Counter

from ..layout import TextLine
from .families import DEFAULT_FAMILY, _Rules, load_family
from .lines import _body_size, _norm, _nospace
from .pages import _Page

_TOC_ENTRY_RE = re.compile(r"^(?P<title>.+?)[\s\.．·…⋯_\-—一。,，:：]{2,}\s*(?P<page>\d{1,4})$")


_TOC_DOCNUM_TAIL_RE = re.compile(r"[（(〈《【\[]([^（()）〈《]*[〔\[［（(【]\s*\d{4}\s*[〕\]］）)】]+\s*\d+\s*[号號])[）)〉》】\]]?$"
                                 # a decree's entry: 某某办法（省政府令第318号）
                                 r"|[（(]([^（()）]*令\s*第\s*\d+\s*[号號])[）)]$")


_TOC_JUNK_TAIL = re.compile(r"[\s\.．·…⋯_\-—一。,，:：;；'\"“”‘’a-zA-Z]+$")


def _toc_entry(text: str, page: int | None, category: str | None) -> dict:
    title = _nospace(text)
    match = _TOC_ENTRY_RE.match(title) if page is None else None
    if match:
        title, page = match.group("title"), int(match.group("page"))
    title = _TOC_JUNK_TAIL.sub("", title)
    doc = _TOC_DOCNUM_TAIL_RE.search(title)
    return {"title": title[: doc.start()] if doc else title,
            "doc_number": (doc.group(1) or doc.group(2)) if doc else None,
            "printed_page": page, "category": category}


def parse_toc(lines: list[TextLine], rules: _Rules | None = None) -> list[dict]:
    """Entries of a 目录: (title, printed page, section heading); wrapped titles joined.

    Entry lines end in a page number after a dot leader; lines of the same size without a
    number are the first part of a wrapped title; larger short lines (or the family's section
    names) are section headings; the issue number under the heading is not an entry. When most
    page numbers cannot be read (OCR loses dot leaders and the numbers after them), entries are
    told apart by their indent instead (wrapped lines hang deeper) and keep no page number.
    """
    rules = rules or _Rules(load_family(DEFAULT_FAMILY))
    cand = []
    for ln in lines:
        n = _norm(ln.text)
        if not n or n in rules.toc_headings or (re.search(r"(?:19|20)\d{2}年第\d{1,3}期", n) and len(n) <= 30):
            continue
        cand.append(ln)
    numbered = [ln for ln in cand if _TOC_ENTRY_RE.match(ln.text.strip())]
    if numbered:
        entry_size = Counter(round(ln.size, 1) for ln in numbered).most_common(1)[0][0]
    elif cand:
        entry_size = _body_size(cand)
    else:
        return []

    def heading(ln: TextLine) -> str | None:
        text = ln.text.strip()
        if _TOC_ENTRY_RE.match(text):
            return None
        if rules.section_of(text):
            return _nospace(re.sub(r"^[【\[［〔]|[】\]］〕]$", "", text))
        if ln.size > entry_size * 1.08 and len(_norm(text)) <= 16:
            return _nospace(text)
        return None

    body = [ln for ln in cand if heading(ln) is None]
    if not body:
        return []
    tol = 0.5 * entry_size
    xs = sorted(ln.x0 for ln in body)
    base = next((x for x in xs if sum(1 for u in xs if abs(u - x) <= tol) >= 2), xs[0])
    starts = [ln for ln in body if ln.x0 <= base + tol]
    by_number = len(numbered) >= 0.8 * len(starts) or len(starts) == len(body)
    entries: list[dict] = []
    category = None
    pending: list[str] = []
    for ln in cand:
        text = ln.text.strip()
        head = heading(ln)
        if head:
            if pending and not by_number:
                entries.append(_toc_entry("".join(pending), None, category))
            category, pending = head, []
            continue
        match = _TOC_ENTRY_RE.match(text)
        if by_number:
            if match:
                entries.append(_toc_entry("".join(pending) + match.group("title"),
                                          int(match.group("page")), category))
                pending = []
            elif abs(ln.size - entry_size) <= max(0.6, 0.1 * entry_size):
                pending.append(text)
            continue
        if ln.x0 <= base + tol and pending:
            entries.append(_toc_entry("".join(pending), None, category))
            pending = []
        if match:
            entries.append(_toc_entry("".join(pending) + match.group("title"), int(match.group("page")), category))
            pending = []
        else:
            pending.append(text)
    if pending and not by_number:
        entries.append(_toc_entry("".join(pending), None, category))
    return [e for e in entries if len(_norm(e["title"])) >= 4]


def _toc_pages(pages: list[_Page], rules: _Rules) -> list[int]:
    found = []
    for pg in pages[:5]:
        if any(_norm(ln.text) in rules.toc_headings for ln in pg.lines[:12]):
            found.append(pg.number)
            break
    if not found:
        return []
    # the 目录 may run on: following pages made mostly of entries
    for pg in pages:
        if pg.number <= found[-1]:
            continue
        if pg.number != found[-1] + 1:
            break
        entries = sum(1 for ln in pg.lines if _TOC_ENTRY_RE.match(ln.text.strip()))
        if pg.lines and entries >= 0.4 * len(pg.lines) and entries >= 3:
            found.append(pg.number)
        else:
            break
    return found
