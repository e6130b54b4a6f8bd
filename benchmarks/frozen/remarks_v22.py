"""Frozen edition 22 of free-text remarks: a blind, synthetic test set for de-identification.

What it is
    A deterministic generator of short free-text cells (备注 / 说明 / logs / notices) as Chinese
    county and city offices write them, each cell annotated with the private persons' names that
    were planted in it and the look-alike strings (name-like text that must stay).  It is a FROZEN
    set: nobody tunes a rule on it.  All persons, IDs, phones and plates are invented; resident IDs
    are well formed (ISO 7064 MOD 11-2 check character) but random.

Who wrote it and what was read
    Written blind by a helper session (brief 22) on branch ``h-remarks22``.  Read: the brief; the two
    sections of DOMAIN.md on personal data in public listings and on administrative penalty
    publicity (plus its heading list); lines 170-178 of ``benchmarks/frozen/remarks.py`` (the
    ``Remark`` dataclass, imported, not copied).  Nothing under ``src/``, no other generator, no
    ``.tsv`` list, no detector was opened or run.
    Slips (none of content): to check the layout I ran ``ls benchmarks/frozen/ tests/`` piped to
    ``head -0`` and to ``grep -c .`` (entry counts only, no file names seen), ``ls`` on
    ``benchmarks/frozen/__init__.py`` (exists) and ``git status`` in the worktree (shows only the
    untracked ``.venv`` symlink).  No other file was opened.
    About 58% of the planted names in the default set stand with no cue word (cell start, bare
    prose, later items of lists, brackets); the rest follow labels, kinship words or particles.

Families
    Twelve domains (driving_school, sports_fitness, lost_property, abandoned_vehicle, bike_sharing,
    adoption, exit_entry, fire_checkpoint, charity_donation, archives_access, presale_housing,
    scrap_recycling), plus english_export (English-language export of such notes), minority_listing
    (names of fifteen minorities in their written forms), public_notice (公示/公告, officials in
    their public role are look-alikes) and lookalike_only (no name, dense look-alikes).  Layouts
    vary: labelled fields, prose, cells joined with ｜ / ; / tabs, numbered lists, dated logs.

Surface forms of names
    Han names: surname by rough real frequency, rare surnames (禤 逄 笪 乜 仉 郗 ...), compound
    surnames (欧阳 司马 诸葛 ...); one- and two-character given names; old rural names (桂兰, 铁柱,
    来福) and modern ones (梓萱, 浩然); names that are ordinary words (高峰, 田野, 金城 ...).
    Positions: cell start, after labels, with kinship words (其母, 之子, 妻, 外孙), after 由/经/与/向/
    替/交给/通知, in 、-lists and ；-lists, bare mid-prose, in brackets, next to ages, rooms, plates,
    IDs (full or masked), phones; two names joined as 夫妇 where an office would.
    Minority names: Uyghur and Kazakh given·father (separators ·, •, ・, ．, ., none), Tibetan,
    Yi, Mongolian, Hui, 朝鲜族, Zhuang, Miao, Dai (岩/玉), Manchu (爱新觉罗·…, 关/佟/那), Bai, Naxi (和),
    Hani, Lisu.
    English export: pinyin surname-first and given-first, upper-case surnames, initials, joined and
    hyphenated given names, Cantonese, Wade-Giles / Taiwan spellings, English given names with
    Chinese surnames, romanised Uyghur and Tibetan names.

Look-alike classes
    Domain words of each family beginning with a surname character (car models and exam items,
    sports and venues, everyday objects and bags, vehicle parts and brands, bike brands and street
    furniture, mountains and forest places, charity funds and schools, housing estates and
    developers, scrap materials and recycling stations ...); places, roads, firms, shops, brands,
    dishes, diseases named after people, common words starting with a surname character, masked
    names (张某, 李**), surname + title (刘师傅, 老王, Mr Wang), famous people and public works, and,
    in public notices only, officials in their public role.  English: districts, roads, brands,
    hospitals in pinyin, festivals, months, words that are pinyin syllables.

Contract
    ``make_remarks(n, seed)`` is deterministic (only ``random.Random(seed)``).  In each cell every
    planted name occurs exactly once and overlaps no look-alike occurrence; every look-alike occurs
    in the cell; no planted name occurs in any other cell's text; ``public_officials`` is True
    exactly for ``public_notice``; ``lookalike_only`` cells carry no names, every other cell at
    least one.  ``DOMAIN_WORDS`` lists each family's domain look-alikes (each starts with a surname
    character, or for English with a pinyin surname syllable).
"""
from __future__ import annotations

import random
import re

from .remarks import Remark

VERSION = "frozen-remarks-22 (2026-12-06)"

DOMAINS = (
    "driving_school", "sports_fitness", "lost_property", "abandoned_vehicle", "bike_sharing",
    "adoption", "exit_entry", "fire_checkpoint", "charity_donation", "archives_access",
    "presale_housing", "scrap_recycling",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{f: 0.055 for f in DOMAINS},
           "english_export": 0.08, "minority_listing": 0.08,
           "public_notice": 0.09, "lookalike_only": 0.08}

# --------------------------------------------------------------------------- Han names
_COMMON = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
           "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
           "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
           "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
           "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬"
           "边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
_RARE = ("禤", "逄", "笪", "乜", "仉", "郗", "亓", "昝", "缑", "眭", "隗", "庹", "冼", "谯", "蹇", "揭",
         "仝", "郄", "鄢", "訾", "钭", "厍", "芮", "暴", "浦", "粟", "麴", "阚", "寿", "弓", "乐", "么",
         "哈", "那", "木", "伊", "台", "花", "双", "宝", "后", "福")
_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "令狐", "皇甫", "慕容", "东方", "夏侯", "尉迟", "公孙",
             "端木", "申屠", "呼延", "长孙", "宇文", "独孤", "南宫", "闻人", "澹台")
_G1 = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红鹏辉斌宇浩凯健俊帆琳晨欣雪倩婷颖鑫飞波亮彬琦瑶鹤蕾桐"
_G2A = "建志国海晓春小永金文德玉秀丽子宇俊思雨佳梓嘉振立学红美淑慧家天少荣庆爱新宏云"
_G2B = "华明军平伟强英兰芳霞杰峰涛林东辉敏琴燕萍涵轩萱怡豪宁辰瑶彤琪博睿航哲雯源庭"
_RURAL = ("桂兰", "铁柱", "来福", "秀英", "桂芝", "玉珍", "淑珍", "凤英", "翠花", "二狗", "招娣", "根生",
          "满仓", "有才", "金凤", "春花", "秋菊", "长贵", "德胜", "富贵", "来喜", "水生", "石头", "狗剩",
          "栓柱", "大妮", "银凤", "玉兰", "改花", "拴住", "茂林", "发财", "桂香", "丰收", "腊梅", "喜旺")
_MODERN = ("子涵", "梓萱", "浩然", "宇轩", "欣怡", "一诺", "思远", "俊熙", "若汐", "沐阳", "诗涵",
           "梓睿", "雨桐", "可馨", "奕辰", "语嫣", "锦程", "书瑶", "皓轩", "芷若", "梓豪", "悦然",
           "安琪", "煜祺", "思彤", "沐辰", "嘉懿", "紫萱", "逸飞", "昊天")
_WORDNAMES = ("高峰", "田野", "金城", "江河", "白云", "林立", "石磊", "方圆", "马力", "向阳", "常青",
              "秦川", "钟声", "夏雨", "关山", "武功", "黎明", "司南", "江帆", "宁静", "高洁", "于洋",
              "雷霆", "牛犇", "朱红", "易水", "文静", "石坚", "柳青", "梅雪")

