"""Frozen remarks, edition twenty-six: free-text notes of county and city offices, written blind.

What it is
    A FROZEN test set of free-text remark cells (备注 / 说明 / 情况记录 …) in which private persons'
    names are planted, next to strings that look like names but must stay.  Nobody tunes a rule
    on it.  ``make_remarks(n, seed)`` returns a deterministic list of ``Remark`` records (the
    record is imported from ``benchmarks/frozen/remarks.py``).

Who wrote it, and what was read
    Written by a helper session (branch ``h-remarks26``) from its own knowledge of how Chinese
    county and city offices word these notes.  Read: the brief; in ``DOMAIN.md`` only the
    sections "Personal data in public listings" and "Administrative penalty publicity"; lines
    170-178 of ``benchmarks/frozen/remarks.py`` (the ``Remark`` dataclass).  The detector was
    not read and no de-identification code was run on this set.
    Slip: while checking the worktree at the start, ``git log --oneline | head -5`` was run and
    showed the five newest commit subjects of the main line (they mention a romanised-figures
    list with Zhang Guimei / Zhong Nanshan / Yao Ming / Jackie Chan, a medicines list with
    丁香 / 安定 / 米雅 read as full names, notice party roles, and Tibetan elements in Latin
    letters).  Nothing was taken from them on purpose; none of those strings is planted as a
    name here, and 丁香 appears only as an ordinary word look-alike as it would have anyway.
    A ``ls tests | grep -c frozen`` printed a count only.  WEIGHTS are relative (they sum to 0.99,
    as the brief gives them); ``random.choices`` normalises them.

Families
    Twelve domains, each with labelled-field, prose, list, joined-cell and dated-log layouts:
    beekeeping (蜂农转场/蜂场备案/蜂蜜抽检), tea_garden (茶园管护/采茶工/茶叶收购),
    grain_purchase (售粮结算/托市收购), fishing_pond (垂钓登记/禁钓巡查/落水险情),
    bus_card (老年/学生/残疾人公交卡, 挂失, 补卡), used_car (二手车交易/过户/车况纠纷),
    snow_removal (扫雪除冰责任区/志愿者值守), eye_screening (视力/口腔筛查, 复查, 回执),
    wild_mushroom (野生菌中毒防控/入户宣传/病例报告), seal_carving (印章刻制备案/核验),
    bathhouse (洗浴从业人员登记/卫生检查), livestock_market (活畜交易检疫/运输备案);
    plus english_export (an English export of such notes), minority_listing (names of
    Uyghur, Kazakh, Tibetan, Yi, Mongolian, Hui, 朝鲜族, Zhuang, Miao, Dai, Manchu, Bai, Naxi,
    Hani, Lisu persons in their written forms), public_notice (公示/公告 texts; officials in
    their public role are look-alikes, beneficiaries, applicants, guardians, relatives,
    witnesses, objectors and reporters are names; ``public_officials=True``) and lookalike_only
    (no name at all, dense with look-alikes).

Surface forms of names
    Han names with surnames drawn by a rough real frequency (王 李 张 刘 陈 … a long tail), rare
    surnames (禤 逄 笪 乜 仉 郗 …), compound surnames (欧阳 司马 诸葛 …); one- and two-character
    given names, old rural ones (桂兰, 铁柱, 来福) and modern ones (梓涵, 子轩); names that are
    ordinary words (高峰, 田野, 金城, 江河, 白云 …).  Positions: cell start, after labels, with
    kinship words (其母, 之子, 妻, 外孙), after particles and verbs (由, 经, 与, 向, 替, 交给,
    通知), in 、- and ；-lists, mid-prose with no cue, in brackets, next to ages, rooms, plates,
    masked or well-formed resident IDs (valid check character; fake) and phone numbers, and two
    names joined without a separator where an office writes so (王芳李强夫妇).  At least a third
    of the names stand with no cue word at all.  Minority names: given·father's-name with the
    separators real sheets use (·, •, ・, ．, ., none), Tibetan four-character names, Yi
    family-name + given-name forms, Dai 岩/玉 names.  English: pinyin in both orders, upper-case
    surnames, initials, hyphenated and joined given names, Cantonese, Wade-Giles and Taiwan
    spellings, English given names with Chinese surnames, romanised Uyghur and Tibetan names.

Look-alike classes
    Words of the family's own domain that begin with a surname character (at least 40% of the
    look-alike entries: honey and bee words, tea varieties and tea firms, grain grades, depots
    and wheat/maize varieties, fish and tackle words, bus cards and routes, car makes and
    models, weather and road words, eye and dental words, mushroom species, seal and engraving
    words, bath words and brands, livestock breeds); places, roads, firms, shops, brands,
    dishes, diseases named after people, common words starting with a surname character,
    masked names (张某, 李**, 刘*华), a surname with a title (刘师傅, 老赵, Mr Wang), famous
    people in prose and public works, and, in public notices only, officials in their role.

Contract (tested in tests/test_frozen_remarks_v26.py)
    Deterministic for (n, seed), ``random.Random(seed)`` only.  Every planted name occurs
    exactly once in its cell and overlaps no look-alike occurrence; every look-alike occurs in
    its cell; no planted name occurs in any other cell's text; ``public_officials`` is true
    exactly for ``public_notice``; ``lookalike_only`` cells carry no names, all other cells at
    least one.
"""

from __future__ import annotations

import random
import re

from .remarks import Remark

VERSION = "frozen-remarks-26 (2026-12-07)"

DOMAINS = (
    "beekeeping", "tea_garden", "grain_purchase", "fishing_pond", "bus_card", "used_car",
    "snow_removal", "eye_screening", "wild_mushroom", "seal_carving", "bathhouse",
    "livestock_market",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{d: 0.055 for d in DOMAINS}, "english_export": 0.08, "minority_listing": 0.08,
           "public_notice": 0.09, "lookalike_only": 0.08}


def _w(s: str) -> list[str]:
    return s.split()


# ---------------------------------------------------------------- names
_SURNAMES = _w("""
王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田
董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白
邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温
康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝
包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管 柴 蒙 鲍
华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党
宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑
郎 甄 丛 仲 虞 敖 巩 明 佘 池 查 麻 苑 迟 邝
""")
_SURNAME_W = [1.0 / (i + 1.5) ** 0.95 for i in range(len(_SURNAMES))]
_RARE = _w("禤 逄 笪 乜 仉 郗 琚 谯 隗 亓 厍 阚 郜 邸 扈 晁 芮 酆 眭 昝 逯 缑 芈 郦 訾 佴 钭 钮 檀 嵇 鄂 蔺 帅 揭 铁 暴")
_COMPOUND = _w("欧阳 司马 诸葛 上官 令狐 皇甫 东方 慕容 尉迟 公孙 长孙 夏侯 司徒 端木 宇文 南宫 轩辕 呼延 澹台 独孤 闻人 申屠 百里 拓跋 第五 万俟 西门")
_G1 = _w("""伟 强 磊 军 勇 杰 涛 斌 超 刚 平 辉 鹏 飞 鑫 波 健 亮 浩 凯 俊 帅 彬 洋 鸣 博 旭 宇 坤 晨 昊 毅 诚 锋
芳 娜 敏 静 丽 艳 娟 霞 燕 玲 萍 琳 莉 婷 慧 颖 倩 洁 琴 莹 丹 蓉 薇 菲 媛 瑶 璐 欢 悦 岚 婕 怡 楠 蕾
忠 良 贵 福 顺 荣 喜 财 根 发 祥 德 义 仁 礼 智 信 全 友 满 存 秀 兰 英 珍 凤 翠 娥 菊 莲 霖 珊 彤 琦""")
_G2_OLD = _w("""桂兰 秀英 玉兰 淑珍 凤英 秀兰 桂英 玉珍 秀珍 桂芝 凤兰 翠花 春花 金花 招娣 来娣 铁柱 来福 狗剩 二柱
根生 福贵 长庚 有才 德胜 满仓 金锁 拴柱 水生 建国 建华 建军 国强 卫东 卫国 红卫 志强 志刚 永红 玉梅 素芬
美兰 爱华 爱国 保国 庆丰 跃进 援朝 连生 二妮 大妮 秋菊 冬梅 腊梅 银凤 金凤 玉凤 兰英 桂香 月娥 彩霞 小芹
富贵 宝山 占魁 万福 守田 丰年 进财 来旺 天宝 长顺 双喜 运来 喜旺 拴住 铁蛋 石柱 满囤 粮仓 麦收 秋生""")
_G2_NEW = _w("""子轩 梓涵 一诺 浩然 欣怡 雨桐 思远 俊杰 宇航 梓萱 诗涵 子墨 若汐 沐阳 皓轩 语嫣 可馨 奕辰 佳怡 梦琪
嘉怡 宇泽 子涵 依诺 锦程 书瑶 俊熙 思彤 明哲 天佑 梓睿 欣妍 语桐 一鸣 芷若 承泽 昕玥 雨萱 博文 星辰
亦菲 瑾瑜 嘉懿 煜祺 睿泽 安琪 晨曦 紫萱 思琪 诗雨 浩宇 子豪 文博 宏宇 俊宇 家豪 佳琪 梓航 一凡 欣然""")
_GA = _w("建 志 国 文 德 明 永 晓 海 春 秀 丽 雪 金 玉 红 美 佳 思 嘉 俊 宏 伟 立 少 学 新 振 福 家 泽 淑 桂 翠 丽 玉 凤 慧 静")
_GB = _w("华 平 明 强 军 林 辉 勇 涛 东 生 成 荣 芳 英 兰 珍 霞 梅 云 娟 琴 婷 敏 波 峰 刚 杰 良 宁 远 民 安 忠 清 秀 莲 燕 洁")
_WORD_NAMES = _w("""高峰 田野 金城 江河 白云 方圆 马力 林海 夏雨 安宁 向阳 常青 文明 江山 黄河 高明 万里 龙飞 雷鸣
宁静 高原 杨柳 白雪 方正 江南 钟声 金星 明月 海燕 齐心 温馨 华夏 夏天 叶舟 程远 石磊 丁当 柯南 关山""")

