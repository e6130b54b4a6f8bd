"""Frozen free-text remarks, edition 23 (blind): a test set, not a tuning set.

What it is
    A deterministic generator of 2,000 free-text remark cells ("备注"/"情况说明" style notes) in new
    county/city office domains, each cell carrying the private persons' names planted in it and the
    look-alikes (strings that resemble names but must stay). It measures a name detector; nobody
    tunes a rule on it.

Who wrote it and what was read
    Written by a helper session (branch h-remarks23) from its own knowledge of how Chinese county and
    city offices word such notes. Read: the brief; in shared/reference/DOMAIN.md only the heading list
    and the sections "Personal data in public listings" and "Administrative penalty publicity";
    lines 170-178 of benchmarks/frozen/remarks.py (the Remark dataclass, imported here). Nothing
    under src/, no other generator, no .tsv list, no history of others' work was opened, and no
    de-identification code was run on the set.
    Slips: none known. Existence checks only: one `ls benchmarks/frozen/ tests/` whose output was
    discarded (piped to `head -0`), and an `ls` of benchmarks/frozen/__init__.py, benchmarks/__init__.py,
    tests/__init__.py, conftest.py and pyproject.toml to learn how the package imports (so file names
    were seen, no contents). No file content outside the list was read.

Families (weights in WEIGHTS)
    mental_health        严重精神障碍患者随访、监护人以奖代补、肇事肇祸风险评估
    community_correction 社区矫正报到、请假外出、电子定位、安置帮教
    hotel_register       旅馆业住宿登记、未成年人入住“五必须”核查、治安检查
    pharmacy_realname    含麻黄碱类药品/退热药实名购药登记与检查
    poverty_watch        防止返贫监测对象识别、帮扶措施、风险消除
    banquet_filing       红白理事会婚丧宴席报备、移风易俗劝导、农村集体聚餐食品安全
    firework_sales       烟花爆竹零售许可、临时销售点检查、违规燃放劝导
    ferry_passenger      渡口渡船乘客登记、安全员、停航
    militia_roster       民兵整组编组、应急分队、训练考勤
    voter_register       村(居)委会换届选民登记、委托投票、资格审查
    coop_members         农民专业合作社/家庭农场社员名册、入股、分红
    tobacco_license      烟草专卖零售许可申办、延续、停业、检查
    english_export       English-language export of such notes
    minority_listing     listings with names of ethnic minorities in their written forms
    public_notice        公示/公告 texts; officials in their public role are look-alikes
    lookalike_only       no name at all, dense with look-alikes
    Layouts vary: labelled fields, prose, "|"/"/"-joined cells, numbered lists, dated logs.

Surface forms of names
    Han names, surnames drawn by rough real frequency with a long tail, rare surnames (禤 逄 笪 乜 仉 郗
    ...), compound surnames (欧阳 司马 诸葛 ...); one- and two-character given names, old rural names
    (桂兰, 铁柱, 来福), era names (建国, 卫东), modern names (梓涵, 浩宇), names that are ordinary words
    (高峰, 田野, 金城); two-character names padded with a full-width space (王　芳) as aligned sheets do.
    Positions: cell start, after labels, with kinship words (其母, 之子, 妻, 外孙), after verbs and
    particles (由, 经, 与, 向, 替, 交给, 通知), in 、- and ；-lists, mid-prose without cue, in brackets,
    next to ages, room numbers, plates, masked/full resident IDs (valid check character) and phones;
    two names joined only where offices do ("王芳李强夫妇"). At least a third carry no cue word.
    English: pinyin in both orders, upper-case surnames, initials, hyphenated and joined given names,
    Cantonese, Wade-Giles/Taiwan spellings, English given names with Chinese surnames, romanised
    Uyghur/Kazakh/Tibetan names. Minority: Uyghur, Kazakh, Tibetan, Yi, Mongolian, Hui, 朝鲜族, Zhuang,
    Miao, Dai, Manchu, Bai, Naxi, Hani, Lisu forms, separators · • ・ ． . or none.

Look-alike classes
    Domain words of each family beginning with a surname character (DOMAIN_LEXICON: medicines,
    clinics, hotels, drugs, pharmacy chains, fireworks, ferries, dishes and halls, cigarette brands,
    crops and cooperatives, militia drills and gear, election words; >= 40% of look-alike entries);
    places and villages (王家庄村), roads, firms and brands, shops (李记面馆), dishes, diseases named
    after people, common words beginning with a surname character (周岁, 许可), masked names (张某,
    李**, 刘*华), surname + title (刘师傅, 老王, Mr Wang), famous people and public works in prose,
    and, in public notices only, officials in their public role (审批人, 经办人, 审核人, 复核人,
    监督电话联系人, 评议小组成员, 村两委成员, 驻村第一书记, 公示单位负责人).

Contract
    make_remarks(n, seed) is deterministic (random.Random(seed) only). Each Remark: every planted name
    occurs exactly once in its text and overlaps no look-alike occurrence; every look-alike occurs;
    no planted name occurs in any other cell's text; public_officials is True exactly for
    public_notice; lookalike_only cells carry no names, every other cell at least one.
"""
from __future__ import annotations

import random

from .remarks import Remark

VERSION = "frozen-remarks-23 (2026-12-06)"

DOMAINS = (
    "mental_health", "community_correction", "hotel_register", "pharmacy_realname",
    "poverty_watch", "banquet_filing", "firework_sales", "ferry_passenger",
    "militia_roster", "voter_register", "coop_members", "tobacco_license",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{f: 0.055 for f in DOMAINS},
           "english_export": 0.08, "minority_listing": 0.08,
           "public_notice": 0.09, "lookalike_only": 0.08}

# --------------------------------------------------------------------------------------------
# Surnames and given names
# --------------------------------------------------------------------------------------------
_TIERS = (
    ("王李张刘陈", 6.5),
    ("杨黄赵吴周", 2.4),
    ("徐孙马朱胡郭何高林罗", 1.3),
    ("郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方"
     "白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤洪", 0.45),
    ("常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
     "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连"
     "芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲"
     "虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜"
     "海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍"
     "辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀"
     "衣信展阴昝智幸奉植衡富尧闭由昌", 0.1),
)
_SURNAMES: list[str] = []
_SURNAME_W: list[float] = []
for _chars, _w in _TIERS:
    for _ch in _chars:
        if _ch not in _SURNAMES:
            _SURNAMES.append(_ch)
            _SURNAME_W.append(_w)
_TOP = tuple(_SURNAMES[:60])
_RARE = "禤逄笪乜仉郗隗厍缑訾佴钭璩蹇郦妫羿菅邴郄眭"
_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "令狐", "皇甫", "司徒", "端木", "东方", "夏侯", "公孙",
             "慕容", "长孙", "尉迟", "宇文", "轩辕", "澹台", "南宫", "西门", "呼延", "钟离", "独孤",
             "闻人", "赫连", "第五", "万俟")
SURNAME_CHARS = "".join(_SURNAMES) + _RARE + "".join(dict.fromkeys(c[0] for c in _COMPOUND))

_G1_M = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳建亮成峰东博晨雷彬坤毅锋"
_G1_F = "芳娜敏静丽艳娟霞秀燕玲婷雪慧琳倩颖洁萍红梅莉琴蓉薇晶岚瑶妍"
_G2A_M = "子浩宇梓一俊志建国海天明文博皓昊睿泽嘉"
_G2B_M = "轩睿泽辰然宇航杰豪鹏洋磊铭霖阳凡诺涛伟强"
_G2A_F = "欣佳雨嘉思雅诗梦可若语紫婉晓一梓"
_G2B_F = "涵萱琪怡彤妍婷雯琳悦诺菲琦瑶颖蕾"
_OLD_M = ("铁柱", "来福", "狗蛋", "二狗", "石头", "满囤", "拴柱", "金锁", "根生", "水生", "富贵", "有财",
          "德胜", "树林", "长顺", "宝山", "铁蛋", "留根", "全福", "福贵", "栓子", "大壮", "二牛", "建国",
          "建军", "国庆", "卫东", "红卫", "援朝", "跃进", "卫国", "振华", "兴华", "志强", "小兵", "永福",
          "春生", "秋生", "冬生", "长海", "三娃", "黑蛋", "满仓", "金宝", "有福", "保国", "向东", "玉田")
_OLD_F = ("桂兰", "秀英", "玉兰", "凤英", "桂英", "秀兰", "淑珍", "秀珍", "玉珍", "桂芝", "凤兰", "翠兰",
          "金花", "银花", "春花", "翠花", "腊梅", "冬梅", "秋菊", "招娣", "来娣", "改娣", "引弟", "大妮",
          "二丫", "三妹", "爱华", "永红", "红梅", "小红", "素芬", "月娥", "玉凤", "巧云", "彩霞", "美兰",
          "凤芝", "淑芬", "桂香", "秀梅", "兰英", "玉梅", "春兰", "素琴", "凤琴", "金凤")
_WORD_NAMES = ("高峰", "田野", "金城", "江河", "白云", "石磊", "林森", "万里", "常青", "夏天", "海洋", "方正",
               "黎明", "江山", "周全", "任重", "齐心", "严明", "高山", "马力", "杨柳", "秦川", "梅花", "金鑫",
               "高原", "高远", "武功", "宁静", "向前", "华夏", "江南", "江海", "龙飞", "白雪", "白露", "秋实",
               "高明", "方圆", "程功", "成功", "温和", "温暖", "和平", "时光", "文静", "雷鸣", "马兰", "林立",
               "汪洋", "柏林", "乐观", "谷雨", "田园", "甘霖", "胡杨", "常胜", "米兰", "金星", "蓝天", "白杨",
               "朱红", "于是", "向阳", "安康", "钱进", "关心", "程远", "丁香", "孔雀", "席卷", "车灯", "沈静")
# Famous or public persons never planted as private names (they are in the blob below).
_FAMOUS = ("雷锋", "焦裕禄", "孔繁森", "杨善洲", "黄文秀", "张桂梅", "袁隆平", "钟南山", "屠呦呦", "李时珍",
           "华佗", "张仲景", "孙思邈", "扁鹊", "鲁迅", "李白", "杜甫", "苏轼", "岳飞", "包拯", "海瑞", "郑和",
           "林则徐", "孙中山", "王进喜", "时传祥", "郭明义", "梅兰芳", "孔子", "孟子", "诸葛亮", "司马光",
           "欧阳修", "花木兰", "穆桂英", "孟姜女", "刘三姐", "白居易", "王羲之", "徐霞客", "廖俊波", "黄大年",
           "上官婉儿", "东方朔", "司马迁", "朴正熙", "韦国清", "斯琴高娃", "李宁", "王老吉", "杨国福",
           "张亮", "王致和", "王守义", "张一元", "张小泉", "马应龙", "杨铭宇", "刘一手", "周大福", "李锦记")

