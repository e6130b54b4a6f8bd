"""Chinese department budgets and final accounts: standard tables to tidy budget lines.

A line is one (table, code or item, measure) with its amount in yuan, in the spirit of the
Fiscal Data Package: the measure carries the phase (预算 -> approved, 决算 -> executed) and the
direction (revenue / expenditure), the code its level and parent. Identity checks (totals,
parent = sum of children, 合计 = 基本支出 + 项目支出) are reported as data with page and row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd

from .parsers import decimals_of, join_code_parts, parse_amount, parse_code, to_simplified
from .tables import Table, extract_tables

# Standard table names of the template (simplified); a printed title is matched after the year
# and the 部门/单位 prefix are removed and traditional characters folded.
STANDARD_TABLES = [
    "财务收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表",
    "一般公共预算支出功能分类预算表", "一般公共预算基本支出经济分类预算表",
    "一般公共预算基本支出部门预算经济分类预算表", "政府性基金预算支出表",
    "政府性基金预算支出功能分类预算表", "国有资本经营预算支出表",
    "国有资本经营预算支出功能分类预算表", "“三公”经费和机关运行经费预算表", "“三公”经费预算表",
    "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
    "一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表",
    "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表",
    "财政拨款“三公”经费支出决算表",
]

_YEAR_RE = re.compile(r"^\s*((?:19|20)\d{2})\s*年(度)?")


@dataclass
class BudgetTable:
    table: Table
    title: str          # as printed, without the year
    kind: str | None    # the standard name it matches, or None
    fiscal_year: int | None
    phase: str          # approved | executed
    department: str | None


def normalise_title(title: str) -> tuple[str, int | None]:
    """'2025年部门支出预算总表' -> ('部门支出预算总表', 2025)."""
    title = title.strip()
    year = None
    match = _YEAR_RE.match(title)
    if match:
        year = int(match.group(1))
        title = title[match.end():]
    return title.strip(), year


def standard_kind(title: str) -> str | None:
    simple = to_simplified(title).replace(" ", "").replace('"', "“")
    simple = re.sub(r"^(部门|单位)", "", simple)
    for name in sorted(STANDARD_TABLES, key=len, reverse=True):
        if simple.endswith(name) or simple == name:
            return name
    return None


def _department(table: Table) -> str | None:
    for line in table.context:
        match = re.search(r"编制(?:部门|单位)\s*[:：]\s*(\S+)", to_simplified(line))
        if match:
            return match.group(1)
    return None


def classify(tables: list[Table]) -> list[BudgetTable]:
    out = []
    for table in tables:
        if not table.title:
            continue
        title, year = normalise_title(table.title)
        kind = standard_kind(title)
        if kind is None and "表" not in title:
            continue
        phase = "executed" if "决算" in to_simplified(title) else "approved"
        out.append(BudgetTable(table, title, kind, year, phase, _department(table)))
    return out


def _code_columns(columns: list[str]) -> dict:
    """Which columns hold the code: one 编码 column, or split 类/款/项 columns."""
    split = {}
    single = None
    for i, name in enumerate(columns):
        leaf = name.split("/")[-1]
        if leaf in ("类", "款", "项") and ("编码" in name or "科目" in name or len(name) <= 12):
            split[leaf] = i
        elif "编码" in leaf or leaf in ("科目代码", "代码"):
            single = i
    if split.get("类") is not None:
        return {"split": split}
    if single is not None:
        return {"single": single}
    return {}


def _name_column(columns: list[str], code_cols: set[int]) -> int | None:
    for i, name in enumerate(columns):
        leaf = name.split("/")[-1]
        if i not in code_cols and ("名称" in leaf or leaf in ("项目", "科目")):
            return i
    return None


def _direction(title: str, measure_path: str) -> str:
    text = to_simplified(title + measure_path)
    if "收入" in measure_path or ("收入" in text and "支出" not in text):
        return "revenue"
    return "expenditure"


def tidy_lines(bt: BudgetTable) -> list[dict]:
    """One dict per (row, measure) with a parsed amount; rows without figures are skipped."""
    table = bt.table
    columns = table.columns()
    factor = table.unit_factor or 1
    codes = _code_columns(columns)
    code_cols = set(codes.get("split", {}).values()) | ({codes["single"]} if "single" in codes else set())
    blocks = _side_blocks(columns, code_cols)
    lines: list[dict] = []
    last_lei = last_kuan = None
    for r, (row, page) in enumerate(zip(table.body, table.body_pages), start=table.header_rows + 1):
        code = None
        if "split" in codes:
            s = codes["split"]
            code = join_code_parts(row[s["类"]], row[s["款"]] if "款" in s else None,
                                   row[s["项"]] if "项" in s else None, (last_lei, last_kuan))
        elif "single" in codes:
            parsed = parse_code(row[codes["single"]])
            code = parsed.code if parsed else None
        if code:
            last_lei = code[:3]
            if len(code) >= 5:
                last_kuan = code[:5]
        for name_col, measure_cols in blocks:
            name = row[name_col] if name_col is not None else ""
            if not name and code is None:
                continue
            figures = {}
            for col in measure_cols:
                try:
                    figures[col] = parse_amount(row[col])
                except ValueError:
                    continue
            if not any(v is not None for v in figures.values()):
                continue
            for col, value in figures.items():
                text = row[col]
                if value is None:  # '-' or blank next to printed figures: nothing, i.e. zero
                    value = Decimal(0)
                parsed_code = parse_code(code) if code else None
                measure_path = columns[col]
                lines.append({
                    "department": bt.department,
                    "fiscal_year": bt.fiscal_year,
                    "table": bt.title,
                    "table_kind": bt.kind,
                    "classification": "economic" if "经济分类" in to_simplified(bt.title + "".join(columns)) else "functional",
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
                    "direction": _direction(bt.title, measure_path),
                    "page": page,
                    "row": r,
                })
    return lines


def _side_blocks(columns: list[str], code_cols: set[int]) -> list[tuple[int | None, list[int]]]:
    """Split a two-sided table (项目 | 预算数 | 项目 | 预算数) into (name column, measure columns)."""
    name_cols = [i for i, c in enumerate(columns)
                 if i not in code_cols and ("名称" in c.split("/")[-1] or c.split("/")[-1] == "项目")]
    if not name_cols:
        return [(None, [i for i in range(len(columns)) if i not in code_cols])]
    blocks = []
    for k, start in enumerate(name_cols):
        end = name_cols[k + 1] if k + 1 < len(name_cols) else len(columns)
        blocks.append((start, [i for i in range(start + 1, end) if i not in code_cols]))
    return blocks


_DOC_YEAR_RE = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?\s*(?:区级|市级|省级|县级)?\s*(?:部门|单位)?\s*(?:预算|决算)")


def document_year(pdf_path) -> int | None:
    """The fiscal year printed on the cover ('2026年部门预算'), for tables whose titles omit it."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages[:2]:
            match = _DOC_YEAR_RE.search(to_simplified(page.extract_text() or ""))
            if match:
                return int(match.group(1))
    return None


