"""Frozen test set of free-text remarks, edition 27 (blind): ``frozen-remarks-27 (2026-12-07)``.

Datasheet
=========
Who wrote it
    A helper session started by the project, working from brief27 only. Every template, pool and
    word list below was written from the writer's own knowledge of how Chinese county and city
    offices word free-text notes; nothing was copied. The set measures whether a person-name
    detector generalises; no rule is to be tuned on it.

What was read
    brief27; ``/work/shared/reference/DOMAIN.md`` sections "Personal data in public listings" and
    "Administrative penalty publicity" only; lines 165-180 of ``benchmarks/frozen/remarks.py``
    (the ``Remark`` dataclass). No detector, no earlier test set, no ``src/``, ``docs/``,
    ``notebooks/``, no other commits.

Slips (all reported)
    * ``ls tests | grep -c .`` was run once while checking the venv: it listed ``tests/`` and
      showed only the count of entries (88), no file names.
    * Lines 165-166 of ``remarks.py`` (inside the permitted range) are the tail of an earlier
      set's template tuple: ``"决定任命{n}同志为{of}，免去{n2}同志的{of2}职务"`` and
      ``"{n}任{of}，试用期一年"`` (gazette appointments). Nothing here borrows from them.
    * ``benchmarks/frozen/remarks.py`` is imported (executed) to get ``Remark``, as the brief
      requires; its other contents were not displayed.

Size and layout
    ``make_remarks(n=2000, seed=2727)``: 2000 remarks, families drawn by ``WEIGHTS`` (largest
    remainder, then shuffled). At the default: 5983 names (2323 = 38.8% without a cue word),
    8818 look-alikes (3852 = 43.7% domain words); kinds: domain 3852, place 1161, date 1120,
    title 498, amount 463, brand 453, code 393, firm 357, plate 219, official 215, english 56,
    masked 20, ethnonym 11.
    family             remarks names uncued look-alikes domain
    drone_registration     110   328    113         508    218
    silkworm_farming       110   342    107         472    282
    cotton_purchase        110   324    124         418    207
    rural_broadcast        110   314    109         402    186
    tower_siting           110   336    120         460    197
    print_shop             110   327    130         425    198
    clan_genealogy         110   360    132         385    227
    opera_troupe           110   346    129         425    231
    microcredit            110   330    121         407    179
    sand_mining            110   340    117         413    156
    helmet_patrol          110   348    110         454    184
    assistive_devices      110   341    117         357    178
    english_export         160   534    185         647    139
    minority_listing       180   569    200         725    344
    public_notice          200   844    509        1428    541
    lookalike_only         140     0      0         892    385
    A name is "cued" when the text just before it (after stripping spaces, colons, brackets,
    为/是/叫) ends with a role or kin word (户主, 申请人, 养蚕户, 拾花工, 借款人, 监护人, 其子,
    小名 ... or applicant/Mr/Ms/guardian ... in English); otherwise it stands at a cell's start,
    after a date, in a list, before an age or phone, after a place, after 与/和/及/、 or as a
    sentence subject. ``stats()`` recomputes all of these.

Families (16)
    Twelve domains, each in labelled-field, prose, list, joined-cell and dated-log layouts, with
    full/half/mixed-width punctuation, spaces after colons, line breaks (``\\n``, ``\\r\\n``) inside
    a cell, full-width digits in some phones and clerk typos (登纪, 己核实, 身分证, 帐, 按装, 连系,
    劝反, 申清, 签子, 收够, 维休, 合实, 反应, 捡查, 电活, 倒期, 补半):
    drone_registration, silkworm_farming, cotton_purchase, rural_broadcast, tower_siting,
    print_shop, clan_genealogy, opera_troupe, microcredit, sand_mining, helmet_patrol,
    assistive_devices; plus
    english_export   a vendor system's English export of such notes (any of the twelve domains);
    minority_listing the domain layouts with names of persons of China's minorities;
    public_notice    公示/公告 texts of the offices above (``public_officials=True``): the contact
                     person, reviewer, 经办人, village head, first secretary, duty officer are
                     look-alikes (kind ``official``); beneficiaries, applicants, guardians,
                     代领人, relatives, witnesses, objectors and reporters are names;
    lookalike_only   no name at all, dense with look-alikes.

Surface forms of names
    Han: surnames by a rough real frequency (王李张刘陈 ... ) plus a tail of ~200 less common
    and ~30 rare ones (亓 厍 禤 逄 仉 蒯 郏 笪 冼 竺 鄢 酆 訾 隗 ...) and 25 compound surnames
    (欧阳 司马 上官 诸葛 皇甫 尉迟 端木 闻人 万俟 第五 ...); one- and two-character given names;
    old rural names (建国 桂兰 满囤 招娣 来福); given names that are everyday words (平安 建设
    胜利 红旗 丰收 长江 援朝); modern names (子涵 梓轩); generational names sharing a 字辈
    character within a remark (王德华、王德明); given name alone for a relative (其子国栋);
    小名 alone (二柱 狗蛋 丫蛋) or with a surname (王二柱); married women in older ledgers as
    张王氏 / 张门王氏 / 陈李秀英. Never a surname plus a title as a name; public figures and stock
    placeholders (张三 李四) are excluded by list.
    Minorities, in characters: Uyghur, Kazakh, Kyrgyz and Tajik given·father names with the
    separator written as ·, •, ．, ・, ‧, ``.`` or nothing; Tibetan two-element names (次仁卓玛);
    Yi clan+given (吉克阿呷); Mongolian one/two-element names and 包/白/宝 + name; Hui (马 丁 哈
    纳 穆 撒 ...); Korean (朴哲洙); Zhuang (韦二妹); Miao (龙老岩); Dong; Buyi; Tujia; Li (符亚妹);
    Yao (盘金贵); Jingpo (勒排早扎); Wa (岩嘎, 叶娜, 赵岩块); Dai (玉罕, 岩温扁); Qiang; Naxi (和…);
    Bai; Manchu (那/关/佟 …).
    English export: pinyin family-first and given-first, CAPS family, all caps, ``WANG, Jianguo``,
    hyphenated given (Jian-Guo Wang), initials (J.G. Wang, Wang J.G.), Lü/Lyu/Lv; Hong Kong
    (CHAN Tai-man, Peter Chan Tai-man), Macao (LEONG Kuok Keong, Vong Iat Man), Taiwan Wade-Giles
    (Chang Chih-ming, LIN, MEI-HUI), Singapore/Malaysia (Tan Ah Kow, Jason Tan Wei Liang) and
    English given names with a Chinese family (Kevin Zhang, ZHANG Kevin, Chen, Lily).

Look-alike kinds (``_build()["meta"]`` gives each one's kind)
    domain    words of the twelve trades that begin with or hold a surname character (every one is
              checked against ``SURNAME_CHARS``; in English, a word beginning with a romanised
              surname): 马达 云台 雷达模块 黄色限飞区; 桑园 白僵病 秋丰×白玉 苏菊×明虎 方格蔟 柴印茧;
              马克隆值B2 陆地棉 衣分率 皮重 鲁棉研28号; 高音喇叭 包箍 温馨提示 雷电预警; 单管塔
              景观塔 楼面抱杆; 宋体 方正小标宋 承印验证 印刷经营许可证; 江夏堂 彭城堂 丁口 长房 字辈诗
              and X氏族谱; 黄梅戏 秦腔 吕剧 武生 花旦 刀马旦 龙套 《打金枝》《杨门女将》; 富民贷 惠农e贷
              展期 利率 马铃薯种植 黄牛养殖; 江心洲 沙洲 黄砂 毛石 封江禁采期; 斑马线 国道 安全头盔 黄牌;
              程控助听器 万向轮助行器 康复训练 居家无障碍改造; Li-ion battery, Long-staple cotton,
              Huangmei opera, Young silkworms, Jiangxia Hall ...
    place     villages/roads/towns built on a surname (刘家湾村, 何家嘴, 柳林镇, 解放路, 胜利街),
              minority counties and villages, romanised places (Lijiazhuang Village, Hong Kong)
    firm      shops and firms on a surname (王记图文, 刘氏茧行, 孙家班, Zhang's Pharmacy)
    brand     大疆 施乐 夏普 柯尼卡美能达 雅迪 爱玛 鱼跃 欧姆龙 西门子 徐工 柳工 龙工 邮储银行, DJI ...
    date, amount (incl. 伍仟玖佰元整), code (UAS登记号, 统一社会信用代码 with a valid check
    character, 印证字, 采砂许, 站址编码, 合同号), 文号 (…〔2026〕12号), plate (皖B·3K21X)
    title     a surname plus a title or 老/小 (王站长, 刘河长, 老张, Mr Wang): never a name
    official  officials in their public role, public_notice only
    masked    already-masked names in public_notice (张*华, 李某) — a choice of this edition
    english   English words and phrases that look like names (Grace period, Rose Garden, Long-term)
    ethnonym  维吾尔族, 哈萨克族 … in the 民族 field of minority listings
    A look-alike always occurs in its remark and never overlaps a planted name.

Guarantees (checked while generating and by tests/test_frozen_remarks_v27.py)
    every planted name occurs exactly once in its remark's text and in no other remark's text;
    no name is a substring of another name, of the static vocabulary, or of an official;
    lookalike_only remarks carry no names, the others at least one; ``public_officials`` is True
    exactly for public_notice; the set is a pure function of (n, seed).

Known limits
    Synthetic text: place pairs (county + village) are not geographically consistent; a few
    Wa, Jingpo and Dai given-name composites are approximations; 3-character Han names are random
    combinations of gender-typed characters; phone numbers, ages and counts are plain text, neither
    names nor look-alikes.
"""
from __future__ import annotations

import random
import re

try:  # imported as benchmarks.frozen.remarks_v27 or as frozen.remarks_v27
    from .remarks import Remark
except ImportError:  # pragma: no cover - run as a loose file
    try:
        from benchmarks.frozen.remarks import Remark
    except ImportError:
        from frozen.remarks import Remark

VERSION = "frozen-remarks-27 (2026-12-07)"

DOMAINS = (
    "drone_registration", "silkworm_farming", "cotton_purchase", "rural_broadcast",
    "tower_siting", "print_shop", "clan_genealogy", "opera_troupe",
    "microcredit", "sand_mining", "helmet_patrol", "assistive_devices",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{d: 0.055 for d in DOMAINS},
           "english_export": 0.08, "minority_listing": 0.09,
           "public_notice": 0.10, "lookalike_only": 0.07}

# ---------------------------------------------------------------------------------------------
# Surnames and given names (Han)
# ---------------------------------------------------------------------------------------------
_SURNAME_FREQ = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 22), ("赵", 20),
    ("吴", 20), ("周", 19), ("徐", 15), ("孙", 15), ("马", 14), ("朱", 13), ("胡", 13), ("郭", 12),
    ("何", 12), ("高", 11), ("林", 11), ("罗", 9), ("郑", 9), ("梁", 9), ("谢", 8), ("宋", 8),
    ("唐", 7), ("许", 7), ("韩", 7), ("冯", 7), ("邓", 7), ("曹", 7), ("彭", 6), ("曾", 6),
    ("肖", 6), ("田", 6), ("董", 5), ("袁", 5), ("潘", 5), ("于", 5), ("蒋", 5), ("蔡", 5),
    ("余", 5), ("杜", 5), ("叶", 4), ("程", 4), ("苏", 4), ("魏", 4), ("吕", 4), ("丁", 4),
    ("任", 4), ("沈", 4), ("姚", 4), ("卢", 4), ("姜", 4), ("崔", 3), ("钟", 3), ("谭", 3),
    ("陆", 3), ("汪", 3), ("范", 3), ("金", 3), ("石", 3), ("廖", 3), ("贾", 3), ("夏", 3),
    ("韦", 3), ("付", 3), ("方", 3), ("白", 3), ("邹", 3), ("孟", 3), ("熊", 3), ("秦", 3),
    ("邱", 3), ("江", 3), ("尹", 3), ("薛", 2), ("闫", 2), ("段", 2), ("雷", 2), ("侯", 2),
    ("龙", 2), ("史", 2), ("陶", 2), ("黎", 2), ("贺", 2), ("顾", 2), ("毛", 2), ("郝", 2),
    ("龚", 2), ("邵", 2), ("万", 2), ("钱", 2), ("严", 2), ("覃", 2), ("武", 2), ("戴", 2),
    ("莫", 2), ("孔", 2), ("向", 2), ("汤", 2),
)
_SURNAME_TAIL = (
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
    "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉"
    "缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣"
    "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
_SURNAME_RARE = "亓厍禤逄仉蒯郏笪冼竺鄢酆訾隗揭漆糜幸阚税衡植闭羿邴谌浦鞠宓晁扈"
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "宇文",
             "长孙", "司徒", "夏侯", "端木", "西门", "申屠", "闻人", "呼延", "澹台", "南宫", "万俟",
             "独孤", "百里", "第五")
_EXTRA_SURNAME_CHARS = "云松太承鲜回强丰利展宣信花双香秋朝书水山海国元支平计索晋相初门容敬来都楼印汉楚扬皮惠富乐居黑怀冀衣广"

_MALE1 = ("伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利"
          "清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松"
          "善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建"
          "致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘")
_FEMALE1 = ("秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺"
            "媛艳瑞凡佳嘉琼勤珍贞莉桂娣璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓仪荷丹蓉眉君"
            "琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫"
            "芸菲寒伊亚宜可舒影荔枝丽阳妮宝贝初恒鸿桦剑娇宽灵媚琪晴容睿烁唯雯萱彦宇雨洋曼紫逸贤蝶菡")
_OLD_GIVEN = ("建国 建军 建华 建平 国庆 国强 国华 国栋 卫国 卫东 卫红 红卫 向东 爱国 爱民 爱华 志刚 志强 志明 "
              "德胜 德福 德才 有才 有福 有财 来福 来顺 福贵 长贵 长顺 长生 根生 春生 冬生 秋生 满仓 满囤 金锁 "
              "银锁 铁柱 二柱 拴柱 宝山 玉山 桂兰 桂英 桂芝 桂珍 秀英 秀兰 秀珍 秀芳 秀云 玉兰 玉梅 玉珍 玉英 "
              "凤英 凤兰 凤琴 淑珍 淑兰 淑华 翠花 翠兰 翠英 春花 春梅 冬梅 秋菊 腊梅 招娣 来娣 引弟 盼弟 改花 "
              "改英 巧云 素芬 月娥 金凤 银凤 彩云 美兰 兰英 水生 全福 发旺 顺喜 存孝 守仁 福全 桂香 新民").split()
_OLD_F = ("桂兰 桂英 桂芝 桂珍 秀英 秀兰 秀珍 秀芳 秀云 玉兰 玉梅 玉珍 玉英 凤英 凤兰 凤琴 淑珍 淑兰 淑华 翠花 "
          "翠兰 翠英 春花 春梅 冬梅 秋菊 腊梅 招娣 来娣 改花 巧云 素芬 月娥 金凤 美兰 兰英 桂香").split()
_WORD_GIVEN = ("平安 建设 胜利 和平 红旗 长江 海洋 春风 白云 幸福 文明 光明 跃进 解放 丰收 朝阳 新华 先锋 永久 "
               "团结 前进 东风 海燕 红梅 彩虹 卫星 友谊 秋收 立新 向前 自力 振兴 学文 学武 富贵 吉祥 如意 金龙 "
               "和谐 小康 援朝 抗美 国防 红军 文革 四清 跃华 志愿").split()
_MODERN_GIVEN = ("子涵 梓轩 欣怡 浩然 一诺 雨萱 宇航 思远 俊熙 梓涵 诗涵 子轩 浩宇 若汐 沐阳 语桐 欣妍 雨泽 "
                 "嘉怡 思彤 皓轩 佳琪 晨曦 明轩 奕辰 可馨 梦瑶 子墨 铭泽 紫萱 锦程 芷若 俊豪 雅琪 安琪").split()
