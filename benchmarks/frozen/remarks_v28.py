"""Frozen test set of free-text remarks, edition 28 (blind) -- datasheet.

Who wrote it
    A helper session started for brief 28 (branch h-remarks28), on 2026-12-07, from its own
    knowledge of how Chinese county and city offices word free-text notes. No rule was tuned
    on it; it measures whether a person-name detector generalises.

What was read
    The brief; /work/shared/reference/DOMAIN.md, sections "Personal data in public listings"
    and "Administrative penalty publicity"; lines 165-180 of benchmarks/frozen/remarks.py (the
    ``Remark`` dataclass). Those lines begin with the last two entries of a template tuple of
    the earlier set (two gazette appointment templates, "决定任命{n}同志为{of}，免去{n2}同志的
    {of2}职务" and "{n}任{of}，试用期一年"); nothing else of that file was read. Importing
    ``Remark`` executes benchmarks/frozen/remarks.py (the brief requires the import).

Slips
    The head of pyproject.toml (first ~40 lines) was printed by mistake while checking the
    worktree. It lists the project's dependencies and two comments: cpca is there because county
    and city names beginning with a surname character (邹平, 滕州) are places, and OpenCC is
    there so traditional-character names are matched folded. Nothing in this set was added or
    changed because of it (the look-alike places below were planned from the brief before the
    slip; no traditional characters were added). No file under src/, tests/ (other than the
    test of this set), docs/ or notebooks/ was opened, listed or run; no git history was read.

Families (16)
    Twelve domains -- well_drilling, photo_studio, dry_cleaning, chess_rooms,
    martial_arts_school, hospital_escorts, homecoming_coaches, outdoor_rescue, arts_grading,
    road_maintenance, rabies_clinic, car_repair -- each written in five layouts: labelled
    fields, prose, list, joined cells (| tab / with line breaks inside a cell) and dated logs,
    with full/half-width punctuation, stray spaces and a clerk's typos (登计, 以经, 电活...).
    english_export: a vendor system's English export of such notes. minority_listing: the same
    offices' notes about persons of China's minorities. public_notice: 公示/公告 and penalty
    publicity of the offices above (public_officials=True). lookalike_only: no name at all.

Surface forms of names
    Han names: surname by rough frequency (王李张刘陈... down to a long tail), rare single
    surnames (訾 禚 仉 逄 蒯 ...), compound surnames (欧阳 司马 上官 诸葛 ...); given names of
    one and two characters; generational names shared by brothers (NH/NS slots); old rural
    names (铁柱 桂兰 来顺); given names that are everyday words (胜利 建设 解放 平安 文化);
    modern names (梓轩 一诺); nicknames and 小名 (狗蛋 二丫 小芳 阿珍 强强 牛娃); a married woman
    in older ledgers (张王氏, 陈李秀英). Minorities: Uyghur and Kazakh "given·father" with
    ·/•/./-/・ or no separator; Tibetan four-character names; Yi clan + given; Mongolian
    compound names and 包/白/鲍 + name; Hui surnames and 经名; Korean; Zhuang, Miao, Dong, Buyi,
    Tujia, Li (符亚妹), Yao (盘金妹), Jingpo, Wa, Dai, Qiang, Naxi, Bai, She, Manchu. English:
    pinyin in either order, CAPS family name, comma form, initials, split/hyphenated given
    names, Hong Kong, Macao, Taiwan (Wade-Giles) and Singapore romanisations, English given
    names with a Chinese family name. About 40% stand with no cue word before them (cell
    start, after a date, in lists, before an age or phone, after a place, after 与/和/及,
    as the subject of a clause). Never a surname plus a title as a name; public figures are
    blocked.

Look-alike kinds
    domain words of the twelve domains holding a surname character (机井 井管 白底 柯达相纸
    羊绒大衣 庄家 五万 洪拳 查拳 康复科 包车 蓝天救援队 古筝 柳体 路肩 柏油路 金毛 柯基 叶子板
    丰田 ...), places built on a surname (李家村 王庄 周口 金华 解放路), shops and firms
    (王记 老李干洗 周氏武馆), brands, surname + title (王师傅 小刘 李女士) and masked names
    (张某某), dates, codes, amounts, plate numbers, 文号, unified social credit codes, officials
    in their public role (public_notice only), English name-like words and places in exports.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

try:
    from benchmarks.frozen.remarks import Remark
except ImportError:  # benchmarks/ itself on sys.path
    from frozen.remarks import Remark

VERSION = "frozen-remarks-28 (2026-12-07)"

DOMAINS = (
    "well_drilling", "photo_studio", "dry_cleaning", "chess_rooms", "martial_arts_school",
    "hospital_escorts", "homecoming_coaches", "outdoor_rescue", "arts_grading",
    "road_maintenance", "rabies_clinic", "car_repair",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{d: 0.055 for d in DOMAINS}, "english_export": 0.085, "minority_listing": 0.085,
           "public_notice": 0.10, "lookalike_only": 0.07}

# ---------------------------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------------------------

_COMMON = (
    "王7.1 李7.0 张6.8 刘5.4 陈4.6 杨3.1 黄2.3 赵2.3 吴2.0 周2.0 徐1.6 孙1.5 马1.4 朱1.3 胡1.3 "
    "郭1.2 何1.2 林1.1 高1.1 罗1.1 郑1.0 梁1.0 谢.8 宋.8 唐.8 许.7 韩.7 冯.7 邓.7 曹.7 彭.6 曾.6 "
    "肖.6 田.6 董.5 袁.5 潘.5 于.5 蒋.5 蔡.5 余.5 杜.5 叶.5 程.5 苏.4 魏.4 吕.4 丁.4 任.4 沈.4 "
    "姚.4 卢.4 姜.4 崔.4 钟.4 谭.3 陆.3 汪.3 范.3 金.3 石.3 廖.3 贾.3 夏.3 韦.3 付.3 方.3 白.3 "
    "邹.3 孟.3 熊.3 秦.3 邱.3 江.3 尹.3 薛.2 闫.2 段.2 雷.2 侯.2 龙.2 史.2 陶.2 黎.2 贺.2 顾.2 "
    "毛.2 郝.2 龚.2 邵.2 万.2 钱.2 严.2 覃.2 武.2 戴.2 莫.2 孔.2 向.2 汤.2"
)
_TAIL = ("常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
         "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳"
         "时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边"
         "卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南"
         "班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴"
         "丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭"
         "况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝"
         "智幸奉植衡富尧闭由回洪萨")
_RARE = "訾禚仉琚郗蒯逄眭郦佴蹇郏芈谯扶祢桓暴郇过竺茆笪宓钮"
_COMPOUND = ("欧阳 司马 上官 诸葛 司徒 皇甫 东方 令狐 慕容 公孙 夏侯 端木 尉迟 申屠 澹台 呼延 "
             "宇文 第五 独孤 百里").split()

_G_M = "伟强军磊勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳峰德文海永春兴福贵荣发祥胜生成金宝山水根全喜顺昌新彬亮松柏栋宏伦晨锋"
_G_F = "芳娜敏静丽艳娟霞秀英燕玲桂兰梅萍红琴云莲珍凤洁琳婷雪倩颖慧晶莉月花菊玉翠巧美淑惠蓉妍薇媛"
_GEN = "建国志德学永家长玉秀桂淑春海文明子振宏世光庆少晓立瑞金传绍继"
_WORD_NAMES = ("建国 国庆 平安 春花 秋菊 胜利 和平 红旗 卫东 向阳 海燕 玉兰 金凤 建设 解放 跃进 援朝 "
               "抗美 前进 富贵 发财 有才 满仓 来福 招娣 根生 水生 春生 冬梅 雪梅 秋生 红梅 爱国 "
               "爱华 建华 东升 新华 卫国 国强 振兴 丰收 秀兰 桂花 荷花 长生 永久 文化 光明 幸福 "
               "团结 石头 黎明 金山 银河 彩虹").split()
_OLD = ("德福 桂兰 秀英 玉珍 来顺 有福 金锁 铁柱 拴柱 二柱 保国 振华 淑珍 凤英 素芬 老三 二妮 "
        "三妹 四喜 五妹 凤兰 秀珍 桂英 玉梅 长河 守财 留根 存金 福田 树林 丑妮 翠花 大妮 天保 "
        "银锁 栓牢 得水 狗娃 满囤 小凤 润生 引弟 改娣").split()
_MODERN = ("子涵 梓轩 欣怡 浩然 一诺 雨桐 思琪 宇航 诗涵 俊熙 沐辰 若汐 梓萱 子墨 语桐 皓轩 可馨 "
           "奕辰 铭泽 芷若 嘉怡 雨泽 锦程 昊天 书瑶 思远 安琪 梓豪 佳怡 睿").split()
_NICK_FIXED = ("狗蛋 狗剩 二丫 三妮 铁蛋 虎子 毛毛 丫蛋 黑娃 牛娃 栓子 柱子 二愣 胖丫 大头 "
               "小不点 三娃 四丫头 憨憨 墩子 秃子 豆豆 妞妞 乐乐 宝儿").split()

_BLOCK = set((
    "李白 杜甫 王维 刘备 张飞 关羽 曹操 孙权 李逵 武松 宋江 林冲 鲁迅 巴金 老舍 冰心 莫言 余华 "
    "韩寒 马云 雷军 姚明 刘翔 李娜 郎朗 王菲 那英 成龙 李宁 黄渤 邓超 孙俪 周迅 赵薇 杨幂 吴京 "
    "徐峥 沈腾 贾玲 岳云鹏 郭德纲 宋丹丹 赵本山 刘谦 朱军 董卿 撒贝宁 白岩松 崔永元 杨澜 孙杨 "
    "丁俊晖 林丹 王楠 邓亚萍 张怡宁 马龙 许昕 樊振东 刘国梁 孔令辉 王皓 易建联 朱婷 郎平 习近平 "
    "李强 赵乐际 王沪宁 蔡奇 丁薛祥 李希 李克强 温家宝 胡锦涛 江泽民 朱镕基 李鹏 邓小平 毛泽东 "
    "周恩来 刘少奇 朱德 彭德怀 林彪 王岐山 韩正 汪洋 栗战书 杨洁篪 王毅 秦刚 孙中山 蒋介石 "
    "袁世凯 袁隆平 钟南山 屠呦呦 杨利伟 钱学森 邓稼先 雷锋 焦裕禄 张艺谋 陈凯歌 冯小刚 周星驰 "
    "刘德华 张学友 郭富城 黎明 梁朝伟 张国荣 周润发 李连杰 甄子丹 洪金宝 吴彦祖 古天乐 刘亦菲 "
    "范冰冰 章子怡 巩俐 周杰伦 林俊杰 陈奕迅 邓紫棋 蔡依林 王力宏 任正非 马化腾 李彦宏 刘强东 "
    "王健林 董明珠 宗庆后 许家印 王石 柳传志 张一鸣 黄峥 丁磊 王兴 程维 刘洋 王亚平 翟志刚 "
    "聂海胜 景海鹏 费俊龙 王伟 斯琴高娃 腾格尔 李云迪 王羽佳 谭盾 叶问 李小龙 霍元甲 黄飞鸿 "
    "刘胡兰 王进喜 孔繁森 杨靖宇 赵一曼 邱少云 黄继光 董存瑞 张海迪 韩红 毛阿敏 宋祖英 彭丽媛 "
    "杨洋 赵丽颖 王一博 肖战 刘昊然 张杰 谢娜 何炅 汪涵 李冰冰 黄晓明 杨颖 邓伦 胡歌 王凯 靳东 孙红雷 "
    "黄磊 陈坤 郑恺 王源 王俊凯 鹿晗 吴亦凡 韩庚 李易峰 张艺兴 毛不易 李健 朴树 许巍 汪峰 刘欢 韩磊 "
    "孙楠 田震 蔡国庆 张也 阎维文 李谷一 王刚 张凯丽 李雪健 陈道明 濮存昕 葛优 姜文 刘烨 王志文 "
    "李幼斌 张国立 王宝强 张译 于和伟 雷佳音 王千源 段奕宏 廖凡 黄轩 杨紫 张若昀 王丽坤 李沁 唐嫣 "
    "刘诗诗 倪妮 宋佳 马伊琍 海清 蒋欣 李小璐 杨坤 刘涛 王珂 张靓颖 李宇春 周笔畅 张韶涵 郭晶晶 "
    "刘璇 李小鹏 杨威 邹凯 张宁 王濛 武大靖 苏炳添 刘诗雯 丁宁 陈梦 孙颖莎 王楚钦 马琳 王励勤 "
    "谷爱凌 苏翊鸣 全红婵 张家齐 杨倩 巩立姣 王军霞 惠若琪 张国伟 朱建华 刘延东 孙春兰 胡春华 "
    "王勇 刘鹤 陈敏尔 李鸿忠 杨晓渡 赵克志 黄坤明 陈全国 郭声琨 张学良 张作霖 阎锡山 冯玉祥"
).split()) | {
    "Jackie Chan", "Bruce Lee", "Jet Li", "Yao Ming", "Li Na", "Andy Lau",
    "Lang Lang", "Yo-Yo Ma", "Tony Leung", "Eason Chan", "Jay Chou", "Ang Lee", "Michelle Yeoh",
    "Lucy Liu", "Amy Tan", "Maggie Cheung", "Faye Wong", "Kelly Chen", "Joey Wong", "Leon Lai",
    "Aaron Kwok", "Gigi Leung", "Cecilia Cheung", "Nicholas Tse", "Edison Chen", "Vicky Zhao",
    "Fan Bingbing", "Zhang Ziyi", "Gong Li", "Xi Jinping", "Li Qiang", "Wang Yi", "Li Keqiang",
    "Hu Jintao", "Wen Jiabao", "Jiang Zemin", "Deng Xiaoping", "Mao Zedong", "Zhou Enlai",
    "Sun Yat-sen", "Lee Kuan Yew", "Lee Hsien Loong", "Ho Iat Seng", "Tsai Ing-wen",
    "Ma Ying-jeou", "Lai Ching-te", "Chen Shui-bian", "Li Bai", "Du Fu", "Liu Xiang", "Li Ning",
    "Ding Junhui", "Sun Yang", "Zhang Yimou", "Chen Kaige", "Wong Kar-wai", "Donnie Yen",
    "Zhou Xun", "Liu Cixin", "Mo Yan", "Yu Hua", "Lu Xun", "Ba Jin", "Lao She", "Wang Wei",
    "Goh Chok Tong", "Tan Cheng Bock", "Lim Boon Keng", "Ong Teng Cheong", "Jack Ma",
    "Wang Jianlin", "Lei Jun", "Ren Zhengfei", "Pony Ma", "Robin Li", "Eric Tsang", "Kenny G",
}

_RELS = "妻 丈夫 其子 其女 其母 其父 儿子 女儿 老伴 儿媳 女婿 孙子 侄子 哥哥 妹妹 爱人".split()
_TITLES = "师傅 老师 医生 老板 女士 先生 阿姨 大爷 姐 哥 总 工 护士 教练 会计 队长 经理".split()

# Cue words: a name whose preceding text (spaces, colons, 为/是/叫 stripped) ends with one of these
# counts as cued in the summary. Lists, dates, places, 与/和/及, 、 and clause starts are not cues.
_CUES_ZH = (
    "姓名 名字 户名 本人 户主 联系人 代领人 代取人 代办人 监护人 家属 举报人 异议人 见证人 证人 "
    "受益人 申请人 当事人 报装人 机主 井主 管护员 用水户 顾客 客户 取件人 拍照人 学生 家长 登记人 "
    "取衣人 送洗人 会员 投诉人 衣主 店员 经营者 店主 负责人 参赌人员 承租人 房东 学员 教练 伤者 "
    "寄宿生 陪护员 护工 患者 病人 雇主 陪护 乘客 报名人 务工人员 司机 驾驶员 跟车员 领队 带队人 "
    "报备人 队员 驴友 失联人员 被困人员 报警人 向导 队友 考生 指导老师 领证人 护路员 养路工 道班工 "
    "报告人 村民 肇事者 巡路员 就诊者 受种者 被咬者 犬主 陪同人 车主 送修人 驾驶人 取车人 报案人 "
    "担保人 邻居 小名 经名 表兄弟 兄弟 母女 母子 之子 之女 之妻 之母 之夫 代签 签领 拟聘 拟聘人员 "
    "补助对象 资助对象 学生姓名 姓名为 群众 村民代表 受助人 代班 接替 介绍人 被投诉人 投诉人为 "
    "合格人员 受理人 申报人 困难户 对象 名单 现场人员 涉事人员 违法行为人 第三人"
).split() + _RELS + ["妻子", "母亲", "父亲", "其兄", "其弟", "其妻", "其夫", "孙女", "母", "父", "子", "女"]
_CUES_EN = ("Name Applicant Customer Client Owner Contact Patient Student Parent Guardian Escort "
            "Caregiver Passenger Driver Hiker Member Candidate Examinee Worker Victim Reporter "
            "Complainant Mr. Ms. Mrs. Miss Mother Father Wife Husband Son Daughter Brother Sister "
            "Leader Guide Coach Teacher Keeper Tenant Operator Relative by of Householder Trainee "
            "Payer Proxy Bitten Injured Team Collector Nickname aka").split()


# Twelve domains. groups: domain look-alikes by sort (each holds a surname character), used by
# slots {WX} (X the group) and {W} (any); fields: labelled fields; clauses: prose/log clauses;
# heads: list headers; trades: shop kinds; codes: code prefixes.
_DOMAIN_SPEC = {
    "well_drilling": dict(
        roles="报装人 申请人 户主 机主 井主 管护员 用水户 代办人".split(),
        groups=dict(
            E="井管 深井泵 钢管 花管 滤水管 万向节 柴油机 水泥管 安全阀 水龙头 柴油 雷沃拖拉机 潜水泵电缆管 高扬程水泵 井盖 石英砂".split(),
            K="机井 管井 深井 浅井 大口井 筒井".split(),
            S="井口 井房 井台 田间 麦田 玉米地 机耕路 高压线 井位 闸阀井".split(),
            L="黄土层 卵石层 砂石层 石英砂层 白泥层".split(),
            O="农灌 水利站 管护协议 水文地质 成井验收 洗井 封井 废井 打井队 农电工".split()),
        heads="本批报装： 管护员名单： 待打井户： 已交押金： 机井报装登记".split(),
        trades="打井队 水利工程队 钻井服务部 泵业".split(),
        codes="JJ DJ SL".split(),
        fields=["报装人：{N}", "户主：{N}", "管护员：{N}", "代办人：{N}", "电话：{PH}",
                "井位：{P}{WS}", "井型：{WK}", "配套：{WE}、{WE}", "井深：{NUM}0米（{WL}）",
                "费用：{A}", "单号：{C}", "日期：{T}", "施工：{SH}", "备注：{CL}"],
        clauses=["{R}{N}于{T}申请在{P}{WS}旁新打井一眼",
                 "{N}（小名{NK}）家{WK}损坏，{WE}漏水",
                 "{P}{N}报装，{WE}、{WE}已备齐",
                 "{N}与{N}两户合用一眼{WK}，费用各摊{A}",
                 "管护员{N}反映{WE}被盗，已报{WO}",
                 "{N}，{AGE}，{PH}，要求{T}前打完",
                 "施工由{SH}承担，{N}现场签字",
                 "{T}{N}来交{A}押金，收据{C}",
                 "户主{NH}外出务工，由其妻{N}代办，子{NS}签字",
                 "{N}和{N}为{WK}位置争执，{TI}调解",
                 "井深{NUM}0米见{WL}，改下{WE}",
                 "{NW}名下承包地打井，需其子{N}签字",
                 "{N}说{WK}离{WS}太近",
                 "{P}{N}、{N}申请{WK}管护补助"]),
    "photo_studio": dict(
        roles="顾客 客户 取件人 代取人 拍照人 学生 家长 登记人".split(),
        groups=dict(
            P="全家福 宫廷写真 沙龙照 毕业照 满月照 童装写真 黑白照 全身照 钱包照 龙凤婚照 蓝底一寸 白底二寸 宫格照 海报 易拉宝 展板".split(),
            B="白底 蓝底 高清 原片 毛片 九宫格 高光 景深 背景布".split(),
            M="柯达相纸 富士相纸 金边相框 柏木相框 花边相框 单反 索尼微单 尼康 相纸 包边 回执 回执码".split()),
        heads="今日取件： 待取件： 证件照登记： 加洗名单： 毕业照名单".split(),
        trades="照相馆 影楼 快照 摄影部 冲印店".split(),
        codes="QJ ZP XC".split(),
        fields=["顾客：{N}", "取件人：{N}", "代取人：{N}", "电话：{PH}", "项目：{WP}",
                "规格：{WB}+{WM}", "取件码：{C}", "金额：{A}", "日期：{T}", "备注：{CL}"],
        clauses=["{R}{N}拍{WP}两版，{T}取，已付{A}",
                 "{N}（{AGE}）拍{WP}，要{WB}，取件码{C}",
                 "{N}的{WP}由{N}代取，核对{PH}",
                 "{N}与{N}、{N}拍{WP}，{WB}存U盘",
                 "{T}{N}来取{WP}，{WM}有划痕，重洗",
                 "学生{N}的{WM}未出，已通知家长{N}",
                 "{N}{PH}，{WP}加洗{NUM}张",
                 "{N}说上回在{SH}拍的{WP}不合格",
                 "{N}家小孩{NK}拍{WP}",
                 "{N}和丈夫{N}补拍{WP}",
                 "{WP}拍摄：{N}、{N}",
                 "{N}要求删除{WB}，已当面删除"]),
    "dry_cleaning": dict(
        roles="顾客 客户 取衣人 送洗人 会员 投诉人 代取人 衣主".split(),
        groups=dict(
            C="羊绒大衣 羊毛衫 毛呢大衣 白衬衫 牛仔裤 皮衣 皮草 卫衣 高跟鞋 席梦思床垫 夏装 童装 沙发套 龙凤旗袍 乔其纱连衣裙 柯桥面料西装 鲁绣桌布 钱包".split(),
            D="金扣 车缝线 毛领 熊猫图案 包边 金线绣花".split(),
            E="汤渍 黄渍 毛球 蓝色褪色 米色发黄 花色串色".split(),
            S="干洗 冷洗 温水洗 常规洗 皮鞋护理 原价赔偿 干洗费 单件计价 包装袋 石油干洗剂 象王洗衣标准 荣昌洗衣标准".split()),
        heads="今日收衣： 未取衣物： 赔偿登记： 会员名单： 超期未取".split(),
        trades="干洗店 洗衣坊 洗染店 皮衣护理".split(),
        codes="XD QY HY".split(),
        fields=["顾客：{N}", "会员：{N}", "取衣人：{N}", "电话：{PH}", "衣物：{WC}、{WC}",
                "问题：{WE}", "取衣单：{C}", "金额：{A}", "收衣日期：{T}", "备注：{CL}"],
        clauses=["{R}{N}送洗{WC}一件、{WC}两件，单号{C}",
                 "{N}的{WC}洗后{WD}脱落，协商赔{A}",
                 "{T}{N}来取衣，{N}代签",
                 "{N}，{PH}，{WC}有{WE}需加急",
                 "{N}和{N}（母女）共用会员卡，余额{A}",
                 "{N}投诉{WC}洗坏，{TI}说按{WS}处理",
                 "{P}{N}的衣服错装进{N}的袋子",
                 "顾客{N}称{WE}送来前就有",
                 "{N}{AGE}，{WC}已超三个月未取",
                 "{NW}的{WC}由孙女{N}取走",
                 "{N}与店员{N}争吵，{WS}"]),
    "chess_rooms": dict(
        roles="经营者 店主 负责人 举报人 当事人 参赌人员 承租人 房东".split(),
        groups=dict(
            M="麻将机 自动麻将桌 包间 单间 房间 茶楼 计时器 房卡".split(),
            G="炸金花 牛牛 麻将 武汉麻将 红中麻将 宁波麻将 石子棋 庄家 五万 白板 南风 杠上花 对对胡 胡牌 门清 庄闲 一条龙".split(),
            F="包夜 钟点费 房费 包场 卫生许可证 赌钱 押钱 金条 常客 游客 关门歇业 计分".split()),
        heads="现场人员： 巡查登记： 参赌人员： 举报记录： 在场人员".split(),
        trades="棋牌室 茶楼 麻将馆 老年活动室".split(),
        codes="QP ZA XC".split(),
        fields=["经营者：{N}", "承租人：{N}", "举报人：{N}", "电话：{PH}", "场所：{SH}",
                "设备：{WM}{NUM}台", "地址：{RD}", "巡查时间：{T}", "涉案金额：{A}", "登记号：{C}",
                "备注：{CL}"],
        clauses=["经营者{N}，{WM}{NUM}台，包间{NUM}间",
                 "{T}晚巡查，{N}、{N}等{NUM}人在{WM}打{WG}，一局{A}",
                 "举报人{N}称{SH}有人{WF}",
                 "{N}与{N}因{WF}结账争吵",
                 "{N}{AGE}，{PH}，是{WF}，不收{WF}",
                 "{SH}承租人{N}未办{WF}",
                 "现场{N}承认{WG}一局{A}",
                 "{N}说{WG}是朋友间玩的",
                 "房东{N}称已将{WM}转租给{N}",
                 "{N}妻子{N}到场要求带走{N}",
                 "{P}{N}多次举报{SH}"]),
    "martial_arts_school": dict(
        roles="学员 学生 家长 监护人 教练 伤者 寄宿生".split(),
        groups=dict(
            S="武术 南拳 洪拳 蔡李佛拳 梅花拳 查拳 华拳 岳家拳 陈式太极拳 杨式太极 孙式太极 吴式太极 武当剑 龙形拳 谭腿 岳家枪 杨家枪 罗汉拳 童子功 关刀 柳叶刀 朴刀".split(),
            T="马步 沙袋 梅花桩 封闭训练 文化课 宿舍 寄宿 武校 段位 晋级 全运会 安全护具".split(),
            I="冷敷 云南白药 石膏 包扎".split()),
        heads="新生名单： 寄宿生： 伤情登记： 考核报名： 段位考核".split(),
        trades="武馆 武术学校 散打俱乐部 拳馆".split(),
        codes="WX XY SS".split(),
        fields=["学员：{N}", "监护人：{N}", "家长：{N}", "电话：{PH}", "项目：{WS}", "宿舍：{C}",
                "入学日期：{T}", "学费：{A}", "伤情处理：{WI}", "备注：{CL}"],
        clauses=["学员{N}，{AGE}，{P}人，练{WS}，家长{N}{PH}",
                 "{N}练{WS}时扭伤，{WI}后送医，已告知监护人{N}",
                 "寄宿生{N}与{N}在{WT}时打架，{N}鼻出血",
                 "{T}{N}由其父{N}接回，请假三天",
                 "{N}、{N}报名{WS}考核",
                 "教练{N}带{N}等{NUM}人去{CT}比赛",
                 "{N}小名{NK}，{WS}基础好",
                 "{N}伤情：右腕扭伤，{WI}",
                 "{N}{AGE}，{WS}学了两年，{WT}",
                 "{N}与{N}是表兄弟，同一宿舍，练{WS}",
                 "{NH}、{NS}兄弟同报{WS}"]),
    "hospital_escorts": dict(
        roles="陪护员 护工 患者 病人 家属 雇主 投诉人 陪护".split(),
        groups=dict(
            D="康复科 门诊 病房 单人间 骨科康复 高压氧舱 沙发床".split(),
            C="导尿管 胃管 引流管 冷敷 汤药 米汤 温水擦浴 欧姆龙血压计 常规护理 白蛋白 万古霉素".split(),
            F="白班 钟点工 包月 全护 包干 余额 健康证 费用清单 陪护费 申请表 应急呼叫 管床医生".split(),
            H="房颤 黄疸 金葡菌感染 高血压 高烧".split()),
        heads="在岗陪护员： 本周排班： 陪护登记： 纠纷记录： 护工培训".split(),
        trades="家政服务部 护工服务社 陪护中心 劳务公司".split(),
        codes="PH HG ZY".split(),
        fields=["陪护员：{N}", "患者：{N}", "家属：{N}", "电话：{PH}", "科室：{WD}", "床号：{C}",
                "费用：{A}/天", "开始：{T}", "病情：{WH}", "方式：{WF}", "备注：{CL}"],
        clauses=["陪护员{N}（{AGE}，{P}人）护理{WD}{NUM}床{N}，{A}/天",
                 "家属{N}投诉护工{N}夜里睡觉，{WC}没弄",
                 "{N}{PH}，持{WF}，已培训",
                 "{T}{N}接替{N}，交接{WC}",
                 "{N}之女{N}结算{WF}，退{A}",
                 "{N}与{N}因{WF}争执，由{SH}协调",
                 "护工{N}被{N}家属指责拿走{WC}",
                 "{N}，{AGE}，做{WF}陪护{NUM}年",
                 "{N}和老伴{NW}同住{WD}，请{N}一对二",
                 "{P}{N}介绍{N}来做{WF}",
                 "患者{N}{WH}，{WC}"]),
    "homecoming_coaches": dict(
        roles="乘客 报名人 务工人员 司机 驾驶员 跟车员 领队 带队人".split(),
        groups=dict(
            V="包车 宇通客车 金龙客车 海格大巴 安凯客车 卧铺大巴 关爱专车 公交 车票 黄牛票".split(),
            R="高铁站 高速 班线 秦岭隧道 钱塘江大桥 全程 单程".split(),
            F="包车费 包车合同 路费 过路费 回乡证 申请表 花名册 满员 车牌号 安全带 应急锤 农民工".split()),
        heads="报名名单： 接站名单： 已交费： 专列报名： 包车名单".split(),
        trades="客运公司 包车服务部 旅游客运 运输队".split(),
        codes="BC FX ZL".split(),
        fields=["报名人：{N}", "乘客：{N}", "司机：{N}", "电话：{PH}", "方向：{CT}",
                "车辆：{PL}（{WV}）", "出发：{T}", "费用：{A}", "座位：{C}", "集合：{RD}", "备注：{CL}"],
        clauses=["{N}，{AGE}，{PH}，报名{T}{CT}方向{WV}",
                 "{N}、{N}、{N}一家三口回{CT}，{WF}{A}",
                 "司机{N}，{PL}，跟车员{N}",
                 "{P}{N}带队{NUM}人，在{RD}集合",
                 "{N}说其兄{N}改坐{WV}，退{WF}",
                 "{T}{N}未到，{PH}关机",
                 "领队{N}负责与{N}对接，走{WR}",
                 "户主{NH}及子{NS}、{NS}同行",
                 "{N}在{CT}下车，{N}到{CT}",
                 "{N}和{N}拼座，{WF}"]),
    "outdoor_rescue": dict(
        roles="报备人 领队 队员 驴友 失联人员 被困人员 报警人 家属 向导".split(),
        groups=dict(
            P="林区 林场 景区 石门 龙潭 白水河 毛竹林 杜鹃花海 冷杉林 云海 管制区 松林 柏树林 武功山 秦岭 太白山 华山 关门山 龙脊".split(),
            G="骆驼冲锋衣 凯乐石 牧高笛帐篷 卫星电话 安全绳 应急毯 柴火".split(),
            U="蓝天救援队 护林员 景区管委会".split(),
            X="雷雨 高反 夏季 封山期 黄金周 马蜂窝 向导费".split()),
        heads="报备队员： 被困人员： 参与搜救： 下山登记： 走失人员".split(),
        trades="户外俱乐部 救援队 登山协会 徒步群".split(),
        codes="JY SJ BB".split(),
        fields=["报备人：{N}", "领队：{N}", "报警人：{N}", "电话：{PH}", "路线：{WP}-{WP}",
                "进山时间：{T}", "位置：{P}附近", "人数：{NUM}", "装备：{WG}、{WG}", "编号：{C}",
                "备注：{CL}"],
        clauses=["领队{N}，队员{N}、{N}、{N}，{T}从{WP}进山",
                 "{N}（{AGE}）与队友{N}在{WP}走散，{WP}信号弱",
                 "{T}{N}报警称其夫{N}失联，最后位置{WP}",
                 "{N}{PH}，在{WP}扭伤脚踝，{WU}转运",
                 "{SH}{N}、{N}参与搜救，{WU}协助",
                 "被困人员{N}等{NUM}人于{T}下山",
                 "{N}未报备进入{WP}，由{WU}劝返",
                 "{N}和{N}带{WG}、{WG}",
                 "{N}失温，{N}用{WG}包裹",
                 "{P}{N}做向导，熟悉{WP}",
                 "{N}因{WX}下撤"]),
    "arts_grading": dict(
        roles="考生 学生 家长 监护人 报名人 指导老师 领证人 代领人".split(),
        groups=dict(
            I="古筝 单簧管 柳琴 中阮 大阮 二胡 京胡 板胡 马头琴 国画 颜体 柳体 欧体 赵体 宋体 秦腔 黄梅戏 童声合唱 花鼓".split(),
            P="梁祝 春江花月夜 高山流水 汉宫秋月 平沙落雁 茉莉花 金蛇狂舞 赛马 黄河大合唱 蓝色多瑙河 巴赫创意曲".split(),
            V="文化馆 少年宫 琴房 成绩单".split()),
        heads="报名名单： 合格名单： 待领证书： 考场安排： 补考名单".split(),
        trades="琴行 艺术培训中心 画室 舞蹈室".split(),
        codes="KJ ZKZ KC".split(),
        fields=["考生：{N}", "家长：{N}", "指导老师：{N}", "电话：{PH}", "专业：{WI}",
                "级别：{NUM}级", "考场：{C}", "考试日期：{T}", "报名费：{A}", "曲目：{WP}", "考点：{WV}",
                "备注：{CL}"],
        clauses=["考生{N}，{WI}{NUM}级，考场{C}，家长{N}{PH}",
                 "{N}、{N}报{WI}，{T}在{CT}考点",
                 "{N}的{WI}证书由其母{N}代领",
                 "{N}准考证丢失，指导老师{N}补办",
                 "{N}弹{WI}，曲目{WP}",
                 "{T}{N}来领证，{WI}良好",
                 "{N}与{N}同一考场，{WV}",
                 "{N}{AGE}，{WI}、{WI}双报",
                 "{N}（小名{NK}）{WI}八级",
                 "{SH}送考{N}等{NUM}人"]),
    "road_maintenance": dict(
        roles="护路员 养路工 道班工 报告人 村民 司机 肇事者 巡路员".split(),
        groups=dict(
            D="落石 车辙 路损 雷击 边坡垮塌 冰雪路面".split(),
            P="柏油路 路基 路肩 路面 砂石路 水泥路 边沟 路灯 白线 黄线 单车道 毛石挡墙 花岗岩路缘石 施工牌 龙门架".split(),
            M="柳工装载机 徐工压路机 石子 黄土 石灰 冷补料 方量 超载车 农用车 道班房 公路段 路政 管养".split()),
        heads="护路员名单： 本月出勤： 路损报告： 轮班表： 道班人员".split(),
        trades="道班 养护站 公路段 路政中队".split(),
        codes="K X Y".split(),
        fields=["护路员：{N}", "报告人：{N}", "电话：{PH}", "路段：{RD}{C}", "病害：{WD}",
                "面积：{NUM}平方", "日期：{T}", "机械：{WM}", "费用：{A}", "备注：{CL}"],
        clauses=["护路员{N}（{P}）报告{RD}{C}处{WP}出现{WD}",
                 "{T}{N}、{N}清理{WD}，用{WM}",
                 "{N}的{WM}压坏{WP}，让其赔{A}",
                 "{N}，{AGE}，负责{P}至{P}段",
                 "村民{N}在{WP}上晒粮，已劝离",
                 "{N}与{N}轮班，{WP}{NUM}公里",
                 "{PL}司机{N}撞坏{WP}",
                 "{N}反映{WP}积水，{WP}堵塞",
                 "{N}请假，由{N}代班",
                 "{N}{PH}，{WD}"]),
    "rabies_clinic": dict(
        roles="伤者 患者 就诊者 受种者 被咬者 监护人 家长 犬主 陪同人".split(),
        groups=dict(
            A="金毛 柯基 哈士奇 田园犬 边牧 马犬 黄狗 白猫 狸花猫 比熊 柴犬 秋田犬 蓝猫 花斑狗".split(),
            B="左上臂 左手 左小腿 左臀 左脚踝".split(),
            V="成大疫苗 华兰生物 康华生物 卓谊生物 全程 全程接种 单剂 巩固针 冷链 冷藏箱 温度记录 卫健委 包扎".split()),
        heads="今日就诊： 第三针未到： 三级暴露： 接种登记： 留观名单".split(),
        trades="宠物医院 犬舍 宠物店 养犬场".split(),
        codes="QB YM JZ".split(),
        fields=["伤者：{N}", "监护人：{N}", "犬主：{N}", "电话：{PH}", "伤处：{WB}",
                "致伤动物：{WA}", "疫苗：{WV}", "批号：{C}", "接种日期：{T}", "费用：{A}", "备注：{CL}"],
        clauses=["伤者{N}，{AGE}，{T}被{WA}咬伤{WB}",
                 "{N}（{P}）被邻居{N}家的{WA}抓伤，犬主{N}付费",
                 "{N}第{NUM}针{T}，{WV}批号{C}",
                 "{N}、{N}母子同被{WA}咬",
                 "监护人{N}代小孩{NK}签字",
                 "{N}{PH}，未按时打第三针",
                 "{T}{N}与{N}一同就诊，{WV}",
                 "{N}{AGE}，{WB}二级暴露，{WV}",
                 "{N}说{WA}已打过疫苗",
                 "{SH}店员{N}被{WA}咬"]),
    "car_repair": dict(
        roles="车主 送修人 客户 驾驶人 当事人 取车人 报案人".split(),
        groups=dict(
            M="丰田 马自达 吉利 哈弗 解放J6 江淮 江铃 金杯 雷克萨斯 路虎 柳汽 欧拉".split(),
            P="叶子板 冷凝器 尾门 左前门 左后轮 白车身 冷却液 万向节 方向机 高压包 火花塞 原厂件 拆车件 金属漆 珠光白".split(),
            S="施救 平安保险 太平洋保险 国寿财险 拖车 事故车 车架号 常规保养".split()),
        heads="今日进厂： 待取车： 事故车登记： 欠款名单： 保养提醒".split(),
        trades="汽修厂 修理部 汽配 快修".split(),
        codes="WX BX JC".split(),
        fields=["车主：{N}", "送修人：{N}", "电话：{PH}", "车牌：{PL}", "车型：{WM}",
                "项目：{WP}、{WP}", "工单：{C}", "进厂：{T}", "预估：{A}", "保险：{WS}", "备注：{CL}"],
        clauses=["车主{N}，{PL}，{WM}送修，换{WP}",
                 "{N}驾驶{WM}与{N}的{WM}追尾，{WS}定损",
                 "{T}{N}来取车，{N}代付{A}",
                 "{N}{PH}，{WP}异响",
                 "送修人{N}称{WP}在{SH}换过",
                 "{P}{N}的{WM}由{SH}拖回",
                 "{N}和{N}两车刮擦，{WS}",
                 "{N}{AGE}，{WM}保养，换{WP}",
                 "{N}欠{A}未结，担保人{N}",
                 "{PL} {N} {WM}"]),
}
for _d in _DOMAIN_SPEC.values():
    _d["words"] = [w for g in sorted(_d["groups"]) for w in _d["groups"][g]]

# Public notices: titles, offices, what the listed persons are, extra body parts.
_PUBLIC_SPEC = {
    "well_drilling": ("关于{Y}年度灌溉机井管护补助发放的公示|关于{P}新打机井许可的公示|机井报装受理情况公告",
                      "乡水利站|县水利局|镇农业农村办", "符合机井管护补助条件"),
    "photo_studio": ("关于照相馆顾客信息登记检查情况的公示|行政处罚信息公示（照相馆）",
                     "县市场监督管理局|市场监管所", "底片费退还对象"),
    "dry_cleaning": ("洗染业消费纠纷调解结果公示|关于干洗店洗坏衣物赔偿的公告",
                     "消费者协会|市场监管所", "获赔消费者"),
    "chess_rooms": ("棋牌室治安管理处罚信息公示|关于取缔无证棋牌室的公告|涉赌举报奖励发放公示",
                    "县公安局治安大队|派出所|县文化和旅游局", "举报奖励对象"),
    "martial_arts_school": ("寄宿制武术学校学生资助名单公示|武术学校伤害事故处理公告",
                            "县教育和体育局|镇中心学校", "拟资助学生"),
    "hospital_escorts": ("医疗护理员（陪护员）培训合格名单公示|陪护纠纷处理结果公示",
                         "县卫生健康局|县人民医院|县人社局", "培训合格人员"),
    "homecoming_coaches": ("返乡专列报名名单公示|春节返乡包车补贴发放公示",
                           "县人社局|县交通运输局|镇劳务站", "补贴对象"),
    "outdoor_rescue": ("关于{P}驴友走失搜救情况的通报|户外救援费用分担公示",
                       "县应急管理局|县文广旅局|景区管委会", "被救助人员"),
    "arts_grading": ("社会艺术水平考级合格名单公示|艺术考级证书领取公告",
                     "县文化馆|县文化和旅游局", "考级合格人员"),
    "road_maintenance": ("乡村护路员公益岗位拟聘人员公示|农村公路路损赔偿公告",
                         "县交通运输局|乡公路管理站|镇人民政府", "拟聘人员"),
    "rabies_clinic": ("犬伤预防处置费用减免名单公示|犬只伤人事件处理公告",
                      "县卫生健康局|县疾控中心|犬伤门诊", "费用减免对象"),
    "car_repair": ("机动车维修投诉处理结果公示|行政处罚信息公示（汽修厂）",
                   "县交通运输局|县市场监督管理局|运管所", "投诉人"),
}

# English exports: a title, role words, domain terms (many hold a pinyin surname).
_EN_SPEC = {
    "well_drilling": ("WELL PERMIT", "Applicant Owner Householder Keeper".split(),
                      ["deep-well pump", "Wanxiang joint", "Huangtu layer", "Shuili station",
                       "well casing", "Gao-lift pump", "Lovol tractor", "Jinggai cover"]),
    "photo_studio": ("PHOTO PICKUP", "Customer Client Collector Parent".split(),
                     ["Kodak paper", "Fuji print", "white background (Bai Di)", "Canon EOS",
                      "passport photo", "Lan Di blue", "Gongting portrait"]),
    "dry_cleaning": ("LAUNDRY TICKET", "Customer Member Complainant Collector".split(),
                     ["cashmere coat", "Lee jeans", "Rongchang Laundry", "Xiangwang cleaner",
                      "mink collar", "silk qipao"]),
    "chess_rooms": ("MAHJONG ROOM CHECK", "Operator Tenant Reporter Owner".split(),
                    ["mahjong table", "Zhuang (banker)", "Zha Jinhua", "Niu Niu", "private room",
                     "Hongzhong mahjong"]),
    "martial_arts_school": ("WUSHU SCHOOL", "Student Trainee Parent Guardian Coach".split(),
                            ["Chen-style Taiji", "Yang-style Taiji", "Hung Gar", "Choy Li Fut",
                             "Wing Chun", "Sanda", "Wudang sword"]),
    "hospital_escorts": ("ESCORT ROSTER", "Escort Caregiver Patient Relative".split(),
                         ["Kangfu ward", "ICU", "day shift", "hyperbaric oxygen", "Omron monitor",
                          "feeding tube"]),
    "homecoming_coaches": ("HOMECOMING COACH", "Passenger Driver Leader Worker".split(),
                           ["Yutong coach", "King Long bus", "Higer coach", "high-speed rail",
                            "charter fee"]),
    "outdoor_rescue": ("HIKE FILING", "Hiker Leader Guide Reporter Member".split(),
                       ["Blue Sky Rescue", "Qinling ridge", "Wugong Mountain", "Taibai trail",
                        "Huashan", "thermal drone"]),
    "arts_grading": ("ARTS GRADING", "Candidate Examinee Parent Teacher".split(),
                     ["Guzheng", "Erhu", "Liuqin", "Zhongruan", "Yan-style calligraphy",
                      "Ouyang-style script", "Jasmine Flower"]),
    "road_maintenance": ("ROAD PATROL", "Worker Reporter Keeper Driver".split(),
                         ["K12+300", "Liugong loader", "Xugong roller", "road shoulder",
                          "pothole", "Baiyou (asphalt)"]),
    "rabies_clinic": ("BITE CLINIC", "Patient Victim Guardian Owner Bitten".split(),
                      ["Chengda vaccine", "Hualan", "Kanghua", "Golden Retriever", "Corgi", "Husky",
                       "Border Collie", "Shiba"]),
    "car_repair": ("WORKSHOP JOB", "Owner Driver Customer Payer".split(),
                   ["Toyota", "Mazda", "Geely", "Haval", "Jiefang truck", "Lexus", "Land Rover",
                    "Ping An Insurance", "Ford Focus", "Lincoln"]),
}

_EN_WORDS = ("Grace period|Will call|Rose Garden Rd|Jack stand|Mark-up|Bill No.|May intake|"
             "Victoria Park|Sunny Photo|Lucky Star Garage|Golden Lotus|Holly Road|Dawn shift|"
             "Summer term|June batch|Crystal frame|Ivy Court|Angel Care|Hope Village|Faith Clinic|"
             "Patience fee|Pearl River|Amber alert|Joy Laundry|Chase Bank").split("|")
_EN_PLACES = ("Lijiazhuang Wangjia_Village Zhangzhuang_Town Huangshan_Rd Zhoukou Jinhua Ma'anshan "
              "Chenjiaba Liuji_Town Gaojiabu Heshun_Rd Songzhuang Hanzhong Yueyang Xuchang Shangqiu "
              "Anyang Jiaozuo Xinyang Nanyang Pingdingshan Changde Shaoyang Liuzhou Guilin Hezhou "
              "Meizhou Longyan Ji'an Jingdezhen Qujing Mengzi Leizhou Jiangyou Wenzhou Ningbo Suzhou "
              "Changzhou Jinjiang Shishi Huizhou Jiangmen Zhengzhou Dengzhou Huanggang Caoxian "
              "Shanxian Liangshan Jinxiang Gaotang Zouping").replace("_", " ").split()
_EN_PLACES = [p.replace("  ", " ") for p in _EN_PLACES]


@lru_cache(maxsize=1)
def _build():
    """All pools, built once and deterministically (no set iteration decides anything)."""
    common, cw = [], []
    for tok in _COMMON.split():
        common.append(tok[0])
        cw.append(float(tok[1:]))
    tail = [c for c in _TAIL if c not in common]
    surnames = common + tail
    weights = cw + [0.03] * len(tail)
    cum, acc = [], 0.0
    for w in weights:
        acc += w
        cum.append(acc)
    sur_chars = set(surnames) | set(_RARE)

    # places built on a surname
    suffix = "家村 家庄 庄 集 家坝 家湾 家洼 店 楼 屯 寨 营 坊 家沟 家岭 家峪 家堡 桥镇 官屯 家河".split()
    places, seen = [], set()
    rng = random.Random(2807)
    for _ in range(400):
        s = rng.choice(common[:60])
        p = s + rng.choice(suffix)
        if p not in seen:
            seen.add(p)
            places.append(p)
    places = places[:160]
    roads = ("解放路 黄河路 文化路 金水路 花园路 石桥路 龙山路 梅园路 胜利街 高新路 柳林路 向阳街 "
             "秦岭路 韩城路 宋庄路 钟楼街 平安大道 孔庙街 关帝庙街 曹庄路 马家巷 何家弄 周公路 "
             "岳飞路 文峰路 安居路 华山路 汤河路 贺兰路 武林路").split()
    cities = ("周口 郑州 邓州 黄冈 常州 温州 金华 宁波 苏州 晋江 石狮 惠州 江门 许昌 商丘 安阳 焦作 "
              "信阳 南阳 平顶山 马鞍山 景德镇 吉安 龙岩 梅州 柳州 桂林 贺州 邵阳 岳阳 常德 曲靖 "
              "蒙自 雷州 江油 韩城 宁德 华阴 汉中 易县 管城").split()
    counties = "单 曹 费 冠 梁 郓 金 沂 蒙 平 莒 高 邹 宁 武 夏 汤 温 邓 叶 范 卢 华 商 舒 岳 宋 潘 江 甘 易 石 龙 方 应 景 管".split()
    brands = {  # extra surname-bearing brands per domain, used as look-alikes of kind 'brand'
        "well_drilling": "利欧泵业 东方电缆 雷沃 新界泵业 凌霄泵业".split(),
        "photo_studio": "柯达 富士 索尼 佳能 尼康 爱普生".split(),
        "dry_cleaning": "象王 荣昌 福奈特 伊尔萨 威特斯".split(),
        "chess_rooms": "宏达麻将机 雀友 金华麻将机 江苏雀圣".split(),
        "martial_arts_school": "李宁 安踏 双星 回力 鸿星尔克".split(),
        "hospital_escorts": "欧姆龙 鱼跃 可孚 乐心 海氏海诺".split(),
        "homecoming_coaches": "宇通 金龙 海格 安凯 中通".split(),
        "outdoor_rescue": "骆驼 探路者 凯乐石 牧高笛 北面".split(),
        "arts_grading": "珠江钢琴 星海 雅马哈 敦煌古筝 金雀".split(),
        "road_maintenance": "柳工 徐工 龙工 三一 山推".split(),
        "rabies_clinic": "成大 华兰 康华 卓谊 智飞".split(),
        "car_repair": "丰田 马自达 吉利 哈弗 江淮 金杯 路虎 雷克萨斯".split(),
    }
    # officials (public role; public_notice only): a fixed pool, made with their own generator
    orng = random.Random(2808)
    officials = []
    while len(officials) < 48:
        s = orng.choices(surnames, cum_weights=cum)[0]
        o = s + orng.choice(_GEN) + orng.choice(_G_M + _G_F)
        if o not in officials and o not in _BLOCK:
            officials.append(o)
    return dict(surnames=surnames, cum=cum, common=common, sur_chars=sur_chars, places=places,
                roads=roads, cities=cities, counties=counties, brands=brands, officials=officials,
                domain_words={d: tuple(_DOMAIN_SPEC[d]["words"]) for d in DOMAINS})


# ---------------------------------------------------------------------------------------------
# Name generators
# ---------------------------------------------------------------------------------------------

def _surname(rng, P):
    x = rng.random()
    if x < 0.955:
        return rng.choices(P["surnames"], cum_weights=P["cum"])[0]
    if x < 0.985:
        return rng.choice(_RARE)
    return rng.choice(_COMPOUND)


def _given(rng):
    y = rng.random()
    if y < 0.27:
        return rng.choice(_G_M + _G_F)
    if y < 0.55:
        return rng.choice(_GEN) + rng.choice(_G_M + _G_F)
    if y < 0.68:
        return rng.choice(_WORD_NAMES)
    if y < 0.80:
        return rng.choice(_OLD)
    if y < 0.90:
        return rng.choice(_MODERN)
    return rng.choice(_G_M + _G_F) + rng.choice(_G_M + _G_F)


def _han(rng, P):
    return _surname(rng, P) + _given(rng)


def _nick(rng, P):
    plain = [c for c in _G_M + _G_F if c not in P["sur_chars"]]
    y = rng.random()
    if y < 0.3:
        return rng.choice(_NICK_FIXED)
    c = rng.choice(plain)
    if y < 0.5:
        return "小" + c
    if y < 0.65:
        return c + c
    if y < 0.8:
        return "阿" + c
    return c + rng.choice("娃妮丫蛋")


def _old_woman(rng, P):
    h, o = rng.choice(P["common"][:70]), rng.choice(P["common"][:70])
    if h == o:
        o = "王" if h != "王" else "李"
    if rng.random() < 0.6:
        return h + o + "氏"
    return h + o + rng.choice(_GEN) + rng.choice(_G_F)


_UY_M = ("买买提 艾力 阿不都热合曼 吐尔逊 艾尔肯 阿迪力 帕尔哈提 麦麦提敏 阿卜杜拉 玉素甫 如孜 塔依尔 "
         "艾合买提 依明 卡德尔 库尔班 热西提 亚森 努尔买买提 阿布力孜 吾守尔 托合提 肉孜 斯拉木 牙生 "
         "依不拉音 阿力木 艾则孜 米吉提 艾尔肯江 买买提江 阿里木江").split()
_UY_F = ("阿依古丽 古丽努尔 热依拉 米热古丽 帕提古丽 祖丽菲亚 阿瓦古丽 努尔比亚 迪丽拜尔 阿米娜 布维 "
         "海丽倩木 再努尔 阿孜古丽 古再丽努尔 热孜宛古丽 美合日班 吐尼萨 萨拉买提 玛依拉").split()
_KZ_M = ("努尔兰 叶尔江 别克 叶尔兰 巴合提 达吾列提 赛力克 加林 哈力木 吐尔洪 叶尔波拉提 木拉提 "
         "马合沙提 阿斯哈尔 多斯江 哈那提 朱马汗 努尔别克 库尔曼 沙吾列提").split()
_KZ_F = "加娜尔 阿依娜 古丽巴哈尔 阿依达娜 古丽米拉 阿克丽 哈妮莎 玛丽娅 阿娜尔 努尔加玛丽 巴合古丽".split()
_TB = ("扎西 次仁 顿珠 卓玛 旺堆 格桑 央金 拉姆 达瓦 尼玛 平措 多吉 索朗 白玛 德吉 普布 边巴 洛桑 "
       "强巴 曲珍 益西 桑珠 央宗 巴桑 仁增 次旦 罗布 旦增 贡嘎 米玛 拉巴 琼达 措姆 德庆 群培 欧珠").split()
_YI_C = "吉克 阿苏 沙马 马海 阿约 海来 俄底 曲比 吉木 瓦其 阿尔 勒格 木乃 阿西 吉伍 马黑 日火 巴莫 阿各 尔古".split()
_YI_G = "阿呷 子拉 尔古 伍呷 拉博 莫色 石且 伍沙 阿牛 拉哈 阿衣 木呷 日哈 尔哈 阿果 拉则 古尔 么么 金格 阿支".split()
_MG = ("巴特尔 其木格 乌云 苏日娜 额尔敦 哈斯 朝鲁 宝音 那日苏 满都拉 吉日嘎拉 图雅 阿拉坦 乌日娜 孟和 "
       "布仁 格日乐 萨仁 巴雅尔 特木尔 毕力格 敖登 斯琴 高娃 其其格 额尔德尼 查干 青格勒 巴根 达来 "
       "呼和 白音").split()
_HUI_S = "马 回 白 哈 纳 撒 海 穆 沙 丁 冶 喇 锁 妥".split()
_JING = ("阿伊莎 法蒂麦 尔萨 穆萨 优素福 易卜拉欣 哈桑 侯赛因 阿米乃 赛力麦 海迪彻 祖白达 达吾德 尔林 "
         "叶海亚 伊斯哈格 努哈 苏莱曼 宰乃白 麦尔彦 哈立德 奥斯曼 欧麦尔 萨利哈 鲁给亚 扎克利雅").split()
_KR_S = "金 朴 崔 郑 李 姜 柳 韩 申 尹 全 玄 南 延 许 池".split()
_KR_G = ("哲洙 英顺 贞淑 成浩 明哲 顺姬 美善 永植 光日 正浩 英爱 顺女 东哲 圣浩 美兰 贤淑 龙浩 日成 "
         "昌浩 英姬 惠善 俊秀 在元 泰洙 锺国 明淑 银姬 福顺").split()
_LOCAL_S = {  # ethnic group: surnames in its usual written forms
    "壮": "韦 覃 黄 蒙 莫 卢 陆 农 黎 潘 梁 蓝 廖 罗".split(),
    "苗": "龙 吴 杨 石 麻 滕 熊 侯 欧 田".split(),
    "侗": "吴 杨 石 龙 粟 欧 潘 陆".split(),
    "布依": "韦 罗 岑 班 王 陆 黄 杨".split(),
    "土家": "田 向 覃 彭 冉 鲁 谭 舒 龚".split(),
    "羌": "余 王 杨 何 陈 周 韩 龙".split(),
    "纳西": ["和"], "白": "段 杨 赵 李 尹".split(), "畲": "蓝 雷 钟".split(),
    "满": "关 佟 那 索 富 赫".split(),
}
_LOCAL_G = ("秀兰 金凤 美琼 桂英 妹 银花 桂花 老岩 三妹 金妹 二妹 贵 福生 正昌 丽华 绍明 玉莲 光荣 "
            "阿妹 秀芬 德才 永福 春燕 木生 水英 文英 明珍 国才").split()


def _minority(rng, P):
    k = rng.randrange(17)
    sep = rng.choices(["·", "•", ".", "-", "・", ""], weights=[70, 8, 6, 4, 4, 8])[0]
    if k in (0, 1):  # Uyghur
        g = rng.choice(_UY_M if rng.random() < 0.5 else _UY_F)
        f = rng.choice([x for x in _UY_M if x != g])
        return g + sep + f if rng.random() < 0.9 else g
    if k == 2:  # Kazakh
        g = rng.choice(_KZ_M if rng.random() < 0.5 else _KZ_F)
        return g + sep + rng.choice([x for x in _KZ_M if x != g])
    if k in (3, 4):  # Tibetan
        a, b = rng.sample(_TB, 2)
        return a + b
    if k == 5:  # Yi
        return rng.choice(_YI_C) + rng.choice(_YI_G)
    if k == 6:  # Mongolian
        a, b = rng.sample(_MG, 2)
        x = rng.random()
        if x < 0.6:
            return a + b
        if x < 0.85:
            return rng.choice("包白鲍韩金") + a
        return a + sep + b
    if k == 7:  # Hui (with 经名 now and then)
        n = rng.choice(_HUI_S) + _given(rng)
        return n
    if k == 8:  # Korean
        return rng.choice(_KR_S) + rng.choice(_KR_G)
    if k == 9:  # Li
        return rng.choice("符王吉黎陈林卓羊") + "亚" + rng.choice("妹英四福运花兰弟")
    if k == 10:  # Yao
        return rng.choice("盘赵邓冯李黄沈奉") + rng.choice("金妹 二妹 贵 福生 桂英 金凤 三妹 财".split())
    if k == 11:  # Jingpo
        return (rng.choice("勒排 木然 排 岳 尚 石 董 金".split()) + rng.choice("麻腊都糯锐果路扎")
                + rng.choice("干诺南崩当甘拥卡"))
    if k == 12:  # Wa
        pre = rng.choice(["", "", "肖", "赵", "李", "陈"])
        return pre + rng.choice("岩岩叶娜") + rng.choice("嘎块兵松努保那帅三门叫妞芬拉")
    if k == 13:  # Dai
        return rng.choice(["", "", "刀", "召", "罕"]) + rng.choice("岩玉") + rng.choice("温罕香应叫儿南坎光")
    grp = rng.choice(sorted(_LOCAL_S))
    return rng.choice(_LOCAL_S[grp]) + rng.choice(_LOCAL_G)


_PY_S = ("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng "
         "Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Du Ye Cheng "
         "Su Wei Lu Ding Ren Shen Yao Cui Zhong Tan Fan Jin Shi Jia Xia Bai Zou Meng Xiong Qin Qiu Yin "
         "Xue Yan Duan Lei Hou Long Tao Gu Mao Hao Gong Shao Qian Dai Mo Kong Xiang Ouyang Sima "
         "Shangguan Zhuge").split()
_PY_G = ("Wei Fang Na Min Jing Li Qiang Lei Jun Yong Yan Jie Tao Ming Chao Xiu Ying Hua Hui Ping Gang Bo "
         "Hao Xin Yu Lin Juan Xia Hong Mei Lan Qing Feng Bin Kai Rui Ting Dan Yun Zhen Guo Jian Zhi De "
         "Wen Hai Chun Xue Yue Shu Zi Han Xuan Yi Nuo").split()
_HK_S = "Chan Wong Cheung Lau Lee Ho Ng Leung Lam Tsang Yip Tang Chow Kwok Cheng Mak Fung Tse Law Siu Chu Yeung Lo Tam Chiu Kwan Poon Hui Au".split()
_HK_G = "Tai Man Siu Ming Ka Yan Chi Keung Wing Sze Wai Kin Kwok Fai Mei Ling Yuk Lan Hoi Chun Kit Ho Yee Shing Pui Kei Hung Lok".split()
_MO_S = "Leong Lei Chan Wong Ho Lam Cheong Iong Sou Ieong Lao Kuok U Chao".split()
_MO_G = "Kuan Wa Sio Ieng Iat Kin Hou Man Choi Fong Cheng Weng Pou Chon Sam Ian Hang".split()
_TW_S = "Chang Lin Chen Huang Wu Tsai Hsu Cheng Hsieh Kuo Hung Chiu Tseng Liao Lai Chou Yeh Su Chuang Lu Chiang Ho Lo Kao Yang Chien".split()
_TW_G = "Chih Hao Mei Hua Shu Fen Ya Ting Chien Hung Ming Chieh Yu Hsuan Wei Chun Chia Hui Yi Jung Tsung Kuan Pei Ling Hsin".split()
_SG_S = "Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Seah".split()
_SG_G = "Ah Kow Siew Ling Boon Huat Wee Leng Chee Seng Mei Lin Kim Hock Beng Swee Hwee Geok Choon Eng Poh Keng Soon".split()
_EN_G = ("Kevin Amy Tony Jason Vivian Cindy Eric Michael Grace Helen Jenny Alice Sunny Leo Ivy Frank "
         "Winnie Kelvin Candy Raymond Stanley Ken Jacky Angela Cherry Bella Daisy Ryan Nancy Peter "
         "Sandy Wendy Vincent Derek Joyce Rita Oscar Crystal Ben").split()


def _english(rng):
    k = rng.randrange(12)
    s = rng.choice(_PY_S)
    g1, g2 = rng.choice(_PY_G), rng.choice(_PY_G).lower()
    two = g1 + g2 if rng.random() < 0.65 else g1
    if k == 0:
        return f"{s} {two}"
    if k == 1:
        return f"{two} {s}"
    if k == 2:
        return f"{s.upper()} {two}"
    if k == 3:
        return rng.choice([f"{s.upper()}, {two}", f"{s}, {two}", f"{s.upper()} {two.upper()}"])
    if k == 4:
        return rng.choice([f"{s} {g1} {g2.capitalize()}", f"{s} {g1}-{g2}"])
    if k == 5:
        ini = g1[0] + "." + (g2[0].upper() + "." if rng.random() < 0.5 else "")
        return rng.choice([f"{ini} {s}", f"{s} {ini}", f"{s.upper()} {ini}"])
    if k == 6:  # Hong Kong
        hs, a, b = rng.choice(_HK_S), rng.choice(_HK_G), rng.choice(_HK_G)
        return rng.choice([f"{hs} {a} {b}", f"{hs.upper()} {a}-{b.lower()}", f"{a} {b} {hs}",
                           f"{rng.choice(_EN_G)} {hs} {a}-{b.lower()}"])
    if k == 7:  # Macao
        ms, a, b = rng.choice(_MO_S), rng.choice(_MO_G), rng.choice(_MO_G)
        return rng.choice([f"{ms} {a} {b}", f"{ms.upper()} {a} {b}"])
    if k == 8:  # Taiwan, Wade-Giles
        ts, a, b = rng.choice(_TW_S), rng.choice(_TW_G), rng.choice(_TW_G)
        return rng.choice([f"{ts} {a}-{b.lower()}", f"{a}-{b.lower()} {ts}", f"{ts.upper()}, {a.upper()}-{b.upper()}"])
    if k == 9:  # Singapore
        ss, a, b = rng.choice(_SG_S), rng.choice(_SG_G), rng.choice(_SG_G)
        return rng.choice([f"{ss} {a} {b}", f"{ss.upper()} {a} {b}"])
    # English given name with a Chinese family name
    e = rng.choice(_EN_G)
    return rng.choice([f"{e} {s}", f"{s}, {e}", f"{e} {s.upper()}", f"{s} {e}"])


# ---------------------------------------------------------------------------------------------
# Look-alike and filler generators
# ---------------------------------------------------------------------------------------------

_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _date(rng):
    y = rng.choice([2025, 2026])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    f = rng.randrange(10)
    s = [f"{y}年{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}", f"{m}月{d}日", f"{m}.{d}",
         f"{m:02d}/{d:02d}", f"{y % 100}年{m}月{d}号", f"{y}/{m}/{d}", f"{m}月{d}号",
         f"{y}年{m}月{d}日"][f]
    if f == 9:
        s = s.translate(_FW)
    return s


def _date_en(rng):
    y, m, d = rng.choice([2025, 2026]), rng.randint(1, 12), rng.randint(1, 28)
    mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {mon} {y}",
                       f"{mon} {d}, {y}", f"{y}/{m}/{d}", f"{y}{m:02d}{d:02d}"])


_CAPS = "壹佰元整 贰佰伍拾元 叁佰元整 伍佰元整 陆佰捌拾元 捌佰元整 壹仟贰佰元整 贰仟元整 叁仟元整 肆佰伍拾元".split()


def _amount(rng):
    v = rng.choice([30, 50, 80, 120, 150, 200, 260, 300, 350, 480, 600, 800, 1200, 1500, 2800, 3600, 12000])
    f = rng.randrange(8)
    return [f"{v}元", f"¥{v:,}.00", f"{v}元整", rng.choice(_CAPS), f"{v}块", f"RMB {v}",
            f"{v}.00元", f"￥{v}"][f]


def _amount_en(rng):
    v = rng.choice([30, 50, 80, 120, 200, 350, 600, 1200, 2800])
    return rng.choice([f"CNY {v}.00", f"RMB{v:,}", f"¥{v}", f"{v} yuan"])


def _code(rng, prefixes):
    p = rng.choice(prefixes)
    if p in ("K", "X", "Y"):
        return rng.choice([f"K{rng.randint(1, 80)}+{rng.randint(0, 9)}{rng.randint(0, 9)}0",
                           f"{p}{rng.randint(1, 300):03d}线", f"K{rng.randint(1, 80)}+{rng.randint(100, 999)}"])
    sep = rng.choice(["", "-", "", "_"])
    n = rng.randint(3, 11)
    digits = "".join(str(rng.randint(0, 9)) for _ in range(n))
    return p + sep + digits


_PROV = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate(rng):
    body = "".join(rng.choice("0123456789" * 4 + _LET) for _ in range(5))
    if rng.random() < 0.15:
        body = rng.choice("DF") + "".join(str(rng.randint(0, 9)) for _ in range(5))
    return rng.choice(_PROV) + rng.choice(_LET) + rng.choice(["", "·", " ", "-", ""]) + body


_ORG = {"well_drilling": "水字", "photo_studio": "市监罚字", "dry_cleaning": "市监罚字",
        "chess_rooms": "公(治)行罚决字", "martial_arts_school": "教体字", "hospital_escorts": "卫健发",
        "homecoming_coaches": "人社字", "outdoor_rescue": "应急字", "arts_grading": "文旅字",
        "road_maintenance": "交运字", "rabies_clinic": "卫健发", "car_repair": "交运字"}


def _doc(rng, P, org=None):
    org = org or rng.choice(["水字", "公(治)行罚决字", "市监罚字", "卫健发", "交运字", "教体字", "文旅字",
                             "应急字", "人社字", "政办发"])
    br = rng.choice(["〔〕", "[]", "（）", "【】", "〔〕"])
    return f"{rng.choice(P['counties'])}{org}{br[0]}{rng.choice([2025, 2026])}{br[1]}{rng.randint(1, 160)}号"


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _uscc(rng):
    body = "92" + "".join(rng.choice("0123456789") for _ in range(6)) + "".join(
        rng.choice(_USCC) for _ in range(9))
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(_USCC.index(c) * w[i] for i, c in enumerate(body))
    return body + _USCC[(31 - s % 31) % 31]


def _phone(rng):
    a = rng.choice(["13", "15", "18", "17", "19", "16"]) + str(rng.randint(0, 9))
    b, c = f"{rng.randint(0, 9999):04d}", f"{rng.randint(0, 9999):04d}"
    f = rng.randrange(7)
    s = [a + b + c, f"{a}-{b}-{c}", f"{a} {b} {c}", f"0{rng.randint(310, 938)}-{rng.randint(2, 8)}{b}{c[:2]}",
         f"尾号{c}", a + b + c, f"{a}{b}{c}"][f]
    if rng.random() < 0.08:
        s = s.translate(_FW)
    return s


def _age(rng):
    n = rng.randint(4, 86)
    return rng.choice([f"{n}岁", f"{n}周岁", f"{n}岁", f"{n}", f"年龄{n}"])


def _title(rng, P):
    s = rng.choice(P["common"][:60])
    x = rng.random()
    if x < 0.2:
        return "老" + s
    if x < 0.35:
        return "小" + s
    return s + rng.choice(_TITLES)


def _masked(rng, P):
    return rng.choice(P["common"][:60]) + rng.choice(["某", "某某", "*", "**", "××", "某某"])


def _shop(rng, P, dom):
    s = rng.choice(P["common"][:60])
    t = rng.choice(_DOMAIN_SPEC[dom]["trades"])
    return rng.choice([f"{s}记{t}", f"{s}氏{t}", f"老{s}{t}", f"{s}家{t}",
                       f"{rng.choice(['鑫隆', '宏达', '金盾', '华安', '顺发', '永兴', '康宁'])}{t}"])


# ---------------------------------------------------------------------------------------------
# Remark assembly
# ---------------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{([A-Z]+)\}")
_NAME_SLOTS = {"N", "NH", "NS", "NK", "NW", "EN", "NJ"}
_TYPOS = [("登记", "登计"), ("已经", "以经"), ("联系", "连系"), ("身份证", "身分证"), ("电话", "电活"),
          ("押金", "压金"), ("已", "以"), ("签字", "签子"), ("维修", "维休"), ("报名", "报明"),
          ("争执", "争持"), ("协商", "协调商"), ("结算", "节算"), ("未到", "末到"), ("要求", "要球")]


class _State:
    """Uniqueness across the whole set: planted names and every accepted text."""

    def __init__(self, officials=()):
        self.officials = set(officials)
        self.off_text = "\x00".join(officials)
        self.used = set()
        self.maxlen = 2
        self.corpus = ""

    def ok_name(self, cand, mine):
        if len(cand) < 2 or cand in self.used or cand in _BLOCK or cand in self.corpus:
            return False
        if any(cand in m or m in cand for m in mine) or cand in self.off_text:
            return False
        L = len(cand)
        return not any(cand[i:j] in self.used or cand[i:j] in self.officials
                       for i in range(L) for j in range(i + 2, L + 1))

    def clean_text(self, text):
        n, used, top = len(text), self.used, self.maxlen
        for i in range(n):
            for j in range(i + 2, min(n, i + top) + 1):
                if text[i:j] in used:
                    return False
        return True

    def accept(self, names, text):
        self.used.update(names)
        if names:
            self.maxlen = max(self.maxlen, max(len(x) for x in names))
        self.corpus += "\x00" + text


class _Ctx:
    def __init__(self, rng, P, st, family, dom, mode):
        self.rng, self.P, self.st, self.family, self.dom, self.mode = rng, P, st, family, dom, mode
        self.names, self.looks = [], []  # looks: (string, kind)
        self.house = None

    def name(self, gen):
        for _ in range(60):
            c = gen()
            if self.st.ok_name(c, self.names):
                self.names.append(c)
                return c
        raise _Retry

    def look(self, s, kind):
        self.looks.append((s, kind))
        return s


class _Retry(Exception):
    pass


def _fill_slot(slot, cx):
    rng, P, dom = cx.rng, cx.P, cx.dom
    if slot in _NAME_SLOTS and cx.mode == "none":
        k = rng.random()
        if k < 0.5:
            return cx.look(_title(rng, P), "title")
        if k < 0.85:
            return cx.look(_masked(rng, P), "masked")
        return cx.look(_shop(rng, P, dom), "shop")
    if slot == "EN":
        return cx.name(lambda: _english(rng))
    if slot == "N":
        if cx.mode == "minority":
            return cx.name(lambda: _minority(rng, P) if rng.random() < 0.9 else _han(rng, P))
        if cx.mode == "english":
            return cx.name(lambda: _english(rng))
        r = rng.random()
        if r < 0.05:
            return cx.name(lambda: _minority(rng, P))
        if r < 0.08:
            return cx.name(lambda: _old_woman(rng, P))
        return cx.name(lambda: _han(rng, P))
    if slot == "HUI":
        return cx.name(lambda: rng.choice(_HUI_S) + _given(rng))
    if slot == "NH":
        if cx.mode == "minority":
            return _fill_slot("N", cx)

        def gen():
            s, g = _surname(rng, P), rng.choice(_GEN)
            cx.house = (s, g)
            return s + g + rng.choice(_G_M)
        return cx.name(gen)
    if slot == "NS":
        if cx.house is None or cx.mode == "minority":
            return _fill_slot("N", cx)
        s, g = cx.house
        return cx.name(lambda: s + g + rng.choice(_G_M + _G_F))
    if slot == "NK":
        return cx.name(lambda: _nick(rng, P))
    if slot == "NW":
        return cx.name(lambda: _old_woman(rng, P))
    if slot == "NJ":  # a Hui person's 经名 next to the name on the ledger
        return cx.name(lambda: rng.choice(_JING))
    if slot == "W":
        return cx.look(rng.choice(_DOMAIN_SPEC[dom]["words"]), "domain")
    if slot[0] == "W" and len(slot) == 2:
        return cx.look(rng.choice(_DOMAIN_SPEC[dom]["groups"][slot[1]]), "domain")
    if slot == "P":
        return cx.look(rng.choice(P["places"]), "place")
    if slot == "RD":
        return cx.look(rng.choice(P["roads"]), "place")
    if slot == "CT":
        return cx.look(rng.choice(P["cities"]), "place")
    if slot == "SH":
        return cx.look(_shop(rng, P, dom), "shop")
    if slot == "BR":
        return cx.look(rng.choice(P["brands"][dom]), "brand")
    if slot == "T":
        if cx.family != "public_notice" and rng.random() < 0.3:  # a relative day, not a date
            return rng.choice(["昨天", "今早", "上午", "下午", "前天", "当晚", "今天", "周末"])
        return cx.look(_date(rng), "date")
    if slot == "ED":
        return cx.look(_date_en(rng), "date")
    if slot == "C":
        return cx.look(_code(rng, _DOMAIN_SPEC[dom]["codes"]), "code")
    if slot == "A":
        return cx.look(_amount(rng), "amount")
    if slot == "EA":
        return cx.look(_amount_en(rng), "amount")
    if slot == "PL":
        return cx.look(_plate(rng), "plate")
    if slot == "DOC":
        return cx.look(_doc(rng, P, _ORG[dom] if rng.random() < 0.8 else None), "doc")
    if slot == "USCC":
        return cx.look(_uscc(rng), "code")
    if slot == "TI":
        return cx.look(_title(rng, P), "title")
    if slot == "MK":
        return cx.look(_masked(rng, P), "masked")
    if slot == "O":
        return cx.look(rng.choice(P["officials"]), "official")
    if slot == "EW":
        return cx.look(rng.choice(_EN_SPEC[dom][2]), "en_domain")
    if slot == "EX":
        return cx.look(rng.choice(_EN_WORDS), "en_word")
    if slot == "EP":
        return cx.look(rng.choice(_EN_PLACES), "en_place")
    if slot == "R":
        return rng.choice(_DOMAIN_SPEC[dom]["roles"])
    if slot == "ER":
        return rng.choice(_EN_SPEC[dom][1])
    if slot == "REL":
        return rng.choice(_RELS)
    if slot == "PH":
        return _phone(rng)
    if slot == "OPH":
        return f"0{rng.randint(310, 938)}-{rng.randint(2, 8)}{rng.randint(0, 999999):06d}"
    if slot == "AGE":
        return _age(rng)
    if slot == "EAGE":
        return rng.choice([f"age {rng.randint(5, 80)}", f"{rng.randint(5, 80)} y/o", f"({rng.randint(5, 80)})"])
    if slot == "NUM":
        return str(rng.randint(2, 12))
    if slot == "Y":
        return rng.choice(["2025", "2026"])
    raise KeyError(slot)


def _roughen(tmpl, rng):
    """A clerk's hand on the literal text (slots untouched): widths, spaces, a typo."""
    if rng.random() < 0.18:
        cands = [t for t in _TYPOS if t[0] in _SLOT.sub("", tmpl)]
        if cands:
            a, b = rng.choice(cands)
            parts = _SLOT.split(tmpl)  # even indices literal
            for i in range(0, len(parts), 2):
                if a in parts[i]:
                    parts[i] = parts[i].replace(a, b, 1)
                    break
            tmpl = "".join(p if i % 2 == 0 else "{" + p + "}" for i, p in enumerate(parts))
    if rng.random() < 0.3:
        tmpl = tmpl.replace("：", rng.choice([":", ": ", " :", "： "]))
    if rng.random() < 0.2:
        tmpl = tmpl.replace("，", rng.choice([",", ", ", " "]))
    if rng.random() < 0.15:
        tmpl = tmpl.replace("（", "(").replace("）", ")")
    if rng.random() < 0.06:
        tmpl = tmpl.replace("，", "，，", 1)
    return tmpl


