"""FROZEN sixth edition of the free-text remark set for the person-name detector.

Written blind on 2026-12-05. Its author read only the project brief, the personal-data part of
the shared reference DOMAIN.md and the ``Remark`` dataclass of ``remarks.py``; not the detector (nothing under
``src/gongkai/deid/``, code or data), not the name benchmark, its tuned sets or README, not the
earlier editions' generators, not the name/deid tests and not any surname or given-name list of the
repository; the detector was never run on these cells. Every pool and sentence below was written
from the author's own knowledge of Chinese names and of provincial administrative writing, for
document kinds the earlier editions do not use (no 低保, 行政处罚, 12345, medical/education aid,
judicial notes, English vendor export or gazette appointments).

Families, as ``describe(make_remarks())`` prints them (n=2000, seed 6161; cells / planted names /
planted look-alikes / cells carrying a name):

- housing             300 / 580 / 959 / 270  公租房配租, 租赁补贴, 房屋征收补偿 remarks
- farm_subsidy        280 / 450 / 744 / 252  农机购置补贴, 耕地地力补贴, 惠农一卡通 remarks
- wage_arrears        280 / 586 / 813 / 252  劳动保障监察 欠薪 cases, 工伤认定 notes
- market_inspection   240 / 391 / 829 / 216  食品抽检 and 市场监管 on-site inspection notes
- veterans_allowance  260 / 474 / 591 / 234  优抚, 高龄津贴, 残疾人两项补贴 remarks
- land_registry       240 / 421 / 584 / 216  不动产, 宅基地 and 林权 registration notes
- residence_register  160 / 248 / 314 / 144  境外人员住宿, 港澳台居民 and 流动人口 registration
- place_names         120 /   0 / 443 /   0  标准地名 and 地名普查 remarks (no names)
- river_chief         120 /   0 / 583 /   0  河长制/林长制 公示 (officials public: look-alikes)

Total: 2000 cells, 3150 names, 5860 look-alikes, 1584 cells with a name.

In each name family a tenth of the cells carries no name (only look-alikes). Staff who act in an
ordinary capacity (抽样人员, 网格员, 代办人) count as personal names; only the 河长/林长 officials of
``river_chief``, whose names a public notice board must show, are public (``public_officials``).

Surface forms: two-character names padded with a full-width or ASCII space (the planted string is
the padded form as it stands), lists separated by 、，/ ；, names in （）and【】, names followed
directly by an amount, ID or phone, by 同志/老人/之子/之妻/家属, names after 经/由/与/向/和/给/对/被,
names opening a cell, traditional characters, Korean/Japanese/Vietnamese names in characters or
romanisation, Hong Kong and Taiwan romanisation, Uyghur/Kazakh names with several kinds of middle
dot, Tibetan, Mongolian and Yi names, names that are ordinary words, single-character given names,
rare Shandong and compound surnames.

Look-alikes: Shandong counties, streets and villages that read as names (高唐县, 王舍人街道, 夏庄街道,
张楼村), roads, estates, bridges, schools, companies and shops named after people or families,
product and hazard names (张小泉, 康师傅, 孔雀石绿, 苏丹红), masked forms (王某, 张**, 刘×, 王*华),
surname + title (陈书记, 老刘), words that begin with a surname character (单元, 高温补贴, 党参),
public figures in public phrases (李清照纪念堂, 雷锋精神), rivers and mountains, and officials.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from .remarks import Remark

VERSION = "frozen-remarks-6 (2026-12-05)"

FAMILIES: dict[str, str] = {
    "housing": "公租房配租、租赁补贴和房屋征收补偿的备注：申请人、共同申请人、承租人、被征收人",
    "farm_subsidy": "农机购置补贴、耕地地力补贴和惠农一卡通的备注：购机者、户主、代办人、村组",
    "wage_arrears": "劳动保障监察欠薪案件和工伤认定：农民工名单与金额、包工头、项目经理",
    "market_inspection": "食品抽检和市场监管现场检查：经营者、负责人、抽样人员，以人名或姓氏命名的店铺和品牌",
    "veterans_allowance": "优抚、高龄津贴、残疾人两项补贴：烈属、遗属、代领亲属、监护人",
    "land_registry": "不动产、宅基地和林权登记：权利人、共有人、继承人、四至邻户，含繁体旧契",
    "residence_register": "境外人员住宿、港澳台居民和流动人口登记：外文、罗马字和少数民族姓名，部分英文",
    "place_names": "标准地名和地名普查备注：以姓氏或人物命名的村、路、桥、学校，无个人姓名",
    "river_chief": "河长制、林长制公示：官员以公职身份列出，姓名公开，作为look-alike",
}

WEIGHTS: dict[str, int] = {
    "housing": 300,
    "farm_subsidy": 280,
    "wage_arrears": 280,
    "market_inspection": 240,
    "veterans_allowance": 260,
    "land_registry": 240,
    "residence_register": 160,
    "place_names": 120,
    "river_chief": 120,
}

NAME_FAMILIES: tuple[str, ...] = (
    "housing", "farm_subsidy", "wage_arrears", "market_inspection",
    "veterans_allowance", "land_registry", "residence_register",
)

#: the family whose listed people are officials named in a public capacity
PUBLIC_OFFICIAL_FAMILIES: tuple[str, ...] = ("river_chief",)

#: share of a name family's cells that carry no name at all
NO_NAME_SHARE = 0.10

# ---------------------------------------------------------------------------------------------
# Name pools (the author's own)
# ---------------------------------------------------------------------------------------------

_SUR_TOP = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
_SUR_REST = "".join(dict.fromkeys(
    "梁宋郑谢韩唐冯于董肖程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚"
    "谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安"
    "颜倪严牛温季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪"
    "靳盛童项曲成游裴席卫查屈鲍位翁隋景单包司柏宁柯阮桂解强柴华车冉房边吉饶刁戚米池滕苑臧宫宗"))
# surnames frequent in Shandong and rare elsewhere, many of them ordinary words
_SUR_RARE = "亓逄綦邴禚仉鞠栾衣战初修由原盖展迟郗昝訾逯厍隗佴相尉仇种麻揭矫鹿郇国门那冷"
_SUR_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "皇甫", "东方", "公孙", "令狐", "慕容", "尉迟",
                 "宇文", "长孙", "夏侯", "端木", "南宫", "申屠", "司徒", "澹台", "呼延", "闻人",
                 "钟离", "濮阳", "第五")

_GIVEN_M1 = "建国军华明伟志海振永文学忠洪德庆宝福立兴春新长玉开家俊子浩宇博嘉泽思天晓传"
_GIVEN_M2 = "国军华明伟强磊勇平涛斌刚波辉林杰鹏亮飞东成龙春庆宝福德兴山兵超俊浩宇轩博睿晨泽昊铭凯鑫阳鸣峰坤"
_GIVEN_F1 = "秀玉桂凤淑丽美春红晓雪静慧欣思雨梦佳婉若诗金翠兰海素"
_GIVEN_F2 = "英兰芳丽红梅霞燕玲珍娟敏静洁婷雪琳颖萍慧莉艳娜倩欣怡悦涵萱雯琪荣云月香花"
_GIVEN_SINGLE_M = "伟强磊勇军平涛斌刚波辉杰鹏亮飞超浩宇博峰鑫凯坤"
_GIVEN_SINGLE_F = "芳丽红梅霞燕玲娟敏静洁婷雪琳颖萍慧莉艳娜倩欣怡悦雯琪"
# given names of the older rural generation, kept whole
_GIVEN_ELDER_M = ("长贵", "富贵", "有才", "来福", "福顺", "守田", "广田", "庆丰", "连生", "水生", "春生",
                  "根生", "金锁", "铁柱", "传福", "继祖", "学礼", "德胜", "廷玉", "殿臣", "宪章", "兆祥",
                  "汝贤", "承恩")
_GIVEN_ELDER_F = ("桂兰", "秀英", "玉兰", "凤英", "淑珍", "桂英", "玉珍", "秀兰", "桂芝", "金花", "翠花",
                  "兰英", "素芬", "二妮", "大妮", "小芹")
# full names that are also ordinary words
_WORD_NAMES = ("高峰", "江山", "金鑫", "常青", "方圆", "石磊", "文静", "白雪", "向阳", "林海", "夏天",
               "黎明", "钱进", "于洋", "田野", "马力", "万里", "任重", "高原", "金山", "杨柳", "齐心",
               "安宁", "康乐", "温暖", "宁静", "方正", "石峰", "华山", "龙飞", "丛林", "车站")

_TRAD_SUR = "陳黃劉張楊趙吳鄭謝馮蔣沈韓許鄧蕭葉蘇盧鍾龔林王李周徐孫胡朱高何郭馬羅梁宋唐董程曹袁傅曾彭呂蔡賈魏薛閻潘杜戴夏汪田姜范石姚譚廖鄒熊金陸孔白崔康毛邱秦江顧侯邵孟龍萬段雷錢湯尹黎"
_TRAD_GIVEN1 = "國華明偉誌建軍東龍輝鵬傑濤宏榮慶興寶順貴麗鳳蘭淑珍秀英翠雲嘉銘俊"
_TRAD_GIVEN2 = "國華明偉強軍東龍輝鵬傑濤宏榮慶興寶順貴麗鳳蘭珍芳娟萍靜潔婷雪琳穎慧莉艷娜倩欣怡瑩雯琪美惠玲雲"

_UY_OWN = ("买买提", "吐尔逊", "艾力", "阿不都热合曼", "艾买提", "阿依古丽", "热依拉", "古丽米热",
           "努尔艾力", "迪丽努尔", "帕提古丽", "麦麦提敏", "祖力胡玛尔", "阿迪力", "米热古丽", "努尔兰",
           "叶尔兰", "阿依达娜", "别克波拉提", "库兰", "再努尔", "玛依拉", "吐尔逊娜依", "阿丽米拉")
_UY_FATHER = ("买买提", "吐尔逊", "艾力", "阿不都热合曼", "艾买提", "阿不都拉", "卡斯木", "艾合买提",
              "依明", "吐尔洪", "司马义", "托合提", "吾守尔", "热合曼", "哈力木", "别克", "加纳尔",
              "哈木扎", "努尔兰", "木拉提")
# the separators seen between the parts of a transliterated name
_DOTS = ("·", "·", "·", "•", "・", "．", "‧", "･", "-", ".", "")
_TIBETAN = ("扎西", "次仁", "格桑", "达娃", "尼玛", "卓玛", "央金", "拉姆", "多吉", "顿珠", "平措",
            "旺堆", "洛桑", "丹增", "索朗", "普布", "边巴", "德吉", "央宗", "益西", "曲珍", "白玛")
_MONGOL = ("巴特尔", "乌云其木格", "那顺巴雅尔", "额尔敦毕力格", "其其格", "苏和", "敖登格日勒", "宝音",
           "朝鲁", "阿拉坦仓", "孟和", "特木尔", "乌力吉", "萨仁", "图雅", "巴图", "哈斯", "吉日嘎拉")
_YI = ("阿西木呷", "吉克阿依", "沙马阿果", "曲比拉哈", "阿苏阿呷", "吉木子洛", "马海阿衣", "俄木沙马",
       "勒格伍各", "阿尔日哈", "吉克石布", "曲木阿作")

_KR_SUR = {"金": "KIM", "李": "LEE", "朴": "PARK", "崔": "CHOI", "郑": "JUNG", "姜": "KANG",
           "赵": "CHO", "尹": "YOON", "张": "JANG", "林": "LIM", "韩": "HAN"}
_KR_GIVEN = {"敏俊": "Min-jun", "智妍": "Ji-yeon", "承熙": "Seung-hee", "秀贤": "Soo-hyun",
             "贤宇": "Hyun-woo", "美善": "Mi-sun", "在勋": "Jae-hoon", "正浩": "Jung-ho",
             "惠珍": "Hye-jin", "东旭": "Dong-wook", "成民": "Sung-min", "恩惠": "Eun-hye",
             "夏恩": "Ha-eun", "相佑": "Sang-woo", "允儿": "Yoon-ah", "泰亨": "Tae-hyung",
             "珉浩": "Min-ho", "知秀": "Ji-soo"}
_JP_SUR = {"佐藤": "Sato", "铃木": "Suzuki", "高桥": "Takahashi", "田中": "Tanaka", "渡边": "Watanabe",
           "伊藤": "Ito", "山本": "Yamamoto", "中村": "Nakamura", "小林": "Kobayashi", "加藤": "Kato",
           "吉田": "Yoshida", "山田": "Yamada", "松本": "Matsumoto", "井上": "Inoue", "木村": "Kimura",
           "清水": "Shimizu"}
_JP_GIVEN = {"健一": "Kenichi", "一郎": "Ichiro", "由美": "Yumi", "美咲": "Misaki", "翔太": "Shota",
             "直美": "Naomi", "浩二": "Koji", "雅子": "Masako", "大辅": "Daisuke", "惠子": "Keiko",
             "拓也": "Takuya", "花子": "Hanako", "优子": "Yuko", "健太": "Kenta", "阳菜": "Hina"}
_VN_SUR = {"阮": "Nguyen", "陈": "Tran", "黎": "Le", "范": "Pham", "黄": "Huynh", "武": "Vu",
           "裴": "Bui", "邓": "Dang", "吴": "Ngo"}
_VN_GIVEN = {"雄": "Hung", "兰": "Lan", "明": "Minh", "花": "Hoa", "红": "Hong", "成": "Thanh",
             "秋": "Thu", "安": "An", "英": "Anh", "俊": "Tuan", "芳": "Phuong", "海": "Hai"}
_HK_SUR = {"CHAN": "陳", "WONG": "黃", "LEUNG": "梁", "CHEUNG": "張", "LAU": "劉", "HO": "何",
           "NG": "吳", "TSANG": "曾", "LEE": "李", "LAM": "林", "CHOW": "周", "YEUNG": "楊",
           "TSE": "謝", "KWOK": "郭", "FUNG": "馮", "MAK": "麥"}
_HK_GIVEN = {"Tai": "大", "Man": "文", "Siu": "小", "Ming": "明", "Ka": "家", "Yan": "欣",
             "Wai": "偉", "Kit": "傑", "Mei": "美", "Ling": "玲", "Chun": "俊", "Hei": "熙",
             "Yuk": "玉", "Lan": "蘭", "Ho": "浩", "Yin": "賢", "Pui": "佩", "Shan": "珊",
             "Wing": "詠", "Kwan": "君", "Hoi": "凱", "Sze": "詩"}
_TW_SUR = {"Lin": "林", "Chang": "張", "Chen": "陳", "Huang": "黃", "Wu": "吳", "Tsai": "蔡",
           "Hsu": "許", "Kuo": "郭", "Cheng": "鄭", "Hsieh": "謝", "Yang": "楊", "Liu": "劉"}
_TW_GIVEN = {"chih": "志", "wei": "偉", "hsiao": "筱", "ling": "玲", "yi": "怡", "ting": "婷",
             "chien": "建", "hung": "宏", "shu": "淑", "fen": "芬", "ming": "明", "hsien": "賢",
             "chia": "家", "hao": "豪", "mei": "美", "hui": "慧", "tsung": "宗", "jung": "榮"}
_PINYIN_SUR = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu",
               "Sun", "Gao", "Ma", "Guo", "Song", "Yu", "Dong", "Jiang", "Cui")
_PINYIN_GIVEN = ("Jianguo", "Xiuying", "Wei", "Min", "Haitao", "Lina", "Zhiqiang", "Yuhong", "Lei",
                 "Jun", "Fang", "Ping", "Xiaoyu", "Chenxi", "Guihua", "Yufeng", "Tao", "Jing")
_WESTERN_FIRST = ("Michael", "Anna", "Thomas", "Olga", "Jean-Pierre", "Maria", "David", "Sophie",
                  "Lukas", "Emma", "James", "Natalia", "Ahmed", "Fatima", "Carlos", "Ingrid",
                  "Pieter", "Aleksandr", "Priya", "Kwame")
_WESTERN_LAST = ("Brown", "Schmidt", "Müller", "Ivanova", "Martin", "Garcia", "O'Connor", "Dubois",
                 "Novak", "Rossi", "Khan", "Hansen", "van Dijk", "Petrov", "Kowalski", "Silva",
                 "Mensah", "Sharma")
_WESTERN_CN = ("迈克尔·布朗", "安娜·施密特", "奥尔加·伊万诺娃", "大卫·马丁", "索菲·杜波依斯",
               "卢卡斯·诺瓦克", "玛丽亚·加西亚", "艾哈迈德·汗", "娜塔莉亚·彼得罗娃", "英格丽·汉森")

# ---------------------------------------------------------------------------------------------
# Look-alike pools: strings that read like names and are not personal data
# ---------------------------------------------------------------------------------------------

_COUNTIES = ("高唐县", "庆云县", "邹平市", "荣成市", "成武县", "夏津县", "梁山县", "高青县", "周村区",
             "张店区", "金乡县", "文登区", "宁阳县", "高密市", "安丘市", "曹县", "单县", "费县",
             "武城县", "齐河县", "商河县", "乐陵市", "宁津县", "阳谷县", "曲阜市", "邹城市", "滕州市",
             "薛城区", "兰陵县", "桓台县", "莒县", "东平县", "冠县", "莘县", "章丘区", "高唐",
             "庆云", "邹平", "荣成", "成武", "夏津", "梁山", "周村", "张店", "金乡", "章丘")
_STREETS = ("王舍人街道", "王官庄街道", "洪家楼街道", "鲍山街道", "党家街道", "姚家街道", "段店北路街道",
            "吴家堡街道", "孙村街道", "唐冶街道", "郭店街道", "董家街道", "柳埠街道", "仲宫街道",
            "华山街道", "李村街道", "王哥庄街道", "夏庄街道", "湛山街道", "魏家庄街道", "辛庄街道",
            "文化路街道", "舜华路街道", "龙山街道", "明水街道")
_ROADS = ("刘长山路", "中山路", "逸仙路", "建国路", "解放路", "经十路", "历山路", "泉城路", "和平路",
          "山大路", "洪家楼南路", "花园路", "明湖东路", "英雄山路", "舜耕路", "舜华路", "张庄路",
          "段店北路", "燕子山路", "黄河路", "长江路", "泰山路", "振华路", "延安路", "宁夏路",
          "香港中路", "左权路", "靖宇街", "尚志路", "志丹路", "文化西路", "杨家村路", "王府路",
          "马鞍山路", "柳行路", "辛安路")
_ESTATES = ("王府佳苑", "金色港湾", "东方花园", "常青藤小区", "柳园小区", "宋庄社区", "魏家庄社区",
            "林语小区", "欧亚新城", "龙湖春江郦城", "鲁能领秀城", "万科城", "华润中央公园", "白马山小区",
            "祝甸新居", "燕山新居", "甸柳新村", "康居苑", "安居小区", "乐居苑", "温馨家园", "丁家庄小区",
            "齐鲁花园", "汤泉小区", "姚家庄小区", "郝家庄小区", "彭家庄小区", "雷家新村", "韩仓新居",
            "孟家庄安置区")
_BRIDGES = ("张公桥", "李家桥", "王家桥", "刘家桥", "马家沟大桥", "高家河桥", "孙家洼桥", "何家坝桥",
            "周家闸", "赵家桥", "于家桥")
_SCHOOLS = ("田家炳中学", "逸夫楼", "逸夫图书馆", "邵逸夫医院", "嘉庚楼", "曾宪梓教学楼", "中山小学",
            "雷锋小学", "宋庆龄幼儿园", "鲁迅小学", "王府小学", "郭店中学", "张家庄小学", "孟子中学",
            "仲宫中学", "高而小学")
# public figures inside public phrases: not personal data
_SPIRITS = ("雷锋精神", "焦裕禄精神", "孔繁森精神", "王杰精神", "学习雷锋好榜样", "黄大年精神",
            "杨善洲精神", "朱彦夫精神")
_MEMORIALS = ("孔繁森同志纪念馆", "孟子故里", "李清照纪念堂", "辛弃疾纪念祠", "蒲松龄故居", "王羲之故居",
              "戚继光故里", "墨子纪念馆", "王尽美故居", "焦裕禄故居", "诸葛亮故里", "朱彦夫事迹展馆")
_FESTIVALS = ("孔子文化节", "诸葛亮文化旅游节", "孟子故里文化周", "李清照诗词大会", "蒲松龄文化节")
_SHOPS = ("王记面馆", "老张家水饺", "李先生牛肉面", "张亮麻辣烫", "杨国福麻辣烫", "刘一手火锅",
          "周黑鸭", "老孙家羊汤馆", "孙记包子铺", "马记拉面", "朱府私房菜", "石家烧饼", "魏家凉皮",
          "袁记云饺", "杨铭宇黄焖鸡米饭", "徐福记", "老刘家熏肉",
          "陈记烧腊", "钱大妈", "黄记煌", "何师烧烤", "吴裕泰茶庄", "张一元茶庄", "胡大饭馆",
          "老马家牛肉拉面", "高家粥铺", "曹家熟食", "丁记把子肉", "于家烧鸡")
# brands of goods other than food, for complaints about counterfeits
_GOODS_BRANDS = ("周生生", "周大福", "谢瑞麟", "老凤祥", "周六福", "李宁", "乔丹体育", "张小泉", "谭木匠")
_BRANDS = ("王老吉", "老干妈", "王守义十三香", "陈克明挂面", "王致和腐乳",
           "张飞牛肉", "杜康酒", "孔府家酒", "白象方便面", "金锣火腿肠", "张裕葡萄酒", "鲁花花生油",
           "金龙鱼", "周村烧饼", "章丘大葱", "乐陵金丝小枣", "金乡大蒜", "马家沟芹菜", "德州扒鸡",
           "李锦记", "汤达人", "康师傅", "白家粉丝", "安井", "温氏", "蒙牛", "龙大肉食", "双汇")
_HAZARDS = ("黄曲霉毒素B1", "孔雀石绿", "沙门氏菌", "金黄色葡萄球菌", "单核细胞增生李斯特氏菌",
            "恩诺沙星", "司帕沙星", "林可霉素", "苏丹红", "罗丹明B")
_FOODS = ("白酒", "黄酒", "金针菇", "毛肚", "牛肉", "鲍鱼", "花生油", "黄花菜", "杨梅", "李子", "桑葚",
          "石花菜", "柴鸡蛋", "高粱饴")
_MACHINES = ("轮式拖拉机", "玉米收获机", "植保无人机", "谷物烘干机", "旋耕机", "小麦播种机", "花生收获机")
_MACHINE_BRANDS = ("雷沃谷神", "东方红", "常发", "时风", "五征", "金大丰", "雷沃", "巨明", "沃得")
_CROPS = ("黄瓜", "高粱", "谷子", "苗木", "花生", "石榴", "李子", "毛豆", "杨树", "桑树", "党参",
          "牛蒡", "金银花", "白菜", "黄烟", "柳编", "桑葚", "苹果")
_MOUNTAINS = ("蒙山", "鲁山", "华不注山", "艾山", "龙山", "马鞍山", "白云山", "孟良崮", "房干", "齐长城",
              "崂山", "沂山", "徂徕山", "昆嵛山", "尼山", "峄山")
_RIVERS = ("马颊河", "白浪河", "卫运河", "赵王河", "万福河", "王河", "孝妇河", "洙赵新河", "漳卫新河",
           "徒骇河", "小清河", "大汶河", "巨野河", "东鱼河", "胶莱河", "柳沟河", "姜家河")
_CITIES = ("济南", "青岛", "淄博", "潍坊", "临沂", "济宁", "德州", "聊城", "泰安", "烟台", "日照", "菏泽",
           "滨州", "东营", "枣庄", "威海")
_COMPANY_CORES = ("金鑫", "高峰", "江山", "万里", "常青", "黎明", "向阳", "田野", "华山", "方圆", "鲁班",
                  "欧亚", "宋庄", "王府", "齐鲁", "安泰", "龙腾", "庆丰", "文明", "雷锋")
_COMPANY_TRADES = ("建筑劳务有限公司", "建设集团有限公司", "装饰工程有限公司", "劳务分包有限公司",
                   "市政工程有限公司", "园林绿化工程有限公司", "钢结构有限公司", "物业服务有限公司")
_HOTELS = ("万达嘉华酒店", "金陵饭店", "全季酒店", "舜耕山庄", "齐鲁宾馆", "鲁能希尔顿酒店",
           "汤泉度假村", "海景花园大酒店")
_EN_LOOKALIKES = ("Zhongshan Road", "Jianguo Road", "Zhangdian District", "Lijiazhuang Village",
                  "Wangjiazhuang", "Mr. Wang", "Ms. Li", "Dr. Chen", "Li Ning store", "Zhou Hei Ya",
                  "Sun Yat-sen University", "Wangfujing", "Gaotang County", "Shaw Building",
                  "Laoshan District", "Master Kong noodles")

# surnames that with 老/小 make an everyday word (小时, 小康, 老成), which would read ambiguously
_NOT_AFTER_OLD_YOUNG = "时于米车成路康解白麦"
_TITLES = ("先生", "女士", "书记", "主任", "大爷", "大娘", "大姐", "师傅", "老师", "经理", "会计",
           "村长", "支书", "所长", "老板", "阿姨", "工", "站长", "网格长", "队长")
_MASKS = ("某", "某某", "**", "×", "XX", "○○", "某甲", "某乙", "＊＊", " *", "××")

_REL_HOUSE = ("配偶", "妻子", "丈夫", "长子", "次子", "长女", "次女", "儿子", "女儿", "孙子", "孙女",
              "母亲", "父亲", "儿媳", "女婿")
_REL_KIN = ("儿子", "女儿", "长子", "次女", "儿媳", "女婿", "孙子", "侄子", "外甥女", "老伴", "妻子", "丈夫")

_AREA_CODES = ("370102", "370103", "370105", "370112", "370181", "370202", "370203", "370211",
               "370212", "370303", "370305", "370405", "370502", "370602", "370702", "370784",
               "370811", "370902", "371002", "371102", "371302", "371402", "371502", "371602",
               "371702", "371728")


# ---------------------------------------------------------------------------------------------
# Name makers
# ---------------------------------------------------------------------------------------------

def _surname(rng: random.Random) -> str:
    return rng.choice(_SUR_TOP) if rng.random() < 0.5 else rng.choice(_SUR_REST)


def _given(rng: random.Random, sex: str | None = None) -> str:
    male = rng.random() < 0.5 if sex is None else sex == "m"
    r = rng.random()
    if r < 0.28:
        return rng.choice(_GIVEN_SINGLE_M if male else _GIVEN_SINGLE_F)
    if r < 0.36:
        return rng.choice(_GIVEN_ELDER_M if male else _GIVEN_ELDER_F)
    if male:
        return rng.choice(_GIVEN_M1) + rng.choice(_GIVEN_M2)
    return rng.choice(_GIVEN_F1) + rng.choice(_GIVEN_F2)


def _han(rng: random.Random, sex: str | None = None, surname: str | None = None) -> str:
    return (surname or _surname(rng)) + _given(rng, sex)


def _pad(rng: random.Random, name: str) -> str:
    """A two-character name padded to the width of three, as aligned tables print it."""
    return name[0] + rng.choice(("　", "　", " ", "  ")) + name[1]


def _minority(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        own = rng.choice(_UY_OWN)
        father = rng.choice([f for f in _UY_FATHER if f != own])
        return own + rng.choice(_DOTS) + father
    if r < 0.65:
        a, b = rng.sample(_TIBETAN, 2)
        return a + b
    if r < 0.85:
        return rng.choice(_MONGOL)
    return rng.choice(_YI)


def _trad(rng: random.Random) -> str:
    given = rng.choice(_TRAD_GIVEN1) + rng.choice(_TRAD_GIVEN2) if rng.random() < 0.75 \
        else rng.choice(_TRAD_GIVEN2)
    return rng.choice(_TRAD_SUR) + given


def _person(rng: random.Random, pad: float = 0.0, sex: str | None = None,
            surname: str | None = None) -> str:
    """A mainland resident's name: mostly Han, sometimes rare, compound, word-like or minority."""
    r = rng.random()
    if surname:
        name = _han(rng, sex, surname)
    elif r < 0.06:
        name = rng.choice(_WORD_NAMES)
    elif r < 0.14:
        name = rng.choice(_SUR_RARE) + _given(rng, sex)
    elif r < 0.18:
        name = rng.choice(_SUR_COMPOUND) + _given(rng, sex)
    elif r < 0.23:
        return _minority(rng)
    else:
        name = _han(rng, sex)
    if len(name) == 2 and rng.random() < pad:
        return _pad(rng, name)
    return name