_GEN_CHARS = "德承世泽光宗耀祖永怀忠孝传继绍先启后正大兴隆昌盛守克维思庆道"
_NICK = ("大柱 二柱 三柱 二妮 三妮 大妮 二丫 三丫 小丫 狗蛋 铁蛋 二蛋 栓子 拴住 二毛 大毛 小毛 二牛 "
         "大牛 小宝 二宝 三宝 大宝 二娃 三娃 胖娃 憨娃 小胖 二胖 黑子 二虎 大虎 小虎 二锁 来喜 二喜 狗剩 "
         "小凤 二凤 丫蛋 妞妞 二妞 大妞 毛毛 豆豆 满囤儿 石头 四妮 五妮 六斤 七斤 八斤 九斤 根子 小顺").split()

# public figures (and stock placeholder names) a random draw must never produce
_FAMOUS = set("""
王菲 李娜 刘翔 姚明 周迅 赵薇 孙俪 刘欢 韩红 那英 汪峰 张杰 李云迪 陈坤 黄渤 孙杨 马龙 丁宁 林丹 张继科
郭晶晶 刘雯 杨幂 王俊凯 李冰冰 杨洋 刘强东 马云 马化腾 李彦宏 雷军 任正非 董明珠 钟南山 袁隆平 屠呦呦
莫言 余华 鲁迅 老舍 巴金 冰心 李小龙 李连杰 成龙 张艺谋 陈凯歌 冯小刚 巩俐 章子怡 刘德华 张学友 郭富城
黎明 梁朝伟 周润发 邓丽君 宋祖英 彭丽媛 李强 李克强 王毅 韩正 李鹏 胡锦涛 温家宝 江泽民 朱镕基 毛泽东
周恩来 刘少奇 朱德 邓小平 孙中山 蒋介石 雷锋 焦裕禄 王进喜 黄继光 邱少云 刘胡兰 董存瑞 张海迪 郎平
刘国梁 邓亚萍 王楠 张怡宁 李宁 谷爱凌 苏炳添 全红婵 杨利伟 王亚平 翟志刚 景海鹏 杨振宁 钱学森 邓稼先
华罗庚 陈景润 李四光 詹天佑 张衡 祖冲之 李时珍 华佗 孔子 孟子 老子 庄子 岳飞 文天祥 林则徐 秦始皇 刘备
曹操 孙权 关羽 张飞 诸葛亮 赵云 马超 黄忠 吕布 貂蝉 西施 王昭君 杨玉环 武则天 李世民 刘邦 项羽 韩信
张良 萧何 包拯 海瑞 郑和 戚继光 宋江 林冲 武松 李逵 鲁智深 贾宝玉 林黛玉 薛宝钗 王熙凤 张三 李四 王五
赵六 李雷 韩梅梅 王二小 张思德 黄旭华 孙家栋 于敏 李兰娟 陈薇 张定宇 张桂梅 黄文秀 时传祥 申纪兰 杨善洲
谷文昌 廖俊波 孔繁森 郭明义 王杰 欧阳海 刘英俊 罗盛教 杨根思 张自忠 左权 彭雪枫 叶挺 贺龙 彭德怀 林彪
陈毅 刘伯承 徐向前 聂荣臻 叶剑英 罗荣桓 粟裕 许世友 王震 李先念 杨尚昆 李瑞环 乔石 万里 宋平 吴邦国
贾庆林 曾庆红 吴官正 李长春 罗干 周永康 薄熙来 王岐山 张德江 俞正声 刘云山 张高丽 汪洋 赵乐际 王沪宁
栗战书 蔡奇 丁薛祥 李希 陈希 胡春华 孙春兰 刘鹤 何立峰 黄晓明 赵丽颖 刘涛 李晨 邓超 王源 王健林 许家印
宗庆后 曹德旺 李书福 董卿 白岩松 崔永元 撒贝宁 朱军 倪萍 赵本山 宋丹丹 冯巩 郭德纲 岳云鹏 沈腾 贾玲
黄宏 陈佩斯 潘长江 蔡明 郭冬临 范伟 韩寒 郭敬明 余秋雨 易中天 于丹 钱钟书 杨绛 沈从文 金庸 琼瑶 三毛
张爱玲 林徽因 徐志摩 胡适 蔡元培 李大钊 陈独秀 瞿秋白 方志敏 杨靖宇 赵一曼 江姐 白求恩 王维 李白 杜甫
司马光 西门庆 公孙胜 东方红 慕容复 司马迁 上官婉儿 欧阳修 诸葛瑾 王小明 李明 韩梅 孙悟空 猪八戒
斯琴高娃 才旦卓玛 丹增嘉措 央金兰泽 阿沛阿旺晋美 金正日 金日成 金正恩 朴槿惠 买买提 艾力
""".split())
_FAMOUS_EN = [frozenset(x.lower().replace("-", " ").split()) for x in (
    "Yao Ming", "Li Na", "Liu Xiang", "Lang Lang", "Wang Fei", "Zhang Yimou", "Ma Yun", "Li Qiang",
    "Wang Yi", "Han Zheng", "Li Peng", "Zhao Wei", "Zhou Xun", "Sun Li", "Liu Huan", "Na Ying",
    "Wang Feng", "Zhang Jie", "Chen Kun", "Huang Bo", "Sun Yang", "Ma Long", "Ding Ning", "Lin Dan",
    "Liu Wen", "Yang Mi", "Yang Yang", "Wang Qishan", "Li Ning", "Jack Ma", "Tony Leung",
    "Michael Wong", "Kelvin Kwan", "Vivian Chow", "Sandy Lam", "Alan Tam", "Ricky Hui", "Sam Hui",
    "Eric Tsang", "Joyce Cheng", "Kevin Tsai", "Jackie Chan", "Bruce Lee", "Jet Li", "Andy Lau",
    "Chow Yun fat", "Lee Kuan Yew", "Lee Hsien Loong", "Tsai Ing wen", "Ma Ying jeou", "Lai Ching te",
    "Ko Wen je", "Carrie Lam", "John Lee", "Ho Iat Seng", "Stanley Ho", "Jay Chou", "Eason Chan",
    "Joey Yung", "Faye Wong", "Michelle Yeoh", "Lucy Liu", "Ang Lee", "Wong Kar wai", "Jimmy Lai",
    "Joshua Wong", "Lim Boon Keng", "Goh Chok Tong", "Wang Jian", "Li Bai", "Du Fu", "Wang Wei",
    "Wang Yaping", "Liu Yang", "Zhang Heng", "Sun Wukong", "Lu Xun", "Ba Jin", "Lao She",
)]

# ---------------------------------------------------------------------------------------------
# Minority names, in characters
# ---------------------------------------------------------------------------------------------
_UY_M = ("买买提 艾力 阿不都热合曼 吐尔逊 艾合买提 依明 库尔班 阿布都拉 热合曼 努尔艾力 阿迪力 麦麦提敏 艾尔肯 吾守尔 "
         "阿卜杜许库尔 买合木提 亚森 肉孜 卡德尔 司马义 吐尔洪 塔依尔 艾山 玉素甫 阿力木 买买提江 艾则孜 阿不来提 "
         "斯拉木 努尔麦麦提 吐逊江 喀迪尔 米吉提 阿曼 艾克拜尔 热西提 艾尼瓦尔 居马 依沙克 吾拉音 阿塔吾拉 托合提 "
         "排尔哈提 阿布力孜 尼亚孜 吐拉克 牙合甫 阿吉").split()
_UY_F = ("古丽 阿依古丽 热依拉 帕提古丽 古丽娜尔 阿依努尔 祖丽胡玛尔 热孜万古丽 米娜瓦尔 努尔古丽 阿瓦古丽 佐热古丽 "
         "迪丽努尔 布佐热 海力其罕 阿米娜 再努尔 玛依努尔 吐尼莎 茹克亚 古再丽努尔 阿孜古丽 美合日班 热娜 萨拉麦提 "
         "阿丽米热 图尔荪古丽 买热木古丽 努尔尼沙 帕丽达").split()
_KZ_M = ("努尔兰 叶尔肯 叶尔兰 巴合提 哈那提 胡安 托合塔尔别克 加纳提 阿斯哈尔 别克 赛力克 达吾列提 叶尔波力 "
         "哈依拉提 阿曼别克 努尔别克 马合沙提 叶尔江 吾拉力 加尔肯 沙肯 阿依丁 库万 木拉提 哈拜 吐尔汗 叶森").split()
_KZ_F = ("加娜尔 古丽米拉 阿依娜 沙吾列 古丽扎达 别克孜 阿依达娜 玛丽娅 巴合提古丽 哈丽娅 阿克里玛 达丽娅 "
         "阿依夏 库兰达").split()
_KG = ("吐尔逊别克 阿克勒别克 托合托逊 阿力甫 克里木 玛依拉 阿依扎达 苏来曼 努尔兰别克").split()
_TJ = ("热娜古丽 阿米尔 巴哈尔古丽 夏木西丁 古丽巴哈尔 阿里甫 买买提托合提").split()
_TIB = ("扎西 多吉 次仁 卓玛 格桑 拉姆 央金 达瓦 洛桑 丹增 尼玛 顿珠 白玛 央宗 旦增 曲珍 平措 索朗 边巴 普布 "
        "德吉 巴桑 其美 桑珠 罗布 强巴 阿旺 贡布 拉巴 米玛 次旦 益西 群培 仁增 措姆 卓嘎 白珍 拉珍 央拉 "
        "仓决 琼达 德庆 加措 多杰 才让 尕藏 更登 久美 拉毛 完玛 桑杰 南杰").split()
_YI_FAM = ("阿苦 吉克 沙马 阿约 马海 曲比 吉木 阿西 俄底 勒格 海来 木乃 的日 瓦扎 苏呷 日火 阿的 吉伍 莫色 "
           "阿尔 吉吉 沙玛 俄木 尔古 阿力").split()
_YI_GIV = ("阿呷 尔布 拉哈 阿依 木呷 石者 伍沙 子哈 拉且 阿牛 依伙 阿果 么么 史色 尔且 阿支 木果 日哈 拉比 "
           "阿英 拉莫 有格 伍合 阿洛").split()
_MONG = ("巴特尔 乌力吉 额尔德尼 其木格 萨仁 斯琴 图门 宝音 乌云 格日勒 那顺 敖其尔 苏和 朝克图 达来 孟和 "
         "吉日嘎拉 阿拉坦 布和 满都拉 呼和 额尔敦 毕力格 巴雅尔 特木尔 哈斯 高娃 其其格 塔娜 萨日娜 乌日娜 "
         "阿荣 朝鲁 图雅 那仁 白音 扎那 格根 敖登 宝力道 吉雅 德力格尔 赛音 巴图 那木吉拉 包力高").split()
_HUI_SUR = "马丁白哈纳海穆者撒沙洪喇买脱回铁米锁拜"
_HUI_JING = ("尔萨 易卜拉欣 穆萨 优素福 阿伊莎 法图麦 哈蒂彻 达吾德 努哈 伊斯玛仪 尔里 乌斯曼 叶海亚 苏莱曼 "
             "麦尔彦 宰乃白 赛丽麦 阿米乃").split()
_KOR_SUR = ("金 李 朴 崔 郑 姜 赵 尹 张 林 韩 吴 申 权 黄 安 宋 全 洪 玄 俞 许 池 车 延 太 千 明 卢 表 方 南 禹 具 "
            "南宫").split()
_KOR_GIV = ("哲洙 英姬 成浩 顺姬 美兰 京花 东哲 光日 春花 英玉 明淑 在勋 贤淑 永男 龙哲 吉淑 日南 哲浩 勇男 "
            "英爱 顺子 贞淑 银姬 惠善 昌浩 成哲 光浩 京淑 秀吉 明哲 泰俊 善玉 玉顺 在范 锡浩 昌洙 英子 凤顺 "
            "龙洙 春日 玉今 京子 万锡").split()
_ZH_SUR = "韦覃黄蓝莫陆农蒙卢岑梁潘廖谭黎凌班"
_ZH_GIV = ("二妹 三妹 金妹 秀妹 美妹 玉妹 春妹 爱妹 桂妹 月娥 金凤 美莲 保华 光明 卜伦 达妹 秀英 桂香 "
           "日新 日光 发生 振南 那凤 金莲").split()
_MIAO_SUR = "龙吴杨石麻熊王张侯滕欧田金"
_MIAO_GIV = ("阿娇 金秀 秀银 银花 正英 春妹 阿妹 老九 老岩 通宝 仕英 光荣 金莲 阿龙 阿香 老四 芝英 "
             "阿里 定国").split()
_DONG_SUR = "吴杨石龙粟欧陆潘"
_DONG_GIV = "银花 美妹 培英 金培 老满 三妹 明珍 秀春 艳妹 通培 老银 家培 金銮 月仙".split()
_BUYI_SUR = "韦罗王岑陆班卢黄伍"
_BUYI_GIV = "老六 春妹 正荣 金花 秀珍 老发 应英 德芬 光龙 老满 德礼 开秀".split()
_TUJIA_SUR = "向田彭覃冉谭舒符龚"
_LI_SUR = "符王吉邢陈黎卓羊"
_LI_GIV = "亚妹 亚光 亚东 亚英 亚花 亚强 阿兰 亚春 亚龙 亚三 亚雄 亚玉 亚保 亚凤 亚和 亚贵".split()
_YAO_SUR = "盘赵邓冯黄李庞沈"
_YAO_GIV = "金贵 桂妹 妹三 进财 财富 玉凤 福先 贵林 法旺 三妹 桂珍 二妹 法进 贵才 妹二 金养".split()
_JP_SUR = ("排 勒排 木然 岳 石 何 雷 孔 祁 金 董 排早").split()
_JP_GIV = "早扎 麻锐 腊都 堵途 麻都 腊诺 早木 扎途 锐干 诺南 干堵 糯扎 麻诺 腊锐".split()
_WA = ("岩嘎 岩块 岩板 岩聪 岩扫 岩坎 岩腊 岩所 岩布 岩惹 岩翁 岩保 岩发 岩帕 叶娜 叶妞 叶嘎 叶块 叶坎 叶腊 "
       "叶所 叶冷 叶惹 叶帕 岩茸 叶茸").split()
_WA_SUR = "赵李陈田肖魏鲍"
_DAI = ("岩温 岩罕 岩香 岩应 岩光 岩叫 玉罕 玉香 玉叫 玉应 玉南 玉坎 玉波 玉喃 玉腊 岩温扁 玉儿罕 "
        "玉喃香 岩罕嫩 玉香叫 岩应龙").split()
_NAXI_SUR = "和木"
_BAI_SUR = "段杨赵李张尹"
_MANCHU_SUR = "关佟那索富恩德赫舒肇"
_QIANG_SUR = "余王杨何龙陈韩高"
_ETHNONYMS = ("维吾尔族 哈萨克族 藏族 彝族 蒙古族 回族 朝鲜族 壮族 苗族 侗族 布依族 土家族 黎族 瑶族 景颇族 "
              "佤族 羌族 傣族 纳西族 白族 满族 柯尔克孜族 塔吉克族").split()
_MIN_PLACES = ("喀什 伊犁 阿勒泰 昌吉 阿克苏 和田 巴音郭楞 塔城 凉山 黔东南 黔南 德宏 沧源 西盟 孟连 延边 龙井 "
               "和龙 玉树 甘孜 果洛 阿坝 锡林郭勒 通辽 百色 河池 凯里 都匀 恩施 湘西 保亭 五指山 金平 汶川 "
               "茂县 临夏 同心 海原 西双版纳 大理 丽江 宽甸 长阳 秀山 乐东 白沙 琼中 富蕴 察布查尔").split()
_MIN_COUNTIES = ("喀什市 伊宁县 阿勒泰市 昌吉市 阿克苏市 和田县 塔城市 昭觉县 布拖县 凯里市 都匀市 芒市 沧源佤族自治县 "
                 "西盟佤族自治县 孟连县 延吉市 龙井市 和龙市 玉树市 甘孜县 玛沁县 汶川县 茂县 锡林浩特市 百色市 恩施市 "
                 "吉首市 保亭县 五指山市 金平县 临夏市 同心县 海原县 景洪市 大理市 长阳县 秀山县 乐东县 白沙县 琼中县 "
                 "富蕴县 察布查尔县 尼勒克县 巴楚县 疏附县 墨玉县 若羌县 德钦县 泸水市 兰坪县 雷山县 从江县 榕江县 "
                 "三江县 融水县 龙胜县 环江县 都安县 马山县 隆林县 那坡县 望谟县 册亨县").split()
