"""Frozen test set of free-text remarks, edition 32 (blind).

Datasheet
---------
Who wrote it: a helper session started for brief 32, writing from its own knowledge of how Chinese
county and city offices (market regulation, water, transport, agriculture, public security,
village committees) word their free-text notes. No rule is tuned on it; it measures whether a
person-name detector generalises.

What was read: the brief; the sections "Personal data in public listings" and "Administrative
penalty publicity" of shared/reference/DOMAIN.md; lines 170-180 of benchmarks/frozen/remarks.py
(the ``Remark`` dataclass). No detector, no earlier test set, no de-identification code was read
or run.

Slips (reported; none touched a detector, a test set or de-identification code): while checking
the environment, ``ls benchmarks/frozen/ | grep -c .`` was run and showed only a count (34 entries,
no file names); the worktree's ``.gitignore`` (first 20 lines: .venv, __pycache__, *.egg-info,
.pytest_cache, .hypothesis, build, dist, .ckan-dev, /var, published/ staging and runs, *.pyc,
.ipynb_checkpoints, .bench-venv, published/*, benchmarks/.cache/, test-artifacts/,
scripts/solr-launcher/target/) was printed; a grep of ``pyproject.toml`` for "pytest" showed the
dependency lines pytest>=8.0, hypothesis>=6.100, playwright>=1.49 (with a comment on Debian's
chromium for a portal test), a comment that benchmarks/crf_names.py is an experiment installed with
the "experiments" extra, and [tool.pytest.ini_options] with testpaths=["tests"] and markers slow and
corpus; the file names in /work/notes (other briefs and handoffs, none opened) were listed.

Families (16): twelve trade domains -- sand_dredging, laundry_shops, optical_shops,
printing_shops, concrete_plants, auto_repair, bakery_workshops, silkworm_rearing, photo_studios,
chess_rooms, road_maintenance, bamboo_products -- each written in five layouts (labelled fields,
prose, numbered list, joined table cell with line breaks, dated log) with varied punctuation,
full/half-width forms, line breaks inside a cell and clerks' typos (联糸人, 电活, 身分证, 回坊, 调节);
english_export (a vendor system's English export of such notes); minority_listing (listings of
persons of China's minorities in their usual written forms); public_notice (公示/公告 texts; the
officials acting in their public role are look-alikes and ``public_officials`` is True); and
lookalike_only (no name, dense with look-alikes).

Surface forms of names: surnames by rough real frequency plus a long tail of rare (禤 仉 亓 逄 訾 ...)
and compound (欧阳 司马 上官 诸葛 尉迟 澹台 ...) ones; given names of one and two characters in old,
rural, modern and generational styles and everyday words (建设 红旗 胜利 满仓 ...); nicknames and
小名 (王二毛, 阿芳, 小名二丫); a married woman written after her husband's surname (张王氏, 陈李秀英);
two-character names padded with a space for alignment (王　芳); minority names (Uyghur and Kazakh
with the middle dot and its look-alike dots or none, Tibetan, Yi, Mongolian, Hui, Korean, Zhuang,
Miao, Dong, Buyi, Tujia, Li, Yao, Jingpo, Wa, Qiang, Dai, Naxi, Manchu); romanised names (pinyin
in either order, CAPS family, hyphenated and spaced given names, initials, "Family, Given",
Hong Kong, Macao, Taiwan (Wade-Giles) and Singapore forms, English given names with a Chinese
family). About 40% of the names stand without a cue word before them: at a cell's start, after a
date, in a list, before an age or a phone, after a place, after 与/和/及, as a sentence's subject.
No name is a surname plus a title; public figures are excluded by a block list.

Look-alike kinds: domain words of the twelve trades that begin with or hold a surname character
(黄沙 方量 毛竹 雷竹 蔡司镜片 宋体 印章 桑叶 苏菊×明虎 麻将机 边沟 钣金 ...), places and villages built on
a surname (李家村 吴忠 和龙 ...), roads (建设路 解放路), shops and firms (王记干洗, 陈氏竹编有限公司),
brands (吴良材眼镜, 金夫人, 杏花楼), dates, codes (统一社会信用代码 with a valid check character,
licence numbers), amounts, plate numbers, 文号, officials in their public role (public_notice only),
ethnonyms, and English words, brands and places in the English export (Linhai, "Song Yang
County", Seagull, Red Star, Wong Kee Bakery).

Counts at make_remarks() (n=2000, seed=3232), from ``describe()``: 6,264 planted names, 2,785 of
them (44.5%) without a cue word; 9,533 look-alikes, 4,099 of them (43.0%) domain words holding a
surname character; by kind: domain 4,099, date 1,306, place 1,231, english 524, amount 414, code
413, shop 378, official 368, ethnonym 357, docno 228, plate 215.

    family             remarks  names  no-cue  look-alikes  domain-words
    twelve trades        110 each, 358-393 names, 142-168 no-cue, 367-495 look-alikes each
    english_export       160     530    306      870            0
    minority_listing     180     609    305     1098          403
    public_notice        180     611    315     1172          253
    lookalike_only       160       0      0     1180          641

Contract (tests/test_frozen_remarks_v32.py): every planted name occurs exactly once in its remark's
text and in no other remark's text; every look-alike occurs in its remark and overlaps no name;
the list of look-alikes is not exhaustive (labels such as 汉族 or 现场 are left unlisted).
"""
from __future__ import annotations

import functools
import random
import re

if (__package__ or "").split(".")[0] == "frozen":
    try:
        from frozen.remarks import Remark
    except ImportError:  # pragma: no cover
        from benchmarks.frozen.remarks import Remark
else:
    try:
        from benchmarks.frozen.remarks import Remark
    except ImportError:  # pragma: no cover
        from frozen.remarks import Remark

VERSION = "frozen-remarks-32 (2026-12-07)"

DOMAIN_FAMILIES = (
    "sand_dredging", "laundry_shops", "optical_shops", "printing_shops", "concrete_plants",
    "auto_repair", "bakery_workshops", "silkworm_rearing", "photo_studios", "chess_rooms",
    "road_maintenance", "bamboo_products",
)
FAMILIES = DOMAIN_FAMILIES + ("english_export", "minority_listing", "public_notice", "lookalike_only")
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")
WEIGHTS = {**{f: 0.055 for f in DOMAIN_FAMILIES},
           "english_export": 0.08, "minority_listing": 0.09, "public_notice": 0.09,
           "lookalike_only": 0.08}

__all__ = ["VERSION", "FAMILIES", "PUBLIC_FAMILIES", "NAME_FAMILIES", "WEIGHTS", "make_remarks"]

# ----------------------------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------------------------
_COMMON = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
           "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
           "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
           "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
           "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
           "苑迟邝洪")
_RARE = ("禤仉亓逄訾郗冼漆粟糜芮厍谯帅奚淦檀鄢庹隗璩蒯揭佴昝蔺逯阙笪郜勾仝茹秋福宝印伊皮干东花云鲜班宣", )[0]
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "端木", "司徒",
             "夏侯", "长孙", "宇文", "申屠", "闻人", "澹台", "呼延", "轩辕", "南宫", "西门", "百里", "东郭",
             "钟离", "万俟", "第五", "左丘", "公羊", "濮阳")
SURNAME_CHARS = frozenset(_COMMON + _RARE)

_G1 = ("强伟芳军勇艳杰娟涛明超霞平刚桂英华兰秀玲红燕萍林斌辉鹏波健丽敏静梅琴云莲凤福贵财根宝旺顺发荣"
       "昌茂春秋冬菊香娥珍翠莲妹娣凯亮磊鑫浩宇欣悦琳婷倩瑶峰岚雯晶毅彬诚胜利忠義义孝仁德才龙虎豹彪坤"
       "栋樑柱铭锋锐钧睿蕾薇茜颖璐琦")
_G2_OLD = ("建国", "建军", "国庆", "卫东", "红梅", "桂英", "秀英", "玉兰", "淑珍", "春花", "冬梅", "翠花", "来福",
           "金宝", "水生", "根生", "土生", "有才", "德福", "长贵", "招娣", "来弟", "引弟", "桂兰", "秀兰", "凤英",
           "玉珍", "金凤", "桂芳", "月娥", "素珍", "兰英", "宝林", "福生", "根宝", "阿毛", "金根", "银根", "火根",
           "木生", "财旺", "有福", "发财", "长根", "金花", "银花", "秋香", "菊英", "彩凤", "顺英", "德胜", "国栋",
           "志刚", "志强", "永红", "卫国", "爱国", "立新", "向东", "振华", "凤兰", "淑英", "玉梅", "雪梅", "巧云",
           "福海", "满堂", "守义", "守仁", "长林", "仁贵", "炳坤", "阿大", "小毛", "三宝", "四喜", "五一", "七斤",
           "九斤", "六斤", "得胜", "铁牛", "金水", "木兰", "荷花", "杏花", "桃花", "彩云", "明珠", "宝珠")
_G2_NEW = ("子涵", "梓轩", "浩然", "雨桐", "欣怡", "一诺", "思远", "俊杰", "宇航", "佳怡", "诗涵", "梓涵", "可馨",
           "若曦", "子墨", "奕辰", "宇轩", "沐阳", "晨曦", "雨萱", "梦琪", "思彤", "家豪", "嘉怡", "俊熙", "昊天",
           "语嫣", "明轩", "书瑶", "铭泽", "锦程", "乐瑶", "芷若", "天佑", "一鸣", "子豪", "晓彤", "婉清", "逸飞",
           "承泽", "安琪", "睿哲", "雅琪", "文博", "欣妍", "泽宇", "思琪", "皓轩", "静怡", "紫萱", "博文", "佳琪",
           "文静", "晓燕", "丽娟", "海燕", "晓东", "海峰", "志勇", "建华", "晓明", "丽华", "红霞", "春燕", "小红")
_GEN = "德宗传继世永兴绍祖光启应正学孝友泽昭显开先荣忠厚运昌"
_G_WORDS = ("建设", "红旗", "解放", "胜利", "和平", "文化", "光明", "春风", "海洋", "国强", "爱民", "卫星",
            "秋菊", "白雪", "向阳", "跃进", "援朝", "红军", "新华", "振兴", "富强", "幸福", "平安", "吉祥",
            "如意", "金山", "银山", "铁柱", "满仓", "满囤", "丰收", "永久", "凤凰", "彩霞", "东风", "前进",
            "长江", "黄河", "泰山", "江山", "春雷", "朝阳", "红星", "卫红", "抗战", "全胜", "中华", "太平")
_NICK_TAIL = ("二毛", "三娃", "狗娃", "铁蛋", "小妹", "大毛", "二丫", "三妹", "狗剩", "来喜", "小宝", "毛毛",
              "二狗", "三毛", "大头", "小四", "老五", "丫头", "细妹", "阿仔")
