"""FROZEN test set, eighth edition: free-text cells with person names planted, and look-alikes.

No detector rule is tuned on this file. Written blind on 2026-12-05 for the person-name
detector. Its author read the project brief, the personal-data part of DOMAIN.md and the
``Remark`` dataclass in ``remarks.py`` (imported here); by a slip also the first five lines
of that file's module docstring (they name the detector module and two fixture files, no
content), the docstring of ``benchmarks/frozen/__init__.py`` and the file names under
``tests/``. Nothing else about names was read: not ``src/gongkai/deid/`` (code or data), not
``benchmarks/bench_names.py``, ``benchmarks/tuned/`` or ``benchmarks/README.md``, not the
earlier editions (``remarks.py`` beyond the dataclass, ``remarks_v2.py`` … ``remarks_v7.py``),
not the name/deid tests, and no surname or given-name list in the repository. The detector
was never run on these cells. Pools (surnames, given-name characters, minority names, places,
shops, brands, titles, masks) and templates are this file's own.

Document kinds no earlier edition covered, one family each:

- tax_arrears       欠税 and social-insurance arrears notes (纳税人, 个体户业主, 法定代表人, 代缴人)
- city_enforcement  城管: 占道经营, 违建 (摊贩, 房主, 施工人)
- eco_complaint     生态环境 complaints, 排污 enforcement (举报人, 养殖户, 企业负责人)
- utility           水电气 arrears, 报装, 过户, meters (户主, 用户, 抄表员); a few English rows
- elder_care        养老机构 / 居家养老 service logs (入住老人, 护理员, 家属, 监护人)
- family_planning   计划生育奖励扶助 / 特别扶助 (夫妻双方, 独生子女)
- conscription      征兵, 民兵, 退役 registration (应征青年, 父母, 基干民兵)
- fishery_forestry  渔业, 畜牧, 林业 (船主, 船员, 养殖户, 护林员, 防疫员, 牧民)
- notary_legal      公证, 司法鉴定, 法律援助 (申请人, 被鉴定人, 代理人); a few English rows
- public_notice     notices signed by officials: ``public_officials=True``, the officials'
                    names are look-alikes; the private persons named in them are names
- lookalike_ledger  no names at all: look-alikes only

In every name family about 10% of the cells (``NO_NAME_SHARE``) carry no name, only masked
persons (王某, 李某某, 张**, 刘×, 王*华) and surname + title (王师傅, 老李, 陈所长).

Surface forms: lists with 、，/ ；space and newline, with amounts, ages and house numbers;
names padded to width (王　伟) in aligned lists; names in （）and【】; a name right before a
phone or an ID number; names after 经 由 与 向 和 给 对 被 将 把 让 同 替 帮; a name opening the
cell with no cue, or a cell that is only a name; names before 之子 之女 家属 老人 夫妇 等人 户;
relatives sharing a surname (尹辉 … 其子尹玉龙、尹嘉峰); single-character given names; rare
and compound surnames (亓, 逄, 第五, 欧阳, 万俟); word-like full names (高山, 金鑫, 文静);
Uyghur and Kazakh names with a middle dot of four kinds (· • ・ ‧), Tibetan, Mongolian, Yi and
Hui names; traditional characters (陳嬌傑); pinyin names in English rows (ZHANG Dongmei).

Look-alikes: roads, bridges, schools, hospitals named after people (中山路, 张自忠路, 赵州桥,
逸夫小学, 孙逸仙纪念医院); villages, farms, shops, companies and brands after families or
people (李家沟村, 老秦粮油店, 汪氏砖厂, 金鑫建材有限公司, 周黑鸭, 马应龙药业); fishing-boat
numbers (鲁荣渔58123); public figures in public phrases (学雷锋, 杨善洲精神); masked persons;
surname + title; surname-initial terms of these document kinds (金额, 万元, 余额, 申报,
房产税, 车船税, 周边, 石料, 高压线, 黄昏, 白天, 施工, 鱼塘, 电费, 水费, 燃气表, 高血压, 康复,
费用, 符合, 常住, 应征, 政审, 武装部, 林木, 防火, 杨树, 柴油, 公证, 原件, 程序, 和解 …);
officials' names in public_notice.

Mix at the defaults (``describe(make_remarks())``, n=2000, seed 8181):

    family             cells  names  lookalikes  with_name
    city_enforcement     190    287         259        171
    conscription         180    352         226        162
    eco_complaint        190    250         320        171
    elder_care           200    349         231        180
    family_planning      180    424         214        162
    fishery_forestry     190    326         322        171
    lookalike_ledger     180      0         729          0
    notary_legal         180    295         269        162
    public_notice        110    189         190         99
    tax_arrears          200    317         320        180
    utility              200    376         295        180
    total               2000   3165        3375       1638
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .remarks import Remark

VERSION = "frozen-remarks-8 (2026-12-05)"

FAMILIES: dict[str, str] = {
    "tax_arrears": "欠税 and social-insurance arrears notes: 纳税人, 个体户业主, 法定代表人, 代缴人",
    "city_enforcement": "城管 notes on 占道经营 and 违建: 摊贩, 房主, 施工人, 户主",
    "eco_complaint": "生态环境 complaints and 排污 enforcement: 举报人, 养殖户, 企业负责人",
    "utility": "水电气 arrears, 报装, 过户 and meter notes: 户主, 用户, 抄表员; a few English rows",
    "elder_care": "养老机构 and 居家养老 service logs: 入住老人, 护理员, 家属, 监护人",
    "family_planning": "计划生育奖励扶助 / 特别扶助 lists: 夫妻双方, 独生子女",
    "conscription": "征兵, 民兵 and 退役 registration: 应征青年, 父母, 基干民兵",
    "fishery_forestry": "渔业, 畜牧 and 林业 notes: 船主, 船员, 养殖户, 护林员, 防疫员, 牧民",
    "notary_legal": "公证, 司法鉴定 and 法律援助 applications: 申请人, 被鉴定人, 代理人; a few English rows",
    "public_notice": "public notices signed by officials (public_officials=True; the officials "
                     "are look-alikes) naming private 纳税人, 船主, 房主, 新兵",
    "lookalike_ledger": "no names: shop, road, farm, school, hospital and brand names after people, "
                        "masked persons, surname + title, surname-initial terms, public figures",
}

WEIGHTS: dict[str, int] = {
    "tax_arrears": 200,
    "city_enforcement": 190,
    "eco_complaint": 190,
    "utility": 200,
    "elder_care": 200,
    "family_planning": 180,
    "conscription": 180,
    "fishery_forestry": 190,
    "notary_legal": 180,
    "public_notice": 110,
    "lookalike_ledger": 180,
}

NAME_FAMILIES: tuple[str, ...] = (
    "tax_arrears", "city_enforcement", "eco_complaint", "utility", "elder_care",
    "family_planning", "conscription", "fishery_forestry", "notary_legal", "public_notice",
)
PUBLIC_FAMILIES: tuple[str, ...] = ("public_notice",)

# Share of a name family's cells that carry only look-alikes (masked persons, surname + title).
NO_NAME_SHARE = 0.10

# ---------------------------------------------------------------------------------------------
# Pools (written for this edition)
# ---------------------------------------------------------------------------------------------

_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
             "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
             "毛郝龚邵万钱严覃武戴莫孔向汤")
_RARE_SURNAMES = ("亓", "逄", "仉", "禚", "缑", "郗", "訾", "蔺", "栾", "昝", "冼", "隗", "揭", "鄢",
                  "蒯", "阚", "佘", "粟", "谯", "幸", "扈", "邝", "甄", "庹", "第五", "展", "暴")
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "令狐", "夏侯",
                      "司徒", "端木", "长孙", "慕容", "呼延", "宇文", "万俟", "澹台")
_MALE_FIRST = "建志国永德文立家明学春振宏俊晓海子浩宇嘉鸿天长玉兴"
_MALE_SECOND = "国华军伟强明平林斌涛峰刚辉杰鹏飞波宇浩成东海龙福祥贵生荣新超亮勇彬军喜"
_FEMALE_FIRST = "秀丽美玉春桂晓雅佳凤金翠淑晶欣思梦雨海彩小"
_FEMALE_SECOND = "英兰芳娟敏静燕霞玲梅红艳婷雪琳莉萍慧丹洁颖倩琴凤珍菊莲蓉娜"
_WORDLIKE_NAMES = ("高山", "江海", "金鑫", "夏雨", "方圆", "林森", "白雪", "常青", "石磊", "马力",
                   "黎明", "向阳", "江涛", "文静", "钟声", "乔木", "柏林", "夏天")
_TRAD_SURNAMES = "陳張劉黃楊趙吳許鄭謝蘇葉羅鄧馮蔣盧錢鍾龔"
_TRAD_GIVEN = "國華偉麗婷輝傑鵬鳳龍東興慶榮瑩靜穎豔蘭紅軍強勝義寶貴儀嬌賢達雲惠美玲明志"
_DOTS = ("·", "·", "·", "•", "・", "‧")
_UYGHUR_MALE = ("买买提", "艾力", "阿不都热合曼", "吐尔逊", "艾尔肯", "依明", "亚森", "卡德尔",
                "肉孜", "吾斯曼", "麦麦提敏", "阿迪力", "努尔买买提", "塔依尔")
_UYGHUR_FEMALE = ("古丽娜尔", "热依拉", "迪丽努尔", "阿依古丽", "帕提古丽", "再努尔", "米热古丽",
                  "布维", "阿孜古丽", "祖丽皮亚")
_UYGHUR_FATHER = ("吐尔逊", "艾买提", "阿布都拉", "买买提", "依明", "司马义", "托乎提", "热西提",
                  "卡斯木", "玉素甫", "阿不力孜", "吐尔洪")
_KAZAKH_GIVEN = ("努尔兰", "叶尔兰", "别克", "加娜尔", "阿依达娜", "沙吾列", "叶尔江", "阿曼",
                 "哈布力", "古丽米拉")
_KAZAKH_FATHER = ("哈力木", "托合塔尔", "别克", "加尔肯", "努尔别克", "阿合买提", "胡安", "吾拉力")
_TIBETAN_PARTS = ("扎西", "次仁", "格桑", "洛桑", "尼玛", "达娃", "拉巴", "白玛", "索朗", "丹增",
                  "平措", "多吉", "卓玛", "央金", "旺堆", "顿珠", "曲珍", "拉姆", "德吉", "边巴",
                  "普布", "巴桑", "旦增", "桑珠")
_MONGOLIAN = ("巴特尔", "乌云其木格", "额尔敦巴雅尔", "其其格", "苏日娜", "布和朝鲁", "那日苏",
              "朝格图", "图雅", "宝音", "格日勒图", "乌力吉", "敖登", "萨仁高娃", "孟和", "毕力格",
              "特木尔", "吉日嘎拉", "胡日查", "阿拉坦仓")
_YI_CLAN = ("阿苏", "吉克", "沙马", "曲比", "阿西", "马海", "俄的", "海来", "吉伍", "阿说")
_YI_GIVEN = ("木呷", "阿依", "拉则", "阿果", "尔布", "伍沙", "阿牛", "拉格", "子日", "石古", "日哈")
_HUI_SURNAMES = ("马", "纳", "哈", "沙", "丁", "撒", "穆", "海")

_EN_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
                "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao")
_EN_GIVEN = ("Wei", "Fang", "Na", "Min", "Jing", "Lei", "Qiang", "Jun", "Yan", "Xiaoming",
             "Jianguo", "Lihua", "Haiyan", "Zhiqiang", "Guiying", "Xiuying", "Yufeng", "Dongmei",
             "Jianhua", "Xiaoli")
_EN_PLACES = ("Zhongshan Road", "Wangfujing Street", "Zhangjiawan Village", "Lijiazhuang",
              "Chenjiaqiao Bridge", "Yat-sen Avenue", "Sun Yat-sen Memorial Hospital",
              "Lu Xun Middle School", "Huangjiabu Town", "Zhaozhou Bridge")

_VILLAGE_SUFFIXES = ("家庄村", "家湾村", "家沟村", "家坝", "家营村", "家岭村", "家桥村", "家寨",
                     "家屯", "家坪村", "庄村", "楼村", "集镇", "店村", "营村", "圩村", "家洼村")
_ROADS = ("中山路", "中山北路", "中山东路", "中山南路", "逸仙路", "岳王路", "黄兴路", "张自忠路",
          "赵登禹路", "佟麟阁路", "靖宇街", "志丹路", "左权路", "鲁迅路")
_BRIDGES = ("卢沟桥", "赵州桥", "中山桥")
_SCHOOLS = ("鲁迅中学", "雷锋小学", "宋庆龄幼儿园", "陶行知实验学校", "中山小学", "逸夫中学",
            "逸夫小学", "詹天佑小学", "霍英东中学")
_HOSPITALS = ("白求恩国际和平医院", "中山医院", "孙逸仙纪念医院", "张仲景医院", "邵逸夫医院")
_BRANDS = ("周大福", "周黑鸭", "杨国福麻辣烫", "张亮麻辣烫", "刘一手火锅", "王老吉凉茶铺",
           "老干妈专卖店", "李宁专卖店", "谭木匠", "张小泉剪刀店", "王致和腐乳门市部")
_FIRMS_NAMED = ("张小泉剪刀厂", "陈李济药厂", "马应龙药业", "王守义调味品有限公司")
_INDUSTRIES = ("建材有限公司", "化工有限公司", "食品有限公司", "石材厂", "混凝土有限公司",
               "皮革加工厂", "印染有限公司", "包装材料有限公司", "砖厂", "木业有限公司")
_FOODS = ("饺子馆", "粮油店", "面馆", "烧烤", "汤包", "五金店", "理发店", "小卖部", "熟食店",
          "包子铺", "米粉店", "修车铺", "水果店")
_FARM_SUFFIXES = ("氏养殖场", "家湾生态农场", "记渔场", "家果园", "家牧场", "氏种猪场", "氏蛋鸡场")
_TITLES = ("先生", "女士", "师傅", "大爷", "大妈", "阿姨", "所长", "站长", "主任", "老板", "经理",
           "会计", "医生", "护士", "老师", "队长", "大姐", "大哥", "工", "书记", "村长", "组长")
_MASKS = ("某", "某某", "**", "×", "XX", "某甲", "某乙", "＊＊", "*")
_EN_TITLES = ("Mr.", "Ms.", "Mrs.")
_HEROES = (("学{}志愿服务活动", "雷锋"), ("弘扬{}精神专题党课", "焦裕禄"),
           ("学习{}精神义务植树", "杨善洲"), ("参观{}纪念馆", "谷文昌"),
           ("{}杂交水稻科普展", "袁隆平"), ("{}式好医生评选", "白求恩"),
           ("{}作品朗诵会", "鲁迅"), ("{}诞辰纪念活动", "孔子"), ("{}班组劳动竞赛", "许振超"))
_BOAT_PREFIXES = ("鲁荣渔", "浙岱渔", "闽漳渔", "粤湛渔", "辽大渔", "苏赣渔", "浙象渔", "鲁威渔",
                  "冀秦渔", "桂北渔")
_COUNTIES = ("临河县", "平山县", "新丰县", "永和县", "清水县", "宁远县", "东源县", "丰宁县",
             "通河县", "会理市")
_TOWNS = ("城关镇", "新华街道", "东城街道", "河西镇", "红旗乡", "北关街道", "青山镇", "开发区",
          "西岗街道", "前进乡")
_PROVINCES = ("河南", "四川", "安徽", "湖南", "贵州", "甘肃", "云南")
_ID_AREAS = ("370102", "410105", "320106", "510107", "130104", "440106", "420111", "610113",
             "350203", "530102", "650102", "540102", "150102", "620102")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


# ---------------------------------------------------------------------------------------------
# Templates. {p} a person's name (planted); {plist:kind} a list of names (planted);
# [[word]] a look-alike written as is; the other {tokens} either plant a look-alike
# (mask, title, vill, road, bridge, school, hosp, company, shop, farm, boat, hero, off, firm,
# en_title, en_place) or fill in a value that is neither (phone, id, amt, date, ...).
# ---------------------------------------------------------------------------------------------

_NAMED: dict[str, tuple[str, ...]] = {
    "tax_arrears": (
        "{p}（个体工商户业主，经营地址{road}{hno}）截至{date}欠缴增值税{amt}元、城市维护建设税{amt}元，"
        "已送达《税务事项通知书》。",
        "纳税人{pm}{id}，{yr}年度经营所得个人所得税未[[申报]]，[[滞纳金]]按日加收万分之五，"
        "现由其配偶{pf}代为补缴。",
        "本月欠缴社会保险费人员：{plist:amt}，合计[[金额]]{amt}元。",
        "{shop}（经营者{p}）{yr}年第{q}季度[[房产税]]未缴，{title}已电话催缴两次，对方称{date}前缴清。",
        "经{p}本人同意，其名下两辆货车的[[车船税]]由其子{kin:m}代缴，代缴人电话{phone}。",
        "{p}{phone}，灵活就业人员，养老保险断缴{n}个月，银行卡[[余额]]不足扣款失败，已短信提醒。",
        "法定代表人{p}、财务负责人{p}因{company}欠税{wan}[[万元]]被列入阻止出境名单，已向二人送达告知书。",
        "与{p}约谈时其表示资金周转困难，申请分期缴纳；[[欠税]]本金{amt}元，[[滞纳金]]{amt}元。",
        "向{pm}、{pf}夫妇送达《责令限期改正通知书》，二人经营的{shop}自{date}起停业，未办理注销。",
        "个体户{p}等人共{n}户逾期未[[申报]]，名单已移交{town}税务分局。",
        "欠缴户名单（按欠缴[[金额]]排序）：{plist:pad}",
        "房屋出租人{p}（{vill}{hno}）出租住房未[[申报]]，应补[[房产税]]{amt}元、[[印花税]]{amt}元。",
        "替{p}代开发票的是其表弟{pm}，已核对身份证[[原件]]。",
        "代缴人：{p}",
        "{p}已缴清，[[余额]]{amt}元退回原账户。",
        "灵活就业参保人{p}（{age}岁）申请暂缓缴费，由社区{title}出具困难证明。",
        "【{p}】欠缴城乡居民医保{yr}年度个人部分{amt}元，家属{p}称月底前补缴。",
        "{p}名下{company}注销前清税：[[欠税]]{amt}元已入库，清税证明交{p}签收。",
        "{p}等{n}名个体户[[车船税]]逾期，已在{town}办税服务厅公示栏张贴提醒。",
    ),
    "city_enforcement": (
        "{p}在{road}{shop}门前占道经营水果摊，经劝导后自行收摊，未予处罚。",
        "流动摊贩{p}（{age}岁，{prov}人）于[[黄昏]]时段在{school}门口售卖烤肠，已登记并进行教育。",
        "房主{p}{phone}在自家[[房屋]]顶层加盖彩钢房约{n}平方米，施工人{pm}当场停工，"
        "已下达《责令停止违法行为通知书》。",
        "{vill}{hno}户主{p}违建围墙侵占[[路面]]，经与其子{kin:m}协商，于{date}前自行拆除。",
        "对{p}、{p}、{p}三户沿街晾晒、堆放[[石料]]的行为进行了劝导，三户均已清理。",
        "让{p}把三轮车挪到[[周边]]停车场，其不配合，执法队员{title}开具了暂扣凭证。",
        "夜市摊位分配（{road}段）：{plist:stall}。",
        "{p}被举报在[[高压线]]下搭建简易棚，现场核实棚体已建成，未能提供审批手续。",
        "同{pf}一起经营早餐摊的还有其妹妹{kin:f}，两人均已签订[[门前]]三包责任书。",
        "帮{p}联系了{town}便民市场摊位，月租{amt}元，由其女儿{pf}代为签订协议。",
        "[[白天]]巡查发现{road}有人倾倒装修垃圾，经调取监控为{p}所为，已责令清运。",
        "{p}等人在{bridge}桥头摆摊，占用人行道，已劝离。",
        "违建当事人：{p}（房主）、{p}（施工队负责人），位置{vill}{hno}",
        "把{p}的违章广告牌拆除后，{shop}店员{p}称已报备，执法人员要求其提供手续。",
        "{p}",
        "复查：{p}户违建已拆除，[[石料]]清运完毕，拍照存档。",
        "{p}、{p}两家共用的[[管道]]井盖被占压，已责令移除杂物，[[周边]]恢复通行。",
    ),
    "eco_complaint": (
        "举报人{p}（{phone}）反映{vill}{farm}粪污直排河道，夜间气味明显，要求为其保密。",
        "养殖户{pf}存栏生猪{n}头，[[污水]]经三级沉淀后还田，未发现直排；陪同检查的是其丈夫{pm}。",
        "企业负责人{p}，{company}，现场检查时[[排污口]]在线监测设备停运，已制作询问笔录。",
        "{p}{id}来电，称{company}每天[[黄昏]]后偷排废气。",
        "经{p}、{p}两位村民指认，[[排污口]]位于{bridge}下游约{n}米处。",
        "对{p}经营的{shop}油烟扰民问题进行复查，已安装油烟净化器，[[周边]]居民无异议。",
        "{plist:plain}等{n}户养殖户已签订禁养区退养协议，补偿[[金额]]另行公示。",
        "将{p}的举报转交{town}生态环境所办理，{title}回复已立案。",
        "{p}户（{vill}）[[鱼塘]]出现死鱼，取水样两瓶送检，结果待出。",
        "被{p}举报的{company}生产车间粉尘超标，法定代表人{p}称一周内整改。",
        "{p}反映隔壁{farm}[[施工]]噪声扰民，已协调夜间22时后停工。",
        "回访举报人{p}：对处理结果满意。",
        "{p}、{p}（{vill}）联名投诉砂石场扬尘，[[周边]]农田受影响，已转{town}处理。",
        "{p}家[[养殖场]]距{school}不足{n}百米，属禁养区，已下达限期搬迁通知。",
    ),
    "utility": (
        "户主{p}，{road}{hno}，[[电费]]欠费{amt}元，已于{date}停电，缴清后恢复。",
        "用户{p}{phone}申请燃气报装，[[燃气表]]安装在厨房北墙，预约{date}上门。",
        "抄表员{p}反映{vill}{hno}{p}家[[水表]]被埋，无法抄读，已按上月[[水费]]估抄。",
        "{p}、{p}、{p}等户[[水费]]拖欠超过六个月，合计{amt}元，已张贴催缴通知。",
        "替{p}老人办理[[电费]]代扣的是其孙女{kin:f}，扣款卡尾号{n4}。",
        "阶梯电价第三档用户（[[电费]]单位：元）：{plist:amt}",
        "{p}（户号{acct}）申请过户给{p}，原户[[余额]]{amt}元随户转移。",
        "由{p}代签收《停水通知》，户主{p}长期在外务工，[[水表]]在{vill}{hno}。",
        "{p}反映[[燃气表]]走字异常，经检测表计正常，已向其解释。",
        "户名（{p}）与实际使用人（{p}）不一致，已告知办理[[电表]]更名。",
        "给{p}家更换智能[[电表]]，旧表读数{n4}。",
        "抄表员：{p}；复核：{p}；表册：{vill}",
        "和{p}合用一块[[电表]]的邻居{p}申请分户，需现场勘查。",
        "{vill}停水通知送达：{plist:house}",
        "Account {acct}: holder {en}, gas meter reading overdue, arrears CNY {amt}; site at {en_place}.",
        "Meter replaced for {en} at {en_place}, old reading {n4}, contact {en_title}.",
    ),
    "elder_care": (
        "入住老人{p}（{room}房，{oage}岁）晨起测血压150/90，有[[高血压]]史，已通知家属{p}。",
        "护理员{p}为{p}老人用[[温水]]助浴、剪指甲，老人情绪稳定。",
        "{p}家属{p}来院探视，带来水果若干，[[费用]]已续缴至{month}月底。",
        "{vill}居家养老上门服务对象：{plist:oage}，本月助浴{n}次、送餐{n}次。",
        "{pm}、{pf}夫妇（{vill}{hno}）申请居家养老服务补贴，经评估符合条件，每月服务{n}小时。",
        "给{p}送餐时发现其摔倒在地，护理员{p}立即拨打120送往{hosp}，并通知其子{kin:m}。",
        "{p}老人自述夜间失眠，[[康复]]训练暂停一天，已向{title}报告。",
        "由{p}陪同{p}到{hosp}复诊，下午三点返回。",
        "入住登记：{p}，{gender}，{oage}岁，监护人{p}{phone}，[[费用]]按月缴纳。",
        "{p}今日午餐进食少，护理员用[[温水]]擦浴一次。",
        "交接班：{p}（夜班）→{p}（[[白班]]），{room}房老人体温正常。",
        "同{p}同屋的{p}老人反映其[[白天]]嗜睡、夜里喊叫，已调整房间。",
        "对{p}进行能力评估，结果为中度失能，护理等级调整为二级，[[费用]]相应调整。",
        "{p}，{oage}岁，[[高龄]]津贴已转入养老院账户。",
        "{p}老人{oage}岁生日，护理员{p}、{p}组织同楼层老人一起吃蛋糕。",
    ),
    "family_planning": (
        "夫妻双方：{pm}（{by}年生）、{pf}（{by}年生），独生子女{p}，[[符合]]农村部分计划生育家庭奖励扶助条件。",
        "{pm}之子{kin:m}于{yr}年病故，其妻{pf}同时申报特别扶助，[[户籍]]在{vill}。",
        "奖励扶助金发放名单（[[金额]]单位：元）：{plist:amt}。",
        "{p}{id}，独生子女父母光荣证编号{code}，年满60周岁，本年度扶助[[金额]]{amt}元。",
        "经与{p}核实，其{yr}年再婚后未再生育，仍[[符合]]条件。",
        "{vill}{pm}户：女方{pf}户籍已迁出，扶助金暂发男方。",
        "对{pm}、{pf}夫妻的[[常住]]地进行了核查，二人均在本村居住。",
        "帮{p}补办独生子女证的是村计生专干{title}，证件[[原件]]已遗失。",
        "{pm}与{pf}离异，子女{p}随母生活，扶助对象确定为女方，扶助[[金额]]不变。",
        "{pf}（女）、{pm}（男）夫妇，独生女{kin:f}已婚，[[户籍]]在外省。",
        "独生子女{p}伤残，父母{pm}、{pf}申请特别扶助，经{hosp}鉴定伤残等级三级。",
        "{vill}扶助对象（按出生年月）：{plist:oage}",
    ),
    "conscription": (
        "[[应征]]青年{pm}，{yage}岁，大专在读，[[体检]]合格，[[政审]]待走访。",
        "[[政审]]走访{pm}家庭：父亲{kin:m}、母亲{pf}均支持其入伍。",
        "秋季民兵训练（{school}操场）缺勤：{p}（请假）、{p}（外出务工）。",
        "{p}{phone}，{yr}年退役，已在[[武装部]]完成退役登记。",
        "[[应征]]报名名单：{plist:yage}",
        "由{p}带队，{p}、{p}赴市征兵[[体检]]站复检。",
        "{p}，{yage}岁，[[高中]]毕业，本人入伍意愿强烈，[[政审]]材料已由{town}派出所出具。",
        "[[武装部]]向{pm}的父母{kin:m}、{pf}送达入伍通知书，定于{date}起运。",
        "{pm}因体重超标未通过[[体检]]，已与本人及其母{pf}沟通。",
        "基干民兵{p}、{p}、{p}、{p}参加[[防汛]]抢险演练。",
        "大学生士兵{p}申请学费补偿，补偿[[金额]]{amt}元，退役证编号{code}。",
        "{pm}之子{kin:m}报名[[应征]]，家长意见：同意。",
        "{p}",
        "女兵报名：{pf}，{yage}岁，[[高中]]在读，户籍{vill}。",
    ),
    "fishery_forestry": (
        "船主{p}（渔船{boat}）[[禁渔期]]内未按规定封存网具，已责令改正。",
        "护林员{p}巡山至{vill}后山，发现[[林木]]被盗伐{n}株，已报{town}林业站。",
        "养殖户{p}、{p}的{farm}生猪免疫：口蹄疫{n}头、猪瘟{n}头，防疫员{p}签字。",
        "{p}承包[[林地]]{n}亩，栽植[[杨树]]苗{n}株，申请造林补贴。",
        "{min}（牧民）草场{n}亩，[[牛羊]]存栏{n}头只，已核定草畜平衡奖励。",
        "经{p}举报，村民{p}在[[防火]]期内烧荒，护林员已制止并登记。",
        "{p}户[[鱼塘]]{n}亩遭洪水漫塘，损失鲈鱼约{n}公斤。",
        "{vill}开展学习[[杨善洲]]精神义务植树，护林员{p}、{p}带队。",
        "{boat}船员名单：{plist:plain}，均已参加安全培训。",
        "防疫员{p}{phone}负责{vill}片区犬只免疫，本月完成{n}只。",
        "{boat}船主{p}申请[[柴油]]补贴，船员{p}、{p}。",
        "对{p}家散养[[牛羊]]进行布病采血，共{n}份。",
        "{vill}护林员考勤：{plist:pad}",
        "{p}在{vill}[[江面]]违规使用地笼网，网具已没收，渔获物放流。",
    ),
    "notary_legal": (
        "申请人{p}申请办理继承公证，被继承人{p}于{yr}年去世，[[房屋]]位于{road}{hno}。",
        "被鉴定人{p}，{age}岁，[[司法鉴定]]事项：伤残等级评定；委托代理人{pm}（其兄）。",
        "法律援助申请人{p}{id}，因赡养纠纷起诉其子{kin:m}、{kin:m}，经审查符合经济困难标准。",
        "对{p}与{p}之间的借款合同办理[[公证]]，借款[[金额]]{amt}元。",
        "由{p}代为领取公证书，已核验[[原件]]及授权委托书。",
        "{p}等人申请证据保全[[公证]]，涉及{company}网页内容。",
        "{trad}（台湾居民）委托{p}办理声明书公证，[[程序]]已告知。",
        "被鉴定人{p}之女{kin:f}对鉴定意见有异议，申请重新鉴定，[[费用]]{amt}元。",
        "{pm}与前妻{pf}协议离婚后，为子女抚养费纠纷申请法律援助，已指派{firm}承办。",
        "经{p}申请，为其父{kin:m}办理意定监护[[公证]]，监护人为{p}。",
        "亲子鉴定：被鉴定人{pm}、{kin:m}，样本已采集，[[费用]]已缴。",
        "Legal aid applicant {en}, maintenance dispute, referred by {en_title}, office near {en_place}.",
        "{p}（{vill}{hno}）申请法律援助，案由为[[房屋]]买卖合同纠纷，对方当事人{company}。",
    ),
    "public_notice": (
        "欠税公告：{town}税务分局局长{off}签发。欠税个体工商户业主{p}，欠税[[金额]]{amt}元。",
        "{county}农业农村局关于禁渔期执法情况的通告（局长{off}）：违规船主{p}、{p}已依法处理。",
        "{county}生态环境局公示：对{company}的处罚决定由副局长{off}签发；举报人{p}获奖励{amt}元。",
        "{county}城市管理局局长{off}带队开展{road}专项整治，拆除违建{n}处（房主{p}等）。",
        "{county}林业局护林员续聘公示：经局长{off}审定，续聘{plist:plain}为生态护林员。",
        "{county}公证处主任{off}、副主任{off}接待来访群众，申请人{p}反映出证时间过长。",
        "{county}人民政府征兵办公室公告：本年度入伍新兵{plist:plain}。征兵办主任{off}。",
        "{county}水务局副局长{off}答复人大代表建议，涉及用户{p}等{n}户[[水费]]减免。",
    ),
}

_UNNAMED: dict[str, tuple[str, ...]] = {
    "tax_arrears": (
        "{mask}（个体工商户）欠缴税款{amt}元，[[滞纳金]]{amt}元，已由{title}上门催缴。",
        "{title}反映{shop}已转让，原业主{mask}下落不明，[[欠税]]暂无法追缴。",
        "[[金额]]更正：{mask}名下[[房产税]]多计{amt}元，已退回。",
        "{title}代{mask}咨询社保断缴补缴政策，已解答。",
    ),
    "city_enforcement": (
        "{title}在{road}占道卖菜，劝离后[[白天]]又返回，已第三次登记。",
        "{mask}违建案：拆除面积{n}平方米，[[石料]]已清运，{title}现场确认。",
        "{road}{shop}店外摆放桌椅，店主{title}已整改。",
    ),
    "eco_complaint": (
        "{title}来电反映{company}夜间[[施工]]噪声扰民，已转执法大队。",
        "{mask}投诉{farm}养殖异味，经核查[[养殖场]]已停产。",
        "复查{company}[[排污口]]，标志牌缺失，联系人{title}承诺补设。",
    ),
    "utility": (
        "{title}家[[电表]]箱门损坏，已报修；户名登记为{mask}。",
        "{road}{hno}{shop}[[水费]]欠费{amt}元，店主{title}称下周缴。",
        "户名{mask}，[[金额]]{amt}元，状态：已停气。",
        "Meter at {en_place}: owner listed as {en_title}, arrears CNY {amt}.",
    ),
    "elder_care": (
        "{mask}老人今日[[康复]]训练30分钟，{title}陪同。",
        "{title}反映房间空调不制冷，已报修，[[费用]]由机构承担。",
        "{hosp}医生巡诊：[[高血压]]老人{n}名，用药调整见病历。",
    ),
    "family_planning": (
        "{mask}夫妇：[[计生]]档案缺{yr}年婚育证明，待补。",
        "{title}咨询特别扶助标准，已告知每人每月{amt}元。",
        "本村扶助对象{n}人，[[金额]]合计{amt}元，公示期内无异议，{mask}待核。",
    ),
    "conscription": (
        "{title}家孩子咨询[[应征]]条件，已发放宣传册。",
        "{mask}政审走访：现实表现良好，[[常住]]地与户籍地一致。",
        "本镇[[应征]]报名{n}人，[[体检]]合格{n}人，由{title}统计。",
    ),
    "fishery_forestry": (
        "{farm}（负责人{title}）[[龙虾]]养殖面积{n}亩，尾水处理池已建成。",
        "{mask}渔船未按时返港，[[江面]]风力7级，已电话通知{title}。",
        "护林点{vill}：[[林木]]长势良好，[[防火]]通道清理完毕，{title}值守。",
    ),
    "notary_legal": (
        "{mask}申请遗嘱[[公证]]，需补充[[房屋]]产权证明。",
        "{title}咨询亲子鉴定[[费用]]，已告知收费标准。",
        "当事人{mask}、{mask}达成[[和解]]，撤回援助申请。",
    ),
    "public_notice": (
        "{county}人民武装部部长{off}、政委{off}出席新兵欢送大会。",
        "{county}税务局局长{off}：本季度清缴[[欠税]]{wan}[[万元]]。",
    ),
    "lookalike_ledger": (
        "{road}{hno}{shop}：[[电费]]{amt}元，[[水费]]{amt}元，联系人{title}。",
        "{vill}至{vill}道路改造，途经{bridge}，[[高压线]]迁移费用{wan}[[万元]]。",
        "{school}开展{hero}，{title}带队。",
        "{mask}、{mask}两户[[燃气表]]更换完毕，{title}验收。",
        "{company}年度纳税{wan}[[万元]]，[[金额]]较上年增长{n}%，带动[[周边]]就业。",
        "{farm}[[鱼塘]]承包到期，{title}续签三年。",
        "{hosp}与{school}之间[[管道]]维修，[[白天]]停水四小时。",
        "{shop}门前[[石料]]堆放，已通知{title}清理；对面{shop}无异议。",
        "{hero}；{vill}护林员{title}参加。",
        "[[何时]]恢复供气？{title}回复：[[管道]]检修完毕即恢复，{road}一带[[黄昏]]前通气。",
        "{mask}（{vill}）[[林木]]采伐证已核发，[[防火]]责任人{title}。",
        "Shop next to {en_place}, unit {n}: water bill paid by {en_title}.",
    ),
}


# ---------------------------------------------------------------------------------------------
# Makers
# ---------------------------------------------------------------------------------------------

def _given(rng: random.Random, length: int, male: bool | None = None) -> str:
    if male is None:
        male = rng.random() < 0.5
    first, second = (_MALE_FIRST, _MALE_SECOND) if male else (_FEMALE_FIRST, _FEMALE_SECOND)
    if length == 1:
        return rng.choice(second)
    if not male and rng.random() < 0.05:            # 婷婷, 丽丽
        c = rng.choice(second)
        return c + c
    return rng.choice(first) + rng.choice(second)


def _minority(rng: random.Random, male: bool | None = None) -> str:
    kind = rng.random()
    dot = rng.choice(_DOTS)
    if male is None:
        male = rng.random() < 0.5
    if kind < 0.35:
        given = rng.choice(_UYGHUR_MALE if male else _UYGHUR_FEMALE)
        return given + dot + rng.choice(_UYGHUR_FATHER)
    if kind < 0.5:
        return rng.choice(_KAZAKH_GIVEN) + dot + rng.choice(_KAZAKH_FATHER)
    if kind < 0.7:
        a, b = rng.sample(_TIBETAN_PARTS, 2)
        return a + b if rng.random() < 0.8 else a
    if kind < 0.85:
        return rng.choice(_MONGOLIAN)
    if kind < 0.93:
        return rng.choice(_YI_CLAN) + rng.choice(_YI_GIVEN)
    return rng.choice(_HUI_SURNAMES) + _given(rng, 2, male)


def _trad(rng: random.Random) -> str:
    return rng.choice(_TRAD_SURNAMES) + "".join(rng.sample(_TRAD_GIVEN, rng.choice((1, 2, 2))))


def _person(rng: random.Random, male: bool | None = None) -> str:
    r = rng.random()
    if r < 0.62:
        return rng.choice(_SURNAMES) + _given(rng, 2, male)
    if r < 0.78:
        return rng.choice(_SURNAMES) + _given(rng, 1, male)
    if r < 0.83:
        return rng.choice(_RARE_SURNAMES) + _given(rng, rng.choice((1, 2)), male)
    if r < 0.87:
        return rng.choice(_COMPOUND_SURNAMES) + _given(rng, rng.choice((1, 2)), male)
    if r < 0.90 and male is None:
        return rng.choice(_WORDLIKE_NAMES)
    if r < 0.97:
        return _minority(rng, male)
    return _trad(rng)


def _kin(rng: random.Random, elder: str | None, male: bool) -> str:
    """A relative of the cell's first name: the same surname when it is a plain Han one."""
    if elder and len(elder) in (2, 3) and elder[0] in _SURNAMES:
        return elder[0] + _given(rng, rng.choice((1, 2, 2, 2)), male)
    return _person(rng, male)


