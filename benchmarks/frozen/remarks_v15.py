"""Frozen remarks, edition 15 -- a blind test set of free-text cells for a person-name detector.

Datasheet
=========

What it is
----------
A deterministic generator of free-text spreadsheet cells (备注 / 情况说明 / remarks columns) of
the kind Chinese county and city data offices publish with benefit rolls, registers and notices.
Each cell is a `Remark` carrying

* ``names``       -- the private persons' names planted in the cell (the detector must find them);
* ``lookalikes``  -- strings in the cell that resemble names but must stay: places, roads, schools,
  hospitals, companies, shops, brands, products, medicinal herbs, dishes, festivals, diseases named
  after people, common words beginning with a surname character, masked names (张某, 李**, 王××,
  "Ms Li"), and -- in the ``public_notice`` family only -- officials named in their public role;
* ``public_officials`` -- True only in ``public_notice`` cells (officials there are public);
* ``family``      -- the domain of the cell.

``make_remarks(n=2000, seed=1515)`` is deterministic for a seed (only ``random.Random(seed)`` is
used, never the iteration order of a set).  The default set's sha256 digest is pinned in
``tests/test_frozen_remarks_v15.py``.

Who wrote it, and what was read
-------------------------------
Written by a helper session for edition 15 (branch ``h-remarks15``), blind to the detector.
Read: the brief; /work/shared/reference/DOMAIN.md, the sections "Personal data in public
listings" and "Administrative penalty publicity"; lines 170-180 of benchmarks/frozen/remarks.py
(the ``Remark`` dataclass, imported here, not copied).
Slips, listed honestly: to locate those two sections the writer listed the heading lines of
DOMAIN.md (``grep '^#'``), so the other section titles were seen (not their bodies); and the
file names (not contents) of benchmarks/frozen/ and tests/ were seen in a directory listing.
Nothing under src/, no other generator, no test, no data file, no git history was opened, and no
de-identification code was run.  All sentences are the writer's own.

Default set (n=2000, seed=1515)
-------------------------------
sha256 370f4fe25ffbd83f149083baffe9fd14c134d100bb63753f8bb167ff3462321b (rows of family, text,
names, look-alikes, public_officials as JSON, one a line); 2000 cells, 3806 names, 5024
look-alikes.  Cells per family: 120 each for the twelve domain families, english_export 160,
minority_listing 160, public_notice 140, lookalike_only 100.

Contract (checked by the tests, enforced while generating)
----------------------------------------------------------
* every planted name occurs exactly once in its cell (Latin names also on word boundaries);
* no planted name overlaps any occurrence of a look-alike, nor another planted name;
* every look-alike occurs in its cell;
* no planted name occurs (case-insensitively) in any other cell of the set, and none is equal to,
  inside, or containing the name of an official of the ``public_notice`` family;
* cells of the name families carry at least one name; ``lookalike_only`` cells carry none;
* family counts follow ``WEIGHTS`` by largest remainder, so each is within one of n * weight.

Families
--------
elderly_allowance    高龄津贴 / 养老服务补贴 rolls
student_aid          学生资助: 国家助学金, 雨露计划, 生源地助学贷款, 困难认定
farm_subsidy         农机购置补贴, 耕地地力保护补贴
collective_dividend  农村集体经济组织成员资格 and 分红 notes
child_care           事实无人抚养儿童 and 孤儿 care notes
legal_aid            法律援助 case notes
rental_registration  出租屋 / 流动人口 registration remarks
market_complaint     市场监管投诉举报 handling notes
good_samaritan       见义勇为 and 好人 recommendation notes
funeral              殡葬 / 墓地 records, 惠民殡葬, 生态安葬
landloss_insurance   被征地农民 social insurance
volunteer            志愿服务 records
english_export       an English-language export of such remarks
minority_listing     listings with Uyghur, Kazakh, Tibetan, Yi, Mongolian, Hui, Korean-Chinese,
                     Zhuang, Miao and Dai names in their written forms
public_notice        公示 / 公告 with officials in role (审批人, 经办人, 审核人, 监督电话联系人,
                     评审专家, 评议小组成员, 村两委成员, 驻村第一书记) as look-alikes and private
                     beneficiaries and their relatives as names
lookalike_only       no name at all; dense with look-alikes

Surface forms of names
----------------------
Han names: surnames drawn by approximate national frequency, with a bucket of rare surnames
(禤, 亓, 佘, 郗, 訾, 蒯, 单, 解, 区, 查, ...) and compound surnames (欧阳, 司马, 诸葛, 第五, 万俟, ...);
one- and two-character given names in three generational styles (秀英/德福, 建军/丽红, 子轩/梓涵),
reduplicated names (婷婷), and names that are ordinary words (高峰, 马力, 白雪, 张建国, 刘和平);
some two-character names padded with a full-width or ASCII space as spreadsheets do (王　芳);
one mis-recorded variant of a name (同音字) planted as a second name.
Positions: at cell start, after cue words (申请人, 户主, 受援人, 投诉人, 房东, 逝者, 志愿者),
with kinship words (其子, 孙女, 长媳, 外祖父), after particles (由, 与, 给, 将), inside 、-lists,
mid-prose, in brackets, next to ages, ID numbers (well-formed with a valid check character, or
masked), phones (sometimes glued to the name), bank-card tails.
Latin names (english_export): pinyin in both orders, upper-case surnames, all caps, initials,
hyphenated and split given names, apostrophes (Jia'en), lower-case prose, Lyu/Lü/Lv, compound
surnames (Ouyang), Cantonese (Chan Tai-man) and Wade-Giles / Taiwan spellings (Chang Chih-ming),
and English given names (Lily Zhang, Peter Chan Tai-man).
Minority names: Uyghur and Kazakh given name plus father's name joined by ·, •, ., ． or nothing;
Tibetan element names (扎西顿珠, 小次仁); Yi clan-plus-given names (吉克阿呷, 曲比·拉铁);
Mongolian compounds (额尔敦毕力格) with or without a Han surname; Hui, Korean-Chinese, Zhuang and
Miao names with typical surnames; Dai names with 岩 / 玉.

Look-alike classes
------------------
place (张家口, 单县, 东方市, 尼玛县, Ho Man Tin), generated villages and fields (李家湾村, 马家洼),
road (中山路, 一曼街, 兆麟街, 佟麟阁路, 曹杨路, Nathan Road), school / hospital (陶行知中学,
邵逸夫医院, Run Run Shaw Hospital), company / law firm (段和段律师事务所, 金杜, Jun He, Han Kun),
shop (钱大妈, 罗森, 万宁, 屈臣氏, 张亮麻辣烫), brand / product (东方红拖拉机, 常发, 时风, 卫龙,
康师傅, 鲁花, 康佳, 五菱宏光, Chow Tai Fook, Lee Kum Kee), herb (何首乌, 徐长卿, 刘寄奴, 杜仲),
dish (钟水饺, 赖汤圆, 张飞牛肉, 左宗棠鸡, Kung Pao chicken), festival (国庆节, 重阳节, 古尔邦节),
disease (帕金森病, 唐氏综合征, 桥本甲状腺炎, 梅尼埃病, 克山病), project (郑万高铁, 张吉怀高铁),
word beginning with a surname character (周岁, 余额, 尚未, 符合, 单位, 解决, 春蕾计划, 明天计划),
masked name (张某, 李某某, 王**, 陈××, 刘女士), and public officials (public_notice only).
"""

from __future__ import annotations

import random
from collections import Counter

from .remarks import Remark

VERSION = "frozen-remarks-15 (2026-12-05)"

FAMILIES = (
    "elderly_allowance",
    "student_aid",
    "farm_subsidy",
    "collective_dividend",
    "child_care",
    "legal_aid",
    "rental_registration",
    "market_complaint",
    "good_samaritan",
    "funeral",
    "landloss_insurance",
    "volunteer",
    "english_export",
    "minority_listing",
    "public_notice",
    "lookalike_only",
)
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")

WEIGHTS = {
    "elderly_allowance": 0.06,
    "student_aid": 0.06,
    "farm_subsidy": 0.06,
    "collective_dividend": 0.06,
    "child_care": 0.06,
    "legal_aid": 0.06,
    "rental_registration": 0.06,
    "market_complaint": 0.06,
    "good_samaritan": 0.06,
    "funeral": 0.06,
    "landloss_insurance": 0.06,
    "volunteer": 0.06,
    "english_export": 0.08,
    "minority_listing": 0.08,
    "public_notice": 0.07,
    "lookalike_only": 0.05,
}

# --------------------------------------------------------------------------------------------
# Han names
# --------------------------------------------------------------------------------------------

_SURNAME_TIERS = (
    (700, "王李张"),
    (520, "刘"),
    (450, "陈"),
    (310, "杨"),
    (220, "黄"),
    (200, "赵吴周"),
    (130, "徐孙"),
    (110, "马朱"),
    (95, "胡郭何高林罗"),
    (80, "郑梁"),
    (60, "谢宋唐许韩冯邓曹彭"),
    (45, "曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"),
    (28, "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
         "万钱严覃武戴莫孔向汤"),
    (9, "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
        "梅童凌毕季裴霍涂成苗谷盛曲翁冉骆蓝路游辛管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓古吉缪简"
        "车项连麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇"
        "桑郎甄丛仲虞敖巩明池麻苑迟官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟蔺楼盘满闻位厉"),
    (3, "仝郜海阚花权强帅屠豆盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏"
        "鹿薄邸雍辜羊母裘修邰赫杭况那宿鲜印隆茹诸战慕危银亢嵇公哈湛宾戎勾茅利於呼居干但冶斯元束檀"
        "衣信展阴智幸奉植衡富尧闭由"),
)
_SURNAMES = tuple(ch for _, chars in _SURNAME_TIERS for ch in chars)
_SURNAME_W = tuple(w for w, chars in _SURNAME_TIERS for _ in chars)
_RARE_SURNAMES = tuple("禤亓佘郗訾蒯逯隗仉笪缑靳冼粘旷撖种单解区朴尉乜昝蹇滑眭揭郦钮暴虢鄂酆扶操肇")
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐",
                      "夏侯", "端木", "宇文", "长孙", "司徒", "申屠", "闻人", "澹台", "呼延", "万俟",
                      "第五", "南宫", "西门", "百里")

# given-name characters: (first position, second position) per style and sex
_GIVEN = {
    ("old", "m"): ("德福贵祥荣庆忠全发顺根宝山成有长永万金玉树占连保振文明春清富广兴义仁守国建志学",
                   "福贵祥荣庆忠全发财顺根生宝山林成才堂海田旺喜德明春义仁章元昌柱江奎"),
    ("old", "f"): ("秀桂玉淑凤素春翠金月兰彩美巧爱菊银冬雪瑞",
                   "英兰珍芳华梅花莲凤云琴香娥荣霞芝娟秀枝芬菊"),
    ("mid", "m"): ("建国志伟立永海红卫东文晓小军俊明新勇春德宏振",
                   "军华平强伟明勇刚斌辉波峰涛林杰东红兵民生峰武"),
    ("mid", "f"): ("丽红晓美秀海春小玉丹雪俊彩桂艳爱素凤",
                   "华红丽霞燕萍芳英娟玲敏艳梅琴静琳莉"),
    ("young", "m"): ("子浩宇俊梓博一皓泽睿思明嘉天逸文铭佳晨",
                     "轩然航熙豪文鸣宇泽睿辰阳宁杰涛昊哲瑞凯"),
    ("young", "f"): ("子欣雨梓诗佳思语可紫梦一若嘉心依雅晓芷",
                     "涵萱怡琪彤妍诺琳悦瑶婷菲淇雯嫣宁蕾月然"),
}
_SINGLE = {
    ("old", "m"): "福贵祥荣林山海生全发财旺顺堂",
    ("old", "f"): "英兰珍芳凤秀梅花莲菊霞娥香",
    ("mid", "m"): "军伟强勇刚斌辉杰涛明平华林峰波鹏超磊亮龙健俊毅森",
    ("mid", "f"): "芳娟敏静丽艳霞燕萍玲梅琴颖红莉洁",
    ("young", "m"): "浩宇轩睿泽辰航昊鑫凯帅旭",
    ("young", "f"): "婷雪慧倩丹蕾璐薇琳晶悦月彤萱",
}
_REDUP = "婷欣佳琪萌丹晶娜露媛"
# full names that are ordinary words, and given names that are words
_WORD_NAMES = ("高峰", "马力", "白雪", "杨柳", "向前", "江河", "常青", "高明", "方正", "万里", "林立",
               "高原", "文静", "安康", "宁静", "夏天", "龙飞", "田野", "黎明", "叶子", "康乐", "林海",
               "于洋", "方圆", "温馨", "周全", "金星", "丁香", "白云", "江山", "柳青", "严明", "任重",
               "钟声", "张建国", "王胜利", "刘和平", "陈国庆", "李红梅", "赵海燕", "孙春花", "吴爱国",
               "郑光明", "黄平安", "杨卫东", "马向阳", "徐长江", "胡建设", "邓援朝", "冯跃进", "朱红旗",
               "罗永红", "梁志强", "宋文化", "何解放", "曹秋菊", "彭金山", "谢春燕")
