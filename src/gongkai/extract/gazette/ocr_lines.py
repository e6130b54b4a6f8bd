"""Lines of scanned pages mended before items are read from them: signature dates and 文号.

Small print suffers most from OCR: a signing date comes back as 二口二七年三月二十五日 or
二〇二六年十月二十八有, a 文号 as 后政办发12027) 18号 or 岳政办发2027] 46号. Both follow a strict
grammar, so a reading that breaks it is first mended by the grammar alone (a zero read as 口
or O, a bracket read as 1 or j, the 日 at the end); what the grammar cannot mend is read again
on its own (:func:`gongkai.extract.ocr.read_region`: the line cut out, enlarged, read as one
line; a date with only the characters a date may hold). A mended reading is kept only when it
parses and is plausible for the issue (a signing date not after the issue's date nor years
before it, a 文号's year not after the issue's); the line's reading as OCR gave it is kept
beside it (``_Page.mended``) and the items holding such lines are flagged ``ocr_corrected``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..layout import TextLine
from ..parsers import parse_doc_number
from .families import _Rules
from .fields import _DATE_ONLY_RE, _signature_date
from .lines import _nospace, fold
from .pages import _Page
from .titles import _doc_number_line

# what a date line may hold, for reading it again (Tesseract answers only with these)
DATE_WHITELIST = "0123456789〇一二三四五六七八九十年月日"
# marks OCR gives for the zero of a year in Chinese numerals (〇 is a bare ring)
_ZERO_LIKE = "〇○零OoＯ0口D"
_CN_NUMERALS = "〇一二三四五六七八九十"
DATE_LINE_SHARE = 0.6   # share of a line's characters that are date characters for it to be a date line
DATE_LINE_CHARS = (6, 18)  # a date line's length as read (二〇二六年十二月三十一日 is 11; noise added)
SIGNED_YEARS_BEFORE = 2  # a signing date is at most this many years before the issue's year
DOC_LINE_CHARS = (6, 24)  # a 文号 line's length as read


def _date_chars(text: str) -> int:
    return sum(1 for ch in text if ch in DATE_WHITELIST or ch in _ZERO_LIKE)


def looks_like_date_line(text: str) -> bool:
    """A line that is, by its characters, a date on its own (as a signature's date is): not a
    date in brackets (a list's date under its title), nothing but marks after its 日 (a
    masthead's 2027年3月10日出版)."""
    s = _nospace(text)
    if not DATE_LINE_CHARS[0] <= len(s) <= DATE_LINE_CHARS[1]:
        return False
    if s[0] in "（(〔[［【" or s[-1] in "）)〕]］】" or re.search(r"日.*[\u4e00-\u9fff]", s):
        return False
    if not ("月" in s and ("年" in s or "日" in s)):
        return False
    return _date_chars(s) >= DATE_LINE_SHARE * len(s)


def _spelled(year: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(year))


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (short strings)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


YEAR_EDITS = 2  # a year in Chinese numerals this many edits from one the issue can carry is that year


def fit_year(year: str, issue_year: int | None) -> str | None:
    """A signing year in Chinese numerals as read (二全七, 二二一七) made the year it must be: the
    one spelled closest to it among the years a signing date of the issue may have (the issue's
    year and the SIGNED_YEARS_BEFORE before it), when it is at most YEAR_EDITS edits away and
    no other is as close."""
    if issue_year is None:
        return None
    ranked = sorted((_edits(year, _spelled(y)), _spelled(y))
                    for y in range(issue_year - SIGNED_YEARS_BEFORE, issue_year + 1))
    if ranked[0][0] <= YEAR_EDITS and (len(ranked) == 1 or ranked[1][0] > ranked[0][0]):
        return ranked[0][1]
    return None


def mend_date(text: str, issue_year: int | None = None) -> str | None:
    """A date line's reading mended by the grammar of dates (year 年 month 月 day 日), or None:
    marks around it dropped, a zero of a Chinese-numeral year read as 口/O/0 made 〇, the 〇 of
    二〇XX restored when it was lost, the closing 日 restored when another mark stands there;
    a Chinese-numeral year still not a year the issue can carry is fitted to one
    (:func:`fit_year`)."""
    s = _nospace(text)
    s = re.sub(r"^[^\d〇○零一二三四五六七八九十OoＯ口D]+", "", s)
    m = re.match(r"^(?P<y>[^年]{3,5})年(?P<m>[^月]{1,3})月(?P<d>[^日]{1,3}?)(?:日|.)?$", s)
    if not m:
        return None
    year, month, day = m.group("y"), m.group("m"), m.group("d")
    if re.fullmatch(r"(?:19|20)\d{2}", year):
        if month.isdigit() and day.isdigit():
            return f"{year}年{month}月{day}日"
        return None
    if any(ch.isdigit() and ch != "0" for ch in year):
        return None
    year = "".join("〇" if ch in _ZERO_LIKE else ch for ch in year)
    if len(year) == 3 and year[0] == "二" and "〇" not in year:
        year = "二〇" + year[1:]
    if any(ch not in _CN_NUMERALS for ch in month + day):
        return None
    if issue_year is not None and year not in {_spelled(y) for y in range(issue_year - SIGNED_YEARS_BEFORE,
                                                                       issue_year + 1)}:
        year = fit_year(year, issue_year) or year
    if len(year) != 4 or any(ch not in _CN_NUMERALS for ch in year):
        return None
    return f"{year}年{month}月{day}日"


def plausible_signing(d: dt.date | None, issue_year: int | None, issue_date: dt.date | None) -> bool:
    """A signing date the issue can carry: not after the issue's date (or year), at most
    SIGNED_YEARS_BEFORE years before its year."""
    if d is None:
        return False
    if issue_date is not None and d > issue_date:
        return False
    if issue_year is not None and not issue_year - SIGNED_YEARS_BEFORE <= d.year <= issue_year:
        return False
    return True


_DOC_SHAPE = re.compile(
    r"^(?P<agency>[\u4e00-\u9fff]{1,12}?)(?P<open>[〔\[［（(【{<「]+|[1lI|])?"
    r"(?P<year>(?:19|20)\d{2})(?P<close>[〕\]］）)】}>」]+|[1lIjJ|」])?(?P<serial>\d{1,5})(?P<hao>[号號])$")


def looks_like_doc_number_line(text: str) -> bool:
    """A line that is, by its shape, a 文号 on its own: Chinese characters, a year, a number."""
    s = _nospace(text)
    return (DOC_LINE_CHARS[0] <= len(s) <= DOC_LINE_CHARS[1] and bool(re.match(r"^[\u4e00-\u9fff]", s))
            and bool(re.search(r"(?:19|20)\d{2}", s)) and bool(re.search(r"\d\s*[号號弓]?$", s))
            and not re.search(r"[，。；：,;:]", s))


def mend_doc_number(text: str) -> str | None:
    """A 文号 line's reading mended by the 文号 grammar (机关代字〔年份〕序号号), or None: a
    bracket read as 1, l, j or |, or lost, is put back (brackets come in pairs; 〔〕 when the
    one printed is not known), a closing 号 read as 弓 is made 号."""
    s = _nospace(text)
    s = re.sub(r"弓$", "号", s)
    m = _DOC_SHAPE.match(s)
    if not m:
        return None
    opening, closing = m.group("open") or "", m.group("close") or ""
    real_open = opening and opening[-1] in "〔[［（(【"
    real_close = closing and closing[0] in "〕]］）)】"
    if real_open and real_close:
        return s  # nothing to mend here
    pairs = {"〔": "〕", "[": "]", "［": "］", "（": "）", "(": ")", "【": "】"}
    rev = {v: k for k, v in pairs.items()}
    left = opening[-1] if real_open else (rev[closing[0]] if real_close else "〔")
    right = closing[0] if real_close else pairs.get(left, "〕")
    return f"{m.group('agency')}{left}{m.group('year')}{right}{m.group('serial')}{m.group('hao')}"


def mend_quotes(text: str) -> str | None:
    """Chinese quotation marks for the ASCII ones OCR answers (“一网通办"改革 -> “一网通办”改革):
    a " closes the “ left open before it on the line, else opens one. None when there is none."""
    if '"' not in text:
        return None
    out, open_ = [], False
    for ch in text:
        if ch == "“":
            open_ = True
        elif ch == "”":
            open_ = False
        elif ch == '"':
            ch = "”" if open_ else "“"
            open_ = not open_
        out.append(ch)
    return "".join(out)


_OPENERS = "（(《〈<[【「"


def mend_disclosure(text: str, rules: _Rules) -> str | None:
    """A disclosure line whose brackets OCR misread ((此件公开发布 without its closing bracket,
    《此件依申请公开)): the brackets put right when the family's disclosure pattern then reads it."""
    s = _nospace(text)
    if len(s) > 24 or "此件" not in s or any(p.search(fold(s)) for p in rules.disclosure):
        return None
    inner = s.lstrip(_OPENERS).rstrip("）)》〉>]】」")
    fixed = f"（{inner}）"
    return fixed if any(p.search(fold(fixed)) for p in rules.disclosure) else None


Reread = Callable[..., tuple[str, float | None]]


def mend_lines(pages: list[_Page], rules: _Rules, reread: Reread | None, issue_year: int | None,
               issue_date: dt.date | None) -> list[dict]:
    """Mend the signing-date and 文号 lines of the scanned pages (see the module's doc); returns
    what was changed: [{"page", "as_read", "mended", "how"}]. Each page's ``mended`` maps the
    changed lines (by id) to their reading as OCR gave it."""
    changes: list[dict] = []
    for pg in pages:
        if not pg.ocr or pg.role != "content":
            continue
        for ln in pg.lines:
            if ln.conf is None:
                continue
            found = _mend_date_line(ln, reread, issue_year, issue_date) or _mend_doc_line(ln, rules, reread,
                                                                                           issue_year)
            if found is None:
                marks = mend_disclosure(ln.text, rules) or mend_quotes(ln.text)
                found = (marks, "marks") if marks and marks != ln.text else None
            if found is None:
                continue
            text, how = found
            pg.mended[id(ln)] = ln.text
            changes.append({"page": pg.number, "as_read": ln.text, "mended": text, "how": how})
            ln.text = text
    return changes


def _valid_date_line(text: str) -> dt.date | None:
    s = _nospace(text)
    return _signature_date(s) if _DATE_ONLY_RE.fullmatch(s) else None


def _mend_date_line(ln: TextLine, reread: Reread | None, issue_year: int | None,
                    issue_date: dt.date | None) -> tuple[str, str] | None:
    if not looks_like_date_line(ln.text):
        return None
    if plausible_signing(_valid_date_line(ln.text), issue_year, issue_date):
        return None
    mended = mend_date(ln.text, issue_year)
    if mended and plausible_signing(_valid_date_line(mended), issue_year, issue_date):
        return mended, "date grammar"
    if reread is None:
        return None
    again, _ = reread(ln.page, (ln.x0, ln.top, ln.x1, ln.bottom), whitelist=DATE_WHITELIST)
    for candidate in (again, mend_date(again, issue_year)):
        if candidate and plausible_signing(_valid_date_line(candidate), issue_year, issue_date):
            return candidate, "read again"
    return None


def _doc_year_ok(text: str, rules: _Rules, issue_year: int | None) -> bool:
    parsed = _doc_number_line(text, rules)
    return parsed is not None and (issue_year is None or parsed.year <= issue_year)


def _mend_doc_line(ln: TextLine, rules: _Rules, reread: Reread | None,
                   issue_year: int | None) -> tuple[str, str] | None:
    if not looks_like_doc_number_line(ln.text) or _doc_number_line(ln.text, rules):
        return None
    mended = mend_doc_number(ln.text)
    if mended and _doc_year_ok(mended, rules, issue_year):
        return mended, "文号 grammar"
    if reread is None:
        return None
    again, _ = reread(ln.page, (ln.x0, ln.top, ln.x1, ln.bottom))
    for candidate in (again, mend_doc_number(again)):
        if candidate and _doc_year_ok(candidate, rules, issue_year) and parse_doc_number(candidate, trim=False):
            return candidate, "read again"
    return None