SURNAME_CHARS = frozenset(_COMMON) | frozenset(_RARE) | frozenset(s[0] for s in _COMPOUND)


def _given(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.33:
        return rng.choice(_G1)
    if r < 0.50:
        return rng.choice(_RURAL)
    if r < 0.66:
        return rng.choice(_MODERN)
    return rng.choice(_G2A) + rng.choice(_G2B)


def han_name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.05:
        return rng.choice(_WORDNAMES)
    if r < 0.12:
        sur = rng.choice(_RARE)
    elif r < 0.18:
        sur = rng.choice(_COMPOUND)
    else:  # rough frequency: weight ~ 1/(rank+6)
        i = min(int(rng.paretovariate(0.9)) - 1 + rng.randrange(3), len(_COMMON) - 1)
        sur = _COMMON[i] if rng.random() < 0.6 else rng.choice(_COMMON[:120])
    return sur + _given(rng)


# --------------------------------------------------------------------------- minority names
_SEPS = ("·", "•", "・", "．", ".", "")
_UY_M = ("买买提", "艾力", "阿不都热合曼", "吐尔逊", "艾买提", "依明", "热合木", "阿不力孜", "努尔", "卡德尔",
         "麦麦提", "亚森", "肉孜", "沙吾提", "吾斯曼", "阿卜杜拉", "艾尔肯", "伊力哈木", "玉素甫", "托合提")
_UY_F = ("古丽", "阿依古丽", "古丽米拉", "热依汗古丽", "帕提古丽", "努尔尼沙", "阿娜尔", "迪丽努尔",
         "再乃甫", "海丽且姆", "布再娜甫", "阿依努尔", "米热古丽", "祖丽菲亚")
_KZ_G = ("努尔兰", "叶尔兰", "别克", "达吾列提", "阿斯卡尔", "哈那提", "沙吾列", "阿依达娜", "古丽娜尔",
         "加娜尔", "叶尔波拉提", "巴合提", "阿依江", "马迪娜")
_KZ_F = ("叶尔肯", "别克", "哈力木", "吐尔洪", "赛力克", "加尔肯", "胡安", "阿布都", "木拉提", "托列吾汉")
_TIB = ("扎西", "次仁", "格桑", "旦增", "多吉", "卓玛", "央金", "平措", "顿珠", "拉姆", "尼玛", "达瓦",
        "索朗", "白玛", "强巴", "曲珍", "德吉", "巴桑", "洛桑", "益西")
_YI_C = ("吉克", "阿尔", "沙马", "曲比", "海来", "阿苏", "吉伍", "俄木", "勒格", "马海", "阿的", "日火")
_YI_G = ("阿依", "木呷", "拉毛", "阿果", "伍沙", "尔且", "拉则", "石布", "以作", "阿呷", "么且", "伍各")
_MN = ("巴特尔", "乌云其木格", "其其格", "斯琴", "额尔敦", "苏日娜", "那仁", "宝音", "朝鲁", "图雅",
       "阿拉坦", "敖敦", "格日勒", "哈斯", "乌兰", "特木尔", "孟和", "满都拉", "阿古拉", "萨仁")
_KR_S = "金朴李崔郑姜赵尹张林权全"
_KR_G = ("顺姬", "英哲", "明浩", "春花", "成龙", "贞淑", "英爱", "哲洙", "昌浩", "美善", "龙洙", "惠善",
         "秀吉", "光日")
_HUI_S = "马海穆纳哈沙白丁"
_ZH_S = "韦覃农黄蓝陆莫卜"
_MIAO_S = "龙吴杨石麻"
_DAI2 = "温罕坎叫香庄扁光应南喃旺"
_DAI3 = ("", "", "胆", "龙", "帕", "囡", "依")
_MC_G = ("恒明", "毓华", "启泰", "毓秀", "恒瑞")
_MC_S = "关佟那富鄂赫"
_BAI_S = "段杨赵李尹董"
_NX_S = "和木"
_HANI_S = "李白杨车朱马"
_HANI_G = "者批普然斗沙诺则波迪"
_LISU_S = "蜂余迪密麻熊"
_LISU_G = ("阿普", "四妹", "阿苗", "友富", "阿四", "三妹", "付才", "阿娜")

MINORITIES = ("维吾尔族", "哈萨克族", "藏族", "彝族", "蒙古族", "回族", "朝鲜族", "壮族", "苗族",
              "傣族", "满族", "白族", "纳西族", "哈尼族", "傈僳族")


def minority_name(rng: random.Random) -> tuple[str, str]:
    eth = rng.choice(MINORITIES)
    sep = rng.choice(_SEPS)
    if eth == "维吾尔族":
        g = rng.choice(_UY_M + _UY_F)
        n = g + sep + rng.choice(_UY_M)
    elif eth == "哈萨克族":
        n = rng.choice(_KZ_G) + sep + rng.choice(_KZ_F)
    elif eth == "藏族":
        a, b = rng.sample(_TIB, 2)
        n = a + b
    elif eth == "彝族":
        n = rng.choice(_YI_C) + rng.choice(_YI_G)
    elif eth == "蒙古族":
        a, b = rng.sample(_MN, 2)
        n = a + b if rng.random() < 0.7 else "包" + a
    elif eth == "回族":
        n = rng.choice(_HUI_S) + _given(rng)
    elif eth == "朝鲜族":
        n = rng.choice(_KR_S) + rng.choice(_KR_G)
    elif eth == "壮族":
        n = rng.choice(_ZH_S) + _given(rng)
    elif eth == "苗族":
        n = rng.choice(_MIAO_S) + _given(rng)
    elif eth == "傣族":
        n = rng.choice("岩玉") + rng.choice(_DAI2) + rng.choice(_DAI3)
        if len(n) == 2:
            n += rng.choice(_DAI2)
    elif eth == "满族":
        n = ("爱新觉罗" + (sep or "·") + rng.choice(_MC_G)) if rng.random() < 0.4 \
            else rng.choice(_MC_S) + _given(rng)
    elif eth == "白族":
        n = rng.choice(_BAI_S) + _given(rng)
    elif eth == "纳西族":
        n = rng.choice(_NX_S) + _given(rng)
    elif eth == "哈尼族":
        n = rng.choice(_HANI_S) + rng.choice(_HANI_G) + rng.choice(_HANI_G)
    else:
        n = rng.choice(_LISU_S) + rng.choice(_LISU_G)
    return n, eth


# --------------------------------------------------------------------------- English names
PINYIN_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
                   "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie",
                   "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong",
                   "Pan", "Yuan", "Jiang", "Cai", "Du", "Ye", "Cheng", "Su", "Wei", "Lu", "Ding", "Ren",
                   "Shen", "Yao", "Cui", "Zhong", "Tan", "Fan", "Jin", "Shi", "Jia", "Xia", "Fang",
                   "Bai", "Meng", "Xiong", "Qin", "Qiu", "Yin", "Lei", "Long", "Tao", "Gu", "Mao",
                   "Qian", "Kong", "Wan", "Hua", "Tong", "Shao", "Luo", "Ouyang", "Sima", "Zhuge", "Shangguan")
_PY_G = ("Wei", "Fang", "Na", "Min", "Jing", "Qiang", "Lei", "Jun", "Yan", "Jie", "Juan", "Tao", "Ming",
         "Chao", "Xiu", "Xia", "Ping", "Gang", "Gui", "Ying", "Hua", "Yu", "Hong", "Peng", "Hui", "Bin",
         "Hao", "Kai", "Jian", "Xin", "Xue", "Qian", "Ting", "Fei", "Bo", "Liang", "Zhi", "Hai",
         "Xiao", "Chun", "Yong", "Wen", "De", "Zi", "Jia", "Si", "Rui", "Yi", "Xuan", "Chen", "Shu")
