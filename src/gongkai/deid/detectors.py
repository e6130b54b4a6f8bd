"""Detectors for personal data in Chinese public-sector tables and text.

Each detector is a regular expression that proposes candidates plus, where the format has one,
a Python check that confirms them: the ISO 7064 MOD 11-2 check character and a real birth date
for resident IDs, the Luhn check for bank cards. A :class:`Hit` records the kind, the span and the
detector that fired, never the value itself, so hits can be counted and reported safely.

Two entry points:

* :func:`find_all` scans one string (a cell, a line, a notebook output).
* :func:`detect_series` scans a pandas column. The column is reduced to its distinct values
  (``pandas.factorize``); a first pass over them (:data:`PREFILTER`, searched as two
  patterns) keeps only the values that could hold a personal value (seven digits,
  ``@``, an address unit character, a name cue or relative word); only those go through
  :func:`find_all` and its checksum checks, and the result is spread back to the rows. A column
  of amounts, codes or already-masked values costs one factorize and one pass.

Inside :func:`find_all`, a bare run of digits is classified by its length (11: mobile, 11/12
starting with 0: landline written without a separator, 15/18: resident ID, 16-19: card) before
any further pattern is tried. IDs written in 6-8-4 groups are read too. A card must start in a
payment-card issuer range (3, 4, 5, 6, 9, or 2221-2720), so order and serial numbers that begin
with a year are not cards. A candidate that fails its check does not hide the number after it.

Text is folded before matching with a one-to-one character table (full-width digits and letters
to ASCII, dash variants to ``-``, the traditional forms of the cue words to simplified), so spans
found in the folded text are spans of the original.
"""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass
from typing import Iterable

import numpy as np
import pandas as pd

from ._names import (ADDRESS_TITLES, ADVERBS_AFTER_TITLE, ALL_SINGLE, COMPOUND_SURNAMES, DAI_PREFIX_CHARS,
                     DAI_SYLLABLES, PATRONYMIC_SYLLABLES, MANCHU_CLANS, FAMILIAR_PREFIXES, FIELD_LABELS, FUNCTION_SURNAMES, GIVEN_CHARS, KIN_TITLES, NAME_DOTS, NAME_ELEMENTS,
                     SHORT_TITLES, SURNAMES, TRANSLIT_CHARS, name_element_length)
from ..identifiers import (AREA_CODE, LOCAL_NUMBER, MOBILE, card_prefix_ok, id_check_char,
                           id_shaped, luhn_total, luhn_valid, resident_id_valid)
from ..text import fold

__all__ = [
    "Hit", "KINDS", "PLACEHOLDERS", "PREFILTER", "find_all", "find_all_many", "detect_series",
    "redact_text", "resident_id_valid", "luhn_valid", "looks_like_name", "classify_value",
    "series_hits", "distinct_text", "distinct_hits", "fold", "id_check_char",
]

KINDS = ("cn_resident_id", "phone", "bank_card", "email", "address", "person_name")

PLACEHOLDERS = {
    "cn_resident_id": "〔身份证号〕",
    "phone": "〔电话〕",
    "bank_card": "〔银行卡号〕",
    "email": "〔邮箱〕",
    "address": "〔地址〕",
    "person_name": "〔姓名〕",
}


@dataclass(slots=True, unsafe_hash=True)
class Hit:
    """A personal value found in a string: what it is and where, never the value.

    (Not frozen: a frozen dataclass is several times slower to create, and detection creates
    one per value found. Treat hits as read-only.)"""

    kind: str
    start: int
    end: int
    detector: str


# --- validators ------------------------------------------------------------------------------
# The grammars (check characters, birth dates, Luhn, issuer ranges) live in gongkai.identifiers.

_card_prefix_ok = card_prefix_ok
_id_shaped = id_shaped


def _luhn_digits_ok(digits: str) -> bool:
    return luhn_total(digits) % 10 == 0


# --- patterns --------------------------------------------------------------------------------

_CJK = "\u4e00-\u9fff"

# Digit-based detectors share one pass. ``(?<![0-9])`` and ``(?![0-9])`` keep a match from being
# a slice of a longer digit run; at one starting position the alternatives are tried in order.
_DIGITS_RE = re.compile(r"""
(?<![0-9])(?:
   (?P<id18>[1-9][0-9]{16}[0-9Xx])(?![0-9])
 | (?P<id18s>[1-9][0-9]{5}(?P<idsep>[ -])[0-9]{8}(?P=idsep)[0-9]{3}[0-9Xx])(?![0-9])
 | (?P<card>[2-9][0-9]{3}(?:[ -]?[0-9]{4}){2}[ -]?[0-9]{4}(?:[ -]?[0-9]{1,3})?)(?![0-9])
 | (?P<id15>[1-9][0-9]{14})(?![0-9])
 | (?P<mobile>""" + MOBILE + r""")(?![0-9])
 | (?P<landline>(?:\(""" + AREA_CODE + r"""\)[ ]?|""" + AREA_CODE + r"""[ -])""" + LOCAL_NUMBER
    + r"""(?:-[0-9]{1,5})?)(?![0-9])
 | (?P<landline_bare>0(?:10|2[0-9])[2-9][0-9]{7}|0[3-9][0-9]{2}[2-9][0-9]{6,7})(?![0-9])
)""", re.X)

# Runs of digits and separators long enough to hold a number: _DIGITS_RE runs inside them only
# (a pattern that starts with a character class lets the regex engine skip ahead quickly).
_DIGIT_RUN_RE = re.compile(r"[0-9+(][0-9 ()+Xx-]{9,}")

_EMAIL_RE = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*"
    r"\.[A-Za-z]{2,24}(?![A-Za-z0-9-])")

# A detailed address: a place word (路, 街道, 社区, 村 ...) followed within a few characters by a
# house number with its unit (12号, 3号楼, 2单元, 501室, 3-2-501). 文号 such as 岳政发〔2026〕8号
# have no place word before the number and a bracket, not a character, in front of it; 第8号 is
# excluded explicitly.
_ADDR_MARKERS = ("社区|小区|花园|公寓|大厦|广场|胡同|新村|家属院|路|街|巷|弄|道|村|苑|园|庄|里|屯|"
                 "镇|乡|院|城")
# The house number and its units are found first (an "anchor": 12号, 3号楼2单元501室, 3-2-501);
# a place word within a few characters before it makes it an address, and the place name is
# extended back over the Chinese characters before the place word.
# The lookahead in front is implied by both branches (at most five digits, then a unit word's
# first character or a dash): it changes no match, but at each digit of a phone number or an ID
# the engine tries it once instead of both branches with their backtracking (a third of the
# pattern's time over remarks that give an address and a phone).
_ADDR_ANCHOR_RE = re.compile(
    r"(?=[0-9]{1,5}+[号栋幢座单室-])(?:"
    r"[0-9]{1,5}(?:号楼|号院|栋|幢|座|号|单元|室)(?:[0-9]{1,5}(?:号楼|栋|幢|座|单元|层|楼|室|号|户))*"
    r"|(?!(?:19|20)[0-9]{2}-[01]?[0-9](?:-[0-3]?[0-9])?(?![0-9]))"
    r"[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,5})?(?![0-9])(?:室|号)?(?:[0-9]{1,5}(?:室|号|户))*)")
_ADDR_BEFORE_RE = re.compile(
    rf"(?:{_ADDR_MARKERS})[{_CJK}]{{0,8}}(?:[0-9]{{1,3}}(?:组|队|排|区)[{_CJK}]{{0,6}})?$")
