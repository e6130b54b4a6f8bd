"""Person names in free text, with or without a cue word: 由张伟领取, collected by Wang Wei.

The cue-based detectors (:mod:`gongkai.deid.detectors`) find a name after 户主, 代领人 or a
relative word. This module finds the names they cannot: a surname from the inventory
(``surnames.tsv``: single and compound surnames with their frequencies) followed by one or two
given-name characters, in any sentence. Three kinds of evidence decide:

* **the surname and the given-name characters** (``given_chars.tsv``): 张 + 伟 reads as a name,
  张 + 店 does not;
* **a lexicon**: the word list and frequencies that ship inside the ``jieba`` package
  (``dict.txt``; nothing is downloaded). A surname character that begins a common word
  (王国, 高速, 方案, 周边, 黄金) does not start a name, and a given-name character that begins the
  next word (高凯 + 夫妇) is not taken into the name;
* **context**: words that announce a person (当事人, 经营者, 投诉人, 邻居 ... before; 同志, 先生,
  女士, 本人, 之子 ... after) let a name through with rarer given-name characters or a surname
  that is also a common word; place, road, company and shop endings after the candidate
  (张店区, 李村, 中山路, 王记餐饮店, 刘家庄) and anonymised forms (王某, 李某某) stop it.

When the characters alone cannot decide (a given-name character outside the table and no cue),
jieba's part-of-speech tagger (tag ``nr``, an HMM whose model ships in the package) has the last
word; it runs only on those few texts. English-language text is read for titles (Mr/Ms/Mrs),
role words (contact:, collected by, applicant ...) and capitalised pinyin pairs (Wang Wei,
Xiuying Li, SHANGGUAN Lin) that are not followed by a place or company word.

``public_names=True`` (declared per field in the schema: gazette appointments, where officials'
names are public) turns off the detection of uncued names; names after a cue word that marks a
private person (代领人, 户主, 联系人 ...) are still found by the cue-based detectors.

:data:`NAME_PREFILTER` is the cheap first pass for columns: a value without a surname character
followed by a Chinese character, and without a capitalised word pair or a title, holds no name
this module can find.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from importlib import resources

from ._names import (COMPOUND_SURNAMES, FUNCTION_SURNAMES, GIVEN_CHARS, NAME_SURNAMES,
                     PINYIN_SURNAMES, WORD_SURNAMES)
from .detectors import Hit
from ..text import fold

__all__ = ["find_names", "redact_names", "may_hold_name", "NAME_PREFILTER", "DETECTOR",
           "LATIN_DETECTOR", "PLACEHOLDER", "series_name_hits", "redact_with", "redact_personal"]

DETECTOR = "person_name_text"          # a name in Chinese text found without a cue list
LATIN_DETECTOR = "person_name_latin"   # a pinyin / English-order name
PLACEHOLDER = "〔姓名〕"

_CJK = "\u4e00-\u9fff"
_SINGLE = "".join(sorted(NAME_SURNAMES | WORD_SURNAMES | FUNCTION_SURNAMES))

# A lexicon word of at least this frequency (jieba's dict.txt counts) is a word, not the start of
# a name, whatever its tag: 文明 (6584) and 王府 (1251) are tagged nr there; 刘家庄 (3) too.
LEXICON_WORD_MIN = 20
# A given-name character of at least this weight (given_chars.tsv) is enough without a cue for a
# surname that also begins everyday words (高, 方, 周, 黄 ...).
STRONG_GIVEN = 2

# Characters that end a name: particles, prepositions, verbs that follow a subject.
_STOP = set("的了在于和与及或等是为被把向从到对将已也都就又还再并且而但因所以之其这那此该各每某"
            "称说讲问看见去来回住领交给让请由经按据自共同每号元个位名人户家中内外上下前后"
            "，。；：、（）()[]【】〔〕《》“”‘’\"' \t\n,.;:!?！？·")
# A number before a surname character makes it a measure word (5张表, 三张, 两条).
_NUMERALS = set("0123456789一二三四五六七八九十两几数百千万半每")
# After the candidate, these begin a place, road, company or shop name: not a person.
_PLACE_ENDS = set("区县市省州镇乡村庄屯寨湾岛港路街巷道桥店馆铺厂坊楼阁寺庙园场站局厅署社委所")
_ORG_WORDS = ("公司", "集团", "大厦", "广场", "小区", "花园", "新村", "社区", "家园", "公寓", "新城",
              "山庄", "苑", "诊所", "超市", "商行", "商店", "酒店",
              "饭店", "宾馆", "餐饮", "餐厅", "中心", "大街", "大道", "胡同", "家庄", "家村", "家湾",
              "家楼", "家镇", "家营", "家铺", "家小厨", "氏", "记", "珠宝", "牛肉", "烧烤", "理发",
              "五金", "文具", "水库", "煤矿", "小学", "中学", "大学", "医院", "卫生院", "银行",
              # venues
              "舞台", "剧场", "剧院", "影城", "影院", "会所", "会馆", "茶楼", "酒楼", "农家乐",
              "药房", "药店", "门诊", "浴池", "网吧", "驾校")
# Words that begin with a place character but follow a person's name: 张伟家住, 李明局长.
_PLACE_CHAR_WORDS = ("家住", "家中", "家属", "家庭", "家人", "家里", "路过", "所在", "所述", "所有",
                     "局长", "处长", "厅长", "社长", "站长", "场长", "厂长", "店主", "店长", "楼上",
                     "楼下", "村民", "村委", "乡长", "镇长", "县长", "市长", "省长", "区长", "委员")
# A 文号 issuer (鲁民〔2026〕7号, 岳政发(2025)3号) is followed by a bracketed year.
_ISSUER_RE = re.compile(r"[〔\[(（［【]\s*(?:19|20)[0-9]{2}\s*[〕\])）］】]")
# A lexicon word this frequent is a word even after a cue (由高速公路, 见到方案).
CUED_WORD_MIN = 1000
# ... and before two common given-name characters that end a phrase (胡子涵反映: 胡子 1297).
GIVEN_PAIR_WORD_MAX = 2000
# A given-name character that marks a shop, a place or an anonymised person, never a given name.
_NOT_GIVEN = set("某记氏家村庄镇区县市路街店厂楼") | set("姓")

# Words that announce a person before the name; the name may then use rarer characters.
_BEFORE_CUES = ("当事人", "经营者", "投诉人", "举报人", "来电人", "来信人", "反映人", "申请人",
                "被申请人", "代领人", "领取人", "领款人", "收款人", "联系人", "原户主", "户主",
                "监护人", "委托人", "受托人", "代理人", "负责人", "经手人", "经办人", "签收人",
                "见证人", "法定代表人", "邻居", "群众", "市民", "村民", "居民", "患者", "店主",
                "摊主", "业主", "房东", "租户", "司机", "员工", "职工", "老人", "由", "委托", "见到",
                "联系", "交给", "告知", "通知", "帮助", "陪同", "之子", "之女", "之妻", "之夫",
                "之父", "之母", "之孙", "外甥女", "外甥", "侄女", "侄子", "女儿", "儿子", "妻子",
                "丈夫", "配偶", "姓名", "名叫", "叫")
# Words right after a name that confirm it; the strong ones even when the name begins like a
# common word (雷雨泽夫妇, 胡子涵同志).
_STRONG_AFTER_CUES = ("同志", "先生", "女士", "老人", "本人", "夫妇", "之子", "之女", "之妻", "之夫",
                      "之父", "之母")
_AFTER_CUES = _STRONG_AFTER_CUES + ("代领", "代为", "领取", "签字", "签收", "反映", "投诉", "来电",
                                    "来信", "称", "自述", "提供", "家庭", "一家", "户")
_BEFORE_RE = re.compile("(?:" + "|".join(sorted(_BEFORE_CUES, key=len, reverse=True))
                        + r")[ \t]*(?:[:：]|为|是|系)?[ \t]*$")

# Candidate starts: any surname character, or a compound surname (tried first).
_START_RE = re.compile("(?=(" + "|".join(sorted(COMPOUND_SURNAMES, key=len, reverse=True))
                       + f"|[{_SINGLE}]))")

# --- English / pinyin -------------------------------------------------------------------------

_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|"
             r"ia|ie|iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)")
_PINYIN_RE = re.compile(rf"(?:{_SYLLABLE}){{1,3}}")
_TITLE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Mme)\.?[ \t]+"
                       r"(?P<name>(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \t]+[A-Z][a-z]+)?)\b")
_PAIR_RE = re.compile(r"\b(?P<a>[A-Z][a-z]+|[A-Z]{2,})[ \t]+(?P<b>[A-Z][a-z]+|[A-Z]{2,})\b")
# Words after a capitalised pair that make it a place or an organisation.
_LATIN_PLACE_WORDS = frozenset("""district road rd street st avenue ave lane town township village
county city province prefecture zone park bridge river lake mountain hill island port station
co company corp corporation ltd limited inc group restaurant house shop store hotel bureau office
committee hospital clinic school university college market mall centre center tourism garden
plaza tower building community estate industrial trading noodle noodles hardware barbecue
supermarket bank""".split())
# English words that are also spelled like pinyin: two of them together are not a name.
_ENGLISH_WORDS = frozenset("""a an he me we she hang long man men ban pan tan ran fan can
bang gang sang fang hen ten pen den ken sun run fun gun bun nun done die lie tie pie zen
shin chin sing ding ping bin lin tin pin kin sin win wang hong kong nan bay you""".split())
# Words before a capitalised pair that announce a person (collected by, contact:, applicant).
_LATIN_CUE_RE = re.compile(r"(?:\bby|\bwith|\bcontact(?: person)?|\bhead|\bapplicant|\bholder|"
                           r"\brecipient|\bpayee|\bguardian|\bagent|\bname|\bparty|\bowner|"
                           r"\bcomplainant|\bcaller|\bneighbou?r)[ \t]*[:：]?[ \t]*$", re.I)
_LATIN_TRIGGER_RE = re.compile(r"[A-Z][a-z]*[ \t]+[A-Z]|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam)\b")

# The first pass for a column: can this value hold a name this module finds?
NAME_PREFILTER = re.compile(f"[{_SINGLE}][{_CJK}]|" + _LATIN_TRIGGER_RE.pattern)

_log = logging.getLogger(__name__)


# --- the lexicon and the tagger (loaded on first use) -----------------------------------------

@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[int, str]]:
    """word -> frequency, from the dictionary inside the jieba package (words of 2-4 characters
    that begin or end with a surname character, the only ones the rules ask about)."""
    starts = set(_SINGLE)
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    # one regular-expression pass over the 350,000 lines (a loop over lines took 1.5x as long)
    return {w: (int(freq), tag) for w, freq, tag in _DICT_LINE.findall(text)
            if w[0] in starts or w[-1] in starts or len(w) == 2}


_DICT_LINE = re.compile(r"^(\S{2,4}) ([0-9]+) (\S+)", re.M)


def _freq(w: str) -> int:
    return _lexicon().get(w, (0, ""))[0]


def _is_word(w: str) -> bool:
    return _freq(w) >= LEXICON_WORD_MIN


def _is_verb(w: str) -> bool:
    freq, tag = _lexicon().get(w, (0, ""))
    return freq >= LEXICON_WORD_MIN and tag.startswith("v")


@lru_cache(maxsize=1)
def _tagger():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg


TAGGER_CALLS = [0]                    # texts the tagger has read (the benchmark reports it)


# The tagger reads this many characters on each side of an undecided candidate, not the whole
# text: its cost grows with the text (9 ms for a long address line under load), and the words
# next to a candidate are what decide its tag.
TAGGER_WINDOW = 8


@lru_cache(maxsize=65536)
def _tagger_starts(text: str) -> frozenset[int]:
    """Start offsets of the tokens jieba's tagger reads as person names (tag nr*)."""
    TAGGER_CALLS[0] += 1
    out, pos = set(), 0
    for token in _tagger().cut(text):
        if token.flag.startswith("nr") and len(token.word) >= 2:
            out.add(pos)
        pos += len(token.word)
    return frozenset(out)


