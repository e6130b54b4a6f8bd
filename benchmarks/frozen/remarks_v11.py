"""Frozen remarks, edition 11: a blind test set for the person-name de-identification detector.

What it is
    A deterministic generator of free-text cells of the kind found in 低保 (minimum living allowance)
    listings, 行政处罚 (administrative penalty) spreadsheets and an English-language export of both,
    with private persons' names planted (``Remark.names``) and strings that look like names but must
    survive de-identification (``Remark.lookalikes``). No detector rule is tuned on it: it measures how
    the detector generalises to text nobody on the detector's side wrote.

Who wrote it, and what was read
    Written by a helper session (branch h-remarks11) from its own knowledge of Chinese administrative
    spreadsheets. Read before and while writing: /work/notes/brief.md; the section "Personal data in
    public listings" of /work/shared/reference/DOMAIN.md; lines 165-180 of benchmarks/frozen/remarks.py
    (the ``Remark`` dataclass; the first two of those lines are the tail of a template tuple of that
    module, two gazette-appointment phrasings, which were seen but not reused). Nothing under src/, no
    other frozen edition, no tuned benchmark, no name list of the repository, no git history was read,
    and the detector was never run on these cells. Slips: one, below. (Besides creating the two files, one
    ``ls`` checked that benchmarks/frozen/__init__.py exists and listed tests/, but its output was cut
    off after the header line, so no file name of tests/ was seen.) Slip after the first commit: one
    ``git log --oneline -1`` was run to confirm that commit; it showed only this edition's own commit
    line, nothing of the detector or of earlier editions.

Families (cells per family: WEIGHTS, and the mix table below)
    dibao_clerk_note     低保 备注 typed by village clerks: terse, abbreviations, amounts, classes.
    dibao_household      家庭成员 columns in twelve layouts (、 ， ； spaces, newlines, pipes, tabs,
                         slash triples, full-width padded tables, JSON from a newer system, traditional).
    dibao_change_log     动态管理 logs: dated additions, removals, head changes, amount changes.
    dibao_home_visit     入户核查 notes: who visited, who was asked, what the house holds.
    relief_approval      临时救助 / 特困 approval comments and signatures.
    penalty_party        行政处罚 当事人: persons, 个体工商户 (some named after the owner), companies.
    penalty_facts        违法事实: long prose from market, food, environment and road inspections.
    penalty_decision     处罚依据 / 处罚结果 / 执行情况 / 送达 records.
    penalty_case_source  案源: complaints, hotline tickets, transfers, inspections.
    english_export       English export of both: pinyin names in several orders and cases, hyphens,
                         apostrophes, tone marks, ü (Lü / Lv / Lyu), initials, Chinese inside English.
    public_notice        PUBLIC: 低保 公示 and penalty decisions; officials named in their public role
                         (approving, signing, presiding) are look-alikes, private persons are names.
    lookalike_only       cells with look-alikes and no person at all.

Surface forms of names
    Han names of five generations (born before 1955 to born since 2010) with realistic surname
    frequencies, single-character given names, rare surnames (亓 逄 訾 禚 …), compound surnames (欧阳
    司马 …), children with both parents' surnames (张王一诺), old-style wives (刘王氏), names that are
    ordinary words (高峰 江山 黎明 …); Uyghur and Kazakh names with a middle dot written as · • . ． -
    or nothing, Tibetan, Mongolian, Yi, Hui, Zhuang and Korean names; traditional characters; two-
    character names padded with a full-width space (王　芳); names with no cue (opening the cell, alone,
    after dates and numbers, in lists), relatives sharing a surname, names before 之子 之女 夫妇 户 家
    等, after the particles 与 和 及 向 给 对 被 将 把 同 由 经 让 替 跟 找 问 帮, inside a 个体工商户
    name (宜兴市王建华五金店). English: Zhang Xiuying, ZHANG Xiuying, Xiuying Zhang, Zhang, Xiuying,
    ZHANG XIUYING, zhang xiuying, Zhang Xiu-ying, Xiu-Ying Zhang, Zhang Xiu Ying, Zhang XiuYing,
    Zhāng Xiùyīng, X.Y. Zhang, Zhang X.Y., Wang Jia'en, Lü Bo / Lv Bo / LYU Bo, 王芳 (Wang Fang).

Look-alikes
    villages, roads, bridges, schools named after families or people (张家湾村, 中山路, 逸夫小学, 向阳村);
    shops, companies and brands after families or people (王记小吃店, 陈氏建材有限公司, 杨国福麻辣烫);
    place names that read like names (吴忠市, 许昌市, 钟祥市); masked persons (王某, 李某某, 张**, 刘×,
    赵*明, 陈XX, 孙○○); surname + title (王师傅, 老李, 小张, 张女士, 刘会计); ordinary words beginning
    with a surname character (高温, 黄金, 方便, 白天, 金额, 周边, 马路, 许可证, 孙子 …); public figures
    in public phrases (雷锋, 焦裕禄, 毛泽东 …); officials' names in the public family; in English:
    Mr. Li, Zhongshan Road, Wang's Noodle House, Sunday, Hong Kong, Zhang Mou, Li ** ….

Mix at the defaults (n=2000, seed=1111), as printed by ``describe``:

    family                cells  names  lookalikes  with_name
    dibao_clerk_note        240    286         264        216
    dibao_household         220    675         193        198
    dibao_change_log        180    458         183        162
    dibao_home_visit        170    387         440        153
    relief_approval         160    181         237        144
    penalty_party           200    203         162        180
    penalty_facts           200    396         745        180
    penalty_decision        170    204         162        153
    penalty_case_source     130    125         243        117
    english_export          160    251         214        144
    public_notice            60     60         120         54
    lookalike_only          110      0         362          0
    total                  2000   3226        3325       1701
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from itertools import accumulate

from .remarks import Remark

VERSION = "frozen-remarks-11 (2026-12-05)"

FAMILIES: dict[str, str] = {
    "dibao_clerk_note": "低保 备注 typed by village clerks: terse, abbreviations, numbers",
    "dibao_household": "低保 家庭成员 columns in many layouts",
    "dibao_change_log": "低保 动态管理 change logs",
    "dibao_home_visit": "低保 入户核查 notes",
    "relief_approval": "临时救助 and 特困 approval comments",
    "penalty_party": "行政处罚 当事人 column",
    "penalty_facts": "行政处罚 违法事实 prose",
    "penalty_decision": "行政处罚 处罚依据/结果, 执行情况 and 送达 records",
    "penalty_case_source": "行政处罚 案源: complaints, hotlines, transfers",
    "english_export": "English-language export of listings and penalties",
    "public_notice": "public notices and decisions: officials in their public role are look-alikes",
    "lookalike_only": "look-alikes only: no person named",
}

WEIGHTS: dict[str, int] = {
    "dibao_clerk_note": 240,
    "dibao_household": 220,
    "dibao_change_log": 180,
    "dibao_home_visit": 170,
    "relief_approval": 160,
    "penalty_party": 200,
    "penalty_facts": 200,
    "penalty_decision": 170,
    "penalty_case_source": 130,
    "english_export": 160,
    "public_notice": 60,
    "lookalike_only": 110,
}

NAME_FAMILIES: tuple[str, ...] = tuple(f for f in FAMILIES if f != "lookalike_only")
PUBLIC_FAMILIES: tuple[str, ...] = ("public_notice",)
# Share of name-family cells that name nobody: only masked persons and surname + title.
NO_NAME_SHARE = 0.1
# A cell whose draw breaks the contract (a name twice, overlapping a look-alike, a string that is a
# name elsewhere and a look-alike here) is drawn again; this many failures in a row is a generator bug.
_MAX_DRAWS = 400


# --------------------------------------------------------------------------------------------------
# Pools: Han names
# --------------------------------------------------------------------------------------------------

def _weighted(spec: str) -> tuple[list[str], list[int]]:
    """Parse '王712 李701 …' into items and cumulative weights."""
    items, weights = [], []
    for token in spec.split():
        cut = next(i for i, ch in enumerate(token) if ch.isdigit())
        items.append(token[:cut])
        weights.append(int(token[cut:]))
    return items, list(accumulate(weights))


# Relative frequencies, per ten thousand, roughly as in recent census tables; the long tail is flat.
_SURNAMES, _SURNAME_CUM = _weighted(
    "王712 李701 张670 刘540 陈460 杨310 黄230 赵220 吴200 周190 徐150 孙150 马140 朱130 胡130 "
    "郭120 何120 林110 高110 罗100 郑100 梁90 谢80 宋80 唐80 许70 韩70 冯70 邓70 曹70 彭60 曾60 "
    "肖60 田60 董50 袁50 潘50 于50 蒋50 蔡50 余50 杜50 叶50 程50 苏40 魏40 吕40 丁40 任40 沈40 "
    "姚40 卢40 姜30 崔30 钟30 谭30 陆30 汪30 范30 金30 石30 廖30 贾30 夏30 韦30 付30 方30 白30 "
    "邹30 孟30 熊30 秦30 邱30 江30 尹30 薛20 闫20 段20 雷20 侯20 龙20 史20 陶20 黎20 贺20 顾20 "
    "毛20 郝20 龚20 邵20 万20 钱20 严20 覃20 武20 戴20 莫20 孔20 向20 汤20 常12 温12 康12 施12 "
    "文12 牛12 樊12 葛12 邢12 安12 齐12 易12 乔12 伍12 庞12 颜12 倪12 庄12 聂12 章12 鲁10 岳10 "
    "翟10 殷10 詹10 申10 欧10 耿10 关10 兰10 焦10 俞10 左10 柳10 甘10 祝10 包10 宁10 尚10 符10 "
    "舒10 阮10 柯10 纪10 梅10 童10 凌10 毕10 单8 季8 裴8 霍8 涂8 成8 苗8 谷8 盛8 曲8 翁8 冉8 "
    "骆8 蓝8 路8 游8 辛8 靳8 管8 柴8 蒙8 鲍8 华8 喻8 祁8 蒲8 房8 滕8 屈8 饶8 解8 牟8 艾8 尤8 "
    "阳6 时6 穆6 农6 司6 卓6 古6 吉6 缪6 简6 车6 项6 连6 芦6 麦6 褚6 娄6 窦6 戚6 岑6 景6 党6 "
    "宫6 费6 卜6 冷6 晏6 席6 卫6 米6 柏6 宗6 瞿6 桂6 全6 佟6 应6 臧6 闵6 苟6 邬6 边6 卞6 姬6 "
    "师4 和4 仇4 栾4 隋4 商4 刁4 沙4 荣4 巫4 寇4 桑4 郎4 甄4 丛4 仲4 虞4 敖4 巩4 明4 佘4 池4 "
    "查4 麻4 苑4 迟4 邝4 官4 封4 谈4 匡4 鞠4 惠4 荆4 乐4 冀4 郁4 胥4 南4 班4 储4 原4 栗4 燕4 "
    "楚4 鄢4 劳4 谌4 奚4 皮4 粟4 冼4 蔺4 楼4 盘4 满4 闻4 位4 厉4 伊4 仝4 区4 郜4 海4 阚4 花4 "
    "权4 强4 帅4 屠4 豆4 朴4 盖4 练4 廉4 禹4 井4 祖4 漆4 巴4 丰4 支4 卿4 国4 狄4 平4 计4 索4"
)
_RARE_SURNAMES = "亓 逄 晁 訾 黑 佴 揭 禚 厍 隗 眭 蓟 郏 鄂 靖 咸 笪 郗 昝 蹇 仉 暴 钮 才 植 粘 拓 撖 苻 堵 展 宓".split()
_COMPOUND_SURNAMES = ("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 令狐 公孙 慕容 长孙 宇文 司徒 夏侯 端木 "
                      "独孤 呼延 澹台 南宫 闻人 钟离 申屠 太史 第五 万俟 轩辕 左丘 公冶").split()

# Given names by generation (birth years below) and sex: (two-character pool, one-character pool).
_GEN_YEARS = {"g1": (1932, 1955), "g2": (1956, 1975), "g3": (1976, 1995), "g4": (1996, 2009),
              "g5": (2010, 2024)}
_SINGLE_SHARE = {"g1": 0.12, "g2": 0.35, "g3": 0.45, "g4": 0.15, "g5": 0.08}
_GIVEN: dict[tuple[str, str], tuple[list[str], list[str]]] = {
    key: (two.split(), one.split()) for key, (two, one) in {
        ("g1", "m"): ("德胜 福贵 长富 金山 永福 有才 宝山 树林 庆丰 振华 国庆 建国 解放 援朝 德明 玉林 "
                      "春生 满仓 富贵 来福 存德 守义 广才 洪福 占奎 文华 殿臣 保国 玉堂 万山 世昌 学礼 "
                      "兴旺 全福 茂林 凤山 玉柱 连成 清泉 恩荣 福海 常顺 景春 长林 贵生 老五 根生 水生 金宝",
                      "福 贵 发 山 林 财 义 忠 仁 禄"),
        ("g1", "f"): ("秀英 桂英 秀兰 桂兰 玉兰 凤英 淑珍 玉珍 秀珍 桂芝 淑英 兰英 玉梅 翠花 凤兰 素珍 "
                      "金花 银花 招娣 来娣 腊梅 春花 巧云 秋菊 桂香 淑华 玉芬 凤芝 二妮 玉凤 秀芳 桂珍 "
                      "玉英 淑兰 凤琴 翠兰 月英 金凤 彩霞 改花 引弟 小妹 大妞 菊香 荷花",
                      "英 兰 珍 凤 芝 梅 花 娥"),
        ("g2", "m"): ("建军 卫国 红兵 爱国 向东 东风 卫东 跃进 建华 建平 立新 志刚 志勇 国强 国华 建设 "
                      "胜利 文革 学军 小平 晓东 建伟 永刚 海峰 新民 春雷 长江 红旗 振国 振东 宏伟 忠诚 "
                      "继红 建民 建新 卫民 红军 国平 永生 光明 新华 庆国",
                      "伟 军 勇 刚 强 平 斌 涛 明 亮 华 波 杰 峰 辉 林 兵 东"),
        ("g2", "f"): ("红梅 红霞 丽华 海燕 永红 春梅 玉华 金凤 桂芳 丽娟 秀梅 美华 卫红 彩云 红英 丽萍 "
                      "晓红 翠萍 小燕 艳萍 素梅 建英 跃华 爱华 淑芳 秀云 冬梅 雪梅 亚萍 卫星 红艳 丽君 "
                      "美兰 凤霞", "艳 霞 英 红 燕 萍 敏 静 丽 芳 华 琴 娟 玲 梅 虹"),
        ("g3", "m"): ("建伟 海涛 俊杰 志伟 明辉 晓峰 文博 家豪 天宇 宇航 伟强 志强 鹏飞 振宇 海龙 晓龙 "
                      "建波 小龙 亚军 国栋 云飞 晓光 俊峰 浩然 立伟 明亮 海波 春雨",
                      "磊 鹏 超 浩 杰 帅 健 宇 阳 凯 博 晨 鑫 亮 峰 强 龙 洋 斌 刚 伟 涛 勇 军 俊 飞 彬 昊"),
        ("g3", "f"): ("晓燕 丽娜 婷婷 丹丹 晓丽 文静 佳佳 雪梅 思琪 佳怡 雨婷 梦婷 嘉欣 诗琪 晓霞 春燕 "
                      "红艳 艳红 小红 海霞 美玲 莉莉 琳琳 露露 倩倩 晓敏 雅琴 慧敏 丽丽 秀秀",
                      "婷 丹 娜 倩 洁 莉 雪 晶 琳 欢 颖 静 敏 慧 瑶 璐 佳 芳 蕾 艳 玲 霞"),
        ("g4", "m"): ("子豪 浩然 宇轩 子轩 浩宇 俊熙 博文 子墨 一鸣 宇航 梓豪 浩轩 俊宇 家乐 嘉豪 天佑 "
                      "振宇 鑫磊 宏宇 明轩 文轩 皓然 子健 晨阳 思远 雨泽 梓航",
                      "浩 鑫 昊 煜 宇 轩 阳 航 睿 哲"),
        ("g4", "f"): ("子涵 欣怡 梓涵 雨涵 佳琪 梦瑶 思雨 紫涵 可馨 晨曦 雨欣 诗涵 欣妍 佳怡 思彤 雨萱 "
                      "梦洁 心怡 欣然 嘉怡 雨晴 梦琪 静怡 若彤 语嫣 紫萱 慧琳",
                      "琪 悦 萱 妍 涵 彤 怡 馨"),
        ("g5", "m"): ("沐宸 梓睿 奕辰 宇泽 梓轩 沐阳 一诺 锦程 铭泽 承泽 宥辰 皓轩 煜祺 子睿 宸睿 梓晨 "
                      "浩宇 俊宇 星辰 一鸣 知行 景行 嘉禾 亦辰 云帆 君昊 睿泽 梓铭 润泽 修远 书航 谨言 "
                      "逸尘 言川 辰逸", "睿 宸 泽 锦 煜 骁"),
        ("g5", "f"): ("梓萱 诗涵 依诺 欣妍 语桐 若汐 芷若 知夏 语汐 梓妍 一然 若曦 艺涵 奕涵 沐瑶 安琪 "
                      "雨桐 昕玥 可欣 瑾萱 悠然 清欢 书瑶 梓涵 一诺 芊芊 朵朵 诗琪 星冉 初夏 念安 知意 "
                      "南乔 芷晴 沐希 一禾 时宜 晚晴", "玥 萱 汐 冉 然 瑶"),
    }.items()
}
# Full names that are also ordinary words or set phrases.
_WORD_NAMES = ("高峰 金星 江山 向前 方正 白云 安康 常胜 夏雨 黎明 程功 石磊 马力 万里 于洋 江南 严明 "
               "齐心 林立 田野 龙飞 雷雨 白露 梅花 金鑫 高明 王朝 周到 文明 宋词 夏天 钱程 何平 常青 "
               "杨柳 任重 方圆 杜鹃 安宁 郝帅 温暖 关心 孔雀 蓝天 白雪 高原 田园 乔木 童话 海洋").split()
# Names written in traditional characters (older Hong Kong, Macao and Taiwan-linked records).
_TRAD_SURNAMES = "陳 林 黃 張 李 王 吳 劉 蔡 楊 許 鄭 謝 郭 洪 曾 邱 廖 賴 周 徐 蘇 葉 莊 呂 江 何 蕭 羅 高 鍾 簡 趙 馬".split()
_TRAD_GIVEN = {"m": "志明 俊傑 家豪 冠宇 建宏 承翰 宗翰 柏翰 文雄 國華 金龍 明德 建國 偉 強 軍 傑".split(),
               "f": "淑芬 美玲 雅婷 怡君 淑惠 麗華 美惠 欣怡 佩珊 宜蓁 詩涵 美珠 秀琴 玉珍 秀蘭 桂英 麗娟 華".split()}

# --------------------------------------------------------------------------------------------------
# Pools: minority names
# --------------------------------------------------------------------------------------------------

_UYGHUR_M = ("买买提 艾力 阿不都热依木 吐尔逊 艾尼瓦尔 努尔艾力 阿卜杜拉 热合曼 依明 司马义 卡德尔 吐尔洪 "
             "玉素甫 艾买提 亚森 肉孜 阿布来提 买合木提 图尔荪 阿力木 塔依尔 喀斯木 麦麦提敏 艾克拜尔").split()
_UYGHUR_F = ("古丽米拉 阿依古丽 热依汗古丽 帕提古丽 阿依努尔 古丽娜尔 再努尔 米日古丽 热孜万古丽 布麦尔耶姆 "
             "阿米娜 努尔尼沙 祖丽皮亚 迪丽努尔 哈丽旦 帕丽旦 阿孜古丽").split()
_KAZAKH_M = ("叶尔兰 努尔兰 别克 哈那提 叶尔波拉提 阿斯哈尔 加肯 哈力木 木拉提 赛力克 达吾列提 吐尔逊别克 "
             "沙吾列 巴合提 叶尔肯 阿依登 胡安 吾拉孜别克").split()
_KAZAKH_F = "巴合提古丽 古丽巴合提 阿依达娜 加娜尔 阿克玛拉 努尔古丽 阿依江 玛依拉 沙拉 阿依谢".split()
_TIBETAN = ("次仁 卓玛 扎西 顿珠 格桑 央金 洛桑 丹增 尼玛 德吉 卓嘎 平措 旺堆 索朗 多吉 拉巴 白玛 央宗 "
            "达瓦 措姆 普布 边巴 巴桑 曲珍 次旦 罗布 米玛 仓决 拉姆 益西 贡布 旦增").split()
_MONGOL = ("巴特尔 其木格 乌力吉 斯琴高娃 额尔敦巴雅尔 苏和 格日勒图 那仁图雅 宝音 敖登格日乐 孟和 乌日娜 "
           "巴图 朝鲁 阿拉坦仓 哈斯 萨仁 图雅 呼和 布仁巴雅尔 吉日嘎拉 额尔德尼 特木尔 乌云 宝力德 苏日娜 "
           "其其格").split()
_YI_SURNAMES = "吉克 阿尔 沙马 曲比 阿说 马海 海来 俄木 勒格 吉木 阿苏 吉伍 日火 倮伍 阿的 苏呷".split()
_HUI_SURNAMES = "马 马 马 丁 哈 纳 穆 白 沙 海 撒 冶 米 虎".split()
_ZHUANG_SURNAMES = "韦 覃 蒙 黄 陆 农 莫 梁 卢 潘 蓝 韦 覃 农".split()
_KOREAN_SURNAMES = "金 朴 崔 李 郑 全 玄 南 申 韩 许 尹 赵 金 朴".split()
# How the dot between a Uyghur or Kazakh given name and father's name is typed (as written is kept).
# Given names of the groups that pair a family name with a given name, by sex: (male, female).
_GROUP_GIVEN = {
    "yi": ("木呷 拉且 伍呷 尔古 约布 石且 拉哈 阿木 尔呷 体布 日作".split(), "阿依 阿果 阿呷 阿牛 依作 木乃 阿芝 阿以".split()),
    "hui": ("福林 金海 文华 成林 尔萨 穆萨 德福 占林 学礼 有福 建忠".split(), "海燕 玉兰 阿依莎 法图麦 秀梅 淑贞 兰花 海秀".split()),
    "zhuang": ("日新 光明 建成 国庆 明辉 志强 特林 振南 保平".split(),
               "亚妹 美妹 秀妹 金妹 桂妹 春燕 秋兰 海燕 丽萍 玉兰 达英".split()),
    "korean": ("哲洙 东植 成浩 明哲 明秀 永哲 正浩 光洙 成哲 相哲".split(),
               "英姬 顺子 善花 贞淑 玉顺 英淑 春子 美善 顺姬 京淑 英爱".split()),
}
_GROUP_SURNAMES = {"yi": _YI_SURNAMES, "hui": _HUI_SURNAMES, "zhuang": _ZHUANG_SURNAMES, "korean": _KOREAN_SURNAMES}
_DOTS = ("·",) * 16 + ("•", "•", ".", "．", "-", "")
_MINORITY_GROUPS = ("uyghur", "uyghur", "kazakh", "tibetan", "tibetan", "mongol", "yi", "hui", "hui",
                    "zhuang", "zhuang", "korean")

# --------------------------------------------------------------------------------------------------
# Pools: English export (hanzi, hyphenated pinyin, hyphenated pinyin with tones)
# --------------------------------------------------------------------------------------------------

_EN_SURNAMES = [tuple(t.split("/")) for t in (
    "王/Wang/Wáng 李/Li/Lǐ 张/Zhang/Zhāng 刘/Liu/Liú 陈/Chen/Chén 杨/Yang/Yáng 黄/Huang/Huáng 赵/Zhao/Zhào "
    "吴/Wu/Wú 周/Zhou/Zhōu 徐/Xu/Xú 孙/Sun/Sūn 马/Ma/Mǎ 朱/Zhu/Zhū 胡/Hu/Hú 郭/Guo/Guō 何/He/Hé "
    "林/Lin/Lín 高/Gao/Gāo 罗/Luo/Luó 郑/Zheng/Zhèng 梁/Liang/Liáng 谢/Xie/Xiè 宋/Song/Sòng 唐/Tang/Táng "
    "韩/Han/Hán 冯/Feng/Féng 邓/Deng/Dèng 曹/Cao/Cáo 彭/Peng/Péng 曾/Zeng/Zēng 吕/Lü/Lǚ 于/Yu/Yú "
    "欧阳/Ou-yang/Ōu-yáng 司马/Si-ma/Sī-mǎ 诸葛/Zhu-ge/Zhū-gě 聂/Nie/Niè 闫/Yan/Yán 石/Shi/Shí "
    "范/Fan/Fàn 龙/Long/Lóng 白/Bai/Bái 方/Fang/Fāng").split()]
_EN_GIVEN = [tuple(t.split("/")) for t in (
    "秀英/Xiu-ying/Xiù-yīng 桂兰/Gui-lan/Guì-lán 建国/Jian-guo/Jiàn-guó 德胜/De-sheng/Dé-shèng "
    "玉兰/Yu-lan/Yù-lán 淑珍/Shu-zhen/Shū-zhēn 建华/Jian-hua/Jiàn-huá 志刚/Zhi-gang/Zhì-gāng "
    "红梅/Hong-mei/Hóng-méi 海燕/Hai-yan/Hǎi-yàn 丽娟/Li-juan/Lì-juān 伟/Wei/Wěi 芳/Fang/Fāng "
    "静/Jing/Jìng 磊/Lei/Lěi 娜/Na/Nà 强/Qiang/Qiáng 军/Jun/Jūn 洋/Yang/Yáng 敏/Min/Mǐn "
    "晓明/Xiao-ming/Xiǎo-míng 小燕/Xiao-yan/Xiǎo-yàn 婷婷/Ting-ting/Tíng-tíng 浩然/Hao-ran/Hào-rán "
    "子涵/Zi-han/Zǐ-hán 欣怡/Xin-yi/Xīn-yí 梓萱/Zi-xuan/Zǐ-xuān 一诺/Yi-nuo/Yī-nuò 宇轩/Yu-xuan/Yǔ-xuān "
    "思雨/Si-yu/Sī-yǔ 嘉恩/Jia-en/Jiā-ēn 思安/Si-an/Sī-ān 子昂/Zi-ang/Zǐ-áng 欣安/Xin-an/Xīn-ān "
    "明/Ming/Míng 雪/Xue/Xuě 玉珍/Yu-zhen/Yù-zhēn 春花/Chun-hua/Chūn-huā 国强/Guo-qiang/Guó-qiáng "
    "文博/Wen-bo/Wén-bó 佳琪/Jia-qi/Jiā-qí 俊杰/Jun-jie/Jùn-jié 丹丹/Dan-dan/Dān-dān 永福/Yong-fu/Yǒng-fú "
    "金花/Jin-hua/Jīn-huā 爱国/Ai-guo/Ài-guó 卫东/Wei-dong/Wèi-dōng 雨桐/Yu-tong/Yǔ-tóng "
    "沐宸/Mu-chen/Mù-chén 若汐/Ruo-xi/Ruò-xī 海鸥/Hai-ou/Hǎi-ōu 立安/Li-an/Lì-ān").split()]
_LU_SPELLINGS = ("Lü", "Lv", "Lyu", "LYU", "LÜ", "Lü")
_EN_MINORITY = ("Tsering Dolma", "Tashi Dhondup", "Dawa Tsering", "Pema Yangzom", "Lobsang Tenzin",
                "Zhaxi Dunzhu", "Cering Zhuoma", "Abdurehim Memet", "Memet Tursun", "Gulnur Ablimit",
                "Ablikim Yasin", "Aygul Hasan", "Maimaiti Tuerxun", "Maimaiti·Tuerxun", "Aierken Kadeer",
                "Erlan Nurlan", "Nurlan Bek", "Aigul Kasym", "Bater", "Chimeg", "Uliji", "Suhe",
                "Bayar", "Jike Ayi", "Piao Yingji", "Jin Zhezhu", "Wei Yamei", "Qin Guilan")

# --------------------------------------------------------------------------------------------------
# Pools: stand-ins for persons (look-alikes)
# --------------------------------------------------------------------------------------------------

_MASKS = ("某",) * 6 + ("某某",) * 5 + ("**",) * 3 + ("*", "×", "××", "XX", "○○", "某甲", "某乙", "＊＊", "xx")
_MASK_GIVEN_CHARS = "明 华 军 英 兰 平 强 伟 芳 红 林 东 梅 涛 丽".split()
_TITLES_AFTER = ("师傅 阿姨 大爷 大妈 会计 医生 老师 姐 哥 总 主任 书记 村长 队长 所长 经理 女士 先生 "
                 "婶 叔 奶奶 大娘 老板 嫂 站长 组长").split()
_TITLES_BEFORE = ("老", "老", "小", "小", "大")
_EN_TITLES = ("Mr.", "Ms.", "Mrs.", "Mr", "Ms", "Auntie", "Old", "Master", "Dr.")
_EN_MASKS = ("{s} **", "{s} XX", "{s} Mou", "{S} ***", "{s} Mou-mou", "{s}**")

# --------------------------------------------------------------------------------------------------
# Pools: places, shops, brands, phrases (look-alikes)
# --------------------------------------------------------------------------------------------------

_VILLAGE_SUFFIX = "湾 庄 沟 坝 洼 营 屯 岭 桥 店 河 峪 寨 坪 堡 窑 台 园 集 嘴 坡 冲 垸 畈 岗 塘 铺".split()
_NAMELIKE_VILLAGES = ("向阳村 建国村 解放村 永福村 德胜村 建华村 卫东村 跃进村 高峰村 金山村 石门村 万福村 "
                      "常青村 红梅村 国庆村 胜利村 东风村 爱国村 振华村 文明村 光明村 建新村 新华村").split()
_NEUTRAL_VILLAGES = "团结村 红旗村 幸福村 前进村 新民村 永丰村 五一村 三合村 联合村 太平村 双河村 新庄村".split()
_PERSON_ROADS = ("中山路 中山北路 中山东路 逸仙路 鲁迅路 仲恺路 张自忠路 赵登禹路 佟麟阁路 左权路 靖宇街 "
                 "尚志大街 兆麟街 一曼街 黄兴路 郑和路 志丹路 周家嘴路 陆家嘴环路 徐家汇路 金沙江路 黄河路 "
                 "高新路 马当路 江南大道 石门一路 常青路 向阳路 建国路 解放路 东风路 胜利路 文明路 振华路 "
                 "万福路 孙家湾路 何家湾路 杨家坪正街 宋家庄路 潘家园路").split()
_NEUTRAL_ROADS = "人民路 建设路 滨河路 育才路 工业大道 环城北路 光华街 新兴路 府前街 西大街".split()
_SCHOOLS = ("逸夫小学 逸夫中学 嘉庚中学 田家炳中学 田家炳实验小学 鲁迅中学 鲁迅小学 雷锋小学 雷锋中学 中山小学 "
            "中山中学 行知小学 行知中学 树人学校 树人中学 执信中学 曾宪梓中学 宋庆龄幼儿园 陶行知小学").split()
_NAMELIKE_PLACES = ("吴忠市 许昌市 杨凌区 吴江区 钟祥市 高安市 周至县 孙吴县 韩城市 邓州市 林州市 文登区 "
                    "武功县 常宁市 罗定市 万宁市 安顺市 宁德市 华容县 曲靖市 余姚市 孟州市 霍州市 汤阴县 "
                    "温岭市 金华市 江门市 黄冈市 周口市 马鞍山市 张家口市 石家庄市 常州市 龙岩市 柳州市 "
                    "梅州市 贺州市").split()
_NEUTRAL_PLACES = "临沂市 邯郸市 南阳市 赣州市 遵义市 绵阳市 衡阳市 荆州市 宜宾市 商丘市 滁州市 阜阳市".split()
_SHOP_FOOD = "小吃店 面馆 粥铺 烧腊 包子铺 卤味 饺子馆 米粉店 牛肉面 烧烤 馄饨 酱骨 生煎 凉皮 米线 煎饼 豆花 羊肉汤".split()
_SHOP_SERVICE = "针灸 推拿 正骨 诊所 五金 建材 牙科 理发店 汽修 家具 养殖场 酒坊 蜂业 百货 粮油店".split()
_GIVEN_SHOPS = "建华五金店 红梅理发店 志刚汽修 秀英裁缝铺 国庆饭店 海燕超市 建军废品站 春梅美甲 德胜粮油店".split()
_BRANDS = ("杨国福麻辣烫 张亮麻辣烫 王老吉 李宁 老干妈 周黑鸭 周大福 周生生 李锦记 王守义十三香 陈克明面条 "
           "张小泉 王致和 马应龙 钱大妈 杨铭宇黄焖鸡米饭 胡庆余堂 刘一手火锅 谭鸭血 许留山 廖记棒棒鸡 "
           "张飞牛肉 武大郎烧饼 王麻子剪刀 张一元 吴裕泰 谢馥春 陈李济 马记永 陈香贵 蔡林记 李先生牛肉面").split()
_INDUSTRIES = "建材 商贸 五金 食品 农业开发 养殖 物流 装饰工程 劳务 餐饮管理".split()
# (phrase, the public figure's name that must survive)
_PUBLIC_PHRASES = (
    ("学习雷锋好榜样", "雷锋"), ("弘扬焦裕禄精神", "焦裕禄"), ("以毛泽东思想为指导", "毛泽东"),
    ("坚持邓小平理论", "邓小平"), ("深入学习贯彻习近平新时代中国特色社会主义思想", "习近平"),
    ("学习张桂梅同志先进事迹", "张桂梅"), ("发扬白求恩精神", "白求恩"), ("争创黄大年式教师团队", "黄大年"),
    ("做孔繁森式的好干部", "孔繁森"), ("袁隆平杂交水稻示范田", "袁隆平"), ("钟南山院士团队", "钟南山"),
    ("学习杨善洲精神", "杨善洲"), ("弘扬谷文昌精神", "谷文昌"), ("纪念孙中山先生诞辰", "孙中山"),
    ("周恩来纪念馆", "周恩来"), ("岳飞庙", "岳飞"), ("包公祠", "包公"), ("杜甫草堂", "杜甫"),
    ("郑和下西洋", "郑和"), ("屈原故里", "屈原"), ("海瑞墓", "海瑞"), ("学习廖俊波同志先进事迹", "廖俊波"),
)
# (clause, the word in it that begins with a surname character); 低保 vocabulary.
_DIBAO_CLAUSES = (
    ("白天在集镇打零工", "白天"), ("常年服药", "常年"), ("患高血压多年", "高血压"), ("住房属C级危房", "危房"),
    ("周边邻居反映属实", "周边"), ("家住马路边", "马路"), ("金额已核对无误", "金额"), ("于是申请临时救助", "于是"),
    ("家庭和睦", "和睦"), ("种植向日葵三亩", "向日葵"), ("病情严重", "严重"), ("房屋建在江堤下", "江堤"),
    ("曾在石料厂打零工", "石料"), ("按程序办理", "程序"), ("出行不方便", "方便"), ("无黄金首饰等贵重物品", "黄金"),
    ("夏天因高温中暑住院", "高温"), ("完成入户任务", "任务"), ("存在用电安全隐患", "安全"), ("高龄独居", "高龄"),
    ("孙子在读初中", "孙子"), ("孙女随其生活", "孙女"), ("在县医院康复治疗", "康复"), ("符合保障条件", "符合"),
    ("材料齐全", "齐全"), ("银行卡余额不足百元", "余额"), ("医疗费用自付部分较多", "费用"), ("尚未脱贫", "尚未"),
    ("无劳动能力", "劳动"), ("名下无车辆", "车辆"), ("陆续还清借款", "陆续"), ("全部用于看病", "全部"),
    ("户籍关系已迁回", "关系"), ("拟入住敬老院", "敬老院"), ("由村卫生室随访", "卫生室"), ("系脱贫监测农户", "农户"),
    ("养殖牛羊5头", "牛羊"), ("房屋漏雨", "房屋"), ("时间较长", "时间"), ("解除监测", "解除"),
)
_TRAD_CLAUSES = (
    ("常年服藥", "常年"), ("周邊鄰居反映屬實", "周邊"), ("金額已核對", "金額"), ("出行不方便", "方便"),
    ("高溫天氣中暑", "高溫"), ("病情嚴重", "嚴重"), ("家住馬路邊", "馬路"), ("無黃金首飾", "黃金"),
)
# 行政处罚 vocabulary: what the party did (acts) and what the office did or found (steps).
_PENALTY_ACTS = (
    ("未取得食品经营许可证从事经营", "许可证"), ("在高温时段露天施工", "高温"), ("销售含金量不足的黄金饰品", "黄金"),
    ("销售过期方便面", "方便"), ("占用马路摆摊设点", "马路"), ("非法开采石料", "石料"),
    ("在江堤保护范围内倾倒渣土", "江堤"), ("生产的食品危害食品安全", "安全"), ("夜间施工影响周边居民休息", "周边"),
    ("常年无证经营", "常年"), ("未取得卫生许可从事理发", "卫生"), ("私自屠宰生猪", "屠宰"),
    ("伪造印章并盖章", "盖章"), ("销售不合格商品", "商品"), ("将肉品储存于无证冷库", "冷库"),
    ("销售假冒燕窝", "燕窝"), ("原料储存条件不符合要求", "储存"), ("在禁止区域燃放烟花", "区域"),
    ("拒不支付检测费用", "费用"), ("使用无牌车辆运输渣土", "车辆"), ("擅自改变房屋用途", "房屋"),
)
_PENALTY_STEPS = (
    ("违法经营金额较小", "金额"), ("情节严重", "严重"), ("办案程序合法", "程序"), ("于是现场制作笔录", "于是"),
    ("按照专项检查任务安排", "任务"), ("涉案车辆已扣押", "车辆"), ("涉案房屋已查封", "房屋"), ("全部予以没收", "全部"),
    ("依法采取强制措施", "强制"), ("依法查处", "查处"), ("应当如实告知", "应当"), ("相关证据已固定", "相关"),
    ("门店位于闹市", "门店"), ("移送公安机关", "公安"), ("司机拒绝停车检查", "司机"), ("明确告知其权利", "明确"),
    ("进行约谈谈话", "谈话"), ("罚没款已全部上缴", "上缴"), ("白天正常营业", "白天"), ("检测费用由当事人承担", "费用"),
)
_PENALTY_CLAUSES = _PENALTY_ACTS + _PENALTY_STEPS
_EN_CLAUSES = (
    ("Long-term illness", "Long-term"), ("paid every Sunday", "Sunday"), ("moved back from Hong Kong", "Hong Kong"),
    ("flood along the Yangtze River", "Yangtze"), ("worked in Wuhan", "Wuhan"), ("returned from Jiangsu", "Jiangsu"),
    ("migrant work in Zhoushan", "Zhoushan"), ("hospital in Tangshan", "Tangshan"), ("seasonal work in Xi'an", "Xi'an"),
    ("He lives alone", "He lives"), ("clinic in Shijiazhuang", "Shijiazhuang"), ("moved to Zhangjiakou", "Zhangjiakou"),
    ("transferred from Hubei", "Hubei"), ("stall on Zhongshan Road", "Zhongshan Road"), ("near Sun Yat-sen Road", "Sun Yat-sen"),
    ("sold fake Li Ning shoes", "Li Ning"), ("counterfeit Lao Gan Ma sauce", "Lao Gan Ma"), ("Chow Tai Fook gold", "Chow Tai Fook"),
    ("course on Mao Zedong Thought", "Mao Zedong"), ("Lei Feng volunteer day", "Lei Feng"), ("Gao Village committee", "Gao Village"),
)
_EN_SHOPS = ("Wang's Noodle House", "Li's Dumplings", "Chen Family Restaurant", "Zhang's Clinic", "Liu Ji Barbecue",
             "Old Zhou Hotpot", "Ma's Beef Noodles", "Huang Family Grocery", "Zhao's Hardware", "Sun's Bakery")


# --------------------------------------------------------------------------------------------------
# One cell under construction
# --------------------------------------------------------------------------------------------------

class _Cell:
    """Draws persons and look-alikes for one cell and records which is which."""

    def __init__(self, rng: random.Random, *, no_name: bool, public: bool) -> None:
        self.rng = rng
        self.no_name = no_name
        self.public = public
        self.names: list[str] = []
        self.looks: list[str] = []

    # -- chance -----------------------------------------------------------------------------------
    def pick(self, seq: Sequence):
        return seq[self.rng.randrange(len(seq))]

    def one(self, *options: Callable[[], str]) -> str:
        """Build one of several phrasings; only the chosen one draws persons and look-alikes."""
        return self.pick(options)()

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    # -- recording --------------------------------------------------------------------------------
    def look(self, s: str) -> str:
        if s not in self.looks:
            self.looks.append(s)
        return s

    def _plant(self, s: str) -> str:
        self.names.append(s)
        return s

    # -- surnames and Han names -------------------------------------------------------------------
    def sur(self) -> str:
        return self.rng.choices(_SURNAMES, cum_weights=_SURNAME_CUM)[0]

    def _any_surname(self, gen: str) -> str:
        r = self.rng.random()
        if r < 0.025:
            return self.pick(_RARE_SURNAMES)
        if r < 0.045:
            return self.pick(_COMPOUND_SURNAMES)
        if gen == "g5" and r < 0.09:
            first = self.sur()
            second = self.sur()
            return first + second if first != second else first
        return self.sur()

    def given(self, gen: str, sex: str) -> str:
        two, one = _GIVEN[(gen, sex)]
        return self.pick(one) if self.chance(_SINGLE_SHARE[gen]) else self.pick(two)

    def gen(self, weights: Sequence[float] = (0.3, 0.3, 0.22, 0.1, 0.08)) -> str:
        return self.rng.choices(("g1", "g2", "g3", "g4", "g5"), weights=weights)[0]

    def sex(self) -> str:
        return "m" if self.chance(0.52) else "f"

    def han(self, gen: str | None = None, sex: str | None = None, surname: str | None = None,
            mask: float = 0.0, padded: bool = False) -> tuple[str, str]:
        """(written form, surname): a planted name, or a masked stand-in in a no-name cell."""
        gen = gen or self.gen()
        sex = sex or self.sex()
        if surname is None and self.chance(0.035):
            word = self.pick(_WORD_NAMES)
            surname, full = word[0], word
        else:
            surname = surname or self._any_surname(gen)
            full = surname + self.given(gen, sex)
        if self.no_name or self.chance(mask):
            return self.masked(surname), surname
        if full in self.names:
            full = surname + self.given(gen, sex) + self.pick("华军英兰平")
        if padded and len(full) == 2:
            full = full[0] + "\u3000" + full[1]
        return self._plant(full), surname

    def person(self, gen: str | None = None, sex: str | None = None, surname: str | None = None,
               mask: float = 0.0) -> str:
        return self.han(gen, sex, surname, mask)[0]

    def elder(self, sex: str | None = None, surname: str | None = None) -> str:
        return self.person(self.pick(("g1", "g1", "g2")), sex, surname)

    def old_style_wife(self, husband_surname: str) -> str:
        """刘王氏: husband's surname, own surname, 氏 (how some elderly women are still registered)."""
        own = self.sur()
        if self.no_name or own == husband_surname:
            return self.masked(own)
        return self._plant(husband_surname + own + "氏")

    def trad(self, sex: str | None = None, surname: str | None = None) -> str:
        s = surname or self.pick(_TRAD_SURNAMES)
        full = s + self.pick(_TRAD_GIVEN[sex or self.sex()])
        if self.no_name or full in self.names:
            return self.look(s + self.pick(("某", "某某", "**")))
        return self._plant(full)

    def minority(self, group: str | None = None, sex: str | None = None) -> str:
        group = group or self.pick(_MINORITY_GROUPS)
        sex = sex or self.sex()
        if group in ("uyghur", "kazakh"):
            m_pool, f_pool = (_UYGHUR_M, _UYGHUR_F) if group == "uyghur" else (_KAZAKH_M, _KAZAKH_F)
            first = self.pick(m_pool if sex == "m" else f_pool)
            full = first + self.pick(_DOTS) + self.pick(m_pool)
            stem = first
        elif group == "tibetan":
            first = self.pick(_TIBETAN)
            full = first + self.pick(_TIBETAN) if self.chance(0.7) else first
            stem = first
        elif group == "mongol":
            full = self.pick(_MONGOL)
            if self.chance(0.15):
                full = self.pick("包白韩") + full
            stem = full[:2]
        else:
            stem = self.pick(_GROUP_SURNAMES[group])
            full = stem + self.pick(_GROUP_GIVEN[group][sex == "f"])
        if self.no_name or full == stem:
            return self.look(stem + self.pick(("某", "**", "·某", "某某")))
        return self._plant(full)

    def anyone(self, mask: float = 0.0, gen: str | None = None) -> str:
        """A person of any group: mostly Han, sometimes a minority name."""
        if self.chance(0.15) and not self.chance(mask):
            return self.minority()
        return self.person(gen=gen, mask=mask)

    def official(self) -> str:
        """An official: a look-alike in a public cell (public role), else a private name like any."""
        if self.public:
            surname = self.sur()
            return self.look(surname + self.given(self.pick(("g2", "g3")), self.sex()))
        return self.person(self.pick(("g2", "g3")))

    # -- stand-ins ---------------------------------------------------------------------------------
    def masked(self, surname: str | None = None) -> str:
        s = surname or self.sur()
        form = self.pick(_MASKS)
        if self.chance(0.15):
            return self.look(s + self.pick(("*", "×", "X")) + self.pick(_MASK_GIVEN_CHARS))
        return self.look(s + form)

    def titled(self, surname: str | None = None) -> str:
        s = surname or self.sur()
        if len(s) == 1 and self.chance(0.35):
            return self.look(self.pick(_TITLES_BEFORE) + s)
        return self.look(s + self.pick(_TITLES_AFTER))

    def stand_in(self) -> str:
        return self.titled() if self.chance(0.4) else self.masked()

    # -- English -----------------------------------------------------------------------------------
    def en_person(self, mask: float = 0.0, with_hanzi: bool = False) -> str:
        """A pinyin name in one of many written forms; optionally preceded by its characters."""
        han_s, py_s, tone_s = self.pick(_EN_SURNAMES)
        if self.no_name or self.chance(mask):
            surname = py_s.replace("-", "")
            return self.look(self.pick(_EN_MASKS).format(s=surname, S=surname.upper()))
        if self.chance(0.08) and not with_hanzi:
            return self._plant(self.pick(_EN_MINORITY))
        han_g, py_g, tone_g = self.pick(_EN_GIVEN)
        sur = py_s.replace("-", "").capitalize() if "-" in py_s else py_s
        if han_s == "吕":
            sur = self.pick(_LU_SPELLINGS)
        syll = py_g.split("-")
        joined = syll[0] + "".join(("'" if p[0] in "aeo" else "") + p for p in syll[1:])
        style = self.rng.randrange(13)
        if style == 0:
            text = f"{sur} {joined.capitalize()}"
        elif style == 1:
            text = f"{sur.upper()} {joined.capitalize()}"
        elif style == 2:
            text = f"{joined.capitalize()} {sur}"
        elif style == 3:
            text = f"{sur}, {joined.capitalize()}"
        elif style == 4:
            text = f"{sur.upper()} {joined.upper()}"
        elif style == 5:
            text = f"{sur.lower()} {joined.lower()}"
        elif style == 6 and len(syll) == 2:
            text = f"{sur} {syll[0].capitalize()}-{syll[1]}"
        elif style == 7 and len(syll) == 2:
            text = f"{syll[0].capitalize()}-{syll[1].capitalize()} {sur}"
        elif style == 8 and len(syll) == 2:
            text = f"{sur} {syll[0].capitalize()} {syll[1].capitalize()}"
        elif style == 9 and len(syll) == 2:
            text = f"{sur} {syll[0].capitalize()}{syll[1].capitalize()}"
        elif style == 10 and han_s != "吕":
            tones = tone_g.split("-")
            tjoined = tones[0] + "".join(("'" if p[0] in "aeoāáǎàēéěèōóǒò" else "") + p for p in tones[1:])
            text = f"{tone_s.replace('-', '').capitalize()} {tjoined.capitalize()}"
        elif style == 11:
            initials = ".".join(p[0].upper() for p in syll) + "."
            text = self.pick((f"{initials} {sur}", f"{sur} {initials}"))
        else:
            text = f"{sur} {joined.capitalize()}"
        if with_hanzi:
            han_full = han_s + han_g
            if han_full in self.names:
                return self._plant(text)
            self._plant(han_full)
            return f"{han_full} ({self._plant(text)})" if self.chance(0.7) else f"{self._plant(text)} / {han_full}"
        return self._plant(text)

    def en_titled(self) -> str:
        _, py_s, _ = self.pick(_EN_SURNAMES)
        return self.look(f"{self.pick(_EN_TITLES)} {py_s.replace('-', '').capitalize()}")

    def en_clause(self) -> str:
        clause, word = self.pick(_EN_CLAUSES)
        self.look(word)
        return clause

    def en_shop(self) -> str:
        return self.look(self.pick(_EN_SHOPS))

    # -- places, shops, words ----------------------------------------------------------------------
    def village(self, neutral: float = 0.15) -> str:
        r = self.rng.random()
        if r < neutral:
            return self.pick(_NEUTRAL_VILLAGES)
        if r < 0.55:
            v = self.sur() + "家" + self.pick(_VILLAGE_SUFFIX) + self.pick(("村", "村", "", "组"))
        elif r < 0.78:
            v = self.sur() + self.pick("庄集屯楼寨圩营坊") + "村"
        else:
            v = self.pick(_NAMELIKE_VILLAGES)
        return self.look(v)

    def road(self) -> str:
        if self.chance(0.2):
            return self.pick(_NEUTRAL_ROADS)
        if self.chance(0.25):
            return self.look(self.sur() + "家" + self.pick(("巷", "胡同", "弄", "湾路", "桥路", "街")))
        return self.look(self.pick(_PERSON_ROADS))

    def bridge(self) -> str:
        return self.look(self.pick((self.sur() + "家桥", self.sur() + "家大桥", "苏堤", "白堤", "李公堤",
                                    self.sur() + "公桥")))

    def school(self) -> str:
        if self.chance(0.3):
            return self.look(self.sur() + "家" + self.pick(_VILLAGE_SUFFIX) + self.pick(("小学", "中学", "教学点")))
        return self.look(self.pick(_SCHOOLS))

    def place(self) -> str:
        if self.chance(0.3):
            return self.pick(_NEUTRAL_PLACES)
        return self.look(self.pick(_NAMELIKE_PLACES))

    def shop(self) -> str:
        s = self.sur()
        r = self.rng.random()
        if r < 0.25:
            v = f"{s}记{self.pick(_SHOP_FOOD)}"
        elif r < 0.4:
            v = f"老{s}家{self.pick(_SHOP_FOOD)}"
        elif r < 0.55:
            v = f"{s}氏{self.pick(_SHOP_SERVICE)}"
        elif r < 0.65:
            v = f"{s}家{self.pick(('菜馆', '小院', '饭庄', '大院', '农家乐', '酒楼'))}"
        elif r < 0.72:
            v = f"{s}{self.pick(('姐', '嫂', '师傅', '大妈'))}{self.pick(_SHOP_FOOD)}"
        elif r < 0.8:
            v = self.pick(_GIVEN_SHOPS)
        else:
            v = self.pick(_BRANDS) + self.pick(("加盟店", "专卖店", "", "（" + self.pick("东西南北") + "街店）"))
            self.look(v.split("加盟店")[0].split("专卖店")[0].split("（")[0])
            return v
        return self.look(v)

    def company(self) -> str:
        city = self.pick(_NEUTRAL_PLACES)
        s = self.sur()
        v = self.pick((f"{s}氏{self.pick(_INDUSTRIES)}有限公司", f"老{s}家食品有限公司", f"{s}记商行",
                       f"{s}家{self.pick(_VILLAGE_SUFFIX)}{self.pick(_INDUSTRIES)}专业合作社"))
        return city + self.look(v)

    def clause(self, pool: Sequence[tuple[str, str]]) -> str:
        text, word = self.pick(pool)
        self.look(word)
        return text

    def public_phrase(self) -> str:
        phrase, figure = self.pick(_PUBLIC_PHRASES)
        self.look(figure)
        return phrase

    # -- numbers and dates -------------------------------------------------------------------------
    def date(self) -> str:
        y, m, d = self.num(2014, 2024), self.num(1, 12), self.num(1, 28)
        return self.pick((f"{y}年{m}月{d}日", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}",
                          f"{y % 100:02d}.{m}.{d}", f"{y}{m:02d}{d:02d}", f"{y}年{m}月", f"{y}.{m:02d}"))

    def monthly(self) -> str:
        """A monthly 低保 payment in yuan."""
        v = self.num(12, 120) * 10
        return self.pick((str(v), f"{v}.00", f"{v}.0"))

    def amount(self) -> str:
        v = self.pick((self.num(2, 90) * 10, self.num(1, 60) * 100, self.num(1, 30) * 1000))
        return self.pick((str(v), f"{v:,}.00", f"{v}.00", f"{v:,}"))

    def phone(self) -> str:
        return f"1{self.pick('35789')}{self.num(0, 9)}****{self.num(0, 9999):04d}"

    def id_masked(self) -> str:
        return f"{self.num(110000, 659000)}{'*' * self.pick((8, 10))}{self.num(0, 999):03d}{self.pick('0123456789X')}"


