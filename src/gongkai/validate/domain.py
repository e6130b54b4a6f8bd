"""Domain checks: what a Table Schema cannot say about Chinese government data.

Each check has a name, is declared in the schema and documented in ``docs/validation.md``:

* on a field, ``domain_checks: [cn_resident_id]`` (a name, or a mapping ``{check: NAME, ...options}``);
  a field with ``pii: cn_resident_id`` gets ``cn_resident_id`` and one with ``pii: phone`` gets
  ``cn_phone`` unless it declares its own list (``domain_checks: []`` turns them off);
* on the table, under ``gongkai: {domain_checks: [...]}`` (checks over several fields).

Errors are data in frictionless's shape (``type``, ``rowNumber``, ``fieldName``, ``cell``,
``message``) plus ``check`` (the check's name) and ``note`` (Chinese, for the data officer). A
check never copies a value of a personal-data field into ``cell``, ``message`` or ``note``.

Checks look at cells as strings (the table as handed in, printed numbers normalised); an empty
cell is frictionless's business (``required``) and is skipped here, as is a cell that is not of
the field's type (frictionless reports it).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterable

import numpy as np
import pandas as pd

from ..identifiers import (AREA_CODE, DAYS_IN_MONTH, EARLIEST_BIRTH, ID_CHECK_CHARS, ID_WEIGHTS,
                           LOCAL_NUMBER, MOBILE, SERVICE_NUMBER, resident_id_problems, uscc_problem)
from ..text import fold

# --- registry -----------------------------------------------------------------------------------


@dataclass
class Finding:
    """One failure of a domain check: where, why (Chinese for the note, English for the message)."""

    row: int | None              # 0-based data row; None for a table-level finding
    field: str | None
    reason_zh: str
    reason_en: str
    show_value: bool = True      # copy the cell into the error (never for personal data)


@dataclass
class Check:
    name: str
    level: str                   # "field" | "table"
    title_zh: str
    summary: str
    func: Callable
    options: tuple[str, ...] = ()

    @property
    def error_type(self) -> str:
        return self.name.replace("_", "-")


CHECKS: dict[str, Check] = {}


def register(name: str, level: str, title_zh: str, summary: str, options: tuple[str, ...] = ()):
    def deco(func):
        CHECKS[name] = Check(name, level, title_zh, summary, func, options)
        return func
    return deco


@dataclass
class Context:
    """What a check may need besides its column: the declared period, titles for notes."""

    period: str | None = None
    titles: dict[str, str] = field(default_factory=dict)
    frame: pd.DataFrame | None = None


class CheckSkipped(Exception):
    """A check that cannot run here (no period declared, a column it needs is absent)."""


# --- helpers ------------------------------------------------------------------------------------

def _fold(text: str) -> str:
    return fold(text)


def _present(values: np.ndarray) -> np.ndarray:
    """Indices of non-empty cells (cells are str; a cell of spaces is present and is checked)."""
    return np.flatnonzero(values != "")


def _by_distinct(values: np.ndarray, rows: np.ndarray, judge: Callable[[str], object]):
    """Apply ``judge`` once per distinct value of ``values[rows]``; yield (row, verdict) for
    verdicts that are not None."""
    if len(rows) == 0:
        return
    codes, uniques = pd.factorize(values[rows])
    verdicts = [judge(u) for u in uniques]
    bad = np.array([v is not None for v in verdicts], dtype=bool)
    for i in np.flatnonzero(bad[codes]):
        yield int(rows[i]), verdicts[codes[i]]


def _decimal(text: str) -> Decimal | None:
    try:
        value = Decimal(text.strip())
    except (InvalidOperation, ValueError, AttributeError):
        return None
    return value if value.is_finite() else None


# --- resident ID (居民身份证号码) ------------------------------------------------------------------

# The grammar (weights, check characters, the birth-date rule) lives in gongkai.identifiers; the
# vectorised form below applies the same rule to whole columns.
_ID_WEIGHTS = np.array(ID_WEIGHTS, dtype=np.int64)
_ID_CHECK_CP = np.array([ord(c) for c in ID_CHECK_CHARS], dtype=np.int64)
_DAYS = np.array(DAYS_IN_MONTH)


def _valid_dates(y: np.ndarray, m: np.ndarray, d: np.ndarray, today: date) -> np.ndarray:
    """:func:`gongkai.identifiers.birth_date_valid` over arrays."""
    ok = (y >= EARLIEST_BIRTH.year) & (m >= 1) & (m <= 12)
    mm = np.clip(m, 0, 12)
    ok &= (d >= 1) & (d <= _DAYS[mm])
    leap = (y % 4 == 0) & ((y % 100 != 0) | (y % 400 == 0))
    ok &= ~((m == 2) & (d == 29) & ~leap)
    t = today.year * 10000 + today.month * 100 + today.day
    ok &= (y * 10000 + m * 100 + d) <= t
    return ok


def _ascii_matrix(values: np.ndarray, width: int) -> np.ndarray | None:
    """(n, width) uint8 bytes of ASCII strings of at most ``width`` characters, or None when
    some string is not ASCII."""
    try:
        return values.astype(f"S{width}").view(np.uint8).reshape(len(values), width)
    except (UnicodeEncodeError, ValueError):
        return None


def resident_id_problem_codes(values: np.ndarray, today: date | None = None) -> dict[int, list[str]]:
    """{index: problems} for the values that are not valid resident IDs (vectorised for plain
    18-character ASCII IDs; others one by one)."""
    today = today or date.today()
    n = len(values)
    out: dict[int, list[str]] = {}
    if n == 0:
        return out
    lengths = np.fromiter(map(len, values), np.int64, n)
    plain = np.flatnonzero(lengths == 18)
    rest = [np.flatnonzero(lengths != 18)]
    if len(plain):
        sub = values[plain]
        cp = _ascii_matrix(sub, 18)
        if cp is None:
            ascii_mask = np.fromiter(map(str.isascii, sub), bool, len(sub))
            rest.append(plain[~ascii_mask])
            plain = plain[ascii_mask]
            cp = _ascii_matrix(values[plain], 18)
        if len(plain):
            digits = (cp >= 48) & (cp <= 57)
            last = cp[:, 17]
            shape_ok = digits[:, :17].all(axis=1) & (cp[:, 0] != 48) & (
                digits[:, 17] | (last == 88) | (last == 120))
            d = cp[:, :17].astype(np.int32) - 48
            expected = _ID_CHECK_CP[(d * _ID_WEIGHTS.astype(np.int32)).sum(axis=1) % 11]
            check_ok = expected == np.where(last == 120, 88, last)
            y = d[:, 6] * 1000 + d[:, 7] * 100 + d[:, 8] * 10 + d[:, 9]
            m = d[:, 10] * 10 + d[:, 11]
            dd = d[:, 12] * 10 + d[:, 13]
            date_ok = _valid_dates(y, m, dd, today)
            for i in np.flatnonzero(~(shape_ok & check_ok & date_ok)):
                if not shape_ok[i]:
                    out[int(plain[i])] = ["format"]
                else:
                    problems = []
                    if not date_ok[i]:
                        problems.append("birth_date")
                    if not check_ok[i]:
                        problems.append("check_char")
                    out[int(plain[i])] = problems
    for i in np.concatenate(rest):
        problems = resident_id_problems(str(values[i]), today)
        if problems:
            out[int(i)] = problems
    return dict(sorted(out.items()))


_ID_REASONS = {"format": ("位数或格式错误（应为18位，前17位为数字，末位为数字或X）",
                          "not 18 characters of 17 digits and a check character"),
               "birth_date": ("出生日期无效", "birth date invalid"),
               "check_char": ("校验位错误", "check character wrong")}


@register("cn_resident_id", "field", "居民身份证号码",
          "18 characters: 17 digits and the ISO 7064 MOD 11-2 check character (X for 10), a real "
          "birth date from 1900-01-01 to today at positions 7-14; 15-digit numbers issued before "
          "1999 need a real 19YYMMDD birth date. Full-width digits are folded. Values already "
          "pseudonymised (pid_...) are skipped.")
def check_resident_id(values: np.ndarray, options: dict, ctx: Context) -> Iterable[Finding]:
    rows = _present(values)
    if len(rows) == 0:
        return
    problems = resident_id_problem_codes(values[rows])
    for i, probs in problems.items():
        if str(values[rows[i]]).startswith("pid_"):
            continue            # already pseudonymised
        zh = "，".join(_ID_REASONS[p][0] for p in probs)
        en = "; ".join(_ID_REASONS[p][1] for p in probs)
        yield Finding(int(rows[i]), None, zh, f"resident ID: {en}", show_value=False)


# --- phone numbers ------------------------------------------------------------------------------

_MOBILE = MOBILE
_LANDLINE = (rf"(?:(?:\({AREA_CODE}\)|（{AREA_CODE}）|{AREA_CODE}[- ]?))?{LOCAL_NUMBER}"
             r"(?:(?:-|转)[0-9]{1,5})?")
_SERVICE = SERVICE_NUMBER
_SEPARATORS = r"\s*[/、,，;；]\s*"
_PHONE_RES = {
    "cn_mobile": re.compile(rf"{_MOBILE}(?:{_SEPARATORS}{_MOBILE})*"),
    "cn_landline": re.compile(rf"{_LANDLINE}(?:{_SEPARATORS}{_LANDLINE})*"),
    "cn_phone": re.compile(rf"(?:{_MOBILE}|{_LANDLINE})(?:{_SEPARATORS}(?:{_MOBILE}|{_LANDLINE}))*"),
    "cn_hotline": re.compile(rf"(?:{_MOBILE}|{_LANDLINE}|{_SERVICE})"
                             rf"(?:{_SEPARATORS}(?:{_MOBILE}|{_LANDLINE}|{_SERVICE}))*"),
}
# The notes show the forms with X for the digits: a note quoting a real-looking number is
# itself a phone number in reports/validation.json, and the release gate rightly stops it.
_PHONE_ZH = {
    "cn_mobile": "不是有效的手机号码（1开头的11位数字，可写作1XX-XXXX-XXXX）",
    "cn_landline": "不是有效的固定电话号码（区号-号码，如0XXX-XXXXXXXX）",
    "cn_phone": "不是有效的电话号码（手机号码11位，固定电话如0XXX-XXXXXXXX）",
    "cn_hotline": "不是有效的监督举报电话（固定电话、手机、12345等服务号码或400号码）",
}


def _plain_mobiles(values: np.ndarray) -> np.ndarray:
    """Mask of plain 11-digit mobile numbers (the common case, checked without a regex)."""
    n = len(values)
    lengths = np.fromiter(map(len, values), np.int64, n)
    mask = np.zeros(n, dtype=bool)
    idx = np.flatnonzero(lengths == 11)
    if len(idx) == 0:
        return mask
    cp = _ascii_matrix(values[idx], 11)
    if cp is None:
        return mask
    ok = ((cp >= 48) & (cp <= 57)).all(axis=1) & (cp[:, 0] == 49) & (cp[:, 1] >= 51)
    mask[idx[ok]] = True
    return mask


def _phone_check(kind: str):
    regex = _PHONE_RES[kind]

    def run(values: np.ndarray, options: dict, ctx: Context) -> Iterable[Finding]:
        rows = _present(values)
        if kind in ("cn_mobile", "cn_phone", "cn_hotline"):
            rows = rows[~_plain_mobiles(values[rows])]
        private = options.get("_private", True)

        def judge(value: str):
            return None if regex.fullmatch(_fold(value).strip()) else _PHONE_ZH[kind]
        for row, zh in _by_distinct(values, rows, judge):
            yield Finding(row, None, zh, f"not a valid {kind.removeprefix('cn_')} number",
                          show_value=not private)
    return run


register("cn_mobile", "field", "手机号码",
         "Mobile numbers: 1[3-9] and 9 more digits, optionally +86, written 13812345678, "
         "138-1234-5678 or 138 1234 5678; several numbers may be separated by / 、 , ;")(
    _phone_check("cn_mobile"))
register("cn_landline", "field", "固定电话",
         "Landlines: an optional area code 0XX or 0XXX (with -, a space or brackets), a local "
         "number of 7-8 digits not starting with 0 or 1, an optional extension (-123 or 转123).")(
    _phone_check("cn_landline"))
register("cn_phone", "field", "电话号码",
         "A mobile number or a landline (cn_mobile or cn_landline); the default check of a field "
         "declared pii: phone.")(_phone_check("cn_phone"))
register("cn_hotline", "field", "监督举报电话",
         "A number the public can call: a landline, a mobile, a 400/800 number, or a service "
         "number such as 12345, 12315, 95xxx, or 110, 119, 120, 122 (5-digit ones optionally after an area code).")(
    _phone_check("cn_hotline"))


# --- unified social credit code (统一社会信用代码) ------------------------------------------------

@register("cn_uscc", "field", "统一社会信用代码",
          "GB 32100-2015: 18 characters from 0-9 and A-Y without I, O, S, V, Z (upper case), "
          "positions 3-8 an administrative division code, the last a MOD 31 check character.")
def check_uscc(values: np.ndarray, options: dict, ctx: Context) -> Iterable[Finding]:
    def judge(value):
        problem = uscc_problem(value)
        if problem == "format":
            return ("位数或字符错误（应为18位数字或大写字母，不含I、O、S、V、Z）", "format")
        if problem == "check_char":
            return ("校验位错误", "check character wrong")
        return None
    for row, (zh, en) in _by_distinct(values, _present(values), judge):
        yield Finding(row, None, zh, f"unified social credit code: {en}")


# --- budget classification codes (政府收支分类科目) ------------------------------------------------

_LEVEL_OF_LENGTH = {3: 1, 5: 2, 7: 3, 9: 4}


def budget_code_problem(code: str, classification: str | None = None) -> str | None:
    """Why ``code`` is not a well-formed classification code, in Chinese (None when it is).

    Functional (功能分类) codes: 类 3 digits, 款 +2, 项 +2 (revenue codes go on to 目 +2),
    expenditure 2xx and revenue 1xx. Economic (经济分类) codes: 类 3, 款 +2; 3xx (部门预算支出经济
    分类) or 5xx (政府预算支出经济分类)."""
    c = code.strip()
    if not (c.isascii() and c.isdigit()):
        return "应全部为数字"
    kind = classification or ("economic" if c[:1] in ("3", "5") else "functional")
    if kind == "economic":
        if len(c) not in (3, 5):
            return "经济分类科目编码应为3位（类）或5位（款）"
        if c[0] not in "35":
            return "经济分类科目编码应以3（部门经济分类）或5（政府经济分类）开头"
        if c[1:3] == "00" or (len(c) == 5 and c[3:5] == "00"):
            return "类、款编码不能为00"
        return None
    if len(c) not in (3, 5, 7) and not (len(c) == 9 and c[0] == "1"):
        return "功能分类科目编码应为3位（类）、5位（款）或7位（项）"
    if c[0] not in "12":
        return "功能分类科目编码应以1（收入）或2（支出）开头"
    if c[1:3] == "00" or any(c[i:i + 2] == "00" for i in range(3, len(c), 2)):
        return "类、款、项编码不能为00"
    return None


@register("budget_code", "field", "科目编码结构",
          "Government revenue and expenditure classification codes: digits only; functional codes "
          "3/5/7 digits (类/款/项; revenue 目 9), starting 1 (revenue) or 2 (expenditure); economic "
          "codes 3/5 digits (类/款) starting 3 or 5; no 00 segment. The classification comes from "
          "the row's classification field (option classification_field, default "
          "'classification') or, without one, from the first digit.", ("classification_field",))
def check_budget_code(values: np.ndarray, options: dict, ctx: Context) -> Iterable[Finding]:
    frame = ctx.frame
    cfield = options.get("classification_field", "classification")
    kinds = None
    if frame is not None and cfield in frame.columns:
        kinds = frame[cfield].to_numpy(dtype=object)
    rows = _present(values)
    if kinds is None:
        for row, zh in _by_distinct(values, rows, budget_code_problem):
            yield Finding(row, None, zh, "classification code malformed")
        return
    pairs = np.array([f"{kinds[r] if isinstance(kinds[r], str) else ''}\x1f{values[r]}" for r in rows],
                     dtype=object)

    def judge(pair):
        kind, code = pair.split("\x1f", 1)
        return budget_code_problem(code, kind if kind in ("functional", "economic") else None)
    for i, zh in _by_distinct(pairs, np.arange(len(rows)), judge):
        yield Finding(int(rows[i]), None, zh, "classification code malformed")


@register("budget_code_parent", "table", "科目级次与上级科目",
          "For each row with a code: the level equals the code's length (3 -> 1, 5 -> 2, 7 -> 3); "
          "the parent code is the code without its last two digits (empty for a 类); and that parent "
          "appears as a code in the same table (option group, default [table]). Options: code, "
          "level, parent (field names).", ("code", "level", "parent", "group"))
def check_budget_parent(frame: pd.DataFrame, options: dict, ctx: Context) -> Iterable[Finding]:
    code_f = options.get("code", "code")
    level_f = options.get("level", "level")
    parent_f = options.get("parent", "parent")
    group = options.get("group", ["table"])
    group = [group] if isinstance(group, str) else list(group)
    if code_f not in frame.columns:
        raise CheckSkipped(f"no column {code_f}")
    codes = frame[code_f].fillna("").astype(str).str.strip().to_numpy(dtype=object)
    has_level = level_f in frame.columns
    has_parent = parent_f in frame.columns
    levels = frame[level_f].fillna("").astype(str).str.strip().to_numpy(dtype=object) if has_level else None
    parents = frame[parent_f].fillna("").astype(str).str.strip().to_numpy(dtype=object) if has_parent else None
    group_cols = [g for g in group if g in frame.columns]
    keys = (frame[group_cols].fillna("").astype(str).agg("\x1f".join, axis=1).to_numpy(dtype=object)
            if group_cols else np.full(len(frame), "", dtype=object))
    known: dict[str, set[str]] = {}
    for k, c in zip(keys, codes):
        if c:
            known.setdefault(k, set()).add(c)
    for r, c in enumerate(codes):
        if not c or not c.isdigit() or len(c) not in _LEVEL_OF_LENGTH:
            continue        # budget_code reports malformed codes
        level = _LEVEL_OF_LENGTH[len(c)]
        expected_parent = c[:-2] if len(c) > 3 else ""
        if has_level and levels[r] not in ("", str(level)) and levels[r] != f"{level}.0":
            yield Finding(r, level_f, f"科目级次应为{level}（科目编码{c}为{len(c)}位）",
                          f"level should be {level} for the {len(c)}-digit code {c}")
        if has_parent and parents[r] != expected_parent:
            want = expected_parent or "空（类级科目没有上级）"
            yield Finding(r, parent_f, f"上级科目编码应为{want}（科目编码{c}）",
                          f"parent should be {expected_parent or 'empty'} for code {c}")
        if expected_parent and expected_parent not in known.get(keys[r], set()):
            yield Finding(r, code_f, f"上级科目{expected_parent}在本表中没有对应行",
                          f"parent code {expected_parent} has no row in the same table")


@register("budget_identities", "table", "预决算勾稽关系",
          "The budget identities of gongkai.extract.budget.check_identities on the budget lines: a "
          "parent code's amount equals the sum of its children, the 合计 row the sum of the 类 rows, "
          "合计 = 基本支出 + 项目支出 in a row, 收入总计 = 支出总计; each within the rounding of the "
          "printed figures. Needs the budget-lines fields (table, code, level, parent, name, "
          "measure, measure_path, amount, decimals, unit_factor, direction, page, row).")
def check_budget_identities(frame: pd.DataFrame, options: dict, ctx: Context) -> Iterable[Finding]:
    from ..extract.budget import check_identities, rule_zh

    need = ["table", "code", "level", "parent", "name", "measure", "measure_path", "amount",
            "page", "row"]
    missing = [c for c in need if c not in frame.columns]
    if missing:
        raise CheckSkipped("missing columns " + ", ".join(missing))
    lines, index = _budget_lines(frame)
    if lines.empty:
        return
    for result in check_identities(lines, document=False):
        if result["ok"]:
            continue
        rows = index.get((result["table"], result["page"], result["row"]), [])
        row = rows[0] if rows else None
        for r in rows:
            if str(frame.at[frame.index[r], "measure_path"]) and \
                    str(result.get("subject", "")).endswith(str(frame.at[frame.index[r], "measure_path"])):
                row = r
                break
        subject = result.get("subject", "")
        diff = abs(Decimal(result["expected"]) - Decimal(result["actual"]))
        yield Finding(row, "amount" if row is not None else None,
                      f"勾稽关系不成立：{rule_zh(result['rule'])}（{result['table']}，{subject}）："
                      f"表中数为{result['expected']}，按构成计算为{result['actual']}，"
                      f"相差{diff}，超出允许误差{result['tolerance']}",
                      f"budget identity fails: {result['rule']} ({result['table']}, {subject}): "
                      f"printed {result['expected']}, computed {result['actual']}, "
                      f"tolerance {result['tolerance']}")


def _budget_lines(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """The string frame as check_identities expects its lines (Decimal amounts, int fields);
    rows whose amount, page or row does not parse are left out (frictionless reports them)."""
    def col(name, default=""):
        if name in frame.columns:
            return frame[name].fillna("").astype(str).str.strip().tolist()
        return [default] * len(frame)

    amounts = [_decimal(a) for a in col("amount")]
    pages, rows_ = col("page"), col("row")
    decimals, factors, levels = col("decimals", "2"), col("unit_factor", "1"), col("level")
    records, index = [], {}
    names = ["table", "table_kind", "classification", "code", "parent", "name", "measure",
             "measure_path", "direction", "phase"]
    cols = {n: col(n) for n in names}
    for i in range(len(frame)):
        if amounts[i] is None or not pages[i].isdigit() or not rows_[i].isdigit():
            continue
        rec = {n: cols[n][i] for n in names}
        rec["code"] = rec["code"] or None
        rec["parent"] = rec["parent"] or None
        rec["amount"] = amounts[i]
        rec["page"], rec["row"] = int(pages[i]), int(rows_[i])
        rec["decimals"] = int(decimals[i]) if decimals[i].isdigit() else 2
        rec["unit_factor"] = int(factors[i]) if factors[i].isdigit() else 1
        lv = levels[i].removesuffix(".0")
        rec["level"] = int(lv) if lv.isdigit() else None
        records.append(rec)
        index.setdefault((rec["table"], rec["page"], rec["row"]), []).append(i)
    return pd.DataFrame(records), index


# --- periods and dates ----------------------------------------------------------------------------

_PERIOD_RE = re.compile(r"^(\d{4})(?:-(?:(\d{1,2})(?:-(\d{1,2}))?|[Qq]([1-4])|[Hh]([12])))?$")


def parse_period(text: str) -> tuple[date, date]:
    """A period as (first day, last day): ``2026``, ``2026-10``, ``2026-Q3``, ``2026-H1``,
    ``2026-10-01``, or ``START/END`` of any of these."""
    text = str(text).strip()
    if "/" in text:
        start, end = text.split("/", 1)
        return parse_period(start)[0], parse_period(end)[1]
    m = _PERIOD_RE.match(text)
    if not m:
        raise ValueError(f"not a period: {text!r} (YYYY, YYYY-MM, YYYY-Qn, YYYY-MM-DD or START/END)")
    year = int(m.group(1))
    if m.group(3):
        d = date(year, int(m.group(2)), int(m.group(3)))
        return d, d
    if m.group(2):
        month = int(m.group(2))
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    if m.group(4):
        q = int(m.group(4))
        last = q * 3
        return date(year, last - 2, 1), date(year, last, calendar.monthrange(year, last)[1])
    if m.group(5):
        h = int(m.group(5))
        return (date(year, 1, 1), date(year, 6, 30)) if h == 1 else (date(year, 7, 1), date(year, 12, 31))
    return date(year, 1, 1), date(year, 12, 31)


def _value_span(text: str) -> tuple[date, date] | None:
    """The days a cell covers: a date, a year-month, a year; None when it is none of them."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            d = date(*map(int, text.split("-")))
            return d, d
        if re.fullmatch(r"\d{4}-\d{1,2}|\d{4}|\d{4}-[Qq][1-4]", text):
            return parse_period(text)
    except ValueError:
        return None
    return None


