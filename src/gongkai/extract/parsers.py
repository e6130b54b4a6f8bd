"""Parsers for the small things printed in government documents.

Amounts (``1,097,073.43``, ``-``, ``(12.00)``), classification codes (类/款/项), 文号
(``岳政办发〔2026〕15号``) and dates (``2026年6月10日``, ``二〇二六年六月十日``). Each is a pure function,
tested with examples and with hypothesis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from ..text import to_simplified  # noqa: F401  (re-exported: the parsers' callers fold with it)



# --- amounts -------------------------------------------------------------------------------

_AMOUNT_RE = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_ZERO_MARKS = {"", "-", "—", "–", "－", "——", "/", "0", "0.00", "—-"}


def parse_amount(text: str | None) -> Decimal | None:
    """Parse a printed amount into an exact Decimal.

    ``'1,097,073.43'`` -> Decimal('1097073.43'); ``'-'`` and blanks -> None (nothing printed);
    ``'(12.50)'``, ``'-12.50'`` and ``'－12.50'`` -> Decimal('-12.50'). Raises ValueError
    for text that is not an amount.
    """
    if text is None:
        return None
    s = (text.strip().replace(" ", "").replace("\u3000", "").replace("，", ",")
         .replace("．", ".").replace("－", "-").replace("−", "-"))
    if s in {"", "-", "—", "–", "——", "/", "—-", "--"}:
        return None
    negative = False
    if (s.startswith("(") and s.endswith(")")) or (s.startswith("（") and s.endswith("）")):
        negative, s = True, s[1:-1]
    if s.startswith("-"):
        negative, s = (not negative), s[1:]
    elif s.startswith("+"):
        s = s[1:]
    if not _AMOUNT_RE.match(s):
        raise ValueError(f"not an amount: {text!r}")
    try:
        value = Decimal(s.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex already guards this
        raise ValueError(f"not an amount: {text!r}") from None
    return -value if negative else value


def looks_like_amount(text: str | None) -> bool:
    if text is None:
        return False
    s = text.strip()
    if not s or s in _ZERO_MARKS - {"0", "0.00"}:
        return False
    try:
        parse_amount(s)
    except ValueError:
        return False
    return True


def decimals_of(text: str | None) -> int:
    """How many decimals an amount is printed with (the precision that sets the tolerance)."""
    if not text:
        return 0
    s = text.strip().rstrip(")）")
    return len(s.split(".", 1)[1]) if "." in s else 0


# --- units ---------------------------------------------------------------------------------

_UNIT_RE = re.compile(r"(?:单位|單位|金额单位|金額單位)\s*[:：]\s*(万元|萬元|元|亿元|億元|千元)")
UNIT_FACTORS = {"元": 1, "千元": 1000, "万元": 10000, "萬元": 10000, "亿元": 100000000,
                "億元": 100000000}


def find_unit(text: str) -> tuple[str, int] | None:
    """'单位：万元' anywhere in ``text`` -> ('万元', 10000)."""
    match = _UNIT_RE.search(text.replace(" ", ""))
    if not match:
        return None
    unit = match.group(1)
    return unit, UNIT_FACTORS[unit]


# --- classification codes ------------------------------------------------------------------

# Functional classification (功能分类): 类 3 digits, 款 2, 项 2. Economic (经济分类): 类 3, 款 2.
_CODE_LEVEL_BY_LENGTH = {3: 1, 5: 2, 7: 3}


@dataclass(frozen=True)
class Code:
    code: str
    level: int
    parent: str | None


def parse_code(text: str | None) -> Code | None:
    """'2070101' -> Code('2070101', 3, '20701'); anything else -> None."""
    if text is None:
        return None
    s = re.sub(r"\s", "", text)
    if not s.isdigit() or len(s) not in _CODE_LEVEL_BY_LENGTH:
        return None
    level = _CODE_LEVEL_BY_LENGTH[len(s)]
    parent = None if level == 1 else s[: {2: 3, 3: 5}[level]]
    return Code(s, level, parent)


def join_code_parts(lei: str | None, kuan: str | None, xiang: str | None,
                    context: tuple[str | None, str | None] = (None, None)) -> str | None:
    """Join codes printed in split 类/款/项 columns.

    Templates print either full digits in each column (``207 | 01 | 01``) or only the part
    that changes, leaving the 类 (and 款) blank on child rows; ``context`` carries the last seen
    类 and 款 so such rows still get their full code.
    """
    parts = [re.sub(r"\s", "", p or "") for p in (lei, kuan, xiang)]
    if not any(parts):
        return None
    if not all(p.isdigit() or p == "" for p in parts):
        return None
    lei_s, kuan_s, xiang_s = parts
    last_lei, last_kuan = context
    if len(lei_s) == 3:
        code = lei_s
    elif lei_s == "" and last_lei:
        code = last_lei
    else:
        return None
    if kuan_s:
        if len(kuan_s) == 5 and kuan_s.startswith(code):
            kuan_s = kuan_s[3:]
        if len(kuan_s) != 2:
            return None
        code += kuan_s
    elif xiang_s:
        if not (last_kuan and last_kuan.startswith(code)):
            return None
        code = last_kuan
    if xiang_s:
        if len(xiang_s) == 7 and xiang_s.startswith(code):
            xiang_s = xiang_s[5:]
        if len(xiang_s) != 2 or len(code) != 5:
            return None
        code += xiang_s
    return code


# --- 文号 (document numbers) ----------------------------------------------------------------

_BRACKETS = r"〔\[［（(【"
_CLOSE = r"〕\]］）)】"
# An agency code may hold its office's branch in brackets, a character or two between its
# abbreviation and its kind of document: 韩农（牧）罚 (a county's farm bureau, its livestock
# branch, a penalty), 桂公（治）行罚决字 (a police bureau's public-order branch); the bracketed
# year comes after it.
_AGENCY = rf"(?:[\u4e00-\u9fff]|[（(][\u4e00-\u9fff]{{1,2}}[）)](?=[\u4e00-\u9fff]))"
# A 文号's bracketed year (〔2026〕, [2026], （2026）): the name detector reads an issuer before it.
DOC_YEAR_RE = re.compile(rf"[{_BRACKETS}]\s*(?:19|20)\d{{2}}\s*[{_CLOSE}]")
_DOCNUM_RE = re.compile(
    rf"(?P<agency>{_AGENCY}{{1,12}}?)\s*[{_BRACKETS}]\s*(?P<year>(?:19|20)\d{{2}})\s*[{_CLOSE}]"
    rf"\s*第?(?P<serial>\d{{1,5}})\s*(?P<hao>[号號])"
)
# A numbered registration or licence with no year: the office's abbreviation and its kind
# (登 registration, 许 licence, 检 inspection, 运 transport), 字, 第, the number, 号: 马登字第35308号,
# 林检字第79662号, 桂运字第10420号. The code is at most REG_AGENCY_MAX characters before 字.
REG_AGENCY_MAX = 3
_REGNUM_RE = re.compile(rf"(?P<agency>[\u4e00-\u9fff]{{1,{REG_AGENCY_MAX}}}字)\s*第\s*(?P<serial>\d{{1,8}})\s*[号號]")


@dataclass(frozen=True)
class DocNumber:
    raw: str
    agency_code: str
    year: int
    serial: int

    @property
    def normalised(self) -> str:
        return f"{self.agency_code}〔{self.year}〕{self.serial}号"

    def as_dict(self) -> dict:
        return {"agency_code": self.agency_code, "year": self.year, "serial": self.serial}


# Words that open a sentence clause right before a 文号 written inside running text
# ("根据岳政发〔2026〕8号…", "按照国办发〔2018〕23号要求"): never part of an agency code.
SENTENCE_LEADS = ("根据", "依据", "按照", "依照", "参照", "遵照", "对照", "结合", "执行", "贯彻", "落实",
                  "印发", "转发", "发布", "废止", "修订", "修改", "替代", "以及", "并且", "同时",
                  "和", "及", "与", "或", "并", "的", "即", "见")


def _trim_agency(agency: str, prefixes) -> int:
    """How many leading characters of the CJK run before the bracket are not the agency code.

    With ``prefixes`` (a gazette family's list of 机关代字 openings such as 岳, 鲁, 国办), the
    code starts at the earliest prefix found; otherwise (or when none is found) known sentence
    words at the start are dropped. At least one character is always kept.
    """
    simple = to_simplified(agency)
    if prefixes:
        hits = [simple.find(to_simplified(p)) for p in prefixes if p]
        hits = [h for h in hits if h >= 0 and h < len(simple)]
        if hits:
            return min(hits)
    cut = 0
    changed = True
    while changed:
        changed = False
        for lead in sorted(SENTENCE_LEADS, key=len, reverse=True):
            if simple.startswith(lead, cut) and len(simple) - cut - len(lead) >= 2:
                cut += len(lead)
                changed = True
                break
    return cut


def parse_doc_number(text: str | None, prefixes=None, *, trim: bool = True) -> DocNumber | None:
    """Find a 文号 in ``text``: '岳政字[2026]31號' -> DocNumber(agency '岳政字', 2026, 31).

    Inside a sentence ('根据岳政发〔2026〕8号') leading words are not taken into the agency
    code; ``prefixes`` (the family's 机关代字 openings) make that exact. ``trim=False`` for a
    文号 printed on a line of its own: every character before the bracket is the agency code
    (trimming there would drop a provincial abbreviation no list knows, 苏人社字 -> 人社字).
    """
    if not text:
        return None
    match = _DOCNUM_RE.search(text)
    if not match:
        return None
    agency_raw = match.group("agency")
    cut = _trim_agency(agency_raw, prefixes) if trim else 0
    raw = match.group(0)[cut:]
    agency = to_simplified(agency_raw[cut:])
    return DocNumber(raw=raw, agency_code=agency, year=int(match.group("year")),
                     serial=int(match.group("serial")))


def doc_number_spans(text: str | None) -> list[tuple[int, int, int]]:
    """Where the 文号 of ``text`` stand: (start, end of the agency code, end) for each, in order:
    the dated ones (:func:`find_doc_numbers`' 岳政发〔2026〕8号, 韩农（牧）罚〔2025〕286号; the sentence
    words before the code left out: 依据 + 韩农（牧）罚) and the numbered registrations with no year
    (马登字第35308号). Other readers (the name detector: an agency code holds no person's name) use
    these spans rather than a pattern of their own."""
    spans: list[tuple[int, int, int]] = []
    if not text:
        return spans
    for match in _DOCNUM_RE.finditer(text):
        cut = _trim_agency(match.group("agency"), None)
        spans.append((match.start() + cut, match.end("agency"), match.end()))
    for match in _REGNUM_RE.finditer(text):
        spans.append((match.start(), match.end("agency"), match.end()))
    return sorted(spans)


def find_doc_numbers(text: str | None, prefixes=None) -> list[DocNumber]:
    """Every 文号 in ``text``, in order (see :func:`parse_doc_number`)."""
    found: list[DocNumber] = []
    if not text:
        return found
    for match in _DOCNUM_RE.finditer(text):
        parsed = parse_doc_number(match.group(0), prefixes)
        if parsed:
            found.append(parsed)
    return found


# --- dates ---------------------------------------------------------------------------------

_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "0": 0, "一": 1, "二": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUM = "〇○零Ｏ一二三四五六七八九十"
_DATE_ARABIC_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DATE_CN_RE = re.compile(rf"([{_CN_NUM}O0]{{4}})\s*年\s*([{_CN_NUM}]{{1,3}})\s*月\s*([{_CN_NUM}]{{1,3}})\s*日")


def _cn_small_number(text: str) -> int:
    """'十' -> 10, '二十三' -> 23, '三十' -> 30, '七' -> 7."""
    if "十" in text:
        tens, _, units = text.partition("十")
        value = (_CN_DIGITS[tens] if tens else 1) * 10
        return value + (_CN_DIGITS[units] if units else 0)
    if len(text) == 1:
        return _CN_DIGITS[text]
    raise ValueError(text)


def parse_cn_date(text: str | None) -> date | None:
    """First date in ``text``, written '2018年7月4日' or '二〇一八年七月四日'; None if none."""
    if not text:
        return None
    candidates = []
    for match in _DATE_ARABIC_RE.finditer(text):
        candidates.append((match.start(), int(match.group(1)), int(match.group(2)),
                           int(match.group(3))))
    for match in _DATE_CN_RE.finditer(text):
        try:
            year = int("".join(str(_CN_DIGITS[c]) for c in match.group(1)))
            candidates.append((match.start(), year, _cn_small_number(match.group(2)),
                               _cn_small_number(match.group(3))))
        except (KeyError, ValueError):
            continue
    for _, year, month, day in sorted(candidates):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def format_cn_date_numerals(value: date) -> str:
    """date(2026, 5, 20) -> '二〇二六年五月二十日' (used by the sample generator and tests)."""
    digits = "〇一二三四五六七八九"

    def small(n: int) -> str:
        if n < 10:
            return digits[n]
        tens, units = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")

    year = "".join(digits[int(c)] for c in str(value.year))
    return f"{year}年{small(value.month)}月{small(value.day)}日"


# --- English dates (Federal Register and other English-language gazettes) -------------------

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_DATE_EN_RE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\s+(\d{1,2}),\s*((?:19|20)\d{2})\b")


def parse_en_date(text: str | None) -> date | None:
    """First 'August 3, 2020' style date in ``text``; None if none (or not a real date)."""
    if not text:
        return None
    for match in _DATE_EN_RE.finditer(text):
        try:
            return date(int(match.group(3)), _MONTHS[match.group(1).lower()], int(match.group(2)))
        except ValueError:
            continue
    return None


def parse_any_date(text: str | None) -> date | None:
    """A Chinese date ('2018年7月4日', '二〇一八年七月四日') or else an English one."""
    return parse_cn_date(text) or parse_en_date(text)
