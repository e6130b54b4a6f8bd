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
from gongkai.extract.parsers import format_cn_date_numerals

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

def chinese_date(d: date) -> str:
    """2026-05-20 -> 二〇二六年五月二十日 (the form used in signature blocks)."""
    return format_cn_date_numerals(d)


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


# =============================================================================================
# Benchmark issues: varied layouts (with and without 目录, one and two columns, traditional
# script, offset and continuous page numbers, Chinese-numeral dates, 文号 bracket variants,
# joint issuers, embedded tables, attachments, image-only scans), each with its ground truth.
# The default sample above stays as it is; these are written by build_issue().
# =============================================================================================

import io  # noqa: E402
import random  # noqa: E402

from .layout import Flow as _Flow  # noqa: E402

ISSUE_TEXTS = "gazette-issues.yaml"

# One dict per issue. kinds: the items in order (base kind, then +options):
#   gov_notice, gov_decision, gov_notice_public (通告: no 主送), gov_reply, office_opinion,
#   office_report, office_measures (印发 a 办法 printed as an attachment), dept_notice,
#   dept_joint2, dept_joint3, appointment, interpretation;
#   +table (task table on a page of its own), +fund (fund table over two pages), +nodoc,
#   +cc, +stacked (joint issuers one per line), +doc (a 文号 on an appointment)
ISSUE_LAYOUTS: list[dict[str, Any]] = [
    dict(stem="dongyue-gazette-2026-12", number=12, total=312, date="2026-06-25", toc=True, front="cover",
         columns=1, script="simplified", printed_start=1, footer="· {n} ·", footer_pos="center",
         header="split", body=12.0, title=18.0, doc_align="center", date_style="arabic",
         brackets=["〔〕"], same_page=0.5, title_split="org",
         kinds=["gov_notice+cc", "gov_reply+cc", "office_opinion+table", "dept_joint2", "dept_notice",
                "appointment", "interpretation"]),
    dict(stem="dongyue-gazette-2026-13", number=13, total=313, date="2026-07-10", toc=False, front="masthead",
         columns=1, script="simplified", printed_start=1, footer="— {n} —", footer_pos="center",
         header="center", body=12.0, title=18.0, doc_align="center", date_style="mixed",
         brackets=["〔〕", "[]"], same_page=0.7, title_split="wrap", banners=True,
         kinds=["gov_decision", "gov_notice_public", "office_report+cc", "dept_notice", "dept_joint2",
                "appointment"]),
    dict(stem="dongyue-gazette-2026-14", number=14, total=314, date="2026-07-25", toc=True, front="cover",
         columns=2, script="simplified", printed_start=233, footer="{n}", footer_pos="outer",
         header="split", body=10.5, title=15.0, doc_align="center", date_style="arabic",
         brackets=["〔〕", "［］"], same_page=1.0, title_split="wrap",
         kinds=["gov_notice", "gov_reply", "office_opinion", "dept_notice", "dept_joint3+stacked",
                "dept_notice", "appointment", "interpretation"]),
    dict(stem="dongyue-gazette-2026-15", number=15, total=315, date="2026-08-10", toc=False, front="cover",
         columns=2, script="simplified", printed_start=1, footer="第{n}页", footer_pos="center",
         header="alternate", body=10.5, title=15.0, doc_align="center", date_style="chinese",
         brackets=["〔〕", "（）"], same_page=1.0, title_split="wrap",
         kinds=["gov_notice", "gov_notice_public", "office_report", "dept_joint2+stacked", "dept_notice",
                "appointment"]),
    dict(stem="dongyue-gazette-2026-16", number=16, total=316, date="2026-08-25", toc=True, front="cover",
         columns=1, script="traditional", printed_start=1, footer="· {n} ·", footer_pos="center",
         header="split", body=12.0, title=18.0, doc_align="center", date_style="mixed",
         brackets=["〔〕", "[]"], same_page=0.5, title_split="org",
         kinds=["gov_notice+cc", "gov_reply", "office_opinion+table", "dept_joint2", "appointment",
                "interpretation"]),
    dict(stem="dongyue-gazette-2026-17", number=17, total=317, date="2026-09-10", toc=False, front="masthead",
         columns=2, script="traditional", printed_start=1, footer="- {n} -", footer_pos="center",
         header="center", body=10.5, title=15.0, doc_align="center", date_style="chinese",
         brackets=["〔〕"], same_page=1.0, title_split="wrap", banners=True,
         kinds=["gov_decision", "gov_notice", "office_report", "dept_notice", "dept_joint2+stacked",
                "appointment"]),
    dict(stem="dongyue-gazette-2026-18", number=18, total=318, date="2026-09-25", toc=True, front="cover",
         columns=1, script="simplified", printed_start=1, footer="· {n} ·", footer_pos="outer",
         header="split", body=11.0, title=16.0, doc_align="right", date_style="arabic",
         brackets=["〔〕", "[]", "［］", "（）"], same_page=0.9, title_split="wrap", short=True,
         kinds=["gov_notice", "gov_reply", "gov_reply", "gov_decision", "office_report", "office_opinion",
                "dept_notice", "dept_notice", "dept_joint2", "dept_notice", "dept_joint3", "dept_notice",
                "appointment+doc", "appointment", "interpretation"]),
    dict(stem="dongyue-gazette-2026-19", number=19, total=319, date="2026-10-10", toc=True, front="cover_toc",
         columns=1, script="simplified", printed_start=1, footer="— {n} —", footer_pos="center",
         header="split", body=12.0, title=18.0, doc_align="center", date_style="mixed",
         brackets=["〔〕", "[]", "［］", "（）"], same_page=0.4, title_split="org",
         kinds=["office_measures+cc", "dept_joint3+fund", "dept_joint2+stacked", "gov_notice_public",
                "office_measures", "dept_notice+table"]),
    dict(stem="dongyue-gazette-2026-20", number=20, total=320, date="2026-10-25", toc=False, front="cover",
         columns=1, script="simplified", printed_start=1, footer="{n}", footer_pos="outer",
         header="alternate", body=11.0, title=16.0, doc_align="right", date_style="chinese",
         brackets=["〔〕", "（）", "［］"], same_page=0.8, title_split="org",
         kinds=["gov_notice", "office_measures", "dept_joint2", "dept_notice+table", "gov_reply",
                "appointment", "interpretation"]),
    dict(stem="dongyue-gazette-2026-21", number=21, total=321, date="2026-11-10", toc=True, front="cover",
         columns=1, script="simplified", printed_start=301, footer=None, footer_pos="center",
         header="numbered", header_number="· {n} ·", body=12.0, title=20.0, doc_align="center", date_style="arabic",
         brackets=["〔〕", "[]"], same_page=0.6, title_split="wrap",
         kinds=["gov_decision+cc", "office_opinion", "dept_joint2", "dept_notice", "appointment",
                "interpretation"]),
    # the failure classes of issue #13: decrees (one without a signature date), 印发 notices with
    # their 办法 right under them (附件：), 转发 notices carrying the forwarded text, the party and
    # government offices issuing together, 版记 印发 dates (+print), the 字 series (+zi),
    # 任免名单, documents the 目录 leaves out (toc_omit: 1-based positions)
    dict(stem="dongyue-gazette-2026-24", number=24, total=324, date="2026-12-25", toc=True, front="cover",
         columns=1, script="simplified", printed_start=1, footer="— {n} —", footer_pos="center",
         header="split", body=12.0, title=18.0, doc_align="center", date_style="arabic",
         brackets=["〔〕", "[]"], same_page=0.6, title_split="wrap", toc_omit=[4],
         kinds=["decree", "office_measures+inline", "forward", "dept_notice+zi", "party_joint",
                "dept_joint2+print", "appoint_list"]),
    dict(stem="dongyue-gazette-2026-25", number=25, total=325, date="2027-01-10", toc=False, front="masthead",
         columns=2, script="traditional", printed_start=41, footer="{n}", footer_pos="outer",
         header="alternate", body=10.5, title=15.0, doc_align="center", date_style="chinese",
         brackets=["〔〕"], same_page=1.0, title_split="wrap",
         kinds=["decree+nodate", "forward", "dept_joint3+print+stacked", "office_measures+inline",
                "dept_notice+zi", "appointment", "appoint_list"]),
    dict(stem="dongyue-gazette-2026-27", number=27, total=327, date="2027-02-10", toc=True, front="cover",
         columns=1, script="traditional", printed_start=1, footer="· {n} ·", footer_pos="center",
         header="split", body=12.0, title=18.0, doc_align="right", date_style="mixed",
         brackets=["〔〕", "［］"], same_page=0.7, title_split="org", toc_omit=[3],
         kinds=["party_joint+print", "decree", "dept_notice+zi", "office_measures+inline", "gov_notice",
                "forward", "appoint_list"]),
    dict(stem="dongyue-gazette-2026-28", number=28, total=328, date="2027-02-25", toc=True, front="cover",
         columns=1, script="simplified", printed_start=61, footer="{n}", footer_pos="outer",
         header="center", body=11.0, title=16.0, doc_align="center", date_style="chinese",
         brackets=["〔〕"], same_page=1.0, title_split="org", short=True, ragged=True,
         kinds=["gov_notice", "decree", "dept_joint2+print", "decree+nodate", "forward", "appoint_list"]),
    # image-only issues: rendered pages re-wrapped as images, no text layer (OCR)
    dict(stem="dongyue-gazette-2026-22-scan", number=22, total=322, date="2026-11-25", toc=True,
         front="cover", columns=1, script="simplified", printed_start=1, footer="· {n} ·",
         footer_pos="center", header="split", body=12.0, title=18.0, doc_align="center",
         date_style="mixed", brackets=["〔〕", "[]"], same_page=0.5, title_split="org", short=True,
         image_only=True, scan_dpi=200,
         kinds=["gov_notice", "gov_reply", "office_opinion", "dept_joint2", "dept_notice", "appointment"]),
    dict(stem="dongyue-gazette-2026-23-scan", number=23, total=323, date="2026-12-10", toc=False,
         front="masthead", columns=1, script="traditional", printed_start=1, footer="— {n} —",
         footer_pos="center", header="center", body=12.0, title=18.0, doc_align="center",
         date_style="chinese", brackets=["〔〕"], same_page=0.7, title_split="wrap", short=True,
         banners=True, image_only=True, scan_dpi=200, skew=0.35,
         kinds=["gov_decision", "office_report", "dept_notice", "dept_joint2", "appointment"]),
    dict(stem="dongyue-gazette-2026-26-scan", number=26, total=326, date="2027-01-25", toc=False,
         front="masthead", columns=2, script="simplified", printed_start=1, footer="第{n}页",
         footer_pos="center", header="center", body=10.5, title=15.0, doc_align="center",
         date_style="arabic", brackets=["〔〕"], same_page=1.0, title_split="wrap", short=True,
         image_only=True, scan_dpi=150, skew=-0.4,
         kinds=["decree", "forward", "dept_joint2+print", "appoint_list"]),
    # worn copies (grey ink, grain, toner dots, pages leaning alternately): OCR misreads
    # characters of 文号, organs and titles, loses small print, breaks title blocks
    dict(stem="dongyue-gazette-2026-29-scan", number=29, total=329, date="2027-03-10", toc=True,
         front="cover", columns=1, script="simplified", printed_start=1, footer="— {n} —",
         footer_pos="center", header="split", body=11.0, title=16.0, doc_align="center",
         date_style="arabic", brackets=["〔〕", "[]"], same_page=0.6, title_split="wrap", short=True,
         image_only=True, scan_dpi=150, skew=0.3, worn=True,
         kinds=["decree", "forward", "party_joint", "dept_joint2", "gov_reply", "appoint_list"]),
    dict(stem="dongyue-gazette-2026-30-scan", number=30, total=330, date="2027-03-25", toc=True,
         front="cover", columns=1, script="traditional", printed_start=1, footer="· {n} ·",
         footer_pos="center", header="split", body=12.0, title=18.0, doc_align="center",
         date_style="chinese", brackets=["〔〕"], same_page=0.5, title_split="org", short=True,
         image_only=True, scan_dpi=200, skew=-0.25, worn=True,
         kinds=["gov_notice", "office_measures+inline", "dept_joint2", "dept_notice+zi", "appoint_list"]),
    dict(stem="dongyue-gazette-2026-31-scan", number=31, total=331, date="2027-04-10", toc=False,
         front="masthead", columns=2, script="simplified", printed_start=1, footer="{n}",
         footer_pos="outer", header="center", body=10.5, title=15.0, doc_align="center",
         date_style="mixed", brackets=["〔〕", "[]"], same_page=1.0, title_split="wrap", short=True,
         image_only=True, scan_dpi=150, skew=0.35, worn=True,
         kinds=["office_opinion", "gov_reply", "dept_joint2", "dept_notice", "appointment"]),
]

