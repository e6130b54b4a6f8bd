"""DATASHEET

Who: a helper session started by the gongkai project (brief /work/notes/brief34.md, branch h-remarks34,
2026-12-08), writing blind: it never saw the name detector this set measures.

What was read: the brief; /work/shared/reference/DOMAIN.md sections "Personal data in public listings"
and "Administrative penalty publicity" (found with grep -n on the headings); lines 170-180 of
benchmarks/frozen/remarks.py (the Remark dataclass). Everything else is written from the author's own
knowledge of how county and township offices word 备注/情况说明/处理结果/公示; nothing was copied.

Slips (everything seen beyond that list, honestly):
- a first `ls /work/notes /work/main` listed /work/notes (it held only brief34.md) and the top-level
  entries of /work/main (Makefile, README.md, benchmarks, docs, src, tests, ... names only);
- `git log --oneline | head -3` in the worktree printed three commit subjects: one about CKAN test
  names, one about a detector rule for a fuel grade before 号 (0号柴油/92号汽油), one summarising an
  earlier benchmark round's counts. Not used for anything here;
- `ls benchmarks/frozen/ | grep -c .` printed the number of entries in that folder (36), and an
  `ls` confirmed benchmarks/frozen/__init__.py exists; no file names or contents were seen;
- listing the `## ` headings of DOMAIN.md between lines 66 and 120 showed two further heading titles
  ("Known traps in the tools named by the mission", "CKAN as a test server"); their bodies were not read.

Families (16): twelve trades never used before (duck_farms, noodle_workshops, bicycle_repair,
tea_houses, vinegar_breweries, furniture_workshops, pottery_kilns, rabbit_farms, watermelon_growers,
coal_yards, gas_cylinder_delivery, wedding_halls; 5 % each), each in five layouts (labelled fields,
prose, 、-lists / name lists, joined table cells with | tab ／ full-width space or comma and line breaks
inside a cell, dated log lines); english_export 10 %; minority_listing 10 %; public_notice 9 %
(行政处罚公示, 补贴公示, 检查通报, 婚宴报备, 表彰通报: officials in their public role are look-alikes,
private persons are names, public_officials=True); lookalike_only 11 % (no name, only look-alikes).
Literal text (never a name or look-alike) gets mixed full/half-width punctuation, stray spaces and
one clerk's typo now and then (己/已, 帐/账, 登纪, 捡查, 身分证, 电活, 地扯, 和格, 年令, 整该 ...).

Surface forms of names: surnames by a rough Zipf weight over 147 common ones, a long tail of 251 rare
ones (仉, 禚, 郗, 宓, 逄, 乜, 蒯, 隗, 酆 ...) and 28 compound ones (欧阳, 司马, 上官, 诸葛, 皇甫, 令狐,
申屠, 第五 ...); given names of one or two characters in modern (梓轩, 语嫣), old rural (桂兰, 满囤,
招娣), generational (德X, 宗X, 绍X ...) and everyday-word (石头, 满仓, 五一) styles; surname+nickname
(李狗蛋) and a bare 小名/乳名/外号 in brackets; married women after the husband's surname (刘张氏,
陈李美华); two-character names padded with a space or a full-width space (王　芳); names with ages,
phones, in lists, after villages, after 与/和/及, after dates, at a cell's start, as subjects; about 45 %
carry no cue word right before them. English: pinyin in both orders, CAPS family names, hyphenated or
split given names, initials (W. M. Zhang, ZHANG W M), Hong Kong (CHAN Ka Ho, Peter Chan Ka-ho), Macao
(Leong Sio Pui, Ao Ieong ...), Taiwan Wade-Giles (Hsieh Mei-ling), Singapore (Tan Ah Kow), English given
names with Chinese family names. Minorities: Uyghur and Kazakh given·father names with every separator
(· • ． . - space none ・ ‧), Tibetan (扎西顿珠), Yi (吉克阿果), Mongolian (那仁格日勒, 包+name), Hui
(with 经名 in brackets), Korean (金哲洙), Zhuang, Miao/Dong/Tujia, Dai (岩温扁, 玉应罕), Naxi (和+name),
Yao, Li (符亚妹). A blacklist keeps leaders, historical, literary and celebrity names out; every planted
name occurs exactly once in its remark and in no other remark of the set.

Look-alike kinds: domain words of the twelve trades holding a surname character (绍兴麻鸭, 金定鸭,
龙须面, 富强粉, 凤凰牌, 花鼓, 龙井, 毛尖, 张一元, 老陈醋, 宁化府, 黄花梨, 罗汉床, 鲁班尺, 龙窑, 柴烧,
高岭土, 齐卡兔, 伊拉兔, 甜王, 黄小玉, 小兰, 兰炭, 焦煤, 钢印, 押金, 流水席, 龙凤喜饼 ...); villages,
roads and townships on a surname (王家村, 后李村, 张庄路, 谭家营乡); shops and firms (李记X, 老胡家X,
吴氏X, 马师傅X, X县林氏X有限公司); counties and agencies; dates in many formats; amounts; 统一社会信用
代码 with a valid GB 32100 check character; licence numbers (JY…, SC…, 动防合字, 燃经字); plate numbers;
文号 (〔2026〕); surname+title (王师傅, 李老板, 小张, 老李); officials in their public role (public_notice
only, a fixed pool of 48 never planted as names); English tea/duck/vinegar/ware words and places that
are also names or surnames (Long Jing, Mao Feng, Ding ware, King size, Young ducks, Liu Yang, Li Shui,
Wuxi, Chen Ji Bicycle ...), invoice numbers and USD amounts.

Counts at n=2000, seed=3434 (stats()): 5344 names in 1780 name remarks, 10077 look-alikes; uncued
2413 names = 45.15%; domain words holding a surname 4177 = 41.45% of look-alikes; official look-
alikes 262; remarks per family: 100 for each trade, english_export 200, minority_listing 200,
public_notice 180, lookalike_only 220.
"""
from __future__ import annotations

import random
import re

try:  # both import paths must work
    from benchmarks.frozen.remarks import Remark
except ImportError:  # pragma: no cover
    from frozen.remarks import Remark

VERSION = "frozen-remarks-34 (2026-12-08)"

DOMAINS = (
    "duck_farms", "noodle_workshops", "bicycle_repair", "tea_houses",
    "vinegar_breweries", "furniture_workshops", "pottery_kilns", "rabbit_farms",
    "watermelon_growers", "coal_yards", "gas_cylinder_delivery", "wedding_halls",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{d: 0.05 for d in DOMAINS},
           "english_export": 0.10, "minority_listing": 0.10,
           "public_notice": 0.09, "lookalike_only": 0.11}

# words that, right before a name (after stripping spaces and punctuation), count as a cue
CUE_WORDS = (
    "户主", "联系人", "连系人", "当事人", "申请人", "经办人", "负责人", "负则人", "法定代表人", "法人代表",
    "法人", "业主", "经营者", "经营户", "承包人", "承包户", "养殖户", "种植户", "姓名", "名字", "代领人",
    "领款人", "收款人", "收货人", "送货人", "送气工", "送气员", "配送员", "签收人", "签字", "签名",
    "登记人", "举报人", "投诉人", "租户", "户名", "厨师", "司仪", "新郎", "新娘", "窑主", "场主", "老板",
    "店主", "坊主", "摊主", "厂长", "站长", "木工", "油漆工", "学徒", "帮工", "雇工", "工人", "司机",
    "驾驶员", "车主", "监护人", "家属", "妻子", "丈夫", "之妻", "之子", "儿子", "女儿", "其父", "其母",
    "母亲", "父亲", "邻居", "证人", "见证人", "核查人", "检查人", "记录人", "复核人", "审核人", "填表人",
    "制表人", "报告人", "调解人", "担保人", "借款人", "承租人", "出租人", "会计", "出纳", "保管员",
    "安全员", "技术员", "兽医", "防疫员", "组长", "村民", "农户", "瓜农", "窑工", "烧窑工", "面工",
    "茶客", "顾客", "客户", "买方", "卖方", "甲方", "乙方", "委托人", "代理人", "饲养员", "修车工",
    "过磅员", "服务员", "订餐人", "收购商", "用户", "牧民", "订户", "经手", "经手人", "户",
    "小名", "乳名", "外号", "经名",
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Attn", "Contact", "Consignee", "Shipper", "Name", "Owner",
    "Applicant", "Buyer", "Seller", "Agent", "Driver", "Manager", "Signed", "by", "From", "To",
    "Farmer", "Grower", "Chef", "Bride", "Groom", "Operator", "Rep", "person", "Supervisor",
)
_CUE_STRIP = " \t\u3000:：（(【[\"“'‘-—.,，、;；\n"


