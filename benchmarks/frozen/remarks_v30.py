"""Frozen test set of free-text remarks, edition 30 (written blind).

Datasheet
---------
Who wrote it: a helper session started by the project, working from brief30 only, writing the
pools and templates from its own knowledge of how Chinese county and city offices word their
free-text notes (备注, 情况说明, 台账, 公示). Nothing was copied; no detector, rule or earlier test set
was read, listed, grepped or run.

What was read: the brief; `/work/shared/reference/DOMAIN.md`, sections "Personal data in public
listings" and "Administrative penalty publicity" (used for the 统一社会信用代码 check character and
the phone formats); lines 170-180 of `benchmarks/frozen/remarks.py` (the `Remark` dataclass).
To find those sections a `grep -n '^#'` of DOMAIN.md listed its headings (names only). Slips: none
other than that heading list.

Families (16): twelve domains -- greenhouse_vegetables, matchmaking, moving_company,
security_guards, housekeeping, orchard_fruit, brick_kilns, grassland_grazing, freight_trucks,
housing_agents, home_decoration, boiler_operators -- each written in five layouts (labelled
fields, prose, list rows, joined cells, dated log) with varied punctuation (full/half width),
spaces, line breaks inside a cell and clerks' typos (电活, 身分证, 登计, 以结清...); plus
english_export (a vendor system's English export of such notes), minority_listing (names of
persons of China's minorities in characters), public_notice (公示/公告; officials in their public
role are look-alikes, `public_officials=True`) and lookalike_only (no name at all).

Surface forms of names: surname by a rough frequency (Zipf over ~100 common surnames) plus a tail
of rare and compound surnames (欧阳, 司马, 尉迟, 第五, 万俟...); given names of one and two
characters; old and rural styles (桂兰, 来福, 拴柱, 招娣), generational characters shared by
siblings in one remark, given names that are everyday words (建设, 国庆, 胜利, 平安); nicknames /
小名 (狗蛋, 二丫, 王三娃); a woman's name after her husband's surname (张王氏, 陈李秀英); a
two-character name padded with an ideographic space (王　芳) or a clerk's half-width space. In
english_export: pinyin in either order, CAPS family name, initials (X. Wang, Wang X.M.),
Hong Kong / Macao / Taiwan (Wade-Giles) / Singapore romanisations, English given names with a
Chinese family name. In minority_listing: Uyghur and Kazakh names with a separating dot in its
several written forms (· • ． ・ .), Tibetan, Yi, Mongolian, Jingpo, Wa, Dai names, and
Chinese-style names of Hui, Korean, Zhuang, Miao, Dong, Buyi, Tujia, Li, Yao, Qiang, Naxi, Bai,
Manchu, Lisu persons. About 40% of the names stand without a cue word before them.

Look-alike kinds: `domain` (words of the twelve trades holding a surname character: 黄瓜, 白菜,
红娘, 马甲袋, 金桔, 马蹄窑, 牛羊, 解放牌...), `place` (villages, roads, counties built on a surname:
李家村, 王庄, 张家口, 尼玛县, 和田), `firm` (shops and firms: 王记搬家, 老陈农资店, 张氏果业),
`brand`, `date`, `code` (统一社会信用代码 with a valid check character, 证号, 合同号), `amount`,
`plate`, `docno` (文号), `official` (public_notice only: contact person, reviewer, signing head),
`english` (English words, brands and places in English exports, incl. May/Grant/Bill/Rose),
`trade` (words of the trades without a surname character),
`trade` (words of the trades without a surname character),
`word` (everyday words holding a surname character). No surname-plus-title is ever planted as a
name; such strings occur only inside firm names.

Counts at n=2000, seed=3030 (see `stats()`): 5,752 planted names, 2,536 (44%) without a cue word
before them (judged by `_is_cued` on the final text); 10,648 look-alikes, of which 4,539 (43%) are
`domain` words holding a surname character (plus 578 `trade`), 1,345 dates, 1,347 amounts, 878
places, 516 firms, 347 English, 310 plates, 243 codes, 241 officials, 126 words, 95 brands, 83 文号.
Per family (remarks/names/look-alikes): 12 domains 120 each, 312-452 names, 515-774 look-alikes;
english_export 140/441/593; minority_listing 140/406/715; public_notice 160/511/1039;
lookalike_only 120/0/1018. Look-alikes run above the brief's ~9,000 and names a little under its
~6,000 (the ratio is ~1.85 rather than 1.5).

Limits: texts are assembled from templates and pools; the domain word in a slot is drawn from a
short list of fitting words, so some combinations are odd (a price per 斤 of 30 元, a firm of one
trade in another's note). A remark's names are unique in the whole set, so common two-character
names are rarer than in life.
"""
from __future__ import annotations

import random
import re

try:
    from benchmarks.frozen.remarks import Remark
except ImportError:  # pragma: no cover - when benchmarks/ itself is on sys.path
    from frozen.remarks import Remark

VERSION = "frozen-remarks-30 (2026-12-07)"

DOMAINS = (
    "greenhouse_vegetables", "matchmaking", "moving_company", "security_guards", "housekeeping",
    "orchard_fruit", "brick_kilns", "grassland_grazing", "freight_trucks", "housing_agents",
    "home_decoration", "boiler_operators",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{d: 0.06 for d in DOMAINS}, "english_export": 0.07, "minority_listing": 0.07,
           "public_notice": 0.08, "lookalike_only": 0.06}
LAYOUTS = ("labelled", "prose", "list", "joined", "log")

# ----------------------------------------------------------------------------------------------
# surnames and given names
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
    "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄"
    "丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区"
    "郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍"
    "辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣"
    "信展阴昝智幸奉植衡富尧闭由黑红水东西上"
)
TOP_SURNAMES = COMMON_SURNAMES[:100]
RARE_SURNAMES = "亓禚逯訾郜禤冼闵滕甄牟栾隋阚庹昝寇佘靳冀邸荆麻蒯揭郏眭仉笪辜糜蔺酆宓晏乜谯鄂郦尧暴"
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯",
                     "端木", "宇文", "长孙", "闻人", "南宫", "澹台", "第五", "申屠", "呼延", "赫连",
                     "万俟", "独孤", "司徒", "钟离", "轩辕", "百里", "左丘", "拓跋")
SURNAME_CHARS = set(COMMON_SURNAMES) | set(RARE_SURNAMES) | set("".join(COMPOUND_SURNAMES))

G1 = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞斌辉波宁琴云峰建林亮成龙凤梅燕雪莲荣贵福生海山东文武德兵宏琳丹倩婷颖晨欣悦浩宇轩博锋岩鑫凯坤昊珊蕾瑶莹"
G2A = "秀桂玉淑凤春建国志振永海金德文红晓小丽美雨思梦俊宏新学长明家佳嘉天浩立翠素爱月冬世光庆兴福"
G2B = "英兰珍芳华梅琴霞云凤平明军强国林生荣贵文杰辉伟娟燕萍丽敏洁涵怡轩宇航阳花香莲芬莉勇刚良民清"
OLD_GIVEN = ("桂兰", "秀英", "玉珍", "淑珍", "凤英", "金花", "翠花", "来福", "富贵", "根生", "水生",
             "铁柱", "招娣", "来娣", "春花", "满仓", "拴柱", "有财", "玉兰", "秀芝", "桂芝", "凤兰",
             "二妮", "长庚", "广田", "福顺", "兰芝", "银凤", "金锁", "石头", "喜旺", "改娣", "引弟",
             "秋菊", "冬梅", "满囤", "德旺", "树林", "老根", "海旺")
WORD_GIVEN = ("建设", "国庆", "卫东", "红旗", "和平", "胜利", "跃进", "向阳", "海燕", "春雷", "光明",
              "长江", "解放", "援朝", "抗美", "卫国", "文化", "自力", "新民", "前进", "爱国", "平安",
              "吉祥", "丰收", "利民", "建军", "建华", "永红", "东风", "志刚", "振华", "立新", "卫红",
              "金山", "银河", "小平", "春风", "秋生", "朝阳", "宝石")
NICKNAMES = ("狗蛋", "二丫", "铁蛋", "狗剩", "三娃", "二妮", "小芳", "大妞", "毛毛", "石头", "栓子",
             "丫蛋", "二愣", "根娃", "胖丫", "小满", "柱子", "虎子", "老疙瘩", "三丫", "四喜", "五斤",
             "来喜", "金豆", "二狗", "七斤", "牛娃", "秀儿", "妞妞", "小三子")
GEN_CHARS = "建国志永德家世明长宗文学继忠光玉传宏昌绍庆兴"

PUBLIC_FIGURES = {
    "李娜", "刘翔", "姚明", "王菲", "刘德华", "周杰伦", "李连杰", "成龙", "张艺谋", "马云", "王健林",
    "李宁", "郭晶晶", "杨利伟", "邓亚萍", "孙杨", "林丹", "李白", "杜甫", "刘备", "张飞", "关羽",
    "曹操", "孙权", "诸葛亮", "毛泽东", "邓小平", "习近平", "李强", "王毅", "李克强", "胡锦涛",
    "江泽民", "朱镕基", "温家宝", "周恩来", "刘少奇", "朱德", "王岐山", "蔡奇", "丁薛祥", "李希",
    "韩正", "彭丽媛", "宋庆龄", "孙中山", "鲁迅", "郭沫若", "巴金", "老舍", "莫言", "余华", "屠呦呦",
    "袁隆平", "钟南山", "雷锋", "焦裕禄", "王进喜", "范冰冰", "赵薇", "章子怡", "巩俐", "黄渤",
    "沈腾", "王宝强", "杨幂", "赵丽颖", "刘涛", "王刚", "李冰冰", "徐静蕾", "周迅", "韩红", "那英",
    "宋丹丹", "赵本山", "冯巩", "郎平", "朱婷", "刘国梁", "马龙", "张继科", "邓稼先", "钱学森",
    "岳飞", "秦桧", "武则天", "杨贵妃", "西门庆", "潘金莲", "欧阳修", "司马迁", "司马光", "上官婉儿",
    "才旦卓玛", "斯琴高娃", "吉克隽逸", "阿苏拉则", "吉克阿优", "腾格尔", "德德玛", "韩磊", "降央卓玛",
    "李小龙", "黄家驹", "张学友", "郭富城", "梁朝伟", "王家卫", "邓丽君", "林青霞", "蔡英文", "马英九",
    "李光耀", "李显龙", "王石", "任正非", "雷军", "刘强东", "董明珠", "马化腾", "李彦宏", "宗庆后",
    "Li Na", "Yao Ming", "Jack Ma", "Jackie Chan", "Andy Lau", "Tony Leung", "Bruce Lee",
    "Lee Kuan Yew", "Lee Hsien Loong", "Jay Chou", "Faye Wong", "Liu Xiang", "Lang Ping",
}


