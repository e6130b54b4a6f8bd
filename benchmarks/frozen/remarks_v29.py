"""Frozen test set of free-text remarks, edition 29 (blind).

Datasheet
=========
Who wrote it: a helper session started for brief 29 (branch h-remarks29), on 2026-12-07, from
its own knowledge of how Chinese county and city offices word free-text notes (备注, 情况说明,
台账, 公示). Nothing was copied from anywhere; every pool below was typed for this file.

What was read: the brief; `/work/shared/reference/DOMAIN.md`, sections "Personal data in public
listings" and "Administrative penalty publicity" only (a `grep -n '^#'` listed that file's
section headings to find them); lines 170-180 of `benchmarks/frozen/remarks.py` (the `Remark`
dataclass: text, family, names, lookalikes, public_officials).  No detector code, no earlier test
set, no docs, no notebooks, no git history of other commits.

Slips: three, all listings of file names, no file contents.  (1) To check how the import would
resolve, the writer ran `ls benchmarks/frozen/__init__.py benchmarks/__init__.py`; it saw only that
the first file exists and the second does not.  (2) Looking for a pytest configuration it ran
`ls tests | head -3` and saw three file names: ckan_fixtures.py, conftest.py, deid_fixtures.py.
(3) In the same command, `ls tests/conftest.py pytest.ini pyproject.toml setup.cfg` showed that
tests/conftest.py and pyproject.toml exist.  None of these files was opened.  Importing `Remark`
runs `benchmarks/frozen/remarks.py`, and pytest loads `tests/conftest.py` when it runs the contract
tests; both as the brief requires, neither read.

Counts at n=2000, seed=2929: 6,008 planted names, 40.4 % without a cue word; 8,978 look-alikes,
44.5 % domain words (others: 1,553 dates, 1,133 places, 588 amounts, 528 codes, 273 brands,
213 shops, 212 officials, 119 English words, 76 English places, 74 文号, 71 plates, 69 firms,
54 roads, 23 credit codes).

Families (16): twelve domains of county and city offices -- cold_storage, handicraft_coop,
rural_ecommerce, septic_cleaning, cable_tv, taxi_drivers, tree_planting, herb_growing,
slaughterhouse, village_vets, scale_verification, marathon_registration -- each written in
labelled-field, prose, list, joined-cell and dated-log layouts, with full/half-width punctuation,
spaces, line breaks inside a cell and clerks' typos (电活, 姓命, 联糸人, 身分证, 登纪, 已完城 ...);
english_export (an English export of such notes by a vendor's system); minority_listing (names of
persons of China's minorities in their usual written forms in characters); public_notice (公示/公告
texts of the same offices; `public_officials=True`; the officials acting in their public role --
contact person, reviewer, village head or station head signing, supervisor -- are look-alikes,
while beneficiaries, applicants, guardians, relatives, witnesses, objectors and reporters are
names); lookalike_only (no person at all, dense with look-alikes).

Surface forms of planted names: surname (weighted by a rough real frequency, then a long tail of
rare single surnames and compound surnames 欧阳/司马/诸葛/申屠 ...) plus a one- or two-character
given name: modern, old and rural styles (建国, 桂兰, 招娣, 来福 ...), given names that are everyday
words (胜利, 和平, 平安 ...), whole names that are everyday words (高峰, 田野, 白云 ...), siblings
sharing a generational character, 小名 and nicknames (狗剩, 二丫 ...) where a clerk writes them,
a married woman written in old ledgers as husband's surname + own surname + 氏 (张王氏).
Minority forms: Uyghur and Kazakh given·father names with ·, •, ・, ．, - or no separator;
Tibetan two-element names; Yi clan + given; Mongolian names with or without a Han surname; Hui,
Korean, Zhuang, Miao, Dong, Buyi, Tujia, Li (亚-names), Yao, Qiang, Naxi, Bai, Manchu, Lisu, Tu
names in Han style from their usual surnames; Dai (岩/玉), Wa (岩/叶/尼/艾), Jingpo clan + birth
order names.  English forms: pinyin in either order, CAPS family, hyphenated or spaced given,
initials (X.M. Zhang, Zhang XM), Hong Kong and Macao Cantonese romanisations, Taiwan Wade-Giles,
Singapore Hokkien/Teochew forms, English given names with a Chinese family (also "ZHANG, Michael").
About 40 % of names stand without a cue word before them: at a cell's start, after a date, in
lists, before an age or a phone, after a place, after 与/和/及, as a sentence's subject.  Never a
surname plus a title (王老师) as a name; never a public figure (a blacklist is enforced).  Every
planted name occurs exactly once in its own text and in no other text of the set.

Look-alike kinds (kind in brackets is what `stats()` counts): [domain] domain words of the twelve
domains that begin with or hold a surname character (冷库, 马拉松, 公平秤, 何首乌, 杨树, 屠宰线,
计价器, 户户通 ...; in English exports romanised domain terms holding a surname syllable such as
"He Shou Wu", "Huang Qi", "Leng Ku"), at least 40 % of all; [place] villages, towns and cities built
on a surname (李家村, 王庄, 石家庄), and Tibetan, Mongolian, Wa places holding name elements
(尼玛县, 呼和浩特, 岩帅镇); [road]; [shop] shops and [firm] firms built on a surname (王记五金店);
[brand] brands, some of which read like names (王老吉, 康师傅, 周黑鸭); [date]; [code] order,
ticket, tracing, certificate and bib numbers; [amount] (also 叁佰元整); [plate]; [docno] 文号;
[uscc] 统一社会信用代码; [official] officials in their public role (public_notice only); [en_word]
English words that are also given names (Grant, May, Will, Rose ...); [en_place] places in English.
Phones and ID numbers appear as context and are neither names nor look-alikes.

`make_remarks(n=2000, seed=2929)` is deterministic; `stats()` reports the counts.
"""
from __future__ import annotations

import random
import re

try:
    from benchmarks.frozen.remarks import Remark
except ImportError:  # benchmarks/ itself on sys.path
    from frozen.remarks import Remark

VERSION = "frozen-remarks-29 (2026-12-07)"

DOMAINS = (
    "cold_storage", "handicraft_coop", "rural_ecommerce", "septic_cleaning", "cable_tv",
    "taxi_drivers", "tree_planting", "herb_growing", "slaughterhouse", "village_vets",
    "scale_verification", "marathon_registration",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {d: 0.06 for d in DOMAINS}
WEIGHTS.update({"english_export": 0.075, "minority_listing": 0.08, "public_notice": 0.08,
                "lookalike_only": 0.045})

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------
_SURNAME_FREQ = """
王70 李70 张67 刘54 陈45 杨31 黄22 赵20 吴18 周17 徐13 孙13 马11 朱11 胡10 郭10 何9 林9 高9 罗8
郑8 梁7 谢6 宋5 唐5 许5 韩5 邓5 冯5 曹5 彭5 曾4 肖4 田4 董4 潘4 袁4 蔡3 蒋3 余3 于3 杜3 叶3 程3
魏3 苏3 吕3 丁3 任3 卢3 姚3 沈3 钟3 姜3 崔3 谭3 陆3 范2 汪2 廖2 石2 金2 韦2 贾2 夏2 付2 方2 邹2
熊2 白2 孟2 秦2 邱2 侯2 江2 尹2 薛2 闫2 段2 雷2 龙2 黎2 史2 陶2 贺2 毛2 郝2 顾2 龚2 邵1 万1 覃1
武1 钱1 戴1 严1 莫1 孔1 向1 常1 汤1 康1 易1 乔1 赖1 文1 牛1 樊1 葛1 邢1 安1 齐1 伍1 庞1 颜1 倪1
聂1 章1 鲁1 岳1 翟1 殷1 申1 耿1 关1 兰1 焦1 俞1 左1 柳1 甘1 祝1 包1 宁1 尚1 符1 舒1 阮1 柯1
"""
_SURNAME_TAIL = (
    "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳欧管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
    "桑郎甄丛仲虞敖巩明佘池查麻苑迟邝禤訾仉逄暴亓郗笪庹竺冼芮粟母揭门展操殳危蓟弓戈堵过扈井后植屠竹漆"
    "银昝菅谈楚衣初满卿伏咸晁鄢雍公计海储温蔺权朴花贝木库国强京羊宣户刀"
)
_COMPOUND = ("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 宇文 长孙 司徒 夏侯 端木 澹台 南宫 "
             "呼延 赫连 闻人 万俟 轩辕 申屠 公冶 钟离 独孤 第五 拓跋").split()

_GIVEN_M = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳海峰建国文志春兵东亮成"
                "松江河山岩福贵财富根生德荣祥胜利金宝才发兴旺顺喜庆忠义仁礼智信勤彬晨昊琦")
_GIVEN_F = list("芳娜敏静丽艳娟霞燕玲琳萍红梅兰英秀桂珍凤玉翠莲菊香云月琴婷雪慧洁颖倩欣怡佳璐蕾瑶萱"
                "涵悦妮娥芬淑荷蓉")
_GIVEN_OLD = ("建国 建军 建华 国庆 国强 国华 卫东 卫国 红旗 红梅 秀英 秀兰 桂英 桂兰 桂芳 玉兰 玉梅 凤英 "
              "淑珍 淑芬 金花 春花 秋菊 冬梅 来福 来喜 有才 有福 富贵 福生 根生 水生 满仓 拴柱 铁柱 招娣 "
              "盼娣 来娣 改凤 引弟 亚男 胜男 爱军 爱华 跃进 援朝 解放 胜利 和平 新民 新华 永红 永胜 德胜 "
              "德明 长贵 长林 长发 茂林 宝山 金山 银花 翠兰 翠花 彩霞 彩云 巧云 月娥 素芬 素珍 美兰 丽华 "
              "平安 富强 海洋 春生 秋生 冬生 小军 小燕 小兵 二柱 三宝 四喜 留根 存粮 丰收 建设 文革 卫红 "
              "志刚 志强 志勇 秀珍 秀芝 玉珍 玉芬 桂花 金凤 凤琴 兰英 友谊 向东 向前 振华 振兴 占山 占魁").split()
_GIVEN_NEW = ("子轩 梓涵 一诺 浩然 宇轩 欣怡 诗涵 雨桐 梓萱 若汐 沐辰 奕辰 俊熙 思远 嘉怡 语嫣 铭泽 "
              "梓豪 皓轩 紫萱 可馨 佳琪 睿 一鸣 子墨 晨曦 雨欣 博文 思琪 天佑 安琪 嘉豪 俊杰 婉清").split()
_WORD_NAMES = ("高峰 田野 白云 方圆 周全 夏天 向阳 江山 高明 常青 万里 江河 钱进 林海 海燕 黄金 白雪 "
               "齐心 丁香 杨柳 马达 程功 任重 温和 金鑫 宁静 安康 华丽 左右 文静 高兴 毛毯").split()
_NICK = ("狗剩 二丫 铁蛋 栓柱 三妞 丫蛋 毛毛 胖墩 石头 二愣 大毛 小毛 憨娃 牛娃 黑蛋 狗娃 二妮 三妮 "
         "四妮 来宝 臭蛋 虎子 柱子 妞妞 丑丑 小胖 黑子 二狗 三娃 大妞 小满 小芹 二宝 大宝 拴子 锁子 "
         "满囤 金锁 银锁 根娃 福娃 喜娃 跟弟 小丫").split()