@register("date_in_period", "field", "日期在报告期内",
          "A date (YYYY-MM-DD), month (YYYY-MM) or year lies inside the period the data is "
          "declared for: the option period (YYYY, YYYY-MM, YYYY-Qn, START/END), else the option "
          "period_field (a field of the same row holding the period), else the period given to "
          "validation (gongkai validate --period). Without a period the check is skipped and the "
          "report says so.", ("period", "period_field"))
def check_date_in_period(values: np.ndarray, options: dict, ctx: Context) -> Iterable[Finding]:
    private = options.get("_private", False)
    rows = _present(values)
    pfield = options.get("period_field")
    if options.get("period") or (ctx.period and not pfield):
        spec = options.get("period") or ctx.period
        start, end = parse_period(spec)

        def judge(value):
            span = _value_span(value)
            if span is None:
                return None
            if span[0] < start or span[1] > end:
                return spec
            return None
        for row, p in _by_distinct(values, rows, judge):
            yield Finding(row, None, f"不在报告期{p}内", f"outside the period {p}", show_value=not private)
        return
    if pfield:
        frame = ctx.frame
        if frame is None or pfield not in frame.columns:
            raise CheckSkipped(f"no column {pfield}")
        periods = frame[pfield].fillna("").astype(str).to_numpy(dtype=object)
        for r in rows:
            p = periods[r].strip()
            try:
                start, end = parse_period(p)
            except ValueError:
                continue
            span = _value_span(values[r])
            if span is not None and (span[0] < start or span[1] > end):
                yield Finding(int(r), None, f"不在本行报告期{p}内", f"outside the row's period {p}",
                              show_value=not private)
        return
    raise CheckSkipped("no period declared (validate --period YYYY-MM)")


