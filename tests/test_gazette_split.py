"""The gazette splitter on the benchmark issues (varied layouts), on damaged issues that must
give flagged items, on the second family (Federal Register, from the corpus) and on bad files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from gongkai.errors import InputError
from gongkai.extract import gazette as gz
from gongkai.extract.gazette import pages as gz_pages
from gongkai.extract.gazette import strategies as gz_strategies
from gongkai.extract.gazette import (detect_family, list_families, load_family, parse_toc,
                                     reflow, split_gazette)
from gongkai.extract.layout import TextLine as Line
from samples.gazette import build_issue, build_issues, issue_layouts

from pdf_fixtures import encrypted_pdf, truncated_pdf

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT / "tests" / "truth" / "gazettes"
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_gazette import FIELDS, combine, score_issue  # noqa: E402

TEXT_LAYOUTS = [lay for lay in issue_layouts() if not lay.get("image_only")]


@pytest.fixture(scope="module")
def issues(tmp_path_factory):
    """Every text benchmark issue, generated once and split once."""
    folder = tmp_path_factory.mktemp("gazettes")
    out = {}
    for pdf, truth in build_issues(folder, None, include_scans=False):
        out[truth["file"][:-4]] = (truth, split_gazette(pdf), pdf)
    return out


def test_benchmark_layouts_cover_the_issue_list():
    layouts = issue_layouts()
    assert len(layouts) >= 12
    assert {lay["toc"] for lay in layouts} == {True, False}
    assert {lay["columns"] for lay in layouts} == {1, 2}
    assert {lay["script"] for lay in layouts} == {"simplified", "traditional"}
    assert sum(bool(lay.get("image_only")) for lay in layouts) >= 2
    assert {lay.get("scan_dpi") for lay in layouts if lay.get("image_only")} >= {150, 200}
    assert {lay["front"] for lay in layouts} == {"cover", "masthead", "cover_toc"}
    assert any(lay["printed_start"] > 1 for lay in layouts)  # continuous pagination over a volume
    assert {b for lay in layouts for b in lay["brackets"]} >= {"〔〕", "[]", "［］", "（）"}
    kinds = " ".join(k for lay in layouts for k in lay["kinds"])
    for feature in ("dept_joint2", "dept_joint3", "+table", "+fund", "office_measures", "+stacked", "decree",
                    "decree+nodate", "forward", "party_joint", "+print", "+zi", "+inline", "appoint_list"):
        assert feature in kinds


def test_committed_truth_is_current():
    """tests/truth/gazettes/ is what the generator makes now (python -m samples.gazette)."""
    for layout in issue_layouts():
        committed = TRUTH / f"{layout['stem']}.json"
        assert committed.exists(), f"{committed} missing: run python -m samples.gazette DIR tests/truth/gazettes"
        fresh = build_issue(layout, None)
        saved = json.loads(committed.read_text(encoding="utf-8"))
        assert saved["items"] == fresh["items"], f"{committed} is stale"
        assert saved["issue"] == fresh["issue"] and saved["printed_page_offset"] == fresh["printed_page_offset"]


@pytest.mark.parametrize("stem", [lay["stem"] for lay in TEXT_LAYOUTS])
def test_text_issue_meets_targets(issues, stem):
    truth, got, _ = issues[stem]
    score = score_issue(got["items"], truth["items"])
    assert score["f1"] >= 0.98, (score["missed"], score["extra"])
    for name in FIELDS:
        right, total = score["fields"][name]
        assert right == total, [e for e in score["errors"] if e["field"] == name]
    assert got["issue"] == truth["issue"]
    assert got["printed_page_offset"] == truth["printed_page_offset"]
    # the only flags: a decree dated by its preamble, a document the 目录 leaves out
    omitted = set(truth["layout"].get("toc_omit", []))
    for item, want in zip(got["items"], truth["items"]):
        allowed = {"date_from_preamble"} | ({"not_in_toc"} if want["seq"] in omitted else set())
        assert set(item["flags"]) <= allowed, (item["title"], item["flags"])
        assert ("not_in_toc" in item["flags"]) == (want["seq"] in omitted), item["title"]


def test_all_text_issues_together(issues):
    scores = [score_issue(got["items"], truth["items"]) for truth, got, _ in issues.values()]
    total = combine(scores)
    assert total["f1"] >= 0.98 and all(total["fields"][f] >= 0.97 for f in FIELDS)


def test_two_columns_read_in_order(issues):
    truth, got, _ = issues["dongyue-gazette-2026-14"]
    assert {p["columns"] for p in got["pages"] if p["role"] == "content"} == {2}
    for want, item in zip(truth["items"], got["items"]):
        first = want["text_first_sentence"].replace(" ", "")
        assert first[:24] in item["text"].replace("\n", ""), item["title"]
    # a line of the right column never lands inside a sentence of the left one
    assert all("2026年第14期" not in item["text"] for item in got["items"])


def test_metadata_fields(issues):
    truth, got, _ = issues["dongyue-gazette-2026-16"]  # traditional script
    assert got["issue"]["title"] == "東嶽省人民政府公報"
    by_title = {i["title"]: i for i in got["items"]}
    for want in truth["items"]:
        item = by_title[want["title"]]
        assert item["category"] == want["category"]
        for key in ("recipients", "disclosure", "cc"):
            assert (item[key] or "").rstrip("。") == (want[key] or "").rstrip("。"), (key, want["title"])
        if want["doc_number"]:
            assert item["doc_number_parsed"] == want["doc_number_parsed"]


def test_embedded_tables_over_pages(issues):
    truth, got, _ = issues["dongyue-gazette-2026-19"]
    for want in truth["items"]:
        if not want["has_table"]:
            continue
        item = next(i for i in got["items"] if i["title"] == want["title"])
        table = want["tables"][0]
        assert len(item["tables"]) == 1, want["title"]
        cells = item["tables"][0]["cells"]
        assert cells[0] == table["header"]
        assert cells[1:] == table["rows"]
        assert item["tables"][0]["pages"] == table["pages"]


def test_text_attachment_stays_in_its_item(issues):
    truth, got, _ = issues["dongyue-gazette-2026-19"]
    measures = [w for w in truth["items"] if w["has_text_attachment"]]
    assert measures
    for want in measures:
        item = next(i for i in got["items"] if i["title"] == want["title"])
        assert (item["page_start"], item["page_end"]) == (want["page_start"], want["page_end"])
        assert "第一条" in item["text"]


def test_failure_classes_of_unseen_issues(issues):
    """Decrees, 转发 notices with the forwarded text, party and government offices together,
    版记 印发 dates, 任免名单, 文号 of the 字 series: as the truth states them."""
    seen = set()
    for stem in ("dongyue-gazette-2026-24", "dongyue-gazette-2026-25", "dongyue-gazette-2026-27",
                 "dongyue-gazette-2026-28"):
        truth, got, _ = issues[stem]
        by_title = {fold_title(i["title"]): i for i in got["items"]}
        for want in truth["items"]:
            item = by_title[fold_title(want["title"])]
            seen.add(want["kind"])
            assert (item["doc_number"] or None) == (want["doc_number"] or None), want["title"]
            assert item["issuer"] == want["issuer"], want["title"]
            assert item["signed_date"] == want["signed_date"], want["title"]
            assert (item["page_start"], item["page_end"]) == (want["page_start"], want["page_end"]), want["title"]
            if want["kind"] == "decree":
                assert item["category"] == want["category"]
                assert "第一条" in gz.fold(item["text"])
            if want["kind"] in ("forward", "office_measures"):  # the carried text stays in the item
                assert "第一条" in gz.fold(item["text"]) or "意见" in gz.fold(item["text"])
    assert {"decree", "forward", "party_joint", "appoint_list", "office_measures", "dept_notice"} <= seen


def fold_title(title: str) -> str:
    return gz.fold(title).replace(" ", "").replace("\u3000", "")


# --- damaged issues: flagged items, never silently merged text ---------------------------------


def _variant(tmp_path, **options):
    layout = dict(issue_layouts()[0], **options)
    layout["stem"] += "-variant"
    truth = build_issue(layout, tmp_path / "variant.pdf")
    return truth, split_gazette(tmp_path / "variant.pdf")


def test_toc_title_differing_from_the_printed_one_is_flagged(tmp_path):
    truth, got = _variant(tmp_path, toc_misprint=[2])
    flagged = [i for i in got["items"] if i["flags"]]
    want = truth["items"][1]
    assert [(i["title"], i["flags"]) for i in flagged] == [(want["title"], ["title_mismatch"])]
    assert flagged[0]["extra"]["toc_title"] == "东岳省人民政府关于做好有关工作的通知"
    assert (flagged[0]["page_start"], flagged[0]["page_end"]) == (want["page_start"], want["page_end"])
    assert any("printed as" in p for p in got["problems"])
    # its neighbours keep their own pages and text
    assert [i["title"] for i in got["items"]] == [w["title"] for w in truth["items"]]
    assert [i["page_end"] for i in got["items"]] == [w["page_end"] for w in truth["items"]]


def test_toc_title_not_found_at_all_gives_flagged_item(tmp_path, monkeypatch):
    """No title on the page matches and none looks like one: the item is kept, flagged, with the
    pages from its 目录 page to the next item, rather than merged into the previous item."""
    truth, _ = _variant(tmp_path, toc_misprint=[2])
    monkeypatch.setattr(gz_strategies, "_is_item_title", lambda *a, **k: 0)
    got = split_gazette(tmp_path / "variant.pdf")
    flagged = [i for i in got["items"] if "title_not_found" in i["flags"]]
    want = truth["items"][1]
    assert len(flagged) == 1 and flagged[0]["title"] == "东岳省人民政府关于做好有关工作的通知"
    assert flagged[0]["page_start"] == want["page_start"] and flagged[0]["page_end"] == want["page_end"]
    assert any("title not found" in p for p in got["problems"])
    assert len(got["items"]) == len(truth["items"])


def test_item_missing_from_toc_is_split_and_flagged(tmp_path):
    truth, got = _variant(tmp_path, toc_omit=[3])
    want = truth["items"][2]
    flagged = [i for i in got["items"] if "not_in_toc" in i["flags"]]
    assert [i["title"] for i in flagged] == [want["title"]]
    assert (flagged[0]["page_start"], flagged[0]["page_end"]) == (want["page_start"], want["page_end"])
    assert flagged[0]["doc_number"] == want["doc_number"]


@pytest.mark.parametrize("toc", [True, False])
def test_untitled_text_before_first_item_flags_its_page_for_review(tmp_path, toc):
    """Never a placeholder item: the pages of text without a title are listed for review."""
    truth, got = _variant(tmp_path, preface=True, toc=toc)
    assert [i["title"] for i in got["items"]] == [w["title"] for w in truth["items"]]
    assert not any("未识别标题" in i["title"] or "untitled" in i["flags"] for i in got["items"])
    assert not any("本期公报刊登" in i["text"] for i in got["items"])
    first_page = truth["items"][0]["page_start"]
    review = got["pages_for_review"]
    assert [r["page"] for r in review] == [first_page]
    assert review[0]["reason"].startswith("text before the first item without a recognisable title")


def test_encrypted_and_truncated_issues(tmp_path):
    encrypted_pdf(tmp_path / "locked.pdf")
    with pytest.raises(InputError, match="encrypted"):
        split_gazette(tmp_path / "locked.pdf")
    layout = dict(issue_layouts()[0])
    build_issue(layout, tmp_path / "whole.pdf")
    truncated_pdf(tmp_path / "cut.pdf", tmp_path / "whole.pdf")
    with pytest.raises(InputError) as info:
        split_gazette(tmp_path / "cut.pdf")
    assert "cut.pdf" in str(info.value) and ("truncated" in str(info.value) or "cannot be read" in str(info.value))


def test_scan_without_ocr_is_a_clear_error(tmp_path):
    layout = dict(issue_layouts()[0], image_only=True, scan_dpi=72)
    build_issue(layout, tmp_path / "scan.pdf")
    with pytest.raises(InputError, match="no text layer"):
        split_gazette(tmp_path / "scan.pdf", ocr=False)


# --- families ----------------------------------------------------------------------------------


def test_families_are_data():
    names = list_families()
    assert {"cn-provincial", "us-federal-register"} <= set(names)
    for name in names:
        fam = load_family(name)
        assert fam["name"] == name and fam["split"] and fam["item_parser"] in gz.ITEM_PARSERS
    with pytest.raises(ValueError, match="unknown gazette family"):
        load_family("no-such-family")
    assert detect_family("Federal Register / Vol. 85, No. 152 / Thursday")["name"] == "us-federal-register"
    assert detect_family("东岳省人民政府公报 2026年第11期")["name"] == "cn-provincial"
    assert detect_family("東嶽省人民政府公報")["name"] == "cn-provincial"


def test_family_from_a_yaml_file(tmp_path, issues):
    """A family of one's own: the same rules under another name, with another 文号 prefix list."""
    fam = dict(load_family("cn-provincial"), name="my-province", doc_number_prefixes=["岳"])
    path = tmp_path / "my-province.yaml"
    import yaml

    path.write_text(yaml.safe_dump(fam, allow_unicode=True), encoding="utf-8")
    truth, _, pdf = issues["dongyue-gazette-2026-12"]
    got = split_gazette(pdf, family=path)
    assert got["family"] == "my-province"
    assert [i["title"] for i in got["items"]] == [w["title"] for w in truth["items"]]


