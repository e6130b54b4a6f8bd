"""Frozen free-text remarks, edition 21: a blind test set of de-identification targets.

What it is
    A deterministic generator of short free-text remarks (备注 cells, window notes, patrol logs,
    hotline tickets, 公示 texts, an English export) such as Chinese county and city offices write.
    Each cell carries the private persons' names planted in it and the look-alikes it holds
    (strings that resemble names but must stay). It is a FROZEN test set: nobody tunes a rule on it.

Who wrote it, and what was read
    Written blind by a helper session on branch ``h-remarks21`` (2026-12-06), from its own knowledge
    of how such notes are worded. Read: the brief (notes/brief21.md); in shared/reference/DOMAIN.md
    only the sections "Personal data in public listings" and "Administrative penalty publicity";
    lines 170-178 of benchmarks/frozen/remarks.py (the ``Remark`` dataclass, imported not copied);
    the heading list of DOMAIN.md (``grep -n '^#'``), as the brief directs.
    Not read: src/, any other generator, benchmark, test or .tsv list; no git log/show/diff of
    others' work; no de-identification code was run on this set.
    Slips: none known. (An ``ls`` of benchmarks/frozen and of tests was run piped to ``head -0``,
    so it printed nothing; ``git status`` of this worktree showed only the untracked .venv link;
    no file outside the list above was opened and the detector was never seen.)

Families (16)
    Twelve office domains, roughly equal weight (0.055 each): disability_allowance (两项补贴, 辅助器具
    适配), conscription (征兵 报名/体检/政审, 义务兵家庭优待金), medical_filing (异地就医 备案, 手工报销),
    homestead (宅基地 申请/审批, 农房 巡查), wildlife_damage (野生动物 致害 补偿), street_vendor
    (流动摊贩 登记, 疏导点, 城管 劝导), school_bus (校车, 接送 logs), family_planning (奖励扶助 /
    特别扶助), noise_hotline (12345 噪音, 邻里 纠纷), group_rental (群租房, 出租屋 消防), residence_permit
    (居住证, 积分入学), drowning_watch (防溺水 巡查, 家长 告知); plus english_export (0.08),
    minority_listing (0.08), public_notice (0.09, the only family with ``public_officials=True``) and
    lookalike_only (0.08, no name at all). Family counts are fixed by largest remainder over WEIGHTS,
    then the order is shuffled. Layouts vary: labelled fields, prose, joined cells (|, /, ;), numbered
    and 、/；-lists, dated logs.

Surface forms of names
    Han names: surnames by rough real frequency (王 李 张 刘 陈 ... 冉 蒙 农), rare surnames (禤 逄 笪 乜
    仉 郗 ...), compound surnames (欧阳 司马 诸葛 上官 令狐 皇甫 ...); one- and two-character given names,
    old rural names (桂兰 铁柱 来福 招娣), modern ones (梓涵 浩然), and names that are ordinary words
    (高峰 田野 金城 江河 白云). Minority names in written forms: Uyghur/Kazakh given·father with ·
    • ・ ． . or no separator, Tibetan joined names, Yi clan+given, Mongolian, Hui, 朝鲜族, Zhuang, Miao,
    Dai (岩/玉), Manchu (incl. 爱新觉罗·X), Bai, Naxi (和), Hani, Lisu. English: pinyin in both orders,
    UPPER-case surnames, initials, hyphenated/joined/split given names, Cantonese, Wade-Giles/Taiwan,
    English given name + Chinese surname, Uyghur/Kazakh/Tibetan romanised.
    Positions: cell start, after labels/roles, with kinship words (其母, 之子, 妻, 外孙), after particles
    and verbs (由 经 与 向 替 交给 通知), in 、- and ；-lists, mid-prose, in brackets, next to ages, rooms,
    plates, masked or fake valid resident IDs (ISO 7064 MOD 11-2 check) and phones, two names joined
    only as "XY夫妇". At least a third of the names carry no cue word (checked by the tests through
    ``_generate``). Staff named in non-notice notes (经办, 驾驶员, 网格员) are private names; only in
    public_notice are officials in their public role (审批人, 经办人, 审核人, 复核人, 监督电话联系人,
    评议小组成员, 村两委成员, 驻村第一书记, 公示单位负责人) look-alikes.

Look-alike classes
    domain (each family's own words that begin with a surname character: assistive devices, wild
    animals and crops, street foods, bus stops and schools, rental villages, rivers and ponds, hotline
    apps, hospitals; >= 40% of look-alike occurrences), place, road, firm/shop/brand/product, dish,
    disease named after a person, common word beginning with a surname character, masked name
    (张某, 李**), surname with a title (刘师傅, Mr Wang), famous person or public work, official
    (public_notice only). English look-alikes: districts, roads, brands, hospitals in pinyin,
    festivals, months, words that are pinyin syllables.

Contract (see tests/test_frozen_remarks_v21.py)
    Each cell is written, checked, and rewritten from the same random stream until it meets the
    per-cell contract and clashes with no earlier cell, so the set is unique-name by construction.
    make_remarks(n, seed) is deterministic (random.Random(seed) only). Every planted name occurs
    exactly once in its cell, overlaps no look-alike occurrence, and occurs in no other cell's text;
    every look-alike occurs in its cell; lookalike_only cells hold no name, all others at least one;
    public_officials is True exactly for public_notice.
"""

from __future__ import annotations

import random

from .remarks import Remark

VERSION = "frozen-remarks-21 (2026-12-06)"

FAMILIES = (
    "disability_allowance",
    "conscription",
    "medical_filing",
    "homestead",
    "wildlife_damage",
    "street_vendor",
    "school_bus",
    "family_planning",
    "noise_hotline",
    "group_rental",
    "residence_permit",
    "drowning_watch",
    "english_export",
    "minority_listing",
    "public_notice",
    "lookalike_only",
)
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
DOMAINS = FAMILIES[:12]
WEIGHTS = {f: 0.055 for f in DOMAINS}
WEIGHTS.update({"english_export": 0.08, "minority_listing": 0.08,
                "public_notice": 0.09, "lookalike_only": 0.08})

# ---------------------------------------------------------------- surnames and given names
_SURNAME_FREQ = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22), ("赵", 20),
    ("吴", 20), ("周", 19), ("徐", 13), ("孙", 12), ("马", 12), ("朱", 12), ("胡", 11), ("郭", 11),
    ("何", 10), ("林", 10), ("高", 10), ("罗", 9), ("郑", 8), ("梁", 8), ("谢", 7), ("宋", 6),
    ("唐", 6), ("许", 5), ("韩", 5), ("邓", 5), ("冯", 5), ("曹", 5), ("彭", 5), ("曾", 5), ("肖", 5),
    ("田", 5), ("董", 4), ("潘", 4), ("袁", 4), ("蔡", 4), ("蒋", 4), ("余", 4), ("于", 4), ("杜", 4),
    ("叶", 4), ("程", 4), ("魏", 3), ("苏", 3), ("吕", 3), ("丁", 3), ("任", 3), ("卢", 3), ("姚", 3),
    ("沈", 3), ("钟", 3), ("姜", 3), ("崔", 3), ("谭", 3), ("陆", 3), ("范", 3), ("汪", 3), ("廖", 3),
    ("石", 2), ("金", 2), ("韦", 2), ("贾", 2), ("夏", 2), ("付", 2), ("方", 2), ("邹", 2), ("熊", 2),
    ("白", 2), ("孟", 2), ("秦", 2), ("邱", 2), ("侯", 2), ("江", 2), ("尹", 2), ("薛", 2), ("闫", 2),
    ("段", 2), ("雷", 2), ("龙", 2), ("黎", 2), ("史", 2), ("陶", 2), ("贺", 2), ("毛", 2), ("郝", 2),
    ("顾", 1), ("龚", 1), ("邵", 1), ("万", 1), ("覃", 1), ("武", 1), ("钱", 1), ("戴", 1), ("严", 1),
    ("莫", 1), ("孔", 1), ("向", 1), ("常", 1), ("汤", 1), ("康", 1), ("易", 1), ("乔", 1), ("赖", 1),
    ("文", 1), ("施", 1), ("洪", 1), ("辛", 1), ("柴", 1), ("牛", 1), ("温", 1), ("庞", 1), ("樊", 1),
    ("兰", 1), ("殷", 1), ("章", 1), ("葛", 1), ("鲁", 1), ("柳", 1), ("祝", 1), ("甘", 1), ("齐", 1),
    ("包", 1), ("单", 1), ("宁", 1), ("卜", 1), ("左", 1), ("申", 1), ("岳", 1), ("耿", 1), ("聂", 1),
    ("翟", 1), ("焦", 1), ("冉", 1), ("蒙", 1), ("农", 1), ("车", 1), ("花", 1), ("柯", 1), ("梅", 1),
    ("盛", 1), ("安", 1), ("房", 1), ("应", 1), ("卫", 1), ("成", 1), ("苗", 1), ("景", 1), ("桂", 1),
)
_RARE_SURNAMES = ("禤", "逄", "笪", "乜", "仉", "郗", "佴", "厍", "缑", "亓", "隗", "昝", "蒯", "晁",
                  "逯", "眭", "訾", "郜", "郇", "宓", "麴", "璩", "冼", "羊", "鹿", "费", "门", "沙",
                  "谷", "麻", "双", "计", "广", "冷", "和", "艾", "那", "古", "纳", "毕", "巴", "哈",
                  "宣", "冀", "吉", "湛", "练", "蓝", "凌", "云", "关", "佟", "滕", "全", "平", "华",
                  "明")
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "令狐", "皇甫", "东方", "慕容", "司徒", "尉迟",
                      "公孙", "宇文", "长孙", "夏侯", "端木", "独孤", "南宫", "呼延", "轩辕", "申屠",
                      "钟离", "闻人", "澹台", "万俟")
