"""Tuning remarks for the person-name detector, one family per administrative domain.

Written for the fourth round of work on :mod:`gongkai.deid.names` from this file's own pools
and sentences (no template of the other editions was read). It is *tuned* material: the
detector's misses on it are read to improve the rules; the frozen editions stay unseen.

Each remark is one free-text cell as a government data officer would type it. ``names`` are
the persons planted (they must go), ``lookalikes`` the strings that resemble a name but are
not a private person (they must stay). In the templates ``{slot}`` is filled from the pools
below and ``[word]`` marks an everyday word written inline that is recorded as a look-alike
(the brackets are dropped from the text).

Families:

* ``medical``: 医保 and 大病救助 reimbursement notes (参保人, 患者, 报销, 自付);
* ``education``: 学生资助 remarks (学生, 家长, 监护人, 班主任);
* ``housing``: 房屋征收 and 危房改造 notes (被征收人, 产权人, 户主, 承租人);
* ``petition``: 信访 registrations and 12345 work orders (信访人, 来电人, 诉求人, 回访);
* ``care``: 残联 and 养老 visit logs (走访, 慰问, 老人, 护理员);
* ``village``: 村务公开 lists (低保户名单, 补贴发放名单: names enumerated with 、 or spaces,
  counts such as （3人）, amounts glued to names);
* ``penalty``: 行政处罚 facts (违法行为人, 涉案人员, 受托人, 驾驶员, 车主);
* ``english``: English-language exports (Applicant: Wang Jianguo, LIU Fang (guardian),
  Zhang, Wei) and pinyin shops, firms, roads, districts, hospitals, parks and temples;
* ``lookalike``: no private person, or few: places, roads, shops and firms built on a
  surname, anonymised persons (王某, 李某某, 张先生), public figures in public phrases
  (学雷锋, 焦裕禄精神), everyday words that begin with a surname character (高温, 方案, 余额);
* ``officials``: gazette-like notices whose officials are public (``public_officials``); the
  officials' names are look-alikes there.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from frozen.remarks import Remark  # noqa: E402  (the same record of a remark)

VERSION = "tuned-domains-1 (2026-12-05)"

# --------------------------------------------------------------------------- surnames
# Shares follow the rough shape of the national distribution: the ten commonest carry about
# 45% of people, a long tail of rare ones a few percent, compound surnames about 2%.
_SURNAME_TIERS = (
    (0.45, "王李张刘陈杨黄赵吴周"),
    (0.30, "徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"),
    (0.15, "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
           "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"),
    (0.08, "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍"
           "华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
           "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
           "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海"
           "阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦"
           "戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利"),
)
_COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
                      "令狐", "司徒", "夏侯", "端木", "呼延", "长孙", "宇文", "澹台", "独孤",
                      "南宫", "万俟", "闻人", "申屠", "轩辕", "钟离")
_COMPOUND_SHARE = 0.02

# --------------------------------------------------------------------------- given names
# Several generations: children born after 2005, adults of the 1970s-90s, older rural people,
# era names that are ordinary words, single characters, and characters rare in other text.
_GIVEN_YOUNG = """
浩然 子轩 宇航 俊熙 博文 梓豪 思远 一鸣 家豪 明轩 皓宇 天佑 嘉懿 若愚 晨阳 泽宇 瑞霖 奕辰 铭泽
睿哲 梓睿 宇轩 浩宇 子墨 沐宸 煜城 景行 钰涵 逸凡 承泽 书恒 昊然 锦程 俊驰 柏言 予安 知远 亦舟
欣怡 梓涵 诗琪 雨桐 可馨 语嫣 思彤 佳怡 梦瑶 雅婷 紫萱 一诺 若汐 沐晴 芷若 欣妍 诗涵 梓萱 雨欣
嘉怡 依诺 可欣 语桐 安琪 思琪 雨萱 婉清 心悦 星辰 初夏 念慈 语汐 悦宁 清欢 知夏 芊羽 亦菲 书瑶
""".split()
_GIVEN_ADULT = """
志强 海燕 晓东 丽华 建华 秀珍 春梅 玉兰 桂英 永刚 海涛 晓峰 丽娟 志刚 红霞 建平 文杰 国华 小红
丽萍 晓燕 建军 明华 海波 春燕 志勇 秀兰 俊峰 雪梅 艳红 宏伟 晓军 玉梅 少华 振华 长青 金凤 丽君
卫华 学文 国栋 德明 素芬 淑珍 美玲 海龙 振宇 凤英 彩霞 素梅 立新 晓玲 双喜 德华 光明 小平 跃华
伟东 春华 爱华 晓丽 金荣 永红 家伟 俊杰 慧敏 晶晶 婷婷 莉莉 亚男 胜男 国梁 成功 永生 秋菊 冬梅
""".split()
_GIVEN_RURAL = """
来福 铁柱 狗蛋 翠花 秀英 桂芝 凤兰 满仓 根生 福贵 有才 水生 二妮 大妮 招娣 来弟 金锁 栓柱 春生
二柱 三娃 大宝 小满 福生 旺财 有福 长贵 根宝 狗剩 丫头 大丫 兰花 桂花 菊花 金枝 银凤 喜凤 存娣
引弟 秋生 冬生 宝山 富贵 老三 德贵 成林 进财 守仁 广田 玉堂 占魁 连生 天保 福全 香草 杏花 腊梅
""".split()
_GIVEN_ERA = """
建国 解放 胜利 卫东 红梅 金花 石头 援朝 抗美 跃进 卫红 向东 红旗 国庆 建军 建设 和平 卫国 爱国
爱民 红兵 学军 东风 拥军 超英 志红 向阳 前进 文革 反修 忠诚 红卫 为民 新华 振兴 永胜 卫星 敬东
""".split()
_GIVEN_SINGLE = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂斌鹏浩辉健琳雪倩峰波宁颖玲凯"
                     "斌华红梅兰英荣飞燕林翔欢博丹萍晨琦")
_GIVEN_RARE = """
翀 珩 昶 玥 婧 琰 湉 堃 彧 祎 赟 喆 燊 犇 淼 垚 鑫 焱 槿 旻 子珩 思玥 梓喆 一翀 嘉赟 婧祎 雨湉
昊堃 沐彧 锦燊 文犇 语淼 浩垚 俊鑫 若焱 芷槿 旻旻 琰琰
""".split()
_GIVEN_POOLS = ((0.26, _GIVEN_YOUNG), (0.30, _GIVEN_ADULT), (0.14, _GIVEN_RURAL),
                (0.10, _GIVEN_ERA), (0.13, _GIVEN_SINGLE), (0.07, _GIVEN_RARE))

_UYGHUR_FIRST = ("买买提", "艾力", "阿不都热合曼", "吐尔逊", "热依拉", "古丽努尔", "阿依努尔",
                 "帕提古丽", "艾尔肯", "努尔买买提", "迪丽拜尔", "麦合木提", "依明", "塔依尔",
                 "吾斯曼", "祖丽皮亚", "玛依拉", "如克亚", "阿孜古丽", "卡米拉")
_UYGHUR_FATHER = ("艾买提", "吐尔逊", "司马义", "买买提", "阿不都", "热西提", "玉素甫",
                  "卡德尔", "吾守尔", "肉孜", "托乎提", "阿西木")
_TIBETAN_PARTS = ("扎西", "次仁", "达瓦", "尼玛", "格桑", "索朗", "旺堆", "平措", "白玛", "多吉",
                  "顿珠", "卓玛", "拉姆", "央金", "德吉", "曲珍", "普布", "边巴", "罗布", "央宗",
                  "桑珠", "巴桑", "益西", "措姆")
_MINORITY_SHARE = 0.03


def _from_tiers(rng: random.Random, tiers) -> str:
    """One item of one tier, the tier drawn by its share."""
    r, acc = rng.random() * sum(share for share, _ in tiers), 0.0
    for share, items in tiers:
        acc += share
        if r < acc:
            return rng.choice(items)
    return rng.choice(tiers[0][1])


def _surname(rng: random.Random) -> str:
    if rng.random() < _COMPOUND_SHARE:
        return rng.choice(_COMPOUND_SURNAMES)
    return _from_tiers(rng, _SURNAME_TIERS)


def chinese_name(rng: random.Random) -> str:
    """A person's name: mostly surname + given name, a few Uyghur or Tibetan names."""
    if rng.random() < _MINORITY_SHARE:
        if rng.random() < 0.5:
            return rng.choice(_UYGHUR_FIRST) + "·" + rng.choice(_UYGHUR_FATHER)
        a, b = rng.sample(_TIBETAN_PARTS, 2)
        return a + b
    return _surname(rng) + _from_tiers(rng, _GIVEN_POOLS)