_CANT_S = ("Chan", "Wong", "Cheung", "Lau", "Leung", "Lee", "Ho", "Ng", "Lam", "Tsang", "Yeung", "Kwok",
           "Chow", "Mak", "Fung", "Lai", "Siu", "Yip", "Tse", "Lo", "Kwan", "Tam", "Choi")
_CANT_G = ("Ka", "Wai", "Siu", "Chi", "Man", "Kin", "Ming", "Yee", "Mei", "Fai", "Kei", "Wing", "Yan",
           "Tak", "Lok", "Sze", "Hoi", "Kit", "Ling", "Shan", "Tsz", "Pui", "Chun", "Kwan")
_WG_S = ("Chang", "Hsu", "Chen", "Lin", "Huang", "Wang", "Wu", "Tsai", "Yang", "Cheng", "Hsieh", "Kuo",
         "Hung", "Chiu", "Tseng", "Chou", "Kao", "Hsiao", "Lai", "Chien", "Chuang", "Chiang")
_WG_G = ("Chih", "Hsiang", "Yu", "Ting", "Chia", "Hui", "Kuo", "Hsiung", "Ming", "Che", "Wen", "Chun",
         "Shu", "Fen", "Mei", "Ling", "Wei", "Hao", "Tzu", "Yi", "Hsin", "Pei", "Jung", "Kai")
_EN_G = ("Kevin", "Annie", "Michael", "Grace", "Jason", "Vivian", "Eric", "Cindy", "Tony", "Helen",
         "David", "Sally", "Peter", "Winnie", "Jacky", "Iris", "Leo", "Queenie", "Raymond", "Fiona")
_UY_EN = ("Abdurehim", "Gulmira", "Mehmet", "Ablikim", "Aynur", "Dilnur", "Tursun", "Erkin", "Patigul",
          "Yasin", "Nurnisa", "Memet")
_UY_EN_F = ("Tursun", "Eziz", "Imin", "Ablimit", "Qadir", "Niyaz", "Osman", "Rozi", "Hoshur")
_TB_EN = ("Tashi", "Tsering", "Kelsang", "Tenzin", "Dorje", "Dolma", "Yangchen", "Phuntsok", "Dondrub",
          "Lhamo", "Nyima", "Dawa", "Sonam", "Pema", "Norbu")


def english_name(rng: random.Random) -> str:
    r = rng.random()
    sur = rng.choice(PINYIN_SURNAMES)
    g1, g2 = rng.choice(_PY_G), rng.choice(_PY_G)
    if r < 0.12:
        return f"{sur} {g1}"
    if r < 0.22:
        return f"{g1}{g2.lower()} {sur}"
    if r < 0.32:
        return f"{sur.upper()} {g1}{g2.lower()}"
    if r < 0.40:
        return f"{g1}-{g2.lower()} {sur.upper()}"
    if r < 0.46:
        return f"{g1[0]}. {g2[0]}. {sur}" if rng.random() < 0.5 else f"{sur.upper()} {g1[0]}.{g2[0]}."
    if r < 0.58:
        a, b = rng.sample(_CANT_G, 2)
        s = rng.choice(_CANT_S)
        return rng.choice((f"{s} {a} {b}", f"{s} {a}-{b.lower()}", f"{a} {b} {s.upper()}"))
    if r < 0.70:
        a, b = rng.sample(_WG_G, 2)
        s = rng.choice(_WG_S)
        return rng.choice((f"{s} {a}-{b.lower()}", f"{a}-{b.lower()} {s}", f"{s.upper()} {a}-{b.lower()}"))
    if r < 0.82:
        e = rng.choice(_EN_G)
        return rng.choice((f"{e} {sur}", f"{e} {sur.upper()}", f"{sur} {g1}{g2.lower()} {e}"))
    if r < 0.91:
        return f"{rng.choice(_UY_EN)} {rng.choice(_UY_EN_F)}"
    a, b = rng.sample(_TB_EN, 2)
    return f"{a} {b}"


# --------------------------------------------------------------------------- look-alike pools
_GEN = {
    "place": ("王府井", "李沧区", "张家口", "刘家峡", "陈家桥", "黄石", "赵县", "周口", "徐州", "朱家角",
              "高州", "罗湖", "郑州", "谢家湾", "宋庄", "唐山", "韩城", "邓州", "曹妃甸", "彭水", "曾厝垵",
              "田林路", "董家渡", "潘家园", "于都县", "余杭区", "叶集", "苏州", "魏公村", "吕梁", "沈阳",
              "姚江路", "姜堰", "陆家嘴", "金华", "石家庄", "贾汪区", "方庄", "白沙洲", "孟州", "秦皇岛",
              "江北区", "薛城区", "雷州", "侯马", "龙岗区", "史家胡同", "陶然亭", "贺兰县", "顾村",
              "万州区", "钱塘区", "武侯区", "孔家庄", "常州", "温州", "安顺", "齐齐哈尔", "岳阳", "包头"),
    "firm": ("王老吉", "李宁专卖店", "张小泉", "陈李济", "周大福", "周黑鸭", "杨国福麻辣烫", "马应龙",
             "胡庆余堂", "谭木匠", "钱大妈", "张亮麻辣烫", "王守义十三香", "雷允上", "罗莱家纺", "吴裕泰",
             "唐久便利", "曹操出行", "陶陶居", "许留山", "孔府家酒", "鲍师傅", "老乡鸡", "沈大成",
             "冯记炒货", "徐福记", "郭记粮油", "黄记煌", "詹记桃酥", "杜康酒"),
    "dish": ("宫保鸡丁", "麻婆豆腐", "东坡肉", "左宗棠鸡", "宋嫂鱼羹", "文思豆腐", "李鸿章杂烩",
             "西施舌", "董小姐烤鸭", "叫花鸡"),
    "disease": ("唐氏综合征", "马凡综合征", "艾迪生病", "雷诺综合征", "帕金森病", "阿尔茨海默病",
                "川崎病", "克罗恩病", "孟乔森综合征", "霍奇金淋巴瘤"),
    "word": ("王牌", "李子", "张贴", "刘海", "陈旧", "黄牛", "周末", "马上", "胡萝卜", "何时", "高兴",
             "罗列", "郑重", "谢谢", "宋体", "唐突", "许可", "曾经", "田地", "董事会", "于是", "余额",
             "杜绝", "叶子", "程序", "苏醒", "丁点", "任务", "姜汤", "陆续", "范围", "金额", "夏季",
             "付款", "方便", "白天", "熊猫", "段落", "雷雨", "龙头", "史料", "陶瓷", "贺卡", "顾客",
             "毛巾", "万一", "钱包", "严重", "武装", "莫名", "向东", "汤圆", "常规", "温度", "康复",
             "安全", "原因", "包裹", "关于", "单位", "司机", "全部", "车辆", "费用", "齐全", "简单"),
    "phrase": ("[马上]处理", "[余额]不足", "[金额]核对无误", "[方便]时回电", "[顾客]较多", "[陆续]补齐材料",
               "[常规]处理", "[原因]待查", "[程序]合规", "[费用]已结清", "[任务]已完成", "[温度]偏低",
               "[白天]再来", "[周末]休息", "[于是]作罢", "[何时]办结待定", "[曾经]来过一次",
               "[付款]凭证遗失", "[简单]登记", "[郑重]承诺不再犯", "[谢谢]配合", "[雷雨]天气暂停",
               "[单位]已盖章", "[全部]办结", "[司机]已签字", "[包裹]已寄出", "[关于]此事另行答复",
               "[万一]联系不上转村委", "[史料]另存", "[杜绝]类似情况", "[莫名]扣费", "[向东]二百米",
               "[康复]良好", "[宋体]打印", "[黄牛]代办已劝离", "[严重]超时", "[陈旧]材料退回",
               "[许可]手续齐全", "[高兴]地走了", "[毛巾]等物品另存", "[钱包]已归还", "[熊猫]图案",
               "[汤圆]节前统一发放", "[安全]提示已告知", "[姜汤]已备"),
    "masked": ("张某", "李**", "王某某", "刘×", "陈*华", "赵某某", "周某", "吴某", "孙**", "黄某某",
               "杨*", "郭某", "何×× ", "林某某", "马*明"),
    "title": ("刘师傅", "老王", "小李", "张老师", "王姐", "陈阿姨", "李哥", "赵师傅", "马大爷", "孙警官",
              "黄医生", "周会计", "吴主任", "郑所长", "老杨", "小何", "胡大姐", "徐工"),
    "famous": ("鲁迅", "雷锋", "孔子", "李白", "杜甫", "白居易", "苏轼", "袁隆平", "钟南山", "姚明",
               "刘翔", "郎平", "孙中山", "林则徐", "岳飞", "诸葛亮", "郑和", "屈原", "林徽因", "钱学森"),
    "work": ("《骆驼祥子》", "《白鹿原》", "《平凡的世界》", "《红楼梦》", "《活着》", "《围城》",
             "《雷锋日记》", "《鲁迅全集》", "《钢铁是怎样炼成的》"),
}

