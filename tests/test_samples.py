"""The synthetic sample PDFs: determinism, extractable text, and truth that matches the pages."""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest

from samples import OUTPUTS, FontMissingError, generate
from gongkai.identifiers import luhn_valid, resident_id_valid
from samples.layout import font_path

REPO = Path(__file__).resolve().parent.parent
REPO_TRUTH = REPO / "tests" / "truth"
CJK = re.compile(r"[\u4e00-\u9fff]")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    """Generate once into a temporary tree; open each PDF once and cache page texts."""
    base = tmp_path_factory.mktemp("samples-a")
    pdfs = generate(base / "raw", base / "truth")
    out = {"base": base, "pdfs": pdfs}
    for (sub, stem, _build), pdf in zip(OUTPUTS, pdfs):
        truth = json.loads((base / "truth" / f"{stem}.json").read_text(encoding="utf-8"))
        with pdfplumber.open(pdf) as doc:
            pages = []
            for page in doc.pages:
                pages.append({
                    "text": page.extract_text() or "",
                    "tables": [t.extract() for t in page.find_tables()],
                    "words": page.extract_words(),
                    "height": float(page.height),
                })
        out[sub] = {"pdf": pdf, "truth": truth, "pages": pages}
    return out


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def table_body(pages: list[dict], page_numbers: list[int], n_header: int) -> list[list[str]]:
    """Rows of the (single) ruled table on each listed page, header rows dropped, cells cleaned."""
    rows = []
    for pno in page_numbers:
        tables = pages[pno - 1]["tables"]
        assert len(tables) == 1, f"page {pno}: expected one ruled table, found {len(tables)}"
        for row in tables[0][n_header:]:
            rows.append([(c or "").replace("\n", "") for c in row])
    return rows


# ---------------------------------------------------------------------------------------------
# all three
# ---------------------------------------------------------------------------------------------


def test_outputs_exist_with_contract_names(samples):
    base = samples["base"]
    expected = [
        base / "raw/gazette/dongyue-gazette-2026-11.pdf",
        base / "raw/budget/dongyue-culture-tourism-2026-budget.pdf",
        base / "raw/listing/qinghe-street-dibao-2026-10.pdf",
    ]
    assert samples["pdfs"] == expected
    for name in ("dongyue-gazette-2026-11", "dongyue-culture-tourism-2026-budget", "qinghe-street-dibao-2026-10"):
        assert (base / "truth" / f"{name}.json").is_file()


def test_deterministic(samples, tmp_path):
    pdfs = generate(tmp_path / "raw", tmp_path / "truth")
    for a, b in zip(samples["pdfs"], pdfs):
        assert sha256(a) == sha256(b), f"{a.name} differs between two runs"
    for _sub, stem, _ in OUTPUTS:
        assert (samples["base"] / "truth" / f"{stem}.json").read_bytes() == (tmp_path / "truth" / f"{stem}.json").read_bytes()


def test_committed_truth_is_current(samples):
    """tests/truth/ must be what the generator makes now (run scripts/make_samples.py after edits)."""
    for _sub, stem, _ in OUTPUTS:
        committed = REPO_TRUTH / f"{stem}.json"
        if not committed.exists():
            pytest.skip("tests/truth not generated yet")
        fresh = (samples["base"] / "truth" / f"{stem}.json").read_text(encoding="utf-8")
        assert committed.read_text(encoding="utf-8") == fresh, f"{committed} is stale: run scripts/make_samples.py"


@pytest.mark.parametrize("kind", ["gazette", "budget", "listing"])
def test_every_page_extracts_cjk_without_cid(samples, kind):
    doc = samples[kind]
    assert doc["truth"]["pages"] == len(doc["pages"])
    for i, page in enumerate(doc["pages"], start=1):
        assert "(cid:" not in page["text"], f"{kind} page {i} has unmapped glyphs"
        assert CJK.search(page["text"]), f"{kind} page {i} has no CJK text"


def test_missing_font_gives_setup_hint(monkeypatch, tmp_path):
    monkeypatch.setenv("GONGKAI_CJK_FONT", str(tmp_path / "no-such-font.ttc"))
    with pytest.raises(FontMissingError, match="setup-system.sh"):
        font_path()