def _padded(rng: random.Random) -> str:
    """A name padded to the width of a three-character one (王　伟), as list cells align them."""
    if rng.random() < 0.6:
        return rng.choice(_SURNAMES) + "\u3000" + _given(rng, 1)
    return rng.choice(_SURNAMES) + _given(rng, 2)


def _english(rng: random.Random) -> str:
    s, g = rng.choice(_EN_SURNAMES), rng.choice(_EN_GIVEN)
    return rng.choices((f"{s} {g}", f"{s.upper()} {g}", f"{g} {s}"), weights=(5, 3, 2))[0]


def _phone(rng: random.Random) -> str:
    digits = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    form = rng.random()
    if form < 0.75:
        return digits
    sep = "-" if form < 0.9 else " "
    return f"{digits[:3]}{sep}{digits[3:7]}{sep}{digits[7:]}"


def _id_number(rng: random.Random) -> str:
    body = (rng.choice(_ID_AREAS) + f"{rng.randint(1940, 2004)}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 28):02d}" + f"{rng.randint(1, 999):03d}")
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, _ID_WEIGHTS)) % 11]
    return body + check


def _amount(rng: random.Random) -> str:
    yuan, fen = rng.randint(60, 19800), rng.randint(0, 99)
    forms = (str(yuan), f"{yuan}.{fen:02d}", f"{yuan // 1000},{yuan % 1000:03d}.{fen:02d}")
    return rng.choices(forms, weights=(5, 3, 2))[0] if yuan >= 1000 else forms[rng.randint(0, 1)]


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2021, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choices((f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日"), weights=(5, 3, 2))[0]


def _house(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.randint(1, 260)}号"
    return f"{rng.randint(1, 12)}组{rng.randint(1, 60)}号"


def _village(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(_VILLAGE_SUFFIXES)


def _road(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return rng.choice(_ROADS)
    return rng.choice(_SURNAMES) + rng.choice(("家巷", "家胡同", "家街", "家弄"))


def _bridge(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(_BRIDGES)
    return rng.choice(_SURNAMES) + "家桥"


def _school(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return rng.choice(_SCHOOLS)
    return rng.choice(_SURNAMES) + rng.choice(("家庄小学", "家湾中学", "集中心小学"))


def _hospital(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return rng.choice(_HOSPITALS)
    return rng.choice(_SURNAMES) + rng.choice(("氏骨伤科诊所", "氏口腔诊所", "家庄卫生室"))


def _company(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.2:
        return rng.choice(_FIRMS_NAMED)
    if r < 0.45:
        return rng.choice(_WORDLIKE_NAMES) + rng.choice(_INDUSTRIES)
    return rng.choice(_SURNAMES) + "氏" + rng.choice(_INDUSTRIES)


def _shop(rng: random.Random) -> str:
    r = rng.random()
    s = rng.choice(_SURNAMES)
    if r < 0.3:
        return rng.choice(_BRANDS)
    if r < 0.55:
        return s + "记" + rng.choice(_FOODS)
    if r < 0.75:
        return "老" + s + rng.choice(_FOODS)
    if r < 0.9:
        return s + "家" + rng.choice(_FOODS)
    return s + "氏" + rng.choice(_FOODS)


def _farm(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return "老" + rng.choice(_SURNAMES) + "家庭农场"
    return rng.choice(_SURNAMES) + rng.choice(_FARM_SUFFIXES)


def _title(rng: random.Random) -> str:
    s = rng.choice(_SURNAMES)
    r = rng.random()
    if r < 0.15:
        return "老" + s
    if r < 0.25:
        return "小" + s
    return s + rng.choice(_TITLES)


def _mask(rng: random.Random) -> str:
    s = rng.choice(_SURNAMES)
    m = rng.choice(_MASKS)
    if m == "*":
        return s + "*" + _given(rng, 1)
    return s + m


def _firm(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + rng.choice(("家坝", "家营", "家湾", "集")) + "法律服务所"


def _hero(rng: random.Random) -> tuple[str, str]:
    phrase, figure = rng.choice(_HEROES)
    return phrase.format(figure), figure


# ---------------------------------------------------------------------------------------------
# One cell
# ---------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{(\w+)(?::(\w+))?\}|\[\[(.+?)\]\]")

_LOOKALIKE_MAKERS: dict[str, Callable[[random.Random], str]] = {
    "mask": _mask, "title": _title, "vill": _village, "road": _road, "bridge": _bridge,
    "school": _school, "hosp": _hospital, "company": _company, "shop": _shop, "farm": _farm,
    "off": _person, "firm": _firm,
    "boat": lambda r: r.choice(_BOAT_PREFIXES) + f"{r.randint(0, 99999):05d}",
    "en_title": lambda r: f"{r.choice(_EN_TITLES)} {r.choice(_EN_SURNAMES)}",
    "en_place": lambda r: r.choice(_EN_PLACES),
}
_NAME_MAKERS: dict[str, Callable[[random.Random], str]] = {
    "p": _person, "min": _minority, "trad": _trad, "en": _english,
}
_VALUE_MAKERS: dict[str, Callable[[random.Random], str]] = {
    "phone": _phone, "id": _id_number, "amt": _amount, "date": _date, "hno": _house,
    "n": lambda r: str(r.randint(2, 40)),
    "wan": lambda r: f"{r.randint(1, 300)}.{r.randint(0, 99):02d}",
    "n4": lambda r: f"{r.randint(0, 9999):04d}",
    "q": lambda r: "一二三四"[r.randint(0, 3)],
    "yr": lambda r: str(r.randint(2018, 2025)),
    "by": lambda r: str(r.randint(1955, 1972)),
    "month": lambda r: str(r.randint(1, 12)),
    "age": lambda r: str(r.randint(19, 78)),
    "oage": lambda r: str(r.randint(62, 99)),
    "yage": lambda r: str(r.randint(17, 22)),
    "room": lambda r: f"{r.randint(1, 6)}{r.randint(0, 2)}{r.randint(1, 9)}",
    "gender": lambda r: r.choice("男女"),
    "acct": lambda r: "".join(r.choice("0123456789") for _ in range(10)),
    "code": lambda r: f"{r.randint(0, 9999999):07d}",
    "town": lambda r: r.choice(_TOWNS),
    "county": lambda r: r.choice(_COUNTIES),
    "prov": lambda r: r.choice(_PROVINCES),
}


_AGE_RANGES = {"oage": (60, 97), "yage": (17, 22)}


def _related(a: str, b: str) -> bool:
    return a in b or b in a


class _Cell:
    """Renders one template, keeping the planted names and look-alikes it wrote."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: list[str] = []
        self.lookalikes: list[str] = []

    def _name(self, make: Callable[[random.Random], str]) -> str:
        for _ in range(60):
            name = make(self.rng)
            if not any(_related(name, other) for other in self.names + self.lookalikes):
                self.names.append(name)
                return name
        raise _Retry

    def _look(self, text: str) -> str:
        if text not in self.lookalikes:
            self.lookalikes.append(text)
        return text

    def _list(self, kind: str) -> str:
        rng = self.rng
        if kind == "pad":
            items = [self._name(_padded) for _ in range(rng.randint(3, 6))]
            unit = rng.choice(("元", "天"))
            values = [str(rng.randint(600, 2400) if unit == "元" else rng.randint(8, 31)) + unit
                      for _ in items]
            sep = rng.choice(("；", "\n", "  "))
            return sep.join(f"{n}\u3000{v}" for n, v in zip(items, values))
        names = [self._name(_person) for _ in range(rng.randint(2, 6))]
        if kind == "plain":
            return rng.choice(("、", "，", "/", "；", " ")).join(names)
        if kind == "amt":
            form = rng.randint(0, 2)
            parts = [(f"{n}{_amount(rng)}元", f"{n}（{_amount(rng)}元）", f"{n} {_amount(rng)}")[form]
                     for n in names]
            return rng.choice(("；", "，", "、")).join(parts)
        if kind in _AGE_RANGES:
            low, high = _AGE_RANGES[kind]
            form = rng.randint(0, 2)
            parts = [(f"{n}（{rng.randint(low, high)}岁）", f"{n}，{rng.randint(low, high)}岁",
                      f"{n}{rng.randint(low, high)}岁")[form] for n in names]
            return ("；" if form == 1 else rng.choice(("、", "；"))).join(parts)
        if kind == "stall":
            return rng.choice(("，", "；")).join(f"{rng.choice('ABC')}{i + 1}号{n}"
                                                for i, n in enumerate(names))
        if kind == "house":
            return rng.choice(("；", "，")).join(f"{_house(rng)}{n}" for n in names)
        raise ValueError(f"unknown list kind {kind!r}")

    def _token(self, match: re.Match[str]) -> str:
        key, arg, literal = match.group(1), match.group(2), match.group(3)
        if literal is not None:
            return self._look(literal)
        if key == "plist":
            return self._list(arg or "plain")
        if key in _NAME_MAKERS:
            return self._name(_NAME_MAKERS[key])
        if key in ("pm", "pf"):
            return self._name(lambda r: _person(r, key == "pm"))
        if key == "kin":
            elder = self.names[0] if self.names else None
            return self._name(lambda r: _kin(r, elder, arg == "m"))
        if key == "hero":
            phrase, figure = _hero(self.rng)
            self._look(figure)
            return phrase
        if key in _LOOKALIKE_MAKERS:
            return self._look(_LOOKALIKE_MAKERS[key](self.rng))
        return _VALUE_MAKERS[key](self.rng)

    def render(self, template: str) -> str:
        return _TOKEN.sub(self._token, template)


class _Retry(Exception):
    """The draw could not keep planted strings apart; draw the cell again."""


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    out, start = [], text.find(needle)
    while start >= 0:
        out.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return out


def stands_alone(text: str, names: list[str], lookalikes: list[str]) -> bool:
    """The contract: each name once and apart from every other planted string; look-alikes stand."""
    if len(set(names)) != len(names) or len(set(lookalikes)) != len(lookalikes):
        return False
    if not all(lk in text for lk in lookalikes):
        return False
    if any(a != b and a in b for a in lookalikes for b in lookalikes):
        return False
    for name in names:
        spans = _spans(text, name)
        if len(spans) != 1:
            return False
        (s, e), = spans
        for other in names + lookalikes:
            if other == name:
                continue
            if _related(name, other):
                return False
            if any(os < e and s < oe for os, oe in _spans(text, other)):
                return False
    return True


def _draw(rng: random.Random, family: str, named: bool, seen: set[str]) -> Remark:
    pool = _NAMED[family] if named else _UNNAMED[family]
    for _ in range(500):
        cell = _Cell(rng)
        try:
            text = cell.render(rng.choice(pool))
        except _Retry:
            continue
        if text in seen or bool(cell.names) != named:
            continue
        if not stands_alone(text, cell.names, cell.lookalikes):
            continue
        seen.add(text)
        return Remark(text=text, family=family, names=cell.names, lookalikes=cell.lookalikes,
                      public_officials=family in PUBLIC_FAMILIES)
    raise RuntimeError(f"could not draw a {family} cell")


def _family_counts(n: int) -> dict[str, int]:
    total = sum(WEIGHTS.values())
    exact = {f: n * w / total for f, w in WEIGHTS.items()}
    counts = {f: int(v) for f, v in exact.items()}
    for f in sorted(exact, key=lambda f: (counts[f] - exact[f], f))[: n - sum(counts.values())]:
        counts[f] += 1
    return counts


def make_remarks(n: int = 2000, seed: int = 8181) -> list[Remark]:
    """n cells in the WEIGHTS mix, shuffled; the same seed gives the same cells."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[Remark] = []
    for family, count in _family_counts(n).items():
        unnamed = set(rng.sample(range(count), round(count * NO_NAME_SHARE))) \
            if family in NAME_FAMILIES else set(range(count))
        out.extend(_draw(rng, family, i not in unnamed, seen) for i in range(count))
    rng.shuffle(out)
    return out


def describe(remarks: list[Remark]) -> dict:
    """Counts of cells, planted names, look-alikes and cells with a name, overall and per family."""
    def tally(rows: list[Remark]) -> dict[str, int]:
        return {"cells": len(rows), "names": sum(len(r.names) for r in rows),
                "lookalikes": sum(len(r.lookalikes) for r in rows),
                "with_name": sum(1 for r in rows if r.names)}

    by_family: dict[str, list[Remark]] = {}
    for r in remarks:
        by_family.setdefault(r.family, []).append(r)
    return {**tally(remarks), "families": {f: tally(rows) for f, rows in sorted(by_family.items())}}


if __name__ == "__main__":                                   # pragma: no cover
    import json
    print(json.dumps(describe(make_remarks()), ensure_ascii=False, indent=1))