_MIN_VILL = ("阿热勒村 托万克村 巴格其村 吐格曼贝希村 喀拉苏村 阿克塔什村 萨依巴格村 博斯坦村 英吾斯坦村 曲水村 "
             "达孜村 瓦吉木村 阿布洛哈村 那良村 那坡屯 板烈屯 郎德村 西江村 肇兴寨 巴彦嘎查 乌兰嘎查 哈日嘎查 "
             "明东村 智新村 勐宋村 班老村 永和村 岩帅村 龙坪村 马鞍山村").split()

# ---------------------------------------------------------------------------------------------
# Romanisations
# ---------------------------------------------------------------------------------------------
_PY_SUR = (("Wang", 71), ("Li", 70), ("Zhang", 67), ("Liu", 54), ("Chen", 45), ("Yang", 31),
           ("Huang", 22), ("Zhao", 20), ("Wu", 20), ("Zhou", 19), ("Xu", 15), ("Sun", 15), ("Ma", 14),
           ("Zhu", 13), ("Hu", 13), ("Guo", 12), ("He", 12), ("Gao", 11), ("Lin", 11), ("Luo", 9),
           ("Zheng", 9), ("Liang", 9), ("Xie", 8), ("Song", 8), ("Tang", 7), ("Han", 7), ("Feng", 7),
           ("Deng", 7), ("Cao", 7), ("Peng", 6), ("Zeng", 6), ("Xiao", 6), ("Tian", 6), ("Dong", 5),
           ("Yuan", 5), ("Pan", 5), ("Yu", 5), ("Jiang", 5), ("Cai", 5), ("Du", 5), ("Ye", 4),
           ("Cheng", 4), ("Su", 4), ("Wei", 4), ("Lü", 2), ("Lyu", 1), ("Lv", 1), ("Ding", 4), ("Ren", 4),
           ("Shen", 4), ("Yao", 4), ("Lu", 4), ("Cui", 3), ("Zhong", 3), ("Tan", 3), ("Fan", 3),
           ("Jin", 3), ("Shi", 3), ("Liao", 3), ("Jia", 3), ("Xia", 3), ("Fang", 3), ("Bai", 3),
           ("Zou", 3), ("Meng", 3), ("Xiong", 3), ("Qin", 3), ("Qiu", 3), ("Xue", 2), ("Lei", 2),
           ("Hou", 2), ("Long", 2), ("Tao", 2), ("Gu", 2), ("Hao", 2), ("Gong", 2), ("Shao", 2),
           ("Wan", 2), ("Qian", 2), ("Yan", 2), ("Dai", 2), ("Mo", 2), ("Kong", 2), ("Xiang", 2),
           ("Ouyang", 1), ("Sima", 1), ("Zhuge", 1), ("Shangguan", 1), ("Situ", 1))
_PY_SYL = ("jian guo hua ming hong li fang xiu ying wei jun yong lan mei gui zhi qiang hai tao yan xin yu "
           "hao yi ling jing chun qiu dong ping feng bin lei na juan xia shu zhen rong de fu cai sheng gen "
           "zhu bao xiang zi han xuan rui kai chen lu yue zhe peng kun qing song wen wu xue yun zhong an bo "
           "cheng dan fei gang hui jie lin liang min nan ning pei qi shan ting xi xiao yang yao ye zheng "
           "ai en ou").split()
_HK_SUR = ("Chan Wong Lee Cheung Lau Ho Ng Leung Tsang Yip Lam Tang Chow Kwok Fung Lui Mak Tse So Yeung "
           "Chu Lo Siu Poon Tam Choi Kwan Au Man Hui Yuen Chung Szeto Au-Yeung").split()
_HK_GIV = ("Tai Man|Ka Wai|Siu Ming|Wing Yan|Chi Keung|Mei Ling|Kwok Wah|Hoi Yee|Ka Ho|Wai Kin|Pui Shan|"
           "Ka Yan|Chun Kit|Man Yee|Sze Wing|Ho Yin|Kin Wah|Yuk Lan|Siu Fong|Wing Hong|Hiu Tung|Tsz Ching|"
           "Lok Yi|Kwan Ho|Shuk Fan|Yiu Cheong").split("|")
_MO_SUR = "Leong Chan Wong Lei Ho Ieong Lao Cheang Sou Choi Vong Un Kuan Lou Chao Ip Kou Sio Iao U".split()
_MO_GIV = ("Kuok Keong|Iat Man|Sio Chan|Kam Fai|Wai Kin|Ka Ian|Sok Ieng|Chi Hou|Weng Si|Man Ieng|Io Kuan|"
           "Hou Ian|Kin Hong|Mei Kuan").split("|")
_TW_SUR = ("Chang Lin Huang Chen Wang Li Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Hung Chiu Tseng Chou Chiang "
           "Shih Lu Kao Lai Chien Su Yeh Tu Fang").split()
_TW_GIV = ("Chih-ming Mei-hui Shu-fen Chun-hung Ya-ting Chia-hao Yi-chen Hsiao-wei Tsung-han Wen-chieh "
           "Pei-shan Ming-hsun Chien-hung Ya-wen Shu-hui Chia-ying Yu-ting Cheng-en Po-wei I-hsuan Hsin-yi "
           "Chun-chieh Li-hua Kuo-liang").split()
_SG_SUR = "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Seah Foo Quek Heng Neo".split()
_SG_GIV = ("Ah Kow|Boon Huat|Siew Ling|Kok Wah|Hui Min|Wei Liang|Mei Ling|Chee Keong|Soo Hoon|Geok Lan|"
           "Beng Hock|Ah Huat|Swee Lan|Kim Seng|Poh Choo|Eng Hock|Siew Hwa|Teck Soon|Bee Leng|Choon Kiat").split("|")
_EN_GIV = ("Kevin Mary Peter David Jason Tony Alice Helen Michael Vivian Eric Cindy Frank Jenny Steven Lily "
           "Sam Winnie Alan Ivy Kelvin Queenie Ricky Sandy Terry Wendy Ben Carmen Dennis Fiona Gary Joyce "
           "Ken Louis Natalie Patrick Rachel Simon Tiffany Vincent Agnes Derek").split()

# ---------------------------------------------------------------------------------------------
# Shared look-alike pools
# ---------------------------------------------------------------------------------------------
_VILLAGE_SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭田董潘蒋蔡杜程魏丁沈姚卢崔钟陆范石夏方白孟秦江段雷侯龙史毛郝邵严武孔常牛葛齐乔庞鲁岳翟耿关柳祝包尚梅单季霍苗曲骆靳管柴蒙鲍祁房滕时穆卓古车项娄窦岑景宫卫米柏桂佟边师仇商沙寇桑甄"
_VILLAGE_TAIL = ("家村 家庄 庄 家湾 家营 家坝 集 家寨 家岭 家坪 家桥 屯 家堡 家沟 店 楼 家洼 家埠 家嘴 营子 家台 "
                 "家垸 家冲 家坳 家畈 家铺 家河 圩").split()
_ROADS = ("解放路 黄河路 金沙路 向阳路 文化路 建设路 胜利街 和平路 红旗路 人民路 幸福路 长江路 朝阳街 光明路 "
          "振兴大道 友谊路 团结街 新华路 丰收路 曹家巷 马家巷 石桥路 杨柳路 钟楼街").split()
_TOWNS = ("城关镇 石桥镇 高桥乡 马坊乡 黄土岭乡 柳林镇 杨柳镇 白沙镇 金山乡 龙泉镇 江口镇 何庄镇 孙集乡 关庙镇 "
          "丁集镇 潘集镇 罗山县 周口市 毛坝乡 宋埠镇 梅川镇 温泉镇 田坝乡 陈埭镇 曹庄镇 汤池镇 方城县 岳西县 "
          "邓州市 钟祥市 石泉县 甘棠镇 费县 单县 冠县 曲阳县 武陟县 安乡县 韩城市 祁门县 霍邱县 桐柏县").split()
_COUNTY_ABBR = "肥颍涡泗沭郯濉临蒙泸叙黔凯费单冠霍岳祁"
_PROV = "皖苏浙鲁豫湘鄂川贵云桂新冀晋陕甘赣闽"
_EN_WORDS = ("Grace period|Bill No.|Mark-up|Long-term|Young Farmers' Club|Sunrise Road|Rose Garden|Man-day|"
             "fan heater|Will-call|Song Festival|Golden Week|Jade Rabbit Hall|Dragon Boat Festival|"
             "Lucky Star Mall|Spring Festival").split("|")
_EN_PLACE_FIXED = ("Huzhou Zhangjiakou Lijiang Xuzhou Yangzhou Huangshan Jinhua Liuzhou Changsha Kowloon Macao "
                   "Taipei Kaohsiung Singapore Penang Tianjin Songjiang Hefei Yancheng Kashgar Shihezi").split()
_EN_PLACE_MULTI = ("Hong Kong|Johor Bahru|Shiqiao Town|Gaoqiao Township|Mafang Township|Huangtuling|"
                   "Liulin Town|Jinshan Township|Longquan Town|Baisha Town|Jiangkou Town|Wangfujing Street|"
                   "Yellow River Road|Yangtze Dyke").split("|")
_EN_VILL_SUR = "Li Wang Zhang Liu Chen Huang Zhao Zhou Wu Ma Gao Lin He Guo Luo Song Han Feng Tian Shi".split()
_EN_TITLES = ("Mr {s}|Ms {s}|Mrs. {s}|Mr. {s}|Officer {s}|Director {s}|Dr {s}|technician {s}|Manager {s}|"
              "Teacher {s}|Chief {s}").split("|")
_EN_CUES = set(("applicant name pilot farmer grower borrower guarantor reporter complainant caller guardian "
                "contact owner landlord client performer recipient rider driver broadcaster mr ms mrs dr mr. "
                "ms. mrs. dr. volunteers pickers donors donor spouse son daughter wife husband objector "
                "witness beneficiary beneficiaries pickers: actor picker submitter mother father resident grandfather "
                "grandmother student").split())

# ---------------------------------------------------------------------------------------------
# The twelve domains
# ---------------------------------------------------------------------------------------------
_D: dict[str, dict] = {}

_D["drone_registration"] = dict(
    roles="登记人 飞手 所有人 报备人 操作人 驾驶员 机主".split(),
    words=dict(
        part="云台 马达 方向舵 左摇杆 雷达模块 云台相机 高清图传 毛重 金属桨 石墨烯电池".split(),
        zone="黄色限飞区 管制空域 林区上空 江面上空 高铁沿线 高压线走廊 景区上空 城关机场净空区".split(),
        use="农田植保 林业植保 桑园植保 管道巡检 江堤巡查 温室巡检 宣传片航拍 房屋测绘".split(),
        act="飞行申报 严禁黑飞 强制返航 安全员值守 高度限制120米 关闭避障 申请空域 申报飞行计划".split(),
    ),
    brand="大疆 极飞 道通 亿航 大疆御3 精灵4".split(),
    firm="{s}记航拍 {s}氏植保队 {s}家飞防服务部 {s}记无人机店".split(),
    titles="所长 队长 教员 警官 指导员".split(),
    code="uas",
    fields=[("登记人", "{N}"), ("所有人", "{N}"), ("飞手", "{N}"), ("机型", "{B}"), ("用途", "{d:use}"),
            ("登记号", "{C}"), ("飞行区域", "{P}{d:zone}"), ("电话", "{tel}"), ("备注", "{d:act}"),
            ("检查项", "{d:part}"), ("经办", "{S}"), ("日期", "{T}")],
    prose=["{N}在{P}附近{d:use}时未做{d:act}，已劝返",
           "{T}接群众反映{P}上空有无人机盘旋，经查系{N}试飞新买的{B}，属{d:zone}，当场劝返并登记",
           "飞手{N}（{age}）持{C}，{B}一台，{d:part}有裂纹，建议停飞检修",
           "{N}与{N}合伙做{d:use}，两台{B}均已实名登记，{d:act}已讲清楚",
           "登记人{N}，电话{tel}，{d:use}用途，{d:part}编号已核对",
           "经{S}核实，{N}报备的{d:zone}航线与实际不符，退回重报",
           "{N}的{B}{d:part}失灵炸机，落在{P}，砸坏{N}家大棚，双方自行协商",
           "{P}的{N}替儿子{G}办理登记，本人未到场，需补{d:act}",
           "{N}{tel}，{d:use}，{L}皮卡运机",
           "{N}说不知道{d:zone}不能飞，已做{d:act}教育",
           "{N}和{N}、{N}三人组队接{d:use}的活，{F}名义接单"],
    plain=["{T}在{X}{d:zone}巡查，未发现黑飞", "{S}带队宣传{d:act}，发放资料{num}份",
           "{F}{num}架{B}集中检查，{d:part}均正常", "{P}一带{d:use}作业较多，提醒机主注意{d:zone}",
           "{d:act}与{d:zone}要求已张贴在{R}公告栏"],
    log=["{N}来所补办实名登记，{B}一台", "{P}发现黑飞，操作人{N}，已劝返", "电话提醒{N}做好{d:act}",
         "{N}、{N}两人在{d:zone}试飞，口头警告", "{S}回访{N}，{d:part}已换新", "{N}取回暂扣的{B}"],
    cell=["{N}/{B}/{C}/{d:use}", "{N} {tel} {P} {d:zone}", "{N}{d:part}故障", "{N}|{L}|{d:act}"],
    item=["{N}（{P}）", "{N}{age}", "{N}-{B}", "{N}"],
    head=["本周黑飞劝返：", "已完成实名登记：", "未报备飞行人员：", "植保飞手："],
    nitem=["{N}（{B}）", "{N}（{d:use}）", "{N}，{C}"],
    notice=["关于{X}第{num}批民用无人机实名登记情况的公示\n经审核，{NL}等已完成实名登记。请各机主遵守{d:act}和{d:zone}规定。"
            "公示期{num}天，如有异议请联系{X}公安局治安大队，联系人：{O}，电话：{office}。\n{T}",
            "黑飞劝返情况通报（{H}）：{T}在{P}{d:zone}劝返{NL}。{d:act}。值班民警：{O}"],
    en=["Pilot {N} registered a {EB} drone (reg. {EC}) for crop spraying in {EP}; {e} replaced.",
        "{N} and {N} were stopped flying near {EP} without a flight plan; {EW} reminder given.",
        "Owner: {N} | Tel: {tel} | Model: {EB} | Note: {e} check OK",
        "{ET}: {N} called to ask about the height limit; referred to {ES}."],
    en_words=["Li-ion battery", "Long-range transmission", "fan-cooled motor", "Sun-glare filter"],
    en_firm=["{p}ji Aerial Photo", "{p}'s Crop Spraying Team"],
)

