"""The ICDAR 2013 table competition's structure metric, written for gongkai's benchmarks.

Göbel et al. (ICDAR 2013 Table Competition; "A methodology for evaluating algorithms for table
understanding in PDF documents", DocEng 2012) compare table *structure* by adjacency relations:
each non-empty cell is related to its nearest non-empty neighbour to the right and below
(empty cells are skipped, a spanning cell has a neighbour in each row / column it covers).
A relation is ``(text of cell A, text of cell B, direction)``; precision and recall are the
shares of detected / ground-truth relations found in the other set.

How this scorer applies it (the choices a reader needs to compare figures):

* Text is compared after Unicode NFKC, lower-casing and dropping every character that is not a
  letter or a digit (so hyphenation, spaces and line breaks inside a cell do not count).
* Relations are counted within one page's part of a table (the ground truth of the EU set has
  one region per table; a detector's table stitched over pages is cut at page boundaries).
* Per document, the multiset of detected relations (every table the tool reports on any page of
  the document, not only the pages with ground truth) is matched against the multiset of
  ground-truth relations: P = matched / detected, R = matched / ground truth, F1 their harmonic
  mean; a document where nothing is detected has P = R = F1 = 0. The benchmark averages P, R
  and F1 over documents (document-averaged) and also reports the pooled (micro) figures.

The input of :func:`relations` is a list of cells ``(row0, col0, row1, col1, text)`` with
inclusive end indices, which fits both the ground truth and a detector's merged cells; a plain
grid (list of rows, ``None`` or ``''`` for empty) goes through :func:`grid_cells`.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

Cell = tuple[int, int, int, int, str]

_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)


def normalise(text: str | None) -> str:
    if not text:
        return ""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).lower())


@dataclass
class GroundTruthTable:
    page: int                  # 1-based
    cells: list[Cell]
    bbox: tuple[float, float, float, float] | None  # PDF coordinates (origin bottom-left)


def load_ground_truth(str_xml: Path) -> list[GroundTruthTable]:
    """The tables of one ``*-str.xml`` (one entry per region, i.e. per page part)."""
    root = ET.parse(str_xml).getroot()
    tables = []
    for table in root.iter("table"):
        for region in table.iter("region"):
            page = int(region.get("page"))
            cells: list[Cell] = []
            xs0, ys0, xs1, ys1 = [], [], [], []
            for cell in region.iter("cell"):
                r0 = int(cell.get("start-row"))
                c0 = int(cell.get("start-col"))
                r1 = int(cell.get("end-row", r0))
                c1 = int(cell.get("end-col", c0))
                content = cell.find("content")
                text = content.text if content is not None and content.text else ""
                cells.append((r0, c0, r1, c1, text))
                box = cell.find("bounding-box")
                if box is not None:
                    xs0.append(float(box.get("x1")))
                    xs1.append(float(box.get("x2")))
                    ys0.append(float(box.get("y1")))
                    ys1.append(float(box.get("y2")))
            bbox = (min(xs0), min(ys0), max(xs1), max(ys1)) if xs0 else None
            tables.append(GroundTruthTable(page, cells, bbox))
    return tables


def grid_cells(grid: list[list[str | None]]) -> list[Cell]:
    """A grid (rows of texts) as 1x1 cells; ``None`` and blank texts are empty cells."""
    return [(r, c, r, c, text) for r, row in enumerate(grid) for c, text in enumerate(row)
            if text is not None and str(text).strip()]


def relations(cells: list[Cell]) -> Counter:
    """Adjacency relations ``(text A, text B, 'h'|'v')`` between neighbouring non-empty cells."""
    occupied: dict[tuple[int, int], int] = {}
    texts = []
    for i, (r0, c0, r1, c1, text) in enumerate(cells):
        texts.append(normalise(text))
        if not texts[-1]:
            continue
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                occupied.setdefault((r, c), i)
    if not occupied:
        return Counter()
    max_r = max(r for r, _ in occupied)
    max_c = max(c for _, c in occupied)
    pairs: set[tuple[int, int, str]] = set()
    for i, (r0, c0, r1, c1, _) in enumerate(cells):
        if not texts[i]:
            continue
        for r in range(r0, r1 + 1):          # right neighbour in every row the cell covers
            for c in range(c1 + 1, max_c + 1):
                j = occupied.get((r, c))
                if j is not None and j != i:
                    pairs.add((i, j, "h"))
                    break
        for c in range(c0, c1 + 1):          # neighbour below in every column it covers
            for r in range(r1 + 1, max_r + 1):
                j = occupied.get((r, c))
                if j is not None and j != i:
                    pairs.add((i, j, "v"))
                    break
    return Counter((texts[i], texts[j], d) for i, j, d in pairs)


@dataclass
class Score:
    detected: int
    truth: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.detected if self.detected else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.truth if self.truth else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_document(detected_tables: list[list[Cell]], truth_tables: list[list[Cell]]) -> Score:
    """Match the multiset of a document's detected relations against its ground truth."""
    found = Counter()
    for cells in detected_tables:
        found += relations(cells)
    truth = Counter()
    for cells in truth_tables:
        truth += relations(cells)
    correct = sum((found & truth).values())
    return Score(sum(found.values()), sum(truth.values()), correct)


def documents(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, pdf, -str.xml) of every document of an ICDAR 2013 folder, sorted by name."""
    out = []
    for pdf in sorted(folder.glob("*.pdf")):
        truth = pdf.with_name(pdf.stem + "-str.xml")
        if truth.exists():
            out.append((pdf.stem, pdf, truth))
    return out