@pytest.fixture(scope="module")
def federal_register():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from common import corpus_dir

    corpus = corpus_dir()
    pdf = corpus / "pdfplumber" / "federal-register-2020-17221.pdf" if corpus else None
    if pdf is None or not pdf.exists():
        pytest.skip("corpus not found (set GONGKAI_CORPUS or put it at ../shared/corpus)")
    return split_gazette(pdf), json.loads((TRUTH / "federal-register-2020-17221.json").read_text(encoding="utf-8"))


@pytest.mark.corpus
def test_federal_register_items_with_fr_doc_numbers(federal_register):
    got, truth = federal_register
    assert got["family"] == "us-federal-register"
    assert got["issue"] == truth["issue"]
    assert got["printed_page_offset"] == truth["printed_page_offset"]
    assert {p["columns"] for p in got["pages"][:6]} == {3}
    score = score_issue(got["items"], truth["items"])
    assert score["f1"] == 1.0
    assert all(r == t for r, t in score["fields"].values())
    first, second = got["items"]
    assert first["doc_number"] == "2020-17221" and first["doc_number_parsed"]["serial"] == 17221
    assert first["extra"]["docket"] == truth["items"][0]["docket"]
    assert first["extra"]["action"] == truth["items"][0]["action"]
    assert first["text"].rstrip().endswith("[FR Doc. 2020–17221 Filed 8–5–20; 8:45 am]")
    assert "BILLING CODE" not in first["text"] and "VerDate" not in first["text"]
    assert second["flags"] == ["incomplete"] and second["doc_number"] is None
    assert any("no end marker" in p for p in got["problems"])