# ---------------------------------------------------------------------------------------------
# gazette
# ---------------------------------------------------------------------------------------------


def test_gazette_structure(samples):
    g = samples["gazette"]
    truth, pages = g["truth"], g["pages"]
    assert truth["pages"] >= 8
    assert truth["issue"] == {"title": "东岳省人民政府公报", "year": 2026, "number": 11, "total_number": 311,
                              "date": "2026-06-10"}
    off = truth["printed_page_offset"]
    assert off == 2
    assert "2026年第11期" in pages[0]["text"] and "总第311期" in pages[0]["text"]
    assert flat(pages[1]["text"]).startswith("目录")
    for pno in truth["content_pages"]:
        page = pages[pno - 1]
        lines = page["text"].splitlines()
        assert lines[0] == "东岳省人民政府公报 2026年第11期", f"running header on page {pno}"
        assert lines[-1] == f"· {pno - off} ·", f"footer on page {pno}"
        header_words = [w for w in page["words"] if w["text"] == "东岳省人民政府公报"]
        assert header_words and header_words[0]["top"] < 60
        footer_words = [w for w in page["words"] if w["text"] == str(pno - off)]
        assert footer_words and footer_words[-1]["bottom"] > page["height"] - 60
    # cover and 目录 carry no page number footer
    for pno in (1, 2):
        assert not re.search(r"·\s*\d+\s*·", pages[pno - 1]["text"])


def test_gazette_items_match_pages(samples):
    g = samples["gazette"]
    truth, pages = g["truth"], g["pages"]
    items = truth["items"]
    assert len(items) >= 6
    assert {i["category"] for i in items} == {"省政府文件", "省政府办公厅文件", "部门文件", "人事任免", "政策解读"}
    assert any(i["starts_mid_page"] for i in items)
    assert any(i["page_end"] > i["page_start"] for i in items)
    prev_end = 0
    for it in items:
        assert it["printed_page_start"] == it["page_start"] - truth["printed_page_offset"]
        assert it["printed_page_end"] == it["page_end"] - truth["printed_page_offset"]
        assert it["page_start"] >= prev_end and it["page_end"] >= it["page_start"]
        assert it["starts_mid_page"] == (it["page_start"] == prev_end)
        prev_end = it["page_end"]
        start_text = pages[it["page_start"] - 1]["text"]
        for line in it["title_lines"]:
            assert line in start_text.splitlines(), f"title line {line!r} not on page {it['page_start']}"
        assert "".join(it["title_lines"]) == it["title"]
        span = flat("".join(pages[p - 1]["text"] for p in range(it["page_start"], it["page_end"] + 1)))
        assert flat(it["text_first_sentence"]) in span
        if it["doc_number"]:
            assert it["doc_number"] in start_text
            p = it["doc_number_parsed"]
            assert re.sub(r"\D", "", it["doc_number"]).startswith(str(p["year"]))
            assert it["doc_number"].startswith(p["agency_code"]) and it["doc_number"].endswith(f"{p['serial']}号")
        else:
            assert it["doc_number_parsed"] is None
        end_text = pages[it["page_end"] - 1]["text"]
        if it["cc"]:
            assert flat("抄送：" + it["cc"]) in flat(end_text)
        if it["recipients"]:
            assert flat(it["recipients"] + "：") in flat(start_text)
        if it["signature_page"] is None:
            assert not it["issuer"] and not it["signed_date"] and not it["disclosure"]
            continue
        assert it["page_start"] <= it["signature_page"] <= it["page_end"]
        sig_text = pages[it["signature_page"] - 1]["text"]
        if it["signed_date_printed"]:
            assert it["signed_date_printed"] in sig_text
        if it["disclosure"]:
            assert f"（{it['disclosure']}）" in flat(sig_text)
        for name in it["issuer"]:
            assert name in sig_text
    joint = [i for i in items if len(i["issuer"]) > 1]
    assert joint and joint[0]["signed_date_printed"] == "二〇二六年五月二十日"
    assert {i["doc_number"] for i in items} >= {"岳政发〔2026〕8号", "岳政办发〔2026〕15号", "岳财社〔2026〕21号",
                                                 "岳政字[2026]31号"}


