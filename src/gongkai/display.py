"""What a person wants to see in a notebook: the source beside the data, bad cells highlighted,
one chart, the summaries and a verdict.

Only presentation lives here; every figure shown is computed by the library. Everything a
notebook shows is also archived as the record of the run, so nothing here prints an absolute
path, and tables are shown from the data as published (read back from the package).

Source regions are rendered at :data:`SOURCE_DPI` (legible figures: a 9-point digit is about
19 pixels high) and shown at their natural size in a scrollable frame, so the browser's zoom
enlarges them further; the extracted rows sit beside them.
"""

from __future__ import annotations

import base64
import html
import io
import json
import logging
from pathlib import Path
from typing import Iterable

import pandas as pd

from .deid.images import certify_png

CJK_FONT_FILES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
]
# Resolution of source crops: at 150 dpi every printed figure of a budget table is legible.
SOURCE_DPI = 150
# Space kept around a cropped region, in PDF points, so a table's rulings and caption show.
CROP_MARGIN = 14
MARK_COLOUR = "#d62728"
QUANTIZE = 2        # PIL.Image.Quantize.FASTOCTREE (PIL is imported where pages are drawn)
ERROR_CELL_STYLE = "background-color: #f8c9c4"
MISSING = "—"      # one way to show a missing value, everywhere


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


# --- source images -------------------------------------------------------------------------

def _rect(bbox) -> tuple[float, float, float, float] | None:
    if bbox is None:
        return None
    x0, top, x1, bottom = (float(v) for v in bbox)
    return (x0, top, x1, bottom)


def page_png(pdf_path: str | Path, page: int, *, bbox=None, marks: Iterable = (),
             resolution: int = SOURCE_DPI, crop: bool = False) -> bytes:
    """PNG of a source page (1-based) in greys. ``bbox`` (x0, top, x1, bottom, PDF points) is
    outlined, or, with ``crop``, the page is cut to it (plus :data:`CROP_MARGIN`); each box in
    ``marks`` (cells that failed a check) is drawn in red."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        pg = pdf.pages[page - 1]
        box = _rect(bbox)
        if crop and box is not None:
            x0, top, x1, bottom = box
            region = (max(0.0, x0 - CROP_MARGIN), max(0.0, top - CROP_MARGIN),
                      min(float(pg.width), x1 + CROP_MARGIN), min(float(pg.height), bottom + CROP_MARGIN))
            if region[2] - region[0] > 1 and region[3] - region[1] > 1:
                pg = pg.crop(region, relative=False, strict=False)
        from .limits import render_dpi   # a huge page is drawn at a lower resolution

        image = pg.to_image(resolution=render_dpi(float(pg.width), float(pg.height), resolution))
        if box is not None and not crop:
            image.draw_rect(box, stroke=MARK_COLOUR, fill=None, stroke_width=2)
        for mark in marks:
            rect = _rect(mark)
            if rect is not None:
                image.draw_rect(rect, stroke=MARK_COLOUR, fill=(214, 39, 40, 40), stroke_width=3)
        buffer = io.BytesIO()
        # a 64-colour palette keeps a 150 dpi page near 100 kB in the archived record; text
        # and the red marks survive it unchanged. Fast octree and zlib's default level: 0.05 s
        # a page instead of 0.15 s (median cut and optimize), about 20% more bytes.
        image.annotated.convert("RGB").quantize(colors=64, method=QUANTIZE).save(
            buffer, format="PNG", compress_level=6)
        return buffer.getvalue()


def _img_tag(png: bytes, alt: str) -> str:
    data = base64.b64encode(png).decode("ascii")
    return (f"<img src='data:image/png;base64,{data}' alt='{html.escape(alt)}' "
            f"style='max-width:none;border:1px solid #bbb'/>")


def _table_html(frame) -> str:
    from pandas.io.formats.style import Styler

    if isinstance(frame, Styler):
        return frame.to_html()
    return show_missing(frame).to_html(index=False, border=0)


def side_by_side(png: bytes, frame, *, caption: str = "", max_rows: int | None = None):
    """The source region (natural size, scrollable: every figure legible) beside the extracted
    rows (all of them unless ``max_rows``); ``frame`` may be a Styler with highlighted cells."""
    from IPython.display import HTML

    if max_rows is not None and isinstance(frame, pd.DataFrame):
        frame = frame.head(max_rows)
    return HTML(
        "<div class='gongkai-source' style='display:flex;flex-wrap:nowrap;gap:16px;align-items:flex-start'>"
        "<figure style='margin:0;flex:1 1 58%;min-width:0'>"
        "<div style='overflow:auto;max-height:900px;border:1px solid #ddd'>"
        f"{_img_tag(png, caption)}</div><figcaption>{html.escape(caption)}</figcaption></figure>"
        "<div style='flex:1 1 40%;min-width:0;overflow:auto;max-height:900px'>"
        f"{_table_html(frame)}</div></div>")


def source_image(png: bytes, caption: str = ""):
    """A source region alone, at natural size in a scrollable frame."""
    from IPython.display import HTML

    return HTML("<figure class='gongkai-source' style='margin:0'>"
                "<div style='overflow:auto;max-height:900px;border:1px solid #ddd'>"
                f"{_img_tag(png, caption)}</div><figcaption>{html.escape(caption)}</figcaption></figure>")


def pages_beside(pngs: list[tuple[bytes, str]], frame, *, caption: str = ""):
    """Several source pages (a multi-page table or item, all reachable by scrolling) beside the
    extracted rows."""
    from IPython.display import HTML

    images = "".join(f"<figure style='margin:0 0 8px 0'>{_img_tag(png, cap)}"
                     f"<figcaption>{html.escape(cap)}</figcaption></figure>" for png, cap in pngs)
    return HTML(
        "<div class='gongkai-source' style='display:flex;flex-wrap:nowrap;gap:16px;align-items:flex-start'>"
        "<div style='flex:1 1 58%;min-width:0;overflow:auto;max-height:900px;border:1px solid #ddd'>"
        f"{images}</div>"
        "<div style='flex:1 1 40%;min-width:0;overflow:auto;max-height:900px'>"
        f"<p><strong>{html.escape(caption)}</strong></p>{_table_html(frame)}</div></div>")


def _title_region(pdf_path, page: int, title: str | None):
    """The part of ``page`` from an item's title down, when the title can be found on the page's
    text layer (a scanned page has none: then the whole page)."""
    import pdfplumber

    if not title:
        return None
    probe = "".join(title.split())[:8]
    with pdfplumber.open(pdf_path) as pdf:
        pg = pdf.pages[page - 1]
        chars = [c for c in pg.chars if not c["text"].isspace()]
        text = "".join(c["text"] for c in chars)
        at = text.find(probe) if len(probe) >= 2 else -1
        if at < 0:
            return None
        top = min(c["top"] for c in chars[at:at + len(probe)])
        return (0.0, float(top), float(pg.width), float(pg.height))


# --- tables as a person reads them ---------------------------------------------------------

def show_missing(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every missing value shown the same way (not both ``<NA>`` and blank)."""
    out = frame.astype(object)
    return out.where(out.notna() & (out.astype(str) != ""), MISSING)


