"""Accuracy of de-identification: planted personal values left, look-alikes altered.

    python benchmarks/bench_deid_accuracy.py                 # 5,000 rows, seed 2026
    python benchmarks/bench_deid_accuracy.py --rows 20000 --seed 7 -v

A seeded generator writes the kind of listing a township officer sends in: a 城乡低保 table with
Chinese and English headers, a column whose header says nothing about what it holds (备用字段),
and a 备注 column of free text written from many phrasings. Personal values are planted in every
form the issue lists (IDs of 18 characters, ending in X or x, 15-digit IDs, IDs written in groups;
mobiles bare, with spaces, dashes, +86 / 0086 / (+86); landlines with and without brackets;
Luhn-valid cards of 16, 17 and 19 digits, grouped or not; e-mails; detailed addresses; names in
name columns and next to cue words in text, relatives included: 其女, 儿媳, 由儿子…代领).
Beside them, look-alikes that are not personal data: budget codes (2080201), dates (2026-10-01,
20261001), amounts (1,097,073.43), 18-digit numbers with a wrong check character, serial numbers,
文号 (岳政发〔2026〕8号), postcodes, order numbers, unified social credit codes.

The frame runs through ``deidentify_frame`` twice: without a schema (every column scanned and
guessed, the way an officer checks a spreadsheet nobody described) and with a schema declaring
the listing's columns. Then:

* a planted value is *left* when it still occurs anywhere in its row of the output (every
  column; the output keeps the input's rows): numbers are compared in
  digits-only form (138-1234-5678 and 13812345678 are the same value), names and addresses as
  written (an address counts as left when its house-number part with the place word before it
  survives);
* a look-alike is *altered* when its cell no longer contains it.

Targets (issue 5): 0 planted values left; look-alikes altered <= 1%. Exit status 1 when a target
fails. All values are invented; IDs and cards carry valid check characters.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from gongkai.deid import deidentify_frame  # noqa: E402

KEY = b"accuracy-benchmark-key-not-secret"
MAX_ALTERED = 0.01

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
                "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
                "史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "诸葛", "上官", "东方", "司徒"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志德福凤荣淑珍春梅海"
             "云峰文亮辉雪琴燕庆兴宝金山林生发祥岩波莉晓东小")
AREAS = ["370102", "370103", "370104", "370105", "370112", "370181", "370124", "370126",
         "371502", "110101", "440305", "510104"]
CITY_AREA_CODES = ["0531", "0532", "0538", "0635", "010", "021", "0539"]
STREETS = ["清河", "东关", "西城", "南苑", "北园", "文化", "解放", "和平", "泉城", "历山"]
COMMUNITIES = ["青松", "翠柳", "丰收", "幸福", "新华", "建设", "光明", "团结", "朝阳", "振兴"]
TOWNS = ["柳埠", "仲宫", "西营", "港沟", "唐王", "董家"]
VILLAGES = ["张庄", "李家", "王官", "刘营", "前屯", "后寨", "东沟", "石门"]
ROADS = ["解放路", "经十路", "和平路", "文化东路", "北园大街", "泉城路", "花园路", "山大南路"]
ESTATES = ["幸福小区", "阳光花园", "翠苑小区", "鑫苑公寓", "龙湖新村", "电业家属院", "明珠大厦"]
MAIL_DOMAINS = ["163.com", "126.com", "qq.com", "sina.com", "yahoo.com.cn", "sdjn.gov.cn"]
ISSUERS = ["岳政发", "岳政办发", "济民发", "鲁民", "岳财社", "历下政办字"]
BRACKETS = [("〔", "〕"), ("[", "]"), ("［", "］"), ("(", ")")]
BUDGET_CODES = ["2080201", "2080202", "2080299", "2081901", "2081902", "2082001", "2080801",
                "20802", "20819", "208", "2130599", "2101201"]
RELATIVES = ["其女", "其子", "其妻", "其夫", "儿媳", "女儿", "儿子", "孙子", "孙女", "配偶", "女婿",
             "长子", "次女", "外甥", "侄子", "老伴", "儿媳妇", "弟弟", "姐姐"]
GENERIC = ["因病致贫", "残疾人家庭", "单亲家庭", "重度残疾", "无", "新增", "动态调整", "五保户",
           "正常发放", "已核实", "入户核查无误", "待复核"]
CHECK = "10X98765432"
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
NUMERIC_KINDS = {"cn_resident_id", "phone", "bank_card"}


# --- values ----------------------------------------------------------------------------------

def _check_char(body17: str) -> str:
    return CHECK[sum(int(c) * w for c, w in zip(body17, WEIGHTS)) % 11]


def _luhn_complete(partial: str) -> str:
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return partial + str((10 - total % 10) % 10)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _born(rng: random.Random, lo: int = 1925, hi: int = 2020) -> date:
    return date(lo, 1, 1) + timedelta(days=rng.randrange((hi - lo) * 365))


def name(rng: random.Random) -> str:
    sur = rng.choice(COMPOUND) if rng.random() < 0.04 else rng.choice(SURNAMES)
    return sur + "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.35 else 2))


def resident_id(rng: random.Random) -> str:
    """A resident ID in one of the ways officers type it."""
    style = rng.random()
    if style < 0.12:                                   # old 15-digit ID (born 19YYMMDD)
        born = _born(rng, 1925, 1999)
        return f"{rng.choice(AREAS)}{born:%y%m%d}{_digits(rng, 3)}"
    while True:
        body = f"{rng.choice(AREAS)}{_born(rng):%Y%m%d}{_digits(rng, 3)}"
        check = _check_char(body)
        if style < 0.30 and check != "X":            # make a fair share end in X
            continue
        break
    rid = body + check
    if rid.endswith("X") and rng.random() < 0.3:
        rid = rid[:-1] + "x"
    if rng.random() < 0.08:                            # copied from a form: 6-8-4 groups
        sep = rng.choice([" ", "-"])
        rid = f"{rid[:6]}{sep}{rid[6:14]}{sep}{rid[14:]}"
    elif rng.random() < 0.04:                          # typed with a full-width keyboard
        rid = rid.translate(str.maketrans("0123456789X", "０１２３４５６７８９Ｘ"))
    return rid


def mobile(rng: random.Random) -> str:
    m = "1" + rng.choice("3456789") + _digits(rng, 9)
    a, b, c = m[:3], m[3:7], m[7:]
    return rng.choice([m, m, m, f"{a}-{b}-{c}", f"{a} {b} {c}", f"+86 {m}", f"+86-{a}-{b}-{c}",
                       f"+86 {a} {b} {c}", f"(+86){m}", f"+86{m}", f"0086 {m}", f"86-{m}",
                       f"{a}{b} {c}", f"{a}－{b}－{c}"])


def landline(rng: random.Random) -> str:
    area = rng.choice(CITY_AREA_CODES)
    local = rng.choice("2345678") + _digits(rng, 7 if len(area) == 3 or rng.random() < 0.8 else 6)
    return rng.choice([f"{area}-{local}", f"{area}-{local}", f"({area}){local}",
                       f"（{area}）{local}", f"{area} {local}", f"{area}{local}",
                       f"{area}-{local}-{rng.randrange(10, 999)}"])


def phone(rng: random.Random) -> str:
    return landline(rng) if rng.random() < 0.2 else mobile(rng)


def bank_card(rng: random.Random) -> str:
    prefix = rng.choice(["6222", "6217", "6228", "6212", "6230", "6225", "6259", "4367",
                         "5187", "9559"])
    length = rng.choice([16, 17, 19, 19, 19])
    card = _luhn_complete(prefix + _digits(rng, length - 5))
    style = rng.random()
    if style < 0.25:
        card = " ".join(card[i:i + 4] for i in range(0, len(card), 4))
    elif style < 0.35:
        card = "-".join(card[i:i + 4] for i in range(0, len(card), 4))
    return card


def email(rng: random.Random, who: str = "") -> str:
    local = rng.choice(["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "sun", "hua"])
    local += rng.choice(["", ".", "_"]) + rng.choice(["fang", "wei", "min", "jun", "xiuying", "lei"])
    if rng.random() < 0.5:
        local += str(rng.randrange(1950, 2010))
    if rng.random() < 0.15:
        local = local.upper() if rng.random() < 0.5 else local.capitalize()
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


def address(rng: random.Random) -> tuple[str, str]:
    """(full address, the detailed part that must not survive: place word + house number)."""
    style = rng.randrange(6)
    if style == 0:
        head = f"{rng.choice(STREETS)}街道{rng.choice(COMMUNITIES)}社区"
        tail = f"{rng.randrange(1, 40)}号楼{rng.randrange(1, 6)}单元{rng.randrange(101, 1802)}室"
    elif style == 1:
        head = f"{rng.choice(TOWNS)}镇{rng.choice(VILLAGES)}村"
        tail = (f"{rng.randrange(1, 9)}组{rng.randrange(1, 200)}号" if rng.random() < 0.6
                else f"{rng.randrange(1, 300)}号")
    elif style == 2:
        head = rng.choice(ROADS)
        tail = f"{rng.randrange(1, 999)}号" + (f"{rng.randrange(1, 20)}号楼{rng.randrange(101, 2602)}室"
                                               if rng.random() < 0.5 else "")
    elif style == 3:
        head = rng.choice(ESTATES)
        tail = f"{rng.randrange(1, 30)}-{rng.randrange(1, 6)}-{rng.randrange(101, 1802)}"
    elif style == 4:
        head = f"{rng.choice(COMMUNITIES)}社区{rng.choice(ESTATES)}"
        tail = f"{rng.randrange(1, 30)}栋{rng.randrange(1, 6)}单元{rng.randrange(101, 1802)}"
    else:
        head = f"{rng.choice(ROADS)}{rng.choice(ESTATES)}"
        tail = f"{rng.randrange(1, 30)}号楼{rng.randrange(1, 6)}-{rng.randrange(101, 1802)}"
    return head + tail, head[-2:] + tail


# --- look-alikes -----------------------------------------------------------------------------

def a_date(rng: random.Random) -> str:
    d = date(2025, 1, 1) + timedelta(days=rng.randrange(730))
    return rng.choice([f"{d:%Y-%m-%d}", f"{d:%Y%m%d}", f"{d.year}年{d.month}月{d.day}日",
                       f"{d:%Y.%m.%d}", f"{d:%Y/%m/%d}", f"{d:%Y-%m}", f"{d.year}-{d.month}-{d.day}"])


def amount(rng: random.Random) -> str:
    x = round(rng.uniform(100, 3_000_000) if rng.random() < 0.3 else rng.uniform(100, 3000), 2)
    return rng.choice([f"{x:,.2f}", f"{x:.2f}", f"{x:,.2f}元", f"{int(x)}"])


def wenhao(rng: random.Random) -> str:
    left, right = rng.choice(BRACKETS)
    return f"{rng.choice(ISSUERS)}{left}{rng.choice([2024, 2025, 2026])}{right}{rng.randrange(1, 120)}号"


def postcode(rng: random.Random) -> str:
    return rng.choice(["250", "266", "271", "252", "100", "276"]) + f"{rng.randrange(1000):03d}"


def order_number(rng: random.Random) -> str:
    d = date(2025, 1, 1) + timedelta(days=rng.randrange(730))
    return rng.choice([f"{d:%Y%m%d}{_digits(rng, rng.choice([8, 9, 10, 11]))}",
                       f"DD{d:%Y%m%d}{_digits(rng, 6)}", f"{d:%Y%m%d%H}{_digits(rng, 8)}",
                       f"NO.{d:%Y%m%d}-{rng.randrange(1, 99999):05d}"])


def serial(rng: random.Random) -> str:
    return rng.choice([f"DB-{rng.randrange(2024, 2027)}-{rng.randrange(1, 99999):05d}",
                       f"{rng.randrange(1, 99999):06d}", f"SN{_digits(rng, 10)}",
                       f"{rng.randrange(2024, 2027)}{rng.randrange(1, 13):02d}-{rng.randrange(1, 999):03d}",
                       f"第{rng.randrange(1, 200)}批"])


def wrong_check_id(rng: random.Random) -> str:
    body = f"{rng.choice(AREAS)}{_born(rng):%Y%m%d}{_digits(rng, 3)}"
    right = _check_char(body)
    return body + rng.choice([c for c in "0123456789X" if c != right])


def credit_code(rng: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return (rng.choice(["91", "12", "52", "93"]) + rng.choice(AREAS) + rng.choice(["MA", "MB", "00"])
            + "".join(rng.choice(chars) for _ in range(8)))


LOOKALIKE_MAKERS = {
    "budget_code": lambda rng: rng.choice(BUDGET_CODES),
    "date": a_date, "amount": amount, "wenhao": wenhao, "postcode": postcode,
    "order_number": order_number, "serial": serial, "wrong_check_id": wrong_check_id,
    "credit_code": credit_code,
}
LOOKALIKE_PHRASES = {
    "budget_code": ["预算科目{}", "科目编码：{}", "列支{}"],
    "date": ["{}起发放", "于{}入户核查", "{}停发", "审批日期{}"],
    "amount": ["补发{}", "累计发放{}", "金额{}"],
    "wenhao": ["依据{}调整", "按{}文件执行", "见{}"],
    "postcode": ["邮编{}", "邮政编码 {}"],
    "order_number": ["订单号{}", "支付单号：{}"],
    "serial": ["档案编号{}", "流水号 {}"],
    "wrong_check_id": ["核验码{}", "批次码{}"],
    "credit_code": ["经办单位信用代码{}", "统一社会信用代码：{}"],
}


# --- the listing -----------------------------------------------------------------------------

@dataclass
class Fixture:
    frame: pd.DataFrame
    planted: list[tuple[str, str, str, int]] = field(default_factory=list)  # kind, value, col, row
    lookalikes: list[tuple[str, int, str, str]] = field(default_factory=list)  # kind, row, col, value


def _free_text(rng: random.Random, row: int, planted: list, looks: list) -> str:
    """A 备注 cell: generic words, planted personal values, look-alike phrases, in any order."""
    parts: list[str] = []

    def plant(kind: str, value: str, check: str | None = None) -> str:
        planted.append((kind, check or value, "备注", row))
        return value

    for _ in range(rng.choice([0, 1, 1, 1, 2, 2, 3])):
        r = rng.randrange(18)
        n1, rel = name(rng), rng.choice(RELATIVES)
        if r == 0:
            parts.append(f"代领人{plant('person_name', n1)}，身份证{plant('cn_resident_id', resident_id(rng))}")
        elif r == 1:
            parts.append(f"由{rel}{plant('person_name', n1)}代领，电话{plant('phone', phone(rng))}")
        elif r == 2:
            parts.append(f"{rel}{plant('person_name', n1)}的银行卡{plant('bank_card', bank_card(rng))}")
        elif r == 3:
            parts.append(f"{rel}{plant('person_name', n1)}（{plant('cn_resident_id', resident_id(rng))}）代为办理")
        elif r == 4:
            parts.append(f"联系人：{plant('person_name', n1)} {plant('phone', phone(rng))}")
        elif r == 5:
            full, detail = address(rng)
            parts.append(f"家住{plant('address', full, detail)}，由{rel}{plant('person_name', n1)}照顾")
        elif r == 6:
            parts.append(f"户主{plant('person_name', n1)}已去世，由其子{plant('person_name', name(rng))}继承")
        elif r == 7:
            parts.append(f"收款人{plant('person_name', n1)}，卡号{plant('bank_card', bank_card(rng))}")
        elif r == 8:
            parts.append(f"邮箱 {plant('email', email(rng))}")
        elif r == 9:
            full, detail = address(rng)
            parts.append(f"原住址{plant('address', full, detail)}")
        elif r == 10:
            parts.append(f"委托人 {plant('person_name', n1)}，手机{plant('phone', mobile(rng))}")
        elif r == 11:
            full, detail = address(rng)
            parts.append(f"随{rel}{plant('person_name', n1)}居住于{plant('address', full, detail)}")
        elif r == 12:
            parts.append(f"申请人{plant('person_name', n1)}座机{plant('phone', landline(rng))}")
        elif r == 13:
            parts.append(f"{plant('phone', mobile(rng))}（{rel}）")
        elif r == 14:
            parts.append(f"监护人:{plant('person_name', n1)},{plant('cn_resident_id', resident_id(rng))}")
        elif r == 15:
            parts.append(f"卡号{plant('bank_card', bank_card(rng))}户名{plant('person_name', n1)}")
        elif r == 16:
            parts.append(f"现由{rel}{plant('person_name', n1)}赡养，联系{plant('phone', phone(rng))}")
        else:
            parts.append(f"原户主{plant('person_name', n1)}迁至{plant('address', *address(rng))}")
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        kind = rng.choice(list(LOOKALIKE_MAKERS))
        value = LOOKALIKE_MAKERS[kind](rng)
        looks.append((kind, value))
        parts.append(rng.choice(LOOKALIKE_PHRASES[kind]).format(value))
    if rng.random() < 0.4 or not parts:
        parts.append(rng.choice(GENERIC))
    rng.shuffle(parts)
    return rng.choice(["，", "；", "。", " ", ","]).join(parts)


def make_fixture(rows: int = 5000, seed: int = 2026) -> Fixture:
    rng = random.Random(seed)
    fx = Fixture(frame=pd.DataFrame())
    cols: dict[str, list[str]] = defaultdict(list)
    planted, looks_all = fx.planted, fx.lookalikes

    def put(col: str, value: str, kind: str | None = None, check: str | None = None) -> None:
        cols[col].append(value)
        if kind and value:
            planted.append((kind, check or value, col, len(cols[col]) - 1))

    def look(col: str, kind: str, value: str, row: int) -> None:
        cols[col].append(value)
        looks_all.append((kind, row, col, value))

    for i in range(rows):
        look("序号", "serial", str(i + 1), i)
        put("户主姓名", name(rng), "person_name")
        put("身份证号", resident_id(rng), "cn_resident_id")
        put("联系电话", phone(rng), "phone")
        full, detail = address(rng)
        put("Home Address", full, "address", detail)
        look("救助金额", "amount", amount(rng), i)
        look("预算科目", "budget_code", rng.choice(BUDGET_CODES), i)
        look("发放日期", "date", a_date(rng), i)
        # a column nobody described: IDs, cards or phones
        r = rng.random()
        if r < 0.4:
            put("备用字段", bank_card(rng), "bank_card")
        elif r < 0.7:
            put("备用字段", resident_id(rng), "cn_resident_id")
        elif r < 0.9:
            put("备用字段", mobile(rng), "phone")
        else:
            put("备用字段", "")
        put("E-mail", email(rng) if rng.random() < 0.5 else "", "email")
        look("文号", "wenhao", wenhao(rng), i)
        look("邮编", "postcode", postcode(rng), i)
        look("订单号", "order_number", order_number(rng), i)
        look("经办单位代码", "credit_code", credit_code(rng), i)
        look("核验码", "wrong_check_id", wrong_check_id(rng), i)
        look("档案编号", "serial", serial(rng), i)
        put("Contact person", name(rng) if rng.random() < 0.7 else "", "person_name")
        text_looks: list[tuple[str, str]] = []
        cols["备注"].append(_free_text(rng, i, planted, text_looks))
        looks_all.extend((k, i, "备注", v) for k, v in text_looks)
    fx.frame = pd.DataFrame(cols).astype("str")
    return fx


SCHEMA = {
    "fields": [
        {"name": "序号", "type": "integer"},
        {"name": "户主姓名", "pii": "person_name", "deidentify": {"method": "mask"}},
        {"name": "身份证号", "pii": "cn_resident_id", "deidentify": {"method": "keyed_pseudonym"}},
        {"name": "联系电话", "pii": "phone", "deidentify": {"method": "mask"}},
        {"name": "Home Address", "pii": "address", "deidentify": {"method": "generalise"}},
        {"name": "救助金额"},
        {"name": "预算科目"},
        {"name": "发放日期"},
        {"name": "E-mail", "pii": "email", "deidentify": {"method": "mask"}},
        {"name": "文号"},
        {"name": "邮编"},
        {"name": "订单号"},
        {"name": "经办单位代码"},
        {"name": "核验码"},
        {"name": "档案编号"},
        {"name": "Contact person", "pii": "person_name", "deidentify": {"method": "mask"}},
        {"name": "备注", "pii": "free_text", "deidentify": {"method": "redact"}},
        # 备用字段 is left out on purpose: the undeclared column must be caught anyway
    ],
}


# --- scoring ---------------------------------------------------------------------------------

_NON_DIGIT = re.compile(r"\D")
_FULLWIDTH = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")


def _digits_only(value: str) -> str:
    return _NON_DIGIT.sub("", value.translate(_FULLWIDTH))


def score(fx: Fixture, out: pd.DataFrame) -> dict:
    """Planted values left in ``out`` and look-alike cells altered, per kind.

    A planted value is searched in every column of its row (the output keeps the input's rows,
    so that is everywhere it could be), as written and, for numbers, digits-only."""
    columns = {c: out[c].astype("str").tolist() for c in out.columns}
    n = len(out)
    row_text = ["\x00".join(col[i] for col in columns.values()) for i in range(n)]
    row_digits = ["\x00".join(_digits_only(col[i]) for col in columns.values()) for i in range(n)]
    planted, left = Counter(), Counter()
    left_examples: dict[str, list[str]] = defaultdict(list)
    for kind, value, where, row in fx.planted:
        planted[kind] += 1
        if kind in NUMERIC_KINDS:
            d = _digits_only(value)
            if kind == "phone" and len(d) in (13, 15) and d.startswith(("86", "0086")):
                d = d[-11:]                              # the country code is not the number
            gone = d not in row_digits[row]
        else:
            gone = value not in row_text[row]
        if not gone:
            left[kind] += 1
            after = columns[where][row] if where in columns else "(column dropped)"
            left_examples[kind].append(f"{where}: {value} | {after}")
    looks, altered = Counter(), Counter()
    altered_examples: dict[str, list[str]] = defaultdict(list)
    for kind, row, col, value in fx.lookalikes:
        looks[kind] += 1
        after = columns[col][row] if col in columns else ""
        if value not in after:
            altered[kind] += 1
            altered_examples[kind].append(f"{col}: {value} -> {after}")
    return {"planted": planted, "left": left, "left_examples": left_examples,
            "looks": looks, "altered": altered, "altered_examples": altered_examples}


def evaluate(rows: int = 5000, seed: int = 2026) -> dict[str, dict]:
    """Both runs (without and with a schema): ``{"no schema": score, "schema": score}``."""
    fx = make_fixture(rows, seed)
    results = {}
    for label, schema in (("no schema", None), ("schema", SCHEMA)):
        start = time.perf_counter()
        out, _report = deidentify_frame(fx.frame, schema, key=KEY)
        elapsed = time.perf_counter() - start
        result = score(fx, out)
        result["seconds"] = elapsed
        results[label] = result
    return results


def passes(result: dict) -> bool:
    total_looks = sum(result["looks"].values())
    return sum(result["left"].values()) == 0 and \
        sum(result["altered"].values()) <= MAX_ALTERED * total_looks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("-v", "--verbose", action="store_true", help="show up to 5 misses per kind")
    args = ap.parse_args(argv)
    results = evaluate(args.rows, args.seed)
    ok = True
    for label, r in results.items():
        n_planted, n_left = sum(r["planted"].values()), sum(r["left"].values())
        n_looks, n_altered = sum(r["looks"].values()), sum(r["altered"].values())
        print(f"== {label}: {args.rows:,} rows, seed {args.seed}, deidentify_frame {r['seconds']:.2f} s")
        print(f"{'planted kind':<16}{'planted':>9}{'left':>7}{'rate':>9}")
        for kind in sorted(r["planted"]):
            p, left = r["planted"][kind], r["left"][kind]
            print(f"{kind:<16}{p:>9}{left:>7}{left / p:>9.2%}")
        print(f"{'all':<16}{n_planted:>9}{n_left:>7}{n_left / max(n_planted, 1):>9.2%}   target 0 left")
        print(f"{'look-alike kind':<16}{'cells':>9}{'altered':>9}{'rate':>9}")
        for kind in sorted(r["looks"]):
            c, a = r["looks"][kind], r["altered"][kind]
            print(f"{kind:<16}{c:>9}{a:>9}{a / c:>9.2%}")
        rate = n_altered / max(n_looks, 1)
        print(f"{'all':<16}{n_looks:>9}{n_altered:>9}{rate:>9.2%}   target <= {MAX_ALTERED:.0%}")
        good = passes(r)
        ok &= good
        print("targets:", "HELD" if good else "FAILED")
        if args.verbose or not good:
            for kind, examples in sorted(r["left_examples"].items()):
                for e in examples[:5]:
                    print(f"  left {kind}: {e}")
            for kind, examples in sorted(r["altered_examples"].items()):
                for e in examples[:5]:
                    print(f"  altered {kind}: {e}")
        print()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
