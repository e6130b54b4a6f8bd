"""Frozen test set of free-text remarks, edition 33 (blind).

DATASHEET
=========
Who wrote it: a helper session started by the project (brief /work/notes/brief33.md), on branch
h-remarks33, on 2026-12-08, from its own knowledge of how Chinese county and city offices word the
free-text notes (备注/情况说明/公示) of small rural trades. Nothing was copied from anywhere.

What was read: the brief; /work/shared/reference/DOMAIN.md, sections "Personal data in public
listings" and "Administrative penalty publicity" only; lines 170-180 of benchmarks/frozen/remarks.py
(the ``Remark`` dataclass). No detector, no earlier test set, no src/, tests/, docs/, notebooks/.

Slips: one command ``ls benchmarks/frozen/ | grep -c .`` printed only the number of entries in that
folder (35); one ``ls tests | grep v33`` printed nothing. No file name or content of either folder
was seen.

Families (16): twelve trades -- well_drilling, rice_mills, appliance_repair, cattle_fattening,
tailor_shops, oil_mills, tofu_workshops, pig_farms, rural_builders, irrigation_stations, car_washes,
cotton_gins -- each written in five layouts (labelled fields, prose, name lists, joined table cells,
dated log lines), with varying full/half-width punctuation, spaces, line breaks inside a cell and
clerks' typos; english_export (a vendor system's English export of such notes); minority_listing
(persons of China's minorities in their usual written forms in characters); public_notice (公示/
公告 and penalty publicity; officials in their public role are look-alikes, the remark carries
``public_officials=True``); lookalike_only (no name, dense with look-alikes).

Surface forms of names: surname by a rough real frequency, a long tail of rare surnames and
compound surnames (欧阳, 司马, 上官, 诸葛, 西门 ...); given names of one and two characters in
modern, old rural (铁柱, 招娣, 满囤), generational (德/永/学/兆 + x) and everyday-word styles (建国,
胜利, 丰收, 建设); nicknames and 小名 (王二狗, 狗剩, "（小名铁蛋）"); a married woman written after
her husband's surname (张王氏, 李陈秀英). About 40 % of the names stand without a cue word: at a
cell's start, after a date, in 、-lists, before an age or a phone, after a village, after 与/和/及,
as the subject mid-sentence. English export: pinyin both orders, CAPS family, hyphenated or split
given names, initials, Hong Kong/Macao (Chan Tai-man), Taiwan Wade-Giles (Chang Chih-ming),
Singapore (Tan Ah Kow) romanisations, English given names with a Chinese family (David Chen,
LAU Ka-ming Peter). Minorities: Uyghur and Kazakh given·father names with every dot a clerk types
(· • . ・ ．- or none), Tibetan, Yi clan+personal names, Mongolian, Hui (冶/哈/撒/纳...), Korean,
Zhuang, Miao, Dong, Buyi, Tujia, Li, Yao, Jingpo, Wa, Dai, Qiang, Naxi (和), Bai (字), Manchu,
Salar/Dongxiang (尕).

Look-alike kinds: domain words of the twelve trades that begin with or hold a surname character
(品种 黄华占/鲁西黄牛/杜洛克/新陆早, tools 高压水枪/马达, products 毛油/白干/胡麻油, posts, units);
villages/roads/shops/firms built on a surname (李家村, 王庄, 陈记洗车, 张氏裁缝铺); brands; dates;
codes (统一社会信用代码 with a valid check character, 登记证号, 井号); amounts; plate numbers;
文号; officials in their public role (public_notice only); English words that are also names or
surnames (bill, Grace period, Long-staple, Fan motor) and places in the English export.

Counts at n=2000, seed=3333 (see ``stats()``): 5,821 names, 43.7 % without a cue word; 9,989
look-alikes, 46.2 % domain words, 40.8 % domain words holding a surname character (Chinese only;
English domain words not counted). Public figures are kept out by a blacklist (``_BLACK``), which
also bars the officials' names.
"""
from __future__ import annotations

import random
import re

try:  # both import paths must work
    from benchmarks.frozen.remarks import Remark
except ImportError:  # pragma: no cover - when benchmarks/ itself is on sys.path
    from frozen.remarks import Remark

VERSION = "frozen-remarks-33 (2026-12-08)"

DOMAINS = (
    "well_drilling", "rice_mills", "appliance_repair", "cattle_fattening", "tailor_shops",
    "oil_mills", "tofu_workshops", "pig_farms", "rural_builders", "irrigation_stations",
    "car_washes", "cotton_gins",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{d: 0.055 for d in DOMAINS}, "english_export": 0.08, "minority_listing": 0.09,
           "public_notice": 0.09, "lookalike_only": 0.08}

# ----------------------------------------------------------------------------------------------
# surnames
_S_TOP = ("王71 李70 张67 刘54 陈45 杨31 黄22 赵20 吴19 周19 徐13 孙13 马12 朱12 胡11 郭11 何10 "
          "高10 林10 罗9 郑9 梁8 谢7 宋7 唐6 许6 韩6 冯6 邓6 曹6 彭5 曾5 肖5 田5 董5 袁4 潘4 于4 "
          "蒋4 蔡4 余4 杜4 叶4 程4 苏3 魏3 吕3 丁3 任3 沈3 姚3 卢3 姜3 崔3 钟3 谭3 陆3 汪3 范3 "
          "金2 石2 廖2 贾2 夏2 韦2 付2 方2 白2 邹2 孟2 熊2 秦2 邱2 江2 尹2 薛2 闫2 段2 雷2 侯2 龙2 史2")
_S_TAIL = ("陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹"
           "申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴"
           "蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫"
           "米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝粟字"
           "哈冶那揭蹇禚仝暴母郁訾逯鄢薄豆乜帅才凡衣植")
_S_COMPOUND = ("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 端木 南宫 西门 "
               "呼延 澹台 万俟 申屠 钟离 闻人 第五").split()


def _surnames():
    out = []
    for tok in _S_TOP.split():
        out.append((tok[0], float(tok[1:])))
    out += [(c, 0.45) for c in _S_TAIL]
    out += [(c, 0.12) for c in _S_COMPOUND]
    return out


SURNAME_CHARS = frozenset(_S_TOP[i] for i in range(len(_S_TOP)) if "\u4e00" <= _S_TOP[i] <= "\u9fff") \
    | frozenset(_S_TAIL) | frozenset("".join(_S_COMPOUND))

_G1 = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲红梅兰凤琴云莲珍贵福才财宝生根林山海波斌"
       "鑫浩宇欣婷雪琳晨帅峰虎亮辉鹏飞燕萍洁颖倩蕾瑶淑慧巧翠菊香荣喜顺旺发满全春秋冬昊锋坤娥妹")
_G2_MODERN = ("子涵 欣怡 梓轩 浩然 宇航 雨桐 佳怡 思远 一诺 子墨 俊杰 嘉豪 若曦 诗涵 博文 晓东 晓燕 丽娟 "
              "志强 建华 海涛 春燕 玉梅 晓峰 文静 海波 红霞 丽萍 志刚 俊峰 雅琴 梦瑶 天佑 明轩 紫萱 "
              "艳红 永刚 新民 立伟 晓丽 彩霞 小兵 国强 海军 玉洁 金龙").split()
_G2_RURAL = ("铁柱 拴柱 栓子 桂兰 秀英 翠花 金凤 来福 满囤 有财 根生 水生 石头 大牛 二牛 招娣 来娣 盼弟 "
             "改娣 秀珍 玉兰 淑珍 凤英 桂香 金花 银花 富贵 长顺 天保 守田 耕田 老实 二妮 三妹 四喜 "
             "存柱 满仓 金锁 银锁 腊梅 腊生 冬生 双喜 进财 旺财 桂芝 凤莲 玉芬 引弟 月娥 素芬 秋菊 "
             "狗娃 小芹 茂林 存喜").split()
_G2_WORD = ("建国 国庆 红旗 援朝 卫东 胜利 和平 春生 秋收 丰收 冬梅 爱民 拥军 跃进 抗美 永红 海燕 卫国 "
            "向阳 东风 红梅 长征 解放 建设 振兴 富强 新华 立新 学军 前进 光明 金山 平安 吉祥 如意 幸福 "
            "建军 卫红 国栋 红兵 文化 志愿 团结 友谊 青松 铁军 秀丽 红星 进步").split()
_GEN1 = "德永学光宗兆家世明开继承万成忠守启绍祖廷国作振庆正尚显传文佳兴有维秉"
_GEN2 = "林山田才福富贵荣华昌盛发生龙虎仁义礼智信勤俭友成全清明亮平安和顺江海忠"
_NICK = ("二狗 狗剩 铁蛋 三娃 毛蛋 二丫 大宝 小宝 栓儿 憨子 黑娃 狗蛋 牛娃 石娃 猫娃 二愣 三丫 "
         "四妮 小满 丫蛋 胖墩 喜娃 根娃 留柱 拴娃 来宝 锁儿 小六 老疙瘩 老幺 毛毛 虎子 亮亮 妞妞 "
         "蛋蛋 宝根 春娃 秋娃 冬娃 狗子 柱子 二小 三小 尕娃").split()