_MIN_GIVEN = _w("""阿卜杜拉 买买提 艾力 古丽娜尔 热依拉 努尔古丽 阿依古丽 吐尔洪 艾合买提 帕提古丽 迪丽达尔 依明
阿布都热合曼 麦尔丹 阿迪力 热娜 祖丽皮亚 米热古丽 玉苏甫 图尔荪 买合木提 艾则孜 塔依尔 阿依努尔 沙吾提""")
_MIN_FATHER = _w("""吐尔逊 艾买提 阿不都热依木 库尔班 依明 热合曼 司马义 阿吾提 卡德尔 玉素甫 伊力哈木 尼亚孜
哈斯木 肉孜 托乎提 买买提明 阿西木 吾守尔 斯拉木 赛买提 卡米力 阿不力孜 热西提 巴拉提""")
_KZ_GIVEN = _w("叶尔兰 阿依达娜 哈力别克 别克波拉提 努尔兰 加娜尔 叶尔肯 阿斯哈尔 古丽江 达吾列提 哈纳提 木拉提 赛力克")
_KZ_FATHER = _w("努尔兰 叶尔肯 哈孜 巴合提 沙依兰 吐尔逊别克 阿曼 胡安 马合沙提 加尔肯 别里克 托列根")
_TIB_A = _w("扎西 次仁 格桑 洛桑 达瓦 央金 索朗 尼玛 旦增 拉巴 德吉 白玛 平措 边巴 普布 巴桑 强巴 多吉")
_TIB_B = _w("顿珠 卓玛 梅朵 旦增 次仁 拉姆 群培 曲珍 央宗 罗布 措姆 旺堆 次旦 德央 卓嘎 桑珠 玉珍 益西")
_YI_FAM = _w("吉克 阿西 沙马 俄木 曲比 海来 阿苏 吉伍 马海 阿约 吉史 勒格 的日 沙玛 阿说")
_YI_GIV = _w("阿依 木呷 拉毅 阿果 阿乌 阿木 日火 伍各 尔古 石则 子哈 阿支 莫色 惹古 尔布")
_MN_GIVEN = _w("巴特尔 乌云其木格 其其格 额尔敦巴雅尔 孟和 苏和 那仁花 图雅 斯琴 宝音 朝鲁 阿拉坦 敖登 哈斯")
_DAI = _w("岩温 岩罕 岩应 岩香 岩保 岩叫 玉香 玉罕 玉坎 玉应 玉叫 玉喃 岩帕 玉儿")
_DAI_B = _w("香 罕 温 胆 拉 应 燕 光 坎 叫")
_HAN_MIN = {  # ethnic groups whose members mostly bear Han-form names; surname pools
    "回族": _w("马 白 纳 哈 穆 丁 撒 马 马"), "朝鲜族": _w("金 朴 崔 李 郑 全 玄 南 韩"),
    "壮族": _w("韦 覃 农 蒙 黄 陆 莫 梁"), "苗族": _w("龙 吴 石 杨 麻 侯 王"),
    "满族": _w("关 那 佟 索 赫 锡 富 肇"), "白族": _w("段 杨 赵 李 尹 张"), "纳西族": _w("和 木 杨 李"),
    "哈尼族": _w("白 李 马 车 朱"), "傈僳族": _w("余 李 和 恒 麻"),
}
_MIN_SEPS = ("·", "·", "•", "・", "．", ".", "")

_EN_SUR = _w("""Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie
Song Tang Han Feng Deng Cao Peng Zeng Tian Dong Yuan Pan Jiang Cai Du Ye Cheng Su Wei Lu Ding Ren Shen Yao Cui
Zhong Tan Fan Jin Shi Xia Bai Zou Meng Xiong Qin Qiu Xue Duan Lei Hou Long Tao Ouyang Sima Zhuge""")
_EN_G1 = _w("""Wei Fang Min Jing Li Qiang Lei Jun Yong Jie Tao Bin Chao Ming Gang Hui Peng Fei Xin Bo Hao Kai Yu
Xiu Ying Lan Zhen Feng Cui Hua Mei Yan Na Juan Xia Ling Ping Ting Lin Hong Yun Qing Zhi Guo Jian De Wen Hai""")
_EN_G2 = _w("""Xiuying Guilan Jianguo Zhiqiang Yuzhen Shuzhen Haiyan Xiaoming Zihan Yutong Haoran Xinyi Junjie
Yuhang Jiahui Wenbo Lihua Jinfeng Chunhua Tiezhu Laifu Guoqiang Weidong Meilan Yiming Siyuan Zixuan Mingzhe""")
_CANTO = _w("Chan Wong Cheung Lau Ng Leung Lee Ho Tsang Yip Kwok Tse Lam Fung Mak Chow Tang Siu Yeung Kwan")
_CANTO_G = _w("Tai-man Siu-ming Ka-yan Wai-keung Mei-ling Chi-wai Kin-fai Suk-yee Yuk-lan Wing-sze Ho-yin Man-kit Pui-shan Kwok-wah")
_WG = _w("Chang Chen Lin Hsu Tsai Cheng Huang Wang Chou Yeh Kuo Hsieh Tseng Chiang Chao Liao")
_WG_G = _w("Chih-hao Mei-hua Chia-wei Ming-hsien Yu-ting Shu-fen Chun-chieh Kuan-yu Hsiu-ying Ya-ting Chien-hung Li-chun Tsung-han Pei-yu")
_EN_FIRST = _w("Kevin Alice Peter Grace Jason Helen Vincent Cindy Tony Amy Eric Sherry Frank Judy Leo Coco Oscar Iris Ryan Vivian")
_EN_UY = _w("Abdukerim Gulnar Tursun Memet Rehim Ablikim Nurgul Mihray Ekber Parhat Dilnur Yasin")
_EN_UY_F = _w("Tursun Memet Abdulla Kurban Rozi Yasin Niyaz Emet Hashim Toxti")
_EN_TIB = _w("Tashi Tsering Dawa Lobsang Kelsang Pema Sonam Nyima Tenzin Dolkar")
_EN_TIB_B = _w("Dondrub Dolma Tsering Wangmo Phuntsok Lhamo Norbu Chodron Gyatso Yangzom")