# --------------------------------------------------------------------------------------------
# Look-alike pools
# --------------------------------------------------------------------------------------------
_DOM: dict[str, dict[str, tuple[str, ...]]] = {
    "mental_health": {
        "drug": ("利培酮片", "利培酮口服液", "齐拉西酮胶囊", "阿立哌唑片", "艾司西酞普兰片", "文拉法辛缓释胶囊",
                 "米氮平片", "劳拉西泮片", "安坦", "长效针剂"),
        "hosp": ("安康医院", "康宁医院", "华西医院", "和睦家医院", "卫生院"),
        "prog": ("康复驿站", "阳光家园", "温馨家园", "关爱帮扶小组", "康复训练"),
        "dis": ("唐氏综合征", "阿尔茨海默病", "阿斯伯格综合征", "雷特综合征"),
        "term": ("严重精神障碍", "严重精神障碍信息系统", "易肇事肇祸", "危险性评估", "应急处置", "卫健委"),
    },
    "community_correction": {
        "office": ("司法所", "司法局", "公安派出所"),
        "step": ("谈话教育", "查访核实", "信息化核查", "查询定位", "季度考核", "居住地变更"),
        "end": ("解除矫正", "解矫宣告", "宣告书"),
        "level": ("严管级", "普管级"),
        "act": ("公益活动", "公益劳动", "安置帮教"),
        "kind": ("管制",),
    },
    "hotel_register": {
        "hotel": ("莫泰168", "尚客优酒店", "海友酒店", "白玉兰酒店", "金陵饭店", "金龙宾馆", "王府井大饭店",
                  "马可波罗酒店", "龙门客栈", "常青旅社", "万豪酒店", "万达嘉华酒店", "黄鹤楼宾馆", "温泉山庄",
                  "安居旅社", "明珠宾馆", "平安旅馆", "和颐酒店", "朱家角民宿", "江南驿站", "柳岸民宿", "梅园宾馆",
                  "向阳招待所", "钟楼青年旅舍"),
        "term": ("查验身份证件", "华住会"),
    },
    "pharmacy_realname": {
        "drug": ("连花清瘟胶囊", "蒲地蓝消炎片", "葛根汤颗粒", "银翘解毒片", "桑菊感冒片", "柴胡颗粒",
                 "牛黄解毒片", "云南白药", "马应龙麝香痔疮膏", "阿莫西林胶囊", "罗红霉素片", "蒙脱石散",
                 "金嗓子喉宝", "江中健胃消食片", "强力枇杷露", "潘高寿蜜炼川贝枇杷膏", "丁桂儿脐贴",
                 "金刚烷胺片", "林可霉素片"),
        "eph": ("康泰克", "白加黑"),
        "chain": ("胡庆余堂", "雷允上", "陈李济", "叶开泰", "海王星辰", "国大药房", "张仲景大药房", "金象大药房",
                  "高济医疗", "华润堂", "全亿大药房", "万家康大药房", "和平药房", "柳州医药"),
        "term": ("麻黄碱",),
    },
    "poverty_watch": {
        "measure": ("公益性岗位", "危房改造", "金融帮扶", "牛羊养殖", "花椒种植", "高山蔬菜", "蓝莓基地",
                    "苗木基地", "桑蚕养殖", "农村低保", "农村特困供养", "劳务输出", "车间务工", "易地扶贫搬迁",
                    "黄牛养殖"),
        "type": ("边缘易致贫户",),
        "term": ("应纳尽纳", "房前屋后", "和美乡村", "全覆盖", "申请纳入", "易地搬迁安置点"),
    },
    "banquet_filing": {
        "dish": ("宫保鸡丁", "麻婆豆腐", "梅菜扣肉", "龙井虾仁", "黄焖鸡", "白切鸡", "毛氏红烧肉", "全家福",
                 "金玉满堂", "羊肉汤", "米粉肉", "鲍鱼", "谭家菜", "宋嫂鱼羹", "胡辣汤", "金钱肚", "杨枝甘露"),
        "hall": ("王府宴会厅", "张家大院农家乐", "李家饭庄", "马家私房菜", "刘家大院", "满福楼"),
        "feast": ("满月酒", "谢师宴", "乔迁宴", "孔府宴", "白事"),
        "drink": ("茅台", "牛栏山二锅头", "郎酒", "古井贡酒", "白云边"),
        "term": ("文明节俭", "卫生许可证"),
    },
    "firework_sales": {
        "product": ("孔明灯", "满天星", "万响鞭", "龙凤呈祥", "花炮", "雷王", "金箍棒", "金龙吐珠"),
        "brand": ("熊猫烟花", "李渡烟花", "万载花炮", "东信烟花"),
        "term": ("安全距离", "应急演练", "许可证", "周转库", "易燃易爆", "危险品"),
        "spot": ("冯家湾临时销售点", "何家集临时销售点"),
    },
    "ferry_passenger": {
        "dock": ("洪湖渡", "黄河渡口", "乌江渡", "沙市渡口", "石门渡", "白沙渡", "马家渡", "柳林渡", "蒋家渡",
                 "韩家渡", "钟家渡", "江心洲", "高坝洲"),
        "boat": ("江城号", "金江号", "白帝号", "龙潭号", "马口渡轮"),
        "office": ("海事处", "海事所"),
        "term": ("安全员", "洪峰", "封航", "应急救援", "龙舟", "农用船"),
    },
    "militia_roster": {
        "unit": ("应急分队", "普通民兵连", "战斗班"),
        "drill": ("强化训练", "向右看齐", "齐步走", "战备值班", "沙盘推演", "全员点验"),
        "gear": ("沙袋", "信号旗", "高射机枪", "应急物资", "武器库"),
        "org": ("武装部", "国防动员办", "武装部长", "党支部"),
        "task": ("车辆保障", "封控", "卫生员", "武器库看管"),
    },
    "voter_register": {
        "term": ("计票", "海选", "全票", "明白纸", "常住人口", "程序", "任期", "平稳有序", "居住期限"),
        "place": ("宣传栏", "居民小组"),
        "role": ("党组织", "包村干部", "计票人"),
        "notice": ("公告", "公示"),
    },
    "coop_members": {
        "coop": ("金穗农机专业合作社", "丰收种植专业合作社", "华丰果蔬合作社", "田园家庭农场",
                 "高山茶叶合作社", "富民养殖专业合作社", "和顺粮食合作社", "康源中药材合作社",
                 "惠农土地股份合作社", "王家庄种植专业合作社", "李家湾养殖专业合作社"),
        "crop": ("马铃薯", "花生", "甘薯", "甘蔗", "白菜", "桑叶", "葛根", "蒲公英", "金银花", "柏树苗", "杨梅",
                 "谷子", "高粱"),
        "biz": ("柴鸡养殖", "黄牛养殖", "苗圃", "柳编", "农机", "农资", "成员账户"),
    },
    "tobacco_license": {
        "brand": ("黄鹤楼", "玉溪", "云烟", "白沙", "利群", "南京", "苏烟", "黄山", "龙凤呈祥", "金圣", "黄金叶",
                  "哈德门", "石狮", "熊猫", "万宝路", "骆驼", "金桥", "长白山"),
        "term": ("许可证", "查验"),
    },
    "english_export": {
        "place": ("Wanda Plaza", "Wangfujing", "Baiyun District", "Xuhui District", "Tianhe District",
                  "Haidian District", "Renmin Road", "Zhongshan Road", "Yuexiu District", "Longgang",
                  "Gaotie station"),
        "hosp": ("Huashan Hospital", "Kangning Hospital", "Anding Hospital", "Xiangya Hospital",
                 "Tongji Hospital"),
        "hotel": ("Jinjiang Inn", "Hanting Hotel", "Huazhu"),
        "drug": ("Lianhua Qingwen", "Ma Ying Long", "Baijiahei", "Yunnan Baiyao"),
        "cig": ("Huanghelou", "Liqun", "Baisha", "Hongtashan", "Huangshan cigarettes"),
        "food": ("Longjing tea", "Wuliangye", "Moutai", "Gongbao chicken", "Mapo tofu", "Dongpo pork"),
        "fire": ("Xiongmao Fireworks", "Liuyang fireworks", "Wanzai fireworks"),
        "ferry": ("Jiangcheng Ferry",),
        "brand": ("Li-Ning",),
        "fest": ("Zhongqiu", "Duanwu"),
    },
    "minority_listing": {
        "place": ("伊宁", "和田", "哈密", "昌吉", "乌鲁木齐", "马尔康", "甘孜", "林芝", "那曲", "昌都", "景洪",
                  "元阳", "金阳", "和龙", "龙井", "文山", "楚雄", "包头", "阿克苏", "阿勒泰", "阿坝",
                  "乌兰察布"),
        "food": ("石锅拌饭", "冷面", "马奶酒"),
        "fest": ("古尔邦节", "那达慕"),
    },
}
DOMAIN_LEXICON: dict[str, tuple[str, ...]] = {
    f: tuple(dict.fromkeys(w for ws in cats.values() for w in ws)) for f, cats in _DOM.items()}
PINYIN_SURNAMES = ("Wang", "Li", "Hua", "Kang", "An", "Jin", "Han", "Bai", "Huang", "Lian", "Ma", "Yun",
                   "Long", "Gao", "Xiong", "Liu", "Jiang", "Hong", "Wu", "Mou", "Gong", "Dong", "Xu", "Tian",
                   "Hai", "Ren", "Zhong", "Yue", "Xiang", "Tong", "Duan", "Wan")
DOMAIN_WORDS = tuple(dict.fromkeys(w for ws in DOMAIN_LEXICON.values() for w in ws))

_CITIES = ("石家庄", "张家口", "张家界", "周口", "马鞍山", "高邮", "黄石", "邓州", "常州", "温州", "林州", "江山",
           "金华", "龙岩", "柳州", "孟州", "韩城", "秦皇岛", "宋庄", "杨凌", "朱仙镇", "岳阳", "易县", "焦作",
           "许昌", "禹州", "武陟", "雷州", "钟祥", "尚志", "蓝田", "白水", "汤阴", "洪洞", "郑州", "曹县",
           "单县", "梁山", "冯家峪", "邢台", "庞各庄", "潘家园")
_ROADS = ("中山路", "人民路", "解放路", "黄河路", "长江路", "文化路", "建设路", "胜利街", "和平路", "向阳路",
          "金水路", "林荫路", "杨柳路", "马场道", "逸仙路", "鲁迅路", "衡山路", "郭守敬大道", "张骞路",
          "花园路", "关帝庙街", "岳飞街", "黄河大道", "包公大道")
_FIRMS = ("王老吉", "张小泉剪刀", "陈李济", "李宁", "海尔", "周黑鸭", "钱大妈", "曹操出行", "陶陶居", "全聚德",
          "杨国福麻辣烫", "张亮麻辣烫", "刘一手火锅", "谭鸭血", "沙县小吃", "兰州拉面", "杨铭宇黄焖鸡",
          "吴裕泰", "张一元", "王致和腐乳", "王守义十三香", "李锦记", "金龙鱼", "鲁花", "康师傅", "白象",
          "农夫山泉", "老干妈", "周大福", "马应龙")
_DISEASES = ("阿尔茨海默病", "帕金森病", "唐氏综合征", "亨廷顿舞蹈病", "克罗恩病", "马凡综合征",
             "孟乔森综合征", "白塞病", "川崎病", "桥本甲状腺炎", "雷诺病", "霍奇金淋巴瘤", "艾迪生病",
             "库欣综合征", "梅尼埃病", "格林-巴利综合征", "图雷特综合征")
_COMMON = ("高兴", "周岁", "周末", "许多", "何时", "全部", "金额", "马上", "牛奶", "方便", "常规", "文明",
           "和气", "成员", "时间", "关于", "包括", "任务", "余额", "付款", "杜绝", "季度", "管理", "简单",
           "连续", "左右", "司机", "支持", "原因", "初步", "门口", "查看", "明天", "白天", "平时", "车辆",
           "田间", "江边", "安排", "向来", "方案", "高速", "黄昏", "万一", "于是乎", "宋体")
_COMMON_CTX = (("高兴", "群众很{}"), ("周岁", "已满十八{}"), ("周末", "{}照常值班"), ("许多", "{}群众围观"),
               ("何时", "{}办结待定"), ("全部", "材料{}齐全"), ("金额", "{}核对无误"), ("马上", "{}整改"),
               ("方便", "{}群众办理"), ("常规", "按{}办理"), ("文明", "{}劝导"), ("和气", "态度{}"),
               ("时间", "登记{}已核"), ("关于", "{}此事已答复"), ("包括", "{}家属在内"), ("任务", "{}已分解到组"),
               ("余额", "账户{}不足"), ("付款", "已{}"), ("杜绝", "{}代签代领"), ("季度", "每{}复核一次"),
               ("管理", "纳入网格化{}"), ("简单", "情况{}"), ("连续", "{}三次未接"), ("左右", "{}邻居均知情"),
               ("司机", "{}在车上等候"), ("支持", "家属{}"), ("原因", "{}待查"), ("初步", "{}核实无误"),
               ("门口", "{}张贴告知书"), ("查看", "现场{}"), ("明天", "{}复查"), ("白天", "{}无人在家"),
               ("平时", "{}在外务工"), ("车辆", "{}停放路边"), ("田间", "{}劳作时告知"), ("江边", "住在{}"),
               ("安排", "已{}专人"), ("向来", "{}配合"), ("方案", "整改{}已报"), ("高速", "经{}返回"),
               ("黄昏", "{}前返回"), ("万一", "{}失联立即报告"), ("宋体", "告知书用{}打印"))