def test_gazette_toc_and_embedded_table(samples):
    g = samples["gazette"]
    truth, pages = g["truth"], g["pages"]
    toc_text = flat(pages[1]["text"])
    for entry in truth["toc"]:
        assert flat(entry["text"]) in toc_text
        item = truth["items"][entry["seq"] - 1]
        assert entry["printed_page"] == item["printed_page_start"]
    for section in ("省政府文件", "省政府办公厅文件", "部门文件", "人事任免", "政策解读"):
        assert section in pages[1]["text"].splitlines()
    tabled = [i for i in truth["items"] if i["has_table"]]
    assert len(tabled) == 1
    table = tabled[0]["table"]
    extracted = []
    for pno in table["pages"]:
        for t in pages[pno - 1]["tables"]:
            extracted += [[(c or "").replace("\n", "") for c in row] for row in t]
    assert extracted[0] == table["header"]
    assert [r for r in extracted if r != table["header"]] == table["rows"]


# ---------------------------------------------------------------------------------------------
# budget
# ---------------------------------------------------------------------------------------------


def test_budget_tables_match_pages(samples):
    b = samples["budget"]
    truth, pages = b["truth"], b["pages"]
    titles = [t["title"] for t in truth["tables"]]
    assert titles == ["部门财务收支预算总表", "部门收入预算总表", "部门支出预算总表", "一般公共预算支出功能分类预算表",
                      "“三公”经费预算表"]
    assert any(len(t["pages"]) >= 2 for t in truth["tables"])
    for t in truth["tables"]:
        first = pages[t["pages"][0] - 1]["text"]
        assert t["title"] in first and "编制部门：东岳市文化和旅游局" in first and f"单位：{t['unit']}" in first
        assert t["unit_factor"] == {"元": 1, "万元": 10000}[t["unit"]]
        assert len(t["columns"]) == len(t["header_rows"][0]) == len(t["rows"][0])
        # the header is repeated on every page, and body rows read back exactly as recorded
        for pno in t["pages"]:
            header = [[(c or "").replace("\n", "") for c in row] for row in pages[pno - 1]["tables"][0][: len(t["header_rows"])]]
            for printed, expected in zip(header, t["header_rows"]):
                # pdfplumber gives a spanning cell's text once (None elsewhere); truth repeats it
                assert any(printed), f"empty header row on page {pno}"
                for got, want in zip(printed, expected):
                    assert not got or got == want, (pno, got, want)
        assert table_body(pages, t["pages"], len(t["header_rows"])) == t["rows"]
    split = next(t for t in truth["tables"] if t["title"] == "部门支出预算总表")
    assert split["columns"][:3] == ["功能分类科目编码/类", "功能分类科目编码/款", "功能分类科目编码/项"]
    assert len(split["pages"]) >= 2 and len(split["rows"]) >= 40


def _amounts(truth: dict, table: str) -> dict[tuple, Decimal]:
    return {(ln["code"], ln["name"], ln["measure"]): Decimal(ln["amount_yuan"]) for ln in truth["lines"]
            if ln["table"] == table}


@pytest.mark.parametrize("table", ["部门支出预算总表", "一般公共预算支出功能分类预算表"])
def test_budget_identities(samples, table):
    truth = samples["budget"]["truth"]
    lines = [ln for ln in truth["lines"] if ln["table"] == table]
    amt = {(ln["code"], ln["measure"]): Decimal(ln["amount_yuan"]) for ln in lines}
    codes = sorted({ln["code"] for ln in lines if ln["code"]})
    for code in codes:
        assert amt[(code, "合计")] == amt[(code, "基本支出")] + amt[(code, "项目支出")]
        children = [c for c in codes if len(c) == len(code) + 2 and c.startswith(code)]
        if len(code) < 7:
            assert children, f"{code} has no children"
            for m in ("合计", "基本支出", "项目支出"):
                assert amt[(code, m)] == sum(amt[(c, m)] for c in children), (code, m)
    for m in ("合计", "基本支出", "项目支出"):
        assert amt[(None, m)] == sum(amt[(c, m)] for c in codes if len(c) == 3)
    for ln in lines:
        if ln["code"]:
            assert ln["level"] == {3: 1, 5: 2, 7: 3}[len(ln["code"])]
        if ln["printed_amount_yuan"] is not None:
            tolerance = Decimal(ln["unit_factor"]) / 200  # half of the last printed digit
            assert abs(Decimal(ln["printed_amount_yuan"]) - Decimal(ln["amount_yuan"])) <= tolerance
        else:
            assert Decimal(ln["amount_yuan"]) == 0


