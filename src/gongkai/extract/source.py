"""Opening a PDF safely: the checks every stage needs before it reads a page.

Each failure becomes an :class:`InputError` naming the file and the reason, so the batch can
report it in one line and go on with the other inputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException

from ..errors import InputError
from ..files import sha256_file
from ..limits import MAX_PAGE_OBJECTS, MAX_PAGE_SIDE_PT, MAX_PAGES


@dataclass(frozen=True)
class Source:
    """Provenance of everything extracted from one file."""

    path: str
    sha256: str
    pages: int

    def as_dict(self) -> dict:
        return {"path": self.path, "sha256": self.sha256, "pages": self.pages}


def check_pdf_file(path: Path) -> None:
    """Cheap checks before pdfminer sees the file."""
    if not path.exists():
        raise InputError("file not found", path=str(path))
    if path.is_dir():
        raise InputError("is a folder, not a PDF file", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty file (0 bytes)", path=str(path))
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise InputError("not a PDF (no %PDF- header)", path=str(path))


def _input_error(exc: Exception, path: Path) -> InputError:
    """The underlying pdfminer error (pdfplumber wraps it) as a one-line reason."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else (exc.__context__ or exc)
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in str(cause).lower():
        return InputError("encrypted PDF, a password is needed", path=str(path))
    if isinstance(cause, (PDFSyntaxError, PSException)):
        detail = str(cause) or type(cause).__name__
        return InputError(f"damaged or truncated PDF ({detail})", path=str(path))
    detail = str(cause) or type(cause).__name__
    return InputError(f"cannot be read as a PDF ({type(cause).__name__}: {detail})", path=str(path))


def open_pdf(path: str | Path) -> tuple[pdfplumber.PDF, Source]:
    """Open ``path`` with pdfplumber after checking it; return the PDF and its provenance."""
    path = Path(path)
    check_pdf_file(path)
    try:
        pdf = pdfplumber.open(path)
        pages = len(pdf.pages)
    except Exception as exc:  # pdfplumber wraps pdfminer's many exceptions
        raise _input_error(exc, path) from None
    if pages == 0:
        pdf.close()
        raise InputError("PDF has no pages", path=str(path))
    try:
        check_pages(pdf, path)
    except BaseException:
        pdf.close()
        raise
    return pdf, Source(path=str(path), sha256=sha256_file(path), pages=pages)


def check_pages(pdf, path: Path) -> None:
    """The named limits of :mod:`gongkai.limits` on pages, checked before any page is parsed:
    their number, their size, and the drawing objects on each (counted by PDFium, which reads
    a page of a quarter of a million objects in about a second where pdfminer takes minutes)."""
    if len(pdf.pages) > MAX_PAGES:
        raise InputError(f"{len(pdf.pages):,} pages (the limit is {MAX_PAGES:,}: split the "
                         "document)", path=str(path))
    for page in pdf.pages:
        side = max(float(page.width), float(page.height))
        if side > MAX_PAGE_SIDE_PT:
            raise InputError(f"a page of {float(page.width):.0f} x {float(page.height):.0f} "
                             f"points (the limit is {MAX_PAGE_SIDE_PT:,} points a side, A0 is "
                             "3,370: not a printed page)", path=str(path), page=page.page_number)
    for number, count in page_object_counts(path):
        if count > MAX_PAGE_OBJECTS:
            raise InputError(f"{count:,} drawing objects on one page (the limit is "
                             f"{MAX_PAGE_OBJECTS:,}; a dense table page has a few thousand)",
                             path=str(path), page=number)


def page_object_counts(path: Path):
    """(page number, objects on it) for each page, as PDFium counts them; nothing when PDFium
    cannot read the file (pdfminer could, and reports its own problems)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_raw

    from .ocr import PDFIUM_LOCK

    with PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(str(path))
        except Exception:  # noqa: BLE001 - PdfiumError and friends
            return []
        try:
            counts = []
            for i in range(len(doc)):
                page = doc[i]
                counts.append((i + 1, int(pdfium_raw.FPDFPage_CountObjects(page))))
                page.close()
            return counts
        finally:
            doc.close()


def page_has_text(page) -> bool:
    return any(not ch.get("text", "").isspace() for ch in page.chars)


def pages_without_text(pdf) -> list[int]:
    """1-based numbers of pages that have no text layer (scans): OCR or report them."""
    return [i + 1 for i, page in enumerate(pdf.pages) if not page_has_text(page)]


def require_text_layer(pdf, source: Source) -> None:
    """Raise when no page has text: budget and listing extraction cannot work from a scan."""
    if not any(page_has_text(page) for page in pdf.pages):
        raise InputError("no text layer on any page (a scan?); OCR is needed", path=source.path)


def parse_page_spec(spec: str | None, npages: int) -> list[int]:
    """'1-3,7' -> [1, 2, 3, 7] (1-based, checked against the page count)."""
    if not spec:
        return list(range(1, npages + 1))
    pages: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            first, _, last = part.partition("-")
            lo, hi = int(first), int(last) if last else npages
        else:
            lo = hi = int(part)
        if lo < 1 or hi > npages or lo > hi:
            raise InputError(f"page range {part!r} is outside 1-{npages}")
        pages.extend(range(lo, hi + 1))
    return sorted(set(pages))