# --------------------------------------------------------------------------- English names
_PINYIN_SURNAMES = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
                    "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng",
                    "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng",
                    "Xiao", "Tian", "Dong", "Yuan", "Pan", "Jiang", "Cai", "Du", "Ye", "Cheng",
                    "Su", "Wei", "Lyu", "Ding", "Ren", "Shen", "Yao", "Lu", "Cui", "Zhong", "Tan",
                    "Fan", "Jin", "Shi", "Bai", "Fang", "Qin", "Ouyang", "Situ", "Shangguan")
_PINYIN_GIVEN = ("Jianguo", "Xiulan", "Wei", "Fang", "Min", "Jing", "Li", "Qiang", "Lei", "Jun",
                 "Yang", "Yong", "Yan", "Jie", "Juan", "Tao", "Ming", "Chao", "Xiuying", "Guiying",
                 "Guifang", "Hong", "Hongmei", "Haiyan", "Xiaodong", "Zhiqiang", "Lihua",
                 "Jianhua", "Guoqing", "Shuzhen", "Chunmei", "Yulan", "Zihan", "Yuxuan",
                 "Haoran", "Yichen", "Xinyi", "Shiqi", "Weidong", "Shengli", "Jiefang", "Jinhua",
                 "Shitou", "Tiezhu", "Laifu", "Mancang", "Zhaodi", "Cuihua", "Yuming", "Xiaoyu",
                 "Ruoxi", "Mingxuan", "Kaiwen", "Yiming", "Dongmei", "Guilan", "Aiguo", "Hao")


def english_name(rng: random.Random) -> str:
    """A pinyin name in one of the orders and casings that exports use."""
    sur, given = rng.choice(_PINYIN_SURNAMES), rng.choice(_PINYIN_GIVEN)
    style = rng.random()
    if style < 0.40:
        return f"{sur} {given}"
    if style < 0.60:
        return f"{sur.upper()} {given}"
    if style < 0.78:
        return f"{given} {sur}"
    if style < 0.90:
        return f"{sur}, {given}"
    return f"{given} {sur.upper()}"


# --------------------------------------------------------------------------- look-alike pools
_PLACE_SUFFIXES = ("家庄", "家村", "家湾", "家沟", "庄", "集", "营", "屯", "寨", "家坝", "岗",
                   "店", "家铺", "桥", "河村", "家坪", "各庄", "楼村", "家洼", "圩")
