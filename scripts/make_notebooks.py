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
    new_markdown_cell("## 发布\n\n把数据写成数据包：在 JupyterLab 中运行时，发布门（个人信息扫描、数据包校验、校验结论）"
                      "通过后移入 `published/`；批处理运行时只暂存，由批处理执行发布门并在最后一格写明结果。\n\n"
                      "*Publish: run by hand, the release gate runs here; in the batch the notebook only "
                      "stages and the batch gates, releases or refuses, and writes the outcome below.*"),
    new_code_cell("outcome = finish(result, out_dir, staging_dir=staging_dir, run_id=run_id)\n"
                  "published = show.published_frames(outcome, out_dir, staging_dir)"),
]
VERDICT = [new_markdown_cell("## 结论\n\n*Verdict: published or refused, and why.*"),
           new_code_cell("show.verdict(outcome)")]


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


def validation(schema: str) -> list:
    return [
        new_markdown_cell("## 校验\n\n对照 Table Schema 与领域规则的检查结果。行号与原始文件一致（表格为工作表的行号，"
                          "PDF 表格为抽取结果的行号，表头为第1行）；出错的单元格在下文对照表中标红，鼠标悬停可见说明。"
                          "\n\n*Validation against the Table Schema and the domain checks; row numbers are "
                          "those of the source.*"),
        new_code_cell(f'show.validation_table(result.reports["validation"], {schema})'),
    ]


def deidentification(schema: str, k: bool = False) -> list:
    cells = [
        new_markdown_cell("## 去标识化\n\n每个字段按表结构的声明处理；表中只有计数，不显示任何个人信息。"
                          "\n\n*De-identification: what was done to each field (counts only).*"),
        new_code_cell(f'show.deid_table(result.reports["deidentification"], {schema})'),
        new_code_cell('show.undeclared_hits(result.reports["deidentification"])'),
    ]
    if k:
        cells.append(new_code_cell(f'display(Markdown(show.k_anonymity_sentence(result.reports["deidentification"], {schema})))'))
    return cells


def sources_heading(what: str) -> object:
    return new_markdown_cell(
        f"## 原文与发布的数据对照\n\n{what}个人信息在图像中以黑框遮盖；出错的单元格在两侧都标出。"
        "\n\n*The source beside the data exactly as published (the package's CSV); personal data "
        "is blacked out in every source image.*")


LISTING = notebook(
    "城乡低保公示名单：抽取、校验、去标识化、发布",
    "从 PDF 中抽取公示名单表格，按 `schemas/dibao-listing` 校验，按表结构声明去标识化，然后发布数据包。"
    "本笔记本会作为运行记录存档并随数据包发布，因此只显示去标识化后的数据。\n\n"
    "*Extracts the listing table, validates it, de-identifies it as the schema declares and "
    "publishes the Data Package. This notebook is archived and published: it shows only "
    "de-identified data.*",
    "../raw/listing/qinghe-street-dibao-2026-10.pdf",
    Cells([
        new_markdown_cell("## 读取\n\n*Read the listing table from the PDF.*"),
        new_code_cell('result = pipeline.run_listing(input_path, dataset=dataset, period=period)\n'
                      'listing = result.resources[0]\n'
                      'display(Markdown(f"**{result.title}**：{len(listing.frame)} 行，期间 {result.period}"))'),
        *validation("listing.schema"),
        *deidentification("listing.schema", k=True),
    ], after=[
        sources_heading("左侧为原文页面（150 dpi，可滚动，可用浏览器放大），右侧为同一页上的各行在 CSV 中发布的值。"),
        new_code_cell('for block in show.listing_sources(result, input_path, published.get("listing")):\n'
                      '    display(block)'),
        new_markdown_cell("## 图表：各社区（村）的救助金额\n\n*Chart: assistance by community.*"),
        new_code_cell('fig = show.amounts_by_group_chart(published.get("listing", listing.frame), "community", "amount",\n'
                      '                                  title="各社区（村）救助金额合计", unit="元")'),
    ]),
)

