"""Frozen remarks set, tenth edition: free-text spreadsheet cells with planted person names.

What it is
    A generator of Chinese (and some English) cells of the kind the free-text columns of office
    spreadsheets hold: 低保/特困 listings exported from provincial systems (备注, 家庭成员情况,
    致贫原因, 核查情况, 变更记录, 代领/委托, 入户调查记录), 临时救助/医疗救助/残疾人补贴 approval
    notes, and 行政处罚 spreadsheets (当事人, 违法事实, 处罚依据/结果, 执行情况, 案件来源) of
    市场监管, 城管, 交通, 生态环境, 自然资源, 卫健, 文旅 and 应急.  Each cell is a ``Remark``
    carrying the names of the private persons in it (each must be gone after de-identification)
    and look-alikes (substrings that must survive).  It is a BLIND, FROZEN test set: no detector
    rule may be tuned on it; it measures how the detector generalises to text nobody on the
    detector side wrote.

Who wrote it, and what was read
    Written in one sitting by a helper session on branch h-remarks10 (2026-12-05), from its own
    knowledge of Chinese administrative spreadsheets; the pools (surnames with census-like
    frequencies, given names of four generations, minority names, places, shops, brands, laws,
    titles, masked forms) and the phrasing templates are its own.  Read: /work/notes/brief.md;
    the headings of /work/shared/reference/DOMAIN.md and its section "Personal data in public
    listings" (the ID check digit used for the ID numbers in the cells comes from there); lines
    165-180 of benchmarks/frozen/remarks.py for the ``Remark`` dataclass (that range also shows
    the last two lines of a gazette-appointment template tuple of that file; nothing was taken
    from them).  Not read: src/gongkai/deid/, benchmarks/bench_names.py, benchmarks/tuned/,
    benchmarks/README.md, the other files of benchmarks/frozen/, name/deid tests, any name list
    of the repository, git history.  The detector was never run on these cells.  Slips: none;
    the closing ``duplicates --change --base main`` run printed paths (only) of earlier editions
    and of one file under benchmarks/tuned/ as same-shape matches; none was opened.

Families (WEIGHTS sum to 2,000 cells)
    See FAMILIES.  ``public_notice`` is the one public family (公示 and 决定书: officials named in
    their public role are look-alikes, private persons in it are still names).
    ``lookalike_only`` has no personal name at all.  In every name family NO_NAME_SHARE (0.1) of
    the cells name nobody: every person slot is written masked (王某, 李某某, 张**, 刘×, 赵*明,
    孙○○, 周XX, 吴某甲) or as surname + title (王师傅, 老李, 小张, 陈阿姨, 刘大夫, 周书记).

Surface forms of the names
    Cells that are only a name or open with one; names in member lists with relation, age
    (68岁, 68, 68周岁, （68）), health and schooling; names right after dates (2023.5.12张伟申请);
    relatives sharing the household surname (children, grandchildren, brothers, 叔叔) and Uyghur/
    Kazakh children carrying the father's name; one-character given names (about a quarter);
    generation-typical given names (桂英, 建国, 卫东, 婷婷, 子轩, 梓涵); rare (禤 佴 仉 笪 缑 …)
    and compound surnames (欧阳 司马 上官 诸葛 万俟 …); names that are ordinary words (高峰 金星
    江山 白雪 夏天 向阳 黎明 方圆 …); minority names: Uyghur and Kazakh with ·, •, ・, ．, ., ‧, -
    or no dot, Tibetan, Mongolian, Yi, Dai, Hui, Zhuang, Korean, Miao; some traditional
    characters (張偉, 陳國華); names padded inside (张　伟, 张 伟) or outside with full-width
    spaces; names before 之子/之女/夫妇/户/家/等人/的 and after the particles 与 和 及 向 给 对 被 将
    把 同 由 经 让 替 跟 找 问; staff (村干部, 社工, 执法人员, 承办人) who are private in a
    non-public cell; names beside phone and ID numbers (written plainly; those are other
    detectors' business).  English cells: pinyin in many orders and cases (Zhang Wei, Wei Zhang,
    ZHANG Wei, ZHANG WEI, zhang wei, Zhang, Wei, Xiao-ming Zhang, Zhu-Ge Fang), apostrophes
    (Cao Zi'ang), Lü/Lyu/Lv, Cantonese romanisation (CHAN Siu Ming, Ho Lai-chu), minority
    romanisations, and Hanzi inside English text (王秀英 (Wang Xiuying): both are names).  Messy
    cells join two to four notes with ；; | / newlines (also CRLF), mix full- and half-width
    characters, add stray spaces and may be truncated.

Look-alikes
    Villages, roads, bridges, schools, universities, counties and cities named after surnames or
    people (王家庄, 李家湾, 中山路, 张衡路, 逸夫小学, 左权县, 靖宇县, 尚志市, 石家庄市); shops,
    companies and brands after families or people (张记烧饼店, 老王家常菜馆, 杨国福麻辣烫, 王老吉,
    张小泉剪刀, 胡庆余堂, 杜康酒, 许昌李氏实业有限公司); agencies, banks and scenic spots (金华市
    市场监督管理局, 黄河农商银行, 岳飞庙, 詹天佑纪念馆); law titles holding such words
    (中华人民共和国食品安全法); public figures in public phrases (雷锋精神, 毛泽东思想,
    习近平新时代中国特色社会主义思想, 孔子学院); masked persons and surname + title; officials in
    public cells; and a vocabulary of ordinary words of these spreadsheets that begin with a
    surname character (LOOKALIKE_WORDS: 高血压, 常年, 金额, 周边, 安全, 孙子, 母亲, 和睦, 于是,
    向日葵, 房屋, 林地, 经营, 许可, 来源 …; LOOKALIKE_WORDS_EN: Long-term, He said, Xi'an, Zhongshan
    Road …), recorded wherever they occur outside a name.  A word seen only inside a name (孙子
    in 孙子轩) is part of the name and is not recorded.

Contract (checked for every cell while generating, and by tests/test_frozen_remarks_v10.py)
    every name occurs exactly once in its cell and neither overlaps nor contains (nor is
    contained in) another name or a look-alike; every look-alike occurs in its cell; no string
    is a name in one cell and a look-alike in another; public_officials is True exactly in
    PUBLIC_FAMILIES.

Mix at the defaults (``describe(make_remarks())``)
    family              cells  names  lookalikes  with_name
    dibao_members         260    679         696        234
    dibao_notes           220    313         393        198
    dibao_changes         180    258         185        162
    home_visit            180    355         350        162
    relief_approval       170    242         259        153
    penalty_party         170    182         302        153
    penalty_facts         220    286         699        198
    penalty_outcome       150    177         164        135
    english_export        150    273          84        135
    messy_joined          150    307         129        135
    public_notice          80     91         346         72
    lookalike_only         70      0         175          0
    total                2000   3163        3782       1737
"""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Callable

from .remarks import Remark

VERSION = "frozen-remarks-10 (2026-12-05)"

FAMILIES: dict[str, str] = {
    "dibao_members": "低保/特困 家庭成员情况: members with relation, age, health, school, work",
    "dibao_notes": "低保 备注 / 致贫原因 / 核查情况 / 代领 and 委托 notes",
    "dibao_changes": "低保 变更记录: dates, reasons, deaths, new 户主, 分户, 增减员",
    "home_visit": "入户调查记录 written by 村干部 or 社工 (every person private)",
    "relief_approval": "临时救助 / 医疗救助 / 残疾人补贴 approval notes and 审批意见",
    "penalty_party": "行政处罚 当事人 column: persons, 个体户 字号, companies and their 负责人",
    "penalty_facts": "行政处罚 违法事实: long prose (经查, 当事人…于…在…) across eight agencies",
    "penalty_outcome": "行政处罚 处罚依据 / 处罚结果 / 执行情况 / 案件来源 (举报人, 承办人)",
    "english_export": "English-language export columns: pinyin names in many orders, Hanzi inside",
    "messy_joined": "notes joined by ；| / newlines, width mixes, padded names, IDs, truncation",
    "public_notice": "公示 and 决定书 text: officials in public role are look-alikes",
    "lookalike_only": "cells with no personal name: places, shops, masked persons, ordinary words",
}

WEIGHTS: dict[str, int] = {
    "dibao_members": 260,
    "dibao_notes": 220,
    "dibao_changes": 180,
    "home_visit": 180,
    "relief_approval": 170,
    "penalty_party": 170,
    "penalty_facts": 220,
    "penalty_outcome": 150,
    "english_export": 150,
    "messy_joined": 150,
    "public_notice": 80,
    "lookalike_only": 70,
}

NAME_FAMILIES: frozenset[str] = frozenset(f for f in FAMILIES if f != "lookalike_only")
PUBLIC_FAMILIES: frozenset[str] = frozenset({"public_notice"})
NO_NAME_SHARE = 0.1

# ---------------------------------------------------------------------------------------------
# Surnames.  Weights are per ten thousand people, roughly as the large census tables rank them;
# the long tail, rare single-character and compound surnames are drawn at boosted rates so that
# a 2,000-cell set holds enough of them to say something.
# ---------------------------------------------------------------------------------------------
_COMMON_SURNAMES = (
    "王710 李700 张670 刘540 陈450 杨310 黄220 赵210 吴200 周190 徐160 孙150 马140 朱130 胡130 "
    "郭120 何120 林110 高110 罗100 郑98 梁90 谢80 宋70 唐70 许70 韩65 邓65 冯65 曹60 彭60 曾60 "
    "肖60 田50 董50 潘50 袁50 蔡50 蒋50 余45 于45 杜45 叶45 程45 魏40 苏40 吕40 丁40 任40 卢37 "
    "姚37 沈37 钟35 姜35 崔35 谭33 陆33 范30 汪30 廖30 石30 金30 韦30 贾30 夏27 付27 方27 邹25 "
    "熊25 白25 孟25 秦25 邱24 侯24 江24 尹23 薛22 闫22 段22 雷22 龙20 黎20 史20 陶20 贺20 毛20 "
    "郝20 顾20 龚18 邵18 万18 覃17 武17 钱17 戴17 严17 莫16 孔15 向15 常15 汤15 康14 易14 乔13 "
    "赖13 文13 施12 洪12 牛12 樊12 葛11 邢11 安11 齐10 伍10 庞10 颜10 倪10 温10 庄10 聂10 章10"
)
_TAIL_SURNAMES = (
    "鲁岳翟殷詹申耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳"
    "管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫"
    "米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈"
    "匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉"
    "禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭"
    "况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植"
    "衡富尧闭由"
)
_RARE_SURNAMES = "禤操佴仉笪訾缑蒯逄隗宓郗郦璩乜厍钭暨羿"
_COMPOUND_SURNAMES = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 长孙 宇文 端木 南宫 西门 独孤 "
    "呼延 万俟 轩辕 钟离 申屠 澹台 闾丘 第五 百里 左丘 公冶 濮阳"
).split()

_COMMON = [(tok[0], int(tok[1:])) for tok in _COMMON_SURNAMES.split()]
_MAIN_SURNAMES = [s for s, _ in _COMMON] + list(_TAIL_SURNAMES)
_MAIN_WEIGHTS = [w for _, w in _COMMON] + [4] * len(_TAIL_SURNAMES)
SURNAME_CHARS = frozenset(_MAIN_SURNAMES) | frozenset(_RARE_SURNAMES)
_COMMON_LIST = [s for s, _ in _COMMON]
_COMMON_W = [w for _, w in _COMMON]
_COMMON_SET = frozenset(_COMMON_LIST)

