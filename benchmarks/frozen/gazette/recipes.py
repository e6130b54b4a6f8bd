"""The frozen issues: one recipe per issue (layout, script, documents, scan), each with its seed.

Frozen means: these recipes are not changed to suit the splitter. A new layout class goes in as
a new recipe (a new stem), so figures stay comparable run to run.
"""

from __future__ import annotations

BASE = {
    "script": "simplified", "columns": 1, "body": 11.0, "title": 16.0, "font": "zenhei",
    "title_font": "zenhei", "toc": "dotted", "front": "cover", "header": "split",
    "page_no": "— {n} —", "page_no_pos": "footer-center", "printed_start": 1, "doc_align": "center",
    "date_style": "arabic", "brackets": ["〔〕"], "title_split": "wrap", "same_page": 0.5,
    "annex_new_page": 0.5, "scan": None, "docno_pos": "below", "docno_paren": False,
}

_RECIPES = [
    {"stem": "nanling-2026-05", "seed": 5105, "number": 5,
     "kinds": ["decree", "gov_notice", "office_annex", "dept_notice", "joint2", "appoint_list"]},
    {"stem": "nanling-2026-06", "seed": 5106, "number": 6,
     "docno_pos": "above", "front": "masthead", "toc": None, "columns": 2,
     "body": 10.0, "title": 14.0, "page_no": "第{n}页", "page_no_pos": "footer-outer", "header": "alternate",
     "printed_start": 151, "same_page": 0.7,
     "kinds": ["gov_notice", "reply", "office_notice", "joint3+stacked", "dept_notice", "appoint_notice"]},
    {"stem": "nanling-2026-07", "seed": 5107, "number": 7,
     "docno_paren": True, "toc": "two_level", "body": 12.0, "title": 18.0,
     "font": "zenhei-mono", "page_no": "·{n}·", "page_no_pos": "header-outer", "header": "center",
     "kinds": ["decree", "decree", "gov_notice", "office_annex+landscape", "dept_notice", "joint2",
               "appoint_notice"]},
    {"stem": "nanling-2026-08", "seed": 5108, "number": 8, "script": "traditional", "toc": "with_docno",
     "date_style": "chinese", "page_no": "{n}", "brackets": ["〔〕", "［］"],
     "kinds": ["gov_notice", "reply", "office_notice", "joint2", "dept_notice", "appoint_list"]},
    {"stem": "nanling-2026-09", "seed": 5109, "number": 9,
     "docno_pos": "above", "front": "masthead", "columns": 2, "body": 10.5,
     "title": 15.0, "font": "zenhei-sharp", "page_no_pos": "footer-outer", "printed_start": 201,
     "kinds": ["decree", "office_annex", "gov_notice", "joint2", "joint3", "dept_notice", "appoint_list"]},
    {"stem": "nanling-2026-10", "seed": 5110, "number": 10, "toc": "spaced", "date_style": "mixed",
     "title_split": "org", "doc_align": "right",
     "kinds": ["gov_notice", "office_annex+landscape", "dept_notice", "decision", "joint2+stacked",
               "appoint_notice"]},
    {"stem": "nanling-2026-11", "seed": 5111, "number": 11, "toc": None, "body": 12.5, "title": 20.0,
     "header": "none", "page_no": "第{n}页", "same_page": 0.9,
     "kinds": ["decree", "gov_notice", "office_annex", "dept_notice", "appoint_list"]},
    {"stem": "nanling-2026-12", "seed": 5112, "number": 12, "script": "traditional", "columns": 2, "toc": None,
     "front": "masthead", "date_style": "chinese", "header": "alternate", "page_no": "·{n}·",
     "page_no_pos": "footer-outer", "printed_start": 301, "body": 10.0, "title": 14.0,
     "kinds": ["decree", "gov_notice", "joint3", "office_annex", "appoint_notice"]},
    {"stem": "nanling-2026-13", "seed": 5113, "number": 13,
     "docno_pos": "above", "docno_paren": True, "body": 10.0, "title": 14.0,
     "font": "zenhei-mono", "header": "alternate", "page_no": "{n}", "page_no_pos": "header-outer",
     "brackets": ["〔〕", "[]"], "same_page": 0.8,
     "kinds": ["decree", "gov_notice", "gov_notice", "reply", "decision", "office_notice", "office_annex",
               "dept_notice", "dept_notice", "joint2", "joint3+stacked", "appoint_notice", "appoint_list"]},
    {"stem": "nanling-2026-14", "seed": 5114, "number": 14, "toc": "with_docno", "columns": 2, "body": 10.5,
     "title": 15.0, "brackets": ["［］", "（）"], "title_split": "org", "printed_start": 341,
     "page_no": "— {n} —", "page_no_pos": "footer-outer",
     "kinds": ["gov_notice", "office_annex", "reply", "joint2", "dept_notice", "appoint_list"]},
    {"stem": "nanling-2026-15", "seed": 5115, "number": 15,
     "docno_paren": True, "script": "traditional", "toc": "two_level",
     "title_split": "org", "date_style": "mixed", "annex_new_page": 1.0,
     "kinds": ["decree", "office_annex+landscape", "gov_notice", "joint2", "dept_notice", "appoint_notice"]},
    {"stem": "nanling-2026-16", "seed": 5116, "number": 16, "front": "masthead", "toc": None, "same_page": 1.0,
     "date_style": "chinese", "annex_new_page": 0.0, "header": "center", "page_no": "·{n}·",
     "kinds": ["gov_notice", "office_annex", "decree", "joint2", "reply", "appoint_list"]},
    # Added with generator version 2 (before any rule was changed for them): the classes the
    # first recipes lacked. Serif (AR PL UMing) and 楷体 (AR PL UKai) body text; documents the 目录
    # leaves out, starting mid-page (toc_omit: 0-based positions); 转发 notices carrying the
    # forwarded text with its own later signature and earlier date; party and government offices
    # issuing together (办发) with a 版记 印发 date; joint notices with a 印发 line (+print);
    # decrees whose signature has no date (+nosigdate: the preamble's date); departments' 字
    # series (+zi).
    {"stem": "nanling-2026-20", "seed": 5120, "number": 20, "font": "uming", "toc_omit": [3],
     "same_page": 0.6,
     "kinds": ["gov_notice", "forward", "party_joint", "dept_notice+zi", "joint2+print", "decree+nosigdate",
               "appoint_list"]},
    {"stem": "nanling-2026-21", "seed": 5121, "number": 21, "script": "traditional", "font": "ukai",
     "toc": None, "columns": 2, "body": 10.5, "title": 15.0, "front": "masthead", "date_style": "chinese",
     "page_no": "第{n}页", "page_no_pos": "footer-outer", "printed_start": 81, "same_page": 0.9,
     "kinds": ["decree", "forward", "joint3+print", "dept_notice+zi", "office_annex", "appoint_notice"]},
    {"stem": "nanling-2026-22", "seed": 5122, "number": 22, "font": "uming", "title_font": "uming",
     "toc": "two_level", "toc_omit": [2, 5], "same_page": 0.8, "docno_pos": "above", "header": "alternate",
     "page_no": "— {n} —", "page_no_pos": "footer-outer",
     "kinds": ["office_annex", "gov_notice", "office_notice", "party_joint", "dept_notice+zi",
               "decree+nosigdate", "appoint_list"]},
    {"stem": "nanling-2026-23", "seed": 5123, "number": 23, "font": "uming", "title_font": "ukai",
     "front": "masthead", "toc": None, "date_style": "mixed", "title_split": "org", "same_page": 0.7,
     "brackets": ["〔〕", "［］"],
     "kinds": ["party_joint+stacked", "forward", "decree", "reply", "joint2+print+stacked", "appoint_notice"]},
    {"stem": "nanling-2026-24", "seed": 5124, "number": 24, "toc": "with_docno", "columns": 2, "body": 10.5,
     "title": 15.0, "font": "uming", "script": "traditional", "printed_start": 121, "page_no": "{n}",
     "page_no_pos": "footer-outer", "toc_omit": [4], "same_page": 0.7,
     "kinds": ["forward", "decree+nosigdate", "joint3+print", "office_annex+landscape", "dept_notice+zi",
               "appoint_list"]},
    # scans: rasterised at the stated dpi, skewed, with noise (scan.py)
    {"stem": "nanling-2026-17-scan", "seed": 5117, "number": 17, "body": 12.0, "title": 18.0,
     "scan": {"dpi": 200, "skew": 0.45},
     "kinds": ["decree", "gov_notice", "office_annex", "joint2", "appoint_list"]},
    {"stem": "nanling-2026-18-scan", "seed": 5118, "number": 18,
     "docno_pos": "above", "columns": 2, "front": "masthead", "toc": None,
     "body": 11.0, "title": 15.0, "page_no": "第{n}页", "scan": {"dpi": 150, "skew": -0.6},
     "kinds": ["gov_notice", "reply", "joint2", "dept_notice", "appoint_notice"]},
    {"stem": "nanling-2026-19-scan", "seed": 5119, "number": 19, "script": "traditional", "toc": "two_level",
     "body": 12.0, "title": 17.0, "date_style": "chinese", "scan": {"dpi": 200, "skew": 0.8},
     "kinds": ["decree", "office_notice", "joint2", "dept_notice", "appoint_list"]},
    {"stem": "nanling-2026-25-scan", "seed": 5125, "number": 25, "date": "2026-12-28", "font": "uming", "body": 12.0, "title": 17.0,
     "toc": "dotted", "toc_omit": [2], "same_page": 0.5, "scan": {"dpi": 150, "skew": 0.5},
     "kinds": ["forward", "party_joint", "dept_notice+zi", "decree+nosigdate", "appoint_list"]},
    {"stem": "nanling-2026-26-scan", "seed": 5126, "number": 26, "date": "2026-12-31", "script": "traditional", "columns": 2,
     "front": "masthead", "toc": None, "body": 11.0, "title": 15.0, "font": "uming",
     "page_no": "·{n}·", "scan": {"dpi": 200, "skew": -0.7},
     "kinds": ["gov_notice", "joint2+print", "office_annex", "appoint_notice"]},
]


def recipes() -> list[dict]:
    """Every frozen issue's full recipe (BASE completed by the issue's own settings)."""
    out = []
    for r in _RECIPES:
        full = {**BASE, **r}
        n = full["number"]
        full.setdefault("year", 2026)
        full.setdefault("total", 400 + n)
        full.setdefault("date", f"2026-{(n + 1) // 2:02d}-{10 if n % 2 else 25:02d}")
        out.append(full)
    return out
