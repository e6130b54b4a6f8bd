"""What the batch says after a run: reasons in Chinese in report.md/html (which wraps), and run
records whose verdict is the batch's final decision, not the notebook's "staged"."""

from __future__ import annotations

import nbformat

from gongkai.batch.record import set_verdict
from gongkai.batch.report import reason_text, reason_zh, render_html, render_report


def test_frictionless_reasons_in_chinese_with_the_row_and_field():
    reason = ("ValidationFailed: /srv/out/.staging/fiscal-0123456789ab: package does not validate: "
              "type-error: The cell \"待核实\" in row at position \"6\" and field \"ytd_amount\" at "
              "position \"7\" has incompatible type: type is \"number/default\"; "
              "blank-row: Row at position \"9\" is completely blank")
    text = reason_zh(reason)
    assert text.startswith("数据包校验未通过")
    assert "第6行 字段 ytd_amount：类型不符（值“待核实”）" in text and "第9行：空行" in text
    assert "/srv/out" not in text and ".staging" not in text


def test_other_causes_and_chinese_reasons():
    assert reason_zh("InputError: raw/a.xlsx: file not found") == "输入文件无法使用：raw/a.xlsx: 文件不存在"
    assert reason_zh("Timeout: raw/a.pdf: the notebook ran longer than 900 s").startswith("运行超时")
    assert reason_zh("DeadKernelError: raw/a.pdf: the kernel died").startswith("笔记本内核中断")
    already = "校验未通过：1个错误（类型不符×1）；第6行 累计数 类型错误"
    assert reason_zh(already) == already
    assert reason_text({"reason": already}) == already
    english = "InputError: raw/a.xlsx: file not found"
    assert reason_text({"reason": english}).endswith(f"（原文：{english}）")


def _report(reason: str) -> dict:
    outcome = {"input": "/srv/raw/tables/x.csv", "key": "tables/x.csv", "kind": "table",
               "dataset": "x", "status": "refused", "seconds": 1.0, "reason": reason, "rows": {},
               "validation": {"valid": False, "errors": 1}, "deidentification": None,
               "ckan": None, "problems": []}
    return {"run_id": "r1", "raw": "raw", "out": "out", "inputs": 1, "executed": 1, "published": 0,
            "refused": 1, "failed": 0, "unchanged": 0, "interrupted": 0, "seconds": 2.0, "jobs": 1,
            "scheduler": None, "warnings": ["1 file(s) under the raw folder are no input: a.docx"],
            "outcomes": [outcome]}


def test_report_html_wraps_long_reasons_and_heads_columns_in_chinese():
    long = "校验未通过：" + "；".join(f"第{i}行 累计数 类型错误" for i in range(60))
    page = render_html(_report(long))
    assert "table-layout:fixed" in page and "overflow-wrap:anywhere" in page
    assert "<col style='width:24%'>" in page and "原因" in page and "输入文件" in page
    assert "a.docx" in page
    md = render_report(_report(long))
    assert "| 输入文件 |" in md and long in md


def _executed_notebook() -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    verdict = nbformat.v4.new_code_cell("show.verdict(outcome)")
    verdict.outputs = [nbformat.v4.new_output("display_data", data={
        "text/html": "<div class='gongkai-verdict' data-status='staged'>结论：已暂存</div>"})]
    nb.cells = [nbformat.v4.new_code_cell("x = 1"), verdict]
    return nb


def test_the_record_states_the_final_verdict():
    nb = _executed_notebook()
    set_verdict(nb, "refused", "x", ["校验未通过：第6行 累计数 类型错误"])
    html = str(nb.cells[-1].outputs)
    assert "data-status='refused'" in html and "已拒绝发布" in html and "第6行 累计数" in html
    assert "staged" not in html and len(nb.cells[-1].outputs) == 1
    set_verdict(nb, "published", "x")
    assert "已发布" in str(nb.cells[-1].outputs) and "已拒绝" not in str(nb.cells[-1].outputs)


def test_a_run_that_stopped_early_gets_its_verdict_appended():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("result = pipeline.run_table(...)")]
    set_verdict(nb, "refused", "x", ["输入文件无法使用：raw/x.xlsx: 文件不存在"])
    assert len(nb.cells) == 2 and "已拒绝发布" in str(nb.cells[-1].outputs)