_BLACK = set(("王菲 李娜 刘翔 姚明 李白 杜甫 周杰伦 刘德华 张学友 成龙 李小龙 马云 王健林 毛泽东 周恩来 "
              "朱德 刘备 张飞 关羽 孙权 曹操 李宁 马化腾 雷军 邓超 杨幂 赵薇 孙俪 刘欢 宋江 林冲 武松 "
              "吉克隽逸 海来阿木 斯琴高娃 那英 伊力哈木 阿迪力 韩红 张杰 王力宏 郭晶晶 刘亦菲 李连杰 "
              "孙悟空 杨过 郭靖 黄蓉 张无忌 李逵 林黛玉 贾宝玉 王宝强 赵本山 宋丹丹 冯巩 黄渤 徐峥 李云龙 "
              "包拯 秦琼 岳飞 孔子 孟子 屈原 诸葛亮 司马光 欧阳修 上官婉儿 西门庆 潘金莲 武大郎 "
              "钟南山 袁隆平 屠呦呦 张艺谋 陈凯歌 范冰冰 章子怡 周迅 巩俐 杨利伟 邓亚萍 王楠 张怡宁 "
              "马龙 许海峰 刘胡兰 雷锋 焦裕禄 王进喜 黄继光 邱少云 董存瑞 江姐 方志敏 "
              "李强 王毅 赵乐际 王沪宁 蔡奇 丁薛祥 李希 韩正 刘鹤 何立峰 王小洪 李克强 温家宝 胡锦涛 "
              "江泽民 习近平 王岐山 刘洋 王亚平 景海鹏 翟志刚 聂海胜 费俊龙 孙杨 朱婷 苏炳添 谷爱凌 "
              "全红婵 林丹 刘国梁 王刚 李玉刚 吴京 沈腾 贾玲 刘涛 李冰冰 周星驰 梁朝伟 张国荣 邓丽君 "
              "王杰 陈奕迅 林俊杰 薛之谦 王源 杨紫 赵丽颖 佟丽娅 蔡依林 李宇春 张靓颖 韩寒 莫言 余华 "
              "路遥 张海迪 董明珠 王石 任正非 刘强东 李彦宏 丁磊 俞敏洪 李嘉诚 黄晓明 杨颖 郭德纲 于谦 "
              "岳云鹏 潘长江 蔡明 范伟").split())

# minorities
_UY_M = ("买买提 艾力 阿不都热合曼 吐尔逊 艾尔肯 努尔买买提 热合曼 阿布都拉 吾斯曼 亚森 吐尔洪 玉苏甫 "
         "司马义 艾买提 卡地尔 肉孜 托合提 麦麦提 米吉提 克里木 依明 斯拉木 阿西木 塔依尔 艾合买提 "
         "阿力木 吾守尔 如则 买合木提 阿卜杜许库尔 赛买提 库尔班 艾山 依沙克").split()
_UY_F = ("阿依古丽 古丽娜尔 热依拉 帕提古丽 阿依努尔 麦尔哈巴 祖丽菲亚 努尔古丽 米娜瓦尔 再努尔 "
         "海力其罕 阿米娜 图尔荪古丽 玛依拉 布维帕提玛 古再丽努尔 热娜 阿瓦古丽 排孜拉").split()
_KZ_M = ("叶尔兰 努尔兰 哈力别克 木拉提 沙吾提 吐尔逊别克 哈孜 库尔曼 巴合提 叶尔江 达吾列提 别克 "
         "加肯 阿达力 马合沙提 努尔波拉提 叶尔波力 哈那提 阿合买提江").split()
_KZ_F = "加娜尔 阿依达娜 古丽米拉 阿依恒 巴合古丽 哈米拉 阿依夏 古丽巴哈尔".split()
_TB = ("扎西 次仁 卓玛 达瓦 尼玛 顿珠 格桑 央金 拉姆 平措 旺堆 德吉 索朗 多吉 白玛 益西 洛桑 "
       "曲珍 边巴 普布 旦增 才让 措姆 仁青 桑吉 丹增 巴桑 贡布 米玛 拉巴").split()
_YI_C = "吉克 阿苏 沙马 曲比 马海 阿尔 吉色 阿的 勒格 吉伍 克其 俄木 阿鲁 比子 海来 日火".split()
_YI_P = "阿依 木呷 伍沙 拉哈 石者 尔古 阿果 子莫 拉且 史哈 友古 阿呷 莫色 伍各 阿支 尔布".split()
_MN_A = "巴特 额尔敦 宝音 孟和 阿拉坦 图门 那仁 乌力吉 格日勒 萨仁 乌云 其木格 朝克 吉日木图".split()
_MN_B = "巴雅尔 朝鲁 毕力格 图雅 其其格 满都拉 仓 达来 敖日格勒 苏和 巴图 那顺 德力格尔 呼和".split()
_KR_S = "金朴李崔郑全韩姜申玄池许南"
_KR_G = ("哲洙 英淑 顺姬 光日 成浩 美花 春子 京淑 明哲 东植 相旭 贞淑 花子 永吉 日男 善玉 银实 昌浩 "
         "承焕 英爱 明淑 永哲 顺玉 东哲 美顺").split()


def _minority_name(rng):
    g = rng.choice(("uy", "uy", "kz", "tb", "tb", "yi", "mn", "hui", "kr", "zhuang", "miao", "dong",
                    "buyi", "tujia", "li", "yao", "jingpo", "wa", "dai", "qiang", "naxi", "bai",
                    "manchu", "salar"))
    dot = rng.choice(("·", "·", "·", "•", ".", "・", "．", "-", ""))
    if g == "uy":
        given = rng.choice(_UY_M + _UY_F if rng.random() < 0.9 else _UY_F)
        return g, given + dot + rng.choice(_UY_M)
    if g == "kz":
        return g, rng.choice(_KZ_M + _KZ_F) + dot + rng.choice(_KZ_M)
    if g == "tb":
        a, b = rng.sample(_TB, 2)
        return g, a + b
    if g == "yi":
        return g, rng.choice(_YI_C) + rng.choice(_YI_P)
    if g == "mn":
        if rng.random() < 0.25:
            return g, rng.choice("包白鲍") + rng.choice(("金山", "宝音", "图雅", "白音", "满达", "乌兰"))
        return g, rng.choice(_MN_A) + rng.choice(_MN_B)
    if g == "hui":
        return g, rng.choice("马哈纳撒冶丁海沙穆锁者") + rng.choice(
            ("有福", "金花", "文清", "玉兰", "尔萨", "长林", "德胜", "秀梅", "麦燕", "国良", "海福", "哈三"))
    if g == "kr":
        return g, rng.choice(_KR_S) + rng.choice(_KR_G)
    if g == "zhuang":
        return g, rng.choice("韦覃蓝莫农陆蒙廖") + rng.choice(
            ("达英", "特强", "妹娟", "金凤", "达良", "秀妹", "光荣", "阿妹", "美兰", "特勒"))
    if g == "miao":
        return g, rng.choice("龙石麻吴杨滕欧") + rng.choice(("阿妹", "金妹", "老保", "银花", "阿娇", "老九", "正乔"))
    if g == "dong":
        return g, rng.choice("吴杨石龙粟") + rng.choice(("美银", "秀银", "老岩", "培花", "银珍", "老胜"))
    if g == "buyi":
        return g, rng.choice("韦罗岑王陆班") + rng.choice(("老幺", "正芬", "阿兰", "光文", "小妹", "兴国"))
    if g == "tujia":
        return g, rng.choice("向田覃彭冉谭") + rng.choice(("梅花", "光荣", "家政", "幺妹", "大发", "秀菊"))
    if g == "li":
        return g, rng.choice("符王吉邢陈") + "亚" + rng.choice("妹英强运花军福")
    if g == "yao":
        return g, rng.choice("盘赵邓冯") + rng.choice(("金妹", "有财", "贵财", "成保", "秀妹", "进福"))
    if g == "jingpo":
        return g, rng.choice(("勒排", "木然", "排", "岳", "石", "何", "董")) + \
            rng.choice("麻诺腊途堆") + rng.choice(("扎", "干", "当", "努", "果", "锐"))
    if g == "wa":
        base = rng.choice("岩叶尼艾娜") + rng.choice("嘎块扫门帅倒茸")
        return g, (rng.choice("赵陈魏鲍田") + base) if rng.random() < 0.6 else base + rng.choice("老大二三")
    if g == "dai":
        return g, rng.choice(("岩", "玉")) + rng.choice(("温罕", "香应", "坎叫", "罕拉", "应腊", "光龙", "叫香"))
    if g == "qiang":
        return g, rng.choice("余王何杨毛董") + rng.choice(("尔玛", "秀珍", "永福", "木吉", "志清"))
    if g == "naxi":
        return g, "和" + rng.choice(("丽华", "志强", "秀英", "学文", "金莲", "正兴", "玉珍"))
    if g == "bai":
        return g, rng.choice("段字杨尹") + rng.choice(("金花", "云芳", "四妹", "阿鹏", "家宝", "春香"))
    if g == "manchu":
        return g, rng.choice(("关", "佟", "那", "富", "赫", "瓜尔佳")) + rng.choice(
            ("福顺", "秀珍", "淑英", "德山", "永贵", "桂荣"))
    return g, rng.choice("韩马") + "尕" + rng.choice(("四", "西木", "吾", "妹", "娃", "布"))


