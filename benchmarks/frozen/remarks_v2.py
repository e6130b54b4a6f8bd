"""FROZEN test set, second edition: free-text remarks with planted person names, and look-alikes.

Why a second edition: the first (``benchmarks/frozen/remarks.py``) stopped being frozen when the
name detector's rules were written against its pools (its shops 周大福珠宝店 and 马利文具店, its
roads 金融街 and 杨家埠路, its given names 雨泽 and 子涵 are quoted in ``gongkai.deid.names``).
It is now part of the tuned material. This file was written on 2026-12-04 before any rule of the
name detector in the gate and in de-identification was changed, from its own pools and its own
phrasings, and no rule may be tuned on it: a change here is a third edition and is reported as
such.

Families (each remark is one free-text cell):

* ``casenote``: a case worker's note in a 低保 listing (入户核查, 复核, 代办);
* ``penalty``: 行政处罚 主要违法事实 (当事人…, 经营者…);
* ``complaint``: 12345 hotline complaints (来电人…, 被投诉人…);
* ``export``: remarks of an English-language export of the same listing;
* ``nocue``: a name with no cue word at all, in the middle of a sentence;
* ``gazette``: appointments in a gazette, officials' names public where declared
  (``public_officials``);
* ``lookalike``: sentences with places, roads, companies, shops, anonymised persons and common
  words that begin with a surname character, and no name.
"""

from __future__ import annotations

import random

from .remarks import Remark       # the same record of a remark as the first edition

VERSION = "frozen-remarks-2 (2026-12-04)"

# --- names (this file's own pools) -----------------------------------------------------------

_COMMON = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
_MIDDLE = ("丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万"
           "钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳")
_RARE = ("甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶"
         "解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟"
         "邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储"
         "原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平"
         "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战"
         "慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由")
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
             "司徒", "夏侯", "令狐", "端木", "独孤", "南宫", "西门", "呼延", "申屠", "澹台", "公冶",
             "万俟", "闻人", "赫连", "轩辕", "钟离", "宗政", "濮阳", "太史")
_GIVEN_1 = list("军红华平英兰芳明霞秀玲桂珍凤梅琴云娟萍燕丽敏静婷洁雪莉倩蓉欢颖璐琳瑶萱怡彤悦妍"
                "强伟勇刚斌辉涛杰磊鹏飞浩宇航博睿轩豪然泽晨阳昊鑫峰超亮波林森楠帆哲旭锐")
_GIVEN_2 = ("建华 国强 志明 秀英 桂兰 玉梅 春花 海波 晓东 丽华 文杰 德明 光辉 永刚 红霞 凤英 淑珍 "
            "雅琴 思彤 语嫣 可馨 欣妍 梓涵 子墨 一鸣 铭泽 俊熙 博文 浩宇 睿哲 天翊 明轩 佳怡 诗涵 "
            "金花 翠兰 腊梅 秋菊 冬生 来福 根生 水莲 石头 长顺 宝山 继红 卫国 援朝 胜利 解放").split()
_PINYIN = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang",
           "黄": "Huang", "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma",
           "朱": "Zhu", "胡": "Hu", "郭": "Guo", "何": "He", "高": "Gao", "林": "Lin", "罗": "Luo",
           "郑": "Zheng", "梁": "Liang", "谢": "Xie", "宋": "Song", "唐": "Tang", "韩": "Han",
           "冯": "Feng", "邓": "Deng", "曹": "Cao", "彭": "Peng", "曾": "Zeng", "肖": "Xiao",
           "田": "Tian", "董": "Dong", "潘": "Pan", "蒋": "Jiang", "蔡": "Cai", "余": "Yu",
           "杜": "Du", "叶": "Ye", "程": "Cheng", "苏": "Su", "魏": "Wei", "吕": "Lyu", "丁": "Ding",
           "沈": "Shen", "姚": "Yao", "崔": "Cui", "钟": "Zhong", "谭": "Tan", "陆": "Lu",
           "范": "Fan", "金": "Jin", "石": "Shi", "贾": "Jia", "夏": "Xia", "方": "Fang",
           "白": "Bai", "孟": "Meng", "秦": "Qin", "江": "Jiang", "薛": "Xue", "雷": "Lei",
           "龙": "Long", "毛": "Mao", "钱": "Qian", "欧阳": "Ouyang", "司马": "Sima",
           "诸葛": "Zhuge", "上官": "Shangguan", "慕容": "Murong"}
_PINYIN_GIVEN = ("Jianhua Guoqiang Zhiming Xiuying Guilan Yumei Haibo Xiaodong Lihua Wenjie Deming "
                 "Hongxia Fengying Shuzhen Yaqin Sitong Kexin Zihan Yiming Haoyu Jiayi Shihan Jun Hong "
                 "Hua Ping Ying Lan Fang Ming Xia Ling Mei Qin Yun Juan Yan Li Min Jing Ting Qiang Wei "
                 "Yong Gang Bin Hui Tao Jie Lei Peng Fei").split()


