"""Small PDFs made by the tests themselves: ruled tables with spans and continuations, bad files."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT = "WQY"


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, FONT_FILE, subfontIndex=0))
    return FONT


def _grid(c, x0, top, widths, heights, page_h, rows, spans=()):
    """Draw a ruled grid; ``spans`` are (row, col, nrows, ncols) merged cells (text in the first)."""
    covered = {}
    for (r, col, nr, nc) in spans:
        for i in range(r, r + nr):
            for j in range(col, col + nc):
                covered[(i, j)] = (r, col, nr, nc)
    y = page_h - top
    ys = [y]
    for h in heights:
        ys.append(ys[-1] - h)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    c.setLineWidth(0.6)
    for r in range(len(heights)):
        for col in range(len(widths)):
            span = covered.get((r, col))
            if span and (span[0], span[1]) != (r, col):
                continue
            nr, nc = (span[2], span[3]) if span else (1, 1)
            x_left, x_right = xs[col], xs[col + nc]
            y_top, y_bottom = ys[r], ys[r + nr]
            c.rect(x_left, y_bottom, x_right - x_left, y_top - y_bottom, stroke=1, fill=0)
            text = rows[r][col]
            if text:
                c.drawString(x_left + 3, y_bottom + (y_top - y_bottom) / 2 - 3.5, text)
    return ys[-1]


def ruled_table_pdf(path: Path) -> dict:
    """A budget-like table: caption, unit line, 2-row header with spans, continued on page 2
    with the header repeated; a white (hidden) rectangle that must not become a row; and a
    second, separate table on page 2 below the first."""
    font = _font()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    header = [["科目编码", "", "科目名称", "支出预算", "", ""],
              ["类", "款", "", "合计", "基本支出", "项目支出"]]
    spans = [(0, 0, 1, 2), (0, 2, 2, 1), (0, 3, 1, 3)]
    body = [[f"{200 + i}", f"{i % 9 + 1:02d}", f"科目{i}", f"{(i + 1) * 1000:,}.00",
             f"{(i + 1) * 600:,}.00", f"{(i + 1) * 400:,}.00"] for i in range(30)]
    widths, rh = [50, 40, 150, 90, 90, 90], 18
    c.setFont(font, 14)
    c.drawCentredString(width / 2, height - 60, "2026年部门支出预算表")
    c.setFont(font, 9)
    c.drawString(50, height - 82, "编制部门：东岳市某局")
    c.drawRightString(width - 40, height - 82, "单位：元")
    # a hidden white rectangle across the table area: not a ruling
    c.setFillColorRGB(1, 1, 1)
    c.setStrokeColorRGB(1, 1, 1)
    c.rect(50, height - 300, 500, 0.5, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setStrokeColorRGB(0, 0, 0)
    first = body[:20]
    _grid(c, 50, 95, widths, [rh] * (2 + len(first)), height, header + first, spans)
    c.showPage()
    c.setFont(font, 9)
    rest = body[20:]
    bottom = _grid(c, 50, 60, widths, [rh] * (2 + len(rest)), height, header + rest, spans)
    c.setFont(font, 12)
    c.drawCentredString(width / 2, bottom - 40, "“三公”经费预算表")
    c.setFont(font, 9)
    c.drawRightString(width - 40, bottom - 58, "单位：万元")
    small = [["合计", "因公出国（境）费", "公务接待费"], ["3.50", "1.00", "2.50"]]
    _grid(c, 50, height - bottom + 65, [120, 120, 120], [rh, rh], height, small)
    c.showPage()
    c.save()
    return {"header": header, "body": body, "small": small}


def text_pdf(path: Path, lines: list[str]) -> None:
    font = _font()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(font, 11)
    y = A4[1] - 60
    for line in lines:
        c.drawString(50, y, line)
        y -= 18
    c.showPage()
    c.save()


def image_only_pdf(path: Path) -> None:
    """A page with drawing but no text layer (what a scan looks like to pdfplumber)."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.rect(100, 400, 300, 200, stroke=1, fill=1)
    c.showPage()
    c.save()


def encrypted_pdf(path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1,
                      encrypt=StandardEncryption("user-secret", "owner-secret"))
    c.setFont("Helvetica", 12)
    c.drawString(50, 700, "locked")
    c.showPage()
    c.save()


def truncated_pdf(path: Path, source: Path) -> None:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3])