SURNAMES = tuple(s for s, _ in _SURNAME_FREQ) + _RARE_SURNAMES + _COMPOUND_SURNAMES
_SN, _SW = zip(*_SURNAME_FREQ)

_GIVEN1 = tuple("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚斌鹏辉华琳颖倩婷雪萍蕾峰健凯瑶欣浩琦璐昊岚彬"
                "翔慧燕荣莉玲红梅兵宇鑫帅晨阳旭")
_GIVEN2_MODERN = (
    "建国", "建华", "志强", "志明", "国强", "国庆", "海涛", "海燕", "晓燕", "晓明", "晓东", "丽华",
    "丽娟", "文华", "德胜", "宏伟", "俊杰", "子轩", "浩然", "梓涵", "欣怡", "雨桐", "一诺", "思彤",
    "佳怡", "子涵", "宇航", "博文", "梓萱", "诗涵", "睿泽", "沐阳", "若曦", "可馨", "嘉怡", "俊熙",
    "明辉", "永红", "永刚", "新民", "卫东", "向东", "红旗", "跃进", "援朝", "建军", "爱华", "爱民",
    "亚男", "胜利", "国平", "大伟", "小龙", "天佑", "子墨", "语桐", "芷若", "皓轩", "一鸣", "晨曦",
    "嘉琪", "梦瑶", "雅婷", "美玲", "彩霞", "立新", "振华", "秋菊", "丽萍", "春燕", "玉珍", "凤霞",
    "文静", "晓峰", "海波", "志刚", "家乐", "思远", "铭泽", "书瑶", "奕辰", "安然", "俊豪", "紫萱",
)
_GIVEN2_RURAL = (
    "桂兰", "铁柱", "来福", "狗蛋", "二妞", "翠花", "招娣", "来娣", "拴柱", "满仓", "金锁", "银锁",
    "根生", "有才", "富贵", "长贵", "水生", "大牛", "二狗", "改花", "秀芝", "喜梅", "春花", "腊梅",
    "三娃", "存根", "保国", "德旺", "贵生", "冬生", "引弟", "荷花", "凤兰", "秀英", "桂英", "玉兰",
    "淑珍", "凤英", "春梅", "红梅", "金凤", "月娥", "素芬", "翠兰", "秋生", "福贵", "顺子", "老四",
)
_WORD_NAMES = ("高峰", "田野", "金城", "江河", "白云", "方圆", "夏天", "于洋", "石磊", "万里",
               "林海", "白雪", "高山", "马力", "丁香", "安宁", "常青", "贺喜", "钱进", "高洁",
               "李想", "甘甜", "宁静", "向前", "明月", "程程", "江山", "文明", "齐心", "高原",
               "白露", "方正", "黄金", "林立", "马达", "田园", "钱多", "夏雨", "秦川", "龙飞",
               "万全", "武功", "文静", "安静", "高明", "高兴", "江南", "常乐", "金鑫", "杨帆",
               "丁宁", "成功", "甘露", "石坚", "朱红", "包容", "余音", "温暖", "温柔", "洪涛",
               "江涛", "谷雨", "柳絮", "蓝天", "白杨", "梅花", "叶青", "文章", "雷鸣", "雷霆",
               "关心", "任重", "凌云", "云海", "严明", "全能", "卫星", "高飞", "高远", "林涛",
               "马骏", "何必", "夏至", "秋实", "金秋", "高升", "向阳", "韩冰", "冷静", "毕生")

# minority written forms
_SEPS = ("·", "•", "・", "．", ".", "")
_UY_GIVEN = ("阿卜杜拉", "买买提", "艾力", "吐尔逊", "阿依古丽", "古丽娜尔", "热依拉", "帕提古丽",
             "努尔买买提", "艾合买提", "阿迪力", "迪丽努尔", "玉素甫", "热合曼", "沙吾提", "麦麦提敏",
             "祖力亚", "米日古丽", "亚森", "吾买尔", "依明", "卡德尔", "阿不都热依木", "布维阿依谢姆")
_UY_FATHER = ("买买提", "吐尔逊", "艾合买提", "玉素甫", "阿不都拉", "热合曼", "司马义", "肉孜",
              "尼亚孜", "库尔班", "阿布力米提", "艾则孜", "吾守尔", "托合提")
_KZ_GIVEN = ("努尔兰", "叶尔兰", "阿依达娜", "古丽娜", "别克", "哈力木", "加娜尔", "叶尔江",
             "巴合提亚尔", "沙吾列", "阿依登", "阿斯哈尔")
_KZ_FATHER = ("叶尔兰", "吐尔逊别克", "努尔别克", "哈孜", "托合塔尔", "赛力克", "马合沙提", "胡安")
_TB_A = ("扎西", "次仁", "格桑", "尼玛", "达瓦", "旦增", "洛桑", "索朗", "白玛", "边巴", "普布",
         "拉巴", "平措", "德吉", "益西", "罗布", "贡嘎", "强巴")
_TB_B = ("多吉", "卓玛", "拉姆", "次仁", "央金", "平措", "丹增", "旺堆", "曲珍", "顿珠", "旺杰",
         "卓嘎", "措姆", "桑珠", "加措", "央宗")
_YI_CLAN = ("吉克", "阿苏", "沙马", "俄底", "阿约", "马海", "海来", "勒尔", "吉木", "曲比", "阿尔", "吉伍")
_YI_GIVEN = ("阿呷", "拉则", "曲布", "木乃", "阿果", "子体", "伍合", "尔且", "阿牛", "拉哈", "日火", "石哈")
_MG = ("巴特尔", "乌云其木格", "其其格", "敖登", "苏和", "额尔敦", "朝鲁", "那仁", "阿拉坦", "宝音",
       "图雅", "萨仁", "娜仁花", "巴雅尔", "孟克", "吉日格勒", "哈斯", "乌兰", "格日勒图", "特木尔")
_DAI = ("岩", "玉", "刀", "召", "依")
_DAI_G = ("温", "罕", "叫", "香", "南", "光", "应", "坎", "拉", "燕", "丙", "旺", "囡", "帅", "腊")
_KOR_SN = ("金", "朴", "李", "崔", "郑", "姜", "尹", "韩", "申", "许", "全", "洪")
_KOR_G = ("成浩", "永哲", "顺姬", "英爱", "明淑", "光日", "哲洙", "春子", "贞善", "东植", "京玉",
          "美兰", "相勋", "昌浩", "银淑", "在元", "花子", "秀贤")
_HAN_LIKE = {  # ethnic group -> (surnames, given names)
    "回族": (("马", "哈", "纳", "沙", "穆", "海", "丁", "回"),
             ("哈麦", "金花", "忠贵", "玉兰", "萨", "力", "伊斯玛", "学武", "尔撒", "阿舍", "素梅")),
    "壮族": (("韦", "覃", "黄", "蒙", "农", "陆", "莫", "卢"),
             ("二妹", "桂英", "志强", "美玉", "秀芳", "文忠", "金凤", "三弟", "福生", "妹仔")),
    "苗族": (("龙", "吴", "石", "麻", "滕", "侯", "欧"),
             ("老九", "阿妹", "秀英", "金花", "老四", "阿秀", "妹珍", "老二", "阿保")),
    "满族": (("关", "佟", "那", "索", "富", "鄂", "伊"),
             ("淑芬", "家伟", "长林", "玉琴", "德顺", "文奎", "凤鸣", "秀云")),
    "白族": (("段", "尹", "赵", "杨", "张", "字"), ("金花", "志兰", "阿鹏", "丽珍", "海月", "五妹")),
    "纳西族": (("和", "木"), ("志强", "丽华", "春花", "桂英", "文光", "玉龙妹", "国才")),
    "哈尼族": (("朱", "白", "李", "杨", "车"), ("然者", "阿嘎", "阿普", "阿沙", "者黑", "批然")),
    "傈僳族": (("余", "蜂", "胡", "麻", "熊", "恒"), ("阿普", "扒四", "阿娜", "三妹", "阿花", "四妹", "扒五")),
}
_MANCHU_CLAN = ("爱新觉罗", "叶赫那拉", "瓜尔佳")
_MANCHU_G = ("恒兴", "启瑞", "毓秀", "溥峰", "文芳", "德厚")

# romanisation
_PY_SN = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
          "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang",
          "Han", "Deng", "Feng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai",
          "Jiang", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Yao", "Shen", "Zhong",
          "Cui", "Tan", "Fan", "Ouyang", "Sima", "Zhuge", "Qin", "Hou", "Duan", "Lei", "Long")
_PY_G = ("wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie",
         "juan", "tao", "ming", "chao", "xia", "ping", "gang", "hui", "hua", "lin", "ying", "qian",
         "ting", "xue", "peng", "hao", "xin", "yu", "jia", "zi", "xuan", "ran", "yi", "nuo", "shu",
         "fen", "gui", "lan", "tie", "zhu", "fu", "xiu", "jian", "guo", "zhi", "hai", "chun", "mei",
         "dong", "hong", "xiao", "kai", "rui", "bo", "wen", "qing", "yue")
