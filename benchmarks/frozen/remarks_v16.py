"""Frozen free-text remarks, edition 16: a blind test set for a person-name de-identifier.

Datasheet
=========

What it is
    A deterministic generator of free-text spreadsheet cells (备注 / 情况说明 / remarks columns)
    of the kind Chinese county and city data offices publish. Every cell is a
    :class:`~benchmarks.frozen.remarks.Remark` carrying its text, the private persons' names
    planted in it (``names``: they must be removed) and the look-alikes it holds
    (``lookalikes``: strings that resemble names but must stay). ``make_remarks(n, seed)`` is a
    pure function of its arguments; ``make_remarks()`` (n=2000, seed=1616) is the frozen set
    whose sha256 digest is pinned in ``tests/test_frozen_remarks_v16.py``.

Who wrote it and what was read
    Written in one sitting by a helper session working blind, from its own knowledge and in
    its own phrasing. Read for it: the brief (notes/brief16.md); the sections "Personal data
    in public listings" and "Administrative penalty publicity" of shared/reference/DOMAIN.md
    (ID / phone formats and the rule that natural persons' names appear only masked in penalty
    publicity); lines 170-178 of benchmarks/frozen/remarks.py (the ``Remark`` dataclass).
    Slips, listed honestly: the heading lines of DOMAIN.md were listed (``grep '^#'``) to
    locate the two sections, which showed the other section titles but no section bodies;
    the file names (not the contents) in benchmarks/frozen/ and tests/ were listed once by
    an ``ls`` while checking that the package ``__init__.py`` exists. No detector code, no
    other generator, no data file, no git history was opened, and nothing was measured.

Families (``FAMILIES``; shares in ``WEIGHTS``, allocated by largest remainder, then shuffled)
    thirteen administrative domains, each with private persons only (officials, where they
    matter, are referred to by role, never by name):
      public_housing       公租房 / 廉租房 allocation, waiting-list and rent notes
      startup_loan         创业担保贷款 and 就业见习 subsidy notes
      skills_training      职业技能培训补贴 rosters and attendance notes
      relapse_monitor      防止返贫监测 household notes
      medical_insurance    城乡居民医保 参保资助 lists
      civil_registry       婚姻登记 / 户籍迁移 service-window notes
      property_registry    不动产登记 correction, inheritance and mortgage notes
      talent_subsidy       人才引进 / 安家补贴 publicity remarks
      village_accounts     村务公开 财务报销 notes
      school_enrolment     学校 招生 / 转学 registration remarks
      penalty_facts        环保 and 食品经营 penalty facts, 当事人 a natural person
      medical_complaint    医疗机构 complaint handling notes
      pension_check        退休人员 领取待遇资格认证 notes
    and four special families:
      english_export       an English-language export of such remarks
      minority_listing     listings with names of Uyghur, Kazakh, Tibetan, Yi, Mongolian, Hui,
                           朝鲜族, Zhuang, Miao, Dai and Manchu persons
      public_notice        公示 / 公告 texts: officials in their public role (审批人, 经办人,
                           审核人, 联系人 of a 监督电话, 评审专家, 评议小组成员, 村两委成员,
                           驻村第一书记) are look-alikes and ``public_officials=True``; the
                           beneficiaries, applicants, relatives, witnesses and objectors are names
      lookalike_only       no name at all, dense with look-alikes
    ``NAME_FAMILIES`` is every family but lookalike_only; every cell of a name family has at
    least one name. ``PUBLIC_FAMILIES = ("public_notice",)``.

Surface forms of names
    Han names with surnames drawn by approximate real frequency, plus rare single surnames
    (仇 缪 庹 谌 禤 冼 亓 郄 ...) and compound surnames (欧阳 司马 上官 诸葛 万俟 ...); one- and
    two-character given names in older, middle and recent fashions; names that are ordinary
    words (叶子, 田野, 周全, 方正, 章程 ...) and given names that are words (建国, 海燕, 桂花 ...).
    Positions: at cell start, after cue words (申请人, 户主, 当事人, 借款人 ...), next to kinship
    words (其子, 配偶, 老伴, 外甥女 ...), after particles (由, 与, 向, 经, 据), inside 、-lists and
    ;-lists, numbered lists, mid-prose, in brackets of several kinds and in quotes, beside an
    age, a resident ID (fake but with a valid ISO 7064 MOD 11-2 check character, or masked), a
    phone number (fake, or masked), a 19-digit bank card (Luhn-valid, or masked), a 残疾人证号
    or a 学籍号. Relatives mostly share the surname; a name and its mis-written variant (误登,
    曾用名, 花名册 typo) are both planted as names.
    english_export: pinyin surname-first and given-first, upper-case surnames, comma forms,
    initials, hyphenated and spaced given names, lower-case prose, Cantonese (Hong Kong),
    Wade-Giles and Taiwan spellings, English given names in several orders.
    minority_listing: Uyghur and Kazakh names as given name + father's name joined by the
    separators really seen in spreadsheets (· U+00B7 mostly, also • ・ . ．), Tibetan names
    written solid, Yi clan + given names, Mongolian single and compound names (some with a Han
    surname), Hui, 朝鲜族, Zhuang, Miao and Manchu names in Han form with their typical
    surnames, Dai names with 岩 / 玉 prefixes, and 爱新觉罗 with or without a dot.

Look-alike classes
    places with a surname at the start (李家庄村, 马鞍山, 吴忠市, 那坡县 ...), roads (中山路,
    张衡路, 郭守敬路 ...), schools and kindergartens (逸夫小学, 宋庆龄幼儿园 ...), residential
    estates, universities, hospitals (华山医院, 邵逸夫医院 ...), banks, companies and brands
    (王老吉, 周大福, 钟薛高, 康师傅 ...), small shops (刘记面馆, 老王修车铺 ...), products
    (马应龙麻痔膏, 华佗再造丸 ...), dishes (钟水饺, 龙抄手, 左宗棠鸡 ...), festivals (那达慕,
    古尔邦节 ...), diseases named after people (帕金森病, 白塞病, 马凡综合征 ...), medicinal
    herbs and crops (何首乌, 杜仲, 党参, 黄精 ...), rivers and lakes, common words beginning with
    a surname character (申请, 单位, 高速, 余额, 黄牛 ...), masked names (张某, 李某某, 王**,
    赵××, 孙*明 ...), people named in public works (鲁迅公园, 白求恩精神, 昭君博物院 ...), and
    in public_notice only, officials' names in their public role. English look-alikes: Hong
    Kong and Taiwan place names that read like names (Ho Man Tin, Yuen Long, Chang-hua),
    firms (Chow Tai Fook, Lee Kum Kee, Tai Cheong Bakery), eponymous diseases, roads and
    universities, star-masked names.
    ``lookalikes`` lists the look-alikes planted on purpose; fixed wording of a template may
    hold further ordinary words that start with a surname character without listing them.

Contract (checked by the tests)
    every planted name occurs exactly once in its cell and overlaps no occurrence of a
    look-alike or of another name; every look-alike occurs in its cell; no name (nor any
    official's name) occurs in any other cell, compared case-insensitively; cell texts are
    distinct; lookalike_only cells have no names; ``public_officials`` is True exactly in
    public_notice.
"""

from __future__ import annotations

import random
from collections import Counter

from .remarks import Remark

VERSION = "frozen-remarks-16 (2026-12-05)"

FAMILIES = (
    "public_housing",
    "startup_loan",
    "skills_training",
    "relapse_monitor",
    "medical_insurance",
    "civil_registry",
    "property_registry",
    "talent_subsidy",
    "village_accounts",
    "school_enrolment",
    "penalty_facts",
    "medical_complaint",
    "pension_check",
    "english_export",
    "minority_listing",
    "public_notice",
    "lookalike_only",
)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
WEIGHTS = {
    "public_housing": 0.05,
    "startup_loan": 0.05,
    "skills_training": 0.05,
    "relapse_monitor": 0.05,
    "medical_insurance": 0.05,
    "civil_registry": 0.05,
    "property_registry": 0.05,
    "talent_subsidy": 0.05,
    "village_accounts": 0.05,
    "school_enrolment": 0.05,
    "penalty_facts": 0.05,
    "medical_complaint": 0.05,
    "pension_check": 0.05,
    "english_export": 0.09,
    "minority_listing": 0.09,
    "public_notice": 0.09,
    "lookalike_only": 0.08,
}

# ---------------------------------------------------------------------------------------------
# Han names
# ---------------------------------------------------------------------------------------------

# surname, rough share in per mille (order of magnitude from census summaries)
_SURNAMES = [
    ("王", 71), ("李", 70), ("张", 65), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22),
    ("赵", 22), ("吴", 20), ("周", 19), ("徐", 15), ("孙", 15), ("马", 14), ("朱", 13),
    ("胡", 13), ("郭", 12), ("何", 12), ("林", 11), ("高", 11), ("罗", 11), ("郑", 10),
    ("梁", 9), ("谢", 8), ("宋", 8), ("唐", 8), ("许", 7), ("韩", 7), ("邓", 7), ("冯", 7),
    ("曹", 7), ("彭", 7), ("曾", 6), ("肖", 6), ("田", 6), ("董", 5), ("潘", 5), ("袁", 5),
    ("蔡", 5), ("蒋", 5), ("余", 5), ("于", 5), ("杜", 5), ("叶", 5), ("程", 5), ("魏", 4),
    ("苏", 4), ("吕", 4), ("丁", 4), ("任", 4), ("卢", 4), ("姚", 4), ("沈", 4), ("钟", 4),
    ("姜", 4), ("崔", 4), ("谭", 4), ("陆", 3), ("范", 3), ("汪", 3), ("廖", 3), ("石", 3),
    ("金", 3), ("韦", 3), ("贾", 3), ("夏", 3), ("付", 3), ("方", 3), ("邹", 3), ("熊", 3),
    ("白", 3), ("孟", 3), ("秦", 3), ("邱", 3), ("侯", 3), ("江", 3), ("尹", 2), ("薛", 2),
    ("闫", 2), ("段", 2), ("雷", 2), ("龙", 2), ("黎", 2), ("史", 2), ("陶", 2), ("贺", 2),
    ("毛", 2), ("郝", 2), ("顾", 2), ("龚", 2), ("邵", 2), ("万", 2), ("覃", 2), ("武", 2),
    ("钱", 2), ("戴", 2), ("严", 2), ("莫", 2), ("孔", 2), ("向", 2), ("常", 2), ("汤", 2),
    ("康", 2), ("易", 2), ("乔", 2), ("赖", 2), ("文", 2), ("施", 1), ("洪", 1), ("辛", 1),
    ("柴", 1), ("牛", 1), ("温", 1), ("庞", 1), ("樊", 1), ("兰", 1), ("殷", 1), ("申", 1),
    ("齐", 1), ("葛", 1), ("岳", 1), ("路", 1), ("单", 1), ("包", 1), ("安", 1), ("左", 1),
    ("章", 1), ("聂", 1), ("鲁", 1), ("焦", 1), ("褚", 1), ("祝", 1), ("纪", 1), ("舒", 1),
]
_RARE_SURNAMES = list(
    "仇缪庹谌帅靳佘禤冼邝麦植区粟蔺逯宓亓郄嵇琚鲜揭晏郜逄昝檀蒯芮钮訾隗甄阙楚卞卓蔚居寇栾鞠扈衡"
)
_COMPOUND_SURNAMES = [
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯",
    "端木", "澹台", "万俟", "司徒", "闻人", "长孙", "宇文", "轩辕", "呼延", "南宫", "申屠",
]
_M_CHARS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁浩宇凯健俊帆旭建峰亮成东林龙海志文国新春永德振兴福生宏学忠庆家博睿轩昊泽航铭逸嘉豪锦梓皓晨阳毅诚彬琦瑞祥荣松柏山江锋坤"
_F_CHARS = "芳娜敏静丽艳娟霞秀玲燕红萍英梅琳倩婷雪慧莉颖洁琴云丹桂兰凤玉珍佳欣怡雨涵萱诗梦婉思悦瑶琪妍菲蕾薇月彤媛晶蓉爽淑琼翠"
_OLD_M = [
    "德福", "德胜", "长林", "永福", "全福", "有才", "守仁", "根生", "满仓", "宝山", "水生", "大柱",
    "春生", "树林", "志明", "广田", "连生", "茂林", "福海", "庆余", "双喜", "金贵", "开山", "汉卿",
]
_OLD_F = [
    "秀英", "桂兰", "玉兰", "秀兰", "凤英", "淑珍", "玉珍", "桂英", "素珍", "秀珍", "银花", "金花",
    "翠花", "二妮", "桂芝", "凤兰", "玉梅", "秀芳", "淑华", "兰芝", "月娥", "三妹", "玉芬", "素琴",
]
_KID_GIVEN = [
    "子涵", "梓涵", "一诺", "欣怡", "浩宇", "宇轩", "梓轩", "诗涵", "雨桐", "子墨", "沐辰",
    "思彤", "奕辰", "若汐", "依诺", "俊熙", "锦程", "语桐", "梓萱", "艺涵", "可馨", "嘉怡",
    "皓轩", "博文", "一鸣", "晨曦", "安琪", "铭泽", "睿泽", "沐阳", "知夏", "星辰", "亦菲",
    "芷若", "景行", "清妍", "书瑶", "乐瑶", "悠然", "墨白", "昕玥", "梓睿", "言蹊", "承志",
]
# given names that are ordinary words
_WORD_GIVEN = [
    "建国", "国庆", "红梅", "海燕", "和平", "胜利", "卫东", "志强", "春华", "秋实", "彩霞",
    "爱民", "永红", "建华", "平安", "富贵", "来福", "招娣", "金凤", "桂花", "春燕", "秀英",
    "石头", "铁柱", "新华", "建军", "解放", "跃进", "红旗", "向东", "朝阳", "援朝", "幸福",
    "吉祥", "长城", "牡丹", "腊梅", "冬梅", "秋菊", "小满", "立春", "喜庆",
]
# full names that are ordinary words
_WORD_NAMES = [
    "叶子", "田野", "周全", "方正", "章程", "温馨", "宁静", "舒适", "华丽", "时光", "高原",
    "雷鸣", "钟声", "白云", "高山", "黎明", "江山", "常青", "方圆", "文静", "白雪", "夏天",
    "向阳", "林海", "齐心", "安宁", "江河", "甘露", "杨柳", "严明", "高洁", "龙飞", "任重",
    "金石", "朱红", "高峰", "石磊", "秦川", "雷霆", "柳青", "洪涛", "江涛", "司南", "包容",
    "马力", "于洋", "武艺", "易行", "安然", "夏雨", "林立", "石坚",
]


