"""Deterministic synthetic sample PDFs (fictional 东岳省 documents) with machine-readable truth.

``generate(raw_dir, truth_dir)`` writes
raw/gazette/dongyue-gazette-2026-11.pdf, raw/budget/dongyue-culture-tourism-2026-budget.pdf and
raw/listing/qinghe-street-dibao-2026-10.pdf, with one JSON truth file per PDF in truth_dir.
"""

from .generate import OUTPUTS, generate
from .layout import FontMissingError

__all__ = ["OUTPUTS", "FontMissingError", "generate"]
