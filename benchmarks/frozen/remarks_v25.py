"""Frozen free-text remarks, edition 25 -- datasheet.

What it is
    A FROZEN, synthetic test set of free-text remark cells ("备注" / notes columns) for the
    de-identification project.  ``make_remarks(n=2000, seed=2525)`` returns ``n`` cells, each a
    ``Remark(text, family, names, lookalikes, public_officials)``.  Every person in it is
    invented; resident IDs are well-formed fakes (valid ISO 7064 MOD 11-2 check character) or
    masked; phone numbers are random.  Nobody may tune a rule on this set.

Who wrote it and what was read
    Written blind by a helper session (branch ``h-remarks25``, worktree ``/work/wt-v25``) from
    its own knowledge of how Chinese county and city offices word such notes.  Read: the brief;
    in ``/work/shared/reference/DOMAIN.md`` only the heading list and the two sections
    "Personal data in public listings" and "Administrative penalty publicity"; lines 170-178 of
    ``benchmarks/frozen/remarks.py`` (the ``Remark`` dataclass, imported, not copied).  The
    detector, ``src/``, other generators, other tests and every ``.tsv`` list were NOT read and
    no de-identification code was run on this set.
    Slips (minor, recorded honestly): while checking the environment the helper ran
    ``git log --oneline -1 --format=%H`` in its worktree, which printed only the hash of the
    commit the branch starts from (no message, author or diff); ran ``ls`` on a few path names
    (``.venv``, ``benchmarks/frozen/__init__.py``, ``benchmarks/__init__.py``,
    ``tests/__init__.py``, ``tests/conftest.py``, ``pyproject.toml``) to learn how the package
    imports, without opening them; and read the first five lines of the workplace note
    ``/work/.library/env/README.md`` (outside the repository, about the machine, not the
    project).  No project file outside the allowed list was opened.

Families (16)
    Twelve domains of county/city office notes, about 5.5 % each: ``organ_donation`` (遗体/器官
    捐献登记, 家属同意, 缅怀纪念), ``ancient_trees`` (古树名木养护责任人, 挂牌, 巡查),
    ``rural_cinema`` (农村公益电影放映员名册, 场次, 观众登记), ``tutoring_check`` (校外培训机构检查,
    教师资质, 退费投诉), ``post_station`` (村邮站代收代投, 站长, 取件), ``seed_dealer`` (种子经营备案,
    购种登记, 假种子投诉), ``ktv_staff`` (娱乐场所从业人员登记, KTV 检查), ``phone_recycling`` (旧手机
    回收, 以旧换新, 可疑来源报备), ``salon_health`` (美容美发卫生许可, 健康证, 消费投诉),
    ``swimming_pool`` (救生员登记, 水质, 溺水险情), ``locksmith_registry`` (开锁备案, 户主身份核验),
    ``gold_buying`` (金银首饰回收, 可疑交易报备); plus ``english_export`` (8 %), an English export of
    such notes; ``minority_listing`` (8 %), listings of minority names; ``public_notice`` (9 %),
    公示/公告 texts of the twelve domains; ``lookalike_only`` (8 %), cells without any name.
    Layouts vary: labelled fields, prose, pipe-joined cells, 、- and ；-lists, dated logs, tables.

Surface forms of names
    Han names: surnames by rough real frequency (王 李 张 刘 陈 ... long tail), rare surnames
    (禤 逄 笪 乜 仉 郗 ...), compound surnames (欧阳 司马 诸葛 上官 令狐 皇甫 ...); one- and
    two-character given names, old rural names (桂兰 铁柱 来福), modern names (梓涵 浩然), names
    that are ordinary words (高峰 田野 金城 江河 白云 ...).  Positions: cell start, after labels
    and role words, with kinship words (其母 之子 妻 外孙), after particles/verbs (由 经 与 向 替
    交给 通知 代 为), in 、- and ；-lists, in brackets, mid-prose without cue, next to ages, rooms,
    plates, IDs and phones; two names joined without separator only before 夫妇.  At least a
    third of the names carry no cue word (checked by the tests through ``_build``).
    Minority names (``minority_listing``, some in other families): Uyghur and Kazakh
    given·father's-name with ·, •, ・, ．, . or no separator; Tibetan, Yi, Mongolian joined
    forms; Hui, 朝鲜族, Zhuang, Miao, Dai, Manchu (incl. clan·name), Bai, Naxi, Hani, Lisu forms.
    English export: pinyin in both orders, upper-case surnames, initials, hyphenated and joined
    given names, Cantonese, Wade-Giles/Taiwan spellings, English given names with Chinese
    surnames, romanised Uyghur and Tibetan names.

Look-alike classes
    Domain words beginning with a surname character (at least 40 % of look-alike entries; the
    tests check it through ``DOMAIN_WORDS`` and ``SURNAME_CHARS``): memorial and medical words,
    tree species and parks, films and cinemas, courses and training firms, couriers and parcel
    words, crop varieties and seed firms, songs and venues, phone brands and models, salon and
    cosmetics words, swimming and water words, locks and lock brands, jewellery and gold words,
    minority festivals, foods and places.  Also places, roads, firms and shops (王老吉 张小泉
    杨国福麻辣烫), dishes (宫保鸡丁 东坡肉), diseases named after people (唐氏综合征 霍奇金淋巴瘤),
    common words (高兴 周末 安全), masked names (张某 李** 王*芳), surname + title (刘师傅 小李
    Mr Wang), famous people in prose and works (雷锋 欧阳修 《焦裕禄》 Jackie Chan), English
    districts, roads, brands, pinyin hospitals, festivals, months and pinyin-syllable words
    (long, fan, ban, He), and -- in ``public_notice`` only -- officials in their public role
    (审批人 经办人 审核人 复核人 监督电话联系人 评议小组成员 村两委成员 驻村第一书记 公示单位负责人).

Contract (tested in tests/test_frozen_remarks_v25.py)
    Deterministic for (n, seed) (``random.Random(seed)`` only); ``names`` holds every private
    person's name planted in the text, each occurring exactly once in its cell, overlapping no
    look-alike occurrence, and occurring in no other cell; every look-alike occurs in its cell;
    ``public_officials`` is True exactly for ``public_notice``; ``lookalike_only`` cells carry no
    name, all other cells at least one.
"""
from __future__ import annotations

import random
import re

from .remarks import Remark

VERSION = "frozen-remarks-25 (2026-12-06)"

DOMAINS = (
    "organ_donation", "ancient_trees", "rural_cinema", "tutoring_check", "post_station",
    "seed_dealer", "ktv_staff", "phone_recycling", "salon_health", "swimming_pool",
    "locksmith_registry", "gold_buying",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{d: 0.055 for d in DOMAINS}, "english_export": 0.08, "minority_listing": 0.08,
           "public_notice": 0.09, "lookalike_only": 0.08}

# --------------------------------------------------------------------------- Han names

_SURNAME_FREQ = (
    ("王", 71), ("李", 70), ("张", 68), ("刘", 54), ("陈", 46), ("杨", 31), ("黄", 22), ("赵", 21),
    ("吴", 20), ("周", 19), ("徐", 17), ("孙", 15), ("马", 14), ("朱", 13), ("胡", 13), ("郭", 11),
    ("何", 11), ("高", 10), ("林", 10), ("罗", 9), ("郑", 8), ("梁", 8), ("谢", 7), ("宋", 6),
    ("唐", 6), ("许", 6), ("韩", 6), ("冯", 6), ("邓", 6), ("曹", 6), ("彭", 5), ("曾", 5),
    ("肖", 5), ("田", 5), ("董", 5), ("袁", 4), ("潘", 4), ("于", 4), ("蒋", 4), ("蔡", 4),
    ("余", 4), ("杜", 4), ("叶", 4), ("程", 4), ("苏", 3), ("魏", 3), ("吕", 3), ("丁", 3),
    ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3), ("崔", 3), ("钟", 3), ("谭", 3),
    ("陆", 3), ("汪", 3), ("范", 3), ("金", 3), ("石", 3), ("廖", 3),
)
_SURNAME_MID = "贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_SURNAME_TAIL = ("常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚"
                 "符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
                 "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全"
                 "佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荆寇桑甄丛花水云海乐荣哈那朴")
_SURNAME_RARE = "禤逄笪乜仉郗亓訾阚蹇郄璩仝厍佘眭谯隗昝蔺嵇糜芮虞弓暴钮宓晁帅"
_SURNAME_COMPOUND = ("欧阳", "司马", "诸葛", "上官", "令狐", "皇甫", "尉迟", "公孙", "慕容", "东方",
                     "夏侯", "司徒", "端木", "呼延", "独孤", "南宫", "长孙", "宇文", "澹台", "轩辕")