# relation words -> the relative's sex, and whether the relative usually bears the same surname
_KIN_SEX = {"配偶": None, "老伴": None, "妻子": "f", "丈夫": "m", "长子": "m", "次子": "m", "儿子": "m",
            "长女": "f", "次女": "f", "女儿": "f", "孙子": "m", "孙女": "f", "母亲": "f", "父亲": "m",
            "儿媳": "f", "女婿": "m", "侄子": "m", "外甥女": "f", "其弟": "m", "其妹": "f", "其子": "m",
            "其女": "f", "其女婿": "m", "之女": "f", "之子": "m", "之妻": "f"}
# relation words -> the sex of the person they relate to (妻子 is someone's wife: he is male)
_SPOUSE_OF = {"妻子": "m", "之妻": "m", "丈夫": "f"}
_SAME_SURNAME = {"长子", "次子", "儿子", "长女", "次女", "女儿", "孙子", "孙女", "父亲", "侄子", "其弟",
                 "其妹", "其子", "其女", "之女", "之子"}


def _surname_of(name: str) -> str | None:
    """The surname of a plain Han name (padded or not); None for other kinds of name."""
    if name[:2] in _SUR_COMPOUND and len(name) <= 4:
        return name[:2]
    if len(name.replace("　", "").replace(" ", "")) <= 3 and name[0] in _SUR_TOP + _SUR_REST + _SUR_RARE:
        return name[0]
    return None


