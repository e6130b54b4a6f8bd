"""Frozen remarks, edition 18: free-text cells with planted private names and look-alikes.

Datasheet
=========

What it is
    A deterministic generator of free-text spreadsheet cells -- the 备注 / 情况说明 / 处理结果 /
    remarks columns that county and city offices publish or export -- in domains that earlier
    editions did not cover.  Each cell is a ``Remark`` carrying the private persons' names planted
    in it (``names``) and the strings in it that look like names but must stay (``lookalikes``).
    It is a blind test set for a person-name de-identifier: it was written without looking at the
    detector, its rules, its samples, its word lists, or any other generator.

Who wrote it, and what was read
    Written by a helper session (an AI model) from its own knowledge and phrasing, following
    brief 18.  Read: the brief; the two sections "Personal data in public listings" and
    "Administrative penalty publicity" of shared/reference/DOMAIN.md; lines 170-178 of
    benchmarks/frozen/remarks.py (the ``Remark`` dataclass, imported here, not copied).
    Slips, listed honestly: to locate the two DOMAIN.md sections its heading lines were listed
    with grep (so the other section titles were seen, not their text); the directory listings of
    benchmarks/, benchmarks/frozen/ and tests/ were seen (file names only); the first five lines
    (the docstring) of benchmarks/frozen/__init__.py were printed while checking that the package
    exists; ``git status`` and ``git branch --show-current`` were run once in the worktree (the
    brief allows only ``git add`` and ``git commit``).  Nothing under src/, no other generator,
    no test, no data file, no git history and no de-identification code was opened or run.

Families (``FAMILIES``; shares in ``WEIGHTS``; counts are exact by largest remainder)
    resettle        水库移民后期扶持 核定/发放 rosters (户主, 家庭成员, 核增核减)
    pv_share        村级光伏电站收益分配 and 公益岗位 pay lists, 农村改厕 奖补 notes
    ebike           电动自行车 登记上牌 and 以旧换新 补贴 notes
    dog             养犬登记, 犬只年检 and 犬伤处置 (狂犬病暴露) records
    flood           防汛 转移安置 rosters (危险区, 安置点, 包保)
    gas             燃气入户安检 visit logs (隐患, 拒检, 到访不遇)
    arbitration     劳动人事争议仲裁 case notes (申请人, 被申请人 firms, 证人, 代理人)
    tourism         旅游投诉 tickets (旅行社, 景区, 导游, 购物店)
    library         图书馆 borrower notes and 文化馆 公益培训 class notes
    ride            网约车 / 出租车 passenger complaints (平台, 司机, 订单, 遗失物品)
    elevator        电梯困人 and 特种设备 incident notes (维保单位, 被困人员)
    english         an English-language export of such cells (pinyin in both orders, upper-case
                    surnames, initials, hyphens, lower-case prose, Cantonese / Wade-Giles /
                    Taiwan spellings, English given names)
    minority        rosters with Uyghur, Kazakh, Tibetan, Yi, Mongolian, Hui, 朝鲜族, Zhuang,
                    Miao, Dai and Manchu names in their written forms and separators
                    (·, •, ・, ．, -, none)
    public_notice   公示 / 公告 texts: officials in their public role (审批人, 经办人, 审核人, 监督电话
                    联系人, 评审专家, 村两委成员, 驻村第一书记, 公示期联系人) are LOOK-ALIKES and the
                    Remark has ``public_officials=True``; the private beneficiaries, applicants,
                    relatives, witnesses and objectors are NAMES
    lookalike_only  no name at all: dense with places, roads, firms, shops, brands, products,
                    festivals, dishes, diseases, surname-initial words, masked names, people named
                    in public works, historical and literary figures in ordinary prose

    Default set (n=2000, seed=1818): 120 remarks in each of the eleven domain families, 180 each
    in english, minority and public_notice, 140 in lookalike_only; 3348 names, 4063 look-alikes.

Surface forms of names
    Surnames drawn with realistic frequencies (common, rare such as 禤 亓 仝 逄 訾 缑, compound such
    as 欧阳 司马 诸葛 澹台 万俟); one- and two-character given names; full names that are
    ordinary words (高峰, 田野, 向阳 ...); two-character names padded with a full-width or double
    space as rosters align them (王　芳); names at cell start, after cue words, with kinship
    words, after particles (由/经/与/给/被), inside 、-lists, mid-prose, in brackets, followed by
    ages, masked or fake-but-well-formed IDs (check digit per GB 11643) and phones.  English
    export: see above.  Minority: see above.

Look-alike classes
    places (村/镇/县, 水库, 景区), roads, schools, companies and platforms, shops (incl. chains
    named after a person: 杨国福麻辣烫, 张亮麻辣烫), brands and apps beginning with a surname
    character (高德地图, 苏宁易购, 曹操出行, 金地, 康力电梯), products, diseases named after people
    (帕金森病, 唐氏综合征, 布鲁氏菌病), dishes named after people (东坡肉, 宫保鸡丁), festivals,
    common words beginning with a surname character (王牌, 高速, 周末, 黄金), masked names
    (张某, 李**, 王××, 刘先生), people named in public works (鲁迅公园, 中山路, 左权县), historical
    and literary figures in prose (学习雷锋, 孔子学院, 《许三观卖血记》), and in public_notice the
    officials named in their public role.

Contract (checked in the generator and in tests/test_frozen_remarks_v18.py)
    every planted name occurs exactly once in its cell and never overlaps an occurrence of a
    look-alike; every look-alike occurs in its cell; a planted name string occurs in no other
    cell's text; ``public_officials`` is True exactly in public_notice; lookalike_only cells carry
    no name.
"""

from __future__ import annotations

import random
from collections import Counter

from .remarks import Remark

VERSION = "frozen-remarks-18 (2026-12-06)"

FAMILIES = (
    "resettle",
    "pv_share",
    "ebike",
    "dog",
    "flood",
    "gas",
    "arbitration",
    "tourism",
    "library",
    "ride",
    "elevator",
    "english",
    "minority",
    "public_notice",
    "lookalike_only",
)
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {
    "resettle": 0.06,
    "pv_share": 0.06,
    "ebike": 0.06,
    "dog": 0.06,
    "flood": 0.06,
    "gas": 0.06,
    "arbitration": 0.06,
    "tourism": 0.06,
    "library": 0.06,
    "ride": 0.06,
    "elevator": 0.06,
    "english": 0.09,
    "minority": 0.09,
    "public_notice": 0.09,
    "lookalike_only": 0.07,
}

# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

_COMMON = (
    ("王", 71), ("李", 70), ("张", 68), ("刘", 54), ("陈", 46), ("杨", 31), ("黄", 24), ("赵", 23),
    ("吴", 20), ("周", 19), ("徐", 16), ("孙", 15), ("马", 15), ("朱", 13), ("胡", 13), ("郭", 12),
    ("何", 12), ("高", 11), ("林", 11), ("罗", 10), ("郑", 10), ("梁", 9), ("谢", 8), ("宋", 7),
    ("唐", 7), ("许", 7), ("韩", 7), ("冯", 7), ("邓", 7), ("曹", 6), ("彭", 6), ("曾", 6), ("肖", 6),
    ("田", 5), ("董", 5), ("袁", 5), ("潘", 5), ("于", 5), ("蒋", 5), ("蔡", 5), ("余", 5), ("杜", 5),
    ("叶", 4), ("程", 4), ("苏", 4), ("魏", 4), ("吕", 4), ("丁", 4), ("任", 4), ("沈", 4), ("姚", 4),
    ("卢", 4), ("姜", 3), ("崔", 3), ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 3), ("范", 3), ("金", 3),
    ("石", 3), ("廖", 3), ("贾", 3), ("夏", 3), ("韦", 3), ("付", 3), ("方", 3), ("白", 3), ("邹", 3),
    ("孟", 3), ("熊", 3), ("秦", 3), ("邱", 3), ("江", 3), ("尹", 3), ("薛", 2), ("闫", 2), ("段", 2),
    ("雷", 2), ("侯", 2), ("龙", 2), ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2), ("顾", 2), ("毛", 2),
    ("郝", 2), ("龚", 2), ("邵", 2), ("万", 2), ("钱", 2), ("严", 2), ("覃", 2), ("武", 2), ("戴", 2),
    ("莫", 2), ("孔", 2), ("向", 2), ("汤", 2), ("常", 1), ("温", 1), ("康", 1), ("施", 1), ("文", 1),
    ("牛", 1), ("樊", 1), ("葛", 1), ("邢", 1), ("安", 1), ("齐", 1), ("易", 1), ("乔", 1), ("伍", 1),
    ("庞", 1), ("颜", 1), ("倪", 1), ("庄", 1), ("聂", 1), ("章", 1), ("鲁", 1), ("岳", 1), ("翟", 1),
    ("殷", 1), ("詹", 1), ("申", 1), ("欧", 1), ("耿", 1), ("关", 1), ("兰", 1), ("焦", 1), ("俞", 1),
    ("左", 1), ("柳", 1), ("甘", 1), ("祝", 1), ("包", 1), ("宁", 1), ("尚", 1), ("符", 1), ("舒", 1),
    ("阮", 1), ("柯", 1), ("纪", 1), ("梅", 1), ("童", 1), ("凌", 1), ("毕", 1), ("单", 1), ("季", 1),
    ("裴", 1), ("霍", 1), ("涂", 1), ("成", 1), ("苗", 1), ("谷", 1), ("盛", 1), ("曲", 1), ("翁", 1),
)
_COMMON_S = tuple(s for s, _ in _COMMON)
_COMMON_W = tuple(w for _, w in _COMMON)
_RARE = (
    "禤", "亓", "仝", "隗", "逄", "酆", "訾", "缑", "佘", "冼", "亢", "笪", "郜", "芮", "靳", "邝",
    "揭", "晏", "阚", "仇", "查", "解", "区", "朴", "盖", "牟", "种", "乜", "谌", "璩", "蒯", "昝",
    "幸", "蹇", "钭", "栾", "茹", "厍", "巫", "敖", "滕", "相", "冀", "郦", "甄", "暴", "桑", "邴",
)
_COMPOUND = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "司徒", "夏侯", "令狐", "公孙", "尉迟",
    "端木", "澹台", "宇文", "长孙", "南宫", "申屠", "闻人", "轩辕", "呼延", "万俟", "钟离", "濮阳",
)
_G1 = (
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
    "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "峰", "亮", "彬", "琦", "晖", "锋",
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "洁", "琳", "萍", "红", "梅",
    "莉", "英", "凤", "珍", "翠", "琴", "慧", "颖", "倩", "璐", "瑶", "欣", "蕾", "薇", "蓉", "菊",
)
_GA = (
    "建", "国", "志", "海", "晓", "永", "文", "明", "金", "春", "秀", "桂", "玉", "丽", "淑", "美",
    "德", "家", "嘉", "子", "梓", "雨", "思", "欣", "佳", "一", "天", "俊", "宏", "振", "少", "立",
    "雪", "红", "小", "新", "世", "光", "庆", "兴", "学", "维", "朝", "亚", "凤", "翠", "慧", "宝",
)
_GB = (
    "华", "军", "国", "平", "明", "强", "伟", "林", "峰", "东", "成", "杰", "辉", "波", "刚", "勇",
    "英", "兰", "珍", "芳", "梅", "霞", "琴", "萍", "娟", "莲", "荣", "玲", "燕", "丽", "琳", "婷",
    "轩", "涵", "萱", "怡", "彤", "睿", "泽", "宇", "博", "然", "航", "瑶", "悦", "鸣", "远", "晨",
    "生", "才", "贵", "福", "祥", "发", "顺", "良", "山", "武", "义", "民", "忠", "友", "春", "云",
)
_GIVEN2 = (
    "秀英", "桂兰", "玉兰", "建国", "建军", "国强", "志强", "卫东", "红梅", "丽华", "淑珍", "海燕",
    "秀珍", "桂芳", "建华", "志明", "俊杰", "子涵", "梓轩", "雨桐", "欣怡", "浩然", "一鸣", "思远",
    "春花", "金凤", "秋菊", "冬梅", "爱民", "援朝", "跃进", "解放", "向东", "立新", "小平", "二妞",
    "三娃", "满仓", "招娣", "来福", "铁柱", "长生", "根生", "水生", "桂香", "翠花", "雅琴", "晓燕",
)
_WORDNAMES = (
    "高峰", "方圆", "白雪", "田野", "江河", "林立", "夏天", "常青", "马力", "高明", "张扬", "金星",
    "于洋", "向阳", "江山", "石磊", "安宁", "秦川", "白云", "丁香", "万里", "雷雨", "康乐", "童心",
    "钱程", "甘甜", "温暖", "车辉", "牛犇", "齐心", "时光", "梅花", "柳絮", "钟声", "程功", "金秋",
    "韩冬", "江涛", "熊伟", "任重", "乐天", "卫星", "谷雨", "夏雨", "宁静", "华夏",
)