# romanisations
_ROM = {  # surname: pinyin, HK/Macao, Taiwan (Wade-Giles), Singapore (Hokkien/Teochew)
    "王": ("Wang", "Wong", "Wang", "Ong"), "陈": ("Chen", "Chan", "Chen", "Tan"),
    "林": ("Lin", "Lam", "Lin", "Lim"), "黄": ("Huang", "Wong", "Huang", "Ng"),
    "张": ("Zhang", "Cheung", "Chang", "Teo"), "李": ("Li", "Lee", "Lee", "Lee"),
    "刘": ("Liu", "Lau", "Liu", "Low"), "吴": ("Wu", "Ng", "Wu", "Goh"),
    "郑": ("Zheng", "Cheng", "Cheng", "Tay"), "杨": ("Yang", "Yeung", "Yang", "Yeo"),
    "周": ("Zhou", "Chow", "Chou", "Chew"), "谢": ("Xie", "Tse", "Hsieh", "Chia"),
    "徐": ("Xu", "Tsui", "Hsu", "Chee"), "何": ("He", "Ho", "Ho", "Ho"),
    "郭": ("Guo", "Kwok", "Kuo", "Quek"), "梁": ("Liang", "Leung", "Liang", "Neo"),
    "罗": ("Luo", "Law", "Lo", "Loh"), "许": ("Xu", "Hui", "Hsu", "Khoo"),
    "蔡": ("Cai", "Choi", "Tsai", "Chua"), "曾": ("Zeng", "Tsang", "Tseng", "Chan"),
    "赵": ("Zhao", "Chiu", "Chao", "Teo"), "欧阳": ("Ouyang", "Au-Yeung", "Ouyang", "Auyong"),
    "马": ("Ma", "Ma", "Ma", "Beh"), "朱": ("Zhu", "Chu", "Chu", "Choo"),
    "胡": ("Hu", "Wu", "Hu", "Foo"), "高": ("Gao", "Ko", "Kao", "Koh"),
    "孙": ("Sun", "Suen", "Sun", "Sng"), "宋": ("Song", "Sung", "Sung", "Song"),
    "龙": ("Long", "Lung", "Lung", "Leng"), "范": ("Fan", "Fan", "Fan", "Huan"),
}
_PY = ("jian guo hua ming li xiu ying mei hong wei jun fang lan gui zhi qiang yong hai chun sheng dong "
       "xia yu lin bo tao ping an fu cai shu zhen rong feng bin hao xin yan jie juan tian le shan wen "
       "qing kai zhong ning rui").split()
_HK = "tai man ka wai kwok chi yuen siu ming hung kam fai yee ling wing sze chun mei kin lok ho yan".split()
_WG = "chih shu hsiu chun mei ling wen yu chia hui tsung cheng kuo hsin ya ting fen hua chung".split()
_SG = "ah bee hoon siew kow seng hock eng keng soon boon choon chye huat geok poh lay kim swee teck".split()
_EN = ("David Mary Kevin Jessica Peter Helen Tony Annie Vincent Jacky Winnie Eric Alice Raymond Cindy "
       "Michael Grace Kelvin Ivy Patrick Amy Dennis Fiona Simon Joyce Gary Ken Doris").split()


def _english_name(rng):
    sur = rng.choice(list(_ROM))
    py, hk, wg, sg = _ROM[sur]
    style = rng.choice(("py", "py", "py_rev", "caps", "caps", "init", "init2", "hk", "hk", "mo", "wg",
                        "wg", "sg", "sg", "en", "en", "en_hk"))
    a, b = rng.sample(_PY, 2)
    if style == "py":
        return style, f"{py} {a.capitalize()}{b}"
    if style == "py_rev":
        return style, f"{a.capitalize()}{b} {py}"
    if style == "caps":
        return style, rng.choice((f"{py.upper()} {a.capitalize()}{b}", f"{py.upper()} {a.capitalize()} {b.capitalize()}",
                                  f"{py.upper()} {a.capitalize()}-{b}", f"{a.capitalize()}{b} {py.upper()}"))
    if style == "init":
        return style, rng.choice((f"{a[0].upper()}.{b[0].upper()}. {py}", f"{py} {a[0].upper()}.{b[0].upper()}."))
    if style == "init2":
        return style, f"{py.upper()}, {a.capitalize()}{b}"
    if style in ("hk", "mo"):
        x, y = rng.sample(_HK, 2)
        return style, rng.choice((f"{hk} {x.capitalize()} {y.capitalize()}", f"{hk.upper()} {x.capitalize()}-{y}",
                                  f"{hk} {x.capitalize()}-{y}"))
    if style == "wg":
        x, y = rng.sample(_WG, 2)
        return style, rng.choice((f"{wg} {x.capitalize()}-{y}", f"{x.capitalize()}-{y} {wg}"))
    if style == "sg":
        x, y = rng.sample(_SG, 2)
        return style, rng.choice((f"{sg} {x.capitalize()} {y.capitalize()}", f"{sg.upper()} {x.capitalize()} {y.capitalize()}"))
    e = rng.choice(_EN)
    if style == "en":
        return style, rng.choice((f"{e} {py}", f"{e} {hk}", f"{py}, {e}", f"{e} {sg}"))
    x, y = rng.sample(_HK, 2)
    return style, f"{hk.upper()} {x.capitalize()}-{y}, {e}"


# ----------------------------------------------------------------------------------------------
# the twelve trades
def _d(office, topic, roles, words, shops, brands, acts, unit):
    return dict(office=office.split(), topic=topic.split(), roles=roles.split(), words=words.split(),
                shops=shops.split(), brands=brands.split(), acts=acts, unit=unit)


