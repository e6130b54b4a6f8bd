"""FROZEN test set, third edition: free-text remarks with planted person names, and look-alikes.

Why a third edition: see remarks_v2's docstring for why an edition stops being frozen. This one was
written on 2026-12-05 blind to the name detector (its code, its data files and the tuned sets were
not read; the detector was never run on these remarks), from its own pools and its own phrasings.
No rule may be tuned on it: a change here is a fourth edition and is reported as such.

Each remark is one free-text cell. ``names`` are personal names to be removed, ``lookalikes`` are
strings that must survive de-identification. Every planted string occurs verbatim in its text; a
planted name never overlaps a look-alike or another planted name in the same remark and never
occurs anywhere else in it (checked on every draw; a remark that fails is drawn again).

Families (remarks per 2,000; see ``WEIGHTS``):

* ``medical`` (210): 医保报销 / 大病救助 / 医疗救助 notes (患者, 救助对象, 家属代办);
* ``student`` (190): 学生资助 remarks: students, guardians, teachers;
* ``housing`` (170): 房屋征收 and 危房改造 notes (被征收人, 产权人, 继承人, 承租人);
* ``petition`` (170): 信访 registrations (来访人, 信访人, 联名, 代为反映);
* ``carevisit`` (170): 残联 and 养老服务 visit logs (老人, 奶奶, 大爷, 网格员, 监护人);
* ``village`` (80): 村务公开 lists, names enumerated with 、 ， ； 和 及 and followed by 户 / 家庭;
* ``hotline`` (180): 12345 work-order dispositions (来电人, 诉求人, 回访);
* ``penalty`` (170): 行政处罚 facts in another style (违法行为人, 涉案人员, 受托人, 见证人);
* ``export`` (170): an English export: "Ms. LI Xiaohong", "Zhang, Wei", "Applicant: Wang
  Jianguo", western order; the planted string is the name exactly as printed;
* ``gazette`` (120): appointments and removals; ``public_officials`` is True and the officials'
  names are look-alikes (public), never names;
* ``lookalike`` (370): no name at all: villages, towns, counties and cities that begin with a
  surname, roads named after persons or cities, shops and brands built on a surname or a person
  (X记, 老X家, X氏, brand names), anonymised forms (X某, X某某, X先生, X×, 老X), public figures in
  public phrases, and everyday words that begin with a surname character.

Look-alikes are mixed into the name families too (places, shops, anonymised forms, words).
Eleven templates or more per family; positions of the name at the start, middle and end of a cell,
next to digits, punctuation and other CJK text; suffixes 同志/先生/女士/老人/奶奶/大爷/户/家庭
and ages in parentheses (only the full name is planted).

Names: surnames drawn from a census-like distribution written for this edition (top 30 ~59%,
next 70 ~25%, about 290 rarer ones ~13%, compound surnames 欧阳/司马/上官/诸葛/端木/… ~2%);
given names by era (elderly, adult, young adult, child) and sex, from listed names and composed
from per-era characters (several hundred distinct given names), one-character given names by era
(8-22%); full names that are also ordinary words (高峰, 白雪, 向阳 …) 3%; ethnic-minority names
2.5% (Uyghur/Kazakh with the middle dot 1.5%, Tibetan/Mongolian without a surname 1%). Women's
names in the 夫姓+本姓 form are left out: rare in mainland administrative text today.

Mix at n=2000, seed 2718 (``make_remarks()``): 1,796 planted names, 1,469 look-alikes; 1,168 of
2,000 remarks hold a name (name families hold 15-30% name-free remarks, as real listings do).
Per family (remarks / names / look-alikes): medical 210/216/76, student 190/256/48, housing
170/187/70, petition 170/183/32, carevisit 170/210/49, village 80/196/21, hotline 180/174/89,
penalty 170/185/78, export 170/189/51, gazette 120/0/179 (officials), lookalike 370/0/776.
Of the 1,607 Chinese names: 17% two characters, 1.6% compound surname, 1.5% with the middle dot,
1.4% Tibetan/Mongolian, 2.4% whole-word names; about 900 distinct given names.
"""

from __future__ import annotations

import random
import re

from .remarks import Remark       # the same record of a remark as the first edition

VERSION = "frozen-remarks-3 (2026-12-05)"

FAMILIES: dict[str, str] = {
    "medical": "医保 / 大病救助 / 医疗救助 notes",
    "student": "学生资助 remarks: students, guardians, teachers",
    "housing": "房屋征收 and 危房改造 notes",
    "petition": "信访 registrations",
    "carevisit": "残联 and 养老服务 visit logs",
    "village": "村务公开 lists with enumerated names",
    "hotline": "12345 work-order dispositions",
    "penalty": "行政处罚 facts (违法行为人, 涉案人员, 受托人)",
    "export": "English export of remarks",
    "gazette": "appointments in a gazette, officials public",
    "lookalike": "no name: places, roads, shops, brands, anonymised forms, public phrases, words",
}

# Remarks per 2,000 (exact at n=2000; other n by largest remainder).
WEIGHTS: dict[str, int] = {
    "medical": 210, "student": 190, "housing": 170, "petition": 170, "carevisit": 170,
    "village": 80, "hotline": 180, "penalty": 170, "export": 170, "gazette": 120,
    "lookalike": 370,
}

# ---------------------------------------------------------------------------------------------
# Surnames. Weights per mille; the top of the list follows the order of the big national counts,
# the tail is a long list of rarer single-character surnames (several are ordinary words).

_TOP = (("王", 71), ("李", 70), ("张", 66), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22),
        ("赵", 21), ("吴", 20), ("周", 19), ("徐", 13), ("孙", 13), ("马", 12), ("朱", 12),
        ("胡", 11), ("郭", 11), ("何", 10), ("林", 10), ("高", 10), ("罗", 9), ("郑", 8),
        ("梁", 8), ("谢", 7), ("宋", 6), ("唐", 6), ("许", 6), ("韩", 6), ("冯", 6), ("邓", 6),
        ("曹", 5))
_MID = ("彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱"
        "江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_RARE1 = ("常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
          "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤")
_RARE2 = ("阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
          "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南"
          "班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴"
          "丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭"
          "况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝"
          "智幸奉植衡富尧闭由")
_COMPOUND = (("欧阳", 6), ("司马", 2), ("上官", 2), ("诸葛", 2), ("司徒", 2), ("端木", 1),
             ("东方", 1), ("皇甫", 1), ("慕容", 1), ("夏侯", 1), ("尉迟", 1), ("公孙", 1),
             ("令狐", 1), ("长孙", 0.5), ("宇文", 0.5), ("呼延", 0.5), ("澹台", 0.5))

_SURNAMES: list[str] = [s for s, _ in _TOP] + list(_MID) + list(_RARE1) + list(_RARE2)
_SURNAME_W: list[float] = ([float(w) for _, w in _TOP] + [252 / len(_MID)] * len(_MID)
                           + [100 / len(_RARE1)] * len(_RARE1) + [30 / len(_RARE2)] * len(_RARE2))
_COMPOUND_NAMES = [s for s, _ in _COMPOUND]
_COMPOUND_W = [float(w) for _, w in _COMPOUND]
_COMPOUND_SHARE = 0.02
_COMMON30 = [s for s, _ in _TOP]      # for places and shops built on a surname

# ---------------------------------------------------------------------------------------------
# Given names by era (o: born before ~1955, a: ~1955-1985, y: ~1985-2005, c: after ~2005) and sex.