# ---------------------------------------------------------------- look-alike pools
# the family's own domain, by role: words beginning with a character that is a surname
DOMAIN_ROLES = {
    "beekeeping": {
        "honey": _w("荆条蜜 龙眼蜜 党参蜜 黄芪蜜 柴胡蜜 桂花蜜 百花蜜 巢蜜 甘露蜜 石蜜 山花蜜 蒲公英蜜 黎檬蜜 枣花蜜 洋槐蜜"),
        "grade": _w("封盖蜜 成熟蜜 冷榨蜜 王浆 花粉 蜂胶"),
        "gear": _w("巢脾 巢框 王笼 王台 蜂箱"),
        "bee": _w("高加索蜂 中蜂 意蜂 东北黑蜂"),
        "ill": _w("白垩病 欧洲幼虫腐臭病 麻痹病 蜂螨"),
        "firm": _w("汪氏蜂蜜 冠生园 百花牌"),
    },
    "tea_garden": {
        "tea": _w("龙井 西湖龙井 铁观音 毛尖 黄山毛峰 祁门红茶 金骏眉 白毫银针 白牡丹 寿眉 普洱 安吉白茶 蒙顶甘露 都匀毛尖 凤凰单丛 武夷岩茶 乌龙 黄茶 碧螺春"),
        "crop": _w("明前茶 单芽 毛茶 夏茶 秋茶 鲜叶"),
        "cult": _w("龙井43 白叶一号 福鼎大白 黄金芽 乌牛早"),
        "firm": _w("张一元 吴裕泰 谢裕大 汪裕泰 华祥苑 八马茶业"),
        "pest": _w("茶尺蠖 小绿叶蝉 黑刺粉虱 茶饼病 炭疽病"),
        "work": _w("台刈 修剪 施肥 石硫合剂 深耕"),
    },
    "grain_purchase": {
        "grain": _w("高粱 玉米 黄豆 白小麦 白麦 晚籼稻 粳稻 红小麦"),
        "variety": _w("郑麦9023 百农207 周麦27 郑单958 宁麦13 龙粳31 黄华占 龙稻18 济麦22"),
        "defect": _w("黄粒米 杂质 霉变粒 不完善粒 生芽粒"),
        "depot": _w("梁仓 钱粮湖粮站 金健米业 金龙鱼 中储粮直属库 曲仓"),
        "grade": _w("毛粮 净粮 三等 国标三等 容重"),
    },
    "fishing_pond": {
        "fish": _w("黄颡鱼 黄鳝 白鲢 花鲢 罗非鱼 马口鱼 武昌鱼 鲫鱼 鲤鱼 草鱼 鳙鱼 翘嘴 青鱼"),
        "method": _w("台钓 路亚 海竿 手竿 夜钓"),
        "tackle": _w("伊势尼钩 金袖钩 龙王恨 鱼漂 抄网 鱼护 铅坠"),
        "place": _w("高压线 管理房 官厅水库 白洋淀 龙潭水库 溢洪道 钱塘江 闸口"),
        "weather": _w("雷雨 雷电 大风 暴雨"),
    },
    "bus_card": {
        "card": _w("敬老卡 普通卡 全国交通一卡通 羊城通 康乐卡 优待卡 学生卡 金卡 银卡 爱心卡"),
        "pay": _w("支付宝 云闪付 乘车码"),
        "line": _w("常规线 区间车 景区专线 高架快线 夜班线"),
        "stop": _w("万达广场站 文化宫站 向阳路站 火车站 汽车南站"),
        "misc": _w("余额 年审 夏令时刻表 冬令时刻表 押金"),
    },
    "used_car": {
        "car": _w("丰田 马自达 哈弗 吉利 荣威 金杯 江淮 江铃 秦PLUS 宋Pro 唐DM 元PLUS 海豚 伊兰特 索纳塔 桑塔纳 夏利 欧拉 欧尚 解放J6 陆风 林肯 路虎 雷克萨斯 雷诺 柯斯达 华晨 宝骏 五菱宏光"),
        "part": _w("安全气囊 方向机 发动机 变速箱 里程表 底盘"),
        "state": _w("黄标车 泡水车 事故车 调表车 火烧车"),
    },
    "snow_removal": {
        "spot": _w("台阶 高架 路口 路段 路沿石 坡道 桥面 车行道 人行道 汤家桥 冰面"),
        "tool": _w("铁锹 融雪剂 推雪板 草垫 工业盐 雪铲"),
        "wx": _w("黄色预警 蓝色预警 暴雪 冰凌 冷空气 寒潮 白毛风 冻雨"),
        "duty": _w("门前三包 包干区 雷锋岗 责任区"),
        "time": _w("凌晨 夜间 早高峰"),
    },
    "eye_screening": {
        "dx": _w("屈光参差 白内障 沙眼 麦粒肿 高度近视 近视 弱视 散光 斜视"),
        "tooth": _w("龋齿 窝沟封闭 牙结石 涂氟"),
        "rx": _w("阿托品 叶黄素 角膜塑形镜"),
        "lens": _w("蔡司 明月 万新 依视路"),
        "paste": _w("高露洁 云南白药牙膏 黑人牙膏"),
        "syn": _w("马凡综合征 唐氏综合征"),
        "term": _w("裸眼视力 眼轴 黄斑 余光 蓝光 戴镜"),
    },
    "wild_mushroom": {
        "edible": _w("牛肝菌 黄牛肝 白牛肝 干巴菌 松茸 羊肚菌 马勃 杨树菇 柳蘑 金耳 木耳 雷公菌 鸡枞 青头菌 虎掌菌 铜绿菌 茶树菇 见手青"),
        "toxic": _w("白毒伞 鹿花菌 包脚菇 致命鹅膏 亚稀褶红菇 毒蝇鹅膏 灰花纹鹅膏"),
        "lab": _w("谷丙转氨酶 肌酸激酶 胆红素"),
    },
    "seal_carving": {
        "stone": _w("石章 牛角章 原子印 寿山石 巴林石 青田石 鸡血石 章料"),
        "style": _w("朱文 白文 宋体 仿宋 金石 方章 龙纽 边框"),
        "kind": _w("公章 钢印 骑缝章 财务专用章 合同专用章 发票专用章"),
        "master": _w("吴昌硕 齐白石 邓石如 毕昇"),
        "misc": _w("防伪码 印泥 备案码"),
    },
    "bathhouse": {
        "room": _w("桑拿 汤池 温泉 韩式汗蒸 冷水池 石板浴 牛奶浴 花瓣浴 艾草浴 钟点房 包间 康乐区 浴池 淋浴区"),
        "item": _w("毛巾 花洒 搓澡巾 拖鞋 更衣柜 姜汤"),
        "brand": _w("海飞丝 舒肤佳 潘婷 金纺 六神 蜂花"),
        "test": _w("余氯 池水 军团菌 浊度"),
    },
    "livestock_market": {
        "cattle": _w("西门塔尔牛 夏洛莱牛 安格斯牛 鲁西黄牛 秦川牛 南阳牛 晋南牛 蒙古牛 黄牛 牦牛 架子牛"),
        "sheep": _w("杜泊羊 乌珠穆沁羊 白山羊 马头山羊 小尾寒羊 湖羊 羊羔"),
        "other": _w("关中驴 马匹 德州驴"),
        "ill": _w("口蹄疫 布鲁氏菌病 瘦肉精 小反刍兽疫"),
        "doc": _w("耳标 检疫证明 车辆备案卡"),
        "man": _w("牛经纪 羊经纪"),
    },
}
DOMAIN = {f: sorted({w for v in roles.values() for w in v}) for f, roles in DOMAIN_ROLES.items()}
# the role a listing or a notice names, and its unit
MAIN = {"beekeeping": ("honey", "箱"), "tea_garden": ("tea", "亩"), "grain_purchase": ("variety", "吨"),
        "fishing_pond": ("fish", "尾"), "bus_card": ("card", "张"), "used_car": ("car", "辆"),
        "snow_removal": ("spot", "米"), "eye_screening": ("dx", "人"), "wild_mushroom": ("edible", "斤"),
        "seal_carving": ("stone", "枚"), "bathhouse": ("room", "间"), "livestock_market": ("cattle", "头")}
EN_DOMAIN = _w("""Longjing Longan-honey Maojian Huangshan-Maofeng Jinjunmei Keemun Tieguanyin Qin-PLUS Song-Pro
Tang-DM Han-EV Lufeng Xiali Songrong Ganba-fungus Qinchuan-cattle Luxi-cattle Hu-sheep Tan-sheep Wuchang-bream Yangchengtong
Baiyun-Airport-Express Haval-H6 Geely-Emgrand Wuling-Hongguang Lexus Lincoln Zeiss Colgate Jianshouqing
Shoushan-stone Balin-stone Simmental Gaoliang Huangshan-honey""")
EN_DOMAIN = [w.replace("-", " ") if w not in ("Li-Ning",) else w for w in EN_DOMAIN]
EN_DOMAIN = [w.replace("Longan honey", "longan honey") for w in EN_DOMAIN]