_DOM = {
    "well_drilling": _d(
        "县水利局 镇水利站 农村供水管理站 水务服务中心", "机井 打井 水井验收 机井报修 机井补贴",
        "户主 申请人 机手 打井队负责人 用水户代表 施工员 井长",
        "深井泵 潜水泵 井管 水泥管 钢管井 石英砂 黄土层 卵石层 白泥浆 洗井 抽水试验 出水量 静水位 "
        "井台 封井 管井 包井到户 高扬程 马达 龙头 冲击钻 车载钻机 水源井 石灰岩 砂卵石 井口保护 "
        "田间机井 成井 滤水管 回填 黄泥 井房 电表箱 柏油路边",
        "{s}家打井队 {s}记钻井工程队 鑫{s}凿井部 {s}氏打井", "新界牌 东音 利欧 大元泵业 东方泵业",
        [
            "{深井泵|潜水泵|马达|高扬程泵}烧坏，要求返修",
            "经验收井深{n}米，{井管|滤水管|钢管井|水泥管}完好，{井台|井房|井盖}已建",
            "出水量不足，{黄土层|卵石层|石灰岩|砂卵石}未打穿",
            "打井费{a}，{包井到户|包打包出水}，已付清",
            "井口{白泥浆|黄泥}未清理，泥浆池未回填",
            "申请机井补贴{a}，{田间机井|水源井}已验",
            "钻机进场压坏{麦苗|柏油路边|田埂}",
            "{东方泵业|新界牌|大元泵业}水泵{马达}发热",
        ], "眼"),
    "rice_mills": _d(
        "县粮食和物资储备局 镇农技站 县市场监管局 粮食购销公司", "碾米 稻谷代加工 粮食加工 碾米厂登记",
        "厂主 经营者 送粮户 加工户 代领人 投诉人",
        "黄华占 龙粳31 宁粳 常规稻 马坝油粘 桂朝 武运粳 华占 丰两优 早籼稻 晚粳稻 糙米 精米 米糠 "
        "谷壳 稻壳 石子 碾米机 色选机 抛光机 出米率 黄曲霉 白米 谷物 米机 包装袋 万年贡米 代加工费 "
        "米面 湿谷 晒谷场 谷糠 陈米 碎米",
        "{s}记碾米厂 {s}家米厂 {s}氏粮油加工坊 新{s}米业", "五常 金健 福临门 北大荒",
        [
            "代加工{黄华占|龙粳31|宁粳|马坝油粘|桂朝|武运粳|华占}{n}斤，加工费{a}",
            "{黄华占|华占|常规稻|杂交稻}出米率偏低，要求复核",
            "米中混有{石子|谷壳|米糠}，已退回",
            "{湿谷|陈米|糙米}受潮，{黄曲霉}超标",
            "碾米机噪声扰民，{谷糠|米糠}乱堆",
            "收{晚粳稻|万年贡米|糙米|宁粳}{n}斤，付{a}",
            "{米机|抛光机}皮带断，{精米|白米}未出",
            "{晒谷场|包装袋}占用村道",
        ], "袋"),
    "appliance_repair": _d(
        "县市场监管局 消费者协会 12315热线 镇便民服务中心", "家电维修 上门维修 维修投诉 售后回访",
        "用户 机主 投诉人 报修人 维修师傅 联系人",
        "冷柜 冷凝器 压缩机 高压包 温控器 主板 遥控器 管路 加氟 冰箱 洗衣机 热水器 燃气灶 电饭煲 "
        "空调外机 上门费 安装费 保修期 配件费 方太 华帝 万和 康佳 苏泊尔 史密斯 林内 荣事达 金羚 "
        "马桶加热圈 雷电击坏 龙头 高温 常温 包修",
        "{s}记家电维修部 老{s}家电 {s}氏电器维修 {s}师傅家电服务部", "海尔 美的 格力 长虹 海信 小天鹅 九阳",
        [
            "{格力|美的|海尔|康佳|荣事达}冰箱不制冷，{加氟|冷凝器}收{a}",
            "更换{压缩机|温控器|高压包|主板}后仍未修好",
            "{方太|华帝|万和|林内|史密斯}热水器过保，另收{上门费|配件费}{a}",
            "上门两次{空调外机|冷柜|电饭煲}仍坏，投诉退款{a}",
            "{小天鹅|金羚|荣事达}洗衣机漏水，{管路|龙头}已换",
            "{雷电击坏|高温烧坏}{主板|高压包}，不在{包修}范围",
            "收费{a}未开票，{苏泊尔|九阳}电饭煲不跳闸",
            "{马桶加热圈|温控器}更换，收{a}",
        ], "台"),
    "cattle_fattening": _d(
        "县畜牧兽医站 乡农业服务中心 县农业农村局 动物防疫站", "肉牛育肥 养牛户 牛犊补贴 基础母牛",
        "养殖户 户主 畜主 申报人 饲养员 代领人",
        "西门塔尔牛 安格斯 夏洛莱 利木赞 鲁西黄牛 秦川牛 晋南牛 延边牛 牛犊 犊牛 母牛 育肥牛 黄贮 "
        "青贮 玉米秸秆 精饲料 耳标 口蹄疫 牛舍 出栏 存栏 能繁母牛 燕麦草 苜蓿 舍饲 牛粪 草料 "
        "布病 牛结节 架子牛 龙门架 石槽 包膜青贮 万头牛场 常温",
        "{s}家养牛场 {s}记肉牛合作社 {s}氏牧业 兴{s}养殖场", "正大 新希望 伊利",
        [
            "存栏{西门塔尔牛|安格斯|夏洛莱|利木赞|鲁西黄牛|秦川牛|晋南牛|延边牛}{n}头，{耳标}已打",
            "新购{牛犊|架子牛}{n}头，申请补贴{a}",
            "{育肥牛|母牛|牛犊}病死{n}头，疑似{牛结节|布病}，已无害化处理",
            "{黄贮|包膜青贮|玉米秸秆|燕麦草}不足，改喂{精饲料|苜蓿|草料}",
            "申请{能繁母牛|基础母牛}补贴{a}",
            "{牛粪|牛舍}污水外流，邻居投诉",
            "出栏{育肥牛|架子牛}{n}头，收{a}",
            "{石槽|龙门架}未修",
        ], "头"),
    "tailor_shops": _d(
        "县市场监管局 街道便民中心 消费者协会 县人社局", "裁缝铺 服装定制 改衣 量体定做",
        "顾客 店主 投诉人 学徒 定做人 经营者",
        "唐装 马甲 中山装 旗袍 盘扣 锁边 包边 熨烫 缝纫机 卷尺 划粉 苏绣 金丝绒 毛呢 毛料 高定 "
        "平车 锁眼 钉扣 单衣 罗纹 包扣 麻纱 柯桥面料 夹袄 改裤脚 拉链 纯棉 涤纶 乔其纱 雪纺 "
        "蜀锦 白坯布 花边 龙凤褂",
        "{s}记裁缝铺 {s}氏服装定制 {s}姐改衣店 {s}家裁缝", "蝴蝶牌 飞人牌 标准牌",
        [
            "定做{唐装|中山装|旗袍|马甲|龙凤褂}{n}件，收{a}",
            "{马甲|唐装|单衣|夹袄}尺寸不对，要求重做",
            "{金丝绒|毛呢|毛料|乔其纱|苏绣}面料烫坏，赔{a}",
            "改裤脚{n}条，{包边|锁边|罗纹}未做好",
            "订金{a}，{高定|唐装}逾期未交",
            "{柯桥面料|白坯布|麻纱}起球掉色",
            "学做{盘扣|包扣|花边}，学费{a}",
            "{飞人牌|蝴蝶牌}缝纫机被拿走",
        ], "件"),
    "oil_mills": _d(
        "县市场监管局 食品安全办 县粮食局 镇市场监管所", "榨油坊 菜籽油 小油坊抽检 散装油抽检",
        "坊主 经营者 送籽户 被抽检人 负责人 举报人",
        "菜籽油 花生油 胡麻油 毛油 冷榨 热榨 压榨 黄曲霉毒素 苯并芘 酸价 过氧化值 油渣 油饼 "
        "榨油机 滤油机 炒籽 芝麻油 小磨香油 山茶油 茶籽 散装油 油桶 土榨 油菜籽 葵花籽 棉籽油 "
        "金龙鱼 鲁花 胡麻 白芝麻 黄菜籽 高油酸 常压",
        "{s}记榨油坊 {s}家油坊 {s}氏小磨香油 老{s}油坊", "金龙鱼 鲁花 福临门 胡姬花",
        [
            "抽检{菜籽油|花生油|胡麻油|芝麻油|小磨香油|山茶油}{n}批，{苯并芘|黄曲霉毒素|酸价}超标",
            "{毛油|散装油}无标签，罚{a}",
            "代榨{油菜籽|胡麻|白芝麻|黄菜籽|葵花籽}{n}斤，收{a}",
            "{金龙鱼|鲁花|胡姬花}空桶回灌{散装油|毛油}",
            "{冷榨|热榨|土榨}作坊，{油渣|油饼}乱堆",
            "复检{毛油|菜籽油}合格",
            "{高油酸|常压}花生油标签不符，责令整改",
            "{黄菜籽|胡麻}发霉，已销毁",
        ], "批"),
    "tofu_workshops": _d(
        "县市场监管局 镇食药所 食品小作坊管理办 街道办", "豆腐坊 豆制品 小作坊登记 豆腐坊抽检",
        "坊主 经营者 从业人员 负责人 举报人 帮工",
        "卤水 石膏 内酯 黄豆 豆渣 磨浆机 点卤 压板 油豆腐 臭豆腐 霉豆腐 豆腐乳 毛豆腐 白干 香干 "
        "千张 百叶 腐竹 豆浆 豆芽 水豆腐 苏打 健康证 黄豆原料 石磨 龙口粉丝 老豆腐 嫩豆腐 "
        "豆皮 常温 冷藏柜 高温杀菌",
        "{s}记豆腐坊 {s}家豆腐 {s}氏豆制品 {s}嫂豆腐坊", "祖名 清美",
        [
            "做{白干|毛豆腐|老豆腐|嫩豆腐|水豆腐|千张|百叶}{n}斤，用{石膏|卤水|内酯}点",
            "帮工无{健康证}，责令{n}日内办理",
            "{油豆腐|臭豆腐|霉豆腐|豆腐乳}抽检合格",
            "{白干|香干|豆皮}变质，已下架",
            "{黄豆原料|黄豆}无进货台账，罚{a}",
            "{豆渣|石磨}乱堆，生熟未分区",
            "收{黄豆}{n}斤，付{a}",
            "{冷藏柜|高温杀菌}设备未用",
        ], "斤"),
    "pig_farms": _d(
        "县畜牧兽医局 乡动物防疫站 县农业农村局 生猪保险站", "生猪养殖 散养户 能繁母猪 生猪补贴",
        "养殖户 户主 畜主 投保人 防疫员 代领人",
        "能繁母猪 仔猪 育肥猪 生猪 猪瘟 非洲猪瘟 蓝耳病 杜洛克 长白猪 大白猪 约克夏 皮特兰 杜长大 "
        "太湖猪 宁乡猪 金华猪 荣昌猪 内江猪 梅山猪 猪舍 粪污 沼气池 出栏 补栏 耳标 无害化处理 "
        "病死猪 兽药 防疫 温控 高床 石灰消毒 包片",
        "{s}家猪场 {s}记生猪养殖场 {s}氏牧业 {s}湾养猪场", "正大 温氏 牧原 新希望",
        [
            "存栏{能繁母猪|大白猪|长白猪|杜洛克|约克夏|杜长大}{n}头",
            "{仔猪|育肥猪}病死{n}头，疑似{蓝耳病|猪瘟}，已{无害化处理}",
            "申报{能繁母猪}补贴{a}",
            "{猪瘟|蓝耳病}疫苗未打，超期",
            "{粪污|沼气池}外溢，罚{a}",
            "出栏{太湖猪|宁乡猪|金华猪|荣昌猪|梅山猪|内江猪}{n}头，已检疫",
            "投保{能繁母猪|育肥猪}{n}头，保费{a}",
            "{高床|石灰消毒}未落实",
        ], "头"),
    "rural_builders": _d(
        "县住建局 镇村镇建设办 县自然资源局 乡规划所", "农村建筑工匠 自建房 施工队 危房改造",
        "建房户 户主 工匠 施工队长 带班人 申请人",
        "钢筋 水泥 砖混 圈梁 构造柱 预制板 现浇 地基 脚手架 安全帽 石灰 瓷砖 包工包料 包清工 "
        "房屋安全 危房改造 宅基地 高空作业 钢管架 马头墙 龙骨 石材 左邻右舍 车库 柏油 牛腿 "
        "华宇瓷砖 雷雨天气 房梁 石基 黄沙 白灰 万能胶",
        "{s}家施工队 {s}记建筑工程队 {s}氏泥瓦工队 {s}师傅建房队", "海螺 华新 冀东",
        [
            "{圈梁|构造柱|房梁|石基}开裂，不合格",
            "{安全帽|钢管架|脚手架}未设，责令停工",
            "工程款{a}，{包工包料|包清工}未结",
            "建{n}层，{圈梁|预制板|现浇}已浇",
            "{马头墙|房梁|石材}超高，{宅基地}超占",
            "申请{危房改造}补助{a}",
            "{雷雨天气|高空作业}无防护",
            "{黄沙|白灰|石灰|华宇瓷砖}堆占道路",
        ], "层"),
    "irrigation_stations": _d(
        "灌区管理所 县水利局 泵站管理所 用水户协会", "灌区 泵站 放水员 灌溉收费",
        "放水员 用水户 户主 组长 泵站值班员 投诉人",
        "斗渠 农渠 支渠 干渠 闸门 水费 扬程 管护 秋灌 冬灌 春灌 轮灌 渠道清淤 亩次 计量 东干渠 "
        "西支渠 洪水 龙口 闸管所 泵房 电费 高压线 包干 方量 田间 田块 水位 万亩灌区 毛渠 石渠 "
        "金水渠 马道 黄河水",
        "{s}家泵站 {s}庄提灌站 {s}湾抽水站", "东方电机 上海凯泉",
        [
            "{斗渠|农渠|毛渠|石渠|金水渠}浇地{n}亩，水费{a}",
            "{东干渠|西支渠|干渠}漏水，{田块|田间}被淹",
            "轮到{秋灌|冬灌|春灌}没放水，{泵房|闸管所}无人",
            "{马道|石渠|毛渠}清淤{n}方",
            "收{水费|电费}{a}，未交",
            "{高压线|泵房}拉闸，{万亩灌区}停水",
            "{黄河水}用水{n}亩次，{包干}",
            "{龙口|闸门}被私开",
        ], "亩"),
    "car_washes": _d(
        "县生态环境局 县城管局 县市场监管局 排水管理所", "洗车店 洗车场 污水排放 洗车点整治",
        "店主 经营者 车主 投诉人 员工 负责人",
        "沉淀池 隔油池 排水许可 高压水枪 泡沫 打蜡 洗车液 精洗 普洗 占道 车主 车辆 全车 金属漆 "
        "路边 路面 车位 循环水 洗车机 蒸汽 抛光 内饰 镀晶 雷诺 马自达 龙门洗车机 石英镀晶 "
        "白车 黄标车 水泥地",
        "{s}记洗车 {s}哥洗车行 {s}氏汽车美容 老{s}洗车场", "3M 龟牌 车仆",
        [
            "{沉淀池|隔油池}未建，污水直排，罚{a}",
            "{高压水枪|龙门洗车机}刮花{金属漆|白车}，赔{a}",
            "{精洗|打蜡|石英镀晶|镀晶}收{a}，车主称未做",
            "{路边|路面}占道洗车，{车辆}堵路",
            "{循环水|洗车液|泡沫}外流进雨水管",
            "{马自达|雷诺}车{内饰}被划，赔{a}",
            "日洗车{n}辆，无{排水许可}",
            "{黄标车|全车}精洗收{a}",
        ], "辆"),
    "cotton_gins": _d(
        "县棉麻公司 县市场监管局 纤维检验所 棉花协会", "棉花加工厂 棉农 籽棉收购 棉花公检",
        "棉农 交售人 户主 磅秤员 代交人 负责人",
        "籽棉 皮棉 轧花机 剥绒 打包机 棉包 公检 衣分 马克隆值 回潮率 含杂率 白度 黄度 长绒棉 "
        "细绒棉 机采棉 手摘棉 收购价 棉籽 棉短绒 过磅 磅单 新陆早 鲁棉研 金棉 毛重 皮重 包号 "
        "水分 冀棉 中棉所 霜后花 黄染",
        "{s}记轧花厂 {s}家棉花收购点 {s}氏棉业 {s}庄轧花厂", "银河 国欣 新陆",
        [
            "交{籽棉|机采棉|手摘棉|长绒棉}{n}公斤，{回潮率}偏高",
            "{含杂率|马克隆值|黄度|白度}扣价，棉农不认",
            "收购价{a}，{毛重|皮重}有误",
            "{新陆早|鲁棉研|冀棉|金棉}压价",
            "{棉包|包号}{n}包待{公检}",
            "{磅单|过磅}未付{a}",
            "{霜后花|黄染}混收",
            "{轧花机|打包机}{马达}起火",
        ], "公斤"),
}

