"""OCR of pages without a text layer (scanned gazette issues) with Tesseract.

A page is rendered to a greyscale image (pypdfium2, the renderer pdfplumber's ``to_image``
uses), Tesseract reads it with its TSV output, and every recognised word comes back as a box in
PDF points (top-left origin, like pdfplumber's words) with its confidence and the height of its
text line. The gazette splitter builds the same Line objects from these words as from a text
layer, so one splitter serves both.

Tesseract is a Debian package (``tesseract-ocr`` with ``tesseract-ocr-chi-sim`` and
``tesseract-ocr-chi-tra``; ``scripts/setup-system.sh`` installs them). Without it,
:func:`tesseract_status` says what is missing and callers report the pages they could not read.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DEFAULT_DPI = 300
TESSERACT = "tesseract"


class OCRUnavailable(RuntimeError):
    """Tesseract (or one of the language models asked for) is not installed."""


@dataclass
class OCRWord:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    conf: float          # 0-100, Tesseract's word confidence
    line_height: float   # height of the word's text line, in points
    line_key: tuple      # (block, paragraph, line): Tesseract's own line grouping

    def as_word(self) -> dict:
        """The word as a pdfplumber-like dict (size = line height)."""
        return {"x0": self.x0, "x1": self.x1, "top": self.top, "bottom": self.bottom,
                "text": self.text, "size": self.line_height, "conf": self.conf,
                "upright": True, "fontname": ""}


@dataclass
class OCRPage:
    page: int            # 1-based physical page number
    width: float         # points
    height: float
    language: str
    dpi: int
    words: list[OCRWord] = field(default_factory=list)
    seconds: float = 0.0
    gutter: tuple[float, float] | None = None  # the column gap found in the image, in points

    @property
    def confidence(self) -> float | None:
        """Mean word confidence weighted by characters (0-100), None without words."""
        total = sum(len(w.text) for w in self.words)
        if not total:
            return None
        return sum(w.conf * len(w.text) for w in self.words) / total


@lru_cache(maxsize=1)
def _languages() -> frozenset[str]:
    exe = shutil.which(TESSERACT)
    if not exe:
        return frozenset()
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    langs = [ln.strip() for ln in (out.stdout + out.stderr).splitlines()[1:] if ln.strip()]
    return frozenset(langs)


def tesseract_status(languages: str | list[str] = "chi_sim") -> str | None:
    """None when Tesseract and every language in ``languages`` are installed, else the reason."""
    if not shutil.which(TESSERACT):
        return ("tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-chi-sim "
                "tesseract-ocr-chi-tra; scripts/setup-system.sh installs them)")
    wanted = languages.split("+") if isinstance(languages, str) else list(languages)
    missing = [lang for lang in wanted if lang not in _languages()]
    if missing:
        debs = " ".join("tesseract-ocr-" + m.replace("_", "-") for m in missing)
        return f"tesseract language data missing: {', '.join(missing)} (Debian: {debs})"
    return None


def tesseract_available(languages: str | list[str] = "chi_sim") -> bool:
    return tesseract_status(languages) is None


# PDFium is not thread-safe: pages are rendered one at a time, Tesseract runs in parallel.
PDFIUM_LOCK = threading.Lock()


def render_page(pdf_path: str | Path, page_index: int, dpi: int = DEFAULT_DPI):
    """Page ``page_index`` (0-based) as a greyscale PIL image at ``dpi`` (lower for a page so
    large that the image would pass :data:`~gongkai.limits.MAX_RENDER_PIXELS`); also its size in
    points."""
    import pypdfium2 as pdfium

    from ..limits import render_dpi

    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(str(pdf_path))
        try:
            page = doc[page_index]
            width, height = page.get_size()
            scale = render_dpi(width, height, dpi) / 72.0
            image = page.render(scale=scale, grayscale=True).to_pil().copy()
            page.close()
        finally:
            doc.close()
    return image, float(width), float(height)


def parse_tsv(tsv: str, scale: float) -> list[OCRWord]:
    """Tesseract TSV to words in points (``scale`` = 72 / dpi)."""
    rows = list(csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows:
        return []
    header = rows[0]
    col = {name: i for i, name in enumerate(header)}
    line_boxes: dict[tuple, float] = {}
    words: list[OCRWord] = []
    for row in rows[1:]:
        if len(row) < len(header):
            continue
        level = int(row[col["level"]])
        key = (int(row[col["block_num"]]), int(row[col["par_num"]]), int(row[col["line_num"]]))
        left, top = int(row[col["left"]]), int(row[col["top"]])
        width, height = int(row[col["width"]]), int(row[col["height"]])
        if level == 4:
            line_boxes[key] = height * scale
            continue
        if level != 5:
            continue
        text = row[col["text"]].strip()
        conf = float(row[col["conf"]])
        if not text or conf < 0:
            continue
        words.append(OCRWord(left * scale, top * scale, (left + width) * scale, (top + height) * scale,
                             text, conf, line_boxes.get(key, height * scale), key))
    return words


def run_tesseract(image, languages: str = "chi_sim", psm: int = 3, timeout: float = 300.0) -> str:
    """Tesseract's TSV for a PIL image (one thread per process: pages run in parallel instead)."""
    reason = tesseract_status(languages)
    if reason:
        raise OCRUnavailable(reason)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.TemporaryDirectory(prefix="gongkai-ocr-") as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        proc = subprocess.run([TESSERACT, str(png), "stdout", "-l", languages, "--psm", str(psm), "tsv"],
                              capture_output=True, text=True, env=env, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"tesseract failed: {proc.stderr.strip()[:300]}")
    return proc.stdout