def _han_parts(rng: random.Random) -> tuple[str, str]:
    r = rng.random()
    if r < 0.05:
        w = rng.choice(_WORDNAMES)
        return w[0], w[1:]
    r = rng.random()
    if r < 0.04:
        sur = rng.choice(_COMPOUND)
    elif r < 0.10:
        sur = rng.choice(_RARE)
    else:
        sur = rng.choices(_COMMON_S, weights=_COMMON_W)[0]
    r = rng.random()
    if r < 0.30:
        given = rng.choice(_G1)
    elif r < 0.45:
        given = rng.choice(_GIVEN2)
    else:
        given = rng.choice(_GA) + rng.choice(_GB)
        if given[0] == given[1] and rng.random() < 0.5:
            given = rng.choice(_GA) + rng.choice(_GB)
    return sur, given


# Pinyin / romanised names for the English export.  Tuples: (mandarin, wade-giles/taiwan,
# cantonese).  Compound surnames carry their hyphenated forms.
_PY_SUR = (
    ("Zhang", "Chang", "Cheung"), ("Wang", "Wang", "Wong"), ("Li", "Li", "Lee"),
    ("Liu", "Liu", "Lau"), ("Chen", "Chen", "Chan"), ("Yang", "Yang", "Yeung"),
    ("Huang", "Huang", "Wong"), ("Zhao", "Chao", "Chiu"), ("Wu", "Wu", "Ng"),
    ("Zhou", "Chou", "Chow"), ("Xu", "Hsu", "Hui"), ("Sun", "Sun", "Suen"),
    ("Zhu", "Chu", "Chu"), ("Hu", "Hu", "Wu"), ("Guo", "Kuo", "Kwok"), ("He", "Ho", "Ho"),
    ("Lin", "Lin", "Lam"), ("Luo", "Lo", "Law"), ("Zheng", "Cheng", "Cheng"),
    ("Liang", "Liang", "Leung"), ("Xie", "Hsieh", "Tse"), ("Tang", "Tang", "Tong"),
    ("Deng", "Teng", "Tang"), ("Cai", "Tsai", "Choi"), ("Ye", "Yeh", "Yip"), ("Feng", "Feng", "Fung"),
    ("Jiang", "Chiang", "Cheung"), ("Zeng", "Tseng", "Tsang"), ("Cao", "Tsao", "Tso"),
    ("Peng", "Peng", "Pang"), ("Xiao", "Hsiao", "Siu"), ("Qiu", "Chiu", "Yau"),
    ("Ouyang", "Ou-yang", "Au-Yeung"), ("Situ", "Szu-tu", "Szeto"), ("Shangguan", "Shang-kuan",
                                                                       "Sheung-kwun"),
    ("Gao", "Kao", "Ko"), ("Ma", "Ma", "Ma"), ("Song", "Sung", "Sung"), ("Han", "Han", "Hon"),
    ("Du", "Tu", "To"), ("Fang", "Fang", "Fong"), ("Mo", "Mo", "Mok"), ("Yu", "Yu", "Yue"),
)
_PY_GIVEN1 = (
    "Wei", "Fang", "Na", "Min", "Jing", "Qiang", "Lei", "Jun", "Yong", "Yan", "Jie", "Juan", "Tao",
    "Ming", "Chao", "Hui", "Hua", "Xin", "Hao", "Kai", "Jian", "Ping", "Hong", "Xia", "Ling",
    "Ting", "Yun", "Lan", "Mei", "Bin", "Peng", "Rui", "Shuang", "Dan", "Qian", "Xue", "Zhen",
)
_PY_SYL = (
    "xiao", "jian", "guo", "zhi", "hai", "yong", "wen", "jin", "chun", "xiu", "gui", "yu", "shu",
    "de", "jia", "zi", "si", "xin", "tian", "jun", "hong", "zhen", "li", "xue", "ya", "bao", "rui",
)
_PY_SYL2 = (
    "ming", "hua", "jun", "ping", "qiang", "wei", "lin", "feng", "dong", "cheng", "jie", "hui",
    "bo", "gang", "ying", "lan", "zhen", "fang", "mei", "xia", "qin", "juan", "lian", "rong",
    "ling", "yan", "ting", "xuan", "han", "yi", "tong", "rui", "ze", "hang", "yao", "yue", "yuan",
)
_WG_GIVEN = (
    "Chih-hao", "Yi-ting", "Chia-hui", "Shu-fen", "Kuo-wei", "Chun-hung", "Mei-ling", "Wen-hsiung",
    "Ya-wen", "Tsung-han", "Hsin-yi", "Chien-hung", "Pei-shan", "Yu-hsuan", "Cheng-en", "Shih-chieh",
)
_CANTO_GIVEN = (
    "Tai-man", "Ka-fai", "Siu-ming", "Wing-yan", "Kwok-keung", "Chi-wai", "Ka-yan", "Ho-yin",
    "Wai-kit", "Suk-yee", "Man-kit", "Yuk-lan", "Chun-kit", "Hoi-ling", "Kin-wah", "Sze-wing",
)
_EN_GIVEN = (
    "Kevin", "Vivian", "Jason", "Cindy", "Tony", "Alice", "Eric", "Grace", "Peter", "Winnie",
    "Jacky", "Ivy", "Daniel", "Fiona", "Sunny", "Coco", "Michael", "Helen", "Alan", "Joyce",
    "Raymond", "Sharon", "Derek", "Angel", "Louis", "Queenie", "Dennis", "Shirley",
)

# ---------------------------------------------------------------------------------------------
# Minority names (written forms; separators chosen per row)
# ---------------------------------------------------------------------------------------------

_UY_GIVEN = (
    "买买提", "艾力", "阿不都热合曼", "吐尔逊", "艾尼瓦尔", "依明", "热合曼", "努尔买买提", "阿布力孜",
    "玉素甫", "吾斯曼", "麦麦提敏", "阿卜杜拉", "卡德尔", "肉孜", "亚森", "图尔荪", "艾克拜尔",
)
_UY_FEM = (
    "古丽努尔", "热依拉", "阿依努尔", "帕提古丽", "米日古丽", "努尔尼沙", "布合力其", "阿依先木",
    "再努尔", "祖丽皮亚", "茹仙古丽", "哈力旦", "阿米娜", "迪丽努尔",
)
_KZ = (
    "叶尔兰", "努尔兰", "别克", "沙依拉汗", "哈孜", "达吾列提", "加尔肯", "阿依古丽", "古丽巴哈尔",
    "叶尔江", "赛力克", "江布尔", "热依汗", "阿曼泰", "库兰", "吐尔洪",
)
_YI_CLAN = ("吉克", "沙马", "曲比", "阿牛", "海来", "马海", "俄底", "吉伍", "阿苏", "勒格", "的日", "瓦其")
_YI_GIVEN = ("阿依", "木呷", "拉且", "阿果", "日哈", "尔古", "么体", "石古", "伍各", "阿呷", "拉哈", "史日")
_MN = (
    "巴特尔", "其木格", "斯琴高娃", "额尔敦", "宝音", "那仁格日勒", "苏和", "朝鲁", "乌云",
    "图雅", "敖登", "毕力格", "娜仁花", "哈斯", "满都拉", "阿拉坦仓", "格日乐图", "萨仁",
)
_MN_SUR = ("包", "白", "鲍", "韩", "吴", "陈")
_HUI_SUR = ("马", "杨", "丁", "哈", "纳", "沙", "锁", "撒", "穆", "海", "马", "马")
_KOR_SUR = ("金", "朴", "李", "崔", "郑", "全", "玄", "南", "许", "姜", "申", "池")
_KOR_GIVEN = ("哲洙", "英淑", "顺姬", "成浩", "美兰", "永哲", "英花", "东旭", "贞子", "明植",
              "春玉", "光日", "贤珠", "在元", "英爱", "昌浩", "松林", "吉子")
_ZH_SUR = ("韦", "覃", "莫", "蓝", "黄", "陆", "农", "蒙", "岑", "卢", "梁", "潘")
_MIAO_SUR = ("龙", "杨", "吴", "石", "麻", "田", "滕", "龙", "吴", "杨")
_MANCHU = ("爱新觉罗", "叶赫那拉", "瓜尔佳", "钮祜禄", "富察")
_MANCHU_SUR = ("佟", "关", "那", "富", "索", "赫", "钮", "傅", "图", "常")
_SEPS = ("·", "·", "·", "•", "・", "．", "-", ".")


def _sep(rng: random.Random) -> str:
    return rng.choice(_SEPS)


def _minority_name(rng: random.Random, group: str) -> str:
    g = group
    if g == "uyghur":
        first = rng.choice(_UY_FEM if rng.random() < 0.45 else _UY_GIVEN)
        return first + _sep(rng) + rng.choice(_UY_GIVEN)
    if g == "kazakh":
        return rng.choice(_KZ) + _sep(rng) + rng.choice(_KZ)
    if g == "yi":
        return rng.choice(_YI_CLAN) + rng.choice(_YI_GIVEN)
    if g == "mongol":
        n = rng.choice(_MN)
        if rng.random() < 0.3:
            n = rng.choice(_MN_SUR) + n
        return n
    if g == "hui":
        return rng.choice(_HUI_SUR) + (rng.choice(_G1) if rng.random() < 0.4 else
                                       rng.choice(_GA) + rng.choice(_GB))
    if g == "korean":
        return rng.choice(_KOR_SUR) + rng.choice(_KOR_GIVEN)
    if g == "zhuang":
        return rng.choice(_ZH_SUR) + (rng.choice(_G1) if rng.random() < 0.35 else
                                      rng.choice(_GA) + rng.choice(_GB))
    if g == "miao":
        return rng.choice(_MIAO_SUR) + (rng.choice(_GIVEN2) if rng.random() < 0.4 else
                                        rng.choice(_GA) + rng.choice(_GB))
    # manchu
    if rng.random() < 0.4:
        return rng.choice(_MANCHU) + _sep(rng) + rng.choice(_GA) + rng.choice(_GB)
    return rng.choice(_MANCHU_SUR) + rng.choice(_GA) + rng.choice(_GB)