POOLS = {
    "place": _w("""张家港 李沧区 刘家峡 陈家湾村 王家坝 周口 石家庄 龙岩 马鞍山 黄山 高邮 孙家集 赵县 吴江区 徐州
朱家角 胡家庄 郭家沟 何家岩 林芝 罗湖 郑州 梁山县 谢家集 宋庄 唐山 许昌 韩城 冯家营 邓州 曹县 彭州 田林街道
董家渡 袁家村 潘家园 于都 蒋家桥 蔡甸 余杭 叶县 苏州 魏县 吕梁 丁蜀镇 任丘 沈阳 姚安 卢氏县 姜堰 钟祥 陆家嘴
汪清 范县 金华 石林 贾汪区 夏邑 方城 白银 邹城 孟津 秦皇岛 江宁 薛城 雷州 侯马 龙泉 黎城 贺兰 毛集 邵阳 万州
武汉 常州 温州 康定 文山 樊城 邢台 安阳 齐河 易县 章丘 鲁山 岳阳 关岭 兰州 焦作 左权 柳州 甘孜 包头 宁波 柯桥
梅州 毕节 单县 霍山 曲阜 蓝田 辛集 蒙自 华阴 祁阳 房山 滕州 饶平 牟平 阳朔 古浪 吉首 项城 连云港 娄底 景德镇
费县 卫辉 米易 桂林 和田 商丘 沙县 荣成 巫山 桑植 巩义 池州 麻城"""),
    "road": _w("""中山路 解放路 人民路 建设路 黄河路 长江路 向阳路 胜利路 和平路 文化路 金水路 淮海路 延安路 朝阳路
学府路 光明街 团结路 南京路 高新路 花园路 陈家桥路 刘庄路 王府井大街 张杨路 杨高路 徐家汇路 马当路 郑和路
鲁迅路 龙华路 田林路 钱江路 方家巷 韩家巷 梁家巷 白云路 金城路? 曹杨路 谢家湾路 许家巷 钟楼街 罗家坝 林荫路"""),
    "firm": _w("""王老吉 李宁 张小泉 周大福 陈李济 胡庆余堂 马应龙 杨国福麻辣烫 张亮麻辣烫 谢馥春 曹素功 王致和
吴裕泰 冠生园 戴春林 老凤祥 周黑鸭 王守义十三香 沈大成 孔府家酒 刘一手火锅 谭鸭血 李锦记 康师傅 白象 周生生
谢瑞麟 周大生 杨协成 陈克明面条 鲁花 金锣 雷士照明 汤臣倍健 田七牙膏 黄飞鸿花生 格力 方太 苏泊尔 蓝月亮"""),
    "shop": _w("""王记烧饼 刘记面馆 陈记烧腊 老赵修车铺 李家菜馆 张姐便利店 周记五金 吴记米线 孙二娘包子 黄记煌
马记拉面 杨记兴臭鳜鱼 谢记粉店 郭记豆花 何记糖水 高记烟酒 林记茶行 罗记理发 郑记药房 梁记汽修 冯记麻辣烫
邓记五金 曹记驴肉 彭记铁锅炖 胡记羊汤 朱记馄饨 徐记海鲜 宋记粮油 韩记裁缝 唐记饺子馆"""),
    "brand": _w("""康师傅 白象 金龙鱼 华为 海尔 格力 长虹 方太 苏泊尔 九阳 雷士照明 云南白药 田七牙膏 高露洁 周生生
鲁花 金锣 双汇 白猫 蓝月亮 汤臣倍健 马应龙 王老吉 李宁 杨协成 钱江摩托"""),
    "dish": _w("""宫保鸡丁 麻婆豆腐 东坡肉 左宗棠鸡 李鸿章杂烩 叫花鸡 宋嫂鱼羹 夫妻肺片 佛跳墙 毛氏红烧肉 潘鱼
曹操鸡 霸王别姬 太白鸭 钟水饺 赖汤圆 龙抄手 韩包子 张飞牛肉 马蹄糕 杨枝甘露 黄焖鸡 白切鸡 罗汉斋 陈皮鸭
胡辣汤 羊肉泡馍 牛肉面 文思豆腐 贵妃鸡"""),
    "disease": _w("""阿尔茨海默病 帕金森病 唐氏综合征 马凡综合征 克罗恩病 川崎病 霍奇金淋巴瘤 雷诺综合征 白塞病
桥本甲状腺炎 布鲁氏菌病 库欣综合征 艾迪生病 高雪病 格林-巴利综合征"""),
    "word": _w("""王牌 李子 张贴 刘海 陈旧 杨树 黄色 周末 徐徐 马上 朱红 胡同 何时 高温 林地 罗列 郑重 梁柱 谢谢
唐突 许可 曾经 田间 董事 余额 于是 杜绝 叶片 程序 苏醒 丁香 任务 姜汤 钟表 陆续 汪洋 范围 金额 石头 夏季
方便 白天 熊猫 江边 段落 龙头 史料 陶瓷 黎明 贺卡 顾客 万一 钱款 严格 莫名 向日葵 常规 温度 康复 施工
文件 牛奶 安全 齐全 乔木 庞大 颜色 庄稼 章程 申请 欧洲 耿直 关闭 兰花 焦虑 左侧 柳树 甘甜 祝贺 包装 宁可
尚未 符合 舒适 纪律 梅花 童年 毕业 单位 季节 成本 苗木 盛开 曲线 骆驼 蓝色 游客 辛苦 管理 柴油 房屋 解决
艾草 尤其 阳光 时间 农业 古代 吉祥 简单 车辆 项目 连续 芦苇 麦子 景色 党员 费用 卫生 米饭 柏油 全部 应当
边境 和谐 商店 沙子 荣誉 桑叶 明天 池塘 查验 官方 封闭 惠民 乐观 南方 班级 储存 栗子 燕子 劳动 皮肤 楼房
盘点 满意 位置 区域 海水 花生 权利 强度 豆腐 盖章 井水 丰收 支付 平安 计划 宣传 相关 初步 门口 普通"""),
    "famous": _w("""雷锋 鲁迅 孙中山 袁隆平 李白 杜甫 焦裕禄 张骞 郑和 岳飞 林则徐 詹天佑 钱学森 屠呦呦 诸葛亮
关羽 曹操 华佗 李时珍 孙思邈 张仲景 陆羽 蔡伦 梅兰芳 苏轼 范仲淹 王羲之 颜真卿 柳公权 徐霞客 郑板桥 宋应星
贾思勰 徐光启 李冰 孔子 孟子"""),
    "famous_work": _w("""雷锋精神 焦裕禄精神 鲁迅文学奖 孙中山纪念馆 詹天佑纪念馆 陆羽《茶经》 李时珍《本草纲目》
宋应星《天工开物》 贾思勰《齐民要术》 徐光启《农政全书》 苏轼《东坡志林》 郑板桥《竹石图》 学雷锋志愿服务队
袁隆平杂交水稻 范仲淹《岳阳楼记》 鲁迅公园 中山公园 岳飞庙 林则徐纪念馆"""),
}
POOLS = {k: [w for w in v if not w.endswith("?")] for k, v in POOLS.items()}

# common words that begin with a surname character, inside the phrases offices write
PHRASES = _w("""已[张贴]告示 [周末]照常办理 请[马上]整改 材料[陆续]补齐 请[郑重]核对 材料[齐全] 款项[尚未]结清
[何时]办结另行通知 [于是]另行登记 [金额]以实收为准 需[严格]按规定执行 [方便]群众办理 [白天]联系不上
[黎明]前已处理 [宁可]多跑一趟 [符合]条件 [钱款]当面点清 [申请]材料已收 [计划]下周回访 [宣传]单已发放
[安全]提示已告知 [初步]核实无误 [全部]登记完毕 [应当]本人到场 [尤其]注意防滑 [连续]三天未到 [费用]自理
[盖章]后生效 [门口]已张贴 [时间]待定 [温度]偏低 [卫生]达标 [陈旧]单据已作废 [程序]合规 [任务]已完成
[管理]台账已更新 [位置]已标注 [区域]已划定 [满意]度回访 [解决]方案已告知 [曾经]登记过 [万一]联系不上再报
[查验]无误 [单位]已盖章 [季节]性用工 [成本]另计 [劳动]合同已签 [包装]完好 [常规]检查 [康复]后复查
[顾客]无异议 [房屋]已登记 [车辆]已离场 [高温]时段暂停 [杨树]下停放 [胡同]口已清 [石头]压住告示
[毛巾]已更换 [江边]禁止停留 [柳树]旁另设点 [夏季]另行安排""")
EN_POOLS = {
    "place": ["Haidian District", "Chaoyang District", "Longgang District", "Huangpu District", "Wanzhou",
              "Yuhua District", "Jiangning", "Zhangjiagang", "Shijiazhuang", "Ma'anshan", "Xishuangbanna",
              "Yining", "Lhasa", "Kashgar", "Tianhe District"],
    "road": ["Zhongshan Road", "Jiefang Road", "Renmin Road", "Huaihai Road", "Chang'an Avenue",
             "Nanjing Road", "Jianshe Road", "Xiangyang Road", "Huanghe Road"],
    "brand": ["Li-Ning", "Huawei", "Wong Lo Kat", "Lee Kum Kee", "Tsingtao", "Zhang Xiaoquan",
              "Chow Tai Fook", "Master Kong", "Wahaha", "Lao Gan Ma"],
    "hospital": ["Peking Union Medical College Hospital", "Xiangya Hospital", "Huashan Hospital",
                 "Ruijin Hospital", "Tongren Hospital", "West China Hospital", "Zhongshan Hospital"],
    "festival": ["Spring Festival", "Qingming Festival", "Dragon Boat Festival", "Mid-Autumn Festival",
                 "Double Ninth Festival", "Lantern Festival"],
    "month": ["March", "May", "June", "August", "October", "December"],
    "syllable": ["long", "fan", "pan", "bang", "gang", "hang", "man", "ran", "tan", "ding", "bin"],
    "famous": ["Yuan Longping", "Lu Xun", "Sun Yat-sen", "Lei Feng", "Confucius", "Li Bai",
               "Lu Yu's Classic of Tea", "Li Shizhen's Compendium"],
}
_TITLES = _w("师傅 老师 医生 大姐 大爷 站长 所长 阿姨 队长 会计 主任 经理 老板 护士 组长 班长")
_EN_TITLES = ("Mr", "Ms", "Mrs", "Dr", "Master", "Auntie", "Uncle", "Old")