# A crop's character right before the number makes it a variety's code (品种：镇麦9号, 种植中薯5号), not a
# house number after a place word (镇, 园): no place's name ends in these before its number.
_VARIETY_CROPS = frozenset("麦稻粳籼糯薯棉豆")
_ADDR_TRIGGER_RE = re.compile(r"[0-9](?:[号栋幢座室单]|-[0-9])")
_ADDR_LEADS = "家住|现住|现居|住在|居住在|居住于|住址|地址|户籍地|户籍|位于|搬至|迁至|住|在|的"
_ADDR_LEAD_GREEDY = re.compile(rf".*(?:{_ADDR_LEADS})")

# Names: two to four characters after a cue word, or between a relative and 代领.
_NAME_CUES = ("户主姓名|户主|代领人|领取人|领款人|收款人|联系人|申请人|监护人|代理人|委托人|受托人|"
              "代办人|经办人|持卡人|开户人|账户名|开户名|户名|被监护人|家庭成员|姓名")
# Between a cue and its name: a colon, or a copula or a change of holder (户名为, 户主变更为).
_NAME_RE = re.compile(rf"(?:{_NAME_CUES})(?P<sep>[ \t]*:[ \t]*"
                      rf"|[ \t]*(?:变更为|更改为|更名为|改为|为|是|系)?[ \t]*)"
                      rf"(?P<name>[{_CJK}]{{1,6}}(?:[{re.escape(NAME_DOTS)}][{_CJK}]{{1,8}})+"
                      rf"|[{_CJK}]{{2,4}})")
# A relative named in a remark: 由女儿李娟代领, 其女邵莉的银行卡, 联系其弟毛德福, 儿媳李凤英（...）.
# Longer words first: 儿媳妇 before 儿媳, so the name after it is not read from 妇 on.
# 其 may come before a whole relative word (其父亲): the longer reading is tried first, else the
# name would be read from 亲 on.
# Every alternative begins with a character, not a class or an optional 其: the regex engine then
# skips to the characters a relative word can begin with instead of trying all eighty words at
# every position of every cell (these patterns were a tenth of deidentify_frame's time on 1M rows).
_RELATIVE_WORDS = ("儿媳妇|外孙女|外甥女|女儿|儿子|配偶|妻子|丈夫|爱人|老伴|父亲|母亲|孙子|孙女|外孙|"
                   "孙媳|儿媳|女婿|哥哥|姐姐|弟弟|妹妹|侄子|侄女|侄媳|外甥|弟媳|嫂子|姐夫|妹夫|"
                   "长子|长女|次子|次女|三子|三女|四子|四女|幼子|幼女|"
                   "养子|养女|养父|养母|继子|继女|继父|继母|公公|婆婆|岳父|岳母|舅舅|姑姑|叔叔|伯父|伯母|"
                   "堂兄|堂弟|堂姐|堂妹|堂哥|表兄|表弟|表姐|表妹|表哥|亲属|家属|子女|"
                   "外祖父|外祖母|祖父|祖母|爷爷|奶奶|外婆|外公|姥姥|姥爷")
_RELATIVES = rf"其(?:{_RELATIVE_WORDS})|{_RELATIVE_WORDS}|其[女子妻夫父母弟兄哥姐妹孙侄婿媳]"
_RELATION_RE = re.compile(rf"(?:{_RELATIVES})[ \t]*(?P<name>[{_CJK}]{{1,6}}(?:[{re.escape(NAME_DOTS)}][{_CJK}]{{1,8}})+"
                          rf"|[{_CJK}]{{2,4}})")   # (由儿子艾尔肯·努尔代领: the dotted name whole)
_NAME_TRIGGER_RE = re.compile(rf"{_NAME_CUES}|{_RELATIVES}")
_CUE_WORD_RE = re.compile(rf"(?:{_NAME_CUES})")
_CUE_FIRST = frozenset(w[0] for w in _NAME_CUES.split("|"))   # (a cue word begins with one)
_NAME_STOPS = ("身份", "证", "电话", "手机", "座机", "联系", "住址", "地址", "家住", "现住", "住",
               "代领", "照顾", "照料", "赡养", "抚养", "陪护", "继承", "办理", "居住", "签收",
               "代为", "代办", "代签", "代", "领取", "领", "去世", "病故", "外出", "务工", "打工", "签字", "签名", "本人", "性别", "男", "女", "年", "岁", "家",
               "共", "因", "于", "在", "已", "系", "为", "是", "的", "等", "和", "与", "及", "同",
               "户", "卡", "银行", "号", "残疾", "低保", "保障", "金额", "元", "患", "无",
               # a month after the name, not 月 that ends a given name (肖洁月名下, 王秀月家)
               "月份", "月起", "月底", "月初", "月末", "月领", "月均", "月收入", "月人均",
               "之", "被", "现", "经", "办", "所", "有", "不", "对", "将", "向", "到", "自",
               # what a person does or undergoes right after the name (王五迁出, 李四未到场)
               "迁", "搬", "死亡", "住院", "独自", "未", "长期", "一直", "目前", "多次", "曾", "也",
               "确诊", "因病", "应", "须", "名下",
               "都", "又", "就", "还", "并")
_NAME_STOP_FIRST = frozenset(w[0] for w in _NAME_STOPS)   # (read before the 100 words are)
_ONE_CHARACTER_STOPS = tuple(w for w in _NAME_STOPS if len(w) == 1)
_LONG_STOPS = tuple(w for w in _NAME_STOPS if len(w) > 1)   # (努尔 + 代领: always a stop)
_NOT_NAMES = frozenset({"不详", "未知", "本人", "同上", "暂无", "见附件", "空缺", "待定", "其他",
                        "信息", "情况", "签字", "签名", "姓名"})

# Whole-cell name shape (content guess): place and organisation endings are not names.
_NOT_NAME_ENDINGS = ("社区", "村", "镇", "乡", "街道", "局", "委", "会", "办", "处", "科", "所",
                     "站", "院", "校", "司", "厂", "店", "部", "队", "组", "区", "县", "市", "省",
                     "路", "街", "元", "户", "计", "费", "款", "项", "表", "类", "支出", "收入")
_LATIN_NAME_RE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$")
_CJK_NAME_RE = re.compile(rf"^[{_CJK}]{{2,4}}$|^[{_CJK}]{{1,6}}·[{_CJK}]{{1,8}}$")

# The first, vectorised pass: a cell without any of these cannot hold a detectable value. It is
# searched as two parts, one after the other (PREFILTER is their union): the words
# that begin with a fixed character (单元, 户主, 其[女子…]) let the regex engine skip to those
# characters; in one alternation of a hundred branches every position of every cell tried them all
# (a third of the first pass's time over a column of remarks). The other part: digits, marks,
# classes of first characters, addresses with dashes.
_PREFILTER_WORDS = re.compile(
    r"单元|單元|户主|戶主|代领|代領|代为|代為|代办|代辦|代签|代簽|姓名"
    r"|联系人|聯系人|聯繫人|申请人|申請人|监护人|監護人|收款人|领取人|領取人|代理人|委托人|委託人"
    r"|其[女子妻夫父母弟兄哥姐妹孙孫侄婿媳]|女儿|女兒|儿子|兒子|配偶|妻子|丈夫|爱人|愛人|父亲|父親"
    r"|母亲|母親|孙子|孫子|孙女|孫女|外孙|外孫|儿媳|兒媳|女婿|哥哥|姐姐|弟弟|妹妹|侄子|侄女|亲属|親屬"
    r"|家属|家屬|老伴|外甥|孙媳|孫媳|侄媳|弟媳|嫂子|姐夫|妹夫"
    r"|公公|婆婆|岳[父母]|舅舅|姑姑|叔叔|伯[父母]"
    r"|祖[父母]|爷爷|爺爺|奶奶|外婆|外公|姥姥|姥爷|姥爺"
    r"|户名|戶名|持卡人|开户人|開戶人|领款人|領款人|受托人|受託人|代办人|代辦人|经办人|經辦人")
