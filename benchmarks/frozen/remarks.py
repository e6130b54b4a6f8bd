"""FROZEN test set: free-text remarks with person names planted, and look-alikes that are not names.

No detector rule is tuned on this file. It was written separately from the detector
(``gongkai.deid.names``) and from the project's own generators (tests/deid_fixtures.py,
benchmarks/bench_deid_accuracy.py), with its own name pools and its own phrasing templates:

* case workers' notes (入户走访, 核查);
* 行政处罚 主要违法事实 (当事人…在…, 经营者…，身份证号…);
* complaints and petitions (投诉, 反映);
* English-language exports (English phrasing, pinyin names in either order);
* relation and role words (代领人, 原户主, 联系人, 之子 …) and sentences with no cue at all.

Beside the names, look-alikes that must stay as they are: places (张店区, 李村, 刘家庄), roads
(中山路), companies and shops (王记餐饮店), already-anonymised references (王某, 李某某), common
words that begin with a surname character (王国, 高速, 方案, 周边, 黄金 ...), and officials named in
gazette appointments, which stay only where the text is declared public (``public_officials``).

Do not edit the templates to make a detector pass: a change here is a new frozen set and must
be reported as such.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# --- name pools (this file's own; deliberately wider than the tuned generators') ---------------

# Surnames by rough frequency: the first group is drawn most often.
_SURNAME_GROUPS = (
    (0.55, "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗"),
    (0.30, "郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金"
           "石廖贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞"),
    (0.10, "殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝路游"
           "辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"),
    (0.05, "鄂訾邴逄琚蒯乜闾郗仉厍沃禄郦暴越蔚寿通扶堵冀芮羿储靖汲邴糜松井段富巫乌焦巴弓牧隗"
           "山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀"
           "蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛"
           "寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘"),
)
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
             "宇文", "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "申屠")
# Given names drawn whole (one or two characters), old-fashioned and recent ones.
_GIVEN = ("桂芝 凤兰 玉珍 素梅 德胜 长林 永福 树森 金凤 秀兰 淑华 春生 振华 国庆 建军 红梅 丽娟 "
          "子涵 梓萱 浩然 宇轩 欣怡 思远 嘉怡 俊杰 雨泽 佳琪 晨曦 一诺 沐阳 诗琪 若曦 梦瑶 天佑 "
          "志刚 海燕 卫东 爱华 学文 庆丰 守义 连生 广才 福贵 翠花 月娥 巧云 荷香 冬梅 立新 "
          "伟 芳 娜 敏 静 磊 洋 勇 杰 涛 超 霞 刚 鹏 琳 昊 楠 蕾 彬 斌 铭 凯 悦 瑶 婷 薇 "
          "晗 曦 宸 睿 琦 璐 翔 鑫 锋 岚 茜 彤 钰 颖 阳 旭 宁 硕 帆 哲 毅").split()
# Pinyin of the surnames and given names above that the English templates use.
_PINYIN_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
                    "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng",
                    "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng",
                    "Tian", "Dong", "Yuan", "Pan", "Jiang", "Cai", "Du", "Ye", "Cheng", "Su",
                    "Wei", "Lv", "Ding", "Shen", "Yao", "Lu", "Cui", "Zhong", "Tan", "Fan", "Jin",
                    "Shi", "Liao", "Jia", "Xia", "Fu", "Fang", "Bai", "Zou", "Meng", "Xiong",
                    "Qin", "Qiu", "Yin", "Xue", "Yan", "Duan", "Lei", "Hou", "Long", "Mao", "Hao",
                    "Gong", "Shao", "Wan", "Qian", "Kong", "Ouyang", "Sima", "Zhuge", "Shangguan")
_PINYIN_GIVEN = ("Wei", "Fang", "Na", "Xiuying", "Min", "Jing", "Lei", "Yang", "Jie", "Tao",
                 "Chao", "Xia", "Gang", "Peng", "Lin", "Hao", "Nan", "Bin", "Kai", "Yue", "Ting",
                 "Zihan", "Haoran", "Yuxuan", "Xinyi", "Siyuan", "Jiayi", "Junjie", "Guifang",
                 "Yulan", "Shuzhen", "Dehua", "Jianguo", "Zhiqiang", "Haiyan", "Weidong",
                 "Chunmei", "Lihua", "Xiaoming", "Yuting", "Mingyu", "Ruoxi", "Tianyu")

# --- look-alike pools ------------------------------------------------------------------------

_PLACES = ("张店区", "李村", "刘家庄", "王村镇", "赵家楼", "孙家镇", "马尚镇", "周村区", "黄岛区",
           "高新区", "何家湾", "陈家庄村", "杨柳青镇", "胡家庄", "钱塘江", "吴江区", "徐家汇",
           "郑州市", "林州市", "石家庄市", "邹城市", "曲阜市", "滕州市", "宁阳县", "梁山县")
_ROADS = ("中山路", "张家路", "王府井大街", "刘公岛路", "李沧路", "黄河路", "金融街", "高唐路",
          "文化路", "解放路", "马鞍山路", "周公庙街", "杨家埠路", "孔府路", "孟庄路")
_SHOPS = ("王记餐饮店", "李家小厨", "张氏牛肉面馆", "老刘烧烤店", "陈记五金店", "杨家铺子超市",
          "赵氏诊所", "孙记包子铺", "周大福珠宝店", "黄山旅游发展股份有限公司", "马利文具店",
          "刘老根大舞台", "胡同口理发店", "郭记修车行", "林氏木业有限公司", "罗森便利店")
_ANONYMISED = ("王某", "李某某", "张某", "刘某某", "陈某", "杨某", "当事人赵某", "孙某某")
_WORD_SENTENCES = (
    "童话王国主题乐园周边道路实行交通管制",
    "高速公路服务区食品安全专项检查方案已印发",
    "黄金首饰抽检结果向社会公布",
    "周边群众反映情况属实，已明确整改时限",
    "常住人口变动情况按程序上报",
    "安全生产许可证有效期届满",
    "严格落实任务分工，于本月底前完成",
    "金额核对无误，余额转入下月",
    "方案经集体研究通过",
    "文明城市创建任务分解表",
    "石油液化气钢瓶检验合格",
    "林业部门会同高新区管委会联合执法",
    "程序合法，证据确凿，适用依据正确",
    "江河湖泊水质监测月报",
    "白天施工噪音未超标",
    "明确责任单位和完成时限",
    "全面排查，马上整改",
    "宋体三号字，正文仿宋",
    "华东地区价格监测报告",
    "武装部组织民兵训练",
)
_OFFICE = ("市教育局局长", "市财政局副局长", "县人民政府副县长", "区卫生健康委员会主任",
           "市审计局局长", "市场监督管理局副局长", "区民政局局长", "县公安局政委")

# --- templates -------------------------------------------------------------------------------
# {n} a Chinese name (planted), {n2} a second one, {e} an English name (planted), {id} an ID
# number, {ph} a phone, {pl} a place, {rd} a road, {sh} a shop, {an} an anonymised reference,
# {of} an office (look-alikes).

_CASEWORK = (
    "{d}入户走访，户主{n}卧病在床，日常由邻居{n2}帮忙照看",
    "走访时见到{n}，自述无固定收入，在{pl}打零工",
    "经与村委会核实，{n}家庭人均收入低于标准",
    "原户主{n}已于{d}病故，现由{n2}接续申请",
    "{n}老人独居，子女均在外地",
    "该户联系人为{n}，住{pl}",
    "申请材料由{n}本人签字确认",
    "代领人：{n}（系申请人外甥女）",
    "{n}之子{n2}在{sh}务工，月收入约1800元",
    "{n}、{n2}夫妇均患慢性病",
    "复核时{n}提供了医疗费用票据",
    "低保金委托{n}代为领取",
)
_PENALTY = (
    "当事人{n}在{pl}{rd}经营的{sh}内销售过期食品",
    "经营者{n}，身份证号{id}，未取得食品经营许可从事食品经营活动",
    "当事人{n}于{d}在{rd}无证运输成品油",
    "经查，{n}在{sh}使用未经检定的计量器具",
    "{n}未按规定公示价格，被执法人员当场查获",
    "当事人{n}（公民身份号码{id}）销售不合格电动自行车",
    "{n}在{pl}擅自占道经营，经责令改正拒不改正",
    "个体工商户{sh}经营者{n}销售假冒注册商标的商品",
)
_COMPLAINT = (
    "市民反映：{pl}{rd}的{sh}油烟扰民，投诉人{n}，电话{ph}",
    "来电人{n}称其在{sh}购买的商品存在质量问题",
    "{n}反映小区物业乱收费，要求退还",
    "投诉{sh}拒不退款，联系人{n}",
    "群众{n}来信反映{pl}违建问题",
    "{n}投诉邻居{n2}饲养犬只扰民",
    "匿名反映{an}在{rd}无证行医，已转交卫生监督所",
)
_ENGLISH = (
    "Benefit collected by {e} on behalf of the applicant",
    "Contact: {e}, {ph}",
    "Applicant {e} moved to {epl}",
    "Mr. {es} confirmed the household income",
    "Ms {e} submitted the medical receipts",
    "Household head {e} passed away; case transferred",
    "Verified by phone with {e}",
    "Mrs. {es} refused the home visit",
    "Payment received by {e} at {eshop}",
)
_ENGLISH_LOOKALIKES = (
    "Household relocated to {epl}",
    "Office moved to {erd}",
    "Supplier: {eshop}",
    "Inspection at {epl} completed",
    "Case forwarded to {epl} Civil Affairs Bureau",
)
_E_PLACES = ("Zhangdian District", "Licun Town", "Liujiazhuang Village", "Huangdao District",
             "Gaoxin District", "Zhoucun District", "Wangcun Town", "Chen Village", "Sun Town")
_E_ROADS = ("Zhongshan Road", "Jiefang Road", "Huanghe Road", "Wangfujing Street",
            "Li Cang Road", "Gao Tang Road")
_E_SHOPS = ("Wangji Restaurant", "Liu's Barbecue", "Zhang Ji Noodle House", "Chen Hardware Co., Ltd.",
            "Huang Shan Tourism Co.")
_GAZETTE = (
    "任命{n}为{of}",
    "免去{n}的{of}职务",
    "决定任命{n}同志为{of}，免去{n2}同志的{of2}职务",
    "{n}任{of}，试用期一年",
)


@dataclass
class Remark:
    """One remark: its text, the names planted in it, the look-alikes it holds, its family."""

    text: str
    family: str
    names: list[str] = field(default_factory=list)
    lookalikes: list[str] = field(default_factory=list)
    public_officials: bool = False       # a gazette appointment: officials' names are public


def _surname(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return rng.choice(_COMPOUND)
    r, acc = rng.random(), 0.0
    for share, chars in _SURNAME_GROUPS:
        acc += share
        if r < acc:
            return rng.choice(chars)
    return rng.choice(_SURNAME_GROUPS[0][1])


def chinese_name(rng: random.Random) -> str:
    return _surname(rng) + rng.choice(_GIVEN)


def english_name(rng: random.Random, *, surname_only: bool = False) -> str:
    sur = rng.choice(_PINYIN_SURNAMES)
    if surname_only:
        return sur
    given = rng.choice(_PINYIN_GIVEN)
    return rng.choice([f"{sur} {given}", f"{sur} {given}", f"{given} {sur}", f"{sur.upper()} {given}"])


def _id_number(rng: random.Random) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    body = (rng.choice(["370303", "370304", "370305", "371002", "370983"])
            + f"{rng.randrange(1950, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
            + f"{rng.randrange(1000):03d}")
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


def _phone(rng: random.Random) -> str:
    return "1" + rng.choice("35789") + "".join(rng.choice("0123456789") for _ in range(9))


def _a_date(rng: random.Random) -> str:
    return f"2026年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日"


def _fill(template: str, rng: random.Random, family: str) -> Remark:
    rem = Remark("", family)
    values: dict[str, str] = {}

    def planted(value: str) -> str:
        rem.names.append(value)
        return value

    def look(value: str) -> str:
        rem.lookalikes.append(value)
        return value

    n, n2 = chinese_name(rng), chinese_name(rng)
    while n2 == n:
        n2 = chinese_name(rng)
    values["n"], values["n2"] = n, n2
    values["e"] = english_name(rng)
    values["es"] = english_name(rng, surname_only=True)
    values["id"], values["ph"], values["d"] = _id_number(rng), _phone(rng), _a_date(rng)
    values["pl"], values["rd"], values["sh"] = rng.choice(_PLACES), rng.choice(_ROADS), rng.choice(_SHOPS)
    values["an"], values["of"] = rng.choice(_ANONYMISED), rng.choice(_OFFICE)
    values["of2"] = rng.choice(_OFFICE)
    values["epl"], values["erd"], values["eshop"] = (rng.choice(_E_PLACES), rng.choice(_E_ROADS),
                                                     rng.choice(_E_SHOPS))
    used = [k for k in values if "{" + k + "}" in template]
    for k in used:
        if family == "gazette" and k in ("n", "n2"):
            look(values[k])                          # officials: public where declared
        elif k in ("n", "n2", "e"):
            planted(values[k])
        elif k in ("pl", "rd", "sh", "an", "epl", "erd", "eshop", "es"):
            # (es, a surname after Mr./Mrs. with no given name, was planted as a name until
            # 2026-12-05; the project's rule since: a surname with only a title, 王先生 or
            # Mr. Wang, is kept, as 王某 is -- this edition is tuned material by then)
            look(values[k])
    rem.text = template.format(**values)
    rem.public_officials = family == "gazette"
    return rem


FAMILIES = {"casework": _CASEWORK, "penalty": _PENALTY, "complaint": _COMPLAINT,
            "english": _ENGLISH, "english_lookalike": _ENGLISH_LOOKALIKES, "gazette": _GAZETTE}
# How many remarks of each family in a set of 1,000.
_MIX = {"casework": 300, "penalty": 200, "complaint": 150, "english": 150,
        "english_lookalike": 50, "gazette": 50, "words": 100}


def make_remarks(n: int = 2000, seed: int = 1949) -> list[Remark]:
    """``n`` remarks in the families' proportions (seeded)."""
    rng = random.Random(seed)
    total = sum(_MIX.values())
    out: list[Remark] = []
    for family, share in _MIX.items():
        for _ in range(round(n * share / total)):
            if family == "words":
                sentence = rng.choice(_WORD_SENTENCES)
                extra = rng.choice(_PLACES + _ROADS + _SHOPS + _ANONYMISED)
                rem = Remark(f"{sentence}（{extra}）", "words", lookalikes=[sentence, extra])
            else:
                rem = _fill(rng.choice(FAMILIES[family]), rng, family)
            out.append(rem)
    rng.shuffle(out)
    return out
