"""Sample 城乡低保 public listing (清河街道, fictional) full of personal data, with ground truth.

The listing deliberately prints what a careless office might: resident IDs, phone numbers,
addresses and, in 备注, proxies' names, IDs, phones and bank card numbers. The truth lists every
planted personal value so that de-identification can be checked for leaks.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from gongkai.identifiers import id_check_char, luhn_check_digit
from .layout import (
    A4_LANDSCAPE,
    Flow,
    HeaderCell,
    Page,
    RuledTable,
    TableStyle,
    build_sample,
    register_font,
)
from .textdata import load_text

FILE_STEM = "qinghe-street-dibao-2026-10"

PAGE_W, PAGE_H = A4_LANDSCAPE
TITLE_BASELINE = PAGE_H - 50.0
NOTICE_BASELINE = PAGE_H - 74.0
TABLE_TOP_FIRST = PAGE_H - 84.0
TABLE_TOP_CONT = PAGE_H - 40.0
BOTTOM = 40.0
FOOTER_BASELINE = 20.0
WIDTHS = [30, 52, 108, 84, 62, 160, 46, 58, 162]
ALIGNS = ["c", "c", "c", "c", "c", "l", "c", "r", "l"]


class _People:
    """Seeded generator of unique names, resident IDs, phone and card numbers."""

    def __init__(self, spec: dict[str, Any], rng: random.Random):
        self.spec = spec
        self.rng = rng
        self.names: set[str] = set()
        self.ids: set[str] = set()
        self.numbers: set[str] = {"".join(ch for ch in spec["hotline"] if ch.isdigit())}

    def name(self, female: bool) -> str:
        rng, spec = self.rng, self.spec
        pool = spec["given_female"] if female else spec["given_male"]
        while True:
            given = rng.choice(pool)
            if rng.random() < 0.05:
                surname = rng.choice(spec["compound_surnames"])
                if len(given) > 1:
                    given = given[rng.randint(0, 1)]  # compound surname + one character
            else:
                surname = rng.choice(spec["surnames"])
            name = surname + given
            if name not in self.names:
                self.names.add(name)
                return name

    def resident_id(self, female: bool, want_x: bool = False) -> str:
        rng, spec = self.rng, self.spec
        lo, hi = spec["birth_years"]
        start = date(lo, 1, 1)
        span = (date(hi, 12, 31) - start).days
        while True:
            birth = start + timedelta(days=rng.randint(0, span))
            area = rng.choice(spec["area_codes"])
            seq = rng.randint(0, 99) * 10 + rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9])
            body = f"{area}{birth:%Y%m%d}{seq:03d}"
            rid = body + id_check_char(body)
            if want_x and not rid.endswith("X"):
                continue
            if rid not in self.ids:
                self.ids.add(rid)
                return rid

    def _unique(self, make) -> str:
        while True:
            value = make()
            digits = "".join(ch for ch in value if ch.isdigit())
            if digits not in self.numbers:
                self.numbers.add(digits)
                return value

    def mobile(self, style: str = "plain") -> str:
        rng = self.rng

        def make() -> str:
            d = rng.choice(self.spec["mobile_prefixes"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
            if style == "dash":
                return f"{d[:3]}-{d[3:7]}-{d[7:]}"
            if style == "space":
                return f"{d[:3]} {d[3:7]} {d[7:]}"
            return d

        return self._unique(make)

    def landline(self) -> str:
        rng = self.rng
        return self._unique(lambda: self.spec["landline_prefix"] + "".join(str(rng.randint(0, 9)) for _ in range(6)))

    def card(self, length: int) -> str:
        rng = self.rng

        def make() -> str:
            body = rng.choice(self.spec["card_bins"])
            body += "".join(str(rng.randint(0, 9)) for _ in range(length - 1 - len(body)))
            return body + luhn_check_digit(body)

        return self._unique(make)


def _spaced(digits: str) -> str:
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


class _ListingBuilder:
    def __init__(self, spec: dict[str, Any]):
        self.spec = spec
        self.rng = random.Random(spec["seed"])
        self.people = _People(spec, self.rng)
        self.pages: list[Page] = []
        self.flow = Flow(self.pages, self._new_page, BOTTOM)
        self.personal: dict[str, list[str]] = {"names": [], "resident_ids": [], "phones": [], "bank_cards": [],
                                               "addresses": []}

    def _new_page(self) -> tuple[Page, float]:
        page = Page(PAGE_W, PAGE_H)
        self.pages.append(page)
        return page, TABLE_TOP_CONT

    def _remark(self, template: str) -> str:
        p = self.people
        values: dict[str, str] = {}
        if "{name_f}" in template:
            values["name_f"] = p.name(True)
        if "{name_m}" in template:
            values["name_m"] = p.name(False)
        if "{id_f}" in template:
            values["id_f"] = p.resident_id(True)
        if "{id_m}" in template:
            values["id_m"] = p.resident_id(False)
        for key, style in (("mobile", "plain"), ("mobile_dash", "dash"), ("mobile_space", "space")):
            if "{" + key + "}" in template:
                values[key] = p.mobile(style)
        if "{landline}" in template:
            values["landline"] = p.landline()
        if "{card16}" in template:
            values["card16"] = p.card(16)
        if "{card19_spaced}" in template:
            values["card19_spaced"] = _spaced(p.card(19))
        text = template.format(**values)
        order = sorted(values, key=lambda k: text.index(values[k]))
        for key in order:
            v = values[key]
            if key.startswith("name"):
                self.personal["names"].append(v)
            elif key.startswith("id"):
                self.personal["resident_ids"].append(v)
            elif key.startswith("card"):
                self.personal["bank_cards"].append(v)
            else:
                self.personal["phones"].append(v)
        return text

    def rows(self) -> tuple[list[list[str]], list[int]]:
        spec, rng, p = self.spec, self.rng, self.people
        n = int(spec["rows"])
        x_rows = set(rng.sample(range(n), int(spec["ids_ending_in_x"])))
        remark_rows = sorted(rng.sample(range(n), len(spec["personal_remarks"])))
        templates = list(spec["personal_remarks"])
        rng.shuffle(templates)
        remark_of = dict(zip(remark_rows, templates))
        communities = spec["communities"]
        lo, hi = spec["per_person_amount"]
        rows: list[list[str]] = []
        heads: list[dict[str, str]] = []
        for i in range(n):
            female = rng.random() < 0.55
            name = p.name(female)
            rid = p.resident_id(female, want_x=i in x_rows)
            r = rng.random()
            if r < 0.68:
                phone = p.mobile("plain")
            elif r < 0.78:
                phone = p.mobile("dash")
            elif r < 0.87:
                phone = p.mobile("space")
            else:
                phone = p.landline()
            comm = rng.choice(communities)
            if comm["kind"] == "shequ":
                addr = (f"清河街道{comm['name']}{rng.randint(1, 24)}号楼{rng.randint(1, 4)}单元"
                        f"{rng.randint(1, 6)}0{rng.randint(1, 4)}室")
            else:
                addr = (f"清河街道{comm['name']}{rng.randint(1, 6)}组{rng.randint(1, 160)}号"
                        if rng.random() < 0.4 else f"清河街道{comm['name']}{rng.randint(1, 160)}号")
            persons = rng.choices([1, 2, 3, 4, 5], weights=[30, 30, 22, 12, 6])[0]
            amount = persons * rng.randint(lo // 10, hi // 10) * 10
            heads.append({"name": name, "id": rid, "phone": phone, "addr": addr})
            self.personal["names"].append(name)
            self.personal["resident_ids"].append(rid)
            self.personal["phones"].append(phone)
            self.personal["addresses"].append(addr)
            if i in remark_of:
                remark = self._remark(remark_of[i])
            elif rng.random() < spec["plain_remark_share"]:
                remark = rng.choice(spec["plain_remarks"])
            else:
                remark = ""
            rows.append([str(i + 1), name, rid, phone, comm["name"], addr, str(persons), f"{amount:,}", remark])
        return rows, [r + 1 for r in remark_rows]

    def build(self) -> dict[str, Any]:
        spec = self.spec
        rows, remark_rows = self.rows()
        flow = self.flow
        flow.break_page()
        page = flow.page
        page.text(PAGE_W / 2, TITLE_BASELINE, spec["title"], 17.0, align="c", bold=True)
        header = [HeaderCell(t, 0, i) for i, t in enumerate(spec["columns"])]
        table = RuledTable(WIDTHS, header, 1, ALIGNS,
                           TableStyle(size=9.0, header_size=9.5, min_row_height=20.0, min_header_row_height=24.0))
        x0 = (PAGE_W - table.width) / 2.0
        page.text(x0, NOTICE_BASELINE, spec["notice"], 9.5)
        flow.y = TABLE_TOP_FIRST
        closing_h = 78.0
        row_pages = table.flow(flow, x0, rows, keep_with_last=closing_h)

        # closing block on the last page, right under the table
        flow.need(closing_h)
        y = flow.y - 22
        flow.page.text(x0, y, f"监督举报电话：{spec['hotline']}", 10.5)
        flow.page.text(x0 + table.width - 20, y - 26, spec["publisher"], 10.5, align="r")
        flow.page.text(x0 + table.width - 20, y - 46, spec["publish_date"], 10.5, align="r")
        closing_page = flow.page_no

        total = len(self.pages)
        for i, pg in enumerate(self.pages, start=1):
            pg.text(PAGE_W / 2, FOOTER_BASELINE, f"第{i}页 共{total}页", 9.0, align="c")

        normalized = {
            "resident_ids": [v.upper() for v in self.personal["resident_ids"]],
            "phones": ["".join(ch for ch in v if ch.isdigit()) for v in self.personal["phones"]],
            "bank_cards": ["".join(ch for ch in v if ch.isdigit()) for v in self.personal["bank_cards"]],
        }
        return {
            "title": spec["title"],
            "publisher": spec["publisher"],
            "period": spec["period"],
            "publish_date": spec["publish_date"],
            "hotline": spec["hotline"],
            "columns": list(spec["columns"]),
            "rows": rows,
            "row_pages": row_pages,
            "pages": total,
            "table_pages": sorted(set(row_pages)),
            "closing_page": closing_page,
            "header_repeated_on_each_page": True,
            "rows_with_personal_remarks": remark_rows,
            "personal_values": self.personal,
            "personal_values_normalized": normalized,
            "lawfully_public_columns": ["户主姓名", "保障人数", "居住社区(村)", "救助金额（元）"],
            "notes": [
                "rows hold every cell as printed (a wrapped cell joined without its line breaks).",
                "personal_values lists every planted personal value as printed, in order of appearance, "
                "including those inside 备注; personal_values_normalized has the digits-only forms.",
                "The 监督举报电话 is the office hotline (public by law) and is not a personal value.",
            ],
        }


def build_listing(pdf_path: Path) -> dict[str, Any]:
    """Write the listing PDF to ``pdf_path`` and return its ground truth."""
    register_font()
    spec = load_text("listing.yaml")
    return build_sample(
        _ListingBuilder(spec),
        pdf_path,
        title=spec["title"],
        author=spec["publisher"],
        subject="Synthetic sample 低保 listing of a fictional street office (gongkai test data)",
        pdf_date=spec["pdf_date"],
    )

