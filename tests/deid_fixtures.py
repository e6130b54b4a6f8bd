"""Seeded, invented test data for the de-identification tests: resident IDs with correct check
characters, Luhn-valid cards, phones, names, addresses, a small 城乡低保 listing, and hypothesis
strategies. No real person's data: names are drawn from common characters, numbers are random."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
from hypothesis import strategies as st

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK = "10X98765432"
AREAS = ("370102", "370103", "370104", "370112", "370181", "110101", "440305", "510104")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红"
KEY = b"test-key-0123456789abcdef"          # 25 bytes, invented for the tests
OTHER_KEY = b"another-test-key-fedcba9876543210"


def check_char(first17: str) -> str:
    """Reference implementation (the weighted sum as printed in the standard)."""
    return ID_CHECK[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def make_id(area: str = "370102", born: date = date(1980, 1, 1), seq: int = 123) -> str:
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + check_char(body)


def wrong_check(resident_id: str) -> str:
    """The same ID with a different (wrong) check character."""
    right = resident_id[-1].upper()
    wrong = next(c for c in "0123456789X" if c != right)
    return resident_id[:-1] + wrong


def luhn_complete(partial: str) -> str:
    """Append the Luhn check digit."""
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_ok(s: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# --- hypothesis strategies -------------------------------------------------------------------

birth_dates = st.dates(min_value=date(1900, 1, 1), max_value=date.today())
areas = st.sampled_from(AREAS)
sequences = st.integers(min_value=0, max_value=999)


@st.composite
def resident_ids(draw) -> str:
    rid = make_id(draw(areas), draw(birth_dates), draw(sequences))
    if rid.endswith("X") and draw(st.booleans()):
        rid = rid[:-1] + "x"
    return rid


@st.composite
def old_resident_ids(draw) -> str:
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)))
    return f"{draw(areas)}{born:%y%m%d}{draw(sequences):03d}"


@st.composite
def bank_cards(draw) -> str:
    length = draw(st.integers(min_value=16, max_value=19))
    prefix = draw(st.sampled_from(["62", "4", "5", "60"]))
    digits = draw(st.lists(st.sampled_from("0123456789"), min_size=length - len(prefix) - 1,
                           max_size=length - len(prefix) - 1))
    body = prefix + "".join(digits)
    if length == 18:
        # an 18-digit number with a real date at positions 7-14 reads as a resident ID with a
        # wrong check character and is deliberately not taken for a card: keep the year 99xx
        body = body[:6] + "99" + body[8:]
    return luhn_complete(body)


@st.composite
def mobiles(draw) -> str:
    second = draw(st.sampled_from("3456789"))
    rest = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=9, max_size=9)))
    return "1" + second + rest


def phone_styles(number: str) -> list[str]:
    a, b, c = number[:3], number[3:7], number[7:]
    return [number, f"{a}-{b}-{c}", f"{a} {b} {c}", f"+86 {number}", f"+86-{a}-{b}-{c}",
            f"+86 {a} {b} {c}", f"(+86){number}", f"86{number}", f"0086 {number}",
            "１３８" + number[3:] if number.startswith("138") else number]


@st.composite
def names(draw) -> str:
    surname = draw(st.sampled_from(SURNAMES))
    given = "".join(draw(st.lists(st.sampled_from(GIVEN), min_size=1, max_size=2)))
    return surname + given


# --- a small listing -------------------------------------------------------------------------

def listing(n: int = 40, seed: int = 7) -> pd.DataFrame:
    """A 城乡低保 listing with every kind of personal value (invented, seeded)."""
    rng = random.Random(seed)
    rows = []
    communities = ["青松社区", "翠柳社区", "张庄村"]
    for i in range(n):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < .6 else "")
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 60 * 365))
        rid = make_id(rng.choice(AREAS), born, rng.randrange(1000))
        mob = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
        community = communities[i % 3]
        if community.endswith("村"):
            address = f"柳埠镇{community}{rng.randrange(1, 9)}组{rng.randrange(1, 80)}号"
        else:
            address = f"清河街道{community}{rng.randrange(1, 30)}号楼{rng.randrange(1, 6)}单元{rng.randrange(101, 1802)}室"
        card = luhn_complete("6222" + "".join(rng.choice("0123456789") for _ in range(14)))
        remark = rng.choice(["", "", "因病致贫", "残疾人家庭",
                             f"代领人{rng.choice(SURNAMES)}{rng.choice(GIVEN)}，身份证{make_id('370103', date(1985, 5, 5), i)}",
                             f"由女儿{rng.choice(SURNAMES)}{rng.choice(GIVEN)}代领，电话{mob[:3]}-{mob[3:7]}-{mob[7:]}"])
        rows.append({
            "seq": i + 1, "head_of_household": name, "resident_id": rid, "phone": mob,
            "community": community, "address": address, "household_size": 1 + i % 4,
            "amount": float(300 + 100 * (i % 7)), "bank_card": card,
            "hotline": "0531-86901234", "remarks": remark,
        })
    return pd.DataFrame(rows)


LISTING_SCHEMA = {
    "fields": [
        {"name": "seq", "type": "integer"},
        {"name": "head_of_household", "title": "户主姓名", "pii": "person_name",
         "deidentify": {"method": "mask"}},
        {"name": "resident_id", "title": "身份证号码", "pii": "cn_resident_id",
         "deidentify": {"method": "keyed_pseudonym"}},
        {"name": "phone", "title": "联系电话", "pii": "phone", "deidentify": {"method": "mask"}},
        {"name": "community", "title": "居住社区(村)"},
        {"name": "address", "title": "家庭住址", "pii": "address",
         "deidentify": {"method": "generalise"}},
        {"name": "household_size", "title": "保障人数", "type": "integer"},
        {"name": "amount", "title": "救助金额", "type": "number"},
        {"name": "bank_card", "title": "银行卡号", "pii": "bank_card",
         "deidentify": {"method": "suppress", "scope": "value"}},
        {"name": "hotline", "title": "监督举报电话", "pii": "phone",
         "deidentify": {"method": "keep", "reason": "lawfully public (鲁政办发〔2018〕21号)"}},
        {"name": "remarks", "title": "备注", "pii": "free_text", "deidentify": {"method": "redact"}},
    ],
}
