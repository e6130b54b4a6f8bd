"""Deterministic synthetic samples (fictional 东岳省 documents) with machine-readable truth.

``generate(raw_dir, truth_dir)`` writes
raw/gazette/dongyue-gazette-2026-11.pdf, raw/budget/dongyue-culture-tourism-2026-budget.pdf and
raw/listing/qinghe-street-dibao-2026-10.pdf, with one JSON truth file per PDF in truth_dir;
``generate_tables(raw_dir, truth_dir)`` writes one office spreadsheet for each of the six
datasets of the notice under raw/tables/<schema>/ (:mod:`samples.tables`).
"""

from .generate import OUTPUTS, generate
from .layout import FontMissingError
from .tables import TABLE_OUTPUTS, generate_tables

__all__ = ["OUTPUTS", "TABLE_OUTPUTS", "FontMissingError", "generate", "generate_tables"]