_WG_SN = ("Chang", "Chen", "Lin", "Huang", "Hsu", "Tsai", "Wu", "Kuo", "Hsieh", "Cheng", "Chiang",
          "Lee", "Liu", "Yang", "Wang", "Tseng", "Chou", "Hung", "Lai", "Yeh", "Chuang", "Lu", "Tsao")
_WG_G = ("Wei", "Chih", "Ming", "Shu", "Fen", "Yi", "Chun", "Chien", "Hung", "Hsiao", "Wen", "Kuo",
         "Hua", "Ya", "Ting", "Tsung", "Han", "Chia", "Hao", "Yu", "Mei", "Ling", "Kai", "Hsin", "Pei",
         "Jung", "Te", "Chung", "Lun", "Hsien", "Tzu")
_CT_SN = ("Chan", "Wong", "Cheung", "Leung", "Lau", "Ho", "Ng", "Tsang", "Lam", "Yeung", "Tang",
          "Chow", "Fung", "Kwok", "Mak", "Tse", "Yip", "Lo", "Cheng", "Siu")
_CT_G = ("Tai", "Man", "Ka", "Wai", "Siu", "Ming", "Chiu", "Wing", "Kei", "Yuen", "Ting", "Mei",
         "Ling", "Chi", "Keung", "Yan", "Hoi", "Kwan", "Sze", "Lok", "Fai", "Kin", "Shing", "Pui",
         "Suet", "Yee", "Hin", "Tsz")
_EN_GIVEN = ("Kevin", "Amy", "Jason", "Cindy", "Tony", "Grace", "Eric", "Vivian", "Jack", "Lily",
             "Peter", "Helen", "Michael", "Annie", "David", "Joyce", "Frank", "Coco", "Sam", "Winnie",
             "Rachel", "Bruce", "Iris", "Leo", "Sunny", "Angela")
# pinyin syllables that are surnames (used to check that English domain look-alikes begin with one)
EN_SURNAME_SYLLABLES = _PY_SN + ("Fang", "Bai", "Jin", "Tong", "Qi", "Hua", "Kang", "Wan")
_UY_ROM = ("Alimjan", "Mehmet", "Abdulla", "Gulnur", "Ayshem", "Nurmemet", "Erkin", "Dilnur",
           "Patime", "Ablikim", "Yasin", "Memtimin", "Kadir", "Mihray", "Rahile")
_UY_ROM_F = ("Tursun", "Ahmet", "Rozi", "Niyaz", "Ablimit", "Kurban", "Hesen", "Obul", "Sidiq",
             "Emet", "Yusup")
_KZ_ROM = ("Nurlan", "Aidos", "Asem", "Yerlan", "Bolat", "Gulnar", "Aigerim", "Dauren")
_KZ_ROM_F = ("Serik", "Nurbek", "Tokhtar", "Kairat", "Askar")
_TB_ROM = ("Tenzin", "Pema", "Dawa", "Tsering", "Sonam", "Nyima", "Tashi", "Kelsang", "Lobsang",
           "Jampa", "Dekyi", "Phuntsok")
_TB_ROM_B = ("Dorje", "Lhamo", "Norbu", "Drolma", "Yangzom", "Tsewang", "Wangdu", "Choedon",
             "Gyatso", "Dhondup")

# ---------------------------------------------------------------- look-alike pools
_DOM = {
    "disability_allowance": {
        "dev": ("高背轮椅", "方便椅", "白手杖", "安全扶手", "成人纸尿裤", "马桶增高器", "单拐", "金属拐杖",
                "石膏托", "左耳助听器", "易握餐具", "万向轮助行器", "温控坐垫", "康复器材"),
        "svc": ("康复训练", "康复中心"),
        "doc": ("申请表",),
    },
    "conscription": {
        "org": ("武装部", "全国征兵网"),
        "who": ("应征青年",),
        "body": ("文身", "平足"),
        "doc": ("高中毕业证", "贺信"),
        "unit": ("陆军", "武警部队"),
        "misc": ("安家费", "戴红花", "文化考核"),
    },
    "medical_filing": {
        "hosp": ("华西医院", "齐鲁医院", "宣武医院", "安贞医院", "盛京医院", "郑大一附院", "江苏省人民医院",
                 "苏大附一院", "梅州市人民医院"),
        "doc": ("费用清单", "单据"),
        "svc": ("门诊慢特病",),
    },
    "homestead": {
        "bld": ("房屋", "毛坯房", "柴房", "牛圈", "羊圈", "卫生间"),
        "mat": ("石棉瓦", "沙石料", "毛石", "龙门架"),
        "land": ("田坎", "林地", "谷场"),
        "who": ("包工头",),
    },
    "wildlife_damage": {
        "animal": ("熊", "熊瞎子", "黄鼠狼", "黄麂", "毛冠鹿", "马鹿", "白鹇"),
        "crop": ("花生", "甘蔗", "马铃薯", "高粱", "杨梅", "李子树"),
        "herb": ("葛根", "金银花"),
        "shed": ("牛棚",),
    },
    "street_vendor": {
        "food": ("麻辣烫", "章鱼小丸子", "包子", "胡辣汤", "羊肉串", "牛肉面", "车轮饼", "梅干菜饼",
                 "桂花糕", "沙县小吃", "黄焖鸡米饭", "杨枝甘露", "韩式炸鸡", "金针菇", "万州烤鱼",
                 "马蹄糕", "柴火鸡"),
    },
    "school_bus": {
        "school": ("黄庄小学", "李家湾中心校", "张村幼儿园", "石桥镇中心小学", "金星幼儿园", "杨柳小学",
                   "马坊中学"),
        "stop": ("高桥站", "柳树湾站", "宋家沟站", "孙庄路口站"),
        "equip": ("安全带", "车载监控", "车况"),
    },
    "family_planning": {
        "org": ("卫健局", "卫生院", "全员人口信息系统"),
        "type": ("双女户", "农业户口"),
        "doc": ("明白卡",),
        "staff": ("计生专干",),
        "misc": ("金额", "史料", "程序"),
    },
    "noise_hotline": {
        "app": ("冀时办", "苏服办", "甘快办", "蒙速办", "秦务员", "吉事办", "宁归来"),
        "src": ("麻将", "高音喇叭", "施工", "广场舞"),
        "place": ("万达广场",),
    },
    "group_rental": {
        "vil": ("石牌村", "冼村", "杨箕村", "唐家岭", "白石洲", "黄贝岭", "蔡屋围", "向西村", "宋家庄",
                "马连洼", "史各庄", "柯子岭", "康乐村"),
        "role": ("房东", "包租"),
    },
    "residence_permit": {
        "doc": ("房产证", "常住人口登记卡", "单位证明", "申请材料", "明细"),
        "area": ("龙华区", "罗湖区", "龙岗区", "钱江新城", "高新区"),
    },
    "drowning_watch": {
        "water": ("白沙河", "柳河", "马家塘", "何家堰", "周家水库", "石门水库", "龙潭", "汤家河", "钱塘江",
                  "沙河", "黄泥塘", "葛家坝", "江边"),
    },
    "english_export": {
        "area": ("Huangpu District", "Wangfujing", "Zhangjiang", "Longgang District", "Fangzhuang",
                 "Xuhui District", "Songjiang", "Jiangbei", "Lujiazui", "Baiyun District",
                 "Luohu District"),
        "road": ("Gaoxin Road", "Heping Road", "Jinshui Road"),
        "hosp": ("Huaxi Hospital", "Xiehe Hospital", "Tongji Hospital", "Qilu Hospital",
                 "Zhongshan Hospital"),
        "brand": ("Li-Ning", "Tongrentang", "Kangshifu", "Zhou Hei Ya"),
        "plaza": ("Wanda Plaza",),
        "fest": ("Duanwu Festival", "Yuanxiao"),
    },
    "minority_listing": {
        "food": ("哈密瓜", "马奶酒", "包尔萨克", "白族三道茶"),
        "craft": ("和田玉", "艾德莱斯绸", "苗绣"),
        "fest": ("那达慕", "古尔邦节", "龙船节", "花山节"),
        "art": ("马头琴", "纳西古乐", "毕摩经"),
        "thing": ("哈达", "蒙古包", "金达莱"),
        "area": ("巴扎", "石榴籽家园"),
    },
}
# domain words: each family's own vocabulary beginning with a surname character
DOMAIN_LOOKALIKES = {f: tuple(w for sub in d.values() for w in sub) for f, d in _DOM.items()}
_LA = {
    "place": ("王府井", "李家坝", "张家界", "刘家峡", "陈家桥", "杨家坪", "黄山", "周庄", "吴江",
              "徐汇", "孙家湾", "马鞍山", "朱家角", "胡家庙", "郭家屯", "何家营", "林口", "罗湖",
              "郑州", "梁平", "谢家湾", "韩城", "唐山", "于洪区", "董家渡", "萧山", "曹家渡",
              "袁家岭", "许昌", "沈阳", "曾厝垵", "彭州", "吕梁", "苏州", "卢沟桥", "蔡家坡", "贾汪",
              "潘家园", "夏邑", "钟祥", "任丘", "姜堰", "方庄", "石景山", "邹城", "金山", "陆家嘴",
              "白云区", "康定", "秦皇岛", "江北", "顾村", "侯马", "邵阳", "孟津", "龙岗", "万州",
              "雷州", "常州", "武昌", "乔司", "贺兰", "龚滩", "文昌", "宋庄", "丁桥"),
    "road": ("黄河路", "张江路", "文化路", "高新路", "金桥路", "杨树浦路", "林荫路", "马当路",
             "白沙路", "宋园路", "梁溪路", "曹杨路", "万春街", "胡同口", "龙华路", "石门二路"),
    "firm": ("王老吉", "李宁", "张小泉", "周黑鸭", "陈李济", "马应龙", "杨国福麻辣烫", "刘一手火锅",
             "江小白", "钟薛高", "白象方便面", "金龙鱼", "康师傅", "徐福记", "谭木匠", "曹操出行",
             "高德地图", "华为", "海底捞", "温氏", "雷士照明", "方太", "罗森便利店"),
    "dish": ("东坡肉", "麻婆豆腐", "宋嫂鱼羹", "左宗棠鸡", "毛血旺", "胡辣汤", "钟水饺", "赖汤圆",
             "龙抄手", "韩包子", "过桥米线", "白切鸡", "宫保鸡丁", "马蹄糕"),
    "disease": ("帕金森病", "阿尔茨海默病", "唐氏综合征", "马凡综合征", "雷诺综合征", "霍奇金淋巴瘤",
                "贝尔面瘫", "克罗恩病"),
    "word": ("王牌", "张贴", "刘海", "陈旧", "杨树", "黄色", "周末", "马上", "胡萝卜", "何时",
             "高度", "林地", "罗列", "郑重", "宋体", "谢谢", "于是", "董事", "程序", "许可", "曾经",
             "苏醒", "丁字路口", "叶子", "余额", "杜绝", "夏季", "钟点工", "田埂", "任务", "范围",
             "方便", "石头", "熊猫", "金额", "陆续", "白天", "康复", "毛巾", "江边", "顾客", "龙头",
             "万一", "雷雨", "钱包", "汤圆", "黎明", "易拉罐", "常规", "贺卡", "文件", "安全",
             "包装", "严格", "温度", "洪水", "左右", "时间", "付款", "房屋", "齐全", "关于", "申报"),
    "masked": ("张某", "李**", "王某某", "刘*", "陈某某", "杨某", "赵*明", "黄**", "周某", "吴*芳",
               "徐某某", "孙**", "马某", "朱*", "胡某某", "郭*华", "林某", "何**", "高某某", "罗*"),
    "titled": ("刘师傅", "王阿姨", "张老师", "李医生", "陈所长", "老赵", "小周", "周大爷", "孙大姐",
               "马师傅", "吴主任", "黄书记", "郑警官", "徐总", "杨姐", "老胡", "小林", "何队长",
               "郭会计", "罗老板", "宋奶奶", "韩大夫", "邓站长", "曹经理"),
    "famous": ("学雷锋", "焦裕禄精神", "鲁迅公园", "孔子像", "李白诗", "杜甫草堂", "中山公园",
               "张思德", "钱学森", "袁隆平", "屠呦呦", "李时珍", "华佗", "孙思邈", "包公祠", "岳飞",
               "郑和", "林则徐", "詹天佑", "白求恩", "逸夫楼", "《西游记》", "黄继光", "邱少云"),
}
_LA_EN = {
    "place": ("Chaoyang District", "Tianhe", "Haidian", "Jing'an", "Nanshan"),
    "month": ("May", "June", "April", "August"),
    "word": ("Long", "Sun", "Fan", "Gang"),
    "titled": ("Mr Wang", "Ms Li", "Auntie Zhang", "Master Liu", "Dr Chen", "Uncle Zhao",
               "Old Huang", "Mrs Zhou"),
    "masked": ("Wang X.", "Li **", "Zhang Mou", "Chen ***", "Liu M*", "Huang XX"),
    "famous": ("Lei Feng", "Lu Xun Park", "Sun Yat-sen University", "Yuan Longping", "Confucius",
               "Bruce Lee", "Yao Ming"),
    "disease": ("Parkinson's disease", "Down syndrome", "Alzheimer's disease", "Bell's palsy",
                "Hodgkin lymphoma"),
    "festival": ("Spring Festival", "Qingming", "Mid-Autumn Festival", "Dragon Boat Festival"),
}
_WORD_PHRASES = (
    ("周末", "周末复查"), ("马上", "马上整改"), ("陆续", "材料陆续补齐"), ("严格", "严格落实"),
    ("郑重", "已郑重提醒"), ("文件", "文件已归档"), ("安全", "安全提示已送达"), ("白天", "白天复查"),
    ("温度", "温度正常"), ("付款", "付款已完成"), ("包装", "包装完好"), ("时间", "时间待定"),
    ("范围", "范围已核"), ("任务", "任务已派"), ("许可", "许可已查"), ("常规", "常规回访"),
    ("程序", "程序合规"), ("方便", "方便群众"), ("谢谢", "谢谢配合"), ("黎明", "黎明前再巡一次"),
    ("夏季", "夏季高发"), ("雷雨", "雷雨天暂停"), ("万一", "万一有事电话联系"), ("于是", "于是再次上门"),
    ("关于", "关于此事已报告"), ("曾经", "曾经投诉过"), ("何时", "何时整改待定"),
    ("左右", "左右邻居已告知"), ("高度", "高度重视"), ("齐全", "材料齐全"), ("张贴", "通知已张贴"),
    ("罗列", "问题已罗列"), ("申报", "申报已提交"), ("钟点工", "钟点工在场"), ("杜绝", "杜绝再犯"),
    ("易拉罐", "易拉罐垃圾已清"), ("钱包", "钱包遗失已登记"), ("顾客", "顾客已疏散"),
)
_WORD_PHRASES_EN = (
    ("Long", "Long queue at the stall"), ("Sun", "Sun blinds fitted"), ("Fan", "Fan heater unplugged"),
    ("Gang", "Gang of teenagers dispersed"), ("Long", "Long wait at the window"),
)
_BLOB = "\n".join(
    [w for v in DOMAIN_LOOKALIKES.values() for w in v]
    + [w for v in _LA.values() for w in v] + [w for v in _LA_EN.values() for w in v])