def _expand(tmpl, cx, depth=0):
    out = []
    last = 0
    for m in re.finditer(r"\{(CL|ECL)\}", tmpl):
        out.append(tmpl[last:m.start()])
        pool = _DOMAIN_SPEC[cx.dom]["clauses"] if m.group(1) == "CL" else _EN_CLAUSES
        if cx.mode == "none":
            pool = [c for c in pool if not re.search(r"\{N[HSKW]\}", c)]
        sub = cx.rng.choice(pool)
        out.append(_expand(sub, cx, depth + 1) if depth < 1 else sub.replace("{CL}", ""))
        last = m.end()
    out.append(tmpl[last:])
    return "".join(out)


_CUE_P = {"english_export": 0.5, "public_notice": 0.5}


def _cue(tmpl, cx):
    """Put a role word before some names that have none (a clerk's 报装人王五, 户主李四)."""
    p = _CUE_P.get(cx.family, 0.58)
    out, last = [], 0
    for m in re.finditer(r"\{(N|EN)\}", tmpl):
        out.append(tmpl[last:m.start()])
        before = "".join(out)
        if not before.rstrip(" :：").endswith(("}", "}s")) and not _is_cued(before, len(before)) and cx.rng.random() < p:
            if m.group(1) == "EN" or cx.mode == "english":
                out.append(cx.rng.choice(["{ER} ", "{ER}: ", "Mr. ", "Ms. ", "{ER} "]))
            elif cx.family == "public_notice":
                out.append(cx.rng.choice(["申请人", "户主", "受助人", "{R}", "{R}", "{REL}"]))
            else:
                out.append(cx.rng.choice(["{R}", "{R}", "{R}：", "{REL}"]))
        out.append(m.group(0))
        last = m.end()
    out.append(tmpl[last:])
    return "".join(out)