def person(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.06:
        sur = rng.choice(_COMPOUND)
    elif r < 0.50:
        sur = rng.choice(_COMMON)
    elif r < 0.80:
        sur = rng.choice(_MIDDLE)
    else:
        sur = rng.choice(_RARE)
    given = rng.choice(_GIVEN_1) if rng.random() < 0.4 else rng.choice(_GIVEN_2)
    return sur + given


def english_person(rng: random.Random) -> str:
    sur = rng.choice(sorted(_PINYIN))
    family, given = _PINYIN[sur], rng.choice(_PINYIN_GIVEN)
    return rng.choice([f"{given} {family}", f"{family} {given}", f"{family.upper()} {given}",
                       f"{given} {family.upper()}"])


# --- look-alikes -----------------------------------------------------------------------------

_PLACES = ("王家岭村", "李家疃", "张夏镇", "刘店子乡", "孙耿街道", "赵王河社区", "周公祠", "马家沟",
           "高而乡", "杨家河村", "陈庄", "黄台", "朱家峪", "胡家岸村", "郭店街道", "何家坝",
           "罗庄区", "林家院", "宋家店子", "唐王镇", "冯家泉", "邓家庄", "曹范镇", "彭家楼")
_ROADS = ("王官庄路", "李家亭路", "张庄路", "刘智远路", "孙村大道", "赵家坡街", "周王庄路", "马鞍山路",
          "杨柳路", "陈家楼街", "黄岗路", "朱家峪路", "郭店大街", "何家胡同", "龙鼎大道", "文昌街")
_FIRMS = ("老王家煎饼铺", "李记糕点房", "张家大院农家宴", "刘一手火锅店", "孙师傅手擀面", "赵记五金商行",
          "周氏眼镜店", "马大姐水饺馆", "杨国福麻辣烫", "陈氏中医诊所", "黄记汽车修理厂", "朱老大粮油店",
          "胡姐美发屋", "郭家老铺", "何记鲜肉店", "罗记布艺", "林氏茶行", "宋家小馆", "唐家铺子",
          "鲁信集团有限公司", "齐鲁制药有限公司", "高新控股集团", "金鼎实业有限公司")
_ANON = ("王某", "李某某", "张某甲", "刘某乙", "当事人陈某", "孙某等三人", "赵某某", "周某")
_WORDS = ("方便群众办事，实行一窗受理", "高温天气注意防暑降温", "黄河滩区迁建工作有序推进",
          "周转金已按期归还", "马路市场已清理完毕", "杨絮飘飞季节注意防火", "何时办结另行通知",
          "林下经济收入计入家庭收入", "程序合法，事实清楚", "金银花种植补贴已发放",
          "石材加工企业专项整治", "江北片区排水改造", "房屋安全鉴定为C级", "严重失信主体名单管理",
          "白色垃圾集中清理", "龙头企业带动增收", "牛羊养殖补贴核实", "段落格式按公文要求调整",
          "余额不足，下月补发", "文明实践站开展志愿服务", "华润燃气管道检修", "钟点工服务收入已核实",
          "汪洋大海般的热情", "邹平市考察团来访", "孔子文化节期间交通管制", "曾经享受临时救助")
_OFFICES = ("市发展和改革委员会主任", "县教育和体育局局长", "区应急管理局副局长", "市统计局副局长",
            "县农业农村局局长", "市生态环境局副局长", "区退役军人事务局局长", "市医疗保障局副局长")
_E_PLACES = ("Wangjialing Village", "Zhangxia Town", "Lijiatuan", "Sungeng Subdistrict",
             "Zhaowanghe Community", "Huangtai", "Guodian Subdistrict")
_E_FIRMS = ("Laowang Pancake Shop", "Li Ji Bakery", "Zhang Family Courtyard Restaurant",
            "Chen Clinic of Chinese Medicine", "Qilu Pharmaceutical Co., Ltd.", "Huang Ji Auto Repair")

# --- templates -------------------------------------------------------------------------------
# {p} {q}: planted Chinese names; {e}: planted English-order name; {pl} {rd} {fm} {an}: look-alikes;
# {id} an ID; {tel} a mobile; {day} a date; {amt} an amount; {of} {of2}: offices.

_CASENOTE = (
    "{day}复核，申请人{p}称其配偶{q}长期卧床",
    "入户核查：{p}家中无劳动力，房屋破旧",
    "补助金由{p}的女婿{q}代为领取，已签字",
    "{p}于{day}死亡，停发",
    "经{pl}村委会证明，{p}无其他收入来源",
    "{p}（{tel}）系残疾人，持证二级",
    "原申请人{p}迁出本辖区，户主变更为{q}",
    "{p}、{q}两人均年满七十周岁",
    "家庭成员{p}在{fm}打工，月工资{amt}元",
    "银行账户户名为{p}，开户行农商银行",
    "代办人{p}，身份证{id}，已留存复印件",
    "与{p}电话核实，情况属实",
)
_PENALTY = (
    "{day}，执法人员在{rd}{fm}检查时发现，{p}销售的散装白酒无标签",
    "当事人{p}（身份证号码：{id}）未经许可擅自从事网约车经营",
    "{p}作为{fm}的实际经营者，使用超过保质期的食品原料",
    "经营者{p}于{day}至今在{pl}无照经营",
    "{p}、{q}二人合伙在{rd}从事非法加油活动",
    "当事人系自然人{p}，其在{pl}销售未检疫猪肉",
    "现场负责人{p}拒绝提供进货票据",
    "{fm}负责人{p}对违法事实无异议",
)
_COMPLAINT = (
    "来电人{p}反映{rd}夜间施工扰民，回访电话{tel}",
    "被投诉人{p}在{pl}私搭乱建，要求拆除",
    "市民{p}投诉{fm}短斤少两",
    "{p}来访，反映其父亲{q}的低保待遇未落实",
    "投诉人：{p}；被投诉单位：{fm}",
    "{p}称{an}多次拖欠工资",
    "请{p}于三日内到窗口补交材料",
)
_EXPORT = (
    "Head of household {e} is bedridden; benefit paid to daughter",
    "Proxy: {e} (ID {id})",
    "{e} moved to {epl} in March",
    "Payment collected by {e}, tel {tel}",
    "Home visit on 12 Oct: {e} not at home",
    "Complaint filed by {e} against {efm}",
    "Guardian {e} signed the form",
    "Case reviewed with {e} and the village committee",
)
_NOCUE = (
    "今年{p}家新盖了两间平房",
    "据了解{p}长期在外务工",
    "此前{p}已享受过临时救助",
    "{p}的儿子今年考上大学",
    "本月{p}未到场签字",
    "走访中发现{p}独自居住",
)
_GAZETTE = (
    "任命{p}为{of}",
    "免去{p}的{of}职务",
    "{p}同志任{of}，{q}同志不再担任{of2}",
    "提名{p}为{of}人选",
)
_LOOKALIKE = (
    "{w}（{pl}）",
    "{w}，地点：{rd}",
    "{fm}已办理营业执照变更",
    "{an}的违法行为已依法处理",
    "{w}，{fm}配合检查",
    "{pl}{rd}路段临时封闭",
    "Shop relocated: {efm}, {epl}",
)


def _id_number(rng: random.Random) -> str:
    # its own check-character computation (weights 2**(17-i) mod 11), independent of the project
    body = (rng.choice(["370102", "370211", "371302", "370883", "371723"])
            + f"{rng.randrange(1940, 2008)}{rng.randrange(1, 13):02d}{rng.randrange(1, 28):02d}"
            + f"{rng.randrange(1000):03d}")
    total = sum(int(c) * pow(2, 17 - i, 11) for i, c in enumerate(body))
    return body + "10X98765432"[total % 11]


def _fill(template: str, family: str, rng: random.Random) -> Remark:
    rem = Remark("", family, public_officials=family == "gazette")
    p = person(rng)
    q = person(rng)
    while q == p:
        q = person(rng)
    values = {"p": p, "q": q, "e": english_person(rng), "pl": rng.choice(_PLACES),
              "rd": rng.choice(_ROADS), "fm": rng.choice(_FIRMS), "an": rng.choice(_ANON),
              "w": rng.choice(_WORDS), "id": _id_number(rng),
              "tel": "1" + rng.choice("3578") + "".join(rng.choice("0123456789") for _ in range(9)),
              "day": f"{rng.randrange(2024, 2027)}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日",
              "amt": str(rng.randrange(800, 4000)), "of": rng.choice(_OFFICES),
              "of2": rng.choice(_OFFICES), "epl": rng.choice(_E_PLACES), "efm": rng.choice(_E_FIRMS)}
    for key in ("p", "q", "e", "pl", "rd", "fm", "an", "w", "epl", "efm"):
        if "{" + key + "}" not in template:
            continue
        if key in ("p", "q", "e"):
            (rem.lookalikes if family == "gazette" else rem.names).append(values[key])
        else:
            rem.lookalikes.append(values[key])
    rem.text = template.format(**values)
    return rem


FAMILIES = {"casenote": _CASENOTE, "penalty": _PENALTY, "complaint": _COMPLAINT,
            "export": _EXPORT, "nocue": _NOCUE, "gazette": _GAZETTE, "lookalike": _LOOKALIKE}
_MIX = {"casenote": 250, "penalty": 150, "complaint": 150, "export": 150, "nocue": 100,
        "gazette": 50, "lookalike": 150}


def make_remarks(n: int = 2000, seed: int = 1921) -> list[Remark]:
    """``n`` remarks in the families' proportions (seeded)."""
    rng = random.Random(seed)
    total = sum(_MIX.values())
    out = [_fill(rng.choice(FAMILIES[family]), family, rng)
           for family, share in _MIX.items() for _ in range(round(n * share / total))]
    rng.shuffle(out)
    return out
