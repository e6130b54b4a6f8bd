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
import re
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


SIZE_MIN_CONF = 50.0   # words read with less confidence do not measure their line
INK_SPAN = (0.03, 0.97)  # a line's print height: the rows between these shares of its ink


PHANTOM_MARKS = "”“\"'‘’`|"   # marks Tesseract reads into blank paper ...
PHANTOM_INK = 0.03             # ... a mark whose box has less ink than this share of it is not printed


def drop_phantom_marks(image, words: list[OCRWord], scale: float) -> list[OCRWord]:
    """``words`` without the lone quote marks Tesseract reads where nothing is printed: the
    full-width space between 省长 and the governor's name, between two joint issuers in a
    title, after 第一条, came back as ” (省长”吕定邦), which then broke every rule reading those
    lines. A word made only of such marks whose box holds (almost) no ink is dropped."""
    import numpy as np

    ink = np.asarray(image.convert("L")) < INK
    h, w = ink.shape
    kept = []
    for word in words:
        if word.text and all(ch in PHANTOM_MARKS for ch in word.text):
            x0, x1 = max(0, int(word.x0 / scale)), min(w, int(word.x1 / scale) + 1)
            y0, y1 = max(0, int(word.top / scale)), min(h, int(word.bottom / scale) + 1)
            box = ink[y0:y1, x0:x1]
            if box.size and box.mean() < PHANTOM_INK:
                continue
        kept.append(word)
    return kept


def _print_height(ink, word: OCRWord, scale: float) -> float | None:
    """The height of the print inside ``word``'s box (points): the rows between INK_SPAN's
    shares of the ink there."""
    import numpy as np

    h, w = ink.shape
    x0, x1 = max(0, int(word.x0 / scale)), min(w, int(word.x1 / scale) + 1)
    y0, y1 = max(0, int(word.top / scale)), min(h, int(word.bottom / scale) + 1)
    if x1 <= x0 or y1 <= y0:
        return None
    rows = ink[y0:y1, x0:x1].sum(axis=1)
    total = int(rows.sum())
    if total <= 0:
        return None
    cum = np.cumsum(rows)
    first = int(np.searchsorted(cum, INK_SPAN[0] * total))
    last = int(np.searchsorted(cum, INK_SPAN[1] * total))
    return (last - first + 1) * scale


