"""Frozen remarks, fifth edition: free-text cells with planted personal names. FROZEN.

Written blind on 2026-12-05 by a helper who read only the project brief, the personal-data part of
DOMAIN.md and the ``Remark`` record's fields as quoted in the task. Not read: the name detector
(``src/gongkai/deid/`` and its data files), ``benchmarks/bench_names.py``, ``benchmarks/tuned/``,
the earlier editions (``remarks.py`` .. ``remarks_v4.py``; only ``Remark`` is imported), nor any
surname or given-name list in the repository. The detector was never run on these cells. Pools,
phrasings and templates are this author's own. No rule may be tuned on this set; its figure is
the frozen one.

Families (cells per 2,000 in ``WEIGHTS``):

- ``dibao`` 低保/特困/临时救助 listings' 备注 and 家庭情况 cells: several family members per cell,
  names after role words (原户主, 代领人, 监护人, 赡养人 ...) and names with no cue word at all.
- ``penalty`` 行政处罚 主要违法事实 in long formal prose: 当事人, 法定代表人, 证人, 执法人员; shops and
  firms built on a person's name as look-alikes.
- ``petition`` 信访/12345/12315 records: 来电人, 被投诉人, 网格员 ...; estates, roads, villages, brands.
- ``aid`` 医保/大病救助 and 教育资助 remarks: patients, students, parents; schools and hospitals
  named after people.
- ``judicial`` 社区矫正, 人民调解, 婚姻/收养登记 notes.
- ``english`` a vendor's English export: pinyin names in several orders and cases (``LIU Guizhi``,
  ``Guizhi Liu``, ``Zhao, Deming``, ``Gui-zhi``, all capitals), titles kept apart (``Ms.``);
  look-alikes: pinyin roads, villages, shops, hospitals, ``Mr. Wang``, ``Wang Mou`` and English
  words that are pinyin surnames in context (``Long-term``, ``0.3 ha``, ``Ethnic group: Bai``).
- ``gazette`` appointments and removals (``public_officials=True``: officials' names are public,
  so they are look-alikes, not names).
- ``lookalike`` no names at all: administrative words that begin with a surname character,
  places and roads named after families or people, brands, public figures in public phrases,
  anonymised forms (王某, 李某某, 张**, 刘×) and surnames with a title only (王先生, 陈书记).

In each name family 10% of the cells (rounded) carry no real name, only look-alikes.

Name distribution (each personal name drawn afresh): about 7% minority names (Uyghur/Kazakh with a
middle dot written ·, •, ・ or ., Tibetan, Mongolian, Yi clan + given, Hui), about 2% full names that
are ordinary words (高峰, 江山, 林立 ...), the rest Han: surname common 50% / middle 35% / rare 12.5% /
compound 2.5%; given name one character 20%, word-like (建设, 国庆, 胜利 ...) 10%, otherwise by the
person's era (old rural 桂芝/满囤, middle 建华/海燕, young 子涵/浩宇). Family members often share the
household's surname. English cells use pinyin in nine forms (7% minority names in their usual romanisation).

The mix at n=2000, seed 5151 (``describe(make_remarks())``): 2000 cells (all texts distinct),
3621 names, 3741 look-alikes, 1494 cells with a name. Per family (cells / names / look-alikes /
with a name): dibao 480 / 1098 / 451 / 432; penalty 260 / 676 / 685 / 234; petition 280 / 529 /
561 / 252; aid 220 / 396 / 292 / 198; judicial 200 / 490 / 161 / 180; english 220 / 432 / 382 /
198; gazette 120 / 0 / 338 / 0; lookalike 220 / 0 / 871 / 0.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from .remarks import Remark

VERSION = "frozen-remarks-5 (2026-12-05)"

FAMILIES: dict[str, str] = {
    "dibao": "低保/特困/临时救助 listing 备注 and 家庭情况: household members, with and without role words",
    "penalty": "行政处罚 主要违法事实 prose: 当事人, 法定代表人, 证人, 执法人员; person-named shops as look-alikes",
    "petition": "信访/12345/12315 records: callers, complained-about persons, grid workers; estates, roads, brands",
    "aid": "医保/大病救助 and 教育资助 remarks: patients, students, parents; schools and hospitals",
    "judicial": "社区矫正, 人民调解 and 婚姻/收养登记 notes",
    "english": "a vendor's English export: pinyin names in varied orders and cases; pinyin places and words",
    "gazette": "gazette appointments and removals: officials' names are public (look-alikes)",
    "lookalike": "no names: surname-initial words, places, brands, public figures, masked and titled forms",
}

WEIGHTS: dict[str, int] = {
    "dibao": 480,
    "penalty": 260,
    "petition": 280,
    "aid": 220,
    "judicial": 200,
    "english": 220,
    "gazette": 120,
    "lookalike": 220,
}

NAME_FAMILIES = ("dibao", "penalty", "petition", "aid", "judicial", "english")
NO_NAME_SHARE = 0.10  # share of each name family's cells drawn from its name-free templates (exact, rounded)
MAX_REDRAWS = 200

# ---------------------------------------------------------------------------------------------
# Name pools (this author's own).

SURNAMES_COMMON = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
SURNAMES_MIDDLE = (
    "郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付"
    "方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔"
)
SURNAMES_RARE = (
    "伍庞颜倪庄聂章鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆"
    "蓝游辛靳管柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
    "柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋商刁荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝蔺逯訾郦宓芮仉鄂冀奚"
    "籍蒯鞠亓揭糜竺禹谈荆廉晁展"
)
SURNAMES_COMPOUND = (
    "欧阳", "司马", "上官", "诸葛", "夏侯", "令狐", "皇甫", "尉迟", "公孙", "慕容",
    "东方", "端木", "申屠", "宇文", "长孙", "澹台", "呼延", "独孤", "闻人", "司徒", "南宫",
)

GIVEN = {
    ("old", "f"): "桂芝 秀兰 招弟 凤英 玉兰 淑珍 桂英 秀英 翠花 淑芬 玉珍 凤兰 秀云 金凤 引娣 改花 兰英 "
                  "桂香 素琴 月娥 秀芝 玉凤 春兰 桂兰 菊香 巧云 腊梅 二妮 爱莲 俊英".split(),
    ("old", "m"): "德明 满囤 春生 来福 长贵 铁柱 根生 金锁 宝山 福贵 德胜 永福 有才 进财 水生 明山 "
                  "庆丰 富贵 天保 守业 福来 连生 广田 二柱 栓柱 留根 茂林 学礼 万仓 玉堂".split(),
    ("mid", "f"): "丽娟 海燕 丽华 红霞 晓燕 秀梅 玉梅 雪梅 小红 艳玲 红英 春梅 晓丽 丽萍 美玲 彩霞 "
                  "桂红 慧敏 晓霞 淑华 玉洁 丽君 翠萍 小燕 凤霞 亚楠".split(),
    ("mid", "m"): "建华 建军 卫东 志强 立新 爱民 国强 伟华 俊峰 立军 晓东 建平 永强 海波 志刚 红军 "
                  "文斌 宏伟 建新 学军 振华 保国 庆华 长江 晓光 忠诚".split(),
    ("young", "f"): "子涵 梓萱 一诺 欣怡 梓涵 诗涵 若汐 语桐 思彤 雨桐 可馨 嘉怡 佳琪 依诺 芷若 小雨 "
                    "雨萱 梦瑶 紫涵 沐晴 安琪 书瑶 晨曦 婉清 钰彤".split(),
    ("young", "m"): "浩宇 宇轩 俊熙 沐阳 奕辰 锦程 皓轩 梓睿 子墨 明哲 睿泽 一鸣 浩然 子轩 宇航 天佑 "
                    "博文 思源 铭泽 嘉豪 俊杰 梓豪 承泽 逸凡".split(),
}
GIVEN_ONE = {
    "f": "芳 敏 静 丽 艳 娟 霞 萍 慧 琳 娜 颖 瑶 蕾 雯 岚 婷 燕 洁 玲 红 倩 媛".split(),
    "m": "伟 强 磊 军 洋 勇 杰 涛 明 超 平 刚 鑫 斌 峰 辉 宇 晨 彬 鹏 亮 毅 昊 凯".split(),
}
GIVEN_WORDLIKE = {
    "f": "红梅 春燕 秋菊 金花 永红 红英 彩云 美丽".split(),
    "m": "建设 国庆 海洋 胜利 建国 卫国 和平 解放 援朝 跃进 东风 光明 振兴 新华 向东 红旗 爱国 春雷 "
         "建业 长征 卫星 文革 前进 自力".split(),
}
# Full names that are also ordinary words.
WORD_NAMES = (
    "高峰 江山 向阳 林立 方正 金山 田野 林海 方圆 金星 雷鸣 高山 白雪 夏天 万里 常青 江河 石磊 高明 "
    "马力 王国 黄河 白杨 文明 安宁 齐心 金鑫 程功 钱程 米粒"
).split()

UYGHUR_GIVEN = {
    "f": "阿依古丽 古丽娜尔 热依汗古丽 帕提古丽 迪丽努尔 玛依拉 再努尔 阿依努尔 布威海丽且姆 "
         "古再丽 阿娜尔汗 阿依达娜 努尔古丽 哈力旦".split(),
    "m": "买买提 艾尔肯 吐尔洪 阿不都热西提 努尔兰 叶尔兰 阿力木 麦合木提 巴合提亚尔 艾则孜 "
         "库尔班 伊力哈木 热合木江 别克波拉提 塔依尔".split(),
}
UYGHUR_FATHER = (
    "吐尔逊 艾力 热合曼 阿不都热依木 买买提 艾则孜 阿吾提 库尔班 沙吾提 努尔别克 哈力木拉提 托合提 "
    "依明 斯拉木 喀斯木 加依达尔 玉素甫 肉孜 阿西木 吐拉克"
).split()
MIDDLE_DOTS = ("·",) * 16 + ("•", "•", "・", ".")
TIBETAN = (
    "次仁卓玛 扎西顿珠 格桑梅朵 央金拉姆 多吉次仁 普布扎西 拉巴次仁 德吉央宗 尼玛顿珠 旦增平措 "
    "索朗旺堆 达瓦卓嘎 洛桑丹增 白玛央金 次旦多吉 边巴普赤 才让措 仁青加 更登彭措 卓玛吉"
).split()
MONGOLIAN = (
    "巴特尔 乌云其木格 其其格 苏日娜 孟和巴雅尔 额尔敦 那仁高娃 朝鲁门 斯琴高娃 宝音德力格尔 "
    "吉日嘎拉 阿拉坦仓 敖登格日乐 乌日娜 哈斯额尔敦 图雅 格日勒图 萨仁 毕力格 包哈斯"
).split()
YI_CLAN = "吉克 阿苏 沙马 吉木 阿西 俄木 曲比 阿尔 马海 海来 勒格 吉伍 阿的 木乃 瓦其".split()
YI_GIVEN = "阿呷 木呷 拉毅 伍呷 石布 阿依 尔布 子哈 阿牛 拉则 日火 伍各 木果 阿支 金曲".split()
HUI_SURNAMES = "马马马纳哈撒海穆丁白回喇"
HUI_GIVEN = "尔撒 法图麦 阿依莎 伊斯哈 萨利哈 优素福 穆萨 占林 有福 学仁 明德 进忠 国荣 宝成 春花".split()

# English export: (han, pinyin) pairs so a cell can carry both scripts.
EN_SURNAMES = [
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
    ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("高", "Gao"),
    ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("宋", "Song"),
    ("唐", "Tang"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"), ("彭", "Peng"),
    ("曾", "Zeng"), ("肖", "Xiao"), ("田", "Tian"), ("董", "Dong"), ("袁", "Yuan"), ("潘", "Pan"),
    ("蒋", "Jiang"), ("蔡", "Cai"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"), ("魏", "Wei"),
    ("吕", "Lyu"), ("丁", "Ding"), ("任", "Ren"), ("沈", "Shen"), ("崔", "Cui"), ("钟", "Zhong"),
    ("谭", "Tan"), ("秦", "Qin"), ("薛", "Xue"), ("雷", "Lei"), ("龙", "Long"), ("白", "Bai"),
    ("范", "Fan"), ("石", "Shi"), ("聂", "Nie"), ("靳", "Jin"), ("欧阳", "Ou-yang"),
    ("司马", "Si-ma"), ("诸葛", "Zhu-ge"), ("上官", "Shang-guan"),
]
# The hyphen marks the syllable break; most forms drop it.
EN_GIVEN = [
    ("桂芝", "Gui-zhi", "f"), ("德明", "De-ming", "m"), ("秀英", "Xiu-ying", "f"), ("秀兰", "Xiu-lan", "f"),
    ("玉兰", "Yu-lan", "f"), ("建华", "Jian-hua", "m"), ("丽娟", "Li-juan", "f"), ("海燕", "Hai-yan", "f"),
    ("子涵", "Zi-han", "f"), ("梓萱", "Zi-xuan", "f"), ("浩宇", "Hao-yu", "m"), ("一诺", "Yi-nuo", "f"),
    ("军", "Jun", "m"), ("伟", "Wei", "m"), ("芳", "Fang", "f"), ("敏", "Min", "f"), ("静", "Jing", "f"),
    ("磊", "Lei", "m"), ("勇", "Yong", "m"), ("建国", "Jian-guo", "m"), ("国庆", "Guo-qing", "m"),
    ("红梅", "Hong-mei", "f"), ("春燕", "Chun-yan", "f"), ("胜利", "Sheng-li", "m"),
    ("志强", "Zhi-qiang", "m"), ("晓燕", "Xiao-yan", "f"), ("卫东", "Wei-dong", "m"),
    ("立新", "Li-xin", "m"), ("宇轩", "Yu-xuan", "m"), ("雨桐", "Yu-tong", "f"), ("淑珍", "Shu-zhen", "f"),
    ("凤英", "Feng-ying", "f"), ("满囤", "Man-tun", "m"), ("招弟", "Zhao-di", "f"), ("来福", "Lai-fu", "m"),
    ("长贵", "Chang-gui", "m"), ("金锁", "Jin-suo", "m"), ("翠花", "Cui-hua", "f"), ("宝山", "Bao-shan", "m"),
    ("小雨", "Xiao-yu", "f"), ("俊杰", "Jun-jie", "m"), ("欣怡", "Xin-yi", "f"), ("海洋", "Hai-yang", "m"),
    ("明", "Ming", "m"), ("涛", "Tao", "m"), ("娜", "Na", "f"), ("鹏", "Peng", "m"), ("霞", "Xia", "f"),
    ("玉珍", "Yu-zhen", "f"), ("德胜", "De-sheng", "m"), ("丽华", "Li-hua", "f"), ("文斌", "Wen-bin", "m"),
]
EN_MINORITY = [
    "Ayguli Tursun", "Aygul Tursun", "Maimaiti Aili", "Aierken Reheman", "Mahmut Kurban",
    "Dilnur Sawut", "Nurlan Khalimulati", "Tashi Dhondup", "Tsering Drolma", "Zhaxi Dunzhu",
    "Cairang Cuo", "Bater", "Wuyunqimuge", "Naren Gaowa", "Sechen Gowa", "Jike Aga", "Qubi Ayi",
]


def _surname(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.50:
        return rng.choice(SURNAMES_COMMON)
    if r < 0.85:
        return rng.choice(SURNAMES_MIDDLE)
    if r < 0.975:
        return rng.choice(SURNAMES_RARE)
    return rng.choice(SURNAMES_COMPOUND)


def _era(rng: random.Random) -> str:
    return rng.choices(("old", "mid", "young"), weights=(3, 4, 3))[0]


def _given(rng: random.Random, era: str | None, sex: str) -> str:
    r = rng.random()
    if r < 0.20:
        return rng.choice(GIVEN_ONE[sex])
    if r < 0.30 and era != "young":
        return rng.choice(GIVEN_WORDLIKE[sex])
    return rng.choice(GIVEN[(era or _era(rng), sex)])


def _minority(rng: random.Random, sex: str) -> str:
    kind = rng.choices(("uyghur", "tibetan", "mongol", "yi", "hui"), weights=(35, 20, 20, 10, 15))[0]
    if kind == "uyghur":
        return rng.choice(UYGHUR_GIVEN[sex]) + rng.choice(MIDDLE_DOTS) + rng.choice(UYGHUR_FATHER)
    if kind == "tibetan":
        return rng.choice(TIBETAN)
    if kind == "mongol":
        return rng.choice(MONGOLIAN)
    if kind == "yi":
        return rng.choice(YI_CLAN) + rng.choice(YI_GIVEN)
    given = rng.choice(HUI_GIVEN) if rng.random() < 0.5 else rng.choice(GIVEN[("mid", sex)])
    return rng.choice(HUI_SURNAMES) + given


def _person(rng: random.Random, era: str | None, sex: str | None, surname: str | None) -> tuple[str, str | None]:
    """A full personal name and its Han surname (None for minority and word names)."""
    sex = sex or rng.choice("fm")
    if surname is None:
        r = rng.random()
        if r < 0.07:
            return _minority(rng, sex), None
        if r < 0.09:
            return rng.choice(WORD_NAMES), None
        surname = _surname(rng)
    return surname + _given(rng, era, sex), surname


def _en_person(rng: random.Random, sex: str | None = None) -> tuple[str, str | None]:
    """An English-export name and, when it is Han, the same person's Chinese name."""
    if rng.random() < 0.07:
        return rng.choice(EN_MINORITY), None
    han_s, sur = rng.choice(EN_SURNAMES)
    han_g, giv, _sex = rng.choice([g for g in EN_GIVEN if sex is None or g[2] == sex])
    sur_plain = sur.replace("-", "").capitalize()
    giv_plain = giv.replace("-", "").capitalize()
    giv_hyph = giv if rng.random() < 0.6 else "-".join(p.capitalize() for p in giv.split("-"))
    form = rng.choices(range(9), weights=(16, 16, 16, 6, 10, 6, 6, 6, 4))[0]
    text = [
        f"{sur_plain.upper()} {giv_plain}",
        f"{sur_plain} {giv_plain}",
        f"{giv_plain} {sur_plain}",
        f"{giv_plain} {sur_plain.upper()}",
        f"{sur_plain}, {giv_plain}",
        f"{sur_plain.upper()}, {giv_plain}",
        f"{sur_plain} {giv_hyph}" if "-" in giv else f"{giv_plain} {sur_plain}",
        f"{sur_plain.upper()} {giv_plain.upper()}",
        " ".join([sur_plain, *(p.capitalize() for p in giv.split("-"))]),
    ][form]
    return text, han_s + han_g


