"""Frozen remarks, edition 13: a blind test set for the person-name de-identification detector.

What it is
    A deterministic generator of free-text spreadsheet cells (备注/情况说明 columns) of the kind a
    county or city data office publishes each month. Each cell is a `Remark` carrying the private
    persons' names planted in it and the look-alikes (strings that resemble names but must stay).

Who wrote it and what was read
    Written blind by a helper session (branch h-remarks13) from its own knowledge and phrasing.
    Read: /work/notes/brief.md; /work/shared/reference/DOMAIN.md sections "Personal data in public
    listings" and "Administrative penalty publicity (行政处罚信息公示)"; lines 170-180 of
    benchmarks/frozen/remarks.py (the `Remark` dataclass). Nothing under src/, no other benchmark,
    no data file, no other test, no git history. The detector was never run on these cells.
    Slips: printing the DOMAIN.md sections also showed the heading and first five bullet lines of
    the following section ("Known traps in the tools named by the mission": pdfplumber/papermill/
    frictionless notes); nothing there concerns names. A directory listing of benchmarks/frozen/ and
    tests/ (file names only, no contents) was seen.

Families (see FAMILIES / WEIGHTS)
    veteran_care, disability_rehab, funeral_subsidy, student_aid, employment_aid, traffic_violation,
    market_complaint, homestead_property, legal_aid, english_export, minority_listing, public_notice
    (officials in their public role are look-alikes; private persons are names), lookalike_only
    (no name at all: places, roads, brands, diseases, masked names).

Surface forms of names
    Han names drawn with realistic surname frequencies, rare surnames (禚 仉 亓 逄 缑 ...) and compound
    surnames (欧阳 司马 诸葛 ...); one- and two-character given names and doubled given names; names
    that are ordinary words (高峰, 白雪, 黎明, 江海 ...); traditional-character names (陳志偉); minority
    names (Uyghur with ·, •, ．or no separator; Tibetan, Yi, Mongolian single-string names; Zhuang
    surnames 韦 覃 农 蒙); names after cue words (申请人, 代领人, 当事人), beside kinship terms (其妻,
    儿子), after particles (由, 与, 给, 和), in 、-lists and inside long prose; English export with
    pinyin in both orders, upper-case surnames, lower-case prose, hyphenated and initialled given
    names, ü spellings (Lü, Lyu, Lv), Cantonese (Chan Tai Man) and Wade-Giles (Chang Hsiao-ming).

Look-alikes
    Villages and towns named after clans (王家庄村), counties and roads named after people (左权县,
    中山路), schools and parks (雷锋小学, 逸夫楼), companies, shops, brands and products (王老吉, 张小泉,
    杜康酒, 康师傅), diseases (帕金森病, 川崎病), common words, masked names (张某, 李**, 王××), and in
    the public family officials named in their role (审批人, 主持人, 联系人, 评审小组成员 ...).

Scoring
    Every string in `names` must be removed (or replaced) by the detector; every string in
    `lookalikes` must survive verbatim. A name appears exactly once in its cell and never overlaps
    another listed name or look-alike; no string is a name in one cell and a look-alike in another.
"""

from __future__ import annotations

import random
from .remarks import Remark

VERSION = "frozen-remarks-13 (2026-12-05)"

FAMILIES: dict[str, str] = {
    "veteran_care": "退役军人优抚: 抚恤/补助发放、代领、遗属、光荣牌核对备注",
    "disability_rehab": "残疾人证办理与康复服务记录, 监护人/家属代办",
    "funeral_subsidy": "殡葬惠民补贴: 逝者、经办亲属、公墓与殡仪馆",
    "student_aid": "困难学生资助: 学生、家长、学校与班主任备注",
    "employment_aid": "就业援助与公益性岗位花名册备注",
    "traffic_violation": "城市管理与交通违法处理记录, 当事人与车辆",
    "market_complaint": "市场监管投诉与行政处罚表: 投诉人、经营者、商号品牌",
    "homestead_property": "不动产登记与宅基地审批备注: 权利人、共有人、四至",
    "legal_aid": "法律援助案件记录: 受援人、对方当事人、亲属",
    "english_export": "English-language export: pinyin names in varied orders/cases, Cantonese, Wade-Giles",
    "minority_listing": "民族地区名单: 维吾尔、藏、彝、蒙古、壮族姓名与地名",
    "public_notice": "公示/公告: 官员以职务署名(看似姓名须保留), 私人为姓名",
    "lookalike_only": "只含看似姓名的地名、道路、商号、品牌、疾病、打码姓名, 无真实姓名",
}

WEIGHTS: dict[str, int] = {
    "veteran_care": 170,
    "disability_rehab": 170,
    "funeral_subsidy": 150,
    "student_aid": 150,
    "employment_aid": 170,
    "traffic_violation": 150,
    "market_complaint": 170,
    "homestead_property": 150,
    "legal_aid": 160,
    "english_export": 200,
    "minority_listing": 130,
    "public_notice": 120,
    "lookalike_only": 110,
}

NAME_FAMILIES: tuple[str, ...] = tuple(f for f in FAMILIES if f != "lookalike_only")
PUBLIC_FAMILIES: tuple[str, ...] = ("public_notice",)

# Share of name-family cells that carry no name (their persons are masked or absent).
NO_NAME_SHARE = 0.10
# A cell whose draw breaks the contract is redrawn; this many tries before failing loudly.
MAX_TRIES = 200

