"""What is a table and what is not (issue 15): text in columns, tables of contents, lists,
section numbers and charts are not tables; dense tables are cut into all their columns from the
whole body's gaps; a ruled frame round unruled rows is read row by row with its header's spans;
one row of figures under a two-row header is a table. PDFs made by this test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from gongkai.extract.layout import drop_leaders, is_leader
from gongkai.extract.tables import extract_tables
from gongkai.extract.unruled import is_numeric

W, H = A4

_WORDS = ("the committee shall review each application within thirty days of its receipt and "
          "inform the applicant in writing of the decision taken together with the reasons for "
          "any refusal so that an appeal may be lodged with the board before the end of the "
          "following month where the rules of procedure allow it").split()


def _prose(c, x, y, width, lines, size=9, start=0):
    c.setFont("Helvetica", size)
    k = start
    for _ in range(lines):
        line, used = [], 0.0
        while True:
            word = _WORDS[k % len(_WORDS)]
            w = c.stringWidth(word + " ", "Helvetica", size)
            if used + w > width:
                break
            line.append(word)
            used += w
            k += 1
        c.drawString(x, y, " ".join(line))
        y -= size * 1.25
    return y, k


def _two_columns(c):
    """Ship-rules style: two columns of text with numbered headings ("4.4 Certification",
    "2) Surge margin") and a short heading on each side of the first line."""
    c.setFont("Helvetica-Bold", 9)
    c.drawString(60, H - 60, "2) Surge margin verification")
    c.drawString(310, H - 60, "b) Component inspections")
    y, k = _prose(c, 60, H - 75, 230, 26)
    _prose(c, 310, H - 75, 230, 8, start=k)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(310, H - 185, "4.4")
    c.drawString(335, H - 185, "Certification")
    c.drawString(310, H - 200, "4.4.1")
    c.drawString(335, H - 200, "Type approval certificate")
    _prose(c, 310, H - 215, 230, 16, start=k + 80)


def _contents(c):
    c.setFont("Helvetica-Bold", 12)
    c.drawString(72, H - 60, "Table of contents")
    c.setFont("Helvetica", 10)
    entries = ["Introduction", "Context of the plan", "Consultation", "Results of the survey",
               "Priorities", "Action plan 2021-2026", "Follow-up", "Annexes"]
    for n, (entry, page) in enumerate(zip(entries, [3, 5, 7, 9, 14, 18, 25, 27])):
        y = H - 90 - 18 * n
        c.drawString(72, y, f"{n + 1}. {entry}")
        lead = c.stringWidth(f"{n + 1}. {entry}", "Helvetica", 10) + 76
        c.drawString(lead, y, " ." * int((480 - lead) / 5.6))
        c.drawRightString(500, y, str(page))
    # a second one without leaders: page numbers flush right
    c.drawString(72, H - 280, "Contents")
    for n, (entry, page) in enumerate(zip(entries[:5], [1, 2, 4, 6, 9])):
        y = H - 300 - 16 * n
        c.drawString(90, y, entry)
        c.drawRightString(500, y, str(page))


def _lists(c):
    c.setFont("Helvetica", 10)
    items = ["the applicant's name and address", "a copy of the decision of 12 March 2020",
             "the grounds of appeal, with 3 supporting documents", "the fee of 25 euros",
             "a signed statement"]
    for n, item in enumerate(items):
        y = H - 70 - 16 * n
        c.drawString(72, y, "\u2022")
        c.drawString(110, y, item)
    for n, item in enumerate(items):
        y = H - 200 - 16 * n
        c.drawString(72, y, f"{n + 1}.")
        c.drawString(110, y, item)


def _charts(c):
    """A bar chart and a line chart drawn as vectors, with axis labels, a legend and captions."""
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, H - 60, "Figure 2: Applications received, 2019-2023")
    x0, y0 = 110, H - 300
    c.setLineWidth(0.5)
    c.line(x0, y0, x0 + 330, y0)
    c.line(x0, y0, x0, y0 + 200)
    c.setFont("Helvetica", 8)
    for k, v in enumerate(range(0, 250, 50)):
        y = y0 + k * 40
        c.drawRightString(x0 - 6, y - 3, str(v))
        c.line(x0, y, x0 + 330, y)
    for k, (year, value) in enumerate(zip(range(2019, 2024), [120, 150, 90, 210, 180])):
        x = x0 + 20 + k * 62
        c.setFillGray(0.4)
        c.rect(x, y0, 36, value * 0.8, stroke=0, fill=1)
        c.setFillGray(0)
        c.drawCentredString(x + 18, y0 - 12, str(year))
        c.drawCentredString(x + 18, y0 + value * 0.8 + 4, str(value))
    # a line chart, its caption under it
    x0, y0 = 110, H - 620
    c.line(x0, y0, x0 + 330, y0)
    c.line(x0, y0, x0, y0 + 200)
    points = [(x0 + 20 + k * 60, y0 + v) for k, v in enumerate([40, 90, 70, 150, 120, 180])]
    path = c.beginPath()
    path.moveTo(*points[0])
    for p in points[1:]:
        path.curveTo(p[0] - 30, p[1], p[0] - 20, p[1], *p)
    c.drawPath(path, stroke=1, fill=0)
    for k, v in enumerate(range(0, 250, 50)):
        c.drawRightString(x0 - 6, y0 + k * 40 - 3, str(v))
    for k, year in enumerate(range(2018, 2024)):
        c.drawCentredString(x0 + 20 + k * 60, y0 - 12, str(year))
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, y0 - 40, "Figure 3: Appeals lodged, 2018-2023")


DENSE = [["Region", "2019", "2020", "2021", "2022", "Men", "Women", "Total"],
         ["Northern district", "1,204.5", "1,310.2", "998.7", "1,402.0", "612.3", "789.7", "1,402.0"],
         ["Southern district", "877.1", "901.4", "1,020.9", "1,131.8", "540.2", "591.6", "1,131.8"],
         ["Eastern district", "2,310.0", "2,295.1", "2,402.6", "2,511.3", "1,205.5", "1,305.8", "2,511.3"],
         ["Western district", "645.9", "702.4", "688.0", "731.2", "350.1", "381.1", "731.2"],
         ["Capital", "4,150.5", "4,177.7", "4,301.2", "4,480.4", "2,150.0", "2,330.4", "4,480.4"],
         ["All districts", "9,188.0", "9,386.8", "9,411.4", "10,256.7", "4,858.1", "5,398.6", "10,256.7"]]


def _dense(c):
    """Seven columns of figures 3 points apart (less than a chunk's gap), header over them."""
    c.setFont("Helvetica", 7)
    right = [180 + 34 * k for k in range(1, 8)]
    for r, row in enumerate(DENSE):
        y = H - 80 - 11 * r
        c.drawString(72, y, row[0])
        for x, text in zip(right, row[1:]):
            c.drawRightString(x, y, text)


FRAME_HEAD = ["Offense", "Total", "Under 18", "18 and over", "Total", "Under 18", "18 and over"]
FRAME_BODY = [["Murder", "10.0", "0.9", "9.1", "9.0", "0.9", "8.1"],
              ["Robbery", "102.1", "25.5", "76.6", "90.0", "22.9", "67.1"],
              ["Burglary", "240.9", "60.3", "180.6", "205.0", "53.4", "151.7"],
              ["Arson", "9.8", "4.3", "5.5", "8.1", "3.7", "4.4"],
              ["Fraud", "173.7", "5.1", "168.5", "98.4", "3.3", "95.0"]]


def _frame(c):
    """Statistical Abstract style: rules round the header and between column groups, a spanner
    rule under each group label, rows not ruled."""
    c.setFont("Helvetica", 7)
    left, top = 72, H - 80
    stub_r = 150
    groups = [(stub_r, 300, "Men"), (300, 450, "Women")]
    bottom = top - 40 - 12 * len(FRAME_BODY)
    c.setLineWidth(0.5)
    c.line(left, top, 450, top)
    c.line(left, top - 36, 450, top - 36)
    c.line(left, bottom, 450, bottom)
    for x in (stub_r, 300):
        c.line(x, top, x, bottom)
    for x0, x1, label in groups:
        c.drawCentredString((x0 + x1) / 2, top - 10, label)
        c.line(x0 + 2, top - 14, x1 - 2, top - 14)
        for k, text in enumerate(FRAME_HEAD[1:4]):
            c.drawRightString(x0 + 45 + 50 * k, top - 28, text)
    c.drawString(left, top - 28, FRAME_HEAD[0])
    for r, row in enumerate(FRAME_BODY):
        y = top - 48 - 12 * r
        c.drawString(left, y, row[0])
        for k, text in enumerate(row[1:]):
            x0 = groups[k // 3][0]
            c.drawRightString(x0 + 45 + 50 * (k % 3), y, text)


def _one_row(c):
    c.setFont("Helvetica-Bold", 10)
    c.drawString(72, H - 60, "Key figures of the office, 2025")
    c.setFont("Helvetica", 8)
    c.drawCentredString(255, H - 90, "Operating costs")   # over Staff .. Other, cells 90 wide
    for x, text in zip((110, 200, 290, 380, 470), ("Staff", "Rent", "Travel", "Other", "Total")):
        c.drawCentredString(x, H - 104, text)
    for x, text in zip((110, 200, 290, 380, 470), ("1,250.0", "310.5", "42.8", "96.1", "1,699.4")):
        c.drawRightString(x + 20, H - 120, text)


@pytest.fixture(scope="module")
def evidence_pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("evidence") / "evidence.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for draw in (_two_columns, _contents, _lists, _charts, _dense, _frame, _one_row):
        draw(c)
        c.showPage()
    c.save()
    return path


def _tables(path, page):
    tables, _ = extract_tables(path, pages=str(page), jobs=1)
    return tables


@pytest.mark.parametrize("page,what", [(1, "text in two columns with numbered headings"),
                                       (2, "tables of contents, with and without leaders"),
                                       (3, "a bulleted and a numbered list"),
                                       (4, "a bar chart and a line chart with their labels")])
def test_pages_without_a_table_give_none(evidence_pdf, page, what):
    assert [t.cells for t in _tables(evidence_pdf, page)] == [], what


def test_dense_columns_come_from_the_whole_body(evidence_pdf):
    tables = _tables(evidence_pdf, 5)
    assert len(tables) == 1
    assert tables[0].cells == DENSE
    assert tables[0].header_rows == 1


def test_ruled_frame_round_unruled_rows_is_read_row_by_row(evidence_pdf):
    tables = _tables(evidence_pdf, 6)
    assert len(tables) == 1
    table = tables[0]
    assert table.cells[-len(FRAME_BODY):] == FRAME_BODY
    assert table.header[-1] == FRAME_HEAD
    # the group labels span their three columns (kept as spans, filled in every position)
    assert table.header[0] == ["", "Men", "Men", "Men", "Women", "Women", "Women"]
    assert (0, 1, 0, 3) in table.spans and (0, 4, 0, 6) in table.spans


def test_one_row_of_figures_under_a_two_row_header_is_a_table(evidence_pdf):
    tables = _tables(evidence_pdf, 7)
    assert len(tables) == 1
    table = tables[0]
    assert table.title == "Key figures of the office, 2025"
    assert table.body == [["1,250.0", "310.5", "42.8", "96.1", "1,699.4"]]
    # the group label is centred over the four columns its labels tile, Total stands beside it
    assert table.header == [["Operating costs"] * 4 + [""], ["Staff", "Rent", "Travel", "Other", "Total"]]
    assert table.spans == [(0, 0, 0, 3)]


# --- the small parsers, with examples and hypothesis ------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("1,234.5", True), ("-12.5", True), ("(3.0)", True), ("45%", True), ("10 kg", True),
    ("1.234.567", True), ("4.4.1", False), ("28 Day", False), ("2 Year", False), ("Total", False),
])
def test_figures_and_not_figures(text, expected):
    assert is_numeric(text) is expected


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_any_printed_amount_is_a_figure(units, cents):
    assert is_numeric(f"{units:,}.{cents:02d}")
    assert is_numeric(f"-{units:,}")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=30), min_size=3, max_size=5))
def test_section_numbers_are_no_figures(parts):
    number = ".".join(str(p) for p in parts)
    if not all(len(str(p)) == 3 for p in parts[1:]):   # 1.234.567 groups thousands
        assert not is_numeric(number)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="abcdefgh", min_size=1, max_size=8), st.integers(min_value=3, max_value=30))
def test_leaders_are_dropped_and_words_kept(word, dots):
    words = [{"text": word + "." * dots, "x0": 10.0, "x1": 10.0 + 5 * (len(word) + dots),
              "top": 100.0, "bottom": 108.0},
             {"text": "." * dots, "x0": 200.0, "x1": 260.0, "top": 100.0, "bottom": 108.0},
             {"text": "42", "x0": 300.0, "x1": 310.0, "top": 100.0, "bottom": 108.0}]
    kept = drop_leaders(words)
    assert [w["text"] for w in kept] == [word, "42"]
    assert kept[0]["leader_after"] and kept[0]["x1"] < words[0]["x1"]
    assert is_leader("." * dots) and not is_leader(word)
