"""Frozen free-text remarks, edition 24 (blind).

What it is
    A frozen, deterministic test set of free-text remark cells ("备注" / "情况说明" / log lines) from
    Chinese county and city office work, with every private person's name planted in the text
    recorded in ``Remark.names`` and every string that resembles a name but must stay recorded in
    ``Remark.lookalikes``.  Nobody tunes a rule on it.  ``make_remarks()`` (n=2000, seed=2424) is
    the set; other (n, seed) give sets under the same contract.

Who wrote it, what was read
    Written by a helper session on branch ``h-remarks24`` from its own knowledge of how such notes
    are worded.  Read: the brief; in ``shared/reference/DOMAIN.md`` only the sections "Personal data
    in public listings" and "Administrative penalty publicity" (plus the heading list); lines
    170-178 of ``benchmarks/frozen/remarks.py`` (the ``Remark`` dataclass, imported here).  Nothing
    under ``src/``, no other generator, test or ``.tsv`` list was opened; no de-identification code
    was run on the set.  Slips: no file outside the list was opened; but (1) a shell check printed
    the path ``benchmarks/frozen/__init__.py`` (its existence, not its content); (2) ``ls`` of
    ``benchmarks/frozen/`` and ``tests/`` was run with its output discarded; (3) the package
    ``benchmarks.frozen.remarks`` was imported (executed, not read) to reach ``Remark``.

Families
    Twelve domains - fraud_warning (反诈 预警/劝阻/回访/止付), internet_cafe (网吧 实名/未成年人/巡查),
    pawn_ledger (典当 当户/绝当/可疑物品), lottery_outlet (彩票 代销点 申办/兑奖/检查),
    toilet_renovation (农村改厕 申报/验收/奖补), weather_informant (气象信息员 名册/灾情直报/预警传递),
    school_meals (陪餐家长/营养餐/食材验收), land_transfer (土地经营权流转 备案/租金/纠纷),
    parking_lottery (车位抽签/租赁/违停劝离), house_numbering (门牌编制/地名标志/门牌更换),
    senior_college (老年大学 报名/班级/活动), blind_massage (盲人按摩 机构/从业人员/补贴) - plus
    english_export (English exports of such notes), minority_listing (listings with names of
    fifteen minority peoples), public_notice (公示/公告; officials in their public role are
    look-alikes, ``public_officials=True``) and lookalike_only (no name at all).  Each domain has
    several layouts: labelled fields, prose, |-joined cells, numbered and 、/；-lists, dated logs.

Surface forms of names
    Han names with surnames drawn by rough real frequency, a rare-surname tail (禤 逄 笪 乜 仉 郗 ...),
    compound surnames (欧阳 司马 诸葛 ...); one- and two-character given names, old rural names
    (桂兰 铁柱 来福 ...), modern names, names that are ordinary words (高峰 田野 金城 ...).  Positions:
    cell start, after field labels, with kinship words (其母 之子 妻 外孙 ...), after 由/经/与/向/替/
    交给/通知, in 、- and ；-lists, mid-prose without cue, in brackets, next to ages, rooms, plates,
    masked or fake resident IDs (valid check character) and phone numbers, two names joined as an
    office writes a couple ("王芳李强夫妇").  Minority names: Uyghur/Kazakh given·father with the
    separators ·, •, ・, ．, . or none; Tibetan, Yi, Mongolian, Dai, Hani (father-son linked) and
    Lisu names; Hui, 朝鲜族, Zhuang, Miao, Manchu (also 爱新觉罗·X), Bai and Naxi names with their
    usual surnames.  English: pinyin in both orders, upper-case surnames, initials, hyphenated and
    joined given names, Cantonese, Wade-Giles/Taiwan spellings, English given names with Chinese
    surnames, romanised Uyghur and Tibetan names.

Look-alike classes
    Domain words of each family beginning with a surname character (apps, banks and scam words;
    internet cafés and games; pawned goods and pawnshops; lottery games; toilets and sanitation
    materials; weather words; dishes; crops and land words; car models and parking words; road and
    place names; courses and hobbies; massage and therapy words) - at least 40% of look-alike
    occurrences; places and roads; brands, shops and products named after people (王老吉 张小泉
    ...); dishes named after people (东坡肉 宫保鸡丁 ...); diseases named after people (帕金森病 唐氏
    综合征 ...); common words starting with a surname character (马上 周末 ...); masked names (张某
    李** 王××); a surname with a title (刘师傅 老王 Mr Wang); famous people in prose and public works
    (雷锋 鲁迅《故乡》 ...); in public notices only, officials in their public role (审批人, 经办人,
    审核人, 复核人, 监督电话联系人, 评议小组成员, 村两委成员, 驻村第一书记, 公示单位负责人).  English
    look-alikes: districts, roads, hospitals and brands in pinyin, festivals, months, English words
    that are pinyin syllables (He, Long, Bing ...), famous people.

Shares (default set, from ``set_stats``)
    About 60% of look-alike occurrences are domain words beginning with a surname character
    (``DOMAIN_SLOTS``/``DOMAIN``); about two thirds of the planted names carry no cue word.

Contract
    ``names``: every private person's name planted, each occurring exactly once in its cell and
    overlapping no look-alike occurrence; no planted name occurs in any other cell of the set.
    ``lookalikes``: each occurs in its cell.  ``public_officials`` is True exactly for
    ``PUBLIC_FAMILIES``.  ``lookalike_only`` cells carry no names; every other cell at least one.
    Deterministic: only ``random.Random(seed)`` is used.
"""

from __future__ import annotations

import random

from .remarks import Remark

VERSION = "frozen-remarks-24 (2026-12-06)"

FAMILIES = (
    "fraud_warning", "internet_cafe", "pawn_ledger", "lottery_outlet", "toilet_renovation",
    "weather_informant", "school_meals", "land_transfer", "parking_lottery", "house_numbering",
    "senior_college", "blind_massage", "english_export", "minority_listing", "public_notice",
    "lookalike_only",
)
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {f: 0.055 for f in FAMILIES[:12]}
WEIGHTS.update({"english_export": 0.08, "minority_listing": 0.08, "public_notice": 0.09,
                "lookalike_only": 0.08})

# --------------------------------------------------------------------------------------------
# Surnames and given names
# --------------------------------------------------------------------------------------------
_COMMON = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
           "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
           "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
           "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
           "屈饶解牟艾尤阳时穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
           "苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
_TOP_W = (7.2, 7.1, 6.8, 5.4, 4.5, 3.1, 2.2, 2.0, 2.0, 1.9, 1.3, 1.3, 1.2, 1.2, 1.1, 1.1, 1.0, 1.0,
          1.0, 0.9)
_SURNAME_W = tuple(_TOP_W[i] if i < len(_TOP_W) else 0.85 * (i - 18) ** -0.75
                   for i in range(len(_COMMON)))
_RARE = "禤逄笪乜仉郗璩厍隗佴郦阚亓昝蒯缑冼庹宓訾阙钭麴"
_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "令狐", "皇甫", "东方", "慕容", "尉迟", "端木", "公孙",
             "夏侯", "宇文", "长孙", "司徒", "澹台", "轩辕", "独孤", "呼延", "万俟")
# every character that starts a surname somewhere in China (used to check the domain pools)
SURNAME_CHARS = frozenset(_COMMON + _RARE + "".join(c[0] for c in _COMPOUND)
                          + "支花云浦平公原劳海鱼强风山干盖宋唐秦元蔚魏丰国艾汤齐伊那广英福洪台哈羊巴楼")

_G1 = tuple("伟芳娜敏静丽强磊洋艳勇军杰娟涛超秀霞平刚英华鹏婷宇浩琳晨欣睿涵轩怡彤昊斌辉玲红波峰燕"
            "亮健倩颖蕾凯帅雪莉琴兵萍鑫楠旭坤瑶佳璐")
_G2 = ("子涵", "梓轩", "欣怡", "一诺", "浩然", "雨桐", "思远", "俊杰", "佳怡", "宇航", "诗琪", "博文",
       "梦瑶", "晓东", "志强", "海燕", "丽华", "建国", "建华", "卫东", "国庆", "晓燕", "文博", "嘉怡",
       "子轩", "雨萱", "思彤", "浩宇", "若曦", "晨阳", "天佑", "明轩", "语嫣", "可馨", "俊熙", "一鸣",
       "宏伟", "晓峰", "丹丹", "婷婷", "亚楠", "立新", "振华", "德明", "玉洁", "慧敏", "秋月", "冬梅",
       "雅琴", "少华", "永刚", "红霞", "美玲", "泽宇", "沐阳", "锦程", "思琪", "皓轩", "安琪", "欣妍")
_GOLD = ("桂兰", "铁柱", "来福", "招娣", "来娣", "根生", "满仓", "栓柱", "二妮", "春花", "秋菊", "翠花",
         "凤英", "金凤", "玉珍", "福贵", "有才", "富贵", "水生", "长根", "德胜", "大牛", "桂英", "秀兰",
         "玉兰", "淑珍", "凤兰", "银花", "锁柱", "二柱", "三娃", "拴宝", "桂芝", "秀芹", "玉梅", "老根",
         "满囤", "金锁", "粉英", "改花", "引弟", "存柱")
_WORD_NAMES = ("高峰", "田野", "金城", "江河", "白云", "马力", "方圆", "向阳", "林立", "常青", "江山",
               "夏雨", "叶青", "石磊", "高山", "文静", "丁香", "安宁", "程功", "何必", "于洋", "齐心",
               "易水", "毛毛", "牛犇", "钱多", "海洋", "黎明", "章程", "白雪")


def _surname(r: random.Random) -> str:
    x = r.random()
    if x < 0.05:
        return r.choice(_RARE)
    if x < 0.10:
        return r.choice(_COMPOUND)
    return r.choices(_COMMON, weights=_SURNAME_W)[0]