# a small image-only issue for the OCR test (two content pages)
MINI_SCAN_LAYOUT: dict[str, Any] = dict(
    stem="dongyue-gazette-mini-scan", number=1, total=301, date="2026-01-10", toc=False, front="masthead",
    columns=1, script="simplified", printed_start=1, footer="· {n} ·", footer_pos="center", header="split",
    body=12.0, title=18.0, doc_align="center", date_style="arabic", brackets=["〔〕"], same_page=1.0,
    title_split="wrap", short=True, tiny=True, image_only=True, scan_dpi=200,
    kinds=["gov_notice", "dept_notice"])


def issue_layouts() -> list[dict[str, Any]]:
    return [dict(layout) for layout in ISSUE_LAYOUTS]


class _ColumnFlow(_Flow):
    """A Flow over one or two columns: breaking moves to the next column, then to a new page."""

    def __init__(self, pages, new_page, bottom: float, ncols: int):
        super().__init__(pages, new_page, bottom)
        self.ncols = ncols
        self.col = 0

    def break_page(self) -> None:
        if self.page is not None and self.col + 1 < self.ncols:
            self.col += 1
            self.y = self.top
            return
        super().break_page()
        self.col = 0

    def new_page(self) -> None:
        _Flow.break_page(self)
        self.col = 0


def _s2t_table(texts: dict[str, Any]) -> dict[int, str]:
    pairs = re.sub(r"\s", "", texts["s2t"])
    return str.maketrans({pairs[i]: pairs[i + 1] for i in range(0, len(pairs) - 1, 2)})