_WORKS = ("白毛女", "平凡的世界", "白鹿原", "刘三姐", "焦裕禄", "李双双", "朝阳沟", "花木兰", "秦香莲",
          "梁祝", "杨家将", "包青天", "孟姜女", "张思德", "雷锋", "红楼梦", "水浒传")
_TITLES = ("师傅", "大爷", "大妈", "阿姨", "老师", "医生", "大夫", "队长", "所长", "书记", "主任", "会计",
           "老板", "村长", "组长", "奶奶", "爷爷", "姐", "哥", "嫂", "警官", "经理", "工", "叔", "婶", "专干")
_SHOP_KIND = ("面馆", "小吃", "粮油店", "五金店", "诊所", "修车铺", "理发店", "早餐店", "超市", "水饺馆",
              "烧饼铺", "凉皮店", "农资店", "便利店")
_VILLAGE_SUF = "庄湾沟坪寨河营铺集店屯岗洼坝"

_EN = {
    "title": ("Mr Wang", "Ms Li", "Auntie Zhang", "Old Liu", "Dr Chen", "Director Zhou", "Teacher Sun",
              "Uncle Zhao", "Mrs Huang", "Captain Ma", "Officer Guo", "Boss Tang"),
    "mask": ("Wang **", "Li X.", "Zhang M.*", "Chen ***", "Liu *hua", "Huang XX"),
    "month": ("May", "June", "August", "March", "October"),
    "fest": ("Spring Festival", "Qingming", "Mid-Autumn", "Lantern Festival", "National Day", "Chongyang"),
    "place": ("West China Hospital", "Ruijin Hospital", "Chaoyang District", "Jiangning", "Gulou",
              "Jiefang Road", "Heping Street", "Zhongshan Park"),
    "brand": ("Wahaha", "Haier", "Huawei", "Gree", "Tsingtao", "Meituan", "Anta", "Lao Gan Ma"),
    "word": ("Long-term", "Fan heater", "Hang Seng Bank", "Sun 10:00", "Bin 3", "Tai Chi", "Kung Pao",
             "Ban on sales"),  # used through _EN_WORD_CTX
    "famous": ("Alzheimer's", "Parkinson's", "Lei Feng", "Yuan Longping", "Sun Yat-sen", "Li Bai"),
}
_MN_PLACE = {
    "维吾尔族": ("伊宁", "和田", "哈密", "昌吉", "乌鲁木齐", "阿克苏"),
    "哈萨克族": ("伊宁", "阿勒泰", "昌吉"),
    "藏族": ("马尔康", "甘孜", "林芝", "那曲", "昌都", "阿坝"),
    "彝族": ("喜德", "布拖", "金阳", "楚雄"),
    "蒙古族": ("包头", "乌兰察布"),
    "朝鲜族": ("延吉", "和龙", "龙井"),
    "傣族": ("景洪",),
    "哈尼族": ("元阳",),
    "壮族": ("文山", "百色", "靖西"),
    "苗族": ("文山", "凯里", "松桃"),
    "纳西族": ("丽江", "玉龙"),
    "傈僳族": ("怒江", "福贡", "泸水"),
    "白族": ("大理", "洱源", "鹤庆"),
    "满族": ("岫岩", "新宾", "宽城"),
    "回族": ("临夏", "吴忠", "同心"),
}
_EN_WORD_CTX = (("Long-term", "{} follow-up advised"), ("Fan heater", "{} left on in room"),
                ("Hang Seng Bank", "deposit via {} card"), ("Sun 10:00", "next visit {}"),
                ("Bin 3", "forms filed in {}"), ("Tai Chi", "joins the {} class"),
                ("Kung Pao", "{} chicken served"), ("Ban on sales", "{} to minors explained"))
_EN_GENERAL = tuple(w for ws in _EN.values() for w in ws)

_BLOB = "\n".join(
    list(DOMAIN_WORDS) + list(_CITIES) + list(_ROADS) + list(_FIRMS) + list(_DISEASES) + list(_COMMON)
    + list(_WORKS) + list(_FAMOUS) + list(_EN_GENERAL))

# --------------------------------------------------------------------------------------------
# English and minority name parts
# --------------------------------------------------------------------------------------------
_PY_SUR = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
           "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han",
           "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Yu", "Jiang", "Cai",
           "Du", "Ye", "Cheng", "Su", "Wei", "Lu", "Ding", "Ren", "Shen", "Yao", "Cui", "Zhong", "Tan", "Fan",
           "Jin", "Shi", "Liao", "Jia", "Xia", "Fu", "Fang", "Bai", "Zou", "Meng", "Xiong", "Qin", "Qiu",
           "Yin", "Xue", "Yan", "Duan", "Lei", "Hou", "Long", "Tao", "Gu", "Mao", "Hao", "Gong", "Shao",
           "Qian", "Ouyang", "Sima", "Zhuge", "Shangguan", "Xiang", "Nie", "Qi", "Rong", "Geng")
_PY_G1 = ("Xiao", "Jian", "Zhi", "Guo", "Hai", "Wen", "Jun", "Li", "Ya", "Yu", "Zi", "Hao", "Jia", "Xin",
          "Si", "Yi", "Ming", "Chun", "Qiu", "Dong", "Shu", "Hui", "Mei", "Xue", "Lan", "Yun", "Zhen", "Wei",
          "Tian", "Gui", "Xiu", "Yong", "Shu", "Jing", "Rui", "Ze", "Meng")
_PY_G2 = ("ming", "hua", "qiang", "wei", "lin", "fang", "ying", "lan", "hong", "jun", "yu", "xuan", "han",
          "yue", "tong", "kai", "hao", "feng", "bo", "ping", "na", "jing", "li", "qing", "yan", "rong", "zhu",
          "xin", "chen", "tao", "lei", "juan", "xia", "gang")
_PY_SINGLE = ("Fang", "Wei", "Jing", "Lei", "Na", "Min", "Yan", "Yong", "Jie", "Tao", "Qiang", "Jun",
              "Ping", "Hui", "Gang", "Bo", "Lin", "Xia", "Juan", "Hong", "Peng", "Chao", "Ting", "Rui")
_CANTO_SUR = ("Chan", "Wong", "Cheung", "Lee", "Lau", "Ho", "Ng", "Leung", "Lam", "Yip", "Tse", "Chow",
              "Kwok", "Tsang", "Mak", "Fung", "Lo", "Tang", "Yuen", "Au", "Siu", "Kwan", "Choi", "Poon")
_CANTO_G = ("Tai", "Siu", "Ka", "Wing", "Man", "Kin", "Mei", "Ling", "Wai", "Kwok", "Chi", "Yuk", "Fai",
            "Hung", "Kei", "Sze", "Yan", "Hoi", "Shing", "Ming", "Chun", "Pui", "Suet", "Lok", "Tsz")
_WG_SUR = ("Chang", "Hsu", "Chou", "Tsai", "Liu", "Kuo", "Huang", "Cheng", "Chiang", "Hsieh", "Lin", "Wu",
           "Chen", "Yeh", "Kao", "Ho", "Lu", "Tseng", "Chao", "Hsiao", "Chien", "Chu", "Peng", "Tsao")
_WG_G1 = ("Hsiao", "Chih", "Kuo", "Wen", "Yi", "Mei", "Shu", "Chien", "Chun", "Tsung", "Ching", "Hsin",
          "Yu", "Ling", "Chia", "Pei", "Ya", "Po", "Tzu", "Cheng")
_WG_G2 = ("ming", "wei", "hua", "chun", "ling", "fen", "hung", "hsiung", "hao", "chen", "ting", "yu",
          "ping", "ju", "hsuan", "han", "lung", "yi", "hui", "te")
_EN_GIVEN = ("Kevin", "Amy", "Tony", "Grace", "David", "Michael", "Jenny", "Lily", "Jason", "Eric", "Vivian",
             "Cindy", "Peter", "Alice", "Frank", "Helen", "Sophie", "Leo", "Jack", "Wendy", "Ivy", "Steven",
             "Nancy", "Bella", "Ray", "Sam", "Zoe", "Winnie", "Kelvin", "Angela", "Henry", "Cathy")
_UY_ROM = ("Abdurehim", "Abdulla", "Mehmet", "Memet", "Ablimit", "Erkin", "Tursun", "Aygul", "Gulnar",
           "Dilnur", "Nurmemet", "Rehime", "Hasan", "Kurban", "Tahir", "Yasin", "Patigul", "Mirzat", "Ekber",
           "Ahmetjan", "Reyhan", "Zulpiye", "Mahire", "Ilham", "Tohti", "Ayshem", "Rozi", "Emet", "Obul")
_KZ_ROM = ("Yerlan", "Nurlan", "Aynur", "Bekbolat", "Serik", "Gulzhan", "Askhat", "Zhanar", "Dauren",
           "Aigerim", "Marat", "Bolat")
_TB_ROM = ("Tenzin", "Tashi", "Pema", "Dawa", "Nyima", "Lobsang", "Yangchen", "Dolma", "Tsering", "Norbu",
           "Wangmo", "Lhamo", "Dorje", "Sonam", "Kelsang", "Drolma", "Phuntsok", "Lhakpa", "Pasang", "Dekyi")
_TB_PY = ("Zhaxi", "Ciren", "Zhuoma", "Gesang", "Dawa", "Dunzhu", "Nima", "Yangjin", "Lamu", "Luosang",
          "Danzeng", "Baima", "Yangzong", "Quzhen", "Ciwang", "Pingcuo", "Deji", "Basang")

_UY_M = ("阿卜杜热合曼", "艾尔肯", "买买提明", "努尔艾力", "吐尔洪", "麦尔旦", "阿不都拉", "艾力", "托合提",
         "卡德尔", "依明", "沙吾提", "热合曼", "斯地克", "玉素甫", "艾山", "吾买尔", "阿布力孜", "买合木提",
         "肉孜", "库尔班", "亚森", "塔依尔", "米吉提", "阿迪力", "艾合买提", "吐逊", "阿力木", "克热木",
         "买买提", "吐尔逊", "阿不都热依木", "艾买提", "喀迪尔", "牙合甫", "伊斯拉木", "努尔买买提")
_UY_F = ("古丽娜尔", "热依拉", "迪丽拜尔", "阿依古丽", "帕提古丽", "如克亚", "米热古丽", "努尔尼沙",
         "再努尔", "布哈丽且木", "祖丽菲亚", "热娜古丽", "阿米娜", "海丽其汗", "图尔荪古丽", "玛依拉",
         "佐热古丽", "阿瓦古丽", "孜巴古丽", "阿依先木", "排孜力耶", "莎比热")
_KZ_M = ("叶尔兰", "努尔兰", "别克波拉提", "巴合提亚尔", "阿斯哈尔", "哈力木拉提", "叶尔江", "达吾列提",
         "叶尔波拉提", "努尔江", "赛力克", "吐尔逊别克", "哈米提", "库尔曼", "别克", "加依达尔", "叶尔肯")
_KZ_F = ("加娜尔", "阿依努尔", "古丽扎达", "沙吾列", "阿曼古丽", "古丽娜孜", "玛迪娜", "阿依达娜", "热孜亚")
_TB_W = ("扎西", "次仁", "卓玛", "格桑", "梅朵", "达瓦", "顿珠", "尼玛", "央金", "拉姆", "洛桑", "丹增", "白玛",
         "央宗", "旦增", "曲珍", "拉巴", "边巴", "卓嘎", "普布", "多吉", "阿旺", "晋美", "索朗", "旺姆", "次旦",
         "平措", "德吉", "群培", "旺堆", "措姆", "益西", "贡嘎", "仁青", "巴桑", "米玛")
_YI_FAM = ("吉克", "阿苏", "沙马", "吉尔", "曲比", "阿西", "俄木", "海来", "马海", "勒古", "阿侯", "吉伍", "瓦其",
           "罗洪", "苏呷", "阿尔", "日火", "吉木", "阿说", "的日", "巫其", "加拉")
_YI_GIV = ("阿呷", "拉则", "日哈", "伍呷", "阿果", "木呷", "阿卓", "依作", "子拉", "阿牛", "尔古", "么杰",
           "石布", "莫色", "阿依", "日吉", "拉哈", "有格", "阿支", "史者", "伍加", "尔日")