# neutral fillers (not name-like, not recorded)
_TOWNS = ("城关镇", "青山乡", "凤凰街道", "三河镇", "永兴镇", "北关街道", "太平乡", "大坪镇", "清溪镇")
_VILS = ("东风村", "幸福村", "红旗社区", "光明社区", "太平村", "长岭村", "大坪村", "五里桥社区",
         "清水村", "新民村", "大河村", "团结村", "坪上村", "四合村")
_ID_AREAS = ("530102", "370102", "410105", "510107", "450103", "522301", "653101", "420111",
             "360102", "150102", "540102", "632801", "222401", "533103")
_CATS = ("肢体", "视力", "听力", "言语", "智力", "精神", "多重")
_ROMAN_CN = "一二三四"


def _check_char(body: str) -> str:
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]


class _Ctx:
    """Collects the names and look-alikes of one cell while its text is written."""

    def __init__(self, rng: random.Random, family: str, taken: set):
        self.r = rng
        self.fam = family
        self.taken = taken
        self.names: list[str] = []
        self.kinds: list[str] = []
        self.las: list[str] = []
        self.cls: list[str] = []

    # --- small helpers
    def P(self, seq):
        return self.r.choice(seq)

    def k(self, a, b):
        return self.r.randint(a, b)

    def _fresh(self, gen):
        for _ in range(400):
            s = gen()
            if (s not in self.taken and s not in self.names and s not in self.las
                    and s not in _BLOB):
                return s
        raise RuntimeError("name space exhausted")

    def _record(self, s, kind):
        self.names.append(s)
        self.kinds.append(kind)
        return s

    # --- names
    def _han_raw(self):
        r = self.r.random()
        if r < 0.09:
            return self.P(_WORD_NAMES)
        if r < 0.14:
            sn = self.P(_COMPOUND_SURNAMES)
        elif r < 0.21:
            sn = self.P(_RARE_SURNAMES)
        else:
            sn = self.r.choices(_SN, _SW)[0]
        g = self.r.random()
        if g < 0.32:
            return sn + self.P(_GIVEN1)
        if g < 0.75:
            return sn + self.P(_GIVEN2_MODERN)
        return sn + self.P(_GIVEN2_RURAL)

    def n(self, kind="none"):
        """A private Han name; kind: 'none' (no cue), 'cue' (label/role/kinship), 'verb'."""
        return self._record(self._fresh(self._han_raw), kind)

    def _mino_raw(self):
        t = self.k(0, 13)
        sep = self.P(_SEPS)
        if t in (0, 1):
            self._eth = "维吾尔族"
            return self.P(_UY_GIVEN) + sep + self.P(_UY_FATHER)
        if t == 2:
            self._eth = "哈萨克族"
            return self.P(_KZ_GIVEN) + sep + self.P(_KZ_FATHER)
        if t == 3:
            self._eth = "藏族"
            return self.P(_TB_A) + self.P(_TB_B)
        if t == 4:
            self._eth = "彝族"
            return self.P(_YI_CLAN) + self.P(_YI_GIVEN)
        if t == 5:
            self._eth = "蒙古族"
            a = self.P(_MG)
            return a + sep + self.P(_MG) if self.r.random() < 0.4 else a
        if t == 6:
            self._eth = "傣族"
            return self.P(_DAI) + self.P(_DAI_G) + self.P(("", "", self.P(_DAI_G)))
        if t == 7:
            self._eth = "朝鲜族"
            return self.P(_KOR_SN) + self.P(_KOR_G)
        if t == 8:
            self._eth = "满族"
            return self.P(_MANCHU_CLAN) + self.P(("·", "・", "")) + self.P(_MANCHU_G)
        grp = self.P(sorted(_HAN_LIKE))
        self._eth = grp
        sns, gs = _HAN_LIKE[grp]
        return self.P(sns) + self.P(gs)

    def m(self, kind="none"):
        """A minority name in its written form; its ethnic group is left in self.eth."""
        s = self._record(self._fresh(self._mino_raw), kind)
        self.eth = self._eth
        return s

    def _eng_raw(self):
        t = self.k(0, 11)
        sn = self.P(_PY_SN)
        a, b = self.P(_PY_G), self.P(_PY_G)
        if t == 0:
            return f"{sn} {a.capitalize()}{b}"
        if t == 1:
            return f"{a.capitalize()}{b} {sn}"
        if t == 2:
            return f"{sn.upper()} {a.capitalize()}{b}"
        if t == 3:
            return f"{a[0].upper()}. {b[0].upper()}. {sn}" if self.r.random() < 0.5 \
                else f"{sn} {a[0].upper()}.{b[0].upper()}."
        if t == 4:
            return f"{sn} {a.capitalize()}-{b}" if self.r.random() < 0.6 \
                else f"{a.capitalize()}-{b.capitalize()} {sn.upper()}"
        if t == 5:
            return f"{sn} {a.capitalize()} {b.capitalize()}"
        if t == 6:
            s, g1, g2 = self.P(_CT_SN), self.P(_CT_G), self.P(_CT_G).lower()
            return self.P((f"{s} {g1}-{g2}", f"{s.upper()} {g1} {g2.capitalize()}", f"{g1}-{g2} {s}"))
        if t == 7:
            s, g1, g2 = self.P(_WG_SN), self.P(_WG_G), self.P(_WG_G).lower()
            return self.P((f"{s} {g1}-{g2}", f"{g1}-{g2} {s}", f"{s.upper()} {g1}-{g2}"))
        if t == 8:
            return f"{self.P(_EN_GIVEN)} {self.P(_PY_SN + _CT_SN)}"
        if t == 9:
            return f"{self.P(_UY_ROM)} {self.P(_UY_ROM_F)}"
        if t == 10:
            return f"{self.P(_KZ_ROM)} {self.P(_KZ_ROM_F)}"
        return f"{self.P(_TB_ROM)} {self.P(_TB_ROM_B)}"

    def e(self, kind="none"):
        return self._record(self._fresh(self._eng_raw), kind)

    def off(self):
        """An official in a public role (public_notice only): a look-alike, never a planted name."""
        s = self._fresh(self._han_raw)
        return self.L("official", s)

    # --- look-alikes
    def L(self, cls, word=None):
        if word is None:
            word = self.P(_LA[cls])
        if word not in self.las:
            self.las.append(word)
            self.cls.append(cls)
        return word

    def W(self):
        """A short remark phrase holding a common word that begins with a surname character."""
        word, phrase = self.P(_WORD_PHRASES)
        self.L("word", word)
        return phrase

    def WE(self):
        """An English phrase opening with a word that is also a pinyin surname syllable."""
        word, phrase = self.P(_WORD_PHRASES_EN)
        self.L("en_word", word)
        return phrase

    def LE(self, cls):
        return self.L("en_" + cls, self.P(_LA_EN[cls]))

    def D(self, sub=None, fam=None):
        """A domain word of family fam (default: this cell's), from sub-pool sub (default: any)."""
        d = _DOM[fam or self.fam]
        pool = d[sub] if sub else DOMAIN_LOOKALIKES[fam or self.fam]
        fresh = [w for w in pool if w not in self.las]
        return self.L("domain", self.P(fresh or pool))

    # --- numbers and fillers
    def date(self):
        y, mo, d = self.P((2025, 2026, 2026)), self.k(1, 12), self.k(1, 28)
        return self.P((f"{y}年{mo}月{d}日", f"{y}-{mo:02d}-{d:02d}", f"{mo}月{d}日", f"{y}.{mo}.{d}",
                       f"{y}/{mo}/{d}"))

    def time(self):
        return f"{self.k(6, 23)}:{self.k(0, 59):02d}"

    def phone(self):
        p = self.P(("13", "15", "18", "17", "19")) + str(self.k(0, 9))
        a, b = f"{self.k(0, 9999):04d}", f"{self.k(0, 9999):04d}"
        return self.P((f"{p}{a}{b}", f"{p}-{a}-{b}", f"{p} {a} {b}", f"{p}****{b}"))

    def pid(self, masked=None):
        body = (self.P(_ID_AREAS) + f"{self.k(1940, 2012)}{self.k(1, 12):02d}{self.k(1, 28):02d}"
                + f"{self.k(0, 999):03d}")
        full = body + _check_char(body)
        if masked is None:
            masked = self.r.random() < 0.5
        if not masked:
            return full
        return self.P((full[:6] + "********" + full[14:], full[:4] + "*" * 10 + full[14:],
                       full[:1] + "*" * 16 + full[-1:], full[:10] + "****" + full[14:]))

    def age(self, lo=3, hi=92):
        return f"{self.k(lo, hi)}岁"

    def room(self):
        return self.P((f"{self.k(1, 30)}栋{self.k(1, 4)}单元{self.k(1, 28)}0{self.k(1, 6)}室",
                       f"{self.k(1, 18)}-{self.k(1, 3)}-{self.k(1, 9)}0{self.k(1, 4)}",
                       f"B座{self.k(3, 30)}{self.k(1, 20):02d}", f"{self.k(1, 6)}0{self.k(1, 8)}房"))

    def plate(self):
        pr = self.P("云贵川桂湘鄂豫鲁冀晋陕甘黑吉辽浙苏皖赣闽粤渝琼")
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        tail = "".join(self.P(letters) for _ in range(5))
        return self.P((f"{pr}{self.P('ABCDEF')}·{tail}", f"{pr}{self.P('ABCDEF')}{tail}",
                       f"{pr}{self.P('ABCDEF')} {tail}"))

    def money(self):
        return self.P((f"{self.k(1, 60) * 50}元", f"{self.k(100, 9999)}.{self.k(0, 99):02d}元",
                       f"￥{self.k(2, 40) * 100}"))

    def vil(self):
        return self.P(_VILS)

    def town(self):
        return self.P(_TOWNS)

    def sex(self):
        return self.P(("男", "女"))