_PLACES_FIXED = ("石家庄", "张家界", "周口", "许昌", "邓州", "贾汪区", "武侯区", "曹县", "韩城",
                 "孟津", "邹城", "秦皇岛", "岳阳", "姜堰", "葛店镇", "牛庄镇", "钟祥", "汪清县",
                 "马家窑", "朱仙镇", "杨柳青镇", "何家湾", "高家堡", "罗湖区", "黄岗", "林州",
                 "冯家峪", "潘家园", "庞村镇", "熊家冢", "章丘", "龙泉驿", "安阳", "丁蜀镇")
_ROADS = ("中山路", "解放路", "建国路", "胜利街", "卫东路", "红旗路", "和平路", "文化路", "黄河路",
          "长江路", "人民路", "朱雀大街", "王府井大街", "张衡路", "郑和路", "振兴路", "向阳路",
          "建华南路", "东风路", "爱国路", "建设大道", "光明路", "新华街", "跃进路", "国庆路",
          "金花路", "石头巷", "红梅里", "永胜街", "卫国路", "前进街", "丰收路", "富强路")
_SHOPS = ("王记包子铺", "陈记五金店", "杨国福麻辣烫", "张亮麻辣烫", "周黑鸭", "马应龙药房", "王老吉",
          "李宁专卖店", "胡庆余堂", "吴裕泰茶庄", "张飞牛肉", "谭木匠", "刘一手火锅", "陈克明面业",
          "徐福记", "钱大妈生鲜", "老刘家面馆", "赵家饺子馆", "孙记修车行", "郭氏推拿",
          "何师傅烧饼", "林记裁缝铺", "黄焖鸡米饭", "沙县小吃", "兰州拉面", "曹氏鸭脖",
          "罗森便利店", "许留山", "张小泉剪刀", "冯记理发店", "老周烟酒店", "邓师傅汽修",
          "田氏豆腐坊", "蒋记卤味", "姚记炒货", "金华火腿店", "石磨坊", "白家粉丝", "方大同眼镜")
_FIRM_TRADES = ("实业有限公司", "建筑工程有限公司", "种养殖专业合作社", "家庭农场", "物流有限公司",
                "商贸有限责任公司", "石材加工厂", "装饰工程部", "劳务派遣有限公司")
_PUBLIC_PHRASES = ("学雷锋", "雷锋精神", "焦裕禄精神", "孔子学院", "鲁迅公园", "中山公园",
                   "毛泽东思想", "邓小平理论", "白求恩精神", "孔繁森精神", "杨善洲精神",
                   "钱学森班", "袁隆平杂交水稻", "岳飞庙", "关帝庙", "包公祠", "杜甫草堂",
                   "李白故里", "屈原祠", "武侯祠", "苏东坡纪念馆", "林则徐纪念馆", "詹天佑纪念馆",
                   "华罗庚数学奖", "徐霞客旅游日", "郑成功纪念馆", "张衡博物馆", "黄文秀同志事迹",
                   "张桂梅老师事迹", "王羲之故居", "孙中山故居", "鲁班奖", "诸葛亮文化节")
_TITLES = ("先生", "女士", "书记", "主任", "局长", "所长", "老师", "医生", "师傅", "站长", "科长")