def _has_cue(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].rstrip(_CUE_STRIP)
    for w in CUE_WORDS:
        if before.endswith(w):
            if w.isascii() and len(before) > len(w) and before[-len(w) - 1].isalpha():
                continue
            return True
    return False


# ----------------------------------------------------------------------------------------------
# pools

_COMMON = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
)
_RARE = (
    "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦"
    "褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘"
    "池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠"
    "豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊母裘亓修邰赫杭"
    "况那宿鲜印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅利於居揭干尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭仉禚郗宓"
    "逄乜蒯隗酆凤"
)
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "东方", "慕容", "尉迟", "公孙", "夏侯", "端木",
             "独孤", "长孙", "宇文", "司徒", "南宫", "呼延", "澹台", "万俟", "闻人", "轩辕", "钟离", "西门",
             "申屠", "太史", "公冶", "第五")

_G_SINGLE = "伟芳娜敏静丽强磊军洋勇艳杰涛明超霞平刚桂英华萍红玲斌鹏辉飞鑫波燕琴雪梅兵峰浩宇婷亮凯健俊帆岚蕾颖琳莉倩"
_G_MODERN = ("子涵 浩然 梓轩 欣怡 一诺 宇航 思彤 俊熙 雨萱 梓涵 诗琪 皓宇 佳怡 紫萱 睿泽 奕辰 沐阳 若汐 语桐 铭泽 "
             "晨曦 嘉懿 思源 博文 天佑 昊然 梦瑶 可馨 依诺 芷若 锦程 泽宇 乐瑶 安琪 伟杰 志豪 俊杰 晓彤 雅婷 静怡 "
             "婉清 慧敏 家豪 建宏 文博 子墨 一鸣 子萱 思雨 晓萌 明轩 佳豪 梓豪 欣妍 语嫣 雨涵 宏宇 鹏飞 晓东 丽娟").split()
_G_OLD = ("桂兰 秀英 玉珍 凤芝 淑珍 金花 翠花 来福 富贵 有才 长顺 根生 建国 建军 国庆 卫东 红梅 秀梅 铁柱 桂英 "
          "玉兰 秀兰 凤英 春花 秋菊 冬梅 德胜 满囤 金锁 银锁 福贵 喜旺 招娣 来娣 引弟 改花 彩凤 大壮 铁牛 长生 "
          "水根 土根 金宝 进财 守业 保国 援朝 跃进 卫红 向阳 红旗 志强 国强 玉芬 素珍 桂芝 兰英 凤兰 月娥 "
          "巧云 淑芬 玉梅 存柱 栓成 九斤 全福 双喜 金凤 银花 腊梅 秀珍 广田 树林 占山 连生 会芳").split()
_GEN_FIRST = "德宗世家绍光荣振永承兴忠学传继维定明玉长启泽庆昌"
_GEN_SECOND = "华平林成福生才勇军明海山贵祥文武斌江河安良志清仁义礼智信川远发亮堂喜奎"
_G_WORD = ("石头 水生 春生 满仓 大山 小燕 秋生 冬生 海洋 长江 田野 春雨 白云 小兵 大伟 小军 建设 和平 胜利 "
           "丰收 新民 解放 永红 前进 光明 东升 小龙 腊生 五一 七斤 二林 三宝 大勇 小梅 春燕 秋月 冬生 "
           "满意 红霞").split()
_NICK = ("二丫 狗蛋 栓柱 毛蛋 大妮 三娃 二娃 宝儿 丫蛋 铁蛋 石蛋 二狗 虎子 柱子 妞妞 大丫 二嘎 憨娃 胖娃 "
         "喜娃 狗娃 牛娃 小胖 三丫 四妹 满妹 幺妹 幺儿 二毛 大毛 黑蛋 拴住 锁柱 臭蛋").split()

_BLACKLIST = set((
    "毛泽东 周恩来 刘少奇 朱德 邓小平 江泽民 胡锦涛 习近平 李克强 温家宝 李鹏 朱镕基 王岐山 李强 赵乐际 "
    "王沪宁 蔡奇 丁薛祥 李希 彭丽媛 华国锋 陈云 叶剑英 彭德怀 林彪 贺龙 陈毅 刘伯承 聂荣臻 徐向前 罗荣桓 "
    "孙中山 蒋介石 袁世凯 宋庆龄 宋美龄 李白 杜甫 王维 白居易 苏轼 李清照 辛弃疾 陆游 孔子 孟子 老子 庄子 "
    "鲁迅 巴金 老舍 郭沫若 茅盾 曹雪芹 施耐庵 罗贯中 吴承恩 刘德华 张学友 周杰伦 成龙 李连杰 王菲 赵本山 "
    "宋丹丹 范冰冰 杨幂 刘翔 姚明 李娜 马云 马化腾 雷军 李彦宏 董明珠 岳飞 诸葛亮 曹操 刘备 关羽 张飞 孙权 "
    "司马懿 司马迁 司马光 欧阳修 上官婉儿 皇甫谧 令狐冲 林黛玉 贾宝玉 薛宝钗 王熙凤 孙悟空 猪八戒 武松 宋江 "
    "李逵 林冲 潘金莲 西门庆 张三丰 郭靖 黄蓉 杨过 小龙女 韦小宝 东方不败 慕容复 段誉 乔峰 王语嫣 张三 李四 "
    "王五 赵六 雷锋 焦裕禄 钱学森 袁隆平 屠呦呦 邓稼先 杨利伟 郎平 刘亦菲 赵丽颖 杨紫 王俊凯 易烊千玺 "
    "斯琴高娃 溥仪 溥杰 林则徐 秦始皇 刘邦 项羽 李世民 武则天 朱元璋 康熙 乾隆 慈禧 张国荣 梅兰芳 "
    "Jackie Chan|Bruce Lee|Jet Li|Yao Ming|Li Na|Andy Lau|Jack Ma|Xi Jinping|Mao Zedong|Deng Xiaoping|"
    "Sun Yat-sen|Chiang Kai-shek|Lee Kuan Yew|Lee Hsien Loong|Tsai Ing-wen|Ma Ying-jeou|Ho Iat Seng|"
    "Goh Chok Tong|Lim Boon Keng|Wong Kar-wai|Chow Yun-fat|Tony Leung|Li Ka-shing|Lai Ching-te"
).replace("|", " ").split()) | {"Jackie Chan", "Bruce Lee", "Jet Li", "Yao Ming", "Li Na", "Andy Lau",
                                "Jack Ma", "Xi Jinping", "Mao Zedong", "Deng Xiaoping", "Sun Yat-sen",
                                "Chiang Kai-shek", "Lee Kuan Yew", "Lee Hsien Loong", "Tsai Ing-wen",
                                "Ma Ying-jeou", "Ho Iat Seng", "Goh Chok Tong", "Lim Boon Keng",
                                "Wong Kar-wai", "Chow Yun-fat", "Tony Leung", "Li Ka-shing", "Lai Ching-te"}