def _age(gen: str, rng: random.Random) -> int:
    lo, hi = _GEN_YEARS[gen]
    return max(1, 2024 - rng.randint(lo, hi))


# --------------------------------------------------------------------------------------------------
# Households (relatives share a surname)
# --------------------------------------------------------------------------------------------------

_CHILD_GEN = {"g1": ("g2", "g3"), "g2": ("g3", "g4")}
_GRAND_GEN = {"g1": ("g4", "g5"), "g2": ("g5",)}
_GENERATION_CHARS = "建秀春海晓志红国玉丽"
_GENERATION_SECOND = {"m": "华军平强林明东", "f": "英兰梅芳霞华"}
_SON_RELATIONS = ("长子", "次子", "三子", "儿子")
_DAUGHTER_RELATIONS = ("长女", "次女", "三女", "女儿")


def _household(c: _Cell, size: int, padded: bool = False) -> list[tuple[str, str, int]]:
    """(written name, relation, age) for one household; children and grandchildren carry the head's surname."""
    if c.chance(0.15):
        return _minority_household(c, size)
    head_gen = c.pick(("g1", "g1", "g2"))
    head_sex = "m" if c.chance(0.72) else "f"
    head, s = c.han(head_gen, head_sex, padded=padded)
    head_age = _age(head_gen, c.rng)
    out = [(head, c.pick(("户主", "本人", "户主")), head_age)]
    if size >= 2 and c.chance(0.8):
        if head_sex == "m" and head_gen == "g1" and c.chance(0.08):
            out.append((c.old_style_wife(s), "妻", head_age - c.num(-3, 4)))
        else:
            spouse = c.han(head_gen, "f" if head_sex == "m" else "m", padded=padded)[0]
            rel = c.pick(("配偶", "妻", "妻子")) if head_sex == "m" else c.pick(("配偶", "夫", "丈夫"))
            out.append((spouse, rel, head_age + c.num(-4, 5)))
    shared = c.pick(_GENERATION_CHARS) if c.chance(0.3) else None
    sons = daughters = 0
    has_mother = False
    while len(out) < size:
        role = c.rng.random()
        if role < 0.45:
            g = c.pick(_CHILD_GEN[head_gen])
            sx = c.sex()
            if shared and not c.no_name and c.chance(0.7):
                name = _shared_name(c, s, shared, sx)
            else:
                name = c.han(g, sx, s, padded=padded)[0]
            if sx == "m":
                rel, sons = _SON_RELATIONS[min(sons, 3)], sons + 1
            else:
                rel, daughters = _DAUGHTER_RELATIONS[min(daughters, 3)], daughters + 1
            out.append((name, c.pick((rel, rel, "之子" if sx == "m" else "之女")), _age(g, c.rng)))
        elif role < 0.8:
            g = c.pick(_GRAND_GEN[head_gen])
            sx = c.sex()
            name = c.han(g, sx, s, padded=padded)[0]
            out.append((name, "孙子" if sx == "m" else "孙女", _age(g, c.rng)))
        elif role < 0.9 or head_gen == "g1" or has_mother:
            g = c.pick(_CHILD_GEN[head_gen])
            out.append((c.han(g, "f", padded=padded)[0], "儿媳", max(18, _age(g, c.rng))))
        else:
            has_mother = True
            out.append((c.han("g1", "f", padded=padded)[0], "母亲", min(99, head_age + c.num(20, 28))))
    return out


