"""FROZEN test set, seventh edition: free-text cells from document kinds no earlier edition covered.

Written BLIND on 2026-12-05. Its author did not read the person-name detector (nothing under
``src/gongkai/deid/``, code or data), its benchmark (``benchmarks/bench_names.py``,
``benchmarks/tuned/``, ``benchmarks/README.md``), the earlier frozen editions (only the ``Remark``
dataclass of ``remarks.py`` is imported), the tests about names or de-identification, or any
surname or given-name list in the repository, and never ran the detector on these cells. Every
pool below (surnames, given names, minority names, places, shops, brands, templates) was written
from the author's own knowledge of Chinese names and administrative writing. No rule may be
tuned on this file: a failure found here is fixed as a class, elsewhere, and this file is not
edited to match.

Families (document kinds) and the mix at n=2000 (``describe(make_remarks())``):

====================  =====  =====  ==========  =========
family                cells  names  lookalikes  with name
====================  =====  =====  ==========  =========
traffic                 300    500         934        270
court_service           240    441         559        216
birth_vaccine           240    553         440        216
school_status           250    541         503        225
employment              250    393         420        225
housing_relocation      220    425         450        198
village_affairs         200    449         337        180
safety_inspection       160    255         357        144
honours                  60      0         408          0
signage                  80      0         292          0
total                  2000   3557        4700       1674
====================  =====  =====  ==========  =========

In each name family 10% of cells carry no name: every person in them is written masked
(王某, 李某某, 张**, 刘×, 王*华) or by surname and title (王师傅, 陈队长, 老李), which are
look-alikes. ``honours`` is a public notice of commended people (表彰决定, 拟表彰人选公示): the
honoured are named in a public capacity, so the cells set ``public_officials=True`` and list those
names as look-alikes. ``signage`` (shop-sign clean-up notes) plants no names at all: shops, brands
and roads named after people or families.

Surface forms of the planted names: lists joined by 、，/ ； with amounts or ages, names in
brackets, names directly followed by a phone or an ID number, names after 经/由/与/向/和/给/对/
被/将/把/让/同, names opening a cell with no cue, names followed by 之子/之女/家属/老人/同学/
师傅/宝宝/同志, single-character given names, rare and compound surnames, word-like names
(高峰, 金星, 江河), Uyghur and Kazakh names with a middle dot, Tibetan, Mongolian, Yi and Hui
names, pinyin names in English cells, names in traditional characters.

Look-alikes: counties, towns, villages, roads, schools, hospitals, courts, companies, shops and
brands named after people or families (邹平, 高唐县, 王家庄, 中山路, 张小泉, 曹操出行); masked
forms; surname + title; public figures in public phrases (学雷锋, 焦裕禄精神); and the domain's
own words that begin with a surname character (车牌, 路口, 黄灯, 安全带, 高铁, 金额, 常住, 林区,
石棉瓦, 门窗, 明细, 成员, 严禁, 易燃 ...).
"""

from __future__ import annotations

import random
from typing import Callable

from .remarks import Remark

VERSION = "frozen-remarks-7 (2026-12-05)"

FAMILIES: dict[str, str] = {
    "traffic": "交通违法处理、事故认定、出租车和网约车投诉：驾驶人、车主、乘车人、当事人甲乙、乘客",
    "court_service": "法院公告送达、开庭公告、仲裁公告和失信被执行人名单：被告、原告、第三人、被执行人",
    "birth_vaccine": "预防接种、出生医学证明和死亡医学证明登记：儿童、母亲、父亲、接生人、报告人",
    "school_status": "学籍异动、助学金、招生录取和控辍保学记录：学生、监护人、班主任",
    "employment": "养老保险、失业登记、就业援助和公益性岗位记录：参保人、领取人、安置人员",
    "housing_relocation": "危房改造、易地搬迁和人居环境整治记录：户主、施工队长、帮扶责任人",
    "village_affairs": "选民登记、村务公开和集体经济分红：村民、户代表、集体经济组织成员",
    "safety_inspection": "消防和安全生产检查记录：负责人、业主、安全员、电工",
    "honours": "表彰决定和拟表彰人选公示（公开身份）：受表彰者姓名是公开信息，列为 look-alike",
    "signage": "门头牌匾和店招整治记录：无人名，只有以人名或姓氏命名的店铺、品牌和道路",
}

WEIGHTS: dict[str, int] = {
    "traffic": 300,
    "court_service": 240,
    "birth_vaccine": 240,
    "school_status": 250,
    "employment": 250,
    "housing_relocation": 220,
    "village_affairs": 200,
    "safety_inspection": 160,
    "honours": 60,
    "signage": 80,
}

NAME_FAMILIES: tuple[str, ...] = (
    "traffic", "court_service", "birth_vaccine", "school_status", "employment",
    "housing_relocation", "village_affairs", "safety_inspection",
)
PUBLIC_FAMILIES: tuple[str, ...] = ("honours",)

NO_NAME_SHARE = 0.10      # share of a name family's cells whose persons are all masked

# ---------------------------------------------------------------------------------------------
# Person-name pools (the author's own).

_SURNAMES_TOP = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_SURNAMES_MID = "".join(dict.fromkeys(
    "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾"
    "夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛"
    "樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆司卓古吉缪简车"
    "项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"))
_SURNAMES_RARE = "逄亓禚鞠綦宓邴郇隽訾隗郗笪芮暴展厉於逯揭仝宦羿"
_SURNAMES_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
                      "令狐", "夏侯", "端木", "长孙", "宇文", "司徒", "澹台", "呼延", "南宫", "申屠")

_GIVEN_OLD_M = ("建国", "建军", "国庆", "国华", "志强", "志刚", "卫东", "红军", "德胜", "福来",
                "振华", "立新", "永刚", "庆丰", "文斌", "学军", "洪波", "春生", "秋林", "金宝",
                "玉林", "树森", "兆丰", "广胜", "连喜", "守业", "传福", "宪明", "乃清", "殿臣",
                "士杰", "凤山", "保国", "继红", "本善", "延平", "庆祥", "德福", "玉成", "希文",
                "长海", "茂林", "汝贵", "恒山", "宗堂")
_GIVEN_OLD_F = ("秀英", "桂英", "秀兰", "玉兰", "桂兰", "凤英", "淑珍", "淑华", "丽华", "美玲",
                "红梅", "春梅", "雪梅", "冬梅", "金凤", "翠花", "巧云", "彩霞", "素芬", "月娥",
                "兰英", "玉珍", "瑞芳", "爱华", "爱玲", "秀珍", "桂芝", "凤兰", "玉梅", "桂香",
                "淑英", "秀云", "俊英", "素琴", "焕英")
_GIVEN_MID_M = ("晓东", "海涛", "俊杰", "明辉", "志勇", "春雷", "建华", "晓峰", "卫华", "宏伟",
                "海波", "永强", "立军", "俊峰", "爱民", "庆林", "振东", "洪涛", "继东", "学斌")
_GIVEN_MID_F = ("晓燕", "海燕", "丽娟", "晓丽", "艳玲", "慧敏", "文娟", "亚楠", "小红", "小芳",
                "丽萍", "红霞", "秀梅", "丽君", "凤霞", "晓静", "春燕", "玉洁", "海霞", "美华")
_GIVEN_YOUNG = ("浩然", "子轩", "宇航", "博文", "一鸣", "天佑", "奕辰", "梓豪", "皓宇", "锦程",
                "思远", "家豪", "嘉诚", "书恒", "若愚", "静怡", "雨萱", "梓涵", "欣怡", "诗琪",
                "一诺", "若汐", "佳琪", "思雨", "婉清", "梦瑶", "馨月", "可欣", "子墨", "沐阳",
                "语桐", "芷若", "辰逸", "煜祺", "梓萌", "安琪", "雨泽", "浩宇", "俊熙", "紫涵",
                "欣妍", "睿泽", "宸宇", "依诺", "铭轩", "昕然", "景行", "知夏", "明哲", "乐瑶")
_GIVEN_SINGLE_M = "伟强磊军洋勇杰涛明超刚辉鹏飞鑫波斌宇浩凯昊岩峰坤彬亮帅健晨"
_GIVEN_SINGLE_F = "芳娜敏静丽艳娟霞平华琳婷雪倩颖晶燕蕾楠琦萍红梅英兰莉玲瑶璐"
_GIVEN_FIRST = "建国志晓春海文玉金永立宏振德明秀美佳子梓俊嘉思雨欣家云凤翠淑桂瑞兆庆宝长新书洪传学士恩"
_GIVEN_SECOND = "华平军伟强明林峰勇东杰辉涛鹏飞斌波龙刚生成祥福荣英兰芳霞梅萍娟燕玲敏静丽红琴云凤珍莲琳怡涵轩宇航浩博然睿哲诺萱彤"

