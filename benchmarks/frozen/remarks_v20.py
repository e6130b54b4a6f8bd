"""Frozen remarks, twentieth edition: free-text remarks of county and city offices (blind, frozen).

What it is
    A deterministic generator of synthetic free-text remark cells ("备注" and similar) as Chinese
    county and city offices write them, each cell annotated with the private persons' names planted
    in it and the name-like strings ("look-alikes") that must be left alone.  It is a FROZEN test
    set: no detector rule may be tuned on it.  Every name, ID number and phone number is invented;
    resident IDs are well-formed (ISO 7064 MOD 11-2 check character) but random.

Who wrote it and what was read
    Written by a helper session from its own knowledge of how offices word these notes, blind to
    the detector it will measure.  Read: the brief; in shared/reference/DOMAIN.md only the sections
    "Personal data in public listings" and "Administrative penalty publicity"; lines 170-178 of
    benchmarks/frozen/remarks.py (the ``Remark`` dataclass, imported, not copied).
    Slips, recorded honestly: (1) a directory listing of benchmarks/frozen/ and tests/ showed the
    file names of the other editions (no content was opened); (2) one ``git log -1`` was run in
    the worktree and showed the subject line of the HEAD commit ("bench_names: the eighteenth
    edition becomes tuned-20 ..., the nineteenth is the frozen set, a twentieth (frozen-20, seed
    2020) is being written blind").  Nothing under src/, no other generator, no .tsv list and no
    de-identification code was opened or run.

Families (weights)
    Twelve domains at 0.055 each: childcare_subsidy (托育补贴 / 普惠托育), unattended_child (事实无人
    抚养儿童, 孤儿基本生活费), rescue_station (救助站, 寻亲, 返乡), resettlement_help (刑满释放人员安置
    帮教), crop_insurance (政策性农业保险理赔查勘), animal_epidemic (动物防疫, 强制扑杀补偿, 检疫),
    pesticide_ledger (农药实名购买台账, 限用农药), elder_meals (老年助餐, 长者食堂), rural_water (农村
    饮水报修, 水费, 水质), homestay_license (民宿登记, 消防, 治安), courier_complaint (快递 / 外卖骑手
    投诉), forest_rights (林权登记, 山林纠纷调处); english_export 0.08 (English export of such
    notes); minority_listing 0.08; public_notice 0.09 (公示 / 公告 of the domains above, officials in
    their public role are look-alikes, ``public_officials=True``); lookalike_only 0.08 (no name).
    Cells per family are exact quotas (largest remainder over ``WEIGHTS``), then shuffled.
    Layouts vary: labelled fields, prose, cells joined by | / tab or spaces, 、 and ； lists, logs
    with dates, multi-line notices.

Surface forms of names
    Han names: surnames drawn by rough real frequency (王 李 张 刘 陈 ... down to a long tail), rare
    surnames (禤 逄 笪 乜 仉 郗 ...), compound surnames (欧阳 司马 诸葛 ...); one- and two-character
    given names, old-fashioned rural names (桂兰, 铁柱, 来福), modern names (梓涵, 一诺), children's
    names, and names that are ordinary words (高峰, 田野, 金城, 江河, 白云 ...).  Positions: cell
    start, after role cues, with kinship words (其母, 之子, 妻, 外孙), after particles and verbs (由,
    经, 与, 向, 替, 交给, 通知), in 、 and ； lists, in brackets, mid-prose without any cue, next to
    ages, rooms, plates, masked or full resident IDs and phones, two names joined where an office
    would ("X Y夫妇").  At least a third of the planted names carry no cue word (checked by tests).
    English export: pinyin surname-first and given-first, upper-case surnames, initials, hyphenated
    and joined given names, Cantonese, Wade-Giles / Taiwan spellings, English given names with
    Chinese surnames, romanised Uyghur and Tibetan names.
    Minority listing: Uyghur and Kazakh given·father's-name with the separators real sheets use
    (·, •, ・, ．, ., none), Tibetan, Yi (clan + given), Mongolian (single, with a Han surname
    prefix, or with ·), Hui, 朝鲜族, Zhuang, Miao, Dai (岩 / 玉), Manchu (incl. 爱新觉罗·), Bai,
    Naxi, Hani, Lisu.

Look-alike classes
    Domain words of the family that begin with a surname character (nursery names, crops, breeds,
    pesticide products and makers, dishes, water works, village names, forest names, courier firms
    and rider brands, homestay names, ethnic group names such as 白族 / 苗族, minority place and
    festival names; for English, pinyin districts, roads, rivers and hospitals beginning with a
    surname syllable) -- at least 40 % of the look-alike occurrences (checked by tests); common
    words beginning with a surname character (马上, 于是, 余额, 高温 ...); places; brands and
    products; diseases named after people (唐氏综合征, 白塞病, 帕金森病); masked names (张某, 李**);
    a surname with a title (刘师傅, 老张, Mr Wang); famous people in prose and public works (雷锋,
    中山路, 袁隆平); English festivals, months and words that are pinyin syllables (long, fan);
    and, in public notices only, officials in their public role (审批人, 经办人, 审核人, 复核人,
    联系人, 评议小组成员, 村两委成员, 驻村第一书记, 负责人).

Contract
    ``make_remarks(n, seed)`` is deterministic (``random.Random(seed)`` only) and returns n cells.
    In each cell every planted name occurs exactly once and overlaps no look-alike occurrence;
    every look-alike occurs; no planted name occurs in any other cell's text; ``public_officials``
    is True exactly for ``public_notice``; ``lookalike_only`` cells carry no names, every other
    cell at least one.  ``remark_stats`` reports the cue-less and domain shares.
"""

from __future__ import annotations

import random
import re

from .remarks import Remark

VERSION = "frozen-remarks-20 (2026-12-06)"

DOMAINS = (
    "childcare_subsidy", "unattended_child", "rescue_station", "resettlement_help",
    "crop_insurance", "animal_epidemic", "pesticide_ledger", "elder_meals", "rural_water",
    "homestay_license", "courier_complaint", "forest_rights",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{f: 0.055 for f in DOMAINS}, "english_export": 0.08, "minority_listing": 0.08,
           "public_notice": 0.09, "lookalike_only": 0.08}

# ----------------------------------------------------------------------------------------------
# Han surnames, by rough real frequency
# ----------------------------------------------------------------------------------------------
_TIER1 = ("王7.1 李7.0 张6.7 刘5.4 陈4.5 杨3.1 黄2.2 赵2.2 吴2.0 周1.9 徐1.4 孙1.4 马1.3 朱1.3 "
          "胡1.3 郭1.2 何1.2 高1.1 林1.1 罗1.1 郑1.0 梁0.9 谢0.8 宋0.8 唐0.8 许0.7 韩0.7 冯0.7 "
          "邓0.7 曹0.7")
_TIER2 = ("彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江"
          "尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴洪赖")
_TIER3 = ("莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符"
          "舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时"
          "穆农司古吉卓车简连缪项麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇"
          "栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳"
          "谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相"
          "初门云容来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
          "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由代百回纳昌凤山双京达")
RARE_SURNAMES = tuple("禤逄笪乜仉郗訾佴隗厍蒯蓟璩暨羿鬲毋靖琚寿钭闾妫缑庹竺甯酆郦")
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "令狐", "皇甫", "东方", "慕容", "尉迟", "公孙",
                     "司徒", "夏侯", "长孙", "宇文", "西门", "独孤", "南宫", "端木", "呼延", "轩辕",
                     "澹台", "万俟", "钟离", "申屠", "百里", "太史", "闻人", "东郭", "淳于", "濮阳",
                     "公冶", "拓跋")

_SUR, _SUR_W = [], []
for _tok in _TIER1.split():
    _SUR.append(_tok[0])
    _SUR_W.append(float(_tok[1:]))
for _c in _TIER2:
    _SUR.append(_c)
    _SUR_W.append(0.3)
for _c in _TIER3:
    _SUR.append(_c)
    _SUR_W.append(0.06)
_SUR_CUM = []
_acc = 0.0
for _w in _SUR_W:
    _acc += _w
    _SUR_CUM.append(_acc)

SURNAME_CHARS = frozenset(_SUR) | frozenset(RARE_SURNAMES)

# ----------------------------------------------------------------------------------------------
# Given names
# ----------------------------------------------------------------------------------------------
_G1F = tuple("芳娜敏静丽艳娟秀霞玲红婷雪琳晶慧倩颖琴岚莉梅蓉燕萍洁薇丹璐瑶")
_G1M = tuple("伟强磊军洋勇杰涛明超刚斌鹏飞鑫波辉健峰凯浩兵亮东彬龙成毅")
_G2F = ("欣怡 雨桐 诗涵 梓涵 一诺 若曦 梓萱 语桐 佳怡 可馨 嘉怡 海燕 丽娟 晓红 红梅 文静 婉婷 欣然 "
        "心怡 艳玲 雅琴 雪梅 晓燕 美玲 思琪 佳琪 子涵 雨欣 梦瑶 静怡 慧敏 春燕 丽萍 晓丽 玉婷 "
        "秋月 佩瑶 安琪 紫萱 书瑶").split()