_XIAOMING = ("二丫", "狗蛋", "栓柱", "毛蛋", "丫蛋", "三丫", "大丫", "小翠", "根娃", "牛娃", "虎娃", "二愣",
             "黑蛋", "胖丫", "憨娃", "水娃", "妞妞", "囡囡", "阿狗", "阿四", "阿宝", "小芬", "小满", "秋生",
             "细伢", "满崽", "幺妹", "幺儿", "冬冬", "毛头")

_BLOCK = frozenset("""
习近平 李克强 胡锦涛 温家宝 江泽民 朱镕基 李鹏 毛泽东 周恩来 刘少奇 朱德 邓小平 彭德怀 林彪 陈云 王岐山 李强 赵乐际 王沪宁
蔡奇 丁薛祥 李希 韩正 张德江 俞正声 刘云山 张高丽 汪洋 栗战书 杨洁篪 王毅 贺龙 刘伯承 陈毅 叶剑英 宋庆龄 孙中山 鲁迅
郭沫若 巴金 老舍 莫言 余华 韩寒 郭敬明 成龙 李连杰 周星驰 刘德华 张学友 黎明 郭富城 王菲 那英 周杰伦 林俊杰 邓紫棋
杨幂 赵薇 范冰冰 章子怡 巩俐 刘亦菲 杨紫 赵丽颖 姚明 刘翔 李娜 郎平 孙杨 林丹 张继科 马龙 丁宁 邓亚萍 王楠 张怡宁
郭晶晶 马云 马化腾 李彦宏 雷军 任正非 刘强东 王健林 董明珠 钟南山 袁隆平 屠呦呦 杨利伟 李宁 张艺谋 陈凯歌 冯小刚
黄渤 沈腾 李白 杜甫 白居易 苏轼 王安石 岳飞 李清照 诸葛亮 曹操 刘备 关羽 张飞 孙权 赵云 雷锋 焦裕禄 黄继光 邱少云
董存瑞 刘胡兰 王进喜 张海迪 孔繁森 杨靖宇 白岩松 撒贝宁 董卿 倪萍 朱军 毕福剑 赵本山 宋丹丹 冯巩 郭德纲 岳云鹏
蔡徐坤 王俊凯 王源 鹿晗 吴亦凡 黄晓明 杨颖 邓超 孙俪 胡歌 刘诗诗 吴京 王宝强 徐峥 黄磊 何炅 汪涵 谢娜 张杰 李宇春
张靓颖 周笔畅 韩红 宋祖英 彭丽媛 阎维文 李谷一 蒋大为 王力宏 陶喆 蔡依林 张惠妹 孙燕姿 梁静茹 刘若英 王心凌 罗志祥
任贤齐 刘欢 毛阿敏 韩磊 孙楠 斯琴高娃 腾格尔 德德玛 才旦卓玛 迪丽热巴 古力娜扎 佟丽娅 乌兰托娅 李娜妥 杨丽萍 张伟
王刚 陈红 李勇 刘涛 王强 张强 李明 高峰 林海 王军 张军 陈刚 刘洋 王亮 李冰 周涛 朱军 马丽 沈腾 孙红雷 黄晓明 许三多
李四 张三 王五 赵六 王亚平 翟志刚 景海鹏 聂海胜 费俊龙 陈冬 汤洪波 叶光富 张桂梅 黄文秀 李兰娟 张文宏 张定宇 陈薇
李文亮 艾芬 王辰 邓稼先 钱学森 钱三强 华罗庚 陈景润 袁隆平 黄旭华 于敏 孙家栋 申纪兰 吴孟超 李延年 张富清 郭明义
许振超 王顺友 徐虎 包起帆 李素丽 时传祥 孟泰 倪志福 郝建秀 王启民 杨善洲 谷文昌 廖俊波 黄大年 南仁东 林俊德
王继才 王淑芳 邓亚萍 李小鹏 杨扬 王军霞 高敏 伏明霞 熊倪 孔令辉 刘国梁 王励勤 马琳 王皓 许海峰 李宁 朱婷 惠若琪
苏炳添 谷爱凌 武大靖 全红婵 杨倩 马龙 樊振东 陈梦 孙颖莎 王楚钦 王曼昱 张雨霏 汪顺 巩立姣 吕小军 石智勇 李发彬
""".split()) | frozenset("""Li Na|Yao Ming|Jackie Chan|Andy Lau|Tony Leung|Lee Kuan Yew|Lee Hsien Loong|Goh Chok Tong|Lawrence Wong|
Tsai Ing-wen|Ma Ying-jeou|Chen Shui-bian|Lai Ching-te|Ko Wen-je|John Lee|Carrie Lam|Ho Iat Seng|Stanley Ho|
Li Ka-shing|Jack Ma|Lim Boon Keng|Wang Chien-ming|Jet Li|Bruce Lee|Yo-Yo Ma|Ang Lee|Jay Chou|Faye Wong|
Lang Lang|Yang Liwei|Liu Xiang|Sun Yang|Lin Dan|Zhang Yimou|Chow Yun-fat|Stephen Chow|Donnie Yen|Michelle Yeoh|
Joey Wong|Maggie Cheung|Aaron Kwok|Leon Lai|Jacky Cheung|Lee Ka-chiu|Ding Ning|Ma Long|Zhang Wei|Wang Fang|
Wang Yaping|Zhai Zhigang|Jing Haipeng|Gu Ailing|Eileen Gu|Su Bingtian|Zhu Ting|Quan Hongchan|Fan Zhendong|
Sun Yingsha|Chen Meng|Wang Chuqin|Wu Dajing|Yang Qian|Zhang Yufei|Li Ning|Deng Yaping|Zhang Ziyi|Gong Li|Fan Bingbing
""".replace("\n", "").split("|")) - {""}

# --- minority names --------------------------------------------------------------------------
_UY_M = ("阿不都热合曼", "艾合买提", "买买提", "吐尔逊", "阿布都拉", "艾力", "努尔麦麦提", "热合木吐拉", "玉苏甫",
         "亚森", "肉孜", "托合提", "卡德尔", "阿卜杜萨拉木", "吾买尔", "赛买提", "艾山", "库尔班", "依明", "斯拉木",
         "阿力木", "麦合木提", "吐尔洪", "克然木", "阿迪力", "艾尔肯", "帕尔哈提", "依不拉音", "艾合买提江",
         "买买提江", "阿不都热西提", "吾守尔", "努尔艾合买提", "阿布来提", "如则", "木合塔尔", "阿尔斯兰", "巴拉提")
_UY_F = ("古丽娜尔", "热依拉", "阿依古丽", "帕提古丽", "热娜", "迪丽努尔", "努尔古丽", "阿孜古丽", "排孜拉",
         "米热古丽", "阿米娜", "再努尔", "祖丽皮亚", "海丽且姆", "玛依拉", "萨阿代提", "古再丽努尔", "吾尔尼沙",
         "阿依努尔", "帕夏古丽", "热孜宛古丽", "布麦尔亚姆", "阿依夏木", "茹先古丽")
_KZ_M = ("努尔兰", "叶尔兰", "哈力别克", "叶尔江", "巴合提别克", "努尔旦", "别克", "加恩斯别克", "赛力克",
         "达吾列提", "哈那提", "吐尔逊别克", "阿斯哈尔", "叶尔波拉提", "居马别克", "哈布都拉", "木拉提",
         "努尔波拉提", "阿依登", "叶尔肯", "胡安德克", "沙尔山", "波拉提", "马合沙提")
_KZ_F = ("加娜尔", "阿曼古丽", "古丽米拉", "阿依达娜", "沙吾列", "哈斯也提", "阿勒腾古丽", "巴合提古丽",
         "阿依江", "古丽巴哈尔", "努尔加玛丽", "别克孜", "阿克勒", "玛合帕丽")
_DOTS = ("·", "·", "·", "·", "•", "．", "・", "", "-", "·")
_TIB = ("扎西", "次仁", "卓玛", "格桑", "拉姆", "尼玛", "达瓦", "央金", "旦增", "曲珍", "平措", "洛桑", "普布",
        "索朗", "拉巴", "德吉", "白玛", "边巴", "顿珠", "多吉", "央宗", "措姆", "仁增", "巴桑", "群培", "琼达",
        "次旦", "贡布", "桑珠", "益西", "强巴", "罗布", "米玛", "旺堆", "加措", "才让", "卓嘎", "吉宗", "拉珍",
        "仓决", "土登", "更登", "尕藏", "东主", "昂秀", "卓措", "巴珍", "朗杰", "欧珠", "玉珍")
_YI_S = ("吉克", "阿苏", "沙马", "海来", "曲比", "马海", "俄木", "阿西", "吉伍", "勒格", "木乃", "瓦其", "尔古",
         "阿尔", "吉木", "阿约", "吉么", "巴莫", "倮伍", "阿克", "罗洪", "俄底", "布约", "几斯")
_YI_G = ("拉且", "阿木", "木呷", "伍呷", "史布", "阿牛", "石者", "日火", "阿呷", "尔哈", "阿支", "拉哈", "只且",
         "约作", "伍各", "阿芝", "阿果", "阿依", "阿衣", "曲莫", "阿妞", "日格", "拉铁", "木果", "阿么", "子哈")
_MN = ("巴图", "巴雅尔", "那顺", "乌力吉", "孟和", "额尔敦", "宝音", "特古斯", "朝鲁", "毕力格", "吉日嘎拉",
       "敖其尔", "苏和", "呼和", "阿拉坦", "查干", "乌云", "其其格", "萨仁", "格日勒", "图雅", "娜仁", "斯琴",
       "托娅", "达来", "布和", "朝格图", "吉雅", "苏布道", "青格乐", "斯日古楞", "满都拉", "敖登", "特木尔",
       "巴特尔", "乌日娜", "额尔德尼", "阿木古楞", "宝力道", "哈斯")
_KR_S = "金朴李崔郑姜赵尹张林韩申权玄全黄俞许南方"
_KR_G = ("哲洙", "英姬", "顺姬", "光浩", "明哲", "贞淑", "永哲", "春花", "贤珠", "昌浩", "东哲", "美兰", "英爱",
         "正浩", "顺子", "今顺", "福顺", "英子", "龙洙", "成浩", "相哲", "珍淑", "京淑", "昌洙", "在勋", "承焕",
         "惠英", "明玉", "圣玉", "京花", "锦花", "东植", "荣植", "日男", "春植", "昌男", "贤哲", "秀莲", "玉姬",
         "敏洙", "英哲", "顺玉", "钟浩", "光日")
_CN_SURN_ETH = {
    "回族": "马回纳哈丁白海穆沙锁金杨", "壮族": "韦覃黄陆蒙农莫蓝梁卢潘廖磨岑", "苗族": "龙吴杨石麻滕田侯",
    "侗族": "吴杨石龙粟欧潘陆", "布依族": "韦王罗岑班卢陆伍莫", "土家族": "田向彭覃冉龚谭符",
    "羌族": "余王杨何韩孟毛苏母", "白族": "段杨赵李尹字", "纳西族": "和木杨", "满族": "那关佟索傅爱",
    "瑶族": "盘赵邓冯奉房蒋", "黎族": "符王吉黎邢董", "锡伯族": "佟关吴",
}
_JP_CLAN = ("勒排", "木然", "排", "岳", "何勒", "石", "孔", "麻", "恩昆", "尚", "木日", "勒托", "腊", "排早")
_JP_ORD = ("早腊", "麻诺", "扎鲁", "木干", "腊", "当", "拥", "堵", "干", "诺", "退", "路", "果", "冬", "介",
           "麻当", "扎介", "木冬", "早拥")