# --- amounts ------------------------------------------------------------------------------------

@register("non_negative", "field", "金额非负",
          "The number is not negative (an amount, a count). Declared where a negative value is an "
          "error rather than a refund or an adjustment.")
def check_non_negative(values: np.ndarray, options: dict, ctx: Context) -> Iterable[Finding]:
    from .columns import canonical_decimals

    rows = _present(values)
    sub = values[rows]
    fast, numbers = canonical_decimals(sub)
    for i in np.flatnonzero(fast & (numbers < 0)):
        yield Finding(int(rows[i]), None, "不能为负数", "negative value")
    slow = rows[~fast]

    def judge(value):
        d = _decimal(value)
        return "neg" if d is not None and d < 0 else None
    for row, _ in _by_distinct(values, slow, judge):
        yield Finding(row, None, "不能为负数", "negative value")


def _numbers(frame: pd.DataFrame, name: str) -> list[Decimal | None]:
    return [_decimal(v) if isinstance(v, str) and v.strip() else None
            for v in frame[name].fillna("").astype(str)]


def _fmt(d: Decimal) -> str:
    return format(d.normalize(), "f") if d == d.to_integral() else format(d, "f")


@register("row_sum", "table", "合计等于各项之和",
          "In each row the total field equals the sum of the part fields (an empty part counts as "
          "0), within the tolerance (option tolerance, default 0.01). Options: total, parts, "
          "tolerance.", ("total", "parts", "tolerance"))