_G2M = ("子轩 浩然 宇航 俊熙 思远 沐阳 子墨 皓轩 奕辰 雨泽 铭泽 锦程 晨阳 晓东 建国 建华 志强 志明 "
        "国庆 卫东 立新 振华 俊杰 天佑 一鸣 宏伟 海涛 永强 明辉 新民 德胜 家豪 爱国 文博 博文 宇轩 "
        "浩宇 梓豪 嘉俊 晓峰 建军 国强 志刚 立军 承泽 睿哲 景行 云飞").split()
_OLDF = ("桂兰 秀英 玉珍 金花 招娣 翠花 淑珍 凤英 桂芝 春花 玉兰 凤兰 桂英 荷花 来弟 腊梅 秀兰 玉梅 "
         "春梅 秋菊 冬梅 淑英 大妮 二妹 细妹 爱莲 玉芬 素芬 月娥 巧云 彩凤 引弟 菊香 银花").split()
_OLDM = ("铁柱 来福 二牛 春生 根生 满仓 有才 富贵 长顺 石头 水生 狗剩 拴柱 铁蛋 秋生 金宝 福贵 有福 "
         "德旺 宝山 冬生 根旺 留根 四喜 长贵 发旺 满囤 全福 大牛 三娃 木根 土生 财旺").split()
_CHILDF = ("一诺 欣怡 梓涵 雨桐 诗涵 若曦 梓萱 语桐 可馨 子涵 雨欣 梦瑶 沐晴 芷若 安然 思彤 悦溪 "
           "星辰 知夏 沐橙 念慈 语汐 甜甜 朵朵").split()
_CHILDM = ("子轩 浩然 宇航 俊熙 沐阳 子墨 皓轩 奕辰 雨泽 铭泽 梓豪 宇轩 浩宇 睿哲 承泽 一航 锦川 "
           "煜城 逸飞 乐乐 豆豆 牛牛 航航 天宇").split()
WORD_NAMES = ("高峰 田野 金城 江河 白云 方圆 常青 黎明 林海 石磊 万里 安康 文明 向前 高山 马力 张扬 "
              "江山 夏天 周全 叶青 于洋 严明 和平 华夏 康宁 海洋 钱程 武功 江涛 毛毛").split()

# ----------------------------------------------------------------------------------------------
# Minority names
# ----------------------------------------------------------------------------------------------
_UYG_M = ("买买提 艾尔肯 阿不都热合曼 吐尔逊 艾力 阿力木 麦麦提敏 艾克拜尔 依明 玉素甫 卡德尔 吾守尔 "
          "库尔班 热合曼 阿卜杜拉 托合提 吾买尔 沙吾提 司马义 努尔买买提 阿布来提 艾买提 买合木提 "
          "肉孜 亚森 阿不力孜 吐尔洪 伊力哈木").split()
_UYG_F = ("古丽娜尔 热依拉 迪丽努尔 努尔古丽 帕提古丽 阿依古丽 米热古丽 如克亚 祖丽皮亚 阿依努尔 "
          "海丽其罕 布合力其姆 阿娜尔古丽 再努尔 阿米娜 排尔达 热娜").split()
_KAZ_M = ("努尔兰 叶尔兰 别克波拉提 哈那提 叶尔江 阿曼别克 巴合提亚尔 木拉提 赛力克 吾拉孜别克 "
          "托合塔尔 哈力木 加纳提 达吾列提 叶尔肯 胡安德克 阿斯哈尔 叶尔波拉提").split()
_KAZ_F = "阿依达娜 加娜尔 古丽巴合提 玛依拉 阿克玛拉 沙吾列 巴合达古丽 阿依江 阿依努尔 古丽孜拉".split()
_TIB = ("扎西 次仁 卓玛 格桑 梅朵 丹增 尼玛 洛桑 平措 达瓦 拉姆 普布 边巴 索朗 旺堆 央金 德吉 卓嘎 "
        "多吉 顿珠 白玛 曲珍 贡布 桑珠 群培 强巴 次旦 罗布 琼达 益西 仁青 措姆 巴桑").split()
_YI_CLAN = "吉克 阿的 沙马 俄木 曲比 吉伍 阿说 马海 海来 阿苏 勒格 吉木 瓦扎 俄底 罗洪 阿尔".split()
_YI_GIVEN = ("阿呷 伍呷 曲布 阿依 拉格 阿支 日火 木呷 尔且 古哈 石布 拉则 阿果 约布 阿牛 伍牛 尔古 "
             "子日 木乃").split()
_MONGOL = ("巴特尔 敖登格日勒 其木格 苏日娜 乌力吉 宝音 额尔敦 那仁高娃 图雅 萨仁 朝鲁 孟和 巴图 "
           "阿拉坦 娜仁花 吉日格勒 特木尔 呼和 斯琴 格日乐 满都拉 布和 哈斯 额尔登巴雅尔 孟根 达来 "
           "乌日娜 毕力格 胡日查 苏布达").split()
_KOREAN_SUR = tuple("金朴李崔郑韩安姜申玄")
_KOREAN_GIVEN = ("哲浩 成吉 英子 明日 顺姬 美兰 春花 光哲 永男 正淑 贞子 昌洙 东哲 英爱 明淑 京姬 成男 "
                 "日善 哲洙 仁淑 勇浩 惠英 秀贤 在勋").split()
_DAI_GIVEN = tuple("温香罕庄保坎波叫光应丙腊拉南")
_HANI_GIVEN = "者斗 沙则 批达 阿波 然蔡 朗然 波约 约三 批三 阿者".split()
_LISU_GIVEN = "扒四 阿尼 阿普 四益 阿迪 腊八 友才 扒妹 阿娜 四妹 阿五".split()
_SEPS = ("·", "·", "·", "·", "•", "・", "．", ".", "", "")

# ----------------------------------------------------------------------------------------------
# English surface forms
# ----------------------------------------------------------------------------------------------
_PY_SUR = ("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo "
           "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai "
           "Du Ye Cheng Su Wei Lyu Ding Ren Shen Yao Lu Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fang Bai "
           "Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao Gu Mao Hao Gong Shao Wan Qian "
           "Ouyang Sima Zhuge Shangguan").split()
_PY_SYL = ("wei fang na min jing li qiang lei jun yang yong yan jie juan tao ming chao xiu xia ping "
           "gang gui ying hua ling hong bin peng fei xin bo ning hui jian ting xue lin kai qian hao qin "
           "lan mei dong zi xuan han yu tong shi chen mo rui jia yi nuo xiao zhi guo qing yun hai tian "
           "de sheng cui fu gen hang ran xi wen").split()
_CANTO_SUR = ("Chan Wong Cheung Lee Leung Ho Lau Ng Tsang Yip Kwok Chow Lam Cheng Mak Tang Fung Yeung "
              "Lui Tse Siu Au Kwan Choi Tam").split()
_CANTO_SYL = ("Tai Man Ka Wai Siu Ming Wing Yan Chi Keung Kwok Hung Mei Ling Wah Kin Fai Yee Hoi Sze Chun "
              "Pui Shan Tsz Kit Lok Yiu Sau").split()
_WG_SUR = "Chang Hsu Chen Lin Huang Wang Tsai Kuo Hsieh Chou Tseng Chiang Yeh Kao Hsiao Chung Teng Liao".split()
_WG_GIVEN = ("Chih-ming Wei-lun Hsiao-mei Chia-hui Chun-hung Shu-fen Mei-ling Ya-ting Kuo-hua Chien-hung "
             "I-chen Tzu-yu Yu-hsuan Pei-shan Chih-wei Tsung-han Hsin-yi").split()
_EN_GIVEN = ("Kevin Linda Michael Grace Tony Jason Cindy Vivian Eric Amy Peter Helen Winnie Alice Sam "
             "Ivy Kelvin Candy Jacky Queenie Ricky Stella").split()
_UYG_ROM_M = "Abdurehim Memet Tursun Erkin Osman Abdulla Mehmet Tohti Rahman Ablimit Alim Sawut Ilham Kurban".split()
_UYG_ROM_F = "Gulnar Dilnur Aygul Nurgul Patigul Reyhangul Mihray Zulpiye".split()
_TIB_ROM = "Tenzin Dorje Tsering Dolma Lhamo Tashi Phuntsok Dawa Nyima Pasang Kelsang Lobsang Pema".split()