def _fill(tmpl, cx):
    tmpl = _roughen(_cue(_expand(tmpl, cx), cx), cx.rng)
    return _SLOT.sub(lambda m: _fill_slot(m.group(1), cx), tmpl)


# --- layouts for the twelve domains, minority_listing and lookalike_only ---------------------

def _clauses(cx):
    pool = _DOMAIN_SPEC[cx.dom]["clauses"]
    if cx.mode == "none":
        pool = [c for c in pool if not re.search(r"\{N[HSKW]\}", c)]
    return pool


def _lay_labelled(cx):
    rng, spec = cx.rng, _DOMAIN_SPEC[cx.dom]
    fields = spec["fields"]
    namef = [i for i, f in enumerate(fields) if "{N}" in f]
    k = rng.randint(4, 6)
    idx = set(rng.sample(range(len(fields)), min(k, len(fields))))
    idx.add(rng.choice(namef))
    parts = [fields[i] for i in sorted(idx)]
    j = rng.choice(["；", "; ", "，", "\n", " ", "  ", "|", "；\n", "。"])
    return j.join(parts)


def _lay_prose(cx):
    rng = cx.rng
    cl = rng.sample(_clauses(cx), rng.randint(2, 3))
    j = rng.choice(["，", "。", "；", " ", "。\n"])
    return j.join(cl) + rng.choice(["。", "", "。", "."])


