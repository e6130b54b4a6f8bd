"""Chinese department budgets and final accounts: standard tables to tidy budget lines.

A line is one (table, code or item, measure) with its amount in yuan, in the spirit of the
Fiscal Data Package: the measure carries the phase (预算 -> approved, 决算 -> executed) and the
direction (revenue / expenditure), the code its level and parent. Identity checks are reported
as data with page and row (:func:`check_identities`):

* ``parent = sum of children``: a 类 (款) equals the sum of its 款 (项), per measure;
* ``合计 row = sum of rows``: the 合计 row equals the sum of the 类 rows;
* ``合计 = 基本支出 + 项目支出`` (or, with other parts, ``合计 = sum of its parts``): in each row the
  合计 column equals the columns printed under the same header (小计 standing for its group);
* ``收入总计 = 支出总计`` in a two-sided 总表;
* ``总表 = detail table``: the 总表's figure for a 类 (and its totals) equals the same figure in
  the detail table (支出预算总表 / 支出决算表, 收入预算总表 / 收入决算表, 一般公共预算 tables);
* ``说明 = 表``: a total stated in the 情况说明 text equals the table's (决算 documents);
* ``standard table present``: every table the document's 目录 lists is found.

Tolerance follows the printed precision: every printed figure may be off by half a unit of its
last printed digit (0.005 万元 = 50 元 for ``1,234.56`` in 万元), so an identity over ``n``
figures allows ``n`` such halves. Each result states its tolerance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pandas as pd

from ..errors import load_yaml
from .parsers import (decimals_of, find_unit, join_code_parts, looks_like_amount, parse_amount,
                      parse_code, to_simplified)
from .geometry import table_geometry
from .tables import Table, extract_tables



def fold(text: str) -> str:
    """Traditional characters of budget titles and names folded to simplified ones."""
    return to_simplified(text)


TEMPLATE_DIR = Path(__file__).resolve().parents[1] / "budget_templates"
DEFAULT_TEMPLATE = "cn-department"


@dataclass(frozen=True)
class RowIdentity:
    """A named sum inside one row of a table: ``total`` = the sum of ``parts``.

    Each term is a tuple of fragments that must all occur in a column's measure path, the last
    of them in the path's last component that holds a fragment of the identity (so that
    ``公务用车购置及运行费/小计`` is the 小计 and not the 购置 term). The other components of the
    path (``预算数`` / ``决算数``, a year) must be the same for the total and its parts."""

    rule: str
    total: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]

    @property
    def fragments(self) -> set[str]:
        return {f for term in (self.total, *self.parts) for f in term}


@dataclass(frozen=True)
class StandardTable:
    name: str                       # as in the Shanghai / national templates
    phase: str                      # approved | executed
    aliases: tuple[str, ...] = ()   # other names of the same table (national template, older years)
    layout: str = "classified"      # classified (类/款/项 or item rows) | measures (no row labels)
    identities: tuple[RowIdentity, ...] = ()


@dataclass(frozen=True)
class BudgetTemplate:
    name: str
    tables: tuple[StandardTable, ...]
    no_data_marks: tuple[str, ...]


def _identity(entry: dict) -> RowIdentity:
    total = entry["total"]
    return RowIdentity(str(entry["rule"]), tuple(total[0] if isinstance(total[0], list) else total),
                       tuple(tuple(part) for part in entry["parts"]))


def load_template(name: str | Path = DEFAULT_TEMPLATE) -> BudgetTemplate:
    """A budget template: a name shipped in ``budget_templates/`` or a YAML path."""
    path = Path(name)
    if not path.suffix:
        path = TEMPLATE_DIR / f"{name}.yaml"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in TEMPLATE_DIR.glob("*.yaml")))
        raise ValueError(f"unknown budget template {str(name)!r} (known: {known})")
    data = load_yaml(path.read_text(encoding="utf-8"), str(path), "YAML (a budget template)") or {}
    tables = []
    for entry in data.get("tables") or []:
        if entry.get("phase") not in ("approved", "executed"):
            raise ValueError(f"{path.name}: table {entry.get('name')!r} needs phase approved or executed")
        layout = entry.get("layout", "classified")
        if layout not in ("classified", "measures"):
            raise ValueError(f"{path.name}: table {entry['name']!r}: unknown layout {layout!r}")
        tables.append(StandardTable(entry["name"], entry["phase"], tuple(entry.get("aliases") or ()),
                                    layout, tuple(_identity(i) for i in entry.get("identities") or ())))
    return BudgetTemplate(str(data.get("name", path.stem)), tuple(tables),
                          tuple(data.get("no_data_marks") or ()))


TEMPLATE = load_template()
STANDARD = list(TEMPLATE.tables)
_BY_NAME = {s.name: s for s in STANDARD}

_YEAR_RE = re.compile(r"^\s*((?:19|20)\d{2})\s*年(度)?")
_NUMBERING_RE = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）]?\s*[、．.，,]|\d+\s+)\s*")
_PREFIX_RE = re.compile(r"^(?:[^\s表]{0,16}?(?:区|市|县|省|局|委员会|办公室|街道办事处|街道|镇|乡))?\s*"
                        r"(?:(?:19|20)\d{2}\s*年度?)?\s*(?:区级|市级|县级|省级)?\s*"
                        r"(?:预算单位|部门|单位)?")
# what may stand before a standard name: an organ's name, never budget vocabulary
_NOT_ORGAN_RE = re.compile(r"(预算|决算|拨款|收入|支出|经费|资本|基金|分类|财政|一般)")


@dataclass
class BudgetTable:
    table: Table
    title: str          # as printed, without the year
    kind: str | None    # the standard name it matches, or None
    fiscal_year: int | None
    phase: str          # approved | executed
    department: str | None
    no_data: bool = False   # the table prints 本表无数据 (or another of the template's marks)


def _has_no_data_mark(texts, marks: tuple[str, ...] | None = None) -> bool:
    marks = TEMPLATE.no_data_marks if marks is None else marks
    plain = [re.sub(r"\s", "", fold(t)) for t in texts if t]
    return any(mark in t for t in plain for mark in marks)


def prints_no_data(table: Table, marks: tuple[str, ...] | None = None) -> bool:
    """Does the table say it has nothing to report (本表无数据, in a cell or in its notes)?"""
    return _has_no_data_mark([c for row in table.cells for c in row] + list(table.context), marks)


def printed_figures(table: Table, std: StandardTable | None = None) -> list[tuple[int, int, str]]:
    """The figures a table prints in its body: (row, column, text) of each cell of a measure
    column (every column of a table without row labels) that reads as an amount; a merged cell
    once; blanks and dashes are no figures. What :func:`tidy_lines` must turn into lines."""
    columns = table.columns()
    measures = {c for b in column_blocks(columns) for c in b.measures}
    if std is not None and std.layout == "measures" and not measures:
        measures = set(range(len(columns)))
    out = []
    for r0, c0, _, _, text in table.structure():
        if r0 >= table.header_rows and c0 in measures and looks_like_amount(text):
            out.append((r0 + 1, c0, text))
    return out


def _key(name: str) -> str:
    s = fold(name).replace(" ", "").replace("\u3000", "")
    s = s.replace('"', "“").replace("”", "“").replace("‘", "“").replace("’", "“").replace("'", "“")
    s = s.replace("“", "")
    s = s.replace("收支", "收入支出").replace("明细表", "表")
    return s


_STANDARD_KEYS = sorted(((_key(alias), s) for s in STANDARD for alias in (s.name, *s.aliases)),
                        key=lambda kv: len(kv[0]), reverse=True)


def normalise_title(title: str) -> tuple[str, int | None]:
    """'2025年部门支出预算总表' -> ('部门支出预算总表', 2025); '1．2025年…' loses its number too."""
    title = _NUMBERING_RE.sub("", title.strip(), count=1)
    year = None
    match = _YEAR_RE.match(title)
    if match:
        year = int(match.group(1))
        title = title[match.end():]
    return title.strip(), year


def standard_table(title: str) -> StandardTable | None:
    """The standard table a printed title names (simplified or traditional, any prefix of
    organ, year, 部门/单位/预算单位, numbering), or None."""
    key = _key(_NUMBERING_RE.sub("", title.strip(), count=1))
    for skey, std in _STANDARD_KEYS:
        if key == skey:
            return std
    for skey, std in _STANDARD_KEYS:
        if key.endswith(skey):
            prefix = key[: -len(skey)]
            prefix = re.sub(r"(?:19|20)\d{2}年度?", "", prefix)
            prefix = re.sub(r"(?:预算单位|部门|单位|区级|市级|县级|省级)+$", "", prefix)
            if len(prefix) <= 24 and not _NOT_ORGAN_RE.search(prefix):
                return std
    return None


def standard_kind(title: str) -> str | None:
    std = standard_table(title)
    return std.name if std else None


def _department(table: Table) -> str | None:
    for line in table.context:
        match = re.search(r"编制(?:部门|单位)\s*[:：]\s*(\S+)", fold(line))
        if match:
            return match.group(1)
    return None


# A standard table's header may be deeper than a general table's (the 决算 三公 table prints
# five header rows: group, heading, 小计/购置费/运行费, a repeated line, 预算数/决算数).
STANDARD_HEADER_MAX_ROWS = 8


_BARE_CODE_RE = re.compile(r"^\s*\d{2,7}\s*$")


def _figure_row(table: Table) -> int | None:
    """Index of the first row holding a figure, when the rows above hold none. A bare run of
    digits (a 类/款/项 code such as 205 or 01, a year) is no figure: amounts print decimals."""
    for i, row in enumerate(table.cells[:STANDARD_HEADER_MAX_ROWS + 1]):
        if any(looks_like_amount(c) and not _BARE_CODE_RE.match(c) for c in row if c):
            return i
    return None


def _fix_header_rows(table: Table, std: StandardTable) -> None:
    """The general reader ends a header at the first row with a figure, and a 类 code (205)
    reads as one; a standard table's body starts at its 合计 row or first code instead, and a
    table without row labels at its first figure however deep its header."""
    if std.layout == "measures":
        first = _figure_row(table) if table.header_rows == 0 else None
    else:
        first = next((i for i, row in enumerate(table.cells[1:STANDARD_HEADER_MAX_ROWS + 1], 1)
                      if row and (_plain(row[0]) in _TOTAL_NAMES or
                                  (_BARE_CODE_RE.match(row[0] or "") and parse_code(row[0])))), None)
        if first is not None and table.header_rows and first >= table.header_rows:
            first = None
    if first:
        table.header_rows = first


def classify(tables: list[Table], page_lines: dict[int, list[str]] | None = None) -> list[BudgetTable]:
    """The budget tables among ``tables`` (a standard title, or a title ending in 表). A standard
    table whose header ran deeper than the general reader counts gets its header back; one
    without figures whose pages say 本表无数据 (under the table, in a note) is marked no_data."""
    out = []
    for table in tables:
        if not table.title:
            continue
        title, year = normalise_title(table.title)
        std = standard_table(title)
        if std is None and ("表" not in title or table.method == "stream"):
            continue
        if std is not None:
            _fix_header_rows(table, std)
        simple = fold(title)
        phase = std.phase if std else ("executed" if "决算" in simple else "approved")
        no_data = prints_no_data(table)
        if std is not None and not no_data and page_lines and not printed_figures(table, std):
            text = [ln for p in table.pages for ln in page_lines.get(p, [])]
            no_data = _has_no_data_mark(text)
        out.append(BudgetTable(table, title, std.name if std else None, year, phase,
                               _department(table), no_data))
    return out


def _is_toc_page(lines: list[str]) -> bool:
    return any(re.sub(r"\s", "", fold(ln)) in ("目录", "目次") for ln in lines[:6])


def no_data_notices(page_lines: dict[int, list[str]], classified: list[BudgetTable]) -> list[BudgetTable]:
    """Standard tables printed as their title and 本表无数据, with no grid at all.

    An office with nothing to report may print only the title, its unit and 本表无数据; no table
    is found on that page, yet the table is present (with no figures, as it says). Each such page
    gives a BudgetTable without cells, marked no_data, so that the presence and figure checks
    hold with a note instead of reporting a missing table. The 目录 pages are not read."""
    found = {(p, bt.kind) for bt in classified if bt.kind for p in bt.table.pages}
    out: list[BudgetTable] = []
    for number in sorted(page_lines):
        lines = page_lines[number]
        if _is_toc_page(lines):
            continue
        for k, line in enumerate(lines):
            title, year = normalise_title(line)
            std = standard_table(title) if title.endswith("表") else None
            if std is None or (number, std.name) in found:
                continue
            rest = lines[k + 1:]
            if not _has_no_data_mark(rest):
                continue
            table = Table(f"p{number}-notice", [number], (0.0, 0.0, 0.0, 0.0), [], [],
                          title=line.strip(), context=[ln for ln in rest if ln.strip()][:4],
                          method="notice", confidence=1.0)
            unit = next((u for u in map(lambda t: find_unit(fold(t)), rest[:4]) if u), None)
            if unit:
                table.unit, table.unit_factor = unit
            out.append(BudgetTable(table, title, std.name, year, std.phase, _department(table),
                                   no_data=True))
            found.add((number, std.name))
    return out


# --- columns ----------------------------------------------------------------------------------

_CODE_IN_NAME_RE = re.compile(r"^\s*(\d{3}(?:\d{2}){0,2})\s+(\S.*)$")


def _column_roles(columns: list[str]) -> list[str]:
    """Each column's role: lei / kuan / xiang (split code), code, name or measure."""
    roles = []
    for name in columns:
        folded = fold(name)
        leaf = folded.split("/")[-1]
        if leaf in ("类", "款", "项") and ("编码" in folded or "科目" in folded or "分类" in folded
                                          or len(folded) <= 12):
            roles.append({"类": "lei", "款": "kuan", "项": "xiang"}[leaf])
        elif "编码" in leaf or leaf in ("科目代码", "代码"):
            roles.append("code")
        elif "名称" in leaf or leaf in ("项目", "科目", "收入", "支出"):
            roles.append("name")
        else:
            roles.append("measure")
    return roles