# ---------------------------------------------------------------------------------------------
# Name material
# ---------------------------------------------------------------------------------------------
# (surname, relative frequency) — common surnames roughly by national frequency.
_SURNAMES = [
    ("王", 72), ("李", 70), ("张", 67), ("刘", 53), ("陈", 47), ("杨", 32), ("黄", 25), ("赵", 21),
    ("吴", 20), ("周", 20), ("徐", 15), ("孙", 15), ("马", 14), ("朱", 13), ("胡", 12), ("郭", 12),
    ("何", 11), ("高", 10), ("林", 10), ("罗", 10), ("郑", 9), ("梁", 9), ("谢", 7), ("宋", 7),
    ("唐", 7), ("许", 6), ("韩", 6), ("冯", 6), ("邓", 6), ("曹", 6), ("彭", 5), ("曾", 5), ("肖", 5),
    ("田", 5), ("董", 5), ("袁", 4), ("潘", 4), ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 4),
    ("叶", 4), ("程", 4), ("苏", 3), ("魏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("沈", 3), ("姚", 3),
    ("卢", 3), ("姜", 3), ("崔", 3), ("钟", 3), ("谭", 3), ("陆", 3), ("汪", 3), ("范", 3), ("金", 2),
    ("石", 2), ("廖", 2), ("贾", 2), ("夏", 2), ("韦", 2), ("付", 2), ("方", 2), ("白", 2), ("邹", 2),
    ("孟", 2), ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2),
    ("雷", 2), ("侯", 2), ("龙", 2), ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2), ("顾", 2), ("毛", 2),
    ("郝", 2), ("龚", 2), ("邵", 2), ("万", 1), ("钱", 1), ("严", 1), ("覃", 1), ("武", 1), ("戴", 1),
    ("莫", 1), ("孔", 1), ("向", 1), ("常", 1), ("牛", 1), ("温", 1), ("柴", 1), ("岳", 1),
]
_RARE_SURNAMES = "禚仉亓仝逄冼麴琚鄢訾濮缑闵晏郜靳佘晁蒯厍隗"
_COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
                      "端木", "夏侯", "长孙", "宇文", "司徒", "呼延", "南宫", "第五"]
_GIVEN = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉波斌宇浩鹏飞俊帆琳婷"
          "雪梅莉凤珍春燕德福荣生海林成永庆东金山清云晓子思欣怡涵梓轩睿泽诗雨彤佳嘉琪萱蕾淑芬香翠"
          "秋菊宏亮胜利宝贵富有根发财喜顺旺兴家振卫民军红英昌盛彬博晨阳旭锋铭鑫")
_DOUBLED = "婷欢丹晶楠莹亮乐"
_WORD_NAMES = ["高峰", "石磊", "江海", "林森", "白雪", "于洋", "钱程", "黎明", "向前", "常胜", "金鑫",
               "马力", "杜鹃", "田野", "夏雨", "牛犇", "甘露", "柳絮", "温暖", "宁静", "关爱", "武装"]
_TRAD_SURNAMES = ["陳", "黃", "劉", "張", "吳", "鄭", "謝", "許", "馮", "鄧", "蕭", "蔣", "葉", "蘇",
                  "盧", "顧", "龍", "趙", "錢", "孫", "楊", "羅"]
_TRAD_GIVEN = "偉華國誌嘉慧麗鳳雲儀瑩傑賢達憲榮輝寶蘭銘瑋鈞綺嬌玲穎詩樂"
_ZHUANG_SURNAMES = ["韦", "覃", "农", "蒙", "黄", "陆", "莫", "蓝"]

_UYGHUR_GIVEN = ["买买提", "阿不都", "艾尔肯", "吐尔逊", "阿依古丽", "古丽米拉", "热依汗古丽", "帕提古丽",
                 "努尔麦麦提", "艾合买提", "依明", "阿里木", "热合曼", "买合木提", "阿布力孜", "玉苏甫",
                 "托合提", "吾买尔", "米热古丽", "祖丽胡玛尔", "艾克拜尔", "再努尔"]
_UYGHUR_FATHER = ["吐尔逊", "艾买提", "买买提明", "阿不都热合曼", "托合提", "玉苏甫", "热合曼", "司马义",
                  "依不拉音", "卡德尔", "吾守尔", "阿西木"]
_TIBETAN_PART = ["扎西", "次仁", "格桑", "丹增", "尼玛", "卓玛", "拉姆", "央金", "顿珠", "多吉", "平措",
                 "达瓦", "旺堆", "巴桑", "德吉", "白玛", "索朗", "普布", "边巴", "曲珍"]
_YI_CLAN = ["吉克", "沙马", "阿苦", "俄木", "曲比", "阿牛", "马海", "吉伍", "阿约", "勒古"]
_YI_GIVEN = ["阿依", "拉且", "日各", "木呷", "阿果", "伍沙", "莫色", "尔古", "阿呷", "石者"]
_MONGOL = ["巴特尔", "乌云其木格", "额尔敦巴雅尔", "其其格玛", "朝鲁门", "那仁花", "图雅", "阿拉坦仓",
           "苏和巴特尔", "哈斯其其格", "斯琴图", "宝音德力格尔", "乌力吉", "包格日乐图"]
_SEPARATORS = ["·", "·", "•", "．", ""]

# Pinyin material for the English export.
_PY_SURNAMES = [("Wang", 9), ("Li", 9), ("Zhang", 8), ("Liu", 6), ("Chen", 6), ("Yang", 4), ("Huang", 3),
                ("Zhao", 3), ("Wu", 3), ("Zhou", 3), ("Xu", 2), ("Sun", 2), ("Ma", 2), ("Zhu", 2),
                ("Hu", 2), ("Guo", 2), ("He", 2), ("Gao", 1), ("Lin", 1), ("Luo", 1), ("Zheng", 1),
                ("Ouyang", 1), ("Sima", 1), ("Zhuge", 1), ("Xie", 1), ("Song", 1), ("Tang", 1)]