_STYLES = ("old", "mid", "young")
_HOMOPHONE_GROUPS = ("明鸣铭", "华桦骅", "军君钧", "丽莉俐", "红宏鸿", "伟玮炜", "静婧靖", "英瑛莹",
                     "兰岚澜", "杰洁捷", "峰锋丰", "平萍苹", "燕艳彦", "芳方舫", "琴勤芹", "林琳霖",
                     "海凯", "涛韬", "斌彬", "梅玫媚", "霞侠", "云芸昀", "贵桂", "荣蓉容", "珍贞臻")
_HOMOPHONE = {ch: tuple(x for x in grp if x != ch) for grp in _HOMOPHONE_GROUPS for ch in grp}

# --------------------------------------------------------------------------------------------
# Latin names
# --------------------------------------------------------------------------------------------

_PY_SURNAMES = (("Wang", 9), ("Li", 9), ("Zhang", 9), ("Liu", 6), ("Chen", 6), ("Yang", 4),
                ("Huang", 3), ("Zhao", 3), ("Wu", 3), ("Zhou", 3), ("Xu", 2), ("Sun", 2), ("Ma", 2),
                ("Zhu", 2), ("Hu", 2), ("Guo", 2), ("He", 2), ("Gao", 2), ("Lin", 2), ("Luo", 2),
                ("Zheng", 1), ("Liang", 1), ("Xie", 1), ("Song", 1), ("Tang", 1), ("Han", 1),
                ("Feng", 1), ("Deng", 1), ("Cao", 1), ("Peng", 1), ("Zeng", 1), ("Xiao", 1),
                ("Tian", 1), ("Dong", 1), ("Yuan", 1), ("Pan", 1), ("Jiang", 1), ("Cai", 1),
                ("Du", 1), ("Ye", 1), ("Cheng", 1), ("Su", 1), ("Wei", 1), ("Lyu", 1), ("Lü", 1),
                ("Lv", 1), ("Ding", 1), ("Ren", 1), ("Shen", 1), ("Yao", 1), ("Lu", 1), ("Qin", 1),
                ("Ouyang", 1), ("Sima", 1), ("Zhuge", 1), ("Shangguan", 1), ("Xiahou", 1))
_PY_GIVEN = ("wei", "fang", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie",
             "juan", "tao", "ming", "chao", "lan", "xia", "ping", "gang", "hui", "hua", "xin", "yu",
             "hao", "yi", "ting", "na", "ling", "bo", "kai", "peng", "fei", "xue", "mei", "hong",
             "qing", "zhen", "rui", "zhi", "xiao", "long", "tian", "han", "ze", "ya", "zi", "xuan",
             "jia", "si", "yun", "wen", "shu", "ke", "yue", "nan", "dan", "feng", "guo", "jian",
             "zhong", "de", "fu", "rong", "bin", "yuan", "hai", "chun", "qiu", "dong", "xiu", "lin",
             "bing", "kun", "shan", "jin", "xiang", "yao", "meng", "qian", "wan", "cheng", "sheng",
             "ning", "tong", "shuang", "an", "en", "ao", "ou")
_CANTO_SURNAMES = ("Chan", "Wong", "Cheung", "Lee", "Lau", "Ho", "Ng", "Leung", "Lam", "Tsang",
                   "Yeung", "Chow", "Tse", "Kwok", "Lai", "Tang", "Fung", "Mak", "Yip", "Choi", "Lo",
                   "Siu", "Kwan", "Au", "Tam", "Yuen", "Poon", "Chung", "Hui", "Sze", "Fong", "Kong")
_CANTO_GIVEN = ("tai", "man", "siu", "ling", "ka", "wai", "wing", "yan", "kwok", "keung", "chi",
                "ming", "hoi", "yee", "mei", "suk", "kit", "ho", "lok", "chun", "kin", "sau", "wah",
                "fai", "hung", "pui", "shan", "yiu", "tin", "ting", "sin", "hei", "nga", "kam", "yuk")
_WG_SURNAMES = ("Chang", "Wang", "Lin", "Chen", "Huang", "Li", "Wu", "Liu", "Tsai", "Yang", "Hsu",
                "Cheng", "Hsieh", "Kuo", "Hung", "Chiu", "Tseng", "Liao", "Lai", "Chou", "Yeh",
                "Chuang", "Chiang", "Kao", "Chien", "Tsao", "Hsiao", "Peng", "Chung", "Pan", "Tien")
_WG_GIVEN = ("chih", "ming", "hsiu", "ying", "chia", "hao", "wei", "ting", "yu", "chen", "hung",
             "mei", "ling", "shu", "fen", "chun", "kuo", "hsin", "yi", "ju", "tsung", "jung",
             "chieh", "chien", "hui", "hsiang", "kai", "po", "tzu", "han", "wen", "lung", "pei",
             "yen", "chuan", "feng")
_EN_GIVEN = {
    "f": ("Lily", "Grace", "Mary", "Jenny", "Amy", "Vivian", "Cindy", "Sophie", "Helen", "Coco",
          "Alice", "Ivy", "Emma", "Annie", "Winnie", "Teresa", "Joyce", "Fiona", "Queenie", "Rachel"),
    "m": ("David", "Kevin", "Peter", "Tony", "Michael", "Eric", "Jason", "Daniel", "Frank", "Leo",
          "Jack", "Bruce", "Kelvin", "Ricky", "Stanley", "Vincent"),
}

# --------------------------------------------------------------------------------------------
# minority names
# --------------------------------------------------------------------------------------------

_UYGHUR_M = ("买买提", "艾力", "阿不都热依木", "吐尔逊", "艾尔肯", "努尔艾力", "阿迪力", "麦麦提敏",
             "依明", "库尔班", "肉孜", "阿里木", "热合曼", "吾斯曼", "亚森", "玉素甫", "卡德尔",
             "塔依尔", "阿布都拉", "吐送", "买合木提", "斯迪克", "艾合买提", "托合提", "艾山",
             "哈力克", "努尔买买提", "阿卜杜克热木", "沙塔尔", "居马")
_UYGHUR_F = ("阿依古丽", "古丽努尔", "热依拉", "帕提古丽", "布合力其", "阿娜尔古丽", "米日古丽",
             "祖丽胡玛尔", "努尔比亚", "阿依努尔", "热娜古丽", "帕丽达", "迪丽努尔", "阿瓦古丽",
             "再努尔", "玛依拉", "海里其汗", "阿米娜", "古再丽", "阿依夏木")
_KAZAKH_M = ("努尔兰", "叶尔兰", "别克", "哈力木", "叶尔江", "加尔肯", "阿斯哈尔", "马合沙提",
             "巴合提别克", "吐尔逊别克", "达吾列提", "胡安", "叶尔波拉提", "阿依登", "赛力克",
             "波拉提", "木拉提", "朱马别克", "哈那提", "叶尔肯", "哈布力", "加纳提")
_KAZAKH_F = ("古丽巴哈尔", "阿曼古丽", "加娜尔", "阿依达娜", "古丽娜尔", "萨乌列", "阿克力玛",
             "沙吾烈", "巴合达古丽", "阿依江", "哈丽旦", "努尔古丽")
_TIBETAN = ("扎西", "卓玛", "次仁", "顿珠", "格桑", "央金", "多吉", "旦增", "拉姆", "平措", "尼玛",
            "达瓦", "洛桑", "德吉", "索朗", "旺姆", "边巴", "普布", "米玛", "白玛", "嘎玛", "巴桑",
            "拉巴", "旺堆", "强巴", "罗布", "曲珍", "央宗", "仁青", "才让", "拉毛", "卓嘎", "桑珠",
            "次旦", "益西", "贡布", "阿旺", "群培", "欧珠", "加措")
_YI_CLAN = ("阿苏", "吉克", "曲比", "沙马", "海来", "阿尔", "勒格", "吉伍", "俄木", "莫色", "马海",
            "阿的", "瓦扎", "果基", "罗洪", "倮伍", "阿约", "日火")
_YI_GIVEN = ("阿呷", "木呷", "阿依", "阿支", "石布", "拉且", "日哈", "伍各", "拉哈", "史古", "阿木",
             "尔古", "约哈", "古洛", "曲则", "拉铁", "阿牛", "子体", "阿果", "伍沙")
_MONGOL_A = ("额尔敦", "阿拉坦", "孟根", "乌云", "斯琴", "萨仁", "苏日", "图门", "巴雅尔", "朝克",
             "敖敦", "那仁", "宝音", "哈斯", "其其格", "吉日嘎拉")
_MONGOL_B = ("巴特尔", "毕力格", "其木格", "图雅", "高娃", "花", "娜", "仓", "夫", "达来", "宝力道",
             "朝鲁", "格日勒", "满都拉", "套格套")
_MONGOL_SUR = "包白鲍韩奇吴陈"
_HUI_SUR = "马马马回丁纳哈沙白海穆撒虎喇者拜"
_KOREAN_SUR = "金金李朴崔郑姜赵尹张林韩申权黄安宋洪全高文南玄卢柳禹池千太延具"
_KOREAN_G1 = "哲英成美顺龙明光东昌贞在永正淑银京相惠秀春泰贤载"
_KOREAN_G2 = "洙爱浩善子男淑日春姬植元哲玉顺熙镐吉锡泽"
_ZHUANG_SUR = "韦韦覃覃农蓝蒙岑黄陆莫卢梁廖潘"
_MIAO_SUR = "龙龙吴石杨麻麻田滕欧侯"
_DAI_SYL = "罕温香叫坎应喃甩庄章光丙腊依拉伦扁燕相胆尖约恩"
_DOTS = ("·", "·", "·", "·", "·", "·", "•", ".", "．", "")

_ETH = {
    "uyghur": "维吾尔族", "kazakh": "哈萨克族", "tibetan": "藏族", "yi": "彝族",
    "mongol": "蒙古族", "hui": "回族", "korean": "朝鲜族", "zhuang": "壮族", "miao": "苗族",
    "dai": "傣族",
}

# --------------------------------------------------------------------------------------------
# look-alike pools (Chinese)
# --------------------------------------------------------------------------------------------