_D["silkworm_farming"] = dict(
    roles="养蚕户 蚕农 领种人 领种户 交售人 户主 共育员".split(),
    words=dict(
        variety="菁松×皓月 秋丰×白玉 苏菊×明虎 两广二号 桂蚕5号 华康3号 金秋×初日".split(),
        disease="白僵病 黄僵病 桑蟥危害 桑螟 曲霉病 黑胸败血病".split(),
        item="方格蔟 石灰粉 蚕沙 漂白粉 温湿度计 叶面消毒液".split(),
        site="桑园 桑苗基地 桑地 鲜茧收购点 小蚕共育室（桑园旁）".split(),
        grade="上车茧 双宫茧 黄斑茧 柴印茧 薄皮茧 单茧重".split(),
    ),
    brand="嘉蚕 丰桑 广蚕".split(),
    firm="{s}记茧行 {s}氏蚕种场 {s}家桑苗基地 {s}记丝厂".split(),
    titles="站长 技术员 场长 会计 辅导员".split(),
    code="silk",
    fields=[("领种户", "{N}"), ("养蚕户", "{N}"), ("交售人", "{N}"), ("品种", "{d:variety}"), ("张数", "{num}张"),
            ("交售", "{num}公斤{d:grade}"), ("金额", "{A}"), ("问题", "{d:disease}"), ("地点", "{P}"),
            ("技术员", "{S}"), ("物资", "{d:item}")],
    prose=["{N}家{d:site}今年扩了{num}亩，春蚕领{d:variety}{num}张",
           "{T}{P}{N}反映{d:disease}，{S}上门看过，建议撒{d:item}",
           "{N}、{N}两户交售{d:grade}较多，按等级扣价，{N}有意见，已解释",
           "{N}的蚕种由其儿媳{N}代领，{d:variety}{num}张",
           "{P}养蚕户{N}（{age}），{d:site}受{d:disease}影响减产，申请补助",
           "{N}{tel}，预约{d:item}{num}包",
           "共育员{N}说{d:site}温度偏低，{d:item}已补发",
           "{N}和老伴{N}两个人养了{num}张，茧子卖给{F}",
           "{N}（小名{K}）家{d:site}挨着{P}，{d:disease}传得快",
           "{X}{N}今年头一回养蚕，{d:variety}，{S}包户指导"],
    plain=["{T}{X}{d:site}巡查，{d:disease}零星发生", "{F}收{d:grade}，均价{A}/公斤",
           "{S}发放{d:item}{num}包，{d:variety}品种", "{P}{d:site}{num}亩，{d:disease}防治到位"],
    log=["{N}领{d:variety}{num}张", "{N}报{d:disease}，已发{d:item}", "{N}交售鲜茧{num}公斤，{d:grade}{num}公斤",
         "{S}到{P}指导上蔟，{N}、{N}家已备好{d:item}", "{N}退回{d:variety}{num}张"],
    cell=["{N}|{P}|{d:variety}|{num}张|{A}", "{N} {num}张 {d:grade}", "{N}/{tel}/{d:site}{num}亩",
          "{N}、{N}（{d:disease}）"],
    item=["{N}{num}张", "{N}（{d:variety}）", "{N} {A}", "{N}"],
    head=["春蚕领种户：", "本批交售：", "病蚕户：", "共育户："],
    nitem=["{N}（{num}张）", "{N}（{d:variety}{num}张）", "{N}，{d:variety}{num}张"],
    notice=["{P}{T}春蚕蚕种发放公示：{NL}。以上发放的{d:variety}蚕种由{F}供种，补助标准{A}/张。"
            "审核人：{O}；村委会主任：{O}。",
            "{X}{d:site}建设补助公示（{H}）\n{NL}\n公示期五天。联系人：{O}　{office}"],
    en=["Farmer {N} of {EP} collected {num} sheets of silkworm eggs ({e}); {EW} noted.",
        "{N}, {N} and {N} sold cocoons to {EF}; price {EA}.",
        "Contact {N} ({tel}) re {e}; technician visit by {ES}.",
        "{ET} {N}: mulberry field {num} mu, {e}."],
    en_words=["Young silkworms", "Sun-dried cocoons", "Qiufeng x Baiyu", "Suju x Minghu", "Bai jiang disease"],
    en_firm=["{p}ji Cocoon Station", "{p}'s Silkworm Egg Farm"],
)

_D["cotton_purchase"] = dict(
    roles="交售人 售棉人 棉农 拾花工 户主 承包人 司机 工人".split(),
    words=dict(
        variety="新陆早57号 鲁棉研28号 冀棉958 金垦1643 新陆中88号".split(),
        grade="白棉三级 淡黄染棉 黄染棉 长度级28 马克隆值B2 马克隆A级".split(),
        check="衣分率 回潮率 皮重 毛重 公证检验 强力".split(),
        kind="陆地棉 海岛棉 长绒棉 机采籽棉（陆地棉）".split(),
    ),
    brand="天鹅 银鹤 金天".split(),
    firm="{s}记轧花厂 {s}氏棉业 {s}家棉花收购站 {s}记棉花加工厂".split(),
    titles="厂长 会计 老板 质检员 站长".split(),
    code="cotton",
    fields=[("交售人", "{N}"), ("拾花工", "{N}"), ("户主", "{N}"), ("品种", "{d:variety}"), ("重量", "{num}公斤"),
            ("检验", "{d:check}{pct}%"), ("等级", "{d:grade}"), ("货款", "{A}"), ("车牌", "{L}"),
            ("收购点", "{F}"), ("棉包号", "{C}")],
    prose=["{N}交售{d:kind}{num}公斤，{d:check}偏高，扣重{num}公斤，本人认可",
           "{T}{N}带拾花工{N}、{N}等{num}人到{P}拾花，工钱按{A}/公斤结算",
           "{F}检验{N}的籽棉为{d:grade}，{N}不服，要求{d:check}复检",
           "{N}{age}，{P}人，拾花工，手机{tel}，工钱已结清",
           "货车{L}拉棉{num}吨，司机{N}，{d:check}超标被拒收",
           "{N}与承包人{N}因{d:check}结算起纠纷，{S}调解",
           "{N}家{num}亩{d:variety}，今年{d:grade}为主",
           "{X}{N}、{N}夫妻俩{num}亩{d:kind}全部交{F}"],
    plain=["{F}当日收购{d:kind}{num}吨，{d:grade}占比{pct}%", "{S}抽检{d:check}，{d:variety}样品{num}份",
           "{X}{F}暂停收购，{d:check}仪器校准", "{d:grade}与{d:grade}分垛，{d:check}另记"],
    log=["{N}交售{num}公斤，{d:grade}", "{N}投诉{d:check}不准", "拾花工{N}、{N}返乡", "{S}复检{N}棉样，{d:check}合格",
         "{N}预约{L}拉棉"],
    cell=["{N}|{d:variety}|{num}kg|{d:grade}|{A}", "{N} {L} {num}吨", "{N}、{N}（拾花）", "{N}/{d:check}{pct}%"],
    item=["{N}{num}公斤", "{N}（{P}）", "{N}{tel}", "{N}"],
    head=["今日交售：", "拾花工名单：", "复检户：", "欠款户："],
    nitem=["{N} {num}公斤 {d:grade}", "{N}（{num}亩）", "{N}，{d:kind}{num}公斤"],
    notice=["{X}棉花目标价格补贴交售量公示（第{num}批）\n{NL}\n如对交售量有异议，请于{T}前反映。经办人：{O}　监督电话：{office}",
            "{F}{T}籽棉收购价格及交售户公告：{d:grade}{A}/公斤。交售户{NL}。质检：{O}"],
    en=["Grower {N} delivered {num} kg of {e} to {EF}; moisture too high.",
        "Pickers {N}, {N} and {N} from {EP} paid {EA}.",
        "{N} disputes grading ({e}); {ES} to re-test.",
        "Truck {L}, driver {N}, {num} t seed cotton, {EW}."],
    en_words=["Long-staple cotton", "Lumianyan 28", "Xinluzao 57", "Jinken 1643"],
    en_firm=["{p}ji Ginnery", "{p}'s Cotton Purchase Station"],
)

_D["rural_broadcast"] = dict(
    roles="广播员 管理员 维护员 来电人 反映人 村民 户主 网格员".split(),
    words=dict(
        dev="高音喇叭 应急广播终端 包箍 云广播平台 信号接收机 太阳能板 钟控定时器".split(),
        prog="温馨提示 雷电预警 乡风文明 宣传口径 应急通知 曲目单 国家应急广播".split(),
        fault="信号中断 高音破音 雷击损坏 包箍松动 时段错乱".split(),
    ),
    brand="迪士普 华数 海康 雷登".split(),
    firm="{s}记电器维修部 {s}氏音响店 {s}家五金店".split(),
    titles="站长 师傅 主任 书记".split(),
    code="bc",
    fields=[("广播员", "{N}"), ("来电人", "{N}"), ("维护员", "{N}"), ("点位", "{P}"), ("设备", "{d:dev}"),
            ("故障", "{d:fault}"), ("播出", "{d:prog}"), ("维修", "{S}"), ("编号", "{C}"), ("时间", "{T}")],
    prose=["{P}{d:dev}{d:fault}，广播员{N}报修，{S}次日去换",
           "{N}反映{d:dev}离家太近太吵，要求调整时段",
           "{T}播出{d:prog}，{N}录音，{N}审稿",
           "{N}和{N}负责{P}、{P}两个点的{d:dev}日常巡查",
           "广播员由{N}换成{N}，原因是{N}外出打工",
           "{N}{age}，独居，听不清{d:dev}，已安排网格员{N}上门通知",
           "{N}家屋后的{d:dev}被风刮歪，{d:fault}",
           "{X}{N}自费买了{B}小喇叭转播{d:prog}"],
    plain=["{X}{num}个点位{d:dev}巡检完毕，{d:fault}{num}处", "{T}{d:prog}试播正常",
           "{F}更换{d:dev}{num}套，{A}", "{B}{d:dev}{C}{d:fault}"],
    log=["{N}报{d:fault}", "{S}更换{d:dev}", "{N}提出{d:prog}内容太长", "{N}、{N}参加广播员培训",
         "{N}代播{d:prog}"],
    cell=["{P}|{d:dev}|{d:fault}|{N}", "{N} {tel} {P}", "{N}/{d:prog}/{T}", "{N}（{d:dev}）"],
    item=["{N}（{P}）", "{N}{tel}", "{N}"],
    head=["广播员名单：", "本月报修：", "培训人员："],
    nitem=["{N}（{P}）", "{N}（{d:dev}）", "{N}，{age}"],
    notice=["应急广播员拟聘人员公示\n根据村“两委”推荐，拟聘{NL}为{P}应急广播员，负责{d:dev}日常管护。"
            "公示期：{T}至{T}。联系人：{O}",
            "{X}“村村响”{d:dev}维护补助发放公告（{H}）：{NL}。审核人：{O}，{office}"],
    en=["Broadcaster {N} ({EP}) reported {e} failure; replaced by {ES}.",
        "{N} complained that the speaker starts too early; {N} agreed to adjust, see {EW}.",
        "Caller {N}, tel {tel}: no signal since {ET}.",
        "{N} and {N} trained on the {e}."],
    en_words=["Long-throw horn speaker", "Yun broadcast platform", "Song & opera slot", "Wenming bulletin"],
    en_firm=["{p}ji Electrical Repair", "{p}'s Audio Shop"],
)

_D["tower_siting"] = dict(
    roles="业主 房东 投诉人 反映人 出租人 村民 联系人 户主".split(),
    words=dict(
        tower="单管塔 景观塔 楼面抱杆 房顶抱杆 路灯杆站 三管塔（景观型）".split(),
        issue="信号盲区 辐射安全担忧 高层遮挡 信号弱覆盖 安全距离".split(),
        equip="高压引电 房屋承重 楼顶防水层 钢构基础（柏油路旁）".split(),
        site="楼顶 房顶 山顶 田边 林地".split(),
    ),
    brand="中国铁塔 中国移动 中国联通 中国电信 华为 中兴".split(),
    firm="{s}记通信工程队 {s}氏五金店 {s}家劳务队".split(),
    titles="经理 工 主任 站长".split(),
    code="tower",
    fields=[("业主", "{N}"), ("投诉人", "{N}"), ("出租人", "{N}"), ("站址", "{P}{d:site}"), ("塔型", "{d:tower}"),
            ("问题", "{d:issue}"), ("租金", "{A}/年"), ("编码", "{C}"), ("协调人", "{S}"), ("运营商", "{B}")],
    prose=["{P}拟建{d:tower}，{N}、{N}两户担心{d:issue}，不同意",
           "{N}家{d:site}出租给{B}，租期{num}年，年租{A}",
           "{T}{N}来电投诉{d:issue}，家里手机没信号，{S}已派单",
           "{N}{tel}，同意在自家{d:site}建{d:tower}，要求{d:equip}由施工方负责",
           "{N}的母亲{N}（{age}）坚持不让进场，{S}做工作未果",
           "村民{N}提出{d:tower}离学校太近，已出具辐射检测报告",
           "{N}与{N}为{d:site}租金分配吵架，暂缓施工",
           "{P}{N}愿意让出{d:site}，条件是{d:equip}"],
    plain=["{T}{X}{d:tower}选址复勘，{d:issue}待解决", "{B}{d:tower}开通，{d:equip}完成",
           "{S}协调{P}{d:site}，业主同意", "{C}站{d:issue}，{B}加装{d:tower}"],
    log=["{N}投诉{d:issue}", "{S}上门与{N}沟通", "{N}签订租赁协议，{A}", "{P}{d:tower}基础开挖，{N}到场",
         "{N}、{N}联名反对"],
    cell=["{C}|{P}|{d:tower}|{N}|{A}", "{N} {tel} {d:issue}", "{N}/{d:site}/{B}", "{N}、{N}"],
    item=["{N}（{d:issue}）", "{N}{tel}", "{N}"],
    head=["反对户：", "签约业主：", "本周投诉："],
    nitem=["{N}", "{N}（{d:site}）", "{N}（{d:issue}）"],
    notice=["关于{B}在{P}建设{d:tower}的公示\n拟建站址位于{P}{d:site}，业主{N}已签订租赁协议。公示期内收到{NL}的异议（{d:issue}），"
            "已出具检测报告。联系人：{O}，{office}",
            "{X}通信基础设施站址规划公告（{H}）：{C}号站址{d:site}，出租人{NL}。审核：{O}"],
    en=["Landlord {N} agreed to host a {e} on the rooftop in {EP}; rent {EA} per year.",
        "Complaint from {N} ({tel}): coverage poor near {EW}; ticket to {EB}.",
        "{N} and {N} object to the {e}; {ES} to mediate.",
        "Site {EC}: owner {N}, {EP}."],
    en_words=["Huawei AAU", "Long-span monopole", "Fang-style landscape tower"],
    en_firm=["{p}ji Telecom Works", "{p}'s Hardware Store"],
)

_D["print_shop"] = dict(
    roles="承印人 委印人 委托人 经营者 店主 负责人 送印人 取件人 店员".split(),
    words=dict(
        kind="包装装潢印刷 文印 宣传册 单据联 海报 骑马钉画册".split(),
        font="宋体 黑体 方正小标宋 华文行楷 仿宋（方正）".split(),
        check="承印验证 印刷经营许可证 印刷品登记 印章刻制备案 五项制度（承印验证）".split(),
    ),
    brand="施乐 富士施乐 夏普 柯尼卡美能达 理光 海德堡 佳能".split(),
    firm="{s}记图文 {s}氏复印店 {s}家印务 {s}记打字社 {s}氏广告".split(),
    titles="老板 师傅 经理 科长".split(),
    code="print",
    fields=[("承印人", "{N}"), ("委印人", "{N}"), ("取件人", "{N}"), ("品名", "{d:kind}"), ("数量", "{num}份"),
            ("字体", "{d:font}"), ("设备", "{B}"), ("核验", "{d:check}"), ("许可证", "{C}"), ("店名", "{F}")],
    prose=["{N}委托{F}印{d:kind}{num}份，未出示单位证明，{d:check}未通过，退件",
           "{T}检查{F}，店主{N}不在，由店员{N}陪同，{B}复印机{num}台",
           "{N}来印寻人启事（找其弟{N}），内容无违规，已登记",
           "{N}{tel}，{d:kind}，{d:font}排版，样张留存",
           "{N}和{N}合伙开店，{d:check}尚未办理，责令补办",
           "{P}{N}印了{num}份{d:kind}，无{d:check}",
           "经{S}核实，{N}所印{d:kind}与登记不符",
           "{X}{N}的{F}换了{B}，{d:check}已更新"],
    plain=["{T}{X}文印店检查{num}家，{d:check}{num}家未办", "{F}{B}设备登记，{d:kind}业务",
           "{S}讲解{d:check}，{d:font}", "{C}{d:check}到期，{F}"],
    log=["{N}送印{d:kind}{num}份", "{S}抽查{F}，{N}在店", "{N}补办{d:check}", "{N}、{N}来取件",
         "{N}投诉{F}少印"],
    cell=["{N}|{d:kind}|{num}份|{d:check}", "{F} {N} {tel}", "{N}/{C}", "{N}、{N}（{d:kind}）"],
    item=["{N}（{d:kind}）", "{N}{num}份", "{N}"],
    head=["委印登记：", "未办许可：", "本周送印："],
    nitem=["{N}（个体）", "{N}（{d:kind}）", "{N}，{d:kind}"],
    notice=["{X}印刷经营许可申请受理公示\n申请人：{NL}\n以上申请人拟开办{d:kind}业务，{d:check}材料已齐。受理人：{O}",
            "{H}：{X}{d:check}年度核验结果公告，未通过：{NL}。联系人：{O}，{office}"],
    en=["Client {N} ordered {num} posters at {EF}; {e} not shown.",
        "{N}'s shop uses a {EB} copier; owner {N} signed.",
        "Checked on {ET}: {N}, {N} ({tel}).",
        "{N} printed leaflets in {e}; see {EW}."],
    en_words=["Song typeface", "Fangzheng Xiaobiaosong font", "Bao zhuang packaging print"],
    en_firm=["{p}ji Print & Copy", "{p}'s Graphics"],
)