def _korean(rng: random.Random) -> tuple[str, str]:
    sur = rng.choice(list(_KR_SUR))
    given = rng.choice(list(_KR_GIVEN))
    rom_sur, rom_given = _KR_SUR[sur], _KR_GIVEN[given]
    rom = rng.choice((f"{rom_sur} {rom_given.replace('-', '').upper()}", f"{rom_sur.title()} {rom_given}",
                      f"{rom_sur} {rom_given.replace('-', ' ').title()}"))
    return sur + given, rom


def _japanese(rng: random.Random) -> tuple[str, str]:
    sur = rng.choice(list(_JP_SUR))
    given = rng.choice(list(_JP_GIVEN))
    if rng.random() < 0.5:
        rom = f"{_JP_SUR[sur].upper()} {_JP_GIVEN[given]}"
    else:
        rom = f"{_JP_GIVEN[given]} {_JP_SUR[sur]}"
    return sur + given, rom


def _vietnamese(rng: random.Random) -> tuple[str, str]:
    sur = rng.choice(list(_VN_SUR))
    female = rng.random() < 0.6
    middle, rom_middle = ("氏", "Thi") if female else ("文", "Van")
    given = rng.choice(list(_VN_GIVEN))
    rom = f"{_VN_SUR[sur]} {rom_middle} {_VN_GIVEN[given]}"
    return sur + middle + given, rom.upper() if rng.random() < 0.4 else rom