@dataclass
class _Block:
    lei: int | None = None
    kuan: int | None = None
    xiang: int | None = None
    code: int | None = None
    name: int | None = None
    measures: list[int] = None  # type: ignore[assignment]

    def __post_init__(self):
        self.measures = []


def column_blocks(columns: list[str]) -> list[_Block]:
    """Split the columns into side-by-side blocks, each with its own code, name and measures
    (收入 | 金额 | 支出 | 金额, or an economic classification printed in two halves)."""
    blocks: list[_Block] = []
    current = _Block()
    for i, role in enumerate(_column_roles(columns)):
        if role != "measure" and current.measures:
            blocks.append(current)
            current = _Block()
        if role == "measure":
            current.measures.append(i)
        elif getattr(current, role) is None:
            setattr(current, role, i)
        else:  # a second name column before any measure: keep the first as the name
            current.measures.append(i) if role == "name" else None
    blocks.append(current)
    return [b for b in blocks if b.measures]


def _two_digits(part: str | None) -> str | None:
    """A 款 or 项 printed without its leading zero ('2' for '02', as spreadsheets print it)."""
    if part is None:
        return None
    s = re.sub(r"\s", "", part)
    return "0" + s if len(s) == 1 and s.isdigit() else part


def _direction(title: str, measure_path: str, block_head: str) -> str:
    text = fold(title + measure_path)
    head = fold(block_head)
    if head.startswith("收入") or "收入" in fold(measure_path):
        return "revenue"
    if head.startswith("支出"):
        return "expenditure"
    if "收入" in text and "支出" not in text:
        return "revenue"
    return "expenditure"