# surname -> (pinyin, Hong Kong, Wade-Giles/Taiwan, Singapore, Macao)
_ROMAN = {
    "王": ("Wang", "Wong", "Wang", "Ong", "Vong"), "李": ("Li", "Lee", "Li", "Lee", "Lei"),
    "张": ("Zhang", "Cheung", "Chang", "Teo", "Cheong"), "刘": ("Liu", "Lau", "Liu", "Lau", "Lao"),
    "陈": ("Chen", "Chan", "Chen", "Tan", "Chan"), "杨": ("Yang", "Yeung", "Yang", "Yeo", "Ieong"),
    "黄": ("Huang", "Wong", "Huang", "Ng", "Vong"), "赵": ("Zhao", "Chiu", "Chao", "Chew", "Chio"),
    "吴": ("Wu", "Ng", "Wu", "Goh", "Ng"), "周": ("Zhou", "Chow", "Chou", "Chew", "Chao"),
    "徐": ("Xu", "Tsui", "Hsu", "Chee", "Choi"), "孙": ("Sun", "Suen", "Sun", "Soon", "Sun"),
    "马": ("Ma", "Ma", "Ma", "Beh", "Ma"), "朱": ("Zhu", "Chu", "Chu", "Choo", "Chu"),
    "胡": ("Hu", "Wu", "Hu", "Foo", "Wu"), "郭": ("Guo", "Kwok", "Kuo", "Kwek", "Kuok"),
    "何": ("He", "Ho", "Ho", "Ho", "Ho"), "高": ("Gao", "Ko", "Kao", "Koh", "Kou"),
    "林": ("Lin", "Lam", "Lin", "Lim", "Lam"), "罗": ("Luo", "Law", "Lo", "Loh", "Lo"),
    "郑": ("Zheng", "Cheng", "Cheng", "Tay", "Cheang"), "梁": ("Liang", "Leung", "Liang", "Neo", "Leong"),
    "谢": ("Xie", "Tse", "Hsieh", "Chia", "Che"), "宋": ("Song", "Sung", "Sung", "Song", "Song"),
    "许": ("Xu", "Hui", "Hsu", "Koh", "Hoi"), "邓": ("Deng", "Tang", "Teng", "Tang", "Tang"),
    "曾": ("Zeng", "Tsang", "Tseng", "Chan", "Chang"), "蔡": ("Cai", "Choi", "Tsai", "Chua", "Choi"),
    "叶": ("Ye", "Yip", "Yeh", "Yap", "Ip"), "苏": ("Su", "So", "Su", "Soh", "Sou"),
    "潘": ("Pan", "Poon", "Pan", "Phua", "Pun"), "欧阳": ("Ouyang", "Au-Yeung", "Ouyang", "Ouyang", "Ao Ieong"),
    "司马": ("Sima", "Sze-To", "Szuma", "Sima", "Si Ma"), "上官": ("Shangguan", "Sheung-Kwun", "Shangkuan",
                                                               "Shangguan", "Seong Kun"),
}
_PY_SYL = ("wei min jun li na jing fang hong ming xiao hua jian guo qiang yan ping lei tao bin hui xin yu hao "
           "yi chen jie lin mei zhi wen dong hai peng kai yong xue qing feng rui shu lan zhen yun chun").split()
_HK_SYL = ("Ka Ho Chi Keung Wai Man Yee Ming Kwok Wing Siu Tak Kin Fai Yan Shing Hoi Lok Sze Ting Mei Ling Kit "
           "Hung Yuen Chun Pui Shan Wah").split()
_MO_SYL = "Kuok Iat Sio Kin Man Wa Fong Ian Hou Kei Cheok Pui Chon Leng Seng Ieng Lai U".split()
_WG_SYL = ("Chih Ming Shu Fen Mei Ling Chia Hao Chieh Chun Hung Yi Ting Wen Hsiung Kuo Hua Chien Hui Cheng Tzu "
           "Yu Hsin Pei Chung Jung Hsiu Lan Te Wei").split()
_SG_SYL = ("Ah Kow Boon Wee Liang Hui Min Siew Ling Beng Huat Kim Seng Mei Chin Hock Lian Swee Choon Teck Guan "
           "Poh Geok Eng Soon").split()
_EN_GIVEN = ("Kevin Amy Jason Michelle Tony Eric Grace Vivian Peter Mary David Helen Alan Joyce Ken Winnie Sam "
             "Cindy Frank Iris Jacky Coco Ivan Sunny Leo Ella Gary Fiona Kelvin Rainbow").split()

# minorities
_UY_GIVEN = ("艾力 买买提 吐尔逊 阿布都 热依拉 古丽 帕提古丽 阿依努尔 麦麦提敏 吐尔洪 艾尼瓦尔 依明 玉苏甫 阿不力孜 "
             "热合曼 麦尔丹 迪丽努尔 祖丽菲亚 米热古丽 买合木提 卡地尔 阿力木 吾买尔 肉孜 托乎提 尼亚孜 沙吾提 "
             "吐逊古丽 阿不都热合曼 努尔买买提 艾合买提 阿迪力 如克亚 布维热木 阿依夏木 图尔荪 伊力哈木").split()
_KZ_GIVEN = ("努尔兰 叶尔兰 哈力木拉提 叶尔波拉提 阿依古丽 古丽娜尔 巴合提别克 努尔别克 加娜尔 别克 哈那提 "
             "马合沙提 阿斯哈尔 叶尔肯 沙吾列 吾拉孜别克 赛力克 达吾列提 布拉提 阿曼古丽").split()
_SEPS = ("·", "·", "·", "•", "．", ".", "-", " ", "", "・", "‧")
_TIB = "扎西 次仁 卓玛 多吉 拉姆 达瓦 尼玛 旺堆 格桑 央金 平措 顿珠 边巴 普布 洛桑 益西 丹增 索朗 德吉 白玛 巴桑 次旦 仁增 措姆 曲珍 拉巴 琼达 旦增".split()
_YI_CLAN = "吉克 曲比 阿苏 沙马 海来 吉木 俄底 勒格 马海 阿牛 木乃 阿约 日火 瓦扎 俄木 克惹 巴莫 阿尔 倮伍".split()
_YI_GIVEN = "阿果 拉则 伍呷 阿卓 尔古 子洛 日洛 木呷 约布 阿呷 石布 尔哈 莫色 拉哈 依作 么哈 金古 阿支 曲布".split()
_MG_A = "那仁 乌云 额尔敦 吉日嘎拉 宝音 苏和 孟和 阿拉坦 巴图 乌力吉 哈斯 萨仁 格根 布和 朝鲁 敖登 斯琴 其其格".split()
_MG_B = "格日勒 其木格 巴雅尔 图 朝克图 巴特尔 仓 毕力格 达来 塔娜 图雅 花 满都拉 额尔德尼 宝力道".split()
_HUI_S = list("马回哈纳丁海穆沙白米锁者")
_HUI_JING = "尔撒 穆萨 优素福 阿依莎 法图麦 易卜拉欣 达乌德 哈桑 侯赛因 赛里木".split()
_KR_S = list("金朴李崔郑姜赵尹张林韩申权洪俞玄")
_KR_G1 = list("哲成光永英顺明贤秀美玉善京敏龙春昌泰")
_KR_G2 = list("洙浩淑姬子男日植焕勋锡花哲吉镐爱")
_ZH_S = list("韦覃陆黄蒙莫农廖梁岑潘卢蓝闭黎")
_MI_S = list("龙吴杨石麻王张熊侯滕田")
_ZM_G = "阿妹 三妹 美英 秀凤 金凤 凤兰 春梅 桂香 玉兰 光明 文忠 正芳 老四 阿贵 志强 德才 金花 福英".split()
_DAI_M = "岩温 岩罕 岩坎 岩叫 岩香 岩庄 岩应 岩甩".split()
_DAI_F = "玉香 玉应 玉罕 玉儿 玉南 玉叫 玉康 玉旺".split()
_DAI_T = "扁 罕 叫 旺 香 应 光 丙 捧 拉".split()
_NAXI_G = "丽萍 文光 志刚 秀英 玉梅 国庆 春花 永福 金山 树华".split()
_YAO_S = list("盘赵邓冯李")
_LI_S = list("符王吉邢")

_VIL_TAIL = ("家村", "庄", "家湾", "家坪", "家沟", "营村", "屯", "家铺", "岗村", "家寨", "家堡", "店村", "楼村")
_VIL_PRE = ("后", "前", "东", "西", "南", "北", "大", "小", "上", "下")
_COUNTIES = ("高唐县", "宁阳县", "黄陂区", "吴桥县", "邹平市", "曹县", "单县", "孟津区", "方城县", "叶县",
             "柳林县", "左权县", "白水县", "米脂县", "石楼县", "江山市", "余姚市", "乐清市", "马村区", "关岭县")