def _weighted(r: random.Random, pairs):
    total = sum(w for _, w in pairs)
    x = r.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def _surname(r: random.Random) -> str:
    x = r.random()
    if x < 0.06:
        return r.choice(_RARE_SURNAMES)
    if x < 0.09:
        return r.choice(_COMPOUND_SURNAMES)
    return _weighted(r, _SURNAMES)


def _given(r: random.Random, style: str) -> str:
    if style.startswith("old"):
        fem = style == "oldf" or (style == "old" and r.random() < 0.5)
        if r.random() < 0.7:
            return r.choice(_OLD_F if fem else _OLD_M)
        style = "f" if fem else "m"
    if style == "kid" and r.random() < 0.6:
        return r.choice(_KID_GIVEN)
    if r.random() < 0.06:
        return r.choice(_WORD_GIVEN)
    pool = _F_CHARS if (style == "f" or (style not in ("m",) and r.random() < 0.5)) else _M_CHARS
    if r.random() < 0.17:
        return r.choice(pool)
    if pool is _F_CHARS and r.random() < 0.07:
        c = r.choice(pool)
        return c + c
    a = r.choice(pool)
    b = r.choice(pool)
    while b == a:
        b = r.choice(pool)
    return a + b


def _han_parts(r: random.Random, style: str = "any") -> tuple[str, str]:
    if style == "any" and r.random() < 0.04:
        w = r.choice(_WORD_NAMES)
        return w[0], w[1:]
    return _surname(r), _given(r, style)


def _han_name(r: random.Random, style: str = "any") -> str:
    s, g = _han_parts(r, style)
    return s + g


# ---------------------------------------------------------------------------------------------
# English-language names
# ---------------------------------------------------------------------------------------------

_PY_SURNAMES = [
    ("Wang", 71), ("Li", 70), ("Zhang", 65), ("Liu", 54), ("Chen", 45), ("Yang", 31),
    ("Huang", 22), ("Zhao", 22), ("Wu", 20), ("Zhou", 19), ("Xu", 15), ("Sun", 15), ("Ma", 14),
    ("Zhu", 13), ("Hu", 13), ("Guo", 12), ("He", 12), ("Lin", 11), ("Gao", 11), ("Luo", 11),
    ("Zheng", 10), ("Liang", 9), ("Xie", 8), ("Song", 8), ("Tang", 8), ("Han", 7), ("Feng", 7),
    ("Deng", 7), ("Cao", 7), ("Peng", 7), ("Zeng", 6), ("Xiao", 6), ("Tian", 6), ("Dong", 5),
    ("Pan", 5), ("Yuan", 5), ("Cai", 5), ("Jiang", 5), ("Yu", 5), ("Du", 5), ("Ye", 5),
    ("Cheng", 5), ("Wei", 4), ("Su", 4), ("Lyu", 4), ("Ding", 4), ("Ren", 4), ("Lu", 4),
    ("Yao", 4), ("Shen", 4), ("Zhong", 4), ("Cui", 4), ("Tan", 4), ("Fan", 3), ("Qin", 3),
    ("Ouyang", 1), ("Sima", 1), ("Zhuge", 1), ("Shangguan", 1), ("Qiu", 3), ("Hou", 3),
]
_PY_SYLL = [
    "Wei", "Fang", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yong", "Jie", "Tao", "Ming",
    "Chao", "Xiu", "Ying", "Hua", "Hui", "Yan", "Na", "Ping", "Gang", "Bo", "Hong", "Yu", "Xin",
    "Hao", "Yi", "Jia", "Zi", "Han", "Yun", "Lan", "Mei", "Xia", "Dong", "Feng", "Lin", "Peng",
    "Kai", "Rui", "Xuan", "Tian", "Xiao", "Chun", "Qiu", "Zhi", "Jian", "Hai", "Shan", "Yue",
    "Ting", "Qing", "Xue", "Zhen", "Long", "Cheng", "Bin", "Fei", "Ning", "Meng", "Shu", "Wen",
    "Xi", "Yang", "Zhe", "Kang", "Jin", "Nan", "Si", "Yao", "Lu", "Ruo", "Huan", "Sheng",
]
_CANTO_SURNAMES = [
    "Chan", "Wong", "Cheung", "Lee", "Lau", "Ho", "Leung", "Ng", "Tse", "Yeung", "Lam", "Kwok",
    "Tsang", "Fung", "Chow", "Cheng", "Choi", "Yip", "Mak", "Tang", "Lai", "Law", "Kwan", "Siu",
    "Poon", "Tam", "Chu", "Hui", "Yuen", "Mok",
]
_CANTO_SYLL = [
    "Tai", "Man", "Ka", "Wai", "Siu", "Ming", "Mei", "Ling", "Wing", "Yan", "Chi", "Keung",
    "Kwok", "Wah", "Hoi", "Shan", "Kin", "Fai", "Yee", "Lok", "Sze", "Kit", "Hon", "Suk",
    "Ching", "Pui", "Yuk", "Chun", "Tsz", "Lun", "Yiu", "Hang", "Kei", "Nga", "Sum",
]
_WG_SURNAMES = [
    "Chang", "Hsu", "Chou", "Chao", "Huang", "Cheng", "Tsai", "Hsieh", "Kuo", "Lin", "Chiang",
    "Hung", "Tseng", "Chien", "Wu", "Liu", "Chen", "Wang", "Lee", "Yeh", "Su", "Lu", "Kao",
    "Hsiao", "Chu", "Pan", "Tu", "Yang", "Lai", "Chuang",
]
_WG_SYLL = [
    "Chih", "Hsin", "Chia", "Yu", "Ting", "Wei", "Hao", "Han", "Po", "Yi", "Chen", "Kuan",
    "Hsiang", "Hsiung", "Shu", "Fen", "Mei", "Ling", "Chun", "Hung", "Tsung", "Pei", "Shan",
    "Ya", "Wen", "Ming", "Hui", "Chieh", "Yen", "Ching", "Tzu", "Yun", "Jung", "Hsuan", "Te",
]
_EN_GIVEN = [
    "Kevin", "Mary", "Peter", "Jason", "Grace", "Vivian", "Eric", "Tony", "Michelle", "Winnie",
    "Alan", "Karen", "Ivy", "Raymond", "Gloria", "Eddie", "Joyce", "Sammy", "Cherry", "Kelvin",
    "Angela", "Derek", "Fiona", "Henry", "Iris", "Louis", "Natalie", "Oscar", "Stanley", "Yvonne",
]


def _py_given(r: random.Random, two: bool) -> tuple[str, str]:
    a = r.choice(_PY_SYLL)
    if not two:
        return a, ""
    b = r.choice(_PY_SYLL)
    while b == a:
        b = r.choice(_PY_SYLL)
    return a, b


def _english_name(r: random.Random) -> str:
    x = r.random()
    if x < 0.55:  # mainland pinyin
        s = _weighted(r, _PY_SURNAMES)
        a, b = _py_given(r, r.random() < 0.75)
        g = a + b.lower()
        form = r.randrange(11)
        if form == 0:
            return f"{s} {g}"
        if form == 1:
            return f"{g} {s}"
        if form == 2:
            return f"{s.upper()} {g}"
        if form == 3:
            return f"{g} {s.upper()}"
        if form == 4 and b:
            return f"{s} {a}-{b.lower()}"
        if form == 5 and b:
            return f"{a}-{b} {s}"
        if form == 6:
            return f"{s}, {g}"
        if form == 7 and b:
            return f"{a[0]}.{b[0]}. {s}"
        if form == 8:
            return f"{s} {a[0]}.{(b[0] + '.') if b else ''}"
        if form == 9:
            return f"{s.lower()} {g.lower()}"
        return f"{r.choice(_EN_GIVEN)} {s}"
    if x < 0.78:  # Hong Kong Cantonese
        s = r.choice(_CANTO_SURNAMES)
        a = r.choice(_CANTO_SYLL)
        b = r.choice(_CANTO_SYLL)
        while b == a:
            b = r.choice(_CANTO_SYLL)
        form = r.randrange(6)
        if form == 0:
            return f"{s} {a}-{b.lower()}"
        if form == 1:
            return f"{s.upper()} {a} {b}"
        if form == 2:
            return f"{r.choice(_EN_GIVEN)} {s} {a}-{b.lower()}"
        if form == 3:
            return f"{s.upper()}, {a} {b} {r.choice(_EN_GIVEN)}"
        if form == 4:
            return f"{r.choice(_EN_GIVEN)} {s}"
        return f"{s} {a} {b}"
    # Wade-Giles / Taiwan romanisation
    s = r.choice(_WG_SURNAMES)
    a = r.choice(_WG_SYLL)
    b = r.choice(_WG_SYLL)
    while b == a:
        b = r.choice(_WG_SYLL)
    form = r.randrange(5)
    if form == 0:
        return f"{s} {a}-{b.lower()}"
    if form == 1:
        return f"{a}-{b} {s}"
    if form == 2:
        return f"{s.upper()}, {a}-{b}"
    if form == 3:
        return f"{r.choice(_EN_GIVEN)} {s} {a}-{b.lower()}"
    return f"{s} {a}-{b}"


# ---------------------------------------------------------------------------------------------
# Minority names
# ---------------------------------------------------------------------------------------------

_UY_GIVEN = [
    "阿不都热合曼", "买买提", "艾力", "吐尔逊", "阿依古丽", "热依汗", "古丽娜尔", "努尔古丽",
    "阿布来提", "艾尔肯", "麦麦提", "依明", "阿力木", "吾买尔", "帕提古丽", "迪丽努尔", "阿迪力",
    "肉孜", "库尔班", "亚森", "艾合买提", "卡德尔", "热合曼", "阿卜杜拉", "努尔买买提", "玉苏甫",
    "吾斯曼", "塔依尔", "米吉提", "再努尔", "阿曼古丽", "祖力皮亚", "买合木提", "托合提", "艾买提",
    "吐逊古丽", "阿孜古丽", "阿依努尔", "图尔荪", "喀迪尔", "排尔哈提", "阿瓦汗", "萨迪克",
]
_KZ_GIVEN = [
    "努尔兰", "叶尔兰", "哈力木", "阿依达娜", "别克", "叶尔江", "巴合提亚尔", "加娜尔", "阿斯哈尔",
    "哈那提", "马合沙提", "吐尔洪", "沙吾列", "努尔江", "库兰", "叶尔波拉提", "达吾列提", "赛力克",
    "哈布力", "木合亚提", "居马汗", "阿依肯", "别尔克", "哈依拉提", "加尔肯", "古丽米拉", "多斯江",
]
_DOT_SEPS = [("·", 60), ("•", 15), ("・", 10), (".", 8), ("．", 7)]
_TB_PARTS = [
    "扎西", "次仁", "多吉", "卓玛", "拉姆", "德吉", "央金", "格桑", "平措", "尼玛", "达瓦", "旺堆",
    "顿珠", "索朗", "边巴", "普布", "白玛", "洛桑", "曲珍", "益西", "丹增", "群培", "仁青", "阿旺",
    "强巴", "贡布", "桑珠", "卓嘎", "央宗", "德庆", "次旦", "米玛", "巴桑", "旦增", "琼达", "措姆",
]
_YI_CLANS = [
    "吉克", "阿苏", "沙马", "马海", "曲比", "阿约", "海来", "俄木", "吉伍", "勒格", "阿的", "曲木",
    "瓦扎", "罗洪", "阿尔", "日火", "莫色", "比曲", "巴莫", "阿侯", "阿史", "吉木", "苏呷",
]
_YI_GIVEN = [
    "阿呷", "拉且", "阿依", "木呷", "伍各", "尔古", "曲布", "阿芝", "子日", "拉哈", "石者", "阿牛",
    "伍沙", "日呷", "约古", "克惹", "阿支", "拉格", "尔布", "么么", "史体", "伍呷", "阿果",
]
_MN_FIRST = [
    "巴特", "额尔敦", "乌云", "斯琴", "阿拉坦", "特木尔", "孟根", "朝鲁", "图门", "吉日木", "宝力",
    "那日", "苏日", "萨仁", "呼和", "格日", "敖其尔", "哈斯", "其其", "巴雅尔", "阿古拉", "娜仁",
]
_MN_SECOND = [
    "巴特尔", "毕力格", "其木格", "高娃", "花", "仓", "夫", "格日勒", "达来", "乌力吉", "苏和",
    "敖登", "巴雅尔", "图雅", "满都拉", "吉雅", "朝克图", "那顺", "门德", "宝音", "白乙拉",
]
_MN_SOLO = [
    "巴特尔", "斯琴高娃", "乌云其木格", "其其格", "额尔登", "苏和", "朝鲁", "那日苏", "宝音",
    "格日勒", "图雅", "萨仁", "孟和", "哈斯", "敖登", "特木尔", "吉日嘎拉", "巴雅尔", "呼和",
    "娜仁花", "满都拉", "布和", "道尔吉", "达来", "阿古拉", "斯日古楞", "青格勒", "毕力格",
]
_MN_HAN_SURNAMES = ["包", "白", "宝", "韩", "鲍", "乌", "金", "吴"]
_HUI_SURNAMES = [("马", 30), ("白", 6), ("杨", 6), ("丁", 5), ("沙", 4), ("哈", 3), ("纳", 3),
                 ("穆", 3), ("海", 2), ("撒", 2), ("米", 2), ("回", 1), ("兰", 2), ("冶", 2)]
