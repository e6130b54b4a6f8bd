"""On the real PDFs of the shared corpus (skipped, with the reason, when it is absent)."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from common import corpus_dir  # noqa: E402

CORPUS = corpus_dir()
needs_corpus = pytest.mark.skipif(
    CORPUS is None, reason="corpus not found: set GONGKAI_CORPUS or put it at ../shared/corpus")

pytestmark = [pytest.mark.corpus, needs_corpus]


def _budget(name):
    from gongkai.extract.budget import budget_frame, check_identities

    lines, classified, info = budget_frame(CORPUS / "cn_budget" / name)
    return lines, classified, check_identities(lines)


def test_modified_final_accounts_fail_where_the_errors_were_planted():
    _, classified, results = _budget("MODIFIED_finance_bureau_2024_test_problem_version.pdf")
    failed = {(r["rule"], r["page"]) for r in results if not r["ok"]}
    assert ("standard table present", 2) in failed          # 支出决算表 listed in the 目录, absent
    assert ("说明 = 表", 18) in failed                       # 收入支出总计 stated as 0 万元
    assert ("heading year = fiscal year", 18) in failed      # 2023年度…情况说明 in a 2024 document
    assert not any(rule.startswith("parent") or rule.startswith("合计") for rule, _ in failed)


def test_clean_twin_tables_all_add_up():
    _, classified, results = _budget("finance_bureau_2024_final_accounts.pdf")
    assert len([bt for bt in classified if bt.kind]) == 9
    table_rules = [r for r in results if r["rule"] not in ("说明 = 表",)]
    assert [r for r in table_rules if not r["ok"]] == []
    # the one finding left is real: page 21 of the published PDF states 财政拨款收入支出总计0.3万元
    text = [r for r in results if r["rule"] == "说明 = 表" and not r["ok"]]
    assert [(r["page"], r["actual"]) for r in text] == [(21, "3000.0")]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["commerce_committee_2025_dept_budget.pdf",
                                  "district_office_2025_unit_budget.pdf",
                                  "wanli_street_2024_dept_budget.pdf"])
def test_budgets_every_standard_table_and_every_check(name):
    _, classified, results = _budget(name)
    assert len({bt.kind for bt in classified if bt.kind}) == 9
    assert all(bt.table.unit in ("元", "万元") for bt in classified)
    assert results and all(r["ok"] for r in results), [r for r in results if not r["ok"]][:3]


@pytest.mark.slow
def test_icdar_eu_document_averaged_f1():
    from icdar import documents, load_ground_truth, score_document

    from gongkai.extract.tables import extract_tables

    scores = []
    for name, pdf, xml in documents(CORPUS / "icdar2013" / "eu"):
        tables, _ = extract_tables(pdf)
        detected = [cells for t in tables for cells in t.structure_by_page().values()]
        scores.append(score_document(detected, [t.cells for t in load_ground_truth(xml)]).f1)
    assert sum(scores) / len(scores) >= 0.90
