"""What a person wants to see in a notebook: source pages, tables, summaries, CJK charts.

Only presentation lives here; every figure shown is computed by the library.
"""

from __future__ import annotations

import base64
import html
import io
from pathlib import Path

import pandas as pd

CJK_FONT_FILES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
]


def setup_cjk_fonts() -> str | None:
    """Make matplotlib draw Chinese: register the first CJK font found and use it."""
    import matplotlib
    from matplotlib import font_manager

    for path in CJK_FONT_FILES:
        if Path(path).exists():
            font_manager.fontManager.addfont(path)
            name = font_manager.FontProperties(fname=path).get_name()
            matplotlib.rcParams["font.sans-serif"] = [name] + matplotlib.rcParams["font.sans-serif"]
            matplotlib.rcParams["font.family"] = "sans-serif"
            matplotlib.rcParams["axes.unicode_minus"] = False
            return name
    return None


def page_png(pdf_path: str | Path, page: int, *, bbox=None, resolution: int = 60) -> bytes:
    """PNG of a source page (1-based), with ``bbox`` (x0, top, x1, bottom) outlined."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        image = pdf.pages[page - 1].to_image(resolution=resolution)
        if bbox is not None:
            image.draw_rect(tuple(bbox), stroke="red", fill=None, stroke_width=2)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return buffer.getvalue()


def side_by_side(png: bytes, frame: pd.DataFrame, *, caption: str = "", max_rows: int = 25):
    """The source page beside the extracted table, as one HTML block."""
    from IPython.display import HTML

    img = base64.b64encode(png).decode("ascii")
    table_html = frame.head(max_rows).to_html(index=False, border=0)
    return HTML(
        f"<div style='display:flex;gap:16px;align-items:flex-start'>"
        f"<figure style='margin:0'><img src='data:image/png;base64,{img}' style='max-width:420px;"
        f"border:1px solid #ccc'/><figcaption>{html.escape(caption)}</figcaption></figure>"
        f"<div style='overflow:auto;max-height:560px'>{table_html}</div></div>")


def validation_table(report: dict) -> pd.DataFrame:
    errors = report.get("errors", [])
    if not errors:
        return pd.DataFrame({"结果": ["通过：没有发现错误"]})
    return pd.DataFrame(errors)[["rowNumber", "fieldName", "type", "note"]].rename(
        columns={"rowNumber": "行", "fieldName": "字段", "type": "错误类型", "note": "说明"})


def deid_table(report: dict) -> pd.DataFrame:
    rows = report.get("fields", [])
    return pd.DataFrame(rows) if rows else pd.DataFrame({"结果": ["没有需要处理的字段"]})


def spending_by_class_chart(lines: pd.DataFrame, *, measure: str = "合计"):
    """Bar chart of expenditure by 类 (level-1 code) from the tidy budget lines."""
    import matplotlib.pyplot as plt

    setup_cjk_fonts()
    data = lines[(lines["level"].astype("string") == "1") & (lines["measure"] == measure)
                 & (lines["direction"] == "expenditure")]
    if data.empty:
        return None
    first_table = data["table"].iloc[0]
    data = data[data["table"] == first_table]
    values = data["amount"].astype(float) / 10000
    labels = data["code"].astype(str) + " " + data["name"].astype(str)
    fig, ax = plt.subplots(figsize=(8, 0.5 + 0.45 * len(data)))
    ax.barh(labels[::-1], values[::-1], color="#c0392b")
    ax.set_xlabel("万元")
    ax.set_title(f"{first_table}：按功能分类（类）的支出")
    fig.tight_layout()
    return fig