def check_row_sum(frame: pd.DataFrame, options: dict, ctx: Context) -> Iterable[Finding]:
    total_f, parts = options["total"], list(options["parts"])
    tol = Decimal(str(options.get("tolerance", "0.01")))
    absent = [f for f in [total_f, *parts] if f not in frame.columns]
    if absent:
        raise CheckSkipped("missing columns " + ", ".join(absent))
    totals = _numbers(frame, total_f)
    part_values = [_numbers(frame, p) for p in parts]
    raw_parts = [frame[p].fillna("").astype(str).str.strip().tolist() for p in parts]
    labels = "+".join(ctx.titles.get(p, p) for p in parts)
    for r, total in enumerate(totals):
        if total is None:
            continue
        if any(vals[r] is None and raw[r] for vals, raw in zip(part_values, raw_parts)):
            continue       # a part that is not a number: a type error already
        s = sum((vals[r] or Decimal(0) for vals in part_values), Decimal(0))
        if abs(s - total) > tol:
            yield Finding(r, total_f, f"应等于{labels}之和{_fmt(s)}，实为{_fmt(total)}",
                          f"should equal the sum of {', '.join(parts)} ({_fmt(s)}), is {_fmt(total)}")


@register("growth_rate", "table", "增幅与数值一致",
          "The growth rate (percent) equals (current - previous) / previous x 100 within the "
          "tolerance (option tolerance, percentage points, default 0.1); rows whose previous value "
          "is 0 or empty are skipped. Options: current, previous, rate, tolerance.",
          ("current", "previous", "rate", "tolerance"))