_HUI_GIVEN = ["海福", "玉福", "文才", "志成", "秀兰", "桂花", "耀武", "国清", "正清", "学林",
              "海燕", "金花", "有福", "伊布", "哈桑", "尔萨", "努哈", "玉梅", "德清", "成林"]
_KR_SURNAMES = [("金", 20), ("朴", 15), ("李", 15), ("崔", 8), ("郑", 6), ("姜", 5), ("赵", 4),
                ("韩", 4), ("申", 3), ("权", 3), ("俞", 2), ("玄", 2), ("延", 2), ("南宫", 1),
                ("皇甫", 1)]
_KR_GIVEN = ["哲洙", "英姬", "顺子", "明哲", "美玉", "成浩", "贞淑", "京花", "永吉", "春子",
             "光日", "英爱", "顺姬", "在勋", "东浩", "惠善", "善玉", "英男", "明淑", "贤洙",
             "基哲", "昌镐", "仁淑", "允浩", "秀贤", "钟洙", "银淑", "相俊", "泰锡", "贞姬"]
_ZH_SURNAMES = [("韦", 10), ("覃", 8), ("黄", 8), ("蒙", 5), ("陆", 4), ("农", 4), ("莫", 4),
                ("卢", 3), ("蓝", 3), ("梁", 3), ("潘", 3), ("凌", 2), ("廖", 2), ("谭", 2)]
_MIAO_SURNAMES = [("龙", 10), ("吴", 8), ("杨", 8), ("石", 8), ("麻", 5), ("滕", 4), ("欧", 3),
                  ("侯", 3), ("熊", 3), ("王", 3), ("张", 3), ("潘", 3), ("田", 2)]
_MIAO_GIVEN = ["阿妹", "阿花", "金花", "老九", "秀珍", "正荣", "光荣", "银秀", "阿丽", "春梅",
               "学成", "顺英", "德明", "阿勇", "乔妹", "翠英", "再兴", "仕林"]
_DAI_PREFIX_M = "岩"
_DAI_PREFIX_F = "玉"
_DAI_SYLL = ["温", "罕", "香", "应", "甩", "扁", "叫", "庄", "坎", "光", "拉", "糯", "帕", "保",
             "依", "儿", "南", "波", "喃", "嫩", "腊", "章", "康", "燕", "丙", "恩", "旺", "胆"]
_DAI_NOBLE = ["刀", "召", "思", "陶"]
_MANCHU_SURNAMES = [("关", 10), ("佟", 8), ("那", 6), ("郎", 4), ("富", 4), ("赵", 4), ("金", 4),
                    ("肇", 2), ("索", 2), ("鄂", 2), ("赫", 1), ("舒", 1), ("洪", 1)]


def _han_given_only(r: random.Random) -> str:
    return _given(r, r.choice(["m", "f", "any", "old"]))


def _minority_name(r: random.Random, group: str) -> tuple[str, str | None]:
    """A name in the group's written form, and its Han-style surname where it has one."""
    n = _minority_raw(r, group)
    if group in ("回族", "朝鲜族", "壮族", "苗族", "满族"):
        for sur in ("南宫", "皇甫", "爱新觉罗"):
            if n.startswith(sur):
                return n, sur
        return n, n[0]
    return n, None


def _minority_raw(r: random.Random, group: str) -> str:
    if group in ("维吾尔族", "哈萨克族"):
        pool = _UY_GIVEN if group == "维吾尔族" else _KZ_GIVEN
        a = r.choice(pool)
        b = r.choice(pool)
        while b == a:
            b = r.choice(pool)
        return a + _weighted(r, _DOT_SEPS) + b
    if group == "藏族":
        a = r.choice(_TB_PARTS)
        if r.random() < 0.2:
            return a
        b = r.choice(_TB_PARTS)
        while b == a:
            b = r.choice(_TB_PARTS)
        return a + b
    if group == "彝族":
        if r.random() < 0.2:
            return r.choice(["马", "沙", "吉", "罗", "杨", "阿"]) + _han_given_only(r)
        return r.choice(_YI_CLANS) + r.choice(_YI_GIVEN)
    if group == "蒙古族":
        x = r.random()
        if x < 0.3:
            return r.choice(_MN_SOLO)
        first = r.choice(_MN_FIRST) + r.choice(_MN_SECOND)
        if x < 0.45:
            return r.choice(_MN_HAN_SURNAMES) + r.choice(_MN_SOLO)
        return first
    if group == "回族":
        return _weighted(r, _HUI_SURNAMES) + (
            r.choice(_HUI_GIVEN) if r.random() < 0.5 else _han_given_only(r))
    if group == "朝鲜族":
        return _weighted(r, _KR_SURNAMES) + r.choice(_KR_GIVEN)
    if group == "壮族":
        return _weighted(r, _ZH_SURNAMES) + _han_given_only(r)
    if group == "苗族":
        return _weighted(r, _MIAO_SURNAMES) + (
            r.choice(_MIAO_GIVEN) if r.random() < 0.4 else _han_given_only(r))
    if group == "傣族":
        x = r.random()
        if x < 0.15:
            return r.choice(_DAI_NOBLE) + _han_given_only(r)
        prefix = _DAI_PREFIX_M if r.random() < 0.5 else _DAI_PREFIX_F
        n = 1 if x < 0.55 else 2
        return prefix + "".join(r.choice(_DAI_SYLL) for _ in range(n))
    if group == "满族":
        if r.random() < 0.08:
            return "爱新觉罗" + r.choice(["·", ""]) + _han_given_only(r)
        return _weighted(r, _MANCHU_SURNAMES) + _han_given_only(r)
    raise ValueError(group)


# ---------------------------------------------------------------------------------------------
# Look-alike pools
# ---------------------------------------------------------------------------------------------

LOOKALIKE_POOLS: dict[str, list[str]] = {
    "place": [
        "李家庄村", "王家坝", "张家湾", "刘家河村", "陈家桥镇", "赵家沟", "周庄镇", "黄家埠",
        "马家窑", "杨家坪", "孙家岭村", "何家冲", "吴家山", "郭家店镇", "高家堡", "罗家湾",
        "宋家庄", "韩家川", "曹家巷", "彭家场", "田家庵", "董家渡", "潘家园", "袁家岭", "蒋家桥",
        "余家湖", "于家堡", "杜家坎", "叶家桥", "程家集", "魏家营", "苏家屯", "丁家坝", "沈家门",
        "钟家村", "姜家庄", "范家店", "石家庄", "金家坝", "贾家庄", "夏家河", "方家山", "熊家冢",
        "白家疃", "孟家楼", "秦家坪", "侯家塘", "江家嘴", "薛家岛", "段家滩", "龙家寨", "毛家湾",
        "郝家窑", "顾家宅", "邵家渡", "万家岭", "钱家浜", "戴家巷", "严家村", "孔家庄", "常家营",
        "汤家湾", "康家店", "文家市", "洪家关", "柴家峪", "牛家岭", "温家堡", "樊家集", "葛家坝",
        "岳家庄", "马鞍山", "黄山区", "高邮市", "张家港", "周口市", "许昌县", "邓州市", "韩城市",
        "岳阳楼区", "贺兰县", "金华市", "林州市", "曹县", "于都县", "龙泉市", "白沙镇", "孟津区",
        "常熟市", "江宁区", "吴江区", "温岭市", "方城县", "包头市", "邹城市", "武夷山市", "雷州市",
        "高密市", "黎川县", "冯村乡", "石河子", "宁乡市", "安吉县", "韦曲街道",
    ],
    "road": [
        "中山路", "中山北路", "逸仙路", "黄兴路", "张衡路", "郭守敬路", "祖冲之路", "鲁迅路",
        "秋瑾路", "徐霞客大道", "东坡路", "太白路", "李公堤", "苏堤", "白堤", "杨家坪正街",
        "王府井大街", "吴淞路", "韩家胡同", "刘家胡同", "马家堡东路", "钱塘路", "金山大道",
        "高新路", "岳麓大道", "孙武路", "屈原路", "包公大道", "冯家湾路", "田林路", "宋园路",
        "曹杨路", "陆家嘴环路", "林荫大道", "武侯大道", "孔雀路", "黄河路", "文昌路",
    ],
    "school": [
        "逸夫小学", "中山路小学", "雷锋小学", "树人学校", "李家庄完小", "王家坝中心小学", "郑和小学",
        "陶行知实验学校", "詹天佑小学", "周庄中心小学", "黄家埠小学", "鲁迅小学", "石家庄路小学",
    ],
    "middle_school": [
        "育才中学", "行知中学", "鲁迅中学", "培英中学", "秋瑾中学", "杨家坪中学", "逸夫中学",
        "孙家岭初级中学", "高邮市第一中学", "雷锋中学",
    ],
    "kindergarten": [
        "宋庆龄幼儿园", "中山路幼儿园", "金桂幼儿园", "杨柳幼儿园", "阳光幼儿园", "柳岸幼儿园",
        "小太阳幼儿园", "马家窑中心幼儿园",
    ],
    "university": [
        "中山大学", "鲁东大学", "吉首大学", "韩山师范学院", "黄冈师范学院", "安庆师范大学",
        "常州大学", "温州大学", "金陵科技学院", "齐鲁工业大学", "曲阜师范大学", "黄河科技学院",
        "岳阳职业技术学院", "徐州工程学院", "许昌学院", "武汉大学", "江南大学", "白城师范学院",
    ],
    "estate": [
        "金桂苑", "杨柳新村", "王家湾公租房小区", "马家堡家园", "常青花园", "高新嘉园", "石榴园小区",
        "万和苑", "林荫小区", "温馨家园", "康乐小区", "钟楼小区", "曹杨新村", "黄埔花园", "田园新村",
        "夏荷苑", "龙湖春江郦城", "万科城", "华润二十四城", "秦淮人家", "陆家嘴花园", "江南名居",
    ],
    "hospital": [
        "中山医院", "邵逸夫医院", "白求恩国际和平医院", "华山医院", "李时珍医院", "张仲景国医院",
        "孙思邈中医院", "同仁医院", "湘雅医院", "华西医院", "逸夫医院", "白求恩医院",
    ],
    "clinic": ["何氏眼科医院", "宋庆龄妇幼保健院", "陈氏中医诊所", "孙氏推拿馆", "李氏骨科诊所"],
    "chain": [
        "周大福", "周生生", "老凤祥", "海底捞", "杨国福麻辣烫", "张亮麻辣烫", "周黑鸭", "华润万家",
        "苏宁易购", "李宁", "谭木匠", "吴裕泰", "绝味鸭脖", "陈克明面馆", "马记永兰州牛肉面",
    ],
    "bank": ["华夏银行", "民生银行", "邮储银行", "农商银行", "招商银行", "浦发银行", "中信银行"],
    "company": [
        "王老吉", "张小泉", "李宁", "周大福", "周生生", "老凤祥", "海底捞", "杨国福麻辣烫",
        "张亮麻辣烫", "陈克明面业", "李锦记", "谭木匠", "王守义十三香", "吴裕泰", "徐福记",
        "周黑鸭", "钟薛高", "康师傅", "白象食品", "金锣", "蒙牛", "鲁花", "马应龙药业", "胡庆余堂",
        "陈李济", "片仔癀", "马大姐食品", "刘伶醉酒业", "宋河酒业", "钱江摩托", "华润万家",
        "苏宁易购", "申通快递", "韵达快递", "金龙鱼", "黄河啤酒", "孔府家酒", "杜康酒业",
    ],
    "shop": [
        "刘记面馆", "陈记烧腊", "老王修车铺", "小杨生煎", "阿强五金店", "李家小院农家乐", "张姐水饺",
        "周记粮油", "马记牛肉面", "赵记烧饼", "孙氏推拿", "郭家菜馆", "胡记米粉", "高记大排档",
        "罗师傅烧烤", "老杨家羊汤", "吴氏理发店", "冯记裁缝铺", "宋家酱园", "唐记糖水", "许家豆花",
        "韩式烤肉", "林记冰室", "郑家饺子馆", "梁记云吞", "谢记米线", "邓记五金", "曾记粿条",
        "老孟家锅盔", "崔记花店", "范家小馆", "蒋记茶庄",
    ],
    "product": [
        "王老吉凉茶", "王致和腐乳", "老干妈辣椒酱", "李锦记生抽", "白象方便面", "康师傅红烧牛肉面",
        "金锣火腿肠", "鲁花花生油", "钟薛高雪糕", "徐福记糖果", "刘伶醉白酒", "杜康酒", "孔府家酒",
        "诸葛酿", "周黑鸭鸭脖", "黄河啤酒", "王守义十三香", "陈克明挂面",
    ],
    "medicine": [
        "马应龙麻痔膏", "华佗再造丸", "云南白药气雾剂", "片仔癀", "仲景六味地黄丸", "东阿阿胶",
        "同仁堂牛黄清心丸", "胡庆余堂胃复春",
    ],
    "goods": ["张小泉剪刀", "六神花露水", "马利颜料", "李宁运动鞋", "谭木匠梳子", "王麻子剪刀"],
    "dish": [
        "麻婆豆腐", "宫保鸡丁", "东坡肉", "东坡肘子", "叫花鸡", "宋嫂鱼羹", "左宗棠鸡", "钟水饺",
        "龙抄手", "赖汤圆", "韩包子", "张飞牛肉", "陈麻花", "夫妻肺片", "过桥米线", "文思豆腐",
        "李庄白肉", "谭家菜", "孔府菜", "萨其马", "贺家米粉", "曹氏鸭脖",
    ],
    "festival": [
        "端午节", "中秋节", "清明节", "元宵节", "重阳节", "腊八节", "春节", "七夕", "寒衣节",
    ],
    "disease": [
        "帕金森病", "阿尔茨海默病", "唐氏综合征", "川崎病", "桥本甲状腺炎", "白塞病", "梅尼埃病",
        "马凡综合征", "高雪病", "克罗恩病", "格林-巴利综合征", "霍奇金淋巴瘤", "布鲁氏菌病",
        "亨廷顿舞蹈病", "雷诺综合征", "库欣综合征", "艾迪生病", "贝尔面瘫", "法洛四联症",
    ],
    "herb": [
        "何首乌", "杜仲", "黄精", "白及", "柴胡", "党参", "连翘", "金银花", "田七", "石斛", "黄芪",
        "白术", "丁香", "牛膝", "杨梅", "胡椒", "陈皮", "黄连", "花椒", "龙眼", "白芷", "金丝皇菊",
    ],
    "river": [
        "黄河", "淮河", "钱塘江", "马颊河", "汤河", "沙河", "白河", "洪泽湖", "岳城水库", "汉江",
        "金沙江", "章河", "秦淮河", "柳江", "龙溪河", "万泉河", "温榆河",
    ],
    "public_work": [
        "鲁迅公园", "中山公园", "逸夫楼", "白求恩精神", "雷锋精神", "焦裕禄精神", "岳飞庙", "包公祠",
        "杜甫草堂", "郑和公园", "詹天佑纪念馆", "林则徐纪念馆", "孙中山故居", "中山纪念堂",
        "屈原祠", "孟姜女庙", "梁祝公园", "张謇纪念馆", "徐霞客故居", "李白纪念馆",
    ],
    "word": [
        "申请", "单位", "高速", "周末", "余额", "方案", "程序", "任务", "马上", "温度", "常规", "康复",
        "付款", "包括", "安全", "全部", "金额", "黄金", "王牌", "张贴", "李子", "刘海", "杨树", "胡同",
        "林业", "许可", "宋体", "唐装", "田地", "董事", "杜绝", "叶片", "钟表", "陆续", "范围", "石灰",
        "夏季", "熊猫", "白天", "雷雨", "龙头", "史料", "陶瓷", "贺卡", "毛巾", "顾客", "武装", "钱款",
        "严重", "汤圆", "乔迁", "文件", "施工", "洪水", "柴油", "牛奶", "兰花", "齐全", "岳父", "路面",
        "司机", "黄牛", "韩国", "高血压", "白内障", "江边", "段落", "曾经", "苏醒", "向前", "辛苦",
    ],
}