def _han(r: random.Random, rural: float = 0.2) -> str:
    x = r.random()
    if x < 0.05:
        return r.choice(_WORD_NAMES)
    s = _surname(r)
    y = r.random()
    if y < rural:
        return s + r.choice(_GOLD)
    if y < rural + (1 - rural) * 0.4:
        return s + r.choice(_G1)
    return s + r.choice(_G2)


# ---- minority names ---------------------------------------------------------------------------
_SEPS = ("·", "·", "•", "・", "．", ".", "")
_UY_M = ("艾尔肯", "买买提", "阿卜杜拉", "努尔艾力", "麦麦提", "吐尔洪", "艾力", "阿布都热西提",
         "热合曼", "亚森", "库尔班", "吾买尔", "艾合买提", "依明", "肉孜", "阿不都外力", "塔伊尔",
         "阿里木", "艾山", "图尔贡", "买合木提", "伊斯拉木")
_UY_F = ("阿依古丽", "帕提古丽", "古丽娜尔", "热依拉", "米热古丽", "阿依努尔", "迪丽努尔", "祖丽皮亚",
         "阿娜尔", "努尔尼沙", "布海丽且姆", "玛依拉", "古再丽努尔", "孜巴", "再努尔", "阿米娜",
         "海丽其汗", "萨拉买提")
_UY_P = ("吐尔逊", "买买提", "阿不都热合曼", "托合提", "艾则孜", "吾斯曼", "依明", "肉孜", "艾合买提",
         "阿布都拉", "热合木", "玉素甫", "卡德尔", "司马义", "吐尔地", "阿西木", "斯拉木", "吾守尔",
         "阿不力孜", "尼亚孜", "哈斯木")
_KZ_G = ("努尔兰", "叶尔兰", "哈那提", "加娜尔", "阿依达娜", "阿斯哈尔", "达吾列提", "叶尔江", "阿曼",
         "古丽米拉", "沙吾列", "赛力克", "波拉提", "娜孜古丽", "叶尔波拉", "阿尔曼", "加纳提", "库兰")
_KZ_P = ("巴合提别克", "哈布力", "吐尔逊别克", "努尔旦", "马合沙提", "加尔肯", "阿合买提", "塔力甫",
         "哈再孜", "木拉提", "叶尔肯", "别克波拉提", "俄拉孜别克", "哈德尔", "吐汗")
_TB = ("扎西", "次仁", "尼玛", "达瓦", "格桑", "索朗", "普布", "拉巴", "边巴", "洛桑", "丹增", "多吉",
       "卓玛", "央金", "曲珍", "顿珠", "旺堆", "德吉", "白玛", "仁增", "平措", "卓嘎", "拉姆", "次旦",
       "巴桑", "群培", "益西", "贡嘎", "旦增", "琼达")
_YI_S = ("吉克", "阿苏", "曲比", "海来", "沙马", "马海", "阿约", "吉伍", "俄木", "勒格", "阿克", "吉俄",
         "阿的", "果基", "瓦扎")
_YI_G = ("阿呷", "木呷", "伍沙", "拉哈", "日哈", "阿果", "石布", "尔古", "子日", "衣呷", "拉且", "伍各",
         "阿牛", "布都", "木机", "阿依")
_MG_A = ("巴特", "额尔敦", "哈斯", "苏日", "乌云", "斯琴", "敖登", "朝鲁", "宝音", "那仁", "阿拉坦",
         "萨仁", "格日勒", "乌力吉", "布仁", "满都", "图门", "额尔德木", "其木")
_MG_B = ("尔", "巴根", "图", "花", "娜", "毕力格", "仓", "高娃", "其其格", "巴雅尔", "图雅", "德力格尔",
         "朝克图", "吉日嘎拉", "门", "格")
_DAI_P = ("岩", "玉", "依", "康朗")
_DAI_S = tuple("罕温香坎应叫保光拉捧丙南帕燕腊庄儿")
_KR_S = tuple("金朴崔李郑韩姜全玄许南黄申俞")
_KR_G = ("哲洙", "英爱", "顺姬", "明哲", "英男", "顺子", "成浩", "永吉", "美玉", "贞淑", "春花", "东哲",
         "光日", "钟日", "英淑", "玉顺", "善花", "京哲", "昌浩", "龙洙", "秀敏", "惠淑", "在浩", "贤真")
_HANI = tuple("朗确普嘎车沙批扎者收波斗然咪松黑拉")
_LISU_S = tuple("余蜂熊此麻李和密约胡")
_LISU_G = ("阿普", "四妹", "三妹", "阿花", "友才", "扒约", "付益", "益四", "阿妞", "阿四", "三益",
           "友福", "花妹", "扒四", "阿友")
_ETH_SUR = {"回族": "马丁白哈纳沙穆海回杨", "壮族": "韦覃黄蓝莫农陆卢梁潘廖黎",
            "苗族": "龙吴石杨麻熊侯滕王金", "满族": "关那佟富索伊赫钮鄂",
            "白族": "段杨赵李张王尹杜字董", "纳西族": "和木杨李赵"}
ETHNIC = ("维吾尔族", "哈萨克族", "藏族", "彝族", "蒙古族", "回族", "朝鲜族", "壮族", "苗族", "傣族",
          "满族", "白族", "纳西族", "哈尼族", "傈僳族")


def _minority(r: random.Random, eth: str, hani_father: str | None = None) -> str:
    if eth == "维吾尔族":
        g = r.choice(_UY_M if r.random() < 0.5 else _UY_F)
        return g + r.choice(_SEPS) + r.choice(_UY_P)
    if eth == "哈萨克族":
        return r.choice(_KZ_G) + r.choice(_SEPS) + r.choice(_KZ_P)
    if eth == "藏族":
        a, b = r.sample(_TB, 2)
        return a + b
    if eth == "彝族":
        return r.choice(_YI_S) + ("·" if r.random() < 0.15 else "") + r.choice(_YI_G)
    if eth == "蒙古族":
        s = r.choice(_MG_A) + r.choice(_MG_B)
        if r.random() < 0.2:
            s = r.choice(_MG_A) + r.choice(_MG_B) + r.choice(_SEPS[:4]) + s
        return s
    if eth == "傣族":
        return r.choice(_DAI_P) + "".join(r.choice(_DAI_S) for _ in range(r.choice((1, 2))))
    if eth == "朝鲜族":
        return r.choice(_KR_S) + r.choice(_KR_G)
    if eth == "哈尼族":
        first = hani_father[-1] if hani_father else r.choice(_HANI)
        return first + "".join(r.choice(_HANI) for _ in range(2))
    if eth == "傈僳族":
        return r.choice(_LISU_S) + r.choice(_LISU_G)
    if eth == "满族" and r.random() < 0.15:
        return "爱新觉罗·" + r.choice(_G2)
    s = r.choice(_ETH_SUR[eth])
    if eth == "白族" and r.random() < 0.3:
        return s + r.choice(("金花", "阿鹏", "月英", "玉莲"))
    return s + (r.choice(_GOLD) if r.random() < 0.3 else r.choice(_G2 + _G1))


# ---- English names ----------------------------------------------------------------------------
_PY_S = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
         "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang",
         "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Jiang",
         "Cai", "Du", "Ye", "Cheng", "Su", "Wei", "Lu", "Ding", "Ren", "Shen", "Yao", "Cui", "Zhong",
         "Tan", "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Fu", "Fang", "Bai", "Zou", "Meng", "Xiong",
         "Qin", "Qiu", "Yin", "Xue", "Yan", "Duan", "Lei", "Hou", "Tao", "Gu", "Mao", "Hao", "Gong",
         "Shao", "Qian", "Dai", "Mo", "Kong", "Xiang", "Ouyang", "Situ", "Sima", "Shangguan", "Qin",
         "Xi", "Nie", "Zhan")
_PY_G = ("wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "yang", "yan", "yong", "jun", "jie",
         "juan", "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "gui", "ying", "hua", "peng",
         "ting", "yu", "hao", "lin", "chen", "xin", "xuan", "rui", "han", "yi", "tong", "zi", "hong",
         "mei", "lan", "jian", "guo", "zhi", "hai", "yun", "feng", "bo", "chun", "qiu", "dong", "xue",
         "hui", "shu", "kai", "nan", "qing", "rong", "wen", "xiao", "jia", "meng", "shan")
_CANT_S = ("Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Ng", "Leung", "Lam", "Tsang", "Yip", "Kwok",
           "Chow", "Tang", "Fung", "Mak", "Tse", "Cheng", "Chu", "Yeung")
_CANT_G = ("tai", "man", "siu", "ling", "ka", "yan", "wing", "kei", "chi", "ming", "wai", "kin", "hoi",
           "yee", "mei", "sze", "fai", "kwan", "lok", "hin", "shing", "kit", "chun", "yuen")
_WG_S = ("Chang", "Hsu", "Lin", "Tsai", "Kuo", "Huang", "Chen", "Wu", "Cheng", "Hsieh", "Chou", "Yeh",
         "Chiang", "Kao", "Liao", "Hsiao", "Tseng", "Chao")
_WG_G = ("hsiao", "chih", "chia", "ya", "wen", "chieh", "ming", "hui", "yu", "ting", "chun", "kuang",
         "tsung", "hsin", "pei", "shu", "fen", "ling", "cheng", "hao", "jung", "mei")
_EN_G = ("Kevin", "Jason", "Mary", "Cindy", "Tony", "Eric", "Grace", "Lily", "Alan", "Vivian", "Jenny",
         "Peter", "Amy", "David", "Helen", "Sophie", "Leo", "Frank", "Angela", "Bella", "Wendy",
         "Rachel", "Oscar", "Iris", "Ivy", "Vincent", "Joyce", "Sam", "Coco", "Daniel")
