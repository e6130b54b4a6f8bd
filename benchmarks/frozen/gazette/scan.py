"""Scanned issues: a text PDF rasterised, skewed and soiled, saved as an image-only PDF.

pdftoppm (poppler-utils) renders the pages at the scan resolution; Pillow and numpy add what a
flatbed scan adds (a small rotation, sensor noise, specks, a slight blur, an uneven grey);
Pillow writes the images back as a PDF without a text layer, so the splitter must OCR it.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

NOISE_SIGMA = 10.0  # grey levels of Gaussian sensor noise
SPECK_RATE = 0.0008  # share of pixels turned into dark specks
BLUR_RADIUS = 0.5  # pixels: the softness of a flatbed scan


def soil(img: Image.Image, rng: np.random.Generator, skew_degrees: float) -> Image.Image:
    grey = img.convert("L").rotate(skew_degrees, resample=Image.BICUBIC, expand=False, fillcolor=255)
    grey = grey.filter(ImageFilter.GaussianBlur(BLUR_RADIUS))
    a = np.asarray(grey, dtype=np.float32)
    h, w = a.shape
    shade = np.linspace(0, 14, w, dtype=np.float32)[None, :]  # paper darker towards one edge
    a = a - shade + rng.normal(0.0, NOISE_SIGMA, a.shape).astype(np.float32)
    specks = rng.random(a.shape) < SPECK_RATE
    a[specks] = rng.uniform(0, 90, int(specks.sum()))
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def scan_pdf(text_pdf: Path, out_pdf: Path, dpi: int, skew_degrees: float, seed: int) -> int:
    """Write ``out_pdf`` as the image-only scan of ``text_pdf``; returns its page count."""
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory(prefix="frozen-scan-") as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(text_pdf), f"{tmp}/p"],
                       check=True, capture_output=True)
        files = sorted(Path(tmp).glob("p-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        images = []
        for i, f in enumerate(files):
            # pages lean one way or the other by a varying amount, as a stack fed by hand does
            angle = skew_degrees * (1.0 if i % 2 == 0 else -0.6)
            with Image.open(f) as img:
                images.append(soil(img, rng, angle))
        images[0].save(out_pdf, "PDF", resolution=float(dpi), save_all=True, append_images=images[1:])
    return len(images)
