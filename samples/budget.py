"""Sample department budget: 东岳市文化和旅游局2026年部门预算 (fictional), with computed ground truth.

Amounts are drawn in fen (1/100 yuan) with a seeded RNG at the 项 level and summed upwards with
integer arithmetic, so every identity of the template holds exactly in yuan. Tables printed in
万元 round each cell independently (ROUND_HALF_UP to 0.01): their printed sums may be off by a
few 0.01; every such case is listed in the truth under ``rounding_differences``.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, Callable

from .layout import (
    A4_LANDSCAPE,
    Flow,
    HeaderCell,
    Page,
    RuledTable,
    TableStyle,
    build_sample,
    flatten_columns,
    header_grid,
    register_font,
    wrap,
)
from .textdata import load_text

FILE_STEM = "dongyue-culture-tourism-2026-budget"

PAGE_W, PAGE_H = A4_LANDSCAPE
TITLE_SIZE = 18.0
TITLE_BASELINE = PAGE_H - 54.0
META_BASELINE = PAGE_H - 82.0
TABLE_TOP_FIRST = PAGE_H - 92.0
TABLE_TOP_CONT = PAGE_H - 48.0
BOTTOM = 46.0
FOOTER_BASELINE = 24.0

KINDS = ("basic", "project")
MEASURE_NAMES = {"total": "合计", "basic": "基本支出", "project": "项目支出"}


# ----------------------------------------------------------------------------------------------
# number formatting
# ----------------------------------------------------------------------------------------------


def fmt_yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100:,}.{fen % 100:02d}"


def to_wan(fen: int) -> Decimal:
    return (Decimal(fen) / Decimal(1_000_000)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def fmt_wan(fen: int) -> str:
    return f"{to_wan(fen):,.2f}"


def yuan_str(fen: int) -> str:
    """Plain decimal string of an amount in yuan, e.g. 1097073.43."""
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    return f"{sign}{fen // 100}.{fen % 100:02d}"


@dataclass(frozen=True)
class Unit:
    """How a table prints amounts: unit label, factor to yuan, formatter, text for zero."""

    label: str
    factor: int
    fmt: Callable[[int], str]
    zero: str

    def cell(self, fen: int) -> str:
        return self.zero if fen == 0 else self.fmt(fen)

    def printed_yuan(self, printed: str) -> str | None:
        """Amount in yuan implied by a printed cell (None for an empty or dash cell)."""
        t = printed.replace(",", "").strip()
        if t in ("", "-"):
            return None if t == "" else "0.00"
        return str((Decimal(t) * self.factor).quantize(Decimal("0.01")))


YUAN_DASH = Unit("元", 1, fmt_yuan, "-")
YUAN_BLANK = Unit("元", 1, fmt_yuan, "")
WAN_DASH = Unit("万元", 10000, fmt_wan, "-")
WAN_ZERO = Unit("万元", 10000, fmt_wan, "0.00")


# ----------------------------------------------------------------------------------------------
# data
# ----------------------------------------------------------------------------------------------


class BudgetData:
    def __init__(self, spec: dict[str, Any]):
        self.spec = spec
        rng = random.Random(spec["seed"])
        self.names: dict[str, str] = {str(k): v for k, v in spec["classification"].items()}
        self.units = spec["units"]
        self.unit_keys = [u["key"] for u in self.units]
        self.sources: dict[str, str] = spec["sources"]
        self.records: list[tuple[str, str, str, str, int]] = []
        for code, unit, kind, source, lo, hi in spec["records"]:
            code = str(code)
            if code not in self.names or len(code) != 7:
                raise ValueError(f"unknown 项 code {code}")
            if unit not in self.unit_keys or kind not in KINDS or source not in self.sources:
                raise ValueError(f"bad record {code} {unit} {kind} {source}")
            fen = rng.randint(int(lo) * 100, int(hi) * 100)
            self.records.append((code, unit, kind, source, fen))
        self.sanggong: dict[str, dict[str, int]] = {}
        for u in self.unit_keys:
            row = {}
            for k, rng_spec in spec["sanggong"][u].items():
                row[k] = 0 if not rng_spec else rng.randint(int(rng_spec[0]) // 100, int(rng_spec[1]) // 100) * 100 * 100
            self.sanggong[u] = row

    def by_code(self, source_filter: Callable[[str], bool] = lambda s: True) -> dict[str, dict[str, int]]:
        """{code (3, 5 and 7 digits): {"basic", "project", "total"}} summed upwards."""
        acc: dict[str, dict[str, int]] = defaultdict(lambda: {"basic": 0, "project": 0})
        for code, _unit, kind, source, fen in self.records:
            if not source_filter(source):
                continue
            for parent in (code[:3], code[:5], code):
                acc[parent][kind] += fen
        out = {}
        for code in self.names:  # keep the classification's order
            if code in acc and (acc[code]["basic"] or acc[code]["project"]):
                v = acc[code]
                out[code] = {"basic": v["basic"], "project": v["project"], "total": v["basic"] + v["project"]}
        return out

    def by_unit_source(self) -> dict[str, dict[str, int]]:
        acc: dict[str, dict[str, int]] = {u: {s: 0 for s in self.sources} for u in self.unit_keys}
        for _code, unit, _kind, source, fen in self.records:
            acc[unit][source] += fen
        return acc

    def source_totals(self) -> dict[str, int]:
        tot = {s: 0 for s in self.sources}
        for *_rest, source, fen in self.records:
            tot[source] += fen
        return tot

    def total(self) -> int:
        return sum(r[-1] for r in self.records)


# ----------------------------------------------------------------------------------------------
# document
# ----------------------------------------------------------------------------------------------


class _BudgetBuilder:
    def __init__(self, spec: dict[str, Any]):
        self.spec = spec
        self.data = BudgetData(spec)
        self.department = spec["department"]
        self.pages: list[Page] = []
        self.flow = Flow(self.pages, self._new_page, BOTTOM)
        self.tables: list[dict[str, Any]] = []
        self.lines: list[dict[str, Any]] = []
        self.rounding: list[dict[str, Any]] = []

    def _new_page(self) -> tuple[Page, float]:
        page = Page(PAGE_W, PAGE_H)
        self.pages.append(page)
        page.text(PAGE_W / 2, FOOTER_BASELINE, f"第{len(self.pages)}页", 9.0, align="c")
        return page, TABLE_TOP_CONT

    def cover(self) -> None:
        page = Page(PAGE_W, PAGE_H)
        self.pages.append(page)
        cov = self.spec["cover"]
        y = PAGE_H - 210
        for ln in cov["title_lines"]:
            page.text(PAGE_W / 2, y, ln, 32.0, align="c", bold=True)
            y -= 52
        page.text(PAGE_W / 2, 150, cov["issuer"], 16.0, align="c")
        page.text(PAGE_W / 2, 122, cov["date"], 16.0, align="c")

    # one table -------------------------------------------------------------------------------
    def table(self, title: str, unit: Unit, widths: list[float], aligns: list[str], header: list[HeaderCell],
              n_header_rows: int, rows: list[list[str]], *, style: TableStyle | None = None,
              note: str | None = None, bold_rows: set[int] | None = None) -> list[int]:
        self.flow.break_page()
        page = self.flow.page
        table = RuledTable(widths, header, n_header_rows, aligns, style or TableStyle(size=9.0, header_size=9.0))
        x0 = (PAGE_W - table.width) / 2.0
        page.text(PAGE_W / 2, TITLE_BASELINE, title, TITLE_SIZE, align="c", bold=True)
        page.text(x0, META_BASELINE, f"编制部门：{self.department}", 10.5)
        page.text(x0 + table.width, META_BASELINE, f"单位：{unit.label}", 10.5, align="r")
        self.flow.y = TABLE_TOP_FIRST
        row_pages = table.flow(self.flow, x0, rows, bold_rows=bold_rows)
        if note:
            self.flow.y -= 6
            for ln in wrap(note, 9.0, table.width):
                self.flow.need(15)
                self.flow.page.text(x0, self.flow.y - 11, ln, 9.0)
                self.flow.y -= 15
        self.tables.append({
            "title": title,
            "unit": unit.label,
            "unit_factor": unit.factor,
            "zero_printed_as": unit.zero,
            "pages": sorted(set(row_pages)),
            "header_rows": header_grid(header, n_header_rows, len(widths)),
            "columns": flatten_columns(header, n_header_rows, len(widths)),
            "rows": rows,
            "row_pages": row_pages,
            "note": note,
        })
        return row_pages

    def add_lines(self, title: str, unit: Unit, entries: list[dict[str, Any]], row_pages: list[int],
                  measure_paths: dict[str, str]) -> None:
        for e in entries:
            for key, fen in e["values"].items():
                printed = unit.cell(fen)
                code = e.get("code")
                self.lines.append({
                    "table": title,
                    "row": e["row"],
                    "code": code,
                    "level": {3: 1, 5: 2, 7: 3}.get(len(code)) if code else None,
                    "parent": (code[:-2] if code and len(code) > 3 else None),
                    "name": e["name"],
                    "measure": e.get("measure_names", MEASURE_NAMES).get(key, key),
                    "measure_path": measure_paths[key],
                    "amount_yuan": yuan_str(fen),
                    "printed": printed,
                    "printed_amount_yuan": unit.printed_yuan(printed),
                    "unit": unit.label,
                    "unit_factor": unit.factor,
                    "direction": "expenditure",
                    "page": row_pages[e["row"] - 1],
                })

    # the five tables -------------------------------------------------------------------------
    def summary_table(self) -> None:
        d = self.data
        src = d.source_totals()
        by_code = d.by_code()
        unit = YUAN_DASH
        revenue = [
            ("一、一般公共预算拨款收入", src["general"]),
            ("二、政府性基金预算拨款收入", src["fund"]),
            ("三、国有资本经营预算拨款收入", src["soe"]),
            ("四、事业收入", src["service"]),
            ("五、事业单位经营收入", src["business"]),
            ("六、其他收入", src["other"]),
        ]
        expenditure = [(label, by_code.get(str(code), {}).get("total", 0))
                       for code, label in self.spec["summary_expenditure"]]
        n = max(len(revenue), len(expenditure))
        rows = []
        for i in range(n):
            left = [revenue[i][0], unit.cell(revenue[i][1])] if i < len(revenue) else ["", ""]
            right = [expenditure[i][0], unit.cell(expenditure[i][1])] if i < len(expenditure) else ["", ""]
            rows.append(left + right)
        this_year_in = sum(v for _, v in revenue)
        this_year_out = sum(v for _, v in expenditure)
        carry = src["carry"]
        total = this_year_in + carry
        if this_year_out != d.total() or total != this_year_out:
            raise AssertionError("收入总计 must equal 支出总计")
        rows.append(["本年收入合计", unit.cell(this_year_in), "本年支出合计", unit.cell(this_year_out)])
        rows.append(["上年结转", unit.cell(carry), "结转下年", unit.cell(0)])
        rows.append(["收入总计", unit.cell(total), "支出总计", unit.cell(this_year_out)])
        header = [HeaderCell("收入", 0, 0, 0, 1), HeaderCell("支出", 0, 2, 0, 3),
                  HeaderCell("项目", 1, 0), HeaderCell("预算数", 1, 1), HeaderCell("项目", 1, 2),
                  HeaderCell("预算数", 1, 3)]
        self.table("部门财务收支预算总表", unit, [230, 130, 230, 130], ["l", "r", "l", "r"], header, 2, rows,
                   style=TableStyle(size=10.0, header_size=10.5, min_row_height=22.0, min_header_row_height=22.0),
                   bold_rows={n + 2})
        self.totals = {"income_total_yuan": yuan_str(total), "expenditure_total_yuan": yuan_str(this_year_out),
                       "this_year_income_yuan": yuan_str(this_year_in), "carry_over_yuan": yuan_str(carry),
                       "general_budget_yuan": yuan_str(src["general"])}

    def income_table(self) -> None:
        d = self.data
        unit = YUAN_BLANK
        per_unit = d.by_unit_source()
        cols = ["general", "fund", "service", "other"]

        def values(v: dict[str, int]) -> list[int]:
            sub = sum(v[s] for s in cols)
            if sub + v["carry"] != sum(v.values()):
                raise AssertionError("a source outside the printed columns has money")
            return [sub + v["carry"], sub] + [v[s] for s in cols] + [v["carry"]]

        total = {s: sum(per_unit[u][s] for u in d.unit_keys) for s in d.sources}
        rows = [["", "合计"] + [unit.cell(x) for x in values(total)]]
        for u in d.units:
            rows.append([u["code"], u["name"]] + [unit.cell(x) for x in values(per_unit[u["key"]])])
        header = [HeaderCell("单位编码", 0, 0, 1, 0), HeaderCell("单位名称", 0, 1, 1, 1), HeaderCell("合计", 0, 2, 1, 2),
                  HeaderCell("本年收入", 0, 3, 0, 7), HeaderCell("上年结转", 0, 8, 1, 8),
                  HeaderCell("小计", 1, 3)] + [HeaderCell(d.sources[s], 1, 4 + i) for i, s in enumerate(cols)]
        widths = [52, 150] + [80] * 7
        self.table("部门收入预算总表", unit, widths, ["c", "l"] + ["r"] * 7, header, 2, rows,
                   style=TableStyle(size=9.0, header_size=9.0, min_row_height=22.0), bold_rows={0})

    def expenditure_table(self) -> None:
        d = self.data
        unit = YUAN_BLANK
        by_code = d.by_code()
        title = "部门支出预算总表"
        total = {k: sum(v[k] for c, v in by_code.items() if len(c) == 3) for k in ("total", "basic", "project")}
        rows = [["", "", "", "合计", unit.cell(total["total"]), unit.cell(total["basic"]), unit.cell(total["project"])]]
        entries = [{"row": 1, "code": None, "name": "合计", "values": total}]
        for code, v in by_code.items():
            lei, kuan, xiang = code[:3], code[3:5], code[5:7]
            rows.append([lei, kuan, xiang, d.names[code], unit.cell(v["total"]), unit.cell(v["basic"]),
                         unit.cell(v["project"])])
            entries.append({"row": len(rows), "code": code, "name": d.names[code],
                            "values": {k: v[k] for k in ("total", "basic", "project")}})
        header = [HeaderCell("功能分类科目编码", 0, 0, 0, 2), HeaderCell("科目名称", 0, 3, 1, 3),
                  HeaderCell("合计", 0, 4, 1, 4), HeaderCell("基本支出", 0, 5, 1, 5), HeaderCell("项目支出", 0, 6, 1, 6),
                  HeaderCell("类", 1, 0), HeaderCell("款", 1, 1), HeaderCell("项", 1, 2)]
        widths = [42, 36, 36, 250, 126, 126, 126]
        row_pages = self.table(title, unit, widths, ["c", "c", "c", "l", "r", "r", "r"], header, 2, rows,
                               bold_rows={0})
        if len(set(row_pages)) < 2:
            raise RuntimeError("部门支出预算总表 should continue over two pages")
        self.add_lines(title, unit, entries, row_pages, {"total": "合计", "basic": "基本支出", "project": "项目支出"})

    def general_function_table(self) -> None:
        d = self.data
        unit = WAN_DASH
        title = "一般公共预算支出功能分类预算表"
        by_code = d.by_code(lambda s: s == "general")
        rows, entries = [], []
        for code, v in by_code.items():
            rows.append([code, d.names[code], unit.cell(v["total"]), unit.cell(v["basic"]), unit.cell(v["project"])])
            entries.append({"row": len(rows), "code": code, "name": d.names[code],
                            "values": {k: v[k] for k in ("total", "basic", "project")}})
        total = {k: sum(v[k] for c, v in by_code.items() if len(c) == 3) for k in ("total", "basic", "project")}
        if total["total"] != d.source_totals()["general"]:
            raise AssertionError("一般公共预算 expenditure must equal 一般公共预算拨款收入")
        rows.append(["", "合计", unit.cell(total["total"]), unit.cell(total["basic"]), unit.cell(total["project"])])
        entries.append({"row": len(rows), "code": None, "name": "合计", "values": total})
        header = [HeaderCell("科目编码", 0, 0, 1, 0), HeaderCell("科目名称", 0, 1, 1, 1),
                  HeaderCell("2026年预算数", 0, 2, 0, 4),
                  HeaderCell("合计", 1, 2), HeaderCell("基本支出", 1, 3), HeaderCell("项目支出", 1, 4)]
        widths = [90, 270, 120, 120, 120]
        row_pages = self.table(title, unit, widths, ["l", "l", "r", "r", "r"], header, 2, rows,
                               bold_rows={len(rows) - 1})
        paths = {"total": "2026年预算数/合计", "basic": "2026年预算数/基本支出", "project": "2026年预算数/项目支出"}
        self.add_lines(title, unit, entries, row_pages, paths)
        self._rounding_checks(title, by_code, total, entries)

    def _rounding_checks(self, title: str, by_code: dict[str, dict[str, int]], total: dict[str, int],
                         entries: list[dict[str, Any]]) -> None:
        """Record every place where printed 万元 figures do not add up (independent rounding)."""
        row_of = {e["code"]: e["row"] for e in entries}
        total_row = entries[-1]["row"]

        def check(identity: str, row: int, code: str | None, measure: str, whole: int, parts: list[int]) -> None:
            printed_whole = to_wan(whole)
            printed_sum = sum((to_wan(p) for p in parts), Decimal("0.00"))
            if printed_whole != printed_sum:
                self.rounding.append({
                    "table": title, "row": row, "code": code, "identity": identity, "measure": measure,
                    "printed": f"{printed_whole:.2f}", "sum_of_printed_parts": f"{printed_sum:.2f}",
                    "difference": f"{printed_whole - printed_sum:.2f}",
                })

        for code, v in by_code.items():
            check("合计 = 基本支出 + 项目支出", row_of[code], code, "合计", v["total"], [v["basic"], v["project"]])
            if len(code) < 7:
                children = [c for c in by_code if len(c) == len(code) + 2 and c.startswith(code)]
                for k in ("total", "basic", "project"):
                    check("上级科目 = 下级科目之和", row_of[code], code, MEASURE_NAMES[k], v[k],
                          [by_code[c][k] for c in children])
        check("合计 = 基本支出 + 项目支出", total_row, None, "合计", total["total"], [total["basic"], total["project"]])
        for k in ("total", "basic", "project"):
            check("合计行 = 各类之和", total_row, None, MEASURE_NAMES[k], total[k],
                  [v[k] for c, v in by_code.items() if len(c) == 3])

    def sanggong_table(self) -> None:
        d = self.data
        unit = WAN_ZERO
        title = "“三公”经费预算表"
        keys = ["total", "abroad", "car_total", "car_purchase", "car_running", "reception"]
        names = {"total": "合计", "abroad": "因公出国（境）费", "car_total": "小计", "car_purchase": "公务用车购置费",
                 "car_running": "公务用车运行费", "reception": "公务接待费"}
        paths = {"total": "2026年预算数/合计", "abroad": "2026年预算数/因公出国（境）费",
                 "car_total": "2026年预算数/公务用车购置及运行费/小计",
                 "car_purchase": "2026年预算数/公务用车购置及运行费/公务用车购置费",
                 "car_running": "2026年预算数/公务用车购置及运行费/公务用车运行费",
                 "reception": "2026年预算数/公务接待费"}

        def values(v: dict[str, int]) -> dict[str, int]:
            car = v["car_purchase"] + v["car_running"]
            return {"total": v["abroad"] + car + v["reception"], "abroad": v["abroad"], "car_total": car,
                    "car_purchase": v["car_purchase"], "car_running": v["car_running"], "reception": v["reception"]}

        per_unit = {u: values(d.sanggong[u]) for u in d.unit_keys}
        total = {k: sum(per_unit[u][k] for u in d.unit_keys) for k in keys}
        rows = [["合计"] + [unit.cell(total[k]) for k in keys]]
        entries = [{"row": 1, "code": None, "name": "合计", "values": total, "measure_names": names}]
        for u in d.units:
            v = per_unit[u["key"]]
            rows.append([u["name"]] + [unit.cell(v[k]) for k in keys])
            entries.append({"row": len(rows), "code": None, "name": u["name"], "values": v, "measure_names": names})
        header = [HeaderCell("单位名称", 0, 0, 2, 0), HeaderCell("2026年预算数", 0, 1, 0, 6),
                  HeaderCell("合计", 1, 1, 2, 1), HeaderCell("因公出国（境）费", 1, 2, 2, 2),
                  HeaderCell("公务用车购置及运行费", 1, 3, 1, 5), HeaderCell("公务接待费", 1, 6, 2, 6),
                  HeaderCell("小计", 2, 3), HeaderCell("公务用车购置费", 2, 4), HeaderCell("公务用车运行费", 2, 5)]
        widths = [200, 88, 88, 88, 88, 88, 88]
        row_pages = self.table(title, unit, widths, ["l"] + ["r"] * 6, header, 3, rows,
                               style=TableStyle(size=9.5, header_size=9.5, min_row_height=22.0),
                               note=self.spec.get("sanggong_note"), bold_rows={0})
        self.add_lines(title, unit, entries, row_pages, paths)

    def build(self) -> dict[str, Any]:
        self.cover()
        self.summary_table()
        self.income_table()
        self.expenditure_table()
        self.general_function_table()
        self.sanggong_table()
        return {
            "department": self.department,
            "fiscal_year": self.spec["fiscal_year"],
            "phase": "预算",
            "pages": len(self.pages),
            "cover_page": 1,
            "currency": "CNY",
            "totals": self.totals,
            "tables": self.tables,
            "lines": self.lines,
            "rounding_differences": self.rounding,
            "notes": [
                "amount_yuan is the exact figure the table was computed from; printed_amount_yuan is the "
                "printed cell times unit_factor (null for a blank cell).",
                "万元 cells are rounded independently (ROUND_HALF_UP), so printed sums may differ from the "
                "printed total by a few 0.01: see rounding_differences.",
                "一般公共预算支出功能分类预算表 covers only spending funded by 一般公共预算拨款收入; "
                "部门支出预算总表 covers all sources (incl. 事业收入, 其他收入, 上年结转).",
            ],
        }


def build_budget(pdf_path: Path) -> dict[str, Any]:
    """Write the budget PDF to ``pdf_path`` and return its ground truth."""
    register_font()
    spec = load_text("budget.yaml")
    return build_sample(
        _BudgetBuilder(spec),
        pdf_path,
        title=f"{spec['department']}{spec['fiscal_year']}年部门预算",
        author=spec["department"],
        subject="Synthetic sample department budget of a fictional bureau (gongkai test data)",
        pdf_date=spec["pdf_date"],
    )