class _IssueBuilder:
    """One benchmark issue from ``layout`` (see ISSUE_LAYOUTS) and the text pools."""

    def __init__(self, layout: dict[str, Any]):
        self.L = layout
        self.T = load_text(ISSUE_TEXTS)
        self.rng = random.Random(layout["stem"])
        self.trad = layout.get("script") == "traditional"
        self._s2t = _s2t_table(self.T)
        self.body = float(layout["body"])
        self.leading = round(self.body * 1.75, 2)
        self.title_size = float(layout["title"])
        self.title_leading = round(self.title_size * 1.55, 2)
        self.ncols = int(layout["columns"])
        self.text_w = TEXT_W
        self.gap = 2 * self.body if self.ncols > 1 else 0.0
        self.col_w = (self.text_w - self.gap * (self.ncols - 1)) / self.ncols
        self.issue_date = date.fromisoformat(layout["date"])
        self.year = self.issue_date.year
        self.label = self.t(f"{self.year}年第{layout['number']}期")
        self.title = self.t(self.T["title"])
        self.pages: list[Page] = []
        self.flow = _ColumnFlow(self.pages, self._new_content_page, CONTENT_BOTTOM, self.ncols)
        self.first_numbered = None  # physical page of the first numbered page
        self.offset = 0
        self._used_topics: set[int] = set()
        self._used_names: set[str] = set()
        self._bracket_i = 0

    # text helpers ------------------------------------------------------------------------------
    def t(self, text: str | None) -> str | None:
        """Text in the issue's script."""
        if text is None or not self.trad:
            return text
        return text.translate(self._s2t)

    def col_x0(self, col: int | None = None) -> float:
        col = self.flow.col if col is None else col
        return LM + col * (self.col_w + self.gap)

    # page furniture ----------------------------------------------------------------------------
    def _new_content_page(self) -> tuple[Page, float]:
        page = Page(PAGE_W, PAGE_H)
        self.pages.append(page)
        physical = len(self.pages)
        printed = physical - self.offset
        style = self.L["header"]
        if style == "split":
            page.text(LM, HEADER_BASELINE, self.title, HEADER_SIZE)
            page.text(RM, HEADER_BASELINE, self.label, HEADER_SIZE, align="r")
        elif style == "center":
            page.text(PAGE_W / 2, HEADER_BASELINE, f"{self.title}　{self.label}", HEADER_SIZE, align="c")
        elif style == "numbered":  # the page number in the running header, on the outer side
            number = self.t(self.L["header_number"].format(n=printed))
            if printed % 2:
                page.text(LM, HEADER_BASELINE, f"{self.title}　{self.label}", HEADER_SIZE)
                page.text(RM, HEADER_BASELINE, number, HEADER_SIZE, align="r")
            else:
                page.text(LM, HEADER_BASELINE, number, HEADER_SIZE)
                page.text(RM, HEADER_BASELINE, f"{self.label}　{self.title}", HEADER_SIZE, align="r")
        else:  # alternate: odd printed pages carry the label on the right, even the title on the left
            if printed % 2:
                page.text(RM, HEADER_BASELINE, f"{self.title}　{self.label}", HEADER_SIZE, align="r")
            else:
                page.text(LM, HEADER_BASELINE, f"{self.label}　{self.title}", HEADER_SIZE)
        page.line(LM, HEADER_RULE_Y, RM, HEADER_RULE_Y, 0.6)
        self._footer(page, printed)
        return page, CONTENT_TOP

    def _footer(self, page: Page, printed: int) -> None:
        if not self.L.get("footer"):
            return
        text = self.t(self.L["footer"].format(n=printed))
        if self.L["footer_pos"] == "outer":
            if printed % 2:
                page.text(RM, FOOTER_BASELINE, text, HEADER_SIZE, align="r")
            else:
                page.text(LM, FOOTER_BASELINE, text, HEADER_SIZE)
        else:
            page.text(PAGE_W / 2, FOOTER_BASELINE, text, HEADER_SIZE, align="c")

    # drawing primitives ------------------------------------------------------------------------
    def _draw(self, lines: list[str], size: float, leading: float, *, anchor: str = "left",
              dx: float = 0.0, first_dx: float | None = None, justify: float | None = None,
              first_width: float | None = None, bold: bool = False) -> None:
        flow = self.flow
        for i, ln in enumerate(lines):
            flow.need(leading)
            baseline = flow.y - leading + (leading - size) / 2.0 + size * 0.12
            x0 = self.col_x0()
            cs = 0.0
            if justify is not None and i < len(lines) - 1 and len(ln) > 1:
                avail = first_width if (i == 0 and first_width is not None) else justify
                slack = avail - tw(ln, size)
                if 0 < slack < 3 * size:
                    cs = slack / (len(ln) - 1)
            if anchor == "center":
                flow.page.text(x0 + self.col_w / 2, baseline, ln, size, align="c", bold=bold)
            elif anchor == "right":
                flow.page.text(x0 + self.col_w - dx, baseline, ln, size, align="r", bold=bold)
            else:
                off = first_dx if (i == 0 and first_dx is not None) else dx
                flow.page.text(x0 + off, baseline, ln, size, charspace=cs, bold=bold)
            flow.y -= leading

    def paragraph(self, text: str, *, indent: bool = True, bold: bool = False) -> None:
        ind = 2 * self.body if indent else 0.0
        lines = wrap(text, self.body, self.col_w, first_width=self.col_w - ind)
        # ragged: lines end where the last character fits (no justification)
        self._draw(lines, self.body, self.leading, dx=0.0, first_dx=ind,
                   justify=None if self.L.get("ragged") else self.col_w, first_width=self.col_w - ind, bold=bold)

    # content generation ------------------------------------------------------------------------
    def _topic(self) -> dict[str, Any]:
        free = [i for i in range(len(self.T["topics"])) if i not in self._used_topics]
        i = self.rng.choice(free)
        self._used_topics.add(i)
        return self.T["topics"][i]

    def _serial(self) -> int:
        return self.rng.randint(1, 68)

    def _doc(self, code: str) -> str:
        brackets = self.L["brackets"]
        b = brackets[self._bracket_i % len(brackets)]
        self._bracket_i += 1
        return f"{code}{b[0]}{self.year}{b[1]}{self._serial()}号"

    def _signed(self) -> date:
        return date.fromordinal(self.issue_date.toordinal() - self.rng.randint(6, 40))

    def _date_style(self) -> str:
        style = self.L["date_style"]
        return self.rng.choice(["arabic", "chinese"]) if style == "mixed" else style

    def _sentences(self, s: str, n: int) -> str:
        picks = self.rng.sample(self.T["sentences"], n)
        return "".join(p.format(s=s) for p in picks)

    def _notice_body(self, s: str) -> list[Any]:
        short = self.L.get("short")
        body: list[Any] = [self.rng.choice(self.T["opening"]).format(s=s)]
        nheads = self.rng.randint(1, 2) if short else self.rng.randint(2, 4)
        heads = self.rng.sample(self.T["headings"], nheads)
        numerals = "一二三四五六七八九十"
        for k, h in enumerate(heads):
            body.append({"h": f"{numerals[k]}、{h}"})
            for _ in range(1 if short else self.rng.randint(1, 2)):
                body.append(self._sentences(s, self.rng.randint(2, 3)))
        if self.L.get("tiny"):
            body = body[:3]
        body.append(self.rng.choice(self.T["closing"]))
        return body

    def _name(self) -> str:
        while True:
            name = self.rng.choice(self.T["surnames"]) + self.rng.choice(self.T["given"])
            if name not in self._used_names:
                self._used_names.add(name)
                return name

    def _table(self, kind: str, s: str) -> dict[str, Any]:
        spec = self.T["task_table" if kind == "table" else "fund_table"]
        unit = self.body * 0.875
        widths = [w * unit * 1.2 for w in spec["widths"]]
        rows = []
        if kind == "table":
            for k in range(self.rng.randint(4, 6)):
                dept = self.rng.choice(self.T["departments"])["name"].replace("东岳省", "省")
                task = self.rng.choice(self.T["sentences"]).format(s=s)[:30].rstrip("，、；")
                rows.append([str(k + 1), task, dept, f"{self.year + self.rng.randint(0, 1)}年{self.rng.randint(1, 12)}月"])
        else:
            places = ["东岳市", "汶源市", "清河市", "石门市", "临川市", "东岳市东岳区", "汶源县", "清河县", "石门县",
                      "临川县", "东平县", "岳阳县", "清源县", "石桥县", "临河县", "东湖区", "岳山区", "河口区",
                      "石峰区", "临港区", "东岭县", "岳林县", "清江县", "石泉县", "临溪县", "东川县", "岳西县",
                      "清溪县", "石林县", "临泉县", "东坝县", "岳南县", "清平县", "石河县", "临山县", "东港区"]
            for k, place in enumerate(places):
                amount = self.rng.randint(120, 9800) * 10 + self.rng.choice([0, 5])
                note = self.rng.choice(["", "含上年结转", "重点倾斜", "", "按因素法分配"])
                rows.append([str(k + 1), place, f"{amount:,}", note])
        return {"label": "附件", "title": spec["title"], "columns": list(spec["columns"]), "widths": widths,
                "aligns": list(spec["aligns"]), "rows": rows}

    def _recipe(self, kind: str, items_so_far: list[dict[str, Any]]) -> dict[str, Any]:
        base, *opts = kind.split("+")
        T = self.T
        it: dict[str, Any] = {"key": f"{base}-{len(items_so_far) + 1}", "kind": base}
        gov, office = T["gov"], T["office"]
        if base in ("gov_notice", "gov_decision", "gov_notice_public"):
            topic = self._topic()
            ending = {"gov_notice": "通知", "gov_decision": "决定", "gov_notice_public": "通告"}[base]
            x = topic["x"] if base != "gov_decision" else topic["x"].replace("做好", "推进").replace("开展", "实施")
            it.update(category="省政府文件", org=[gov], title=f"{gov}关于{x}的{ending}",
                      doc=self._doc(T["gov_code"] + "发"),
                      recipients=None if base == "gov_notice_public" else T["recipients_gov"],
                      body=self._notice_body(topic["s"]), topic=topic)
        elif base == "gov_reply":
            city = self.rng.choice(T["cities"])
            reply = self.rng.choice(T["replies"])
            points = [p.format(r=reply) for p in T["reply_points"]]
            n = 3 if self.L.get("short") else 5
            body = [f"你市《关于{reply}的请示》（{city['code']}〔{self.year}〕{self._serial()}号）收悉。经研究，现批复如下："]
            body += [f"{'一二三四五'[k]}、{p}" for k, p in enumerate(points[:n])]
            it.update(category="省政府文件", org=[gov], title=f"{gov}关于同意{reply}的批复",
                      doc=self._doc(T["gov_code"] + "字"), recipients=city["name"], body=body)
        elif base in ("office_opinion", "office_report"):
            topic = self._topic()
            ending = "实施意见" if base == "office_opinion" else "通报"
            x = topic["x"] if base == "office_opinion" else topic["s"] + "进展情况"
            code = T["office_code"] + ("发" if base == "office_opinion" else "字")
            it.update(category="省政府办公厅文件", org=[office], title=f"{office}关于{x}的{ending}",
                      doc=self._doc(code), recipients=T["recipients_office"], body=self._notice_body(topic["s"]),
                      topic=topic)
        elif base == "office_measures":
            m = self.rng.choice(T["measures"])
            articles = [f"第{'一二三四五六七八九十'[k]}条　{a.format(m=m['subject'])}" for k, a in enumerate(T["articles"])]
            it.update(category="省政府办公厅文件", org=[office], title=f"{office}关于印发{m['name']}的通知",
                      doc=self._doc(T["office_code"] + "发"), recipients=T["recipients_gov"],
                      body=[f"《{m['name']}》已经省政府同意，现印发给你们，请认真贯彻执行。"],
                      text_attachment={"title": m["name"], "paragraphs": articles})
        elif base in ("dept_notice", "dept_joint2", "dept_joint3"):
            topic = self._topic()
            n = {"dept_notice": 1, "dept_joint2": 2, "dept_joint3": 3}[base]
            lead = T["departments"][topic["dept"]]
            others = [d for d in T["departments"] if d is not lead]
            depts = [lead] + self.rng.sample(others, n - 1)
            names = [d["name"] for d in depts]
            it.update(category="部门文件", org=names, title="".join(names) + f"关于{topic['x']}的通知",
                      doc=self._doc(lead["code"] + "发"), recipients="、".join(d["local"] for d in depts),
                      body=self._notice_body(topic["s"]))
        elif base == "appointment":
            k = self.rng.randint(3, 5)
            lines = []
            for _ in range(k):
                tpl = self.rng.choice(T["appointment_lines"])
                org = self.rng.choice(T["departments"])["name"]
                lines.append(tpl.format(a=self._name(), org=org))
            lines[-1] = lines[-1].rstrip("；") + "。"
            first = lines[0][2:].split("为")[0] if lines[0].startswith("任命") else lines[0][2:].split("的")[0]
            meeting = date.fromordinal(self.issue_date.toordinal() - self.rng.randint(8, 30))
            body = [f"经{meeting.year}年{meeting.month}月{meeting.day}日省政府第{self.rng.randint(20, 60)}次常务会议研究，决定："] + lines
            it.update(category="人事任免", org=[gov], title=f"{gov}关于{first}等同志职务任免的通知",
                      doc=self._doc(T["gov_code"] + "任") if "doc" in opts else None,
                      recipients=T["recipients_gov"], body=body)
        elif base == "interpretation":
            ref = next((i for i in items_so_far if i["kind"] in ("gov_notice", "office_opinion", "gov_decision")), None)
            ref_title = ref["title"] if ref else f"{gov}关于{self._topic()['x']}的通知"
            body: list[Any] = [f"近日，省政府印发《{ref_title}》。为便于社会公众准确理解文件内容，现就有关情况解读如下。"]
            s = ref["topic"]["s"] if ref and ref.get("topic") else "相关工作"
            for q in T["interp_questions"][: 2 if self.L.get("short") else 4]:
                body.append({"h": q})
                body.append(self._sentences(s, 2))
            it.update(category="政策解读", org=[], title=f"《{ref_title}》政策解读", doc=None, recipients=None,
                      body=body, signature=False)
        elif base == "decree":
            rule = self.rng.choice(T["decree_rules"])
            number = self.rng.randint(301, 399)
            articles = [f"第{'一二三四五六七八九十'[k]}条　{a.format(m=rule['subject'])}"
                        for k, a in enumerate(T["decree_articles"])]
            it.update(category="省政府令", org=[gov], title=rule["name"], doc=f"{gov}令第{number}号",
                      recipients=None, body=articles, decree_number=number, undated="nodate" in opts)
        elif base == "forward":
            topic = self._topic()
            lead = T["departments"][topic["dept"]]
            short = lead["name"].replace(T["province"], "省")
            forwarded = f"关于{topic['x']}的意见"
            it.update(category="省政府办公厅文件", org=[office], title=f"{office}转发{short}{forwarded}的通知",
                      doc=self._doc(T["office_code"] + "发"), recipients=T["recipients_gov"],
                      body=[f"{short}《{forwarded}》已经省政府同意，现转发给你们，请认真组织实施。"],
                      forwarded={"title": forwarded, "org": lead["name"], "body": self._notice_body(topic["s"]),
                                 "days_before": self.rng.randint(6, 30)})
        elif base == "party_joint":
            topic = self._topic()
            orgs = [T["party_office"], office]
            it.update(category="省政府办公厅文件", org=orgs, title="".join(orgs) + f"关于{topic['x']}的通知",
                      doc=self._doc(T["party_code"]), recipients=T["recipients_gov"],
                      body=self._notice_body(topic["s"]), printed_by=T["party_office"])
        elif base == "appoint_list":
            lines = []
            for _ in range(self.rng.randint(3, 5)):
                org = self.rng.choice(T["departments"])["name"]
                lines.append(self.rng.choice(T["appoint_list_lines"]).format(a=self._name(), org=org))
            it.update(category="人事任免", org=[gov], title=f"{gov}任免国家工作人员名单", doc=None,
                      recipients=None, body=lines, dated_under_title=True)
        else:
            raise ValueError(f"unknown item kind {kind!r}")
        if "zi" in opts and it.get("doc"):  # the organ's 字 series instead of 发
            it["doc"] = re.sub(r"发(?=[〔\[［（(])", "字", it["doc"], count=1)
        if "print" in opts:  # a 版记 with the lead organ's 印发 date
            it["printed_by"] = it["org"][0]
        if "inline" in opts and it.get("text_attachment"):  # the annex right under the notice
            it["text_attachment"]["inline"] = True
            it["body"] = it["body"] + [f"附件：{it['text_attachment']['title']}"]
        if "nodoc" in opts:
            it["doc"] = None
        it["stacked"] = "stacked" in opts
        if "table" in opts or "fund" in opts:
            it["attachment"] = self._table("table" if "table" in opts else "fund", (it.get("topic") or {}).get("s", "相关工作"))
        it["cc"] = self.rng.choice(T["cc_lists"]) if "cc" in opts else None
        if it.get("signature", True):
            it["signed"] = self._signed()
            it["date_style"] = self._date_style()
            it["disclosure"] = self.rng.choice(T["disclosures"]) if self.rng.random() < 0.85 else None
        else:
            it["signed"], it["date_style"], it["disclosure"] = None, None, None
            it["org"] = []
        it["same_page"] = bool(items_so_far) and self.rng.random() < self.L["same_page"]
        if not items_so_far and self.L["front"] == "masthead":
            it["same_page"] = True  # the first item starts under the masthead
        return it

    # one item ----------------------------------------------------------------------------------
    def _title_lines(self, it: dict[str, Any]) -> list[str]:
        title = self.t(it["title"])
        width = self.col_w
        if self.L.get("title_split") == "org" and it["org"] and len(it["org"]) == 1:
            org = self.t(it["org"][0])
            if title.startswith(org) and tw(org, self.title_size) <= width:
                out = [org]
                out += wrap(title[len(org):], self.title_size, width)
                return out
        return wrap(title, self.title_size, width)

    def draw_item(self, it: dict[str, Any], seq: int, prev_end: int) -> dict[str, Any]:
        flow = self.flow
        title_lines = self._title_lines(it)
        doc = self.t(it["doc"])
        if it["kind"] == "decree":
            return self.draw_decree(it, seq, prev_end, title_lines, doc)
        head_h = len(title_lines) * self.title_leading + 8 + (self.leading if doc else 0) + 2.5 * self.leading
        if flow.page is None:
            flow.break_page()
            flow.y -= 12
        elif not it["same_page"] and self.ncols == 1:
            flow.new_page()
            flow.y -= 12
        else:
            gap = 1.5 * self.leading
            if flow.room() < gap + head_h:
                flow.break_page()
                flow.y -= 12
            elif not flow.at_top:
                flow.y -= gap
        banner = it.get("banner")
        if banner:
            flow.need(2 * self.leading + head_h)
            self._draw([f"【{self.t(banner)}】"], 15.0, 30.0, anchor="center", bold=True)
            flow.y -= 4
        flow.need(head_h)
        page_start = flow.page_no
        self._draw(title_lines, self.title_size, self.title_leading, anchor="center", bold=True)
        flow.y -= 8
        signed: date | None = it["signed"]
        date_text = None
        if signed:
            date_text = chinese_date(signed) if it["date_style"] == "chinese" else arabic_date(signed)
            date_text = self.t(date_text)
        if it.get("dated_under_title"):
            self._draw([f"（{date_text}）"], self.body, self.leading, anchor="center")
        if doc:
            right = self.L["doc_align"] == "right"
            self._draw([doc], self.body, self.leading, anchor="right" if right else "center",
                       dx=0.0)
        flow.y -= self.leading / 2
        recipients = self.t(it["recipients"])
        if recipients:
            self.paragraph(recipients + "：", indent=False)
        body_texts = []
        for para in it["body"]:
            if isinstance(para, dict):
                self.paragraph(self.t(para["h"]), bold=True)
                body_texts.append(self.t(para["h"]))
            else:
                self.paragraph(self.t(para))
                body_texts.append(self.t(para))
        issuers = [self.t(o) for o in it["org"]]
        disclosure = self.t(it["disclosure"])
        sig_page = None
        if (issuers or signed) and not it.get("dated_under_title"):
            size = self.body
            x_right_dx = 2 * size  # the date ends two characters before the column's right edge
            date_w = tw(date_text, size) if date_text else 0.0
            joint_one_line = len(issuers) > 1 and not it["stacked"] and (
                sum(tw(n, size) for n in issuers) + 4 * size * (len(issuers) - 1) <= self.col_w - x_right_dx - 2 * size)
            n_lines = (1 if joint_one_line else len(issuers)) + (1 if date_text else 0) + (1 if disclosure else 0)
            flow.y -= self.leading
            flow.need(n_lines * self.leading)
            sig_page = flow.page_no
            if len(issuers) == 1:
                name_w = tw(issuers[0], size)
                centre_dx = x_right_dx + date_w / 2.0 if date_w else x_right_dx + name_w / 2
                if centre_dx < name_w / 2:
                    centre_dx = name_w / 2
                self._draw([issuers[0]], size, self.leading, anchor="right", dx=centre_dx - name_w / 2)
            elif joint_one_line:
                baseline = flow.y - self.leading + (self.leading - size) / 2.0 + size * 0.12
                x = self.col_x0() + self.col_w - x_right_dx
                for name in reversed(issuers):
                    flow.page.text(x, baseline, name, size, align="r")
                    x -= tw(name, size) + 4 * size
                flow.y -= self.leading
            elif issuers:
                self._draw(issuers, size, self.leading, anchor="right", dx=x_right_dx)
            if date_text:
                self._draw([date_text], size, self.leading, anchor="right", dx=x_right_dx)
        if disclosure:
            self._draw([f"（{disclosure}）"], self.body, self.leading, dx=2 * self.body)
            sig_page = sig_page or flow.page_no

        fwd = it.get("forwarded")
        if fwd:
            self._draw_forwarded(fwd, signed, it["date_style"])

        tables_truth = []
        att = it.get("attachment")
        if att:
            flow.new_page()
            flow.y -= 4
            self._draw([self.t(att["label"])], 14.0, 24.0, bold=True)
            flow.y -= 4
            self._draw([self.t(att["title"])], 16.0, 28.0, anchor="center", bold=True)
            flow.y -= 8
            header = [HeaderCell(self.t(c), 0, i) for i, c in enumerate(att["columns"])]
            table = RuledTable(att["widths"], header, 1, att["aligns"],
                               TableStyle(size=10.5, header_size=11.0, pad_x=4.0, pad_y=5.0,
                                          min_row_height=24.0, min_header_row_height=24.0))
            rows = [[self.t(c) for c in r] for r in att["rows"]]
            row_pages = table.flow(flow, LM + (TEXT_W - table.width) / 2.0, rows)
            tables_truth.append({"header": [self.t(c) for c in att["columns"]], "rows": rows,
                                 "pages": sorted(set(row_pages)), "title": self.t(att["title"])})
        text_att = it.get("text_attachment")
        if text_att:
            if text_att.get("inline") and flow.room() > 6 * self.leading:
                flow.y -= self.leading
            else:
                flow.new_page()
            flow.y -= 4
            self._draw([self.t("附件")], 14.0, 24.0, bold=True)
            flow.y -= 10
            self._draw(wrap(self.t(text_att["title"]), self.title_size, self.col_w), self.title_size,
                       self.title_leading, anchor="center", bold=True)
            flow.y -= 10
            for para in text_att["paragraphs"]:
                self.paragraph(self.t(para))
        cc = self.t(it["cc"])
        if cc:
            flow.y -= self.leading / 2
            cc_lines = wrap(self.t("抄送：") + cc, 11.0, self.col_w - 2 * 11.0)
            flow.need(len(cc_lines) * 20.0 + 8)
            x0 = self.col_x0()
            flow.page.line(x0, flow.y, x0 + self.col_w, flow.y, 0.6)
            flow.y -= 4
            self._draw(cc_lines, 11.0, 20.0, dx=11.0)
            x0 = self.col_x0()
            flow.page.line(x0, flow.y - 2, x0 + self.col_w, flow.y - 2, 0.6)
            flow.y -= 6
        if it.get("printed_by"):
            self._draw_printed_by(self.t(it["printed_by"]), signed, it["date_style"])
        page_end = flow.page_no
        doc_parsed = parse_doc_number(it["doc"]) if it["doc"] else None
        return {
            "seq": seq, "key": it["key"], "kind": it["kind"],
            "title": "".join(title_lines), "title_lines": title_lines,
            "category": self.t(it["category"]),
            "doc_number": doc or None, "doc_number_parsed": doc_parsed,
            "issuer": issuers,
            "signed_date": signed.isoformat() if signed else None,
            "signed_date_printed": date_text,
            "disclosure": disclosure or None, "recipients": recipients or None, "cc": cc or None,
            "signature_page": sig_page,
            "page_start": page_start, "page_end": page_end,
            "printed_page_start": page_start - self.offset, "printed_page_end": page_end - self.offset,
            "starts_mid_page": page_start == prev_end,
            "has_table": bool(tables_truth), "tables": tables_truth,
            "has_text_attachment": bool(text_att),
            "text_first_sentence": first_sentence(body_texts),
        }

    def _date_text(self, day: date, style: str) -> str:
        return self.t(chinese_date(day) if style == "chinese" else arabic_date(day))

    def _draw_printed_by(self, org: str, signed: date, style: str) -> None:
        """The 版记's last line between two rules: the organ that printed it and the 印发 date
        (a few days after the signing date)."""
        flow = self.flow
        printed = date.fromordinal(signed.toordinal() + 2 + signed.day % 4)
        flow.y -= self.leading / 2
        flow.need(20.0 + 10)
        x0 = self.col_x0()
        flow.page.line(x0, flow.y, x0 + self.col_w, flow.y, 0.6)
        flow.y -= 4
        baseline = flow.y - 20.0 + (20.0 - 11.0) / 2.0 + 11.0 * 0.12
        flow.page.text(x0 + 11.0, baseline, org, 11.0)
        flow.page.text(x0 + self.col_w - 11.0, baseline, self._date_text(printed, style) + self.t("印发"), 11.0,
                       align="r")
        flow.y -= 20.0
        flow.page.line(x0, flow.y - 2, x0 + self.col_w, flow.y - 2, 0.6)
        flow.y -= 6

    def _draw_forwarded(self, fwd: dict[str, Any], signed: date, style: str) -> None:
        """The text a 转发 notice forwards: its title, body and the department's own signature and
        (earlier) date, in the same item."""
        flow = self.flow
        flow.y -= 1.5 * self.leading
        flow.need(2 * self.title_leading + 3 * self.leading)
        self._draw(wrap(self.t(fwd["title"]), self.title_size, self.col_w), self.title_size, self.title_leading,
                   anchor="center", bold=True)
        flow.y -= 8
        for para in fwd["body"]:
            self.paragraph(self.t(para["h"] if isinstance(para, dict) else para), bold=isinstance(para, dict))
        day = date.fromordinal(signed.toordinal() - fwd["days_before"])
        flow.y -= self.leading
        flow.need(2 * self.leading)
        self._draw([self.t(fwd["org"])], self.body, self.leading, anchor="right", dx=2 * self.body)
        self._draw([self._date_text(day, style)], self.body, self.leading, anchor="right", dx=2 * self.body)

    def draw_decree(self, it: dict[str, Any], seq: int, prev_end: int, title_lines: list[str],
                    doc: str) -> dict[str, Any]:
        """A 省政府令: the decree's heading and number, the promulgation sentence, the governor's
        signature (with or without a date), then the 规章 it promulgates, which is the item's
        title. The 文号 is the 令 number; an undated signature leaves the preamble's date."""
        flow = self.flow
        T = self.T
        if flow.page is None:
            flow.break_page()
            flow.y -= 12
        elif not it["same_page"] and self.ncols == 1:
            flow.new_page()
            flow.y -= 12
        elif not flow.at_top:
            flow.y -= 1.5 * self.leading
        flow.need(3 * self.title_leading + 6 * self.leading)
        page_start = flow.page_no
        meeting = date.fromordinal(it["signed"].toordinal() - 5 - it["decree_number"] % 9)
        effective = date.fromordinal(it["signed"].toordinal() + 45)
        style = it["date_style"]
        self._draw([self.t(f"{T['gov']}令")], self.title_size * 1.3, self.title_size * 2.0, anchor="center",
                   bold=True)
        self._draw([self.t(f"第{it['decree_number']}号")], self.body, self.leading, anchor="center")
        self.paragraph(self.t(f"《{it['title']}》已于{arabic_date(meeting)}经省政府第{10 + it['decree_number'] % 50}"
                              f"次常务会议通过，现予公布，自{arabic_date(effective)}起施行。"))
        signed = meeting if it["undated"] else it["signed"]
        date_text = self._date_text(signed, style)
        flow.y -= self.leading / 2
        self._draw([self.t(f"省长　{T['governor']}")], self.body, self.leading, anchor="right", dx=2 * self.body)
        if not it["undated"]:
            self._draw([date_text], self.body, self.leading, anchor="right", dx=2 * self.body)
        else:
            date_text = self.t(arabic_date(meeting))
        flow.y -= self.leading
        self._draw(title_lines, self.title_size, self.title_leading, anchor="center", bold=True)
        flow.y -= 8
        for para in it["body"]:
            self.paragraph(self.t(para))
        page_end = flow.page_no
        return {
            "seq": seq, "key": it["key"], "kind": it["kind"],
            "title": "".join(title_lines), "title_lines": title_lines, "category": self.t(it["category"]),
            "doc_number": doc, "doc_number_parsed": {"agency_code": self.t(f"{T['gov']}令"), "year": None,
                                                      "serial": it["decree_number"]},
            "issuer": [self.t(T["gov"])], "signed_date": signed.isoformat(), "signed_date_printed": date_text,
            "disclosure": None, "recipients": None, "cc": None, "signature_page": page_start,
            "page_start": page_start, "page_end": page_end,
            "printed_page_start": page_start - self.offset, "printed_page_end": page_end - self.offset,
            "starts_mid_page": page_start == prev_end, "has_table": False, "tables": [],
            "has_text_attachment": False, "text_first_sentence": first_sentence([self.t(it["body"][0])]),
        }

    # cover, masthead, 目录 ------------------------------------------------------------------------
    def cover(self, page: Page) -> None:
        T = self.T
        page.line(LM - 20, PAGE_H - 110, RM + 20, PAGE_H - 110, 2.5, RED)
        page.text(PAGE_W / 2, PAGE_H - 210, self.title, 40.0, align="c", color=RED, bold=True)
        page.text(PAGE_W / 2, PAGE_H - 240, T["english"], 9.5, align="c", color=RED)
        page.line(LM - 20, PAGE_H - 262, RM + 20, PAGE_H - 262, 2.5, RED)
        page.line(LM - 20, PAGE_H - 267, RM + 20, PAGE_H - 267, 0.8, RED)
        page.text(PAGE_W / 2, PAGE_H - 340, self.label, 24.0, align="c", bold=True)
        page.text(PAGE_W / 2, PAGE_H - 372, self.t(f"（总第{self.L['total']}期）"), 15.0, align="c")
        page.text(PAGE_W / 2, 200, self.t(f"{T['office']}主办"), 15.0, align="c")
        page.text(PAGE_W / 2, 172, self.t(f"{arabic_date(self.issue_date)}出版"), 15.0, align="c")
        page.line(LM - 20, 140, RM + 20, 140, 0.8, RED)

    def cover_compact(self, page: Page) -> None:
        """A cover that leaves room for the 目录 under it."""
        page.text(PAGE_W / 2, PAGE_H - 105, self.title, 32.0, align="c", color=RED, bold=True)
        page.text(PAGE_W / 2, PAGE_H - 128, self.T["english"], 8.5, align="c", color=RED)
        page.line(LM - 20, PAGE_H - 142, RM + 20, PAGE_H - 142, 2.0, RED)
        page.text(PAGE_W / 2, PAGE_H - 172, self.label, 18.0, align="c", bold=True)
        page.text(LM, PAGE_H - 200, self.t(f"{self.T['office']}主办"), 10.5)
        page.text(RM, PAGE_H - 200, self.t(f"{arabic_date(self.issue_date)}出版"), 10.5, align="r")
        page.line(LM - 20, PAGE_H - 212, RM + 20, PAGE_H - 212, 0.8, RED)

    def masthead(self) -> tuple[Page, float]:
        """Page 1 without a cover: the masthead on top, items below it."""
        page = Page(PAGE_W, PAGE_H)
        self.pages.append(page)
        page.text(PAGE_W / 2, PAGE_H - 80, self.title, 30.0, align="c", color=RED, bold=True)
        page.text(PAGE_W / 2, PAGE_H - 108, self.t(f"{self.label}（总第{self.L['total']}期）"), 12.0, align="c")
        page.text(LM, PAGE_H - 132, self.t(f"{self.T['office']}主办"), 10.5)
        page.text(RM, PAGE_H - 132, self.t(f"{arabic_date(self.issue_date)}出版"), 10.5, align="r")
        page.line(LM - 10, PAGE_H - 142, RM + 10, PAGE_H - 142, 2.0, RED)
        self._footer(page, 1 - self.offset)
        return page, PAGE_H - 160

    def _toc_entries(self, items: list[dict[str, Any]]) -> list[tuple[str, str | None, list[dict]]]:
        sections = self.T.get("sections") or ["省政府令", "省政府文件", "省政府办公厅文件", "部门文件", "人事任免", "政策解读"]
        out = []
        for section in sections:
            sec = [i for i in items if i["category"] == self.t(section)]
            if sec:
                out.append((self.t(section), None, sec))
        return out

    def toc_pages(self, items: list[dict[str, Any]], draw: bool, pages: list[Page] | None = None) -> int:
        """Lay out the 目录 over as many pages as it needs; return that number. With the front
        'cover_toc' the 目录 starts on the cover, under a compact masthead."""
        size, lead = 12.0, 22.0
        num_w = 3 * tw("0", size) + 6
        pno = 0
        page = pages[0] if (draw and pages) else None
        y = PAGE_H - 90
        first_top = PAGE_H - 250 if self.L["front"] == "cover_toc" else PAGE_H - 90

        def heading(first: bool) -> float:
            yy = first_top if first else PAGE_H - 90
            if draw:
                if first:
                    page.text(PAGE_W / 2 - 22, yy, self.t("目"), 22.0, align="c", bold=True)
                    page.text(PAGE_W / 2 + 22, yy, self.t("录"), 22.0, align="c", bold=True)
                    page.text(PAGE_W / 2, yy - 26, self.t(f"{self.label}（总第{self.L['total']}期）"), 11.0,
                              align="c")
            return yy - 56 if first else PAGE_H - 80

        y = heading(True)
        for section, _, sec_items in self._toc_entries(items):
            if y - 2 * lead < CONTENT_BOTTOM:
                pno += 1
                page = pages[pno] if draw else None
                y = heading(False)
            y -= 6
            if draw:
                page.text(LM, y, section, 14.0, bold=True)
            y -= lead + 2
            for it in sec_items:
                if it.get("seq") in self.L.get("toc_omit", []):
                    continue
                title = it["title"]
                if it.get("seq") in self.L.get("toc_misprint", []):
                    title = self.t("东岳省人民政府关于做好有关工作的通知")
                text = title + (f"（{it['doc_number']}）" if it["doc_number"] else "")
                x_text = LM + 2 * size
                avail = RM - num_w - x_text - 3 * size
                lines = wrap(text, size, avail)
                if y - len(lines) * lead < CONTENT_BOTTOM:
                    pno += 1
                    page = pages[pno] if draw else None
                    y = heading(False)
                for i, ln in enumerate(lines):
                    x = x_text if i == 0 else x_text + size
                    if draw:
                        page.text(x, y, ln, size)
                        if i == len(lines) - 1:
                            end = x + tw(ln, size) + 3
                            n_dots = int((RM - num_w - end) / size)
                            page.text(end, y, "…" * n_dots, size, color=(0.2, 0.2, 0.2))
                            page.text(RM, y, str(it["printed_page_start"]), size, align="r")
                    y -= lead
            y -= 4
        return pno + 1

    # the issue ---------------------------------------------------------------------------------
    def build(self) -> dict[str, Any]:
        L = self.L
        recipes: list[dict[str, Any]] = []
        for kind in L["kinds"]:
            recipes.append(self._recipe(kind, recipes))
        if L.get("banners"):
            seen = set()
            for r in recipes:
                if r["category"] not in seen:
                    r["banner"] = r["category"]
                    seen.add(r["category"])
        front: list[Page] = []
        if L["front"] in ("cover", "cover_toc"):
            front.append(Page(PAGE_W, PAGE_H))
        n_toc = 0
        if L["toc"]:
            fake = [{"title": self.t(r["title"]), "doc_number": self.t(r["doc"]), "category": self.t(r["category"]),
                     "printed_page_start": 999, "seq": k + 1} for k, r in enumerate(recipes)]
            for r, f in zip(recipes, fake):
                f["title"] = "".join(self._title_lines(r))
            n_toc = self.toc_pages(fake, draw=False)
            extra_toc = n_toc - 1 if L["front"] == "cover_toc" else n_toc
            front += [Page(PAGE_W, PAGE_H) for _ in range(extra_toc)]
        self.pages.extend(front)
        if L["front"] == "masthead":
            self.offset = 1 - L["printed_start"]
            page, top = self.masthead()
            self.flow.page, self.flow.y, self.flow.top, self.flow.col = page, top, top, 0
        else:
            self.offset = len(self.pages) + 1 - L["printed_start"]
        if L.get("preface"):
            # an editor's note without a title before the first item (a splitter must flag it)
            if self.flow.page is None:
                self.flow.break_page()
                self.flow.y -= 12
            for para in self.T["preface"]:
                self.paragraph(self.t(para))
            for r in recipes[:1]:
                r["same_page"] = True
        items = []
        prev_end = 0
        for seq, r in enumerate(recipes, start=1):
            items.append(self.draw_item(r, seq, prev_end))
            prev_end = items[-1]["page_end"]
        if L["front"] == "cover":
            self.cover(self.pages[0])
        elif L["front"] == "cover_toc":
            self.cover_compact(self.pages[0])
        first_toc = 1 if L["front"] == "cover" else 0
        if L["toc"]:
            drawn = self.toc_pages(items, draw=True, pages=self.pages[first_toc:first_toc + n_toc])
            assert drawn == n_toc, (drawn, n_toc)
        toc_pages = list(range(first_toc + 1, first_toc + 1 + n_toc)) if L["toc"] else []
        return {
            "issue": {"title": self.title, "year": self.year, "number": L["number"],
                      "total_number": L["total"], "date": L["date"]},
            "layout": {k: v for k, v in L.items() if k not in ("kinds",)} | {"kinds": list(L["kinds"])},
            "pages": len(self.pages),
            "printed_page_offset": self.offset,
            "cover_page": 1 if L["front"] in ("cover", "cover_toc") else None,
            "toc_pages": toc_pages,
            "items": items,
            "notes": [
                "Pages are physical and 1-based; printed page = physical - printed_page_offset.",
                "title joins the printed title lines without separators; fields are as printed "
                "(traditional characters in a traditional-script issue); doc_number_parsed.agency_code "
                "is in simplified characters.",
                "starts_mid_page: the item starts on the page where the previous item ends.",
            ],
        }