_WA = ("岩扫", "岩块", "岩那", "岩嫩", "岩坎", "岩惹", "岩改", "叶嘎", "叶南", "叶门", "尼门", "尼嘎", "娜块",
       "艾块", "艾嘎", "岩门", "叶茸", "艾惹", "岩不勒", "叶伦", "尼惹", "岩采", "叶光", "艾扫", "娜惹")
_DAI = ("岩温", "岩罕", "岩香", "岩应", "岩坎", "岩叫", "岩光", "岩恩", "玉香", "玉应叫", "玉罕", "依香", "玉南",
        "玉坎", "咪香", "咪罕", "玉儿", "岩罕金", "玉香叫", "岩拉", "玉波", "岩峰", "依罕")
_LI_G = ("亚花", "亚英", "亚妹", "亚福", "亚龙", "亚平", "亚伍", "亚贵", "亚金", "亚兰", "亚娘", "亚利", "亚雄",
         "亚兴", "亚弟")
_YAO_G = ("金妹", "贵妹", "有福", "财旺", "八妹", "三妹", "桂妹", "石生", "福山", "二妹", "进财", "福贵", "成福",
          "玉妹", "春妹", "金旺")
_ETHNONYMS = ("维吾尔族", "哈萨克族", "藏族", "彝族", "蒙古族", "回族", "朝鲜族", "壮族", "苗族", "侗族",
              "布依族", "土家族", "黎族", "瑶族", "景颇族", "佤族", "羌族", "傣族", "纳西族", "满族", "白族",
              "锡伯族")
_MIN_PLACES = ("伊宁县", "昭苏县", "特克斯县", "喀什市", "尼勒克县", "新源县", "甘孜州", "昭觉县", "越西县",
               "美姑县", "瑞丽市", "芒市", "沧源县", "西盟县", "雷山县", "台江县", "榕江县", "三江县", "龙胜县",
               "来凤县", "茂县", "北川县", "保亭县", "琼中县", "延吉市", "龙井市", "和龙市", "珲春市", "林芝市",
               "那曲市", "吴忠市", "同心县", "临夏州", "马山县", "都安县", "丽江市", "大理市", "富宁县", "江华县",
               "金秀县", "蒙自市", "察布查尔县", "巴林右旗", "和静县")

# --- romanised ---------------------------------------------------------------------------------
_PY_S = ("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
         "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng",
         "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Jiang", "Cai", "Yu", "Du", "Ye", "Cheng",
         "Su", "Wei", "Lyu", "Ding", "Ren", "Shen", "Yao", "Lu", "Cui", "Zhong", "Tan", "Fan", "Jin", "Shi", "Qin",
         "Ouyang", "Sima", "Zhuge", "Shangguan", "Qiu", "Xue", "Yan", "Lei", "Hou", "Long", "Mao", "Qian", "Gong")
_PY_G = ("jian", "guo", "wei", "ming", "hua", "li", "fang", "xiu", "ying", "lan", "hong", "jun", "tao", "ping",
         "qiang", "yan", "juan", "xia", "zhi", "hao", "yu", "chen", "xin", "yi", "rui", "jie", "bo", "lei", "kai",
         "dong", "mei", "ling", "na", "ting", "xue", "feng", "bin", "hui", "zhen", "qing", "yong", "gang", "hai",
         "shan", "sheng", "long", "fei", "peng", "wen", "jia", "zi", "han", "xuan", "tian", "yun", "chun", "gui",
         "lin", "bao", "fu", "cai", "shu", "yue", "an", "qiu", "jing", "de", "shun", "rong", "en")
_HK_S = ("Chan", "Cheung", "Wong", "Leung", "Lau", "Ho", "Tsang", "Yeung", "Chow", "Ng", "Lee", "Kwok", "Tse",
         "Fung", "Lam", "Cheng", "Yip", "Mak", "Tam", "Poon", "Choi", "Tsui", "Siu", "Kwan", "Law", "Lai", "Tang")
_HK_G = ("Tai", "Man", "Ka", "Wai", "Siu", "Ming", "Chi", "Keung", "Wing", "Yan", "Kwok", "Wah", "Mei", "Ling",
         "Hang", "Lun", "Hoi", "Yee", "Kin", "Fai", "Sze", "Chun", "Kit", "Yuk", "Shing", "Kam", "Pui", "Kei",
         "Hin", "Tsz", "Wan", "Lok", "Sau", "Fung", "Hei")
_MO_S = ("Leong", "Chan", "Wong", "Lei", "Ho", "Lam", "Cheong", "Iong", "Kuan", "Sou", "Un", "Ieong", "Vong",
         "Choi", "Lou", "Si", "Ao", "Che")
_MO_G = ("Kuok", "Sio", "Ian", "Hou", "Wa", "Man", "Cheng", "Kin", "Fong", "Mei", "Iok", "U", "Ka", "Pou",
         "Chon", "Kit", "Seng", "Lai", "Ieng", "Nga", "Wai", "Hong", "Chi")
_TW_S = ("Chang", "Lin", "Chen", "Huang", "Li", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng", "Hsieh",
         "Kuo", "Hung", "Chiu", "Tseng", "Liao", "Lai", "Chou", "Chien", "Chuang", "Su", "Lu", "Kao", "Yeh")
_TW_G = ("chih", "hao", "mei", "ling", "chia", "hung", "yu", "ting", "shu", "fen", "kuan", "ya", "wen", "hsin",
         "yi", "tsung", "han", "po", "wei", "chen", "chieh", "chun", "hsiang", "te", "cheng", "jung", "huei",
         "chin", "hsuan", "pei", "yun", "tzu", "ming")
_SG_S = ("Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo", "Tay",
         "Ho", "Low", "Toh", "Sim", "Chong", "Chia", "Seah", "Heng", "Quek", "Foo", "Pang")
_SG_G = ("Ah", "Boon", "Siew", "Kok", "Wee", "Kiat", "Hui", "Min", "Soon", "Heng", "Beng", "Choo", "Chee",
         "Keong", "Swee", "Lan", "Geok", "Eng", "Poh", "Lian", "Huat", "Seng", "Leng", "Hock", "Teck", "Kim",
         "Bee", "Yong", "Meng", "Peng", "Hwee", "Kow", "Liang", "Guan")
_EN_G = ("Kevin", "Amy", "Tony", "Grace", "Jason", "Cindy", "Michael", "Vivian", "Eric", "Helen", "David",
         "Lily", "Frank", "Annie", "Peter", "Wendy", "Jack", "Sandy", "Vincent", "Cathy", "Leo", "Irene",
         "Raymond", "Joyce", "Alan", "Winnie", "Gary", "Queenie", "Ivan", "Coco", "Ricky", "Fiona", "Sam",
         "Echo", "Alex", "Jenny", "Bobby", "Daisy", "Henry", "Yvonne", "Steven", "Kelly", "Simon", "Tina")


def _title(s: str) -> str:
    return s[:1].upper() + s[1:]