# ----------------------------------------------------------------------------------------------
# Look-alike lexicons.  Domain words begin with a (single) surname character.
# ----------------------------------------------------------------------------------------------
LEXICON = {
    "childcare_subsidy": {
        "org": "金色童年托育园 童趣托育中心 苗苗托育园 向日葵托育园 康乐宝贝托育 蓝天幼儿园 温馨托育点 "
               "常青藤托育 阳光宝贝托育 和美托育中心 乐乐托育 安心托育园 万科幼儿园 花园幼儿园 柳园托育点".split(),
        "item": "米粉 南瓜粥 羊奶粉 牛奶 黄疸 包被 童车".split(),
        "lit": "普惠托育 成长档案 申请表".split(),
    },
    "unattended_child": {
        "place": "石门小学 向阳小学 林场小学 冯家坪小学 何家湾小学 杨柳镇中心小学 李子坪小学 金沙中学 "
                 "邓家沟教学点 万福小学 高桥镇中学".split(),
        "lit": "强制隔离戒毒 高中在读 包村干部 程序复核 申报表 金额调整".split(),
    },
    "rescue_station": {
        "place": "柳州站 郑州东站 武汉站 石家庄站 连云港站 温州南站 邵阳汽车站 常州北站 邢台东站".split(),
        "lit": "甄别 易地救助 车票 路费 毛毯 方便面 钱包 白开水 管理员 公安机关".split(),
    },
    "resettlement_help": {
        "org": "龙腾物流 石材厂 汤记餐馆 金鼎汽修厂 易拉罐厂 金达砖厂 丰源食品厂 程记装修队 华联超市".split(),
        "lit": "安置帮教 司法所 劳务派遣 包吃住 车间 管控".split(),
    },
    "crop_insurance": {
        "crop": "黄瓜 白菜 花生 蓝莓 李子 杨梅 马铃薯 金银花 桑树 甘蔗 高粱 谷子 麦冬 包心菜 石榴 杜仲 "
                "柴胡 龙眼 温室大棚".split(),
        "hazard": "雷暴 洪涝 龙卷风 连阴雨".split(),
        "lit": "黄牛 查勘员".split(),
    },
    "animal_epidemic": {
        "breed": "杜洛克 白羽鸡 黄牛 宁乡花猪 金华两头乌 荣昌猪 梅山猪 乌骨鸡 麻鸭 白鹅".split(),
        "disease": "高致病性禽流感 牛结节性皮肤病 马立克氏病 蓝耳病 羊痘".split(),
        "lit": "强制扑杀 石灰".split(),
    },
    "pesticide_ledger": {
        "product": "高效氯氰菊酯 乐果 石硫合剂 苏云金杆菌 井冈霉素 宁南霉素 代森锰锌".split(),
        "restricted": "丁硫克百威 乐果".split(),
        "maker": "龙灯化学 海利尔 安道麦 丰山集团 国光 利尔化学".split(),
        "shop": "金丰农资店 丰收农资 田园农资 万家农资 向农农资门市".split(),
        "crop": "黄瓜 花生 白菜 李子 高粱 马铃薯".split(),
        "lit": "百草枯".split(),
    },
    "elder_meals": {
        "dish": "宫保鸡丁 白菜豆腐 黄焖鸡 南瓜粥 包子 花卷 麻婆豆腐 汤面 柴鸡蛋 金针菇 牛肉面 羊肉汤 "
                "胡萝卜炒肉 钟水饺 赖汤圆 龙抄手".split(),
        "site": "幸福食堂 和谐助餐点 康乐老年餐桌 温馨食堂 安康食堂 齐心助餐点 万家长者食堂".split(),
        "lit": "米饭 陈醋".split(),
    },
    "rural_water": {
        "works": "石门水库 龙潭水厂 杨家坪水厂 高位水池 双河水厂 白沙井 马家河泵站 梁家沟泵站 柏树湾蓄水池".split(),
        "lit": "管网 余氯 井水".split(),
    },
    "homestay_license": {
        "name": "云栖小院 梅园民宿 柳岸人家 花间堂 左岸客栈 古镇客栈 关山月民宿 宁静小筑 江南人家 "
                "石屋民宿 向阳山庄 白鹭洲民宿 罗汉松山居 洪家大院".split(),
        "place": "莫干山 安吉 凤凰古城 阳朔 苏州 黄山".split(),
        "lit": "应急照明 公安".split(),
    },
    "courier_complaint": {
        "firm": "申通快递 百世快递 安能物流 龙邦速递 京东快递 达达秒送 丰巢快递柜".split(),
        "lit": "包裹 费用 钱款 高峰期 路口 单号 蓝骑士 黄马甲 丰巢柜".split(),
    },
    "forest_rights": {
        "place": "黄土岭 罗汉坡 杜鹃林 冯家山 何家坳 牛角冲 洪水沟 严家林场 宋家坪 龙脊岭".split(),
        "tree": "马尾松 杨树 柏树 毛竹 桂花树".split(),
        "lit": "林权证 林地 山林 石坎 林场 包山".split(),
    },
    "minority_listing": {
        "place": "和田 伊宁 昌吉 沙湾 玉溪 甘孜 文山 包头 乌兰察布 和林格尔 石林".split(),
        "culture": "马奶酒 哈密瓜 金达莱 孔雀舞 古尔邦节 那达慕 哈达 牛王节 花山节 查干萨日".split(),
        "ethnic": "白族 苗族 满族 蒙古族 哈萨克族 纳西族 哈尼族 回族".split(),
    },
}
EN_DOMAIN = ("Huangpu District", "Wangjing", "Zhongshan Road", "Li River", "Zhoushan", "Linyi",
             "Xuzhou", "Hefei", "Gaoxin District", "Zhengzhou", "Liangshan Prefecture", "Huzhou",
             "Zhuhai", "Chengdu", "Yangshuo", "Luoyang", "Zhaoqing", "Wuhan", "Tianhe District",
             "Jinjiang", "Songjiang District", "Ma'anshan", "Wangfujing", "Changping District",
             "Jiangning District", "Longgang District", "Shenzhen", "Suzhou", "Xuhui District",
             "Tangshan", "Luohu District", "Zhangjiajie", "Lijiang", "Tongji Hospital",
             "Xiehe Hospital", "Huashan Hospital", "Renji Hospital", "Xiangya Hospital",
             "Gulou Hospital", "Longhua Hospital", "Fangshan", "Jinshan", "Baiyun District",
             "Yangpu", "Haidian District")
EN_SURNAME_SYLLABLES = ("Huang", "Wang", "Zhong", "Li", "Zhou", "Lin", "Xu", "He", "Gao", "Zheng",
                        "Liang", "Hu", "Zhu", "Cheng", "Yang", "Luo", "Zhao", "Wu", "Tian", "Jin",
                        "Song", "Ma", "Chang", "Jiang", "Long", "Shen", "Su", "Tang", "Zhang", "Tong",
                        "Xie", "Hua", "Ren", "Xiang", "Gu", "Fang", "Bai", "Hai")

DOMAIN_SETS = {fam: frozenset(w for sub in lex.values() for w in sub) for fam, lex in LEXICON.items()}
DOMAIN_SETS["english_export"] = frozenset(EN_DOMAIN)

COMMON = frozenset(
    "高兴 张贴 李子 刘海 陈旧 杨树 黄色 周末 马上 胡同 何时 林业 罗列 高温 郑重 谢谢 许可 曾经 田地 "
    "于是 余额 杜绝 叶片 程序 丁点 任务 陆续 范围 金额 石头 夏季 付款 方便 白天 江边 雷雨 龙头 顾客 "
    "毛巾 万一 严格 莫名 向来 常用 温度 康复 施工 文件 安全 齐全 易燃 章程 关于 焦急 左侧 祝贺 包装 "
    "宁可 尚未 符合 舒适 纪律 凌晨 毕业 单位 季度 成本 盛开 蓝色 路口 游客 辛苦 管理 柴油 房屋 解决 "
    "尤其 阳光 时间 司机 车辆 简单 连续 项目 党员 费用 冷库 卫生 全部 应急 和睦 商店 明天 查验 麻烦 "
    "封闭 谈话 惠民 原因 劳动 满意 位置 区域 强制 朴素 盖章 计划 宣传 相关 门口 容易 来源 普通 修理 "
    "居民 干部 但是 双方 宿舍 印章 危险 银行 公告 利息 甘蔗 成长".split())
MASK_SUFFIX = ("某", "某某", "**", "*", "＊＊", "××", "XX", "某（已脱敏）")
TITLES = ("师傅", "大姐", "阿姨", "老师", "医生", "所长", "会计", "大爷", "大妈", "嫂子", "站长", "队长",
          "主任", "村医", "老板", "经理", "工", "警官", "网格员", "姐")
FAMOUS = (("学雷锋志愿服务", "雷锋"), ("焦裕禄精神", "焦裕禄"), ("鲁迅公园", "鲁迅公园"),
          ("李白的诗", "李白"), ("杜甫草堂", "杜甫草堂"), ("孔子学堂", "孔子"),
          ("袁隆平杂交水稻展", "袁隆平"), ("钟南山院士讲座视频", "钟南山"), ("屠呦呦青蒿素展板", "屠呦呦"),
          ("中山路", "中山路"), ("郑和下西洋展", "郑和"), ("岳飞庙", "岳飞庙"), ("包公祠", "包公祠"),
          ("海瑞墓", "海瑞墓"), ("林则徐纪念馆", "林则徐"), ("詹天佑纪念馆", "詹天佑"), ("华佗广场", "华佗广场"),
          ("李时珍中医药文化节", "李时珍"), ("徐霞客大道", "徐霞客大道"), ("沈从文故居", "沈从文故居"),
          ("陶渊明的桃花源记", "陶渊明"), ("苏轼的词", "苏轼"), ("诸葛亮的故事", "诸葛亮"))