_ITEM = ["{N}", "{N}（{P}）", "{N} {AGE}", "{N}{PH}", "{N}-{W}", "{N} {W} {A}", "{N}({W})", "{P}{N}",
         "{N}，{W}", "{N}/{PH}", "{N}", "{N}{W}", "{W}：{N}", "{N} {W}"]


def _lay_list(cx):
    rng, spec = cx.rng, _DOMAIN_SPEC[cx.dom]
    head = rng.choice(spec["heads"]) if rng.random() < 0.8 else ""
    k = rng.randint(2, 4)
    fmt = rng.choice(_ITEM) if rng.random() < 0.6 else None
    items = [fmt or rng.choice(_ITEM) for _ in range(k)]
    num = rng.random()
    if num < 0.25:
        items = [f"{i + 1}.{x}" for i, x in enumerate(items)]
    elif num < 0.35:
        items = ["①②③④⑤⑥"[i] + x for i, x in enumerate(items)]
    j = rng.choice(["、", "，", "；", "\n", " ", "/", "; "])
    tail = ("；" + "{CL}") if rng.random() < 0.35 else ""
    if head and not head.endswith("：") and rng.random() < 0.5:
        head += "\n"
    return head + j.join(items) + tail


_CELLS = ["{N}", "{PH}", "{P}", "{W}", "{T}", "{A}", "{C}", "{W}", "{SH}", "{AGE}", "{W}", "{W}、{W}"]