_LA = {
    "place": ("张家口", "张家界", "李沧区", "刘家峡", "黄石", "周口", "吴江", "徐州", "马鞍山", "高邮",
              "林芝", "郑州", "石家庄", "赵县", "杨浦区", "韩城", "曹县", "邓州", "彭州", "萧山",
              "潘家园", "于都", "余姚", "叶县", "苏州", "魏县", "吕梁", "沈阳", "姚安", "姜堰",
              "钟祥", "陆家嘴", "汪清", "范县", "金华", "石狮", "贾汪", "夏邑", "邹城", "孟州",
              "秦皇岛", "江油", "雷州", "侯马", "龙岗", "黎川", "贺州", "邵阳", "万州", "钱塘区",
              "武胜", "汤阴", "常熟", "温州", "康定", "文登", "安阳", "齐河", "庄河", "章丘", "鲁山",
              "岳阳", "兰考", "焦作", "左权县", "柳州", "包头", "宁波", "梅州", "毕节", "单县",
              "霍州", "曲阜", "蒙城", "华容", "祁阳", "房山", "滕州", "卫辉", "米脂", "东方市",
              "司马台", "志丹县", "靖宇县", "尚志市", "中山市", "子长市", "屈原管理区"),
    "road": ("中山路", "中山北路", "逸仙路", "黄兴路", "张自忠路", "佟麟阁路", "赵登禹路", "一曼街",
             "兆麟街", "靖宇街", "尚志大街", "志丹路", "鲁迅中路", "林森北路", "中正路", "黄埔大道",
             "金水路", "经三路", "马场道", "曹杨路", "杨高路", "田林路", "周家嘴路", "钱江路",
             "雷锋大道", "解放路", "人民路", "文化路", "建设路", "胜利街", "和平路", "汉阳大道"),
    "school": ("陶行知中学", "鲁迅中学", "李四光中学", "曾宪梓中学", "华罗庚中学", "黄冈中学",
               "衡水中学", "南开中学", "育才中学", "逸夫中学"),
    "univ": ("中山大学", "郑州大学", "苏州大学", "宁波大学", "温州医科大学", "沈阳农业大学", "邵阳学院",
             "黄冈师范学院", "石家庄铁道大学", "吉首大学", "延边大学", "华侨大学", "暨南大学", "鲁东大学",
             "常熟理工学院", "岳阳职业技术学院"),
    "hospital": ("中山医院", "邵逸夫医院", "李时珍医院", "张仲景医院", "孙思邈医院", "宋庆龄儿科医院",
                 "人民医院", "中医院"),
    "company": ("周大福珠宝", "李宁体育", "王老吉药业", "马应龙药业", "陈李济药厂", "胡庆余堂",
                "张小泉", "王致和", "徐福记", "沈大成", "谢瑞麟", "钟薛高", "老干妈", "同仁堂",
                "吴裕泰茶庄", "张一元茶庄", "雷沃重工", "时风集团", "常发农装", "汤臣倍健", "苏宁易购",
                "华润万家", "国美电器", "林氏木业", "顾家家居"),
    "firm": ("段和段律师事务所", "金杜律师事务所", "盈科律师事务所", "德恒律师事务所",
             "大成律师事务所", "君合律师事务所", "汉坤律师事务所"),
    "shop": ("张亮麻辣烫", "杨国福麻辣烫", "刘一手火锅", "周黑鸭", "老娘舅", "马记永拉面", "王姐烧烤",
             "张嫂水饺", "刘师傅汽修", "陈记肠粉", "李记粥铺", "沙县小吃", "兰州拉面", "华莱士",
             "老乡鸡", "谭鸭血", "廖记棒棒鸡", "钱大妈", "曹氏鸭脖", "罗森便利店", "全家便利店",
             "屈臣氏", "万宁", "海底捞", "西贝莜面村", "小肥羊"),
    "product": ("王老吉凉茶", "张小泉剪刀", "王守义十三香", "老干妈辣酱", "李锦记酱油", "王致和腐乳",
                "徐福记酥心糖", "白象方便面", "康师傅方便面", "卫龙辣条", "鲁花花生油", "黄飞红麻辣花生",
                "汤臣倍健蛋白粉", "江中健胃消食片", "东阿阿胶", "杜康酒", "孔府家酒", "片仔癀",
                "金龙鱼食用油", "农夫山泉", "马应龙痔疮膏", "云南白药"),
    "brand": ("五菱宏光", "长安之星", "比亚迪秦", "比亚迪宋", "康佳电视", "长虹空调", "雅迪电动车",
              "爱玛电动车", "台铃电动车", "苏泊尔电饭煲", "欧派橱柜", "左右沙发", "九阳豆浆机"),
    "tractor": ("东方红LX904拖拉机", "东方红MF704拖拉机", "雷沃M1104拖拉机", "常发CFD804拖拉机",
                "黄海金马554拖拉机", "时风SF504拖拉机", "久保田PRO988Q收割机", "沃得锐龙收割机",
                "约翰迪尔5E-954拖拉机", "五征PL2204拖拉机"),
    "herb": ("何首乌", "徐长卿", "刘寄奴", "杜仲", "使君子", "王不留行", "金银花", "黄精", "白芷",
             "厚朴", "党参", "牛膝"),
    "crop": ("玉米", "大豆", "花生", "小麦", "烟叶", "辣椒", "油菜", "马铃薯"),
    "dish": ("宫保鸡丁", "麻婆豆腐", "东坡肉", "左宗棠鸡", "叫花鸡", "文思豆腐", "李鸿章杂烩",
             "赖汤圆", "钟水饺", "龙抄手", "韩包子", "张飞牛肉", "曹操鸡", "宋嫂鱼羹", "符离集烧鸡",
             "周村烧饼"),
    "festival": ("春节", "元宵节", "清明节", "端午节", "七夕", "中秋节", "重阳节", "国庆节", "冬至",
                 "腊八", "寒衣节", "中元节"),
    "disease": ("帕金森病", "阿尔茨海默病", "唐氏综合征", "克罗恩病", "川崎病", "格林-巴利综合征",
                "霍奇金淋巴瘤", "马凡综合征", "库欣综合征", "白塞病", "布鲁氏菌病", "雷诺综合征",
                "亨廷顿病", "梅尼埃病", "桥本甲状腺炎", "法洛四联症", "克山病", "大骨节病"),
    "project": ("郑万高铁", "张吉怀高铁", "汉十高铁", "黄百铁路", "杭黄高铁", "石济客专", "沪昆高速",
                "京港澳高速", "成贵高铁", "赣深高铁"),
    "river": ("黄河", "汉江", "沙河", "洪泽湖", "钱塘江", "柳江", "白洋淀", "马颊河", "唐河", "白河",
              "潘家口水库", "陆浑水库", "丹江口水库", "滹沱河"),
    "cemetery": ("福寿园", "万安公墓", "南山公墓", "青龙山公墓", "凤凰山陵园", "天寿陵园",
                 "永安公墓", "卧龙山公墓", "龙华陵园"),
    "hall": ("陈氏宗祠", "周家祠堂", "吴氏大宗祠", "黄氏家庙", "林氏宗祠", "何氏祠堂"),
    "team": ("石榴籽志愿服务队", "红马甲志愿服务队", "向阳花志愿服务队", "常青藤志愿服务队",
             "银龄志愿服务队", "雷锋车队", "学雷锋志愿服务站"),
    "event": ("马拉松赛事保障", "学雷锋日便民服务", "文明交通劝导", "清明祭扫疏导", "无偿献血宣传",
              "元宵灯会安保", "国庆节景区引导", "防溺水巡河"),
    "platform": ("抖音", "快手", "淘宝", "拼多多", "京东", "美团", "饿了么"),
    "word": ("申请", "关于", "全部", "余额", "金额", "付款", "方面", "于是", "党员", "张贴", "周转",
             "马上", "胡同", "何时", "高中", "林地", "罗列", "郑重", "许可", "曾经", "田间", "董事",
             "任务", "程序", "陆续", "范围", "石头", "白天", "江边", "龙头", "陶瓷", "黎明", "顾客",
             "万元", "钱款", "严格", "向上", "常年", "安全", "包括", "康复", "原件", "房屋", "管理",
             "成员", "尚未", "符合", "单位", "解决", "查询", "连续", "项目", "卫生", "明确", "惠民",
             "原因", "劳动", "满意", "权益", "支付", "相关", "宣传", "初步", "门诊", "信息", "幸福",
             "由于", "应当", "时间"),
}
_VILLAGE_SUF = "庄湾坪沟营屯寨岗洼堡店桥集圩坝"
_VILLAGE_NAMED = ("石门村", "白杨村", "龙泉村", "马坊村", "高桥村", "杨柳村", "何庄村", "黄土岭村",
                  "柳林村", "胡桥村", "范庄村", "金鸡村", "万家岭村", "甘泉村", "关帝庙村", "文昌村")
_FIELD_SUF = ("洼", "坪", "沟", "岗", "坟", "湾", "坡")
_MASK_SUF = ("某", "某某", "某", "*", "**", "×", "××", "＊＊", "某（化名）")
_TITLE_SUF = ("女士", "先生", "师傅", "阿姨", "大爷")

# look-alike pools (English)
_LA_EN = {
    "road": ("Zhongshan Road", "Chung Shan North Road", "Nathan Road", "Des Voeux Road",
             "Lockhart Road", "Jiefang Road", "Renmin Road", "Huangxing Road", "Yixian Road",
             "Zhongzheng Road", "Roosevelt Road"),
    "place": ("Wong Tai Sin", "Ho Man Tin", "Lam Tin", "Ma On Shan", "Tai Po", "Kwun Tong", "Chai Wan",
              "Zhangjiakou", "Xuhui District", "Huangpu District", "Linping District", "Hsinchu",
              "Changhua County", "Shek Kip Mei", "Lai Chi Kok"),
    "school": ("Sun Yat-sen University", "Lu Xun Middle School", "Tao Xingzhi School",
               "Soong Ching Ling School", "Yifu Primary School", "Li Siguang Middle School"),
    "hospital": ("Chang Gung Memorial Hospital", "Queen Mary Hospital", "Mackay Memorial Hospital",
                 "Run Run Shaw Hospital", "Kwong Wah Hospital", "Zhongshan Hospital"),
    "shop": ("Chow Tai Fook", "Lawson", "Watsons", "Mannings", "Luk Fook Jewellery", "Tse Sui Luen",
             "Tai Hing", "Tsui Wah", "Zhou Hei Ya", "Li-Ning"),
    "product": ("Lee Kum Kee soy sauce", "Wong Lo Kat herbal tea", "Lao Gan Ma chili crisp",
                "Wang Shouyi spice mix", "Zhang Xiaoquan scissors", "Master Kong noodles",
                "Wei Long spicy strips", "Yunnan Baiyao plaster"),
    "firm": ("Jun He LLP", "Han Kun Law Offices", "Zhong Lun Law Firm", "Duan & Duan",
             "King & Wood Mallesons", "Fangda Partners"),
    "dish": ("Kung Pao chicken", "Mapo tofu", "General Tso's chicken", "Dongpo pork",
             "Buddha Jumps Over the Wall", "Zhong dumplings"),
    "disease": ("Parkinson's disease", "Alzheimer's disease", "Down syndrome", "Kawasaki disease",
                "Crohn's disease", "Hodgkin lymphoma", "Bell's palsy", "Hashimoto's thyroiditis"),
    "festival": ("Qingming Festival", "Dragon Boat Festival", "Mid-Autumn Festival",
                 "Chung Yeung Festival", "Tuen Ng Festival", "Lunar New Year", "National Day"),
    "cemetery": ("Fushouyuan Cemetery", "Wan'an Cemetery", "Wo Hop Shek Cemetery",
                 "Tseung Kwan O Chinese Permanent Cemetery", "Longhua Martyrs' Cemetery"),
    "river": ("Huangpu River", "Pearl River", "Shing Mun River", "Qiantang River", "Han River",
              "Tamsui River"),
    "project": ("Zhengzhou-Wanzhou high-speed railway", "Zhangjiajie-Jishou-Huaihua railway",
                "Hangzhou-Huangshan railway", "Shanghai-Kunming expressway"),
    "event": ("Shenzhen Marathon", "Standard Chartered Hong Kong Marathon", "Lantern Festival fair",
              "Dragon Boat Festival regatta", "Lei Feng Day service drive"),
}
_MASK_EN = ("Mr. Wang", "Ms. Li", "Mrs. Chan", "Zhang **", "Li *", "W*** Liu", "Mr. X", "Ms. Z",
            "Wong ***", "Chen X.")

_PROVINCES = ("河南", "四川", "湖南", "安徽", "江西", "贵州", "广西", "湖北", "甘肃", "云南", "重庆",
              "山东", "黑龙江", "河北")
_BANKS = ("农商银行", "邮储银行", "农业银行", "工商银行", "建设银行", "信用社", "村镇银行")
_AREA_CODES = ("110105", "130102", "320581", "330782", "370203", "410102", "420111", "430524",
               "441302", "450102", "500103", "510722", "522601", "530102", "532823", "540102",
               "620102", "632801", "650102", "653101", "513431", "222401", "152502", "640522")
_MOBILE = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
           "155", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
           "183", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199")
_TEL_AREA = ("0371", "0531", "0551", "0731", "0771", "0851", "0871", "0891", "0991", "0431", "0471",
             "023", "028", "020", "0898", "0931", "0371", "0535", "0760", "0597")
_ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)

# --------------------------------------------------------------------------------------------
# the cell builder
# --------------------------------------------------------------------------------------------


class _Exhausted(Exception):
    """No fresh name could be drawn for a slot; the cell is rebuilt."""