# Full names that read like words.
_WORDLIKE = ("高峰", "金星", "江河", "林海", "石磊", "常青", "于洋", "向阳", "夏雨", "安宁",
             "程功", "文静", "马力", "柳青", "方圆", "白雪", "田野", "高山", "钟声", "万里",
             "丁香", "温暖", "甘霖", "黎明", "宁静", "胡杨", "金秋", "江山", "叶青", "龙飞",
             "秦川", "何方", "白玉兰", "成功", "华夏")

# Minority names: Uyghur and Kazakh (with a middle dot), Tibetan, Mongolian, Yi, Hui.
_UYGHUR_GIVEN = ("阿不都热合曼", "买买提", "艾尔肯", "努尔艾合买提", "吐尔洪", "艾力", "热依拉",
                 "古丽米拉", "迪丽努尔", "阿依努尔", "帕提古丽", "伊力哈木", "麦麦提敏", "祖力皮亚")
_UYGHUR_FATHER = ("吐尔逊", "阿不都拉", "艾海提", "库尔班", "阿布都克热木", "买买提", "热合曼",
                  "斯迪克", "依明", "肉孜")
_KAZAKH_GIVEN = ("叶尔兰", "阿依古丽", "加娜尔", "努尔兰", "别克波拉提", "哈力木拉提", "阿斯哈尔",
                 "古丽娜尔", "叶尔江", "玛依拉")
_KAZAKH_FATHER = ("努尔兰", "巴合提", "哈力木拉提", "吐尔逊别克", "阿曼太", "朱马汗", "叶尔波拉")
_TIBETAN = ("扎西顿珠", "次仁卓玛", "格桑曲珍", "多吉才让", "索朗旺姆", "尼玛次仁", "拉巴次仁",
            "德吉央宗", "平措", "卓玛", "旦增朗杰", "央金拉姆", "贡布", "达瓦", "边巴次仁", "才让东智")
_MONGOLIAN = ("巴特尔", "乌云其木格", "其其格", "宝音", "苏和", "额尔敦", "那仁花", "图雅",
              "阿拉坦仓", "哈斯巴根", "乌日娜", "朝鲁门", "敖日格勒", "萨仁高娃")
_YI_CLAN = ("吉克", "阿苏", "曲比", "马海", "沙马", "阿尔", "吉木", "海来", "阿约")
_YI_GIVEN = ("阿呷", "拉且", "伍呷", "木果", "约达", "阿果", "尔古", "日火", "石布", "拉哈")
_HUI_SURNAMES = ("马", "哈", "纳", "沙", "白", "回", "撒", "穆")

# Famous people a generated name must not be (the set stays about private persons).
_FAMOUS = frozenset((
    "习近平", "李强", "赵乐际", "王沪宁", "蔡奇", "丁薛祥", "李希", "李克强", "江泽民", "胡锦涛",
    "温家宝", "毛泽东", "邓小平", "周恩来", "刘少奇", "朱德", "孙中山", "鲁迅", "雷锋", "王毅",
    "韩正", "马云", "刘翔", "姚明", "成龙", "王菲", "周迅", "李宁", "张艺谋", "孔子", "孟子",
    "金星", "马化腾", "李白", "杜甫", "焦裕禄", "孔繁森", "钟南山", "张桂梅", "曹操", "华佗",
))

# Traditional-character names.
_TRAD_SURNAMES = "陳劉張黃趙吳楊鄭孫馬許鄧蕭羅葉錢蔣韓馮盧龔鍾譚陸顧賈薛閻聶嚴戴蘇魏呂王李周林何高"
_TRAD_GIVEN = ("國華", "志強", "麗華", "曉紅", "建國", "偉", "靜", "敏", "傑", "濤", "輝", "鵬",
               "鳳英", "秀蘭", "桂蘭", "淑貞", "寶華", "東昇", "嘉豪", "雅婷", "詩涵", "俊傑",
               "曉東", "龍", "飛", "紅梅", "雲", "麗", "強", "軍", "娟", "慧敏", "淑華", "振興")

# Pinyin names for English cells.
_PINYIN_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
                    "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Song",
                    "Han", "Feng", "Cao", "Ouyang", "Zhuge", "Sima", "Qi", "Pang", "Ding")
_PINYIN_GIVEN = ("Wei", "Fang", "Jianguo", "Xiuying", "Xiaoming", "Haitao", "Lijuan", "Yuxuan",
                 "Zihan", "Hao", "Jing", "Min", "Lei", "Qiang", "Yan", "Tao", "Chunmei", "Guohua",
                 "Zhiqiang", "Yue", "Ning", "Xin", "Jiahao", "Shiqi", "Dongsheng", "Meiling")

# ---------------------------------------------------------------------------------------------
# Look-alike pools.

_COUNTIES = ("邹平市", "高唐县", "金乡县", "武城县", "夏津县", "宁阳县", "汶上县", "章丘区", "曹县",
             "费县", "梁山县", "齐河县", "商河县", "曲阜市", "成武县", "兰陵县", "罗庄区", "文登区",
             "荣成市", "龙口市", "安丘市", "诸城市", "周村区", "任城区", "禹城市", "惠民县", "阳信县",
             "乐陵市", "庆云县", "蒙阴县", "平阴县", "牟平区", "临清市", "东阿县", "阳谷县", "莘县",
             "单县", "郓城县", "冠县", "高青县", "高密市", "滕州市", "邹城市", "薛城区", "嘉祥县")
_TOWNS = ("胡集", "韩庄", "孙家集", "黄山", "明集", "魏桥", "焦桥", "孙镇", "唐王", "董家", "龙山",
          "相公庄", "白云湖", "姚家", "高官寨", "郭店", "仲宫", "柳埠", "万德", "孝里", "安城", "马集",
          "梁邹", "黄河", "石家", "潘店", "杨安", "葛沟", "岳庄", "邢家")
_VILLAGE_PREFIX = ("", "", "", "前", "后", "东", "西", "南", "北", "大", "小", "上", "下")
_VILLAGE_SUFFIX = ("家庄", "庄", "家村", "家洼", "官庄", "家楼", "集", "店", "家屯", "家寨", "家营",
                   "家峪", "家沟", "家岭", "家湾")
_COMMUNITIES = ("幸福家园社区", "阳光花园小区", "金色家园", "和谐家园", "黄山小区", "中山花园",
                "龙泉社区", "万福苑", "高新花园", "石榴园小区", "林海家园", "孔村新居", "曹庄新村",
                "文昌苑", "翟家佳苑")
_ROADS = ("中山路", "逸仙路", "张自忠路", "左权路", "靖宇街", "尚志大街", "志丹路", "鲁迅路",
          "秋瑾路", "中山北路", "经十路", "泉城路", "黄河路", "和平路", "张庄路", "刘长山路",
          "马鞍山路", "舜耕路", "历山路", "英雄山路", "杨家庄路", "李庄路", "周王路", "孔村路",
          "金鸡岭路", "高新大道", "齐鲁大道", "华山路", "文化西路", "洪楼南路")
_HIGHWAYS = ("G3京台高速", "G2京沪高速", "G20青银高速", "荣乌高速", "日兰高速", "G35济广高速",
             "济青高速", "S1南绕城高速", "京台高速", "董梁高速")
_STATIONS = ("高铁西站", "长途汽车站", "东站广场", "遥墙机场", "汽车总站", "万达广场", "华联商厦")
_TAXI_COS = ("金星出租汽车有限公司", "鲁通出租车公司", "万顺出租汽车公司", "安达出租汽车公司",
             "白马出租车公司", "龙城出租")
_PLATFORMS = ("滴滴出行", "曹操出行", "花小猪", "高德打车", "美团打车", "T3出行")
_HOSPITALS = ("齐鲁医院", "千佛山医院", "中山医院", "逸夫医院", "华佗中医院", "张仲景国医馆",
              "孙思邈中医门诊部", "宋庆龄妇幼保健院")
_SCHOOLS = ("育英中学", "鲁迅中学", "陶行知实验学校", "中山小学", "逸夫小学", "孟子中学",
            "宋庆龄希望小学", "蔡元培实验学校", "李家庄小学", "王家楼中心小学", "孔子中学",
            "黄山实验学校", "曹庄初级中学", "雷锋小学")
_COMPANIES = ("张裕葡萄酿酒股份有限公司", "孔府家酒业有限公司", "李宁体育用品专卖店", "周黑鸭门店",
              "杨国福麻辣烫", "刘一手火锅店", "张亮麻辣烫", "陈克明食品公司", "王守义调味品公司",
              "马应龙药业", "王致和食品公司", "张小泉刀剪店", "谭木匠专卖店", "周大福珠宝店",
              "老凤祥银楼", "钱大妈生鲜店", "魏家凉皮", "曹氏鸭脖", "金锣食品有限公司", "鲁花集团",
              "齐鲁石化", "万达广场", "华润万家超市", "王老吉经销部", "孙家集建材厂", "郝家物流")