def check_growth_rate(frame: pd.DataFrame, options: dict, ctx: Context) -> Iterable[Finding]:
    cur_f, prev_f, rate_f = options["current"], options["previous"], options["rate"]
    tol = Decimal(str(options.get("tolerance", "0.1")))
    absent = [f for f in (cur_f, prev_f, rate_f) if f not in frame.columns]
    if absent:
        raise CheckSkipped("missing columns " + ", ".join(absent))
    cur, prev, rate = _numbers(frame, cur_f), _numbers(frame, prev_f), _numbers(frame, rate_f)
    for r in range(len(frame)):
        if cur[r] is None or prev[r] is None or rate[r] is None or prev[r] == 0:
            continue
        expected = (cur[r] - prev[r]) / abs(prev[r]) * 100
        if abs(expected - rate[r]) > tol:
            e = expected.quantize(Decimal("0.1"))
            yield Finding(r, rate_f, f"应为{e}%（按{ctx.titles.get(cur_f, cur_f)}和"
                                     f"{ctx.titles.get(prev_f, prev_f)}计算），实为{_fmt(rate[r])}%",
                          f"growth rate should be {e}% from {cur_f} and {prev_f}, is {rate[r]}%")


@register("rank_order", "table", "排名与指标一致",
          "Within each group (option group, e.g. the month) the rank field equals the rank of the "
          "by field (1 for the lowest value when ascending, the default; ties share the best rank), "
          "and, with option expected_count, each group has that many rows (17 cities). Options: "
          "rank, by, group, ascending, expected_count.",
          ("rank", "by", "group", "ascending", "expected_count"))