def _zipf(seq, s=1.0, k=4.0):
    return [1.0 / (i + k) ** s for i in range(len(seq))]


_TOP_W = _zipf(TOP_SURNAMES)


class _Ctx:
    """Per-set state: names and officials already used anywhere in the set."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()


def _surname(rng):
    r = rng.random()
    if r < 0.84:
        return rng.choices(TOP_SURNAMES, weights=_TOP_W)[0]
    if r < 0.92:
        return rng.choice(COMMON_SURNAMES[100:-6])
    if r < 0.96:
        return rng.choice(RARE_SURNAMES)
    return rng.choice(COMPOUND_SURNAMES)


def _given(rng):
    r = rng.random()
    if r < 0.33:
        return rng.choice(G1)
    if r < 0.78:
        return rng.choice(G2A) + rng.choice(G2B)
    if r < 0.90:
        return rng.choice(OLD_GIVEN)
    return rng.choice(WORD_GIVEN)


def _cn_raw(rng):
    r = rng.random()
    if r < 0.025:
        return rng.choice(NICKNAMES)                              # 小名 alone
    if r < 0.05:
        return rng.choice(TOP_SURNAMES[:40]) + rng.choice(NICKNAMES[:20])   # 王三娃
    if r < 0.065:
        return rng.choice(TOP_SURNAMES[:40]) + rng.choice(TOP_SURNAMES[:40]) + "氏"  # 张王氏
    if r < 0.08:
        return rng.choice(TOP_SURNAMES[:30]) + rng.choice(TOP_SURNAMES[:60]) + rng.choice(G2A) + rng.choice(G2B)
    name = _surname(rng) + _given(rng)
    if len(name) == 2 and rng.random() < 0.12:
        name = name[0] + rng.choice(("\u3000", " ")) + name[1]   # padded in a form column
    return name


def _fresh(ctx, maker):
    for _ in range(200):
        n = maker(ctx.rng)
        key = n.replace("\u3000", "").replace(" ", "") if re.search("[\u4e00-\u9fff]", n) else n
        if n in ctx.used or key in PUBLIC_FIGURES or n in PUBLIC_FIGURES:
            continue
        ctx.used.add(n)
        return n
    raise RuntimeError("name pool exhausted")


def cn_name(ctx):
    return _fresh(ctx, _cn_raw)


def gen_name(ctx, state):
    """A sibling sharing surname and generational character with the remark's family."""
    rng = ctx.rng
    if "gen" not in state:
        sur = state.get("last_surname") or rng.choice(TOP_SURNAMES[:60])
        state["gen"] = (sur, rng.choice(GEN_CHARS), rng.random() < 0.8)

    def mk(r):
        s, g, first = state["gen"]
        c = r.choice(G1 + "忠良安华仁义礼智信勤俭")
        return s + (g + c if first else c + g)
    return _fresh(ctx, mk)


# minority names -------------------------------------------------------------------------------
UY_GIVEN = ("阿不都热合曼", "艾合买提", "买买提", "吐尔逊", "热依拉", "古丽巴哈尔", "阿依古丽", "努尔古丽",
            "艾力", "依明", "库尔班", "阿布力孜", "帕提古丽", "麦尔哈巴", "吾斯曼", "阿卜杜拉", "塔依尔",
            "肉孜", "玉素甫", "米热古丽", "迪丽努尔", "祖丽皮亚", "排尔哈提", "艾尔肯", "热孜宛古丽",
            "吐逊江", "买合木提", "赛买提", "如先古丽", "沙吾提", "阿力木江", "阿依努尔", "图尔荪阿依")
UY_FATHER = ("托合提", "尼亚孜", "卡德尔", "亚森", "吾买尔", "克依木", "买吐送", "阿西木", "艾买提",
             "热合曼", "肉孜", "玉努斯", "吐尔洪", "阿不力米提", "依不拉音", "苏来曼", "卡斯木", "巴拉提")
KZ = ("努尔兰", "叶尔兰", "别克", "哈那提", "阿依达娜", "古丽娜尔", "叶尔肯", "达吾列提", "加尔肯",
      "木拉提", "哈力木", "阿曼", "巴合提别克", "哈布力", "沙吾列", "阿勒腾", "库兰", "吾拉孜汗",
      "赛力克", "波拉提", "努尔江", "加娜尔", "阿斯哈尔", "叶尔波拉", "马合沙提", "居玛别克")
TIB = ("扎西", "次仁", "卓玛", "顿珠", "旦增", "央金", "拉姆", "尼玛", "格桑", "平措", "多吉", "德吉",
       "罗布", "白玛", "索朗", "曲珍", "普布", "边巴", "达瓦", "巴桑", "洛桑", "仁青", "措姆", "拉巴",
       "次旦", "贡布", "桑珠", "益西", "强巴", "晋美", "卓嘎", "仓决", "米玛", "嘎玛", "群培", "拉宗")
YI_CLAN = ("吉克", "阿库", "沙马", "曲比", "海来", "阿苏", "俄地", "吉伍", "马海", "阿西", "瓦扎",
           "勒格", "阿的", "日火", "吉尔", "阿尔", "比曲", "加拉")
YI_GIVEN = ("拉则", "木呷", "曲布", "阿呷", "伍各", "日哈", "石且", "尔古", "布哈", "么妞", "阿果",
            "金曲", "子日", "拉哈", "尔日", "阿支", "史古", "莫色", "尔布")
MONG = ("巴特尔", "额尔敦", "其其格", "乌日娜", "朝鲁", "苏和", "宝音", "那仁", "满都拉", "阿拉坦",
        "哈斯", "格日勒", "巴雅尔", "敖登", "图门", "呼和", "查干", "特木尔", "孟和", "达来", "毕力格",
        "吉日嘎拉", "萨仁", "塔娜", "其木格", "乌云", "娜仁", "图雅", "巴根", "布和", "额日和")
KOR_S = "朴金崔李郑姜赵尹张林韩申权玄池全具南俞"
KOR_G = ("成浩", "英子", "明哲", "顺姬", "贞淑", "英爱", "京浩", "哲洙", "永植", "春花", "美善", "顺女",
         "东日", "光日", "银淑", "锦子", "泰洙", "相勋", "惠英", "玉顺", "镇宇", "昌范", "正淑", "英姬")
JP_CLAN = ("排", "勒排", "木然", "岳", "穆然", "恩昆", "石", "何")
JP_ORDER = ("早", "诺", "腊", "堵", "唐", "锐", "路", "扎", "崩", "比", "冬", "幺")
WA_DAI = ("岩", "叶", "娜", "玉")
WA_DAI_G = ("块", "嘎", "扫", "保", "温", "罕", "坎", "香", "叫", "腊", "娥", "光", "拉", "帕", "旺", "应", "儿")
HAN_STYLE = {  # ethnic label: surnames typical in the area
    "回族": "马马马白哈纳丁沙海米穆马杨",
    "壮族": "韦覃蒙陆黄农莫梁卢蓝",
    "苗族": "龙吴杨石麻滕田张",
    "侗族": "吴杨石龙粟欧",
    "布依族": "罗韦岑王班卢",
    "土家族": "向田彭覃冉谭",
    "黎族": "符王吉黎邢羊",
    "瑶族": "盘赵邓冯李",
    "羌族": "余王杨何董",
    "纳西族": "和和木杨",
    "白族": "段杨赵李尹",
    "满族": "关那佟富钮",
    "傈僳族": "余李和麻",
}
DOTS = ("·", "·", "·", "•", "．", "・", ".")


def _minority_raw(rng):
    r = rng.random()
    if r < 0.16:
        return rng.choice(UY_GIVEN) + rng.choice(DOTS) + rng.choice(UY_FATHER), "维吾尔族"
    if r < 0.26:
        return rng.choice(KZ) + rng.choice(DOTS) + rng.choice(KZ), "哈萨克族"
    if r < 0.38:
        a, b = rng.sample(TIB, 2)
        return (a + b if rng.random() < 0.85 else a), "藏族"
    if r < 0.46:
        return rng.choice(YI_CLAN) + rng.choice(YI_GIVEN), "彝族"
    if r < 0.54:
        if rng.random() < 0.3:
            return rng.choice("包白韩鲍") + rng.choice(MONG), "蒙古族"
        a, b = rng.sample(MONG, 2)
        return a + b, "蒙古族"
    if r < 0.60:
        return rng.choice(KOR_S) + rng.choice(KOR_G), "朝鲜族"
    if r < 0.64:
        return rng.choice(JP_CLAN) + rng.choice(JP_ORDER) + rng.choice(("", "", "山", "妹", "干")), "景颇族"
    if r < 0.69:
        p = rng.choice(WA_DAI)
        return p + rng.choice(WA_DAI_G) + rng.choice(("", "", rng.choice(WA_DAI_G))), ("佤族" if p in "岩叶娜" and rng.random() < 0.5 else "傣族")
    eth = rng.choice(sorted(HAN_STYLE))
    s = rng.choice(HAN_STYLE[eth])
    g = rng.choice(G2A) + rng.choice(G2B) if rng.random() < 0.7 else rng.choice(("亚妹", "金妹", "有福", "老四", "阿妹", "秀英", "金凤", "世荣", "光明"))
    return s + g, eth


def minority_name(ctx, state):
    holder = {}

    def mk(r):
        n, eth = _minority_raw(r)
        holder["eth"] = eth
        return n
    n = _fresh(ctx, mk)
    state["eth"] = holder["eth"]
    return n


