"""Ground truth of other tools in the corpus, as cells for the ICDAR adjacency scorer.

Frozen as a whole (see :mod:`splits`): these files are never used to tune.

* camelot: the reviewed outputs of camelot's own benchmark, ``camelot/benchmark_outputs/NAME/
  NAME-data-camelot-page-P-table-K.csv`` for ``camelot/NAME.pdf`` (page P).
* tabula: ``tabula/expected/NAME.csv`` for ``tabula/NAME.pdf``; the page comes from the JSON
  twin when there is one (``page_number``), else every page of the document is scored.
* pymupdf-cjk: the two tables of the Chinese bond prospectus page in ``cjk/`` (PyMuPDF's test
  document), read off the page by a person (:data:`PROSPECTUS_TABLES`).

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


# PyMuPDF's own test of this page (tests/test_tables.py, test_table2) states two tables, each
# with its header as its first row. The cells below were read off the page image by a person
# on 2026-12-04 (the corpus has no expected file for it) before gongkai was run on it.
_MEANING = "偿还债务的能力很强，受不利经济环境的影响不大，违约风险很低"
_BOTH = "中诚信国际信用评级有限责任公司、联合资信评估有限公司"
_LIANHE = "联合资信评估有限公司"
PROSPECTUS_TABLES = [
    [["年份", "主体信用评级", "涵义", "评级机构", "评级展望"],
     ["2023", "AA+", _MEANING, _BOTH, "稳定"],
     ["2022", "AA+", _MEANING, _BOTH, "稳定"],
     ["2021", "AA+", _MEANING, _LIANHE, "稳定"],
     ["2020", "AA+", _MEANING, _LIANHE, "稳定"]],
    [["序号", "金融机构名称", "授信总额", "已使用情况", "剩余额度"],
     ["1", "工商银行", "330,435.30", "234,850.00", "95,585.30"],
     ["2", "徽商银行南京中山北路支行", "330,435.30", "256,735.30", "73,700.00"],
     ["3", "兴业银行盐城分行", "302,600.00", "110,600.00", "192,000.00"],
     ["4", "民生银行盐城分行", "262,000.00", "88,500.00", "173,500.00"],
     ["5", "中信银行盐城分行", "205,088.00", "205,088.00", "0.00"],
     ["6", "南京银行盐城分行", "175,170.00", "175,170.00", "0.00"],
     ["7", "杭州银行", "109,000.00", "32,690.00", "76,310.00"],
     ["8", "江苏银行", "218,597.00", "218,597.00", "0.00"],
     ["9", "渤海银行", "98,000.00", "0.00", "98,000.00"],
     ["10", "恒丰银行南京江北支行", "93,900.00", "43,500.00", "50,400.00"],
     ["11", "上海银行盐城分行", "46,265.00", "46,265.00", "0.00"]],
]


def cjk_truth(corpus: Path) -> list[TruthDocument]:
    pdf = corpus / "cjk" / "chinese-tables_yancheng_bond_prospectus.pdf"
    if not pdf.exists():
        return []
    return [TruthDocument("pymupdf-cjk", pdf.stem, pdf, [1], [grid_cells(t) for t in PROSPECTUS_TABLES])]


def other_truth(corpus: Path) -> list[TruthDocument]:
    return camelot_truth(corpus) + tabula_truth(corpus) + cjk_truth(corpus)
