"""What a person wants to see in a notebook: the source beside the data, bad cells highlighted,
one chart, the summaries and a verdict, in Chinese.

Only presentation lives here; every figure shown is computed by the library. Everything a
notebook shows is also archived (and published) as the record of the run, so:

* tables are shown from the data as published (the package's CSV read back,
  :func:`published_frames`), with the same row numbers as the validation report (a
  spreadsheet's own rows, the line of the extracted table otherwise);
* source images come only from :func:`gongkai.source_view.render_page` and spreadsheet grids
  only from :func:`gongkai.source_view.sheet_grid`, which black out every personal value the
  schema declares or the detectors find;
* nothing prints an absolute path.

Source regions are rendered at :data:`~gongkai.source_view.SOURCE_DPI` and shown at their
natural size in a scrollable frame (every printed figure legible; the browser's zoom
enlarges them further); the extracted rows sit beside them.
"""

from __future__ import annotations

import base64
import html
import json
import logging
from pathlib import Path
from typing import Iterable

import pandas as pd

from .extract.budget import rule_zh
from .source_view import (CROP_ABOVE, CROP_MARGIN, SOURCE_DPI, Redaction, kept_fields, render_page,
                          sheet_grid, sheet_rows)

CJK_FONT_FILES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
]
ERROR_CELL_STYLE = "background-color: #f8c9c4"
ROW_STYLE = "background-color: #fbe8c8"
MISSING = "—"      # one way to show a missing value, everywhere
PANE_HEIGHT = 900  # pixels of a scrollable source or table pane

PII_KIND_ZH = {"person_name": "姓名", "cn_resident_id": "身份证号码", "phone": "电话号码",
               "bank_card": "银行卡号", "email": "电子邮箱", "address": "详细地址",
               "free_text": "自由文本", "none": "无"}
METHOD_ZH = {"keep": "保留（依规定公开）", "mask": "部分遮盖", "keyed_pseudonym": "密钥化假名",
             "generalise": "泛化", "suppress": "删除", "redact": "删除其中的个人信息", "none": "不处理"}
SOURCE_ZH = {"declared": "表结构声明", "header": "按表头推断", "content": "按内容推断", "default": "默认"}
DETECTOR_ZH = {"cn_resident_id": "身份证号码", "phone": "电话号码", "mobile": "手机号码",
               "landline": "固定电话", "bank_card": "银行卡号", "email": "电子邮箱",
               "address": "详细地址", "person_name": "姓名", "person_name_text": "姓名",
               "person_name_latin": "姓名（拼音）"}
# --- fonts ---------------------------------------------------------------------------------

def setup_cjk_fonts() -> str | None:
    """Make matplotlib draw Chinese with the first CJK font found, without findfont warnings."""
    import matplotlib
    from matplotlib import font_manager

    # matplotlib warns for every glyph family it cannot resolve; the font set below resolves
    # them all, so its warnings would only be noise in an archived record
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    for path in CJK_FONT_FILES:
        if Path(path).exists():
            font_manager.fontManager.addfont(path)
            name = font_manager.FontProperties(fname=path).get_name()
            matplotlib.rcParams["font.family"] = [name]
            matplotlib.rcParams["font.sans-serif"] = [name]
            matplotlib.rcParams["axes.unicode_minus"] = False
            return name
    return None


# --- layout --------------------------------------------------------------------------------

