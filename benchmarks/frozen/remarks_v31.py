"""Frozen test set of free-text remarks, edition 31 (blind).

Datasheet
---------
Who wrote it: a helper session started for brief 31 (branch h-remarks31), on 2026-12-07,
writing every template, word list and generator below from its own knowledge of how county and
city offices in China word free-text notes (备注, 情况说明, 值班日志, 公示 and 公告).  Nothing was
copied from anywhere.

What was read: the brief; the sections "Personal data in public listings" and "Administrative
penalty publicity" of /work/shared/reference/DOMAIN.md; lines 170-180 of
benchmarks/frozen/remarks.py (the ``Remark`` dataclass).  No detector, no earlier test set, no
file under src/, tests/ (other than this set's own test), docs/ or notebooks/ was opened.

Slips: one ``ls`` of the worktree root showed the top-level folder names (Makefile, README.md,
benchmarks, docs, environment.yml, notebooks, published, pyproject.toml, raw, samples, schemas,
scripts, src, tests) and nothing inside them.  A ``grep -n '^#'`` of DOMAIN.md, run to find the two
sections, also showed the other section titles (The policy the project serves; Gazette issues;
Budget PDFs; Known traps in the tools named by the mission; CKAN as a test server) but not their
text.  Lines 170-180 of remarks.py also show the comment "a gazette appointment: officials' names
are public" on ``public_officials``.  The import test runs benchmarks/frozen/remarks.py (needed
for ``Remark``), never opened beyond those lines.  Nothing else.

Counts at n=2000, seed=3131: 6,364 names, 43.6% with no cue word; 9,755 look-alikes, 42.1% of
them domain words holding a surname character (others: 1,586 dates, 833 amounts, 699 shops, 611
places, 411 plates, 378 firms, 224 codes, 190 officials, 177 文号, 142 surname+title, 139 brands,
106 roads, 70 English words, 54 pet names, 27 masked names).

Families (16): twelve domains (quarry_blasting, car_rental, poultry_farms, timber_processing,
garment_factory, fuel_stations, dental_clinics, logistics_warehouses, flower_nursery,
hydropower_stations, kitchen_waste, pet_hospitals), each rendered in five layouts (labelled
fields, prose, list, joined cells, dated log); english_export (a vendor's English export of such
notes); minority_listing (the domain layouts filled with names of persons of China's minorities);
public_notice (公示/公告 of the same offices, ``public_officials=True``: the contact person, the
reviewer, the village head signing are look-alikes, while beneficiaries, applicants, guardians,
relatives, witnesses, objectors and reporters are names); lookalike_only (no name at all).
Literal text varies full-/half-width punctuation, spaces, line breaks inside a cell and a small
table of clerks' homophone typos (以经, 台帐, 压金, 暴破, 正改 ...).

Surface forms of names: surname by a rough real frequency (top ~100 weighted, ~250 tail
surnames, rare ones such as 亓 眭 逄 笪, 31 compound ones such as 欧阳 尉迟 万俟); given names of
one and two characters in modern, old and rural styles, generational characters (家/永/德/国 ...),
given names that are everyday words (平安, 建设, 红旗, 石头); 小名 and nicknames (二丫, 阿珍, 幺妹);
a married woman written as husband's surname + her surname + 氏 (张王氏) or prefixed to her full
name (陈李秀英).  About 40% stand with no cue word: at a cell's start, after a date, in lists,
before an age or a phone number, right after a place, after 与/和/及/、, as the subject of a
sentence.  English export: pinyin in either order, CAPS family name, initials (X.Y. Wang,
WANG XY), spaced and hyphenated syllables, Hong Kong (Chan Tai-man), Macao (Ieong Sio Ieng),
Taiwan Wade-Giles (Hsu Chia-hao), Singapore (Tan Ah Kow), English given name with a Chinese
family (Kevin ZHANG, Chan Tai-man Peter).  Minority listing: Uyghur and Kazakh given name +
father's name with ·, •, ., -, ・ or no separator; Tibetan two-part names; Yi clan name + given
name; Mongolian names bare or after 包/白/韩; Hui, Korean (金英哲), Zhuang, Miao, Dong, Buyi,
Tujia, Li (符亚妹), Yao (盘金妹), Jingpo (勒排早腊), Wa (岩嘎, 叶块), Dai (岩温, 玉香), Lahu
(扎约, 娜丕), Naxi (和 ...), Qiang, Bai, Manchu and Xibe names.  No surname + title is ever a name;
a small blocklist keeps out public figures.

Look-alike kinds: domain words of the twelve domains that begin with or hold a surname character
(白羽肉鸡, 马尾松, 罗汉松, 金毛, 平车, 台账, 叉车, 石料, 柴油, 全瓷冠 ...; in English exports
their pinyin: [Tai Zhang], [Luo Han Song], BYD Tang, Shih Tzu); places, villages and counties
built on a surname (李家村, 石门县); roads; shops and firms (王记石料, 黄氏苗木, ... 有限公司);
brands (温氏, 张小泉, 王老吉); dates; codes (unified social credit codes with a valid check
character, waybills, contract numbers); amounts; plate numbers; 文号; surname + title (王师傅);
masked names of penalty publicity (张某某, 刘*华); pet names (旺财); officials in their public role
(public_notice only); English words, places and brands in English exports.
"""

from __future__ import annotations

import random
import re

try:
    from benchmarks.frozen.remarks import Remark
except ImportError:  # benchmarks/ itself on sys.path
    from frozen.remarks import Remark

VERSION = "frozen-remarks-31 (2026-12-07)"

DOMAINS = (
    "quarry_blasting", "car_rental", "poultry_farms", "timber_processing", "garment_factory",
    "fuel_stations", "dental_clinics", "logistics_warehouses", "flower_nursery",
    "hydropower_stations", "kitchen_waste", "pet_hospitals",
)
FAMILIES = DOMAINS + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{d: 0.06 for d in DOMAINS}, "english_export": 0.08, "minority_listing": 0.08,
           "public_notice": 0.07, "lookalike_only": 0.05}

# ---------------------------------------------------------------------------------------------
# surnames and given names
# ---------------------------------------------------------------------------------------------
_TOP = ("王7.1 李7.0 张6.7 刘5.4 陈4.6 杨3.1 黄2.2 赵2.0 吴1.9 周1.8 徐1.3 孙1.2 马1.2 朱1.1 "
        "胡1.1 郭1.1 何1.0 林1.0 高1.0 罗.9 郑.8 梁.7 谢.7 宋.6 唐.6 许.6 韩.6 冯.5 邓.5 曹.5 "
        "彭.5 曾.5 肖.4 田.4 董.4 袁.4 潘.4 于.4 蒋.4 蔡.4 余.4 杜.4 叶.4 程.4 苏.3 魏.3 吕.3 "
        "丁.3 任.3 沈.3 姚.3 卢.3 姜.3 崔.3 钟.3 谭.3 陆.3 汪.3 范.3 金.3 石.3 廖.3 贾.3 夏.2 "
        "韦.2 付.2 方.2 白.2 邹.2 孟.2 熊.2 秦.2 邱.2 江.2 尹.2 薛.2 闫.2 段.2 雷.2 侯.2 龙.2 "
        "史.2 陶.1 黎.1 贺.1 顾.1 毛.1 郝.1 龚.1 邵.1 万.1 钱.1 严.1 覃.1 武.1 戴.1 莫.1 孔.1 "
        "向.1 汤.1 常.1")
_TAIL = ("温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪"
         "梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司"
         "卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾"
         "隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳"
         "谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋"
         "相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉"
         "银亢嵇公哈湛宾戎勾茅利呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由")
_RARE = "眭酆逄麴笪厍芈佴仉禚蒯隗訾竺郇郦郄郗鄂谯仵邴乜种蹇台"
_COMPOUND = ("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 长孙 宇文 司徒 端木 独孤 南宫 "
             "西门 百里 呼延 轩辕 澹台 万俟 闻人 申屠 钟离 赫连 太史 拓跋 公冶 第五").split()

_M1 = "伟强军磊勇杰涛斌超明刚平辉鹏华飞鑫波宁健亮林峰浩凯俊帅旭龙东兵锋坤彬阳成晨振海山江虎福贵生发荣昌"
_F1 = "芳娜敏静丽艳霞燕玲娟婷萍红英梅琳雪颖倩洁慧莉兰琴云凤珍菊香秀月蓉妮娇"
_MODERN = ("子涵 梓轩 浩然 宇航 欣怡 思琪 雨萱 一诺 俊杰 家豪 佳怡 诗琪 梓涵 皓轩 嘉懿 铭泽 沐阳 语嫣 "
           "若曦 子墨 梓萱 宇轩 浩宇 欣妍 可馨 雨桐 思远 博文 天佑 嘉怡 晨曦 奕辰 子轩 雅琪 梦瑶 依诺 "
           "俊熙 锦程 昊天 佳琪 煜祺 睿泽 紫萱 芷若 沐晨 安琪 钰涵 诗雨").split()
_OLD = ("秀英 桂英 秀兰 玉兰 桂兰 凤英 淑珍 翠花 春花 金花 招娣 来娣 改娣 秀珍 桂香 玉梅 德贵 有财 "
        "长贵 来福 金贵 富贵 满仓 二柱 铁柱 栓柱 根生 水生 福生 玉珍 素芬 月娥 银凤 爱莲 冬梅 春梅 "
        "腊梅 二妹 三妹 四妹 菊英 彩霞 瑞芳 淑芬 丽华 美玲 建国 建华 志强 国强 国华 建军 卫东 红兵 "
        "永福 德胜 有福 大牛 石柱 春生 秋生 冬生 金生 银生 宝山 老根 桂芝 玉芬 凤兰 翠兰 荷花 杏花 "
        "引弟 盼弟 满囤 二狗 三旺 德旺 有田 长林 喜娃 根娃").split()
_OLD_F = "秀英 桂英 秀兰 玉兰 桂兰 凤英 淑珍 翠花 春花 金花 秀珍 桂香 玉梅 玉珍 素芬 月娥 银凤 爱莲 桂芝 玉芬 凤兰 翠兰".split()
_EVERYDAY = ("平安 建设 和平 胜利 红旗 海洋 国庆 卫国 援朝 跃进 长城 光明 振兴 发财 富强 团结 前进 "
             "丰收 向阳 红梅 青松 白雪 春雨 秋菊 冬雪 金山 银河 平原 石头 爱国 文明 学军 东风 朝阳 "
             "新民 春风 宝贵 建业 兴旺 顺利 吉祥 长江 黄河 泰山 小兵 胜男 亚男 自强 自立 卫红 "
             "铁军 红霞 晓东 永远 永恒 长生 有余 满意 如意 幸福 快乐 月亮 太阳").split()
_GEN1 = "家永德国光宗世兴文学志建玉金春秀启承继传绍明应正维思泽锦昌荣守忠孝有培昭祖"
_GEN2 = "伟强军明华平辉林峰生才成贵福祥荣中东江海山安康良芳英兰珍丽萍艳燕琴凤清涛斌勇刚豪鹏飞波龙超宏伦仁义礼信武全"
_NICK_A = "阿小二三大幺细毛"
_NICK_B = "妹娃毛丫狗牛宝蛋柱凤莲珍强华春林红兵军芳英根福龙虎胖伢囡"