_GEN_CHARS = list("宏德志建国家永春文明克世光玉秀")

_BLACKLIST = set("""
李娜 姚明 刘翔 王菲 那英 周迅 黎明 林森 韩雪 于洋 李宁 王刚 孙俪 李白 杜甫 白居易 王勃 孔子 孟子
毛泽东 周恩来 朱德 刘少奇 邓小平 江泽民 胡锦涛 习近平 李克强 李强 王毅 赵乐际 王沪宁 蔡奇 丁薛祥 李希
韩正 温家宝 朱镕基 李鹏 彭丽媛 宋庆龄 孙中山 鲁迅 巴金 老舍 莫言 余华 马云 马化腾 雷军 任正非 董明珠
刘强东 张一鸣 李彦宏 王健林 许家印 成龙 周杰伦 刘德华 张学友 郭富城 梁朝伟 周星驰 范冰冰 赵薇 章子怡
巩俐 杨幂 刘亦菲 黄渤 沈腾 郎朗 林丹 李小龙 邓亚萍 郎平 朱婷 马龙 张继科 孙杨 叶诗文 苏炳添 全红婵
谷爱凌 屠呦呦 袁隆平 钱学森 邓稼先 钟南山 李兰娟 张文宏 雷锋 焦裕禄 杨利伟 王亚平 刘洋 景海鹏 张艺谋
陈凯歌 冯小刚 王家卫 李安 贾樟柯 姜文 葛优 黄晓明 邓超 王宝强 赵本山 宋丹丹 冯巩 郭德纲 岳云鹏 李宇春
张靓颖 王力宏 林俊杰 蔡依林 邓紫棋 陈奕迅 孙燕姿 刘欢 韩红 毛阿敏 宋祖英 董卿 白岩松 崔永元 王石 柳传志
李嘉诚 何鸿燊 曾志伟 林志玲 周润发 吴彦祖 张国荣 梅艳芳 邓丽君 王杰 张杰 李健 朴树 许巍 汪峰 田震
高晓松 杨澜 谢霆锋 李连杰 甄子丹 洪金宝 吴京 王俊凯 王源 鹿晗 刘备 关羽 张飞 诸葛亮 曹操 孙权 司马懿
司马迁 欧阳修 上官婉儿 岳飞 文天祥 林则徐 海瑞 包拯 秦桧 武则天 杨玉环 西施 王昭君 花木兰 梁山伯 祝英台
穆桂英 杨开慧 刘胡兰 黄继光 邱少云 董存瑞 王进喜 时传祥 向秀丽 陈景润 华罗庚 李四光 茅以升 詹天佑
田华 王琦 孟非 何炅 汪涵 谢娜 杨洋 李晨 黄磊 刘涛 高峰 金星 韩磊 刘丹 王伟 张伟
""".split())
_BLACKLIST_EN = {"Jackie Chan", "Bruce Lee", "Andy Lau", "Tony Leung", "Jack Ma", "Yao Ming", "Li Na",
                 "Michael Wong", "Jacky Cheung", "Eric Tsang", "Kelvin Kwan", "Vivian Chow", "Sandy Lam",
                 "Peter Chan", "Michael Hui", "Angela Chang", "Jacky Wu", "Steven Ma", "Kevin Cheng",
                 "Jason Wu", "Eric Chou", "Coco Lee", "Grace Chan", "Alan Tam", "Leon Lai", "Aaron Kwok",
                 "Kelly Chen", "Joey Yung", "Tan Ah Kow", "David Tao", "Jay Chou", "Yao Chen",
                 "Zhang Wei", "Wang Wei", "Li Wei", "Liu Yang", "Ma Long", "Zhang Jie", "Li Jian"}

# romanisation pools
_PY_FAM = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
           "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu",
           "郭": "Guo", "何": "He", "林": "Lin", "高": "Gao", "罗": "Luo", "郑": "Zheng", "梁": "Liang",
           "谢": "Xie", "宋": "Song", "唐": "Tang", "许": "Xu", "韩": "Han", "邓": "Deng", "冯": "Feng",
           "曹": "Cao", "彭": "Peng", "曾": "Zeng", "肖": "Xiao", "田": "Tian", "董": "Dong", "潘": "Pan",
           "袁": "Yuan", "蔡": "Cai", "蒋": "Jiang", "余": "Yu", "于": "Yu", "杜": "Du", "叶": "Ye",
           "程": "Cheng", "魏": "Wei", "苏": "Su", "吕": "Lyu", "丁": "Ding", "任": "Ren", "卢": "Lu",
           "姚": "Yao", "沈": "Shen", "钟": "Zhong", "姜": "Jiang", "崔": "Cui", "谭": "Tan", "陆": "Lu",
           "范": "Fan", "汪": "Wang", "廖": "Liao", "石": "Shi", "金": "Jin", "欧阳": "Ouyang",
           "司马": "Sima", "诸葛": "Zhuge", "上官": "Shangguan", "覃": "Qin", "聂": "Nie", "乔": "Qiao"}
_PY_GIVEN = ("Wei Fang Na Min Jing Li Qiang Lei Jun Yong Jie Tao Ming Chao Xiu Ying Hua Gang Ping Hui "
             "Peng Fei Xin Bo Yu Hao Kai Jian Shuai Xu Ning Long Lin Yang Hai Feng Guo Wen Zhi Chun Dong "
             "Liang Cheng Song Jiang Shan Yan Fu Gui Cai Gen Sheng De Rong Xiang Lan Mei Ling Yun Qin "
             "Ting Xue Hong Zhen Cui Lian Ju Qiu Shu Xiao Jia Xi Rui Zi Man Tian Bao Lu Qian Yue Han "
             "Meng Xuan Wan").split()
_HK_FAM = ("Chan Wong Cheung Lau Ng Ho Leung Tsang Yeung Lam Kwok Chow Tse Mak Lee Fung Tang Yip Chu "
           "Lo Choi Kwan Siu Hui Poon Tam So Man Au Yuen Ma Szeto").split()
_HK_GIV = ("Tai Man Siu Ming Ka Wai Kin Wing Chi Kwok Ho Yee Mei Ling Fai Keung Hung Kit Shing Sau Lai "
           "Yuk Kam Kwan Pui Chun Wah Kei Hin Yan Fong Lok Tsz Hei").split()
_MO_FAM = "Lei Ieong Leong Vong Sou Iao Chan Wong Ho Lao Cheong U Choi Kuok Lou Ng Tam Sio Chao".split()
_MO_GIV = "Kin Wa Sio Hou Man Fong Keng Iok Ian Cheng Hong Weng Pou Ieng Chi Kuan Tou Lon Mei".split()
_TW_FAM = ("Chang Lin Huang Chen Wang Li Tsai Liu Yang Hsu Cheng Hsieh Kuo Hung Tseng Chiu Chou Yeh "
           "Chiang Su Lu Lai Kao Chien Tu Hsiao Fan Pan Chuang").split()
_TW_GIV = ("Chih-ming Mei-ling Shu-fen Chia-hao Yu-ting Chun-hung Wen-chieh Hsiao-wei I-ting Chien-hung "
           "Ya-wen Kuan-yu Pei-shan Tsung-han Hui-chen Chia-jung Cheng-en Yi-hsuan Shu-hui Chin-lung "
           "Ming-te Li-chun Hsiu-lan Kuo-hua Chun-yi Tzu-chi Po-wen Yu-chen").split()
_SG_FAM = ("Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Seah "
           "Quek Foo Yap Heng Phua Soh Tng Neo Lau").split()
_SG_GIV = ("Boon Huat|Siew Ling|Kok Wei|Mei Hua|Chee Keong|Hock Seng|Bee Lian|Geok Choo|Swee Hong|"
           "Poh Choo|Eng Hock|Wee Kiat|Hui Min|Jia Hui|Kah Heng|Soon Lee|Ah Huat|Ah Lian|Lay Hoon|"
           "Beng Kiat|Chin Huat|Siok Hwa|Guat Eng|Teck Seng|Wei Ling").split("|")
_EN_GIV = ("Michael David Kevin Jason Vivian Jenny Grace Kelvin Eric Tony Peter Alice Helen Cindy Sandy "
           "Amy Kenny Jacky Winnie Lucy Ivy Coco Leo Ryan Sunny Crystal Angela Vincent Steven Jessica "
           "Wendy Ken Ben Joyce Fiona Derek Terry Cherry Carmen Johnny Sam Henry Alvin Queenie").split()

# minority pools: (ethnic group, generator id)
_UY_M = ("阿不都热合曼 艾合买提 买买提 吐尔逊 阿不都拉 艾力 热合曼 努尔麦麦提 吐尔洪 托合提 阿不力孜 依明 "
         "卡德尔 阿力木江 艾尔肯 买合木提 司马义 玉素甫 库尔班 肉孜 塔依尔 麦麦提敏 吾斯曼 阿迪力 艾则孜 "
         "亚森 图尔荪 努尔艾力 阿卜杜萨拉木 伊力哈木江").split()
_UY_F = ("古丽努尔 热依拉 阿依古丽 帕丽旦 祖丽胡马尔 迪丽努尔 阿依努尔 米日古丽 布合力且姆 热孜宛古丽 "
         "阿依加马丽 努尔尼沙 再娜甫 买热木妮莎 古再丽努尔 哈丽旦 帕提古丽 阿丽米热 萨拉买提 图尼萨").split()
_UY_FA = ("买买提 吐尔逊 阿不都拉 艾力 热合曼 托合提 阿不力孜 依明 卡德尔 吐尔地 司马义 玉素甫 库尔班 "
          "肉孜 塔依尔 吾斯曼 艾买尔 斯迪克 阿吾提 克里木 吾守尔 热西提 牙合甫 沙吾提 米吉提").split()
_KZ_G = ("叶尔兰 努尔兰 哈力木 阿依达娜 叶尔肯 加纳提 巴合提别克 古丽娜尔 木拉提 阿斯哈尔 达吾列提 "
         "哈那提 阿依波塔 加依娜尔 沙吾列 阿合买提 库兰 别尔克 吐尔森 努尔别克 阿勒腾 叶尔江 巴格达特").split()
_KZ_FA = ("哈斯木 叶尔肯 巴合提 胡安 叶尔波拉提 吐尔逊拜 别克 努尔兰 马汉 卡肯 哈再孜 沙比提 托列吾汉 "
          "加克斯勒克 塔布斯 木合塔尔 阿依丁").split()
_TB = ("扎西 次仁 卓玛 格桑 曲珍 洛桑 丹增 尼玛 顿珠 达瓦 普布 边巴 拉巴 德吉 平措 多吉 索朗 旺姆 央金 "
       "拉姆 白玛 措姆 贡布 桑珠 罗布 次旦 益西 强巴 仁增 曲扎 米玛 巴桑 央宗 卓嘎 琼达 加措 土登 "
       "旺堆 玉珍 群培").split()