_COUNTY_ABBR = ("高", "宁", "黄", "吴", "邹", "曹", "单", "孟", "方", "叶", "柳", "左", "白", "米", "石", "江")
_AREAS = ("140121", "321084", "370829", "410322", "130928", "371702", "430321", "330881", "141125", "610827")
_PROV = "晋鲁苏豫冀浙湘皖陕桂川"
_PLATE_L = "ABCDEFGHJKLMN"
_USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_SPEC = {
    "duck_farms": dict(
        biz="养鸭场 鸭棚 种鸭场 蛋鸭养殖户 肉鸭养殖场", roles="场主 户主 养殖户 饲养员 负责人", unit="只 羽 枚 箱",
        words="绍兴麻鸭 金定鸭 高邮鸭 樱桃谷鸭 康贝尔鸭 连城白鸭 荆江麻鸭 白羽肉鸭 白条鸭 毛鸭 鸭毛 林下养鸭 "
              "稻田养鸭 高邮咸鸭蛋 金定鸭蛋 孵化房 育雏房 卫生消毒 江南麻鸭 麻鸭苗 白鸭苗 全聚德 番鸭白条",
        acts="补栏{W}{Q}只|出栏{W}{Q}羽|{W}已打疫苗|收{W}{Q}枚|卖{W}{Q}箱|{W}发病死亡{Q}只|{W}存栏{Q}只|"
             "交售{W}{Q}斤"),
    "noodle_workshops": dict(
        biz="面条加工坊 挂面作坊 手工面坊 鲜面店 面食加工点", roles="坊主 经营者 负责人 帮工 面工", unit="斤 公斤 袋 箱",
        words="龙须面 石磨面粉 高筋面粉 富强粉 麦芯粉 荞麦面 柳叶面 黄面 阳春面 方便面 米线 米粉 和面机 烘干房 "
              "卫生许可证 包装袋 麦麸 金沙河面粉 白面 伊府面 鲜切面 石磨挂面 白象挂面",
        acts="进{W}{Q}袋|做{W}{Q}斤|{W}断货|{W}受潮{Q}袋|送{W}{Q}箱到学校食堂|{W}到期未换|晾{W}{Q}架|"
             "欠{W}款{M}"),
    "bicycle_repair": dict(
        biz="修车铺 自行车修理摊 车行 单车修理点 电动车维修部", roles="摊主 修车工 经营者 学徒 车主", unit="辆 个 条 副",
        words="凤凰牌 气门芯 车把 车闸 车铃 刹车片 花鼓 车座 电瓶车 三轮车 龙头 黄油 单车 山地车 公路车 美利达 "
              "车链 车圈 龙头锁 车篮 后车架 包胶 车撑",
        acts="换{W}{Q}个|修{W}{Q}辆|{W}坏了|补{W}收{M}|{W}占道停放|代卖{W}{Q}辆|{W}丢失"),
    "tea_houses": dict(
        biz="茶馆 茶楼 茶社 老茶铺 茶室", roles="老板 经营者 服务员 茶客 负责人", unit="壶 杯 桌 斤",
        words="西湖龙井 龙井 毛尖 信阳毛尖 黄山毛峰 祁门红茶 六安瓜片 君山银针 金骏眉 白茶 白毫银针 普洱熟茶 "
              "盖碗 盖碗茶 茉莉花茶 菊花茶 乌龙 苦丁 高末 石桌 茶叶蛋 花生瓜子 麻将 包间 张一元 吴裕泰 长嘴壶",
        acts="订{W}{Q}斤|卖{W}{Q}壶|{W}消费{M}|{W}桌夜间扰民|{W}已售完|续{W}{Q}杯|退{W}{Q}盒"),
    "vinegar_breweries": dict(
        biz="醋坊 酿醋作坊 醋厂 老醋坊", roles="坊主 经营者 法定代表人 工人 负责人", unit="斤 缸 坛 瓶 吨",
        words="老陈醋 山西老陈醋 陈酿 保宁醋 镇江香醋 米醋 白醋 醋曲 大曲 高粱 麸皮 谷糠 陶缸 发酵池 甘草 "
              "花椒 勾兑 封缸 夏伏晒 石磨 黄酒 原浆 宁化府 陈醋",
        acts="下{W}{Q}缸|出{W}{Q}坛|{W}抽检合格|{W}标签不全|进{W}{Q}吨|{W}晒了{Q}天|发{W}{Q}瓶"),
    "furniture_workshops": dict(
        biz="家具厂 木器加工坊 家具作坊 木工坊 实木家具店", roles="厂长 木工 油漆工 负责人 雇工", unit="套 张 件 方",
        words="花梨木 黄花梨 柏木 柳木 胡桃木 水曲柳 油漆 清漆 封边条 五金件 雕花 太师椅 罗汉床 官帽椅 鲁班尺 "
              "龙门架 万能胶 喷漆房 衣柜 明式家具 梅花凳 马扎 石材台面 白胚",
        acts="做{W}{Q}套|进{W}{Q}方|{W}气味大被投诉|{W}开裂返工|交{W}{Q}件|{W}未验收"),
    "pottery_kilns": dict(
        biz="陶窑 龙窑作坊 陶瓷作坊 柴烧窑 缸瓦窑", roles="窑主 窑工 烧窑工 负责人 学徒", unit="窑 件 个 车",
        words="龙窑 柴窑 柴烧 青花 白瓷 黑陶 修坯 利坯 窑温 高岭土 石英 长石 官窑 陶罐 陶缸 花盆 窑门 龙泉青瓷 "
              "黄釉 柴火 陶泥 景德镇",
        acts="烧{W}{Q}窑|出{W}{Q}件|{W}冒黑烟|{W}裂了{Q}个|拉{W}{Q}车|{W}待检"),
    "rabbit_farms": dict(
        biz="养兔场 兔舍 獭兔养殖户 肉兔养殖场", roles="场主 户主 养殖户 饲养员 兽医", unit="只 笼 张 斤",
        words="新西兰白兔 加利福尼亚兔 比利时兔 青紫蓝兔 安哥拉兔 齐卡兔 伊拉兔 哈白兔 兔皮 兔毛 长毛兔 母兔 公兔 "
              "麻辣兔头 冷鲜兔肉 白兔 花兔 皮毛",
        acts="引{W}{Q}只|卖{W}{Q}张|{W}得了兔瘟|{W}存笼{Q}只|收{W}{Q}斤|{W}配种{Q}只"),
    "watermelon_growers": dict(
        biz="西瓜种植户 瓜棚 瓜园 西瓜合作社 瓜地", roles="瓜农 种植户 户主 承包人 收购商", unit="斤 亩 车 个",
        words="甜王 特小凤 金城五号 南瓜砧木 薄皮 沙瓤 黄瓤 花皮 早春红玉 宁夏硒砂瓜 庞各庄西瓜 沙地西瓜 小兰 "
              "黄小玉 全美2K 小凤西瓜 金童 麒麟瓜苗",
        acts="种{W}{Q}亩|卖{W}{Q}斤|{W}裂果|{W}被冰雹打坏{Q}亩|拉{W}{Q}车|{W}每斤{M}"),
    "coal_yards": dict(
        biz="煤场 煤炭经营部 蜂窝煤厂 储煤场 民用煤供应点", roles="场主 经营者 司机 过磅员 负责人", unit="吨 车 块 斤",
        words="兰炭 蓝炭 煤矸石 磅房 苫盖 洒水车 运煤车 铲车 晋煤 蒙煤 原煤 劳保用品 石炭 焦炭 焦煤 石子煤",
        acts="进{W}{Q}吨|卖{W}{Q}车|{W}未苫盖|{W}扬尘被罚{M}|{W}过磅{Q}吨|{W}堆放超高"),
    "gas_cylinder_delivery": dict(
        biz="液化气配送点 送气站 液化气供应站 瓶装燃气配送部", roles="送气工 配送员 站长 负责人 用户", unit="瓶 罐 公斤 户",
        words="液化石油气 连接软管 送气车 安全检查 安检卡 管道燃气 押金 钢印 燃气费 石油气 钢瓶押金 安全标签 "
              "安全阀 气瓶检验钢印 车用气瓶 黄色标签 蓝色瓶",
        acts="送{W}{Q}瓶|{W}过期|换{W}{Q}根|收{W}{M}|{W}漏气|{W}未贴"),
    "wedding_halls": dict(
        biz="婚宴厅 喜宴大厅 婚庆酒店 宴会厅 农家婚宴堂", roles="新郎 新娘 司仪 厨师 订餐人", unit="桌 席 场 位",
        words="流水席 酒席 宴席 花车 花门 拱门 龙虾 鲍鱼 葱烧海参 白切鸡 伴郎 改口费 份子钱 礼金 包场 包桌 定金 "
              "厨师长 宫灯 金童玉女 司仪台 花篮 龙凤喜饼 梅菜扣肉 白酒",
        acts="订{W}{Q}桌|交{W}{M}|{W}超标|{W}取消|加{W}{Q}份|{W}退还{M}"),
}