BUDGET = notebook(
    "部门预算：表格抽取、勾稽关系校验、发布",
    "在 PDF 中找到标准预算表，展平多行表头，拼接类/款/项编码，把金额统一换算为元，检查勾稽关系，"
    "然后发布整理后的预算明细。\n\n"
    "*Finds the standard budget tables, flattens their headers, joins 类/款/项 codes, converts "
    "amounts to yuan, checks the accounting identities and publishes the tidy lines.*",
    "../raw/budget/dongyue-culture-tourism-2026-budget.pdf",
    Cells([
        new_markdown_cell("## 读取\n\n*The standard tables found in the PDF.*"),
        new_code_cell('result = pipeline.run_budget(input_path, dataset=dataset, period=period)\n'
                      'lines = result.resources[0].frame\n'
                      'display(Markdown(f"**{result.title}**：{len(result.reports[\'identities\'][\'tables\'])} 张表，{len(lines)} 个数"))\n'
                      'show.budget_tables(result.reports["identities"])'),
        new_markdown_cell("## 勾稽关系\n\n*Accounting identities: checked, holding, and those that do not hold.*"),
        new_code_cell('show.identity_summary(result.reports["identities"])'),
        new_code_cell('show.identity_failures(result.reports["identities"])'),
        *validation("result.resources[0].schema"),
    ], after=[
        sources_heading("每张表的每一页：左侧为从页面上截取的表格（150 dpi，可滚动，可用浏览器放大），"
                        "右侧为从这一页读出并发布的数，按原表的行和列排列（金额已换算为元）；勾稽或校验未通过的数标红。"),
        new_code_cell('for block in show.budget_sources(result, input_path, published.get("budget-lines")):\n'
                      '    display(block)'),
        new_markdown_cell("## 图表：按功能分类（类）的支出\n\n*Chart: expenditure by function.*"),
        new_code_cell('fig = show.spending_by_class_chart(published.get("budget-lines", lines))'),
    ]),
)

GAZETTE = notebook(
    "政府公报：按篇拆分、元数据、发布",
    "按目录和页脚把一期公报拆成篇，解析每篇的文号、发文机关、成文日期、公开属性、主送和抄送，"
    "每篇一行发布。\n\n*Splits a gazette issue into its items and publishes one row per item.*",
    "../raw/gazette/dongyue-gazette-2026-11.pdf",
    Cells([
        new_markdown_cell("## 读取\n\n*The items found in the issue.*"),
        new_code_cell('result = pipeline.run_gazette(input_path, dataset=dataset, period=period)\n'
                      'items = result.resources[0].frame\n'
                      'display(Markdown(f"**{result.title}**：{len(items)} 篇；问题：{\'；\'.join(result.problems) or \'无\'}"))'),
        new_markdown_cell("## 各篇缺少的字段\n\n*Fields that could not be read, per item.*"),
        new_code_cell('show.missing_fields(items, ["doc_number", "issuer", "signed_date", "disclosure", "recipients", "cc"])'),
        *validation("result.resources[0].schema"),
    ], after=[
        sources_heading("每篇的页面（第一页自标题起，最后一页到下一篇之前，150 dpi）与读出并发布的字段并排。"),
        new_code_cell('for block in show.gazette_sources(result, input_path, published.get("gazette-items")):\n'
                      '    display(block)'),
        new_markdown_cell("## 图表：各发文机关的文件数\n\n*Chart: items per issuer.*"),
        new_code_cell('fig = show.items_per_issuer_chart(published.get("gazette-items", items))'),
    ]),
)

TABLE = notebook(
    "报表数据集：读取、校验、去标识化、发布",
    "读取科室报送的 XLSX、CSV 或 TSV 报表（标题行、跨行合并的表头、千分位数字、“2026年10月5日”式日期、"
    "表下的合计行和注释），按 `schema` 指定的 Table Schema 校验（含领域规则和报告期），按表结构声明去标识化"
    "（自然人姓名遮盖、身份证号删除；法人和个体工商户的名称、统一社会信用代码依公示规定保留），然后发布。\n\n"
    "*Reads an office's spreadsheet, validates it against the schema named by `schema`, "
    "de-identifies it as the schema declares and publishes it.*",
    "../raw/tables/administrative-penalties/dongyue-market-penalties-2026-10.xlsx",
    Cells([
        new_markdown_cell("## 读取\n\n表格在文件中的位置：表头、数据行，以及没有读入的标题行、合计行和注释。"
                          "\n\n*Where the table is in the file, and what was left out.*"),
        new_code_cell('result = pipeline.run_table(input_path, schema_name=schema, dataset=dataset, period=period, sheet=sheet)\n'
                      'table = result.resources[0]\n'
                      'display(Markdown(f"**{result.title}**：{len(table.frame)} 行，报告期 {result.period or \'未知\'}"))\n'
                      'show.table_summary(result)'),
        *validation("table.schema"),
        *deidentification("table.schema", k=True),
    ], after=[
        sources_heading("左侧为报送的原始表格（行号、列号与文件一致），右侧为写入 CSV 的数据，行号相同。"),
        new_code_cell('for block in show.table_sources(result, input_path, published.get(table.name)):\n'
                      '    display(block)'),
        new_markdown_cell("## 图表\n\n*Chart.*"),
        new_code_cell('fig = show.table_chart(published.get(table.name, table.frame), table.schema)'),
    ]),
    extra_params='\nschema = "administrative-penalties"   # Table Schema 名称 / schema name in schemas/\n'
                 'sheet = None         # 工作表名称；默认读入所有表头相符的工作表 / XLSX sheet, default: every sheet that fits',
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