_FAMOUS = set("""李娜 刘翔 姚明 王菲 周杰伦 成龙 李白 杜甫 鲁迅 毛泽东 周恩来 邓小平 习近平 李强 李克强
胡锦涛 江泽民 温家宝 朱镕基 王岐山 刘德华 张学友 黎明 郭富城 孙俪 赵薇 范冰冰 章子怡 巩俐 李连杰 马云
马化腾 雷军 刘强东 李彦宏 王健林 孔子 孟子 屈原 岳飞 关羽 张飞 刘备 曹操 孙权 诸葛亮 李小龙 郎朗
杨利伟 钱学森 袁隆平 屠呦呦 莫言 韩寒 郭敬明 赵丽颖 杨幂 刘亦菲 黄渤 王宝强 徐峥 沈腾 张艺谋 冯小刚
陈凯歌 王力宏 林俊杰 蔡依林 邓紫棋 李宇春 张靓颖 那英 孙燕姿 刘欢 韩红 宋丹丹 赵本山 冯巩 郭德纲
岳云鹏 朱军 白岩松 崔永元 董卿 李咏 倪萍 王楠 邓亚萍 孔令辉 刘国梁 张怡宁 马龙 丁宁 许昕 樊振东 林丹
谌龙 郎平 朱婷 孙杨 叶诗文 宁泽涛 易建联 王治郅 郭晶晶 伏明霞 田亮 李宁 李小鹏 杨威 刘璇 王军霞
苏炳添 谢震业 丁俊晖 武大靖 谷爱凌 王濛 杨扬 申雪 赵宏博 张继科 陈梦 孙颖莎 王楚钦 全红婵 杨倩 巩立姣
吴敏霞 马琳 王皓 刘诗雯 张宁 黄晓明 杨紫 王一博 肖战 易烊千玺 王俊凯 王源 鹿晗 吴亦凡 张杰 谢娜 何炅
汪涵 李湘 胡歌 霍建华 彭于晏 吴京 甄子丹 周星驰 梁朝伟 张国荣 梅艳芳 邓丽君 王祖贤 林青霞 张曼玉 刘嘉玲
舒淇 高圆圆 李冰冰 周迅 徐静蕾 陈道明 葛优 姜文 陈坤 邓超 孙红雷 张涵予 刘烨 黄磊 窦唯 许巍 朴树 汪峰
崔健 李健 周深 毛不易 华晨宇 张信哲 任贤齐 伍佰 费玉清 张惠妹 蔡琴 齐秦 齐豫 罗大佑 李宗盛 周华健 王杰
张雨生 陈奕迅 容祖儿 杨千嬅 谢霆锋 陈冠希 古天乐 刘青云 黄秋生 吴彦祖 李嘉诚 霍英东 何鸿燊 董建华
曾荫权 梁振英 林郑月娥 李家超 何厚铧 崔世安 贺一诚 蔡英文 马英九 陈水扁 李登辉 赖清德 韩国瑜 柯文哲
侯友宜 朱立伦 宋楚瑜 连战 王金平 苏贞昌 吕秀莲 谢长廷 游锡堃 李显龙 黄循财 吴作栋 李光耀 雷锋 焦裕禄
王进喜 张海迪 钟南山 李兰娟 张文宏 王亚平 景海鹏 聂海胜 刘洋 张伟丽 王曼昱 马琳 杨振宁 李政道 丁肇中
屠呦呦 王小丫 杨澜 鞠萍 海来阿木 吉克隽逸 斯琴高娃 乌兰图雅 德德玛 腾格尔 布仁巴雅尔 哈斯高娃 斯琴格日乐
其其格玛 萨仁高娃 那仁花 娜仁花 宝音德力格尔 阿拉坦乌拉 萨日娜 巴特尔 丹增嘉措 才旦卓玛 向巴平措 白玛赤林
洛桑江村 降央卓玛 阿沛阿旺晋美 强巴赤列 降边嘉措 迪丽热巴 古力娜扎 热比娅 乌兰夫 金正恩 金正日 金日成
朴槿惠 李明博 文在寅 尹锡悦 金大中 卢武铉 韩德洙 王石 马明哲 张朝阳 丁磊 王兴 张一鸣 黄峥 程维 李想
何小鹏 李斌 曹德旺 宗庆后 娃哈哈 董明珠 王传福 李书福 任正非 柳传志 俞敏洪 罗永浩""".split())
_FAMOUS_EN = {s.lower() for s in """Jackie Chan|Andy Lau|Bruce Lee|Jack Ma|Yao Ming|Li Na|Tony Leung|Jet Li|
Lee Kuan Yew|Lee Hsien Loong|Goh Chok Tong|Lawrence Wong|Michelle Yeoh|Maggie Cheung|Gong Li|Zhang Ziyi|
Ziyi Zhang|Lang Lang|Ang Lee|Yo-Yo Ma|Jimmy Lai|Carrie Lam|John Lee|Tsai Ing-wen|Ma Ying-jeou|
Chen Shui-bian|Lai Ching-te|Han Kuo-yu|Ko Wen-je|Eric Chu|Jensen Huang|Lisa Su|Eric Yuan|Steve Chen|
Jerry Yang|Andrew Ng|Fei-Fei Li|Kai-Fu Lee|Robin Li|Pony Ma|Richard Li|Li Ka-shing|Stanley Ho|Edmund Ho|
Eddie Peng|Donnie Yen|Stephen Chow|Chow Yun-fat|Aaron Kwok|Leon Lai|Jacky Cheung|Faye Wong|Joey Yung|
Eason Chan|Nicholas Tse|Edison Chen|Jay Chou|Jolin Tsai|Leehom Wang|Wang Leehom|Lucy Liu|Constance Wu|
Lim Boon Heng|Tan Cheng Bock|Michelle Chen|Kelly Chen|Sammi Cheng|Karen Mok|Gigi Leung|Cecilia Cheung|
Ada Choi|Liu Xiang|Xi Jinping|Li Qiang|Zhou Enlai|Deng Xiaoping|Mao Zedong|Wang Yi|Han Zheng|Li Bai|
Lu Xun|Mo Yan|Lei Jun|Ma Long|Ding Ning|Zhang Yimou|Lu Han|Kris Wu|Angelababy|Fan Bingbing|Zhao Wei|
Yang Mi|Liu Yifei|Crystal Liu|Sun Yang|Zhu Ting|Lang Ping|Wu Jing|Huang Bo|Xu Zheng|Shen Teng|Hu Ge|
Peng Liyuan|Wang Fei|Jack Ma Yun|Ma Yun|Ma Huateng|Robin Li Yanhong|Liu Qiangdong|Richard Liu|
Tan Dun|Zhang Xin|Wang Shi|Li Ning|Lin Dan|Guo Jingjing|Deng Yaping|Kong Linghui|Liu Guoliang|
Zhang Jike|Chen Meng|Sun Yingsha|Wang Chuqin|Quan Hongchan|Eileen Gu|Gu Ailing|Wu Dajing""".split("|")}
_FAMOUS_EN = {" ".join(s.split()) for s in _FAMOUS_EN}

# romanisations ------------------------------------------------------------------------------
_PY_SUR = ("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo "
           "Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang "
           "Cai Du Ye Cheng Su Wei Lü Lyu Lv Ding Ren Shen Yao Lu Cui Zhong Tan Qin Qiu Jin Shi Fan "
           "Fang Bai Zou Meng Xiong Yin Xue Yan Duan Lei Hou Long Tao Gu Mao Hao Gong Shao Wan Qian "
           "Dai Mo Kong Xiang Chang Kang Niu Qi Qiao Ning Geng Guan Lan Zuo Gan Zhan Ouyang Sima "
           "Shangguan Zhuge Murong Situ Huangfu").split()
_PY_SYL = ("wei fang na min jing li qiang jun lei yong jie tao bin chao ming gang ping hui peng hua "
           "fei xin bo ning jian liang lin feng hao kai xiu ying gui lan yu guo zhi dong hong fu de "
           "sheng you cai lai zi han xuan ran hang yi si qi nuo jia ze mu yang ruo xi chun mei xiao "
           "jin zhao di xue yan shu zhen cui hai wen tian rui an kang lu qing shan ling juan ting "
           "xia yun zhu ju rong lian kun huan yao heng").split()
_HK_SUR = ("Chan Wong Cheung Lee Lau Ho Ng Leung Lam Tsang Yeung Chow Tse Kwok Fung Tang Mak Yip "
           "Cheng Lo Tam Choi Siu Kwan Au Chu Hui Lai Law Poon So Yuen Man Tong Chau Luk Sze").split()
_HK_SYL = ("tai man ka wai siu ming kwok chi wing yee mei ling hoi kin chun fai hung kit yan sze "
           "pui shan wah kam ho lok ching kwan yuk lai hing shing tak keung yiu fong suet wan").split()
_MO_SUR = "Leong Ieong Chao Lei Wong Chan Lam Sou Kuok Vong Cheang Lou Iao U Choi Ho Si Lao Hoi".split()
_MO_SYL = "kin man ka hou sio ieng weng kei ian chi cheng wai sok fong lon pou chon lai meng".split()
_TW_SUR = ("Chang Lin Huang Chen Wang Li Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Hung Tseng Chiu Liao "
           "Lai Chou Chien Yeh Su Chuang Lu Chiang Ho Kao Lo Hsiao Tu Tsao Pan Peng Yu").split()
_TW_SYL = ("chih ming mei ling shu fen ya ting chia hao wen hsiung yu chun hung hsiu ying kuan pei "
           "shan chien tzu yi hsin jung kai wei tsung chung li hui chen").split()
_SG_SUR = ("Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia "
           "Seah Foo Leong Neo Quek Heng Khoo Lau Soh Yap").split()
_SG_SYL = ("ah kow boon keng siew ling kok wah mui hoon chee keong hui min wei soon huat bee lian "
           "geok eng swee lan beng hock seng choon peng kim poh").split()
_EN_GIVEN = ("Kevin Amy Peter Grace Michael Jenny David Cindy Tony Vivian Eric Helen Jason Lily Sam "
             "Coco Ivy Frank Winnie Alan Bella Leo Sunny Tommy Rebecca Sandy Carmen Alvin Ken Daisy "
             "Stanley Raymond Wendy Connie Ricky Elaine Gary Jimmy Queenie Samuel Fiona").split()
_ROMAN = {s.lower() for s in _PY_SUR + _HK_SUR + _MO_SUR + _TW_SUR + _SG_SUR} | {
    "qin", "song", "tang", "yuan", "kong", "chow", "shih", "tzu", "shar", "pei", "ross", "ji",
    "che", "cha", "tai", "mao", "ke", "bian", "zha", "men", "chi", "an", "ge", "you", "quan",
    "bao", "lei", "shi", "jin", "gui", "hai", "bai"}

# minorities (characters) ---------------------------------------------------------------------
_UY_M = ("艾尔肯 阿不都热合曼 买买提 吐尔逊 艾力 阿力木 努尔买买提 麦麦提敏 依明 阿卜杜拉 热合曼 阿迪力 "
         "肉孜 托合提 吾买尔 亚森 玉素甫 艾山 喀迪尔 阿布都克力木 努尔艾力 赛买提 吐尔洪 阿曼 塔依尔 "
         "乃比 木合塔尔 沙比尔 卡米力 艾合买提 吾斯曼 阿不力孜 如则 买合木提 图尔贡 艾买提 奥斯曼 "
         "克热木 热西提 阿吉").split()
_UY_F = ("阿依古丽 古丽米拉 热依汗古丽 帕提古丽 努尔古丽 米热古丽 阿依努尔 再娜甫 布沙拉 玛依拉 "
         "佐日古丽 阿米娜 热孜万古丽 祖丽皮亚 帕丽达 则热古丽 阿娜尔古丽 图尔荪古丽 茹仙古丽 "
         "阿瓦古丽 海丽其罕 阿丽米热 努尔比亚 迪娜拉 麦尔哈巴").split()
_KZ_M = ("努尔兰 叶尔兰 别克 叶尔波拉提 哈力木拉提 别克波拉提 阿斯哈尔 吐尔逊别克 巴合提 赛力克 阿曼太 "
         "努尔别克 江布尔 叶尔肯 木拉提 达吾列提 加尔肯 哈那提 阿依丁 叶森 沙肯 加林 吾拉尔 "
         "胡安 阿合买提 吐尔洪别克").split()
_KZ_F = ("阿依达娜 加娜尔 古丽巴哈尔 沙吾列 阿依江 阿克乔勒潘 古丽娜尔 吾尔娜 阿尔娜 哈丽玛 "
         "萨吾列 巴合提古丽 阿依努尔 加孜拉 古丽先").split()
_TB = ("扎西 次仁 格桑 索朗 达瓦 尼玛 拉巴 白玛 德吉 旦增 多吉 平措 洛桑 边巴 普布 曲珍 央宗 卓嘎 益西 "
       "贡布 仁增 强巴 群培 顿珠 巴桑 米玛 次旦 桑珠 旺姆 拉姆 措姆 卓玛 央金 德央 旺堆 罗布 琼达 "
       "仓决 斯朗 泽仁 泽旺 降措 此里 拉措 吉美 登珠 扎巴").split()
_YI_CLAN = ("吉克 阿苏 沙马 马海 俄木 瓦扎 阿的 曲比 吉伍 阿约 木乃 勒格 日火 吉木 尔古 俄底 加拉 "
            "罗洪 阿尔 布约 的日 拉玛 苏呷 比曲 阿克 海来 吉觉 马黑 克其").split()
_YI_GIVEN = ("阿依 石且 拉则 子哈 尔哈 伍呷 木呷 阿果 日哈 拉哈 金古 阿西 拉布 尔布 伍牛 阿支 色日 "
             "曲布 阿呷 石布 约哈 拉格 达史 莫色 子日 阿牛 沙呷 克体 有哈 阿各").split()
_MG = ("其其格 乌日娜 苏日娜 额尔敦 那仁 朝鲁 宝音 巴雅尔 孟和 阿拉坦 哈斯 格日乐 萨仁 图雅 额尔德尼 "
       "敖日格乐 乌力吉 达来 呼和 宝力道 吉日木图 特木尔 巴图 苏和 毕力格 阿木古郎 斯琴 其木格 乌云 "
       "塔娜 陶克陶 满都拉 孟克 阿古拉 朝格图 那顺 额日和木 巴特尔 高娃 图门").split()
_KR_SUR = "金朴李崔郑全韩玄俞申姜吴南宋林河元许黄安"
_KR_GIVEN = ("英哲 春花 明浩 顺姬 美善 成日 京淑 永洙 在贤 光哲 贞淑 英子 顺玉 钟浩 政勋 敏洙 东奎 恩惠 "
             "美兰 昌洙 贤镐 龙植 锡铉 泰焕 明淑 玉姬 顺子 善花 日焕 吉男 英淑 相旭 哲洙 京姬").split()