_PREFILTER_OTHERS = re.compile(
    r"[0-9\uff10-\uff19](?:[ \-\u00a0\u3000\uff0d\u2010-\u2015\u2212]?[0-9\uff10-\uff19]){6}"
    r"|[0-9\uff10-\uff19][-\uff0d][0-9\uff10-\uff19]{1,4}[-\uff0d][0-9\uff10-\uff19]"
    r"|[@\uff20号號室栋棟幢座]"
    r"|[长長次三四幼养養继繼][子女]|[养養继繼][父母]|[堂表][兄弟姐妹哥]"
    # addresses written with dashes after a place marker (青松路3-2, 柳林村12-1)
    rf"|(?:{_ADDR_MARKERS})[{_CJK}]{{0,8}}[0-9\uff10-\uff19]{{1,4}}[-\uff0d][0-9\uff10-\uff19]")
PREFILTER = re.compile(_PREFILTER_WORDS.pattern + "|" + _PREFILTER_OTHERS.pattern)
_PREFILTER_PARTS = (_PREFILTER_WORDS, _PREFILTER_OTHERS)


def _may_hold_personal(text) -> bool:
    """Does ``text`` (a string) match :data:`PREFILTER`? (The same answer, faster.)"""
    return isinstance(text, str) and (_WORDS_SEARCH(text) is not None
                                      or _OTHERS_SEARCH(text) is not None)


_WORDS_SEARCH, _OTHERS_SEARCH = (p.search for p in _PREFILTER_PARTS)   # (no generator per text)

#: Detectors whose values a column declared ``keep`` may publish: an office's own landline
#: (监督举报电话). A mobile, an ID, a card, an e-mail or a name in such a column is still personal.
KEEP_EXEMPT_DETECTORS = frozenset({"landline"})

_PRIORITY = {"cn_resident_id": 0, "cn_resident_id_15": 0, "cn_resident_id_cued": 0,
             "cn_resident_id_split": 0, "bank_card_split": 1, "bank_card": 1, "mobile": 2,
             "landline": 3, "email": 4, "person_name": 5, "address": 6}
_HEX = frozenset("0123456789abcdefABCDEF")
HASH_HEX_MIN = 32       # hex digits of the shortest digest the project writes (md5; sha256 is 64)


def _in_hex_token(t: str, start: int, end: int) -> bool:
    """The digits sit inside a longer hex token (a hash, a UUID, one of our pseudonyms): not a
    number someone wrote."""
    before = t[start - 1] if start else " "
    after = t[end] if end < len(t) else " "
    if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
        return end - start == 16 and t[max(start - 4, 0):start] == "pid_"
    i, j = start, end
    while i > 0 and t[i - 1].isascii() and t[i - 1].isalnum():
        i -= 1
    while j < len(t) and t[j].isascii() and t[j].isalnum():
        j += 1
    token = t[i:j]
    if len(token) == 16 and t[max(i - 4, 0):i] == "pid_" and all(c in _HEX for c in token):
        return True
    if len(token) >= 12 and all(c in _HEX for c in token) and not token.isdigit():
        return True
    # a digest glued to the words around it (a database file read as text: …}}70c4be…db6published):
    # the run of hex digits alone is as long as a hash's
    a, b = start, end
    while a > 0 and t[a - 1] in _HEX:
        a -= 1
    while b < len(t) and t[b] in _HEX:
        b += 1
    return b - a >= HASH_HEX_MIN and not t[a:b].isdigit()


_DOT_RE = re.compile("[" + re.escape("".join(NAME_DOTS)) + "]")


def _dai_whole(name: str) -> bool:
    """A Dai name of a prefix and two syllables of Dai names (玉甩当, 岩光南): read whole."""
    return len(name) == 3 and ((name[0] in DAI_PREFIX_CHARS and name[1] in DAI_SYLLABLES
                                and name[2] in DAI_SYLLABLES)
                               or (name[0] in ALL_SINGLE and name[1] in PATRONYMIC_SYLLABLES
                                   and name[2] in PATRONYMIC_SYLLABLES))   # (李扎窝: a Hani name, names.py)


def element_run(t: str, k: int, limit: int | None = None) -> tuple[int, int]:
    """``(end, elements)``: the run of name elements and letters of transliteration from ``k``
    (巴特尔 + 吉日嘎拉, 额尔很 + 高娃, 宝力道 + 其木格: a Mongolian name's family side after the dot,
    whose second element begins with characters the letters lack; twenty-first round), taking at
    each position the longest element, else one letter; at most ``limit`` characters when given."""
    start, elements = k, 0
    while k < len(t) and (limit is None or k - start < limit):
        n = name_element_length(t, k)
        if n:
            k, elements = k + n, elements + 1
        elif t[k] in TRANSLIT_CHARS:
            k += 1
        else:
            break
    return k, elements


def _element_chain_end(cand: str, k: int) -> int:
    """Where such a run (:func:`element_run`) ends, if one element or more stands in it; else 0."""
    end, elements = element_run(cand, k)
    return end if elements and end > k else 0


def _trim_name(cand: str, rest: str) -> str:
    """Cut a name candidate where the following words begin (身份证, 电话, 家住 ...)."""
    text = cand + rest
    dot = max(cand.rfind(d) for d in NAME_DOTS) if _DOT_RE.search(cand) else -1
    if dot >= 0:                                # after the last dot the family name runs over
        k = dot + 2                             # characters of transliteration (赛力克 + 高中毕业)
        while k < len(cand) and cand[k] in TRANSLIT_CHARS:
            k += 1
        k = max(k, dot + 1 + name_element_length(cand, dot + 1))   # or a name element (沙依拉汗-叶尔兰)
        k = max(k, _element_chain_end(cand, dot + 1))   # or elements and letters in a row (round 21)
        if cand[:dot] in MANCHU_CLANS:          # or a Han given name after a Manchu clan (叶赫那拉・昊宇)
            k = max(k, min(len(cand), dot + 3))
        cand = cand[:k]
    first = dot + 2 if dot >= 0 else 2          # a dotted name keeps one character after the dot
    for n in range(first, len(cand)):
        if n == 2 and dot < 0 and text[n] == "家" and _RULES.name_ends_in_jia(text, n):
            continue                            # 其父高博家 + 在场外等候: 家 ends the name (names.py)
        if dot < 0 and n == _given_first(text) + 1 and _RULES._given_runs_on(text, 0, n - 1):
            continue                            # 其子荣丰年 + 报告, 户主刘拴住: the given name runs on
        #                                         over a stop (names._given_runs_on: 丰年, 拴住)
        if dot < 0 and n == _given_first(text) + 1 and _RULES.ends_before_boundary(text, n):
            continue                            # 儿子黄生有 + ，: a stop's character right before a
        #                                         mark ends the given name (names.ends_before_boundary)
        if text[n] in _NAME_STOP_FIRST and text.startswith(_NAME_STOPS, n) and not (
                dot >= 0 and text[n] in TRANSLIT_CHARS and text.startswith(_ONE_CHARACTER_STOPS, n)
                and not text.startswith(_LONG_STOPS, n)):
            return cand[:n]                     # (阿不都: a one-character stop inside a dotted
    #                                             name belongs to the transliteration)
    if dot < 0 and len(cand) > 2:
        verb_not_given = _RULES.verb_not_given       # (the lexicon lives with the name detector)
        for n in range(2, min(len(cand), 4)):
            if verb_not_given(text, n):
                return cand[:n]                 # 高原 + 反映, 李娜 + 表示: a verb begins there
    return cand


def _given_first(text: str) -> int:
    """Where the given name begins in a name read from ``text``'s start (after its surname)."""
    return 2 if text[:2] in COMPOUND_SURNAMES else 1