_SHOPS = ("王记水饺", "老李烧烤", "陈记粥铺", "马记牛肉面", "赵家小院", "沙县小吃", "兰州拉面",
          "黄焖鸡米饭", "张家饺子馆", "刘记鲜肉包", "小杨生煎", "老孙家羊肉泡馍", "周记修车铺",
          "吴氏推拿", "阿强理发店", "胡大姐家常菜", "孟家扒蹄", "单县羊肉汤", "曹县烧饼",
          "何记煎饼", "常记果木烤鸭", "邢家锅子饼", "许氏正骨", "鲍师傅糕点")
_COOPS = ("金穗种植专业合作社", "王家庄果蔬合作社", "高氏养殖合作社", "田园农机专业合作社",
          "丰源土地股份合作社", "李家洼中药材合作社")
_TRAD_COURTS = ("鄒平市人民法院", "高唐縣人民法院", "金鄉縣人民法院", "夏津縣人民法院",
                "蘭陵縣人民法院")

_TITLES = ("先生", "女士", "师傅", "队长", "大爷", "大妈", "老师", "医生", "主任", "书记", "经理",
           "会计", "阿姨", "警官", "律师", "老板", "校长", "大姐", "大哥", "支书", "所长", "站长")
_EN_TITLED = ("Mr. Wang", "Mr. Zhang", "Mr. Liu", "Ms. Chen", "Ms. Li", "Mr. Zhao", "Ms. Huang",
              "Mr. Sun")

_MASK_TAILS = ("某", "某某", "某", "**", "*", "×", "××", "某甲", "某乙", "＊＊")

_AREA_CODES = ("370102", "370103", "370112", "370181", "370202", "370211", "370303", "370481",
               "370683", "370725", "370811", "370883", "371326", "371402", "371427", "371526",
               "371625", "371702", "371721", "370923")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_PLATE_LETTERS = "ABCDEFGHJKLMNPQRSUVY"