_JP_SUR = "勒排 木然 恩昆 排 岳 石 何 金 孔 董".split()
_JP_ORD = "麻腊早当堵诺果鲁路扎都木"
_WA_PRE = "岩叶尼艾娜"
_WA_POST = "嘎块帅桑拉茸布坎腊惹肖软门"
_DAI_M = "温罕叫香庄光应坎帕保龙丙甩拉"
_DAI_F = "香南应罕叫坎波喃光燕帕丙"
_LAHU = "约丕倮朵发四克体迫努"
_HANSTYLE = {
    "回族": "马丁纳沙哈穆海白米兰锁拜喇", "壮族": "韦覃黄莫蒙农陆蓝潘卢梁黎",
    "苗族": "龙吴杨石麻滕潘王侯田", "侗族": "吴杨石龙粟欧潘", "布依族": "韦罗王岑陆班",
    "土家族": "田向彭覃冉谭", "羌族": "余王杨何龙韩陈汪", "白族": "杨段赵李张",
    "满族": "关佟那索", "锡伯族": "关佟吴", "纳西族": "和木", "东乡族": "马妥",
}
_ETH_WEIGHTS = [("维吾尔族", 12), ("哈萨克族", 8), ("藏族", 10), ("彝族", 10), ("蒙古族", 8),
                ("回族", 6), ("朝鲜族", 6), ("壮族", 5), ("苗族", 4), ("侗族", 3), ("布依族", 3),
                ("土家族", 3), ("黎族", 4), ("瑶族", 4), ("景颇族", 3), ("佤族", 3), ("傣族", 3),
                ("拉祜族", 2), ("纳西族", 2), ("羌族", 2), ("白族", 2), ("满族", 2), ("锡伯族", 1),
                ("东乡族", 1)]

# ---------------------------------------------------------------------------------------------
# domain pools.  Template tokens:
#   {c} name after a cue word   {n} name with no cue   {h} married woman (old ledger), after 妻
#   {k} 小名/nickname after its cue   {L} a list of names (no cue)
#   [..] literal domain look-alike (must hold a surname character / romanised surname)
#   <..> literal other look-alike   {D} domain word  {P} place  {R} road  {S} shop  {F} firm
#   {B} brand  {d} date  {A} amount  {K} code  {V} plate  {W} 文号  {T} surname+title
#   {M} masked name  {o} official (public_notice)  {pet} pet name  {county} county
#   literals: {q} number {age} age {tel} phone {t} time {yr} year {id} masked ID {eth} ethnicity
#   {x} a nameless sentence of the domain
# ---------------------------------------------------------------------------------------------
_SPEC = {}