def _digit_hits(t: str, hits: list[Hit]) -> None:
    for run in _DIGIT_RUN_RE.finditer(t):
        start, end = run.span()
        value = run.group()
        if value.isdigit() or (value[:-1].isdigit() and value[-1] in "Xx"):
            # the usual case, a bare number: classify it by its length, no second regex
            _bare_number(t, value, start, end, hits)
        else:
            _digit_hits_in(t, start, end, hits)
            if (" " in value or "-" in value) and end - start >= 18:
                _grouped_ids(t, start, end, hits)     # (groups of 18 digits: not in 138-1234-5678)


# An ID cue shortly before a number: 身份证号, 证件号码, 公民身份号码, ID No. An 18-character number
# laid out like an ID (a real birth date) after it is somebody's ID even when its check
# character is wrong (mistyped): it is found as cn_resident_id_cued.
_ID_CUE_RE = re.compile(r"(?:身份证|证件|身份号|公民身份|[Ii][Dd](?![A-Za-z]))[^0-9]{0,8}$")
ID_CUE_WINDOW = 14                 # characters before the number searched for the cue


def _id_cue_before(t: str, start: int) -> bool:
    return _ID_CUE_RE.search(t, max(0, start - ID_CUE_WINDOW), start) is not None


def _mistyped_id(t: str, digits: str, start: int, end: int, hits: list[Hit]) -> None:
    if _id_shaped(digits) and (digits[:17].isdigit()) and _id_cue_before(t, start):
        hits.append(Hit("cn_resident_id", start, end, "cn_resident_id_cued"))


_GROUP_RE = re.compile(r"[0-9]+[Xx]?")
GROUP_SEPARATORS = " -"            # one of these between the groups of a grouped number


def _grouped_ids(t: str, start: int, end: int, hits: list[Hit]) -> None:
    """Resident IDs written in groups of any size (3701 0219 9001 0112 31, 370102 1990 0101
    1234): consecutive digit groups, one space or dash apart, whose digits add up to 18 and
    make a valid ID (or an ID-shaped number after an ID cue)."""
    groups = [m.span() for m in _GROUP_RE.finditer(t, start, end)]
    n = len(groups)
    for i in range(n):
        total, j = 0, i
        while j < n:
            s, e = groups[j]
            if j > i and (s - groups[j - 1][1] != 1 or t[s - 1] not in GROUP_SEPARATORS):
                break
            total += e - s
            if total >= 18:
                break
            j += 1
        if total != 18 or j == i or j == n:
            continue
        digits = "".join(t[a:b] for a, b in groups[i:j + 1])
        if not digits[:17].isdigit():
            continue
        s0, e0 = groups[i][0], groups[j][1]
        if resident_id_valid(digits):
            hits.append(Hit("cn_resident_id", s0, e0, "cn_resident_id"))
        else:
            _mistyped_id(t, digits, s0, e0, hits)


def _bare_number(t: str, value: str, start: int, end: int, hits: list[Hit]) -> None:
    n = len(value)
    if n == 18:
        if _in_hex_token(t, start, end):
            return
        if resident_id_valid(value):
            hits.append(Hit("cn_resident_id", start, end, "cn_resident_id"))
        elif value[-1].isdigit() and _card_prefix_ok(value) and _luhn_digits_ok(value) \
                and not _id_shaped(value):
            hits.append(Hit("bank_card", start, end, "bank_card"))
        else:
            _mistyped_id(t, value, start, end, hits)
        return
    if not value[-1].isdigit():
        _digit_hits_in(t, start, end, hits)          # rare: 13812345678X
        return
    if n == 11 or n == 12:
        if value[0] == "0":
            if _bare_landline(value) and not _glued_to_letters(t, start, end) \
                    and not _in_hex_token(t, start, end):
                hits.append(Hit("phone", start, end, "landline"))
        elif n == 11 and value[1] in "3456789" and value[0] == "1" \
                and not _in_hex_token(t, start, end) and not _letter_code(t, start, end):
            hits.append(Hit("phone", start, end, "mobile"))
    elif 16 <= n <= 19:
        if _card_prefix_ok(value) and _luhn_digits_ok(value) and not _in_hex_token(t, start, end):
            hits.append(Hit("bank_card", start, end, "bank_card"))
    elif n == 15 and value[0] != "0":
        if resident_id_valid(value) and not _in_hex_token(t, start, end):
            hits.append(Hit("cn_resident_id", start, end, "cn_resident_id_15"))
    elif n == 13 or n == 15:
        _digit_hits_in(t, start, end, hits)          # 86 / 0086 before a mobile number


def _bare_landline(value: str) -> bool:
    """053186901234, 01062345678: an area code (010 or 02X with an 8-digit local number, or 0
    and three digits from 3-9 with a 7- or 8-digit one) written without a separator; the local
    number starts with 2-9."""
    if value[1] == "1" and value[2] == "0" or value[1] == "2":
        return len(value) == 11 and value[3] in "23456789"
    if value[1] in "3456789":
        return len(value) in (11, 12) and value[4] in "23456789"
    return False


def _glued_to_letters(t: str, start: int, end: int) -> bool:
    """ASCII letters right before or after a digit run (SN0219798125, NO053186901234X): a code,
    not a number written on its own."""
    return (start > 0 and t[start - 1].isascii() and t[start - 1].isalpha()) or \
        (end < len(t) and t[end].isascii() and t[end].isalpha())


def _letter_code(t: str, start: int, end: int) -> bool:
    """Is the digit run ``t[start:end]`` a code's: glued after one capital letter that stands
    alone before it, with a code's label just before (证号：G14152094911, 持证G13159355841, 备案号
    G13631105668)? A certificate's, a filing's or a vehicle's code is written so, a letter of its
    class and its digits (round 27, dw27). Without such a label, or after a contact's label
    (微信号, 手机, 电话: an account or a number someone is reached at), the run stays a phone: a
    leaked number costs more than a code masked."""
    if not (start > 0 and "A" <= t[start - 1] <= "Z"
            and (start == 1 or not (t[start - 2].isascii() and t[start - 2].isalnum()))
            and not (end < len(t) and t[end].isascii() and t[end].isalnum())):
        return False
    before = t[max(0, start - 1 - _CODE_LABEL_REACH):start - 1]
    return any(c in before for c in _CODE_LABEL_CHARACTERS) \
        and not any(w in before for w in _CONTACT_LABELS)


# how far before a lone letter a code's label is looked for, and what marks one (证号, 编号, 备案号,
# 持证, 车牌) or a contact's number instead
_CODE_LABEL_REACH = 6
_CODE_LABEL_CHARACTERS = "证号码牌编"
_CONTACT_LABELS = ("微信", "手机", "电话", "联系", "QQ", "qq", "Tel", "tel")


def _digit_hits_in(t: str, pos: int, endpos: int, hits: list[Hit]) -> None:
    # A candidate that fails its check (a card run that swallowed the next number's first
    # digits: 6230268722412964 148-5876-6338) must not hide what follows: the search goes on
    # from the next character, not from the end of the failed candidate.
    search = _DIGITS_RE.search
    while pos < endpos:
        m = search(t, pos, endpos)
        if m is None:
            return
        before = len(hits)
        _digit_candidate(t, m, hits)
        pos = hits[-1].end if len(hits) > before else m.start() + 1