def _lay_joined(cx):
    rng = cx.rng
    rows = []
    for _ in range(rng.randint(1, 2)):
        cells = ["{N}"] + rng.sample(_CELLS[1:], rng.randint(3, 4))
        if rng.random() < 0.3:
            cells.insert(rng.randint(1, len(cells)), "{N}")
        if rng.random() < 0.3:
            i = rng.randrange(len(cells))
            cells[i] = cells[i] + "\n" + rng.choice(["{PH}", "{W}", "{N}", "{T}"])
        if rng.random() < 0.5:
            rng.shuffle(cells)
        rows.append(cells)
    j = rng.choice(["|", "\t", " / ", "  ", "｜", "，", "||"])
    rj = rng.choice(["\n", "；", " || ", "\n"])
    return rj.join(j.join(r) for r in rows)


def _lay_log(cx):
    rng = cx.rng
    n = rng.randint(2, 3)
    out = []
    for c in rng.sample(_clauses(cx), n):
        c = c.replace("{T}", "")
        out.append("{T}" + rng.choice([" ", "：", "，", "", " "]) + c)
    return rng.choice(["；", "\n", "。", " ", "\n"]).join(out)


_LAYOUTS = (_lay_labelled, _lay_prose, _lay_list, _lay_joined, _lay_log)