_SPEC["quarry_blasting"] = dict(
    D="石料 碎石 石方 石粉 毛石 片石 花岗石 石灰石 白云岩 石子 机制砂石 石场 雷管 电子雷管 毫秒雷管 "
      "雷管脚线 乳化炸药? 民爆物品? 安全员 安全警戒 高边坡 边坡 清方 飞石 平台 马道 矿车 运输车 柴油 "
      "明火 严禁烟火 齐发爆破 段别 单耗 余药 黄土覆盖层 起爆器? 爆破安全距离 安全帽 石料厂",
    E="[Shi Liao] [Lei Guan] [Shi Fen] [Bian Po] [Ma Dao] <detonator> <emulsion explosive> "
      "<ANFO> <blast hole> <crusher> <granite> [Long-hole drilling]",
    B="易普力 雷鸣科化 江南化工 保利联合 金奥博 宏大爆破 徐工 柳工 山推 阿特拉斯",
    BE="Yipuli|Leiming|Poly Union|XCMG|LiuGong|Atlas Copco|Komatsu",
    T="石料厂 采石场 碎石厂 石材厂", T2="矿业 建材 石业", TE="Quarry",
    H="爆破作业人员：|本班装药人员：|参加培训人员：|当班领用人员：",
    S="""{d}爆破员{c}从仓库领用乳化炸药{q}公斤、[电子雷管]{q}发，[安全员]{c}在场
{n}当日作业结束后未及时清退[余药]{q}公斤，[安全员]未签字
经查，{F}在[高边坡]未设[安全警戒]即实施爆破，[飞石]砸坏{P}{n}家屋顶
村民{c}与{n}投诉[石场]夜间放炮、粉尘大
{n}，男，{age}，系{S}临时工，无爆破作业证上岗
现场发现[毫秒雷管]{q}发未登记，保管员{c}称系前日[余药]
{F}运输[石料]的车辆{V}超载，驾驶员{c}已接受处理
[矿车]司机{c}反映[平台]积水、[边坡]有松动
{n}和{n}在{P}私挖[石方]，被巡查发现
爆破员{c}的作业证已过期，由{n}代为装药""",
    F="""领用人：{c}
爆破员：{c}
[安全员]：{c}
保管员：{c}
品名：[电子雷管]
品名：[电子雷管|毫秒雷管|雷管脚线|延期雷管|导爆管雷管]
数量：{q}发
领用日期：{d}
退库：[余药]{q}kg
作业地点：{P}[石场]
备注：{n}代领
审批：{T}
单位：{F}
车号：{V}""",
    C="""{n} {D} {q}发
{n}/{d}/{D}
{n}{tel}
{n}
乳化炸药{q}kg""",
    L="""{d} {n}领[电子雷管]{q}发
{d}：{n}、{n}两人装药，[安全员]{c}警戒
{d} 退库 {n} [余药]{q}kg
{d}{t} {n}报告[飞石]越界
{d} {n}清点民爆物品，账物相符""",
    N="""本月[石场]共爆破{q}次，民爆物品账物相符
{F}[高边坡]治理未完成，责令停产整改
{S}运输[石料]车辆{V}未覆盖篷布
[雷管]与乳化炸药未分库存放，罚款{A}
依据{W}，没收民爆物品
{B}[电子雷管]{q}发已清退入库""",
)
_SPEC["car_rental"] = dict(
    D="押金 租金 定金 违章押金 车辆 租车合同 车损 交强险 商业险 全险 车况 满油 里程 异地还车 车钥匙 "
      "比亚迪秦 比亚迪宋 比亚迪唐 比亚迪元 马自达3 荣威i5 吉利帝豪 长安CS75 哈弗H6 丰田卡罗拉 "
      "雷克萨斯 林肯 押车",
    E="[BYD Qin] [BYD Song] [BYD Tang] [BYD Yuan] <Corolla> <Geely Emgrand> <Wuling Hongguang>",
    B="神州租车 一嗨租车 悟空租车 凹凸租车 五菱宏光 大众朗逸 本田雅阁 别克英朗",
    BE="eHi|CAR Inc.|Wukong|BYD|Geely|Wuling|Honda|Toyota",
    T="汽车租赁 租车行 汽车服务部 车行", T2="汽车租赁 汽车服务 出行科技", TE="Car Rental",
    H="承租人名单：|涉事人员：|未退押金人员：|担保人：",
    S="""承租人{c}于{d}租用[比亚迪秦]{V}，约定[租金]每日{A}，[押金]{A}
{n}还车时[车损]未处理，{S}扣留[违章押金]{A}，双方发生纠纷
投诉人{c}称其与{n}签订[租车合同]，但合同上签字非本人所签
经调解，{F}同意退还{n}[押金]{A}，[商业险]免赔部分由承租人承担
{n}、{n}二人合租{D}自驾，途中在{P}发生剐蹭
车主{c}将私家车挂靠{S}出租，[车辆]无营运资质
{n}（{tel}）反映{S}以年检为由拒退[定金]
租车人{c}逾期{q}天未归还[马自达3]{V}，{S}报警
{n}称{T}口头承诺[全险]，合同却只有[交强险]
担保人{c}及{n}到场协商，同意分期支付[车损]""",
    F="""承租人：{c}
担保人：{c}
驾驶员：{c}
车型：[比亚迪秦|比亚迪宋|比亚迪唐|比亚迪元|马自达3|荣威i5|吉利帝豪|长安CS75|哈弗H6|丰田卡罗拉]
车牌：{V}
[押金]：{A}
[租金]：{A}/天
合同号：{K}
取车：{d}
还车网点：{R}
备注：{n}代还车
经办：{T}""",
    C="""{n} {D} {V}
{n}/{A}/{d}
{n}{tel}
{D}
{d} {n} [押金]{A}""",
    L="""{d} {n}来电催退[押金]
{d} 已联系{n}，其称[车损]另行协商
{d} {n}与{S}到场调解，达成协议
{d}{t} {n}续租{q}天
{d} {n}交回[车钥匙]""",
    N="""{S}共有出租[车辆]{q}台，其中{D}{q}台
{F}[租车合同]格式条款已责令修改
{V}违章{q}条未处理，[违章押金]{A}暂扣
依据{W}，对{F}罚款{A}
[全险]与[商业险]价格未明码标价
{B}门店[异地还车]费{A}未提前告知""",
)
_SPEC["poultry_farms"] = dict(
    D="白羽肉鸡 黄羽肉鸡 海兰褐 罗曼粉 罗斯308 麻鸡 三黄鸡 乌鸡 芦花鸡 马立克 高致病性禽流感 鸡白痢 "
      "传染性支气管炎 种蛋 玉米 豆粕 平养 林下养鸡 柴鸡蛋 麻鸭 白鹅 金定鸭 樱桃谷鸭 强制免疫 屠宰 "
      "青年鸡? 海兰灰 京粉? 温氏合作户",
    E="[Ross 308] <Hy-Line Brown> <Lohmann> <Arbor Acres> [Huang Yu broiler] [Ma Ji] "
      "[Bai Yu broiler] [Lu Hua chicken]",
    B="温氏股份 圣农发展 正大 益生 峪口禽业 海大饲料 新希望六和 大午 华都食品 凤祥",
    BE="Wens Foodstuff|Sunner|CP Group|Yisheng|Haid|New Hope",
    T="养鸡场 禽业合作社 蛋鸡场 家禽收购点", T2="禽业 农牧 养殖", TE="Poultry Farm",
    H="养殖户：|补免户：|收购人员：|送检人：",
    S="""养殖户{c}存栏[海兰褐]{q}羽，[强制免疫]记录缺{d}一次
{n}从{P}收购活禽{q}羽未索取检疫证明，运输车{V}
{P}{n}家[林下养鸡]死亡{q}羽，送检确诊[鸡白痢]
收购商{c}与养殖户{c}因[白羽肉鸡]出栏价格发生纠纷，{F}拒付货款{A}
{n}反映邻居{c}鸡舍粪污直排，臭味大
防疫员{c}于{d}对{P}[麻鸭]补免，{n}拒绝配合
{n}，{age}，承包{P}鸡场，饲养[罗曼粉]蛋鸡{q}只
户主{c}外出务工，其妻{h}在家饲养[芦花鸡]{q}只
{n}及其子{c}私宰活禽，无[屠宰]许可""",
    F="""养殖户：{c}
户主：{c}
防疫员：{c}
品种：[白羽肉鸡|黄羽肉鸡|海兰褐|罗曼粉|罗斯308|麻鸡|三黄鸡|乌鸡|芦花鸡|麻鸭|白鹅|金定鸭|樱桃谷鸭|海兰灰]
存栏：{q}羽
免疫日期：{d}
免疫病种：[高致病性禽流感]、新城疫
场址：{P}
收购人：{c}
车辆：{V}
备注：妻{h}代签
乳名：{k}""",
    C="""{n} {D} {q}羽
{P}{n}/{q}只
{n}{tel}
{n}
[马立克]已免""",
    L="""{d} {n}[强制免疫]{q}羽
{d} 到{n}家采血{q}份
{d}{t} {n}报病死禽{q}只，已无害化处理
{d} {n}、{n}两户补免
{d} {n}送[种蛋]{q}枚""",
    N="""本季度[强制免疫]应免{q}羽、实免{q}羽
{F}饲料中检出违禁添加，依据{W}处罚
[白羽肉鸡]毛鸡价{A}/斤
{P}活禽交易点休市消毒
{B}[罗斯308]鸡苗{q}羽到场""",
)
_SPEC["timber_processing"] = dict(
    D="杨木 柳木 马尾松 白松 乔木 龙骨 方木 原木 刨花板 植物检疫证 单板 板皮 白坯 杨木单板 桉木皮 "
      "车间 封边 林木 林权 檀木 柏木 黄花梨 花梨木 乌木 运输车辆 杨树 桐木? 木方",
    E="[Yang Mu] [Ma Wei Song] [Bai Song] <plywood> <particle board> <veneer> [Fang Mu] "
      "<pine logs>",
    B="兔宝宝 千年舟 莫干山 大自然 圣象 鲁丽木业 福汉 大亚",
    BE="Dare|Power Dekor|Tubao|Nature",
    T="木材加工厂 板材厂 锯木厂 木业", T2="木业 板材 林产品", TE="Timber Mill",
    H="涉案人员：|装车人员：|车间工人：|申请人：",
    S="""{F}[车间]粉尘超标，工人{c}手部被带锯割伤送医
{n}驾驶{V}运输[杨木]{q}立方米，无[植物检疫证]
{P}{n}私自收购[马尾松][原木]{q}根
板材厂负责人{c}与{n}因[白坯]计件单价发生争执
{n}称其[单板]晾晒场被{S}占用
经查{F}[刨花板]生产线未批先建，依据{W}责令停产
货主{c}托运的[方木]在{P}被查扣，驾驶员{c}称不知情
{n}，{age}，在{S}[封边]机上作业时手指受伤
{n}举报{n}盗伐[林木]后卖给{S}""",
    F="""货主：{c}
驾驶员：{c}
车号：{V}
树种：[杨木|柳木|马尾松|白松|檀木|柏木|花梨木|乌木|杨木单板|桉木皮]
材积：{q}m³
起运地：{P}
到达地：{P}
[植物检疫证]号：{K}
负责人：{c}
备注：{n}押车""",
    C="""{n} {D} {q}方
{V}/{n}/{D}
{n}{tel}
{P}
{d} {n} [原木]{q}根""",
    L="""{d} 查验{V}，驾驶员{c}，装载{D}
{d} {n}来办木材运输证
{d} {n}、{n}到厂结算[单板]款{A}
{d}{t} {n}举报{S}夜间开锯""",
    N="""[林木]采伐限额已用{q}立方米
{S}干燥窑未设消防通道，[刨花板]堆放杂乱
本月检查[运输车辆]{q}台次
{B}[杨木单板]收购价{A}/方
依据{W}，没收[马尾松][原木]{q}根""",
)
_SPEC["garment_factory"] = dict(
    D="平车 包缝机 包装 车位 车工 车间 童装 牛仔裤 毛衣 羊毛衫 查货 高领 华达呢 计件单价 计件工资 "
      "成衣 全勤奖 罗纹 冚车 绷缝车 打枣车 花样机 印花 绣花 尾查? 高速平缝机",
    E="[Ping Che] [Bao Feng] <overlock> <lockstitch> <piece rate> <QC> [Che Wei] <denim>",
    B="兄弟缝纫机 重机 杰克 标准缝纫机 申洲 海澜之家 森马 波司登 罗蒙",
    BE="Juki|Brother|Jack|Shenzhou|Bosideng|Semir",
    T="服装厂 制衣厂 针织厂 童装厂", T2="服饰 制衣 针织", TE="Garment Factory",
    H="欠薪人员：|缝纫工：|投诉工人：|领款人：",
    S="""缝纫工{c}、{n}等{q}人反映{F}拖欠{d}至今[计件工资]共{A}
{n}在[平车]岗位计件，[计件单价]被[查货]组长随意下调
车位工{c}夜班时被[绷缝车]扎伤手指
{n}，女，{age}，{P}人，入职时被扣[全勤奖]{A}
厂方{S}称{n}擅自离职，拒付工资
{n}与{n}代表工友到劳动监察大队投诉
[童装][车间]未配灭火器，负责人{c}未到场
{n}的丈夫{c}来厂讨要工资，与{T}发生推搡
[羊毛衫]订单延期，厂方以此为由压{n}等人工资""",
    F="""姓名：{c}
工种：[车工]
岗位：[平车|包缝机|车位|车工|查货|绷缝车|打枣车|花样机|印花|绣花|包装]
入职：{d}
欠薪：{A}
件数：{q}件
单价：{A}
班组：[车位]{q}组
组长：{T}
委托人：{c}""",
    C="""{n} [平车] {q}件 {A}
{n}/{D}/{A}
{n}{tel}
{n}
{age}""",
    L="""{d} {n}来访，称[计件工资]少算{q}件
{d} 约谈{S}老板，{n}在场
{d} {n}、{n}领取欠薪{A}
{d}{t} {n}电话：已收到""",
    N="""{F}共欠{q}名工人工资{A}
[包装][车间]与宿舍未分离
依据{W}，对{F}作出处罚
{B}[高速平缝机]{q}台被供应商拉走抵债""",
)
_SPEC["fuel_stations"] = dict(
    D="柴油 0号柴油 -10号柴油 成品油 消防沙 安全阀 计量 计量检定 罐车 车用尿素 调和油 石脑油 付款码 "
      "单据 严禁烟火 明火 高速服务区 移动加油车 汽柴油 油罐车 石化加油站",
    E="[Chai You] <diesel> <octane 95> <pump attendant> <vapour recovery> <Sinopec> [Shi Nao You]",
    B="中石化 中石油 中海油 壳牌 延长壳牌 正星加油机 托肯 恒山",
    BE="Sinopec|PetroChina|CNOOC|Shell|Tokheim",
    T="加油站 加油点 油站 能源站", T2="石油 能源 石化", TE="Filling Station",
    H="当班加油员：|举报人：|涉事人员：|现场人员：",
    S="""加油员{c}向{n}的塑料桶内售卖散装汽油{q}升
{S}被举报销售[调和油]，抽检[0号柴油]闪点不合格
{n}驾驶{V}加油后发动机故障，怀疑油品问题，向{F}索赔{A}
站长{c}称[计量检定]证书已过期，正在补办
{d}检查时发现[罐车]卸油未接静电，司机{c}、押运员{c}均无证
{n}反映{S}[付款码]多扣{A}
{P}{n}开设的[移动加油车]无证经营
{n}，{age}，在加油区吸烟，与加油员{c}发生争执""",
    F="""加油员：{c}
站长：{c}
品号：[0号柴油]
油品：[柴油|0号柴油|-10号柴油|车用尿素|汽柴油]
抽检批次：{K}
车牌：{V}
金额：{A}
检查日期：{d}
地址：{R}
举报人：{c}""",
    C="""{n} {V} {A}
{n}/{D}/{q}L
{n}{tel}
{d} {n} [罐车]{V}""",
    L="""{d} {n}当班，[安全阀]异常未报
{d}{t} {n}投诉多收费
{d} 抽检[柴油]，{n}签字确认
{d} {n}与{n}换班""",
    N="""[成品油]抽检{q}批次，合格{q}批次
{S}[消防沙]不足，[明火]管理不到位
依据{W}，没收[调和油]{q}升
{B}{S}[石脑油]来源不明""",
)
_SPEC["dental_clinics"] = dict(
    D="种植牙 种植体 全瓷冠 牙周 麻药 全口义齿 石膏模型 印模 智齿 高压灭菌 冷光美白 即刻种植 钛基台 "
      "基台 牙周刮治 牙科综合治疗台 烤瓷冠? 全麻 根管? 单颗种植",
    E="[Zhong Zhi Ya] [Quan Ci crown] <root canal> <implant> <Invisalign> <Straumann> <Osstem>",
    B="士卓曼 诺贝尔 奥齿泰 登腾 登士柏 美亚光电 松风",
    BE="Straumann|Nobel Biocare|Osstem|Dentium|Dentsply",
    T="口腔诊所 牙科诊所 口腔门诊部 齿科", T2="口腔门诊部 齿科 医疗", TE="Dental Clinic",
    H="投诉患者：|就诊人：|调解参加人：|家属：",
    S="""患者{c}于{d}在{S}做[种植牙]{q}颗，费用{A}，术后[种植体]松动
{n}投诉[全瓷冠]收费与宣传不符，{F}称系[钛基台]加价
{n}、{n}母女二人在{S}做[冷光美白]后牙齿敏感
医师{c}无执业证独立实施[智齿]拔除
{n}（{age}）的家属{c}称[麻药]注射后出现晕厥
{S}未对[牙周]治疗器械[高压灭菌]，护士{c}未做记录
投诉人{c}要求{F}退还[即刻种植]费用{A}，其子{c}陪同
{n}称{T}承诺终身保修[全口义齿]""",
    F="""患者：{c}
家属：{c}
医师：{c}
项目：[种植牙|全瓷冠|牙周刮治|全口义齿|冷光美白|即刻种植|单颗种植|智齿拔除]
费用：{A}
就诊日期：{d}
诊所：{S}
投诉编号：{K}
处理：{T}回访
备注：{n}转诊""",
    C="""{n} {D} {A}
{n}/{d}/[种植体]
{n}{tel}
{n}
{age}""",
    L="""{d} {n}复诊，[种植体]松动
{d}{t} {n}来电投诉
{d} 约{n}与{S}面谈
{d} {n}签收退款{A}""",
    N="""{S}[牙科综合治疗台]{q}台，消毒记录缺失
{F}[种植牙]集采价格未公示
依据{W}，对{S}处罚{A}
[石膏模型]与医疗废物混放
{B}[种植体]进货票据不全""",
)
_SPEC["logistics_warehouses"] = dict(
    D="叉车 堆高车 托盘 高位货架 运单 提货单 签收单 车厢 冷链 月台 卸货平台 地牛 电动叉车 叉车证 "
      "万向轮 周转箱 出库单 入库单 盘点 干线 门店 车队 安全通道 冷库",
    E="[Cha Che] [Tuo Pan] <pallet> <racking> [Long-span racking] <waybill> <dock> <forklift>",
    B="顺丰 中通 圆通 申通 韵达 京东物流 德邦 百世 安能 林德叉车 杭叉 合力叉车 丰田叉车 龙工",
    BE="SF Express|ZTO Express|YTO|STO|Yunda|JD Logistics|Deppon|Linde|Hangcha|Heli",
    T="物流 仓储 快递网点 货运部", T2="物流 供应链 仓储", TE="Logistics",
    H="涉事人员：|装卸工：|收件人：|当班人员：",
    S="""叉车司机{c}无[叉车证]驾驶[电动叉车]，撞倒[高位货架]，{n}被砸伤
货主{c}称{F}仓库内{q}箱货物丢失，[入库单]有仓管员{c}签字
{n}驾驶{V}在[月台]倒车时挤伤装卸工{c}
{n}与{n}在[盘点]中发现账实不符，差额{A}
{P}{n}投诉[运单]{K}丢件，快递网点{S}拒绝理赔
{n}，{age}，临时装卸工，未签劳动合同
[冷链]仓温度失控，负责人{c}未及时处置
收件人{c}称[签收单]上的签名系{n}冒签""",
    F="""货主：{c}
司机：{c}
仓管员：{c}
[运单]号：{K}
车牌：{V}
货物：[周转箱|托盘]{q}个
损失：{A}
日期：{d}
仓库：{R}
签收人：{c}""",
    C="""{n} {K} {A}
{n}/{V}/{d}
{n}{tel}
{d} {n} [托盘]{q}个""",
    L="""{d} {n}入库{q}箱，[入库单]{K}
{d}{t} {n}报丢件
{d} {n}、{n}复核[盘点]
{d} {n}签收[提货单]""",
    N="""[高位货架]未设防撞护栏
{S}[叉车]{q}台未年检
本月[运单]投诉{q}件
依据{W}，对{F}处罚{A}
{B}[干线]车辆{V}超时""",
)
_SPEC["flower_nursery"] = dict(
    D="杜鹃 桂花 金桂 玉兰 白玉兰 广玉兰 红叶石楠 金叶女贞 龙柏 海棠 西府海棠 罗汉松 黄杨 小叶黄杨 "
      "银杏 梅花 兰花 蝴蝶兰 马尼拉草 高羊茅 常青藤 乔木 容器苗 栾树 朴树 柏木 柳树 垂柳 杨树 石榴 "
      "苗木 花卉 盆景",
    E="[Luo Han Song] [Gui Hua] [Yu Lan] [Jin Gui] [Hai Tang] [Du Juan] [Yin Xing] <camellia> "
      "<peony> <osmanthus> <ginkgo>",
    B="虹越 夏溪花木市场 陈村花卉世界 斗南花市 鄢陵花木",
    BE="Hongyue|Dounan Flower Market",
    T="苗圃 花木场 园艺场 花卉店", T2="园林绿化 花木 苗木", TE="Nursery",
    H="补偿户：|承包户：|种植户：|领款人：",
    S="""苗圃承包户{c}与{F}签订绿化苗木供货合同，[桂花]{q}株货款{A}未付
{n}称其[红叶石楠]被{S}低价收购后转卖
{P}{n}、{n}两户[苗木]因修路被占，补偿标准有争议
养护工{c}在[乔木]修剪时从高处坠落
{n}，{age}，在{P}租地{q}亩种植[金叶女贞]
经查{S}销售的[罗汉松]无检疫证明，货主{c}已补办
{n}反映[银杏]胸径与合同不符，验收人{T}拒签
{n}及{n}合伙承包{P}[苗木]基地""",
    F="""承包户：{c}
品种：[杜鹃|桂花|金桂|白玉兰|广玉兰|红叶石楠|金叶女贞|龙柏|西府海棠|罗汉松|小叶黄杨|银杏|梅花|蝴蝶兰|栾树|朴树|垂柳|石榴]
规格：胸径{q}cm
数量：{q}株
地块：{P}
合同额：{A}
验收：{d}
供货方：{S}
联系人：{c}
备注：{n}代收""",
    C="""{n} {D} {q}株
{P}{n}/{q}亩
{n}{tel}
{n}
{D}""",
    L="""{d} {n}送[罗汉松]{q}株
{d}{t} {n}来电催款
{d} 踏勘{n}、{n}地块
{d} {n}领取补偿{A}""",
    N="""[苗木]检疫{q}批
{S}[盆景]占道经营
[高羊茅]草坪补植{q}平方米
依据{W}，对{F}处罚
{B}[西府海棠]到货{q}株""",
)
_SPEC["hydropower_stations"] = dict(
    D="闸门 前池 压力前池 厂房 主厂房 安全鉴定 关停退出 高压开关柜 库容 水位计 安置点 移民安置房 "
      "汛限水位 正常蓄水位 死水位 调压井 进水口闸门 交接班记录 安全帽 高压室",
    E="[Zha Men] [Qian Chi] [An Zhi Dian] <penstock> <turbine> <spillway> <tailrace> <dispatch>",
    B="东方电气 哈电集团 富春江 天发 国家电网",
    BE="Dongfang Electric|Harbin Electric|State Grid",
    T="水电站 电站 发电站 水电厂", T2="水电开发 电力 能源", TE="Hydropower Station",
    H="移民户：|扶持人员：|值班人员：|来访人员：",
    S="""值班员{c}{d}夜班脱岗，[前池]漫水未发现
库区移民{c}反映[移民安置房]漏水，其妻{h}多次找{F}未果
{n}、{n}等{q}户称后期扶持资金{A}未发放到位
{P}{n}在电站尾水渠下游捕鱼溺水，家属{c}要求赔偿
{S}未按要求下泄生态流量，[闸门]开度不足，站长{c}称设备故障
{n}，{age}，电站[厂房]临时工，操作[高压开关柜]时被电弧灼伤
移民户{c}户口迁入[安置点]后，子女{c}入学未落实
{n}和{n}在[库容]范围内违建鱼棚""",
    F="""值班员：{c}
交班人：{c}
接班人：{c}
[正常蓄水位]：{q}m
出力：{q}kW
日期：{d}
电站：{S}
移民户主：{c}
扶持金额：{A}
备注：{n}代领
配偶：{h}""",
    C="""{n} {A} {P}
{n}/{q}人/{A}
{n}{tel}
{d} {n} [交接班记录]""",
    L="""{d} {n}接班，[水位计]读数{q}m
{d}{t} {n}巡查[闸门]
{d} {n}、{n}检修[调压井]
{d} {n}来访反映[移民安置房]问题""",
    N="""{S}列入[关停退出]名单
[压力前池]护栏缺失
本月发电量{q}万kWh，[汛限水位]超限{q}次
依据{W}，对{F}处罚{A}
{B}[高压开关柜]返厂维修""",
)
_SPEC["kitchen_waste"] = dict(
    D="隔油池 密闭车 收运车 收运车辆 台账 收运台账 转移联单 联单 全密闭 车载GPS 申报 干湿分离 "
      "车厢 称重单 收运单 收集桶? 油水分离? 餐厨车",
    E="[Ge You Chi] [Tai Zhang] <grease trap> <swill> <bin> <collection truck> <manifest>",
    B="朗坤环境 维尔利 盈峰环境 启迪",
    BE="Lankom|Weill|Infore",
    T="饭店 餐馆 酒楼 食堂", T2="环保科技 再生资源 环境服务", TE="Waste Services",
    H="收运人员：|无证收运人员：|签收人：|产生单位联系人：",
    S="""{S}将[隔油池]废油卖给无资质的{n}，未记[收运台账]
[收运车]{V}驾驶员{c}在{R}沿途滴漏，被城管拍照
{n}称其饭店餐厨垃圾一直交给{n}收运，不知需签[转移联单]
收运员{c}与{n}因[称重单]重量不符争吵
{P}{n}用泔水喂猪，被查处
{F}[收运台账]记载{d}收运{q}桶，但[车载GPS]无轨迹，经理{c}无法解释
{n}，{age}，无证收运，车辆{V}为改装三轮""",
    F="""产生单位：{S}
联系人：{c}
收运人：{c}
车辆：{V}
重量：{q}kg
日期：{d}
[联单]号：{K}
去向：{F}
备注：{n}代签
[台账]：缺{q}日""",
    C="""{n} {V} {q}桶
{S}/{n}/{q}kg
{n}{tel}
{d} {n} [收运单]{K}""",
    L="""{d} {n}收{S}{q}桶
{d}{t} {n}车{V}到厂
{d} {n}、{n}补签[联单]
{d} {n}未按路线行驶""",
    N="""[收运车辆]{q}台均安装[车载GPS]
{S}[隔油池]未清掏
[收运台账]与处置厂[称重单]不一致
依据{W}，对{F}处罚{A}
{B}[密闭车]{V}停运检修""",
)
_SPEC["pet_hospitals"] = dict(
    D="金毛 柯基 边牧 哈士奇 比熊 柴犬 马犬 中华田园犬 田园犬 蓝猫 蓝白猫 金渐层 银渐层 高加索 杜宾 "
      "罗威纳 秋田犬 沙皮 牧羊犬 边境牧羊犬 巴哥",
    E="[Chow Chow] [Shih Tzu] [Shar Pei] [Jin Mao] [Ke Ji] [Chai Quan] <Golden Retriever> "
      "<Corgi> <Husky>",
    B="皇家 冠能 比瑞吉 麦富迪 伯纳天纯 瑞派 新瑞鹏 芭比堂 宠颐生 硕腾 妙三多 卫佳",
    BE="Royal Canin|Purina|Zoetis|Boehringer|Ruipai|New Ruipeng",
    T="宠物医院 宠物店 宠物美容店 动物诊所", T2="宠物医院 宠物服务", TE="Pet Hospital",
    H="犬主：|寄养人：|投诉人：|领养人：",
    S="""犬主{c}的[金毛]未拴牵引绳咬伤{n}，{n}在{S}注射狂犬疫苗
{n}投诉{S}给其[蓝猫]洗澡后死亡，要求赔偿{A}
宠物医院医师{c}无兽医资格证，为[柯基]实施绝育
{P}{n}饲养[马犬]{q}只未办理犬只登记
{n}、{n}夫妇寄养的[比熊]走失，{S}称系员工{c}未关笼门
美容师{c}在给[沙皮]修剪时剪伤耳朵，主人{c}报警
{n}，{age}，收养流浪[中华田园犬]{q}只，邻居{c}投诉噪音
{n}的[边牧]{pet}被{T}误当流浪犬收容""",
    F="""犬名：{pet}
品种：{D}
犬证号：{K}
免疫日期：{d}
主人：{c}
地址：{R}
费用：{A}
医师：{c}
芯片：{K}""",
    C="""{n} {D} {pet}
{n}/{K}/{d}
{n}{tel}
{n}
{D}""",
    L="""{d} {n}带[金渐层]复诊
{d}{t} {n}投诉收费
{d} {n}、{n}领养[田园犬]
{d} {n}补办犬证""",
    N="""本月犬只登记{q}只，[马犬]等大型犬{q}只
{S}宠物美容区与诊疗区未分隔
依据{W}，对{S}处罚{A}
[哈士奇]{pet}走失，已张贴启事
{B}[狂犬疫苗]批号{K}""",
)