DISEASES = ("帕金森病", "阿尔茨海默病", "唐氏综合征", "克罗恩病", "马凡综合征", "霍奇金淋巴瘤", "白塞病",
            "雷诺综合征", "艾迪生病", "吉兰-巴雷综合征", "布鲁氏菌病", "川崎病", "亨廷顿舞蹈病", "梅尼埃病")
BRANDS = ("王老吉", "李宁", "张小泉", "马应龙", "周黑鸭", "陈克明挂面", "康师傅", "杨国福麻辣烫", "钱大妈",
          "白象方便面", "金龙鱼", "农夫山泉", "海天酱油", "鲁花花生油", "汤臣倍健", "云南白药", "胡庆余堂",
          "王致和腐乳", "谭木匠", "许留山", "黄飞红", "吉利汽车", "海尔", "方太", "苏泊尔", "雷士照明",
          "娃哈哈", "老干妈", "张亮麻辣烫")
PLACES = ("王府井", "张家界", "李家庄", "刘家沟", "陈家祠", "周庄", "马鞍山", "石家庄", "何家湾", "金水区",
          "高新区", "许昌", "章丘", "韩城", "曹妃甸", "邓州", "萧山", "钟祥", "潘家园", "魏公村", "柳州",
          "林州", "杨凌", "赵县", "吴江区", "朱家角", "罗湖区", "郑州", "梁山县", "唐山", "邵阳", "贺州",
          "龙岗区", "江宁区", "叶集")
EN_BRANDS = ("Li-Ning", "Lee Kum Kee", "Wong Lo Kat", "Haier", "Huawei", "Geely", "Chow Tai Fook",
             "Tsingtao", "Master Kong", "Meituan", "SF Express", "ZTO Express", "JD Logistics",
             "Luckin Coffee", "Anta")
EN_FESTIVALS = ("Spring Festival", "Qingming Festival", "Dragon Boat Festival", "Mid-Autumn Festival",
                "Double Ninth Festival", "Lantern Festival", "Corban Festival", "Losar", "Naadam",
                "Torch Festival", "Water-Splashing Festival")
EN_MONTHS = ("May", "June", "August", "April", "March")
EN_TITLES = ("Mr", "Ms", "Mrs", "Dr", "Auntie", "Uncle", "Master", "Old", "Little", "Director", "Officer")
EN_FAMOUS = ("Sun Yat-sen Memorial Hospital", "Lu Xun Park", "Yuan Longping", "Zhong Nanshan", "Yao Ming",
             "Li Bai", "Confucius", "Bruce Lee", "Zheng He")
EN_DISEASES = ("Parkinson's disease", "Down syndrome", "Alzheimer's disease", "Hodgkin lymphoma",
               "Behcet's disease", "Crohn's disease", "Kawasaki disease")
EN_WORDS = frozenset(("long", "fan", "bin", "ban", "pan", "tan", "hang", "Sunday", "man", "gang"))

_ETH_OF = {"uyghur": "维吾尔族", "kazakh": "哈萨克族", "tibetan": "藏族", "yi": "彝族", "mongol": "蒙古族",
           "hui": "回族", "korean": "朝鲜族", "zhuang": "壮族", "miao": "苗族", "dai": "傣族", "manchu": "满族",
           "bai": "白族", "naxi": "纳西族", "hani": "哈尼族", "lisu": "傈僳族"}

SUBJECTS = {
    "childcare_subsidy": "普惠托育补贴", "unattended_child": "事实无人抚养儿童基本生活费",
    "rescue_station": "受助人员寻亲", "resettlement_help": "安置帮教对象就业扶持",
    "crop_insurance": "政策性农业保险理赔", "animal_epidemic": "强制扑杀补助",
    "pesticide_ledger": "限用农药定点经营", "elder_meals": "老年助餐补贴",
    "rural_water": "农村饮水水费减免", "homestay_license": "民宿登记", "courier_complaint": "快递投诉处理结果",
    "forest_rights": "林权登记",
}
UNITS = ("城关镇人民政府", "县民政局", "县农业农村局", "县林业局", "县司法局", "县市场监督管理局", "县水利局",
         "县卫生健康委员会", "县公安局治安大队", "县邮政管理局", "新华街道办事处", "县畜牧兽医站")
_ADDR = ("110105 130102 140105 150102 210102 220102 230102 320106 330106 340104 350102 360102 370102 "
         "410105 420106 430104 440106 450103 460105 500103 510107 520102 530102 540102 610113 620102 "
         "630102 640104 650102 652901 513401 532801").split()
_PLATE_PROV = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"