_D["clan_genealogy"] = dict(
    roles="族人 修谱人 捐资人 登记人 谱主 房长 理事 联系人 户主".split(),
    words=dict(
        hall="江夏堂 彭城堂 范阳堂 安定堂 太原堂 弘农堂 渤海堂".split(),
        term="宗亲会 丁口 长房 太公 宗祠 祭田 房支".split(),
        poem="德承世泽光宗耀祖 永怀忠孝传家继先 文明启后守正克昌 国泰民安兴隆盛大".split(),
    ),
    brand=[],
    firm="{s}氏宗祠理事会 {s}氏修谱理事会 {s}家谱局".split(),
    titles="族长 理事长 会长 先生 老先生".split(),
    code="clan",
    fields=[("登记人", "{N}"), ("谱名", "{Q}"), ("堂号", "{d:hall}"), ("字辈", "{d:poem}"), ("捐资", "{A}"),
            ("联系人", "{N}"), ("房支", "{d:term}"), ("修谱人", "{N}")],
    prose=["{N}提交{Q}一套{num}册，{d:hall}，始迁祖自{X}迁来",
           "{Ng}、{Ng}、{Ng}三兄弟同属{d:term}，按{d:poem}排行",
           "{N}之妻{W}，{T}殁，葬{P}",
           "{N}捐资{A}修{d:term}，{N}捐{A}",
           "{N}过继给叔父{N}，谱中注明出嗣",
           "{N}（{age}）为{d:term}最年长者，口述{d:hall}来历",
           "族人{N}反映{Q}把其祖父{N}的名字写错",
           "{P}{Ng}与{Ng}为{d:term}座次争执，{S}调解"],
    plain=["{Q}{num}卷，{d:hall}，{d:poem}", "{T}{d:term}理事会议，{S}主持", "{F}登记{Q}{num}部",
           "{d:hall}{Q}藏{P}"],
    log=["{N}送来{Q}复印件", "{Ng}、{Ng}补录入谱", "{S}核对{d:term}世系，{N}在场", "{N}捐{A}",
         "{N}之母{W}入谱"],
    cell=["{N}|{Q}|{d:hall}|{A}", "{Ng} {Ng} {Ng}", "{N}/{d:term}/{tel}", "{W}（{N}之妻）"],
    item=["{Ng}", "{N}{A}", "{N}（{d:term}）", "{N}"],
    head=["本次续谱新增：", "捐资名单：", "补录人员："],
    nitem=["{N}（提交{Q}）", "{N}", "{N}，{Q}"],
    notice=["{X}档案馆民间族谱征集登记公示：{NL}。以上族谱已登记入库，{d:hall}。联系人：{O}，{office}",
            "{X}地方志办公室关于{Q}续修备案的公告（{H}）：申请人{NL}。审核人：{O}"],
    en=["{N} submitted the {EQ} genealogy ({e}); contact {tel}.",
        "Donors: {N} {EA}, {N} {EA}.",
        "{N} says the name of his grandfather {N} is misspelt in the {EQ} book.",
        "{ET}: {N} and {N} added to the register, {e}."],
    en_words=["Jiangxia Hall", "Pengcheng Hall", "Fanyang Hall", "Anding Hall"],
    en_firm=["{p} Clan Council", "{p}'s Ancestral Hall Board"],
)

_D["opera_troupe"] = dict(
    roles="演员 主演 学员 负责人 鼓师 琴师 领班".split(),
    words=dict(
        genre="黄梅戏 秦腔 吕剧 柳琴戏 曲剧 祁剧 桂剧 汉剧 楚剧 扬剧 高腔 花鼓戏 花灯戏 皮影戏".split(),
        role="武生 花旦 花脸 刀马旦 司鼓 龙套 文武场".split(),
        play="《打金枝》 《白蛇传》 《杨门女将》 《罗汉钱》 《沙家浜》 《龙凤呈祥》 《钓金龟》 《花为媒》 《朝阳沟》".split(),
        item="惠民演出 包场 龙套服 宋锦戏服".split(),
    ),
    brand=[],
    firm="{s}家班 {s}氏剧团 {s}家戏班 {s}记锣鼓班".split(),
    titles="团长 老师 班主 师傅".split(),
    code="opera",
    fields=[("演员", "{N}"), ("主演", "{N}"), ("学员", "{N}"), ("剧种", "{d:genre}"), ("行当", "{d:role}"),
            ("剧目", "{d:play}"), ("场次", "{num}场"), ("报酬", "{A}"), ("剧团", "{F}")],
    prose=["{F}送戏下乡{num}场，演{d:play}，{d:role}由{N}担纲",
           "{N}（{age}）唱{d:genre}四十多年，{d:role}，带徒弟{N}、{N}",
           "{T}在{P}演出，{N}扭伤脚，{d:role}临时换成{N}",
           "{N}{tel}，{d:genre}业余爱好者，报名{d:item}",
           "{N}与{N}为分账闹矛盾，{S}出面调解",
           "{N}（小名{K}）是团里最小的学员，学{d:role}",
           "鼓师{N}、琴师{N}两人兼管{d:item}",
           "{X}{N}一家三代唱{d:genre}，{F}就是他家的"],
    plain=["{T}{X}{d:item}{num}场，剧目{d:play}", "{F}登记{d:genre}演员{num}人",
           "{S}联系{P}戏台，{d:play}", "{d:genre}{d:play}，{d:role}缺人"],
    log=["{N}报名{d:role}", "{F}在{P}演{d:play}，{N}主演", "{N}、{N}请假", "{S}结算{A}",
         "{N}退团"],
    cell=["{N}|{d:role}|{d:genre}|{A}", "{N} {age} {d:role}", "{N}/{N}/{N}", "{N}（{d:play}）"],
    item=["{N}（{d:role}）", "{N}", "{N}{age}"],
    head=["演员名单：", "本场演职人员：", "新学员："],
    nitem=["{N}（{d:role}）", "{N}", "{N}（{d:genre}）"],
    notice=["{T}送戏下乡演出补贴发放公示\n{F}演员：{NL}\n演出剧目{d:play}，场次{num}场。审核：{O}（{X}文化馆）",
            "{X}民间剧团登记公告（{H}）：{d:genre}剧团负责人{NL}。联系人：{O}"],
    en=["Performer {N} ({e}) sang the lead; troupe {EF}.",
        "{N}, {N}: {e} roles, paid {EA} each.",
        "{N} injured on {ET}; replaced by {N}.",
        "Student {N}, {eage}, trains in {e}; see {EW}."],
    en_words=["Huangmei opera", "Qin opera", "Lü opera", "Liuqin opera", "Chu opera", "Han opera"],
    en_firm=["{p}jia Troupe", "{p}'s Opera Company"],
)

_D["microcredit"] = dict(
    roles="借款人 贷款人 担保人 保证人 共同借款人 户主 配偶 脱贫户 监测户".split(),
    words=dict(
        product="富民贷 惠农e贷 金穗惠农卡 信用户贷款 乐业贷".split(),
        term="展期 利率 信用评级 信用户 金融服务站".split(),
        use="马铃薯种植 黄牛养殖 牛羊养殖 桑蚕养殖 花椒种植 香菇种植 柏树苗木".split(),
    ),
    brand="邮储银行 农商行 农行 信用社".split(),
    firm="{s}家养殖场 {s}记小卖部 {s}氏种植合作社".split(),
    titles="行长 主任 经理 客户经理".split(),
    code="loan",
    fields=[("借款人", "{N}"), ("配偶", "{N}"), ("担保人", "{N}"), ("产品", "{d:product}"), ("金额", "{A}"),
            ("用途", "{d:use}"), ("到期", "{T}"), ("银行", "{B}"), ("合同号", "{C}")],
    prose=["{N}于{T}在{B}贷{d:product}{A}，用于{d:use}，已按季贴息",
           "{N}与配偶{N}共同借款，{d:term}申请已报",
           "{T}电话提醒{N}还款，本人外出，由其子{G}代为转达",
           "{N}{tel}，{d:use}亏损，申请{d:term}",
           "{P}{N}（{age}）贷款到期未还，担保人{N}表示愿代还",
           "{N}、{N}、{N}三户{d:use}效益好，已结清",
           "经{S}核实，{N}贷款用途与{d:use}不符，暂停贴息",
           "{X}{N}用{d:product}办了{F}"],
    plain=["{T}{X}{d:product}放款{num}笔，{A}", "{B}下调{d:term}，{S}通知到户",
           "{F}{d:use}规模扩大，资金{A}", "{d:product}{d:term}，{C}"],
    log=["提醒{N}还款", "{N}还本{A}", "{N}申请{d:term}", "{S}走访{N}、{N}", "{N}结清{d:product}"],
    cell=["{N}|{A}|{d:use}|{T}", "{N} {tel} {B}", "{N}/{d:product}/{A}", "{N}、{N}（{d:use}）"],
    item=["{N}{A}", "{N}（{d:use}）", "{N}"],
    head=["本月到期：", "已结清：", "贴息户："],
    nitem=["{N}，{d:product}，贴息{A}", "{N}（{d:use}）", "{N}"],
    notice=["{P}{T}扶贫小额信贷贴息公示\n{NL}\n贴息资金来源：{X}财政。公示期7天。村委会主任：{O}，驻村第一书记：{O}",
            "{X}{d:product}风险补偿金代偿公告（{H}）：借款人{NL}。经办：{O}，{office}"],
    en=["Borrower {N} took a {e} loan of {EA} on {ET}; purpose: cattle.",
        "Reminder sent to {N}; guarantor {N} ({tel}).",
        "{N}, {N}: loan extension requested; {ES} approved.",
        "{N} repaid {EA} at {EB}; {EW}."],
    en_words=["Fumin Dai loan", "Huinong e-Dai", "Jinsui Huinong Card"],
    en_firm=["{p}jia Cattle Farm", "{p}'s Grocery"],
)

_D["sand_mining"] = dict(
    roles="举报人 船主 司机 驾驶人 采砂人 申请人 当事人 业主".split(),
    words=dict(
        site="江心洲 江堤 沙洲 沙场 高滩地".split(),
        mat="黄砂 黄沙 毛石 石料 沙石 江砂".split(),
        act="封江禁采期 方量核定 超范围开采 强制拆除".split(),
    ),
    brand="徐工 柳工 龙工 临工 三一".split(),
    firm="{s}家砂场 {s}记砂石厂 {s}氏码头".split(),
    titles="局长 队长 河长 所长".split(),
    code="sand",
    fields=[("申请人", "{N}"), ("船主", "{N}"), ("举报人", "{N}"), ("地点", "{P}{d:site}"), ("采砂量", "{num}立方"),
            ("设备", "{B}挖机"), ("车辆", "{L}"), ("许可证", "{C}"), ("砂种", "{d:mat}")],
    prose=["{T}夜，{N}举报{P}{d:site}有人偷采{d:mat}，巡查队到场，船主{N}逃离",
           "{N}驾驶{L}运{d:mat}，无来源证明，车辆暂扣",
           "{N}、{N}两人合伙在{d:site}开挖，{d:act}，已立案",
           "船主{N}（{age}）称{d:act}不知情，{S}做笔录",
           "{N}{tel}，申请{d:site}{d:mat}清淤利用，材料不全",
           "{F}{d:act}，负责人{N}被约谈",
           "{N}和其侄{N}用{B}挖掘机夜间作业",
           "{P}{N}家门口堆了{num}方{d:mat}"],
    plain=["{T}{X}{d:site}巡查，{d:act}落实", "{F}{d:mat}堆场{num}处，{d:act}",
           "{S}带队检查{B}挖机{num}台", "{C}{d:site}{d:mat}{num}立方"],
    log=["{N}举报偷采", "{L}运{d:mat}被拦，司机{N}", "{S}约谈{N}", "{N}、{N}补交材料",
         "{N}缴纳罚没款{A}"],
    cell=["{N}|{L}|{d:mat}{num}吨", "{N} {tel} {P}{d:site}", "{C}/{N}", "{N}、{N}（{d:act}）"],
    item=["{N}（{L}）", "{N}", "{N}{tel}"],
    head=["涉案人员：", "本周举报：", "约谈名单："],
    nitem=["{N}（奖励{A}）", "{N}", "{N}（{d:mat}）"],
    notice=["河道采砂违法行为举报奖励公示\n根据{H}，对举报人{NL}予以奖励。举报查实{d:site}盗采{d:mat}{num}立方。"
            "{X}水利局　联系人：{O}",
            "{X}河道采砂许可公告：申请人{NL}，可采区{P}{d:site}，{C}。审批人：{O}"],
    en=["Reporter {N} saw illegal dredging at {EP}; {e} seized.",
        "Truck {L} driven by {N} carried {e} without papers.",
        "{N} and {N} ({tel}) summoned by {ES}.",
        "{ET}: {N} fined {EA}; {EW}."],
    en_words=["Yangtze river sand", "Huangsha yellow sand", "Long Gong loader", "Xu Gong excavator"],
    en_firm=["{p}jia Sand Yard", "{p}'s Wharf"],
)

_D["helmet_patrol"] = dict(
    roles="劝导员 劝导对象 驾驶人 当事人 骑车人 乘车人 家长".split(),
    words=dict(
        place="斑马线 国道 路口 信号灯 集镇路口".split(),
        gear="安全头盔 安全带 黄牌 车牌号".split(),
        act="文明劝导 严重超员 宣讲 劝导站（路口）".split(),
    ),
    brand="雅迪 爱玛 台铃 小牛 新日 绿源".split(),
    firm="{s}记电动车行 {s}氏车行 {s}家头盔批发部".split(),
    titles="警官 所长 队长 警长".split(),
    code="helmet",
    fields=[("劝导员", "{N}"), ("驾驶人", "{N}"), ("乘车人", "{N}"), ("地点", "{P}{d:place}"), ("车辆", "{B}{L}"),
            ("情况", "{d:act}"), ("时间", "{T}"), ("发放", "{d:gear}")],
    prose=["{T}在{X}{d:place}劝导未戴头盔{num}人，其中{N}载孙子{N}，已发放{d:gear}",
           "劝导员{N}、{N}在{P}路口值守，{d:act}",
           "{N}骑{B}电动车{L}，{d:act}，口头教育",
           "{N}{age}，每天接送孩子不戴{d:gear}，已通知其妻{N}",
           "{N}与劝导员{N}发生争执，{S}到场处理",
           "{P}{N}主动领取{d:gear}，登记{tel}",
           "经{S}核实，{N}超员载人，车牌{L}",
           "{X}{N}、{N}在{d:place}闯红灯，{d:act}"],
    plain=["{T}{X}{d:place}{d:act}，发放{d:gear}{num}顶", "{S}带队在{d:place}开展{d:act}",
           "{F}捐赠{d:gear}{num}顶", "{L}（{B}）{d:act}"],
    log=["{N}未戴头盔", "{N}、{N}上岗劝导", "{L}超员，驾驶人{N}", "{S}抽查{d:place}，{N}在岗",
         "{N}领{d:gear}"],
    cell=["{N}|{L}|{d:place}|{d:act}", "{N} {tel} {B}", "{N}/{N}", "{N}（{d:gear}）"],
    item=["{N}（{P}）", "{N}", "{N}{L}"],
    head=["劝导员：", "今日劝导对象：", "曝光名单："],
    nitem=["{N}（{P}）", "{N}（{d:place}）", "{N}，{age}"],
    notice=["“一盔一带”文明劝导员名单公示\n{NL}\n以上人员在{X}{d:place}开展{d:act}。{X}交警大队　审核人：{O}",
            "{X}“一盔一带”违法曝光公告（{H}）：{NL}。值班：{O}"],
    en=["Rider {N} stopped at {EP} without a helmet; plate {L}.",
        "Volunteers {N} and {N} on duty near {EW}.",
        "{N} ({tel}) collected a free helmet, {e}.",
        "{ET}: {N} carrying {N} on an {e}; warned by {ES}."],
    en_words=["Aima e-bike", "Guo Dao G312", "Huang pai yellow plate"],
    en_firm=["{p}ji E-bike Shop", "{p}'s Helmet Wholesale"],
)

