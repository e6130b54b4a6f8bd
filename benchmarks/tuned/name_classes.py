"""Tuning remarks for the person-name detector, one family per failure class (issue 14).

Written for the second round of work on :mod:`gongkai.deid.names`, from this file's own pools
and phrasings. It is *tuned* material: the detector's rules are developed against it. The
frozen set (``benchmarks/frozen/remarks_v2.py``) is measured beside it and only its per-class
counts are read, never its sentences.

Families (each remark is one free-text cell; ``names`` must go, ``lookalikes`` must stay):

* ``generational``: given names of an older or rural generation that are everyday words or
  built from everyday characters (建国, 满仓, 招娣, 铁柱, 秋菊 ...), with and without a cue;
* ``rare_given``: given names with characters that are rare in names or outside any table
  (垚, 赟, 喆, 玥 ...) and single-character given names;
* ``surnames``: names whose surname is rare, compound, or also an everyday word or particle
  (亓, 仉, 欧阳, 高, 方, 成, 和 ...), no cue;
* ``org``: companies, shops, farms and co-operatives built on a surname or a whole name
  (X实业有限公司, X记/X氏/X师傅 + trade, X家庭农场), sometimes next to a person's name;
* ``place``: villages and towns built on a surname (X家洼, X各庄, X集镇), places and roads
  named after persons (左权县, 张自忠路), and a place whose last character is a surname before
  characters that read like a given name (宁阳 + 华丰镇);
* ``words``: everyday words that begin with a surname character (高度, 方便, 余额, 和平 ...)
  and anonymised persons (王某, 李某某);
* ``english``: remarks of English-language exports: pinyin names in both orders, with person
  words (resident, applicant, collected by, Ms ...) or none; and pinyin shop, company, road and
  place names that are not persons (Zhou Ji Dumplings, Chang An Avenue);
* ``officials``: gazette appointments whose officials' names are public (``public_officials``).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from frozen.remarks import Remark  # noqa: E402  (the same record of a remark)

VERSION = "tuned name classes 4 (2026-12-05)"

# --- surnames ---------------------------------------------------------------------------------

_FREQUENT = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋杜叶程魏苏吕"
_LESS = "丁任卢姚沈钟姜崔谭陆范汪廖贾夏付傅邹熊孟秦邱侯尹薛闫段雷龙黎史陶贺毛郝顾龚邵武钱戴孔汤康乔"
_RARE = "亓逄仉訾郗蒯乜厍郦堵羿汲糜弓隗宓钭韶蓟籍苍莘翟璩濮郏宦暨阎钮菅骞鞠栾隋刁巫寇甄虞敖巩佘邝"
# surnames that also begin everyday words or are particles
_WORDY = "高于石金方白江万严向常易文安关单路华解司古吉车连景党宫冷席卫米宗边师商沙荣桑丛池查"
_PARTICLE = "成时全和明原海花强国平相初门云来公利信展智富由通松山秋怀从能双保东凤青"
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "公孙", "慕容", "令狐", "司徒", "夏侯",
             "端木", "南宫", "呼延", "申屠", "钟离", "赫连", "百里", "左丘", "万俟", "闻人")


def _surname(rng: random.Random, mix: str = "normal") -> str:
    r = rng.random()
    if mix == "hard":
        groups = ((0.3, _RARE), (0.3, _WORDY), (0.2, _PARTICLE), (0.2, None))
    else:
        groups = ((0.55, _FREQUENT), (0.2, _LESS), (0.08, _WORDY), (0.07, _RARE),
                  (0.05, _PARTICLE), (0.05, None))
    acc = 0.0
    for share, chars in groups:
        acc += share
        if r < acc:
            return rng.choice(_COMPOUND) if chars is None else rng.choice(chars)
    return rng.choice(_FREQUENT)


# --- given names ------------------------------------------------------------------------------

# Older and rural given names: words of the years they were given in, wishes for wealth, sons,
# harvests, sturdy children; and girls' names from flowers and seasons.
_GENERATIONAL = tuple("""
建国 国庆 卫东 卫国 红旗 援朝 跃进 胜利 建军 建华 抗美 爱国 向阳 永红 东风
红军 保国 振华 兴华 建设 文革 卫红 学军 拥军 金锁 银锁 铁柱 拴柱 满仓 满囤
富贵 有财 旺财 发财 招娣 来娣 盼弟 改花 桂花 春花 秋菊 冬梅 腊梅 二妮 大妮
小翠 三妹 四海 五福 六斤 七斤 九妹 石柱 水生 土生 金生 福生 长生 天保 守仁
得胜 喜旺 存根 留根 宝根 根宝 来喜 来旺 来顺 长顺 双喜 二喜 春生 秋生 冬生
连生 丰收 满堂 玉堂 金堂 翠花 凤英 桂兰 兰英 凤兰 桂芝 秀芝 玉芝 大柱 二柱
狗剩 铁蛋 大壮 二虎 小虎 虎子 牛娃 满意 田生 耕田 务农 进财 广田 俊山 保山
宝山 金山 青山 树林 海林 长江 黄河 泰山 继承 传宗 继祖 耀祖 光宗 德才 喜顺
改革 开放 小平 文化 和平 民主 自由 秋收 春雨 夏至 冬至 立春 腊月 正月 三多
四喜 全福 百顺 长寿 永寿 福寿 顺利 平安 吉祥""".split())
_MODERN = tuple("""
子轩 浩宇 欣悦 思彤 一诺 雨桐 梓萱 俊熙 沐阳 嘉怡 若曦 宇航 锦程 书瑶 景行
安琪 晨曦 语嫣 博文 泽楷 立新 志刚 海燕 丽华 永强 桂芳 玉兰 淑英 文斌 红霞
建平 秀云 春燕 德华 凤琴 小军 晓燕 伟东 金凤 国栋 成林 爱民 振宇 延平 继红
亚男 胜男 丽娟 美玲 玉梅 学文 宏伟 少华 家豪 思远 梦琪 佳琪 天佑 浩然 明辉""".split())
# characters rare in names or missing from tables (a name may still use them)
_RARE_GIVEN = tuple("""
垚 赟杰 喆 玥彤 筱雅 骁勇 炜明 堃 琰 旸 煜祺 钊 湉湉 晞月 翀 昶 珺瑶 芃芃
祎 婕妤 恺 璠 甦 曌 彧 瀚文 翊然 钰涵 沅芷 珩 砚秋 岑溪 棠 蔚然 暄和 樾
汐 芮 萦 绾""".split())
_SINGLE = tuple("伟敏静磊军勇兵涛娟杰刚平华斌琳峰龙虎萍岩鑫凯锋辉超颖雪梅芳燕丹宁昊爽蕾茜楠帅亮彪松健毅骏淼")


def _given(rng: random.Random, pool: str) -> str:
    return rng.choice({"generational": _GENERATIONAL, "modern": _MODERN, "rare": _RARE_GIVEN,
                       "single": _SINGLE}[pool])


def _name(rng: random.Random, pool: str = "mixed", mix: str = "normal") -> str:
    if pool == "mixed":
        pool = rng.choice(("generational", "modern", "modern", "single", "rare"))
    return _surname(rng, mix) + _given(rng, pool)


# --- phrasings (names) ------------------------------------------------------------------------

_CASE = (
    "{n}今年七十三岁，独居，靠低保维持生活", "入户时{n}不在家，由邻居转告", "经走访核实，{n}长期患病，无劳动能力",
    "{n}与其子分户居住，收入未合并计算", "上月{n}外出务工，收入已申报", "{n}家两口人，老伴去年去世",
    "本期起{n}户增发分类施保金", "据村两委反映，{n}已于三月迁出本村", "经查{n}名下有一辆农用三轮车",
    "{n}、{m}两户因房屋改造暂停发放", "走访时见到{n}正在院中晾晒玉米", "资料由{n}本人提交，材料齐全",
    "核对时发现{n}的银行账户已销户", "{n}患尿毒症每周透析两次", "{n}之女{m}在县城打零工",
    "与{n}电话沟通后补交了收入证明", "{n}去世后由其配偶继续享受", "昨天下午{n}到村委会办理了变更",
    "据了解{n}的两个孩子都在上学", "{n}和{m}是同一户", "此前{n}一直租住在城中村",
    "{n}大爷腿脚不便，申请上门服务", "{n}大娘的低保金由孙子代为领取", "年初{n}因车祸致残",
    "{n}（户主）今年未参加年审", "复核小组入户，{n}如实说明了家庭收入", "{n}养了两头牛，收入较低",
    "{n}住院期间产生自付费用八千余元", "村医{n}证明其长期服药", "{n}系五保户，由敬老院集中供养",
)
_COMPLAINT = (
    "市民反映{n}在楼道堆放杂物", "{n}称其家门口路灯损坏多日", "对门住户{n}长期饲养大型犬扰民",
    "来电要求回电，诉求人{n}", "{n}多次来电催办供暖问题", "楼上{n}家漏水至楼下", "{n}反映小区垃圾清运不及时",
    "{n}投诉物业收费不透明", "物业经理称已与{n}协商解决", "工作人员已上门向{n}解释政策",
)
_PENALTY = (
    "{n}未取得营业执照擅自从事餐饮经营", "经营者{n}销售过期食品", "{n}在其经营的门店内销售无标签食品",
    "当事人{n}对违法事实无异议", "执法人员检查时{n}在场", "{n}无证运输危险化学品被查获",
    "{n}私自改装燃气管道", "责令{n}限期改正", "{n}于2025年4月起租用民房从事加工",
)


def _fill_names(rng: random.Random, template: str, family: str, pool: str, mix: str) -> Remark:
    n = _name(rng, pool, mix)
    m = _name(rng, pool, mix)
    while m == n:
        m = _name(rng, pool, mix)
    names = [n] + ([m] if "{m}" in template else [])
    return Remark(template.format(n=n, m=m), family, names=names)


# --- look-alikes ------------------------------------------------------------------------------

_TRADES = ("手擀面", "烧饼", "煎饼", "水饺", "拉面", "羊汤", "锅贴", "卤肉", "烤鸭", "炸鸡", "凉皮",
           "米线", "麻辣烫", "豆腐坊", "馒头铺", "包子铺", "油条", "烧鸡", "酱菜", "粮油", "干洗",
           "修车铺", "开锁", "家电维修", "装饰", "建材", "电动车行", "五金", "调料", "面馆", "菜馆",
           "羊肉馆", "牛肉面", "快餐", "小吃", "鲜花店", "眼镜店", "照相馆", "裁缝铺", "理发")
_FIRM_ENDS = ("实业有限公司", "商贸有限公司", "工贸有限公司", "建筑工程有限公司", "物流有限公司",
              "科技有限公司", "商行", "经营部", "门市部", "批发部", "销售部", "服务部", "加工厂", "工作室",
              "种植专业合作社", "养殖专业合作社", "家庭农场", "养殖场", "便利店", "超市", "小卖部",
              "饭庄", "酒家", "诊所", "药店", "汽修厂", "废品收购站", "运输队", "装修队",
              "律师事务所", "会计师事务所", "幼儿园", "培训学校")


# trades whose last character is also a surname (汤, 包, 鱼, 牛, 金, 叶, 房, 苗, 羊)
_SURNAME_END_TRADES = ("羊肉汤", "牛肉汤", "胡辣汤", "丸子汤", "面包", "肉包", "烤鱼", "酸菜鱼", "肥牛",
                       "五金", "黄金", "茶叶", "书房", "药房", "树苗", "烤全羊", "大米", "鲜花", "农庄")


def _org(rng: random.Random) -> str:
    s = _surname(rng)
    k = rng.randrange(9)
    if k >= 7:                                    # a shop whose trade ends in a surname character
        return s + rng.choice(("记", "氏", "家", "师傅", "")) + rng.choice(_SURNAME_END_TRADES)
    if k == 0:                                    # a whole name, then a firm word
        return s + _given(rng, rng.choice(("modern", "generational", "single"))) \
            + rng.choice(_FIRM_ENDS)
    if k == 1:
        return s + "记" + rng.choice(_TRADES)
    if k == 2:
        return s + "氏" + rng.choice(_TRADES)
    if k == 3:
        return s + rng.choice(("师傅", "大姐", "二嫂", "大哥", "老三", "家")) + rng.choice(_TRADES)
    if k == 4:
        return "老" + s + rng.choice(_TRADES)
    if k == 5:                                    # a place or brand word, then a firm word
        return rng.choice(("鲁", "齐", "泉城", "华", "金", "宏", "鑫")) + s + rng.choice(
            ("源", "达", "泰", "丰", "盛", "顺")) + rng.choice(_FIRM_ENDS)
    return s + rng.choice(("兴", "旺", "发", "福", "顺", "利", "成")) + rng.choice(_FIRM_ENDS)


_PLACE_ENDS = ("家洼", "家沟", "家坡", "家岭", "家峪", "家集", "家圩", "家堡", "家口", "家台", "家屯",
               "家寨", "家营", "家铺", "家店", "各庄", "官屯", "集镇", "店镇", "楼村", "庄村", "家河",
               "家湖", "家滩", "家坞", "家坪", "家塘", "家桥", "家园社区", "家庄子", "疃", "辛庄", "家埠",
               "家林", "家泉", "家井", "家大院", "家坟", "家祠堂", "家嘴", "家圈", "家峰", "家花园",
               "家新村", "家老宅", "家窑", "家磨坊")
# places and roads named after a person
_NAMED_PLACES = ("左权县", "志丹县", "靖宇县", "尚志市", "中山市", "张自忠路", "赵登禹路", "佟麟阁路",
                 "中山公园", "逸仙路", "黄兴路", "蔡锷路", "宋庆龄故居", "鲁迅公园", "王府井大街", "李公堤")
# roads of words that also serve as given names
_WORD_ROADS = ("建国路", "胜利路", "红旗路", "建设路", "和平路", "新华路", "文化路", "光明路", "幸福路",
               "民主街", "振兴路", "富强路", "团结路", "友谊路", "长寿路", "丰收路", "兴华街", "卫国道")
# a place ending in a surname character, followed by characters that read like a given name
_COUNTIES = ("宁阳", "莱阳", "海阳", "梁山", "蒙阴", "沂水", "邹平", "东平", "乐陵", "庆云", "高唐", "阳谷",
             "平阴", "汶上", "金乡", "鱼台", "曹县", "单县", "成武", "郓城", "冠县", "莘县", "商河", "章丘",
             "历城", "长清", "即墨", "黄岛", "崂山", "牟平", "福山", "龙口", "招远", "栖霞", "文登", "荣成",
             "乳山", "寿光", "安丘", "昌邑", "高密", "临朐", "沂南", "费县", "平邑", "临沭", "兰陵", "莒南")
_TOWNS = ("华丰镇", "万第镇", "发城镇", "文峰街道", "玉皇庙镇", "明水街道", "东华街道", "春秋街道",
          "建新村", "光明社区", "兴隆镇", "永安镇", "新华街道", "德丰社区", "宝山村", "福兴村", "金龙镇",
          "秀峰街道", "玉泉社区", "丽华村", "凤鸣街道", "桂兰村", "志远社区", "英华路", "春生村")


def _place(rng: random.Random) -> str:
    k = rng.randrange(5)
    if k == 0:
        return _surname(rng) + rng.choice(_PLACE_ENDS)
    if k == 1:
        return rng.choice(_NAMED_PLACES)
    if k == 2:
        return rng.choice(_WORD_ROADS)
    if k == 3:
        return rng.choice(_COUNTIES) + rng.choice(("县", "市", "")) + rng.choice(_TOWNS)
    return _surname(rng) + rng.choice(("庄", "村", "屯", "寨", "营", "铺", "集", "店")) \
        + rng.choice(("东路", "西街", "小学", "社区", "站", "桥", "村委会", "卫生室"))


_WORDS = ("高度重视", "方便群众", "周边环境", "黄河大堤", "马上整改", "石油液化气", "江北新区", "余额不足",
          "常住人口", "任何单位", "向有关部门", "于本月底", "许多村民", "钱款去向", "牛羊养殖", "龙头企业",
          "曾多次上访", "康复治疗", "安全隐患", "齐全有效", "连续三个月", "包括房屋", "毛收入", "雷雨天气",
          "金额较大", "宁可少报", "白内障手术", "陆续发放", "严格审核", "和平解放", "明显改善", "成员变动",
          "时间较长", "全部到位", "原因不明", "国家规定", "平时务农", "公共服务", "利息收入", "信息核对",
          "元旦前后", "通知到户", "秋收以后", "山区道路", "保障对象", "东侧厢房", "青年志愿者", "文明城市",
          "华北地区", "高血压", "方式方法", "温饱问题", "强化管理", "海产品", "花生种植", "来往频繁",
          "商业保险", "戴口罩", "计划生育", "师范学校", "景区门票", "韩国进口", "苗木种植", "章程规定")
_ANON = ("王某", "李某某", "张某某等三人", "刘某（男）", "赵某某户", "马某某之子", "孙某", "周某等",
         "陈某某（女）", "欧阳某", "吴某甲", "郑某乙")


def _look(rng: random.Random, kind: str) -> str:
    return {"org": _org, "place": _place}[kind](rng)


_LOOK_FRAMES = (
    "{x}春节期间歇业", "{x}新店开业", "{x}永久停业", "{x}长期占道经营", "{x}德州分店已关门", "{x}建设中",
    "{x}文明商户评选落选", "{x}东邻发生火灾", "{x}志愿服务队到场",
    "在{x}打零工，月收入约一千二百元", "已核实其在{x}的工作情况", "经营地址位于{x}附近", "据{x}出具的证明",
    "{x}负责人到场配合检查", "申请人原在{x}务工", "投诉对象为{x}", "{x}占道经营被责令整改",
    "收入证明由{x}开具", "{x}拖欠工资两个月", "家住{x}", "搬迁至{x}", "户籍所在地为{x}", "途经{x}时",
)
_MIXED_FRAMES = (
    "{n}在{x}打零工，月收入约一千二百元", "{n}经营{x}，年收入超过标准", "{x}老板称{n}已离职",
    "{n}原住{x}，现投靠亲属", "{n}与{x}签订了用工合同", "{n}每天去{x}上班", "{x}的{n}来电反映",
)


_PLACE_FRAMES = (
    "{n}原住{x}，现投靠亲属", "{x}的{n}来电反映", "{n}户籍在{x}", "{n}每天去{x}赶集", "{n}搬到{x}居住",
    "{n}在{x}租房", "据{x}村委会证明，{n}无固定收入",
)


def _fill_look(rng: random.Random, family: str) -> Remark:
    if family == "words":
        if rng.random() < 0.3:
            a = rng.choice(_ANON)
            frame = rng.choice(("{x}已被立案调查", "经查{x}存在违规行为", "{x}对处罚无异议"))
            return Remark(frame.format(x=a), family, lookalikes=[a])
        w1, w2 = rng.sample(_WORDS, 2)
        return Remark(f"{w1}，{w2}", family, lookalikes=[w1, w2])
    x = _look(rng, family)
    if rng.random() < 0.4:
        n = _name(rng)
        while n in x:
            n = _name(rng)
        text = rng.choice(_PLACE_FRAMES if family == "place" else _MIXED_FRAMES).format(n=n, x=x)
        return Remark(text, family, names=[n], lookalikes=[x])
    return Remark(rng.choice(_LOOK_FRAMES).format(x=x), family, lookalikes=[x])


# --- English ----------------------------------------------------------------------------------

_PY_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
                "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang",
                "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Tian", "Dong", "Pan", "Yuan",
                "Jiang", "Cai", "Du", "Ye", "Cheng", "Wei", "Su", "Lyu", "Ding", "Ren", "Lu", "Yao",
                "Shen", "Qiao", "Fang", "Bai", "Shi", "Kong", "Cui", "Qin", "Ouyang", "Sima",
                "Zhuge", "Shangguan", "Qi", "Pang", "Fan", "Pan", "Tan", "Long", "Ran", "Ban")
_PY_GIVEN = ("Jianguo", "Xiuying", "Hongmei", "Guihua", "Tiezhu", "Chunsheng", "Yufen", "Shuzhen",
             "Dezhong", "Fugui", "Mancang", "Laixi", "Zhaodi", "Guiying", "Yulan", "Wei", "Na",
             "Lei", "Min", "Jing", "Qiang", "Jun", "Yong", "Tao", "Bin", "Hao", "Yuxuan", "Zixuan",
             "Yinuo", "Haiyan", "Lihua", "Yongqiang", "Jian-guo", "Xiu-ying", "Ming", "Fang", "Xin",
             "Kai", "Shuang", "Dan", "Ning", "Bo", "Chao", "Lanying", "Qiuju", "Dongmei", "Weidong",
             "Aiguo", "Ping", "Bin", "Lin", "Sheng", "Gang", "Hang")
_EN_NAMED = ("collected by {n}", "{n} (household head) moved out in May",
             "Resident {n} reported a leaking roof", "Applicant: {n}",
             "signed by {n} on behalf of her mother", "Ms {n} asked for a home visit",
             "Mr {n} declined the visit", "visited {n} at home with the village doctor",
             "spoke with {n} by phone", "{n}, 68, lives alone", "contact person {n}",
             "benefit paid to {n}'s daughter", "{n} has been bedridden since March",
             "the neighbour {n} confirmed the income", "per caseworker {n}",
             "{n} and {m} share one household", "payee changed to {n}",
             "{n} works at a garment factory", "guardian: {n}", "complaint from {n} about noise",
             "Household Head: {n} Applicant", "{n} Deceased 2024", "Mrs {n} came in person",
             "Dr. {n} signed the certificate")
_EN_LOOKS = ("Zhou Ji Dumplings", "Wang Ji Bakery", "Liu's Kitchen", "Chen Family Tea House",
             "Sun Brothers Hardware", "He Xin Trading Co., Ltd.", "Huang He Road",
             "Chang An Avenue", "Tian Qiao District", "Ma Jia Village", "Lu Xun Park",
             "Jin Jiang Inn", "Hua Xia Bank", "Zhong Shan Road", "Long Hai Railway",
             "Wang Fu Jing Street", "Dong Fang Hotel", "Gao Xin Zone", "Bai Yun Mountain",
             "Li Cun Market", "Zhang Qiu District", "Qi Lu Hospital", "Shan Shui Cement Group",
             "Yang Liu Qing Town", "Fang Zhuang Community", "Lin Yi Bus Station",
             "Sun Yat-sen University", "Song Jia Zhuang Road", "Xu Zhou Normal College",
             "Tang Shan Steel")
_EN_LOOK_FRAMES = ("works at {x}", "moved near {x}", "income certificate from {x}", "address: {x}",
                   "shop rented from {x}", "visited {x} office", "{x} issued the certificate",
                   "He Said he would come back later", "Long Term illness since 2019",
                   "He Ran the shop until 2020. Sun Hang Gliding Club paid",
                   "Pan Fan heater broken", "{x} closed for the Spring Festival",
                   "{x} Branch Office moved", "near {x} East Gate")


def _english_name(rng: random.Random) -> str:
    sur, given = rng.choice(_PY_SURNAMES), rng.choice(_PY_GIVEN)
    k = rng.randrange(7)
    if k == 0:
        return f"{given} {sur}"                      # English order
    if k == 1:
        return f"{sur.upper()} {given}"              # family name in capitals
    if k == 2:
        return f"{sur.upper()} {given.upper()}"      # all in capitals
    if k == 3:                                       # the given name in two words: Xiu Ying
        return f"{sur} {rng.choice(_PY_GIVEN_SPLIT)}"
    return f"{sur} {given}"


_PY_GIVEN_SPLIT = ("Jian Guo", "Xiu Ying", "Hong Mei", "Gui Hua", "Chun Sheng", "Yong Qiang",
                   "Hai Yan", "Li Hua", "Dong Mei", "Wei Dong", "Man Cang", "Zhao Di")


def _fill_english(rng: random.Random) -> Remark:
    if rng.random() < 0.4:
        frame = rng.choice(_EN_LOOK_FRAMES)
        if "{x}" not in frame:
            return Remark(frame, "english", lookalikes=[frame])
        x = rng.choice(_EN_LOOKS)
        return Remark(frame.format(x=x), "english", lookalikes=[x])
    n, m = _english_name(rng), _english_name(rng)
    frame = rng.choice(_EN_NAMED)
    names = [n] + ([m] if "{m}" in frame else [])
    text = frame.format(n=n, m=m)
    if rng.random() < 0.3:
        x = rng.choice(_EN_LOOKS)
        return Remark(f"{text}; works at {x}", "english", names=names, lookalikes=[x])
    return Remark(text, "english", names=names)


# --- officials --------------------------------------------------------------------------------

_POSTS = ("市民政局局长", "县财政局副局长", "区审计局局长", "市统计局副局长", "县人民政府副县长",
          "市生态环境局局长", "镇人民政府镇长", "市医疗保障局副局长")
_APPOINT = ("任命{n}为{p}", "免去{n}的{p}职务", "{n}同志任{p}", "决定任命{n}同志为{p}，免去{m}同志的{q}职务")


def _fill_officials(rng: random.Random) -> Remark:
    n, m = _name(rng), _name(rng)
    p, q = rng.sample(_POSTS, 2)
    frame = rng.choice(_APPOINT)
    looks = [n] + ([m] if "{m}" in frame else [])
    return Remark(frame.format(n=n, m=m, p=p, q=q), "officials", lookalikes=looks,
                  public_officials=True)


# --- the set ----------------------------------------------------------------------------------

_MIX = {"generational": 4, "rare_given": 3, "surnames": 3, "org": 3, "place": 3, "words": 2,
        "english": 3, "officials": 1}


def make_remarks(n: int = 2000, seed: int = 505) -> list[Remark]:
    """``n`` remarks in the families' proportions (seeded)."""
    rng = random.Random(seed)
    total = sum(_MIX.values())
    out: list[Remark] = []
    frames = _CASE + _COMPLAINT + _PENALTY
    for family, share in _MIX.items():
        for _ in range(round(n * share / total)):
            if family == "generational":
                out.append(_fill_names(rng, rng.choice(frames), family, "generational", "normal"))
            elif family == "rare_given":
                pool = rng.choice(("rare", "single"))
                out.append(_fill_names(rng, rng.choice(frames), family, pool, "normal"))
            elif family == "surnames":
                out.append(_fill_names(rng, rng.choice(frames), family, "mixed", "hard"))
            elif family in ("org", "place", "words"):
                out.append(_fill_look(rng, family))
            elif family == "english":
                out.append(_fill_english(rng))
            else:
                out.append(_fill_officials(rng))
    rng.shuffle(out)
    return out
