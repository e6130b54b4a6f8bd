"""Text folding shared by every stage: one traditional->simplified table, one full-width fold,
one test of what is a CJK character.

The traditional table is OpenCC's character table (a dependency that ships it) with the
project's own pairs over it. Folding is for *matching* only: extractors and detectors compare folded text with their
patterns and keep the printed text as the value. Every fold here maps one character to one
character, so positions found in folded text are positions in the original.
"""

from __future__ import annotations

import re

# Traditional -> simplified for the vocabulary that parsers, budget titles, gazette headings and
# the personal-data detectors look for. Pairs: traditional then simplified.
_TRAD_SIMP_PAIRS = (
    "並并佈布係系個个們们備备傳传債债價价儀仪億亿優优儲储兒儿內内則则剛刚劃划劇剧動动務务勞劳勵励區区協协參参員员單单嚴严國国"
    "園园圓圆圖图報报場场墾垦壓压壩坝婦妇媽妈孫孙學学實实寧宁審审將将專专對对導导層层屬属島岛嶽岳師师帳账幹干庫库廠厂廢废廣广"
    "廳厅強强後后從从復复徵征態态應应懲惩戶户採采揮挥搶抢撥拨據据擴扩數数於于時时晉晋暫暂書书會会東东條条棄弃棟栋業业構构樓楼"
    "標标樣样橋桥機机檔档檢检權权歲岁歷历殘残氣气汙污決决況况淺浅測测準准滬沪漁渔澇涝濕湿濟济濱滨灣湾災灾為为無无營营爺爷獎奖獸兽"
    "環环瓊琼產产療疗發发監监碼码礎础禮礼稅税種种稱称節节範范簽签粵粤糧粮紀纪約约紙纸級级細细組组結结絡络給给統统經经綜综綠绿"
    "網网緊紧線线編编縣县縮缩總总績绩織织繫系繳缴續续罰罚義义聯联職职臺台與与興兴舉举莊庄華华萬万藝艺藥药蘇苏蘭兰處处號号術术"
    "衛卫補补製制覆复見见規规視视親亲訂订計计訊讯託托記记設设許许註注試试話话語语說说課课調调請请講讲證证議议護护讀读財财貧贫"
    "貨货責责貴贵買买貸贷費费貼贴貿贸資资賣卖質质賬账購购贛赣車车輸输轉转辦办農农這这進进運运達达違违選选遺遗遼辽邊边鄉乡醫医"
    "銀银錄录錢钱鎮镇鐵铁鑒鉴長长門门開开間间閘闸閩闽閱阅關关陝陕陸陆隊队際际隨随險险隱隐隴陇雜杂離离難难雲云電电鞏巩響响頁页"
    "項项預预領领額额類类風风飲饮養养餘余館馆驗验體体魯鲁鳥鸟麼么點点齡龄"
)


def _opencc_characters() -> dict[str, str]:
    """OpenCC's character table (traditional -> simplified, shipped inside the
    opencc-python-reimplemented package), one character to one: the first simplified form of
    each (乾 -> 干), so that names, places and words written in traditional characters (陳淑華,
    舊契) match the patterns and the lexicon too."""
    from importlib import resources

    text = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        trad, _tab, simp = line.partition("\t")
        first = simp.split()[0] if simp.split() else ""
        if len(trad) == 1 and len(first) == 1 and trad != first and "\u4e00" <= first <= "\u9fff":
            table[trad] = first
    return table


_COMMON_TRAD_TO_SIMP = {_TRAD_SIMP_PAIRS[i]: _TRAD_SIMP_PAIRS[i + 1]
                        for i in range(0, len(_TRAD_SIMP_PAIRS) - 1, 2)}
# (the project's own pairs decide where they and OpenCC's table differ)
TRAD_TO_SIMP = str.maketrans({**_opencc_characters(), **_COMMON_TRAD_TO_SIMP})


def to_simplified(text: str) -> str:
    """Fold the traditional characters of the shared vocabulary to simplified ones."""
    return text.translate(TRAD_TO_SIMP)


def _width_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for i in range(10):
        table[0xFF10 + i] = chr(ord("0") + i)
    for i in range(26):
        table[0xFF21 + i] = chr(ord("A") + i)
        table[0xFF41 + i] = chr(ord("a") + i)
    # dashes and minus signs people type between the groups of a number
    for cp in (0xFF0D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63):
        table[cp] = "-"
    for cp in (0x3000, 0x00A0, 0x2007, 0x202F, 0x2002, 0x2003, 0x2009):
        table[cp] = " "
    table.update({0xFF0B: "+", 0xFF20: "@", 0xFF08: "(", 0xFF09: ")", 0xFF0E: ".",
                  0xFF1A: ":", 0xFF3F: "_"})
    return table


WIDTH_FOLD = _width_table()
FOLD = {**WIDTH_FOLD, **TRAD_TO_SIMP}
# A text is folded when it holds a full-width form or one of the commonest traditional characters
# (the project's own pairs); then every character of the whole table is folded. (A character
# class of all four thousand traditional characters would cost sixty times as much per text as
# this one: a test that runs on every cell of every column.)
_FOLD_NEEDED = re.compile("[" + "".join(re.escape(c) for c in sorted(
    {chr(c) for c in WIDTH_FOLD} | set(_COMMON_TRAD_TO_SIMP))) + "]")


def fold(text: str) -> str:
    """Full-width digits, letters, dashes, spaces and traditional characters to the forms the
    patterns use; the result has the same length as ``text``."""
    if text.isascii() or not _FOLD_NEEDED.search(text):
        return text
    return text.translate(FOLD)


# CJK for layout purposes: CJK symbols and punctuation, kana, Extension A, the unified
# ideographs, compatibility ideographs and the full-width forms. Between two such characters a
# line is joined without a space.
CJK_CLASS = "\\u3000-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef"
# Ideographs only, for patterns that match names and words (not punctuation).
HAN_CLASS = "\u4e00-\u9fff"
_CJK_RE = re.compile("[" + CJK_CLASS + "]")


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph, CJK punctuation or a full-width form."""
    return bool(ch) and bool(_CJK_RE.match(ch))


__all__ = ["fold", "to_simplified", "is_cjk", "CJK_CLASS", "HAN_CLASS", "TRAD_TO_SIMP", "FOLD"]