_LISTED = {
    ("o", "f"): "桂兰 秀英 凤英 玉兰 淑珍 桂英 秀兰 玉珍 凤兰 桂芝 秀珍 玉梅 金花 翠花 春花 桂花 兰英 "
                "素珍 淑兰 玉芬 秀芝 凤芝 招娣 来娣 引弟 腊梅 冬梅 月娥 桂香 翠兰 巧云 素芬 美英 金凤 "
                "银凤 玉凤 秀云 彩云 凤琴 月英 菊香 杏花 秋菊 淑贞 瑞英 宝珍 香莲 玉莲 桂珍 满英 喜梅 "
                "翠英 彩凤 二妮",
    ("o", "m"): "德胜 福林 长生 根生 水生 金山 来福 富贵 有才 广田 守义 德全 满仓 铁柱 拴柱 宝山 福全 "
                "长顺 德明 玉林 春生 树林 万福 庆余 德福 继祖 荣华 茂林 永福 志高 金贵 国良 土生 根宝 "
                "天福 凤山 殿元 振海 连生 秋生 贵生 双喜 瑞林 永泉 本善 守仁 德发 占魁 殿臣 万山 炳坤 "
                "佩文 老根 金锁",
    ("a", "m"): "建国 建军 卫东 卫国 红旗 跃进 援朝 国庆 解放 胜利 和平 建华 建平 志刚 志强 国强 向东 "
                "东升 永红 学军 爱民 爱国 新民 立新 振华 国华 建设 建新 红军 海军 保国 建明 国平 建忠 "
                "建林 国栋 春雷 长江 光明 跃华 文斌 永强 志勇 志军 晓东 海涛 海波 建伟 志伟 宏伟 红兵 "
                "卫兵 兴旺 庆丰 新华 宝林 国富 金龙 振东 少华 德强 云飞 国伟 庆林 春来 小军 朝阳 青松",
    ("a", "f"): "海燕 红梅 丽华 秀珍 桂芳 爱华 秀梅 丽娟 晓燕 春燕 雪梅 小红 红霞 秀红 艳红 丽萍 美玲 "
                "玉霞 凤霞 建英 卫红 红英 淑华 亚丽 晓红 丽丽 翠萍 金秀 春梅 晓丽 丽芳 彩霞 素梅 慧敏 "
                "爱玲 小燕 秀娟 春兰 海霞 建红 玉华 丽红 淑英 艳玲 美华 晓梅",
    ("y", "m"): "俊杰 文博 宇航 一鸣 天宇 浩然 子豪 家豪 明轩 志豪 晨阳 鹏飞 宇飞 博文 文涛 振宇 嘉伟 "
                "佳豪 晓峰 文杰 宏宇 旭东 鹏程 天翔 晓龙 少杰 泽宇 健豪 鑫磊 思远 逸飞 子健 凯文 晓宇 "
                "俊峰 志远 明杰 浩东",
    ("y", "f"): "婷婷 佳琪 思琪 欣怡 雨婷 晓雪 梦瑶 晶晶 佳怡 诗雨 思雨 梦婷 雅琪 雪婷 欣然 静怡 婉婷 "
                "梦琪 心怡 子怡 晓敏 丹丹 倩倩 美琪 嘉欣 雅婷 媛媛 晓琳 雨欣 思佳 文倩 佳慧",
    ("c", "m"): "子轩 浩宇 宇轩 梓睿 奕辰 沐晨 俊熙 锦程 昊天 皓轩 睿泽 宸熙 思睿 子墨 梓豪 浩轩 宇泽 "
                "煜城 铭泽 博涵 梓轩 沐阳 景行 云帆 嘉懿 宥辰 辰逸 天佑 修远 瑾瑜 逸轩 泽楷 若凡 子骞 "
                "乐天 承泽 奕博 梓晨 子睿 一航",
    ("c", "f"): "梓萱 一诺 梓涵 诗涵 欣妍 可馨 若汐 语桐 依诺 芷若 嘉怡 安琪 雨桐 一涵 紫萱 思彤 沐瑶 "
                "芊芊 语汐 雨萱 诗琪 梓琪 欣悦 晨曦 可欣 书瑶 予希 沐晴 初夏 念念 悠然 知夏 若曦 梓晴 "
                "熙媛 婉清 歆瑶 艺涵 昕怡 一冉",
}
_FIRST_CHARS = {
    ("o", "m"): "德福长根水金有广守满宝永庆万春树玉茂殿振占连秋双贵本天荣继",
    ("o", "f"): "桂秀凤玉淑金翠春兰素月巧彩银菊瑞宝香美招",
    ("a", "m"): "建志卫国海永文明德振立新红春晓小伟俊宏庆学爱向东长光跃少保",
    ("a", "f"): "秀丽红海春晓雪玉桂美爱淑慧亚艳小彩翠素凤金建冬秋",
    ("y", "m"): "俊文宇天浩子家明志鹏晨嘉振博晓旭泽思逸建佳少凯宏",
    ("y", "f"): "佳思欣雨文晓梦诗雅雪静婉心子美嘉丹倩晶媛慧雯",
    ("c", "m"): "子浩宇梓奕沐俊锦昊皓睿宸一思煜铭博景云嘉宥辰天修星瑾逸泽若承乐",
    ("c", "f"): "梓诗欣可若语依芷嘉安雨一紫思沐芊佳书予晨悠知梦艺昕婉歆熙初",
}
_SECOND_CHARS = {
    ("o", "m"): "胜林生山福才田义全仓柱顺明泉贵喜发魁臣元坤文海江成堂祥和旺宽",
    ("o", "f"): "兰英珍芝梅花香芬娥云琴贞莲霞凤荣娣枝秀华",
    ("a", "m"): "国军华平明强刚林东伟涛斌忠民生成良峰辉勇新兵杰波龙亮",
    ("a", "f"): "梅华霞燕芳红英萍玲娟琴丽珍兰敏莉云香芬静",
    ("y", "m"): "杰博航鸣宇然豪轩飞阳文涛峰东龙伟超磊鑫翔远辉健楠",
    ("y", "f"): "琪怡婷静雪瑶雨然琳颖璐悦欣敏蕾月倩丹洁",
    ("c", "m"): "轩宇睿辰晨熙程天泽诺墨豪城行帆懿逸佑远瑜楷凡骞阳航琛铭",
    ("c", "f"): "萱涵妍馨汐桐诺若怡琪彤瑶芊悦曦欣晴希然夏媛清",
}
_SINGLE = {
    ("o", "m"): "福全贵祥林山才顺发忠", ("o", "f"): "英兰珍芝梅花秀莲凤娥",
    ("a", "m"): "伟勇军强刚斌涛磊杰峰辉波平华明亮东健鹏超林宁飞",
    ("a", "f"): "丽静敏燕霞芳娟红英萍玲艳琴梅莉颖洁雪慧",
    ("y", "m"): "浩磊鹏杰宇帅博超鑫阳凯昊晨龙威旭斌伟强", ("y", "f"): "雪倩婷琳颖璐瑶蕾慧悦月蓉莹晶丹洁娜薇",
    ("c", "m"): "睿轩哲彧霖琛昊宸泽恒", ("c", "f"): "萌芮苒可朵悦瑶彤琪姝",
}
_SINGLE_SHARE = {"o": 0.10, "a": 0.22, "y": 0.18, "c": 0.08}
_AVOID_GIVEN = {"子涵", "雨泽"}      # quoted by earlier editions' critics: keep them out of this one