# Everyday clauses, each holding one marked word that begins with a surname character.
_CLAUSES = (
    "[高温]天气暂停户外作业", "[黄金周]期间加强值守", "补助标准提高到一[万元]", "[林地]确权基本完成",
    "[白天]家中无人，晚间再访", "整改[方案]已报乡政府", "按[程序]提交复核", "该户[常年]在外务工",
    "[包括]养老金在内的收入已核算", "[强化]日常巡查", "[易地搬迁]安置点学校已启用",
    "救助[金额]以审批表为准", "[石材]厂已关停", "[周末]照常受理", "[严格]执行公示制度",
    "培育[龙头]企业两家", "账户[余额]不足", "[文明]户评选结果另行公布", "请[钟点工]每周上门两次",
    "[李子]种植基地已挂牌", "名单已[张贴]在公开栏", "[陈旧]房屋已加固", "当事人[陈述]与事实相符",
    "[杨树]林补植已完成", "[周边]道路已硬化", "[周转]金已退还", "[马铃薯]种植补贴已兑现",
    "[马上]办理", "[胡同]内违建已拆除", "[何时]办结请电话告知", "[高龄]津贴按月发放",
    "[高血压]患者纳入签约服务", "[林业]站已现场勘验", "逐条[罗列]问题清单", "[郑重]承诺材料真实",
    "[谢绝]一切馈赠", "卫生[许可证]已过期", "[曾经]多次催缴", "加强[田间]管理",
    "[董事]会决议已备案", "[余款]年底前结清", "[杜绝]虚报冒领", "受损[程度]较轻",
    "[丁字路口]增设信号灯", "[任务]清单已下达", "[任何]单位不得截留", "补贴[陆续]到账",
    "超出报销[范围]", "[金融]机构已冻结账户", "[石料]堆放占道", "[夏收]期间严禁焚烧秸秆",
    "[付款]凭证已归档", "发放[方式]改为社会化发放", "[白内障]复明手术免费", "[江边]严禁垂钓",
    "[路段]积水已排除", "[雷雨]天气注意防范", "[陶瓷]厂已停产", "[黎明]前完成转移",
    "[顾问]律师已出具意见", "[毛坯房]不予装修补偿", "[钱款]已如数退还", "情节[严重]",
    "[武装部]协助核查", "墙面[孔洞]已封堵", "[常住]人口已登记", "[常规]体检已完成",
    "[温室]大棚受损", "[康复]训练每周两次", "[施工]期间注意安全", "[施肥]技术培训已开展",
    "[文件]已转发各村", "[文化]广场已建成", "[牛羊]存栏数已统计", "[安置]房已交付",
    "资料[齐全]", "[乔木]移栽已完成", "[庄稼]受灾面积已核定", "合作社[章程]已修订",
    "[申请]材料已受理", "[关于]补贴标准的通知已转发", "[关爱]留守儿童", "群众反映的[焦点]问题",
    "道路[左侧]设置护栏", "[柳树]补植", "[甘蔗]收购价已公布", "[宁可]多跑一趟",
    "[尚未]办理不动产登记", "[符合]救助条件", "严守工作[纪律]", "会议[纪要]已印发",
    "[梅雨]季节前完成加固", "[凌晨]发生火情", "[毕业]证书已核验", "[单位]已出具证明",
    "[单据]不全", "按[季度]发放", "[涂料]气味超标", "家庭[成员]已核实",
    "[苗木]已发放到户", "[谷物]烘干机已安装", "[盛夏]用电高峰", "[路灯]已修复",
    "[游客]投诉已处理", "[辛苦]钱被拖欠", "物业[管理]混乱", "[柴油]已加注",
    "[房屋]安全鉴定为C级", "[房租]按月补贴", "问题已[解决]", "[艾滋病]检测免费",
    "[尤其]关注独居老人", "[阳台]违规搭建", "办理[时限]为十五个工作日", "[农户]自愿申请",
    "[司机]已接受调查", "[司法所]已介入调解", "[古树]已挂牌保护", "按[简易]程序处理",
    "[车辆]已放行", "[项目]已验收", "[连续]三个月未领取", "[麦收]前完成清淤",
    "[景区]门票减免", "[党员]志愿者上门服务", "[费用]已结算", "[冷库]已投入使用",
    "[卫生院]已建档", "发放[米面油]等物资", "[柏油路]已通到村口", "[宗教]活动场所已登记",
    "[桂花]树已移栽", "[全额]资助参保", "[应急]预案已启动", "[师生]均已接种",
    "双方已达成[和解]", "[商户]已签订承诺书", "[沙石]料场已取缔", "[荣誉]证书已颁发",
    "[桑蚕]养殖补助", "收支[明细]已公开", "[池塘]已清淤", "[查询]结果已告知",
    "[迟缴]部分不予补缴", "账册已[封存]", "已开展诫勉[谈话]", "[惠民]保已参保",
    "村委会[南侧]空地", "[储蓄]存款已核查", "[原因]正在调查", "[劳务]费已发放",
    "[皮肤]病门诊", "[楼道]杂物已清理", "[盘点]库存物资", "群众[满意]",
    "[位于]村东头", "[区域]内禁止养殖", "[海鲜]市场已整改", "[花费]较大",
    "[权属]清晰", "[强制]拆除", "[屠宰]点已关闭", "已[盖章]确认",
    "[廉租房]已分配", "[井水]水质合格", "[丰收]节活动", "[支付]方式为转账",
    "[国庆]期间值班", "[平均]每户增收", "[计划]下月完成", "[宣传]册已发放",
    "[相关]部门已会商", "[初中]在读", "[门诊]费用按比例报销", "[容易]引发纠纷",
    "[敬老院]已改造", "[普通]门诊统筹", "[伏天]防暑降温", "基层[薄弱]环节",
    "祠堂[修缮]已完成", "[宿舍]已消毒", "[印章]已收回", "[危房]已鉴定",
    "[玉米]收购", "[银行]流水已调取", "[公示]期七天", "[宾馆]已停业整顿",
    "[利息]按同期计算", "[居民]医保已续缴", "[干部]已包保到户", "[元旦]前发放到位",
    "[衣物]已捐赠", "[幸福]院已开放", "[智能]手环已发放", "[植树]节义务劳动",
    "[解放]思想大讨论", "[和平]路段施工", "[胜利]完成年度任务", "[卫生]厕所改造",
    "[向阳]坡地退耕还林", "[建国]以来最大降雨", "[石头]垒砌的旧房", "[金花]茶基地",
)


def _place(rng: random.Random) -> str:
    if rng.random() < 0.35:
        return rng.choice(_PLACES_FIXED)
    return _surname(rng) + rng.choice(_PLACE_SUFFIXES) + rng.choice(("", "", "村", "镇"))


def _firm(rng: random.Random) -> str:
    head = _surname(rng) + rng.choice(("氏", "记", "家", "")) if rng.random() < 0.5 else _place(rng)
    return head + rng.choice(_FIRM_TRADES)


def _anonymised(rng: random.Random) -> str:
    sur = _surname(rng)
    r = rng.random()
    if r < 0.35:
        return sur + "某"
    if r < 0.60:
        return sur + "某某"
    return sur + rng.choice(_TITLES)


