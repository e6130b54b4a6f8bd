"""Item titles: a 文号 line, title blocks, and finding a 目录 title in the body."""

from __future__ import annotations

import re

from ..layout import TextLine, join_lines
from ..parsers import parse_doc_number
from .families import _Rules
from .lines import _is_centred, _norm, _nospace, _similar
from .settings import TOL

_DOUBLED_BRACKETS = re.compile(r"([〔\[［（(【])[〔\[［（(【]+|([〕\]］）)】])[〕\]］）)】]+")


def _doc_number_line(text: str, rules: _Rules):
    """The 文号 of a line that holds only a 文号 (brackets around it allowed), taken whole."""
    text = _DOUBLED_BRACKETS.sub(lambda m: m.group(1) or m.group(2), text)  # OCR: 〔【2026〕
    parsed = parse_doc_number(text, rules.prefixes, trim=False)
    if parsed and len(_nospace(text)) <= len(_nospace(parsed.raw)) + 4:
        return parsed
    return None


def decree_head(lines: list[TextLine], idx: int, rules: _Rules) -> dict | None:
    """A decree's head at ``lines[idx]``: its heading (某省人民政府令) and number line (第N号).
    Returns the issuer, the number line's text and the 令 number as printed (heading + number)."""
    spec = rules.decree
    if not spec or idx + 1 >= len(lines):
        return None
    number = spec["number"].match(_norm(lines[idx + 1].text))
    if not number:
        # OCR may lose the short number line: the promulgation sentence follows the heading
        following = "".join(_norm(ln.text) for ln in lines[idx + 1: idx + 4])
        if lines[idx].conf is None or not spec.get("preamble") or not spec["preamble"].search(following):
            return None
    text = _nospace(lines[idx].text)
    heading = spec["heading"].match(_norm(lines[idx].text))
    if heading:
        issuer = text[: heading.end("issuer")]
    elif lines[idx].conf is not None and _norm(text).endswith("令") and 5 <= len(text) <= 26 \
            and lines[idx].size > 1.2 * lines[idx + 1].size:
        # OCR: a large line ending in 令 over a 第N号 line, its organ misread; the issue's own
        # reading of the organ mends it later (ocr_glue)
        issuer = text[:-1]
    else:
        return None
    if not number:  # the number unread: the 文号 stays null (flagged), never guessed
        return {"issuer": issuer, "doc_number": None, "number": None, "lines": 1}
    return {"issuer": issuer, "doc_number": text + _nospace(lines[idx + 1].text),
            "number": _nospace(lines[idx + 1].text), "lines": 2}


def decree_title_at(lines: list[TextLine], idx: int, body: float, rules: _Rules, window: int = 14) -> int | None:
    """Index of the 规章 title a decree head at ``idx`` promulgates: the first large centred
    line after the head (the promulgation sentence and the signature come between)."""
    for k in range(idx + 2, min(len(lines), idx + 2 + window)):
        ln = lines[k]
        if ln.size >= TOL.title_size * body and not ln.in_table and _is_centred(ln) and len(_norm(ln.text)) >= 4:
            return k
    return None


def doc_number_above(lines: list[TextLine], idx: int, rules: _Rules) -> int:
    """How many lines right above the title at ``idx`` print its 文号 (0 or 1): the house
    style that sets the 文号 over the title, on the same page and column."""
    if idx == 0:
        return 0
    prev, ln = lines[idx - 1], lines[idx]
    if prev.page != ln.page or prev.col != ln.col or ln.top - prev.bottom > TOL.title_leading * ln.size * 1.5:
        return 0
    return 1 if _doc_number_line(prev.text, rules) else 0


def _title_block(content: list[TextLine], idx: int, body: float) -> int:
    """Number of lines, from ``idx``, that form one title: consecutive, same page and column,
    the same (large) size, vertically close."""
    first = content[idx]
    n = 1
    while idx + n < len(content):
        nxt, prev = content[idx + n], content[idx + n - 1]
        if (nxt.page != first.page or nxt.col != first.col or abs(nxt.size - first.size) > TOL.title_size_spread * first.size
                or nxt.top - prev.bottom > TOL.title_leading * first.size or nxt.top < prev.top):
            break
        n += 1
    return n