MARGIN = 0.085  # the top and bottom strips (running header, page-number footer) read on their own

# Straightening a scanned page before Tesseract reads it. A page fed by hand leans by a degree
# or so; over a page's width that moves a line by several line heights' worth of its slope, and
# Tesseract's layout analysis then runs the lines of two columns together. The lean is the
# angle at which the rows of ink are sharpest (the horizontal projection's energy is highest).
SKEW_LIMIT = 2.0       # degrees either way searched
SKEW_STEP = 0.1        # degrees between the angles tried
SKEW_MIN = 0.15        # a lean below this is left alone (not worth a resampling)
SKEW_PROBE_WIDTH = 900  # pixels: the page is measured on a copy this wide
INK = 160              # grey level below which a pixel is ink (for measuring only)


def skew_angle(image) -> float:
    """The angle (degrees, PIL's counter-clockwise sense) that makes the page's rows level."""
    import numpy as np
    from PIL import Image

    scale = SKEW_PROBE_WIDTH / max(1, image.size[0])
    small = image.convert("L").resize((SKEW_PROBE_WIDTH, max(1, int(image.size[1] * scale))), Image.BILINEAR)
    ink = small.point(lambda v: 255 if v < INK else 0)
    best, best_score = 0.0, -1.0
    for angle in np.arange(-SKEW_LIMIT, SKEW_LIMIT + 1e-9, SKEW_STEP):
        rows = np.asarray(ink.rotate(float(angle), resample=Image.NEAREST), dtype=np.float32).sum(axis=1)
        score = float(np.square(np.diff(rows)).sum())
        if score > best_score:
            best, best_score = float(angle), score
    return round(best, 2)


GUTTER_INK = 0.25      # a gutter's columns of pixels carry at most this share of a text column's ink (a heading across it, specks)
GUTTER_MIN = 0.006     # ... and are at least this share of the page's width
GUTTER_MAX = 0.06      # ... and at most this share (a wider blank is short lines, not a gap)
GUTTER_ZONE = (0.3, 0.7)  # ... and lie in this band of the width (a two-column page's middle)
GUTTER_WIDEN = 0.08    # share of the width added to a gutter before Tesseract reads the page


def find_gutter(image) -> tuple[int, int] | None:
    """The column gap of a two-column page image, (first, last) pixel column, or None: a run of
    nearly blank pixel columns in the page's middle with text on both sides (measured between
    the header and footer strips)."""
    import numpy as np

    a = np.asarray(image.convert("L"))
    h, w = a.shape
    ink = a[int(h * MARGIN): int(h * (1 - MARGIN))] < INK
    cols = ink.sum(axis=0).astype(np.float64)
    inside = cols[int(0.1 * w): int(0.9 * w)]
    if not inside.size:
        return None
    ref = float(np.percentile(inside, 75))
    if ref <= 0:
        return None
    low = cols <= GUTTER_INK * ref
    best = None
    x = int(GUTTER_ZONE[0] * w)
    while x < int(GUTTER_ZONE[1] * w):
        if low[x]:
            start = x
            while x < w and low[x]:
                x += 1
            if x - start >= GUTTER_MIN * w and (best is None or x - start > best[1] - best[0]):
                best = (start, x - 1)
        x += 1
    if best is None or best[1] - best[0] + 1 > GUTTER_MAX * w:
        return None
    flank = int(0.05 * w)
    left, right = cols[max(0, best[0] - flank): best[0]], cols[best[1] + 1: best[1] + 1 + flank]
    if not left.size or not right.size or left.mean() < 0.3 * ref or right.mean() < 0.3 * ref:
        return None
    return best


def widen_gutter(image, gutter: tuple[int, int] | None):
    """The page with its column gap (:func:`find_gutter`) widened: Tesseract runs two columns
    together across a narrow gap, reading one line from both. Returns the image and (x, added)
    to map back: pixel columns from x on moved right by added."""
    from PIL import Image

    if gutter is None:
        return image, None
    w, h = image.size
    mid = (gutter[0] + gutter[1]) // 2
    added = int(GUTTER_WIDEN * w)
    wide = Image.new("L", (w + added, h), 255)
    wide.paste(image.crop((0, 0, mid, h)), (0, 0))
    wide.paste(image.crop((mid, 0, w, h)), (mid + added, 0))
    return wide, (mid, added)