_GROUPS = ("uyghur", "kazakh", "tibetan", "yi", "mongol", "hui", "korean", "zhuang", "miao",
           "dai", "manchu")
_GROUP_CN = {
    "uyghur": "维吾尔族", "kazakh": "哈萨克族", "tibetan": "藏族", "yi": "彝族", "mongol": "蒙古族",
    "hui": "回族", "korean": "朝鲜族", "zhuang": "壮族", "miao": "苗族", "dai": "傣族",
    "manchu": "满族",
}

_TIB_SYL = (
    "扎西", "次仁", "卓玛", "格桑", "旺堆", "央金", "拉姆", "尼玛", "达瓦", "卓嘎", "德吉", "央宗",
    "洛桑", "丹增", "普布", "白玛", "旦增", "曲珍", "索朗", "多吉", "仁青", "措姆", "巴桑", "次旦",
    "才让", "东知", "贡保", "平措", "顿珠", "益西", "强巴", "群培", "桑珠", "加措", "央拉", "边珍",
)
_DAI_SYL = (
    "温", "罕", "应", "扁", "香", "拉", "庄", "坎", "喃", "叫", "康", "帕", "波", "章", "燕", "光",
    "丙", "甩", "依", "旺", "尖", "保", "腊", "布", "南", "当", "板", "三", "约", "胆",
)


def _minority_name2(rng: random.Random, group: str) -> str:
    """Like _minority_name, with syllable-built Tibetan and Dai names for a larger space."""
    if group == "tibetan":
        a, b = rng.sample(_TIB_SYL, 2)
        return a + b
    if group == "dai":
        return rng.choice(("岩", "玉")) + rng.choice(_DAI_SYL) + rng.choice(_DAI_SYL)
    return _minority_name(rng, group)


# ---------------------------------------------------------------------------------------------
# Identifiers: fake but well-formed (GB 11643 check character), or masked as offices mask them
# ---------------------------------------------------------------------------------------------

_AREA = (
    "410523", "411324", "362426", "513423", "430524", "522627", "370882", "341221", "532823",
    "150423", "652901", "542621", "622927", "222401", "450981", "433125", "620123", "130528",
    "321323", "440883", "653101", "513431", "532801", "222405", "152502", "640324",
)
_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _idno(rng: random.Random, masked: bool | None = None) -> str:
    y = rng.randint(1938, 2012)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    body = f"{rng.choice(_AREA)}{y:04d}{m:02d}{d:02d}{rng.randint(0, 999):03d}"
    full = body + "10X98765432"[sum(int(ch) * w for ch, w in zip(body, _W)) % 11]
    if masked is None:
        masked = rng.random() < 0.7
    if not masked:
        return full
    k = rng.randrange(4)
    if k == 0:
        return full[:6] + "********" + full[-4:]
    if k == 1:
        return full[:3] + "*" * 11 + full[-4:]
    if k == 2:
        return full[:10] + "****" + full[-4:]
    return full[:6] + "×" * 8 + full[-4:]


_MOBILE = ("130", "131", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
           "157", "158", "159", "166", "173", "176", "177", "180", "181", "183", "185", "186",
           "187", "188", "189", "191", "198", "199")


def _phone(rng: random.Random) -> str:
    p = rng.choice(_MOBILE)
    a, b = rng.randint(0, 9999), rng.randint(0, 9999)
    k = rng.randrange(5)
    if k == 0:
        return f"{p}{a:04d}{b:04d}"
    if k == 1:
        return f"{p}****{b:04d}"
    if k == 2:
        return f"{p}-{a:04d}-{b:04d}"
    if k == 3:
        return f"{p} {a:04d} {b:04d}"
    return f"{p}{a:04d}****"


_ACODE = ("0371", "0391", "0797", "0834", "0745", "0854", "0535", "0558", "0877", "0476", "0998",
          "0891", "0930", "0433", "0775", "0743", "0931", "0319", "0527", "0750", "0953")


def _tel(rng: random.Random) -> str:
    return f"{rng.choice(_ACODE)}-{rng.randint(2, 8)}{rng.randint(0, 9999999):07d}"


def _date(rng: random.Random, year: int | None = None) -> str:
    y = year or rng.choice((2024, 2025, 2026))
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    k = rng.randrange(6)
    if k == 0:
        return f"{y}.{m}.{d}"
    if k == 1:
        return f"{y}年{m}月{d}日"
    if k == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 3:
        return f"{m}月{d}日"
    if k == 4:
        return f"{y % 100}/{m}/{d}"
    return f"{y}{m:02d}{d:02d}"


def _hm(rng: random.Random) -> str:
    return f"{rng.randint(0, 23)}:{rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50)):02d}"


def _money(rng: random.Random, lo: int, hi: int, step: int = 10) -> str:
    v = rng.randrange(lo, hi, step)
    k = rng.randrange(4)
    if k == 0:
        return f"{v}元"
    if k == 1:
        return f"{v}.00元"
    if k == 2:
        return f"￥{v}"
    return f"{v}"


# ---------------------------------------------------------------------------------------------
# Look-alike pools
# ---------------------------------------------------------------------------------------------

_ROADS = (
    "中山路", "中山北路", "解放路", "人民路", "建设大道", "文化路", "黄河路", "淮海路", "长江路",
    "逸仙路", "黄兴路", "张自忠路", "佟麟阁路", "赵登禹路", "左权路", "蔡锷路", "鲁班路", "徐霞客大道",
    "林森路", "邓世昌路", "秋瑾路", "韩愈路", "朱子路", "郑成功大道", "杨靖宇大街", "李春路",
)
_PUBLIC_WORKS = (
    "鲁迅公园", "中山公园", "孙中山纪念馆", "张謇纪念馆", "左权县", "志丹县", "靖宇县", "尚志市",
    "岳飞庙", "包公祠", "杜甫草堂", "李白故居", "海瑞墓", "林则徐纪念馆", "雷锋纪念馆", "焦裕禄干部学院",
    "宋庆龄故居", "徐光启纪念馆", "郭守敬纪念馆", "曹雪芹纪念馆", "沈从文故居", "老舍茶馆", "黄继光纪念馆",
    "邓世昌纪念馆", "张衡博物馆", "王羲之故居", "范仲淹纪念馆", "蒲松龄故居",
)
_VILLAGES = (
    "王家庄村", "李家湾村", "张楼村", "刘集村", "陈庄村", "赵坡村", "周家河村", "何家坝", "马营村",
    "孙庄", "朱家洼", "胡家营村", "郭店村", "高庄村", "宋湾村", "唐庄", "冯岗村", "邓湾", "曹集",
    "石桥村", "杨柳青镇", "张店镇", "潘家峪", "韩村", "蒋家沟", "谢家集", "吕庄", "姚寨村",
)
_CITIES = (
    "张家港", "张家口", "周口", "高邮", "石家庄", "马鞍山", "许昌", "常州", "温州", "金华", "贺州",
    "丁蜀镇", "邹城", "汤阴", "林州", "武安", "韩城", "任丘", "安阳", "郑州", "苏州", "杭州",
)
_RESERVOIRS = (
    "刘家峡水库", "陆浑水库", "薄山水库", "岳城水库", "白龟山水库", "丹江口水库", "新安江水库",
    "柴河水库", "汤河水库", "于桥水库", "潘家口水库", "黄壁庄水库", "王快水库", "官厅水库",
    "石门水库", "宿鸭湖水库", "鸭河口水库", "南湾水库", "宋家口水库", "龙羊峡水库", "岗南水库",
)
_SCHOOLS = (
    "育才小学", "实验中学", "鲁迅中学", "中山小学", "行知小学", "雷锋小学", "王庄小学", "李寨中心校",
    "梁园中学", "陶行知实验学校", "郭沫若中学", "张衡中学",
)
_SHOPS = (
    "杨国福麻辣烫", "张亮麻辣烫", "周黑鸭", "老王烧烤", "刘一手火锅", "谭鸭血", "陈记肠粉",
    "李先生牛肉面", "沈大成", "马记拉面", "胡记包子铺", "黄焖鸡米饭", "冯记馄饨", "王婆大虾",
    "老李家羊汤", "钱大妈", "胖东来", "许留山", "蔡林记", "徐福记", "孙二娘饺子馆", "曹氏鸭脖",
)
_BRANDS = (
    "高德地图", "苏宁易购", "韩都衣舍", "万达广场", "龙湖天街", "金山WPS", "江小白", "方太", "马应龙",
    "王老吉", "周大福", "周生生", "谢瑞麟", "李宁", "安踏", "白象", "康师傅", "钟薛高", "姚记扑克",
    "陈李济", "胡庆余堂", "雷允上", "同仁堂", "华为", "贝壳找房", "曹操出行", "花小猪打车", "罗森",
    "唐久便利", "申通快递", "汤臣倍健", "蒙牛", "伊利", "金龙鱼", "鲁花", "杜康", "张小泉", "王守义十三香",
    "老干妈", "邓老凉茶", "黄鹤楼", "万家乐", "华帝", "林内", "史密斯热水器", "东方日升", "金地",
)
_DISEASES = (
    "帕金森病", "阿尔茨海默病", "唐氏综合征", "川崎病", "格林-巴利综合征", "克罗恩病", "桥本甲状腺炎",
    "霍奇金淋巴瘤", "马凡综合征", "布鲁氏菌病", "亨廷顿舞蹈病", "白塞病", "雷诺综合征", "库欣综合征",
)
_DISHES = (
    "东坡肉", "宫保鸡丁", "麻婆豆腐", "左宗棠鸡", "宋嫂鱼羹", "李鸿章杂烩", "叫花鸡", "过桥米线",
    "太白鸭", "霸王别姬", "文思豆腐", "贵妃鸡翅", "夫妻肺片",
)
_FESTIVALS = ("端午节", "中秋节", "重阳节", "元宵节", "清明节", "七夕", "腊八", "小年", "国庆节")
_FIGURES = (
    "学习雷锋", "孔子学院", "愚公移山", "孟母三迁", "包公断案", "孙悟空", "林黛玉", "武松打虎",
    "花木兰", "鲁班奖", "华佗再世", "诸葛亮", "岳飞精忠报国", "关公像", "白骨精", "猪八戒",
    "诸葛亮草船借箭", "曹冲称象", "司马光砸缸", "孔融让梨",
)
_WORDS = (
    "王牌", "高速", "张贴", "李子", "周末", "黄金", "方便", "马上", "白天", "林业", "金额", "钱包",
    "常规", "胡同", "石头", "江边", "程序", "严重", "许可", "于是", "温度", "曾经", "毛巾", "余额",
    "龙头", "包括", "安全", "时间", "单位", "任务", "范围", "方案", "谢谢", "郑重", "杜绝", "夏季",
    "钟点工", "田间", "熊猫", "秦腔", "叶片", "文件", "管道", "路面", "严格", "施工", "陶瓷", "牛奶",
    "成功", "全部", "花费", "柏油路", "车辆", "甘蔗", "高压", "黄色预警", "蓝色预警", "洪峰", "雷雨",
    "邵阳", "宁可", "冯妇", "简单", "左右", "齐全", "贺卡", "卫生", "燕麦", "关于", "向来", "孔隙",
)
_MASK_SUFFIX = ("某", "某某", "**", "*", "××", "×", "XX", "○○", "先生", "女士", "师傅", "某甲", "某乙")