# ---------------------------------------------------------------- family writers
def _disability(c: _Ctx) -> str:
    allow = c.P(("困难残疾人生活补贴", "重度残疾人护理补贴", "两项补贴"))
    cat = f"{c.P(_CATS)}{c.P(_ROMAN_CN)}级"
    t = c.k(0, 5)
    if t == 0:
        return (f"姓名：{c.n('cue')}；性别：{c.sex()}；年龄：{c.age()}；残疾类别：{cat}；补贴类型：{allow}；"
                f"备注：已适配{c.D('dev')}，{c.D('dev')}待残联统一采购，{c.L('titled')}上门核实。")
    if t == 1:
        return (f"{c.n()}，{c.sex()}，{c.age()}，{c.vil()}人，{cat}，申请{allow}。其母{c.n('cue')}代为签字"
                f"（{c.pid()}）。入户时{c.L('masked')}在场，家中需{c.D('dev')}，已填{c.D('doc')}。")
    if t == 2:
        return (f"{c.date()} 回访：{c.n()} {c.phone()} 反映{c.D('dev')}损坏，{c.date()}交给{c.n('verb')}"
                f"送{c.L('place')}维修点；{c.date()}由{c.n('verb')}领回，另申请{c.D('dev')}。")
    if t == 3:
        return (f"{c.n()}|{c.sex()}|{c.pid()}|{cat}|{allow}|{c.money()}|{c.D('dev')}|"
                f"代领人：{c.n('cue')} {c.phone()}|{c.W()}")
    if t == 4:
        parts = [f"{c.n()}（{c.D('dev')}）" for _ in range(c.k(2, 3))]
        return (f"本月辅助器具适配：{'、'.join(parts)}；另{c.n()}{c.age()}，患{c.L('disease')}，"
                f"建议先到{c.L('domain', '康复中心')}评估。")
    return (f"{c.date()}护理补贴复核：户主（{c.n()}）外出务工，由外孙{c.n('cue')}照料{c.n()}，"
            f"每月{c.money()}；{c.D('dev')}、{c.D('dev')}在用，每周{c.L('domain', '康复训练')}两次，{c.L('titled')}拍照。")