def check_rank_order(frame: pd.DataFrame, options: dict, ctx: Context) -> Iterable[Finding]:
    rank_f, by_f = options["rank"], options["by"]
    group = options.get("group", [])
    group = [group] if isinstance(group, str) else list(group)
    absent = [f for f in [rank_f, by_f, *group] if f not in frame.columns]
    if absent:
        raise CheckSkipped("missing columns " + ", ".join(absent))
    ascending = bool(options.get("ascending", True))
    ranks = [_decimal(v) if str(v).strip() else None for v in frame[rank_f].fillna("").astype(str)]
    values = _numbers(frame, by_f)
    keys = frame[group].fillna("").astype(str).agg(" ".join, axis=1).tolist() if group \
        else [""] * len(frame)
    groups: dict[str, list[int]] = {}
    for r, k in enumerate(keys):
        groups.setdefault(k, []).append(r)
    by_title = ctx.titles.get(by_f, by_f)
    expected_count = options.get("expected_count")
    for k, rows in groups.items():
        if expected_count and len(rows) != int(expected_count):
            what = "、".join(ctx.titles.get(g, g) for g in group)
            where = f"{what}为{k}的数据" if group else "本表"
            yield Finding(None, None, f"{where}应有{expected_count}行，实有{len(rows)}行",
                          f"group {k!r} has {len(rows)} rows, expected {expected_count}")
        usable = [r for r in rows if values[r] is not None and ranks[r] is not None]
        series = pd.Series([float(values[r]) for r in usable], dtype=float)
        expected = series.rank(method="min", ascending=ascending).astype(int).tolist()
        for r, e in zip(usable, expected):
            if ranks[r] != e:
                yield Finding(r, rank_f, f"按{by_title}应为第{e}名，实为第{_fmt(ranks[r])}名",
                              f"rank should be {e} by {by_f}, is {ranks[r]}")


