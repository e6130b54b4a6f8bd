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


# --- a small department budget with errors planted on demand ----------------------------------

BUDGET_ERRORS = ("parent", "parts", "total_row", "grand_total", "cross", "missing_table")

# functional classification in yuan: code -> (name, basic, project)
_FUNCTIONAL = [
    ("2010101", "行政运行", 300000, 0),
    ("2010102", "一般行政管理事务", 0, 150000),
    ("2080501", "行政单位离退休", 120000, 0),
    ("2080505", "机关事业单位基本养老保险缴费支出", 80000, 0),
    ("2210201", "住房公积金", 60000, 0),
]
_NAMES = {"201": "一般公共服务支出", "20101": "人大事务", "208": "社会保障和就业支出",
          "20805": "行政事业单位养老支出", "221": "住房保障支出", "22102": "住房改革支出"}
_ECONOMIC = {"left": [("301", "", "工资福利支出", 500000), ("301", "01", "基本工资", 300000),
                      ("301", "02", "津贴补贴", 200000)],
             "right": [("302", "", "商品和服务支出", 60000), ("302", "01", "办公费", 40000),
                       ("302", "11", "差旅费", 20000)]}


def _functional_rows():
    """Rows (code, name, basic, project) for 类, 款 and 项, parents first, as the template prints."""
    totals: dict[str, list[int]] = {}
    for code, _, basic, project in _FUNCTIONAL:
        for key in (code[:3], code[:5], code):
            acc = totals.setdefault(key, [0, 0])
            acc[0] += basic
            acc[1] += project
    names = dict(_NAMES, **{c: n for c, n, _, _ in _FUNCTIONAL})
    return [(code, names[code], *totals[code]) for code in sorted(totals)]


def _wan(yuan: int) -> str:
    return f"{yuan / 10000:,.2f}" if yuan else ""


def budget_pdf(path: Path, errors: set[str] | frozenset = frozenset()) -> dict:
    """A 2026 部门预算 of four pages: 目录; 部门财务收支预算总表 (元, two-sided); 部門支出預算總表
    (万元, title in traditional characters, codes split into 类/款/项 with the 类 left blank on
    child rows); 一般公共预算基本支出经济分类预算表 (元, the classification printed in two halves).

    ``errors`` plants mistakes (see ``BUDGET_ERRORS``); the returned dict says where each one
    is (``{"error": (page, table, text)}``) and gives the clean figures.
    """
    font = _font()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    where: dict[str, tuple] = {}
    rows = _functional_rows()
    total_basic = sum(b for code, _, b, _ in rows if len(code) == 3)
    total_project = sum(p for code, _, _, p in rows if len(code) == 3)
    total = total_basic + total_project

    # page 1: 目录
    c.setFont(font, 16)
    c.drawCentredString(width / 2, height - 80, "东岳市测试局2026年部门预算")
    c.setFont(font, 12)
    c.drawString(80, height - 130, "目  录")
    toc = ["一、部门财务收支预算总表", "二、部门支出预算总表", "三、一般公共预算基本支出经济分类预算表"]
    for k, line in enumerate(toc):
        c.drawString(90, height - 160 - 22 * k, line)
    c.showPage()

    def caption(title: str, unit: str, top: float = 60):
        c.setFont(font, 14)
        c.drawCentredString(width / 2, height - top, title)
        c.setFont(font, 9)
        c.drawString(40, height - top - 22, "编制部门：东岳市测试局")
        c.drawRightString(width - 40, height - top - 22, f"单位：{unit}")

    # page 2: 部门财务收支预算总表 (元)
    caption("2026年部门财务收支预算总表", "元")
    spend_lines = [("一、一般公共服务支出", "201"), ("二、社会保障和就业支出", "208"),
                   ("三、住房保障支出", "221")]
    by_code = {code: b + p for code, _, b, p in rows}
    summary_spend = [f"{by_code[code]:,.2f}" for _, code in spend_lines]
    if "cross" in errors:
        summary_spend[1] = f"{by_code['208'] + 10000:,.2f}"
        where["cross"] = (2, "部门财务收支预算总表", "二、社会保障和就业支出")
    spend_total = f"{total:,.2f}"
    if "grand_total" in errors:
        spend_total = f"{total + 10000:,.2f}"
        where["grand_total"] = (2, "部门财务收支预算总表", "支出总计")
    header = [["收入", "", "支出", ""], ["项目", "预算数", "项目", "预算数"]]
    body = [["一般公共预算拨款收入", f"{total:,.2f}", spend_lines[0][0], summary_spend[0]],
            ["政府性基金预算拨款收入", "", spend_lines[1][0], summary_spend[1]],
            ["", "", spend_lines[2][0], summary_spend[2]],
            ["收入总计", f"{total:,.2f}", "支出总计", spend_total]]
    _grid(c, 40, 95, [150, 110, 170, 90], [18] * 6, height, header + body,
          spans=[(0, 0, 1, 2), (0, 2, 1, 2)])
    c.showPage()

    # page 3: 部門支出預算總表 (万元), traditional title, split codes
    caption("2026年部門支出預算總表", "万元")
    header = [["功能分类科目编码", "", "", "科目名称", "合计", "基本支出", "项目支出"],
              ["类", "款", "项", "", "", "", ""]]
    body = []
    grand = [total, total_basic, total_project]
    if "total_row" in errors:
        grand[0] += 10000
        where["total_row"] = (3, "部門支出預算總表", "合计")
    body.append(["", "", "", "合计", _wan(grand[0]), _wan(grand[1]), _wan(grand[2])])
    for code, name, basic, project in rows:
        lei = code[:3] if len(code) == 3 else ""          # the 类 is printed on its own row only
        kuan = code[3:5] if len(code) >= 5 else ""
        xiang = code[5:7] if len(code) == 7 else ""
        figures = [basic + project, basic, project]
        if "parent" in errors and code == "20805":
            figures = [figures[0] + 10000, figures[1] + 10000, figures[2]]
            where["parent"] = (3, "部門支出預算總表", "208")
        if "parts" in errors and code == "2210201":
            figures[0] += 10000
            where["parts"] = (3, "部門支出預算總表", "2210201")
        body.append([lei, kuan, xiang, name] + [_wan(v) for v in figures])
    spans = [(0, 0, 1, 3)] + [(0, k, 2, 1) for k in range(3, 7)]
    _grid(c, 40, 95, [34, 30, 30, 200, 70, 70, 70], [18] * (2 + len(body)), height, header + body,
          spans=spans)
    c.showPage()

    # page 4: 一般公共预算基本支出经济分类预算表, two halves side by side
    if "missing_table" in errors:
        where["missing_table"] = (1, "一般公共预算基本支出经济分类预算表", "目录")
    else:
        caption("2026年部门一般公共预算基本支出经济分类预算表", "元")
        header = [["经济分类", "", "科目名称", "金额", "经济分类", "", "科目名称", "金额"],
                  ["类", "款", "", "", "类", "款", "", ""]]
        body = [[a[0], a[1], a[2], f"{a[3]:,.2f}", b[0], b[1], b[2], f"{b[3]:,.2f}"]
                for a, b in zip(_ECONOMIC["left"], _ECONOMIC["right"])]
        spans = [(0, 0, 1, 2), (0, 2, 2, 1), (0, 3, 2, 1), (0, 4, 1, 2), (0, 6, 2, 1), (0, 7, 2, 1)]
        _grid(c, 40, 95, [40, 40, 100, 75, 40, 40, 100, 75], [18] * (2 + len(body)), height,
              header + body, spans=spans)
        c.showPage()
    c.save()
    return {"where": where, "total": total, "rows": rows, "economic": _ECONOMIC}


