"""Frozen remarks, edition 14 -- a blind test set of free-text remark cells.

Datasheet
=========

What it is
    A deterministic generator of free-text spreadsheet cells (备注 / 情况说明 / remarks
    columns) of the kind Chinese county and city data offices publish.  Each cell is a
    :class:`Remark` carrying the private persons' names planted in it (``names``) and the
    look-alikes it holds (``lookalikes``: strings that resemble names but must stay).
    ``make_remarks(n, seed)`` is a pure function of its arguments; the default set is
    ``make_remarks(2000, 1414)`` and its sha256 digest is pinned in
    ``tests/test_frozen_remarks_v14.py``.  The set is frozen: do not edit templates or pools,
    write edition 15 instead.  Default set: 2000 cells, 2944 planted names, 3891 look-alikes
    (``describe(make_remarks())`` gives the per-family counts).

Who wrote it and what was read
    Written blind by a helper session (an AI assistant) on branch ``h-remarks14``, from its
    own knowledge and phrasing.  It read only: the brief (/work/notes/brief.md); the two
    sections "Personal data in public listings" and "Administrative penalty publicity" of
    /work/shared/reference/DOMAIN.md; lines 165-180 of benchmarks/frozen/remarks.py (the
    ``Remark`` dataclass).  Slips, listed honestly:
      * lines 165-166 of remarks.py, inside the permitted range, are two template lines of the
        older generator (a gazette appointment pattern "决定任命…同志为…" and "…任…，试用期一年");
        they were seen, and nothing in this module reuses them (no gazette family here);
      * to locate the two DOMAIN.md sections the helper listed that file's headings
        (``grep '^#'``), so it saw the titles, not the text, of the other sections;
      * ``git status`` / ``git branch`` / ``ls`` of the worktree's top level were run to check
        the branch; no history, no other branch, nothing under src/, tests/ or other
        benchmarks/ files, no data file was opened and no de-identification code was run.

Families (16; shares in ``WEIGHTS``, allocated exactly by largest remainder, then shuffled)
    medical_aid          城乡医保报销 / 大病救助 / 医疗救助 notes
    housing_repair       农村危房改造 (鉴定、验收、补助发放)
    family_planning      计划生育奖励扶助 / 特别扶助
    temp_relief          临时救助 (急难型、支出型、流浪乞讨)
    petition_12345       信访 / 12345 热线工单回访
    labour_wage          劳动仲裁、欠薪线索、工伤
    provident_fund       住房公积金提取、转移、督缴
    safety_penalty       安全生产 / 消防 行政处罚与复查
    med_mediation        医疗纠纷人民调解
    public_jobs          公益性岗位 (保洁、护林、巡河)
    eco_comp             退耕还林 / 公益林 / 草原与湿地生态补偿
    disability_subsidy   残疾人两项补贴、辅具
    english_export       an English-language export of the same kinds of notes
    minority_listing     listings of Uyghur, Kazakh, Tibetan, Yi, Mongolian, Hui,
                         Korean-Chinese (朝鲜族), Zhuang and Dai residents
    public_notice        公示 / 公告 text; officials named in their public role (经办人, 审核人,
                         审批人, 联系人 with 监督电话, 评审专家 / 评议小组成员, 村两委成员,
                         驻村第一书记, 调解员) are LOOK-ALIKES, private beneficiaries are names;
                         the only family with ``public_officials=True``
    lookalike_only       cells with look-alikes and no private name at all

Surface forms of names
    * Han names drawn with realistic surname frequencies (王李张刘陈 …), a boosted tail of
      rare single surnames (亓, 昝, 揭, 植, 闭 …) and compound surnames (欧阳, 司马, 上官,
      诸葛, 尉迟, 钟离, 申屠 …); one- and two-character given names, gendered pools,
      era names (解放, 跃进, 援朝, 国庆, 建设 …), names that are ordinary words (高峰, 杨帆,
      马力, 余波, 黎明 …), two-character names padded with a full-width or ASCII space
      (王　芳, 李 军) as spreadsheets align them; kin with a shared surname.
    * Positions: at cell start, after cue words (申请人, 户主, 患者, 来电人, 租户, 护林员 …),
      after kinship words (其子, 之女, 母亲, 岳母, 孙子, 儿媳 …), after particles (由, 经, 与,
      向, 被, 给), inside 、-lists and ；-lists, mid-prose, in quotes, in brackets, directly
      followed by amounts, ages, masked or fake-but-well-formed IDs (ISO 7064 check digit),
      phones and masked bank cards.
    * minority_listing: Uyghur and Kazakh "given·father" names with the father's name carried
      by the child, separators ·, •, ・, . or none; Tibetan two-element names (扎西顿珠);
      Yi clan + given (吉克阿依, 马海木呷); Mongolian compounds (额尔敦朝鲁); Hui, Zhuang and
      Korean-Chinese surname + given (马福海, 韦秀英, 朴英姬); Dai 岩/玉 names (岩温香, 玉罕).
    * english_export: pinyin in both orders (Zhang Xiaoming / Xiaoming Zhang), upper-case
      surnames (ZHANG Xiaoming), initials (X.M. Zhang, Zhang X.), hyphenated given names
      (Zhang Xiao-Ming), Cantonese (Chan Tai-man, CHAN Tai Man, Mary WONG Siu-ling) and
      Wade-Giles (Hsu Chih-ming, Ch'en Wen-hsiung) spellings, and lower-case prose cells.

Look-alike classes
    places and villages named with surname characters or after people (张家口市, 左权县,
    王家庄村, 赵各庄镇, 吴忠市, 龙井市, 马尔康市, Wong Tai Sin, Ma On Shan); roads (张衡路,
    仲恺路, 曹杨路, 罗秀路, 靖宇街, Lee Garden Road); schools and hospitals named after people
    (田家炳中学, 邵逸夫医院, 白求恩国际和平医院, 张仲景医院, Tin Ka Ping, Tang Shiu Kin Hospital);
    companies, shops and brands (周大福, 张一元, 吴裕泰, 杨国福麻辣烫, 贾国龙功夫菜, 钱大妈,
    老陈记粥铺, 刘大夫诊所, 黄氏正骨诊所, Lee Kum Kee, Chow Tai Fook, Hang Seng Bank);
    products (金六福, 杜康酒, 江小白, 钟薛高, 马应龙麝香痔疮膏); banks (华夏银行, 齐鲁银行,
    富滇银行); diseases named after people or beginning with a surname character (唐氏综合征,
    马凡综合征, 霍奇金淋巴瘤, 白塞病, 吉兰-巴雷综合征, 卓-艾综合征, 席汉综合征, 白血病,
    Parkinson's disease); common words that begin with a surname character (母亲, 岳母, 孙子,
    危房, 敬老院, 银行, 费用, 余额, 付清, 劳务, 仲裁, 和解, 盖章, 林地, 杨树 …); masked names
    (张某, 李某某, 王**, 赵××, 陈*明, 阿依古丽·××, Zhang **, WANG X.); minority cultural
    terms (那达慕大会, 乌兰牧骑演出队, 格桑花民宿, 阿诗玛民族服饰店, 刘三姐歌圩演艺队,
    马子禄牛肉面分店); in public_notice, officials named in role.

Contract (checked by the tests)
    every planted name occurs exactly once in its cell (exact string; for Han-script names
    also after removing spaces and name separators) and never overlaps an occurrence of a
    look-alike; every look-alike occurs in its cell; no planted name occurs (as a substring)
    in any other cell of the set; cells of NAME_FAMILIES carry >= 1 name, lookalike_only
    none; every cell carries >= 1 look-alike; ``public_officials`` is True exactly in
    public_notice.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections import Counter
from dataclasses import asdict

from .remarks import Remark

VERSION = "frozen-remarks-14 (2026-12-05)"

FAMILIES: tuple[str, ...] = (
    "medical_aid",
    "housing_repair",
    "family_planning",
    "temp_relief",
    "petition_12345",
    "labour_wage",
    "provident_fund",
    "safety_penalty",
    "med_mediation",
    "public_jobs",
    "eco_comp",
    "disability_subsidy",
    "english_export",
    "minority_listing",
    "public_notice",
    "lookalike_only",
)
PUBLIC_FAMILIES: tuple[str, ...] = ("public_notice",)
NAME_FAMILIES: tuple[str, ...] = tuple(f for f in FAMILIES if f != "lookalike_only")

WEIGHTS: dict[str, float] = {f: 0.0625 for f in FAMILIES[:12]}
WEIGHTS.update({"english_export": 0.06, "minority_listing": 0.08,
                "public_notice": 0.06, "lookalike_only": 0.05})

# ---------------------------------------------------------------------------------------
# Han names
# ---------------------------------------------------------------------------------------

# surname, weight in units of roughly 0.01 % of the population
_SURNAME_TABLE = """
王 710 李 700 张 690 刘 540 陈 450 杨 310 黄 240 赵 230 吴 200 周 190
徐 150 孙 150 马 130 朱 130 胡 130 郭 120 何 120 高 100 林 100 罗 100
郑 90 梁 90 谢 80 宋 70 唐 70 许 70 韩 60 冯 60 邓 60 曹 60
彭 50 曾 50 肖 50 田 50 董 50 袁 50 潘 50 于 50 蒋 50 蔡 50
余 45 杜 45 叶 45 程 45 苏 40 魏 40 吕 40 丁 40 任 40 沈 40
姚 35 卢 35 姜 35 崔 35 钟 35 谭 33 陆 33 汪 30 范 30 金 30
石 30 廖 30 贾 30 夏 28 韦 28 付 28 方 28 白 26 邹 26 孟 26
熊 25 秦 25 邱 25 江 25 尹 25 薛 22 闫 22 段 22 雷 22 侯 22
龙 20 史 20 陶 20 黎 20 贺 20 顾 18 毛 18 郝 18 龚 18 邵 18
万 16 钱 16 严 16 覃 16 武 16 戴 15 莫 15 孔 15 向 15 汤 15
常 14 温 14 康 13 施 13 文 13 牛 13 樊 13 葛 13 邢 12 安 12
齐 12 易 12 乔 12 伍 12 庞 11 颜 11 倪 11 庄 11 聂 11 章 11
鲁 10 岳 10 翟 10 殷 10 詹 10 申 10 欧 9 耿 9 关 9 兰 9
焦 9 俞 9 左 9 柳 9 甘 8 祝 8 包 8 宁 8 尚 8 符 8 舒 8
阮 8 柯 8 纪 8 梅 8 童 7 凌 7 毕 7 单 7 季 7 裴 7 霍 7
涂 7 成 7 苗 7 谷 7 盛 7 曲 6 翁 6 冉 6 骆 6 蓝 6 路 6
游 6 辛 6 靳 6 管 6 柴 6 蒙 6 鲍 6 华 6 喻 6 祁 5 蒲 5
房 5 滕 5 屈 5 饶 5 解 5 牟 5 艾 5 尤 5 阳 5 时 5 穆 5
农 5 司 4 卓 4 古 4 吉 4 缪 4 简 4 车 4 项 4 连 4 芦 4
麦 4 褚 4 娄 4 窦 4 戚 4 岑 4 景 4 党 4 宫 4 费 4 卜 4
冷 3 晏 3 席 3 卫 3 米 3 柏 3 宗 3 瞿 3 桂 3 全 3 佟 3
应 3 臧 3 闵 3 苟 3 邬 3 边 3 卞 3 姬 3 师 3 和 3 仇 3
栾 3 隋 3 商 3 刁 3 沙 3 荣 3 巫 3 寇 3 桑 3 郎 3 甄 3
丛 3 仲 3 虞 3 敖 3 巩 3 明 3 佘 3 池 3 查 3 麻 3 苑 3
迟 2 邝 2 官 2 封 2 谈 2 匡 2 鞠 2 惠 2 荆 2 乐 2 冀 2
郁 2 胥 2 南 2 班 2 储 2 原 2 栗 2 燕 2 楚 2 鄢 2 劳 2
谌 2 奚 2 皮 2 粟 2 冼 2 蔺 2 楼 2 盘 2 满 2 闻 2 位 2
厉 2 伊 2 仝 2 区 2 郜 2 海 2 阚 2 花 2 权 2 强 2 帅 2
屠 2 豆 2 朴 2 盖 2 练 2 廉 2 禹 2 井 2 祖 2 漆 2 巴 2
丰 2 支 2 卿 2 国 1 狄 1 平 1 计 1 索 1 宣 1 晋 1 相 1
初 1 门 1 云 1 容 1 敬 1 来 1 扈 1 晁 1 芮 1 都 1 普 1
阙 1 浦 1 戈 1 伏 1 鹿 1 薄 1 邸 1 雍 1 辜 1 羊 1 母 1
裘 1 亓 1 修 1 邰 1 赫 1 杭 1 况 1 那 1 宿 1 鲜 1 印 1
逯 1 隆 1 茹 1 诸 1 战 1 慕 1 危 1 玉 1 银 1 亢 1 嵇 1
公 1 哈 1 湛 1 宾 1 戎 1 勾 1 茅 1 利 1 於 1 呼 1 居 1
揭 1 干 1 但 1 尉 1 冶 1 斯 1 元 1 束 1 檀 1 衣 1 信 1
展 1 阴 1 昝 1 智 1 幸 1 奉 1 植 1 衡 1 富 1 尧 1 闭 1 由 1
欧阳 3 司马 1 上官 1 诸葛 1 东方 1 皇甫 1 尉迟 1 公孙 1 慕容 1 令狐 1
司徒 1 夏侯 1 长孙 1 宇文 1 端木 1 呼延 1 南宫 1 钟离 1 西门 1 申屠 1
"""
_tok = _SURNAME_TABLE.split()
_SURNAMES = tuple(_tok[0::2])
_SURNAME_W = tuple(int(w) for w in _tok[1::2])
_RARE_SURNAMES = tuple(s for s, w in zip(_SURNAMES, _SURNAME_W) if w <= 3)
_COMMON_SURNAMES = _SURNAMES[:60]
del _tok

_M1 = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁健俊帆浩凯亮峰龙林东坤振锋毅翔旭宇昊博彬剑松兵虎江海"
_F1 = "芳娜敏静丽艳娟霞燕玲婷雪慧颖琳萍红梅兰琴洁倩莉蓉欣悦瑶薇菲璐丹佳妍"
_MA = "建志国海文德永立明新子宇俊家金少天云兴学世光成振庆跃宏伟春秋长保福军红卫树玉正洪治晓浩嘉思一鸿泽锦"
_MB = "华明军平强峰林伟杰龙涛东生辉刚宇轩然浩博航波成荣贵富福祥勇斌彬涵鹏民山胜利宏新安顺才忠良权发武超凯阳"
_FA = "秀桂玉淑丽美凤春红雪晓海静慧婷欣佳梓雨诗思紫梦语若可一雅芳金翠素彩巧月小爱冬兰"
_FB = "英兰芳梅珍琴霞燕娟敏华云莲花凤萍红玲丽娥秀婷怡涵萱琪彤瑶雯妍悦蕾洁菊香君茹"
_M2 = ("建国 建华 建军 志强 志刚 国强 国华 海涛 海波 文博 子轩 浩然 宇航 俊杰 红军 卫东 卫国 "
       "德明 德胜 长青 春生 秋生 冬生 福生 满仓 铁柱 根生 来福 保国 振华 学文 玉林 世杰 家豪 "
       "解放 跃进 援朝 建设 胜利 国庆 爱国 向东 和平 卫星 红旗 永红 丰收 金宝 二虎 小龙").split()
_F2 = ("秀英 桂英 玉兰 秀兰 桂兰 凤英 翠花 春梅 红梅 丽华 美玲 晓燕 雪梅 淑珍 淑芬 玉珍 海燕 "
       "丽娟 婷婷 欣怡 梓涵 诗琪 雨桐 佳怡 一诺 秀云 金花 招娣 来娣 巧云 素芬 月娥 彩霞 亚男 "
       "胜男 春燕 冬梅 秋菊 腊梅 红霞 美丽 幸福 爱华 卫红 小芳 桂香").split()
# full names that are also ordinary words
_WORD_NAMES_RAW = ("高峰 江山 白云 林立 杨帆 马力 余波 黎明 雷鸣 向前 文明 常青 金山 周全 夏天 "
                   "钟声 华丽 田野 高原 方正 康乐 明亮 万里 时光 温暖 宁静 祝福 齐心 白雪 凌云 "
                   "关爱 成功 丁香 江波 海洋 贺喜 乐观 安康 石磊 于洋 程程 柏松").split()

# ---------------------------------------------------------------------------------------
# minority names
# ---------------------------------------------------------------------------------------

_ETH_LABEL = {"uyghur": "维吾尔族", "kazakh": "哈萨克族", "tibetan": "藏族", "yi": "彝族",
              "mongolian": "蒙古族", "hui": "回族", "korean": "朝鲜族", "zhuang": "壮族",
              "dai": "傣族"}
_ETHS = tuple(_ETH_LABEL)
_ETH_W = (16, 10, 14, 10, 10, 10, 10, 12, 8)

_UY_M = ("买买提 艾力 吐尔逊 艾合买提 热合曼 阿卜杜拉 亚森 依明 库尔班 吾斯曼 肉孜 卡德尔 阿迪力 "
         "塔依尔 玉素甫 牙合甫 阿不都热西提 艾尔肯 努尔麦麦提 麦麦提敏 吐逊江 阿布都瓦依提 "
         "伊斯拉木 买合木提 居来提 托合提 沙吾提 阿里木 排尔哈提 尼加提").split()
_UY_F = ("阿依古丽 古丽娜尔 帕提古丽 再努尔 米热古丽 阿依努尔 布帕提玛 热孜万古丽 努尔尼沙 "
         "阿米娜 祖丽菲亚 迪丽努尔 麦尔哈巴 阿瓦古丽 图尔荪古丽 热依拉 古力巴哈尔 帕丽达 "
         "阿娜尔古丽 海力其古丽 孜巴古丽 阿提坎").split()
_KZ_M = ("努尔兰 叶尔兰 赛力克 叶尔肯 努尔别克 达吾列提 哈力木 巴合提别克 阿斯哈尔 叶尔江 "
         "木拉提 努尔江 别克波拉提 加尔肯 吐尔洪 哈那提 叶尔波拉提 阿曼 马合沙提 沙吾列 哈山 "
         "托合塔尔 加帕尔 哈米提").split()
_KZ_F = ("加娜尔 阿依达娜 古丽米拉 阿依登 玛丽娅 阿克列克 娜孜古丽 巴合古丽 叶尔克西 库拉依 "
         "达娜 孜乌拉 阿娜尔 沙依拉 古丽达娜").split()
_TB_HEAD = ("扎西 次仁 格桑 索朗 普布 巴桑 边巴 益西 洛桑 旦增 仁青 强巴 尼玛 达瓦 白玛 "
            "阿旺 次旦 德吉 米玛 拉巴").split()
_TB_M = "顿珠 平措 多吉 旺堆 群培 朗杰 贡布 桑布 琼达 罗布 加措 坚参".split()
_TB_F = "卓玛 旺姆 拉姆 曲珍 央金 卓嘎 央宗 措姆 德庆 玉珍 次珍 普赤".split()
_YI_CLAN = ("吉克 曲比 阿苏 沙马 马海 吉伍 俄木 阿于 勒格 海来 阿尔 罗洪 瓦扎 的日 加拉 阿西 "
            "苏呷 吉木 俄底 阿克 果基 倮伍 吉觉 阿牛 金曲 阿侯").split()
_YI_M = "木呷 伍呷 尔布 曲布 日哈 尔古 莫色 阿各 伍牛 子哈 比哈 拉则 石者 古木 约达 克哈 布哈 尔且".split()
_YI_F = "阿依 阿果 阿支 拉莫 阿呷 阿芝 阿妞 依莫 石各 阿加 阿作 伍芝".split()
_MG_HEAD = ("额尔敦 哈斯 宝音 孟根 萨仁 乌云 那顺 阿拉坦 苏德 巴图 特木尔 敖其尔 吉雅 斯琴 "
            "图门 宝力 阿木古楞 查干 呼和 朝克").split()
_MG_M = "朝鲁 巴根 德力格尔 毕力格 乌日图 巴雅尔 巴特尔 苏和 达来 满都拉 吉日嘎拉 孟和 仓 宝力道".split()
_MG_F = "其其格 图雅 高娃 格日勒 其木格 塔娜 娜仁 花 托娅 萨日娜".split()
_HUI_SUR = "马 马 马 马 白 丁 穆 哈 纳 沙 杨 海 冶 锁 撒 马 李 田".split()
_KR_SUR = "金 金 金 金 李 李 李 朴 朴 朴 崔 崔 郑 姜 赵 尹 张 林 韩 申 权 玄 南 车 俞 全 吴 安 许 洪 黄 方 卢 河 宋 文 裴 都".split()
_KR_M = ("哲洙 光浩 明哲 昌浩 成哲 东植 京浩 相勋 永哲 镇宇 龙洙 昌洙 万锡 钟浩 英男 成日 光日 "
         "永植 哲虎 东哲 在勋 胜民 贤洙 英哲").split()
_KR_F = ("英姬 顺子 英淑 贞淑 美善 春花 顺姬 银淑 惠英 善姬 秀吉 吉顺 玉子 花子 明玉 贞姬 美兰 "
         "京子 英爱 仙花 今子 玉顺 福姬 贞子").split()
_ZH_SUR = "韦 韦 韦 覃 覃 覃 黄 黄 陆 蒙 农 蓝 莫 梁 潘 卢 班 岑 廖 罗 黎 零 凌".split()
_ZH_GIVEN = ("秀英 美兰 春花 金凤 桂芳 月娥 玉兰 振强 德华 国安 文光 秀凤 志勇 建新 日新 福成 "
             "丽珍 爱莲 凤英 海燕 美珍 秀梅 兰芳 玉凤 桂林 海清 光明 启华").split()
_DAI_M = "温 罕 应 香 叫 坎 光 保 恩 胆 章 庄 燕 帕 拉 三 腊 丙 洪 留 依 扁 论 甩 捧 旺".split()
_DAI_F = "香 罕 儿 应 叫 南 腊 坎 光 拉 软 帕 喃 丙 燕 温 嫩 金 波 尖 坦 康 月 丁".split()
_SEPS = ("·", "·", "·", "•", "・", ".", "")

# ---------------------------------------------------------------------------------------
# pinyin / Cantonese / Wade-Giles names
# ---------------------------------------------------------------------------------------

_PY_SUR = ("Wang 70 Li 70 Zhang 69 Liu 54 Chen 45 Yang 31 Huang 24 Zhao 23 Wu 20 Zhou 19 Xu 15 "
           "Sun 15 Ma 13 Zhu 13 Hu 13 Guo 12 He 12 Gao 10 Lin 10 Luo 10 Zheng 9 Liang 9 Xie 8 "
           "Song 7 Tang 7 Han 6 Feng 6 Deng 6 Cao 6 Peng 5 Zeng 5 Xiao 5 Tian 5 Dong 5 Yuan 5 "
           "Pan 5 Yu 5 Jiang 5 Cai 5 Du 4 Ye 4 Cheng 4 Su 4 Wei 4 Lyu 2 Lü 2 Ding 4 Ren 4 Shen 4 "
           "Yao 3 Lu 3 Cui 3 Zhong 3 Tan 3 Fan 3 Jin 3 Shi 3 Liao 3 Jia 3 Xia 3 Fu 3 Fang 3 "
           "Bai 3 Zou 3 Meng 3 Xiong 2 Qin 2 Qiu 2 Yin 2 Xue 2 Yan 2 Duan 2 Lei 2 Hou 2 Long 2 "
           "Tao 2 Gu 2 Mao 2 Hao 2 Gong 2 Shao 2 Wan 2 Qian 2 Nie 1 Zhai 1 Qu 1 Ouyang 1 Sima 1 "
           "Shangguan 1 Zhuge 1 Situ 1").split()
_PY_SURNAMES = tuple(_PY_SUR[0::2])
_PY_SUR_W = tuple(int(w) for w in _PY_SUR[1::2])
_PY_GIVEN = ("Wei Fang Na Min Jing Li Qiang Lei Jun Yong Yan Jie Juan Tao Ming Chao Xiu Ying Hua "
             "Hui Ping Gang Peng Hong Xia Dan Bo Fei Ning Xin Yu Hao Kai Lin Lan Mei Qing Zhi Guo "
             "Jian Jia Xiao Wen Hai Chun Yun Dong Zhen Rong Shu Zi Yi Yue Tian Xuan Han Rui Kun "
             "Long Qi Shan Feng Bin Cheng Zhong Lian Ting Qian Shuang Xue Hang Yao Jiao Fen Zhe "
             "Sheng Xiang").split()
_CT_SUR = ("Chan Wong Leung Cheung Lee Ho Lau Ng Tsang Yip Kwok Tse Fung Lam Mak Choi Tam Yeung "
           "Chow Cheng Kwan Siu Lui Lo Tang Lai Chu Poon Au Tsui Law Mok Hui Chung Kong Tong "
           "Szeto Au-Yeung").split()
_CT_GIVEN = ("Tai Man Siu Ling Ka Fai Wing Kei Chi Keung Wai Ming Kwok Wah Yuk Lan Mei Kin Hung "
             "Sau Ying Pui Shan Chun Kit Yan Lok Tin Shing Hang Ching Yee Fong Suet Hoi Sze "
             "Nga Wun Po Yiu Cheuk Tsz").split()
_CT_XIAN = ("Peter Mary Kenneth Winnie Ivy Eric Jacky Carmen Raymond Alice Vincent Gloria "
            "Samuel Priscilla").split()
_WG_SUR = ("Chang Wang Li Liu Ch'en Huang Chou Hsu Kuo Lin Tsai Hsieh Cheng Kao Chiang Tseng "
           "Hsiao Tung Yeh Lu Ch'ien Chao Wu Yang Hung Sung Teng").split()
_WG_GIVEN = ("Chih Kuo Ming Hsiung Wen Chung Chieh Hsin Yu Ching Chun Tsung Pao Shih Hui Jung "
             "Lung Te Tzu Yi Mei Hua Ling Fen Hsiang Chien Kuang Sheng Yao").split()

# ---------------------------------------------------------------------------------------
# look-alike pools
# ---------------------------------------------------------------------------------------

_PLACES = ("张家口市 石家庄市 马鞍山市 周口市 常州市 高密市 金华市 黄冈市 林芝市 安阳市 许昌市 "
           "岳阳市 温州市 韩城市 邵阳市 吕梁市 贺州市 白城市 钟祥市 邓州市 梅州市 龙岩市 江门市 "
           "柳州市 景德镇市 杨浦区 田东县 中山市 左权县 志丹县 子长市 靖宇县 尚志市 黄陂区 "
           "余杭区 丰台区 潘集区 武功县 宁陵县 汤阴县 贺兰县 阎良区 雷州市 秦皇岛市 章丘区 "
           "曲阜市 邹城市 滕州市 孟州市 项城市 鲁山县 卢氏县 武陟县 柏乡县 任丘市 霍邱县 单县 "
           "成安县 魏县 汪清县 舒城县 萧县 蒙城县 宾川县 华容县 华阴市 祁阳市 祁东县 蓝山县 "
           "石门县 桑植县 温岭市 乐清市 平阳县 易县 高阳县 和平区 包头市 乌兰察布市").split()
_VIL_SUFFIX = ("家庄村 家沟村 家湾村 家营村 庄村 家坪村 家寨村 家河村 家洼村 家店村 家岭村 楼村 "
               "集村 家窑村 各庄村 岗村 桥村 家坝村 寨村 屯村 家堡村").split()
_TOWN_SUFFIX = "家镇 庄镇 集镇 店镇 家堡街道 桥镇 楼乡 家坝镇 家河乡 圩镇 坊镇 寨乡 营镇 庙镇".split()
_TOWNS_FIXED = "丁蜀镇 周庄镇 朱家角镇 孙家集街道 赵各庄镇 马家堡街道 何家坝镇 蔡甸街道 宋庄镇".split()
_ROADS = ("中山路 中山北路 逸仙路 张衡路 郭守敬路 祖冲之路 蔡伦路 黄兴路 张自忠路 赵登禹路 佟麟阁路 "
          "林森路 仲恺路 雷锋路 李冰路 鲁班路 左权路 靖宇街 志丹路 王府井大街 黄河路 和平路 解放路 "
          "文化路 金水路 龙华路 向阳路 华山路 田林路 曹杨路 杨高路 罗秀路 钱塘路 马当路 吴中路 "
          "徐家汇路 周家嘴路 梅岭路 杜鹃路 严家巷 邵家巷 孔家胡同").split()
_SCHOOLS = ("田家炳中学 曾宪梓中学 逸夫小学 陶行知实验学校 华罗庚中学 李四光中学 茅以升实验学校 "
            "宋庆龄幼儿园 厦门大学嘉庚学院 雷锋小学 鲁迅中学 浙江大学竺可桢学院 包玉刚实验学校 "
            "中山大学 仲恺农业工程学院 左权中学 志丹中学 张思德小学 詹天佑小学 徐特立中学 "
            "蔡元培小学 霍英东中学").split()
_HOSPITALS = ("复旦大学附属中山医院 中山大学孙逸仙纪念医院 浙江大学医学院附属邵逸夫医院 "
              "白求恩国际和平医院 吉林大学白求恩第一医院 南阳市张仲景医院 蕲春县李时珍医院 "
              "亳州市华佗中医院 中山市人民医院 周口市中心医院 许昌市人民医院 常州市第一人民医院 "
              "金华市中心医院 岳阳市人民医院 温州医科大学附属第一医院 郑州大学第一附属医院 "
              "马鞍山市人民医院 石家庄市第三医院 黄冈市中心医院 邵阳市中心医院 林芝市人民医院 "
              "安阳市肿瘤医院 钟祥市人民医院 邓州市人民医院 贺州市人民医院").split()
_BANKS = ("华夏银行 平安银行 浦发银行 齐鲁银行 常熟农商银行 富滇银行 蒙商银行 盛京银行 龙江银行 "
          "柳州银行 桂林银行 金华银行 宁波银行 温州银行 尧都农商银行 晋商银行 郑州银行 "
          "焦作中旅银行 甘肃银行 江南农商银行 哈尔滨银行 乐山市商业银行 兰州银行 石嘴山银行 "
          "包头农商银行").split()
_BRANDS = ("李宁 王老吉 周大福 周生生 谢瑞麟 张小泉 王致和 马应龙 陈李济 胡庆余堂 王守义十三香 "
           "李锦记 徐福记 钱大妈 杨国福麻辣烫 张亮麻辣烫 杨铭宇黄焖鸡米饭 谭木匠 陈克明面业 沈大成 "
           "毛戈平 郑明明 老干妈 康师傅 黄天鹅 王小卤 海底捞 张飞牛肉 曹操出行 苏宁易购 国美电器 "
           "万科物业 龙湖物业 申通快递 宗申摩托 雷士照明 方太 苏泊尔 安踏 鲁花 金龙鱼 金锣 "
           "白象食品 李子园 蒙牛 伊利 卫龙 周黑鸭 华莱士 古茗 袁记云饺 朴朴超市 柳工 徐工 "
           "江淮汽车 安能物流 万达广场 华润万家 温氏食品 贾国龙功夫菜 蔡林记 吴裕泰 张一元 "
           "王府井百货").split()
_CONSTRUCTION = ("鲁班建设集团有限公司 万通建筑工程有限公司 华泰建安有限公司 龙信建设集团 "
                 "江河幕墙工程有限公司 金螳螂装饰股份有限公司 苏中建设集团 高达建筑劳务有限公司 "
                 "金鼎建筑劳务有限公司 宁远建筑工程队 常青藤建筑劳务有限公司 和兴建筑劳务有限公司 "
                 "路桥建设集团 温州建设集团 齐鲁建工集团 汤臣建设有限公司 明发建筑工程有限公司 "
                 "石家庄四建 邵阳建工集团 柏林建筑劳务有限公司").split()
_MEDICINES = ("马应龙麝香痔疮膏 云南白药气雾剂 片仔癀 金嗓子喉片 汤臣倍健蛋白粉 同仁堂安宫牛黄丸 "
              "胡庆余堂阿胶 陈李济乌鸡白凤丸 王老吉凉茶颗粒 白云山板蓝根颗粒").split()
_PRODUCTS = ("王老吉凉茶 张小泉菜刀 康师傅方便面 王守义十三香 李锦记蚝油 老干妈辣椒酱 鲁花花生油 "
             "金龙鱼调和油 白象方便面 卫龙辣条 李子园甜牛奶 蒙牛纯牛奶 周黑鸭鸭脖 徐福记糖果 "
             "张飞牛肉干 史丹利复合肥 金正大复合肥 司尔特化肥 钟薛高雪糕 江小白白酒 孔府家酒 "
             "宋河粮液 杜康酒 牛栏山二锅头 毛铺苦荞酒 金六福酒 苏泊尔电饭煲 方太油烟机").split()
_DISEASES = ("帕金森病 阿尔茨海默病 唐氏综合征 克罗恩病 吉兰-巴雷综合征 马凡综合征 霍奇金淋巴瘤 "
             "非霍奇金淋巴瘤 白塞病 雷诺综合征 川崎病 桥本甲状腺炎 库欣综合征 艾迪生病 亨廷顿病 "
             "尤文肉瘤 梅尼埃病 韦格纳肉芽肿 戈谢病 法布雷病 贝尔面瘫 史蒂文斯-约翰逊综合征 "
             "格雷夫斯病 布鲁氏菌病 范可尼贫血 卓-艾综合征 麦克尔憩室炎 华氏巨球蛋白血症 "
             "席汉综合征 柯萨奇病毒感染 高血压 白血病 黄疸型肝炎 宫颈癌").split()
_SHOP_BIZ = ("粥铺 烧烤 水饺馆 牛肉面馆 五金店 修车铺 干洗店 理发店 家政服务部 米粉店 烟酒店 "
             "早餐店 卤味店 副食店 快餐店 小卖部 建材店 农资店").split()
_CLAN_BIZ = "推拿馆 正骨诊所 口腔诊所 骨伤科诊所 针灸馆 木业 家具厂 酱园".split()
_MASK_TAIL = ("某", "某", "某某", "某某", "**", "××", "＊＊", "*", "XX", "某某")

_MIN_PLACES = {
    "uyghur": "和田县 墨玉县 喀什市 疏附县 伽师县 麦盖提县 伊宁县 吐鲁番市 库车市 阿克苏市 洛浦县 皮山县",
    "kazakh": "伊犁州 阿勒泰市 富蕴县 哈巴河县 塔城市 特克斯县 尼勒克县 巴里坤县 木垒县",
    "tibetan": "拉萨市城关区 日喀则市 林芝市 昌都市 那曲市 山南市 康定市 玛曲县 夏河县 香格里拉市",
    "yi": "昭觉县 布拖县 美姑县 金阳县 喜德县 越西县 楚雄市 宁蒗县 石林县",
    "mongolian": "锡林浩特市 通辽市 海拉尔区 乌兰察布市 阿拉善左旗 鄂尔多斯市 赤峰市 巴彦淖尔市 乌审旗 苏尼特左旗 正蓝旗",
    "hui": "临夏市 吴忠市 同心县 西吉县 海原县 固原市 泾源县 化隆县 门源县",
    "korean": "延吉市 龙井市 和龙市 图们市 珲春市 汪清县 安图县 敦化市",
    "zhuang": "百色市 靖西市 田阳区 田东县 德保县 那坡县 马山县 上林县 武鸣区 宾阳县 都安县 龙州县",
    "dai": "景洪市 勐海县 勐腊县 芒市 瑞丽市 孟连县 耿马县 盈江县 陇川县 江城县",
}
_MIN_FEST = {
    "uyghur": "古尔邦节 肉孜节", "kazakh": "纳吾肉孜节 古尔邦节", "tibetan": "藏历新年 雪顿节 望果节",
    "yi": "火把节 彝族年", "mongolian": "那达慕大会 祭敖包", "hui": "开斋节 古尔邦节",
    "korean": "金达莱节 老人节", "zhuang": "刘三姐文化旅游节 三月三歌圩", "dai": "泼水节 开门节",
}
_MIN_BIZ = {
    "uyghur": "阿布拉的馕加盟店 艾德莱斯绸布店 麦西来甫餐厅 和田玉摊位 库尔勒香梨收购点",
    "kazakh": "冬不拉乐器作坊 阿肯弹唱演出队 伊犁马养殖合作社 哈萨克毡房民宿",
    "tibetan": "格桑花民宿 卓玛泉水代理点 扎西德勒藏餐馆 白玛唐卡画坊",
    "yi": "阿诗玛民族服饰店 彝绣合作社 漆器作坊 索玛花民宿",
    "mongolian": "乌兰牧骑演出队 苏尼特羊肉店 敖包山牧家乐 巴音布鲁克马具店",
    "hui": "马子禄牛肉面分店 马有布牛肉面馆 东乡手抓羊肉馆 白家老字号油香铺",
    "korean": "金达莱饭店 阿里郎民俗村 延吉冷面馆 长白山人参专卖店",
    "zhuang": "刘三姐歌圩演艺队 壮锦工坊 铜鼓酒坊 那坡黑衣壮客栈",
    "dai": "普洱茶初制所 勐海茶厂收购点 孔雀舞培训班 景洪傣味餐馆",
}
_MIN_PLACES = {k: tuple(v.split()) for k, v in _MIN_PLACES.items()}
_MIN_FEST = {k: tuple(v.split()) for k, v in _MIN_FEST.items()}
_MIN_BIZ = {k: tuple(v.split()) for k, v in _MIN_BIZ.items()}

_E_PLACES = ("Zhangjiakou|Shijiazhuang|Ma'anshan|Zhoukou|Changzhou|Jinhua|Huanggang|Xuchang|Yueyang|"
             "Wenzhou|Zhongshan|Huangpu District|Yangpu District|Haidian District|Wong Tai Sin|"
             "Ma On Shan|Ho Man Tin|Lam Tin|Sha Tin|Tai Po|Kwun Tong|Tin Shui Wai|Yau Ma Tei|"
             "Wan Chai|Lok Fu|Shek Kip Mei|Kwai Chung|Tsuen Wan|Tseung Kwan O|Tuen Mun|"
             "Sheung Shui|Mong Kok|Jiangning|Xiaoshan|Songjiang|Minhang|Zhangjiang").split("|")
_E_ROADS = ("Zhongshan Road|Zhongshan North Road|Chang'an Avenue|Nathan Road|Lee Garden Road|"
            "Lockhart Road|Hennessy Road|Jaffe Road|Wangfujing Street|Huaihai Road|Yan'an Road|"
            "Caoyang Road|Zhangheng Road|Sun Yat-sen Avenue|Des Voeux Road|Tung Choi Street|"
            "Fa Yuen Street|Lai Chi Kok Road|Wong Chuk Hang Road|Kwong Fuk Road").split("|")
_E_HOSP = ("Sun Yat-sen Memorial Hospital|Zhongshan Hospital|Sir Run Run Shaw Hospital|"
           "Queen Mary Hospital|Prince of Wales Hospital|Kwong Wah Hospital|Tung Wah Hospital|"
           "Yan Chai Hospital|Pok Oi Hospital|Tang Shiu Kin Hospital|Tseung Kwan O Hospital|"
           "Tuen Mun Hospital|Ruttonjee Hospital|Bethune International Peace Hospital|"
           "Norman Bethune First Hospital").split("|")
_E_SCHOOL = ("Sun Yat-sen University|Tin Ka Ping Secondary School|Shaw College|Lee Woo Sing College|"
             "Chung Chi College|Wu Yee Sun College|Lingnan University|Yew Chung International School|"
             "Li Po Chun United World College|Tsang Shiu Tim Secondary School").split("|")
_E_ORG = ("Li-Ning|Lee Kum Kee|Chow Tai Fook|Chow Sang Sang|Hang Seng Bank|Wing Lung Bank|"
          "Lao Gan Ma|Wang Lao Ji|Master Kong|Zhou Hei Ya|Haidilao|Tam Jai SamGor|Tai Hing|"
          "Kee Wah Bakery|Hung Fook Tong|Yeo Hiap Seng|Wing On Department Store|Lukfook Jewellery|"
          "Xu Fu Ji|Wanda Plaza|Suning|Gome|XCMG|Liugong|Zhang Yiyuan Tea").split("|")
_E_DIS = ("Parkinson's disease|Alzheimer's disease|Down syndrome|Hodgkin lymphoma|Crohn's disease|"
          "Guillain-Barré syndrome|Marfan syndrome|Kawasaki disease|Hashimoto's thyroiditis|"
          "Behçet's disease|Raynaud's phenomenon|Cushing's syndrome|Addison's disease|"
          "Huntington's disease|Ewing sarcoma|Ménière's disease|Bell's palsy|Graves' disease").split("|")

_ID_AREAS = ("110105 130102 130682 140105 150102 210202 220581 230103 320311 330106 340222 350203 "
             "360102 370702 370285 410523 411303 420106 430682 440307 450226 500112 510107 513401 "
             "520102 530103 610113 620102 640302 650102 652901 632121 542621 222403").split()
_LAND_CODES = "0531 0371 0851 0394 0311 0513 0771 0898 0931 0991 0891 0834 0433 0691 0476".split()
_CASE_PFX = ("应急罚", "消行罚决字", "安监罚", "应急执法罚", "消防行罚")
_CASE_AREA = ("", "东", "西", "临", "新", "高新")
_ENG_MONTHS = "January February March April May June July August September October November December".split()

# ---------------------------------------------------------------------------------------
# templates
#   {P1} {M1} {F1}  a private name (any / male / female), numbered; each number once
#   {K2} {KM2} {KF2}  a private name of a child (or kin) of name #1 (shares its surname)
#   {O1}            an official in role (public_notice only) -- a LOOK-ALIKE
#   ⟦word⟧          a literal ordinary word recorded as a look-alike
#   {PLACE} {VIL} {TOWN} {ROAD} {SCHOOL} {HOSP} {BANK} {CO} {CONS} {PROD} {MED} {DIS} {SHOP}
#   {CLINIC} {MASK} {MPLACE} {MFEST} {MBIZ} {MMASK} {EPLACE} {EROAD} {EHOSP} {ESCHOOL}
#   {EORG} {EDIS} {EMASK}  look-alikes (a trailing digit only distinguishes two draws)
#   other {UPPER} slots are context (ages, IDs, phones, money, dates ...), never names
#   a template starting with "~" is lower-cased as a whole (names and look-alikes too)
# ---------------------------------------------------------------------------------------

TEMPLATES: dict[str, tuple[str, ...]] = {
    "medical_aid": (
        "{P1}，{AGE}岁，确诊{DIS}，本年度在{HOSP}住院3次，政策范围内⟦费用⟧{AMT}元，大病保险二次报销后自付部分申请医疗救助。",
        "患者{M1}（{IDM}）系{VIL}防返贫监测户，因{DIS}长期服药，门诊慢特病待遇已备案，救助金由其妻{F2}⟦代领⟧，联系电话{TELM}。",
        "经审核，{P1}在{PLACE}异地就医未备案，报销比例下调10个百分点；其子{KM2}次日补办了备案，差额⟦尚未⟧追补。",
        "申请人{P1}之女{KF2}患{DIS}，在{HOSP}治疗⟦花费⟧{AMT}元，医保统筹支付后缺口较大，建议纳入大病救助（⟦费用⟧清单附后）。",
        "{TOWN}医保站回复：{P1}的住院发票抬头与参保信息不一致，请到{HOSP}财务科更正后再报；另{MASK}的材料已退回。",
        "2025年度城乡居民医保个人缴费400元，{P1}、{P2}、{P3}三人由民政⟦全额⟧资助参保，资金从救助专户列支。",
        "{AGE}岁的{M1}突发脑梗，被送往{HOSP}抢救，家属{P2}称其有{DIS}病史，已垫付{AMT}元，出院时一站式结算。",
        "大病救助复核：{P1}（{TELM}）名下登记有小型轿车一辆、加盟{CO}门店一家，家庭财产超标，已电话告知本人；{MASK}复核通过。",
        "⟦常年⟧卧床的{P1}由儿媳{F2}照料，购买{MED}等非处方药的票据不在报销范围，已向家属解释。",
        "外出务工人员{M1}在{PLACE}参加了职工医保，户籍地居民医保重复参保，已办理退费{AMT}元至其本人⟦银行⟧卡{BANKM}。",
        "{F1}产检及分娩⟦费用⟧按城乡居民医保生育待遇结算，新生儿{P2}出生28天内随母参保，免缴当年保费。",
        "医疗救助一站式结算失败，原因：{P1}的身份类别在系统中显示为普通居民，需{TOWN}民政办重新标识，⟦相关⟧票据暂由村卫生室保管。",
        "{P1}在{SCHOOL}上学期间突发{DIS}，学生医保已报销，家长{P2}申请剩余部分救助，⟦金额⟧{AMT}元。",
        "经{P1}本人同意，其在{HOSP}的病历资料可提供给{TOWN}医保站调阅，⟦康复⟧治疗费用另行申报。",
        "（户主：{P1}）家中两人患病：配偶{P2}患{DIS}，⟦孙子⟧{M3}患先天性心脏病，均已纳入重点救助。",
    ),
    "housing_repair": (
        "{VIL}{P1}户房屋经鉴定为C级⟦危房⟧，土坯结构，墙体开裂，拟原址加固，补助标准{AMT}元。",
        "户主{P1}（{AGEO}岁）独居，⟦房屋⟧鉴定为D级，已动员其搬至侄子{KM2}家暂住，改造期间由{SHOP}送餐。",
        "{P1}家新建⟦房屋⟧面积{AREA}平方米，超出面积控制标准，按政策不予补助，本人已签字；施工方为{CONS}。",
        "施工队反映{P1}不同意拆除旧房，现场照片已存档；⟦包村⟧干部{MASK}继续做思想工作。",
        "{M1}、{F2}夫妇均为残疾人，⟦危房⟧改造由{TOWN}统建统管，新房钥匙已于{DATE}交付。",
        "⟦危改⟧验收：{P1}户屋面更换彩钢瓦，厨房与卫生间分离，符合住房⟦安全⟧标准，验收表缺{MASK}签字需补。",
        "因{P1}⟦常年⟧在{PLACE}打工，改造资金拟打入其⟦母亲⟧{F2}的一卡通账户{BANKM}。",
        "村民反映{P1}户并非⟦危房⟧，其在{PLACE}另有商品房一套，经不动产登记⟦查询⟧属实，取消补助资格。",
        "{P1}户改造后⟦房屋⟧面积{AREA}平方米，⟦包括⟧正房三间、厢房一间，补助资金分两次拨付。",
        "{P1}的房子紧挨{ROAD}边坡，属地质灾害隐患点，建议易地搬迁至{VIL}集中安置点。",
        "低保户{P1}自筹资金不足，{CO}结对帮扶捐赠{AMT}元，邻居{P2}义务出工，⟦修缮⟧工程已完工。",
        "{P1}，{AGEO}岁，五保对象，⟦危房⟧拆除后入住{TOWN}⟦敬老院⟧，宅基地由村集体收回。",
        "鉴定复核：{P1}户原鉴定为B级，经{CONS}技术人员复核为C级，纳入{YEAR}年改造计划。",
        "改造资金{AMT}元已由{TOWN}财政所拨付，{P1}与施工队结算时发现少砌一道隔墙，经与{P2}（施工队长）⟦商量⟧后返工。",
    ),
    "family_planning": (
        "{M1}、{F2}夫妇1983年领取《独生子女父母光荣证》，均已年满60周岁，{YEAR}年起享受奖励扶助，{TOWN}已审核。",
        "特别扶助：{P1}之子{KM2}于2019年因车祸死亡，夫妻未再生育，经{TOWN}⟦计生⟧办核实，纳入失独家庭特别扶助。",
        "{F1}提出其领证时间早于1980年，档案中未找到原始登记，请{PLACE}档案馆协助⟦查询⟧，补齐材料的时间待定。",
        "{P1}户籍已迁往{PLACE}，奖扶资格转出手续已办结，{YEAR}年起由迁入地发放。",
        "经比对，{P1}夫妇于1995年生育第二孩（次女{P2}），不符合奖扶条件，材料退回{TOWN}。",
        "双女户{M1}家，长女{KF2}、次女{KF3}均已外嫁{PLACE}，老两口按政策享受奖励扶助，材料⟦齐全⟧。",
        "{P1}已于{DATE}去世，特扶金停发；其配偶{P2}继续享受，发放⟦银行⟧账户变更为{BANKM}。",
        "伤残特扶：独生女{F1}患{DIS}，经鉴定为二级残疾，父母均满49周岁，⟦符合⟧条件。",
        "{SHOP}老板来电称其父{M1}未领到今年奖扶金，经查系社保卡未激活，已通知本人到{BANK}网点激活。",
        "⟦计划⟧外生育情况说明：{P1}称其第二个孩子系收养，收养登记证缺失，请{TOWN}民政部门核实。",
        "{M1}与前妻{F2}于1998年离婚，独生子{M3}随前妻生活，经{TOWN}核实后双方均可申请奖扶。",
        "{P1}（{IDM}）系{VIL}奖扶对象，与⟦岳母⟧{F2}同户，本次仅核定夫妻二人资格。",
        "奖扶金由{M1}代为领取（系对象{P2}的外孙），⟦代领⟧委托书及身份证复印件已存档。",
    ),
    "temp_relief": (
        "{P1}家中突发火灾，⟦房屋⟧烧毁两间，村委会报请临时救助{AMT}元，现暂住亲戚{P2}家。",
        "流浪人员自称“{P1}”，{PLACE}口音，无身份证件，由{ROAD}派出所送至救助站，已联系其家属。",
        "急难型救助：{P1}之子{KM2}（{AGEC}岁）确诊{DIS}，先行救助{AMT}元，⟦相关⟧材料事后补充。",
        "{P1}的⟦银行⟧卡被司法冻结，救助金改为现金发放，由{MASK}和两名村干部在场见证。",
        "{P1}（{TEL}）遭遇车祸住院，肇事方{MASK}逃逸，家庭陷入困境，{TOWN}民政办入户核查后同意救助。",
        "支出型困难：{P1}今年因⟦孙女⟧{F2}治疗{DIS}支出{AMT}元，收入难以覆盖，建议纳入低保边缘家庭。",
        "冬季取暖困难，{P1}、{P2}两户各发放煤炭一吨，另有爱心企业捐赠的{PROD}若干，由{SHOP}配送到户。",
        "{AGEO}岁老人{F1}独居，子女均在{PLACE}务工，⟦平时⟧由邻居{P2}照看，申请一次性救助。",
        "{M1}因故意伤害被羁押，其妻{F2}带两个孩子生活无着，属临时救助对象，⟦金额⟧{AMT}元。",
        "重复申请：{P1}本季度已在{TOWN}领取过临时救助，本次不予受理，已当面告知。",
        "{P1}从{PLACE}返乡途中钱物被盗，滞留车站，救助站为其购买返程车票，⟦费用⟧{AMTS}元。",
        "丈夫{M1}病故后，{F2}独自抚养三名子女，申请临时救助，{VIL}村民代表评议一致同意。",
        "救助金{AMT}元由{M1}⟦代领⟧（系申请人{P2}的外甥），委托书已存档。",
    ),
    "petition_12345": (
        "12345工单回访：⟦来电⟧人{P1}（{TELM}）反映{ROAD}沿街{SHOP}油烟扰民，执法中队已责令整改，来电人表示满意。",
        "⟦信访⟧人{P1}反映其父{KM2}的征地补偿款被{VIL}村委会截留，经调查系误会，补偿款已存入{BANK}账户。",
        "{P1}多次越级上访，诉求为{DIS}致残的工伤认定，已告知其通过⟦劳动⟧仲裁途径解决；包案领导{MASK}。",
        "市民{F1}投诉{CO}门店拒绝退货，已转{PLACE}市场监管局处理，回复时限5个工作日。",
        "⟦来访⟧人{P1}、{P2}、{P3}等{NUM}名业主，反映{ROAD}某小区物业擅自提高停车费，已约谈物业公司。",
        "工单备注：来电人不愿留全名，自称“{MASK}”，反映{SCHOOL}门口早晚高峰拥堵；家长志愿者{P1}等人已协助疏导。",
        "{P1}来电称邻居{P2}在楼顶违建鸽棚，经城管核查属实，限期拆除，⟦查处⟧结果已告知来电人。",
        "⟦信访⟧事项办结：{P1}的养老金已按{PLACE}标准补发{AMT}元，信访人签字确认，承诺不再就此事上访。",
        "回访不满意：{P1}认为{HOSP}对其⟦母亲⟧{F2}的诊疗存在过错，建议通过医疗纠纷调解途径处理。",
        "{AGEO}岁的{M1}由⟦孙子⟧{M2}代为拨打12345，反映{VIL}自来水停供三天，⟦管道⟧已抢修恢复。",
        "12345转办：诉求人{P1}称在{SHOP}购买的{PROD}疑似假冒，市场监管所已抽检，结果待出。",
        "匿名举报{VIL}⟦党员⟧违规操办酒席，经核查办酒人为退休职工{P1}，不属于党员，不予立案。",
        "来电人称被{P1}饲养的犬只咬伤，要求对方承担疫苗⟦费用⟧，{TOWN}派出所已调解。",
    ),
    "labour_wage": (
        "申请人{P1}与被申请人{CONS}⟦劳动⟧争议一案，双方自愿达成调解，被申请人于{DATE}前一次性支付工资{AMT}元。",
        "欠薪线索：{P1}等{NUM}名农民工反映在{CONS}承建的{ROAD}改造项目干活，包工头{MASK}拖欠⟦劳务⟧费{AMT}元，已立案。",
        "{P1}（{IDM}）主张加班费，因无考勤记录，⟦仲裁⟧委未予支持；其委托代理人（其弟{KM2}）表示将起诉。",
        "工伤认定：{M1}在{CO}仓库搬运货物时被叉车撞伤，诊断为腰椎骨折，⟦单位⟧未缴纳工伤保险，由用人单位承担待遇。",
        "{P1}反映其在{SHOP}做帮厨三个月，老板只发了一个月工资，经调解老板同意分两次⟦付清⟧。",
        "{F1}、{F2}两名保洁员与{CO}分公司因辞退补偿发生争议，⟦仲裁⟧裁决单位支付经济补偿{AMT}元。",
        "申请人{P1}无正当理由未到庭，按撤回⟦仲裁⟧申请处理，文书已邮寄至其户籍地{VIL}。",
        "根治欠薪冬季专项：{CONS}已将工资保证金存入{BANK}专户，{P1}、{P2}等人的工资由总包单位直接代发。",
        "{P1}被{CO}以“⟦严重⟧违纪”为由解除合同，经审查规章制度未经民主程序，裁决恢复劳动关系。",
        "{M1}于{DATE}在{PLACE}某工地坠落死亡，家属{P2}与{CONS}达成赔偿协议，金额{AMT}元。",
        "{P1}在{CO}的⟦宿舍⟧被盗，与欠薪无关，不属于本委受理范围，已告知其向公安报案。",
        "讨薪农民工{P1}与项目经理{MASK}发生冲突，⟦公安⟧到场处置；涉及工资{AMT}元由{CONS}先行垫付。",
        "经与{P1}协商，{CONS}同意按每天{AMTS}元补发误工费，⟦劳务⟧合同一并续签。",
    ),
    "provident_fund": (
        "{P1}申请提取公积金偿还{PLACE}商品房贷款，购房合同与不动产登记信息一致，核准提取{AMT}元。",
        "离职提取：{P1}与{CO}解除劳动合同已满半年，户籍不在本市，⟦符合⟧销户提取条件。",
        "租房提取：{P1}租住{ROAD}某小区，⟦房东⟧{P2}提供了租赁合同及联系方式{TELM}，每月可提取{AMTS}元。",
        "{P1}的配偶{P2}同时申请提取，夫妻合计提取额不得超过购房总价，已扣除对方已提取部分，⟦余额⟧{AMT}元。",
        "重大疾病提取：{P1}的⟦母亲⟧{F2}患{DIS}，提供{HOSP}诊断证明及⟦费用⟧清单，准予提取。",
        "{M1}去世，公积金⟦余额⟧{AMT}元由继承人{KF2}、{KM3}按公证书确定的份额提取。",
        "贷款审核：{P1}名下在{PLACE}已有住房两套，不符合首套房贷款政策，退回申请并告知原因。",
        "异地转移：{P1}从{PLACE}公积金中心转入，⟦连续⟧缴存年限合并计算；现缴存单位为{CO}。",
        "骗提案件：{MASK}伙同中介伪造购房合同骗提公积金，已追回；涉案代办人{P1}（{IDM}）移交公安。",
        "{P1}反映其单位{CO}长期未为其缴存公积金，已转执法科立案督缴，应补缴{AMT}元。",
        "{P1}申请提取用于⟦修缮⟧自住房屋，房屋位于{VIL}，需提供{TOWN}出具的⟦危房⟧鉴定结论。",
        "退休提取：{P1}，{AGE}岁，已办理退休，公积金账户销户，⟦利息⟧一并结清，转入{BANK}账户{BANKM}。",
    ),
    "safety_penalty": (
        "{CASE}：{CO}门店仓库占用疏散通道，罚款{AMT}元；检查时值班人员{P1}不会操作消防控制室设备。",
        "当事人{MASK}经营的{SHOP}使用液化气瓶未装泄漏报警装置，责令改正并罚款{AMT}元；举报人{P1}的信息已按规定保密。",
        "{CONS}在{ROAD}施工现场发生高处坠落事故，工人{M1}受伤，对项目部处以罚款，统一社会信用代码{USCC}。",
        "{TOWN}出租屋火灾：租户{P1}私拉电线给电动车充电引发，⟦房东⟧{P2}未落实⟦安全⟧管理责任，给予警告。",
        "烟花爆竹非法储存：{P1}在{VIL}自家厢房存放鞭炮约200箱，没收并罚款{AMT}元，⟦易燃⟧物品已转移。",
        "复查意见：{CO}已完成消火栓维修，⟦应急⟧照明恢复正常；企业安全员{P1}（{TEL}）培训考核合格。",
        "有限空间作业事故：{M1}、{M2}在清理{CO}化粪池时中毒，经{HOSP}抢救脱离危险，企业被罚款{AMT}元。",
        "{P1}驾驶的危险品运输车未按规定路线行驶，在{ROAD}检查站被查获，车辆所属{CO}被责令整改。",
        "处罚对象为个体工商户“{SHOP}”，经营者{MASK}；检查发现⟦干粉⟧灭火器过期，店员{P1}称不知情。",
        "{CASE}决定书已送达当事人{MASK}，由其妻{F1}代为签收，签收时间{DATE}。",
        "{SCHOOL}食堂燃气⟦管道⟧泄漏，厨师{P1}关阀处置及时，未造成伤亡，学校后勤负责人被约谈。",
        "{P1}在{VIL}私设的小炼油点被查封，现场⟦柴油⟧约3吨，案件移送公安。",
        "向{P1}送达《责令限期整改指令书》时其拒绝签字，已留置送达并录像；所涉{SHOP}停业整顿。",
    ),
    "med_mediation": (
        "患者{P1}在{HOSP}行阑尾切除术后切口感染，家属{P2}要求赔偿，经调委会主持⟦和解⟧，院方一次性补偿{AMT}元。",
        "{P1}之父{KM2}因{DIS}住院期间坠床骨折，双方对护理责任有争议，申请医学会鉴定。",
        "调解笔录：申请方{P1}（死者{KM2}之子），被申请方{HOSP}，双方同意以{AMT}元⟦和解⟧，今后不再就此事主张权利。",
        "产妇{F1}分娩时新生儿发生臂丛神经损伤，院方认为属难产并发症，家属不认可，建议⟦司法⟧鉴定。",
        "{P1}在{CLINIC}输液后出现过敏性休克，诊所负责人{MASK}已预付抢救⟦费用⟧{AMT}元。",
        "预警：{P1}的家属十余人在{HOSP}⟦门诊⟧大厅拉横幅，派出所到场劝离，已转入调解程序。",
        "{F1}在{CLINIC}拔牙后下颌骨折，诊所已投保医疗责任险，由保险公司理赔{AMT}元。",
        "{P1}认为{HOSP}将{DIS}误诊为普通感冒，延误治疗，调解未成，已告知其可向法院起诉。",
        "{AGEO}岁的{P1}在{TOWN}⟦敬老院⟧摔伤，院方与家属{P2}就赔偿比例协商一致。",
        "协议履行：{HOSP}已将{AMT}元转入{P1}的⟦银行⟧账户{BANKM}，本案结案。",
        "{P1}术后出现{DIS}样症状，怀疑与麻醉有关，⟦尚未⟧达成一致，下次调解定于{DATE}。",
        "患方代表{P1}（{TELM}）称其⟦岳父⟧在{HOSP}重症监护室死亡系院方用药错误，已封存病历。",
    ),
    "public_jobs": (
        "{P1}（{AGE}岁，脱贫劳动力）安置于{VIL}保洁岗，月补贴{AMTS}元，考勤由村⟦文书⟧负责。",
        "护林员{M1}年满60周岁退出岗位，递补人员{P2}（{IDM}）经{VIL}村民代表会议通过。",
        "{P1}同时在{CO}门店就业，违反公益性岗位不得兼职的规定，停发补贴并追回{AMT}元。",
        "巡河员{P1}、{P2}负责{VIL}至{TOWN}河段，每周巡查不少于三次，巡查记录⟦齐全⟧。",
        "{F1}在{SCHOOL}食堂从事帮厨公益岗，工作中被开水烫伤，按意外伤害险报销{AMTS}元。",
        "岗位调整：{P1}由{VIL}保洁员调整为{TOWN}⟦敬老院⟧护理员，补贴标准不变。",
        "考核不合格：{P1}连续两个月无故缺岗，经村民代表评议予以解聘，岗位由{P2}接替；⟦解除⟧协议已签。",
        "{P1}为肢体三级残疾人，安排在{ROAD}公共停车场看护岗，每天工作{NUM}小时。",
        "补贴发放明细：{P1}{AMTS}元；{P2}{AMTS}元；{P3}{AMTS}元（含⟦高温⟧补贴）。",
        "防汛值守人员{M1}住院，其子{KM2}代其签领补贴，已核对授权委托书，{TOWN}人社所备案。",
        "{P1}在保洁作业时被{CO}的送货车辆剐蹭，⟦车辆⟧方已赔付医药费，公益岗补贴照常发放。",
        "{VIL}公益岗⟦管理⟧员{P1}兼任⟦卫生⟧监督员，不另行发放补贴。",
        "已给{P1}办理岗位意外伤害保险，保单由{BANK}代收保费，⟦全年⟧{AMTS}元。",
    ),
    "eco_comp": (
        "{P1}户退耕地块位于{VIL}北坡，面积{MU}亩，种植核桃，第二轮补助{AMT}元。",
        "地块权属争议：{P1}与{P2}对{VIL}第{NUM}号小班的退耕还林补助存在争议，暂缓发放。",
        "{P1}已去世，退耕补助由其子{KM2}继承，已提供死亡证明和{TOWN}派出所出具的关系证明。",
        "生态护林员{P1}巡护时发现有人在{VIL}后山盗伐⟦杨树⟧十余棵，已报{TOWN}林业站。",
        "草原生态奖补：{P1}承包草场{MU}亩，位于禁牧区，按每亩{AMTS}元发放，⟦牛羊⟧已转为舍饲。",
        "公益林补偿：{P1}、{P2}、{P3}三户的⟦林地⟧被划入{PLACE}国家级公益林，补偿标准每亩16元。",
        "退耕地复耕核查：卫片显示{P1}的退耕地块种植了⟦玉米⟧，已责令恢复并暂停当年补助。",
        "{P1}承包的⟦林地⟧中有{NUM}亩被{ROAD}改扩建工程征占，补偿款另行结算。",
        "湿地生态补偿：{P1}家鱼塘位于{PLACE}湿地保护区内，退养还湿补偿{AMT}元。",
        "一卡通发放失败：{P1}的账户{BANKM}已销户，请本人到{BANK}重新开户后补发。",
        "{P1}将退耕地流转给{CO}种植基地，流转合同约定补助归原承包户，{TOWN}已备案。",
        "{P1}、{P2}两户⟦植树⟧成活率低于85%，需补植后再验收，补助暂缓。",
    ),
    "disability_subsidy": (
        "{P1}，{AGE}岁，肢体二级，同时享受困难残疾人生活补贴和重度残疾人护理补贴，每月合计{AMTS}元，⟦全额⟧发放。",
        "{P1}（智力三级）的监护人为其⟦母亲⟧{F2}，补贴打入监护人账户{BANKM}。",
        "残疾证到期未换：{P1}的残疾证已过有效期，暂停护理补贴，提醒其到{HOSP}重新评残。",
        "{P1}入住{TOWN}⟦敬老院⟧由民政集中供养，依规停发生活补贴，护理补贴继续发放。",
        "{M1}患{DIS}，精神二级，家属{P2}申请护理补贴，经评估⟦符合⟧条件。",
        "{P1}与{P2}、{P3}同户，均持有残疾证，按人分别发放两项补贴，{VIL}已公示。",
        "比对殡葬数据发现{P1}已于{DATE}死亡，多发补贴{AMTS}元需追回，已联系其女{KF2}办理退款，⟦银行⟧回单附后。",
        "听力残疾人{P1}由{SCHOOL}手语教师{P2}陪同申请，材料⟦齐全⟧。",
        "{AGEC}岁患儿{P1}，{DIS}，视同重度残疾纳入护理补贴，监护人{P2}（{TELM}）。",
        "辅具适配：{P1}领取轮椅一辆，{P2}领取助听器一副，⟦全部⟧免费配发。",
        "{P1}的残疾等级由三级调整为一级，自{DATE}起增发护理补贴，{TOWN}残联已⟦盖章⟧确认。",
        "户主{M1}与妻子{F2}均为视力残疾，⟦平时⟧靠经营一家{SHOP}维持生活。",
    ),
    "english_export": (
        "Applicant {M1} (ID ending {IDL}) was reimbursed {EAMT} for inpatient care at {EHOSP}; payee is his wife, {F2}.",
        "12345 hotline follow-up: caller {P1} complained about cooking fumes from a {EORG} outlet on {EROAD}; resolved, caller satisfied.",
        "Temporary relief of {EAMT} approved for {F1}, aged {AGE}, of {EPLACE}; cash collected by her son {KM2}.",
        "{P1} and {K2} share one household registration in {EPLACE}; both were diagnosed with {EDIS}.",
        "~note: {P1} said the landlord, {P2}, refused to sign the lease; rent for the flat near {EROAD} is {EAMT} a month.",
        "Labour arbitration: claimant {P1} v. {EORG}; settled, back pay of {EAMT} to be paid by {EDATE}.",
        "Contact person: {P1}, tel. {TELI}. The household of {P2} was removed from the list after {EMASK} reported a duplicate.",
        "Dangerous-housing repair for the {P1} household in {EPLACE} completed; sign-off by {EMASK} still pending.",
        "Mediation: {P1} alleges that {EHOSP} misdiagnosed {EDIS} as a common cold; next session on {EDATE}.",
        "Wage arrears: workers {P1}, {P2} and {P3} unpaid since March at a site on {EROAD}; contractor fined.",
        "~remark from the village: {F1} (age {AGE}) looks after her grandson {KM2}, who attends {ESCHOOL}.",
        "Disability allowance for {P1}; guardian {P2}; paid into a {EORG} account ending {IDL}.",
        "Housing fund withdrawal approved for {P1} to repay a mortgage in {EPLACE}; co-applicant {P2}.",
        "Reforestation subsidy: {P1}, {EAMT} for 3.5 mu near {EPLACE}; next of kin {P2} will collect it.",
        "{P1} visited {EHOSP} on {EDATE} for {EDIS}; daughter {KF2} phoned twice asking about the refund.",
        "Fire-safety fine: the {EORG} shop on {EROAD} blocked an exit; staff member {P1} was on duty.",
    ),
    "minority_listing": (
        "{P1}，{ETH}，{AGE}岁，{MPLACE}人，家庭人均纯收入低于监测线，纳入防返贫监测。",
        "户主{M1}（{ETH}），妻子{F2}，长子{KM3}，一家三口在{MPLACE}务工，⟦房屋⟧空置。",
        "牧民{P1}承包草场{MU}亩，草畜平衡奖励{AMT}元已打入{BANK}账户，联系人为其侄子{P2}。",
        "{P1}不通汉语，申请表由{MPLACE}司法所翻译协助填写，本人按手印确认。",
        "{P1}、{P2}、{P3}等{NUM}户已搬迁至{MPLACE}易地扶贫安置点，计划在{MFEST}前全部入住。",
        "{F1}（{ETH}）生育第三孩，按当地少数民族生育政策不属于违法生育，奖扶资格保留；{MPLACE}卫健委已确认。",
        "{P1}在{HOSP}确诊{DIS}，异地就医报销比例按{MPLACE}标准执行。",
        "{M1}（{ETH}）之子{KM2}在{PLACE}就读，申请雨露计划补助，材料⟦齐全⟧。",
        "{P1}申请创业担保贷款，用于经营{MBIZ}，{BANK}已放款{AMT}元。",
        "{AGEO}岁的{F1}（{ETH}）独居，{MFEST}前由村医上门巡诊，⟦平时⟧由邻居{P2}照顾。",
        "{F1}与其子{KM2}（{ETH}）户籍均在{MPLACE}，母子二人同患{DIS}，申请医疗救助。",
        "名单中{MMASK}已迁出，{P1}为新增对象，{ETH}，联系电话{TELM}。",
        "{P1}，{ETH}，{MPLACE}人，⟦曾经⟧在{PLACE}打工，现返乡养殖⟦牛羊⟧，入股{MBIZ}。",
        "{M1}（{IDM}）家中{NUM}口人，次女{KF2}在{MBIZ}帮工，{MFEST}期间收入较高。",
    ),
    "public_notice": (
        "关于{VIL}{YEAR}年第二批低保对象的公示：拟新增{P1}、{P2}两户，停保{MASK}一户。公示期7天，监督电话{LAND}，联系人：{O1}（民政所）。",
        "临时救助审批公示：救助对象{P1}，救助金额{AMT}元，事由：⟦房屋⟧失火。经办人{O1}，审核人{O2}，审批人{O3}。",
        "⟦危房⟧改造对象评议结果公示：{P1}户（C级）、{P2}户（D级）。评议小组成员：{O1}、{O2}、{O3}。如有异议请向{TOWN}纪委反映，电话{LAND}。",
        "{YEAR}年度公益性岗位拟聘人员公示：{P1}（保洁）、{P2}（护林）、{P3}（巡河）。{TOWN}人社所联系人{O1}，电话{LAND}。",
        "奖励扶助对象确认公示：新增{M1}、{F2}夫妇。村两委审核人：村党支部书记{O1}、村委会主任{O2}。",
        "残疾人两项补贴新增名单公示：{P1}（肢体二级）、{P2}（视力一级）。{TOWN}残联理事长{O1}审核，县残联副理事长{O2}复核。",
        "大病救助对象公示：{P1}，救助金额{AMT}元。专家评审组成员：{O1}（{HOSP}主任医师）、{O2}（医保局）。",
        "{VIL}村务公开：本月临时救助{P1}{AMT}元；村务监督委员会主任{O1}已签字确认。",
        "退耕还林补助兑现公示（第{NUM}批）：{P1}{MU}亩、{P2}{MU}亩。林业站站长{O1}，监督举报电话{LAND}。",
        "关于{P1}申请医疗救助的公示。审批人：{O1}（{TOWN}人民政府副镇长）。公示期间如有异议，可向{O2}反映，电话{LAND}。",
        "驻村第一书记{O1}带队入户核查后，拟将{P1}户纳入防返贫监测对象，现予公示，监督电话{LAND}。",
        "{YEAR}年农村危房改造补助资金发放公示：{P1}{AMT}元，{P2}{AMT}元。经办人：{O1}；复核人：{O2}。",
        "劳动保障监察公示：{CONS}拖欠{P1}等{NUM}人工资已全部⟦付清⟧，承办监察员{O1}、{O2}。",
        "医疗纠纷人民调解委员会公告：{P1}与{HOSP}的纠纷已调解成功，调解员{O1}同志，书记员{O2}。",
    ),
    "lookalike_only": (
        "{VIL}⟦危房⟧改造资金{AMT}元已于{DATE}拨付，涉及{MASK}等3户，⟦全部⟧验收合格。",
        "本批次{NUM}人因{DIS}申请大病救助，定点救治医院为{HOSP}，名单另附。",
        "12345工单：反映{ROAD}{SHOP}占道经营，已转{TOWN}综合执法队处理，⟦来电⟧人未留姓名。",
        "{CONS}工资保证金账户开立于{BANK}，⟦余额⟧{AMT}元，按季度核对。",
        "消防检查：{SHOP}与{SHOP2}存在电动车入户充电问题，责令当场整改，已于{DATE}复查。",
        "{SCHOOL}学生资助名单以学校公示为准，本表不再重复列出。",
        "医疗纠纷调解：患方{MASK}，医方{HOSP}，争议焦点为{DIS}诊断是否及时，⟦尚未⟧结案。",
        "退耕还林地块位于{VIL}与{VIL2}交界处，⟦林地⟧权属清晰，无争议。",
        "公积金提取：{CO}职工集体提取，由单位经办员统一办理，个人无需到场；⟦利息⟧按年结算。",
        "残疾人两项补贴：本月新增{NUM}人，停发2人（{MASK}、{MASK2}已死亡）。",
        "Funds for villagers in {EPLACE} were paid through {EORG}; the invoice from {EHOSP} is attached.",
        "{ROAD}{CO}门店门前垃圾清运不及时，已转{TOWN}环卫所处理，⟦周末⟧增派人手。",
        "计划生育奖扶资金已通过{BANK}一卡通发放，{MASK}等户⟦尚未⟧激活社保卡。",
        "安全检查发现{CO}仓库⟦易燃⟧物品堆放过高，{CASE}已立案。",
        "Patient {EMASK} was transferred from {EHOSP} with suspected {EDIS}; claim pending.",
        "{MPLACE}搬迁安置点{MBIZ}开业，{MFEST}期间提供帮扶岗位。",
        "临时救助：{PLACE}籍流浪人员（自称{MASK}）已由{ROAD}派出所送返，⟦费用⟧{AMTS}元。",
    ),
}

_NAME_KINDS = {"P", "M", "F", "K", "KM", "KF"}
_SLOT_RE = re.compile(r"\{([A-Z]+?)(\d*)\}|⟦([^⟧]+)⟧")
_LOOKALIKE_SLOTS = {"PLACE", "VIL", "TOWN", "ROAD", "SCHOOL", "HOSP", "BANK", "CO", "CONS",
                    "PROD", "MED", "DIS", "SHOP", "CLINIC", "MASK", "MPLACE", "MFEST", "MBIZ", "MMASK",
                    "EPLACE", "EROAD", "EHOSP", "ESCHOOL", "EORG", "EDIS", "EMASK"}
_CONTEXT_SLOTS = {"AGE", "AGEO", "AGEC", "ID", "IDM", "IDL", "TEL", "TELM", "TELI", "LAND", "AMT",
                  "AMTS", "EAMT", "DATE", "EDATE", "YEAR", "NUM", "MU", "AREA", "CASE", "USCC",
                  "BANKM", "ETH"}


def _slots(template: str) -> list[tuple[str, str]]:
    out = []
    for m in _SLOT_RE.finditer(template):
        if m.group(3) is None:
            out.append((m.group(1), m.group(2)))
    return out


def _check_templates() -> None:
    for fam, temps in TEMPLATES.items():
        assert fam in FAMILIES, fam
        for t in temps:
            idx = Counter()
            has_la = "⟦" in t
            n_names = 0
            for kind, num in _slots(t):
                if kind in _NAME_KINDS or kind == "O":
                    idx[("O" if kind == "O" else "N", num)] += 1
                    if kind in _NAME_KINDS:
                        n_names += 1
                    if kind.startswith("K"):
                        assert "1" in [n for k, n in _slots(t) if k in _NAME_KINDS], t
                    if kind == "O":
                        has_la = True
                elif kind in _LOOKALIKE_SLOTS:
                    has_la = True
                else:
                    assert kind in _CONTEXT_SLOTS, (kind, t)
            assert all(v == 1 for v in idx.values()), t
            assert has_la, t
            assert (n_names > 0) == (fam in NAME_FAMILIES), t
            assert ("{O" in t) == (fam in PUBLIC_FAMILIES), t


_check_templates()

_ALL_LITERALS = "\n".join(
    [_SLOT_RE.sub(lambda m: m.group(3) or "|", t) for ts in TEMPLATES.values() for t in ts]
    + list(_PLACES) + list(_ROADS) + list(_SCHOOLS) + list(_HOSPITALS) + list(_BANKS)
    + list(_BRANDS) + list(_CONSTRUCTION) + list(_PRODUCTS) + list(_MEDICINES) + list(_DISEASES)
    + [x for d in (_MIN_PLACES, _MIN_FEST, _MIN_BIZ) for v in d.values() for x in v])
_WORD_NAMES = tuple(w for w in _WORD_NAMES_RAW if w not in _ALL_LITERALS)

# ---------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------

_SEP_RE = re.compile(r"[·•・.\u3000 ]")
_LATIN_RE = re.compile(r"[A-Za-z]")


def _canon(s: str) -> str:
    """Lower-case, without spaces and name separators (how a Han-script name is compared)."""
    return _SEP_RE.sub("", s.lower())


def _is_latin(s: str) -> bool:
    return bool(_LATIN_RE.search(s))


def name_key(name: str) -> str:
    """The comparison key of a planted name: lower-case for Latin script, else ``_canon``."""
    return name.lower() if _is_latin(name) else _canon(name)


def _id18(rng: random.Random) -> str:
    area = rng.choice(_ID_AREAS)
    body = (f"{area}{rng.randint(1936, 2016):04d}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 28):02d}{rng.randint(1, 999):03d}")
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * x for c, x in zip(body, w)) % 11]


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _uscc(rng: random.Random) -> str:
    body = "91" + rng.choice(_ID_AREAS) + "".join(rng.choice(_USCC_CHARS) for _ in range(9))
    w = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    s = sum(_USCC_CHARS.index(c) * x for c, x in zip(body, w))
    return body + _USCC_CHARS[(31 - s % 31) % 31]


def _mobile(rng: random.Random) -> str:
    return "1" + rng.choice("3456789") + "".join(str(rng.randint(0, 9)) for _ in range(9))


def _amount(rng: random.Random, lo: int, hi: int) -> str:
    v = rng.randint(lo, hi)
    r = rng.random()
    if r < 0.35:
        return f"{v:,}"
    if r < 0.55:
        return f"{v:,}.{rng.choice(['00', '50', '36', '80'])}"
    return str(v)


# ---------------------------------------------------------------------------------------
# the generator
# ---------------------------------------------------------------------------------------

class _Gen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()          # keys of every name ever drawn (planted or official)
        self.short: set[str] = set()         # accepted planted Han-script keys, len <= 4
        self.long: list[str] = []            # accepted planted Han-script keys, len > 4
        self.latin: list[str] = []           # accepted planted Latin keys
        self.subs: set[str] = set()          # canon substrings (len 2..4) of accepted texts
        self.canon_blob = ""
        self.lower_blob = ""

    # ---------------------------------------------------------------- Han
    def _surname(self) -> str:
        rng = self.rng
        if rng.random() < 0.07:
            return rng.choice(_RARE_SURNAMES)
        return rng.choices(_SURNAMES, weights=_SURNAME_W)[0]

    def _given(self, g: str) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.2:
            return rng.choice(_M1 if g == "M" else _F1)
        if r < 0.5:
            return rng.choice(_M2 if g == "M" else _F2)
        if g == "M":
            return rng.choice(_MA) + rng.choice(_MB)
        return rng.choice(_FA) + rng.choice(_FB)

    def _claim(self, text: str) -> bool:
        k = name_key(text)
        if k in self.used or len(k) < 2:
            return False
        self.used.add(k)
        return True

    def han(self, gender: str | None = None, surname: str | None = None,
            pad: bool = True, given_fn=None) -> dict:
        rng = self.rng
        for _ in range(200):
            g = gender or rng.choice("MF")
            if surname is None and given_fn is None and rng.random() < 0.04 and _WORD_NAMES:
                w = rng.choice(_WORD_NAMES)
                sur, given = w[0], w[1:]
            else:
                sur = surname or self._surname()
                given = given_fn(g) if given_fn else self._given(g)
            text = sur + given
            if pad and len(sur) == 1 and len(given) == 1 and rng.random() < 0.08:
                text = sur + rng.choice(("\u3000", "\u3000", " ")) + given
            if self._claim(text):
                return {"text": text, "sur": sur, "given": given, "g": g}
        raise RuntimeError("name space exhausted")

    # ---------------------------------------------------------------- minority
    def minority(self, eth: str, g: str, parent: dict | None, sep: str) -> dict:
        rng = self.rng
        if eth == "hui":
            sur = parent["sur"] if parent else rng.choice(_HUI_SUR)
            return self.han(g, sur, pad=False)
        if eth == "korean":
            sur = parent["sur"] if parent else rng.choice(_KR_SUR)
            return self.han(g, sur, pad=False,
                            given_fn=lambda gg: rng.choice(_KR_M if gg == "M" else _KR_F))
        if eth == "zhuang":
            sur = parent["sur"] if parent else rng.choice(_ZH_SUR)
            fn = (lambda gg: rng.choice(_ZH_GIVEN)) if rng.random() < 0.5 else None
            return self.han(g, sur, pad=False, given_fn=fn)
        for _ in range(300):
            sur = ""
            if eth in ("uyghur", "kazakh"):
                pm, pf = (_UY_M, _UY_F) if eth == "uyghur" else (_KZ_M, _KZ_F)
                given = rng.choice(pm if g == "M" else pf)
                father = parent["given"] if parent and parent["g"] == "M" else rng.choice(pm)
                if father == given:
                    continue
                text = given + sep + father
            elif eth == "tibetan":
                head = rng.choice(_TB_HEAD)
                tail = rng.choice(_TB_M if g == "M" else _TB_F)
                given = text = head + tail
            elif eth == "yi":
                sur = parent["sur"] if parent else rng.choice(_YI_CLAN)
                given = rng.choice(_YI_M if g == "M" else _YI_F)
                text = sur + given
            elif eth == "mongolian":
                given = text = rng.choice(_MG_HEAD) + rng.choice(_MG_M if g == "M" else _MG_F)
                if text == "斯琴高娃":
                    continue
            else:  # dai
                if rng.random() < 0.12:
                    return self.han(g, "刀", pad=False)
                pre = "岩" if g == "M" else "玉"
                pool = _DAI_M if g == "M" else _DAI_F
                given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.55 else "")
                text = pre + given
            if self._claim(text):
                return {"text": text, "sur": sur, "given": given, "g": g}
        raise RuntimeError("minority name space exhausted")

    # ---------------------------------------------------------------- Latin
    def latin_name(self, g: str, parent: dict | None) -> dict:
        rng = self.rng
        for _ in range(300):
            style = parent["style"] if parent else rng.choices(
                ("py", "ct", "wg"), weights=(70, 18, 12))[0]
            if style == "py":
                sur = parent["sur"] if parent else rng.choices(_PY_SURNAMES, weights=_PY_SUR_W)[0]
                a = rng.choice(_PY_GIVEN)
                b = rng.choice(_PY_GIVEN).lower() if rng.random() < 0.65 else ""
                given = a + b
                form = rng.choices(
                    ("sf", "gf", "SF", "GF", "comma", "ini", "ini_sf", "hyph", "hyphcap"),
                    weights=(22, 18, 16, 8, 5, 9, 6, 9, 7))[0]
                if form == "sf":
                    text = f"{sur} {given}"
                elif form == "gf":
                    text = f"{given} {sur}"
                elif form == "SF":
                    text = f"{sur.upper()} {given}"
                elif form == "GF":
                    text = f"{given} {sur.upper()}"
                elif form == "comma":
                    text = f"{sur.upper()}, {given}"
                elif form == "ini":
                    ini = a[0] + "." + (b[0].upper() + "." if b else "")
                    text = f"{ini} {sur}"
                elif form == "ini_sf":
                    ini = a[0] + "." + (b[0].upper() + "." if b else "")
                    text = f"{sur} {ini}"
                elif form == "hyph":
                    text = f"{sur} {a}-{b}" if b else f"{sur} {a}"
                else:
                    text = f"{sur} {a}-{b.capitalize()}" if b else f"{sur.upper()} {a}"
            elif style == "ct":
                sur = parent["sur"] if parent else rng.choice(_CT_SUR)
                a, b = rng.choice(_CT_GIVEN), rng.choice(_CT_GIVEN)
                if a == b:
                    continue
                given = f"{a}-{b.lower()}"
                form = rng.choice(("hy", "hy", "SP", "gf", "xian", "ini"))
                if form == "hy":
                    text = f"{sur} {a}-{b.lower()}"
                elif form == "SP":
                    text = f"{sur.upper()} {a} {b}"
                elif form == "gf":
                    text = f"{a}-{b.lower()} {sur}"
                elif form == "xian":
                    text = f"{rng.choice(_CT_XIAN)} {sur.upper()} {a}-{b.lower()}"
                else:
                    text = f"{a[0]}.{b[0]}. {sur}"
            else:
                sur = parent["sur"] if parent else rng.choice(_WG_SUR)
                a, b = rng.choice(_WG_GIVEN), rng.choice(_WG_GIVEN)
                if a == b:
                    continue
                given = f"{a}-{b.lower()}"
                text = f"{sur} {given}" if rng.random() < 0.7 else f"{given} {sur}"
            if self._claim(text):
                return {"text": text, "sur": sur, "given": given, "g": g, "style": style}
        raise RuntimeError("latin name space exhausted")

    # ---------------------------------------------------------------- look-alikes
    def _mask(self) -> str:
        rng = self.rng
        sur = rng.choice(_COMMON_SURNAMES) if rng.random() < 0.9 else rng.choice(_SURNAMES)
        if rng.random() < 0.15:
            return sur + "*" + rng.choice(_MB + _FB)
        return sur + rng.choice(_MASK_TAIL)

    def _vil(self) -> str:
        return self.rng.choice(_COMMON_SURNAMES) + self.rng.choice(_VIL_SUFFIX)

    def _town(self) -> str:
        rng = self.rng
        if rng.random() < 0.25:
            return rng.choice(_TOWNS_FIXED)
        return rng.choice(_COMMON_SURNAMES) + rng.choice(_TOWN_SUFFIX)

    def _shop(self) -> str:
        rng = self.rng
        s = rng.choice(_COMMON_SURNAMES)
        r = rng.random()
        if r < 0.3:
            return f"老{s}记{rng.choice(_SHOP_BIZ)}"
        if r < 0.75:
            return f"{s}{rng.choice(('姐', '哥', '嫂', '师傅', '叔', '大妈'))}{rng.choice(_SHOP_BIZ)}"
        return f"{s}氏{rng.choice(_CLAN_BIZ)}"

    def _clinic(self) -> str:
        rng = self.rng
        s = rng.choice(_COMMON_SURNAMES)
        r = rng.random()
        if r < 0.35:
            return f"{s}氏{rng.choice(('正骨诊所', '口腔诊所', '中医诊所'))}"
        if r < 0.65:
            return f"{s}大夫诊所"
        if r < 0.8:
            return f"{s}记中医诊所"
        return self._vil() + "卫生室"

    def _emask(self) -> str:
        rng = self.rng
        s = rng.choices(_PY_SURNAMES, weights=_PY_SUR_W)[0]
        return rng.choice((f"{s} **", f"{s.upper()} X.", f"{s} ***", f"Mr. {s[0]}.",
                           f"Ms. {s[0]}.", f"{s} X.X."))

    def _mmask(self, eth: str) -> str:
        rng = self.rng
        tail = rng.choice(("××", "某某", "**", "某"))
        head = {"uyghur": rng.choice(_UY_M + _UY_F) + "·", "kazakh": rng.choice(_KZ_M + _KZ_F) + "·",
                "tibetan": rng.choice(_TB_HEAD), "yi": rng.choice(_YI_CLAN),
                "mongolian": rng.choice(_MG_HEAD), "hui": rng.choice(_HUI_SUR),
                "korean": rng.choice(_KR_SUR), "zhuang": rng.choice(_ZH_SUR),
                "dai": rng.choice(("岩", "玉"))}[eth]
        return head + tail

    def lookalike(self, kind: str, ctx: dict) -> str:
        rng = self.rng
        eth = ctx.get("eth")
        if kind == "PLACE":
            return rng.choice(_PLACES)
        if kind == "VIL":
            return self._vil()
        if kind == "TOWN":
            return self._town()
        if kind == "ROAD":
            return rng.choice(_ROADS)
        if kind == "SCHOOL":
            return rng.choice(_SCHOOLS)
        if kind == "HOSP":
            return rng.choice(_HOSPITALS)
        if kind == "BANK":
            return rng.choice(_BANKS)
        if kind == "CO":
            return rng.choice(_BRANDS)
        if kind == "CONS":
            return rng.choice(_CONSTRUCTION)
        if kind == "PROD":
            return rng.choice(_PRODUCTS)
        if kind == "MED":
            return rng.choice(_MEDICINES)
        if kind == "DIS":
            return rng.choice(_DISEASES)
        if kind == "SHOP":
            return self._shop()
        if kind == "CLINIC":
            return self._clinic()
        if kind == "MASK":
            return self._mask()
        if kind == "MPLACE":
            return rng.choice(_MIN_PLACES[eth])
        if kind == "MFEST":
            return rng.choice(_MIN_FEST[eth])
        if kind == "MBIZ":
            return rng.choice(_MIN_BIZ[eth])
        if kind == "MMASK":
            return self._mmask(eth)
        if kind == "EPLACE":
            return rng.choice(_E_PLACES)
        if kind == "EROAD":
            return rng.choice(_E_ROADS)
        if kind == "EHOSP":
            return rng.choice(_E_HOSP)
        if kind == "ESCHOOL":
            return rng.choice(_E_SCHOOL)
        if kind == "EORG":
            return rng.choice(_E_ORG)
        if kind == "EDIS":
            return rng.choice(_E_DIS)
        if kind == "EMASK":
            return self._emask()
        raise KeyError(kind)

    def context(self, kind: str, ctx: dict) -> str:
        rng = self.rng
        if kind == "AGE":
            return str(rng.randint(19, 88))
        if kind == "AGEO":
            return str(rng.randint(62, 96))
        if kind == "AGEC":
            return str(rng.randint(1, 16))
        if kind == "ID":
            return _id18(rng)
        if kind == "IDM":
            i = _id18(rng)
            r = rng.random()
            if r < 0.5:
                return i[:6] + "********" + i[-4:]
            if r < 0.8:
                return i[:3] + "*" * 11 + i[-4:]
            return "身份证尾号" + i[-4:]
        if kind == "IDL":
            return _id18(rng)[-4:]
        if kind == "TEL":
            m = _mobile(rng)
            return rng.choice((m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}"))
        if kind == "TELM":
            m = _mobile(rng)
            return rng.choice((m[:3] + "****" + m[7:], m[:3] + "****" + m[7:], "尾号" + m[7:]))
        if kind == "TELI":
            m = _mobile(rng)
            return f"+86 {m[:3]} {m[3:7]} {m[7:]}"
        if kind == "LAND":
            code = rng.choice(_LAND_CODES)
            num = str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(6 if rng.random() < 0.3 else 7))
            return rng.choice((f"{code}-{num}", f"（{code}）{num}", f"{code}{num}"))
        if kind == "AMT":
            return _amount(rng, 300, 48000)
        if kind == "AMTS":
            return _amount(rng, 60, 1500)
        if kind == "EAMT":
            v = rng.randint(200, 30000)
            return rng.choice((f"RMB {v:,}", f"CNY {v:,}.00", f"HK${v:,}", f"{v:,} yuan"))
        if kind == "DATE":
            y, m, d = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice((f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日"))
        if kind == "EDATE":
            y, m, d = rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice((f"{d} {_ENG_MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                               f"{_ENG_MONTHS[m - 1][:3]} {d}, {y}"))
        if kind == "YEAR":
            return str(rng.randint(2023, 2026))
        if kind == "NUM":
            return str(rng.randint(3, 12))
        if kind == "MU":
            return f"{rng.randint(1, 60)}.{rng.randint(0, 9)}"
        if kind == "AREA":
            return str(rng.randint(36, 260))
        if kind == "CASE":
            return (f"{rng.choice(_CASE_AREA)}{rng.choice(_CASE_PFX)}〔{rng.randint(2022, 2026)}〕"
                    f"{rng.randint(1, 240)}号")
        if kind == "USCC":
            return _uscc(rng)
        if kind == "BANKM":
            last = "".join(str(rng.randint(0, 9)) for _ in range(4))
            return rng.choice((f"6228 48** **** {last}", f"6217****{last}", f"尾号{last}"))
        if kind == "ETH":
            return _ETH_LABEL[ctx["eth"]]
        raise KeyError(kind)

    # ---------------------------------------------------------------- one cell
    def _person(self, kind: str, ctx: dict, first: dict | None) -> dict:
        g = {"M": "M", "KM": "M", "F": "F", "KF": "F"}.get(kind) or self.rng.choice("MF")
        parent = first if kind.startswith("K") else None
        if ctx["style"] == "latin":
            return self.latin_name(g, parent)
        if ctx["style"] == "minority":
            return self.minority(ctx["eth"], g, parent, ctx["sep"])
        return self.han(g, parent["sur"] if parent else None)

    def render(self, family: str, template: str) -> tuple[str, list[str], list[str]]:
        rng = self.rng
        ctx: dict = {"style": "han"}
        if family == "english_export":
            ctx["style"] = "latin"
        if family == "minority_listing" or any(
                s in template for s in ("{MPLACE", "{MFEST", "{MBIZ", "{MMASK")):
            if family == "minority_listing":
                ctx["style"] = "minority"
            ctx["eth"] = rng.choices(_ETHS, weights=_ETH_W)[0]
            ctx["sep"] = rng.choice(_SEPS)
        lower = template.startswith("~")
        if lower:
            template = template[1:]
        # draw the people first, in numeric order, so kin can refer to #1
        people: dict[str, dict] = {}
        officials: dict[str, str] = {}
        slots = sorted(((num, kind) for kind, num in _slots(template)
                        if kind in _NAME_KINDS or kind == "O"), key=lambda x: int(x[0]))
        first = None
        for num, kind in slots:
            if kind == "O":
                officials[num] = self.han(rng.choice("MF"))["text"]
            else:
                p = self._person(kind, ctx, first)
                if num == "1":
                    first = p
                people[num] = p
        pieces: list[str] = []
        names: list[tuple[int, str]] = []
        lookalikes: list[str] = []
        pos = 0
        length = 0
        for m in _SLOT_RE.finditer(template):
            lit = template[pos:m.start()]
            pieces.append(lit)
            length += len(lit)
            pos = m.end()
            kind, num, word = m.group(1), m.group(2), m.group(3)
            if word is not None:
                val = word
                lookalikes.append(val)
            elif kind in _NAME_KINDS:
                val = people[num]["text"]
                names.append((length, val))
            elif kind == "O":
                val = officials[num]
                lookalikes.append(val)
            elif kind in _LOOKALIKE_SLOTS:
                val = self.lookalike(kind, ctx)
                lookalikes.append(val)
            else:
                val = self.context(kind, ctx)
            pieces.append(val)
            length += len(val)
        pieces.append(template[pos:])
        text = "".join(pieces)
        out_names = [v for _, v in sorted(names)]
        if lower:
            text = text.lower()
            out_names = [v.lower() for v in out_names]
            lookalikes = [v.lower() for v in lookalikes]
        seen: list[str] = []
        for la in lookalikes:
            if la not in seen:
                seen.append(la)
        seen.sort(key=text.find)
        return text, out_names, seen

    def valid(self, text: str, names: list[str], lookalikes: list[str]) -> bool:
        low = text.lower()
        if len(low) != len(text):
            return False
        canon = _canon(text)
        spans = []
        for la in lookalikes:
            if not la or la not in text:
                return False
            lal = la.lower()
            start = low.find(lal)
            while start >= 0:
                spans.append((start, start + len(lal)))
                start = low.find(lal, start + 1)
        keys = []
        for nm in names:
            k = name_key(nm)
            if text.count(nm) != 1:
                return False
            if (low if _is_latin(nm) else canon).count(k) != 1:
                return False
            s = text.find(nm)
            e = s + len(nm)
            if any(a < e and s < b for a, b in spans):
                return False
            # not in any earlier cell
            if _is_latin(nm):
                if k in self.lower_blob:
                    return False
            elif len(k) <= 4:
                if k in self.subs:
                    return False
            elif k in self.canon_blob:
                return False
            keys.append(k)
        if len(set(keys)) != len(keys):
            return False
        # no earlier name in this cell
        if self.short:
            for i in range(len(canon)):
                for L in (2, 3, 4):
                    if canon[i:i + L] in self.short:
                        return False
        if any(k in canon for k in self.long):
            return False
        if _LATIN_RE.search(text) and any(k in low for k in self.latin):
            return False
        return True

    def accept(self, text: str, names: list[str]) -> None:
        canon = _canon(text)
        for i in range(len(canon)):
            for L in (2, 3, 4):
                if i + L <= len(canon):
                    self.subs.add(canon[i:i + L])
        self.canon_blob += "\n" + canon
        self.lower_blob += "\n" + text.lower()
        for nm in names:
            k = name_key(nm)
            if _is_latin(nm):
                self.latin.append(k)
            elif len(k) <= 4:
                self.short.add(k)
            else:
                self.long.append(k)

    def cell(self, family: str) -> Remark:
        temps = TEMPLATES[family]
        for _ in range(400):
            template = self.rng.choice(temps)
            text, names, las = self.render(family, template)
            if self.valid(text, names, las):
                self.accept(text, names)
                return Remark(text=text, family=family, names=names, lookalikes=las,
                              public_officials=family in PUBLIC_FAMILIES)
        raise RuntimeError(f"could not build a valid {family} cell")


def _quotas(n: int) -> dict[str, int]:
    raw = {f: n * WEIGHTS[f] for f in FAMILIES}
    q = {f: int(raw[f]) for f in FAMILIES}
    rest = n - sum(q.values())
    for f in sorted(FAMILIES, key=lambda f: (-(raw[f] - q[f]), FAMILIES.index(f)))[:rest]:
        q[f] += 1
    return q


def make_remarks(n: int = 2000, seed: int = 1414) -> list[Remark]:
    """The frozen set: ``n`` remark cells, a pure function of ``n`` and ``seed``."""
    rng = random.Random(seed)
    q = _quotas(n)
    order = [f for f in FAMILIES for _ in range(q[f])]
    rng.shuffle(order)
    gen = _Gen(rng)
    return [gen.cell(f) for f in order]


def fingerprint(remarks: list[Remark]) -> str:
    """sha256 over the canonical JSON of the remarks (what the tests pin)."""
    h = hashlib.sha256()
    for r in remarks:
        h.update(json.dumps(asdict(r), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def describe(remarks: list[Remark]) -> str:
    """Counts per family: cells, planted names, look-alikes."""
    cells = Counter(r.family for r in remarks)
    nn = Counter()
    nl = Counter()
    for r in remarks:
        nn[r.family] += len(r.names)
        nl[r.family] += len(r.lookalikes)
    lines = [f"{VERSION}: {len(remarks)} cells, {sum(nn.values())} names, "
             f"{sum(nl.values())} look-alikes",
             f"{'family':<20}{'cells':>7}{'names':>7}{'lookalikes':>12}"]
    for f in FAMILIES:
        if cells[f]:
            lines.append(f"{f:<20}{cells[f]:>7}{nn[f]:>7}{nl[f]:>12}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    print(describe(make_remarks()))