# --- domains -----------------------------------------------------------------------------------
# words: look-alikes of the trade that begin with or hold a surname character.
# roles: cue words before a person.  facts: clauses, {d} takes a domain word.
_DOMAINS: dict[str, dict] = {
    "sand_dredging": dict(
        label="河道采砂", unit="县水利局河道管理站",
        goods=("黄沙", "江砂", "石料", "石英砂", "黄砂", "毛料", "石子", "砂石料"),
        facts=("在【江心洲】禁采区用采砂船抽采{g}约{num}吨", "{g}堆放侵占【江堤】", "夜间偷运{g}被巡查发现",
               "采砂船无证作业，现场查获{g}{num}吨", "超范围开采，【方量】超出许可{num}方", "运输{g}车辆未覆盖篷布",
               "{g}计量不实，磅单与实际不符", "【夏季禁采期】内违规抽采{g}", "采砂船加装【高压水枪】和{num}【马力】【柴油机】",
               "【钱塘江段】发现无名采砂船", "【沙场】{g}露天堆放，扬尘严重", "【龙门吊】未经检测使用",
               "【洪水期】前未撤离【沙洲】", "【安全员】未在岗，【砂石运输】无联单", "【包船】转租他人采{g}"),
        roles=("船主", "采砂业主", "驾驶员", "运输户", "承包人", "过磅员", "当事人", "车主", "举报人"),
        results=("已暂扣采砂船", "责令停止违法行为", "没收违法所得", "移交县水政监察大队", "已立案调查"),
    ),
    "laundry_shops": dict(
        label="洗衣店", unit="市场监管所",
        goods=("羊毛衫", "毛呢大衣", "皮草大衣", "皮衣", "白衬衫", "蓝色西装", "白色婚纱", "毛领羽绒服"),
        facts=("送洗{g}后出现褪色变形", "{g}洗后缩水，要求赔偿", "取衣时发现{g}上【金扣】缺失", "店方遗失{g}一件",
               "{g}经【高温烘干】变形", "{g}口袋内【钱包】未归还", "{g}洗后出现【黄斑】",
               "【干洗机】使用【石油干洗剂】，无防爆措施", "{g}【干洗】后有异味", "衣物损坏赔偿协商未果，涉及{g}",
               "【包装袋】内{g}与票据不符", "员工未戴【丁腈手套】处理溶剂", "【单据】未写明{g}洗涤方式",
               "冒用【福奈特】【荣昌洗衣】字号"),
        roles=("投诉人", "消费者", "店主", "经营者", "负责人", "顾客", "当事人", "代领人"),
        results=("调解成功，店方赔偿", "双方同意按洗涤费20倍赔偿", "调解不成，告知诉讼途径", "已回访，满意",
                 "已调解"),
    ),
    "optical_shops": dict(
        label="眼镜店", unit="市场监管所",
        goods=("万新镜片", "蔡司镜片", "明月镜片", "柯达镜片", "蓝光镜片", "单光镜片", "金属镜框", "雷朋太阳镜"),
        facts=("配镜后头晕，怀疑{g}度数不准", "所配{g}与订单不符", "{g}无中文标签", "验光人员无资质，【程控验光仪】未检定",
               "配镜投诉：{g}镀膜脱落", "宣传{g}可治疗【高度近视】，涉嫌虚假宣传", "{g}价格标示不清",
               "老人【白内障】术后配镜，{g}度数偏差", "【吴良材眼镜】门店{g}以次充好", "宣称与【宝岛眼镜】同款{g}",
               "未提示【黄斑病变】风险", "{g}配【方框】，瞳距误差大", "【康视】验光中心无备案"),
        roles=("投诉人", "验光师", "店长", "经营者", "消费者", "家长", "监护人", "当事人"),
        results=("已重新验光配镜", "退款处理", "责令整改", "立案调查", "约谈经营者"),
    ),
    "printing_shops": dict(
        label="印刷厂", unit="县文化市场综合执法队",
        goods=("印刷品", "包装盒", "金卡纸名片", "白卡纸包装", "宣传单", "毛边书", "章程汇编"),
        facts=("未登记承印{g}", "接受委托印制{g}，未查验证明", "【承印】登记簿记录不全", "私刻【公章】",
               "印制{g}无委托书", "五项制度未落实，{g}无样张", "现场查获{g}{num}份", "【海德堡印刷机】无操作记录",
               "【胶印机】旁堆放{g}", "{g}用【宋体】【仿宋】仿冒红头文件", "【骑马钉】装订的{g}无版权页",
               "【方正排版】文件未留存", "【刻章】未备案，【印章】无编码", "【柯式印刷】{g}未登记", "【印油】桶露天存放"),
        roles=("承印人", "委托人", "经营者", "负责人", "法定代表人", "送印人", "当事人", "经办人"),
        results=("已责令补登", "没收非法印刷品", "罚款处理", "移送公安机关", "警告"),
    ),
    "concrete_plants": dict(
        label="混凝土搅拌站", unit="县住建局质监站",
        goods=("商砼", "石子", "石粉", "黄砂", "砂石骨料"),
        facts=("质量抽检：{g}含泥量超标", "{g}级配不合格", "罐车沿途撒漏{g}，污染路面", "【方量】台账与实际不符",
               "未经检验出厂，【商砼】{num}方", "罐车超载，【单车方量】超出核定", "抽检试块强度不足，【高标号】混凝土不达标",
               "【司磅员】未按规定过磅", "罐车【卫星定位】离线", "【余料回收】池溢流", "【罗茨风机】噪声超标",
               "{g}露天堆放无覆盖", "【柴油罐】无围堰", "【龙门架】未验收"),
        roles=("罐车司机", "驾驶员", "站长", "试验员", "负责人", "当事人", "车主", "送检人"),
        results=("责令停产整改", "已复检合格", "罚款处理", "扣分处理", "通报批评"),
    ),
    "auto_repair": dict(
        label="汽车修理厂", unit="县交通运输局运管所",
        goods=("马自达", "本田", "吉利", "江淮", "东风", "福特", "宝马", "雷克萨斯", "柯斯达"),
        facts=("{g}【钣金】维修后出现异响", "{g}【金属漆】色差明显，车主不认可", "维修纠纷：{g}【常规保养】费用争议",
               "{g}更换配件未告知车主", "【喷漆房】无废气处理设施", "结算单未列明{g}【车架号】",
               "{g}维修后【方向机】漏油", "{g}【康明斯】发动机大修纠纷", "{g}前挡风玻璃【石击】未处理",
               "【高压清洗】污水直排", "维修【钱款】已付，{g}未交车", "{g}【白车身】校正后异响"),
        roles=("车主", "送修人", "维修工", "厂长", "经营者", "负责人", "当事人", "接车员", "投诉人"),
        results=("调解，厂方返修", "退还多收费用", "责令整改", "已立案", "双方和解"),
    ),
    "bakery_workshops": dict(
        label="糕点作坊", unit="市场监管所",
        goods=("苏式月饼", "伍仁月饼", "云腿月饼", "鲜肉月饼", "麻饼", "桂花糕", "花生酥", "金华酥饼", "宁波汤圆"),
        facts=("月饼抽检：{g}不合格", "{g}超范围使用添加剂", "{g}标签未标注生产日期", "作坊内{g}与杂物混放",
               "食品小作坊登记证过期，仍生产{g}", "从业人员无健康证，生产{g}", "{g}菌落总数超标",
               "{g}检出【金黄色葡萄球菌】", "【蛋黄】原料无进货票据", "【白糖】【麦芽糖】储存不当",
               "【包装标签】虚标{g}配料", "【芝麻】原料霉变", "仿冒【杏花楼】包装销售{g}", "{g}使用过期【甘油】"),
        roles=("经营者", "负责人", "作坊主", "当事人", "从业人员", "送检人", "举报人", "帮工"),
        results=("责令召回", "没收不合格产品", "罚款处理", "责令停业整改", "复查合格"),
    ),
    "silkworm_rearing": dict(
        label="蚕桑", unit="镇农业服务中心",
        goods=("鲜茧", "桑叶", "秋蚕种", "湖桑苗", "夏秋蚕茧"),
        facts=("春蚕饲养{num}张，【白僵病】发病", "【桑叶】受农药污染导致中毒", "蚕茧收购价格争议，{g}等级评定",
               "【夏秋蚕】补助申请", "小蚕共育期间【桑叶】不足", "蚕室消毒不到位，未用【漂白粉】和【石灰】",
               "交售{g}{num}公斤", "饲养品种【秋丰×白玉】", "领取【苏菊×明虎】蚕种{num}张", "【桑园】发生【桑螟】",
               "【湖桑】【农桑14号】新植{num}亩", "【方格簇】不足", "【桑枝】和【蚕沙】乱堆", "【蚕桑站】上门指导",
               "【桑蚕站】收购点压级压价", "【金秋蚕种】发放{num}张"),
        roles=("养蚕户", "户主", "蚕农", "收购员", "承包人", "代领人", "当事人", "技术员"),
        results=("已核实", "补助已发放", "已协调", "技术员上门指导", "待复核"),
    ),
    "photo_studios": dict(
        label="照相馆", unit="市场监管所",
        goods=("宝宝照", "毕业照", "全家福", "韩式婚纱照", "欧式相册", "龙凤褂套系"),
        facts=("预付卡余额{num}元，门店关闭", "拍摄{g}后底片未交付", "{g}套系加价", "预付卡纠纷：{g}未兑现",
               "{g}质量与样片不符", "门店转让，{g}服务中止", "婚纱摄影合同约定{g}，未履行", "【柯达相纸】冲印褪色",
               "外景【白纱】损坏索赔", "冒用【金夫人】名义揽客", "宣称与【蒙娜丽莎婚纱】合作",
               "【单反】存储卡丢失，{g}原片无法找回", "【冲印】{g}{num}张未取", "【罗马柱】布景倒塌"),
        roles=("消费者", "投诉人", "店主", "经营者", "负责人", "摄影师", "化妆师", "当事人", "新郎", "新娘"),
        results=("退款", "已调解", "登记预付卡信息", "转公安机关", "联系不上经营者"),
    ),
    "chess_rooms": dict(
        label="棋牌室", unit="派出所",
        goods=("麻将机", "龙井", "毛尖", "信阳毛尖"),
        facts=("治安检查发现【麻将机】{num}台", "【包厢】未登记", "有人利用【麻将机】赌博", "消防检查：【安全出口】堵塞",
               "超时营业，【包厢】内有人", "茶馆内聚集{num}人，桌上有【高额赌资】", "现场收缴【钱箱】",
               "以{g}茶水费名义收取台费", "玩【金花】、【牛牛】", "【房费】按小时收取，无价目表",
               "下【车马炮】象棋赌输赢", "输赢超【万元】", "【白板】记账"),
        roles=("负责人", "经营者", "老板", "当事人", "参赌人员", "举报人", "服务员", "房东"),
        results=("已警告", "治安罚款", "责令整改", "收缴赌资", "已处理"),
    ),
    "road_maintenance": dict(
        label="农村公路养护", unit="县公路段",
        goods=("石渣", "石灰", "金属护栏", "黄土", "毛石"),
        facts=("巡查发现【高边坡】塌方", "【边沟】堵塞，需清理", "【金属护栏】破损{num}米", "路面坑槽，{g}外露",
               "【包保路段】被占用堆放{g}", "雨后【边坡】冲刷", "【石拱桥】护栏松动", "【洪水】冲毁【毛石挡墙】{num}米",
               "【黄土】塌落堵路", "【段长】带队检查【常态化养护】", "【道班班长】报告【雷雨】后路基下沉",
               "【养护段】与【公路段】联合巡查", "清运{g}约{num}方"),
        roles=("护路员", "养护工", "道班工", "包保人", "举报人", "驾驶员", "当事人", "承包人"),
        results=("已修复", "已上报", "列入计划", "已清理", "扣发补助"),
    ),
    "bamboo_products": dict(
        label="竹制品", unit="县林业局",
        goods=("毛竹", "雷竹", "石竹", "金丝竹", "方竹", "罗汉竹", "黄竹", "花竹", "龙竹"),
        facts=("无证砍伐{g}{num}株", "{g}超量采伐", "竹编作坊收购{g}无凭证", "{g}收购价纠纷", "【竹林】林地界址争议",
               "{g}运输无【林木采伐许可证】", "申请【毛竹砍伐许可证】", "【林权证】与实际四至不符",
               "从【安吉】调入{g}", "{g}林下套种", "【毛竹林】流转纠纷", "【竹林经营】主体变更"),
        roles=("户主", "篾匠", "竹农", "经营者", "负责人", "当事人", "收购商", "承包人"),
        results=("已补办", "责令补种", "罚款处理", "已调处", "移交森林公安"),
    ),
}
for _spec in _DOMAINS.values():
    _spec["words"] = tuple(dict.fromkeys(_spec["goods"] + tuple(
        w for f in _spec["facts"] for w in re.findall(r"【(.+?)】", f))))

_VILLAGE_SUF = ("家村", "家湾", "庄", "家坞", "村", "家岭", "家桥", "家坝", "家埠", "家堡", "岙", "家浜", "家畈",
                "家塘", "家山", "店", "家圩", "家墩")
_TOWNS = ("高桥镇", "石门镇", "金村乡", "马家镇", "林城镇", "吴山乡", "梅溪镇", "洪桥镇", "钟管镇", "雷甸镇",
          "禹越镇", "乾元镇", "新市镇", "水口乡", "章村镇", "孝丰镇", "杭垓镇", "溪龙乡", "武康街道", "舞阳街道",
          "黄湖镇", "方山乡", "龙坞镇", "白塔镇", "古城街道", "严官巷", "柯城区", "乔司街道")
_ROADS = ("建设路", "解放路", "人民路", "胜利街", "中山路", "江滨路", "和平路", "文化路", "光明街", "新华路",
          "振兴大道", "幸福路", "朝阳路", "向阳路", "红旗路", "长江路", "黄河路", "金山路", "凤凰路", "东风路")