def _shared_name(c: _Cell, surname: str, shared: str, sex: str) -> str:
    """Siblings sharing a generation character: 王建华, 王建军."""
    full = surname + shared + c.pick(_GENERATION_SECOND[sex])
    if full in c.names:
        return c.masked(surname)
    return c._plant(full)


def _minority_household(c: _Cell, size: int) -> list[tuple[str, str, int]]:
    group = c.pick(_MINORITY_GROUPS)
    out: list[tuple[str, str, int]] = []
    if group in ("uyghur", "kazakh") and not c.no_name:
        m_pool, f_pool = (_UYGHUR_M, _UYGHUR_F) if group == "uyghur" else (_KAZAKH_M, _KAZAKH_F)
        dot = c.pick(_DOTS)
        father, grandfather = c.pick(m_pool), c.pick(m_pool)
        out.append((c._plant(father + dot + grandfather), "户主", c.num(35, 70)))
        for rel, pool in (("妻", f_pool), ("长子", m_pool), ("女儿", f_pool), ("次子", m_pool))[: size - 1]:
            first = c.pick(pool)
            # Children carry the father's given name after the dot; the wife, her own father's.
            full = first + dot + (c.pick(m_pool) if rel == "妻" else father)
            if full in c.names or first == father:
                continue
            out.append((c._plant(full), rel, c.num(30, 65) if rel == "妻" else c.num(1, 30)))
        return out
    if group in _GROUP_GIVEN and not c.no_name:
        surnames, (male, female) = _GROUP_SURNAMES[group], _GROUP_GIVEN[group]
        s = c.pick(surnames)
        for rel, sx in (("户主", "m"), ("妻", "f"), ("长子", "m"), ("女儿", "f"), ("孙子", "m"))[:size]:
            full = (c.pick(surnames) if rel == "妻" else s) + c.pick(male if sx == "m" else female)
            if full in c.names:
                continue
            out.append((c._plant(full), rel, c.num(1, 75)))
        return out
    for rel in ("户主", "配偶", "长子", "女儿", "孙子")[:size]:
        out.append((c.minority(group), rel, c.num(1, 75)))
    return out