def _dedupe(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


_SURNAMES = _dedupe([s for s, _ in _SURNAME_FREQ] + list(_SURNAME_MID) + list(_SURNAME_TAIL))
_SURNAME_W = {s: w for s, w in _SURNAME_FREQ}
_SURNAME_WEIGHTS = [_SURNAME_W.get(s, 2.0 if s in _SURNAME_MID else 0.6) for s in _SURNAMES]
#: single-character surnames (used to judge "begins with a surname character")
SURNAME_CHARS = "".join(_dedupe(_SURNAMES + list(_SURNAME_RARE)))

_GIVEN_ONE = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玲斌鹏辉飞红健宁婷琳慧鑫波凯毅俊峰浩帆旭岚蕾莉倩燕萍颖瑶")
_GIVEN_RURAL = ("桂兰", "桂英", "秀英", "秀兰", "玉兰", "玉珍", "凤英", "凤兰", "翠花", "淑珍", "春花", "金花",
                "招娣", "来娣", "铁柱", "铁牛", "来福", "有福", "满囤", "栓柱", "石头", "根生", "福贵",
                "长顺", "德胜", "建国", "建军", "国庆", "卫东", "红卫", "援朝", "解放", "跃进", "永贵",
                "水生", "土根", "大牛", "二妮", "三妹", "拴住", "狗剩", "二柱", "秋菊", "腊梅", "冬梅",
                "满仓", "粮囤", "喜凤", "引弟", "润生")
_GIVEN_MODERN = ("子涵", "梓涵", "雨桐", "欣怡", "浩然", "宇轩", "一诺", "梓萱", "诗涵", "思远", "俊熙",
                 "沐辰", "若汐", "语嫣", "晨曦", "梓轩", "可馨", "子墨", "奕辰", "安琪", "睿泽", "芷若",
                 "天佑", "嘉懿", "锦程", "雅琪", "思彤", "皓轩", "欣妍", "明哲")
_GIVEN_A = list("建国志文明海晓春秋玉秀丽红永德学立俊家子思雨欣梓宇浩嘉佳诗婉静淑桂凤翠美新天云亚振光长世兴庆宏维泽")
_GIVEN_B = list("华平军强伟峰涛明东林芳娟英兰梅霞燕萍红玲琴云辉杰斌波鹏飞勇刚宇轩涵萱怡琪彤妍然睿诺晨阳豪成生贵福")
#: full names that are ordinary words
_WORD_NAMES = ("高峰", "田野", "金城", "江河", "白云", "高山", "文明", "方圆", "常青", "林立", "石磊",
               "雷鸣", "高明", "马力", "金山", "夏天", "秦川", "江山", "万里", "龙飞", "宁静", "任重",
               "严明", "温暖", "甘甜", "钟声", "齐心", "白露", "夏雨", "林海", "叶青", "何方", "程远",
               "向阳", "于洋", "江涛", "海燕", "华山", "柳青", "苗壮", "包容", "关爱", "石英")

# ---------------------------------------------------------------------- minority names

_UY_NAMES = ("买买提", "艾合买提", "吐尔逊", "阿不都热合曼", "热合曼", "阿布力孜", "肉孜", "依明", "吾斯曼",
             "卡德尔", "塔依尔", "亚森", "艾尼瓦尔", "阿力木", "麦麦提敏", "图尔荪", "买合木提", "玉素甫",
             "努尔买买提", "艾克拜尔", "沙吾提", "艾则孜", "阿迪力", "库尔班", "买尔旦", "吾守尔")
_UY_FEMALE = ("阿依古丽", "古丽努尔", "帕提古丽", "热依拉", "米日古丽", "阿米娜", "祖丽皮亚", "迪丽努尔",
              "如克亚", "再努尔", "阿依努尔", "古再丽努尔", "吐逊古丽", "热娜古丽", "排尔哈提")
_KZ_NAMES = ("努尔兰", "叶尔兰", "别克", "阿斯哈尔", "哈力木", "叶尔江", "巴合提", "哈那提", "赛力克",
             "达吾列提", "马合沙提", "托合塔尔", "叶尔波力", "努尔江", "阿合买提", "吾拉孜别克", "加尔肯")
_KZ_FEMALE = ("加娜尔", "古丽巴哈", "阿依达娜", "沙依拉", "阿依登", "玛依拉", "古丽加汗")
_TB_PARTS = ("扎西", "次仁", "卓玛", "多吉", "平措", "旺堆", "格桑", "央金", "德吉", "拉姆", "尼玛", "达瓦",
             "索朗", "白玛", "仁青", "洛桑", "顿珠", "曲珍", "巴桑", "边巴", "普布", "次旦", "益西", "群培",
             "措姆", "罗布", "强巴", "丹增")
_YI_CLANS = ("吉克", "阿苦", "沙马", "曲比", "俄底", "马海", "吉伍", "阿西", "日火", "勒格", "瓦扎", "阿尔",
             "吉木", "阿约", "苏呷", "罗洪")
_YI_GIVEN = ("阿依", "日呷", "木呷", "拉且", "阿牛", "子哈", "尔布", "伍呷", "石布", "阿果", "拉哈", "么且",
             "阿呷", "伍各", "尔古", "史者")
_MG_PARTS = ("巴特尔", "乌云", "其木格", "苏和", "朝鲁", "额尔敦", "宝音", "那仁", "格日勒", "斯琴", "图雅",
             "萨仁", "阿拉坦", "敖其尔", "孟和", "巴雅尔", "满都拉", "呼和", "乌力吉", "德力格尔", "阿木尔",
             "吉日嘎拉", "毕力格", "特木尔")
_KR_SURNAMES = "金朴李崔郑姜赵韩全许"
_KR_GIVEN = ("哲洙", "英爱", "顺姬", "成日", "光浩", "美善", "永哲", "贞淑", "明浩", "春子", "东日", "英子",
             "泰植", "承宪", "惠善", "英淑", "仁淑", "京哲", "贤洙", "东浩", "昌浩", "银姬")
_DAI_MALE = "温罕香应庄坎丙叫依宰保恩"
_DAI_FEMALE = "香罕南应嫩坎波燕叫丙"
_MANCHU_CLANS = ("爱新觉罗", "钮祜禄", "瓜尔佳", "叶赫那拉", "富察", "赫舍里")
_MIAO_GIVEN = ("阿妹", "老三", "金花", "阿娇", "老四", "阿英", "妹榜", "阿保", "秀芝", "阿旺")
_HANI_GIVEN = ("阿者", "然沙", "阿波", "批然", "者然", "阿梅", "沙批", "阿朱")
_LISU_GIVEN = ("阿普", "四妹", "三妹", "阿迪", "阿花", "五妹", "二扒", "阿友")
_SEPARATORS = ("·", "·", "·", "•", "・", "．", ".", "")

# ------------------------------------------------------------------ romanised names

_PY_SURNAMES = (
    ("Wang", 71), ("Li", 70), ("Zhang", 68), ("Liu", 54), ("Chen", 46), ("Yang", 31), ("Huang", 22),
    ("Zhao", 21), ("Wu", 20), ("Zhou", 19), ("Xu", 17), ("Sun", 15), ("Ma", 14), ("Zhu", 13),
    ("Hu", 13), ("Guo", 11), ("He", 11), ("Gao", 10), ("Lin", 10), ("Luo", 9), ("Zheng", 8),
    ("Liang", 8), ("Xie", 7), ("Song", 6), ("Tang", 6), ("Han", 6), ("Feng", 6), ("Deng", 6),
    ("Cao", 6), ("Peng", 5), ("Zeng", 5), ("Xiao", 5), ("Tian", 5), ("Dong", 5), ("Yuan", 4),
    ("Pan", 4), ("Yu", 4), ("Jiang", 4), ("Cai", 4), ("Du", 4), ("Ye", 4), ("Cheng", 4), ("Su", 3),
    ("Wei", 3), ("Lyu", 2), ("Ding", 3), ("Ren", 3), ("Shen", 3), ("Yao", 3), ("Lu", 3), ("Cui", 3),
    ("Zhong", 3), ("Tan", 3), ("Fan", 3), ("Jin", 3), ("Shi", 3), ("Liao", 3), ("Ouyang", 1),
    ("Sima", 1), ("Zhuge", 1), ("Shangguan", 1), ("Xiahou", 1),
)
_PY_SYL = ("wei fang na min jing li qiang lei jun yang yong yan jie juan tao ming chao xiu xia ping "
           "gang hua ling bin peng hui fei hong jian ning ting lin xin bo kai yi feng hao xu lan zi "
           "han yu tong xuan shu mei guo zhi de xue chun qiu wen zhen jia si yue rui chen hai xiao "
           "dong lu qing ya yun tian zhong shan guang").split()
_CANTO_SURNAMES = ("Chan", "Wong", "Cheung", "Lau", "Leung", "Ho", "Ng", "Tsang", "Yeung", "Kwok", "Lam",
                   "Mak", "Cheng", "Tse", "Lee", "Chow", "Lai", "Fung", "Yip", "Tang", "Chu", "Kwan", "Siu",
                   "Tam", "Lo", "Law")
_CANTO_GIVEN = ("Tai-man", "Ka-fai", "Siu-ming", "Wai-kin", "Mei-ling", "Chi-keung", "Kin-wah", "Yuk-ling",
                "Ka-yan", "Wing-sze", "Kwok-wing", "Hoi-yan", "Man-kit", "Suet-ying", "Chun-kit", "Wai-yee",
                "Ho-yin", "Sze-wan", "Ka-lok", "Pui-shan")
_WG_SURNAMES = ("Chang", "Wang", "Li", "Chen", "Lin", "Huang", "Liu", "Hsu", "Chou", "Tsai", "Hsieh", "Kuo",
                "Tseng", "Yeh", "Chiang", "Cheng", "Wu", "Yang", "Kao", "Hung", "Chu", "Su", "Lu", "Hsiao")
_WG_GIVEN = ("Wei-kuo", "Chih-ming", "Chih-hao", "Ya-ting", "Yu-ting", "Yi-ju", "Chia-hui", "Shu-fen",
             "Mei-hua", "Chun-hung", "Kuo-hua", "Hsiu-ying", "Tsung-han", "Pei-shan", "Chien-hung",
             "Wen-hsiung", "Chia-wei", "Hsin-yi", "Ching-wen", "Po-yu", "Tzu-chien", "Yi-chun")
_EN_GIVEN = ("Kevin", "Mary", "Tony", "Grace", "Jason", "Cherry", "Eric", "Vivian", "Jack", "Lily",
             "Peter", "Amy", "David", "Helen", "Michael", "Sophie", "Frank", "Coco", "Ivy", "Leo",
             "Alan", "Winnie", "Kelvin", "Joyce", "Sam", "Tina", "Vincent", "Angela", "Bonnie", "Ricky")
_UY_ROMAN = ("Abdurehim", "Tursun", "Memet", "Ablimit", "Nurmemet", "Aygul", "Gulnar", "Ismayil",
             "Tursunjan", "Abdulla", "Rozi", "Eli", "Mahire", "Patigul", "Dilnur", "Kadir", "Yasin",
             "Omerjan", "Hasan", "Reyhangul", "Zulpiye", "Erkin", "Nurbiye", "Abliz", "Mutellip")
_TB_ROMAN = ("Tenzin", "Tashi", "Dolma", "Pema", "Nyima", "Sonam", "Lobsang", "Dawa", "Tsering",
             "Dorje", "Lhamo", "Yangzom", "Wangdu", "Drolma", "Phuntsok", "Norbu", "Kelsang", "Dechen",
             "Samdrup", "Chodron")

# --------------------------------------------------------------------- look-alikes
# Domain words that begin with a surname character (the 40 % class), by domain and use.

_D = {
    "organ_donation": {
        "hosp": ("华西医院", "齐鲁医院", "华山医院", "武警医院", "康复医院", "高新医院", "宁养院"),
        "dis": ("唐氏综合征", "马凡综合征", "霍奇金淋巴瘤", "白血病", "黄疸", "高血压", "高位截瘫"),
        "mem": ("纪念碑", "纪念林", "纪念园", "万寿陵园", "常青园", "安息园"),
        "flower": ("白菊", "花圈", "黄丝带"),
        "proc": ("冷藏", "冷链转运"),
    },
    "ancient_trees": {
        "species": ("古银杏", "古柏", "古槐", "黄连木", "黄葛树", "罗汉松", "柳杉", "柏树", "桂花树", "梅树",
                    "杜仲", "朴树", "白皮松", "金钱松", "龙柏", "龙爪槐", "马尾松", "胡杨", "石榴树",
                    "秦岭冷杉", "杨树", "桑树"),
        "place": ("龙山公园", "石门森林公园", "古树公园", "林场", "万亩林场", "黄山村古树群"),
        "org": ("林业站", "林长办", "林业局"),
        "pest": ("白蚁", "黄化病"),
        "doc": ("管护协议", "管护责任书", "古树名木保护牌"),
    },
    "rural_cinema": {
        "film": ("白毛女", "林海雪原", "董存瑞", "焦裕禄", "雷锋", "钱学森", "孔繁森", "金刚川",
                 "高山下的花环", "万里归途", "熊出没", "唐人街探案", "夏洛特烦恼", "江姐", "刘三姐",
                 "杨家将", "黄河大合唱"),
        "opera": ("秦腔", "黄梅戏", "花鼓戏"),
        "gear": ("卫星接收器", "高清放映机", "高清数字放映机"),
        "venue": ("万达影城", "华夏影院", "金鸡影院"),
    },
    "tutoring_check": {
        "firm": ("尚学教育", "卓越教育", "常春藤英语", "华罗庚数学学校", "乐高编程中心", "孔子学堂",
                 "高途课堂", "金牌学堂", "易学堂"),
        "course": ("乐高搭建", "武术", "单词速记", "游学", "夏令营", "程序设计", "高考冲刺", "成长营",
                   "黄冈密卷精讲"),
        "doc": ("许可证", "白名单", "章程", "成绩单", "毕业证"),
        "misc": ("师资", "全托", "包过班", "钱款"),
    },
    "post_station": {
        "courier": ("申通", "安能物流", "申通快递"),
        "item": ("包裹", "易碎品", "冷链生鲜"),
        "misc": ("单号", "路单", "时效", "车次", "党报党刊", "万村千乡", "温控箱", "贺卡"),
    },
    "seed_dealer": {
        "variety": ("郑单958", "农大108", "鲁单981", "周麦22", "郑麦9023", "龙粳31", "黄华占", "鲁棉研28号"),
        "crop": ("甘蓝", "马铃薯", "花生", "高粱", "谷子", "黄豆", "白玉米", "毛豆"),
        "firm": ("金色农华", "金穗种业", "华农种苗", "鲁花种业"),
        "misc": ("包衣", "温室", "苗期", "苗情"),
    },
    "ktv_staff": {
        "venue": ("钱柜", "金曲KTV", "华乐汇KTV", "龙凤歌舞厅", "蓝调酒吧", "金嗓子量贩KTV"),
        "room": ("包厢", "包房", "包间"),
        "song": ("成都", "江南", "童话", "白月光", "常回家看看", "向天再借五百年", "龙的传人",
                 "万水千山总是情", "康定情歌"),
        "misc": ("麦霸", "麦克风", "华语金曲", "乐队"),
    },
    "phone_recycling": {
        "brand": ("华为", "荣耀", "金立", "乐视"),
        "model": ("华为Mate 60", "荣耀X50", "华为nova 11", "华为P40", "荣耀Magic5"),
        "misc": ("黄牛", "高仿", "水货", "全网通"),
        "place": ("华强北",),
    },
    "salon_health": {
        "brand": ("欧莱雅", "施华蔻", "沙宣", "潘婷", "韩束", "海飞丝"),
        "service": ("文眉", "柳叶眉", "文身"),
        "skin": ("黄褐斑", "白发", "毛囊炎"),
        "item": ("毛巾", "卫生许可证", "温水"),
    },
    "swimming_pool": {
        "venue": ("游泳池", "游泳馆", "温泉", "游泳训练池"),
        "water": ("余氯", "水温", "水质"),
        "misc": ("高台", "安全员", "应急预案", "夏季", "包扎"),
    },
    "locksmith_registry": {
        "brand": ("王力", "金点原子"),
        "lock": ("叶片锁", "车锁"),
        "misc": ("房东", "车门", "房门", "房产证"),
    },
    "gold_buying": {
        "brand": ("周大福", "周生生", "周六福", "谢瑞麟", "金至尊"),
        "item": ("金条", "金项链", "金手镯", "金戒指", "白银", "古法金", "和田玉", "袁大头", "孙小头",
                 "龙洋", "熊猫金币"),
        "misc": ("黄金", "成色", "金价", "水贝"),
    },
    "minority_listing": {
        "fest": ("古尔邦节", "那达慕", "花儿会"),
        "food": ("马奶酒", "冷面", "石锅拌饭", "米线", "哈密瓜"),
        "place": ("和田", "那曲", "林芝", "文山", "雷山", "龙井", "石林", "白沙"),
        "art": ("马头琴", "艾德莱斯绸", "刘三姐"),
    },
}
#: per family, every domain word that begins with a surname character
DOMAIN_WORDS = {fam: tuple(_dedupe([w for cat in cats.values() for w in cat])) for fam, cats in _D.items()}

_G = {
    "place": ("王家庄", "李家村", "张店", "刘集镇", "陈家坝", "赵县", "周口", "徐州", "孙家湾", "马鞍山",
              "朱仙镇", "胡家岭", "郭庄", "何家寨", "林州", "罗湖", "郑州", "梁山", "谢家集", "宋庄",
              "唐山", "许昌", "韩城", "冯村", "邓州", "曹县", "彭州", "田东", "董家渡", "袁州", "潘家园",
              "于都", "蔡甸", "余杭", "叶县", "苏州", "魏县", "吕梁", "任丘", "沈阳", "姚安", "姜堰",
              "钟祥", "陆丰", "汪清", "范县", "金华", "石家庄", "贾汪", "夏邑", "方城", "邹城", "孟州",
              "秦皇岛", "江油", "薛城", "雷州", "侯马", "龙岩", "黎平", "贺兰", "邵阳", "万州", "钱塘",
              "武陟", "莫干山", "常州", "温州", "康定", "文昌", "安阳", "齐河", "易县", "庄河", "章丘",
              "岳阳", "兰考", "焦作", "柳州", "包头", "宁乡", "舒城", "柯桥", "梅州", "毕节", "单县",
              "霍邱", "成都", "谷城", "曲阜", "蓝田", "辛集", "华阴", "房山", "滕州", "阳朔", "古交",
              "吉首", "简阳", "连云港", "娄底", "景德镇", "费县", "卫辉", "桂林", "全椒", "闵行"),
    "town": ("刘集镇", "朱仙镇", "王庄镇", "李营乡", "张湾镇", "赵楼镇", "黄岗镇", "高桥镇", "石桥镇",
             "马坊镇", "白马镇", "杨柳乡", "孙庄乡", "陈店镇", "何市镇"),
    "road": ("文化路", "黄河路", "金水路", "和平路", "秦岭路", "华山路", "宋庄路", "高新路", "孔庙街",
             "鲁迅路", "逸仙路", "龙华路", "包公大道", "武侯大道", "岳麓大道", "韩江路", "陈家祠路"),
    "shop": ("王记烧饼", "李记粮油", "老张家超市", "刘家小卖部", "王老吉", "张小泉", "李宁专卖店",
             "马应龙药店", "陈李济", "胡庆余堂", "杨国福麻辣烫", "张亮麻辣烫", "刘一手火锅", "周黑鸭",
             "谭木匠", "吴裕泰", "沙县小吃", "兰州拉面"),
    "dish": ("宫保鸡丁", "东坡肉", "左宗棠鸡", "宋嫂鱼羹", "黄焖鸡米饭", "麻婆豆腐"),
    "disease": ("帕金森病", "阿尔茨海默病", "唐氏综合征", "马凡综合征", "霍奇金淋巴瘤"),
    "famous": ("雷锋", "鲁迅", "孔子", "李白", "杜甫", "袁隆平", "钟南山", "焦裕禄", "屠呦呦", "岳飞",
               "包拯", "诸葛亮", "司马光", "欧阳修", "王羲之", "苏轼", "白居易", "张衡", "李时珍", "华佗",
               "祖冲之", "詹天佑", "郑和", "林则徐", "邓稼先", "黄继光", "邱少云", "刘胡兰", "张思德"),
    "hosp": ("华西医院", "齐鲁医院", "华山医院", "武警医院", "康复医院"),
}
_TITLES = ("师傅", "老师", "阿姨", "大爷", "大姐", "站长", "所长", "主任", "医生", "老板", "经理", "护士长",
           "科长", "队长", "会计")
_MASKS = ("某", "某某", "**", "*", "××", "＊＊", "某（女）", "某某（男）")

_E = {
    "district": ("Haidian District", "Chaoyang District", "Yuexiu District", "Futian District",
                 "Wuhou District", "Jinjiang District", "Gulou District", "Tianhe District",
                 "Pudong New Area", "Xuhui District", "Huangpu District", "Longgang District"),
    "road": ("Zhongshan Road", "Jiefang Road", "Renmin Road", "Huaihai Road", "Wangfujing Street",
             "Jianshe Road", "Heping Road", "Xinhua Road", "Chang'an Avenue", "Hongqiao Road"),
    "brand": ("Huawei", "Xiaomi", "Li-Ning", "Chow Tai Fook", "Haier", "SF Express", "ZTO Express",
              "Yunda", "China Post", "Wanda Cinemas", "Zhou Hei Ya"),
    "hosp": ("Xiehe Hospital", "Huashan Hospital", "Ruijin Hospital", "Xiangya Hospital",
             "Tongji Hospital", "Huaxi Hospital", "Zhongshan Hospital", "Qilu Hospital", "Renji Hospital"),
    "fest": ("Spring Festival", "Qingming Festival", "Dragon Boat Festival", "Duanwu",
             "Mid-Autumn Festival", "Lantern Festival", "Chongyang Festival", "Qixi"),
    "month": ("May", "June", "August", "March"),
    "famous": ("Jackie Chan", "Bruce Lee", "Yao Ming", "Lei Feng", "Lu Xun", "Confucius",
               "Yuan Longping", "Li Bai", "Zhong Nanshan", "Sun Yat-sen"),
    "tree": ("Huangshan pine", "Luohan pine", "ginkgo (Baiguo)", "Huangge fig", "Zhangshu camphor"),
    "film": ("Liu Sanjie", "Lei Feng", "Jiao Yulu", "Dong Cunrui", "Bai Mao Nü"),
    "seed": ("Zhengdan 958", "Nongda 108", "Longjing 31", "Zhoumai 22", "Huanghuazhan"),
    "firm": ("Gaotu", "New Oriental", "Xueersi", "Zhangmen", "Shangxue Education"),
    "phone": ("Huawei Mate 60", "Honor X50", "Xiaomi 14", "Redmi Note 12", "Huawei nova 11"),
    "gold": ("Chow Tai Fook", "Luk Fook", "Chow Sang Sang", "Lao Feng Xiang", "Zhou Liu Fu"),
    "lock": ("Wangli", "Jindian Atom", "Panpan", "Buyang"),
    "song": ("Chengdu", "Tonghua", "Jiangnan", "Yue Liang Dai Biao Wo De Xin"),
    "dish": ("Kung Pao chicken", "Dongpo pork", "Mapo tofu", "General Tso's chicken"),
    "disease": ("Parkinson's disease", "Down syndrome", "Hodgkin lymphoma", "Alzheimer's disease"),
    "salon": ("Schwarzkopf", "L'Oreal", "Hanshu", "Pantene"),
}
_E_TITLES = ("Mr", "Ms", "Mrs", "Dr", "Master", "Auntie", "Uncle", "Teacher")

# ------------------------------------------------------------------- neutral fillers

_VILLAGES = ("红星村", "胜利村", "团结村", "光明村", "幸福村", "东风村", "前进村", "联合村", "永丰村",
             "五星村", "东升村", "红旗村", "民主村", "友谊村", "新建村", "双河村", "八一村", "兴隆村")
_VILLAGES_E = ("Hongxing", "Shengli", "Tuanjie", "Guangming", "Xingfu", "Dongfeng", "Qianjin", "Yongfeng")
_SHOPS = ("鑫源", "恒通", "永兴", "顺达", "佳美", "丽人", "悦颜", "名剪", "靓点", "新潮", "亿家", "众诚")
_OFFICES = ("社会事务办", "综合执法队", "文化站", "市场监管所", "农业服务中心", "应急管理办")
_ETHNIC = {"uy": "维吾尔族", "kz": "哈萨克族", "tb": "藏族", "yi": "彝族", "mg": "蒙古族", "hui": "回族",
           "kr": "朝鲜族", "zh": "壮族", "miao": "苗族", "dai": "傣族", "man": "满族", "bai": "白族",
           "naxi": "纳西族", "hani": "哈尼族", "lisu": "傈僳族"}
_PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"
_AREA_CODES = ("410122", "511602", "130682", "370983", "431202", "522626", "652101", "532624", "152502",
               "341225", "450881", "622921", "532901", "222405", "513433", "360281")

# ------------------------------------------------------------------------- templates
# {N} a private name after a cue (label, role, kinship word, particle or verb);
# {U} a private name with no cue word; {O} an official in a public role (look-alike);
# {D.cat} / {D} a domain word of the cell's domain (look-alike); {G.cat} a generic look-alike;
# {E.cat} an English look-alike; {T} surname + title; {ET} the English form; {M} masked name;
# {EM} English masked name; [[word]] a literal look-alike; <a|b> a random choice;
# {SNIP} a short phrase of the cell's domain; other {X} are fillers (IDs, phones, dates ...).

_T = {
    "organ_donation": (
        "登记类型：<遗体捐献|器官捐献|眼角膜捐献|遗体和器官捐献>；登记人：{N}，{SEX}，{AGE}，身份证号{ID}；"
        "家属意见：其<妻|夫|子|女|母>{N}同意并签字；联系电话{PH}；备注：患{D.dis}多年，由{D.hosp}评估。",
        "{U}，{AGE}，{DATE}在{D.hosp}离世，生前已办理遗体捐献登记。家属{N}、{N}到场签字，遗体经{D.proc}后"
        "交医学院接收。",
        "{DATE} 回访捐献者家属，其<女|子|妻>{N}情绪平稳；{DATE} 邀请参加{D.mem}清明缅怀活动，{U}表示愿意前往；"
        "{DATE} 荣誉证书寄至{G.place}，收件人{N}。",
        "{U}|{SEX}|{AGE}|{D.dis}|{D.hosp}|<已登记|待复核|已撤回>|{PHM}",
        "清明节前组织捐献者家属到{D.mem}献花，{U}代表家属发言，{U}献上{D.flower}。[[雷锋]]志愿服务队{NUM}人"
        "参加，{T}负责签到。",
        "经{N}（<捐献者之女|捐献者之子|捐献者配偶|捐献者胞弟>）签字同意，捐献者{N}的<肝脏|双肾|眼角膜|心脏>"
        "已完成获取；见证人：{N}、{N}；协调员：{T}。",
        "{TIME}来电，{U}咨询遗体捐献流程，称其父患{D.dis}，已告知须直系亲属同意，回拨{PH}。",
        "{U}（{IDM}）遗失志愿登记卡，申请补办，住{G.place}{ROOM}；<本人到场|委托其外孙{N}代办>。",
        "缅怀墙新增刻名：{U}（{YEAR}年捐献）；申请人{N}，与捐献者系<母子|父女|夫妻|祖孙>关系，刻于{D.mem}东侧。",
        "{DATE}，{U}、{U}夫妇共同签署遗体捐献志愿书，见证人为其<儿媳|女婿|侄子>{N}；两人均患{D.dis}，"
        "家住{G.road}。",
    ),
    "ancient_trees": (
        "挂牌编号{CODE}；树种：{D.species}；树龄约{AGEY}年；位置：{VIL}村口；养护责任人：{N}（{PH}）；"
        "巡查人：{T}。",
        "{DATE}巡查：{D.species}主干有{D.pest}危害，已通知责任人{N}，并报{D.org}；{U}家屋后那株{D.species}"
        "长势良好。",
        "{U}、{U}两户共同签订{D.doc}，负责{D.species}日常浇水、除草；{M}（已迁出）不再承担。",
        "[[古树名木]]养护台账 | {D.species} | {AGEY}年 | {D.place} | {U} | <二级|一级|三级>保护 | {DATE}",
        "相传为[[<欧阳修|苏轼|诸葛亮|岳飞|王羲之>]]手植。{U}说其祖父曾在树下教书；{DATE}雷击折断一枝，"
        "由{N}报告{D.org}处理。",
        "{DATE} {U} 浇水；{DATE} {U} 修剪枯枝；{DATE} 移交{N}养护（原责任人{N}年老）。",
        "{VIL}修路涉及一株{D.species}，施工方与责任人{N}协商后改线绕行，村民都很[[高兴]]；{U}出资{AMT}"
        "加装支撑。",
        "巡查记录：{D.species}（{CODE}）树皮剥落，树洞内有垃圾；责任人电话{PHM}无人接听，已向其妻{N}交代清理。",
        "{U}，{AGE}，{VIL}人，看护{D.place}内{D.species}{NUM}年，{YEAR}年评为优秀养护人；其子{N}接任。",
    ),
    "rural_cinema": (
        "放映员：{N}；放映日期：{DATE}；地点：{VIL}文化广场；片名：《{D.film}》；观众约{NUM}人；"
        "设备：{D.gear}<正常|偶有卡顿>。",
        "{DATE}晚在{VIL}放映《{D.film}》，{U}帮忙拉幕布，{U}带孙子来看；散场后拾到手机一部，交给{N}保管。",
        "{U} {PH} | {U} {PHM} | {U} {PH}（放映员名册第{NUM}页）",
        "观众登记（{DATE}，《{D.film}》）：老人{NUM}人，儿童{NUM}人；留言：{U}希望多放{D.opera}，{M}反映音响太响。",
        "{DATE}因雨改在村委会室内放映，{T}提供场地；放映员{N}与{N}轮流值守，另加映{D.opera}选段。",
        "放映场次核查：{N}上报{NUM}场，回传{NUM}场，差额已<约谈|通报>；[[周末]]场次由{N}顶替。",
        "{U}，{AGE}，{VIL}人，兼任放映员第{NUM}年；其子{N}<在外务工|在县城上学>；{D.gear}存放于{ROOM}。",
        "{VIL}放映点：放完《{D.film}》接着放《{D.film}》，{U}说孩子们最爱看；下月预约{D.venue}送片。",
        "{DATE}《{D.film}》，{NUM}人；{DATE}《{D.film}》，{NUM}人，{U}、{U}协助维持秩序；{DATE}停映，"
        "[[卫星接收器]]故障。",
    ),
    "tutoring_check": (
        "检查对象：{D.firm}；检查时间：{DATE}；发现问题：教师{N}未取得教师资格证，{N}持证过期；"
        "处理：<给予[[黄牌警告]]|暂停招生|限期整改>。",
        "{U}反映其子在{D.firm}报名{D.course}课程{NUM}课时，已交{AMT}，机构<拒绝退费|拖延退费>；经{N}调解，"
        "<同意退还|部分退还>{AMT}。",
        "家长{N}（{PH}）投诉：{D.course}班<超纲教学|收费不透明>，授课老师为{T}；{U}、{U}也在投诉书上签了名。",
        "{D.firm}｜教师 {U}｜<英语|数学|书法|钢琴>｜资格证{CODE}｜<有效|过期|无>｜{DATE}抽查",
        "{DATE}联合检查，{D.firm}现场有学生{NUM}人，[[师资]]不足；负责人{N}称另一名授课人{N}只是来帮忙的"
        "大学生。",
        "{U}，{SEX}，{AGE}，<本科|大专>，<持|未持>教师资格证，任教{D.firm}{D.course}班。",
        "回访：{DATE}电话联系{N}，退费{AMT}已到账；{DATE}联系{N}，称机构已<搬离|关门>，转交{G.place}"
        "市场监管所。",
        "投诉人：{N}，学员：{N}（{AGE}），报名{D.course}，预付{AMT}，机构承诺的“[[包过班]]”未兑现。",
        "{DATE} 抽查{D.firm}：[[师资]]公示与实际不符，{U}、{U}未在公示名单；{D.doc}<未公示|已过期>。",
    ),
    "post_station": (
        "站长：{N}；站点：{VIL}村邮站；代收代投{D.courier}、邮政[[包裹]]；今日到件{NUM}件，滞留{NUM}件。",
        "{DATE} {U} 取件{NUM}件（{D.courier}[[单号]]尾号{NUM4}）；{DATE} {U} 代{N}取件，已电话核实。",
        "{U}的{D.item}被{N}误领，调取监控后已追回；{T}提醒今后核对取件码。",
        "{VIL}村邮站 | 站长 {N} | {PH} | 代投[[党报党刊]] | 月均{NUM}件 | {DATE}考核<合格|整改>",
        "投诉人{N}称{D.courier}[[包裹]]显示已签收但未收到，站长说是{U}的邻居代收；已联系快递员{T}。",
        "代收代投清单：{U}—{D.item}{NUM}件；{U}—{D.item}{NUM}件；{U}—{D.item}{NUM}件。",
        "{DATE}暴雨，{D.courier}车辆<晚到|未到>，[[时效]]受影响；已通知{N}、{N}次日来取。",
        "{U}（{AGE}，独居）的药品[[包裹]]由站长送货上门；{M}的{D.item}超期未取已退回。",
        "{U}，{VIL}{ROOM}，{PHM}，取件码{NUM4}，{D.item}{NUM}件，<已取|未取>",
    ),
    "seed_dealer": (
        "备案门店：{D.firm}{VIL}分店；经营者：{N}；身份证{IDM}；经营品种：{D.variety}、{D.variety}；"
        "备案号{CODE}。",
        "购种登记：{DATE}，{U}购{D.variety}种子{NUM}袋，{U}购{D.crop}种{NUM}斤，均留存票据。",
        "{N}（{PH}）投诉所购{D.variety}出苗率不足三成，[[苗期]]长势差；经农技站{T}田间鉴定，"
        "<确属不合格种子|与天气有关>，协调{D.firm}赔偿{AMT}。",
        "{U}、{U}两户种植的{D.crop}同批次出现<空秆|不结荚|烂种>，种子系{G.place}流动商贩所售，商贩自称{M}。",
        "{DATE} {D.firm}进货{D.variety}共{NUM}件；{DATE} 退货{NUM}件，经手人{N}；{DATE} 抽检[[包衣]]不合格，封存。",
        "村里推广[[袁隆平]]团队的新品种，{U}第一个报名试种，种在[[温室]]大棚里；{N}和{N}一起去县里领种。",
        "{D.firm} | {U} | {PHM} | {D.variety} {NUM}袋 | 现金{AMT} | 未开票",
        "回访：{DATE}向{N}了解{D.crop}出苗情况，{U}家地块已补种，其侄{N}代签。",
        "假种子受损登记：{U}（{AGE}）{NUM}亩；{U}（{AGE}）{NUM}亩；{U}（{AGE}）{NUM}亩；品种均为{D.variety}。",
    ),
    "ktv_staff": (
        "场所：{D.venue}；从业人员登记：{N}（{SEX}，{AGE}，服务员）、{N}（{SEX}，{AGE}，<收银|保洁|DJ>）；"
        "健康证<齐全|缺{NUM}份>。",
        "{DATE}夜查{D.venue}，{D.room}{NUM}号有未成年人，店长{N}称系{U}的<表弟|同学>；已责令整改。",
        "{U}，{AGE}，{G.place}人，{DATE}入职{D.venue}，身份证{ID}，住{ROOM}。",
        "{D.room}消费后[[麦克风]]损坏被索赔{AMT}，顾客{N}不认可；经{N}调解各退一步。",
        "从业人员花名册 | {U} | {PHM} | 领班 | {DATE}入职 || {U} | {PHM} | 服务员 | {DATE}入职",
        "{T}介绍：点唱最多的是《{D.song}》和《{D.song}》，{U}和{N}是常客，常唱[[邓丽君]]的歌。",
        "{DATE} 消防检查：{D.venue}{D.room}<通道堵塞|灭火器过期>；值班经理{N}签字；{DATE} 复查合格。",
        "歌舞厅人员清理：{U}（{IDM}）、{U}（{IDM}）已离职；{M}未登记即上岗，罚款{AMT}。",
        "{DATE}凌晨，{U}驾驶{PLATE}在{D.venue}门口与人争执，{U}报警；[[麦克风]]一只被摔坏。",
    ),
    "phone_recycling": (
        "回收登记：{DATE}，出售人{N}，身份证{ID}，机型{D.model}，串号{IMEI}，成色九成，收购价{AMT}。",
        "以旧换新：{U}用旧{D.brand}手机抵扣{AMT}换购新机；旧机已<恢复出厂|解除账号锁>，经手店员{T}。",
        "可疑来源报备：{DATE}一男子持{NUM}部{D.model}前来出售，<均为[[高仿]]机|疑似[[水货]]>，自称受{N}委托；"
        "已报{G.place}派出所。",
        "{U} {PHM} {D.brand}×{NUM} {AMT} {DATE}",
        "{U}称手机是其<女儿|儿子|丈夫>{N}的旧机，对方在外地，委托代卖；已视频核实。",
        "{D.place}收货清单：{D.model}共{NUM}台、{D.brand}旧机{NUM}台，供货人{N}（{PH}）；非[[全网通]]版本退回。",
        "{DATE} {U}来店询价，<未成交|成交>；{DATE} {U}以旧换新，旧机{D.brand}；{DATE} 店员{N}<休假|辞职>。",
        "[[黄牛]]连续{NUM}天收购{D.brand}旧机，{U}、{U}反映其<压价|强买>，已通知{N}到店说明。",
        "{U}（{AGE}）卖{D.model}一部，不能说出解锁密码，同行的{U}<称|说>是捡的；已暂扣并登记{IDM}。",
    ),
    "salon_health": (
        "店名：{SHOP}美发；负责人：{N}；[[卫生许可证]]号{CODE}；从业人员：{N}（健康证{DATE}到期）、"
        "{N}（健康证<有效|过期>）。",
        "投诉：{N}在{SHOP}做<[[文眉]]|[[柳叶眉]]|[[文身]]>后红肿，要求退款{AMT}；店主{N}称用的是{D.brand}产品。",
        "{DATE}抽查{SHOP}：[[毛巾]]未分类存放，消毒柜未通电；美发师{N}无健康证，{U}健康证过期{NUM}天。",
        "{U}，{SEX}，{AGE}，{SHOP}<美容师|洗头工|美甲师>，健康证编号{CODE}，住{ROOM}。",
        "会员卡纠纷：{U}充值{AMT}，剩余{AMT}，店铺转让给{N}后拒认；{U}的朋友{N}也有类似情况。",
        "{SHOP} | {U} | 健康证{DATE} | {U} | 健康证{DATE} | 许可证<有效|过期>",
        "{U}称在{SHOP}<烫|染>发后头皮过敏、[[毛囊炎]]，已由{N}陪同就医；店员{T}承认未做皮试，染发剂为{D.brand}。",
        "{DATE}复查：[[毛巾]]已消毒，店主{N}补办健康证；另查见无证人员{M}，已清退。",
        "{U}做祛斑项目后面部<[[黄褐斑]]加重|起疹>，店方称系{D.brand}过敏；{DATE}由{N}陪同到店协商。",
    ),
    "swimming_pool": (
        "救生员登记：{N}，{SEX}，{AGE}，救生员证{CODE}，上岗时间{DATE}；另{N}，证书<有效|过期>。",
        "{DATE} {TIME} 水质检测：[[余氯]]{FLOAT}mg/L，pH {PHV}，[[水温]]{NUM2}℃；检测人{N}。",
        "溺水险情：{DATE}下午，{U}（{AGE}）在深水区呛水，救生员{N}下水救起，{U}在岸边协助；已启动[[应急预案]]，"
        "伤者经[[包扎]]后离开。",
        "{D.venue}值班：{DATE} {U}；{DATE} {U}；{DATE} {U}",
        "[[夏季]]开放前检查：{D.venue}救生员{NUM}名，其中{N}、{N}证书过期；[[安全员]]由{N}兼任。",
        "{U}的孩子在{D.venue}<划伤脚底|被泳道绳缠住>，家长要求赔偿{AMT}；经{N}协调，场馆同意<承担医药费|赔偿一半>。",
        "{U} | 救生员 | {PHM} | 证书{CODE} | {DATE}复训",
        "{D.venue}更衣柜失窃：{U}（{NUM}号柜）称手机丢失，调取监控发现系{N}误拿，已归还。",
        "{U}、{U}、{U}参加{DATE}救生员复训，考核<全部合格|一人未通过>；[[高台]]区由{T}看管。",
    ),
    "locksmith_registry": (
        "开锁登记：{DATE} {TIME}，户主{N}（{IDM}）因钥匙遗失申请开[[房门]]，地址{G.place}{ROOM}，"
        "核验[[房产证]]，开锁人{N}。",
        "{U}来电称被锁在门外，门为[[王力]]防盗门<C级|B级>锁芯；现场核验身份证与住址一致，邻居{N}在场见证。",
        "租客{N}要求开锁，[[房东]]{N}未到场，电话{PHM}联系后同意；已登记租客身份证{ID}。",
        "开锁从业人员备案：{N}，{AGE}，持<公安备案证|技能证书>{CODE}，所在店铺{SHOP}锁业；学徒{N}。",
        "{DATE} 为{N}开[[车门]]（车牌{PLATE}），核验行驶证；{DATE} 为{N}家更换<[[叶片锁]]|[[金点原子]]>锁芯；"
        "{DATE} 开[[保险柜]]，因户主{N}不在场拒绝。",
        "{U}，{PH}，开锁地址{VIL}{ROOM}，<已核验|未核验>，开锁费{AMT}",
        "拒开记录：来人自称是{U}的<表哥|房客>，无法出示证明，已拒绝并告知{T}；次日户主本人到场办理。",
        "{SHOP}锁业 | 备案人 {N} | {PH} | 学徒 {N} | {DATE}年审",
        "{DATE}夜，{U}（{AGE}）醉酒称忘带钥匙，[[房东]]不在，邻居{U}证实其住{ROOM}；核验身份证后开锁。",
    ),
    "gold_buying": (
        "回收登记：{DATE}，出售人{N}，身份证{ID}，物品：{D.item}{NUM}克，[[成色]]<足金|18K|Au750>，"
        "按[[金价]]{AMT}/克折算。",
        "{U}拿来{D.item}一件，称是祖传，内侧刻“{D.brand}”字样；店员{T}称重检测后收购。",
        "可疑交易报备：一女子连续{NUM}天出售{D.item}，自称{M}，拒留身份证；监控截图已交给店长{N}并报派出所。",
        "{U}{N}夫妇出售结婚[[金手镯]]一对，共{NUM}克，款项{AMT}已转账；{U}在场。",
        "{DATE} 收{D.item}，卖方{N}；{DATE} 收{D.item}，卖方{N}；{DATE} 外送[[水贝]]提纯，经手{N}。",
        "{U} | {IDM} | {D.item} {NUM}g | {AMT} | {DATE}",
        "[[黄金]]价格上涨后，{U}一次卖出{NUM}枚<[[袁大头]]|[[龙洋]]|[[孙小头]]>，称系其祖父{N}遗留；已拍照存档。",
        "典型可疑交易：{DATE}，{U}一周内<三次|多次>出售{D.brand}首饰，发票抬头均为{M}；已通知{N}核实。",
        "{U}（{AGE}，{PHM}）出售{D.item}，同行的{U}替她签字；[[成色]]检测为<足金|K金>。",
    ),
    "english_export": (
        "Registrant: {N} | Age {NUM2} | Next of kin: {N} (daughter) | Hospital: {E.hosp} | Registered after the "
        "{E.fest} visit",
        "{U} called on {EDATE}; the {E.brand} parcel was signed for by {N} at the {E.district} station. "
        "{ET} will follow up.",
        "Lifeguard roster, {E.district} pool: {U} ({EPH}), {U} ({EPH}), {U} (certificate expired in {E.month}).",
        "Ancient tree {CODE}: {E.tree} near {E.road}; caretaker: {N} (since {YEAR}). [[He]] said the trunk was hollow.",
        "Screening log {EDATE}: '{E.film}' at {VILE} village square, projectionist {N}, about {NUM} viewers; "
        "a [[long]] wait because the projector [[fan]] failed; {U} lent a generator.",
        "Tutoring complaint: parent {N} paid RMB {AMTN} to {E.firm} for a summer course; refund refused. "
        "Teachers on site: {N}, {N} (no licence).",
        "Seed complaint -- {U} bought {E.seed} at a shop on {E.road}; germination under 30%; witness {N} saw the field.",
        "KTV staff list: {U}, {EPH}; {U}, {EPH}; night manager {N}; inspected in {E.month}; a [[ban]] on minors "
        "is posted; most requested song '{E.song}'.",
        "Phone recycling: {U} sold a {E.phone} on {EDATE}; ID checked ({IDM}); suspected stolen, the seller said "
        "it belonged to his cousin {N} (no receipt).",
        "Gold buyback {EDATE}: {U} sold a {E.gold} bracelet, {NUM}.6 g; buyer {ET}; paid by bank transfer.",
        "Locksmith call {EDATE}: {U} locked out at {E.road}, Room {NUM3}; landlord {N} confirmed by phone; "
        "lock brand {E.lock}.",
        "Salon complaint: {U} had her eyebrows tattooed near {E.road}, swelling afterwards; owner {N} says only "
        "{E.salon} products are used; the records only show {EM}.",
        "Donor memorial, {E.fest}: families of {N} and {N} laid flowers; {U} read a poem by [[Li Bai]]; "
        "lunch was {E.dish}.",
        "Courier log: {EDATE} {U} 2 parcels; {EDATE} {U} 1 parcel (via {E.brand}); {EDATE} picked up for "
        "{N} by a neighbour.",
        "{U}, {NUM2}, diagnosed with {E.disease}; consent to donate signed with {N} (son) as witness at {E.hosp}.",
        "Pool incident {EDATE}: a child nearly drowned; {U} and {N} pulled him out; [[He]] was checked at "
        "{E.hosp}. Duty officer {ET}.",
    ),
    "minority_listing": (
        "{U}，{ETH}，{AGE}，{VIL}人，<救生员|放映员|村邮站站长|开锁学徒|美发师|金银回收店员>，{PH}",
        "序号{NUM} {U} {ETH} {IDM}；序号{NUM} {U} {ETH} {IDM}；序号{NUM} {U} {ETH} {IDM}",
        "{D.fest}期间值守：{N}、{N}、{N}；{SNIP}。",
        "{DATE}，{U}（{ETH}）在{D.place}办理<登记|备案>，翻译由{N}协助；{SNIP}。",
        "户主：{N}；妻：{N}；子：{N}（{AGE}）；民族：{ETH}；住址：{D.place}{VIL}；备注：{SNIP}。",
        "{U}、{U}参加{D.fest}后返回，{SNIP}。",
        "名单（按身份证书写，间隔号照录）：{U}，{U}，{U}，{U}",
        "{U}（{ETH}）家开农家乐，主打{D.food}，另售{D.art}；{SNIP}。",
        "{U} | {ETH} | {SEX} | {IDM} | {D.place} || {U} | {ETH} | {SEX} | {IDM} | {D.place}",
        "{DATE} {U} 来站；{DATE} {U} 来站，由其母{N}陪同；{DATE} <会拉[[马头琴]]|会唱[[刘三姐]]山歌>的老艺人{T}来访。",
        "{SNIP}；经办：{N}；当事人：{N}，{ETH}，{AGE}，电话{PHM}。",
    ),
    "public_notice": (
        "关于{NT}的公示\n经个人申请、村委会初审、乡镇审核，现将名单公示如下：{N}、{N}、{N}。公示期{DATE}至{DATE}，"
        "如有异议请反映。监督电话：{TEL}（联系人：{O}）。\n{G.town}人民政府 {DATE}",
        "公示：{NT}\n序号 | 姓名 | 村组 | 备注\n1 | {U} | {VIL}{NUM}组 | {SNIP}\n2 | {U} | {VIL}{NUM}组 | "
        "监护人{N}\n审核人：{O}  复核人：{O}",
        "{VIL}村务公开：本村{NT}评议结果——{U}（{AGE}）、{U}（{AGE}）通过，{U}因材料不全暂缓。"
        "评议小组成员：{O}、{O}、{O}；驻村第一书记：{O}。",
        "异议处理公告：公示期间，村民{N}对{N}的资格提出异议，经{O}（经办人）、{O}（审核人）入户核实，"
        "异议<不成立，予以维持|成立，予以取消>。",
        "行政处罚信息公示（{NT}）：当事人{M}（自然人，身份证号不予公示），违法事实：{SNIP}；处罚内容：罚款{AMT}。"
        "举报人{N}已按规定奖励。处罚机关负责人：{O}。",
        "{NT}公示（第{NUM}号）：{U}，{SEX}，{VIL}人；{U}，{SEX}，{VIL}人。公示单位：{G.town}{OFFICE}，"
        "负责人{O}，经办人{O}，电话{TEL}。",
        "村两委成员{O}、{O}回避表决；申请人{N}之父{N}系低保户，证明人{N}。公示期满无异议，报{G.town}审批，"
        "审批人：{O}。",
        "公告：{NT}\n{U}（监护人：{N}）\n{U}（代领人：{N}，{PHM}）\n联系人：{O} {TEL}",
        "{NT}拟表彰名单公示：{U}、{U}（{SNIP}）。公示期内接受监督，监督电话{TEL}，联系人{O}；"
        "审批人{O}。",
    ),
    "lookalike_only": (
        "{SNIP}；{SNIP}；{T}已核实。",
        "{G.place}{G.road}沿线：{SNIP}；另有{M}反映{SNIP}。",
        "{DATE}例会：{T}通报{SNIP}；{T}补充{SNIP}；[[周末]]前整改。",
        "会后在{G.shop}吃了{G.dish}，{T}说[[<雷锋|焦裕禄>]]精神不能丢；{SNIP}。",
        "门牌：{G.place}{G.road}{NUM}号（{G.shop}隔壁）；{SNIP}。",
        "病种备注：{G.disease}、{G.disease}；就诊于{G.hosp}；{SNIP}。",
        "{M}、{M}、{M}已按要求脱敏；{SNIP}；[[时间]]另定。",
        "{T}、{T}到{G.place}检查，{SNIP}，[[安全]]无事故。",
        "{SNIP}（{G.town}，{DATE}）；{SNIP}（{G.town}，{DATE}）；{SNIP}（{G.town}，{DATE}）",
        "{ET} checked {E.road}; {E.brand} and {E.gold} shops near {E.district}; closed for {E.fest}.",
    ),
}

_SNIPS = {
    "organ_donation": ("捐献者遗体经{D.proc}后送医学院", "清明节在{D.mem}举办缅怀活动",
                       "{D.hosp}完成<肝脏|双肾>获取", "患者确诊{D.dis}，登记为受捐者"),
    "ancient_trees": ("{D.species}挂牌保护，树龄{AGEY}年", "{D.species}受{D.pest}侵害，已报{D.org}",
                      "{D.place}内{D.species}加装支撑架"),
    "rural_cinema": ("放映《{D.film}》，观众约{NUM}人", "加映{D.opera}选段", "{D.gear}故障，改用备用机"),
    "tutoring_check": ("{D.firm}开设{D.course}班", "{D.firm}<未取得|已取得>办学[[许可证]]",
                       "{D.course}课程收费{AMT}未退"),
    "post_station": ("{D.courier}[[包裹]]滞留{NUM}件", "代投[[党报党刊]]{NUM}份", "{D.item}超[[时效]]"),
    "seed_dealer": ("销售{D.variety}种子共{NUM}袋", "{D.crop}种子[[包衣]]不合格", "{D.firm}备案经营{D.variety}"),
    "ktv_staff": ("{D.venue}{D.room}内有人点唱《{D.song}》", "{D.venue}[[麦克风]]损坏",
                  "<夜查|抽查>{D.venue}，{D.room}通道畅通"),
    "phone_recycling": ("回收{D.model}共{NUM}台", "{D.brand}旧机来源不明", "疑似<[[高仿]]|[[水货]]>{D.brand}手机"),
    "salon_health": ("店内使用{D.brand}染发剂", "[[毛巾]]未消毒", "顾客做<[[文眉]]|[[柳叶眉]]>后红肿"),
    "swimming_pool": ("[[余氯]]超标，{D.venue}暂停开放", "[[水温]]{NUM2}℃", "{D.venue}救生员配备不足"),
    "locksmith_registry": ("为住户更换<[[王力]]|[[金点原子]]>锁芯", "[[房东]]到场同意开锁", "开[[车门]]前核验行驶证"),
    "gold_buying": ("回收{D.item}{NUM}克", "{D.brand}首饰[[成色]]存疑", "[[金价]]上涨，回收量增加"),
}
_NOTICE_TITLES = {
    "organ_donation": ("遗体器官捐献者家属困难救助对象", "器官捐献志愿者荣誉表彰"),
    "ancient_trees": ("古树名木养护责任人", "古树名木养护补助发放"),
    "rural_cinema": ("农村公益电影放映员聘用", "农村电影放映补贴发放"),
    "tutoring_check": ("校外培训机构检查结果", "培训机构退费纠纷处理结果"),
    "post_station": ("村级寄递物流综合服务站站长", "村邮站运营补贴发放"),
    "seed_dealer": ("种子经营备案", "假种子受损农户补偿"),
    "ktv_staff": ("娱乐场所从业人员信息", "歌舞娱乐场所检查结果"),
    "phone_recycling": ("旧手机回收经营者备案", "以旧换新补贴发放"),
    "salon_health": ("美容美发场所卫生许可", "公共场所从业人员健康检查"),
    "swimming_pool": ("游泳场所救生员资格", "见义勇为（溺水救助）表彰"),
    "locksmith_registry": ("开锁从业人员备案", "开锁服务企业信用评价"),
    "gold_buying": ("金银首饰回收经营者备案", "可疑交易举报奖励"),
}

_TOKEN = re.compile(r"\{([A-Z0-9]+)(?:\.([a-z]+))?\}|\[\[(.+?)\]\]")
_ALT = re.compile(r"<([^<>]*)>")

# every literal string of the generator: a planted name may not occur in it
_STATIC_BLOB = "\n".join(
    [t for ts in _T.values() for t in ts]
    + [t for ts in _SNIPS.values() for t in ts]
    + [t for ts in _NOTICE_TITLES.values() for t in ts]
    + [w for cats in _D.values() for cat in cats.values() for w in cat]
    + [w for cat in _G.values() for w in cat]
    + [w for cat in _E.values() for w in cat]
    + list(_VILLAGES) + list(_SHOPS) + list(_OFFICES) + list(_ETHNIC.values())
    + ["刘德华", "张学友", "王菲", "周大福", "周生生", "周六福", "谢瑞麟", "迪丽热巴", "刀美兰", "杨丽坤",
       "曲比阿乌", "海来阿木", "吉克隽逸", "李宁", "王力", "马云", "Li Ning", "Wang Li", "Yao Ming"]
)


# -------------------------------------------------------------------------- helpers

def _id_check(body17):
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, weights)) % 11]