# ---------------------------------------------------------------------------------------------
# Given names by generation (0 born before 1960, 1 the 1960s-70s, 2 the 1980s-90s, 3 after 2005).
# ---------------------------------------------------------------------------------------------
_GIVEN = {
    (0, "m"): "德福 福贵 长贵 有才 建国 振华 永福 根生 水生 德胜 来福 春生 连生 满囤 铁柱 守仁 金山 "
              "玉山 树林 宝山 广才 占山 万福 德明 廷玉 景山 克俭 世昌 玉成 宝贵 长林 庆余 福 财 贵 "
              "山 发 顺 满仓 二柱 锁柱 存孝 秉义 治国 兴旺 老五 富 堂",
    (0, "f"): "桂英 秀英 玉兰 凤英 淑珍 秀兰 桂兰 玉珍 凤兰 翠花 金凤 素芬 秋菊 冬梅 秀芝 玉梅 桂芝 "
              "桂香 银花 兰英 凤霞 淑英 桂荣 秀珍 玉芬 素珍 翠英 春兰 月英 美兰 淑兰 凤 兰 英 珍 "
              "二妮 小脚 巧云 招娣 来娣 引弟 改花 俊英",
    (1, "m"): "建军 卫东 红卫 跃进 建平 建设 志强 国强 爱国 立新 卫国 学军 东风 建华 建伟 国栋 海波 "
              "晓东 振宇 永刚 文革 胜利 保国 红军 庆华 军 伟 勇 强 杰 涛 斌 刚 峰 磊 波 辉 健 华 "
              "向东 援朝 抗美 卫兵 建新 永生 宏伟 长江",
    (1, "f"): "红梅 丽华 秀梅 丽娟 春梅 爱华 红英 小红 永红 建英 卫红 晓燕 丽丽 春燕 玉红 桂芳 艳 "
              "敏 静 红 芳 霞 燕 娟 萍 琴 玲 梅 慧 秀云 彩霞 凤琴 淑芬 美玲 翠萍",
    (2, "m"): "伟 强 磊 洋 勇 杰 涛 超 鹏 飞 浩 宇 帅 亮 鑫 俊杰 晓明 志远 文博 浩然 宇轩 海涛 "
              "天宇 家豪 博文 子健 俊 凯 斌 旭 晨光 振华 建波 永强 伟东 明杰 少华 国辉",
    (2, "f"): "芳 娜 敏 静 丽 艳 娟 霞 婷婷 丹丹 晶晶 莉莉 晨 欣 倩 雪 琳 佳 颖 雨涵 佳怡 欣怡 "
              "梦瑶 雅琪 思雨 晓雪 璐 瑶 蕾 丹 春燕 晓丽 美娟 小芳 玉洁 慧敏",
    (3, "m"): "子轩 浩宇 梓轩 宇航 一鸣 沐阳 奕辰 锦程 俊熙 皓轩 睿泽 梓晨 子墨 沐辰 承泽 铭宇 宇泽 "
              "俊宇 天佑 博睿 宸 煜 泽 轩 思远 嘉豪 梓睿 宇辰 昊然 浩轩",
    (3, "f"): "梓萱 诗涵 若汐 欣妍 可馨 语桐 思彤 雨桐 嘉懿 一诺 依诺 安琪 欣悦 梓涵 芷若 若曦 子涵 "
              "紫涵 雨萱 可欣 诗琪 梦琪 悦 萱 彤 梓琪 语嫣 沐晴 伊涵 欣然",
}
_GIVEN = {k: v.split() for k, v in _GIVEN.items()}

# Full names that are ordinary words.  None of them is ever a look-alike in this set.
_WORDLIKE_NAMES = (
    "高峰 金星 江山 林海 白雪 夏天 常青 方圆 文静 石磊 向阳 黎明 田野 宁静 安宁 凌云 成功 齐心 "
    "马力 方正 白云 高原 江涛 柳青 杨柳 林立 高尚 丁香 周全 华夏 海燕 江南 雷鸣 苏醒 万里 钟声 "
    "武功 金钟 洪亮 冷静 甘甜 高明"
).split()

_TRADITIONAL = dict(zip(
    "张陈刘黄赵吴孙马郑谢许韩邓冯肖钟叶杨罗卢苏汤龙国华伟丽兰凤贵荣东红军杰涛辉宝长庆发顺万广学爱卫"
    "鹏飞晓兴达梦诗语锦铭泽轩陆刚胜财进丰义亲贤俭凯鸣钱乔庄严莲云",
    "張陳劉黃趙吳孫馬鄭謝許韓鄧馮蕭鍾葉楊羅盧蘇湯龍國華偉麗蘭鳳貴榮東紅軍傑濤輝寶長慶發順萬廣學愛衛"
    "鵬飛曉興達夢詩語錦銘澤軒陸剛勝財進豐義親賢儉凱鳴錢喬莊嚴蓮雲",
))

# ---------------------------------------------------------------------------------------------
# Minority names.  Uyghur and Kazakh names are own name + father's name joined by a dot whose
# glyph varies by typist; the others are written as one unit or in Han style.
# ---------------------------------------------------------------------------------------------
_UYGHUR_M = ("艾合买提 买买提 阿不都热合曼 吐尔逊 艾力 努尔艾力 吐尔洪 依明 肉孜 艾买尔 阿布拉 托乎提 "
             "艾尔肯 卡德尔 玉素甫 热合曼 亚森 伊斯拉木 吾买尔 麦麦提敏 阿迪力 艾克拜尔 司马义 "
             "努尔买买提 阿卜杜克力木 吐尔地 克然木").split()
_UYGHUR_F = ("阿依古丽 古丽娜尔 热依拉 帕提古丽 迪丽努尔 阿依努尔 布合力其木 古丽米热 热娜古丽 "
             "米热古丽 再努尔 阿米娜 海力其汗 祖丽胡玛尔 努尔古丽 罕古丽 阿孜古丽 吐尼萨汗").split()
_KAZAKH_M = ("叶尔兰 努尔兰 别克 哈力克 赛力克 木拉提 叶尔肯 加肯 别克波拉提 达吾列提 吾拉孜别克 "
             "托列吾汗 哈那提 巴合提 阿斯哈尔 叶尔江 沙吾提 胡安德克").split()
_KAZAKH_F = "阿依达娜 哈丽旦 加娜尔 古丽巴合提 玛依拉 阿依古力 哈米拉 娜孜古丽 阿依江 巴合提古丽".split()
_TIBETAN = ("次仁多吉 扎西顿珠 卓玛 央金 格桑梅朵 洛桑旦增 尼玛次仁 达瓦卓玛 拉巴次仁 白玛央宗 旦增曲珍 "
            "边巴 普布扎西 索朗旺姆 德吉 次仁卓嘎 平措 巴桑 群培 琼达 仁增 强巴 曲珍 次旦 顿珠 "
            "边巴次仁 拉姆 桑珠 益西 达娃 贡觉 措姆 多布杰").split()
_MONGOL = ("巴特尔 其其格 乌兰图雅 阿拉坦仓 朝鲁门 苏和 额尔敦 娜仁花 宝音图 敖其尔 哈斯 图门 "
           "萨仁高娃 孟和巴雅尔 巴雅尔图 乌日娜 特木尔巴根 其木格 吉日嘎拉 巴图 额尔登巴雅尔 苏日娜 "
           "那仁格日勒 宝力道 满都拉 阿古达木 乌云其木格 包巴特尔 白音仓").split()
_YI = ("阿西木呷 吉克阿依 阿苦日哈 马海木呷 吉木子哈 俄地阿各 曲比阿呷 阿的子体 沙马阿支 海来日作 "
       "勒格依木 吉伍木呷 阿牛阿依 比尔拉哈 吉克伍沙 阿说木呷 日火阿果 曲木伍各 吉史拉哈 沙马伍呷").split()
_DAI = "岩温 岩罕 岩香 岩应 玉香 玉应罕 玉南 岩拉 玉波 岩罕胆 玉坎 岩吞 玉万".split()
_HUI_SURNAMES = "马 纳 哈 沙 海 撒 丁 穆 白 喇 者 拜 洪 杨".split()
_HUI_GIVEN = "福祥 占林 秀兰 玉梅 尔撒 哈桑 文德 忠义 海龙 麦尔燕 伊布拉 有福 秀珍 国良 阿依舍 尔里".split()
_ZHUANG_SURNAMES = "韦 覃 黄 莫 陆 蓝 农 蒙 梁 廖 潘 卢".split()
_ZHUANG_GIVEN = "达英 达芳 美娟 金凤 日升 振朝 桂华 月兰 秀莲 光荣 天保 爱芬 土生 春桃 文英".split()
_KOREAN = [("朴", "顺姬 英哲 明浩 贞淑 光洙 哲浩 美善".split()), ("金", "春花 永哲 顺子 明植 英爱".split()),
           ("崔", "成植 玉顺 哲洙 惠英".split()), ("郑", "明淑 光日 英子".split())]
_MIAO_SURNAMES = "龙 石 吴 杨 麻 侯 滕".split()
_MIAO_GIVEN = "老四 金花 阿妹 家保 秀花 志勇 光明 银珠 腊梅".split()
_NATIONS = {
    "uyghur": "维吾尔族", "kazakh": "哈萨克族", "tibetan": "藏族", "mongol": "蒙古族", "yi": "彝族",
    "dai": "傣族", "hui": "回族", "zhuang": "壮族", "korean": "朝鲜族", "miao": "苗族",
}
_MINORITY_WEIGHTS = {"uyghur": 6, "kazakh": 3, "tibetan": 5, "mongol": 4, "yi": 4, "dai": 2,
                     "hui": 5, "zhuang": 5, "korean": 2, "miao": 2}
_DOTS = ["·"] * 12 + ["•"] * 2 + ["・"] * 2 + ["．"] * 2 + ["."] * 2 + ["‧", "-", ""]

# ---------------------------------------------------------------------------------------------
# Look-alikes.
# ---------------------------------------------------------------------------------------------
# Ordinary words of these spreadsheets that begin with a surname character.  Every one found in
# a finished cell is recorded as a look-alike (they must survive de-identification).
LOOKALIKE_WORDS: tuple[str, ...] = tuple(dict.fromkeys("""
高血压 高血脂 高龄 高温 高速 高考 高中 高位截瘫 白内障 白血病 白天 白色 常年 常住 常规 严重 康复 劳动
劳务 智力 双下肢 双方 金额 余额 黄金 利息 房屋 房租 危房 车辆 车主 成员 成年 家庭 家属 单位 单独 单亲
居住 居民 田地 田间 林地 林业 林木 山区 安置 安全 安排 方便 方面 方式 方案 周边 周转 周岁 马路 马上
任务 任何 于是 和睦 向日葵 明显 明确 明细 平时 平均 时间 程序 管理 管道 管护 费用 经济 经营 经常
申请 申报 计划 关于 关系 关心 关注 连续 连带 原因 原籍 文化 文件 卫生 季度 万元 尚未 全部 全家 全额
齐全 陆续 华侨 施工 项目 路口 路段 龙头 冷藏 冷库 封存 包括 包装 毕业 温度 温饱 支付 支出 应当 应急
曾经 宣传 符合 司法 农业 农村 农户 农民 幸福 能力 危险 东侧 南侧 吉祥 相关 后续 游客 公示 公共 公司
公安 公路 公益 毛收入 毛坯房 纪律 杜绝 麻将 强制 江边 梅雨 夏季 秋收 凌晨 干部 解除 解决 洪水 洪涝
左侧 左腿 石料 石头 荣誉 甘蔗 易燃 汤药 雷雨 皮肤 元旦 黄瓜 黄牛 黄河 穆斯林 米面 计算 成本 谈话
茅草 纪念 季节 路灯 童装 钟表 刁难 支援 房间 干净 丁字路口 包干 邮寄 井盖 段落 富裕 焦虑 牧区 牧民
车间 全年 仲裁 祖父 祖母 武装 景区 龙虾 司机 薄弱 宿舍 从事 屠宰 池塘 乔迁 阴雨 党员 党支部 贡献
桂花 牛奶 牛棚 边缘 庄稼 柴火 柴油 习惯 艾滋病 容易 古树 居委会 满意 国家 广场 广告 隆重 巩固 辛苦
简单 简易 沙发 丰富 查验 查处 查封 后果 权益 盖章 双胞胎 罗列 甄别 储存 储蓄 慎重 衡量 步行 章程
金融 常见 支持 时候 费县 钱款 秦岭 来源 母亲 孙子 孙女 许可 银行 商户 商品 商铺 董事 车牌 索取 计入
普通 利用 全票 相依为命 陈述 明码标价 玉米 修建 信用 简陋 支书 查获 查实 查询 陈设 门前 公告 修理 平房
楼房 文物 初中 初二 初三 高二 高三 党委 原状 黄豆 花生 水费 钟点工 闻讯 施肥 时常 洪灾 牛羊 鲜花 孔子
""".split()))
# English look-alikes: surname-like syllables in places, brands and ordinary phrases.
LOOKALIKE_WORDS_EN: tuple[str, ...] = (
    "Long-term", "long-term", "He said", "He lives", "She lives", "Hong Kong", "Xi'an", "Zhongshan Road",
    "Zhongshan Park", "Sun Yat-sen University", "Wangfujing", "Shijiazhuang", "Zhangjiakou",
    "Ma'anshan", "Huangshan", "Li Ning", "Lao Gan Ma", "Zhou Hei Ya", "Wang Laoji", "Lei Feng",
    "Mao Zedong Thought", "Confucius Institute", "Chang'an Avenue", "Jinhua", "Changzhou", "Wenzhou",
    "Xuchang", "Zhoukou", "Baiyun District", "Zhangjiajie", "Gaomi", "Yellow River",
)

# Public figures in public phrases.
_PUBLIC_PHRASES = (
    "雷锋精神 学雷锋 焦裕禄精神 毛泽东思想 邓小平理论 习近平新时代中国特色社会主义思想 孔子学院 鲁迅公园 "
    "中山公园 孙中山故居 白求恩精神 杨善洲精神 袁隆平杂交水稻 郑和下西洋 黄大年式教师团队 张思德"
).split()
_IDEOLOGY = "毛泽东思想 邓小平理论 习近平新时代中国特色社会主义思想".split()
_SPIRIT = "雷锋精神 焦裕禄精神 白求恩精神 杨善洲精神 张思德精神".split()
_SCENIC = ("岳飞庙 包公祠 杜甫草堂 李白故里 诸葛亮故居 孔庙 黄山风景区 武当山 张家界 周庄古镇 朱家角古镇 "
           "关帝庙 海瑞墓 郑成功纪念馆 林则徐纪念馆 詹天佑纪念馆 白求恩纪念馆 雷锋纪念馆 焦裕禄纪念园 "
           "钱学森图书馆 王家大院 乔家大院 常家庄园 曹雪芹纪念馆 梁祝公园").split()