# English look-alikes: pinyin in names of shops, brands, roads, districts, hospitals, parks.
_E_LOOKALIKES = (
    "Xinhua Bookstore", "Wanda Plaza", "Ping An Insurance", "Lanzhou Beef Noodles",
    "Shaxian Snacks", "Li-Ning Store", "Wang Laoji", "Zhou Hei Ya", "Yang Guofu Malatang",
    "Zhang Liang Malatang", "Haidilao Hotpot", "Tongrentang Pharmacy", "Quanjude Roast Duck",
    "Chen Keming Noodles", "Huang Men Ji Rice", "Anta Sports", "Suning Electronics",
    "Lao Feng Xiang Jewelry", "Zhou Sheng Sheng Jewellery", "Wu Yutai Tea House",
    "Renmin Road", "Jiefang Road", "Zhongshan Road", "Jianguo Road", "Shengli Street",
    "Heping Avenue", "Changjiang Road", "Huanghe Road", "Wenhua Road", "Xinhua Street",
    "Hongqi Road", "Weidong Road", "Dongfeng Road", "Haidian District", "Chaoyang District",
    "Xuhui District", "Wuhou District", "Jinniu District", "Tianhe District", "Gaoxin District",
    "Huangpu District", "Licheng District", "Zhangdian District", "Baiyun District",
    "Huaxi Hospital", "Xiangya Hospital", "Tongji Hospital", "Ruijin Hospital",
    "Peking Union Medical College Hospital", "Zhongshan Hospital", "Renji Hospital",
    "Qilu Hospital", "Zhongshan Park", "Luxun Park", "Beihai Park", "Yuyuan Garden",
    "Renmin Park", "Xuanwu Lake Park", "Jingshan Park", "Lingyin Temple", "Shaolin Temple",
    "Baima Temple", "Confucius Temple", "Guandi Temple", "Wuhou Shrine",
    "Du Fu Thatched Cottage", "Yue Fei Temple", "China Mobile", "Bank of China", "Huawei",
    "Haier Group", "Wahaha", "Mengniu Dairy", "Yili Group", "Gree Electric", "Midea Group",
    "Tsingtao Brewery", "Kweichow Moutai", "Wuliangye", "Zhangjiajie", "Shijiazhuang",
    "Wangfujing", "Liujiazui", "Chang'an Avenue",
)
_E_SURNAME_FORMS = ("Mr. {s}", "Ms. {s}", "Mrs {s}", "Dr. {s}", "Teacher {s}")

# --------------------------------------------------------------------------- other values
_HOSPITALS = ("县人民医院", "市第一人民医院", "市中心医院", "中医院", "省肿瘤医院", "镇卫生院",
              "妇幼保健院", "市第三人民医院", "省儿童医院", "精神卫生中心")
_GRADES = ("七年级", "高二", "初三", "五年级", "高一", "大二", "职高二年级", "三年级", "大一")
_RELATIVES = ("儿子", "女儿", "配偶", "儿媳", "侄子", "外孙女", "妻子", "丈夫", "孙子")
_UNITS = ("县住建局", "乡政府", "县自然资源局", "县人社局", "街道办", "县医保局", "县教体局",
          "市场监管所", "县民政局", "综合执法大队")
_POSTS = ("县民政局局长", "县医疗保障局副局长", "县教育体育局局长", "镇党委书记", "副县长",
          "县信访局局长", "街道办事处主任", "县残联理事长", "县卫生健康局局长", "乡长")


def _amount(rng: random.Random) -> str:
    """Yuan as typed in remarks: round tens, odd amounts, multiples of 500."""
    kind = rng.randrange(3)
    if kind == 0:
        return str(rng.randint(2, 99) * 10)
    return str(rng.randint(100, 9999) if kind == 1 else rng.randint(1, 60) * 500)


def _date(rng: random.Random) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{m}月{d}日", f"2026年{m}月{d}日", f"{m}.{d}"))


# --------------------------------------------------------------------------- templates
# Slots: n n2 n3 (persons), e e2 (English persons), list / listamt (enumerated persons),
# o o2 (public officials), lv lr ls lf la lp cl cl2 el es (look-alikes), the rest values.