# --------------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------------

_CONDITIONS = ("丧偶", "独居", "离异", "重残（肢体二级）", "精神残疾三级", "智力残疾二级", "患尿毒症", "癌症术后",
               "脑梗后遗症", "偏瘫", "丧失劳动能力", "单亲", "视力残疾一级", "长期透析", "五保转特困")
_REASONS = ("因病", "因残", "因灾", "缺劳力", "因学", "单亲", "因病因残", "其他")
_CLASSES = ("A类", "B类", "C类", "一类", "二类", "三类", "重点户", "一般户", "单人保", "整户保")
_RELATIVES = ("侄子", "侄女", "外甥", "女婿", "儿媳", "邻居", "堂弟", "表姐", "妹妹", "哥哥")
_PARTICLE_CLAUSES = ("与{p}同住", "和{p}一起生活", "由{p}代领", "经{p}同意", "替{p}签字", "跟{p}生活",
                     "向{p}借款看病", "给{p}看孩子", "让{p}代为保管存折", "同{p}分户", "把存折交给{p}",
                     "将户口迁至{p}处", "帮{p}种地", "找{p}借住", "对{p}负有赡养义务", "被{p}赶出家门",
                     "本人及{p}均无固定收入", "问{p}要过生活费")


def _f_clerk(c: _Cell) -> str:
    """低保 备注 as a village clerk types it: terse, numbers, abbreviations."""
    if c.chance(0.06):
        a = c.trad()
        return c.one(lambda: f"戶主{a}，{c.num(60, 90)}歲，獨居，{c.clause(_TRAD_CLAUSES)}。",
                     lambda: f"{a}\u3000{c.num(1, 4)}口\u3000因病\u3000{c.clause(_TRAD_CLAUSES)}")
    s = c.sur()
    g = c.pick(("g1", "g1", "g2"))
    style = c.rng.randrange(16)
    a = c.han(g, surname=s, padded=style in (1, 10) and c.chance(0.3))[0]
    if style == 0:
        return f"户主{a}，{_age(g, c.rng)}岁，{c.pick(_CONDITIONS)}，{c.clause(_DIBAO_CLAUSES)}。"
    if style == 1:
        return f"{a} {c.num(1, 5)}口 {c.pick(_REASONS)} {c.pick(_CLASSES)} 月补{c.monthly()}元"
    if style == 2:
        return f"{c.date()}{c.pick(('', ' ', '，'))}{a}{c.pick(('住院', '去世', '外出务工', '入狱'))}，{c.pick(('暂停发放', '停保', '待核', '次月起减发'))}"
    if style == 3:
        b = c.person(c.pick(_CHILD_GEN[g]), "m", s)
        return f"{a}之子{b}（{c.num(18, 50)}岁）在{c.place()}务工，收入不稳定；{c.clause(_DIBAO_CLAUSES)}"
    if style == 4:
        b = c.anyone(mask=0.2)
        return f"单人保。{a}，{c.pick(_CONDITIONS)}，{c.pick(_PARTICLE_CLAUSES).format(p=b)}。{c.clause(_DIBAO_CLAUSES)}"
    if style == 5:
        b = c.person(mask=0.3)
        return f"{a}本人行动不便，代领人：{b}（{c.pick(_RELATIVES)}）电话：{c.phone()}"
    if style == 6:
        return f"{a}户：{c.pick(_REASONS)}；{c.clause(_DIBAO_CLAUSES)}；住{c.village()}{c.num(1, 12)}组"
    if style == 7:
        return f"{a}夫妇均{c.pick(_CONDITIONS)}，{c.clause(_DIBAO_CLAUSES)}，{c.clause(_DIBAO_CLAUSES)}"
    if style == 8:
        return f"{a}等{c.num(2, 5)}人，{c.pick(_REASONS)}，{c.pick(_CLASSES)}，{c.monthly()}元/月"
    if style == 9:
        return f"{c.pick(('五保转特困', '低保边缘转低保', '新纳入', '脱贫不稳定户'))}（{c.num(2015, 2024)}）{a}"
    if style == 10:
        return c.pick((a, f"\u3000{a}\u3000", f"{a}（已故）", f"{a}。", f" {a}"))
    if style == 11:
        b = c.person(mask=0.25)
        return f"经{a}本人申请，{c.pick(_REASONS)}纳入，{c.pick(_PARTICLE_CLAUSES).format(p=b)}，{c.clause(_DIBAO_CLAUSES)}"
    if style == 12:
        return f"{a}系{c.village()}村民，{c.pick(_REASONS)}，原在{c.shop()}帮工，现已歇业。"
    if style == 13:
        b = c.person(c.pick(_CHILD_GEN[g]), "f", s)
        return f"{a}，{c.pick(_CONDITIONS)}；之女{b}已出嫁至{c.village()}，{c.clause(_DIBAO_CLAUSES)}"
    if style == 14:
        return f"残疾证号{c.id_masked()}，{a}，{c.pick(_CONDITIONS)}，{c.titled()}反映{c.clause(_DIBAO_CLAUSES)}"
    b = c.minority() if c.chance(0.5) else c.person(mask=0.2)
    return f"{c.num(1, 9)}.{a} {c.pick(_CLASSES)}；{c.num(1, 9)}.{b} {c.pick(_CLASSES)}"