def _digit_candidate(t: str, m: re.Match, hits: list[Hit]) -> None:
    if True:
        group = m.lastgroup
        start, end = m.span()
        value = m.group()
        if _in_hex_token(t, start, end):
            return
        if group == "id18":
            if resident_id_valid(value):
                hits.append(Hit("cn_resident_id", start, end, "cn_resident_id"))
            elif value[-1].isdigit() and _card_prefix_ok(value) and _luhn_digits_ok(value) \
                    and not _id_shaped(value):
                hits.append(Hit("bank_card", start, end, "bank_card"))
            else:
                _mistyped_id(t, value, start, end, hits)
        elif group == "id18s":
            digits = value.replace(" ", "").replace("-", "")
            if resident_id_valid(digits):
                hits.append(Hit("cn_resident_id", start, end, "cn_resident_id"))
            else:
                _mistyped_id(t, digits, start, end, hits)
        elif group == "card":
            digits = value.replace(" ", "").replace("-", "")
            if _card_prefix_ok(digits) and _luhn_digits_ok(digits) and not _id_shaped(digits):
                hits.append(Hit("bank_card", start, end, "bank_card"))
            elif len(digits) > 16:
                # 16 digits, then a separate short number (6230268722412964 148-5876-6338)
                cut = max(value.rfind(" "), value.rfind("-"))
                head = value[:cut]
                hd = head.replace(" ", "").replace("-", "")
                if cut > 0 and len(hd) == 16 and _card_prefix_ok(hd) and _luhn_digits_ok(hd):
                    hits.append(Hit("bank_card", start, start + len(head), "bank_card"))
        elif group == "id15":
            if resident_id_valid(value):
                hits.append(Hit("cn_resident_id", start, end, "cn_resident_id_15"))
        elif group == "mobile":
            if not _letter_code(t, start, end):
                hits.append(Hit("phone", start, end, "mobile"))
        elif group == "landline":
            hits.append(Hit("phone", start, end, "landline"))
        elif group == "landline_bare":
            if _bare_landline(value) and not _glued_to_letters(t, start, end):
                hits.append(Hit("phone", start, end, "landline"))


def _stop_not_surname(name: str) -> bool:
    """A candidate that starts with a function word (于, 向 ...) is a name only when that word
    is also a surname and the next character does not begin another function word."""
    return not (_surname_led(name) and len(name) >= 2 and not name[1:].startswith(_NAME_STOPS))


# After a role cue, a candidate of two or three characters that the text closes right after it
# (punctuation, a space, a digit, the end) is a name even when its surname is one the inventory
# keeps apart as an everyday word (联系人云雪莲，手机… / 联系人贝玉兰，): the cue and the
# delimiter frame it; function words (和, 由 …) are still stopped by _NAME_STOPS.
_NAME_FRAME_END = re.compile(r"[\s，,。；;：:、（(）)\[\]【】0-9]|$")


def _framed(t: str, m: re.Match, name: str) -> bool:
    """A role cue (one that names a person: …人, 户主) and a delimiter right after the name;
    a label cue (姓名, 户名) is not enough (姓名遮盖、身份证号删除 is not a name)."""
    cue = t[m.start():m.start("sep")]
    return (cue.endswith("人") or cue == "户主") and 2 <= len(name) <= 3 and \
        bool(_NAME_FRAME_END.match(t, m.start("name") + len(name))) \
        and (_person_led(name) or not _common_word(name))   # (经办人 + 核实，: a word, no name)


def _surname_led(name: str) -> bool:
    """Does ``name`` (read after a cue) begin with a surname? A surname that is mostly a plain
    word (和, 由, 区, 时) only before given-name characters common in names (女婿区英, 之女时雪;
    not 家属和邻居)."""
    if name[0] in ALL_SINGLE or name[:2] in COMPOUND_SURNAMES:
        return True
    weights = [GIVEN_CHARS.get(c, 0) for c in name[1:]]
    return name[0] in FUNCTION_SURNAMES and 1 <= len(weights) <= 2 and min(weights) >= 1 \
        and max(weights) >= 2


def _addressed_or_anonymised(name: str, rest: str) -> bool:
    """A surname with a title or an address word (张先生, 李阿姨, 陈老汉) or anonymised (王某,
    李某某): no name, after a cue word as anywhere else."""
    after = (name + rest)[_given_first(name):]
    if after.startswith("某") or (after[:1] in _ADDRESS_TITLE_FIRST
                                  and _RULES.address_title_at(after, 0)):
        return True                                     # (not 王林 + 长期: names.address_title_at)
    if after[:1] in KIN_TITLES or (after[:1] in SHORT_TITLES and not _cjk_at(after, 1)):
        return True                                     # 曾姨; 梁工, 祝总（ : at a phrase's end
    if after[:1] in SHORT_TITLES and after[1:2] in ADVERBS_AFTER_TITLE:
        return True                                     # 佟工 + 均申请: an adverb follows
    if after[:1] in _MASK_FIRST and _MASK_AFTER_RE.match(after):
        return True                                     # 东方××, 陈XX: a surname and a mask
    if _NAME_MASK_RE.search(name, 1):
        return True                                     # 卓玛某某, 阿依**: a name of no surname masked
    return familiar_form(name + rest[:1])


_ADDRESS_TITLE_FIRST = frozenset(w[0] for w in ADDRESS_TITLES)   # (read before the 120 titles are)


# A mask after a surname: the name is anonymised (东方××, 陈XX, 王**, 刘○○).
_MASK_AFTER_RE = re.compile(r"[×xX*＊○〇]{1,3}")
_MASK_FIRST = frozenset("×xX*＊○〇")
_NAME_MASK_RE = re.compile("[某×xX*＊○〇]")


def _cjk_at(t: str, i: int) -> bool:
    return i < len(t) and "\u4e00" <= t[i] <= "\u9fff"


def familiar_form(t: str) -> bool:
    """老王, 小孙 standing alone (the next character, if any, is not Chinese): a surname with a
    familiar prefix. After 小 the character must not be a common given-name character (小梅, 小龙
    are given names shortened)."""
    if len(t) < 2 or t[0] not in FAMILIAR_PREFIXES or t[1] not in SURNAMES or _cjk_at(t, 2):
        return False
    return t[0] == "老" or GIVEN_CHARS.get(t[1], 0) < 2


def _person_led(name: str) -> bool:
    """Does ``name`` begin as a person's name can: a surname, a transliterated name with a dot,
    or an element of a name without a surname (扎西平措)?"""
    return _surname_led(name) or any(d in name for d in NAME_DOTS) or name[:2] in NAME_ELEMENTS \
        or name[:3] in NAME_ELEMENTS


class _NameRules:
    """The name detector's rules the cue detectors ask (organisation or place, plain word, where a
    given name runs on, a title of address …), looked up by name in :mod:`gongkai.deid.names` at
    their first use: names imports this module, so they cannot be imported at the top. The text
    they get is folded already, so the unfolding entry points are skipped."""

    def __getattr__(self, rule: str):
        from . import names

        found = getattr(names, rule)
        setattr(self, rule, found)      # the next lookup is a plain attribute
        return found


_RULES = _NameRules()


def _common_word(name: str) -> bool:
    """A noun, verb or adjective of the name detector's lexicon (:func:`gongkai.deid.names._common_word`)."""
    return _RULES._common_word(name)


def _not_a_person(t: str, start: int, end: int) -> bool:
    """Is the text read after a cue the name of an organisation, a shop or a place, a plain
    word, a word for a person's state or a verb of two characters
    (:func:`gongkai.deid.names.organisation_or_place`, :func:`~gongkai.deid.names.plain_word_at`,
    :func:`~gongkai.deid.names.state_word_at`, :func:`~gongkai.deid.names.verb_not_given`)?"""
    return _RULES._organisation_or_place(t, start, end) \
        or _RULES.minority_surname_misread(t, start, end) or (
        start + 2 <= end and t[start:start + 2] not in COMPOUND_SURNAMES
        and (_RULES.plain_word_at(t, start) or _RULES.state_word_at(t, start))) \
        or (end - start == 2 and _RULES.verb_not_given(t, start))   # 户主常年卧床: an adverb; 户主变更:
    #                                                          a verb, no name; 其妻高血压: a state