# Full names that are also ordinary words (sex).
_WORD_NAMES = (("高峰", "m"), ("白雪", "f"), ("方圆", "m"), ("林海", "m"), ("田野", "m"), ("高山", "m"),
               ("万里", "m"), ("常青", "m"), ("安宁", "f"), ("金星", "m"), ("夏天", "m"), ("张扬", "m"),
               ("黎明", "m"), ("马力", "m"), ("秦川", "m"), ("江涛", "m"), ("向阳", "m"), ("严明", "m"),
               ("任重", "m"), ("钟声", "m"), ("石磊", "m"), ("文静", "f"), ("柳青", "f"), ("叶青", "f"),
               ("海燕", "f"), ("宁静", "f"), ("安然", "f"), ("方正", "m"), ("金花", "f"), ("高兴", "m"),
               ("江南", "m"), ("华丽", "f"), ("齐心", "f"), ("龙飞", "m"))
_WORD_SHARE = 0.03

_UY_FIRST = {"m": "艾力 买买提 阿不都拉 吐尔逊 艾尼瓦尔 阿迪力 热合曼 亚森 肉孜 卡迪尔 艾克拜尔 米吉提 "
                  "叶尔兰 波拉提 别克",
             "f": "阿依古丽 古丽娜尔 帕提古丽 努尔古丽 迪丽努尔 阿依努尔 热依拉 再努尔 玛依拉 古丽米拉 "
                  "阿米娜 阿依达娜 加娜尔"}
_UY_FATHER = ("买买提 吐尔逊 阿不都热依木 艾则孜 吐尔地 依明 卡德尔 阿不力孜 沙吾提 买买提明 艾合买提 "
              "库尔班 热西提 玉素甫 斯拉木 托乎提 尼亚孜 努尔兰 哈比依").split()
_TIB_MON = {"m": "扎西顿珠 达瓦次仁 尼玛扎西 多吉才让 拉巴次仁 旦增平措 巴特尔 苏和 额尔敦 宝音 朝鲁门 "
                 "阿拉坦仓 格桑多吉".split(),
            "f": "次仁卓玛 格桑拉姆 央金 卓玛措 索朗旺姆 德吉央宗 乌日娜 其其格 斯琴 那仁花 "
                 "萨仁图雅".split()}
_DOT_SHARE, _TIBMON_SHARE = 0.015, 0.01

_AGE = {"o": (70, 96), "a": (36, 69), "y": (18, 35), "c": (6, 17)}

# ---------------------------------------------------------------------------------------------
# English export: pinyin surnames (weighted roughly like the Chinese ones) and given names.

_E_SURNAMES = (("Wang", 14), ("Li", 14), ("Zhang", 13), ("Liu", 11), ("Chen", 9), ("Yang", 6),
               ("Huang", 4), ("Zhao", 4), ("Wu", 4), ("Zhou", 4), ("Xu", 3), ("Sun", 3), ("Ma", 3),
               ("Zhu", 3), ("Hu", 2), ("Guo", 2), ("He", 2), ("Lin", 2), ("Gao", 2), ("Luo", 2),
               ("Zheng", 2), ("Liang", 2), ("Xie", 1), ("Song", 1), ("Tang", 1), ("Han", 1),
               ("Feng", 1), ("Deng", 1), ("Cao", 1), ("Peng", 1), ("Zeng", 1), ("Xiao", 1),
               ("Tian", 1), ("Dong", 1), ("Yuan", 1), ("Pan", 1), ("Yu", 1), ("Jiang", 1),
               ("Cai", 1), ("Du", 1), ("Ye", 1), ("Cheng", 1), ("Su", 1), ("Wei", 1), ("Lyu", 1),
               ("Ding", 1), ("Ren", 1), ("Shen", 1), ("Yao", 1), ("Lu", 1), ("Cui", 1),
               ("Zhong", 1), ("Tan", 1), ("Fan", 1), ("Jin", 1), ("Shi", 1), ("Liao", 1),
               ("Jia", 1), ("Xia", 1), ("Fang", 1), ("Bai", 1), ("Zou", 1), ("Meng", 1),
               ("Xiong", 1), ("Qin", 1), ("Qiu", 1), ("Yin", 1), ("Xue", 1), ("Yan", 1),
               ("Duan", 1), ("Lei", 1), ("Hou", 1), ("Long", 1), ("Tao", 1), ("Gu", 1),
               ("Mao", 1), ("Hao", 1), ("Gong", 1), ("Qian", 1), ("Kong", 1), ("Niu", 1),
               ("Qiao", 1), ("Nie", 1), ("Zhai", 1), ("Ouyang", 1), ("Situ", 0.5),
               ("Shangguan", 0.3), ("Zhuge", 0.3))
_E_GIVEN = {      # "-" marks the syllable break: printed joined, or hyphenated in a rare older style
    "f": ("Xiao-hong Gui-lan Xiu-ying Mei-ling Li-na Fang Jing Min Yan Xia Hong Juan Ting Ting-ting "
          "Jia-yi Si-qi Xin-yi Yu-ting Yi-nuo Shi-han Ruo-xi Yu-tong Xiao-yan Chun-mei Hai-yan "
          "Hong-mei Li-hua Yu-fen Shu-zhen Cui-hua Wen-jing Meng-yao Yu-xin Xiu-zhen Gui-fang "
          "Li-juan Xue-mei Zi-xuan Ke-xin").split(),
    "m": ("Wei Jian-guo Jian-jun Wei-dong Guo-qiang Zhi-qiang Hai-tao Lei Peng Jie Tao Chao Bo Hao Yu "
          "Jun-jie Wen-bo Hao-yu Yu-xuan Zi-hao Tian-yu Hao-ran Ming-xuan Dong-sheng De-sheng Fu-lin "
          "Chang-sheng Jin-shan You-cai Zhi-gang Jian-hua Xiao-dong Peng-fei Yi-ming Jia-hao Shuai "
          "Hong-wei Guo-hua Xin-min Rui-ze").split(),
}

# ---------------------------------------------------------------------------------------------
# Fillers (not planted, not counted).

_HOSP = ("县人民医院 市第一人民医院 省人民医院 县中医医院 市妇幼保健院 省肿瘤医院 县第二人民医院 "
         "市精神卫生中心 镇卫生院 区中心医院 市传染病医院 省儿童医院").split()
_DIS = ("尿毒症 肺癌 乳腺癌 脑梗死后遗症 急性白血病 冠心病 重症肺炎 股骨头坏死 慢性肾衰竭 肝硬化 "
        "糖尿病足 先天性心脏病 精神分裂症 帕金森病 宫颈癌 胃癌 再生障碍性贫血 系统性红斑狼疮").split()
_TOWN = ("城关镇 东关街道 河西乡 双桥镇 新集乡 南湖街道 北关街道 青龙乡 三岔镇 大营镇 "
         "永宁街道 桥头镇 清水乡").split()
_VIL = ("新民村 红星村 永丰村 光明社区 团结村 胜利村 和平村 前进村 幸福社区 东风村 建设村 "
        "联合村 五一村 双河村 青山村 太平村 长乐村 兴隆村 新华社区 河口村").split()
_SCHOOL = "县第一中学 县第二中学 市实验小学 镇中心小学 县职教中心 市第七中学 镇初级中学 县民族中学".split()
_COLLEGE = "省财经职业学院 师范学院 农业大学 医学院 理工大学 交通职业技术学院 林业大学".split()
_REL = "儿子 女儿 配偶 妻子 丈夫 母亲 父亲 儿媳 女婿 孙女 外孙 哥哥 姐姐 弟弟 妹妹".split()
_REL_BY_SEX = {"m": "儿子 丈夫 父亲 女婿 外孙 哥哥 弟弟 配偶".split(),
               "f": "女儿 妻子 母亲 儿媳 孙女 姐姐 妹妹 配偶".split()}