def _masked(rng: random.Random) -> str:
    s = rng.choices(_COMMON_S[:40], weights=_COMMON_W[:40])[0]
    k = rng.random()
    if k < 0.08:
        return s + "*" + rng.choice(_G1)
    return s + rng.choice(_MASK_SUFFIX)


_LA_POOLS = (_ROADS, _PUBLIC_WORKS, _VILLAGES, _CITIES, _RESERVOIRS, _SCHOOLS, _SHOPS, _BRANDS,
             _DISEASES, _DISHES, _FESTIVALS, _FIGURES, _WORDS)

# ---------------------------------------------------------------------------------------------
# Registry (names unique across the set) and cell builder
# ---------------------------------------------------------------------------------------------


class _Registry:
    """Planted names and official names already used; the texts of committed cells."""

    def __init__(self) -> None:
        self.keys: set = set()
        self.surfaces: set[str] = set()
        self.lens: set[int] = set()
        self.banned = "\n".join(s for pool in _LA_POOLS + _EN_POOLS for s in pool)
        self.big = ""
        self.tail: list[str] = []

    def in_corpus(self, s: str) -> bool:
        return s in self.big or any(s in t for t in self.tail)

    def name_ok(self, surface: str, key) -> bool:
        if key in self.keys or surface in self.surfaces or surface in self.banned:
            return False
        n = len(surface)
        for i in range(n):
            for j in range(i + 2, n + 1):
                if j - i in self.lens and surface[i:j] in self.surfaces:
                    return False
        return not self.in_corpus(surface)

    def text_ok(self, text: str) -> bool:
        n = len(text)
        for ln in self.lens:
            for i in range(n - ln + 1):
                if text[i:i + ln] in self.surfaces:
                    return False
        return True

    def commit(self, text: str, surfaces: list[str], keys: list) -> None:
        for s in surfaces:
            self.surfaces.add(s)
            self.lens.add(len(s))
        self.keys.update(keys)
        self.tail.append(text)
        if len(self.tail) >= 64:
            self.big = self.big + "\x00" + "\x00".join(self.tail)
            self.tail = []


class _Cell:
    def __init__(self, rng: random.Random, reg: _Registry) -> None:
        self.rng = rng
        self.reg = reg
        self.names: list[str] = []
        self.las: list[str] = []
        self.surfaces: list[str] = []   # names and officials, for the registry
        self.keys: list = []

    # -- punctuation as clerks mix it
    def co(self) -> str:
        return self.rng.choice(("：", "：", ":", "："))

    def cm(self) -> str:
        return self.rng.choice(("，", "，", "，", ",", "，"))

    def sc(self) -> str:
        return self.rng.choice(("；", "；", ";", "。", "，"))

    def br(self) -> str:
        return self.rng.choice(("\n", "\n", "；", " ", "。"))

    # -- names
    def _fits(self, surface: str, key) -> bool:
        if key in self.keys:
            return False
        for s in self.surfaces:
            if surface in s or s in surface:
                return False
        for s in self.las:
            if surface in s:
                return False
        return self.reg.name_ok(surface, key)

    def _take(self, surface: str, key, official: bool) -> str:
        self.surfaces.append(surface)
        self.keys.append(key)
        if official:
            self.las.append(surface)
        else:
            self.names.append(surface)
        return surface

    def han(self, pad: bool = False, official: bool = False) -> str:
        """A Han name; with pad, two-character names are sometimes padded as rosters align them."""
        rng = self.rng
        for _ in range(400):
            sur, given = _han_parts(rng)
            plain = sur + given
            surface = plain
            if pad and len(plain) == 2 and rng.random() < 0.35:
                surface = plain[0] + rng.choice(("　", "  ", " ")) + plain[1]
            key = ("han", plain)
            if self._fits(surface, key):
                return self._take(surface, key, official)
        raise RuntimeError("name space exhausted")

    def minority(self, group: str) -> str:
        rng = self.rng
        for _ in range(400):
            surface = _minority_name2(rng, group)
            key = ("min", surface.replace("·", "").replace("•", "").replace("・", "")
                   .replace("．", "").replace("-", "").replace(".", ""))
            if self._fits(surface, key):
                return self._take(surface, key, False)
        raise RuntimeError("minority name space exhausted")

    def roman(self, style: str | None = None) -> str:
        """A romanised name in one of the export's surface forms."""
        rng = self.rng
        for _ in range(400):
            surface, key = _roman(rng, style)
            if self._fits(surface, key):
                return self._take(surface, key, False)
        raise RuntimeError("roman name space exhausted")

    # -- look-alikes
    def la(self, s: str) -> str:
        if s not in self.las:
            self.las.append(s)
        return s

    def pick(self, pool) -> str:
        return self.la(self.rng.choice(pool))

    def mask(self) -> str:
        return self.la(_masked(self.rng))


def _roman(rng: random.Random, style: str | None):
    style = style or rng.choice(("py", "py", "py", "py_rev", "upper", "upper", "initial",
                                 "lower", "lower", "wg", "canto", "canto", "eng", "eng_paren",
                                 "hyphen"))
    sm, swg, sca = rng.choice(_PY_SUR)
    if style in ("wg",):
        given = rng.choice(_WG_GIVEN)
        key = ("wg", swg, given.lower())
        forms = (f"{swg} {given}", f"{swg.upper()} {given}", f"{given} {swg}")
        return rng.choice(forms), key
    if style == "canto":
        given = rng.choice(_CANTO_GIVEN)
        key = ("ca", sca, given.lower())
        forms = (f"{sca} {given}", f"{sca.upper()} {given}", f"{sca} {given.replace('-', ' ').title()}",
                 f"{given.replace('-', ' ').title()} {sca}")
        return rng.choice(forms), key
    if rng.random() < 0.4:
        g = rng.choice(_PY_GIVEN1)
        g_join = g_hyph = g_sp = g
    else:
        a, b = rng.choice(_PY_SYL), rng.choice(_PY_SYL2)
        g_join = (a + b).capitalize()
        g_hyph = a.capitalize() + "-" + b
        g_sp = a.capitalize() + " " + b.capitalize()
    key = ("py", sm, g_join.lower())
    if style == "py":
        return f"{sm} {rng.choice((g_join, g_join, g_sp))}", key
    if style == "hyphen":
        return f"{sm} {g_hyph}", key
    if style == "py_rev":
        return f"{g_join} {sm}", key
    if style == "upper":
        return f"{sm.upper()} {rng.choice((g_join, g_sp))}", key
    if style == "comma":
        return f"{sm}, {g_join}", key
    if style == "initial":
        if " " in g_sp:
            ini = g_sp[0] + "." + g_sp.split(" ")[1][0] + "."
        else:
            ini = g_join[0] + "."
        return f"{ini} {sm}", key
    if style == "lower":
        return f"{sm.lower()} {g_join.lower()}", key
    eng = rng.choice(_EN_GIVEN)
    key = ("en", sm, g_join.lower(), eng)
    if style == "eng":
        return rng.choice((f"{eng} {sm}", f"{eng} {sm.upper()}", f"{eng} {sca}")), key
    return f"{sm} {g_join} ({eng})", key


def _valid(text: str, names: list[str], las: list[str]) -> bool:
    spans = []
    for n in names:
        if not n or text.count(n) != 1:
            return False
        i = text.find(n)
        spans.append((i, i + len(n)))
    for s in las:
        if not s or s not in text or s in names:
            return False
        start = 0
        while True:
            i = text.find(s, start)
            if i < 0:
                break
            j = i + len(s)
            for a, b in spans:
                if i < b and a < j:
                    return False
            start = i + 1
    return True

# ---------------------------------------------------------------------------------------------
# Sentences dense with look-alikes (used alone in lookalike_only, as a tail elsewhere)
# ---------------------------------------------------------------------------------------------


def _fig(c: _Cell) -> str:
    r = c.rng
    k = r.randrange(15)
    if k == 0:
        return f"村里开展{c.la('学习雷锋')}志愿服务，帮着搬东西"
    if k == 1:
        return f"孩子去{c.la('孔子学院')}交流的事已经报名"
    if k == 2:
        return f"用老支书的话说要有{c.la('愚公移山')}的劲头"
    if k == 3:
        return f"家长说学{c.la('孟母三迁')}，打算搬去学区房"
    if k == 4:
        return f"屋里电视正放{c.la('包公断案')}，声音很大没听见敲门"
    if k == 5:
        return f"小孩穿着{c.la('孙悟空')}的衣服在楼道玩"
    if k == 6:
        return f"本人笑称自己是{c.la('林黛玉')}，三天两头吃药"
    if k == 7:
        return f"堂屋贴着{c.la('武松打虎')}的年画"
    if k == 8:
        return f"社区{c.la('花木兰')}巾帼志愿队上门帮忙"
    if k == 9:
        return f"该楼盘曾获{c.la('鲁班奖')}"
    if k == 10:
        return f"家属送了一面“{c.la('华佗再世')}”的锦旗"
    if k == 11:
        return f"大家都叫他“小{c.la('诸葛亮')}”"
    if k == 12:
        return f"工作人员用{c.la('曹冲称象')}的办法估了重量"
    if k == 13:
        return f"学校在排{c.la('司马光砸缸')}的课本剧"
    return f"老师讲了{c.la('孔融让梨')}的故事"