_DOM = {
    "driving_school": ("方向盘", "曲线行驶", "桑塔纳", "高尔夫", "马自达", "金杯面包车", "江淮", "吉利帝豪",
                       "安全带", "路考", "包过班", "钟点陪练", "秦PLUS", "唐DM", "宋Pro", "雷达测速",
                       "夏利教练车", "五菱宏光", "宝来"),
    "sports_fitness": ("马拉松", "游泳馆", "田径场", "门球", "武术", "龙舟", "全民健身路径", "万步走",
                       "花样跳绳", "江滨绿道", "林荫跑道", "石锁", "杨式太极拳", "陈式太极拳", "易筋经",
                       "高尔夫练习场", "钟山体育馆", "羽毛球", "毛毽"),
    "lost_property": ("钱包", "包裹", "毛衣", "金项链", "白色保温杯", "万向轮行李箱", "华为手机",
                      "戴森吹风机", "房产证", "车钥匙", "蓝牙耳机", "石英表", "雷朋眼镜", "乐高积木",
                      "毛绒玩具", "黄色雨衣", "双肩包", "钥匙串", "公交卡", "申请书"),
    "abandoned_vehicle": ("车牌", "车架号", "车窗", "方向机", "马自达", "桑塔纳", "金杯", "吉利",
                          "江铃皮卡", "宝骏", "雷诺", "夏利", "柴油", "苏州金龙", "解放牌", "童车",
                          "骆驼电瓶", "后视镜", "轮毂"),
    "bike_sharing": ("车筐", "车锁", "车座", "车架", "高德地图", "钱江摩托", "凤凰自行车", "宝岛电动车",
                     "金箭电动车", "马路牙子", "石墩", "路口", "万达广场", "哈啰单车", "美团单车",
                     "青桔单车", "易停车点", "雅迪电动车"),
    "adoption": ("福利院", "康复中心", "宝宝", "安置点", "单亲", "常住户口", "孤残儿童", "寄养家庭",
                 "申请书", "户口簿", "计生证明", "史料", "宁养院"),
    "exit_entry": ("台胞证", "白底照片", "边防", "罗湖口岸", "文锦渡口岸", "韩国签证", "马来西亚",
                   "申根签证", "回执", "港澳通行证", "台湾通行证", "加急", "邮寄", "柬埔寨",
                   "黎巴嫩", "泰国", "金边"),
    "fire_checkpoint": ("黄山", "白云山", "武当山", "华山", "罗浮山", "金佛山", "齐云山", "龙虎山",
                        "马鞍山", "石门山", "云台山", "林场", "林区", "杨树林", "柏树林", "柴草", "秦岭",
                        "贺兰山", "祁连山", "雷公山", "松林"),
    "charity_donation": ("宋庆龄基金会", "邵逸夫楼", "田家炳中学", "金秋助学", "向日葵助学", "华侨中学",
                         "陈嘉庚奖学金", "钱学森班", "孔子学堂", "康乃馨基金", "常春藤助学计划",
                         "春蕾计划", "福彩公益金", "曾宪梓教育基金", "明德小学", "万达慈善基金"),
    "archives_access": ("史志办", "方志馆", "宗卷号", "毛边纸", "蓝皮册", "全宗号", "卷内目录",
                        "史料", "闻讯", "严禁涂改", "复印件", "原件", "花名册", "简历表"),
    "presale_housing": ("万科", "龙湖", "金地", "华润置地", "金科", "富力", "阳光城", "蓝光", "金隅",
                        "鲁能", "万达", "龙湖天街", "金色家园", "江南华府", "林语山庄", "常青藤小区",
                        "丁香苑", "石榴园", "曲江新城", "温馨家园", "康桥水岸", "保利"),
    "scrap_recycling": ("黄铜", "金属屑", "马口铁", "白铁皮", "白钢", "石棉瓦", "柴油机", "边角料",
                        "车架", "焦炭", "易拉罐", "万家再生资源回收站", "汪记回收站", "包装箱", "牛奶盒",
                        "龙门吊", "铝合金", "废纸板", "钢筋头"),
    "minority_listing": ("古尔邦节", "那达慕", "木卡姆", "马奶酒", "哈达", "蒙古包", "白族三道茶",
                         "纳西古乐", "金达莱", "伊犁", "和田玉", "苗绣", "火把节", "泼水节", "石林",
                         "酥油茶", "冬不拉"),
}
_GEN["enloc"] = ("Chaoyang District", "Haidian District", "Futian District", "Pudong New Area",
                 "Renmin Road", "Jiefang Road", "Nanjing Road", "Ruijin Hospital", "Renji Hospital",
                 "West China Hospital", "Tongji Hospital", "Xiangya Hospital", "Hong Kong", "Man Kam To",
                 "Sun Yat-sen University", "Tai Po Market")
_GEN["enmisc"] = ("Wong Lo Kat", "Chow Tai Fook", "Lao Gan Ma", "Haier", "Meituan", "Long queue",
                  "Tang Dynasty", "Journey to the West", "Fan heater", "Pan-Pearl River Delta",
                  "Ding-dong bell", "Sun Life Insurance")
_GEN["enfest"] = ("Qingming Festival", "Dragon Boat Festival", "Mid-Autumn Festival", "Spring Festival",
                  "May", "June", "August", "Double Ninth Festival")
_GEN["enperson"] = ("Mr Wang", "Ms Li", "Auntie Chen", "Master Liu", "Zhang X.", "Chen ***", "Officer Zhao",
                    "Dr Huang", "Teacher Zhou", "Old Yang")