_YI_S = "吉克 阿苏 沙马 曲比 阿西 马海 吉伍 勒格 俄木 木乃 阿约 瓦扎 吉木 阿尔 海来 苏呷".split()
_YI_G = "阿呷 拉则 木呷 阿衣 尔古 日哈 伍沙 石且 子哈 拉哈 阿牛 依作 尔体 阿支 么妞 伍各 阿果 史哈 友哈".split()
_MN_1 = "哈斯 额尔敦 乌云 萨仁 孟和 苏和 朝鲁 宝音 那仁 呼和 查干 巴雅尔 敖登 满都拉 阿拉坦 吉日嘎拉 图门 特古斯 其木德".split()
_MN_2 = "巴特尔 毕力格 其木格 图雅 其其格 格日勒 乌力吉 达来 朝克图 德力格尔 仓 吉雅 高娃 宝力道 那顺 孟克".split()
_KR_S = list("金李朴崔郑姜赵尹张林韩申权黄安宋全洪玄南卢池千表延太俞文方许")
_KR_G = ("哲洙 英姬 顺子 成浩 银淑 美善 东哲 光浩 明淑 春花 龙洙 秀贤 敏镐 贤珠 在勋 永吉 相旭 惠英 "
         "贞淑 英子 玉善 昌浩 京浩 圣日 泰植 钟哲 美玉 顺姬 花子 日善 昌植 炳洙").split()
_HAN_STYLE = {  # group: surnames
    "回族": "马白哈纳丁海沙穆撒虎锁拜者米喇冶妥",
    "壮族": "韦覃黄蒙莫陆农卢黎蓝岑梁谭潘廖班零凌",
    "苗族": "龙吴杨石麻田滕龚欧熊潘侯陶项",
    "侗族": "吴杨石龙潘欧粟姚陆",
    "布依族": "韦罗王黄岑陆班莫卢伍",
    "土家族": "向田彭覃冉黄谭舒秦",
    "黎族": "符王吉黎邢董羊林卓",
    "瑶族": "盘赵邓冯黄李沈奉房庞",
    "羌族": "王余杨何陈龙韩苟汪",
    "纳西族": "和木杨李",
    "白族": "段杨赵李张尹",
    "满族": "佟关那索肇鄂富赫",
    "傈僳族": "余李蜂熊麻",
    "土族": "李祁鲁",
}
_HAN_STYLE_GIV = {
    "黎族": "亚妹 亚英 亚香 亚弟 亚福 亚贵 亚花 亚兰 亚丁 亚四 亚三 亚荣".split(),
    "瑶族": "金妹 妹二 福贵 贵妹 二妹 秀莲 有财 进财 财妹 三妹 大妹 满妹".split(),
    "苗族": "老九 阿九 秀英 金花 玉妹 妹崽 阿牛 里九 榜妹 务妹 老岩 九妹".split(),
    "侗族": "培香 秀芬 金妹 老岩 银花 秀月 三妹 金凤 胜贵 岩宝 培英".split(),
    "傈僳族": "阿普 阿四 四妹 付三 阿花 阿五 二妹".split(),
}
_DAI_M = "温罕应香光甩拉腊坎保叫恩丙"
_DAI_F = "香罕应光坎拉腊儿喃叫波"
_WA_1 = "岩叶尼艾依安"
_WA_2 = "嘎块扫那茸惹帕瑞勒门所内"
_JP_C = "木然 勒排 排 岳 沙万 恩昆 孔勒 石 董 金 何".split()
_JP_O = list("麻诺腊途堵锐果扎路布当")
_JP_3 = list("当都东干南努汤用崩")
_SEPS = ["·", "·", "·", "•", "・", "．", "-", ""]


def _parse_freq(spec):
    out = []
    for tok in spec.split():
        out.append((tok[0], int(tok[1:])))
    return out


# --------------------------------------------------------------------------------------------
# Domains
# --------------------------------------------------------------------------------------------
_SHARED_PLACE_SUFFIX = ("家村 庄 家湾 集镇 家屯 家沟 家坪 家庄 家桥 家岭 家堡 家坝 家寨 家埠 家店 家营 家铺 "
                        "家河 家口 家窑 家冲 家坎 屯 寨 庄村 洼村 家台 湾村 岗村 家楼 家岔").split()
_REAL_PLACES = ("石家庄 马鞍山 黄山 周口 高邮 金华 钟祥 林州 秦皇岛 梁山县 苏家屯 朱家角 潘家园 袁家村 蔡甸 "
                "何家营 尼玛县 呼和浩特 岩帅镇 查干湖 巴彦淖尔 锡林郭勒 林芝 丁蜀镇 龙泉 景德镇 方城县 "
                "汤阴县 邵阳 韶关 常州 温州 武威 吴江 罗江 费县 单县 曹县 牟平 易县 滕州").split()
_ROAD_BASE = "中山 解放 人民 建设 胜利 黄河 长江 金山 高新 文化 和平 振兴 朝阳 东风 向阳".split()
_ROAD_SUF = "路 大道 街 东路 西路 北街".split()
_SHOP_KIND = ("五金店 冷面馆 牛肉面馆 兽药店 农资店 家电维修部 竹编店 肉铺 药材行 电器行 超市 便利店 "
              "汽修厂 副食店 秤店 苗圃 冻品批发部 烟酒店").split()
_GEN_BRANDS = ("海尔 美的 格力 华为 小米 长虹 康佳 海信 创维 伊利 蒙牛 双汇 雨润 金锣 顺丰 中通 圆通 韵达 "
               "申通 极兔 京东 淘宝 拼多多 抖音 快手 滴滴 曹操出行 高德 美团 支付宝 微信 同仁堂 九芝堂 "
               "王老吉 张小泉 周黑鸭 王守义十三香 马应龙 白象 康师傅 李锦记 老干妈 金龙鱼 鲁花 福临门 "
               "娃哈哈 农夫山泉 钱大妈 黄飞红 云南白药 片仔癀").split()

_D = {}


def _dom(key, **kw):
    _D[key] = kw


_dom("cold_storage",
     topic=["冷库租用登记", "进口冷链食品登记", "冷链从业人员健康监测", "冷库租用备案", "冷链监管仓入库台账"],
     roles=["承租人", "租户", "货主", "负责人", "从业人员", "押运员", "申报人", "经营户", "送货人"],
     rel=["其子", "其妻", "其兄", "合伙人", "亲属"],
     dw=("冷库 冷链 冷藏车 冷冻库 冷鲜肉 冷库门 温控仪 温度记录仪 储藏间 储位 库管员 海关通关单 海鲜 金枪鱼 "
         "牛腱 羊排 车厢 包装箱 叉车司机 白虾 黄花鱼 巴沙鱼 牛百叶 冷链专仓 冷藏集装箱 冷链追溯码").split(),
     ev=["租用[[冷库]]{num}号库位，月租{amt}", "申报进口[[冷冻库]]货品一批，追溯码{code}",
         "[[温控仪]]显示超温，已通知整改", "[[冷藏车]]{plate}入库，卸[[牛腱]]{num}箱",
         "从业人员健康证已查验，[[储藏间]]消杀记录齐全", "{br}货源，报关单号{code}，[[黄花鱼]]存{num}号库",
         "退租[[冷库]]，押金{amt}已退", "{dt}起续租[[冷链专仓]]半年", "[[海关通关单]]缺页，待补",
         "[[巴沙鱼]]外包装抽检阴性，[[冷链追溯码]]已扫", "[[叉车司机]]操作证过期，暂停作业"],
     br=["双汇", "金锣", "雨润", "伊利", "蒙牛", "京东", "顺丰"],
     code=["ZS{d8}", "2201{d14}", "LK-{y}-{d3}", "CC{d6}"],
     firm=["冷链物流有限公司", "冻品批发部", "食品有限公司", "冷藏服务中心"])
_dom("handicraft_coop",
     topic=["竹编合作社社员登记", "非遗传承人申报", "手工艺培训签到", "草编订单分配", "合作社分红台账"],
     roles=["社员", "学员", "传承人", "带徒人", "编织户", "理事", "入社人", "申报人"],
     rel=["其女", "其母", "儿媳", "徒弟", "之子"],
     dw=("竹编 柳编 蔺草席 麦秆画 苗绣 陶艺 木雕 石雕 银饰 漆器 桑皮纸 葛布 蓝印花布 贝雕 花篮 竹篮 竹席 "
         "金丝草帽 柳条筐 竹蜻蜓 黄杨木梳 柏木 牛角梳 毛毡 杨柳青年画 景泰蓝 宣纸 鲁锦 苏绣").split(),
     ev=["交[[竹篮]]{num}只，计件{amt}", "参加[[苗绣]]培训第{num}期，结业", "[[柳编]]订单{code}已完工",
         "申报县级[[竹编]]项目", "[[蓝印花布]]返工{num}件", "领取[[桑皮纸]]原料{num}刀",
         "外贸[[金丝草帽]]订单，验货合格", "[[黄杨木梳]]雕刻工时记录已交", "按股分红{amt}",
         "[[麦秆画]]作品送展{dt}"],
     br=["淘宝", "拼多多", "抖音"],
     code=["DD{y}{d4}", "HZS-{d4}", "PX{d5}"],
     firm=["竹编专业合作社", "草编工艺品厂", "手工艺品有限公司", "非遗工坊"])
_dom("rural_ecommerce",
     topic=["电商服务站登记", "直播带货培训", "网店登记", "农产品上行台账", "快递代收记录"],
     roles=["站长助理", "店主", "网店店主", "主播", "学员", "代收人", "经营者", "收件人", "寄件人"],
     rel=["其夫", "其女", "合伙人", "表弟", "侄子"],
     dw=("黄桃 金银花 白茶 米粉 高山茶 石磨面粉 马铃薯 牛肉干 杨梅 李子 梅干菜 毛尖 龙井 花椒 沙糖桔 包邮 "
         "包裹单 快递单号 运单号 后台订单 付款码 付款截图 单号 京东").split(),
     ev=["网店上架[[黄桃]]罐头{num}单", "直播卖[[杨梅]]，成交{amt}", "[[快递单号]]{code}物流停滞",
         "[[石磨面粉]]{num}袋待发，[[包邮]]", "{br}店铺开通，[[后台订单]]{num}笔",
         "退款{amt}，[[付款截图]]已存档", "[[沙糖桔]]坏果理赔{amt}", "培训结业，作业为[[牛肉干]]短视频",
         "[[运单号]]{code}签收异常", "[[金银花]]干货称重{num}斤"],
     br=["淘宝", "拼多多", "抖音", "快手", "京东", "中通", "圆通", "韵达", "极兔", "顺丰"],
     code=["YT{d10}", "JT{d12}", "SF{d12}", "7{d11}"],
     firm=["电子商务有限公司", "电商服务站", "农产品专业合作社", "网店"])
_dom("septic_cleaning",
     topic=["化粪池清掏预约", "吸粪车调度", "改厕后管护台账", "户厕问题整改"],
     roles=["户主", "预约人", "管护员", "司机", "清掏工", "报修人", "村民", "联系户"],
     rel=["其父", "其妻", "邻居", "女婿", "儿子"],
     dw=("化粪池 三格式化粪池 沼气池 储粪池 吸粪车 吸污车 户厕 冲水马桶 管护员 改厕管护 高压水管 尾水管 "
         "农家肥 检查井 排污管 蓄粪池").split(),
     ev=["[[三格式化粪池]]满溢，约{dt}清掏", "[[吸粪车]]{plate}出车，收费{amt}", "[[冲水马桶]]漏水，已更换",
         "[[检查井]]盖板破损", "[[户厕]]改造验收合格，补助{amt}", "[[尾水管]]堵塞，疏通完毕",
         "[[储粪池]]清掏{num}车", "[[沼气池]]停用，改建[[化粪池]]", "[[高压水管]]借用未还"],
     br=["美的", "九牧"],
     code=["QT{y}{d4}", "GC-{d5}", "WX{d6}"],
     firm=["环卫服务有限公司", "清洁服务队", "管道疏通部"])