_MG_W = ("巴特尔", "其其格", "苏和", "额尔敦", "朝鲁门", "哈斯巴根", "乌日娜", "图雅", "宝音", "那仁格日勒",
         "阿拉坦仓", "孟和巴雅尔", "敖其尔", "满都拉", "娜仁花", "萨仁", "呼和", "特木尔", "格日乐", "布仁",
         "额尔德木图", "吉日嘎拉", "乌力吉", "达古拉", "毕力格", "苏日娜", "阿木古楞", "朝格图")
_HUI_SUR = "马纳哈丁海米穆沙撒回白杨锁达拜"
_KR_SUR = ("金", "李", "朴", "崔", "郑", "姜", "赵", "尹", "张", "林", "韩", "申", "吴", "徐", "权", "黄", "安",
           "宋", "全", "洪", "玄", "南", "池", "千", "许", "方", "俞")
_KR_GIV = ("哲浩", "顺姬", "英子", "春花", "成哲", "美兰", "东日", "龙洙", "春实", "明淑", "英爱", "正日",
           "光洙", "美玉", "贞淑", "永哲", "昌浩", "善花", "京子", "花子", "顺女", "明哲", "太锡", "承俊",
           "英淑", "敏哲", "惠贞", "相旭", "虎男", "莲花")
_ZH_SUR = "韦覃黄蓝莫陆农班卢梁潘"
_MIAO_SUR = "龙吴石杨麻滕欧"
_MIAO_GIV = ("阿妹", "秀英", "金花", "老九", "光明", "阿娇", "妹榜", "阿里", "老四", "春妹", "水妹", "阿珍")
_DAI_PRE = ("岩", "玉")
_DAI_SYL = ("温", "罕", "帕", "应", "光", "香", "坎", "叫", "庄", "丙", "喃", "金", "波", "娇", "旺", "儿",
            "扁", "软", "拉", "燕", "的", "南")
_MANCHU = ("爱新觉罗", "钮祜禄", "瓜尔佳", "赫舍里", "叶赫那拉")
_MANCHU_SUR = "关佟那富索钮"
_BAI_SUR = "杨段李赵张杜尹"
_NAXI_SUR = "和木"
_HANI_SUR = "卢李白车马陈"
_HANI_SYL = ("者", "然", "批", "则", "黑", "朗", "斗", "波", "努", "收", "扎", "窝", "沙", "普", "秋", "布")
_LISU_SUR = "余李和蜂熊"
_LISU_GIV = ("阿普", "四妹", "六华", "阿四", "扒妹", "三妹", "阿才", "阿斗", "腊妹", "玉花")
_SEPS = ("·", "·", "·", "•", "・", "．", ".", "")

_KIN_PRE = (("其母", "F"), ("其父", "M"), ("其妻", "F"), ("其夫", "M"), ("其子", "M"), ("其女", "F"),
            ("其兄", "M"), ("其姐", "F"), ("长子", "M"), ("次女", "F"), ("外孙", "M"), ("外孙女", "F"),
            ("儿媳", "F"), ("女婿", "M"), ("妻", "F"), ("其孙", "M"), ("侄子", "M"), ("孙女", "F"))
_KIN_SAME = ("其父", "其子", "其女", "其兄", "其姐", "长子", "次女", "其孙", "孙女", "侄子", "之子", "之女",
             "父亲", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "侄女")
_KIN_REL = (("母亲", "F"), ("父亲", "M"), ("妻子", "F"), ("丈夫", "M"), ("儿子", "M"), ("女儿", "F"),
            ("哥哥", "M"), ("姐姐", "F"), ("弟弟", "M"), ("妹妹", "F"), ("儿媳", "F"), ("女婿", "M"),
            ("外孙", "M"), ("孙女", "F"), ("侄子", "M"))
_VERBS = ("由", "经", "与", "向", "替", "交给", "通知", "联系", "陪同", "委托", "叫上", "让")
_AREAS = ("410102", "370283", "511321", "130682", "421023", "530381", "622421", "450881", "360731",
          "142729", "341221", "430524", "520222", "652901", "540121", "222403", "152526", "640302",
          "532801", "533321", "513433", "654301", "632123", "450223")
_IDW = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_PROV = "豫鲁冀苏皖鄂湘川贵云桂赣晋陕甘宁蒙辽吉黑浙闽粤渝新藏"


def _id_check(body: str) -> str:
    return "10X98765432"[sum(int(a) * w for a, w in zip(body, _IDW)) % 11]


# --------------------------------------------------------------------------------------------
# The generator's state and a cell builder
# --------------------------------------------------------------------------------------------
class _Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used: set[str] = set()
        self.name_idx: dict[str, list[str]] = {}
        self.text_idx: dict[str, list[int]] = {}
        self.texts: list[str] = []

    def in_prev_texts(self, s: str) -> bool:
        best = None
        for i in range(len(s) - 1):
            lst = self.text_idx.get(s[i:i + 2])
            if lst is None:
                return False
            if best is None or len(lst) < len(best):
                best = lst
        if best is None:
            return any(s in t for t in self.texts)
        return any(s in self.texts[k] for k in best)

    def prev_name_in(self, text: str) -> bool:
        idx = self.name_idx
        for i in range(len(text) - 1):
            for nm in idx.get(text[i:i + 2], ()):
                if text.startswith(nm, i):
                    return True
        return False

    def commit(self, text: str, names: list[str], extra: list[str]) -> None:
        k = len(self.texts)
        self.texts.append(text)
        seen = set()
        for i in range(len(text) - 1):
            bg = text[i:i + 2]
            if bg not in seen:
                seen.add(bg)
                self.text_idx.setdefault(bg, []).append(k)
        for nm in names:
            self.used.add(nm)
            self.name_idx.setdefault(nm[:2], []).append(nm)
        for nm in extra:
            self.used.add(nm)