# ---------------------------------------------------------------- segments per family
# tokens: {Nb} bare name, {Nc} after a cue, {Nk} with kinship, {Np} after a particle/verb,
# {Nl} in a list; {NN} two names joined; M.. minority names, E.. English names; {O} an official
# (public notice only); {D} a domain look-alike; {L:pool}; {MASK}; {TITLE}; {ID} {IDM} {PH}
# {PHM} {TEL} {DATE} {MD} {PLATE} {ROOM} {AGE} {#a-b}; {V:a|b|c}; {P} a prefix (date / no.).
SEG = {
"beekeeping": [
    "{Nb}，{AGE}岁，{L:place}人，{MD}转场至{L:place}放蜂，{D:bee}{#20-160}箱，主采{D:honey}，联系电话{PH}。",
    "蜂农登记：姓名 {Nc}；身份证 {ID}；蜂种 {D:bee}；蜜源 {D:honey}；车牌 {PLATE}",
    "{MD}抽检{D:honey}样品{#2-6}份、{D:grade}{#1-3}份，送样人{Nc}，由{Np}签收。",
    "蜂场备案（{L:place}）：{Nb}、{Nl}两户共{#40-300}箱，{D:ill}零星发生，已通知{Np}注意用药间隔。",
    "{Nb}在{L:road}旁摆放{D:gear}，邻居{Nc}反映被蜇，{TITLE}协调移至{L:place}，{L:word}。",
    "{NN}夫妇经营蜂场，主采{D:honey}，兼产{D:grade}，其子{Nk}负责网店销售。",
    "放蜂证换发 {Nb} {PHM} {D:honey}/{D:grade} 上年抽检合格",
    "转场车辆{PLATE}，驾驶员{Nc}，随车{Nb}，途经{L:place}，{D:gear}、{D:bee}共{#80-200}箱。",
    "{Nb}（{ID}）蜂场距{L:place}养殖场不足{#1-3}公里，与{Np}协商后另选场地；抽检{D:honey}水分{#17-22}%。",
    "{D:gear}内发现疑似{D:ill}，{Nb}称已隔离病群，{MASK}家蜂场未见异常，{L:word}。",
    "{Nb}的{D:honey}以{D:firm}名义销售，未经授权，{Np}已到场说明。",
],
"tea_garden": [
    "采茶工登记：{Nl}、{Nl}、{Nl}，均来自{L:place}，{MD}起采{D:crop}，日结。",
    "{Nb} {AGE}岁 茶园{#2-30}亩 品种{D:cult}/{D:tea} 管护良好",
    "{MD}收购{D:tea}鲜叶{#50-400}斤，售茶人{Nc}，款项交给{Np}（{PHM}）。",
    "茶园管护巡查：{D:pest}发生较重，{Nb}户已{D:work}；{TITLE}建议补种{D:cult}。",
    "{Nb}家所制{D:tea}供{D:firm}门店，其母{Nk}代收货款{#800-9000}元。",
    "茶叶收购台账｜{DATE}｜{Nb}｜{D:tea}｜{#10-80}kg｜经手 {TITLE}",
    "{Nc}反映外孙{Nk}采{D:crop}时扭伤脚，已送{L:place}卫生院，{L:word}。",
    "{Nb}承包{L:place}茶山{#5-40}亩，主推{D:tea}，兼做{D:tea}，与{Np}合伙，茶园对面即{L:shop}。",
    "采茶工{Nb}（{ID}）、{Nl}；带工{Nc}；{D:crop}{#3-9}斤。",
    "{Nb}按{L:famous_work}之法制{D:tea}，申请参加{L:place}茶叶评比。",
],
"grain_purchase": [
    "售粮农户{Nc}，{MD}交售{D:grain}{#2000-30000}斤，扣杂{#1-3}%，结算款打入本人社保卡。",
    "{Nb} {D:variety} {D:grade} 水分{#12-15}% 毛重{#5-40}吨 {PLATE}",
    "托市收购登记：{Nb}；品种{D:variety}、{D:variety}；代售人{Nc}（其侄）；电话{PH}。",
    "{Nb}反映{D:depot}压级压价，与{Np}同去复检，{D:defect}{#2-8}%。",
    "结算单：售粮人 {Nc}；身份证号 {IDM}；{D:grain}{#3-20}吨；款由{Np}代领。",
    "{NN}夫妇所售{D:grain}{D:defect}超标，退回；{TITLE}已拍照留存。",
    "{DATE} {Nb}({AGE}) {D:grain} {#800-9000}公斤 入{D:depot}",
    "{Nb}之妻{Nk}替其办理{D:grain}售粮手续，{L:word}。",
    "{Nb}、{Nl}、{Nl}三户拼车送{D:variety}，过磅员{TITLE}，{D:defect}{#1-4}%。",
    "{Nb}询问{D:grain}收购价，另问{D:depot}何时开秤，答复见{L:place}粮站公告。",
],
"fishing_pond": [
    "垂钓登记：{Nc}，{PH}，钓位{#1-80}号，{D:fish}、{D:fish}各{#1-5}尾。",
    "{MD}禁钓巡查，{Nb}在{D:place}下方垂钓，劝离；同行{Nl}、{Nl}已离开。",
    "落水险情：{Nb}（{AGE}岁）{D:method}时滑落，被{Np}用救生圈救起，送{L:place}医院。",
    "{Nb}用{D:tackle}钓获{D:fish}一尾约{#2-15}斤，经{TITLE}过秤登记。",
    "{DATE} {Nb} {D:method} {D:tackle} 押金{#50-200}元 已退",
    "鱼塘承包人{Nc}与钓客{Nb}因{D:method}收费起争执，由{Np}调解。",
    "{Nb}携外孙{Nk}在{D:place}边钓鱼，{D:weather}预警后劝返，{L:word}。",
    "钓鱼协会：{Nl}；{Nl}；{Nl}（会长{TITLE}）赛前检查{D:tackle}。",
    "{Nb}（{IDM}）在{D:place}钓鱼，{D:weather}天气不宜，已告知。",
    "{NN}夫妇承包{L:place}鱼塘，放养{D:fish}、{D:fish}，另设{D:method}区。",
],
"bus_card": [
    "{Nb}，{AGE}岁，办理{D:card}，照片已采集，卡号尾号{#1000-9999}。",
    "挂失：持卡人{Nc}；卡类{D:card}；挂失时{D:misc}{#10-200}元；补卡工本费{#10-25}元。",
    "{Nb}为其母{Nk}代办{D:card}，提供户口本及{IDM}，电话{PHM}。",
    "学生卡办理：{Nl}、{Nl}、{Nl}（{L:place}中学），{D:card}充值后可用。",
    "{DATE} {Nb} {D:card} 补卡 {#10-25}元 {V:已领|未领}",
    "残疾人卡年审：{Nb}（残疾证{ID}），由{Np}陪同，{D:line}通用。",
    "{Nb}在{D:stop}下车时摔倒，{TITLE}报告，{D:card}正常扣费。",
    "{Nb}反映{D:line}车长拒收{D:card}，经{Np}核实属设备故障，{L:word}。",
    "{Nb}（{PH}）咨询{D:card}能否绑定{D:pay}，已答复。",
    "补卡交给{Nc}本人签收 {D:card} {D:misc}{#10-30}元",
],
"used_car": [
    "交易登记：卖方{Nc}，买方{Nc}，车型{D:car}，车牌{PLATE}，成交价{#8000-150000}元。",
    "{Nb}购入{D:car}一辆，发现系{D:state}，原车主{Nc}（{PHM}）不认，由{Np}调解。",
    "过户：{Nb}→{Nb}，{D:car}，{PLATE}，{MD}办结。",
    "{DATE}｜{Nb}｜{D:car}｜{PLATE}｜评估{#1-15}万｜{V:已过户|待过户}",
    "车况纠纷：{Nb}称所购{D:car}为{D:state}，{D:part}有异响，经{Np}检测确认，{L:word}。",
    "{Nb}代其岳父{Nk}出售{D:car}，委托书由{Np}公证。",
    "{Nb}（{IDM}）寄售{D:car}、{D:car}两辆，停放于{L:road}停车场。",
    "车商{TITLE}收购{Nb}的{D:car}，未查{D:part}维修记录，买家{Nl}、{Nl}投诉。",
    "{Nb}驾{D:car}试车时刮蹭，{MASK}同意由{Np}垫付修理费。",
    "{NN}夫妇名下{D:car}转至其子{Nk}名下，{D:part}已检测。",
],
"snow_removal": [
    "扫雪除冰责任区：{L:road}{#1-300}号至{#301-600}号，责任人{Nc}，{PH}。",
    "{MD}{D:wx}，志愿者{Nl}、{Nl}、{Nl}到岗，{D:spot}撒{D:tool}{#2-10}袋。",
    "值守记录 {DATE} {Nb} {D:spot} {V:已清|未清} 备注：{D:spot}易滑",
    "{Nb}（{ROOM}室）自行清扫{D:spot}，{TITLE}送{D:tool}两把。",
    "{Nb}在{D:spot}滑倒，经{Np}扶起送{L:place}医院，已加铺{D:tool}。",
    "{D:wx}提示：{D:duty}由{Nb}与{Nl}负责，{L:famous_work}志愿者协助。",
    "{Nb}之子{Nk}替父值守{D:spot}，{D:time}{#3-6}点到岗。",
    "{Nb}反映{D:spot}积雪未清，已通知{Np}，{L:word}。",
    "志愿者：{Nb}；{Nl}；{Nl}；领队{TITLE}，分片{D:spot}与{D:spot}。",
    "{Nb} {AGE}岁 {D:duty} {D:spot} 联系{PHM}",
],
"eye_screening": [
    "{Nb}，{V:三|四|五|六}年级，裸眼视力{V:4.6|4.7|4.8|4.9}/{V:4.5|4.7|5.0}，疑{D:dx}，建议复查。",
    "复查通知：{Nc}同学右眼{D:dx}，{D:term}异常，请家长{Nc}于{MD}前带至{L:place}医院。",
    "口腔筛查：{Nl}、{Nl}、{Nl}{D:tooth}，建议{D:tooth}；{TITLE}已登记。",
    "家长回执｜{Nb}｜{V:同意|不同意}{D:tooth}｜签字：{Nc}｜{PHM}",
    "{Nb}（{#1-12}班）{D:dx}，其母{Nk}称已配{D:lens}镜片。",
    "{Nb}患{D:syn}，筛查时{D:term}，由{Np}陪同。",
    "{DATE} {Nb} 左{V:4.8|4.9|5.0} 右{V:4.6|4.7|4.8} {D:dx} {V:复查|转诊}",
    "{Nb}外婆{Nk}代签回执，询问{D:rx}能否减缓{D:dx}。",
    "{Nb}家长反映用{D:rx}后视物模糊，校医{TITLE}告知属正常反应，{L:word}。",
    "{Nb}、{Nl}、{Nl}视力下降明显，另发{D:paste}样品，{L:word}。",
],
"wild_mushroom": [
    "病例报告：{Nb}，{AGE}岁，{MD}食用自采{D:edible}后呕吐，送{L:place}医院，{D:lab}升高。",
    "入户宣传：{L:place}{#1-12}组，{Nl}、{Nl}、{Nl}已发放{D:toxic}识别图册。",
    "{NN}夫妇误食{D:toxic}（当作{D:edible}采回），其子{Nk}报告，经{Np}送医。",
    "{Nb}（{PHM}）在{L:place}集市出售{D:edible}，混有{D:toxic}，已劝离。",
    "{DATE}｜{Nb}｜{D:edible}｜{V:胃肠炎型|神经精神型|肝损害型}｜{V:已出院|住院中}",
    "{Nb}称与{Np}同采{D:edible}、{D:edible}，未混入{D:toxic}。",
    "{Nb}的外孙{Nk}食用未炒熟的{D:edible}后出现幻视，{TITLE}随访。",
    "宣传员{TITLE}入户，{Nb}家存有{D:edible}和{D:edible}各{#1-5}斤，已讲解。",
    "{Nb} {AGE}岁 {D:edible}炒食 {#2-8}小时发病 有{L:disease}病史",
    "{Nb}将菌子交给{Np}鉴定，结论为{D:edible}，可食用，{L:word}。",
],
"seal_carving": [
    "印章刻制备案：委托人{Nc}；章料{D:stone}；字体{D:style}；{D:kind}{#1-3}枚。",
    "{Nb}持{L:firm}介绍信刻{D:kind}，经办人{Nc}核验，{D:misc}已录入。",
    "刻章业登记：从业人员{Nl}、{Nl}，负责人{Nc}（{PH}）。",
    "{DATE} {Nb} {D:stone} {D:style} {V:已取|未取}",
    "委托刻制核验：{Nb}代其父{Nk}刻私章，未见委托书，不予刻制，{L:word}。",
    "{Nb}定制{D:stone}闲章一方，刻“{L:famous_work}”，{D:style}。",
    "{Nb}（{IDM}）为个体户刻{D:kind}及{D:kind}，已核营业执照。",
    "{Nb}称仿{D:master}印风刻{D:stone}，由{Np}取件。",
    "店主{TITLE}反映{Nb}要求刻他人名章，已报{L:place}派出所。",
    "{Nb} {PHM} {D:stone}/{D:style} {#30-300}元",
],
"bathhouse": [
    "从业人员登记：{Nl}（搓澡）、{Nl}（修脚）、{Nl}（{D:room}收银），健康证齐全，{D:item}已消毒。",
    "卫生检查：{D:test}{#1-9}，{D:test}合格，{D:room}水温{#30-45}℃，{D:item}消毒记录缺{#1-4}天，负责人{Nc}签字。",
    "{Nb}，{AGE}岁，{L:place}人，宿舍{ROOM}，在{D:room}从事{V:搓澡|修脚|足疗|采耳}服务。",
    "{DATE} {Nb} {D:room} {V:在岗|离职} {PHM}",
    "顾客{Nb}在{D:room}滑倒，由{Np}送医，防滑垫已更换。",
    "{Nb}之妻{Nk}在{D:room}从事保洁，健康证过期，已通知补办。",
    "{Nb}承包{D:room}和{D:room}，与{Np}签订协议，{TITLE}作证。",
    "{D:brand}、{D:brand}为店内提供，{Nb}反映{D:room}水温不足。",
    "{Nb}（{IDM}）入职{D:room}岗位，领{D:item}、{D:brand}，体检于{L:place}疾控。",
    "{Nb}与{Nl}合租{ROOM}，均在{D:room}上班，{L:word}。",
],
"livestock_market": [
    "检疫登记：货主{Nc}，{D:cattle}{#3-40}头，{D:doc}已核，运往{L:place}，车牌{PLATE}。",
    "{Nb}从{L:place}购入{D:sheep}{#5-60}只，{D:doc}齐全，由{Np}运输。",
    "牛羊买卖：卖方{Nb}，买方{Nb}，{D:cattle}{#1-12}头，中间人{D:man}{TITLE}。",
    "{DATE}｜{Nb}｜{D:cattle}｜{#1-30}头｜{V:合格|暂扣}",
    "运输备案：车主{Nc}（{PHM}），{PLATE}，承运{D:cattle}、{D:sheep}，消毒记录齐。",
    "{Nb}称所购{D:sheep}疑患{D:ill}，与卖方{Nc}协商，{Np}采样。",
    "{Nb}之子{Nk}代售{D:other}{#2-9}头，{D:doc}不全，暂扣。",
    "{Nb}、{Nl}、{Nl}合伙贩运{D:cattle}，{D:ill}检测待出。",
    "{Nb} {AGE}岁 {D:cattle} {#1-9}头 {L:word}",
    "{NN}夫妇在{L:place}养殖{D:sheep}，{MD}出售{D:sheep}{#2-20}只。",
],
}