_ROLES = {
    "quarry_blasting": "爆破员 安全员 保管员 库管员 装药工 钻孔工 石场工人 矿车司机 押运员 当事人",
    "car_rental": "承租人 担保人 车主 租车人 驾驶人 客户 当事人",
    "poultry_farms": "养殖户 防疫员 收购商 鸡场工人 户主 村民 麻鸭养殖户",
    "timber_processing": "货主 驾驶员 板材厂工人 木工 锯工 林农 车间工人",
    "garment_factory": "缝纫工 车工 平车工 包装工 查货员 车位工 工友",
    "fuel_stations": "加油员 收银员 罐车司机 押运员 安全员 车主",
    "dental_clinics": "患者 家属 医师 护士 种植牙患者 投诉人",
    "logistics_warehouses": "叉车司机 仓管员 装卸工 货主 分拣员 车队司机 收件人",
    "flower_nursery": "承包户 养护工 苗农 花农 苗圃工 村民",
    "hydropower_stations": "值班员 移民户 巡检员 闸门工 安置户 户主",
    "kitchen_waste": "收运员 收运车司机 店主 厨师 台账记录员 当事人",
    "pet_hospitals": "犬主 宠物主人 美容师 兽医 寄养人 柴犬主人",
}
_ROLES_EN = "driver owner complainant worker farmer patient resident staff customer lessee".split()
_PETS = "豆豆 旺财 球球 咪咪 花花 多多 乐乐 可乐 布丁 团子 大黄 小黑 丢丢 妞妞 元宝 来来 黑豹 雪球".split()
_COUNTIES = ("石门县 罗田县 马关县 高县 汤阴县 龙胜县 黄梅县 温宿县 宁乡市 丰都县 常宁市 武冈市 钟祥市 "
             "江山市 林州市 余庆县 安化县 桂阳县 华容县 成安县 凤凰县 蒙城县 柏乡县 梁平区 贺州市 "
             "韩城市 乐安县 潘集区 岳西县 易县 宜章县 金寨县 田阳区 万荣县 明溪县 沙县区").split()
_TOWNS = ("石门镇 龙潭乡 高桥镇 黄土岗 白沙镇 金沙村 柳林镇 温泉镇 梅岭村 桂花村 冯家湾 郑店 谢岗镇 "
          "宋河镇 唐寨村 许庄 邓岗 曹集 彭场镇 肖家湾 田坝 董家庄 袁家岭 潘集 蒋桥 余家湖 杜庄 叶集 "
          "程家湾 苏坪 魏庄 丁集 任庄 沈塘 姚湾 卢寨 崔家桥 钟山 谭家坪 陆口 汪集 范湖 金口 石岗 "
          "贾庄 夏店 付家坡 方家嘴 马鞍山村 韦寨 覃塘 蒙山").split()
_VSUF = "家村 家庄 家湾 家坪 家沟 家岭 家坝 家寨 庄村 营村 屯 集 寨 家嘴 家台 家河 家铺".split()
_ROADS = ("解放路 人民路 建设路 中山路 文昌路 黄河路 长江路 龙华路 石桥路 高新大道 江滨路 常青路 "
          "金龙大道 马场路 华山路 桂花街 梅园路 柳营路 宁国路 严家巷 李家巷 武胜路 向阳路 白马路 "
          "汤泉路 钟楼街 卫国路 冯家巷").split()
_FIRMWORD = "鸿发 金龙 华盛 宏达 永安 万兴 隆昌 兴旺 吉祥 富民 长盛 恒通 聚源 顺达 安康 国泰 天和 丰源 宏图 瑞丰".split()
_TITLES = "师傅 老板 医生 经理 老师 站长 场长 厂长 班长 组长 会计 所长 队长".split()
_PE = ("Zhangzhou Chenzhou Huangshan Liuzhou Wenzhou Yangzhou Zhoukou Linyi Tangshan Zhaoqing "
       "Jiangmen Gaoyou Lishui Ma'anshan Heyuan Songyuan Xuchang Luoyang Kowloon Shatin Tai_Po "
       "Wanchai Taipei Macau Singapore Lijiacun Wangzhuang Zhangjiawan Huangjiaba Shimen Longtan "
       "Gaoqiao Baisha").split()
_PE = [x.replace("_", " ") for x in _PE]
_RE = ("Renmin Road|Jiefang Road|Zhongshan Road|Nathan Road|Queen's Road|Orchard Road|Wenchang Road|"
       "Huanghe Road|Lee Garden Road|Ma Tau Wai Road|Tai Hang Road|Lung Cheung Road|Jianshe Road|"
       "Longhua Road").split("|")
_EN_TITLES = "Mr. Mr Ms. Mrs Dr. Boss Master Manager".split()

_DOCNO = ("{c}应急罚〔{y}〕{n}号|{c}市监处罚〔{y}〕{n}号|{c}市监罚字〔{y}〕第{n}号|{c}农（牧）罚〔{y}〕{n}号|"
          "{c}林罚决字〔{y}〕{n}号|{c}环罚〔{y}〕{n}号|{c}水罚〔{y}〕{n}号|{c}城管罚〔{y}〕{n}号|"
          "{c}卫医罚〔{y}〕{n}号|{c}交运罚〔{y}〕{n}号|{c}公（治）行罚决字〔{y}〕{n}号").split("|")
_DOCPRE = "石 罗 马 高 汤 龙 黄 温 宁 丰 常 武 钟 江 林 余 安 桂 华 成 凤 蒙 柏 贺 韩 乐 潘 岳 易 宜 金 田 万 明 沙".split()
_PLATE = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"

_TYPOS = [("已经", "以经"), ("再次", "在次"), ("做好", "作好"), ("联系", "连系"), ("台账", "台帐"),
          ("押金", "压金"), ("爆破", "暴破"), ("立即", "立既"), ("整改", "正改"), ("反映", "反应"),
          ("签字", "签子"), ("退还", "退换"), ("登记", "登计"), ("其他", "其它"), ("截止", "截至"),
          ("拖欠", "托欠"), ("赔偿", "陪偿"), ("处理", "处里"), ("投诉", "投述")]
