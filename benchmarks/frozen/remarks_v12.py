"""Frozen remark set 12: free-text spreadsheet cells for the person-name de-identification detector.

What it is
    A deterministic generator of free-text cells of the kind a provincial data office finds in the
    monthly listings and spreadsheets it publishes (备注, 家庭成员, 当事人, 违法事实, 执行情况,
    负责人, ticket summaries, 公示 remarks, and an English-language export).  Every private
    person's name planted in a cell is recorded, exactly as it appears in the text; so is every
    look-alike, a string that looks like a name but must survive de-identification.

Who wrote it and what was read
    Written blind by a helper session on branch h-remarks12, from its own knowledge of Chinese
    government listings.  Read, and nothing else of the project: /work/notes/brief.md (in full);
    the section "Personal data in public listings" of /work/shared/reference/DOMAIN.md; lines
    165-180 of benchmarks/frozen/remarks.py (the tail of a template tuple and the ``Remark``
    dataclass).  No detector code, no other benchmark, no data file, no other test and no git
    history was read, and no gongkai code was run on these cells.
    Slips: none in substance.  Listing directories showed file names only: the names of files in
    tests/ (``ls tests``) and the number of files in benchmarks/frozen/ - no contents.

Families (weights in WEIGHTS, summing to 2000)
    assistance_roll  低保/特困/临时救助: 家庭成员 column and 备注 (household, kin, 代领人)
    allowance_roll   残疾人两项补贴 and 高龄津贴: 监护人, 护理人, 代领人, deaths and stops
    medical_aid      医疗救助 records: patient, diagnosis, hospital, amounts, carer
    penalty_sheet    行政处罚 cells: 当事人, 违法事实, 处罚结果, 执行情况 (个体工商户 operators)
    food_sampling    食品抽检不合格 lists: 被抽样单位, 负责人, suppliers, recalls, brands
    hotline_ticket   12345 hotline and 信访 ticket summaries in long prose
    housing_notice   住房保障 and 危房改造 公示 remarks
    english_export   English-language export of such cells, pinyin names in many spellings
    ethnic_region    listings from minority regions (Uyghur/Kazakh, Tibetan, Mongolian, Yi, Hui,
                     Zhuang, Korean names)
    public_notice    公示 notices (the one PUBLIC_FAMILIES member): applicants are names; officials
                     named in their public role (审批人, 签发人, 主持人, 审核, 联系人) are look-alikes
    lookalike_only   cells with no private name at all: the pure look-alike family
About 10% of the cells of every name family (rounded per family) carry no name at all.

Surface forms of names
    Han names drawn with realistic surname frequencies (王 李 张 ... as a Zipf-like weighting) with
    one- and two-character given names; rare surnames (仉 亓 禚 逄 阚 眭 ...); compound surnames
    (欧阳 司马 诸葛 上官 慕容 ...); names that are ordinary words (高峰 江山 白云 黎明 ...);
    traditional characters (陳志偉 黃淑芬 ...); Uyghur/Kazakh names with the separator written as
    ``·`` ``•`` ``・`` ``‧`` ``.`` ``-`` or left out, children named after the father; Tibetan
    (次仁卓玛), Mongolian (乌云其木格), Yi (吉克阿依), Hui, Zhuang and Korean (朴英哲) names.
    Placed with and without cue words (户主/申请人/代领人/当事人/负责人/来电人 ...), with a
    colon or without, in lists joined by 、 ， , ； ; / | space, ideographic space or a line break,
    right after particles and verbs (由 与 向 被 为 陪同), beside kinship terms (其妻, 儿子, （长子）),
    inside long prose, as 个体工商户 operators and 法定代表人.
    English export: pinyin names as ``Wang Xiaoming``, ``WANG Xiaoming``, ``Xiaoming Wang``,
    ``WANG, Xiaoming``, ``Wang Xiao-ming``, ``Wang Xiao Ming``, ``X.M. Wang``, ``Wang X.M.``,
    ``wang xiaoming``, ``WANG XIAOMING``, ``WangXiaoming``; apostrophes (``Hai'ou``); ü written
    ``Lü``/``Lv``/``Lyu``; compound surnames (Ouyang); Uyghur, Kazakh, Tibetan, Mongolian and
    Korean romanisations (``Park Young-chul``).

Surface forms of look-alikes
    Villages named after clans (张家湾村, 王家坝村), towns (王集镇), places named after people
    (中山市, 志丹县, 左权县), roads (中山路, 秀英大道, 逸仙路), housing estates (建国新村),
    shops not named after a full personal name (老李牛肉面馆, 建华副食店 beside its operator
    王建华), companies (德福粮油有限公司), hospitals (华山医院, 逸夫医院), brands and products
    (康师傅, 王老吉, 张大妈饺子), malls (万达广场), common words (高峰期, 春风行动), masked names
    already de-identified (张某, 李某某, 王**, 赵*, 陈*明, 买买提·**), officials in their public
    role in public_notice, and the English equivalents (Zhongshan Road, Liuyang, Wanda Plaza,
    ``Zhang **``).

Scoring
    Every string in ``Remark.names`` must be removed (or replaced) from ``Remark.text``; every
    string in ``Remark.lookalikes`` must survive unchanged.  ``public_officials`` is True only on
    public_notice cells.  Contract: each name occurs exactly once in its cell (case-insensitively);
    each look-alike occurs at least once; no name or look-alike contains, or overlaps in the text,
    another one of the same cell; a string is never a name in one cell and a look-alike in another.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

from .remarks import Remark

VERSION = "frozen-remarks-12 (2026-12-05)"

FAMILIES: dict[str, str] = {
    "assistance_roll": "低保/特困/临时救助 listings: 家庭成员 column and 备注 (household, kin, 代领人)",
    "allowance_roll": "残疾人两项补贴 and 高龄津贴 listings: 监护人/护理人/代领人 remarks",
    "medical_aid": "医疗救助 records: patient, diagnosis, hospital, amounts, carer",
    "penalty_sheet": "行政处罚 cells: 当事人, 违法事实, 处罚结果, 执行情况 (个体工商户 operators)",
    "food_sampling": "食品抽检不合格 lists: 被抽样单位, 负责人, suppliers and recalls",
    "hotline_ticket": "12345 hotline and 信访 ticket summaries in long prose",
    "housing_notice": "住房保障 and 危房改造 公示 remarks",
    "english_export": "English-language export of such cells with pinyin names in many spellings",
    "ethnic_region": "listings from minority regions: Uyghur/Kazakh, Tibetan, Mongolian, Yi, Hui, Zhuang, Korean",
    "public_notice": "公示 notices: applicants are names, officials in their public role are look-alikes",
    "lookalike_only": "no private name: places, roads, shops, brands, masked names, common words",
}

WEIGHTS: dict[str, int] = {
    "assistance_roll": 260,
    "allowance_roll": 200,
    "medical_aid": 170,
    "penalty_sheet": 220,
    "food_sampling": 160,
    "hotline_ticket": 220,
    "housing_notice": 170,
    "english_export": 200,
    "ethnic_region": 200,
    "public_notice": 100,
    "lookalike_only": 100,
}

LOOKALIKE_FAMILY = "lookalike_only"
NAME_FAMILIES: tuple[str, ...] = tuple(f for f in FAMILIES if f != LOOKALIKE_FAMILY)
PUBLIC_FAMILIES: tuple[str, ...] = ("public_notice",)

# Share of cells in a name family that carry no name at all.
NO_NAME_SHARE_PERCENT = 10

# Separators written between names in lists (the last three: ideographic space, line break, pipe).
LIST_SEPARATORS: tuple[str, ...] = ("、", "，", ",", "；", ";", "/", " ", "\u3000", "\n", "|")
# How the two parts of a Uyghur/Kazakh name are joined ("" = written together).
MIDDLE_DOTS: tuple[str, ...] = ("·", "•", "・", "‧", ".", "-", "")


def _split(s: str) -> tuple[str, ...]:
    return tuple(s.split())


# ---------------------------------------------------------------- name material (Chinese script)
_SURNAMES = _split(
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 "
    "董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 "
    "邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤"
)
# Zipf-like weights: the first surnames dominate as they do in household registers.
_SURNAME_CUM = tuple(itertools.accumulate(1.0 / (i + 3) ** 0.95 for i in range(len(_SURNAMES))))
RARE_SURNAMES = _split("仉 亓 禚 佘 逄 阚 郏 眭 璩 笪 冼 麦 植 佴 逯 厍 糜 戢 甄 訾 昝 扈 邝 鞠 郜 蔺 隗 缪 靳 栾")
COMPOUND_SURNAMES = _split("欧阳 司马 诸葛 上官 慕容 皇甫 公孙 东方 令狐 尉迟 澹台 端木 夏侯 司徒 长孙 宇文 申屠 呼延")
def _gendered(male: str, female: str) -> dict[str, tuple[str, ...]]:
    return {"M": _split(male), "F": _split(female)}


# Given names by gender ("M"/"F"); a relative's kinship term fixes the gender drawn.
_GIVEN1 = _gendered("伟 强 磊 军 洋 勇 杰 涛 明 超 平 刚 辉 鹏 华 飞 斌 宇 浩 凯 健 俊 帆 峰 亮 波 兵 林 彬 鑫 晨",
                    "芳 娜 敏 静 丽 艳 娟 霞 玲 婷 莉 琳 雪 倩 红 梅 英 萍 燕 欣 悦 蕾")
_GIVEN2 = _gendered(
    "晓东 建华 建国 建军 建平 志强 志明 志刚 国强 国华 国庆 德福 福生 长青 卫东 卫国 红军 爱国 援朝 永强 "
    "海波 海军 小明 小军 文杰 俊杰 浩然 宇轩 思远 子轩 博文 天佑 泽宇 明轩 铁柱 三宝 来福 春生 润发 金宝 "
    "立新 学军 德明 爱华 文华 一诺",
    "秀英 桂英 秀兰 玉兰 桂兰 秀珍 凤英 玉珍 玉梅 淑珍 淑华 桂芳 翠兰 金花 春梅 红梅 海燕 丽娟 晓燕 小红 "
    "小燕 子涵 梓萱 欣怡 雨桐 诗涵 梓涵 佳怡 雨萱 可馨 嘉怡 若汐 紫涵 书瑶 二妮 招娣 秋菊 冬梅 桂香 凤兰 "
    "月英 红霞 丽萍 建英 秀云 玉凤 素芬 美玲 永红 爱华 一诺",
)
_GIVEN_FIRST = _gendered("海 建 志 国 德 永 晓 子 浩 俊 文 金 福 长 卫 明 新 宏 振 少",
                         "秀 桂 玉 凤 淑 丽 春 晓 雨 欣 梓 思 佳 亚 美 慧")
_GIVEN_SECOND = _gendered("华 平 强 军 林 生 福 涛 杰 辉 宇 轩 然 博 东 鹏 斌 勇",
                          "英 兰 珍 芳 梅 燕 霞 涵 萱 怡 琪 娟 花 莲 清 妍")
WORD_NAMES = _split(
    "高峰 江山 白云 金星 方圆 田野 文静 向阳 常青 林海 石磊 马力 夏雨 黎明 江涛 丁香 华夏 钟声 于是 安康 "
    "黄河 程序 高尚 张扬 武功 史诗 常识 包容 司马光明"
)
_TRAD_SURNAMES = _split("陳 黃 劉 張 鄭 蕭 葉 馮 鍾 蘇 許 謝 羅 楊 趙 吳 錢 孫 歐陽 司馬 馬 龍 盧 鄧 簡")
_TRAD_GIVEN = _gendered("志偉 國華 曉東 建國 嘉豪 家豪 俊傑 偉 傑 龍 華 輝 強 誠 振東",
                        "淑芬 麗華 雅婷 秀蘭 鳳英 詠詩 美玲 惠珍 麗 儀 婷 嘉儀 鳳")
# Uyghur and Kazakh given names; a child's second part is the father's given name.
_UYGHUR_GIVEN = _gendered(
    "买买提 艾力 阿不都热依木 吐尔逊 努尔艾力 艾尔肯 阿迪力 麦麦提敏 阿布都克力木 依明 玉素甫 热合曼 肉孜 "
    "卡德尔 努尔兰 叶尔兰 别克 赛力克 叶尔波力 阿斯哈尔 巴合提 吐尔洪",
    "阿依古丽 古丽娜尔 热依拉 帕提古丽 如克亚 祖丽皮亚 阿依达娜 加娜尔 哈力旦 阿曼古丽 再努尔",
)
_TIBETAN_PARTS = _gendered("扎西 次仁 格桑 多吉 达瓦 尼玛 旦增 平措 罗布 洛桑 边巴 索朗 普布 仁增 贡嘎",
                           "扎西 次仁 卓玛 格桑 央金 达瓦 尼玛 拉姆 央宗 德吉 曲珍 白玛 普布")
_MONGOL_NAMES = _gendered(
    "巴特尔 额尔敦 那仁格日勒 宝音图 朝鲁门 格日勒图 阿拉坦仓 敖特根 孟和 吉日嘎拉 满都拉 哈斯巴根 额尔德木图",
    "乌云其木格 斯琴高娃 苏日娜 其其格 萨仁高娃 图门吉雅 乌日娜 娜仁花 高娃",
)
_MONGOL_HAN_SURNAMES = _split("包 白 鲍 韩 吴")
_YI_SURNAMES = _split("吉克 曲比 阿苏 沙马 海来 马海 俄底 阿的 吉伍 勒格 阿尔 木乃 瓦扎 俄木 吉木")
_YI_GIVEN = _gendered("木呷 拉且 尔布 伍各 日古 阿支 石日 拉博 布哈 阿牛 子莫 伍沙", "阿依 阿果 么么 有格 阿芝 拉姆 日嫫")
_HUI_SURNAMES = _split("马 哈 纳 白 回 撒 丁 穆 海 者 喇 沙")
_ZHUANG_SURNAMES = _split("韦 覃 黄 莫 蓝 陆 农 蒙 潘 卢 岑 梁")
_ZHUANG_GIVEN = _gendered("光宝 日新 德胜 达 振宁 福 壮强 文宝", "金凤 秀英 美兰 桂荣 艳 英 妹 秀娟 春燕 桂芬")
_KOREAN_SURNAMES = _split("金 朴 崔 李 郑 全 玄 南宫 尹 姜 申 池 许 千")
_KOREAN_GIVEN = _gendered("英哲 成浩 哲洙 光洙 永吉 东植 锡范 京浩 昌虎 吉男", "顺姬 明淑 英子 春花 贞淑 美玉 恩惠 秀贤 英爱")

_HANLIKE = ("han", "compound", "rare", "trad", "word", "hui", "zhuang", "korean")
_MIX_DEFAULT = {"han": 70, "compound": 4, "rare": 5, "trad": 4, "word": 5, "uyghur": 3, "tibetan": 2,
                "mongol": 2, "yi": 2, "hui": 1, "zhuang": 1, "korean": 1}
_MIX_ETHNIC = {"uyghur": 34, "tibetan": 16, "mongol": 13, "yi": 13, "hui": 7, "zhuang": 8, "korean": 9, "han": 4}
_ETHNIC_LABEL = {"uyghur": ("维吾尔族", "哈萨克族"), "tibetan": ("藏族",), "mongol": ("蒙古族",), "yi": ("彝族",),
                 "hui": ("回族", "东乡族"), "zhuang": ("壮族",), "korean": ("朝鲜族",), "han": ("汉族",)}

# Kinship terms: (term, relative normally shares the head's surname, relative's gender or None).
_KIN: tuple[tuple[str, bool, str | None], ...] = (
    ("儿子", True, "M"), ("女儿", True, "F"), ("长子", True, "M"), ("次子", True, "M"), ("长女", True, "F"),
    ("次女", True, "F"), ("孙子", True, "M"), ("孙女", True, "F"), ("侄子", True, "M"), ("侄女", True, "F"),
    ("弟弟", True, "M"), ("妹妹", True, "F"), ("哥哥", True, "M"), ("姐姐", True, "F"), ("父亲", True, "M"),
    ("妻子", False, "F"), ("丈夫", False, "M"), ("儿媳", False, "F"), ("女婿", False, "M"),
    ("外孙女", False, "F"), ("母亲", False, "F"), ("配偶", False, None),
)
_KIN_SHORT = {"儿子": "子", "女儿": "女", "妻子": "妻", "丈夫": "夫", "父亲": "父", "母亲": "母"}
KIN_TERMS: tuple[str, ...] = tuple(k for k, _, _ in _KIN) + tuple(_KIN_SHORT.values())

# ---------------------------------------------------------------- look-alike material (Chinese)
_VILLAGES = _split(
    "张家湾村 王家坝村 李家庄 刘庄村 陈家沟村 赵家岭村 马家堡 杨柳村 孙家湾 周家嘴村 何家巷 黄泥塘村 石门村 "
    "高家店村 郭家寨 胡家台村 朱家桥村 罗家坪 吴家楼村 徐家圩 宋庄 韩家营村 冯家屯 邓家湾村 曹家庄 彭家岭"
)
_TOWNS = _split("城关镇 马店镇 杨柳青镇 新华镇 东风乡 红旗乡 永和镇 太平镇 长乐乡 文昌镇 王集镇 李营乡 张庄镇 刘集乡 陈店镇 高桥镇")
_PERSON_PLACES = _split("中山市 志丹县 左权县 靖宇县 尚志市 子长市")
_WORK_CITIES = _split("广州 东莞市 义乌 昆山 深圳 宁波 佛山 张家港市") + _PERSON_PLACES
_ROADS = _split(
    "中山路 解放路 人民路 建国路 胜利街 文明路 和平街 长江路 黄河路 逸仙路 中山北路 秀英大道 延安路 建设大道 "
    "振华路 光明街 新华街 朝阳路 靖宇街 子龙路"
)
_COMMUNITIES = _split("秀英花园 建国新村 阳光家园 幸福里小区 向阳小区 东方明珠花园 金色家园 翠苑小区 红星新村 春晖苑 丽景湾 学府佳苑 育英小区 国华苑")
_SHOPS = _split(
    "老李牛肉面馆 王记烧腊店 阿芳理发店 张妈妈饺子馆 刘家大院农家乐 小杨生煎 陈记粥铺 胖哥烧烤 赵家铺子 "
    "老马家拉面 周记凉皮 二嫂酸菜鱼 李姐麻辣烫 黄师傅修车铺 阿强百货 三哥烤鱼"
)
_SHOP_KINDS = _split("副食店 便利店 小卖部 五金店 干洗店 粮油店 烟酒店 早餐店 水果店")
_COMPANIES = _split(
    "金穗农资有限公司 华夏建材有限公司 宏达建筑工程有限公司 永兴食品有限公司 德福粮油有限公司 鑫源物流有限公司 "
    "春晖农业开发有限公司 建国建筑劳务有限公司 明珠餐饮管理有限公司 天佑药业有限公司 志远商贸有限公司"
)
_MALLS = _split("万达广场 永辉超市 苏宁易购 华润万家 大润发 国美电器 沃尔玛")
_BRANDS = _split("康师傅 老干妈 王老吉 周黑鸭 张裕 李锦记 金龙鱼 白象 双汇 今麦郎 海天 六必居 稻香村 全聚德 狗不理 同仁堂 娃哈哈 张大妈饺子 李大爷烧饼")
_HOSPITALS = _split("华山医院 中山医院 同仁医院 协和医院 湘雅医院 华西医院 逸夫医院 仁济医院 张家港市第一人民医院 宝安区人民医院 县人民医院 马店镇卫生院")
_WELFARE = _split("金秋敬老院 夕阳红幸福院 城关镇中心敬老院 福寿康养中心 长青老年公寓")
_BANKS = _split("农村商业银行 邮储银行 农业银行 农村信用社 建设银行")
_SCHOOLS = _split("城关镇中心小学 育英中学 建华中学 实验小学 第二中学 职业技术学院")
_PROPERTY = _split("万科物业 碧桂园物业 保利物业 绿城物业")
_PROGRAM_WORDS = _split("春风行动 金秋助学 阳光救助 雨露计划 文明城市 平安建设")
_STREETS = _split("城关街道 东城街道 西湖街道 和平街道 朝阳街道")
_MARKETS = _split("东风农贸市场 城南农贸市场 新华批发市场 向阳菜市场")

_ILLNESS = _split("尿毒症 脑梗后遗症 肺癌晚期 精神分裂症 重度糖尿病 脑瘫 白血病 类风湿关节炎 截瘫 慢性肾衰竭")
_DISABILITY = _split("肢体二级 肢体一级 视力一级 听力二级 智力二级 精神一级 多重一级 言语三级")
_SAMPLES = _split("豆芽 酱牛肉 韭菜 鸡蛋 油条 米粉 卤鸭脖 鲜湿面 散装白酒 辣椒粉 腐竹 芹菜 鲫鱼")
_FAILED_ITEMS = ("菌落总数", "大肠菌群", "铅（以Pb计）", "恩诺沙星", "苯甲酸及其钠盐", "6-苄基腺嘌呤",
                 "铝的残留量", "毒死蜱", "甲醇", "二氧化硫残留量", "过氧化值")
_PROGRAMS = ("最低生活保障", "特困人员供养", "临时救助", "低保边缘家庭救助")

_MASK_TAILS = ("某", "某某", "**", "*", "××", "XX", "某甲", "某乙")

# Officials who appear in public_notice in their public role; never used as private names.
_OFFICIALS = _split(
    "孙建华 何晓光 周丽萍 吴振东 郑海涛 冯志远 邓玉芬 曹明亮 彭立新 曾庆华 肖红英 田卫民 董文斌 袁晓明 潘国栋 "
    "蒋建平 蔡秀云 余志强 杜红梅 叶建军 程立伟 苏海燕 魏国庆 吕建新 丁晓峰 任志刚 沈丽华 姚建明 卢海波 姜文博 "
    "欧阳振华 艾尔肯·吐尔逊 扎西次仁 巴特尔 韦金凤 金英哲"
)
_OFFICIAL_ROLES = _split(
    "副镇长 镇党委副书记 民政办主任 县民政局副局长 县民政局局长 乡长 村党支部书记 村委会主任 驻村第一书记 "
    "县住建局副局长 县残联理事长 社会事务办副主任"
)
_DEPARTMENTS = _split("镇民政办 乡社会事务办 县民政局社会救助股 县住建局村镇建设股 县残联")

# Places and local products by the people who mostly live there (keyed by name kind).
_ETHNIC_REGIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "uyghur": (_split("喀什市 伊宁县 和田地区 阿勒泰市 吐鲁番市 阿克苏地区"), _split("哈密瓜 巴旦木 馕坑肉 葡萄干")),
    "tibetan": (_split("那曲市 甘孜州 日喀则市 玉树州 林芝市"), _split("酥油茶 牦牛肉干 青稞酒 藏香")),
    "mongol": (_split("锡林浩特市 阿拉善左旗 乌兰察布市 巴彦淖尔市 正蓝旗"), _split("奶豆腐 风干牛肉 炒米")),
    "yi": (_split("凉山州 昭觉县 布拖县 美姑县 楚雄州"), _split("苦荞茶 坨坨肉 索玛花蜂蜜")),
    "hui": (_split("临夏州 西吉县 同心县 吴忠市"), _split("手抓羊肉 八宝茶 馓子")),
    "zhuang": (_split("百色市 那坡县 靖西市 武鸣区"), _split("五色糯米饭 芒果干 壮锦")),
    "korean": (_split("延吉市 图们市 龙井市 和龙市"), _split("打糕 辣白菜 冷面")),
}
_ETHNIC_REGIONS["han"] = _ETHNIC_REGIONS["hui"]
_ETHNIC_PLACES = tuple(dict.fromkeys(p for places, _ in _ETHNIC_REGIONS.values() for p in places))
_ETHNIC_PRODUCTS = tuple(dict.fromkeys(p for _, goods in _ETHNIC_REGIONS.values() for p in goods))

# ---------------------------------------------------------------- English material
_PY_SURNAMES = _split(
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song "
    "Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su Wei Ding Ren Shen "
    "Yao Lu Cui Zhong Tan Qin Qiu Xue Lei Hou Long Shi Tao Gu Mao Hao Kong Xiang"
)
_PY_SURNAME_CUM = tuple(itertools.accumulate(1.0 / (i + 3) ** 0.9 for i in range(len(_PY_SURNAMES))))
_PY_COMPOUND = _split("Ouyang Sima Zhuge Shangguan Murong Huangfu Situ Duanmu")
UMLAUT_SPELLINGS = ("Lü", "Lv", "Lyu")
_PY_SYLLABLES = _split(
    "Xiao Jian Zhi Guo Hai Yu Xin Hao Zi Yi Jia Wen Jun Ming Hong Li Mei Shu Chun Qiu Dong Wei Jing Yong Hui "
    "Xue Lan Fang Qing Ya Yun Ting Rui Bo Tian Le Si Shi Yan Chen Zhen Feng Na Qiang Lei Tao Juan Min Hua Ping "
    "Gang Xia Ying Jie Chao Yang Kai Peng Xiu Gui Lin"
)
_PY_VOWEL_SYLLABLES = _split("an ai ao ou en e er")
_EN_MINORITY = (
    "Memet Ali", "Abdurehim Tursun", "Aygul Tursun", "Gulnar Imin", "Erkin Yusup", "Adil Rozi", "Rukiye Kadir",
    "Nurlan Serik", "Yerlan Bek", "Aidana Askhar", "Zhanar Bakhyt", "Tashi Dorje", "Tsering Drolma",
    "Kelsang Yangchen", "Dawa Tsering", "Nyima Lhamo", "Tenzin Phuntsok", "Pema Dechen", "Bayar Erdene",
    "Oyunchimeg Bao", "Bateer Menghe", "Park Young-chul", "Kim Sun-hee", "Choi Sung-ho", "Piao Yingzhe",
    "Jin Shunji", "Jike Ayi", "Quby Mugga",
)
_EN_PLACES = ("Xi'an", "Jiangshan City", "Liuyang", "Zhangjiajie", "Jinhua", "Zhongshan City", "Zhidan County",
              "Zuoquan County", "Heping District", "Xiuying District", "Wangjiazhuang Village",
              "Zhangjiawan Village", "Lijiazhuang Village", "Chenjiagou Village", "Chengguan Town", "Wangji Town")
_EN_ROADS = ("Zhongshan Road", "Jiefang Road", "Renmin Road", "Jianguo Road", "Heping Street", "Wenming Street",
             "Yat-sen Road", "Changjiang Road", "Huanghe Road", "Yan'an Road")
_EN_SHOPS = ("Wang's Roast Duck", "Lao Li Beef Noodles", "Ah Fang Hair Salon", "Auntie Zhang's Dumplings",
             "Chen Ji Congee", "Xiao Yang Shengjian", "Lao Ma Lamian", "Brother Hu BBQ")
_EN_BRANDS = ("Master Kong noodles", "Lao Gan Ma chili sauce", "Wong Lo Kat herbal tea", "Zhou Hei Ya duck neck",
              "Changyu wine", "Lee Kum Kee soy sauce", "Haitian soy sauce", "Tsingtao beer", "Wahaha water",
              "Jinlongyu cooking oil")
_EN_COMPANIES = ("Ping An Insurance", "Huawei", "Wanda Plaza", "Yonghui Supermarket", "Hongda Construction Co., Ltd.",
                 "Defu Grain and Oil Co., Ltd.", "Jinsui Agricultural Supplies Co., Ltd.")
_EN_HOSPITALS = ("Huashan Hospital", "Zhongshan Hospital", "Tongren Hospital", "Xiangya Hospital",
                 "West China Hospital", "Ruijin Hospital")
_EN_BANKS = ("Rural Commercial Bank", "Postal Savings Bank", "Agricultural Bank of China")
_EN_MASKED = ("Zhang **", "LI ***", "Wang XX", "Chen X*", "Zhao **", "LIU ***", "Huang (name withheld)")
_EN_KIN = ("son", "daughter", "wife", "husband", "mother", "father", "grandson", "granddaughter",
           "daughter-in-law", "nephew", "sister", "brother")


def _static_lookalikes() -> set[str]:
    pools: Sequence[Sequence[str]] = (
        _VILLAGES, _TOWNS, _PERSON_PLACES, _WORK_CITIES, _ROADS, _COMMUNITIES, _SHOPS, _COMPANIES, _MALLS,
        _BRANDS, _HOSPITALS, _WELFARE, _BANKS, _SCHOOLS, _PROPERTY, _PROGRAM_WORDS, _STREETS, _MARKETS,
        _OFFICIALS, _EN_PLACES, _EN_ROADS, _EN_SHOPS, _EN_BRANDS, _EN_COMPANIES, _EN_HOSPITALS, _EN_BANKS,
        _EN_MASKED, _LOOKALIKE_WORDS, _ETHNIC_PLACES, _ETHNIC_PRODUCTS,
    )
    return {s.casefold() for pool in pools for s in pool}


# Common words and phrases that read like names, used in lookalike_only and prose.
_LOOKALIKE_WORDS = _split("高峰期 光明 胜利 和平 振兴 富强 长寿 安居 明天")

# A private name may never be a string used as a look-alike anywhere (officials included).
_FORBIDDEN_AS_NAME = frozenset(_static_lookalikes())


# ---------------------------------------------------------------- the cell under construction
class _Cell:
    """Collects the names and look-alikes planted while one cell's text is written."""

    def __init__(self, rng: random.Random, mix: dict[str, int]):
        self.r = rng
        self.mix_kinds = tuple(mix)
        self.mix_cum = tuple(itertools.accumulate(mix.values()))
        self.names: list[str] = []
        self.looks: list[str] = []
        self.meta: dict[str, tuple] = {}   # name -> (kind, surname or first part, dot, gender)

    # -- helpers that register nothing
    def pick(self, seq: Sequence[str]) -> str:
        return self.r.choice(seq)

    def sep(self) -> str:
        return self.r.choice(LIST_SEPARATORS)

    def join(self, items: Sequence[str]) -> str:
        return self.sep().join(items)

    def date(self) -> str:
        m, d = self.r.randint(1, 11), self.r.randint(1, 28)
        style = self.r.randrange(3)
        if style == 0:
            return f"2026年{m}月{d}日"
        if style == 1:
            return f"2026-{m:02d}-{d:02d}"
        return f"2026.{m}.{d}"

    def money(self, lo: int, hi: int) -> str:
        v = self.r.randint(lo, hi)
        return f"{v:,}" if self.r.random() < 0.3 else str(v)

    def phone(self) -> str:
        head = f"1{self.r.choice('3456789')}{self.r.randint(0, 9)}"
        tail = f"{self.r.randint(0, 9999):04d}"
        return self.r.choice((f"{head}****{tail}", f"{head}-****-{tail}", f"{head} **** {tail}"))

    def landline(self) -> str:
        return f"0{self.r.randint(371, 999)}-{self.r.randint(2000000, 8999999)}"

    # -- registration
    def _clashes(self, s: str) -> bool:
        low = s.casefold()
        return any(low in t.casefold() or t.casefold() in low for t in self.names + self.looks)

    def look(self, pool: Sequence[str] | str) -> str:
        """Register a look-alike: the given string, or an unused one drawn from a pool."""
        if isinstance(pool, str):
            if pool in self.looks:
                return pool
            if self._clashes(pool):
                raise _Retry
            self.looks.append(pool)
            return pool
        for _ in range(80):
            s = self.r.choice(pool)
            if s not in self.looks and not self._clashes(s):
                self.looks.append(s)
                return s
        raise _Retry

    def _name(self, make) -> str:
        for _ in range(80):
            s, meta = make()
            if s.casefold() in _FORBIDDEN_AS_NAME or self._clashes(s):
                continue
            self.names.append(s)
            self.meta[s] = meta
            return s
        raise _Retry

    def person(self, kind: str | None = None, gender: str | None = None) -> str:
        def make():
            k = kind or self.r.choices(self.mix_kinds, cum_weights=self.mix_cum)[0]
            return _zh_name(self.r, k, gender=gender)
        return self._name(make)

    def relative(self, head: str, spec: tuple[bool, str | None] | bool) -> str:
        """A relative of ``head``: same surname (or the father's name, or the Yi clan) when usual."""
        shares, gender = spec if isinstance(spec, tuple) else (spec, None)
        kind, first, _dot, head_gender = self.meta.get(head, ("han", "", "", None))

        def make():
            g = gender or self.r.choice("MF")
            if shares and kind in _HANLIKE and self.r.random() < 0.9:
                return _zh_name(self.r, kind, surname=first, gender=g)
            if shares and kind == "uyghur" and head_gender == "M":
                return _zh_name(self.r, "uyghur", surname=first, gender=g)
            if shares and kind == "yi":
                return _zh_name(self.r, "yi", surname=first, gender=g)
            k = kind if kind not in ("trad", "word", "compound", "rare") else "han"
            return _zh_name(self.r, k, gender=g)
        return self._name(make)

    def en_person(self, allow_comma: bool = False) -> str:
        return self._name(lambda: (_en_name(self.r, allow_comma), ("en", "", "", None)))

    def masked(self) -> str:
        r = self.r
        style = r.randrange(10)
        if style < 7:
            s = r.choices(_SURNAMES, cum_weights=_SURNAME_CUM)[0] + r.choice(_MASK_TAILS)
        elif style == 7:
            s = r.choices(_SURNAMES, cum_weights=_SURNAME_CUM)[0] + "*" + _g(r, _GIVEN1, None)
        elif style == 8:
            s = _g(r, _UYGHUR_GIVEN, None) + "·" + r.choice(("**", "某某"))
        else:
            s = _g(r, _TIBETAN_PARTS, None) + "某某"
        return self.look(s)

    def operator_shop(self, operator: str) -> str:
        """A shop named after its operator's given name only (not the full name): a look-alike."""
        kind, surname = self.meta.get(operator, ("", ""))[:2]
        given = operator[len(surname):] if kind in ("han", "hui", "zhuang") and surname else ""
        if len(given) == 2 and self.r.random() < 0.7:
            return self.look(given + self.r.choice(_SHOP_KINDS))
        return self.look(_SHOPS)