def _fake_id(rng):
    year = rng.randint(1938, 2008)
    body = "%s%04d%02d%02d%03d" % (rng.choice(_AREA_CODES), year, rng.randint(1, 12), rng.randint(1, 28),
                                    rng.randint(1, 999))
    return body + _id_check(body)


def _masked_id(rng):
    full = _fake_id(rng)
    style = rng.randrange(3)
    if style == 0:
        return full[:6] + "*" * 8 + full[14:]
    if style == 1:
        return full[:4] + "*" * 10 + full[14:]
    return full[:3] + "*" * 11 + full[14:]


def _mobile(rng):
    digits = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    style = rng.randrange(4)
    if style == 0:
        return digits
    if style == 1:
        return "%s-%s-%s" % (digits[:3], digits[3:7], digits[7:])
    if style == 2:
        return "%s %s %s" % (digits[:3], digits[3:7], digits[7:])
    return digits


def _date(rng):
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(5)
    if style == 0:
        return "%d-%02d-%02d" % (y, m, d)
    if style == 1:
        return "%d年%d月%d日" % (y, m, d)
    if style == 2:
        return "%d月%d日" % (m, d)
    if style == 3:
        return "%d.%d.%d" % (y, m, d)
    return "%d/%d" % (m, d)


_MONTHS_E = ("Jan", "Feb", "Mar", "Apr", "Jul", "Sep", "Oct", "Nov", "Dec")