_PY_LU = ["Lü", "Lyu", "Lv", "LYU"]
_PY_GIVEN = ["wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan",
             "jie", "juan", "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "gui", "ying", "hua",
             "yu", "lan", "hong", "jian", "guo", "zhi", "wen", "hui", "bo", "bin", "hao", "peng", "fei",
             "jun", "xue", "mei", "feng", "chun", "de", "fu", "rong", "sheng", "hai", "xiao", "zi", "si",
             "xin", "yi", "han", "zi", "rui", "ze", "shi", "tong", "jia", "qi", "xuan", "lü", "nüe"]
_CANTO_SURNAMES = ["Chan", "Wong", "Cheung", "Leung", "Ho", "Lau", "Ng", "Tse", "Chow", "Lam", "Yip", "Kwok"]
_CANTO_GIVEN = ["Tai", "Man", "Siu", "Ming", "Ka", "Yan", "Chi", "Keung", "Mei", "Ling", "Wing", "Kei",
                "Yuk", "Lan", "Wai", "Kit", "Hoi", "Shan", "Ying", "Fai", "Kwok", "Sze", "Pui"]
_WG_SURNAMES = ["Chang", "Hsu", "Ch'en", "Chao", "Tsai", "Kuo", "Chou", "Huang", "Liu", "Hsieh", "Cheng"]
_WG_GIVEN = ["hsiao", "ming", "chih", "wei", "li", "hua", "chün", "kuei", "ying", "te", "sheng", "tzu",
             "ch'ing", "hsin", "yü", "feng", "kuang", "jung"]

# ---------------------------------------------------------------------------------------------
# Look-alike material (every string here must survive de-identification)
# ---------------------------------------------------------------------------------------------
_VILLAGES = ["王家庄村", "李家沟村", "张庄镇", "刘集乡", "陈家坝", "赵各庄", "马坊村", "高家堡村", "石门镇",
             "杨柳青镇", "何家湾", "黄庄社区", "郭家屯", "柳树屯村", "丁家桥村", "朱仙镇", "孙家窑村",
             "关帝庙村", "周家营子", "宋家河村", "罗家岗", "谢家集", "曹家洼村", "冯家塬"]
_COUNTIES = ["左权县", "志丹县", "靖宇县", "尚志市", "子长市", "黄陵县", "中山市", "岳阳市", "常德市", "韩城市",
             "许昌市", "邓州市", "安康市", "周口市", "马鞍山市", "张家界市", "钟祥市"]
_ROADS = ["中山路", "逸仙路", "建国路", "解放大道", "人民路", "胜利街", "文化路", "光明巷", "向阳路", "振兴街",
          "张衡路", "祖冲之路", "郭守敬路", "秋瑾路", "黄兴路", "子龙路", "宝山路", "朝阳北路", "春熙路"]
_SCHOOLS = ["雷锋小学", "鲁迅中学", "宋庆龄幼儿园", "中山中学", "逸夫小学", "黄冈中学", "冼星海小学",
            "华罗庚中学", "陶行知学校", "孔子学堂"]
_LANDMARKS = ["逸夫楼", "中山公园", "焦裕禄干部学院", "岳飞纪念馆", "杜甫草堂", "包公祠", "武侯祠",
              "雷锋纪念馆", "关帝庙", "孙中山故居"]
_BRANDS = ["王老吉", "李宁专卖店", "张小泉剪刀", "老干妈", "周大福", "陈李济", "马应龙", "杨国福麻辣烫",
           "张亮麻辣烫", "胡庆余堂", "王致和腐乳", "谭木匠", "周黑鸭", "曹操出行", "许留山", "王麻子剪刀",
           "康师傅方便面", "张飞牛肉", "杜康酒", "孔府家酒", "刘伶醉", "王守义十三香", "钱大妈", "海底捞",
           "白象方便面", "金龙鱼", "娃哈哈", "苏宁易购", "永辉超市", "华润万家", "方太厨电", "李先生牛肉面"]
_SHOPS = ["建华五金店", "志强汽修厂", "秀英裁缝铺", "桂芳小卖部", "红梅理发店", "德顺饭庄", "永昌粮油店",
          "老李头烧饼", "阿娟美甲", "小芳水果店", "福生药房", "国庆家电维修部"]
_COMPANIES = ["王氏建材有限公司", "张记餐饮管理有限公司", "陈氏宗祠管委会", "李宁体育用品有限公司",
              "刘家大院农家乐", "黄氏医药连锁有限公司", "赵家铺子电子商务有限公司", "周记茶业有限公司"]
_DISEASES = ["帕金森病", "阿尔茨海默病", "唐氏综合征", "川崎病", "马凡综合征", "霍奇金淋巴瘤", "克罗恩病",
             "格林-巴利综合征", "白癜风", "尘肺病", "脑瘫", "渐冻症"]
_WORDS = ["平安", "吉祥如意", "和谐", "文明户", "富强", "光荣之家", "红旗渠", "东方红", "长江", "黄河",
          "东风", "常青藤", "金星", "夏至", "立春", "秋分", "向日葵", "牡丹", "建党节", "国庆节"]