_EN_GOODS = ("Long Jing", "Mao Feng", "Tie Guan Yin", "Jin Jun Mei", "Bai Mu Dan", "Da Hong Pao", "Pu'er",
             "Peking duck", "Cherry Valley", "Rex rabbit", "New Zealand White", "Ming-style", "Song porcelain",
             "Ding ware", "Guan ware", "Dragon kiln", "King size", "Young ducks", "Rice vinegar", "White rabbit",
             "Green tea", "Hall B", "Price list", "Sun-dried", "Golden Phoenix", "Tang Dynasty style",
             "Jin Ding duck", "Bao Ning vinegar", "Long Quan celadon", "Gaoyou salted eggs", "Huang Hua Li")
_EN_PLACES = ("Gaoyou", "Zhenjiang", "Shanxi", "Taiyuan", "Qingxu", "Jingdezhen", "Yixing", "Liuyang", "Wuxi",
              "Lishui", "Ningbo", "Xiamen", "Hong Kong", "Macao", "Taipei", "Singapore", "Huang Shan", "Lu Shan",
              "Hu Kou", "Luoyang", "Huangshan", "Ma'anshan", "Kunming", "Jiangmen", "Chen Ji Bicycle",
              "Wang's Noodle Co., Ltd.", "Li Family Vinegar", "Zhang Ji Tea House", "Liu Yang", "Li Shui")


def _build() -> dict:
    """Build every pool once (cached)."""
    if _CACHE:
        return _CACHE
    common = [c for c in _COMMON]
    seen = set(common)
    rare = [c for c in _RARE if c not in seen]
    weights = [8.0 / (i + 1) ** 0.85 for i in range(len(common))]
    surname_chars = set(common) | set(rare) | set("".join(_COMPOUND))
    spec = {}
    domain_words = []
    for d in DOMAINS:
        s = _SPEC[d]
        words = [w for w in s["words"].split() if any(ch in surname_chars for ch in w)]
        spec[d] = dict(biz=s["biz"].split(), roles=s["roles"].split(), unit=s["unit"].split(),
                       words=words, acts=s["acts"].split("|"))
        domain_words.extend(words)
    # officials (public role): fixed pool, reserved against planted names
    orng = random.Random("officials-remarks-34")
    officials = []
    while len(officials) < 48:
        s = orng.choices(common[:60], weights[:60])[0]
        g = orng.choice(_G_OLD + _G_MODERN) if orng.random() < 0.7 else orng.choice(_GEN_FIRST) + orng.choice(_GEN_SECOND)
        nm = s + g
        if nm not in officials and nm not in _BLACKLIST:
            officials.append(nm)
    _CACHE.update(dict(
        common=common, weights=weights, rare=rare, compound=list(_COMPOUND), surname_chars=surname_chars,
        spec=spec, domain_words=domain_words, domain_word_set=frozenset(domain_words), officials=officials,
        reserved=frozenset(officials) | frozenset(_BLACKLIST),
    ))
    return _CACHE


_CACHE: dict = {}

# ----------------------------------------------------------------------------------------------
# one remark under construction

_MARK_RE = re.compile(r"\x01|\x02")
_TYPOS = (("已", "己"), ("账", "帐"), ("登记", "登纪"), ("检查", "捡查"), ("身份证", "身分证"),
          ("电话", "电活"), ("地址", "地扯"), ("合格", "和格"), ("年龄", "年令"), ("需要", "须要"),
          ("再次", "在次"), ("做好", "作好"), ("情况", "情况况"), ("整改", "整该"))
_PUNCT = {"：": ":", "，": ",", "；": ";", "（": "(", "）": ")", "。": ".", ":": "：", ",": "，", ";": "；"}


_CUE_P = 0.85
_GEN_CUES = ("户主", "联系人", "经办人", "当事人", "申请人", "负责人", "村民", "农户", "经营者")