_D["assistive_devices"] = dict(
    roles="受助人 申领人 监护人 代领人 家属 患者 户主".split(),
    words=dict(
        device="高靠背轮椅 程控助听器 单拐 双拐 万向轮助行器 左腿矫形器 居家护理床".split(),
        svc="康复训练 居家无障碍改造 回访 康复评估 申领".split(),
    ),
    brand="鱼跃 欧姆龙 西门子 斯达克 峰力 互邦".split(),
    firm="{s}氏康复器材店 {s}记医疗器械店 {s}家大药房".split(),
    titles="医生 大夫 主任 老师 理事长".split(),
    code="assist",
    fields=[("受助人", "{N}"), ("监护人", "{N}"), ("代领人", "{N}"), ("辅具", "{d:device}"), ("品牌", "{B}"),
            ("服务", "{d:svc}"), ("回访", "{T}"), ("评估", "{S}"), ("单号", "{C}")],
    prose=["{N}（{age}）右耳听力损失，{T}适配{B}{d:device}，{S}调试",
           "{N}的{d:device}由其女儿{N}代领，本人卧床",
           "{P}{N}申请{d:svc}，{S}上门测量",
           "{N}{tel}，反映{d:device}不合适，已约{d:svc}",
           "{N}与老伴{N}均需{d:device}，本次先发一台",
           "回访{N}，{d:device}使用正常，家属{N}说{d:svc}有效果",
           "{N}（小名{K}），智力残疾，监护人{N}",
           "{X}{N}的{d:device}坏了，{F}保修"],
    plain=["{T}{X}集中发放{d:device}{num}件，{B}", "{S}开展{d:svc}{num}人次", "{F}配送{d:device}",
           "{B}{d:device}{C}"],
    log=["{N}领取{d:device}", "回访{N}，正常", "{N}、{N}预约{d:svc}", "{S}评估{N}", "{N}退回{d:device}"],
    cell=["{N}|{d:device}|{B}|{T}", "{N} {age} {d:svc}", "{N}/{tel}", "{N}（{d:device}）"],
    item=["{N}（{d:device}）", "{N}", "{N}{age}"],
    head=["本批受助：", "待回访：", "评估名单："],
    nitem=["{N}（{d:device}，监护人{N}）", "{N}（{d:device}）", "{N}"],
    notice=["{T}残疾人辅助器具适配发放公示\n{NL}\n如有异议，请联系{X}残联，联系人：{O}，{office}",
            "{X}{d:svc}项目受益人公告（{H}）：{NL}。审核人：{O}"],
    en=["Recipient {N} ({EP}) fitted with a {e} on {ET}; guardian {N}.",
        "{N} complains the hearing aid whistles; {ES} to adjust.",
        "{N}, {N} and {N} attended rehab sessions at {EW}.",
        "{N}, {eage}, received a {e} from {EB}."],
    en_words=["Yuyue wheelchair", "Kang Fu rehab training", "Wan-xiang wheel walker"],
    en_firm=["{p}ji Medical Supplies", "{p}'s Pharmacy"],
)

_EN_BRANDS = {
    "drone_registration": ["DJI", "XAG", "Autel", "EHang"], "silkworm_farming": ["Jiacan"],
    "cotton_purchase": ["Tiane"], "rural_broadcast": ["DSPPA", "Hikvision"],
    "tower_siting": ["China Tower", "China Mobile", "Huawei", "ZTE"],
    "print_shop": ["Xerox", "Sharp", "Konica Minolta", "Heidelberg", "Ricoh"],
    "clan_genealogy": ["Founder"], "opera_troupe": ["Yamaha"],
    "microcredit": ["Postal Savings Bank", "Rural Commercial Bank", "ABC"],
    "sand_mining": ["XCMG", "LiuGong", "Lonking", "SANY"],
    "helmet_patrol": ["Yadea", "Aima", "Tailg", "Niu"],
    "assistive_devices": ["Yuwell", "Omron", "Siemens", "Starkey"],
}

_GENERIC_PROSE = ["{N}说的情况已核实", "以上由{N}口述，{N}记录", "{N}、{N}在场",
                  "电话{tel}是{N}的", "{N}签字确认", "{N}不识字，按手印"]
_NOTICE_EXTRA = ["公示期间{N}提出异议，经核实不成立。", "见证人：{N}、{N}。", "（另有{M}因材料不全暂缓。）",
                 "{N}因户籍迁出不再列入。", "代领人：{N}（{N}之子）。", "反映人{N}已书面答复。"]

_P_CUE_LIST, _P_CUE_MID = 0.5, 0.8
_SLOT = re.compile(r"\{([A-Za-z]+)(?::([a-z]+))?\}")
_TYPOS = (("登记", "登纪"), ("已", "己"), ("身份证", "身分证"), ("账", "帐"), ("安装", "按装"),
          ("联系", "连系"), ("劝返", "劝反"), ("申请", "申清"), ("签字", "签子"), ("收购", "收够"),
          ("维修", "维休"), ("核实", "合实"), ("反映", "反应"), ("检查", "捡查"), ("电话", "电活"),
          ("到期", "倒期"), ("补办", "补半"))
_HALF = str.maketrans({"：": ":", "；": ";", "，": ",", "（": "(", "）": ")", "、": ",", "。": "."})
_FULLDIG = str.maketrans("0123456789", "０１２３４５６７８９")


def _weighted(pairs):
    out = []
    for k, w in pairs:
        out.extend([k] * w)
    return tuple(out)


_SUR_POOL = _weighted(_SURNAME_FREQ) + tuple(_SURNAME_TAIL) * 1
_PY_SUR_POOL = _weighted(_PY_SUR)
SURNAME_CHARS = frozenset("".join(s for s, _ in _SURNAME_FREQ) + _SURNAME_TAIL + _SURNAME_RARE
                          + "".join(_COMPOUND) + _EXTRA_SURNAME_CHARS)
EN_SURNAME_TOKENS = frozenset(
    [p for p, _ in _PY_SUR] + "Yun Hui Hua Kang Ai Wen Bao Long Young Sun Song Qin Ming Chu An Xin".split())


def _is_domain_word(w: str) -> bool:
    if not re.search(r"[\u4e00-\u9fff]", w):
        toks = [t.capitalize() for t in re.findall(r"\w+", w)]
        return any(t.startswith(s) for t in toks for s in EN_SURNAME_TOKENS)
    return any(c in SURNAME_CHARS for c in w)


for _dom, _spec in _D.items():
    for _cat, _ws in _spec["words"].items():
        for _w in _ws:
            assert _is_domain_word(_w), (_dom, _w)
    for _w in _spec["en_words"]:
        assert _is_domain_word(_w), (_dom, _w)

_CUES_CN = sorted(set(
    [r for spec in _D.values() for r in spec["roles"]]
    + ("姓名 户名 申请人 其子 其女 儿子 女儿 其妻 妻子 老伴 其夫 丈夫 母亲 父亲 儿媳 孙子 孙女 其侄 其弟 侄子 叔父 "
       "祖父 店员 徒弟 网格员 小名 乳名 见证人 代领人 反映人 之妻 之母 之子 名单 拾花工 对象 受益人 船主 举报人 "
       "异议人 人员 户 联系人 担保人 经手人 共育员 劝导员 广播员 鼓师 琴师 演员 学员 族人 业主").split()),
    key=len, reverse=True)
_STRIP_BEFORE = set(" \u3000\t：:=（(【[“\"'《-—·为是叫")

# static vocabulary: a planted name may never be a substring of any of it
_STATIC_PARTS: list[str] = []
for _spec in _D.values():
    for _k in ("prose", "plain", "log", "cell", "item", "head", "nitem", "notice", "en", "en_words",
               "brand", "titles", "firm", "roles", "en_firm"):
        _STATIC_PARTS.extend(_SLOT.sub("\x01", x) for x in _spec[_k])
    for _f, _v in _spec["fields"]:
        _STATIC_PARTS.append(_f)
    for _ws in _spec["words"].values():
        _STATIC_PARTS.extend(_ws)
for _lst in (_ROADS, _TOWNS, _EN_WORDS, _EN_PLACE_FIXED, _EN_PLACE_MULTI, _ETHNONYMS, _MIN_PLACES, _MIN_VILL, _MIN_COUNTIES,
             _GENERIC_PROSE, _NOTICE_EXTRA, sum(_EN_BRANDS.values(), [])):
    _STATIC_PARTS.extend(_SLOT.sub("\x01", x) for x in _lst)
_STATIC = "\x00".join(_STATIC_PARTS)


# ---------------------------------------------------------------------------------------------
# Small generators
# ---------------------------------------------------------------------------------------------
_CN_DIG = "〇一二三四五六七八九"
_CAP = "零壹贰叁肆伍陆柒捌玖"


def _cn_year(y):
    return "".join(_CN_DIG[int(c)] for c in str(y))


def _cn_small(n):
    if n < 10:
        return _CN_DIG[n] if n else "〇"
    t, u = divmod(n, 10)
    return ("" if t == 1 else _CN_DIG[t]) + "十" + (_CN_DIG[u] if u else "")