EN_SEG = [
    "Registrant: {Ec}; tel {PH}; card type: {D}; issued {EDATE}.",
    "{Eb} ({AGE}) sold {D} to the depot on {EDATE}; payment collected by {Ep}.",
    "Applicants: {El}, {El}, {El}. Collection point: {L:road}, {L:place}.",
    "{Eb}, mother of {Ek}, signed the eye-screening receipt; referred to {L:hospital}.",
    "{EDATE} | {Eb} | {D} | {PLATE} | transfer done",
    "Complaint: {Eb} says the {D} bought from {Ec} was flood-damaged; mediated by {ETITLE}.",
    "Volunteer roster ({L:festival}): {El}; {El}; team lead {ETITLE}.",
    "{Eb} picked {D} near {L:place} and fell ill in {L:month}; treated at {L:hospital}.",
    "Seal order for {Eb}: {D}, engraved by {ETITLE}; ID {IDM}.",
    "{Eb} and {Ep} run a fishing pond off {L:road}; catches: {D}.",
    "Bath staff: {El} (masseur), {El} (cashier); manager {ETITLE}; {L:brand} towels.",
    "{Eb} ({PHM}) asked whether the {D} is valid on {L:syllable} routes; answered by {ETITLE}.",
    "Note from {Ec}: son {Ek} will take over the {D} hives before {L:festival}.",
    "Livestock: {Eb} bought {D} at {L:place} market, {EMASK} was the broker.",
    "{Eb} studied {L:famous} in school; now grows {D} with {Ep}.",
]

MIN_SEG = [
    "{Mb}，{ETH}，{AGE}岁，{L:mplace}人，{D}{#2-40}{U}，电话{PH}。",
    "名单：{Ml}、{Ml}、{Ml}，{D}登记。",
    "{DATE} {Mb} {ETH} {D} {V:已核|待核}",
    "{Mb}之女{Mk}代办{D}，{L:mfood}摊位在{L:mplace}集市。",
    "{Mb}（{IDM}）与{Mp}同在{L:mplace}{D}，{L:mfest}前结清。",
    "户主{Mc}；配偶{Mk}；{D}；{MASK}介绍。",
    "{Mb}、{Ml}：{D}收购，{TITLE}经手，{L:mword}。",
    "{Mb} {PHM} {D}/{D} {L:mplace}",
    "{Mc}反映{D}{V:被扣|未结算}，由{Mp}翻译，{L:mfamous}故事会后登记。",
]
MIN_POOLS = {
    "mplace": _w("乌鲁木齐 伊犁 喀什 阿勒泰 甘孜 凉山 西双版纳 大理 丽江 红河 怒江 延边 锡林郭勒 昌吉 和田 楚雄 迪庆 德宏 文山 黔东南 百色 临夏"),
    "mfood": _w("手抓饭 大盘鸡 馕坑肉 酥油茶 糌粑 过桥米线 烤包子 手把肉 奶茶 米肠子"),
    "mfest": _w("古尔邦节 肉孜节 那达慕 火把节 泼水节 三月街 雪顿节 藏历新年 开斋节"),
    "mfamous": _w("阿凡提 阿诗玛 格萨尔王 仓央嘉措 成吉思汗 松赞干布 文成公主 纳兰性德 努尔哈赤"),
    "mword": _w("阿訇 马阿訇 白阿訇 古丽花帽 阿诗玛香烟 巴扎 毛毡 马奶酒"),
}

NOTICE_HEAD = [
    "关于{YEAR}年度{TOPIC}的公示",
    "{TOPIC}公示",
    "{L:place}{V:镇|乡|街道}{TOPIC}名单公告",
]
NOTICE_TOPIC = {
    "beekeeping": "蜂农转场运输补贴发放对象", "tea_garden": "茶园管护补助", "grain_purchase": "售粮大户奖励",
    "fishing_pond": "水库落水救助见义勇为", "bus_card": "老年优待卡补办", "used_car": "二手车交易违规处理",
    "snow_removal": "扫雪除冰优秀志愿者", "eye_screening": "学生视力筛查复查补助",
    "wild_mushroom": "野生菌中毒救助", "seal_carving": "刻章业从业人员备案", "bathhouse": "洗浴场所卫生信誉等级",
    "livestock_market": "活畜交易市场检疫补助",
}
NOTICE_SEG = [
    "拟补助对象：{Nl}（{D}）、{Nl}（{D}）、{Nl}（{D}）。",
    "申请人{Nc}（{D}），监护人{Nc}，补助{#500-5000}元。",
    "{Nb}（{D}，{AGE}岁）获评，其妻{Nk}代领。",
    "异议人{Nc}反映{Nb}家{D}不实，经评议小组成员{O}、{O}核实。",
    "受助人：{Nb}；证明人：{Nc}；项目：{D}、{D}。",
    "举报人{Nc}（{PHM}）反映{D}问题已转{L:place}{V:市场监管所|农业农村局}。",
    "1.{Nb} {D} {#1-60}{U} 2.{Nb} {D} {#1-60}{U}",
    "另有{MASK}、{MASK}两户因{D}材料不全暂缓，{Nb}户待补正。",
    "{Nb}之女{Nk}申请代领{D}补助，见证人{Nc}。",
]
NOTICE_TAIL = [
    "公示期{#5-7}个工作日。监督电话：{TEL}，联系人：{O}。",
    "审批人：{O}  经办人：{O}  审核人：{O}",
    "评议小组成员：{O}、{O}、{O}；村两委成员：{O}、{O}。",
    "驻村第一书记{O}，公示单位负责人{O}，复核人{O}。",
    "经办人{O}（{TEL}），{L:place}{V:镇人民政府|农业农村局|市场监督管理局} {DATE}",
]