def _frag(c: _Cell) -> str:
    r = c.rng
    k = r.randrange(16)
    if k == 0:
        return f"{c.pick(_FESTIVALS)}值班安排已{c.la('张贴')}在{c.pick(_VILLAGES)}公开栏"
    if k == 1:
        return f"导航用{c.la('高德地图')}搜“{c.pick(_ROADS)}”就到"
    if k == 2:
        return f"对面是{c.pick(_SHOPS)}，隔壁{c.pick(_BRANDS)}专卖"
    if k == 3:
        return f"群众反映{c.mask()}在{c.pick(_ROADS)}占道经营"
    if k == 4:
        return f"家中老人患{c.pick(_DISEASES)}多年，行动不便"
    if k == 5:
        return f"午饭是{c.pick(_SHOPS)}送的盒饭，有{c.pick(_DISHES)}"
    if k == 6:
        return f"{c.la('周末')}{c.pick(_PUBLIC_WORKS)}附近{c.la('施工')}，{c.la('路面')}封闭"
    if k == 7:
        return f"孩子在{c.pick(_SCHOOLS)}念书，{c.la('马上')}放假"
    if k == 8:
        return f"电话里说要去{c.pick(_CITIES)}复查，{c.la('时间')}未定"
    if k == 9:
        return f"同楼{c.mask()}表示不清楚"
    if k == 10:
        return f"在{c.la('苏宁易购')}买的{c.pick(('方太', '华帝', '万家乐', '林内'))}，发票在"
    if k == 11:
        return _fig(c)
    if k == 12:
        return f"{c.la('黄金')}周{c.pick(_PUBLIC_WORKS)}人多，{c.la('高速')}口拥堵"
    if k == 13:
        return f"{c.pick(_DISEASES)}患者，{c.la('余额')}不足时先垫付"
    if k == 14:
        return f"{c.la('钱包')}里只有{c.pick(_BRANDS)}的小票"
    return f"按{c.la('常规')}做法，{c.la('郑重')}提醒{c.la('安全')}用电"


def _tail(c: _Cell, p: float = 0.35) -> str:
    if c.rng.random() < p:
        return c.sc() + _frag(c)
    return ""


# ---------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------

_KIN = ("其妻", "其夫", "长子", "次子", "长女", "次女", "儿媳", "女婿", "孙子", "孙女", "外孙",
        "其母", "其父", "侄子", "弟弟", "姐姐")


def _resettle(c: _Cell) -> str:
    r = c.rng
    res = lambda: c.pick(_RESERVOIRS)  # noqa: E731
    y = r.choice((2024, 2025, 2026))
    k = r.randrange(7)
    if k == 0:
        a = c.han()
        n0 = r.randint(3, 7)
        j = r.randrange(3)
        if j == 0:
            change = f"其母{c.han()}于{_date(r)}病故，核减1人"
        elif j == 1:
            change = f"孙女{c.han()}{y - 1}年出生，核增1人"
        else:
            change = f"次女{c.han()}婚嫁至{c.pick(_CITIES)}，户口已迁出，核减"
        return f"{a}户{c.cm()}{res()}原迁{n0}人{c.cm()}{y}年核定{n0 - 1}人{c.sc()}{change}"
    if k == 1:
        a = c.han()
        return (f"{a}（身份证{_idno(r)}）系{res()}库区移民{c.cm()}{y}年后扶直补每人每年600元"
                f"{c.cm()}本年度补发{_money(r, 600, 3600, 600)}打入一卡通{c.cm()}"
                f"户名{c.han()}（{r.choice(_KIN)}）" + _tail(c))
    if k == 2:
        a = c.han()
        kin = r.choice(_KIN)
        return (f"核查组入户{c.co()}户主{a}常年在{c.pick(_CITIES)}务工{c.cm()}由{kin}{c.han()}"
                f"代为签字确认{c.sc()}家庭成员还有{c.han()}、{c.han(pad=True)}")
    if k == 3:
        lines = [
            f"1.{c.han()}{c.co()}户籍迁出至{c.pick(_CITIES)}，停发",
            f"2.{c.han(pad=True)}{c.co()}新增，出生证明已补",
        ]
        if r.random() < 0.5:
            lines.append(f"3.{c.han()}{c.co()}{c.pick(_VILLAGES)}、{c.pick(_VILLAGES)}两处重复登记，删一条")
        return "\n".join(lines)
    if k == 4:
        return (f"{c.han()}反映{y - 7}年核定时漏报{c.sc()}经村委会出证明、邻居{c.han()}作证"
                f"{c.cm()}予以补录{c.cm()}从{y}年起发放" + _tail(c))
    if k == 5:
        a = c.han()
        return (f"{res()}移民{a}，{r.randint(60, 88)}岁，{c.la('帕金森病') if r.random() < .5 else '脑梗'}"
                f"卧床，补助由其子{c.han()}（{_phone(r)}）代领")
    return (f"后扶人口变更：{c.pick(_VILLAGES)}{c.han()}户{c.cm()}因{c.pick(('修高速', '建水厂', '河道治理'))}"
            f"整户搬迁至{c.pick(_VILLAGES)}{c.cm()}身份不变{c.cm()}{c.la('许可')}手续已报县移民办")


_POSTS = ("保洁员", "护林员", "河道巡查员", "孝善敬老岗", "公路养护员", "防疫消杀员", "水管员")


def _pv_share(c: _Cell) -> str:
    r = c.rng
    q = r.randint(1, 4)
    k = r.randrange(7)
    if k == 0:
        ppl = [f"{c.han(pad=True)}（{r.choice(_POSTS)}）{_money(r, 300, 1500, 50)}"
               for _ in range(r.randint(2, 4))]
        return f"{r.choice((2025, 2026))}年第{q}季度光伏收益分配{c.co()}" + "、".join(ppl) + _tail(c, 0.5)
    if k == 1:
        return (f"监测户{c.han()}因{c.pick(_DISEASES)}住院{c.cm()}经村民代表会议同意从光伏收益中"
                f"列支临时救助{_money(r, 500, 3000, 100)}")
    if k == 2:
        brand = c.pick(("东方日升", "华为", "阳光电源", "隆基", "晶科", "天合光能", "金风科技"))
        return (f"村级电站逆变器（{brand}）{r.randint(2, 9)}月故障停机{c.cm()}电费由国网{c.pick(_CITIES)}"
                f"供电公司结算{c.cm()}本季收益减少{c.sc()}{c.han()}的公益岗工资顺延发放")
    if k == 3:
        a = c.han()
        return (f"农村改厕{c.co()}{a}户三格式化粪池{c.cm()}{_date(r)}验收合格{c.cm()}奖补"
                f"{_money(r, 600, 1500, 100)}{c.sc()}{c.han()}户因宅基地纠纷暂未改" + _tail(c))
    if k == 4:
        return (f"户厕回访：{c.han()}家便器堵塞{c.cm()}已联系{c.mask()}上门疏通{c.sc()}"
                f"{c.pick(_VILLAGES)}{c.han()}、{c.han()}两户改厕后一直没用{c.cm()}堆了柴草")
    if k == 5:
        a = c.han()
        return (f"{a}：公益岗（{r.choice(_POSTS)}）考勤{r.randint(8, 20)}天，不足22天按比例扣减；"
                f"本人{_phone(r)}，代领人为{r.choice(_KIN)}{c.han()}")
    return (f"受益户调整{c.co()}{c.han()}户{r.choice(('已稳定脱贫', '家庭成员有财政供养人员', '购车'))}"
            f"{c.cm()}退出{c.sc()}新纳入{c.han()}户（{c.pick(_DISEASES) if r.random() < .5 else '残疾'}）")


_EBRANDS = ("雅迪", "爱玛", "台铃", "新日", "绿源", "小牛", "立马", "金箭", "欧派", "哈啰", "小刀")
_PLATE_CITY = ("郑州", "洛阳", "南阳", "赣州", "泸州", "衡阳", "遵义", "烟台", "合肥", "昆明")


def _plate(r: random.Random) -> str:
    return f"{r.choice(_PLATE_CITY)}{r.choice('ABCDEF')}{r.randint(0, 99999):05d}"


def _ebike(c: _Cell) -> str:
    r = c.rng
    brand = lambda: c.pick(_EBRANDS)  # noqa: E731
    k = r.randrange(7)
    if k == 0:
        a = c.han()
        return (f"车主{a}{c.cm()}{brand()}{c.cm()}车架号{r.randint(10**9, 10**10 - 1)}{c.cm()}已核发号牌"
                f"{_plate(r)}{c.sc()}发票抬头为{c.han()}（{r.choice(('女婿', '儿子', '侄女', '同事'))}）已核实")
    if k == 1:
        return (f"以旧换新：旧车交回{c.pick(('老马电动车行', '雷记车行', '苏宁易购门店', '金箭专卖店', '周记车行'))}"
                f"{c.cm()}新购{brand()}{c.cm()}补贴{_money(r, 200, 600, 50)}打入{c.han()}本人社保卡")
    if k == 2:
        a = c.han()
        return (f"{a}代其父{c.han()}办理上牌{c.cm()}提供户口簿{c.cm()}"
                f"{c.la('马上')}补交购车发票原件" + _tail(c))
    if k == 3:
        return (f"非国标车过渡期到期{c.cm()}车主({c.han()}){c.co()}{_phone(r)}{c.cm()}已电话通知"
                f"{c.sc()}车在{c.pick(_ROADS)}{c.pick(_SHOPS)}门口")
    if k == 4:
        return (f"{_date(r)} {c.han()}来窗口说电池被换成铅酸的了{c.cm()}商家"
                f"{c.mask()}不认{c.cm()}已转市场监管所")
    if k == 5:
        ppl = "、".join(c.han() for _ in range(r.randint(2, 3)))
        return f"{ppl}三人同一天在{brand()}{c.pick(_CITIES)}店买车，补贴申请材料一样，疑似代办，已退回"
    return (f"号牌遗失补办{c.co()}原号{_plate(r)}{c.cm()}车主{c.han()}，"
            f"身份证{_idno(r)}{c.cm()}{c.la('于是')}作废原牌")


_DOGNAMES = ("旺财", "豆豆", "可乐", "小白", "黑子", "二哈", "球球", "毛毛", "贝贝", "乐乐", "牛牛",
             "花花", "金宝", "大黄", "福贵")
_BREEDS = ("泰迪", "柯基", "金毛", "中华田园犬", "比熊", "柴犬", "拉布拉多", "边牧", "博美", "萨摩耶")
_VAC = ("辽宁成大", "康华生物", "华兰生物", "长春卓谊", "成大生物")


def _dog(c: _Cell) -> str:
    r = c.rng
    k = r.randrange(7)
    if k == 0:
        return (f"犬主{c.han()}，犬名“{c.pick(_DOGNAMES)}”，{r.choice(_BREEDS)}{c.cm()}"
                f"犬牌号{r.choice('ABCDE')}{r.randint(0, 99999):05d}{c.cm()}免疫日期{_date(r)}")
    if k == 1:
        a = c.han()
        return (f"{a}{c.cm()}{r.randint(5, 80)}岁{c.cm()}{_date(r)}在{c.pick(_ROADS)}被散养犬咬伤左小腿"
                f"{c.cm()}Ⅲ级暴露{c.cm()}清创后接种人用狂犬病疫苗（{c.pick(_VAC)}）第1针"
                f"{c.sc()}犬主{c.han()}承担费用")
    if k == 2:
        return (f"伤者系{c.han()}之女{c.han()}{c.cm()}{r.randint(3, 12)}岁{c.cm()}"
                f"在{c.pick(_SCHOOLS)}门口被{c.pick(_DOGNAMES)}（{r.choice(_BREEDS)}）抓伤{c.cm()}Ⅱ级")
    if k == 3:
        return (f"年检{c.co()}{c.han(pad=True)}家的{r.choice(_BREEDS)}未按时免疫{c.cm()}"
                f"限期{_date(r)}前补种{c.sc()}{c.la('毛毛')}雨天不遛狗不算理由")
    if k == 4:
        return (f"邻里纠纷：{c.han()}投诉{r.choice(('', '邻居', '楼上'))}{c.han()}家狗夜里叫{c.cm()}"
                f"已调解{c.cm()}犬主同意晚上关{c.la('阳台')}门" + _tail(c))
    if k == 5:
        return (f"第3针未按时打{c.cm()}电话{_phone(r)}联系{c.han()}本人"
                f"{c.cm()}说去{c.pick(_CITIES)}出差了{c.cm()}已告知在当地疾控续种")
    return (f"犬只转让{c.co()}原犬主{c.han()}→新犬主{c.han()}{c.cm()}"
            f"{c.pick(_DOGNAMES)}芯片号{r.randint(10**14, 10**15 - 1)}")