def _domain_remark(cx):
    rng = cx.rng
    tmpl = rng.choice(_LAYOUTS)(cx)
    if cx.mode == "none" and rng.random() < 0.5:  # denser look-alikes, no person at all
        tmpl += rng.choice(["；{W}、{W}，{P}{SH}", "。{TI}说{W}在{RD}", "（{BR}，{W}）{T}",
                            "；{SH}{MK}，{W}{A}", "，{CT}{W}，{C}"])
    elif cx.mode == "minority" and rng.random() < 0.1:
        tmpl += rng.choice(["；{HUI}（经名{NJ}）", "，{HUI}，经名：{NJ}"])
    elif cx.mode != "none" and rng.random() < 0.2:
        tmpl += rng.choice(["；{BR}", "（{W}）", "，{TI}经手", "。{W}", "；{W}、{W}"])
    return _fill(tmpl, cx)


# --- public notices --------------------------------------------------------------------------

_PN_FACT = {
    "photo_studio": "该店擅自留存顾客{WP}底片并对外展示",
    "dry_cleaning": "该店以{WS}为由拒绝赔偿洗坏的{WC}",
    "chess_rooms": "该场所设{WM}{NUM}台，容留他人以{WG}方式赌博",
    "car_repair": "该厂以{WP}冒充原厂件，维修{WM}多台",
}
_PN_ITEMS = ["{N}（{P}）", "{N}，{A}", "{N}", "{N}（监护人：{N}）", "{P}{N}", "{N} {W}", "{N}、{N}（合户）",
             "{N}（{REL}{N}代领）", "{N}（{W}）", "{N}，{W}，{A}", "{W}：{N}"]