def tidy_lines(bt: BudgetTable, block_ids: bool = False) -> list[dict]:
    """One dict per (row, measure) with a parsed amount; rows without figures are skipped."""
    table = bt.table
    columns = table.columns()
    factor = table.unit_factor or 1
    blocks = column_blocks(columns)
    economic = "经济分类" in fold(bt.title + "".join(columns))
    lines: list[dict] = []
    for b, block in enumerate(blocks):
        head = columns[block.name].split("/")[0] if block.name is not None else \
            columns[block.measures[0]].split("/")[0]
        last_lei = last_kuan = None
        # a table without a row-label column (the 三公 table: one row of figures under a
        # multi-level header) has lines named by their measure path alone
        has_labels = any(i is not None for i in (block.name, block.code, block.lei))
        for r, (row, page) in enumerate(zip(table.body, table.body_pages), start=table.header_rows + 1):
            code = None
            name = row[block.name] if block.name is not None else ""
            if block.lei is not None:
                code = join_code_parts(row[block.lei],
                                       _two_digits(row[block.kuan]) if block.kuan is not None else None,
                                       _two_digits(row[block.xiang]) if block.xiang is not None else None,
                                       (last_lei, last_kuan))
            elif block.code is not None:
                parsed = parse_code(row[block.code])
                code = parsed.code if parsed else None
            elif name:
                match = _CODE_IN_NAME_RE.match(name)
                if match and parse_code(match.group(1)):
                    code, name = match.group(1), match.group(2).strip()
            if code:
                last_lei = code[:3]
                if len(code) >= 5:
                    last_kuan = code[:5]
            if not name and code is None and has_labels:
                continue
            figures = {}
            for col in block.measures:
                try:
                    figures[col] = parse_amount(row[col])
                except ValueError:
                    continue
            if not any(v is not None for v in figures.values()):
                continue
            parsed_code = parse_code(code) if code else None
            for col, value in figures.items():
                text = row[col]
                if value is None:  # '-' or blank next to printed figures: nothing, i.e. zero
                    value = Decimal(0)
                measure_path = columns[col]
                line = {
                    "department": bt.department,
                    "fiscal_year": bt.fiscal_year,
                    "table": bt.title,
                    "table_kind": bt.kind,
                    "classification": "economic" if economic else "functional",
                    "code": code,
                    "level": parsed_code.level if parsed_code else None,
                    "parent": parsed_code.parent if parsed_code else None,
                    "name": name,
                    "measure": measure_path.split("/")[-1],
                    "measure_path": measure_path,
                    "amount": value * factor,
                    "printed": text,
                    "decimals": decimals_of(text),
                    "unit": table.unit,
                    "unit_factor": factor,
                    "phase": bt.phase,
                    "direction": _direction(bt.title, measure_path, head),
                    "page": page,
                    "row": r,
                }
                if block_ids:
                    line["block"] = b
                lines.append(line)
    return lines