# ----------------------------------------------------------------------------------------------
# Templates.  {N} adult, {O} old-fashioned, {C} child, {X} English, {Y} minority name (upper case
# = after a cue word, lower case = no cue word; suffix f/m = gender).  {Q} official (look-alike,
# notices only).  {L}/{L:sub} domain look-alike; [word] a literal look-alike; {K} masked, {T} title,
# {F} famous, {D} disease, {B} brand, {P} place, {V} village, {G} any of those.
# ----------------------------------------------------------------------------------------------
TEMPLATES = {
    "childcare_subsidy": [
        "申请人：{Nf}；身份证号：{IDm}；联系电话：{PH}；幼儿：{C}，{MON}月龄；拟入托机构：{L:org}；补贴标准{AMT}元/月。",
        "{nf} {PHm} 孩子已在{L:org}入托{NUM}个月（幼儿{C}），{DATE}起按[普惠托育]标准发放，[余额]下季度补齐。",
        "{DATE}电话回访：家长反映{L:org}午餐常给{L:item}，孩子{C}{MON}个月，[马上]满三岁要转园。",
        "本月新入托：{C}、{c}、{c}（均在{L:org}）；退托：{C}（随父母迁往{P}）。",
        "{nf}（{AGE}岁）带孩子来办理，孩子{C}；材料缺户口本首页，{T}已告知{DATE}前补交，逾期按[程序]退回。",
        "{nf}|{IDm}|{c}|{MON}月|{L:org}|{AMT}|已审核",
        "经核实，{nf}与前夫离异，孩子{C}随母生活；原登记监护人{Nm}不再领取，{L:org}出具在园证明。",
        "{DATE} 受理；{DATE} 入园核验（{L:org}，{T}陪同）；{DATE} 发放{AMT}元。申请人{N}，幼儿{C}，{L:item}过敏已记入[成长档案]。",
        "家长{N}投诉{L:org}收费高于公示价，已约谈园长{T}；{nm}{nf}夫妇另申请二孩补贴，[申请表]未签字。",
        "外孙{C}由外婆{Of}接送，父母{Nm}、{nf}在{P}务工，委托书已签，补贴打入母亲卡内。",
        "{L:org}名单核对：{c}{MON}月龄，{c}{MON}月龄，{c}{MON}月龄；另{K}家材料退回。",
        "{DATE}，{nf}来电说{L:org}园所搬到{B}楼上，[关于]接送距离问题请{T}答复。",
    ],
    "unattended_child": [
        "儿童：{Cf}；年龄：{CAGE}岁；学校：{L:place}；父亲：{Nm}（[强制隔离戒毒]）；母亲：{Nf}（失联）；实际照料人：祖母{Of}。",
        "{c}，{CAGE}岁，父母双亡，随叔叔{Nm}生活，{L:place}出具在读证明；孤儿基本生活费{AMT}元/月，{DATE}起发放。",
        "{DATE} 入户复核：{of}{AGE}岁，独自抚养孙女{Cf}和孙子{Cm}，两孩之父{Nm}服刑，母亲改嫁外省；{T}陪同，建议继续保障。",
        "{c}|{IDm}|{L:place}|监护人{N}|{AMT}|[高中在读]",
        "[包村干部]{T}反映：{Cm}已辍学两个月，其父{Nm}在{P}务工长期不归，其母{Nf}精神残疾二级；拟按事实无人抚养儿童上报，[申报表]已交。",
        "经与{N}、{N}（{c}的姑姑、姑父）谈话，二人愿担任监护人；{L:place}老师{T}证实孩子表现良好。",
        "停发：{C}已满18周岁（{DATE}），[高中在读]可延续至毕业，请{T}核对{L:place}学籍。",
        "{c}、{c}姐弟，{CAGE}岁、{CAGE}岁，住{V}，父亲去世母亲出走，舅舅{Nm}（{PH}）偶尔照看；[程序复核]通过。",
        "{DATE} 电话核实：{of}说外孙{Cm}暑假去{P}找父亲{Nm}，开学回{L:place}；生活费暂不停发。",
        "{V}：{c}（{CAGE}岁）{IDm}，{of}（祖母）{PH}；[金额调整]自{DATE}起执行。",
    ],
    "rescue_station": [
        "受助人员：{Nm}（自述），男，约{AGE}岁，{DATE}由{L:place}派出所送来，随身物品：[钱包]（空）、旧手机一部；自述老家{V}，[甄别]中。",
        "{nm}，自称{AGE}岁，口音像{P}一带，不愿说家庭住址；发放[毛毯]、[方便面]；{DATE}经人脸比对确认身份证号{IDm}。",
        "{DATE} 寻亲成功：{nm}之子{Nm}（{PH}）从{P}赶来接回，[路费]自理，站内{T}陪同办理离站手续。",
        "流浪人员{Nm}本年第{NUM}次进站，在{L:place}附近乞讨；经{T}劝导同意返乡，购[车票]一张，由其侄{Nm}在{V}接站。",
        "{nm}|男|{AGE}|{L:place}|{DATE}|[易地救助]|已返乡",
        "寻亲公告：{DATE}在{L:place}候车室发现一名智力障碍男子，自称{N}，{AGE}岁左右；知情者请联系{T}（{TEL}）。",
        "{DATE} 夜间巡查，{L:place}地下通道发现{nm}、{nm}二人，均拒绝入站，送[毛毯]两条、[白开水]若干。",
        "离站记录：{Nm}，由妻子{Nf}、女婿{Nm}接回{V}；既往{D}，带药{NUM}天。",
        "{DATE}，{nm}在站内与另一受助人员{Nm}发生口角，[管理员]{T}调解；次日后者被家属接走。",
        "交接：{L:place}[公安机关]送来女性一名，自称{Nf}，{AGE}岁，携女{Cf}；{T}安排单独房间。",
    ],
    "resettlement_help": [
        "帮教对象：{Nm}；刑期：{NUM}年；释放日期：{DATE}；帮教小组：{T}、{K}（[司法所]）、其兄{Nm}；就业：{L:org}[车间]普工，[包吃住]。",
        "{nm}，{AGE}岁，{DATE}刑满释放回到{V}，与母亲{Of}同住，前妻{Nf}已再婚；[安置帮教]衔接到位。",
        "{DATE} 走访：{nm}在{L:org}打零工，老板{T}评价还行；其女{Cf}上初中，申请过临时救助。",
        "{nm}/{IDm}/{PH}/{L:org}/[劳务派遣]/月薪{AMT}",
        "帮教志愿者{N}每月上门一次，{DATE}反映对象{Nm}情绪低落，常去{P}网吧；建议[司法所]加强[管控]。",
        "{DATE}：{nm}申请小额贷款开{B}专卖店被拒，由帮教干部{N}联系{L:org}安排面试。",
        "对象{Nm}与{Nm}（狱友）合伙在{L:org}对面摆摊，[关于]是否重新违法，{T}已核实无异常。",
        "衔接记录：监狱通知{DATE}释放，{nm}之妻{Nf}、之子{Nm}愿意接回，户籍地{V}；帮教责任人{N}。",
        "{nm} {nm} {nm} 三人同批释放（{DATE}），均安置在{L:org}，[包吃住]，月底回访。",
        "{DATE} 电话：{nm}{PH}，已到{L:org}上班，替{Nm}（同监室）打听工作，{T}答复须本人来[司法所]。",
    ],
    "crop_insurance": [
        "投保人：{N}；身份证：{IDm}；标的：{L:crop}{NUM}亩；出险原因：{L:hazard}；查勘时间：{DATE}；损失率{NUM}%；赔款{AMT}元。",
        "{n}家{NUM}亩{L:crop}受{L:hazard}影响，[查勘员]{T}拍照取证，与邻户{N}地块连片，损失率按{NUM}%计。",
        "{DATE} 现场查勘：[温室大棚]{NUM}座倒塌（{L:crop}），户主{Nm}、其子{Nm}在场签字，村干部{K}见证。",
        "{n}|{V}|{L:crop}|{NUM}亩|{L:hazard}|{AMT}",
        "理赔异议：{N}认为{L:crop}绝收应全额赔付，{T}解释按合同约定的单价计算。",
        "{DATE}，{nm}代其父{Om}报案，称{L:hazard}后{L:crop}倒伏，[于是]约定次日查勘。",
        "{n}、{n}、{n}三户{L:crop}连片种植，统一由{N}代报，赔款分别打卡。",
        "养殖险：{N}饲养[黄牛]{NUM}头，{DATE}因{L:hazard}死亡{NUM}头，已做无害化处理。",
        "回访：{n}对{L:crop}赔付满意；其妻{Nf}询问明年{L:crop}能否投保，答复待定。",
        "{V} {n} {PH} {L:crop} {NUM}亩 {L:hazard} 已查勘；{V} {n} {L:crop} 未出险。",
    ],
    "animal_epidemic": [
        "养殖户：{N}；地址：{V}；存栏：{L:breed}{NUM}头；扑杀：{NUM}头（[强制扑杀]）；补偿：{AMT}元；兽医：{N}。",
        "{DATE} 接报{n}家{L:breed}异常死亡{NUM}只，疑似{L:disease}，采样送检；周边3公里内{n}、{n}两户暂停调运。",
        "{n}（{PH}）申请产地检疫，{L:breed}{NUM}头，拟运往{P}，车牌{PLATE}，司机{N}。",
        "扑杀补偿名册：{n} {NUM}头 {AMT}元；{n} {NUM}头 {AMT}元；{n} {NUM}头 {AMT}元。",
        "[石灰]消毒{NUM}次，{T}监督；户主{N}拒签扑杀确认书，后经其子{Nm}做工作同意。",
        "{DATE}，{n}私自将{L:breed}卖给{K}，未经检疫，已责令追回。",
        "免疫记录：{DATE} {L:disease}疫苗{NUM}头份，{n}家；{DATE} 口蹄疫疫苗，{n}家。",
        "{n}反映补偿款迟迟未到，与{N}（同村）一起来所；经查{L:breed}数量与[强制扑杀]清单不符。",
        "{V}{n}{PH}：{L:breed}{NUM}羽，{L:disease}阳性，{DATE}扑杀完毕。",
    ],
    "pesticide_ledger": [
        "购买人：{N}；身份证：{ID}；电话：{PH}；品名：{L:product}（{L:maker}）；数量：{NUM}瓶；用途：防治{L:crop}病虫害。",
        "{DATE} {n} {L:restricted}×{NUM} 实名登记，用于{L:crop}地下害虫",
        "检查发现{L:shop}未登记：{DATE}售{L:restricted}给{n}、{n}，店主{T}称忘记录入。",
        "{n}|{IDm}|{L:product}|{NUM}|{DATE}|代购人{N}",
        "{N}替其父{Om}购买[百草枯]，系禁用品，未售出，已劝离并上报；{L:shop}监控留存。",
        "台账抽查：第{NUM}页{n}的购买记录缺身份证号；第{NUM}页购买人只写'{K}'，不合格。",
        "{DATE}，{n}在{L:shop}买{L:product}两瓶，称{L:crop}生虫；店员{N}开具票据。",
        "回访：{n}家{L:crop}用药后出现药害，怀疑{L:maker}产品问题，已取样。",
        "{n}{IDm}\t{L:restricted}\t{NUM}袋\t{L:shop}\t经{N}介绍",
    ],
    "elder_meals": [
        "就餐人：{O}，{AGE}岁，独居；助餐点：{L:site}；套餐：{L:dish}+{L:dish}+[米饭]；补贴后{AMT}元/餐。",
        "{DATE}投诉：{o}说{L:site}的{L:dish}太咸，{L:dish}没熟；志愿者{N}代为反映，{T}表示整改。",
        "{o}（{AGE}岁）|{ROOM}|送餐上门|{L:dish}|子女{N}已付费",
        "送餐员{N}{DATE}未按时送达，{o}等到下午两点，[于是]自己煮了面。",
        "{o}、{o}、{o}三位老人本周未来{L:site}就餐，电话均无人接，请网格员{N}上门看看。",
        "{DATE}：{o}吃完{L:dish}后腹泻，其女{Nf}要求赔偿；留样检测正常，[卫生]检查合格。",
        "助餐卡充值：{o} {AMT}元，{o} {AMT}元（由其子{Nm}代充）。",
        "{O}（{AGE}岁，{D}）由保姆{Nf}陪同就餐，爱吃{L:dish}，不要放[陈醋]。",
        "{ROOM}{o}{PHm} 午餐{L:dish} 晚餐{L:dish} 由{L:site}配送",
    ],
    "rural_water": [
        "报修人：{N}；电话：{PH}；地址：{V}{NUM}组；问题：入户[管网]冻裂；来源：{L:works}片区；维修：{T}，{DATE}修复。",
        "{n}家水表{NUM}吨，{L:works}片区水费{AMT}元拖欠{NUM}个月，其子{Nm}说在外地下月交，[余额]不足。",
        "{DATE} 水质抽检：{L:works}出厂水[余氯]偏低，末梢{V}{n}家自来水浑浊，已通知{L:works}加氯。",
        "{n}|{V}|报修|{DATE}|{L:works}|已处理",
        "{n}与邻居{N}因私接水管发生纠纷，{T}调解，[井水]暂不接入。",
        "停水通知反馈：{o}、{o}两位老人无人挑水，村里安排{N}送水。",
        "{DATE}，{o}反映饮用[井水]有异味，取样送检，{L:works}派{T}上门。",
        "水费减免：低保户{N}（{IDm}）、五保户{O}，按{L:works}片区标准减半。",
        "{V}{NUM}组 {n} {PH} 水压低；{V}{NUM}组 {n} 水表倒转，交给{N}处理。",
    ],
    "homestay_license": [
        "民宿名称：{L:name}；经营者：{N}；身份证：{IDm}；客房：{NUM}间；消防检查：[应急照明]缺{NUM}处；登记：{DATE}。",
        "{DATE} 治安检查：{L:name}入住旅客{n}、{n}未登记身份证，老板{T}称是亲戚，已责令补录。",
        "{n}在{L:place}开{L:name}，房屋系租用{N}的宅基地房，租期{NUM}年。",
        "{L:name}|{n}|{PH}|{NUM}间|{L:place}|已发证",
        "住客{N}（{ROOM}）投诉隔壁噪音，[凌晨]两点报警，[公安]到场后调解。",
        "经营者{N}之妻{Nf}负责前台，旅客信息系统账号由其侄{Nm}申请。",
        "{DATE}，{L:name}房客{n}（{PH}）醉酒损坏家具，与老板{T}协商赔偿{AMT}元。",
        "整改复查：{L:name}（负责人{N}）灭火器已配齐，[应急照明]已装；同批{L:name}仍未整改。",
        "{L:place}片区：{L:name} {n}，{L:name} {n}，均通过消防验收。",
    ],
    "courier_complaint": [
        "投诉人：{N}；电话：{PH}；被投诉：{L:firm}快递员；事由：[包裹]放[丰巢柜]未通知；处理：{DATE}已联系站点{T}。",
        "{n}反映外卖超时{NUM}分钟，骑手{N}（{PHm}）态度差；平台称[高峰期]运力不足，补偿{AMT}元券。",
        "{DATE} {n} {L:firm} 丢件 [单号]{NUM}{NUM}{NUM}{NUM} 已赔{AMT}元",
        "骑手{N}电动车在{P}[路口]与行人{N}相撞，双方协商解决，{L:firm}未介入。",
        "{n}、{n}两位[蓝骑士]投诉站长{T}克扣[费用]，涉及[钱款]{AMT}元。",
        "{n}说快递员把写有她手机号{PH}的面单贴在门上，要求{L:firm}道歉。",
        "{n}|{L:firm}|虚假签收|{DATE}|已回复",
        "{DATE}：代收点老板{T}称{n}的[包裹]被{N}冒领，调监控确认后已追回。",
        "通知{N}到{L:firm}网点领取赔偿；[黄马甲]骑手{n}另案处理。",
    ],
    "forest_rights": [
        "权利人：{N}；林地位置：{L:place}；面积：{NUM}亩；树种：{L:tree}；四至：东至{N}家[石坎]，西至山脊。",
        "{DATE} 调处：{n}与{n}争{L:place}一片{L:tree}，双方各执老[林权证]，老人{O}作证原界在水沟。",
        "{n}|{IDm}|{L:place}|{L:tree}|{NUM}亩|[林权证]待换发",
        "{of}去世后，{L:place}[山林]由长子{Nm}、次子{Nm}均分，其女{Nf}放弃。",
        "{DATE}：{n}在{L:place}砍伐{L:tree}{NUM}株，无采伐证，{T}制止。",
        "登记补正：原证上名字写作{K}，实为{N}，已核对户籍。",
        "{n} {n} 两兄弟 {L:place} [林地] 界线不清，{DATE}现场指界。",
        "{L:place}（{L:tree}）{n}{NUM}亩；{L:place}（{L:tree}）{n}{NUM}亩；[包山]合同由{N}保管。",
    ],
    "english_export": [
        "Applicant: {X}; ID: {IDm}; Tel: {PH}; child {X}, {MON} months, nursery in {L}; subsidy {AMT} CNY/month.",
        "{x} ({AGE}) reported a burst pipe near {L} on {EDATE}; neighbour {X} confirmed. Crew led by {ET}.",
        "Rescue intake: {x}, approx. {AGE}, found at {L}; says home is near {L}. Reunited with son {X} on {EDATE}.",
        "{x} | {L} | greenhouse claim | {AMT} CNY | surveyor {ET}",
        "Complaint: rider {X} (tel {PHm}) left the parcel in a locker near {L}; {x} wants the {EB} voucher refunded.",
        "Homestay check {EDATE}: guests {X} and {X} not registered; owner {ET} says they are relatives from {L}.",
        "Export rows: {x}; {x}; {x} (all {L}); duplicates from the {EF} batch removed.",
        "Meal programme: {x}, {AGE}, has {ED}; lunch delivered by volunteer {X}; complaint about a [long] wait in {EMON}.",
        "Forest rights: dispute between {x} and {x} over a slope near {L}; mediated by {ET} on {EDATE}.",
        "Resettlement: {X} released {EDATE}, now at an {EB} warehouse in {L}; helper {X}; wife {X}.",
        "{x} (ID {IDm}) bought a restricted pesticide at a shop on {L}; ledger countersigned by {x}. The ceiling [fan] was off.",
        "{EDATE} call log: {x} / {PH} / asked about {EF} payout / handled by {ET} / copy to {EK}",
        "Pupils: {x}, {x}. Guardian {X} works near {L}; visit after the {EF}, not on [Sunday].",
    ],
    "minority_listing": [
        "{y}|{ETH}|{IDm}|{L:place}|低保二类",
        "姓名：{Y}  民族：{ETH}  住址：{L:place}  电话：{PH}",
        "{y}（{ETH}，{AGE}岁）、{y}（{ETH}）系夫妻，家住{L:place}，[古尔邦节]后来办手续。",
        "{DATE} 入户：{y}家{NUM}口人，种植[哈密瓜]{NUM}亩，户主之妻{Y}在{L:place}打工。",
        "{Y}、{y}、{y}（均为{ETH}）申请{L:place}公租房，材料齐全。",
        "{y} {ETH} {PH} {L:place} {L:culture}",
        "户主{Y}，妻{Y}，子{Y}；{L:place}人；{L:culture}期间返乡。",
        "更正：系统中“{K}”应为{Y}（{ETH}），姓名分隔符按身份证书写。",
        "{y}{IDm}；{y}{IDm}；{y}{IDm}（{L:place}）",
        "{ETH}：{y}；{ETH}：{y}；{ETH}：{y}。",
    ],
    "public_notice": [
        "关于{YEAR}年{SUBJ}拟享受对象的公示\n经本人申请、村民代表评议，现将拟享受对象公示如下：{n}（{L}）、{n}（{L}）、{n}（{L}）。"
        "公示期自{DATE}起7个工作日，如有异议请向镇民政办反映。监督电话：{TEL}，联系人：{Q}。",
        "{SUBJ}审核结果公示：申请人{N}，其母{Nf}（{AGE}岁），{V}人；评议小组成员：{Q}、{Q}、{Q}；审核人：{Q}；审批人：{Q}。",
        "序号|姓名|村组|金额\n1|{n}|{V}|{AMT}\n2|{n}|{V}|{AMT}\n3|{n}|{V}|{AMT}\n经办人：{Q}  复核人：{Q}",
        "{UNIT}公告（{YEAR}第{NUM}号）：{DATE}收到{N}反映{L}相关问题，经驻村第一书记{Q}核实属实，已责令整改。",
        "公示期内收到异议：村民{N}反映{n}家有小轿车（{PLATE}），经村两委成员{Q}、{Q}入户核实，车辆登记在其女婿{N}名下，维持原评议结果。",
        "村两委成员：{Q}、{Q}、{Q}；申请人：{N}、{n}；见证人：{N}。（{SUBJ}，{L}）",
        "{SUBJ}发放名单（{YEAR}年第{NUM}批）：{n} {AMT}元；{n} {AMT}元；{n}（由监护人{N}代领）{AMT}元。公示单位：{UNIT}，负责人：{Q}。",
        "行政处罚信息公示：当事人{K}（自然人），违法行为涉及{L}；处罚机关：{UNIT}；经办人：{Q}。举报人{N}已获奖励。",
        "{SUBJ}公示：{n}{AMT}元，{n}{AMT}元，{n}{AMT}元；审核人{Q}，复核人{Q}，监督电话{TEL}（联系人{Q}）。",
    ],
    "lookalike_only": [
        "{L}、{L}、{L}已核查，均无异常；{T}反映{B}价格上涨，[于是]改到{P}采购。",
        "{K}、{K}两户材料不全（已脱敏），请{T}联系补交；[关于]{L}问题另行研究。",
        "{DATE} 例会：学习{F}；{L}、{L}进度通报；{D}患者随访由{T}负责。",
        "{P}|{L}|{L}|{B}|无人员信息",
        "备注：[马上]到{L}查看，[高温]天气注意{L}；{T}、{T}已到场。",
        "{V}{L}，{V}{L}，{V}{L}；{G}；{G}。",
        "{T}说{L}[余额]不足，{K}的{L}已[付款]，{B}赠品放在{L}。",
        "{L}/{L}/{L}/{G}/{G}/[单位]盖章",
    ],
}