_PN_EXTRA = [
    "公示期间，{N}提出异议，称{N}家{W}已废弃，经核实情况属实，予以撤销。",
    "{N}之妻{N}代为申请，已提交委托书。",
    "现场核验见证人：{N}、{N}。",
    "举报人{N}反映的{W}问题已查实。",
    "{N}已于{T}去世，补助由其子{N}领取。",
    "监护人{N}代{N}签领。",
    "{N}对{W}认定有异议，已受理复核。",
    "本次涉及{P}{N}等{NUM}户，{W}共计{A}。",
    "证人{N}证实，{SH}负责人{MK}已整改。",
]
_PN_FOOT = [
    "公示期：{T}至{T}。如有异议，请向{OFF}反映，联系人：{O}，电话：{OPH}。",
    "审核人：{O}  复核人：{O}",
    "村委会主任（签字）：{O}",
    "经办人：{O}　{OFF}　{T}",
    "{OFF}（盖章）\n{T}",
    "监督电话：{OPH}（联系人{O}）",
]


def _public_remark(cx):
    rng, dom = cx.rng, cx.dom
    titles, offices, what = _PUBLIC_SPEC[dom]
    off = rng.choice(offices.split("|"))
    title = rng.choice(titles.split("|"))
    if "处罚" in title or (dom in ("chess_rooms", "photo_studio", "dry_cleaning", "car_repair") and rng.random() < 0.3):
        body = ("{DOC}\n当事人：{SH}，经营者：{MK}，统一社会信用代码：{USCC}。\n"
                "违法事实：经群众{N}举报，" + _PN_FACT.get(dom, "该店{W}不符合规定") + "，证人{N}在场。"
                "\n处罚内容：罚款{A}。处罚机关：OFFICE，决定日期：{T}。")
        body = rng.choice([body, body.replace("证人{N}在场", "当事人承认")])
    else:
        items = [rng.choice(_PN_ITEMS) for _ in range(rng.randint(2, 4))]
        intro = rng.choice([f"经本人申请、村委会评议、OFFICE审核，以下{{NUM}}名{what}，现予公示：",
                            f"{what}名单如下：", f"现将{what}公示如下：\n", "{DOC}\n"])
        body = intro + rng.choice(["、", "；", "\n", "，"]).join(items) + "。"
    extras = rng.sample(_PN_EXTRA, rng.choice([0, 1, 1, 2]))
    foots = rng.sample(_PN_FOOT, rng.randint(1, 3))
    tmpl = title + rng.choice(["\n", " ", "："]) + body + "".join(extras) + "\n" + "\n".join(foots)
    tmpl = tmpl.replace("OFFICE", off).replace("{OFF}", off)
    return _fill(tmpl, cx)


