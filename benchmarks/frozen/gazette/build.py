"""Build one frozen issue (PDF and truth), or the whole set into a cache folder.

The truth is written from the generator's own structures (the documents and where the layout
put their lines), in the shape of tests/truth/gazettes/*.json; it never comes from reading the
PDF back, and never from the splitter.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import tempfile
from pathlib import Path

from . import texts as T
from .documents import DocMaker, traditional
from .recipes import recipes
from .render import (Flow, Page, Style, TocEntry, cover_page, draw, masthead, place_doc,
                     register_fonts, toc_page_count, toc_pages)
from .scan import scan_pdf

HERE = Path(__file__).resolve().parent
TOC_BODY = 11.0  # 目录 type size
SECTION_ORDER = ["省政府令", "省政府文件", "省政府办公厅文件", "部门文件", "人事任免"]


def _style(r: dict, tt) -> Style:
    return Style(body=r["body"], title=r["title"], font=r["font"], title_font=r["title_font"],
                 columns=r["columns"], header=r["header"], page_no=r["page_no"],
                 page_no_pos=r["page_no_pos"], doc_align=r["doc_align"],
                 header_text=(tt(T.GAZETTE), f"{r['year']}年第{r['number']}期"))


def _toc_title(doc, style: str) -> str:
    if style == "with_docno" and doc.doc_number and doc.kind != "decree":
        return f"{doc.toc_title}（{doc.doc_number}）"
    return doc.toc_title


def build_issue(r: dict, out_pdf: Path) -> dict:
    """Write the issue's PDF to ``out_pdf`` and return its truth."""
    register_fonts(r["font"], r["title_font"])
    rng = random.Random(r["seed"])
    trad = r["script"] == "traditional"
    tt = T.to_traditional if trad else (lambda s: s)
    issue_date = dt.date.fromisoformat(r["date"])
    maker = DocMaker(rng, issue_date, r["year"], r["date_style"], r["brackets"], r["title_split"],
                     r["docno_pos"], r["docno_paren"])
    docs = [maker.make(k) for k in r["kinds"]]
    if trad:
        docs = [traditional(d) for d in docs]
    style = _style(r, tt)
    gazette, period = tt(T.GAZETTE), f"{r['year']}年第{r['number']}期"

    front: list[Page] = []
    if r["front"] == "cover":
        front.append(cover_page(1, gazette, period, f"（总第{r['total']}期）",
                                f"{issue_date.year}年{issue_date.month}月{issue_date.day}日", tt(T.PUBLISHER) + "主办"))
    toc_style = r["toc"]
    # documents the 目录 leaves out (printed in the body all the same, under the one before)
    omitted = set(r.get("toc_omit", [])) if toc_style else set()
    sections = {d.category: tt(d.category) for d in docs}
    listed = [i for i in range(len(docs)) if i not in omitted]
    entries = [TocEntry(_toc_title(docs[i], toc_style), 0, sections[docs[i].category]) for i in listed]
    heading = tt("目　录")
    reserved = 0.0
    body_page: Page | None = None
    if toc_style:
        first = Page(len(front) + 1, front[0].size if front else (595.2756, 841.8898), running=False)
        if r["front"] == "masthead":
            reserved = masthead(first, gazette, period)
        n_toc = toc_page_count(entries, toc_style, reserved, TOC_BODY, style.font)
        first_body = len(front) + n_toc + 1
    else:
        first_body = len(front) + 1
        if r["front"] == "masthead":
            body_page = Page(first_body, (595.2756, 841.8898))
            reserved = masthead(body_page, gazette, period)
    flow = Flow(style, first_body, r["printed_start"], top_reserved=reserved if body_page else 0.0,
                page=body_page)
    placed = []
    for i, doc in enumerate(docs):
        new_page = i > 0 and rng.random() >= r["same_page"] and i not in omitted
        placed.append(place_doc(flow, doc, new_page, annex_new_page=rng.random() < r["annex_new_page"]))
    printed = {p.number: p.printed for p in flow.pages}
    pages = list(front)
    if toc_style:
        for e, i in zip(entries, listed):
            e.printed = printed[placed[i].page_start]
        toc = toc_pages(entries, toc_style, first, reserved, TOC_BODY, style.font, heading)
        if len(toc) != n_toc:
            raise AssertionError(f"{r['stem']}: 目录 took {len(toc)} pages, {n_toc} planned")
        pages += toc
    pages += flow.pages
    if [p.number for p in pages] != list(range(1, len(pages) + 1)):
        raise AssertionError(f"{r['stem']}: pages out of sequence")

    scan = r.get("scan")
    if scan:
        with tempfile.TemporaryDirectory(prefix="frozen-gazette-") as tmp:
            text_pdf = Path(tmp) / "text.pdf"
            draw(pages, style, text_pdf)
            scan_pdf(text_pdf, out_pdf, scan["dpi"], scan["skew"], r["seed"])
    else:
        draw(pages, style, out_pdf)
    return _truth(r, docs, placed, pages, printed, gazette, issue_date, out_pdf)