class _Rm:
    def __init__(self, rng: random.Random, P: dict, used: set, trade: str):
        self.r = rng
        self.P = P
        self.used = used
        self.trade = trade
        self.sp = P["spec"][trade]
        self.names: list[str] = []
        self.looks: list[str] = []

    # -- registration
    def _n(self, s: str) -> str:
        self.names.append(s)
        return "\x01" + s + "\x02"

    def la(self, s: str) -> str:
        if s not in self.looks:
            self.looks.append(s)
        return "\x01" + s + "\x02"

    # -- names
    def _surname(self) -> str:
        r = self.r.random()
        P = self.P
        if r < 0.035:
            return self.r.choice(P["compound"])
        if r < 0.15:
            return self.r.choice(P["rare"])
        return self.r.choices(P["common"], P["weights"])[0]

    def _given(self) -> str:
        r = self.r.random()
        if r < 0.24:
            return self.r.choice(_G_SINGLE)
        if r < 0.44:
            return self.r.choice(_G_MODERN)
        if r < 0.68:
            return self.r.choice(_G_OLD)
        if r < 0.90:
            return self.r.choice(_GEN_FIRST) + self.r.choice(_GEN_SECOND)
        return self.r.choice(_G_WORD)

    def _fresh(self, s: str) -> bool:
        key = s.replace(" ", "").replace("\u3000", "")
        if s in self.used or key in self.P["reserved"] or s in self.names:
            return False
        for o in self.names:
            if s in o or o in s:
                return False
        return True

    def cn(self) -> str:
        """A Chinese name in one of its surface forms."""
        for _ in range(40):
            r = self.r.random()
            if r < 0.05:
                s = self._surname() + self.r.choice(_NICK)
            elif r < 0.08:  # married woman after husband's surname
                h = self.r.choices(self.P["common"][:40], self.P["weights"][:40])[0]
                if self.r.random() < 0.5:
                    s = h + self.r.choices(self.P["common"], self.P["weights"])[0] + "氏"
                else:
                    s = h + self.r.choices(self.P["common"], self.P["weights"])[0] + self.r.choice(_G_OLD + _G_MODERN)
            else:
                s = self._surname() + self._given()
                if len(s) == 2 and self.r.random() < 0.12:
                    s = s[0] + self.r.choice((" ", "\u3000", "  ")) + s[1]
            if s[0] == s[1:2]:
                continue
            if self._fresh(s):
                return self._n(s)
        return self._n(self._surname() + self.r.choice(_GEN_FIRST) + self.r.choice(_GEN_SECOND) + "")

    def c(self, label: bool = False) -> str:
        """A name that, more often than not, carries a cue word right before it."""
        if self.r.random() < _CUE_P:
            cue = self.r.choice(self.sp["roles"] + list(_GEN_CUES))
            return cue + (self.r.choice(("：", ":", " ", "")) if label else "") + self.cn()
        return self.cn()

    def ce(self) -> str:
        if self.r.random() < _CUE_P:
            return self.r.choice(("Mr ", "Ms ", "Mrs. ", "Mr. ", "Contact: ", "Owner ", "Buyer ", "Driver ")) + self.en()
        return self.en()

    def mino(self) -> tuple[str, str]:
        r = self.r
        for _ in range(40):
            k = r.randrange(12)
            sep = r.choice(_SEPS)
            if k == 0 or k == 1:
                a, b = r.sample(_UY_GIVEN, 2)
                s, eth = a + sep + b, "维吾尔族"
            elif k == 2:
                a, b = r.sample(_KZ_GIVEN, 2)
                s, eth = a + sep + b, "哈萨克族"
            elif k == 3:
                a, b = r.sample(_TIB, 2)
                s, eth = a + b, "藏族"
            elif k == 4:
                s, eth = r.choice(_YI_CLAN) + r.choice(_YI_GIVEN), "彝族"
            elif k == 5:
                s, eth = r.choice(_MG_A) + r.choice(_MG_B), "蒙古族"
                if r.random() < 0.25:
                    s = r.choice("包白韩") + s
            elif k == 6:
                s, eth = r.choice(_HUI_S) + self._given(), "回族"
            elif k == 7:
                s, eth = r.choice(_KR_S) + r.choice(_KR_G1) + r.choice(_KR_G2), "朝鲜族"
            elif k == 8:
                s, eth = r.choice(_ZH_S) + r.choice(_ZM_G), "壮族"
            elif k == 9:
                s, eth = r.choice(_MI_S) + r.choice(_ZM_G), r.choice(("苗族", "侗族", "土家族"))
            elif k == 10:
                if r.random() < 0.5:
                    s = r.choice(_DAI_M + _DAI_F) + r.choice(_DAI_T)
                    eth = "傣族"
                else:
                    s, eth = "和" + r.choice(_NAXI_G), "纳西族"
            else:
                if r.random() < 0.5:
                    s, eth = r.choice(_YAO_S) + r.choice(_ZM_G), "瑶族"
                else:
                    s, eth = r.choice(_LI_S) + "亚" + r.choice("妹花凤英明光贵"), "黎族"
            if s.replace("·", "") in _BLACKLIST:
                continue
            if self._fresh(s):
                return self._n(s), eth
        return self.cn(), "汉族"

    def en(self) -> str:
        r = self.r
        for _ in range(40):
            sur = r.choice(list(_ROMAN))
            py, hk, wg, sg, mo = _ROMAN[sur]
            k = r.randrange(10)
            a, b = r.sample(_PY_SYL, 2)
            if k == 0:
                s = f"{py} {a.capitalize()}{b}"
            elif k == 1:
                s = f"{a.capitalize()}{b} {py}"
            elif k == 2:
                s = f"{py.upper()} {a.capitalize()}{b}" if r.random() < 0.6 else f"{py.upper()} {(a + b).upper()}"
            elif k == 3:
                s = r.choice((f"{py} {a.capitalize()}-{b}", f"{py} {a.capitalize()}-{b.capitalize()}",
                              f"{py} {a.capitalize()} {b.capitalize()}"))
            elif k == 4:
                s = r.choice((f"{a[0].upper()}. {b[0].upper()}. {py}", f"{py} {a[0].upper()}.{b[0].upper()}.",
                              f"{a[0].upper()}.{b[0].upper()}. {py.upper()}", f"{py.upper()} {a[0].upper()} {b[0].upper()}"))
            elif k == 5:
                c, d = r.sample(_HK_SYL, 2)
                s = r.choice((f"{hk} {c}-{d.lower()}", f"{hk.upper()} {c} {d}", f"{r.choice(_EN_GIVEN)} {hk} {c}-{d.lower()}"))
            elif k == 6:
                c, d = r.sample(_MO_SYL, 2)
                s = f"{mo} {c} {d}" if r.random() < 0.6 else f"{mo.upper()} {c} {d}"
            elif k == 7:
                c, d = r.sample(_WG_SYL, 2)
                s = f"{wg} {c}-{d.lower()}" if r.random() < 0.7 else f"{c}-{d.lower()} {wg}"
            elif k == 8:
                c, d = r.sample(_SG_SYL, 2)
                s = f"{sg} {c} {d}"
            else:
                s = f"{r.choice(_EN_GIVEN)} {r.choice((py, hk, sg))}"
            if s in _BLACKLIST or any(s.startswith(x) or s.endswith(x) for x in ("Jackie Chan", "Bruce Lee")):
                continue
            if self._fresh(s):
                return self._n(s)
        return self._n(f"{_ROMAN['王'][0]} {r.choice(_PY_SYL).capitalize()}{r.choice(_PY_SYL)}{r.randrange(10)}")

    # -- look-alikes
    def W(self, trade: str | None = None) -> str:
        return self.la(self.r.choice(self.P["spec"][trade or self.trade]["words"]))

    def sur1(self) -> str:
        return self.r.choices(self.P["common"][:80], self.P["weights"][:80])[0]

    def V(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.7:
            v = self.sur1() + r.choice(_VIL_TAIL)
        elif k < 0.85:
            v = r.choice(_VIL_PRE) + self.sur1() + r.choice(("村", "庄", "屯"))
        else:
            v = self.sur1() + r.choice(("家巷", "庄路", "桥路", "家营乡", "庄镇", "集镇"))
        return self.la(v)

    def S(self) -> str:
        r = self.r
        s = self.sur1()
        b = r.choice(self.sp["biz"])
        v = r.choice((f"{s}记{b}", f"老{s}家{b}", f"{s}氏{b}", f"{s}家{b}", f"{s}师傅{b}",
                      f"{r.choice(_COUNTIES)}{s}氏{b}有限公司", f"{s}记"))
        return self.la(v)

    def T(self) -> str:
        s = self.sur1()
        return self.la(self.r.choice((f"{s}师傅", f"{s}老板", f"{s}经理", f"小{s}", f"老{s}", f"{s}会计", f"{s}主任")))

    def D(self) -> str:
        r = self.r
        y, m, d = 2026, r.randint(1, 12), r.randint(1, 28)
        return self.la(r.choice((f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日",
                                 f"{y}/{m}/{d}", f"{y}年{m:02d}月{d:02d}日", f"{m}.{d}")))

    def M(self) -> str:
        r = self.r
        v = r.choice((r.randint(20, 900), r.randint(1000, 60000)))
        return self.la(r.choice((f"{v}元", f"{v:,}元", f"￥{v}.00", f"{v/10000:.1f}万元" if v > 9999 else f"{v}块",
                                 f"人民币{v}元")))

    def C(self) -> str:
        r = self.r
        head = r.choice(("92", "92", "91", "93")) + r.choice(_AREAS)
        body = head + "".join(r.choice(_USCC_CH if i > 3 else "0123456789MA") for i in range(9))
        s = sum(_USCC_CH.index(c) * w for c, w in zip(body, _USCC_W))
        c = 31 - s % 31
        return self.la(body + _USCC_CH[0 if c == 31 else c])

    def L(self) -> str:
        r = self.r
        k = r.randrange(4)
        if k == 0:
            v = "JY1" + r.choice(_AREAS) + "".join(r.choice("0123456789") for _ in range(7))
        elif k == 1:
            v = "SC1" + "".join(r.choice("0123456789") for _ in range(13))
        elif k == 2:
            v = f"（2026）{r.choice(_PROV)}动防合字第{r.randint(1, 999):04d}号"
        else:
            v = f"{r.choice(_PROV)}燃经字2026{r.randint(1, 999999):06d}"
        return self.la(v)

    def PL(self) -> str:
        r = self.r
        tail = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") if i == 1 else r.choice("0123456789")
                       for i in range(5))
        return self.la(r.choice(_PROV) + r.choice(_PLATE_L) + r.choice(("", "·", " ")) + tail)

    def DOC(self) -> str:
        r = self.r
        a = r.choice(_COUNTY_ABBR)
        return self.la(r.choice((f"{a}市监处罚〔2026〕{r.randint(1, 300)}号", f"{a}农发〔2026〕{r.randint(1, 90)}号",
                                 f"{a}应急罚字〔2026〕第{r.randint(1, 99)}号", f"{a}市监罚告〔2026〕{r.randint(1, 300)}号")))

    def O(self) -> str:
        return self.la(self.r.choice(self.P["officials"]))

    # -- plain fillers (not registered)
    def PH(self) -> str:
        r = self.r
        d = "1" + r.choice("3456789") + "".join(r.choice("0123456789") for _ in range(9))
        return r.choice((d, d, f"{d[:3]}-{d[3:7]}-{d[7:]}", f"{d[:3]} {d[3:7]} {d[7:]}"))

    def Q(self) -> str:
        return str(self.r.choice((self.r.randint(2, 30), self.r.randint(30, 800))))

    def act(self) -> str:
        return self._fill(self.r.choice(self.sp["acts"]))

    def _fill(self, tpl: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: getattr(self, m.group(1))(), tpl)

    # name with age / phone / plain
    def NA(self) -> str:
        r = self.r
        n = self.cn()
        a = r.randint(18, 86)
        return r.choice((f"{n}（{a}岁）", f"{n}，{r.choice('男女')}，{a}岁", f"{n} {a}岁", f"{n}({a})"))

    def NP(self) -> str:
        r = self.r
        n = self.cn()
        return r.choice((f"{n}{self.PH()}", f"{n} {self.PH()}", f"{n}（电话{self.PH()}）", f"{n}，手机：{self.PH()}"))

    def NL(self, k: int | None = None) -> str:
        k = k or self.r.randint(2, 4)
        sep = self.r.choice(("、", "、", "、", "，", " ", "/"))
        return sep.join(self.cn() for _ in range(k))

    def ROLE(self) -> str:
        return self.r.choice(self.sp["roles"])

    def B(self) -> str:
        return self.r.choice(self.sp["biz"])

    def U(self) -> str:
        return self.r.choice(self.sp["unit"])

    def render(self, text: str) -> str:
        r = self.r
        parts = re.split(r"(\x01[^\x02]*\x02)", text)
        swap = r.random() < 0.45
        typo = r.choice(_TYPOS) if r.random() < 0.3 else None
        out = []
        for p in parts:
            if p.startswith("\x01"):
                out.append(p[1:-1])
                continue
            if typo:
                p = p.replace(typo[0], typo[1], 1)
            if swap:
                p = "".join(_PUNCT.get(ch, ch) if r.random() < 0.5 else ch for ch in p)
            if r.random() < 0.1:
                p = p.replace("，", "， ", 1)
            out.append(p)
        return "".join(out).strip()


