#!/usr/bin/env python3
"""Write notebooks/{listing,budget,gazette,table}.ipynb (thin: parameters, calls, displays).

The notebooks are generated so that all three share one shape; edit this script, rerun it, and
commit the notebooks. They hold no logic: every computation is a call into ``gongkai``.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]

COMMON_PARAMS = """# 参数（批处理由 papermill 在本单元格下方注入实际值）。
# Parameters: papermill injects the batch's values below this cell.
# 密钥不放在这里：假名化密钥由库从 GONGKAI_PSEUDONYM_KEY、GONGKAI_PSEUDONYM_KEY_FILE
# 或 ~/.config/gongkai/pseudonym.key 读取。Secrets never go here.
input_path = "{input}"
out_dir = "../published"
dataset = None       # 数据集名称；默认取文件名 / dataset name, default: the file name
period = None        # 如 "2026-10"；默认从文件中读取 / default: read from the document
staging_dir = None   # 由批处理设置；为 None 时本笔记本直接发布 / set by the batch
run_id = None{extra}"""

SETUP = """from IPython.display import Markdown, display

from gongkai import display as show
from gongkai import pipeline
from gongkai.notebook import finish

show.setup_cjk_fonts();"""

PUBLISH = [
    new_markdown_cell("## 发布\n\n发布门检查每个文件（个人信息、校验结论），通过后原子地移入 `published/`。"
                      "\n\n*Publish: the release gate checks every file; only then is the package moved into place.*"),
    new_code_cell("outcome = finish(result, out_dir, staging_dir=staging_dir, run_id=run_id)\n"
                  "published = show.published_frames(outcome, out_dir, staging_dir)"),
]
VERDICT = [new_markdown_cell("## 结论"), new_code_cell("show.verdict(outcome)")]


def notebook(title: str, intro: str, input_path: str, cells: list, *, extra_params: str = "") -> nbformat.NotebookNode:
    params = new_code_cell(COMMON_PARAMS.format(input=input_path, extra=extra_params))
    params.metadata["tags"] = ["parameters"]
    nb = new_notebook(cells=[new_markdown_cell(f"# {title}\n\n{intro}"), params,
                             new_code_cell(SETUP)] + cells + PUBLISH + cells_after_publish(cells) + VERDICT)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def cells_after_publish(cells: list) -> list:
    return getattr(cells, "after_publish", [])


class Cells(list):
    """The cells of one notebook, and those shown after the release (the data as published)."""

    def __init__(self, before, after=()):
        super().__init__(before)
        self.after_publish = list(after)


VALIDATION = [
    new_markdown_cell("## 校验\n\n对照 Table Schema 与领域规则的检查结果；出错的单元格在下方的表中标红。"
                      "\n\n*Validation against the Table Schema and the domain checks.*"),
    new_code_cell('show.validation_table(result.reports["validation"])'),
]

LISTING = notebook(
    "城乡低保公示名单：抽取、校验、去标识化、发布",
    "从 PDF 中抽取公示名单表格，按 `schemas/dibao-listing` 校验，按表结构声明去标识化，然后发布数据包。"
    "这里只显示去标识化后的值：本笔记本会作为运行记录存档。\n\n"
    "*Extracts the listing table, validates it, de-identifies it as the schema declares and "
    "publishes the Data Package. Only de-identified values are shown: this notebook is archived.*",
    "../raw/listing/qinghe-street-dibao-2026-10.pdf",
    Cells([
        new_code_cell('result = pipeline.run_listing(input_path, dataset=dataset, period=period)\n'
                      'listing = result.resources[0]\n'
                      'display(Markdown(f"**{result.title}**：{len(listing.frame)} 行，期间 {result.period}"))'),
        *VALIDATION,
        new_markdown_cell("## 去标识化：每个字段的处理（只有计数）\n\n*De-identification: what was done to each field.*"),
        new_code_cell('show.deid_table(result.reports["deidentification"])'),
        new_code_cell('show.undeclared_hits(result.reports["deidentification"])'),
        new_code_cell('display(Markdown(show.k_anonymity_sentence(result.reports["deidentification"])))'),
    ], after=[
        new_markdown_cell("## 原文与发布的数据对照\n\n左侧为原文页面（150 dpi，可滚动、可放大），右侧为写入 CSV 的数据；"
                          "校验出错的单元格标红。\n\n*The source pages beside the rows exactly as published.*"),
        new_code_cell('for block in show.listing_sources(result, input_path, published.get("listing")):\n'
                      '    display(block)'),
        new_markdown_cell("## 各社区的救助金额"),
        new_code_cell('fig = show.amounts_by_group_chart(published.get("listing", listing.frame), "community", "amount",\n'
                      '                                  title="各社区（村）救助金额合计", unit="元")'),
    ]),
)

BUDGET = notebook(
    "部门预算：表格抽取、勾稽关系校验、发布",
    "在 PDF 中找到标准预算表，展平多行表头，拼接类/款/项编码，把金额统一换算为元，检查勾稽关系，"
    "然后发布整理后的预算明细和勾稽报告。\n\n"
    "*Finds the standard budget tables, flattens their headers, joins 类/款/项 codes, converts "
    "amounts to yuan, checks the accounting identities and publishes the tidy lines.*",
    "../raw/budget/dongyue-culture-tourism-2026-budget.pdf",
    Cells([
        new_code_cell('result = pipeline.run_budget(input_path, dataset=dataset, period=period)\n'
                      'lines = result.resources[0].frame\n'
                      'display(Markdown(f"**{result.title}**：{len(result.reports[\'identities\'][\'tables\'])} 张表，{len(lines)} 条明细"))\n'
                      'show.budget_tables(result.reports["identities"])'),
        new_markdown_cell("## 每张表与原文对照\n\n左侧为原文页面（150 dpi，可滚动、可放大），右侧为从该页读出的明细；"
                          "勾稽或校验未通过的行标红。\n\n*Each table, page by page, beside the lines read from it.*"),
        new_code_cell('for block in show.budget_sources(result, input_path):\n'
                      '    display(block)'),
        new_markdown_cell("## 勾稽关系\n\n*Accounting identities.*"),
        new_code_cell('show.identity_summary(result.reports["identities"])'),
        new_code_cell('show.identity_failures(result.reports["identities"])'),
        new_markdown_cell("## 按功能分类（类）的支出"),
        new_code_cell('fig = show.spending_by_class_chart(lines)'),
        *VALIDATION,
    ]),
)

GAZETTE = notebook(
    "政府公报：按篇拆分、元数据、发布",
    "按目录和页脚把一期公报拆成篇，解析每篇的文号、发文机关、成文日期、公开属性、主送和抄送，"
    "每篇一行发布。\n\n*Splits a gazette issue into its items and publishes one row per item.*",
    "../raw/gazette/dongyue-gazette-2026-11.pdf",
    Cells([
        new_code_cell('result = pipeline.run_gazette(input_path, dataset=dataset, period=period)\n'
                      'items = result.resources[0].frame\n'
                      'display(Markdown(f"**{result.title}**：{len(items)} 篇；问题：{\'；\'.join(result.problems) or \'无\'}"))\n'
                      'show.show_missing(items[["seq", "title", "category", "doc_number", "issuer", "signed_date",\n'
                      '                         "page_start", "page_end", "flags", "ocr_confidence"]])'),
        new_markdown_cell("## 各篇缺少的字段"),
        new_code_cell('show.missing_fields(items, ["doc_number", "issuer", "signed_date", "disclosure", "recipients", "cc"])'),
        new_markdown_cell("## 每篇与原文对照\n\n每篇的页面（第一页自标题起，150 dpi）与读出的字段并排。"
                          "\n\n*Each item's pages beside the fields read from them.*"),
        new_code_cell('for block in show.gazette_sources(result, input_path):\n'
                      '    display(block)'),
        new_markdown_cell("## 各发文机关的文件数"),
        new_code_cell('fig = show.items_per_issuer_chart(items)'),
        *VALIDATION,
    ]),
)

TABLE = notebook(
    "报表数据集：读取、校验、去标识化、发布",
    "读取科室报送的 CSV 或 XLSX 报表（标题行、合并表头、千分位、表下注释），按 `schema` 指定的 Table Schema "
    "校验（含领域规则和期间），按表结构声明去标识化（自然人姓名遮盖、身份证号删除；法人名称和统一社会信用代码保留），"
    "然后发布。\n\n*Reads an office's spreadsheet, validates, de-identifies as the schema declares, "
    "publishes.*",
    "../raw/tables/administrative-penalties/dongyue-market-penalties-2026-10.xlsx",
    Cells([
        new_code_cell('result = pipeline.run_table(input_path, schema_name=schema, dataset=dataset, period=period, sheet=sheet)\n'
                      'table = result.resources[0]\n'
                      'display(Markdown(f"**{result.title}**：{len(table.frame)} 行，期间 {result.period}"))\n'
                      'show.table_source(result)'),
        *VALIDATION,
        new_markdown_cell("## 去标识化：每个字段的处理（只有计数）"),
        new_code_cell('show.deid_table(result.reports["deidentification"])'),
        new_code_cell('show.undeclared_hits(result.reports["deidentification"])'),
    ], after=[
        new_markdown_cell("## 发布的数据（与 CSV 一致），校验出错的单元格标红"),
        new_code_cell('show.highlighted(result.reports["validation"], published.get(table.name, table.frame)) '
                      'or show.show_missing(published.get(table.name, table.frame))'),
        new_markdown_cell("## 图表"),
        new_code_cell('fig = show.table_chart(published.get(table.name, table.frame), table.schema)'),
    ]),
    extra_params='\nschema = "administrative-penalties"   # Table Schema 名称 / schema name in schemas/\n'
                 'sheet = None         # 工作表名称；默认第一个有数据的表 / XLSX sheet, default: the first with data',
)


def main() -> None:
    for name, nb in (("listing", LISTING), ("budget", BUDGET), ("gazette", GAZETTE), ("table", TABLE)):
        path = ROOT / "notebooks" / f"{name}.ipynb"
        for index, cell in enumerate(nb.cells):  # stable ids: no diff noise on regeneration
            cell["id"] = f"{name}-{index:02d}"
        nbformat.validate(nb)
        nbformat.write(nb, path)
        print(path)


if __name__ == "__main__":
    main()
