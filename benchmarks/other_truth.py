"""Ground truth of other tools in the corpus, as cells for the ICDAR adjacency scorer.

Frozen as a whole (see :mod:`splits`): these files are never used to tune.

* camelot: the reviewed outputs of camelot's own benchmark, ``camelot/benchmark_outputs/NAME/
  NAME-data-camelot-page-P-table-K.csv`` for ``camelot/NAME.pdf`` (page P).
* tabula: ``tabula/expected/NAME.csv`` for ``tabula/NAME.pdf``; the page comes from the JSON
  twin when there is one (``page_number``), else every page of the document is scored.

Each is valid under the options the tool was run with (an area, a page); a detector run on the
whole page may find more, so the figure to watch is recall (what share of the truth's adjacency
relations are found), with precision and F1 beside it.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

from icdar import Cell, grid_cells

_CAMELOT_NAME = re.compile(r"^(?P<doc>.+)-data-camelot-page-(?P<page>\d+)-table-\d+\.csv$")


@dataclass
class TruthDocument:
    source: str                  # camelot | tabula
    name: str
    pdf: Path
    pages: list[int] | None      # 1-based pages the truth covers; None: every page
    tables: list[list[Cell]]


def _read_grid(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.reader(handle)]


def camelot_truth(corpus: Path) -> list[TruthDocument]:
    out = []
    base = corpus / "camelot" / "benchmark_outputs"
    for folder in sorted(p for p in base.glob("*") if p.is_dir()):
        tables, pages = [], set()
        for csv_path in sorted(folder.glob("*-data-camelot-page-*-table-*.csv")):
            match = _CAMELOT_NAME.match(csv_path.name)
            if not match:
                continue
            pages.add(int(match.group("page")))
            tables.append(grid_cells(_read_grid(csv_path)))
        pdf = corpus / "camelot" / f"{folder.name}.pdf"
        if tables and pdf.exists():
            out.append(TruthDocument("camelot", folder.name, pdf, sorted(pages), tables))
    return out


def tabula_truth(corpus: Path) -> list[TruthDocument]:
    out = []
    base = corpus / "tabula" / "expected"
    for csv_path in sorted(base.glob("*.csv")):
        pdf = corpus / "tabula" / f"{csv_path.stem}.pdf"
        if not pdf.exists():
            continue
        pages = None
        twin = csv_path.with_suffix(".json")
        if twin.exists():
            data = json.loads(twin.read_text(encoding="utf-8"))
            if isinstance(data, list):
                found = {t.get("page_number") for t in data if isinstance(t, dict)}
                pages = sorted(p for p in found if p) or None
        out.append(TruthDocument("tabula", csv_path.stem, pdf, pages,
                                 [grid_cells(_read_grid(csv_path))]))
    return out


def other_truth(corpus: Path) -> list[TruthDocument]:
    return camelot_truth(corpus) + tabula_truth(corpus)