_UYR_G = ("Abdukerim", "Ablimit", "Gulnar", "Mehmet", "Aynur", "Dilnur", "Erkin", "Nurmemet", "Patigul",
          "Rehim", "Ayshem", "Kurban", "Mihray", "Ekber", "Yasin", "Zulpiye", "Aliye", "Ilham",
          "Merhaba", "Parhat")
_UYR_P = ("Tursun", "Memet", "Niyaz", "Ablet", "Eziz", "Osman", "Rozi", "Kerim", "Hoshur", "Abdulla",
          "Imin", "Tohti", "Yusup", "Qadir", "Hesen")
_TBR = ("Tashi", "Tsering", "Nyima", "Dawa", "Kelsang", "Sonam", "Phuntsok", "Lhakpa", "Pema", "Dorje",
        "Dolma", "Dhondup", "Wangdu", "Yangzom", "Choedon", "Lhamo", "Tenzin", "Norbu", "Drolma",
        "Pasang", "Dekyi", "Namgyal")


# pinyin surnames that start the English domain words (used to check those pools)
PINYIN_SURNAMES = _PY_S + ("Tong", "Yue", "Mei", "Wan", "Wen", "Lan")


def _py_given(r: random.Random, style: str) -> str:
    sy = r.sample(_PY_G, 2) if r.random() < 0.65 else [r.choice(_PY_G)]
    if len(sy) == 1:
        return sy[0].capitalize()
    if style == "hyphen":
        return sy[0].capitalize() + "-" + (sy[1].capitalize() if r.random() < 0.3 else sy[1])
    return sy[0].capitalize() + sy[1]


def _english(r: random.Random) -> str:
    k = r.random()
    if k < 0.40:
        s = r.choice(_PY_S)
        g = _py_given(r, "hyphen" if r.random() < 0.25 else "joined")
        form = r.randrange(5)
        if form == 0:
            return f"{s} {g}"
        if form == 1:
            return f"{g} {s}"
        if form == 2:
            return f"{s.upper()} {g}"
        if form == 3:
            return f"{g} {s.upper()}"
        inits = ".".join(p[0].upper() for p in g.replace("-", " ").split()) + "."
        if "-" not in g and len(g) > 4 and r.random() < 0.5:
            inits = g[0] + "."
        return r.choice((f"{inits} {s}", f"{s.upper()} {inits}", f"{s} {inits}"))
    if k < 0.55:
        s = r.choice(_CANT_S)
        a, b = r.sample(_CANT_G, 2)
        form = r.randrange(4)
        if form == 0:
            return f"{s} {a.capitalize()}-{b}"
        if form == 1:
            return f"{s.upper()} {a.capitalize()} {b.capitalize()}"
        if form == 2:
            return f"{a.capitalize()} {b.capitalize()} {s}"
        return f"{r.choice(_EN_G)} {s} {a.capitalize()}-{b}"
    if k < 0.68:
        s = r.choice(_WG_S)
        a, b = r.sample(_WG_G, 2)
        return r.choice((f"{s} {a.capitalize()}-{b}", f"{s} {a.capitalize()}-{b.capitalize()}",
                         f"{a.capitalize()}-{b} {s}", f"{s.upper()} {a.capitalize()}-{b}"))
    if k < 0.82:
        s = r.choice(_PY_S[:60] + _CANT_S)
        return r.choice((f"{r.choice(_EN_G)} {s}", f"{r.choice(_EN_G)} {s.upper()}",
                         f"{s} {r.choice(_EN_G)}"))
    if k < 0.92:
        return f"{r.choice(_UYR_G)} {r.choice(_UYR_P)}"
    a, b = r.sample(_TBR, 2)
    return f"{a} {b}"


# --------------------------------------------------------------------------------------------
# Look-alike pools
# --------------------------------------------------------------------------------------------
# Domain words of each family that begin with a surname character, by the slot they fill.
DOMAIN_SLOTS = {
    "fraud_warning": {
        "bank": ("农业银行", "华夏银行", "广发银行", "浦发银行", "平安银行", "宁波银行"),
        "app": ("支付宝", "余额宝", "花呗", "白条", "云闪付", "易付宝", "华为钱包", "苏宁易购"),
        "scam": ("高额返利", "高息理财", "金融理财", "黄金期货", "游戏装备交易", "包裹理赔", "车险退费",
                 "时时彩", "任务单刷单"),
        "word": ("安全账户", "解冻费", "关联账户", "万能验证码", "安全码", "公检法"),
    },
    "internet_cafe": {
        "cafe": ("金牛网咖", "龙腾网吧", "蓝天网吧", "云端电竞馆", "雷霆网咖", "海岸网吧", "明星网咖"),
        "game": ("王者荣耀", "和平精英", "英雄联盟", "原神", "金铲铲之战"),
        "gear": ("雷神加速器", "金山毒霸", "罗技鼠标", "雷蛇键盘", "高配机", "万象计费系统"),
        "goods": ("康师傅", "方便面", "钟点卡", "包夜套餐", "包间"),
        "word": ("白名单", "黄牌警告", "程序异常"),
    },
    "pawn_ledger": {
        "goods": ("黄金手镯", "金条", "金项链", "和田玉挂件", "白玉镯", "劳力士手表", "欧米茄手表",
                  "万国表", "周大福金饰", "周生生金饰", "金银首饰", "古玩瓷瓶", "古董座钟", "华为手机",
                  "石英表"),
        "docs": ("房产证", "房本", "车辆登记证", "车钥匙"),
        "word": ("费率", "金价"),
    },
    "lottery_outlet": {
        "game": ("福彩3D", "任选九场", "单式票", "高频彩", "包号", "时时乐"),
        "match": ("欧冠", "欧洲杯", "英超"),
        "outlet": ("江城投注站", "金穗投注站", "华彩投注站", "龙门投注站"),
        "word": ("房租", "章程", "毛利", "万元大奖", "单关"),
    },
    "toilet_renovation": {
        "part": ("马桶", "马桶圈", "盖板", "管道", "管材", "白瓷砖", "陶瓷蹲便器"),
        "material": ("石材", "石灰", "黄沙", "沙子", "柏油"),
        "shop": ("冯氏建材", "江南卫浴", "金牌卫浴", "潘氏五金"),
        "word": ("卫生厕所", "干厕", "房前屋后", "卫生间"),
    },
    "weather_informant": {
        "hazard": ("雷电", "雷暴", "雷雨大风", "高温", "干旱", "龙卷风", "洪水", "洪涝", "山洪",
                   "山体滑坡", "沙尘暴", "强降雨", "强对流", "冷空气", "台风"),
        "warn": ("黄色预警", "蓝色预警", "雷电黄色预警", "高温橙色预警"),
        "field": ("田块", "田间道路", "江堤", "山坡地"),
        "obs": ("温度计", "云图", "云层", "风向"),
    },
    "school_meals": {
        "dish": ("宫保鸡丁", "麻婆豆腐", "鱼香肉丝", "白菜豆腐", "包子", "花卷", "海带汤", "汤圆",
                 "金针菇", "毛豆", "胡萝卜炒肉", "胡辣汤", "马铃薯烧鸡", "白粥", "牛肉面", "杨枝甘露"),
        "ingr": ("牛奶", "米粉", "黄瓜", "胡萝卜", "马铃薯", "金针菇", "花生", "海带", "陈醋", "白菜"),
        "word": ("明厨亮灶", "蒋家食堂", "米饭"),
    },
    "land_transfer": {
        "crop": ("高粱", "花生", "黄豆", "马铃薯", "苗木", "杨梅", "桂花", "罗汉果", "胡椒", "姜黄",
                 "桑树"),
        "landtype": ("林地", "桑园", "江滩地", "柏树林", "田块"),
        "entity": ("丰收粮食种植专业合作社", "金穗家庭农场", "杨梅种植合作社", "宋家坪果蔬合作社"),
        "word": ("田埂", "林权", "金额", "万亩"),
    },
    "parking_lottery": {
        "car": ("吉利", "哈弗", "丰田", "福特", "宋PLUS", "唐DM", "秦PLUS", "元PLUS", "蔚来", "魏牌",
                "欧拉", "林肯", "雷克萨斯", "路虎", "马自达"),
        "spot": ("车位", "车库", "金地车库"),
        "word": ("包月", "石墩", "车主群", "车牌"),
    },
    "house_numbering": {
        "road": ("解放路", "和平路", "文化路", "黄河路", "江南大道", "金水路", "花园路", "向阳巷",
                 "杨柳巷", "康乐街", "宋庄", "李家庄", "王家湾", "刘家坪", "赵家沟", "周村", "孙家巷",
                 "马坊", "陈家祠"),
        "estate": ("梅园小区", "桂园小区", "安居小区"),
        "sign": ("单元牌", "路牌", "楼栋牌"),
        "style": ("蓝底白字", "白底蓝字"),
        "word": ("乔迁", "房产", "房屋", "路名", "胡同"),
    },
    "senior_college": {
        "course": ("国画", "古筝", "花卉", "花鸟画", "山水画", "黄梅戏", "秦腔", "文学", "苏绣", "宋词",
                   "唐诗", "党史", "时事", "易经", "舒筋操", "单簧管", "杨式太极拳", "陈式太极拳",
                   "广场舞"),
        "word": ("金婚", "高血压", "康复"),
    },
    "blind_massage": {
        "shop": ("康乐盲人按摩", "明目盲人推拿", "金手指盲人推拿", "鲁氏正骨", "温氏理疗"),
        "service": ("艾灸", "康复理疗", "温灸", "姜疗", "关节松解", "桑拿"),
        "word": ("关元穴", "黄帝内经", "费用", "包月", "房租", "单间", "汤药"),
    },
    "english_export": {
        "road": ("Zhongshan Road", "Huaihai Road", "Renmin Road", "Wangfujing"),
        "district": ("Jinjiang District", "Huangpu District", "Xuhui District", "Tianhe District",
                     "Wuhou District", "Yuexiu District", "Futian District", "Luohu District",
                     "Songjiang"),
        "hospital": ("Renji Hospital", "Huashan Hospital", "Xiangya Hospital", "Tongji Hospital",
                     "Zhongnan Hospital"),
        "brand": ("Li-Ning", "Huawei", "Meituan", "Wanda Plaza", "Gaode Maps"),
        "city": ("Hefei", "Zhengzhou", "Xuzhou", "Jinhua", "Wenzhou", "Lanzhou", "Guilin"),
    },
    "minority_listing": {
        "place": ("和田", "林芝", "吉林", "那曲", "石林", "金平", "文山", "甘孜", "伊宁", "巴音郭楞",
                  "黎平", "江孜", "和顺古镇"),
        "fest": ("古尔邦节", "那达慕"),
        "food": ("石锅拌饭", "冷面", "米线", "羊肉泡馍", "白族三道茶"),
    },
    "public_notice": {
        "kind": ("公示", "公告"),
        "period": ("公示期",),
        "org": ("党群服务中心", "农业农村办", "纪委"),
        "word": ("党员", "农户", "常住人口", "安居工程", "申报", "申请", "文号", "高龄补贴", "金额",
                 "公开栏", "申诉", "公示单位"),
    },
}
# every domain word of a family, flat
DOMAIN = {f: tuple(w for ws in slots.values() for w in ws) for f, slots in DOMAIN_SLOTS.items()}