def clean_scan(image):
    """A scanned page made easier to read: specks and sensor noise removed (a 3x3 median), the
    lean taken out (:func:`skew_angle`). Returns the image and the angle it was turned by."""
    from PIL import Image, ImageFilter

    grey = image.convert("L").filter(ImageFilter.MedianFilter(3))
    angle = skew_angle(grey)
    if abs(angle) >= SKEW_MIN:
        grey = grey.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    return grey, angle


def ocr_page(pdf_path: str | Path, page_number: int, languages: str = "chi_sim",
             dpi: int = DEFAULT_DPI) -> OCRPage:
    """OCR one page (1-based ``page_number``).

    The page is cleaned and straightened (:func:`clean_scan`), a two-column page's gap widened
    (:func:`widen_gutter`), and read with automatic layout analysis (psm 3); its top and bottom
    strips are read again as sparse text (psm 11), because layout analysis tends to drop a lone
    page number or a short running header there (and reading a strip as one block, psm 6, finds
    nothing when a rule runs under the header).
    """
    import time

    start = time.perf_counter()
    image, width, height = render_page(pdf_path, page_number - 1, dpi)
    scale = width / image.size[0]           # points per pixel (a huge page is drawn smaller)
    dpi = round(72.0 / scale)
    image, _ = clean_scan(image)
    gutter = find_gutter(image)
    wide, shift = widen_gutter(image, gutter)
    words = parse_tsv(run_tesseract(wide, languages), scale)
    if shift is not None:
        at, added = shift[0] * scale, shift[1] * scale
        for w in words:
            if w.x0 >= at:
                w.x0, w.x1 = w.x0 - added, w.x1 - added
    w_px, h_px = image.size
    band = int(h_px * MARGIN)
    top_pt, bottom_pt = band * scale, (h_px - band) * scale
    kept = [w for w in words if top_pt <= (w.top + w.bottom) / 2 <= bottom_pt]
    for y0, y1 in ((0, band), (h_px - band, h_px)):
        strip = image.crop((0, y0, w_px, y1))
        for w in parse_tsv(run_tesseract(strip, languages, psm=11), scale):
            w.top += y0 * scale
            w.bottom += y0 * scale
            kept.append(w)
    return OCRPage(page_number, width, height, languages, dpi, kept, time.perf_counter() - start,
                   (gutter[0] * scale, gutter[1] * scale) if gutter else None)


def ocr_pages(pdf_path: str | Path, page_numbers: list[int], languages: str = "chi_sim",
              dpi: int = DEFAULT_DPI, jobs: int | None = None) -> dict[int, OCRPage]:
    """OCR several pages, in parallel (one Tesseract process per core)."""
    if not page_numbers:
        return {}
    jobs = jobs or max(1, min(len(page_numbers), os.cpu_count() or 1))
    if jobs == 1:
        return {n: ocr_page(pdf_path, n, languages, dpi) for n in page_numbers}
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(lambda n: ocr_page(pdf_path, n, languages, dpi), page_numbers))
    return {r.page: r for r in results}


def choose_language(pdf_path: str | Path, page_number: int, candidates: list[str],
                    dpi: int = DEFAULT_DPI) -> tuple[str, OCRPage]:
    """The candidate language (e.g. chi_sim, chi_tra) that reads ``page_number`` most confidently
    (the most characters in confidently read words, :func:`confident_chars`).

    Mixed models ('chi_sim+chi_tra') mix the scripts inside one line, so an issue is read with
    the one model that fits it best; the sample page's result is returned to be reused.
    """
    usable = [c for c in candidates if tesseract_available(c)]
    if not usable:
        raise OCRUnavailable(tesseract_status(candidates[0] if candidates else "chi_sim") or "no OCR language")
    with ThreadPoolExecutor(max_workers=len(usable)) as pool:
        pages = list(pool.map(lambda lang: ocr_page(pdf_path, page_number, lang, dpi), usable))
    best = max(zip(usable, pages), key=lambda pair: (confident_chars(pair[1]), pair[1].confidence or 0.0))
    return best[0], best[1]


CONFIDENT_WORD = 70.0  # Tesseract word confidence from which a word counts as read


def confident_chars(page: OCRPage) -> int:
    """Characters in words read with confidence: a model of the wrong script reads a page as
    many doubtful scraps (its mean confidence can still beat the right model's, dragged down by
    dot leaders and specks), the right one reads most of it confidently."""
    return sum(len(w.text) for w in page.words if w.conf >= CONFIDENT_WORD)