# ----------------------------------------------------------------------------------------------
# layouts for the twelve trades

def _labelled(x: _Rm) -> str:
    r = x.r
    k = r.randrange(6)
    if k == 0:
        return (f"{x.ROLE()}：{x.cn()}；电话：{x.PH()}；地址：{x.V()}{r.randint(1, 99)}号；{x.act()}；{x.act()}。"
                f"备注：{x.T()}介绍，帮工{x.NL(2)}")
    if k == 1:
        return (f"户名:{x.cn()} 所在村:{x.V()} 经营项目:{x.B()}（{x.W()}）\n{x.act()}\n"
                f"代领人:{x.NP()}")
    if k == 2:
        return (f"名称：{x.S()}\n负责人：{x.cn()}（{x.PH()}）\n统一社会信用代码：{x.C()}\n情况说明：{x.act()}，"
                f"{x.c()}和{x.cn()}在场，{x.W()}封存")
    if k == 3:
        return (f"申请人：{x.cn()}  身份证后四位：{r.randint(1000, 9999)}  {x.act()}  "
                f"处理结果：{x.D()}已整改，{x.c()}签字确认，{x.W()}")
    if k == 4:
        return (f"{x.B()}备注：{x.c()}{x.act()}，{x.W()}另计；联系人 {x.NP()}；"
                f"{x.D()}复查，{x.act()}")
    return (f"经营者：{x.cn()}\n许可证号：{x.L()}\n{x.act()}；{x.act()}\n"
            f"帮工：{x.NA()}、{x.NA()}；{x.W()}")


def _prose(x: _Rm) -> str:
    r = x.r
    k = r.randrange(7)
    if k == 0:
        return (f"{x.D()}，{x.V()}{x.c()}反映其{x.B()}{x.act()}，经核实{x.c()}与{x.cn()}合伙经营，"
                f"{x.W()}由{x.T()}代管。")
    if k == 1:
        return (f"{x.c()}与{x.cn()}合伙经营{x.B()}，{x.act()}，{x.act()}，{x.D()}结清{x.M()}。")
    if k == 2:
        return (f"经核实，{x.c()}于{x.D()}{x.act()}，现已整改；{x.c()}称{x.W()}是从{x.S()}进的。")
    if k == 3:
        return (f"{x.T()}说{x.c()}昨天{x.act()}，又{x.act()}，其妻子{x.cn()}不同意，"
                f"{x.V()}{x.cn()}作证，{x.W()}暂扣。")
    if k == 4:
        nick = r.choice(_NICK)
        who = (f"{x.cn()}（{r.choice(('小名', '乳名', '外号'))}{x._n(nick)}）" if r.random() < 0.5 and x._fresh(nick)
               else f"{x.cn()}（{r.randint(25, 80)}岁）")
        return (f"情况说明：该户{who}{x.act()}\n及{x.cn()}一起{x.act()}，"
                f"{x.W()}损失约{x.M()}。")
    if k == 5:
        return (f"{x.V()}{x.NA()}在本村经营{x.B()}多年，{x.act()}。{x.D()}因{x.W()}问题与{x.c()}发生纠纷，"
                f"经调解，由{x.c()}赔偿{x.M()}。")
    return (f"处理结果：{x.c()}{x.act()}，已告知{x.T()}；{x.c()}、{x.cn()}两户{x.act()}，车牌{x.PL()}。")


def _listing(x: _Rm) -> str:
    r = x.r
    k = r.randrange(5)
    if k == 0:
        return f"{x.V()}：{x.NL(r.randint(2, 4))}（以上{x.W()}户），联系人：{x.cn()}"
    if k == 1:
        return f"参加{x.W()}技术培训人员：{x.NL(r.randint(2, 4))}；带队{x.T()}，{x.D()}，登记人{x.cn()}"
    if k == 2:
        return f"{x.NA()}、{x.NA()}、{x.NA()}\n均{x.act()}，{x.W()}由户主{x.cn()}统一交售"
    if k == 3:
        return f"以下{r.randint(3, 9)}户已{x.act()}：{x.NL(3)}，另{x.V()}{x.c()}未到。{x.W()}"
    return f"{x.B()}从业人员名单\n{x.NP()}\n{x.NP()}\n{x.cn()}（学徒）\n{x.W()}、{x.W()}"


def _cells(x: _Rm) -> str:
    r = x.r
    sep = r.choice(("|", "\t", "  ", " | ", "，", "／", "\u3000"))
    rows = []
    for i in range(r.randint(2, 4)):
        k = r.randrange(4)
        if k == 0:
            rows.append(sep.join((str(i + 1), x.cn(), x.V(), x.W(), x.Q() + x.U(), x.PH())))
        elif k == 1:
            rows.append(sep.join((x.c(True), r.choice("男女"), str(r.randint(20, 80)), x.V(), x.W())))
        elif k == 2:
            rows.append(sep.join((x.S(), x.c(True), x.W(), x.M(), x.D())))
        else:
            rows.append(sep.join((x.W(), x.Q() + x.U(), x.c(True) + "\n" + x.cn(), x.M())))
    return r.choice(("\n", "\n", " / ", "；")).join(rows)


def _log(x: _Rm) -> str:
    r = x.r
    lines = []
    for _ in range(r.randint(2, 4)):
        k = r.randrange(5)
        if k == 0:
            lines.append(f"{x.D()} {x.c()} {x.act()}")
        elif k == 1:
            lines.append(f"{x.D()}：{x.act()}，经手:{x.cn()}")
        elif k == 2:
            lines.append(f"{x.D()} {x.act()}（{x.T()}）{x.c()}付{x.M()}")
        elif k == 3:
            lines.append(f"{x.D()}{x.c()}、{x.cn()}{x.act()}")
        else:
            lines.append(f"{x.D()} {x.W()} {x.Q()}{x.U()} 车号{x.PL()} 司机{x.cn()}")
    return "\n".join(lines)


_LAYOUTS = (_labelled, _prose, _listing, _cells, _log)


def _trade_remark(x: _Rm) -> str:
    return x.r.choice(_LAYOUTS)(x)


def _english(x: _Rm) -> str:
    r = x.r
    el = lambda: x.la(r.choice(_EN_GOODS))  # noqa: E731
    pl = lambda: x.la(r.choice(_EN_PLACES))  # noqa: E731
    d = lambda: x.la(f"{r.randint(1, 28):02d} {r.choice(('Mar', 'Apr', 'May', 'Jun', 'Sep', 'Oct', 'Nov'))} 2026")  # noqa: E731
    inv = lambda: x.la(f"INV-2026-{r.randint(1, 9999):04d}")  # noqa: E731
    usd = lambda: x.la(f"USD {r.randint(100, 90000):,}.00")  # noqa: E731
    k = r.randrange(7)
    if k == 0:
        return (f"Consignee: {x.en()}, Tel +852 {r.randint(5000, 9999)} {r.randint(1000, 9999)}\n"
                f"Goods: {el()} / {x.W()}, {x.Q()} cartons, {inv()}\nPacked by {x.en()} and {x.en()}")
    if k == 1:
        return (f"{d()} {x.ce()} collected {el()} samples ({x.W()}); {x.ce()} signed for {usd()}. Origin {pl()}.")
    if k == 2:
        return (f"Shipping remark: {x.ce()}, {x.en()}, {x.en()} (growers, {pl()}). Ref {inv()}, {d()}, {x.W()}")
    if k == 3:
        return (f"品名 Product: {x.W()} ({el()})\n联系人 Contact: Ms {x.en()}\n{x.ce()} will pay {usd()} "
                f"before {d()}")
    if k == 4:
        return (f"Buyer {x.en()} ({pl()}) and {x.en()} ordered {el()} and {x.W()}; agent {x.T()} in {pl()}.")
    if k == 5:
        return (f"{x.ce()}\t{el()}\t{x.W()}\t{usd()}\n{x.ce()}\t{el()}\t{usd()}")
    return (f"Attn: Mr {x.en()}\nRe: {el()} price list — {x.ce()} from {pl()} called on {d()}, "
            f"cc {x.ce()}. Item: {x.W()}")