_dom("cable_tv",
     topic=["户户通安装登记", "有线电视报装", "机顶盒维修台账", "广电网络工单"],
     roles=["用户", "报装人", "户主", "安装工", "维修员", "报修人", "收费员", "申请户"],
     rel=["其母", "其孙", "邻居", "其夫", "女儿"],
     dw=("户户通 卫星锅 高频头 华为 海信 康佳 高清机顶盒 卫星电视 安装工 安装费 维修单 工单 单向机顶盒 "
         "高清频道 户户通接收机 卫星天线").split(),
     ev=["[[户户通]]无信号，调[[高频头]]后恢复", "[[卫星锅]]被风刮偏，重新校准", "报装[[高清机顶盒]]，收[[安装费]]{amt}",
         "[[单向机顶盒]]换双向，押金{amt}", "[[维修单]]{code}已结", "[[户户通接收机]]返厂，序列号{code}",
         "{br}电视无法开机，非我方设备", "[[卫星天线]]锈蚀，更换", "[[工单]]{code}超时未上门"],
     br=["长虹", "康佳", "海信", "创维", "华为", "小米", "海尔"],
     code=["GD{y}{d6}", "SN{d10}", "WX-{d5}"],
     firm=["广电网络公司", "有线电视站", "家电维修部", "户户通服务网点"])
_dom("taxi_drivers",
     topic=["出租车驾驶员从业资格", "网约车备案", "乘客投诉登记", "巡游车双班登记"],
     roles=["驾驶员", "司机", "投诉人", "乘客", "车主", "副班司机", "从业人员", "报名人"],
     rel=["其妻", "其子", "同乘人", "其母", "朋友"],
     dw=("出租车 网约车 计价器 曹操出行 高德打车 车载终端 车牌 空车牌 司机端 巡游车 绕路 路线 计程 计时 "
         "司机 车顶灯 车载录像").split(),
     ev=["[[计价器]]未打表，加收{amt}", "乘客称[[绕路]]，调[[车载录像]]核实", "车号{plate}[[空车牌]]拒载",
         "[[网约车]]运输证{code}过期", "[[曹操出行]]平台订单{code}投诉", "继续教育学时已满，从业资格证年审",
         "[[高德打车]]订单多收{amt}", "[[车载终端]]离线{num}天", "退回多收车费{amt}，双方和解"],
     br=["滴滴", "曹操出行", "高德", "美团", "花小猪"],
     code=["CZ{d8}", "WY{y}{d5}", "TS-{d6}"],
     firm=["出租汽车有限公司", "汽车服务有限公司", "网约车平台", "汽修厂"])
_dom("tree_planting",
     topic=["义务植树登记", "认种认养登记", "苗木发放台账", "植树节尽责登记"],
     roles=["认养人", "植树人", "领苗人", "认种人", "捐资人", "志愿者", "养护人"],
     rel=["其子", "其女", "全家", "同事", "孙女"],
     dw=("杨树 柳树 柏树 桂花树 银杏 桑树 梅花 石楠 胡杨 侧柏 国槐 苗木 苗圃 林长 林地 林业站 "
         "杨柳 红叶石楠 金叶女贞 白蜡树 龙柏").split(),
     ev=["认养[[银杏]]{num}株，挂牌{code}", "领取[[侧柏]]苗{num}株", "捐资{amt}认种[[桂花树]]",
         "[[苗圃]]补植[[红叶石楠]]{num}株", "[[胡杨]]成活率低，待补种", "尽责方式：捐款{amt}",
         "在[[林地]]{num}号地块种[[国槐]]", "[[金叶女贞]]换[[龙柏]]", "[[白蜡树]]认养到期"],
     br=["同仁堂", "农夫山泉"],
     code=["RY{y}{d3}", "ZS-{d4}", "MM{d5}"],
     firm=["苗木专业合作社", "园林绿化有限公司", "林场", "苗圃"])
_dom("herb_growing",
     topic=["中药材种植户登记", "药材收购台账", "种植基地备案", "道地药材补贴"],
     roles=["种植户", "药农", "收购人", "交售人", "基地负责人", "承包户", "技术员"],
     rel=["其兄", "其妻", "其父", "帮工", "女婿"],
     dw=("黄芪 党参 白术 金银花 柴胡 何首乌 杜仲 黄连 连翘 田七 石斛 艾草 车前草 甘草 牛膝 葛根 麦冬 白芍 "
         "陈皮 关黄柏 贝母 天麻 龙胆 黄精").split(),
     ev=["种[[黄芪]]{num}亩，[[党参]]{num}亩", "交售[[柴胡]]{num}公斤，单价{amt}", "[[何首乌]]苗根腐",
         "收购[[连翘]]青翘{num}斤", "[[杜仲]]皮剥后补贴{amt}", "[[天麻]]菌材{num}袋",
         "[[石斛]]大棚{num}个，抽检合格", "[[陈皮]]晾晒场地{num}平方", "[[黄精]]种苗款{amt}"],
     br=["同仁堂", "九芝堂", "云南白药", "片仔癀"],
     code=["YC{y}{d4}", "SG-{d5}", "JD{d6}"],
     firm=["中药材专业合作社", "药业有限公司", "中药材收购站", "种植基地"])
_dom("slaughterhouse",
     topic=["生猪定点屠宰检疫记录", "屠宰工登记", "待宰生猪入场台账", "肉品品质检验"],
     roles=["货主", "屠宰工", "畜主", "送猪人", "检疫员助理", "运输司机", "工人"],
     rel=["其侄", "合伙人", "其妻", "帮工", "亲属"],
     dw=("白条猪 白条肉 冷鲜肉 毛猪 牛羊屠宰 屠宰线 屠宰工 生猪定点屠宰 刀具 刀工 烫毛池 脱毛机 麻电 "
         "麻电机 红白脏 黄膘肉 冷却间 排酸库 苏尼特羊").split(),
     ev=["入场[[毛猪]]{num}头，耳标号{code}", "[[黄膘肉]]{num}头无害化", "[[白条猪]]出场{num}片",
         "[[麻电机]]故障停线", "[[烫毛池]]水温不够", "[[冷却间]]满，改入[[排酸库]]",
         "[[苏尼特羊]]{num}只，检疫证{code}", "[[刀具]]消毒记录补签", "屠宰费{amt}已结清"],
     br=["双汇", "金锣", "雨润"],
     code=["JY{y}{d6}", "1{d7}", "TZ-{d5}"],
     firm=["肉联厂", "生猪定点屠宰场", "食品有限公司", "肉铺"])
_dom("village_vets",
     topic=["乡村兽医登记", "动物诊疗记录", "村级防疫员台账", "春防强免登记"],
     roles=["畜主", "乡村兽医", "防疫员", "养殖户", "报检人", "求诊人", "户主"],
     rel=["其父", "其妻", "邻居", "其兄", "帮工"],
     dw=("马立克病 羊痘 牛结节性皮肤病 牛羊耳标 羊布病 高致病性禽流感 强制免疫 强免 马鼻疽 金霉素 冷藏包 "
         "疫苗冷藏箱 白痢 鸡白痢 猪蓝耳病 羊快疫").split(),
     ev=["[[强免]]猪{num}头，牛{num}头", "疑似[[羊痘]]，采样送检", "[[鸡白痢]]，开[[金霉素]]",
         "[[牛结节性皮肤病]]排查无异常", "补打[[牛羊耳标]]{num}枚", "[[疫苗冷藏箱]]温度记录缺{num}天",
         "诊疗费{amt}，未开票", "[[高致病性禽流感]]免疫{num}羽", "[[猪蓝耳病]]病死猪{num}头无害化"],
     br=["金宇", "瑞普", "海利"],
     code=["ZL{y}{d4}", "MY-{d5}", "EB{d8}"],
     firm=["兽药店", "动物诊疗所", "养殖场", "畜牧兽医站"])
_dom("scale_verification",
     topic=["公平秤使用登记", "计量器具检定", "短斤少两投诉", "集贸市场电子秤强检台账"],
     roles=["摊主", "投诉人", "经营户", "送检人", "消费者", "商户", "报检人"],
     rel=["其妻", "其子", "同行人", "摊位合伙人", "其母"],
     dw=("公平秤 计量器具 计量检定 强检 强制检定 计量所 毛重 单价 包装秤 计价秤 计重 计量监督 公平秤亭").split(),
     ev=["[[公平秤]]复称少{num}两", "电子秤送[[计量所]]，证书{code}", "[[强检]]到期{num}台",
         "[[计价秤]]被改装，退赔{amt}", "[[毛重]]{num}斤，短{num}两", "[[包装秤]]首检合格",
         "[[计量器具]]铅封破损", "[[单价]]标错，多收{amt}", "[[公平秤亭]]无人值守"],
     br=["凯丰", "上海友声", "钱大妈"],
     code=["JD{y}-{d5}", "JL{d6}", "TS{d5}"],
     firm=["计量检定所", "市场服务中心", "农贸市场", "秤店"])
_dom("marathon_registration",
     topic=["马拉松报名", "参赛选手信息", "赛事志愿者登记", "半程马拉松存衣记录"],
     roles=["选手", "参赛人", "志愿者", "紧急联系人", "领队", "报名人", "陪跑员"],
     rel=["其女", "其夫", "队友", "其父", "同学"],
     dw=("马拉松 半程马拉松 全程马拉松 全马 半马 迷你马拉松 关门时间 关门车 金牌 金标赛事 计时芯片 存衣包 "
         "成绩证书 成绩").split(),
     ev=["报名[[半程马拉松]]，号码{code}", "[[计时芯片]]未返还", "超[[关门时间]]上[[关门车]]",
         "[[存衣包]]{code}错领", "[[成绩证书]]姓名有误申请更正", "[[全马]]完赛，净时{num}:{num}",
         "报名费{amt}退还", "[[金标赛事]]资格审核通过", "[[迷你马拉松]]亲子组{num}人"],
     br=["李宁", "安踏", "特步", "361度", "农夫山泉"],
     code=["A{d4}", "B{d5}", "M{y}{d4}", "H{d4}"],
     firm=["体育文化有限公司", "跑团", "赛事运营有限公司", "体育局"])
# 李宁 is a brand here only (never a name); it is also in the name blacklist.