_XJ_PLACES = ["喀什市", "伊宁县", "和田县", "阿勒泰市", "昌吉市", "阿克苏市", "克拉玛依区",
              "阿图什市", "塔城市", "和静县", "博乐市", "木垒县", "尼勒克县"]
_TB_PLACES = ["拉萨市城关区", "日喀则市", "那曲市", "昌都市", "林芝市", "甘孜县", "玛沁县", "夏河县"]
_YI_PLACES = ["昭觉县", "布拖县", "美姑县", "马边彝族自治县", "石屏县", "峨山县", "金阳县", "喜德县"]
_MN_PLACES = ["锡林郭勒盟", "乌兰察布市", "巴彦淖尔市", "鄂尔多斯市", "阿拉善左旗", "通辽市",
              "科尔沁右翼前旗", "呼伦贝尔市"]
_HUI_PLACES = ["吴忠市", "同心县", "固原市", "临夏市", "广河县", "西吉县"]
_KR_PLACES = ["延吉市", "龙井市", "图们市", "和龙市", "珲春市"]
_GX_PLACES = ["百色市", "靖西市", "那坡县", "蒙山县", "罗城县", "武鸣区", "东兰县"]
_MIAO_PLACES = ["凯里市", "雷山县", "台江县", "花垣县", "松桃县", "文山市"]
_DAI_PLACES = ["景洪市", "勐腊县", "勐海县", "瑞丽市", "芒市", "孟连县"]
_MANCHU_PLACES = ["新宾满族自治县", "岫岩满族自治县", "宽甸县", "丰宁满族自治县", "伊通满族自治县"]
_XJ_GOODS = ["和田玉", "哈密瓜", "库尔勒香梨", "吐鲁番葡萄干", "和田大枣", "阿克苏苹果"]
_MN_SIGHTS = ["昭君博物院", "成吉思汗陵", "格萨尔说唱", "马头琴演出", "巴彦淖尔河套面粉"]

_EN_LOOKALIKES = {
    "hk": ["Ma On Shan", "Ho Man Tin", "Wong Tai Sin", "Yuen Long", "Hung Hom", "Lam Tin",
           "Tai Po", "Sham Shui Po", "Lai Chi Kok", "Shek Kip Mei", "Wong Chuk Hang", "Tuen Mun",
           "Lok Fu", "Kwun Tong", "Tai Wai"],
    "tw": ["Chang-hua", "Chia-yi", "Kao-hsiung", "Hsin-chu", "Tai-chung", "Ping-tung", "Yi-lan"],
    "place": ["Zhangjiagang", "Huangshan", "Jinhua", "Ma'anshan", "Xuzhou", "Wujiang",
              "Zhoushan", "Linyi", "Li Jiang", "Ma On Shan", "Ho Man Tin", "Yuen Long",
              "Chang-hua", "Kao-hsiung"],
    "road": ["Zhongshan Road", "Nathan Road", "Hennessy Road", "Yat-sen Avenue", "Lu Xun Road",
             "Zhang Heng Road", "Guo Shoujing Road", "Chung Shan N. Road", "Wong Nai Chung Road"],
    "firm": ["Chow Tai Fook", "Chow Sang Sang", "Tai Cheong Bakery", "Wing On Department Store",
             "Kam Wah Cafe", "Tai Hing", "Mak's Noodle", "Hung Fook Tong", "Yuen Kee Dessert",
             "Lok Fu Place"],
    "brand": ["Lee Kum Kee", "Wong Lo Kat", "Li-Ning", "Tsingtao", "Wang Zhihe", "Lao Gan Ma",
              "Zhang Xiaoquan", "Ma Yinglong"],
    "disease": ["Parkinson's disease", "Alzheimer's disease", "Down syndrome", "Kawasaki disease",
                "Hashimoto's thyroiditis", "Behcet's disease", "Crohn's disease", "Bell's palsy"],
    "institution": ["Sun Yat-sen University", "Lu Xun Park", "Sir Run Run Shaw Hospital",
                    "Queen Mary Hospital", "Shaw College", "Chung Chi College", "Yan Chai Hospital",
                    "Tung Wah Group of Hospitals", "Pok Oi Hospital"],
    "festival": ["Mid-Autumn Festival", "Dragon Boat Festival", "Ching Ming Festival",
                 "Chung Yeung Festival", "Lunar New Year"],
}


def _masked(r: random.Random, s: str | None = None) -> str:
    s = s or _weighted(r, _SURNAMES)
    form = r.randrange(10)
    if form == 0:
        return s + "某"
    if form == 1:
        return s + "某某"
    if form == 2:
        return s + r.choice(["某甲", "某乙"])
    if form == 3:
        return s + "**"
    if form == 4:
        return s + "××"
    if form == 5:
        return s + "*"
    if form == 6:
        return s + "*" + r.choice(_M_CHARS + _F_CHARS)
    if form == 7:
        return s + "×" + r.choice(_M_CHARS + _F_CHARS)
    if form == 8:
        return s + "＊＊"
    return s + "XX"


def _masked_en(r: random.Random) -> str:
    s = _weighted(r, _PY_SURNAMES)
    form = r.randrange(4)
    if form == 0:
        return f"{s} **"
    if form == 1:
        return f"{s[0]}*** {r.choice(_PY_SYLL)}"
    if form == 2:
        c = r.choice(_CANTO_SURNAMES).upper()
        return f"{c} {r.choice('KMSTWY')}** {r.choice('CKMSWY')}**"
    return f"{s} XX"


# ---------------------------------------------------------------------------------------------
# Numbers: IDs, phones, cards, money, dates
# ---------------------------------------------------------------------------------------------

_AREA_CODES = ["110105", "120104", "130102", "140105", "150102", "210102", "220102", "230103",
               "320106", "330106", "340104", "350102", "360102", "370102", "410105", "420106",
               "430104", "440106", "450103", "460105", "500103", "510104", "520102", "530102",
               "540102", "610113", "620102", "630104", "640104", "650102"]
_ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_MOBILE = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
           "155", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181",
           "182", "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
_LAND = ["0531", "0571", "025", "020", "028", "0871", "0991", "0851", "0771", "0471", "0433",
         "0891", "0834", "0951", "024", "0451", "0373", "0736", "0951", "0898"]


def _id18(r: random.Random, year: int | None = None) -> str:
    y = year if year is not None else r.randint(1940, 2008)
    body = (r.choice(_AREA_CODES) + f"{y:04d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            + f"{r.randint(1, 999):03d}")
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, _ID_W)) % 11]
    return body + check


def _luhn_card(r: random.Random) -> str:
    digits = [6, 2] + [r.randint(0, 9) for _ in range(16)]   # 19 digits with the check
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