class _State:
    """What earlier cells committed: names, their index, all texts."""

    def __init__(self):
        self.used = set()                 # committed planted names (membership only)
        self.index = {}                   # first two characters -> committed names
        self.corpus = "\n"                # every committed text, newline-joined

    def commit(self, text, names):
        for nm in names:
            self.used.add(nm)
            self.index.setdefault(nm[:2], []).append(nm)
        self.corpus += text + "\n"

    def names_in(self, text):
        for i in range(len(text) - 1):
            for nm in self.index.get(text[i:i + 2], ()):
                if text.startswith(nm, i):
                    return True
        return False


class _Cell:
    def __init__(self, rng, family, domain, state):
        self.rng, self.family, self.domain, self.state = rng, family, domain, state
        self.names, self.cued, self.looks, self.persons = [], [], [], []
        self.eth = ""

    # -- registration
    def look(self, s):
        if s not in self.looks:
            self.looks.append(s)
        return s

    def _acceptable(self, cand):
        st = self.state
        if len(cand) < 2 or cand in st.used or cand in _STATIC_BLOB or cand in st.corpus:
            return False
        for i in range(len(cand) - 1):
            for j in range(i + 2, len(cand) + 1):
                if cand[i:j] in st.used:
                    return False
        for p in self.persons:
            if p in cand or cand in p:
                return False
        for lk in self.looks:
            if lk in cand or cand in lk:
                return False
        return True

    def _person(self, maker):
        for _ in range(200):
            cand = maker()
            if self._acceptable(cand):
                self.persons.append(cand)
                return cand
        raise RuntimeError("name space exhausted")

    def name(self, cued):
        fam = self.family
        r = self.rng.random()
        if fam == "english_export":
            maker = self._roman
        elif fam == "minority_listing":
            maker = self._minority if r < 0.9 else self._han
        else:
            maker = self._minority if r < 0.06 else self._han
        nm = self._person(maker)
        if maker == self._han:
            self.eth = "汉族"
        self.names.append(nm)
        self.cued.append(cued)
        return nm

    def official(self):
        maker = self._minority if self.rng.random() < 0.05 else self._han
        return self.look(self._person(maker))

    # -- name makers
    def _surname(self):
        rng = self.rng
        r = rng.random()
        if r < 0.05:
            return rng.choice(_SURNAME_COMPOUND)
        if r < 0.10:
            return rng.choice(_SURNAME_RARE)
        return rng.choices(_SURNAMES, _SURNAME_WEIGHTS)[0]

    def _given(self):
        rng = self.rng
        g = rng.random()
        if g < 0.30:
            return rng.choice(_GIVEN_ONE)
        if g < 0.48:
            return rng.choice(_GIVEN_RURAL)
        if g < 0.63:
            return rng.choice(_GIVEN_MODERN)
        a, b = rng.choice(_GIVEN_A), rng.choice(_GIVEN_B)
        return a + b if a != b else a + "生"

    def _han(self):
        if self.rng.random() < 0.04:
            return self.rng.choice(_WORD_NAMES)
        return self._surname() + self._given()

    def _minority(self):
        rng = self.rng
        kind = rng.choice(("uy", "uy", "uy", "kz", "kz", "tb", "tb", "yi", "mg", "mg", "hui", "kr", "zh",
                           "miao", "dai", "man", "bai", "naxi", "hani", "lisu"))
        self.eth = _ETHNIC[kind]
        sep = rng.choice(_SEPARATORS)
        if kind == "uy":
            given, father = rng.choice(_UY_NAMES + _UY_FEMALE), rng.choice(_UY_NAMES)
            return given + sep + father if given != father else given + sep + rng.choice(_KZ_NAMES[:3])
        if kind == "kz":
            return rng.choice(_KZ_NAMES + _KZ_FEMALE) + sep + rng.choice(_KZ_NAMES)
        if kind == "tb":
            a, b = rng.sample(_TB_PARTS, 2)
            return a + b
        if kind == "yi":
            return rng.choice(_YI_CLANS) + rng.choice(("", "", "", "·")) + rng.choice(_YI_GIVEN)
        if kind == "mg":
            a, b = rng.sample(_MG_PARTS, 2)
            return a + rng.choice(("", "", "·")) + b
        if kind == "hui":
            return rng.choice("马马马回纳哈丁白海撒沙穆虎") + self._given()
        if kind == "kr":
            return rng.choice(_KR_SURNAMES) + rng.choice(_KR_GIVEN)
        if kind == "zh":
            return rng.choice("韦覃黄陆蒙莫农梁蓝") + self._given()
        if kind == "miao":
            return rng.choice("龙杨吴石麻王") + rng.choice(_MIAO_GIVEN + _GIVEN_RURAL)
        if kind == "dai":
            if rng.random() < 0.3:
                return rng.choice("刀孟方线") + self._given()
            if rng.random() < 0.5:
                return "岩" + "".join(rng.sample(_DAI_MALE, 2))
            return "玉" + "".join(rng.sample(_DAI_FEMALE, 2))
        if kind == "man":
            if rng.random() < 0.4:
                return rng.choice(_MANCHU_CLANS) + rng.choice(("·", "·", "•", "")) + self._given()
            return rng.choice("关那佟富肇赵金") + self._given()
        if kind == "bai":
            return rng.choice("段杨李赵董张尹") + self._given()
        if kind == "naxi":
            return rng.choice("和和和木") + self._given()
        if kind == "hani":
            return rng.choice("李白卢车杨") + rng.choice(_HANI_GIVEN)
        return rng.choice("余密蔡胡和李") + rng.choice(_LISU_GIVEN)

    def _roman(self):
        rng = self.rng
        form = rng.random()
        sur = rng.choices([s for s, _ in _PY_SURNAMES], [w for _, w in _PY_SURNAMES])[0]
        n_syl = 1 if rng.random() < 0.3 else 2
        syls = [rng.choice(_PY_SYL) for _ in range(n_syl)]
        if n_syl == 1:
            given = syls[0].capitalize()
        elif rng.random() < 0.7:
            given = (syls[0] + syls[1]).capitalize()
        else:
            given = syls[0].capitalize() + "-" + rng.choice((syls[1], syls[1].capitalize()))
        if form < 0.18:
            return sur + " " + given
        if form < 0.32:
            return given + " " + sur
        if form < 0.42:
            return sur.upper() + " " + given
        if form < 0.48:
            return given + " " + sur.upper()
        if form < 0.56:
            initials = ".".join(s[0].upper() for s in syls) + "."
            return rng.choice((initials + " " + sur, sur + " " + initials))
        if form < 0.66:
            c = rng.choice(_CANTO_SURNAMES)
            g = rng.choice(_CANTO_GIVEN)
            style = rng.randrange(4)
            if style == 0:
                return c + " " + g
            if style == 1:
                return c + " " + g.replace("-", " ").title()
            if style == 2:
                return c.upper() + " " + g
            return rng.choice(_EN_GIVEN) + " " + c
        if form < 0.76:
            w = rng.choice(_WG_SURNAMES)
            g = rng.choice(_WG_GIVEN)
            return rng.choice((w + " " + g, g + " " + w, w.upper() + " " + g))
        if form < 0.86:
            e = rng.choice(_EN_GIVEN)
            return rng.choice((e + " " + sur, e + " " + sur.upper(), sur + " " + e))
        if form < 0.93:
            a, b = rng.sample(_UY_ROMAN, 2)
            return a + " " + b
        a, b = rng.sample(_TB_ROMAN, 2)
        return a + " " + b

    # -- look-alike makers
    def title(self):
        rng = self.rng
        s = rng.choices(_SURNAMES[:60], _SURNAME_WEIGHTS[:60])[0]
        r = rng.random()
        if r < 0.15:
            return self.look("老" + s)
        if r < 0.25:
            return self.look("小" + s)
        if r < 0.3:
            return self.look(rng.choice(_SURNAME_COMPOUND[:6]) + rng.choice(("老师", "主任", "医生")))
        return self.look(s + rng.choice(_TITLES))

    def masked(self):
        rng = self.rng
        s = rng.choices(_SURNAMES[:60], _SURNAME_WEIGHTS[:60])[0]
        if rng.random() < 0.2:
            return self.look(s + "*" + rng.choice(_GIVEN_ONE))
        return self.look(s + rng.choice(_MASKS))

    def etitle(self):
        rng = self.rng
        s = rng.choices([s for s, _ in _PY_SURNAMES], [w for _, w in _PY_SURNAMES])[0]
        return self.look(rng.choice(_E_TITLES) + " " + s)

    def emasked(self):
        rng = self.rng
        s = rng.choices([s for s, _ in _PY_SURNAMES], [w for _, w in _PY_SURNAMES])[0]
        return self.look(s + rng.choice((" **", " X.", " Mou", " ***")))

    # -- rendering
    def render(self, template):
        rng = self.rng
        text = template
        while True:
            m = _ALT.search(text)
            if not m:
                break
            text = text[:m.start()] + rng.choice(m.group(1).split("|")) + text[m.end():]
        out, pos = [], 0
        for m in _TOKEN.finditer(text):
            out.append(text[pos:m.start()])
            pos = m.end()
            if m.group(3) is not None:
                out.append(self.look(m.group(3)))
            else:
                out.append(self.token(m.group(1), m.group(2)))
        out.append(text[pos:])
        return "".join(out)

    def token(self, kind, cat):
        rng = self.rng
        if kind == "N":
            return self.name(True)
        if kind == "U":
            return self.name(False)
        if kind == "O":
            return self.official()
        if kind == "D":
            fam = "minority_listing" if self.family == "minority_listing" and cat in _D["minority_listing"] \
                else self.domain
            cats = _D[fam]
            pool = cats[cat] if cat else DOMAIN_WORDS[fam]
            return self.look(rng.choice(pool))
        if kind == "G":
            return self.look(rng.choice(_G[cat]))
        if kind == "E":
            return self.look(rng.choice(_E[cat]))
        if kind == "T":
            return self.title()
        if kind == "M":
            return self.masked()
        if kind == "ET":
            return self.etitle()
        if kind == "EM":
            return self.emasked()
        if kind == "SNIP":
            return self.render(rng.choice(_SNIPS[self.domain]))
        if kind == "NT":
            return rng.choice(_NOTICE_TITLES[self.domain])
        if kind == "ETH":
            return self.eth or "汉族"
        if kind == "ID":
            return _fake_id(rng)
        if kind == "IDM":
            return _masked_id(rng)
        if kind == "PH":
            return _mobile(rng)
        if kind == "PHM":
            d = _mobile(rng).replace("-", "").replace(" ", "")
            return d[:3] + "****" + d[7:]
        if kind == "EPH":
            d = _mobile(rng).replace("-", "").replace(" ", "")
            return "+86 %s %s %s" % (d[:3], d[3:7], d[7:])
        if kind == "TEL":
            return "0%d-%d" % (rng.randint(310, 919), rng.randint(6000000, 8999999))
        if kind == "AGE":
            return "%d岁" % rng.randint(18, 86)
        if kind == "SEX":
            return rng.choice("男女")
        if kind == "DATE":
            return _date(rng)
        if kind == "EDATE":
            return "%d %s %d" % (rng.randint(1, 28), rng.choice(_MONTHS_E), rng.randint(2024, 2026))
        if kind == "TIME":
            return "%d:%02d" % (rng.randint(7, 22), rng.randrange(60))
        if kind == "YEAR":
            return str(rng.randint(2012, 2026))
        if kind == "ROOM":
            return rng.choice(("%d栋%d单元%d室" % (rng.randint(1, 18), rng.randint(1, 4), rng.randint(101, 1802)),
                               "%d室" % rng.randint(101, 2502), "%d号" % rng.randint(1, 300)))
        if kind == "PLATE":
            letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
            return rng.choice(_PROVINCES) + rng.choice("ABCDEFGHJK") + rng.choice(("·", "", " ")) + \
                "".join(rng.choice(letters) for _ in range(5))
        if kind == "NUM":
            return str(rng.randint(2, 60))
        if kind == "NUM2":
            return str(rng.randint(18, 80))
        if kind == "NUM3":
            return str(rng.randint(101, 2808))
        if kind == "NUM4":
            return "%04d" % rng.randrange(10000)
        if kind == "AGEY":
            return str(rng.randint(10, 120) * 10)
        if kind == "AMT":
            return "%d元" % rng.choice((rng.randint(50, 999), rng.randint(1000, 38000)))
        if kind == "AMTN":
            return "{:,}".format(rng.randint(800, 26000))
        if kind == "FLOAT":
            return "%.1f" % rng.uniform(0.2, 1.9)
        if kind == "PHV":
            return "%.1f" % rng.uniform(6.6, 8.2)
        if kind == "CODE":
            return "%s%d%04d" % (rng.choice(("GS", "BA", "XK", "JK", "FY", "LS", "HY")), rng.randint(2019, 2026),
                                 rng.randrange(10000))
        if kind == "IMEI":
            return "86" + "".join(rng.choice("0123456789") for _ in range(13))
        if kind == "VIL":
            return rng.choice(_VILLAGES)
        if kind == "VILE":
            return rng.choice(_VILLAGES_E)
        if kind == "SHOP":
            return rng.choice(_SHOPS)
        if kind == "OFFICE":
            return rng.choice(_OFFICES)
        raise KeyError(kind)