_MINORITY_PLACES = ["托克扎克镇", "阿克苏地区", "伊犁河谷", "巴音郭楞", "阿勒泰市", "吐鲁番市", "那曲市",
                    "日喀则市", "布拖县", "昭觉县", "锡林郭勒盟", "乌兰察布市", "玛纳斯县", "巴音布鲁克",
                    "扎什伦布寺", "喀什噶尔"]
_MINORITY_WORDS = ["扎西德勒", "哈达", "那达慕大会", "古尔邦节", "肉孜节", "格萨尔王传", "阿诗玛", "火把节",
                   "三月三歌节", "乌兰牧骑", "马头琴"]
_EN_PLACES = ["Huangshan", "Zhangjiajie", "Wangjing", "Lijiang", "Wangfujing Street", "Zhongshan Road",
              "Jiefang Avenue", "Huangpu District", "Chaoyang District", "Zhoukou", "Mount Wutai",
              "Sun Yat-sen University", "Yongle Road", "Chen Clan Academy", "Lu Xun Park", "Zhouzhuang",
              "Wanda Plaza", "Bank of China", "Xinhua Bookstore", "Liu Family Courtyard"]
_EN_BRANDS = ["Li Ning", "Wang Laoji", "Zhang Xiaoquan", "Lao Gan Ma", "Haier", "Huawei", "Tongrentang",
              "Zhou Hei Ya", "Master Kong", "Chow Tai Fook"]
_EN_DISEASES = ["Parkinson's disease", "Down syndrome", "Alzheimer's disease", "Kawasaki disease",
                "Crohn's disease", "Hodgkin lymphoma", "Bell's palsy", "Marfan syndrome"]
_EN_MASKS = ["Wang ***", "Z*** Li", "Mr. C.", "Ms. L**", "Liu X.X.", "Chen **", "Zhang (masked)"]
_MASK_TAILS = ["某", "某某", "*", "**", "×", "××", "＊＊", "某甲", "某乙", "XX"]
_KIN = ["其妻", "其夫", "儿子", "女儿", "其母", "其父", "老伴", "儿媳", "孙子", "外孙女", "弟弟", "姐姐",
        "女婿", "侄子"]

_STATIC_LOOKALIKES: tuple[str, ...] = tuple(
    _VILLAGES + _COUNTIES + _ROADS + _SCHOOLS + _LANDMARKS + _BRANDS + _SHOPS + _COMPANIES + _DISEASES + _WORDS
    + _MINORITY_PLACES + _MINORITY_WORDS + _EN_PLACES + _EN_BRANDS + _EN_DISEASES + _EN_MASKS
)