PLACES = ("张家口", "张家界", "李沧区", "王府井", "刘家峡", "周口", "马鞍山", "石家庄", "金华", "洪湖",
          "黄山", "林芝", "邵阳", "常德", "岳阳", "高邮", "江阴", "钟祥", "许昌", "温州", "贺州",
          "梅州", "邢台", "韩城", "冯家湾", "孙家湾", "赵县", "吴江", "郑州", "杨凌", "何家村",
          "章丘", "胡家庙", "陈仓", "沈阳", "汪清", "卢龙", "曹县", "潘家园", "董家渡")
VILLAGES = ("向阳村", "红星村", "东风村", "李家湾村", "王庄村", "柳树屯", "石桥村", "新华村", "大河村",
            "马家沟村", "杨庄村", "高楼村", "前进村", "黄土坡村", "金沙村", "田坝村", "何家寨",
            "岔路口村", "双河村", "老鸦窝村")
BRANDS = ("王老吉", "张小泉", "李宁", "康师傅", "老干妈", "周黑鸭", "杨国福麻辣烫", "张亮麻辣烫",
          "谭鸭血", "钱大妈", "胡庆余堂", "王守义十三香", "李锦记", "马应龙", "陈李济", "雷允上",
          "王致和", "曹操出行", "刘一手火锅", "周大福")
DISHES = ("东坡肉", "宫保鸡丁", "麻婆豆腐", "左宗棠鸡", "太白鸭", "文思豆腐", "西施豆腐", "宋嫂鱼羹")
DISEASES = ("帕金森病", "阿尔茨海默病", "唐氏综合征", "克罗恩病", "川崎病", "马凡综合征",
            "布鲁氏菌病", "桥本甲状腺炎")
# common words that begin with a surname character, each in a clause an office would write
COMMON_CLAUSES = (("马上", "已要求马上整改"), ("时间", "复查时间另行通知"), ("安全", "提醒注意安全"),
                  ("方便", "方便群众办理"), ("明显", "情况已明显好转"), ("常年", "家中常年无人"),
                  ("全部", "材料全部齐全"), ("单位", "单位已盖章"), ("万一", "万一联系不上可找社区"),
                  ("高度", "所领导高度重视"), ("白天", "白天家中无人"), ("周末", "周末照常办理"),
                  ("余下", "余下部分下周完成"), ("任何", "未收取任何费用"), ("严重", "未造成严重后果"),
                  ("温度", "当日温度偏低"), ("文件", "文件已归档"), ("宁可", "宁可多跑一趟"),
                  ("关于", "关于此事已上报"), ("曾经", "此前曾经反映过"), ("程度", "损坏程度较轻"),
                  ("路过", "巡逻路过时发现"), ("于是", "于是当场登记"), ("黄昏", "黄昏前完成"))
FAMOUS = (("学雷锋志愿服务队", "雷锋"), ("鲁迅的《故乡》", "鲁迅"), ("袁隆平院士的杂交水稻", "袁隆平"),
          ("钟南山院士的提醒", "钟南山"), ("李白《静夜思》", "李白"), ("苏轼的《水调歌头》", "苏轼"),
          ("岳飞《满江红》", "岳飞"), ("梅兰芳的《贵妃醉酒》选段", "梅兰芳"), ("齐白石画的虾", "齐白石"),
          ("徐悲鸿的奔马图", "徐悲鸿"), ("老舍的《茶馆》", "老舍"), ("焦裕禄精神", "焦裕禄"),
          ("华佗五禽戏", "华佗"), ("李时珍的《本草纲目》", "李时珍"), ("孙思邈养生十三法", "孙思邈"),
          ("张仲景的医圣祠", "张仲景"), ("屈原投江的故事", "屈原"), ("孔子的《论语》", "孔子"),
          ("郎平的女排精神", "郎平"), ("王羲之《兰亭序》", "王羲之"), ("颜真卿楷书", "颜真卿"),
          ("歌剧《白毛女》", "白毛女"), ("电影《刘三姐》", "刘三姐"), ("电影《五朵金花》", "五朵金花"),
          ("豫剧《花木兰》", "花木兰"), ("姚明的篮球训练营", "姚明"), ("刘翔跨栏的录像", "刘翔"))
_EXTRA_RESERVED = ("诸葛亮", "司马光", "东方红", "上官婉儿", "欧阳修", "令狐冲", "慕容复", "斯琴高娃",
                   "乌兰托娅", "迪丽热巴", "古力娜扎", "呼和浩特", "达来诺尔", "扎西德勒", "阿凡提",
                   "格萨尔王", "康朗甩")
_TITLE_SUF = ("师傅", "老师", "医生", "大爷", "阿姨", "主任", "所长", "站长", "老板", "经理", "大姐",
              "会计", "支书", "警官", "队长", "馆长", "院长", "老板娘", "婶", "叔")
_MASK_SUF = ("某", "某某", "*", "**", "××", "某某", "XX")

EN_FEST = ("Spring Festival", "Mid-Autumn Festival", "Dragon Boat Festival", "Qingming holiday",
           "Lantern Festival", "May Day holiday", "National Day holiday")
EN_MONTH = ("May", "June", "August")
# (look-alike, sentence carrying it)
EN_MISC = (("Hang Seng Bank", "Refund was sent to a Hang Seng Bank account."),
           ("Parkinson's disease", "She has Parkinson's disease."),
           ("Alzheimer's disease", "Early Alzheimer's disease noted by the family."),
           ("Down syndrome", "Child with Down syndrome, special menu."),
           ("Kung Pao chicken", "Lunch was Kung Pao chicken and rice."),
           ("Mapo tofu", "Mapo tofu was too spicy for Grade 1."),
           ("Dongpo pork", "Dongpo pork served at the class party."),
           ("Lu Xun", "Reading group on Lu Xun this week."),
           ("Yao Ming", "Poster of Yao Ming by the door."),
           ("Confucius", "Quote from Confucius on the notice board."),
           ("Sun Yat-sen University", "Volunteers from Sun Yat-sen University helped."))
_EN_TITLES = ("Mr", "Mrs", "Ms", "Master", "Dr", "Auntie", "Uncle", "Lao", "Xiao", "Officer")
_EN_SYLLABLE_WORDS = (("He", "He said the money was already gone."),
                      ("Long", "Long queue at the counter."),
                      ("Bing", "Bing search history checked."),
                      ("Fan", "Fan heater removed from the room."),
                      ("Pan", "Pan-fried dumplings were served."),
                      ("Tan", "Tan sofa in the lobby is torn."),
                      ("Ban", "Ban on smoking posted."),
                      ("Sun", "Sun cream and a hat were handed out."))

_RESERVED = "\x00".join(
    [w for v in DOMAIN.values() for w in v] + list(PLACES) + list(VILLAGES) + list(BRANDS)
    + list(DISHES) + list(DISEASES) + [c for _, c in COMMON_CLAUSES] + [p for p, _ in FAMOUS]
    + list(_EXTRA_RESERVED) + list(EN_FEST) + list(EN_MONTH) + [c for _, c in EN_MISC]
    + [c for _, c in _EN_SYLLABLE_WORDS])

_AREA = ("110105", "310104", "320102", "330106", "370102", "410105", "420106", "430104", "440106",
         "510107", "500103", "610113", "650102", "540102", "532901", "513401", "152502", "222401",
         "450103", "522601", "411302", "130102", "341802", "621102")
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE_CH = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
_USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def resident_id(r: random.Random, lo: int = 1938, hi: int = 2012) -> str:
    body = (f"{r.choice(_AREA)}{r.randint(lo, hi)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            f"{r.randint(0, 999):03d}")
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _ID_W)) % 11]


def _uscc(r: random.Random) -> str:
    org = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org]
    c9 = 11 - sum(v * w for v, w in zip(vals, (3, 7, 9, 10, 5, 8, 4, 2))) % 11
    org += "X" if c9 == 10 else "0" if c9 == 11 else str(c9)
    body = "92" + r.choice(_AREA) + org
    c = (31 - sum(_USCC_CH.index(ch) * w for ch, w in zip(body, _USCC_W)) % 31) % 31
    return body + _USCC_CH[c]