_FULL2HALF = {"：": ":", "，": ",", "；": ";", "（": "(", "）": ")", "。": ".", "！": "!"}
_HALF2FULL = {v: k for k, v in _FULL2HALF.items() if v not in ".!"}

# ---------------------------------------------------------------------------------------------
# public notices (公示/公告) and English exports
# ---------------------------------------------------------------------------------------------
_PUBLIC = [
    ("hydropower_stations", """关于{yr}年度大中型水库移民后期扶持人口核定情况的公示
{P}：经户主申报、村民小组评议，下列人员拟核定为扶持人口：{L}
其中{n}（未成年）由监护人{c}代为申报，{n}已迁出，由其女{c}申请注销。
公示期：{d}至{d}。如有异议，请向村委会反映。
村委会主任：{o}　联系人：{o}　电话：{tel}"""),
    ("poultry_farms", """{county}农业农村局关于{yr}年家禽养殖补贴申请人员的公示
申请人：{L}（共{q}户）
[白羽肉鸡]存栏核查人：{o}，审核人：{o}。
对公示内容有异议的，请实名反映。异议人{c}已就{n}虚报存栏一事提出异议，正在核查。"""),
    ("quarry_blasting", """{county}爆破作业人员许可证申领公示
申请人：{c}，{P}人；申请人：{c}，{P}人；{n}，{P}人。
经审查符合条件。公示期间如有异议请联系{county}公安局治安大队 {o}（{tel}）。"""),
    ("fuel_stations", """举报奖励公示
举报人{c}举报{S}销售不合格[0号柴油]，经查属实，依据{W}给予奖励{A}。
（举报人已同意公示）
经办人：{o}  审核：{o}"""),
    ("pet_hospitals", """犬只收容认领公告
{d}在{R}收容[金毛]一只，{P}居民{c}称系其所养，证人{c}在场确认。
请其他主张权利人于{q}日内联系 {o} {tel}。"""),
    ("flower_nursery", """{P}道路工程青苗补偿公示
{n}：[桂花]{q}株，补偿{A}
{n}：[红叶石楠]{q}株，补偿{A}
{n}（已故，由其子{c}领取）：[罗汉松]{q}株
异议人{c}对面积有异议。
村委会主任：{o}　监督：{o}"""),
    ("garment_factory", """关于{F}欠薪情况的公告
经{county}人社局调查，该公司拖欠{L}等{q}名缝纫工[计件工资]共{A}。请上述人员或其委托代理人携身份证于{d}前到{R}领取，委托人{c}须持授权书。
联系人：{o}"""),
    ("car_rental", """公告送达
{c}：
你与{S}的[租车合同]纠纷一案，因无法联系，依法公告送达。请自公告之日起{q}日内到{county}市场监管局领取调解文书。担保人{c}一并知悉。
经办人：{o} {tel}"""),
    ("dental_clinics", """{county}卫健局关于医疗纠纷人民调解结果的公示
申请人{c}（患者{n}之母）与{S}就[种植牙]费用纠纷，经调解达成协议，该诊所退还{A}。见证人：{c}。
调解员：{o}"""),
    ("logistics_warehouses", """无主货物认领公告
{d}{F}仓库清理出无人认领货物{q}件，[运单]收件人为{n}、{n}。请收件人或其亲属于{d}前认领，逾期依法处理。
联系人：{o} {tel}"""),
    ("kitchen_waste", """举报奖励公示
举报人{c}举报{P}{n}无证收运餐厨垃圾，经查属实，奖励{A}。
{county}城管局　经办人：{o}　复核：{o}"""),
    ("timber_processing", """林木采伐许可申请公示
申请人：{c}（{P}），采伐[马尾松]{q}立方米；
申请人：{c}，[杨树]{q}株，林权共有人{c}同意。
审核人：{o}　林业站站长：{o}"""),
    ("fuel_stations", """行政处罚信息公示
决定书文号：{W}
当事人：{M}（自然人）
违法事实：当事人在{P}无证经营[移动加油车]，举报人{c}提供线索，证人{c}。
处罚内容：罚款{A}
处罚机关：{county}市场监督管理局"""),
    ("hydropower_stations", """移民安置房分配结果公示
{L}
以上户主抽签确定房号。{n}户由其妻{h}代抽。
监督人：{o}　经办：{o}"""),
    ("pet_hospitals", """{county}犬只登记办证情况公示（第{q}批）
{L}
办证窗口：{o}，电话{tel}"""),
]

_ENGLISH = [
    ("car_rental", "Case {K} ({d}): Lessee {c} rented [BYD Qin] {V} from {S}; deposit {A} withheld over scratches. Guarantor: {c}."),
    ("car_rental", "{d} {n} called re: deposit refund; spoke to {T}. Follow-up with {n} pending."),
    ("car_rental", "{n} and {n} jointly leased {D} ({V}); accident near {R}."),
    ("fuel_stations", "Complainant {c} (tel {tel}) says {S} sold adulterated {D}; pump attendant {c} refused receipt."),
    ("dental_clinics", "Patient {c}, {age}, implant ({D}) at {S} failed; daughter {c} requests refund of {A}."),
    ("quarry_blasting", "Blasting record | Blaster: {c} | Safety officer: {c} | Item: {D} x{q} | Site: {P} | Date: {d}"),
    ("garment_factory", "{n}; {n}; {n} - seamstresses at {F}, unpaid piece wages ([Ping Che] line) since {d}."),
    ("logistics_warehouses", "Warehouse {K}: forklift ([Cha Che]) driver {c} struck racking; {n} injured, sent to {P} People's Hospital."),
    ("flower_nursery", "Grower {c} of {P} supplied {D} x{q} to {F}; payment {A} outstanding. Contact {n} {tel}."),
    ("hydropower_stations", "Duty log {d}: operator {c} on shift, [Qian Chi] level {q} m; handover to {n} at 08:00."),
    ("kitchen_waste", "Kitchen waste pickup: truck {V}, collector {c}, source {S}, {q} bins; ledger ([Tai Zhang]) missing {d}."),
    ("pet_hospitals", "Dog owner {c}'s {D} bit {n} near {R}; victim vaccinated at {S}."),
    ("poultry_farms", "Poultry farmer {c} ({P}): {D} flock {q} birds; vaccination by {n} on {d}."),
    ("timber_processing", "Timber truck {V} stopped at {P} checkpoint; driver {c}, cargo {D} {q} m3, owner {n}."),
    ("hydropower_stations", "{d}\n{n} - {age} - {tel}\n{n} - {age} - {tel}"),
    ("hydropower_stations", "Resettlement: household head {c}, wife {c}, son {c}; compensation {A} paid {d}."),
    ("garment_factory", "Name: {c}\nAlias: {c}\nEmployer: {F}\nRemark: resigned; owed {A}."),
    ("fuel_stations", "Reported by {c} via hotline; respondent {S} ({B} franchise). Witness: {n}."),
    ("pet_hospitals", "Groomer {c} injured {D} ear; owner {n} filed complaint ref {K}."),
    ("logistics_warehouses", "Notes exported from {B} system: {L} refused {D} count; {T} to verify."),
    ("dental_clinics", "{d} {n} | {D} | {A} | {S}\n{d} {n} | {D} | {A}"),
    ("quarry_blasting", "Villagers {L} of {P} complained about fly-rock ({D}) from {F}."),
    ("kitchen_waste", "Collector {c} ({V}) dumped swill at {P}; restaurant contact {c}, {tel}."),
    ("flower_nursery", "{L}: compensation for {D} seedlings, see sheet {K}."),
    ("poultry_farms", "Buyer {c} owes farmers {n} and {n} {A} for {D}; {T} mediating."),
    ("timber_processing", "Sawmill {F}: worker {c} lost a finger on the band saw; colleague {n} drove him to {P}."),
]

# =============================================================================================
_POOLS = None


def _build():
    """Build (once) and return every pool used by the generator; validates domain look-alikes."""
    global _POOLS
    if _POOLS is not None:
        return _POOLS
    sur_w = []
    for tok in _TOP.split():
        sur_w.append((tok[0], float(tok[1:])))
    top = {s for s, _ in sur_w}
    for ch in _TAIL:
        if ch not in top:
            sur_w.append((ch, 0.03))
    for ch in _RARE:
        sur_w.append((ch, 0.012))
    for s in _COMPOUND:
        sur_w.append((s, 0.01))
    surname_chars = set("".join(s for s, _ in sur_w if len(s) == 1))
    doms = {}
    for dom, sp in _SPEC.items():
        d = {}
        d["D"] = [w for w in sp["D"].split() if not w.endswith("?")]
        d["E"] = re.findall(r"\[([^\]]+)\]|<([^>]+)>", sp["E"])
        d["E"] = [(a, "domain") if a else (b, "word") for a, b in d["E"]]
        d["B"] = sp["B"].split()
        d["BE"] = sp["BE"].split("|")
        d["T"] = sp["T"].split()
        d["T2"] = sp["T2"].split()
        d["TE"] = sp["TE"]
        d["H"] = sp["H"].split("|")
        for key in "SFCLN":
            d[key] = [ln for ln in sp[key].split("\n") if ln.strip()]
        # a cell template may span two lines on purpose: pair lines that hold no slot with the one before
        cells, buf = [], None
        for ln in d["C"]:
            if "{n}" in ln or buf is None:
                if buf is not None:
                    cells.append(buf)
                buf = ln
            else:
                buf = buf + "\n" + ln
        cells.append(buf)
        d["C"] = cells
        doms[dom] = d
        for w in d["D"]:
            assert any(ch in surname_chars for ch in w), (dom, w)
        for key in "SFCLN":
            for t in d[key]:
                for ws in re.findall(r"\[([^\]]+)\]", t):
                    for w in ws.split("|"):
                        assert any(ch in surname_chars for ch in w), (dom, w)
        for w, k in d["E"]:
            if k == "domain":
                assert any(tok.lower() in _ROMAN for tok in re.split(r"[\s\-]", w)), (dom, w)
    for dom, t in _PUBLIC + _ENGLISH:
        for w in re.findall(r"\[([^\]]+)\]", t):
            if re.search(r"[A-Za-z]", w):
                assert any(tok.lower() in _ROMAN for tok in re.split(r"[\s\-]", w)), (dom, w)
            else:
                assert any(ch in surname_chars for ch in w), (dom, w)
    _POOLS = dict(
        sur=[s for s, _ in sur_w], sur_w=[w for _, w in sur_w], surname_chars=surname_chars,
        top=[s for s, _ in sur_w[:60]], doms=doms, public=_PUBLIC, english=_ENGLISH,
    )
    return _POOLS


# =============================================================================================
class _Retry(Exception):
    pass


def _credit_code(rng):
    alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    body = rng.choice("912") + rng.choice("1239") + "".join(rng.choice("0123456789") for _ in range(6))
    body += "".join(rng.choice(alpha) for _ in range(9))
    s = sum(alpha.index(c) * w[i] for i, c in enumerate(body))
    chk = (31 - s % 31) % 31
    return body + alpha[chk]