def measure_print(image, words: list[OCRWord], scale: float) -> None:
    """Set each word's ``line_height`` to the height of the print of its row, measured in the image.

    Tesseract's line box takes in any speck or toner dot beside the line (and the tall brackets
    of a 文号): on a worn page, body lines came out as large as titles, and titles were no longer
    told from body text. The print is measured instead: in each confidently read word's box,
    the rows between 3 % and 97 % of its ink (a speck or a bracket's tip is a sliver of it);
    a row of words (Tesseract's line, split where its words do not overlap vertically: it joins
    rows of a leaning page) takes the median of its words, each character one vote. Words are
    in points (``scale`` = 72 / dpi) in ``image``'s frame."""
    import numpy as np

    ink = np.asarray(image.convert("L")) < INK
    lines: dict[tuple, list[OCRWord]] = {}
    for word in words:
        lines.setdefault(word.line_key, []).append(word)
    for line_words in lines.values():
        rows: list[list[OCRWord]] = []
        for word in sorted(line_words, key=lambda x: (x.top + x.bottom) / 2):
            mid = (word.top + word.bottom) / 2
            if rows and rows[-1][-1].top <= mid <= rows[-1][-1].bottom:
                rows[-1].append(word)
            else:
                rows.append([word])
        for row in rows:
            votes = []
            for word in row:
                if word.conf < SIZE_MIN_CONF and len(row) > 1:
                    continue
                height = _print_height(ink, word, scale)
                if height is not None:
                    votes += [height] * max(1, len(word.text))
            if votes:
                votes.sort()
                for word in row:
                    word.line_height = votes[len(votes) // 2]


# A folder where Tesseract's answers are kept, keyed by the exact image read (its pixels, size
# and mode), the languages, the page segmentation mode and the Tesseract version: the same image
# is then never read twice. Off unless set (the benchmarks set it: they OCR the same generated
# scans run after run while the rules after OCR change).
OCR_CACHE_ENV = "GONGKAI_OCR_CACHE"


@lru_cache(maxsize=1)
def _tesseract_version() -> str:
    exe = shutil.which(TESSERACT)
    if not exe:
        return ""
    try:
        out = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return ""
    return (out.stdout + out.stderr).splitlines()[0].strip() if (out.stdout + out.stderr) else ""


def _cache_path(image, languages: str, psm: int, extra: tuple = ()) -> Path | None:
    folder = os.environ.get(OCR_CACHE_ENV)
    if not folder:
        return None
    import hashlib

    h = hashlib.sha256()
    h.update(repr((image.mode, image.size, languages, psm, _tesseract_version(), extra)).encode())
    h.update(image.tobytes())
    return Path(folder) / f"{h.hexdigest()}.tsv"


def run_tesseract(image, languages: str = "chi_sim", psm: int = 3, timeout: float = 300.0,
                  config: tuple[str, ...] = ()) -> str:
    """Tesseract's TSV for a PIL image (one thread per process: pages run in parallel instead).
    ``config``: extra ``-c name=value`` settings (a character whitelist, say)."""
    reason = tesseract_status(languages)
    if reason:
        raise OCRUnavailable(reason)
    cached = _cache_path(image, languages, psm, config)
    if cached is not None and cached.exists():
        return cached.read_text(encoding="utf-8")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    settings = [arg for c in config for arg in ("-c", c)]
    with tempfile.TemporaryDirectory(prefix="gongkai-ocr-") as tmp:
        png = Path(tmp) / "page.png"
        image.save(png)
        proc = subprocess.run([TESSERACT, str(png), "stdout", "-l", languages, "--psm", str(psm), *settings, "tsv"],
                              capture_output=True, text=True, env=env, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"tesseract failed: {proc.stderr.strip()[:300]}")
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        part = cached.with_suffix(f".{os.getpid()}.{threading.get_ident()}.part")
        part.write_text(proc.stdout, encoding="utf-8")
        part.replace(cached)  # whole or not at all: a run stopped half-way leaves no torn entry
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


GUTTER_MIN = 0.006     # a column gap is at least this share of the page's width ...
GUTTER_MAX = 0.06      # ... and at most this share (a wider blank is short lines, not a gap)
GUTTER_ZONE = (0.3, 0.7)  # ... and lies in this band of the width (a two-column page's middle)
GUTTER_WIDEN = 0.08    # share of the width added to a gutter before Tesseract reads the page
GUTTER_STRIPS = 24     # the text block is cut into this many horizontal strips ...
GUTTER_VOTE = 0.75     # ... and a pixel column is gap when it is blank in this share of the strips
                       # that carry text on both sides of the middle (a heading across both
                       # columns fills the gap in its own strip only)
GUTTER_SIDE_INK = 0.002  # share of a strip's half that must be ink for the strip to count


def find_gutter(image) -> tuple[int, int] | None:
    """The column gap of a two-column page image, (first, last) pixel column, or None.

    The text block (between the header and footer strips) is cut into horizontal strips; the
    strips with text on both sides of the middle vote, and a pixel column is in the gap when
    it is blank in most of them. Measured strip by strip, a column that ends half-way down the
    page (the issue's last item, or an item ending before a full-width one) leaves the gap as
    clear as a full one; over the whole height, the short column's little ink looked like a
    gap itself."""
    import numpy as np

    a = np.asarray(image.convert("L"))
    h, w = a.shape
    ink = a[int(h * MARGIN): int(h * (1 - MARGIN))] < INK
    if not ink.size:
        return None
    zone = (int(GUTTER_ZONE[0] * w), int(GUTTER_ZONE[1] * w))
    left_side, right_side = (int(0.08 * w), w // 2), (w // 2, int(0.92 * w))
    bounds = np.linspace(0, ink.shape[0], GUTTER_STRIPS + 1).astype(int)
    votes = np.zeros(w, dtype=np.int64)
    strips = 0
    for y0, y1 in zip(bounds[:-1], bounds[1:]):
        band = ink[y0:y1]
        cols = band.sum(axis=0)
        need = GUTTER_SIDE_INK * (y1 - y0) * (w // 2)
        if cols[left_side[0]:left_side[1]].sum() < need or cols[right_side[0]:right_side[1]].sum() < need:
            continue
        strips += 1
        votes += cols == 0
    if strips < 3:
        return None
    gap = votes >= GUTTER_VOTE * strips
    best = None
    x = zone[0]
    while x < zone[1]:
        if gap[x]:
            start = x
            while x < w and gap[x]:
                x += 1
            if x - start >= GUTTER_MIN * w and (best is None or x - start > best[1] - best[0]):
                best = (start, x - 1)
        x += 1
    if best is None or best[1] - best[0] + 1 > GUTTER_MAX * w:
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


SPECK_WINDOW = 2.0     # mm: the square around an ink pixel in which its neighbours are counted
SPECK_INK = 0.03       # ... an ink pixel with less ink than this share of the square around it is a speck
SPECK_GREY = 200       # grey level below which a pixel counts as a mark for the speck test (a light
                       # grey dot is read as a character too)


def remove_specks(grey, dpi: int):
    """``grey`` with isolated specks turned white: ink pixels with hardly any ink around them
    (less than SPECK_INK of a SPECK_WINDOW square). Toner dots and grain on a worn copy are
    read by Tesseract as characters (人, 二, 了) in the blank areas, in rows of their own and
    between columns; every stroke of a character, and a punctuation mark beside its
    character, has far more ink around it."""
    import numpy as np
    from PIL import Image

    a = np.asarray(grey)
    ink = (a < SPECK_GREY).astype(np.int32)
    k = max(3, int(round(SPECK_WINDOW / 25.4 * dpi)) | 1)
    pad = k // 2
    padded = np.pad(ink, pad)
    integral = np.pad(padded.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    h, w = ink.shape
    around = (integral[k:k + h, k:k + w] - integral[:h, k:k + w] - integral[k:k + h, :w] + integral[:h, :w])
    specks = (ink == 1) & (around < SPECK_INK * k * k)
    if not specks.any():
        return grey
    out = a.copy()
    out[specks] = 255
    return Image.fromarray(out, "L")


PAPER_PROBE = 8        # the paper's shade is estimated on a copy this many times smaller ...
PAPER_WINDOW = 7       # ... as the lightest value in a square this many of its pixels wide


def otsu_threshold(values) -> float:
    """The grey level that best splits ``values`` (a numpy array of 0-255) into two classes."""
    import numpy as np

    hist = np.bincount(values.ravel().astype(np.int64), minlength=256).astype(np.float64)
    total = hist.sum()
    if total <= 0:
        return 128.0
    levels = np.arange(256, dtype=np.float64)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    w1 = total - w0
    mean_all = m0[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_all * w0 / total - m0) ** 2 / (w0 * w1 / total)
    between[~np.isfinite(between)] = -1
    return float(np.argmax(between))


def flatten_paper(grey):
    """The page with its paper made white: each pixel divided by the paper's local shade (a
    copy of the page shrunk PAPER_PROBE times, its lightest value around each point, blown back
    up), then everything lighter than the ink/paper split (Otsu, over the whole page) set to
    white. A worn copy's grey, mottled paper and its grain were read by Tesseract as rows of
    characters where nothing is printed, most in the sparsely printed header and footer strips
    (read on their own, where Tesseract's own split of ink from paper falls inside the grain)."""
    import numpy as np
    from PIL import Image, ImageFilter

    w, h = grey.size
    small = grey.resize((max(1, w // PAPER_PROBE), max(1, h // PAPER_PROBE)), Image.BOX)
    paper = small.filter(ImageFilter.MaxFilter(PAPER_WINDOW)).resize((w, h), Image.BILINEAR)
    a = np.asarray(grey, dtype=np.float32)
    shade = np.maximum(np.asarray(paper, dtype=np.float32), 1.0)
    norm = np.clip(a * 255.0 / shade, 0, 255).astype(np.uint8)
    split = otsu_threshold(norm)
    norm[norm > split] = 255
    return Image.fromarray(norm, "L")


def clean_scan(image, dpi: int = DEFAULT_DPI):
    """A scanned page made easier to read: sensor noise smoothed (a 3x3 median), the paper made
    white (:func:`flatten_paper`), isolated specks removed (:func:`remove_specks`), the lean
    taken out (:func:`skew_angle`). Returns the image and the angle it was turned by."""
    from PIL import Image, ImageFilter

    grey = remove_specks(flatten_paper(image.convert("L").filter(ImageFilter.MedianFilter(3))), dpi)
    angle = skew_angle(grey)
    if abs(angle) >= SKEW_MIN:
        grey = grey.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    return grey, angle


def clean_page(pdf_path: str | Path, page_number: int, dpi: int = DEFAULT_DPI):
    """Page ``page_number`` (1-based) rendered and cleaned (:func:`clean_scan`), and its size in
    points: the image OCR's word boxes refer to. The last few pages are kept, for the lines
    read again from them (:func:`read_region`)."""
    path = Path(pdf_path)
    stat = path.stat()
    return _clean_page(str(path.resolve()), stat.st_mtime_ns, stat.st_size, page_number, dpi)


@lru_cache(maxsize=4)
def _clean_page(path: str, mtime_ns: int, size: int, page_number: int, dpi: int):
    image, width, height = render_page(path, page_number - 1, dpi)
    image, _ = clean_scan(image, round(72.0 * image.size[0] / width))   # the dpi drawn at
    return image, width, height


REREAD_SCALE = 2.0   # a line read again is enlarged this many times first
REREAD_MARGIN = 0.35  # ... with this share of its height added around it


def read_region(pdf_path: str | Path, page_number: int, box: tuple[float, float, float, float],
                languages: str = "chi_sim", dpi: int = DEFAULT_DPI, whitelist: str | None = None,
                psm: int = 7) -> tuple[str, float | None]:
    """Read one line of a scanned page again, on its own: ``box`` (x0, top, x1, bottom, points,
    in the frame of OCR's word boxes) is cut from the cleaned page with a margin, enlarged
    REREAD_SCALE times and read as a single line (psm 7); ``whitelist`` limits the characters
    Tesseract may answer (a date's digits, say). Small print read with the rest of the page
    loses characters that a reading of the line alone, larger, keeps. Returns the text (spaces
    removed) and its mean word confidence (None when nothing was read)."""
    from PIL import Image

    image, width, _ = clean_page(pdf_path, page_number, dpi)
    px = image.size[0] / width              # pixels per point (a huge page is drawn smaller)
    x0, top, x1, bottom = box
    pad = REREAD_MARGIN * (bottom - top)
    crop = image.crop((max(0, int((x0 - pad) * px)), max(0, int((top - pad) * px)),
                       min(image.size[0], int((x1 + pad) * px) + 1), min(image.size[1], int((bottom + pad) * px) + 1)))
    if crop.size[0] < 2 or crop.size[1] < 2:
        return "", None
    crop = crop.resize((int(crop.size[0] * REREAD_SCALE), int(crop.size[1] * REREAD_SCALE)), Image.LANCZOS)
    config = (f"tessedit_char_whitelist={whitelist}",) if whitelist else ()
    words = parse_tsv(run_tesseract(crop, languages, psm=psm, config=config), 1.0)
    words = [w for w in words if w.conf >= 0]
    if not words:
        return "", None
    text = "".join(w.text for w in sorted(words, key=lambda w: w.x0))
    chars = sum(len(w.text) for w in words) or 1
    return re.sub(r"\s+", "", text), sum(w.conf * len(w.text) for w in words) / chars


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
    image, width, height = clean_page(pdf_path, page_number, dpi)
    scale = width / image.size[0]           # points per pixel (a huge page is drawn smaller)
    dpi = round(72.0 / scale)
    gutter = find_gutter(image)
    wide, shift = widen_gutter(image, gutter)
    words = parse_tsv(run_tesseract(wide, languages), scale)
    measure_print(wide, words, scale)
    words = drop_phantom_marks(wide, words, scale)
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
        strip_words = parse_tsv(run_tesseract(strip, languages, psm=11), scale)
        measure_print(strip, strip_words, scale)
        for w in strip_words:
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