# --- small parts -------------------------------------------------------------------------------


def _line(text, x0=100.0, size=12.0, top=0.0, page=2):
    return Line(page, top, top + size, x0, x0 + size * len(text), size, text)


def test_toc_by_page_numbers_and_by_indent():
    lines = [_line("目  录", 250, 22), _line("2026年第3期（总第303期）", 200, 11),
             _line("省政府文件", 76, 14),
             _line("东岳省人民政府关于加强农村饮水安全保障工作的通知（岳政发", 100),
             _line("〔2026〕8号）……………………………… 1", 112),
             _line("部门文件", 76, 14),
             _line("东岳省财政厅关于规范专项资金管理的通知…………………… 5", 100)]
    entries = parse_toc(lines)
    assert [(e["title"], e["doc_number"], e["printed_page"], e["category"]) for e in entries] == [
        ("东岳省人民政府关于加强农村饮水安全保障工作的通知", "岳政发〔2026〕8号", 1, "省政府文件"),
        ("东岳省财政厅关于规范专项资金管理的通知", None, 5, "部门文件")]
    # OCR lost the leaders and most page numbers: entries are told apart by their indent
    ocr = [_line("省政府文件", 76, 14), _line("东岳省人民政府关于加强农村饮水安全保障工作的通知(岳政发", 100),
           _line("[2026]8号)wwwwooo", 112), _line("东岳省人民政府关于同意设立湿地保护区的批复", 100),
           _line("部门文件", 76, 14), _line("东岳省财政厅关于规范专项资金管理的通知  5", 100)]
    entries = parse_toc(ocr)
    assert [(e["title"], e["printed_page"]) for e in entries] == [
        ("东岳省人民政府关于加强农村饮水安全保障工作的通知", None),
        ("东岳省人民政府关于同意设立湿地保护区的批复", None),
        ("东岳省财政厅关于规范专项资金管理的通知", 5)]