_EN_DOM = {
    "well_drilling": ("Well drilling", "deep well pump|Long shaft pump|Gao Yang lift|casing pipe|Stone layer"),
    "rice_mills": ("Rice milling", "Huang Huazhan paddy|Long-grain rice|bran|husker|White rice"),
    "appliance_repair": ("Appliance repair", "Fan motor|Haier fridge|Gree AC|compressor|Rinnai heater"),
    "cattle_fattening": ("Cattle fattening", "Simmental calves|Angus steers|Luxi Yellow cattle|ear tag|silage"),
    "tailor_shops": ("Tailoring", "Tang suit|Mao collar|qipao|hemming|Grace period"),
    "oil_mills": ("Oil pressing", "Luhua peanut oil|Golden Dragon Fish oil|rapeseed oil|acid value|Hu Ma oil"),
    "tofu_workshops": ("Tofu workshop", "Bai Gan tofu|soy milk|brine|Mao tofu|health certificate"),
    "pig_farms": ("Pig farming", "Duroc boars|Large White sows|Jinhua pig|Rongchang pig|ASF"),
    "rural_builders": ("Rural building", "Ma Tou wall|rebar|ring beam|Long scaffold|Sandy loam"),
    "irrigation_stations": ("Irrigation", "Huanghe water|Long Kou gate|pump house|Will of the users' assoc.|water fee bill"),
    "car_washes": ("Car wash", "high-pressure jet|Mark on paint|sediment tank|Rich foam|wax"),
    "cotton_gins": ("Cotton ginning", "Long-staple lint|micronaire|Xinluzao 45|seed cotton|Bill of weight"),
}
_EN_PLACES = ("Lijia Village", "Wangzhuang", "Zhangjiawan", "Gaotang County", "Huanghe Road", "Maanshan",
              "Shijiazhuang", "Chenjiagou", "Zhaojia Town", "Liuji Township", "Kashgar", "Hotan", "Xigaze",
              "Liangshan", "Hulunbuir", "Yanbian", "Qiandongnan", "Linxia", "Dali", "Lijiang")

_PROV = "鲁冀苏豫皖湘鄂川贵云桂陕甘宁青新蒙黑吉辽晋浙闽赣粤琼渝京津沪藏"
_VSUF = ("家村", "庄", "家湾", "家沟", "集", "家岭", "家坝", "寨", "营", "屯", "家洼", "店村", "楼村", "家畈")
_ROADS = ("路", "街", "巷", "大道")
_USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _uscc(rng):
    body = "92" + "".join(rng.choice("0123456789") for _ in range(6)) + \
        "".join(rng.choice(_USCC_CH) for _ in range(9))
    w = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    s = sum(_USCC_CH.index(c) * k for c, k in zip(body, w))
    return body + _USCC_CH[(31 - s % 31) % 31]


# ----------------------------------------------------------------------------------------------
class _B:
    """Builds one remark from pieces, recording names (cued or not) and look-alikes."""

    def __init__(self, rng, gen, family):
        self.rng, self.gen, self.family = rng, gen, family
        self.parts, self.names, self.las, self.cued, self.dw = [], [], [], [], set()

    def t(self, s):
        self.parts.append(s)
        return self

    def la(self, s, domain_word=False):
        self.parts.append(s)
        if s not in self.las:
            self.las.append(s)
        if domain_word:
            self.dw.add(s)
        return self

    def n(self, cued, kind=None):
        name = self.gen.name(self.rng, kind or self.gen.default_kind)
        self.parts.append(name)
        self.names.append(name)
        self.cued.append(cued)
        return self

    def text(self):
        return "".join(self.parts)


class _Gen:
    def __init__(self):
        self.sur = _surnames()
        self.sw = [w for _, w in self.sur]
        self.default_kind = "han"

    def surname(self, rng):
        return rng.choices(self.sur, weights=self.sw)[0][0]

    def given(self, rng):
        r = rng.random()
        if r < 0.28:
            return rng.choice(_G1)
        if r < 0.50:
            return rng.choice(_G2_MODERN) if rng.random() < 0.5 else rng.choice(_G1) + rng.choice(_G1)
        if r < 0.70:
            return rng.choice(_G2_RURAL)
        if r < 0.85:
            return rng.choice(_GEN1) + rng.choice(_GEN2)
        return rng.choice(_G2_WORD)

    def han(self, rng):
        r = rng.random()
        if r < 0.05:
            return self.surname(rng) + rng.choice(_NICK)
        if r < 0.07:
            return self.surname(rng) + rng.choice(("老大", "老二", "老三", "老四", "老五"))
        if r < 0.09:
            return rng.choice(_NICK)
        if r < 0.115:
            a, b = self.surname(rng), self.surname(rng)
            return a + b + "氏" if rng.random() < 0.6 else a + b + rng.choice(_G2_RURAL)
        return self.surname(rng) + self.given(rng)

    def name(self, rng, kind):
        for _ in range(200):
            if kind == "han":
                nm = self.han(rng)
            elif kind == "nick":
                nm = rng.choice((rng.choice(_NICK), "阿" + rng.choice(_G1), "小" + rng.choice(_G1)))
            elif kind == "minority":
                nm = _minority_name(rng)[1]
            else:
                nm = _english_name(rng)[1]
            if nm in _BLACK or any(b in nm for b in _BLACK if len(b) >= 3) or nm in self.used:
                continue
            self.used.add(nm)
            return nm
        raise RuntimeError("name pool exhausted")