class _Retry(Exception):
    """The cell being written cannot satisfy the contract; write it again."""


def _g(r: random.Random, pools: dict[str, tuple[str, ...]], gender: str | None) -> str:
    return r.choice(pools[gender or r.choice("MF")])


def _zh_name(r: random.Random, kind: str, surname: str = "", gender: str | None = None) -> tuple[str, tuple]:
    """One name in Chinese script and its meta (kind, surname or first part, dot, gender)."""
    gender = gender or r.choice("MF")
    if kind == "word" and not surname:
        w = r.choice(WORD_NAMES)
        sur = next((c for c in COMPOUND_SURNAMES if w.startswith(c)), w[0])
        return w, ("word", sur, "", gender)
    if kind in ("han", "compound", "rare", "word"):
        if not surname:
            if kind == "compound":
                surname = r.choice(COMPOUND_SURNAMES)
            elif kind == "rare":
                surname = r.choice(RARE_SURNAMES)
            else:
                surname = r.choices(_SURNAMES, cum_weights=_SURNAME_CUM)[0]
        roll = r.random()
        if roll < 0.3:
            given = _g(r, _GIVEN1, gender)
        elif roll < 0.75:
            given = _g(r, _GIVEN2, gender)
        else:
            given = _g(r, _GIVEN_FIRST, gender) + _g(r, _GIVEN_SECOND, gender)
        return surname + given, (kind, surname, "", gender)
    if kind == "trad":
        surname = surname or r.choice(_TRAD_SURNAMES)
        given = _g(r, _TRAD_GIVEN, gender)
        while given == surname:
            given = _g(r, _TRAD_GIVEN, gender)
        return surname + given, ("trad", surname, "", gender)
    if kind == "uyghur":
        first = _g(r, _UYGHUR_GIVEN, gender)
        father = surname or _g(r, _UYGHUR_GIVEN, "M")
        while father == first:
            father = _g(r, _UYGHUR_GIVEN, "M")
        dot = r.choice(MIDDLE_DOTS) if r.random() < 0.5 else "·"
        return f"{first}{dot}{father}", ("uyghur", first, dot, gender)
    if kind == "tibetan":
        a = _g(r, _TIBETAN_PARTS, gender)
        if r.random() < 0.8:
            b = _g(r, _TIBETAN_PARTS, gender)
            while b == a:
                b = _g(r, _TIBETAN_PARTS, gender)
            return a + b, ("tibetan", a, "", gender)
        return a, ("tibetan", a, "", gender)
    if kind == "mongol":
        n = _g(r, _MONGOL_NAMES, gender)
        if r.random() < 0.25:
            s = r.choice(_MONGOL_HAN_SURNAMES)
            return s + n, ("mongol", s, "", gender)
        return n, ("mongol", n, "", gender)
    if kind == "yi":
        surname = surname or r.choice(_YI_SURNAMES)
        return surname + _g(r, _YI_GIVEN, gender), ("yi", surname, "", gender)
    if kind == "hui":
        surname = surname or r.choice(_HUI_SURNAMES)
        given = _g(r, _GIVEN2, gender) if r.random() < 0.6 else _g(r, _GIVEN1, gender)
        return surname + given, ("hui", surname, "", gender)
    if kind == "zhuang":
        surname = surname or r.choice(_ZHUANG_SURNAMES)
        return surname + _g(r, _ZHUANG_GIVEN, gender), ("zhuang", surname, "", gender)
    if kind == "korean":
        surname = surname or r.choice(_KOREAN_SURNAMES)
        return surname + _g(r, _KOREAN_GIVEN, gender), ("korean", surname, "", gender)
    raise ValueError(f"unknown name kind {kind!r}")