_E_TITLE_BY_SEX = {"m": ("Mr.", "Mr"), "f": ("Ms.", "Mrs.", "Ms")}
_POST = ("县财政局局长 县教育局副局长 市审计局局长 县人民法院审判员 县人民检察院检察员 "
         "市发展和改革委员会主任 区卫生健康局局长 县应急管理局副局长 市民政局局长 县自然资源局局长 "
         "县统计局局长 市住房和城乡建设局副局长 县人民法院副院长 区市场监督管理局局长 "
         "县农业农村局局长 市生态环境局副局长 县退役军人事务局局长 市医疗保障局局长").split()
_BODY = "县人大常委会 市人民政府 区人大常委会 县人民政府 市人大常委会 区人民政府".split()
_E_REL = "spouse son daughter mother father grandson granddaughter daughter-in-law".split()

# ---------------------------------------------------------------------------------------------
# Look-alike pools.

_FIXED_PLACES = ("石家庄 周口店 徐家汇 朱家角 潘家园 苏家屯 沈家门 崔各庄 魏公村 马家堡 曹家渡 "
                 "董家渡 宋家庄 谢家集 田家庵 杨家坪 刘家峡 曾家岩 周庄 王府井 陈家祠 李家沱 "
                 "唐家湾 黄家湖 吴家山").split()
_PLACE_SUFFIX = "家庄 家村 家湾 家沟 家岭 家坪 家寨 家坝 庄村 店镇 集镇 营村 家堡 家洼 楼村 岗村 庄子 屯".split()
_PERSON_ROADS = ("中山路 中山北路 逸仙路 黄兴路 张自忠路 佟麟阁路 赵登禹路 鲁迅路 靖宇街 左权路 "
                 "志丹路 尚志大街 兆麟街 一曼街 中山大道").split()
_CITIES = ("武汉 沈阳 常州 温州 宁波 安阳 许昌 岳阳 邵阳 柳州 贺州 包头 金华 江门 吉林 丹东 盘锦 曲靖 "
           "钦州 郑州 黄冈 商丘 襄阳 周口").split()
_COUNTIES = ("左权县 志丹县 靖宇县 尚志市 子长市 中山市 赵县 任丘市 邹城市 曹县 单县 范县 萧县 "
             "龙口市 乐陵市 黄山市 马鞍山市 张家口市 许昌市 常州市 温州市").split()
_FOODS = "烧饼 肠粉 米线 水饺 五金店 包子铺 牛肉面 羊肉汤 烩面 凉皮 麻辣烫 修车铺 粮油店 理发店 锁店 馄饨".split()
_TRADES = "木业 陶瓷 食品 建材 茶业 中医馆 宗祠 正骨 酿造 印务".split()
_BRAND_SHOPS = ("张小泉剪刀店 王守义十三香经销部 杨国福麻辣烫 周黑鸭门店 王老吉凉茶铺 马应龙大药房 "
                "张一元茶庄 吴裕泰茶庄 胡庆余堂 陈李济 徐福记专柜 谭木匠专卖店 李宁专卖店 孔乙己酒家 "
                "刘老根大舞台 全聚德烤鸭店").split()
_BRAND_COS = ("马应龙药业集团股份有限公司 张裕葡萄酿酒股份有限公司 王老吉大健康产业有限公司 "
              "李宁体育用品有限公司 方正证券 胡庆余堂国药号 陈李济药厂 杨国福企业管理有限公司 "
              "周黑鸭食品有限公司 徐福记食品有限公司 王守义十三香调味品集团有限公司 曹操出行 "
              "谭木匠控股有限公司").split()
_ANON_SUFFIX = ("某", "某", "某某", "某某", "某甲", "某乙", "先生", "女士", "师傅", "×", "××", "某（男）",
                "某（女）")
_SPIRITS = ("雷锋精神 焦裕禄精神 孔繁森精神 杨善洲精神 谷文昌精神 白求恩精神 愚公移山精神 "
            "毛泽东思想 邓小平理论 张思德同志为人民服务的精神").split()
_SITES = ("钱学森图书馆 詹天佑纪念馆 张思德纪念馆 孙中山故居 周恩来纪念馆 岳飞庙 包公祠 杜甫草堂 "
          "屈原故里 焦裕禄纪念园 杨靖宇将军纪念馆").split()
_E_PLACES = ("Zhangjiakou", "Shijiazhuang", "Xujiahui", "Zhujiajiao", "Wangfujing Street", "Zhongshan Road",
             "Zhongshan Park", "Huangshan", "Zhoukoudian", "Liujiaxia Dam", "Panjiayuan Market",
             "Changzhou", "Wenzhou", "Zuoquan County", "Zhidan County", "Yang Village")
_E_SHOPS = ("Li-Ning store", "Wang Laoji herbal tea stall", "Zhou Hei Ya outlet", "Chenji Rice Noodle Shop",
            "Lao Liu Beef Noodles", "Zhang Xiaoquan scissors shop", "Quanjude roast duck restaurant",
            "Hu Qing Yu Tang pharmacy", "Tan Mu Jiang comb shop", "Xu Fu Ji candy counter")
_E_FIGURES = ("Learn from Lei Feng Day", "Confucius Institute", "Sun Yat-sen University",
              "Lu Xun Literary Prize", "Jiao Yulu spirit", "Mao Zedong Thought", "Deng Xiaoping Theory")
_E_TITLES = ("Mr.", "Ms.", "Mrs.", "Mr", "Ms")

# ---------------------------------------------------------------------------------------------
# Templates. {n..} a Chinese name (era o/a/y/c, sex f/m, index), {age<i>} the age of name i,
# {E..} an English name ({Ec..} "Surname, Given"), {o<i>} an official (public), {L..} a look-alike
# from a pool, [[...]] a look-alike written into the sentence; anything else is a filler.