_DOC_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?\s*(?:区级|市级|省级|县级)?\s*(?:部门|单位)?\s*(?:预算|决算)")

LINE_COLUMNS = ["department", "fiscal_year", "table", "table_kind", "classification", "code",
                "level", "parent", "name", "measure", "measure_path", "amount", "printed",
                "decimals", "unit", "unit_factor", "phase", "direction", "page", "row"]


def document_year(pdf_path_or_lines) -> int | None:
    """The fiscal year printed on the cover ('2026年部门预算'), for tables whose titles omit it.

    Takes the PDF's path, or the page lines ``{page: [text, ...]}`` already read.
    """
    if isinstance(pdf_path_or_lines, dict):
        texts = ["\n".join(pdf_path_or_lines.get(p, [])) for p in sorted(pdf_path_or_lines)[:2]]
    else:
        import pdfplumber

        with pdfplumber.open(pdf_path_or_lines) as pdf:
            texts = [page.extract_text() or "" for page in pdf.pages[:2]]
    for text in texts:
        match = _DOC_YEAR_RE.search(fold(text).replace(" ", ""))
        if match:
            return int(match.group(1))
    return None


def budget_frame(pdf_path, pages=None, jobs: int | None = None
                 ) -> tuple[pd.DataFrame, list[BudgetTable], dict]:
    """Tidy budget lines of a budget PDF, its standard tables, and what was read.

    ``info`` holds the source, the pages without text, the page lines outside tables and the
    document checks' inputs (目录 entries)."""
    tables, info = extract_tables(pdf_path, pages, jobs=jobs, keep_text=True)
    classified = classify(tables, info.get("page_lines"))
    classified.extend(no_data_notices(info.get("page_lines") or {}, classified))
    if any(bt.fiscal_year is None for bt in classified):
        year = document_year(info.get("page_lines") or pdf_path)
        for bt in classified:
            bt.fiscal_year = bt.fiscal_year or year
    rows = []
    for n, bt in enumerate(classified):
        for line in tidy_lines(bt, block_ids=True):
            line["_table"] = n
            rows.append(line)
    frame = pd.DataFrame(rows, columns=LINE_COLUMNS + ["block", "_table"])
    blocks = frame[["block", "_table"]].copy()
    frame = frame[LINE_COLUMNS].copy()
    _remember(frame, {"blocks": blocks, "classified": classified,
                      "page_lines": info.get("page_lines") or {}})
    return frame, classified, info