def _truth(r, docs, placed, pages, printed, gazette, issue_date, out_pdf) -> dict:
    items = []
    prev_end = None
    for seq, (doc, pl) in enumerate(zip(docs, placed), start=1):
        items.append({
            "seq": seq, "kind": doc.kind, "title": doc.title, "title_lines": doc.title_lines,
            "toc_title": doc.toc_title, "category": doc.category, "doc_number": doc.doc_number,
            "issuer": doc.issuer, "signed_date": doc.signed_date.isoformat(),
            "signed_date_printed": doc.signed_printed, "recipients": doc.recipients,
            "disclosure": doc.disclosure, "cc": doc.cc,
            "page_start": pl.page_start, "page_end": pl.page_end,
            "printed_page_start": printed[pl.page_start], "printed_page_end": printed[pl.page_end],
            "starts_mid_page": pl.page_start == prev_end,
            "in_toc": bool(r["toc"]) and seq - 1 not in set(r.get("toc_omit", [])),
            "landscape_pages": sorted({p for p, _ in pl.lines if pages[p - 1].landscape}),
            "lines": [[p, text] for p, text in pl.lines],
        })
        prev_end = pl.page_end
    first_body = min(printed)
    tail_only = [p.number for p in pages if p.number in printed
                 and not any(it["page_start"] == p.number for it in items)]
    return {
        "issue": {"title": gazette, "year": r["year"], "number": r["number"], "total_number": r["total"],
                  "date": issue_date.isoformat()},
        "layout": {k: v for k, v in r.items() if k != "kinds"} | {"kinds": r["kinds"]},
        "pages": len(pages),
        "printed_page_offset": first_body - printed[first_body],
        "body_pages": sorted(printed),
        "tail_only_pages": tail_only,
        "notes": ["Frozen set (benchmarks/frozen/gazette): pages are physical and 1-based.",
                  "title joins the printed title lines; fields are as printed (繁體 in a traditional issue).",
                  "A decree's title is the 规章 it promulgates, its doc_number the 令 number "
                  "(南陵省人民政府令第N号), its signed_date the date under the governor's signature.",
                  "An annex printed after 附件： belongs to its notice: one item, page_end at the annex's end.",
                  "lines: every content line of the item with its physical page."],
        "file": out_pdf.name,
        "image_only": bool(r.get("scan")),
        "items": items,
    }


def generator_version() -> str:
    """A hash of the generator's code and texts: the cache is rebuilt when any of them changes."""
    h = hashlib.sha256()
    for path in sorted(HERE.glob("*.py")):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:12]


def build_set(cache_root: Path, scans: int | None = None, log=print) -> list[tuple[dict, Path, dict]]:
    """Every text issue and the first ``scans`` scanned ones (all when None), cached by version."""
    folder = Path(cache_root) / f"frozen-gazette-{generator_version()}"
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    scanned = 0
    for r in recipes():
        if r.get("scan"):
            if scans is not None and scanned >= scans:
                continue
            scanned += 1
        pdf = folder / f"{r['stem']}.pdf"
        truth_path = folder / f"{r['stem']}.json"
        if pdf.exists() and truth_path.exists():
            truth = json.loads(truth_path.read_text(encoding="utf-8"))
        else:
            partial = pdf.with_suffix(".partial")  # an interrupted build leaves no PDF to be reused
            truth = build_issue(r, partial)
            truth["file"] = pdf.name
            partial.replace(pdf)
            truth_path.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            log(f"  generated {pdf}")
        out.append((r, pdf, truth))
    return out