_T: dict[str, tuple[str, ...]] = {
    "medical": (
        "材料齐全，符合救助条件。",
        "住院发票原件已收回，复印件存档。",
        "[[万元]]以上大额费用已报县医保局复核。",
        "患者{n1}，{dis}，{md}出院，医保统筹报销{amt}元，个人自付部分已申请医疗救助。",
        "{n1}（{age1}岁）{dis}住院，合规费用{amt}元，经{town}民政办审核纳入二次救助。",
        "因{dis}长期透析，{n1}本年度门诊慢特病报销{amt}元，家属{n2}代为办理。",
        "救助对象：{n1}；申请人：{n2}（{rel2}）；病种：{dis}；救助金额：{amt}元",
        "其{rel1}{n1}确诊{dis}后在{hosp}化疗，目录外药品{amt}元不予报销，已转慈善总会项目。",
        "经核，{n1}{age1}岁，低保对象，{md}在{hosp}住院，倾斜救助后自付比例降至10%。",
        "异地就医未备案，{n1}先行垫付{amt}元，回参保地手工报销，材料由{n2}转交。",
        "{n1}、{n2}夫妇均患慢性病，[[常年]]服药，门诊费用按两人分别结算。",
        "参保人{n1}在{hosp}急诊，[[高温]]作业中暑，工伤认定前医保暂不支付。",
        "救助金已打入社保卡（持卡人：{n1}），卡号尾号{cardtail}。",
        "{hosp}一站式结算：总费用{amt}元，统筹支付后剩余部分由大病保险承担，结算对象{n1}",
        "{n1}因[[白内障]]手术自付{amt}元，申请表由村医{n2}协助填写。",
        "不予救助：{n1}已于{md}转入城镇职工医保，不属于本次救助范围。",
        "同户两人住院，费用分别结算，救助金已于{md}发放到户。",
        "{nm1}先生遭遇[[车祸]]，第三方责任明确，医保不予支付，已告知其通过诉讼途径解决。",
        "特困人员{no1}（{age1}岁）在{hosp}住院{k}天，费用全额兜底，由{Lvil}敬老院陪护。",
        "{nf1}女士孕期检查费用按生育保险结算，{Lanon}代办材料不全，退回补正。",
    ),
    "student": (
        "补助标准按省定一档执行，[[公示]]期满无异议。",
        "家庭经济困难认定为一般困难，公示无异议。",
        "资助资金已通过学校账户发放，[[程序]]合规。",
        "学籍信息核对无误。",
        "{nc1}，{school}高一学生，父亲{nam2}残疾，母亲{naf3}务农，申请国家助学金一档。",
        "监护人{na2}（{rel2}）代领{nc1}的生活补助{allow}元。",
        "{nc1}同学系脱贫户子女，{date}已发放雨露计划补助。",
        "学生：{ny1}，就读{college}，生源地信用助学贷款{amt}元已放款，共同借款人{na2}。",
        "孤儿{nc1}由祖母{nof2}抚养，[[常年]]寄宿，补助按学期发放。",
        "{nc1}、{nc2}兄妹二人均在{school}就读，家庭经济困难认定为特别困难。",
        "本学期免除{nc1}学杂费，班主任{na2}老师已核实。",
        "受助学生{ny1}（学号{sid}）毕业后未按期还款，已联系其父{nam2}。",
        "{nc1}因病休学一年，资助暂停，复学后由{na2}重新提出申请。",
        "家访：{nc1}家住{vil}，父母离异，随外婆{nof2}生活，[[包括]]学费在内每年支出约{amt}元。",
        "{ny1}申请退役士兵学费减免，入伍前就读{college}。",
        "该生已转学，资助关系随学籍转出。",
        "营养改善计划：{school}{nc1}、{nc2}、{nc3}三名学生午餐补助已到位。",
        "资助对象认定表签字人：学生本人{ny1}、辅导员{na2}。",
        "{nc1}（{age1}岁）户籍在{Lvil}，随父母在城区借读，补助由户籍地发放。",
    ),
    "housing": (
        "评估报告已送达，被征收人拒绝签收，依法留置送达。",
        "改造[[方案]]已公示七日，无异议。",
        "{Lanon}户已签约，待腾空验收。",
        "被征收人{n1}，房屋坐落{vil}{grp}，合法面积{area}平方米，选择货币补偿。",
        "{n1}户C级危房，采取维修加固方式改造，补助{amt}元分两次拨付。",
        "产权人{no1}已故，由继承人{na2}、{na3}共同签订补偿协议。",
        "D级危房，户主{no1}（{age1}岁）独居，已拆除重建，不适用[[易地搬迁]]安置。",
        "评估机构入户时{n1}不在家，由其{rel2}{n2}签字确认测量结果。",
        "房屋安全鉴定：{n1}家土坯房墙体开裂，屋面[[石棉瓦]]破损，鉴定为D级。",
        "{nm1}与{nm2}兄弟对宅基地分割有争议，征收补偿款暂存专户。",
        "安置房分配：{n1}户抽签选得{bld}号楼{room}室。",
        "因[[方案]]调整，{n1}户过渡费按月{allow}元续发至交房。",
        "{n1}同意搬迁，签约奖励{amt}元计入补偿总额；承租人{n2}的装修补偿另行结算。",
        "改造对象{n1}系分散供养特困人员，由村委会代建，{Lvil}工匠施工。",
        "该户房屋已整体出售，不再列入本年度改造计划。",
        "{n1}（{Lvil}{grp}）申请危房改造，经公示无异议。",
        "入户核查{md}：{n1}现居{rel}家中，原房屋闲置，暂缓拆除。{n2}在场。",
        "补偿款{amt}元已汇入{n1}指定账户，收款确认书附后。",
    ),
    "petition": (
        "来访人情绪稳定，已引导至{town}人民调解委员会。",
        "转办件，待承办单位反馈。",
        "诉求不属于信访受理范围，已告知通过法定途径解决。",
        "网上信访件，已按期答复，信访人未评价。",
        "来访人{n1}，反映村集体[[林地]]承包费多年未分配，要求公开账目。",
        "{n1}等{k}人集体来访，诉求为拖欠工程款，涉事企业负责人{n2}已被约谈。",
        "信访人：{n1}；联系电话：{tel}；事项：邻里宅基地纠纷；办理单位：{town}",
        "{date}，{n1}通过网上信访平台投诉物业，已转{town}办理，按期答复。",
        "重复信访：{n1}此前已于{md}反映同一事项，复查意见维持原处理。",
        "{n1}（{age1}岁）代其{rel2}{n2}反映养老保险待遇核定问题。",
        "{n1}反映养殖场污水直排，要求[[强化]]监管，生态环境部门已现场取样。",
        "来信署名{n1}，未留地址，内容涉及{town}征地补偿，按匿名件处理。",
        "据{n1}陈述，{n2}占用其承包地修建围墙，调解未果，告知其可申请仲裁。",
        "信访事项已办结，{n1}对答复意见表示满意。",
        "{n1}、{n2}、{n3}联名反映小区电梯长期停运，住建部门已督促维保单位整改。",
        "来访人拒绝透露姓名，反映{Lvil}砂石盗采问题，已移交自然资源部门。",
        "{n1}反映其父{nom2}{yr}年参加修水库未获补助，经查档案无记载。",
        "{n1}反映{Lshop}噪音扰民，已转{town}综合执法队。",
        "初信初访：{n1}要求退还多收的物业费{amt}元，协调后已退还。",
    ),
    "carevisit": (
        "电话回访无人接听，下周再访。",
        "老人已入住{Lvil}敬老院，停止居家服务。",
        "本户[[常年]]无人居住，暂停探访。",
        "{md}上门探访{no1}老人，血压偏高，已提醒按时服药。",
        "助残员走访：{n1}（肢体二级），轮椅需更换，已登记。",
        "{no1}（{age1}岁）独居，子女{na2}在外务工，每周电话联系一次。",
        "助餐服务：{no1}、{no2}两位老人本月用餐{k}次，餐费补贴已结算。",
        "探访时{no1}不在家，邻居称其去{rel2}{na2}家暂住。",
        "{nof1}奶奶行动不便，居家适老化改造已完成扶手安装。",
        "残疾人两项补贴：{n1}精神残疾一级，监护人{n2}签收护理补贴{allow}元。",
        "智能手环报警：{nom1}大爷夜间跌倒，网格员{na2}十分钟内到场。",
        "高龄津贴：{no1}{age1}周岁，按月发放{allow}元，本人银行卡已激活。",
        "{no1}老人[[白天]]在日间照料中心活动，晚上由{rel}接回。",
        "康复训练：{nc1}（孤独症）本季度完成训练{k}次，家长{na2}反映进步明显。",
        "本月探访{k}户，均无异常。",
        "{no1}的[[孙子]]{nc2}在读小学，放学后陪护。",
        "失能评估：{no1}为重度失能，由护理员{na2}每日上门两小时。",
        "走访记录 {md}　{no1}　状态良好　陪同人：{na2}",
        "{no1}同志系退休老党员，{town}组织{Lteam}前来慰问。",
    ),
    "village": (
        "上述名单如有异议，请于公示期内向村务监督委员会反映。",
        "本期公示七日，无异议。",
        "本季度低保新增：{n1}、{n2}、{n3}；退出：{n4}。",
        "公益岗位人员：{n1}（保洁）、{n2}（护林）、{n3}（河道巡查）。",
        "一事一议筹资筹劳：{n1}、{n2}和{n3}三户未缴，已上门催缴。",
        "村民代表会议出席：{n1}、{n2}、{n3}、{n4}等{k}人。",
        "土地确权公示无异议户：{n1}，{n2}，{n3}。",
        "集体经济分红（第一批）：{n1} {amt}元；{n2} {amt2}元；{n3} {amt3}元。",
        "特困供养：{no1}、{no2}及{no3}，集中供养于{Lvil}敬老院。",
        "村务监督委员会：主任{n1}，委员{n2}、{n3}。",
        "耕地地力补贴核对有误：{n1}与{n2}面积互换，已更正。",
        "五好家庭：{n1}家庭、{n2}家庭、{n3}家庭。",
        "以下{k}户完成改厕：{n1}户、{n2}户、{n3}户、{n4}户。",
        "临时救助：{n1}（火灾）、{n2}（因病）",
        "护林员{n1}、{n2}负责{Lvil}至{Lvil2}一线[[林地]]巡护。",
    ),
    "hotline": (
        "非工作时间来电，已次日回拨。",
        "诉求已由{Lco}客服直接处理，回访满意。",
        "咨询类工单，已直接答复。",
        "工单{gd}：市民{n1}来电反映{Lroad}路灯不亮，已派单至城管局，{md}修复。",
        "来电人{n1}反映楼上住户{n2}装修噪音扰民，社区已协调。",
        "诉求人：{n1}（{tel}）；诉求：小区[[高温]]天气频繁停电；处置：供电公司抢修，回访满意。",
        "{nf1}女士反映在{Lshop}购买的商品有质量问题，市场监管所已调解退款。",
        "处置结果：联系{n1}未接通，已短信告知办理结果，工单按期办结。",
        "市民{n1}咨询[[公积金]]提取流程，已现场答复。",
        "{n1}反映[[黄金周]]期间景区停车场乱收费，已转文旅局核查。",
        "重复来电：{n1}第{k}次反映同一问题，工单合并处理。",
        "来电人不愿留名，反映{Lroad}占道经营，已转街道办。",
        "{n1}来电称其{rel2}{n2}走失，已转公安{town}派出所。",
        "企业诉求：{Lco}员工{n1}反映工资拖欠，人社局已介入。",
        "回访{n1}：对处置结果不满意，理由是[[程序]]不透明，工单退回重办。",
        "{gd} {n1} 噪音投诉 已办结",
        "{nm1}先生来电表扬{town}工作人员{n2}服务热情。",
    ),
    "penalty": (
        "当事人已履行处罚决定，结案。",
        "{Lanon}经营的{Lshop}已停业整顿。",
        "听证告知书已送达，当事人未在法定期限内提出听证申请。",
        "违法行为人{nm1}，男，{yr}年{mo}月出生，于{md}在{Lroad}无证经营烧烤摊点。",
        "涉案人员{n1}、{n2}在{Lvil}非法采砂，现场查获采砂船一艘。",
        "受托人{n1}持授权委托书代{Lco}接受询问，对违法事实无异议。",
        "经查，{n1}经营的{Lshop}销售过期食品{k}批次，货值{amt}元。",
        "听证由{n1}申请，委托代理人{n2}到场陈述申辩。",
        "{n1}在禁渔期使用电鱼工具捕捞，违反渔业法相关规定。",
        "行为人{n1}拒不配合检查，现场笔录由见证人{n2}签字。",
        "本案当事人为个体工商户，经营者{n1}，统一社会信用代码{uscc}。",
        "{n1}驾驶货车超限运输，车货总重{ton}吨，责令改正并处罚款。",
        "违法事实：{n1}于{date}擅自在[[林地]]内修建管理房{area}平方米。",
        "涉案人员{n1}（另案处理）与本案当事人{n2}系雇佣关系。",
        "违法行为人：{nf1}，女，{age1}岁，住{vil}；违法行为：占道晾晒农作物",
        "{Lanon}举报{n1}私设地磅，经查属实。",
        "罚款{amt}元由{n1}当场缴纳，缴款书编号{ord}。",
    ),
    "export": (
        "No issues found on the follow-up visit.",
        "Documents complete; approved by the sub-district office near {Leplace}.",
        "Application withdrawn by the household.",
        "Applicant: {E1}; relationship to household head: {erel}.",
        "{Ef1} (aged {age1}) was approved for the medical assistance top-up.",
        "Guardian {E1} collected the student grant on behalf of {E2}.",
        "Payment returned: account name {Ec1} does not match the ID card.",
        "Household head {E1} moved away; benefits suspended from {emon}.",
        "Interviewed {E1} and {E2} at home; both confirmed the income statement.",
        "{t1} {E1} runs a stall near {Leshop} and declared a monthly income of CNY {amt}.",
        "Complainant: {E1}. Issue: street lights out on {Leplace}.",
        "{E1}, {age1}, lives alone in a village outside {Leplace}; no issues found on the visit.",
        "Name on file: {Ec1}",
        "Caller declined to give a name ({Leanon}); case closed.",
        "Contact person: {E1}, tel. {tel}",
        "Visited by social worker {E2}: {E1} needs a new wheelchair.",
        "Volunteers from the {Lefig} event helped {E1} with the paperwork.",
        "Students {E1}, {E2} and {E3} received the nutrition subsidy.",
        "{Em1} Mr. (head) / {Ef2} Ms. (spouse)",
    ),
    "gazette": (
        "{body}决定：任命{o1}为{post1}；免去{o2}的{post2}职务。",
        "{o1}同志任{post1}（试用期一年）。",
        "经{body}研究，聘任{o1}为{post1}，聘期三年。",
        "拟任人选公示：{o1}，{oyr}年{mo}月生，现任{post2}，拟任{post1}。",
        "{o1}不再担任{post1}职务，另有任用。",
        "提请任命{o1}、{o2}为{post1}。",
        "{body}关于{o1}等同志职务任免的通知：{o1}任{post1}，{o2}任{post2}。",
        "因工作调动，{o1}辞去{post1}职务，{body}接受其辞职。",
        "{date}，经县人大常委会主任会议表决，任命{o1}为{post1}。",
        "免去：{o1}（{post2}）、{o2}（{post1}）",
        "{o1}　{post1}　任职",
    ),
    "lookalike": (
        "{Lvil}至{Lvil2}段道路硬化工程已完工，[[包括]]排水边沟{k}米。",
        "{Lshop}营业执照已注销，原址改为便民服务点。",
        "涉事企业{Lco}对处罚决定无异议，由{Lanon}代为缴纳罚款。",
        "组织志愿者开展[[学雷锋]]活动，走访{Lvil}孤寡老人{k}户。",
        "党员干部赴{Lcounty}开展主题党日活动，学习{Lspirit}。",
        "{Lanon}反映{Lroad}积水严重，[[白天]]已完成清淤。",
        "[[黄金周]]期间{Lcounty}接待游客{k}万人次，未发生安全事故。",
        "[[林地]]补偿按每亩{amt}元执行，[[万元]]以上的由乡镇统一拨付。",
        "[[高温]]天气户外作业时间调整，{Lco}已落实防暑措施。",
        "赴{Lcounty}考察[[易地搬迁]]后续扶持经验。",
        "当事人{Lanon}（另案处理）",
        "辖区{Lshop}未按规定明码标价，已责令整改。",
        "修订[[方案]]后，审批[[程序]]由五个环节压缩为三个。",
        "{Lvil}村民小组[[常年]]缺水，申请打井项目。",
        "{Lshop}、{Lshop2}两家门店被评为诚信经营示范店。",
        "防汛检查：{Lvil}一带[[江河]]水位正常。",
        "匿名举报称{Lanon}在{Lvil}私建房屋，经查不属实。",
        "{Lcity}客商来{Lvil}洽谈[[黄花菜]]收购。",
        "[[宁可]]多跑一趟，也要把补贴送到{Lvil}农户手中。",
        "{Lroad}与{Lroad2}交叉口[[施工]]围挡已拆除。",
        "[[万一]]发生险情，{Lvil}群众向{Lcounty}方向转移。",
        "原{Lanon}承包的鱼塘已收回，[[于是]]重新公开发包。",
        "{Lcity}籍务工人员[[常住]]本辖区，办理居住证。",
        "参观{Lsite}后，{Lco}职工开展座谈。",
        "[[安全]]隐患排查：{Lshop}燃气管道老化。",
        "{Lanon}、{Lanon2}二人的调解协议已履行完毕。",
        "[[程序]]合法，[[金额]]准确，[[方面]]无异议。",
        "经营户{Lanon}在{Lroad}开设的{Lshop}已办理食品经营许可。",
        "[[黄大年式教师团队]]创建材料已报市教育局。",
        "{Lcounty}作家协会组织申报[[茅盾文学奖]]，推荐作品两部。",
        "[[袁隆平院士]]团队在{Lvil}建设的杂交水稻示范基地今年测产。",
        "{Lvil}籍乡贤捐建的[[孔子学院]]交流中心已投入使用。",
        "[[鲁迅文学奖]]获奖作家来{Lcounty}采风，宣传部接待。",
        "以[[孟母三迁]]为主题的家风教育展在{Lsite}展出。",
        "用好[[学雷锋]]志愿服务站，为{Lvil}留守老人理发{k}人次。",
    ),
}