# English romanisations -----------------------------------------------------------------------
PY_S = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
        "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han",
        "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Jiang", "Cai",
        "Du", "Ye", "Cheng", "Su", "Wei", "Lyu", "Ding", "Ren", "Shen", "Yao", "Lu", "Cui", "Zhong",
        "Tan", "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Fu", "Fang", "Bai", "Zou", "Meng", "Xiong",
        "Qin", "Qiu", "Yin", "Xue", "Yan", "Duan", "Lei", "Hou", "Long", "Tao", "Gu", "Mao", "Hao",
        "Gong", "Shao", "Qian", "Dai", "Kong", "Xiang", "Ouyang", "Sima", "Shangguan", "Murong", "Yuchi")
PY_G = ("wei", "fang", "na", "min", "jing", "li", "qiang", "lei", "jun", "yang", "yong", "yan", "jie",
        "juan", "tao", "ming", "chao", "xiu", "xia", "ping", "gang", "gui", "ying", "hua", "yu", "lan",
        "peng", "fei", "bin", "hui", "bo", "ning", "qin", "yun", "feng", "jian", "lin", "liang",
        "cheng", "long", "mei", "xue", "lian", "rong", "fu", "sheng", "hai", "shan", "dong", "wen",
        "de", "hong", "dan", "qian", "ting", "xin", "hao", "xuan", "zi", "jia", "guo", "zhi", "chun",
        "xiao", "shu", "zhen", "kai", "rui", "yue", "tian", "zhong", "qing", "lu", "shuang")
HK_S = ("Chan", "Wong", "Cheung", "Lau", "Lee", "Ho", "Ng", "Leung", "Tsang", "Yip", "Chow", "Kwok",
        "Tse", "Lam", "Tang", "Fung", "Chu", "Mak", "Lo", "Yeung", "Au", "Siu", "Poon", "Kwan", "Choi")
HK_G = ("Ka", "Wai", "Man", "Ming", "Chi", "Kin", "Siu", "Yee", "Wing", "Hoi", "Kwok", "Shing", "Fai",
        "Kit", "Yan", "Ling", "Mei", "Sze", "Hung", "Tak", "Keung", "Chun", "Pui", "Shan", "Tsz", "Lok")
MO_S = ("Leong", "Lei", "Chan", "Wong", "Ho", "Lam", "Ieong", "Iao", "Sou", "Kuok", "Cheong", "U")
MO_G = ("Kuok", "Hou", "Iat", "Kin", "Ian", "Ut", "Lai", "Sio", "Weng", "Hong", "Mei", "Keng", "Chon", "Ieng", "Va", "Cheng")
TW_S = ("Chang", "Chen", "Lin", "Huang", "Li", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng",
        "Hsieh", "Kuo", "Hung", "Chiu", "Tseng", "Liao", "Lai", "Chou", "Hsiao", "Yeh", "Su", "Chuang", "Chiang")
TW_G = ("Chih", "Ming", "Wei", "Hsiang", "Chun", "Yi", "Hsin", "Ting", "Mei", "Ling", "Chia", "Kuo",
        "Hui", "Jung", "Tsung", "Shu", "Fen", "Yu", "Hao", "Chien", "Cheng", "Hsuan", "Pei", "Tzu")
SG_S = ("Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo",
        "Tay", "Ho", "Low", "Toh", "Sim", "Chong", "Chia", "Seah", "Quek")
SG_G = ("Ah", "Kow", "Bee", "Leng", "Siew", "Hong", "Boon", "Huat", "Kim", "Seng", "Hock", "Chye",
        "Swee", "Geok", "Lian", "Poh", "Eng", "Choon", "Keng", "Mui", "Soon")
EN_G = ("Mary", "Kevin", "Jenny", "David", "Michael", "Grace", "Vivian", "Eric", "Jason", "Linda",
        "Amy", "Peter", "Helen", "Alice", "Winnie", "Sandy", "Lucy", "Cindy", "Ivan", "Frank",
        "Stella", "Tommy", "Annie", "Raymond", "Joyce", "Kelvin", "Ada", "Vincent", "Queenie", "Sammy")


def _en_raw(rng):
    r = rng.random()
    if r < 0.50:
        s = rng.choice(PY_S)
        g = rng.choice(PY_G)
        if rng.random() < 0.6:
            g2 = rng.choice(PY_G)
            g = g + g2
        else:
            g2 = ""
        G = g.capitalize()
        f = rng.randrange(9)
        if f == 0:
            return f"{s} {G}"
        if f == 1:
            return f"{G} {s}"
        if f == 2:
            return f"{s.upper()} {G}"
        if f == 3:
            return f"{G} {s.upper()}"
        if f == 4:
            return f"{s.upper()} {G.upper()}"
        if f == 5:
            return f"{G[0]}. {s}"
        if f == 6:
            ini = G[0] + "." + (g2[0].upper() + "." if g2 else "")
            return f"{s} {ini}"
        if f == 7 and g2:
            return f"{s} {g[:-len(g2)].capitalize()}-{g2}"
        return f"{s}, {G}"
    if r < 0.62:
        s, a, b = rng.choice(HK_S), rng.choice(HK_G), rng.choice(HK_G)
        return rng.choice((f"{s} {a} {b}", f"{s} {a}-{b.lower()}", f"{s.upper()} {a} {b}", f"{a}-{b.lower()} {s}"))
    if r < 0.69:
        return f"{rng.choice(MO_S)} {rng.choice(MO_G)} {rng.choice(MO_G)}"
    if r < 0.79:
        s, a, b = rng.choice(TW_S), rng.choice(TW_G), rng.choice(TW_G)
        return rng.choice((f"{s} {a}-{b.lower()}", f"{a}-{b} {s}", f"{s.upper()} {a}-{b.lower()}"))
    if r < 0.88:
        return f"{rng.choice(SG_S)} {rng.choice(SG_G)} {rng.choice(SG_G)}"
    e = rng.choice(EN_G)
    s = rng.choice(PY_S[:40] + HK_S)
    return rng.choice((f"{e} {s}", f"{e} {s.upper()}", f"{s}, {e}", f"{e} {s} {rng.choice(HK_G)}-{rng.choice(HK_G).lower()}"))


def en_name(ctx):
    def mk(r):
        n = _en_raw(r)
        return n if len(n) >= 5 else n + " " + r.choice(PY_G).capitalize()
    return _fresh(ctx, mk)


# ----------------------------------------------------------------------------------------------
# look-alike generators
PLACE_SUFFIX = ("村", "沟", "湾", "坪", "营", "庄", "岭", "坝", "屯", "寨", "堡", "洼", "桥", "峪", "店", "集", "岗", "窑")
PLACES_FIXED = ("张家口", "石家庄", "周口", "郑州", "马鞍山", "赵县", "黄石", "金华", "林州", "高密", "寿光",
                "曹县", "宋庄", "韩城", "邓州", "彭水", "潘家园", "田家庵", "崔家营", "钟祥", "范县",
                "白城", "江山", "龙口", "鲁山", "苏家屯", "冯家峪", "马家堡", "雷州", "毛家湾")
FIRM_TAIL = ("五金店", "农资店", "搬家服务部", "家政服务部", "果业合作社", "砖厂", "物流", "房产", "装饰",
             "锅炉维修部", "保安服务有限公司", "婚介所", "蔬菜购销部", "运输队", "牧业合作社", "建材行")


def la_place(rng):
    r = rng.random()
    if r < 0.55:
        s = rng.choice(TOP_SURNAMES[:70])
        mid = rng.choice(("家", "家", "", "庄", "家大"))
        suf = rng.choice(PLACE_SUFFIX)
        if mid and mid[-1] == suf:
            suf = "村"
        p = s + mid + suf
        if len(p) == 2 and suf not in "村庄":
            p += "村"
        return p + rng.choice(("", "", "村" if not p.endswith("村") else "", "组"))
    if r < 0.75:
        return rng.choice(PLACES_FIXED)
    s = rng.choice(TOP_SURNAMES[:60])
    return s + rng.choice(("家巷", "家胡同", "公路", "庄路", "家湾路", "家桥街", "营街")) + (rng.choice(("", f"{rng.randint(2, 188)}号")))


FIRM_TAILS = {
    "greenhouse_vegetables": ("农资店", "蔬菜购销部", "种苗站", "农资经营部"),
    "matchmaking": ("婚介所", "婚庆公司", "饭店", "茶楼"),
    "moving_company": ("搬家服务部", "搬家公司", "物流"),
    "security_guards": ("保安服务有限公司", "物业公司", "超市"),
    "housekeeping": ("家政服务部", "家政公司", "母婴护理中心"),
    "orchard_fruit": ("果业合作社", "果品收购站", "冷库"),
    "brick_kilns": ("砖厂", "建材行", "机砖厂"),
    "grassland_grazing": ("牧业合作社", "饲草料店", "兽药店"),
    "freight_trucks": ("物流", "运输队", "货运站", "石料厂"),
    "housing_agents": ("房产", "房产经纪部", "地产中介"),
    "home_decoration": ("装饰", "装饰工程队", "建材行"),
    "boiler_operators": ("锅炉维修部", "洗浴中心", "供热站", "酒店"),
}


def la_firm(rng, domain=None):
    s = rng.choice(TOP_SURNAMES[:50])
    head = rng.choice((s + "记", "老" + s, s + "氏", s + "师傅", s + "家", s + "大姐", "小" + s, s + "哥"))
    tails = FIRM_TAILS.get(domain) if domain and rng.random() < 0.85 else FIRM_TAIL
    return head + rng.choice(tails)


def _fw(s, rng):
    if rng.random() < 0.12:
        return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return s


