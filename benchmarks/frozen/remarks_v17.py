"""Frozen remarks, edition 17: a blind test set of free-text remark cells for a person-name
de-identifier.

Datasheet
---------
What it is
    A deterministic generator of free-text spreadsheet cells of the kind Chinese county and city
    data offices publish in their 备注 / 情况说明 / remarks columns.  Each cell is a `Remark`
    carrying the private persons' names planted in it (`names`, which a de-identifier must find)
    and the look-alikes it holds (`lookalikes`, strings that resemble names but must stay).
    `make_remarks(n=2000, seed=1717)` is the default set; the same seed always gives the same set.

Who wrote it and what was read
    Written for edition 17 by a helper session working only from its brief, the sections
    "Personal data in public listings" and "Administrative penalty publicity" of the shared
    DOMAIN.md, and lines 170-178 of benchmarks/frozen/remarks.py (the `Remark` dataclass, which
    is imported here, not copied).  The detector was never seen and nothing was measured.
    Slips, stated honestly: at the very start the helper ran `git status; git branch -a;
    git log --oneline | head` in the worktree, which printed the subjects of the ten newest
    commits (git history the brief puts out of bounds); it also listed the file names in
    benchmarks/frozen/ and tests/ (names only, no file was opened).  No sentence, template or
    word list here was taken from those subjects or from any other generator; all text was
    written afresh for this edition.

Families (WEIGHTS gives each one's share of the cells)
    work_injury            工伤认定 and 劳动能力鉴定 case notes
    ui_maternity           失业保险金 / 失业补助金 / 生育津贴 claim remarks
    veteran_care           退役军人优待抚恤, 义务兵家庭优待金, 烈士遗属 lists
    ranger_roster          生态护林员 and 保洁员 rosters
    agri_machinery         农机购置补贴 publicity and checks
    petition               信访事项 handling notes
    mediation              人民调解 records (neighbours, family, support, partnerships)
    heating_ticket         供暖 / 物业 complaint tickets and callbacks
    service_window         出入境 and 公证 service-window notes
    chronic_outpatient     门诊慢特病 认定 lists
    village_doctor_teacher 乡村医生 and 代课教师 subsidy rosters
    census_visit           入户调查 / 人口普查 enumerator notes
    fishery_subsidy        渔业 / 渔船 subsidy and 退捕 notes
    english_export         an English-language export of such remarks
    minority_listing       listings of Uyghur, Kazakh, Tibetan, Yi, Mongolian, Hui, 朝鲜族, Zhuang,
                           Miao, Dai and Manchu persons
    public_notice          公示 / 公告 texts: officials in their public role (审批人, 经办人, 审核人,
                           联系人 by a 监督电话, 评审专家, 村两委成员, 驻村第一书记) are look-alikes and
                           the cell has public_officials=True; beneficiaries, applicants, their
                           relatives, witnesses and objectors are names
    lookalike_only         no name at all; dense with look-alikes

Surface forms of names
    Han names drawn with realistic surname frequencies (the hundred commonest carry most of the
    weight), rare single surnames (逄, 亓, 仉, 訾, 禤, 笪, 缑 ...) and compound ones (欧阳, 司马,
    上官, 诸葛, 皇甫, 万俟, 第五 ...); one- and two-character given names of three generations
    (桂兰 / 建国, 海燕 / 晓东, 梓涵 / 浩然), reduplicated ones (丹丹), names that are ordinary
    words (高峰, 田野, 汪洋, 向阳, 文静 ...).  Positions: cell start, after cue words (申请人, 船东,
    户主, 购机者), with kinship words (其妻, 之子, 其女婿), after particles (由, 与, 代, 向),
    inside 、-lists, mid-prose, before 女士 / 先生 / 老师, with ages, masked or fake well-formed IDs
    (check digit per GB 11643) and phones beside them, and in brackets （）, 【】 and [].  Kin
    share the first person's surname where Chinese usage makes them (其子, 其女, 其孙, 长子),
    and a kinship word or title fits the sex of the name beside it (其妻 / 女士 / ，女).
    English export: pinyin surname first or last, upper-case surnames (ZHANG Wei, Wei ZHANG),
    comma form (Zhang, Wei), hyphenated given names (Li Xiao-ming, Xiao-Ming Li), initials
    (X.M. Li, Li X.M.), lower-case prose (zhang wei), Cantonese (CHAN Tai-man), Wade-Giles /
    Taiwan spellings (Chang Chih-wei, HSU, SHU-FEN), English given names (Kevin Zhang,
    Amy LIU Xiaoyan), and pinyin with the hanzi form in brackets (two names).
    Minority listing: Uyghur and Kazakh names as given name and father's name joined by the
    separators really used in registers (·, •, ., ．, -; one separator per cell, and a child's
    second name is the father's given name); Tibetan two-part names without a
    separator; Yi clan-name + given name; Mongolian one-word names and ones with a Han surname;
    Hui, Zhuang, Miao and Manchu names with the surnames common in those peoples (and
    爱新觉罗·x); 朝鲜族 names; Dai names with 岩 / 玉 and 刀 / 召.

Look-alike classes
    places and villages beginning with a surname (张家口, 王家庄, 林州, 左权县, 志丹县), roads
    (中山路, 逸仙路, 张杨路, 黄兴路), schools and works named after people (田家炳中学, 鲁迅公园,
    雷锋纪念馆, 孔子学院), firms, shops, brands and apps beginning with a surname (王老吉, 周黑鸭,
    钱大妈, 高德地图, 苏宁易购, 曹操出行, 鲁通码), tractors and boats (东方红, 雷沃, 鲁荣渔…), banks,
    hospitals (张仲景医院, 李时珍医院), diseases named after people (帕金森病, 唐氏综合征,
    雷诺综合征, 马凡综合征, 白塞病), dishes (东坡肉, 左宗棠鸡, 宫保鸡丁), festivals and greetings
    of minority peoples (古尔邦节, 那达慕, 扎西德勒, 苗年), mountains, rivers and lakes (王屋山,
    洪泽湖, 骆马湖), foreign places (马来西亚, 温哥华, 苏黎世), common words that begin with a
    surname character (马上, 高温, 周末, 金额, 管道, 马力, 左旋多巴), masked names (张某, 李**,
    王××, 陈*华), literary and historical figures in ordinary prose (学习雷锋, 诸葛亮, 孙悟空),
    and, in public_notice only, officials named in their public role.

Contract (tests/test_frozen_remarks_v17.py)
    Every planted name occurs exactly once in its cell (case-insensitively as well) and overlaps
    no other name and no look-alike; every look-alike occurs in its cell; no planted name occurs
    in the text of any other cell; every cell of a name family has at least one name and no
    lookalike_only cell has one; public_officials is True exactly in public_notice.
"""

from __future__ import annotations

import random
import re
from collections import Counter

from .remarks import Remark

VERSION = "frozen-remarks-17 (2026-12-05)"

FAMILIES = (
    "work_injury",
    "ui_maternity",
    "veteran_care",
    "ranger_roster",
    "agri_machinery",
    "petition",
    "mediation",
    "heating_ticket",
    "service_window",
    "chronic_outpatient",
    "village_doctor_teacher",
    "census_visit",
    "fishery_subsidy",
    "english_export",
    "minority_listing",
    "public_notice",
    "lookalike_only",
)
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")

WEIGHTS = {
    "work_injury": 0.05,
    "ui_maternity": 0.05,
    "veteran_care": 0.05,
    "ranger_roster": 0.05,
    "agri_machinery": 0.05,
    "petition": 0.05,
    "mediation": 0.05,
    "heating_ticket": 0.05,
    "service_window": 0.05,
    "chronic_outpatient": 0.05,
    "village_doctor_teacher": 0.05,
    "census_visit": 0.05,
    "fishery_subsidy": 0.05,
    "english_export": 0.09,
    "minority_listing": 0.08,
    "public_notice": 0.09,
    "lookalike_only": 0.09,
}

# --------------------------------------------------------------------------------------------
# Han names
# --------------------------------------------------------------------------------------------

# surname and weight (per mille, roughly the national shares; rare and compound ones at the end)
_SURNAMES_TXT = """
王71 李70 张67 刘54 陈45 杨31 黄22 赵20 吴20 周19 徐15 孙14 马13 朱13 胡12 郭11 何11 高10
林10 罗9 郑9 梁8 谢7 宋7 唐7 许6 韩6 冯6 邓6 曹6 彭5 曾5 肖5 田5 董5 袁4 潘4 于4 蒋4 蔡4
余4 杜4 叶4 程4 苏4 魏4 吕4 丁4 任4 沈3 姚3 卢3 姜3 崔3 钟3 谭3 陆3 汪3 范3 金3 石3 廖3
贾3 夏3 韦2 付2 方2 白2 邹2 孟2 熊2 秦2 邱2 江2 尹2 薛2 闫2 段2 雷2 侯2 龙2 史2 陶2 黎2
贺2 顾2 毛2 郝2 龚2 邵2 万2 钱2 严2 武2 戴2 覃1 莫1 孔1 向1 汤1 常1 温1 康1 施1 文1 牛1
樊1 葛1 邢1 安1 齐1 易1 乔1 伍1 庞1 颜1 倪1 庄1 聂1 章1 鲁1 岳1 翟1 殷1 詹1 申1 欧1 耿1
关1 兰1 焦1 俞1 左1 柳1 甘1 祝1 包1 宁1 尚1 符1 舒1 阮1 柯1 纪1 梅1 童1 凌1 毕1 单1 季1
裴1 霍1 涂1 成1 苗1 谷1 盛1 曲1 翁1 冉1 骆1 蓝1 路1 游1 辛1 靳1 管1 柴1 蒙1 鲍1 华1 喻1
祁1 蒲1 房1 滕1 屈1 饶1 解1 牟1 艾1 尤1 阳1 时1 穆1 农1 司1 卓1 古1 吉1 缪1 简1 车1 项1
连1 芦1 麦1 褚1 娄1 窦1 戚1 岑1 景1 党1 宫1 费1 卜1 冷1 晏1 席1 卫1 米1 柏1 宗1 瞿1 桂1
全1 佟1 应1 臧1 闵1 苟1 邬1 边1 卞1 姬1 师1 和1 仇1 栾1 隋1 商1 刁1 沙1 荣1 巫1 寇1 桑1
郎1 甄1 丛1 仲1 虞1 敖1 巩1 明1 佘1 池1 查1 麻1 苑1 迟1 邝1
"""
_RARE_SURNAMES = list("逄亓仉訾禤笪隗缑仝郗宓蔺苌阚麴暴庹邸郇鄢眭郜冼揭帅母底钮伏戈雍晁扈蹇禹郦漆厍折")
_COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "皇甫", "慕容", "东方", "令狐", "夏侯", "尉迟",
                      "公孙", "端木", "司徒", "申屠", "呼延", "澹台", "宇文", "长孙", "钟离", "轩辕",
                      "独孤", "南宫", "万俟", "第五"]


