"""Gazette issues (政府公报) split into items, each with its metadata.

The 目录 (table of contents) gives the items and their printed start pages; the page footers
map printed page numbers to physical pages; each item's title is then found on its page, and an
item runs until the next one starts (items start mid-page and span pages). Running headers and
footers are stripped. Without a 目录, title lines are found from the layout (larger, centred).
Metadata (文号, 主送, issuers, 成文日期, disclosure, 抄送) is parsed from the item's own lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..errors import InputError
from .parsers import parse_cn_date, parse_doc_number, to_simplified
from .source import open_pdf, page_has_text
from .tables import extract_page_tables

_FOOTER_NUM_RE = re.compile(r"^[\s\-—–·•・第]*(\d{1,4})[\s\-—–·•・页]*$")
_TOC_ENTRY_RE = re.compile(r"^(?P<title>.+?)[\s\.．·…⋯_\-—]{2,}\s*(?P<page>\d{1,4})$")
_ISSUE_NO_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*第\s*(\d{1,3})\s*[期號号]")
_TOTAL_NO_RE = re.compile(r"总\s*第\s*(\d{1,5})\s*期")
_DISCLOSURE_RE = re.compile(r"[（(]\s*(此件[^）)]{1,20})\s*[）)]")
_ORG_END_RE = re.compile(r"(政府|办公厅|办公室|厅|局|委员会|委|院|部|署|会|中心|办事处|公司|协会|法院|检察院|银行|监管局|工作组|领导小组)$")
_TITLE_END_RE = re.compile(r"(通知|意见|决定|办法|批复|通报|公告|通告|规定|规划|方案|命令|令|细则|函|报告|解读|答记者问|说明|条例|纪要|议案)$")


@dataclass
class Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str


@dataclass
class Item:
    seq: int
    title: str
    category: str | None = None
    doc_number: str | None = None
    doc_number_parsed: dict | None = None
    issuer: list[str] = field(default_factory=list)
    signed_date: str | None = None
    disclosure: str | None = None
    recipients: str | None = None
    cc: str | None = None
    page_start: int = 0
    page_end: int = 0
    printed_page_start: int | None = None
    printed_page_end: int | None = None
    text: str = ""
    tables: list[dict] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _page_lines(page, number: int) -> list[Line]:
    lines = []
    for ln in page.extract_text_lines(strip=True, return_chars=True):
        text = ln["text"].strip()
        if not text:
            continue
        sizes = [c["size"] for c in ln["chars"] if not c["text"].isspace()]
        size = Counter(round(s, 1) for s in sizes).most_common(1)[0][0] if sizes else 0
        lines.append(Line(number, ln["top"], ln["bottom"], ln["x0"], ln["x1"], size, text))
    return lines


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.replace(" ", ""))


def _running_lines(pages: dict[int, list[Line]], heights: dict[int, float]) -> set[tuple[int, int]]:
    """(page, line index) of running headers and footers: repeated text in the page margins."""
    margin_shapes: Counter = Counter()
    for number, lines in pages.items():
        h = heights[number]
        for ln in lines:
            if ln.top < 0.1 * h or ln.bottom > 0.9 * h:
                margin_shapes[_shape(ln.text)] += 1
    repeated = {s for s, n in margin_shapes.items() if n >= max(2, len(pages) // 3)}
    out = set()
    for number, lines in pages.items():
        h = heights[number]
        for i, ln in enumerate(lines):
            in_margin = ln.top < 0.1 * h or ln.bottom > 0.9 * h
            if in_margin and (_shape(ln.text) in repeated or
                              (ln.bottom > 0.9 * h and _FOOTER_NUM_RE.match(ln.text))):
                out.add((number, i))
    return out


def _printed_numbers(pages: dict[int, list[Line]], heights: dict[int, float]) -> dict[int, int]:
    printed = {}
    for number, lines in pages.items():
        h = heights[number]
        for ln in reversed(lines):
            if ln.bottom > 0.88 * h:
                match = _FOOTER_NUM_RE.match(ln.text)
                if match:
                    printed[number] = int(match.group(1))
                    break
    return printed


def _offset(printed: dict[int, int]) -> int | None:
    if not printed:
        return None
    return Counter(phys - num for phys, num in printed.items()).most_common(1)[0][0]


def _norm(text: str) -> str:
    return re.sub(r"[\s　]", "", to_simplified(text))


_TOC_DOCNUM_TAIL_RE = re.compile(r"[（(]([^（()）]*[〔\[［（(]\s*\d{4}\s*[〕\]］）)]\s*\d+\s*[号號])[）)]$")


def parse_toc(lines: list[Line]) -> list[dict]:
    """Entries of a 目录: (title, printed page, section heading); wrapped titles joined.

    Entry lines end in a page number after a dot leader; lines of the same size without a
    number are the first part of a wrapped title; larger short lines are section headings;
    anything else (the issue number under the heading) is not an entry.
    """
    numbered = [ln for ln in lines if _TOC_ENTRY_RE.match(ln.text.strip())]
    if not numbered:
        return []
    entry_size = Counter(round(ln.size, 1) for ln in numbered).most_common(1)[0][0]
    entries: list[dict] = []
    category = None
    pending = ""
    for ln in lines:
        text = ln.text.strip()
        if _norm(text) in ("目录", "目次"):
            continue
        match = _TOC_ENTRY_RE.match(text)
        same_size = abs(ln.size - entry_size) <= 0.6
        if match:
            title = _norm(pending + match.group("title"))
            title = re.sub(r"[\.．·…⋯_\-—]+$", "", title)
            doc = _TOC_DOCNUM_TAIL_RE.search(title)
            entries.append({"title": title[: doc.start()] if doc else title,
                            "doc_number": doc.group(1) if doc else None,
                            "printed_page": int(match.group("page")), "category": category})
            pending = ""
        elif same_size:
            pending += text
        elif ln.size > entry_size + 0.6 and len(_norm(text)) <= 16:
            category = _norm(text)
            pending = ""
    return entries


def _find_toc_page(pages: dict[int, list[Line]]) -> int | None:
    for number in sorted(pages)[:4]:
        if any(_norm(ln.text) in ("目录", "目次") for ln in pages[number][:5]):
            return number
    return None


def _issue_meta(lines: list[Line]) -> dict:
    text = "\n".join(ln.text for ln in lines)
    simple = to_simplified(text)
    title = next((ln.text.replace(" ", "") for ln in lines if "公报" in to_simplified(ln.text)
                  and len(_norm(ln.text)) <= 20), None)
    if title:
        title = re.sub(r"(19|20)\d{2}年.*$", "", title)
    match = _ISSUE_NO_RE.search(simple)
    total = _TOTAL_NO_RE.search(simple)
    date_lines = [ln.text for ln in lines if parse_cn_date(ln.text)
                  and not _ISSUE_NO_RE.search(to_simplified(ln.text))]
    issue_date = parse_cn_date(date_lines[0]) if date_lines else None
    return {"title": title, "year": int(match.group(1)) if match else None,
            "number": int(match.group(2)) if match else None,
            "total_number": int(total.group(1)) if total else None,
            "date": issue_date.isoformat() if issue_date else None}


def _locate_title(title: str, content: list[Line], page: int, after: int) -> int | None:
    """Index in ``content`` of the line where ``title`` starts, on ``page`` (or near it)."""
    target = _norm(title)
    for pages_to_try in ([page], [page - 1, page + 1], [page - 2, page + 2]):
        for idx in range(after, len(content)):
            ln = content[idx]
            if ln.page not in pages_to_try:
                continue
            head = _norm(ln.text)
            if len(head) >= 4 and target.startswith(head[: min(len(head), len(target))]):
                joined = head
                j = idx + 1
                while len(joined) < len(target) and j < len(content) and j < idx + 4:
                    joined += _norm(content[j].text)
                    j += 1
                if joined.startswith(target) or target.startswith(joined[: len(target)]):
                    return idx
    return None


def _layout_titles(content: list[Line]) -> list[tuple[int, str]]:
    """Without a 目录: lines larger than the body text and centred start items."""
    if not content:
        return []
    body = Counter(round(ln.size, 1) for ln in content).most_common(1)[0][0]
    starts = []
    i = 0
    while i < len(content):
        ln = content[i]
        if ln.size >= body * 1.15:
            title = ln.text
            j = i + 1
            while j < len(content) and abs(content[j].size - ln.size) < 0.5 and content[j].page == ln.page:
                title += content[j].text
                j += 1
            if _TITLE_END_RE.search(_norm(title)) or len(_norm(title)) >= 8:
                starts.append((i, title.replace(" ", "")))
            i = j
            continue
        i += 1
    return starts


def _parse_item_lines(item: Item, lines: list[Line], page_width: float) -> None:
    texts = [ln.text.strip() for ln in lines]
    # skip the title lines
    target = _norm(item.title)
    k, joined = 0, ""
    while k < len(texts) and len(joined) < len(target) and target.startswith(joined + _norm(texts[k])[:1]):
        joined += _norm(texts[k])
        k += 1
    body = lines[k:]
    head = [ln.text for ln in body[:3]]
    for text in head:
        parsed = parse_doc_number(text)
        if parsed and len(_norm(text)) <= len(_norm(parsed.raw)) + 4:
            item.doc_number = parsed.raw.replace(" ", "")
            item.doc_number_parsed = parsed.as_dict()
            break
    for ln in body[:5]:
        text = ln.text.strip()
        if text.endswith(("：", ":")) and len(text) <= 120 and not text.startswith(("抄送", "附件")):
            item.recipients = text.rstrip("：:")
            break
    full = "\n".join(ln.text for ln in body)
    simple = to_simplified(full)
    disclosure = _DISCLOSURE_RE.search(simple)
    if disclosure:
        item.disclosure = disclosure.group(1).strip()
    # 抄送: the rest of its line and any continuation lines before the next marker
    for idx, ln in enumerate(body):
        s = to_simplified(ln.text)
        if s.startswith("抄送"):
            cc = re.sub(r"^抄送\s*[:：]\s*", "", s)
            for nxt in body[idx + 1: idx + 3]:
                ns = to_simplified(nxt.text)
                if re.match(r"^(印发|[\u4e00-\u9fff]+办公厅\s*\d{4}年|.*印发$)", ns) or parse_cn_date(ns):
                    break
                if not cc.endswith(("。", "．")):
                    cc += ns
            item.cc = cc.rstrip("。").strip()
            break
    # signature block: a line that is only a date, with organ names right above it
    end = len(body)
    for idx in range(len(body) - 1, -1, -1):
        s = _norm(body[idx].text)
        d = parse_cn_date(s)
        if d and re.fullmatch(r"[\d〇○零一二三四五六七八九十年月日]+", s):
            item.signed_date = d.isoformat()
            issuers = []
            j = idx - 1
            while j >= 0 and len(issuers) < 4:
                cand = body[j].text.strip()
                parts = [p for p in re.split(r"\s+", cand) if p]
                if all(_ORG_END_RE.search(_norm(p)) and len(_norm(p)) <= 30 for p in parts) \
                        and not re.search(r"[。，；：]", cand):
                    issuers = [_norm(p) for p in parts] + issuers
                    j -= 1
                    continue
                break
            item.issuer = issuers
            end = idx
            break
    del end
    item.text = reflow(body)


def reflow(lines: list[Line]) -> str:
    """Lines to paragraphs: a line continues the previous one when that one ran to the right
    margin and this one starts at the left margin (no first-line indent)."""
    if not lines:
        return ""
    left = Counter(round(ln.x0) for ln in lines).most_common(1)[0][0]
    right = max(ln.x1 for ln in lines)
    paragraphs: list[str] = []
    prev = None
    for ln in lines:
        text = ln.text.strip()
        size = ln.size or 10
        continues = (prev is not None and prev.x1 >= right - 1.5 * size
                     and abs(ln.x0 - left) <= 0.6 * size and prev.page <= ln.page)
        if continues:
            paragraphs[-1] += text
        else:
            paragraphs.append(text)
        prev = ln
    return "\n".join(paragraphs)


def split_gazette(pdf_path, *, family: dict | None = None) -> dict:
    """Split a gazette issue into items: ``{"source", "issue", "items", "problems"}``."""
    pdf, source = open_pdf(pdf_path)
    try:
        pages: dict[int, list[Line]] = {}
        heights: dict[int, float] = {}
        widths: dict[int, float] = {}
        no_text = []
        for i, page in enumerate(pdf.pages, start=1):
            heights[i], widths[i] = page.height, page.width
            if not page_has_text(page):
                no_text.append(i)
                pages[i] = []
                continue
            pages[i] = _page_lines(page, i)
        if len(no_text) == len(pdf.pages):
            raise InputError("no text layer on any page (a scan?); OCR is needed", path=source.path)
        running = _running_lines(pages, heights)
        printed = _printed_numbers(pages, heights)
        offset = _offset(printed)
        toc_page = _find_toc_page(pages)
        issue = _issue_meta(pages[1] + (pages.get(2, []) if toc_page != 2 else []))
        if not issue["title"] or not issue["year"]:
            for ln in pages.get(2, [])[:3]:  # the running header names the issue too
                meta = _issue_meta([ln])
                issue = {k: issue[k] or meta[k] for k in issue}
        content: list[Line] = []
        for number in sorted(pages):
            if number == 1 or number == toc_page:
                continue
            content.extend(ln for i, ln in enumerate(pages[number]) if (number, i) not in running)
        problems: list[str] = []
        starts: list[tuple[int, dict]] = []
        if toc_page:
            entries = parse_toc([ln for i, ln in enumerate(pages[toc_page]) if (toc_page, i) not in running])
            after = 0
            for entry in entries:
                physical = entry["printed_page"] + (offset or 0)
                idx = _locate_title(entry["title"], content, physical, after)
                if idx is None:
                    problems.append(f"item {entry['title']!r} (printed page {entry['printed_page']}) "
                                    "not found on its page")
                    continue
                starts.append((idx, entry))
                after = idx + 1
        else:
            problems.append("no 目录 found: items split by layout")
            starts = [(idx, {"title": title, "category": None}) for idx, title in _layout_titles(content)]
        items: list[Item] = []
        for n, (idx, entry) in enumerate(starts):
            stop = starts[n + 1][0] if n + 1 < len(starts) else len(content)
            lines = content[idx:stop]
            item = Item(seq=n + 1, title=_norm(entry["title"]), category=entry.get("category"),
                        page_start=lines[0].page, page_end=lines[-1].page)
            if offset is not None:
                item.printed_page_start = item.page_start - offset
                item.printed_page_end = item.page_end - offset
            _parse_item_lines(item, lines, widths[item.page_start])
            items.append(item)
        # embedded tables: ruled tables on an item's pages, between its first and last line
        for item, (idx, _) in zip(items, starts):
            pass
        _attach_tables(pdf, items, starts, content)
        return {"source": source.as_dict(), "issue": issue,
                "items": [it.as_dict() for it in items], "problems": problems,
                "pages_without_text": no_text, "printed_page_offset": offset}
    finally:
        pdf.close()


def _attach_tables(pdf, items: list[Item], starts, content: list[Line]) -> None:
    bounds = []
    for n, (idx, _) in enumerate(starts):
        stop = starts[n + 1][0] if n + 1 < len(starts) else len(content)
        first, last = content[idx], content[stop - 1]
        bounds.append(((first.page, first.top), (last.page, last.bottom)))
    for page_number in sorted({p for it in items for p in range(it.page_start, it.page_end + 1)}):
        page = pdf.pages[page_number - 1]
        for table in extract_page_tables(page, page_number):
            pos = (page_number, table.bbox[1])
            for item, (lo, hi) in zip(items, bounds):
                if lo <= pos <= hi:
                    item.tables.append({"pages": table.pages, "bbox": list(table.bbox),
                                        "header_rows": table.header_rows, "cells": table.cells,
                                        "title": table.title})
                    break