def _en_name(r: random.Random, allow_comma: bool) -> str:
    """A pinyin (or minority romanised) name in one of the spellings an export produces."""
    if r.random() < 0.1:
        return r.choice(_EN_MINORITY)
    roll = r.random()
    if roll < 0.06:
        sur = r.choice(UMLAUT_SPELLINGS)
    elif roll < 0.12:
        sur = r.choice(_PY_COMPOUND)
    else:
        sur = r.choices(_PY_SURNAMES, cum_weights=_PY_SURNAME_CUM)[0]
    if r.random() < 0.3:
        syl = [r.choice(_PY_SYLLABLES)]
    else:
        a = r.choice(_PY_SYLLABLES)
        b = r.choice(_PY_VOWEL_SYLLABLES) if r.random() < 0.12 else r.choice(_PY_SYLLABLES).lower()
        syl = [a, b]
    joined = syl[0] + ("'" if syl[-1][0] in "aoe" and len(syl) == 2 else "") + (syl[1] if len(syl) == 2 else "")
    two = len(syl) == 2
    styles = ["sg", "SG", "gs", "gS", "lower", "upper", "concat", "init"]
    if two:
        styles += ["hyphen", "spaced", "hyphen"]
    if allow_comma:
        styles += ["comma", "comma"]
    st = r.choice(styles)
    if st == "sg":
        return f"{sur} {joined}"
    if st == "SG":
        return f"{sur.upper()} {joined}"
    if st == "gs":
        return f"{joined} {sur}"
    if st == "gS":
        return f"{joined} {sur.upper()}"
    if st == "lower":
        return f"{sur} {joined}".lower()
    if st == "upper":
        return f"{sur} {joined}".upper()
    if st == "concat":
        return f"{sur}{joined}"
    if st == "hyphen":
        second = syl[1] if r.random() < 0.5 else syl[1].capitalize()
        return f"{sur} {syl[0]}-{second}" if r.random() < 0.6 else f"{syl[0]}-{second} {sur}"
    if st == "spaced":
        return f"{sur} {syl[0]} {syl[1].capitalize()}"
    if st == "comma":
        return f"{sur.upper() if r.random() < 0.6 else sur}, {joined}"
    initials = ".".join(s[0].upper() for s in syl) + "."
    return f"{initials} {sur}" if r.random() < 0.6 else f"{sur} {initials}"


