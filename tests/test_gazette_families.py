"""Gazette families of other countries, as data: detection with a confidence, no refusal of an
unknown document (generic split, flagged), Brazil's acts and Sri Lanka's notices and schedules
from the corpus, and the pieces they are read with (family dates, labelled-column schedules)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gongkai.extract.gazette import detect_family, list_families, load_family, split_gazette
from gongkai.extract.gazette.fields import family_date
from gongkai.extract.gazette.schedules import read_schedules
from gongkai.extract.layout import TextLine

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT / "tests" / "truth" / "gazettes"
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_gazette import FIELDS, score_issue  # noqa: E402
from common import corpus_dir  # noqa: E402

BR = load_family("br-diario-oficial")
LK = load_family("lk-gazette-extraordinary")


def test_foreign_families_are_detected_with_a_confidence():
    assert {"br-diario-oficial", "lk-gazette-extraordinary"} <= set(list_families())
    br = detect_family("Diário Oficial do Município de Pratânia/SP Edição 136 - Página 2 Prefeitura de X")
    assert br["name"] == "br-diario-oficial" and br["_confidence"] == 1.0
    lk = detect_family("The Gazette of the Democratic Socialist Republic of Sri Lanka EXTRAORDINARY")
    assert lk["name"] == "lk-gazette-extraordinary" and 0.8 <= lk["_confidence"] < 1.0
    unknown = detect_family("Amtsblatt der Stadt Beispiel, Ausgabe 3")
    assert unknown["name"] == "generic" and unknown.get("_fallback") and unknown["_confidence"] == 0.0


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(sorted(BR["dates"]["months"])))
def test_portuguese_dates(day, _):
    months = {v: k for k, v in BR["dates"]["months"].items() if k != "marco"}
    written = f"Pratânia, {day.day:02d} de {months[day.month].capitalize()} de {day.year}."
    assert family_date(written, BR) == day
    assert family_date(f"Assinatura: {day.day:02d}/{day.month:02d}/{day.year}.", BR) == day


def test_english_ordinal_dates():
    assert str(family_date("17th December, 2019.", LK)) == "2019-12-17"
    assert str(family_date("04th January, 2020.", LK)) == "2020-01-04"
    assert family_date("no date here", LK) is None


def _ln(text, x0, x1, top, col=0, page=1, size=10.0):
    return TextLine(page=page, top=top, bottom=top + size, x0=x0, x1=x1, size=size, text=text, col=col)


def test_schedule_columns_by_their_labels():
    """Three labelled columns; an entry number cut from its text by the column gutter; a wrapped
    entry; laws without numbers; a (Contd.) heading continuing the same record."""
    lines = [
        _ln("1. State Minister of Public Things", 50, 300, 100, col=-1),
        _ln("Column I", 80, 120, 120), _ln("Column II", 260, 300, 120, col=1), _ln("Column III", 440, 480, 120, col=2),
        _ln("1. Planning of things", 60, 200, 140), _ln("1.", 227, 235, 140, col=1),
        _ln("Department of Things", 240, 380, 140, col=1),
        _ln("2. Board of Public", 227, 360, 155, col=1), _ln("Things", 241, 300, 170, col=1),
        _ln("Things Act, No. 1 of 1990", 408, 520, 140, col=2),
        _ln("1. State Minister of Public Things", 50, 300, 100, col=-1, page=2),
        _ln("Column I", 80, 120, 120, page=2), _ln("Column II", 260, 300, 120, col=1, page=2),
        _ln("Column III", 440, 480, 120, col=2, page=2),
        _ln("3. Things Authority", 227, 360, 140, col=1, page=2),
    ]
    records, offices = read_schedules(lines, LK["schedule"])
    assert offices == ["State Minister of Public Things"]
    assert len(records) == 1
    assert records[0]["departments"] == ["Department of Things", "Board of Public Things", "Things Authority"]
    assert records[0]["duties"] == ["Planning of things"]
    assert records[0]["laws"] == ["Things Act, No. 1 of 1990"]


def test_signatures_office_is_not_a_schedule_office():
    lines = [_ln("JOHN DOE,", 350, 500, 100), _ln("Minister of Everything", 330, 500, 112),
             _ln("Minister of Education Services.", 48, 300, 130)]
    records, offices = read_schedules(lines, LK["schedule"])
    assert offices == [] and records == []


@pytest.fixture(scope="module")
def corpus():
    found = corpus_dir()
    if found is None or not (found / "gazettes").exists():
        pytest.skip("corpus not found (set GONGKAI_CORPUS or put it at ../shared/corpus)")
    return found


@pytest.mark.corpus
def test_brazil_acts(corpus):
    got = split_gazette(corpus / "gazettes" / "br" / "diario_oficial_municipal_2020-10-26_ed136.pdf")
    truth = json.loads((TRUTH / "br-pratania-2020-10-26-ed136.json").read_text(encoding="utf-8"))
    assert got["family"] == "br-diario-oficial" and got["family_confidence"] >= 0.8
    score = score_issue(got["items"], truth["items"], fields=FIELDS)
    assert score["f1"] == 1.0, (score["missed"], score["extra"])
    for name in ("doc_number", "signed_date", "page_start"):
        right, total = score["fields"][name]
        assert right == total, [e for e in score["errors"] if e["field"] == name]


@pytest.mark.corpus
def test_every_corpus_gazette_gives_items(corpus):
    for pdf in sorted((corpus / "gazettes").glob("*/*.pdf")):
        got = split_gazette(pdf)
        assert got["items"], pdf.name
        assert got["family"] != "generic", pdf.name


@pytest.mark.corpus
def test_sri_lanka_ministers_and_departments(corpus):
    got = split_gazette(corpus / "gazettes" / "lk" / "2157-29_E.pdf")
    truth = json.loads((TRUTH / "lk" / "2157-29_E.json").read_text(encoding="utf-8"))
    assert got["family"] == "lk-gazette-extraordinary"
    [item] = got["items"]
    assert item["signed_date"] == "2020-01-04"
    assert item["issuer"] and item["issuer"][0].startswith("Minister of Public Administration")
    offices = item["extra"]["offices"]
    assert set(truth["ministers"]) <= set(offices)
    by_office = {r["office"]: r for r in item["extra"]["schedule"]}
    for minister, departments in truth["ministers"].items():
        assert by_office[minister]["departments"] == departments


def _issue(path: Path, pages: list[list[tuple[str, float]]], font: str = "Helvetica") -> Path:
    """A plain gazette issue made here (own text): lines (text, size) set down each page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if font != "Helvetica" and font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for lines in pages:
        y = A4[1] - 60
        for text, size in lines:
            c.setFont(font, size)
            c.drawString(60, y, text)
            y -= size * 1.6
        c.showPage()
    c.save()
    return path