def _f_household(c: _Cell) -> str:
    """家庭成员 column in one of many layouts."""
    if c.chance(0.06):
        s = c.pick(_TRAD_SURNAMES)
        head = c.trad("m", s)
        spouse = c.trad("f")
        sex = c.sex()
        child = c.trad(sex, s)
        return f"戶主：{head}；配偶：{spouse}；{c.pick(('長子', '次子') if sex == 'm' else ('長女', '次女'))}：{child}"
    size = c.pick((1, 2, 2, 3, 3, 3, 4, 4, 5, 6))
    layout = c.rng.randrange(12)
    members = _household(c, size, padded=(layout == 5))
    if c.chance(0.35):
        # Relation words that begin with a surname character survive as words.
        for _, rel, _ in members:
            if rel in ("孙子", "孙女"):
                c.look(rel)
    tail = ""
    if c.chance(0.55):
        tail = c.one(lambda: f"（{c.school()}在读）", lambda: f"；住{c.village()}",
                     lambda: f"；{c.clause(_DIBAO_CLAUSES)}", lambda: f"（家住{c.road()}{c.num(1, 300)}号）")
    if layout == 0:
        body = "、".join(f"{n}（{r}，{a}岁）" for n, r, a in members)
    elif layout == 1:
        body = " ".join(f"{r}:{n}" for n, r, a in members)
    elif layout == 2:
        sep = c.pick(("\n", "||", "\r\n"))
        body = sep.join(f"{n}|{r}|{a}" for n, r, a in members)
    elif layout == 3:
        body = "；".join(f"{n}/{r}/{a}" for n, r, a in members) + ("" if tail else "；")
    elif layout == 4:
        sep = c.pick(("、", "，", "；", " ", "\n", "\u3000", "/", ",", "|", "  "))
        body = sep.join(n for n, r, a in members)
    elif layout == 5:
        rows = "\n".join(f"{n}\u3000{r}\u3000{a}" for n, r, a in members)
        body = "姓名\u3000\u3000关系\u3000年龄\n" + rows
    elif layout == 6:
        body = f"共{len(members)}人：" + "、".join(n if i % 2 else f"{n}（{r}）" for i, (n, r, a) in enumerate(members))
    elif layout == 7:
        body = "\n".join(f"{n}\t{r}\t{2024 - a}-{c.num(1, 12):02d}" for n, r, a in members)
    elif layout == 8:
        body = "\n".join(f"{i + 1}.{n} {r} {a}" for i, (n, r, a) in enumerate(members))
    elif layout == 9:
        body = "[" + ",".join(f'{{"xm":"{n}","yhzgx":"{r}","nl":{a}}}' for n, r, a in members) + "]"
        tail = ""
    elif layout == 10:
        body = "".join(f"{n}({r})" for n, r, a in members)
    else:
        body = "，".join(f"{r}{n}" if i else f"{n}" for i, (n, r, a) in enumerate(members))
    return body + tail