_EN_DOM = {
    "cold_storage": (["Leng Ku", "Lengku", "Niu Rou", "Huang Hua Yu", "Bai Xia", "Lenglian"],
                     "cold store rental", ["Tenant", "Consignee", "Driver", "Worker"]),
    "handicraft_coop": (["Zhubian", "Liubian", "Miao embroidery", "Tao Yi", "Shi Diao", "Lan Yin Hua Bu"],
                        "bamboo-weaving co-op", ["Member", "Trainee", "Inheritor", "Weaver"]),
    "rural_ecommerce": (["Huang Tao", "Jin Yin Hua", "Bai Cha", "Mi Fen", "Yang Mei", "Li Zi"],
                        "e-commerce service station", ["Shop owner", "Streamer", "Trainee", "Recipient"]),
    "septic_cleaning": (["Hu Ce", "Xi Fen Che", "Guan Hu", "San Ge Chi", "Chi Tank"],
                        "septic tank emptying", ["Householder", "Caller", "Caretaker", "Driver"]),
    "cable_tv": (["Hu Hu Tong", "Gao Pin Tou", "Wei Xing Guo", "Gao Qing box"],
                 "cable TV installation", ["Subscriber", "Applicant", "Installer", "Caller"]),
    "taxi_drivers": (["Ji Jia Qi", "Cao Cao Chuxing", "Che Zai terminal", "Gao De Dache"],
                     "taxi driver licensing", ["Driver", "Complainant", "Passenger", "Co-driver"]),
    "tree_planting": (["Yang Shu", "Liu Shu", "Ce Bai", "Gui Hua", "Yin Xing", "Hu Yang", "Mei Hua"],
                      "voluntary tree planting", ["Adopter", "Planter", "Donor", "Volunteer"]),
    "herb_growing": (["Huang Qi", "Dang Shen", "Bai Zhu", "Chai Hu", "He Shou Wu", "Du Zhong", "Tian Qi",
                      "Gan Cao", "Chen Pi", "Lian Qiao", "Ge Gen", "Mai Dong", "Niu Xi", "Ai Ye"],
                     "herb growing", ["Grower", "Seller", "Contract farmer", "Technician"]),
    "slaughterhouse": (["Bai Tiao", "Mao Zhu", "Ma Dian", "Leng Xian Rou", "Huang Biao"],
                       "designated hog slaughter", ["Owner", "Butcher", "Hauler", "Worker"]),
    "village_vets": (["Ma Li Ke", "Niu Jie Jie", "Yang Dou", "Qiang Mian", "Lan Er"],
                     "village veterinarian register", ["Owner", "Vet", "Farmer", "Vaccinator"]),
    "scale_verification": (["Gong Ping Cheng", "Ji Liang", "Qiang Jian", "Mao Zhong"],
                           "scale verification", ["Stallholder", "Complainant", "Customer", "Submitter"]),
    "marathon_registration": (["Ban Ma", "Quan Ma", "Guan Men time", "Cheng Ji certificate"],
                              "marathon registration", ["Runner", "Volunteer", "Emergency contact",
                                                        "Team leader"]),
}
_EN_PLACES = ("Lijiacun Wangzhuang Zhangjiakou Liuzhou Chenzhou Huangshan Zhoukou Yangzhou Gaoyou Ma'anshan "
              "Shijiazhuang Linyi Heze Xuzhou Zhaojiagou Hejiazhai Guojiazhuang Tianjiazhuang Sunjiawan "
              "Songzhuang Huzhou Wujiang Luojiang Jinhua").split()
_EN_PLACES += ["Li Family Village", "Wang Village", "Zhang Jia Wan", "Ma Jia Bao", "Chen Jia Tun"]
_EN_BRANDS = "Haier Hisense Huawei Changhong Midea Konka Skyworth Didi Meituan Shuanghui Tongrentang Xiaomi".split()
_EN_BRANDS += ["SF Express", "Cao Cao Mobility", "JD Logistics", "Wong Lo Kat"]


# pinyin syllables of surnames held by the romanised domain terms of English exports
_PY_SURNAME_SYLL = frozenset(set(_PY_FAM.values()) | set(
    "Leng Niu Bai Mao Ma Gong Ji Qiang Guan Cheng Ban Quan Tao Lan Miao Zhu Liu Shi Hu Che Chi Gao Wei "
    "Cao Yang Gui Yin Mei Huang Dang Chai He Du Tian Gan Chen Lian Ge Mai Ai Jin Mi Li Xi".split()))


def _surname_chars():
    s = {c for c, _ in _parse_freq(_SURNAME_FREQ)} | set(_SURNAME_TAIL)
    for c in _COMPOUND:
        s |= set(c)
    return s


SURNAME_CHARS = frozenset(_surname_chars())


def _build():
    """Pools, checked: every domain word holds a surname character."""
    fam = _parse_freq(_SURNAME_FREQ)
    sur = [c for c, _ in fam] + list(_SURNAME_TAIL)
    w = [float(x) for _, x in fam] + [0.25] * len(_SURNAME_TAIL)
    pools = {"sur": sur, "sur_w": w, "compound": _COMPOUND, "domains": _D}
    lit = re.compile(r"\[\[(.+?)\]\]")
    for key, d in _D.items():
        words = set(d["dw"])
        for ev in d["ev"] + _T_SPECIAL[key] + _T_LKONLY:
            words |= set(lit.findall(ev))
        for x in words:
            if not (set(x) & SURNAME_CHARS):
                raise ValueError(f"{key}: domain word {x} holds no surname character")
        d["words"] = words
    for key, (words, _, _) in _EN_DOM.items():
        for x in words:
            toks = re.split(r"[ -]", x)
            if not any(t.startswith(s) for t in toks for s in _PY_SURNAME_SYLL):
                raise ValueError(f"{key}: English domain word {x} holds no surname syllable")
    return pools



# --------------------------------------------------------------------------------------------
# Templates.  {N} name without cue; {C} / {C:label} name after a cue label; {K[:label]} nickname;
# {W[:label]} old-ledger married woman; {G} three siblings; {O:label} official (look-alike);
# [[x]] a domain look-alike; other {x} are filler or look-alike slots.
# --------------------------------------------------------------------------------------------
_T_LABEL = [
    "{C:姓名}{;}性别{:}{sex}{;}年龄{:}{age}{;}住址{:}{pl}{;}电话{:}{ph}{;}备注{:}{ev}，同户{N}、{N}一并登记",
    "【{topic}】{C}，与{N}同来{;}联系电话{:}{ph}{;}{ev}{;}{C:代办人}（{rel}）{;}登记日期{:}{dt}",
    "{C}{;}身份证{:}{id}{;}{ev}{;}{C:紧急联系人}　{ph}{;}{R}",
    "{C}{;}{ev}{;}所在地{:}{pl}{;}{C:经办}{;}{C:复核}{;}{dt}",
    "{C}{;}电话{:}{ph}{;}地址{:}{rd}{num}号{;}情况{:}{ev}，{N}{age}，{N}{ph}",
    "项目{:}{topic}{;}{C}{;}{ev}{;}{C:同行}、{N}{;}金额{:}{amt}",
    "{W:户主}{;}住址{:}{pl}{;}{ev}{;}{C:代领人}（{rel}）",
    "{C}（{K:小名}）{;}{ev}{;}{dt}",
]
_T_PROSE = [
    "{dt}，{pl}{N}到站反映{ev}，经核实情况属实，{C:已告知}于{dt}前补齐材料。",
    "{N}（{age}，{pl}）{ev}，{C:其妻}在场，{C:证明人}签字。",
    "经查，{N}与{N}系合伙关系，{ev}，双方同意由{N}承担。",
    "{C}称{ev}，{N}当场确认，已调解。",
    "{N}{age}，住{pl}，{ev}。{R}电话{ph}。",
    "{dt}上午{N}和{N}一同来办，{ev}；{N}未到，由{C:其家属}补签。",
    "{pl}{N}、{pl}{N}两户{ev}，{dt}复查。",
    "{N}反映其邻居{N}{ev}，{C:村民}作证。",
    "今日{N}及{C:其子}到场，{ev}，费用{amt}由{N}支付。",
    "{G}兄弟三人共同登记，{ev}，{dt}。",
    "{N}，{K:小名}，{age}，{ev}；{N}作保。",
    "{W}与孙子{N}同住，{ev}。",
]
_T_LIST = [
    "{topic}名单{:}\n1.{N} 2.{N} 3.{N} 4.{N}\n（{ev}）",
    "{N}、{N}、{N}、{N}等{num}户{ev}。",
    "{C}、{N}、{N}；{ev}；{dt}",
    "一、{N}（{pl}）\n二、{N}（{pl}）\n三、{N}（{pl}）\n以上{ev}",
    "{topic}：{N}，{N}，{N}（{ev}）",
    "①{N} {ph} ②{N} {ph} ③{N} {ph}\n{ev}",
    "本批{num}人：{N}/{N}/{N}/{N}，{ev}",
    "老户名册：{W}、{W}、{N}（{pl}）；{ev}",
]
_T_CELL = [
    "{N}|{sex}|{age}|{pl}|{ph}|{ev}",
    "{N}/{ph}/{pl}；{N}/{ph}/{pl}；{ev}",
    "{N} {ph}\n{N} {ph}\n{N} {ph}",
    "{N}\t{id}\t{amt}\t{dt}\n{N}\t{id}\t{amt}\t{dt}",
    "{N}，{sex}，{age}，{ev}，{dt}",
    "{pl}/{N}/{ev}/{C}",
    "{N}；{N}；{N}\n{ev}",
    "{N}{age}{ph}{ev}",
    "{N}（{K}）/{ph}/{pl}\n{N}/{ph}/{pl}",
]
_T_LOG = [
    "{dt} {N}来电，{ev}；{dt} 已通知{C}；{dt} {N}确认完成。",
    "{dt} {tm} {C}{ev}\n{dt} {tm} {C:回访} 满意",
    "{dt}：{N}{ev}。{dt}：{N}复核无误。",
    "{dt} {ev}（{N}）\n{dt} 补材料（{N}）",
    "{dt} {tm}{N}到站；{tm}{ev}；{tm}{N}离开",
    "{dt} 受理 {N} {ph}\n{dt} 办结 {ev}\n{dt} {C:回访对象} 未接",
    "[{dt}] {N}: {ev}; [{dt}] {N}: 已缴{amt}",
]
_T_SPECIAL = {
    "cold_storage": [
        "[[冷库]]{num}号位 {C:承租} 电话{ph}\n{N}（{rel}）代签 押金{amt}",
        "{dt} [[冷藏车]]{plate} {C:驾驶}，{C:跟车}，{C:货主}（{pl}）",
    ],
    "handicraft_coop": [
        "{pl}{firm}：{N}交[[竹席]]{num}张，{N}交[[柳条筐]]{num}个，{N}交[[花篮]]{num}只",
        "{C:传承人}，{C:带徒}、{N}，技艺{:}[[苗绣]]",
    ],
    "rural_ecommerce": [
        "{N} {ph} {pl} [[黄桃]]×{num}\n{N} {ph} {pl} [[白茶]]×{num}",
        "{C:主播}（{br}号{code}）带货[[梅干菜]]，{N}负责发货",
    ],
    "septic_cleaning": [
        "{pl}{N}家[[化粪池]]满，{N}家[[户厕]]漏；[[吸粪车]]{plate}{dt}去",
        "{dt} {C:清掏}户、{N}户、{N}户，计{num}车",
    ],
    "cable_tv": [
        "{N}家[[户户通]]无信号，{N}家[[高频头]]坏，{dt}一起修",
        "{C:用户}，{C:安装工}，装[[卫星锅]]一套，收{amt}",
    ],
    "taxi_drivers": [
        "车号{plate}，{C:驾驶员}，{C:投诉人}，{ev}",
        "{dt} {tm}{C:乘客}在{rd}上车，{N}驾驶，[[计价器]]{amt}",
    ],
    "tree_planting": [
        "{N}一家三口（{N}、{N}）认养[[桂花树]]{num}株，牌号{code}",
        "{dt} {pl}{N}领[[杨树]]苗{num}株；{N}领[[柳树]]苗{num}株",
    ],
    "herb_growing": [
        "{N}\t[[黄芪]]\t{num}亩\t{pl}\n{N}\t[[党参]]\t{num}亩\t{pl}",
        "{pl}{N}种[[何首乌]]，{N}种[[杜仲]]，均为{firm}订单",
    ],
    "slaughterhouse": [
        "{dt} {C:畜主} [[毛猪]]{num}头 耳标{code}\n{dt} {C:畜主} [[毛猪]]{num}头",
        "[[屠宰线]]班组：{N}、{N}、{N}（[[刀工]]），{N}（[[麻电]]）",
    ],
    "village_vets": [
        "{N}家牛{num}头，{N}家羊{num}只，均已[[强免]]，{dt}",
        "{C:乡村兽医}，给{pl}{N}家猪看病，[[猪蓝耳病]]疑似",
    ],
    "scale_verification": [
        "{N}在{shop}买肉，[[公平秤]]复称短{num}两，{N}（摊主）退赔{amt}",
        "{dt} {N}送检[[计价秤]]{num}台，{N}送检[[包装秤]]{num}台",
    ],
    "marathon_registration": [
        "{N} {sex} {age} [[半马]] {code}\n{N} {sex} {age} [[全马]] {code}",
        "{C:选手}，{C:紧急联系人}（{rel}）{ph}，[[存衣包]]{code}",
    ],
}
_T_PUBLIC = [
    "关于{ptopic}的公示\n经本人申请、村委会审核，现将{N}、{N}、{N}等人{ptopic}予以公示。"
    "公示期{dt}至{dt}，如有异议请与{O:联系人}联系（电话{land}）。\n{pl}村民委员会 {O:村委会主任}（签字）",
    "{ptopic}公示：{C:申请人}，{C:监护人}（{rel}），{ev}。审核人{:}{O:}，监督电话{land}。{dt}",
    "公告\n{C:举报人}反映{pl}{ev}，{C:证人}及{N}到场作证，经查属实。{O:经办人}{;}{O:审核}{;}{dt}",
    "{ptopic}\n序号 姓名 村组 金额\n1 {N} {pl} {amt}\n2 {N} {pl} {amt}\n3 {N} {pl} {amt}\n联系人{:}{O:}",
    "公示\n{C:受益人}、{N}；{C:见证人}。{ev}。如有异议，请于{dt}前向{O:站长}反映。",
    "关于{ptopic}的公告：{N}（{age}）及{R}符合条件。{C:异议人}已撤回异议。{O:负责人}，{dt}",
    "【公示】{ptopic}\n{N}、{N}\n公示期：{dt}—{dt}\n{O:监督人}{;}{O:联系人}{;}{land}",
    "{doc}\n{ptopic}：{C:申请人}（{pl}），{C:担保人}；{ev}。{O:所长}（签章） {dt}",
]
_PTOPIC = {
    "cold_storage": ["进口冷链从业人员健康补助名单", "冷库建设补贴"],
    "handicraft_coop": ["县级非遗代表性传承人推荐人选", "手工艺培训补贴名单"],
    "rural_ecommerce": ["电商带头人培训补贴名单", "网店创业扶持对象"],
    "septic_cleaning": ["农村户厕改造奖补名单", "化粪池清掏补助户"],
    "cable_tv": ["户户通安装补助户名单", "有线电视困难户减免"],
    "taxi_drivers": ["出租车驾驶员从业资格注销名单", "乘客投诉处理结果"],
    "tree_planting": ["义务植树认种认养名单", "苗木补贴发放"],
    "herb_growing": ["中药材种植补贴发放名单", "道地药材示范户"],
    "slaughterhouse": ["屠宰工技能培训合格名单", "生猪无害化处理补助"],
    "village_vets": ["乡村兽医登记名单", "村级防疫员补助"],
    "scale_verification": ["短斤少两举报奖励", "公平秤管理员补贴"],
    "marathon_registration": ["优秀赛事志愿者表彰名单", "马拉松获奖选手名单"],
}
_T_MIN = [
    "{topic}（少数民族户）{:}\n1.{N}{eth} {ph}\n2.{N}{eth} {ph}\n3.{N}{eth}",
    "{N}{eth}、{N}{eth}、{N}{eth}{ev}",
    "{C}{eth}{;}{ev}{;}{C:翻译}",
    "{dt} {N}（{pl}）{ev}，{N}{eth}代为签字",
    "{N}|{eth2}|{age}|{ph}\n{N}|{eth2}|{age}|{ph}",
    "{pl}{N}与{N}{eth}共同登记，{ev}，{C:见证人}",
    "{C:姓名}{;}民族{:}{eth2}{;}{ev}{;}{C:同户}、{N}",
]
_T_EN = [
    "{EC:Name}; Tel: {ph}; Remark: {eev}; {EC:Contact} ({erel})",
    "{EC} reported {eev} on {edt}. {EN} of {epl} confirmed.",
    "{edt} {EN} called re {etopic}; {eev}; {EN} to follow up.",
    "{EN}|{esex}|{age2}|{epl}|{ph}\n{EN}|{esex}|{age2}|{epl}|{ph}",
    "Participants: {EN}, {EN}, {EN}; {eev}",
    "{etopic} list: 1) {EN} 2) {EN} 3) {EN} -- {eword}",
    "{EC} ({age2}), {epl}; {eev}; paid {eamt} on {edt}",
    "[{edt}] {EN}: {eev}\n[{edt}] {EN}: closed",
    "{EC}, {ph}, {epl}. {eev}. Co-signed: {EN} and {EN}.",
    "Ticket {ecode} / {EN} / {eev} / {ebr}",
    "{EN} and {EN} ({erel}) visited {epl}; {eword}; {eev}",
    "Record {ecode}: {EC}; {eword}; {EN} {ph}",
]
_EV_EN = [
    "{edw} issue, fixed", "{edw} order {ecode}", "complaint about {edw}", "paid deposit {eamt} for {edw}",
    "{edw} checked, OK", "{ebr} item, {edw} returned", "{edw} x{num}, weighed", "asked about {edw} subsidy",
]
_EWORDS = ["Grant: {eamt}", "Status: Will revisit", "May {num}, 2026", "Bill No. {ecode}", "Mark: passed",
           "variety Rose", "Amber alert cleared", "Ginger tea provided", "Jasmine tea",
           "Penny short in change", "Sterling silver clasp", "Chase order sent", "Herb drying shed",
           "Frank discussion held", "Victor brand scale"]
