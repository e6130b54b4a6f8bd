"""Frozen remarks, ninth edition: free-text cells with private persons' names planted, and look-alikes.

What it is. A blind frozen test set for the person-name de-identification detector: 2,000 cells
(at the defaults) of the free text that Chinese administrative listings carry -- 低保/特困/临时救助
备注 and 家庭情况, 行政处罚 主要违法事实 and case registers, an English-language export of the
same records, 12345/信访 notes, community and minority-area listings, and public notices. Each cell
is a ``Remark``: ``names`` holds every private person's name exactly as written (the scorer checks
each is gone after de-identification); ``lookalikes`` holds what must survive; ``public_officials``
marks a public notice, where officials named in their public role are look-alikes. No detector rule
is tuned on it; it measures how the detector generalises to text nobody on the team wrote.

Who wrote it. A helper session on the gongkai project, separately from the detector and from every
earlier edition; the pools (surnames with rough population weights, given names of three
generations, single-character and word-like given names, Uyghur, Kazakh, Tibetan, Mongolian, Yi,
Hui and Korean names, romanised names, places, shops, brands, titles, masked forms, document
phrases) and the phrasing are this edition's own, from the writer's knowledge of such documents.

What was read. /work/notes/brief.md; the "Personal data in public listings" section of
/work/shared/reference/DOMAIN.md; lines 165-180 of benchmarks/frozen/remarks.py (the ``Remark``
dataclass; the two lines above it are the tail of a template tuple of the first edition, an
appointment phrasing, and were seen). Slips, declared: a ``git log --oneline -3`` in the worktree
showed three commit subjects that name detector internals (helpers ``_prefer``, ``_is_word``,
``_common_word``, ``_non_name_word``; readings "padded, Japanese, Tibetan, dotted"; "romanised given
syllables"); a directory listing showed the file names under benchmarks/frozen/ and tests/. No
detector code or data, no earlier edition, no name test and no name list was opened, and the
detector was never run on these cells.

Families (weights at the defaults in ``WEIGHTS``; descriptions in ``FAMILIES``):
  dibao_terse       备注栏: 代领/委托/原户主/联系人 with and without cues; a name alone; a name
                    after a date; a name in brackets; a name before a phone or an ID number.
  dibao_casenote    入户核查 paragraphs: head, spouse, children, grandchildren, neighbours,
                    核查人; names beside 与 和 及 向 给 对 经 同 让 替 由.
  dibao_changes     change logs (户主变更为…, 减员/增员, 停保) and members lists joined by
                    、，/；space or newline, with relations, ages, amounts; padded aligned rows.
  relief_special    特困供养, 临时救助, 医疗救助, 残疾人补贴, 孤儿/事实无人抚养儿童; 之子/之女.
  penalty_facts     主要违法事实: 当事人, 经营者 (with ID), 法定代表人, 实际控制人, 员工, 证人,
                    患者, 举报人, 执法人员 (private here: this family is not public), across
                    市场监管, 交通运输, 自然资源, 卫生健康, 应急管理.
  penalty_register  field-style register cells (｜, |, ；, newlines, spaces); a fifth in
                    traditional characters.
  english_export    English remarks with pinyin names as SURNAME Given, Surname Given, Given
                    SURNAME, SURNAME, Given, lower case, all caps, joined/hyphenated/spaced/
                    apostrophised given names (Xi'an, Hui-e), compound surnames, Cantonese and
                    minority romanisations, and Chinese names in characters inside English text.
  complaint_notes   来电人/市民/信访人/来访人 and the complained-about (邻居, 村委会主任); 女士;
                    家; 等人.
  community_logs    网格员 visits, 退役军人, 公积金, 物业, 劳动仲裁, 学雷锋 volunteers; 夫妇;
                    把/被.
  frontier_listing  Uyghur and Kazakh names with ·, •, ．, ・, ‧, '.', '-' between the parts;
                    Tibetan, Mongolian, Yi and Korean names; Hui households; local place names
                    that share name elements (吐尔洪乡, 格桑花幼儿园, 沙马拉达乡, 金达莱广场).
  gazette_public    public_officials=True: appointments, 拟任公示, 征收公告, 遗失声明, 公告送达,
                    表彰, meetings; officials are look-alikes, private persons in them are names.
  lookalike_only    no names: places, shops, brands, masked persons, titles, document words.

Surface forms. Names with no cue, a cell that is only a name, a name after a date; lists with ages,
relations and amounts; relatives sharing a surname; single-character given names; rare surnames
(逄, 仉, 禚, 訾...) and compound ones (欧阳, 司马, 第五...); word-like full names (高峰, 马力,
夏天, 和平, 钱进); surnames that are particles (和, 于, 由, 向, 但); names padded with full-width or
ASCII spaces in aligned lists ("王　芳"); names before a phone or ID with no separator; names in
（）and【】; names before 之子, 之女, 夫妇, 户, 家, 等人, 女士; traditional characters in some cells
(a character-wise fold applied to text, names and look-alikes alike). In a cell with names, a later
person is sometimes masked (as offices do); ``NO_NAME_SHARE`` of each name family's cells carry no
name at all, only masked persons (王某, 李某某, 张**, 刘×, 陈○○, Zhang **, WANG Mou) and surname +
title (王师傅, 老李, 小张, 陈所长, Mr. Wang, Auntie Chen).

Look-alikes. Places, roads, bridges and schools after people or holding a surname (中山路, 逸仙路,
刘家峡, 张家港, 陆家嘴, 卢沟桥, 李公堤, 逸夫小学, 鲁迅中学, Sun Yat-sen University, Lu Xun Park);
shops, brands and companies after families (张记馄饨, 老王烧烤, 杨国福麻辣烫, 张小泉剪刀, 王守义
十三香, 田老师红烧肉, 刘氏建材有限公司, Li-Ning store, Yang Guofu Malatang); public figures in public
phrases (学雷锋, 焦裕禄精神, 孙中山纪念堂); masked persons and surname + title; officials in public
notices; and words of these documents that open with a surname's character (原户主, 代领, 全额,
高龄, 常住, 陈述, 许可证, 林地, 黄芪, 何首乌, 陈皮, 华为手机, 黄牛, 包工头, 党员, 和谐;
long-term, Sunday, Ma'anshan, Tang Dynasty).

Contract (checked as each cell is written; a draw that breaks it is redrawn from the same rng, so a
seed still gives one set): every name occurs exactly once in its text and overlaps no other name and
no look-alike; every look-alike occurs; no string is a name in one cell and a look-alike in another;
a named cell has at least one name. tests/test_frozen_remarks_v9.py checks it independently.

Mix at the defaults (``describe(make_remarks())``)::

    family              cells  names  lookalikes  with_name
    dibao_terse           260    272         217        234
    dibao_casenote        180    510         381        162
    dibao_changes         180    371         175        162
    relief_special        150    247         211        135
    penalty_facts         240    391         504        216
    penalty_register      160    159         255        144
    english_export        200    297         203        180
    complaint_notes       150    225         215        135
    community_logs        130    226         201        117
    frontier_listing      110    168         170         99
    gazette_public        120    141         239        108
    lookalike_only        120      0         257          0
    total                2000   3007        3028       1692
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

from .remarks import Remark

VERSION = "frozen-remarks-9 (2026-12-05)"

FAMILIES: dict[str, str] = {
    "dibao_terse": "低保/特困名册的备注栏：简写、代领/委托、原户主、联系人，或只有一个姓名",
    "dibao_casenote": "低保入户核查的家庭情况：经办人写的长段落，亲属、收入、病情、核查人",
    "dibao_changes": "低保台账的变更记录与成员列表：户主变更、增减员、迁出、对齐的成员表",
    "relief_special": "特困供养、临时救助、医疗救助、残疾人补贴、孤儿及事实无人抚养儿童的说明",
    "penalty_facts": "行政处罚决定书的主要违法事实：当事人、经营者、法定代表人、证人、执法人员",
    "penalty_register": "行政处罚案件登记表的单元格：字段式、分号式、部分繁体",
    "english_export": "英文导出的救助与处罚记录备注：拼音姓名的多种写法、英文里的汉字姓名",
    "complaint_notes": "12345热线与信访登记：来电人、投诉人、被反映人、回访",
    "community_logs": "社区网格走访、退役军人、公积金、物业、劳动仲裁的记录",
    "frontier_listing": "民族地区名册：维吾尔、哈萨克、藏、蒙古、彝、回、朝鲜族姓名",
    "gazette_public": "公报与公示（公开）：任免中的官员为公开，其中的私人仍是姓名",
    "lookalike_only": "只有像姓名的词：地名、店名、打码的人、姓加称呼、以姓氏字开头的词",
}

WEIGHTS: dict[str, int] = {
    "dibao_terse": 260,
    "dibao_casenote": 180,
    "dibao_changes": 180,
    "relief_special": 150,
    "penalty_facts": 240,
    "penalty_register": 160,
    "english_export": 200,
    "complaint_notes": 150,
    "community_logs": 130,
    "frontier_listing": 110,
    "gazette_public": 120,
    "lookalike_only": 120,
}

NAME_FAMILIES: frozenset[str] = frozenset(f for f in FAMILIES if f != "lookalike_only")
PUBLIC_FAMILIES: frozenset[str] = frozenset({"gazette_public"})
NO_NAME_SHARE = 0.1

# In a cell that carries names, a later person is sometimes written masked (王某) as offices do.
_MASKED_AMONG_NAMED = 0.08
# Share of cells of a family written in traditional characters (scanned or Hong Kong-side exports).
_TRADITIONAL_SHARE = {"dibao_terse": 0.05, "penalty_register": 0.2, "complaint_notes": 0.08,
                      "community_logs": 0.05}
# Tries for one cell before the generator gives up loudly (a cell breaking the contract is redrawn).
_MAX_TRIES = 200


# ----------------------------------------------------------------------------------------------
# Pools: written for this edition.

def _weighted(spec: str) -> list[tuple[str, int]]:
    """'王710 李700' -> [('王', 710), ('李', 700)]: the surname and its weight (per 10,000)."""
    out = []
    for item in spec.split():
        i = next(k for k, ch in enumerate(item) if ch.isdigit())
        out.append((item[:i], int(item[i:])))
    return out


# Rough shares of the population (per 10,000), common to rare; compound surnames at the end.
_SURNAME_WEIGHTS = _weighted(
    "王710 李700 张680 刘540 陈460 杨310 黄220 赵220 吴200 周190 徐150 孙150 马140 朱130 "
    "胡130 郭110 何110 高100 林100 罗90 郑80 梁80 谢70 宋60 唐60 许60 韩60 冯50 邓50 曹50 "
    "彭50 曾50 肖50 田50 董40 袁40 潘40 于40 蒋40 蔡40 余40 杜40 叶40 程40 苏30 魏30 吕30 "
    "丁30 任30 沈30 姚30 卢30 姜30 崔30 钟30 谭30 陆30 汪30 范30 金30 石30 廖30 贾30 夏20 "
    "韦20 付20 方20 白20 邹20 孟20 熊20 秦20 邱20 江20 尹20 薛20 闫20 段20 雷20 侯20 龙20 "
    "史20 陶20 黎20 贺20 顾20 毛20 郝20 龚20 邵20 万20 钱20 严12 覃12 武12 戴12 莫12 孔12 "
    "向12 汤12 常12 温12 康12 施12 文12 牛12 樊12 葛12 邢12 安12 齐12 易12 乔12 伍12 庞12 "
    "颜12 倪12 庄12 聂12 章12 鲁12 岳12 翟12 殷12 詹12 申12 欧12 耿12 关12 兰12 焦12 俞12 "
    "左12 柳12 甘12 祝12 包12 宁12 尚12 符12 舒12 阮12 柯12 纪12 梅12 童12 凌12 毕12 单8 "
    "季8 裴8 霍8 涂8 成8 苗8 谷8 盛8 曲8 翁8 冉8 骆8 蓝8 路8 游8 辛8 靳8 管8 柴8 蒙8 鲍8 "
    "华8 喻8 祁8 蒲8 房8 滕8 屈8 饶8 解8 牟8 艾8 尤8 阳8 时8 穆8 农8 司8 卓8 古8 吉8 缪8 "
    "简8 车8 项8 连8 芦8 麦8 褚8 娄8 窦8 戚8 岑8 景8 党8 宫8 费8 卜8 冷8 晏8 席8 卫8 米8 "
    "柏8 宗8 瞿8 桂8 全8 佟8 应8 臧8 闵8 苟8 邬8 边8 卞8 姬8 师8 和8 仇8 栾8 隋8 商8 刁8 "
    "沙8 荣8 巫8 寇8 桑8 郎8 甄8 丛8 仲8 虞8 敖8 巩8 明8 佘8 池8 查8 麻8 苑8 迟8 邝8 官8 "
    "封8 谈8 匡8 鞠8 惠8 荆8 乐8 冀8 郁8 胥8 南8 班8 储8 原8 栗8 燕8 楚8 鄢8 劳8 谌8 奚8 "
    "皮8 粟8 冼8 蔺8 楼8 盘8 满8 闻8 位8 厉8 伊8 仝8 区3 郜3 海3 阚3 花3 权3 强3 帅3 屠3 "
    "豆3 朴3 盖3 练3 廉3 禹3 井3 祖3 漆3 巴3 丰3 支3 卿3 国3 狄3 平3 计3 索3 宣3 晋3 相3 "
    "初3 门3 云3 容3 敬3 来3 扈3 晁3 芮3 都3 普3 阙3 浦3 戈3 伏3 鹿3 薄3 邸3 雍3 辜3 羊3 "
    "母3 裘3 亓3 修3 邰3 赫3 杭3 况3 那3 宿3 鲜3 印3 逯3 隆3 茹3 诸3 战3 慕3 危3 玉3 银3 "
    "亢3 嵇3 湛3 宾3 戎3 勾3 茅3 利3 於3 呼3 居3 揭3 但3 尉3 冶3 斯3 束3 檀3 衣3 信3 展3 "
    "昝3 智3 幸3 奉3 植3 衡3 富3 尧3 闭3 由3 禚2 仉2 訾2 逄2 厍2 隗2 "
    "欧阳8 司马5 上官5 诸葛4 东方3 皇甫3 尉迟3 令狐3 端木3 慕容3 公孙3 夏侯3 轩辕3 南宫3 "
    "长孙3 宇文3 澹台3 呼延3 司徒5 闻人3 钟离3 第五3"
)
_SURNAMES = [s for s, _ in _SURNAME_WEIGHTS]
_SURNAME_CUM: list[int] = []
for _s, _w in _SURNAME_WEIGHTS:
    _SURNAME_CUM.append((_SURNAME_CUM[-1] if _SURNAME_CUM else 0) + _w)

# Given names by generation (born before ~1960, ~1960-85, after ~1985) and sex.
_GIVEN: dict[str, dict[str, tuple[str, ...]]] = {
    "old": {
        "m": tuple("德福 建国 国庆 长贵 福生 根生 有才 德明 振华 学文 树林 宝山 春生 水根 来福 "
                   "德胜 广田 永福 满仓 富贵 金贵 玉山 万福 志高 明德 守义 忠良 秉仁 连生 庆余 "
                   "兆祥 洪喜 凤山 家旺 长顺 茂林 文彬 炳南 延年 世昌 学礼 有福 铁柱 二柱 "
                   "占魁 殿臣 广发 福顺 三宝 全有 老根 景堂 桂林".split()),
        "f": tuple("桂兰 秀英 玉兰 淑珍 凤英 秀兰 桂英 玉珍 淑兰 翠花 素芬 金凤 荷花 秀珍 玉梅 "
                   "桂芝 招娣 冬梅 兰英 凤兰 秀芝 玉芬 桂香 秀云 月娥 巧云 改花 引弟 来娣 彩霞 "
                   "素珍 淑芬 玉凤 凤琴 春兰 秀菊 金花 兰芝 爱珍 银凤 二妮 大妹 桂荣 凤珍 "
                   "秀荣 玉英 淑贞 翠兰".split()),
    },
    "mid": {
        "m": tuple("建华 卫东 志强 建军 晓东 国华 海军 新华 利民 卫国 建平 永刚 春雷 红军 德军 "
                   "宏伟 建设 跃进 向东 东升 庆丰 海波 立军 俊峰 晓峰 志勇 建伟 国强 小平 新民 "
                   "振国 玉林 军辉 文军 红旗 晓军 建明 伟东 雪松 长江 洪涛 爱国 少军 建林 "
                   "宏亮 金龙 永强 继红 明亮 超英".split()),
        "f": tuple("红梅 丽华 海燕 丽娟 春燕 永红 晓梅 秀梅 文静 晓燕 艳红 丽萍 玉洁 美玲 慧敏 "
                   "晓红 雪梅 亚男 丽君 素琴 海霞 红霞 翠萍 凤霞 金玲 小燕 秋菊 丽芳 建英 卫红 "
                   "爱华 月华 淑华 春梅 晓丽 艳萍 桂红 丽霞 彩云 美华".split()),
    },
    "young": {
        "m": tuple("子轩 浩然 宇航 俊杰 博文 皓轩 子豪 天宇 宇轩 明轩 奕辰 沐阳 一鸣 子墨 铭泽 "
                   "锦程 思远 嘉豪 梓豪 俊熙 泽宇 家乐 宏宇 鹏飞 文博 志豪 昊天 晨阳 建宇 子健 "
                   "煜城 梓睿 浩宇 宇泽 嘉懿 承泽 一航 景行 书恒".split()),
        "f": tuple("欣怡 梓涵 雨涵 一诺 佳怡 诗琪 梦瑶 嘉怡 欣然 雨欣 晨曦 若曦 语嫣 思彤 紫涵 "
                   "可馨 梓萱 雅琪 佳琪 雨桐 思琪 心怡 梦琪 馨予 诗涵 欣妍 芷若 依诺 安琪 婧琪 "
                   "紫萱 子涵 语桐 沐晴 一然 若彤 可欣".split()),
    },
}
_SINGLE_GIVEN = {
    "m": tuple("伟强磊军洋勇杰涛明超刚斌鹏辉飞鑫波浩凯帅龙峰亮健俊昊毅晨博坤"),
    "f": tuple("芳娜敏静丽艳娟霞燕玲红琳颖倩蕾雪婷欣悦楠琴璐萍梅莉洁慧丹"),
}
# Full names that are also ordinary words.
_WORDLIKE_NAMES = tuple("高峰 马力 金星 夏天 成功 江山 林立 石磊 高明 向前 田野 温暖 关心 丁香 乔木 "
                        "杨柳 齐心 常青 方圆 万里 白雪 龙飞 和平 安然 宁静 蓝天 于洋 成才 华丽 "
                        "江河 时光 雷霆 柳青 白杨 牛犇 钱进 程功 简单 海洋".split())
_WORDLIKE_SHARE = 0.03

# Officials' given names: disjoint from the private pools (checked below), so an official in a
# public notice never shares a written name with a private person elsewhere in the set.
_OFFICIAL_GIVEN = tuple("志刚 学军 立新 国栋 振宇 建新 永明 文华 海明 继东 晓光 卫民 宏斌 德林 "
                        "向荣 建忠 洪波 立华 跃华 正阳 树森 为民 亚平 红兵 光辉 爱民 学东 世杰 "
                        "春林 庆华 立群 兴国 东明 国良 晓春 振东 立平 剑锋 海鹰 秀玲 丽琴 "
                        "晓玲 敏华 雅萍 慧琳 春红 彦军".split())

# Minority names as written in Chinese characters; the dot between parts varies by office.
_UYGHUR = tuple("买买提 吐尔逊 阿不都热合曼 艾则孜 古丽娜尔 阿不都拉 热依拉 买合木提 艾力 吾守尔 "
                "努尔古丽 司马义 吐尔洪 依明 阿依古丽 托合提 帕提古丽 热合曼 麦麦提敏 阿卜杜拉 "
                "迪丽努尔 艾山 伊力哈木 肉孜 阿布力孜 吾买尔 祖丽皮亚 库尔班 阿迪力 卡德尔 "
                "玛依拉 亚森 米日古丽 排尔哈提 努尔艾力 奥斯曼".split())
_KAZAKH = tuple("努尔兰 哈力木别克 叶尔兰 努尔达吾列提 叶尔江 托留汗 哈依拉提 沙依拉什 别克波拉提 "
                "阿合买提 古丽米拉 卡德尔别克 加娜尔 阿曼别克 朱马汗 阿依达娜 叶尔波拉提 "
                "马合沙提 吐尔逊别克 巴合提古丽".split())
_NAME_DOTS = ("·", "·", "·", "•", "．", "・", "‧", ".", "-")
_TIBETAN = tuple("扎西次仁 卓玛 次仁央宗 格桑德吉 洛桑丹增 达瓦卓嘎 尼玛次仁 索朗旺姆 平措 "
                 "边巴顿珠 拉巴次仁 央金拉姆 多吉才让 才让卓玛 旦增曲珍 贡布 德庆白珍 "
                 "次旺罗布 仁青措 桑杰加 更登 普布卓玛 阿旺晋美 措姆".split())
_MONGOLIAN = tuple("巴特尔 其其格 乌云其木格 额尔敦巴雅尔 那仁格日勒 苏日娜 宝音图 哈斯巴根 "
                   "朝鲁门 敖登格日乐 吉日木图 孟克巴雅尔 图雅 阿拉坦仓 斯琴图 乌日娜 "
                   "巴雅尔图 萨仁高娃".split())
_YI = tuple("吉克阿依 阿西拉且 沙马拉哈 吉伍木呷 曲比阿果 阿牛史日 俄木沙马 马海木呷 海来拉博 "
            "吉克曲布 勒格阿依 曲木伍各 阿苦么作 瓦扎日黑 吉木约哈 木乃阿呷".split())
_HUI_SURNAMES = tuple("马马马丁海纳哈撒穆锁杨白")
_KOREAN = tuple("朴成哲 金英姬 崔明浩 李顺子 朴英爱 金哲洙 崔贞淑 郑光日 韩明淑 金春花 "
                "朴永男 玄正浩 南顺玉 池东旭".split())

# Romanised names for the English export: (surname, given syllables).
_PY_SURNAMES = tuple("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao "
                     "Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian "
                     "Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Su Wei Lu Ding Ren Shen Yao Cui "
                     "Zhong Tan Fan Jin Shi Liao Jia Xia Fang Bai Zou Meng Xiong Qin Qiu Yin "
                     "Xue Duan Lei Hou Long Tao Gu Mao Hao Gong Shao Qian Ouyang Sima Zhuge "
                     "Situ Shangguan".split())
_PY_GIVEN = tuple(tuple(g.split("-")) for g in (
    "Xiao-ming Dong-mei Xiu-ying Gui-lan Jian-guo Jian-hua Li-jun Hai-yan Zhi-qiang Wei Fang "
    "Min Jing Qiang Lei Jun Yong Yan Jie Juan Tao Ming Chao Xiu-lan Yu-mei Hong-mei Guo-qing "
    "De-fu Hao-ran Zi-han Yu-han Yi-nuo Xin-yi Zi-xuan Jun-jie Shu-zhen Feng-ying Chun-yan "
    "Wei-dong Jian-jun Xiao-dong Guo-hua Li-hua Yu-lan Xiao-yan Gui-ying Chang-gui Fu-sheng "
    "Xi-an Jing-ai Hui-e Yu-e Xin-ai Chang-an Ming-e Qi-ang Yue-e Tian-yu Meng-yao Si-yuan"
).split())
_CANTONESE = tuple("CHAN Tai-man|WONG Siu-ming|LEUNG Ka-fai|CHEUNG Wai-ling|LAU Mei-ling|"
                   "NG Kwok-wah|HO Chi-keung|LEE Yuk-lan|YEUNG Ho-yin|TSANG Wing-kei".split("|"))
_PY_MINORITY = tuple("Maimaiti Tuerxun|Guli Abdulla|Aygul Tohti|Nurlan Halimbek|Tashi Tsering|"
                     "Zhaxi Ciren|Dolma|Batu Bayar|Jike Ayi|Ma Yumei".split("|"))

# Look-alikes: places and roads named after people, or holding a surname.
_PLACES = tuple("中山路 中山公园 逸仙路 黄兴路 鲁迅公园 张自忠路 左权县 志丹县 靖宇县 子长市 尚志市 "
                "刘家峡 王府井 李家沱 张家港 杨家坪 陈家祠 赵家楼 马家窑 孙家湾 郭家庄 何家村 "
                "吴家山 黄家湖 许家坝 韩家墩 冯家峪 邓家湾 曹家渡 彭家楼 曾家岩 田家庵 董家渡 "
                "潘家园 蒋家巷 蔡家坡 余家头 杜家坎 叶家宅 苏家屯 丁家桥 沈家门 姚家园 卢沟桥 "
                "崔各庄 陆家嘴 汪家湾 范家屯 石家庄 廖家村 贾家场 夏家河 白家庄 孟家村 秦家湾 "
                "江家巷 薛家岛 段家滩 雷家坡 侯家塘 龙家湾 史家胡同 顾家浜 郝家庄 万家岭 钱家巷 "
                "严家桥 武家坡 徐家汇 朱家角 高家庄 罗家坪 郑家庄 谢家湾 宋家庄 唐家岭 周家嘴路 "
                "胡家园 林家巷 梁家湾 于家堡 戴家巷 汤家湾 金家坝 王家墩 刘公岛 张公桥 李公堤 "
                "苏堤 白堤 杨公堤 周庄 杨浦区 徐汇区 黄浦区 白云区 马尾区 龙华区 罗湖区 江北区 "
                "林口县 孙吴县 尚义县 文安县 丁青县 石林县 金寨县 曾都区 梁平区 黄陂区 "
                "马鞍山 常熟市 高邮市 于都县 包头市 易县 和平区 贺兰县 海淀区 安庆市 温州市".split())
_SCHOOLS = tuple("中山大学 逸夫楼 逸夫小学 中山纪念中学 鲁迅中学 雷锋小学 陶行知小学 蔡元培小学 "
                 "仲恺中学 张謇中学 黄继光中学 白求恩医院 逸夫医院 宋庆龄幼儿园 "
                 "徐特立小学 林则徐纪念馆 郑和路小学".split())
_PUBLIC_PHRASES = tuple("学雷锋 雷锋精神 焦裕禄精神 孔孟之乡 关帝庙 岳飞庙 包公祠 武侯祠 杜甫草堂 "
                        "李白故里 屈原祠 张骞纪念馆 孙中山纪念堂".split())
# Shops, brands and companies after families or holding a surname.
_SHOPS = tuple("张记馄饨 李记烧腊 王记五金店 刘家小厨 老王烧烤 陈氏理发店 杨国福麻辣烫 张亮麻辣烫 "
               "周黑鸭 李宁专卖店 王老吉 老干妈 张小泉剪刀 王致和腐乳 马应龙药店 李锦记 谭木匠 "
               "陈李济 胡庆余堂 吴裕泰茶庄 王守义十三香 徐福记 刘一手火锅 谭鸭血火锅 张飞牛肉 "
               "杨铭宇黄焖鸡 黄记煌 孙记包子铺 郭记汽修 何氏眼科 罗记粥铺 郑记海鲜 梁记糖水 "
               "谢记鞋店 宋记炸鸡 唐记饺子馆 许氏五金 韩记烤肉 冯记修车 邓记牛杂 曹记驴肉火烧 "
               "彭氏家具 曾记粿条 肖家凉皮 田老师红烧肉 马大姐食品 王婆大虾 李先生牛肉面 "
               "老李修车铺 小杨生煎 吴家粮油 邱家米粉 钱大妈生鲜 赵一鸣零食 朱记粮油 高家饭庄 "
               "林记茶行 何记猪脚饭 胡姐麻辣烫 周记裁缝铺".split())
_COMPANY_TRADES = ("建材", "实业", "物流", "餐饮管理", "商贸", "建筑劳务", "农业开发", "汽车服务",
                   "食品", "装饰工程", "运输", "物业管理", "家政服务", "再生资源")
# Phrases of these documents; the braced part is a look-alike, usually a word opening with a
# surname's character (全额, 陈述, 黄芪), sometimes a place, a brand or a public figure's phrase.
_PH_DIBAO = tuple("""
按{全额}发放|另享{高龄}补贴|{常住}人口未变|{原户主}户口已注销|按{单人户}施保|{保障金}按月打卡|
{金额}已核对|{温饱}有保障|已{安置}到村集体房|在{康复}中心训练|名下无{车辆}|收入{明细}附后|
{申请}材料齐全|按{程序}公示无异议|满{周岁}后转入|行动不{方便}|{单亲}家庭|{全家}外出务工|
{常年}服药|{申报}收入偏低|{房屋}为危房|{应急}救助已发|住{石棉瓦}房|已改造{卫生间}|
在{黄花菜}基地务工|种{金银花}两亩|{白内障}术后|患{高血压}|{钱款}由村代管|连续两月未领，{于是}暂停|
住{毛坯房}|发放{方式}改为社保卡|卡内{余额}不足|存款不足一{万元}|{陆续}还款中|
{连续}三年复核|{程度}为重度|{司法}救助另案|{门面}已出租|{冯家峪}镇敬老院转来
""".replace("\n", "").split("|"))
_PH_PENALTY = tuple("""
未取得{许可证}|情节{严重}|未开展{安全生产}培训|未办理{卫生许可}|超出登记{范围}经营|
货值{金额}较小|外{包装}无中文标签|储存{易燃}易爆物品|运输{石料}超限|{车辆}未年检|
{毛重}超出核定|{明码标价}不规范|销售{华为手机}翻新机三部|销售{黄金}饰品未标注含量|
{白酒}无生产日期|使用不合格{石膏}板|私拉{高压}电线|销售假冒{金龙鱼}食用油|假冒{何首乌}饮片|
{陈皮}霉变|{杜仲}以次充好|{白芍}硫磺熏蒸|{黄芪}掺杂|{田七}粉不合格|{连翘}来源不明|
{甘草}片过期|{柴胡}饮片无批号|{石斛}标签不符|以{江西}产大米冒充五常大米|{马口铁}罐头胀罐|
{周转箱}未消毒|{冷链}食品无追溯码
""".replace("\n", "").split("|"))
# Procedural phrases of a penalty case, braced part a look-alike.
_PH_PENALTY_STEPS = tuple("""
放弃{陈述}、申辩权利|{程序}合法|{董事长}签字确认|{单位}负责人在场|依法{查封}涉案物品|
依法{解除}查封|承诺{杜绝}类似行为|已{严格}落实整改|系{龙头}企业，首次违法|在{经营场所}内张贴公示|
{申辩}理由不成立|{程度}较轻，从轻处罚|{全部}罚没款已缴清
""".replace("\n", "").split("|"))
_PH_COMPLAINT = tuple("""
{邻居}装修噪音|{常年}积水|问题{严重}|占用{马路}摆摊|{路灯}不亮|存在{高空抛物}|{车位}被占|
{门卫}不让进|{管道}堵塞|{夏季}蚊虫多|{江边}夜钓扰民|{周边}环境脏乱|{毛坯房}漏水|
{房东}不退押金|{黎明}时分施工|要求{安静}|{钟点工}工资未付|存在{卫生}死角|室内{温度}过低|
{黄牛}倒卖号源|{车辆}乱停|商铺晚上不{关门}|{包工头}欠薪|{牛皮癣}小广告|{雷雨}天气停电|
{向阳面}被遮挡|{时间}拖了半年|{应急}通道堵塞
""".replace("\n", "").split("|"))
_PH_COMMUNITY = tuple("""
{独居}|领取{高龄}津贴|{常住}人口2人|提取{公积金}|{房屋}安全隐患|发放{应急}物资|提醒用电{安全}|
{康复}训练|改造{卫生间}|{乔迁}新居|{包干}责任区|{邻里}纠纷已调解|{甘蔗}地|庆祝{金婚}|
{党员}联系户|{平安}建设|{文明}家庭|{和谐}社区|{华侨}眷属|{明天}再访|{全家}在外|
{申请}材料齐全|{万元}以上存款|按{程序}处理|{方便}时复查|{车辆}停放整改
""".replace("\n", "").split("|"))
_PH_EN = tuple("""
{long-term} illness|visited on {Sunday}|needs a {fan heater}|{pan-district} scheme|
{He moved} out last year|{Long March Road} flat|near {Yu Garden}|works in {Ma'anshan}|
{Lin'an District} transfer|{Tang Dynasty} theme street stall|{Song Dynasty Town} cleaner|
near the {Ming Tombs}|{Hong Kong} relatives|{Jin Mao Tower} security guard|
{Learn from Lei Feng} volunteer|sells {steamed bao} at market
""".replace("\n", "").split("|"))
_PLACES_EN = ("Zhongshan Road", "Zhongshan Park", "Xi'an Road", "Yan'an Road", "Wangfujing Street",
              "Lujiazui", "Xujiahui", "Shijiazhuang", "Zhangjiagang", "Liujiaxia", "Huangpu District",
              "Yangpu District", "Baiyun District", "Longhua District", "Luohu District",
              "Jiangbei District", "Jinshan District", "Sun Yat-sen University",
              "Sun Yat-sen Memorial Hall", "Lu Xun Park", "Lei Feng Primary School",
              "Chen Clan Ancestral Hall", "Yixian Road", "Songjiang", "Zhoushan")
_SHOPS_EN = ("Li-Ning store", "Li Ning outlet", "Wanglaoji", "Lao Gan Ma", "Zhou Hei Ya",
             "Zhang Xiaoquan scissors shop", "Wang's Hardware", "Old Wang BBQ", "Chen's Barber",
             "Yang Guofu Malatang", "Zhang Liang Malatang", "Li's Noodle House",
             "Liu Family Kitchen", "Xu Fu Ji")

# Masked persons and surname + title, as offices write them.
_MASKS = ("某", "某某", "**", "×", "××", "XX", "*", "某甲", "某乙", "＊＊", "○○", "某某某", "xx")
_TITLES_AFTER = ("师傅", "阿姨", "大爷", "女士", "先生", "老师", "医生", "主任", "经理", "会计",
                 "队长", "老板", "大妈", "奶奶", "婆婆", "叔", "嫂", "姐", "总", "工", "站长",
                 "村长", "所长", "书记")

_AREA_CODES = ("110105", "370102", "510104", "420106", "440305", "650102", "540102", "513401",
               "150102", "640104", "320106", "330106", "350102", "410105", "222401", "130102",
               "210102", "500101", "450102", "530102")

_RELATIONS = (  # relation word to a household head, sex, shares the head's surname?
    ("妻子", "f", False), ("丈夫", "m", False), ("长子", "m", True), ("次子", "m", True),
    ("儿子", "m", True), ("长女", "f", True), ("女儿", "f", True), ("儿媳", "f", False),
    ("女婿", "m", False), ("孙子", "m", True), ("孙女", "f", True), ("外孙", "m", False),
    ("母亲", "f", False), ("父亲", "m", True), ("弟弟", "m", True), ("侄子", "m", True),
)
_RELATIONS_SHORT = {"妻子": "妻", "丈夫": "夫", "长子": "长子", "次子": "次子", "儿子": "子",
                    "长女": "长女", "女儿": "女", "儿媳": "媳", "女婿": "婿", "孙子": "孙",
                    "孙女": "孙女", "外孙": "外孙", "母亲": "母", "父亲": "父", "弟弟": "弟",
                    "侄子": "侄"}
_RELATION_AGES = {"妻子": (45, 85), "丈夫": (45, 85), "长子": (20, 55), "次子": (18, 50),
                  "儿子": (18, 55), "长女": (20, 55), "女儿": (16, 55), "儿媳": (22, 55),
                  "女婿": (22, 55), "孙子": (1, 25), "孙女": (1, 25), "外孙": (1, 25),
                  "母亲": (70, 96), "父亲": (70, 96), "弟弟": (35, 70), "侄子": (10, 40)}
_DISEASES = ("尿毒症", "脑梗后遗症", "肺癌", "糖尿病并发症", "精神分裂症", "重度贫血", "类风湿",
             "白血病", "肝硬化", "乳腺癌", "帕金森", "股骨头坏死", "心脏病")
_VILLAGES = ("新民", "红星", "前进", "团结", "河东", "三合", "永安", "太平", "光明", "东风", "双河",
             "柳树", "石桥", "杏花", "大坪", "向阳", "青山", "长岭")

# Traditional characters used by the cells written that way (a character-wise fold).
_TRAD_FROM = (
    "张刘陈杨黄赵吴孙马郑谢许韩冯邓叶苏卢钟谭陆贾龚钱严顾户国华兰凤龙东军丽红伟强兴贵宝义长庆为经"
    "营业证号现与来时该妇儿亲属务动说区县镇乡门问间场处罚违规万岁领联养医疗残卫进这个们对给让将过"
    "还机车诉讼费报电话称罗萧汤邹闫韦纪单齐乔庞聂鲁岳关审执记录检价货销卖产财实际发损坏书达权责会"
    "议员计网头农饭馆饮烟烧鸡鱼鲜药师"
)
_TRAD_TO = (
    "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧葉蘇盧鍾譚陸賈龔錢嚴顧戶國華蘭鳳龍東軍麗紅偉強興貴寶義長慶為經"
    "營業證號現與來時該婦兒親屬務動說區縣鎮鄉門問間場處罰違規萬歲領聯養醫療殘衛進這個們對給讓將過"
    "還機車訴訟費報電話稱羅蕭湯鄒閆韋紀單齊喬龐聶魯嶽關審執記錄檢價貨銷賣產財實際發損壞書達權責會"
    "議員計網頭農飯館飲煙燒雞魚鮮藥師"
)
_TRAD = dict(zip(_TRAD_FROM, _TRAD_TO))


def _traditional(s: str) -> str:
    return "".join(_TRAD.get(ch, ch) for ch in s)


def _check_pools() -> None:
    """Fail loudly at import if the pools are inconsistent (an official's given name also private)."""
    private = {g for gen in _GIVEN.values() for sex in gen.values() for g in sex}
    private |= {g for sex in _SINGLE_GIVEN.values() for g in sex}
    clash = private & set(_OFFICIAL_GIVEN)
    if clash:
        raise ValueError(f"remarks_v9: officials' given names also private: {sorted(clash)}")
    if len(_TRAD_FROM) != len(_TRAD_TO) or len(_TRAD) != len(_TRAD_FROM):
        raise ValueError("remarks_v9: the traditional fold is not one character to one")


_check_pools()


# ----------------------------------------------------------------------------------------------
# One cell under construction.

class _Cell:
    """A cell being written: its rng, whether private persons are named, and what was planted."""

    def __init__(self, rng: random.Random, named: bool) -> None:
        self.r = rng
        self.named = named
        self.names: list[str] = []
        self.looks: list[str] = []

    # -- choices -------------------------------------------------------------------------------
    def pick(self, seq: Sequence):
        return seq[self.r.randrange(len(seq))]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def sur(self) -> str:
        return self.r.choices(_SURNAMES, cum_weights=_SURNAME_CUM)[0]

    # -- planting ------------------------------------------------------------------------------
    def name(self, written: str) -> str:
        self.names.append(written)
        return written

    def look(self, s: str) -> str:
        if s not in self.looks:
            self.looks.append(s)
        return s

    def phrase(self, pool: Sequence[str]) -> str:
        """A phrase with its braced part planted as a look-alike."""
        p = self.pick(pool)
        for part in re.findall(r"\{([^}]*)\}", p):
            self.look(part)
        return p.replace("{", "").replace("}", "")

    def masked(self, surname: str) -> str:
        """A masked person or surname + title: always a look-alike."""
        if self.chance(0.72):
            return self.look(surname + self.pick(_MASKS))
        if self.chance(0.3):
            return self.look(self.pick(("老", "小")) + surname)
        return self.look(surname + self.pick(_TITLES_AFTER))

    def _hides(self) -> bool:
        return not self.named or (bool(self.names) and self.chance(_MASKED_AMONG_NAMED))

    def han(self, sur: str | None = None, gen: str | None = None, sex: str | None = None) -> str:
        gen = gen or self.pick(("old", "mid", "mid", "young"))
        sex = sex or self.pick("mf")
        if sur is None and self.chance(_WORDLIKE_SHARE):
            return self.pick(_WORDLIKE_NAMES)
        sur = sur or self.sur()
        single = {"old": 0.08, "mid": 0.3, "young": 0.1}[gen]
        given = self.pick(_SINGLE_GIVEN[sex]) if self.chance(single) else self.pick(_GIVEN[gen][sex])
        return sur + given

    def person(self, sur: str | None = None, gen: str | None = None, sex: str | None = None,
               pad: bool = False) -> str:
        """A private person: their written name (planted) or, unnamed, a masked form."""
        if self._hides():
            return self.masked(sur or self.sur())
        written = self.han(sur, gen, sex)
        if pad and len(written) == 2 and self.chance(0.9):
            written = written[0] + self.pick(("　", "　", " ", "  ")) + written[1]
        return self.name(written)

    def minority(self, kind: str | None = None) -> str:
        kind = kind or self.pick(("uy", "uy", "kz", "bo", "mn", "yi", "hui", "ko"))
        if kind in ("uy", "kz"):
            pool = _UYGHUR if kind == "uy" else _KAZAKH
            first, second = self.pick(pool), self.pick(pool)
            while second == first:
                second = self.pick(pool)
            if self._hides():
                return self.look(first + self.pick(("·某某", "某", "**")))
            return self.name(first + self.pick(_NAME_DOTS) + second)
        if kind in ("bo", "mn", "yi", "ko"):
            pool = {"bo": _TIBETAN, "mn": _MONGOLIAN, "yi": _YI, "ko": _KOREAN}[kind]
            written = self.pick(pool)
            if self._hides():
                return self.look(written[0] + self.pick(("某", "某某", "**")))
            return self.name(written)
        return self.person(self.pick(_HUI_SURNAMES))

    def official(self) -> str:
        """An official named in a public role: public, so a look-alike."""
        return self.look(self.sur() + self.pick(_OFFICIAL_GIVEN))

    def pinyin(self) -> str:
        """A private person in an English row, in one of the ways exports write pinyin."""
        r = self
        if self._hides():
            s = r.pick(_PY_SURNAMES)
            return self.look(r.pick((f"{s} **", f"{s} XX", f"{s.upper()} Mou", f"{s} Moumou",
                                     f"Mr. {s}", f"Ms. {s}", f"Old {s}", f"Uncle {s}",
                                     f"Auntie {s}", f"Master {s}")))
        roll = r.r.random()
        if roll < 0.06:
            return self.name(r.pick(_CANTONESE))
        if roll < 0.1:
            return self.name(r.pick(_PY_MINORITY))
        s = r.pick(_PY_SURNAMES)
        syl = r.pick(_PY_GIVEN)
        if len(syl) == 1:
            g = syl[0]
        else:
            head, tail = syl
            apostrophe = "'" if tail[0] in "aeo" else ""
            g = r.pick((head + apostrophe + tail, head + apostrophe + tail,    # Xiaoming, Xi'an
                        head + tail,                                           # Xian (dropped)
                        head + "-" + tail, head + "-" + tail.capitalize(),     # Xiao-ming
                        head + " " + tail.capitalize()))                       # Xiao Ming
        order = r.pick(("SG", "SG", "Sg", "Sg", "gS", "gs", "S,g", "lower", "CAPS"))
        sup = s.upper()
        written = {"SG": f"{sup} {g}", "Sg": f"{s} {g}", "gS": f"{g} {sup}", "gs": f"{g} {s}",
                   "S,g": f"{sup}, {g}", "lower": f"{s.lower()} {g.lower()}",
                   "CAPS": f"{sup} {g.upper()}"}[order]
        return self.name(written)

    # -- facts ---------------------------------------------------------------------------------
    def age(self, lo: int = 18, hi: int = 90) -> int:
        return self.r.randint(lo, hi)

    def phone(self) -> str:
        d = "1" + self.pick("3456789") + "".join(self.pick("0123456789") for _ in range(9))
        style = self.r.random()
        if style < 0.6:
            return d
        if style < 0.8:
            return f"{d[:3]}-{d[3:7]}-{d[7:]}"
        if style < 0.9:
            return f"{d[:3]} {d[3:7]} {d[7:]}"
        return f"{d[:3]}****{d[7:]}"

    def landline(self) -> str:
        area = self.pick(("0531", "010", "021", "028", "0991", "0891", "0471", "0951", "0834"))
        return f"{area}-{self.r.randint(2, 8)}{self.r.randint(0, 9999999):07d}"

    def resident_id(self, age: int | None = None, sex: str | None = None) -> str:
        age = age if age is not None else self.age()
        year = 2025 - age
        month, day = self.r.randint(1, 12), self.r.randint(1, 28)
        seq = self.r.randint(0, 99) * 10 + self.pick((1, 3, 5, 7, 9) if sex == "m" else
                                                     (0, 2, 4, 6, 8) if sex == "f" else range(10))
        body = f"{self.pick(_AREA_CODES)}{year:04d}{month:02d}{day:02d}{seq:03d}"
        weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
        check = "10X98765432"[sum(int(ch) * w for ch, w in zip(body, weights)) % 11]
        full = body + check
        if self.chance(0.25):
            return full[:6] + "*" * 8 + full[14:]
        return full

    def date(self, sep: str | None = None) -> str:
        y, m, d = self.r.randint(2019, 2025), self.r.randint(1, 12), self.r.randint(1, 28)
        style = sep or self.pick(("-", ".", "/", "年", "ym", "ym."))
        if style == "年":
            return f"{y}年{m}月{d}日"
        if style == "ym":
            return f"{y}-{m:02d}"
        if style == "ym.":
            return f"{y}.{m}"
        return f"{y}{style}{m:02d}{style}{d:02d}"

    def amount(self, lo: int = 100, hi: int = 3000) -> str:
        return f"{self.r.randint(lo, hi)}" + self.pick(("元", "元", ".00元", " 元"))

    def place(self) -> str:
        return self.look(self.pick(_PLACES))

    def shop(self) -> str:
        return self.look(self.pick(_SHOPS))

    def company(self) -> str:
        base = self.pick((self.sur() + "氏", self.pick(_PLACES), self.sur() + "记",
                          self.pick(_VILLAGES) + "村"))
        return self.look(base + self.pick(_COMPANY_TRADES) + "有限公司")

    def rel_age(self, rel: tuple[str, str, bool]) -> int:
        return self.age(*_RELATION_AGES[rel[0]])

    def relation(self, head_sex: str | None = None) -> tuple[str, str, bool]:
        """A relation to the household head; a head's spouse is of the other sex."""
        spouse_sex = {"m": "f", "f": "m"}.get(head_sex or "")
        pool = [r for r in _RELATIONS if not (r[0] in ("妻子", "丈夫") and spouse_sex
                                             and r[1] != spouse_sex)]
        return self.pick(pool)

    def relative(self, head_sur: str, rel: tuple[str, str, bool], pad: bool = False) -> str:
        word, sex, same = rel
        gen = "young" if word in ("孙子", "孙女", "外孙") else "old" if word in ("母亲", "父亲") \
            else "mid"
        return self.person(head_sur if same and self.chance(0.85) else None, gen, sex, pad)


Family = Callable[[_Cell], str]


# ----------------------------------------------------------------------------------------------
# Families.

def _dibao_terse(c: _Cell) -> str:
    k = c.r.randrange(20)
    s = c.sur()
    tail = f"，{c.phrase(_PH_DIBAO)}" if c.chance(0.6) else ""
    if k == 0:
        return c.person(s, pad=True)                                # the cell is only a name
    if k == 1:
        rel = c.relation()
        return f"{c.look('代领')}：{c.relative(s, rel)}（{_RELATIONS_SHORT[rel[0]]}）{tail}"
    if k == 2:
        return f"代领人{c.person()}{c.phone()}"                       # a phone right after the name
    if k == 3:
        return f"{c.person()}代领{tail}"
    if k == 4:
        head = c.person(s, "old")
        return f"{c.look('原户主')}{head}已故，{c.date('ym')}起由{c.person(s, 'mid')}任户主"
    if k == 5:
        return f"联系人{c.pick(('', '：', ':', ' '))}{c.person()} {c.phone()}"
    if k == 6:
        return f"{c.date()} {c.person()}{tail}"                       # a name after a date
    if k == 7:
        rel = c.relation()
        return (f"{c.relative(s, rel, pad=True)}，{rel[0]}，{c.rel_age(rel)}岁，"
                f"{c.pick(('重残', '因病', '因学', '老年', '无劳力', '精神残疾'))}{tail}")
    if k == 8:
        return (f"户{c.r.randint(1, 6)}人，主{c.person(s)}，{c.pick(('因病', '因残', '缺劳力'))}，"
                f"月补{c.r.randint(200, 900)}{tail}")
    if k == 9:
        return f"{c.phrase(_PH_DIBAO)}（{c.person()}）"
    if k == 10:
        return f"委托{c.person()}代为领取，身份证{c.resident_id()}"
    if k == 11:
        return f"{c.person()}{c.pick(('/', '、', ' ', '；'))}{c.person()}"
    if k == 12:
        head = c.person(s, "old")
        return f"{head}年老体弱，由{c.pick(('其子', '其女', '儿媳', '孙子'))}{c.person(s, 'mid')}代领"
    if k == 13:
        return f"现居{c.place()}，户主{c.person()}，{c.phrase(_PH_DIBAO)}"
    if k == 14:
        return f"代{c.person(s, 'old')}领取：{c.person(s)}（{c.phone()}）"
    if k == 15:
        return f"{c.person()}在{c.shop()}打零工，收入不稳定"
    if k == 16:
        return f"（代领人：{c.person()}）{c.phrase(_PH_DIBAO)}"          # a name inside brackets
    if k == 17:
        return f"【联系人 {c.person()}】{c.landline()}"
    if k == 18:
        return f"{c.person(s, 'old')}及其配偶{c.person()}均{c.phrase(_PH_DIBAO)}"
    return f"{c.person()}{tail or '，' + c.phrase(_PH_DIBAO)}"          # a cell opening with a name


def _dibao_casenote(c: _Cell) -> str:
    s = c.sur()
    k = c.r.randrange(7)
    head_sex = "f" if k == 3 else c.pick("mf")                  # k == 3 is a widow's household
    head = c.person(s, "old", head_sex)
    if k == 0:
        rel = _RELATIONS[0] if head_sex == "m" else _RELATIONS[1]
        child = c.pick(_RELATIONS[2:7])
        return (f"经入户核查，户主{head}，{c.age(55, 85)}岁，患{c.pick(_DISEASES)}，丧失劳动能力；"
                f"{rel[0]}{c.relative(s, rel)}，{c.rel_age(rel)}岁，在{c.shop()}做保洁，月收入约"
                f"{c.amount(800, 1800)}；{child[0]}{c.relative(s, child)}在外务工，已分户。家庭人均"
                f"收入低于当地标准，建议继续纳入。核查人：{c.person()}、{c.person()}")
    if k == 1:
        return (f"{head}与{c.person(s, 'young')}系祖孙关系，孙辈父母离异后由祖辈抚养，"
                f"就读于{c.look(c.pick(_SCHOOLS))}。{c.phrase(_PH_DIBAO)}。")
    if k == 2:
        return (f"该户由{c.person(None, 'mid', 'f')}（邻居）照料起居，经{c.person()}介绍，"
                f"向{c.person()}了解情况，{head}独居于{c.place()}一间{c.look('石棉瓦')}搭建的平房内。")
    if k == 3:
        rel = c.pick(_RELATIONS[2:8])
        return (f"户主{head}丈夫早亡，{rel[0]}{c.relative(s, rel)}患{c.pick(_DISEASES)}长期服药，"
                f"{c.look('保障金')}多用于治病。{c.date('年')}复核，{c.phrase(_PH_DIBAO)}。")
    if k == 4:
        return (f"{head}和{c.person(None, 'old')}夫妇，子女均在外地，替其父{c.person(s, 'old', 'm')}"
                f"办理丧葬后家庭无收入来源；对该户家庭收入进行核对，{c.phrase(_PH_DIBAO)}。")
    if k == 5:
        return (f"{c.date('年')}入户，{head}卧床，让其女{c.person(s, 'mid', 'f')}代为签字；同"
                f"{c.person()}一起居住的外孙{c.person(None, 'young', 'm')}在{c.place()}上学。"
                f"经办：{c.person()}")
    rel = c.pick(_RELATIONS[2:7])
    return (f"申请人{head}称其{rel[0]}{c.relative(s, rel)}婚后另居，每月给付赡养费"
            f"{c.amount(100, 500)}；邻居{c.masked(c.sur())}证实属实，{c.phrase(_PH_DIBAO)}。")


def _dibao_changes(c: _Cell) -> str:
    s = c.sur()
    k = c.r.randrange(8)
    if k == 0:
        new = c.person(s, "mid")
        return (f"{c.date('-')} 户主变更为{new}（{c.look('原户主')}{c.person(s, 'old')}于"
                f"{c.date('ym')}去世）")
    if k == 1:
        rel = c.relation()
        return f"{c.date('.')} 减员：{c.relative(s, rel)}（{rel[0]}）迁出至{c.place()}"
    if k == 2:
        return f"{c.date('/')} 增员{c.person(s, 'young')}（新生儿），户主{c.person(s)}"
    if k == 3:
        return f"{c.date('ym')}起停保；{c.person()}已就业，{c.person()}死亡注销，{c.phrase(_PH_DIBAO)}"
    if k == 4:                                                         # an aligned members list
        sep = c.pick(("；", "\n", "  ", "，"))
        head_sex = c.pick("mf")
        rows = [f"户主：{c.person(s, 'old', head_sex, pad=True)} {c.age(55, 85)}岁"]
        for _ in range(c.r.randint(1, 3)):
            rel = c.relation(head_sex)
            rows.append(f"{_RELATIONS_SHORT[rel[0]]}：{c.relative(s, rel, pad=True)} {c.rel_age(rel)}")
        return sep.join(rows)
    if k == 5:
        head_sex = c.pick("mf")
        parts = [f"{c.person(s, 'old', head_sex)}（户主，{c.age(60, 90)}）"]
        for _ in range(c.r.randint(1, 3)):
            rel = c.relation(head_sex)
            parts.append(f"{c.relative(s, rel)}（{rel[0]}，{c.rel_age(rel)}）")
        return "家庭成员：" + c.pick(("、", "，", "/", " ")).join(parts) + f"。{c.phrase(_PH_DIBAO)}"
    if k == 6:
        rows = []
        for _ in range(c.r.randint(2, 4)):
            rel = c.relation()
            rows.append(f"{c.relative(s, rel, pad=True)}　{_RELATIONS_SHORT[rel[0]]}　"
                        f"{c.r.randint(100, 600)}")
        return "\n".join(rows)
    return (f"{c.date('年')}复核：{c.person(s)}户由A类调整为B类，{c.phrase(_PH_DIBAO)}；"
            f"{c.person(s)}之{c.pick(('子', '女'))}{c.person(s, 'young')}入学")


def _relief_special(c: _Cell) -> str:
    s = c.sur()
    k = c.r.randrange(8)
    if k == 0:
        return (f"特困供养对象{c.person(None, 'old')}，集中供养于{c.place()}敬老院，"
                f"{c.phrase(_PH_DIBAO)}")
    if k == 1:
        return (f"临时救助：{c.person()}因火灾{c.look('房屋')}损毁，救助{c.amount(500, 5000)}"
                f"（{c.date()}），{c.phrase(_PH_DIBAO)}")
    if k == 2:
        return (f"医疗救助：{c.person()}住院（{c.look(c.pick(('白求恩医院', '逸夫医院')))}），"
                f"自付{c.amount(2000, 40000)}，救助{c.amount(1000, 20000)}")
    if k == 3:
        return (f"孤儿{c.person(s, 'young')}，{c.age(3, 17)}岁，监护人为其祖母{c.person(s, 'old', 'f')}"
                f"，电话{c.phone()}")
    if k == 4:
        return (f"事实无人抚养儿童{c.person(s, 'young')}（父{c.person(s, 'mid', 'm')}服刑，"
                f"母{c.person(None, 'mid', 'f')}失联），由{c.person(None, 'old')}抚养")
    if k == 5:
        return (f"残疾人{c.person(s)}，持{c.pick(('一级', '二级', '三级', '四级'))}"
                f"{c.pick(('肢体', '视力', '智力', '精神'))}残疾证，其兄{c.person(s, 'mid', 'm')}为监护人，"
                f"{c.phrase(_PH_DIBAO)}")
    if k == 6:
        return (f"重度残疾人护理补贴：{c.person(s, 'old')}之{c.pick(('子', '女'))}{c.person(s, 'mid')}"
                f"{c.look('代领')}，{c.phrase(_PH_DIBAO)}")
    return (f"{c.person()}、{c.person()}、{c.person()}等人申请临时救助，{c.phrase(_PH_DIBAO)}，"
            f"各发放{c.amount(300, 1000)}")


_AGENCIES = ("市场监督管理局", "交通运输局", "自然资源和规划局", "卫生健康委员会", "应急管理局",
             "城市管理综合执法局", "生态环境局")


def _penalty_facts(c: _Cell) -> str:
    k = c.r.randrange(11)
    if k == 0:
        return (f"当事人{c.person()}在{c.place()}经营的{c.shop()}内销售超过保质期的食品，"
                f"{c.phrase(_PH_PENALTY)}，违法所得{c.amount(10, 200)}。")
    if k == 1:
        sex = c.pick("mf")
        return (f"经营者{c.person(sex=sex)}，身份证号{c.resident_id(sex=sex)}，于{c.date('年')}在未取得"
                f"《食品经营{c.look('许可证')}》的情况下从事餐饮服务。")
    if k == 2:
        return (f"当事人{c.company()}（法定代表人{c.person()}），{c.phrase(_PH_PENALTY)}，"
                f"{c.phrase(_PH_PENALTY_STEPS)}。")
    if k == 3:
        return (f"实际控制人{c.person()}指使员工{c.person()}将不合格电线对外销售，"
                f"证人{c.person()}证实上述事实。")
    if k == 4:
        return (f"执法人员{c.person()}、{c.person()}现场检查时发现，当事人{c.person()}"
                f"驾驶重型货车超限{c.r.randint(10, 90)}%运输{c.look('石料')}，"
                f"{c.phrase(_PH_PENALTY_STEPS)}。")
    if k == 5:
        return (f"当事人{c.person(None, 'old')}未经批准，在{c.pick(_VILLAGES)}村"
                f"{c.place()}附近非法占用{c.look(c.pick(('林地', '田地')))}{c.r.randint(30, 800)}"
                f"平方米建房。")
    if k == 6:
        return (f"{c.person()}未取得《医师资格证书》在{c.look(c.sur() + '氏诊所')}内从事诊疗活动，"
                f"患者{c.person()}称其曾在此输液。")
    if k == 7:
        return (f"当事人{c.company()}未对从业人员{c.person()}进行{c.look('安全生产')}教育培训，"
                f"由{c.person()}无证操作叉车。")
    if k == 8:
        return (f"{c.date('年')}，{c.person()}在{c.place()}路段向{c.person()}出售"
                f"{c.look(c.pick(('雷管', '烟花')))}，被{c.person()}举报。")
    if k == 9:
        return (f"当事人{c.person()}（{c.shop()}负责人）对{c.person()}的举报无异议，"
                f"{c.phrase(_PH_PENALTY_STEPS)}。")
    return (f"经查，{c.person()}药店{c.phrase(_PH_PENALTY)}、{c.phrase(_PH_PENALTY)}，"
            f"店员{c.person()}对此知情。")


def _penalty_register(c: _Cell) -> str:
    k = c.r.randrange(7)
    case = (f"{c.pick(('鲁', '川', '闽', '粤', '浙', '苏', '豫'))}"
            f"{c.pick(('市监', '交运', '自然资', '卫健', '应急'))}罚〔{c.r.randint(2020, 2025)}〕"
            f"{c.r.randint(1, 999)}号")
    if k == 0:
        return (f"案号：{case}｜当事人：{c.person()}｜身份证：{c.resident_id()}｜"
                f"罚款{c.amount(500, 50000)}｜{c.phrase(_PH_PENALTY)}")
    if k == 1:
        return f"{case}；{c.person()}（个体工商户，{c.shop()}）；{c.phrase(_PH_PENALTY)}"
    if k == 2:
        return (f"当事人名称：{c.company()}\n法定代表人：{c.person()}\n经营场所：{c.place()}"
                f"{c.r.randint(1, 300)}号")
    if k == 3:
        return (f"{c.person()}|{c.resident_id()}|{c.pick(_AGENCIES)}|{c.date('-')}|"
                f"{c.phrase(_PH_PENALTY)}")
    if k == 4:
        return (f"{c.person()}（经营者）、{c.person()}（证人）；{c.pick(_AGENCIES)}；"
                f"{c.phrase(_PH_PENALTY)}")
    if k == 5:
        return (f"{case} {c.person(pad=True)} {c.amount(200, 5000)} {c.date('/')} "
                f"{c.phrase(_PH_PENALTY_STEPS)}")
    return f"{c.phrase(_PH_PENALTY)}，当事人{c.person()}{c.phrase(_PH_PENALTY_STEPS)}"


def _english_export(c: _Cell) -> str:
    k = c.r.randrange(13)
    if k == 0:
        return (f"Head of household {c.pinyin()} passed away {c.date('ym')}; benefit now collected "
                f"by son {c.pinyin()} (proxy).")
    if k == 1:
        return (f"HoH: {c.pinyin()}, {c.r.randint(1, 6)} persons, {c.phrase(_PH_EN)}. "
                f"Proxy: {c.pinyin()} (son-in-law), tel {c.phone()}")
    if k == 2:
        return (f"Recipient {c.pinyin()} moved to {c.look(c.pick(_PLACES_EN))}; case closed; "
                f"{c.phrase(_PH_EN)}.")
    if k == 3:
        return (f"Party: {c.pinyin()} (ID {c.resident_id()}), operator of "
                f"{c.look(c.pick(_SHOPS_EN))}; fined CNY {c.r.randint(500, 20000)}.")
    if k == 4:
        return f"Applicant {c.person()} relocated to {c.look(c.pick(_PLACES_EN))}."
    if k == 5:
        return f"Proxy: {c.person(sex='f')} (daughter); {c.phrase(_PH_EN)}"
    if k == 6:
        return c.pinyin()                                                # a cell that is a name
    if k == 7:
        return (f"{c.date('-')} {c.pinyin()} - witness statement taken; complainant "
                f"{c.pinyin()} works at {c.look(c.pick(_SHOPS_EN))}.")
    if k == 8:
        return (f"Legal representative {c.pinyin()}; actual controller {c.pinyin()}; "
                f"premises on {c.look(c.pick(_PLACES_EN))}.")
    if k == 9:
        return (f"Medical assistance for {c.pinyin()} (hospitalised, {c.phrase(_PH_EN)}); "
                f"contact {c.pinyin()} {c.phone()}")
    if k == 10:
        return (f"Members: {c.pinyin()} (head, {c.age(50, 88)}); {c.pinyin()} (spouse); "
                f"{c.pinyin()} (grandchild)")
    if k == 11:
        return f"Former head {c.pinyin()}; now {c.pinyin()} — {c.phrase(_PH_EN)}"
    return f"Visited with {c.pinyin()} and {c.person()}; {c.phrase(_PH_EN)}."


def _complaint_notes(c: _Cell) -> str:
    k = c.r.randrange(9)
    if k == 0:
        return (f"来电人{c.person()}（{c.phone()}）反映：{c.place()}附近{c.shop()}油烟扰民，"
                f"{c.phrase(_PH_COMPLAINT)}，要求处理。")
    if k == 1:
        return f"市民{c.person()}投诉其邻居{c.person()}在楼道堆放杂物，{c.phrase(_PH_COMPLAINT)}。"
    if k == 2:
        return (f"信访人{c.person()}等{c.r.randint(3, 30)}人反映{c.company()}拖欠工资，涉及工人"
                f"{c.person()}、{c.person()}。")
    if k == 3:
        return (f"来访人：{c.person()}，被反映人：{c.person()}（{c.pick(_VILLAGES)}村村委会主任），"
                f"反映{c.pick(('宅基地', '低保评议', '土地流转'))}不公。")
    if k == 4:
        return f"已回复{c.person()}，其表示满意。{c.date()}"
    if k == 5:
        return (f"{c.person()}反映楼上{c.person()}家{c.phrase(_PH_COMPLAINT)}，物业"
                f"{c.masked(c.sur())}未处理。")
    if k == 6:
        return (f"{c.person(sex='f')}女士反映其丈夫{c.person(sex='m')}长期酗酒，申请庇护；"
                f"{c.phrase(_PH_COMPLAINT)}")
    if k == 7:
        return (f"{c.date()}来电，{c.phrase(_PH_COMPLAINT)}，{c.place()}一带尤甚；来电人要求"
                f"对{c.person()}处理。")
    return f"投诉人：{c.person()}；被投诉人：{c.person()}；诉求：退还押金{c.amount(500, 8000)}"


def _community_logs(c: _Cell) -> str:
    k = c.r.randrange(10)
    if k == 0:
        return (f"{c.look('网格员')}{c.person()}走访独居老人{c.person(None, 'old')}（{c.age(75, 98)}岁），"
                f"身体状况良好，{c.phrase(_PH_COMMUNITY)}。")
    if k == 1:
        return (f"退役军人{c.person(sex='m')}，{c.r.randint(1970, 2015)}年入伍，现在{c.shop()}工作，"
                f"申请优待证。")
    if k == 2:
        return f"{c.look('公积金')}：{c.person()}申请提取（购房），配偶{c.person()}共同签字。"
    if k == 3:
        return f"物业：{c.place()}{c.r.randint(1, 30)}栋业主{c.person()}反映楼上{c.person()}家漏水"
    if k == 4:
        return (f"劳动仲裁：申请人{c.person()}与被申请人{c.company()}劳动争议一案，委托代理人"
                f"{c.person()}。")
    if k == 5:
        s = c.sur()
        return (f"{c.date()}入户：{c.person(s, 'old', 'm')}、{c.person(None, 'old', 'f')}夫妇均在家，"
                f"{c.phrase(_PH_COMMUNITY)}")
    if k == 6:
        return (f"参加{c.look(c.pick(_PUBLIC_PHRASES[:3]))}志愿服务：{c.person()}、{c.person()}、"
                f"{c.person()}等人")
    if k == 7:
        return f"{c.person()}把房屋租给{c.person()}，{c.phrase(_PH_COMMUNITY)}"
    if k == 8:
        return f"{c.person()}被{c.person()}打伤，已报警，{c.phrase(_PH_COMMUNITY)}"
    return f"{c.phrase(_PH_COMMUNITY)}：{c.person()}、{c.person()}（{c.place()}）"


_FRONTIER_PLACES = ("吐尔洪乡", "阿克苏市", "伊宁县", "扎西岗乡", "格桑花幼儿园", "巴彦淖尔市",
                    "乌兰察布市", "锡林郭勒盟", "那达慕大会", "昭觉县", "布拖县", "沙马拉达乡",
                    "纳家户清真寺", "延吉市", "金达莱广场", "达瓦路", "卓玛酒店", "尼玛县",
                    "吉日嘎朗图镇", "阿依河景区", "买买提江饭馆", "古丽巴格乡", "次仁罗布路")


def _frontier_listing(c: _Cell) -> str:
    k = c.r.randrange(8)
    loc = c.look(c.pick(_FRONTIER_PLACES))
    if k == 0:
        return f"户主{c.minority('uy')}，家庭人口{c.r.randint(2, 7)}人，{loc}"
    if k == 1:
        return (f"{c.minority('bo')}（户主）、{c.minority('bo')}（妻）、{c.minority('bo')}（女），"
                f"{loc}")
    if k == 2:
        return f"代领人{c.minority('kz')}，{c.phone()}，{loc}"
    if k == 3:
        return f"{c.minority('mn')}，{c.age(20, 85)}岁，牧民，{loc}；联系人{c.minority('mn')}"
    if k == 4:
        return f"{c.minority('yi')}（户主）、{c.minority('yi')}（夫），{loc}，由{c.minority('yi')}代领"
    if k == 5:
        return (f"{c.minority('hui')}（户主），{c.look(c.pick(_HUI_SURNAMES)[0] + '阿訇')}证明，"
                f"{loc}")
    if k == 6:
        return f"{c.minority('ko')}（户主，{c.age(60, 90)}岁），{loc}；{c.phrase(_PH_DIBAO)}"
    return f"{c.minority()}、{c.minority()}；{loc}；{c.minority()}"


def _gazette_public(c: _Cell) -> str:
    k = c.r.randrange(9)
    if k == 0:
        return (f"经研究决定：任命{c.official()}为{c.pick(_AGENCIES)}局长；免去{c.official()}的"
                f"{c.pick(_AGENCIES)}副局长职务。")
    if k == 1:
        return (f"拟任人选公示：{c.official()}，男，汉族，{c.r.randint(1965, 1985)}年生，中共党员，"
                f"现任{c.pick(_AGENCIES)}副局长。")
    if k == 2:
        return (f"公告送达：因无法联系当事人{c.person()}（身份证号{c.resident_id()}），现依法公告送达"
                f"《行政处罚决定书》。联系人：{c.official()}，{c.landline()}")
    if k == 3:
        return (f"表彰见义勇为：{c.person()}（{c.pick(_VILLAGES)}村村民）在{c.place()}勇救落水儿童，"
                f"号召全市弘扬{c.look(c.pick(('雷锋精神', '焦裕禄精神')))}。")
    if k == 4:
        return (f"征收公告：被征收人{c.person()}户、{c.person()}户，{c.place()}地块，"
                f"征收办主任{c.official()}签发。")
    if k == 5:
        return f"{c.official()}同志任{c.pick(_AGENCIES)}党组书记，{c.official()}同志不再担任该职务。"
    if k == 6:
        return (f"遗失声明：{c.person()}遗失{c.place()}房屋所有权证，声明作废。"
                f"（登记机关负责人{c.official()}）")
    if k == 7:
        return (f"颁奖仪式在{c.look(c.pick(_PUBLIC_PHRASES[8:]))}举行，市长{c.official()}为"
                f"{c.person()}、{c.person()}等颁奖。")
    return (f"县长{c.official()}主持会议，副县长{c.official()}通报{c.person()}等"
            f"{c.r.randint(3, 20)}户的安置情况。")


def _lookalike_only(c: _Cell) -> str:
    k = c.r.randrange(9)
    if k == 0:
        return f"{c.place()}路段施工，{c.shop()}暂停营业"
    if k == 1:
        return f"{c.masked(c.sur())}、{c.masked(c.sur())}已处理"
    if k == 2:
        return f"转{c.masked(c.sur())}跟进，{c.phrase(_PH_DIBAO)}"
    if k == 3:
        return f"{c.phrase(_PH_COMMUNITY)}；{c.phrase(_PH_DIBAO)}"
    if k == 4:
        return f"Moved to {c.look(c.pick(_PLACES_EN))}; {c.phrase(_PH_EN)}"
    if k == 5:
        return f"{c.look(c.pick(_PUBLIC_PHRASES))}活动在{c.look(c.pick(_SCHOOLS))}举行"
    if k == 6:
        return f"{c.company()}；{c.phrase(_PH_PENALTY)}；{c.phrase(_PH_PENALTY_STEPS)}"
    if k == 7:
        return f"{c.phrase(_PH_COMPLAINT)}，{c.masked(c.sur())}已到场"
    return f"{c.look(c.pick(_SHOPS_EN))} ({c.look(c.pick(_PLACES_EN))})"


_WRITERS: dict[str, Family] = {
    "dibao_terse": _dibao_terse,
    "dibao_casenote": _dibao_casenote,
    "dibao_changes": _dibao_changes,
    "relief_special": _relief_special,
    "penalty_facts": _penalty_facts,
    "penalty_register": _penalty_register,
    "english_export": _english_export,
    "complaint_notes": _complaint_notes,
    "community_logs": _community_logs,
    "frontier_listing": _frontier_listing,
    "gazette_public": _gazette_public,
    "lookalike_only": _lookalike_only,
}


# ----------------------------------------------------------------------------------------------
# The contract each cell must keep, checked as it is written (a breaking draw is redrawn).

def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _keeps_contract(text: str, names: list[str], looks: list[str]) -> bool:
    if len(set(names)) != len(names):
        return False
    name_spans = []
    for n in names:
        found = _spans(text, n)
        if len(found) != 1:
            return False
        name_spans.append(found[0])
    look_spans = []
    for lk in looks:
        found = _spans(text, lk)
        if not found:
            return False
        look_spans.extend(found)
    for i, (a, b) in enumerate(name_spans):
        for j, (x, y) in enumerate(name_spans):
            if i != j and a < y and x < b:
                return False
        if any(a < y and x < b for x, y in look_spans):
            return False
    return True


def _allocate(n: int) -> dict[str, int]:
    """Cells per family for n cells: the weights' shares, largest remainders first."""
    total = sum(WEIGHTS.values())
    exact = {f: n * w / total for f, w in WEIGHTS.items()}
    counts = {f: int(x) for f, x in exact.items()}
    rest = n - sum(counts.values())
    for f in sorted(exact, key=lambda f: (counts[f] - exact[f], f))[:rest]:
        counts[f] += 1
    return counts


def make_remarks(n: int = 2000, seed: int = 9191) -> list[Remark]:
    """n cells of the ninth edition, the same for the same seed."""
    rng = random.Random(seed)
    plan: list[tuple[str, bool]] = []
    for family, count in _allocate(n).items():
        unnamed = round(count * NO_NAME_SHARE) if family in NAME_FAMILIES else count
        plan += [(family, False)] * unnamed + [(family, True)] * (count - unnamed)
    rng.shuffle(plan)
    all_names: set[str] = set()
    all_looks: set[str] = set()
    out: list[Remark] = []
    for family, named in plan:
        for _ in range(_MAX_TRIES):
            cell = _Cell(rng, named)
            text = _WRITERS[family](cell)
            names, looks = cell.names, cell.looks
            if rng.random() < _TRADITIONAL_SHARE.get(family, 0.0):
                text = _traditional(text)
                names = [_traditional(x) for x in names]
                looks = list(dict.fromkeys(_traditional(x) for x in looks))
            if named and not names:
                continue
            if not _keeps_contract(text, names, looks):
                continue
            if all_looks.intersection(names) or all_names.intersection(looks):
                continue
            break
        else:
            raise RuntimeError(f"remarks_v9: no cell of {family!r} kept the contract "
                               f"in {_MAX_TRIES} tries")
        all_names.update(names)
        all_looks.update(looks)
        out.append(Remark(text=text, family=family, names=list(names), lookalikes=list(looks),
                          public_officials=family in PUBLIC_FAMILIES))
    return out


def describe(remarks: list[Remark]) -> str:
    """A per-family table: cells, names, look-alikes, cells with a name; and the total."""
    rows = [f"{'family':<18}{'cells':>7}{'names':>7}{'lookalikes':>12}{'with_name':>11}"]
    tot = [0, 0, 0, 0]
    for family in FAMILIES:
        cells = [r for r in remarks if r.family == family]
        row = [len(cells), sum(len(r.names) for r in cells), sum(len(r.lookalikes) for r in cells),
               sum(1 for r in cells if r.names)]
        tot = [a + b for a, b in zip(tot, row)]
        rows.append(f"{family:<18}{row[0]:>7}{row[1]:>7}{row[2]:>12}{row[3]:>11}")
    rows.append(f"{'total':<18}{tot[0]:>7}{tot[1]:>7}{tot[2]:>12}{tot[3]:>11}")
    return "\n".join(rows)