_EN_DOM = ("Wanda Plaza", "Longfor Paradise Walk", "Gaotie station", "Huangshan Scenic Area",
           "Baiyun Mountain", "Luohu Port", "Huanggang Port", "Li-Ning trainers", "Jinbei van",
           "Jiangling pickup", "Song Pro", "Tang DM", "Qin PLUS", "Fenghuang bicycle", "Qianjiang motorbike",
           "Zhongshan Park", "Lujiazui", "Jinke Tianyu", "Huarun Land", "Tianjia Bing Middle School",
           "Shaoyifu Building", "Huawei phone", "Jinqiu Scholarship", "Mashan forest farm",
           "Jinfo Mountain", "Longhu Mountain", "Baiyin scrap station", "Huangtong (brass)",
           "Wanxiang luggage", "Fang Xiang Pan (steering wheel)", "Baitie sheets",
           "Baigang (stainless steel)")
_DOM["english_export"] = _EN_DOM

_SUB = {
    "car": ("桑塔纳", "高尔夫", "马自达", "金杯面包车", "江淮", "吉利帝豪", "秦PLUS", "唐DM", "宋Pro",
            "夏利", "宝来", "宝骏", "雷诺", "江铃皮卡", "苏州金龙", "解放牌货车", "五菱宏光"),
    "skill": ("曲线行驶", "侧方停车", "倒车入库", "坡道定点停车", "直角转弯", "路考", "钟点陪练",
              "夜间灯光模拟", "雷达测速路段"),
    "part": ("车窗", "方向机", "骆驼电瓶", "后视镜", "轮毂", "车架号铭牌", "柴油箱", "童车座椅"),
    "sport": ("马拉松", "门球", "武术", "龙舟", "花样跳绳", "石锁", "杨式太极拳", "陈式太极拳", "易筋经",
              "羽毛球", "毛毽", "万步走", "柔力球"),
    "venue": ("游泳馆", "田径场", "全民健身路径", "江滨绿道", "林荫跑道", "钟山体育馆", "高尔夫练习场",
              "万人体育场", "龙潭公园门球场"),
    "item": ("钱包", "毛衣", "金项链", "白色保温杯", "万向轮行李箱", "华为手机", "戴森吹风机", "车钥匙",
             "蓝牙耳机", "石英表", "雷朋眼镜", "乐高积木", "毛绒玩具", "黄色雨衣", "双肩包", "钥匙串",
             "公交卡", "房产证"),
    "bike": ("凤凰自行车", "宝岛电动车", "金箭电动车", "钱江摩托", "雅迪电动车"),
    "app": ("哈啰单车", "美团单车", "青桔单车", "哈啰电单车"),
    "spot": ("马路牙子", "石墩", "路口", "万达广场", "易停车点", "盲道"),
    "inst": ("福利院", "康复中心", "宁养院", "儿童福利院", "SOS儿童村"),
    "doc": ("台胞证", "港澳通行证", "台湾通行证", "申根签证", "韩国签证"),
    "port": ("罗湖口岸", "文锦渡口岸", "边防检查站", "皇岗口岸", "金边机场"),
    "mtn": ("黄山", "白云山", "武当山", "华山", "罗浮山", "金佛山", "齐云山", "龙虎山", "马鞍山",
            "石门山", "云台山", "秦岭", "贺兰山", "祁连山", "雷公山", "林场", "杨树林", "柏树林"),
    "fund": ("宋庆龄基金会", "金秋助学", "向日葵助学", "陈嘉庚奖学金", "康乃馨基金", "常春藤助学计划",
             "春蕾计划", "福彩公益金", "曾宪梓教育基金", "万达慈善基金"),
    "school": ("田家炳中学", "华侨中学", "明德小学", "孔子学堂", "钱学森班", "邵逸夫楼"),
    "arch": ("蓝皮册", "花名册", "简历表", "史料汇编", "方志", "卷内目录"),
    "estate": ("万科", "龙湖", "金地", "华润置地", "金科", "富力", "阳光城", "蓝光", "金隅", "鲁能",
               "万达", "龙湖天街", "金色家园", "江南华府", "林语山庄", "常青藤小区", "丁香苑", "石榴园",
               "曲江新城", "温馨家园", "康桥水岸", "保利"),
    "mat": ("黄铜", "金属屑", "马口铁", "白铁皮", "白钢", "石棉瓦", "柴油机", "边角料", "焦炭", "易拉罐",
            "包装箱", "牛奶盒", "铝合金", "废纸板", "钢筋头"),
    "station": ("万家再生资源回收站", "汪记回收站", "金盛再生资源回收站", "鲁丰废品收购站", "程记废品站",
                "马家湾回收点"),
    "fest": ("古尔邦节", "那达慕", "火把节", "泼水节", "木卡姆艺术节", "三月三", "苗年", "开斋节"),
    "en_car": ("Song Pro", "Tang DM", "Qin PLUS", "Jinbei van", "Jiangling pickup"),
    "en_place": ("Wanda Plaza", "Longfor Paradise Walk", "Zhongshan Park", "Lujiazui", "Luohu Port",
                 "Huanggang Port", "Gaotie station"),
    "en_mtn": ("Huangshan Scenic Area", "Baiyun Mountain", "Jinfo Mountain", "Longhu Mountain",
               "Mashan forest farm"),
    "en_school": ("Tianjia Bing Middle School", "Shaoyifu Building", "Jinqiu Scholarship"),
    "en_item": ("Li-Ning trainers", "Huawei phone", "Wanxiang luggage", "Fenghuang bicycle",
                "Qianjiang motorbike"),
    "en_estate": ("Jinke Tianyu", "Huarun Land", "Longfor Paradise Walk", "Wanda Mansion"),
    "en_scrap": ("Huangtong (brass)", "Baitie sheets", "Macoutie tinplate", "Baigang (stainless steel)"),
}