# The context of a frame made by budget_frame (its tables' blocks, the tables, the page text),
# so that check_identities(lines) can run every check without a change to its callers.
_CONTEXT: dict[int, dict] = {}


def _remember(frame: pd.DataFrame, context: dict) -> None:
    import weakref

    key = id(frame)
    _CONTEXT[key] = context
    weakref.finalize(frame, _CONTEXT.pop, key, None)


# --- identities --------------------------------------------------------------------------------

def _step(decimals: int, factor: int) -> Decimal:
    return Decimal(1).scaleb(-int(decimals)) * int(factor)


def _tol_of(rows) -> Decimal:
    """Half a unit of the last printed digit of each figure, added up."""
    return sum((_step(r["decimals"], r["unit_factor"]) / 2 for r in rows), Decimal(0))


_TOTAL_NAMES = {"合计", "总计", "支出合计", "收入合计", "本年支出合计", "本年收入合计"}


def _plain(name: str) -> str:
    return re.sub(r"\s", "", fold(name or ""))


def _strip_numbering(name: str) -> str:
    return _NUMBERING_RE.sub("", _plain(name), count=1)


def _result(rule, table, row, expected, actual, tol, subject) -> dict:
    diff = abs(Decimal(expected) - Decimal(actual))
    return {"rule": rule, "table": table, "subject": subject, "page": int(row["page"]),
            "row": int(row["row"]), "expected": str(expected), "actual": str(actual),
            "tolerance": str(tol), "ok": diff <= tol}


def _records(lines: pd.DataFrame) -> list[dict]:
    """Rows as dicts, a missing code, parent, level or name as None (not NaN)."""
    records = lines.to_dict("records")
    for rec in records:
        for key in ("code", "parent", "level", "name"):
            value = rec.get(key)
            if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
                rec[key] = None if key != "name" else ""
    return records


def check_identities(lines: pd.DataFrame, blocks: pd.DataFrame | None = None, *,
                     document: bool = True) -> list[dict]:
    """Every identity checked, as data: rule, table, page, row, expected, actual, ok, tolerance.

    For a frame made by :func:`budget_frame` this also runs the agreement checks between tables
    and, when ``document`` is true, the document checks (目录, 情况说明, heading years): see the
    module's docstring. ``blocks`` tells the side-by-side blocks of a table apart (known for a
    frame of :func:`budget_frame`).
    """
    context = _CONTEXT.get(id(lines))
    if blocks is None and context is not None:
        blocks = context["blocks"]
    results = _identities(lines, blocks)
    if context is not None:
        classified = context["classified"]
        results.extend(check_figures(lines, classified))
        results.extend(check_cross_tables(lines, classified))
        page_lines = context["page_lines"]
        if document and page_lines:
            results.extend(_document_checks(page_lines, lines, classified))
    return results


def _identities(lines: pd.DataFrame, blocks: pd.DataFrame | None) -> list[dict]:
    results: list[dict] = []
    if lines.empty:
        return results
    records = _records(lines)
    if blocks is not None and len(blocks) == len(records):
        for rec, b, t in zip(records, blocks["block"], blocks["_table"]):
            rec["_block"] = (t, b)
    else:
        for rec in records:
            rec["_block"] = (rec["table"], 0)
    by_table: dict[str, list[dict]] = {}
    for rec in records:
        by_table.setdefault(rec["table"], []).append(rec)
    for table, recs in by_table.items():
        results.extend(_parent_children(table, recs))
        results.extend(_total_rows(table, recs))
        named = _template_identities(table, recs)
        # a table with the template's named sums (三公) is checked by them, not twice
        results.extend(named if named else _row_parts(table, recs))
        results.extend(_grand_totals(table, recs))
    return results


def _path_terms(path: str, fragments: set[str]) -> tuple[list[str], tuple[str, ...]]:
    """A measure path's components holding a fragment of an identity, and the others (the
    qualifiers such as 预算数 / 决算数 that pair a total with its parts)."""
    content, rest = [], []
    for part in path.split("/"):
        plain = _plain(part)
        (content if any(f in plain for f in fragments) else rest).append(plain)
    return content, tuple(rest)


def _term_matches(term: tuple[str, ...], content: list[str]) -> bool:
    if not content:
        return False
    joined = "/".join(content)
    return all(f in joined for f in term) and term[-1] in content[-1]


def _template_identities(table: str, recs: list[dict]) -> list[dict]:
    """The template's named sums inside a row (the 三公 identities), per block and qualifier."""
    kind = next((r.get("table_kind") for r in recs if r.get("table_kind")), None)
    std = _BY_NAME.get(kind) if isinstance(kind, str) else None
    if std is None or not std.identities:
        return []
    out = []
    rows: dict[tuple, list[dict]] = {}
    for rec in recs:
        rows.setdefault((rec["_block"], rec["page"], rec["row"]), []).append(rec)
    for group in rows.values():
        for identity in std.identities:
            fragments = identity.fragments
            by_rest: dict[tuple, dict[int, dict]] = {}
            for rec in group:
                content, rest = _path_terms(rec["measure_path"], fragments)
                for k, term in enumerate((identity.total, *identity.parts)):
                    if _term_matches(term, content):
                        by_rest.setdefault(rest, {}).setdefault(k, rec)
            for terms in by_rest.values():
                if len(terms) != 1 + len(identity.parts):
                    continue  # a term not printed: the identity does not apply
                total, parts = terms[0], [terms[k] for k in range(1, len(identity.parts) + 1)]
                computed = sum((p["amount"] for p in parts), Decimal(0))
                out.append(_result(identity.rule, table, total, total["amount"], computed,
                                   _tol_of([total, *parts]),
                                   f"{total['name'] or 'row'} {total['measure_path']}"))
    return out


