"""Entry point: write the three sample PDFs and their ground-truth JSON files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

from .budget import FILE_STEM as BUDGET_STEM
from .budget import build_budget
from .gazette import FILE_STEM as GAZETTE_STEM
from .gazette import build_gazette
from .layout import register_font
from .listing import FILE_STEM as LISTING_STEM
from .listing import build_listing

# (subdirectory of raw_dir, file stem, builder): the PDF is raw_dir/<sub>/<stem>.pdf and its
# truth truth_dir/<stem>.json
OUTPUTS: tuple[tuple[str, str, Callable[[Path], dict[str, Any]]], ...] = (
    ("gazette", GAZETTE_STEM, build_gazette),
    ("budget", BUDGET_STEM, build_budget),
    ("listing", LISTING_STEM, build_listing),
)


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def generate(raw_dir: Path, truth_dir: Path) -> list[Path]:
    """Write the sample PDFs under ``raw_dir`` and their truth under ``truth_dir``.

    Returns the PDF paths (gazette, budget, listing). Output is byte-for-byte deterministic.
    Raises :class:`samples.layout.FontMissingError` when the CJK font is not installed.
    """
    raw_dir, truth_dir = Path(raw_dir), Path(truth_dir)
    register_font()
    pdfs = []
    for sub, stem, build in OUTPUTS:
        pdf = raw_dir / sub / f"{stem}.pdf"
        truth = build(pdf)
        write_json(truth_dir / f"{stem}.json", truth)
        pdfs.append(pdf)
    return pdfs