_MEDICAL = (
    "{n}，住院{days}天，医保报销{amt}元，个人自付{amt2}元，符合大病救助条件",
    "参保人{n}于{date}在{hosp}住院，政策[范围]外费用{amt}元不予报销",
    "患者{n}（{age}岁）确诊尿毒症，[常年]透析，申请二次救助",
    "经审核，{n}的门诊慢特病待遇已备案，起付线以上按70%报销",
    "报销款已打入{n}本人社保卡，请核对账户[余额]",
    "{rel}{n}代办：参保人{n2}因脑梗住院，异地就医已备案",
    "大病保险二次报销{amt}元，救助对象：{n}",
    "[高龄]老人{n}长期卧床，护理费用[全部]自付，建议纳入长护险",
    "{n}、{n2}夫妇均为低保对象，医疗救助[金额]合计{amt}元",
    "自付部分超过{amt}元，按规定予以倾斜救助。经办人：{n}",
    "[白内障]手术费用{amt}元，{n}已领取救助金",
    "患者{n}{age}岁，[高血压]合并糖尿病，[门诊]报销比例提高至60%",
    "参保人姓名：{n}；发票{k}张；[单据]齐全",
    "因{n}未[连续]缴费，待遇等待期90天",
    "经电话核实，{n}的医药费发票系原件，复印件已退回",
    "{n}[常年]在外务工，在{hosp}发生的费用按转外就医结算",
    "该户看病[花费]较大，已纳入重点监测",
    "参保人{n}死亡，丧葬补助由其{rel}{n2}领取",
    "本批次{k}人次报销已完成，[付款]凭证已归档",
    "经办窗口提示：异地就医未备案的，{cl}",
    "票据遗失，开票[单位]已出具补办证明",
)
_EDUCATION = (
    "学生{n}，{grade}，家庭经济困难，申请国家助学金",
    "家长{n}称孩子[常年]由爷爷奶奶照看，属留守儿童",
    "监护人：{n}（祖父）；学生：{n2}",
    "班主任{n}反映该生[周末]常独自留校，已联系家长",
    "{n}同学[连续]两学期成绩优异，推荐评选三好学生",
    "{n}系脱贫户子女，免除学费、住宿费，生活补助{amt}元",
    "雨露计划补助已发放至{n}母亲{n2}的银行卡",
    "[高中]阶段助学金：{n}、{n2}、{n3}（3人）",
    "学生{n}因病休学一年，原资助名额调整给{n2}",
    "{n}{grade}在读，父亲{n2}二级残疾，母亲外出务工",
    "经家访，学生{n}与外婆同住在{lv}",
    "营养餐补助按{amt}元/生/学期发放，[包括]{n}在内共{k}名学生",
    "生源地助学贷款：借款学生{n}，共同借款人{n2}（父亲），贷款{amt}元",
    "转学手续已办结，{n}转入县第二实验小学",
    "申请人{n}提交的证明材料不[齐全]，已通知补交",
    "[师生]比偏低，留守儿童较多，{cl}",
    "{grade}学生{n}的监护人{n2}签字确认资助金额",
    "{n}、{n2}为双胞胎，同在{grade}，均纳入资助",
    "本学期资助名额{k}个，[公示]无异议",
    "[初中]学段寄宿生补助按{amt}元/年发放",
    "[全部]资助资金已通过一卡通发放",
)
_HOUSING = (
    "被征收人{n}，房屋建筑面积{area}平方米，选择货币补偿",
    "产权人：{n}、{n2}（共有）；评估价约{days}[万元]",
    "户主{n}，家庭人口{k}人，C级[危房]，列入年度改造计划",
    "承租人{n}拒不腾退，[强制]搬迁待法院裁定",
    "{n}家老宅为土木结构，墙体开裂，建议拆除重建",
    "经协商，{n}同意签订安置协议，选择{lv}安置点两套住房",
    "危改补助分两次拨付：首笔{amt}元已付给{n}",
    "产权人{n}已去世，继承人{n2}、{n3}尚未办理继承公证",
    "[易地扶贫搬迁]户{n}，旧房已拆除复垦",
    "{n}认为补偿标准偏低，[申请]复核",
    "房屋位于{lr}南段，被征收人为{n}",
    "因{n}长期外出，委托其侄子{n2}签字",
    "[施工]队已进场，户主{n}临时租住亲戚家，过渡费按月发放",
    "改造方式：原址重建。农户{n}自筹资金{amt}元",
    "经入户测量，{n}户[房屋]面积与登记不符，已[申请]重测",
    "该片区[危房]{k}户，其中无人居住{k2}户，{cl}",
    "{n}（{old}岁，独居）的房屋经鉴定为D级",
    "被征收人{n}与{n2}系兄弟，对分户安置有争议",
    "{lv}整村搬迁，[安置]房分两批交付",
    "[房屋]评估报告已送达，{cl}",
    "[房屋]征收范围内共{k}户，已签约过半",
)
_PETITION = (
    "信访人{n}反映{lv}修路占地补偿款未到位",
    "来访人：{n}，男，{adult}岁，反映其父亲养老金被停发",
    "{n}等{k}人集体来访，反映拖欠工资问题",
    "来信人{n}称与邻居{n2}因宅基地[边界]发生纠纷",
    "信访事项已转{unit}办理，答复意见已送达{n}",
    "{n}（{lv}村民）重复来访，已按[程序]终结",
    "反映人{n}、{n2}对处理意见不服，申请复查",
    "初信初访，登记人：{n}",
    "{n}称[常年]在外务工，承包地被他人占用",
    "来电人{n}反映{lr}[路灯]不亮，已派单至{unit}",
    "诉求人{n}（尾号{tail}）称小区物业乱收费",
    "工单回访：{n}对办理结果表示[满意]",
    "来电人{n}要求保密，反映{ls}占道经营",
    "回访{n}未接通，[连续]三次无人接听，按不满意处理",
    "诉求人{n}称{date}在{ls}购买的[商品]存在质量问题",
    "{n}来电：孩子入学报名受阻，已转{unit}答复",
    "来访人{n}情绪激动，已安排专人接谈",
    "来电人自称{n}的{rel}，代其反映低保被取消",
    "来电人不愿留姓名，反映{lr}夜间施工扰民",
    "同一事项重复来访，[程序]上不再受理",
    "工单已退回，[管辖]不属本单位",
)
_CARE = (
    "走访独居老人{n}，[常年]卧床，护理员{n2}每日上门",
    "慰问对象：{n}（一级肢体残疾），发放慰问金{amt}元",
    "{n}，{old}岁，二级视力残疾，享受两项补贴",
    "护理员{n}反映{n2}老人近期饮食减少，已通知家属",
    "春节前夕，为{n}送去[米面油]和棉被",
    "持证人{n}[申请]辅助器具轮椅一台",
    "入住[敬老院]的特困老人{n}，[全额]供养",
    "{n}患[阿尔茨海默病]，走失风险高，已配发定位手环",
    "家属{n}签字确认，同意{n2}入住养老机构",
    "本月上门服务{k}次，服务对象{n}满意度良好",
    "{n}、{n2}、{n3}三位老人参加[康复]训练",
    "[居家]养老服务：为{n}安装紧急呼叫器",
    "助餐点反映{n}老人[连续]三天未取餐，社工已上门查看",
    "走访记录：老人精神状态好，[白天]由{rel}{n}照料",
    "[高温]天气期间对辖区{k}名独居老人逐户走访，{cl}",
    "{n}（{old}岁）听力残疾，已适配助听器",
    "重度残疾人{n}的护理补贴由其{rel}{n2}代领",
    "{n}老人[常住]{lv}，子女在外地",
    "本季度共走访{k}户，[康复]器材已登记",
    "[敬老院]消防检查合格，{cl}",
    "[康养]型床位占比达到六成",
)
_VILLAGE = (
    "第二季度低保户名单：{list}（{k}人）",
    "耕地地力保护补贴发放名单：{listamt}",
    "特困供养人员：{list}，共{k}人",
    "临时救助：{n}（因灾）{amt}元；{n2}（因病）{amt2}元",
    "公益性岗位人员名单：{list}（{k}人），每人每月{amt}元",
    "生态公益林补偿：{listamt}，[林地]面积按确权登记计算",
    "{list}等{k}户申请宅基地，现予公示",
    "退出低保：{n}（家庭收入超标）；新增：{n2}、{n3}",
    "[高龄]津贴发放：{list}，每人{amt}元",
    "[危房]改造对象公示：{list}（{k}户）",
    "种粮大户补贴：{n}{amt}元",
    "光伏收益分红：{listamt}，合计{amt}元",
    "残疾人两项补贴名单：{list}",
    "[龙头]企业带动务工人员：{list}",
    "低保边缘户 {list}",
    "[公示]期内无异议，{cl}",
)
_PENALTY = (
    "违法行为人{n}于{date}在{lv}擅自占用[林地]建房",
    "当事人{n}，男，{adult}岁，无证驾驶，罚款{amt}元",
    "驾驶员{n}驾驶的车辆超载，车主{n2}负连带责任",
    "涉案人员：{n}、{n2}，已移送公安机关",
    "受托人{n}代为领取处罚决定书",
    "经查，{n}经营的{ls}未取得食品经营许可证",
    "{n}对违法事实供认不讳，自愿缴纳罚款",
    "情节[严重]，对{n}处以罚款{amt}元并没收违法所得",
    "{n}未按规定[时限]办理变更登记",
    "法定代表人{n}签收了听证告知书",
    "当事人{n}在{lr}违规设置广告牌，限期拆除",
    "证人{n}证实：{n2}多次在夜间向河道倾倒垃圾",
    "车主：{n}；驾驶员：{n2}；[车辆]已暂扣",
    "[石材]加工厂负责人{n}未落实扬尘防治措施",
    "{n}拒不改正，按日[连续]处罚",
    "[包括]{la}在内的{k}名当事人均已缴纳罚款",
    "{lf}的实际经营者{n}被约谈",
    "{n}与{n2}合伙经营的黑加油点已取缔",
    "当事人已[申请]行政复议，{cl}",
    "[车辆]已拍卖，款项上缴国库",
    "[全程]执法记录仪视频已存档",
)
_ENGLISH = (
    "Applicant: {e}; subsidy approved",
    "{e} (guardian) signed the consent form",
    "Contact person: {e}, tel. on file",
    "Ms. {e} called to ask about the pension payment",
    "Beneficiary {e} / amount {amt} CNY",
    "Student {e}, grade 3, tuition waived",
    "Home visit to {e}; needs a wheelchair",
    "Complainant {e} reported noise from {el}",
    "Patient {e} was discharged from {el}",
    "Collected by {e} on behalf of {e2}",
    "Household head: {e}. Members: 4",
    "{e} moved near {el} in May",
    "Landlord {e} refused the inspection",
    "Receipt from {el}, claimant {e}",
    "Meeting held at {el}; no attendees listed",
    "Office relocated to {el}",
    "Supplier: {el}",
    "Relocated household now lives near {el} and {el2}",
    "{es} called twice about the refund; full name not given",
    "Volunteers from {el} visited the care home",
)
_LOOKALIKE = (
    "{cl}，{cl2}",
    "{cl}",
    "当事人{la}已缴纳罚款，{cl}",
    "{la}（化名）反映的问题已转办",
    "经与{la}电话沟通，{cl}",
    "{lv}至{lv2}的村道已硬化",
    "{lv}村民代表会议已召开，{cl}",
    "{lr}与{lr2}交叉口拥堵，{cl}",
    "{ls}占道经营已整改",
    "{lf}拖欠农民工工资已清偿",
    "开展{lp}主题活动，{cl}",
    "组织党员参观{lp}",
    "{lp}宣传月活动在{lv}举行",
    "{la}、{la2}等人已另案处理",
    "{ls}、{ls2}两家门店已停业整顿",
    "委托{lf}实施{lv}危房改造",
    "{cl}，{la}未到场",
    "{lv}{cl}",
    "请{la}于三日内补交材料",
    "{lf}中标{lr}改造项目，{cl}",
    "{cl}（{lv}）",
)
_OFFICIALS = (
    "经研究决定，任命{o}为{post}",
    "免去{o}的{post}职务",
    "联系领导：{post}{o}；责任人：{post2}{o2}",
    "{post}{o}带队督导{lv}危房改造工作",
    "根据工作需要，{o}同志任{post}，{o2}同志不再担任{post2}",
    "本次检查由{post}{o}主持",
)