# --- English exports -------------------------------------------------------------------------

_EN_CLAUSES = [
    "{EN} and {EN} share the {EW}",
    "picked up by {EN} (wife)",
    "{EN}, {EAGE}, tel {PH}",
    "Complainant {EN} says the {EW} was damaged",
    "{EN} will call back after {ED}",
    "{ED} {EN} paid {EA}",
    "{EN} from {EP}",
    "Contact: {EN} / {PH}",
    "{EN}'s {EW}, see {C}",
    "{EX}; {EN} to confirm",
    "{EN} (mother of {EN})",
    "{EN} replaced {EN} on {ED}",
    "{EN}, child's nickname {NK}",
    "Contact (联系人): {N}",
    "{EN} {PH} {EP}",
]


def _english_remark(cx):
    rng, dom = cx.rng, cx.dom
    title = _EN_SPEC[dom][0]
    k = rng.randrange(5)
    if k == 0:
        f = ["Ref: {C}", "{ER}: {EN}", "Tel: {PH}", "From: {EP}", "Item: {EW}", "Date: {ED}",
             "Amount: {EA}", "Note: {ECL}", "Plate: {PL}", "{EX}"]
        pick = [f[1]] + rng.sample([x for x in f if x != f[1]], rng.randint(3, 6))
        body = rng.choice([" | ", "; ", "\n", ", "]).join(pick)
    elif k == 1:
        body = rng.choice([". ", "; ", ". "]).join(rng.sample(_EN_CLAUSES, rng.randint(2, 3))) + "."
    elif k == 2:
        its = [rng.choice(["{EN}", "{EN} ({EP})", "{EN} {PH}", "{EN}, {EAGE}", "{EN} - {EW}"])
               for _ in range(rng.randint(3, 5))]
        if rng.random() < 0.4:
            its = [f"{i + 1}) {x}" for i, x in enumerate(its)]
        body = "{ER}s: " + rng.choice(["; ", ", ", "\n", " / "]).join(its)
    elif k == 3:
        rows = []
        for _ in range(rng.randint(1, 3)):
            c = ["{EN}"] + rng.sample(["{EP}", "{EW}", "{ED}", "{EA}", "{PH}", "{C}", "{EX}"], rng.randint(3, 4))
            if rng.random() < 0.3:
                c.append("{EN}")
            rows.append(rng.choice(["\t", "|", ",", " | "]).join(c))
        body = "\n".join(rows)
    else:
        ev = rng.sample(_EN_CLAUSES, rng.randint(2, 3))
        body = rng.choice(["\n", "; "]).join("{ED} " + e.replace("{ED} ", "") for e in ev)
    lead = rng.choice([f"[{title}] ", f"{title} export | ", "", f"{title}\n"])
    tmpl = lead + body
    if rng.random() < 0.35:
        tmpl += rng.choice([" ({EX})", " -- {EW}", " @ {EP}", " [{PL}]"])
    return _fill(tmpl, cx)


# ---------------------------------------------------------------------------------------------

def _allocate(n, rng):
    raw = {f: WEIGHTS[f] * n for f in FAMILIES}
    cnt = {f: int(raw[f]) for f in FAMILIES}
    rest = n - sum(cnt.values())
    for f in sorted(FAMILIES, key=lambda f: (-(raw[f] - cnt[f]), FAMILIES.index(f)))[:rest]:
        cnt[f] += 1
    seq = [f for f in FAMILIES for _ in range(cnt[f])]
    rng.shuffle(seq)
    return seq


def _valid(text, names, looks):
    spans = []
    for nm in names:
        if text.count(nm) != 1:
            return False
        i = text.find(nm)
        spans.append((i, i + len(nm)))
    for lk, _ in looks:
        if not lk or lk not in text:
            return False
        i = text.find(lk)
        while i != -1:
            if any(i < b and a < i + len(lk) for a, b in spans):
                return False
            i = text.find(lk, i + 1)
    return True


def _one(family, rng, P, st):
    dom = family if family in DOMAINS else rng.choice(DOMAINS)
    mode = {"english_export": "english", "minority_listing": "minority",
            "lookalike_only": "none"}.get(family, "han")
    for _ in range(200):
        cx = _Ctx(rng, P, st, family, dom, mode)
        try:
            if family == "public_notice":
                text = _public_remark(cx)
            elif family == "english_export":
                text = _english_remark(cx)
            else:
                text = _domain_remark(cx)
        except _Retry:
            continue
        text = text.strip()
        if family != "lookalike_only" and not cx.names:
            continue
        if not _valid(text, cx.names, cx.looks) or not st.clean_text(text):
            continue
        looks, seen = [], set()
        for s, k in cx.looks:
            if s not in seen:
                seen.add(s)
                looks.append((s, k))
        st.accept(cx.names, text)
        r = Remark(text=text, family=family, names=list(cx.names),
                   lookalikes=[s for s, _ in looks], public_officials=family in PUBLIC_FAMILIES)
        return r, looks
    raise RuntimeError(f"could not build a {family} remark")


def _make(n, seed):
    P = _build()
    rng = random.Random(seed)
    st = _State(P["officials"])
    out = []
    for fam in _allocate(n, rng):
        out.append(_one(fam, rng, P, st))
    return out


def make_remarks(n: int = 2000, seed: int = 2828) -> list[Remark]:
    """The frozen set: n remarks, deterministic in (n, seed)."""
    return [r for r, _ in _make(n, seed)]


def _is_cued(text, start):
    before = text[:start].rstrip(" \t\u3000:：=＝")
    if before.endswith(("为", "是", "叫")):
        before = before[:-1]
    return any(before.endswith(c) for c in _CUES_ZH) or any(before.endswith(c) for c in _CUES_EN)


def summary(n: int = 2000, seed: int = 2828) -> dict:
    """Counts for the datasheet and the report (not used by the contract tests)."""
    pairs = _make(n, seed)
    fam = {}
    names = cued = looks = dom = 0
    kinds = {}
    for r, lk in pairs:
        f = fam.setdefault(r.family, dict(remarks=0, names=0, uncued=0, lookalikes=0, domain=0))
        f["remarks"] += 1
        for nm in r.names:
            c = _is_cued(r.text, r.text.find(nm))
            f["names"] += 1
            f["uncued"] += not c
            names += 1
            cued += c
        for s, k in lk:
            kinds[k] = kinds.get(k, 0) + 1
            f["lookalikes"] += 1
            looks += 1
            if k == "domain":
                f["domain"] += 1
                dom += 1
    return dict(names=names, uncued_share=round(1 - cued / max(names, 1), 3), lookalikes=looks,
                domain_share=round(dom / max(looks, 1), 3), kinds=kinds, families=fam)