_FAMILY_ERAS = {
    "medical": (("o", .35), ("a", .45), ("y", .12), ("c", .08)),
    "student": (("a", .8), ("o", .2)),
    "housing": (("o", .35), ("a", .55), ("y", .10)),
    "petition": (("o", .2), ("a", .65), ("y", .15)),
    "carevisit": (("o", .6), ("a", .3), ("y", .05), ("c", .05)),
    "village": (("o", .3), ("a", .55), ("y", .15)),
    "hotline": (("a", .55), ("y", .35), ("o", .10)),
    "penalty": (("a", .6), ("y", .35), ("o", .05)),
    "export": (("a", .5), ("o", .3), ("y", .2)),
    "gazette": (("a", 1.0),),
    "lookalike": (("a", 1.0),),
}

_NAME_FIELD = re.compile(r"n([oayc]?)([fm]?)(\d*)$")
_EN_FIELD = re.compile(r"E(c?)([fm]?)(\d*)$")
_OFFICIAL_FIELD = re.compile(r"o(\d+)$")
_TOKEN = re.compile(r"\[\[(.+?)\]\]|\{(\w+)\}")
_MAX_DRAWS = 200


# ---------------------------------------------------------------------------------------------
# Drawing people.

def _surname(rng: random.Random) -> str:
    if rng.random() < _COMPOUND_SHARE:
        return rng.choices(_COMPOUND_NAMES, _COMPOUND_W)[0]
    return rng.choices(_SURNAMES, _SURNAME_W)[0]