_TOKEN = re.compile(r"\{([A-Za-z]+(?::[a-z]+)?)\}|\[([^\[\]]+)\]")
_NAME_TOKEN = re.compile(r"^([NOCXYnocxy])([fm]?)$")
_COMPILED = {fam: [_TOKEN.split(t) for t in ts] for fam, ts in TEMPLATES.items()}


# ----------------------------------------------------------------------------------------------
# Small generators
# ----------------------------------------------------------------------------------------------
def _surname(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.03:
        return rng.choice(COMPOUND_SURNAMES)
    if r < 0.05:
        return rng.choice(RARE_SURNAMES)
    x = rng.random() * _SUR_CUM[-1]
    lo, hi = 0, len(_SUR_CUM) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if _SUR_CUM[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return _SUR[lo]


def _gender(rng: random.Random, g: str) -> str:
    return g or rng.choice("fm")


def _han(rng: random.Random, kind: str, g: str) -> str:
    g = _gender(rng, g)
    if kind == "N":
        r = rng.random()
        if r < 0.08:
            return rng.choice(WORD_NAMES)
        if r < 0.36:
            return _surname(rng) + rng.choice(_G1F if g == "f" else _G1M)
        if r < 0.48:
            return _surname(rng) + rng.choice(_OLDF if g == "f" else _OLDM)
        return _surname(rng) + rng.choice(_G2F if g == "f" else _G2M)
    if kind == "O":
        if rng.random() < 0.15:
            return _surname(rng) + rng.choice(_G1F if g == "f" else _G1M)
        return _surname(rng) + rng.choice(_OLDF if g == "f" else _OLDM)
    # child
    if rng.random() < 0.12:
        return _surname(rng) + rng.choice(_G1F if g == "f" else _G1M)
    return _surname(rng) + rng.choice(_CHILDF if g == "f" else _CHILDM)


def _cap_syl(rng: random.Random, n: int) -> list[str]:
    return [rng.choice(_PY_SYL) for _ in range(n)]


def _english(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.42:
        sur = rng.choice(_PY_SUR)
        syl = _cap_syl(rng, rng.choice((1, 2, 2)))
        given = "".join(syl).capitalize()
        form = rng.randrange(9)
        if len(syl) == 2 and form in (5, 6):
            given = "-".join(syl).capitalize() if form == 5 else syl[0].capitalize() + "-" + syl[1].capitalize()
        if form in (0, 5):
            return f"{sur} {given}"
        if form in (1, 6):
            return f"{given} {sur}"
        if form == 2:
            return f"{sur.upper()} {given}"
        if form == 3:
            return f"{given} {sur.upper()}"
        if form == 4:
            inits = "".join(s[0].upper() + "." for s in syl)
            return f"{sur} {inits}" if rng.random() < 0.5 else f"{inits} {sur}"
        if form == 7:
            return f"{sur}, {given}"
        return f"{sur}{given}" if rng.random() < 0.3 else f"{sur} {given}"
    if r < 0.57:
        sur = rng.choice(_CANTO_SUR)
        a, b = rng.choice(_CANTO_SYL), rng.choice(_CANTO_SYL)
        form = rng.randrange(3)
        if form == 0:
            return f"{sur} {a} {b}"
        if form == 1:
            return f"{sur} {a}-{b.lower()}"
        return f"{rng.choice(_EN_GIVEN)} {sur} {a}-{b.lower()}"
    if r < 0.70:
        sur, given = rng.choice(_WG_SUR), rng.choice(_WG_GIVEN)
        return f"{sur} {given}" if rng.random() < 0.6 else f"{given} {sur.upper()}"
    if r < 0.84:
        given = rng.choice(_EN_GIVEN)
        sur = rng.choice(_PY_SUR)
        return f"{given} {sur}" if rng.random() < 0.6 else f"{given} {sur.upper()}"
    if r < 0.93:
        a = rng.choice(_UYG_ROM_F if rng.random() < 0.5 else _UYG_ROM_M)
        b = rng.choice(_UYG_ROM_M)
        return f"{a} {b}" if a != b else f"{a} {a}jan"
    a, b = rng.sample(_TIB_ROM, 2)
    return f"{a} {b}"


def _minority(rng: random.Random) -> tuple[str, str]:
    eth = rng.choice(tuple(_ETH_OF))
    g = rng.choice("fm")
    if eth in ("uyghur", "kazakh"):
        mp, fp = (_UYG_M, _UYG_F) if eth == "uyghur" else (_KAZ_M, _KAZ_F)
        given = rng.choice(fp if g == "f" else mp)
        father = rng.choice(mp)
        return given + rng.choice(_SEPS) + father, eth
    if eth == "tibetan":
        a, b = rng.sample(_TIB, 2)
        return (a + b if rng.random() < 0.85 else a), eth
    if eth == "yi":
        name = rng.choice(_YI_CLAN) + ("·" if rng.random() < 0.15 else "") + rng.choice(_YI_GIVEN)
        return name, eth
    if eth == "mongol":
        r = rng.random()
        if r < 0.6:
            return rng.choice(_MONGOL), eth
        if r < 0.85:
            return rng.choice("包白韩吴") + rng.choice(_MONGOL), eth
        a, b = rng.sample(_MONGOL, 2)
        return a + "·" + b, eth
    if eth == "korean":
        return rng.choice(_KOREAN_SUR) + rng.choice(_KOREAN_GIVEN), eth
    if eth == "dai":
        pre = "玉" if g == "f" else "岩"
        return pre + rng.choice(_DAI_GIVEN) + (rng.choice(_DAI_GIVEN) if rng.random() < 0.3 else ""), eth
    if eth == "manchu" and rng.random() < 0.15:
        return "爱新觉罗·" + rng.choice(_G2F if g == "f" else _G2M), eth
    if eth == "hani" and rng.random() < 0.5:
        return rng.choice("李白车卢马普") + rng.choice(_HANI_GIVEN), eth
    if eth == "lisu" and rng.random() < 0.6:
        return rng.choice("余密和李麻普") + rng.choice(_LISU_GIVEN), eth
    sur = {"hui": "马马马哈纳沙海穆白丁撒拜", "zhuang": "韦覃黄蒙农陆莫潘", "miao": "龙吴杨石麻滕",
           "manchu": "关佟那富赫钮金肇", "bai": "段杨赵李张尹字董", "naxi": "和和木", "hani": "李白车卢",
           "lisu": "余密和李"}[eth]
    pool = rng.choice(((_G1F, _G2F, _OLDF) if g == "f" else (_G1M, _G2M, _OLDM)))
    return rng.choice(sur) + rng.choice(pool), eth


def _resident_id(rng: random.Random) -> str:
    body = (rng.choice(_ADDR) + f"{rng.randint(1938, 2024):04d}{rng.randint(1, 12):02d}"
            f"{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}")
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]


def _masked_id(rng: random.Random) -> str:
    i = _resident_id(rng)
    f = rng.randrange(4)
    if f == 0:
        return i[:6] + "********" + i[-4:]
    if f == 1:
        return i[:3] + "***********" + i[-4:]
    if f == 2:
        return i[:10] + "****" + i[-4:]
    return i[:1] + "*" * 16 + i[-1:]


def _phone(rng: random.Random, masked: bool = False) -> str:
    d = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(9))
    if masked:
        return d[:3] + "****" + d[-4:]
    f = rng.randrange(4)
    if f == 1:
        return f"{d[:3]}-{d[3:7]}-{d[7:]}"
    if f == 2:
        return f"{d[:3]} {d[3:7]} {d[7:]}"
    return d


def _date(rng: random.Random) -> str:
    y, m, d = rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}年{m}月{d}日", f"{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}.{d}"))