_SHOP_TYPES = {
    "sand_dredging": ("砂场", "砂石有限公司", "运输队"), "laundry_shops": ("干洗", "洗衣店", "洗衣坊"),
    "optical_shops": ("眼镜", "眼镜店", "视光中心"), "printing_shops": ("印务", "印刷厂", "图文社"),
    "concrete_plants": ("商砼站", "建材有限公司", "搅拌站"), "auto_repair": ("汽修", "修理厂", "汽车服务部"),
    "bakery_workshops": ("糕点", "饼屋", "食品作坊"), "silkworm_rearing": ("蚕种场", "茧站", "家庭农场"),
    "photo_studios": ("照相馆", "影楼", "摄影工作室"), "chess_rooms": ("茶楼", "棋牌室", "茶馆"),
    "road_maintenance": ("道班", "养护队", "筑路队"), "bamboo_products": ("竹编", "竹制品厂", "竹业有限公司"),
}
_COUNTY_ABBR = "德安长余临建淳桐萧富龙庆景遂松云青缙江开常武嵊诸"
_PROV = "浙苏皖赣闽湘鄂川黔桂粤豫鲁冀云新蒙吉辽晋陕甘宁琼渝沪京"
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_CN_NUM = "零壹贰叁肆伍陆柒捌玖"
_FW = str.maketrans("0123456789", "０１２３４５６７８９")

_EN_PLACES = ("Linhai", "Lin Hai City", "Jinhua", "Song Yang County", "Jiangshan", "Longquan", "Wenling",
              "Yuhang", "Fuyang", "Anji", "Deqing", "Tongxiang", "Huzhou", "Lishui", "Yongkang", "Zhuji",
              "Kaihua", "Changxing", "Haining", "Shengzhou", "Qingtian", "Jiang Shan", "Long Quan",
              "Huangyan", "Xinshi", "Wuzhen", "Shaoxing", "Ningbo Port", "Yiwu")
_EN_BRANDS = ("Seagull", "Red Star", "Phoenix", "Forever", "Hero", "Double Happiness", "Great Wall",
              "Golden Phoenix", "Peony", "Flying Pigeon", "Wong Kee Bakery", "Chen Kee Optical", "Lee Kum Kee",
              "Wangji Dry Cleaning", "Ma's Auto Repair", "Zhang Family Bamboo Co., Ltd.", "Huang's Print Shop",
              "Li Ji Laundry", "Golden Lady Bridal", "Mona Lisa Wedding Photo")
_EN_WORDS = {
    "sand_dredging": ("sand barge", "river sand", "Yellow Sand", "dredging permit", "quartz sand"),
    "laundry_shops": ("dry cleaning", "wool coat", "silk dress", "white shirt", "stain"),
    "optical_shops": ("Zeiss lenses", "Essilor", "Ray-Ban", "myopia", "blue-light lens"),
    "printing_shops": ("Heidelberg press", "offset printing", "company seal", "Song typeface", "print order"),
    "concrete_plants": ("mixer truck", "ready-mix", "C30 concrete", "slump test", "crushed stone"),
    "auto_repair": ("sheet metal", "spray booth", "Mazda", "Geely", "Ford Focus", "VIN"),
    "bakery_workshops": ("mooncake", "egg yolk", "Suzhou-style mooncake", "osmanthus cake", "Wufangzhai"),
    "silkworm_rearing": ("mulberry leaf", "cocoon", "silkworm eggs", "Huzhou silk", "white muscardine"),
    "photo_studios": ("wedding photo", "prepaid card", "Kodak paper", "studio package", "Golden Lady"),
    "chess_rooms": ("mahjong table", "tea house", "Longjing tea", "private room", "chess room"),
    "road_maintenance": ("road warden", "culvert", "Stone Arch Bridge", "pothole", "guardrail"),
    "bamboo_products": ("Moso bamboo", "bamboo mat", "Lei bamboo shoots", "felling permit", "bamboo weaving"),
}
_EN_ROLES = ("Party", "Complainant", "Owner", "Operator", "Contact", "Driver", "Customer", "Applicant",
             "Agent", "Witness", "Mr.", "Ms.", "Buyer", "Shop manager")


def _en_key(name: str) -> str:
    """A romanised name without case, punctuation or order: 'WANG, Fang' == 'Fang Wang'."""
    return " ".join(sorted(re.sub(r"[^a-z ]", " ", name.lower()).split()))


@functools.lru_cache(maxsize=1)
def _build() -> dict:
    """The pools, checked once: every domain word must begin with or hold a surname character."""
    for dom, spec in _DOMAINS.items():
        for w in spec["words"]:
            if not any(c in SURNAME_CHARS for c in w):  # pragma: no cover - a data error
                raise ValueError(f"{dom}: domain look-alike {w!r} holds no surname character")
    ranked = list(_COMMON)
    common_w = [8.0 / (i + 1) ** 0.95 for i in range(len(ranked))]
    return dict(
        surnames=ranked, surname_w=common_w, rare=list(_RARE), compound=list(_COMPOUND),
        g1=list(_G1), g2_old=list(_G2_OLD), g2_new=list(_G2_NEW), gen=list(_GEN), words=list(_G_WORDS),
        nick=list(_NICK_TAIL), xiaoming=list(_XIAOMING), block=_BLOCK, domains=_DOMAINS,
        block_en=frozenset(_en_key(b) for b in _BLOCK if b.isascii()),
    )


# ----------------------------------------------------------------------------------------------
# small generators
# ----------------------------------------------------------------------------------------------
def _surname(rng: random.Random, P: dict) -> str:
    r = rng.random()
    if r < 0.05:
        return rng.choice(P["compound"])
    if r < 0.13:
        return rng.choice(P["rare"])
    return rng.choices(P["surnames"], P["surname_w"])[0]


def _given(rng: random.Random, P: dict) -> str:
    r = rng.random()
    if r < 0.30:
        return rng.choice(P["g1"])
    if r < 0.55:
        return rng.choice(P["g2_old"])
    if r < 0.75:
        return rng.choice(P["g2_new"])
    if r < 0.90:
        return rng.choice(P["gen"]) + rng.choice(P["g1"])
    return rng.choice(P["words"])


def _cn_name(rng: random.Random, P: dict) -> tuple[str, str | None]:
    """A Chinese name's surface form, and a 小名 to write after it (or None)."""
    r = rng.random()
    s = _surname(rng, P)
    if r < 0.05:
        return s + rng.choice(P["nick"]), None
    if r < 0.07:
        return "阿" + rng.choice(P["g1"]), None
    if r < 0.10:  # a married woman in an old ledger
        other = rng.choices(P["surnames"], P["surname_w"])[0]
        if rng.random() < 0.5:
            return s + other + "氏", None
        return s + other + rng.choice(("秀英", "桂兰", "玉珍", "凤英", "淑珍", "月娥", "素珍", "兰英", "菊英")), None
    g = _given(rng, P)
    name = s + g
    if len(name) == 2 and rng.random() < 0.12:
        name = s + rng.choice(("　", " ", "  ")) + g
    xm = rng.choice(P["xiaoming"]) if rng.random() < 0.04 else None
    return name, xm


def _minority_name(rng: random.Random, P: dict) -> tuple[str, str]:
    eth = rng.choice(("维吾尔族", "维吾尔族", "哈萨克族", "藏族", "藏族", "彝族", "彝族", "蒙古族", "回族",
                      "朝鲜族", "壮族", "苗族", "侗族", "布依族", "土家族", "黎族", "瑶族", "景颇族", "佤族",
                      "羌族", "傣族", "纳西族", "满族", "白族", "锡伯族"))
    dot = rng.choice(_DOTS)
    if eth == "维吾尔族":
        first = rng.choice(_UY_F if rng.random() < 0.45 else _UY_M)
        return first + dot + rng.choice(_UY_M), eth
    if eth == "哈萨克族":
        first = rng.choice(_KZ_F if rng.random() < 0.4 else _KZ_M)
        return first + dot + rng.choice(_KZ_M), eth
    if eth == "藏族":
        a, b = rng.sample(_TIB, 2)
        return a + b, eth
    if eth == "彝族":
        return rng.choice(_YI_S) + rng.choice(_YI_G), eth
    if eth == "蒙古族":
        r = rng.random()
        if r < 0.25:
            return rng.choice("包鲍白韩") + _given(rng, P), eth
        a, b = rng.sample(_MN, 2)
        return (a + dot + b) if r < 0.35 else a + b, eth
    if eth == "朝鲜族":
        return rng.choice(_KR_S) + rng.choice(_KR_G), eth
    if eth == "景颇族":
        return rng.choice(_JP_CLAN) + rng.choice(_JP_ORD), eth
    if eth == "佤族":
        base = rng.choice(_WA)
        if rng.random() < 0.6:
            return rng.choice("赵李鲍陈魏肖田") + base, eth
        return base + rng.choice("门嘎块扫惹那"), eth
    if eth == "傣族":
        base = rng.choice(_DAI)
        return (base + rng.choice("罕香叫坎光")) if rng.random() < 0.5 else rng.choice("刀龚") + base, eth
    if eth == "黎族":
        return rng.choice(_CN_SURN_ETH[eth]) + (rng.choice(_LI_G) if rng.random() < 0.6 else _given(rng, P)), eth
    if eth == "瑶族":
        return rng.choice(_CN_SURN_ETH[eth]) + (rng.choice(_YAO_G) if rng.random() < 0.5 else _given(rng, P)), eth
    if eth == "满族" and rng.random() < 0.15:
        return "爱新觉罗" + dot + rng.choice(("恒书", "德善", "毓秀", "启文", "溥良", "恒瑞")), eth
    if eth == "苗族" and rng.random() < 0.3:
        return rng.choice("杨吴龙石") + "阿" + rng.choice("九妹金保二三扁") , eth
    return rng.choice(_CN_SURN_ETH[eth]) + _given(rng, P), eth