LOOK_SEG = [
    "{D}、{D}、{D}三项均已核对，{L:word}。",
    "{L:shop}门口{D}堆放，{TITLE}已提醒，{L:road}路段{D}。",
    "{MASK}反映{D}问题，已转{L:place}，{L:word}。",
    "参照{L:famous_work}，{D}与{D}分开登记。",
    "{DATE} {D} {D} {V:正常|异常} 经手{TITLE}",
    "{L:dish}、{L:dish}摊位与{D}无关，{L:firm}赞助。",
    "{L:famous}故里{L:place}开展{D}宣传，{L:disease}科普同步。",
    "{L:brand}广告牌旁{D}，{MASK}已整改；{D}。",
]
EN_LOOK_SEG = [
    "{D} and {D} checked at {L:road}, {L:place}; {ETITLE} on duty in {L:month}.",
    "{L:brand} stall near {L:hospital}; {EMASK} complained about {D}.",
    "{L:festival}: {D} sales up; {L:syllable} queue at {L:road}.",
]

_W_ID = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_AREAS = ("110105", "320102", "370102", "510104", "530102", "650102", "540102", "450103", "522601",
          "350203", "410105", "140105", "230103", "420106", "130102", "532801", "513401", "152502")
_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤川青藏宁琼"
_TOKEN = re.compile(r"\{([^{}]+)\}")


def _all_template_text() -> str:
    chunks = []
    for v in SEG.values():
        chunks += v
    chunks += EN_SEG + MIN_SEG + NOTICE_HEAD + NOTICE_SEG + NOTICE_TAIL + LOOK_SEG + EN_LOOK_SEG
    chunks += list(NOTICE_TOPIC.values())
    chunks = [_TOKEN.sub("\x00", c) for c in chunks]
    for v in list(DOMAIN.values()) + list(POOLS.values()) + list(MIN_POOLS.values()):
        chunks += v
    chunks += EN_DOMAIN + [x for v in EN_POOLS.values() for x in v]
    chunks += [p.replace("[", "").replace("]", "") for p in PHRASES]
    return "\x00".join(chunks)


_STATIC = _all_template_text()


# further real (rarer) surnames, used only to judge whether a word begins with a surname
_MORE_SURNAMES = _w("荆 百 巢 山 花 封 寿 普 都 凤 乌 秋 台 海 伊 索 宝 羊 松 干 木 鹿 原 公 南 晋 敬 云 区 年 支 官 丰 元 冠 东 青 浦 冰 寒 桥 雪")
_SURNAME_SET = frozenset(_SURNAMES) | frozenset(_RARE) | frozenset(_MORE_SURNAMES)
_EN_SURNAME_SET = frozenset(_EN_SUR) | frozenset(_CANTO) | frozenset(_WG) | frozenset(_w("Gan Qi Hu Tie Shou Ba Han"))


def _surname_initial(w: str) -> bool:
    """A domain word counts as a surname-initial look-alike if it begins with a surname."""
    if w[:1].isascii():
        head = re.match(r"[A-Za-z]+", w)
        return bool(head) and any(head.group(0).startswith(x) for x in _EN_SURNAME_SET if len(x) >= 2)
    return w[:1] in _SURNAME_SET or any(w.startswith(c) for c in _COMPOUND)


_SUR_ONLY = {id(p): [w for w in p if _surname_initial(w)]
             for p in list(DOMAIN.values()) + [EN_DOMAIN] + [v for rs in DOMAIN_ROLES.values() for v in rs.values()]}


class _Reject(Exception):
    pass