def budget_frame(pdf_path, pages=None) -> tuple[pd.DataFrame, list[BudgetTable], dict]:
    tables, info = extract_tables(pdf_path, pages)
    classified = classify(tables)
    if any(bt.fiscal_year is None for bt in classified):
        year = document_year(pdf_path)
        for bt in classified:
            bt.fiscal_year = bt.fiscal_year or year
    rows = [line for bt in classified for line in tidy_lines(bt)]
    columns = ["department", "fiscal_year", "table", "table_kind", "classification", "code",
               "level", "parent", "name", "measure", "measure_path", "amount", "printed",
               "decimals", "unit", "unit_factor", "phase", "direction", "page", "row"]
    frame = pd.DataFrame(rows, columns=columns)
    return frame, classified, info


# --- identities ----------------------------------------------------------------------------

def _tolerance(decimals: int, terms: int, factor: int) -> Decimal:
    """Rounding of ``terms`` printed figures: half a unit of the last printed digit each."""
    step = Decimal(1).scaleb(-int(decimals)) * int(factor)
    return step / 2 * max(terms, 1)


def check_identities(lines: pd.DataFrame) -> list[dict]:
    """Every identity checked, as data: rule, table, page, row, expected, actual, ok, tolerance."""
    results: list[dict] = []
    if lines.empty:
        return results
    for (table, measure_path), group in lines.groupby(["table", "measure_path"], sort=False):
        coded = group[group["code"].notna()]
        by_code = {row.code: row for row in coded.itertuples()}
        children: dict[str, list] = {}
        for row in coded.itertuples():
            if row.parent and row.parent in by_code:
                children.setdefault(row.parent, []).append(row)
        for parent, kids in children.items():
            prow = by_code[parent]
            total = sum((k.amount for k in kids), Decimal(0))
            tol = _tolerance(max([prow.decimals] + [k.decimals for k in kids]), len(kids) + 1,
                             prow.unit_factor)
            results.append(_result("parent = sum of children", table, prow, prow.amount, total, tol,
                                   f"{parent} {measure_path}"))
        # 合计 row = sum of the top-level (类) rows
        total_rows = group[group["name"].str.replace(" ", "").isin(["合计", "总计", "支出合计", "收入合计"])
                           & group["code"].isna()]
        top = coded[coded["level"] == 1]
        if len(total_rows) and len(top):
            trow = next(total_rows.itertuples())
            total = sum(top["amount"], Decimal(0))
            tol = _tolerance(max(top["decimals"].max(), trow.decimals), len(top) + 1, trow.unit_factor)
            results.append(_result("合计 row = sum of rows", table, trow, trow.amount, total, tol,
                                   measure_path))
    # 合计 = 基本支出 + 项目支出, row by row
    for (table, page, row), group in lines.groupby(["table", "page", "row"], sort=False):
        measures = {m: r for r in group.itertuples() for m in [r.measure]}
        if "合计" in measures and ("基本支出" in measures or "项目支出" in measures):
            parts = [measures[m] for m in ("基本支出", "项目支出") if m in measures]
            total = sum((p.amount for p in parts), Decimal(0))
            trow = measures["合计"]
            tol = _tolerance(max([trow.decimals] + [p.decimals for p in parts]), len(parts) + 1,
                             trow.unit_factor)
            results.append(_result("合计 = 基本支出 + 项目支出", table, trow, trow.amount, total, tol,
                                   trow.name))
    # 收入总计 = 支出总计 in the summary tables
    for table, group in lines.groupby("table", sort=False):
        names = group["name"].str.replace(" ", "")
        income = group[names.str.contains("收入总计")]
        spend = group[names.str.contains("支出总计")]
        if len(income) and len(spend):
            irow, srow = next(income.itertuples()), next(spend.itertuples())
            tol = _tolerance(max(irow.decimals, srow.decimals), 2, irow.unit_factor)
            results.append(_result("收入总计 = 支出总计", table, srow, irow.amount, srow.amount, tol,
                                   "总计"))
    return results


def _result(rule, table, row, expected, actual, tol, subject) -> dict:
    diff = abs(Decimal(expected) - Decimal(actual))
    return {"rule": rule, "table": table, "subject": subject, "page": int(row.page),
            "row": int(row.row), "expected": str(expected), "actual": str(actual),
            "tolerance": str(tol), "ok": diff <= tol}