def _hongkong(rng: random.Random) -> tuple[str, str]:
    sur = rng.choice(list(_HK_SUR))
    g1, g2 = rng.sample(list(_HK_GIVEN), 2)
    rom = rng.choice((f"{sur} {g1} {g2}", f"{sur.title()} {g1}-{g2.lower()}", f"{g1} {g2} {sur}"))
    return _HK_SUR[sur] + _HK_GIVEN[g1] + _HK_GIVEN[g2], rom


def _taiwan(rng: random.Random) -> tuple[str, str]:
    sur = rng.choice(list(_TW_SUR))
    g1, g2 = rng.sample(list(_TW_GIVEN), 2)
    rom = rng.choice((f"{sur} {g1.title()}-{g2}", f"{sur.upper()}, {g1.upper()}-{g2.upper()}",
                      f"{g1.title()}-{g2} {sur}"))
    return _TW_SUR[sur] + _TW_GIVEN[g1] + _TW_GIVEN[g2], rom


def _pinyin(rng: random.Random) -> str:
    sur, given = rng.choice(_PINYIN_SUR), rng.choice(_PINYIN_GIVEN)
    return rng.choice((f"{sur} {given}", f"{sur.upper()} {given}", f"{given} {sur}"))


def _western(rng: random.Random) -> str:
    first, last = rng.choice(_WESTERN_FIRST), rng.choice(_WESTERN_LAST)
    return f"{first} {last.upper()}" if rng.random() < 0.3 else f"{first} {last}"


# ---------------------------------------------------------------------------------------------
# One cell under construction
# ---------------------------------------------------------------------------------------------