_CITIES = ("金华市 许昌市 常州市 温州市 邢台市 韩城市 邓州市 雷州市 白城市 周口市 石家庄市 张家口市 "
           "马鞍山市 江门市 林州市 高密市 洪湖市 孟州市 余姚市 梅州市 杭州市 宁波市 黄冈市 龙岩市 "
           "冷水江市 安阳市 乐山市 丰城市 尚志市 中山市 子长市 曲靖市 牡丹江市 景德镇市 宜宾市 南充市 "
           "喀什市 伊宁市 日喀则市 鄂尔多斯市 凉山州 百色市 西双版纳州").split()
_COUNTIES = ("左权县 志丹县 靖宇县 汤阴县 曹县 单县 费县 郓城县 沛县 丰县 宁晋县 武陟县 温县 商水县 "
             "郸城县 方城县 罗山县 滑县 封丘县 成安县 巩义市 屯留区 易县 康乐县 岳池县 邹平市 "
             "龙门县 毛坦厂镇 苍南县 习水县 谷城县 孔家坡镇").split()
_TOWNS = ("城关镇 王集镇 李庄镇 张店镇 刘桥镇 陈集乡 杨柳青镇 黄庄镇 赵堡镇 孙家集镇 马头镇 高家堡镇 "
          "何家湾乡 朱仙镇 周家口镇 石桥镇 红旗街道 新华街道 东关街道 解放路街道 向阳街道 柴沟堡镇 "
          "金牛镇 龙泉镇 和平乡 梅花镇 安乐镇").split()
_VILLAGE_FORMS = ("{s}家庄 {s}家村 {s}庄村 {s}家湾 {s}家坪 {s}家沟 {s}岗村 {s}楼村 {s}营村 {s}寨村 "
                  "大{s}庄 小{s}村 前{s}村 后{s}村 {s}家洼 {s}集村 {s}店村 {s}圩村").split()
_PLAIN_VILLAGES = "红星村 新民村 东风村 光明村 团结村 胜利村 前进村 新河村 双塔村 幸福村 和平村 永安村".split()
_ROADS = ("中山路 中山北路 逸仙路 建国路 解放路 人民路 鲁迅路 张衡路 郑和路 左权路 靖宇街 尚志大街 黄河路 "
          "长江路 和平路 胜利街 文化路 金水路 高新路 朝阳路 秦岭路 包公路 岳飞街 孔子大道 冯玉祥路 "
          "海瑞路 詹天佑路 孙武路").split()
_ROAD_FORMS = "{s}家巷 {s}家胡同 {s}公桥 {s}家桥 {s}村路 老{s}家街".split()
_SCHOOLS = ("逸夫小学 中山中学 希望小学 鲁迅中学 雷锋小学 陶行知实验学校 邵逸夫中学 宋庆龄幼儿园 "
            "黄冈中学 衡水中学 金华一中 常州二中 周口市第三中学 许昌市实验小学 田家炳中学 曾宪梓中学 "
            "霍英东中学 詹天佑小学 孔子中学").split()
_UNIVERSITIES = ("中山大学 鲁东大学 周口师范学院 黄淮学院 许昌学院 江汉大学 常州大学 温州医科大学 "
                 "邢台学院 石家庄铁道大学 白城师范学院 毛泽东干部学院 宁夏大学 梅州职业技术学院 "
                 "郑州大学 曲阜师范大学 安阳工学院").split()
_BRANDS = ("杨国福麻辣烫 张亮麻辣烫 周黑鸭 老干妈 王老吉 张小泉剪刀 李宁专卖店 马应龙 王守义十三香 "
           "陈克明面条 刘一手火锅 黄记煌 吴裕泰茶庄 张一元茶庄 李先生牛肉面 钱大妈 海底捞 沙县小吃 "
           "兰州拉面 黄焖鸡米饭 康师傅 白象方便面 金龙鱼 雷允上药店 胡庆余堂 张仲景大药房 华佗再造丸 "
           "王致和腐乳 孔府家酒 杜康酒 刘伶醉 曾记麻辣烫 谭鸭血 杨铭宇黄焖鸡 邓记酸辣粉").split()
_SHOP_FORMS = ("{s}记烧饼店 {s}姐麻辣烫 老{s}家常菜馆 {s}师傅修车铺 {s}氏推拿 {s}记粮油店 {s}家小卖部 "
               "{s}氏五金店 老{s}烟酒店 {s}记水果店 {s}嫂饺子馆 {s}哥烧烤 {s}记牛肉面 {s}家铺子 "
               "{s}氏诊所 {s}大姐理发店 {s}记废品收购站").split()
_COMPANY_FORMS = ("{place}{s}氏实业有限公司 {place}{s}记餐饮管理有限公司 老{s}家食品厂 {s}氏建材经营部 "
                  "{place}{s}家大院农家乐 {place}鸿运{s}氏物流有限公司").split()
_PLAIN_COMPANIES = ("鑫源商贸有限公司 恒通建材有限公司 绿源养殖专业合作社 宏达砂石厂 众鑫物流有限公司 "
                    "永盛塑料制品厂 顺达汽车修理厂 华美美容美发店 天天鲜超市 金鼎化工有限公司").split()
_BANKS = ("农业银行 农村信用社 邮储银行 农商银行 建设银行 工商银行 中国银行 黄河农商银行 "
          "张家港农商银行 金华银行 温州银行 齐鲁银行 常熟农商银行 乐山商业银行").split()
_LAWS = (
    "中华人民共和国食品安全法 中华人民共和国安全生产法 中华人民共和国道路交通安全法 "
    "城市市容和环境卫生管理条例 中华人民共和国大气污染防治法 中华人民共和国土地管理法 "
    "中华人民共和国森林法 中华人民共和国矿产资源法 中华人民共和国价格法 中华人民共和国产品质量法 "
    "医疗机构管理条例 旅行社条例 导游管理办法 娱乐场所管理条例 营业性演出管理条例 中华人民共和国消防法 "
    "中华人民共和国野生动物保护法 中华人民共和国动物防疫法 公共场所卫生管理条例 中华人民共和国广告法 "
    "无证无照经营查处办法 中华人民共和国城乡规划法 中华人民共和国水污染防治法 "
    "中华人民共和国固体废物污染环境防治法 中华人民共和国行政处罚法 中华人民共和国执业医师法 "
    "社会救助暂行办法 特困人员认定办法 烟花爆竹安全管理条例 危险化学品安全管理条例 "
    "中华人民共和国文物保护法 中华人民共和国药品管理法"
).split()
_TITLES_AFTER = ("师傅 姐 哥 大爷 阿姨 奶奶 大娘 婶 老师 医生 大夫 会计 老板 主任 书记 队长 所长 站长 "
                 "总 工 嫂 叔 伯 老太 老汉 组长 网格员").split()
_TITLES_BEFORE = "老 小 老 小 阿".split()

# Other things a cell says.
_ILLNESS = ("高血压 糖尿病 脑梗后遗症 慢性肾衰竭 尿毒症 风湿性关节炎 白内障 股骨头坏死 冠心病 偏瘫 "
            "乳腺癌 先天性心脏病 脑瘫 精神分裂症 肺癌 白血病 肝硬化 帕金森病 癫痫 强直性脊柱炎 "
            "慢阻肺 严重骨质疏松 高血压三级 食道癌 红斑狼疮").split()
_DISABILITY = ("肢体残疾二级 精神残疾三级 视力残疾一级 智力残疾二级 听力残疾三级 言语残疾四级 "
               "肢体残疾一级 多重残疾一级 双下肢残疾 智力残疾一级").split()
_HEALTH = ("健康 体弱多病 常年卧床 丧失劳动能力 部分丧失劳动能力 康复治疗中 严重心脏病 高血压 糖尿病 "
           "脑梗后遗症 肢体残疾二级 精神残疾三级 视力残疾一级 智力残疾 白内障 癌症术后 聋哑 偏瘫 "
           "无劳动能力 劳动能力弱 高龄 体健 正常 一般").split()
_WORK = ("务农 在外务工 打零工 无业 待业 个体 环卫临时工 公益性岗位 护林员 保洁员 家政服务 快递员 "
         "外卖骑手 建筑工地小工 养殖 在砖厂上班 在超市做收银 学徒 灵活就业 在外地工厂打工").split()
_SCHOOLING = {  # by the age just written
    6: "学前 幼儿园大班 幼儿园小班 散居儿童".split(),
    12: "小学三年级 小学六年级 小学一年级 在校小学生 小学四年级".split(),
    15: "初二在校生 初三 初中在读 初一 已辍学".split(),
    18: "高二 高三 中职在读 技校在读 高一 已辍学".split(),
    24: "在校大学生 在读研究生 大专在读 高中毕业 技校在读".split(),
    200: "高中毕业 初中毕业 小学 文盲 大专".split(),
}
_REL_CHILD = "长子 次子 长女 次女 儿子 女儿 孙子 孙女 外孙 外孙女 三子 小女儿".split()
_REL_ANY = ("长子 次子 长女 次女 儿子 女儿 孙子 孙女 儿媳 女婿 父亲 母亲 配偶 妻子 丈夫 兄 弟 姐 妹 "
            "侄子 外甥 邻居 亲戚").split()
_HOUSES = ("土坯房 砖木结构两间 砖混平房三间 危房（C级） 租住民房 借住亲戚家 彩钢板房 窑洞 "
           "楼房一套（已抵押） 老宅年久失修").split()
_GOODS = ("白酒 食用油 大米 饮料 保健食品 儿童玩具 化妆品 散装熟食 猪肉 鸡蛋 电动自行车 烟花爆竹 "
          "农药 化肥 种子 月饼 奶粉 药品 口罩 电线").split()
_AGENCY_FORMS = ("{c}市场监督管理局 {c}城市管理综合执法局 {c}公安局交通警察大队 {c}生态环境分局 "
                 "{c}自然资源和规划局 {c}卫生健康局 {c}文化和旅游局 {c}应急管理局 {c}综合行政执法局").split()
_PROVINCE_PLATE = "鲁豫川冀晋苏浙皖闽赣湘鄂粤桂云贵陕甘宁新蒙黑吉辽"
_ID_AREAS = ("370102 410522 511123 653101 450802 130203 620102 542621 152502 513401 532801 "
             "371321 411627 640104").split()


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


_SEXED_ROLES = ("h", "o", "c", "gc", "k")   # role + "m"/"f" fixes the sex: "km" a male relative


class _Run:
    """What the whole run has used so far: a string is never a name in one cell and a
    look-alike in another."""

    def __init__(self) -> None:
        self.names: set[str] = set()
        self.lookalikes: set[str] = set()


_LOOKALIKE_SET = frozenset(LOOKALIKE_WORDS)
_LOOKALIKE_EN_SET = frozenset(LOOKALIKE_WORDS_EN)
_BANNED_NAMES = frozenset(_PUBLIC_PHRASES) | {"雷锋", "孔子", "鲁迅", "孙中山", "毛泽东", "邓小平",
                                             "习近平", "焦裕禄", "岳飞", "包拯", "李白", "杜甫",
                                             "郑和", "海瑞", "林则徐", "詹天佑", "张衡", "袁隆平"}