def _f_change_log(c: _Cell) -> str:
    """动态管理: dated entries of a household's changes."""
    s = c.sur()
    entries: list[str] = []
    for k in c.rng.sample(range(11), c.pick((1, 2, 2, 3, 3, 4))):
        d = c.date()
        if k == 0:
            if c.chance(0.6):
                entries.append(f"{d} 新增 {c.person('g5', surname=s)}（{c.pick(('新生儿', '户籍迁入', '随母迁入'))}）")
            else:
                entries.append(f"{d} 新增 {c.person(c.pick(('g2', 'g3')))}（{c.pick(('婚入', '刑满释放', '户籍迁入'))}）")
        elif k == 1:
            entries.append(f"{d} 减少 {c.person(surname=s)}（{c.pick(('死亡', '参军', '出嫁', '就业', '户籍迁出', '考入大学'))}）")
        elif k == 2:
            old = c.person("g1", "m", s)
            new = c.person("g2", surname=s)
            entries.append(f"{d} 户主变更：{old}→{new}")
        elif k == 3:
            entries.append(f"{d} 保障{c.look('金额')}由{c.monthly()}元调整为{c.monthly()}元")
        elif k == 4:
            entries.append(f"{d} 停保（{c.person(surname=s)}务工收入超标）")
        elif k == 5:
            entries.append(f"{d} 复核{c.pick(('无变化', '通过', '保留'))}，{c.clause(_DIBAO_CLAUSES)}")
        elif k == 6:
            a = c.person("g2", surname=s)
            b = c.person(c.pick(("g3", "g4")), "f", s)
            entries.append(f"{d}，因{a}之女{b}考上大学，收入核减，{c.look('保障人数')}不变")
        elif k == 7:
            entries.append(f"原户主{c.person('g1', 'm', s)}于{d}去世，由其妻{c.person('g1', 'f')}继续享受")
        elif k == 8:
            entries.append(f"{d} 迁出：{c.person('g3', 'f', s)}（嫁至{c.village()}）")
        elif k == 9:
            entries.append(f"{d} 经办人：{c.person(mask=0.2)}")
        else:
            entries.append(f"{d}减1人{c.person(surname=s)}")
    sep = c.pick(("；", "\n", " | ", "；\n", "。"))
    return sep.join(entries)