class _Cell:
    """One cell under construction: draws names and look-alikes and records them."""

    def __init__(self, gen: "_Generator", family: str):
        self.g = gen
        self.r = gen.rng
        self.family = family
        self.names: list[str] = []
        self.looks: list[str] = []
        self.officials: list[str] = []
        self.sur: dict[str, str] = {}
        self._taken: set[str] = set()

    # -- persons ------------------------------------------------------------------------------
    def _fresh(self, draw) -> str:
        for _ in range(500):
            cand = draw()
            key = cand.lower()
            if key in self._taken or not self.g.free(key):
                continue
            if any(key in t or t in key for t in self._taken):
                continue
            self._taken.add(key)
            return cand
        raise RuntimeError("name pool exhausted")

    def p(self, style: str = "any", kin_of: str | None = None) -> str:
        """A private person's Han name, planted as a name; ``kin_of`` shares a surname mostly."""
        def draw() -> str:
            if kin_of in self.sur and self.r.random() < 0.9:
                s, g = self.sur[kin_of], _given(self.r, style)
            else:
                s, g = _han_parts(self.r, style)
            got[0] = s
            return s + g
        got = [""]
        n = self._fresh(draw)
        self.sur[n] = got[0]
        self.names.append(n)
        return n

    def variant(self, name: str) -> str:
        """The same person's name mis-written: one given-name character swapped."""
        sur = self.sur[name]
        given = name[len(sur):]

        def draw() -> str:
            i = self.r.randrange(len(given))
            ch = self.r.choice(_M_CHARS + _F_CHARS)
            return sur + given[:i] + ch + given[i + 1:]
        n = self._fresh(draw)
        self.sur[n] = sur
        self.names.append(n)
        return n

    def en(self) -> str:
        n = self._fresh(lambda: _english_name(self.r))
        self.names.append(n)
        return n

    def mino(self, group: str) -> str:
        got: list = [None]

        def draw() -> str:
            name, sur = _minority_name(self.r, group)
            got[0] = sur
            return name
        n = self._fresh(draw)
        if got[0]:
            self.sur[n] = got[0]
        self.names.append(n)
        return n

    def off(self) -> str:
        """An official in a public role (public_notice only): a look-alike."""
        assert self.family in PUBLIC_FAMILIES
        n = self._fresh(lambda: _han_name(self.r, "any"))
        self.looks.append(n)
        self.officials.append(n)
        return n

    # -- look-alikes --------------------------------------------------------------------------
    def L(self, cls: str) -> str:
        s = self.r.choice(LOOKALIKE_POOLS[cls])
        self.looks.append(s)
        return s

    def EL(self, cls: str) -> str:
        s = self.r.choice(_EN_LOOKALIKES[cls])
        self.looks.append(s)
        return s

    def W(self, word: str) -> str:
        """A surname-initial common word written in the template, listed as a look-alike."""
        self.looks.append(word)
        return word

    def M(self, sur: str | None = None) -> str:
        s = _masked(self.r, sur)
        self.looks.append(s)
        return s

    def ME(self) -> str:
        s = _masked_en(self.r)
        self.looks.append(s)
        return s

    def X(self, pool: list[str]) -> str:
        s = self.r.choice(pool)
        self.looks.append(s)
        return s

    # -- plain context ------------------------------------------------------------------------
    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def year(self) -> int:
        return self.r.randint(2022, 2026)

    def date(self) -> str:
        y, m, d = self.year(), self.r.randint(1, 12), self.r.randint(1, 28)
        form = self.r.randrange(4)
        if form == 0:
            return f"{y}年{m}月{d}日"
        if form == 1:
            return f"{y}-{m:02d}-{d:02d}"
        if form == 2:
            return f"{y}.{m}.{d}"
        return f"{m}月{d}日"

    def en_date(self) -> str:
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec"]
        y, m, d = self.year(), self.r.randrange(12), self.r.randint(1, 28)
        form = self.r.randrange(3)
        if form == 0:
            return f"{d} {months[m]} {y}"
        if form == 1:
            return f"{y}-{m + 1:02d}-{d:02d}"
        return f"{months[m]} {d}, {y}"

    def money(self, lo: int, hi: int, step: int = 10) -> str:
        v = self.r.randrange(lo, hi + 1, step)
        form = self.r.randrange(4)
        if form == 0:
            return f"{v}元"
        if form == 1:
            return f"{v:,}元"
        if form == 2:
            return f"{v}.00元"
        return f"￥{v}"

    def age(self, lo: int = 18, hi: int = 92) -> int:
        return self.r.randint(lo, hi)

    def idno(self, year: int | None = None) -> str:
        full = _id18(self.r, year)
        form = self.r.randrange(4)
        if form == 0:
            return full
        if form == 1:
            return full[:6] + "*" * 8 + full[-4:]
        if form == 2:
            return full[:10] + "****" + full[-4:]
        return full[:3] + "*" * 11 + full[-4:]

    def id_tail(self) -> str:
        return _id18(self.r)[-4:]

    def phone(self) -> str:
        p = self.c(_MOBILE)
        rest = f"{self.r.randint(0, 99999999):08d}"
        form = self.r.randrange(5)
        if form == 0:
            return p + rest
        if form == 1:
            return f"{p}-{rest[:4]}-{rest[4:]}"
        if form == 2:
            return f"{p} {rest[:4]} {rest[4:]}"
        return f"{p}****{rest[4:]}"

    def land(self) -> str:
        code = self.c(_LAND)
        n = 8 if len(code) == 3 else self.c([7, 8])
        return f"{code}-{self.r.randint(2, 8)}{self.r.randint(0, 10 ** (n - 1) - 1):0{n - 1}d}"

    def card(self) -> str:
        full = _luhn_card(self.r)
        form = self.r.randrange(3)
        if form == 0:
            return full
        if form == 1:
            return full[:4] + " **** **** " + full[-4:]
        return full[:6] + "*" * (len(full) - 10) + full[-4:]

    def vil(self) -> str:
        return self.c(["新丰村", "东风村", "红星村", "青松社区", "三里桥社区", "永兴村", "五星村",
                       "光明村", "新塘村", "双河村", "北苑社区", "南湖社区", "桥头村", "幸福里社区",
                       "东升村", "花园村", "联合村", "团结村", "新民村", "长岭村"])

    def street(self) -> str:
        return self.c(["城关镇", "桥头镇", "新华街道", "南湖街道", "东城街道", "西关街道", "城南街道",
                       "河口镇", "长乐街道", "平湖街道", "清水镇", "凤凰街道"])


# ---------------------------------------------------------------------------------------------
# Templates, one list per family. Each names every planted person exactly once.
# ---------------------------------------------------------------------------------------------

def _kin(c: _Cell, gen: str = "any") -> str:
    return c.c({
        "old": ["其母", "其父", "老伴", "其岳母", "其婆婆", "其外婆"],
        "any": ["配偶", "其兄", "其姐", "其弟", "其妹", "表哥", "堂弟", "表姐"],
    }[gen])


def _t_public_housing(c: _Cell) -> str:
    k = c.r.randrange(10)
    if k == 0:
        a = c.p()
        return (f"{a}（轮候号GZ-{c.year()}-{c.i(1, 999):04d}）家庭{c.i(2, 5)}人，"
                f"{c.W('申请')}时人均月收入{c.i(900, 2400)}元，{c.date()}摇号配租{c.L('estate')}"
                f"{c.i(1, 18)}栋{c.i(1, 4)}单元{c.i(1, 18)}0{c.i(1, 6)}室；同住人：配偶{c.p()}、"
                f"女儿{c.p('kid', kin_of=a)}。")
    if k == 1:
        a = c.p('oldm')
        return (f"原廉租房承租人{a}于{c.date()}病故，其子{c.p('m', kin_of=a)}（身份证尾号"
                f"{c.id_tail()}）申请变更为承租人，经核实该户仍符合保障条件，同意变更。")
    if k == 2:
        return (f"{c.p()}、{c.p()}两户因家庭人口减少退出轮候；{c.p()}户轮候序号由第{c.i(40, 90)}位"
                f"调整为第{c.i(5, 39)}位，依据为{c.date()}的受理时间。")
    if k == 3:
        return (f"租金减免：{c.p('old')}（{c.age(70, 93)}岁，低保对象）月租金按{c.c(['1', '1.5', '0.8'])}"
                f"元/平方米收取，自{c.date()}起执行；代缴人为其外甥{c.p('m')}，联系电话{c.phone()}。")
    if k == 4:
        return (f"经不动产信息比对，{c.p('m')}名下在{c.L('place')}有自建房一处，不符合住房困难条件，"
                f"已取消轮候资格，告知书由其妻{c.p('f')}签收。")
    if k == 5:
        return (f"承租人{c.p()}拖欠租金{c.i(3, 11)}个月共{c.money(600, 4800)}，已约谈；本人承诺"
                f"{c.L('festival')}前结清，逾期按合同收回住房。")
    if k == 6:
        return (f"换房：住{c.L('estate')}6楼的{c.p('old')}患{c.L('disease')}，上下楼困难，与同小区"
                f"低楼层住户{c.p()}自愿互换，双方已签订换房协议，报街道备案。")
    if k == 7:
        return (f"入户核查发现配租房实际由{c.p()}居住，承租人{c.p()}已长期在{c.L('place')}务工，"
                f"属违规转借，责令{c.i(15, 60)}日内腾退。")
    if k == 8:
        return (f"钥匙交接：{c.date()}由{c.p()}代领（代领人与承租人{c.p()}系"
                f"{c.c(['母子', '父女', '兄妹', '姐弟'])}关系），已签收《入住须知》。")
    return (f"复核轮候家庭时，经{c.p()}本人同意调取其{c.W('单位')}工资流水，月均"
            f"{c.money(2500, 5200, 10)}，仍在保障线内，继续轮候。")


def _t_startup_loan(c: _Cell) -> str:
    k = c.r.randrange(9)
    if k == 0:
        return (f"{c.p()}（返乡创业人员，身份证{c.idno()}）申请创业担保贷款{c.i(5, 30)}万元，用于经营"
                f"{c.L('shop')}，反担保人{c.p()}，财政贴息期限{c.c(['2', '3'])}年。")
    if k == 1:
        return (f"见习人员：{c.p('kid')}、{c.p('kid')}、{c.p()}，见习单位为{c.L('chain')}"
                f"{c.street()}门店，见习期{c.c(['3', '6', '12'])}个月，{c.date()}起按月发放见习补贴"
                f"{c.money(1500, 2300)}/人。")
    if k == 2:
        return (f"{c.p()}于{c.date()}提前解除见习协议（已被见习单位正式录用），补贴发放至当月；"
                f"同批见习人员{c.p()}在岗正常。")
    if k == 3:
        return (f"贷款已于{c.date()}结清。借款人{c.p('m')}经营的{c.L('shop')}位于{c.L('road')}"
                f"{c.i(1, 300)}号，配偶{c.p('f')}为共同借款人，放款账户{c.card()}。")
    if k == 4:
        return (f"合伙创业：牵头人{c.p()}，合伙人{c.p()}、{c.p()}，在{c.L('place')}种植{c.L('herb')}"
                f"{c.i(20, 300)}亩，带动就业{c.i(3, 40)}人，贴息资金{c.money(3000, 26000, 100)}已拨付。")
    if k == 5:
        return (f"逾期提醒：{c.p()}第{c.i(2, 20)}期还款逾期{c.i(3, 60)}天，已电话联系其担保人"
                f"{c.p()}（{c.phone()}），对方承诺{c.date()}前补缴。")
    if k == 6:
        a = c.p('kid')
        return (f"见习补贴暂缓：{a}在{c.L('company')}的考勤表缺{c.i(1, 3)}月份签字，"
                f"由其父亲{c.p('m', kin_of=a)}代为说明情况后补发。")
    if k == 7:
        return (f"创业担保贷款{c.W('申请')}人{c.p()}因征信存在逾期记录未通过审核，经{c.L('bank')}"
                f"复核系{c.W('单位')}代扣失误，已出具非恶意逾期证明，重新受理。")
    return (f"【{c.p()}】网店经营满{c.i(6, 24)}个月，符合一次性创业补贴条件；"
            f"与其合伙的{c.p()}已在{c.L('place')}领取过同类补贴，本次只发一人。")


def _t_skills_training(c: _Cell) -> str:
    course = c.c(["中式烹调师", "中式面点师", "西式面点师", "育婴员", "养老护理员", "电工", "焊工",
                  "美发师", "茶艺师", "电子商务师", "家政服务员", "农业经理人", "保育师"])
    lvl = c.c(["四级", "五级", "三级", "专项能力"])
    k = c.r.randrange(9)
    if k == 0:
        return (f"{c.date()}开班的{course}（{lvl}）学员：{c.p()}、{c.p()}、{c.p()}、{c.p()}，"
                f"均已取得证书，每人补贴{c.money(800, 2400, 100)}。")
    if k == 1:
        return (f"学员{c.p('f')}因照顾{_kin(c, 'old')}{c.p('old')}缺课{c.i(6, 30)}课时，出勤率低于"
                f"80%，按规定不予补贴。")
    if k == 2:
        return (f"{c.p()}（{c.phone()}）同一年度已在{c.L('place')}享受过{course}培训补贴，本次不重复"
                f"发放。")
    if k == 3:
        return (f"{c.c(['新东方烹饪学校', '蓝翔技工学校'])}{c.street()}培训点报送：{c.p()}、"
                f"{c.p()}的补贴申领材料中身份证复印件模糊，已退回补正。")
    if k == 4:
        return (f"实操考核：{c.p()}制作的{c.L('dish')}得分{c.i(80, 98)}，{c.p()}因刀工不合格"
                f"需补考，补考安排在{c.L('festival')}以后。")
    if k == 5:
        return (f"学员{c.p()}（残疾人证号{_id18(c.r)}{c.i(1, 7)}{c.i(1, 4)}）参加{course}培训，"
                f"按残疾人标准上浮补贴{c.money(200, 600, 50)}。")
    if k == 6:
        return (f"本期{course}培训学员中{c.p('m')}与{c.p('f')}系夫妻，二人均为脱贫劳动力，补贴打入各自"
                f"社保卡，{c.W('金额')}合计{c.money(1600, 4800, 100)}。")
    if k == 7:
        return (f"据授课老师反映，{c.p()}由其{c.c(['表姐', '同乡', '邻居'])}{c.p()}代签到{c.i(2, 6)}次，"
                f"已核减相应课时补贴。")
    a = c.p()
    return (f"花名册第{c.i(3, 40)}行“{c.variant(a)}”与身份证姓名“{a}”不一致，系录入时打错字，"
            f"已更正后{c.W('付款')}。")