def _capital(v: int) -> str:
    units = ((10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, ""))
    out, zero, started = "", False, False
    for base, name in units:
        d = (v // base) % 10 if base < 10000 else v // 10000
        if d:
            if zero and started:
                out += "零"
            out += (_CAP[d] if base < 10000 or d < 10 else str(d)) + name
            zero, started = False, True
        elif started:
            zero = True
    return out + "元整"


class _Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        self.index: dict[str, list[str]] = {}
        self.texts: list[str] = []
        self.corpus = ""

    # --- checks ------------------------------------------------------------------------------
    def _free(self, cand: str, local: list[str]) -> bool:
        if len(cand) < 2 or cand in self.used or cand in _FAMOUS:
            return False
        if re.search(r"[A-Za-z]", cand):
            toks = frozenset(re.sub(r"[-,.]", " ", cand).lower().split())
            if any(f <= toks and len(toks) - len(f) <= 0 for f in _FAMOUS_EN):
                return False
        if cand in _STATIC or cand in self.corpus:
            return False
        n = len(cand)
        for i in range(n):
            for j in range(i + 2, n + 1):
                if cand[i:j] in self.used:
                    return False
        for x in local:
            if cand in x or x in cand:
                return False
        return True

    def fresh(self, fn, local, tries=80):
        for _ in range(tries):
            c = fn()
            if self._free(c, local):
                return c
        return None

    # --- Han names -----------------------------------------------------------------------------
    def sur(self):
        r = self.rng.random()
        if r < 0.04:
            return self.rng.choice(_COMPOUND)
        if r < 0.09:
            return self.rng.choice(_SURNAME_RARE)
        return self.rng.choice(_SUR_POOL)

    def given1(self, female=None):
        if female is None:
            female = self.rng.random() < 0.5
        return self.rng.choice(_FEMALE1 if female else _MALE1)

    def given2(self):
        female = self.rng.random() < 0.5
        a = self.given1(female)
        b = self.given1(female)
        while b == a:
            b = self.given1(female)
        return a + b

    def han(self, style=None):
        rng = self.rng
        if style is None:
            style = rng.choice(("h2",) * 24 + ("h3",) * 30 + ("old",) * 12 + ("word",) * 6 + ("modern",) * 7
                               + ("gen",) * 6 + ("nick",) * 3 + ("wife",) * 3)
        s = self.sur()
        if style == "h2":
            return s + self.given1()
        if style == "h3":
            return s + self.given2()
        if style == "old":
            return s + rng.choice(_OLD_GIVEN)
        if style == "word":
            return s + rng.choice(_WORD_GIVEN)
        if style == "modern":
            return s + rng.choice(_MODERN_GIVEN)
        if style == "gen":
            return s + rng.choice(_GEN_CHARS) + self.given1(False)
        if style == "nick":
            return s + rng.choice(_NICK)
        if style == "wife":
            h = rng.choice(_SUR_POOL)
            f = rng.choice(_SUR_POOL)
            while f == h:
                f = rng.choice(_SUR_POOL)
            k = rng.random()
            if k < 0.5:
                return h + f + "氏"
            if k < 0.7:
                return h + "门" + f + "氏"
            return h + f + rng.choice(_OLD_F + [self.given1(True) + self.given1(True)])
        raise ValueError(style)

    def given_only(self):
        return self.rng.choice([self.given2(), self.rng.choice(_OLD_GIVEN), self.rng.choice(_MODERN_GIVEN)])

    # --- minority names ------------------------------------------------------------------------
    def minority(self, eth):
        rng = self.rng
        dot = rng.choice(["·"] * 8 + ["•", "．", "・", ".", "", "‧"])
        if eth == "uyghur":
            g = rng.choice(_UY_F if rng.random() < 0.45 else _UY_M)
            return g + dot + rng.choice(_UY_M)
        if eth == "kazakh":
            g = rng.choice(_KZ_F if rng.random() < 0.4 else _KZ_M)
            return g + dot + rng.choice(_KZ_M)
        if eth == "kyrgyz":
            return rng.choice(_KG) + dot + rng.choice(_KG + _UY_M)
        if eth == "tajik":
            return rng.choice(_TJ) + dot + rng.choice(_UY_M)
        if eth == "tibetan":
            a, b = rng.sample(_TIB, 2)
            return a + b
        if eth == "yi":
            return rng.choice(_YI_FAM) + rng.choice(_YI_GIV)
        if eth == "mongol":
            k = rng.random()
            if k < 0.55:
                a, b = rng.sample(_MONG, 2)
                return a + b
            if k < 0.8:
                return rng.choice(_MONG) + rng.choice(["", "图", "夫", "其木格"])
            return rng.choice("包白宝韩鲍") + rng.choice(_MONG)
        if eth == "hui":
            base = rng.choice(_HUI_SUR) + rng.choice([self.given1(), self.given2()])
            return base
        if eth == "korean":
            return rng.choice(_KOR_SUR) + rng.choice(_KOR_GIV)
        if eth == "zhuang":
            return rng.choice(_ZH_SUR) + rng.choice(_ZH_GIV + [self.given2()])
        if eth == "miao":
            return rng.choice(_MIAO_SUR) + rng.choice(_MIAO_GIV)
        if eth == "dong":
            return rng.choice(_DONG_SUR) + rng.choice(_DONG_GIV)
        if eth == "buyi":
            return rng.choice(_BUYI_SUR) + rng.choice(_BUYI_GIV)
        if eth == "tujia":
            return rng.choice(_TUJIA_SUR) + rng.choice([self.given2(), rng.choice(_OLD_GIVEN)])
        if eth == "li":
            return rng.choice(_LI_SUR) + rng.choice(_LI_GIV)
        if eth == "yao":
            return rng.choice(_YAO_SUR) + rng.choice(_YAO_GIV)
        if eth == "jingpo":
            return rng.choice(_JP_SUR) + rng.choice(_JP_GIV)
        if eth == "wa":
            g = rng.choice(_WA)
            return (rng.choice(_WA_SUR) + g) if rng.random() < 0.6 else g + rng.choice("嘎块板聪扫坎腊所布惹")
        if eth == "dai":
            return rng.choice(_DAI) if rng.random() < 0.5 else rng.choice(["岩", "玉"]) + rng.choice(
                "温罕香应光叫南坎波喃腊") + rng.choice("扁嫩叫香罕龙拉")
        if eth == "qiang":
            return rng.choice(_QIANG_SUR) + self.given2()
        if eth == "naxi":
            return rng.choice(_NAXI_SUR) + self.given2()
        if eth == "bai":
            return rng.choice(_BAI_SUR) + rng.choice(["金花", "阿鹏", "四妹", "月英", "继红"] + [self.given2()])
        if eth == "manchu":
            return rng.choice(_MANCHU_SUR) + self.given2()
        raise ValueError(eth)

    _ETHS = (("uyghur", 14), ("kazakh", 7), ("kyrgyz", 2), ("tajik", 1), ("tibetan", 9), ("yi", 7),
             ("mongol", 7), ("hui", 6), ("korean", 5), ("zhuang", 6), ("miao", 5), ("dong", 3), ("buyi", 3),
             ("tujia", 3), ("li", 3), ("yao", 3), ("jingpo", 2), ("wa", 2), ("dai", 3), ("qiang", 2),
             ("naxi", 2), ("bai", 2), ("manchu", 2))
    _ETH_POOL = _weighted(_ETHS)
    _ETH_NAME = {"uyghur": "维吾尔族", "kazakh": "哈萨克族", "kyrgyz": "柯尔克孜族", "tajik": "塔吉克族",
                 "tibetan": "藏族", "yi": "彝族", "mongol": "蒙古族", "hui": "回族", "korean": "朝鲜族",
                 "zhuang": "壮族", "miao": "苗族", "dong": "侗族", "buyi": "布依族", "tujia": "土家族",
                 "li": "黎族", "yao": "瑶族", "jingpo": "景颇族", "wa": "佤族", "dai": "傣族", "qiang": "羌族",
                 "naxi": "纳西族", "bai": "白族", "manchu": "满族"}

    # --- romanised names -----------------------------------------------------------------------
    def _py_given(self):
        rng = self.rng
        if rng.random() < 0.3:
            return rng.choice(_PY_SYL).capitalize(), None
        a, b = rng.sample(_PY_SYL, 2)
        joined = a + ("'" if b[0] in "aeo" else "") + b
        return joined.capitalize(), (a.capitalize(), b.capitalize())

    def english(self):
        rng = self.rng
        k = rng.random()
        if k < 0.48:
            s = rng.choice(_PY_SUR_POOL)
            g, parts = self._py_given()
            f = rng.randrange(9)
            if f == 0:
                return f"{s} {g}"
            if f == 1:
                return f"{g} {s}"
            if f == 2:
                return f"{s.upper()} {g}"
            if f == 3:
                return f"{s.upper()} {g.upper()}"
            if f == 4 and parts:
                return f"{parts[0]}-{parts[1]} {s}"
            if f == 5:
                return f"{s.upper()}, {g}"
            if f == 6:
                ini = ".".join(p[0] for p in parts) + "." if parts else g[0] + "."
                return f"{ini} {s}"
            if f == 7:
                ini = ".".join(p[0] for p in parts) + "." if parts else g[0] + "."
                return f"{s} {ini}"
            return f"{s} {g}"
        if k < 0.60:
            s, g = rng.choice(_HK_SUR), rng.choice(_HK_GIV)
            f = rng.randrange(5)
            hy = g.replace(" ", "-", 1)
            hy = hy[0] + hy[1:].lower() if "-" in hy else hy
            if f == 0:
                return f"{s.upper()} {hy}"
            if f == 1:
                return f"{s} {g}"
            if f == 2:
                return f"{hy} {s}"
            if f == 3:
                return f"{rng.choice(_EN_GIV)} {s} {hy}"
            return f"{s.upper()}, {g}"
        if k < 0.68:
            s, g = rng.choice(_MO_SUR), rng.choice(_MO_GIV)
            return f"{s.upper()} {g}" if rng.random() < 0.5 else f"{s} {g}"
        if k < 0.80:
            s, g = rng.choice(_TW_SUR), rng.choice(_TW_GIV)
            f = rng.randrange(4)
            if f == 0:
                return f"{s} {g}"
            if f == 1:
                a, b = g.split("-")
                return f"{a}-{b.capitalize()} {s}"
            if f == 2:
                return f"{s.upper()}, {g.upper()}"
            return f"{s} {g.replace('-', ' ').title()}"
        if k < 0.90:
            s, g = rng.choice(_SG_SUR), rng.choice(_SG_GIV)
            f = rng.randrange(3)
            if f == 0:
                return f"{s} {g}"
            if f == 1:
                return f"{s.upper()} {g}"
            return f"{rng.choice(_EN_GIV)} {s} {g}"
        s = rng.choice(_PY_SUR_POOL + tuple(_HK_SUR[:8]))
        e = rng.choice(_EN_GIV)
        f = rng.randrange(3)
        if f == 0:
            return f"{e} {s}"
        if f == 1:
            return f"{s.upper()} {e}"
        return f"{s}, {e}"

    # --- look-alike generators -------------------------------------------------------------------
    def village(self, minority=False):
        rng = self.rng
        if minority:
            v = rng.choice(_MIN_VILL)
            return (rng.choice(_MIN_COUNTIES) + v) if rng.random() < 0.3 else v
        v = rng.choice(_VILLAGE_SUR) + rng.choice(_VILLAGE_TAIL)
        k = rng.random()
        if k < 0.3:
            return v + "村"
        if k < 0.45:
            return v + rng.choice("一二三四五六七") + "组"
        if k < 0.55:
            return rng.choice(_TOWNS) + v
        return v

    def date(self, fmt=None):
        rng = self.rng
        y, m, d = rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
        fmt = rng.randrange(9) if fmt is None else fmt
        return [f"{y}年{m}月{d}日", f"{m}月{d}日", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d}", f"{m}.{d}",
                f"{y}/{m}/{d}", f"{m}月{d}号", f"{_cn_year(y)}年{_cn_small(m)}月{_cn_small(d)}日",
                f"{y}年{m:02d}月{d:02d}日"][fmt]

    def en_date(self):
        rng = self.rng
        y, m, d = rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
        mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
        return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}", f"{mon} {d}, {y}"])

    def amount(self):
        rng = self.rng
        v = rng.choice([rng.randint(1, 99) * 100, rng.randint(1, 50) * 1000, rng.randint(100, 9999),
                        rng.randint(1, 20) * 10000, rng.randint(5, 300) * 10])
        f = rng.randrange(7)
        if f == 0:
            return f"{v}元"
        if f == 1:
            return f"{v:,}元"
        if f == 2:
            return f"¥{v:,}.{rng.randint(0, 99):02d}"
        if f == 3 and v >= 10000:
            return f"{v / 10000:g}万元"
        if f == 4 and v < 100000:
            return _capital(v)
        if f == 5:
            return f"{v}.00元"
        return f"{v}元"

    def en_amount(self):
        rng = self.rng
        v = rng.choice([rng.randint(1, 99) * 100, rng.randint(1, 50) * 1000, rng.randint(1, 20) * 10000])
        return rng.choice([f"CNY {v:,}", f"RMB {v:,}.00", f"¥{v:,}", f"CNY{v}"])

    def plate(self):
        rng = self.rng
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        tail = "".join(rng.choice(al[:24] if i == 0 and rng.random() < 0.3 else al[24:] if rng.random() < 0.7
                                  else al) for i in range(5))
        return rng.choice(_PROV) + rng.choice("ABCDEFGHJKLMN") + rng.choice(["", "·", " "]) + tail

    def wenhao(self):
        rng = self.rng
        return (rng.choice(_COUNTY_ABBR) + rng.choice(["政办", "农", "水", "文旅", "残联", "公", "交", "工信", "财"])
                + rng.choice(["", "发", "函"]) + f"〔{rng.choice((2025, 2026))}〕{rng.randint(1, 120)}号")

    def uscc(self):
        rng = self.rng
        cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        w = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
        body = "9" + rng.choice("123") + rng.choice(["340", "320", "410", "520", "650"]) + \
            f"{rng.randint(100, 999)}" + "".join(rng.choice(cs) for _ in range(9))
        s = sum(cs.index(c) * wt for c, wt in zip(body, w))
        return body + cs[(31 - s % 31) % 31]

    def code(self, kind):
        rng = self.rng
        y = rng.choice((2025, 2026))
        if kind == "uas":
            return f"UAS{rng.randint(10**7, 10**8 - 1)}"
        if kind == "silk":
            return rng.choice([f"SZ{y}-{rng.randint(1, 9999):04d}", f"收购单No.{rng.randint(10**6, 10**7 - 1)}"])
        if kind == "cotton":
            return f"{rng.choice(['652301', '652923', '371402', '130524'])}{rng.randint(10**7, 10**8 - 1)}"
        if kind == "bc":
            return rng.choice([f"IP-{rng.randint(1000, 9999)}-{rng.randint(1, 9999):04d}",
                               f"终端{rng.randint(10**7, 10**8 - 1)}"])
        if kind == "tower":
            return f"{rng.choice(['34', '32', '41', '52'])}{rng.randint(10**11, 10**12 - 1)}"
        if kind == "print":
            return rng.choice([f"（{rng.choice(_PROV)}）印证字第{rng.randint(10**6, 10**7 - 1)}号",
                               f"统一社会信用代码{self.uscc()}"])
        if kind == "clan":
            return f"JP{y}-{rng.randint(1, 999):03d}"
        if kind == "opera":
            return f"{rng.choice(_COUNTY_ABBR)}演许〔{y}〕第{rng.randint(1, 99):03d}号"
        if kind == "loan":
            return f"{rng.choice(['NX', 'YC', 'NS'])}{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 99999):05d}"
        if kind == "sand":
            return f"{rng.choice(_PROV)}采砂许〔{y}〕第{rng.randint(1, 99):03d}号"
        if kind == "helmet":
            return f"QD-{y}-{rng.randint(1, 9999):04d}"
        if kind == "assist":
            return f"FJ{y}-{rng.randint(1, 9999):04d}"
        raise ValueError(kind)

    def en_code(self, kind):
        rng = self.rng
        if kind in ("uas", "loan", "clan", "helmet", "assist", "tower", "cotton"):
            c = self.code(kind)
            if not re.search(r"[^\x00-\x7f]", c):
                return c
        return f"REF-{rng.choice((2025, 2026))}-{rng.randint(1, 999999):06d}"

    def tel(self):
        rng = self.rng
        p = rng.choice("3456789")
        a = f"1{p}{rng.randint(0, 9)}"
        b, c = f"{rng.randint(0, 9999):04d}", f"{rng.randint(0, 9999):04d}"
        f = rng.randrange(6)
        s = [f"{a}{b}{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}****{c}",
             f"0{rng.randint(310, 990)}-{rng.randint(2, 8)}{rng.randint(0, 9999999):07d}"][f]
        return s.translate(_FULLDIG) if rng.random() < 0.06 else s

    def office(self):
        rng = self.rng
        return f"0{rng.randint(310, 990)}-{rng.randint(2, 8)}{rng.randint(0, 9999999):07d}"

    def age(self):
        rng = self.rng
        a = rng.randint(19, 88)
        return rng.choice([f"{a}岁", f"{a}周岁", f"{a}", f"{a}岁", f"年{a}"])

    def title(self, titles):
        rng = self.rng
        s = rng.choice(_SUR_POOL)
        k = rng.random()
        if k < 0.15:
            return rng.choice(["老", "小"]) + s
        return s + rng.choice(titles)

    def masked(self):
        rng = self.rng
        s = rng.choice(_SUR_POOL)
        return rng.choice([s + "*" + self.given1(), s + "**", s + "某", s + "某某", s + "×" + self.given1()])

    def en_place(self):
        rng = self.rng
        k = rng.random()
        if k < 0.45:
            s = rng.choice(_EN_VILL_SUR)
            return s + rng.choice(["jiazhuang", "jiawan", "zhuang", "jiaying", "jiaba", "jiazhai", "jiagou",
                                   "jiaqiao"]) + rng.choice([" Village", "", " Vil.", " village"])
        if k < 0.7:
            return rng.choice(_EN_PLACE_MULTI)
        return rng.choice(_EN_PLACE_FIXED)