# --------------------------------------------------------------------------- templates
# {N} cued name, {n} bare name (no cue word), {D} / {D:sub} domain look-alike, {G:kind} general
# look-alike, {O} official (public notices), [[x]] inline look-alike, <<x>> inline domain look-alike.
T = {}
T["driving_school"] = (
    "学员{N}，身份证{ID}，报名C1手动挡，练车用<<桑塔纳>>，联系电话{PH}，已交学费{AMT}元。",
    "{DATE} 科目二 {n} 学时不足，<<曲线行驶>>挂科两次，教练[[{G:title}]]建议加练{D:skill}。",
    "退费申请｜学员:{N}｜原因:工作调到{G:place}｜经办:{G:title}｜应退{AMT}元｜{D:skill}未练",
    "投诉记录：{n}（{AGE}岁）反映教练在{D:skill}练习时抽烟、索要红包，要求换教练，材料由其父{N}代交。",
    "{n}、{n}、{n}三人{DATE}约考科目三，考场在{G:place}，模拟车型{D:car}，均通过。",
    "{n}{n}夫妇同报<<包过班>>，合同号{NO}，妻{N}因怀孕申请延期至{DATE}。",
    "学时记录\t{DATE} {TIME}\t学员{N}\t车辆{PLATE}（{D:car}）\t计时{HRS}分钟\t备注：与{N}拼车，{G:word}",
    "{n} 手机{PH} 科目一已过 想换{D:car} 教练是{G:title} 说周末没空",
    "经核实，{G:masked}投诉的学员系{n}，已通知{N}到{G:place}分校办理退费，<<方向盘>>损坏另计。",
    "{DATE}：学员{N}系{G:disease}康复期，体检表由{G:title}复核，<<安全带>>提示器已报修。",
)
T["sports_fitness"] = (
    "社会体育指导员登记：姓名{N}，项目{D:sport}，等级二级，身份证{IDM}，单位{G:place}街道。",
    "{DATE} 全民健身<<马拉松>>报名，{n}（{AGE}岁）半程组，紧急联系人{N}，电话{PH}。",
    "场馆预约｜{D:venue}｜{DATE} {TIME}｜预约人:{N}｜同行:{n}、{n}｜已缴{AMT}元",
    "{n}在{D:venue}练习时扭伤脚踝，由{G:title}送往医院，<<游泳馆>>当日闭馆消毒。",
    "广场舞队报名表：领队{N}；队员{n}；{n}；{n}。曲目《{G:famous}诗词串烧》，器材<<花样跳绳>>。",
    "备注：{n}与{N}报名<<龙舟>>赛，两人系同村，住{G:place}，{G:word}。",
    "{N} 指导员证号{NO} 教授{D:sport} 学员反映{G:word}，已约谈",
    "经{N}介绍，{n}加入<<杨式太极拳>>站点，每周三晚在{D:venue}活动。",
)
T["lost_property"] = (
    "拾得物品：{D:item}一件，内有现金{AMT}元及身份证一张（{n}，{IDM}），拾得人{N}，{DATE}交至派出所。",
    "{DATE} {TIME} 公交{ROUTE}路末班车座位下捡到<<双肩包>>，内有{D:item}，失主{N}电话{PH}，已认领。",
    "认领登记｜物品:{D:item}｜失主:{N}｜认领人:{n}（系失主之子）｜核对身份证{ID}｜经办:{G:title}",
    "{n}在{G:firm}门口丢失<<钱包>>，{G:masked}拾到后交给{N}，{N2}",
    "失物招领：{D:item}、<<钥匙串>>、<<公交卡>>各一，车站广播已通知{N}前来认领。",
    "{n} 报称在{G:place}地铁站遗失{D:item}，内有{G:work}一本，电话{PH}，已登记。",
    "商场服务台：顾客{N}丢失<<金项链>>一条，监控显示被{n}拾走，已联系其妻{N}归还。",
    "{n}、{n}先后来问{D:item}，经核对描述，归还{N}。",
)
T["abandoned_vehicle"] = (
    "僵尸车排查：{PLATE}，{D:car}，停放{G:place}小区北门两年，<<车窗>>破损，车主{N}，电话{PH}未接通。",
    "{DATE} 电话联系车主{n}，其称车已卖给{N}，未过户，<<车架号>>尾号{D4}。",
    "清拖记录｜车牌{PLATE}｜品牌{D:car}｜车主:{N}｜张贴告知书{DATE}｜逾期未处理，拖至{G:place}停车场",
    "{n}反映楼下{D:car}长期占道，经查车主为{N}（{IDM}），已通知其于三日内挪走。",
    "废弃车辆：<<桑塔纳>>一辆、<<金杯>>一辆，车主分别为{n}；{n}。现场{D:part}被拆。",
    "{N}之子{n}来电，称父亲{G:disease}住院，车辆暂无法处理，申请延期。",
    "{PLATE} {D:car} 车主{N} {PH} 已拖 费用{AMT}元 由{n}代缴",
)
T["bike_sharing"] = (
    "违停处置：{DATE} {G:place}地铁口堆放<<美团单车>>{CNT}辆、{D:bike}若干，已调度清运，举报人{N}。",
    "押金退还｜用户:{N}｜手机{PH}｜平台:{D:app}｜金额{AMT}元｜{DATE}已原路退回",
    "骑行事故：{n}骑<<哈啰单车>>在{G:place}路口与{N}的{D:bike}相撞，<<车筐>>变形，{n}轻伤。",
    "{n} 投诉{D:app}扣费异常，客服{G:title}回复已退{AMT}元。",
    "用户{N}（{AGE}岁）反映<<车锁>>无法关闭，被连续计费，交给{G:title}处理。",
    "{DATE}巡查：单车倒伏在{D:spot}边，已扶正；另{n}私锁单车，已通知其母{N}。",
)
T["adoption"] = (
    "收养登记：收养人{N}、{N}夫妇，被收养人{n}（{KIDAGE}岁），送养人为{D:inst}，材料齐全。",
    "送养评估：{n}系{G:disease}患儿，其外婆{N}无力抚养，申请送养，经{G:title}家访，建议转{D:inst}。",
    "寻亲登记｜登记人:{N}｜{DATE}｜身份证{IDM}｜称1988年在{G:place}火车站与母亲{n}走散｜采血比对",
    "{n}来电查询其子{n}的收养档案，告知需本人到场，<<户口簿>>原件带齐。",
    "{DATE} 回访{n}家庭，孩子{n}（{KIDAGE}岁）在{D:inst}做康复训练，{G:word}。",
    "查询登记：{N} 查询1976年经{n}之手送养的外孙{N}下落，<<计生证明>>缺失。",
    "{G:title}替{n}填写收养申请书，{n}的<<单亲>>证明待补。",
)
T["exit_entry"] = (
    "加急办理{D:doc}，申请人{N}，身份证{ID}，理由：母亲{n}在{G:place}病危，{DATE}前出发。",
    "{DATE} 领证窗口：{n}代{N}领取<<港澳通行证>>，委托书、身份证复印件齐全。",
    "{N}｜护照遗失补办｜电话{PH}｜曾用名{n}｜拟经{D:port}出境",
    "{n}办理<<台湾通行证>>，照片不合格（非<<白底照片>>），已通知重拍。",
    "窗口备注：{n}、{n}母子申请{D:doc}签注，{G:title}协助填表，{G:word}。",
    "{n}（{AGE}岁）赴<<马来西亚>>探亲，邀请人{N}，已加急，邮寄至{G:place}。",
)
T["fire_checkpoint"] = (
    "{DATE} 清明森林防火卡点（{D:mtn}入口）进山登记：{n}，电话{PH}，事由祭扫，火种已收缴。",
    "进山登记表\n1. {N} {TIME} 上坟 打火机1个已暂存\n2. {n} {TIME} 采药 去<<林场>>\n3. {G:title} 护林员 巡查",
    "劝导记录：{n}在{D:mtn}脚下焚烧<<柴草>>，经护林员劝导已熄灭，由{N}作保。",
    "{n}、{n}两人带{G:word}进{D:mtn}，未登记即被拦下，已教育。",
    "秋冬防火卡点｜{DATE}｜{n}（{IDM}）｜车辆{PLATE}｜去<<杨树林>>承包地｜同行{N}",
    "野外用火：{N}之妻{n}在<<林区>>边烧纸钱，罚款{AMT}元，{G:famous}像前已立警示牌。",
)
T["charity_donation"] = (
    "捐赠登记：{N}向{D:fund}捐款{AMT}元，开具捐赠票据编号{NO}，电话{PH}。",
    "一日捐｜{DATE}｜{n} {AMT}元；{n} {AMT}元；{n} {AMT}元｜汇总交<<福彩公益金>>账户（不对）已更正",
    "助学结对：资助人{N}，受助学生{n}（<<田家炳中学>>初二），每学期{AMT}元，由{G:title}转交。",
    "{n}匿名向{D:school}捐赠图书一批，另有{G:work}全套，请勿公开其姓名。",
    "{N}替其已故父亲{n}捐款{AMT}元，设立<<金秋助学>>专项。",
    "{DATE} {n}来电称捐赠票据抬头写错，应为{N}，已作废重开，款项入{D:fund}。",
)
T["archives_access"] = (
    "查阅登记：{N}，身份证{ID}，查阅婚姻档案（本人与{n}，1992年登记），<<复印件>>2页。",
    "{DATE} 知青档案：{n}查询1975年下乡{G:place}的记录，<<蓝皮册>>第{CNT}卷，由{N}陪同。",
    "招工档案查阅｜{N}｜委托人{n}｜用途:办理退休｜<<全宗号>>{NO}｜{G:word}",
    "学籍档案：{n}（{AGE}岁）查1987年{G:place}中学学籍，{D:arch}中有记载，可出具证明。",
    "{n}与{N}为婚姻档案争执，要求查看对方信息，已拒绝，依据规定。",
    "{N}之女{n}持公证委托书查阅父亲档案，<<史志办>>协助，{G:famous}纪念馆借阅记录另附。",
)
T["presale_housing"] = (
    "网签备案：{D:estate}项目{ROOM}室，买受人{N}，身份证{IDM}，合同总价{AMTW}万元。",
    "交房维权：{n}等业主反映<<龙湖>>项目墙体开裂，业主代表{N}，电话{PH}。",
    "办证遗留｜小区:{D:estate}｜房号{ROOM}｜业主{N}｜共有人{n}｜开发商欠缴土地款，无法办证",
    "{DATE} 信访：{n}、{n}、{n}称<<万科>>延期交房，要求按合同赔偿，{G:word}。",
    "{n}（{ROOM}室）投诉{D:estate}物业乱收费，物业经理{G:title}称已整改。",
    "业主{N}与其妻{n}离婚，网签需变更买受人，<<金地>>已出具说明。",
)
T["scrap_recycling"] = (
    "收购实名登记：出售人{N}，身份证{ID}，{D:mat}{KG}公斤，单价{AMT}元，车辆{PLATE}。",
    "{DATE} 检查{D:station}：台账缺{n}、{n}两笔<<黄铜>>收购记录，责令补登。",
    "再生资源回收站点检查｜{D:station}｜负责人(个体)在场｜出售人{N}电话{PH}｜<<马口铁>>来源不明",
    "{n}卖<<白钢>>{KG}公斤，称系拆迁所得，已向{N}核实。",
    "{n} {KG}kg {D:mat} {AMT}元 {DATE}；{n} {KG}kg <<易拉罐>> {AMT}元",
    "收购站老板反映{n}多次出售<<金属线缆>>，已通知派出所{G:title}，{G:word}。",
)
T["english_export"] = (
    "Applicant: {N}; ID {IDM}; renewal of exit-entry permit (address: {G:enloc}); collected by {n}.",
    "{DATE_EN} lost wallet handed in at {D:en_place}; owner {N}, tel {PH}; claimed same day.",
    "Driving school refund | trainee {N} | car: {D:en_car} | refund CNY {AMT} | note: {G:enmisc}",
    "{n} and {n} registered for the {G:enfest} fun run near {D:en_place}.",
    "Complaint from {n} (age {AGE}) about a lost {D:en_item}; handled by {G:enperson}.",
    "Donor: {N}; beneficiary: {n}; scholarship via {D:en_school}; receipt no. {NO}.",
    "Fire checkpoint log, {DATE_EN}: {n} entered {D:en_mtn} for tomb sweeping ({G:enfest}); lighter kept.",
    "Archive request by {N} for the marriage record of {n}, referred by {G:enperson}; reading room at {D:en_place}.",
    "Buyer {N}, unit {ROOM}, {D:en_estate}; co-owner {n}; complaint filed {DATE_EN}.",
    "Scrap sale: {n} sold {KG} kg {D:en_scrap}; witness {N}; collected near {G:enloc}.",
)
T["minority_listing"] = (
    "序号1｜{N}｜{ETH}｜身份证{IDM}｜{G:place}｜备注：{D:fest}期间外出",
    "登记名单：{n}（{ETH}）；{n}（{ETH}）；{n}（{ETH}），均为<<那达慕>>报名选手。",
    "{n}，{ETH}，{AGE}岁，电话{PH}，与{N}同住，住址{G:place}。",
    "{DATE} {n}来窗口办理，翻译由{N}担任，送来<<哈达>>已婉拒。",
    "1. {n}\n2. {n}\n3. {n}\n（以上人员{D:fest}前领取）",
    "{N}（{ETH}）之子{n}，{AGE}岁，持村委会证明申请{D:fest}演出补贴，<<和田玉>>摊位另议。",
)
T["public_notice"] = (
    "关于2026年度临时救助对象的公示\n经本人申请、评议小组评议，拟对以下人员给予临时救助：{n}（{IDM}）、{n}、{n}。"
    "公示期7天。评议小组成员：{O}、{O}、{O}。审批人：{O}　监督电话：{PH}（联系人：{O}）",
    "收养登记公告：收养人{N}、{N}夫妇拟收养{D:inst}儿童一名，如有异议，请向{G:place}民政局反映。经办人：{O}",
    "社会体育指导员拟授予名单公示：{n}、{n}、{n}（项目：{D:sport}）。公示单位负责人：{O}，审核人：{O}。",
    "助学结对公示｜资助人:{N}｜受助学生:{n}｜监护人:{N}｜项目:{D:fund}｜复核人:{O}｜经办人:{O}",
    "僵尸车清拖公告：车牌{PLATE}（{D:car}），登记车主{N}，请于{DATE}前自行处理。公示单位负责人：{O}",
    "寻亲公告：{n}，{AGE}岁，自述幼年在{G:place}走失，现由{D:inst}代为寻亲，知情人可联系{O}（经办人）。",
    "村务公开：村两委成员{O}、{O}，驻村第一书记{O}。本期慈善捐款：{n}{AMT}元，{n}{AMT}元。异议人{N}已答复。",
    "失物认领公告：{DATE}拾得{D:item}一件，失主{N}已认领，证明人{n}。审核人：{O}",
    "商品房办证遗留问题公示：{D:estate}项目业主{n}、{n}等{CNT}户，信访人代表{N}。复核人：{O}，审批人：{O}",
    "森林防火违规用火处理公示：{N}在{D:mtn}林区违规用火，举报人{n}（信息已保密）。经办人：{O}",
)
T["lookalike_only"] = (
    "{D}一事：{G:place}路口，{G:masked}反映{G:word}，{G:title}已处理。",
    "{G:title}在{G:firm}排队时聊起{D}，顺路去{G:place}看{G:famous}纪念展。",
    "{DATE} 巡查：{D}、{D}情况正常，{G:masked}未到场，改约{G:title}。",
    "来电人称在{G:place}吃{G:dish}后不适，疑似{G:disease}，已转{D}。",
    "备注：{D}｜{G:word}｜{G:place}｜联系人{G:masked}｜{G:work}",
    "{G:title}：{D}已收，{G:word}，明日{G:place}见。",
    "{G:masked}（{AGE}岁）在{D:mtn}进山登记，{G:title}陪同，{D:car}停在{G:place}。",
)
_N2 = ("已当面归还。", "经办人签字确认。", "现金已清点。")