def _report(report):
    """A :class:`gongkai.validate.ValidationReport` for a report object or its ``as_dict()``."""
    from .validate import ValidationReport

    if isinstance(report, ValidationReport):
        return report
    report = report or {}
    if "resources" in report and "errors" in report and not report.get("rows"):
        # a dataset of several resources: errors already carry their resource's name
        return ValidationReport(valid=bool(report.get("valid")), errors=list(report["errors"]))
    return ValidationReport(valid=bool(report.get("valid", True)),
                            errors=list(report.get("errors") or []),
                            rows=int(report.get("rows") or 0))


def validation_table(report) -> pd.DataFrame:
    """The validation errors (行, 字段, 错误类型, 说明), or one line saying it passed."""
    return _report(report).table()


def highlighted(report, frame: pd.DataFrame, *, first_row: int = 2, resource: str | None = None):
    """The rows of ``frame`` with validation errors, offending cells highlighted, notes as
    tooltips; ``None`` when there is nothing to highlight."""
    rep = _report(report)
    if resource is not None:
        rep.errors = [e for e in rep.errors if e.get("resource") in (None, resource)]
    if not any(e.get("rowNumber") is not None for e in rep.errors):
        return None
    return rep.highlight(show_missing(frame), first_row=first_row)


def rows_highlighted(frame: pd.DataFrame, bad_rows: Iterable[int], columns: Iterable[str] = ()):
    """``frame`` as a Styler with the rows whose index is in ``bad_rows`` highlighted (in
    ``columns`` only, when given)."""
    bad = set(bad_rows)
    cols = [c for c in columns if c in frame.columns] or list(frame.columns)
    shown = show_missing(frame)

    def colour(data: pd.DataFrame) -> pd.DataFrame:
        out = pd.DataFrame("", index=data.index, columns=data.columns)
        for i in data.index:
            if i in bad:
                out.loc[i, cols] = ERROR_CELL_STYLE
        return out

    return shown.style.apply(colour, axis=None).hide(axis="index")