class _Registry:
    """Global role of every string planted so far: a name stays a name, a look-alike stays one."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.lookalikes: set[str] = set(_STATIC_LOOKALIKES)

    def name_ok(self, name: str) -> bool:
        if name in self.names or name in self.lookalikes:
            return False
        return not any(name in s or s in name for s in _STATIC_LOOKALIKES)

    def lookalike_ok(self, s: str) -> bool:
        return s not in self.names


class _Cell:
    """Builder of one cell: hands out persons (names, or masks when the cell carries no name)."""

    def __init__(self, rng: random.Random, reg: _Registry, named: bool) -> None:
        self.rng, self.reg, self.named = rng, reg, named
        self.names: list[str] = []
        self.looks: list[str] = []

    # -- persons ------------------------------------------------------------------------------
    def _fresh(self, make) -> str:
        for _ in range(MAX_TRIES):
            s = make()
            if self.reg.name_ok(s) and s not in self.names:
                return s
        raise RuntimeError("remarks_v13: name pool exhausted")

    def han(self) -> str:
        r = self.rng
        def make() -> str:
            u = r.random()
            if u < 0.05:
                return r.choice(_WORD_NAMES)
            if u < 0.08:
                return r.choice(_COMPOUND_SURNAMES) + "".join(r.choices(_GIVEN, k=r.choice([1, 2])))
            if u < 0.13:
                sur = r.choice(_RARE_SURNAMES)
            else:
                sur = r.choices([s for s, _ in _SURNAMES], [w for _, w in _SURNAMES])[0]
            if r.random() < 0.05:
                return sur + r.choice(_DOUBLED) * 2
            return sur + "".join(r.choices(_GIVEN, k=1 if r.random() < 0.3 else 2))
        return make()

    def trad(self) -> str:
        r = self.rng
        return r.choice(_TRAD_SURNAMES) + "".join(r.choices(_TRAD_GIVEN, k=r.choice([1, 2, 2])))

    def minority(self) -> str:
        r = self.rng
        u = r.random()
        if u < 0.4:
            return r.choice(_UYGHUR_GIVEN) + r.choice(_SEPARATORS) + r.choice(_UYGHUR_FATHER)
        if u < 0.6:
            a, b = r.sample(_TIBETAN_PART, 2)
            return a + b
        if u < 0.75:
            return r.choice(_YI_CLAN) + r.choice(_YI_GIVEN)
        if u < 0.9:
            return r.choice(_MONGOL)
        return r.choice(_ZHUANG_SURNAMES) + "".join(r.choices(_GIVEN, k=r.choice([1, 2])))

    def english(self) -> str:
        r = self.rng
        u = r.random()
        if u < 0.12:
            sur, giv = r.choice(_CANTO_SURNAMES), r.sample(_CANTO_GIVEN, 2)
            form = r.randrange(4)
            if form == 0:
                return f"{sur} {giv[0]} {giv[1]}"
            if form == 1:
                return f"{sur.upper()} {giv[0]}-{giv[1].lower()}"
            if form == 2:
                return f"{giv[0]} {giv[1]} {sur}"
            return f"{sur} {giv[0]}{giv[1].lower()}"
        if u < 0.22:
            sur, giv = r.choice(_WG_SURNAMES), r.sample(_WG_GIVEN, 2)
            g = f"{giv[0].capitalize()}-{giv[1]}"
            return f"{sur} {g}" if r.random() < 0.6 else f"{g} {sur}"
        sur = r.choice(_PY_LU) if r.random() < 0.08 else r.choices(
            [s for s, _ in _PY_SURNAMES], [w for _, w in _PY_SURNAMES])[0]
        giv = r.sample(_PY_GIVEN, r.choice([1, 2, 2]))
        given = "".join(giv).capitalize()
        form = r.randrange(8)
        if form == 0:
            return f"{sur} {given}"
        if form == 1:
            return f"{given} {sur}"
        if form == 2:
            return f"{sur.upper()} {given}"
        if form == 3:
            return f"{sur.lower()} {given.lower()}"
        if form == 4 and len(giv) == 2:
            return f"{giv[0].capitalize()}-{giv[1]} {sur}"
        if form == 5:
            return ".".join(g[0].upper() for g in giv) + f". {sur}"
        if form == 6:
            return f"{sur}, {given}"
        return f"{sur} {' '.join(g.capitalize() for g in giv)}"

    def p(self, kind: str = "han") -> str:
        """A private person: a planted name, or a masked form when the cell carries no name."""
        if not self.named:
            return self.mask(english=kind == "english")
        make = {"han": self.han, "trad": self.trad, "minority": self.minority,
                "english": self.english}[kind]
        s = self._fresh(make)
        self.names.append(s)
        return s

    def mask(self, english: bool = False) -> str:
        r = self.rng
        if english:
            s = r.choice(_EN_MASKS)
        else:
            sur = r.choices([s for s, _ in _SURNAMES[:40]], [w for _, w in _SURNAMES[:40]])[0]
            s = sur + r.choice(_MASK_TAILS)
        return self.look(s)

    def official(self) -> str:
        """An official named in a public role: looks like a name, must survive."""
        for _ in range(MAX_TRIES):
            s = self.han()
            if s not in self.reg.names and s not in self.names and "某" not in s:
                return self.look(s)
        raise RuntimeError("remarks_v13: official pool exhausted")

    # -- look-alikes and filler ---------------------------------------------------------------
    def look(self, s: str) -> str:
        if s not in self.looks:
            self.looks.append(s)
        return s

    def pick(self, pool: list[str]) -> str:
        return self.look(self.rng.choice(pool))

    def kin(self) -> str:
        return self.rng.choice(_KIN)

    def phone(self) -> str:
        r = self.rng
        d = "1" + r.choice("3456789") + "".join(r.choices("0123456789", k=9))
        return r.choice([d, f"{d[:3]}-{d[3:7]}-{d[7:]}", f"{d[:3]} {d[3:7]} {d[7:]}"])

    def date(self) -> str:
        r = self.rng
        m, d = r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"2026年{m}月{d}日", f"2026-{m:02d}-{d:02d}", f"{m}月{d}日"])

    def money(self) -> str:
        return f"{self.rng.randrange(100, 9000)}元"

    def idno(self) -> str:
        r = self.rng
        return "".join(r.choices("0123456789", k=6)) + "********" + "".join(r.choices("0123456789", k=3)) + r.choice("0123456789X")

    def num(self, lo: int = 1, hi: int = 300) -> int:
        return self.rng.randint(lo, hi)


# ---------------------------------------------------------------------------------------------
# Families: each returns the text; persons and look-alikes are recorded on the cell.
# ---------------------------------------------------------------------------------------------
def _veteran(c: _Cell) -> str:
    k = c.rng.randrange(5)
    if k == 0:
        return (f"{c.p()}，{c.rng.choice(['上等兵', '中士', '下士', '一级军士长'])}，{c.num(1968, 2010)}年入伍，现住"
                f"{c.pick(_VILLAGES)}，本月定补{c.money()}；本人卧床，由{c.kin()}{c.p()}代领，代领人电话{c.phone()}。")
    if k == 1:
        return (f"优抚对象{c.p()}于{c.date()}病故，抚恤金自次月停发；遗属{c.p()}（{c.rng.choice(['配偶', '长子', '次女'])}）申领一次性抚恤金，"
                f"已核对户籍（{c.pick(_COUNTIES)}）。")
    if k == 2:
        a, b = c.p(), c.p()
        return (f"{a}、{b}均系参战退役人员，春节走访时送去{c.pick(_BRANDS)}礼盒和{c.pick(_WORDS)}挂历，"
                f"后者反映{c.pick(_DISEASES)}用药负担重。")
    if k == 3:
        return (f"光荣牌核对：{c.pick(_VILLAGES)}{c.p()}家已悬挂；门牌改为{c.pick(_ROADS)}{c.num()}号，"
                f"原址{c.pick(_SHOPS)}旁，需补挂。")
    return (f"退役士兵{c.p()}自主就业一次性经济补助已发放至其本人账户，与{c.p()}同批办理，"
            f"复核人注明：勿与{c.mask()}混淆。")


def _disability(c: _Cell) -> str:
    k = c.rng.randrange(5)
    if k == 0:
        return (f"申请人{c.p()}，肢体二级，{c.pick(_DISEASES)}后遗症，监护人为{c.kin()}{c.p()}，"
                f"评残医院：{c.pick(_COUNTIES)}人民医院，住{c.pick(_ROADS)}{c.num()}号。")
    if k == 1:
        return (f"康复训练：儿童{c.p()}确诊{c.pick(_DISEASES)}，在{c.pick(_LANDMARKS)}附近的康复中心训练，"
                f"家长{c.p()}每周接送三次，电话{c.phone()}。")
    if k == 2:
        return (f"残疾人证换领，{c.p()}的证件由{c.p()}代办，身份证{c.idno()}，照片在{c.pick(_SHOPS)}拍摄。")
    if k == 3:
        return (f"辅具适配：轮椅一台，受助人{c.p()}（{c.pick(_VILLAGES)}），送货车辆由{c.pick(_BRANDS)}赞助，"
                f"签收人系{c.kin()}。")
    return (f"入户回访时{c.p()}不在家，据邻居{c.p()}说已去{c.pick(_COUNTIES)}做透析；{c.pick(_WORDS)}"
            f"志愿队留言待回电。")


def _funeral(c: _Cell) -> str:
    k = c.rng.randrange(4)
    if k == 0:
        return (f"逝者{c.p()}，{c.date()}火化，基本殡葬服务费减免{c.money()}，经办人为{c.kin()}{c.p()}，"
                f"骨灰安放于{c.pick(_VILLAGES)}公益性公墓。")
    if k == 1:
        return (f"惠民补贴：亡者{c.p()}生前为{c.pick(_WORDS)}家庭成员，补贴打入{c.p()}卡内，"
                f"遗体接运车辆从{c.pick(_ROADS)}出发。")
    if k == 2:
        return (f"生态安葬奖补，{c.p()}与{c.p()}两户同日树葬，地点{c.pick(_LANDMARKS)}后山林地，每户{c.money()}。")
    return (f"{c.p()}（殁年{c.num(60, 99)}岁，死因{c.pick(_DISEASES)}）的丧事由其{c.kin()}操办，"
            f"白事宴设在{c.pick(_SHOPS)}，已劝导简办。")


def _student(c: _Cell) -> str:
    k = c.rng.randrange(4)
    if k == 0:
        return (f"学生{c.p()}，{c.pick(_SCHOOLS)}{c.num(1, 6)}年级，建档立卡户，父亲{c.p()}务工受伤，"
                f"本学期补助{c.money()}。")
    if k == 1:
        return (f"{c.p()}同学考入{c.pick(_COUNTIES)}一中，雨露计划资助已申请，班主任反映该生在"
                f"{c.pick(_SHOPS)}打零工，和{c.p()}同住{c.pick(_VILLAGES)}。")
    if k == 2:
        return (f"助学金名单（补录）：{c.p()}、{c.p()}、{c.p()}；资助方{c.pick(_COMPANIES)}，"
                f"发放地点{c.pick(_ROADS)}校区。")
    return (f"生源地助学贷款，借款学生{c.p()}，共同借款人为{c.kin()}{c.p()}，联系电话{c.phone()}。")


def _employment(c: _Cell) -> str:
    k = c.rng.randrange(4)
    if k == 0:
        return (f"公益性岗位：{c.p()}，保洁员，上岗于{c.pick(_ROADS)}片区，岗位补贴{c.money()}/月，"
                f"就业困难类别：大龄。")
    if k == 1:
        return (f"就业援助对象{c.p()}已在{c.pick(_SHOPS)}就业，社保补贴按月申报；其{c.kin()}{c.p()}"
                f"仍登记失业。")
    if k == 2:
        return (f"护林员花名册调整：{c.p()}因患{c.pick(_DISEASES)}辞岗，由{c.p()}顶岗，"
                f"负责{c.pick(_VILLAGES)}一带山林。")
    return (f"零就业家庭帮扶，给{c.p()}推荐了{c.pick(_COMPANIES)}的仓管岗位，面试地点"
            f"{c.pick(_COUNTIES)}{c.pick(_ROADS)}{c.num()}号。")


def _traffic(c: _Cell) -> str:
    k = c.rng.randrange(4)
    plate = "鲁" + c.rng.choice("ABCDEFGHJK") + "".join(c.rng.choices("0123456789", k=5))
    if k == 0:
        return (f"当事人{c.p()}驾驶{plate}在{c.pick(_ROADS)}与{c.pick(_ROADS)}交叉口闯红灯，"
                f"罚款200元记6分，已当场签收。")
    if k == 1:
        return (f"占道经营：{c.pick(_SHOPS)}店主{c.p()}在{c.pick(_ROADS)}摆摊，责令改正；"
                f"其{c.kin()}{c.p()}到场配合。")
    if k == 2:
        return (f"电动车未戴头盔，{c.p()}、{c.p()}于{c.date()}在{c.pick(_SCHOOLS)}门口被查，口头警告。")
    return (f"违停抄告{plate}，车主{c.p()}称车辆借给{c.p()}使用，停放于{c.pick(_BRANDS)}门店前。")


def _market(c: _Cell) -> str:
    k = c.rng.randrange(5)
    if k == 0:
        return (f"投诉人{c.p()}反映在{c.pick(_BRANDS)}购买的商品过期，经营者{c.pick(_COMPANIES)}"
                f"同意退一赔三，已调解。")
    if k == 1:
        return (f"消费者{c.p()}称{c.pick(_SHOPS)}收取会员费后关门，同批投诉的还有{c.p()}等{c.num(3, 30)}人。")
    if k == 2:
        return (f"个体工商户{c.pick(_SHOPS)}未明码标价，处罚决定送达时由店员{c.p()}代收，"
                f"经营者联系电话{c.phone()}。")
    if k == 3:
        return (f"举报人{c.p()}（要求保密）举报{c.pick(_COMPANIES)}销售假冒{c.pick(_BRANDS)}，"
                f"已立案，案件承办与{c.mask()}案并案。")
    return (f"当事人为自然人{c.mask()}，在{c.pick(_ROADS)}无照经营；现场见证人{c.p()}签字确认。")


def _property(c: _Cell) -> str:
    k = c.rng.randrange(4)
    if k == 0:
        return (f"宅基地申请人{c.p()}，四至：东至{c.p()}宅，西至村道，南至{c.pick(_VILLAGES)}界，北至水渠。")
    if k == 1:
        return (f"不动产首次登记，权利人{c.p()}，共有人{c.kin()}{c.p()}，坐落{c.pick(_COUNTIES)}"
                f"{c.pick(_ROADS)}{c.num()}号。")
    if k == 2:
        return (f"继承转移登记：被继承人{c.p()}，继承人{c.p()}、{c.p()}，其余继承人书面放弃。")
    return (f"农房翻建，{c.p()}家与{c.pick(_SHOPS)}相邻，老宅原为{c.pick(_COMPANIES)}仓库，"
            f"村委会已出具证明。")


def _legal(c: _Cell) -> str:
    k = c.rng.randrange(4)
    if k == 0:
        return (f"受援人{c.p()}追索劳动报酬，对方当事人为{c.pick(_COMPANIES)}，"
                f"包工头{c.p()}拖欠工资{c.money()}。")
    if k == 1:
        return (f"离婚纠纷，受援人{c.p()}与丈夫{c.p()}育有一子，住{c.pick(_VILLAGES)}，"
                f"申请人母亲代为递交材料。")
    if k == 2:
        return (f"赡养纠纷：老人{c.p()}诉{c.rng.choice(['儿子', '女儿', '儿媳'])}{c.p()}，调解地点{c.pick(_LANDMARKS)}旁司法所，"
                f"老人患{c.pick(_DISEASES)}。")
    return (f"港籍当事人{c.p('trad')}委托内地亲属{c.p()}申请法律援助，在{c.pick(_BRANDS)}门店发生消费纠纷。")


def _english(c: _Cell) -> str:
    k = c.rng.randrange(5)
    p = lambda: c.p("english")  # noqa: E731
    if k == 0:
        return (f"Applicant {p()} lives near {c.pick(_EN_PLACES)}; subsidy of "
                f"{c.num(200, 2000)} yuan paid to her son {p()}.")
    if k == 1:
        return (f"note: {p()} was referred by the street office after a fall, diagnosed with "
                f"{c.pick(_EN_DISEASES)}, family contact {c.phone()}.")
    if k == 2:
        return (f"Recipients this month: {p()}; {p()}; {p()}. Payments via {c.pick(['Bank of China', 'Wanda Plaza', 'Xinhua Bookstore'])} counters.")
    if k == 3:
        return (f"Complaint filed by {p()} against a shop on {c.pick(_EN_PLACES[4:9])} selling fake "
                f"{c.pick(_EN_BRANDS)} goods.")
    return (f"Interviewer met {p()} and her husband at {c.pick(_EN_PLACES)}; masked in the "
            f"old export as {c.mask(english=True)}.")


def _minority(c: _Cell) -> str:
    k = c.rng.randrange(5)
    m = lambda: c.p("minority")  # noqa: E731
    if k == 0:
        return (f"{m()}，女，{c.pick(_MINORITY_PLACES)}农牧民，草原生态补奖{c.money()}，"
                f"{c.pick(['那达慕大会', '古尔邦节', '肉孜节', '火把节', '三月三歌节'])}期间由{c.kin()}{m()}代领。")
    if k == 1:
        return (f"牧民定居点分房名单：{m()}、{m()}、{m()}，位于{c.pick(_MINORITY_PLACES)}。")
    if k == 2:
        return (f"藏历新年慰问，干部献上{c.look('哈达')}道一声“{c.look('扎西德勒')}”；困难户{m()}"
                f"与{c.p()}（汉族）合住，患{c.pick(_DISEASES)}。")
    if k == 3:
        return (f"非遗传承补助：{m()}说唱{c.pick(['格萨尔王传', '阿诗玛'])}，{m()}演奏{c.look('马头琴')}，"
                f"随{c.look('乌兰牧骑')}下乡。")
    return (f"易地搬迁户{m()}，原住{c.pick(_MINORITY_PLACES)}，搬迁后在{c.pick(_SHOPS)}务工。")


def _public(c: _Cell) -> str:
    k = c.rng.randrange(5)
    o = c.official
    if k == 0:
        return (f"【公示】经村民代表评议、镇政府审核，拟将{c.p()}、{c.p()}两户纳入最低生活保障，"
                f"公示期七天。联系人：民政办{o()}，电话0531-{c.num(80000000, 89999999)}；审批人：副镇长{o()}。")
    if k == 1:
        return (f"听证公告：定于{c.date()}在{c.pick(_VILLAGES)}村委会召开听证会，由{o()}主持，听证员{o()}、"
                f"{o()}，书记员{o()}；申请人{c.p()}及其委托代理人{c.p()}应准时到场。")
    if k == 2:
        return (f"公益性岗位拟录用公示：评审小组组长{o()}，成员{o()}、{o()}；拟录用{c.p()}，"
                f"岗位为{c.pick(_ROADS)}保洁。")
    if k == 3:
        return (f"公告送达：{c.p()}：因无法直接送达，本局依法公告送达行政处罚决定书，自公告之日起六十日视为送达。"
                f"送达人：{o()}、{o()}。")
    return (f"宅基地审批公示：申请人{c.p()}拟在{c.pick(_VILLAGES)}建房，经办人{o()}，"
            f"审核人{o()}（国土所所长），异议请向纪委书记{o()}反映。")


def _lookalike(c: _Cell) -> str:
    k = c.rng.randrange(5)
    if k == 0:
        return (f"走访路线：{c.pick(_VILLAGES)}—{c.pick(_ROADS)}—{c.pick(_LANDMARKS)}—{c.pick(_SCHOOLS)}，途经{c.pick(_BRANDS)}。")
    if k == 1:
        return (f"当事人{c.mask()}、{c.mask()}的信息已脱敏；所涉商户{c.pick(_SHOPS)}、{c.pick(_COMPANIES)}照常公示。")
    if k == 2:
        return (f"本月新增{c.pick(_DISEASES)}和{c.pick(_DISEASES)}慢病卡，配药点在{c.pick(_COUNTIES)}{c.pick(_ROADS)}。")
    if k == 3:
        return (f"{c.pick(_WORDS)}活动奖品为{c.pick(_BRANDS)}和{c.pick(_BRANDS)}，在{c.pick(_MINORITY_PLACES)}发放。")
    return (f"Route: {c.pick(_EN_PLACES)} to {c.pick(_EN_PLACES)}, past a {c.pick(_EN_BRANDS)} outlet; {c.pick(_EN_DISEASES)} records of {c.mask(english=True)} withheld.")


_BUILDERS = {
    "veteran_care": _veteran, "disability_rehab": _disability, "funeral_subsidy": _funeral,
    "student_aid": _student, "employment_aid": _employment, "traffic_violation": _traffic,
    "market_complaint": _market, "homestead_property": _property, "legal_aid": _legal,
    "english_export": _english, "minority_listing": _minority, "public_notice": _public,
    "lookalike_only": _lookalike,
}


# ---------------------------------------------------------------------------------------------
# Contract and assembly
# ---------------------------------------------------------------------------------------------
def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _cell_ok(text: str, names: list[str], looks: list[str], reg: _Registry) -> bool:
    if any(not s or s not in text for s in looks):
        return False
    for n in names:
        if text.count(n) != 1 or n in reg.lookalikes or n in looks:
            return False
        (a, b), = _spans(text, n)
        for other in [x for x in names if x != n] + looks:
            if n in other or other in n:
                return False
            if any(x < b and a < y for x, y in _spans(text, other)):
                return False
    return not any(s in reg.names for s in looks)


def _family_counts(n: int) -> dict[str, int]:
    """WEIGHTS scaled to n by largest remainder (ties in declaration order)."""
    total = sum(WEIGHTS.values())
    base = {f: w * n // total for f, w in WEIGHTS.items()}
    rest = n - sum(base.values())
    order = sorted(WEIGHTS, key=lambda f: (-(WEIGHTS[f] * n % total), list(WEIGHTS).index(f)))
    for f in order[:rest]:
        base[f] += 1
    return base


def make_remarks(n: int = 2000, seed: int = 1313) -> list[Remark]:
    """n cells, family mix by WEIGHTS, ~10% of name-family cells without a name; deterministic."""
    if n < 0:
        raise ValueError(f"remarks_v13: n must be >= 0, got {n}")
    rng = random.Random(seed)
    counts = _family_counts(n)
    plan: list[tuple[str, bool]] = []
    for fam, k in counts.items():
        blank = set(rng.sample(range(k), int(k * NO_NAME_SHARE + 0.5))) if fam in NAME_FAMILIES else set()
        plan.extend((fam, fam in NAME_FAMILIES and i not in blank) for i in range(k))
    rng.shuffle(plan)
    reg = _Registry()
    out: list[Remark] = []
    for fam, named in plan:
        for _ in range(MAX_TRIES):
            cell = _Cell(rng, reg, named)
            text = _BUILDERS[fam](cell)
            if (bool(cell.names) == named) and _cell_ok(text, cell.names, cell.looks, reg):
                break
        else:
            raise RuntimeError(f"remarks_v13: could not draw a valid {fam} cell")
        reg.names.update(cell.names)
        reg.lookalikes.update(cell.looks)
        out.append(Remark(text=text, family=fam, names=list(cell.names), lookalikes=list(cell.looks),
                          public_officials=fam in PUBLIC_FAMILIES))
    return out


def describe(remarks: list[Remark]) -> str:
    """Per-family table: cells, names, look-alikes, cells with a name; then a total row."""
    rows: dict[str, list[int]] = {}
    for r in remarks:
        row = rows.setdefault(r.family, [0, 0, 0, 0])
        row[0] += 1
        row[1] += len(r.names)
        row[2] += len(r.lookalikes)
        row[3] += bool(r.names)
    order = [f for f in FAMILIES if f in rows] + sorted(f for f in rows if f not in FAMILIES)
    lines = [f"{'family':<20}{'cells':>7}{'names':>7}{'looks':>7}{'named':>7}"]
    for f in order:
        c, nm, lk, wn = rows[f]
        lines.append(f"{f:<20}{c:>7}{nm:>7}{lk:>7}{wn:>7}")
    tot = [sum(r[i] for r in rows.values()) for i in range(4)]
    lines.append(f"{'total':<20}{tot[0]:>7}{tot[1]:>7}{tot[2]:>7}{tot[3]:>7}")
    return "\n".join(lines)


__all__ = ["VERSION", "FAMILIES", "WEIGHTS", "NAME_FAMILIES", "PUBLIC_FAMILIES", "make_remarks",
           "describe"]
