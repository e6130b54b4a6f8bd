"""Source images in run records carry no personal data (gongkai.source_view).

The listing sample prints names, resident IDs, phones, addresses and bank cards. Its pages are
rendered as a record renders them; then, for every planted value, the place where the PDF
prints it must be solid black in the image, while what the notice makes public (社区, 金额, the
监督举报电话) stays legible. One page is read back with tesseract (OCR) as a second proof."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from gongkai.pipeline import listing_step
from gongkai.source_view import SOURCE_DPI, Redaction, render_page, sheet_grid, sheet_rows
from gongkai.validate.schema import load_schema

ROOT = Path(__file__).resolve().parents[1]
LISTING = ROOT / "raw" / "listing" / "qinghe-street-dibao-2026-10.pdf"
TRUTH = json.loads((ROOT / "tests" / "truth" / "qinghe-street-dibao-2026-10.json").read_text(encoding="utf-8"))
KEY = b"source-view-key-0123456789abcdef"
SCALE = SOURCE_DPI / 72
DARK = 60            # a pixel this dark or darker is ink of a redaction box


@pytest.fixture(scope="module")
def listing():
    result = listing_step(LISTING, load_schema("dibao-listing"), KEY)
    table = result.extra["table"]
    res = result.resources[0]
    redaction = Redaction.for_schemas([res.schema], geometry=table["geometry"], header=table["header"],
                                      mapping=table["mapped"], public=[TRUTH["hotline"]],
                                      published=[res.frame])
    pages = {}
    pdf = pdfplumber.open(LISTING)
    for number in range(1, len(pdf.pages) + 1):
        shown = render_page(LISTING, number, redaction)
        pages[number] = (Image.open(io.BytesIO(shown.png)).convert("L"), pdf.pages[number - 1])
        assert shown.shown
    yield pages
    pdf.close()


def _pattern(value: str) -> str:
    """The value as the PDF may print it: any spaces or dashes between its characters."""
    return r"[\s\-]*".join(re.escape(c) for c in re.sub(r"[\s\-]", "", value))


def _dark_share(image: Image.Image, box) -> float:
    x0, top, x1, bottom = (int(round(v * SCALE)) for v in box)
    crop = image.crop((x0 + 1, top + 1, max(x0 + 2, x1 - 1), max(top + 2, bottom - 1)))
    histogram = crop.histogram()             # 256 counts of grey levels
    return sum(histogram[:DARK + 1]) / max(1, sum(histogram))


def test_every_planted_personal_value_is_under_a_black_box(listing):
    found = 0
    for kind, values in TRUTH["personal_values"].items():
        for value in values:
            for image, page in listing.values():
                for match in page.search(_pattern(value), regex=True, return_chars=False):
                    found += 1
                    share = _dark_share(image, (match["x0"], match["top"], match["x1"], match["bottom"]))
                    assert share > 0.9, (kind, page.page_number, round(share, 2))
    assert found >= 200           # names, IDs, phones, addresses, cards of 64 households


def test_what_the_notice_makes_public_stays_legible(listing):
    checked = 0
    for image, page in listing.values():
        for word in page.extract_words():
            if word["text"] in ("东关社区", "杏园村", "河畔社区", "序号", "保障人数") or \
                    re.fullmatch(r"\d{1,2},\d{3}", word["text"]):
                checked += 1
                assert _dark_share(image, (word["x0"], word["top"], word["x1"], word["bottom"])) < 0.8, word["text"]
    assert checked > 60


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract not installed")
def test_ocr_of_a_rendered_page_reads_no_personal_value(listing, tmp_path):
    image, _page = listing[1]
    path = tmp_path / "page.png"
    image.save(path)
    run = subprocess.run(["tesseract", str(path), "-", "-l", "chi_sim", "--psm", "6"],
                         capture_output=True, text=True, timeout=120)
    text = re.sub(r"\s", "", run.stdout)
    assert "公示名单" in text and "街道办事处" in text, text[:300]      # OCR reads the page ...
    digits = re.sub(r"\D", "", run.stdout)
    for value in TRUTH["personal_values"]["resident_ids"] + TRUTH["personal_values"]["phones"]:
        assert re.sub(r"\D", "", value)[-8:] not in digits      # ... but none of the numbers
    for name in TRUTH["personal_values"]["names"]:
        assert name not in text


def test_a_scanned_page_is_not_shown_when_the_schema_declares_personal_data(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 200, 200, fill=1)            # an image-like page without a text layer
    c.showPage()
    c.save()
    shown = render_page(path, 1, Redaction.for_schemas([load_schema("dibao-listing")]))
    assert not shown.shown
    assert render_page(path, 1, Redaction.for_schemas([load_schema("budget-lines")])).shown


def test_a_spreadsheet_grid_blacks_out_declared_cells_and_detected_values():
    sample = ROOT / "raw" / "tables" / "dibao-listing" / "taiyue-liubu-dibao-2026-10.xlsx"
    truth = json.loads((ROOT / "tests" / "truth" / "taiyue-liubu-dibao-2026-10.json").read_text(encoding="utf-8"))
    schema = load_schema("dibao-listing")
    rows = sheet_rows(sample, None)
    header = rows[2]
    from gongkai.validate.schema import map_headers

    grid = sheet_grid(rows, Redaction.for_schemas([schema], public=[truth["public"][0]]), header=header,
                      mapping=map_headers(header, schema), header_rows=[3], first_row=4,
                      data_rows=truth["rows"])
    for values in truth["personal"].values():
        for value in values:
            assert value not in grid
    assert "gongkai-redacted" in grid and "户主姓名" in grid and truth["public"][0] in grid