# --------------------------------------------------------------------------------------------
# Registry (set-wide uniqueness) and cell builder
# --------------------------------------------------------------------------------------------
class _Registry:
    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.by_len: dict[int, set[str]] = {}
        self.parts: list[str] = [_RESERVED]
        self.big = _RESERVED

    def free(self, s: str) -> bool:
        if s in self.taken or s in self.big:
            return False
        for ln, group in self.by_len.items():
            if ln < len(s):
                for i in range(len(s) - ln + 1):
                    if s[i:i + ln] in group:
                        return False
        return True

    def clash(self, text: str) -> bool:
        for ln, group in self.by_len.items():
            for i in range(len(text) - ln + 1):
                if text[i:i + ln] in group:
                    return True
        return False

    def commit(self, text: str, names: list[str]) -> None:
        self.parts.append(text)
        self.big = self.big + "\x00" + text
        for s in names:
            self.taken.add(s)
            self.by_len.setdefault(len(s), set()).add(s)


class _B:
    """Builds one cell: records names (with a cue flag) and look-alikes (with a domain flag)."""

    RURAL = {"toilet_renovation": 0.45, "land_transfer": 0.45, "weather_informant": 0.4,
             "senior_college": 0.35, "blind_massage": 0.25, "public_notice": 0.3}

    def __init__(self, r: random.Random, fam: str, reg: _Registry) -> None:
        self.r, self.fam, self.reg = r, fam, reg
        self.names: list[str] = []
        self.cued: list[bool] = []
        self.las: dict[str, bool] = {}
        self.pending: list[str] = []
        self.rural = self.RURAL.get(fam, 0.15)

    # -- choice helpers
    def c(self, *opts):
        return self.r.choice(opts)

    def p(self, prob: float) -> bool:
        return self.r.random() < prob

    def i(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    # -- names
    def _fresh(self, make) -> str:
        for _ in range(300):
            s = make()
            if (s and self.reg.free(s)
                    and not any(s in q or q in s for q in self.pending)):
                self.pending.append(s)
                return s
        raise RuntimeError("name space exhausted")

    def N(self, cue: bool = True) -> str:
        s = self._fresh(lambda: _han(self.r, self.rural))
        self.names.append(s)
        self.cued.append(cue)
        return s

    def U(self) -> str:
        return self.N(False)

    def M(self, eth: str, cue: bool = True, father: str | None = None) -> str:
        s = self._fresh(lambda: _minority(self.r, eth, father))
        self.names.append(s)
        self.cued.append(cue)
        return s

    def E(self, cue: bool = True) -> str:
        s = self._fresh(lambda: _english(self.r))
        self.names.append(s)
        self.cued.append(cue)
        return s

    def EU(self) -> str:
        return self.E(False)

    def off(self) -> str:
        """An official in a public role: a real-looking name kept as a look-alike."""
        s = self._fresh(lambda: _han(self.r, 0.05))
        return self.L(s)

    # -- look-alikes
    def L(self, w: str, dom: bool = False) -> str:
        self.las[w] = self.las.get(w, False) or dom
        return w

    def D(self, slot: str, fam: str | None = None) -> str:
        return self.L(self.r.choice(DOMAIN_SLOTS[fam or self.fam][slot]), True)

    def mask(self) -> str:
        return self.L(self.r.choice(_COMMON[:40]) + self.r.choice(_MASK_SUF))

    def title(self) -> str:
        s = self.r.choice(_COMMON[:40])
        w = self.r.choice((s + self.r.choice(_TITLE_SUF), "老" + s, "小" + s))
        return self.L(w)

    def place(self) -> str:
        return self.L(self.r.choice(PLACES))

    def brand(self) -> str:
        return self.L(self.r.choice(BRANDS))

    def dish(self) -> str:
        return self.L(self.r.choice(DISHES))

    def disease(self) -> str:
        return self.L(self.r.choice(DISEASES))

    def word(self) -> str:
        w, clause = self.r.choice(COMMON_CLAUSES)
        self.L(w)
        return clause

    def famous(self) -> str:
        phrase, la = self.r.choice(FAMOUS)
        self.L(la)
        return phrase

    def etitle(self) -> str:
        t = self.r.choice(_EN_TITLES)
        s = self.r.choice(_PY_S[:40] + _CANT_S[:6])
        return self.L(f"{t} {s}")

    def emask(self) -> str:
        s = self.r.choice(_PY_S[:30])
        return self.L(self.r.choice((f"{s} **", f"{s} X.", f"{s.upper()} ***", f"{s} Mou")))

    def efest(self) -> str:
        return self.L(self.r.choice(EN_FEST + EN_MONTH))

    def emisc(self) -> str:
        w, sentence = self.r.choice(EN_MISC)
        self.L(w)
        return sentence

    def esyll(self) -> str:
        w, sentence = self.r.choice(_EN_SYLLABLE_WORDS)
        self.L(w)
        return sentence

    # -- numbers and the like
    def phone(self) -> str:
        p = "1" + self.c(*"3456789") + "".join(str(self.i(0, 9)) for _ in range(9))
        k = self.i(0, 4)
        if k == 0:
            return f"{p[:3]}-{p[3:7]}-{p[7:]}"
        if k == 1:
            return f"{p[:3]} {p[3:7]} {p[7:]}"
        if k == 2:
            return p[:3] + "****" + p[7:]
        return p

    def landline(self) -> str:
        return f"0{self.c('371', '531', '851', '871', '991', '891', '834', '771', '22', '27')}-" \
               f"{self.i(2, 8)}{self.i(0, 9999999):07d}"

    def pid(self) -> str:
        return resident_id(self.r)

    def mpid(self) -> str:
        p = resident_id(self.r)
        return self.c(p[:6] + "*" * 8 + p[14:], p[:4] + "*" * 10 + p[14:], p[:3] + "*" * 11 + p[14:],
                      p[:1] + "*" * 16 + p[17:])

    def age(self, lo: int = 18, hi: int = 88) -> int:
        return self.i(lo, hi)

    def date(self) -> str:
        y, m, d = self.c(2025, 2026), self.i(1, 12), self.i(1, 28)
        return self.c(f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日", f"{y}.{m}.{d}")

    def dt(self) -> str:
        return f"2026-{self.i(1, 11):02d}-{self.i(1, 28):02d} {self.i(7, 23):02d}:{self.i(0, 59):02d}"

    def money(self, lo: int = 100, hi: int = 50000) -> str:
        v = self.i(lo, hi)
        return self.c(str(v), f"{v:,}", f"{v}.00")

    def plate(self) -> str:
        tail = "".join(self.c(*_PLATE_CH) for _ in range(5))
        if self.p(0.25):
            tail = self.c("D", "F") + "".join(str(self.i(0, 9)) for _ in range(5))
        return f"{self.c(*_PROV)}{self.c(*'ABCDEFGH')}{self.c('', '·', ' ')}{tail}"

    def room(self) -> str:
        return self.c(f"{self.i(1, 30)}号楼{self.i(1, 6)}单元{self.i(1, 33)}0{self.i(1, 4)}室",
                      f"{self.i(1, 28)}0{self.i(1, 6)}室", f"{self.c(*'ABCD')}区{self.i(1, 40)}号")

    def vil(self) -> str:
        return self.c(*VILLAGES)


# --------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------
def _fraud(b: _B) -> str:
    k = b.i(0, 5)
    if k == 0:
        return (f"预警单号FZ{b.i(20260101, 20261130)}{b.i(100, 999)}｜受害人：{b.N()}（{b.age(19, 85)}岁）"
                f"｜手机{b.phone()}｜类型：冒充{b.D('app')}客服｜处置：社区民警{b.title()}联系其女{b.N()}，"
                f"{b.date()}上门劝阻，未向{b.D('word')}转账。")
    if k == 1:
        return (f"{b.U()}接到自称{b.L('公检法', True)}的电话，称其{b.D('bank')}卡涉嫌洗钱，要求把钱转入"
                f"所谓{b.L('安全账户', True)}。{b.U()}是其邻居，发现后拨打110，{b.mask()}的转账"
                f"{b.money()}元被拦下，{b.word()}。")
    if k == 2:
        return (f"{b.dt()} 接{b.D('bank')}止付请求，户主{b.N()}，涉案{b.money()}元；\n"
                f"{b.dt()} 联系被害人{b.N()}之妻{b.N()}核实经过，系{b.D('scam')}诈骗；\n"
                f"{b.dt()} 已冻结，{b.title()}反馈国家反诈中心。")
    if k == 3:
        return (f"回访：{b.U()}、{b.U()}、{b.U()}均已安装国家反诈中心APP；{b.U()}（{b.phone()}）"
                f"拒绝回访；另其母{b.N()}表示会提醒家人勿点{b.D('app')}提额链接，{b.brand()}门店"
                f"店员{b.title()}协助劝阻。")
    if k == 4:
        return (f"{b.U()}|{b.mpid()}|{b.D('scam')}|{b.money()}|劝阻成功|{b.title()}|{b.date()}")
    return (f"劝阻记录：{b.date()}在{b.place()}{b.D('bank')}网点，{b.U()}（{b.age(60, 86)}岁）欲汇款"
            f"{b.money()}元投资{b.D('scam')}，柜员通知民警，经{b.N()}与其外孙{b.N()}共同劝说后放弃，"
            f"{b.word()}。")


def _cafe(b: _B) -> str:
    k = b.i(0, 5)
    if k == 0:
        return (f"场所：{b.D('cafe')}（{b.D('gear')}）；检查时间：{b.date()}；上网人员：{b.N()}，"
                f"身份证{b.mpid()}，{b.i(1, 120)}号机，在玩{b.D('game')}；未成年人：无；负责人{b.title()}。")
    if k == 1:
        return (f"巡查发现{b.U()}（{b.age(13, 17)}岁）借用表哥{b.N()}的身份证上机玩{b.D('game')}，已通知"
                f"其父{b.N()}领回；{b.D('cafe')}吧台另售{b.brand()}凉茶、{b.D('goods')}。")
    if k == 2:
        return (f"{b.dt()} {b.U()} 开卡 {b.L('包夜套餐', True)}\n{b.dt()} {b.U()} 补登实名 {b.phone()}\n"
                f"{b.dt()} {b.D('gear')}报{b.L('程序异常', True)}\n{b.dt()} 民警{b.mask()}、{b.title()}检查")
    if k == 3:
        return (f"今日实名异常：1.{b.U()}，{b.mpid()}，一人多卡；2.{b.U()}，替{b.N()}刷卡；"
                f"3.{b.mask()}，证件过期。{b.D('game')}区有{b.i(3, 12)}名玩家聚集，{b.word()}。")
    if k == 4:
        return (f"{b.D('cafe')}|{b.date()}|{b.U()}|{b.i(1, 99)}号机|{b.D('game')}|"
                f"{b.c('正常', '未成年人', '人证不符')}|{b.title()}")
    return (f"营业场所巡查：{b.place()}{b.D('cafe')}{b.c('消防通道堵塞', '未悬挂禁烟标志', '超时营业')}，"
            f"现场有{b.U()}、{b.U()}两名{b.c('学生', '未成年人')}，由班主任{b.title()}接走，给予"
            f"{b.L('黄牌警告', True)}，{b.word()}。")


def _pawn(b: _B) -> str:
    k = b.i(0, 5)
    if k == 0:
        return (f"当户：{b.N()}；证件：{b.c(b.pid(), b.mpid())}；当物：{b.D('goods')}一件；"
                f"当金：{b.money()}元；月综合{b.L('费率', True)}{b.c('2.7', '3.0', '4.2')}%；当期"
                f"{b.c(30, 90, 180)}天；经办：{b.title()}。")
    if k == 1:
        return (f"{b.date()}绝当：{b.U()}当{b.D('goods')}逾期未赎，依约处置，已电话告知其弟{b.N()}"
                f"（{b.phone()}），{b.word()}。")
    if k == 2:
        return (f"可疑物品报备：{b.U()}持{b.L('华为手机', True)}{b.i(2, 6)}部、{b.D('goods')}来当，"
                f"无发票，自称替{b.N()}出售，已报{b.place()}派出所{b.title()}。")
    if k == 3:
        return (f"本日当户：{b.U()}（{b.D('docs')}）、{b.U()}（{b.D('goods')}）、{b.U()}（{b.D('goods')}）；"
                f"续当：{b.U()}，住{b.room()}；今日{b.L('金价', True)}{b.i(560, 640)}元/克。")
    if k == 4:
        return (f"{b.date()} 赎当 {b.U()} {b.D('goods')} {b.money()}元\n{b.date()} 续当 {b.U()} "
                f"{b.D('docs')}\n{b.date()} 绝当 {b.mask()} {b.D('goods')}")
    return (f"{b.U()}|{b.mpid()}|{b.D('goods')}|估价{b.money()}|{b.c('当户本人', '代办')}|"
            f"{b.D('docs')}|{b.title()}")


def _lottery(b: _B) -> str:
    k = b.i(0, 5)
    cat = b.c("福利彩票", "体育彩票")
    if k == 0:
        return (f"申办人：{b.N()}，{b.age(25, 60)}岁，{b.mpid()}；代销点：{b.place()}{b.D('outlet')}，"
                f"类别：{cat}；{b.L('房租', True)}合同（房东{b.title()}）已附；联系电话{b.phone()}。")
    if k == 1:
        return (f"{b.date()}{b.U()}持{b.D('game')}兑奖{b.money(3000, 900000)}元，由其妻{b.N()}代领，"
                f"已登记身份证{b.mpid()}。")
    if k == 2:
        return (f"检查{b.D('outlet')}：{b.D('match')}{b.L('单关', True)}未设限额提示；店主{b.N()}称"
                f"赛季客流大，向{b.U()}（{b.age(15, 17)}岁）售出即开票，已责令整改，{b.title()}复查。")
    if k == 3:
        return (f"本月中奖登记：{b.U()} {b.money()}元；{b.U()} {b.money()}元；{b.mask()} 放弃；"
                f"{b.U()}（经{b.N()}代领）{b.money()}元；另有{b.L('万元大奖', True)}一注待兑。")
    if k == 4:
        return f"{b.D('outlet')}|{b.U()}|{b.phone()}|{cat}|{b.D('game')}|{b.date()}|年检通过"
    return (f"代销点日志 {b.dt()}：{b.U()}来问{b.D('game')}和{b.D('game')}规则，{b.title()}送来"
            f"{b.brand()}凉茶一箱放柜台；交给{b.N()}保管的{b.L('包号', True)}单据已归档。")


def _toilet(b: _B) -> str:
    k = b.i(0, 5)
    v = b.vil()
    if k == 0:
        return (f"申报户：{b.N()}，{v}{b.i(1, 12)}组，家庭人口{b.i(1, 7)}人；类型：三格式；材料："
                f"{b.D('part')}、{b.D('part')}、{b.D('material')}；奖补{b.money(300, 1500)}元。")
    if k == 1:
        return (f"{b.date()}验收：{b.U()}家{b.L('卫生厕所', True)}已建成，{b.D('part')}安装到位，"
                f"无渗漏；其儿媳{b.N()}在场签字，验收人{b.title()}。")
    if k == 2:
        return (f"第{b.i(1, 5)}批改厕户：{b.U()}、{b.U()}、{b.U()}、{b.U()}；其中{b.U()}为五保户，"
                f"由{b.N()}代为申请。{b.D('part')}由{b.D('shop')}统一配送。")
    if k == 3:
        return (f"{b.date()} {b.U()} 开挖\n{b.date()} {b.U()} {b.D('material')}进场\n{b.date()} "
                f"{b.title()}抽查，{b.mask()}户{b.D('part')}不合格")
    if k == 4:
        return f"{v}|{b.U()}|{b.mpid()}|{b.D('part')}|{b.money(300, 1500)}|已验收|{b.title()}"
    return (f"入户回访：{b.U()}反映{b.D('part')}冬天冻裂，要求更换，{b.word()}；老人{b.U()}"
            f"（{b.age(70, 92)}岁，患{b.disease()}）不会用冲水，已教其孙{b.N()}。")


def _weather(b: _B) -> str:
    k = b.i(0, 5)
    v = b.vil()
    if k == 0:
        return (f"信息员：{b.N()}，{v}，电话{b.phone()}；职责：{b.D('hazard')}、{b.D('hazard')}灾情直报；"
                f"备用联系人{b.N()}（其子）。")
    if k == 1:
        return (f"{b.dt()} {b.U()}报：{v}遭{b.D('hazard')}，{b.D('field')}受损约{b.i(5, 300)}亩；\n"
                f"{b.dt()} {b.U()}补报{b.L('山洪', True)}冲毁便桥一座，无人员伤亡。")
    if k == 2:
        return (f"{b.D('warn')}发布后，{b.U()}用大喇叭逐户通知，并向独居老人{b.U()}（{b.age(70, 95)}岁）"
                f"当面传递；{b.title()}核实到位，{b.word()}。")
    if k == 3:
        return (f"本季度优秀信息员：{b.U()}、{b.U()}、{b.U()}；{b.U()}因外出务工调整为{b.N()}。"
                f"培训内容：{b.D('hazard')}识别、{b.D('obs')}观测。")
    if k == 4:
        return f"{v}|{b.U()}|{b.phone()}|{b.D('hazard')}|{b.date()}|已直报|{b.title()}"
    return (f"灾情直报：{b.place()}{v}遭{b.D('hazard')}，倒塌{b.c('牛棚', '偏房', '围墙')}{b.i(1, 4)}处，"
            f"房主{b.N()}已转移至{b.mask()}家，由信息员{b.N()}与{b.title()}跟进。")


def _meals(b: _B) -> str:
    k = b.i(0, 5)
    g = f"{b.c('一', '二', '三', '四', '五', '六')}年级{b.i(1, 8)}班"
    if k == 0:
        return (f"陪餐家长：{b.N()}（{g}{b.U()}的家长）；日期：{b.date()}；菜品：{b.D('dish')}、"
                f"{b.D('dish')}；意见：{b.L('米饭', True)}偏硬。")
    if k == 1:
        return (f"食材验收：{b.D('ingr')}{b.i(5, 80)}kg、{b.D('ingr')}{b.i(2, 30)}箱，验收人{b.title()}，"
                f"送货人{b.N()}，{b.phone()}，{b.plate()}。")
    if k == 2:
        return (f"营养餐领取异常：{b.U()}（{g}）连续三天未领{b.L('牛奶', True)}，已通知其奶奶{b.N()}；"
                f"{b.U()}对{b.D('ingr')}过敏，改供{b.D('dish')}。")
    if k == 3:
        return (f"{b.date()}陪餐记录｜{b.U()}｜{g}｜{b.D('dish')}、{b.dish()}｜"
                f"{b.c('满意', '偏咸', '量少')}｜{b.title()}")
    if k == 4:
        return (f"{b.dt()} {b.L('明厨亮灶', True)}抽查\n{b.dt()} 家长{b.N()}、{b.U()}试吃{b.D('dish')}\n"
                f"{b.dt()} {b.mask()}反映{b.D('ingr')}不新鲜")
    return (f"{b.U()}、{b.U()}两位家长到{b.L('蒋家食堂', True)}窗口试吃，{b.D('dish')}份量足，"
            f"{b.word()}；{b.famous()}主题班会后留样{b.i(48, 72)}小时。")


def _land(b: _B) -> str:
    k = b.i(0, 5)
    v = b.vil()
    if k == 0:
        return (f"备案号LZ{b.i(2025000, 2026999)}；流出方：{b.N()}（{v}{b.i(1, 12)}组）；流入方："
                f"{b.D('entity')}，负责人{b.N()}；面积{b.i(2, 300)}亩；用途：种植{b.D('crop')}；"
                f"租金{b.i(300, 1200)}元/亩/年。")
    if k == 1:
        return (f"{b.U()}{b.U()}夫妇将{b.D('landtype')}{b.i(2, 80)}亩流转给{b.N()}种{b.D('crop')}，"
                f"期限{b.i(3, 15)}年，{b.title()}见证。")
    if k == 2:
        return (f"纠纷登记：{b.U()}称{b.U()}拖欠{b.c(2024, 2025)}年租金{b.money(1000, 60000)}元，"
                f"{b.L('田埂', True)}界址不清；调解员{b.title()}已到{b.D('landtype')}现场丈量。")
    if k == 3:
        return (f"{v}流转清单：{b.U()} {b.i(1, 20)}亩；{b.U()} {b.i(1, 20)}亩；{b.U()}（代理人其子"
                f"{b.N()}）{b.i(1, 20)}亩；{b.mask()} 未签；{b.L('林权', True)}另行登记。")
    if k == 4:
        return (f"{b.date()} 支付租金 {b.U()} {b.money()}元\n{b.date()} {b.D('crop')}补种 {b.U()}\n"
                f"{b.date()} {b.D('entity')}验收")
    return f"{b.U()}|{b.mpid()}|{v}|{b.D('landtype')}|{b.i(1, 60)}亩|{b.D('crop')}|{b.title()}"


def _parking(b: _B) -> str:
    k = b.i(0, 5)
    if k == 0:
        return (f"车位抽签结果：B1-{b.i(1, 300)} {b.U()} {b.plate()}；B1-{b.i(1, 300)} {b.U()} "
                f"{b.plate()}；B2-{b.i(1, 300)} {b.mask()}（放弃）；结果已发{b.L('车主群', True)}。")
    if k == 1:
        return (f"租赁登记：承租人{b.N()}，{b.room()}，车型{b.D('car')}，车牌{b.plate()}，"
                f"{b.L('包月', True)}{b.i(150, 800)}元，{b.phone()}。")
    if k == 2:
        return (f"{b.dt()}，{b.D('car')}{b.plate()}占用{b.D('spot')}出口，车主{b.N()}电话未接，"
                f"后联系其妻{b.N()}挪车；保安{b.title()}记录。")
    if k == 3:
        return (f"{b.U()}|{b.room()}|{b.plate()}|{b.D('car')}|{b.c('中签', '未中签', '候补')}|"
                f"{b.date()}")
    if k == 4:
        return (f"{b.dt()} 劝离 {b.plate()}（{b.D('car')}）车主{b.N()}\n{b.dt()} {b.U()} {b.room()} "
                f"投诉{b.D('spot')}被占\n{b.dt()} {b.title()}处理完毕")
    return (f"单位车位第{b.i(2, 9)}轮抽签，{b.U()}、{b.U()}、{b.U()}中签，{b.U()}放弃；{b.word()}，"
            f"{b.L('石墩', True)}由{b.title()}移除。")


def _houseno(b: _B) -> str:
    k = b.i(0, 5)
    if k == 0:
        return (f"申请人：{b.N()}；地址：{b.D('road')}{b.i(1, 300)}号；事由：{b.L('乔迁', True)}新建"
                f"{b.L('房屋', True)}需编门牌；联系电话{b.phone()}；审核：{b.title()}。")
    if k == 1:
        return (f"门牌更换清单：{b.D('road')}{b.i(1, 200)}号（{b.U()}户）、{b.D('road')}{b.i(1, 200)}号"
                f"（{b.U()}户）；{b.L('路牌', True)}缺损{b.i(1, 6)}块，新牌统一"
                f"{b.L(b.c('蓝底白字', '白底蓝字'), True)}。")
    if k == 2:
        return (f"{b.U()}反映{b.D('road')}与{b.D('road')}交叉口的{b.L('路牌', True)}被{b.brand()}广告"
                f"遮挡，{b.title()}已联系更换；其邻居{b.N()}家门牌号重复。")
    if k == 3:
        return (f"{b.dt()} 编制 {b.D('road')}{b.i(1, 99)}号 户主{b.N()}\n{b.dt()} 更换 {b.D('estate')}"
                f"{b.i(1, 30)}栋 {b.U()}\n{b.dt()} {b.mask()} 拒绝安装{b.L('单元牌', True)}")
    if k == 4:
        return f"{b.D('road')}|{b.i(1, 300)}号|{b.U()}|{b.mpid()}|{b.D('sign')}|{b.date()}"
    return (f"地名标志核查：{b.place()}{b.D('estate')}原名“{b.D('road')}”，居民{b.U()}、{b.U()}"
            f"建议保留旧名，{b.word()}。")


def _senior(b: _B) -> str:
    k = b.i(0, 5)
    if k == 0:
        return (f"报名表｜姓名：{b.N()}｜年龄：{b.age(55, 85)}｜班级：{b.D('course')}班｜紧急联系人："
                f"{b.N()}（女儿）{b.phone()}")
    if k == 1:
        return (f"{b.D('course')}{b.c('一', '二', '三')}班学员：{b.U()}、{b.U()}、{b.U()}、{b.U()}；"
                f"班长{b.N()}；本学期赏析{b.famous()}。")
    if k == 2:
        return (f"{b.date()}{b.D('course')}兴趣组赴{b.place()}演出，{b.U()}领唱，{b.U()}、{b.U()}伴奏；"
                f"{b.U()}因{b.L('高血压', True)}请假。")
    if k == 3:
        return (f"{b.U()}{b.U()}夫妇同报{b.D('course')}班和{b.D('course')}班，庆祝{b.L('金婚', True)}；"
                f"学费{b.i(100, 600)}元由{b.title()}收。")
    if k == 4:
        return f"{b.U()}|{b.age(55, 85)}|{b.D('course')}|{b.phone()}|{b.c('新生', '续报')}|{b.title()}"
    return (f"{b.dt()} {b.U()}签到 {b.D('course')}\n{b.dt()} {b.U()}（{b.disease()}）由家属{b.N()}接回\n"
            f"{b.dt()} {b.D('course')}课结束")


def _massage(b: _B) -> str:
    k = b.i(0, 5)
    if k == 0:
        return (f"机构名称：{b.D('shop')}；负责人：{b.N()}（视力一级，残疾证号{b.mpid()}11）；从业人员："
                f"{b.U()}、{b.U()}；服务项目：{b.D('service')}、{b.D('service')}。")
    if k == 1:
        return (f"扶持补贴发放：{b.U()} {b.money(500, 5000)}元（{b.L('房租', True)}补贴）；{b.U()} "
                f"{b.money(500, 5000)}元（设备）；{b.mask()} 资料不全。")
    if k == 2:
        return (f"{b.U()}在{b.D('shop')}从业{b.i(2, 20)}年，擅长{b.D('service')}，顾客多为{b.disease()}"
                f"患者家属；其妻{b.N()}负责收银，{b.title()}推荐申报示范店。")
    if k == 3:
        return (f"{b.dt()} 检查 {b.D('shop')}\n{b.dt()} 从业人员{b.U()}证件过期\n{b.dt()} 与{b.N()}谈话，"
                f"组织学习{b.famous()}")
    if k == 4:
        return (f"{b.U()}|{b.mpid()}|{b.D('shop')}|{b.c('盲人医疗按摩', '保健按摩')}|{b.phone()}|"
                f"{b.D('word')}")
    return (f"培训名单：{b.U()}、{b.U()}、{b.U()}；课程：{b.D('service')}、{b.L('关元穴', True)}定位；"
            f"由{b.N()}陪同往返，{b.title()}授课。")


def _t_english(b: _B) -> str:
    k = b.i(0, 7)
    if k == 0:
        return (f"Fraud alert FW-{b.i(1000, 9999)}: caller posed as {b.D('brand')} customer service; "
                f"victim {b.E()} (aged {b.age(20, 85)}) was stopped at the bank on {b.D('road')}; "
                f"neighbour {b.EU()} called 110. Handled by {b.etitle()}. {b.emisc()}")
    if k == 1:
        return (f"Internet cafe check, {b.D('district')}, {b.i(1, 28)} {b.L(b.c(*EN_MONTH))}: minor "
                f"{b.E()} (age {b.age(13, 17)}) was using {b.EU()}'s ID card. {b.esyll()}")
    if k == 2:
        return (f"Prize claim: {b.EU()} claimed CNY {b.money(3000, 500000)} at outlet No.{b.i(1, 999)}, "
                f"{b.D('road')}; collected by {b.E()} (wife), ID {b.mpid()}.")
    if k == 3:
        return (f"Calligraphy class roster: {b.EU()}; {b.EU()}; {b.EU()}. Class rep: {b.E()}. Outing to "
                f"{b.D('city')} after the {b.efest()}; {b.emask()} absent.")
    if k == 4:
        return (f"Parking draw | Bay B1-{b.i(1, 300)} | {b.EU()} | {b.plate()} | {b.D('district')} | "
                f"{b.etitle()}")
    if k == 5:
        return (f"2026-{b.i(1, 11):02d}-{b.i(1, 28):02d} {b.EU()} pawned a {b.L('Huawei', True)} phone\n"
                f"2026-{b.i(1, 11):02d}-{b.i(1, 28):02d} redeemed by {b.E()} ({b.phone()})\n"
                f"{b.esyll()}")
    if k == 6:
        return (f"Parent on meal duty: {b.E()} (mother of {b.EU()}, Grade {b.i(1, 6)}). {b.emisc()} "
                f"Supplier based in {b.D('district')}.")
    return (f"Weather informant roster, {b.D('city')}: {b.EU()}, {b.EU()}, {b.EU()}. {b.esyll()} Backup "
            f"contact {b.E()}, now at {b.D('hospital')}.")


def _t_minority(b: _B) -> str:
    r = b.r
    k = b.i(0, 5)
    eths: list[str] = []
    while len(eths) < 4:       # the peoples whose names look least like Han names come up more often
        e = r.choice(ETHNIC + ETHNIC[:5] + ETHNIC[:2] + ("傣族", "哈尼族"))
        if e not in eths:
            eths.append(e)
    if k == 0:
        rows = [f"{j + 1}. {b.M(e, False)} {r.choice('男女')} {e} {b.age(18, 80)}岁"
                for j, e in enumerate(eths[:3])]
        return (f"{b.D('place')}{b.c('护边员', '信息员', '老年大学学员', '低保对象')}花名册："
                + "；".join(rows) + f"；备注：{b.D('fest')}前发放慰问品。")
    if k == 1:
        return f"{b.M(eths[0], False)}|{eths[0]}|{b.mpid()}|{b.D('place')}|{b.phone()}|{b.title()}"
    if k == 2:
        e = eths[0]
        return (f"{b.M(e, False)}一家{b.D('fest')}期间回{b.D('place')}探亲，其女{b.M(e)}代为领取补贴，"
                f"经办人{b.title()}核对户口本。")
    if k == 3:
        father = b.M("哈尼族", False)
        son = b.M("哈尼族", True, father)
        return (f"哈尼族父子连名登记：父{father}，子{son}（{b.age(5, 40)}岁），住{b.D('place')}{b.vil()}；"
                f"另{b.M(eths[1])}（{eths[1]}）同户。")
    if k == 4:
        return ("；".join(f"{b.M(e, False)}（{e}，{b.mpid()}）" for e in eths[:3])
                + f"。以上人员在{b.D('place')}参加{b.D('fest')}活动。")
    e1, e2 = eths[0], eths[1]
    return (f"{b.date()}{b.D('place')}走访：{b.M(e1, False)}，{e1}，{b.age(30, 90)}岁，与{b.M(e2)}同住；"
            f"送去{b.D('food')}，{b.word()}。")


def _notice(b: _B) -> str:
    k = b.i(0, 7)
    v = b.vil()
    town = b.c("城关镇", "新华镇", "河西乡", "白马镇", "清水乡", "东湖街道")
    kind = b.D("kind")
    if k == 0:
        return (f"关于{v}{b.c(2025, 2026)}年农村户厕改造奖补资金的{kind}\n经{b.L('农户', True)}"
                f"{b.L('申报', True)}、村委会初审、镇政府验收，{b.U()}、{b.U()}、{b.U()}等户符合条件，"
                f"每户{b.money(300, 1500)}元。{b.L('公示期', True)}{b.i(5, 7)}天。审核人：{b.off()}；"
                f"监督电话：{b.landline()}（联系人：{b.off()}）。")
    if k == 1:
        return (f"{kind}：{town}老年大学{b.D('course', 'senior_college')}班学费减免评议结果。评议小组成员："
                f"{b.off()}、{b.off()}、{b.off()}。拟减免：{b.U()}（{b.age(60, 85)}岁）、{b.U()}。"
                f"{b.L('公示期', True)}内{b.N()}提出异议，已复核。")
    if k == 2:
        return (f"车位抽签结果{kind}\n中签：{b.U()}（{b.room()}）、{b.U()}（{b.room()}）。见证人：{b.N()}"
                f"（业主代表）。经办人：{b.off()}，复核人：{b.off()}。{b.L('公示单位', True)}：{town}"
                f"物业办。")
    if k == 3:
        return (f"土地经营权流转备案{kind}：流出户{b.U()}（代理人：其子{b.N()}），流入方"
                f"{b.D('entity', 'land_transfer')}。经办人：{b.off()}，公示单位负责人：{b.off()}，"
                f"{town}{b.D('org')}。")
    if k == 4:
        return (f"{town}盲人按摩机构扶持补贴{kind}：{b.D('shop', 'blind_massage')}负责人{b.N()}、"
                f"从业人员{b.U()}，各{b.money(1000, 6000)}元。驻村第一书记{b.off()}、村两委成员"
                f"{b.off()}入户核实。{b.D('org')}。")
    if k == 5:
        return (f"行政处罚信息{kind}：当事人{b.mask()}（个体工商户“{b.D('cafe', 'internet_cafe')}”"
                f"经营者），统一社会信用代码{_uscc(b.r)}，接纳未成年人{b.U()}（{b.age(13, 17)}岁）进入"
                f"营业场所，举报人{b.N()}。罚款{b.money(2000, 15000)}元。审批人：{b.off()}。")
    if k == 6:
        return (f"{b.c(2025, 2026)}年度气象信息员名单{kind}：{b.U()}（{v}）、{b.U()}（{b.vil()}）、"
                f"{b.U()}。{b.L('公示期', True)}内如有异议请联系{b.off()}，电话{b.landline()}。")
    return (f"福利彩票代销点申办{kind}：申请人{b.N()}，监护人{b.N()}（{b.c('其父', '其母')}，申请人为残疾人）。"
            f"拟设于{b.place()}{b.D('outlet', 'lottery_outlet')}。审核人：{b.off()}；"
            f"{b.D('word')}材料见{b.D('org')}{b.L('公开栏', True)}。")


def _only(b: _B) -> str:
    k = b.i(0, 6)
    fam = b.c(*FAMILIES[:12])
    slots = tuple(DOMAIN_SLOTS[fam])
    s1, s2 = b.c(*slots), b.c(*slots)
    if k == 0:
        return (f"{b.title()}提醒：{b.D(s1, fam)}、{b.D(s2, fam)}相关事项{b.word()}；{b.mask()}、"
                f"{b.mask()}已处理；{b.place()}{b.brand()}门店另行通知。")
    if k == 1:
        return f"{b.D(s1, fam)}|{b.D(s2, fam)}|{b.place()}|{b.mask()}|{b.D(s1, fam)}|{b.title()}"
    if k == 2:
        return (f"{b.dt()} {b.D(s1, fam)}检查，{b.title()}带队\n{b.dt()} {b.mask()}未到\n{b.dt()} "
                f"{b.D(s2, fam)}整改完成")
    if k == 3:
        return (f"宣传栏更新：{b.famous()}、{b.dish()}做法、{b.disease()}防治；{b.D(s1, fam)}"
                f"专栏已更新，{b.word()}，{b.title()}值班。")
    if k == 4:
        return (f"Notice: the office on {b.D('road', 'english_export')} is closed for the {b.efest()}; "
                f"{b.etitle()} on duty; {b.emask()} to collect forms at "
                f"{b.D('hospital', 'english_export')}. {b.esyll()} {b.emisc()}")
    if k == 5:
        return (f"{b.D('place', 'minority_listing')}、{b.D('place', 'minority_listing')}两地"
                f"{b.D(s1, fam)}情况汇总，{b.mask()}等{b.i(3, 40)}户待核，{b.title()}负责。")
    return (f"{b.place()}{b.D(s1, fam)}：{b.mask()}（{b.mpid()}）已办结，{b.D(s2, fam)}材料交"
            f"{b.title()}，{b.brand()}赞助。")


_TEMPLATES = {
    "fraud_warning": _fraud, "internet_cafe": _cafe, "pawn_ledger": _pawn,
    "lottery_outlet": _lottery, "toilet_renovation": _toilet, "weather_informant": _weather,
    "school_meals": _meals, "land_transfer": _land, "parking_lottery": _parking,
    "house_numbering": _houseno, "senior_college": _senior, "blind_massage": _massage,
    "english_export": _t_english, "minority_listing": _t_minority, "public_notice": _notice,
    "lookalike_only": _only,
}


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------
def _occurrences(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _valid(text: str, b: _B) -> bool:
    spans = []
    for la in b.las:
        occ = _occurrences(text, la)
        if not occ:
            return False
        spans.extend(occ)
    for nm in b.names:
        if text.count(nm) != 1:
            return False
        s = text.find(nm)
        e = s + len(nm)
        if any(a < e and s < z for a, z in spans):
            return False
    return not b.reg.clash(text)


def _quota(n: int) -> list[int]:
    total = sum(WEIGHTS.values())
    raw = [n * WEIGHTS[f] / total for f in FAMILIES]
    q = [int(x) for x in raw]
    order = sorted(range(len(FAMILIES)), key=lambda j: (-(raw[j] - q[j]), j))
    for j in order[: n - sum(q)]:
        q[j] += 1
    return q


def _make(n: int, seed: int):
    rng = random.Random(seed)
    fams = [f for f, q in zip(FAMILIES, _quota(n)) for _ in range(q)]
    rng.shuffle(fams)
    reg = _Registry()
    out, stats = [], {"cued": 0, "uncued": 0, "la": 0, "la_domain": 0}
    for fam in fams:
        for _ in range(2000):
            b = _B(rng, fam, reg)
            try:
                text = _TEMPLATES[fam](b)
            except RuntimeError:
                continue
            if _valid(text, b) and (fam == "lookalike_only") == (not b.names):
                break
        else:
            raise RuntimeError(f"could not build a {fam} cell")
        reg.commit(text, b.names)
        stats["cued"] += sum(b.cued)
        stats["uncued"] += len(b.cued) - sum(b.cued)
        stats["la"] += len(b.las)
        stats["la_domain"] += sum(b.las.values())
        out.append(Remark(text, fam, list(b.names), list(b.las), fam in PUBLIC_FAMILIES))
    return out, stats


def make_remarks(n: int = 2000, seed: int = 2424) -> list[Remark]:
    """The frozen set: ``n`` cells, deterministic in (n, seed)."""
    return _make(n, seed)[0]


def set_stats(n: int = 2000, seed: int = 2424) -> dict:
    """Counts of cued/uncued names and domain/other look-alike occurrences (for the contract tests)."""
    return _make(n, seed)[1]