def _tagged_as_name(t: str, start: int, end: int) -> bool:
    """Does the tagger read a person name starting at ``start``, in the window around it?"""
    lo = max(0, start - TAGGER_WINDOW)
    hi = min(len(t), end + TAGGER_WINDOW)
    return (start - lo) in _tagger_starts(t[lo:hi])


# --- Chinese ---------------------------------------------------------------------------------

def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _org_follows(t: str, end: int) -> bool:
    """The characters after a candidate make it part of a place, road, company or shop name."""
    if end >= len(t):
        return False
    nxt = t[end]
    if t.startswith(_ORG_WORDS, end):
        return True
    if nxt in _PLACE_ENDS:
        # ... unless the place character begins a word that follows a person (家住, 局长)
        return not t.startswith(_PLACE_CHAR_WORDS, end)
    if _ISSUER_RE.match(t, end):
        return True                       # 鲁民〔2026〕7号: an issuer of documents
    if _is_verb(t[end:end + 2]):
        return False                      # 辛昊反映小区...: a verb follows, not a shop word
    # a short run of characters ending in a place or shop word: 周大福珠宝店, 马利文具店
    j = end
    while j < len(t) and j - end < 4 and _is_cjk(t[j]) and t[j] not in _STOP:
        j += 1
        if t[j - 1] in "店馆铺厂" or t.startswith(_ORG_WORDS, j - 2 if j - 2 >= end else end):
            return True
    return False