@register("required_if", "table", "条件必填",
          "The field must be filled in the rows where another field has one of the given values "
          "(a non-conforming sample needs its failed items; a penalty on a natural person needs "
          "the person's name); with otherwise_empty: true it must be empty in the other rows (no "
          "personal data where none belongs). Options: field, when ({field: value or [values]}), "
          "otherwise_empty.", ("field", "when", "otherwise_empty"))
def check_required_if(frame: pd.DataFrame, options: dict, ctx: Context) -> Iterable[Finding]:
    target = options["field"]
    when = options["when"]
    absent = [f for f in [target, *when] if f not in frame.columns]
    if absent:
        raise CheckSkipped("missing columns " + ", ".join(absent))
    condition = np.ones(len(frame), dtype=bool)
    described = []
    for name, wanted in when.items():
        wanted = [wanted] if isinstance(wanted, str) else [str(w) for w in wanted]
        condition &= frame[name].fillna("").astype(str).str.strip().isin(wanted).to_numpy()
        described.append(f"{ctx.titles.get(name, name)}为{'或'.join(wanted)}")
    filled = frame[target].fillna("").astype(str).str.strip().to_numpy(dtype=object) != ""
    cond_zh = "、".join(described)
    for r in np.flatnonzero(condition & ~filled):
        yield Finding(int(r), target, f"不能为空（{cond_zh}时必填）",
                      f"required when {when}")
    if options.get("otherwise_empty"):
        for r in np.flatnonzero(~condition & filled):
            yield Finding(int(r), target, f"应为空（仅当{cond_zh}时填写）",
                          f"must be empty unless {when}", show_value=False)