def _t_relapse_monitor(c: _Cell) -> str:
    k = c.r.randrange(9)
    if k == 0:
        return (f"户主{c.p('oldm')}，{c.i(2, 6)}口人，{c.year()}年纳入监测对象（因病），其妻"
                f"{c.p('oldf')}确诊{c.L('disease')}，年医疗自付约{c.money(8000, 60000, 100)}；"
                f"已落实医疗救助和{c.L('herb')}种植帮扶。")
    if k == 1:
        return (f"{c.p()}家{c.date()}遭遇{c.W('洪水')}，冲毁{c.L('herb')}{c.i(2, 15)}亩，收入骤减，"
                f"经村民代表评议纳入突发严重困难户。")
    if k == 2:
        a = c.p('oldm')
        b = c.p('m', kin_of=a)
        return (f"监测户{a}之子{b}在{c.L('place')}务工，月收入约{c.money(2800, 6500, 100)}；"
                f"孙女{c.p('kid', kin_of=b)}就读{c.L('middle_school')}，已享受雨露计划补助。")
    if k == 3:
        a = c.p('m')
        return (f"风险消除：{a}户{c.year()}年人均纯收入{c.money(9000, 18000, 100)}，"
                f"“两不愁三保障”均达标，{c.date()}入户核实后标注风险消除。户主女儿"
                f"{c.p('f', kin_of=a)}电话{c.phone()}。")
    if k == 4:
        return (f"{c.p('old')}（{c.age(75, 94)}岁，独居）住房鉴定为C级危房，已申报危房改造；"
                f"其侄子{c.p('m')}承诺日常照料，帮扶干部每月走访一次。")
    if k == 5:
        return (f"脱贫不稳定户{c.p()}，家中饲养{c.W('黄牛')}{c.i(2, 9)}头，{c.year()}年出栏"
                f"{c.i(1, 4)}头，产业奖补{c.money(1000, 5000, 100)}已发放到户。")
    if k == 6:
        a = c.p('m')
        return (f"边缘易致贫户{a}：长子{c.p('m', kin_of=a)}患{c.L('disease')}需长期服药，次子"
                f"{c.p('m', kin_of=a)}在读{c.L('university')}，已申请生源地助学贷款。")
    if k == 7:
        return (f"据{c.p()}反映，其{c.c(['岳父', '公公', '继父'])}{c.p('oldm')}因{c.W('高血压')}住院"
                f"后家庭支出骤增，已启动预警核查，{c.i(3, 15)}个工作日内反馈。")
    return (f"因意外事故致贫风险：{c.p('m')}在{c.L('road')}骑电动车摔伤，医药费"
            f"{c.money(6000, 40000, 100)}，其妻{c.p('f')}无固定收入，拟落实临时救助。")


def _t_medical_insurance(c: _Cell) -> str:
    k = c.r.randrange(9)
    if k == 0:
        return (f"{c.p('old')}（特困供养人员）{c.year()}年度个人缴费{c.c(['350', '380', '400'])}元"
                f"由民政全额资助；{c.p()}（低保对象）定额资助{c.money(100, 300, 10)}。")
    if k == 1:
        return (f"{c.p()}已在{c.L('place')}参加职工医保，属重复参保，城乡居民医保个人缴费已原路退回"
                f"至尾号{c.card()[-4:]}的社保卡。")
    if k == 2:
        a = c.p('oldm')
        return (f"资助对象{a}于{c.date()}去世，资助资金不再追回；其孙{c.p('kid', kin_of=a)}为"
                f"本年度新增参保人。")
    if k == 3:
        return (f"新生儿{c.p('kid')}（{c.date()}出生，母亲{c.p('f')}）随母参保，在出生90日内完成"
                f"登记，享受当年待遇。")
    if k == 4:
        a = c.p('oldm')
        return (f"{a}，{c.age(60, 90)}岁，患{c.L('disease')}，门诊慢特病待遇已备案，由孙子"
                f"{c.p('m', kin_of=a)}代办参保，电话{c.phone()}。")
    if k == 5:
        a = c.p()
        return (f"名单中{a}的身份证号码误录为其弟{c.p('m', kin_of=a)}的号码（{c.idno()}），"
                f"已按户籍系统更正。")
    if k == 6:
        return (f"{c.p()}户共{c.i(3, 6)}人，其中{c.p('old')}享受{c.W('白内障')}手术专项救助，"
                f"其余家庭成员按一般标准缴费，{c.W('金额')}合计{c.money(1000, 2600, 10)}。")
    if k == 7:
        return (f"重度残疾人{c.p()}（残疾证尾号{c.i(10, 99)}{c.c(['1', '2'])}）参保费由残联资助，"
                f"资金由{c.L('bank')}代收代付。")
    return (f"资助款已发放至{c.vil()}（代领人：{c.p()}，与参保人{c.p('old')}系"
            f"{c.c(['邻居', '儿媳', '女婿', '侄女'])}），代领委托书存档。")


def _t_civil_registry(c: _Cell) -> str:
    k = c.r.randrange(9)
    if k == 0:
        return (f"{c.p('m')}（男，{c.L('place')}人）与{c.p('f')}（女）于{c.date()}办理结婚登记，"
                f"女方户口随迁，随迁子女{c.p('kid')}。")
    if k == 1:
        return (f"补领结婚证：申请人{c.p()}，配偶{c.p()}已于{c.year() - c.i(1, 10)}年去世，"
                f"提交了死亡医学证明复印件。")
    if k == 2:
        return (f"姓名变更：{c.p('kid')}申请变更姓名为{c.p('kid')}（随继父姓），已提交公证书及"
                f"监护人{c.p('f')}的书面同意。")
    if k == 3:
        a = c.p('oldm')
        return (f"{a}投靠子女，户口迁往{c.L('road')}{c.i(1, 400)}号，迁入地户主为其女"
                f"{c.p('f', kin_of=a)}。")
    if k == 4:
        return (f"离婚登记：{c.p('m')}与{c.p('f')}于{c.date()}申请协议离婚，进入冷静期，期满后"
                f"双方须共同到场领取离婚证。")
    if k == 5:
        a = c.p()
        return (f"窗口备注：{a}持其姐{c.p('f', kin_of=a)}的身份证前来办理业务，已当场制止并告知"
                f"冒用他人证件的法律责任。")
    if k == 6:
        a = c.p('kid')
        return (f"户口簿曾用名栏为“{a}”，与出生医学证明所载“{c.variant(a)}”不一致，{c.W('申请')}人"
                f"需补交派出所出具的同一人证明。")
    if k == 7:
        return (f"户籍迁入：{c.p()}（{c.L('university')}毕业生，身份证{c.idno()}）落户{c.street()}"
                f"集体户，档案由{c.L('place')}人才中心转入。")
    return (f"分户：经户主{c.p('oldm')}同意，其次子一家从原户分出单独立户，新户主{c.p('m')}，"
            f"随迁人员为妻子{c.p('f')}、儿子{c.p('kid')}。")


def _t_property_registry(c: _Cell) -> str:
    k = c.r.randrange(8)
    cert = (f"{c.c(['浙', '苏', '鲁', '豫', '川', '湘', '皖'])}（{c.year() - c.i(0, 5)}）"
            f"{c.c(['县', '市', '区'])}不动产权第{c.i(1, 9999999):07d}号")
    if k == 0:
        a = c.p()
        return f"权利人{a}的姓名误登为“{c.variant(a)}”，依身份证办理更正登记；证号{cert}。"
    if k == 1:
        return (f"共有人{c.p()}、{c.p()}，按份共有（各占50%）；坐落{c.L('road')}{c.i(1, 300)}号"
                f"{c.L('estate')}{c.i(1, 30)}栋。")
    if k == 2:
        r1 = c.L('road')
        r2 = c.X([x for x in LOOKALIKE_POOLS["road"] if x not in r1 and r1 not in x])
        return (f"更正事项：坐落由“{r1}”更正为“{r2}”，权利人{c.p()}（身份证{c.idno()}）"
                f"本人到场确认。")
    if k == 3:
        a = c.p('oldm')
        return (f"继承登记：被继承人{a}于{c.date()}去世，继承人{c.p(kin_of=a)}、{c.p()}，"
                f"另一继承人{c.p(kin_of=a)}已书面放弃继承。")
    if k == 4:
        return (f"抵押权人为{c.L('bank')}，抵押人{c.p()}，债务履行期限至{c.date()}；委托代理人"
                f"{c.p()}提交了经公证的授权委托书。")
    if k == 5:
        return (f"面积更正：{c.p()}名下房屋建筑面积由{c.i(60, 140)}.{c.i(10, 99)}㎡更正为"
                f"{c.i(60, 140)}.{c.i(10, 99)}㎡（复测），其{c.c(['妻', '夫'])}{c.p()}为共有人。")
    if k == 6:
        return (f"{cert}：原权利人{c.p()}与买受人{c.p()}办理转移登记，房屋位于{c.L('place')}，"
                f"税费已缴清。")
    return (f"异议登记：{c.p()}主张其与前夫{c.p('m')}离婚时约定该房归其所有，向登记机构"
            f"提交了离婚协议，异议期15日。")


def _t_talent_subsidy(c: _Cell) -> str:
    k = c.r.randrange(8)
    if k == 0:
        return (f"{c.p()}，{c.L('university')}博士，{c.year()}年引进至"
                f"{c.c(['县人民医院', '市农科院', '高新区管委会', '县第一中学'])}，"
                f"安家补贴{c.money(100000, 300000, 10000)}分三年发放。")
    if k == 1:
        return f"{c.p('m')}与配偶{c.p('f')}同为引进人才，安家补贴仅一方享受，双方约定由女方申领。"
    if k == 2:
        return (f"购房补贴：{c.p()}在{c.L('estate')}购买首套住房，补贴{c.money(30000, 100000, 1000)}；"
                f"购房合同买受人为申请人及其母亲{c.p('oldf')}。")
    if k == 3:
        return (f"{c.p()}（硕士，{c.c(['临床医学', '农业工程', '软件工程', '会计学', '环境工程'])}）"
                f"服务期未满{c.i(3, 5)}年离职，按规定退回已领补贴{c.money(10000, 60000, 1000)}。")
    if k == 4:
        return (f"生活补贴：{c.p('kid')}、{c.p('kid')}、{c.p()}（均为{c.year() - 1}届全日制本科，"
                f"毕业于{c.L('university')}），每月{c.money(1000, 3000, 100)}。")
    if k == 5:
        return (f"人才公寓：{c.p()}入住{c.L('estate')}，前三年租金全免；{c.p()}因已在本市购房，"
                f"不再安排。")
    if k == 6:
        return (f"补贴发放账户有误：{c.p()}提供的银行卡（{c.card()}）户名为其"
                f"{c.c(['丈夫', '妻子', '父亲'])}{c.p()}，已要求更换为本人账户。")
    return (f"经用人单位确认，{c.p()}的引进时间为{c.date()}，早于政策施行日，"
            f"不予享受；向{c.p()}（同批引进）补发差额{c.money(5000, 20000, 100)}。")


def _t_village_accounts(c: _Cell) -> str:
    k = c.r.randrange(8)
    if k == 0:
        return (f"报销{c.date()}修缮村道沙石款{c.money(800, 9000)}，垫付人{c.p()}，收款方"
                f"{c.L('shop')}，附收据2张。")
    if k == 1:
        d = c.i(2, 9)
        return (f"支付{c.p()}、{c.p()}、{c.p()}等{c.i(4, 12)}人清淤务工费（每人每天"
                f"{c.c(['120', '150', '180'])}元×{d}天），领款人均已签字按手印。")
    if k == 2:
        a = c.p('oldm')
        return (f"{a}承包鱼塘年租金{c.money(2000, 12000, 100)}已入账，由其子{c.p('m', kin_of=a)}"
                f"代交现金，收据编号{c.i(1000, 9999)}。")
    if k == 3:
        return (f"购买{c.L('festival')}慰问品（{c.L('product')}等）{c.money(500, 3000)}，发放给"
                f"五保户{c.p('old')}、{c.p('old')}等{c.i(3, 9)}户。")
    if k == 4:
        a = c.p('m')
        return (f"征地青苗补偿：{a}户{c.i(1, 6)}亩{c.L('herb')}，补偿{c.money(2000, 30000, 100)}，"
                f"已打卡（{c.card()}）；其兄{c.p('m', kin_of=a)}对面积有异议，待复测。")
    if k == 5:
        return f"垫付人{c.p()}提交的{c.L('shop')}餐费发票事由不清，不予报销，已退回补充说明。"
    if k == 6:
        return (f"租用{c.p()}家的三轮车运送{c.W('石灰')}，台班费{c.money(100, 600)}；{c.p()}帮工"
                f"{c.i(1, 5)}天，务工费当场现金结清。")
    return (f"向{c.p()}租用晒场{c.i(1, 3)}亩作村集体{c.L('herb')}烘干点，年租"
            f"{c.money(1500, 6000, 100)}，合同由出租人之女{c.p('f')}代签。")