def deid_table(report: dict) -> pd.DataFrame:
    """What was done to each field, counts only, in Chinese; columns that do not apply are blank."""
    rows = report.get("fields", [])
    if not rows:
        return pd.DataFrame({"结果": ["没有需要处理的字段"]})
    names = {"field": "字段", "kind": "个人信息类型", "method": "处理方式", "source": "依据",
             "scope": "范围", "values_changed": "改动的值"}
    frame = pd.DataFrame(rows)
    frame = frame[[c for c in names if c in frame.columns]].rename(columns=names)
    return show_missing(frame)


def undeclared_hits(report: dict) -> pd.DataFrame:
    hits = report.get("undeclared_hits") or []
    if not hits:
        return pd.DataFrame({"结果": ["未声明的字段中没有发现个人信息"]})
    return show_missing(pd.DataFrame(hits))


def k_anonymity_sentence(report: dict) -> str:
    """One sentence saying what the k-anonymity figure means for this table."""
    risk = report.get("risk") or {}
    if not risk.get("assessed"):
        return "未评估 k-匿名性：表结构未声明准标识符。"
    qis = "、".join(risk.get("quasi_identifiers") or [])
    k = risk.get("k_after", risk.get("k_before"))
    threshold = risk.get("k_threshold")
    sentence = (f"k = {k}：按准标识符（{qis}）组合分组，最小的一组有 {k} 条记录；"
                f"k 越大，越难凭这些字段认出某一户。")
    if threshold is not None:
        sentence += (f"本数据集要求 k ≥ {threshold}，"
                     + ("已满足。" if risk.get("satisfied") else "未满足。"))
        if threshold <= 1:
            sentence += "（公示名单按通知要求公开社区、人数和金额，因此不强制更高的 k。）"
    return sentence


# --- each kind's sources ---------------------------------------------------------------------

def budget_sources(result, pdf_path, *, resource: int = 0) -> list:
    """For every budget table: each of its pages at :data:`SOURCE_DPI` beside the lines read
    from that page; lines in a failed identity or with a validation error are highlighted."""
    lines = result.resources[resource].frame.reset_index(drop=True)
    report = result.reports.get("identities", {})
    failed = {(str(r.get("table")), str(r.get("page")), str(r.get("row")))
              for r in report.get("results", []) if not r.get("ok")}
    invalid = {e["rowNumber"] - 2 for e in (result.reports.get("validation") or {}).get("errors", [])
               if e.get("rowNumber") is not None}
    blocks = []
    for t in report.get("tables", []):
        for page in t.get("pages") or []:
            part = lines[(lines["table"] == t["title"]) & (lines["page"].astype(str) == str(page))]
            bad = [i for i, row in part.iterrows()
                   if (str(row["table"]), str(row["page"]), str(row["row"])) in failed or i in invalid]
            shown = part[["code", "name", "measure", "amount", "page", "row"]]
            bbox = (t.get("page_bboxes") or {}).get(str(page))
            # a budget's source PDF is published whole beside its data: its pages are public
            png = certify_png(page_png(pdf_path, int(page), bbox=bbox, crop=bbox is not None),
                              "public-source")
            caption = (f"{t['title']}：第 {page} 页（共 {len(t['pages'])} 页），单位 {t.get('unit') or MISSING}，"
                       f"{len(part)} 条；红色为勾稽或校验未通过的行")
            blocks.append(side_by_side(png, rows_highlighted(shown, bad, ["amount"]), caption=caption))
    return blocks


def gazette_sources(result, pdf_path) -> list:
    """For every item: its pages (the first from the item's title down) beside its fields."""
    items = result.resources[0].frame
    fields = {"title": "标题", "doc_number": "文号", "issuer": "发文机关", "signed_date": "成文日期",
              "category": "栏目", "page_start": "起始页", "page_end": "结束页",
              "printed_page_start": "印刷页码（起）", "printed_page_end": "印刷页码（止）",
              "disclosure": "公开属性", "flags": "待核查"}
    blocks = []
    for _, item in items.iterrows():
        start, end = int(item["page_start"]), int(item["page_end"])
        pngs = []
        for page in range(start, end + 1):
            region = _title_region(pdf_path, page, item["title"]) if page == start else None
            # a gazette issue is published whole beside its items: its pages are public
            png = certify_png(page_png(pdf_path, page, bbox=region, crop=region is not None),
                              "public-source")
            pngs.append((png, f"第 {page} 页" + ("（自标题起）" if region else "")))
        card = pd.DataFrame({"字段": [fields[k] for k in fields if k in items.columns],
                             "值": [item[k] for k in fields if k in items.columns]})
        blocks.append(pages_beside(pngs, card, caption=f"{item['seq']}. {item['title']}"))
    return blocks