def _conscription(c: _Ctx) -> str:
    t = c.k(0, 4)
    birth = f"{c.k(2003, 2008)}年{c.k(1, 12)}月"
    if t == 0:
        return (f"{c.D('who')}：{c.n('cue')}  出生：{birth}  学历：{c.P(('高中毕业', '大专在读', '本科毕业'))}"
                f"  体检：{c.P(('合格', '视力待复查', '血压偏高复查'))}  政审：{c.P(('通过', '待核'))}  "
                f"电话：{c.phone()}  备注：父{c.n('cue')}、母{c.n('cue')}同意入伍，已在"
                f"{c.L('domain', '全国征兵网')}报名。")
    if t == 1:
        return (f"{c.n()}（{c.pid()}）经{c.L('domain', '武装部')}初检合格，{c.date()}随{c.town()}应征人员赴"
                f"县体检站；右臂有{c.L('domain', '文身')}约2厘米，{c.L('titled')}判定不影响，另有"
                f"{c.L('domain', '平足')}待复查。")
    if t == 2:
        return (f"义务兵家庭优待金：{c.n()}，{c.D('unit')}服役，家属{c.n('cue')}领取{c.money()}，"
                f"账户尾号{c.k(1000, 9999)}；{c.date()}已发。{c.L('domain', '贺信')}已送达，"
                f"{c.L('famous')}主题活动同日举行。")
    if t == 3:
        return (f"政审走访 {c.date()}：走访邻居{c.n('cue')}、{c.n()}、{c.n()}，均称该青年（{c.n()}）在校"
                f"表现良好，无违法记录；{c.L('masked')}提供了{c.L('domain', '高中毕业证')}复印件。")
    return (f"{c.date()} {c.time()} 电话通知{c.n('verb')}参加{c.L('domain', '文化考核')}，"
            f"其父{c.n('cue')}接听；{c.n()} {c.age(17, 22)} 报名后未参加，原因：{c.D('body')}。"
            f"{c.L('domain', '安家费')}暂缓。")


def _medical(c: _Ctx) -> str:
    t = c.k(0, 4)
    kind = c.P(("长期异地居住", "异地转诊", "临时外出就医", "异地安置退休"))
    if t == 0:
        return (f"异地就医备案｜参保人：{c.n('cue')}｜{c.pid(True)}｜就医地：{c.L('place')}｜"
                f"医院：{c.D('hosp')}｜类型：{kind}｜经办：{c.n('cue')}｜{c.date()}")
    if t == 1:
        return (f"{c.n()}在{c.D('hosp')}住院{c.k(3, 40)}天，未备案，回参保地手工报销，交来发票{c.k(2, 19)}张"
                f"及{c.L('domain', '费用清单')}；缺出院小结，已电话{c.phone()}通知其女{c.n('cue')}补交。")
    if t == 2:
        return (f"{c.date()} {c.time()} 窗口：{c.n()}代其父{c.n('cue')}办理{c.D('svc')}"
                f"备案（{c.L('disease')}），{c.D('doc')}不全，由{c.n('verb')}明日补送。")
    if t == 3:
        return (f"{c.n()}/{c.sex()}/{c.age()}/{c.D('hosp')}/{c.money()}/退回原因：{c.D('doc')}不全/"
                f"{c.L('titled')}已解释")
    return (f"手工报销复核：{c.n()}；{c.n()}（{c.D('hosp')}，{c.money()}）；{c.n()}"
            f"（{c.D('doc')}未盖章）。经{c.n('verb')}复核后转财务。")


def _homestead(c: _Ctx) -> str:
    t = c.k(0, 4)
    if t == 0:
        return (f"申请户主：{c.n('cue')}  家庭人口：{c.k(3, 7)}人（妻{c.n('cue')}、长子{c.n('cue')}）  "
                f"原{c.L('domain', '房屋')}：土木结构危房  拟建位置：{c.vil()}{c.k(1, 9)}组  面积：{c.k(80, 150)}㎡，"
                f"不占{c.L('domain', '林地')}及基本农田")
    if t == 1:
        return (f"{c.date()} 巡查{c.vil()}：{c.n()}家新建{c.L('domain', '毛坯房')}超出批准面积约{c.k(5, 40)}㎡，"
                f"现场有{c.L('domain', '包工头')}{c.L('titled')}，已下发整改通知；邻户{c.n('cue')}反映"
                f"{c.D('mat')}堆在{c.D('land')}上。")
    if t == 2:
        return (f"经查，{c.n()}（{c.age(30, 80)}）与其弟{c.n('cue')}分户后，申请在原{c.D('bld')}位置翻建，"
                f"四至：东至{c.n()}家{c.L('domain', '房屋')}，西至{c.L('domain', '田坎')}，南至村道，"
                f"北至{c.L('domain', '林地')}。")
    if t == 3:
        items = [f"{c.n()}（{c.k(1, 9)}组，{c.k(90, 140)}㎡）" for _ in range(c.k(2, 4))]
        return f"本批农房开工放线：{'；'.join(items)}；{c.D('mat')}须{c.L('word', '马上')}清运。"
    return (f"{c.date()} 农房建设巡查记录\n户主 {c.n()} {c.phone()}\n问题：{c.D('bld')}未按图施工，"
            f"{c.D('mat')}外露\n处理：已告知{c.n('verb')}，{c.date()}复查")


_ANIMALS_PLAIN = ("野猪", "猕猴", "亚洲象", "黑熊", "豪猪", "獐子", "狗獾")
_CROPS_PLAIN = ("玉米", "水稻", "红薯", "茶叶", "核桃", "板栗", "魔芋", "香蕉")


def _wildlife(c: _Ctx) -> str:
    t = c.k(0, 4)

    def animal():
        return c.D("animal") if c.r.random() < 0.5 else c.P(_ANIMALS_PLAIN)

    def crop():
        return c.D("crop") if c.r.random() < 0.6 else c.P(_CROPS_PLAIN)

    if t == 0:
        return (f"受损户：{c.n('cue')}｜地点：{c.vil()}{c.L('place')}方向｜致害物种：{animal()}｜"
                f"受损作物：{crop()} {c.k(1, 9)}.{c.k(0, 9)}亩｜定损：{c.money()}｜勘查人：{c.n('cue')}")
    if t == 1:
        return (f"{c.date()}夜，{animal()}闯入{c.vil()}，踩毁{c.n()}家{crop()}约{c.k(1, 6)}亩，"
                f"{c.n()}的{c.L('domain', '牛棚')}被拱塌。村民{c.n('cue')}拍到视频，{c.D('crop')}地块另有损失。")
    if t == 2:
        return (f"{c.n()}，{c.sex()}，{c.age(25, 80)}，上山采{c.D('herb')}时被{c.L('domain', '熊瞎子')}"
                f"抓伤左臂，送县医院，家属{c.n('cue')}垫付{c.money()}，申请人身损害补偿。")
    if t == 3:
        names = "、".join(c.n() for _ in range(c.k(2, 4)))
        return (f"{c.date()} 核查{crop()}损失：{names}，致害为{animal()}；{c.date()}复核，"
                f"{c.L('titled')}签字，{c.D('herb')}未计入。")
    return (f"补偿台账 {c.date()}；{c.n()}；{c.pid()}；{c.D('animal')}啃食{crop()}；{c.money()}；"
            f"经{c.n('verb')}确认")


def _vendor(c: _Ctx) -> str:
    t = c.k(0, 4)
    if t == 0:
        return (f"流动摊贩登记：{c.n('cue')}，{c.age(20, 75)}，家住{c.vil()}，经营{c.D()}、{c.D()}，"
                f"电动三轮一辆，安排至{c.L('road')}疏导点{c.k(1, 40)}号摊位，17:00-23:00，电话{c.phone()}。")
    if t == 1:
        return (f"{c.date()} {c.time()} {c.L('road')}口{c.n()}推车卖{c.D()}占道，劝导后离开；"
                f"{c.time()}返回，{c.L('titled')}再次劝导，暂扣电子秤一台，由其夫{c.n('cue')}领回。")
    if t == 2:
        rows = "；".join(f"{i}号 {c.n()}（{c.D()}）" for i in range(1, c.k(3, 5)))
        return f"夜市疏导点摊位表：{rows}；卫生由{c.L('titled')}负责。"
    if t == 3:
        return (f"{c.D()}摊主{c.n('cue')}与隔壁卖{c.D()}的{c.n()}因摊位发生口角，"
                f"经{c.L('masked')}劝开，{c.date()}双方签字。")
    return (f"{c.n()} {c.phone()} {c.D()} {c.L('place')}夜市 已登记/劝导{c.k(1, 5)}次/"
            f"同行（{c.n()}）卖{c.D()}")


def _schoolbus(c: _Ctx) -> str:
    t = c.k(0, 4)
    route = f"{c.k(1, 12)}号线"
    if t == 0:
        return (f"{c.date()} 早班 {route} {c.plate()} 驾驶员{c.n('cue')} 照管员{c.n('cue')}："
                f"{c.D('stop')}上车{c.k(5, 30)}人，{c.n()}（{c.k(1, 6)}年级）未到，电话{c.phone()}联系家长"
                f"{c.n('cue')}称请假；{c.L('domain', '安全带')}全部系好。")
    if t == 1:
        return (f"{c.n()}家长{c.n('cue')}反映{route}在{c.D('stop')}停靠时间太短，孩子在{c.D('school')}"
                f"读{c.k(1, 6)}年级；已转{c.L('titled')}调整。")
    if t == 2:
        return (f"{c.plate()} {c.n()}|{c.n()}|{c.D('school')}|{c.L('domain', '车载监控')}正常|"
                f"{c.L('domain', '车况')}良好|{c.date()}")
    if t == 3:
        return (f"{c.date()}放学，{c.n()}在{c.D('stop')}下车后无人接，照管员将其交给{c.n('verb')}"
                f"（邻居），{c.time()}其奶奶{c.n('cue')}接回。{c.W()}。")
    kids = "、".join(c.n() for _ in range(c.k(2, 4)))
    return (f"{route}乘车名单（{c.D('school')}）：{kids}；停靠{c.D('stop')}、{c.D('stop')}；"
            f"{c.L('domain', '车载监控')}抽查无异常。")


