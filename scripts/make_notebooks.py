#!/usr/bin/env python3
"""Write notebooks/{listing,budget,gazette}.ipynb (thin: parameters, calls, displays).

The notebooks are generated so that all three share one shape; edit this script, rerun it, and
commit the notebooks. They hold no logic: every computation is a call into ``gongkai``.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

ROOT = Path(__file__).resolve().parents[1]

COMMON_PARAMS = '''# Parameters (papermill injects the batch's values below this cell).
# Secrets never go here: the pseudonymisation key comes from GONGKAI_PSEUDONYM_KEY.
input_path = "{input}"
out_dir = "../published"
dataset = None       # dataset name in the catalogue; default: the file name
period = None        # e.g. "2026-10"; default: read from the document
staging_dir = None   # set by the batch; when None this notebook publishes directly
run_id = None'''

SETUP = '''from pathlib import Path

import pandas as pd
from IPython.display import Image, Markdown, display

from gongkai import display as show
from gongkai import pipeline
from gongkai.notebook import finish

pd.set_option("display.max_colwidth", 60)
show.setup_cjk_fonts();'''


def notebook(title: str, intro: str, input_path: str, cells: list) -> nbformat.NotebookNode:
    params = new_code_cell(COMMON_PARAMS.format(input=input_path))
    params.metadata["tags"] = ["parameters"]
    nb = new_notebook(cells=[new_markdown_cell(f"# {title}\n\n{intro}"), params,
                             new_code_cell(SETUP)] + cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    return nb


LISTING = notebook(
    "城乡低保公示名单：抽取、校验、去标识化、发布",
    "Extracts the listing table from the PDF, validates it against `schemas/dibao-listing`, "
    "de-identifies it as the schema declares, and publishes the Data Package. Only de-identified "
    "values are shown here: this notebook is archived as the record of the run.",
    "../raw/listing/qinghe-street-dibao-2026-10.pdf",
    [
        new_code_cell('result = pipeline.run_listing(input_path, dataset=dataset, period=period)\n'
                      'listing = result.resources[0]\n'
                      'display(Markdown(f"**{result.title}** — {len(listing.frame)} rows, period {result.period}"))'),
        new_markdown_cell("## Validation (raw table against the schema)"),
        new_code_cell('show.validation_table(result.reports["validation"])'),
        new_markdown_cell("## De-identification: what was done to each field (counts only)"),
        new_code_cell('show.deid_table(result.reports["deidentification"])'),
        new_code_cell('pd.DataFrame(result.reports["deidentification"].get("undeclared_hits", []) or [{"result": "no personal data found outside declared fields"}])'),
        new_markdown_cell("## The table as it will be published"),
        new_code_cell('listing.frame.head(15)'),
        new_markdown_cell("## Publish"),
        new_code_cell('finish(result, out_dir, staging_dir=staging_dir, run_id=run_id)'),
    ],
)

BUDGET = notebook(
    "部门预算：表格抽取、勾稽关系校验、发布",
    "Finds the standard budget tables in the PDF, flattens their headers, joins 类/款/项 codes, "
    "converts every amount to yuan, checks the accounting identities, and publishes the tidy "
    "budget lines with the identity report.",
    "../raw/budget/dongyue-culture-tourism-2026-budget.pdf",
    [
        new_code_cell('result = pipeline.run_budget(input_path, dataset=dataset, period=period)\n'
                      'lines = result.resources[0].frame\n'
                      'tables = pd.DataFrame(result.reports["identities"]["tables"])\n'
                      'display(Markdown(f"**{result.title}** — {len(tables)} tables, {len(lines)} lines"))\n'
                      'tables'),
        new_markdown_cell("## Each table beside its source page"),
        new_code_cell('for t in result.reports["identities"]["tables"]:\n'
                      '    part = lines[lines["table"] == t["title"]]\n'
                      '    display(show.side_by_side(show.page_png(input_path, t["pages"][0]),\n'
                      '                              part[["code", "name", "measure", "amount", "page"]],\n'
                      '                              caption=f"{t[\'title\']} (pages {t[\'pages\']}, unit {t[\'unit\']})", max_rows=12))'),
        new_markdown_cell("## Accounting identities"),
        new_code_cell('ids = pd.DataFrame(result.reports["identities"]["results"])\n'
                      'display(Markdown(f"{len(ids)} identities checked, {int((~ids[\'ok\']).sum()) if len(ids) else 0} failed"))\n'
                      'ids.groupby("rule")["ok"].agg(["count", "sum"]).rename(columns={"count": "checked", "sum": "hold"}) if len(ids) else ids'),
        new_code_cell('ids[~ids["ok"]] if len(ids) else ids'),
        new_markdown_cell("## Spending by 类 (functional classification)"),
        new_code_cell('fig = show.spending_by_class_chart(lines)'),
        new_markdown_cell("## Validation and publish"),
        new_code_cell('show.validation_table(result.reports["validation"])'),
        new_code_cell('finish(result, out_dir, staging_dir=staging_dir, run_id=run_id)'),
    ],
)

GAZETTE = notebook(
    "政府公报：按篇拆分、元数据、发布",
    "Splits a gazette issue into its items (using the 目录 and the page footers), parses each "
    "item's 文号, issuers, 成文日期, disclosure, 主送 and 抄送, and publishes one row per item.",
    "../raw/gazette/dongyue-gazette-2026-11.pdf",
    [
        new_code_cell('result = pipeline.run_gazette(input_path, dataset=dataset, period=period)\n'
                      'items = result.resources[0].frame\n'
                      'display(Markdown(f"**{result.title}** — {len(items)} items; problems: {result.problems or \'none\'}"))\n'
                      'items[["seq", "title", "category", "doc_number", "issuer", "signed_date", "page_start", "page_end", "flags", "ocr_confidence"]]'),
        new_markdown_cell("## Which fields are missing where"),
        new_code_cell('fields = ["doc_number", "issuer", "signed_date", "disclosure", "recipients", "cc"]\n'
                      'items.set_index("title")[fields].isna().replace({True: "missing", False: ""})'),
        new_markdown_cell("## Each item's first page"),
        new_code_cell('for row in items.itertuples():\n'
                      '    display(Markdown(f"**{row.seq}. {row.title}** — pages {row.page_start}–{row.page_end}"))\n'
                      '    display(Image(show.page_png(input_path, int(row.page_start), resolution=40)))'),
        new_markdown_cell("## Validation and publish"),
        new_code_cell('show.validation_table(result.reports["validation"])'),
        new_code_cell('finish(result, out_dir, staging_dir=staging_dir, run_id=run_id)'),
    ],
)


def main() -> None:
    for name, nb in (("listing", LISTING), ("budget", BUDGET), ("gazette", GAZETTE)):
        path = ROOT / "notebooks" / f"{name}.ipynb"
        for index, cell in enumerate(nb.cells):  # stable ids: no diff noise on regeneration
            cell["id"] = f"{name}-{index:02d}"
        nbformat.validate(nb)
        nbformat.write(nb, path)
        print(path)


if __name__ == "__main__":
    main()