_CHILD_KIN = frozenset("儿子 女儿 长子 次子 长女 次女 孙子 孙女 侄子 侄女".split())


def _kin(c: _Cell, children: bool = False) -> tuple[str, tuple[bool, str | None]]:
    """A kinship term and what it implies for the relative: (shares surname, gender)."""
    term, shares, gender = c.r.choice([k for k in _KIN if k[0] in _CHILD_KIN] if children else _KIN)
    return term, (shares, gender)


# ---------------------------------------------------------------- families
def _assistance_roll(c: _Cell, named: bool) -> str:
    r = c.r
    if not named:
        form = r.randrange(4)
        if form == 0:
            return (f"户主本人{c.pick(_ILLNESS)}，无劳动能力，经{c.look(_TOWNS)}{c.look(_VILLAGES)}入户核查属实，"
                    f"{c.date()}起纳入{c.pick(_PROGRAMS)}。")
        if form == 1:
            return f"经核实，{c.masked()}户家庭收入超过当地标准，{c.date()}起停保；{c.look(_VILLAGES)}村委会已告知本人。"
        if form == 2:
            return (f"临时救助：{c.date()}家中失火，救助金{c.money(1000, 8000)}元，"
                    f"由{c.look(_VILLAGES)}村委会代为申请，资金打入{c.look(_BANKS)}一卡通。")
        return f"特困人员，集中供养于{c.look(_WELFARE)}；原户主{c.masked()}已故，{c.look(_PROGRAM_WORDS)}对象。"
    form = r.randrange(7)
    if form <= 1:   # the 家庭成员 column
        head_gender = r.choice("MF")
        head = c.person(gender=head_gender)
        members = [(head, "户主")]
        if r.random() < 0.8:
            spouse_gender = "F" if head_gender == "M" else "M"
            term = c.pick(("妻", "妻子", "配偶") if spouse_gender == "F" else ("夫", "丈夫", "配偶"))
            members.append((c.person(gender=spouse_gender), term))
        for _ in range(r.randint(0, 3)):
            kin, spec = _kin(c)
            if kin in ("妻子", "丈夫", "配偶"):
                continue
            members.append((c.relative(head, spec), _KIN_SHORT.get(kin, kin) if r.random() < 0.5 else kin))
        style = r.randrange(5)
        if style == 0:
            text = c.join([f"{n}（{k}）" for n, k in members])
        elif style == 1:
            text = c.join([f"{k}{n}" for n, k in members])
        elif style == 2:
            text = c.join([n for n, _ in members]) + f"，共{len(members)}人"
        elif style == 3:
            text = c.join([f"{n}({k})" for n, k in members])
        else:
            text = "成员：" + c.join([f"{n}-{k}" for n, k in members])
        tail = r.randrange(3)
        if tail == 0:
            text += f"；住{c.look(_TOWNS)}{c.look(_VILLAGES)}{r.randint(1, 9)}组"
        elif tail == 1:
            text += f"；原成员{c.masked()}已迁出"
        return text
    head = c.person()
    kin, spec = _kin(c, children=form == 2)
    rel = c.relative(head, spec)
    if form == 2:
        return (f"户主{head}因{c.pick(_ILLNESS)}丧失劳动能力，其{kin}{rel}在{c.look(_SCHOOLS)}就读，"
                f"{c.date()}经{c.look(_VILLAGES)}村委会入户核实，{c.look(_PROGRAM_WORDS)}重点对象。")
    if form == 3:
        return (f"代领人：{rel}（{kin}），联系电话{c.phone()}；本人{head}长期卧床，"
                f"补助资金打入{c.look(_BANKS)}账户。")
    if form == 4:
        return (f"原户主{head}于{c.date()}去世，户主变更为其{kin}{rel}，"
                f"保障人数由{r.randint(3, 5)}人调整为{r.randint(1, 2)}人；{c.look(_TOWNS)}民政办已备案。")
    if form == 5:
        return (f"临时救助：{c.date()}{c.pick(('遭遇车祸', '房屋垮塌', '突发重病', '家中失火'))}，"
                f"救助金{c.money(1000, 20000)}元，由{rel}陪同{head}到{c.look(_TOWNS)}便民服务中心领取。")
    other = c.person()
    return (f"{head}与{kin}{rel}共同生活，{other}（{c.pick(('侄子', '外甥', '女婿'))}）在{c.look(_WORK_CITIES)}务工，"
            f"月收入约{c.money(2000, 5000)}元，按规定核减；住{c.look(_ROADS)}{r.randint(1, 200)}号。")