class _Cell:
    """A cell under construction: segments of plain text, names and look-alikes."""

    def __init__(self, rng: random.Random, run: _Run, family: str, *, public: bool, no_name: bool):
        self.rng = rng
        self.run = run
        self.family = family
        self.public = public
        self.no_name = no_name
        self.segs: list[tuple[str, str]] = []
        self.names: list[str] = []
        self.looks: list[str] = []
        self.surname: str | None = None       # the household's surname
        self.group: str | None = None         # the household's minority, if any
        self.head_given: str | None = None
        self.head_sex: str | None = None
        self.gen = 1                          # generation of the household head
        self.last_gen = 1                     # generation of the last person written (for ages)
        self.last_age: int | None = None      # the last age written (for schooling and health)
        self.last_range: tuple[int, int] | None = None   # age range of the last child written
        self.dot = _pick(rng, _DOTS)
        self.messy = family == "messy_joined"

    # -- registration ------------------------------------------------------------------------
    def look(self, s: str) -> tuple[str, str]:
        if s not in self.looks:
            self.looks.append(s)
        return ("look", s)

    def looky(self, s: str) -> tuple[str, str]:
        """A place-like string: a look-alike when it starts like a surname or names a person."""
        if s[0] in SURNAME_CHARS or s[:2] in _COMPOUND_SURNAMES or s in _PERSON_NAMED:
            return self.look(s)
        return ("fill", s)

    def _acceptable(self, name: str) -> bool:
        if len(name) < 2 or name in _BANNED_NAMES or name in self.run.lookalikes:
            return False
        if name in _LOOKALIKE_SET or name in _LOOKALIKE_EN_SET:
            return False
        for other in self.names + self.looks:
            if name in other or other in name:
                return False
        return True

    # -- people ------------------------------------------------------------------------------
    def surname_for(self, role: str) -> str:
        if role in ("k", "c", "gc") and self.surname:
            return self.surname
        return self.random_surname()

    def random_surname(self) -> str:
        r = self.rng.random()
        if r < 0.02:
            return _pick(self.rng, _COMPOUND_SURNAMES)
        if r < 0.035:
            return _pick(self.rng, _RARE_SURNAMES)
        return self.rng.choices(_MAIN_SURNAMES, _MAIN_WEIGHTS)[0]

    def person(self, role: str) -> list[tuple[str, str]]:
        """A person slot.  Roles: h head, m/f adult man/woman, o elderly parent, c child and gc
        grandchild of the head, k relative sharing the head's surname, sp spouse, p anyone, cad
        staff (a look-alike only when the cell is public), mi a minority person.  h, o, c, gc
        and k take a sex suffix ("hm", "cf").  The surname is the household's for c, gc, k."""
        self.last_range = None
        gen, sex = self._gen_sex(role)
        self.last_gen = gen
        role = role[:-1] if role[-1] in "mf" and role[:-1] in _SEXED_ROLES else role
        if role == "cad" and self.public:
            return [self._official()]
        if self.no_name:
            return [self._masked_person(role)]
        for _ in range(60):
            name = self._make_name(role, gen, sex)
            if self._acceptable(name):
                break
        else:
            raise RuntimeError(f"no acceptable name for role {role} in {self.family}")
        self.names.append(name)
        if self.messy and self.rng.random() < 0.2:
            pad = _pick(self.rng, ["　", "　　", " ", "  "])
            return [("fill", pad), ("name", name), ("fill", pad)]
        return [("name", name)]

    def _gen_sex(self, role: str) -> tuple[int, str]:
        rng = self.rng
        if role in ("m", "f"):
            return rng.choices([0, 1, 2], [3, 4, 4])[0], role
        sex = role[-1] if role[-1] in "mf" and role[:-1] in _SEXED_ROLES else _pick(rng, "mf")
        role = role[:-1] if role[-1] in "mf" and role[:-1] in _SEXED_ROLES else role
        if role == "h":
            self.gen = rng.choices([0, 1, 2], [5, 4, 2])[0]
            self.head_sex = sex
            return self.gen, sex
        if role == "o":
            self.last_range = {0: (84, 99), 2: (45, 75)}.get(self.gen, (66, 90))
            return 0, sex
        if role == "c":
            self.last_range = {0: (30, 60), 1: (10, 35), 2: (1, 17)}.get(self.gen, (1, 17))
            return min(3, self.gen + 1), sex
        if role == "gc":
            self.last_range = {0: (1, 20), 1: (1, 12)}.get(self.gen, (1, 4))
            return 3, sex
        if role == "k":
            return min(3, self.gen + rng.choice([0, 0, 1])), sex
        if role == "sp":
            return self.gen, {"m": "f", "f": "m"}.get(self.head_sex, sex)
        if role == "cad":
            return rng.choice([1, 2]), sex
        return rng.choices([0, 1, 2, 3], [3, 4, 4, 1])[0], sex

    def _make_name(self, role: str, gen: int, sex: str) -> str:
        rng = self.rng
        if role == "mi" or (self.group and role in ("k", "c", "gc", "sp")) or (
                role in ("h", "p", "m", "f") and rng.random() < 0.06):
            if role in ("h", "p", "m", "f", "mi") or self.group is None:
                group = rng.choices(list(_MINORITY_WEIGHTS), list(_MINORITY_WEIGHTS.values()))[0]
                if role in ("h", "mi") and self.group is None:
                    self.group = group
            else:
                group = self.group
            return self._minority_name(group, role, sex)
        if rng.random() < 0.025 and role not in ("c", "gc", "k"):
            name = _pick(rng, _WORDLIKE_NAMES)
        else:
            surname = self.surname_for(role)
            name = surname + _pick(rng, _GIVEN[(gen, sex)])
        if role == "h" and self.surname is None:
            self.surname = name[:2] if name[:2] in _COMPOUND_SURNAMES else name[0]
        r = rng.random()
        if r < 0.03:
            name = "".join(_TRADITIONAL.get(ch, ch) for ch in name)
        elif r < 0.05 + (0.08 if self.messy else 0) and len(name) == 2:
            name = name[0] + _pick(rng, ["　", " "]) + name[1]
        return name

    def _minority_name(self, group: str, role: str, sex: str) -> str:
        rng = self.rng
        if group in ("uyghur", "kazakh"):
            m, f = (_UYGHUR_M, _UYGHUR_F) if group == "uyghur" else (_KAZAKH_M, _KAZAKH_F)
            own = _pick(rng, m if sex == "m" else f)
            father = self.head_given if (role in ("c", "gc") and self.head_given) else _pick(rng, m)
            if role in ("h", "mi") and sex == "m" and self.head_given is None:
                self.head_given = own
            return own + self.dot + father
        if group == "tibetan":
            return _pick(rng, _TIBETAN)
        if group == "mongol":
            return _pick(rng, _MONGOL)
        if group == "yi":
            return _pick(rng, _YI)
        if group == "dai":
            return _pick(rng, _DAI)
        if group == "hui":
            return _pick(rng, _HUI_SURNAMES) + _pick(rng, _HUI_GIVEN)
        if group == "zhuang":
            return _pick(rng, _ZHUANG_SURNAMES) + _pick(rng, _ZHUANG_GIVEN)
        if group == "korean":
            s, given = _pick(rng, _KOREAN)
            return s + _pick(rng, given)
        return _pick(rng, _MIAO_SURNAMES) + _pick(rng, _MIAO_GIVEN)

    def _official(self) -> tuple[str, str]:
        for _ in range(60):
            name = self.random_surname() + _pick(self.rng, _GIVEN[(self.rng.choice([1, 2]), _pick(self.rng, "mf"))])
            if (self._acceptable(name) and name not in self.run.names):
                return self.look(name)
        raise RuntimeError("no acceptable official name")

    def _masked_person(self, role: str) -> tuple[str, str]:
        rng = self.rng
        s = self.surname_for(role)
        if role == "h" and self.surname is None:
            self.surname = s
        if role in ("p", "cad", "m", "f") and rng.random() < 0.35:
            return self.look(self.title(s))
        form = rng.choices(["某", "某某", "**", "*", "×", "××", "*明", "○○", "XX", "xx", "某甲", "某乙", "*华"],
                           [30, 25, 8, 6, 5, 3, 3, 3, 3, 2, 3, 3, 3])[0]
        if form in ("*明", "*华"):
            form = "*" + _pick(rng, "明华军英芳兰强伟红平")
        return self.look(s + form)

    def title(self, s: str) -> str:
        if s not in _COMMON_SET:      # 阿智 or 小植 would read as a nickname, not surname + title
            s = self.rng.choices(_COMMON_LIST, _COMMON_W)[0]
        if len(s) == 1 and self.rng.random() < 0.35:
            return _pick(self.rng, _TITLES_BEFORE) + s
        return s + _pick(self.rng, _TITLES_AFTER)

    # -- English people ------------------------------------------------------------------------
    def person_en(self, kind: str) -> list[tuple[str, str]]:
        rng = self.rng
        if self.no_name:
            s_hz, s_py = self._en_surname()
            form = rng.choice(["{S} **", "{s} *", "{s} X.", "Mr. {s}", "Ms. {s}", "Granny {s}",
                               "Uncle {s}", "Lao {s}", "Auntie {s}", "{S} X.X."])
            return [self.look(form.format(S=s_py.upper(), s=s_py))]  # never "Xiao Li": 肖 is a surname
        for _ in range(60):
            pair = self._en_name(kind)
            if all(self._acceptable(x) for x in pair) and (len(pair) == 1 or (
                    pair[0] not in pair[1] and pair[1] not in pair[0])):
                break
        else:
            raise RuntimeError("no acceptable English name")
        self.names.extend(pair)
        if len(pair) == 2:
            open_, close = _pick(rng, [(" (", ")"), ("（", "）"), ("/", ""), (" ", "")])
            return [("name", pair[0]), ("fill", open_), ("name", pair[1]), ("fill", close)]
        return [("name", pair[0])]

    def _en_surname(self) -> tuple[str, str]:
        return _pick(self.rng, _EN_SURNAMES)

    def _en_name(self, kind: str) -> list[str]:
        rng = self.rng
        r = rng.random()
        if kind == "mi" or r < 0.07:
            hz, py = _pick(rng, _EN_MINORITY)
            return [hz, py] if kind == "hz" else [py]
        if r < 0.13:
            hz, py = _pick(rng, _EN_CANTONESE)
            return [hz, py] if kind == "hz" else [py]
        s_hz, s_py = self._en_surname()
        g_hz, syl = _pick(rng, _EN_GIVEN)
        given = syl[0] + "".join(("'" if x[0] in "aoe" else "") + x for x in syl[1:])
        hyph = "-".join(syl) if len(syl) > 1 else given
        if s_py == "Lü":
            s_py = rng.choice(["Lü", "Lyu", "Lv", "LÜ"])
        form = rng.choices(
            ["{S} {G}", "{G} {S}", "{SU} {G}", "{SU} {GU}", "{SL} {GL}", "{S}, {G}", "{S} {H}",
             "{H} {S}", "{GU} {SU}", "{G} {SU}", "{SH} {G}"],
            [26, 16, 14, 9, 4, 5, 6, 6, 3, 7, 4])[0]
        s_h = _HYPHENATED_SURNAMES.get(s_py, s_py)
        py = form.format(S=s_py, G=given, SU=s_py.upper(), GU=given.upper(), SL=s_py.lower(),
                         GL=given.lower(), H=hyph, SH=s_h)
        if kind == "hz":
            return [s_hz + g_hz, py]
        return [py]


_HYPHENATED_SURNAMES = {"Ouyang": "Ou-Yang", "Sima": "Si-Ma", "Zhuge": "Zhu-Ge", "Shangguan": "Shang-Guan"}


_EN_SURNAMES = [tuple(x.split(":")) for x in (
    "王:Wang 李:Li 张:Zhang 刘:Liu 陈:Chen 杨:Yang 黄:Huang 赵:Zhao 吴:Wu 周:Zhou 徐:Xu 孙:Sun 马:Ma "
    "朱:Zhu 胡:Hu 郭:Guo 何:He 林:Lin 高:Gao 罗:Luo 郑:Zheng 梁:Liang 谢:Xie 宋:Song 唐:Tang 许:Xu "
    "韩:Han 邓:Deng 冯:Feng 曹:Cao 彭:Peng 曾:Zeng 肖:Xiao 田:Tian 董:Dong 潘:Pan 袁:Yuan 蔡:Cai "
    "蒋:Jiang 余:Yu 于:Yu 杜:Du 叶:Ye 程:Cheng 魏:Wei 苏:Su 吕:Lü 丁:Ding 任:Ren 卢:Lu 姚:Yao 沈:Shen "
    "钟:Zhong 姜:Jiang 崔:Cui 谭:Tan 陆:Lu 范:Fan 汪:Wang 廖:Liao 石:Shi 金:Jin 韦:Wei 贾:Jia 夏:Xia "
    "方:Fang 白:Bai 欧阳:Ouyang 司马:Sima 诸葛:Zhuge 上官:Shangguan 覃:Qin 牛:Niu 温:Wen 龙:Long"
).split()]
_EN_GIVEN = [(hz, syl.split("-")) for hz, syl in (x.split(":") for x in (
    "伟:Wei 芳:Fang 秀英:Xiu-ying 建国:Jian-guo 丽娟:Li-juan 志强:Zhi-qiang 晓明:Xiao-ming 海燕:Hai-yan "
    "桂兰:Gui-lan 子轩:Zi-xuan 梓涵:Zi-han 浩然:Hao-ran 欣怡:Xin-yi 建华:Jian-hua 玉兰:Yu-lan 德福:De-fu "
    "淑珍:Shu-zhen 国强:Guo-qiang 春梅:Chun-mei 俊杰:Jun-jie 雨桐:Yu-tong 静:Jing 磊:Lei 敏:Min 军:Jun "
    "娜:Na 勇:Yong 子昂:Zi-ang 嘉恩:Jia-en 思安:Si-an 永安:Yong-an 天爱:Tian-ai 晓鸥:Xiao-ou 国安:Guo-an "
    "明安:Ming-an 红梅:Hong-mei 卫东:Wei-dong 桂英:Gui-ying 凤兰:Feng-lan 宇航:Yu-hang 一鸣:Yi-ming "
    "诗涵:Shi-han 翠花:Cui-hua 根生:Gen-sheng 振华:Zhen-hua 丹丹:Dan-dan 雪:Xue 鹏:Peng 涛:Tao"
).split())]
_EN_CANTONESE = [tuple(x.split(":")) for x in (
    "陈小明:CHAN Siu Ming|黄家伟:WONG Ka-wai|张伟文:CHEUNG Wai Man|刘志强:LAU Chi-keung|吴美玲:NG Mei Ling|"
    "郑家豪:CHENG Ka Ho|何丽珠:Ho Lai-chu|梁志明:LEUNG Chi Ming|李嘉俊:Lee Ka-chun|林淑仪:LAM Shuk Yee|"
    "杨伟健:Yeung Wai Kin|周美华:CHOW Mei Wah"
).split("|")]
_EN_MINORITY = [tuple(x.split(":")) for x in (
    "艾合买提·吐尔逊:Aihemaiti Tuerxun|阿依古丽·买买提:Ayiguli Maimaiti|买买提·艾力:Memet Ali|"
    "热依拉·吐尔洪:Reyila Tuerhong|叶尔兰·努尔兰:Yeerlan Nuerlan|努尔兰·哈力克:Nurlan Halik|"
    "次仁多吉:Ciren Duoji|扎西顿珠:Tashi Dondrub|卓玛:Drolma|巴特尔:Bateer|其其格:Qiqige|"
    "吉克阿依:Jike Ayi|阿西木呷:Axi Muga|乌兰图雅:Wulan Tuya|达瓦卓玛:Dawa Zhuoma|"
    "古丽娜尔·阿不都拉:Gulnar Abdulla|艾尔肯·吐尔逊:Erkin Tursun|帕提古丽·肉孜:PATIGULI Rouzi"
).split("|")]