# shared helpers for look-alikes ----------------------------------------------------------------
def _date(rng, fmt=None):
    y, m, d = rng.choice((2023, 2024, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    fmt = fmt if fmt is not None else rng.randrange(8)
    s = (f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日", f"{y}/{m}/{d}",
         f"{y % 100}.{m:02d}.{d:02d}", f"{m}.{d}", f"{y}年{m}月{d}号")[fmt]
    if rng.random() < 0.08:
        s = s.translate(str.maketrans("0123456789.-/", "０１２３４５６７８９．－／"))
    return s


def _amount(rng):
    v = rng.randint(2, 5000) * rng.choice((1, 5, 10))
    return rng.choice((f"{v}元", f"{v}.00元", f"￥{v}", f"{v/10000:.2f}万元" if v > 2000 else f"{v}元",
                       f"人民币{v}元", f"{v}块"))


def _village(gen, rng):
    s = gen.surname(rng)
    return s + rng.choice(_VSUF)


def _phone(rng):
    p = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    return rng.choice((p, f"{p[:3]}-{p[3:7]}-{p[7:]}", f"{p[:3]} {p[3:7]} {p[7:]}", p[:3] + "****" + p[7:]))


def _plate(rng):
    return rng.choice(_PROV) + rng.choice("ABCDEFGHJKLMNPQ") + rng.choice(("", "·", " ")) + \
        "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"[:10 + rng.randint(0, 10)]) for _ in range(5))


def _wenhao(gen, rng):
    c = rng.choice(("高", "临", "鲁", "石", "金", "马", "武", "龙", "东", "平"))
    return f"{c}{rng.choice(('农发', '水字', '市监罚决', '畜发', '住建', '环罚'))}〔{rng.randint(2023, 2026)}〕{rng.randint(1, 260)}号"


def _code(rng, dom):
    k = rng.randrange(4)
    if k == 0:
        return _uscc(rng)
    if k == 1:
        return f"JY{rng.randint(10000000000000, 99999999999999)}"
    if k == 2:
        return f"{rng.choice(('JJ', 'SC', 'XZ', 'GS'))}-{rng.randint(2023, 2026)}-{rng.randint(1, 999):03d}"
    return f"第{rng.randint(1, 300)}号"


class _Ctx:
    """Per-remark vocabulary helpers bound to a domain."""

    def __init__(self, b, dom_key):
        self.b, self.rng, self.gen = b, b.rng, b.gen
        self.key, self.D = dom_key, _DOM[dom_key]
        self.c = self.rng.choice(("：", "：", ":", "： ", ""))
        self.sep = self.rng.choice(("；", "；", ";", "，", " | ", "\n", "  ", "。"))

    def w(self):
        ws = self.D["words"]
        if self.rng.random() < 0.93:
            ws = [w for w in ws if set(w) & SURNAME_CHARS]
        return self.b.la(self.rng.choice(ws), domain_word=True)

    def v(self):
        return self.b.la(_village(self.gen, self.rng))

    def shop(self):
        s = self.rng.choice(self.D["shops"]).format(s=self.gen.surname(self.rng))
        return self.b.la(s)

    def brand(self):
        return self.b.la(self.rng.choice(self.D["brands"]))

    def date(self):
        return self.b.la(_date(self.rng))

    def amt(self):
        return self.b.la(_amount(self.rng))

    def act(self):
        tpl = self.rng.choice(self.D["acts"])
        for piece in re.split(r"(\{[^}]+\})", tpl):
            if piece == "{w}":
                self.w()
            elif piece.startswith("{") and len(piece) > 3:
                alts = piece[1:-1].split("|")
                sur = [a for a in alts if set(a) & SURNAME_CHARS]
                if sur and self.rng.random() < 0.92:
                    alts = sur
                self.b.la(self.rng.choice(alts), domain_word=True)
            elif piece == "{a}":
                self.amt()
            elif piece == "{n}":
                self.b.t(str(self.rng.randint(1, 300)))
            elif piece:
                self.b.t(_typo(self.rng, piece))
        return self.b

    def role(self):
        return self.rng.choice(self.D["roles"])

    def office(self):
        return self.rng.choice(self.D["office"])

    # a name in one of the uncued contexts
    def uncued(self):
        b, rng = self.b, self.rng
        k = rng.randrange(7)
        if k == 0:
            self.date(); b.t(rng.choice((" ", "", "，"))); b.n(False)
        elif k == 1:
            b.n(False); b.t(rng.choice(("，", "(", "（", " "))); b.t(f"{rng.randint(18, 86)}岁")
            b.t(rng.choice(("", ")", "）")))
        elif k == 2:
            b.n(False); b.t(rng.choice((" ", "", "，", "/"))); b.t(_phone(rng))
        elif k == 3:
            self.v(); b.n(False)
        elif k == 4:
            b.n(False); b.t(rng.choice(("与", "和", "及", "同"))); b.n(False)
        elif k == 5:
            b.n(False); b.t(rng.choice(("称", "反映", "来所", "于当日到场", "未到", "已签字", "说", "不同意")))
        else:
            b.n(False); b.t("、"); b.n(False)
        return b

    def cued(self):
        b, rng = self.b, self.rng
        if rng.random() < 0.2:
            b.t(rng.choice(("其妻", "其子", "其女", "其夫", "其母", "代领人", "经办人", "见证人")))
            b.t(rng.choice(("", "", "：", " "))); b.n(True)
        elif rng.random() < 0.25:
            self.v(); b.t(rng.choice(("村民", "农户", "居民", "村民 ")))
            b.n(True)
        else:
            b.t(self.role() + self.c); b.n(True)
        return b

    def any_name(self):
        return self.uncued() if self.rng.random() < 0.45 else self.cued()


_TYPOS = (("申请", "申情"), ("联系", "联糸"), ("已经", "以经"), ("验收", "验手"), ("维修", "维休"),
          ("合格", "和格"), ("整改", "正改"), ("要求", "要球"), ("已付", "以付"), ("补贴", "补帖"))


def _typo(rng, s):
    if rng.random() < 0.06:
        for a, b in _TYPOS:
            if a in s:
                return s.replace(a, b, 1)
    if rng.random() < 0.03:
        return s + rng.choice(("，", "。", " "))
    return s


# layouts of the twelve trades -------------------------------------------------------------------
def _lay_fields(x):
    b, rng = x.b, x.rng
    b.t(x.role() + x.c); b.n(True); b.t(x.sep)
    if rng.random() < 0.5:
        b.t("村别" + x.c); x.v(); b.t(x.sep)
    if rng.random() < 0.6:
        b.t(rng.choice(("代领人", "联系人", "共有人", "担保人", "经办人", "配偶")) + x.c); b.n(True); b.t(x.sep)
    if rng.random() < 0.7:
        b.t(rng.choice(("品种", "项目", "类别", "品名", "设备")) + x.c); x.w(); b.t(x.sep)
    b.t(rng.choice(x.D["topic"]) + x.c); x.act(); b.t(x.sep)
    if rng.random() < 0.5:
        b.t("电话" + x.c + _phone(rng) + x.sep)
    b.t(rng.choice(("备注", "情况说明", "处理意见", "说明")) + x.c)
    k = rng.choice((0, 0, 1, 1, 2, 2, 3, 3, 4))
    if k == 4:
        op, cl = rng.choice((("（小名", "）"), ("(小名", ")"), ("，小名", ""), ("（乳名", "）"), ("，又名", "")))
        b.n(False); b.t(op); b.n(True, "nick")
        b.t(cl + "，" + rng.choice(("系户主之子", "长期外出", "本人未到")))
    elif k == 0:
        b.t("与"); b.n(False); b.t("一同到场，"); x.w()
    elif k == 1:
        b.t("代领人" + rng.choice(("", "：", " "))); b.n(True); b.t("（"); b.t(rng.choice(("其子", "其女", "其妻", "其兄"))); b.t("）")
    elif k == 2:
        x.uncued(); b.t("，"); x.w()
    else:
        b.t("经"); x.shop(); b.t("施工，"); b.n(False); b.t("和"); b.n(False); b.t("签字")
    if rng.random() < 0.35:
        b.t(x.sep + rng.choice(("邻居", "在场人", "录入人", "证明人")) + x.c); b.n(True)
    if rng.random() < 0.6:
        b.t(x.sep); b.t("日期" + x.c); x.date()