class _Gen:
    def __init__(self, seed):
        self.P = _build()
        self.rng = random.Random(seed)
        self.used = set()
        self.lens = set()
        self.big = ""
        self.meta = []

    # ---- names --------------------------------------------------------------------------
    def _sur(self):
        return self.rng.choices(self.P["sur"], self.P["sur_w"])[0]

    def _han(self, style=None):
        r = self.rng
        if style is None:
            style = r.choices(["one", "modern", "old", "gen", "word", "nick", "wife"],
                              [25, 17, 16, 30, 7, 3, 2])[0]
        if style == "nick":
            return r.choice(_NICK_A) + r.choice(_NICK_B)
        if style == "wife":
            if r.random() < 0.6:
                return r.choice(self.P["top"]) + r.choice(self.P["top"]) + "氏"
            return r.choice(self.P["top"]) + r.choice(self.P["top"]) + r.choice(_OLD_F)
        s = self._sur()
        if style == "one":
            g = r.choice(_M1 if r.random() < 0.5 else _F1)
        elif style == "modern":
            g = r.choice(_MODERN)
        elif style == "old":
            g = r.choice(_OLD)
        elif style == "gen":
            g = r.choice(_GEN1) + r.choice(_GEN2)
        else:
            g = r.choice(_EVERYDAY)
        return s + g

    def _minority(self):
        r = self.rng
        eth = r.choices([e for e, _ in _ETH_WEIGHTS], [w for _, w in _ETH_WEIGHTS])[0]
        sep = r.choices(["·", "•", ".", "-", "", "・", " "], [50, 12, 8, 5, 15, 5, 5])[0]
        if eth == "维吾尔族":
            g = r.choice(_UY_M if r.random() < 0.55 else _UY_F)
            return g + sep + r.choice(_UY_M), eth
        if eth == "哈萨克族":
            g = r.choice(_KZ_M if r.random() < 0.55 else _KZ_F)
            return g + sep + r.choice(_KZ_M), eth
        if eth == "藏族":
            a, b = r.sample(_TB, 2)
            return (a + b if r.random() < 0.8 else a), eth
        if eth == "彝族":
            return r.choice(_YI_CLAN) + r.choice(_YI_GIVEN), eth
        if eth == "蒙古族":
            x = r.random()
            if x < 0.45:
                a, b = r.sample(_MG, 2)
                return a + b, eth
            if x < 0.75:
                return r.choice("包白韩吴鲍云宝奇陶") + r.choice(_MG), eth
            return r.choice(_MG) + sep + r.choice(_MG), eth
        if eth == "朝鲜族":
            return r.choice(_KR_SUR) + r.choice(_KR_GIVEN), eth
        if eth == "黎族":
            return r.choice("符王吉陈黎邢") + "亚" + r.choice("妹二英龙花贵兴光娘"), eth
        if eth == "瑶族":
            return r.choice("盘赵邓冯李房") + r.choice(["金妹", "二妹", "贵英", "有财", "法旺", "贵玉",
                                                       "福金", "三妹", "财保", "金玉", "明旺"]), eth
        if eth == "景颇族":
            return r.choice(_JP_SUR) + r.choice(_JP_ORD) + r.choice(_JP_ORD), eth
        if eth == "佤族":
            pre = r.choice(["", "", "赵", "魏", "陈", "李", "鲍", "肖", "田"])
            return pre + r.choice(_WA_PRE) + r.choice(_WA_POST), eth
        if eth == "傣族":
            if r.random() < 0.5:
                return "岩" + r.choice(_DAI_M) + (r.choice(_DAI_M) if r.random() < 0.5 else ""), eth
            return "玉" + r.choice(_DAI_F) + (r.choice(_DAI_F) if r.random() < 0.5 else ""), eth
        if eth == "拉祜族":
            pre = r.choice(["", "李", "张", "石"])
            return pre + r.choice("扎娜") + r.choice(_LAHU), eth
        surs = _HANSTYLE[eth]
        g = r.choice([r.choice(_OLD), r.choice(_GEN1) + r.choice(_GEN2), r.choice(_M1 + _F1)])
        return r.choice(surs) + g, eth

    def _en(self):
        r = self.rng

        def syl(pool, n):
            return [r.choice(pool) for _ in range(n)]
        style = r.choices(["pf", "pg", "caps", "spaced", "init", "hk", "mo", "tw", "sg", "eng"],
                          [18, 14, 14, 6, 10, 10, 5, 9, 6, 8])[0]
        if style in ("pf", "pg", "caps", "spaced", "init", "eng"):
            fam = r.choice(_PY_SUR[:40]) if r.random() < 0.85 else r.choice(_PY_SUR)
            g = syl(_PY_SYL, 1 if r.random() < 0.3 else 2)
            gj = "".join(g).capitalize()
            if style == "pf":
                return f"{fam} {gj}"
            if style == "pg":
                return f"{gj} {fam}"
            if style == "caps":
                return r.choice([f"{fam.upper()} {gj}", f"{fam.upper()} {gj.upper()}", f"{gj} {fam.upper()}"])
            if style == "spaced":
                if len(g) == 1:
                    g.append(r.choice(_PY_SYL))
                return r.choice([f"{fam} {g[0].capitalize()} {g[1].capitalize()}",
                                 f"{fam} {g[0].capitalize()}-{g[1]}", f"{fam.upper()} {g[0].upper()} {g[1].upper()}"])
            if style == "init":
                ini = "".join(x[0].upper() + "." for x in g)
                return r.choice([f"{ini} {fam}", f"{fam} {ini}", f"{fam.upper()} {ini.replace('.', '')}",
                                 f"{fam}, {ini}"])
            e = r.choice(_EN_GIVEN)
            return r.choice([f"{e} {fam}", f"{e} {fam.upper()}", f"{fam.upper()} {gj} ({e})",
                             f"{fam} {gj} {e}"])
        pools = {"hk": (_HK_SUR, _HK_SYL), "mo": (_MO_SUR, _MO_SYL), "tw": (_TW_SUR, _TW_SYL),
                 "sg": (_SG_SUR, _SG_SYL)}
        sur, sy = pools[style]
        fam = r.choice(sur)
        a, b = syl(sy, 2)
        if style == "tw":
            return r.choice([f"{fam} {a.capitalize()}-{b}", f"{a.capitalize()}-{b.capitalize()} {fam}",
                             f"{fam.upper()} {a.capitalize()}-{b}", f"{fam} {a.capitalize()} {b.capitalize()}"])
        if style == "hk":
            x = r.random()
            if x < 0.4:
                return f"{fam} {a.capitalize()} {b.capitalize()}"
            if x < 0.7:
                return f"{fam.upper()} {a.capitalize()}-{b}"
            if x < 0.85:
                return f"{a.capitalize()} {b.capitalize()} {fam}"
            return f"{r.choice(_EN_GIVEN)} {fam} {a.capitalize()}-{b}"
        return r.choice([f"{fam} {a.capitalize()} {b.capitalize()}", f"{fam.upper()} {a.capitalize()} {b.capitalize()}"])

    def _ok(self, s, pending):
        if len(s) < 2 or s in self.used or s in pending or s in _FAMOUS or " ".join(s.split()).lower() in _FAMOUS_EN:
            return False
        if s in self.big:
            return False
        for L in self.lens:
            for i in range(0, len(s) - L + 1):
                if s[i:i + L] in self.used:
                    return False
        for p in pending:
            if p in s or s in p:
                return False
        return True

    def name(self, mode, pending, style=None):
        for _ in range(300):
            if mode == "en":
                s = self._en()
            elif mode == "min":
                s, eth = self._minority()
                self.last_eth = eth
            else:
                s = self._han(style)
            if self._ok(s, pending):
                return s
        raise _Retry

    # ---- look-alike strings -------------------------------------------------------------
    def date(self):
        r = self.rng
        y, m, d = r.choice([2024, 2025, 2026]), r.randint(1, 12), r.randint(1, 28)
        if self.lang == "en":
            mon = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[m - 1]
            return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{mon} {d}, {y}",
                             f"{d} {mon} {y}"])
        return r.choice([f"{y}年{m}月{d}日", f"{m}月{d}日", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d}",
                         f"{y}/{m}/{d}", f"{m}.{d}", f"{str(y)[2:]}年{m}月{d}号"])

    def amount(self):
        r = self.rng
        v = r.choice([r.randint(1, 99) * 100, r.randint(1, 500) * 10, r.randint(1, 60) * 1000, r.randint(100, 9999)])
        if self.lang == "en":
            return r.choice([f"RMB {v:,}", f"CNY {v}.00", f"¥{v:,}", f"RMB{v}"])
        big = "零壹贰叁肆伍陆柒捌玖"
        cap = None
        if v % 1000 == 0 and v < 10000:
            cap = f"人民币{big[v // 1000]}仟元整"
        opts = [f"{v}元", f"¥{v:,}.00", f"{v}.00元", f"人民币{v}元"]
        if v >= 10000:
            opts.append(f"{v / 10000:g}万元")
        if cap:
            opts.append(cap)
        return r.choice(opts)

    def code(self):
        r = self.rng
        k = r.randint(0, 5)
        if k == 0:
            return _credit_code(r)
        if k == 1:
            return r.choice(["SF", "YT", "ZTO", "JD", "DPK"]) + "".join(r.choice("0123456789") for _ in range(12))
        if k == 2:
            return f"{r.choice(['ZL', 'HT', 'MB', 'QM', 'JC'])}-{r.choice([2025, 2026])}-{r.randint(1, 9999):04d}"
        if k == 3:
            return f"No.{r.randint(100000, 999999)}"
        if k == 4:
            return "".join(r.choice("0123456789") for _ in range(15))
        if self.lang == "en":
            return f"REF{r.randint(1000, 99999)}"
        if self.dom == "pet_hospitals":
            return f"{r.choice(_DOCPRE)}犬证字第{r.randint(100, 99999)}号"
        return f"{r.choice(_DOCPRE)}{r.choice(['检', '运', '登', '许'])}字第{r.randint(100, 99999)}号"

    def plate(self):
        r = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        p, l = r.choice(_PLATE), r.choice(letters[:12])
        if r.random() < 0.2:
            tail = r.choice("DF") + "".join(r.choice("0123456789") for _ in range(5))
        else:
            tail = "".join(r.choice("0123456789" + letters[:10]) for _ in range(5))
        return r.choice([f"{p}{l}{tail}", f"{p}{l}·{tail}", f"{p}{l} {tail}", f"{p}{l}-{tail}"])

    def docno(self):
        r = self.rng
        return r.choice(_DOCNO).format(c=r.choice(_DOCPRE), y=r.choice([2024, 2025, 2026]), n=r.randint(1, 300))

    def place(self):
        r = self.rng
        if self.lang == "en":
            return r.choice(_PE)
        x = r.random()
        if x < 0.5:
            v = r.choice(self.P["top"]) + r.choice(_VSUF)
            if r.random() < 0.3:
                v += r.choice("一二三四五六七八") + "组"
            return v
        if x < 0.85:
            return r.choice(_TOWNS)
        return r.choice(_COUNTIES) + r.choice(_TOWNS)

    def shop(self, dom):
        r = self.rng
        dd = self.P["doms"][dom]
        if self.lang == "en":
            fam = r.choice(_HK_SUR + _PY_SUR[:20])
            return r.choice([f"{fam} Kee {dd['TE']}", f"{fam}'s {dd['TE']}", f"{fam}ji {dd['TE']}",
                             f"{r.choice(_PE)} {dd['TE']}"])
        s, t = r.choice(self.P["top"]), r.choice(dd["T"])
        return r.choice([f"{s}记{t}", f"{s}氏{t}", f"老{s}{t}", f"{r.choice(_TOWNS)}{t}", f"{s}家{t}"])

    def firm(self, dom):
        r = self.rng
        dd = self.P["doms"][dom]
        if self.lang == "en":
            return f"{r.choice(_PE)} {r.choice(['Jinlong', 'Hongfa', 'Huasheng', 'Hongda', 'Wanxing', 'Longchang'])} {dd['TE']} Co., Ltd."
        t = r.choice(dd["T2"])
        return r.choice([f"{r.choice(_COUNTIES)}{r.choice(_FIRMWORD)}{t}有限公司", f"{r.choice(_FIRMWORD)}{t}有限公司",
                         f"{r.choice(_COUNTIES)}{r.choice(self.P['top'])}氏{t}有限责任公司"])

    def title(self):
        r = self.rng
        if self.lang == "en":
            return f"{r.choice(_EN_TITLES)} {r.choice(_PY_SUR[:30] + _HK_SUR[:10])}"
        return r.choice(self.P["top"]) + r.choice(_TITLES)

    def masked(self):
        r = self.rng
        s = r.choice(self.P["top"])
        return r.choice([s + "某", s + "某某", s + "*", s + "**", s + "某" + r.choice(_M1 + _F1), s + "*" + r.choice(_M1 + _F1)])

    # ---- rendering ----------------------------------------------------------------------
    def lit(self, s):
        r = self.rng
        if self.lang != "en":
            for a, b in _TYPOS:
                if a in s and r.random() < 0.12:
                    s = s.replace(a, b, 1)
        if self.punct == "half":
            s = "".join(_FULL2HALF.get(ch, ch) for ch in s)
        elif self.punct == "mixed":
            out = []
            for ch in s:
                if ch in _FULL2HALF and r.random() < 0.5:
                    ch = _FULL2HALF[ch]
                elif ch in _HALF2FULL and r.random() < 0.5:
                    ch = _HALF2FULL[ch]
                out.append(ch)
                if ch in "：:，,；;" and r.random() < 0.15:
                    out.append(" ")
            s = "".join(out)
        return s

    def add_name(self, cue, style=None):
        s = self.name(self.mode, self.pending, style)
        self.pending.append(s)
        self.segs.append((s, "name", cue))

    def add_la(self, s, kind):
        self.segs.append((s, "la", kind))

    def render(self, tpl, dom):
        r = self.rng
        dd = self.P["doms"][dom]
        self.dom = dom
        pos = 0
        for m in re.finditer(r"\{([a-zA-Z$]+)\}|\[([^\[\]]+)\]|<([^<>]+)>", tpl):
            if m.start() > pos:
                self.segs.append((self.lit(tpl[pos:m.start()]), "lit", None))
            pos = m.end()
            if m.group(2):
                self.add_la(r.choice(m.group(2).split("|")), "domain")
                continue
            if m.group(3):
                self.add_la(m.group(3), "word")
                continue
            t = m.group(1)
            if t == "c":
                self.add_name(True)
            elif t == "n":
                if self.cue_p and r.random() < self.cue_p:
                    if self.lang == "en":
                        self.segs.append((r.choice(_ROLES_EN) + " ", "lit", None))
                    else:
                        role = r.choice(_ROLES[dom].split())
                        if any(ch in self.P["surname_chars"] for ch in role):
                            self.add_la(role, "domain")
                        else:
                            self.segs.append((role, "lit", None))
                        if r.random() < 0.25:
                            self.segs.append((self.lit("："), "lit", None))
                    self.add_name(True)
                else:
                    self.add_name(False)
            elif t == "h":
                if self.mode == "han":
                    self.add_name(True, "wife")
                else:
                    self.add_name(True)
            elif t == "k":
                self.add_name(True, "nick" if self.mode == "han" else None)
            elif t == "L":
                k = r.randint(3, 5)
                sep = r.choice(["、", "、", "，", " ", "；", "\n", "/"] if self.lang != "en" else ["; ", ", ", " / ", "\n"])
                for i in range(k):
                    if i:
                        self.segs.append((sep, "lit", None))
                    self.add_name(False)
                    dec = r.random()
                    if self.lang == "en":
                        if dec < 0.3:
                            self.segs.append((f" ({r.randint(18, 80)})", "lit", None))
                    elif self.mode == "min" and dec < 0.5:
                        self.segs.append((f"（{self.last_eth}）", "lit", None))
                    elif dec < 0.15:
                        self.segs.append((self.lit(f"（{r.randint(2, 9)}人）"), "lit", None))
                    elif dec < 0.28:
                        self.segs.append((self.lit("（"), "lit", None))
                        self.add_la(r.choice(dd["D"]), "domain")
                        self.segs.append((self.lit(f"{r.randint(2, 300)}）"), "lit", None))
                    elif dec < 0.4:
                        self.segs.append((self.lit(f"，{r.choice('男女')}，{r.randint(18, 86)}岁"), "lit", None))
            elif t == "D":
                if self.lang == "en":
                    w, k = r.choice(dd["E"])
                    self.add_la(w, k)
                else:
                    self.add_la(r.choice(dd["D"]), "domain")
            elif t == "P":
                self.add_la(self.place(), "place")
            elif t == "county":
                self.add_la(r.choice(_COUNTIES), "place")
            elif t == "R":
                if self.lang == "en":
                    self.add_la(r.choice(_RE), "road")
                else:
                    self.add_la(r.choice(_ROADS) + (f"{r.randint(1, 300)}号" if r.random() < 0.4 else ""), "road")
            elif t == "S":
                self.add_la(self.shop(dom), "shop")
            elif t == "F":
                self.add_la(self.firm(dom), "firm")
            elif t == "B":
                self.add_la(r.choice(dd["BE"] if self.lang == "en" else dd["B"]), "brand")
            elif t == "d":
                self.add_la(self.date(), "date")
            elif t == "A":
                self.add_la(self.amount(), "amount")
            elif t == "K":
                self.add_la(self.code(), "code")
            elif t == "V":
                self.add_la(self.plate(), "plate")
            elif t == "W":
                self.add_la(self.docno(), "docno")
            elif t == "T":
                self.add_la(self.title(), "title")
            elif t == "M":
                self.add_la(self.masked(), "masked")
            elif t == "o":
                o = self._han(r.choice(["one", "gen", "modern", "old"]))
                while o in _FAMOUS:
                    o = self._han("gen")
                self.add_la(o, "official")
            elif t == "pet":
                self.add_la(r.choice(_PETS), "pet")
            elif t == "x":
                self.render(r.choice(dd["N"]), dom)
            else:
                self.segs.append((self.literal(t), "lit", None))
        if pos < len(tpl):
            self.segs.append((self.lit(tpl[pos:]), "lit", None))

    def eth(self):
        return self.rng.choices([e for e, _ in _ETH_WEIGHTS], [w for _, w in _ETH_WEIGHTS])[0]

    def literal(self, t):
        r = self.rng
        if t == "q":
            return str(r.choice([r.randint(1, 9), r.randint(1, 9), r.randint(10, 99), r.randint(10, 99), r.randint(100, 999)]))
        if t == "age":
            a = r.randint(18, 86)
            if self.lang == "en":
                return r.choice([f"{a}", f"age {a}", f"{a} y/o"])
            return r.choice([f"{a}岁", f"{a}周岁", f"年{a}岁"])
        if t == "tel":
            p = r.choice(["13", "15", "18", "17", "19"]) + "".join(r.choice("0123456789") for _ in range(9))
            return r.choice([p, f"{p[:3]}-{p[3:7]}-{p[7:]}", f"{p[:3]} {p[3:7]} {p[7:]}", f"{p[:3]}****{p[7:]}",
                             f"0{r.randint(310, 939)}-{r.randint(2000000, 8999999)}"])
        if t == "t":
            return r.choice([f"{r.randint(0, 23)}:{r.choice(['00', '15', '30', '45'])}", f"上午{r.randint(8, 11)}时",
                             f"晚{r.randint(7, 11)}点", f"下午{r.randint(1, 5)}点许"])
        if t == "yr":
            return str(r.choice([2025, 2026]))
        if t == "id":
            return f"{r.randint(110000, 659000)}{'*' * 8}{r.randint(1000, 9999)}"
        if t == "eth":
            return getattr(self, "last_eth", None) or self.eth()
        raise KeyError(t)

    # ---- layouts ------------------------------------------------------------------------
    def domain_layout(self, dom, layout):
        r = self.rng
        dd = self.P["doms"][dom]
        if layout == "field":
            named = [f for f in dd["F"] if "{c}" in f or "{n}" in f or "{h}" in f or "{k}" in f]
            rest = [f for f in dd["F"] if f not in named]
            picks = r.sample(named, min(len(named), r.randint(1, 3))) + r.sample(rest, min(len(rest), r.randint(2, 4)))
            r.shuffle(picks)
            if self.mode == "min" and r.random() < 0.6:
                picks.append("民族：{eth}")
            sep = r.choice(["；", "；", "，", " ", "\n", "; ", "|", "  ", "，\n"])
            for i, f in enumerate(picks):
                if i:
                    self.segs.append((self.lit(sep), "lit", None))
                self.render(f, dom)
        elif layout == "prose":
            ss = r.sample(dd["S"], r.randint(2, 3))
            if r.random() < 0.5:
                ss.insert(r.randint(0, len(ss)), r.choice(dd["N"]))
            j = r.choice(["。", "。", "；", "，"])
            for i, s in enumerate(ss):
                if i:
                    self.segs.append((self.lit(j), "lit", None))
                self.render(s, dom)
            if r.random() < 0.7:
                self.segs.append((self.lit("。"), "lit", None))
        elif layout == "list":
            self.render(r.choice(dd["H"]), dom)
            self.render("{L}", dom)
            if r.random() < 0.7:
                self.segs.append((self.lit(r.choice(["。", "\n", "；", " "])), "lit", None))
                self.render(r.choice(dd["S"] + dd["N"]), dom)
        elif layout == "cell":
            cs = r.sample(dd["C"], min(len(dd["C"]), r.randint(2, 4)))
            sep = r.choice([" | ", "|", "；", ";", " ", "/", "\n", "、", "，", "\t"])
            for i, c in enumerate(cs):
                if i:
                    self.segs.append((sep, "lit", None))
                self.render(c, dom)
        else:
            ls = r.sample(dd["L"], min(len(dd["L"]), r.randint(2, 4)))
            sep = r.choice(["\n", "\n", "；", " ", "。"])
            for i, c in enumerate(ls):
                if i:
                    self.segs.append((self.lit(sep), "lit", None))
                self.render(c, dom)

    def build(self, fam):
        r = self.rng
        self.segs, self.pending = [], []
        self.last_eth = None
        self.lang, self.mode = "zh", "han"
        self.cue_p = 0.6
        self.punct = r.choices(["full", "half", "mixed"], [60, 15, 25])[0]
        if fam in DOMAINS:
            self.domain_layout(fam, r.choices(["field", "prose", "list", "cell", "log"], [22, 25, 15, 18, 20])[0])
        elif fam == "minority_listing":
            self.mode = "min"
            dom = r.choice(DOMAINS)
            lay = r.choices(["field", "prose", "list", "cell", "log"], [22, 22, 22, 16, 18])[0]
            self.domain_layout(dom, lay)
        elif fam == "english_export":
            self.lang, self.mode = "en", "en"
            self.cue_p = 0
            self.punct = r.choices(["none", "mixed"], [85, 15])[0]
            k = r.randint(1, 2)
            for i, (dom, tpl) in enumerate(r.sample(self.P["english"], k)):
                if i:
                    self.segs.append((r.choice(["\n", " || ", "; ", "\n---\n"]), "lit", None))
                self.render(tpl, dom)
        elif fam == "public_notice":
            self.cue_p = 0
            dom, tpl = r.choice(self.P["public"])
            self.render(tpl, dom)
        else:  # lookalike_only
            dom = r.choice(DOMAINS)
            dd = self.P["doms"][dom]
            ns = r.sample(dd["N"], min(len(dd["N"]), r.randint(2, 4)))
            for i, s in enumerate(ns):
                if i:
                    self.segs.append((self.lit(r.choice(["。", "；", "\n", " "])), "lit", None))
                self.render(s, dom)
            if r.random() < 0.7:
                tail = r.choice(["检查人：{T}；地点：{P}；日期：{d}；涉及：{D}、{D}", "品名：{D}、{D}、{D}", "涉及单位：{F}、{S}", "车辆{V}，{d}，{A}",
                                 "文号：{W}", "当事人：{M}，{P}", "{d} {S} {R} {T}到场"])
                self.segs.append((self.lit(r.choice(["。", "\n", " "])), "lit", None))
                self.render(tail, dom)
        if fam != "lookalike_only" and not any(k == "name" for _, k, _ in self.segs):
            raise _Retry
        if not any(k == "la" for _, k, _ in self.segs):
            if self.lang == "en":
                self.render(r.choice(["; ref {K}, {d}", " ({D})", "\nexported {d}"]), self.dom)
            else:
                self.segs.append((self.lit(r.choice(["。", "\n", "；", " "])), "lit", None))
                self.render(r.choice(self.P["doms"][self.dom]["N"]), self.dom)

    def finish(self, fam):
        text = "".join(s for s, _, _ in self.segs)
        names, cues, spans, las, kinds = [], [], [], [], {}
        pos = 0
        for s, k, x in self.segs:
            if k == "name":
                names.append(s)
                cues.append(x)
                spans.append((pos, pos + len(s)))
            elif k == "la" and s not in kinds:
                las.append(s)
                kinds[s] = x
            pos += len(s)
        for nm in names:
            if text.count(nm) != 1:
                raise _Retry
        for L in self.lens:
            for i in range(0, len(text) - L + 1):
                if text[i:i + L] in self.used:
                    raise _Retry
        for la in las:
            i = text.find(la)
            while i >= 0:
                if any(i < b and a < i + len(la) for a, b in spans):
                    raise _Retry
                i = text.find(la, i + 1)
        if fam == "lookalike_only":
            assert not names
        return text, names, cues, las, kinds