def _allowance_roll(c: _Cell, named: bool) -> str:
    r = c.r
    if not named:
        form = r.randrange(4)
        if form == 0:
            return f"{c.pick(_DISABILITY)}，监护人为其父亲，代领人{c.masked()}，{c.look(_BANKS)}代发，已核实。"
        if form == 1:
            return (f"{c.look(_VILLAGES)}{r.randint(1, 12)}组，本人领取，{c.pick(_DISABILITY)}，"
                    f"护理补贴每月{r.choice((80, 100, 120))}元。")
        if form == 2:
            return f"户籍迁至{c.look(_WORK_CITIES)}，{c.date()}起停发高龄津贴；{c.look(_WELFARE)}已确认。"
        return f"百岁老人，{c.look(_VILLAGES)}人，在{c.look(_WELFARE)}集中供养，重阳节“健康{c.look('长寿')}”慰问金已发放。"
    head = c.person()
    kin, spec = _kin(c)
    rel = c.relative(head, spec)
    form = r.randrange(6)
    if form == 0:
        return (f"残疾类别：{c.pick(_DISABILITY)}；监护人：{kin}{rel}；补贴由其代领，"
                f"发放至{c.look(_BANKS)}社保卡账户。持证人{head}。")
    if form == 1:
        return (f"高龄津贴（{r.randint(80, 99)}周岁）：{head}，每月{r.choice((100, 200, 300))}元，"
                f"由{kin}{rel}代领，住{c.look(_COMMUNITIES)}。")
    if form == 2:
        return f"重度残疾人护理补贴，护理人{rel}（{kin}），{head}住{c.look(_VILLAGES)}，{c.pick(_DISABILITY)}。"
    if form == 3:
        return (f"{c.date()}比对殡葬数据：{head}已去世，津贴停发，多发的{c.money(100, 900)}元"
                f"由其{kin}{rel}退回{c.look(_TOWNS)}财政所。")
    if form == 4:
        return (f"百岁老人{head}，{c.look(_VILLAGES)}人，生日慰问品{c.look(_BRANDS)}礼盒一份、"
                f"“健康{c.look('长寿')}”寿匾一块，由{kin}{rel}签收。")
    third = c.person()
    return (f"两项补贴同时享受：{head}（{c.pick(_DISABILITY)}）与{kin}{rel}均持证，"
            f"由邻居{third}代为申请，{c.look(_TOWNS)}残联专干入户核实。")