def _given(rng: random.Random, era: str, sex: str, compound: bool) -> str:
    single = _SINGLE_SHARE[era] + (0.25 if compound else 0.0)
    if rng.random() < single:
        return rng.choice(_SINGLE[(era, sex)])
    while True:
        if rng.random() < 0.55:
            given = rng.choice(_LISTED[(era, sex)].split())
        else:
            given = rng.choice(_FIRST_CHARS[(era, sex)]) + rng.choice(_SECOND_CHARS[(era, sex)])
        if given[0] != given[1] or given in _LISTED[(era, sex)]:
            if given not in _AVOID_GIVEN:
                return given


def _person(rng: random.Random, era: str, sex: str) -> str:
    r = rng.random()
    if r < _DOT_SHARE:
        return rng.choice(_UY_FIRST[sex].split()) + "·" + rng.choice(_UY_FATHER)
    if r < _DOT_SHARE + _TIBMON_SHARE:
        return rng.choice(_TIB_MON[sex])
    if r < _DOT_SHARE + _TIBMON_SHARE + _WORD_SHARE and era != "c":
        return rng.choice([n for n, s in _WORD_NAMES if s == sex])
    surname = _surname(rng)
    return surname + _given(rng, era, sex, len(surname) == 2)


def _english(rng: random.Random, sex: str, comma: bool) -> str:
    surname = rng.choices([s for s, _ in _E_SURNAMES], [w for _, w in _E_SURNAMES])[0]
    spelled = rng.choice(_E_GIVEN[sex])
    given = spelled.replace("-", "")
    if comma:
        return f"{surname}, {given}"
    r = rng.random()
    if r < 0.5:
        return f"{surname} {given}"
    if r < 0.75:
        return f"{surname.upper()} {given}"
    if r < 0.93 or "-" not in spelled:
        return f"{given} {surname}"
    return f"{surname} {spelled}"


# ---------------------------------------------------------------------------------------------
# Drawing look-alikes and fillers.