_TOKEN = re.compile(r"\{(\w+)(?::(\w+))?\}|\[\[(.+?)\]\]|<<(.+?)>>")


def _inline_domain(fam: str) -> tuple[str, ...]:
    out: list[str] = []
    for t in T[fam]:
        for m in _TOKEN.finditer(t):
            if m.group(4):
                out.append(m.group(4))
            elif m.group(1) == "D" and m.group(2):
                out.extend(_SUB[m.group(2)])
    return tuple(dict.fromkeys(out))


_POOL = {f: tuple(dict.fromkeys(_DOM.get(f, ()) + _inline_domain(f))) for f in FAMILIES
         if f not in ("lookalike_only", "public_notice")}
_POOL["public_notice"] = _POOL["lookalike_only"] = tuple(dict.fromkeys(w for f in DOMAINS for w in _POOL[f]))


def _domain_initial(w: str) -> bool:
    if w.isascii():
        return any(w.startswith(s) for s in PINYIN_SURNAMES)
    return w[0] in SURNAME_CHARS


# each family's own domain words that begin with a surname character (pinyin syllable in English)
DOMAIN_WORDS = {f: tuple(w for w in ws if _domain_initial(w)) for f, ws in _POOL.items()}

# --------------------------------------------------------------------------- numbers
_AREAS = ("110101", "120103", "310104", "320102", "330106", "370102", "410105", "420106", "430104",
          "440305", "450103", "500103", "510104", "530102", "532801", "540102", "620102", "630104",
          "640104", "650102", "652901", "653101", "513401", "152502", "222401", "433101")
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(rng: random.Random) -> str:
    body = (rng.choice(_AREAS) + f"{rng.randint(1940, 2012)}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}")
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _W)) % 11]