def _medical_aid(c: _Cell, named: bool) -> str:
    r = c.r
    tot = c.money(8000, 300000)
    if not named:
        form = r.randrange(3)
        if form == 0:
            return (f"本人在{c.look(_HOSPITALS)}住院{r.randint(3, 60)}天，诊断{c.pick(_ILLNESS)}，总费用{tot}元，"
                    f"医疗救助{c.money(1000, 30000)}元，一站式结算。")
        if form == 1:
            return f"门诊慢特病救助，{c.pick(_ILLNESS)}，由{c.look(_TOWNS)}民政办结算；转诊单位{c.look(_HOSPITALS)}。"
        return f"患者{c.masked()}，{c.look(_HOSPITALS)}，自付部分已由{c.look(_PROGRAM_WORDS)}专项资金兜底。"
    form = r.randrange(5)
    head = c.person()
    kin, spec = _kin(c, children=form == 4)
    rel = c.relative(head, spec)
    if form == 0:
        return (f"患者{head}，{c.pick(_ILLNESS)}，{c.look(_HOSPITALS)}住院{r.randint(3, 60)}天，总费用{tot}元，"
                f"基本医保报销{c.money(1000, 90000)}元，大病保险{c.money(500, 40000)}元，"
                f"医疗救助{c.money(500, 30000)}元；陪护人{kin}{rel}。")
    if form == 1:
        return (f"{head}（{kin}{rel}代办）门诊慢特病：{c.pick(_ILLNESS)}，救助比例70%，"
                f"年度累计{c.money(1000, 20000)}元，药品含{c.pick(('二甲双胍', '阿司匹林肠溶片', '人血白蛋白'))}。")
    if form == 2:
        return (f"救助对象{head}在{c.look(_HOSPITALS)}行{c.pick(('透析', '化疗', '髋关节置换术', '心脏搭桥术'))}，"
                f"自付{c.money(2000, 60000)}元，由{c.look(_TOWNS)}民政办一站式结算；联系人：{kin}{rel}，{c.phone()}。")
    if form == 3:
        third = c.relative(head, True)
        return (f"同户{head}、{rel}、{third}均为{c.pick(_ILLNESS)}患者，合并救助{c.money(3000, 50000)}元，"
                f"转诊至{c.look(_HOSPITALS)}。")
    return (f"因病致贫：{head}{c.date()}在{c.look(_HOSPITALS)}确诊{c.pick(_ILLNESS)}，"
            f"其{kin}{rel}辍学照料，已纳入{c.look(_PROGRAM_WORDS)}。")


def _penalty_sheet(c: _Cell, named: bool) -> str:
    r = c.r
    if not named:
        form = r.randrange(4)
        if form == 0:
            return f"警告，罚款人民币{c.money(500, 50000)}元，没收违法所得{c.money(100, 9000)}元。"
        if form == 1:
            return f"当事人已于{c.date()}履行完毕，罚没款缴入{c.look(_BANKS)}代收账户。"
        if form == 2:
            return (f"当事人{c.look(_COMPANIES)}在{c.look(_ROADS)}{c.look(_MALLS)}门店销售超过保质期的"
                    f"{c.look(_BRANDS)}产品，货值{c.money(100, 5000)}元。")
        return f"经查，{c.masked()}在{c.look(_SHOPS)}内使用未经检定的电子秤，责令改正。"
    form = r.randrange(7)
    if form == 0:   # 当事人 column, 个体工商户
        op = c.person()
        return f"{op}（个体工商户，{c.operator_shop(op)}经营者），住{c.look(_TOWNS)}{c.look(_VILLAGES)}"
    if form == 1:   # 当事人 column, company
        rep = c.person()
        return f"{c.look(_COMPANIES)}，法定代表人{rep}，统一社会信用代码9134{r.randint(10**13, 10**14 - 1)}"
    if form == 2:   # 违法事实
        op = c.person()
        shop = c.operator_shop(op)
        return (f"经查，当事人{op}于{c.date()}在其经营的{shop}内销售{c.pick(_SAMPLES)}，"
                f"经检验{c.pick(_FAILED_ITEMS)}不符合食品安全标准，货值{c.money(50, 3000)}元。")
    if form == 3:
        a = c.person()
        b = c.person()
        return (f"{a}驾驶的重型货车在{c.look(_ROADS)}超限运输，车货总重{r.randint(50, 90)}吨，"
                f"车辆登记所有人为{b}，系{c.look(_COMPANIES)}挂靠车辆。")
    if form == 4:   # 执行情况
        op = c.person()
        kin, spec = _kin(c)
        rel = c.relative(op, spec)
        return f"已于{c.date()}缴纳罚款，由{op}之{kin}{rel}代缴；{c.look(_SHOPS)}已整改到位。"
    if form == 5:
        op = c.person()
        return f"{op}申请分期缴纳，经批准分{r.randint(2, 6)}期缴纳，首期已缴入{c.look(_BANKS)}。"
    op = c.person()
    other = c.person()
    return (f"当事人{op}在{c.look(_VILLAGES)}未经批准擅自占用耕地建房{r.randint(80, 400)}平方米，"
            f"施工由{other}承包；处罚结果：责令退还土地，限期拆除，罚款{c.money(2000, 40000)}元。")


def _food_sampling(c: _Cell, named: bool) -> str:
    r = c.r
    item = c.pick(_FAILED_ITEMS)
    sample = c.pick(_SAMPLES)
    if not named:
        form = r.randrange(3)
        if form == 0:
            return (f"被抽样单位：{c.look(_SHOPS)}；样品：{sample}；不合格项目：{item}；"
                    f"标称生产者：{c.look(_COMPANIES)}。")
        if form == 1:
            return f"同批次抽检的{c.look(_BRANDS)}、{c.look(_BRANDS)}均合格；{c.look(_MARKETS)}{c.masked()}摊位已下架。"
        return f"{c.look(_MALLS)}{c.look(_ROADS)}店，{sample}{item}超标，已责令召回。"
    form = r.randrange(5)
    if form == 0:
        boss = c.person()
        return (f"被抽样单位：{c.operator_shop(boss)}（负责人：{boss}）；样品名称：{sample}；"
                f"不合格项目：{item}；标称生产企业：{c.look(_COMPANIES)}")
    if form == 1:
        boss = c.person()
        return (f"被抽样单位{c.look(_SHOPS)}，经营者{boss}，已下架同批次{sample}{r.randint(1, 80)}公斤，"
                f"货源为{c.look(_MARKETS)}{c.masked()}摊位。")
    if form == 2:
        boss = c.person()
        farmer = c.person()
        return (f"负责人{boss}称该批{sample}系从{c.look(_VILLAGES)}菜农{farmer}处购进，无进货票据，"
                f"{c.look(_TOWNS)}市场监管所已立案。")
    if form == 3:
        boss = c.person()
        return (f"复检：{boss}对{item}检验结论有异议，申请复检，复检维持原结论；"
                f"同店{c.look(_BRANDS)}抽检合格。")
    boss = c.person()
    staff = c.person()
    return (f"{c.look(_SHOPS)}（{c.look(_ROADS)}{r.randint(1, 300)}号）负责人{boss}、"
            f"后厨主管{staff}已签收检验报告，{sample}{item}项目不合格。")


def _hotline_ticket(c: _Cell, named: bool) -> str:
    r = c.r
    no = f"{r.choice(('12345-', 'GD', 'XF'))}2026{r.randint(10**6, 10**7 - 1)}"
    if not named:
        form = r.randrange(3)
        if form == 0:
            return (f"【工单{no}】来电人不愿透露姓名，反映{c.look(_ROADS)}至{c.look(_ROADS)}路段路灯连续一周不亮，"
                    f"晚{c.look('高峰期')}行人摔倒。已转{c.look(_STREETS)}办理，维修单位已修复。")
        if form == 1:
            return (f"【工单{no}】来电人反映{c.look(_COMMUNITIES)}{r.randint(1, 30)}栋楼下"
                    f"{c.look(_SHOPS)}油烟直排，多次向{c.look(_PROPERTY)}反映未果。经网格员上门核实，"
                    f"已责令商户安装油烟净化器。回访：来电人对处理结果满意。")
        return (f"信访事项{no}：信访人反映其父{c.masked()}的承包地被{c.look(_COMPANIES)}占用，"
                f"补偿款未到位；经{c.look(_TOWNS)}调解，双方达成协议。")
    form = r.randrange(6)
    if form == 0:
        caller = c.person()
        other = c.person()
        return (f"【工单{no}】来电人{caller}（{c.phone()}）反映：其居住在{c.look(_COMMUNITIES)}"
                f"{r.randint(1, 30)}栋，楼上住户{other}家长期深夜噪音，多次协调无果，物业称无权处理。"
                f"经{c.look(_STREETS)}社区民警上门调解，双方同意晚十点后不再使用跑步机。回访：满意。")
    if form == 1:
        a = c.person()
        kin, spec = _kin(c)
        b = c.relative(a, spec)
        father = c.relative(a, (True, "M"))
        return (f"信访人{a}、{b}（系其{kin}）反映：其父{father}在{c.look(_VILLAGES)}的承包地"
                f"{r.randint(2, 9)}亩被{c.look(_COMPANIES)}占用修建厂房，补偿款至今未到位。"
                f"{c.look(_TOWNS)}答复：已责成企业于月底前兑付，逾期将依法处理。")
    if form == 2:
        caller = c.person()
        rider = c.person()
        where = f"{c.look(_ROADS)}{c.look(_MALLS)}门口"
        if r.random() < 0.5:
            hit = f"被一辆外卖电动车撞伤，骑手{rider}留下电话后失联"
        else:
            hit = f"被{rider}驾驶的外卖电动车撞伤，对方留下电话后失联"
        return (f"诉求人{caller}称，{c.date()}晚高峰在{where}{hit}，要求交警调取监控并追责。已转交警大队，"
                f"经查监控已锁定车辆，正在协调赔偿。")
    if form == 3:
        caller = c.person()
        kin, spec = _kin(c)
        rel = c.relative(caller, spec)
        return (f"来电人反映其{kin}{rel}在{c.look(_HOSPITALS)}住院期间，医保报销比例与告知不一致，"
                f"多缴费用约{c.money(1000, 9000)}元。来电人姓名：{caller}。医保局回复：属于目录外用药，"
                f"已向来电人解释政策，来电人表示理解。")
    if form == 4:
        caller = c.person()
        neighbour = c.person()
        helper = c.person()
        return (f"【工单{no}】{caller}反映，{c.date()}下午与{neighbour}因楼道堆放杂物发生争执，"
                f"对方把电动车停在消防通道，劝说无果。据楼长{helper}介绍，该问题已持续半年。"
                f"{c.look(_STREETS)}已组织清理楼道并张贴{c.look(_PROGRAM_WORDS)}宣传海报。")
    caller = c.person()
    boss = c.person()
    return (f"来电人{caller}在{c.look(_COMPANIES)}打工三个月，工资{c.money(6000, 20000)}元被拖欠，"
            f"多次向{boss}讨要未果，对方称甲方未付款，要求人社部门介入。劳动监察大队已约谈企业，"
            f"承诺一周内结清。")