def listing_sources(result, pdf_path, frame: pd.DataFrame | None = None) -> list:
    """The listing's pages beside the rows as published; cells with validation errors
    highlighted."""
    res = result.resources[0]
    frame = res.frame if frame is None else frame
    pages = (res.provenance or {}).get("pages") or [1]
    bbox = (res.provenance or {}).get("bbox")
    pngs = [(page_png(pdf_path, int(p), bbox=bbox if i == 0 else None, crop=False), f"第 {p} 页")
            for i, p in enumerate(pages)]
    styled = highlighted(result.reports.get("validation"), frame) or show_missing(frame)
    return [pages_beside(pngs, styled, caption=f"{result.title}：{len(frame)} 行（发布内容）")]


# --- summaries ---------------------------------------------------------------------------

def budget_tables(identities: dict) -> pd.DataFrame:
    """The standard tables found: title, kind, unit, pages."""
    names = {"title": "表名", "kind": "标准表", "unit": "单位", "pages": "页码", "lines": "明细条数",
             "note": "说明"}
    frame = pd.DataFrame(identities.get("tables") or [])
    if frame.empty:
        return pd.DataFrame({"结果": ["没有找到标准预算表"]})
    frame = frame[[c for c in names if c in frame.columns]].rename(columns=names)
    return show_missing(frame)


def identity_summary(identities: dict) -> pd.DataFrame:
    """Identities checked and holding, per rule (rule names as the report gives them)."""
    results = pd.DataFrame(identities.get("results") or [])
    if results.empty:
        return pd.DataFrame({"结果": ["没有可检查的勾稽关系"]})
    summary = results.groupby("rule")["ok"].agg(["count", "sum"]).reset_index()
    summary.columns = ["勾稽关系", "检查", "成立"]
    summary["不成立"] = summary["检查"] - summary["成立"]
    return summary


def identity_failures(identities: dict) -> pd.DataFrame:
    """The identities that do not hold, with table, page, row, expected and printed values."""
    results = pd.DataFrame(identities.get("results") or [])
    if results.empty or results["ok"].all():
        return pd.DataFrame({"结果": ["所有勾稽关系均成立"]})
    names = {"rule": "勾稽关系", "table": "表", "subject": "项目", "page": "页", "row": "行",
             "expected": "应为", "actual": "印刷值", "tolerance": "容差"}
    bad = results[~results["ok"]]
    return show_missing(bad[[c for c in names if c in bad.columns]].rename(columns=names))


def missing_fields(items: pd.DataFrame, fields: list[str]) -> pd.DataFrame:
    """Per item, which of ``fields`` could not be read ("缺" where missing)."""
    present = [f for f in fields if f in items.columns]
    view = items.set_index("title")[present]
    return view.isna().replace({True: "缺", False: ""})


def table_source(result) -> pd.DataFrame:
    """Where a spreadsheet's table was found: file, sheet, header row, rows, and what was left
    out (title rows, notes and 合计 rows below the table), without any cell value."""
    extra = getattr(result, "extra", {}) or {}
    source = getattr(result, "source", {}) or {}
    layout = extra.get("layout") or extra.get("source_layout") or {}
    rows = [("文件", Path(str(source.get("path", ""))).name or MISSING),
            ("sha256", (source.get("sha256") or MISSING)[:16]),
            ("工作表", layout.get("sheet") or extra.get("sheet") or MISSING),
            ("表头所在行", layout.get("header_row") or MISSING),
            ("数据行", len(result.resources[0].frame))]
    for key, label in (("title_rows", "标题行"), ("notes_after_table", "表下注释"),
                       ("total_rows", "合计行"), ("unmapped_headers", "未对应的列")):
        value = layout.get(key, extra.get(key))
        if value:
            rows.append((label, len(value) if isinstance(value, list) else value))
    return pd.DataFrame(rows, columns=["项目", "内容"]).astype(str)


# --- charts ----------------------------------------------------------------------------------

