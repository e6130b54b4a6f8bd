"""A generator of hostile and broken inputs for the batch and the commands (issue #20).

Each case is a function writing one file (or a raw/ layout) into a folder, with what the
project must do with it: refuse it in one line (a command exits 2, the batch records a reason
after the colon), publish nothing half-made, never show a traceback. The files are made here
(reportlab, PIL, plain bytes); nothing is downloaded.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pdf_fixtures import _font, text_pdf

KINDS = ("budget", "listing", "gazette")


@dataclass(frozen=True)
class Case:
    name: str
    suffix: str
    make: Callable[[Path], None]
    reason: str                  # a word the one-line reason must hold (case-insensitive)
    slow: bool = False


# --- PDFs -----------------------------------------------------------------------------------------

def blank_pdf(path: Path, pages: int = 300) -> None:
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        c.showPage()
    c.save()


def huge_page_pdf(path: Path) -> None:
    """One page of 14,400 x 14,400 points (the PDF maximum) with a line of text."""
    c = canvas.Canvas(str(path), pagesize=(14400, 14400))
    c.setFont(_font(), 200)
    c.drawString(1000, 13000, "东岳市文化和旅游局2026年部门预算")
    c.save()


def huge_image_page_pdf(path: Path) -> None:
    """A scan of a poster: one 14,400-point page holding only an image (OCR would draw it at
    300 dpi: 3.6 gigapixels)."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (1200, 1200), 255)
    ImageDraw.Draw(image).rectangle((100, 100, 1100, 300), fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(str(path), pagesize=(14400, 14400))
    c.drawImage(ImageReader(buffer), 0, 0, 14400, 14400)
    c.save()


def print_only_pdf(path: Path) -> None:
    """Opens without a password; the owner password allows printing only (no copying)."""
    from reportlab.lib import pdfencrypt

    enc = pdfencrypt.StandardEncryption("", ownerPassword="owner-secret", canPrint=1, canModify=0,
                                        canCopy=0, canAnnotate=0)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=enc)
    c.setFont(_font(), 14)
    c.drawString(72, 760, "东岳市文化和旅游局2026年部门预算")
    c.drawString(72, 730, "本件仅允许打印")
    c.save()


def image_only_pdf(path: Path) -> None:
    from pdf_fixtures import image_only_pdf as make

    make(path)


def tiny_objects_pdf(path: Path, count: int = 250_000) -> None:
    """One page holding a quarter of a million tiny rectangles (past MAX_PAGE_OBJECTS)."""
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    c.setFont(_font(), 10)
    c.drawString(72, 800, "东岳市2026年部门预算表")
    c.setLineWidth(0.1)
    per_row = 500
    # written straight into the page's content stream: one painted rectangle each
    c._code.append("\n".join(f"{20 + (i % per_row) * 1.1:.1f} {60 + (i // per_row) * 1.4:.1f} "
                             "0.5 0.5 re S" for i in range(count)))
    c.save()


def many_small_objects_pdf(path: Path, count: int = 20_000) -> None:
    """Thousands of tiny objects (under the limit): read, found to hold no table, refused as
    giving nothing, in a reasonable time."""
    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1)
    c.setFont(_font(), 10)
    c.drawString(72, 800, "东岳市2026年部门预算表")
    for i in range(count):
        x = 20 + (i % 200) * 2.7
        y = 60 + (i // 200) * 7
        c.line(x, y, x + 0.8, y + 0.8)
    c.save()


def gazette_without_items_pdf(path: Path) -> None:
    text_pdf(path, ["东岳省人民政府公报", "2026年第11期", "（本期无文件）"])


def not_a_pdf(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 this is not a PDF at all" + os.urandom(200))


def truncated_pdf(path: Path) -> None:
    blank_pdf(path, pages=3)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def user_password_pdf(path: Path) -> None:
    from pdf_fixtures import encrypted_pdf

    encrypted_pdf(path)


PDF_CASES = [
    Case("blank-300-pages", ".pdf", blank_pdf, "text layer", slow=True),
    Case("huge-page", ".pdf", huge_page_pdf, "points"),
    Case("huge-image-page", ".pdf", huge_image_page_pdf, "points"),
    Case("print-only-owner-password", ".pdf", print_only_pdf, "nothing"),
    Case("image-only", ".pdf", image_only_pdf, "text layer"),
    Case("tiny-objects", ".pdf", tiny_objects_pdf, "drawing objects", slow=True),
    Case("many-small-objects", ".pdf", many_small_objects_pdf, "nothing", slow=True),
    Case("not-a-pdf", ".pdf", not_a_pdf, "not a pdf"),
    Case("truncated", ".pdf", truncated_pdf, "damaged"),
    Case("empty", ".pdf", empty_file, "empty"),
    Case("user-password", ".pdf", user_password_pdf, "password"),
]


# --- tables ---------------------------------------------------------------------------------------

LISTING_HEADER = "序号,户主姓名,身份证号码,联系电话,居住社区(村),家庭住址,保障人数,救助金额（元）,备注,监督举报电话"
LISTING_ROW = "1,张三,370102199001011237,13800138000,柳泉社区,柳泉社区1号,2,1260,,0538-6120000"


def long_cell_csv(path: Path) -> None:
    path.write_text(LISTING_HEADER + "\n" + LISTING_ROW.replace(",,", "," + "长" * 1_000_000 + ",")
                    + "\n", encoding="utf-8")


def utf16_without_bom_csv(path: Path) -> None:
    path.write_bytes((LISTING_HEADER + "\r\n" + LISTING_ROW + "\r\n").encode("utf-16-le"))


def wide_csv(path: Path, columns: int = 10_000) -> None:
    header = ",".join(f"c{i}" for i in range(columns))
    rows = [",".join(str(r * columns + i) for i in range(columns)) for r in range(3)]
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")


def binary_csv(path: Path) -> None:
    path.write_bytes(b"\x00\x01\x02\xff" * 500)


TABLE_CASES = [
    Case("long-cell", ".csv", long_cell_csv, "100,000"),
    Case("wide", ".csv", wide_csv, "columns"),
    Case("binary", ".csv", binary_csv, "binary"),
    Case("empty", ".csv", empty_file, "empty"),
]