def _cue_before(t: str, start: int) -> bool:
    return bool(_BEFORE_RE.search(t, max(0, start - 6), start))


def _cue_after(t: str, end: int) -> bool:
    return t.startswith(_AFTER_CUES, end)


def _given_pair(t: str, j: int) -> bool:
    """Two common given-name characters at ``j`` followed by the end of a phrase (a particle,
    punctuation, a verb): 胡子涵反映, 孙子涵、 -- a name even though 胡子/孙子 are words."""
    if j + 2 > len(t) or GIVEN_CHARS.get(t[j], 0) < STRONG_GIVEN \
            or GIVEN_CHARS.get(t[j + 1], 0) < STRONG_GIVEN or _is_word(t[j + 1:j + 3]):
        return False
    after = t[j + 2:j + 3]
    return not after or after in _STOP or not _is_cjk(after) or _is_verb(t[j + 2:j + 4])


def _candidate(t: str, i: int, surname: str) -> tuple[int, bool] | None:
    """(end, needs_tagger) of a name starting at ``i`` with ``surname``, or None."""
    j = i + len(surname)
    if j >= len(t):
        return None
    g1 = t[j]
    if not _is_cjk(g1) or g1 in _STOP or g1 in _NOT_GIVEN:
        return None
    cue_before = _cue_before(t, i)
    single = len(surname) == 1
    undecided = False
    if single and i > 0 and (t[i - 1] in _NUMERALS) and not cue_before:
        return None                       # 5张表, 三张, 两条: a measure word after a number
    if single and surname in _PLACE_ENDS and i > 0 and _is_cjk(t[i - 1]) \
            and (t[i - 1] not in _STOP or t[i - 1] == "家") and not cue_before:
        return None                       # 赵家楼杨家埠路, 刘家庄: 楼/庄 ends the place before it
    if single and surname in FUNCTION_SURNAMES and not cue_before:
        # 和, 由, 国, 平 ...: a name only after a cue word, or two strong given-name
        # characters that the tagger confirms (寿超, 怀瑶 are rare surnames)
        if GIVEN_CHARS.get(g1, 0) < STRONG_GIVEN:
            return None
        undecided = True
    if single:
        word = max(_freq(t[i:j + 1]), _freq(t[i:j + 2]))
        cued = cue_before or t.startswith(_STRONG_AFTER_CUES, j + 1) \
            or t.startswith(_STRONG_AFTER_CUES, j + 2)
        limit = CUED_WORD_MIN if cued else (
            GIVEN_PAIR_WORD_MAX if _given_pair(t, j) else LEXICON_WORD_MIN)
        if word >= limit:
            return None                   # 王国, 高速, 方案, 周边, 黄金, 高速公路
        if i > 0 and _is_cjk(t[i - 1]) and _is_word(t[i - 1:i + 1]) and not cue_before:
            undecided = True              # 时段硕 / 国王: the surname may end a word
    if _is_word(t[j:j + 2]) and not cue_before and t[j + 1] not in GIVEN_CHARS:
        undecided = True                  # 庄金融街: the next characters are a word, not a
        #                                   given name (张建国, 朱浩然 are given-name words)
    end = j + 1
    if j + 1 < len(t):
        g2 = t[j + 1]
        if _is_cjk(g2) and g2 not in _STOP and g2 not in _NOT_GIVEN \
                and (g2 in GIVEN_CHARS or cue_before) \
                and not _is_word(t[j + 1:j + 3]) and not t.startswith(_AFTER_CUES, j + 1) \
                and not (g2 in _PLACE_ENDS and not t.startswith(_PLACE_CHAR_WORDS, j + 1)):
            end = j + 2
    if _org_follows(t, end):
        return None
    if cue_before or _cue_after(t, end):
        return end, False
    weights = [GIVEN_CHARS.get(c, 0) for c in t[j:end]]
    if not any(weights):
        return None                       # no character of a given name and no cue (勾稽)
    s0 = surname if len(surname) == 2 else surname[0]
    if s0 in COMPOUND_SURNAMES or s0 in NAME_SURNAMES:
        strong = weights[0] >= 1
    else:                                 # a surname that also begins everyday words
        strong = max(weights) >= STRONG_GIVEN and min(weights) >= 1
    return end, undecided or not strong