def _housing_notice(c: _Cell, named: bool) -> str:
    r = c.r
    mode = c.pick(("原址重建", "加固改造", "异地新建", "统建安置"))
    grade = c.pick(("C", "D"))
    if not named:
        form = r.randrange(3)
        if form == 0:
            return f"危房等级{grade}级，{mode}，补助{r.randint(1, 4)}.{r.randint(0, 9)}万元，施工单位{c.look(_COMPANIES)}，已验收。"
        if form == 1:
            return f"公租房：配租{c.look(_COMMUNITIES)}{r.randint(1, 20)}栋，原承租人{c.masked()}已退租。"
        return f"{c.look(_VILLAGES)}土坯房，户主外出至{c.look(_WORK_CITIES)}，{c.look(_TOWNS)}代为申报。"
    head = c.person()
    form = r.randrange(5)
    if form == 0:
        kin, spec = _kin(c)
        rel = c.relative(head, spec)
        return (f"危房等级：{grade}级；户主：{head}；改造方式：{mode}；补助资金{r.randint(1, 4)}.{r.randint(0, 9)}万元；"
                f"备注：与{kin}{rel}分户，住{c.look(_VILLAGES)}")
    if form == 1:
        kin, spec = _kin(c)
        rel = c.relative(head, spec)
        return (f"公租房保障对象{head}（{c.pick(('单亲', '低保', '残疾', '新就业'))}），配租{c.look(_COMMUNITIES)}"
                f"{r.randint(1, 20)}栋{r.randint(101, 2402)}室，与{kin}{rel}同住，租金按{c.look(_TOWNS)}标准减免。")
    if form == 2:
        kin, spec = _kin(c)
        rel = c.relative(head, spec)
        return (f"因户主{head}常年在{c.look(_WORK_CITIES)}务工，由其{kin}{rel}协助施工，"
                f"{c.date()}验收合格，施工单位{c.look(_COMPANIES)}。")
    if form == 3:
        return (f"{head}家（{c.look(_VILLAGES)}{r.randint(1, 9)}组）：土坯房，{grade}级，{mode}，"
                f"{c.look(_BANKS)}放款，已入住。")
    others = [c.person() for _ in range(r.randint(1, 4))]
    return f"本批次改造户：{c.join([head, *others])}（均为{c.look(_VILLAGES)}）"


def _english_export(c: _Cell, named: bool) -> str:
    r = c.r
    if not named:
        form = r.randrange(4)
        if form == 0:
            return (f"Head of household lives alone in {c.look(_EN_PLACES)}; allowance paid to "
                    f"{c.look(_EN_BANKS)} account; record reviewed by the township office.")
        if form == 1:
            return (f"Party: {c.look(_EN_COMPANIES[-3:])}; sold expired {c.look(_EN_BRANDS)}; "
                    f"fined CNY {c.money(500, 20000)}.")
        if form == 2:
            return f"Applicant {c.look(_EN_MASKED)} moved to {c.look(_EN_PLACES)}; benefits stopped from {c.date()}."
        return (f"Ticket {r.randint(10**6, 10**7 - 1)}: street lights out on {c.look(_EN_ROADS)} near "
                f"{c.look(_EN_COMPANIES)}; repaired.")
    form = r.randrange(7)
    if form == 0:
        head = c.en_person()
        members = [f"{head} (head)"]
        for _ in range(r.randint(1, 3)):
            members.append(f"{c.en_person()} ({c.pick(_EN_KIN)})")
        return ("Household members: " + r.choice(("; ", ", ", " / ", " | ")).join(members)
                + f"; address: {c.look(_EN_ROADS)}, {c.look(_EN_PLACES)}")
    if form == 1:
        head = c.en_person(allow_comma=True)
        kin = c.pick(_EN_KIN)
        rel = c.en_person()
        return (f"Remarks: head of household {head}; disabled (grade {r.randint(1, 4)}); allowance collected by "
                f"{kin} {rel} at {c.look(_EN_BANKS)}.")
    if form == 2:
        op = c.en_person(allow_comma=True)
        return (f"Party: {op}; sole proprietor of {c.look(_EN_SHOPS)} on {c.look(_EN_ROADS)}; "
                f"fined CNY {c.money(500, 20000)}; paid in full on {c.date()}.")
    if form == 3:
        boss = c.en_person()
        return (f"Sampled unit: {c.look(_EN_SHOPS)} (person in charge: {boss}); sample: "
                f"{c.look(_EN_BRANDS)}; failed item: coliforms.")
    if form == 4:
        caller = c.en_person()
        manager = c.en_person()
        return (f"Ticket {r.randint(10**6, 10**7 - 1)}: caller {caller} reports late-night noise from a karaoke bar "
                f"next to {c.look(_EN_COMPANIES)} in {c.look(_EN_PLACES)}; the bar's manager, {manager}, agreed "
                f"to close by 22:00. Caller satisfied on follow-up.")
    if form == 5:
        patient = c.en_person(allow_comma=True)
        kin = c.pick(_EN_KIN)
        carer = c.en_person()
        return (f"Medical assistance: patient {patient}; admitted to {c.look(_EN_HOSPITALS)}; "
                f"carer: {kin} {carer}; aid CNY {c.money(1000, 30000)}.")
    a = c.en_person()
    b = c.en_person()
    return (f"Dilapidated house (grade D) of {a} in {c.look(_EN_PLACES)} rebuilt by "
            f"{c.look(_EN_COMPANIES)}; co-signed by neighbour {b}.")


def _ethnic_region(c: _Cell, named: bool) -> str:
    r = c.r
    kind = r.choices(c.mix_kinds, cum_weights=c.mix_cum)[0]
    places, goods = _ETHNIC_REGIONS[kind]
    place = c.look(places)
    if not named:
        form = r.randrange(3)
        if form == 0:
            return f"{place}牧民，代领人{c.masked()}，{c.look(_BANKS)}代发，草原生态补奖已到账。"
        if form == 1:
            return f"{place}易地搬迁户，户主外出经营{c.look(goods)}生意，家庭成员已核实。"
        return f"户主{c.masked()}，{place}，原低保对象，{c.date()}起停保。"
    head = c.person(kind=kind)
    label = c.pick(_ETHNIC_LABEL[kind])
    form = r.randrange(6)
    if form == 0:
        members = [f"{head}（户主）"]
        for _ in range(r.randint(1, 3)):
            kin, spec = _kin(c)
            members.append(f"{c.relative(head, spec)}（{_KIN_SHORT.get(kin, kin)}）")
        return c.join(members) + f"；{place}，{label}"
    if form == 1:
        kin, spec = _kin(c)
        rel = c.relative(head, spec)
        return f"{head}，{place}{label}，高龄津贴，由{kin}{rel}代领，慰问品{c.look(goods)}两份。"
    if form == 2:
        kin, spec = _kin(c)
        rel = c.relative(head, spec)
        return f"低保户{head}，{place}，家庭成员{rel}（{kin}）外出务工，{c.look(_BANKS)}打卡发放。"
    if form == 3:
        kin, spec = _kin(c)
        rel = c.relative(head, spec)
        return f"户主{head}（{label}），{place}，护理人：{kin}{rel}"
    if form == 4:
        others = [c.person(kind=kind if r.random() < 0.7 else None) for _ in range(r.randint(1, 3))]
        return f"{place}本月新增：{c.join([head, *others])}，均经村民代表评议。"
    helper = c.person(kind=kind if r.random() < 0.7 else None)
    return f"{head}在{place}经营{c.look(goods)}摊点，由{helper}担保申请创业贷款{c.money(10000, 50000)}元。"