_PERSON_NAMED = frozenset(
    "中山路 中山北路 逸仙路 鲁迅路 张衡路 郑和路 左权路 靖宇街 尚志大街 冯玉祥路 海瑞路 詹天佑路 孙武路 "
    "包公路 岳飞街 孔子大道 逸夫小学 中山中学 鲁迅中学 雷锋小学 陶行知实验学校 邵逸夫中学 宋庆龄幼儿园 "
    "田家炳中学 曾宪梓中学 霍英东中学 詹天佑小学 孔子中学 中山大学 中山市 志丹县 子长市 左权县 靖宇县 "
    "尚志市".split())


# ---------------------------------------------------------------------------------------------
# Slots: {key} in a template.  Each call makes a fresh value (a person is never written twice).
# ---------------------------------------------------------------------------------------------
def _age(c: _Cell) -> str:
    lo, hi = c.last_range or {0: (63, 94), 1: (45, 64), 2: (19, 44), 3: (1, 18)}[c.last_gen]
    a = c.rng.randint(lo, hi)
    c.last_age = a
    if c.family == "english_export":
        return c.rng.choice([f"{a}", f"{a}", f"age {a}", f"{a} y/o"])
    return c.rng.choices([f"{a}岁", f"{a}", f"{a}周岁"], [6, 3, 1])[0]


def _schooling(c: _Cell) -> str:
    age = c.last_age if c.last_age is not None else c.rng.randint(6, 22)
    return _pick(c.rng, next(v for k, v in _SCHOOLING.items() if age < k))


def _date(c: _Cell) -> str:
    rng = c.rng
    y, m, d = rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return _pick(rng, [f"{y}年{m}月{d}日", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}",
                       f"{y}年{m:02d}月{d:02d}日", f"{y % 100}.{m:02d}.{d:02d}", f"{y}{m:02d}{d:02d}"])


def _ym(c: _Cell) -> str:
    y, m = c.rng.randint(2016, 2025), c.rng.randint(1, 12)
    return _pick(c.rng, [f"{y}年{m}月", f"{y}.{m:02d}", f"{y}{m:02d}", f"{y}-{m:02d}"])


def _amount(c: _Cell) -> str:
    rng = c.rng
    base = rng.choice([120, 150, 200, 260, 300, 350, 420, 480, 500, 560, 600, 800, 1000, 1200, 1500,
                       2000, 2400, 3000, 3500, 5000, 6800, 8000, 10000, 12500, 20000, 35000])
    return f"{base}" if rng.random() < 0.8 else f"{base + rng.randint(1, 99)}.{rng.randint(0, 9)}0"


def _phone(c: _Cell) -> str:
    rng = c.rng
    digits = f"1{rng.choice('3456789')}{rng.randint(0, 999999999):09d}"
    return _pick(rng, [digits, digits, f"{digits[:3]}-{digits[3:7]}-{digits[7:]}", f"{digits[:3]} {digits[3:7]} {digits[7:]}"])


def _id_number(c: _Cell) -> str:
    rng = c.rng
    body = (_pick(rng, _ID_AREAS) + f"{rng.randint(1935, 2015)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
            + f"{rng.randint(0, 999):03d}")
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def _village(c: _Cell):
    if c.rng.random() < 0.8:
        s = c.random_surname() if c.rng.random() < 0.7 else (c.surname or c.random_surname())
        return c.look(_pick(c.rng, _VILLAGE_FORMS).format(s=s))
    return c.looky(_pick(c.rng, _PLAIN_VILLAGES))


def _road(c: _Cell):
    if c.rng.random() < 0.35:
        return c.look(_pick(c.rng, _ROAD_FORMS).format(s=c.random_surname()))
    return c.looky(_pick(c.rng, _ROADS))


def _shop(c: _Cell):
    if c.rng.random() < 0.35:
        return c.look(_pick(c.rng, _BRANDS))
    return c.look(_pick(c.rng, _SHOP_FORMS).format(s=c.random_surname()))


def _company(c: _Cell):
    if c.rng.random() < 0.4:
        return c.looky(_pick(c.rng, _PLAIN_COMPANIES))
    place = _pick(c.rng, ["", "金华", "许昌", "温州", "周口", "郓城", "曹县", "白城", "常州"])
    return c.look(_pick(c.rng, _COMPANY_FORMS).format(s=c.random_surname(), place=place))


def _county(c: _Cell):
    return c.looky(_pick(c.rng, _COUNTIES + _CITIES))


def _agency(c: _Cell):
    where = _pick(c.rng, _COUNTIES + _CITIES)
    return c.looky(_pick(c.rng, _AGENCY_FORMS).format(c=where))


def _law(c: _Cell):
    law = _pick(c.rng, _LAWS)
    seg = c.look(law) if any(w in law for w in LOOKALIKE_WORDS) else ("fill", law)
    return [("fill", "《"), seg, ("fill", "》")]


def _plate(c: _Cell) -> str:
    rng = c.rng
    tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    return _pick(rng, _PROVINCE_PLATE) + rng.choice("ABCDEFGHJK") + _pick(rng, ["", "·"]) + tail


def _landline(c: _Cell) -> str:
    return f"{c.rng.choice(['0531', '0371', '0551', '0991', '0471', '0834', '0771'])}-{c.rng.randint(2000000, 8999999)}"


def _masked(c: _Cell):
    return c._masked_person("p") if c.rng.random() < 0.75 else c.look(
        c.random_surname() + c.rng.choice(["某", "某某", "**", "×"]))


def _title(c: _Cell):
    return c.look(c.title(c.random_surname()))


def _place_en(c: _Cell):
    rng = c.rng
    if rng.random() < 0.5:
        return c.look(_pick(rng, ["Zhongshan Road", "Xi'an", "Shijiazhuang", "Zhangjiakou", "Ma'anshan",
                                  "Huangshan", "Jinhua", "Changzhou", "Wenzhou", "Xuchang", "Zhoukou",
                                  "Baiyun District", "Zhangjiajie", "Gaomi", "Chang'an Avenue", "Wangfujing"]))
    s_hz, s_py = c._en_surname()
    return c.look(_pick(rng, [f"{s_py}jia Village", f"{s_py}jiazhuang", f"{s_py} Village",
                              f"{s_py}zhuang Village", f"{s_py}jiawan"]))


def _shop_en(c: _Cell):
    rng = c.rng
    s_hz, s_py = c._en_surname()
    return c.look(_pick(rng, ["Li Ning store", "Lao Gan Ma", "Zhou Hei Ya outlet", "Wang Laoji",
                              f"{s_py}'s Noodle House", f"Lao {s_py} Hardware", f"{s_py} Ji Grocery",
                              f"{s_py} Family Restaurant", "Yang Guofu Malatang", "Zhang Liang Malatang"]))