def _chinese_hits(t: str, public_names: bool, tagger: bool) -> list[Hit]:
    hits: list[Hit] = []
    pending: list[tuple[int, int]] = []
    covered = 0
    for m in _START_RE.finditer(t):
        i = m.start()
        if i < covered:
            continue
        surname = m.group(1)
        found = None
        if len(surname) == 2:
            found = _candidate(t, i, surname)
            if found is None:
                surname = surname[0]
                if surname not in _SINGLE:
                    continue
        if found is None:
            found = _candidate(t, i, surname)
        if found is None:
            continue
        end, needs_tagger = found
        if public_names and not _cue_before(t, i):
            continue
        if needs_tagger:
            pending.append((i, end))
        else:
            hits.append(Hit("person_name", i, end, DETECTOR))
            covered = end
    if pending and tagger:
        hits += [Hit("person_name", i, end, DETECTOR) for i, end in pending
                 if _tagged_as_name(t, i, end)]
    return hits


# --- English ---------------------------------------------------------------------------------

def _pinyin(word: str) -> bool:
    return bool(_PINYIN_RE.fullmatch(word.lower()))


def _place_after(t: str, end: int) -> bool:
    m = re.match(r"[ \t]*(?:[A-Z][a-z]+[ \t]+)?([A-Za-z]+)", t[end:end + 40])
    if m is None:
        return False
    words = [w.lower().rstrip(".") for w in re.findall(r"[A-Za-z]+", m.group(0))]
    return any(w in _LATIN_PLACE_WORDS for w in words)