def _parent_children(table: str, recs: list[dict]) -> list[dict]:
    out = []
    groups: dict[tuple, list[dict]] = {}
    for rec in recs:
        if rec["code"] and isinstance(rec["code"], str):
            groups.setdefault((rec["_block"], rec["measure_path"]), []).append(rec)
    for (_, measure_path), group in groups.items():
        by_code: dict[str, dict] = {}
        for rec in group:
            by_code.setdefault(rec["code"], rec)
        children: dict[str, list[dict]] = {}
        for code, rec in by_code.items():
            if rec["parent"] and rec["parent"] in by_code:
                children.setdefault(rec["parent"], []).append(rec)
        for parent, kids in children.items():
            prow = by_code[parent]
            total = sum((k["amount"] for k in kids), Decimal(0))
            out.append(_result("parent = sum of children", table, prow, prow["amount"], total,
                               _tol_of([prow] + kids), f"{parent} {measure_path}"))
    return out


def _total_rows(table: str, recs: list[dict]) -> list[dict]:
    """合计 row = the sum of the 类 rows (per block and measure)."""
    out = []
    groups: dict[tuple, list[dict]] = {}
    for rec in recs:
        groups.setdefault((rec["_block"], rec["measure_path"]), []).append(rec)
    for (_, measure_path), group in groups.items():
        totals = [r for r in group if not r["code"] and _plain(r["name"]) in _TOTAL_NAMES
                  and _plain(r["name"]) not in ("总计",)]
        top = {}
        for r in group:
            if r["code"] and r["level"] == 1:
                top.setdefault(r["code"], r)
        if not totals or not top:
            continue
        trow = totals[0]
        total = sum((r["amount"] for r in top.values()), Decimal(0))
        out.append(_result("合计 row = sum of rows", table, trow, trow["amount"], total,
                           _tol_of([trow, *top.values()]), measure_path))
    return out


def _row_parts(table: str, recs: list[dict]) -> list[dict]:
    """In one row: a 合计 column = the columns under the same header (小计 for its group)."""
    out = []
    rows: dict[tuple, list[dict]] = {}
    for rec in recs:
        rows.setdefault((rec["_block"], rec["page"], rec["row"]), []).append(rec)
    for group in rows.values():
        paths = {r["measure_path"]: r for r in group}
        for path, trow in paths.items():
            parts = path.split("/")
            idx = next((i for i, p in enumerate(parts) if p.endswith("合计")), None)
            if idx is None:
                continue
            parent, suffix = parts[:idx], parts[idx + 1:]
            children: dict[str, list[tuple[list[str], dict]]] = {}
            for other, rec in paths.items():
                op = other.split("/")
                if other == path or len(op) <= idx or op[:idx] != parent or op[idx].endswith("合计"):
                    continue
                if suffix and op[-len(suffix):] != suffix:
                    continue
                if not suffix and len(op) < idx + 1:
                    continue
                children.setdefault(op[idx], []).append((op[idx + 1:len(op) - len(suffix)], rec))
            if not children:
                continue
            terms = []
            for key, members in children.items():
                subtotal = [rec for rest, rec in members if rest[:1] in (["小计"], ["合计"])]
                if len(members) == 1:
                    terms.append(members[0][1])
                elif subtotal:
                    terms.append(subtotal[0])
                else:
                    terms.extend(rec for rest, rec in members if len(rest) == 1)
            names = set(children)
            rule = "合计 = 基本支出 + 项目支出" if names <= {"基本支出", "项目支出"} and "基本支出" in names \
                else "合计 = sum of its parts"
            total = sum((t["amount"] for t in terms), Decimal(0))
            out.append(_result(rule, table, trow, trow["amount"], total, _tol_of([trow] + terms),
                               f"{trow['name']} {path}"))
    return out


def _grand_totals(table: str, recs: list[dict]) -> list[dict]:
    """收入总计 = 支出总计: on the revenue and expenditure sides of a 总表."""
    income = [r for r in recs if _plain(r["name"]) in ("收入总计",) or
              (_plain(r["name"]) == "总计" and r["direction"] == "revenue")]
    spend = [r for r in recs if _plain(r["name"]) in ("支出总计",) or
             (_plain(r["name"]) == "总计" and r["direction"] == "expenditure")]
    if not income or not spend:
        return []
    irow = income[0]
    # the expenditure total of the same measure kind (its first column)
    srow = spend[0]
    return [_result("收入总计 = 支出总计", table, srow, irow["amount"], srow["amount"],
                    _tol_of([irow, srow]), "总计")]


# --- agreement between tables and with the text ---------------------------------------------------