def _f_home_visit(c: _Cell) -> str:
    """入户核查: who visited, whom they asked, what the house holds."""
    d = c.date()
    if c.chance(0.05):
        return f"{d}入戶核查：{c.trad()}臥床，{c.clause(_TRAD_CLAUSES)}，{c.clause(_TRAD_CLAUSES)}。"
    s = c.sur()
    visitors = c.one(lambda: f"{c.titled()}、{c.person(mask=0.3)}", lambda: f"{c.person('g3')}（村委委员）",
                     lambda: f"镇民政办{c.titled()}", lambda: f"{c.person('g2')}、{c.person('g3')}",
                     lambda: f"包村干部{c.titled()}")
    head = c.elder(surname=s)
    parts = [f"{d}，{visitors}入户核查："]
    k = c.rng.randrange(7)
    if k == 0:
        parts.append(f"户主{head}卧床，其女{c.person('g2', 'f', s)}在家照料。")
    elif k == 1:
        parts.append(f"{head}不在家，{c.pick(('向', '问', '找'))}邻居{c.person(mask=0.2)}了解情况，称其{c.clause(_DIBAO_CLAUSES)}。")
    elif k == 2:
        parts.append(f"与{head}谈话，{c.clause(_DIBAO_CLAUSES)}，{c.pick(_PARTICLE_CLAUSES).format(p=c.anyone(mask=0.15))}。")
    elif k == 3:
        parts.append(f"对{head}家庭财产进行核查，{c.clause(_DIBAO_CLAUSES)}，{c.clause(_DIBAO_CLAUSES)}。")
    elif k == 4:
        parts.append(f"给{head}讲解政策，帮{c.person(surname=s)}填写申请表。")
    elif k == 5:
        parts.append(f"{head}、{c.person(surname=s)}二人均在家，{c.clause(_DIBAO_CLAUSES)}。")
    else:
        parts.append(f"户主{c.minority()}，{c.clause(_DIBAO_CLAUSES)}，翻译：{c.person(mask=0.3)}。")
    parts.append(c.one(lambda: f"家中有电视机一台、三轮车一辆，{c.clause(_DIBAO_CLAUSES)}。", lambda: "无小汽车、无商铺。",
                       lambda: f"房屋位于{c.village()}，砖木结构。", lambda: f"{c.titled()}在场。", lambda: "",
                       lambda: f"距{c.school()}约2公里。"))
    if c.chance(0.4):
        parts.append(f"核查人签字：{c.person(mask=0.2)}")
    return "".join(parts)


def _f_relief(c: _Cell) -> str:
    """临时救助 and 特困 approval comments."""
    a = c.anyone()
    amt = c.amount()
    k = c.rng.randrange(9)
    if k == 0:
        return (f"经审核，{a}因{c.pick(('突发火灾', '遭遇车祸', '患重病', '房屋倒塌', '务工受伤', '洪灾'))}导致基本生活"
                f"陷入困境，符合临时救助条件，同意给予一次性救助金{amt}元。")
    if k == 1:
        return f"同意。{c.person(c.pick(('g2', 'g3')))} {c.date()}"
    if k == 2:
        b = c.person(mask=0.2)
        return (f"拟同意{a}纳入特困供养（{c.pick(('分散供养', '集中供养'))}），由{b}（{c.pick(_RELATIVES)}）签订"
                f"照料协议，月照料护理{c.look('费用')}{c.monthly()}元。")
    if k == 3:
        return f"急难型：{a}{c.pick(('突遭意外', '家中失火', '子女重病'))}，先行救助{amt}元，后补审批手续。经办：{c.person(mask=0.3)}"
    if k == 4:
        s = c.sur()
        head = c.person("g2", surname=s)
        son = c.person("g3", "m", s)
        return f"支出型：{head}之子{son}患白血病，自付医疗{c.look('费用')}{amt}元，{c.clause(_DIBAO_CLAUSES)}。"
    if k == 5:
        return f"不予救助：{a}名下有{c.look('车辆')}一辆，{c.clause(_DIBAO_CLAUSES)}。"
    if k == 6:
        return f"乡镇意见：同意上报。民政所：{c.person(mask=0.3)}。{c.date()}"
    if k == 7:
        return f"特困供养对象{a}，{c.clause(_DIBAO_CLAUSES)}，集中供养于{c.village(neutral=0)}{c.look('敬老院')}。"
    return f"{c.date()} {a}，临时救助{c.look('金额')}{amt}元，{c.one(lambda: '已发放', lambda: '转账至本人银行卡', lambda: '现金发放，' + c.titled() + '见证')}"


_TRADES = ("五金店", "小吃店", "理发店", "副食店", "废品收购站", "诊所", "汽车修理部", "烟酒店", "养殖场", "建材经营部")


def _f_party(c: _Cell) -> str:
    """行政处罚 当事人 column."""
    k = c.rng.randrange(11)
    if k == 0:
        return c.one(c.anyone, lambda: f"{c.anyone()} ", lambda: f"\u3000{c.person()}",
                     lambda: f"{c.han(padded=True)[0]}\u3000")
    if k == 1:
        shop = c.shop()
        return f"{shop}（经营者：{c.person()}）"
    if k == 2:
        return f"{c.person()}（个体工商户，统一社会信用代码：92{c.num(10**15, 10**16 - 1)}）"
    if k == 3:
        return f"{c.company()}（法定代表人：{c.person(c.pick(('g2', 'g3')))}）"
    if k == 4:
        sex = c.sex()
        return (f"当事人：{c.person(sex=sex)}，{'男' if sex == 'm' else '女'}，{c.num(1950, 2002)}年{c.num(1, 12)}月生，"
                f"住{c.pick(_NEUTRAL_PLACES)}{c.village()}")
    if k == 5:
        # A 个体工商户 registered under the owner's own name: the name inside is still a name.
        city = c.place()
        owner = c.person(c.pick(("g2", "g3")))
        return f"{city}{owner}{c.pick(_TRADES)}"
    if k == 6:
        return f"{c.person()}（{c.shop()}业主）"
    if k == 7:
        return f"{c.person()}，身份证号：{c.id_masked()}"
    if k == 8:
        return f"{c.person()}、{c.person()}（合伙经营{c.shop()}）"
    if k == 9:
        return f"{c.minority()}（{c.shop()}）"
    return f"{c.person()}，{c.pick(('无证摊贩', '流动摊贩', '货车司机', '养殖户'))}，经营地址：{c.road()}{c.num(1, 400)}号"


def _f_facts(c: _Cell) -> str:
    """违法事实: long prose."""
    a = c.person()
    s1 = c.one(
        lambda: f"经查，当事人{a}于{c.date()}起在{c.road()}{c.num(1, 300)}号经营{c.shop()}，"
                f"{c.clause(_PENALTY_ACTS)}，截至案发违法所得{c.amount()}元。",
        lambda: f"{c.date()}，执法人员在日常检查中发现，{a}{c.clause(_PENALTY_ACTS)}，{c.clause(_PENALTY_STEPS)}。",
        lambda: f"当事人{a}{c.clause(_PENALTY_ACTS)}，经{c.person(mask=0.2)}举报，我局立案调查。",
        lambda: f"{a}夫妇在{c.village()}{c.clause(_PENALTY_ACTS)}，{c.clause(_PENALTY_STEPS)}。",
        lambda: f"当事人驾驶货车在{c.road()}{c.pick(('超限运输', '沿途抛撒渣土', '违规停放'))}，"
                f"{c.clause(_PENALTY_STEPS)}，驾驶人{a}未能提供有效证件。",
    )
    s2 = c.one(
        lambda: f"现场负责人{c.person('g3', 'f')}（当事人之妻）在场。",
        lambda: f"当事人雇佣{c.person()}、{c.person()}等{c.num(3, 8)}人从事生产。",
        lambda: f"上述货物系当事人从{c.shop()}购进，并卖给{c.person(mask=0.3)}。",
        lambda: f"执法人员{c.person(mask=0.5)}、{c.person(mask=0.5)}出示执法证件后进行检查。",
        lambda: f"由{c.person()}负责日常经营，{c.titled()}负责送货。",
        lambda: f"经{c.person()}介绍，当事人向{c.person(mask=0.2)}出售该批货物。",
        lambda: f"{c.clause(_PENALTY_STEPS)}。",
        lambda: f"被{c.person(mask=0.3)}当场阻止后，当事人仍{c.clause(_PENALTY_ACTS)}。",
    )
    s3 = c.one(lambda: "", lambda: f"以上事实有现场笔录、询问笔录、照片等证据证实，{c.clause(_PENALTY_STEPS)}。",
               lambda: f"当事人对{c.clause(_PENALTY_ACTS)}的事实无异议。", lambda: f"{c.clause(_PENALTY_STEPS)}。")
    return s1 + s2 + s3


_LAWS = ("《中华人民共和国食品安全法》第一百二十二条", "《中华人民共和国食品安全法》第一百二十四条第一款第（一）项",
         "《中华人民共和国道路交通安全法》第九十条", "《中华人民共和国大气污染防治法》第一百一十七条",
         "《无证无照经营查处办法》第十三条", "《中华人民共和国产品质量法》第五十条", "《城市市容和环境卫生管理条例》第三十六条")


