"""Images that leave with a package: certified by the code that drew them, or read by OCR.

A picture of a source page shows whatever the page printed: resident IDs, phones, names. The
release gate cannot see inside a picture the way it reads text, so an image passes only on one
of two grounds (measured choice, see :mod:`gongkai.deid.gate`):

* **a certificate**: the code that drew the image states what it is, in a PNG text chunk
  (``gongkai-image``) bound to the pixels by the SHA-256 of the image data (the IDAT chunks).
  The bases: ``redacted`` (a source page drawn with its personal data covered), ``public-source``
  (a page of a document the package publishes whole anyway: a budget, a gazette issue),
  ``chart`` (drawn from the published, de-identified data). An image edited after it was
  certified, or another image carrying a copied chunk, fails the digest and is uncertified;
* **OCR** of an uncertified image small enough to read quickly (:data:`OCR_MAX_PIXELS`: charts,
  thumbnails) with Debian's tesseract (``chi_sim`` + ``eng``); its text goes through the same
  detectors as every other text. Larger uncertified images are not read (a 150-dpi page took
  4-50 s here) and block the release.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import struct
import subprocess
import zlib
from functools import lru_cache

__all__ = ["certify_png", "certificate", "BASES", "OCR_MAX_PIXELS", "ocr_text", "image_kind",
           "pixel_count"]

CERT_KEY = b"gongkai-image"
CERT_VERSION = "v1"
BASES = ("redacted", "public-source", "chart")
#: Uncertified images up to this many pixels are OCR'd (a chart is about 0.2 MP; a 150-dpi A4
#: page 2.2 MP, 4 s of tesseract on a quiet machine and 36-51 s under load here).
OCR_MAX_PIXELS = 1_000_000
#: Seconds one OCR may take before the image counts as unchecked.
OCR_TIMEOUT = 60
OCR_LANGUAGES = "chi_sim+eng"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def image_kind(data: bytes) -> str | None:
    """png | jpeg | gif | webp | bmp | tiff from the first bytes, or None."""
    if data.startswith(_PNG_MAGIC):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"BM"):
        return "bmp"
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    return None


def _chunks(png: bytes):
    pos = len(_PNG_MAGIC)
    while pos + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + length]
        yield kind, body, pos, pos + 12 + length
        pos += 12 + length


def _pixel_digest(png: bytes) -> str:
    h = hashlib.sha256()
    for kind, body, _s, _e in _chunks(png):
        if kind == b"IDAT":
            h.update(body)
    return h.hexdigest()


def certify_png(png: bytes, basis: str) -> bytes:
    """``png`` with a certificate stating ``basis`` (one of :data:`BASES`), bound to its pixels."""
    if basis not in BASES:
        raise ValueError(f"basis must be one of {', '.join(BASES)}")
    if not png.startswith(_PNG_MAGIC):
        raise ValueError("not a PNG image")
    text = f"{CERT_VERSION} {basis} sha256={_pixel_digest(png)}".encode("ascii")
    body = CERT_KEY + b"\x00" + text
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(
        ">I", zlib.crc32(b"tEXt" + body) & 0xFFFFFFFF)
    out = bytearray()
    out += _PNG_MAGIC
    for kind, _body, start, end in _chunks(png):
        if kind == b"tEXt" and _body.startswith(CERT_KEY + b"\x00"):
            continue                                    # an older certificate
        if kind == b"IEND":
            out += chunk
        out += png[start:end]
    return bytes(out)


def certificate(data: bytes) -> str | None:
    """The basis an image is certified on, or None (not a PNG, no certificate, or one that
    does not match the pixels)."""
    if not data.startswith(_PNG_MAGIC):
        return None
    try:
        for kind, body, _s, _e in _chunks(data):
            if kind == b"tEXt" and body.startswith(CERT_KEY + b"\x00"):
                parts = body[len(CERT_KEY) + 1:].decode("ascii").split()
                if len(parts) == 3 and parts[0] == CERT_VERSION and parts[1] in BASES \
                        and parts[2] == f"sha256={_pixel_digest(data)}":
                    return parts[1]
                return None
    except (struct.error, UnicodeDecodeError):
        return None
    return None


def pixel_count(data: bytes) -> int | None:
    """Width x height of an image, or None when it cannot be read."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as im:
            return int(im.size[0]) * int(im.size[1])
    except Exception:  # noqa: BLE001 -- any unreadable image is simply not measured
        return None


@lru_cache(maxsize=256)
def _ocr_cached(digest: str, data: bytes) -> str | None:
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as im:
            buffer = io.BytesIO()
            im.convert("RGB").save(buffer, format="PNG")
        run = subprocess.run([exe, "stdin", "stdout", "-l", OCR_LANGUAGES], input=buffer.getvalue(),
                             capture_output=True, timeout=OCR_TIMEOUT)
    except Exception:  # noqa: BLE001 -- unreadable image, missing language data, timeout
        return None
    if run.returncode != 0:
        return None
    return run.stdout.decode("utf-8", errors="replace")


def ocr_text(data: bytes) -> str | None:
    """The text tesseract reads in an image; None when it cannot (not installed, not an image,
    too slow). Results are cached by the image's digest: the scrub and the gate read a chart
    once."""
    return _ocr_cached(hashlib.sha256(data).hexdigest(), data)