def _lay_prose(x):
    b, rng = x.b, x.rng
    x.date(); b.t(rng.choice(("，", "，", " ", "")))
    if rng.random() < 0.5:
        x.v()
        cue = rng.choice(("村民", ""))
        b.t(cue); b.n(bool(cue))
    else:
        b.t(x.role()); b.n(True)
    b.t(rng.choice(("反映", "来电称", "到" + x.office() + "称", "报称")))
    x.act(); b.t("。")
    b.t(rng.choice(("经现场查看，", "经核实，", "\n", "经调解，")))
    x.act(); b.t("，")
    k = rng.randrange(3)
    if k == 0:
        b.t("已告知"); b.n(False); b.t("及其" + rng.choice(("妻", "子", "女婿", "儿媳")) + rng.choice(("", " "))); b.n(True)
    elif k == 1:
        b.n(False); b.t(rng.choice(("表示同意", "当场认可", "不服，要求复查")))
    else:
        b.t("由"); x.shop(); b.t("负责人"); b.n(True); b.t("整改")
    b.t(rng.choice(("。", "", "。。", ".")))
    if rng.random() < 0.75:
        b.t(rng.choice(("见证人", "在场人", "邻居", "调解员", "村民代表"))); b.t(rng.choice(("：", ":", ""))); b.n(True)
        b.t("。")
    if rng.random() < 0.5:
        b.t(rng.choice(("经办人", "记录人", "录入", "承办人")) + rng.choice(("：", ":", "", " "))); b.n(True)


def _lay_list(x):
    b, rng = x.b, x.rng
    b.t(rng.choice(x.D["topic"]) + rng.choice(("名单", "户", "情况", "登记")))
    if rng.random() < 0.5:
        b.t("（"); x.v(); b.t("）")
    b.t(rng.choice(("：", ":", "\n", " ")))
    k = rng.randint(2, 4)
    for i in range(k):
        if i:
            b.t(rng.choice(("、", "、", "，", ",", " ", "\n", "；")))
        if rng.random() < 0.4:
            b.t(rng.choice(("户主", "户主 ", "代领人", "户主：")))
            b.n(True)
        else:
            b.n(False)
        r = rng.random()
        if r < 0.3:
            b.t(rng.choice(("", " ", "，"))); x.w(); b.t(f"{rng.randint(1, 200)}{x.D['unit']}")
        elif r < 0.6:
            b.t("("); x.w(); b.t(")")
        elif r < 0.6:
            b.t("（" + rng.choice(("户主", "代", "已故，由其妻代", "五保"))+ "）")
    b.t(rng.choice(("。", "", "；", "\n")))
    x.w(); b.t(rng.choice(("合计", "共", "")) + str(rng.randint(2, 900)) + x.D["unit"])
    if rng.random() < 0.4:
        b.t("，"); x.amt()
    if rng.random() < 0.7:
        b.t(rng.choice(("。", "\n", " ")) + rng.choice(("报送人", "统计人", "经办人", "村会计", "核对人")))
        b.t(x.c); b.n(True)


def _lay_cells(x):
    b, rng = x.b, x.rng
    j = rng.choice(("|", "\t", " | ", "/", ",", "，", "  "))
    rows = rng.choice((1, 1, 2, 2, 3))
    for r in range(rows):
        if r:
            b.t(rng.choice(("\n", "；", " ")))
        b.n(False); b.t(j)
        kinds = rng.sample(("v", "w", "w", "w", "a", "p", "age", "d", "shop", "w"), rng.randint(2, 3))
        for i, kd in enumerate(kinds):
            if i:
                b.t(j)
            if kd == "v":
                x.v()
            elif kd == "w":
                x.w() if rng.random() < 0.6 else x.act()
            elif kd == "a":
                x.amt()
            elif kd == "p":
                b.t(_phone(rng))
            elif kd == "age":
                b.t(f"{rng.randint(18, 90)}")
            elif kd == "d":
                x.date()
            else:
                x.shop()
    if rng.random() < 0.75:
        b.t(j + rng.choice(("同户", "代签", "经手人", "户主之妻", "代领", "担保")) + rng.choice((":", "：", "")))
        b.n(True)


def _lay_log(x):
    b, rng = x.b, x.rng
    for i in range(rng.randint(2, 4)):
        if i:
            b.t(rng.choice(("\n", "；", " ", "\r\n")))
        if i == 0 or rng.random() < 0.35:
            x.date(); b.t(rng.choice((" ", "", "：")))
        else:
            b.t(rng.choice(("同日", "次日", "又", "后")))
        k = rng.choice((0, 1, 2, 2, 2, 3, 4, 5, 5))
        if k == 0:
            b.n(False); b.t(rng.choice(("来电，", "来所，", "上门，", "")))
            x.act()
        elif k == 5:
            x.act(); b.t("，"); x.cued(); b.t(rng.choice(("签字", "在场", "认可", "不认可")))
        elif k == 1:
            b.t(rng.choice(("上门", "回访", "复查", "抽检"))); b.t("，"); x.act()
            b.t("，"); b.n(False); b.t("签字")
        elif k == 2:
            b.t(x.role()); b.n(True); b.t(rng.choice(("称", "反映"))); x.act()
        elif k == 3:
            x.act(); b.t("，"); x.shop(); b.t("处理")
        else:
            x.uncued(); b.t("，"); x.w()
    if rng.random() < 0.3:
        b.t(rng.choice(("\n", "。", " ")) + rng.choice(("经办人", "记录", "回访人")) + rng.choice(("：", ":", ""))); b.n(True)


_LAYOUTS = (_lay_fields, _lay_prose, _lay_list, _lay_cells, _lay_log)


# the four other families -----------------------------------------------------------------------
def _english(b):
    rng = b.rng
    key = rng.choice(DOMAINS)
    label, words = _EN_DOM[key]
    words = words.split("|")
    sep = rng.choice((" | ", "; ", "\n", ", ", "\t"))
    b.t(rng.choice(("Record", "Export #", "Case", "Ticket", "ROW"))); b.t(f"{rng.randint(1, 99999)}{sep}")
    b.t(label + sep)
    b.t(rng.choice(("Applicant: ", "Owner: ", "Customer: ", "Name of holder: ", "Complainant: ")))
    b.n(True, "en"); b.t(sep)
    b.t("Village: "); b.la(rng.choice(_EN_PLACES)); b.t(sep)
    b.t("Date: "); b.la(_date(rng, rng.choice((1, 4)))); b.t(sep)
    b.t("Remark: ")
    k = rng.randrange(5)
    if k == 0:
        b.n(False, "en"); b.t(f", {rng.randint(20, 85)}, reported the "); b.la(rng.choice(words), True)
        b.t(" failed; ")
    elif k == 1:
        b.t("visited with "); b.n(False, "en"); b.t(" and "); b.n(False, "en"); b.t(" on site; ")
    elif k == 2:
        b.n(False, "en"); b.t(" " + _phone(rng) + " asked about the "); b.la(rng.choice(words), True); b.t("; ")
    elif k == 3:
        b.t("guardian "); b.n(True, "en"); b.t(" signed for the "); b.la(rng.choice(words), True); b.t("; ")
    else:
        b.la(rng.choice(words), True); b.t(" checked, "); b.n(False, "en"); b.t(" disagreed; ")
    b.la(rng.choice(words), True); b.t(" fee ")
    b.la(rng.choice((f"CNY {rng.randint(50, 9000)}", f"RMB{rng.randint(50, 9000)}.00", f"¥{rng.randint(50, 9000)}")))
    if rng.random() < 0.85:
        b.t(sep + rng.choice(("Contact: ", "Agent: ", "Paid by: ", "Spouse: ", "Next of kin: "))); b.n(True, "en")
    if rng.random() < 0.5:
        b.t(sep + "Plate: "); b.la(_plate(rng))


def _minority(b):
    rng = b.rng
    x = _Ctx(b, rng.choice(DOMAINS))
    k = rng.randrange(3)
    if k == 0:
        b.t(rng.choice(x.D["topic"]) + "名单" + rng.choice(("：", ":", "\n")))
        for i in range(rng.randint(2, 5)):
            if i:
                b.t(rng.choice(("、", "，", " ", "\n")))
            b.n(False, "minority")
            if rng.random() < 0.4:
                b.t(f"（{rng.randint(1, 60)}{x.D['unit']}）")
        b.t("。"); x.w(); b.t("，"); x.amt()
        b.t(rng.choice(("\n", "。", " ")) + rng.choice(("报送人", "翻译", "统计人")) + rng.choice(("：", "")))
        b.n(True, "minority")
    elif k == 1:
        b.t(x.role() + x.c); b.n(True, "minority"); b.t(x.sep)
        b.t("住址" + x.c); x.v(); b.t(x.sep); x.act(); b.t(x.sep)
        b.t("备注" + x.c + "与"); b.n(False, "minority"); b.t("系" + rng.choice(("母子", "夫妻", "兄弟", "父女")))
        b.t("，翻译" + rng.choice(("：", ""))); b.n(True, "minority")
    else:
        x.date(); b.t("，"); x.v(); b.n(False, "minority"); b.t(rng.choice(("反映", "称")))
        x.act(); b.t("；"); x.date(); b.t(" "); b.n(False, "minority"); b.t("来领，"); x.w()
        if rng.random() < 0.5:
            b.t("，" + rng.choice(("担保人", "联系人", "村民代表")) + rng.choice(("", "："))); b.n(True, "minority")


