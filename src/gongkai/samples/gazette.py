"""Sample gazette issue: 东岳省人民政府公报 2026年第11期 (fictional), with computed ground truth."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from .layout import (
    A4_PORTRAIT,
    RED,
    Flow,
    HeaderCell,
    Page,
    RuledTable,
    TableStyle,
    register_font,
    render,
    tw,
    wrap,
)
from .textdata import load_text

FILE_STEM = "dongyue-gazette-2026-11"

PAGE_W, PAGE_H = A4_PORTRAIT
BODY_SIZE = 12.0
LEADING = 21.0
TEXT_W = 37 * BODY_SIZE  # 37 full-width characters a line
LM = (PAGE_W - TEXT_W) / 2.0
RM = LM + TEXT_W
INDENT = 2 * BODY_SIZE
TITLE_SIZE = 18.0
TITLE_LEADING = 28.0
HEADER_SIZE = 10.5
HEADER_BASELINE = PAGE_H - 50.0
HEADER_RULE_Y = PAGE_H - 56.0
CONTENT_TOP = PAGE_H - 80.0
FOOTER_BASELINE = 36.0
CONTENT_BOTTOM = 64.0
PRINTED_OFFSET = 2  # printed page = physical page - 2 (cover and 目录 come first)
FOOTER_FORMAT = "· {n} ·"

_CN_DIGITS = "〇一二三四五六七八九"


def chinese_date(d: date) -> str:
    """2026-05-20 -> 二〇二六年五月二十日 (the form used in signature blocks)."""

    def small(n: int) -> str:
        if n < 10:
            return _CN_DIGITS[n]
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")

    year = "".join(_CN_DIGITS[int(ch)] for ch in str(d.year))
    return f"{year}年{small(d.month)}月{small(d.day)}日"


def arabic_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


_DOCNO = re.compile(r"^(?P<code>.+?)[〔\[［(（](?P<year>\d{4})[〕\]］)）](?P<serial>\d+)号$")


def parse_doc_number(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    m = _DOCNO.match(text)
    if not m:
        raise ValueError(f"unparseable 文号 in sample text: {text}")
    return {"agency_code": m["code"], "year": int(m["year"]), "serial": int(m["serial"])}


def first_sentence(paragraphs: list[str]) -> str:
    """First sentence of the first body paragraph: up to the first 。！？, else the whole paragraph."""
    first = paragraphs[0]
    m = re.match(r"^.*?[。！？]", first)
    return m.group(0) if m else first


class _GazetteBuilder:
    def __init__(self, spec: dict[str, Any]):
        self.spec = spec
        self.issue = spec["issue"]
        self.issue_date = date.fromisoformat(self.issue["date"])
        self.issue_label = f"{self.issue['year']}年第{self.issue['number']}期"
        self.pages: list[Page] = [Page(PAGE_W, PAGE_H), Page(PAGE_W, PAGE_H)]  # cover, 目录
        self.flow = Flow(self.pages, self._new_content_page, CONTENT_BOTTOM)

    # page furniture --------------------------------------------------------------------------
    def _new_content_page(self) -> tuple[Page, float]:
        page = Page(PAGE_W, PAGE_H)
        self.pages.append(page)
        physical = len(self.pages)
        page.text(LM, HEADER_BASELINE, self.issue["title"], HEADER_SIZE)
        page.text(RM, HEADER_BASELINE, self.issue_label, HEADER_SIZE, align="r")
        page.line(LM, HEADER_RULE_Y, RM, HEADER_RULE_Y, 0.6)
        page.text(PAGE_W / 2, FOOTER_BASELINE, FOOTER_FORMAT.format(n=physical - PRINTED_OFFSET), HEADER_SIZE,
                  align="c")
        return page, CONTENT_TOP

    # text primitives -------------------------------------------------------------------------
    def _lines(self, lines: list[str], x: float, size: float, leading: float, *, align: str = "l",
               justify_width: float | None = None, first_x: float | None = None,
               first_width: float | None = None, bold: bool = False) -> None:
        """Draw lines at the flow cursor, one baseline per ``leading``; breaks pages as needed."""
        for i, ln in enumerate(lines):
            self.flow.need(leading)
            baseline = self.flow.y - leading + (leading - size) / 2.0 + size * 0.12
            lx = first_x if (i == 0 and first_x is not None) else x
            cs = 0.0
            if justify_width is not None and i < len(lines) - 1 and len(ln) > 1:
                avail = (first_width if (i == 0 and first_width is not None) else justify_width)
                slack = avail - tw(ln, size)
                if 0 < slack < 3 * size:
                    cs = slack / (len(ln) - 1)
            self.flow.page.text(lx, baseline, ln, size, align=align, charspace=cs, bold=bold)
            self.flow.y -= leading

    def paragraph(self, text: str, *, indent: bool = True, bold: bool = False) -> None:
        first_w = TEXT_W - INDENT if indent else TEXT_W
        lines = wrap(text, BODY_SIZE, TEXT_W, first_width=first_w)
        self._lines(lines, LM, BODY_SIZE, LEADING, justify_width=TEXT_W,
                    first_x=LM + INDENT if indent else LM, first_width=first_w, bold=bold)

    # an item ---------------------------------------------------------------------------------
    def item(self, item: dict[str, Any], seq: int) -> dict[str, Any]:
        flow = self.flow
        title_lines: list[str] = []
        for ln in item["title_lines"]:
            title_lines.extend(wrap(ln, TITLE_SIZE, TEXT_W))
        # title, 文号 and at least the 主送 line and one body line must fit below the previous item
        head_h = len(title_lines) * TITLE_LEADING + 8 + (LEADING if item.get("doc_number") else 0) + 2.5 * LEADING
        if flow.page is None or not item.get("same_page"):
            if flow.page is None or not flow.at_top:
                flow.break_page()
            flow.y -= 12
        else:
            gap = 1.5 * LEADING
            if flow.room() < gap + head_h:
                flow.break_page()
                flow.y -= 12
            else:
                flow.y -= gap
        page_start = flow.page_no
        starts_mid_page = flow.y < flow.top - 12 - 0.01

        # title, 文号
        self._lines(title_lines, PAGE_W / 2, TITLE_SIZE, TITLE_LEADING, align="c", bold=True)
        flow.y -= 8
        doc_number = item.get("doc_number")
        if doc_number:
            if item.get("doc_number_align", "center") == "right":
                self._lines([doc_number], RM, BODY_SIZE, LEADING, align="r")
            else:
                self._lines([doc_number], PAGE_W / 2, BODY_SIZE, LEADING, align="c")
        flow.y -= LEADING / 2

        recipients = item.get("recipients")
        if recipients:
            self.paragraph(recipients + "：", indent=False)

        body_paras: list[str] = []
        for para in item["body"]:
            if isinstance(para, dict):
                self.paragraph(para["h"], bold=True)
                body_paras.append(para["h"])
            else:
                self.paragraph(para)
                body_paras.append(para)

        # signature block
        issuers: list[str] = list(item.get("issuer") or [])
        signed = date.fromisoformat(item["signed_date"]) if item.get("signed_date") else None
        if issuers or signed:
            date_text = ""
            if signed:
                date_text = chinese_date(signed) if item.get("date_style") == "chinese" else arabic_date(signed)
            block = (2 if issuers and signed else 1) + (1 if item.get("disclosure") else 0)
            flow.y -= LEADING
            flow.need(block * LEADING)
            x_right = RM - 2 * BODY_SIZE
            date_w = tw(date_text, BODY_SIZE) if date_text else 0.0
            if issuers:
                if len(issuers) == 1:
                    centre = x_right - date_w / 2.0 if date_w else x_right - tw(issuers[0], BODY_SIZE) / 2
                    name_w = tw(issuers[0], BODY_SIZE)
                    if centre + name_w / 2 > RM:
                        centre = RM - name_w / 2
                    self._lines([issuers[0]], centre, BODY_SIZE, LEADING, align="c")
                else:
                    # joint issue: the organs side by side on one line, spaced by four characters
                    baseline = flow.y - LEADING + (LEADING - BODY_SIZE) / 2.0 + BODY_SIZE * 0.12
                    x = x_right
                    for name in reversed(issuers):
                        flow.page.text(x, baseline, name, BODY_SIZE, align="r")
                        x -= tw(name, BODY_SIZE) + 4 * BODY_SIZE
                    flow.y -= LEADING
            if date_text:
                self._lines([date_text], x_right, BODY_SIZE, LEADING, align="r")
        disclosure = item.get("disclosure")
        if disclosure:
            self._lines([f"（{disclosure}）"], LM + INDENT, BODY_SIZE, LEADING)
        signature_page = flow.page_no if (issuers or signed or disclosure) else None

        # attachment table on a page of its own
        table_truth = None
        att = item.get("attachment")
        if att:
            flow.break_page()
            flow.y -= 4
            self._lines([att["label"]], LM, 14.0, 24.0, bold=True)
            flow.y -= 4
            self._lines([att["title"]], PAGE_W / 2, 16.0, 28.0, align="c", bold=True)
            flow.y -= 8
            ncol = len(att["columns"])
            header = [HeaderCell(t, 0, i) for i, t in enumerate(att["columns"])]
            widths = [float(w) for w in att["widths"]]
            table = RuledTable(widths, header, 1, att["aligns"],
                               TableStyle(size=10.5, header_size=11.0, pad_x=4.0, pad_y=5.0,
                                          min_row_height=24.0, min_header_row_height=24.0))
            rows = [[str(c) for c in r] for r in att["rows"]]
            assert all(len(r) == ncol for r in rows)
            row_pages = table.flow(flow, LM + (TEXT_W - table.width) / 2.0, rows)
            table_truth = {"header": list(att["columns"]), "rows": rows, "pages": sorted(set(row_pages)),
                           "title": att["title"]}

        cc = item.get("cc")
        if cc:
            flow.y -= LEADING / 2
            cc_lines = wrap("抄送：" + cc, 11.0, TEXT_W - 2 * 11.0)
            flow.need(len(cc_lines) * 20.0 + 8)
            flow.page.line(LM, flow.y, RM, flow.y, 0.6)
            flow.y -= 4
            self._lines(cc_lines, LM + 11.0, 11.0, 20.0)
            flow.page.line(LM, flow.y - 2, RM, flow.y - 2, 0.6)
            flow.y -= 6

        page_end = flow.page_no
        doc_parsed = parse_doc_number(doc_number)
        return {
            "seq": seq,
            "key": item["key"],
            "title": "".join(item["title_lines"]),
            "title_lines": title_lines,
            "category": item["category"],
            "doc_number": doc_number or None,
            "doc_number_parsed": doc_parsed,
            "issuer": issuers,
            "signed_date": signed.isoformat() if signed else None,
            "signed_date_printed": (chinese_date(signed) if item.get("date_style") == "chinese"
                                    else arabic_date(signed)) if signed else None,
            "disclosure": disclosure or None,
            "recipients": recipients or None,
            "cc": cc or None,
            "signature_page": signature_page,
            "page_start": page_start,
            "page_end": page_end,
            "printed_page_start": page_start - PRINTED_OFFSET,
            "printed_page_end": page_end - PRINTED_OFFSET,
            "starts_mid_page": starts_mid_page,
            "has_table": table_truth is not None,
            "table": table_truth,
            "text_first_sentence": first_sentence(body_paras),
            "body_text": "\n".join(body_paras),
        }

    # cover and 目录 ---------------------------------------------------------------------------
    def cover(self) -> None:
        page = self.pages[0]
        iss = self.issue
        page.line(LM - 20, PAGE_H - 110, RM + 20, PAGE_H - 110, 2.5, RED)
        page.text(PAGE_W / 2, PAGE_H - 210, iss["title"], 40.0, align="c", color=RED, bold=True)
        page.text(PAGE_W / 2, PAGE_H - 240, iss["english"], 9.5, align="c", color=RED)
        page.line(LM - 20, PAGE_H - 262, RM + 20, PAGE_H - 262, 2.5, RED)
        page.line(LM - 20, PAGE_H - 267, RM + 20, PAGE_H - 267, 0.8, RED)
        page.text(PAGE_W / 2, PAGE_H - 340, self.issue_label, 24.0, align="c", bold=True)
        page.text(PAGE_W / 2, PAGE_H - 372, f"（总第{iss['total_number']}期）", 15.0, align="c")
        page.text(PAGE_W / 2, 200, f"{iss['sponsor']}主办", 15.0, align="c")
        page.text(PAGE_W / 2, 172, f"{arabic_date(self.issue_date)}出版", 15.0, align="c")
        page.line(LM - 20, 140, RM + 20, 140, 0.8, RED)

    def toc(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        page = self.pages[1]
        size, lead = 12.0, 22.0
        y = PAGE_H - 90
        page.text(PAGE_W / 2 - 22, y, "目", 22.0, align="c", bold=True)
        page.text(PAGE_W / 2 + 22, y, "录", 22.0, align="c", bold=True)
        y -= 26
        page.text(PAGE_W / 2, y, f"{self.issue_label}（总第{self.issue['total_number']}期）", 11.0, align="c")
        y -= 30
        entries = []
        num_w = 3 * tw("0", size) + 6
        for section in self.spec["sections"]:
            sec_items = [it for it in items if it["category"] == section]
            if not sec_items:
                continue
            y -= 6
            page.text(LM, y, section, 14.0, bold=True)
            y -= lead + 2
            for it in sec_items:
                text = it["title"] + (f"（{it['doc_number']}）" if it["doc_number"] else "")
                x_text = LM + 2 * size
                avail = RM - num_w - x_text - 3 * size  # leave room for at least a few leader dots
                lines = wrap(text, size, avail)
                for i, ln in enumerate(lines):
                    x = x_text if i == 0 else x_text + size  # continuation lines hang by one character
                    page.text(x, y, ln, size)
                    if i == len(lines) - 1:
                        end = x + tw(ln, size) + 3
                        n_dots = int((RM - num_w - end) / size)
                        page.text(end, y, "…" * n_dots, size, color=(0.2, 0.2, 0.2))
                        page.text(RM, y, str(it["printed_page_start"]), size, align="r")
                    y -= lead
                entries.append({"category": section, "seq": it["seq"], "text": text,
                                "printed_page": it["printed_page_start"]})
            y -= 4
        if y < CONTENT_BOTTOM:
            raise RuntimeError("目录 does not fit on one page")
        return entries

    def build(self) -> dict[str, Any]:
        items = []
        for seq, item in enumerate(self.spec["items"], start=1):
            if item["category"] not in self.spec["sections"]:
                raise ValueError(f"unknown category {item['category']}")
            items.append(self.item(item, seq))
            if item.get("same_page") and not items[-1]["starts_mid_page"]:
                raise RuntimeError(f"gazette item {item['key']} was meant to start mid-page; shorten the texts")
        self.cover()
        toc = self.toc(items)
        iss = self.issue
        return {
            "issue": {
                "title": iss["title"],
                "year": iss["year"],
                "number": iss["number"],
                "total_number": iss["total_number"],
                "date": iss["date"],
            },
            "pages": len(self.pages),
            "printed_page_offset": PRINTED_OFFSET,
            "cover_page": 1,
            "toc_pages": [2],
            "toc_page_label": None,
            "content_pages": list(range(PRINTED_OFFSET + 1, len(self.pages) + 1)),
            "running_header": {"left": iss["title"], "right": self.issue_label},
            "footer_format": FOOTER_FORMAT,
            "toc": toc,
            "items": items,
            "notes": [
                "Pages are physical and 1-based; printed page = physical - printed_page_offset. The cover "
                "and the 目录 page carry no page number.",
                "title joins the printed title lines without separators; title_lines are the lines as printed.",
                "text_first_sentence: the first body paragraph (after 主送) up to and including the first "
                "。！？, or the whole paragraph when it has none.",
                "starts_mid_page: the item starts on the page where the previous item ends.",
                "signature_page: page holding the issuer/date/disclosure block (an attachment table and the "
                "抄送 line may follow on later pages); null when the item has none.",
                "issuer is [] for an item without a signature block; recipients, cc, disclosure, doc_number "
                "and signed_date are null when not printed.",
            ],
        }


def build_gazette(pdf_path: Path) -> dict[str, Any]:
    """Write the gazette PDF to ``pdf_path`` and return its ground truth."""
    register_font()
    spec = load_text("gazette.yaml")
    builder = _GazetteBuilder(spec)
    truth = builder.build()
    iss = spec["issue"]
    d = date.fromisoformat(iss["date"])
    render(
        builder.pages,
        pdf_path,
        title=f"{iss['title']} {builder.issue_label}",
        author=iss["sponsor"],
        subject="Synthetic sample gazette issue of a fictional province (gongkai test data)",
        pdf_date=f"D:{d:%Y%m%d}090000+08'00'",
    )
    truth["file"] = Path(pdf_path).name
    return truth