def _t_school_enrolment(c: _Cell) -> str:
    k = c.r.randrange(9)
    if k == 0:
        a = c.p('kid')
        return (f"学生{a}（{c.age(6, 7)}岁）随父{c.p('m', kin_of=a)}务工入学，户籍{c.L('place')}，"
                f"居住证由{c.street()}签发，拟安排至{c.L('school')}一年级。")
    if k == 1:
        s1 = c.L('school')
        s2 = c.X([x for x in LOOKALIKE_POOLS["school"] if x != s1 and s1 not in x and x not in s1])
        return (f"转学：{c.p('kid')}由{s1}转入{s2}四年级，原因是随母{c.p('f')}迁居；"
                f"学籍号G{_id18(c.r, c.r.randint(2012, 2019))}。")
    if k == 2:
        a = c.p('kid')
        return (f"{a}、{c.p('kid', kin_of=a)}为双胞胎，监护人{c.p()}申请同班就读，已同意。")
    if k == 3:
        return (f"房产登记在外祖父{c.p('oldm')}名下，学生{c.p('kid')}不符合“房户一致”，调剂至"
                f"{c.L(c.c(['school', 'middle_school']))}。")
    if k == 4:
        return (f"{c.p('kid')}患{c.L('disease')}，经评估随班就读，资源教师跟进；家长{c.p()}，"
                f"电话{c.phone()}。")
    if k == 5:
        k1 = c.L('kindergarten')
        k2 = c.X([x for x in LOOKALIKE_POOLS["kindergarten"] if x != k1])
        return (f"幼儿园报名：{c.p('kid')}（{c.date()}出生）第一志愿{k1}，第二志愿{k2}，"
                f"家长{c.p('f')}已签承诺书。")
    if k == 6:
        rel = c.c(['奶奶', '外婆', '爷爷'])
        a = c.p('kid')
        b = c.p('oldm', kin_of=a) if rel == '爷爷' else c.p('oldf')
        return (f"{a}因病休学一年（诊断为{c.L('disease')}），复学后编入下一年级，由其{rel}{b}"
                f"办理手续。")
    if k == 7:
        return (f"随迁子女积分入学：{c.p('kid')}积分{c.i(60, 140)}分，父亲{c.p('m')}社保缴费"
                f"{c.i(12, 60)}个月，租住{c.L('estate')}，{c.W('申请')}材料{c.W('齐全')}。")
    return (f"与{c.p()}同住的外甥{c.p('kid')}（户籍在外省）申请借读，需提供其父母在外务工证明，"
            f"暂列入{c.L(c.c(['school', 'middle_school']))}待定名单。")


def _t_penalty_facts(c: _Cell) -> str:
    k = c.r.randrange(9)
    if k == 0:
        return (f"当事人{c.p()}（自然人）于{c.date()}在{c.L('road')}驾驶渣土车沿途抛洒，被执法人员"
                f"现场查获，同车人员{c.p()}对事实无异议。")
    if k == 1:
        return (f"经查，当事人{c.p()}在{c.L('place')}私设暗管向{c.L('river')}排放养殖废水，其雇工"
                f"{c.p()}证实排放已持续约{c.i(2, 14)}个月。")
    if k == 2:
        shop, son = c.L('shop'), c.p('m')
        return (f"{shop}（个体工商户，经营者{c.M(c.sur[son])}）销售超过保质期的{c.L('product')}"
                f"{c.i(2, 40)}件，违法所得{c.money(50, 3000)}；现场负责人{son}系经营者之子。")
    if k == 3:
        return (f"当事人{c.p()}未取得食品经营许可，在{c.L(c.c(['school', 'middle_school']))}门口流动售卖{c.L('dish')}，"
                f"货值{c.money(80, 1500)}；证人{c.p()}、{c.p()}的证言在卷。")
    if k == 4:
        return (f"当事人{c.p('m')}露天焚烧秸秆约{c.i(1, 20)}亩，地点{c.L('place')}；{c.date()}已缴纳"
                f"罚款{c.money(200, 2000, 100)}，由其妻{c.p('f')}代缴。")
    if k == 5:
        a = c.p()
        return (f"听证告知：当事人{c.M(c.sur[a])}（即{a}）于{c.date()}申请听证，委托其表哥"
                f"{c.p('m')}为代理人。")
    if k == 6:
        return (f"当事人{c.p()}在自家院内加工{c.L('dish')}，使用{c.W('柴油')}锅炉且未安装油烟净化"
                f"设施，邻居{c.p()}投诉后立案，责令{c.i(7, 30)}日内改正。")
    if k == 7:
        return (f"{c.M()}（自然人）销售假冒{c.L('company')}商品案：供货人为{c.p()}，"
                f"{c.W('顾客')}{c.p()}购买后举报，涉案{c.W('金额')}{c.money(500, 9000, 10)}。")
    return (f"当事人为自然人，公示时姓名作{c.M()}；执法记录仪显示，其租用{c.p()}的仓库"
            f"非法储存废机油约{c.i(1, 9)}吨，仓库位于{c.L('place')}。")


def _t_medical_complaint(c: _Cell) -> str:
    k = c.r.randrange(8)
    if k == 0:
        return (f"患者{c.p('old')}（{c.age(55, 90)}岁）家属{c.p()}来电投诉：{c.date()}在"
                f"{c.L(c.c(['hospital', 'clinic']))}"
                f"候诊{c.i(2, 5)}小时未就诊。经核实系叫号系统故障，已当面致歉。")
    if k == 1:
        return (f"投诉人{c.p()}反映其母{c.p('oldf')}在{c.L(c.c(['hospital', 'clinic']))}就诊期间被多收检查费"
                f"{c.money(80, 2000)}，已核实退费。")
    if k == 2:
        return (f"{c.p()}对{c.L('disease')}治疗效果有异议，要求做医疗损害鉴定，已告知可向医学会"
                f"{c.W('申请')}，并提供了程序说明。")
    if k == 3:
        return (f"来访人{c.p()}称药房发放的{c.L('medicine')}与处方不符，药剂科复核后确认为同一药品"
                f"不同规格，已向其解释。")
    if k == 4:
        return (f"{c.p()}反映护工服务态度差，涉事护工已调离；患者{c.p('old')}本人表示接受处理结果，"
                f"回访电话{c.phone()}。")
    if k == 5:
        a = c.p('m')
        return (f"据{a}陈述，其子{c.p('kid', kin_of=a)}在{c.L('hospital')}确诊{c.L('disease')}前"
                f"曾两次被误诊为感冒，已转医务科调查，{c.i(5, 15)}个工作日内答复。")
    if k == 6:
        return (f"匿名投诉转实名：投诉人{c.p()}（{c.idno()}）要求对其投诉内容保密，涉及医生为"
                f"{c.M()}，已按程序处理。")
    return (f"同病房{c.p()}、{c.p()}两位患者家属因陪护床位发生争执，保卫科调解后双方签字；"
            f"病区已在{c.L('festival')}前增设陪护椅。")


def _t_pension_check(c: _Cell) -> str:
    k = c.r.randrange(8)
    if k == 0:
        return (f"{c.p('old')}（{c.i(1935, 1963)}年生，原"
                f"{c.c(['县供销社', '县农机厂', '镇卫生院', '县粮食局'])}退休职工）长期随女"
                f"{c.p('f')}居住在{c.L('place')}，{c.date()}已通过手机人脸识别完成资格认证。")
    if k == 1:
        a = c.p('oldm')
        return (f"{a}因{c.L('disease')}卧床，无法自助认证，{c.date()}由社保所上门认证，"
                f"其子{c.p('m', kin_of=a)}在场。")
    if k == 2:
        a = c.p('oldm')
        return (f"{a}已于{c.date()}去世，老伴{c.p('oldf')}延迟申报，多领的{c.i(2, 9)}个月"
                f"养老金{c.money(3000, 30000, 10)}已由其女{c.p('f', kin_of=a)}退还。")
    if k == 3:
        return (f"境外居住：{c.p('old')}现居{c.c(['新加坡', '温哥华', '悉尼', '大阪', '奥克兰'])}，"
                f"由其侄女{c.p('f')}递交经公证认证的生存证明。")
    if k == 4:
        return (f"认证异常：{c.p('oldm')}连续两次比对失败（照片采集于{c.i(2005, 2016)}年），已通知"
                f"其老伴{c.p('oldf')}陪同到{c.street()}便民服务中心补采。")
    if k == 5:
        return f"暂停发放名单：(1){c.p('old')} (2){c.p('old')}，均超过12个月未认证，认证后补发。"
    if k == 6:
        return (f"{c.p('old')}（身份证{c.idno(c.r.randint(1935, 1963))}）认证通过，联系人为其儿媳"
                f"{c.p('f')}，电话{c.phone()}；住址{c.L('road')}{c.i(1, 200)}号。")
    return (f"经{c.p()}举报，{c.p('old')}已去世{c.i(1, 3)}年仍由家人代为认证，已暂停发放并"
            f"追回待遇，案件移交{c.street()}。")


def _t_english_export(c: _Cell) -> str:
    k = c.r.randrange(12)
    if k == 0:
        return (f"Applicant {c.en()} (ID no. {c.idno()}) was allocated flat {c.i(1, 30)}-{c.i(1, 4)}-"
                f"{c.i(1, 30)}0{c.i(1, 8)} near {c.EL('road')}; co-resident: spouse {c.en()}.")
    if k == 1:
        return (f"subsidy paid on {c.en_date()}; collected on the applicant's behalf by "
                f"{c.en()}, a relative, who showed a letter from {c.EL('institution')}.")
    if k == 2:
        return (f"{c.en()}, {c.age(60, 92)}, retired, lives with an adult child, {c.en()}, in "
                f"{c.EL('place')}; annual pension check done by video call.")
    if k == 3:
        return (f"Complainant {c.en()} said a pharmacy in {c.EL('place')} sold {c.en()} "
                f"(the complainant's parent) a treatment for {c.EL('disease')} past its expiry date.")
    if k == 4:
        return (f"Trainees: {c.en()}; {c.en()}; {c.en()} - all passed the pastry cook exam "
                f"(level 4), subsidy RMB {c.i(8, 24)}00 each.")
    if k == 5:
        return (f"Per the Hong Kong office, {c.en()} moved from {c.EL('hk')} to a flat above "
                f"{c.EL('firm')}; next of kin: {c.en()}, +852 {c.i(5, 9)}{c.i(100, 999)} "
                f"{c.i(1000, 9999)}.")
    if k == 6:
        return (f"Spouse from {c.EL('tw')}, Taiwan, {c.en()}, married {c.en()} in "
                f"{c.year() - c.i(1, 9)} and applied to move the household registration; notary "
                f"copy attached.")
    if k == 7:
        return (f"Loan guarantor {c.en()}; borrower {c.en()} runs a noodle stall opposite "
                f"{c.EL('firm')}, card no. {c.card()}.")
    if k == 8:
        return (f"Name on the deed corrected from \"{c.en()}\" to \"{c.en()}\" per passport; "
                f"the earlier file refers to the owner only as {c.ME()}.")
    if k == 9:
        return (f"Follow-up after the {c.EL('festival')}: {c.en()} (tel {c.phone()}) says the "
                f"clinic confused the case with another patient recorded as {c.ME()}.")
    if k == 10:
        return (f"per {c.en()}, the tenant upstairs ({c.en()}) has been away since the "
                f"{c.EL('festival')}; rent arrears noted, see {c.EL('road')} office.")
    return (f"Stall holder {c.en()} was fined for selling fake {c.EL('brand')} goods; the buyer, "
            f"{c.en()}, reported it after the {c.EL('festival')}.")


_MINO_GROUPS = ["维吾尔族", "哈萨克族", "藏族", "彝族", "蒙古族", "回族", "朝鲜族", "壮族", "苗族",
                "傣族", "满族"]
_MINO_FEST = {
    "维吾尔族": ["古尔邦节", "肉孜节"], "哈萨克族": ["古尔邦节", "纳吾肉孜节"],
    "藏族": ["雪顿节", "望果节", "藏历新年"], "彝族": ["火把节", "彝族年"],
    "蒙古族": ["那达慕", "祭敖包"], "回族": ["开斋节", "古尔邦节"], "朝鲜族": ["秋夕", "老人节"],
    "壮族": ["三月三", "牛魂节"], "苗族": ["苗年", "姊妹节", "四月八"],
    "傣族": ["泼水节", "开门节", "关门节"], "满族": ["颁金节", "添仓节"],
}