# ---------------------------------------------------------------------------------------------
# Look-alike pools: strings that must survive de-identification.

ROADS = (
    "中山路 建国路 解放路 人民路 胜利路 和平路 文化路 新华路 黄河路 长江路 光明街 朝阳街 青年路 "
    "中山北路 逸仙路 鲁迅路 张自忠路 赵登禹路 佟麟阁路 左权路 岳飞街 金山大道 高新大道 林荫路"
).split()
VILLAGES = (
    "王家庄 李村 张家湾 刘庄 赵家屯 陈家岭 孙家坡 周家沟 马家窑 何家寨 郭家集 黄庄 吴家堡 高家店 "
    "罗家坝 宋家庄 唐家岭 杨柳村 石桥村 钟楼村 谢家营 韩庄"
).split()
ESTATES = (
    "幸福小区 阳光花园 金色家园 翠苑小区 锦绣华庭 王府花园 紫金苑 滨河湾 万科城 碧桂园 保利花园 "
    "恒大名都 龙湖天街 世纪华府 钱塘府 康乐新村 高家花园 石榴园小区"
).split()
BRANDS = (
    "王老吉 李宁 张小泉 老干妈 周黑鸭 杨国福麻辣烫 张亮麻辣烫 陈克明面条 李锦记 王守义十三香 "
    "刘一手火锅 谭鸭血 马应龙 张裕 王致和 王麻子 胡庆余堂 孔府家酒 曹操出行"
).split()
HOSPITALS = (
    "白求恩国际和平医院 逸夫医院 中山医院 孙逸仙纪念医院 张仲景国医馆 华佗中医馆 李时珍中医院 "
    "宋庆龄妇幼保健院 人民医院 县中医院"
).split()
SCHOOLS = (
    "育才中学 雷锋小学 逸夫小学 鲁迅中学 中山小学 陶行知学校 宋庆龄幼儿园 黄冈中学 实验小学 "
    "第二中学 希望小学 詹天佑小学 张家港市实验小学 田家炳中学"
).split()
PUBLIC_PHRASES = (
    "学习雷锋 鲁迅文学奖 孙中山先生纪念 焦裕禄精神 白求恩精神 张思德班 中山公园 岳阳楼 中山装 "
    "包公祠 岳飞庙 武侯祠 王羲之故居 杜甫草堂 茅盾文学奖 袁隆平农业科技奖 石家庄 张家口 雷锋车站"
).split()
CITIES = "石家庄 张家口 黄石 马鞍山 金华 常州 高邮 林州 田东 白银 江门 温州 周口 龙岩 石嘴山".split()
EVERYDAY = (
    "高温补贴 周转房 黄牛 马路 钟点工 金额 常住人口 全额 安全 申请 符合 余额 万元 方案 程序 任务 "
    "林地 石料 严重 江堤 毛重 施工 范围 田间 费用 项目 成本 付款 包括 时间 宋体 温度 康复 白条 龙头企业 "
    "熊猫血 管道 车辆 钱款 于是 何时 关于 易燃 华侨 雷雨 文件 武装部 乔迁 齐全 常规 史料 夏粮"
).split()
TITLES = {
    "civil": "先生 女士 阿姨 大爷 大妈 奶奶 叔 姐 大哥".split(),
    "work": "师傅 经理 会计 老板 工 总".split(),
    "office": "书记 主任 所长 老师 科长 干事 医生 警官".split(),
}
BRANDS_FOOD = "王老吉 老干妈 周黑鸭 陈克明面条 李锦记 王守义十三香 王致和 张裕 孔府家酒".split()
BRANDS_TAKEAWAY = "杨国福麻辣烫 张亮麻辣烫 刘一手火锅 谭鸭血 周黑鸭".split()
TRADES = (
    "建材商行 五金店 水果店 便利店 装饰工程部 汽修厂 养殖场 家庭农场 理发店 小吃部 废品收购站 "
    "粮油店 烟酒商行 副食店 服装店 棋牌室 诊所 早餐店"
).split()
FOODS = "面馆 烧饼店 羊肉馆 饺子馆 米线 凉皮 包子铺 烧烤 粥铺 酱牛肉 豆腐坊 麻辣烫".split()