def test_budget_totals_consistent_across_tables(samples):
    truth = samples["budget"]["truth"]
    tot = truth["totals"]
    assert tot["income_total_yuan"] == tot["expenditure_total_yuan"]
    exp = _amounts(truth, "部门支出预算总表")
    assert exp[(None, "合计", "合计")] == Decimal(tot["expenditure_total_yuan"])
    gen = _amounts(truth, "一般公共预算支出功能分类预算表")
    assert gen[(None, "合计", "合计")] == Decimal(tot["general_budget_yuan"])
    summary = next(t for t in truth["tables"] if t["title"] == "部门财务收支预算总表")
    last = summary["rows"][-1]
    assert last[0] == "收入总计" and last[2] == "支出总计" and last[1] == last[3]
    income = next(t for t in truth["tables"] if t["title"] == "部门收入预算总表")
    assert income["rows"][0][1] == "合计" and income["rows"][0][2] == last[1]
    for d in truth["rounding_differences"]:
        assert abs(Decimal(d["difference"])) <= Decimal("0.05")
    zero_styles = {t["zero_printed_as"] for t in truth["tables"]}
    assert {"-", ""} <= zero_styles


# ---------------------------------------------------------------------------------------------
# listing
# ---------------------------------------------------------------------------------------------


def test_listing_rows_match_pages(samples):
    s = samples["listing"]
    truth, pages = s["truth"], s["pages"]
    assert len(truth["rows"]) >= 60 and truth["pages"] >= 3
    assert len(truth["table_pages"]) >= 3
    for pno in truth["table_pages"]:
        header = [(c or "").replace("\n", "") for c in pages[pno - 1]["tables"][0][0]]
        assert header == truth["columns"], f"header not repeated on page {pno}"
    assert table_body(pages, truth["table_pages"], 1) == truth["rows"]
    last = pages[truth["pages"] - 1]["text"]
    assert f"监督举报电话：{truth['hotline']}" in last and truth["publisher"] in last
    assert truth["closing_page"] == truth["pages"] == truth["table_pages"][-1]


def test_listing_personal_values(samples):
    truth = samples["listing"]["truth"]
    pv, norm = truth["personal_values"], truth["personal_values_normalized"]
    ids = pv["resident_ids"]
    assert len(ids) >= 64 and len(set(ids)) == len(ids)
    assert all(resident_id_valid(i) for i in ids)
    assert sum(i.endswith("X") for i in ids) >= 3
    for rid in ids:
        assert rid[:4] in ("3701", "3709") and 1940 <= int(rid[6:10]) <= 2005
    assert pv["bank_cards"] and all(luhn_valid(c) and 16 <= len(re.sub(r"\D", "", c)) <= 19 for c in pv["bank_cards"])
    phone = re.compile(r"^(1[3-9]\d{9}|1[3-9]\d-\d{4}-\d{4}|1[3-9]\d \d{4} \d{4}|0538-8\d{6})$")
    assert all(phone.match(p) for p in pv["phones"]), [p for p in pv["phones"] if not phone.match(p)]
    assert {"-" in p for p in pv["phones"]} == {True, False} and any(" " in p for p in pv["phones"])
    assert any(p.startswith("0538-") for p in pv["phones"])
    assert truth["hotline"] not in pv["phones"]
    assert re.sub(r"\D", "", truth["hotline"]) not in norm["phones"]
    # every planted value is printed somewhere in the table
    cells = "\n".join("\t".join(r) for r in truth["rows"])
    for key in ("names", "resident_ids", "phones", "bank_cards", "addresses"):
        for v in pv[key]:
            assert v in cells, (key, v)
    remarks = [truth["rows"][n - 1][8] for n in truth["rows_with_personal_remarks"]]
    assert len(remarks) >= 10
    assert sum(bool(re.search(r"\d{6}(19|20)\d{2}", r)) for r in remarks) >= 2  # IDs inside 备注
    assert len(pv["names"]) > len(truth["rows"])  # names inside 备注 too