def _t_minority_listing(c: _Cell) -> str:
    def fest(g: str) -> str:
        return c.X(_MINO_FEST[g])
    k = c.r.randrange(14)
    if k == 0:
        return (f"{c.mino('维吾尔族')}（维吾尔族）、{c.mino('维吾尔族')}（维吾尔族），{c.X(_XJ_PLACES)}"
                f"{c.vil()}牧民，草原生态保护补助奖励{c.money(1200, 9000, 10)}。")
    if k == 1:
        return (f"双语教师补贴：{c.mino('哈萨克族')}（哈萨克族，{c.X(_XJ_PLACES)}第二中学）、"
                f"{c.mino('维吾尔族')}（维吾尔族），{fest('维吾尔族')}前发放。")
    if k == 2:
        return (f"{c.mino('藏族')}（藏族，{c.age(40, 85)}岁）与女儿{c.mino('藏族')}同户，户籍"
                f"{c.X(_TB_PLACES)}，游牧民定居点已入住；{fest('藏族')}慰问品为"
                f"{c.X(['酥油', '糌粑', '青稞'])}和砖茶。")
    if k == 3:
        return (f"{c.mino('彝族')}（彝族）家住{c.X(_YI_PLACES)}，{fest('彝族')}期间返乡，"
                f"子女{c.mino('彝族')}、{c.mino('彝族')}在乡中心校寄宿。")
    if k == 4:
        return (f"{c.mino('蒙古族')}（蒙古族）牧户，承包草场{c.i(800, 9000)}亩，禁牧补助由其妻"
                f"{c.mino('蒙古族')}代领；{fest('蒙古族')}赛马奖金不计入家庭收入。")
    if k == 5:
        a = c.mino('回族')
        return (f"{a}（回族）在{c.X(_HUI_PLACES)}经营清真{c.c(['面馆', '牛肉店', '餐馆'])}，"
                f"{fest('回族')}期间增设摊位；其弟{c.p('m', kin_of=a)}为帮工。")
    if k == 6:
        return (f"{c.mino('朝鲜族')}（朝鲜族）赴{c.W('韩国')}务工{c.i(2, 12)}年，户籍地{c.X(_KR_PLACES)}，"
                f"家中老人{c.mino('朝鲜族')}由村委会联系照料，{c.X(['打糕', '冷面'])}作坊已停业。")
    if k == 7:
        return (f"{c.mino('壮族')}、{c.mino('壮族')}（均为壮族）{fest('壮族')}歌圩演出补贴"
                f"{c.money(300, 1200)}，户籍{c.X(_GX_PLACES)}。")
    if k == 8:
        return (f"{c.mino('苗族')}（苗族）刺绣合作社社员，{fest('苗族')}前接单"
                f"{c.i(20, 300)}件；同社{c.mino('苗族')}负责对接{c.X(_MIAO_PLACES)}的收购商。")
    if k == 9:
        return (f"{c.mino('傣族')}、{c.mino('傣族')}（傣族），{c.X(_DAI_PLACES)}{c.vil()}橡胶种植户，"
                f"{fest('傣族')}后统一发放割胶补贴。")
    if k == 10:
        return (f"{c.mino('满族')}（满族）在{c.X(_MANCHU_PLACES)}开办{c.X(['萨其马', '黏豆包'])}作坊，"
                f"申请少数民族特色产业补助；合伙人{c.mino('满族')}。")
    if k == 11:
        return (f"电商补贴：{c.mino('维吾尔族')}（维吾尔族）在{c.X(_XJ_PLACES)}直播销售"
                f"{c.X(_XJ_GOODS)}，月均销售额{c.money(8000, 60000, 100)}；助播"
                f"{c.mino(c.c(['哈萨克族', '维吾尔族']))}按见习人员登记。")
    if k == 12:
        return (f"{c.mino('蒙古族')}（蒙古族）、{c.mino('满族')}（满族）参加{c.X(_MN_SIGHTS)}"
                f"相关文旅培训，住宿安排在{c.X(_MN_PLACES)}，交通补贴{c.money(200, 800)}。")
    g1, g2, g3 = c.r.sample(_MINO_GROUPS, 3)
    return (f"民族预科生资助：{c.mino(g1)}（{g1}）、{c.mino(g2)}（{g2}）、{c.mino(g3)}（{g3}），"
            f"每人{c.money(2000, 5000, 100)}，就读{c.L('university')}。")


def _t_public_notice(c: _Cell) -> str:
    k = c.r.randrange(9)
    if k == 0:
        return (f"{c.vil()}{c.year()}年度低保评议结果公示：拟新增{c.p()}（家庭{c.i(2, 5)}人）、"
                f"{c.p()}（重度残疾）为低保对象，拟退出{c.p()}（家庭收入超标）。评议小组成员："
                f"{c.off()}、{c.off()}、{c.off()}。公示期7天，监督电话{c.land()}，联系人："
                f"{c.off()}。")
    if k == 1:
        return (f"公租房资格审核公示：{c.W('申请')}人{c.p()}，共同申请人{c.p()}（配偶）。审核人："
                f"{c.off()}；审批人：{c.off()}。如有异议，请于公示期内向{c.street()}住房保障办书面反映。")
    if k == 2:
        a = c.p('m')
        return (f"关于{a}申请临时救助的公示：其子{c.p('m', kin_of=a)}因车祸在{c.L('hospital')}住院，"
                f"拟救助{c.money(2000, 20000, 100)}。经办人：{c.off()}；审核人：{c.off()}。")
    if k == 3:
        return (f"人才安家补贴拟发放名单：{c.p()}、{c.p()}、{c.p()}。评审专家：{c.off()}"
                f"（{c.L('university')}教授）、{c.off()}、{c.off()}。监督电话：{c.land()}"
                f"（{c.off()}）。")
    if k == 4:
        return (f"异议处理结果：公示期内村民{c.p()}实名反映{c.p()}家有营运车辆，经驻村第一书记"
                f"{c.off()}与村两委成员{c.off()}入户核实，该车登记在其女婿{c.p()}名下，"
                f"不影响认定。")
    if k == 5:
        return (f"{c.vil()}村务公开（第{c.c(['一', '二', '三', '四'])}季度）：村两委成员"
                f"{c.off()}（书记、主任）、{c.off()}（副主任）、{c.off()}（委员）。本季度困难补助"
                f"发放对象：{c.p('old')}、{c.p()}。")
    if k == 6:
        return (f"创业担保贷款贴息公示：借款人{c.p()}，贷款{c.i(5, 30)}万元，贴息"
                f"{c.money(2000, 20000, 10)}；见证人{c.p()}。经办人{c.off()}，联系电话{c.land()}。")
    if k == 7:
        return (f"{c.street()}关于{c.p('old')}申请特困供养的公示：其{c.c(['侄子', '外甥', '邻居'])}"
                f"{c.p()}出具了照料证明。公示期{c.date()}起7日，公示期内联系人：{c.off()}"
                f"（{c.land()}）。")
    return (f"职业技能培训补贴公示（{c.date()}）：{c.p()}、{c.p()}等{c.i(12, 60)}人，"
            f"审核人{c.off()}，审批人{c.off()}；监督电话{c.land()}。")


def _t_lookalike_only(c: _Cell) -> str:
    k = c.r.randrange(13)
    if k == 0:
        return (f"{c.L('festival')}前后{c.L('road')}沿线临时摊点较多，{c.L('shop')}、{c.L('shop')}"
                f"门前占道经营已劝离。")
    if k == 1:
        return (f"{c.L('place')}至{c.L('place')}段{c.W('高速')}{c.W('施工')}，{c.W('周末')}车流较大，"
                f"{c.L(c.c(['school', 'middle_school']))}学生请家长错峰接送。")
    if k == 2:
        return (f"抽检结果：{c.L('product')}、{c.L('product')}合格；{c.L('shop')}所售{c.L('dish')}"
                f"菌落总数超标，已责令整改。")
    if k == 3:
        return (f"健康讲座：{c.L('disease')}与{c.L('disease')}的早期识别，地点在{c.L('public_work')}"
                f"附近的社区活动室。")
    if k == 4:
        return (f"{c.M()}、{c.M()}两户补贴已于{c.date()}发放，{c.W('余额')}部分结转下年度，"
                f"材料存档案室。")
    if k == 5:
        return (f"{c.L('public_work')}周边停车位紧张，建议停放在{c.L('road')}公共停车场；"
                f"{c.L('chain')}门店营业时间调整为9:00-21:00。")
    if k == 6:
        return (f"{c.L('place')}合作社种植{c.L('herb')}、{c.L('herb')}共{c.i(50, 900)}亩，产品主要"
                f"供应{c.L('company')}。")
    if k == 7:
        return (f"备注：{c.W('申请')}材料不全（缺{c.W('单位')}证明），参照{c.M()}一案的处理方式，"
                f"补齐后再报。")
    if k == 8:
        return (f"{c.L('river')}汛期{c.W('洪水')}预警，{c.L('place')}低洼地带{c.W('全部')}转移，"
                f"临时安置点设在{c.L('school')}。")
    if k == 9:
        return (f"{c.L('hospital')}义诊：{c.L('disease')}筛查，并赠送{c.L('medicine')}；{c.W('马上')}"
                f"报名的居民可领取{c.L('festival')}礼包。")
    if k == 10:
        return (f"学习{c.L('public_work')}主题活动安排在{c.L('kindergarten')}礼堂，午餐为"
                f"{c.L('dish')}和{c.W('汤圆')}，{c.W('司机')}请于8点前到{c.L('road')}集合。")
    if k == 11:
        c1 = c.L('company')
        c2 = c.X([x for x in LOOKALIKE_POOLS["company"] if x not in c1 and c1 not in x])
        return (f"{c1}与{c2}联合促销，{c.L('estate')}业主凭{c.W('贺卡')}到"
                f"{c.L('shop')}领取{c.W('毛巾')}一条，{c.W('顾客')}较多请排队。")
    return (f"防汛物资清单：{c.L('goods')}、{c.L('product')}若干，存放于{c.L('place')}"
            f"仓库，{c.W('白天')}有人值守，夜间由{c.W('保安')}巡查。")


_TEMPLATES = {
    "public_housing": _t_public_housing,
    "startup_loan": _t_startup_loan,
    "skills_training": _t_skills_training,
    "relapse_monitor": _t_relapse_monitor,
    "medical_insurance": _t_medical_insurance,
    "civil_registry": _t_civil_registry,
    "property_registry": _t_property_registry,
    "talent_subsidy": _t_talent_subsidy,
    "village_accounts": _t_village_accounts,
    "school_enrolment": _t_school_enrolment,
    "penalty_facts": _t_penalty_facts,
    "medical_complaint": _t_medical_complaint,
    "pension_check": _t_pension_check,
    "english_export": _t_english_export,
    "minority_listing": _t_minority_listing,
    "public_notice": _t_public_notice,
    "lookalike_only": _t_lookalike_only,
}


# ---------------------------------------------------------------------------------------------
# Contract and generator
# ---------------------------------------------------------------------------------------------

def _occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def cell_problems(r: Remark) -> list[str]:
    """The contract violations of one cell (empty when it is sound)."""
    probs = []
    spans = []
    for n in r.names:
        occ = _occurrences(r.text, n)
        if len(occ) != 1:
            probs.append(f"name {n!r} occurs {len(occ)} times")
            continue
        spans.append((occ[0], occ[0] + len(n), n))
    for lk in r.lookalikes:
        occ = _occurrences(r.text, lk)
        if not occ:
            probs.append(f"look-alike {lk!r} missing")
        for a in occ:
            for s, e, n in spans:
                if a < e and s < a + len(lk):
                    probs.append(f"name {n!r} overlaps look-alike {lk!r}")
    for i, (s1, e1, n1) in enumerate(spans):
        for s2, e2, n2 in spans[i + 1:]:
            if s1 < e2 and s2 < e1:
                probs.append(f"names {n1!r} and {n2!r} overlap")
    if r.family == "lookalike_only" and r.names:
        probs.append("names in lookalike_only")
    if r.family in NAME_FAMILIES and not r.names:
        probs.append("no name in a name family")
    if r.public_officials != (r.family in PUBLIC_FAMILIES):
        probs.append("public_officials flag wrong")
    return probs


class _Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used: set[str] = set()          # lower-cased persons (names and officials)
        self.lengths: set[int] = set()
        self.big = ""
        self.texts: set[str] = set()

    def free(self, key: str) -> bool:
        """A person string not used before and absent from every accepted cell."""
        return key not in self.used and key not in self.big

    def text_clear(self, text: str) -> bool:
        low = text.lower()
        n = len(low)
        for L in self.lengths:
            for i in range(n - L + 1):
                if low[i:i + L] in self.used:
                    return False
        return True

    def make(self, family: str) -> Remark:
        for _ in range(400):
            cell = _Cell(self, family)
            text = _TEMPLATES[family](cell)
            looks = list(dict.fromkeys(cell.looks))
            rem = Remark(text=text, family=family, names=list(cell.names), lookalikes=looks,
                         public_officials=family in PUBLIC_FAMILIES)
            if cell_problems(rem) or text in self.texts or not self.text_clear(text):
                continue
            persons = [x.lower() for x in cell.names + cell.officials]
            self.used.update(persons)
            self.lengths.update(len(p) for p in persons)
            self.texts.add(text)
            self.big += "\x00" + text.lower()
            return rem
        raise RuntimeError(f"could not build a sound {family} cell")


def _quotas(n: int) -> dict[str, int]:
    raw = {f: n * WEIGHTS[f] for f in FAMILIES}
    counts = {f: int(raw[f]) for f in FAMILIES}
    rest = n - sum(counts.values())
    order = sorted(FAMILIES, key=lambda f: (-(raw[f] - counts[f]), FAMILIES.index(f)))
    for f in order[:rest]:
        counts[f] += 1
    return counts


def make_remarks(n: int = 2000, seed: int = 1616) -> list[Remark]:
    """The frozen set: ``n`` remarks, a pure function of ``n`` and ``seed``."""
    gen = _Generator(seed)
    labels = [f for f, k in _quotas(n).items() for _ in range(k)]
    gen.rng.shuffle(labels)
    return [gen.make(f) for f in labels]


def describe(remarks: list[Remark]) -> str:
    """Counts per family (cells, names, look-alikes) and totals."""
    cells = Counter(r.family for r in remarks)
    names = Counter()
    looks = Counter()
    for r in remarks:
        names[r.family] += len(r.names)
        looks[r.family] += len(r.lookalikes)
    lines = [f"{VERSION}: {len(remarks)} cells, {sum(names.values())} names, "
             f"{sum(looks.values())} look-alikes"]
    for f in FAMILIES:
        if cells[f]:
            lines.append(f"  {f:<18} {cells[f]:>5} cells {names[f]:>5} names {looks[f]:>5} look-alikes")
    for f in sorted(set(cells) - set(FAMILIES)):
        lines.append(f"  {f:<18} {cells[f]:>5} cells (unknown family)")
    return "\n".join(lines)