_EWORD_KEY = {"Grant: {eamt}": "Grant", "Status: Will revisit": "Will", "May {num}, 2026": "May",
              "Bill No. {ecode}": "Bill", "Mark: passed": "Mark", "variety Rose": "Rose",
              "Amber alert cleared": "Amber", "Ginger tea provided": "Ginger", "Jasmine tea": "Jasmine",
              "Penny short in change": "Penny", "Sterling silver clasp": "Sterling",
              "Chase order sent": "Chase", "Herb drying shed": "Herb", "Frank discussion held": "Frank",
              "Victor brand scale": "Victor"}
_T_LKONLY = [
    "{num}号[[冷库]]{ev}；{br}售后{dt}上门；{pl}方向[[冷藏车]]{plate}",
    "{topic}{;}{ev}{;}{ev}{;}{doc}{;}{firm}",
    "{dt} {ev}；{dt} {ev}；地点{:}{pl}{rd}",
    "{shop}{;}{uscc}{;}{ev}{;}金额{:}{amt}",
    "{pl}、{pl}、{pl}三村{ev}，{doc}",
    "{firm}（{uscc}）{ev}，{amt}，{dt}",
    "{ev}\n{ev}\n{br}、{br}",
]

_TAIL = ["（{C:代笔}）", "，{R}到场", "；{N}的电话{ph}", "，{C:经办}", "。{C:抄送}", "，与{N}同来",
         "\n{C:备注人}", "；{C:陪同}", "，{N}{age}", "。另{C:联系人}{ph}", "；{dt}{N}补签",
         "，和{N}一起", "（{C:介绍人}）", "；{pl}{N}"]
_TAIL_PUB = ["；{C:代领人}（{rel}）", "。{C:监护人}", "；{C:公示对象家属}"]
_TAIL_EN = [" (agent: {EN})", "; {EC:Witness}", "; with {EN}", "; {EN} {ph}", " / {EC:Checked by}"]
_PAD = ["；{dw}", "（{dw}）", "，涉及{dw}", " 备注:{dw}", "。{dw}已登记", "，另有{dw}", "\n{dw}"]
_PAD_EN = ["; item: {edw}", " ({edw})", "; re {edw}", " - {edw}"]

_TYPOS = [("电话", "电活"), ("姓名", "姓命"), ("联系", "联糸"), ("身份证", "身分证"), ("登记", "登纪"),
          ("已完成", "已完城"), ("复核", "复合"), ("备注", "备往"), ("确认", "确忍"), ("签字", "签子")]


def _d(rng, k):
    return "".join(rng.choice("0123456789") for _ in range(k))


def _uscc(rng):
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = rng.choice(["91", "92", "93", "52"]) + rng.choice(["370", "410", "510", "430", "620"])
    body += _d(rng, 3)
    while len(body) < 17:
        body += rng.choice(alphabet)
    s = sum(alphabet.index(c) * w for c, w in zip(body, weights))
    return body + alphabet[(31 - s % 31) % 31]


def _id18(rng):
    area = rng.choice(["370102", "410521", "513401", "430721", "620102", "652801", "532529"])
    y = rng.randint(1940, 2008)
    body = f"{area}{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{_d(rng, 3)}"
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


_POOLS = _build()


class _Retry(Exception):
    """A remark could not be completed; draw another template."""