def _en_name(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.50:  # mainland pinyin
        fam = rng.choice(_PY_S)
        syl = [rng.choice(_PY_G) for _ in range(rng.choice((1, 2, 2, 2)))]
        giv = "".join(syl)
        form = rng.randrange(11)
        if form == 0:
            return f"{fam} {_title(giv)}"
        if form == 1:
            return f"{_title(giv)} {fam}"
        if form == 2:
            return f"{fam.upper()} {_title(giv)}"
        if form == 3:
            return f"{_title(giv)} {fam.upper()}"
        if form == 4 and len(syl) == 2:
            return f"{fam} {_title(syl[0])}-{syl[1]}"
        if form == 5 and len(syl) == 2:
            return f"{fam} {_title(syl[0])} {_title(syl[1])}"
        if form == 6:
            return ".".join(s[0].upper() for s in syl) + f". {fam}"
        if form == 7:
            return f"{fam} " + ".".join(s[0].upper() for s in syl) + "."
        if form == 8:
            return f"{fam.upper()}, {giv.upper()}"
        if form == 9:
            return f"{fam}, {_title(giv)}"
        return f"{fam.upper()} {giv.upper()}"
    if r < 0.64:  # Hong Kong
        fam = rng.choice(_HK_S)
        a, b = rng.sample(_HK_G, 2)
        form = rng.randrange(5)
        if form == 0:
            return f"{fam} {a} {b}"
        if form == 1:
            return f"{fam.upper()} {a}-{b.lower()}"
        if form == 2:
            return f"{rng.choice(_EN_G)} {fam} {a}-{b.lower()}"
        if form == 3:
            return f"{fam} {a} {b}, {rng.choice(_EN_G)}"
        return f"{a} {b} {fam}"
    if r < 0.72:  # Macao
        fam = rng.choice(_MO_S)
        a, b = rng.sample(_MO_G, 2)
        return f"{fam.upper()} {a} {b}" if rng.random() < 0.4 else f"{fam} {a} {b}"
    if r < 0.82:  # Taiwan
        fam = rng.choice(_TW_S)
        a, b = rng.sample(_TW_G, 2)
        form = rng.randrange(3)
        if form == 0:
            return f"{fam} {_title(a)}-{b}"
        if form == 1:
            return f"{_title(a)}-{b} {fam}"
        return f"{fam.upper()}, {a.upper()}-{b.upper()}"
    if r < 0.90:  # Singapore
        fam = rng.choice(_SG_S)
        a, b = rng.sample(_SG_G, 2)
        return f"{fam} {a} {b}" if rng.random() < 0.7 else f"{rng.choice(_EN_G)} {fam} {a} {b}"
    fam = rng.choice(_PY_S + ("Chan", "Wong", "Lee", "Tan", "Lim"))
    g = rng.choice(_EN_G)
    return f"{g} {fam}" if rng.random() < 0.75 else f"{g} {fam.upper()}"


def _phone(rng: random.Random) -> str:
    p = str(rng.choice((13, 15, 17, 18, 19, 14, 16))) + str(rng.randrange(10)) + "".join(
        str(rng.randrange(10)) for _ in range(8))
    f = rng.randrange(7)
    if f == 0:
        return f"{p[:3]}-{p[3:7]}-{p[7:]}"
    if f == 1:
        return f"{p[:3]} {p[3:7]} {p[7:]}"
    if f == 2:
        return f"{p[:3]}****{p[7:]}"
    if f == 3:
        return p.translate(_FW)
    return p


def _landline(rng: random.Random) -> str:
    return f"0{rng.choice(('572', '571', '579', '578', '570', '575', '573'))}-" + str(rng.randrange(2, 9)) + \
        "".join(str(rng.randrange(10)) for _ in range(6))


def _id_number(rng: random.Random) -> str:
    body = rng.choice(("330521", "330522", "330523", "331123", "330781", "330482")) + \
        f"{rng.randrange(1940, 2005)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}" + \
        f"{rng.randrange(1000):03d}"
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]


def _uscc(rng: random.Random) -> str:
    body = rng.choice(("92", "91", "92", "93")) + rng.choice(("330521", "330522", "331123", "330781")) + \
        "".join(rng.choice(_USCC_CHARS) for _ in range(9))
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_W))
    return body + _USCC_CHARS[(31 - s % 31) % 31]