# --- tables without a full grid ------------------------------------------------------------

def unruled_tables_pdf(path: Path) -> dict:
    """Page 1: a "booktabs" table (rules above and below the header and at the bottom only)
    with a header printed over two lines and a label wrapped over two lines, then a paragraph,
    then a second table with no rules at all. Page 2: a table ruled by columns only (a box
    and vertical rules, no row rules)."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, height - 70, "Table 1: Spending by programme")
    xs = [72, 260, 340, 420]
    head = [["", "Budget", "Outturn", "Change"], ["Programme", "2025", "2025", "(%)"]]
    body = [["Schools", "1,200.5", "1,180.2", "-1.7"],
            ["Roads and", "", "", ""],
            ["bridges", "640.0", "702.4", "9.8"],
            ["Health", "2,310.0", "2,295.1", "-0.6"],
            ["Total", "4,150.5", "4,177.7", "0.7"]]
    y = height - 95
    c.setLineWidth(0.8)
    c.line(72, y + 12, 480, y + 12)
    c.setFont("Helvetica", 9)
    for row in head + body:
        for x, text in zip(xs, row):
            if text:
                if x == 72:
                    c.drawString(x, y, text)
                else:
                    c.drawRightString(x + 55, y, text)
        if row is head[-1]:
            c.line(72, y - 5, 480, y - 5)
            y -= 4
        y -= 13
    c.line(72, y + 8, 480, y + 8)
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 20, "The second table below has no rules at all; its columns show in the")
    c.drawString(72, y - 33, "alignment of its figures, which is all a reader needs to see them.")
    y -= 70
    second = [["Region", "Schools", "Clinics"], ["North", "12", "4"], ["South", "9", "7"],
              ["East", "15", "3"], ["West", "6", "5"]]
    c.setFont("Helvetica", 9)
    for row in second:
        c.drawString(72, y, row[0])
        c.drawRightString(230, y, row[1])
        c.drawRightString(320, y, row[2])
        y -= 13
    c.showPage()
    # page 2: ruled by columns only
    c.setFont("Helvetica", 9)
    cols = [72, 200, 280, 360]
    rows = [["Item", "Q1", "Q2"], ["Salaries", "10.0", "11.0"], ["Rent", "2.5", "2.5"],
            ["Travel", "0.8", "1.1"], ["Other", "1.2", "0.9"]]
    top = height - 80
    c.rect(72, top - 13 * len(rows) - 6, 288, 13 * len(rows) + 6, stroke=1, fill=0)
    for x in cols[1:-1]:
        c.line(x, top, x, top - 13 * len(rows) - 6)
    c.line(72, top - 16, 360, top - 16)   # a rule under the header only
    for k, row in enumerate(rows):
        yy = top - 11 - 13 * k - (3 if k else 0)
        for x, text in zip(cols, row):
            c.drawString(x + 4, yy, text)
    c.showPage()
    c.save()
    return {"booktabs": [["", "Budget", "Outturn", "Change"], ["Programme", "2025", "2025", "(%)"],
                         ["Schools", "1,200.5", "1,180.2", "-1.7"],
                         ["Roads and bridges", "640.0", "702.4", "9.8"],
                         ["Health", "2,310.0", "2,295.1", "-0.6"], ["Total", "4,150.5", "4,177.7", "0.7"]],
            "plain": second, "columns_only": rows}


def rotated_table_pdf(path: Path) -> list[list[str]]:
    """A ruled table printed sideways (text reading bottom to top) on a portrait page."""
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    rows = [["District", "Households", "Amount"], ["Qinghe", "120", "36,000.00"],
            ["Dongguan", "95", "28,500.00"], ["Xicheng", "143", "42,900.00"]]
    c.saveState()
    c.translate(width - 100, 100)
    c.rotate(90)
    c.setFont("Helvetica", 10)
    widths, h = [120, 100, 110], 20
    for r, row in enumerate(rows):
        x = 0
        for w, text in zip(widths, row):
            c.rect(x, -h * (r + 1), w, h, stroke=1, fill=0)
            c.drawString(x + 4, -h * (r + 1) + 6, text)
            x += w
    c.restoreState()
    c.showPage()
    c.save()
    return rows


def mixed_scan_pdf(path: Path) -> None:
    """Page 1 with text, page 2 a drawing without any text (a scanned page looks like that)."""
    font = _font()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont(font, 11)
    c.drawString(60, 760, "第一页有文字")
    c.showPage()
    c.rect(100, 400, 300, 200, stroke=1, fill=1)
    c.showPage()
    c.save()


def continued_table_pdf(path: Path) -> dict:
    """Page 1: a captioned table; page 2: its continuation without a repeated header, whose first
    row holds text only (it looks like a header but is not), then a new captioned table with the
    same columns, which must stay separate."""
    font = _font()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    widths = [170, 90, 170, 90]
    header = [["收入", "", "支出", ""], ["项目", "决算数", "项目", "决算数"]]
    first = [["一、财政拨款收入", "100.00", "一、一般公共服务支出", "80.00"],
             ["二、其他收入", "20.00", "二、住房保障支出", "40.00"]]
    rest = [["使用非财政拨款结余", "", "结余分配", ""],
            ["年初结转和结余", "10.00", "年末结转和结余", "10.00"],
            ["总计", "130.00", "总计", "130.00"]]
    c.setFont(font, 14)
    c.drawCentredString(width / 2, height - 60, "收入支出决算总表")
    c.setFont(font, 9)
    c.drawRightString(width - 40, height - 82, "单位：万元")
    _grid(c, 40, 95, widths, [18] * 4, height, header + first, spans=[(0, 0, 1, 2), (0, 2, 1, 2)])
    c.showPage()
    c.setFont(font, 9)
    bottom = _grid(c, 40, 60, widths, [18] * 3, height, rest)
    c.setFont(font, 14)
    c.drawCentredString(width / 2, bottom - 40, "财政拨款收入支出决算总表")
    c.setFont(font, 9)
    c.drawRightString(width - 40, bottom - 60, "单位：万元")
    _grid(c, 40, height - bottom + 70, widths, [18] * 3, height,
          [["项目", "决算数", "项目", "决算数"], ["一般公共预算财政拨款", "100.00", "一般公共服务支出", "100.00"],
           ["总计", "100.00", "总计", "100.00"]])
    c.showPage()
    c.save()
    return {"header": header, "body": first + rest}


def copy_pdf_samples(raw: Path) -> Path:
    """The repository's raw/ without its spreadsheets: the three sample PDFs and a manifest
    listing only them (batch tests about runs, not about kinds, stay at three inputs)."""
    import shutil

    import yaml

    root = Path(__file__).resolve().parents[1] / "raw"
    shutil.copytree(root, raw, ignore=shutil.ignore_patterns("tables"))
    spec = yaml.safe_load((root / "manifest.yaml").read_text(encoding="utf-8"))
    from gongkai.batch.inputs import kind_from_folders

    # an entry may leave its kind to its folder (tables/<schema>/), as the batch reads it
    spec["inputs"] = [e for e in spec["inputs"]
                      if (e.get("kind") or kind_from_folders(Path(e["path"]))[0]) != "table"]
    (raw / "manifest.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    return raw