# A worn copy (layout ``worn=True``): what a photocopied page fed through a sheet scanner adds
# to a clean rendering. Ink is greyed (toner running low), strokes soften, the paper has a
# mottled grey, grain speckles the whole page, and a few toner dots land where nothing is printed.
WORN_INK = 55.0        # grey level black ink comes out at (0 = black)
WORN_SOFTEN = 0.7      # pixels: radius of the Gaussian softening of the strokes
WORN_GRAIN = 14.0      # grey levels: standard deviation of the grain
WORN_DOTS = 0.0006     # share of pixels that are toner dots
WORN_MOTTLE = 10.0     # grey levels: depth of the paper's slow mottling


def _wear(image, rng):
    """``image`` (greyscale PIL) as a worn copy (see WORN_*); ``rng`` is a numpy Generator."""
    import numpy as np
    from PIL import Image, ImageFilter

    soft = image.filter(ImageFilter.GaussianBlur(WORN_SOFTEN))
    a = np.asarray(soft, dtype=np.float32)
    a = WORN_INK + a * (255.0 - WORN_INK) / 255.0
    h, w = a.shape
    # slow mottling: coarse random field blown up to the page size
    coarse = rng.normal(0.0, WORN_MOTTLE, (max(2, h // 200), max(2, w // 200))).astype(np.float32)
    mottle = np.asarray(Image.fromarray(coarse, "F").resize((w, h), Image.BICUBIC), dtype=np.float32)
    a = a - np.abs(mottle) + rng.normal(0.0, WORN_GRAIN, a.shape).astype(np.float32)
    dots = rng.random(a.shape) < WORN_DOTS
    a[dots] = rng.uniform(20, 110, int(dots.sum()))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def _rasterise(pdf_in: Path, pdf_out: Path, dpi: int, skew: float = 0.0, worn: int | None = None) -> None:
    """Re-wrap each page as a greyscale image with no text layer (what a scan looks like);
    ``worn``: the seed of a worn copy's wear (:func:`_wear`), None for a clean one. Pages of a
    worn copy lean alternately (a stack fed by hand)."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas as rl_canvas

    doc = pdfium.PdfDocument(str(pdf_in))
    c = rl_canvas.Canvas(str(pdf_out), pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setCreator("samples (synthetic image-only sample)")
    try:
        for i in range(len(doc)):
            page = doc[i]
            image = page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
            page.close()
            lean = skew if worn is None or i % 2 == 0 else -0.5 * skew
            if lean:
                image = image.rotate(lean, resample=3, expand=False, fillcolor=255)
            if worn is not None:
                import numpy as np

                image = _wear(image, np.random.default_rng([worn, i]))
            buf = io.BytesIO()
            image.save(buf, format="PNG", optimize=False)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=PAGE_W, height=PAGE_H)
            c.showPage()
    finally:
        doc.close()
    c.save()


def build_issue(layout: dict[str, Any], pdf_path: Path | None) -> dict[str, Any]:
    """Write one benchmark issue (see ISSUE_LAYOUTS) to ``pdf_path``; return its ground truth
    (only the truth when ``pdf_path`` is None)."""
    register_font()
    builder = _IssueBuilder(layout)
    truth = builder.build()
    if pdf_path is None:
        truth["file"] = f"{layout['stem']}.pdf"
        truth["image_only"] = bool(layout.get("image_only"))
        return truth
    pdf_path = Path(pdf_path)
    d = builder.issue_date
    title = f"{builder.title} {builder.label}"
    if layout.get("image_only"):
        import tempfile

        with tempfile.TemporaryDirectory(prefix="gongkai-scan-") as tmp:
            text_pdf = Path(tmp) / "text.pdf"
            render(builder.pages, text_pdf, title=title, author=builder.t(builder.T["office"]),
                   subject="Synthetic sample gazette issue (gongkai test data)", pdf_date=f"D:{d:%Y%m%d}090000+08'00'")
            pdf_path.parent.mkdir(parents=True, exist_ok=True)
            _rasterise(text_pdf, pdf_path, int(layout.get("scan_dpi", 200)), float(layout.get("skew", 0.0)),
                       worn=layout["number"] if layout.get("worn") else None)
    else:
        render(builder.pages, pdf_path, title=title, author=builder.t(builder.T["office"]),
               subject="Synthetic sample gazette issue of a fictional province (gongkai test data)",
               pdf_date=f"D:{d:%Y%m%d}090000+08'00'")
    truth["file"] = pdf_path.name
    truth["image_only"] = bool(layout.get("image_only"))
    return truth


def build_issues(pdf_dir: Path | None, truth_dir: Path | None = None, *, only: list[str] | None = None,
                 include_scans: bool = True) -> list[tuple[Path | None, dict[str, Any]]]:
    """Write every benchmark issue into ``pdf_dir`` (and its truth JSON into ``truth_dir``);
    with ``pdf_dir`` None, only the truth is made."""
    import json

    out = []
    for layout in issue_layouts():
        if only and layout["stem"] not in only:
            continue
        if layout.get("image_only") and not include_scans:
            continue
        pdf = Path(pdf_dir) / f"{layout['stem']}.pdf" if pdf_dir is not None else None
        truth = build_issue(layout, pdf)
        if truth_dir is not None:
            path = Path(truth_dir) / f"{layout['stem']}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        out.append((pdf, truth))
    return out


if __name__ == "__main__":  # python -m samples.gazette PDF_DIR [TRUTH_DIR]
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/gazettes")
    truth_target = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    for pdf, _ in build_issues(target, truth_target):
        print(pdf)