def _date_en(c: _Cell) -> str:
    rng = c.rng
    y, m, d = rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
    mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
    return _pick(rng, [f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{m}/{d}/{y}"])


_SLOTS: dict[str, Callable[[_Cell], object]] = {
    **{role: (lambda c, r=role: c.person(r)) for role in
       ("h", "hm", "hf", "m", "f", "o", "om", "of", "c", "cm", "cf", "gc", "gcm", "gcf", "k", "km", "kf", "sp", "p",
        "cad", "mi")},
    "en": lambda c: c.person_en("plain"),
    "hz": lambda c: c.person_en("hz"),
    "mien": lambda c: c.person_en("mi"),
    "mask": _masked,
    "tit": _title,
    "age": _age,
    "date": _date,
    "ym": _ym,
    "yr": lambda c: str(c.rng.randint(2016, 2025)),
    "amt": _amount,
    "inc": lambda c: str(c.rng.choice([300, 500, 600, 800, 900, 1000, 1200, 1500, 1800, 2000, 2400, 2800])),
    "mon": lambda c: str(c.rng.choice([95, 120, 150, 180, 210, 260, 300, 345, 380, 420, 460, 510, 560, 620, 700, 780, 860])),
    "num": lambda c: str(c.rng.randint(2, 9)),
    "big": lambda c: str(c.rng.randint(10, 480)),
    "phone": _phone,
    "idno": _id_number,
    "landline": _landline,
    "vil": _village,
    "town": lambda c: c.looky(_pick(c.rng, _TOWNS)),
    "county": _county,
    "road": _road,
    "school": lambda c: c.looky(_pick(c.rng, _SCHOOLS)),
    "univ": lambda c: c.looky(_pick(c.rng, _UNIVERSITIES)),
    "shop": _shop,
    "brand": lambda c: c.look(_pick(c.rng, _BRANDS)),
    "company": _company,
    "scenic": lambda c: c.look(_pick(c.rng, _SCENIC)),
    "pub": lambda c: c.look(_pick(c.rng, _PUBLIC_PHRASES)),
    "ideo": lambda c: c.look(_pick(c.rng, _IDEOLOGY)),
    "spirit": lambda c: c.look(_pick(c.rng, _SPIRIT)),
    "law": _law,
    "agency": _agency,
    "bank": lambda c: c.looky(_pick(c.rng, _BANKS)),
    "ill": lambda c: _pick(c.rng, _ILLNESS),
    "dis": lambda c: _pick(c.rng, _DISABILITY),
    "health": lambda c: _pick(c.rng, _HEALTH if (c.last_age or 70) >= 60 else _HEALTH[:-4] + ["体健", "正常"]),
    "work": lambda c: _pick(c.rng, _WORK),
    "schooling": _schooling,
    "rel": lambda c: _pick(c.rng, _REL_ANY),
    "relc": lambda c: _pick(c.rng, _REL_CHILD),
    "house": lambda c: _pick(c.rng, _HOUSES),
    "goods": lambda c: _pick(c.rng, _GOODS),
    "plate": _plate,
    "nation": lambda c: _NATIONS[c.group] if c.group else _pick(c.rng, ["汉族"] * 6 + list(_NATIONS.values())),
    "docno": lambda c: f"{_pick(c.rng, ['市监', '城管', '环', '自然资', '卫健', '文旅', '应急'])}罚字〔{c.rng.randint(2019, 2025)}〕{c.rng.randint(1, 399)}号",
    "uscc": lambda c: "91" + "".join(c.rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16)),
    "placeen": _place_en,
    "shopen": _shop_en,
    "dateen": _date_en,
    "healthen": lambda c: _pick(c.rng, ["bedridden", "hypertension", "disabled (grade 2)", "diabetes",
                                        "stroke sequelae", "healthy", "mental disability", "blind",
                                        "long-term illness", "cancer, after surgery"]),
    "relen": lambda c: _pick(c.rng, ["wife", "husband", "son", "daughter", "grandson", "granddaughter",
                                     "mother", "father", "daughter-in-law", "nephew"]),
}

_SLOT = re.compile(r"\{(\w+)\}")


# ---------------------------------------------------------------------------------------------
# Templates, by family.  Every template of a name family has at least one person slot.
# ---------------------------------------------------------------------------------------------
_T: dict[str, tuple[str, ...]] = {
    "dibao_members": (
        "户主{hm}，{age}，{health}；妻子{sp}，{age}，{health}；长子{cm}，{age}，{schooling}",
        "{h}（户主）{age} {health}/{c}（{relc}）{age} {schooling}/{sp}（配偶）{age} {work}",
        "共{num}人：{h}、{sp}、{c}、{c}",
        "{h} 户主 {age} {dis}；{of} 母亲 {age} 常年卧床",
        "家庭成员：{sp}（妻，{age}，务农），{cm}（子，{age}，{schooling}），{cf}（女，{age}，{schooling}）",
        "{hm}，男，{age}，{health}，与母亲{of}（{age}）共同生活，其子{cm}{schooling}",
        "1.{h} 户主 {age} {health} 2.{sp} 配偶 {age} {health} 3.{gcm} 孙子 {age} {schooling}",
        "成员{num}人，{cm}系{h}之子，{age}，{schooling}，现住{vil}",
        "{h}夫妇均年过七十，{health}，儿子{km}在外务工，每年寄回约{amt}元",
        "{h}之女{cf}，{age}，{health}，{schooling}",
        "{h}（{age}）、{sp}（{age}）；子：{c}（{age}）；孙女：{gc}（{age}）",
        "户主{mi}，{age}，{health}；妻子{sp}，{age}，{work}；{relc}{c}，{age}，{schooling}",
        "{h}、{km}兄弟二人，父母双亡，由叔叔{km}抚养，兄弟俩均{schooling}",
        "本户{num}人：户主{h}（{age}，{health}），儿媳{f}（{age}，{work}），孙子{gcm}（{age}，{schooling}）",
        "{hf} 女 {age} 丧偶 独居；儿子{km}已分户另住，每月给付赡养费{amt}元",
        "{hm}/{age}/户主/{health}；{sp}/{age}/妻/{health}；{cm}/{age}/子/{schooling}",
        "特困供养人员{om}，{age}，无法定赡养人，由侄子{km}偶尔照看",
        "{h}，{nation}，{age}，{dis}；配偶{sp}，{age}，{health}",
        "{hm}　户主　{age}　{health}\n{sp}　妻子　{age}　{work}\n{c}　{relc}　{age}　{schooling}",
        "户主：{h}；成员：{sp}、{c}、{c}、{o}；人口数：{num}",
        "{hf}，{age}，单亲母亲，带女儿{cf}（{age}，{schooling}）和儿子{cm}（{age}，{schooling}）",
        "{om}（{age}，{health}）与老伴{of}（{age}，{health}）相依为命，无子女",
        "{hm}，{age}，{work}，月收入约{inc}元；妻{sp}，{age}，{dis}；女{cf}，{age}，{schooling}",
        "家庭人口{num}人，户主{h}系重度残疾人（{dis}），父亲{om}{age}，母亲{of}{age}",
        "{c}，{age}，{schooling}，父亲{h}服刑，母亲离家出走，随祖母{of}生活",
        "{h}（{age}）住{vil}，与儿子{km}、儿媳{f}同住；全家主要靠{k}打零工维持",
        "家庭成员情况：{hm}本人{health}；其妻{sp}{health}；其子{cm}{schooling}；其女{c}{schooling}",
        "{h}，{age}，双目失明；{sp}，{age}，{health}；两人均无劳动能力",
        "{h}　{age}　户主\n{c}　{age}　{relc}",
        "{h}户{num}口人，其中{c}为在校学生（{univ}），{c}{age}",
        "户主{h}({age}) 配偶{sp}({age}) 长女{cf}({age}) 次子{cm}({age})",
        "{h}，{age}；同户：{km}（弟，{age}，{dis}），{of}（母，{age}，高龄）",
        "{h}，{age}，{health}，{work}，常住{vil}；{sp}，{age}，丧失劳动能力；{gc}（孙子，{age}，{schooling}）",
        "成员关系：{h}（户主）—{sp}（配偶）—{c}（{relc}）；家庭成员均为农业户口",
        "{h}，{age}，务农，种植玉米、黄豆约{num}亩；母亲{of}，{age}，高龄，常年服药",
        "{h}户：本人{age}，{health}；祖母{of}，{age}；弟弟{km}，{age}，初中在读",
        "{h}，户主，{age}；{c}，{relc}，{age}，在{school}读初二；{c}，{relc}，{age}，初三",
        "{mi}（户主，{nation}，{age}，牧民）；{sp}（{age}，{health}）；{c}（{age}，{schooling}）",
        "{h}，{age}，居住在{vil}危房内，{health}；女儿{cf}已出嫁，不计入家庭成员",
        "户主{h}　{age}　{health}　｜　母亲{of}　{age}　{health}　｜　孙女{gcf}　{age}　{schooling}",
        "{h}与孙子{gcm}祖孙二人相依为命，{gcm}的父亲{km}已故，母亲改嫁",
        "{hm}（{age}）{work}，妻子{sp}（{age}）在{shop}做钟点工，儿子{cm}（{age}）{schooling}",
        "户主{h}及{sp}均{health}，{cm}（{age}）及{cf}（{age}）随父母生活",
    ),
    "dibao_notes": (
        "{h}因病致贫，患{ill}，每月医药费约{amt}元",
        "致贫原因：因残。{hm}{dis}，妻子{sp}{health}",
        "核查情况：{date}经{cad}入户核实，{h}家庭人均收入低于当地低保标准，符合条件",
        "代领人：{p}（{rel}）电话{phone}",
        "{h}户，{num}口人，住{vil}，房屋为{house}",
        "由{p}代领，{h}本人行动不便",
        "低保金打入{p}的{bank}账户，已签委托书",
        "备注：{h}之子{cm}就读于{school}，享受教育救助",
        "{h}与{sp}离异，子女随母生活",
        "因学致贫：{c}考入{univ}，学费{amt}元，父亲{h}务农",
        "经查{h}名下有小型汽车一辆，已要求其说明情况",
        "{h}，{vil}村民，{health}，无固定收入",
        "重点关注：{h}独居，{tit}每周上门一次",
        "{date}{h}申请，{cad}受理",
        "家庭经济状况核对：{h}、{sp}名下无存款、无车辆、无工商登记",
        "{h}常年在外打工，收入不稳定，户籍在{vil}",
        "特困对象{om}分散供养，委托{tit}照料",
        "{h}和{sp}均患{ill}",
        "给{h}补发{ym}低保金{mon}元",
        "对{h}家庭进行复核，维持原保障金额",
        "{h}",
        "{h}（代领）",
        "委托{p}代为领取，与{h}系{rel}关系",
        "监护人：{k}；协助人：{cad}",
        "{h}系{vil}{tit}推荐，已公示无异议",
        "因灾：{h}家房屋被洪水冲毁，暂住{k}家",
        "民主评议：同意{h}纳入低保，评议小组{num}人全票通过",
        "致贫原因：因病、缺劳力。{h}长期服药，{sp}照顾病人无法外出务工",
        "核查人：{cad}、{cad}　核查时间：{date}",
        "{h}的低保金由其女婿{m}代领，代领人身份证{idno}",
        "经{cad}核实，{h}之女{cf}已出嫁，不再计入家庭人口",
        "{h}户2人，A类，月保障金{mon}元",
        "跟{h}本人电话核实（{phone}），其已返乡",
        "向{h}的邻居了解，该户平时靠捡废品为生",
        "{h}在{shop}帮工，月收入约{inc}元，已计入家庭收入",
        "致贫原因：因残+因病（{h}，{dis}；{sp}，{ill}）",
        "{p}等人反映{h}家有营运车辆，经查车辆登记在{k}名下",
        "把{h}列为重点帮扶对象，{cad}为帮扶责任人",
        "致贫原因：缺劳力。{h}年老体弱，子女{k}、{k}均在外地，平时很少回来",
        "{h}家庭月人均收入{amt}元，低于标准；家庭财产：平房三间，无车辆、无商铺",
        "代领人{p}系{h}的{rel}，已签订委托代领协议，金额按月打入{bank}",
        "{h}曾经营{shop}，{ym}已注销营业执照",
        "{h}于{date}申报，材料齐全，村两委全票通过",
        "低保金余额{amt}元未领取，{h}说银行卡丢失，已补办",
        "经信息核对，{h}名下无商品房、无车辆、无工商登记信息；其子{km}有小轿车一辆（车牌{plate}）",
        "{h}：{ill}，需长期服药；{sp}：照顾病人，无法外出务工；家庭成员关系和睦",
        "重点：{h}有精神病史，监护人{k}，居委会{tit}定期走访",
        "母亲{of}随{h}生活，赡养关系清楚，赡养费计入家庭收入",
        "{h}户，家中{num}人，{mask}（{rel}）已于{ym}去世，尚未办理减员",
        "{h}系单亲家庭，女儿{cf}在{school}读书，享受“雨露计划”",
        "{h}（{vil}）{tit}反映其家中有人从事运输，经查实为其侄子{p}的车辆",
    ),
    "dibao_changes": (
        "{date} 户主变更：原户主{h}死亡，新户主{k}",
        "{date}：{h}迁出（婚嫁），保障人口减少1人",
        "{date} 新增成员{c}（新生儿）",
        "{ym}起停发：{h}已领取城乡居民养老保险以外的职工养老金",
        "{date}分户：{k}单独立户",
        "{date} 因{h}务工收入增加，由A类调整为C类",
        "{date} {h}去世，注销；{date}恢复{sp}保障",
        "变更原因：户主{h}服刑，改由{sp}为户主",
        "{date}{h}户迁入{town}{vil}，转入本乡管理",
        "{date} 更正姓名：原录入错误，应为{h}",
        "{ym} {h}→{k}（户主）；{ym} 减员{c}（入伍）",
        "{date} 经{cad}提议，{h}转为特困供养",
        "{date}{h}户保障金额由{mon}元调整为{mon}元",
        "{date}：将{h}纳入重点监测对象",
        "死亡注销 {date} {h}（{age}）",
        "{date} 增员：{h}之女{cf}（{age}）户口迁回",
        "{ym}复核：{h}家庭收入超标，退出；{ym}其配偶{sp}重新申请",
        "户主由{h}变更为{k}（原户主于{date}病故）",
        "{date} 停保，原因：{h}购置商品房一套",
        "{date}减员{k}（已就业，{work}）",
        "{ym}：{h}、{sp}离婚，{sp}及子女{c}另行申请",
        "{date}由{cad}经办，{h}户从{vil}迁至{vil}",
        "{date} {h}户银行卡号变更，新账户开户行：{bank}",
        "{date}：{h}户主身份证号更正为{idno}",
        "{date} 保障类别调整（{h}，{dis}，新增重残补助）",
        "{date}　{h}　死亡注销\n{date}　{k}　新户主",
        "2020年起{h}户年度核查均符合；{ym}替{h}办理了银行卡挂失",
        "{date}被{cad}发现{h}已去世未报，追回多发低保金{amt}元",
        "{date} 因{c}考入{univ}减员，保障金额相应调整",
        "{ym}季度复核：{h}户无变化；{ym}增加孙子{gcm}",
        "{date} 由农村低保转为城市低保（{h}户迁入{road}社区居委会）",
        "{date}：{h}名下新增商铺一间，暂停发放，待查实",
        "{date} 户主{hm}（{age}）病故，按程序注销；其妻{sp}单独成户，继续享受保障",
        "{ym}起{h}户由{mon}元/月调为{mon}元/月（标准提高）",
        "{date}　新增　{h}　{vil}\n{date}　退出　{p}　收入超标",
        "{date}经查询{h}有商品房一套，已停保并追回{amt}元",
    ),
    "home_visit": (
        "{date}，{cad}与{cad}到{vil}{h}家入户调查。该户住{house}，家中有电视一台，{health}。",
        "入户时户主不在家，向邻居{p}了解情况：{hm}在外打零工，妻子{sp}{health}。",
        "调查人：{cad}（社工）；被调查人：{h}；陪同：{tit}",
        "到{hm}家时，其妻{sp}正在院子里晒玉米，自述患{ill}多年。",
        "社工{cad}问{h}家中收入来源，答：主要靠儿子{km}每月寄回{amt}元。",
        "经与{h}的邻居{p}、{p}了解，该户确实困难，平时靠亲戚接济。",
        "{h}情绪低落，跟{cad}说想让孙子{gcm}继续上学。",
        "村支书{cad}陪同入户；{h}家养牛两头、羊五只，有耕地{num}亩。",
        "{date}下午，{cad}入户核查{h}家庭情况，该户住{vil}{road}{num}号。",
        "房屋：{house}；耕地{num}亩；收入：{h}务农，年收入约{amt}元。",
        "替{h}填写申请表的是其女婿{m}，{h}本人不识字，按手印确认。",
        "{h}说，去年老伴{sp}住院花了{amt}元，找{p}借了钱至今未还。",
        "让{h}签字确认，其本人不识字，由{k}代签。",
        "调查员：{cad}　{date}",
        "入户调查发现{h}与{sp}关系和睦，赡养人{k}经济困难。",
        "{h}家周边环境较差，院墙倒塌，屋内潮湿。",
        "{date} 晴 高温 入户走访{h}，家中无空调，仅有电风扇一台。",
        "入户记录：{h}，{age}，独居，{health}，由{tit}代买米面。",
        "{cad}、{cad}两人入户，{h}不在家，电话联系其子{km}（{phone}）核实。",
        "走访{vil}{h}家：厨房简陋，冰箱内仅有少量蔬菜；{h}称每月药费约{amt}元。",
        "{h}家无劳动力，{sp}{dis}，孩子{c}{schooling}，建议纳入。",
        "调查对象{h}的房屋为{house}，{cad}拍照留存。",
        "{date}回访{h}，其已出院，{health}，由女儿{cf}照顾。",
        "入户所见：{h}住{house}，室内有{brand}纸箱若干，经营小卖部迹象不明显。",
        "经询问{tit}和{p}，{h}确系独居，无其他收入。",
        "同{h}一起到{bank}查询存款，余额{amt}元。",
        "{h}：{age}，{health}。{sp}：{age}，{health}。家中陈设简单。",
        "社工记录：{h}希望给孙女{cf}申请助学金，已告知向学校申请。",
        "入户时{h}正在输液，其子{km}在旁照顾，谈话约二十分钟。",
        "{date}上午入户，{h}正在屋里剥玉米，门前堆着柴火，屋顶漏雨，房间简陋",
        "入户核查{h}：住房为楼房（{road}），无车辆，银行存款余额约{amt}元，符合条件",
        "在{vil}村委会，与支书{cad}、{tit}一起核实{h}家庭成员情况",
        "{h}家院子里养了几只鸡、一头黄牛，牛棚年久失修，陈设简陋",
        "{cad}记录：{h}自述每月水费、电费约{amt}元，主要靠低保和{k}接济",
        "{h}闻讯赶回家中，与{cad}交谈，称{sp}在{county}住院，花费较大",
        "走访发现{h}一家五口挤住两间平房，{c}与{c}在{school}上学，时常缺课",
        "入户：{h}不在，{mask}（邻居）称其去县城看病，电话{phone}",
        "调查记录（{date}）：被调查人{h}，调查人{cad}、{cad}，记录人{cad}",
        "{h}家种了{num}亩花生，今年洪灾减产，施肥钱都是跟{p}借的",
        "{cad}及{tit}入户，{h}及其子{km}在家",
    ),
    "relief_approval": (
        "同意给予{h}临时救助{amt}元。审批人：{cad}",
        "{h}因突发{ill}住院，自付费用{amt}元，申请医疗救助",
        "{h}，{dis}，符合重度残疾人护理补贴条件，按月发放",
        "经审核，{h}家庭遭遇火灾，房屋烧毁，给予一次性救助{amt}元",
        "乡镇意见：{cad}　{date}　同意；县民政局意见：同意",
        "申请人{h}之女{cf}患白血病，医疗费用高，申请大病救助",
        "{h}、{p}等人因洪水受灾，给予临时救助",
        "救助金由{p}代领，{h}本人已签字委托",
        "困难残疾人生活补贴：{h}，{age}，{dis}，每月{mon}元",
        "对{h}实施急难型临时救助，先行救助后补充材料",
        "医疗救助：{h}住院{num}天，总费用{amt}元，医保报销{amt}元，救助{amt}元",
        "不予救助：{h}家庭财产超标（名下有商铺一间）",
        "{h}同{sp}一起来申请，称交通事故致伤，肇事方{p}无力赔偿",
        "{h}系流浪乞讨人员，{date}由{cad}护送返乡",
        "临时救助审批表：申请人{h}　救助金额{amt}元　经办人{cad}　审核人{cad}",
        "{h}（{idno}）申请残疾人两项补贴，经核{dis}，同意",
        "{date}，{h}之子{cm}溺水身亡，家庭陷入困境，给予临时救助{amt}元",
        "二次医疗救助：{h}，{ill}，年度自付超过{amt}元",
        "{h}申请救助，经{vil}村委会主任{cad}签字证明情况属实",
        "补发{h}{ym}至{ym}护理补贴共计{amt}元",
        "审批意见：同意。{cad}　{date}\n申请人：{h}　电话：{phone}",
        "{h}因交通事故致{dis}，肇事者{p}逃逸，申请临时救助",
        "经民主评议，{h}户符合支出型贫困救助条件，给予{amt}元",
        "向{h}发放慰问金{amt}元，由{tit}签收",
        "{mi}，{nation}，{age}，{dis}，享受困难残疾人生活补贴",
        "救助对象：{h}；救助原因：{ill}；救助金额：{amt}元；发放方式：打卡（{bank}）",
        "{h}，{age}，{ill}，在{county}人民医院住院，医疗费用{amt}元，医保报销后自付{amt}元，申请医疗救助。经办人：{cad}",
        "临时救助（支出型）：{h}家庭因子女{c}上学支出大，给予{amt}元，资金从应急救助专户支付",
        "{h}系{vil}五保户，冬季取暖困难，发放棉被、米面等物资",
        "同意。建议按程序给予{h}救助。{cad} {date}",
        "{h}因雷雨天气房屋倒塌，安置在{k}家，给予过渡期生活救助",
        "{h}之子{cm}（{age}）患先天性心脏病，手术费用{amt}元，按程序申请大病救助",
        "残疾人两项补贴审核表：姓名{h}；残疾类别等级：{dis}；补贴金额：{mon}元/月；备注：{tit}代领",
    ),
    "penalty_party": (
        "{p}，男，{age}，身份证号码{idno}，住{county}{vil}",
        "当事人：{p}（个体工商户，字号：{shop}）",
        "{shop}（经营者：{p}）",
        "{company}，法定代表人：{p}，统一社会信用代码{uscc}",
        "{p}（{idno}），联系电话{phone}",
        "当事人{p}，女，{age}，经营{shop}",
        "驾驶人{p}，驾驶证号{idno}，车牌号{plate}",
        "{p}、{p}（合伙经营{shop}）",
        "{company}（负责人{p}）",
        "{p}　　{age}　　{vil}",
        "{mi}，{nation}，{age}，住址：{county}{vil}",
        "无证经营者{p}，无固定住所",
        "{p}（委托代理人：{p}）",
        "{p}",
        "当事人姓名：{p}　性别：女　民族：汉　住址：{road}{big}号",
        "{company}（实际经营人{p}，{phone}）",
        "{p}，{age}，{work}，户籍地{county}",
        "个体工商户{p}（{shop}）",
        "{p}，系{company}股东",
        "车主{p}；驾驶员{p}",
        "{p}（{age}）及其妻{f}",
        "{p}，男，汉族，{age}，{county}人",
        "当事人：{p}；经营场所：{road}{big}号{shop}",
        "{company}，住所{county}{road}，法定代表人{p}，职务：执行董事",
        "当事人：{p}（{shop}负责人），身份证号{idno}，联系电话{phone}",
        "{company}；董事长：{p}；总经理：{p}",
        "{p}，{age}，{county}{vil}人，从事餐饮经营",
        "当事人：{shop}　经营者：{p}　信用代码：{uscc}",
        "{p}（{age}），车牌号{plate}车辆所有人",
        "{p}，男，{age}，农民，住{vil}{num}组",
        "{p}及{p}（合伙人），经营{shop}",
    ),
    "penalty_facts": (
        "经查，当事人{p}于{date}在{road}经营的{shop}内，销售超过保质期的{goods}共{big}件，货值金额{amt}元，违法所得{amt}元。",
        "{date}，执法人员{cad}、{cad}在日常巡查中发现，当事人{p}未经许可擅自在{road}占道经营，经劝阻后拒不改正。",
        "当事人{p}驾驶{plate}号小型普通客车，于{date}在{road}与{road}交叉路口处未按规定让行。",
        "经查，{company}在{vil}东侧违法占用林地{num}亩修建厂房，负责人{p}对上述事实供认不讳。",
        "{date}，我局接到群众举报，称{p}在自家院内非法收购、储存危险化学品。经现场检查，举报属实。",
        "当事人{p}在未取得《卫生许可证》的情况下，于{date}起在{road}开设美容店从事经营活动。",
        "经查，当事人{p}将其经营的{shop}转租给{p}，且未建立进货查验记录。",
        "当事人{p}雇佣{p}、{p}在{vil}河道内非法采砂，采砂量约{big}立方米。",
        "{date}，{p}在{scenic}景区内擅自从事导游活动，向游客收取费用{amt}元。",
        "当事人{p}于{date}在{vil}焚烧秸秆，造成大气污染，被无人机巡查发现。",
        "当事人{p}经营的{shop}未按规定配备灭火器材，安全出口被杂物堵塞。",
        "当事人{p}未取得《医师资格证书》，在{vil}开设诊所为村民{p}等人输液。",
        "经调查，{p}对其擅自改变房屋用途的行为无异议，并提交了由{p}出具的情况说明。",
        "当事人{p}在{school}周边摆摊设点，影响市容，{date}被责令改正后仍未整改。",
        "{date}凌晨，{p}酒后驾驶机动车行经{road}，经呼气检测，血液酒精含量为{big}mg/100ml。",
        "当事人{p}与{p}共同经营{shop}，未按规定明码标价。",
        "经查，{p}系{company}实际控制人，该公司在{vil}的建设项目未依法报批环境影响评价文件即开工建设。",
        "当事人{p}于{date}被{cad}当场查获，其运输的{goods}无合法来源凭证。",
        "{date}，当事人{p}在{county}{vil}未经批准擅自占用耕地建房，占地面积{big}平方米。",
        "当事人{p}经营的KTV于{date}凌晨超时营业，并接纳未成年人{cm}等{num}人入场。",
        "经查，当事人{p}在其经营的{shop}销售{goods}，未索取供货方{company}的检验报告。",
        "{date}，执法人员对{p}的养殖场进行检查，发现其将养殖废水直接排入{vil}池塘。",
        "当事人{p}在{road}施工过程中未采取防尘措施，造成扬尘污染。据{p}陈述，工程由{company}承包。",
        "当事人{p}未经审批擅自在{scenic}周边设置户外广告牌{num}块。",
        "经查，{p}于{date}至{date}期间，在{vil}私自宰杀生猪{big}头并销售给{shop}。",
        "当事人{p}利用其承包的{vil}山林非法开采石料，经鉴定价值{amt}元，同伙{p}在逃。",
        "{date}，当事人{p}驾驶货车超载运输，核定载质量{num}吨，实际载质量{big}吨，车辆登记在{p}名下。",
        "当事人{p}在{company}担任安全员期间，未履行安全检查职责，导致工人{p}受伤。",
        "经查，{p}持伪造的《导游证》在{scenic}带团，收取游客费用共计{amt}元。",
        "当事人{p}通过微信朋友圈销售自制{goods}，{date}被群众{p}举报。",
        "当事人{p}（{age}）于{date}在{road}违规燃放烟花爆竹，被巡逻民警当场制止。",
        "经查实，当事人{p}在{county}经营的网吧未核对上网人员身份证件，允许{p}使用他人证件上网。",
        "经查，当事人{p}未取得《食品经营许可证》，于{date}起在{road}经营麻辣烫，现场查获商品{big}件。",
        "当事人{p}在{road}门前堆放柴油桶{num}个，存在安全隐患，经责令仍拒不清理。",
        "当事人{p}作为{company}董事、法定代表人，未按规定公示年度报告，信用记录已标注。",
        "经查，当事人{p}利用其经营的{shop}收购、销售野生动物制品，违法所得{amt}元，同案人{p}另案处理。",
        "当事人{p}在{vil}非法修建房屋{big}平方米，违反{county}国土空间规划，{date}被{mask}举报。",
        "{date}，当事人{p}在{scenic}内私自刻画，损毁文物，经游客{p}拍照举报后被查获。",
        "当事人{p}擅自拆除{road}{num}号楼房承重墙，{tit}发现后向{agency}报告。",
    ),
    "penalty_outcome": (
        "依据{law}第{big}条第{num}款之规定，对{p}作出罚款{amt}元的行政处罚",
        "处罚结果：1.没收违法所得{amt}元；2.罚款{amt}元。当事人{p}已于{date}缴清罚款",
        "执行情况：{p}已自觉履行完毕",
        "案件来源：举报（举报人：{p}，电话{phone}）",
        "案件来源：{date}接{p}投诉",
        "{p}逾期未缴纳罚款，已申请人民法院强制执行",
        "依据{law}，责令{p}立即停止违法行为，并处警告",
        "承办人：{cad}、{cad}；审核人：{cad}",
        "当事人{p}申请分期缴纳，经批准分{num}期缴纳",
        "案件来源：上级交办；移送人：{cad}",
        "{date}向{p}送达《行政处罚决定书》，由其妻{f}代为签收",
        "依据{law}第{big}条，给予{p}吊销营业执照的处罚",
        "处罚依据：{law}第{big}条；处罚结果：对{company}罚款{amt}元，对直接责任人{p}罚款{amt}元",
        "执行情况：已执行。缴款人：{p}，缴款日期：{date}",
        "案件来源：{p}通过12345热线举报",
        "{p}于{date}申请行政复议，维持原处罚决定",
        "依据{law}第{big}条第{num}项，对当事人{p}处以罚款{amt}元，没收{goods}{big}件",
        "案件来源：日常检查。执法人员：{cad}（执法证号{big}0{big}）、{cad}",
        "执行情况：{p}已拆除违法建筑，恢复原状",
        "处罚结果：暂扣驾驶证六个月，罚款{amt}元（驾驶人{p}）",
        "案件来源：{agency}移送，举报人{p}要求保密",
        "依据{law}，对{p}从轻处罚，罚款{amt}元",
        "执行情况：当事人{p}下落不明，已公告送达",
        "经{cad}审批，对{p}免予处罚",
        "案件来源：媒体曝光；经{cad}、{cad}调查核实",
        "处罚依据：{law}；处罚结果：罚款{amt}元，已计入信用记录（当事人{p}）",
        "执行情况：当事人{p}已于{date}通过{bank}缴纳罚款{amt}元",
        "案件来源：投诉举报，投诉人{p}（{phone}）",
        "{p}对处罚无异议，放弃陈述、申辩权利",
        "依据{law}第{big}条，没收{p}违法所得{amt}元并处罚款，责令恢复原状",
        "执行情况：罚没款{amt}元由{p}代当事人{p}缴纳",
        "案件来源：{date}{mask}来电举报；承办人{cad}",
        "案件来源：{cad}及{cad}巡查发现；当事人{p}当场承认",
    ),
    "english_export": (
        "Head of household: {en}, {age}, {healthen}; spouse {en}; son {en} ({age})",
        "Applicant {en} (ID {idno}) applied on {dateen}; verified by {en}, village committee",
        "{en}, {age}, lives alone in {placeen}; proxy collector: {en}, tel {phone}",
        "Party: {en}, operator of {shopen}; fined CNY {amt}",
        "Complaint filed by {en} via 12345 hotline on {dateen}",
        "{hz} collected the allowance on behalf of her mother",
        "Members: {en}/head/{age}; {en}/{relen}/{age}; {en}/{relen}/{age}",
        "Household of {en} moved to {placeen} in {yr}; new head {en}",
        "{mien}, {age}, {healthen}, receives disability subsidy",
        "Visit by social worker {en}: the son, {en}, works in Shenzhen",
        "Approved by {en} on {dateen}. Temporary assistance CNY {amt} to {en}.",
        "Name: {en} | Relation: self | Note: long-term bedridden",
        "{hz}, {age}, {healthen}",
        "Reported by {en}; the party {en} admitted selling expired food at {shopen}",
        "{en}",
        "Remarks: {en} ({age}) and {en} ({age}) share the allowance; account at Agricultural Bank",
        "Applicant: {hz}; household size {num}; address {placeen}",
        "Medical assistance for {en}, {healthen}, out-of-pocket CNY {amt}",
        "Deceased {dateen}: {en}. Head changed to {en}.",
        "{en} / {en} / {en}",
        "Entrusted collector {en} (relation: {relen}) for {en}",
        "Penalty decision served on {en} on {dateen}; received by {en}",
        "Contact: {en}, {phone}. He said the shop belongs to {en}.",
        "Case source: report by {en}; handled by officers {en} and {en}",
        "Name (Chinese/pinyin): {hz}; age {age}; {healthen}",
        "{en} - head; {en} - {relen}; long-term illness, low income",
        "Household: {hz}, {age}, {healthen}; address {placeen}; Long-term low income",
        "{en} (head) and {en} ({relen}) live near {placeen}; allowance collected at {shopen}",
        "Inspector {en} found {en} operating {shopen} without a licence",
        "{en}; {en}; {en} — all {healthen}",
        "Remark: {en} is {relen} of {en}; Hong Kong relatives send money",
    ),
    "public_notice": (
        "关于{town}{ym}新增低保对象的公示：{h}（{vil}，{num}人）、{h}（{vil}，{num}人）。公示期间如有异议，请与{town}民政办{cad}联系，电话{landline}。",
        "行政处罚决定书（{docno}）：当事人{p}，经查……依据{law}，决定罚款{amt}元。执法人员：{cad}、{cad}。",
        "经{town}党委书记{cad}主持召开会议研究，同意将{h}户纳入特困供养。",
        "{agency}局长{cad}签发：对{company}（法定代表人{p}）予以警告。",
        "公示：{vil}拟推荐{h}、{h}为低保对象；村民代表会议由村委会主任{cad}主持，监督员{cad}。",
        "送达回证：本决定书已于{date}由执法人员{cad}、{cad}送达当事人{p}。",
        "审批：{agency}副局长{cad}；经办：{cad}；救助对象：{h}，金额{amt}元。",
        "根据{law}，{agency}对{p}作出如下处罚决定。负责人：{cad}",
        "{town}关于{h}等{num}户特困人员认定结果的公示。联系人：{cad}，电话：{landline}",
        "坚持以{ideo}为指导，经{agency}集体讨论（主持人：{cad}），对{p}的违法行为作出处理。",
        "{ym}临时救助公示：{h}，{ill}，救助{amt}元；{h}，火灾，救助{amt}元。审核：{cad}",
        "{docno}　当事人：{p}　处罚内容：罚款{amt}元　执法机关：{agency}　承办人：{cad}",
        "{agency}行政处罚信息公示：{docno}，当事人{p}，违法行为：未经许可经营，处罚：罚款{amt}元，作出日期{date}。审核人：{cad}",
        "{town}{ym}低保动态管理公示：新增{h}（{num}人，{mon}元/月），停保{h}（收入超标）。监督电话：{landline}，联系人{cad}",
        "深入学习{ideo}、弘扬{spirit}，{vil}党支部书记{cad}带领党员走访困难户{h}家",
    ),
    "lookalike_only": (
        "该户住{vil}，常年无人居住",
        "{shop}门前占道经营，已责令整改",
        "低保金{amt}元已打入{bank}账户",
        "{mask}（{age}），{health}，{tit}代为照看",
        "{school}学生，享受教育资助",
        "组织{vil}党员参加志愿服务，弘扬{spirit}",
        "{date} 高温天气，暂停入户",
        "核对金额无误，方便群众领取",
        "{company}在{scenic}周边违规设置广告牌",
        "{mask}、{mask}等{num}户纳入{ym}低保",
        "依据{law}责令改正",
        "Long-term resident of {placeen}; allowance collected by proxy",
        "{tit}反映{road}路灯不亮",
        "经{agency}核查，{company}已停业",
        "{vil}　{num}户　{big}人",
        "户主{mask}已故，待确认新户主",
        "{brand}、{brand}等店铺参与{town}消费帮扶",
        "{road}与{road}路口西侧",
        "发放{ideo}学习材料{big}份，{pub}展板{num}块",
        "白天外出务工，晚上回{vil}居住",
        "于{date}完成年度复核，全部符合",
        "{vil}　{date}　已入户　{tit}陪同",
        "根据{law}，相关商户已整改到位",
        "低保金余额不足，待{bank}核实后补发",
        "{mask}（户主）{age}，{mask}（{rel}）{age}",
        "{scenic}景区游客较多，{road}路段临时管制",
        "户籍{county}{vil}，常住{town}",
        "组织{school}师生参观{scenic}",
        "Wang ** and Li X. (long-term residents of {placeen})",
        "{shop}　{road}{big}号　已查封",
        "{tit}代领，{tit}见证",
    ),
}

# Short notes the messy family joins.
_MESSY_PARTS: tuple[str, ...] = (
    "{h}{phone}", "{h} {idno}", "{h}（{age}）", "代领：{p}", "{date}{h}申请", "户主{h}",
    "{h}/{rel}/{age}", "电话{phone}（{p}）", "{p}身份证：{idno}", "{h}之妻{sp}", "{h}户",
    "核查人{cad}", "{h}家{num}口人", "{ill}", "{h}夫妇", "{vil}", "金额{amt}元", "{tit}代管",
    "{mask}", "由{p}代签", "{h}等人", "已核", "{h}，{health}", "经{cad}同意", "{date}",
    "与{p}同住", "{c}（{relc}，{schooling}）", "卡号变更", "{p}　{phone}", "{shop}",
    "让{p}补交材料", "找{p}核实", "问{p}", "{h}（{idno}）", "{h} 男 {age}", "{date} 注销",
)
_SEPARATORS = ["；", ";", "|", " | ", "\n", "/", "，", " ", "　", "；\n", "、", "||", "\r\n"]


# ---------------------------------------------------------------------------------------------
# Building cells.
# ---------------------------------------------------------------------------------------------
def _render(cell: _Cell, template: str) -> None:
    pos = 0
    for m in _SLOT.finditer(template):
        if m.start() > pos:
            cell.segs.append(("fill", template[pos:m.start()]))
        out = _SLOTS[m.group(1)](cell)
        if isinstance(out, tuple):
            out = [out]
        elif isinstance(out, str):
            out = [("fill", out)]
        cell.segs.extend(out)
        pos = m.end()
    if pos < len(template):
        cell.segs.append(("fill", template[pos:]))


def _mess_up(cell: _Cell) -> None:
    """Width mixes, stray spaces and truncation, applied to plain text only."""
    rng = cell.rng
    segs = []
    for kind, text in cell.segs:
        if kind == "fill":
            if rng.random() < 0.3:
                text = _fullwidth(text)
            elif rng.random() < 0.3:
                text = text.replace("（", "(").replace("）", ")").replace("：", ":").replace("，", ",")
            if rng.random() < 0.15:
                text = text + " "
        segs.append((kind, text))
    if rng.random() < 0.25 and segs and segs[-1][0] == "fill" and len(segs[-1][1]) > 3:
        text = segs[-1][1]
        segs[-1] = ("fill", text[: rng.randint(1, len(text) - 1)] + rng.choice(["", "…", "..."]))
    cell.segs = segs


def _build(cell: _Cell) -> None:
    rng = cell.rng
    fam = cell.family
    if fam == "messy_joined":
        parts = rng.sample(_MESSY_PARTS, rng.randint(2, 4))
        if not any("{" + r + "}" in t for t in parts for r in ("h", "p", "c", "sp", "cad")):
            parts[0] = "{h}（{age}）"
        sep = _pick(rng, _SEPARATORS)
        for i, part in enumerate(parts):
            if i:
                cell.segs.append(("fill", sep if rng.random() < 0.8 else _pick(rng, _SEPARATORS)))
            _render(cell, part)
        _mess_up(cell)
        return
    _render(cell, _pick(rng, _T[fam]))


def _occurrences(text: str, s: str) -> list[tuple[int, int]]:
    out, start = [], 0
    while (i := text.find(s, start)) >= 0:
        out.append((i, i + len(s)))
        start = i + 1
    return out


def _cell_problems(text: str, names: list[str], lookalikes: list[str]) -> list[str]:
    """The contract of one cell; empty when it holds.  Shared with the contract tests."""
    problems = []
    for n in names:
        if text.count(n) != 1 or len(_occurrences(text, n)) != 1:
            problems.append(f"name {n!r} occurs {len(_occurrences(text, n))} times")
    for s in lookalikes:
        if s not in text:
            problems.append(f"look-alike {s!r} missing")
    for i, n in enumerate(names):
        for other in names[i + 1:]:
            if n in other or other in n:
                problems.append(f"names {n!r} and {other!r} contain each other")
        for s in lookalikes:
            if n in s or s in n:
                problems.append(f"name {n!r} and look-alike {s!r} contain each other")
        spans = _occurrences(text, n)
        for s in lookalikes:
            for a, b in _occurrences(text, s):
                if any(a < y and x < b for x, y in spans):
                    problems.append(f"name {n!r} overlaps look-alike {s!r}")
        for other in names:
            if other != n:
                for a, b in _occurrences(text, other):
                    if any(a < y and x < b for x, y in spans):
                        problems.append(f"names {n!r} and {other!r} overlap")
    return problems


def _finish(cell: _Cell) -> Remark | None:
    text = "".join(t for _, t in cell.segs)
    looks = list(cell.looks)
    names = list(cell.names)
    name_spans = [span for n in names for span in _occurrences(text, n)]
    for w in LOOKALIKE_WORDS + LOOKALIKE_WORDS_EN:
        # A word seen only inside a name (孙子 in 孙子轩) is part of that name, not a look-alike.
        if w in text and w not in looks and not any(
                a < y and x < b for a, b in _occurrences(text, w) for x, y in name_spans):
            looks.append(w)
    if _cell_problems(text, names, looks):
        return None
    if any(n in cell.run.lookalikes for n in names) or any(s in cell.run.names for s in looks):
        return None
    return Remark(text=text, family=cell.family, names=names, lookalikes=looks,
                  public_officials=cell.public)


def _allocate(n: int) -> list[str]:
    total = sum(WEIGHTS.values())
    quotas = {f: n * w / total for f, w in WEIGHTS.items()}
    counts = {f: int(q) for f, q in quotas.items()}
    for f in sorted(quotas, key=lambda f: (-(quotas[f] - counts[f]), f))[: n - sum(counts.values())]:
        counts[f] += 1
    return [f for f in FAMILIES for _ in range(counts[f])]


def make_remarks(n: int = 2000, seed: int = 1010) -> list[Remark]:
    """``n`` cells, deterministic for ``seed``; families in proportion to WEIGHTS."""
    rng = random.Random(seed)
    families = _allocate(n)
    no_name: set[int] = set()
    for fam in (f for f in FAMILIES if f in NAME_FAMILIES):   # dict order: sets vary by hash seed
        idx = [i for i, f in enumerate(families) if f == fam]
        no_name.update(rng.sample(idx, round(NO_NAME_SHARE * len(idx))))
    order = list(range(n))
    rng.shuffle(order)
    run = _Run()
    out: list[Remark] = []
    for pos in order:
        fam = families[pos]
        for _attempt in range(200):
            cell = _Cell(rng, run, fam, public=fam in PUBLIC_FAMILIES, no_name=pos in no_name)
            _build(cell)
            remark = _finish(cell)
            if remark is not None and (remark.names or pos in no_name or fam not in NAME_FAMILIES):
                break
        else:
            raise RuntimeError(f"could not build a {fam} cell")
        run.names.update(remark.names)
        run.lookalikes.update(remark.lookalikes)
        out.append(remark)
    return out


def describe(remarks: list[Remark]) -> str:
    """A per-family table: cells, names, look-alikes, cells with at least one name."""
    rows: dict[str, Counter] = {}
    for r in remarks:
        c = rows.setdefault(r.family, Counter())
        c["cells"] += 1
        c["names"] += len(r.names)
        c["lookalikes"] += len(r.lookalikes)
        c["with_name"] += bool(r.names)
    total = sum(rows.values(), Counter())
    lines = [f"{'family':<18}{'cells':>7}{'names':>7}{'lookalikes':>12}{'with_name':>11}"]
    for fam in FAMILIES:
        if fam in rows:
            c = rows[fam]
            lines.append(f"{fam:<18}{c['cells']:>7}{c['names']:>7}{c['lookalikes']:>12}{c['with_name']:>11}")
    lines.append(f"{'total':<18}{total['cells']:>7}{total['names']:>7}{total['lookalikes']:>12}{total['with_name']:>11}")
    return "\n".join(lines)