FAMILIES = {
    "medical": _MEDICAL, "education": _EDUCATION, "housing": _HOUSING, "petition": _PETITION,
    "care": _CARE, "village": _VILLAGE, "penalty": _PENALTY, "english": _ENGLISH,
    "lookalike": _LOOKALIKE, "officials": _OFFICIALS,
}
# Share of remarks per family (lists carry several names each, hence fewer of them).
_WEIGHTS = {"medical": 12, "education": 10, "housing": 11, "petition": 12, "care": 11,
            "village": 2, "penalty": 11, "english": 13, "lookalike": 7, "officials": 2}
_PUBLIC_FAMILIES = frozenset({"officials"})

_SLOT = re.compile(r"\{([a-z]+[0-9]?)\}")
_MARK = re.compile(r"\[([^\[\]]+)\]")
_TRIES = 60


_PERSON_SLOTS = {"n": chinese_name, "e": english_name}
_LOOKALIKE_SLOTS = {
    "o": chinese_name,                        # a public official (gazette family only)
    "el": lambda rng: rng.choice(_E_LOOKALIKES),
    "es": lambda rng: rng.choice(_E_SURNAME_FORMS).format(s=rng.choice(_PINYIN_SURNAMES)),
    "lv": _place, "lf": _firm, "la": _anonymised,
    "lr": lambda rng: rng.choice(_ROADS),
    "ls": lambda rng: rng.choice(_SHOPS),
    "lp": lambda rng: rng.choice(_PUBLIC_PHRASES),
}
_VALUE_SLOTS = {
    "cl": lambda rng: rng.choice(_CLAUSES),   # its [marked] word is collected after filling
    "amt": _amount,
    "area": lambda rng: str(rng.choice((rng.randint(40, 320), round(rng.uniform(40, 320), 2)))),
    "days": lambda rng: str(rng.randint(3, 60)),
    "age": lambda rng: str(rng.randint(6, 98)),
    "adult": lambda rng: str(rng.randint(19, 72)),
    "old": lambda rng: str(rng.randint(60, 99)),
    "k": lambda rng: str(rng.randint(2, 9)),
    "tail": lambda rng: f"{rng.randint(0, 9999):04d}",
    "date": _date,
    "hosp": lambda rng: rng.choice(_HOSPITALS),
    "grade": lambda rng: rng.choice(_GRADES),
    "rel": lambda rng: rng.choice(_RELATIVES),
    "unit": lambda rng: rng.choice(_UNITS),
    "post": lambda rng: rng.choice(_POSTS),
}