def test_south_african_notices_on_a_generated_issue(tmp_path):
    head = [("STAATSKOERANT, 9 OKTOBER 2026", 8), ("No. 51234   3", 8)]
    body = ("Notice is hereby given that an application will be lodged for the licence described below, "
            "and that objections may be lodged within twenty days.")
    pages = [
        [("Government Gazette", 20), ("Staatskoerant", 16), ("REPUBLIC OF SOUTH AFRICA", 12),
         ("Vol. 700   9 October 2026   No. 51234", 9),
         ("GENERAL NOTICE 1201 OF 2026", 11), ("LIQUOR ACT, 1989", 10), (body[:90], 9), (body[90:], 9),
         ("Director-General of Trade", 9), ("2 October 2026", 9)],
        head + [("GENERAL NOTICE 1202 OF 2026", 11), ("NOTICE OF LIQUOR LICENCE APPLICATION", 10),
                (body[:90], 9), (body[90:], 9), ("Registrar of Liquor Licences", 9), ("5 October 2026", 9),
                ("GOVERNMENT NOTICE R. 3307", 11), ("WATER SERVICES AMENDMENT REGULATIONS", 10), (body[:90], 9),
                ("Minister of Water and Sanitation", 9), ("6 October 2026", 9)],
    ]
    got = split_gazette(_issue(tmp_path / "za.pdf", pages))
    assert got["family"] == "za-government-gazette" and got["family_confidence"] == 1.0
    assert [i["doc_number"] for i in got["items"]] == ["GENERAL NOTICE 1201 OF 2026", "GENERAL NOTICE 1202 OF 2026",
                                                       "GOVERNMENT NOTICE R. 3307"]
    assert [i["signed_date"] for i in got["items"]] == ["2026-10-02", "2026-10-05", "2026-10-06"]
    assert got["items"][1]["title"] == "NOTICE OF LIQUOR LICENCE APPLICATION"


def test_japanese_gazette_on_a_generated_issue(tmp_path):
    pages = [[("官報", 24), ("令和八年十月一日　木曜日　号外第二百号", 10),
              ("○内閣府令第四十号", 11), ("公文書の管理に関する内閣府令の一部を改正する内閣府令", 10),
              ("この府令は、公布の日から施行する。", 9),
              ("第一条　公文書の管理に関する内閣府令の一部を次のように改正する。", 9),
              ("第二条　前条の規定による改正後の規定は、施行日以後に作成する文書から適用する。", 9),
              ("第三条　この府令の施行に関し必要な経過措置は、別に定めるところによる。", 9),
              ("内閣総理大臣　山田一郎", 9),
              ("○国土交通省告示第八百五号", 11), ("道路の区域を次のように変更する。", 9),
              ("国土交通大臣　佐藤花子", 9)]]
    got = split_gazette(_issue(tmp_path / "jp.pdf", pages, font="zenhei-test"))
    assert got["family"] == "jp-kanpo"
    assert [i["doc_number"] for i in got["items"]] == ["内閣府令第四十号", "国土交通省告示第八百五号"]
    assert [i["issuer"] for i in got["items"]] == [["内閣総理大臣"], ["国土交通大臣"]]
    assert all("unread_signed_date" in i["flags"] for i in got["items"])