def _bar_chart(labels, values, *, title: str, xlabel: str):
    import matplotlib.pyplot as plt

    setup_cjk_fonts()
    labels, values = list(labels), list(values)
    fig, ax = plt.subplots(figsize=(8, 0.6 + 0.42 * max(1, len(labels))))
    ax.barh(labels[::-1], values[::-1], color="#c0392b")
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
                      data["amount"].astype(float) / 10000,
                      title=f"{first_table}：按功能分类（类）的支出", xlabel="万元")


def items_per_issuer_chart(items: pd.DataFrame):
    """Bar chart of the number of items per issuer (joint documents count for each issuer)."""
    issuers = items["issuer"].dropna().astype(str).str.split("；").explode()
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
    """One chart that fits a spreadsheet dataset: the sum of its first amount-like field by its
    first grouping field (a text field with few distinct values), or the count of rows per
    group when it has no amount. Personal fields are never charted."""
    fields = [f for f in schema.get("fields", []) if f.get("pii", "none") in ("none", None)
              and f["name"] in frame.columns]
    numbers = [f for f in fields if f.get("type") in ("number", "integer")
               and not f["name"].endswith(("rank", "seq", "id", "year"))]
    groups = [f for f in fields if f.get("type", "string") == "string"
              and 1 < frame[f["name"]].nunique() <= 30]
    if not groups:
        return None
    group = groups[0]
    label = group.get("title") or group["name"]
    if numbers:
        amount = numbers[0]
        return amounts_by_group_chart(frame, group["name"], amount["name"],
                                      title=f"按{label}汇总的{amount.get('title') or amount['name']}",
                                      unit=amount.get("unit", ""))
    counts = frame[group["name"]].astype(str).value_counts().head(20)
    return _bar_chart(counts.index, counts.values, title=f"按{label}统计的记录数", xlabel="条")


# --- the release -----------------------------------------------------------------------------

_STATUS_ZH = {"published": "已发布", "staged": "已暂存，待批处理发布检查", "refused": "拒绝发布"}


def _outcome_fields(outcome) -> tuple[str, str | None, list[str], str | None]:
    if isinstance(outcome, dict):
        status = ("refused" if outcome.get("refused") or outcome.get("status") == "refused"
                  else outcome.get("status") or ("staged" if "staged" in outcome else "published"))
        return (status, outcome.get("dataset"), list(outcome.get("reasons") or []),
                outcome.get("folder"))
    return (getattr(outcome, "status", "published"), getattr(outcome, "dataset", None),
            list(getattr(outcome, "reasons", []) or []), getattr(outcome, "folder", None))


def verdict(outcome):
    """The last cell of every notebook: published, staged or refused, and why, in Chinese."""
    from IPython.display import HTML

    status, dataset, reasons, _folder = _outcome_fields(outcome)
    colour = {"published": "#1e7b34", "staged": "#1f5fa8", "refused": "#b00020"}.get(status, "#444")
    lines = "".join(f"<li>{html.escape(r)}</li>" for r in reasons)
    return HTML(
        f"<div class='gongkai-verdict' data-status='{html.escape(status)}' "
        f"style='border:3px solid {colour};padding:10px 14px;border-radius:6px'>"
        f"<strong style='color:{colour};font-size:1.3em'>结论：{_STATUS_ZH.get(status, status)}</strong>"
        f"{' — 数据集 ' + html.escape(dataset) if dataset else ''}"
        + (f"<ul>{lines}</ul>" if lines else "") + "</div>")


def _package_folder(outcome, out_dir, staging_dir) -> Path | None:
    status, dataset, _reasons, folder = _outcome_fields(outcome)
    if status == "refused":
        return None
    if staging_dir:
        return Path(staging_dir)
    if folder:
        path = Path(folder)
        return path if path.is_absolute() else Path(out_dir) / path
    return Path(out_dir) / dataset if dataset else None


def published_frames(outcome, out_dir, staging_dir=None) -> dict[str, pd.DataFrame]:
    """The tables exactly as written into the package (its CSVs read back as text), by resource
    name; empty when the dataset was refused."""
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
    "setup_cjk_fonts", "page_png", "side_by_side", "source_image", "pages_beside", "show_missing",
    "budget_sources", "gazette_sources", "listing_sources",
    "validation_table", "highlighted", "rows_highlighted", "deid_table", "undeclared_hits",
    "k_anonymity_sentence", "budget_tables", "identity_summary", "identity_failures",
    "missing_fields", "table_source", "spending_by_class_chart", "items_per_issuer_chart",
    "amounts_by_group_chart", "table_chart", "verdict", "published_frames",
]