# Titles of Dai men before the given name (twenty-first round): 康朗 of one who has left the monastery
# as a learned man, 康南 as Dehong writes it (康朗坎保, 康南香燕): the title and one or two syllables of
# Dai names (DAI_SYLLABLES) are one name, not the surname 康 and a given name 朗.
DAI_TITLES = ("康朗", "康南")


def dai_titled(t: str, start: int) -> int:
    """Length of a Dai title and its one or two Dai syllables at ``start`` (康朗 + 坎保), or 0."""
    if not t.startswith(DAI_TITLES, start):
        return 0
    k = start + 2
    while k < len(t) and k - start < 4 and t[k] in DAI_SYLLABLES:
        k += 1
    return k - start if k > start + 2 else 0


def _settle_name_end(t: str, start: int, name: str) -> str:
    """A three-character name is two when its last character ends no given name (妻子王丽 + 租住);
    a four-character name with a one-character surname is three characters when its last one
    begins a word with what follows (被申请人钱小龙 + 达成协议, 儿子王建国 + 分户), and a longer one
    two when a word for the person's state begins after two (其子李轩 + 高中毕业); a name element
    longer than four characters is read whole (妻子乌云其木格)."""
    titled = dai_titled(t, start)
    if titled:
        return t[start:start + titled]    # (与康朗坎保 + 同住: a Dai title and a given name)
    if t[start] in _LONG_ELEMENT_FIRST:
        for n in _LONG_ELEMENT_LENGTHS:
            if t[start:start + n] in NAME_ELEMENTS:
                return t[start:start + n]
    if len(name) == 3 and _RULES.ends_no_given(t, start + 2) and name[:2] not in COMPOUND_SURNAMES \
            and name not in NAME_ELEMENTS and not any(d in name for d in NAME_DOTS) \
            and not _dai_whole(name) and not _RULES.name_ends_in_jia(t, start + 2) \
            and not _RULES._given_runs_on(t, start, start + 1):
        return name[:2]                   # 妻子王丽 + 租住: no given name ends with 租 (其父高博家 + 在: 家
        #                                   does, names.name_ends_in_jia)
    if len(name) != 4 or name[:2] in COMPOUND_SURNAMES or name[:2] in NAME_ELEMENTS \
            or any(d in name for d in NAME_DOTS) or _RULES.married_four_at(t, start):
        return name                       # (姓名：梁许晓生: a married woman's four, names.married_four_at)
    if _RULES.state_word_at(t, start + 2):
        return name[:2]                   # 其子李轩 + 高中毕业: a state follows
    if _RULES.ends_no_given(t, start + 2):
        return name[:2]                   # 申请人朱辉 + 诉某公司, 尹玲 + 诉林州…: the third character
        #                                   ends no given name, as with three (王丽 + 租住)
    return name[:3] if _RULES.ends_no_name(t, start + 3) else name


_LONG_ELEMENT_LENGTHS = sorted({len(e) for e in NAME_ELEMENTS if len(e) > 4}, reverse=True)
_LONG_ELEMENT_FIRST = frozenset(e[0] for e in NAME_ELEMENTS if len(e) > 4)
_RELATIVE_LEAD_RE = re.compile(f"(?:{_RELATIVES})")
_RELATIVE_FIRST = frozenset(c for c in _RELATIVES if "\u4e00" <= c <= "\u9fff")  # (a superset)


def _name_hits(t: str, hits: list[Hit]) -> None:
    # (the match's positions read once: each m.start("name") looks the group's name up)
    for m in _NAME_RE.finditer(t):
        cand = m.group("name")
        if cand[0] in _RELATIVE_FIRST and _RELATIVE_LEAD_RE.match(cand):
            continue                      # 户主变更为孙女周小雨: the relation pass reads the name
        start, after = m.start("name"), m.end()
        name = _settle_name_end(t, start, _trim_name(cand, t[after:after + 3]))
        end = start + len(name)
        if name in _NOT_NAMES or name[0] == "其" or (name[0] in _NAME_STOP_FIRST
                                                     and name.startswith(_NAME_STOPS)
                                                     and _stop_not_surname(name)) \
                or _addressed_or_anonymised(name, t[end:]) \
                or (name[0] in _CUE_FIRST and _CUE_WORD_RE.match(name)):
            continue                      # (其: a pronoun, 联系人为其女儿; 联系人张先生; 户主 +
            #                               申请人：a second cue, the name comes after it)
        sep = m.group("sep")
        if not sep and _RULES._cue_straddles(t, m.start(), start):
            continue                      # 贫困户 + 名单 + 公示: the cue's halves end and begin words
        if ":" not in sep and (not (_surname_led(name) or _framed(t, m, name))
                               or (sep.strip(" \t\u3000") != sep and (_common_word(name) or name in FIELD_LABELS))):
            continue                      # (姓名 籍贯 职业: a row of a table's headings; 户主 + 村组, a
            #                               form's label: names._field_values reads the table)
        if not (_person_led(name) or _framed(t, m, name)) or _not_a_person(t, start, end):
            continue                      # 监护人：县民政局, 被申请人张记餐饮店: no person
            #                               (联系人贝玉兰，: a rare surname framed by a role cue)
        end = _RULES.minority_name_end(t, start, end)   # (户主叶块 + 坎: a minority's name read short)
        hits.append(Hit("person_name", start, end, "person_name"))
    for m in _RELATION_RE.finditer(t):
        start, after = m.start("name"), m.end()
        name = _settle_name_end(t, start, _trim_name(m.group("name"), t[after:after + 3]))
        if name in _NOT_NAMES or not _surname_led(name):
            continue
        end = start + len(name)
        if name[0] in _NAME_STOP_FIRST and name.startswith(_NAME_STOPS) \
                and _stop_not_surname(name) \
                or _addressed_or_anonymised(name, t[end:]):
            continue
        if _not_a_person(t, start, end):
            continue
        end = _RULES.minority_name_end(t, start, end)   # (其母巴特尔斯 + 琴, 老伴叶冷 + 块)
        hits.append(Hit("person_name", start, end, "person_name"))


# Fuels that a grade's number and 号 stand before (0号柴油, -10号柴油, 92号汽油, 95号乙醇汽油).
_FUEL_AFTER_GRADE = ("柴油", "汽油", "乙醇汽油", "车用汽油", "车用柴油", "普通柴油", "煤油", "航空煤油")


def _address_hits(t: str, hits: list[Hit]) -> None:
    for m in _ADDR_ANCHOR_RE.finditer(t):
        anchor, end = m.span()
        if anchor == 0:
            continue
        prev = t[anchor - 1]
        if prev.isdigit() or prev in "第-" or prev in _VARIETY_CROPS:
            continue                      # (镇麦9号, 中薯5号: a crop variety's number, no house's)
        if t.startswith(_FUEL_AFTER_GRADE, end):
            continue                      # (0号柴油, 92号汽油: a fuel's grade, no house's; round 28, tw28)
        before = _ADDR_BEFORE_RE.search(t, max(0, anchor - 40), anchor)
        if before is None:
            continue
        marker = before.start()
        start, limit = marker, max(0, marker - 20)
        while start > limit and "\u4e00" <= t[start - 1] <= "\u9fff":
            start -= 1
        # words before the place name (家住, 现住在 ...) are not part of the address
        lead = _ADDR_LEAD_GREEDY.match(t, start, marker)
        if lead:
            start = lead.end()
        hits.append(Hit("address", start, end, "address"))