def _place(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(_FIXED_PLACES)
    return rng.choice(_COMMON30[:20] + list(_MID[:20])) + rng.choice(_PLACE_SUFFIX)


def _road(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.4:
        return rng.choice(_PERSON_ROADS)
    if r < 0.7:
        return rng.choice(_CITIES) + "路"
    return rng.choice(_COMMON30) + rng.choice(("家庄路", "家湾路", "村路", "庄大街", "家巷"))


def _shop(rng: random.Random) -> str:
    r = rng.random()
    s = rng.choice(_COMMON30 + list(_MID[:30]))
    if r < 0.3:
        return rng.choice(_BRAND_SHOPS)
    if r < 0.55:
        return s + "记" + rng.choice(_FOODS)
    if r < 0.8:
        return "老" + s + "家" + rng.choice(_FOODS)
    return s + "氏" + rng.choice(_TRADES)


def _company(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(_BRAND_COS)
    trade = rng.choice(("木业", "陶瓷", "食品", "建材", "茶业", "酿造"))
    return rng.choice(_CITIES) + rng.choice(_COMMON30) + "氏" + trade + "有限公司"


def _anon(rng: random.Random) -> str:
    s = rng.choice(_COMMON30 + list(_MID[:30]))
    if rng.random() < 0.12:
        return rng.choice(("老", "小")) + s
    return s + rng.choice(_ANON_SUFFIX)


def _amount(rng: random.Random) -> str:
    v = rng.choice((rng.randint(2, 99) * 100, rng.randint(120, 30000), rng.randint(10000, 6000000) / 100))
    if isinstance(v, float):
        return f"{v:,.2f}" if rng.random() < 0.5 else f"{v:.2f}"
    return str(v)


def _date(rng: random.Random) -> str:
    y, m, d = rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    return f"{y}年{m}月{d}日" if rng.random() < 0.75 else f"{y}-{m:02d}-{d:02d}"


_LOOK_POOLS = {
    "Lvil": _place, "Lroad": _road, "Lshop": _shop, "Lco": _company, "Lanon": _anon,
    "Lspirit": lambda rng: rng.choice(_SPIRITS), "Lsite": lambda rng: rng.choice(_SITES),
    "Lcounty": lambda rng: rng.choice(_COUNTIES), "Lcity": lambda rng: rng.choice(_CITIES),
    "Lteam": lambda rng: rng.choice(("学雷锋志愿服务队", "焦裕禄精神宣讲团", "孔繁森式干部宣讲队")),
    "Leplace": lambda rng: rng.choice(_E_PLACES), "Leshop": lambda rng: rng.choice(_E_SHOPS),
    "Lefig": lambda rng: rng.choice(_E_FIGURES),
    "Leanon": lambda rng: rng.choice(_E_TITLES) + " " + rng.choice([s for s, _ in _E_SURNAMES[:30]]),
}

_FILLERS = {
    "hosp": lambda rng: rng.choice(_HOSP), "dis": lambda rng: rng.choice(_DIS),
    "town": lambda rng: rng.choice(_TOWN), "vil": lambda rng: rng.choice(_VIL),
    "school": lambda rng: rng.choice(_SCHOOL), "college": lambda rng: rng.choice(_COLLEGE),
    "rel": lambda rng: rng.choice(_REL), "post": lambda rng: rng.choice(_POST),
    "body": lambda rng: rng.choice(_BODY), "erel": lambda rng: rng.choice(_E_REL),
    "amt": _amount, "date": _date,
    "allow": lambda rng: str(rng.choice((rng.randint(5, 80) * 10, rng.randint(100, 1500)))),   # monthly
    "md": lambda rng: f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
    "k": lambda rng: str(rng.randint(2, 28)), "cardtail": lambda rng: f"{rng.randint(0, 9999):04d}",
    "area": lambda rng: f"{rng.randint(40, 380)}.{rng.randint(0, 99):02d}",
    "grp": lambda rng: rng.choice((f"{rng.randint(1, 12)}组", "第三村民小组", "第五村民小组", "东组")),
    "bld": lambda rng: str(rng.randint(1, 36)), "room": lambda rng: str(rng.randint(101, 2604)),
    "tel": lambda rng: f"1{rng.choice('3589')}{rng.randint(0, 9)}****{rng.randint(0, 9999):04d}",
    "gd": lambda rng: f"GD{rng.choice((2025, 2026))}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
                      f"{rng.randint(0, 99999):05d}",
    "yr": lambda rng: str(rng.randint(1938, 2003)), "mo": lambda rng: str(rng.randint(1, 12)),
    "oyr": lambda rng: str(rng.randint(1966, 1992)),      # an official's year of birth
    "sid": lambda rng: f"{rng.choice((2022, 2023, 2024))}{rng.randint(10000, 99999)}",
    "uscc": lambda rng: "92" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16)),
    "ton": lambda rng: f"{rng.randint(50, 120)}.{rng.randint(0, 9)}",
    "ord": lambda rng: f"{rng.randint(10, 99)}{rng.randint(0, 999999):06d}",
    "emon": lambda rng: rng.choice(("March 2026", "1 April 2026", "2026-05", "January 2026")),
}


# ---------------------------------------------------------------------------------------------
# Rendering and the self-check.

def _occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _clean(text: str, name_spans: list[tuple[int, str]], look_spans: list[tuple[int, str]]) -> bool:
    """True when every planted name occurs exactly where planted and no look-alike touches one."""
    planted: dict[str, set[int]] = {}
    for start, s in name_spans:
        planted.setdefault(s, set()).add(start)
    for s, starts in planted.items():
        if set(_occurrences(text, s)) != starts:
            return False
    covered = [(start, start + len(s)) for start, s in name_spans]
    looks = {s for _, s in look_spans}
    for look in looks:
        if not _occurrences(text, look):
            return False
        for name in planted:
            if look in name or name in look:
                return False
        for i in _occurrences(text, look):
            if any(i < e and b < i + len(look) for b, e in covered):
                return False
    return True


def _render(rng: random.Random, family: str, template: str) -> Remark | None:
    eras = _FAMILY_ERAS[family]
    values: dict[str, tuple[str, str]] = {}       # field -> (value, kind: name / look / plain)
    era_of: dict[str, str] = {}
    sex_of: dict[str, str] = {}
    fields = [m.group(2) for m in _TOKEN.finditer(template) if m.group(2)]
    for f in fields:                               # people first, so that ages can follow them
        if f in values:
            continue
        if m := _NAME_FIELD.match(f):
            era = m.group(1) or rng.choices([e for e, _ in eras], [w for _, w in eras])[0]
            sex = m.group(2) or rng.choice("fm")
            era_of[m.group(3)], sex_of[m.group(3)] = era, sex
            values[f] = (_person(rng, era, sex), "name")
        elif m := _EN_FIELD.match(f):
            era_of[m.group(3)] = rng.choices([e for e, _ in eras], [w for _, w in eras])[0]
            sex_of[m.group(3)] = m.group(2) or rng.choice("fm")
            values[f] = (_english(rng, sex_of[m.group(3)], bool(m.group(1))), "name")
        elif m := _OFFICIAL_FIELD.match(f):
            values[f] = (_person(rng, rng.choice("ay"), rng.choices("mf", (3, 1))[0]), "look")
    people = [v for v, kind in values.values() if kind in ("name", "look")]
    if len(set(people)) != len(people):
        return None
    for f in fields:
        if f in values:
            continue
        key = f.rstrip("0123456789")
        if f.startswith("age"):
            lo, hi = _AGE[era_of.get(f[3:], "a")]
            values[f] = (str(rng.randint(lo, hi)), "plain")
        elif key in ("rel", "t") and f[len(key):] in sex_of:       # agrees with the person
            pool = _REL_BY_SEX if key == "rel" else _E_TITLE_BY_SEX
            values[f] = (rng.choice(pool[sex_of[f[len(key):]]]), "plain")
        elif key in _LOOK_POOLS:
            values[f] = (_LOOK_POOLS[key](rng), "look")
        else:
            values[f] = (_FILLERS[key](rng), "plain")

    text, pos = [], 0
    name_spans: list[tuple[int, str]] = []
    look_spans: list[tuple[int, str]] = []
    last = 0
    for m in _TOKEN.finditer(template):
        lit = template[last:m.start()]
        text.append(lit)
        pos += len(lit)
        if m.group(1):
            value, kind = m.group(1), "look"
        else:
            value, kind = values[m.group(2)]
        if kind == "name":
            name_spans.append((pos, value))
        elif kind == "look":
            look_spans.append((pos, value))
        text.append(value)
        pos += len(value)
        last = m.end()
    text.append(template[last:])
    full = "".join(text)
    if not _clean(full, name_spans, look_spans):
        return None
    names = list(dict.fromkeys(s for _, s in name_spans))
    looks = list(dict.fromkeys(s for _, s in look_spans))
    return Remark(text=full, family=family, names=names, lookalikes=looks,
                  public_officials=family == "gazette")


def _family_counts(n: int) -> dict[str, int]:
    total = sum(WEIGHTS.values())
    exact = {f: n * w / total for f, w in WEIGHTS.items()}
    counts = {f: int(x) for f, x in exact.items()}
    for f in sorted(exact, key=lambda f: exact[f] - counts[f], reverse=True)[:n - sum(counts.values())]:
        counts[f] += 1
    return counts


def make_remarks(n: int = 2000, seed: int = 2718) -> list[Remark]:
    """``n`` remarks, the families in the shares of ``WEIGHTS``, the same list for the same seed."""
    rng = random.Random(seed)
    schedule = [f for f, c in _family_counts(n).items() for _ in range(c)]
    rng.shuffle(schedule)
    out: list[Remark] = []
    for family in schedule:
        for _ in range(_MAX_DRAWS):
            remark = _render(rng, family, rng.choice(_T[family]))
            if remark is not None:
                out.append(remark)
                break
        else:
            raise RuntimeError(f"frozen remarks v3: no clean {family} remark in {_MAX_DRAWS} draws")
    return out