def _latin_hits(t: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _TITLE_RE.finditer(t):
        if m.group("name").split()[0].lower() in PINYIN_SURNAMES or _pinyin(m.group("name").split()[0]):
            hits.append(Hit("person_name", m.start("name"), m.end("name"), LATIN_DETECTOR))
    pos = 0
    while True:
        m = _PAIR_RE.search(t, pos)
        if m is None:
            break
        a, b = m.group("a"), m.group("b")
        pos = m.start("b")
        la, lb = a.lower(), b.lower()
        if not (_pinyin(la) and _pinyin(lb)):
            continue
        if not (la in PINYIN_SURNAMES or lb in PINYIN_SURNAMES):
            continue
        if la in _ENGLISH_WORDS and lb in _ENGLISH_WORDS and not a.isupper() \
                and not _LATIN_CUE_RE.search(t, max(0, m.start() - 30), m.start()):
            continue                      # "He Man", "Long Fang" without a cue
        if _place_after(t, m.end()) or lb in _LATIN_PLACE_WORDS:
            continue
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        hits.append(Hit("person_name", m.start(), m.end(), LATIN_DETECTOR))
        pos = m.end()
    return hits


# --- entry points ----------------------------------------------------------------------------

def may_hold_name(text: str) -> bool:
    """The cheap test: could ``text`` hold a name this module finds?"""
    return bool(text) and isinstance(text, str) and NAME_PREFILTER.search(text) is not None


def find_names(text: str, *, public_names: bool = False, taken: list[Hit] | tuple = (),
               tagger: bool = True) -> list[Hit]:
    """Person names in ``text`` (left to right), except those overlapping ``taken`` (hits of
    the other detectors). ``tagger=False`` leaves out jieba's tagger (the undecided candidates
    are then dropped): the benchmark measures both."""
    if not may_hold_name(text):
        return []
    t = fold(text)
    hits = []
    if any(_is_cjk(c) for c in t):
        hits += _chinese_hits(t, public_names, tagger)
    if not public_names and _LATIN_TRIGGER_RE.search(t):
        hits += _latin_hits(t)
    if taken:
        hits = [h for h in hits if not any(o.start < h.end and h.start < o.end for o in taken)]
    hits.sort(key=lambda h: h.start)
    return hits


def redact_names(text: str, *, public_names: bool = False) -> str:
    """``text`` with every name :func:`find_names` finds replaced by 〔姓名〕."""
    hits = find_names(text, public_names=public_names)
    return redact_with(text, hits) if hits else text


# --- columns and whole texts -----------------------------------------------------------------

def series_name_hits(series, *, public_names: bool = False) -> list[tuple[int, str, list[Hit]]]:
    """``(position, text, hits)`` for the cells of a column that hold a name this module
    finds (0-based positions). The column is reduced to its distinct values;
    :data:`NAME_PREFILTER` (vectorised) keeps those that may hold a name; only they go
    through :func:`find_names` (and the tagger only for the few it cannot decide)."""
    import numpy as np
    import pandas as pd

    from .detectors import distinct_text

    if len(series) == 0 or not (pd.api.types.is_object_dtype(series.dtype)
                                or pd.api.types.is_string_dtype(series.dtype)):
        return []
    codes, uniques = distinct_text(series)
    if len(uniques) == 0:
        return []
    mask = uniques.str.contains(NAME_PREFILTER, regex=True)
    pos = np.flatnonzero(np.asarray(mask.to_numpy(dtype=bool, na_value=False)))
    found: dict[int, tuple[str, list[Hit]]] = {}
    for p, text in zip(pos.tolist(), uniques.iloc[pos].tolist()):
        hits = find_names(text, public_names=public_names)
        if hits:
            found[p] = (text, hits)
    if not found:
        return []
    rows = np.flatnonzero(np.isin(codes, np.fromiter(found, dtype=codes.dtype)))
    return [(int(r), *found[int(codes[r])]) for r in rows]


def redact_with(text: str, hits: list[Hit]) -> str:
    """``text`` with each name hit replaced by 〔姓名〕 (overlaps: the first wins)."""
    out, pos = [], 0
    for h in sorted(hits, key=lambda h: h.start):
        if h.start < pos:
            continue
        out += [text[pos:h.start], PLACEHOLDER]
        pos = h.end
    out.append(text[pos:])
    return "".join(out)


def redact_personal(text: str, *, public_names: bool = False) -> str:
    """Every personal value in a free text: the detectors' (IDs, phones, cards, e-mails,
    addresses, cued names), then the names found without a cue. For text from a source
    document that goes into metadata (a title, a note above or below the table)."""
    from .detectors import redact_text

    if not text or not isinstance(text, str):
        return text
    first = redact_text(text)
    hits = find_names(first, public_names=public_names)
    return redact_with(first, hits) if hits else first