_SITES = ("村委会", "中心敬老院", "镇文化站", "育才小学", "王庄小学", "乡卫生院", "粮站旧址")


def _flood(c: _Cell) -> str:
    r = c.rng
    k = r.randrange(7)
    def site() -> str:
        x = r.choice(_SITES)
        return c.la(x) if x in ("育才小学", "王庄小学") else x
    if k == 0:
        a = c.han()
        return (f"地灾隐患点转移{c.co()}{a}（{r.randint(66, 92)}岁，独居）、{c.han()}夫妇、"
                f"{c.han()}一家{r.randint(3, 6)}口{c.cm()}{_date(r)} {_hm(r)}转移至{site()}")
    if k == 1:
        a = c.han()
        return (f"{a}不愿转移{c.cm()}称房子是{r.randint(2010, 2022)}年新盖的{c.cm()}"
                f"经其子{c.han()}电话劝说后同意{c.sc()}{c.la('蓝色预警') if r.random() < .5 else c.la('黄色预警')}解除后返回")
    if k == 2:
        return (f"安置点物资：{c.pick(('康师傅', '白象', '今麦郎'))}方便面{r.randint(5, 40)}箱、"
                f"矿泉水{r.randint(10, 60)}箱{c.sc()}领取人{c.han()}（{site()}）")
    if k == 3:
        return (f"{c.pick(_RESERVOIRS)}泄洪{c.cm()}下游{c.pick(_VILLAGES)}转移{r.randint(20, 200)}人"
                f"{c.sc()}其中{c.han()}行动不便由{c.la('武警')}背出{c.sc()}{c.la('洪峰')}过境时间{_hm(r)}")
    if k == 4:
        return (f"{c.han()}、{c.han(pad=True)}、{c.han()}三户临河{c.cm()}"
                f"{c.la('雷雨')}大风天气提前转移{c.cm()}投亲靠友至{c.pick(_CITIES)}")
    if k == 5:
        return (f"补助发放：转移安置生活补助每人每天{r.choice((20, 30, 40))}元{c.cm()}"
                f"{c.han()}户{r.randint(2, 5)}人{c.cm()}{r.randint(2, 6)}天{c.sc()}账户户名{c.han()}")
    return (f"夜间巡查发现{c.han()}家后墙裂缝{c.cm()}已拍照{c.sc()}"
            f"{c.la('石头')}滚落堵了{c.pick(_ROADS)}，{c.la('高速')}封闭" + _tail(c))


_GASCO = ("华润燃气", "港华燃气", "新奥燃气", "昆仑燃气", "中国燃气")
_STOVE = ("方太", "老板", "华帝", "万和", "万家乐", "林内", "史密斯", "美的", "能率")
_COMMUNITY = ("碧桂园", "万科城", "恒大名都", "保利花园", "金地格林", "龙湖", "华润置地", "阳光城",
              "融创府", "钱江花苑")


def _room(r: random.Random) -> str:
    return f"{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(1, 33)}{r.randint(1, 4):02d}"


def _gas(c: _Cell) -> str:
    r = c.rng
    cm = lambda: c.pick(_COMMUNITY)  # noqa: E731
    k = r.randrange(7)
    if k == 0:
        return (f"{_date(r)}入户安检 {cm()}{_room(r)} 户主{c.han()}{c.cm()}隐患{c.co()}胶管老化超期、"
                f"{c.pick(_STOVE)}灶无熄火保护{c.cm()}已下隐患通知书，户主本人签字")
    if k == 1:
        return (f"到访不遇{c.cm()}门上贴留言卡{c.sc()}邻居{c.han()}说户主{c.han()}"
                f"去{c.pick(_CITIES)}带孙子了{c.cm()}{c.la('周末')}再约")
    if k == 2:
        return f"租户（{c.han()}）拒绝入户{c.cm()}称房东{c.han()}（{_phone(r)}）不让{c.cm()}已上报{c.pick(_GASCO)}"
    if k == 3:
        return (f"{cm()}{_room(r)}：使用直排式热水器{c.cm()}已告知风险{c.cm()}{c.han()}拒签{c.sc()}"
                f"{c.la('管道')}锈蚀，建议更换")
    if k == 4:
        return (f"报警器不响{c.cm()}{c.han()}之子{c.han()}（{_phone(r)}）约{c.la('周末')}复检"
                + _tail(c))
    if k == 5:
        return (f"安检员到场时闻到气味{c.cm()}关闭表前阀{c.sc()}户主{c.han()}、"
                f"其老伴{c.han()}在家{c.cm()}无人员不适{c.sc()}{c.pick(_GASCO)}抢修{_hm(r)}到达")
    return (f"{c.han()}家自行改管{c.cm()}{c.pick(_STOVE)}热水器装在卫生间{c.sc()}"
            f"整改期限{_date(r)}{c.cm()}逾期停气")


_FIRMNAME = ("金鑫建筑劳务", "王氏餐饮管理", "老李家餐饮", "万达物业", "华联超市", "顺丰速运",
             "周记食品", "高远物流", "蔡林记餐饮", "陈记五金", "宋城演艺", "马氏汽修", "龙湖物业")


def _firm(c: _Cell) -> str:
    r = c.rng
    return c.la(f"{r.choice(_CITIES)}{r.choice(_FIRMNAME)}有限公司")


def _arbitration(c: _Cell) -> str:
    r = c.rng
    no = f"{r.choice(('郑', '洛', '宛', '赣', '泸'))}劳人仲案字〔{r.choice((2025, 2026))}〕第{r.randint(1, 999)}号"
    k = r.randrange(6)
    if k == 0:
        return (f"{no}{c.cm()}申请人{c.han()}诉{_firm(c)}追索劳动报酬{_money(r, 3000, 90000, 100)}"
                f"、经济补偿金{c.sc()}{_date(r)}开庭{c.cm()}证人{c.han()}（原同事）出庭"
                f"{c.sc()}委托代理人{c.han()}（{r.choice(('其妻', '其弟', '其女'))}）")
    if k == 1:
        return (f"{c.han()}请求确认与{_firm(c)}存在劳动关系{c.cm()}岗位"
                f"{r.choice(('外卖骑手', '保安', '厨师', '快递员', '仓管'))}{c.sc()}被申请人辩称其系"
                f"{c.mask()}个人雇佣{c.cm()}不认可")
    if k == 2:
        ppl = "、".join(c.han(pad=True) for _ in range(r.randint(3, 5)))
        return (f"集体争议{c.co()}{ppl}等人{c.cm()}被申请人{_firm(c)}{c.cm()}"
                f"拖欠{r.randint(2, 8)}个月工资{c.cm()}已调解结案")
    if k == 3:
        return (f"庭前调解：{c.han()}（{_idno(r)}）同意接受{_money(r, 5000, 40000, 500)}"
                f"{c.cm()}当庭给付{c.sc()}调解书送达" + _tail(c))
    if k == 4:
        return (f"申请人{c.han()}因{c.pick(_DISEASES)}无法到庭{c.cm()}申请延期{c.sc()}"
                f"提交{c.pick(('县人民医院', '中山医院', '市二院'))}诊断证明")
    return (f"撤回申请{c.co()}{c.han()}与用人单位和解{c.cm()}{c.la('谢谢')}仲裁院{c.cm()}"
            f"代领人{c.han()} {_phone(r)}")


_AGENCY = ("康辉旅行社", "中国国旅", "中青旅", "春秋旅游", "携程", "途牛", "飞猪", "马蜂窝", "同程旅行")
_SCENIC = ("张家界", "周庄", "乔家大院", "王家大院", "常家庄园", "李坑", "宋城", "乌镇", "黄山",
           "武当山", "鲁迅故里", "岳阳楼", "滕王阁", "杜甫草堂", "武侯祠", "包公祠", "凤凰古城")


def _tourism(c: _Cell) -> str:
    r = c.rng
    k = r.randrange(6)
    if k == 0:
        return (f"游客{c.han()}（{_phone(r)}）投诉{c.pick(_AGENCY)}{c.co()}参加“{c.pick(_SCENIC)}"
                f"{r.choice(('双飞5日游', '2日游', '一日游', '纯玩团'))}”"
                f"{c.cm()}导游强制进{c.pick(('玉器店', '乳胶店', '茶叶店'))}{c.cm()}购物{_money(r, 800, 9000, 100)}"
                f"{c.sc()}同行{c.han()}、{c.han()}可作证")
    if k == 1:
        return (f"{c.han()}反映{c.pick(_SCENIC)}停车场收费{c.la('严重')}不规范{c.cm()}"
                f"{c.la('高速')}下来指示牌也没有" + _tail(c))
    if k == 2:
        return (f"退团纠纷{c.co()}{c.han()}一家三口因{c.pick(_DISEASES)}临时退团"
                f"{c.cm()}{c.pick(_AGENCY)}只退{_money(r, 500, 3000, 100)}{c.cm()}已调解")
    if k == 3:
        return (f"导游{c.han()}（证号D-{r.randint(1000, 9999)}-{r.randint(100000, 999999)}）"
                f"辱骂游客{c.han()}{c.cm()}已转执法大队")
    if k == 4:
        return (f"{c.pick(_SCENIC)}：游客{c.han()}吃{c.pick(_DISHES)}吃出异物{c.cm()}"
                f"店家{c.mask()}已道歉赔偿")
    return (f"{c.la('黄金')}周投诉{c.co()}{c.han()}反映{c.pick(_AGENCY)}订的酒店与宣传不符"
            f"{c.cm()}要求退差价{_money(r, 200, 1500, 50)}")


_BOOKS = ("《平凡的世界》", "《红楼梦》", "《骆驼祥子》", "《许三观卖血记》", "《孔乙己》", "《阿Q正传》",
          "《林海雪原》", "《白鹿原》", "《曾国藩》", "《张居正》", "《苏东坡传》", "《王阳明传》",
          "《围城》", "《活着》", "《穆斯林的葬礼》", "《城南旧事》", "《呼兰河传》", "《边城》",
          "《朝花夕拾》", "《李自成》", "《杨家将》", "《岳飞传》", "《包法利夫人》", "《简·爱》")
_CLASSES = ("书法班", "葫芦丝班", "剪纸班", "太极拳班", "声乐班", "国画班", "广场舞班", "摄影班")


