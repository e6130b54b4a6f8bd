"""A generator of hostile inputs for the release gate and de-identification (issue 20).

Each case is a small file (or frame) built here from invented values, with what it hides:
numbers written in groups or split over cells, mistyped IDs after a cue, a personal mobile on
the hotline line, long runs of IDs or phones, a text file named like a PDF, real PDFs and
images, formulas, ZIP bombs, reports nested thousands of levels deep, and person names without
a cue in every free-text place the gate reads. The test module runs every case.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import nbformat
import pandas as pd

from gongkai.identifiers import id_check_char, luhn_check_digit


def resident_id(rng: random.Random) -> str:
    body = (rng.choice(["370102", "370211", "110105", "440305"])
            + f"{rng.randrange(1940, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 28):02d}"
            + f"{rng.randrange(1000):03d}")
    return body + id_check_char(body)


def mistyped_id(rng: random.Random) -> str:
    rid = resident_id(rng)
    wrong = next(c for c in "0123456789X" if c != rid[-1])
    return rid[:17] + wrong


def bank_card(rng: random.Random) -> str:
    body = "622202" + "".join(rng.choice("0123456789") for _ in range(9))
    return body + luhn_check_digit(body)


def mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))


def grouped(number: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(number[i:i + size] for i in range(0, len(number), size))


# An uncued person name (no 户主/代领人/联系人 before it): the name detector's job.
UNCUED_NAMES = ("欧阳秀兰", "诸葛建军", "司马红梅", "钱德明", "蒋桂英", "上官志强")
UNCUED_REMARKS = ("今年{n}家新建了厨房", "当事人{n}在店内销售过期食品", "经营者{n}，身份证号〔身份证号〕",
                  "Benefit collected by Wang Wei on behalf of the household")


@dataclass
class Case:
    """A file to drop into a folder, what the gate must report there (detectors), and why."""

    name: str
    write: Callable[[Path], None]
    detectors: set[str]


def _text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _pdf_with_text(path: Path, text: str) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    c.setFont("STSong-Light", 12)
    c.drawString(72, 720, text)
    c.save()


def _png(width: int, height: int, text: str = "") -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    if text:
        ImageDraw.Draw(image).text((10, 10), text, fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def zip_bomb_xlsx(path: Path, megabytes: int = 600) -> None:
    """An XLSX whose one sheet unpacks to ``megabytes`` MB of zeros (a few hundred kB packed)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as handle:
            block = b"0" * (1 << 20)
            for _ in range(megabytes):
                handle.write(block)


def nested_json(depth: int, leaf: str) -> str:
    return '{"a":' * depth + json.dumps(leaf, ensure_ascii=False) + "}" * depth


def notebook_with_output(text: str) -> str:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("show(frame)")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=text + "\n")]
    nb.cells = [nbformat.v4.new_markdown_cell("## 来源与校验"), cell]
    return nbformat.writes(nb)


def gate_cases(seed: int = 2020) -> list[Case]:
    """Every file-level case: the gate must report exactly these detectors (by kind of leak)."""
    rng = random.Random(seed)
    rid, rid2, card, phone = resident_id(rng), resident_id(rng), bank_card(rng), mobile(rng)
    ids = "/".join(resident_id(rng) for _ in range(11))
    phones = "+".join(mobile(rng) for _ in range(20))
    name = rng.choice(UNCUED_NAMES)
    cases = [
        Case("grouped-id-remark.csv", lambda p: pd.DataFrame(
            {"seq": [1], "remarks": [f"代领，证件 {grouped(rid)}"]}).to_csv(p, index=False),
            {"cn_resident_id"}),
        Case("grouped-id-gazette.txt", lambda p: _text(p, f"经核查，{grouped(rid2, 6)}号公民已迁出。"),
             {"cn_resident_id"}),
        Case("split-card.csv", lambda p: pd.DataFrame(
            {"户名": ["〔姓名〕"], "卡号1": [card[:8]], "卡号2": [card[8:]]}).to_csv(p, index=False),
            {"bank_card_split"}),
        Case("mistyped-id.txt", lambda p: _text(p, f"身份证{mistyped_id(rng)}"),
             {"cn_resident_id_cued"}),
        Case("eleven-ids.txt", lambda p: _text(p, ids), {"cn_resident_id"}),
        Case("eleven-ids.json", lambda p: _text(p, json.dumps({"ids": ids})), {"cn_resident_id"}),
        Case("twenty-phones.txt", lambda p: _text(p, phones), {"mobile"}),
        Case("reports/source.pdf", lambda p: _text(p, f"身份证号 {rid}"), {"cn_resident_id"}),
        Case("real.pdf", lambda p: _pdf_with_text(p, f"户主身份证号{rid}"), {"cn_resident_id"}),
        Case("page.png", lambda p: p.write_bytes(_png(1800, 1200, "page")), {"image_unchecked"}),
        Case("bomb.xlsx", zip_bomb_xlsx, {"unreadable"}),
        Case("deep.json", lambda p: _text(p, nested_json(5000, f"电话{phone}")), {"mobile"}),
        Case("name-remark.csv", lambda p: pd.DataFrame(
            {"seq": [1, 2], "remarks": ["无", f"今年{name}家新建了厨房"]}).to_csv(p, index=False),
            {"person_name_text"}),
        Case("name-report.json", lambda p: _text(p, json.dumps(
            {"title": f"城乡低保公示名单 制表{name}"}, ensure_ascii=False)), {"person_name_text"}),
        Case("name-notebook.ipynb", lambda p: _text(p, notebook_with_output(f"当事人{name}在店内")),
             {"person_name_text"}),
        Case("name-page.html", lambda p: _text(p, f"<html><body><p>由{name}领取</p></body></html>"),
             {"person_name_text"}),
        Case("name-english.md", lambda p: _text(p, "Benefit collected by Wang Wei\n"),
             {"person_name_latin"}),
        Case("name-in.pdf", lambda p: _pdf_with_text(p, f"经营者{name}未取得许可"),
             {"person_name_text"}),
        Case("hidden.xlsx", lambda p: xlsx_with_hidden_places(p, rid, name),
             {"cn_resident_id", "person_name_text"}),
    ]
    return cases


def clean_cases() -> list[Case]:
    """Files that hold no personal data and must pass (look-alikes, public numbers)."""
    return [
        Case("places.txt", lambda p: _text(p, "张店区中山路王记餐饮店；李村村委会；共5张表\n"), set()),
        Case("codes.csv", lambda p: pd.DataFrame(
            {"code": ["2080201", "2080202"], "amount": ["1200", "580"],
             "doc": ["岳政发〔2026〕8号", "鲁民〔2025〕3号"]}).to_csv(p, index=False), set()),
        Case("notebook-source.ipynb", lambda p: _text(p, notebook_with_output("3 rows, 0 errors")),
             set()),
    ]


def xlsx_with_hidden_places(path: Path, rid: str, name: str) -> None:
    """An XLSX whose cells are clean but whose comment holds an ID and whose author is a person."""
    import openpyxl
    from openpyxl.comments import Comment

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["社区", "金额"])
    sheet.append(["青松社区", 580])
    sheet["A2"].comment = Comment(f"身份证{rid}", "审核")
    book.properties.creator = name
    book.save(path)