def _is_item_title(content: list[TextLine], idx: int, body: float, rules: _Rules, strict: bool) -> int:
    """Lines in the item title starting at ``idx`` (0 when it is no item title)."""
    ln = content[idx]
    if ln.in_table or ln.size < TOL.title_size * body:
        return 0
    prev = content[idx - 1] if idx > 0 else None
    if prev is not None and prev.size >= TOL.title_size * body and prev.page == ln.page and prev.col == ln.col \
            and ln.top - prev.bottom < TOL.title_leading * ln.size and abs(prev.size - ln.size) <= TOL.title_size_spread * ln.size \
            and not rules.section_of(prev.text):
        return 0  # not the first line of its block
    n = _title_block(content, idx, body)
    title = _norm(join_lines([content[k].text for k in range(idx, idx + n)]))
    if len(title) < 4 or rules.section_of(title) or len(title) > 120:
        return 0
    # an attachment's title follows its label (附件 / 附件1)
    for back in range(1, 3):
        if idx - back >= 0 and rules.attachment.match(_norm(content[idx - back].text)):
            return 0
    if not all(_is_centred(content[k]) for k in range(idx, idx + n)):
        return 0
    after = [content[k] for k in range(idx + n, min(len(content), idx + n + 3))]
    followed = any(_doc_number_line(a.text, rules) for a in after[:2]) or any(
        a.text.rstrip().endswith(("：", ":")) and a.size < TOL.title_size * body for a in after[:3])
    ends = bool(rules.title_end and rules.title_end.search(title))
    if strict:
        return n if ends and followed else 0
    return n if (ends or followed) else 0


def _locate_title(title: str, content: list[TextLine], page: int | None, after: int, body: float,
                  fuzzy: bool) -> int | None:
    """Index in ``content`` of the line where ``title`` starts, on ``page`` (or near it)."""
    target = _norm(title)
    if not target:
        return None
    threshold = 0.72 if fuzzy else 0.97
    windows = [None] if page is None else [[page], [page - 1, page + 1], [page - 2, page + 2]]
    for pages_to_try in windows:
        best: tuple[float, int] | None = None
        for idx in range(after, len(content)):
            ln = content[idx]
            if (pages_to_try is not None and ln.page not in pages_to_try) or ln.in_table:
                continue
            head = _norm(ln.text)
            if len(head) < 2:
                continue
            if not fuzzy and not target.startswith(head[: min(len(head), len(target))]):
                continue
            joined = head
            j = idx + 1
            while len(joined) < len(target) and j < len(content) and j < idx + 4 and content[j].page == ln.page:
                joined += _norm(content[j].text)
                j += 1
            if not fuzzy:
                if joined.startswith(target) or target.startswith(joined[: len(target)]):
                    score = 1.0
                else:
                    continue
            else:
                if _similar(head[:2], target[:2]) == 0 and _similar(head[:6], target[:6]) < 0.5:
                    continue
                score = _similar(joined[: len(target)], target)
            if ln.size >= TOL.title_size * body:
                score += 0.05
            if best is None or score > best[0]:
                best = (score, idx)
        if best and best[0] >= threshold:
            return best[1]
    return None


def _title_line_count(lines: list[TextLine], title: str, body: float) -> int:
    """How many of the item's first lines print its title."""
    if lines and lines[0].size >= TOL.title_size * body:
        n = 1
        while n < len(lines) and lines[n].page == lines[0].page and abs(lines[n].size - lines[0].size) <= TOL.title_size_spread * lines[0].size \
                and lines[n].top >= lines[n - 1].top and lines[n].top - lines[n - 1].bottom < TOL.title_leading * lines[0].size:
            n += 1
        return n
    target = _norm(title)
    k, joined = 0, ""
    while k < len(lines) and len(joined) < len(target) and target.startswith(joined + _norm(lines[k].text)[:1]):
        joined += _norm(lines[k].text)
        k += 1
    return k


def title_span(lines: list[TextLine], title: str, body: float, rules: _Rules) -> tuple[int, int]:
    """(first, end) of the lines printing an item's title: a 文号 set over the title comes first
    and is skipped."""
    lead = 0
    if len(lines) > 1 and lines[0].size < TOL.title_size * body and _doc_number_line(lines[0].text, rules):
        lead = 1
    return lead, lead + _title_line_count(lines[lead:], title, body)