def _overlaps(text, spans, needle):
    i = text.find(needle)
    while i >= 0:
        for a, b in spans:
            if i < b and a < i + len(needle):
                return True
        i = text.find(needle, i + 1)
    return False


def _cell_ok(cell, text, state):
    names = cell.names
    if cell.family == "lookalike_only":
        if names:
            return False
    elif not names:
        return False
    if len(set(names)) != len(names):
        return False
    spans = []
    for nm in names:
        i = text.find(nm)
        if i < 0 or text.find(nm, i + 1) >= 0 or nm in state.corpus:
            return False
        spans.append((i, i + len(nm)))
    for lk in cell.looks:
        if lk not in text or _overlaps(text, spans, lk):
            return False
    return not state.names_in(text)


def _quotas(n):
    total = sum(WEIGHTS[f] for f in FAMILIES)
    raw = [(n * WEIGHTS[f] / total) for f in FAMILIES]
    counts = [int(x) for x in raw]
    order = sorted(range(len(FAMILIES)), key=lambda k: (-(raw[k] - counts[k]), k))
    for k in order[: n - sum(counts)]:
        counts[k] += 1
    return counts


def _build(n=2000, seed=2525):
    """Return (remarks, meta); meta[i] = {"domain": ..., "cued": [...]} for the tests."""
    rng = random.Random(seed)
    fams = [f for f, c in zip(FAMILIES, _quotas(n)) for _ in range(c)]
    rng.shuffle(fams)
    state = _State()
    remarks, meta = [], []
    for fam in fams:
        for _attempt in range(400):
            domain = fam if fam in DOMAINS else rng.choice(DOMAINS)
            cell = _Cell(rng, fam, domain, state)
            try:
                text = cell.render(rng.choice(_T[fam]))
            except RuntimeError:
                continue
            if _cell_ok(cell, text, state):
                break
        else:  # pragma: no cover - the retry budget is never exhausted in practice
            raise RuntimeError("could not build a %s cell" % fam)
        state.commit(text, cell.names)
        remarks.append(Remark(text=text, family=fam, names=list(cell.names), lookalikes=list(cell.looks),
                              public_officials=fam in PUBLIC_FAMILIES))
        meta.append({"domain": domain, "cued": list(cell.cued)})
    return remarks, meta


def make_remarks(n=2000, seed=2525) -> list[Remark]:
    """The frozen set: ``n`` remark cells, deterministic for (n, seed)."""
    return _build(n, seed)[0]