def _famplan(c: _Ctx) -> str:
    t = c.k(0, 4)
    if t == 0:
        htype = "独生子女户" if c.r.random() < 0.5 else c.L("domain", "双女户")
        return (f"审核对象：{c.n('cue')}（{c.pid(False)}），{c.age(60, 85)}，{c.L('domain', '农业户口')}，"
                f"{htype}，配偶{c.n('cue')}，子女：{c.n('cue')}、{c.n()}；扶助类型：奖励扶助；"
                f"审核结论：符合，{c.L('domain', '明白卡')}已发放。")
    if t == 1:
        return (f"{c.n()}夫妇（配偶{c.n('cue')}）唯一子女{c.n('cue')}于{c.k(2005, 2024)}年病故，"
                f"现申请特别扶助，{c.L('domain', '卫生院')}出具证明，{c.L('domain', '金额')}"
                f"按每人每月{c.money()}。")
    if t == 2:
        a, b = c.n(), c.n()
        return (f"{c.date()} 入户核查 {a}{b}夫妇：户口本、结婚证、{c.L('domain', '明白卡')}齐全；"
                f"{c.L('domain', '计生专干')}{c.L('titled')}拍照留存。")
    if t == 3:
        rows = "；".join(f"{c.n()}（{c.P(('再生育', '年龄不符', '户籍迁出', '重复享受'))}）"
                        for _ in range(c.k(2, 3)))
        return (f"奖扶年审不通过：{rows}。报{c.L('domain', '卫健局')}备案，"
                f"按{c.L('domain', '程序')}将{c.L('domain', '史料')}存档。")
    return (f"{c.n()}/{c.age(49, 80)}/{c.D('type')}/特扶（伤残）/{c.money()}/"
            f"经{c.n('verb')}核实/{c.L('domain', '全员人口信息系统')}已比对")


def _noise(c: _Ctx) -> str:
    t = c.k(0, 4)
    src = c.P(("深夜打麻将", "装修电钻", "拖椅子", "养狗吠叫", "夜间施工"))
    for w in ("麻将", "施工"):
        if w in src:
            c.L("domain", w)
    if t == 0:
        ch = "12345热线" if c.r.random() < 0.4 else c.D("app")
        return (f"工单号{c.k(20250000, 20269999)}｜来电人：{c.n('cue')}｜{c.phone()}｜诉求：{c.room()}"
                f"楼上住户{src}，噪音扰民｜渠道：{ch}｜办理：网格员{c.n('cue')}上门协调")
    if t == 1:
        return (f"您好，您反映的{c.L('domain', '万达广场')}附近{c.L('domain', '广场舞')}音响过大问题，经"
                f"{c.town()}核实，领队{c.n('cue')}已同意晚九点后停止；如仍有问题请联系{c.L('titled')}。")
    if t == 2:
        return (f"{c.n()}（{c.room()}）与{c.n()}（{c.room()}）因空调外机和{c.L('domain', '麻将')}声多次争执，"
                f"{c.date()}经{c.L('masked')}调解，双方同意移位。")
    if t == 3:
        return (f"{c.date()} 22:{c.k(10, 59)} 回访{c.n('verb')}：{c.L('domain', '高音喇叭')}已拆除，满意。"
                f"{c.date()} 回访{c.n('verb')}：{src}仍有，转街道督办（来源{c.D('app')}）。")
    return f"{c.n()}投诉{c.room()}{src}；{c.n()}答复已整改；来源{c.D('app')}；{c.W()}"


def _rental(c: _Ctx) -> str:
    t = c.k(0, 4)
    place = c.D("vil")
    if t == 0:
        return (f"{c.date()} 消防检查 {place}{c.k(1, 30)}巷{c.k(1, 60)}号：{c.L('domain', '房东')}"
                f"{c.n('cue')}，二房东{c.n('cue')}，{c.k(2, 6)}层隔成{c.k(6, 20)}间，住{c.k(8, 40)}人；"
                f"楼道电动车飞线充电，已责令整改。租户{c.n()}、{c.n()}现场签字。")
    if t == 1:
        return (f"出租屋：{place}{c.room()}｜业主：{c.n('cue')}｜{c.pid()}｜承租人：{c.n('cue')} "
                f"{c.phone()}｜隔断：有｜烟感：无｜处置：限期3日")
    if t == 2:
        return (f"经查{c.n()}将{c.room()}{c.L('domain', '包租')}后转给{c.k(5, 12)}名务工人员，其中"
                f"{c.n()}、{c.n()}系夫妻，{c.n()}{c.age(16, 60)}；{c.L('titled')}已通知{place}居委。")
    if t == 3:
        return f"{c.n()};{c.phone()};{place};{c.room()};灭火器过期;{c.W()}"
    return (f"群租整治台账\n{c.date()} {place} {c.room()} 房东{c.n()} {c.phone()}\n"
            f"{c.date()} {c.D('vil')} {c.room()} 二房东{c.n()}（{c.L('masked')}代签）")


def _residence(c: _Ctx) -> str:
    t = c.k(0, 4)
    if t == 0:
        return (f"居住证办理｜申请人：{c.n('cue')}｜{c.pid(False)}｜居住地址：{c.D('area')}{c.L('road')}"
                f"{c.room()}｜房东：{c.n('cue')}｜材料：租赁合同、{c.D('doc')}｜受理：{c.date()}")
    if t == 1:
        return (f"{c.n()}为其子{c.n('cue')}申请积分入学，积分{c.k(60, 140)}分；缺{c.L('domain', '房产证')}，"
                f"社保连续缴满{c.k(1, 6)}年，{c.L('domain', '明细')}已打印。")
    if t == 2:
        return (f"{c.date()} 窗口：{c.n()} 居住证签注，{c.n()}（其妻）同来，因{c.L('domain', '申请材料')}"
                f"不全退回，需补{c.D('doc')}。")
    if t == 3:
        rows = "、".join(c.n() for _ in range(c.k(2, 4)))
        return f"积分入学材料退补名单：{rows}（缺{c.D('doc')}）；{c.n()}（缺{c.D('doc')}）。"
    return (f"{c.n()}，{c.age(20, 60)}，{c.P(('湖南', '四川', '河南', '安徽', '江西'))}籍，"
            f"在{c.D('area')}务工，居住证到期，替{c.n('verb')}一并咨询{c.L('titled')}。")


def _drowning(c: _Ctx) -> str:
    t = c.k(0, 4)
    water = c.D()
    if t == 0:
        return (f"{c.date()} {c.time()} {water}值守：{c.n()}、{c.n()}（{c.phone()}）；劝离游泳学生"
                f"{c.k(2, 9)}名，其中{c.n()}（{c.k(3, 9)}年级）已通知家长{c.n('cue')}接回。")
    if t == 1:
        return (f"家长告知书回执：学生{c.n('cue')}，{c.k(1, 9)}年级，家长{c.n('cue')}签字，"
                f"电话{c.phone()}，已知悉{water}、{c.D()}等危险水域。{c.date()}")
    if t == 2:
        return (f"{c.n()}反映{water}边护栏缺口约{c.k(2, 9)}米，{c.date()}补设警示牌，"
                f"{c.L('titled')}值守至{c.k(19, 21)}点。")
    if t == 3:
        ws = "；".join(c.D() for _ in range(c.k(2, 3)))
        return f"危险水域巡查表：{water}；{ws} —— 巡查员 {c.n()} {c.phone()}"
    return (f"{c.date()} 防溺水巡查日志\n{c.time()} {water} 无人\n{c.time()} {c.D()} 发现"
            f"{c.n()}等{c.k(2, 5)}名少年钓鱼，交给{c.n('verb')}带回\n{c.time()} {c.L('place')}方向 正常")


def _english(c: _Ctx) -> str:
    t = c.k(0, 5)
    D = c.D
    if t == 0:
        return (f"Applicant: {c.e('cue')} | ID: {c.pid(True)} | Hospital: {D('hosp')} | Filing: "
                f"cross-province medical care | Contact: {c.phone()} | Handled by {c.LE('titled')}")
    if t == 1:
        return (f"{c.e()} (age {c.k(18, 90)}) applied for the severe-disability care allowance; "
                f"daughter {c.e('cue')} will collect in {c.LE('month')}. Address: {c.room()}, {D('area')}.")
    if t == 2:
        return (f"2026-{c.k(1, 12):02d}-{c.k(1, 28):02d} {c.time()} street vendor {c.e()} selling "
                f"snacks outside the {D('brand')} shop; told to move to the {D('area')} night market. "
                f"{c.WE()}, reported by {c.LE('masked')}.")
    if t == 3:
        ts = "; ".join(c.e() for _ in range(c.k(2, 4)))
        return f"Tenants at {D('area')}: {ts} -- landlord {c.e('cue')}, tel {c.phone()}."
    if t == 4:
        fest = D("fest") if c.r.random() < 0.5 else c.LE("festival")
        return (f"Hotline ticket {c.k(100000, 999999)}: caller {c.e('cue')} complains about square "
                f"dancing at {D('plaza')} after 9 pm during {fest}; neighbour {c.e()} agrees. "
                f"Reply sent on {c.LE('month')} {c.k(1, 28)}.")
    return (f"{c.e()}, {c.k(6, 15)}, pupil of a school on {D('road')}, was picked up by {c.e('verb')} "
            f"instead of the bus driver; a {c.LE('famous')} poster is up at the gate; "
            f"see {c.LE('disease')} note.")