def test_columns_become_reading_order():
    """Two columns of words with misaligned rows and a full-width title: left column first."""
    def word(x0, x1, top, bottom, text, size):
        return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "text": text, "size": size}

    words = [word(60, 540, 60, 78, "两栏之上的通栏标题", 18)]
    for k in range(20):
        words.append(word(60, 290, 100 + 16 * k, 112 + 16 * k, f"左{k:02d}" + "字" * 20, 12))
        words.append(word(310, 540, 106 + 16 * k, 118 + 16 * k, f"右{k:02d}" + "字" * 20, 12))
    page = gz_pages._Page(1, 600, 800, words)
    page.gutters = gz_pages._find_gutters(page.words, page.width)
    assert len(page.gutters) == 1 and 290 <= page.gutters[0][0] < page.gutters[0][1] <= 310
    texts = [ln.text[:3] for ln in gz_pages._layout(page)]
    assert texts[0] == "两栏之"
    assert texts[1:] == [f"左{k:02d}" for k in range(20)] + [f"右{k:02d}" for k in range(20)]


def test_reflow_joins_wrapped_lines_only():
    def ln(text, x0, x1):
        return Line(3, 0, 12, x0, x1, 12.0, text, col_left=76.0, col_right=520.0)

    lines = [ln("各市人民政府：", 76, 160), ln("为了做好工作，现将有关", 100, 520), ln("事项通知如下。", 76, 160),
             ln("东岳省人民政府", 420, 505), ln("2026年6月1日", 430, 497)]
    assert reflow(lines) == "各市人民政府：\n为了做好工作，现将有关事项通知如下。\n东岳省人民政府\n2026年6月1日"