def _surname(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.04:
        return rng.choice(_SURNAMES_COMPOUND)
    if r < 0.08:
        return rng.choice(_SURNAMES_RARE)
    if r < 0.58:
        return rng.choice(_SURNAMES_TOP)
    return rng.choice(_SURNAMES_MID)


def _given(rng: random.Random, style: str) -> str:
    if style == "young":
        r = rng.random()
        if r < 0.55:
            return rng.choice(_GIVEN_YOUNG)
        if r < 0.75:
            return rng.choice(_GIVEN_SINGLE_M + _GIVEN_SINGLE_F)
        return rng.choice(_GIVEN_FIRST) + rng.choice(_GIVEN_SECOND)
    if style == "old":
        return rng.choice(_GIVEN_OLD_M + _GIVEN_OLD_F)
    if style in ("oldm", "oldf"):
        return rng.choice(_GIVEN_OLD_M if style == "oldm" else _GIVEN_OLD_F)
    male = {"m": True, "f": False}.get(style, rng.random() < 0.5)
    r = rng.random()
    if r < 0.3:
        return rng.choice(_GIVEN_SINGLE_M if male else _GIVEN_SINGLE_F)
    if r < 0.55 or (r >= 0.8 and style in ("m", "f")):     # the free combinations carry no sex
        return rng.choice(_GIVEN_OLD_M if male else _GIVEN_OLD_F)
    if r < 0.8:
        return rng.choice(_GIVEN_MID_M if male else _GIVEN_MID_F)
    return rng.choice(_GIVEN_FIRST) + rng.choice(_GIVEN_SECOND)


def _minority_name(rng: random.Random) -> str:
    kind = rng.randrange(6)
    dot = rng.choice("···•")
    if kind == 0:
        return rng.choice(_UYGHUR_GIVEN) + dot + rng.choice(_UYGHUR_FATHER)
    if kind == 1:
        return rng.choice(_KAZAKH_GIVEN) + dot + rng.choice(_KAZAKH_FATHER)
    if kind == 2:
        return rng.choice(_TIBETAN)
    if kind == 3:
        return rng.choice(_MONGOLIAN)
    if kind == 4:
        return rng.choice(_YI_CLAN) + rng.choice(_YI_GIVEN)
    return rng.choice(_HUI_SURNAMES) + rng.choice(_GIVEN_MID_M + _GIVEN_MID_F + _GIVEN_OLD_M)


def _person_name(rng: random.Random, style: str = "any", surname: str | None = None) -> str:
    """A private person's name; with ``surname``, a relative who carries it (a Han name)."""
    while True:
        r = rng.random()
        if surname:
            name = surname + _given(rng, style)
        elif r < 0.045 and style in ("any", "old", "young"):   # minority pools are not split by sex
            name = _minority_name(rng)
        elif r < 0.075 and style in ("any", "old"):
            name = rng.choice(_WORDLIKE)
        else:
            name = _surname(rng) + _given(rng, style)
        if name not in _FAMOUS:
            return name


def _han_surname(name: str) -> str | None:
    """The surname of a generated Han name, None for minority and word-like names."""
    if name in _WORDLIKE or any(ch in name for ch in "·•"):
        return None
    if name[:2] in _SURNAMES_COMPOUND:
        return name[:2]
    if name[0] in _SURNAMES_TOP + _SURNAMES_MID + _SURNAMES_RARE and len(name) <= 3:
        return name[0]
    return None


def _id_number(rng: random.Random, year: int | None = None) -> str:
    year = year if year is not None else rng.randint(1940, 2008)
    body = (f"{rng.choice(_AREA_CODES)}{year:04d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            f"{rng.randint(1, 999):03d}")
    total = sum(int(ch) * w for ch, w in zip(body, _ID_WEIGHTS))
    return body + "10X98765432"[total % 11]


def _phone(rng: random.Random) -> str:
    digits = rng.choice(("13", "15", "17", "18", "19")) + "".join(
        str(rng.randrange(10)) for _ in range(9))
    form = rng.randrange(5)
    if form == 0:
        return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
    if form == 1:
        return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
    return digits


class _Cell:
    """One cell under construction: hands out names and look-alikes and records them."""

    def __init__(self, rng: random.Random, family: str, with_names: bool):
        self.rng = rng
        self.family = family
        self.with_names = with_names
        self.names: list[str] = []
        self.lookalikes: list[str] = []
        self._last_surname: str | None = None   # for a relative written next to a person

    # -- persons -------------------------------------------------------------------------
    def N(self, style: str = "any", kin: bool = False) -> str:
        """A private person: a planted name, or a masked form in a cell without names.

        ``kin``: a relative of the person named just before, who mostly shares the surname.
        """
        surname = self._last_surname if kin and self.rng.random() < 0.85 else None
        if not self.with_names:
            return self.M(surname)
        name = _person_name(self.rng, style, surname)
        self._last_surname = _han_surname(name)
        self.names.append(name)
        return name

    def NT(self) -> str:
        """A private person in traditional characters."""
        if not self.with_names:
            return self.L(self.rng.choice(_TRAD_SURNAMES) + self.rng.choice(("某", "某某", "＊")))
        name = self.rng.choice(_TRAD_SURNAMES) + self.rng.choice(_TRAD_GIVEN)
        self.names.append(name)
        return name

    def EN(self) -> str:
        """A private person in an English cell: pinyin, in either order, sometimes in capitals."""
        if not self.with_names:
            return self.L(self.rng.choice(_EN_TITLED))
        sur, given = self.rng.choice(_PINYIN_SURNAMES), self.rng.choice(_PINYIN_GIVEN)
        form = self.rng.randrange(4)
        name = (f"{sur.upper()} {given}" if form == 0 else
                f"{given} {sur}" if form == 1 else f"{sur} {given}")
        self.names.append(name)
        return name

    def P(self, style: str = "any") -> str:
        """A person named in a public capacity: the name is a look-alike."""
        return self.L(_person_name(self.rng, style))

    def M(self, surname: str | None = None) -> str:
        """A masked person (王某, 李**, 张*华): a look-alike."""
        sur = surname or _surname(self.rng)
        self._last_surname = sur
        if self.rng.random() < 0.15:
            return self.L(sur + self.rng.choice("*＊×") + self.rng.choice(_GIVEN_SINGLE_M + _GIVEN_SINGLE_F))
        return self.L(sur + self.rng.choice(_MASK_TAILS))

    def T(self, title: str | None = None) -> str:
        """Surname and title only (王师傅, 老李): a look-alike."""
        sur = self.rng.choice(_SURNAMES_TOP + _SURNAMES_MID[:40])
        if title is None and self.rng.random() < 0.25:
            return self.L(self.rng.choice("老小") + sur)
        return self.L(sur + (title or self.rng.choice(_TITLES)))

    # -- look-alikes ---------------------------------------------------------------------
    def L(self, text: str) -> str:
        self.lookalikes.append(text)
        return text

    def pick(self, seq):
        return self.rng.choice(seq)

    def series(self, item: Callable[[], str], lo: int, hi: int, seps: tuple[str, ...] = ("、",)) -> str:
        """``lo`` to ``hi`` items written by ``item``, joined by one separator out of ``seps``."""
        sep = seps[0] if len(seps) == 1 else self.pick(seps)
        return sep.join(item() for _ in range(self.rng.randint(lo, hi)))

    def county(self) -> str:
        county = self.pick(_COUNTIES)
        if len(county) > 2 and self.rng.random() < 0.3:
            county = county[:-1]                       # 邹平, 高唐: the bare name
        return self.L(county)

    def village(self) -> str:
        sur = self.pick(_SURNAMES_TOP + _SURNAMES_MID[:60])
        name = self.pick(_VILLAGE_PREFIX) + sur + self.pick(_VILLAGE_SUFFIX)
        return self.L(name + ("村" if not name.endswith("村") and self.rng.random() < 0.6 else ""))

    def town(self) -> str:
        return self.L(self.pick(_TOWNS) + self.pick(("镇", "街道")))

    def clinic(self) -> str:
        return self.L(self.pick(_TOWNS) + self.pick(("镇卫生院", "街道社区卫生服务中心")))

    def community(self) -> str:
        return self.L(self.pick(_COMMUNITIES))

    def road(self) -> str:
        return self.L(self.pick(_ROADS))

    def roads(self, k: int) -> list[str]:
        return [self.L(r) for r in self.rng.sample(_ROADS, k)]

    def hospital(self) -> str:
        if self.rng.random() < 0.4:
            return self.L(self.pick(_COUNTIES) + self.pick(("人民医院", "妇幼保健院", "中医院")))
        return self.L(self.pick(_HOSPITALS))

    def school(self) -> str:
        if self.rng.random() < 0.3:
            return self.L(self.pick(_COUNTIES) + self.pick(("第一中学", "实验小学", "第二实验中学")))
        return self.L(self.pick(_SCHOOLS))

    def court(self) -> str:
        return self.L(self.pick(_COUNTIES) + "人民法院")

    def company(self) -> str:
        return self.L(self.pick(_COMPANIES))

    def shop(self) -> str:
        return self.L(self.pick(_SHOPS))

    def wan(self, lo: float = 0.5, hi: float = 30.0) -> str:
        return f"{self.rng.uniform(lo, hi):.2f}{self.L('万元')}"

    # -- plain fillers (not planted) -----------------------------------------------------
    def date(self) -> str:
        y, m, d = self.rng.choice((2025, 2026)), self.rng.randint(1, 12), self.rng.randint(1, 28)
        form = self.rng.randrange(4)
        if form == 0:
            return f"{y}-{m:02d}-{d:02d}"
        if form == 1:
            return f"{y}.{m}.{d}"
        return f"{y}年{m}月{d}日"

    def cdate(self) -> str:
        return f"{self.rng.choice((2025, 2026))}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"

    def isodate(self) -> str:
        return f"{self.rng.choice((2025, 2026))}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"

    def bdate(self) -> str:
        return f"{self.rng.choice((2024, 2025, 2026))}年{self.rng.randint(1, 12)}月{self.rng.randint(1, 28)}日"

    def clock(self) -> str:
        return f"{self.rng.randint(6, 22)}时{self.rng.choice(('', '10分', '25分', '40分', '55分'))}"

    def amount(self, lo: int = 50, hi: int = 5000) -> str:
        value = self.rng.randint(lo, hi)
        return f"{value:,}" if value >= 1000 and self.rng.random() < 0.4 else str(value)

    def age(self, lo: int = 18, hi: int = 80) -> int:
        return self.rng.randint(lo, hi)

    def phone(self) -> str:
        return _phone(self.rng)

    def idno(self, year: int | None = None) -> str:
        return _id_number(self.rng, year)

    def plate(self) -> str:
        tail = "".join(self.rng.choice("0123456789" * 3 + "ABCDEFGHJKLMNPQRSTUVWXYZ")
                       for _ in range(5))
        letter = self.rng.choice(_PLATE_LETTERS)
        if self.rng.random() < 0.2:
            return f"鲁{letter}D{tail}"
        return f"鲁{letter}{self.rng.choice(('', '·'))}{tail}"

    def caseno(self, kind: str = "民初") -> str:
        year, city, court = self.rng.choice((2025, 2026)), self.rng.randint(1, 17), self.rng.randint(1, 30)
        return f"（{year}）鲁{city:02d}{court:02d}{kind}{self.rng.randint(100, 9999)}号"


_Template = Callable[[_Cell], str]

# ---------------------------------------------------------------------------------------------
# traffic


def _tr_violation(c: _Cell) -> str:
    r1, r2 = c.roads(2)
    return (f"{c.date()}，驾驶人{c.N()}驾驶{c.plate()}小型轿车行经{r1}与{r2}{c.L('路口')}时，"
            f"{c.L('黄灯')}亮起后越过停止线，且未系{c.L('安全带')}，记{c.pick('369')}分，"
            f"罚款{c.pick(('100', '150', '200'))}元，当事人签字确认。")


def _tr_accident(c: _Cell) -> str:
    return (f"{c.cdate()}{c.clock()}许，{c.N()}（{c.phone()}）驾驶{c.plate()}号轿车沿{c.L(c.pick(_HIGHWAYS))}"
            f"由东向西行驶至K{c.rng.randint(100, 480)}+{c.rng.randint(0, 999)}处，与前方{c.N()}驾驶的"
            f"{c.plate()}号{c.pick(('重型半挂牵引车', '轻型厢式货车', '小型普通客车'))}追尾，致乘车人"
            f"{c.N('young')}受伤，送{c.hospital()}救治。后车未保持安全距离，负事故全部责任。")


def _tr_parties(c: _Cell) -> str:
    return (f"当事人甲：{c.N()}，{c.age()}岁，身份证号{c.idno()}；当事人乙：{c.N()}，电话{c.phone()}。"
            f"事故地点：{c.village()}{c.L('石子路')}，事故形态：刮擦，{c.L('白天')}，晴，"
            f"双方{c.pick(('自行协商解决', '同意适用简易程序', '对责任无异议'))}。")


def _tr_taxi(c: _Cell) -> str:
    return (f"乘客{c.N()}反映{c.rng.randint(1, 12)}月{c.rng.randint(1, 28)}日晚乘坐{c.L(c.pick(_TAXI_COS))}"
            f"{c.plate()}出租车从{c.L(c.pick(_STATIONS))}到{c.community()}，司机{c.T('师傅')}绕行"
            f"{c.L('高速公路')}多收{c.amount(10, 90)}元，且拒开发票。经约谈，多收款项已退还。")


def _tr_ridehail(c: _Cell) -> str:
    platform = c.pick(_PLATFORMS)
    return (f"{c.N()}投诉：通过{c.L(platform)}叫车，司机{c.T(c.pick(('师傅', '先生')))}接单后未按导航行驶，"
            f"{c.L('何时')}到达一直说不清，且车辆与平台登记{c.L('车牌')}不符。已转{c.L(platform)}核查，"
            f"情况属实，司机账号已封禁。")


def _tr_short(c: _Cell) -> str:
    return (f"{c.N()} {c.plate()} {c.pick(('超速20%以下', '不按导向车道行驶', '违法停车', '未礼让行人', '闯红灯', '驾车使用手机'))}"
            f" {c.pick(('已缴款', '未处理', '已处理', '待审核'))}")


def _tr_lend(c: _Cell) -> str:
    return (f"车主{c.N()}将{c.plate()}号车辆交给未取得驾驶证的{c.N('young')}驾驶，在{c.county()}"
            f"{c.L('林区')}防火通道侧翻，{c.L('车主')}罚款{c.amount(1000, 2000)}元，驾驶人行政拘留十日。")


def _tr_ebike(c: _Cell) -> str:
    return (f"{c.N()}骑电动自行车载{c.N('young')}在{c.road()}逆行，均未戴头盔，被执勤民警拦下，给予警告，"
            f"车辆暂扣，让{c.N()}家属持购车发票到{c.road()}岗亭领回。")


def _tr_drunk(c: _Cell) -> str:
    return (f"{c.date()}夜查，{c.N()}饮酒后驾驶{c.plate()}行至{c.town()}检查点，拒绝呼气检测，"
            f"{c.L('于是')}依法带至{c.hospital()}抽血，血液酒精含量{c.rng.randint(21, 180)}mg/100ml，"
            f"同车{c.N()}作为证人签字。")


def _tr_volunteer(c: _Cell) -> str:
    return (f"{c.road()}{c.L('路口')}“学{c.L('雷锋')}文明交通”志愿岗：{c.N()}、{c.N()}、{c.N()}三名志愿者"
            f"{c.L('白天')}劝导行人{c.rng.randint(30, 200)}人次，纠正电动车不戴头盔{c.rng.randint(5, 60)}起。")


def _tr_trad(c: _Cell) -> str:
    return (f"駕駛人{c.NT()}駕駛{c.plate()}號車於{c.L('中山路')}違法停車，已當場告知並罰款"
            f"{c.pick(('100', '150', '200'))}元，同車乘客{c.NT()}簽收告知單。")


def _tr_english(c: _Cell) -> str:
    return (f"Complaint #{c.rng.randint(1000, 9999)}: passenger {c.EN()} said the taxi driver "
            f"({c.L(c.pick(_EN_TITLED[:3]))}) refused to use the meter from "
            f"{c.L(c.pick(('Zhongshan Road', 'Jiefang Road', 'Lu Xun Road')))} to the railway station; "
            f"{c.amount(20, 90)} yuan refunded.")


def _tr_to(c: _Cell) -> str:
    return (f"经调解，{c.N()}同意向{c.N()}赔偿车辆维修费{c.amount(800, 9000)}元，{c.L('金额')}当场付清，"
            f"对{c.L('高铁')}站前{c.L('路口')}监控录像无异议。")


def _tr_scrape(c: _Cell) -> str:
    return (f"{c.N()}停在{c.community()}门口的轿车被{c.N()}驾驶的三轮车剐蹭，后视镜损坏，{c.L('车主')}和肇事方"
            f"当场达成协议，赔偿{c.amount(200, 1500)}元。")


def _tr_lost(c: _Cell) -> str:
    return (f"出租车驾驶员{c.N('m')}师傅拾到乘客遗落的手机和钱包，经{c.L(c.pick(_TAXI_COS))}联系失主{c.N()}后归还，"
            f"失主送来锦旗。")


def _tr_camera(c: _Cell) -> str:
    return (f"{c.road()}{c.L('武警')}医院{c.L('路口')}电子警察抓拍：{c.plate()}驾驶人{c.N()}驾车时手离{c.L('方向盘')}"
            f"使用手机，{c.L('车速')}约{c.rng.randint(30, 70)}公里/小时，记3分罚款200元。")


# ---------------------------------------------------------------------------------------------
# court_service

_CIVIL_CAUSES = ("民间借贷", "买卖合同", "机动车交通事故责任", "房屋租赁合同", "承揽合同", "赡养",
                 "抚养费", "物业服务合同", "追索劳动报酬", "相邻关系")


def _co_service(c: _Cell) -> str:
    return (f"{c.N()}：本院受理原告{c.N()}诉你{c.pick(_CIVIL_CAUSES)}纠纷一案，已审理终结。因你下落不明，"
            f"依照《中华人民共和国民事诉讼法》第九十五条之规定，向你公告送达{c.caseno()}民事判决书。"
            f"自公告之日起经过三十日即视为送达。{c.court()}")


def _co_hearing(c: _Cell) -> str:
    return (f"{c.court()}公告 {c.caseno()} 原告{c.company()}与被告{c.N()}、第三人{c.N()}"
            f"{c.pick(_CIVIL_CAUSES)}纠纷一案，本院定于{c.date()}上午9时在第{c.rng.randint(1, 12)}法庭公开开庭，"
            f"逾期不到庭将依法缺席判决。")


def _co_dishonest(c: _Cell) -> str:
    id_number = c.idno()
    return (f"失信被执行人：{c.N()}，{c.pick('男女')}，{c.age(25, 70)}岁，身份证号码{id_number[:6]}********"
            f"{id_number[-4:]}，执行法院：{c.court()}，案号：{c.caseno('执')}，生效法律文书确定的义务："
            f"给付{c.wan()}及利息，履行情况：全部未履行。")


def _co_list(c: _Cell) -> str:
    items = c.series(lambda: f"{c.N()}（{c.wan(0.3, 80)}）", 2, 4, ("、", "，", "；"))
    return (f"{c.court()}{c.rng.choice((2025, 2026))}年第{c.rng.randint(1, 12)}批失信被执行人名单："
            f"{items}；{c.company()}（{c.wan()}）。")


def _co_divorce(c: _Cell) -> str:
    return (f"原告{c.N('f')}与被告{c.N('m')}离婚纠纷一案，被告外出务工后下落不明，本院依法向其公告送达起诉状副本"
            f"和开庭传票。双方之子{c.N('young', kin=True)}现随原告生活。审判员{c.M()}，书记员{c.M()}。")


def _co_restrict(c: _Cell) -> str:
    return (f"经申请执行人{c.N()}申请，本院于{c.date()}对被执行人{c.N()}采取限制消费措施，禁止其乘坐飞机、"
            f"{c.L('高铁')}一等座及列车软卧，{c.L('管辖')}法院为{c.court()}。")


def _co_arbitration(c: _Cell) -> str:
    return (f"{c.county()}劳动人事争议仲裁委员会公告：申请人{c.company()}与被申请人{c.N()}竞业限制纠纷一案，"
            f"因无法直接送达，现公告送达仲裁申请书副本及开庭通知，委托代理人{c.N()}{c.phone()}。")


def _co_paid(c: _Cell) -> str:
    return (f"被执行人{c.N()}于{c.date()}将执行款{c.wan()}交至本院账户，与申请执行人{c.N()}达成和解，"
            f"{c.L('余额')}分三期支付，{c.L('程序')}终结。")


def _co_short(c: _Cell) -> str:
    return (f"被告{c.N()}（{c.idno()}）下落不明，公告送达{c.pick(('民事判决书', '民事裁定书', '应诉通知书'))}，"
            f"上诉期自公告期满后十五日计算。")


def _co_trad(c: _Cell) -> str:
    return (f"{c.NT()}：本院受理原告{c.NT()}訴你民間借貸糾紛一案，現依法向你公告送達起訴狀副本、應訴通知書"
            f"和開庭傳票。{c.L(c.pick(_TRAD_COURTS))}")


def _co_bare(c: _Cell) -> str:
    return (f"{c.N()} {c.caseno('执')} 限高令已发布 {c.wan()}；{c.N()} {c.caseno('执')} 已履行 "
            f"{c.pick(('屏蔽', '删除'))}")


def _co_list_in(c: _Cell) -> str:
    return (f"本院依法将{c.N()}纳入失信被执行人名单，并向其配偶{c.N()}送达执行通知书和财产申报令，"
            f"拒不申报的依法处以{c.L('万元')}以下罚款。")


# ---------------------------------------------------------------------------------------------
# birth_vaccine

_VACCINES_LOOKALIKE = ("白百破疫苗", "麻腮风疫苗", "卡介苗")
_VACCINES_PLAIN = ("乙肝疫苗", "脊灰疫苗", "乙脑减毒活疫苗", "甲肝疫苗", "流脑疫苗", "水痘疫苗")


def _vaccine(c: _Cell) -> str:
    if c.rng.random() < 0.5:
        return c.L(c.pick(_VACCINES_LOOKALIKE))
    return c.pick(_VACCINES_PLAIN)


def _bv_dose(c: _Cell) -> str:
    return (f"儿童{c.N('young')}，{c.pick('男女')}，出生日期{c.bdate()}，母亲{c.N('f')}，电话{c.phone()}。"
            f"{c.date()}接种{_vaccine(c)}第{c.rng.randint(1, 4)}剂，接种单位{c.clinic()}。")


def _bv_birth(c: _Cell) -> str:
    return (f"新生儿{c.N('young')}，体重{c.rng.randint(2300, 4300)}克，{c.bdate()}{c.clock()}出生于"
            f"{c.hospital()}产科，母亲{c.N('f')}，父亲{c.N('m')}，接生人{c.N()}，出生医学证明编号"
            f"{c.pick('NOPQR')}{c.rng.randint(370000000, 379999999)}。")


def _bv_reissue(c: _Cell) -> str:
    return (f"{c.N('m')}之女{c.N('young', kin=True)}的出生医学证明遗失，家长称搬家时丢失，{c.L('于是')}由其母"
            f"{c.N('f')}申请补发，原证作废，经{c.T('医生')}核对分娩记录无误。")


def _bv_death(c: _Cell) -> str:
    relation = c.pick((("子", "m"), ("女", "f"), ("配偶", "any")))
    return (f"死亡医学证明（推断）书：死者{c.N('old')}，{c.age(60, 98)}岁，{c.village()}{c.L('常住')}人口，"
            f"于{c.date()}在家中死亡，直接死因：{c.pick(('脑出血', '慢性阻塞性肺疾病', '心肌梗死', '肺部感染'))}；"
            f"由乡村医生{c.N()}调查推断，报告人{c.N(relation[1])}（死者之{relation[0]}）。")


def _bv_short(c: _Cell) -> str:
    return (f"{c.N('young')} {_vaccine(c)} {c.pick(('已种', '未种', '补种', '禁忌暂缓'))} {c.date()}")


def _bv_missed(c: _Cell) -> str:
    items = c.series(lambda: f"{c.N('young')}（{c.rng.randint(2, 36)}月龄）", 2, 4, ("、", "，", "；"))
    return (f"未按期接种{_vaccine(c)}儿童：{items}，已电话告知家长，由{c.T('医生')}负责追踪补种。")


def _bv_reaction(c: _Cell) -> str:
    return (f"{c.N('young')}宝宝接种后当晚发热38.{c.rng.randint(1, 9)}℃，家长{c.N()}次日{c.L('白天')}来电反映，"
            f"经{c.clinic()}处理后好转，属一般反应。")


def _bv_jaundice(c: _Cell) -> str:
    return (f"{c.N('f')}之子，出生{c.rng.randint(2, 20)}天，{c.L('黄疸')}值偏高，暂缓接种{c.L('卡介苗')}，"
            f"列入{c.L('高危')}儿童管理，由{c.N()}随访。")


def _bv_english(c: _Cell) -> str:
    return (f"Vaccination record: child {c.EN()}, guardian {c.EN()}, hepatitis B dose {c.rng.randint(1, 3)} "
            f"given at {c.L(c.pick(('Qilu Hospital', 'Zhongshan Hospital', 'Sun Simiao Clinic')))}"
            f" on {c.isodate()}.")


def _bv_pair(c: _Cell) -> str:
    return (f"双胞胎{c.N('young')}、{c.N('young', kin=True)}由外婆{c.N('oldf')}带来接种{_vaccine(c)}，与母亲"
            f"{c.N('f')}电话确认后接种，{c.L('何时')}接种下一剂已告知。")


# ---------------------------------------------------------------------------------------------
# school_status

_GRADES = ("一年级", "三年级", "五年级", "初一", "初二", "初三", "高一", "高二", "高三")


def _sc_transfer(c: _Cell) -> str:
    return (f"学生{c.N('young')}（学籍号G{c.idno(c.rng.randint(2008, 2019))}）因随父母务工，由{c.school()}转入"
            f"{c.school()}，监护人{c.N()}（{c.phone()}），{c.L('班主任')}{c.N()}已办理异动手续。")


def _sc_grant(c: _Cell) -> str:
    return (f"{c.pick(_GRADES)}（{c.rng.randint(1, 12)}）班{c.N('young')}，家庭经济困难"
            f"（{c.pick(('脱贫户', '低保户', '残疾家庭', '单亲家庭'))}），申请国家助学金{c.amount(500, 3000)}元，"
            f"监护人{c.N()}签字，{c.T('老师')}入户核实。")


def _sc_admit(c: _Cell) -> str:
    items = c.series(lambda: c.N('young'), 3, 5, ("、", "，", "/"))
    return (f"{c.school()}{c.rng.choice((2025, 2026))}年秋季录取：{items}，请于{c.date()}前持录取通知书到校报到，"
            f"寄宿生另交住宿费。")


def _sc_suspend(c: _Cell) -> str:
    return (f"{c.N('young')}同学因病休学一年，由其母亲{c.N('f')}提出申请，经学校审核同意，复学时随下一级就读，"
            f"{c.L('学籍')}保留。")


def _sc_dropout(c: _Cell) -> str:
    return (f"控辍保学：{c.village()}{c.N('m')}之子{c.N('young', kin=True)}，{c.age(13, 16)}岁，外出打工未返校，"
            f"{c.T('书记')}与班主任{c.N()}三次上门劝返，已于{c.date()}返校。")


def _sc_scores(c: _Cell) -> str:
    items = c.series(lambda: f"{c.N('young')}，{c.rng.randint(60, 100)}分", 2, 4, ("；",))
    return (f"{c.school()}体育特长生测试：{items}。对{c.L('成绩')}有异议的可于{c.date()}前书面申请复核。")


def _sc_short(c: _Cell) -> str:
    return (f"{c.N('young')} {c.pick(_GRADES)}（{c.rng.randint(1, 9)}）班 寄宿 生活补助{c.amount(500, 1250)}元/学期")


def _sc_essay(c: _Cell) -> str:
    return (f"{c.N('young')}的征文获奖作品第二{c.L('段落')}与网络文章雷同，取消获奖资格，已告知监护人{c.N()}。")


def _sc_with(c: _Cell) -> str:
    return (f"经{c.N('oldm')}同意，将其孙女{c.N('young', kin=True)}的学籍从{c.school()}转至{c.school()}，"
            f"{c.L('任课')}教师已交接{c.L('成绩')}档案。")


def _sc_english(c: _Cell) -> str:
    return (f"Student transfer: {c.EN()} moved from {c.L('Yucai Middle School')} to "
            f"{c.L(c.pick(('Lu Xun Middle School', 'Zhongshan Primary School')))}; guardian {c.EN()} signed"
            f" on {c.isodate()}.")


def _sc_trad(c: _Cell) -> str:
    return (f"學生{c.NT()}因家庭搬遷轉學至{c.L('中山小學')}，監護人{c.NT()}已簽字，學籍異動手續辦結。")


def _sc_teacher(c: _Cell) -> str:
    return (f"对{c.N('young')}同学的助学金发放情况进行回访，班主任{c.N()}反映该生{c.L('高中')}"
            f"阶段{c.L('成绩')}稳定，{c.L('毕业')}后拟报考师范类院校。")


# ---------------------------------------------------------------------------------------------
# employment

_JOBS = ("保洁", "保安", "仓库管理", "餐饮服务", "网店客服", "叉车司机", "家政服务", "护理员")


def _em_contrib(c: _Cell) -> str:
    return (f"参保人{c.N()}，{c.idno()}，{c.rng.choice((2025, 2026))}年度城乡居民养老保险选择"
            f"{c.pick(('300', '500', '1000', '2000'))}元档次缴费，由{c.village()}协办员{c.N()}代收代缴。")


def _em_death(c: _Cell) -> str:
    return (f"待遇领取人{c.N('old')}已于{c.date()}去世，其家属{c.N()}申报停发养老金，多发{c.amount(100, 3000)}元"
            f"已从个人账户{c.L('余额')}中扣回。")


def _em_unemployed(c: _Cell) -> str:
    return (f"{c.N()}（{c.phone()}）办理失业登记，原单位{c.company()}，{c.date()}离职，求职意向：{c.pick(_JOBS)}；"
            f"已推荐至{c.company()}面试。")


def _em_posts(c: _Cell) -> str:
    return (f"公益性岗位安置人员：{c.N()}（保洁）、{c.N()}（护林员，{c.L('林区')}巡护）、{c.N()}"
            f"（{c.L('石子路')}养护），岗位补贴每人每月{c.amount(600, 1500)}元。")


def _em_aid(c: _Cell) -> str:
    return (f"就业困难人员{c.N()}，{c.age(35, 59)}岁，经{c.T('主任')}推荐与{c.company()}签订"
            f"{c.rng.randint(1, 3)}年劳动合同，享受社会保险补贴。")


def _em_short(c: _Cell) -> str:
    return f"{c.N()} 灵活就业 社保补贴{c.amount(100, 900)}元 {c.rng.randint(1, 12)}月"


def _em_proxy(c: _Cell) -> str:
    return (f"由{c.N()}代其父亲{c.N('oldm', kin=True)}办理养老待遇资格认证，认证地点{c.village()}便民服务站，"
            f"{c.L('常住')}地址未变。")


def _em_payroll(c: _Cell) -> str:
    items = c.series(lambda: f"{c.N()} {c.amount(600, 1500)}元", 3, 5, ("；", "，"))
    return f"{c.rng.randint(1, 12)}月公益性岗位补贴发放：{items}。"


def _em_dispute(c: _Cell) -> str:
    return (f"{c.N()}与{c.company()}解除劳动合同后，对经济补偿{c.L('金额')}有异议，{c.L('何时')}支付亦未约定，"
            f"已引导其向{c.county()}劳动人事争议仲裁委员会申请仲裁。")


def _em_english(c: _Cell) -> str:
    return (f"Unemployment registration: {c.EN()}, last employer "
            f"{c.L(c.pick(('Li Ning store', 'Zhou Hei Ya outlet')))}, "
            f"registered on {c.isodate()}; referred to a job fair on {c.L('Zhongshan Road')}.")


def _em_training(c: _Cell) -> str:
    return (f"{c.N()}和{c.N()}参加{c.town()}育婴员培训，结业考试合格，培训补贴每人{c.amount(600, 1800)}元"
            f"发放至本人账户。")


def _em_minority(c: _Cell) -> str:
    return (f"新疆籍务工人员{c.N()}在{c.company()}从事{c.pick(_JOBS)}工作，已办理就业登记，{c.T('会计')}代为申领"
            f"一次性交通补贴{c.amount(300, 800)}元。")


def _em_benefit(c: _Cell) -> str:
    return (f"{c.N()}{c.idno()} 失业保险金 {c.amount(1200, 1900)}元/月 {c.rng.randint(3, 24)}个月 "
            f"{c.pick(('已核定', '待复核', '停发'))}")


# ---------------------------------------------------------------------------------------------
# housing_relocation


def _ho_repair(c: _Cell) -> str:
    return (f"户主{c.N('old')}，{c.village()}，家庭人口{c.rng.randint(1, 6)}人，{c.L('房屋')}鉴定为"
            f"{c.pick('CD')}级危房，{c.rng.choice((2025, 2026))}年实施{c.pick(('加固改造', '拆除重建'))}，"
            f"补助{c.amount(8000, 35000)}元；施工队长{c.N('m')}，帮扶责任人{c.N()}。")


def _ho_relocate(c: _Cell) -> str:
    return (f"{c.N()}一户{c.rng.randint(2, 7)}人由{c.village()}整体搬迁至{c.community()}安置点，"
            f"{c.L('安置')}房{c.rng.randint(50, 125)}平方米，钥匙已交付户主之子{c.N('m', kin=True)}。")


def _ho_environment(c: _Cell) -> str:
    return (f"{c.village()}人居环境整治：{c.N()}家门前柴草乱堆，{c.N()}家旱厕未改造，已督促限期清理，"
            f"由{c.T('书记')}负责复查。")


def _ho_accept(c: _Cell) -> str:
    return (f"{c.date()}，镇村两级与{c.N()}（户主）共同验收，墙体、屋面、{c.L('门窗')}均合格；验收人：{c.N()}、{c.N()}。")


def _ho_short(c: _Cell) -> str:
    return (f"{c.N('old')}  {c.pick('CD')}级  {c.pick(('拆除重建', '维修加固'))}  {c.pick(('已竣工', '在建', '未开工'))}")


def _ho_trad(c: _Cell) -> str:
    return f"戶主{c.NT()}，危房改造補助{c.amount(8000, 30000)}元已於{c.date()}發放至本人賬戶。"


def _ho_list(c: _Cell) -> str:
    items = c.series(c.N, 3, 6, ("、", "，", " "))
    return f"{c.rng.choice((2025, 2026))}年第二批改厕户：{items}（{c.village()}）"


def _ho_roof(c: _Cell) -> str:
    return (f"给{c.N('old')}老人更换{c.L('石棉瓦')}屋面，由{c.town()}施工队承建，{c.L('施工')}期间老人暂住其女"
            f"{c.N('f')}家。")


def _ho_reclaim(c: _Cell) -> str:
    return (f"{c.N()}户原住{c.L('毛坯')}房，搬迁后旧宅已拆除复垦，复垦面积{c.rng.randint(1, 9)}.{c.rng.randint(0, 9)}亩，"
            f"复垦奖补{c.L('钱款')}由{c.town()}统一发放。")


def _ho_help(c: _Cell) -> str:
    return (f"帮扶责任人{c.N()}{c.phone()}对接{c.village()}{c.N('old')}户，协调{c.company()}捐赠床铺两张，"
            f"{c.L('白天')}入户时老人不在家。")


# ---------------------------------------------------------------------------------------------
# village_affairs


def _va_voters(c: _Cell) -> str:
    return (f"{c.village()}第{c.rng.randint(1, 6)}选区选民登记变动：新增{c.N('young')}（年满十八周岁）、"
            f"{c.N()}（迁入）；减少{c.N('old')}（死亡）。")


def _va_dividend(c: _Cell) -> str:
    rows = c.series(lambda: f"{c.N()} {c.amount(200, 3000)}元", 3, 6, ("；", "，", " "))
    return f"{c.village()}{c.rng.choice((2025, 2026))}年集体经济收益分红{c.L('明细')}：{rows}。户代表签字领取。"


def _va_work(c: _Cell) -> str:
    return (f"村务公开：修建{c.village()}至{c.village()}{c.L('石子路')}{c.rng.randint(1, 5)}.{c.rng.randint(0, 9)}公里，"
            f"用工{c.N()}、{c.N()}等{c.rng.randint(5, 20)}人，工资共计{c.amount(5000, 60000)}元已发放。")


def _va_representative(c: _Cell) -> str:
    return (f"户代表{c.N()}（家庭人口{c.rng.randint(2, 7)}人）同意将承包地入股{c.L(c.pick(_COOPS))}，"
            f"按股分红，{c.L('成员')}身份不变。")


def _va_short(c: _Cell) -> str:
    return f"{c.N()}、{c.N()}  选民证已领"


def _va_proxy(c: _Cell) -> str:
    return (f"{c.N()}外出务工，书面委托{c.N()}代为投票，委托书已存档，{c.T('会计')}见证。")


def _va_members(c: _Cell) -> str:
    return (f"新增集体经济组织{c.L('成员')}：{c.N('young')}（出生）、{c.N('f')}（婚入）；{c.N()}因户口迁出、"
            f"不在本村{c.L('常住')}，不再确认。")


def _va_trad(c: _Cell) -> str:
    return f"村民{c.NT()}、{c.NT()}對分紅方案無異議，已在公示{c.L('明細')}上簽字。"


def _va_meeting(c: _Cell) -> str:
    return (f"村民代表会议：{c.N()}提议将{c.L('林区')}承包费用于修路，{c.N()}附议，同{c.N()}意见相左的"
            f"{c.rng.randint(2, 6)}人弃权，{c.L('党支部')}决定张榜公示后实施。")


def _va_age(c: _Cell) -> str:
    items = c.series(lambda: f"{c.N('old')}{c.age(80, 99)}岁", 2, 4, ("、", "，"))
    return f"{c.village()}重阳节慰问高龄老人：{items}，每人发放慰问金{c.amount(200, 500)}元。"


# ---------------------------------------------------------------------------------------------
# safety_inspection


def _sa_fire(c: _Cell) -> str:
    return (f"{c.date()}检查{c.shop()}，负责人{c.N()}，发现灭火器过期{c.rng.randint(1, 6)}具、{c.L('安全出口')}堵塞，"
            f"责令立即整改；电工{c.N()}无证上岗，已告知。")


def _sa_weld(c: _Cell) -> str:
    return (f"{c.company()}{c.L('车间')}电焊作业未办理动火审批，安全员{c.N()}不在岗，现场负责人{c.N()}"
            f"（{c.phone()}）签收责令整改通知书。")


def _sa_recheck(c: _Cell) -> str:
    return (f"经复查，{c.N()}经营的{c.shop()}已更换老化电线，{c.L('易燃')}物品已清理，同意恢复营业。")


def _sa_short(c: _Cell) -> str:
    return f"{c.N()} 液化气钢瓶{c.rng.randint(1, 5)}只 {c.pick(('已搬离', '已更换', '未整改'))}"


def _sa_nine(c: _Cell) -> str:
    return (f"九小场所：{c.shop()}（业主{c.N()}）、{c.shop()}（业主{c.N()}）夜间住人，已劝离，"
            f"{c.L('严禁')}“三合一”。")


def _sa_let(c: _Cell) -> str:
    return (f"检查组让{c.N()}把电动车推出楼道，给{c.N()}讲解灭火器使用方法，{c.L('严禁')}在楼道充电。")


def _sa_height(c: _Cell) -> str:
    return (f"{c.company()}{c.L('高处')}作业人员{c.N()}未系{c.L('安全带')}，{c.T('经理')}当场叫停，对班组长"
            f"{c.N()}批评教育。")


def _sa_english(c: _Cell) -> str:
    return (f"Fire check at {c.L(c.pick(('Wang Ji Dumplings', 'Lao Li BBQ', 'Chen Ji Congee')))}: owner {c.EN()}; "
            f"extinguisher expired; electrician {c.EN()} has no licence.")


def _sa_farm(c: _Cell) -> str:
    return (f"{c.village()}{c.L('林区')}防火检查：护林员{c.N()}在岗，发现有人在坟地烧纸，{c.L('于是')}"
            f"把{c.N()}劝离并收缴火种。")


def _sa_wiring(c: _Cell) -> str:
    return (f"电工{c.N('m')}师傅和学徒{c.N('young')}在{c.shop()}后厨私拉电线，已责令拆除，{c.L('严禁')}"
            f"将插线板放在{c.L('易燃')}物旁。")


# ---------------------------------------------------------------------------------------------
# honours (public capacity: names are look-alikes)

_HONOUR_KINDS = ("人民调解员", "乡村医生", "护林员", "志愿者", "教师", "村党组织书记", "网格员", "消防员")


def _pu_decision(c: _Cell) -> str:
    names = c.series(c.P, 4, 7)
    return (f"关于表彰{c.rng.choice((2025, 2026))}年度{c.county()}优秀{c.pick(_HONOUR_KINDS)}的决定：经研究，"
            f"决定授予{names}等同志“优秀{c.pick(_HONOUR_KINDS)}”称号。希望受表彰的同志弘扬{c.L('焦裕禄')}精神。")


def _pu_candidates(c: _Cell) -> str:
    units = (c.hospital, c.school, c.company, c.clinic)
    items = c.series(lambda: f"{c.P()}（{c.pick(units)()}）", 3, 5, ("，",))
    return (f"{c.county()}“最美{c.pick(_HONOUR_KINDS)}”拟表彰人选公示：{items}。公示期5个工作日，"
            f"监督电话0534-{c.rng.randint(2000000, 8999999)}。")


def _pu_model(c: _Cell) -> str:
    return (f"授予{c.P()}同志“{c.county()}劳动模范”称号，授予{c.P()}、{c.P()}同志“先进工作者”称号；"
            f"号召全县干部群众向{c.L('孔繁森')}同志学习。")


def _pu_village(c: _Cell) -> str:
    names = c.series(c.P, 3, 6)
    return f"{c.village()}“好媳妇”“好婆婆”评选结果：{names}，学{c.L('雷锋')}志愿服务队{c.T('队长')}颁奖。"


# ---------------------------------------------------------------------------------------------
# signage (no names)


def _sg_strip(c: _Cell) -> str:
    return (f"{c.road()}沿街门头牌匾整治：{c.shop()}、{c.shop()}、{c.shop()}招牌超出墙体，已拆除重装。")


def _sg_lightbox(c: _Cell) -> str:
    return (f"{c.road()}{c.rng.randint(1, 300)}号{c.shop()}门头灯箱破损，店主{c.T('老板')}承诺三日内修复。")


def _sg_brand(c: _Cell) -> str:
    return (f"{c.company()}在{c.road()}设置落地广告牌，占用人行道，已责令撤除；相邻{c.shop()}一并整改。")


def _sg_english(c: _Cell) -> str:
    return (f"Signboard check on {c.L(c.pick(('Zhongshan Road', 'Jiefang Road', 'Lu Xun Road')))}: "
            f"{c.L(c.pick(('Li Ning', 'Zhou Hei Ya', 'Zhang Xiaoquan')))} store and "
            f"{c.L(c.pick(('Wang Ji Dumplings', 'Lao Li BBQ')))} must replace their light boxes.")


def _sg_trad(c: _Cell) -> str:
    return (f"{c.shop()}店招使用繁体字“{c.L(c.pick(('陳記粥鋪', '劉記鮮肉包', '張家餃子館', '馬記牛肉麵')))}”，"
            f"已告知{c.T(c.pick(('老板', '经理', '店长')))}按规范用字更换。")


def _sg_town(c: _Cell) -> str:
    return (f"{c.town()}{c.L('高铁')}站前广场：{c.shop()}、{c.company()}霓虹灯夜间未关闭，{c.T('所长')}现场督办。")


_TEMPLATES: dict[str, tuple[_Template, ...]] = {
    "traffic": (_tr_violation, _tr_accident, _tr_parties, _tr_taxi, _tr_ridehail, _tr_short,
                _tr_lend, _tr_ebike, _tr_drunk, _tr_volunteer, _tr_trad, _tr_english, _tr_to,
                _tr_scrape, _tr_lost, _tr_camera),
    "court_service": (_co_service, _co_hearing, _co_dishonest, _co_list, _co_divorce, _co_restrict,
                      _co_arbitration, _co_paid, _co_short, _co_trad, _co_bare, _co_list_in),
    "birth_vaccine": (_bv_dose, _bv_birth, _bv_reissue, _bv_death, _bv_short, _bv_missed,
                      _bv_reaction, _bv_jaundice, _bv_english, _bv_pair),
    "school_status": (_sc_transfer, _sc_grant, _sc_admit, _sc_suspend, _sc_dropout, _sc_scores,
                      _sc_short, _sc_essay, _sc_with, _sc_english, _sc_trad, _sc_teacher),
    "employment": (_em_contrib, _em_death, _em_unemployed, _em_posts, _em_aid, _em_short,
                   _em_proxy, _em_payroll, _em_dispute, _em_english, _em_training, _em_minority,
                   _em_benefit),
    "housing_relocation": (_ho_repair, _ho_relocate, _ho_environment, _ho_accept, _ho_short,
                           _ho_trad, _ho_list, _ho_roof, _ho_reclaim, _ho_help),
    "village_affairs": (_va_voters, _va_dividend, _va_work, _va_representative, _va_short,
                        _va_proxy, _va_members, _va_trad, _va_meeting, _va_age),
    "safety_inspection": (_sa_fire, _sa_weld, _sa_recheck, _sa_short, _sa_nine, _sa_let,
                          _sa_height, _sa_english, _sa_farm, _sa_wiring),
    "honours": (_pu_decision, _pu_candidates, _pu_model, _pu_village),
    "signage": (_sg_strip, _sg_lightbox, _sg_brand, _sg_english, _sg_trad, _sg_town),
}


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of ``needle`` in ``text``, overlapping ones included."""
    found, start = [], text.find(needle)
    while start != -1:
        found.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return found


def planting_errors(remark: Remark) -> list[str]:
    """What breaks the set's contract in one cell (empty when the cell is sound).

    Every name stands exactly once and touches no other planted string; every look-alike stands
    in the text; a name is never also a look-alike.
    """
    errors = []
    if len(set(remark.names)) != len(remark.names):
        errors.append("a name is planted twice")
    for name in remark.names:
        spans = _spans(remark.text, name)
        if len(spans) != 1:
            errors.append(f"name {name!r} occurs {len(spans)} times")
            continue
        (start, end), = spans
        for other in [n for n in remark.names if n != name] + remark.lookalikes:
            if other == name:
                errors.append(f"name {name!r} is also a look-alike")
                continue
            if any(s < end and start < e for s, e in _spans(remark.text, other)):
                errors.append(f"name {name!r} overlaps {other!r}")
    for lookalike in remark.lookalikes:
        if lookalike not in remark.text:
            errors.append(f"look-alike {lookalike!r} is missing")
    return errors


def _family_counts(n: int) -> dict[str, int]:
    """The WEIGHTS mix scaled to ``n`` cells (largest remainders, ties in WEIGHTS order)."""
    total = sum(WEIGHTS.values())
    exact = {f: n * w / total for f, w in WEIGHTS.items()}
    counts = {f: int(v) for f, v in exact.items()}
    order = sorted(WEIGHTS, key=lambda f: (counts[f] - exact[f], list(WEIGHTS).index(f)))
    for family in order[: n - sum(counts.values())]:
        counts[family] += 1
    return counts


def _make_cell(rng: random.Random, family: str, with_names: bool, seen: set[str]) -> Remark:
    templates = _TEMPLATES[family]
    for _ in range(500):
        cell = _Cell(rng, family, with_names)
        text = rng.choice(templates)(cell)
        remark = Remark(text=text, family=family, names=cell.names, lookalikes=cell.lookalikes,
                        public_officials=family in PUBLIC_FAMILIES)
        if text in seen or planting_errors(remark):
            continue
        if with_names and not remark.names:
            continue
        if not with_names and not remark.lookalikes:
            continue
        seen.add(text)
        return remark
    raise RuntimeError(f"no sound cell for family {family!r} in 500 tries")


def make_remarks(n: int = 2000, seed: int = 7171) -> list[Remark]:
    """``n`` cells in the WEIGHTS mix, shuffled; the same seed gives the same cells."""
    rng = random.Random(seed)
    seen: set[str] = set()
    remarks: list[Remark] = []
    for family, count in _family_counts(n).items():
        blank = set(rng.sample(range(count), round(count * NO_NAME_SHARE))) \
            if family in NAME_FAMILIES else set(range(count))
        remarks.extend(_make_cell(rng, family, i not in blank, seen) for i in range(count))
    rng.shuffle(remarks)
    return remarks


def _tally(remarks: list[Remark]) -> dict[str, int]:
    return {
        "cells": len(remarks),
        "names": sum(len(r.names) for r in remarks),
        "lookalikes": sum(len(r.lookalikes) for r in remarks),
        "with_name": sum(1 for r in remarks if r.names),
    }


def describe(remarks: list[Remark]) -> dict:
    """Counts of cells, names, look-alikes and cells with a name, overall and per family."""
    families = sorted({r.family for r in remarks}, key=lambda f: list(WEIGHTS).index(f)
                      if f in WEIGHTS else len(WEIGHTS))
    return {**_tally(remarks),
            "families": {f: _tally([r for r in remarks if r.family == f]) for f in families}}