def _date(rng: random.Random) -> str:
    y, m, d = rng.randrange(2019, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
    f = rng.randrange(8)
    if f == 0:
        return f"{y}年{m}月{d}日"
    if f == 1:
        return f"{y}.{m}.{d}"
    if f == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 3:
        return f"{m}月{d}日"
    if f == 4:
        return f"{y}/{m}/{d}"
    if f == 5:
        return f"{y}年{m}月{d}日".translate(_FW)
    if f == 6:
        return f"{y % 100}.{m:02d}.{d:02d}"
    return f"{y}年{m:02d}月{d:02d}号"


def _amount(rng: random.Random) -> str:
    v = rng.choice((200, 500, 800, 1000, 1500, 2000, 3000, 5000, 8000, 10000, 20000)) + rng.randrange(0, 5) * 50
    f = rng.randrange(6)
    if f == 0:
        return f"{v}元"
    if f == 1:
        return f"￥{v:,}.00"
    if f == 2:
        return f"人民币{v}元"
    if f == 3 and v % 1000 == 0 and v < 10000:
        return f"{_CN_NUM[v // 1000]}仟元整"
    if f == 4:
        return f"{v / 10000:.2f}万元"
    return f"{v:.2f}元"


def _plate(rng: random.Random) -> str:
    tail = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    tail = str(rng.randrange(10)) + tail[1:]
    return rng.choice(_PROV) + rng.choice("ABCDEFGHJK") + rng.choice(("·", "", " ", "-", "·")) + tail


def _docno(rng: random.Random, dept: str) -> str:
    y = rng.randrange(2019, 2027)
    br = rng.choice((("〔", "〕"), ("[", "]"), ("（", "）"), ("【", "】")))
    return f"{rng.choice(_COUNTY_ABBR)}{dept}{br[0]}{y}{br[1]}{rng.randrange(1, 400)}号"


def _licence(rng: random.Random, dom: str) -> str:
    n = "".join(str(rng.randrange(10)) for _ in range(rng.choice((4, 6, 8))))
    return {
        "sand_dredging": f"采砂许字第{n}号", "printing_shops": f"（浙）印证字{n}号",
        "bakery_workshops": f"浙食作登{n}", "auto_repair": f"维修备案{n}",
        "chess_rooms": f"JY{n}", "photo_studios": f"预付卡备案{n}",
    }.get(dom, f"ZJ-{rng.choice(('DQ', 'AJ', 'CX', 'LQ'))}-{n}")


# ----------------------------------------------------------------------------------------------
# the remark builder
# ----------------------------------------------------------------------------------------------
_TYPOS = (("联系人", "联糸人"), ("电话", "电活"), ("身份证", "身分证"), ("回访", "回坊"), ("调解", "调节"),
          ("已经", "以经"), ("反映", "反应"), ("查看", "察看"))


class _Ctx:
    def __init__(self, rng: random.Random, P: dict, family: str, dom: str, taken) -> None:
        self.rng, self.P, self.family, self.dom = rng, P, family, dom
        self.spec = _DOMAINS[dom]
        self.names: list[str] = []
        self.cued: list[bool] = []
        self.look: list[tuple[str, str]] = []
        self.taken = taken
        self.eth: dict[str, str] = {}

    # -- names
    def new_name(self) -> str:
        for _ in range(200):
            if self.family == "english_export":
                nm, xm = _en_name(self.rng), None
            elif self.family == "minority_listing" and self.rng.random() < 0.85:
                nm, eth = _minority_name(self.rng, self.P)
                xm = None
                self.eth[nm] = eth
            else:
                nm, xm = _cn_name(self.rng, self.P)
            if self._ok(nm) and (xm is None or (self._ok(xm) and xm not in nm and nm not in xm)):
                if xm is not None:
                    return nm + "\x00" + xm
                return nm
        raise RuntimeError("name pool exhausted")  # pragma: no cover

    def _ok(self, nm: str) -> bool:
        if nm in self.P["block"] or nm.replace("　", "").replace(" ", "") in self.P["block"]:
            return False
        if nm.isascii() and _en_key(nm) in self.P["block_en"]:
            return False
        if self.taken(nm):
            return False
        return not any(nm in o or o in nm for o in self.names)

    def person(self, cued: bool, raw: str) -> str:
        """Record a planted name (and its 小名, planted as a second name) and return its text."""
        if "\x00" in raw:
            nm, xm = raw.split("\x00")
            self.names += [nm, xm]
            self.cued += [cued, True]
            o, e = self.rng.choice((("（小名", "）"), ("(小名", ")"), ("，小名", ""), ("（乳名", "）"), ("，又名", "")))
            return nm + o + xm + e
        self.names.append(raw)
        self.cued.append(cued)
        return raw

    # -- look-alikes
    def la(self, s: str, cat: str) -> str:
        self.look.append((s, cat))
        return s

    def dword(self) -> str:
        return self.la(self.rng.choice(self.spec["goods"]), "domain")

    def fact(self) -> str:
        f = self.rng.choice(self.spec["facts"])
        if "{g}" in f:
            f = f.replace("{g}", self.dword())
        f = f.replace("{num}", str(self.rng.choice((3, 5, 12, 30, 46, 80, 120, 260))))
        for w in re.findall(r"【(.+?)】", f):
            self.la(w, "domain")
        return f.replace("【", "").replace("】", "")

    def village(self) -> str:
        s = self.rng.choices(self.P["surnames"][:60], self.P["surname_w"][:60])[0]
        return self.la(s + self.rng.choice(_VILLAGE_SUF), "place")

    def town(self) -> str:
        return self.la(self.rng.choice(_TOWNS), "place")

    def road(self) -> str:
        return self.la(self.rng.choice(_ROADS), "place") + f"{self.rng.randrange(1, 400)}号"

    def shop(self) -> str:
        s = self.rng.choices(self.P["surnames"][:80], self.P["surname_w"][:80])[0]
        t = self.rng.choice(_SHOP_TYPES[self.dom])
        f = self.rng.randrange(5)
        if f == 0:
            return self.la(f"{s}记{t}", "shop")
        if f == 1:
            return self.la(f"{s}氏{t}", "shop")
        if f == 2:
            return self.la(f"老{s}{t}", "shop")
        if f == 3:
            return self.la(f"{s}家{t}", "shop")
        return self.la(f"{self.rng.choice(('德清县', '安吉县', '长兴县', '龙泉市', '松阳县', '临安区'))}{s}氏{t}"
                       + ("有限公司" if "公司" not in t else ""), "shop")

    def date(self) -> str:
        return self.la(_date(self.rng), "date")

    def other(self) -> str:
        r = self.rng.randrange(9)
        if r == 0:
            return self.village()
        if r == 1:
            return self.shop()
        if r == 2:
            return self.la(_amount(self.rng), "amount")
        if r == 3:
            return self.la(_plate(self.rng), "plate")
        if r == 4:
            return self.la(_docno(self.rng, self.rng.choice(("市监处罚", "水政罚", "交运罚", "公(治)行罚决字",
                                                            "林罚", "文执罚"))), "docno")
        if r == 5:
            return "统一社会信用代码" + self.la(_uscc(self.rng), "code")
        if r == 6:
            return self.la(_licence(self.rng, self.dom), "code")
        if r == 7:
            return self.town()
        return self.road()

    # -- a clause that carries one name
    def clause(self, raw: str, mode: str) -> str:
        rng = self.rng
        colon = rng.choice(("：", ":", "：", " ", "", "：", "： "))
        if mode == "role":
            return f"{rng.choice(self.spec['roles'])}{colon}{self.person(True, raw)}"
        if mode == "date":
            return f"{self.date()}{rng.choice((' ', '', '，', ' '))}{self.person(False, raw)}" + \
                rng.choice(("来电反映", "到所", "称", "反映", "来访", "电话投诉", "送来材料"))
        if mode == "age":
            sex = rng.choice(("男", "女"))
            return self.person(False, raw) + rng.choice((f"，{sex}，{rng.randrange(19, 88)}岁",
                                                        f"（{sex}，{rng.randrange(19, 88)}岁）",
                                                        f" {rng.randrange(19, 88)}岁", f",{sex},{rng.randrange(19,88)}岁"))
        if mode == "phone":
            return self.person(False, raw) + rng.choice((" ", "", "/", "，", "  ")) + _phone(rng)
        if mode == "place":
            return (self.village() if rng.random() < 0.7 else self.town()) + self.person(False, raw) + \
                rng.choice(("反映", "称", "家中无人", "一户", "户", "承包户"))
        if mode == "subject":
            return rng.choice(("经查，", "", "现场", "当时", "后")) + self.person(False, raw) + \
                rng.choice(("称", "承认", "表示", "不在场", "拒绝签字", "同意整改", "未到场", "已签字确认"))
        if mode == "id":
            return self.person(False, raw) + rng.choice((" 身份证", "，身份证号", " 身分证")) + _id_number(rng)
        raise ValueError(mode)  # pragma: no cover

    def pair(self, raw1: str, raw2: str, first_cued: bool) -> str:
        rng = self.rng
        conj = rng.choice(("与", "和", "及", "、", "与", "和"))
        if first_cued:
            a = f"{rng.choice(self.spec['roles'])}{rng.choice(('：', ':', ''))}{self.person(True, raw1)}"
        else:
            a = self.person(False, raw1)
        return a + conj + self.person(False, raw2) + rng.choice(("系夫妻", "合伙经营", "在场", "共同签字",
                                                                "均称不知情", "到场", "同意调解", ""))


def _modes(rng: random.Random) -> str:
    return rng.choices(("role", "date", "age", "phone", "place", "subject", "id"),
                       (0.71, 0.05, 0.06, 0.06, 0.05, 0.05, 0.02))[0]


def _maybe_typo(rng: random.Random, text: str) -> str:
    if rng.random() < 0.25:
        a, b = rng.choice(_TYPOS)
        text = text.replace(a, b, 1)
    return text


def _k(rng: random.Random) -> int:
    return rng.choices((2, 3, 4, 5), (0.2, 0.35, 0.3, 0.15))[0]


def _domain_text(c: _Ctx, layout: str) -> str:
    rng = c.rng
    raws = [c.new_name() for _ in range(_k(rng))]
    # register names now so the later draws stay distinct
    pieces: list[str] = []
    i = 0
    while i < len(raws):
        if i + 1 < len(raws) and rng.random() < 0.18:
            pieces.append(c.pair(raws[i], raws[i + 1], rng.random() < 0.4))
            i += 2
            continue
        pieces.append(c.clause(raws[i], _modes(rng)))
        i += 1
    facts = [c.fact() for _ in range(rng.choice((1, 1, 1, 2, 2)))]
    others = [c.other() for _ in range(rng.choice((1, 1, 1, 1, 2)))]
    if rng.random() < 0.6:
        others[0] = rng.choice(("现场", "店内", "村口", "路边", "河边", "作坊"))
    if rng.random() < 0.3:
        others.append(c.dword() + rng.choice(("若干", "已登记", "一批", "未见异常", "需复查", "已封存")))
    result = rng.choice(c.spec["results"])
    sep = rng.choice(("；", ";", "，", " | ", "\n", "  ", "；\n"))
    if layout == "labelled":
        fields = [pieces[0], "事由" + rng.choice(("：", ":")) + facts[0]]
        fields += [rng.choice(("地址：", "地点:", "位置：")) + rng.choice((c.village, c.town, c.road))()]
        fields += [rng.choice(("备注：", "情况说明：", "其他：", "")) + p for p in pieces[1:]]
        fields += [f for f in facts[1:]] + others[1:]
        fields.append(rng.choice(("处理结果：", "处理意见:", "结果：")) + result)
        text = sep.join(fields)
    elif layout == "prose":
        body = "，".join([pieces[0], facts[0]]) + "。"
        for p, f in zip(pieces[1:], facts[1:] + [None] * len(pieces)):
            body += p + ("，" + f if f else "") + "。"
        body += "涉及" + "、".join(others) + "。" + result + "。"
        text = body
    elif layout == "list":
        marks = rng.choice((("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."),
                            ("1、", "2、", "3、", "4、", "5、", "6、", "7、", "8、"),
                            ("（1）", "（2）", "（3）", "（4）", "（5）", "（6）", "（7）", "（8）"),
                            ("①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧")))
        items = pieces + facts + others
        head = f"{c.spec['label']}{rng.choice(('检查', '投诉', '登记', '巡查'))}记录："
        text = head + rng.choice(("\n", " ", "")) + rng.choice(("\n", " ", "；")).join(
            m + it for m, it in zip(marks, items)) + f"。{result}"
    elif layout == "cell":
        items = pieces + facts + others
        joiner = rng.choice(("/", "、", "\n", "；", " / ", "|", "，"))
        text = joiner.join(items) + rng.choice(("\n", " ", "")) + "(" + result + ")"
    else:  # dated log
        items = pieces + facts
        lines = []
        for j, it in enumerate(items):
            if (j == 0 and rng.random() < 0.6) or rng.random() < 0.2:
                lines.append(f"{c.date()} {it}")
            elif it[:1].isdigit() or it[:1] in "０１２３４５６７８９":
                lines.append(it)
            else:
                lines.append(rng.choice(("当日", "次日", "又", "下午", "晚", "")) + it)
        lines.append(rng.choice(("后续：", "处理：", "复查：", "结案：")) + "，".join(others) + "，" + result)
        text = rng.choice(("\n", "；", " ")).join(lines)
    if rng.random() < 0.15:
        text = text.replace("，", ",").replace("：", ":")
    return _maybe_typo(rng, text)


def _english_text(c: _Ctx, layout: str) -> str:
    rng = c.rng
    raws = [c.new_name() for _ in range(_k(rng))]
    ew = _EN_WORDS[c.dom]
    words = [c.la(rng.choice(ew), "english") for _ in range(rng.choice((1, 2)))]
    place = c.la(rng.choice(_EN_PLACES), "english")
    brand = c.la(rng.choice(_EN_BRANDS), "english") if rng.random() < 0.6 else rng.choice(("the shop", "the stall", "the plant"))
    dates = []

    def d() -> str:
        y, m, dd = rng.randrange(2019, 2027), rng.randrange(1, 13), rng.randrange(1, 29)
        mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[m - 1]
        s = rng.choice((f"{y}-{m:02d}-{dd:02d}", f"{dd} {mon} {y}", f"{mon} {dd}, {y}", f"{dd:02d}/{m:02d}/{y}"))
        dates.append(s)
        return c.la(s, "date")

    def who(raw: str) -> str:
        r = rng.random()
        if r < 0.55:
            return f"{rng.choice(_EN_ROLES)}{rng.choice((': ', ' ', ':'))}{c.person(True, raw)}"
        if r < 0.7:
            return f"{d()} {c.person(False, raw)} {rng.choice(('called', 'visited', 'complained', 'signed', 'paid'))}"
        if r < 0.8:
            return f"{c.person(False, raw)} ({rng.randrange(20, 80)}) " + _phone(rng)
        if r < 0.9:
            return f"{c.person(False, raw)} of {c.la(rng.choice(_EN_PLACES), 'english')}"
        return f"{c.person(False, raw)} {rng.choice(('said', 'refused to sign', 'agreed', 'was absent'))}"

    parts: list[str] = []
    i = 0
    while i < len(raws):
        if i + 1 < len(raws) and rng.random() < 0.2:
            parts.append(f"{c.person(False, raws[i])} {rng.choice(('and', '&'))} {c.person(False, raws[i + 1])}"
                         f" {rng.choice(('attended', 'co-own the shop', 'disputed the bill'))}")
            i += 2
            continue
        parts.append(who(raws[i]))
        i += 1
    topic = {"sand_dredging": "Sand dredging", "laundry_shops": "Laundry complaint",
             "optical_shops": "Optical complaint", "printing_shops": "Print registration",
             "concrete_plants": "Concrete QC", "auto_repair": "Repair dispute", "bakery_workshops": "Bakery check",
             "silkworm_rearing": "Cocoon purchase", "photo_studios": "Prepaid card", "chess_rooms": "Chess room check",
             "road_maintenance": "Road upkeep", "bamboo_products": "Bamboo felling"}[c.dom]
    amt = c.la(rng.choice(("RMB ", "CNY ", "¥")) + f"{rng.randrange(2, 400) * 50:,}", "amount")
    if layout in ("labelled", "cell"):
        fields = [f"case_id={rng.choice('HZDQAJCX')}{rng.choice('ZQJXC')}-{rng.randrange(2019, 2027)}-{rng.randrange(99999):05d}",
                  f"type={topic}", f"place={place}"] + [f"note{j}={p}" for j, p in enumerate(parts)] + \
                 [f"items={'; '.join(words)}", f"shop={brand}", f"amount={amt}"]
        text = rng.choice(("; ", " | ", "\n", ",")).join(fields)
    elif layout == "list":
        text = f"{topic} - {place}:\n" + "\n".join(f"{j + 1}) {p}" for j, p in enumerate(parts)) + \
            f"\nItems: {', '.join(words)}; shop {brand}; total {amt}."
    elif layout == "log":
        text = "\n".join(f"[{d()}] {p}" for p in parts) + f"\n[{d()}] {brand} ({place}) {', '.join(words)} {amt}"
    else:
        text = f"{topic} at {brand}, {place}. " + ". ".join(parts) + \
            f". Items involved: {' and '.join(words)}. Settled at {amt}."
    return text


def _minority_text(c: _Ctx, layout: str) -> str:
    rng = c.rng
    raws = [c.new_name() for _ in range(_k(rng))]
    place = c.la(rng.choice(_MIN_PLACES), "place")
    rows = []
    for j, raw in enumerate(raws):
        nm = raw.split("\x00")[0]
        eth = c.eth.get(nm)
        eth_s = (c.la(eth, "ethnonym") if rng.random() < 0.7 else eth) if eth else "汉族"
        r = rng.random()
        if r < 0.3:  # table row: name at the start of a cell
            rows.append(f"{j + 1}{rng.choice((' ', '.', '、', chr(9)))}{c.person(False, raw)}{rng.choice((' ', chr(9), '，', '|'))}"
                        f"{eth_s}{rng.choice((' ', '，', '|'))}{c.dword() if rng.random() < 0.35 else c.spec['label']}{rng.choice((' ', '，'))}"
                        f"{rng.choice((str(rng.randrange(2, 90) * 50) + '元', str(rng.randrange(1, 90)) + '公斤', _phone(rng)))}")
        elif r < 0.8:
            rows.append(f"{rng.choice(c.spec['roles'] + ('姓名', '户主', '申请人'))}{rng.choice(('：', ':', ' '))}"
                        f"{c.person(True, raw)}（{eth_s}，{rng.randrange(18, 85)}岁）"
                        + (c.fact() if rng.random() < 0.35 else rng.choice(("已登记", "已核实", "待补材料", "本人签字"))))
        else:
            rows.append(f"{c.date()}{c.person(False, raw)}（{eth_s}）{rng.choice(('领取', '交售', '申报', '签收'))}{c.dword()}")
    head = f"{place}{c.spec['label']}{rng.choice(('登记名单', '情况统计', '明细', '花名册'))}"
    if layout in ("cell", "list"):
        return head + "\n" + "\n".join(rows)
    if layout == "log":
        return head + "；" + "；".join(rows) + "。" + c.other()
    return head + "：" + rng.choice(("\n", " ", "")) + "；".join(rows) + "。" + c.fact() + "。"


_PROGRAMS = {
    "sand_dredging": ("河道采砂权出让竞得人", "竞得人"), "laundry_shops": ("洗染业诚信示范店申报", "申报人"),
    "optical_shops": ("眼镜验光员技能培训补贴", "补贴对象"), "printing_shops": ("印刷经营许可证核发", "申请人"),
    "concrete_plants": ("罐车驾驶员安全培训合格人员", "学员"), "auto_repair": ("机动车维修纠纷调解结果", "申请人"),
    "bakery_workshops": ("食品小作坊登记证核发", "经营者"), "silkworm_rearing": ("蚕桑产业补助资金拟发放对象", "养蚕户"),
    "photo_studios": ("预付卡退费登记", "退费人"), "chess_rooms": ("治安举报奖励", "举报人"),
    "road_maintenance": ("农村公路护路员拟聘用人员", "拟聘人员"), "bamboo_products": ("毛竹采伐指标分配", "户主"),
}
_OFFICIAL_POSTS = ("联系人", "审核人", "村委会主任", "村党支部书记", "经办人", "站长", "所长", "复核人",
                   "监督电话联系人", "村主任")


def _official_pool(rng: random.Random, P: dict) -> list[str]:
    out: list[str] = []
    while len(out) < 60:
        s = rng.choices(P["surnames"][:50], P["surname_w"][:50])[0]
        g = rng.choice(P["g2_old"] + P["g2_new"])
        nm = s + g
        if nm not in out and nm not in P["block"]:
            out.append(nm)
    return out


def _public_text(c: _Ctx, layout: str, officials: list[str]) -> str:
    rng = c.rng
    prog, who = _PROGRAMS[c.dom]
    raws = [c.new_name() for _ in range(_k(rng))]
    y = rng.randrange(2019, 2027)
    org = c.village() + rng.choice(("村民委员会", "股份经济合作社")) if rng.random() < 0.5 else \
        c.town() + rng.choice(("人民政府", "农业综合服务中心", "市场监管所"))
    title = rng.choice(("关于", "")) + f"{y}年度{prog}的" + rng.choice(("公示", "公告"))
    rows = []
    relation_roles = ("监护人", "代领人", "委托代理人", "见证人", "其配偶", "其子", "其女", "其母")
    for j, raw in enumerate(raws):
        r = rng.random()
        if (j == 0 and r < 0.6) or r < 0.3:
            money = c.la(_amount(rng), "amount") if rng.random() < 0.15 else f"{rng.randrange(2, 90) * 100}元"
            rows.append(f"{rng.choice(('', str(j + 1) + '.', str(j + 1) + '、'))}{c.person(False, raw)}"
                        f"{rng.choice(('，', ' ', '　'))}{c.dword() if rng.random() < 0.3 else c.spec['label']}"
                        f"{rng.choice(('，', ' '))}{money}")
        elif j == 0:
            rows.append(f"{who}{rng.choice(('：', ':', ''))}{c.person(True, raw)}{rng.choice(('，', ' '))}{c.dword()}")
        elif r < 0.75:
            rows.append(f"{rng.choice(relation_roles + (who, who))}{rng.choice(('：', '', ' '))}{c.person(True, raw)}")
        elif r < 0.85:
            rows.append(f"公示期间，{rng.choice(('收到', '接到'))}{rng.choice(('异议人', '村民', '群众'))}"
                        f"{c.person(True, raw)}{rng.choice(('的书面异议', '的举报', '来电反映'))}，经核实{rng.choice(('不属实', '已更正'))}")
        else:
            rows.append(f"{c.village()}{c.person(False, raw)}（{rng.choice(('见证人', '代领', '申请'))}）")
    offs = rng.sample(officials, rng.choice((1, 2, 2, 3)))
    sign = []
    for o in offs:
        sign.append(f"{rng.choice(_OFFICIAL_POSTS)}{rng.choice(('：', ':', ''))}{c.la(o, 'official')}")
    d1 = c.date()
    d2 = c.date() if rng.random() < 0.5 else rng.choice(("（盖章）", "（章）", ""))
    intro = (f"经{rng.choice(('本人申请', '农户申报', '村级初审'))}、{rng.choice(('镇级审核', '部门复核', '实地核查'))}，"
             f"现将{prog}名单予以公示：")
    tail = (f"公示期自{d1}起{rng.choice(('5', '7', '五', '七'))}个工作日。如有异议，请向{c.spec['unit']}反映。"
            + "，".join(sign[:1]) + f"，电话{_landline(rng)}。")
    sep = "\n" if layout in ("list", "cell", "log") else rng.choice(("；", " "))
    mid = c.fact() if rng.random() < 0.5 else rng.choice(("公示无异议的，按程序发放", "以上人员已经初审", "资金由镇财政统一拨付"))
    text = title + "\n" + intro + sep + sep.join(rows) + sep + mid + "。" + tail + "\n" + \
        " ".join(sign[1:]) + ("\n" if len(sign) > 1 else "") + org + " " + d2
    return _maybe_typo(rng, text)


def _lookalike_text(c: _Ctx, layout: str) -> str:
    rng = c.rng
    bits = [c.fact() for _ in range(rng.choice((2, 2, 3)))]
    bits += [c.dword() + rng.choice(("库存", "价格上涨", "检查合格", "若干", "已登记", "数量不足"))
             for _ in range(rng.choice((1, 1, 2)))]
    bits += [c.other() for _ in range(rng.choice((1, 2, 2)))]
    bits.append(c.shop() + rng.choice(("已整改", "暂停营业", "换证", "被投诉", "复查合格")))
    rng.shuffle(bits)
    if layout == "labelled":
        labs = ("事由", "地点", "情况", "涉及", "备注", "处理", "物品", "单位")
        return rng.choice(("；", "\n", " | ")).join(f"{rng.choice(labs)}：{b}" for b in bits)
    if layout == "list":
        return "\n".join(f"{j + 1}.{b}" for j, b in enumerate(bits))
    if layout == "log":
        return "\n".join((c.date() + " " if rng.random() < 0.5 else "") + b for b in bits)
    if layout == "cell":
        return rng.choice(("/", "、", "\n")).join(bits)
    return "，".join(bits) + "。" + rng.choice(c.spec["results"]) + "。"


_LAYOUTS = ("labelled", "prose", "list", "cell", "log")


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def _local_ok(text: str, names: list[str], looks: list[str]) -> bool:
    taken: list[tuple[int, int]] = []
    for n in names:
        sp = _spans(text, n)
        if len(sp) != 1:
            return False
        taken.append(sp[0])
    for a, b in enumerate(names):
        for c2 in names[a + 1:]:
            if b in c2 or c2 in b:
                return False
    for lk in looks:
        sp = _spans(text, lk)
        if not sp:
            return False
        for s0, e0 in sp:
            for s1, e1 in taken:
                if s0 < e1 and s1 < e0:
                    return False
    return True


def _alloc(n: int) -> list[str]:
    raw = {f: WEIGHTS[f] * n for f in FAMILIES}
    counts = {f: int(v) for f, v in raw.items()}
    rest = n - sum(counts.values())
    for f in sorted(FAMILIES, key=lambda f: (-(raw[f] - counts[f]), FAMILIES.index(f)))[:rest]:
        counts[f] += 1
    return [f for f in FAMILIES for _ in range(counts[f])]


def _generate(n: int, seed: int) -> tuple[list[Remark], dict]:
    P = _build()
    master = random.Random(f"remarks32:{seed}")
    fams = _alloc(n)
    master.shuffle(fams)
    officials = _official_pool(random.Random(f"remarks32-officials:{seed}"), P)
    texts: list[str] = []
    big = ""
    used: set[str] = set(officials)
    by_first: dict[str, list[str]] = {}
    out: list[Remark] = []
    stats = {"names": 0, "uncued": 0, "lookalikes": 0, "domain_lookalikes": 0, "per_family": {},
             "by_kind": {}}

    def taken(nm: str) -> bool:
        return nm in used or nm in big or any(nm in o for o in officials)

    for i, fam in enumerate(fams):
        for attempt in range(60):
            rng = random.Random(f"remarks32:{seed}:{i}:{attempt}")
            dom = fam if fam in _DOMAINS else rng.choice(DOMAIN_FAMILIES)
            c = _Ctx(rng, P, fam, dom, taken)
            layout = _LAYOUTS[(i + attempt) % len(_LAYOUTS)] if rng.random() < 0.7 else rng.choice(_LAYOUTS)
            if fam in _DOMAINS:
                text = _domain_text(c, layout)
            elif fam == "english_export":
                text = _english_text(c, layout)
            elif fam == "minority_listing":
                text = _minority_text(c, layout)
            elif fam == "public_notice":
                text = _public_text(c, layout, officials)
            else:
                text = _lookalike_text(c, layout)
            looks = list(dict.fromkeys(s for s, _ in c.look))
            if not _local_ok(text, c.names, looks):
                continue
            # no earlier name inside this text
            clash = False
            for ch in set(text):
                for nm in by_first.get(ch, ()):
                    if nm in text:
                        clash = True
                        break
                if clash:
                    break
            if clash or any(nm in big for nm in c.names):
                continue
            break
        else:  # pragma: no cover
            raise RuntimeError(f"could not place remark {i}")
        for nm in c.names:
            used.add(nm)
            by_first.setdefault(nm[0], []).append(nm)
        texts.append(text)
        big += "\x01" + text
        cats = {}
        for s, cat in c.look:
            cats.setdefault(s, cat)
        out.append(Remark(text=text, family=fam, names=list(c.names), lookalikes=looks,
                          public_officials=fam in PUBLIC_FAMILIES))
        pf = stats["per_family"].setdefault(fam, {"remarks": 0, "names": 0, "uncued": 0, "lookalikes": 0,
                                                  "domain_lookalikes": 0})
        nd = sum(1 for s in looks if cats[s] == "domain")
        for s in looks:
            key = (fam if fam in ("english_export", "minority_listing", "public_notice", "lookalike_only")
                   else "domain_families", cats[s])
            stats["by_kind"][key] = stats["by_kind"].get(key, 0) + 1
        for key, v in (("names", len(c.names)), ("uncued", c.cued.count(False)), ("lookalikes", len(looks)),
                       ("domain_lookalikes", nd), ("remarks", 1)):
            pf[key] += v
            if key != "remarks":
                stats[key] += v
    return out, stats


def make_remarks(n: int = 2000, seed: int = 3232) -> list[Remark]:
    """The frozen set: ``n`` remarks, deterministic for a given ``seed``."""
    return _generate(n, seed)[0]


def describe(n: int = 2000, seed: int = 3232) -> dict:
    """Counts for the datasheet: names, names without a cue word, look-alikes, domain words."""
    return _generate(n, seed)[1]