def _img_tag(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return (f"<img src='data:image/png;base64,{data}' alt='{html.escape(alt)}' "
            f"class='gongkai-page' style='max-width:none;display:block;border:1px solid #bbb'/>")


def _figure(png: bytes, caption: str) -> str:
    return (f"<figure style='margin:0 0 10px 0'>{_img_tag(png, caption)}"
            f"<figcaption style='font-size:13px;color:#333'>{html.escape(caption)}</figcaption></figure>")


def _table_html(frame) -> str:
    from pandas.io.formats.style import Styler

    if isinstance(frame, Styler):
        return frame.to_html()
    if isinstance(frame, str):
        return frame
    return show_missing(frame).to_html(border=0)


def _beside(left: str, right, *, caption: str = "", stacked: bool = False) -> "HTML":
    """The source and the data side by side, each pane scrolling on its own; when the window
    is too narrow for both at their natural width (a landscape page at 150 dpi), the data
    wraps under the source. ``stacked`` puts them one above the other (two wide tables)."""
    from IPython.display import HTML

    rows = (f"<div style='flex:1 1 {'100%' if stacked else '420px'};min-width:0;overflow:auto;"
            f"max-height:{PANE_HEIGHT}px'>"
            + (f"<p style='margin:0 0 6px 0'><strong>{html.escape(caption)}</strong></p>" if caption else "")
            + f"<div class='gongkai-rows' style='font-size:12px'>{_table_html(right)}</div></div>")
    source = (f"<div style='flex:{'1 1 100%' if stacked else '0 1 auto'};max-width:100%;min-width:0;"
              f"overflow:auto;max-height:{PANE_HEIGHT if not stacked else 560}px;border:1px solid #ddd'>{left}</div>")
    return HTML("<div class='gongkai-source' style='display:flex;flex-wrap:wrap;gap:16px;"
                f"align-items:flex-start;margin:8px 0 24px 0'>{source}{rows}</div>")


NOWRAP = [{"selector": "td", "props": [("white-space", "nowrap")]},
          {"selector": "th", "props": [("white-space", "nowrap")]}]
WRAP = [{"selector": "td", "props": [("min-width", "7em"), ("max-width", "28em"),
                                      ("white-space", "normal"), ("text-align", "left")]}]


def plain(frame: pd.DataFrame):
    """A summary table without the positional index (0, 1, 2 ... means nothing to a reader)."""
    return show_missing(frame).style.hide(axis="index")


# --- tables as a person reads them ---------------------------------------------------------

def show_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every missing value shown the same way (not both ``<NA>`` and blank)."""
    out = frame.astype(object)
    return out.where(out.notna() & (out.astype(str) != ""), MISSING)


def titled(frame: pd.DataFrame, schema: dict | None) -> pd.DataFrame:
    """Columns headed by the schema's Chinese titles over the field names (the CSV's header)."""
    titles = {f["name"]: f.get("title", f["name"]) for f in (schema or {}).get("fields", [])}
    out = frame.copy()
    out.columns = pd.MultiIndex.from_tuples([(titles.get(c, c), c) for c in frame.columns])
    return out


def _styled(frame: pd.DataFrame, cells: dict[tuple, str], rows: dict = None,
            schema: dict | None = None, *, wrap: bool = False):
    """``frame`` (as published) with the cells in ``cells`` ((index label, column) -> note)
    highlighted with their note as tooltip, and the rows in ``rows`` (label -> note) tinted."""
    rows = rows or {}
    shown = titled(show_missing(frame), schema)
    columns = list(frame.columns)

    def colour(data: pd.DataFrame) -> pd.DataFrame:
        out = pd.DataFrame("", index=data.index, columns=data.columns)
        for label in rows:
            if label in out.index:
                out.loc[label] = ROW_STYLE
        for (label, column), _note in cells.items():
            if label in out.index and column in columns:
                out.iloc[out.index.get_loc(label), columns.index(column)] = ERROR_CELL_STYLE
        return out

    tips = pd.DataFrame("", index=shown.index, columns=shown.columns)
    for (label, column), note in cells.items():
        if label in tips.index and column in columns:
            tips.iloc[tips.index.get_loc(label), columns.index(column)] = note
    for label, note in rows.items():
        if label in tips.index:
            for j in range(len(columns)):
                if not tips.iloc[tips.index.get_loc(label), j]:
                    tips.iloc[tips.index.get_loc(label), j] = note
    styler = shown.style.apply(colour, axis=None).set_table_styles(WRAP if wrap else NOWRAP)
    if any(tips.to_numpy().ravel()):
        styler = styler.set_tooltips(tips)
    return styler


def _report(report):
    """A :class:`gongkai.validate.ValidationReport` for a report object or its ``as_dict()``."""
    from .validate import ValidationReport

    if isinstance(report, ValidationReport):
        return report
    report = report or {}
    return ValidationReport(valid=bool(report.get("valid", True)),
                            errors=list(report.get("errors") or []),
                            rows=int(report.get("rows") or 0))


def validation_table(report, schema: dict | None = None) -> pd.DataFrame:
    """The validation errors (工作表, 行, 字段, 错误类型, 说明), or one line saying it passed.
    Row numbers are those of the source (a sheet's rows, a CSV's lines)."""
    from .validate.frame import error_type_zh

    rep = _report(report)
    if not rep.errors:
        return plain(pd.DataFrame({"结果": ["通过：没有发现错误"]}))
    titles = {f["name"]: f.get("title", f["name"]) for f in (schema or {}).get("fields", [])}
    frame = pd.DataFrame(rep.errors)
    out = pd.DataFrame({"行": frame.get("rowNumber"),
                        "字段": [titles.get(f, f) if isinstance(f, str) else MISSING
                                 for f in frame.get("fieldName", [None] * len(frame))],
                        "错误类型": [error_type_zh(t) for t in frame.get("type", [None] * len(frame))],
                        "说明": frame.get("note")})
    if "sheet" in frame and frame["sheet"].notna().any() and frame["sheet"].nunique() > 1:
        out.insert(0, "工作表", frame["sheet"])
    if "resource" in frame:
        out.insert(0, "数据表", frame["resource"])
    return plain(out)


def deid_table(report: dict, schema: dict | None = None) -> pd.DataFrame:
    """What was done to each field, counts only, in Chinese."""
    rows = report.get("fields", [])
    if not rows:
        return plain(pd.DataFrame({"结果": ["没有需要处理的字段"]}))
    titles = {f["name"]: f.get("title", f["name"]) for f in (schema or {}).get("fields", [])}
    out = []
    for r in rows:
        method = METHOD_ZH.get(r.get("method"), r.get("method"))
        if r.get("method") == "suppress":
            method = "删除整列" if r.get("scope") == "column" else "删除该值"
        out.append({"字段": titles.get(r["field"], r["field"]), "字段名": r["field"],
                    "个人信息类型": PII_KIND_ZH.get(r.get("kind"), r.get("kind")),
                    "处理方式": method, "依据": SOURCE_ZH.get(r.get("source"), r.get("source")),
                    "改动的值": int(r.get("values_changed") or 0)})
    return plain(pd.DataFrame(out))


def undeclared_hits(report: dict) -> pd.DataFrame:
    hits = report.get("undeclared_hits") or []
    if not hits:
        return plain(pd.DataFrame({"结果": ["未声明为个人信息的字段中没有发现个人信息"]}))
    return plain(pd.DataFrame([{"字段": h.get("field"), "发现的个人信息": DETECTOR_ZH.get(h.get("detector"), h.get("detector")),
                          "已删除的值": h.get("count")} for h in hits]))


def k_anonymity_sentence(report: dict, schema: dict | None = None) -> str:
    """One sentence saying what the k-anonymity figure means for this table."""
    risk = report.get("risk") or {}
    if not risk.get("assessed"):
        return "未评估 k-匿名性：表结构没有声明准标识符（可能被组合起来认出某个人的字段）。"
    titles = {f["name"]: f.get("title", f["name"]) for f in (schema or {}).get("fields", [])}
    qis = "、".join(titles.get(q, q) for q in risk.get("quasi_identifiers") or [])
    k = risk.get("k_after", risk.get("k_before"))
    threshold = risk.get("k_threshold")
    sentence = (f"k = {k}：把记录按准标识符（{qis}）的取值组合分组，最小的一组有 {k} 条记录；"
                f"k 越大，越难凭这些字段认出某一户。")
    if threshold is not None:
        sentence += f"本数据集要求 k ≥ {threshold}，" + ("已满足。" if risk.get("satisfied") else "未满足。")
        if threshold <= 1:
            sentence += "（公示名单按通知要求公开社区、人数和金额，因此不强制更高的 k。）"
    return sentence


# --- rows as published, numbered as the validator numbers them ----------------------------------

def _row_labels(result, frame: pd.DataFrame) -> list:
    """The row number of each published row as the validation report gives it: the source
    sheet's row or CSV line for a spreadsheet ("工作表:行" when there are several sheets),
    otherwise the line of the extracted table (the header is line 1)."""
    layout = (getattr(result, "extra", {}) or {}).get("layout")
    if isinstance(layout, list) and layout:
        labels: list = []
        several = len(layout) > 1
        for part in layout:
            for i in range(int(part["rows"])):
                row = int(part["first_row"]) + i
                labels.append(f"{part['sheet']}:{row}" if several else row)
        if len(labels) == len(frame):
            return labels
    return list(range(2, len(frame) + 2))


def _error_label(err: dict, several_sheets: bool):
    row = err.get("rowNumber")
    if row is None:
        return None
    return f"{err.get('sheet')}:{row}" if several_sheets and err.get("sheet") else int(row)


def _with_labels(result, frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.reset_index(drop=True).copy()
    out.index = pd.Index(_row_labels(result, out), name="行")
    return out


def _cell_notes(result, frame: pd.DataFrame, resource: str | None = None) -> tuple[dict, dict]:
    """Validation errors as ((row label, field) -> note, row label -> note) for ``frame``."""
    report = (result.reports or {}).get("validation") or {}
    layout = (getattr(result, "extra", {}) or {}).get("layout")
    several = isinstance(layout, list) and len(layout) > 1
    cells: dict = {}
    rows: dict = {}
    for err in report.get("errors") or []:
        if resource is not None and err.get("resource") not in (None, resource):
            continue
        label = _error_label(err, several)
        if label is None or label not in frame.index:
            continue
        field = err.get("fieldName")
        if field in frame.columns:
            cells[(label, field)] = "；".join(filter(None, [cells.get((label, field)), err.get("note")]))
        else:
            rows[label] = "；".join(filter(None, [rows.get(label), err.get("note")]))
    return cells, rows


def highlighted(result, frame: pd.DataFrame, schema: dict | None = None):
    """The published rows of ``result`` (labelled with the validator's row numbers), the
    cells with validation errors highlighted (their notes as tooltips)."""
    frame = _with_labels(result, frame)
    cells, rows = _cell_notes(result, frame)
    return _styled(frame, cells, rows, schema)


# --- each kind's sources ---------------------------------------------------------------------

def _pages_pane(rendered: list[tuple[bytes, str]]) -> str:
    return "".join(_figure(png, caption) for png, caption in rendered)


def _band(geometry: dict, page: int, row_index: int):
    entry = (geometry.get("pages") or {}).get(str(page)) or {}
    return (entry.get("rows") or {}).get(str(row_index))


def listing_sources(result, pdf_path, frame: pd.DataFrame | None = None) -> list:
    """Each page of the listing's table (personal columns and detected values blacked out)
    beside the rows printed on it, as published; cells with validation errors highlighted in
    the rows and outlined on the page."""
    res = result.resources[0]
    frame = _with_labels(result, res.frame if frame is None else frame)
    table = (result.extra or {}).get("table") or {}
    geometry = table.get("geometry") or {}
    header, mapping = table.get("header") or [], table.get("mapped") or {}
    redaction = Redaction.for_schemas([res.schema], geometry=geometry, header=header,
                                      mapping=mapping, public=_kept(frame, res.schema),
                                      published=[frame])
    cells, rows = _cell_notes(result, frame)
    header_rows = int(geometry.get("header_rows") or 0)
    columns = geometry.get("columns") or []
    field_column = {mapping.get(h, h): i for i, h in enumerate(header)}
    pages = (res.provenance or {}).get("pages") or [1]
    blocks = []
    with _open_pdf(pdf_path) as document:
        for page in pages:
            entry = (geometry.get("pages") or {}).get(str(page)) or {}
            on_page = sorted(int(i) - header_rows for i in (entry.get("rows") or {}) if int(i) >= header_rows)
            labels = [frame.index[i] for i in on_page if 0 <= i < len(frame)]
            marks = []
            for (label, field), _note in cells.items():
                if label in labels and field in field_column and field_column[field] < len(columns):
                    band = _band(geometry, page, list(frame.index).index(label) + header_rows)
                    x0, x1 = columns[field_column[field]]
                    if band:
                        marks.append((x0, band[0], x1, band[1]))
            shown = render_page(pdf_path, int(page), redaction, crop=entry.get("bbox"), marks=marks,
                                above=CROP_ABOVE if page == pages[0] else CROP_MARGIN,
                                document=document)
            part = frame.loc[labels] if labels else frame.iloc[0:0]
            if not labels and len(pages) == 1:
                part = frame
            caption = (f"第 {page} 页（{SOURCE_DPI} dpi，个人信息已遮盖）" if shown.shown
                       else f"第 {page} 页：扫描页，不显示")
            blocks.append(_beside(_pages_pane([(shown.png, caption)]),
                                  _styled(part, {k: v for k, v in cells.items() if k[0] in part.index},
                                          {k: v for k, v in rows.items() if k in part.index}, res.schema),
                                  caption=f"{result.title}：第 {page} 页的 {len(part)} 行（发布内容）"))
    return blocks


def _kept(frame: pd.DataFrame, schema: dict) -> set[str]:
    values: set[str] = set()
    for name in kept_fields(schema):
        if name in frame.columns:
            values |= {str(v) for v in frame[name].dropna().unique() if str(v)}
    return values


def _identity_cells(identities: dict) -> dict[tuple, str]:
    """(table, page, row, measure or None) -> note, for every identity that does not hold."""
    out: dict[tuple, str] = {}
    for r in identities.get("results") or []:
        if r.get("ok") or r.get("page") is None or r.get("row") is None:
            continue
        subject = str(r.get("subject") or "")
        measure = subject.rsplit(" ", 1)[-1] if " " in subject else None
        note = (f"{rule_zh(r['rule'])}：{subject} 应为 {r.get('expected')}，"
                f"印刷为 {r.get('actual')}")
        key = (str(r.get("table")), int(r["page"]), int(r["row"]), measure)
        out[key] = "；".join(filter(None, [out.get(key), note]))
    return out


def _open_pdf(pdf_path):
    """The PDF open for all the pictures of one display: each page is parsed once, however many
    pictures and lookups it serves."""
    import pdfplumber

    return pdfplumber.open(pdf_path)


def _page_words(document, page: int) -> list[dict]:
    return sorted(document.pages[page - 1].extract_words(), key=lambda w: (w["top"], w["x0"]))


def _word_box(words: list[dict], used: set, band, text: str, within=None):
    """The box of the first word reading ``text`` inside the row band not yet taken by an
    earlier cell of the row (left to right: the same figure printed in two columns is two
    cells); the whole band across the table when the word is not found."""
    if not band or not text:
        return None
    target = "".join(str(text).split())
    for i, w in enumerate(sorted(words, key=lambda w: w["x0"])):
        middle = (w["top"] + w["bottom"]) / 2
        if band[0] - 1 <= middle <= band[1] + 1 and "".join(w["text"].split()) == target \
                and (id(w), w["x0"]) not in used:
            used.add((id(w), w["x0"]))
            return (w["x0"] - 2, w["top"] - 2, w["x1"] + 2, w["bottom"] + 2)
    if within:
        return (within[0], band[0], within[2], band[1])
    return None


def budget_sources(result, pdf_path, lines: pd.DataFrame | None = None) -> list:
    """For every budget table and each of its pages: the table cut from the page beside the
    lines read from it, as published, laid out as printed (one row per printed row, one column
    per measure). Cells of an identity that does not hold or with a validation error are
    highlighted in the rows and outlined on the page."""
    res = result.resources[0]
    lines = (res.frame if lines is None else lines).reset_index(drop=True)
    identities = result.reports.get("identities", {})
    failed = _identity_cells(identities)
    invalid: dict[int, str] = {}
    for e in (result.reports.get("validation") or {}).get("errors", []):
        if e.get("rowNumber") is not None:
            invalid[int(e["rowNumber"]) - 2] = e.get("note") or e.get("type")
    redaction = Redaction.for_schemas([res.schema], published=[lines])
    blocks = []
    with _open_pdf(pdf_path) as document:
        for t in identities.get("tables", []):
            geometry = t.get("geometry") or {}
            for page in t.get("pages") or []:
                part = lines[(lines["table"] == t["title"]) & (lines["page"].astype(str) == str(page))]
                if part.empty:
                    continue
                entry = (geometry.get("pages") or {}).get(str(page)) or {}
                wide, cell_notes, marks = _budget_wide(part, t, int(page), failed, invalid, geometry,
                                                       document, entry.get("bbox"))
                shown = render_page(pdf_path, int(page), redaction, crop=entry.get("bbox") or "content",
                                    marks=marks, above=CROP_ABOVE, document=document)
                caption = (f"{t['title']}：第 {page} 页（共 {len(t['pages'])} 页），单位 {t.get('unit') or MISSING}，"
                           f"{SOURCE_DPI} dpi")
                blocks.append(_beside(_pages_pane([(shown.png, caption)]),
                                      _budget_styled(wide, cell_notes),
                                      caption=f"{t['title']} 第 {page} 页读出的 {len(part)} 个数（发布内容，"
                                              f"金额已换算为元）；红色为勾稽或校验未通过"))
    return blocks


def _budget_wide(part, t, page, failed, invalid, geometry, document, bbox):
    """The lines of one page pivoted back to the printed layout: one row per printed row and
    subject (a two-sided table gives two: its 收入 and 支出 sides), 行, 编码, 科目名称, then one
    column per measure (amounts as published, in yuan)."""
    measures = list(dict.fromkeys(part["measure"].astype(str)))
    rows: dict[tuple, dict] = {}
    cell_notes: dict[tuple[int, str], str] = {}
    marks = []
    words = _page_words(document, page) if geometry else []
    used: dict[int, set] = {}
    for i, line in part.iterrows():
        row = int(line["row"])
        code = line.get("code") if str(line.get("code") or "").strip() else None
        key = (row, code, str(line.get("name") or ""))
        entry = rows.setdefault(key, {"行": row, "编码": code, "科目名称": line.get("name")})
        measure = str(line["measure"])
        entry[measure] = line["amount"]
        notes = [n for k, n in failed.items()
                 if k[0] == str(t["title"]) and k[1] == page and k[2] == row and k[3] in (None, measure)]
        if i in invalid:
            notes.append(invalid[i])
        band = _band(geometry, page, row - 1) if geometry else None
        # every figure of the row claims its word, so a flagged one finds its own column
        box = _word_box(words, used.setdefault(row, set()), band, line.get("printed"),
                        within=bbox if notes else None)
        if notes:
            cell_notes[(list(rows).index(key), measure)] = "；".join(notes)
            if box:
                marks.append(box)
    wide = pd.DataFrame(list(rows.values()))
    wide = wide[["行", "编码", "科目名称"] + measures]
    return wide, cell_notes, marks


def _budget_styled(wide: pd.DataFrame, cell_notes: dict):
    """``cell_notes``: (position of the row in ``wide``, measure) -> note."""
    shown = show_missing(wide)
    columns = list(shown.columns)

    def colour(data):
        out = pd.DataFrame("", index=data.index, columns=data.columns)
        for (position, measure) in cell_notes:
            if position < len(out) and measure in columns:
                out.iloc[position, columns.index(measure)] = ERROR_CELL_STYLE
        return out

    tips = pd.DataFrame("", index=shown.index, columns=shown.columns)
    for (position, measure), note in cell_notes.items():
        if position < len(tips) and measure in columns:
            tips.iloc[position, columns.index(measure)] = note
    styler = shown.style.apply(colour, axis=None).hide(axis="index").set_table_styles(NOWRAP)
    if cell_notes:
        styler = styler.set_tooltips(tips)
    return styler


def _title_top(document, page: int, title: str | None) -> float | None:
    """Where ``title`` starts on ``page`` (its first characters on the text layer), or None."""
    probe = "".join((title or "").split())[:8]
    if len(probe) < 2:
        return None
    chars = [c for c in document.pages[page - 1].chars if not c["text"].isspace()]
    text = "".join(c["text"] for c in chars)
    at = text.find(probe)
    if at < 0:
        return None
    return float(min(c["top"] for c in chars[at:at + len(probe)]))


GAZETTE_FIELDS = {"title": "标题", "doc_number": "文号", "issuer": "发文机关", "signed_date": "成文日期",
                  "category": "栏目", "page_start": "起始页", "page_end": "结束页",
                  "printed_page_start": "印刷页码（起）", "printed_page_end": "印刷页码（止）",
                  "disclosure": "公开属性", "recipients": "主送", "cc": "抄送", "flags": "待核查"}


def gazette_sources(result, pdf_path, items: pd.DataFrame | None = None) -> list:
    """For every item: its pages, the first from the item's title down and the last up to
    where the next item begins, beside the fields read from them (as published)."""
    res = result.resources[0]
    items = (res.frame if items is None else items).reset_index(drop=True)
    published = [items] + [r.frame for r in result.resources[1:]]
    redaction = Redaction.for_schemas([r.schema for r in result.resources], published=published)
    blocks = []
    rows = items.to_dict("records")
    with _open_pdf(pdf_path) as document:
        for n, item in enumerate(rows):
            start, end = int(item["page_start"]), int(item["page_end"])
            following = rows[n + 1] if n + 1 < len(rows) else None
            rendered = []
            for page in range(start, end + 1):
                top = _title_top(document, page, item["title"]) if page == start else None
                bottom = None
                if following and int(following["page_start"]) == page:
                    bottom = _title_top(document, page, following["title"])
                    if top is not None and bottom is not None and bottom <= top:
                        bottom = None
                # the printed block of the page, from the item's title, up to the next item's title
                crop = (None, top, None, bottom - 4 if bottom is not None else None)
                shown = render_page(pdf_path, page, redaction, crop=crop, document=document)
                note = "（自标题起）" if top is not None else ""
                note += "（至下一篇之前）" if bottom is not None else ""
                rendered.append((shown.png, f"第 {page} 页{note}" if shown.shown else f"第 {page} 页：扫描页，不显示"))
            card = pd.DataFrame({"字段": [GAZETTE_FIELDS[k] for k in GAZETTE_FIELDS if k in item],
                                 "值": [item[k] for k in GAZETTE_FIELDS if k in item]})
            blocks.append(_beside(_pages_pane(rendered), show_missing(card).to_html(index=False, border=0),
                                  caption=f"{item['seq']}. {item['title']}（第 {start}–{end} 页）"))
            # pages no later item shows are let go (a long issue is not held parsed whole)
            for done in range(start, min(end, int(following["page_start"]) - 1 if following else end) + 1):
                document.pages[done - 1].close()
    return blocks


def table_sources(result, input_path, frame: pd.DataFrame | None = None) -> list:
    """For every sheet: the sheet as the office sent it (title rows, header, the table, the
    rows left out below it; personal cells blacked out, bad cells outlined) beside the rows as
    published, with the same row numbers."""
    res = result.resources[0]
    frame = _with_labels(result, res.frame if frame is None else frame)
    cells, rows = _cell_notes(result, frame)
    layout = (result.extra or {}).get("layout") or []
    redaction = Redaction.for_schemas([res.schema], public=_kept(frame, res.schema), published=[frame])
    blocks = []
    start = 0
    for part in layout:
        labels = list(frame.index[start:start + int(part["rows"])])
        start += int(part["rows"])
        sheet = part.get("sheet")
        source_rows = sheet_rows(input_path, sheet)
        marks = {}
        for (label, field), note in cells.items():
            if label in labels:
                row = int(str(label).rsplit(":", 1)[-1])
                marks[(row, field)] = note
        header = _printed_header(result, part, source_rows)
        grid = sheet_grid(source_rows, redaction, header=header,
                          mapping=_header_mapping(header, res.schema), header_rows=part["header_rows"],
                          first_row=int(part["first_row"]), data_rows=int(part["rows"]), marks=marks)
        name = f"工作表“{sheet}”" if sheet else "文件"
        left = (f"<p style='margin:4px'><strong>原始{name}</strong>（行号与校验报告一致；个人信息已遮盖；"
                f"灰色为表外的行）</p>{grid}")
        part_frame = frame.loc[labels]
        blocks.append(_beside(left, _styled(part_frame, {k: v for k, v in cells.items() if k[0] in labels},
                                            {k: v for k, v in rows.items() if k in labels}, res.schema,
                                            wrap=True),
                              caption=f"{name}的 {len(part_frame)} 行，写入 CSV 的值（发布内容），行号同上",
                              stacked=True))
    return blocks


def _printed_header(result, part: dict, source_rows: list[list[str]]) -> list[str]:
    """The header labels of a sheet, one per column (a header over several rows joined)."""
    from .validate.tabular import _combine_header, _header_labels

    rows = [source_rows[r - 1] for r in part.get("header_rows") or [] if r - 1 < len(source_rows)]
    if not rows:
        return []
    return _header_labels(_combine_header([[str(c) for c in r] for r in rows]),
                          result.resources[0].schema)


def _header_mapping(header: list[str], schema: dict) -> dict:
    from .validate.schema import map_headers

    return map_headers([h for h in header if h], schema)


def table_summary(result) -> pd.DataFrame:
    """Where a spreadsheet's table was found: file, format, sheets, header rows, data rows and
    what was left out (title rows, 合计 rows, notes below the table), without any cell value."""
    extra = getattr(result, "extra", {}) or {}
    source = getattr(result, "source", {}) or {}
    rows = [("文件", Path(str(source.get("path", ""))).name or MISSING),
            ("格式", f"{extra.get('format') or MISSING}" + (f"（{extra['encoding']}）" if extra.get("encoding") else "")),
            ("sha256", (source.get("sha256") or MISSING)[:16] + "…"),
            ("期间", getattr(result, "period", None) or MISSING)]
    kinds = {"total": "合计行", "note": "表下注释"}
    for part in extra.get("layout") or []:
        where = f"工作表“{part['sheet']}”" if part.get("sheet") else "表格"
        left = part.get("left_out_rows") or []
        detail = "，".join(f"第{r['row']}行（{kinds.get(r['kind'], r['kind'])}）" for r in left) or "无"
        rows += [(f"{where}：表头", "第" + "、".join(str(r) for r in part.get("header_rows") or []) + "行"),
                 (f"{where}：数据行", f"第{part['first_row']}至{part['first_row'] + part['rows'] - 1}行，共{part['rows']}行"),
                 (f"{where}：表上的标题行", f"{part.get('title_rows', 0)}行"),
                 (f"{where}：未读入的行", detail)]
        if part.get("row_counter"):
            rows.append((f"{where}：序号列", f"“{part['row_counter']}”为行序号，不作为数据发布"))
        if part.get("unmapped_headers"):
            rows.append((f"{where}：表结构中没有的列", "、".join(part["unmapped_headers"])))
    return plain(pd.DataFrame(rows, columns=["项目", "内容"]).astype(str))


# --- summaries ---------------------------------------------------------------------------

def budget_tables(identities: dict) -> pd.DataFrame:
    """The standard tables found: title, kind, unit, pages."""
    names = {"title": "表名", "kind": "标准表", "unit": "单位", "pages": "页码"}
    frame = pd.DataFrame(identities.get("tables") or [])
    if frame.empty:
        return plain(pd.DataFrame({"结果": ["没有找到标准预算表"]}))
    frame = frame[[c for c in names if c in frame.columns]].rename(columns=names)
    frame["页码"] = frame["页码"].map(lambda p: "、".join(str(x) for x in p) if isinstance(p, list) else p)
    return plain(frame)


def identity_summary(identities: dict) -> pd.DataFrame:
    """Identities checked and holding, per rule, in Chinese."""
    results = pd.DataFrame(identities.get("results") or [])
    if results.empty:
        return plain(pd.DataFrame({"结果": ["没有可检查的勾稽关系"]}))
    results["rule"] = results["rule"].map(lambda r: rule_zh(r))
    summary = results.groupby("rule", sort=False)["ok"].agg(["count", "sum"]).reset_index()
    summary.columns = ["勾稽关系", "检查", "成立"]
    summary["不成立"] = summary["检查"] - summary["成立"]
    return plain(summary)


def identity_failures(identities: dict) -> pd.DataFrame:
    """The identities that do not hold, with table, page, row, expected and printed values."""
    results = pd.DataFrame(identities.get("results") or [])
    if results.empty or results["ok"].all():
        return plain(pd.DataFrame({"结果": ["所有勾稽关系均成立"]}))
    names = {"rule": "勾稽关系", "table": "表", "subject": "项目", "page": "页", "row": "行",
             "expected": "应为", "actual": "印刷值", "tolerance": "容差"}
    bad = results[~results["ok"]].copy()
    bad["rule"] = bad["rule"].map(lambda r: rule_zh(r))
    return plain(bad[[c for c in names if c in bad.columns]].rename(columns=names))


def missing_fields(items: pd.DataFrame, fields: list[str]) -> pd.DataFrame:
    """Per item, which of ``fields`` could not be read ("缺" where missing)."""
    present = [f for f in fields if f in items.columns]
    view = items.set_index("title")[present]
    view = view.isna() | (view.astype(str) == "")
    out = view.replace({True: "缺", False: ""})
    out.columns = [GAZETTE_FIELDS.get(c, c) for c in out.columns]
    out.index.name = "标题"
    return out


# --- charts ----------------------------------------------------------------------------------

def _bar_chart(labels, values, *, title: str, xlabel: str):
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    setup_cjk_fonts()
    labels, values = list(labels), list(values)
    fig, ax = plt.subplots(figsize=(8, 0.6 + 0.42 * max(1, len(labels))))
    ax.barh(labels[::-1], values[::-1], color="#c0392b")
    # figures as an officer writes them (1,926,518), not in scientific notation with an offset
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}" if abs(v) >= 100 else f"{v:g}"))
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def spending_by_class_chart(lines: pd.DataFrame, *, measure: str = "合计"):
    """Bar chart of expenditure by 类 (level-1 code) from the tidy budget lines."""
    data = lines[(lines["level"].astype("string") == "1") & (lines["measure"] == measure)
                 & (lines["direction"] == "expenditure")]
    if data.empty:
        return None
    first_table = data["table"].iloc[0]
    data = data[data["table"] == first_table]
    return _bar_chart(data["code"].astype(str) + " " + data["name"].astype(str),
                      pd.to_numeric(data["amount"], errors="coerce") / 10000,
                      title=f"{first_table}：按功能分类（类）的支出", xlabel="万元")


def items_per_issuer_chart(items: pd.DataFrame):
    """Bar chart of the number of items per issuer (joint documents count for each issuer)."""
    issuers = items["issuer"].replace("", pd.NA).dropna().astype(str).str.split("；").explode()
    issuers = issuers[issuers.str.len() > 0]
    if issuers.empty:
        return None
    counts = issuers.value_counts().head(20)
    return _bar_chart(counts.index, counts.values, title="各发文机关的文件数", xlabel="件")


def amounts_by_group_chart(frame: pd.DataFrame, group: str, amount: str, *, title: str,
                           unit: str = "元"):
    """Bar chart of the sum of ``amount`` per value of ``group`` (e.g. 救助金额 by 社区)."""
    if group not in frame.columns or amount not in frame.columns:
        return None
    values = pd.to_numeric(frame[amount], errors="coerce")
    sums = values.groupby(frame[group].astype(str)).sum().sort_values(ascending=False).head(20)
    if sums.empty:
        return None
    return _bar_chart(sums.index, sums.values, title=title, xlabel=unit)


def table_chart(frame: pd.DataFrame, schema: dict):
    """One chart that fits a spreadsheet dataset. The schema may name it
    (``gongkai: {chart: {by: FIELD, value: FIELD}}``: the sum of ``value`` by ``by``, or the
    count of rows by ``by`` without ``value``); otherwise the first amount by the grouping
    field with most distinct values (2 to 25, not one per row). Personal fields are never
    charted."""
    fields = {f["name"]: f for f in schema.get("fields", [])
              if f.get("pii", "none") in ("none", None) and f["name"] in frame.columns}
    declared = (schema.get("gongkai") or {}).get("chart") or {}
    by, value = declared.get("by"), declared.get("value")
    if by not in fields:
        groups = [n for n, f in fields.items() if f.get("type", "string") == "string"
                  and 2 <= frame[n].nunique() <= 25 and frame[n].nunique() < max(3, 0.8 * len(frame))]
        if not groups:
            return None
        by = max(groups, key=lambda n: (frame[n].nunique(), -list(fields).index(n)))
        numbers = [n for n, f in fields.items() if f.get("type") in ("number", "integer")
                   and not n.endswith(("rank", "seq", "id", "year"))]
        value = numbers[0] if numbers else None
    label = fields[by].get("title") or by
    if value in fields:
        vf = fields[value]
        return amounts_by_group_chart(frame, by, value, title=declared.get("title") or
                                      f"按{label}汇总的{vf.get('title') or value}",
                                      unit=vf.get("unit", "") or _unit_of(vf.get("title", "")))
    counts = frame[by].astype(str).value_counts().head(20)
    return _bar_chart(counts.index, counts.values, title=declared.get("title") or f"按{label}统计的记录数",
                      xlabel="条")


def _unit_of(title: str) -> str:
    import re

    m = re.search(r"（([^（）]+)）$", title)
    return m.group(1) if m else ""


# --- the release -----------------------------------------------------------------------------

_STATUS_ZH = {"published": "已发布", "staged": "已暂存，等待批处理的发布检查",
              "refused": "已拒绝发布"}
_COLOURS = {"published": "#1e7b34", "staged": "#1f5fa8", "refused": "#b00020"}


def _outcome_fields(outcome) -> tuple[str, str | None, list[str], list[str], str | None]:
    if isinstance(outcome, dict):
        status = ("refused" if outcome.get("refused") or outcome.get("status") == "refused"
                  else outcome.get("status") or "published")
        return (status, outcome.get("dataset"), list(outcome.get("reasons") or []),
                list(outcome.get("warnings") or []), outcome.get("folder"))
    return (getattr(outcome, "status", "published"), getattr(outcome, "dataset", None),
            list(getattr(outcome, "reasons", []) or []), list(getattr(outcome, "warnings", []) or []),
            getattr(outcome, "folder", None))


def verdict_html(status: str, dataset: str | None, reasons: Iterable[str] = (),
                 warnings: Iterable[str] = ()) -> str:
    """The verdict box (HTML): published, staged or refused, and why. The batch writes the
    final one into the archived record after its release decision (:mod:`gongkai.batch.record`)."""
    colour = _COLOURS.get(status, "#444")
    reasons, warnings = list(reasons), list(warnings)
    why = "".join(f"<li>{html.escape(r)}</li>" for r in reasons)
    warn = "".join(f"<li>警告：{html.escape(w)}</li>" for w in warnings)
    explain = {"published": "数据包已通过发布门（个人信息扫描、数据包校验）并已发布。",
               "staged": "本笔记本只暂存数据包；由批处理执行发布门并决定是否发布。",
               "refused": "数据包没有发布，原因如下。"}.get(status, "")
    return (f"<div class='gongkai-verdict' data-status='{html.escape(status)}' "
            f"style='border:3px solid {colour};padding:10px 14px;border-radius:6px;margin:8px 0'>"
            f"<strong style='color:{colour};font-size:1.3em'>结论：{_STATUS_ZH.get(status, status)}</strong>"
            f"{'（数据集 ' + html.escape(dataset) + '）' if dataset else ''}"
            f"<p style='margin:6px 0'>{explain}</p>"
            + (f"<ul>{why}{warn}</ul>" if why or warn else "") + "</div>")


def verdict(outcome):
    """The last cell of every notebook: published, staged or refused, and why, in Chinese."""
    from IPython.display import HTML

    status, dataset, reasons, warnings, _folder = _outcome_fields(outcome)
    return HTML(verdict_html(status, dataset, reasons, warnings))


def _package_folder(outcome, out_dir, staging_dir) -> Path | None:
    status, dataset, _reasons, _warnings, folder = _outcome_fields(outcome)
    if staging_dir:
        return Path(staging_dir)
    if status == "refused":
        return None
    if folder:
        path = Path(folder)
        return path if path.is_absolute() else Path(out_dir) / path
    return Path(out_dir) / dataset if dataset else None


def published_frames(outcome, out_dir, staging_dir=None) -> dict[str, pd.DataFrame]:
    """The tables exactly as written into the package (its CSVs read back as text), by resource
    name; empty when nothing was written."""
    folder = _package_folder(outcome, out_dir, staging_dir)
    if folder is None or not (folder / "datapackage.json").exists():
        return {}
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    frames = {}
    for res in descriptor.get("resources", []):
        path = res.get("path")
        if isinstance(path, str) and path.endswith(".csv"):
            frames[res["name"]] = pd.read_csv(folder / path, dtype=str, keep_default_na=False)
    return frames


__all__ = [
    "setup_cjk_fonts", "show_missing", "titled", "highlighted",
    "budget_sources", "gazette_sources", "listing_sources", "table_sources", "table_summary",
    "validation_table", "deid_table", "undeclared_hits", "k_anonymity_sentence",
    "budget_tables", "identity_summary", "identity_failures", "missing_fields",
    "spending_by_class_chart", "items_per_issuer_chart", "amounts_by_group_chart", "table_chart",
    "verdict", "verdict_html", "published_frames",
]