_SUMMARY_DETAIL = [
    # (总表, detail table): the 总表's expenditure 类 lines against the detail table's 类 rows
    ("财务收支预算总表", "支出预算总表"),
    ("财政拨款收支预算总表", "一般公共预算支出功能分类预算表"),
    ("收入支出决算总表", "支出决算表"),
    ("财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表"),
]


def _first_measure(recs: list[dict]) -> dict | None:
    """The row's first figure (合计 where there is one)."""
    if not recs:
        return None
    for r in recs:
        if r["measure"].endswith("合计"):
            return r
    return recs[0]


def check_cross_tables(lines: pd.DataFrame, classified: list[BudgetTable]) -> list[dict]:
    """The 总表's figure for each 类 against the detail table's 类 row (``总表 = detail table``),
    and the 总表's totals against the detail tables' 合计 rows."""
    results: list[dict] = []
    if lines.empty:
        return results
    kinds = {bt.kind: bt.title for bt in classified if bt.kind}
    records = _records(lines)
    by_title: dict[str, list[dict]] = {}
    for rec in records:
        by_title.setdefault(rec["table"], []).append(rec)
    for summary, detail in _SUMMARY_DETAIL:
        if summary not in kinds or detail not in kinds:
            continue
        srecs = by_title.get(kinds[summary], [])
        drecs = by_title.get(kinds[detail], [])
        # detail: name of each 类 -> its first figure (合计)
        detail_rows: dict[str, list[dict]] = {}
        for r in drecs:
            if r["code"] and r["level"] == 1:
                detail_rows.setdefault(_strip_numbering(r["name"]), []).append(r)
        detail_total = [r for r in drecs if not r["code"] and _plain(r["name"]) in _TOTAL_NAMES]
        summary_rows: dict[tuple, list[dict]] = {}
        for r in srecs:
            if r["direction"] == "expenditure":
                summary_rows.setdefault((r["page"], r["row"], _strip_numbering(r["name"])), []).append(r)
        for (_, _, name), recs in summary_rows.items():
            srow = _first_measure(recs)
            if name in detail_rows:
                drow = _first_measure(detail_rows[name])
            elif name in ("本年支出合计", "支出合计") and detail_total:
                drow = _first_measure(detail_total)
            else:
                continue
            results.append(_result("总表 = detail table", kinds[summary], srow, srow["amount"],
                                   drow["amount"], _tol_of([srow, drow]),
                                   f"{name} ({kinds[detail]} p{drow['page']} row {drow['row']})"))
    return results


_TEXT_FIGURES = [
    # (pattern in the 情况说明, standard table, row name, which side)
    (re.compile(r"(?<!拨款)收入支出总计\s*([\d,]+(?:\.\d+)?)\s*万元"), "收入支出决算总表", "总计"),
    (re.compile(r"财政拨款收入支出总计\s*([\d,]+(?:\.\d+)?)\s*万元"), "财政拨款收入支出决算总表", "总计"),
    (re.compile(r"本年收入合计\s*([\d,]+(?:\.\d+)?)\s*万元"), "收入支出决算总表", "本年收入合计"),
    (re.compile(r"本年支出合计\s*([\d,]+(?:\.\d+)?)\s*万元"), "收入支出决算总表", "本年支出合计"),
]


def check_text(page_lines: dict[int, list[str]], lines: pd.DataFrame,
               classified: list[BudgetTable]) -> list[dict]:
    """Totals stated in the 情况说明 against the tables (``说明 = 表``), 决算 documents."""
    results: list[dict] = []
    if lines.empty:
        return results
    kinds = {bt.kind: bt for bt in classified if bt.kind}
    records = _records(lines)
    for number in sorted(page_lines):
        text = _plain("".join(page_lines[number]))
        if "说明" not in text and "情况" not in text:
            continue
        for pattern, kind, row_name in _TEXT_FIGURES:
            if kind not in kinds:
                continue
            for match in pattern.finditer(text):
                stated = Decimal(match.group(1).replace(",", "")) * 10000
                recs = [r for r in records if r["table"] == kinds[kind].title
                        and _plain(r["name"]) == row_name]
                if not recs:
                    continue
                trow = recs[0]
                tol = _step(decimals_of(match.group(1)), 10000) / 2 + _tol_of([trow])
                res = _result("说明 = 表", kinds[kind].title, trow, trow["amount"], stated, tol,
                              f"{row_name}: 说明 p{number} states {match.group(1)} 万元")
                res["page"] = number
                res["row"] = 0
                res["table_page"] = int(trow["page"])
                results.append(res)
    return results


def check_figures(lines: pd.DataFrame, classified: list[BudgetTable]) -> list[dict]:
    """Every standard table found yields a line for each figure it prints (``standard table
    has figures``): a table with no lines, or with printed figures that made no line, fails;
    one that prints 本表无数据 holds with no lines, and says so."""
    made: dict[str, int] = {}
    if not lines.empty:
        for table, printed in zip(lines["table"], lines["printed"]):
            if looks_like_amount(printed):
                made[table] = made.get(table, 0) + 1
    results = []
    for bt in classified:
        if not bt.kind:
            continue
        printed = len(printed_figures(bt.table, _BY_NAME.get(bt.kind)))
        got = made.get(bt.title, 0)
        if printed == 0 and got == 0 and bt.no_data:
            actual, ok = "0 lines: the table prints 本表无数据", True
        else:
            actual, ok = f"{got} lines from printed figures", got >= printed and got > 0
        results.append({"rule": "standard table has figures", "table": bt.title, "subject": bt.kind,
                        "page": int(bt.table.pages[0]), "row": 0,
                        "expected": f"{printed} printed figures", "actual": actual,
                        "tolerance": "0", "ok": ok})
    return results