class _Gen:
    """Generates one set; enforces uniqueness of names across the whole set."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used = set()
        self.texts = []
        self.corpus = ""
        self.by2 = {}
        self.sur_cum = None

    # -- names -------------------------------------------------------------------------
    def _ok(self, name, extra=()):
        if len(name) < 2 or name in self.used or name in _BLACKLIST or name in _BLACKLIST_EN:
            return False
        if name in self.corpus:
            return False
        for i in range(len(name) - 1):
            for other in self.by2.get(name[i:i + 2], ()):
                if other in name:
                    return False
        for other in extra:
            if other in name or name in other:
                return False
        return True

    def surname(self):
        r = self.rng
        if r.random() < 0.045:
            return r.choice(_COMPOUND)
        return r.choices(_POOLS["sur"], weights=_POOLS["sur_w"])[0]

    def han(self):
        r = self.rng
        x = r.random()
        if x < 0.025:
            return r.choice(_WORD_NAMES)
        s = self.surname()
        if x < 0.36:
            return s + r.choice(_GIVEN_M + _GIVEN_F)
        if x < 0.62:
            return s + r.choice(_GIVEN_OLD)
        if x < 0.72:
            return s + r.choice(_GIVEN_NEW)
        pool = _GIVEN_M if r.random() < 0.5 else _GIVEN_F
        return s + r.choice(pool) + r.choice(pool)

    def nick(self):
        r = self.rng
        return r.choice(_NICK) if r.random() < 0.6 else r.choice("大二三四小") + r.choice("丫妮蛋柱娃宝毛狗虎牛")

    def wife(self):
        r = self.rng
        return r.choices(_POOLS["sur"][:60])[0] + r.choices(_POOLS["sur"][:80])[0] + "氏"

    def minority(self):
        r = self.rng
        g = r.choice(["维吾尔族"] * 5 + ["哈萨克族"] * 3 + ["藏族"] * 4 + ["彝族"] * 3 + ["蒙古族"] * 3 +
                     ["朝鲜族"] * 3 + ["傣族"] * 2 + ["佤族"] * 2 + ["景颇族"] * 2 + list(_HAN_STYLE) * 2)
        sep = r.choice(_SEPS)
        if g == "维吾尔族":
            return r.choice(_UY_M + _UY_F) + sep + r.choice(_UY_FA), g
        if g == "哈萨克族":
            return r.choice(_KZ_G) + sep + r.choice(_KZ_FA), g
        if g == "藏族":
            a, b = r.sample(_TB, 2)
            return (a + b if r.random() < 0.85 else a), g
        if g == "彝族":
            return r.choice(_YI_S) + r.choice(_YI_G), g
        if g == "蒙古族":
            n = r.choice(_MN_1) + r.choice(_MN_2)
            if r.random() < 0.2:
                n = r.choice("包白韩敖鲍") + n
            return n, g
        if g == "朝鲜族":
            return r.choice(_KR_S) + r.choice(_KR_G), g
        if g == "傣族":
            if r.random() < 0.5:
                n = "岩" + r.choice(_DAI_M) + (r.choice(_DAI_M) if r.random() < 0.4 else "")
            else:
                n = "玉" + r.choice(_DAI_F) + (r.choice(_DAI_F) if r.random() < 0.4 else "")
            return (r.choice("刀召") + n if r.random() < 0.25 else n), g
        if g == "佤族":
            return r.choice(_WA_1) + r.choice(_WA_2) + (r.choice(_WA_2) if r.random() < 0.5 else ""), g
        if g == "景颇族":
            return r.choice(_JP_C) + r.choice(_JP_O) + r.choice(_JP_3), g
        s = r.choice(_HAN_STYLE[g])
        if g in _HAN_STYLE_GIV and r.random() < 0.7:
            return s + r.choice(_HAN_STYLE_GIV[g]), g
        if r.random() < 0.5:
            return s + r.choice(_GIVEN_OLD), g
        return s + r.choice(_GIVEN_M + _GIVEN_F) + (r.choice(_GIVEN_M + _GIVEN_F) if r.random() < .5 else ""), g

    def english(self):
        r = self.rng
        x = r.random()
        fam_c = r.choice(list(_PY_FAM))
        fam = _PY_FAM[fam_c]
        g1, g2 = r.choice(_PY_GIVEN), r.choice(_PY_GIVEN).lower()
        giv = g1 + (g2 if r.random() < 0.6 else "")
        if x < 0.14:
            return f"{fam} {giv}"
        if x < 0.26:
            return f"{giv} {fam}"
        if x < 0.36:
            return f"{fam.upper()} {giv}" if r.random() < 0.7 else f"{fam.upper()}, {giv}"
        if x < 0.42:
            return f"{fam} {g1}-{g2}" if r.random() < 0.5 else f"{fam} {g1} {g2.capitalize()}"
        if x < 0.50:
            i1, i2 = g1[0], g2[0].upper()
            return r.choice([f"{i1}.{i2}. {fam}", f"{fam} {i1}.{i2}.", f"{i1}. {fam}", f"{fam} {i1}{i2}",
                             f"{fam.upper()} {i1}{i2}"])
        if x < 0.62:
            f, a, b = r.choice(_HK_FAM), r.choice(_HK_GIV), r.choice(_HK_GIV)
            return r.choice([f"{f} {a}-{b.lower()}", f"{f.upper()} {a} {b}", f"{f} {a} {b}",
                             f"{a}-{b.lower()} {f}"])
        if x < 0.69:
            f, a, b = r.choice(_MO_FAM), r.choice(_MO_GIV), r.choice(_MO_GIV)
            return r.choice([f"{f.upper()} {a} {b}", f"{f} {a} {b}"])
        if x < 0.79:
            f, g = r.choice(_TW_FAM), r.choice(_TW_GIV)
            return r.choice([f"{f} {g}", f"{f.upper()}, {g.upper()}", f"{g} {f}"])
        if x < 0.87:
            f, g = r.choice(_SG_FAM), r.choice(_SG_GIV)
            e = r.choice(_EN_GIV)
            return r.choice([f"{f} {g}", f"{f.upper()} {g}", f"{e} {f} {g}"])
        e = r.choice(_EN_GIV)
        f = fam if r.random() < 0.5 else r.choice(_HK_FAM)
        return r.choice([f"{e} {f}", f"{f.upper()}, {e}", f"{e} {f.upper()}",
                         f"{e} {r.choice(_HK_FAM)} {r.choice(_HK_GIV)}-{r.choice(_HK_GIV).lower()}"])

    def fresh(self, make, extra):
        for _ in range(200):
            v = make()
            name = v[0] if isinstance(v, tuple) else v
            if self._ok(name, extra):
                return v
        raise _Retry("name pool exhausted")

    # -- set ---------------------------------------------------------------------------
    def accept(self, remark):
        self.texts.append(remark.text)
        self.corpus += "\x00" + remark.text
        for nm in remark.names:
            self.used.add(nm)
            self.by2.setdefault(nm[:2], []).append(nm)

    def clash(self, text, names):
        for i in range(len(text) - 1):
            for other in self.by2.get(text[i:i + 2], ()):
                if text.startswith(other, i):
                    return True
        return any(nm in self.corpus for nm in names)


_SLOT = re.compile(r"\{(:|;|\w+)(?::([^}]*))?\}|\[\[(.+?)\]\]")


class _Builder:
    def __init__(self, gen, family, dom, style):
        self.g, self.r = gen, gen.rng
        self.family, self.dom, self.style = family, dom, style
        self.D = _D[dom]
        self.parts, self.names, self.cued, self.lk = [], [], [], {}
        self.last_eth = ""
        self.typo = self.r.random() < 0.18
        self.offs = []

    # text pieces
    def lit(self, s):
        if self.typo and s:
            for a, b in _TYPOS:
                if a in s and self.r.random() < 0.5:
                    s = s.replace(a, b, 1)
        self.parts.append(s)

    def look(self, s, kind):
        self.parts.append(s)
        self.lk.setdefault(s, kind)

    def plant(self, name, cued):
        self.parts.append(name)
        self.names.append(name)
        self.cued.append(cued)

    def new_name(self, kind="N"):
        g = self.g
        taken = self.names + list(self.lk)
        if kind == "K":
            return g.fresh(g.nick, taken)
        if kind == "W":
            return g.fresh(g.wife, taken)
        if self.style == "min":
            n, eth = g.fresh(g.minority, taken)
            self.last_eth = eth
            return n
        if self.style == "en":
            return g.fresh(g.english, taken)
        return g.fresh(g.han, taken)

    def cue_label(self, label):
        r = self.r
        if label is None:
            label = r.choice(self.D["roles"]) if self.style != "en" else r.choice(_EN_DOM[self.dom][2])
        if self.style == "en":
            return label + r.choice([": ", " ", ":"])
        if label.startswith(("已", "其", "电话", "村民")):
            return label
        return label + r.choice(["：", ":", "", " ", "：", "　"])

    # filler / look-alike slots
    def date(self):
        r = self.r
        m, d = r.randint(1, 12), r.randint(1, 28)
        y = r.choice([2025, 2026, 2026])
        f = r.choice([f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日",
                      f"{y}/{m:02d}/{d:02d}", f"{m}月{d}号", f"{y}年{m}月{d}号", f"{m}.{d}"])
        self.look(f, "date")

    def amount(self):
        r = self.r
        v = r.choice([50, 80, 120, 150, 200, 260, 300, 350, 480, 500, 800, 1200, 1500, 2000, 3600, 12000])
        caps = {50: "伍拾元整", 80: "捌拾元整", 120: "壹佰贰拾元整", 150: "壹佰伍拾元整", 200: "贰佰元整",
                300: "叁佰元整", 500: "伍佰元整", 800: "捌佰元整", 2000: "贰仟元整"}
        f = r.choice([f"{v}元", f"¥{v:,}.00", f"{v}.00元", f"人民币{v}元", f"{v/10000:g}万元" if v >= 10000 else f"{v}块",
                      caps.get(v, f"{v}元"), f"￥{v}"])
        self.look(f, "amount")

    def code(self):
        r = self.r
        pat = r.choice(self.D["code"])
        s = pat.replace("{y}", str(r.choice([2025, 2026])))
        s = re.sub(r"\{d(\d+)\}", lambda m: _d(r, int(m.group(1))), s)
        self.look(s, "code")

    def plate(self):
        r = self.r
        prov = r.choice("鲁豫川湘甘新滇冀晋皖")
        city = r.choice("ABCDEFGHKLMNPQ")
        tail = r.choice("0123456789DFTX") + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + _d(r, 1)
        f = r.choice([f"{prov}{city}·{tail}", f"{prov}{city}{tail}", f"{prov}{city} {tail}", f"{prov}{city}D{_d(r, 5)}"])
        self.look(f, "plate")

    def place(self):
        r = self.r
        if r.random() < 0.25:
            self.look(r.choice(_REAL_PLACES), "place")
        else:
            s = r.choices(_POOLS["sur"][:90])[0]
            self.look(s + r.choice(_SHARED_PLACE_SUFFIX), "place")

    def road(self):
        r = self.r
        if r.random() < 0.5:
            self.look(r.choice(_ROAD_BASE) + r.choice(_ROAD_SUF), "road")
        else:
            self.look(r.choices(_POOLS["sur"][:60])[0] + "家" + r.choice(["路", "巷", "街", "胡同"]), "road")

    def shop(self):
        r = self.r
        self.look(r.choices(_POOLS["sur"][:60])[0] + r.choice(["记", "氏", "家"]) + r.choice(_SHOP_KIND), "shop")

    def firm(self):
        r = self.r
        base = r.choices(_POOLS["sur"][:60])[0] + r.choice(["家湾", "庄", "家村", "记", "氏", "家沟"])
        self.look(base + r.choice(self.D["firm"]), "firm")

    def doc(self):
        r = self.r
        org = r.choice(["农发", "市监", "交运", "林字", "畜牧", "广电", "商务", "卫健", "体育", "政办"])
        county = r.choice(["曹", "单", "费", "汤", "易", "牟", "滕", "邵", "温", "罗", "高", "金"])
        y = r.choice([2025, 2026])
        self.look(r.choice([f"{county}{org}〔{y}〕{r.randint(1, 60)}号", f"{county}{org}[{y}]{r.randint(1, 60)}号",
                            f"{county}{org}（{y}）{r.randint(1, 60)}号"]), "docno")

    def brand(self, generic=False):
        r = self.r
        pool = _GEN_BRANDS if generic or r.random() < 0.3 else self.D["br"]
        self.look(r.choice(pool), "brand")

    def phone(self):
        r = self.r
        p = r.choice("3456789")
        m = "1" + p + _d(r, 9)
        f = r.choice([m, m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}",
                      m.translate(str.maketrans("0123456789", "０１２３４５６７８９"))])
        self.parts.append(f)

    def land(self):
        self.parts.append(self.r.choice(["0531-", "0371-", "028-", "0731-", "0931-", "0691-"]) + "8" + _d(self.r, 6))

    def event(self, en=False):
        r = self.r
        if en:
            self.render(r.choice(_EV_EN))
        else:
            self.render(r.choice(self.D["ev"]))

    def render(self, tpl):
        pos = 0
        for m in _SLOT.finditer(tpl):
            if m.start() > pos:
                self.lit(tpl[pos:m.start()])
            pos = m.end()
            key, arg, litw = m.group(1), m.group(2), m.group(3)
            if litw is not None:
                self.look(litw, "domain")
                continue
            self.slot(key, arg)
        if pos < len(tpl):
            self.lit(tpl[pos:])

    def slot(self, key, arg):
        r = self.r
        if key in ("N", "EN"):
            if self.family != "public_notice" and r.random() < 0.41:
                lab = self.cue_label(None)
                if self.style != "en":
                    lab = lab.rstrip("：: 　") + r.choice(["", "", "", " ", "："])
                self.lit(lab)
                self.plant(self.new_name(), True)
            else:
                self.plant(self.new_name(), False)
        elif key == "C":
            self.lit(self.cue_label(arg or None))
            self.plant(self.new_name(), True)
        elif key == "K":
            if arg:
                self.lit(self.cue_label(arg))
            self.plant(self.new_name("K"), bool(arg))
        elif key == "W":
            if arg:
                self.lit(self.cue_label(arg))
            self.plant(self.new_name("W"), bool(arg))
        elif key == "G":
            s = self.g.surname()
            gc = r.choice(_GEN_CHARS)
            pool = r.sample(_GIVEN_M if r.random() < 0.7 else _GIVEN_F, 8)
            k = 0
            for i in range(3):
                for _ in range(8):
                    cand = s + gc + pool[k % 8]
                    k += 1
                    if self.g._ok(cand, self.names + list(self.lk)):
                        break
                else:
                    raise _Retry("sibling")
                if i:
                    self.lit("、")
                self.plant(cand, False)
        elif key == "R":
            self.lit(r.choice(self.D["rel"]))
            self.plant(self.new_name(), True)
        elif key == "O":
            self.lit(self.cue_label(arg) if arg else "")
            name = self.g.fresh(self.g.han, self.names + list(self.lk))
            self.look(name, "official")
        elif key == "EC":
            self.lit(self.cue_label(arg or None))
            self.plant(self.new_name(), True)
        elif key == "eth":
            e = self.last_eth
            self.lit(r.choice([f"（{e}）", f"({e})", f"，{e}", ""]) if e else "")
        elif key == "eth2":
            self.lit(self.last_eth or "汉族")
        elif key == "ev":
            self.event()
        elif key == "eev":
            self.event(en=True)
        elif key == "topic":
            self.lit(r.choice(self.D["topic"]))
        elif key == "ptopic":
            self.lit(r.choice(_PTOPIC[self.dom]))
        elif key == "rel":
            self.lit(r.choice(self.D["rel"]))
        elif key == "dw":
            self.look(r.choice(self.D["dw"]), "domain")
        elif key == "dt":
            self.date()
        elif key == "tm":
            self.lit(f"{r.randint(7, 18)}:{r.choice(['00', '10', '25', '30', '45', '50'])}")
        elif key == "amt":
            self.amount()
        elif key == "num":
            self.lit(str(r.randint(1, 30)))
        elif key == "code":
            self.code()
        elif key == "plate":
            self.plate()
        elif key == "doc":
            self.doc()
        elif key == "uscc":
            self.look(_uscc(r), "uscc")
        elif key == "ph":
            self.phone()
        elif key == "land":
            self.land()
        elif key == "age":
            self.lit(r.choice([f"{r.randint(18, 88)}岁", f"{r.randint(18, 88)}", f"{r.randint(18, 88)}周岁"]))
        elif key == "age2":
            self.lit(str(r.randint(18, 80)))
        elif key == "id":
            self.parts.append(_id18(r))
        elif key == "sex":
            self.lit(r.choice(["男", "女"]))
        elif key == "esex":
            self.lit(r.choice(["M", "F", "Male", "Female"]))
        elif key == "pl":
            self.place()
        elif key == "rd":
            self.road()
        elif key == "shop":
            self.shop()
        elif key == "firm":
            self.firm()
        elif key == "br":
            self.brand()
        elif key == ":":
            self.lit(r.choice(["：", ":", "：", " ", "： "]))
        elif key == ";":
            self.lit(r.choice(["；", ";", "，", " ", "\n", "　", "；"]))
        elif key == "edw":
            self.look(r.choice(_EN_DOM[self.dom][0]), "domain")
        elif key == "etopic":
            self.lit(_EN_DOM[self.dom][1])
        elif key == "epl":
            self.look(r.choice(_EN_PLACES), "en_place")
        elif key == "ebr":
            self.look(r.choice(_EN_BRANDS), "brand")
        elif key == "edt":
            m, d = r.randint(1, 12), r.randint(1, 28)
            months = "Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec".split()
            self.look(r.choice([f"2026-{m:02d}-{d:02d}", f"{d} {r.choice(months)} 2026", f"{m:02d}/{d:02d}/2026"]),
                      "date")
        elif key == "eamt":
            self.look(r.choice([f"RMB {r.randint(1, 40) * 50:,}", f"CNY{r.randint(2, 90) * 10}.00",
                                f"¥{r.randint(1, 30) * 100}"]), "amount")
        elif key == "ecode":
            self.look(r.choice(["GD", "WO", "TK", "SN"]) + _d(r, r.randint(6, 10)), "code")
        elif key == "erel":
            self.lit(r.choice(["wife", "son", "daughter", "neighbour", "brother", "agent", "mother"]))
        elif key == "eword":
            t = r.choice(_EWORDS)
            key_word = _EWORD_KEY[t]
            i = t.index(key_word)
            self.render(t[:i])
            self.look(key_word, "en_word")
            self.render(t[i + len(key_word):])
        else:
            raise KeyError(key)

    def text(self):
        t = "".join(self.parts)
        for a, b in (("。。", "。"), ("，。", "。"), ("；。", "。"), ("。，", "。"), ("；；", "；")):
            t = t.replace(a, b)
        return t


def _template_for(rng, family, dom):
    if family == "public_notice":
        return rng.choice(_T_PUBLIC), "han"
    if family == "lookalike_only":
        return rng.choice(_T_LKONLY), "han"
    if family == "english_export":
        return rng.choice(_T_EN), "en"
    if family == "minority_listing":
        if rng.random() < 0.6:
            return rng.choice(_T_MIN), "min"
        return rng.choice(_T_LABEL + _T_PROSE[:8] + _T_LIST + _T_CELL + _T_LOG), "min"
    layouts = [_T_LABEL, _T_PROSE, _T_LIST, _T_CELL, _T_LOG, _T_SPECIAL[dom]]
    return rng.choice(rng.choice(layouts)), "han"


def _one(gen, family):
    rng = gen.rng
    dom = family if family in _D else rng.choice(DOMAINS)
    for _ in range(60):
        tpl, style = _template_for(rng, family, dom)
        b = _Builder(gen, family, dom, style)
        try:
            _fill(b, rng, family, tpl)
        except _Retry:
            continue
        text = b.text()
        r = Remark(text=text, family=family, names=list(b.names), lookalikes=list(b.lk),
                   public_officials=family in PUBLIC_FAMILIES)
        if _valid(r) and not gen.clash(text, r.names):
            return r, list(b.cued), dict(b.lk)
    raise RuntimeError(f"could not build a remark for {family}")


def _fill(b, rng, family, tpl):
    if family == "lookalike_only":
        b.render(tpl)
        extra = rng.randint(1, 3)
        for _ in range(extra):
            b.lit(rng.choice(["；", "。", "\n", " "]))
            rng.choice([b.place, b.date, b.shop, b.firm, b.code, b.doc,
                        lambda: b.look(rng.choice(b.D["dw"]), "domain"),
                        lambda: b.look(rng.choice(_D[rng.choice(DOMAINS)]["dw"]), "domain")])()
    else:
        b.render(tpl)
        en = family == "english_export"
        # a second hand: one more person, as clerks add at the end of a note
        if rng.random() < (0.5 if family == "public_notice" else 0.66):
            b.render(rng.choice(_TAIL_EN if en else _TAIL_PUB if family == "public_notice" else _TAIL))
        # and look-alikes: a domain word, then now and then another kind
        b.render(rng.choice(_PAD_EN if en else _PAD))
        if rng.random() < 0.6:
            b.lit(rng.choice(["；", "。", "，", "\n", " "]))
            if en:
                b.slot("eword", None)
            else:
                rng.choice([b.place, b.date, b.shop, b.code, b.brand,
                            lambda: b.look(rng.choice(b.D["dw"]), "domain")])()


def _spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _valid(r):
    if len(set(r.names)) != len(r.names):
        return False
    if r.family == "lookalike_only":
        if r.names:
            return False
    elif not r.names:
        return False
    nspans = []
    for nm in r.names:
        sp = _spans(r.text, nm)
        if len(sp) != 1:
            return False
        nspans += sp
    for lk in r.lookalikes:
        sp = _spans(r.text, lk)
        if not sp:
            return False
        for a, b in sp:
            if any(a < d and c < b for c, d in nspans):
                return False
    return True


def _allocate(n):
    raw = {f: WEIGHTS[f] * n / sum(WEIGHTS.values()) for f in FAMILIES}
    counts = {f: int(v) for f, v in raw.items()}
    rest = n - sum(counts.values())
    for f in sorted(FAMILIES, key=lambda f: (-(raw[f] - counts[f]), FAMILIES.index(f)))[:rest]:
        counts[f] += 1
    return counts


def _generate(n=2000, seed=2929):
    gen = _Gen(seed)
    counts = _allocate(n)
    order = [f for f in FAMILIES for _ in range(counts[f])]
    gen.rng.shuffle(order)
    out = []
    for fam in order:
        r, cued, kinds = _one(gen, fam)
        gen.accept(r)
        out.append((r, cued, kinds))
    return out


def make_remarks(n: int = 2000, seed: int = 2929) -> list[Remark]:
    """The frozen set: n remarks, deterministic in (n, seed)."""
    return [r for r, _, _ in _generate(n, seed)]


def stats(n: int = 2000, seed: int = 2929) -> dict:
    """Counts for the datasheet: names, share without a cue, look-alikes by kind, per family."""
    rows = _generate(n, seed)
    names = sum(len(r.names) for r, _, _ in rows)
    uncued = sum(c.count(False) for _, c, _ in rows)
    kinds = {}
    for _, _, k in rows:
        for v in k.values():
            kinds[v] = kinds.get(v, 0) + 1
    lks = sum(kinds.values())
    per = {}
    for r, c, k in rows:
        p = per.setdefault(r.family, {"remarks": 0, "names": 0, "uncued": 0, "lookalikes": 0, "domain": 0})
        p["remarks"] += 1
        p["names"] += len(r.names)
        p["uncued"] += c.count(False)
        p["lookalikes"] += len(k)
        p["domain"] += sum(1 for v in k.values() if v == "domain")
    return {"remarks": len(rows), "names": names, "uncued_share": uncued / max(names, 1),
            "lookalikes": lks, "domain_share": kinds.get("domain", 0) / max(lks, 1), "kinds": kinds,
            "per_family": per}


if __name__ == "__main__":  # pragma: no cover
    import json
    print(json.dumps(stats(), ensure_ascii=False, indent=1))