def _masked_id(rng: random.Random) -> str:
    i = resident_id(rng)
    return rng.choice((i[:6] + "********" + i[14:], i[:3] + "*" * 11 + i[14:], i[:4] + "**********" + i[-4:]))


def _phone(rng: random.Random) -> str:
    d = f"1{rng.choice('3456789')}{rng.randint(0, 9)}{rng.randint(0, 99999999):08d}"
    return rng.choice((d, f"{d[:3]}-{d[3:7]}-{d[7:]}", f"{d[:3]} {d[3:7]} {d[7:]}", d[:3] + "****" + d[7:]))


_PROV = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云陕甘青宁新"


def _plate(rng: random.Random) -> str:
    tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    return rng.choice(_PROV) + rng.choice("ABCDEFGH") + rng.choice(("", "·")) + tail


class _Cell:
    def __init__(self, rng: random.Random, fam: str):
        self.rng, self.fam = rng, fam
        self.parts: list[str] = []
        self.names: list[str] = []
        self.looks: list[str] = []
        self.bare = 0

    def person(self) -> str:
        if self.fam == "english_export":
            return english_name(self.rng)
        if self.fam == "minority_listing":
            if self.rng.random() < 0.85:
                n, self.eth = minority_name(self.rng)
                return n
            self.eth = "汉族"
        return han_name(self.rng)

    def fill(self, tpl: str) -> str:
        rng, out, pos = self.rng, [], 0
        self.eth = rng.choice(MINORITIES)
        for m in _TOKEN.finditer(tpl):
            out.append(tpl[pos:m.start()])
            pos = m.end()
            tok, arg, inl, ind = m.groups()
            if inl or ind:
                s = inl or ind
                inner = _TOKEN.fullmatch(s)
                if inner:  # [[{G:title}]]
                    s = self._tok(inner.group(1), inner.group(2))
                else:
                    self.looks.append(s)
                out.append(s)
                continue
            out.append(self._tok(tok, arg))
        out.append(tpl[pos:])
        return "".join(out)

    def _tok(self, tok: str, arg: str | None) -> str:
        rng = self.rng
        if tok in ("N", "n"):
            s = self.person()
            self.names.append(s)
            self.bare += tok == "n"
            return s
        if tok == "ETH":
            return self.eth
        if tok == "O":
            s = han_name(rng)
            self.looks.append(s)
            return s
        if tok == "D":
            s = rng.choice(_SUB[arg] if arg else _POOL[self.fam])
        elif tok == "G":
            if arg == "word":
                ph = rng.choice(_GEN["phrase"])
                s = ph[1:ph.index("]")]
                self.looks.append(s)
                return ph.replace("[", "").replace("]", "")
            else:
                s = rng.choice(_GEN[arg]).strip()
        else:
            return self._num(tok)
        self.looks.append(s)
        return s

    def _num(self, tok: str) -> str:
        rng = self.rng
        if tok == "ID":
            return resident_id(rng)
        if tok == "IDM":
            return _masked_id(rng)
        if tok == "PH":
            return _phone(rng)
        if tok == "KIDAGE":
            return str(rng.randint(1, 14))
        if tok == "AGE":
            return str(rng.randint(6, 88))
        if tok == "DATE":
            mo, d = rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice((f"2026-{mo:02d}-{d:02d}", f"{mo}月{d}日", f"2026.{mo}.{d}", f"2026年{mo}月{d}日"))
        if tok == "DATE_EN":
            return f"{rng.randint(1, 28)} {rng.choice(('Jan', 'Mar', 'Apr', 'Sep', 'Oct', 'Nov'))} 2026"
        if tok == "TIME":
            return f"{rng.randint(6, 21):02d}:{rng.choice((0, 10, 15, 30, 45, 50)):02d}"
        if tok == "PLATE":
            return _plate(rng)
        if tok == "AMT":
            return str(rng.choice((50, 100, 200, 300, 500, 800, 1000, 1280, 2600, 3500)))
        if tok == "AMTW":
            return f"{rng.randint(45, 320)}.{rng.randint(0, 99):02d}"
        if tok == "NO":
            return f"{rng.choice(('NO.', 'No', '第', ''))}{rng.randint(10000, 99999)}"
        if tok == "ROOM":
            return f"{rng.randint(1, 30)}-{rng.randint(1, 3)}-{rng.randint(1, 33)}{rng.randint(1, 4):02d}"
        if tok in ("CNT", "HRS", "KG", "ROUTE"):
            return str(rng.randint(2, 120))
        if tok == "D4":
            return f"{rng.randint(0, 9999):04d}"
        if tok == "N2":
            return rng.choice(_N2)
        raise KeyError(tok)


def _occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _cell_ok(text: str, names: list[str], looks: list[str]) -> bool:
    spans = []
    for nm in names:
        occ = _occurrences(text, nm)
        if len(occ) != 1:
            return False
        spans.append((occ[0], occ[0] + len(nm)))
    for lk in looks:
        occ = _occurrences(text, lk)
        if not occ:
            return False
        for i in occ:
            for a, b in spans:
                if i < b and a < i + len(lk):
                    return False
    return True


def make_remarks(n: int = 2000, seed: int = 2222) -> list[Remark]:
    """Return ``n`` remarks, deterministic in (n, seed)."""
    return _build(n, seed)[0]


def _build(n: int, seed: int) -> tuple[list[Remark], int]:
    rng = random.Random(seed)
    fams = list(WEIGHTS)
    weights = [WEIGHTS[f] for f in fams]
    out: list[Remark] = []
    bare = 0
    used: set[str] = set()            # every planted name so far
    lens: set[int] = set()
    texts: list[str] = []
    for _ in range(n):
        fam = rng.choices(fams, weights)[0]
        for _attempt in range(400):
            c = _Cell(rng, fam)
            text = c.fill(rng.choice(T[fam]))
            names = list(dict.fromkeys(c.names))
            looks = list(dict.fromkeys(c.looks))
            if len(names) != len(c.names) or not _cell_ok(text, names, looks):
                continue
            if any(nm in used for nm in names):
                continue
            if any(text[i:i + k] in used for k in lens for i in range(len(text) - k + 1)):
                continue
            if any(nm in t for nm in names for t in texts):
                continue
            break
        else:  # pragma: no cover
            raise RuntimeError("could not build a valid cell")
        bare += c.bare
        used.update(names)
        lens.update(len(nm) for nm in names)
        texts.append(text)
        out.append(Remark(text=text, family=fam, names=names, lookalikes=looks,
                          public_officials=fam in PUBLIC_FAMILIES))
    return out, bare


def _bare_share(n: int = 2000, seed: int = 2222) -> float:
    """Share of planted names written with no cue word (for the datasheet; not a contract)."""
    remarks, bare = _build(n, seed)
    return bare / sum(len(r.names) for r in remarks)