class _Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        self.lens: set[int] = set()
        self.blob = ""
        self.meta: list[dict] = []

    # ---- numbers and ids
    def rid(self) -> str:
        r = self.rng
        body = "%s%04d%02d%02d%03d" % (r.choice(_AREAS), r.randint(1938, 2016), r.randint(1, 12),
                                       r.randint(1, 28), r.randint(0, 999))
        return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, _W_ID)) % 11]

    def rid_masked(self) -> str:
        i = self.rid()
        return self.rng.choice([i[:6] + "********" + i[14:], i[:3] + "*" * 11 + i[14:], i[:10] + "****" + i[14:]])

    def phone(self, masked=False) -> str:
        r = self.rng
        p = "1" + r.choice("3456789") + "".join(r.choice("0123456789") for _ in range(9))
        if masked:
            return p[:3] + "****" + p[7:]
        return r.choice([p, p, f"{p[:3]}-{p[3:7]}-{p[7:]}", f"{p[:3]} {p[3:7]} {p[7:]}"])

    def date(self) -> str:
        r = self.rng
        y, m, d = r.choice((2024, 2025, 2026)), r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])

    def plate(self) -> str:
        r = self.rng
        tail = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
        return r.choice(_PROV) + r.choice("ABCDEFGHJK") + r.choice(["", "·", " "]) + tail

    # ---- names
    def _ok(self, s: str, pending: list[str]) -> bool:
        if s in self.used or s in _STATIC or s in self.blob:
            return False
        for p in pending:
            if s in p or p in s:
                return False
        n = len(s)
        for L in self.lens:
            if L < n:
                for i in range(n - L + 1):
                    if s[i:i + L] in self.used:
                        return False
        return True

    def han(self) -> str:
        r = self.rng
        k = r.random()
        if k < 0.05:
            return r.choice(_WORD_NAMES)
        if k < 0.09:
            sur = r.choice(_RARE)
        elif k < 0.13:
            sur = r.choice(_COMPOUND)
        else:
            sur = r.choices(_SURNAMES, _SURNAME_W)[0]
        g = r.random()
        if g < 0.28:
            given = r.choice(_G1)
        elif g < 0.50:
            given = r.choice(_G2_OLD)
        elif g < 0.68:
            given = r.choice(_G2_NEW)
        else:
            given = r.choice(_GA) + r.choice(_GB)
        return sur + given

    def minority(self) -> tuple[str, str]:
        r = self.rng
        k = r.randrange(9)
        sep = r.choice(_MIN_SEPS)
        if k <= 1:
            return r.choice(_MIN_GIVEN) + sep + r.choice(_MIN_FATHER), "维吾尔族"
        if k == 2:
            return r.choice(_KZ_GIVEN) + sep + r.choice(_KZ_FATHER), "哈萨克族"
        if k == 3:
            a, b = r.choice(_TIB_A), r.choice(_TIB_B)
            return (a + b if a != b else a + "卓玛"), "藏族"
        if k == 4:
            return r.choice(_YI_FAM) + r.choice(_YI_GIV), "彝族"
        if k == 5:
            g = r.choice(_MN_GIVEN)
            return (g if len(g) >= 3 and r.random() < 0.4 else g + sep + r.choice(_MN_GIVEN)), "蒙古族"
        if k == 6:
            return r.choice(_DAI) + r.choice(_DAI_B), "傣族"
        eth = r.choice(sorted(_HAN_MIN))
        g = r.random()
        given = r.choice(_G1) if g < 0.35 else (r.choice(_G2_OLD) if g < 0.65 else r.choice(_GA) + r.choice(_GB))
        return r.choice(_HAN_MIN[eth]) + given, eth

    def english(self) -> str:
        r = self.rng
        k = r.randrange(12)
        s = r.choice(_EN_SUR)
        if k == 0:
            return f"{r.choice(_EN_G2)} {s}"
        if k == 1:
            return f"{s} {r.choice(_EN_G2)}"
        if k == 2:
            return f"{s.upper()} {r.choice(_EN_G2)}"
        if k == 3:
            return f"{r.choice(_EN_G2)} {s.upper()}"
        if k == 4:
            a, b = r.choice(_EN_G1), r.choice(_EN_G1).lower()
            return r.choice([f"{a[0]}.{b[0].upper()}. {s}", f"{s} {a[0]}.{b[0].upper()}.", f"{a[0]}. {s}"])
        if k == 5:
            return f"{s} {r.choice(_EN_G1)}-{r.choice(_EN_G1).lower()}"
        if k == 6:
            return f"{r.choice(_CANTO)} {r.choice(_CANTO_G)}"
        if k == 7:
            return f"{r.choice(_WG)} {r.choice(_WG_G)}"
        if k == 8:
            return f"{r.choice(_EN_FIRST)} {r.choice(_EN_SUR + _CANTO)}"
        if k == 9:
            return f"{r.choice(_EN_UY)} {r.choice(_EN_UY_F)}"
        if k == 10:
            return f"{r.choice(_EN_TIB)} {r.choice(_EN_TIB_B)}"
        return f"{s} {r.choice(_EN_G1)}{r.choice(_EN_G1).lower()}"

    def fresh(self, kind: str, pending: list[str]):
        for _ in range(400):
            eth = None
            if kind == "M":
                s, eth = self.minority()
            elif kind == "E":
                s = self.english()
            else:
                s = self.han()
            if self._ok(s, pending):
                return s, eth
        raise _Reject

    # ---- look-alikes
    def mask(self, en=False) -> str:
        r = self.rng
        if en:
            return r.choice([f"{r.choice(_EN_SUR)} Mou", f"{r.choice(_EN_SUR)} **", f"{r.choice(_EN_SUR)} X."])
        s = r.choices(_SURNAMES[:80], _SURNAME_W[:80])[0]
        return r.choice([s + "某", s + "某某", s + "**", s + "*" + r.choice(_GB), s + "XX", s + "某人"])

    def title(self, en=False) -> str:
        r = self.rng
        if en:
            return f"{r.choice(_EN_TITLES)} {r.choice(_EN_SUR)}"
        s = r.choices(_SURNAMES[:80], _SURNAME_W[:80])[0]
        return r.choice([s + r.choice(_TITLES), s + r.choice(_TITLES), "老" + s, "小" + s])

    # ---- one cell
    def build(self, family: str) -> Remark:
        for _ in range(300):
            try:
                rem, meta = self._try(family)
            except _Reject:
                continue
            if self._accept(rem, meta["officials"]):
                self.meta.append(meta)
                return rem
        raise RuntimeError("could not build a cell for " + family)

    def _try(self, family: str):
        r = self.rng
        ctx = {"family": family, "names": [], "tags": [], "looks": [], "dom": [], "officials": []}
        if family in DOMAINS:
            ctx["dom_pool"] = DOMAIN[family]
            ctx["roles"] = DOMAIN_ROLES[family]
            segs = r.sample(SEG[family], r.choice((1, 1, 2, 2, 3)))
            text = self._layout([self._fill(s, ctx) for s in segs])
        elif family == "english_export":
            ctx["dom_pool"] = EN_DOMAIN
            ctx["en"] = True
            segs = r.sample(EN_SEG, r.choice((1, 2, 2, 3)))
            parts = [self._fill(s, ctx) for s in segs]
            text = r.choice([" ", " | ", "; ", "\n"]).join(parts)
        elif family == "minority_listing":
            dom = r.choice(DOMAINS)
            ctx["dom_pool"] = DOMAIN_ROLES[dom][MAIN[dom][0]]
            ctx["unit"] = MAIN[dom][1]
            segs = r.sample(MIN_SEG, r.choice((1, 2, 2, 3)))
            text = self._layout([self._fill(s, ctx) for s in segs])
        elif family == "public_notice":
            dom = r.choice(DOMAINS)
            ctx["dom_pool"] = DOMAIN_ROLES[dom][MAIN[dom][0]]
            ctx["unit"] = MAIN[dom][1]
            ctx["topic"] = NOTICE_TOPIC[dom]
            head = self._fill(r.choice(NOTICE_HEAD), ctx)
            body = [self._fill(s, ctx) for s in r.sample(NOTICE_SEG, r.choice((1, 2, 3)))]
            tail = [self._fill(s, ctx) for s in r.sample(NOTICE_TAIL, r.choice((1, 2)))]
            text = r.choice(["", "\n", " "]).join([head] + body + tail)
        else:
            if r.random() < 0.2:
                ctx["dom_pool"] = EN_DOMAIN
                ctx["en"] = True
                parts = [self._fill(s, ctx) for s in r.sample(EN_LOOK_SEG, r.choice((1, 2)))]
                text = " ".join(parts)
            else:
                ctx["dom_pool"] = DOMAIN[r.choice(DOMAINS)]
                parts = [self._fill(s, ctx) for s in r.sample(LOOK_SEG, r.choice((1, 2, 3)))]
                text = self._layout(parts)
        looks, dom = [], []
        for s, d in zip(ctx["looks"], ctx["dom"]):
            if s not in looks:
                looks.append(s)
                dom.append(d)
        rem = Remark(text=text, family=family, names=list(ctx["names"]), lookalikes=looks,
                     public_officials=family in PUBLIC_FAMILIES)
        meta = {"tags": list(ctx["tags"]), "dom": dom, "officials": list(ctx["officials"])}
        return rem, meta

    def _layout(self, parts: list[str]) -> str:
        r = self.rng
        if len(parts) == 1:
            return r.choice(["", "", "备注：", "情况说明：", "※"]) + parts[0]
        style = r.randrange(4)
        if style == 0:
            return "".join(p if p.endswith(("。", "）")) else p + " " for p in parts).rstrip()
        if style == 1:
            return "；".join(p.rstrip("。") for p in parts) + "。"
        if style == 2:
            return " | ".join(parts)
        return "\n".join(f"{i + 1}. {p}" for i, p in enumerate(parts))

    def _fill(self, tpl: str, ctx: dict) -> str:
        out, pos = [], 0
        for m in _TOKEN.finditer(tpl):
            out.append(tpl[pos:m.start()])
            out.append(self._token(m.group(1), ctx))
            pos = m.end()
        out.append(tpl[pos:])
        return "".join(out)

    def _look(self, s: str, ctx: dict, domain: bool = False) -> str:
        ctx["looks"].append(s)
        ctx["dom"].append(domain and _surname_initial(s))
        return s

    def _name(self, kind: str, tag: str, ctx: dict) -> str:
        s, eth = self.fresh(kind, ctx["names"] + ctx["officials"])
        ctx["names"].append(s)
        ctx["tags"].append(tag)
        if eth:
            ctx["eth"] = eth
        return s

    def _token(self, t: str, ctx: dict) -> str:
        r = self.rng
        if t in ("Nb", "Nc", "Nk", "Np", "Nl", "Mb", "Mc", "Mk", "Mp", "Ml", "Eb", "Ec", "Ek", "Ep", "El"):
            return self._name({"N": "H", "M": "M", "E": "E"}[t[0]], t[1], ctx)
        if t == "NN":
            return self._name("H", "k", ctx) + self._name("H", "k", ctx)
        if t == "ETH":
            return ctx.get("eth", "汉族")
        if t == "O":
            s, _ = self.fresh("H", ctx["names"] + ctx["officials"])
            ctx["officials"].append(s)
            return self._look(s, ctx)
        if t == "D":
            pool = ctx["dom_pool"]
            if r.random() < 0.85:
                pool = _SUR_ONLY.get(id(pool)) or pool
            return self._look(r.choice(pool), ctx, True)
        if t.startswith("D:"):
            return self._look(r.choice(ctx["roles"][t[2:]]), ctx, True)
        if t.startswith("L:"):
            pool = t[2:]
            if pool == "word" and not ctx.get("en"):
                ph = r.choice(PHRASES)
                a, b = ph.index("["), ph.index("]")
                self._look(ph[a + 1:b], ctx)
                return ph.replace("[", "").replace("]", "")
            if ctx.get("en"):
                return self._look(r.choice(EN_POOLS[pool]), ctx)
            if pool in MIN_POOLS:
                return self._look(r.choice(MIN_POOLS[pool]), ctx)
            return self._look(r.choice(POOLS[pool]), ctx)
        if t in ("MASK", "EMASK"):
            return self._look(self.mask(en=t == "EMASK"), ctx)
        if t in ("TITLE", "ETITLE"):
            return self._look(self.title(en=t == "ETITLE"), ctx)
        if t.startswith("V:"):
            return r.choice(t[2:].split("|"))
        if t.startswith("#"):
            a, b = t[1:].split("-")
            return str(r.randint(int(a), int(b)))
        if t == "ID":
            return self.rid()
        if t == "IDM":
            return self.rid_masked()
        if t == "PH":
            return self.phone()
        if t == "PHM":
            return self.phone(masked=True)
        if t == "TEL":
            return "0%d-%d" % (r.choice((871, 991, 531, 731, 351, 471, 851, 891, 25, 28, 10)), r.randint(2000000, 8999999))
        if t == "DATE":
            return self.date()
        if t == "EDATE":
            return "%s %d, %d" % (r.choice(EN_POOLS["month"] + ["Jan", "Feb", "Sep", "Nov"]), r.randint(1, 28),
                                  r.choice((2024, 2025, 2026)))
        if t == "MD":
            return "%d月%d日" % (r.randint(1, 12), r.randint(1, 28))
        if t == "PLATE":
            return self.plate()
        if t == "ROOM":
            return "%d-%d-%d%02d" % (r.randint(1, 30), r.randint(1, 6), r.randint(1, 18), r.randint(1, 4))
        if t == "AGE":
            return str(r.randint(6, 86))
        if t == "U":
            return ctx["unit"]
        if t == "YEAR":
            return str(r.choice((2025, 2026)))
        if t == "TOPIC":
            return ctx["topic"]
        raise KeyError(t)

    # ---- the set's contract, enforced while writing
    def _accept(self, rem: Remark, official: list[str]) -> bool:
        text = rem.text
        spans = []
        for lk in rem.lookalikes:
            i = text.find(lk)
            if i < 0:
                return False
            while i >= 0:
                spans.append((i, i + len(lk)))
                i = text.find(lk, i + 1)
        for nm in rem.names:
            if text.count(nm) != 1:
                return False
            a = text.find(nm)
            b = a + len(nm)
            if any(a < y and x < b for x, y in spans):
                return False
        for L in self.lens:
            for i in range(len(text) - L + 1):
                if text[i:i + L] in self.used:
                    return False
        for s in rem.names + (official if rem.public_officials else []):
            self.used.add(s)
            self.lens.add(len(s))
        self.blob += "\x00" + text
        return True

    def sample_family(self) -> str:
        return self.rng.choices(FAMILIES, [WEIGHTS[f] for f in FAMILIES])[0]


def _make(n: int, seed: int):
    g = _Gen(seed)
    out = []
    for _ in range(n):
        fam = g.sample_family()
        out.append(g.build(fam))
    return out, g.meta


def make_remarks(n: int = 2000, seed: int = 2626) -> list[Remark]:
    """The set: ``n`` cells, deterministic for (n, seed)."""
    return _make(n, seed)[0]