# The general part of an address, kept when the address is removed (DOMAIN: generalise an address
# to its village): what stands before the house number, cut after its last 社区/村 word if it has
# one. A road, an estate or a town without a 社区/村 word after it stays (幸福路12号 -> 幸福路):
# without a number it names thousands of households, not one.
_ADDRESS_HEAD_RE = re.compile(r"[^0-9０-９]*")
_LAST_COMMUNITY_RE = re.compile(
    r".*(?:社区居委会|社区居民委员会|村民委员会|居民委员会|社区|居委会|村委会|嘎查|村)", re.S)


def general_part_of_address(address: str) -> str:
    """The leading part of ``address`` that may stay: 青松社区3号楼501室 -> 青松社区; '' if none."""
    return _general_part_of_head(_ADDRESS_HEAD_RE.match(address).group())


@functools.lru_cache(maxsize=65536)
def _general_part_of_head(head: str) -> str:
    # (cached by what stands before the number: a listing's addresses share few of those)
    m = _LAST_COMMUNITY_RE.match(head)
    return m.group() if m else head.rstrip("-—(（ ,，")


_START = operator.attrgetter("start")


def _resolve(hits: list[Hit]) -> list[Hit]:
    """Drop overlaps: the more specific detector wins; an address loses only its left part."""
    if len(hits) < 2:
        return hits
    hits.sort(key=_START)
    rest = iter(hits)
    end = next(rest).end
    for h in rest:
        if h.start < end:
            break
        end = h.end
    else:
        return hits                                     # the usual case: nothing overlaps
    accepted: list[Hit] = []
    for h in sorted(hits, key=lambda h: (_PRIORITY[h.detector], h.start, -(h.end - h.start))):
        start = h.start
        clash = False
        for a in accepted:
            if a.start < h.end and start < a.end:
                if h.kind == "address" and a.start <= start and a.end < h.end:
                    start = a.end          # a name (or number) swallowed by the address prefix
                    continue
                clash = True
                break
        if clash or start >= h.end:
            continue
        if start != h.start:
            h = Hit(h.kind, start, h.end, h.detector)
        accepted.append(h)
    accepted.sort(key=lambda h: h.start)
    return accepted


def _email_hits(t: str, hits: list[Hit]) -> None:
    if "@" in t:
        for m in _EMAIL_RE.finditer(t):
            hits.append(Hit("email", m.start(), m.end(), "email"))


def _cued_name_hits(t: str, hits: list[Hit]) -> None:
    if _NAME_TRIGGER_RE.search(t):
        _name_hits(t, hits)


def _unit_address_hits(t: str, hits: list[Hit]) -> None:
    if ("号" in t or "室" in t or "单" in t or "栋" in t or "幢" in t or "座" in t or "-" in t) \
            and _ADDR_TRIGGER_RE.search(t):
        _address_hits(t, hits)


# The detectors in the order find_all runs them on a (folded) text; each appends its hits, which
# _resolve then orders and settles. find_all_many runs them in the same order.
_DETECTORS = (_digit_hits, _email_hits, _cued_name_hits, _unit_address_hits)


def find_all(text: str) -> list[Hit]:
    """Every personal value detected in ``text``, left to right, without overlaps."""
    if not text or not isinstance(text, str):
        return []
    t = fold(text)
    hits: list[Hit] = []
    for detect in _DETECTORS:
        detect(t, hits)
    return _resolve(hits)


FIND_MANY_CHUNK = 2048      # texts per round of the detectors in find_all_many


def find_all_many(texts: list) -> list[list[Hit]]:
    """``[find_all(t) for t in texts]``, the same hits, computed detector by detector over a
    few thousand texts at a time instead of text by text: each detector's code and tables (the
    name detector's lexicon) stay in the processor's caches, about a fifth faster over a column
    of remarks."""
    out: list[list[Hit]] = []
    for k in range(0, len(texts), FIND_MANY_CHUNK):
        folded = [fold(text) if text and isinstance(text, str) else None
                  for text in texts[k:k + FIND_MANY_CHUNK]]
        found: list[list[Hit]] = [[] for _ in folded]
        for detect in _DETECTORS:
            for t, hits in zip(folded, found):
                if t is not None:
                    detect(t, hits)
        out.extend(_resolve(hits) for hits in found)
    return out


def _in_order(hits: list[Hit]) -> bool:
    """Are the hits ordered by their start (the order sorting them would keep: it is stable)?"""
    previous = -1
    for h in hits:
        if h.start < previous:
            return False
        previous = h.start
    return True


def redact_text(text: str, hits: Iterable[Hit] | None = None) -> str:
    """``text`` with every hit replaced by its placeholder (〔身份证号〕, 〔电话〕 ...)."""
    if hits is None:
        hits = find_all(text)
    if type(hits) is not list or (len(hits) > 1 and not _in_order(hits)):
        hits = sorted(hits, key=_START)         # (a list in order, as find_all gives it: as it is)
    if not hits:
        return text
    out, pos = [], 0
    append = out.append
    for h in hits:
        start = h.start
        if start < pos:
            continue
        append(text[pos:start])
        kind = h.kind
        if kind == "address":                   # the road or village stays, the number goes
            append(general_part_of_address(text[start:h.end]))
        append(PLACEHOLDERS[kind])
        pos = h.end
    append(text[pos:])
    return "".join(out)


# --- whole values ----------------------------------------------------------------------------

def looks_like_name(value: str) -> bool:
    """A bare personal name: 2-4 Chinese characters with a known surname, or ``Given Family``."""
    v = value.strip()
    if _CJK_NAME_RE.match(v):
        if "·" in v:
            return True
        if v.endswith(_NOT_NAME_ENDINGS):
            return False
        return v[0] in ALL_SINGLE or v[:2] in COMPOUND_SURNAMES
    return bool(_LATIN_NAME_RE.match(v))


def classify_value(value) -> str | None:
    """The kind of a whole cell: ``cn_resident_id`` ... ``person_name``, ``free_text`` when it
    only contains personal values among other text, or None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not np.isfinite(value) or value != int(value):
            return None
        value = int(value)
    v = str(value).strip()
    if not v:
        return None
    t = fold(v)
    hits = find_all(t)
    if hits:
        covered = sum(h.end - h.start for h in hits)
        if len(hits) == 1 and covered >= 0.6 * len(t):
            return hits[0].kind
        return "free_text"
    if looks_like_name(t):
        return "person_name"
    return None


# --- columns ---------------------------------------------------------------------------------

def _is_numeric(dtype) -> bool:
    return (pd.api.types.is_integer_dtype(dtype) or pd.api.types.is_float_dtype(dtype)) \
        and not pd.api.types.is_bool_dtype(dtype)


def _skip_dtype(dtype) -> bool:
    return pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_datetime64_any_dtype(dtype) \
        or pd.api.types.is_timedelta64_dtype(dtype) or isinstance(dtype, pd.PeriodDtype)


def _numeric_candidates(series: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Numbers matter only when long enough to be an ID, a phone or a card stored as a number."""
    arr = series.to_numpy(dtype="float64", na_value=np.nan)
    with np.errstate(invalid="ignore"):
        pos = np.flatnonzero(np.abs(arr) >= 1e6)
    if pd.api.types.is_integer_dtype(series.dtype):
        return pos, [str(int(v)) for v in series.iloc[pos].tolist()]
    raw = arr[pos]
    keep = raw == np.floor(raw)
    return pos[keep], [str(int(v)) for v in raw[keep]]


def _cell_text(v) -> str | None:
    if v is None or v is pd.NA or v is pd.NaT:
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return None
    if isinstance(v, float):
        if v != v:
            return None
        return str(int(v)) if v.is_integer() else str(v)
    return str(v)