class _Cell:
    """Collects the planted strings while a template writes its text."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: list[str] = []
        self.looks: list[str] = []

    # -- planted names ------------------------------------------------------------------------
    def keep(self, name: str) -> str:
        self.names.append(name)
        return name

    def name(self, pad: float = 0.0, sex: str | None = None) -> str:
        return self.keep(_person(self.rng, pad, sex))

    def kin(self, of: str, rel: str, pad: float = 0.0) -> str:
        """A relative of ``of``: of the sex the relation word says, often of the same surname."""
        surname = _surname_of(of) if rel in _SAME_SURNAME and self.rng.random() < 0.8 else None
        return self.keep(_person(self.rng, pad, _KIN_SEX.get(rel), surname))

    def han(self, pad: float = 0.0) -> str:
        name = _han(self.rng)
        if len(name) == 2 and self.rng.random() < pad:
            name = _pad(self.rng, name)
        return self.keep(name)

    def trad(self) -> str:
        return self.keep(_trad(self.rng))

    # -- planted look-alikes ------------------------------------------------------------------
    def w(self, s: str) -> str:
        self.looks.append(s)
        return s

    def pick(self, pool: tuple[str, ...]) -> str:
        return self.w(self.rng.choice(pool))

    def official(self) -> str:
        """An official named in a public capacity: public, so a look-alike."""
        return self.w(_han(self.rng))

    def masked(self) -> str:
        rng = self.rng
        sur = _surname(rng)
        r = rng.random()
        if r < 0.15:
            return self.w(sur + rng.choice("*＊×") + rng.choice(_GIVEN_SINGLE_M + _GIVEN_SINGLE_F))
        if r < 0.22:
            return self.w(rng.choice(_SUR_COMPOUND) + "某某")
        return self.w(sur + rng.choice(_MASKS))

    def titled(self) -> str:
        rng = self.rng
        sur = _surname(rng)
        r = rng.random()
        if sur in _NOT_AFTER_OLD_YOUNG:
            r = 1.0
        if r < 0.12:
            return self.w("老" + sur)
        if r < 0.2:
            return self.w("小" + sur)
        return self.w(sur + rng.choice(_TITLES))

    def village(self) -> str:
        rng = self.rng
        head = rng.choice(("", "", "", "东", "西", "南", "北", "前", "后", "大", "小", "上", "下"))
        mid = "家" if rng.random() < 0.5 else ""
        tail = rng.choice(("庄", "村", "疃", "洼", "岭", "埠", "集", "屯", "峪", "沟", "河", "店",
                           "营", "寨", "坡", "楼", "官庄", "圈", "湾", "桥"))
        name = head + _surname(rng) + mid + tail
        if tail != "村" and rng.random() < 0.6:
            name += "村"
        return self.w(name)

    def sample(self) -> str:
        """A sampled product: a branded product with its batch, or a loose food."""
        if self.rng.random() < 0.5:
            return f"{self.pick(_BRANDS)}（批号{self.rng.randint(20250101, 20261231)}）"
        return f"散装{self.pick(_FOODS)}"

    def company(self) -> str:
        rng = self.rng
        return self.w(rng.choice(_CITIES) + rng.choice(_COMPANY_CORES) + rng.choice(_COMPANY_TRADES))

    def coop(self) -> str:
        rng = self.rng
        core = rng.choice((_surname(rng) + "家庄", _surname(rng) + "家洼", rng.choice(_COMPANY_CORES),
                           _surname(rng) + "庄"))
        return self.w(core + rng.choice(("果蔬种植专业合作社", "农机服务专业合作社", "粮食种植专业合作社",
                                         "家庭农场", "苗木专业合作社")))

    # -- plain values (not planted) -----------------------------------------------------------
    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def money(self, lo: int, hi: int) -> str:
        v = self.rng.randint(lo, hi)
        if self.rng.random() < 0.3 and v >= 1000:
            return f"{v:,}"
        if self.rng.random() < 0.2:
            return f"{v}.{self.rng.randint(0, 99):02d}"
        return str(v)

    def date(self) -> str:
        rng = self.rng
        y, m, d = rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice((f"{y}年{m}月{d}日", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日"))

    def idno(self) -> str:
        rng = self.rng
        body = (rng.choice(_AREA_CODES) + f"{rng.randint(1932, 2004)}{rng.randint(1, 12):02d}"
                f"{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}")
        weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        check = "10X98765432"[sum(int(ch) * wt for ch, wt in zip(body, weights)) % 11]
        return body + check

    def phone(self) -> str:
        rng = self.rng
        digits = f"1{rng.choice('3456789')}{rng.randint(0, 999999999):09d}"
        form = rng.randrange(3)
        if form == 1:
            return f"{digits[:3]}-{digits[3:7]}-{digits[7:]}"
        if form == 2:
            return f"{digits[:3]} {digits[3:7]} {digits[7:]}"
        return digits

    def landline(self) -> str:
        return f"0{self.rng.choice(('531', '532', '533', '536', '539', '537', '534', '635'))}-" \
               f"{self.rng.randint(2000000, 8999999)}"

    def sep(self) -> str:
        return self.rng.choice(("、", "、", "、", "，", "/", "；", " "))

    def c(self, *options: str) -> str:
        return self.rng.choice(options)


Template = Callable[[_Cell], str]


# ---------------------------------------------------------------------------------------------
# housing: 公租房 / 租赁补贴 / 房屋征收补偿
# ---------------------------------------------------------------------------------------------

def _housing_allocate(c: _Cell) -> str:
    n1 = c.name()
    rels = c.rng.sample(_REL_HOUSE, c.rng.choice((0, 1, 1, 2, 2, 3)))
    co = "、".join(f"{c.kin(n1, rel)}（{rel}）" for rel in rels)
    co_part = f"，共同申请人{co}" if co else "，单人户"
    return (f"申请人{n1}{co_part}，家庭人均月收入{c.money(700, 2600)}元，经{c.pick(_STREETS)}初审、"
            f"区住建局复核，摇号配租{c.pick(_ESTATES)}{c.n(1, 30)}号楼{c.n(1, 4)}{c.w('单元')}"
            f"{c.n(1, 18)}0{c.n(1, 4)}室，{c.c('租金按市场租金的30%收取', '于当月起计租', '已签订租赁合同')}。")


def _housing_table(c: _Cell) -> str:
    n1, n2 = c.name(pad=0.7), c.name(pad=0.7)
    return (f"{n1}  配偶{n2}  {c.pick(_ESTATES)}  {c.n(38, 60)}㎡  租赁补贴{c.n(180, 620)}元/月"
            f"（{c.w('季度')}发放）")


def _housing_expropriation(c: _Cell) -> str:
    n1 = c.name()
    agent = f"，委托代理人{c.name()}" if c.rng.random() < 0.4 else ""
    return (f"被征收人{n1}（{c.idno()}）{agent}，房屋坐落{c.village()}{c.n(1, 120)}号，{c.w('房屋')}建筑面积"
            f"{c.n(60, 260)}.{c.n(0, 99)}㎡，选择{c.c('货币补偿', '产权调换', '货币补偿加奖励')}，补偿"
            f"{c.w('金额')}{c.n(20, 180)}.{c.n(10, 99)}{c.w('万元')}，已于{c.date()}签订协议。")


def _housing_tenant_change(c: _Cell) -> str:
    n1 = c.name()
    rel = c.c("配偶", "儿子", "女儿", "长子", "次女")
    n2 = c.kin(n1, rel)
    return (f"原承租人{n1}于{c.date()}病故，经家庭成员协商并报{c.pick(_STREETS)}备案，承租人变更为其{rel}"
            f"{n2}，{c.w('房源')}位于{c.pick(_ESTATES)}，租金标准不变。")


def _housing_list(c: _Cell) -> str:
    k = c.n(2, 5)
    parts = [f"{c.name(pad=0.3)}{c.n(1, 24)}-{c.n(1, 3)}-{c.n(101, 1802)}" for _ in range(k)]
    return (f"{c.pick(_ESTATES)}本批入住：{c.sep().join(parts)}，钥匙由{c.titled()}统一发放，"
            f"{c.w('车库')}及{c.w('储藏室')}不在配租范围。")


def _housing_exit(c: _Cell) -> str:
    n1 = c.name()
    return (f"经{c.pick(_STREETS)}入户核查，{n1}家庭已在{c.pick(_ROADS)}购买商品房，不再符合保障条件，"
            f"{c.date()}起停发租赁补贴，由网格员{c.han()}会同{c.titled()}当面告知本人，限{c.n(3, 6)}个月内腾退。")


def _housing_joint_owner(c: _Cell) -> str:
    n1, n2 = c.name(), c.name()
    rel = c.c("其弟", "其妹", "其子", "其女婿")
    n3 = c.kin(n1, rel)
    return (f"被征收房屋为{n1}和{n2}共有，因一方长期在外务工，书面委托{n3}（{rel}）"
            f"代为签约，{c.titled()}、{c.titled()}见证；{c.w('周边')}{c.w('路面')}拓宽涉及附属物另行补偿。")


def _housing_relocation_fee(c: _Cell) -> str:
    n1 = c.name()
    return (f"{n1}户过渡期{c.n(12, 36)}个月，临时安置费按{c.n(8, 20)}元/㎡·月计，搬迁奖励{c.money(5000, 30000)}元，"
            f"安置房源{c.pick(_ESTATES)}，{c.w('高层')}{c.n(8, 26)}楼。")


def _housing_review(c: _Cell) -> str:
    n1, n2 = c.name(), c.name()
    return (f"对{n1}的复核申请：其与{n2}已于{c.date()}离婚，户籍迁至{c.pick(_COUNTIES)}，"
            f"按单人户重新核定，{c.w('常住人口')}信息已更新。")


def _housing_foreign_spouse(c: _Cell) -> str:
    n1 = c.name(sex="m")
    if c.rng.random() < 0.5:
        spouse = c.keep(_korean(c.rng)[0])
        nat = "韩国籍"
    else:
        spouse = c.keep(_vietnamese(c.rng)[0])
        nat = "越南籍"
    return (f"申请人{n1}，配偶{spouse}（{nat}，持永久居留证），按规定共同申请，家庭住房困难，"
            f"拟配租{c.pick(_ESTATES)}，{c.w('房源')}在{c.pick(_STREETS)}辖区。")


def _housing_none_1(c: _Cell) -> str:
    return (f"{c.pick(_ESTATES)}{c.n(1, 30)}号楼{c.masked()}户已腾退，{c.w('房源')}收回待分配，"
            f"{c.w('周边')}配套由{c.pick(_STREETS)}负责。")


def _housing_none_2(c: _Cell) -> str:
    return (f"同上；征收范围东至{c.pick(_ROADS)}，西至{c.village()}，补偿{c.w('金额')}以评估报告为准"
            f"（{c.w('万元')}）。")


def _housing_none_3(c: _Cell) -> str:
    return f"{c.titled()}电话告知：{c.masked()}家已自行搬离，{c.w('单元')}门钥匙交回{c.pick(_STREETS)}。"


# ---------------------------------------------------------------------------------------------
# farm_subsidy: 农机购置补贴 / 耕地地力补贴 / 惠农一卡通
# ---------------------------------------------------------------------------------------------

def _farm_machine(c: _Cell) -> str:
    n1 = c.name()
    agent = f"，由{c.name()}代办" if c.rng.random() < 0.5 else ""
    return (f"购机者{n1}，{c.pick(_COUNTIES)}{c.village()}，购置{c.rng.choice(_MACHINES)}1台"
            f"（{c.pick(_MACHINE_BRANDS)}），补贴{c.w('金额')}{c.money(3000, 42000)}元{agent}，"
            f"已核验{c.c('人机合影', '出厂编号', '发票')}。")


def _farm_fertility(c: _Cell) -> str:
    n1 = c.name()
    return (f"户主{n1}，{c.village()}{c.n(1, 9)}组，确权面积{c.n(2, 15)}.{c.n(0, 9)}亩，其中{c.w('林地')}"
            f"{c.n(0, 3)}.{c.n(1, 9)}亩不计入，补贴{c.money(200, 1800)}元已打入惠农一卡通（尾号{c.n(1000, 9999)}），村报账员{c.name()}核对。")


def _farm_proxy(c: _Cell) -> str:
    rel = c.rng.choice(_REL_KIN)
    n1 = c.name(sex=_SPOUSE_OF.get(rel))
    n2 = c.kin(n1, rel)
    return (f"{n1}（户主）年老行动不便，本年度补贴由其{rel}{n2}持卡代领，{c.titled()}在场核实，"
            f"{c.w('包村干部')}签字。")


def _farm_list(c: _Cell) -> str:
    k = c.n(2, 5)
    sep = c.sep()
    parts = [f"{c.name(pad=0.3)}{c.n(1, 12)}.{c.n(0, 9)}亩" for _ in range(k)]
    return f"{c.village()}：{sep.join(parts)}，合计已报乡镇，{c.w('种粮大户')}另表。"


def _farm_digits(c: _Cell) -> str:
    k = c.n(2, 4)
    parts = [f"{c.name()}{c.money(150, 2400)}元" for _ in range(k)]
    return f"{'；'.join(parts)}（{c.w('高标准农田')}项目区，{c.pick(_CROPS)}）"


def _farm_disaster(c: _Cell) -> str:
    n1 = c.name()
    return (f"{c.date()}冰雹，{c.village()}{n1}家大棚受灾（{c.pick(_CROPS)}{c.n(1, 8)}亩），"
            f"经{c.titled()}现场核实，列入救灾补助名单，{c.w('于是')}补报。")


def _farm_heir(c: _Cell) -> str:
    n1 = c.name(sex="m")
    n2 = c.kin(n1, "其弟")
    return (f"原承包户已故，地力补贴对象变更为其长子{n1}，与其弟{n2}协商一致，由{c.titled()}报"
            f"{c.pick(_STREETS)}，{c.w('田间')}地块四至未变。")


def _farm_wife(c: _Cell) -> str:
    rel = c.c("之妻", "之子")
    n1 = c.name(sex="m")
    n2 = c.kin(n1, rel)
    return (f"{c.village()}{n1}{rel}{n2}申请更换一卡通，原卡（尾号{c.n(1000, 9999)}）挂失，"
            f"{c.w('余额')}{c.money(10, 900)}元转入新卡。")


def _farm_coop(c: _Cell) -> str:
    n1 = c.name()
    crop = c.w("袁隆平杂交水稻") if c.rng.random() < 0.15 else c.pick(_CROPS)
    return (f"{c.coop()}（理事长{n1}{c.phone()}）流转土地{c.n(50, 900)}亩，种植{crop}，"
            f"申报{c.w('高标准农田')}配套补助。")


def _farm_fuel(c: _Cell) -> str:
    n1 = c.name()
    return (f"经{n1}申请，{c.rng.choice(_MACHINES)}作业{c.n(100, 800)}亩，{c.w('柴油')}补贴按"
            f"{c.n(5, 15)}元/亩计，{c.w('时间')}为{c.date()}至麦收结束。")


def _farm_start(c: _Cell) -> str:
    n1 = c.name(pad=0.5)
    return f"{n1}{c.idno()} {c.village()} {c.pick(_CROPS)}{c.n(1, 6)}亩 {c.money(100, 900)}元"


def _farm_none_1(c: _Cell) -> str:
    return (f"{c.village()}{c.masked()}户地块重复申报，已由{c.titled()}核减，{c.w('林地')}部分不予补贴。")


def _farm_none_2(c: _Cell) -> str:
    return (f"{c.pick(_MACHINE_BRANDS)}经销点（{c.pick(_COUNTIES)}）反映补贴{c.w('金额')}未到账，"
            f"已转{c.titled()}办理。")


# ---------------------------------------------------------------------------------------------
# wage_arrears: 欠薪案件 / 工伤认定
# ---------------------------------------------------------------------------------------------

def _wage_list(c: _Cell) -> str:
    k = c.n(3, 8)
    sep = c.sep()
    parts = [f"{c.name(pad=0.4)}{c.money(2000, 38000)}元" for _ in range(k)]
    return (f"{c.company()}拖欠{k}名农民工工资，其中{sep.join(parts)}，"
            f"已责令{c.n(3, 15)}日内支付。")


def _wage_foreman(c: _Cell) -> str:
    n1, n2 = c.name(), c.name()
    return (f"{c.pick(_ESTATES)}二期项目劳务分包负责人（{c.w('包工头')}）{n1}失联，总包单位{c.company()}"
            f"已垫付{c.n(12, 260)}.{c.n(1, 9)}{c.w('万元')}，项目经理{n2}作出书面承诺。")


def _wage_injury(c: _Cell) -> str:
    n1 = c.name()
    return (f"{n1}，{c.c('男', '女')}，{c.n(22, 61)}岁，系{c.company()}员工，{c.date()}在{c.pick(_ROADS)}"
            f"施工现场被{c.w('石料')}砸伤左足，经认定为工伤（{c.c('十级', '九级', '八级')}）。")


def _wage_complaint(c: _Cell) -> str:
    n1 = c.name()
    k = c.n(3, 40)
    return (f"经{n1}等{k}人投诉，{c.company()}在{c.village()}安置房项目欠薪，{c.w('金额')}约"
            f"{c.n(10, 120)}{c.w('万元')}，{c.w('何时')}支付未明确，已立案。")


def _wage_mediate(c: _Cell) -> str:
    n1, n2 = c.name(), c.name()
    return (f"{c.date()}由区劳动保障监察大队组织调解，{c.company()}与{n1}、{n2}达成协议，分"
            f"{c.n(2, 4)}期支付，{c.w('付款')}凭证已存档。")


def _wage_heat(c: _Cell) -> str:
    n1 = c.name()
    return (f"{n1}反映{c.company()}未发放{c.w('高温补贴')}（6—9月），每月{c.n(200, 300)}元，"
            f"已向单位送达整改指令书。")


def _wage_ids(c: _Cell) -> str:
    k = c.n(2, 4)
    parts = [f"{c.name()}{c.idno()}" for _ in range(k)]
    return f"{'；'.join(parts)}（{c.w('班组长')}确认工时，{c.w('车辆')}押金另计）"


def _wage_bracket(c: _Cell) -> str:
    n1 = c.name()
    extra = f"、【{c.name()}】" if c.rng.random() < 0.5 else ""
    return (f"欠薪线索【{n1}】{extra}：{c.pick(_ROADS)}{c.w('路面')}改造工程，拖欠{c.money(3000, 60000)}元，"
            f"{c.titled()}称{c.w('于是')}月底结清。")


def _wage_family(c: _Cell) -> str:
    n1 = c.name()
    return (f"工伤职工{n1}家属到场，申请先行支付医疗费{c.money(8000, 90000)}元，{c.w('关于')}伤残鉴定"
            f"由{c.pick(_COUNTIES)}人社局另行通知。")


def _wage_to(c: _Cell) -> str:
    n1, n2 = c.name(), c.name()
    return (f"用人单位{c.company()}已向{n1}支付{c.money(3000, 40000)}元，给{n2}的{c.money(2000, 20000)}元"
            f"尚欠，{c.w('解除劳动合同')}补偿另案处理。")


def _wage_minority_team(c: _Cell) -> str:
    k = c.n(2, 4)
    parts = [c.keep(_minority(c.rng)) for _ in range(k)]
    return (f"外省务工人员{'、'.join(parts)}在{c.pick(_ESTATES)}工地工资被克扣，{c.w('包工头')}"
            f"{c.masked()}已到案，{c.w('余额')}{c.money(1000, 20000)}元待付。")


def _wage_roster(c: _Cell) -> str:
    rows = [f"{c.name(pad=0.6)} {c.n(8, 31)}天 {c.money(1800, 9000)}元" for _ in range(c.n(4, 7))]
    return (f"{c.pick(_ROADS)}{c.w('路面')}工程工资支付明细（{c.w('班组长')}报送）：\n" + "\n".join(rows))


def _wage_none_1(c: _Cell) -> str:
    return (f"{c.company()}欠薪案：{c.masked()}等{c.n(3, 30)}人，{c.w('金额')}{c.n(5, 80)}{c.w('万元')}，"
            f"已移送公安。")


def _wage_none_2(c: _Cell) -> str:
    return f"{c.titled()}来电咨询{c.w('高温补贴')}标准，已解释，{c.w('何时')}发放由单位定。"


# ---------------------------------------------------------------------------------------------
# market_inspection: 食品抽检 / 现场检查
# ---------------------------------------------------------------------------------------------

def _market_sample(c: _Cell) -> str:
    n1 = c.name()
    staff = "、".join(c.han() for _ in range(c.n(1, 2)))
    return (f"被抽样单位：{c.pick(_COUNTIES)}{c.pick(_SHOPS)}（经营者{n1}），抽样人员{staff}，"
            f"样品{c.sample()}，检验结论：{c.c('合格', '合格', '不合格（复检中）')}。")


def _market_household(c: _Cell) -> str:
    n1 = c.name()
    return (f"个体工商户{c.pick(_SHOPS)}，经营者：{n1}{c.phone()}，{c.pick(_ROADS)}{c.n(1, 300)}号，"
            f"{c.w('冷藏')}设施正常，{c.w('索证索票')}齐全，从业人员{c.name()}健康证{c.c('过期', '有效')}。")


def _market_fail(c: _Cell) -> str:
    n1 = c.name()
    return (f"{c.sample()}（{c.pick(_SHOPS)}）检出{c.pick(_HAZARDS)}，不合格；负责人{n1}已下架封存"
            f"{c.n(2, 60)}公斤，抽样人员{c.han()}送复检，{c.w('台账')}复印留存。")


def _market_onsite(c: _Cell) -> str:
    n1 = c.name()
    return (f"{c.date()}对{c.pick(_SHOPS)}进行日常检查，负责人{n1}在场，执法人员{c.han(pad=0.3)}、{c.han(pad=0.3)}，发现{c.w('温度计')}未校准、"
            f"{c.w('包装')}标签不全，责令整改。")


def _market_start(c: _Cell) -> str:
    n1 = c.name()
    return (f"{n1}，{c.pick(_SHOPS)}，{c.pick(_STREETS)}，{c.w('冷链')}食品专区已设，"
            f"{c.pick(_BRANDS)}进货票据齐全。")


def _market_licence(c: _Cell) -> str:
    n1 = c.name()
    return (f"{n1}申请食品经营许可（{c.pick(_SHOPS)}加盟店），现场核查{c.w('卫生间')}与操作间距离不足，"
            f"暂缓发证，{c.titled()}陪同。")


def _market_staff(c: _Cell) -> str:
    s1, s2 = c.han(pad=0.5), c.han(pad=0.5)
    return (f"抽样人员：{s1}/{s2}；样品：{c.pick(_BRANDS)}；检验项目：{c.pick(_HAZARDS)}；"
            f"抽样地点：{c.pick(_ROADS)}{c.pick(_SHOPS)}。")


def _market_complaint(c: _Cell) -> str:
    n1, n2 = c.name(), c.name()
    return (f"消费者{n1}反映在{c.pick(_SHOPS)}购买的{c.sample()}过期，经营者{n2}同意退一赔十，"
            f"{c.w('计量')}器具另查。")


def _market_by(c: _Cell) -> str:
    n1 = c.name()
    return (f"{c.pick(_GOODS_BRANDS + _BRANDS)}经销商被{n1}举报销售假冒产品，现场查验{c.w('包装')}与正品一致，"
            f"举报不属实，已告知{c.titled()}。")


def _market_none_1(c: _Cell) -> str:
    return (f"{c.pick(_SHOPS)}（{c.pick(_ROADS)}店）抽检{c.sample()}，{c.pick(_HAZARDS)}未检出，"
            f"经营者{c.masked()}签字。")


def _market_none_2(c: _Cell) -> str:
    return f"同批次{c.pick(_BRANDS)}在{c.pick(_COUNTIES)}抽检合格，{c.w('台账')}已核。"


# ---------------------------------------------------------------------------------------------
# veterans_allowance: 优抚 / 高龄津贴 / 残疾人补贴
# ---------------------------------------------------------------------------------------------

def _vet_martyr_family(c: _Cell) -> str:
    n1 = c.name()
    return (f"烈属{n1}，{c.n(70, 96)}岁，{c.village()}，享受定期抚恤，联系人其子{c.kin(n1, '其子')}{c.phone()}，{c.w('党支部')}春节走访，"
            f"{c.w('武装部')}送光荣牌。")


def _vet_elderly(c: _Cell) -> str:
    rel = c.rng.choice(_REL_KIN)
    n1 = c.name(sex=_SPOUSE_OF.get(rel))
    n2 = c.kin(n1, rel)
    return (f"{n1}老人{c.n(80, 104)}岁，{c.w('高龄津贴')}每月{c.c('100', '200', '300', '500')}元，"
            f"由其{rel}{n2}代领（{c.phone()}）。")


def _vet_disabled(c: _Cell) -> str:
    kind = c.c("肢体", "视力", "智力", "精神", "听力")
    rel = c.c("母亲", "父亲", "儿子", "女儿", "妻子", "丈夫", "其弟", "其妹")
    n1 = c.name(sex=_SPOUSE_OF.get(rel))
    n2 = c.kin(n1, rel)
    return (f"{n1}，{kind}{c.c('一', '二', '三', '四')}级残疾，监护人{n2}（{rel}），"
            f"护理补贴与生活补贴合并发放，{c.w('康复训练')}在{c.w('卫生院')}进行。")


def _vet_soldier(c: _Cell) -> str:
    n1 = c.name()
    return (f"退役士兵{n1}同志，{c.n(1998, 2022)}年入伍，{c.c('自主就业', '安排工作', '逐月领取退役金')}，"
            f"{c.w('党员')}，现住{c.pick(_ESTATES)}。")


def _vet_widow(c: _Cell) -> str:
    n1 = c.name(sex="m")
    rel = c.c("妻子", "老伴", "母亲")
    n2 = c.kin(n1, rel)
    return (f"{n1}同志于{c.date()}病故，其{rel}{n2}为遗属，一次性抚恤金与"
            f"{c.w('丧葬补助')}合计{c.money(30000, 90000)}元。")


def _vet_daughter(c: _Cell) -> str:
    n1 = c.name()
    n2 = c.kin(n1, "之女")
    return (f"{c.village()}{n1}之女{n2}代领{c.n(1, 12)}月津贴，{c.titled()}核实，本人因"
            f"{c.w('白内障手术')}住院。")


def _vet_list(c: _Cell) -> str:
    k = c.n(3, 7)
    sep = c.sep()
    parts = [c.name(pad=0.4) for _ in range(k)]
    return f"{c.village()}80周岁以上：{sep.join(parts)}，本季度{c.w('高龄津贴')}已发放。"


def _vet_visit(c: _Cell) -> str:
    n1 = c.name()
    return (f"{c.date()}，{c.pick(_STREETS)}走访慰问{n1}家属，送{c.w('慰问金')}{c.money(500, 2000)}元，"
            f"宣讲{c.pick(_SPIRITS)}。")


def _vet_with(c: _Cell) -> str:
    n1, n2 = c.name(), c.name()
    return (f"{n1}与{n2}系夫妻，均为{c.w('常住人口')}，按规定护理补贴择一享受，经本人选择由丈夫一方领取，"
            f"{c.w('何时')}变更须提前申报。")


def _vet_trad(c: _Cell) -> str:
    n1, n2 = c.trad(), c.trad()
    return (f"台胞老兵{n1}返鄉定居，{c.w('高齡津貼')}每月三百元，由其姪{n2}代領，戶籍{c.c('臨沂', '濰坊', '煙台')}。")


def _vet_none_1(c: _Cell) -> str:
    return (f"{c.village()}{c.masked()}已于上月去世，{c.w('高龄津贴')}停发，多发{c.w('金额')}由{c.titled()}追回。")


def _vet_none_2(c: _Cell) -> str:
    return f"开展{c.pick(_SPIRITS)}主题活动，{c.w('武装部')}与{c.titled()}参加，{c.w('周边')}村居共建。"


# ---------------------------------------------------------------------------------------------
# land_registry: 不动产 / 宅基地 / 林权
# ---------------------------------------------------------------------------------------------

def _land_owner(c: _Cell) -> str:
    n1, n2 = c.name(), c.name()
    return (f"权利人{n1}，共有人{n2}，共有方式：{c.c('共同共有', '按份共有')}，坐落{c.village()}"
            f"{c.n(1, 200)}号，宅基地面积{c.n(120, 330)}㎡，{c.w('房屋')}{c.n(1, 2)}层。")


def _land_forest(c: _Cell) -> str:
    n1 = c.name()
    if c.rng.random() < 0.5:
        n1 += f"、{c.name()}"
    return (f"林权权利人{n1}，{c.pick(_MOUNTAINS)}{c.w('林地')}{c.n(3, 60)}亩，树种{c.pick(('杨树', '柏树', '刺槐', '板栗'))}，"
            f"林地使用期至{c.n(2040, 2070)}年。")


def _land_inherit(c: _Cell) -> str:
    n1 = c.name()
    heirs = [c.kin(n1, c.c("儿子", "女儿", "长子", "次女")) for _ in range(c.n(2, 3))]
    return (f"原权利人{n1}已故，经公证由{'、'.join(heirs)}继承，按份共有各{len(heirs)}分之一，"
            f"{c.w('单元')}号不变。")


def _land_bound(c: _Cell) -> str:
    n1, n2, n3 = c.name(), c.name(), c.name()
    return (f"{n1}宅基地四至：东至{n2}宅，西至{c.pick(_ROADS)}，南至{n3}宅，北至{c.w('林地')}。")


def _land_mortgage(c: _Cell) -> str:
    n1 = c.name()
    return (f"抵押人{n1}，抵押权人{c.w('齐鲁银行')}{c.pick(_COUNTIES)}支行，债权数额{c.n(20, 300)}{c.w('万元')}，"
            f"{c.pick(_ESTATES)}{c.n(1, 30)}号楼。")


def _land_correct(c: _Cell) -> str:
    n1 = c.name()
    return (f"{n1}申请更正登记：原证书身份证号录入错误，现核为{c.idno()}，经{c.pick(_STREETS)}户籍证明核实。")


def _land_table(c: _Cell) -> str:
    n1, n2 = c.name(pad=0.8), c.name(pad=0.8)
    return f"{n1}　{n2}　{c.village()}　{c.n(100, 300)}㎡　{c.c('集体土地', '国有建设用地')}"


def _land_trad_deed(c: _Cell) -> str:
    n1, n2 = c.trad(), c.trad()
    place = c.w(c.rng.choice(_TRAD_SUR) + c.c("家莊", "家灣", "莊村", "家窪"))
    return (f"據民國三十六年房契載，原業主{n1}，坐落{place}，現由其孫{n2}申請首次登記，"
            f"{c.w('萬元')}以下不收契稅。")


def _land_transfer(c: _Cell) -> str:
    n1, n2 = c.name(), c.name()
    return (f"{n1}将{c.pick(_ESTATES)}住宅转让给{n2}，成交{c.w('金额')}{c.n(40, 260)}{c.w('万元')}，"
            f"{c.w('车库')}一并过户。")


def _land_homestead(c: _Cell) -> str:
    n1 = c.name(pad=0.3)
    return (f"{n1}户“一户一宅”核查：{c.village()}另有旧宅{c.n(1, 2)}处，已自愿退出，复垦种植{c.pick(_CROPS)}。")


def _land_none_1(c: _Cell) -> str:
    return f"{c.pick(_MOUNTAINS)}{c.w('林地')}界址争议，{c.village()}与{c.village()}协商中，{c.titled()}记录。"


def _land_none_2(c: _Cell) -> str:
    return f"权利人{c.masked()}（已脱敏），坐落{c.pick(_ROADS)}，{c.w('单元')}信息待补正。"


# ---------------------------------------------------------------------------------------------
# residence_register: 境外人员 / 港澳台 / 流动人口
# ---------------------------------------------------------------------------------------------

def _res_korean(c: _Cell) -> str:
    cn, rom = _korean(c.rng)
    both = c.rng.random() < 0.5
    c.keep(cn)
    if both:
        c.keep(rom)
    rom_part = f"（{rom}）" if both else ""
    return (f"韩国籍{cn}{rom_part}，护照号M{c.n(10000000, 99999999)}，{c.date()}入住{c.pick(_HOTELS)}，"
            f"工作单位位于{c.pick(_STREETS)}。")


def _res_japanese(c: _Cell) -> str:
    cn, rom = _japanese(c.rng)
    if c.rng.random() < 0.5:
        who = c.keep(rom)
    else:
        who = c.keep(cn)
    return (f"日籍员工{who}，居留许可有效期至{c.date()}，住所{c.pick(_ESTATES)}，"
            f"由{c.titled()}代为申报。")


def _res_vietnam(c: _Cell) -> str:
    cn, rom = _vietnamese(c.rng)
    c.keep(cn)
    c.keep(rom)
    n2 = c.name()
    return (f"越南籍{cn}（{rom}）与{n2}于{c.date()}登记结婚，现住{c.village()}，申请团聚类居留，"
            f"{c.w('常住人口')}登记已报{c.pick(_COUNTIES)}公安局。")


def _res_hk(c: _Cell) -> str:
    cn, rom = _hongkong(c.rng)
    c.keep(cn)
    c.keep(rom)
    return (f"港澳居民{cn}（{rom}），回乡证H{c.n(10000000, 99999999)}，申领居住证，"
            f"居住地{c.pick(_ROADS)}，{c.w('房屋')}为租赁。")


def _res_tw(c: _Cell) -> str:
    cn, rom = _taiwan(c.rng)
    c.keep(cn)
    c.keep(rom)
    return (f"臺胞{cn}（{rom}），臺胞證{c.n(10000000, 99999999)}，於{c.c('青島', '煙台', '威海')}投資設廠，"
            f"住所{c.w(c.c('中山路', '香港中路', '延安路'))}。")


def _res_minority(c: _Cell) -> str:
    n1 = c.keep(_minority(c.rng))
    return (f"流动人口{n1}，{c.c('新疆', '西藏', '内蒙古', '四川凉山')}籍，在{c.pick(_SHOPS)}务工，"
            f"居住{c.pick(_ESTATES)}，网格员{c.han()}已登记。")


def _res_en_work(c: _Cell) -> str:
    who = c.keep(_western(c.rng))
    return (f"Work permit holder {who}, employer {c.w(c.rng.choice(_EN_LOOKALIKES))} branch, "
            f"residence registered {c.date()}; contact via {c.w(c.c('Mr. Wang', 'Ms. Li', 'Dr. Chen'))} (HR).")


def _res_en_landlord(c: _Cell) -> str:
    tenant = c.keep(_western(c.rng))
    landlord = c.keep(_pinyin(c.rng))
    place = c.w(c.c("Zhongshan Road", "Jianguo Road", "Lijiazhuang Village", "Wangjiazhuang"))
    return f"Tenant {tenant}; landlord {landlord}; flat on {place}, registered at the local police station."


def _res_en_student(c: _Cell) -> str:
    who = c.keep(c.rng.choice((_korean, _japanese, _vietnamese))(c.rng)[1])
    return (f"Student {who} ({c.w(c.c('Sun Yat-sen University', 'Shaw Building', 'Gaotang County'))} "
            f"exchange), visa valid until {c.date()}.")


def _res_western_cn(c: _Cell) -> str:
    who = c.keep(c.rng.choice(_WESTERN_CN))
    return f"外籍专家{who}，受聘于{c.company()}，住{c.pick(_HOTELS)}，{c.titled()}陪同办理。"


def _res_none_1(c: _Cell) -> str:
    return f"{c.pick(_HOTELS)}本周境外旅客{c.n(3, 40)}人次，{c.masked()}逾期未申报已提醒，{c.titled()}签收。"


def _res_none_2(c: _Cell) -> str:
    place = c.pick(("Zhongshan Road", "Jianguo Road", "Zhangdian District", "Wangfujing", "Laoshan District"))
    return f"Registered guests on {place}: {c.n(2, 30)}; {c.pick(('Mr. Wang', 'Ms. Li', 'Dr. Chen'))} signed."


# ---------------------------------------------------------------------------------------------
# place_names (no names) and river_chief (officials, public)
# ---------------------------------------------------------------------------------------------

def _place_rename(c: _Cell) -> str:
    return (f"{c.village()}原名{c.village()}，{c.n(1950, 1999)}年更名，因村中{c.w(_surname(c.rng) + '姓')}"
            f"居多得名，隶属{c.pick(_STREETS)}。")


def _place_road(c: _Cell) -> str:
    return (f"{c.pick(('中山路', '逸仙路'))}因纪念{c.w('孙中山先生')}得名，起于{c.pick(_BRIDGES)}，"
            f"止于{c.pick(_ROADS)}。")


def _place_school(c: _Cell) -> str:
    return (f"{c.pick(_SCHOOLS)}位于{c.pick(_ROADS)}，原为{c.village()}小学，{c.pick(_COUNTIES)}教育局管理。")


def _place_stops(c: _Cell) -> str:
    return (f"公交站点：{c.village()}、{c.pick(_ESTATES)}、{c.pick(_ROADS)}口、{c.pick(_BRIDGES)}。")


def _place_memorial(c: _Cell) -> str:
    return f"{c.pick(_MEMORIALS)}所在地，位于{c.pick(_COUNTIES)}{c.village()}，为市级文物保护单位。"


def _place_county(c: _Cell) -> str:
    return (f"{c.pick(_COUNTIES)}境内{c.pick(_RIVERS)}上有{c.pick(_BRIDGES)}，连接{c.village()}与{c.village()}。")


def _place_festival(c: _Cell) -> str:
    return (f"{c.pick(_FESTIVALS)}期间，{c.pick(_ROADS)}至{c.pick(_MEMORIALS)}增设临时站点，"
            f"{c.village()}停车场开放。")


def _place_mountain(c: _Cell) -> str:
    return f"{c.pick(_MOUNTAINS)}（俗称{c.pick(('老马山', '王母山', '张家顶', '李家岭'))}），海拔{c.n(200, 1100)}米。"


def _river_chief(c: _Cell) -> str:
    return (f"{c.pick(_RIVERS)}（{c.pick(_COUNTIES)}段）县级河长：{c.official()}（{c.c('副县长', '县委副书记', '县委常委')}），"
            f"乡级河长：{c.official()}（{c.c('镇长', '镇党委书记', '街道办事处主任')}），监督电话{c.landline()}。")


def _river_forest(c: _Cell) -> str:
    return (f"{c.pick(_MOUNTAINS)}林区林长：{c.official()}（{c.c('县长', '副县长')}），"
            f"副林长：{c.official()}，{c.w('林地')}面积{c.n(2, 90)}{c.w('万亩')}。")


def _river_patrol(c: _Cell) -> str:
    return (f"{c.date()}，{c.c('县级河长', '镇级河长', '村级河长')}{c.official()}巡查{c.pick(_RIVERS)}，"
            f"发现{c.masked()}私自采砂，已交{c.pick(_STREETS)}处理。")


def _river_village(c: _Cell) -> str:
    return (f"村级河长：{c.official()}（{c.village()}党支部书记）、{c.official()}（{c.village()}村委会主任），"
            f"{c.w('周边')}保洁由{c.titled()}负责。")


def _river_board(c: _Cell) -> str:
    return (f"{c.pick(_RIVERS)}公示牌更新：总河长{c.official()}，河长{c.official()}，"
            f"{c.w(_surname(c.rng) + '书记')}提出{c.w('路面')}硬化。")


# family -> (templates carrying names, templates without names)
_TEMPLATES: dict[str, tuple[tuple[Template, ...], tuple[Template, ...]]] = {
    "housing": ((_housing_allocate, _housing_table, _housing_expropriation, _housing_tenant_change,
                 _housing_list, _housing_exit, _housing_joint_owner, _housing_relocation_fee,
                 _housing_review, _housing_foreign_spouse),
                (_housing_none_1, _housing_none_2, _housing_none_3)),
    "farm_subsidy": ((_farm_machine, _farm_fertility, _farm_proxy, _farm_list, _farm_digits,
                      _farm_disaster, _farm_heir, _farm_wife, _farm_coop, _farm_fuel, _farm_start),
                     (_farm_none_1, _farm_none_2)),
    "wage_arrears": ((_wage_list, _wage_foreman, _wage_injury, _wage_complaint, _wage_mediate,
                      _wage_heat, _wage_ids, _wage_bracket, _wage_family, _wage_to,
                      _wage_minority_team, _wage_roster),
                     (_wage_none_1, _wage_none_2)),
    "market_inspection": ((_market_sample, _market_household, _market_fail, _market_onsite,
                           _market_start, _market_licence, _market_staff, _market_complaint,
                           _market_by),
                          (_market_none_1, _market_none_2)),
    "veterans_allowance": ((_vet_martyr_family, _vet_elderly, _vet_disabled, _vet_soldier, _vet_widow,
                            _vet_daughter, _vet_list, _vet_visit, _vet_with, _vet_trad),
                           (_vet_none_1, _vet_none_2)),
    "land_registry": ((_land_owner, _land_forest, _land_inherit, _land_bound, _land_mortgage,
                       _land_correct, _land_table, _land_trad_deed, _land_transfer, _land_homestead),
                      (_land_none_1, _land_none_2)),
    "residence_register": ((_res_korean, _res_japanese, _res_vietnam, _res_hk, _res_tw, _res_minority,
                            _res_en_work, _res_en_landlord, _res_en_student, _res_western_cn),
                           (_res_none_1, _res_none_2)),
    "place_names": ((), (_place_rename, _place_road, _place_school, _place_stops, _place_memorial,
                         _place_county, _place_mountain, _place_festival)),
    "river_chief": ((), (_river_chief, _river_forest, _river_patrol, _river_village, _river_board)),
}


# ---------------------------------------------------------------------------------------------
# The contract and the generator
# ---------------------------------------------------------------------------------------------

def _starts(text: str, s: str) -> list[int]:
    """Every start of ``s`` in ``text``, overlapping occurrences included."""
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def contract_errors(r: Remark) -> list[str]:
    """What in one cell breaks the set's contract (empty when the cell keeps it)."""
    errors: list[str] = []
    planted = set(r.names) | set(r.lookalikes)
    if len(set(r.names)) != len(r.names):
        errors.append("a name is planted twice")
    for look in r.lookalikes:
        if look not in r.text:
            errors.append(f"look-alike {look!r} not in text")
    for name in r.names:
        starts = _starts(r.text, name)
        if len(starts) != 1:
            errors.append(f"name {name!r} occurs {len(starts)} times")
            continue
        lo, hi = starts[0], starts[0] + len(name)
        for other in planted - {name}:
            if other in name or name in other:
                errors.append(f"name {name!r} and {other!r} contain one another")
                continue
            for s in _starts(r.text, other):
                if s < hi and lo < s + len(other):
                    errors.append(f"name {name!r} overlaps {other!r}")
                    break
    looks = set(r.lookalikes)
    for a in looks:
        for b in looks - {a}:
            if a in b:
                errors.append(f"look-alike {a!r} sits inside {b!r}")
    return errors