def _family_plan(n, rng):
    raw = [(f, WEIGHTS[f] * n) for f in FAMILIES]
    counts = {f: int(x) for f, x in raw}
    left = n - sum(counts.values())
    for f, x in sorted(raw, key=lambda t: (-(t[1] - int(t[1])), FAMILIES.index(t[0])))[:left]:
        counts[f] += 1
    plan = [f for f in FAMILIES for _ in range(counts[f])]
    rng.shuffle(plan)
    return plan


def _generate(n=2000, seed=3131):
    g = _Gen(seed)
    plan = _family_plan(n, random.Random(seed * 7919 + 31))
    out, meta = [], []
    for fam in plan:
        for _attempt in range(200):
            try:
                g.build(fam)
                text, names, cues, las, kinds = g.finish(fam)
                break
            except _Retry:
                continue
        else:  # pragma: no cover
            raise RuntimeError(f"could not build a {fam} remark")
        for nm in names:
            g.used.add(nm)
            g.lens.add(len(nm))
        g.big += "\x00" + text
        out.append(Remark(text=text, family=fam, names=names, lookalikes=las,
                          public_officials=fam in PUBLIC_FAMILIES))
        meta.append(dict(cues=cues, kinds=[kinds[x] for x in las]))
    return out, meta


def make_remarks(n=2000, seed=3131) -> list[Remark]:
    """The frozen set: ``n`` remarks, deterministic in ``seed``."""
    return _generate(n, seed)[0]


def _stats(n=2000, seed=3131):
    rem, meta = _generate(n, seed)
    per = {}
    tot = dict(names=0, nocue=0, las=0, domain=0)
    kinds = {}
    for r, m in zip(rem, meta):
        p = per.setdefault(r.family, dict(remarks=0, names=0, nocue=0, las=0, domain=0))
        p["remarks"] += 1
        p["names"] += len(r.names)
        p["nocue"] += sum(1 for c in m["cues"] if not c)
        p["las"] += len(r.lookalikes)
        p["domain"] += sum(1 for k in m["kinds"] if k == "domain")
        for k in m["kinds"]:
            kinds[k] = kinds.get(k, 0) + 1
    for p in per.values():
        for k in tot:
            tot[k] += p[k]
    return tot, per, kinds