def _library(c: _Cell) -> str:
    r = c.rng
    k = r.randrange(7)
    card = f"{r.choice(('A', 'B', 'R'))}{r.randint(10**6, 10**7 - 1)}"
    if k == 0:
        return (f"读者证{card}{c.cm()}{c.han()}借{c.pick(_BOOKS)}逾期{r.randint(3, 120)}天"
                f"{c.cm()}滞纳金已免（老年读者）")
    if k == 1:
        return (f"{c.han()}（少儿证{card}{c.cm()}监护人{c.han()}）损坏绘本{c.cm()}按原价"
                f"{_money(r, 20, 90, 1)}赔偿")
    if k == 2:
        ppl = "、".join(c.han(pad=True) for _ in range(r.randint(2, 4)))
        return f"文化馆公益培训{c.pick(_CLASSES)}{c.co()}学员{ppl}缺课3次以上{c.cm()}取消下期报名资格"
    if k == 3:
        lb, rb = r.choice((("", ""), ("读者", ""), ("【", "】"), ("(", ")")))
        return f"{lb}{c.han()}{rb}反映{c.pick(_BOOKS)}下册缺页{c.cm()}已报采编部" + _tail(c)
    if k == 4:
        return (f"{c.pick(_CLASSES)}授课老师{c.han()}请假{c.cm()}{c.la('周末')}课调到周三"
                f"{c.sc()}学员{c.han()}代为通知群里")
    if k == 5:
        return (f"{c.han()}办证{c.co()}押金{_money(r, 100, 200, 100)}{c.cm()}"
                f"身份证{_idno(r)}{c.cm()}推荐书目{c.pick(_BOOKS)}、{c.pick(_BOOKS)}")
    return (f"{c.la('学习雷锋')}志愿者{c.han()}、{c.han()}在少儿区整理书架{c.cm()}"
            f"计志愿时{r.randint(2, 8)}小时")


_PLATFORMS = ("滴滴出行", "曹操出行", "花小猪打车", "T3出行", "高德打车", "美团打车", "首汽约车",
              "享道出行", "万顺叫车")
_SPOTS = ("万达广场", "龙湖天街", "吾悦广场", "高铁站", "东站", "人民医院", "中山公园")


def _taxi(r: random.Random) -> str:
    return f"{r.choice('豫赣川湘黔鲁皖滇')}{r.choice('ABCDEF')}·{r.choice(('D', 'T', ''))}{r.randint(10000, 99999)}"


def _ride(c: _Cell) -> str:
    r = c.rng
    k = r.randrange(6)
    if k == 0:
        return (f"乘客{c.han()}投诉{c.co()}{_date(r)}乘{c.pick(_PLATFORMS)}（{_taxi(r)}）从"
                f"{c.pick(_SPOTS)}到{c.pick(_ROADS)}{c.cm()}司机绕路多收{_money(r, 10, 90, 1)}"
                f"{c.sc()}平台已退款")
    if k == 1:
        return (f"{c.han()}在出租车上遗失手机{c.cm()}车号{_taxi(r)}{c.cm()}"
                f"{c.mask()}已送回{c.sc()}失主本人领回" + _tail(c))
    if k == 2:
        return (f"{c.han()}称司机{c.han()}言语辱骂{c.cm()}行程录音已调取{c.sc()}"
                f"{c.pick(_PLATFORMS)}封号7天")
    if k == 3:
        return (f"拒载：{_hm(r)} {c.pick(_SPOTS)}出口{c.cm()}乘客{c.han()}带"
                f"{c.la('童车')}被拒{c.sc()}司机称{c.la('马上')}交班")
    if k == 4:
        return (f"{c.han()}（{_phone(r)}）反映{c.pick(_PLATFORMS)}预估{_money(r, 20, 60, 1)}"
                f"实付{_money(r, 70, 160, 1)}{c.cm()}{c.la('高速')}费另算没告知")
    return (f"同行乘客{c.han()}、{c.han()}作证{c.cm()}司机在{c.pick(_ROADS)}急刹"
            f"{c.cm()}{c.han()}额头碰伤")


_ELEV = ("奥的斯", "通力", "迅达", "日立电梯", "三菱电梯", "康力电梯", "西子奥的斯", "江南嘉捷",
         "申龙电梯", "东芝电梯")


def _elevator(c: _Cell) -> str:
    r = c.rng
    cm = lambda: c.pick(_COMMUNITY)  # noqa: E731
    k = r.randrange(6)
    if k == 0:
        return (f"{_date(r)} {_hm(r)} {cm()}{r.randint(1, 30)}号楼{r.randint(1, 3)}单元电梯困人"
                f"{c.cm()}被困{c.han()}及其外孙女{c.han()}{c.cm()}{r.randint(8, 40)}分钟后由"
                f"{c.pick(_ELEV)}维保人员救出{c.cm()}无人受伤")
    if k == 1:
        return (f"设备注册代码{r.randint(10**19, 10**20 - 1)}{c.cm()}{c.pick(_ELEV)}{c.sc()}"
                f"原因{c.co()}门锁回路断开{c.sc()}报警人{c.han()}（{_phone(r)}）")
    if k == 2:
        return (f"业主{c.han()}投诉{cm()}电梯一个月困人3次{c.cm()}物业{c.mask()}称配件在等"
                f"{c.sc()}已约谈维保单位" + _tail(c))
    if k == 3:
        ppl = "、".join(c.han() for _ in range(r.randint(2, 3)))
        return f"被困人员{c.co()}{ppl}{c.sc()}96333转{c.la('高压')}救援队{c.cm()}{_hm(r)}解困"
    if k == 4:
        return (f"{c.han()}（{r.randint(60, 85)}岁，{c.pick(_DISEASES)}）被困轿厢{c.cm()}"
                f"其女{c.han()}要求物业赔偿{c.sc()}{c.pick(_ELEV)}出具故障报告")
    return (f"扶梯夹脚：{c.pick(_SPOTS)}{c.cm()}儿童{c.han()}（{r.randint(3, 9)}岁）"
            f"左脚擦伤{c.cm()}家长{c.han()}已送医")


# -- English-language export ----------------------------------------------------------------

_EN_PLACES = ("Zhongshan Road", "Jiefang Rd.", "Renmin Road", "Wangfujing", "Wong Tai Sin",
              "Ma On Shan", "Tsim Sha Tsui", "Kwun Tong", "Tai Po", "Sheung Shui", "Lu Xun Park",
              "Zhongshan Park", "Huangshan", "Zhangjiajie", "Zhoukou", "Shijiazhuang", "Xu Hui District")
_EN_BRANDS = ("Li Ning", "Zhou Hei Ya", "Yang Guofu Malatang", "Zhang Liang Malatang", "Chow Tai Fook",
              "Chow Sang Sang", "Wang Lao Ji", "Lao Gan Ma", "Cao Cao Mobility", "Amap", "Suning",
              "Didi", "Meituan", "Ctrip", "Towngas", "Otis", "Kone", "Huawei", "Lee Kum Kee")
_EN_DISEASES = ("Parkinson's disease", "Alzheimer's disease", "Down syndrome", "Kawasaki disease",
                "Crohn's disease", "Hodgkin lymphoma", "Hashimoto's thyroiditis")
_EN_MASKED = ("Mr. Wang", "Ms. Li", "Zhang **", "Chen X.", "Wang Mou", "Mrs. Chan", "Liu XX", "Mr. Z.")
_EN_MISC = ("Confucius Institute", "Lei Feng", "Mid-Autumn Festival", "Dragon Boat Festival",
            "Kung Pao chicken", "Dongpo pork", "General Tso's chicken", "Sun Yat-sen University",
            "Sun Yat-sen Memorial Hospital", "Queen Mary Hospital", "Lu Xun")
_EN_POOLS = (_EN_PLACES, _EN_BRANDS, _EN_DISEASES, _EN_MASKED, _EN_MISC)


def _english(c: _Cell) -> str:
    r = c.rng
    ph = _phone(r)
    k = r.randrange(12)
    if k == 0:
        return (f"Resident {c.roman()} (ID ending {r.randint(0, 9999):04d}) reported a gas smell at "
                f"{c.pick(_EN_PLACES)}; {c.la('Towngas')} crew on site {_hm(r)}, meter valve shut.")
    if k == 1:
        return (f"complainant {c.roman('lower')} says the driver went the long way from "
                f"{c.pick(_EN_PLACES)}, fare {r.randint(40, 160)} vs estimate {r.randint(20, 39)}; "
                f"{c.la('Didi')} refunded")
    if k == 2:
        return (f"Applicant: {c.roman(r.choice(('comma', 'upper', 'py', 'wg')))}; "
                f"spouse: {c.roman()}; address: Flat {r.randint(1, 30)}"
                f"{r.choice('ABCDEFG')}, {c.pick(_EN_PLACES)}; tel {ph}")
    if k == 3:
        return (f"Dog owner {c.roman()}, breed Shiba Inu. Bitten: {c.roman()}, {r.randint(5, 70)}, "
                f"treated at {c.la('Sun Yat-sen Memorial Hospital')}; rabies vaccine dose 1 given.")
    if k == 4:
        return (f"Borrower {c.roman()} returned 'The True Story of Ah Q' ({c.la('Lu Xun')}) "
                f"{r.randint(3, 60)} days late - fine waived, senior card.")
    if k == 5:
        return (f"Lift entrapment, Block {r.randint(1, 20)}: {c.roman()} and grandson {c.roman()} "
                f"released after {r.randint(8, 45)} min by "
                f"{c.pick(('Otis', 'Kone', 'Schindler', 'Hitachi'))} "
                f"technician; no injury.")
    if k == 6:
        return (f"Tour complaint - {c.roman()} and {c.roman()} booked a {c.la('Zhangjiajie')} 5-day tour "
                f"via {c.la('Ctrip')}; guide took group to a jade shop, spent RMB {r.randint(800, 9000)}.")
    if k == 7:
        return (f"Arbitration: claimant {c.roman()} v. {c.pick(('Li Ning', 'Zhou Hei Ya', 'Lee Kum Kee'))}"
                f" franchisee, unpaid wages RMB {r.randint(3000, 40000)}; witness {c.roman()}.")
    if k == 8:
        return (f"{c.pick(_EN_MASKED)} (neighbour) said {c.roman()} moved to {c.pick(_EN_PLACES)} "
                f"after the {c.pick(('Mid-Autumn Festival', 'Dragon Boat Festival'))}; "
                f"no forwarding address.")
    if k == 9:
        ppl = ", ".join(c.roman() for _ in range(r.randint(2, 3)))
        return (f"Flood relocation: {ppl} moved to the school hall at {_hm(r)}; one resident has "
                f"{c.pick(_EN_DISEASES)}, needs a wheelchair.")
    if k == 10:
        return (f"Resettlement subsidy: household head {c.roman()}, {r.randint(2, 6)} persons, RMB 600 per "
                f"person per year, paid into the account of son {c.roman()}.")
    return (f"PV income share Q{r.randint(1, 4)}: cleaners {c.roman()} RMB {r.randint(300, 900)}, "
            f"{c.roman()} RMB {r.randint(300, 900)}; lunch at {c.pick(_EN_BRANDS)} not reimbursable.")


# -- Minority listing -----------------------------------------------------------------------