def _anon(rng: random.Random) -> str:
    s = rng.choice(SURNAMES_COMMON + SURNAMES_MIDDLE[:20])
    return s + rng.choice(("某", "某某", "**", "×", "××", "某甲", "某乙", "XX", "○○", "*"))


def _titled(rng: random.Random, kind: str | None = None) -> str:
    s = rng.choice(SURNAMES_COMMON + SURNAMES_MIDDLE[:30])
    if kind in (None, "civil") and rng.random() < 0.12:
        return "老" + s
    return s + rng.choice(TITLES[kind or rng.choice(list(TITLES))])


def _shop(rng: random.Random) -> str:
    """A shop or firm whose name is built on a person's name (public: a business name)."""
    s = rng.choice(SURNAMES_COMMON + SURNAMES_MIDDLE)
    r = rng.random()
    if r < 0.35:
        full, _ = _person(rng, rng.choice(("old", "mid")), None, s)
        return full + rng.choice(TRADES)
    if r < 0.55:
        return s + "记" + rng.choice(FOODS)
    if r < 0.70:
        return s + "氏" + rng.choice(("骨科诊所", "牙科", "正骨", "针灸推拿", "食品厂", "建材", "修脚房"))
    if r < 0.85:
        return "老" + s + "家" + rng.choice(FOODS)
    return s + rng.choice(("大姐", "二哥", "师傅", "嫂子", "婶")) + rng.choice(FOODS + ["修车行", "家政"])


# ---------------------------------------------------------------------------------------------
# One cell under construction.


