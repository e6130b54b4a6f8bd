"""Tables without a full grid, rotated pages, stitching, spans, confidence, debug images."""

import pytest

from gongkai.extract.tables import Table, extract_tables, flatten_header, stitch

from pdf_fixtures import (continued_table_pdf, mixed_scan_pdf, rotated_table_pdf, ruled_table_pdf,
                          unruled_tables_pdf)


@pytest.fixture(scope="module")
def unruled(tmp_path_factory):
    path = tmp_path_factory.mktemp("unruled") / "unruled.pdf"
    return path, unruled_tables_pdf(path)


def test_booktabs_table_with_two_line_header_and_wrapped_label(unruled):
    path, truth = unruled
    tables, _ = extract_tables(path, pages="1")
    first = tables[0]
    assert first.method == "stream"
    assert first.title == "Table 1: Spending by programme"
    # the header printed over two lines in the same columns is one header row (one cell per
    # column, as a reader sees it); the wrapped label joins its row
    assert first.cells == [["Programme", "Budget 2025", "Outturn 2025", "Change (%)"]] + truth["booktabs"][2:]
    assert first.header_rows == 1
    assert first.columns() == ["Programme", "Budget2025", "Outturn2025", "Change(%)"]


def test_table_without_any_rule_and_two_tables_on_a_page(unruled):
    path, truth = unruled
    tables, _ = extract_tables(path, pages="1")
    assert len(tables) == 2  # the paragraph between them is not a table
    assert tables[1].cells == truth["plain"]


def test_table_ruled_by_columns_only_is_split_into_rows(unruled):
    path, truth = unruled
    tables, _ = extract_tables(path, pages="2")
    assert [t.cells for t in tables] == [truth["columns_only"]]
    assert tables[0].method == "hybrid"


def test_ruled_only_mode_finds_no_unruled_table(unruled):
    path, _ = unruled
    tables, _ = extract_tables(path, pages="1", unruled=False)
    assert tables == []


def test_rotated_page_is_read_upright(tmp_path):
    path = tmp_path / "rotated.pdf"
    rows = rotated_table_pdf(path)
    tables, _ = extract_tables(path)
    assert [t.cells for t in tables] == [rows]
    assert tables[0].rotation == 90


def test_continuation_without_repeated_header_is_stitched_and_new_title_is_not(tmp_path):
    path = tmp_path / "continued.pdf"
    truth = continued_table_pdf(path)
    tables, _ = extract_tables(path)
    assert [t.title for t in tables] == ["收入支出决算总表", "财政拨款收入支出决算总表"]
    first = tables[0]
    assert first.pages == [1, 2]
    assert first.header == [["收入", "收入", "支出", "支出"], truth["header"][1]]
    assert first.body == truth["body"]
    assert first.body_pages == [1, 1, 2, 2, 2]
    assert tables[1].pages == [2]


def test_flatten_header_spans_and_repeats():
    header = [["科目编码", "科目编码", "科目名称", "支出预算", "支出预算"],
              ["类", "款", "科目名称", "合计", "基本 支出"]]
    assert flatten_header(header) == ["科目编码/类", "科目编码/款", "科目名称", "支出预算/合计",
                                      "支出预算/基本支出"]
    assert flatten_header([["", "金额"]], sep="") == ["column_1", "金额"]
    assert flatten_header([]) == []


def test_spans_are_kept_and_structure_lists_a_merged_cell_once(tmp_path):
    path = tmp_path / "ruled.pdf"
    ruled_table_pdf(path)
    big = extract_tables(path)[0][0]
    assert (0, 0, 0, 1) in big.spans          # 科目编码 over 类 and 款
    assert (0, 2, 1, 2) in big.spans          # 科目名称 over two header rows
    cells = big.structure()
    assert sum(1 for c in cells if c[4] == "科目编码") == 1
    per_page = big.structure_by_page()
    assert sorted(per_page) == [1, 2]
    assert min(c[0] for c in per_page[2]) == 0  # rows restart on the page


def test_every_table_has_a_confidence_and_a_debug_image(tmp_path, unruled):
    path = tmp_path / "ruled.pdf"
    ruled_table_pdf(path)
    tables, _ = extract_tables(path)
    upath, _ = unruled
    tables += extract_tables(upath)[0]
    for table in tables:
        assert 0 < table.confidence <= 1
        assert table.as_dict()["confidence"] == round(table.confidence, 3)
    image = tables[0].debug_image(path)
    out = tmp_path / "t1.png"
    image.save(out)
    assert out.stat().st_size > 1000


def test_pages_without_text_are_reported(tmp_path):
    path = tmp_path / "mixed.pdf"
    mixed_scan_pdf(path)
    _, info = extract_tables(path)
    assert info["pages_without_text"] == [2]


def test_parallel_reading_gives_the_same_tables(tmp_path):
    path = tmp_path / "long.pdf"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page in range(10):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, 780, f"Table {page + 1}: Figures")
        c.setFont("Helvetica", 9)
        for r in range(6):
            for k, x in enumerate((72, 200, 280)):
                c.drawString(x, 750 - 14 * r, "Item" if (k == 0 and r == 0) else
                             (f"Row {r}" if k == 0 else (f"Q{k}" if r == 0 else f"{r * k}.5")))
        c.showPage()
    c.save()
    one, _ = extract_tables(path, jobs=1)
    two, _ = extract_tables(path, jobs=2)
    assert len(one) == 10
    assert [t.as_dict() for t in one] == [t.as_dict() for t in two]


def test_stitch_offsets_spans_of_the_continuation():
    a = Table("a", [1], (0, 0, 10, 10), [["h", "h"], ["1", "2"]], [1, 1], header_rows=1,
              spans=[(0, 0, 0, 1)])
    b = Table("b", [2], (0, 0, 10, 10), [["h", "h"], ["x", "x"]], [2, 2], header_rows=1,
              spans=[(0, 0, 0, 1), (1, 0, 1, 1)])
    out = stitch([a, b])
    assert len(out) == 1
    assert out[0].cells == [["h", "h"], ["1", "2"], ["x", "x"]]
    assert out[0].spans == [(0, 0, 0, 1), (2, 0, 2, 1)]