class _Cell:
    def __init__(self, g: _Gen, fam: str):
        self.g = g
        self.r = g.r
        self.fam = fam
        self.dom = fam
        self.names: list[str] = []
        self.las: list[str] = []
        self.officials: list[str] = []
        self.cueless = 0

    # ---- names -------------------------------------------------------------------------
    def _fresh(self, make) -> str:
        g = self.g
        local = self.names + self.officials
        for _ in range(500):
            s = make()
            if s in g.used or s in _BLOB or g.in_prev_texts(s) or g.prev_name_in(s):
                continue
            if any(s in x or x in s for x in local):
                continue
            if any(s in x for x in self.las):
                continue
            return s
        raise RuntimeError("name space exhausted")

    def _keep(self, s: str, cue: bool) -> str:
        self.names.append(s)
        if not cue:
            self.cueless += 1
        return s

    def _han(self, sex: str | None, pad: bool, sur: str | None = None) -> str:
        r = self.r
        sex = sex or r.choice("MF")
        u = r.random()
        if sur is not None:
            pass
        elif u < 0.07:
            return r.choice(_WORD_NAMES)
        elif u < 0.13:
            sur = r.choice(_COMPOUND)
        elif u < 0.18:
            sur = r.choice(_RARE)
        else:
            sur = r.choices(_SURNAMES, _SURNAME_W)[0]
        v = r.random()
        if v < 0.24:
            giv = r.choice(_G1_M if sex == "M" else _G1_F)
            if pad and len(sur) == 1 and r.random() < 0.35:
                return sur + "\u3000" + giv
            return sur + giv
        if v < 0.62:
            return sur + r.choice(_OLD_M if sex == "M" else _OLD_F)
        if sex == "M":
            return sur + r.choice(_G2A_M) + r.choice(_G2B_M)
        return sur + r.choice(_G2A_F) + r.choice(_G2B_F)

    def n(self, cue: bool = True, sex: str | None = None, pad: bool = False) -> str:
        return self._keep(self._fresh(lambda: self._han(sex, pad)), cue)

    @staticmethod
    def sur(name: str) -> str:
        return name[:2] if name[:2] in _COMPOUND else name[0]

    def kin(self, base: str, word: str, sex: str | None, cue: bool = True) -> str:
        """A relative of `base`; patrilineal kin usually share the surname."""
        same = word in _KIN_SAME and self.r.random() < 0.85
        sur = self.sur(base) if same else None
        return self._keep(self._fresh(lambda: self._han(sex, False, sur)), cue)

    def en(self, cue: bool = True) -> str:
        r = self.r

        def make() -> str:
            k = r.randrange(12)
            s = r.choice(_PY_SUR)
            g2 = r.choice(_PY_G1) + r.choice(_PY_G2)
            g1 = r.choice(_PY_SINGLE)
            if k == 0:
                return f"{s} {g2}"
            if k == 1:
                return f"{g2} {s}"
            if k == 2:
                return f"{s.upper()} {r.choice((g2, g1))}"
            if k == 3:
                return f"{r.choice((g2, g1))} {s.upper()}"
            if k == 4:
                g = r.choice(_PY_G1)
                return r.choice((f"{g[0]}. {s}", f"{s} {g[0]}.{r.choice(_PY_G2)[0].upper()}.",
                                 f"{g[0]}.{r.choice(_PY_G2)[0].upper()}. {s.upper()}"))
            if k == 5:
                a, b = r.choice(_PY_G1), r.choice(_PY_G2)
                return r.choice((f"{s} {a}-{b}", f"{a}-{b.capitalize()} {s}", f"{s}, {a}{b}"))
            if k == 6:
                return f"{s} {g1}"
            if k == 7:
                a, b = r.sample(_CANTO_G, 2)
                c = r.choice(_CANTO_SUR)
                return r.choice((f"{c} {a} {b}", f"{c} {a}-{b.lower()}", f"{a} {b} {c.upper()}"))
            if k == 8:
                return f"{r.choice(_WG_SUR)} {r.choice(_WG_G1)}-{r.choice(_WG_G2)}"
            if k == 9:
                sur = r.choice(_PY_SUR + _CANTO_SUR)
                return r.choice((f"{r.choice(_EN_GIVEN)} {sur}", f"{sur.upper()} {r.choice(_EN_GIVEN)}",
                                 f"{r.choice(_EN_GIVEN)} {r.choice(_PY_G1)} {sur}"))
            if k == 10:
                a, b = r.sample(_UY_ROM + _KZ_ROM, 2)
                return r.choice((f"{a} {b}", f"{a.upper()} {b}", f"{a}-{b}"))
            a, b = r.sample(r.choice((_TB_ROM, _TB_PY)), 2)
            return r.choice((f"{a} {b}", f"{a}{b.lower()}"))
        return self._keep(self._fresh(make), cue)

    def mn(self, cue: bool = True, group: str | None = None) -> tuple[str, str]:
        r = self.r
        group = group or r.choice(("维吾尔族", "维吾尔族", "哈萨克族", "藏族", "藏族", "彝族", "蒙古族", "回族",
                                   "朝鲜族", "壮族", "苗族", "傣族", "满族", "白族", "纳西族", "哈尼族",
                                   "傈僳族"))

        def make() -> str:
            sep = r.choice(_SEPS)
            if group == "维吾尔族":
                a = r.choice(_UY_M + _UY_F)
                return a + sep + r.choice(_UY_M)
            if group == "哈萨克族":
                return r.choice(_KZ_M + _KZ_F) + sep + r.choice(_KZ_M)
            if group == "藏族":
                a, b = r.sample(_TB_W, 2)
                return a + b
            if group == "彝族":
                return r.choice(_YI_FAM) + r.choice(_YI_GIV)
            if group == "蒙古族":
                a, b = r.sample(_MG_W, 2)
                return r.choice((a + sep + b, r.choice("包鲍白韩") + a, a + b))
            if group == "回族":
                return r.choice(_HUI_SUR) + r.choice(_OLD_M + _OLD_F + tuple(_G1_M))
            if group == "朝鲜族":
                return r.choice(_KR_SUR) + r.choice(_KR_GIV)
            if group == "壮族":
                return r.choice(_ZH_SUR) + r.choice(_OLD_F + _OLD_M)
            if group == "苗族":
                return r.choice(_MIAO_SUR) + r.choice(_MIAO_GIV + _OLD_F)
            if group == "傣族":
                return r.choice(_DAI_PRE) + "".join(r.sample(_DAI_SYL, r.choice((1, 2, 2))))
            if group == "满族":
                if r.random() < 0.4:
                    return r.choice(_MANCHU) + sep + r.choice(_G2A_M) + r.choice(_G2B_M)
                return r.choice(_MANCHU_SUR) + r.choice(_OLD_M + _OLD_F)
            if group == "白族":
                return r.choice(_BAI_SUR) + r.choice(_OLD_F + _OLD_M)
            if group == "纳西族":
                return r.choice(_NAXI_SUR) + r.choice(_OLD_F + _OLD_M + ("丽萍", "志强", "文杰", "四花"))
            if group == "哈尼族":
                return r.choice(_HANI_SUR) + "".join(r.sample(_HANI_SYL, 2))
            return r.choice(_LISU_SUR) + r.choice(_LISU_GIV)
        return self._keep(self._fresh(make), cue), group

    def off(self) -> str:
        """An official in a public role (look-alike in public notices only)."""
        s = self._fresh(lambda: self._han(None, False))
        self.officials.append(s)
        return self.l(s)

    # ---- look-alikes -----------------------------------------------------------------
    def l(self, s: str) -> str:
        if s not in self.las:
            self.las.append(s)
        return s

    def d(self, cat: str | None = None, dom: str | None = None) -> str:
        dom = dom or self.dom
        pool = DOMAIN_LEXICON[dom] if cat is None else _DOM[dom][cat]
        fresh = [x for x in pool if x not in self.las]
        return self.l(self.r.choice(fresh or pool))

    def mplace(self, group: str) -> str:
        return self.l(self.r.choice(_MN_PLACE.get(group, _DOM["minority_listing"]["place"])))

    def mfest(self, group: str) -> str:
        if group in ("维吾尔族", "哈萨克族", "回族"):
            return self.l("古尔邦节")
        if group == "蒙古族":
            return self.l("那达慕")
        return "春节"

    def e(self, cat: str) -> str:
        return self.l(self.r.choice(_EN[cat]))

    def eword(self) -> str:
        w, frame = self.r.choice(_EN_WORD_CTX)
        return frame.format(self.l(w))

    def title(self) -> str:
        r = self.r
        s = r.choice(_TOP)
        k = r.random()
        if k < 0.15:
            return self.l("老" + s)
        if k < 0.25:
            return self.l("小" + s)
        return self.l(s + r.choice(_TITLES))

    def mask(self) -> str:
        r = self.r
        s = r.choice(_TOP + tuple(_COMPOUND[:4]))
        tail = r.choice(("某", "某某", "**", "*", "×", "××", "某甲", "某乙", "*" + r.choice(_G1_F + _G1_M),
                         "X", "**" if len(s) > 1 else "*"))
        return self.l(s + tail)

    def village(self, cun: bool = True) -> str:
        r = self.r
        v = r.choice(_TOP) + "家" + r.choice(_VILLAGE_SUF)
        return self.l(v + ("村" if cun else ""))

    def place(self) -> str:
        return self.l(self.r.choice(_CITIES))

    def road(self) -> str:
        return self.l(self.r.choice(_ROADS))

    def firm(self) -> str:
        return self.l(self.r.choice(_FIRMS))

    def shop(self) -> str:
        r = self.r
        return self.l(r.choice(_TOP) + r.choice(("记", "氏", "家", "姐", "哥", "嫂")) + r.choice(_SHOP_KIND))

    def disease(self) -> str:
        return self.l(self.r.choice(_DISEASES))

    def common(self) -> str:
        """A short clause built around a common word that begins with a surname character."""
        w, frame = self.r.choice(_COMMON_CTX)
        return frame.format(self.l(w))

    def famous(self) -> str:
        r = self.r
        k = r.randrange(6)
        if k == 0:
            return "开展学" + self.l("雷锋") + "志愿服务"
        if k == 1:
            return "学习" + self.l(r.choice(("焦裕禄", "孔繁森", "杨善洲", "黄文秀", "廖俊波"))) + "同志事迹"
        if k == 2:
            return "观看电影《" + self.l(r.choice(_WORKS)) + "》"
        if k == 3:
            return "宣传栏张贴" + self.l(r.choice(("袁隆平", "钟南山", "屠呦呦", "张桂梅"))) + "事迹"
        if k == 4:
            return "诵读" + self.l(r.choice(("李白", "杜甫", "苏轼", "白居易"))) + "诗词"
        return "参观" + self.l(r.choice(("林则徐", "岳飞", "包拯", "郑和", "孙中山"))) + "纪念馆"

    def anyla(self) -> str:
        k = self.r.randrange(9)
        return (self.title, self.mask, self.village, self.place, self.road, self.firm, self.shop,
                self.disease, self.common)[k]()

    # ---- numbers ---------------------------------------------------------------------
    def date(self, style: int | None = None) -> str:
        r = self.r
        y, m, d = r.choice((2024, 2025, 2026)), r.randint(1, 12), r.randint(1, 28)
        s = r.randrange(5) if style is None else style
        return (f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日", f"{y}/{m}/{d}")[s]

    def year(self) -> int:
        return self.r.choice((2024, 2025, 2026))

    def md(self) -> str:
        return f"{self.r.randint(1, 12)}.{self.r.randint(1, 28)}"

    def time(self) -> str:
        return f"{self.r.randint(0, 23)}:{self.r.choice(('00', '05', '10', '20', '30', '40', '45', '50'))}"

    def phone(self) -> str:
        r = self.r
        p = "1" + r.choice("3456789") + "".join(r.choice("0123456789") for _ in range(9))
        k = r.randrange(5)
        if k == 0:
            return f"{p[:3]}-{p[3:7]}-{p[7:]}"
        if k == 1:
            return f"{p[:3]} {p[3:7]} {p[7:]}"
        if k == 2:
            return f"{p[:3]}****{p[7:]}"
        return p

    def landline(self) -> str:
        r = self.r
        return f"0{r.choice(('371', '531', '311', '551', '851', '871', '991', '898', '27', '28'))}-" \
               f"{r.randint(2, 8)}{r.randint(0, 9999999):07d}"

    def rid(self, masked: bool | None = None, age: int | None = None, sex: str | None = None) -> str:
        r = self.r
        year = r.randint(1938, 2012) if age is None else 2025 - age
        seq = r.randint(0, 999)
        if sex is not None:
            seq = seq // 2 * 2 + (1 if sex == "M" else 0)
        body = f"{r.choice(_AREAS)}{year}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{seq:03d}"
        full = body + _id_check(body)
        if masked is None:
            masked = r.random() < 0.5
        if not masked:
            return full
        return r.choice((full[:6] + "********" + full[-4:], full[:3] + "*" * 11 + full[-4:],
                         full[:14] + "****", full[:10] + "******" + full[-2:]))

    def age(self, lo: int = 18, hi: int = 85) -> int:
        return self.r.randint(lo, hi)

    def room(self) -> str:
        return f"{self.r.randint(1, 9)}{self.r.randint(1, 30):02d}"

    def plate(self) -> str:
        r = self.r
        tail = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
        return f"{r.choice(_PROV)}{r.choice('ABCDEFGHJK')}{r.choice(('', '·', ' '))}{tail}"

    def amt(self, lo: int, hi: int, step: int = 1) -> int:
        return self.r.randrange(lo, hi + 1, step)

    def kin_pre(self) -> tuple[str, str]:
        return self.r.choice(_KIN_PRE)

    def kin_rel(self) -> tuple[str, str]:
        return self.r.choice(_KIN_REL)

    def verb(self) -> str:
        return self.r.choice(_VERBS)

    def pick(self, *xs):
        return self.r.choice(xs)

    def one(self, *opts):
        """Choose one option first, then build it (so only the chosen look-alike is recorded)."""
        x = self.r.choice(opts)
        return x() if callable(x) else x

    def listn(self, k: int, sep: str = "、", first_cue: bool = True) -> str:
        return sep.join(self.n(first_cue if i == 0 else False) for i in range(k))


# --------------------------------------------------------------------------------------------
# Family templates. Each takes a _Cell and returns the text.
# --------------------------------------------------------------------------------------------
_DIAG = ("精神分裂症", "双相情感障碍", "偏执性精神病", "分裂情感性障碍", "癫痫所致精神障碍",
         "精神发育迟滞伴发精神障碍")


def _phrase(c: _Cell, dom: str) -> str:
    """A short look-alike-rich clause of a domain, no names."""
    d = lambda cat: c.d(cat, dom)  # noqa: E731
    r = c.r.randrange(2)
    if dom == "mental_health":
        return (f"{d('hosp')}送{d('drug')}到{d('prog')}" if r else f"{d('term')}患者参加{d('prog')}")
    if dom == "community_correction":
        return (f"{d('office')}组织{d('act')}" if r else f"{d('office')}开展{d('step')}")
    if dom == "hotel_register":
        return (f"{d('hotel')}前台{c.l('查验身份证件')}" if r else f"{d('hotel')}、{d('hotel')}通过检查")
    if dom == "pharmacy_realname":
        return (f"{d('chain')}暂停销售{d('eph')}" if r else f"{d('chain')}{d('drug')}到货")
    if dom == "poverty_watch":
        return (f"{d('measure')}、{d('measure')}落实到户" if r else f"{d('term')}，{d('measure')}")
    if dom == "banquet_filing":
        return (f"{d('hall')}承办{d('feast')}，上{d('dish')}" if r else f"{d('dish')}、{d('dish')}，{d('term')}")
    if dom == "firework_sales":
        return (f"{d('brand')}{d('product')}下架" if r else f"{d('spot')}{d('term')}不足")
    if dom == "ferry_passenger":
        return (f"{d('dock')}{d('boat')}{c.l('封航')}" if r else f"{d('office')}检查{d('dock')}")
    if dom == "militia_roster":
        return (f"{d('unit')}{d('drill')}" if r else f"{d('org')}清点{d('gear')}")
    if dom == "voter_register":
        return (f"{d('place')}张贴{d('notice')}" if r else f"{d('role')}讲解{d('term')}")
    if dom == "coop_members":
        return (f"{d('coop')}收购{d('crop')}" if r else f"{d('coop')}{d('biz')}")
    return (f"专卖管理所{c.l('查验')}{d('brand')}" if r else f"{d('brand')}、{d('brand')}断货")


def _mh1(c: _Cell) -> str:
    sx = c.pick("男", "女")
    p = c.n(True, "M" if sx == "男" else "F", pad=True)
    rel, ks = c.kin_rel()
    g = c.kin(p, rel, ks)
    doc = c.n(True)
    return (f"随访日期：{c.date()}；患者姓名：{p}；性别：{sx}；年龄：{c.age()}岁；诊断：{c.pick(*_DIAG)}；"
            f"服药：{c.d('drug')}，{c.pick('规律', '间断', '不服药')}；监护人：{g}（{rel}，{c.phone()}）；"
            f"{c.l('危险性评估')}：{c.r.randint(0, 5)}级；随访医生：{doc}；备注：{c.title()}协助入户，"
            f"{c.pick('病情稳定', '睡眠差', '自知力缺乏', '拒绝服药')}。")


def _mh2(c: _Cell) -> str:
    p = c.n(False)
    kp, ks = c.kin_pre()
    g = c.kin(p, kp, ks)
    v = c.verb()
    w = c.n(False)
    return (f"{c.date(3)}入户随访，{p}在家，{kp}{g}代述近一月{c.pick('夜间吵闹', '少语少动', '情绪易激惹')}；"
            f"已嘱按时服用{c.d('drug')}，{v}{w}一起督促，必要时转{c.d('hosp')}。{c.village()}{c.title()}在场。")


def _mh3(c: _Cell) -> str:
    rel, ks = c.kin_rel()
    g = c.n(True, ks, pad=True)
    p = c.n(True, pad=True)
    jb = c.n(True)
    return (f"以奖代补审核 | 监护人：{g} | 被监护人：{p} | 关系：{rel} | 身份证：{c.rid(True)} | "
            f"卡号：6217****{c.r.randint(1000, 9999)} | 金额：{c.pick(600, 800, 1000, 1200)}元 | "
            f"{c.d('prog')}：{c.pick('已参加', '未参加')} | 经办：{jb} | 开户行：{c.road()}支行")


def _mh4(c: _Cell) -> str:
    a = c.n(False)
    b = c.n(False)
    e = c.n(False)
    return (f"{c.md()} {a}情绪激动，砸坏邻居{b}家门窗，派出所出警；{c.md()} {c.title()}与{e}沟通，"
            f"经{c.l('危险性评估')}评为{c.r.randint(2, 5)}级，纳入{c.d('prog')}；{c.md()} 送{c.d('hosp')}住院，"
            f"{c.pick('费用由医保报销', '申请医疗救助', '监护人同意')}。")


def _mh5(c: _Cell) -> str:
    p = c.n(False)
    g = c.n(True)
    return (f"{p}/{c.age()}/{c.pick(*_DIAG)}/{c.village()}/{g}(监护人)/{c.phone()}/{c.d('drug')}/"
            f"{c.pick('合并', '疑似')}{c.one(lambda: c.d('dis'), c.disease)}")


def _mh6(c: _Cell) -> str:
    p = c.n(False)
    q = c.n(False, "F")
    return (f"患者{c.mask()}（化名）与{p}为同村。{q}反映其近期{c.pick('游荡', '独语', '拒食')}，"
            f"{c.d('prog')}人员已上门；{c.famous()}时顺带宣传{c.l('严重精神障碍')}管理政策。")


def _cc1(c: _Cell) -> str:
    sx = c.pick("男", "女")
    p = c.n(True, "M" if sx == "男" else "F")
    kp, ks = c.kin_pre()
    f = c.kin(p, kp, ks)
    m = c.n(False)
    kind = c.one("缓刑", "假释", "暂予监外执行", lambda: c.d("kind"))
    ag = c.age(18, 70)
    return (f"社区矫正对象{p}（{sx}，{ag}岁，身份证号{c.rid(None, ag, 'M' if sx == '男' else 'F')}）于{c.date()}到{c.d('office')}报到，"
            f"矫正类别：{kind}，分类管理：{c.d('level')}。矫正小组：{kp}{f}、{m}、{c.title()}。")


def _cc2(c: _Cell) -> str:
    p = c.n(False)
    kp, ks = c.kin_pre()
    k = c.kin(p, kp, ks)
    days = c.r.randint(2, 15)
    return (f"{p}因{kp}{k}{c.pick('住院手术', '办婚事', '病重')}申请赴{c.place()}，{days}天，经{c.title()}"
            f"{c.d('step')}，报{c.d('office')}审批同意，电子定位持续开启，返回后当日销假。")


def _cc3(c: _Cell) -> str:
    p = c.n(True)
    w = c.n(True, "F")
    o = c.n(False)
    return (f"定位核查日志\n{c.date(1)} {c.time()} 越界报警：对象{p}，位置{c.road()}附近；"
            f"电话联系其妻{w}（{c.phone()}），称随{o}去{c.place()}拉货；\n{c.date(1)} {c.d('step')}，"
            f"给予训诫，调整为{c.d('level')}。")


def _cc4(c: _Cell) -> str:
    p = c.n(False)
    h = c.n(True)
    return (f"刑满释放人员{c.l('安置帮教')}：{p}，{c.r.randint(2019, 2026)}年释放，帮教责任人{h}，已推荐至"
            f"{c.firm()}门店务工，月收入约{c.amt(2500, 5000, 100)}元；{c.l('公益活动')}参加{c.r.randint(1, 4)}次。")


def _cc5(c: _Cell) -> str:
    names = c.listn(c.r.randint(2, 4), first_cue=False)
    ab = c.n(True)
    return (f"{c.date()}集中教育（{c.famous()}）签到：{names}；缺席：{ab}（请假）。"
            f"地点：{c.d('office')}，随后{c.d('act')}。")


def _cc6(c: _Cell) -> str:
    p = c.n(False)
    v = c.verb()
    q = c.n(False)
    return (f"{p}{c.d('end')}（{c.date()}），{v}{q}到场签收；{c.d('office')}{c.d('step')}记录归档。")


def _hr1(c: _Cell) -> str:
    a = c.n(False, pad=True)
    b = c.n(True)
    return (f"{c.d('hotel')}|{c.room()}|{a}|{c.rid()}|{c.date(1)}入住|同住：{b}|{c.pick('现金', '微信', '挂账')}")


def _hr2(c: _Cell) -> str:
    m = c.n(False)
    a = c.n(False)
    f = c.kin(m, "其父", "M")
    clerk = c.n(True)
    return (f"未成年人入住核查（“五必须”）：{c.date()}{c.time()}，{m}（{c.age(13, 17)}岁）与{a}入住"
            f"{c.d('hotel')}{c.room()}房，前台{clerk}{c.l('查验身份证件')}、询问关系（自称表哥），联系其父{f}"
            f"（{c.phone()}）核实，{c.pick('已到店接回', '同意入住并叮嘱', '未接通，报告派出所')}。")


def _hr3(c: _Cell) -> str:
    boss = c.n(True)
    g1 = c.n(False)
    g2 = c.n(False)
    return (f"治安检查记录：检查{c.d('hotel')}（负责人{boss}），发现住客{g1}未实名登记、{g2}代他人开房，"
            f"已责令整改，{c.title()}现场督办；{c.l('华住会')}会员系统与旅客登记系统{c.pick('未对接', '已对接')}。")


def _hr4(c: _Cell) -> str:
    a = c.n(False)
    b = c.n(False, "F")
    return (f"{c.room()}房 {a}{b}夫妇，车牌{c.plate()}，{c.date(3)}退房；押金交给{c.title()}，"
            f"附近{c.shop()}、{c.d('hotel')}均无记录。")


def _hr5(c: _Cell) -> str:
    rows = []
    for _ in range(c.r.randint(2, 3)):
        rows.append(f"{c.room()} {c.n(False)} {c.rid(True)}")
    return f"{c.d('hotel')}夜查（{c.date(3)}）：" + "；".join(rows) + f"。{c.common()}，{c.title()}签字。"


def _pr1(c: _Cell) -> str:
    p = c.n(False, pad=True)
    return (f"购药登记：{c.date(1)}｜{p}｜{c.rid()}｜{c.phone()}｜{c.one(lambda: c.d('eph'), lambda: c.d('drug'))}×"
            f"{c.r.randint(1, 2)}盒｜体温{c.r.randint(365, 395) / 10}℃｜{c.d('chain')}")


def _pr2(c: _Cell) -> str:
    clerk = c.n(True)
    buyer = c.n(False)
    return (f"对{c.d('chain')}{c.pick('城关', '东街', '南关', '站前')}店检查：含{c.l('麻黄碱')}类复方制剂"
            f"{c.d('eph')}销售未登记{c.r.randint(1, 5)}笔，店员{clerk}称系{buyer}（{c.title()}的熟人）代购，"
            f"已责令整改。")


def _pr3(c: _Cell) -> str:
    p = c.n(True)
    s = c.n(False)
    return (f"退热药实名登记：购药人{p}，{c.age()}岁，住{c.village()}，购{c.d('drug')}、布洛芬缓释胶囊各1盒，"
            f"体温{c.r.randint(375, 401) / 10}℃，已推送社区，由{s}跟进。")


def _pr4(c: _Cell) -> str:
    p = c.n(False)
    kp, ks = c.kin_pre()
    m = c.kin(p, kp, ks)
    return (f"{p}一次购买{c.d('eph')}{c.r.randint(3, 6)}盒，超出2个最小包装，拒售并记录；其称为{kp}{m}代购，"
            f"{c.d('chain')}店长{c.title()}确认。")


def _pr5(c: _Cell) -> str:
    items = []
    for _ in range(c.r.randint(2, 3)):
        items.append(f"{c.n(False)}（{c.phone()}）{c.d('eph')}")
    return f"{c.date()}{c.d('chain')}含麻登记抽查：" + "；".join(items) + f"。{c.common()}。"


def _pw1(c: _Cell) -> str:
    h = c.n(True, "M")
    w = c.n(True, "F")
    s = c.kin(h, "长子", "M")
    bz = c.n(True)
    return (f"监测对象识别：户主{h}，{c.village()}，家庭人口{c.r.randint(3, 6)}人（妻{w}、长子{s}），"
            f"风险类型：{c.pick('因病', '因学', '因灾', '因意外事故', '因务工就业不稳')}，人均纯收入"
            f"{c.amt(4000, 9000, 10)}元；帮扶措施：{c.d('measure')}、{c.d('measure')}；帮扶责任人：{bz}。")


def _pw2(c: _Cell) -> str:
    h = c.n(False)
    return (f"风险消除：{h}户，{c.date()}经{c.d('measure')}、{c.d('measure')}，收入稳定超过监测线，"
            f"经村民代表评议、{c.title()}入户核实，标注风险消除。")


def _pw3(c: _Cell) -> str:
    h = c.n(False)
    v = c.verb()
    x = c.n(False)
    return (f"{c.date(3)}走访：{h}家中{c.pick('老人住院', '房屋漏雨', '孩子上大学')}，{v}{x}说明"
            f"{c.d('measure')}政策，{c.l('申请纳入')}材料已报；{c.famous()}。")


def _pw4(c: _Cell) -> str:
    h = c.n(False, pad=True)
    return (f"{h}/{c.village()}/{c.r.randint(2, 6)}人/{c.one('脱贫不稳定户', lambda: c.d('type'), '突发严重困难户')}"
            f"/{c.d('measure')}/{c.d('measure')}/{c.phone()}")


def _pw5(c: _Cell) -> str:
    a = c.n(False)
    b = c.n(False)
    tail = c.one(lambda: f"现住{c.l('易地搬迁安置点')}", lambda: f"{c.l('房前屋后')}种了菜",
                 lambda: f"村里排查{c.l('全覆盖')}", lambda: f"{c.l('和美乡村')}建设时已走访")
    return (f"{a}、{b}两户{c.l('申请纳入')}监测，坚持{c.l('应纳尽纳')}。{c.title()}说两家主要靠"
            f"{c.d('measure')}增收，{tail}。")


def _bf1(c: _Cell) -> str:
    h = c.n(True)
    s = c.kin(h, "其子", "M")
    bride = c.n(False, "F")
    cook = c.n(True)
    return (f"婚事报备：事主{h}，为其子{s}与{bride}举办婚宴，{c.date()}，地点{c.d('hall')}，桌数"
            f"{c.r.randint(8, 30)}桌，每桌标准{c.amt(400, 900, 50)}元，酒水{c.d('drink')}；厨师{cook}"
            f"（健康证{c.r.randint(100000, 999999)}），{c.title()}劝导不超标。")


def _bf2(c: _Cell) -> str:
    h = c.n(False)
    m = c.n(True, "F")
    return (f"丧事简办：{h}之母{m}于{c.date(3)}病故，享年{c.age(70, 99)}岁，{c.l('白事')}三天，"
            f"菜品{c.d('dish')}、{c.d('dish')}，不请乐队，{c.title()}到场。")


def _bf3(c: _Cell) -> str:
    cook = c.n(True)
    helpers = c.listn(c.r.randint(1, 3), first_cue=False)
    return (f"农村集体聚餐备案：承办厨师{cook}，帮厨{helpers}；菜单：{c.d('dish')}、{c.d('dish')}、{c.d('dish')}；"
            f"留样{c.r.randint(8, 16)}份，{c.l('卫生许可证')}齐全，{c.date()}。")


def _bf4(c: _Cell) -> str:
    p = c.n(False)
    v = c.verb()
    q = c.n(False)
    return (f"{p}家{c.d('feast')}拟办{c.r.randint(10, 40)}桌，经劝导改为家庭聚餐；{v}{q}退回{c.d('hall')}定金，"
            f"倡导{c.l('文明节俭')}。")


def _bf5(c: _Cell) -> str:
    a = c.n(False, "M")
    b = c.n(False, "F")
    return (f"{a}{b}夫妇{c.date(3)}办{c.d('feast')}，{c.d('hall')}{c.r.randint(6, 12)}桌，礼金不超"
            f"{c.amt(100, 300, 50)}元，红白理事会{c.title()}备案。")


def _fs1(c: _Cell) -> str:
    p = c.n(True)
    return (f"烟花爆竹零售许可申请：申请人{p}，身份证{c.rid()}，经营地址{c.village()}{c.r.randint(1, 99)}号，"
            f"{c.l('安全距离')}{c.pick('符合', '不足')}，储存量{c.r.randint(50, 300)}箱，主营{c.d('product')}、"
            f"{c.d('brand')}；{c.l('许可证')}有效期至{c.date()}。")


def _fs2(c: _Cell) -> str:
    p = c.n(False)
    h = c.kin(p, "之子", "M")
    return (f"临时销售点检查（{c.date(3)}）：{p}之子{h}看管的摊点未设{c.l('周转库')}，灭火器过期；"
            f"现场查扣{c.d('product')}{c.r.randint(1, 20)}箱，{c.title()}签字。")


def _fs3(c: _Cell) -> str:
    p = c.n(False)
    v = c.verb()
    q = c.n(False)
    return (f"{c.date(3)}晚{c.time()}，{p}在{c.road()}燃放{c.d('product')}，{v}{q}一同劝导，"
            f"{c.pick('当场停止', '拒不配合，移交派出所')}；{c.famous()}。")


def _fs4(c: _Cell) -> str:
    rows = []
    for i in range(c.r.randint(2, 3)):
        rows.append(f"{i + 1}.{c.n(False)} {c.phone()} {c.d('brand')}")
    return f"{c.d('spot')}登记：" + " ".join(rows) + f"（{c.l('危险品')}台账已核）"


def _fp1(c: _Cell) -> str:
    ps = c.listn(c.r.randint(2, 4), first_cue=False)
    ad = c.n(False)
    k = c.kin(ad, "之女", "F")
    sa = c.n(True)
    return (f"{c.d('dock')}渡船{c.d('boat')} {c.date(1)} 第{c.r.randint(1, 9)}班：{ps}、{k}（{ad}之女，"
            f"{c.age(3, 12)}岁）……共{c.r.randint(8, 30)}人，{c.l('安全员')}{sa}。")


def _fp2(c: _Cell) -> str:
    a = c.n(False)
    b = c.n(False)
    g = c.n(True)
    return (f"{c.date()}因{c.one('大雾', lambda: c.l('洪峰'), '大风')}停航，通知{a}、{b}改走{c.place()}大桥；"
            f"船工{g}留守{c.d('dock')}，{c.d('office')}已{c.l('封航')}。")


def _fp3(c: _Cell) -> str:
    sa = c.n(False)
    p = c.n(False)
    return (f"{sa}当班（{c.date(3)}）：{p}骑摩托（{c.plate()}）上{c.d('boat')}未熄火，已劝导；"
            f"{c.d('office')}检查救生衣{c.r.randint(20, 60)}件；{c.title()}。")


def _fp4(c: _Cell) -> str:
    a = c.n(False)
    b = c.n(False)
    what = c.pick("挑菜", "扛化肥", "推电动车", "背孩子")
    tail = c.one(lambda: f"{c.l('龙舟')}赛期间加密班次", lambda: f"{c.l('洪峰')}过后恢复通航",
                 lambda: f"{c.d('office')}已通报")
    return (f"{a}替{b}{what}过渡，{c.pick('两人均未穿救生衣', '未登记上船', '超载时强行上船')}，"
            f"{c.d('dock')}{c.l('安全员')}提醒；{tail}。")


def _mr1(c: _Cell) -> str:
    lead = c.n(True)
    ms = c.listn(c.r.randint(2, 4), first_cue=False)
    vet = c.n(True)
    return (f"{c.year()}年度民兵整组：{c.l(c.pick('应急分队', '普通民兵连'))}第{c.r.randint(1, 5)}班：班长{lead}，"
            f"{ms}、{vet}（退役军人，负责{c.d('task')}）；装备：{c.d('gear')}、{c.d('gear')}。")


def _mr2(c: _Cell) -> str:
    a = c.n(False)
    b = c.n(False)
    return (f"{c.date()}{c.d('drill')}考勤：到{c.r.randint(20, 45)}人，缺{a}（外出务工）、{b}（病假）；"
            f"{c.d('org')}督导，{c.title()}点名。")


def _mr3(c: _Cell) -> str:
    a = c.n(False)
    v = c.verb()
    b = c.n(False)
    ag = c.age(18, 35)
    return (f"{a}{ag}岁，{c.pick('大专', '高中', '初中')}，身份证{c.rid(True, ag)}，{v}{b}报名"
            f"{c.d('unit')}，已参加{c.d('drill')}。")


def _mr4(c: _Cell) -> str:
    rows = "；".join(f"{c.n(False)}{c.r.randint(18, 35)}" for _ in range(c.r.randint(2, 4)))
    return f"{c.d('unit')}名单（姓名年龄）：{rows}。{c.d('drill')}由{c.title()}负责。"


def _vr1(c: _Cell) -> str:
    sx = c.pick("男", "女")
    p = c.n(False, "M" if sx == "男" else "F", pad=True)
    kind = c.pick("新增（年满18周岁）", "迁入", "死亡除名", "外出")
    ag = 18 if kind.startswith("新增") else c.age(19, 90)
    return (f"{p}，{sx}，{ag}岁，户籍地{c.village()}，{kind}，"
            f"{c.l('居住期限')}{c.r.randint(1, min(ag, 30))}年。")


def _vr2(c: _Cell) -> str:
    a = c.n(True)
    kp, ks = c.kin_pre()
    b = c.kin(a, kp, ks)
    return (f"委托投票：委托人{a}（在{c.place()}务工），受托人{kp}{b}，每人受托不超过三人，"
            f"委托书已交{c.title()}；选举日前公示。")


def _vr3(c: _Cell) -> str:
    a = c.n(True)
    b = c.n(False)
    return (f"候选人资格审查：{a}，{c.l('居住期限')}满三年，无不良记录；另{b}因"
            f"{c.pick('长期不在村', '有违法记录', '拖欠集体款项')}取消资格。{c.d('role')}复核。")


def _vr4(c: _Cell) -> str:
    ns = c.listn(c.r.randint(3, 5), first_cue=False)
    return (f"第{c.r.randint(1, 9)}{c.l('居民小组')}新增选民：{ns}。已在{c.l('宣传栏')}张贴，"
            f"{c.common()}。")


def _vr5(c: _Cell) -> str:
    a = c.n(False)
    v = c.verb()
    b = c.n(False)
    return f"{c.date(3)}流动票箱到{a}家，{v}{b}代写选票被劝止；{c.d('role')}{c.title()}作证。"


def _cm1(c: _Cell) -> str:
    rows = []
    for i in range(c.r.randint(2, 4)):
        rows.append(f"{i + 1}. {c.n(False, pad=True)} 入股{c.amt(2000, 50000, 500)}元 土地{c.r.randint(1, 30)}亩")
    return f"{c.d('coop')}社员名册：" + "；".join(rows) + f"。主营{c.d('crop')}、{c.d('crop')}。"


def _cm2(c: _Cell) -> str:
    a = c.n(True)
    b = c.n(False)
    return (f"分红：理事长{a}提出按交易量返还60%，社员{c.mask()}、{b}异议，{c.date()}社员大会表决通过；"
            f"{c.l('成员账户')}每户返还{c.amt(300, 3000, 10)}元。")


def _cm3(c: _Cell) -> str:
    a = c.n(False)
    kp, ks = c.kin_pre()
    b = c.kin(a, kp, ks)
    return (f"{a}家庭农场，种{c.d('crop')}{c.r.randint(20, 300)}亩、{c.d('crop')}{c.r.randint(5, 50)}亩，"
            f"{kp}{b}负责{c.d('biz')}，电话{c.phone()}。")


def _cm4(c: _Cell) -> str:
    a = c.n(False)
    b = c.n(False)
    return f"{a}退社，股金{c.amt(1000, 20000, 100)}元交给{b}代领；{c.d('coop')}{c.l('成员账户')}已注销。"


def _tl1(c: _Cell) -> str:
    p = c.n(True)
    q = c.n(False)
    return (f"烟草专卖零售{c.l('许可证')}申办：申请人{p}，经营地址{c.road()}{c.r.randint(1, 300)}号，"
            f"与最近零售户{q}店铺距离{c.r.randint(30, 300)}米，专卖管理所现场{c.l('查验')}"
            f"{c.pick('符合', '不符合')}。")


def _tl2(c: _Cell) -> str:
    p = c.n(False)
    return (f"{p}申请{c.pick('延续', '停业', '歇业')}（{c.date()}），原因{c.pick('外出打工', '店面拆迁', '身体原因')}"
            f"；{c.l('许可证')}到期，{c.title()}已上门。")


def _tl3(c: _Cell) -> str:
    p = c.n(False)
    q = c.n(False)
    return (f"检查发现{p}店内陈列{c.d('brand')}、{c.d('brand')}等卷烟，其中{c.d('brand')}2条无法提供进货来源，"
            f"{c.pick('先行登记保存', '责令整改')}（{q}在场签字）；附近{c.shop()}。")


def _tl4(c: _Cell) -> str:
    a = c.n(False)
    v = c.verb()
    b = c.n(False)
    return f"{a}店由其外甥{b}代管，{v}{c.title()}说明{c.l('许可证')}需本人办理；主销{c.d('brand')}。"


def _tl5(c: _Cell) -> str:
    rows = "；".join(f"{c.n(False)}（{c.phone()}）主销{c.d('brand')}" for _ in range(c.r.randint(2, 3)))
    return f"专卖管理所零售户名录摘录：{rows}。"


# ---- english -----------------------------------------------------------------------------------
def _en1(c: _Cell) -> str:
    p = c.en(True)
    g = c.en(True)
    return (f"{c.date(1)} follow-up: patient {p} ({c.age()}{c.pick('M', 'F')}); schizophrenia; on risperidone; "
            f"guardian {g} ({c.pick('mother', 'father', 'wife', 'son')}), tel {c.phone()}. Referred to "
            f"{c.d('hosp')}; {c.e('title')} visited; {c.eword()}.")


def _en2(c: _Cell) -> str:
    a = c.en(False)
    b = c.en(False)
    return (f"Guest list | {c.d('hotel')} rm {c.room()} | {a} | ID {c.rid(True)} | with {b} | "
            f"{c.e('fest')} check | {c.e('title')} at desk")


def _en3(c: _Cell) -> str:
    ps = " / ".join(c.en(False) for _ in range(c.r.randint(2, 3)))
    b = c.en(True)
    return (f"Ferry log {c.r.randint(1, 28)} {c.e('month')}: passengers {ps}; boatman {b}; {c.d('ferry')} "
            f"suspended for fog until {c.d('fest')}. Near {c.d('place')}.")


def _en4(c: _Cell) -> str:
    a = c.en(False)
    return (f"{a} bought 2 boxes of {c.d('drug')} at a pharmacy near {c.d('place')} ({c.e('place')}), "
            f"temp 38.{c.r.randint(0, 9)}C; real-name record OK; {c.eword()}.")


def _en5(c: _Cell) -> str:
    a = c.en(True)
    b = c.en(False)
    return (f"Applicant: {a}; shop at No.{c.r.randint(1, 200)}, {c.d('place')}; nearest retailer {b} "
            f"({c.r.randint(40, 300)} m). Sells {c.d('cig')}, {c.d('cig')}. Inspector {c.e('title')}.")


def _en6(c: _Cell) -> str:
    a = c.en(False)
    b = c.en(True)
    return (f"{a} and {b} (spouse) held a wedding banquet near {c.d('place')}: {c.d('food')}, {c.d('food')}; "
            f"{c.r.randint(8, 20)} tables; {c.l(c.pick('Wahaha', 'Tsingtao'))} drinks. Guided by {c.e('title')}.")


def _en7(c: _Cell) -> str:
    rows = "; ".join(f"{c.en(False)} ({c.age(18, 60)})" for _ in range(c.r.randint(2, 4)))
    return (f"Militia roster, emergency squad: {rows}. Drill at {c.d('place')} on {c.e('month')} "
            f"{c.r.randint(1, 28)}; {c.e('famous')} film shown.")


def _en8(c: _Cell) -> str:
    a = c.en(False)
    return (f"{a} | {c.d('fire')} stall, {c.e('place')} | licence renewed before {c.e('fest')}; "
            f"neighbour {c.e('mask')} complained. Checked with {c.d('brand')} store staff.")


# ---- minority ----------------------------------------------------------------------------------
_MN_FAMILIES = ("poverty_watch", "voter_register", "hotel_register", "pharmacy_realname", "coop_members",
                "militia_roster", "banquet_filing")


def _mn1(c: _Cell) -> str:
    rows = []
    for i in range(c.r.randint(2, 4)):
        nm, grp = c.mn(False)
        rows.append(f"{i + 1} {nm} {grp} {c.pick('男', '女')} {c.age()} {c.mplace(grp)}{c.r.randint(1, 9)}组")
    return ("序号 姓名 民族 性别 年龄 住址\n" + "\n".join(rows)
            + f"\n备注：{_phrase(c, c.pick(*_MN_FAMILIES))}")


def _mn2(c: _Cell) -> str:
    nm, grp = c.mn(False)
    g, _ = c.mn(True, grp)
    ag = c.age()
    return (f"{nm}（{grp}，{ag}岁，{c.rid(None, ag)}）住{c.mplace(grp)}，同户亲属{g}，"
            f"{c.pick('纳入监测对象', '登记为选民', '入住登记', '购药登记')}；{c.mfest(grp)}前返乡。")


def _mn3(c: _Cell) -> str:
    a, ga = c.mn(True)
    b, _ = c.mn(False, ga)
    return (f"申请人：{a}；联系人：{c.title()}；同行：{b}；自{c.mplace(ga)}经{c.d('place')}返回，"
            f"{_phrase(c, c.pick(*_MN_FAMILIES))}。")


def _mn4(c: _Cell) -> str:
    items = "；".join(f"{c.mn(False)[0]}（{c.phone()}）" for _ in range(c.r.randint(2, 3)))
    return f"{c.date()}{c.d('place')}务工人员名单：{items}。{c.d('food')}店老板{c.title()}提供。"


def _mn5(c: _Cell) -> str:
    a, ga = c.mn(False)
    return f"{a}/{ga}/{c.mplace(ga)}/{_phrase(c, c.pick(*_MN_FAMILIES))}/{c.anyla()}"


def _mn6(c: _Cell) -> str:
    a, ga = c.mn(True)
    v = c.verb()
    b, _ = c.mn(False, ga)
    return (f"姓名：{a}  民族：{ga}  电话：{c.phone()}  备注：{v}{b}同来办理，{c.mfest(ga)}期间"
            f"{c.pick('外出', '在家')}，户籍{c.mplace(ga)}。")


# ---- public notice -----------------------------------------------------------------------------
def _pn_tail(c: _Cell) -> str:
    k = c.r.randrange(4)
    if k == 0:
        unit = c.village(False) + c.pick("村民委员会", "村两委")
        return f"监督电话：{c.landline()}（联系人：{c.off()}）。公示单位：{unit}，负责人：{c.off()}。"
    if k == 1:
        return f"审核人：{c.off()}  复核人：{c.off()}  {c.date()}"
    if k == 2:
        return f"评议小组成员：{c.off()}、{c.off()}、{c.off()}；驻村第一书记：{c.off()}。"
    return (f"村两委成员：{c.off()}、{c.off()}。如有异议，请于公示期内向镇{c.d('place', 'voter_register')}"
            f"留言或致电{c.landline()}。")


def _pn1(c: _Cell) -> str:
    c.dom = "mental_health"
    rows = []
    for _ in range(c.r.randint(2, 3)):
        rel, ks = c.kin_rel()
        rows.append(f"{c.n(False, ks)}（监护人，系患者{rel}）{c.pick(600, 800, 1000)}元")
    rows = "；".join(rows)
    return (f"关于{c.year()}年度{c.l('严重精神障碍')}患者监护人以奖代补资金发放情况的公示：{rows}。"
            f"经办人：{c.off()}。" + _pn_tail(c))


def _pn2(c: _Cell) -> str:
    c.dom = "poverty_watch"
    h = c.n(True)
    h2 = c.n(False)
    return (f"防止返贫监测对象识别公示：经农户申请、村级评议、乡镇审核，拟将户主{h}（{c.r.randint(2, 6)}人，"
            f"{c.pick('因病', '因学', '因灾')}）、{h2}纳入监测，采取{c.d('measure')}等措施。" + _pn_tail(c))


def _pn3(c: _Cell) -> str:
    c.dom = "voter_register"
    ns = c.listn(c.r.randint(3, 6), first_cue=False)
    return (f"选民名单{c.d('notice')}（第{c.r.randint(1, 8)}组）：{ns}。选举委员会主任：{c.off()}。"
            + _pn_tail(c))


def _pn4(c: _Cell) -> str:
    c.dom = c.pick("firework_sales", "tobacco_license")
    p = c.n(True)
    return (f"拟准予核发{c.l('许可证')}公示：申请人{p}，经营地址{c.road()}{c.r.randint(1, 200)}号。"
            f"审批人：{c.off()}；经办人：{c.off()}。公示期{c.date()}起5个工作日。")


def _pn5(c: _Cell) -> str:
    c.dom = "coop_members"
    rows = "；".join(f"{c.n(False)} {c.amt(200, 5000, 10)}元" for _ in range(c.r.randint(2, 4)))
    return f"{c.d('coop')}{c.year()}年度盈余分配公示：{rows}。" + _pn_tail(c)


def _pn6(c: _Cell) -> str:
    c.dom = "firework_sales"
    rep = c.n(True)
    return (f"行政处罚信息公示：当事人{c.mask()}（自然人），无证储存{c.d('product')}{c.r.randint(5, 60)}箱，"
            f"没收并罚款{c.amt(1000, 20000, 500)}元；举报人{rep}已获奖励。处罚机关负责人：{c.off()}。")


def _pn7(c: _Cell) -> str:
    c.dom = "banquet_filing"
    a = c.n(False, "M")
    b = c.n(False, "F")
    return (f"红白理事会公示：{a}{b}夫妇婚事新办，{c.d('hall')}{c.r.randint(6, 12)}桌，菜品{c.d('dish')}，"
            f"礼金不收。异议人{c.n(True)}所提情况已核实不属实。" + _pn_tail(c))


def _pn8(c: _Cell) -> str:
    c.dom = "militia_roster"
    ns = c.listn(c.r.randint(2, 5), first_cue=False)
    return f"{c.year()}年基干民兵{c.d('unit')}编组公示：{ns}。武装部长：{c.off()}；" + _pn_tail(c)


def _pn9(c: _Cell) -> str:
    c.dom = "mental_health"
    a = c.n(True)
    w = c.n(True)
    return (f"公告：{c.l('严重精神障碍')}患者监护补贴申领，申请人{a}（见证人{w}）材料齐全。审核人：{c.off()}；"
            f"复核人：{c.off()}。{c.famous()}。")


def _pn10(c: _Cell) -> str:
    c.dom = "hotel_register"
    a = c.n(False)
    return (f"关于{c.d('hotel')}等{c.r.randint(3, 9)}家旅馆治安检查情况的通报：{c.d('hotel')}存在未登记住客"
            f"{a}等问题，已责令整改。经办人：{c.off()}，{c.date()}。")


# ---- look-alike only ---------------------------------------------------------------------------
def _lo1(c: _Cell) -> str:
    dom = c.pick(*DOMAINS)
    return (f"{c.date()}检查：{_phrase(c, dom)}，{c.title()}陪同，{c.mask()}未在场；途经{c.road()}、"
            f"{c.village()}，{c.common()}。")


def _lo2(c: _Cell) -> str:
    d1, d2 = c.r.sample(DOMAINS, 2)
    return f"{_phrase(c, d1)}/{_phrase(c, d2)}/{c.shop()}/{c.firm()}/{c.place()}/{c.disease()}/{c.mask()}"


def _lo3(c: _Cell) -> str:
    dom = c.pick(*DOMAINS)
    return (f"{c.famous()}；{_phrase(c, dom)}，宣传进{c.village()}，{c.title()}讲解，"
            f"{c.mask()}、{c.mask()}等{c.r.randint(3, 9)}户已签字。")


def _lo4(c: _Cell) -> str:
    c.dom = "english_export"
    return (f"Inspection at {c.d('hotel')}, {c.d('place')}; {c.e('title')} and {c.e('title')} present; "
            f"{c.e('mask')} absent; {c.eword()}; no names recorded.")


def _lo5(c: _Cell) -> str:
    d1, d2, d3 = c.r.sample(DOMAINS, 3)
    return f"1. {_phrase(c, d1)}；2. {_phrase(c, d2)}；3. {_phrase(c, d3)}。（{c.title()}汇总）"


_TEMPLATES = {
    "mental_health": (_mh1, _mh2, _mh3, _mh4, _mh5, _mh6),
    "community_correction": (_cc1, _cc2, _cc3, _cc4, _cc5, _cc6),
    "hotel_register": (_hr1, _hr2, _hr3, _hr4, _hr5),
    "pharmacy_realname": (_pr1, _pr2, _pr3, _pr4, _pr5),
    "poverty_watch": (_pw1, _pw2, _pw3, _pw4, _pw5),
    "banquet_filing": (_bf1, _bf2, _bf3, _bf4, _bf5),
    "firework_sales": (_fs1, _fs2, _fs3, _fs4),
    "ferry_passenger": (_fp1, _fp2, _fp3, _fp4),
    "militia_roster": (_mr1, _mr2, _mr3, _mr4),
    "voter_register": (_vr1, _vr2, _vr3, _vr4, _vr5),
    "coop_members": (_cm1, _cm2, _cm3, _cm4),
    "tobacco_license": (_tl1, _tl2, _tl3, _tl4, _tl5),
    "english_export": (_en1, _en2, _en3, _en4, _en5, _en6, _en7, _en8),
    "minority_listing": (_mn1, _mn2, _mn3, _mn4, _mn5, _mn6),
    "public_notice": (_pn1, _pn2, _pn3, _pn4, _pn5, _pn6, _pn7, _pn8, _pn9, _pn10),
    "lookalike_only": (_lo1, _lo2, _lo3, _lo4, _lo5),
}

# --------------------------------------------------------------------------------------------
# Checks and assembly
# --------------------------------------------------------------------------------------------
def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _cell_ok(g: _Gen, c: _Cell, text: str) -> bool:
    if (c.fam == "lookalike_only") != (not c.names):
        return False
    taken: list[tuple[int, int]] = []
    for nm in c.names:
        sp = _spans(text, nm)
        if len(sp) != 1:
            return False
        taken.append(sp[0])
    for la in c.las:
        sp = _spans(text, la)
        if not sp:
            return False
        for a, b in sp:
            if any(a < y and x < b for x, y in taken):
                return False
    if g.prev_name_in(text):
        return False
    return not any(g.in_prev_texts(nm) for nm in c.names)


def _quota(n: int, r: random.Random) -> list[str]:
    tot = sum(WEIGHTS.values())
    raw = [(f, n * WEIGHTS[f] / tot) for f in FAMILIES]
    counts = {f: int(x) for f, x in raw}
    rest = n - sum(counts.values())
    order = sorted(raw, key=lambda fx: (-(fx[1] - int(fx[1])), FAMILIES.index(fx[0])))
    for f, _ in order[:rest]:
        counts[f] += 1
    fams = [f for f in FAMILIES for _ in range(counts[f])]
    r.shuffle(fams)
    return fams


def _build(n: int = 2000, seed: int = 2323) -> tuple[list[Remark], dict[str, int]]:
    g = _Gen(seed)
    out: list[Remark] = []
    stats = {"names": 0, "cueless": 0, "lookalikes": 0, "domain_lookalikes": 0}
    dom_words = set(DOMAIN_WORDS)
    for fam in _quota(n, g.r):
        for _ in range(300):
            c = _Cell(g, fam)
            text = g.r.choice(_TEMPLATES[fam])(c)
            if _cell_ok(g, c, text):
                break
        else:
            raise RuntimeError(f"could not build a {fam} cell")
        g.commit(text, c.names, c.officials)
        out.append(Remark(text=text, family=fam, names=list(c.names), lookalikes=list(c.las),
                          public_officials=fam in PUBLIC_FAMILIES))
        stats["names"] += len(c.names)
        stats["cueless"] += c.cueless
        stats["lookalikes"] += len(c.las)
        stats["domain_lookalikes"] += sum(1 for x in c.las if x in dom_words)
    return out, stats


def make_remarks(n: int = 2000, seed: int = 2323) -> list[Remark]:
    """The frozen set: n cells, deterministic in (n, seed)."""
    return _build(n, seed)[0]