def _public_notice(c: _Cell, named: bool) -> str:
    r = c.r
    town = c.look(_TOWNS)
    month = r.randint(1, 11)
    program = c.pick(("最低生活保障", "特困人员供养", "临时救助", "农村危房改造", "残疾人两项补贴"))
    role1, role2, role3 = r.sample(_OFFICIAL_ROLES, 3)
    o1, o2, o3 = (c.look(o) for o in r.sample(_OFFICIALS, 3))
    header = f"【{town}2026年{month}月{program}拟新增对象公示】"
    close_form = r.randrange(4)
    if close_form == 0:
        close = (f"民主评议会由{role1}{o1}主持，{role2}{o2}审核，审批人：{o3}。"
                 f"公示期7天，如有异议请与{c.pick(_DEPARTMENTS)}联系（联系人：{o2}，电话{c.landline()}）。")
    elif close_form == 1:
        close = (f"评议主持人：{o1}（{role1}）；审核人：{o2}；签发人：{role3}{o3}。"
                 f"监督电话{c.landline()}。")
    elif close_form == 2:
        close = (f"经村民代表会议评议（主持：{role1}{o1}）、镇审核、县审批（{role3}{o3}签发），现予公示。"
                 f"联系人：{c.pick(_DEPARTMENTS)}{o2}，{c.landline()}。")
    else:
        close = (f"本公示经{role3}{o3}签发。{role1}{o1}、{role2}{o2}参加入户核查。"
                 f"公示期间接受群众监督，电话{c.landline()}。")
    if not named:
        return header + f"本月无新增对象，{r.randint(1, 4)}户退出（{c.masked()}等），{close}"
    form = r.randrange(3)
    if form == 0:
        rows = [f"{c.person()}（{c.look(_VILLAGES)}，{r.randint(1, 5)}人）" for _ in range(r.randint(1, 3))]
        body = c.join(rows) + "。"
    elif form == 1:
        head = c.person()
        kin, spec = _kin(c)
        rel = c.relative(head, spec)
        body = f"申请人{head}之{kin}{rel}因{c.pick(_ILLNESS)}致贫，家庭人均收入低于标准。"
    else:
        people = [c.person() for _ in range(r.randint(2, 4))]
        body = f"拟纳入对象：{c.join(people)}，共{len(people)}户。"
    return header + body + close


def _lookalike_only(c: _Cell, named: bool) -> str:
    r = c.r
    parts = [
        lambda: f"经核实，{c.masked()}户已迁往{c.look(_WORK_CITIES)}，{c.date()}起停发。",
        lambda: f"{c.look(_ROADS)}{c.look(_SHOPS)}门前占道经营，已劝离。",
        lambda: f"采购{c.look(_BRANDS)}{r.randint(2, 40)}箱、{c.look(_BRANDS)}{r.randint(2, 40)}箱用于春节慰问。",
        lambda: f"{c.look(_COMMUNITIES)}物业由{c.look(_PROPERTY)}承接，{c.look(_MALLS)}周边早晚{c.look('高峰期')}拥堵。",
        lambda: f"户主{c.masked()}、配偶{c.masked()}信息已脱敏。",
        lambda: f"对口帮扶{c.look(_PERSON_PLACES)}{c.look(_VILLAGES)}，{c.look(_PROGRAM_WORDS)}资金已拨付。",
        lambda: f"{c.look(_COMPANIES)}中标{c.look(_TOWNS)}危房改造项目。",
        lambda: f"转诊至{c.look(_HOSPITALS)}，陪护人{c.masked()}。",
        lambda: f"{c.look(_SCHOOLS)}学生资助名单见附件（姓名已隐去）。",
        lambda: f"{c.look('胜利')}桥至{c.look('光明')}隧道段夜间施工，{c.look('明天')}起封闭半幅。",
        lambda: f"乡村{c.look('振兴')}示范点设在{c.look(_VILLAGES)}，“{c.look('富强')}民主”宣传墙已完工。",
        lambda: f"{c.look('安居')}工程：{c.look(_COMMUNITIES)}{r.randint(1, 30)}栋交付，{c.look('和平')}小学学区。",
    ]
    chosen = r.sample(range(len(parts)), r.randint(1, 3))
    return "".join(parts[i]() for i in sorted(chosen))


_BUILDERS = {
    "assistance_roll": _assistance_roll,
    "allowance_roll": _allowance_roll,
    "medical_aid": _medical_aid,
    "penalty_sheet": _penalty_sheet,
    "food_sampling": _food_sampling,
    "hotline_ticket": _hotline_ticket,
    "housing_notice": _housing_notice,
    "english_export": _english_export,
    "ethnic_region": _ethnic_region,
    "public_notice": _public_notice,
    "lookalike_only": _lookalike_only,
}


# ---------------------------------------------------------------- assembly
def _spans(text: str, s: str) -> list[tuple[int, int]]:
    low, key = text.casefold(), s.casefold()
    out, i = [], low.find(key)
    while i >= 0:
        out.append((i, i + len(key)))
        i = low.find(key, i + 1)
    return out


def _contract_problem(text: str, names: Sequence[str], looks: Sequence[str]) -> str | None:
    """Why a cell breaks the contract, or None."""
    for n in names:
        if len(_spans(text, n)) != 1 or text.count(n) != 1:
            return f"name {n!r} does not occur exactly once"
    for lk in looks:
        if lk not in text:
            return f"look-alike {lk!r} missing"
    items = list(names) + list(looks)
    if len({s.casefold() for s in items}) != len(items):
        return "an item is listed twice"
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            if a.casefold() in b.casefold() or b.casefold() in a.casefold():
                return f"{a!r} and {b!r} contain each other"
            for s1, e1 in _spans(text, a):
                for s2, e2 in _spans(text, b):
                    if s1 < e2 and s2 < e1:
                        return f"{a!r} and {b!r} overlap in the text"
    return None


def _make_cell(rng: random.Random, family: str, named: bool) -> Remark:
    mix = _MIX_ETHNIC if family == "ethnic_region" else _MIX_DEFAULT
    for _ in range(200):
        c = _Cell(rng, mix)
        try:
            text = _BUILDERS[family](c, named)
        except _Retry:
            continue
        if bool(c.names) != named or _contract_problem(text, c.names, c.looks):
            continue
        return Remark(text=text, family=family, names=list(c.names), lookalikes=list(c.looks),
                      public_officials=family in PUBLIC_FAMILIES)
    raise RuntimeError(f"remarks_v12: could not write a valid {family} cell in 200 attempts")


def family_counts(n: int) -> dict[str, int]:
    """WEIGHTS scaled to n by largest remainder (ties go to the earlier family)."""
    total = sum(WEIGHTS.values())
    parts = [(f, *divmod(n * w, total)) for f, w in WEIGHTS.items()]
    counts = {f: q for f, q, _ in parts}
    left = n - sum(counts.values())
    ranked = sorted(range(len(parts)), key=lambda i: (-parts[i][2], i))
    for i in ranked[:left]:
        counts[parts[i][0]] += 1
    return counts


def no_name_count(family: str, cells: int) -> int:
    """How many of a family's cells carry no name: all for the look-alike family, else ~10%."""
    if family not in NAME_FAMILIES:
        return cells
    return (cells * NO_NAME_SHARE_PERCENT + 50) // 100


def make_remarks(n: int = 2000, seed: int = 1212) -> list[Remark]:
    """n cells, family mix per WEIGHTS, deterministic for (n, seed) in any process."""
    if n < 0:
        raise ValueError(f"remarks_v12: n must be >= 0, got {n}")
    rng = random.Random(f"{VERSION}|{n}|{seed}")   # str seeds are hashed with SHA-512, not hash()
    plan: list[tuple[str, bool]] = []
    for family, k in family_counts(n).items():
        blank = set(rng.sample(range(k), no_name_count(family, k)))
        plan.extend((family, i not in blank) for i in range(k))
    rng.shuffle(plan)
    remarks = [_make_cell(rng, family, named) for family, named in plan]
    _check_global(remarks)
    return remarks


def _check_global(remarks: Sequence[Remark]) -> None:
    names = {s.casefold() for r in remarks for s in r.names}
    looks = {s.casefold() for r in remarks for s in r.lookalikes}
    both = sorted(names & looks)
    if both:
        raise RuntimeError(f"remarks_v12: strings used both as name and look-alike: {both[:5]}")


def describe(remarks: Sequence[Remark]) -> str:
    """Per-family table: cells, names, look-alikes, cells with a name; then a total row."""
    rows: dict[str, list[int]] = {f: [0, 0, 0, 0] for f in FAMILIES}
    for rm in remarks:
        row = rows.setdefault(rm.family, [0, 0, 0, 0])
        row[0] += 1
        row[1] += len(rm.names)
        row[2] += len(rm.lookalikes)
        row[3] += bool(rm.names)
    total = [sum(row[i] for row in rows.values()) for i in range(4)]
    lines = [f"{'family':<18}{'cells':>7}{'names':>7}{'lookalikes':>12}{'with_name':>11}"]
    for family, row in rows.items():
        lines.append(f"{family:<18}{row[0]:>7}{row[1]:>7}{row[2]:>12}{row[3]:>11}")
    lines.append(f"{'total':<18}{total[0]:>7}{total[1]:>7}{total[2]:>12}{total[3]:>11}")
    return "\n".join(lines)