_MIN_PLACES = {
    "uyghur": ("喀什", "阿克苏", "和田", "吐鲁番", "库尔勒", "乌鲁木齐"),
    "kazakh": ("伊犁", "阿勒泰", "新源县", "塔城", "玛纳斯县"),
    "tibetan": ("日喀则", "林芝", "那曲", "阿里地区", "拉萨"),
    "yi": ("凉山", "昭觉县", "布拖县", "美姑县"),
    "mongol": ("锡林郭勒", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "通辽"),
    "hui": ("临夏", "同心县", "吴忠", "西吉县"),
    "korean": ("延吉", "龙井市", "和龙市", "图们", "珲春"),
    "zhuang": ("百色", "河池", "那坡县", "靖西"),
    "miao": ("黔东南", "凯里", "雷山县", "湘西", "花垣县"),
    "dai": ("西双版纳", "景洪", "勐海县", "德宏", "瑞丽"),
    "manchu": ("岫岩", "新宾", "宽甸", "承德", "伊通"),
}
_MIN_FEST = {
    "uyghur": ("古尔邦节", "肉孜节"), "kazakh": ("纳吾肉孜节", "古尔邦节"), "tibetan": ("藏历新年", "雪顿节"),
    "yi": ("火把节", "彝族年"), "mongol": ("那达慕", "白月节"), "hui": ("开斋节", "古尔邦节"),
    "korean": ("秋夕", "花甲节"), "zhuang": ("三月三", "牛魂节"), "miao": ("苗年", "姊妹节"),
    "dai": ("泼水节", "开门节"), "manchu": ("颁金节", "春节"),
}
_MIN_FOOD = {
    "uyghur": ("抓饭", "烤包子"), "kazakh": ("马奶酒", "那仁"), "tibetan": ("酥油茶", "糌粑"),
    "yi": ("坨坨肉", "荞饼"), "mongol": ("手把肉", "奶茶"), "hui": ("手抓羊肉", "盖碗茶"),
    "korean": ("冷面", "打糕"), "zhuang": ("五色糯米饭", "螺蛳粉"), "miao": ("酸汤鱼", "腌鱼"),
    "dai": ("菠萝饭", "香茅草烤鱼"), "manchu": ("萨其马", "酸菜白肉"),
}
_MIN_SHOW = {
    "uyghur": "阿凡提的故事", "kazakh": "阿肯弹唱", "tibetan": "格萨尔王", "yi": "阿诗玛",
    "mongol": "江格尔", "hui": "花儿会", "korean": "阿里郎", "zhuang": "刘三姐", "miao": "仰阿莎",
    "dai": "孔雀公主", "manchu": "努尔哈赤",
}


def _minority(c: _Cell) -> str:
    r = c.rng
    g = r.choice(_GROUPS)
    eth = _GROUP_CN[g]
    place = lambda: c.pick(_MIN_PLACES[g])  # noqa: E731
    k = r.randrange(7)
    if k == 0:
        rows = []
        for i in range(r.randint(2, 4)):
            rows.append(f"{i + 1}.{c.minority(g)}（{eth}）{r.choice(('男', '女'))} {_idno(r)}")
        return f"{place()}转移安置名单\n" + "\n".join(rows)
    if k == 1:
        return (f"牧民{c.minority(g)}家{r.randint(3, 40)}只羊{c.la('布鲁氏菌病')}阳性{c.cm()}扑杀补偿"
                f"{_money(r, 800, 24000, 100)}{c.sc()}{place()}兽医站出具证明")
    if k == 2:
        dz = c.la(r.choice(('包虫病', '大骨节病', '克山病', '帕金森病')))
        return (f"异地就医备案{c.co()}{c.minority(g)}{c.cm()}{eth}{c.cm()}常驻{place()}{c.cm()}因{dz}"
                f"转诊至{c.pick(_CITIES)}{c.cm()}备案类型：转诊转院")
    if k == 3:
        return (f"{c.minority(g)}无偿献血累计{r.choice((800, 1200, 2000, 3600))}ml{c.cm()}其"
                f"{r.choice(('母亲', '父亲', '妻子', '儿子'))}{c.minority(g)}用血费用返还{_money(r, 300, 3000, 10)}")
    if k == 4:
        cult = c.pick(_MIN_FEST[g])
        ppl = "、".join(c.minority(g) for _ in range(r.randint(2, 3)))
        return f"{cult}前慰问{c.co()}{ppl}（{place()}）{c.cm()}每户{_money(r, 200, 800, 100)}"
    if k == 5:
        return (f"{c.minority(g)}{c.cm()}{r.randint(18, 60)}岁{c.cm()}{place()}人{c.cm()}在本市"
                f"{c.pick(_ROADS)}开{c.pick(_MIN_FOOD[g])}小店{c.sc()}联系电话{_phone(r)}")
    return (f"户主{c.minority(g)}、配偶{c.minority(g)}{c.cm()}光伏收益分红{_money(r, 300, 1200, 50)}"
            f"{c.sc()}村里组织看《{c.la(_MIN_SHOW[g])}》演出" + (f"，{c.la('扎西德勒')}" if g == 'tibetan' else ""))


# -- Public notices (officials are look-alikes) ---------------------------------------------


def _public_notice(c: _Cell) -> str:
    r = c.rng
    v = lambda: c.pick(_VILLAGES)  # noqa: E731
    y = r.choice((2025, 2026))
    start = _date(r, y)
    k = r.randrange(8)
    if k == 7:
        return (f"{y}年度移民后扶项目评审结果公示：{v()}生产路硬化项目入选，受益户代表{c.han()}、"
                f"{c.han()}已签字确认。评审专家：{c.han(official=True)}、{c.han(official=True)}、"
                f"{c.han(official=True)}。监督电话{_tel(r)}")
    if k == 0:
        ppl = "、".join(c.han() for _ in range(r.randint(2, 4)))
        return (f"关于{v()}{y}年度光伏收益公益岗位人员的公示\n经村民代表大会评议，拟聘用{ppl}为"
                f"{r.choice(_POSTS)}。公示期{start}起7天，如有异议请与村委会联系。"
                f"联系人：{c.han(official=True)}，电话：{_tel(r)}\n审核人：{c.han(official=True)}"
                f"　审批人：{c.han(official=True)}")
    if k == 1:
        return (f"{c.pick(_RESERVOIRS)}移民后期扶持人口核定公示：新增{c.han()}（户主{c.han()}之孙），"
                f"核减{c.han()}（死亡）。驻村第一书记：{c.han(official=True)}；监督电话{_tel(r)}"
                f"（联系人：{c.han(official=True)}）")
    if k == 2:
        ppl = "、".join(f"{c.han()}{_money(r, 600, 1500, 100)}" for _ in range(r.randint(2, 3)))
        return (f"{v()}农村改厕奖补资金发放公示{c.co()}{ppl}。验收小组成员：{c.han(official=True)}、"
                f"{c.han(official=True)}。经办人：{c.han(official=True)}")
    if k == 3:
        return (f"动物疫病扑杀补偿公示\n养殖户{c.han()}牛{r.randint(1, 9)}头（{c.la('布鲁氏菌病')}阳性）"
                f"补偿{_money(r, 3000, 30000, 500)}；养殖户{c.han()}羊{r.randint(3, 40)}只。"
                f"评估小组：{c.han(official=True)}（兽医师）、{c.han(official=True)}（村两委成员）")
    if k == 4:
        return (f"电动自行车以旧换新补贴第{r.randint(2, 12)}批名单公示：{c.han()}、{c.han()}、"
                f"{c.han()}。审核人：{c.han(official=True)}，监督电话：{_tel(r)}")
    if k == 5:
        return (f"防汛转移安置补助公示（{v()}）：{c.han()}户{r.randint(2, 5)}人，{c.han()}户"
                f"{r.randint(1, 4)}人。村两委成员{c.han(official=True)}、{c.han(official=True)}"
                f"负责核实。公示期联系人：{c.han(official=True)}")
    return (f"公示期异议处理结果：村民{c.han()}对{c.han()}户享受光伏公益岗资格提出异议，"
            f"经评议小组成员{c.han(official=True)}、{c.han(official=True)}入户核实，"
            f"证明人{c.han()}证实其已外出务工，取消资格。{c.la('特此公告')}")


# -- No name at all --------------------------------------------------------------------------


def _lookalike_only(c: _Cell) -> str:
    r = c.rng
    head = r.choice(("", "", "备注：", "情况说明：", "回访：", "处理结果:"))
    parts = [_frag(c) for _ in range(r.randint(2, 4))]
    seps = [c.sc() for _ in parts]
    return head + "".join(p + s for p, s in zip(parts, seps[:-1])) + parts[-1] if len(parts) > 1 \
        else head + parts[0]


_BUILDERS = {
    "resettle": _resettle,
    "pv_share": _pv_share,
    "ebike": _ebike,
    "dog": _dog,
    "flood": _flood,
    "gas": _gas,
    "arbitration": _arbitration,
    "tourism": _tourism,
    "library": _library,
    "ride": _ride,
    "elevator": _elevator,
    "english": _english,
    "minority": _minority,
    "public_notice": _public_notice,
    "lookalike_only": _lookalike_only,
}


def _counts(n: int) -> dict[str, int]:
    total = sum(WEIGHTS.values())
    raw = {f: n * WEIGHTS[f] / total for f in FAMILIES}
    counts = {f: int(raw[f]) for f in FAMILIES}
    rest = n - sum(counts.values())
    for f in sorted(FAMILIES, key=lambda f: (-(raw[f] - counts[f]), FAMILIES.index(f)))[:rest]:
        counts[f] += 1
    return counts


def make_remarks(n: int = 2000, seed: int = 1818) -> list[Remark]:
    """The set: ``n`` remarks, deterministic for ``seed``."""
    rng = random.Random(seed)
    counts = _counts(n)
    fams = [f for f in FAMILIES for _ in range(counts[f])]
    rng.shuffle(fams)
    reg = _Registry()
    out: list[Remark] = []
    for fam in fams:
        for _ in range(80):
            c = _Cell(rng, reg)
            try:
                text = _BUILDERS[fam](c)
            except RuntimeError:
                continue
            if (fam == "lookalike_only") == bool(c.names):
                continue
            if not _valid(text, c.names, c.las) or not reg.text_ok(text):
                continue
            reg.commit(text, c.surfaces, c.keys)
            out.append(Remark(text=text, family=fam, names=list(c.names), lookalikes=list(c.las),
                              public_officials=fam in PUBLIC_FAMILIES))
            break
        else:
            raise RuntimeError(f"could not build a {fam} remark")
    return out


def describe(remarks: list[Remark]) -> str:
    """Counts per family, with names and look-alikes."""
    n = Counter(r.family for r in remarks)
    nn = Counter()
    nl = Counter()
    for r in remarks:
        nn[r.family] += len(r.names)
        nl[r.family] += len(r.lookalikes)
    lines = [f"{VERSION}: {len(remarks)} remarks"]
    for f in FAMILIES:
        lines.append(f"  {f:<15} {n[f]:>5} remarks {nn[f]:>5} names {nl[f]:>5} look-alikes")
    lines.append(f"  {'total':<15} {len(remarks):>5} remarks {sum(nn.values()):>5} names "
                 f"{sum(nl.values()):>5} look-alikes")
    return "\n".join(lines)