def _name_list(rng: random.Random, *, amounts: bool) -> tuple[str, list[str]]:
    names = [chinese_name(rng) for _ in range(rng.randint(2, 5))]
    if amounts:
        return "、".join(f"{nm}{_amount(rng)}元" for nm in names), names
    sep = rng.choice(("、", "、", "、", " ", "，"))
    return sep.join(names), names


def _fill(template: str, rng: random.Random) -> tuple[str, list[str], list[str]] | None:
    """One draw of a template: (text, names, look-alikes), or None when the draw collides."""
    names: list[str] = []
    looks: list[str] = []
    values: dict[str, str] = {}
    k_from_list = None
    for slot in dict.fromkeys(_SLOT.findall(template)):
        base = slot.rstrip("0123456789")
        if base in _PERSON_SLOTS:
            values[slot] = v = _PERSON_SLOTS[base](rng)
            names.append(v)
        elif base in ("list", "listamt"):
            values[slot], listed = _name_list(rng, amounts=base == "listamt")
            names += listed
            k_from_list = len(listed)
        elif base in _LOOKALIKE_SLOTS:
            values[slot] = v = _LOOKALIKE_SLOTS[base](rng)
            looks.append(v)
        elif base in _VALUE_SLOTS:
            values[slot] = _VALUE_SLOTS[base](rng)
        else:
            raise KeyError(f"template slot {{{slot}}} has no pool: {template}")
    if k_from_list is not None and "k" in values and "等{k}" not in template:
        values["k"] = str(k_from_list)             # （3人） counts the names listed
    elif k_from_list is not None and "k" in values:
        values["k"] = str(k_from_list + rng.randint(1, 5))
    text = _SLOT.sub(lambda m: values[m.group(1)], template)
    looks += _MARK.findall(text)
    text = _MARK.sub(lambda m: m.group(1), text)
    looks = list(dict.fromkeys(looks))
    return (text, names, looks) if _consistent(text, names, looks) else None


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, pos = [], text.find(s)
    while pos >= 0:
        out.append((pos, pos + len(s)))
        pos = text.find(s, pos + 1)
    return out


def _consistent(text: str, names: list[str], looks: list[str]) -> bool:
    """Every planted string occurs, each name once, and no name and look-alike overlap."""
    if len(set(names)) != len(names):
        return False
    for a in names:
        if text.count(a) != 1 or any(a != b and a in b for b in names):
            return False
    for lk in looks:
        if lk not in text or any(lk in a or a in lk for a in names):
            return False
    name_spans = [sp for a in names for sp in _spans(text, a)]
    look_spans = [sp for lk in looks for sp in _spans(text, lk)]
    return not any(s < le and ls < e for s, e in name_spans for ls, le in look_spans)


def make_remarks(n: int = 2000, seed: int = 77) -> list[Remark]:
    """n remarks drawn over the families by their weights; the same seed gives the same set."""
    rng = random.Random(seed)
    fams = list(FAMILIES)
    weights = [_WEIGHTS[f] for f in fams]
    out: list[Remark] = []
    while len(out) < n:
        fam = rng.choices(fams, weights)[0]
        template = rng.choice(FAMILIES[fam])
        for _ in range(_TRIES):
            drawn = _fill(template, rng)
            if drawn is not None:
                text, names, looks = drawn
                out.append(Remark(text=text, family=fam, names=names, lookalikes=looks,
                                  public_officials=fam in _PUBLIC_FAMILIES))
                break
    return out


if __name__ == "__main__":      # a quick look: counts per family and a few remarks
    remarks = make_remarks()
    for fam in FAMILIES:
        rs = [r for r in remarks if r.family == fam]
        print(f"{fam:<11}{len(rs):>6}{sum(len(r.names) for r in rs):>7}"
              f"{sum(len(r.lookalikes) for r in rs):>7}")
    print("total", len(remarks), sum(len(r.names) for r in remarks),
          sum(len(r.lookalikes) for r in remarks))