def _minority(c: _Ctx) -> str:
    t = c.k(0, 3)
    if t == 0:
        rows = "\n".join(f"{i}. {c.m()}  {c.sex()}  {c.eth}  {c.vil()}" for i in range(1, c.k(3, 5)))
        return (f"{c.D('fest')}文艺演出 参演人员名单：\n{rows}\n备注：{c.D('art')}、{c.D('thing')}"
                f"由{c.L('place')}统一安排。")
    if t == 1:
        a = c.m("cue")
        return (f"姓名：{a}；民族：{c.eth}；身份证：{c.pid()}；监护人：{c.m('cue')}；"
                f"特长：{c.D('art')}；{c.W()}")
    if t == 2:
        a = c.m()
        return (f"{a}（{c.eth}，{c.age(18, 70)}）与{c.m('verb')}共同经营{c.D('food')}、{c.D('craft')}摊位，"
                f"{c.date()}在{c.D('fest')}期间登记，电话{c.phone()}。")
    rows = "；".join(f"{c.m()} {c.pid(True)}" for _ in range(c.k(2, 3)))
    return f"{c.date()} 低保复核（{c.D('area')}片区）：{rows}；{c.L('titled')}经办。"


def _notice(c: _Ctx) -> str:
    t = c.k(0, 5)
    tail_units = ("人民政府", "残疾人联合会", "村民委员会", "人民武装部", "卫生健康办", "社区居委会")
    unit = c.town() + c.P(tail_units)

    def sup():
        return (f"监督电话：{c.P(('0871', '0851', '0731', '0371', '028'))}-{c.k(6000000, 8999999)}"
                f"（联系人：{c.off()}）")

    if t == 0:
        rows = "；".join(f"{i}. {c.n()}（{c.P(_CATS)}{c.P(_ROMAN_CN)}级，{c.D('dev', 'disability_allowance')}）"
                        for i in range(1, c.k(3, 5)))
        return (f"关于{c.k(2025, 2026)}年第{c.k(1, 4)}季度困难残疾人生活补贴拟发放对象的公示\n经个人申请、"
                f"村（居）评议、乡镇审核，现将拟享受对象公示如下：{rows}。公示期7天，如有异议请向{unit}反映。"
                f"{sup()}\n审核人：{c.off()}  审批人：{c.off()}")
    if t == 1:
        return (f"农村宅基地审批公告：经{c.vil()}村两委成员{c.off()}、{c.off()}等评议，同意{c.n()}"
                f"（户主，家庭人口{c.k(3, 6)}人）在原{c.D('bld', 'homestead')}处翻建，面积{c.k(90, 140)}㎡，"
                f"四至：东至{c.n()}家，西至{c.D('land', 'homestead')}。公示期间{c.n('cue')}提出异议（称占用其"
                f"{c.D('land', 'homestead')}），经复核人{c.off()}现场核实不成立。{sup()}")
    if t == 2:
        return (f"{c.k(2025, 2026)}年计划生育奖励扶助对象公示：{c.n()}、{c.n()}、{c.n()}"
                f"（{c.D('type', 'family_planning')}）。评议小组成员：{c.off()}、{c.off()}、{c.L('titled')}。"
                f"驻村第一书记{c.off()}。公示单位负责人：{c.off()}。{sup()}")
    if t == 3:
        return (f"义务兵家庭优待金发放公告\n入伍人员：{c.n('cue')}（{c.D('unit', 'conscription')}），家属：其母"
                f"{c.n('cue')}，发放{c.money()}。经办人：{c.off()}，审核人：{c.off()}。"
                f"地址：{c.L('place')}。{sup()}")
    if t == 4:
        rows = "、".join(f"{c.n()}（{c.D('crop', 'wildlife_damage')}受损）" for _ in range(c.k(2, 4)))
        return (f"野生动物致害补偿结果公示：{rows}，致害物种{c.D('animal', 'wildlife_damage')}。证明人"
                f"{c.n('cue')}；举报人{c.n('cue')}另奖励{c.money()}。审批人：{c.off()}。{sup()}{unit}（公章）")
    rows = "；".join(f"{c.n()}（{c.k(60, 140)}分）" for _ in range(c.k(2, 4)))
    return (f"{c.D('area', 'residence_permit')}积分入学拟录取名单公示：{rows}。监护人{c.n('cue')}对积分"
            f"提出异议，经复核维持原分。经办人：{c.off()}；{sup()}")


def _lookalike_only(c: _Ctx) -> str:
    t = c.k(0, 5)
    fam = c.P(DOMAINS)
    if t == 0:
        return (f"{c.L('masked')}反映{c.L('road')}有摊贩卖{c.D('food', 'street_vendor')}，{c.L('titled')}已劝导；"
                f"{c.L('firm')}门口堆放{c.D('mat', 'homestead')}，{c.W()}。")
    if t == 1:
        return (f"{c.date()} 巡查{c.D(None, 'drowning_watch')}、{c.D(None, 'drowning_watch')}，无异常；"
                f"{c.L('titled')}值班，{c.L('famous')}志愿队协助。")
    if t == 2:
        return (f"{c.D(None, fam)}、{c.D(None, fam)}、{c.L('dish')}、{c.L('place')}；{c.L('disease')}"
                f"患者需{c.D('dev', 'disability_allowance')}。")
    if t == 3:
        return (f"回访记录：{c.L('masked')}（{c.age()}）称{c.D('animal', 'wildlife_damage')}毁了"
                f"{c.D('crop', 'wildlife_damage')}，{c.L('titled')}说"
                f"{c.L('word', c.P(('马上', '陆续')))}上报；地点{c.L('place')}。")
    if t == 4:
        return (f"{c.D('school', 'school_bus')}{c.k(1, 6)}年级学生（{c.L('masked')}）在{c.D('stop', 'school_bus')}"
                f"下车，{c.L('titled')}送回；{c.L('firm')}赞助{c.L('domain', '安全带')}。")
    return (f"English note: {c.LE('titled')} at {c.D('area', 'english_export')} -- {c.LE('month')}, "
            f"{c.LE('festival')}; {c.LE('masked')} called; {c.WE()} near {c.LE('place')}.")


_WRITERS = {
    "disability_allowance": _disability, "conscription": _conscription, "medical_filing": _medical,
    "homestead": _homestead, "wildlife_damage": _wildlife, "street_vendor": _vendor,
    "school_bus": _schoolbus, "family_planning": _famplan, "noise_hotline": _noise,
    "group_rental": _rental, "residence_permit": _residence, "drowning_watch": _drowning,
    "english_export": _english, "minority_listing": _minority, "public_notice": _notice,
    "lookalike_only": _lookalike_only,
}


# ---------------------------------------------------------------- contract helpers
def _occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def cell_ok(r: Remark) -> bool:
    """The per-cell contract (also used by the tests)."""
    if (r.family == "lookalike_only") == bool(r.names):
        return False
    if r.public_officials != (r.family in PUBLIC_FAMILIES):
        return False
    spans = [(i, i + len(la)) for la in r.lookalikes for i in _occurrences(r.text, la)]
    if any(not _occurrences(r.text, la) for la in r.lookalikes):
        return False
    for nm in r.names:
        occ = _occurrences(r.text, nm)
        if len(occ) != 1:
            return False
        a, b = occ[0], occ[0] + len(nm)
        if any(x < b and a < y for x, y in spans):
            return False
    return True


def _counts(n: int) -> list[tuple[str, int]]:
    total = sum(WEIGHTS.values())
    raw = [(f, n * WEIGHTS[f] / total) for f in FAMILIES]
    base = {f: int(v) for f, v in raw}
    rest = n - sum(base.values())
    order = sorted(raw, key=lambda fv: (-(fv[1] - int(fv[1])), FAMILIES.index(fv[0])))
    for f, _ in order[:rest]:
        base[f] += 1
    return [(f, base[f]) for f in FAMILIES]


def _generate(n: int = 2000, seed: int = 2121):
    """Remarks plus private metadata: per cell (name cue kinds, look-alike classes)."""
    rng = random.Random(seed)
    fams = [f for f, k in _counts(n) for _ in range(k)]
    rng.shuffle(fams)
    taken: set = set()
    index: dict[str, list[str]] = {}
    big = ""
    out, meta = [], []
    for fam in fams:
        for _attempt in range(500):
            c = _Ctx(rng, fam, taken)
            text = _WRITERS[fam](c)
            r = Remark(text, fam, list(c.names), list(c.las), fam in PUBLIC_FAMILIES)
            if not cell_ok(r):
                continue
            if any(nm in big for nm in r.names):
                continue
            clash = False
            for i in range(len(text) - 1):
                for nm in index.get(text[i:i + 2], ()):
                    if text.startswith(nm, i):
                        clash = True
                        break
                if clash:
                    break
            if clash:
                continue
            break
        else:  # pragma: no cover
            raise RuntimeError(f"could not write a {fam} cell")
        for nm in r.names:
            taken.add(nm)
            index.setdefault(nm[:2], []).append(nm)
        for la, cls in zip(c.las, c.cls):
            if cls == "official":
                taken.add(la)
        big += "\x00" + text
        out.append(r)
        meta.append((list(c.kinds), list(c.cls)))
    return out, meta


def make_remarks(n: int = 2000, seed: int = 2121) -> list[Remark]:
    """The frozen set: n remarks, deterministic in (n, seed)."""
    return _generate(n, seed)[0]