def la_date(rng):
    y, m, d = rng.choice((2023, 2024, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    f = rng.randrange(8)
    s = (f"{y}年{m}月{d}日", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日", f"{y}/{m}/{d}",
         f"{m}.{d}", f"{y}年{m}月{d}号", f"{str(y)[2:]}.{m:02d}.{d:02d}")[f]
    if rng.random() < 0.05:
        s = rng.choice(("正月", "二月", "三月", "腊月", "冬月", "八月")) + rng.choice(("初五", "十八", "廿三", "初九", "十二"))
    return _fw(s, rng)


def la_amount(rng):
    v = rng.choice((rng.randint(2, 99) * 10, rng.randint(1, 300) * 100, rng.randint(1, 90) * 1000, rng.randint(1, 9999)))
    f = rng.randrange(7)
    if f == 6:
        return rng.choice(("壹万贰仟元整", "叁仟伍佰元", "捌佰元整", "伍万元整", "贰仟肆佰元整", "玖佰陆拾元"))
    return _fw((f"{v}元", f"{v:,}元", f"￥{v}", f"{v}.00元", f"{v / 10000:g}万元" if v >= 1000 else f"{v}块", f"人民币{v}元")[f], rng)


PROV = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"
PLATE_L = "ABCDEFGHJKLMNPQRS"


def la_plate(rng):
    tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ" if i == 0 else "0123456789") for i in range(5))
    p = rng.choice(PROV) + rng.choice(PLATE_L) + rng.choice(("", "·", " ")) + tail
    return p + rng.choice(("", "", "", "挂"))


_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def la_code(rng):
    r = rng.random()
    if r < 0.4:
        body = rng.choice(("91", "92", "93", "52")) + f"{rng.randint(110000, 659000)}" + "".join(rng.choice(_CC) for _ in range(10))
        c = (31 - sum(_CC.index(ch) * w for ch, w in zip(body, _CW)) % 31) % 31
        return body + _CC[c]
    if r < 0.6:
        return rng.choice(("HT", "ZL", "BA", "JZ")) + f"-{rng.randint(2023, 2026)}-{rng.randint(1, 9999):04d}"
    if r < 0.8:
        return rng.choice(("保安员证", "证号", "编号", "备案号")) + f"{rng.randint(10**9, 10**10 - 1)}"
    return rng.choice(("G1", "G2", "G3")) + f"{rng.randint(100000, 999999)}{rng.randint(1000, 9999)}"


def la_docno(rng):
    org = rng.choice(("县农", "市监", "县公", "区住建", "县交", "旗农牧", "县自然资源", "市场监管", "县人社", "区城管"))
    kind = rng.choice(("发", "处罚", "罚字", "通", "函", "决字"))
    br = rng.choice((("〔", "〕"), ("[", "]"), ("（", "）"), ("【", "】")))
    return f"{org}{kind}{br[0]}{rng.choice((2024, 2025, 2026))}{br[1]}{rng.randint(1, 320)}号"


WORDS = ("马上", "方便", "周末", "高峰期", "黄金周", "白天", "温度", "林地", "石子", "江边", "金额", "余额",
         "雷雨", "安全", "明天", "常年", "朱红", "钱款", "何时", "杨树", "柳树", "陆续", "花费", "向东",
         "于是", "田间", "宁可", "曾经", "任何", "沈阳方向", "和解", "乐意", "包括", "时间", "管理", "武装")

# ----------------------------------------------------------------------------------------------
# domains: look-alike domain words, brands, public-notice topics, English vocabulary, templates.
# Template tokens: {N} name after a cue word, {n} name with no cue, {G}/{g} sibling (generational),
# {D} domain word, {P} place, {S} firm, {B} brand, {T} date, {A} amount, {V} plate, {C} code,
# {W} 文号, {X} everyday word, {age} {tel} {k} {i} plain fillers.
DOM = {}

DOM["greenhouse_vegetables"] = dict(
    roles=('种植户', '菜农', '户主', '村民', '赊购人'),
    words=("黄瓜", "白菜", "韭黄", "甘蓝", "毛豆", "花菜", "包菜", "冷棚", "温棚", "农膜", "农资", "苗床",
           "石灰氮", "黄板", "蓝板", "叶菜", "南瓜", "黑籽南瓜", "金针菇", "华冠番茄", "秦椒", "钟形椒",
           "冬暖式温室", "丰产膜", "白粉病", "黄化曲叶病毒", "花叶病", "高温闷棚", "施肥", "苗龄"),
    brands=("史丹利", "金正大", "鲁西", "司尔特", "农夫乐", "田园王"),
    topic="设施蔬菜大棚建设补贴", act="发放补贴",
    en=("greenhouse", "cucumber", "cabbage", "cold frame", "fertilizer on credit", "buying station", "Shouguang", "Shidanli"),
    labelled=(
        "种植户：{N}；棚号：{k}号{D:冷棚|温棚|冬暖式温室}；赊销：{B}复合肥{k}袋，{A}；担保人：{N}；日期：{T}",
        "户主:{N} 地址:{P} 品种:{D:黄瓜|华冠番茄|秦椒|钟形椒|韭黄|甘蓝} 面积:{k}亩 收购点经手:{N} 备注:{n}代签",
        "赊购人：{N}\n联系电话：{tel}\n所购：{D:黑籽南瓜|黄瓜|白菜}种子、{D:农膜|丰产膜|黄板|蓝板|石灰氮}\n金额：{A}\n还款日：{T}",
        "姓名：{N}  身份证后四位：{k}{k}  棚数：{k}  主栽：{D:黄瓜|秦椒|韭黄}/{D:甘蓝|包菜|花菜}  收购点：{S}",
    ),
    prose=(
        "{T}，{P}的{n}来店赊走{B}{k}包，说好{D:黄瓜|秦椒|华冠番茄}下来后还{A}，由其女婿{N}作保。",
        "{n}家的{D:黄瓜|钟形椒|华冠番茄}今年遇上{D:白粉病|黄化曲叶病毒|花叶病}，{n}和{n}两户合伙承包的{k}个{D:冷棚|温棚}减产，收购点按{Q}收。",
        "{n}反映{S}卖的{D:黄瓜|南瓜|甘蓝}苗不出苗，要求退款{A}，其妻{N}在场，已协调。",
        "经查，{n}于{T}在{P}收购{D:白菜|包菜|韭黄}时短斤少两，{n}、{n}等{k}户种植户联名反映。",
    ),
    list=("{i}. {n} {P} {D:黄瓜|秦椒|韭黄}{k}棚 {tel}", "{i}、{n}（{age}岁）赊{D:农膜|石灰氮|丰产膜}{A}", "{i} {n} {D:黄瓜|白菜|毛豆} 欠款{A} 未还"),
    joined=("{n}/{P}/{D:黄瓜|甘蓝|叶菜}/{A}/{T}", "{n} {tel} {D:农资|农膜} 已结清|{n} {D:农资|石灰氮} 欠{A}", "{n}；{D:黄瓜|包菜}；{S}；{n}代收"),
    log=("{T} {n}交{D:黄瓜|白菜|毛豆}{k}斤，单价{Q}", "{T}：回访种植户{N}，{D:黄瓜|南瓜|秦椒}长势一般", "{T} 收购点{n}与{n}发生争执，涉及{D:白菜|黄瓜}过秤",
         "{T} {n}还{B}货款{A}"),
)
DOM["matchmaking"] = dict(
    roles=('会员', '女方', '男方', '介绍人', '红娘'),
    words=("红娘", "金婚", "牵线费", "相亲角", "白金会员", "钻石会员", "龙凤帖", "花轿", "媒人钱", "单身联谊会",
           "司仪", "贺礼", "婚房", "黄道吉日", "相亲大会", "诚信婚恋", "高学历", "安家", "连理", "会员卡", "彩礼", "喜宴"),
    brands=("百合", "世纪佳缘", "珍爱", "金玉良缘"),
    topic="\"鹊桥会\"单身青年联谊活动报名", act="确认参加",
    en=("matchmaking", "membership fee", "blind date", "bride price", "wedding banquet", "Golden Membership", "Matchmaker"),
    labelled=(
        "会员：{N}；性别：女；年龄：{age}；介绍人：{N}；会员级别：{D:白金会员|钻石会员}；缴费：{A}",
        "会员编号{k}{k}  姓名:{N}  红娘:{n}  状态:已见面  备注:对方{N}未回复",
        "登记人：{N}\n要求：有{D:婚房|婚车}、{D:高学历|安家}\n母亲{N}陪同登记\n日期：{T}",
    ),
    prose=(
        "{T}经{D:红娘|媒人}撮合，{n}与{n}在{S}见面，双方同意继续接触，{n}母亲要求{D:彩礼|婚房}{A}。",
        "{n}投诉所里收了{A}{D:牵线费|会员费}却只安排见了一次，介绍的{n}已婚，要求退费。",
        "{n}和{n}经人介绍相识，{P}男方家长{N}来所询问{D:彩礼|黄道吉日|喜宴}事宜。",
    ),
    list=("{i}. {n} 女 {age}岁 {P} 离异", "{i}、{n}（男，{age}）{D:高学历|白金会员|钻石会员}", "{i} {n} {tel} {D:相亲大会|单身联谊会}"),
    joined=("{n}|{age}|{D:高学历|有婚房}|{n}介绍", "{n}、{n}/{D:相亲角|相亲大会}/{T}见面", "{n} {tel} 已交{A} 红娘{n}"),
    log=("{T} {n}来电咨询{D:会员卡|白金会员}", "{T}：安排{n}与{n}见面，地点{S}", "{T} 会员{N}退会，退{A}", "{T} {n}反映对方{n}隐瞒婚史"),
)
DOM["moving_company"] = dict(
    roles=('客户', '搬运工', '司机', '师傅', '业主'),
    words=("马甲袋", "包装箱", "钢琴搬运", "高楼搬运", "拆装费", "楼层费", "长途搬家", "金杯车", "叶子板", "木箱",
           "白鹤搬场", "打包费", "钟表", "古董柜", "石材台面", "方桌", "杨木床", "红木家具", "车费", "空调移机",
           "茶几", "衣柜", "纸箱", "厢货"),
    brands=("五十铃", "江铃", "福田", "解放", "金杯"),
    topic="搬家服务行业诚信经营户评选", act="评为诚信经营户",
    en=("moving company", "mover", "wardrobe", "scratched", "compensation", "packing boxes", "Jinbei van", "Grant"),
    labelled=(
        "客户：{N}；电话：{tel}；起点：{P}；终点：{P}；搬运工：{N}、{n}；费用：{A}",
        "投诉人:{N} 车号:{V} 损坏物品:{D:红木家具|钟表|古董柜}、{D:茶几|方桌|石材台面} 赔偿:{A} 负责师傅:{N}",
        "客户姓名：{N}\n损坏：{D:杨木床|红木家具|方桌|衣柜}划伤\n处理：赔{A}\n经手：{n}",
    ),
    prose=(
        "{T}，{n}家从{P}搬到{P}，搬运工{n}把{D:红木家具|古董柜|钟表}磕坏，客户要求赔{A}，公司只同意按{D:楼层费|车费}抵扣。",
        "{n}投诉{S}临时加收{D:楼层费|拆装费|打包费}{A}，司机{N}态度恶劣。",
        "{n}与{n}抬{D:红木家具|杨木床|古董柜}时摔坏{D:钟表|石材台面}，{n}已签字认可。",
    ),
    list=("{i}. {n} {D:钟表|方桌|茶几}损坏 {A}", "{i}、{n} {tel} {P}→{P}", "{i} 搬运工{n} {D:钢琴搬运|高楼搬运}"),
    joined=("{n}/{V}/{D:长途搬家|高楼搬运|钢琴搬运}/{A}", "{n}；{P}；{D:马甲袋|包装箱}；{n}带班", "{n} {D:木箱|马甲袋}x{k} {A}|{n} 已赔"),
    log=("{T} {n}家搬家，车{V}", "{T}：{n}投诉{D:钟表|马甲袋|木箱}少了一件", "{T} 搬运工{N}受伤，送{P}卫生院", "{T} 回访{n}，对赔偿{A}满意"),
)
DOM["security_guards"] = dict(
    roles=('保安员', '队员', '班长', '保安', '当班'),
    words=("保安员证", "门岗", "夜班", "白班", "防刺服", "钢叉", "金库押运", "押运车", "高空抛物", "安检门",
           "门禁卡", "车闸", "水泵房", "胡同口", "毛坯楼", "龙门架", "万能钥匙", "对讲机", "巡逻岗", "岗亭", "监控室"),
    brands=("海康", "大华", "宇视"),
    topic="保安员证核发", act="核发保安员证",
    en=("security guard", "patrol", "guard post", "night shift", "licence", "Hikvision", "dispatch", "Will"),
    labelled=(
        "保安员：{N}；证号：{C}；派驻单位：{S}；岗位：{D:门岗|车闸|金库押运|押运车}；入职：{T}",
        "姓名:{N} 性别:男 年龄:{age} 班次:{D:夜班|白班} 带班:{N}",
        "当班保安：{N}、{n}\n发现：{D:水泵房|毛坯楼|胡同口}处有烟头\n处理：已通知物业{N}",
    ),
    prose=(
        "{T}夜，保安员{n}巡逻至{D:水泵房|毛坯楼|胡同口}发现{P}方向有人翻墙，与{n}一同上前查看，未发现异常。",
        "{n}反映派驻{S}后未按约发放{D:夜班|金库押运}补贴{A}。",
        "{n}、{n}两人在{D:门岗|监控室|岗亭}值班期间睡岗，按制度各扣{A}。",
    ),
    list=("{i}. {n} {C} {D:门岗|车闸|押运车}", "{i}、{n} {age}岁 {tel}", "{i} {n} {S} {D:夜班|白班}"),
    joined=("{n}/{D:门岗|安检门|车闸}/{T}/正常", "{n}|{n}|{D:夜班|白班}|交接", "{n}；{C}；{S}"),
    log=("{T} 22:00 {n}{D:门岗|岗亭}签到", "{T}：{n}与{n}交接班，{D:门禁卡|对讲机|钢叉}一切正常", "{T} 03:10 {n}发现{D:水泵房|车闸}未锁", "{T} 保安{N}请假，{n}顶班"),
)
DOM["housekeeping"] = dict(
    roles=('保姆', '月嫂', '家政员', '雇主', '阿姨'),
    words=("金牌月嫂", "白班保姆", "住家保姆", "高级育婴师", "钟点工", "管家", "包吃住", "上户", "体检证", "健康证",
           "母婴护理", "黄疸", "满月", "温奶器", "早教", "余款", "江浙菜", "常驻", "陪护", "催乳师", "月嫂", "保姆"),
    brands=("三鹿", "贝亲", "飞鹤"),
    topic="家政服务员职业技能培训补贴", act="发放培训补贴",
    en=("housekeeper", "maternity nurse", "nanny", "trial period", "health certificate", "live-in", "Rose"),
    labelled=(
        "服务员：{N}；籍贯：{P}；工种：{D:金牌月嫂|住家保姆|钟点工|白班保姆}；雇主：{N}；工资：{A}/月；上户：{T}",
        "姓名:{N} 年龄:{age} 证书:{D:高级育婴师|健康证|母婴护理} 紧急联系人:{N}(丈夫) {tel}",
        "雇主：{N}\n投诉：{D:金牌月嫂|住家保姆|钟点工}期间玩手机\n处理：更换为{n}\n日期：{T}",
    ),
    prose=(
        "{n}经{S}介绍到{n}家做{D:金牌月嫂|住家保姆|白班保姆}，{T}因宝宝{D:黄疸|满月}问题提前下户，双方对{A}{D:余款}有争议。",
        "{n}大姐在{P}做{D:钟点工|陪护|管家}多年，由老乡{n}带来登记，女儿{N}代填表。",
        "雇主{n}称{D:住家保姆|钟点工}{n}私拿财物，经核实为误会，已和解。",
    ),
    list=("{i}. {n} {age} {D:钟点工|住家保姆|金牌月嫂} {tel}", "{i}、{n} {P} {D:健康证|体检证}有效", "{i} {n} 雇主{n}"),
    joined=("{n}/{D:金牌月嫂|白班保姆}/{A}/{n}家", "{n} {tel}|{D:包吃住|常驻}|{T}上户", "{n}；{P}；{D:江浙菜|早教|陪护}"),
    log=("{T} {n}上户，{D:母婴护理|陪护}", "{T}：雇主{N}反馈{D:江浙菜|早教}不错", "{T} {n}下户，结{A}", "{T} {n}体检，{D:健康证|体检证}已换"),
)
DOM["orchard_fruit"] = dict(
    roles=('果农', '承包户', '收购商', '户主', '村民'),
    words=("红富士", "金帅", "黄元帅", "秦冠", "高接换头", "石硫合剂", "黄桃", "金桔", "贾庄梨", "雪花梨",
           "红提", "白兰瓜", "温州蜜柑", "杨梅", "李子", "桑葚", "胡桃", "杜梨", "海棠", "花期", "冷库", "嫁接", "鸭梨", "果窖"),
    brands=("洛川", "栖霞", "阿克苏"),
    topic="果园提质增效示范户", act="确定为示范户",
    en=("orchard", "apple", "grafting", "fruit bags", "cold storage", "buyer", "Fuji", "Golden Delicious", "Red Star"),
    labelled=(
        "承包人：{N}；果园：{P}；面积：{k}亩；品种：{D:红富士|秦冠|黄元帅}、{D:金帅|雪花梨|黄桃}；承包费：{A}/年",
        "姓名:{N} 地块:{P} 嫁接:{D:红富士|金帅|秦冠}接{D:杜梨|海棠|胡桃} 技术员:{N}",
        "收购商：{N}\n收购：{D:红富士|黄桃|雪花梨}{k}吨\n价格：{Q}\n付款人：{n}",
    ),
    prose=(
        "{n}承包的{D:黄桃|杨梅|李子}园今年{D:花期}受冻，{T}与发包方{P}村委会协商减免{A}。",
        "{n}、{n}兄弟在{P}合伙{D:高接换头|嫁接}{D:红富士|金帅|秦冠}，请{n}帮工{k}天。",
        "收购商{n}收了{n}家{D:红富士|黄元帅|温州蜜柑}后拖欠{A}，{T}双方到站里调解。",
    ),
    list=("{i}. {n} {D:红富士|金桔|杨梅} {k}亩 {tel}", "{i}、{n}（{age}）{D:黄桃|红提|桑葚}{k}筐", "{i} {n} {P} {D:冷库|果窖}"),
    joined=("{n}/{D:红富士|雪花梨|金帅}/{k}吨/{A}", "{n}|{P}|{D:石硫合剂}|{T}", "{n}；{D:冷库|果窖}；欠{A}"),
    log=("{T} {n}园打{D:石硫合剂}", "{T}：{n}交{D:黄桃|李子|杨梅}{k}斤", "{T} 帮{n}家{D:高接换头|嫁接}", "{T} 收购商{N}付款{A}"),
)
DOM["brick_kilns"] = dict(
    roles=('窑工', '工人', '烧窑师傅', '工友', '出窑工'),
    words=("马蹄窑", "红砖", "煤矸石", "温控", "高烟囱", "石料", "黄土", "白灰", "方砖", "窑厂关停", "轮窑",
           "隧道窑", "砖坯", "码坯", "晾坯场", "出窑", "装窑", "页岩砖", "空心砖", "脱硫塔"),
    brands=("双力", "恒远"),
    topic="砖瓦窑厂关停退出补偿", act="发放补偿款",
    en=("brick kiln", "kiln worker", "clay brick", "shutdown", "compensation", "Hoffmann kiln", "dust"),
    labelled=(
        "窑工：{N}；籍贯：{P}；工种：{D:码坯|出窑|装窑|马蹄窑看火|烧红砖}；工资：{A}；厂名：{S}",
        "姓名:{N} 年龄:{age} 岗位:{D:马蹄窑|轮窑|晾坯场} 工伤:无 工头:{N}",
        "厂长：{N}\n关停日期：{T}\n补偿：{A}\n留守：{n}",
    ),
    prose=(
        "{T}，{S}{D:马蹄窑|轮窑}塌方，窑工{n}轻伤，{n}送至{P}卫生院，厂方垫付{A}。",
        "{n}反映在{S}干了{k}个月{D:码坯|出窑|马蹄窑看火}活，老板{n}拖欠工资{A}。",
        "{n}与{n}、{n}等人原在{D:马蹄窑|隧道窑}烧{D:红砖|页岩砖}，关停后转岗。",
    ),
    list=("{i}. {n} {D:码坯|出窑|装窑|马蹄窑看火|烧红砖}", "{i}、{n} {age}岁 {P}", "{i} {n} {tel} 已结"),
    joined=("{n}/{D:码坯|出窑|马蹄窑看火}/{A}/{T}", "{n}|{P}|{D:红砖|方砖|空心砖}", "{n} {n} {D:黄土|煤矸石}|{A}"),
    log=("{T} {n}{D:装窑|出窑}", "{T}：{D:马蹄窑|轮窑}点火，{n}看火", "{T} {n}辞工，结{A}", "{T} 窑工{N}请假回{P}"),
)
DOM["grassland_grazing"] = dict(
    roles=('牧户', '牧民', '户主', '嘎查牧民', '护林员'),
    words=("草畜平衡", "牛羊", "羊单位", "冬窝子", "夏牧场", "马群", "牦牛", "绵羊", "山羊绒", "黄羊", "白灾",
           "黑灾", "毛毡", "马奶", "羊圈", "牛犊", "禁牧", "禁牧补助", "牧户", "围栏", "青贮"),
    brands=("伊利", "蒙牛", "鄂尔多斯"),
    topic="草原生态保护补助奖励资金", act="发放禁牧补助",
    en=("grassland", "grazing ban", "herder", "pasture", "subsidy", "sheep units", "fence", "Grant"),
    labelled=(
        "牧户：{N}；草场：{P}；面积：{k}亩；{D:禁牧补助|草畜平衡奖励}：{A}；家庭人口：{k}",
        "户主:{N} 承包草场:{k}亩 {D:绵羊|牦牛|牛羊}:{k}只 补助:{A} 代领:{N}",
        "户主：{N}\n妻子：{n}\n子女：{g}、{g}\n{D:草畜平衡|禁牧}情况：已落实",
    ),
    prose=(
        "{T}巡查发现{n}家在{D:禁牧}区放牧{k}只{D:绵羊|山羊|牦牛}，已责令赶出，其子{N}签字。",
        "{n}与{n}因{D:冬窝子|夏牧场|打草场}界线发生纠纷，{P}嘎查调解。",
        "{n}家{D:牛犊|牦牛}{k}头，{D:羊圈|围栏}未修，{n}愿意出工。",
    ),
    list=("{i}. {n} {k}亩 {D:禁牧|草畜平衡} {A}", "{i}、{n} {P} {k}{D:羊单位}", "{i} {n} {tel} {D:白灾|黑灾}受灾"),
    joined=("{n}/{P}/{D:禁牧补助|草畜平衡奖励}/{A}", "{n}|{D:牛羊|马群}|{k}|{n}代领", "{n}；{D:夏牧场|冬窝子}；{T}"),
    log=("{T} {n}家转场{D:冬窝子|夏牧场|秋牧场}", "{T}：巡查{P}，{n}偷牧", "{T} {n}领{D:禁牧补助|草畜平衡奖励}{A}", "{T} 牧户{N}反映{D:围栏|羊圈}被破坏"),
)
DOM["freight_trucks"] = dict(
    roles=('司机', '驾驶员', '车主', '押车员', '当事人'),
    words=("超限检查", "解放牌", "欧曼", "华菱", "柳汽", "江淮", "乘龙", "高栏", "罐车", "黄牌", "龙门架", "石料",
           "方向盘", "从业资格证", "治超站", "超载", "卸载", "半挂车", "自卸车", "过磅单", "钢材"),
    brands=("解放", "东风", "重汽", "红岩", "欧曼"),
    topic="货车司机超限违法行为处理", act="予以处理",
    en=("truck driver", "overload station", "axle", "tonnage", "unloading", "trailer", "FAW", "Bill of lading"),
    labelled=(
        "驾驶员：{N}；车号：{V}；车型：{D:解放牌|欧曼|华菱|乘龙}{D:半挂车|自卸车|罐车}；超限：{k}吨；罚款：{A}；文号：{W}",
        "司机:{N} 车牌:{V} 货物:{D:石料|钢材|黄沙} 车主:{N} 检测:{T}",
        "当事人：{N}\n车辆：{V}({D:高栏|罐车|半挂车})\n处理：卸载{k}吨\n押车员：{n}",
    ),
    prose=(
        "{T}，{n}驾驶{V}{D:解放牌|欧曼}半挂车运{D:石料|钢材|黄沙|白灰}经{P}治超站，超限{k}吨，车主{n}到站处理。",
        "{n}称车上{D:石料|钢材|黄沙|白灰}系{S}装车，与{n}无关。",
        "{n}、{n}两人轮流驾驶{V}，{D:从业资格证}过期，已教育。",
    ),
    list=("{i}. {n} {V} {k}轴 {A}", "{i}、{n} {V} {D:黄牌|高栏|罐车}", "{i} {n} {tel} {V}"),
    joined=("{n}/{V}/{D:石料|钢材|黄沙|白灰}/{A}", "{n}|{V}|{W}", "{n} {V} {D:石料|钢材|黄沙|白灰} 已卸|{n}"),
    log=("{T} {V} {n} {D:超限检查}", "{T}：{n}{V}超限{k}吨", "{T} 车主{N}来站缴款{A}", "{T} {n}拒绝卸载，{D:过磅单}已留存"),
)
DOM["housing_agents"] = dict(
    roles=('租客', '房东', '经纪人', '承租人', '业主'),
    words=("房产中介", "经纪人备案", "中介费", "押一付三", "定金", "二手房", "学区房", "房东", "房客", "水电费",
           "物业费", "金地花园", "万科城", "碧桂园", "华府", "朝南", "毛坯", "高层", "林荫小区", "石榴园小区",
           "安居房", "钥匙", "过户", "整租"),
    brands=("链家", "我爱我家", "贝壳", "中原地产"),
    topic="房地产经纪人员备案", act="准予备案",
    en=("housing agent", "tenant", "landlord", "deposit", "agency fee", "lease", "Lianjia", "Vanke"),
    labelled=(
        "经纪人：{N}；备案号：{C}；门店：{S}；投诉人：{N}；事由：{D:中介费|定金|押一付三}纠纷",
        "承租人:{N} 出租人:{N} 房屋:{D:金地花园|万科城|林荫小区|石榴园小区}{k}号 {D:押一付三|定金}:{A}",
        "投诉人：{N}\n被投诉经纪人：{n}\n诉求：退还{D:定金|中介费}{A}",
    ),
    prose=(
        "{T}，租客{n}投诉{S}经纪人{n}收取{D:定金|中介费}{A}后不退。",
        "{n}的房子在{D:碧桂园|华府|万科城}，由{n}代为出租给{n}，{D:物业费|水电费}未交。",
        "{n}与{n}因{D:押一付三|定金|过户}发生纠纷，{P}调解，中介{N}到场。",
    ),
    list=("{i}. {n} {C} {S}", "{i}、{n} {D:学区房|二手房|安居房} {A}", "{i} {n} {tel} {D:整租|合租}"),
    joined=("{n}/{D:中介费|定金}/{A}/{T}", "{n}|{n}|{D:林荫小区|金地花园}|{D:高层|朝南}", "{n}；{S}；{C}"),
    log=("{T} {n}看房{D:学区房|二手房}", "{T}：{n}交{D:定金|中介费}{A}", "{T} 经纪人{N}离职", "{T} {n}与房东{n}签约"),
)
DOM["home_decoration"] = dict(
    roles=('业主', '工人', '木工', '瓦工', '油漆工'),
    words=("装修备案", "装修押金", "石膏板", "腻子", "乳胶漆", "防水", "龙骨", "马桶", "包工头", "油漆工", "木工",
           "白天施工", "夜间施工", "方管", "黄沙", "石材", "柏木", "水电改造", "冲击钻", "承重墙", "瓷砖", "吊顶"),
    brands=("立邦", "三棵树", "东方雨虹", "欧派", "索菲亚", "全友", "顾家", "方太", "华帝", "公牛"),
    topic="住宅装修违规行为", act="依法处理",
    en=("renovation", "noise complaint", "contractor", "deposit", "drilling", "load-bearing wall", "Nippon Paint"),
    labelled=(
        "业主：{N}；房号：{k}栋{k}室；施工队：{S}；负责人：{N}；{D:装修押金}：{A}；备案：{T}",
        "投诉人:{N} 被投诉:{k}楼{D:夜间施工|冲击钻噪音} 时间:{T} 处理:责令{D:白天施工}",
        "装修工人：{N}、{n}、{n}\n工种：{D:木工|油漆工|瓦工}\n出入证：{C}",
    ),
    prose=(
        "{T}晚，{n}投诉楼上{D:夜间施工|冲击钻}，装修工{n}称业主{n}赶工期。",
        "{n}家{D:水电改造|防水}时打穿楼板，邻居{n}家漏水，协商赔偿{A}。",
        "{n}带{n}、{n}在{P}做{D:石膏板|龙骨}吊顶，{B}材料由业主自购。",
    ),
    list=("{i}. {n} {D:木工|油漆工|瓦工} {tel}", "{i}、{n} {age}岁 {D:包工头|木工}", "{i} {n} {C}"),
    joined=("{n}/{D:装修押金}/{A}", "{n}|{k}-{k}|{D:夜间施工}|{T}", "{n}；{S}；{n}"),
    log=("{T} {n}进场{D:水电改造|防水}", "{T}：{n}投诉{D:夜间施工}", "{T} 退{n}{D:装修押金}{A}", "{T} 工人{N}进场，刷{D:腻子|乳胶漆}"),
)
DOM["boiler_operators"] = dict(
    roles=('司炉工', '司炉', '操作工', '班长', '锅炉工'),
    words=("司炉工", "特种设备作业人员证", "水处理", "热水锅炉", "安全阀", "水位计", "软水器", "汽包", "高压",
           "低水位", "交接班记录", "水质化验", "石灰", "燃煤锅炉", "锅炉年检", "压力表", "排污阀", "停炉", "巡检"),
    brands=("太锅", "郑锅", "方快"),
    topic="特种设备作业人员考试合格", act="核发作业证",
    en=("boiler operator", "pressure gauge", "safety valve", "annual inspection", "certificate", "water treatment"),
    labelled=(
        "司炉工：{N}；证号：{C}；锅炉：{B}{D:热水锅炉|燃煤锅炉}；单位：{S}；复审：{T}",
        "操作人员:{N} 班次:夜 记录:{D:安全阀|水位计|压力表}正常 接班:{N}",
        "姓名：{N}\n作业项目：{D:水处理|司炉}\n证件有效期至：{T}\n单位负责人：{N}",
    ),
    prose=(
        "{T}检查发现{S}的{D:热水锅炉|燃煤锅炉}无人值守，当班{n}离岗，{n}无证上岗。",
        "{n}和{n}在{P}锅炉房倒班，{D:安全阀|压力表}超期未检。",
        "{n}持证{C}，在{S}负责{D:水处理|水质化验}，{D:交接班记录}不全。",
    ),
    list=("{i}. {n} {C} {D:司炉|水处理}", "{i}、{n} {age}岁 {D:特种设备作业人员证}", "{i} {n} {tel}"),
    joined=("{n}/{D:锅炉年检}/{T}", "{n}|{C}|{S}", "{n}；{D:低水位|停炉}；{n}"),
    log=("{T} 08:00 {n}{D:巡检}", "{T}：{n}接班，{D:水位计|汽包}正常", "{T} {n}排污，{D:排污阀}", "{T} 司炉{N}巡检"),
)

# domain words that hold a surname character (kind `domain`) and plain trade words (kind `trade`)
for _v in DOM.values():
    _v["sur"] = tuple(w for w in _v["words"] if SURNAME_CHARS & set(w))
    _v["plain"] = tuple(w for w in _v["words"] if not SURNAME_CHARS & set(w))

EN_PLACES = ("Shouguang", "Weifang", "Zhangjiakou", "Wangjia Village", "Lijiazhuang", "Huangshi", "Jinhua",
             "Linyi", "Hohhot", "Xilinhot", "Zhaoxian", "Gaomi", "Chenjiagou", "Liujiawan Rd", "Zhoukou")
EN_WORDS = ("May", "Grant", "Bill", "Rose", "Mark", "Will", "Hope", "Young", "Long", "King", "Summer",
            "April", "June", "Golden", "Lucky", "Jade", "Dragon", "Phoenix", "Chase")
EN_FIRMS = ("Wang Ji Moving Co.", "Zhang's Orchard Co-op", "Li Family Kiln", "Chen Brothers Logistics",
            "Zhou Housekeeping Ltd", "Huang Ji Hardware", "Liu Ji Removals", "Gao Security Services")

MIN_PLACES = ("尼玛县", "扎鲁特旗", "阿勒泰", "巴音郭楞", "阿克苏", "喀什", "伊宁", "塔城", "和田", "那曲",
              "日喀则", "玛曲", "卓尼", "马边", "凉山", "昭觉", "布拖", "金平", "瑞丽", "沧源", "西盟",
              "三江", "黎平", "从江", "罗甸", "望谟", "来凤", "龙山", "保亭", "琼中", "乐东", "连南",
              "金秀", "汶川", "茂县", "延吉", "和龙", "阿拉善", "锡林郭勒", "巴彦淖尔", "乌兰察布", "木里")
MIN_WORDS = ("那达慕", "古尔邦节", "火把节", "泼水节", "三月三", "巴扎", "酥油", "糌粑", "毡房", "马奶子",
             "冬窝子", "转场", "阿肯弹唱", "白音", "查干湖", "乌兰牧骑", "玛尼堆", "格桑花", "达坂城")

# public notice / lookalike_only templates -----------------------------------------------------
PUB = (
    "关于{topic}的公示\n经本人申请、村委会初审，拟对以下人员{act}：{n}、{n}、{n}（监护人{N}）。"
    "公示期{T}至{T}。如有异议请向{P}村委会反映。联系人：{O}，电话：{tel}。审核人：{O}",
    "{P}{topic}名单公示：1.{n} {D} {A} 2.{n} {D} 3.{n} {D}。村主任：{O}（签字） {T}",
    "公告\n{T}接群众{N}举报，{S}存在{D}问题。经查属实，依据{W}{act}。承办人：{O} 负责人：{O}",
    "{topic}公示（第{k}批）\n申请人{N}，{P}，{D}{k}；申请人{N}，{P}，{D}{k}；代领人{N}（系{n}之子）。监督电话{tel}，联系人{O}。",
    "异议处理情况：公示期间{N}对{n}的{topic}资格提出异议，经{O}、{O}入户核实，{D}情况属实，维持原结果。{T}",
    "{topic}结果公告：{n}，{D}，{A}；{n}，{D}、{D}。证明人：{N}、{N}。公示单位：{P}村民委员会（章） 经办人：{O} {T}",
)
LOOK = (
    "{P}{D}，{D}，{S}，{T}，{D}{X}",
    "{D}、{D}、{D}、{D}（{P}）",
    "本月{D}{k}户、{D}{k}户，{D}、{D}已上报，{S}代办。",
    "{D}/{D}/{D}/{T}/{D}",
    "{D}{k}件，{D}{k}件；{X}{D}",
    "品名：{D}；产地：{P}；供货：{S}；单价：{A}；日期：{T}；备注：{X}{X}",
    "{T} {D} {D} {P}→{P} 车{V} {A}",
    "{S}/{B}/{D}/{C}/{A}",
    "文号{W}：{P}一带{D}、{D}整治，{S}停业，罚{A}。",
    "{D}、{D}、{D}均按{B}标准，{X}送至{P}，{T}结算{A}。",
    "{T}：{S}{D}检查，{X}整改，编号{C}。",
)


class _Build:
    def __init__(self, ctx, family, domain):
        self.ctx, self.family, self.domain = ctx, family, domain
        self.text_names: list[str] = []
        self.cued: list[bool] = []
        self.looks: list[tuple[str, str]] = []
        self.state: dict = {}
        self.i = 0
        self.role_ok = True
        self.role_colon = True

    def _la(self, v, kind):
        self.looks.append((v, kind))
        return v

    def tok(self, t):
        rng, ctx, d = self.ctx.rng, self.ctx, DOM[self.domain]
        if t in ("N", "n", "G", "g"):
            if self.family == "minority_listing":
                v = minority_name(ctx, self.state)
                if rng.random() < 0.35:
                    v_out = v + rng.choice(("（{}）", "({})", "，{}，", " {} ")).format(self.state["eth"])
                else:
                    v_out = v
            elif t in "Gg":
                v = gen_name(ctx, self.state)
                v_out = v
            else:
                v = cn_name(ctx)
                v_out = v
                if len(v) in (2, 3) and v[0] in TOP_SURNAMES and not v.endswith("氏"):
                    self.state["last_surname"] = v[0]
            if t == "n" and self.family != "minority_listing" and self.role_ok and rng.random() < 0.5:
                v_out = rng.choice(d["roles"]) + rng.choice(("", "", " ") + (("：",) if self.role_colon else ())) + v_out
            self.text_names.append(v)
            self.cued.append(t in "NG")
            return v_out
        if t == "D":
            if self.family == "minority_listing" and rng.random() < 0.15:
                return self._la(rng.choice(MIN_WORDS), "word")
            if rng.random() < 0.99 or not d["plain"]:
                return self._la(rng.choice(d["sur"]), "domain")
            return self._la(rng.choice(d["plain"]), "trade")
        if t == "P":
            if self.family == "minority_listing" and rng.random() < 0.6:
                return self._la(rng.choice(MIN_PLACES), "place")
            return self._la(la_place(rng), "place")
        if t == "S":
            return self._la(la_firm(rng, self.domain), "firm")
        if t == "B":
            return self._la(rng.choice(d["brands"]), "brand")
        if t == "T":
            return self._la(la_date(rng), "date")
        if t == "A":
            return self._la(la_amount(rng), "amount")
        if t == "V":
            return self._la(la_plate(rng), "plate")
        if t == "Q":
            v = rng.choice((f"{rng.randint(3, 60) / 10:g}元/斤", f"{rng.randint(3, 60) / 10:g}元一斤", f"每斤{rng.randint(3, 60) / 10:g}元", f"{rng.randint(800, 9000)}元/吨"))
            return self._la(_fw(v, rng), "amount")
        if t == "C":
            return self._la(la_code(rng), "code")
        if t == "W":
            return self._la(la_docno(rng), "docno")
        if t == "X":
            return self._la(rng.choice(WORDS), "word")
        if t == "O":
            v = cn_name(ctx)
            return self._la(v, "official")
        if t == "topic":
            return d["topic"]
        if t == "act":
            return d["act"]
        if t == "age":
            return str(rng.randint(19, 78)) if rng.random() < 0.9 else _fw(str(rng.randint(19, 78)), rng)
        if t == "tel":
            p = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
            f = rng.randrange(4)
            if f == 1:
                p = f"{p[:3]}-{p[3:7]}-{p[7:]}"
            elif f == 2:
                p = f"{p[:3]} {p[3:7]} {p[7:]}"
            elif f == 3 and rng.random() < 0.5:
                p = "0" + rng.choice(("531", "532", "371", "311", "471", "991")) + "-8" + p[5:]
            return p
        if t == "k":
            return str(rng.randint(1, 40))
        if t == "i":
            self.i += 1
            return str(self.i)
        raise KeyError(t)

    def fill(self, tpl):
        def rep(m):
            t, opts = m.group(1), m.group(2)
            if t == "D" and opts and self.family != "minority_listing" or (t == "D" and opts and self.ctx.rng.random() < 0.85):
                w = self.ctx.rng.choice(opts.split("|"))
                return self._la(w, "domain" if SURNAME_CHARS & set(w) else "trade")
            if t == "n":
                pre = m.string[:m.start()]
                self.role_ok = not pre or (pre[-1] not in "：:、" and not pre.endswith(CUES))
                self.role_colon = not pre or pre[-1] in " |/；;\n"
            return self.tok(t)
        return re.sub(r"\{(\w+)(?::([^}]*))?\}", rep, tpl)


CUES = (
    "姓名", "户主", "种植户", "赊购人", "担保人", "经手", "会员", "介绍人", "红娘", "登记人", "母亲", "父亲",
    "客户", "搬运工", "投诉人", "师傅", "保安员", "保安", "当班保安", "带班", "物业", "服务员", "雇主",
    "丈夫", "妻子", "女儿", "其子", "之子", "其妻", "女婿", "承包人", "技术员", "收购商", "付款人", "窑工",
    "工头", "厂长", "留守", "老板", "牧户", "代领", "子女", "驾驶员", "司机", "车主", "当事人", "押车员",
    "经纪人", "承租人", "出租人", "中介", "房东", "租客", "业主", "负责人", "装修工人", "装修工", "邻居",
    "工人", "司炉工", "司炉", "操作人员", "接班", "申请人", "监护人", "举报", "代领人", "证明人", "老乡",
    "家长", "收购点", "更换为", "帮工", "承办人", "联系人", "户名", "本人", "兄弟", "大姐", "顶班",
    "name", "contact person", "applicant", "spouse", "guarantor", "client", "agent", "witness",
    "菜农", "女方", "男方", "队员", "班长", "阿姨", "月嫂", "保姆", "家政员", "果农", "承包户", "工友",
    "出窑工", "牧民", "护林员", "木工", "瓦工", "油漆工", "操作工", "锅炉工", "村民", "烧窑师傅",
    "co-signed by", "follow-up with", "by", "with",
)


def _is_cued(text, name):
    pos = text.find(name)
    pre = text[max(0, pos - 16):pos].rstrip(" \u3000：:,，;；|/-").lower()
    return any(pre.endswith(c) for c in CUES)


_PUNCT_SWAPS = (("：", ":"), ("；", ";"), ("，", ","), ("（", "("), ("）", ")"), ("、", ","), ("；", "\n"))
_TYPOS = (("电话", "电活"), ("身份证", "身分证"), ("登记", "登计"), ("已结清", "以结清"), ("联系", "连系"),
          ("反映", "反应"), ("经查", "经察"))


def _noise(tpl, rng):
    if rng.random() < 0.35:
        a, b = rng.choice(_PUNCT_SWAPS)
        tpl = tpl.replace(a, b)
    if rng.random() < 0.10:
        a, b = rng.choice(_TYPOS)
        tpl = tpl.replace(a, b)
    if rng.random() < 0.10:
        tpl = tpl.replace("：", "： ", 1)
    return tpl


TAILS = ("；备注：{D}、{D}", "（{D}、{D}）", "\n另：{D}待核", " 涉及{D}、{D}", "。附{D}照片{k}张", "，{D}/{D}", "【{D}】")


def _compose(b: _Build, rng):
    text = _compose0(b, rng)
    if b.family not in ("english_export",) and rng.random() < 0.66:
        tail = rng.choice(TAILS)
        if text and text[-1] in "。；，;,":
            tail = tail.lstrip("；，。 ")
        text += b.fill(tail)
    return text


def _compose0(b: _Build, rng):
    fam, d = b.family, DOM[b.domain]
    if fam == "public_notice":
        tpl = rng.choice(PUB)
        return b.fill(_noise(tpl, rng))
    if fam == "lookalike_only":
        parts = [b.fill(_noise(rng.choice(LOOK), rng)) for _ in range(rng.choice((1, 1, 2)))]
        sep = rng.choice(("；", "\n", " "))
        return sep.join(p.rstrip("。；") if sep == "；" else p for p in parts)
    if fam == "english_export":
        return _english(b, rng)
    layout = rng.choice(LAYOUTS)
    if layout in ("labelled", "prose"):
        k = rng.choice((1, 1, 2, 2))
        parts = [b.fill(_noise(t, rng)) for t in rng.sample(d[layout], k)]
        return ("" if layout == "prose" else rng.choice(("；", "\n", " "))).join(parts)
    rows = rng.choice((2, 3, 3))
    tpls = d[layout]
    sep = {"list": rng.choice(("\n", "\n", "；", " ")), "joined": rng.choice((" | ", "\n", "；", "  ", "/")),
           "log": rng.choice(("\n", "；", "。", " "))}[layout]
    out = []
    for j in range(rows):
        tpl = rng.choice(tpls)
        if layout == "log" and j and tpl.startswith("{T}") and rng.random() < 0.75:
            tpl = rng.choice(("同日", "次日", "当晚", "下午", f"{rng.randint(6, 23)}:{rng.choice(('00', '15', '30', '45'))}")) + tpl[3:]
        out.append(b.fill(_noise(tpl, rng)))
    return sep.join(out)


def _english(b: _Build, rng):
    d = DOM[b.domain]
    ctx = b.ctx

    def name(cued):
        v = en_name(ctx)
        b.text_names.append(v)
        b.cued.append(cued)
        return v

    def la(kind, v):
        b.looks.append((v, kind))
        return v

    def dt():
        y, m, dd = rng.choice((2024, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
        mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[m - 1]
        return la("date", rng.choice((f"{y}-{m:02d}-{dd:02d}", f"{dd} {mon} {y}", f"{mon} {dd}, {y}", f"{dd}/{m}/{y}")))

    def w():
        return la("english", rng.choice(d["en"] + EN_WORDS))

    def pl():
        return la("english", rng.choice(EN_PLACES))

    def amt():
        return la("amount", rng.choice((f"CNY {rng.randint(1, 99) * 100}", f"RMB{rng.randint(100, 20000):,}", f"{rng.randint(2, 900) * 10} yuan")))

    forms = (
        lambda: f"Record #{rng.randint(1000, 99999)}; Name: {name(True)}; Address: {pl()}; Item: {w()}; Date: {dt()}; Remark: co-signed by {name(False)} and {name(False)}",
        lambda: f"{dt()} {name(False)} reported that {w()} was damaged; contact person {name(True)}, tel {rng.randint(13000000000, 19999999999)}; amount {amt()}",
        lambda: f"Applicant: {name(True)} | Spouse: {name(True)} | Village: {pl()} | {w()} | {amt()}",
        lambda: f"{name(False)}, {rng.randint(20, 75)}, {pl()}, {w()}\n{name(False)}, {rng.randint(20, 75)}, {pl()}, {w()}",
        lambda: f"NOTE: {name(False)} paid {amt()} on {dt()} via {la('firm', rng.choice(EN_FIRMS))}; guarantor {name(True)}.",
        lambda: f"{dt()}: follow-up with {name(False)} re {w()}; {name(False)} (son) agreed. {w()} checked at {pl()}.",
        lambda: f"Client {name(True)} vs. agent {name(True)}: dispute over {w()}, {amt()}; witness {name(True)}.",
    )
    k = rng.choice((1, 1, 2))
    return rng.choice(("\n", " / ", "; ")).join(f() for f in rng.sample(forms, k))


# ----------------------------------------------------------------------------------------------
def _occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _valid_local(text, names, looks):
    spans = []
    for n in names:
        occ = _occurrences(text, n)
        if len(occ) != 1:
            return False
        spans.append((occ[0], occ[0] + len(n)))
    for lv in looks:
        occ = _occurrences(text, lv)
        if not occ:
            return False
        for o in occ:
            for s, e in spans:
                if o < e and s < o + len(lv):
                    return False
    return True


def _build(n=2000, seed=3030, with_meta=False):
    rng = random.Random(seed)
    ctx = _Ctx(rng)
    counts = {f: int(round(WEIGHTS[f] * n)) for f in FAMILIES}
    diff = n - sum(counts.values())
    order = sorted(FAMILIES, key=lambda f: -WEIGHTS[f])
    i = 0
    while diff:
        f = order[i % len(order)]
        step = 1 if diff > 0 else -1
        if counts[f] + step >= 0:
            counts[f] += step
            diff -= step
        i += 1
    fams = [f for f in FAMILIES for _ in range(counts[f])]
    rng.shuffle(fams)

    remarks, metas = [], []
    corpus = ""                       # all earlier texts, \x00-separated
    all_names: set[str] = set()
    maxlen = 1
    for fam in fams:
        for _attempt in range(80):
            domain = fam if fam in DOM else rng.choice(DOMAINS)
            b = _Build(ctx, fam, domain)
            text = _compose(b, rng)
            names = b.text_names
            looks = list(dict.fromkeys(v for v, _ in b.looks))
            ok = _valid_local(text, names, looks)
            if ok and fam != "lookalike_only" and not names:
                ok = False
            if ok and any(nm in corpus for nm in names):
                ok = False
            if ok and all_names:
                L = len(text)
                subs = {text[a:a + k] for a in range(L) for k in range(2, min(maxlen, L - a) + 1)}
                if subs & all_names:
                    ok = False
            if ok:
                break
            # release the unused names so that the set stays dense
            for nm in names:
                ctx.used.discard(nm)
            for v, kind in b.looks:
                if kind == "official":
                    ctx.used.discard(v)
        else:  # pragma: no cover
            raise RuntimeError("could not build a remark")
        for nm in names:
            all_names.add(nm)
            maxlen = max(maxlen, len(nm))
        corpus += text + "\x00"
        remarks.append(Remark(text=text, family=fam, names=list(names), lookalikes=looks,
                              public_officials=fam in PUBLIC_FAMILIES))
        kinds = {}
        for v, kind in b.looks:
            kinds.setdefault(v, kind)
        metas.append({"cued": [_is_cued(text, nm) for nm in names], "kinds": [kinds[v] for v in looks], "domain": domain})
    return (remarks, metas) if with_meta else remarks


def make_remarks(n: int = 2000, seed: int = 3030) -> list[Remark]:
    """The frozen set: `n` remarks, deterministic in (n, seed)."""
    return _build(n, seed)


def stats(n: int = 2000, seed: int = 3030) -> dict:
    """Counts for the datasheet: names, share without cue, look-alikes by kind, per family."""
    rems, metas = _build(n, seed, with_meta=True)
    out = {"names": 0, "uncued": 0, "lookalikes": 0, "kinds": {}, "per_family": {}}
    for r, m in zip(rems, metas):
        out["names"] += len(r.names)
        out["uncued"] += sum(1 for c in m["cued"] if not c)
        out["lookalikes"] += len(r.lookalikes)
        for k in m["kinds"]:
            out["kinds"][k] = out["kinds"].get(k, 0) + 1
        pf = out["per_family"].setdefault(r.family, [0, 0, 0])
        pf[0] += 1
        pf[1] += len(r.names)
        pf[2] += len(r.lookalikes)
    return out