def distinct_text(series: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """``(codes, uniques)``: ``series`` as codes into its distinct values, the distinct values as
    a string Series (missing -> code -1). Detection then runs once per distinct value."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        series = series.astype(object)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    if pd.api.types.is_string_dtype(series.dtype) and not pd.api.types.is_object_dtype(series.dtype):
        return codes, pd.Series(uniques)
    texts = [_cell_text(v) for v in uniques]
    return codes, pd.Series(texts, dtype="str")


def distinct_hits(uniques: pd.Series) -> dict[int, tuple[str, list[Hit]]]:
    """``{index: (text, hits)}`` for the values of a string Series that hold personal values.

    First pass: :data:`PREFILTER` (its two parts, one after the other); then
    :func:`find_all` on the candidates only."""
    if len(uniques) == 0:
        return {}
    texts = uniques.tolist()
    pos = [p for p, t in enumerate(texts) if _may_hold_personal(t)]
    return {p: (texts[p], hits) for p, hits in zip(pos, find_all_many([texts[p] for p in pos]))
            if hits}


def series_hits(series: pd.Series) -> list[tuple[int, str, list[Hit]]]:
    """``(position, text, hits)`` for every cell of ``series`` with at least one hit, in row
    order (positions are 0-based)."""
    if len(series) == 0 or _skip_dtype(series.dtype):
        return []
    if _is_numeric(series.dtype):
        pos, texts = _numeric_candidates(series)
        out = []
        for p, t in zip(pos.tolist(), texts):
            hits = find_all(t)
            if hits:
                out.append((p, t, hits))
        return out
    codes, uniques = distinct_text(series)
    found = distinct_hits(uniques)
    if not found:
        return []
    rows = np.flatnonzero(np.isin(codes, np.fromiter(found, dtype=codes.dtype)))
    return [(int(r), *found[int(codes[r])]) for r in rows]


def detect_series(series: pd.Series) -> dict[str, pd.Series]:
    """One boolean mask per kind (:data:`KINDS`): which cells hold a value of that kind."""
    n = len(series)
    masks = {k: np.zeros(n, dtype=bool) for k in KINDS}
    if n and not _skip_dtype(series.dtype):
        if _is_numeric(series.dtype):
            for p, _t, hits in series_hits(series):
                for h in hits:
                    masks[h.kind][p] = True
        else:
            codes, uniques = distinct_text(series)
            found = distinct_hits(uniques)
            if found:
                per_kind = {k: np.zeros(len(uniques) + 1, dtype=bool) for k in KINDS}
                for u, (_t, hits) in found.items():
                    for h in hits:
                        per_kind[h.kind][u] = True
                masks = {k: v[codes] for k, v in per_kind.items()}     # code -1 -> last: False
    return {k: pd.Series(v, index=series.index, name=series.name) for k, v in masks.items()}


# --- numbers split over adjacent cells -------------------------------------------------------
# A card or an ID typed over two neighbouring cells of a row (62220212 | 34567894): no cell alone
# is anything, together they are a valid card or ID. Only cells that hold nothing but digits
# take part, each at least SPLIT_MIN_PART of them; a card needs its issuer range and the Luhn
# check, an ID its check character and birth date. Measured on the accuracy benchmark (5,000
# rows of look-alike columns side by side): windows of three cells with parts of 4 digits took
# an amount, a budget code and a date for a card (6 of 54,013 look-alikes); two cells of at
# least 6 digits altered none.
SPLIT_MIN_PART = 6
SPLIT_MAX_CELLS = 2
_DIGIT_CELL = re.compile(r"\s*[0-9\uff10-\uff19]{4,15}[XxＸｘ]?\s*")


def _digit_cells(series: pd.Series, view: tuple | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(digits per row or '', digit count per row) for a column: cells made of 4-15 digits
    (an X at the end) only. ``view``: the column as ``(codes, texts)`` when the caller has it
    (the row's text is ``texts[codes[row]]``, the last slot None for code -1), so the column is
    not reduced to its distinct values again."""
    n = len(series)
    if n == 0 or _skip_dtype(series.dtype):
        return np.full(n, "", dtype=object), np.zeros(n, dtype=np.int64)
    if view is not None:
        codes, uniques = _distinct_of_view(view)
    else:
        codes, uniques = distinct_text(series)
    lengths = np.zeros(len(uniques) + 1, dtype=np.int64)
    digits = np.full(len(uniques) + 1, "", dtype=object)
    if len(uniques):
        mask = uniques.str.fullmatch(_DIGIT_CELL).to_numpy(dtype=bool, na_value=False)
        for u in np.flatnonzero(mask):
            d = fold(uniques.iloc[u]).strip()
            digits[u], lengths[u] = d, len(d)
    return digits[codes], lengths[codes]


def _distinct_of_view(view: tuple) -> tuple[np.ndarray, pd.Series]:
    """``(codes, uniques)`` as :func:`distinct_text` gives them, from a column's ``(codes,
    texts)`` (texts may repeat; the last slot, None, is code -1's)."""
    codes, texts = view
    sub, uniques = pd.factorize(texts[:-1], use_na_sentinel=True)
    to_distinct = np.empty(len(texts), dtype=np.intp)
    to_distinct[:-1] = sub
    to_distinct[-1] = -1
    return to_distinct[codes], pd.Series(uniques, dtype="str")


def split_number_hits(columns: list[pd.Series], eligible: list[bool] | None = None,
                      views: list | None = None) -> list[tuple[int, tuple[int, ...], str, str]]:
    """``(row, column positions, kind, detector)`` for each card or resident ID split over
    2..SPLIT_MAX_CELLS adjacent cells of a row (``columns`` in their order, positions 0-based).
    ``eligible`` (one flag per column) leaves out columns that cannot hold a bare number (a
    column de-identification has replaced by pseudonyms or masks); ``views`` (one per column,
    or None) are the columns' ``(codes, texts)`` where the caller has them (:func:`_digit_cells`)."""
    if len(columns) < 2:
        return []
    empty = (np.full(len(columns[0]), "", dtype=object), np.zeros(len(columns[0]), dtype=np.int64))
    ok_col = [eligible is None or eligible[i] for i in range(len(columns))]
    # a column takes part only beside another that may (every window holds a pair of neighbours)
    paired = [ok_col[i] and ((i > 0 and ok_col[i - 1]) or (i + 1 < len(columns) and ok_col[i + 1]))
              for i in range(len(columns))]
    cells = [_digit_cells(s, views[i] if views else None) if paired[i] else empty
             for i, s in enumerate(columns)]
    out: list[tuple[int, tuple[int, ...], str, str]] = []
    taken: set[tuple[int, int]] = set()
    for width in range(2, SPLIT_MAX_CELLS + 1):
        for c in range(len(columns) - width + 1):
            lens = [cells[c + k][1] for k in range(width)]
            ok = np.ones(len(lens[0]), dtype=bool)
            for k, part in enumerate(lens):
                ok &= part >= SPLIT_MIN_PART
            if not ok.any():
                continue
            total = sum(lens)
            ok &= (total >= 16) & (total <= 19)
            for r in np.flatnonzero(ok).tolist():
                parts = [cells[c + k][0][r] for k in range(width)]
                if any(not p.isdigit() for p in parts[:-1]) or any((r, c + k) in taken
                                                                   for k in range(width)):
                    continue
                joined = "".join(parts)
                span = tuple(range(c, c + width))
                if len(joined) == 18 and resident_id_valid(joined):
                    out.append((r, span, "cn_resident_id", "cn_resident_id_split"))
                elif joined.isdigit() and _card_prefix_ok(joined) and _luhn_digits_ok(joined) \
                        and not _id_shaped(joined):
                    out.append((r, span, "bank_card", "bank_card_split"))
                else:
                    continue
                taken.update((r, k) for k in span)
    return out