# ---------------------------------------------------------------------------------------------
# One remark
# ---------------------------------------------------------------------------------------------
class _Remark:
    def __init__(self, g: _Gen, family: str, domain: str, source: str):
        self.g, self.rng = g, g.rng
        self.family, self.domain, self.source = family, domain, source
        self.spec = _D[domain]
        self.segs: list[tuple[str, str]] = []   # (text, kind): lit / name / look:<k> / plain
        self.names: list[str] = []
        self.looks: dict[str, str] = {}
        self.gen_prefix = None
        self.eths = [self.rng.choice(_Gen._ETH_POOL)]
        if self.rng.random() < 0.35:
            self.eths.append(self.rng.choice(_Gen._ETH_POOL))

    # --- slots ---------------------------------------------------------------------------------
    def _name(self, fn):
        local = self.names + list(self.looks)
        n = self.g.fresh(fn, local)
        if n is None:  # a small pool (nicknames, Wa names) is used up: fall back to a full name
            fb = self.g.han if self.source != "minority" else (lambda: self.g.minority("uyghur"))
            n = self.g.fresh(fb, local, tries=2000)
        self.names.append(n)
        self.segs.append((n, "name"))

    def _look(self, s, kind):
        self.looks.setdefault(s, kind)
        self.segs.append((s, "look:" + kind))

    def _maybe_cue(self):
        """Clerks often put a role word before a name; add one where the template has none."""
        rng = self.rng
        tail = "".join(x for x, _ in self.segs[-4:])
        if _cue(tail, len(tail)):
            return
        listy = (not tail) or tail[-1] in "、，,/；;|\n ）)"
        p = _P_CUE_LIST if listy else _P_CUE_MID
        if self.family == "public_notice":
            p *= 0.6
        if rng.random() >= p:
            return
        if self.source == "english":
            w = rng.choice(["Mr ", "Ms ", "Mrs ", "applicant ", "resident ", "farmer ", "owner "])
            if not tail.strip() or tail.rstrip(" ")[-1] in ".;:\n":
                w = w[0].upper() + w[1:]
            self.lit(w)
        else:
            self.lit(rng.choice(self.spec["roles"] + ["村民", "户主", "群众"]))

    def slot(self, key, arg):
        g, rng, spec = self.g, self.rng, self.spec
        src = self.source
        if key in ("N", "Ng", "G", "K", "W"):
            self._maybe_cue()
        if key == "N" or (src != "han" and key in ("Ng", "G", "K", "W")):
            if src == "han":
                self._name(g.han)
            elif src == "minority":
                self._name(lambda: g.minority(rng.choice(self.eths)))
            else:
                self._name(g.english)
        elif key == "Ng":
            if self.gen_prefix is None:
                self.gen_prefix = rng.choice(_SUR_POOL) + rng.choice(_GEN_CHARS)
            self._name(lambda: self.gen_prefix + g.given1(False))
        elif key == "G":
            self._name(g.given_only)
        elif key == "K":
            self._name(lambda: rng.choice(_NICK))
        elif key == "W":
            self._name(lambda: g.han("wife"))
        elif key == "O":
            n = g.fresh(lambda: g.han(rng.choice(("h2", "h3", "h3", "old", "word"))),
                        self.names + list(self.looks), tries=2000)
            self._look(n, "official")
        elif key == "M":
            self._look(g.masked(), "masked")
        elif key == "d":
            self._look(rng.choice(spec["words"][arg]), "domain")
        elif key == "Q":
            self._look(rng.choice(_SUR_POOL) + "氏" + rng.choice(["族谱", "宗谱", "家谱", "支谱", "宗祠谱"]), "domain")
        elif key == "e":
            self._look(rng.choice(spec["en_words"]), "domain")
        elif key == "EQ":
            self._look(rng.choice(_EN_VILL_SUR) + rng.choice([" clan", " Clan", " family", " Family"]), "domain")
        elif key == "B":
            if spec["brand"]:
                self._look(rng.choice(spec["brand"]), "brand")
            else:
                self._look(g.wenhao(), "code")
        elif key == "EB":
            self._look(rng.choice(_EN_BRANDS[self.domain]), "brand")
        elif key == "F":
            self._look(rng.choice(spec["firm"]).format(s=rng.choice(_VILLAGE_SUR)), "firm")
        elif key == "EF":
            self._look(rng.choice(spec["en_firm"]).format(p=rng.choice(_EN_VILL_SUR)), "firm")
        elif key == "P":
            self._look(g.village(minority=(src == "minority")), "place")
        elif key == "X":
            self._look(rng.choice(_MIN_COUNTIES) if src == "minority" else rng.choice(_TOWNS), "place")
        elif key == "R":
            self._look(rng.choice(_ROADS), "place")
        elif key == "EP":
            self._look(g.en_place(), "place")
        elif key == "EW":
            self._look(rng.choice(_EN_WORDS), "english")
        elif key == "T":
            self._look(g.date(self.date_fmt) if hasattr(self, "date_fmt") else g.date(), "date")
        elif key == "ET":
            self._look(g.en_date(), "date")
        elif key == "A":
            self._look(g.amount(), "amount")
        elif key == "EA":
            self._look(g.en_amount(), "amount")
        elif key == "C":
            self._look(g.code(spec["code"]), "code")
        elif key == "EC":
            self._look(g.en_code(spec["code"]), "code")
        elif key == "H":
            self._look(g.wenhao(), "code")
        elif key == "L":
            self._look(g.plate(), "plate")
        elif key == "S":
            self._look(g.title(spec["titles"]), "title")
        elif key == "ES":
            self._look(rng.choice(_EN_TITLES).format(s=rng.choice(_EN_VILL_SUR)), "title")
        elif key == "age":
            self.segs.append((g.age(), "plain"))
        elif key == "eage":
            a = rng.randint(19, 88)
            self.segs.append((rng.choice([f"aged {a}", f"{a} y/o", f"age {a}", f"({a})"]), "plain"))
        elif key == "tel":
            self.segs.append((g.tel(), "plain"))
        elif key == "office":
            self.segs.append((g.office(), "plain"))
        elif key == "num":
            r = rng.random()
            v = rng.randint(1, 9) if r < 0.5 else rng.randint(2, 60) if r < 0.85 else rng.randint(10, 999)
            self.segs.append((str(v), "plain"))
        elif key == "pct":
            self.segs.append((str(rng.randint(1, 99)), "plain"))
        elif key == "NL":
            k = rng.choice([2, 3, 3, 4, 4, 5])
            sep = rng.choice(["、", "；", "\n", "，", " "])
            for i in range(k):
                if i:
                    self.lit(sep)
                self.render(rng.choice(spec["nitem"]))
        else:
            raise KeyError(key)

    def lit(self, s):
        if s:
            self.segs.append((s, "lit"))

    def render(self, tpl):
        pos = 0
        for m in _SLOT.finditer(tpl):
            self.lit(tpl[pos:m.start()])
            self.slot(m.group(1), m.group(2))
            pos = m.end()
        self.lit(tpl[pos:])

    def n_names(self):
        return len(self.names)

    # --- layouts -------------------------------------------------------------------------------
    def _fieldsep(self):
        return self.rng.choice(["；", "，", " ", "\n", "|", "; ", "  ", "；\n", "/", "，"])

    def field_layout(self, target, allow_names=True):
        rng, spec = self.rng, self.spec
        fields = spec["fields"]
        namef = [f for f in fields if "{N}" in f[1]] if allow_names else []
        other = [f for f in fields if "{N}" not in f[1]]
        chosen = rng.sample(namef, min(len(namef), max(1, target))) if namef else []
        chosen += rng.sample(other, min(len(other), rng.randint(2, 3)))
        first = chosen[:1]
        rest = chosen[1:]
        rng.shuffle(rest)
        chosen = first + rest if rng.random() < 0.7 else rng.sample(chosen, len(chosen))
        if self.source == "minority" and allow_names and rng.random() < 0.5:
            chosen.insert(1, ("民族", "\x02"))
        colon = rng.choice(["：", ":", "：", " ", "：", "　", "="])
        sep = self._fieldsep()
        for i, (lab, val) in enumerate(chosen):
            if i:
                self.lit(sep)
            self.lit(lab + colon)
            if val == "\x02":
                self._look(_Gen._ETH_NAME[self.eths[0]], "ethnonym")
            else:
                self.render(val)
        if allow_names and self.n_names() < target:
            self.lit(sep + "备注" + colon)
            self.render(rng.choice(spec["prose"]))

    def prose_layout(self, target):
        rng, spec = self.rng, self.spec
        pool = list(spec["prose"])
        rng.shuffle(pool)
        joins = rng.choice([("，", "。"), ("。", "。"), ("；", ""), ("，", ""), (" ", ""), ("。\n", "。")])
        i = 0
        while pool and (i == 0 or self.n_names() < target) and i < 5:
            if i:
                self.lit(joins[0])
            self.render(pool.pop())
            i += 1
        if rng.random() < 0.15 and self.n_names() < target + 1:
            self.lit(joins[0])
            self.render(rng.choice(_GENERIC_PROSE))
        self.lit(joins[1])

    def list_layout(self, target):
        rng, spec = self.rng, self.spec
        if rng.random() < 0.7:
            self.lit(rng.choice(spec["head"]) + rng.choice(["", " ", "\n"]))
        sep = rng.choice(["、", "、", "，", "；", " ", "/", "\n", ","])
        k = max(2, target)
        for i in range(k):
            if i:
                self.lit(sep)
            self.render(rng.choice(spec["item"]))
        tail = rng.random()
        if tail < 0.3:
            self.lit(f"等{k}人")
        if tail < 0.6:
            self.lit(rng.choice(["。", "；", "\n", "，"]))
            self.render(rng.choice(spec["plain"]))

    def cell_layout(self, target):
        rng, spec = self.rng, self.spec
        sep = rng.choice(["|", "｜", "；", "\n", " / ", "\r\n", "；\n", "  "])
        pool = list(spec["cell"])
        rng.shuffle(pool)
        i = 0
        while pool and (i == 0 or self.n_names() < target) and i < 4:
            if i:
                self.lit(sep)
            self.render(pool.pop())
            i += 1

    def log_layout(self, target):
        rng, spec = self.rng, self.spec
        self.date_fmt = rng.choice([1, 3, 4, 6, 2, 8])
        sep = rng.choice(["\n", "；", "。", "\n", " ", "；\n"])
        after = rng.choice([" ", "，", "：", "", " "])
        pool = list(spec["log"])
        rng.shuffle(pool)
        i = 0
        while pool and (i == 0 or self.n_names() < target) and i < 5:
            if i:
                self.lit(sep)
            if i == 0 or rng.random() < 0.5:
                self.slot("T", None)
                self.lit(after)
            self.render(pool.pop())
            i += 1
        del self.date_fmt

    def domain_body(self, target):
        lay = self.rng.choice(["field", "prose", "list", "cell", "log"])
        getattr(self, lay + "_layout")(target)
        return lay

    # --- families ------------------------------------------------------------------------------
    def english_body(self, target):
        rng, spec = self.rng, self.spec
        lay = rng.randrange(4)
        if rng.random() < 0.35:
            self.lit(rng.choice(["[EXPORT] ", "Remark: ", "remark_en=", "Notes: ", "[auto-translated] "]))
            if rng.random() < 0.4:
                self.slot("EC", None)
                self.lit(rng.choice([" | ", " - ", ": "]))
        if lay == 0:
            pool = list(spec["en"])
            rng.shuffle(pool)
            i = 0
            while pool and (i == 0 or self.n_names() < target) and i < 4:
                if i:
                    self.lit(rng.choice([" ", " ", "; ", "\n"]))
                self.render(pool.pop())
                i += 1
        elif lay == 1:
            lab = rng.choice(["Name", "Applicant", "Contact", "Owner", "Beneficiary"])
            sep = rng.choice(["; ", " | ", "\n", ", "])
            self.lit(lab + ": ")
            self.slot("N", None)
            self.lit(sep + rng.choice(["Village", "Address", "Location"]) + ": ")
            self.slot("EP", None)
            self.lit(sep + "Tel: ")
            self.slot("tel", None)
            self.lit(sep + "Note: ")
            self.render(rng.choice(spec["en"]))
        elif lay == 2:
            self.lit(rng.choice(["Beneficiaries: ", "Persons: ", "List: ", "Visited: ", ""]))
            k = max(2, target)
            sep = rng.choice([", ", "; ", " / ", "\n"])
            for i in range(k):
                if i:
                    self.lit(sep)
                self.slot("N", None)
                r = rng.random()
                if r < 0.3:
                    self.lit(" (")
                    self.slot("EP", None)
                    self.lit(")")
                elif r < 0.45:
                    self.lit(" ")
                    self.slot("tel", None)
            self.lit(rng.choice([". ", "; ", "\n"]))
            self.render(rng.choice(spec["en"]))
        else:
            pool = list(spec["en"])
            rng.shuffle(pool)
            i = 0
            while pool and (i == 0 or self.n_names() < target) and i < 4:
                if i:
                    self.lit("\n")
                if "{ET}" not in pool[-1]:
                    self.slot("ET", None)
                    self.lit(rng.choice([" ", " - ", ": "]))
                self.render(pool.pop())
                i += 1

    def notice_body(self):
        rng, spec = self.rng, self.spec
        self.render(rng.choice(spec["notice"]))
        if rng.random() < 0.45:
            self.lit(rng.choice(["\n", "。", " "]))
            self.render(rng.choice(_NOTICE_EXTRA))
        if rng.random() < 0.2:
            self.lit(rng.choice(["\n", "。", " "]))
            self.slot("X", None)
            x = self.segs[-1][0]
            self.lit(rng.choice(["人民政府", "便民服务中心"] if x[-1] in "镇乡" else
                                ["人民政府", "农业农村局", "残疾人联合会", "水利局", "文化和旅游局"]))
            self.lit(rng.choice([" ", "\n"]))
            self.slot("T", None)

    def lookalike_body(self):
        rng, spec = self.rng, self.spec
        k = rng.random()
        if k < 0.4:
            self.field_layout(0, allow_names=False)
            self.lit(rng.choice(["；", "\n", "。"]))
            self.render(rng.choice(spec["plain"]))
        else:
            pool = list(spec["plain"])
            rng.shuffle(pool)
            sep = rng.choice(["，", "。", "；", "\n"])
            for i in range(2):
                if not pool:
                    break
                if i:
                    self.lit(sep)
                tpl = pool.pop()
                if rng.random() < 0.4 and not tpl.startswith("{T}"):
                    self.slot("T", None)
                    self.lit(" ")
                self.render(tpl)
        if rng.random() < 0.3:
            pre, post = rng.choice([("（", "经办）"), ("，", "负责"), ("，", "已阅"), ("（", "）")])
            self.lit(pre)
            self.slot("S", None)
            self.lit(post)

    # --- finish --------------------------------------------------------------------------------
    def finish(self):
        rng = self.rng
        style = rng.random()
        typo = rng.random() < 0.18
        out = []
        for s, kind in self.segs:
            if kind == "lit":
                if typo and rng.random() < 0.5:
                    for a, b in _TYPOS:
                        if a in s and rng.random() < 0.5:
                            s = s.replace(a, b, 1)
                            break
                if style < 0.2:
                    s = s.translate(_HALF)
                elif style < 0.3:
                    s = "".join(c.translate(_HALF) if rng.random() < 0.4 else c for c in s)
                elif style < 0.38:
                    s = s.replace("：", "： ").replace("，", "， ")
            out.append((s, kind))
        self.segs = out
        return "".join(s for s, _ in out)


def _cue(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in _STRIP_BEFORE:
        i -= 1
    head = text[max(0, i - 14):i]
    if re.search(r"[A-Za-z.]$", head):
        w = re.findall(r"[A-Za-z.]+$", head)[0].lower()
        return w in _EN_CUES or w.rstrip(".") in _EN_CUES
    return any(head.endswith(c) for c in _CUES_CN)


def _spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _schedule(n, rng):
    raw = {f: WEIGHTS[f] * n for f in FAMILIES}
    cnt = {f: int(raw[f]) for f in FAMILIES}
    rest = n - sum(cnt.values())
    for f in sorted(FAMILIES, key=lambda f: (-(raw[f] - cnt[f]), FAMILIES.index(f)))[:rest]:
        cnt[f] += 1
    order = [f for f in FAMILIES for _ in range(cnt[f])]
    rng.shuffle(order)
    return order


def _generate(n: int, seed: int):
    g = _Gen(seed)
    rng = g.rng
    remarks, meta = [], []
    for fam in _schedule(n, rng):
        for attempt in range(60):
            dom = fam if fam in _D else rng.choice(DOMAINS)
            source = {"english_export": "english", "minority_listing": "minority"}.get(fam, "han")
            r = _Remark(g, fam, dom, source)
            target = rng.choice([2, 2, 3, 3, 3, 4])
            if fam == "english_export":
                r.english_body(target)
            elif fam == "public_notice":
                r.notice_body()
            elif fam == "lookalike_only":
                r.lookalike_body()
            else:
                r.domain_body(target)
            if fam != "lookalike_only" and len(r.looks) < 2:
                r.lit(rng.choice(["。", "；", "\n"]) if source != "english" else "; ")
                if source == "english":
                    r.render(rng.choice(["{EP}, {ET}", "{EW}; {EA}", "ref {EC}, {ET}"]))
                else:
                    r.render(rng.choice(r.spec["plain"]))
            text = r.finish()
            if _valid(g, r, text):
                break
        else:  # pragma: no cover
            raise RuntimeError("could not build a valid remark")
        names = list(r.names)
        looks = list(r.looks)
        remarks.append(Remark(text=text, family=fam, names=names, lookalikes=looks,
                              public_officials=fam in PUBLIC_FAMILIES))
        cues = {nm: _cue(text, text.find(nm)) for nm in names}
        meta.append(dict(domain=r.domain, cues=cues, kinds=dict(r.looks)))
        g.texts.append(text)
        for nm in names:
            g.used.add(nm)
            g.index.setdefault(nm[:2], []).append(nm)
        for o, k in r.looks.items():
            if k == "official":
                g.used.add(o)
                g.index.setdefault(o[:2], []).append(o)
        g.corpus = "\x00".join(g.texts)
    return remarks, meta


def _valid(g: _Gen, r: _Remark, text: str) -> bool:
    if r.family != "lookalike_only" and not r.names:
        return False
    if r.family == "lookalike_only" and (r.names or len(r.looks) < 4):
        return False
    taken = []
    for nm in r.names:
        if text.count(nm) != 1:
            return False
        i = text.find(nm)
        taken.append((i, i + len(nm)))
    taken.sort()
    for (a, b), (c, d) in zip(taken, taken[1:]):
        if c < b:
            return False
    for lk in r.looks:
        sp = _spans(text, lk)
        if not sp:
            return False
        for a, b in sp:
            for c, d in taken:
                if a < d and c < b:
                    return False
    # no name of an earlier remark may occur in this text
    for i in range(len(text) - 1):
        for nm in g.index.get(text[i:i + 2], ()):
            if text.startswith(nm, i):
                return False
    return True


def make_remarks(n: int = 2000, seed: int = 2727) -> list[Remark]:
    """The frozen set: ``n`` remarks, deterministic in ``seed``."""
    return _generate(n, seed)[0]


def _build(n: int = 2000, seed: int = 2727):
    """The pools and the set with per-name cue flags and per-look-alike kinds (for the datasheet)."""
    remarks, meta = _generate(n, seed)
    return dict(domains=_D, remarks=remarks, meta=meta)


def stats(n: int = 2000, seed: int = 2727) -> dict:
    remarks, meta = _generate(n, seed)
    out = dict(remarks=len(remarks), names=0, uncued=0, lookalikes=0, domain_looks=0, families={}, kinds={})
    for r, m in zip(remarks, meta):
        f = out["families"].setdefault(r.family, dict(remarks=0, names=0, uncued=0, lookalikes=0, domain=0))
        f["remarks"] += 1
        f["names"] += len(r.names)
        f["uncued"] += sum(1 for v in m["cues"].values() if not v)
        f["lookalikes"] += len(r.lookalikes)
        f["domain"] += sum(1 for k in m["kinds"].values() if k == "domain")
        for k in m["kinds"].values():
            out["kinds"][k] = out["kinds"].get(k, 0) + 1
    for f in out["families"].values():
        out["names"] += f["names"]
        out["uncued"] += f["uncued"]
        out["lookalikes"] += f["lookalikes"]
        out["domain_looks"] += f["domain"]
    return out