def _public(b, officials):
    rng = b.rng
    x = _Ctx(b, rng.choice(DOMAINS))

    def official():
        b.la(rng.choice(officials))

    if rng.random() < 0.7:
        b.t(rng.choice(("关于", "")) + f"{rng.randint(2023, 2026)}年度")
        b.t(rng.choice(x.D["topic"]) + rng.choice(("补贴", "项目", "登记", "验收")) + rng.choice(("的公示", "公示", "公告")))
        b.t(rng.choice(("\n", " ", "：")))
        b.t("经个人申请、村委会初审、"); b.t(x.office()); b.t("审核，现将")
        b.t(rng.choice(("享受对象", "拟补贴对象", "申请人", "验收合格户")) + "公示如下：")
        numbered = rng.random() < 0.5
        for i in range(rng.randint(2, 4)):
            if i:
                b.t(rng.choice(("、", "；", "，", "\n")))
            if numbered:
                b.t(f"{i + 1}" + rng.choice((".", "、", "．")))
            if rng.random() < 0.5:
                b.t(rng.choice(("户主", "申请人", "户主：", "申请人:")))
                b.n(True)
            else:
                b.n(False)
            if rng.random() < 0.6:
                b.t("（"); x.v(); b.t("，")
                if rng.random() < 0.5:
                    x.w()
                b.t(f"{rng.randint(1, 80)}{x.D['unit']}）")
        if rng.random() < 0.5:
            b.t("。其中" + rng.choice(("未成年人", "五保户", "残疾人")) + "由监护人"); b.n(True); b.t("代领")
        y, mth, d = rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 20)
        b.t("。公示期"); b.la(f"{y}年{mth}月{d}日"); b.t("至"); b.la(f"{y}年{mth}月{d + 7}日")
        b.t("。如有异议，请向")
        b.t(x.office()); b.t("反映。联系人" + rng.choice(("：", ":"))); official()
        b.t("，电话" + rng.choice(("：", "")) + f"0{rng.randint(310, 939)}-{rng.randint(2000000, 8999999)}")
        b.t(rng.choice(("\n", "。", " "))); b.t(rng.choice(("审核人：", "村委会主任：", "村支书", "站长 ")))
        official()
        if rng.random() < 0.4:
            b.t("（签字）")
        if rng.random() < 0.4:
            b.t("。异议人"); b.n(True); b.t("反映其" + rng.choice(("兄", "弟", "邻居")) + " "); b.n(True)
            b.t("不符合条件，经核查属实")
    else:
        b.t("行政处罚信息公示" + rng.choice(("\n", " ", "：")))
        b.t("决定书文号：" if rng.random() < 0.7 else "文号"); b.la(_wenhao(b.gen, rng)); b.t(x.sep)
        b.t("当事人：" + rng.choice(("", " "))); x.shop(); b.t(x.sep)
        b.t("统一社会信用代码：" if rng.random() < 0.7 else "信用代码"); b.la(_uscc(rng)); b.t(x.sep)
        b.t("主要违法事实："); b.t("经举报人"); b.n(True); b.t("反映，"); x.act(); b.t("，现场检查时")
        b.n(False); b.t("和"); b.n(False); b.t(rng.choice(("在场", "作证", "在场见证")))
        b.t(x.sep + "罚款："); x.amt(); b.t(x.sep + "处罚机关：县市场监督管理局"); b.t(x.sep)
        b.t("执法人员" + rng.choice(("：", " "))); official(); b.t("、"); official()


def _lookalike_only(b):
    rng = b.rng
    x = _Ctx(b, rng.choice(DOMAINS))
    k = rng.randrange(3)
    if k == 0:
        x.shop(); b.t(x.sep); x.v(); b.t(x.sep); x.act(); b.t(x.sep); x.date(); b.t(x.sep)
        b.t("登记号" + x.c); b.la(_code(rng, x.key)); b.t(x.sep); x.w(); b.t("、"); x.w()
    elif k == 1:
        x.date(); b.t(" "); x.shop(); b.t(rng.choice(("送来", "运来", "购入"))); x.w()
        b.t(f"{rng.randint(1, 900)}{x.D['unit']}，车牌"); b.la(_plate(rng)); b.t("，"); x.act()
        b.t("。依据"); b.la(_wenhao(b.gen, rng)); b.t("处理。")
    else:
        b.t("品牌" + x.c); x.brand(); b.t(x.sep); x.w(); b.t(x.sep); x.w(); b.t(x.sep)
        b.t("地点" + x.c); x.v(); b.t(rng.choice(_ROADS)); b.t(f"{rng.randint(1, 300)}号"); b.t(x.sep)
        x.amt(); b.t(x.sep); b.la(_code(rng, x.key)); b.t(x.sep); x.w()
    if rng.random() < 0.8:
        b.t(x.sep); x.act()


# ----------------------------------------------------------------------------------------------
def _build():
    """The pools of this edition (for inspection and tests)."""
    return {
        "surnames": _surnames(), "given_single": _G1, "given_modern": _G2_MODERN,
        "given_rural": _G2_RURAL, "given_word": _G2_WORD, "generation": (_GEN1, _GEN2),
        "nicknames": _NICK, "domains": _DOM, "english": _EN_DOM, "blacklist": sorted(_BLACK),
    }


def _overlaps(text, names, las):
    spans = []
    for nm in names:
        i = text.find(nm)
        spans.append((i, i + len(nm)))
    for la in las:
        i = text.find(la)
        while i != -1:
            for s, e in spans:
                if i < e and s < i + len(la):
                    return True
            i = text.find(la, i + 1)
    return False


def _make(n, seed):
    rng = random.Random(seed)
    counts = {f: int(n * WEIGHTS[f]) for f in FAMILIES}
    i = 0
    while sum(counts.values()) < n:
        counts[FAMILIES[i % len(FAMILIES)]] += 1
        i += 1
    order = [f for f in FAMILIES for _ in range(counts[f])]
    rng.shuffle(order)

    gen = _Gen()
    gen.used = set()
    offs = []   # officials in their public role: plain surname + given name
    while len(offs) < 40:
        o = gen.surname(rng) + gen.given(rng)
        if o not in gen.used and o not in _BLACK:
            gen.used.add(o)
            offs.append(o)
    off_set = set(offs)
    all_names, lens, texts, joined = set(), set(), [], []
    big = ""
    out, meta = [], []
    for fam in order:
        for _ in range(500):
            b = _B(rng, gen, fam)
            if fam in DOMAINS:
                x = _Ctx(b, fam)
                rng.choice(_LAYOUTS)(x)
            elif fam == "english_export":
                _english(b)
            elif fam == "minority_listing":
                _minority(b)
            elif fam == "public_notice":
                _public(b, offs)
            else:
                _lookalike_only(b)
            text = b.text()
            ok = (bool(b.names) == (fam != "lookalike_only")) and text.strip()
            ok = ok and all(text.count(nm) == 1 for nm in b.names)
            ok = ok and len(set(b.names)) == len(b.names)
            ok = ok and not any(nm in big for nm in b.names)
            ok = ok and not any(o in nm or nm in o for nm in b.names for o in off_set)
            ok = ok and not any(text[p:p + L] in all_names
                                for L in lens for p in range(len(text) - L + 1))
            ok = ok and not _overlaps(text, b.names, b.las)
            if ok:
                break
            for nm in b.names:   # release the rejected remark's names
                gen.used.discard(nm)
            gen.used |= off_set
        else:  # pragma: no cover
            raise RuntimeError("could not build a remark")
        all_names.update(b.names)
        lens.update(len(nm) for nm in b.names)
        big += text + "\x00"
        out.append(Remark(text=text, family=fam, names=list(b.names), lookalikes=list(b.las),
                          public_officials=fam in PUBLIC_FAMILIES))
        meta.append({"cued": list(b.cued), "domain_words": sorted(b.dw)})
    return out, meta


def make_remarks(n: int = 2000, seed: int = 3333) -> list[Remark]:
    """The frozen set: n remarks, deterministic in (n, seed)."""
    return _make(n, seed)[0]


def stats(n: int = 2000, seed: int = 3333) -> dict:
    """Counts for the datasheet: names, share without a cue, look-alikes, share of domain words."""
    rem, meta = _make(n, seed)
    names = sum(len(r.names) for r in rem)
    uncued = sum(c.count(False) for c in (m["cued"] for m in meta))
    las = sum(len(r.lookalikes) for r in rem)
    dw = sum(len(m["domain_words"]) for m in meta)
    dw_s = sum(1 for m in meta for w in m["domain_words"] if set(w) & SURNAME_CHARS)
    fam = {}
    for r in rem:
        f = fam.setdefault(r.family, [0, 0, 0])
        f[0] += 1
        f[1] += len(r.names)
        f[2] += len(r.lookalikes)
    return {"remarks": len(rem), "names": names, "uncued_share": round(uncued / names, 3),
            "lookalikes": las, "domain_words": dw, "domain_share": round(dw / las, 3),
            "domain_surname_share": round(dw_s / las, 3), "domain_surname_words": dw_s, "families": fam}