def _f_decision(c: _Cell) -> str:
    """处罚依据 / 处罚结果 / 执行情况 / 送达."""
    law = c.pick(_LAWS)
    if "安全" in law:
        c.look("安全")
    if "卫生" in law:
        c.look("卫生")

    def by_brother() -> str:
        s = c.sur()
        party = c.person(surname=s)
        return f"委托{c.person('g3', 'm', s)}（当事人之弟）代为签收；{party}于{c.date()}申请分期缴纳，已批准。"

    return c.one(
        lambda: f"依据{law}，决定对{c.person()}：1.警告；2.没收违法所得{c.amount()}元；3.罚款{c.amount()}元。",
        lambda: f"当事人已于{c.date()}缴纳罚款，{c.person()}本人到场。{c.clause(_PENALTY_STEPS)}",
        lambda: f"直接送达，受送达人{c.person()}签收。{c.date()}",
        lambda: (f"当事人拒收，留置送达，见证人：{c.person()}（村委会委员）、{c.person(mask=0.3)}。"
                 f"送达地点：{c.village()}"),
        lambda: f"邮寄送达（EMS单号 1{c.num(10**11, 10**12 - 1)}），由{c.person()}代收。",
        by_brother,
        lambda: f"罚没款已由{c.person()}代缴。处罚{c.look('金额')}：{c.amount()}元。依据：{law}",
        lambda: f"送达人：{c.person(mask=0.3)}、{c.person(mask=0.3)}；受送达人：{c.person()}",
        lambda: f"{c.date()}{c.person()}到{c.pick(('窗口', '大队', '所里'))}领取决定书；{c.clause(_PENALTY_STEPS)}",
    )


def _f_source(c: _Cell) -> str:
    """案源: complaints, hotline tickets, transfers."""
    return c.one(
        lambda: f"群众{c.titled()}电话投诉{c.shop()}{c.clause(_PENALTY_ACTS)}；联系人：{c.person()}",
        lambda: (f"12345政务服务便民热线转办工单（工单号{c.num(10**9, 10**10 - 1)}），投诉人{c.person()}反映"
                 f"{c.road()}{c.shop()}{c.clause(_PENALTY_ACTS)}。"),
        lambda: f"{c.pick(_NEUTRAL_PLACES)}公安局移送（移送人：{c.person(mask=0.3)}）",
        lambda: f"日常检查发现，检查人员：{c.person()}、{c.person()}",
        lambda: f"消费者{c.person()}通过全国12315平台投诉，称{c.shop()}{c.clause(_PENALTY_ACTS)}",
        lambda: f"{c.person()}来信举报{c.pick(('', '（实名）'))}；举报人：{c.masked()}（要求保密）",
        lambda: f"据{c.person()}反映，{c.village()}有人{c.clause(_PENALTY_ACTS)}",
        lambda: f"接{c.anyone()}举报：{c.clause(_PENALTY_ACTS)}，{c.titled()}知情",
        lambda: f"{c.date()} {c.person()}到窗口举报{c.company()}{c.clause(_PENALTY_ACTS)}",
        lambda: f"上级交办（交办人：{c.person(mask=0.4)}），{c.pick(_NEUTRAL_PLACES)}{c.clause(_PENALTY_ACTS)}",
    )


_EN_MISDEEDS = ("sold expired food", "dumped waste", "ran an unlicensed stall")


def _f_english(c: _Cell) -> str:
    """English-language export of listings and penalties."""
    p = c.en_person
    return c.one(
        lambda: f"Household head: {p()}; members: {p()} (spouse), {p()} (grandson). {c.en_clause()}.",
        lambda: f"Remarks: benefit collected by {p(mask=0.2)} on behalf of {p()}; {c.en_clause()}.",
        lambda: f"Party: {p()} (sole proprietor of {c.en_shop()}, {c.en_clause()})",
        lambda: f"Penalty decision served on {p()} on {c.date()}; signed for by {p()}.",
        lambda: f"Complainant {c.en_titled()} reported that {p()} {c.pick(_EN_MISDEEDS)}.",
        lambda: f"Applicant {p(with_hanzi=True)}, {c.num(40, 90)}, widowed. {c.en_clause()}.",
        lambda: f"Surveyed by {p(mask=0.3)} and {p()}; {c.en_titled()} was present.",
        lambda: f"{p()} / {p()} / {p()}",
        lambda: f"{c.en_clause()}; lives with {p()} and {p()}.",
        lambda: f"Fine of CNY {c.amount()} paid by {p()}. {c.en_clause()}. Receipt held by {c.en_titled()}.",
        lambda: f"Party {p(with_hanzi=True)}, shop {c.look(c.shop())}, {c.en_clause()}",
        lambda: f"Note: {p()} (household no. {c.num(100, 999)}) moved out; {c.en_clause()}.",
    )


def _f_public(c: _Cell) -> str:
    """Public notices and decisions: officials in their public role are look-alikes."""
    return c.one(
        lambda: (f"经村民代表评议、镇人民政府审核、县民政局审批，拟将{c.person()}等{c.num(2, 9)}户纳入最低生活保障范围，"
                 f"现予公示。审批人：县民政局局长{c.official()}"),
        lambda: (f"本局决定对当事人{c.person()}作出罚款{c.amount()}元的行政处罚。执法人员：{c.official()}、"
                 f"{c.official()}（执法证号{c.num(10**7, 10**8 - 1)}）。负责人：{c.official()}（签发）"),
        lambda: (f"{c.num(2019, 2024)}年第{c.num(1, 12)}次低保审批会议由副镇长{c.official()}主持，民政办主任"
                 f"{c.official()}参加，审议通过{c.person()}、{c.person()}等户的申请。"),
        lambda: f"{c.public_phrase()}。{c.official()}同志任镇民政办主任，负责审核{c.person()}等户的特困供养申请。",
        lambda: (f"公示期间收到对{c.person()}户的异议，经镇纪委书记{c.official()}带队复核，"
                 f"{c.clause(_DIBAO_CLAUSES)}，维持原决定。"),
        lambda: (f"行政处罚决定书（{c.num(2018, 2024)}）第{c.num(1, 999)}号 当事人：{c.person()} "
                 f"签发人：{c.official()} {c.date()}"),
    )


def _f_lookalike_only(c: _Cell) -> str:
    """Look-alikes only: places, shops, words, stand-ins, public phrases; nobody named."""
    pieces = (
        lambda: f"住{c.village(neutral=0)}{c.num(1, 12)}组",
        lambda: f"经营地址：{c.road()}{c.num(1, 300)}号{c.shop()}",
        lambda: c.clause(_DIBAO_CLAUSES),
        lambda: c.clause(_PENALTY_CLAUSES),
        lambda: f"{c.masked()}{c.pick(('代领', '签收', '在场', '已告知'))}",
        lambda: f"{c.titled()}{c.pick(('反映', '转告', '证实', '在场'))}",
        lambda: c.public_phrase(),
        lambda: f"{c.school()}在读",
        lambda: f"途经{c.bridge()}",
        lambda: c.company(),
        lambda: f"户籍地：{c.place()}",
        lambda: f"Note from {c.en_titled()}: {c.en_clause()}",
    )
    k = c.pick((2, 3, 3, 4))
    return c.pick(("，", "；", "。", " ")).join(c.pick(pieces)() for _ in range(k))


_BUILDERS: dict[str, Callable[[_Cell], str]] = {
    "dibao_clerk_note": _f_clerk,
    "dibao_household": _f_household,
    "dibao_change_log": _f_change_log,
    "dibao_home_visit": _f_home_visit,
    "relief_approval": _f_relief,
    "penalty_party": _f_party,
    "penalty_facts": _f_facts,
    "penalty_decision": _f_decision,
    "penalty_case_source": _f_source,
    "english_export": _f_english,
    "public_notice": _f_public,
    "lookalike_only": _f_lookalike_only,
}


# --------------------------------------------------------------------------------------------------
# Contract and assembly
# --------------------------------------------------------------------------------------------------

def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _cell_keeps_contract(text: str, names: list[str], looks: list[str]) -> bool:
    """Each name once, not overlapping or containing another recorded string; each look-alike present."""
    if len(set(names)) != len(names) or set(names) & set(looks):
        return False
    if any(not s or s != s.strip() for s in names + looks):
        return False
    if any(not _spans(text, s) for s in looks):
        return False
    for n in names:
        found = _spans(text, n)
        if len(found) != 1:
            return False
        a, b = found[0]
        for other in names + looks:
            if other == n:
                continue
            if other in n or any(x < b and a < y for x, y in _spans(text, other)):
                return False
    return True


def _allocate(n: int) -> dict[str, int]:
    """Cells per family, proportional to WEIGHTS (largest remainder, ties in declaration order)."""
    total = sum(WEIGHTS.values())
    exact = {f: n * w / total for f, w in WEIGHTS.items()}
    counts = {f: int(v) for f, v in exact.items()}
    rest = n - sum(counts.values())
    by_remainder = sorted(WEIGHTS, key=lambda f: (-(exact[f] - counts[f]), list(WEIGHTS).index(f)))
    for f in by_remainder[:rest]:
        counts[f] += 1
    return counts


def make_remarks(n: int = 2000, seed: int = 1111) -> list[Remark]:
    """The frozen cells: deterministic for (n, seed), in any process."""
    rng = random.Random(seed)
    order = [f for f, k in _allocate(n).items() for _ in range(k)]
    rng.shuffle(order)
    no_name: set[int] = set()
    for fam in NAME_FAMILIES:
        idx = [i for i, f in enumerate(order) if f == fam]
        no_name.update(rng.sample(idx, round(len(idx) * NO_NAME_SHARE)))
    all_names: set[str] = set()
    all_looks: set[str] = set()
    out: list[Remark] = []
    for i, fam in enumerate(order):
        for _ in range(_MAX_DRAWS):
            c = _Cell(rng, no_name=i in no_name, public=fam in PUBLIC_FAMILIES)
            text = _BUILDERS[fam](c)
            wants_name = fam in NAME_FAMILIES and i not in no_name
            if bool(c.names) != wants_name:
                continue
            if any(s in all_looks for s in c.names) or any(s in all_names for s in c.looks):
                continue
            if _cell_keeps_contract(text, c.names, c.looks):
                break
        else:
            raise RuntimeError(f"frozen remarks 11: no valid draw for cell {i} ({fam}) after {_MAX_DRAWS}")
        all_names.update(c.names)
        all_looks.update(c.looks)
        out.append(Remark(text=text, family=fam, names=list(c.names), lookalikes=list(c.looks),
                          public_officials=fam in PUBLIC_FAMILIES))
    return out


def describe(remarks: Sequence[Remark]) -> str:
    """Per-family table: cells, planted names, look-alikes, cells with at least one name; and a total."""
    rows = [f"{'family':<21} {'cells':>5} {'names':>6} {'lookalikes':>11} {'with_name':>10}"]
    totals = [0, 0, 0, 0]
    families = list(FAMILIES) + sorted({r.family for r in remarks} - set(FAMILIES))
    for fam in families:
        mine = [r for r in remarks if r.family == fam]
        if not mine:
            continue
        figures = [len(mine), sum(len(r.names) for r in mine), sum(len(r.lookalikes) for r in mine),
                   sum(1 for r in mine if r.names)]
        totals = [t + f for t, f in zip(totals, figures)]
        rows.append(f"{fam:<21} {figures[0]:>5} {figures[1]:>6} {figures[2]:>11} {figures[3]:>10}")
    rows.append(f"{'total':<21} {totals[0]:>5} {totals[1]:>6} {totals[2]:>11} {totals[3]:>10}")
    return "\n".join(rows)