def _parse_surnames(txt):
    out = []
    for tok in txt.split():
        m = re.match(r"(\D+)(\d+)$", tok)
        out.append((m.group(1), int(m.group(2))))
    return out


_SURNAMES = _parse_surnames(_SURNAMES_TXT)
_SURNAME_CHARS = [s for s, _ in _SURNAMES]
_SURNAME_W = [w for _, w in _SURNAMES]
_TOP_SURNAMES = _SURNAME_CHARS[:60]

_GIVEN = {
    ("o", "F"): "桂兰 秀英 玉兰 凤英 淑珍 秀兰 桂英 玉珍 凤兰 玉梅 秀珍 桂芝 淑兰 秀云 兰英 翠兰 金凤 素芬 "
                "月英 春兰 桂香 玉芬 秀芳 凤琴 淑华 桂珍 玉英 秀荣 翠花 素珍 淑英 爱华 冬梅 彩云 招娣 "
                "来娣 玉芝 秀琴 凤芝 桂荣",
    ("o", "M"): "建国 建华 国华 志明 德明 振华 保国 福贵 长林 永福 德胜 玉山 春生 有才 文华 庆祥 宝山 "
                "金山 长顺 树林 广田 全福 满仓 来福 水生 根生 学文 卫东 向东 红旗 跃进 德贵 富贵 "
                "长生 国庆 援朝 铁柱 立本 守义 景山 福田 兴旺 德才 玉林",
    ("d", "F"): "海燕 丽娟 红梅 晓燕 春梅 丽华 晓红 秀梅 丽萍 小红 春燕 雪梅 红霞 彩霞 艳红 玉华 丽丽 "
                "美玲 晓霞 秋菊 慧敏 晓丽 丽红 翠萍 小燕 海霞 丽君 晓梅 亚琴 红艳 淑芬 凤霞 艳丽 "
                "娟娟 丹丹 晶晶 婷婷 莹莹",
    ("d", "M"): "晓东 建军 国强 志强 海涛 永强 建平 卫国 立新 海波 小平 宏伟 伟华 利民 振宇 俊峰 晓峰 "
                "建伟 志刚 海军 文军 永刚 建新 国栋 晓明 春雷 海滨 学军 东升 新民 光辉 庆华 志勇 "
                "俊杰 亚军 红兵",
    ("y", "F"): "欣怡 一诺 雨桐 诗涵 梦瑶 子涵 梓萱 语嫣 紫萱 佳怡 思琪 若曦 嘉怡 可馨 雨萱 依诺 晨曦 "
                "芷若 婉清 书瑶 艺涵 安琪 乐萱 梓涵 雨欣 静怡 思彤 歆瑶 诗雨 沐晴",
    ("y", "M"): "子轩 浩然 宇航 俊熙 思远 博文 雨泽 浩宇 沐阳 子墨 一鸣 皓轩 奕辰 锦程 梓睿 天佑 铭泽 "
                "明轩 煜城 宇轩 梓豪 睿哲 嘉树 承泽 思源 泽宇 浩辰 子豪 俊宇 昊天",
}
_GIVEN = {k: v.split() for k, v in _GIVEN.items()}
_SINGLE = {
    "F": list("静敏芳娜丹颖洁倩霞燕婷艳慧丽萍红玲梅娟英蕾薇璐欣琳雪莉岚瑶琴"),
    "M": list("伟磊勇军强鹏涛斌杰超亮刚辉明华平峰波鑫飞兵坤健凯浩毅俊龙东"),
}
_WORD_NAMES = ("高峰 田野 汪洋 白雪 宁静 许诺 向阳 文静 江河 夏天 方正 林立 洪亮 高明 江山 温暖 严明 "
               "雷鸣 安康 金星 钟声 柳青 程功 周到 高升 关爱 杜鹃 白云 方圆 林海 高山 齐心 时光 "
               "于洋 钱进 甘露").split()

# famous persons: never planted as private names
_BLOCK_HAN = """李娜 王菲 刘翔 姚明 成龙 周迅 李冰 王刚 刘涛 刘德华 张学友 黎明 郭富城 王力宏 周杰伦
林俊杰 李宁 马云 马化腾 李彦宏 刘强东 王健林 任正非 雷军 董明珠 张艺谋 冯小刚 陈凯歌 章子怡 巩俐
赵薇 范冰冰 杨幂 刘亦菲 孙俪 邓超 黄渤 沈腾 王宝强 吴京 胡歌 李白 杜甫 白居易 苏轼 王安石 欧阳修
司马光 诸葛亮 刘备 关羽 张飞 曹操 孙权 岳飞 包拯 孔子 孟子 老子 庄子 雷锋 鲁迅 毛泽东 周恩来 朱德
邓小平 刘少奇 李强 江泽民 胡锦涛 温家宝 李鹏 朱镕基 王勃 司马迁 上官婉儿 东方红 欧阳锋 令狐冲"""
_BLOCK_LATIN = ["yao ming", "li na", "wang fei", "liu xiang", "jackie chan", "bruce lee", "jet li",
                "sun yat-sen", "zhou enlai", "mao zedong", "deng xiaoping", "li qiang", "lang lang",
                "ma yun", "ma long", "lin dan", "li ning", "zhang yimou", "jack ma", "zhuge liang"]
_BLOCK = set(_BLOCK_HAN.split()) | set(_BLOCK_LATIN)

# --------------------------------------------------------------------------------------------
# pinyin, Cantonese and Wade-Giles pieces (English export)
# --------------------------------------------------------------------------------------------