def _family_counts(n: int) -> dict[str, int]:
    """Cells per family for n cells, in the WEIGHTS mix (largest remainders get the rest)."""
    total = sum(WEIGHTS.values())
    exact = {f: n * w / total for f, w in WEIGHTS.items()}
    counts = {f: int(v) for f, v in exact.items()}
    rest = n - sum(counts.values())
    for f in sorted(exact, key=lambda f: (counts[f] - exact[f], list(WEIGHTS).index(f)))[:rest]:
        counts[f] += 1
    return counts


def _make_cell(rng: random.Random, family: str, with_name: bool, seen: set[str]) -> Remark:
    named, unnamed = _TEMPLATES[family]
    pool = named if with_name else unnamed
    for _ in range(500):
        cell = _Cell(rng)
        text = rng.choice(pool)(cell)
        remark = Remark(text=text, family=family, names=list(cell.names),
                        lookalikes=list(dict.fromkeys(cell.looks)),
                        public_officials=family in PUBLIC_OFFICIAL_FAMILIES)
        if text in seen or not remark.lookalikes or bool(remark.names) != with_name:
            continue
        if contract_errors(remark):
            continue
        seen.add(text)
        return remark
    raise RuntimeError(f"no valid {family} cell after 500 draws")


def make_remarks(n: int = 2000, seed: int = 6161) -> list[Remark]:
    """n remark cells in the WEIGHTS mix, shuffled; the same seed gives the same cells."""
    rng = random.Random(seed)
    seen: set[str] = set()
    remarks: list[Remark] = []
    for family, count in _family_counts(n).items():
        without = round(count * NO_NAME_SHARE) if family in NAME_FAMILIES else count
        flags = [False] * without + [True] * (count - without)
        rng.shuffle(flags)
        remarks.extend(_make_cell(rng, family, flag, seen) for flag in flags)
    rng.shuffle(remarks)
    return remarks


def describe(remarks: list[Remark]) -> dict:
    """Cells, planted names, look-alikes and cells with a name, overall and per family."""
    def tally(rs: list[Remark]) -> dict[str, int]:
        return {"cells": len(rs), "names": sum(len(r.names) for r in rs),
                "lookalikes": sum(len(r.lookalikes) for r in rs),
                "with_name": sum(1 for r in rs if r.names)}

    families = {f: tally([r for r in remarks if r.family == f]) for f in FAMILIES}
    return {**tally(remarks), "families": {f: v for f, v in families.items() if v["cells"]}}


if __name__ == "__main__":
    import json

    print(json.dumps(describe(make_remarks()), ensure_ascii=False, indent=1))