class _Cell:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.names: list[str] = []
        self.looks: list[str] = []
        self.officials: list[str] = []
        self.surnames: dict[str, str | None] = {}

    # choices
    def pick(self, seq):
        return self.rng.choice(seq)

    def p(self, prob: float) -> bool:
        return self.rng.random() < prob

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    # names
    def name(self, era: str | None = None, sex: str | None = None, kin: str | None = None) -> str:
        """Plant a personal name; ``kin`` is a planted name whose surname this person shares (80%)."""
        surname = self.surnames.get(kin) if kin is not None and self.p(0.8) else None
        full, sur = _person(self.rng, era, sex, surname)
        self.names.append(full)
        self.surnames[full] = sur
        return full

    def en_name(self, sex: str | None = None, with_han: bool = False) -> str:
        text, han = _en_person(self.rng, sex)
        self.names.append(text)
        if with_han and han is not None:
            self.names.append(han)
            return f"{han}（{text}）" if self.p(0.5) else f"{han} / {text}"
        return text

    def official(self, era: str | None = None, sex: str | None = None) -> str:
        full, _ = _person(self.rng, era or self.pick(("mid", "mid", "old")), sex, None)
        self.looks.append(full)
        self.officials.append(full)
        return full

    # look-alikes
    def keep(self, s: str) -> str:
        self.looks.append(s)
        return s

    def anon(self) -> str:
        return self.keep(_anon(self.rng))

    def titled(self, kind: str | None = None) -> str:
        return self.keep(_titled(self.rng, kind))

    def shop(self) -> str:
        return self.keep(_shop(self.rng))

    def road(self) -> str:
        return self.keep(self.pick(ROADS))

    def village(self) -> str:
        return self.keep(self.pick(VILLAGES))

    def estate(self) -> str:
        return self.keep(self.pick(ESTATES))

    def brand(self, pool: list[str] = BRANDS) -> str:
        return self.keep(self.pick(pool))

    def school(self) -> str:
        return self.keep(self.pick(SCHOOLS))

    def hospital(self) -> str:
        return self.keep(self.pick(HOSPITALS))

    def word(self) -> str:
        return self.keep(self.pick(EVERYDAY))

    def any_look(self) -> str:
        return self.pick((self.anon, self.titled, self.shop, self.road, self.village, self.estate))()

    # noise that is neither a name nor a look-alike
    def date(self) -> str:
        y, m, d = self.num(2018, 2024), self.num(1, 12), self.num(1, 28)
        return self.pick((
            f"{y}.{m}.{d}", f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}",
            f"{y}年{m}月{d}日", f"{y % 100}.{m}.{d}", f"{y}.{m:02d}.{d:02d}",
        ))

    def date_range(self) -> str:
        """Two dates in the same style, the second after the first."""
        y, m, d = self.num(2018, 2024), self.num(1, 11), self.num(1, 28)
        m2, d2 = self.num(m + 1, 12), self.num(1, 28)
        return self.pick((
            f"{y}.{m}.{d}至{y}.{m2}.{d2}", f"{y}年{m}月{d}日至{m2}月{d2}日", f"{y}-{m:02d}-{d:02d}至{y}-{m2:02d}-{d2:02d}",
            f"{y}/{m}/{d}—{y}/{m2}/{d2}", f"{y}年{m}月{d}日至{y}年{m2}月{d2}日",
        ))

    def en_date(self) -> str:
        y, m, d = self.num(2018, 2024), self.num(1, 12), self.num(1, 28)
        month = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
        return self.pick((f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}", f"{month} {d}, {y}", f"{d}/{m}/{y}"))

    def en_range(self) -> str:
        y, m, d = self.num(2018, 2024), self.num(1, 11), self.num(1, 28)
        m2, d2 = self.num(m + 1, 12), self.num(1, 28)
        return self.pick((f"{y}-{m:02d}-{d:02d} to {y}-{m2:02d}-{d2:02d}", f"{d}/{m}/{y} to {d2}/{m2}/{y}",
                          f"{y}.{m}.{d}-{y}.{m2}.{d2}"))

    def keeps(self, pool, k: int) -> list[str]:
        """k distinct look-alikes from a pool."""
        return [self.keep(s) for s in self.rng.sample(list(pool), k)]

    def ym(self) -> str:
        y, m = self.num(2018, 2024), self.num(1, 12)
        return self.pick((f"{y}年{m}月", f"{y}.{m}", f"{y}年{m}月份", f"{y}-{m:02d}"))

    def money(self, lo: int = 80, hi: int = 3000) -> str:
        v = self.num(lo, hi)
        return self.pick((f"{v}元", f"{v:,}.00元", f"{v}.{self.num(0, 99):02d}元", f"￥{v}", f"{v}元整"))

    def phone(self) -> str:
        a, b = self.pick(("138", "139", "135", "150", "158", "182", "187", "133", "177", "199")), self.num(0, 9999)
        return self.pick((f"{a}****{b:04d}", f"{a} **** {b:04d}", f"{a}-****-{b:04d}", f"{a}{b % 100:02d}**{b:04d}"))

    def idno(self) -> str:
        area = self.pick(("3701", "3702", "3703", "4101", "5101", "6501", "1301", "3201", "5401", "1501"))
        return self.pick((f"{area}**********{self.num(0, 9999):04d}",
                          f"{area}{self.num(10, 99)}********{self.num(100, 999)}X",
                          f"尾号{self.num(0, 9999):04d}"))

    def house(self) -> str:
        return self.pick((
            f"{self.num(1, 30)}号楼{self.num(1, 6)}单元{self.num(1, 18)}0{self.num(1, 4)}室",
            f"{self.num(1, 12)}组{self.num(1, 99)}号",
            f"{self.num(1, 400)}号",
            f"东{self.num(1, 9)}排{self.num(1, 30)}号",
            f"{self.num(1, 30)}-{self.num(1, 6)}-{self.num(1, 30)}0{self.num(1, 4)}",
        ))

    def age(self, lo: int, hi: int) -> str:
        return f"{self.num(lo, hi)}岁"


# ---------------------------------------------------------------------------------------------
# Family 1: 低保/特困/临时救助 备注 and 家庭情况.


def _dibao_templates() -> list[Callable[[_Cell], str]]:
    def t_death_successor(c: _Cell) -> str:
        old = c.name("old", "f")
        heir = c.name("mid", c.pick("fm"), kin=old)
        rel = c.pick(("女儿", "儿子", "儿媳", "孙女", "侄子"))
        return (f"{c.ym()}起由{rel}{heir}领取，{old}已于{c.num(1, 12)}月去世，"
                f"{c.pick(('待核减', '下月停发', '已报街道核减', '保障人数由2人调为1人', '退回多发' + c.money(200, 900)))}")

    def t_split_household(c: _Cell) -> str:
        head = c.name("old", "m")
        son = c.name("mid", "m", kin=head)
        return (f"与儿子{son}分户，{head}独居{c.village()}{c.house()}，房屋经鉴定为C级危房；"
                f"{c.pick(('月保障金', '月补差', '救助金'))}{c.money(300, 900)}")

    def t_head_changed(c: _Cell) -> str:
        old = c.name("old", c.pick("fm"))
        grand = c.name("young", "f", kin=old)
        return (f"户主变更为孙女{grand}，原户主{old}于{c.date()}病故。保障人数3→2，"
                f"{c.pick(('次月起调整', '已在系统内变更', '社区已公示7天无异议'))}")

    def t_family_list(c: _Cell) -> str:
        head = c.name("old", "m")
        wife = c.name("old", "f")
        kid = c.name("young", c.pick("fm"), kin=head)
        sep = c.pick(("、", "；", "，", "\n"))
        return (f"家庭成员：{head}（户主，{c.age(60, 82)}）{sep}{wife}（妻，{c.age(58, 80)}）{sep}"
                f"{kid}（孙{c.pick(('子', '女'))}，{c.age(5, 16)}，就读{c.school()}）")

    def t_proxy(c: _Cell) -> str:
        proxy = c.name("mid", c.pick("fm"))
        sup1 = c.name("mid", "m")
        sup2 = c.name("mid", c.pick("fm"), kin=sup1)
        lb = c.pick(("\n", "；", " "))
        return (f"代领人：{proxy}（{c.pick(('侄子', '外甥女', '邻居', '村委委员', '表弟'))}）电话{c.phone()}{lb}"
                f"赡养人：{sup1}、{sup2}（均在{c.keep(c.pick(CITIES))}打工，无力赡养）")

    def t_guardian(c: _Cell) -> str:
        grandma = c.name("old", "f")
        father = c.name("mid", "m")
        mother = c.name("mid", "f")
        child = c.name("young", c.pick("fm"), kin=father)
        return (f"{child}（{c.age(6, 15)}）监护人{grandma}（祖母，{c.age(66, 84)}）；父{father}服刑中，"
                f"母{mother}{c.num(2015, 2021)}年离家未归，联系不上。纳入事实无人抚养儿童，"
                f"基本生活费{c.money(900, 1500)}/月")

    def t_fire(c: _Cell) -> str:
        mom = c.name("mid", "f")
        son = c.name("young", "m", kin=mom)
        host = c.name("mid", c.pick("fm"))
        return (f"临时救助：{c.date()}夜家中失火，{mom}、{son}母子暂住亲戚{host}家"
                f"（{c.estate()}{c.house()}），一次性救助{c.money(1000, 5000)}")

    def t_couple_disabled(c: _Cell) -> str:
        h = c.name("old", "m")
        w = c.name("old", "f")
        s = c.name("mid", "m", kin=h)
        liaison = c.name("mid", c.pick("fm"))
        return (f"{h}、{w}夫妇均70岁以上，儿子{s}一级智力残疾随父母生活；联系人：村委{liaison}"
                f"（{c.phone()}）；{c.pick(('住房位于', '户籍地'))}{c.village()}")

    def t_bank(c: _Cell) -> str:
        grand = c.name("young", c.pick("fm"))
        holder = c.name("mid", c.pick("fm"))
        return (f"{c.ym()}起改由外孙{c.pick(('', '女'))}{grand}代领，银行卡户名{holder}，"
                f"卡号6228****{c.num(1000, 9999)}；原卡挂失")

    def t_car(c: _Cell) -> str:
        head = c.name("mid", "m")
        son = c.name("young", "m", kin=head)
        return (f"经入户核查，{head}名下有小型轿车一辆（{c.num(2012, 2020)}年购），不{c.keep('符合')}条件，取消保障。"
                f"邻居{c.anon()}反映其子{son}在{c.shop()}打工，月收入约{c.num(25, 45)}00元")

    def t_supporter_income(c: _Cell) -> str:
        sup = c.name("mid", "m")
        bro = c.name("mid", "m", kin=sup)
        return (f"赡养义务人{sup}月收入约{c.num(2, 6)}{c.num(0, 9)}00元，已按规定计入家庭收入；其弟{bro}户籍在"
                f"{c.keep(c.pick(CITIES))}，未提供收入证明")

    def t_lines(c: _Cell) -> str:
        contact = c.name("mid", c.pick("fm"))
        elder = c.name("old", c.pick("fm"))
        return f"联系人 {contact}\n电话：{c.phone()}\n备注：{elder}之{c.pick(('女', '子', '儿媳', '侄女'))}，每月5日前来领"

    def t_illness(c: _Cell) -> str:
        pat = c.name("mid", "m")
        wife = c.name("mid", "f")
        dau = c.name("young", "f", kin=pat)
        return (f"因病致贫：{pat}患尿毒症每周透析{c.num(2, 3)}次，妻{wife}务农照顾，女儿{dau}在{c.school()}读初一；"
                f"年自付医疗费约{c.num(1, 4)}.{c.num(1, 9)}万元")

    def t_orphan(c: _Cell) -> str:
        old = c.name("old", c.pick("fm"))
        teen = c.name("young", c.pick("fm"), kin=old)
        uncle = c.name("mid", "m", kin=old)
        return (f"{old}去世后户内仅剩{teen}（{c.age(11, 16)}），由叔叔{uncle}监护，{c.date()}转入特困供养，"
                f"{c.pick(('分散供养', '集中供养于乡敬老院'))}")

    def t_caretaker(c: _Cell) -> str:
        ward = c.name("old", c.pick("fm"))
        carer = c.name("mid", c.pick("fm"))
        return (f"特困分散供养：{ward}，{c.village()}村委会委托{carer}日常照料，照料护理费每月{c.money(200, 600)}；"
                f"{c.pick(('失能', '半失能', '生活能自理'))}")

    def t_no_cue(c: _Cell) -> str:
        a = c.name("old", c.pick("fm"))
        b = c.name("mid", c.pick("fm"), kin=a)
        return c.pick((
            f"{a}长期卧床，{b}在外务工每月寄回约800元，{c.keep('常住人口')}1人",
            f"{b}已结婚迁出，{a}一人户，房屋系{c.keep('周转房')}，租金减免",
            f"原与{a}同户，{c.ym()}{b}户口迁往{c.keep(c.pick(CITIES))}，重新核定保障人数",
        ))

    def t_temp_aid(c: _Cell) -> str:
        applicant = c.name(None, c.pick("fm"))
        injured = c.name("mid", "m")
        return (f"申请人{applicant}，{c.date()}丈夫{injured}在{c.road()}遭遇交通事故，肇事方{c.anon()}逃逸，"
                f"医疗费{c.money(8000, 40000)}，临时救助{c.money(2000, 6000)}")

    return [t_death_successor, t_split_household, t_head_changed, t_family_list, t_proxy, t_guardian, t_fire,
            t_couple_disabled, t_bank, t_car, t_supporter_income, t_lines, t_illness, t_orphan, t_caretaker,
            t_no_cue, t_no_cue, t_temp_aid]


def _dibao_noname() -> list[Callable[[_Cell], str]]:
    return [
        lambda c: f"户主已故，待核减；代领人{c.anon()}（侄）电话{c.phone()}",
        lambda c: f"联系人：{c.titled()}（网格员），{c.estate()}{c.house()}",
        lambda c: f"居住{c.road()}{c.house()}{c.keep('周转房')}，每月租金{c.money(50, 200)}，{c.keep('全额')}减免",
        lambda c: f"{c.date()}入户核查：家中无劳动力，{c.keep('符合')}特困条件；经办人{c.titled('office')}",
        lambda c: f"由{c.village()}村委代领，{c.anon()}、{c.anon()}两户合并公示",
    ]


# ---------------------------------------------------------------------------------------------
# Family 2: 行政处罚 主要违法事实.


def _penalty_templates() -> list[Callable[[_Cell], str]]:
    def officers(c: _Cell) -> str:
        o1, o2 = c.name("mid", c.pick("fm")), c.name(c.pick(("mid", "young")), c.pick("fm"))
        return f"{o1}、{o2}" if c.p(0.7) else f"{o1}（执法证号{c.num(10000, 99999)}）、{o2}（执法证号{c.num(10000, 99999)}）"

    def t_expired(c: _Cell) -> str:
        party = c.name("mid", c.pick("fm"))
        shop = c.shop()
        return (f"经查，当事人{party}（身份证号：{c.idno()}）系“{shop}”经营者。{c.date_range()}期间，"
                f"当事人在其位于{c.road()}{c.house()}的经营场所内销售超过保质期的{c.brand(BRANDS_FOOD)}产品{c.num(2, 30)}箱，"
                f"货值金额{c.money(100, 5000)}，违法所得{c.money(10, 900)}。{c.date()}，本局执法人员{officers(c)}"
                f"在日常检查中发现上述问题，当场依法扣押涉案产品。当事人对违法事实无异议。以上事实有现场检查笔录、"
                f"询问调查笔录、扣押物品清单及照片等证据为证。")

    def t_company_legal(c: _Cell) -> str:
        legal = c.name("mid", "m")
        agent = c.name(None, "m")
        witness = c.name(None, c.pick("fm"))
        firm = c.keep(c.pick(CITIES) + c.pick(("宏达", "鑫源", "恒通", "金顺", "华盛", "永利"))
                      + c.pick(("商贸有限公司", "建筑工程有限公司", "砂石料有限公司")))
        return (f"当事人{firm}，法定代表人{legal}。{c.ym()}，当事人在未取得采矿许可证的情况下，委托{agent}"
                f"（另案处理）在{c.village()}河道内非法采挖砂石约{c.num(300, 9000)}立方米，并销售给"
                f"{c.shop()}等单位，违法所得{c.money(20000, 400000)}。证人{witness}证实当事人多次组织夜间作业。"
                f"上述行为违反了《中华人民共和国矿产资源法》第三条第三款之规定。")

    def t_clinic(c: _Cell) -> str:
        head = c.name("mid", c.pick("fm"))
        helper = c.name("young", c.pick("fm"))
        clinic = c.keep(c.pick(SURNAMES_COMMON + SURNAMES_MIDDLE) + "氏" + c.pick(("骨科诊所", "中医诊所", "口腔诊所", "推拿馆")))
        return (f"当事人{clinic}（负责人：{head}），于{c.date()}起聘用未取得医师资格的{helper}从事诊疗活动，"
                f"为患者{c.anon()}等{c.num(3, 40)}人进行针灸、正骨及输液治疗，收取费用共计{c.money(1000, 20000)}。"
                f"{c.date()}，执法人员{officers(c)}现场检查时当场查获一次性输液器{c.num(10, 90)}套。")

    def t_muck(c: _Cell) -> str:
        driver = c.name("mid", "m")
        staff = c.name(None, c.pick("fm"))
        return (f"{c.date()}{c.num(0, 4)}时许，当事人{driver}驾驶鲁{c.pick('ABCDEFGHJKLMNPQ')}{c.num(10000, 99999)}号重型自卸货车"
                f"在{'至'.join(c.keeps(ROADS, 2))}路段运输渣土过程中沿途抛撒，污染路面约{c.num(50, 900)}平方米。经"
                f"{c.estate()}项目部工作人员{staff}指认，该车系从该工地驶出。执法队员{officers(c)}调取监控录像予以证实。")

    def t_price(c: _Cell) -> str:
        legal = c.name("mid", c.pick("fm"))
        complainant_titled = c.titled('civil')
        return (f"当事人在{c.estate()}商业街开设的{c.brand()}专柜，于{c.date()}促销活动中对{c.num(5, 30)}款商品标示"
                f"“原价”，经查该价格在促销前七日内从未成交，属虚构原价。消费者{complainant_titled}投诉后，当事人"
                f"法定代表人{legal}到场接受询问并承认上述事实。{c.keep('金额')}以实际销售记录为准。")

    def t_safety(c: _Cell) -> str:
        boss = c.name("mid", "m")
        worker = c.name(None, "m")
        witness = c.name("mid", c.pick("fm"))
        return (f"经调查，{c.date()}，当事人车间主任{boss}在冲压设备防护装置拆除的情况下违章指挥作业，"
                f"致工人{worker}左手食指、中指被压伤，构成轻伤二级。当事人未对从业人员进行{c.keep('安全')}生产教育培训，"
                f"未如实记录{c.keep('安全')}培训情况。同班组工人{witness}的证言及监控视频证实上述事实。")

    def t_unlicensed_food(c: _Cell) -> str:
        party = c.name(None, c.pick("fm"))
        neighbor = c.name(None, c.pick("fm"))
        food = c.pick(("豆腐", "凉皮", "酱牛肉", "馒头", "粉条", "辣椒酱"))
        return (f"当事人{party}自{c.ym()}起在{c.village()}{c.house()}自家院内从事{food}加工，未取得食品生产许可证，"
                f"产品以“{c.shop()}”名义销往周边{c.num(3, 15)}家超市；邻居{neighbor}称其每日凌晨开工。"
                f"现场查扣成品{c.num(20, 300)}公斤，货值{c.money(500, 9000)}。")

    return [t_expired, t_company_legal, t_clinic, t_muck, t_price, t_safety, t_unlicensed_food]


def _penalty_noname() -> list[Callable[[_Cell], str]]:
    return [
        lambda c: (f"当事人{c.anon()}（个体工商户，{c.shop()}）于{c.date()}在店内销售未标明生产日期的散装白酒，"
                   f"执法人员2名现场检查，当事人承认违法事实，违法所得{c.money(50, 800)}。"),
        lambda c: (f"当事人{c.shop()}未按规定公示营业执照，经责令改正后仍未改正；负责人{c.titled('work')}到场签字确认，"
                   f"地址：{c.road()}{c.house()}。"),
        lambda c: (f"经查，{c.brand()}授权经销商投诉当事人{c.anon()}在{c.village()}集市销售假冒注册商标商品，"
                   f"现场查获{c.num(10, 200)}件，{c.keep('金额')}以标价计。"),
    ]


# ---------------------------------------------------------------------------------------------
# Family 3: 信访 / 12345 / 12315.


def _petition_templates() -> list[Callable[[_Cell], str]]:
    def t_noise(c: _Cell) -> str:
        caller = c.name(None, c.pick("fm"))
        grid = c.name("mid", c.pick("fm"))
        return (f"来电人{caller}（{c.phone()}）反映：{c.estate()}{c.num(1, 20)}号楼下{c.shop()}夜间烧烤噪音、油烟扰民，"
                f"已多次反映未解决。转{c.road()}街道办理，网格员{grid}{c.date()}上门核实，已要求店主22时后停止露天经营。")

    def t_12315(c: _Cell) -> str:
        consumer = c.name("young", c.pick("fm"))
        clerk = c.name("mid", c.pick("fm"))
        return (f"12315：消费者{consumer}称{c.date()}在{c.estate()}附近{c.brand()}门店购买商品，{c.pick(('收银多收', '商品变质', '拒绝退换'))}，"
                f"要求退款{c.money(20, 600)}。经调解，店员{clerk}代表商家同意{c.pick(('全额', '按原价'))}退款，消费者满意。")

    def t_land(c: _Cell) -> str:
        p1 = c.name("old", "m")
        p2 = c.name("mid", "m", kin=p1)
        rec = c.name("mid", c.pick("fm"))
        return (f"信访人{p1}、{p2}等{c.num(3, 12)}人反映{c.village()}土地征收补偿款未足额发放，每亩差额约{c.money(800, 5000)}。"
                f"接访人：{rec}；{c.date()}已交镇政府调查，{c.num(15, 60)}日内答复")

    def t_wage(c: _Cell) -> str:
        worker = c.name(None, "m")
        boss = c.name("mid", "m")
        return (f"反映人{worker}称在{c.estate()}工地务工，包工头{boss}拖欠{c.ym()}至今工资{c.money(6000, 40000)}。"
                f"劳动监察大队已约谈施工方，项目部{c.titled('work')}承诺月底前结清")

    def t_dog(c: _Cell) -> str:
        caller = c.name(None, "f")
        owner = c.name(None, c.pick("fm"))
        worker = c.name("mid", c.pick("fm"))
        return (f"12345工单：{caller}反映邻居{owner}在{c.estate()}楼道内饲养大型犬未拴绳，已咬伤{c.anon()}家孩子。"
                f"社区工作人员{worker}与双方沟通，犬只已送寄养。")

    def t_multi_line(c: _Cell) -> str:
        caller = c.name(None, c.pick("fm"))
        target = c.name("mid", "m")
        return (f"来电人：{caller}\n被投诉人：{target}（{c.shop()}店主）\n事由：占用{c.road()}人行道堆放货物，"
                f"{c.keep('马路')}通行受阻\n处理：已责令清理")

    def t_heating(c: _Cell) -> str:
        caller = c.name("old", c.pick("fm"))
        return (f"{c.estate()}{c.house()}住户{caller}反映室内{c.keep('温度')}仅{c.num(12, 16)}℃，供热公司{c.titled('work')}"
                f"{c.date()}上门排查，系管道堵塞，已疏通。")

    def t_village_cadre(c: _Cell) -> str:
        p = c.name("mid", "m")
        cadre = c.name("mid", "m")
        return (f"{p}来访称{c.village()}村会计{cadre}在低保评议中优亲厚友，将其亲属纳入保障。纪委已受理，"
                f"{c.pick(('查证属实，已取消2户', '经核查不属实，已向来访人反馈', '正在调查中'))}")

    def t_no_cue(c: _Cell) -> str:
        a = c.name(None, c.pick("fm"))
        b = c.name(None, c.pick("fm"))
        return (f"{a}与{b}系前后楼邻居，因{c.estate()}车位问题多次争执，{c.date()}双方在物业调解下达成一致。")

    return [t_noise, t_12315, t_land, t_wage, t_dog, t_multi_line, t_heating, t_village_cadre, t_no_cue]


def _petition_noname() -> list[Callable[[_Cell], str]]:
    return [
        lambda c: f"来电人{c.titled('civil')}（匿名）反映{c.road()}路灯不亮，已转城管。",
        lambda c: f"市民{c.anon()}投诉{c.brand(BRANDS_TAKEAWAY)}外卖超时，已转平台处理。",
        lambda c: f"{c.village()}村民反映{c.keep('黄牛')}倒卖医院挂号，已转公安。来电人{c.titled('civil')}不愿留电话。",
        lambda c: f"反映{c.estate()}{c.keep('施工')}扰民，来电人{c.anon()}，工单已办结，满意。",
    ]


# ---------------------------------------------------------------------------------------------
# Family 4: 医保 / 大病救助 / 教育资助.


def _aid_templates() -> list[Callable[[_Cell], str]]:
    def t_patient(c: _Cell) -> str:
        pat = c.name(None, c.pick("fm"))
        guard = c.name("mid", c.pick("fm"), kin=pat)
        return (f"患者{pat}，{c.age(3, 88)}，{c.date_range()}在{c.hospital()}住院，总费用{c.money(20000, 160000)}，"
                f"基本医保报销{c.money(8000, 60000)}，大病保险{c.money(1000, 30000)}，医疗救助{c.money(1000, 10000)}；"
                f"监护人{guard}")

    def t_student(c: _Cell) -> str:
        stu = c.name("young", c.pick("fm"))
        dad = c.name("mid", "m")
        mom = c.name("mid", "f")
        return (f"学生{stu}（{c.school()}{c.pick(('初二', '高一', '五年级', '初三'))}{c.num(1, 12)}班），父亲{dad}因病丧失劳动能力，"
                f"母亲{mom}务农，家庭人均年收入不足{c.num(3, 6)}000元，申请国家助学金{c.money(1000, 2500)}/学期")

    def t_college(c: _Cell) -> str:
        stu = c.name("young", c.pick("fm"))
        parent = c.name("mid", c.pick("fm"), kin=stu)
        return (f"{stu}，{c.num(2019, 2024)}级，考入{c.keep(c.pick(('中山大学', '鲁迅美术学院', '逸仙学院', '黄河科技学院', '石家庄铁道大学')))}，"
                f"生源地信用助学贷款{c.money(8000, 16000)}，共同借款人{parent}")

    def t_rare_blood(c: _Cell) -> str:
        pat = c.name(None, c.pick("fm"))
        return (f"{pat}为{c.keep('熊猫血')}（Rh阴性），{c.date()}在{c.hospital()}手术，异地就医备案已办，"
                f"门诊慢特病待遇自{c.ym()}起享受")

    def t_reimb_proxy(c: _Cell) -> str:
        pat = c.name("old", c.pick("fm"))
        proxy = c.name("mid", c.pick("fm"))
        return (f"代办人{proxy}（{c.pick(('女儿', '儿子', '村医', '儿媳'))}）持{pat}身份证及住院发票来办，手工报销"
                f"{c.money(500, 9000)}，{c.keep('余额')}已退回个人账户")

    def t_kindergarten(c: _Cell) -> str:
        kid = c.name("young", c.pick("fm"))
        grandpa = c.name("old", "m", kin=kid)
        return (f"{kid}在{c.keep(c.pick(('宋庆龄幼儿园', '实验幼儿园', '中山路幼儿园', '雷锋幼儿园')))}大班，"
                f"父母离异，随祖父{grandpa}生活，免保教费{c.money(1200, 3000)}/学期")

    def t_no_cue(c: _Cell) -> str:
        a = c.name("young", c.pick("fm"))
        b = c.name("mid", c.pick("fm"))
        return (f"{a}转学至{c.school()}，资助关系随转；原班主任{b}已出具证明。")

    def t_dialysis(c: _Cell) -> str:
        pat = c.name("mid", c.pick("fm"))
        doc = c.name("mid", c.pick("fm"))
        return (f"{pat}规律血透，主治医师{doc}出具诊断证明；{c.keep('康复')}期用药纳入慢病，年度限额{c.money(3000, 8000)}")

    return [t_patient, t_student, t_college, t_rare_blood, t_reimb_proxy, t_kindergarten, t_no_cue, t_dialysis]


def _aid_noname() -> list[Callable[[_Cell], str]]:
    return [
        lambda c: f"{c.school()}学生{c.anon()}，建档立卡户，免住宿费；经办：{c.titled('office')}",
        lambda c: f"在{c.hospital()}住院，{c.keep('全额')}结算，{c.keep('余额')}{c.money(20, 300)}",
        lambda c: f"{c.anon()}家长申请{c.keep('周转房')}附近就读，{c.keep('符合')}政策",
    ]


# ---------------------------------------------------------------------------------------------
# Family 5: 社区矫正 / 人民调解 / 婚姻收养登记.


def _judicial_templates() -> list[Callable[[_Cell], str]]:
    def t_correction(c: _Cell) -> str:
        subj = c.name(None, "m")
        wife = c.name("mid", "f")
        officer = c.name("mid", c.pick("fm"))
        crime = c.pick(("交通肇事罪", "危险驾驶罪", "盗窃罪", "帮助信息网络犯罪活动罪", "非法捕捞水产品罪"))
        return (f"矫正对象{subj}，因{crime}被判处有期徒刑一年缓刑一年六个月，{c.date()}入矫，报到时由其妻{wife}陪同；"
                f"司法所工作人员{officer}负责日常监管，每月{c.pick(('两', '一'))}次电话核查。")

    def t_mediation(c: _Cell) -> str:
        a = c.name(None, c.pick("fm"))
        b = c.name(None, c.pick("fm"))
        m1 = c.name("mid", c.pick("fm"))
        m2 = c.name("mid", c.pick("fm"))
        return (f"申请人{a}与被申请人{b}因宅基地边界纠纷（{c.village()}），经调解员{m1}、{m2}主持调解，"
                f"双方自愿达成协议：被申请人于{c.date()}前拆除越界围墙{c.num(1, 5)}.{c.num(1, 9)}米，"
                f"并补偿申请人{c.money(500, 6000)}。")

    def t_marriage(c: _Cell) -> str:
        man = c.name(c.pick(("mid", "young")), "m")
        woman = c.name(c.pick(("mid", "young")), "f")
        return (f"男方{man}、女方{woman}{c.date()}申请结婚登记，{c.pick(('材料齐全，予以登记', '女方户口簿信息与身份证不一致，补正后登记', '男方系再婚，提供离婚证'))}。"
                + (f"颁证员：{c.titled('office')}。" if c.p(0.3) else ""))

    def t_adoption(c: _Cell) -> str:
        p1 = c.name("mid", "m")
        p2 = c.name("mid", "f")
        kid = c.name("young", c.pick("fm"), kin=p1)
        orig = c.name("young", c.pick("fm"))
        return (f"收养人{p1}、{p2}夫妇收养{kid}（原名{orig}，{c.age(1, 8)}），送养人为{c.keep(c.pick(CITIES))}社会福利院，"
                f"{c.date()}登记")

    def t_divorce(c: _Cell) -> str:
        a = c.name("mid", "m")
        b = c.name("mid", "f")
        kid = c.name("young", c.pick("fm"), kin=a)
        return (f"{a}与{b}协议离婚，冷静期届满，{c.date()}办理离婚证；子女{kid}由{c.pick(('女方', '男方'))}抚养，"
                f"另一方每月支付抚养费{c.money(800, 3000)}")

    def t_release(c: _Cell) -> str:
        subj = c.name(None, "m")
        mom = c.name("old", "f", kin=subj)
        return (f"{subj}刑满释放（{c.date()}），户籍地{c.village()}，母亲{mom}接回，纳入安置帮教，"
                f"已推荐至{c.shop()}务工")

    def t_legal_aid(c: _Cell) -> str:
        app = c.name(None, c.pick("fm"))
        lawyer = c.name("mid", c.pick("fm"))
        return (f"法律援助：受援人{app}追索劳动报酬，指派{c.keep(c.pick(('中山', '正义', '金石', '高扬')) + '律师事务所')}律师{lawyer}承办，"
                f"{c.date()}结案，追回{c.money(5000, 50000)}")

    def t_no_cue(c: _Cell) -> str:
        a = c.name("mid", c.pick("fm"))
        b = c.name("mid", c.pick("fm"))
        return f"{a}欠{b}借款{c.money(3000, 60000)}，双方约定分{c.num(3, 12)}期归还，首期于{c.date()}前支付"

    return [t_correction, t_mediation, t_marriage, t_adoption, t_divorce, t_release, t_legal_aid, t_no_cue]


def _judicial_noname() -> list[Callable[[_Cell], str]]:
    return [
        lambda c: f"矫正对象{c.anon()}本月按时报到，思想稳定；司法所{c.titled('office')}走访",
        lambda c: f"{c.anon()}与{c.anon()}邻里纠纷，经{c.village()}调委会调解成功",
        lambda c: f"结婚登记：双方材料齐全；颁证员{c.titled('office')}；地点{c.keep('中山公园')}集体婚礼",
    ]


# ---------------------------------------------------------------------------------------------
# Family 6: an English export.

EN_ROADS = ("Zhongshan Road|Jianguo Road|Jiefang Lu|Renmin Road|Heping Street|Zhongshan North Road|"
            "Yat-sen Avenue|Long March Road").split("|")
EN_VILLAGES = "Wangjia Village|Lijia Village|Zhangjiawan|Liuzhuang Village|Zhaojiatun|Chenjialing Village".split("|")
EN_SHOPS = ("Li's Noodle House|Wang's Hardware Store|Zhang Ji Dumplings|Liu's Orthopaedic Clinic|"
            "Lao Sun Jia Mutton Soup|Chen Brothers Auto Repair|Zhou's Fruit Shop").split("|")
EN_HOSPITALS = ("Sun Yat-sen Memorial Hospital|Bethune International Peace Hospital|Zhongshan Hospital|"
                "Shao Yifu Hospital|County People's Hospital").split("|")
EN_BRANDS = "Lao Gan Ma|Li-Ning|Wong Lo Kat|Zhou Hei Ya|Haidilao|Li Kum Kee".split("|")
EN_PLACES = "Shijiazhuang|Zhangjiakou|Yueyang Tower|Sun Yat-sen Park|Huangshan|Ma'anshan".split("|")
EN_MASKED = ("Mr. Wang|Ms. Zhang|Mrs. Li|Mr. Chen|Master Zhou|Uncle Liu|Wang Mou|Li Moumou|Zhang **|"
             "Liu X.|Mr. Huang (anonymous)|Secretary Zhao|Director Sun|Teacher He").split("|")
# English phrases in which a pinyin surname stands alone as a word: (look-alike, its sentence).
EN_SURNAME_WORDS = [
    ("Long-term care", "{} subsidy approved."),
    ("Long overdue", "{} rent has been settled."),
    ("0.3 ha", "Leases out {} of farmland."),
    ("1.5 ha", "Contracted {} of orchard."),
    ("exhaust fan", "Kitchen {} replaced by the landlord."),
    ("Ethnic group: Bai", "{}."),
    ("Ethnic group: Hui", "{}."),
    ("work gang", "Was dismissed from the {} in March."),
    ("Song Dynasty", "House lies inside the {} old town protection zone."),
    ("Hong Kong", "Daughter works in {}."),
    ("He said", "{} the roof still leaks."),
    ("Sun exposure", "{} at work caused skin lesions."),
    ("Man-made", "{} flooding from a burst pipe upstairs."),
    ("Ming Tombs", "Works as a guide at the {}."),
    ("Gang Road", "Moved to No. 9, {}."),
]


def _en_context(c: _Cell) -> str:
    word, sentence = c.pick(EN_SURNAME_WORDS)
    return sentence.format(c.keep(word))


def _english_templates() -> list[Callable[[_Cell], str]]:
    def k(c: _Cell, pool: list[str]) -> str:
        return c.keep(c.pick(pool))

    def t_applicant(c: _Cell) -> str:
        app = c.en_name()
        proxy = c.en_name()
        return (f"Applicant: {app}; proxy collector: {proxy} ({c.pick(('son', 'daughter', 'nephew', 'neighbour'))}), "
                f"tel. {c.phone()}. Household of {c.num(1, 5)}, {k(c, EN_VILLAGES)}, Group {c.num(1, 9)}. "
                f"Monthly benefit CNY {c.num(300, 900)}.")

    def t_recipient(c: _Cell) -> str:
        rel = c.pick(("wife", "husband", "mother", "father"))
        rec = c.en_name("f" if rel in ("wife", "mother") else "m")
        heir = c.en_name()
        return (f"recipient {rec} ({rel}) passed away on {c.en_date()}; benefit transferred to {heir} from next month. "
                f"{_en_context(c)}")

    def t_complaint(c: _Cell) -> str:
        caller = c.en_name()
        contact = c.en_name()
        grid = c.en_name()
        return (f"Complaint from resident {caller} (contact: {contact} {c.phone()}) about noise and smoke from "
                f"{k(c, EN_SHOPS)} on {k(c, EN_ROADS)}. Handled by grid worker {grid}; "
                f"the {k(c, ['exhaust fan', 'ceiling fan'])} "
                f"was moved on {c.en_date()}.")

    def t_penalty(c: _Cell) -> str:
        party = c.en_name()
        o1, o2 = c.en_name(), c.en_name()
        return (f"Facts: the party {party}, operator of {k(c, EN_SHOPS)}, sold {k(c, EN_BRANDS)} products past their "
                f"shelf life (value CNY {c.num(100, 3000)}). Law enforcement officers {o1} and {o2} inspected "
                f"the premises "
                f"on {c.en_date()} and seized the goods.")

    def t_patient(c: _Cell) -> str:
        pat = c.en_name()
        guard = c.en_name()
        return (f"Patient {pat}, hospitalised at {k(c, EN_HOSPITALS)} {c.en_range()}; reimbursed "
                f"CNY {c.num(1000, 60000):,}.{c.num(0, 99):02d}; guardian: {guard}.")

    def t_student(c: _Cell) -> str:
        stu = c.en_name()
        dad = c.en_name("m")
        school = k(c, ["Yucai Middle School", "Lei Feng Primary School", "Shao Yifu Primary School",
                       "Zhongshan Primary School"])
        return (f"Student {stu} (Grade {c.num(1, 9)}, {school}), father {dad} disabled (Grade II). "
                f"{c.keep('Ethnic group: ' + c.pick(('Bai', 'Yi', 'Hui', 'Han', 'Miao')))}. "
                f"Grant CNY {c.num(500, 1500):,} per term.")

    def t_mediation(c: _Cell) -> str:
        a, b, m = c.en_name(), c.en_name(), c.en_name()
        return (f"Parties: {a} vs {b}, boundary dispute over {k(c, ['0.3 ha', '1.5 ha', '2 ha of farmland'])} in "
                f"{k(c, EN_VILLAGES)}; mediator {m}. Agreement signed {c.en_date()}.")

    def t_titled(c: _Cell) -> str:
        title = c.pick(("Ms.", "Mr.", "Mrs.", "Dr."))
        person = c.en_name({"Ms.": "f", "Mrs.": "f", "Mr.": "m"}.get(title))
        return (f"{title} {person} called. {_en_context(c)} Neighbour {k(c, EN_MASKED)} has moved out. "
                f"Address: No. {c.num(1, 300)}, {k(c, EN_ROADS)}.")

    def t_bilingual(c: _Cell) -> str:
        head = c.en_name(with_han=True)
        size = c.pick(("one-person household", "two persons", "elderly, lives alone"))
        return (f"Head of household / 户主: {head}; {size}; "
                f"address {k(c, EN_VILLAGES)} No. {c.num(1, 90)}")

    def t_lines(c: _Cell) -> str:
        a = c.en_name()
        b = c.en_name()
        return f"Name: {a}\nRelation: spouse of {b}\nNote: moved to {k(c, EN_PLACES)} in {c.num(2018, 2024)}"

    def t_wage(c: _Cell) -> str:
        w = c.en_name()
        boss = c.en_name()
        return (f"Migrant worker {w} reported unpaid wages of CNY {c.num(3000, 30000):,} by foreman {boss} "
                f"(the whole {c.keep('work gang')} was dismissed). {k(c, EN_MASKED)} from the labour bureau "
                f"followed up.")

    return [t_applicant, t_recipient, t_complaint, t_penalty, t_patient, t_student, t_mediation, t_titled,
            t_bilingual, t_lines, t_wage]


def _english_noname() -> list[Callable[[_Cell], str]]:
    def k(c: _Cell, pool: list[str]) -> str:
        return c.keep(c.pick(pool))

    return [
        lambda c: (f"Caller {k(c, EN_MASKED)} reported a broken street lamp on {k(c, EN_ROADS)}; "
                   f"forwarded to city management."),
        lambda c: f"{k(c, EN_MASKED)} (party) fined CNY {c.num(200, 5000)} for selling counterfeit {k(c, EN_BRANDS)}.",
        lambda c: f"Treated at {k(c, EN_HOSPITALS)}. {_en_context(c)} Lives near {k(c, EN_PLACES)}.",
    ]


# ---------------------------------------------------------------------------------------------
# Family 7: gazette appointments (officials' names are public).

DEPTS = ("发展和改革委员会主任", "财政局局长", "教育局副局长", "民政局局长", "自然资源和规划局副局长", "生态环境局局长",
         "住房和城乡建设局副局长", "交通运输局局长", "农业农村局副局长", "卫生健康委员会主任", "审计局局长",
         "统计局副局长", "市场监督管理局局长", "医疗保障局副局长", "人民政府办公室副主任", "信访局局长")


def _gazette_templates() -> list[Callable[[_Cell], str]]:
    def city(c: _Cell) -> str:
        return c.pick(("济南", "潍坊", "临沂", "德州", "聊城", "滨州", "菏泽", "枣庄", "日照")) + "市"

    def t_notice(c: _Cell) -> str:
        cty = city(c)
        o1, o2, o3 = c.official(), c.official(), c.official()
        return (f"{cty}人民政府关于{o1}等同志职务任免的通知\n{cty[0]}政任〔{c.num(2018, 2024)}〕{c.num(1, 40)}号\n"
                f"各区县人民政府，市政府各部门：\n经市政府研究决定：\n任命{o1}为市{c.pick(DEPTS)}；\n"
                f"{o2}为市{c.pick(DEPTS)}（试用期一年）；\n免去{o3}的市{c.pick(DEPTS)}职务。\n{c.date()}")

    def t_npc_list(c: _Cell) -> str:
        cty = city(c)
        names = [c.official() for _ in range(c.num(2, 4))]
        appoint = "；\n".join(f"{n}为市{c.pick(('中级人民法院审判员', '人民检察院检察员', c.pick(DEPTS)))}" for n in names[:-1])
        return (f"{cty}人民代表大会常务委员会任免名单\n（{c.date()}{cty}第十七届人民代表大会常务委员会第{c.num(3, 30)}次会议通过）\n"
                f"一、任命：\n{appoint}；\n二、免去：\n{names[-1]}的市{c.pick(DEPTS)}职务。")

    def t_pre_appointment(c: _Cell) -> str:
        sex = c.pick(("男", "女"))
        o = c.official(sex="m" if sex == "男" else "f")
        return (f"任前公示：{o}，{sex}，汉族，{c.num(1968, 1988)}年{c.num(1, 12)}月生，{c.pick(('大学', '研究生'))}学历，"
                f"中共党员，现任{city(c)}{c.pick(DEPTS)}，拟任{c.pick(DEPTS)}。公示期{c.num(5, 7)}个工作日，"
                f"{c.keep('监督电话')}0531-{c.num(80000000, 89999999)}。")

    def t_removal(c: _Cell) -> str:
        o1, o2 = c.official(), c.official()
        return (f"决定免去：\n{o1}的{city(c)}{c.pick(DEPTS)}职务（另有任用）；\n{o2}的{c.pick(DEPTS)}职务（退休）。\n"
                f"{c.keep('此件公开发布')}")

    def t_inline(c: _Cell) -> str:
        o1, o2 = c.official(), c.official()
        return (f"经{city(c)}人民政府{c.num(2018, 2024)}年第{c.num(1, 30)}次常务会议研究，决定任命{o1}、{o2}为"
                f"{c.keep(c.pick(('中山', '雷锋', '张家口', '高新')) + '开发区管委会')}副主任。")

    return [t_notice, t_npc_list, t_pre_appointment, t_removal, t_inline]


# ---------------------------------------------------------------------------------------------
# Family 8: look-alikes only.


def _lookalike_templates() -> list[Callable[[_Cell], str]]:
    return [
        lambda c: (f"{c.num(5, 7)}—9月{c.keep('高温补贴')}按月发放，{c.keep('全额')}计入工资；{c.keep('申请')}"
                   f"{c.keep('周转房')}的职工须{c.keep('符合')}{c.keep('常住人口')}条件。"),
        lambda c: f"经查{c.shop()}门前{c.keep('马路')}违规占道，已责令整改；当事人{c.anon()}称系{c.keep('钟点工')}堆放。",
        lambda c: (f"组织{c.keep('学习雷锋')}志愿服务活动，地点{c.keep('中山公园')}东门；联系人：{c.titled()}"
                   f"（居委会）。"),
        lambda c: (f"购买{'、'.join(c.keeps(BRANDS_FOOD, 2))}等商品{c.keep('金额')}共计{c.money(20, 300)}，已原价退还。"
                   f"消费者{c.titled('civil')}表示满意。"),
        lambda c: (f"{'市、'.join(c.keeps(CITIES, 2))}市来函已收；{c.keep(c.pick(PUBLIC_PHRASES))}"
                   f"相关资料按{c.keep('程序')}归档。"),
        lambda c: f"{c.anon()}、{c.anon()}两户已核实，信息按规定脱敏；{c.titled('office')}、{c.titled('office')}带队走访。",
        lambda c: (f"辖区作家获{c.keep(c.pick(('鲁迅文学奖', '茅盾文学奖')))}，社区张贴喜报；"
                   f"{c.keep('孙中山先生纪念')}展览{c.date()}开幕。"),
        lambda c: (f"{'、'.join(c.keeps(BRANDS_TAKEAWAY, 2))}两家门店抽检合格；{c.shop()}抽检{c.keep('余额')}不符待复检。"),
        lambda c: (f"打击倒卖号源{c.keep('黄牛')}专项行动，{c.hospital()}周边查处{c.num(2, 9)}起；"
                   f"{'、'.join(c.keeps(ROADS, 2))}设{c.keep('安全')}提示牌。"),
        lambda c: (f"{c.village()}{c.keep('林地')}{c.num(20, 400)}亩，{c.keep('石料')}堆场清理完毕；{c.keep('施工')}"
                   f"{c.keep('范围')}以规划为准。"),
        lambda c: (f"弘扬{c.keep(c.pick(('焦裕禄精神', '白求恩精神')))}主题党日，"
                   f"参观{c.keep(c.pick(('岳阳楼', '包公祠', '岳飞庙', '武侯祠', '杜甫草堂')))}；"
                   f"{c.titled('office')}讲党课。"),
        lambda c: (f"{c.estate()}{c.house()}业主{c.anon()}装修，{c.keep('管道')}改造{c.keep('费用')}{c.money(300, 5000)}自理。"),
        lambda c: (f"{'、'.join(c.keeps(EVERYDAY, 3))}：见附件{c.num(1, 9)}（{c.keep('宋体')}五号）。"),
        lambda c: (f"{'、'.join(c.keeps(SCHOOLS, 2))}两校{c.keep('安全')}检查合格；{c.hospital()}派员参加。"),
        lambda c: f"{c.titled()}：{'至'.join(c.keeps(VILLAGES, 2))}公路{c.keep('项目')}，{c.keep('成本')}核算中。",
        lambda c: (f"收到{c.keep(c.pick(('张**', '刘×', '王某', '李某某', '陈某某', '赵××')))}来信，反映{c.road()}"
                   f"{c.keep('龙头企业')}排污，已转生态环境局。"),
    ]


# ---------------------------------------------------------------------------------------------
# Assembly.

_TEMPLATES: dict[str, tuple[list[Callable[[_Cell], str]], list[Callable[[_Cell], str]]]] = {
    "dibao": (_dibao_templates(), _dibao_noname()),
    "penalty": (_penalty_templates(), _penalty_noname()),
    "petition": (_petition_templates(), _petition_noname()),
    "aid": (_aid_templates(), _aid_noname()),
    "judicial": (_judicial_templates(), _judicial_noname()),
    "english": (_english_templates(), _english_noname()),
    "gazette": (_gazette_templates(), []),
    "lookalike": (_lookalike_templates(), []),
}
CHINESE_FAMILIES = ("dibao", "penalty", "petition", "aid", "judicial", "lookalike")


def _export_style(rng: random.Random, text: str) -> str:
    """Some offices' exports use ASCII punctuation or drop the final full stop."""
    if rng.random() < 0.12:
        text = text.replace("，", ",").replace("；", ";").replace("：", ":")
    if rng.random() < 0.08:
        text = text.rstrip("。")
    return text


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    """Every occurrence of s in text, overlapping ones included."""
    return [(m.start(), m.start() + len(s)) for m in re.finditer(f"(?={re.escape(s)})", text)]


def _valid(text: str, names: list[str], looks: list[str], officials: list[str]) -> bool:
    if any(not s or s not in text for s in names + looks):
        return False
    if len(set(names)) != len(names) or any(text.count(n) != 1 for n in names):
        return False
    for i, n in enumerate(names):
        n_span = _spans(text, n)[0]
        others = names[:i] + names[i + 1:] + looks
        for o in others:
            if n in o or o in n:
                return False
            if any(a < n_span[1] and n_span[0] < b for a, b in _spans(text, o)):
                return False
    for i, o in enumerate(officials):
        if any(o in p or p in o for p in officials[i + 1:]):
            return False
    return True


def _draw(rng: random.Random, family: str, use_unnamed: bool, seen: set[str]) -> Remark:
    """One valid cell of a family; a cell whose text is already in the set is drawn again."""
    named, unnamed = _TEMPLATES[family]
    for _ in range(MAX_REDRAWS):
        c = _Cell(rng)
        template = rng.choice(unnamed if use_unnamed else named)
        text = template(c)
        if family in CHINESE_FAMILIES:
            text = _export_style(rng, text)
        looks = list(dict.fromkeys(c.looks))
        if text not in seen and _valid(text, c.names, looks, c.officials):
            seen.add(text)
            return Remark(text=text, family=family, names=list(c.names), lookalikes=looks,
                          public_officials=(family == "gazette"))
    raise RuntimeError(f"remarks_v5: no valid {family} cell in {MAX_REDRAWS} draws")


def _counts(n: int) -> dict[str, int]:
    """Cells per family for n cells: WEIGHTS scaled, largest remainders first, ties by family order."""
    total = sum(WEIGHTS.values())
    exact = {f: n * w / total for f, w in WEIGHTS.items()}
    counts = {f: int(v) for f, v in exact.items()}
    order = sorted(WEIGHTS, key=lambda f: (-(exact[f] - counts[f]), list(WEIGHTS).index(f)))
    for f in order[: n - sum(counts.values())]:
        counts[f] += 1
    return counts


def make_remarks(n: int = 2000, seed: int = 5151) -> list[Remark]:
    """n cells in the WEIGHTS mix, shuffled; the same n and seed give the same cells."""
    rng = random.Random(seed)
    plan = []
    for family, k in _counts(n).items():
        unnamed = round(k * NO_NAME_SHARE) if family in NAME_FAMILIES else 0
        plan += [(family, i < unnamed) for i in range(k)]
    rng.shuffle(plan)
    seen: set[str] = set()
    return [_draw(rng, family, use_unnamed, seen) for family, use_unnamed in plan]


def describe(remarks: list[Remark]) -> dict:
    families: dict[str, dict[str, int]] = {}
    for r in remarks:
        f = families.setdefault(r.family, {"cells": 0, "names": 0, "lookalikes": 0, "with_name": 0})
        f["cells"] += 1
        f["names"] += len(r.names)
        f["lookalikes"] += len(r.lookalikes)
        f["with_name"] += bool(r.names)
    return {
        "cells": len(remarks),
        "names": sum(len(r.names) for r in remarks),
        "lookalikes": sum(len(r.lookalikes) for r in remarks),
        "with_name": sum(bool(r.names) for r in remarks),
        "families": families,
    }
