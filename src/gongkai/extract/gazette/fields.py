"""An item's metadata from its own lines: 文号, 主送, issuers, signing date, disclosure, 抄送; and the issue record."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layout import TextLine, join_lines
from ..parsers import parse_any_date, parse_cn_date
from .families import _Rules
from .lines import _nospace, _original_span, fold, reflow
from .settings import TOL
from .titles import _doc_number_line, _title_line_count, decree_head, decree_title_at, title_span

_DATE_ONLY_RE = re.compile(r"[\d〇○零OoＯ一二三四五六七八九十年月日]+")


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
    ocr: bool = False
    ocr_confidence: float | None = None
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


_ZEROS = "〇○零OoＯ0"


def _signature_date(text: str):
    """The date of a signature line; OCR slips in a year of numerals are mended (a zero read
    twice, 'O' for 〇) and a year outside 1949-2100 is rejected."""
    s = text
    for z in _ZEROS[1:]:
        if z not in "0":
            s = s.replace(z, "〇")
    year, sep, rest = s.partition("年")
    if sep and not year.isdigit() and len(year) == 5:
        year = re.sub("〇〇", "〇", year, count=1) if len(year.replace("〇〇", "〇", 1)) == 4 else year
        s = year + sep + rest
    d = parse_cn_date(s)
    if d and 1949 <= d.year <= 2100:
        return d
    return None


def _right_side(ln: TextLine) -> bool:
    """A line of a signature block: it ends near its column's right edge and does not start at
    the left edge (not a line of body text)."""
    return (ln.x1 >= ln.col_right - TOL.signature_reach * ln.size
            and ln.x0 > ln.col_left + TOL.signature_indent * ln.size)


def parse_decree(item: Item, lines: list[TextLine], rules: _Rules, body: float, head: dict) -> None:
    """A decree (政府令): the 令 number is its 文号, the government its issuer, the date under the
    signature (省长 + name) its date; a signature without a date leaves the preamble's date (the
    meeting that passed it, 经…常务会议通过)."""
    item.doc_number = head["doc_number"]
    if head["doc_number"]:
        number = re.search(r"第\s*(\d+)", head["doc_number"])
        item.doc_number_parsed = {"agency_code": fold(head["doc_number"][: head["doc_number"].rfind("第")]),
                                  "year": None, "serial": int(number.group(1)) if number else None}
    else:
        item.flags.append("unread_doc_number")
    item.issuer = [head["issuer"]]
    item.extra["decree_number"] = head.get("number")
    end = decree_title_at(lines, 0, body, rules) or len(lines)
    signature = rules.decree.get("signature")
    for idx in range(head.get("lines", 2), end):
        if signature is None or not signature.match(_nospace(fold(lines[idx].text))):
            continue
        for ln in lines[idx + 1: idx + 2]:
            s = _nospace(ln.text)
            d = _signature_date(s) if len(s) <= TOL.date_line_chars and _DATE_ONLY_RE.fullmatch(s) else None
            if d:
                item.signed_date = d.isoformat()
        break
    if item.signed_date is None:
        preamble = "".join(_nospace(ln.text) for ln in lines[head.get("lines", 2):end])
        marker = rules.decree.get("preamble")
        cut = marker.search(fold(preamble)) if marker else None
        d = parse_cn_date(preamble[: cut.start()] if cut else preamble)
        if d:
            item.signed_date = d.isoformat()
            item.flags.append("date_from_preamble")
    item.text = reflow(lines[2:])


def parse_cn_item(item: Item, lines: list[TextLine], rules: _Rules, body: float) -> None:
    """Metadata of a Chinese official document from its lines (title first)."""
    head = item.extra.pop("decree", None) or decree_head(lines, 0, rules)
    if head:
        parse_decree(item, lines, rules, body, head)
        return
    lead, k = title_span(lines, item.title, body, rules)
    rest = lines[k:]
    # 文号: a line of its own among the first lines under the title (or right over it)
    for ln in rest[:3] + lines[:lead]:
        parsed = _doc_number_line(ln.text, rules)
        if parsed:
            item.doc_number = _nospace(parsed.raw)
            item.doc_number_parsed = parsed.as_dict()
            break
    # 主送: flush-left lines under the title ending in a colon
    start = 0
    while start < min(len(rest), 3) and (_doc_number_line(rest[start].text, rules) or rest[start].size >= TOL.title_size * body):
        start += 1
    block: list[str] = []
    for ln in rest[start:start + 3]:
        text = ln.text.strip()
        flush = ln.x0 <= ln.col_left + TOL.flush_left * ln.size
        if not block and not flush:
            break
        if "。" in text or text.startswith(("抄送", "附件")) or rules.cc_label.match(_nospace(fold(text))):
            break
        block.append(text)
        if text.endswith(("：", ":")):
            item.recipients = join_lines(block).rstrip("：:").strip()
            break
    body_lines = [ln for ln in rest if not ln.in_table]
    # signature block: a line that is only a date, with organ names right above it. The first
    # such block is the document's own: what follows it (an annex, a forwarded text with its
    # own signature, the 版记 with the 印发 date) is not; without organs over any date line, the
    # last date line is taken (a document signed by date alone)
    # A date line with the disclosure line right under it closes the document's own block too
    # (the disclosure is printed under the document's own date, never under a forwarded text's
    # or an annex's): on a scan whose organ line came out damaged, the block is still its own.
    signatures = []
    for idx, ln in enumerate(body_lines):
        s = _nospace(ln.text)
        if len(s) > TOL.date_line_chars or not _DATE_ONLY_RE.fullmatch(s):
            continue
        d = _signature_date(s)
        if not d:
            continue
        issuers: list[str] = []
        j = idx - 1
        while j >= 0 and len(issuers) < 6:
            cand = body_lines[j]
            text = cand.text.strip()
            parts = [p for p in re.split(r"\s+", text) if p]
            if parts and _right_side(cand) and all(rules.is_organ(p) for p in parts) and not re.search(r"[。，；：,;:]", text):
                issuers = parts + issuers
                j -= 1
                continue
            break
        signatures.append((d, issuers))
        if issuers:
            break
        disclosed = any(p.search(fold(_nospace(nxt.text))) for nxt in body_lines[idx + 1: idx + 3]
                        for p in rules.disclosure)
        if disclosed:
            above = body_lines[idx - 1] if idx > 0 else None
            if above is not None and above.conf is not None and _right_side(above) \
                    and not re.search(r"[。，；：,;:]", above.text):
                # OCR damaged the organs' line: kept as read, for the issue's names to mend
                item.extra["signature_as_read"] = [p for p in re.split(r"\s+", above.text.strip()) if p]
            break
    if signatures:
        d, issuers = signatures[-1]
        item.signed_date = d.isoformat()
        item.issuer = issuers
    elif rules.dated_title and rest:
        # a list (任免名单) dated in brackets under its title, issued by the organ its title opens with
        m = rules.dated_title.match(_nospace(rest[0].text))
        d = parse_cn_date(m.group("date")) if m else None
        if d:
            item.signed_date = d.isoformat()
            organ = _title_organ(item.title, rules)
            item.issuer = [organ] if organ else []
    original = "\n".join(ln.text for ln in rest)
    simple = fold(original)
    for pattern in rules.disclosure:
        match = pattern.search(simple)
        if match:
            item.disclosure = _nospace(_original_span(original, match)).strip()
            break
    # 抄送: the rest of its line and the lines after it, up to the 印发 line
    for idx, ln in enumerate(rest):
        s = _nospace(fold(ln.text))
        m = rules.cc_label.match(s)
        if not m:
            continue
        raw = _nospace(ln.text)
        cc = raw[m.end():]
        for nxt in rest[idx + 1: idx + 4]:
            ns = _nospace(fold(nxt.text))
            if rules.cc_end.search(ns) or parse_cn_date(ns) or cc.endswith(("。", "．")):
                break
            cc += _nospace(nxt.text)
        item.cc = cc.rstrip("。．").strip()
        break
    item.text = reflow(rest)


def _title_organ(title: str, rules: _Rules) -> str | None:
    """The issuing organ a title opens with (东岳省人民政府任免… -> 东岳省人民政府): the
    longest opening before any 关于 that ends like an organ."""
    head = re.split(r"关于|關於|關于", title, maxsplit=1)[0]
    found = [head[:end] for end in range(2, min(len(head), 30) + 1) if rules.is_organ(head[:end])]
    return found[-1] if found else None


def _label_value(lines: list[TextLine], idx: int, label_re: re.Pattern, labels_re: re.Pattern) -> str:
    first = label_re.sub("", lines[idx].text, count=1).strip()
    parts = [first]
    for ln in lines[idx + 1: idx + 5]:
        if labels_re.match(ln.text):
            break
        parts.append(ln.text)
        if ln.text.rstrip().endswith("."):
            break
    return join_lines(parts).strip()


def parse_labelled_item(item: Item, lines: list[TextLine], rules: _Rules, body: float) -> None:
    """Metadata of a document written as labelled parts (AGENCY:, ACTION:, ...)."""
    spec = rules.family.get("labelled", {})
    labels = spec.get("labels", [])
    labels_re = re.compile(r"^(" + "|".join(map(re.escape, labels)) + r")\s*:") if labels else re.compile(r"^$^")
    head = lines[:20]
    stop = re.compile(spec.get("issuers_stop", r"^$^"))
    issuers = []
    for ln in head[:6]:
        if stop.search(ln.text):
            break
        issuers.append(ln.text.strip())
    item.issuer = issuers
    after = re.compile(spec.get("title_after", r"^$^"))
    before = re.compile(spec.get("title_before", r"^$^"))
    end = next((i for i, ln in enumerate(head) if before.search(ln.text)), None)
    if end is not None:
        begin = max((i for i, ln in enumerate(head[:end]) if after.search(ln.text)), default=-1)
        # a bracketed line wraps: skip its continuation
        while begin + 1 < end and "[" in head[begin].text and "]" not in head[begin].text:
            begin += 1
        title_lines = [ln.text for ln in head[begin + 1:end]]
        if title_lines:
            item.title = join_lines(title_lines)
    for name, field_spec in spec.get("fields", {}).items():
        if "label" in field_spec:
            label_re = re.compile(r"^" + re.escape(field_spec["label"]) + r"\s*:")
            for i, ln in enumerate(lines[:40]):
                if label_re.match(ln.text):
                    item.extra[name] = _label_value(lines, i, label_re, labels_re)
                    break
        elif "pattern" in field_spec:
            pattern = re.compile(field_spec["pattern"])
            for ln in lines[:40]:
                m = pattern.search(ln.text)
                if m:
                    item.extra[name] = m.group("value").strip()
                    break
    text = " ".join(ln.text for ln in lines)
    if spec.get("signed_date"):
        found = None
        for m in re.finditer(spec["signed_date"], text):
            found = m.group("value") or m.groupdict().get("value2")
        d = parse_any_date(found) if found else None
        item.signed_date = d.isoformat() if d else None
    item.text = reflow(lines)


def parse_generic_item(item: Item, lines: list[TextLine], rules: _Rules, body: float) -> None:
    """A family without field rules: the heading is the title, the rest the text; the fields
    stay null (the family's ``expected_fields`` flag them)."""
    item.text = reflow(lines[_title_line_count(lines, item.title, body):])


def family_date(text: str | None, family: dict):
    """A date as the family writes it: with ``dates.patterns`` (named groups day, month, year)
    and ``dates.months`` (month names, lower case, to numbers) for a language the shared
    parsers do not know (26 de Outubro de 2020); else the shared parsers."""
    import datetime as dt

    if not text:
        return None
    spec = family.get("dates") or {}
    if spec.get("patterns"):
        for m in (m for pattern in spec["patterns"] for m in re.finditer(pattern, text, flags=re.I)):
            month = m.group("month")
            month = int(month) if month.isdigit() else (spec.get("months") or {}).get(month.lower())
            try:
                return dt.date(int(m.group("year")), int(month), int(m.group("day"))) if month else None
            except ValueError:
                continue
        return None
    return parse_any_date(text)


def parse_pattern_item(item: Item, lines: list[TextLine], rules: _Rules, body: float) -> None:
    """Fields by the family's patterns (``fields``: name -> {pattern, lines, last}): the first
    match in the item's first ``lines`` lines (all lines when not given), or the last match
    with ``last``; ``signed_date`` is parsed as a date (:func:`family_date`), ``title`` replaces
    the item's title. A family ``schedule`` adds its column records (``extra.schedule``) and the
    offices the item names (``extra.offices``)."""
    from .schedules import read_schedules

    fam = rules.family
    for name, spec in (fam.get("fields") or {}).items():
        pattern = re.compile(spec["pattern"])
        scope = lines[: int(spec["lines"])] if spec.get("lines") else lines
        found = None
        for ln in scope:
            m = pattern.search(ln.text.strip())
            if m:
                found = m.group("value").strip()
                if not spec.get("last"):
                    break
        if found is None:
            continue
        if name == "signed_date":
            d = family_date(found, fam)
            item.signed_date = d.isoformat() if d else None
        elif name == "issuer":
            item.issuer = [found]
        elif name == "title":
            item.title = found
        elif name == "doc_number":
            item.doc_number = found
        else:
            item.extra[name] = found
    if fam.get("schedule"):
        records, offices = read_schedules(lines, fam["schedule"])
        if records:
            item.extra["schedule"] = records
        if offices:
            item.extra["offices"] = offices
    item.text = reflow(lines)


ITEM_PARSERS = {"cn_document": parse_cn_item, "labelled": parse_labelled_item, "generic": parse_generic_item,
                "pattern": parse_pattern_item}


def flag_unread(item: Item, expected: list[str]) -> None:
    """Each field the family expects that was not read: null, and flagged ``unread_<field>``."""
    for name in expected:
        if not getattr(item, name, None) and f"unread_{name}" not in item.flags:
            item.flags.append(f"unread_{name}")


def _issue_meta(lines: list[TextLine], running: list[TextLine], family: dict) -> dict:
    spec = family.get("issue", {})
    issue: dict = {"title": None, "year": None, "number": None, "total_number": None, "date": None}
    if "header" in spec:
        pattern = re.compile(spec["header"])
        for ln in running + lines:
            m = pattern.search(ln.text)
            if not m:
                continue
            groups = m.groupdict()
            d = parse_any_date(groups.pop("date", None))
            issue["date"] = d.isoformat() if d else None
            issue["year"] = d.year if d else None
            for key, value in groups.items():
                if value is not None:
                    issue[key] = int(value) if value.isdigit() else value
            break
        return issue
    title_re = re.compile(spec.get("title", r"^(?P<title>\S{2,16}公报)"))
    number_re = re.compile(spec.get("number", r"(?P<year>(?:19|20)\d{2})年第(?P<number>\d{1,3})[期号]"))
    total_re = re.compile(spec.get("total", r"总第(?P<total_number>\d{1,5})期"))
    for ln in lines + running:
        raw = _nospace(ln.text)
        if len(raw) > 24:
            continue
        m = title_re.search(fold(raw))
        if m:
            issue["title"] = raw[m.start("title"):m.end("title")]
            break
    for ln in lines + running:
        s = _nospace(fold(ln.text))
        if issue["number"] is None:
            m = number_re.search(s)
            if m:
                issue["year"], issue["number"] = int(m.group("year")), int(m.group("number"))
        if issue["total_number"] is None:
            m = total_re.search(s)
            if m:
                issue["total_number"] = int(m.group("total_number"))
    for ln in lines:
        s = _nospace(fold(ln.text))
        if number_re.search(s) or len(s) > 30:
            continue
        d = parse_cn_date(s)
        if d:
            issue["date"] = d.isoformat()
            break
    return issue