# --- declarations ---------------------------------------------------------------------------------

DERIVED_FROM_PII = {"cn_resident_id": "cn_resident_id", "phone": "cn_phone"}


def _entry(item) -> tuple[str, dict]:
    if isinstance(item, str):
        return item, {}
    if isinstance(item, dict) and isinstance(item.get("check"), str):
        return item["check"], {k: v for k, v in item.items() if k != "check"}
    raise ValueError(f"a domain check is a name or a mapping with 'check': {item!r}")


def declared_checks(schema: dict) -> list[tuple[Check, str | None, dict]]:
    """(check, field name or None, options) for every check the schema declares or implies.
    Raises ValueError on an unknown check name or a check at the wrong level."""
    out = []
    for f in schema.get("fields", []):
        if "domain_checks" in f:
            items = f["domain_checks"] or []
        else:
            derived = DERIVED_FROM_PII.get(f.get("pii") or "")
            items = [derived] if derived else []
        for item in items:
            name, options = _entry(item)
            check = CHECKS.get(name)
            if check is None:
                raise ValueError(f"field {f['name']}: unknown domain check {name!r} "
                                 f"(known: {', '.join(sorted(CHECKS))})")
            if check.level != "field":
                raise ValueError(f"field {f['name']}: {name} is a table check (declare it under "
                                 "gongkai.domain_checks)")
            out.append((check, f["name"], options))
    for item in (schema.get("gongkai") or {}).get("domain_checks", []) or []:
        name, options = _entry(item)
        check = CHECKS.get(name)
        if check is None:
            raise ValueError(f"unknown domain check {name!r} (known: {', '.join(sorted(CHECKS))})")
        if check.level != "table":
            raise ValueError(f"{name} is a field check (declare it on a field's domain_checks)")
        out.append((check, None, options))
    return out
