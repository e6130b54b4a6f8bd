"""The extractors on the project's own samples, scored against their ground truth."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from gongkai.extract.budget import budget_frame, check_identities
from gongkai.extract.gazette import split_gazette
from gongkai.extract.listing import listing_frame
from gongkai.validate.schema import load_schema

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT / "tests" / "truth"
GAZETTE = ROOT / "raw" / "gazette" / "dongyue-gazette-2026-11.pdf"
BUDGET = ROOT / "raw" / "budget" / "dongyue-culture-tourism-2026-budget.pdf"
LISTING = ROOT / "raw" / "listing" / "qinghe-street-dibao-2026-10.pdf"


def truth(name):
    return json.loads((TRUTH / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def gazette():
    return split_gazette(GAZETTE), truth("dongyue-gazette-2026-11")


def test_gazette_issue_metadata(gazette):
    got, want = gazette
    assert got["issue"] == want["issue"]
    assert got["printed_page_offset"] == want["printed_page_offset"]
    assert got["problems"] == []


FIELDS = ["title", "category", "doc_number", "doc_number_parsed", "issuer", "signed_date",
          "disclosure", "recipients", "page_start", "page_end", "printed_page_start",
          "printed_page_end"]


@pytest.mark.parametrize("field", FIELDS + ["cc"])
def test_gazette_items_field_by_field(gazette, field):
    got, want = gazette
    assert len(got["items"]) == len(want["items"])

    def norm(value):
        return value.rstrip("。") if isinstance(value, str) else value

    assert [norm(i.get(field)) for i in got["items"]] == [norm(i.get(field)) for i in want["items"]]


def test_gazette_item_text_and_tables(gazette):
    got, want = gazette
    for g, w in zip(got["items"], want["items"]):
        first = w["text_first_sentence"].replace(" ", "")
        assert first[:20] in g["text"].replace("\n", ""), g["title"]
        assert bool(g["tables"]) == w["has_table"], g["title"]
        if w["has_table"]:
            cells = g["tables"][0]["cells"]
            assert cells[0] == w["table"]["header"]
            assert cells[1:] == w["table"]["rows"]
        # running headers and page numbers are not content
        assert "东岳省人民政府公报 2026年第11期" not in g["text"]


def test_listing_rows_match_truth():
    want = truth("qinghe-street-dibao-2026-10")
    frame, meta = listing_frame(LISTING, load_schema("dibao-listing"))
    assert list(frame.columns) == ["seq", "head_of_household", "resident_id", "phone", "community",
                                   "address", "household_size", "amount", "remarks",
                                   "supervision_hotline"]
    assert frame.drop(columns="supervision_hotline").astype(str).values.tolist() == want["rows"]
    assert set(frame["supervision_hotline"]) == {want["hotline"]}
    assert meta["period"] == want["period"]
    assert meta["table"]["pages"] == want["table_pages"]
    assert meta["hotline"] == want["hotline"]


@pytest.fixture(scope="module")
def budget():
    return budget_frame(BUDGET), truth("dongyue-culture-tourism-2026-budget")


def test_budget_every_table_found_with_title_unit_pages(budget):
    (lines, classified, _), want = budget
    got = [(bt.title, bt.table.unit, bt.table.pages) for bt in classified]
    assert got == [(t["title"], t["unit"], t["pages"]) for t in want["tables"]]
    assert all(bt.kind for bt in classified)
    assert {bt.fiscal_year for bt in classified} == {want["fiscal_year"]}
    assert {bt.department for bt in classified} == {want["department"]}


def test_budget_tables_cells_match_truth(budget):
    (_, classified, _), want = budget
    for bt, table in zip(classified, want["tables"]):
        assert bt.table.columns() == table["columns"], bt.title
        assert bt.table.body == table["rows"], bt.title
        assert bt.table.body_pages == table["row_pages"], bt.title


def test_budget_lines_match_truth(budget):
    (lines, _, _), want = budget
    got = {(t, c if isinstance(c, str) else "", n, m): a for t, c, n, m, a in
           zip(lines["table"], lines["code"], lines["name"], lines["measure_path"], lines["amount"])}
    for line in want["lines"]:
        key = (line["table"], line["code"] or "", line["name"], line["measure_path"])
        assert key in got, key
        assert got[key] == Decimal(line["printed_amount_yuan"] or "0"), key


def test_budget_identities_all_hold_on_the_sample(budget):
    (lines, _, _), _ = budget
    results = check_identities(lines)
    rules = {r["rule"] for r in results}
    assert {"parent = sum of children", "合计 = 基本支出 + 项目支出", "收入总计 = 支出总计"} <= rules
    assert all(r["ok"] for r in results), [r for r in results if not r["ok"]][:3]
