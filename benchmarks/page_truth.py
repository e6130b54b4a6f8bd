"""Which pages of some corpus documents hold a table, as a person reading the page sees it.

For the failure class "tables reported on text pages, figures, lists and tables of contents"
(issue 15) the cell-level truth of ICDAR and of camelot / tabula says little: their documents
are mostly table pages. These labels cover documents of running text, charts, infographics,
tables of contents and tables side by side. They were made on 2026-12-04 by looking at page
images (contact sheets at 36 dpi, single pages at 50-80 dpi), before the detector was run on
the frozen documents: a page is ``table`` when it prints at least one table (ruled or not, a
one-row table counts), ``none`` when it prints none (text, lists, a 目录 / table of contents,
charts, maps, a cover), ``unsure`` when a reader could argue either way (infographic panels of
figures, Sri Lankan schedules in columns); ``unsure`` pages are not scored.

The part of each document follows :mod:`splits` (sha256 of the file name), as for ICDAR: the
tuning documents may be looked at page by page while changing rules, the frozen ones are only
scored. A detector is scored per page: a ``none`` page with any table reported is a false
alarm, a ``table`` page with none reported is a miss.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


def _pages(*spec) -> list[int]:
    out: list[int] = []
    for item in spec:
        if isinstance(item, tuple):
            out.extend(range(item[0], item[1] + 1))
        else:
            out.append(item)
    return out


@dataclass(frozen=True)
class PageLabels:
    path: str                 # inside the corpus
    table: tuple[int, ...]
    none: tuple[int, ...]
    unsure: tuple[int, ...] = ()


LABELS: tuple[PageLabels, ...] = (
    # --- frozen (by splits.part_of) -------------------------------------------------------------
    # a municipal active-transport plan: text, a 目录-like table of contents, maps, bar and pie
    # charts, survey infographics, action-plan tables and one-row survey tables under them
    PageLabels("pdfplumber/chelsea_pdta.pdf",
               table=tuple(_pages(20, (26, 30), (33, 55), (57, 63))),
               none=tuple(_pages((1, 9), 12, (15, 19), (21, 25), 31, 32, 56, 64, 65)),
               unsure=(10, 11, 13, 14)),
    # a municipal gazette: a table of contents on the cover page, decrees, a contract notice
    PageLabels("gazettes/br/diario_oficial_municipal_2020-10-26_ed136.pdf",
               table=(), none=tuple(_pages((1, 8)))),
    # council minutes; a federal gazette page with an empty box
    PageLabels("pdfplumber/2023-06-20-PV.pdf", table=(), none=(1, 2)),
    PageLabels("pdfplumber/issue-1054-example.pdf", table=(), none=(1,)),
    # a street office's budget: cover, 目录, 情况说明 text, then the standard tables
    PageLabels("cn_budget/wanli_street_2024_dept_budget.pdf",
               table=tuple(_pages((10, 31))), none=tuple(_pages((1, 9), 32, 33))),
    # --- tuning -------------------------------------------------------------------------------
    # ship rules: two-column text, ruled tables, a diagram and a load-point chart
    PageLabels("camelot/diesel_engines.pdf",
               table=tuple(_pages((2, 5), (11, 13), 18, 19)),
               none=tuple(_pages(1, (6, 10), (14, 17), (20, 23)))),
    # a three-column Federal Register issue with one table over pages 5 and 6
    PageLabels("pdfplumber/federal-register-2020-17221.pdf",
               table=(5, 6), none=tuple(_pages((1, 4), (7, 15)))),
    PageLabels("tabula/labor.pdf", table=(), none=(1,)),
    PageLabels("pdfplumber/scotus-transcript-p1.pdf", table=(), none=(1,)),
)


@dataclass
class PageScore:
    table_pages: int = 0
    none_pages: int = 0
    missed: int = 0          # table pages with nothing reported
    false_alarms: int = 0    # none pages with a table reported
    spurious_tables: int = 0  # tables reported on none pages

    def add(self, other: "PageScore") -> None:
        for name in ("table_pages", "none_pages", "missed", "false_alarms", "spurious_tables"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score_pages(labels: PageLabels, tables_per_page: dict[int, int]) -> tuple[PageScore, list[str]]:
    """Score one document from the number of tables reported on each page."""
    score = PageScore(len(labels.table), len(labels.none))
    notes = []
    for page in labels.table:
        if not tables_per_page.get(page):
            score.missed += 1
            notes.append(f"p{page} missed")
    for page in labels.none:
        n = tables_per_page.get(page, 0)
        if n:
            score.false_alarms += 1
            score.spurious_tables += n
            notes.append(f"p{page} {n} table(s) on a page without one")
    return score, notes


def labelled(corpus: Path) -> list[tuple[PageLabels, Path]]:
    return [(lab, corpus / lab.path) for lab in LABELS if (corpus / lab.path).exists()]