_PY_SURNAMES = [
    ("张", "Zhang"), ("王", "Wang"), ("李", "Li"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
    ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"),
    ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"),
    ("唐", "Tang"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"),
    ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"), ("潘", "Pan"),
    ("蒋", "Jiang"), ("蔡", "Cai"), ("余", "Yu"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"),
    ("苏", "Su"), ("魏", "Wei"), ("吕", "Lyu"), ("丁", "Ding"), ("任", "Ren"), ("沈", "Shen"),
    ("姚", "Yao"), ("卢", "Lu"), ("崔", "Cui"), ("钟", "Zhong"), ("谭", "Tan"), ("范", "Fan"),
    ("金", "Jin"), ("石", "Shi"), ("廖", "Liao"), ("贾", "Jia"), ("夏", "Xia"), ("方", "Fang"),
    ("白", "Bai"), ("邹", "Zou"), ("孟", "Meng"), ("熊", "Xiong"), ("秦", "Qin"), ("邱", "Qiu"),
    ("尹", "Yin"), ("薛", "Xue"), ("段", "Duan"), ("雷", "Lei"), ("侯", "Hou"), ("龙", "Long"),
    ("陶", "Tao"), ("贺", "He"), ("顾", "Gu"), ("郝", "Hao"), ("龚", "Gong"), ("邵", "Shao"),
    ("钱", "Qian"), ("严", "Yan"), ("戴", "Dai"), ("覃", "Qin"), ("欧阳", "Ouyang"), ("司马", "Sima"),
    ("上官", "Shangguan"), ("皇甫", "Huangfu"), ("慕容", "Murong"), ("令狐", "Linghu"),
]
_PY_GIVEN = [
    ("伟", "wei"), ("芳", "fang"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
    ("磊", "lei"), ("军", "jun"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("娟", "juan"),
    ("涛", "tao"), ("明", "ming"), ("超", "chao"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"),
    ("鹏", "peng"), ("婷", "ting"), ("秀兰", "xiu lan"), ("桂英", "gui ying"), ("建国", "jian guo"),
    ("建华", "jian hua"), ("海燕", "hai yan"), ("晓东", "xiao dong"), ("志强", "zhi qiang"),
    ("丽娟", "li juan"), ("红梅", "hong mei"), ("国强", "guo qiang"), ("秀英", "xiu ying"),
    ("玉兰", "yu lan"), ("子轩", "zi xuan"), ("浩然", "hao ran"), ("欣怡", "xin yi"),
    ("雨桐", "yu tong"), ("一诺", "yi nuo"), ("思远", "si yuan"), ("博文", "bo wen"),
    ("梦瑶", "meng yao"), ("晓明", "xiao ming"), ("春梅", "chun mei"), ("文华", "wen hua"),
    ("德明", "de ming"), ("俊杰", "jun jie"), ("宇航", "yu hang"), ("佳怡", "jia yi"),
    ("振华", "zhen hua"), ("立新", "li xin"), ("晓燕", "xiao yan"), ("海涛", "hai tao"),
    ("雪梅", "xue mei"), ("志明", "zhi ming"), ("玉珍", "yu zhen"), ("永强", "yong qiang"),
    ("美玲", "mei ling"), ("梓涵", "zi han"), ("宏伟", "hong wei"), ("春生", "chun sheng"),
    ("丹丹", "dan dan"), ("凤英", "feng ying"), ("淑珍", "shu zhen"), ("新民", "xin min"),
]
_CANTO_SURNAMES = ["Chan", "Wong", "Lee", "Cheung", "Lau", "Ho", "Leung", "Lam", "Tsang", "Ng",
                   "Yeung", "Chow", "Tse", "Kwok", "Lai", "Fung", "Mak", "Tam", "Yip", "Siu", "Lo",
                   "Chu", "Poon", "Au-Yeung", "Choi", "Kwan", "Law", "Hui", "Fong", "Cheng", "Tang"]
_CANTO_GIVEN = ["Tai", "Man", "Siu", "Ming", "Ka", "Yan", "Wing", "Kei", "Chi", "Keung", "Mei",
                "Ling", "Kwok", "Wai", "Hoi", "Suk", "Fan", "Kit", "Ho", "Lun", "Yuk", "Lan", "Chun",
                "Pui", "Shan", "Sze", "Wah", "Kin", "Fai", "Hung", "Yee", "Ching", "Lok", "Tsz"]
_WG_SURNAMES = ["Chang", "Wang", "Lee", "Lin", "Chen", "Huang", "Wu", "Liu", "Tsai", "Yang",
                "Hsu", "Cheng", "Hsieh", "Kuo", "Hung", "Tseng", "Chiu", "Chou", "Chien", "Chiang",
                "Hsiao", "Lu", "Kao", "Ko", "Chuang", "Chung", "Peng", "Tsao", "Yeh", "Su", "Lai"]
_WG_GIVEN = ["Chih", "Wei", "Mei", "Ling", "Shu", "Fen", "Ying", "Chieh", "Chia", "Hui", "Chun",
             "Hung", "Yu", "Ting", "Kuo", "Hua", "Hsiao", "Wen", "Chi", "Ming", "Te", "Pei", "Shan",
             "Chien", "Tzu", "Hsin", "Yi", "Po", "Han", "Hsuan", "Tsung", "Jung", "Ju", "Fang"]
_EN_GIVEN = ["Kevin", "Amy", "David", "Grace", "Jason", "Vivian", "Tony", "Cathy", "Eric", "Sandy",
             "Michael", "Helen", "Jack", "Lily", "Peter", "Winnie", "Steven", "Fiona", "Alex",
             "Joyce", "Frank", "Cindy", "Ivan", "Rachel", "Sophie", "Henry", "Iris", "Bella"]

# --------------------------------------------------------------------------------------------
# minority names
# --------------------------------------------------------------------------------------------

_UY_GIVEN = {
    "F": "阿依古丽 古丽米拉 热依汗古丽 迪丽努尔 帕提古丽 祖丽菲亚 米热古丽 热娜古丽 阿孜古丽 布威海力切木 "
         "努尔曼古丽 再努尔 玛依拉 吐逊古丽".split(),
    "M": "买买提 艾尔肯 吐尔洪 努尔艾力 麦麦提敏 阿卜杜拉 依明江 阿力木 艾则孜 吾买尔 图尔荪 赛买提 排尔哈提 "
         "穆塔里甫 阿布都克里木 亚森".split(),
}
_UY_FATHER = ("吐尔逊 艾买提 阿不都热依木 吾斯曼 买买提明 阿西木 阿布都热合曼 艾则孜 热合曼 伊敏 热西提 "
              "库尔班 托合提 买提尼亚孜 吐逊 巴克 阿布拉 卡德尔 玉素甫 肉孜 司马义 艾海提 克然木 "
              "尼亚孜 哈力克 斯拉木 吾守尔 喀迪尔").split()
_KZ_GIVEN = {
    "F": "阿依达娜 加娜尔 古丽巴哈尔 阿依江 沙吾列 库兰 加依娜古丽 阿娜尔 玛地娜".split(),
    "M": "叶尔兰 阿斯哈尔 哈力木拉提 木拉提 努尔江 叶尔波拉提 阿勒腾 阿曼 达吾列提 赛力克 别克波拉提 哈那提 "
         "叶尔江".split(),
}
_KZ_FATHER = ("努尔兰 别克 加肯 托合塔尔 吾拉孜 巴合提 阿合买提 努尔别克 哈德尔 吐尔逊别克 马合沙提 叶尔肯 "
              "阿布都哈力 哈布都拉 努尔太 俄斯曼 加尔肯").split()
_TB_PARTS = ("扎西 次仁 卓玛 格桑 德吉 洛桑 丹增 尼玛 白玛 央金 旦增 曲珍 多吉 才让 拉巴 普布 顿珠 卓嘎 索朗 "
             "旺堆 仁青 措姆 达瓦 边巴 次旦 巴桑 平措 贡嘎 米玛 央宗 拉姆 桑珠 益西 罗布 强巴 群培").split()
_YI_CLAN = "吉克 阿西 沙马 俄木 阿苏 吉木 曲比 马海 阿约 勒格 吉伍 瓦扎 倮伍 阿的 日火 俄底 莫色".split()
_YI_GIVEN = "曲布 木呷 拉毛 阿呷 拉则 子洛 阿牛 尔古 石且 有色 阿依 伍沙 日哈 拉哈 么色 阿支 木乃 阿果".split()
_MN_PARTS = ("巴特尔 巴雅尔 额尔敦 苏和 乌云 其其格 宝音 那仁 格日乐 敖日格乐 阿拉坦 朝鲁 孟和 呼和 宝力道 "
             "乌日娜 图雅 哈斯 其木格 都兰 萨仁 满都拉 毕力格 吉日嘎拉 特木尔 赛音 乌力吉 娜仁 巴根 "
             "达来 斯琴 塔娜").split()
_KR_SURNAMES = list("金李朴崔郑姜赵尹张林韩吴申权黄安宋柳洪全高文孙梁裴白许南沈卢丁成车禹朱俞池玄方")
_KR_GIVEN = {
    "F": "顺姬 英爱 明淑 银珠 贤美 顺子 英玉 美善 美兰 允珠 贞淑 京花 春子 英子".split(),
    "M": "哲浩 成日 永哲 光洙 正勋 东哲 英男 成浩 永吉 在龙 昌浩 顺福 明哲 哲洙 泰植 相浩 万石 昌洙".split(),
}
_HUI_SURNAMES = list("马回纳撒哈海白丁穆米沙锁拜")
_ZHUANG_SURNAMES = list("韦覃黄蒙陆农莫蓝梁卢潘罗")
_MIAO_SURNAMES = list("龙吴杨石麻王张熊侯滕欧")
_MIAO_GIVEN = "金秀 妹秀 阿妹 老九 老里 昌贵 光荣 秀花 正刚 成武 玉娥 秀珍 再英 老二 通文 金花".split()
_MANCHU_SURNAMES = list("关佟那富索赫金肇鄂伊图")
_DAI_SYL = "温 罕 香 坎 庄 叫 扁 帕 应 光 甩 南 腊 喃 宰 丙 儿 的 旺 拉 燕 恩".split()
_UY_SEPS = ("·", "·", "·", "·", "·", "·", "•", "•", ".", ".", "．", "-")

_KIN = {  # kinship word: (sex, shares the surname of the cell's first person)
    "其女": ("F", True), "女儿": ("F", True), "其子": ("M", True), "儿子": ("M", True),
    "其儿子": ("M", True), "长子": ("M", True), "次女": ("F", True), "其妻": ("F", False),
    "其妻子": ("F", False), "妻子": ("F", False), "儿媳": ("F", False), "其爱人": ("", False),
    "配偶": ("", False), "其丈夫": ("M", False), "丈夫": ("M", False), "其父亲": ("M", True),
    "其父": ("M", True), "父亲": ("M", True), "其母": ("F", False), "其母亲": ("F", False),
    "其岳父": ("M", False), "其姐姐": ("F", True), "其姐": ("F", True), "其兄": ("M", True),
    "其弟弟": ("M", True), "侄子": ("M", True), "其侄子": ("M", True), "其侄女": ("F", True),
    "其女婿": ("M", False), "外孙": ("M", False), "外孙女": ("F", False), "其孙": ("M", True),
    "其外甥": ("M", False),
}

_ETHNIC_LABEL = {"uy": "维吾尔族", "kz": "哈萨克族", "tb": "藏族", "yi": "彝族", "mn": "蒙古族",
                 "hui": "回族", "kr": "朝鲜族", "zhuang": "壮族", "miao": "苗族", "dai": "傣族",
                 "manchu": "满族"}

# --------------------------------------------------------------------------------------------
# look-alike pools
# --------------------------------------------------------------------------------------------

_LOOK = {k: v.split() for k, v in {
    "county": "张家口 张家界 张家港 刘家峡 黄石 赵县 吴江 周口 徐州 马鞍山 高邮 林州 郑州 梁山县 唐山 许昌 "
              "韩城 邓州 曹县 彭州 余杭 叶县 苏州 魏县 吕梁 任丘 沈阳 姜堰 钟祥 陆丰 汪清县 范县 金华 "
              "石家庄 贾汪 夏津 方城县 白城 邹城 孟州 秦皇岛 江门 雷州 侯马 龙岩 贺兰县 邵阳 万州 武功县 "
              "常州 温州 康定 文昌 安阳 齐齐哈尔 易县 庄河 章丘 鲁山县 岳阳 兰州 焦作 左权县 柳州 宁波 "
              "梅州 单县 霍邱 曲阜 蓝田县 辛集 蒙城 华阴 祁阳 房县 滕州 饶平 牟平 穆棱 吉林 项城 连云港 "
              "景德镇 费县 卫辉 米脂 桂林 全州 应县 商丘 沙县 荣成 桑植 巩义 明光 池州 麻城 志丹县 "
              "靖宇县 尚志市 中山市 子长 黄陂",
    "city": "苏州 郑州 唐山 徐州 温州 常州 宁波 柳州 兰州 金华 邵阳 岳阳 江门 桂林 沈阳 许昌 周口 石家庄 "
            "连云港 秦皇岛 龙岩 梅州 商丘 中山市",
    "road": "中山路 逸仙路 黄兴路 蔡锷路 张杨路 周家嘴路 曹杨路 徐家汇路 鲁班路 岳王路 林森路 宋园路 "
            "解放路 人民路 延安路 王府井大街 中山北路 杨高中路 黄河路 金沙江路 武宁路 石门一路 "
            "江宁路 孙武路",
    "hospital": "华山医院 湘雅医院 协和医院 同仁医院 张仲景医院 李时珍医院 孙思邈医院 白求恩国际和平医院 "
                "中山大学附属第一医院 邵逸夫医院 林州市人民医院 高州市人民医院 邹城市人民医院 "
                "金华市中心医院 龙岩市第一医院 宋庆龄儿童医学中心",
    "firm": "华为 万科 金龙鱼 康师傅 蒙牛 白象食品 顾家家居 罗莱家纺 雷沃重工 宁德时代 苏宁易购 周黑鸭 "
            "徐福记 鲁花集团 齐鲁制药 葛洲坝集团 申通快递 温氏股份 钱大妈 马应龙药业 张小泉 王致和 "
            "胡庆余堂 海天味业 金锣集团 陈李济 沈大成 谢馥春 汤臣倍健 韩都衣舍 林清轩 孔府家酒 "
            "牛栏山酒厂 蓝月亮 屈臣氏 安踏 吉利汽车 江淮汽车 史丹利化肥 王老吉",
    "shop": "杨国福麻辣烫 张亮麻辣烫 刘一手火锅 周黑鸭 钱大妈 鲍师傅 魏家凉皮 沈大成 陶陶居 许留山 "
            "黄焖鸡米饭 马记永 李先生牛肉面 袁记云饺 陈香贵 谭仔米线 胡桃里 吴裕泰 张一元 全聚德 "
            "曹氏鸭脖 武大郎烧饼",
    "estate": "万科城 金茂府 曹杨新村 康桥半岛 孔雀城 汤臣一品 龙湖春江郦城 梅园新村 金色家园 安居苑 "
              "文化苑 白鹭湾 江南名府 明珠花园 温泉花园 石榴苑 华润悦府",
    "property_co": "万科物业 龙湖智创生活 金科服务 华润万象生活 彭城物业 金地物业 鲁能物业",
    "disease": "帕金森病 阿尔茨海默病 唐氏综合征 川崎病 克罗恩病 桥本甲状腺炎 格林-巴利综合征 "
               "霍奇金淋巴瘤 马凡综合征 雷诺综合征 白塞病 艾迪生病 梅尼埃病 库欣综合征 庞贝病 戈谢病",
    "chronic": "帕金森病 阿尔茨海默病 克罗恩病 桥本甲状腺炎 白塞病 马凡综合征 霍奇金淋巴瘤 艾迪生病 "
               "梅尼埃病 库欣综合征 庞贝病 戈谢病 高血压 唐氏综合征 重症肌无力",
    "memorial": "雷锋纪念馆 焦裕禄纪念园 张謇纪念馆 岳飞庙 包公祠 杜甫草堂 郑成功纪念馆 林则徐纪念馆 "
                "戚继光纪念馆 陈嘉庚纪念馆 冼星海纪念馆 黄继光纪念馆 邱少云烈士纪念馆 董存瑞烈士陵园 "
                "刘胡兰纪念馆 杨靖宇烈士陵园 左权将军纪念馆 宋庆龄故居 鲁迅公园 中山公园",
    "school": "田家炳中学 曾宪梓中学 邵逸夫小学 鲁迅中学 雷锋小学 陶行知小学 宋庆龄学校 黄冈中学 "
              "石门中学 张謇中学 中山纪念中学 林州一中 金华一中 白城二中",
    "bank": "齐鲁银行 华夏银行 盛京银行 江苏银行 温州银行 龙江银行 桂林银行 柳州银行 秦农银行 "
            "甘肃银行 郑州银行 邮储银行",
    "app": "高德地图 苏宁易购 鲁通码 蒙速办 甘快办 江苏政务服务 曹操出行 华为钱包",
    "mountain": "老君山 武当山 黄山 华山 罗浮山 雷公山 龙虎山 秦岭 贺兰山 太白山 伏牛山 戴云山 武夷山 "
                "祁连山 吕梁山 王屋山 岳麓山 梁山",
    "river": "赵王河 沙河 白洋淀 金沙江 洪河 汤河 潘河 马颊河 柳河 石梁河",
    "lake": "洪泽湖 高邮湖 骆马湖 石臼湖 邵伯湖 梁子湖 查干湖 白洋淀",
    "sea": "黄海 石岛渔场 吕泗渔场 连青石渔场 海州湾",
    "tractor": "东方红 雷沃 常发 时风 谷神 黄海金马",
    "harvester": "雷沃谷神 东方红 常发 沃得",
    "abroad": "马来西亚 马尔代夫 文莱 温哥华 汤加 苏黎世 莫斯科 金边 安哥拉 米兰 卢森堡 华盛顿 "
              "孟加拉国 柏林",
    "dish": "宫保鸡丁 麻婆豆腐 东坡肉 左宗棠鸡 叫花鸡 贵妃鸡 宋嫂鱼羹 夫妻肺片 武大郎烧饼 太白鸭 "
            "文思豆腐 李鸿章大杂烩 张飞牛肉 王致和腐乳 曹操鸡",
    "lit": "诸葛亮 孙悟空 花木兰 林黛玉 武松 宋江 鲁智深 包青天 孟姜女 关公 杨家将 曹操",
    "snack": "王老吉 徐福记 康师傅 白象方便面 金龙鱼 鲁花花生油 周黑鸭 蒙牛纯牛奶 汤臣倍健 张飞牛肉",
    "xj": "乌鲁木齐 阿克苏 喀什 和田 吐鲁番 伊宁 库尔勒 阿勒泰 塔城 巴音郭楞 达坂城 阿图什",
    "kz_place": "阿勒泰 塔城 伊犁 富蕴县 哈巴河县 巴里坤 木垒",
    "tb_place": "拉萨 日喀则 那曲 林芝 甘孜 阿坝 玉树 昌都 康定",
    "yi_place": "昭觉县 布拖县 美姑县 喜德县 金阳县 雷波县 西昌",
    "mn_place": "乌兰察布 乌兰浩特 锡林郭勒 阿拉善 呼伦贝尔 通辽 赤峰 苏尼特右旗",
    "kr_place": "延吉 图们 珲春 龙井市 和龙 汪清县 安图县",
    "zh_place": "马山县 蒙山县 龙州县 覃塘区 陆川县 凌云县 田阳区 田东县",
    "miao_place": "雷山县 凯里 台江县 石阡县 龙里县 花垣县 凤凰县",
    "dai_place": "景洪 勐海 勐腊 芒市 孟连县 耿马县",
    "manchu_place": "新宾 岫岩 宽甸 丰宁 伊通 佟二堡 凤城",
    "hui_place": "临夏 吴忠 同心县 固原 化隆县 沙甸",
    "mfest": "古尔邦节 肉孜节 那达慕 泼水节 火把节 藏历新年 苗年 雪顿节",
    "en_place": "Zhangjiajie Zhangjiakou Zhangjiagang Lishui Lijiang Jiangmen Ma'anshan Shijiazhuang "
                "Xuzhou Zhoukou Tangshan Songzhuang Wenzhou Jinhua Longyan Gaoyou Linzhou Zhengzhou "
                "Liuzhou Lanzhou Changzhou",
}.items()}
_LOOK_PHRASES = {
    "en_place2": ["Xuhui District", "Yangpu District", "Luohu District", "Huangshan City",
                  "Zhongshan City", "Zuoquan County"],
    "en_road": ["Zhongshan Road", "Yat-sen Avenue", "Jiefang Road", "Huangxing Road",
                "Zhangyang Road", "Renmin Road", "Caoyang Road", "Xujiahui Road", "Linsen Road",
                "Heping East Road", "Sun Wu Road"],
    "en_brand": ["Li-Ning", "Lee Kum Kee", "Chow Tai Fook", "Zhou Hei Ya", "Wong Lo Kat",
                 "Wang Laoji", "Haidilao", "Meituan", "Amap", "Suning", "Tsingtao", "Lenovo",
                 "Master Kong", "Yonghe King", "Chow Sang Sang", "Wahaha", "Kang Shi Fu"],
    "en_disease": ["Parkinson's disease", "Alzheimer's disease", "Down syndrome", "Kawasaki disease",
                   "Crohn's disease", "Hashimoto's thyroiditis", "Bell's palsy", "Hodgkin lymphoma",
                   "Marfan syndrome", "Raynaud's phenomenon", "Behcet's disease",
                   "Cushing's syndrome", "Meniere's disease", "Addison's disease"],
    "en_hospital": ["Sun Yat-sen Memorial Hospital", "Peking Union Medical College Hospital",
                    "Huashan Hospital", "Xiangya Hospital", "Queen Mary Hospital",
                    "Tung Wah Hospital", "Bethune International Peace Hospital",
                    "Sir Run Run Shaw Hospital", "Li Shizhen Hospital", "Zhang Zhongjing Hospital",
                    "Kwong Wah Hospital"],
    "en_festival": ["Mid-Autumn Festival", "Dragon Boat Festival", "Qingming Festival",
                    "Lantern Festival", "Spring Festival", "Double Ninth Festival"],
    "en_dish": ["Kung Pao chicken", "Mapo tofu", "Dongpo pork", "General Tso's chicken",
                "beggar's chicken", "Lanzhou beef noodles", "Song Sao fish soup"],
    "en_masked": ["Zhang **", "Li ***", "Wang XX", "Liu *ming", "CHEN ***", "H** Fang", "Zhao X.",
                  "Sun ***", "Huang **", "Xu *"],
    "en_public": ["Confucius Institute", "Lei Feng Day", "Lu Xun Park", "Zhongshan Park",
                  "Sun Yat-sen University", "Zhou Enlai Memorial Hall", "Soong Ching Ling Foundation",
                  "Tin Ka Ping Secondary School", "Run Run Shaw Library", "Lu Xun Academy of Fine Arts"],
    "en_estate": ["Vanke City Garden", "Longfor Paradise Walk", "Jinmao Mansion", "Tomson Riviera",
                  "Kangqiao Peninsula", "Caoyang New Village", "Wenquan Garden"],
    "en_mountain": ["Huangshan", "Wudang Mountains", "Helan Mountains", "Qinling Mountains",
                    "Mount Hua", "Wuyi Mountains", "Laojun Mountain", "Wangwu Mountain"],
    "en_lake": ["Hongze Lake", "Gaoyou Lake", "Luoma Lake", "Shaobo Lake", "Liangzi Lake",
                "Baiyangdian"],
    "en_bank": ["Bank of China", "Ping An Bank", "Huaxia Bank", "Hang Seng Bank", "Wing Lung Bank",
                "Chong Hing Bank", "Bank of Jiangsu", "Qilu Bank"],
}
_LOOK.update(_LOOK_PHRASES)
_BOAT_PREFIX = ["鲁荣渔", "鲁烟渔", "苏连渔", "苏射渔", "桂北渔", "浙岱渔", "闽狮渔", "冀唐渔"]
_VILLAGE_SUFFIX = list("庄湾坪沟河店堡营岭寨洼屯集")
_VILLAGE_EXTRA = ["石门村", "高桥村", "金沙村", "马坊村", "杨柳村", "柳树屯", "何家坝", "宋庄",
                  "朱家角", "孔村", "林场村", "毛家湾"]
_TOWN = ["胡集镇", "马坊镇", "宋庄镇", "朱家角镇", "周庄镇", "孟庄镇", "石佛镇", "高庙镇", "龙泉镇",
         "金沟镇", "万寿镇", "严店乡", "安乐乡"]
_MASKS = ["某", "某某", "**", "××", "XX", "*", "某甲", "某乙"]

# --------------------------------------------------------------------------------------------
# templates: «x» is a look-alike written out; {P} {P:kind} a planted Han name; {E:style} a name
# in the English export; {Y:kind} / {YL:kind} a minority name (YL adds the people's name in
# brackets); {O} an official in a public role (a look-alike); {M} a masked name (a look-alike);
# {@pool} a look-alike drawn from a pool; {#filler} a number, date, ID or phone; {a|b} a choice.
# --------------------------------------------------------------------------------------------

_TEMPLATES = {
    "work_injury": [
        "{PG}，{#age_w}岁，{#date}在{@firm}{仓库|生产车间|项目工地}{搬运货物|操作冲压设备|卸车}时被{叉车|钢管|货架}砸伤{左脚|右手|腰部}，经{@hospital}诊断为{骨折|软组织挫伤|肌腱断裂}，工伤认定申请已受理。",
        "申请人{P:F}（身份证号{#id}）称其丈夫{P:M}于{#date}下班途中在{@road}被{货车|电动车}撞伤，交警认定其负次要责任，属上下班途中非本人主要责任的交通事故，予以认定。",
        "劳动能力鉴定：{P:o}，{#age_w}岁，职业病停工留薪期满，因长期{使用风镐|从事打磨作业}出现«雷诺综合征»表现，鉴定为{七|八|九|十}级伤残；委托代理人{KB:其女|其子|其妻}到场签字。",
        "{P}、{P}两人系{@firm}外包{保洁|装卸}人员，{#date}在{@county}仓储基地高处作业时跌落，单位以外包为由未申报，两人自行提交认定申请，联系电话{#phone}。",
        "再次鉴定：{P}对初次鉴定结论（{九|十}级）不服，{#date}提出申请，材料由{K:其爱人|其父亲|其姐姐}代交，需补{@hospital}出院小结。",
        "{P}（{#age_w}岁）在{@county}一家{物流|建材|食品}公司任{司机|焊工|保安}，{#date}{出车|值班}时突发{脑出血|心肌梗死}，48小时内经抢救无效死亡，家属{P}申请视同工伤，用人单位对事实无异议。",
        "{P}来电{#phone}，询问{一次性伤残补助金|停工留薪期工资}如何计发，答复需等鉴定结论，约定«周末»后回电；既往{@disease}病史不影响本次认定。",
        "【{P}】{#date}在{@road}{@shop}送餐途中摔伤，平台未与其签订劳动合同，告知先确认劳动关系，{K:其兄|其姐}表示将申请仲裁。",
    ],
    "ui_maternity": [
        "{P}，{#date}与{@firm}解除劳动合同，累计缴费{#n}年，核定领取失业保险金{#n}个月，每月{#money_m}元；手机{#phone}。",
        "生育津贴：{P:dF}于{#date}在{@hospital}{顺产|剖宫产}一{女|子}，产假{98|128|158}天，因社保卡{未激活|信息有误}，津贴改发至其丈夫{P:M}的{@bank}账户。",
        "{P}（{#idm}）领取失业金期间{重新就业|应征入伍|达到法定退休年龄}，自{#month}起停发，多领{#n}个月待遇已{退回|约定分期退回}。",
        "{P:F}与配偶{P:M}均在{@firm}参保，申领生育津贴时提供的出生医学证明{编号|日期}有涂改，需补正后再审。",
        "失业补助金：{P}、{P}、{P}三人参保不满一年，按{#money_m}元/月发放{3|6}个月，均已通过{@app}线上办理。",
        "{P:F}咨询：怀孕{#n}个月时被{@firm}辞退，能否领生育津贴；已告知可先申请劳动仲裁，其母{P:oF}陪同来访。",
        "{P}，{#age_w}岁，失业登记后参加{叉车|电工|育婴员}培训，培训补贴«金额»{#money_s}元已核对，拨付至{@bank}。",
        "{P:F}的生育津贴与产假工资重复，单位{@firm}已{#date}将差额退回；经办备注：由{P}（单位人事）提交说明。",
    ],
    "veteran_care": [
        "义务兵{P:y}，{#year}年{9|3}月入伍，服役于{武警|陆军}某部，家庭优待金{#money}元/年已拨付至{K:其父@d}的{@bank}账户。",
        "{P:oM}，{#age_old}岁，{参战|涉核|带病回乡}退役军人，{六|七|八}级伤残，抚恤金按季度发放；因{住院|行动不便}，由{K:其子|侄子|其女婿}代为领取，代领人电话{#phone}。",
        "烈士遗属{P:oF}（{#age_old}岁），其{兄|父}{1979|1984}年牺牲，事迹陈列于{@memorial}，定期抚恤金{#date}年审通过。",
        "退役士兵{P}自主就业，一次性经济补助{#money}元，{#date}办理，经推荐到{@firm}任{保安|驾驶员}。",
        "优待金异议：{P}反映{K:其弟弟|其儿子@y}{#year}年入伍后优待金未足额发放，经核，户籍迁入{@county}不满一年，按规定执行原籍标准。",
        "春节走访：老兵{P:oM}住{@village}，{#age_old}岁，{独居|与老伴同住}，送去慰问金，«马上»协调维修{阳台|屋顶}渗漏。",
        "悬挂光荣之家牌匾：{P}、{P}、{P}家已完成，{P}家无人在家暂缓，{#date}再去。",
        "{P}（{#idm}）申请退役军人优待证，{#date}受理；{K:其妻}代为提交，联系电话{#phone}，拟通过{@app}查询进度。",
    ],
    "ranger_roster": [
        "{P:o}（{#age_r}岁，脱贫户）续聘生态护林员，管护{@mountain}{一带|东坡|北麓}林地{#n}00亩，巡护轨迹{完整|偶有中断}，{#month}劳务补助{#money_m}元。",
        "保洁员：{P}、{P}负责{@road}至{@village}段，{#month}考核{良好|合格}；{P}因{腰椎间盘突出|膝关节手术}请假，由其妻{P:F}临时顶岗。",
        "{P}新聘护林员，原护林员{P:oM}已满{60|65}周岁不再续聘，交接{巡护终端|防火器材}一套。",
        "护林员{P}{#date}巡山时在{@mountain}发现{野外用火|乱砍滥伐|盗挖兰草}，及时制止并报告，给予表扬一次。",
        "{P}，{#idm}，{监测户|脱贫户}，岗位：{河道保洁|村庄保洁}，负责{@river}{左岸|右岸}{#n}公里，遇«高温»天气调整为早晚作业。",
        "{#month}护林员花名册：{P}（{@village}）、{P}（{@village}）、{P}（{@village}）、{P}（{@village}），均已签订管护合同。",
        "{P}的{K:儿子|女儿}代其领取{#month}补助并签字，本人{住院|外出就医}中，已电话核实（{#phone}）。",
        "公益岗位保洁员{P}（{#age_w}岁）在{@estate}周边清扫时被车辆剐蹭，已送{@hospital}检查，费用由肇事方承担。",
    ],
    "agri_machinery": [
        "购机者：{P}，机具：{@tractor}{#hp}«马力»轮式拖拉机，出厂编号{#serial}，补贴额{#money}元，经销商：{@county}丰收农机销售有限公司。",
        "{P}与{P}合伙购置{@harvester}收割机一台，因两人对补贴款分配有争议，暂缓公示，待协商一致后再行申报。",
        "{P}（{#idm}）购置植保无人机一架，机型不在本年度补贴目录，不予补贴，已电话告知（{#phone}）。",
        "公示期内收到{P}实名举报，反映{P}购置的{@tractor}拖拉机{为二手机翻新|已转卖他人}，经现场核验{情况属实，取消补贴|机具在位，举报不实}。",
        "{P}，{@village}，购{旋耕机|深松机|播种机}{1|2}台，补贴{#money}元；{P}，{@village}，购{玉米收获机|秸秆打捆机}1台，补贴{#money}元。",
        "{P:yM}代{K:父亲@o}办理补贴申请，其父户籍在{@county}，购机发票抬头与申请人一致，予以受理。",
        "机具核验：{@tractor}{#hp}«马力»拖拉机铭牌与发票不符，购机者{P}称系经销商笔误，需重新开具。",
        "{P}购置烘干机一套，补贴资金拨付至{@bank}，因账户户名为{K:其妻}，退回重报。",
    ],
    "petition": [
        "{#date}{P}（{#phone}）来访，反映{@village}宅基地{界址|确权}问题，称与邻居{P}纠纷多年未解决；已登记，转{镇政府|自然资源所}办理。",
        "来信人{P}等{#n}人联名反映{@firm}项目拖欠工资，附名单：{P}、{P}、{P}；已转劳动保障监察大队，30日内答复。",
        "{P}代{K:其母亲|其岳父@o}网上信访，诉求：{增加养老金|解决危房|补发低保}；答复意见已{送达|邮寄}，信访人{满意|不满意，申请复查}。",
        "重复访：{P}第{#n}次到县反映原诉求，复查意见已出具，按规定不再受理，做好解释疏导。",
        "{P}反映{@road}{#n}号{@shop}油烟扰民，{#date}执法人员现场检查，责令加装净化设备。",
        "{P:M}、{P:F}夫妇反映{K:其子@y}在{@school}被收取资料费，已转教体局核查，{#date}前答复。",
        "来电人自称{P}的邻居，反映{M}{私占|侵占}集体林地，无具体线索，转村委会了解；来电号码{#phone}。",
        "{P:o}（{#age_old}岁）反映{@county}某{砖厂|养殖场}占用其承包地未补偿，本人{不识字|听力不好}，由{K:外孙女@y}代写信件。",
    ],
    "mediation": [
        "当事人{P}与{P}系{前后院邻居|同组邻居}，因{排水沟|滴水檐|宅基地界址}发生纠纷，{#date}经调解，双方同意{共同出资修建|各退半米}，达成书面协议。",
        "{P:o}（{#age_old}岁）与{K:儿子}、{K:儿媳}因赡养问题产生矛盾，调解后约定每月支付赡养费{#money_m}元，{P}作为见证人签字。",
        "抚养费纠纷：{P:F}称前夫{P:M}拖欠抚养费{#n}个月，经调解，对方同意{#date}前一次性付清。",
        "{P}家的狗咬伤{P}的孙女，在{@hospital}花去医药费{#money_s}元，经调解由狗主人全额承担并赔礼道歉。",
        "{P}与{P}因合伙经营{@shop}加盟店产生纠纷，调委会{#date}组织调解，一方退伙，{#money}元分{3|6}期退还。",
        "兄妹{P:M}、{P:s}、{P:sF}因父亲遗留{@village}老宅分割发生争议，调解达成协议：房屋归{长子|小妹}，其余人折价补偿。",
        "{P}（{#phone}）申请调解：装修时施工队损坏邻居{P}家«管道»，协商赔偿{#money_s}元，当场付清。",
        "{P}与租户{P}因{押金|房租}退还发生争执，{@estate}物业在场，调解后退还{#money_s}元。",
    ],
    "heating_ticket": [
        "工单{#ticket}：{@estate}{#n}号楼{#n}单元{#n}01室业主{P}来电（{#phone}），反映室温{14|15|16}℃不达标，已派维修人员排气。",
        "{P}反映楼上住户{P}家暖气管漏水，泡坏自家{吊顶|木地板}，物业协调双方，{@property_co}承诺«周末»前更换阀门。",
        "物业费纠纷：{P}以{电梯经常停运|保洁不到位}为由拒交物业费{1|2|3}年，{@property_co}起诉前申请调解。",
        "{P}（{@estate}租户）申请暂停供暖，房东{P}{同意|不同意}，按规定需产权人签字。",
        "回访：{PH}表示问题已解决，对{@property_co}维修{满意|基本满意}。",
        "{#date}{P}、{P}等{#n}户联名投诉{@estate}地下车库{积水|照明损坏}，要求物业公示维修基金使用情况。",
        "{P}来电称老人{P:o}（{#age_old}岁）独居，家中暖气不热，已列为优先处理，«温度»复测{18|19}℃。",
        "报修人：{P}，联系人【{P}】{#phone}，{@estate}{#n}号楼单元门禁损坏，换件后恢复。",
    ],
    "service_window": [
        "{P}办理{往来港澳通行证|护照}，照片不合格重新采集，{#date}取证；{K:其子|其女@y}（{#kidage}岁）同时办理首次申领。",
        "公证：{P:o}、{P:o}夫妇办理{委托|赠与}公证，{受托人|受赠人}为{P}；需补交{@county}派出所出具的亲属关系证明。",
        "{P}申请出具{无犯罪记录|出生|学历}公证（用于{@abroad}），需附译文，取件人（{P}）持委托书。",
        "{P}赴{@abroad}探亲，签注{逾期|被拒}后咨询，已告知重新预约；联系电话{#phone}。",
        "继承公证：被继承人{P:o}，法定继承人{KB:配偶}、{KB:长子}、{KB:次女}，次女自愿放弃继承权，声明书已签。",
        "{P}（{#idm}）因{@disease}行动不便，申请上门公证，{#date}由公证员上门办理。",
        "{P}遗失{护照|港澳通行证}，在{@abroad}报失后回国补办，{KB:其丈夫|其妻子}陪同。",
        "{P:y}持{@school}录取材料办理学历公证加急，{#date}领取，费用由{K:其母}支付。",
    ],
    "chronic_outpatient": [
        "{P:o}，{#age_old}岁，申请病种：{@chronic}，{@hospital}病历及诊断证明齐全，专家评审{通过|暂缓}，待遇自{#month}起享受。",
        "{P}（{#idm}）{@chronic}复审，未提供近{3|6}个月用药记录，退回补充；联系人：{K:其女}，{#phone}。",
        "{#month}评审结果：{P}、{P}、{P}——{@chronic}，通过；{P}——资料不全，退回。",
        "{P:oF}之夫{P:oM}代为申请{@chronic}门诊待遇，{#date}受理，定点医疗机构选择{@hospital}。",
        "{PG}，{#age_old}岁，{@chronic}合并«高血压»，两个病种分别认定，年度限额{#money}元。",
        "{P}咨询{@chronic}能否异地认定，本人现住{@county}{女儿|儿子}家，答复可通过{@app}办理备案。",
        "{P:o}（{#age_old}岁）确诊«帕金森病»{#n}年，长期服用«左旋多巴»，门诊费用已纳入报销，由{P}每月代取药。",
        "[{P}] {@chronic}认定未通过，理由：{诊断依据不足|未达认定标准}；可于{#date}后重新申请。",
    ],
    "village_doctor_teacher": [
        "乡村医生{P:o}，{#age_old}岁，在{@village}卫生室从医{#yrs}年，已满60周岁，老年乡村医生生活补助{#money_m}元/月。",
        "原代课教师{P:o}，{#yrange}在{@school}代课，按每满一年{#money_s}元标准发放补助。",
        "{P}、{P}两位乡医年度考核{合格|优秀}；{P}因{身体原因|外出务工}离岗，补助自{#month}起停发。",
        "{P:o}（{#idm}，{#phone}）申请代课教师补助，仅提供{工资条|教案}复印件，证明人：原同事{P}、{P}。",
        "{P:oM}{老师|医生}已去世，补助由其配偶{P:oF}领取至{#month}，之后停发。",
        "{#year}年度乡村医生定额补助名单：{P}（{@village}）{#money}元；{P}（{@village}）{#money}元。",
        "{P:o}，原{@school}民办教师，{#year_old}年转岗，{K:其子}反映教龄计算有误，已调取档案复核。",
        "村卫生室乡医{P}参加{@hospital}进修{#n}个月，期间由{P}顶班，补助按实际在岗天数核发。",
    ],
    "census_visit": [
        "{@village}{#n}组{#n}号：户主{P:oM}，{#age_old}岁，户内{#n}人；妻子{P:oF}在{@city}带孙子，按常住地原则不在本户登记。",
        "{#n}栋{#n}02室敲门无人应答，邻居称住户{P}一家已搬往{@city}，{联系电话|手机}{#phone}，待回访。",
        "{P}户为人户分离，户籍在{@county}，{K:外孙@y}（{#kidage}岁）在{@school}就读，已按现住地登记。",
        "普查员{#code}：登记对象{P}拒绝提供身份证号，经社区网格员解释后配合，{#date}补录。",
        "夜访登记：{P}、{P}、{P}（均为租户）同住{@estate}{#n}号楼，房东{P}电话{#phone}。",
        "{P:F}（{#age}岁）与{再婚|新婚}丈夫{P:M}同住，子女户口仍在原籍，按实际居住登记。",
        "{P:o}，{#age_old}岁，{@disease}长期卧床，由{K:其孙@y}代答，信息已核对。",
        "[{P}] 家中{#n}人，{@firm}职工，{早出晚归|倒班}，约定«周末»上门补登。",
    ],
    "fishery_subsidy": [
        "船名：{#boat}，船东{P}，主机功率{#kw}千瓦，{燃油补贴|减船转产补助}{#money}元，{#date}发放。",
        "{P}与{P}共有渔船{#boat}，补贴按{六四|七三}分成，已签分配协议。",
        "{P}（{#idm}）渔船已拆解，申请减船补助；船员{P}、{P}转岗到{@lake}沿岸养殖合作社。",
        "{P}，{#phone}，{@lake}退捕渔民，过渡期生活补助{#money_m}元/月，{K:其妻|其子}同为退捕登记人员。",
        "{#boat}于{#date}在{@sea}作业时{主机故障|触礁}，船长{P}及船员{P}获救，申请渔船保险理赔。",
        "休渔期补助名单：{P}、{P}、{P}、{P}，合计{#money}元，{@bank}代发。",
        "{P}的渔船证书{过期|未年检}，{#year}年度补贴暂停；{K:其侄子|其女婿}代为办理年检。",
        "{P:o}（{#age_old}岁）在{@lake}从事捕捞{#yrs}年，{@disease}病史，申请纳入退捕渔民养老保险补贴。",
    ],
    "english_export": [
        "Applicant: {E:std}; ID {#idm}; tel {#phone}. Claims the home-care allowance for her mother {E:western}, aged {#age_old}, who lives near {@en_road}.",
        "Window 3 note: {E:upper} came in with her husband {E:upper} to collect the notarised copy; fee paid by card at the {@en_bank} counter.",
        "case {#ticket} - rang {E:lower} (daughter), she says her father {E:lower} moved to {@en_place} after the {@en_festival}, will send new address.",
        "Beneficiaries (surname first): {E:upper}, {E:upper}, {E:upper}. {@en_masked} removed as duplicate entry.",
        "Claimant {E:wg} (Taiwan resident permit) and spouse {E:canto} (HKID) applied for notarisation of a flat sale in {@en_place2}.",
        "Diagnosed with {@en_disease} at {@en_hospital} in {#year}; {E:eng} asked that the refund go to her own account.",
        "Dispute between {E:std} and neighbour {E:hyph} over a leaking pipe in {@en_estate}; settled on {#date_en} with the committee's help.",
        "Ranger roster: {E:init} ({@en_mountain}, north slope) replaced by {E:hyph} from October; {E:comma} on sick leave.",
        "Fishing boat owner {E:dual} - fuel subsidy {#money} yuan; crew {E:western} and {E:std} moved to a fish farm by {@en_lake}.",
        "Outreach visit {#date_en}: {E:lower} and her son {E:lower} were out; a neighbour ({@en_masked}) said they had gone to {@en_place} for the {@en_festival}.",
        "Veteran {E:upper} (discharged {#year_old}), allowance paid to nephew {E:eng} through {@en_bank}.",
        "Volunteer {E:eng} took {E:western} (aged {#age_old}) to a {@en_dish} dinner at the community hall for the {@en_festival}.",
        "HK applicant {E:canto}, address near {@en_road}; her brother {E:canto} signs as guarantor. Voucher from {@en_brand} not accepted as proof.",
        "Taiwan applicant {E:wg}, alumna of {@en_public}; her mother {E:wg} co-signs the entrustment.",
        "per {E:init}'s email, the subsidy for {E:std} was wrongly credited to {@en_masked}; correction filed on {#date_en}.",
        "Unemployment benefit: {E:comma} (ID {#idm}) stopped from {#month_en} after starting work at {@en_brand}; overpayment repaid by {E:western}.",
        "Chronic illness list - {E:dual}: {@en_disease}, approved; {E:std}: papers missing, returned.",
        "call log: mr {E:lower} complains radiator cold again, flat in {@en_estate}; his wife {E:eng} will be home after 6pm.",
    ],
    "minority_listing": [
        "{YL:any}、{YL:any}、{YL:any}：{#year}年度{草原生态补奖|边民补助|护边员补贴}已发放，{@mfest}前完成入户核对。",
        "{Y:uy}（维吾尔族，{#age_old}岁），住{@xj}，«古尔邦节»期间走访慰问，其女{Y:uyFc}在{@xj}务工，电话{#phone}。",
        "{Y:kz}，哈萨克族，牧民，转场至{@kz_place}夏牧场，草原补奖{#money}元由其子{Y:kzMc}代领。",
        "{Y:tb}（藏族，{#age_old}岁）家院内种满«格桑花»，入户时家人以一句«扎西德勒»相迎；其子{Y:tb}在{@tb_place}读书。",
        "{Y:yi}、{Y:yi}（彝族）易地搬迁至{@yi_place}安置点，«火把节»后统一办理就业登记。",
        "{Y:mn}（蒙古族）、{Y:mn}（蒙古族）：{@mn_place}牧户，«那达慕»期间外出，邻居说已请«乌兰牧骑»队员代为照看羊群。",
        "{Y:hui}（回族）在{@city}经营«兰州拉面»馆，{#date}申请创业担保贷款，担保人{Y:hui}，住{@hui_place}。",
        "{Y:kr}（朝鲜族），住{@kr_place}，{#age_old}岁，其女{Y:krF}在«韩国»务工，每月寄回生活费。",
        "{Y:zhuang}（壮族）、{Y:zhuang}（壮族），{@zh_place}人，在{@firm}务工，«三月三»假期返乡。",
        "{Y:miao}（苗族）住{@miao_place}，«苗年»前领取临时救助{#money_s}元，由其孙{Y:miao}代签。",
        "{Y:dai}（傣族）、{Y:dai}（傣族）：{@dai_place}胶农，«泼水节»后核对橡胶种植面积。",
        "{Y:manchu}（满族），{@manchu_place}人，{#age_old}岁，高龄津贴由其子{Y:manchuM}代领，已核对{@bank}账户。",
        "护边员名单：{Y:uy}、{Y:kz}、{Y:uy}，均在{@xj}边境一线，{#month}补贴{#money_m}元/人。",
        "{Y:tb}，{#age_r}岁，{@tb_place}生态管护员；{Y:tb}，{#age_w}岁，草原监督员；«藏历新年»前发放补助。",
        "{Y:mn}（{#idm}），牧区医疗救助，诊断{@disease}，由家属{Y:mn}陪同就医，住{@mn_place}。",
        "{Y:uy}与{Y:kz}两户合伙经营{@xj}一家馕坑，«肉孜节»期间订单增加，申请小额贷款{#money}元。",
    ],
    "public_notice": [
        "关于{@village}{#year}年下半年低保对象的公示：{P}户（{#n}人）、{P}户（{#n}人）经村民代表评议拟纳入保障。公示期{#days}日，监督电话{#landline}，联系人：{O}。",
        "临时救助公示：申请人{P}，因{K:其子|丈夫}{突发疾病|意外受伤}住院，拟救助{#money_s}元。经办人：{O}；审核人：{O}；审批人：{O}。",
        "{@village}村两委成员{O}、{O}、{O}入户核实{P}家庭收入，驻村第一书记{O}参与评议，结果如下：{符合|不符合}条件。",
        "异议处理：公示期内村民{P}对{P}户享受{低保|危房改造补助}提出异议，称其子女有{车辆|商铺}；经评审专家{O}、{O}复核，{异议成立，取消资格|异议不成立，维持原结论}。",
        "{#year}年度{高龄津贴|残疾人两项补贴}新增名单：{P}（{#age_old}岁）、{P}（{#age_old}岁）、{P}（{#age_old}岁）。如有异议请于公示期内向{#town}民政办反映，联系人{O}，电话{#landline}。",
        "评议小组成员：{O}（组长）、{O}、{O}；见证人：{P}；被评议对象：{P}、{P}。",
        "危房改造补助公示：{P}（{@village}）、{P}（{@village}）；第二户委托其侄子{P:M}代签。审批人：{O}（{镇长|副镇长}）。",
        "特困供养人员{P}（{#age_old}岁）拟由{#town}敬老院集中供养，{K:其侄女|其外甥}作为联系人。公示期{#days}日，联系人：{O}，监督电话{#landline}。",
        "{#year}年度医疗救助对象公示：{P}，病种{@chronic}，救助{#money}元；{P}，病种{@chronic}，救助{#money}元。审核人：{O}，公示期内接受监督。",
        "就业困难人员认定公示：{P}、{P}经审核符合认定条件；{P}因已在{@firm}就业，不予认定。经办人：{O}（{#town}人社所）。",
    ],
    "lookalike_only": [
        "{@road}东段的{@shop}门店{#date}起暂停营业，{@app}已更新，附近{@memorial}{东门|北门}同步改造。",
        "组织党员赴{@memorial}参观，开展«学习雷锋»志愿服务，午餐为{@dish}，返程途经{@county}。",
        "{M}、{M}等{#n}户反映{@estate}{#n}号楼«管道»老化，物业已于«周末»更换。",
        "{@disease}、{@disease}等病种纳入门诊慢特病保障范围，定点机构为{@hospital}。",
        "社区{元宵|中秋}灯谜会以«{#lit1}»、«{#lit2}»为谜底，奖品由{@firm}赞助。",
        "«马上»就办：{@county}政务服务中心开通{@app}预约，«高温»时段延长服务至19时。",
        "本季度慰问品为{@snack}、{@snack}，配送由{@firm}负责，{M}签收。",
        "{@school}与«孔子学院»开展交流，学生参观{@memorial}，{@abroad}友好学校同步连线。",
        "{@dish}、{@dish}入选{@county}特色美食名录，{@shop}等{#n}家门店参与推广。",
        "{#date}起{@mountain}景区门票半价，{@lake}湿地公园同步开放，游客可使用{@app}导航。",
        "投诉转办：{M}反映{@road}{@shop}油烟扰民，已转{#town}综合执法队；另{M}咨询{@chronic}认定。",
        "{@tractor}{#hp}«马力»拖拉机、{@harvester}收割机列入本年度补贴目录，经销商须在{@county}备案。",
        "渔船{#boat}、{#boat}完成年检，{@sea}伏季休渔期{#date}开始，{M}等船东已签承诺书。",
        "赴{@abroad}、{@abroad}旅行团行前说明会在{@county}举行，领队{M}介绍注意事项。",
        "«王家庄»至{@road}公交线路调整，途经{@school}、{@hospital}，«周末»加密班次。",
    ],
}

_LIT_POOL = _LOOK["lit"]

# --------------------------------------------------------------------------------------------
# the generator
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"«([^«»]+)»|\{([^{}]+)\}")


def _reserved_text():
    parts = []
    for v in _LOOK.values():
        parts.extend(v)
    parts += _BOAT_PREFIX + _VILLAGE_EXTRA + _TOWN
    for tpls in _TEMPLATES.values():
        parts.extend(tpls)
    return "\n".join(parts).lower()


_RESERVED = _reserved_text()


def _id_check(body17):
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(c) * k for c, k in zip(body17, w)) % 11]


_AREAS = ["370102", "370781", "410105", "420106", "130682", "320586", "510107", "441302", "610113",
          "650102", "540102", "532801", "513401", "222401", "152502", "640302", "450102", "522601",
          "210102", "330782", "350322", "430602"]


class _State:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used = set()          # lower-cased planted names and officials of earlier cells
        self.lens = set()
        self.big = ""              # lower-cased texts of earlier cells


class _Cell:
    def __init__(self, st, family):
        self.st = st
        self.rng = st.rng
        self.family = family
        self.names = []
        self.looks = []
        self.fresh = set()
        self.officials = []
        self.anchor = None       # the surname of the cell's first Han name (kin share it)
        self.patron = None       # the given name of the last Uyghur or Kazakh man named
        self.sep = st.rng.choice(_UY_SEPS)   # one register, one separator

    # ---- uniqueness -------------------------------------------------------------------------
    def _fresh_ok(self, s):
        k = s.lower()
        if len(k) < 2 or k in _BLOCK or k in self.st.used or k in self.fresh:
            return False
        if k in _RESERVED or k in self.st.big:
            return False
        return True

    def _unique(self, maker, tries=300):
        for _ in range(tries):
            s = maker()
            if self._fresh_ok(s):
                self.fresh.add(s.lower())
                return s
        raise RuntimeError("no fresh name")

    # ---- Han names ----------------------------------------------------------------------------
    def _surname(self, kind=""):
        r = self.rng
        if "c" in kind:
            return r.choice(_COMPOUND_SURNAMES)
        if "r" in kind:
            return r.choice(_RARE_SURNAMES)
        x = r.random()
        if x < 0.03:
            return r.choice(_RARE_SURNAMES)
        if x < 0.05:
            return r.choice(_COMPOUND_SURNAMES)
        return r.choices(_SURNAME_CHARS, _SURNAME_W)[0]

    def _given(self, kind=""):
        r = self.rng
        era = next((c for c in "ody" if c in kind), None) or r.choices("ody", (3, 5, 2))[0]
        sex = next((c for c in "FM" if c in kind), None) or r.choice("FM")
        single = {"o": 0.12, "d": 0.4, "y": 0.15}[era]
        if r.random() < single:
            return r.choice(_SINGLE[sex])
        return r.choice(_GIVEN[(era, sex)])

    def han(self, kind=""):
        r = self.rng
        sur = []

        def make():
            if "s" in kind and self.anchor:
                sur.append(self.anchor)
                return self.anchor + self._given(kind)
            if "w" in kind or ("y" not in kind and "s" not in kind and r.random() < 0.035):
                w = r.choice(_WORD_NAMES)
                sur.append(w[0])
                return w
            sur.append(self._surname(kind))
            return sur[-1] + self._given(kind)
        name = self._unique(make)
        if self.anchor is None:
            self.anchor = sur[-1]
        return name

    def kin(self, spec, bracket):
        """a kinship word and a name that fits it: 其女张丽 / 张丽（其女）."""
        r = self.rng
        terms, _, era = spec.partition("@")
        term = r.choice(terms.split("|"))
        sex, same = _KIN[term]
        kind = sex + era + ("s" if same and self.anchor and r.random() < 0.85 else "")
        name = self.han(kind)
        self.names.append(name)
        return f"{name}（{term}）" if bracket else term + name

    # ---- English export -------------------------------------------------------------------------
    def _py_parts(self):
        r = self.rng
        s = r.choice(_PY_SURNAMES)
        g = r.choice(_PY_GIVEN)
        return s, g

    def english(self, style):
        r = self.rng

        def cap(sy):
            return sy[:1].upper() + sy[1:]

        def make():
            (sh, sp), (gh, gp) = self._py_parts()
            syl = gp.split()
            gjoin = cap("".join(syl))
            if style == "std":
                return f"{sp} {gjoin}"
            if style == "western":
                return f"{gjoin} {sp}"
            if style == "upper":
                return r.choice([f"{sp.upper()} {gjoin}", f"{gjoin} {sp.upper()}",
                                 f"{sp.upper()} {' '.join(cap(x) for x in syl)}"])
            if style == "comma":
                return r.choice([f"{sp}, {gjoin}", f"{sp.upper()}, {gjoin}"])
            if style == "hyph":
                if len(syl) == 1:
                    syl = syl + [r.choice(_PY_GIVEN)[1].split()[0]]
                hy = cap(syl[0]) + "-" + r.choice([syl[1], cap(syl[1])])
                return r.choice([f"{sp} {hy}", f"{hy} {sp}", f"{sp.upper()} {hy}"])
            if style == "init":
                ini = ".".join(x[0].upper() for x in syl) + "."
                return r.choice([f"{ini} {sp}", f"{sp} {ini}", f"{ini} {sp}"])
            if style == "lower":
                return f"{sp.lower()} {''.join(syl)}"
            if style == "canto":
                s = r.choice(_CANTO_SURNAMES)
                a, b = r.sample(_CANTO_GIVEN, 2)
                return r.choice([f"{s.upper()} {a}-{b.lower()}", f"{s} {a} {b}", f"{s} {a}-{b.lower()}"])
            if style == "wg":
                s = r.choice(_WG_SURNAMES)
                a, b = r.sample(_WG_GIVEN, 2)
                return r.choice([f"{s} {a}-{b.lower()}", f"{a}-{b.lower()} {s}",
                                 f"{s.upper()}, {a.upper()}-{b.upper()}"])
            if style == "eng":
                e = r.choice(_EN_GIVEN)
                return r.choice([f"{e} {sp}", f"{e} {sp.upper()} {gjoin}", f"{e} {sp} {gjoin}"])
            raise ValueError(style)
        return self._unique(make)

    def dual(self):
        """pinyin and the hanzi form in brackets: two names."""
        r = self.rng
        for _ in range(300):
            (sh, sp), (gh, gp) = self._py_parts()
            py = f"{sp} {''.join(gp.split()).capitalize()}"
            hz = sh + gh
            if self._fresh_ok(py) and self._fresh_ok(hz) and py.lower() != hz:
                self.fresh.add(py.lower())
                self.fresh.add(hz)
                self.names += [py, hz]
                return f"{py} ({hz})" if r.random() < 0.6 else f"{py}（{hz}）"
        raise RuntimeError("no fresh dual name")

    # ---- minority names -------------------------------------------------------------------------
    def minority(self, kind):
        r = self.rng
        sex, child = "", kind.endswith("c")
        kind = kind.rstrip("c")
        if kind[-1] in "FM":
            kind, sex = kind[:-1], kind[-1]
        parent = self.patron if child else None
        chosen = []

        def make():
            sx = sex or r.choice("FM")
            if kind in ("uy", "kz"):
                given = r.choice((_UY_GIVEN if kind == "uy" else _KZ_GIVEN)[sx])
                # a child's second name is the father's given name (维吾尔族 / 哈萨克族 usage)
                father = parent or r.choice(_UY_FATHER if kind == "uy" else _KZ_FATHER)
                chosen[:] = [given if sx == "M" else None]
                return given + self.sep + father
            if kind == "tb":
                a, b = r.sample(_TB_PARTS, 2)
                return a + b
            if kind == "yi":
                return r.choice(_YI_CLAN) + r.choice(_YI_GIVEN)
            if kind == "mn":
                x = r.random()
                if x < 0.25:
                    return r.choice("包白韩鲍宝") + r.choice(_MN_PARTS)
                if x < 0.55:
                    return r.choice(_MN_PARTS)
                a, b = r.sample(_MN_PARTS, 2)
                return a + b
            if kind == "hui":
                return r.choice(_HUI_SURNAMES) + self._given(sex)
            if kind == "kr":
                return r.choice(_KR_SURNAMES) + r.choice(_KR_GIVEN[sx])
            if kind == "zhuang":
                return r.choice(_ZHUANG_SURNAMES) + self._given(sex)
            if kind == "miao":
                if r.random() < 0.4:
                    return r.choice(_MIAO_SURNAMES) + r.choice(_MIAO_GIVEN)
                return r.choice(_MIAO_SURNAMES) + self._given(sex)
            if kind == "dai":
                pre = r.choice(["岩", "玉", "岩", "玉", "刀", "召"])
                n = r.choice((1, 2, 2))
                return pre + "".join(r.sample(_DAI_SYL, n))
            if kind == "manchu":
                if r.random() < 0.12:
                    return "爱新觉罗·" + self._given("d" + sex)
                return r.choice(_MANCHU_SURNAMES) + self._given(sex)
            raise ValueError(kind)
        name = self._unique(make)
        if kind in ("uy", "kz") and not child:
            self.patron = chosen[0] if chosen else None
        return name

    # ---- look-alikes ------------------------------------------------------------------------
    def look(self, s):
        if s not in self.looks:
            self.looks.append(s)
        return s

    def pool(self, name):
        r = self.rng
        if name == "village":
            if r.random() < 0.2:
                return self.look(r.choice(_VILLAGE_EXTRA))
            return self.look(r.choice(_TOP_SURNAMES[:40]) + "家" + r.choice(_VILLAGE_SUFFIX) + "村")
        return self.look(r.choice(_LOOK[name]))

    def masked(self):
        r = self.rng
        for _ in range(50):
            s = r.choices(_SURNAME_CHARS[:80], _SURNAME_W[:80])[0]
            # one masked form per surname in a cell (张某 inside 张某某 would be ambiguous)
            if any(x.startswith(s) for x in self.looks):
                continue
            if r.random() < 0.2:
                return self.look(s + "*" + r.choice(_SINGLE[r.choice("FM")]))
            return self.look(s + r.choice(_MASKS))
        raise RuntimeError("no masked form")

    def official(self):
        s = self._unique(lambda: self._surname() + self._given("d" if self.rng.random() < 0.7 else "o"))
        self.officials.append(s)
        return self.look(s)

    # ---- fillers -------------------------------------------------------------------------------
    def filler(self, what):
        r = self.rng
        if what == "age":
            return str(r.randint(19, 88))
        if what == "age_old":
            return str(r.randint(60, 96))
        if what == "kidage":
            return str(r.randint(3, 17))
        if what == "n":
            return str(r.randint(2, 9))
        if what == "days":
            return r.choice(["5", "7", "7", "10"])
        if what == "year":
            return str(r.randint(2020, 2025))
        if what == "year_old":
            return str(r.randint(1975, 2015))
        if what == "age_w":
            return str(r.randint(20, 62))
        if what == "age_r":
            return str(r.randint(42, 64))
        if what == "yrange":
            a = r.randint(1976, 1999)
            return f"{a}年至{a + r.randint(3, 14)}年"
        if what == "date":
            m, d = r.randint(1, 12), r.randint(1, 28)
            return r.choice([f"2025年{m}月{d}日", f"{m}月{d}日", f"2025-{m:02d}-{d:02d}", f"2025.{m}.{d}"])
        if what == "date_en":
            m, d = r.randint(1, 12), r.randint(1, 28)
            mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
            return r.choice([f"{d} {mon} 2025", f"2025-{m:02d}-{d:02d}", f"{mon}. {d}"])
        if what == "month":
            return r.choice([f"2025年{r.randint(1, 12)}月", f"{r.randint(1, 12)}月"])
        if what == "month_en":
            return r.choice(["March", "April", "June", "July", "September", "October"]) + " 2025"
        if what in ("money", "money_m", "money_s"):
            lo, hi = {"money": (100, 6000), "money_m": (30, 300), "money_s": (20, 800)}[what]
            v = r.randint(lo, hi) * 10
            if what == "money" and r.random() < 0.3:
                v += r.randint(1, 9)
            return r.choice([str(v), f"{v:,}", f"{v}.00"])
        if what == "yrs":
            return str(r.randint(12, 45))
        if what == "phone":
            p = "1" + r.choice("3456789") + "".join(r.choice("0123456789") for _ in range(9))
            return r.choice([p[:3] + "****" + p[7:], p[:3] + "****" + p[7:], p,
                             f"{p[:3]}-{p[3:7]}-{p[7:]}", f"{p[:3]} {p[3:7]} {p[7:]}"])
        if what == "landline":
            area = r.choice(["0531", "0371", "0311", "0551", "0771", "0851", "0991", "0431", "023"])
            return f"{area}-{r.randint(2, 8)}{r.randint(1000000, 9999999)}"
        if what in ("id", "idm"):
            age = r.randint(18, 90)
            birth = f"{2025 - age}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"
            body = r.choice(_AREAS) + birth + f"{r.randint(0, 999):03d}"
            full = body + _id_check(body)
            forms = [full[:6] + "********" + full[14:], full[:4] + "**********" + full[14:],
                     full[:3] + "*" * 11 + full[14:]]
            if what == "id":
                forms.append(full)
            return r.choice(forms)
        if what == "ticket":
            return f"GN2025{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(0, 99999):05d}"
        if what == "serial":
            return f"{r.choice(['LY', 'DF', 'CF', 'SF'])}{r.randint(2023, 2025)}{r.choice('ABCDEFG')}{r.randint(10000, 99999)}"
        if what == "hp":
            return str(r.choice([25, 40, 50, 60, 70, 80, 90, 100, 120, 140, 160, 180, 200, 210]))
        if what == "kw":
            return r.choice([f"{r.randint(20, 440)}", f"{r.randint(20, 440)}.{r.randint(1, 9)}"])
        if what == "code":
            return f"PC-{r.randint(1000, 9999)}"
        if what == "boat":
            return self.look(f"{r.choice(_BOAT_PREFIX)}{r.randint(10000, 69999)}")
        if what == "town":
            return self.look(r.choice(_TOWN))
        if what in ("lit1", "lit2"):
            # two different figures; the template wraps them in « »
            if what == "lit1":
                self._lit = r.sample(_LIT_POOL, 2)
            return self._lit[0 if what == "lit1" else 1]
        raise ValueError(what)

    # ---- template rendering -----------------------------------------------------------------
    def slot(self, spec):
        r = self.rng
        if spec.startswith(("K:", "KB:")):
            head, _, kind = spec.partition(":")
            return self.kin(kind, head == "KB")
        if spec in ("PG", "PH"):
            # a name with the sex or the title that fits it: 张丽，女 / 张丽女士
            sex = r.choice("FM")
            name = self.han(sex)
            self.names.append(name)
            if spec == "PG":
                return name + ("，女" if sex == "F" else "，男")
            return name + ("女士" if sex == "F" else "先生")
        if "|" in spec:
            return r.choice(spec.split("|"))
        if spec.startswith("@"):
            return self.pool(spec[1:])
        if spec.startswith("#"):
            return self.filler(spec[1:])
        if spec == "M":
            return self.masked()
        if spec == "O":
            return self.official()
        head, _, kind = spec.partition(":")
        if head == "P":
            s = self.han(kind)
        elif head == "E":
            if kind == "dual":
                return self.dual()
            s = self.english(kind)
        elif head in ("Y", "YL"):
            k = kind if kind != "any" else r.choice(list(_ETHNIC_LABEL))
            s = self.minority(k)
            self.names.append(s)
            return s + (f"（{_ETHNIC_LABEL[k.rstrip('FM')]}）" if head == "YL" else "")
        else:
            raise ValueError(spec)
        self.names.append(s)
        return s

    def render(self, tpl):
        out, pos = [], 0
        for m in _TOKEN.finditer(tpl):
            out.append(tpl[pos:m.start()])
            pos = m.end()
            if m.group(1) is not None:
                inner = m.group(1)
                if "{" in inner:
                    inner = _TOKEN.sub(lambda mm: self.slot(mm.group(2)), inner)
                out.append(self.look(inner))
            else:
                out.append(self.slot(m.group(2)))
        out.append(tpl[pos:])
        return "".join(out)


def _spans(hay, needle):
    out, i = [], hay.find(needle)
    while i != -1:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def _cell_ok(text, names, looks):
    low = text.lower()
    name_spans = []
    for n in names:
        sp = _spans(low, n.lower())
        if len(sp) != 1 or text.count(n) != 1:
            return False
        name_spans.append(sp[0])
    if len({n.lower() for n in names}) != len(names):
        return False
    for lk in looks:
        if lk not in text:
            return False
    look_spans = [s for lk in looks for s in _spans(low, lk.lower())]
    for i, (a, b) in enumerate(name_spans):
        for j, (c, d) in enumerate(name_spans):
            if i != j and a < d and c < b:
                return False
        for c, d in look_spans:
            if a < d and c < b:
                return False
    return True


def _old_names_in(st, low):
    for L in st.lens:
        for i in range(len(low) - L + 1):
            if low[i:i + L] in st.used:
                return True
    return False


def _allocate(n, rng):
    raw = {f: n * WEIGHTS[f] for f in FAMILIES}
    counts = {f: int(raw[f]) for f in FAMILIES}
    left = n - sum(counts.values())
    for f in sorted(FAMILIES, key=lambda f: (-(raw[f] - counts[f]), FAMILIES.index(f)))[:left]:
        counts[f] += 1
    fams = [f for f in FAMILIES for _ in range(counts[f])]
    rng.shuffle(fams)
    return fams


def _make_cell(st, family):
    tpls = _TEMPLATES[family]
    for _ in range(200):
        cell = _Cell(st, family)
        tpl = st.rng.choice(tpls)
        try:
            text = cell.render(tpl)
        except RuntimeError:
            continue
        low = text.lower()
        if family in NAME_FAMILIES and not cell.names:
            continue
        if family not in NAME_FAMILIES and cell.names:
            continue
        if not _cell_ok(text, cell.names, cell.looks):
            continue
        if _old_names_in(st, low):
            continue
        # commit
        for s in cell.names + cell.officials:
            st.used.add(s.lower())
            st.lens.add(len(s))
        st.big += "\x00" + low
        return Remark(text=text, family=family, names=list(cell.names), lookalikes=list(cell.looks),
                      public_officials=family in PUBLIC_FAMILIES)
    raise RuntimeError(f"could not make a {family} cell")


def make_remarks(n: int = 2000, seed: int = 1717) -> list[Remark]:
    """The set: n cells, deterministic for a seed."""
    st = _State(seed)
    return [_make_cell(st, fam) for fam in _allocate(n, st.rng)]


def describe(remarks) -> str:
    """Counts per family: cells, names, look-alikes."""
    cells, names, looks = Counter(), Counter(), Counter()
    for r in remarks:
        cells[r.family] += 1
        names[r.family] += len(r.names)
        looks[r.family] += len(r.lookalikes)
    lines = [VERSION, f"{'family':<24}{'cells':>7}{'names':>7}{'looks':>7}"]
    for f in FAMILIES:
        if cells[f]:
            lines.append(f"{f:<24}{cells[f]:>7}{names[f]:>7}{looks[f]:>7}")
    lines.append(f"{'total':<24}{sum(cells.values()):>7}{sum(names.values()):>7}{sum(looks.values()):>7}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(describe(make_remarks()))