def _edate(rng: random.Random) -> str:
    y, m, d = rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    mon = ("Jan", "Feb", "Mar", "Apr", "Jul", "Sep", "Oct", "Nov", "Dec")[rng.randrange(9)]
    return rng.choice((f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}", f"{m:02d}/{d:02d}/{y}"))


def _village(rng: random.Random) -> str:
    return (rng.choice(_SUR[:60]) + "家" + rng.choice("庄沟湾坪岭寨屯坝洼岗塘") + "村")


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------
class _Cell:
    def __init__(self, family: str, lexfam: str, rng: random.Random):
        self.family, self.lexfam, self.rng = family, lexfam, rng
        self.parts: list[str] = []
        self.names: list[str] = []
        self.uncued = 0
        self.las: list[tuple[str, bool]] = []
        self.eth = "uyghur"

    def la(self, s: str, domain: bool) -> None:
        self.parts.append(s)
        self.las.append((s, domain))

    def lexicon_word(self, sub: str | None) -> str:
        if self.lexfam == "english_export":
            return self.rng.choice(EN_DOMAIN)
        lex = LEXICON[self.lexfam]
        if sub is None:
            sub = self.rng.choice(tuple(lex))
        return self.rng.choice(lex[sub])

    def generic(self, tok: str) -> None:
        rng = self.rng
        if tok == "G":
            tok = rng.choice("KTFDBP")
        if tok == "K":
            sur = _surname(rng)
            if rng.random() < 0.25:
                self.la(sur + "*" + rng.choice(_G1F + _G1M), False)
            else:
                self.la(sur + rng.choice(MASK_SUFFIX), False)
        elif tok == "T":
            sur = _surname(rng) if rng.random() < 0.9 else rng.choice(COMPOUND_SURNAMES)
            r = rng.random()
            self.la(("老" + sur) if r < 0.12 else ("小" + sur) if r < 0.22 else sur + rng.choice(TITLES), False)
        elif tok == "F":
            text, la = rng.choice(FAMOUS)
            i = text.index(la)
            self.parts.append(text[:i])
            self.la(la, False)
            self.parts.append(text[i + len(la):])
        elif tok == "D":
            self.la(rng.choice(DISEASES), False)
        elif tok == "B":
            self.la(rng.choice(BRANDS), False)
        elif tok == "P":
            self.la(rng.choice(PLACES), False)

    def token(self, tok: str) -> None:
        rng = self.rng
        m = _NAME_TOKEN.match(tok)
        if m:
            kind, g = m.group(1), m.group(2)
            up = kind.upper()
            if up == "X":
                name = _english(rng)
            elif up == "Y":
                name, self.eth = _minority(rng)
            else:
                name = _han(rng, up, g)
            self.parts.append(name)
            self.names.append(name)
            if kind.islower():
                self.uncued += 1
            return
        if tok == "L" or tok.startswith("L:"):
            self.la(self.lexicon_word(tok[2:] or None), True)
        elif tok == "V":
            self.la(_village(rng), True)
        elif tok in ("K", "T", "F", "D", "B", "P", "G"):
            self.generic(tok)
        elif tok == "Q":
            self.la(_han(rng, "N", ""), False)
        elif tok == "ETH":
            lab = _ETH_OF[self.eth]
            if lab in LEXICON["minority_listing"]["ethnic"]:
                self.la(lab, True)
            else:
                self.parts.append(lab)
        elif tok == "ET":
            sur = rng.choice(_PY_SUR[:40])
            self.la(f"{rng.choice(EN_TITLES)} {sur}", False)
        elif tok == "EK":
            sur = rng.choice(_PY_SUR[:40])
            self.la(rng.choice((f"{sur} **", f"{sur.upper()} *", f"{sur} X.", f"{sur[0]}*** {sur}")), False)
        elif tok == "EB":
            self.la(rng.choice(EN_BRANDS), False)
        elif tok == "EF":
            self.la(rng.choice(EN_FESTIVALS), False)
        elif tok == "EMON":
            self.la(rng.choice(EN_MONTHS), False)
        elif tok == "ED":
            self.la(rng.choice(EN_DISEASES), False)
        elif tok == "ID":
            self.parts.append(_resident_id(rng))
        elif tok == "IDm":
            self.parts.append(_masked_id(rng))
        elif tok == "PH":
            self.parts.append(_phone(rng))
        elif tok == "PHm":
            self.parts.append(_phone(rng, masked=True))
        elif tok == "TEL":
            self.parts.append(f"0{rng.randint(10, 999)}-{rng.randint(2000000, 89999999)}")
        elif tok == "AGE":
            self.parts.append(str(rng.randint(19, 93)))
        elif tok == "CAGE":
            self.parts.append(str(rng.randint(6, 17)))
        elif tok == "MON":
            self.parts.append(str(rng.randint(6, 36)))
        elif tok == "NUM":
            self.parts.append(str(rng.randint(2, 48)))
        elif tok == "AMT":
            self.parts.append(rng.choice((str(rng.randint(2, 80) * 50), f"{rng.randint(100, 9999)}.{rng.randint(0, 99):02d}")))
        elif tok == "DATE":
            self.parts.append(_date(rng))
        elif tok == "EDATE":
            self.parts.append(_edate(rng))
        elif tok == "YEAR":
            self.parts.append(str(rng.choice((2025, 2026))))
        elif tok == "ROOM":
            self.parts.append(rng.choice((f"{rng.randint(1, 20)}号楼{rng.randint(1, 6)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}",
                                          f"{rng.choice('ABC')}{rng.randint(1, 6)}0{rng.randint(1, 9)}房")))
        elif tok == "PLATE":
            self.parts.append(rng.choice(_PLATE_PROV) + rng.choice("ABCDEFGHJK") +
                              "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5)))
        elif tok == "SUBJ":
            self.parts.append(SUBJECTS[self.lexfam])
        elif tok == "UNIT":
            self.parts.append(rng.choice(UNITS))
        else:  # pragma: no cover - a template typo
            raise KeyError(tok)

    def render(self, pieces: list) -> None:
        # re.split with two groups yields: text, tok, lit, text, tok, lit, ...
        for i in range(0, len(pieces), 3):
            if pieces[i]:
                self.parts.append(pieces[i])
            if i + 1 < len(pieces):
                tok, lit = pieces[i + 1], pieces[i + 2]
                if tok:
                    self.token(tok)
                else:
                    dom = lit in DOMAIN_SETS.get(self.lexfam, ()) or (
                        self.lexfam == "lookalike_only")
                    self.la(lit, dom and lit not in COMMON)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _cell_ok(text: str, names: list[str], las: list[str]) -> bool:
    spans = []
    for s in las:
        occ = _occurrences(text, s)
        if not occ:
            return False
        spans.extend((i, i + len(s)) for i in occ)
    for nm in names:
        occ = _occurrences(text, nm)
        if len(occ) != 1:
            return False
        a, b = occ[0], occ[0] + len(nm)
        if any(a < e and s < b for s, e in spans):
            return False
    return True


def _quotas(n: int) -> list[str]:
    total = sum(WEIGHTS.values())
    raw = [(f, n * WEIGHTS[f] / total) for f in FAMILIES]
    counts = {f: int(x) for f, x in raw}
    left = n - sum(counts.values())
    for f, x in sorted(raw, key=lambda fx: (-(fx[1] - int(fx[1])), FAMILIES.index(fx[0])))[:left]:
        counts[f] += 1
    return [f for f in FAMILIES for _ in range(counts[f])]


def _build(n: int, seed: int) -> tuple[list[Remark], dict]:
    rng = random.Random(seed)
    fams = _quotas(n)
    rng.shuffle(fams)
    out: list[Remark] = []
    by_bigram: dict[str, list[str]] = {}
    big = ""
    stats = {"names": 0, "uncued": 0, "lookalikes": 0, "domain_lookalikes": 0}
    for fam in fams:
        for _attempt in range(500):
            if fam == "public_notice":
                lexfam = rng.choice(DOMAINS)
            elif fam == "lookalike_only":
                lexfam = rng.choice(DOMAINS + ("minority_listing",))
            else:
                lexfam = fam
            cell = _Cell(fam, lexfam, rng)
            cell.render(rng.choice(_COMPILED[fam]))
            text = cell.text
            las: list[str] = []
            dom: dict[str, bool] = {}
            for s, d in cell.las:
                if s not in dom:
                    las.append(s)
                    dom[s] = d
                else:
                    dom[s] = dom[s] or d
            names = cell.names
            if not _cell_ok(text, names, las):
                continue
            if any(nm in big for nm in names):
                continue
            clash = False
            for i in range(len(text) - 1):
                for nm in by_bigram.get(text[i:i + 2], ()):
                    if text.startswith(nm, i):
                        clash = True
                        break
                if clash:
                    break
            if clash:
                continue
            break
        else:  # pragma: no cover
            raise RuntimeError(f"could not build a {fam} cell")
        for nm in names:
            by_bigram.setdefault(nm[:2], []).append(nm)
        big += "\x00" + text
        out.append(Remark(text=text, family=fam, names=list(names), lookalikes=las,
                          public_officials=fam in PUBLIC_FAMILIES))
        stats["names"] += len(names)
        stats["uncued"] += cell.uncued
        stats["lookalikes"] += len(las)
        stats["domain_lookalikes"] += sum(1 for s in las if dom[s])
    return out, stats


def make_remarks(n: int = 2000, seed: int = 2020) -> list[Remark]:
    """The frozen set: n remark cells, deterministic in (n, seed)."""
    return _build(n, seed)[0]


def remark_stats(n: int = 2000, seed: int = 2020) -> dict:
    """Counts behind the datasheet's claims: names, cue-less names, look-alikes, domain look-alikes."""
    return _build(n, seed)[1]


def _check_lexicons() -> None:
    for fam, lex in LEXICON.items():
        for words in lex.values():
            for w in words:
                assert w[0] in SURNAME_CHARS, (fam, w)
    for w in EN_DOMAIN:
        assert w.startswith(EN_SURNAME_SYLLABLES), w
    for w in COMMON:
        assert w[0] in SURNAME_CHARS, w
    for fam, ts in TEMPLATES.items():
        for t in ts:
            for m in _TOKEN.finditer(t):
                lit = m.group(2)
                if lit is None:
                    continue
                known = lit in COMMON or lit in EN_WORDS or any(lit in s for s in DOMAIN_SETS.values())
                assert known, (fam, lit)


_check_lexicons()