class _Cell:
    """One cell under construction: draws names and look-alikes, records them."""

    def __init__(self, gen: "_Gen", family: str):
        self.g = gen
        self.r = gen.rng
        self.family = family
        self.names: list[str] = []
        self.las: list[str] = []

    # -- basic draws --------------------------------------------------------------------
    def p(self, seq):
        return self.r.choice(seq)

    def ch(self, prob: float) -> bool:
        return self.r.random() < prob

    def i(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    # -- names ---------------------------------------------------------------------------
    def _take(self, make) -> str:
        for _ in range(200):
            nm = make()
            if self.g.name_free(nm) and all(nm not in o and o not in nm for o in self.names):
                self.names.append(nm)
                return nm
        raise _Exhausted("could not draw a fresh name")

    def n(self, style: str = "any", sex: str | None = None, pad: bool = False) -> str:
        """A Han name; pad=True lets a two-character name carry spreadsheet padding."""
        def make():
            nm = self.g.han_name(style, sex)
            if pad and len(nm) == 2 and self.ch(0.22):
                nm = nm[0] + self.p(("　", "　", " ", "  ")) + nm[1]
            return nm
        return self._take(make)

    def kin(self, words, style: str = "mid") -> str:
        """A kinship word followed by a name of the matching sex."""
        w = self.p(words)
        return w + self.n(style, _KIN_SEX[w])

    def misrecord(self, nm: str) -> str | None:
        """The same person's name mis-recorded with a homophone (同音字), or None."""
        spots = [k for k in range(1, len(nm)) if nm[k] in _HOMOPHONE]
        if not spots:
            return None
        def make():
            k = self.p(spots)
            return nm[:k] + self.p(_HOMOPHONE[nm[k]]) + nm[k + 1:]
        return self._take(make)

    def en(self, system: str | None = None, form: str | None = None, sex: str | None = None) -> str:
        return self._take(lambda: self.g.latin_name(system, form, sex))

    def mn(self, group: str, sex: str | None = None) -> str:
        return self._take(lambda: self.g.minority_name(group, sex))

    def off(self) -> str:
        """An official in a public role (public_notice only): a look-alike, not a name."""
        pool = [o for o in self.g.officials if o not in self.las]
        o = self.p(pool)
        self.las.append(o)
        return o

    # -- look-alikes ---------------------------------------------------------------------
    def fix(self, s: str) -> str:
        if s not in self.las:
            self.las.append(s)
        return s

    def la(self, cls: str) -> str:
        pool = [x for x in _LA[cls] if x not in self.las]
        return self.fix(self.p(pool))

    def le(self, cls: str) -> str:
        pool = [x for x in _LA_EN[cls] if x not in self.las]
        return self.fix(self.p(pool))

    def village(self) -> str:
        if self.ch(0.3):
            return self.fix(self.p(_VILLAGE_NAMED))
        sur = self.p(_SURNAMES[:60])
        return self.fix(f"{sur}家{self.p(_VILLAGE_SUF)}村")

    def field(self) -> str:
        sur = self.p(_SURNAMES[:40])
        return self.fix(f"{sur}家{self.p(_FIELD_SUF)}")

    def masked(self) -> str:
        sur = self.p(_SURNAMES[:50])
        return self.fix(sur + self.p(_MASK_SUF))

    def titled(self) -> str:
        sur = self.p(_SURNAMES[:50])
        return self.fix(sur + self.p(_TITLE_SUF))

    def mask_en(self) -> str:
        return self.fix(self.p(_MASK_EN))

    # -- numbers -------------------------------------------------------------------------
    def phone(self, glue_ok: bool = True) -> str:
        pre = self.p(_MOBILE)
        mid = f"{self.i(0, 9999):04d}"
        end = f"{self.i(0, 9999):04d}"
        style = self.i(0, 5)
        if style == 0:
            return f"{pre}-{mid}-{end}"
        if style == 1:
            return f"{pre} {mid} {end}"
        if style in (2, 3):
            return f"{pre}****{end}"
        return f"{pre}{mid}{end}"

    def tel(self) -> str:
        area = self.p(_TEL_AREA)
        digits = 8 if len(area) == 3 else self.p((7, 8))
        first = str(self.i(2, 8))
        rest = "".join(str(self.i(0, 9)) for _ in range(digits - 1))
        return f"{area}-{first}{rest}"

    def idno(self, year: int | None = None, masked: float = 0.7) -> str:
        if year is None:
            year = self.i(1940, 2005)
        body = (f"{self.p(_AREA_CODES)}{year:04d}{self.i(1, 12):02d}{self.i(1, 28):02d}"
                f"{self.i(1, 999):03d}")
        check = "10X98765432"[sum(int(a) * w for a, w in zip(body, _ID_W)) % 11]
        full = body + check
        if not self.ch(masked):
            return full
        style = self.i(0, 3)
        if style == 0:
            return full[:6] + "********" + full[14:]
        if style == 1:
            return full[:14] + "****"
        if style == 2:
            return full[:3] + "*" * 11 + full[14:]
        return full[:10] + "******" + full[16:]

    def tail(self) -> str:
        return f"{self.i(0, 9999):04d}"

    def yuan(self, lo: int, hi: int, step: int = 1) -> str:
        v = self.r.randrange(lo, hi + 1, step)
        style = self.i(0, 3)
        if style == 0 and v >= 1000:
            return f"{v:,}元"
        if style == 1:
            return f"{v}.00元"
        return f"{v}元"

    def date(self, y0: int = 2021, y1: int = 2025) -> str:
        y, m, d = self.i(y0, y1), self.i(1, 12), self.i(1, 28)
        style = self.i(0, 4)
        if style == 0:
            return f"{y}-{m:02d}-{d:02d}"
        if style == 1:
            return f"{y}.{m}.{d}"
        if style == 2:
            return f"{m}月{d}日"
        return f"{y}年{m}月{d}日"

    def date_en(self) -> str:
        y, m, d = self.i(2021, 2025), self.i(1, 12), self.i(1, 28)
        months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
        return self.p((f"{y}-{m:02d}-{d:02d}", f"{d} {months[m - 1]} {y}", f"{d}/{m}/{y}"))


# --------------------------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------------------------

_TEMPLATES: dict[str, list] = {f: [] for f in FAMILIES}


def _t(family):
    def deco(fn):
        _TEMPLATES[family].append(fn)
        return fn
    return deco


_KIN_ADULT = ("儿子", "女儿", "儿媳", "女婿", "孙子", "孙女", "侄子", "外甥", "外孙女", "长子", "次女")
_SEX = ("男", "女")
_KIN_SEX = {"儿子": "m", "女儿": "f", "儿媳": "f", "女婿": "m", "孙子": "m", "孙女": "f", "侄子": "m",
            "外甥": "m", "外孙女": "f", "长子": "m", "次女": "f", "父亲": "m", "母亲": "f", "舅舅": "m",
            "姑姑": "f", "祖父": "m", "婆婆": "f", "公公": "m", "丈夫": "m", "小叔子": "m"}


# ---- elderly_allowance --------------------------------------------------------------------

@_t("elderly_allowance")
def _ea1(c):
    sex = c.p(_SEX)
    return (f"{c.n('old', 'f' if sex == '女' else 'm')}，{sex}，{c.i(80, 99)}{c.fix('周岁')}，"
            f"{c.village()}人。{c.date()}核定高龄津贴每月{c.p(('100', '200', '300', '500'))}元，"
            f"{c.p(('因本人行动不便', '因老人长期卧床', '老人视力差'))}，由{c.kin(_KIN_ADULT, 'mid')}"
            f"代领，联系电话{c.phone()}。")


@_t("elderly_allowance")
def _ea2(c):
    return (f"老人{c.n('old')}已于{c.date(2023, 2025)}因{c.la('disease')}在{c.la('hospital')}病故，"
            f"自次月起停发高龄津贴；多发的{c.yuan(100, 600, 100)}由其{c.kin(_KIN_ADULT, 'mid')}"
            f"退回{c.p(_BANKS)}专户，{c.fix('余额')}已核对无误。")


@_t("elderly_allowance")
def _ea3(c):
    return (f"经入户走访，{c.n('old', 'f')}（{c.i(80, 96)}岁）常年随女儿{c.n('mid', 'f')}在"
            f"{c.la('place')}{c.la('road')}居住，本人签字同意养老服务补贴改发至女儿名下"
            f"{c.p(_BANKS)}卡（尾号{c.tail()}），原存折作废。")


@_t("elderly_allowance")
def _ea4(c):
    return (f"{c.n('old', 'm')}、{c.n('old', 'f')}系夫妻，户籍均在{c.village()}，两人均已年满80"
            f"{c.fix('周岁')}，分别按月享受高龄津贴；其中女方经评估为重度失能（{c.la('disease')}），"
            f"叠加养老服务补贴{c.yuan(100, 400, 50)}。")


@_t("elderly_allowance")
def _ea5(c):
    nm = c.n("old")
    return (f"申请人{nm}身份证号{c.idno(c.i(1930, 1945))}，出生日期与户口簿登记不一致，已请"
            f"{c.la('place')}派出所出具证明，核实前暂缓发放，{c.fix('尚未')}通知家属。")


@_t("elderly_allowance")
def _ea6(c):
    return (f"养老服务补贴使用明细：{c.n('old')}本季度在{c.la('road')}长者食堂就餐{c.i(20, 80)}次，"
            f"另由护理员{c.n('mid', 'f')}上门助浴{c.i(2, 9)}次，剩余额度{c.yuan(40, 300)}结转下季度"
            f"（{c.fix('余额')}以系统为准）。")


@_t("elderly_allowance")
def _ea7(c):
    return (f"本月新增：{c.n('old', pad=True)}（{c.i(80, 89)}岁）、{c.n('old', pad=True)}"
            f"（{c.i(90, 99)}岁）、{c.n('old', pad=True)}（{c.i(100, 104)}岁），均为{c.village()}户籍；"
            f"{c.masked()}因户口迁往{c.la('place')}不再发放。")


@_t("elderly_allowance")
def _ea8(c):
    return (f"{c.n('old')}{c.phone()}，独居，子女在{c.la('place')}务工，{c.fix('张贴')}的公示名单中"
            f"年龄误写，已更正为{c.i(80, 98)}岁；{c.fix('重阳节')}慰问品{c.la('product')}一份已交给邻居"
            f"{c.n('mid')}转交。")


@_t("elderly_allowance")
def _ea9(c):
    return (f"百岁老人长寿补贴：{c.village()}{c.n('old', 'f')}（{c.i(100, 106)}岁）由孙媳"
            f"{c.n('mid', 'f')}照料，{c.fix('春节')}慰问金{c.yuan(500, 2000, 100)}已送达，另赠"
            f"{c.la('product')}。")


# ---- student_aid --------------------------------------------------------------------------

_HH = ("脱贫户家庭", "监测户家庭", "低保家庭", "残疾人家庭", "特困供养家庭")


@_t("student_aid")
def _sa1(c):
    return (f"{c.n('young')}，{c.la('place')}职业技术学校{c.p(('一', '二', '三'))}年级，{c.p(_HH)}，"
            f"{c.i(2022, 2025)}年秋季学期享受雨露计划职业教育补助1500元，资金打入其母亲"
            f"{c.n('mid', 'f')}的社保卡。")


@_t("student_aid")
def _sa2(c):
    return (f"{c.la('school')}初{c.p(('一', '二', '三'))}（{c.i(1, 12)}）班{c.n('young')}（学号"
            f"{c.i(2021, 2025)}{c.i(1000, 9999)}）因病休学，国家助学金自{c.i(3, 11)}月起停发；班主任"
            f"{c.n('mid')}已告知家长{c.n('mid')}，复学后重新认定。")


@_t("student_aid")
def _sa3(c):
    return (f"家庭经济困难认定：父亲{c.n('mid', 'm')}患{c.la('disease')}长期卧床，母亲"
            f"{c.n('mid', 'f')}在{c.la('shop')}做帮厨，月收入约{c.yuan(1500, 3200, 100)}，学生"
            f"{c.n('young')}认定为特别困难。")


@_t("student_aid")
def _sa4(c):
    return (f"{c.n('young')}考入{c.la('univ')}，申请生源地"
            f"信用助学贷款{c.yuan(8000, 16000, 1000)}，共同借款人为其"
            f"{c.kin(('父亲', '母亲', '舅舅', '姑姑'), 'mid')}，{c.fix('申请')}表已由县学生资助中心盖章。")


@_t("student_aid")
def _sa5(c):
    return (f"{c.la('school')}本学期义务教育家庭经济困难学生生活补助名单：{c.n('young', pad=True)}、"
            f"{c.n('young', pad=True)}、{c.n('young', pad=True)}，其中最后一人为孤儿，另享"
            f"{c.fix('春蕾计划')}资助。")


@_t("student_aid")
def _sa6(c):
    return (f"雨露计划短期技能培训：学员{c.n('mid')}参加{c.la('place')}技师学院开设的"
            f"{c.p(('中式面点', '电工', '育婴员', '家政服务', '挖掘机操作'))}班{c.i(10, 30)}天，结业考核合格，"
            f"补助{c.yuan(600, 1800, 100)}已于{c.date()}发放。")


@_t("student_aid")
def _sa7(c):
    return (f"助学金评议记录：{c.n('young')}家中新购{c.la('brand')}一辆，评议小组认为不宜认定为困难，"
            f"已电话（{c.phone()}）告知其父亲{c.n('mid', 'm')}，如有异议可在{c.fix('张贴')}公示期内提出。")


@_t("student_aid")
def _sa8(c):
    return (f"高中助学金：{c.la('school')}高二学生{c.n('young', 'f')}与弟弟{c.n('young', 'm')}"
            f"（初三）同属{c.p(_HH)}，姐弟分别享受国家助学金和生活补助，{c.fix('由于')}户籍在"
            f"{c.la('place')}，由就读地学校发放。")


# ---- farm_subsidy -------------------------------------------------------------------------

@_t("farm_subsidy")
def _fs1(c):
    return (f"购机者{c.n('mid')}（{c.village()}）购置{c.la('tractor')}1台，出厂编号"
            f"{c.i(10, 99)}{c.p('ABCDEFGH')}{c.i(100000, 999999)}，中央财政补贴{c.yuan(5000, 42000, 100)}，"
            f"经销商为{c.la('place')}农机公司，已现场核验人机合影。")


@_t("farm_subsidy")
def _fs2(c):
    return (f"耕地地力保护补贴：{c.n('mid')}户二轮承包面积{c.i(3, 15)}.{c.i(0, 9)}亩，其中{c.field()}"
            f"地块{c.i(1, 3)}亩已流转给合作社种植{c.la('herb')}，按政策仍由承包户领取补贴。")


@_t("farm_subsidy")
def _fs3(c):
    return (f"{c.n('mid', 'm')}与弟弟{c.n('mid', 'm')}于{c.i(2015, 2023)}年分户，承包地一分为二，"
            f"哥哥名下{c.i(2, 8)}亩、弟弟名下{c.i(2, 8)}亩，本年度分别申报，{c.fix('金额')}按亩核定。")


@_t("farm_subsidy")
def _fs4(c):
    return (f"{c.field()}一带{c.i(5, 40)}亩耕地已被{c.la('project')}征收，{c.n('old')}户相应核减补贴面积"
            f"{c.i(1, 5)}亩，核减{c.fix('金额')}从下年度起执行。")


@_t("farm_subsidy")
def _fs5(c):
    return (f"补贴发放失败：{c.village()}{c.n('old')}的{c.p(_BANKS)}一卡通账户已销户，经联系其女婿"
            f"{c.n('mid', 'm')}（{c.phone()}），改发至新开立账户，尾号{c.tail()}，{c.fix('支付')}状态已更新。")


@_t("farm_subsidy")
def _fs6(c):
    return (f"{c.village()}{c.n('old')}反映其{c.i(2, 9)}亩承包地{c.fix('常年')}撂荒，经村民小组核实属实，"
            f"本年度暂停发放耕地地力保护补贴，{c.fix('张贴')}公示无异议。")


@_t("farm_subsidy")
def _fs7(c):
    return (f"农机购置补贴回访：{c.n('mid')}购买的{c.la('tractor')}于{c.date()}在{c.field()}作业时"
            f"液压故障，厂家已派技术员{c.n('mid', 'm')}上门维修，用户{c.fix('满意')}。")


@_t("farm_subsidy")
def _fs8(c):
    return (f"种植结构调整：{c.n('mid')}家将{c.i(3, 12)}亩{c.la('crop')}改种{c.la('herb')}和"
            f"{c.la('herb')}，仍属耕地，补贴照发；邻户{c.masked()}改挖鱼塘，已停发。")


# ---- collective_dividend ------------------------------------------------------------------

@_t("collective_dividend")
def _cd1(c):
    return (f"{c.n('mid', 'f')}系本村出嫁女，户口未迁出，经{c.i(2019, 2024)}年成员代表会议表决保留"
            f"{c.fix('成员')}资格，{c.i(2023, 2025)}年度分红{c.yuan(800, 6000, 50)}照常发放。")


@_t("collective_dividend")
def _cd2(c):
    k = c.i(4, 6)
    return (f"户主{c.n('old', 'm')}，家庭成员：妻{c.n('old', 'f')}、长子{c.n('mid', 'm')}、长媳"
            f"{c.n('mid', 'f')}，共{k}人，均为{c.village()}股份经济合作社{c.fix('成员')}，配股{k * 10}股。")


@_t("collective_dividend")
def _cd3(c):
    return (f"{c.n('young')}于{c.i(2012, 2020)}年考入{c.la('univ')}"
            f"户口迁出，毕业后未回迁，按章程不再确认为{c.fix('成员')}，原持股份由其"
            f"{c.kin(('父亲', '母亲', '祖父'), 'mid')}继承。")


@_t("collective_dividend")
def _cd4(c):
    return (f"{c.la('hall')}修缮费用从合作社年度收益中列支{c.yuan(30000, 180000, 1000)}，{c.n('old')}等"
            f"{c.i(3, 9)}户对分配方案有异议，已提交镇农经站调处，{c.fix('尚未')}答复。")


@_t("collective_dividend")
def _cd5(c):
    return (f"入赘女婿{c.n('mid', 'm')}（原籍{c.la('place')}）户口于{c.i(2010, 2020)}年迁入，经"
            f"民主表决确认为{c.fix('成员')}，与妻子{c.n('mid', 'f')}同享分红。")


@_t("collective_dividend")
def _cd6(c):
    return (f"{c.n('old')}去世后，其持有的{c.i(5, 30)}股由继承人{c.n('mid')}、{c.n('mid')}平均继承，"
            f"已提交{c.la('place')}公证处出具的公证书。")


@_t("collective_dividend")
def _cd7(c):
    return (f"新生儿{c.n('young')}（{c.date(2023, 2025)}出生）随母亲{c.n('mid', 'f')}落户本村，按章程"
            f"自下一分配年度起享受半股；{c.fix('余额')}部分计入公积金。")


@_t("collective_dividend")
def _cd8(c):
    return (f"分红款打卡名单更正：原表中“{c.n('mid')}”的账号误填为其堂兄{c.n('mid', 'm')}的"
            f"{c.p(_BANKS)}卡（尾号{c.tail()}），已追回重发，涉及{c.fix('金额')}{c.yuan(500, 4000, 10)}。")


# ---- child_care ---------------------------------------------------------------------------

@_t("child_care")
def _cc1(c):
    return (f"{c.n('young')}（{c.p(_SEX)}，{c.i(2010, 2020)}年{c.i(1, 12)}月出生），父亲{c.n('mid', 'm')}"
            f"在{c.la('place')}监狱服刑，母亲{c.n('mid', 'f')}离家失联满{c.i(2, 6)}年，由祖母"
            f"{c.n('old', 'f')}实际抚养，认定为事实无人抚养儿童，基本生活补贴每月"
            f"{c.yuan(1100, 1600, 10)}。")


@_t("child_care")
def _cc2(c):
    return (f"孤儿{c.n('young')}，{c.i(6, 16)}岁，在{c.la('school')}就读，监护人为叔叔{c.n('mid', 'm')}"
            f"（{c.phone()}）；本季度家访发现孩子有{c.la('disease')}症状，已转介{c.la('hospital')}。")


@_t("child_care")
def _cc3(c):
    return (f"机构养育孤儿：{c.n('young')}，{c.la('place')}儿童福利院，{c.i(2, 14)}岁，患"
            f"{c.la('disease')}，已纳入{c.fix('明天计划')}手术康复项目。")


@_t("child_care")
def _cc4(c):
    return (f"监护评估：{c.n('young')}现随外祖父{c.n('old', 'm')}、外祖母{c.n('old', 'f')}在{c.village()}"
            f"生活，二老均年逾七十，外祖母患{c.la('disease')}，建议儿童督导员每月入户一次；联系电话"
            f"{c.phone()}（外祖父）。")


@_t("child_care")
def _cc5(c):
    return (f"{c.n('young')}（身份证号{c.idno(c.i(2004, 2007))}）已年满18{c.fix('周岁')}，仍在"
            f"{c.la('place')}卫生学校全日制就读，按政策延续发放至毕业。")


@_t("child_care")
def _cc6(c):
    return (f"{c.fix('春蕾计划')}资助名单中的{c.n('young', 'f')}与事实无人抚养儿童{c.n('young', 'm')}"
            f"为姐弟，二人父亲{c.n('mid', 'm')}重残，由姑妈{c.n('mid', 'f')}照看，{c.fix('由于')}"
            f"居住地变更，档案转至{c.la('place')}民政局。")


@_t("child_care")
def _cc7(c):
    return (f"{c.village()}留守儿童{c.n('young')}暑期在{c.la('river')}边玩水，被村民发现劝回；"
            f"已与其在{c.la('place')}务工的母亲{c.n('mid', 'f')}视频通话，{c.fix('安全')}教育已开展。")


@_t("child_care")
def _cc8(c):
    return (f"变更监护人：原监护人{c.n('old', 'f')}（祖母）因{c.la('disease')}入住养老院，经"
            f"{c.village()}村委会推荐，由伯父{c.n('mid', 'm')}担任{c.n('young')}的监护人。")


# ---- legal_aid ----------------------------------------------------------------------------

@_t("legal_aid")
def _la1(c):
    return (f"受援人{c.n('mid')}诉{c.la('place')}某建筑公司追索劳动报酬纠纷，指派"
            f"{c.la('firm')}律师{c.n('mid')}承办，{c.date()}经法院调解结案，追回工资"
            f"{c.yuan(8000, 90000, 100)}。")


@_t("legal_aid")
def _la2(c):
    return (f"{c.n('mid')}因交通事故致{c.p(('左腿骨折', '颅脑损伤', '腰椎压缩性骨折'))}，肇事方为"
            f"{c.masked()}，申请法律援助；经审查符合经济困难标准，{c.date()}受理，承办律师"
            f"{c.n('mid')}（{c.la('firm')}）。")


@_t("legal_aid")
def _la3(c):
    k = c.i(3, 15)
    return (f"农民工欠薪：{c.n('mid', pad=True)}、{c.n('mid', pad=True)}等{k}人在{c.la('project')}"
            f"标段工地务工，包工头{c.masked()}拖欠工资共计{c.yuan(60000, 400000, 1000)}，已{c.fix('申请')}"
            f"支付令。")


@_t("legal_aid")
def _la4(c):
    return (f"赡养纠纷：{c.n('old')}（{c.i(72, 91)}岁）诉长子{c.n('mid', 'm')}、次子{c.n('mid', 'm')}"
            f"未履行赡养义务，经{c.la('place')}人民法院调解，二子每月各支付赡养费"
            f"{c.yuan(300, 1200, 50)}。")


@_t("legal_aid")
def _la5(c):
    return (f"刑事法律援助：被告人{c.n('young', 'm')}（{c.i(18, 25)}岁）涉嫌盗窃{c.la('shop')}财物，"
            f"法院通知辩护，指派律师{c.n('mid')}；会见时被告人称其母亲{c.n('mid', 'f')}患"
            f"{c.la('disease')}无人照顾。")


@_t("legal_aid")
def _la6(c):
    return (f"咨询记录：来电人自称{c.n('any')}，电话{c.phone()}，咨询"
            f"{c.p(('宅基地纠纷', '工伤认定', '彩礼返还', '土地流转合同', '网购退款'))}，已告知可到"
            f"{c.la('place')}公共法律服务中心现场{c.fix('申请')}，未留地址。")


@_t("legal_aid")
def _la7(c):
    return (f"离婚纠纷：申请人{c.n('mid', 'f')}，被申请人{c.n('mid', 'm')}，婚后育有一女"
            f"（{c.i(3, 12)}岁），申请人主张抚养权；对方长期在{c.la('place')}经营{c.la('shop')}加盟店，"
            f"收入{c.fix('尚未')}查明。")


@_t("legal_aid")
def _la8(c):
    return (f"工伤认定援助：{c.n('mid')}在{c.la('company')}下属仓库搬运时被叉车撞伤，单位不认可"
            f"劳动关系，同事{c.n('mid')}愿意出庭作证，{c.fix('劳动')}仲裁已立案。")


# ---- rental_registration -----------------------------------------------------------------

@_t("rental_registration")
def _rr1(c):
    return (f"房东{c.n('mid')}，出租屋位于{c.la('road')}{c.i(1, 399)}号{c.i(1, 9)}栋，租客"
            f"{c.n('mid')}（{c.p(_PROVINCES)}籍，{c.phone()}）等{c.i(2, 5)}人未办理居住登记，已督促"
            f"{c.date()}前补登。")


@_t("rental_registration")
def _rr2(c):
    return (f"{c.la('place')}城中村{c.i(1, 200)}号：一楼为{c.la('shop')}，二至四楼出租，二楼住"
            f"{c.n('mid', 'm')}一家三口（妻子{c.n('mid', 'f')}、女儿在{c.la('school')}上学），居住证已办。")


@_t("rental_registration")
def _rr3(c):
    y = c.i(1970, 2003)
    sex = c.p(_SEX)
    return (f"流动人口信息采集：{c.n('mid', 'f' if sex == '女' else 'm')}，{sex}，{y}年生，身份证号{c.idno(y)}，原籍"
            f"{c.p(_PROVINCES)}，在{c.la('company')}物流仓务工，暂住{c.la('road')}附近。")


@_t("rental_registration")
def _rr4(c):
    return (f"整租转租：承租人{c.n('mid')}将房屋隔成{c.i(4, 9)}间转租，现住户中{c.n('young')}、"
            f"{c.n('young')}未登记，已通知房东{c.masked()}到场，{c.fix('房屋')}安全隐患限期整改。")


@_t("rental_registration")
def _rr5(c):
    return (f"租客{c.n('mid')}已于{c.date()}退租，搬往{c.la('place')}；新租客{c.n('mid')}"
            f"（{c.phone()}）待登记；房东{c.n('old')}在{c.la('place')}随子女居住，委托物业代管。")


@_t("rental_registration")
def _rr6(c):
    return (f"{c.la('road')}{c.i(1, 300)}号群租房：床位{c.i(8, 20)}个，现住{c.n('mid', pad=True)}、"
            f"{c.n('mid', pad=True)}、{c.n('young', pad=True)}等，楼道内有{c.la('brand')}充电，"
            f"已责令整改。")


@_t("rental_registration")
def _rr7(c):
    return (f"{c.n('mid')}{c.phone()}，{c.la('shop')}店员，与同事{c.n('young')}合租"
            f"{c.la('road')}公寓，居住登记由{c.fix('单位')}统一代办，{c.fix('原件')}已核验。")


@_t("rental_registration")
def _rr8(c):
    return (f"房东反映租客{c.n('mid')}拖欠房租{c.i(2, 6)}个月后失联，屋内留有{c.la('product')}等"
            f"杂物；其紧急联系人{c.n('mid')}电话为空号，已报{c.la('place')}派出所备案。")


# ---- market_complaint ---------------------------------------------------------------------

@_t("market_complaint")
def _mc1(c):
    return (f"投诉人{c.n('mid')}（{c.phone()}）反映{c.date()}在{c.la('shop')}购买的{c.la('product')}"
            f"已过保质期，经调解商家退一赔十，共{c.yuan(50, 900)}，投诉人表示{c.fix('满意')}。")


@_t("market_complaint")
def _mc2(c):
    sex = c.p("mf")
    nm = c.n("mid", sex)
    sur = nm[:2] if nm[:2] in _COMPOUND_SURNAMES else nm[0]
    title = c.fix(sur + ("先生" if sex == "m" else "女士"))
    shop, road = c.la("shop"), c.la("road")
    return (f"{title}来电投诉{shop}{road}店，实名登记为{nm}，称店员拒绝开具发票；经核实已补开，"
            f"{c.fix('解决')}完毕。")


@_t("market_complaint")
def _mc3(c):
    return (f"举报人{c.n('mid')}举报{c.la('place')}某批发部销售假冒{c.la('product')}，执法人员现场"
            f"查扣{c.i(20, 300)}件，已立案；举报奖励{c.yuan(200, 2000, 100)}待发放。")


@_t("market_complaint")
def _mc4(c):
    return (f"预付卡纠纷：{c.n('mid', 'f')}在{c.la('road')}一家美容店充值{c.yuan(2000, 20000, 100)}，"
            f"门店停业，经营者{c.n('mid')}联系不上，同批投诉还有{c.n('young')}等{c.i(5, 30)}人。")


@_t("market_complaint")
def _mc5(c):
    return (f"{c.n('young')}称在{c.la('platform')}直播间购买的{c.la('product')}与宣传不符，商家注册地在"
            f"{c.la('place')}，已转当地市场监管局处理。")


@_t("market_complaint")
def _mc6(c):
    return (f"不予受理：{c.n('mid')}反映其与邻居{c.n('mid')}因{c.fix('房屋')}租赁发生纠纷，不属于"
            f"市场监管职责，已告知向人民法院起诉，{c.fix('相关')}材料退回。")


@_t("market_complaint")
def _mc7(c):
    return (f"消费者{c.n('mid')}与{c.n('mid')}合资在{c.la('company')}门店定制全屋家具，交货延迟"
            f"{c.i(30, 120)}天，经约谈退还定金{c.yuan(3000, 20000, 100)}。")


@_t("market_complaint")
def _mc8(c):
    return (f"餐饮投诉：{c.n('mid')}带孩子在{c.la('shop')}就餐后腹泻，就诊于{c.la('hospital')}，"
            f"抽检{c.la('dish')}菌落总数超标，店方赔偿医药费{c.yuan(300, 3000, 10)}。")


# ---- good_samaritan ------------------------------------------------------------------------

@_t("good_samaritan")
def _gs1(c):
    return (f"{c.n('mid')}，{c.village()}村民，{c.date()}傍晚在{c.la('river')}岸边发现有儿童落水，"
            f"跳入水中将{c.i(6, 13)}岁的{c.n('young')}救上岸，推荐申报见义勇为先进个人。")


@_t("good_samaritan")
def _gs2(c):
    return (f"好人推荐：{c.n('mid', 'f')}照顾瘫痪在床的"
            f"{c.kin(('婆婆', '公公', '丈夫', '小叔子'), 'old')}十余年，邻居{c.n('old')}等{c.i(8, 40)}人联名推荐为“{c.la('place')}好人”。")


@_t("good_samaritan")
def _gs3(c):
    return (f"{c.n('young', 'm')}（外卖骑手）在{c.la('road')}发现{c.la('shop')}起火，协助疏散群众"
            f"{c.i(5, 40)}人，本人手部烧伤，医疗费{c.yuan(2000, 30000, 100)}由见义勇为基金支付。")


@_t("good_samaritan")
def _gs4(c):
    return (f"{c.fix('学雷锋')}标兵候选：{c.n('old', 'm')}退休后义务修车{c.i(8, 25)}年，"
            f"在{c.la('road')}口摆摊不收分文，其老伴{c.n('old', 'f')}每天送饭。")


@_t("good_samaritan")
def _gs5(c):
    return (f"{c.n('mid', 'm')}在{c.la('road')}路口制止抢夺，协助民警抓获嫌疑人{c.masked()}，"
            f"被抢的{c.p(('老人', '女学生', '孕妇'))}{c.n('any', 'f')}已送来锦旗。")


@_t("good_samaritan")
def _gs6(c):
    return (f"见义勇为确认材料：目击证人{c.n('mid')}、{c.n('mid')}证言一致，当事人{c.n('mid', 'm')}"
            f"在{c.la('project')}施工现场救出被困工友，{c.fix('符合')}确认条件。")


@_t("good_samaritan")
def _gs7(c):
    return (f"“最美家庭”推荐：{c.n('mid', 'f')}与丈夫{c.n('mid', 'm')}在{c.la('place')}开办"
            f"{c.la('shop')}加盟店，每年{c.fix('重阳节')}为村里老人免费送{c.la('dish')}。")


@_t("good_samaritan")
def _gs8(c):
    return (f"{c.date()}，{c.la('river')}冰面有人落水，{c.n('mid')}用{c.la('brand')}上的拖车绳将其拉上岸；"
            f"获救者{c.n('mid')}事后登门致谢，不愿公开姓名的另一名施救者{c.masked()}已婉拒表彰。")


# ---- funeral ------------------------------------------------------------------------------

@_t("funeral")
def _fu1(c):
    sex = c.p(_SEX)
    return (f"逝者{c.n('old', 'f' if sex == '女' else 'm')}，{sex}，享年{c.i(60, 101)}岁，{c.date()}在"
            f"{c.la('place')}殡仪馆火化，骨灰安放于{c.la('cemetery')}{c.p('ABCDEFG')}区{c.i(1, 30)}排"
            f"{c.i(1, 40)}号，办理人：{c.kin(_KIN_ADULT, 'mid')}。")


@_t("funeral")
def _fu2(c):
    return (f"惠民殡葬：{c.n('old')}户籍在本区，免除遗体接运、火化、骨灰寄存等基本服务费"
            f"{c.yuan(1200, 3000, 10)}，由其女{c.n('mid', 'f')}签字确认，联系电话{c.phone()}，{c.fix('原件')}"
            f"已留存。")


@_t("funeral")
def _fu3(c):
    return (f"{c.fix('清明节')}前核查：{c.la('cemetery')}{c.p('ABCDEFG')}区{c.i(1, 30)}排墓位登记使用人"
            f"{c.n('old')}，管理费缴至{c.i(2010, 2020)}年，已逾期；联系人{c.n('mid')}电话停机，已"
            f"{c.fix('张贴')}催缴通知。")


@_t("funeral")
def _fu4(c):
    return (f"生态安葬奖补：{c.n('old')}骨灰于{c.date()}在{c.la('place')}海域海葬，家属{c.n('mid')}、"
            f"{c.n('mid')}领取奖补{c.yuan(1000, 5000, 100)}。")


@_t("funeral")
def _fu5(c):
    return (f"迁坟：因{c.la('project')}建设，{c.village()}{c.n('mid')}家祖坟{c.i(2, 7)}座需迁移，"
            f"迁葬补偿{c.yuan(3000, 9000, 100)}/座，已迁入{c.la('cemetery')}。")


@_t("funeral")
def _fu6(c):
    return (f"{c.n('old', 'f')}与先期去世的丈夫{c.n('old', 'm')}合葬于{c.la('cemetery')}，碑文由"
            f"孙子{c.n('young', 'm')}书写，{c.fix('寒衣节')}前完成立碑。")


@_t("funeral")
def _fu7(c):
    return (f"{c.n('old')}生前系{c.la('company')}退休职工，丧葬费、抚恤金由原{c.fix('单位')}发放，"
            f"本所只办理火化手续；遗属{c.n('mid')}另{c.fix('申请')}遗属生活困难补助。")


@_t("funeral")
def _fu8(c):
    return (f"{c.n('old')}{c.phone()}为已故{c.n('old')}的配偶，{c.fix('查询')}骨灰寄存期限时发现"
            f"寄存证遗失，凭{c.fix('原件')}户口簿补办。")


# ---- landloss_insurance -------------------------------------------------------------------

@_t("landloss_insurance")
def _li1(c):
    return (f"{c.n('mid')}，原{c.village()}{c.i(1, 12)}组被征地农民，{c.la('project')}征地时年满16周岁，"
            f"{c.i(2016, 2024)}年一次性缴纳养老保险个人部分{c.yuan(8000, 40000, 100)}，政府补贴"
            f"{c.yuan(10000, 60000, 100)}，自{c.date()}起按月领取。")


@_t("landloss_insurance")
def _li2(c):
    return (f"{c.n('mid')}与母亲{c.n('old', 'f')}同属{c.la('project')}安置对象，母亲已达领取年龄，"
            f"本人{c.fix('尚未')}达到，按规定先缴费后领取。")


@_t("landloss_insurance")
def _li3(c):
    return (f"身份核查：{c.n('mid')}（{c.idno()}）已在{c.la('company')}参加城镇职工养老保险，不得重复"
            f"享受被征地农民养老保障，已{c.fix('解决')}并退还个人缴费。")


@_t("landloss_insurance")
def _li4(c):
    nm = c.n("mid")
    bad = c.misrecord(nm)
    if bad is None:
        return (f"安置人员名单更正：{nm}的身份证号末位误录为{c.i(0, 9)}，已按户籍{c.fix('原件')}更正，"
                f"{c.fix('金额')}不变。")
    return (f"安置人员名单更正：原名单中“{bad}”系登记错误，正确姓名为{nm}，属同音字误录，"
            f"以户籍{c.fix('原件')}为准，{c.fix('金额')}不变。")


@_t("landloss_insurance")
def _li5(c):
    return (f"{c.n('old')}去世，个人账户{c.fix('余额')}{c.yuan(2000, 30000, 10)}由继承人{c.n('mid')}"
            f"一次性领取，已停发{c.date()}以后的养老金。")


@_t("landloss_insurance")
def _li6(c):
    return (f"{c.la('project')}二期征地：{c.n('mid', pad=True)}、{c.n('mid', pad=True)}、{c.n('old', pad=True)}"
            f"三户共{c.i(7, 14)}人纳入，另有{c.masked()}户因户口已迁{c.la('place')}不予纳入。")


@_t("landloss_insurance")
def _li7(c):
    return (f"{c.village()}{c.n('mid', 'f')}反映征地时其在{c.la('place')}务工，漏登记；经村民小组长"
            f"{c.n('mid', 'm')}证实，补录入第{c.i(2, 6)}批名单。")


@_t("landloss_insurance")
def _li8(c):
    return (f"{c.n('old')}{c.i(60, 80)}岁，按月领取{c.yuan(600, 1600, 10)}，因{c.la('disease')}"
            f"住院，委托外孙{c.n('young', 'm')}代办资格认证，{c.fix('相关')}视频已存档。")


# ---- volunteer ------------------------------------------------------------------------------

@_t("volunteer")
def _vo1(c):
    return (f"志愿者{c.n('young')}（志愿汇编号{c.i(10000000, 99999999)}）参加{c.la('event')}，累计服务"
            f"{c.i(4, 120)}小时，{c.fix('相关')}证明由{c.la('team')}开具。")


@_t("volunteer")
def _vo2(c):
    return (f"{c.la('team')}{c.i(2022, 2025)}年度优秀志愿者：{c.n('mid', pad=True)}、"
            f"{c.n('young', pad=True)}、{c.n('old', pad=True)}，表彰会定于{c.fix('国庆节')}后召开。")


@_t("volunteer")
def _vo3(c):
    return (f"{c.n('young')}在{c.la('place')}{c.fix('马拉松')}补给站服务时中暑，已送{c.la('hospital')}，"
            f"队长{c.n('mid')}通知了家长。")


@_t("volunteer")
def _vo4(c):
    return (f"时长更正：{c.n('mid')}{c.date()}的{c.i(2, 8)}小时服务时长误录入{c.n('mid')}名下，"
            f"已在系统内调整，{c.fix('查询')}可见。")


@_t("volunteer")
def _vo5(c):
    return (f"{c.n('old')}（{c.i(60, 75)}岁）为{c.fix('银龄行动')}志愿者，每周二在{c.la('road')}"
            f"社区教老人识别诈骗，搭档为退休教师{c.n('old')}。")


@_t("volunteer")
def _vo6(c):
    return (f"无偿献血：{c.n('young', 'f')}与母亲{c.n('mid', 'f')}同日在{c.la('road')}献血屋献血"
            f"{c.p(('200', '300', '400'))}毫升，母女均为{c.la('team')}{c.fix('成员')}。")


@_t("volunteer")
def _vo7(c):
    return (f"{c.fix('周末')}课堂：大学生志愿者{c.n('young')}为{c.village()}留守儿童辅导作业，"
            f"学生{c.n('young')}的家长{c.phone()}要求增加课时。")


@_t("volunteer")
def _vo8(c):
    return (f"{c.la('festival')}期间{c.la('team')}在{c.la('place')}高铁站设服务点，{c.n('young', pad=True)}、"
            f"{c.n('mid', pad=True)}负责行李搬运，另有{c.masked()}未签到。")


# ---- english_export ------------------------------------------------------------------------

@_t("english_export")
def _en1(c):
    return (f"Senior allowance: {c.en(sex='f')} (F, {c.i(80, 99)}) now lives with her son {c.en(sex='m')} near "
            f"{c.le('road')}; payment moved to his bank card ending {c.tail()}.")


@_t("english_export")
def _en2(c):
    return (f"Stipend suspended for {c.en()}, Year {c.i(1, 3)} at {c.le('school')}, after a leave of "
            f"absence; mother {c.en(sex='f')} informed on {c.date_en()}.")


@_t("english_export")
def _en3(c):
    return (f"complaint by {c.en('pinyin', 'lower')} ({c.phone()}) about {c.le('product')} "
            f"bought at {c.le('shop')} on {c.date_en()}; the seller refunded {c.i(20, 300)} yuan and "
            f"the case is closed.")


@_t("english_export")
def _en4(c):
    return (f"Volunteer log: {c.en()}, {c.en()} and {c.en()} marshalled runners at the "
            f"{c.le('event')}; {c.i(3, 12)} hours each, certificates posted in {c.le('place')}.")


@_t("english_export")
def _en5(c):
    return (f"Legal aid: applicant {c.en()} v. a logistics firm (unpaid wages, {c.i(5, 90)},000 yuan); "
            f"assigned counsel {c.en()} of {c.le('firm')}.")


@_t("english_export")
def _en6(c):
    return (f"Deceased: {c.en()}, aged {c.i(60, 99)}, cremated {c.date_en()}; ashes at "
            f"{c.le('cemetery')}, niche {c.p('ABCD')}-{c.i(1, 30)}-{c.i(1, 40)}. Next of kin: "
            f"{c.en(sex='f')} (daughter-in-law).")


@_t("english_export")
def _en7(c):
    return (f"Tenant registration: landlord {c.en()}, flat {c.i(1, 30)}{c.p('ABCDEF')}, {c.le('road')}; "
            f"tenants {c.en()} and {c.en()} (ID {c.idno(masked=1.0)}), both registered {c.date_en()}.")


@_t("english_export")
def _en8(c):
    return (f"Good Samaritan nominee {c.en()} pulled a drowning boy out of the {c.le('river')} on "
            f"{c.date_en()}; the boy's father, {c.en(sex='m')}, wrote a letter of thanks. A second witness, "
            f"{c.mask_en()}, declined to be named.")


@_t("english_export")
def _en9(c):
    return (f"Land-loss pension: {c.en()} (village group {c.i(1, 12)}, land taken for the "
            f"{c.le('project')}) paid a one-off {c.i(8, 40)},000 yuan; spouse {c.en()} already "
            f"receives {c.i(600, 1600)} yuan a month.")


@_t("english_export")
def _en10(c):
    return (f"Returned mail for {c.en(sex='f')}, c/o {c.en()}, {c.le('road')}, {c.le('place')}. The "
            f"addressee has {c.le('disease')}; please call her niece on {c.phone()}.")


@_t("english_export")
def _en11(c):
    return (f"orphan care note: {c.en('pinyin', 'lower')} (aged {c.i(5, 15)}) is treated at "
            f"{c.le('hospital')} for {c.le('disease')}; guardian is his aunt {c.en(sex='f')}, who runs a "
            f"stall selling {c.le('dish')}.")


@_t("english_export")
def _en12(c):
    return (f"Market complaint closed: {c.mask_en()} reported fake {c.le('product')} at a stall near "
            f"{c.le('place')}; the stall keeper, {c.en()}, surrendered {c.i(10, 90)} bottles during the "
            f"{c.le('festival')} inspection.")


# ---- minority_listing ---------------------------------------------------------------------

_MIN_PLACES = {
    "uyghur": ("喀什", "阿克苏", "和田", "吐鲁番", "伊宁", "库车"),
    "kazakh": ("阿勒泰", "塔城", "昭苏", "特克斯", "富蕴", "巴里坤"),
    "tibetan": ("那曲", "尼玛县", "日喀则", "昌都", "措美县", "当雄县", "甘孜", "玉树"),
    "yi": ("昭觉县", "布拖县", "美姑县", "西昌", "喜德县", "越西县"),
    "mongol": ("锡林浩特", "乌兰浩特", "正蓝旗", "巴林右旗", "阿拉善", "乌兰察布"),
    "hui": ("临夏", "同心县", "西吉县", "吴忠", "化隆", "大厂"),
    "korean": ("延吉", "图们", "龙井", "和龙", "珲春", "安图"),
    "zhuang": ("百色", "靖西", "河池", "崇左", "文山", "东兰"),
    "miao": ("凯里", "雷山", "台江", "吉首", "花垣", "松桃"),
    "dai": ("景洪", "勐海", "勐腊", "瑞丽", "芒市", "孟连"),
}
_MIN_FEST = ("古尔邦节", "肉孜节", "那达慕大会", "火把节", "泼水节", "三月三", "苗年", "藏历新年",
             "雪顿节", "开斋节", "端午节")
_MIN_FOOD = ("手抓饭", "大盘鸡", "酥油茶", "糌粑", "朝鲜冷面", "打糕", "五色糯米饭", "酸汤鱼",
             "坨坨肉", "手把肉", "油香", "烤包子")
_PROGRAMS = ("草原生态保护补助奖励", "低保金", "特困供养金", "临时救助", "残疾人两项补贴",
             "易地扶贫搬迁后续扶持资金", "产业奖补", "公益性岗位补贴")


def _mplace(c, group):
    return c.fix(c.p(_MIN_PLACES[group]))


@_t("minority_listing")
def _mi1(c):
    g = c.p(tuple(_ETH))
    programs = _PROGRAMS if g in ("tibetan", "kazakh", "mongol") else _PROGRAMS[1:]
    return (f"{c.mn(g)}（{_ETH[g]}），{_mplace(c, g)}{c.village()}，{c.p(_HH)}，"
            f"{c.i(2022, 2025)}年享受{c.p(programs)}{c.yuan(600, 9000, 10)}，开户行{c.p(_BANKS)}。")


@_t("minority_listing")
def _mi2(c):
    g = c.p(("uyghur", "kazakh"))
    return (f"户主{c.mn(g, 'm')}，妻子{c.mn(g, 'f')}，长子{c.mn(g, 'm')}，均为{_ETH[g]}，住"
            f"{_mplace(c, g)}，{c.fix(c.p(('古尔邦节', '肉孜节')))}前发放慰问金{c.yuan(300, 1000, 50)}"
            f"及{c.fix(c.p(('手抓饭', '烤包子', '大盘鸡', '馕坑肉')))}食材。")


@_t("minority_listing")
def _mi3(c):
    return (f"{_mplace(c, 'tibetan')}牧民{c.mn('tibetan')}，家中牦牛{c.i(10, 120)}头，草原生态保护补助奖励"
            f"{c.yuan(2000, 12000, 10)}；其女{c.mn('tibetan')}在{_mplace(c, 'tibetan')}中学就读，另享"
            f"“三包”政策。")


@_t("minority_listing")
def _mi4(c):
    return (f"{_mplace(c, 'yi')}易地搬迁安置：{c.mn('yi')}、{c.mn('yi')}、{c.mn('yi')}三户已入住新区，"
            f"{c.fix('火把节')}前完成水电开户，其中一户有{c.la('disease')}患者。")


@_t("minority_listing")
def _mi5(c):
    return (f"{c.mn('korean')}（朝鲜族，{c.i(70, 92)}岁）子女均在韩国务工，独居于{_mplace(c, 'korean')}"
            f"{c.la('road')}，由邻居{c.n('mid')}每日探视，老人患{c.la('disease')}，喜吃{c.fix('打糕')}。")


@_t("minority_listing")
def _mi6(c):
    return (f"{_mplace(c, 'mongol')}牧民{c.mn('mongol')}与{c.mn('mongol')}因草场边界发生争执，苏木司法所"
            f"调解后各自退让，{c.fix('那达慕大会')}前签订协议。")


@_t("minority_listing")
def _mi7(c):
    return (f"{_mplace(c, 'dai')}{c.village()}{c.mn('dai', 'f')}家种植{c.fix('玉米')}{c.i(3, 15)}亩、"
            f"橡胶{c.i(20, 80)}株，{c.fix('泼水节')}期间外出务工的丈夫{c.mn('dai', 'm')}返乡。")


@_t("minority_listing")
def _mi8(c):
    return (f"{c.mn('hui')}，回族，{_mplace(c, 'hui')}人，在{c.la('road')}经营清真{c.fix('油香')}摊，"
            f"申请创业担保贷款{c.yuan(50000, 200000, 10000)}，担保人{c.mn('hui')}。")


@_t("minority_listing")
def _mi9(c):
    g = c.p(("zhuang", "miao"))
    return (f"{c.mn(g, 'f')}（{_ETH[g]}）与丈夫{c.mn(g, 'm')}在{_mplace(c, g)}种植{c.la('herb')}，"
            f"{c.fix(c.p(('三月三', '苗年')))}前领取产业奖补{c.yuan(1000, 6000, 100)}。")


@_t("minority_listing")
def _mi10(c):
    g1, g2, g3 = c.r.sample(list(_ETH), 3)
    return (f"{c.la('place')}务工人员慰问名单：{c.mn(g1)}（{_ETH[g1]}）、{c.mn(g2)}（{_ETH[g2]}）、"
            f"{c.n('mid')}（汉族）、{c.mn(g3)}（{_ETH[g3]}），{c.fix('春节')}前每人发放{c.la('product')}。")


@_t("minority_listing")
def _mi11(c):
    return (f"{c.mn('kazakh')}（哈萨克族）转场途中在{_mplace(c, 'kazakh')}附近摔伤，救护车送"
            f"{c.la('hospital')}，其子{c.mn('kazakh', 'm')}（{c.phone()}）陪护，临时救助{c.yuan(1000, 5000, 100)}。")


@_t("minority_listing")
def _mi12(c):
    return (f"{_mplace(c, 'tibetan')}公益性岗位（生态护林员）：{c.mn('tibetan')}、{c.mn('tibetan')}，"
            f"月补贴{c.yuan(800, 1500, 50)}，{c.fix('扎西德勒')}超市代发{c.fix('酥油茶')}慰问品。")


# ---- public_notice ------------------------------------------------------------------------

@_t("public_notice")
def _pn1(c):
    return (f"{c.village()}{c.i(2023, 2025)}年第{c.i(1, 4)}季度拟新增低保对象公示：{c.n('mid')}"
            f"（{c.i(1, 5)}人户）、{c.n('old')}（{c.i(1, 5)}人户），经入户调查、民主评议，{c.fix('符合')}条件。"
            f"公示期7天，监督电话{c.tel()}（联系人：{c.off()}），审核人：{c.off()}。")


@_t("public_notice")
def _pn2(c):
    return (f"临时救助审批：申请人{c.n('mid')}因其子{c.n('young', 'm')}遭遇"
            f"{c.p(('车祸', '溺水', '烧伤', '重病'))}，家庭支出骤增，拟给予临时救助{c.yuan(2000, 20000, 100)}。"
            f"经办人：{c.off()}，审批人：{c.off()}。")


@_t("public_notice")
def _pn3(c):
    return (f"{c.i(2023, 2025)}年度“{c.la('place')}好人”评审结果公示：评审专家{c.off()}、{c.off()}、"
            f"{c.off()}；拟推荐对象{c.n('mid')}（{c.village()}）、{c.n('mid')}（{c.village()}）。")


@_t("public_notice")
def _pn4(c):
    return (f"{c.village()}村两委成员{c.off()}与拟享受危房改造补助对象{c.n('old')}系近亲属，已按规定"
            f"回避，由驻村第一书记{c.off()}主持评议，结果{c.fix('张贴')}于村务公开栏。")


@_t("public_notice")
def _pn5(c):
    return (f"驻村第一书记{c.off()}带队入户核实，{c.n('mid', 'm')}家{c.i(3, 6)}口人，妻子{c.n('mid', 'f')}"
            f"患{c.la('disease')}，拟纳入防返贫监测对象。监督电话：{c.tel()}。")


@_t("public_notice")
def _pn6(c):
    return (f"农村危房改造补助对象公示：{c.n('old')}（{c.village()}），房屋鉴定为C级，补助"
            f"{c.yuan(10000, 40000, 1000)}；评议小组成员：{c.off()}、{c.off()}、{c.off()}；联系人"
            f"{c.off()}，电话{c.tel()}。")


@_t("public_notice")
def _pn7(c):
    return (f"拟享受困难残疾人生活补贴和重度残疾人护理补贴人员：{c.n('mid', pad=True)}（肢体二级）、"
            f"{c.n('young', pad=True)}（智力一级，监护人{c.n('mid')}）。审核人：{c.off()}；"
            f"公示期间如有异议请与{c.off()}联系（{c.tel()}）。")


@_t("public_notice")
def _pn8(c):
    return (f"拟确认见义勇为人员公告：{c.date()}，{c.n('mid', 'm')}在{c.la('river')}救起落水群众"
            f"{c.n('old')}。受理单位联系人：{c.off()}（电话{c.tel()}），审批人：{c.off()}。")


@_t("public_notice")
def _pn9(c):
    return (f"被征地农民养老保障第{c.i(2, 9)}批名单公示（{c.la('project')}）：{c.n('mid', pad=True)}、"
            f"{c.n('old', pad=True)}、{c.n('mid', pad=True)}。经办人{c.off()}，{c.fix('查询')}电话{c.tel()}。")


# ---- lookalike_only -----------------------------------------------------------------------

@_t("lookalike_only")
def _lo1(c):
    return (f"{c.la('road')}与{c.la('road')}交叉口{c.la('shop')}门前占道经营，已责令整改；"
            f"{c.la('product')}促销海报{c.fix('张贴')}于{c.la('place')}公交站，无个人信息。")


@_t("lookalike_only")
def _lo2(c):
    return (f"本批次抽检：{c.la('product')}、{c.la('product')}、{c.la('product')}均合格；"
            f"{c.la('company')}送检的速冻{c.la('dish')}标签不规范，已通知企业联系人{c.masked()}整改。")


@_t("lookalike_only")
def _lo3(c):
    return (f"{c.la('festival')}期间{c.la('cemetery')}祭扫约{c.i(2, 30)}万人次，{c.la('road')}实行临时"
            f"交通管制，{c.la('hospital')}设医疗点，{c.fix('安全')}无事故。")


@_t("lookalike_only")
def _lo4(c):
    return (f"{c.la('school')}开展{c.la('disease')}和{c.la('disease')}科普讲座，邀请{c.la('hospital')}"
            f"专家授课，{c.fix('由于')}场地有限分两批进行。")


@_t("lookalike_only")
def _lo5(c):
    return (f"{c.la('shop')}（{c.la('road')}店）本季度投诉{c.i(2, 9)}起，涉及{c.la('product')}和"
            f"{c.la('dish')}，投诉人{c.masked()}、{c.titled()}均已回访。")


@_t("lookalike_only")
def _lo6(c):
    return (f"村规民约修订：{c.la('hall')}不再收取{c.fix('管理')}费，{c.village()}与{c.village()}"
            f"共用的{c.field()}灌溉渠由两村轮流清淤。")


@_t("lookalike_only")
def _lo7(c):
    return (f"{c.la('company')}捐赠{c.la('product')}{c.i(50, 500)}箱，通过{c.la('place')}慈善总会发放至"
            f"{c.village()}、{c.village()}，{c.fix('单位')}联系人{c.titled()}。")


@_t("lookalike_only")
def _lo8(c):
    return (f"{c.masked()}、{c.masked()}两户已从名单中删除，{c.fix('原因')}为户籍迁往{c.la('place')}；"
            f"{c.fix('余额')}{c.yuan(500, 9000, 10)}退回财政。")


@_t("lookalike_only")
def _lo9(c):
    return (f"{c.la('herb')}、{c.la('herb')}种植基地位于{c.field()}，年产约{c.i(10, 300)}吨，采购商为"
            f"{c.la('company')}；道路硬化经{c.la('project')}连接线接入。")


@_t("lookalike_only")
def _lo10(c):
    return (f"Stock check at {c.le('shop')} on {c.le('road')}: {c.le('product')} restocked before the "
            f"{c.le('festival')}; a customer, {c.mask_en()}, asked about {c.le('dish')}. No personal data.")


@_t("lookalike_only")
def _lo11(c):
    return (f"{c.la('tractor')}、{c.la('brand')}、{c.la('brand')}列入以旧换新目录，{c.la('place')}"
            f"供销社{c.fix('马上')}开展宣传，{c.fix('符合')}条件的农户可{c.fix('申请')}。")


# --------------------------------------------------------------------------------------------
# the generator
# --------------------------------------------------------------------------------------------


def _allocate(n: int) -> list[str]:
    """Family counts by largest remainder (ties by FAMILIES order)."""
    raw = [(f, n * WEIGHTS[f]) for f in FAMILIES]
    counts = {f: int(x) for f, x in raw}
    left = n - sum(counts.values())
    order = sorted(range(len(FAMILIES)), key=lambda k: (-(raw[k][1] - int(raw[k][1])), k))
    for k in order[:left]:
        counts[FAMILIES[k]] += 1
    return [f for f in FAMILIES for _ in range(counts[f])]


def _key(nm: str) -> str:
    """A Han name without its spreadsheet padding; Latin names keep their spaces."""
    if _is_latin(nm):
        return nm.casefold()
    return nm.replace("\u3000", "").replace(" ", "")


def _is_latin(s: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in s)


class _Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        # names planted so far (casefolded), indexed by length, and every text so far
        self.by_len: dict[int, set[str]] = {}
        self.used: set[str] = set()
        self.blob = ""
        self.recent: list[str] = []
        self.word_names_left = list(_WORD_NAMES)
        # officials of the public_notice family: fixed for the set, used as look-alikes
        self.officials: list[str] = []
        while len(self.officials) < 48:
            o = self.han_name("mid", None)
            if o in self.officials or any(o in x or x in o for x in self.officials):
                continue
            if o in _WORD_NAMES:
                continue
            self.officials.append(o)
        self.officials_cf = [o.casefold() for o in self.officials]

    # -- names ---------------------------------------------------------------------------
    def han_name(self, style: str, sex: str | None) -> str:
        r = self.rng
        if sex is None and self.word_names_left and r.random() < 0.07:
            return self.word_names_left.pop(r.randrange(len(self.word_names_left)))
        x = r.random()
        if x < 0.035:
            sur = r.choice(_COMPOUND_SURNAMES)
        elif x < 0.10:
            sur = r.choice(_RARE_SURNAMES)
        else:
            sur = r.choices(_SURNAMES, _SURNAME_W)[0]
        return sur + self.given(style, sex)

    def given(self, style: str, sex: str | None, two: bool = False) -> str:
        r = self.rng
        sex = sex or r.choice("mf")
        if style == "any":
            style = r.choice(_STYLES)
        single = 0.0 if two else {"old": 0.3, "mid": 0.28, "young": 0.15}[style]
        y = r.random()
        if y < single:
            return r.choice(_SINGLE[(style, sex)])
        if style == "young" and sex == "f" and y < single + 0.08:
            ch = r.choice(_REDUP)
            return ch + ch
        a, b = _GIVEN[(style, sex)]
        g = r.choice(a) + r.choice(b)
        if g[0] == g[1]:
            g = g[0] + r.choice(b.replace(g[0], ""))
        return g

    def latin_name(self, system: str | None, form: str | None, sex: str | None = None) -> str:
        r = self.rng
        sex = sex or r.choice("mf")
        if system is None:
            system = r.choices(("pinyin", "canto", "wg", "english"), (55, 17, 15, 13))[0]
        if system == "pinyin":
            sur = r.choices([s for s, _ in _PY_SURNAMES], [w for _, w in _PY_SURNAMES])[0]
            syl = [r.choice(_PY_GIVEN[:-4])]
            if r.random() < 0.7:
                syl.append(r.choice(_PY_GIVEN))
            g_join = syl[0] + ("'" if len(syl) == 2 and syl[1][0] in "aoe" else "") + \
                "".join(syl[1:])
            form = form or r.choices(("sg", "gs", "SG", "SGU", "hyph", "hyphgs", "split", "init",
                                      "lower"), (22, 18, 14, 6, 10, 6, 6, 8, 10))[0]
            if form == "lower":
                return f"{sur.lower()} {g_join.lower()}"
            if form == "gs":
                return f"{g_join.capitalize()} {sur}"
            if form == "SG":
                return f"{sur.upper()} {g_join.capitalize()}"
            if form == "SGU":
                return f"{sur.upper()} {g_join.upper()}"
            if form == "hyph" and len(syl) == 2:
                return f"{sur} {syl[0].capitalize()}-{syl[1]}"
            if form == "hyphgs" and len(syl) == 2:
                return f"{syl[0].capitalize()}-{syl[1].capitalize()} {sur}"
            if form == "split" and len(syl) == 2:
                return f"{sur} {syl[0].capitalize()} {syl[1].capitalize()}"
            if form == "init":
                return "".join(s[0].upper() + "." for s in syl) + " " + sur
            return f"{sur} {g_join.capitalize()}"
        if system == "canto":
            sur = r.choice(_CANTO_SURNAMES)
            a, b = r.sample(_CANTO_GIVEN, 2)
            form = form or r.choice(("spaced", "hyph", "upper", "western", "english"))
            if form == "spaced":
                return f"{sur} {a.capitalize()} {b.capitalize()}"
            if form == "upper":
                return f"{sur.upper()} {a.capitalize()} {b.capitalize()}"
            if form == "western":
                return f"{a.capitalize()}-{b} {sur}"
            if form == "english":
                return f"{r.choice(_EN_GIVEN[sex])} {sur} {a.capitalize()}-{b}"
            return f"{sur} {a.capitalize()}-{b}"
        if system == "wg":
            sur = r.choice(_WG_SURNAMES)
            a, b = r.sample(_WG_GIVEN, 2)
            form = form or r.choice(("hyph", "hyphcap", "western", "upper"))
            if form == "hyphcap":
                return f"{sur} {a.capitalize()}-{b.capitalize()}"
            if form == "western":
                return f"{a.capitalize()}-{b.capitalize()} {sur}"
            if form == "upper":
                return f"{sur.upper()}, {a.capitalize()}-{b}"
            return f"{sur} {a.capitalize()}-{b}"
        # English given name with a Chinese surname
        sur = r.choice([s for s, _ in _PY_SURNAMES[:30]] + list(_CANTO_SURNAMES[:12]))
        eng = r.choice(_EN_GIVEN[sex])
        return r.choice((f"{eng} {sur}", f"{eng} {sur}", f"{sur.upper()} {eng}"))

    def minority_name(self, group: str, sex: str | None) -> str:
        r = self.rng
        sex = sex or r.choice("mf")
        if group in ("uyghur", "kazakh"):
            m, f = (_UYGHUR_M, _UYGHUR_F) if group == "uyghur" else (_KAZAKH_M, _KAZAKH_F)
            given = r.choice(m if sex == "m" else f)
            father = r.choice(m)
            return given + r.choice(_DOTS) + father
        if group == "tibetan":
            a, b = r.sample(_TIBETAN, 2)
            x = r.random()
            if x < 0.12:
                return r.choice("大小") + a
            return a + b
        if group == "yi":
            clan, given = r.choice(_YI_CLAN), r.choice(_YI_GIVEN)
            return clan + ("·" if r.random() < 0.2 else "") + given
        if group == "mongol":
            a = r.choice(_MONGOL_A)
            if r.random() < 0.2:
                return r.choice(_MONGOL_SUR) + a
            return a + r.choice(_MONGOL_B)
        if group == "hui":
            return r.choice(_HUI_SUR) + self.given("any", sex)
        if group == "korean":
            return r.choice(_KOREAN_SUR) + r.choice(_KOREAN_G1) + r.choice(_KOREAN_G2)
        if group == "zhuang":
            if r.random() < 0.15:
                return r.choice(_ZHUANG_SUR) + "亚" + r.choice("妹兰凤英弟福")
            return r.choice(_ZHUANG_SUR) + self.given("any", sex)
        if group == "miao":
            return r.choice(_MIAO_SUR) + self.given("any", sex)
        if group == "dai":
            pre = "岩" if sex == "m" else "玉"
            syl = r.sample(_DAI_SYL, 2)
            return pre + syl[0] + (syl[1] if r.random() < 0.35 else "")
        raise ValueError(group)

    def name_free(self, nm: str) -> bool:
        cf, key = nm.casefold(), _key(nm)
        if len(key) < 2 or cf in self.used or key in self.used:
            return False
        if any(key in o or o in key for o in self.officials_cf):
            return False
        return True

    # -- validation ----------------------------------------------------------------------
    def ok(self, c: _Cell, text: str) -> bool:
        names, las = c.names, c.las
        if c.family in NAME_FAMILIES and not names:
            return False
        if c.family not in NAME_FAMILIES and names:
            return False
        spans = []
        for nm in names:
            if text.count(nm) != 1:
                return False
            k = text.index(nm)
            if _is_latin(nm):
                before = text[k - 1] if k else " "
                after = text[k + len(nm)] if k + len(nm) < len(text) else " "
                if before.isascii() and before.isalnum() or after.isascii() and after.isalnum():
                    return False
            spans.append((k, k + len(nm)))
        for a in range(len(spans)):
            for b in range(a + 1, len(spans)):
                if spans[a][0] < spans[b][1] and spans[b][0] < spans[a][1]:
                    return False
        for la in las:
            if la not in text:
                return False
            k = text.find(la)
            while k != -1:
                for s, e in spans:
                    if k < e and s < k + len(la):
                        return False
                k = text.find(la, k + 1)
        cf = text.casefold()
        for nm in names:
            for form in {nm.casefold(), _key(nm)}:
                if form in self.blob or any(form in t for t in self.recent):
                    return False
            if cf.count(nm.casefold()) != 1:
                return False
            if _key(nm) != nm.casefold() and _key(nm) in cf:
                return False
        for size, bucket in self.by_len.items():
            for k in range(len(cf) - size + 1):
                if cf[k:k + size] in bucket:
                    return False
        return True

    def commit(self, c: _Cell, text: str) -> None:
        for nm in c.names:
            for form in (nm.casefold(), _key(nm)):
                self.used.add(form)
                self.by_len.setdefault(len(form), set()).add(form)
        self.recent.append(text.casefold())
        if len(self.recent) >= 64:
            self.blob += "\x00" + "\x00".join(self.recent)
            self.recent = []

    def cell(self, family: str) -> Remark:
        saved_words = list(self.word_names_left)
        for _ in range(500):
            c = _Cell(self, family)
            try:
                text = self.rng.choice(_TEMPLATES[family])(c)
            except _Exhausted:
                self.word_names_left = list(saved_words)
                continue
            if self.ok(c, text):
                self.commit(c, text)
                return Remark(text=text, family=family, names=list(c.names),
                              lookalikes=list(c.las),
                              public_officials=family in PUBLIC_FAMILIES)
            self.word_names_left = list(saved_words)
        raise RuntimeError(f"could not build a cell for {family}")


def make_remarks(n: int = 2000, seed: int = 1515) -> list[Remark]:
    """n remarks, deterministic for the seed; family counts follow WEIGHTS."""
    gen = _Gen(seed)
    labels = _allocate(n)
    gen.rng.shuffle(labels)
    return [gen.cell(f) for f in labels]


def describe(remarks: list[Remark]) -> str:
    """Counts per family, with names and look-alikes carried."""
    per = Counter(r.family for r in remarks)
    nn = Counter()
    nl = Counter()
    for r in remarks:
        nn[r.family] += len(r.names)
        nl[r.family] += len(r.lookalikes)
    lines = [f"{VERSION}: {len(remarks)} remarks"]
    lines.append(f"{'family':<22}{'cells':>7}{'names':>7}{'look-alikes':>13}")
    for f in FAMILIES:
        if per[f]:
            lines.append(f"{f:<22}{per[f]:>7}{nn[f]:>7}{nl[f]:>13}")
    lines.append(f"{'total':<22}{len(remarks):>7}{sum(nn.values()):>7}{sum(nl.values()):>13}")
    return "\n".join(lines)