def _minority(x: _Rm) -> str:
    r = x.r
    k = r.randrange(5)
    if k == 0:
        rows = []
        for i in range(r.randint(2, 4)):
            n, e = x.mino()
            rows.append(f"{i + 1}\t{n}\t{e}\t{r.choice('男女')}\t{r.randint(20, 78)}\t{x.V()}\t{x.W()}{x.Q()}{x.U()}")
        return "\n".join(rows)
    if k == 1:
        a, e1 = x.mino()
        b, e2 = x.mino()
        return f"{x.D()}，牧民{a}（{e1}）与{b}（{e2}）到{x.S()}{x.act()}，{x.W()}"
    if k == 2:
        ns = [x.mino()[0] for _ in range(r.randint(2, 3))]
        return f"{x.V()}少数民族{x.B()}：{'、'.join(ns)}；{x.act()}；联系人：{x.mino()[0]}"
    if k == 3:
        a, e = x.mino()
        return f"户主：{a}  民族：{e}  {x.act()}\n户主 {x.mino()[0]} {x.PH()}  {x.D()} {x.W()}"
    a, e = x.mino()
    hui = r.choice(_HUI_S) + x.r.choice(_G_OLD)
    if x._fresh(hui):
        return f"申请人{a}，{e}，{x.act()}；村民{x._n(hui)}（经名：{r.choice(_HUI_JING)}）{x.act()}，{x.W()}"
    return f"申请人{a}，{e}，{x.act()}；村民{x.mino()[0]}{x.act()}，{x.W()}"


def _public(x: _Rm) -> str:
    r = x.r
    org = x.la(r.choice(_COUNTIES) + r.choice(("市场监督管理局", "农业农村局", "应急管理局", "商务局")))
    k = r.randrange(5)
    if k == 0:
        return (f"行政处罚决定书文号：{x.DOC()}\n当事人：{x.S()}（个体工商户）\n统一社会信用代码：{x.C()}\n"
                f"经营者：{x.cn()}\n主要违法事实：当事人在{x.V()}经营{x.B()}，{x.act()}，经执法人员{x.O()}、{x.O()}"
                f"现场检查，顾客{x.cn()}与{x.cn()}作证。\n处罚内容：罚款{x.M()}\n处罚机关：{org}\n决定日期：{x.D()}")
    if k == 1:
        return (f"{org}关于{x.W()}补贴的公示：经镇长{x.O()}审核，下列农户符合条件：{x.NL(r.randint(2, 4))}。"
                f"公示期{x.D()}至{x.D()}，监督电话{r.randint(2000000, 8999999)}，联系人：{x.O()}（{org}）")
    if k == 2:
        return (f"{org}局长{x.O()}带队检查{x.B()}，发现{x.S()}{x.ROLE()}{x.cn()}{x.act()}，已责令整改；"
                f"{x.V()}{x.c()}{x.act()}，{x.W()}待查。文号{x.DOC()}")
    if k == 3:
        return (f"{x.V()}村委会公示：村民{x.cn()}与{x.cn()}于{x.D()}在{x.S()}举办婚宴{r.randint(8, 30)}桌，"
                f"{x.W()}已向村务监督委员会主任{x.O()}报备。{x.W()}")
    return (f"{org}表彰通报（{x.DOC()}）：{x.NL(r.randint(2, 4))}被评为2026年度{x.W()}示范户，"
            f"由副县长{x.O()}颁奖。")


def _lookalike_only(x: _Rm) -> str:
    r = x.r
    k = r.randrange(6)
    if k == 0:
        return f"{x.W()}、{x.W()}、{x.W()}均已{r.choice(('入库', '检验', '登记'))}，{x.D()}"
    if k == 1:
        return f"{x.S()} 统一社会信用代码：{x.C()} 地址：{x.V()} 主营{x.W()}、{x.W()}"
    if k == 2:
        return f"{x.T()}来电：{x.W()}{x.Q()}{x.U()}，合计{x.M()}，车牌{x.PL()}"
    if k == 3:
        return f"许可证{x.L()}，{x.D()}到期；{x.W()}待复查，{x.W()}已下架。{x.V()}"
    if k == 4:
        return f"{x.DOC()}：{x.W()}抽检合格，{x.W()}不合格，{x.S()}已整改"
    return f"{x.D()}\t{x.W()}\t{x.M()}\t{x.V()}\t{x.T()}\t{x.W()}"


# ----------------------------------------------------------------------------------------------

def _allocate(n: int) -> list[str]:
    raw = {f: n * WEIGHTS[f] for f in FAMILIES}
    cnt = {f: int(v) for f, v in raw.items()}
    rest = n - sum(cnt.values())
    for f in sorted(FAMILIES, key=lambda f: (-(raw[f] - cnt[f]), FAMILIES.index(f)))[:rest]:
        cnt[f] += 1
    return [f for f in FAMILIES for _ in range(cnt[f])]


class _Index:
    """Names planted so far (bigram index) and the texts written so far."""

    def __init__(self):
        self.by2: dict[str, list[str]] = {}
        self.texts: list[str] = []
        self.joined = ""
        self.tail: list[str] = []

    def add(self, text: str, names: list[str]) -> None:
        for nm in names:
            self.by2.setdefault(nm[:2], []).append(nm)
        self.tail.append(text)
        if len(self.tail) >= 64:
            self.joined += "\x00" + "\x00".join(self.tail)
            self.tail = []

    def seen_name_in(self, text: str) -> bool:
        by2 = self.by2
        for i in range(len(text) - 1):
            lst = by2.get(text[i:i + 2])
            if lst:
                for nm in lst:
                    if text.startswith(nm, i):
                        return True
        return False

    def text_has(self, s: str) -> bool:
        return s in self.joined or any(s in t for t in self.tail)


def _ok(text: str, names: list[str], looks: list[str], idx: _Index) -> bool:
    spans = []
    for nm in names:
        if not nm or text.count(nm) != 1 or idx.text_has(nm):
            return False
        i = text.find(nm)
        spans.append((i, i + len(nm)))
    for lk in looks:
        i = text.find(lk)
        if i < 0:
            return False
        while i >= 0:
            for a, b in spans:
                if i < b and a < i + len(lk):
                    return False
            i = text.find(lk, i + 1)
    if idx.seen_name_in(text):
        return False
    return True


_GEN = {"english_export": _english, "minority_listing": _minority, "public_notice": _public,
        "lookalike_only": _lookalike_only}


def make_remarks(n: int = 2000, seed: int = 3434) -> list[Remark]:
    P = _build()
    fams = _allocate(n)
    random.Random(f"order-{seed}-{n}").shuffle(fams)
    used: set[str] = set()
    idx = _Index()
    out: list[Remark] = []
    for i, fam in enumerate(fams):
        for attempt in range(200):
            rng = random.Random(f"r34-{seed}-{i}-{attempt}")
            trade = fam if fam in DOMAINS else rng.choice(DOMAINS)
            x = _Rm(rng, P, used, trade)
            raw = _GEN.get(fam, _trade_remark)(x)
            text = x.render(raw)
            if fam == "lookalike_only":
                if x.names or not x.looks:
                    continue
            elif not x.names:
                continue
            if _ok(text, x.names, x.looks, idx):
                break
        else:  # pragma: no cover
            raise RuntimeError(f"remark {i} ({fam}) could not be placed")
        used.update(x.names)
        idx.add(text, x.names)
        out.append(Remark(text=text, family=fam, names=list(x.names), lookalikes=list(x.looks),
                          public_officials=fam in PUBLIC_FAMILIES))
    return out


def stats(n: int = 2000, seed: int = 3434) -> dict:
    P = _build()
    rs = make_remarks(n, seed)
    fam = {f: 0 for f in FAMILIES}
    names = looks = uncued = dom = 0
    officials = 0
    offs = set(P["officials"])
    for r in rs:
        fam[r.family] += 1
        names += len(r.names)
        looks += len(r.lookalikes)
        for nm in r.names:
            if not _has_cue(r.text, r.text.find(nm)):
                uncued += 1
        for lk in r.lookalikes:
            if lk in P["domain_word_set"]:
                dom += 1
            if lk in offs:
                officials += 1
    return {
        "version": VERSION, "n": n, "seed": seed, "families": fam,
        "names": names, "lookalikes": looks, "uncued_names": uncued,
        "uncued_share": round(uncued / names, 4) if names else 0.0,
        "domain_surname_lookalikes": dom,
        "domain_surname_share": round(dom / looks, 4) if looks else 0.0,
        "official_lookalikes": officials,
    }