# a 目录 entry: an optional number (一、 / 1. / 1 ), the table's name ending in 表, then optionally
# dot leaders and the page number it starts on
_TOC_ENTRY_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+\s*[．.、]|\d+\s+)?\s*(\S.*?表)"
                           r"(?:\s*[（(]续[)）])?(?:[\s.．·…⋯_\-—]*\d{1,4})?\s*$")


def listed_tables(page_lines: dict[int, list[str]]) -> list[tuple[int, str]]:
    """Standard tables named in the document's 目录 (page, printed name)."""
    out: list[tuple[int, str]] = []
    for number in sorted(page_lines)[:6]:
        lines = page_lines[number]
        text = _plain("".join(lines))
        if "目录" not in text and "目錄" not in text:
            continue
        for line in lines:
            match = _TOC_ENTRY_RE.match(fold(line))
            if match and standard_table(match.group(1)):
                out.append((number, match.group(1).strip()))
    return out


def check_presence(page_lines: dict[int, list[str]], classified: list[BudgetTable],
                   lines: pd.DataFrame | None = None) -> list[dict]:
    """Every standard table the 目录 lists is found among the tables with its figures
    (``standard table present``): a table found empty is missing, unless it prints 本表无数据.
    Without ``lines`` only the tables' being found is checked."""
    with_lines = set(lines["table"]) if lines is not None and not lines.empty else set()
    found = {bt.kind for bt in classified if bt.kind and
             (lines is None or bt.title in with_lines or bt.no_data)}
    empty = {bt.kind for bt in classified if bt.kind} - found
    results = []
    seen = set()
    for page, name in listed_tables(page_lines):
        std = standard_table(name)
        if std is None or std.name in seen:
            continue
        seen.add(std.name)
        ok = std.name in found
        results.append({"rule": "standard table present", "table": std.name, "subject": name,
                        "page": page, "row": 0, "expected": "present",
                        "actual": "present" if ok else ("present without figures"
                                                        if std.name in empty else "missing"),
                        "tolerance": "0", "ok": ok})
    return results


_HEADING_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年度\s*(?:部门|单位)?\s*(?:预算|决算)(?:情况说明|表|公开)")


def check_heading_years(page_lines: dict[int, list[str]], year: int | None) -> list[dict]:
    """Section headings ('…2024年度部门决算情况说明') name the document's fiscal year."""
    if not year:
        return []
    results = []
    for number in sorted(page_lines):
        for k, line in enumerate(page_lines[number]):
            for match in _HEADING_YEAR_RE.finditer(fold(line).replace(" ", "")):
                found = int(match.group(1))
                results.append({"rule": "heading year = fiscal year", "table": "", "subject": line.strip()[:60],
                                "page": number, "row": k + 1, "expected": str(year), "actual": str(found),
                                "tolerance": "0", "ok": found == year})
    return results


def _document_checks(page_lines, lines, classified) -> list[dict]:
    results = check_presence(page_lines, classified, lines)
    if any(bt.phase == "executed" for bt in classified):
        results.extend(check_text(page_lines, lines, classified))
    year = next((bt.fiscal_year for bt in classified if bt.fiscal_year), None)
    results.extend(check_heading_years(page_lines, year))
    return results


# The identity rules in Chinese, for what a data officer reads (reports keep the rule as checked).
RULE_NAMES_ZH = {"parent = sum of children": "上级科目 = 下级科目之和",
                 "合计 row = sum of rows": "合计行 = 各行之和",
                 "总表 = detail table": "总表 = 明细表",
                 "说明 = 表": "说明中的数字 = 表中的数字",
                 "standard table has figures": "标准表有数据",
                 "standard table present": "标准表齐全",
                 "heading year = fiscal year": "标题年度 = 预算年度"}


def rule_zh(rule: str) -> str:
    """An identity rule's name in Chinese (rules written in Chinese stay as they are)."""
    return RULE_NAMES_ZH.get(rule, rule)



TOLERANCE_RULE = ("each printed figure may be off by half a unit of its last printed digit; an "
                  "identity allows the sum of those halves")


def identity_report(results: list[dict], classified, info: dict) -> dict:
    """The identity report of a budget PDF, as the package and the ``budget`` command write it:
    what was checked, what failed, the tolerance rule, and the standard tables found. (Not the
    source's path: a published report names no server path; the package's provenance names
    the source.)"""
    failed = [r for r in results if not r["ok"]]
    return {"checked": len(results), "failed": len(failed),
            "tolerance_rule": TOLERANCE_RULE,
            "pages_without_text": info.get("pages_without_text"), "results": results,
            "tables": [{"title": bt.title, "kind": bt.kind, "unit": bt.table.unit,
                        "pages": bt.table.pages, "geometry": table_geometry(bt.table)}
                       for bt in classified]}
