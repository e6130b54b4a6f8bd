"""The OCR path: a small image-only issue (pages rendered to images, no text layer) goes through
Tesseract and the same splitter. Needs the Debian packages tesseract-ocr and
tesseract-ocr-chi-sim (scripts/setup-system.sh installs them)."""

from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber
import pytest

from gongkai.extract import ocr
from gongkai.extract.gazette import split_gazette
from samples.gazette import MINI_SCAN_LAYOUT, build_issue

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_gazette import score_issue  # noqa: E402

pytestmark = pytest.mark.skipif(not ocr.tesseract_available("chi_sim"),
                                reason=ocr.tesseract_status("chi_sim") or "")


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    pdf = tmp_path_factory.mktemp("scan") / "mini-scan.pdf"
    truth = build_issue(MINI_SCAN_LAYOUT, pdf)
    return pdf, truth


def test_fixture_has_no_text_layer(scanned):
    pdf, truth = scanned
    with pdfplumber.open(pdf) as doc:
        assert len(doc.pages) == truth["pages"] == 2
        assert all(not page.chars for page in doc.pages)
        assert all(page.images for page in doc.pages)


def test_tsv_words_become_boxes_in_points(scanned):
    pdf, _ = scanned
    page = ocr.ocr_page(pdf, 1, "chi_sim", dpi=150)
    assert page.words and 0 < page.confidence <= 100
    assert all(0 <= w.x0 < w.x1 <= page.width + 1 and 0 <= w.top < w.bottom <= page.height + 1 for w in page.words)
    text = "".join(w.text for w in page.words)
    assert "公报" in text


def test_scanned_issue_is_split_like_a_text_one(scanned):
    pdf, truth = scanned
    got = split_gazette(pdf, ocr_languages=["chi_sim"])
    assert got["ocr"]["pages"] == [1, 2] and got["ocr"]["language"] == "chi_sim"
    assert all(p["ocr"] and p["ocr_confidence"] > 60 for p in got["pages"])
    score = score_issue(got["items"], truth["items"])
    assert score["f1"] >= 0.9, (score["missed"], score["extra"])
    for item in got["items"]:
        assert item["ocr"] and 0 < item["ocr_confidence"] <= 100
    assert score["fields"]["page_start"][0] == score["fields"]["page_start"][1]
    assert got["issue"]["year"] == 2026 and got["issue"]["number"] == 1


def test_without_tesseract_the_reason_is_given(scanned, monkeypatch):
    pdf, _ = scanned
    monkeypatch.setattr(ocr, "TESSERACT", "no-such-tesseract-binary")
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    from gongkai.errors import InputError

    with pytest.raises(InputError, match="no text layer.*tesseract is not installed"):
        split_gazette(pdf)
