"""Frozen remarks, edition 19: free-text cells from offices earlier editions did not visit.

Datasheet
---------
What it is
    A deterministic generator of free-text spreadsheet cells (备注 / 情况说明 / remarks
    columns) of the kind Chinese county and city offices publish or export.  Every cell is a
    ``Remark``: its text, the private persons' names planted in it (``names``), the strings in it
    that resemble names but must stay (``lookalikes``), and its family.  ``make_remarks(n, seed)``
    returns the same list for the same arguments; the default set is ``make_remarks()``
    (n=2000, seed=1919), whose digest the contract tests pin.

Who wrote it and what was read
    Written blind, from the author's own knowledge and phrasing, by a helper session working only
    from its brief.  Read: the brief; the sections "Personal data in public listings" and
    "Administrative penalty publicity" of the shared DOMAIN.md; lines 170-178 of
    benchmarks/frozen/remarks.py (the ``Remark`` dataclass, imported here, not copied).
    Slips, listed honestly: a ``git log --oneline | head -5`` run at the start showed five commit
    subjects of the branch (history the brief puts off limits); the heading list of DOMAIN.md was
    printed (headings only) to find the two sections; ``ls`` of benchmarks/frozen/ and tests/
    showed file names (no contents were opened).  Nothing under src/ was read, no other generator
    or data file was opened, and no de-identification code was run on the set.  The contract
    tests were developed with ``pytest --noconftest``; the final run with the brief's command
    loads the repository's tests/conftest.py (not read), whatever that file imports.

Families (``FAMILIES``)
    renfang            人防工程 巡查 and 防空警报 试鸣 notes
    training_refund    校外培训 退费 and 预付卡/储值卡 退费 complaints
    farm_machinery     农机 跨区作业证 issue and dispute notes
    seafarer           船员 适任证书, 培训 and 服务簿 notes
    blood_donation     无偿献血 荣誉证 and 用血 报销 (直免) records
    property_mgmt      物业 报修, 业委会 and 维修基金 notes
    waste_sorting      垃圾分类 督导 logs and 积分 兑换
    river_patrol       河湖 清四乱 patrol logs
    highway_rescue     高速 救援 and 清障 records
    exam_incident      考务 incident notes
    grave_relocation   公墓 迁坟 补偿 lists
    heritage_informant 文物普查 / 地名普查 informant notes and 古树 管护
    english_export     an English-language export of such notes
    minority_listing   listings with Uyghur, Kazakh, Tibetan, Yi, Mongolian, Hui, 朝鲜族, Zhuang,
                       Miao, Dai and Manchu names in their written forms
    public_notice      公示/公告 texts; officials in their public role (审批人, 经办人, 审核人,
                       联系人, 评议小组成员, 村两委成员, 驻村第一书记) are look-alikes and the cell
                       has ``public_officials=True``; beneficiaries, applicants, relatives,
                       witnesses and objectors are names
    lookalike_only     no name at all, dense with look-alikes

Surface forms of names
    Han names with surnames drawn by rough real frequency, rare surnames (禤, 逄, 笪, 乜 ...) and
    compound surnames (欧阳, 司马, 诸葛, 令狐 ...); one- and two-character given names; names
    that are ordinary words (高峰, 田野, 安宁 ...).  Positions: cell start, after cue words
    (申请人：, 联系人, 机手), with kinship words (其母, 之子, 妻), after particles and verbs
    (由, 经, 与, 向, 替), inside 、-lists, mid-prose, in brackets, next to ages, masked or fake
    well-formed IDs (valid check character) and phone numbers.  English export: pinyin in both
    orders, upper-case surnames, initials, hyphenated and joined given names, Cantonese,
    Wade-Giles and Taiwan spellings, English given names with Chinese surnames.  Minority
    listing: given·father's-name forms with the separators met in real sheets (·, •, ・, ．, .),
    Tibetan and Mongolian names without separator, Yi clan+given names, Dai 岩/玉 names,
    朝鲜族 names, Hui/Zhuang/Miao/Manchu names with their characteristic surnames.

Look-alike classes
    places (张家港, 马鞍山, 左权县, 王家庄 ...), roads (中山路, 张自忠路 ...), schools and
    hospitals (逸夫楼, 中山医院 ...), companies, shops, brands and apps beginning with a surname
    character (周黑鸭, 李宁, 高德地图, 苏宁易购, 钱大妈, 朴朴超市, 东方红 ...), products,
    ship numbers (鲁荣渔 ...), expressways (连霍高速, 沈海高速 ...), festivals, dishes (宫保鸡丁,
    东坡肉 ...), diseases named after people (帕金森病, 唐氏综合征, 霍奇金淋巴瘤 ...), common
    words beginning with a surname character (周一, 高速, 金额, 马上, 孙子 ...), masked names
    (张某, 李**, 王××, 周*明, 欧阳某), a surname with a title (刘师傅, Mr Wang), people named in
    public works and in ordinary prose (鲁迅公园, 学习雷锋, 孔子学院, 鲁班奖), and, in
    public_notice only, officials named in their public role.

Contract (checked by tests/test_frozen_remarks_v19.py)
    Every planted name occurs exactly once in its cell and overlaps no look-alike occurrence;
    every look-alike occurs in its cell; no planted name occurs in any other cell's text;
    ``public_officials`` is True exactly in public_notice; lookalike_only cells carry no names.
"""

from __future__ import annotations

import random
from collections import Counter

from .remarks import Remark

VERSION = "frozen-remarks-19 (2026-12-06)"

FAMILIES = (
    "renfang",
    "training_refund",
    "farm_machinery",
    "seafarer",
    "blood_donation",
    "property_mgmt",
    "waste_sorting",
    "river_patrol",
    "highway_rescue",
    "exam_incident",
    "grave_relocation",
    "heritage_informant",
    "english_export",
    "minority_listing",
    "public_notice",
    "lookalike_only",
)
PUBLIC_FAMILIES = ("public_notice",)
NAME_FAMILIES = tuple(f for f in FAMILIES if f != "lookalike_only")

WEIGHTS = {
    "renfang": 0.055,
    "training_refund": 0.06,
    "farm_machinery": 0.055,
    "seafarer": 0.055,
    "blood_donation": 0.055,
    "property_mgmt": 0.06,
    "waste_sorting": 0.055,
    "river_patrol": 0.055,
    "highway_rescue": 0.055,
    "exam_incident": 0.055,
    "grave_relocation": 0.055,
    "heritage_informant": 0.055,
    "english_export": 0.08,
    "minority_listing": 0.08,
    "public_notice": 0.09,
    "lookalike_only": 0.08,
}

# --------------------------------------------------------------------------- name material

_SURNAME_WEIGHTED = (
    "王71 李70 张67 刘54 陈45 杨31 黄22 赵20 吴20 周19 徐13 孙12 马12 朱11 胡11 郭11 何10 "
    "高10 林10 罗9 郑8 梁8 谢7 宋6 唐6 许6 韩6 冯6 邓6 曹5 彭5 曾5 肖5 田5 董5 袁5 潘5 于5 "
    "蒋4 蔡4 余4 杜4 叶4 程4 苏4 魏4 吕4 丁3 任3 沈3 姚3 卢3 姜3 崔3 钟3 谭3 陆3 汪3 范2 "
    "金2 石2 廖2 贾2 夏2 韦2 付2 方2 白2 邹2 孟2 熊2 秦2 邱2 江2 尹2 薛2 闫2 段2 雷2 侯2 "
    "龙2 史2 陶1 黎1 贺1 顾1 毛1 郝1 龚1 邵1 万1 钱1 严1 覃1 武1 戴1 莫1 孔1 向1 汤1"
)
_SURNAME_TAIL = (
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯"
    "纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农"
    "卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾"
    "隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚"
    "皮粟冼蔺楼盘满闻位厉伊仝郜阚花权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初门容敬扈"
    "晁芮普阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危银亢嵇湛宾戎勾茅揭尉"
    "冶檀衣展阴昝智幸奉植衡富尧闭"
)
_SURNAME_RARE = "禤逄笪琚乜仉郗厍蒯暴钭滑眭遆"
_SURNAME_COMPOUND = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 司徒 夏侯 端木 呼延 宇文 长孙 南宫 "
    "闻人 澹台 万俟 轩辕 独孤 第五 申屠 钟离 拓跋"
).split()

_MALE = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波浩宇俊帆凯健博晨睿轩泽昊然峰建国志文海龙林东兵成庆"
    "春荣祥德福贵生金山永长忠义树家良坤毅铭翔哲恒彬锋亮瑞振新洪宏胜光才晓岩琦聪佳顺楠诚钧"
)
_FEMALE = (
    "芳娜敏静丽艳娟霞秀英玲桂兰红梅燕萍琳雪倩婷颖慧洁莉云凤琴萱怡欣悦涵雯璐瑶蕾佳雅薇嘉晶"
    "月彤妍菲茜珍淑香蓉琼翠娥素爱巧美惠露瑾岚黛珊莹婉琪馨丹青"
)
_GIVEN2 = (
    "建国 建华 国庆 志强 秀英 桂英 玉兰 春花 海燕 丽华 淑珍 秀兰 金凤 子涵 梓萱 一诺 浩然 "
    "欣怡 雨桐 宇轩 卫东 红梅 晓燕 振华 德胜 宝山 凤英 桂芝 跃进 爱民 玉珍 永刚 秋菊 冬梅"
).split()
# whole names that are also ordinary words
_WORD_NAMES = (
    "高峰 方圆 田野 白雪 向阳 常青 江山 安宁 夏天 文静 马力 林海 金山 宁静 杨柳 成功 汪洋 "
    "高洁 齐心 康乐 平安 黎明 温暖 司南 左右 包容 甘甜 钟声 万里 苗壮"
).split()

# ---------------------------------------------------------------------- look-alike material

_PLACES = (
    "张家港 张家界 马鞍山 石家庄 周口 许昌 邓州 贺州 郑州 杨凌 韩城 汪清 方正县 左权县 志丹县 "
    "靖宇县 尚志市 子长市 黄山 唐山 常州 江阴 柳州 温州 钟祥 洪湖 高密 孟州 吴江 徐州 李沧区 "
    "刘家峡 赵县 包头 于都 金华 卢龙 康定 白银 龙岩 宁德 曲靖 景德镇 丽江 武威 岳阳 连云港 "
    "王家庄 李家湾 陈家坝 何家营村 刘庄 杨家岭 赵各庄 孙家沟 黄土坡 朱家角"
).split()
_ROADS = (
    "中山路 解放路 人民路 黄河路 长江路 逸仙路 张自忠路 赵登禹路 佟麟阁路 朱雀大街 文昌路 "
    "建国路 胜利街 向阳路 和平里 东风路 左家庄路 雷锋路 秦淮路 岳麓大道"
).split()
_COMPOUNDS = (
    "万科城 龙湖天街 金地格林小镇 碧桂园凤凰城 保利花园 绿城桂花苑 华润置地 恒大名都 "
    "中海国际社区 招商雍景湾 融创壹号院 阳光城丽景湾"
).split()
_HOSPITALS = (
    "中山医院 逸夫医院 宋庆龄儿童医院 仲景国医馆 华西医院 同仁医院 湘雅医院 齐鲁医院 "
    "协和医院 白求恩医院"
).split()
_SCHOOLS = (
    "鲁迅中学 中山大学 嘉庚学院 陈经纶中学 宋庆龄幼儿园 行知小学 逸夫楼 仲恺农业工程学院 "
    "孔子学院 树人中学"
).split()
_SHOPS = (
    "周黑鸭 绝味鸭脖 杨国福麻辣烫 张亮麻辣烫 刘一手火锅 袁记云饺 钱大妈 朴朴超市 谭木匠 "
    "周大福 周生生 李锦记 王老吉 王致和 张小泉 马应龙 胡庆余堂 雷允上 沈大成 许留山 "
    "蔡林记 叶开泰 陈李济 康师傅 白象 金龙鱼 蓝月亮 古茗 沪上阿姨 蜜雪冰城 方太 李宁 "
    "杨铭宇黄焖鸡 张飞牛肉 武大郎烧饼 乔家栅 曹氏鸭脖"
).split()
_APPS = (
    "高德地图 苏宁易购 美团 饿了么 拼多多 多多买菜 美团优选 兴盛优选 叮咚买菜 盒马 滴滴 "
    "曹操出行 钉钉 支付宝 微信 抖音 快手 淘宝 贝壳找房 安居客"
).split()
_TRAINING = "高思教育 金宝贝早教 杨梅红美术 秦汉胡同国学 卓越教育 童程童美 东方童画 乐博乐博".split()
_FARM_BRANDS = "雷沃谷神 东方红 沃得农机 久保田 洋马 常发 金大丰 时风".split()
_SHIPS_CN = "鲁荣渔 浙岱渔 闽连渔 苏连渔 辽大渔 冀沧渔 粤湛渔 桂北渔".split()
_HIGHWAYS = (
    "沪昆高速 京港澳高速 连霍高速 沈海高速 包茂高速 荣乌高速 青银高速 杭金衢高速 甬台温高速 "
    "京哈高速 宁洛高速 汕昆高速"
).split()
_SERVICE_AREAS = "梁山服务区 马鞍山服务区 罗田服务区 嘉兴服务区 高邮服务区 曹县服务区 黄陂服务区".split()
_CARS = "比亚迪秦PLUS 比亚迪宋 比亚迪唐 长城哈弗 吉利帝豪 五菱宏光 长安CS75 红旗H5".split()
_DISEASES = (
    "帕金森病 阿尔茨海默病 唐氏综合征 克罗恩病 川崎病 霍奇金淋巴瘤 马凡综合征 白塞病 "
    "桥本甲状腺炎 贝尔面瘫 雷诺综合征 杜氏肌营养不良 吉兰-巴雷综合征 艾迪生病 库欣综合征"
).split()
_FESTIVALS = "端午节 中秋节 清明节 重阳节 元宵节 腊八节 春节 七夕 冬至".split()
_DISHES = (
    "宫保鸡丁 东坡肉 麻婆豆腐 宋嫂鱼羹 曹操鸡 文思豆腐 叫花鸡 过桥米线 佛跳墙 夫妻肺片 "
    "李鸿章杂烩 西施舌 太白鸭"
).split()
_PUBLIC_WORKS = (
    "鲁迅公园 中山公园 雷锋纪念馆 焦裕禄干部学院 岳王庙 包公祠 杜甫草堂 武侯祠 李白纪念馆 "
    "苏堤 白堤 郑成功纪念馆 林则徐纪念馆 关帝庙 孔庙 孟母祠"
).split()
_PROSE_FIGURES = (
    "学习雷锋 愚公移山 孔融让梨 司马光砸缸 说曹操曹操到 三个臭皮匠顶个诸葛亮 包青天 "
    "华佗再世 鲁班奖 白求恩精神 孟母三迁 花木兰 孙悟空 林黛玉 祥林嫂"
).split()
_TITLED = "刘师傅 王师傅 张师傅 赵师傅 王阿姨 张姐 李老师 陈经理 赵大爷 孙医生 周会计 黄老板 吴主任".split()

_ALL_LOOKALIKE_POOLS = (
    _PLACES + _ROADS + _COMPOUNDS + _HOSPITALS + _SCHOOLS + _SHOPS + _APPS + _TRAINING
    + _FARM_BRANDS + _SHIPS_CN + _HIGHWAYS + _SERVICE_AREAS + _CARS + _DISEASES + _FESTIVALS
    + _DISHES + _PUBLIC_WORKS + _PROSE_FIGURES + _TITLED
)
# famous people a drawn name must not equal
_FAMOUS = "李宁 刘德华 斯琴高娃 雷锋 鲁迅 孔子 曹操 诸葛亮 岳飞 李白 杜甫 白居易 苏轼 关羽 包拯".split()
# ordinary words the templates mark as look-alikes
_COMMON_WORDS = (
    "马上 高压 周一 孙子 万一 金奖 银奖 铜奖 金额 方便 白天 车辆 黄金周 石头 高速 程序 清明节 "
    "周末 高峰 常规 安全 万达广场 福寿园 龙山公墓 青松园 永安公墓 凤凰山陵园 金龙鱼 蓝月亮"
).split()

# minority material
_UY_M = (
    "买买提 艾买提 阿不都热合曼 吐尔逊 依明 艾力 努尔买买提 阿卜杜拉 麦麦提敏 玉素甫 亚森 肉孜 "
    "卡德尔 热合曼 吾买尔 阿布都克里木 艾尔肯 买合木提 塔依尔 托合提 阿迪力 伊力哈木"
).split()
_UY_F = (
    "阿依古丽 古丽娜尔 热依拉 帕提古丽 阿娜尔古丽 米热古丽 再娜甫 布威 祖丽胡马尔 努尔尼沙 "
    "阿丽米热 迪丽努尔 玛依拉 热孜宛古丽 茹仙古丽"
).split()
_KZ_M = "努尔兰 叶尔兰 别克 哈力木 加那提 叶尔肯 阿斯卡尔 达吾列提 哈那提 木拉提 赛力克 巴合提 叶尔波拉提".split()
_KZ_F = "古丽巴哈尔 阿依努尔 加娜尔 沙吾列 玛地娜 阿克列克 巴哈古丽 哈丽恰".split()
_KZ_FATHER = "吐尔逊别克 哈米提 胡安 加汗 哈山 努尔别克 托列吾汗 马合沙提 阿合买提".split()
_TIB = "扎西 次仁 顿珠 多吉 卓玛 拉姆 央金 旺姆 格桑 索朗 平措 达瓦 尼玛 边巴 白玛 益西 洛桑 丹增 措姆 德吉 巴桑 次旦 普布 曲珍".split()
_TIB_FIRST = "扎西 次仁 顿珠 多吉 格桑 索朗 平措 达瓦 尼玛 边巴 白玛 益西 洛桑 丹增 德吉 巴桑 次旦 普布".split()
_YI_CLAN = "吉克 曲比 阿说 吉伍 沙马 海来 马海 俄底 阿苦 勒格 吉史 阿约 马黑 阿尔 日火".split()
_YI_GIVEN = "阿依 木呷 阿呷 拉则 阿果 拉布 日哈 伍各 石且 阿木 阿支 尔古 阿牛 有格 子哈".split()
_MONG = "巴特尔 其其格 额尔敦 斯琴 乌云 娜仁 宝音 朝鲁 图雅 苏和 阿拉坦 敖登 格日勒 那顺 孟和 巴雅尔 满都拉 萨仁 乌力吉 毕力格 特木尔".split()
_KOREAN_SUR = "金李朴崔郑姜赵尹张林韩申吴俞玄"
_KOREAN_GIVEN = "哲洙 英姬 龙浩 顺姬 成浩 美兰 光日 贞淑 永哲 明花 春子 在福 东哲 惠善 昌浩 秀贞 英爱 吉子 京淑 万植".split()
_HUI_SUR = "马回海纳撒哈白丁穆者"
_ZHUANG_SUR = "韦覃黄农蒙莫陆梁卢潘蓝"
_MIAO_SUR = "龙吴杨石麻田滕侯欧"
_MANCHU_SUR = "关佟那索赫锡富伊"
_DAI_SYL = "温罕香坎应庄帕光叫保丙南章依燕拉旺丁腊恩嫩扁尖喃康板论甩安哈胆约宰波"
_SEPS = ("·", "·", "·", "·", "•", "・", "．", ".")

_MIN = {   # group -> (places, festivals, foods)
    "uyghur": ("喀什市 和田县 阿克苏 吐鲁番 库车".split(), "古尔邦节 肉孜节".split(),
               "手抓饭 烤包子 吐鲁番葡萄干".split()),
    "kazakh": ("伊宁县 阿勒泰市 塔城 特克斯县".split(), "古尔邦节 纳吾肉孜节".split(), "奶茶 手抓饭 馕".split()),
    "tibetan": ("日喀则 林芝 那曲 甘孜 玉树".split(), "雪顿节 藏历新年".split(), "酥油茶 糌粑".split()),
    "yi": ("昭觉县 布拖县 西昌 美姑县".split(), "火把节 彝族年".split(), "坨坨肉 苦荞粑".split()),
    "mongol": ("锡林浩特 通辽 鄂尔多斯 阿拉善".split(), "那达慕 白节".split(), "奶茶 手把肉".split()),
    "korean": ("延吉市 图们 龙井市 珲春".split(), "端午节 中秋节".split(), "冷面 打糕 辣白菜".split()),
    "hui": ("临夏 同心县 吴忠 西宁".split(), "开斋节 古尔邦节".split(), "手抓羊肉 油香".split()),
    "zhuang": ("靖西市 百色 武鸣 那坡".split(), "三月三 中元节".split(), "五色糯米饭 柠檬鸭".split()),
    "miao": ("凯里市 雷山县 花垣 松桃".split(), "苗年 姊妹节".split(), "酸汤鱼 腊肉".split()),
    "dai": ("景洪市 勐海县 瑞丽 芒市".split(), "泼水节 关门节".split(), "菠萝饭 香茅草烤鱼".split()),
    "manchu": ("新宾县 岫岩县 宽甸 伊通".split(), "颁金节 春节".split(), "萨其马 酸汤子".split()),
}
# English-export material
_PY_SUR = (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang "
    "Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su "
    "Wei Lyu Ding Ren Shen Yao Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin "
    "Qiu Ouyang Sima Zhuge Situ"
).split()
_PY_GIV = (
    "Wei Fang Na Min Jing Qiang Lei Jun Yong Yan Jie Juan Tao Ming Chao Xia Ping Gang Hui Peng Hua "
    "Fei Xin Bo Ning Hao Kai Jian Bin Chen Rui Xuan Ze Ran Feng Lan Yun Qian Ting Yue Shan Dong Xue"
).split()
_PY_FIRST = "Xiao Zhi Jian Guo Hai Li Ya Yu Zi Jia Wen Chun Qiu Dong Shu Hong Yi Mei Zhen Rui".split()
_CANT_SUR = "Chan Wong Cheung Lau Lee Ho Ng Leung Lam Tsang Yip Chow Kwok Tse Fung Szeto Au-Yeung Mak".split()
_CANT_GIV = "Tai Man Ka Yan Siu Fung Wai Kit Chi Ming Kin Hung Yee Ling Mei Wing Sze Hoi Ting Chun Lok".split()
_WG_SUR = "Chang Hsu Chou Huang Chao Cheng Hsieh Tsai Chiang Kuo Ch'en Chu".split()
_WG_GIV = "Hsiao Chih Wei Ming Kuo Hsiung Tsung Hua Ch'ing Shih Jen Te Yu Chung".split()
_TW_SUR = "Chen Lin Huang Chang Lee Wang Wu Liu Tsai Yang Hsu Cheng Hsieh Kuo Hung Chiu".split()
_TW_GIV = "Yi Ting Mei Ling Chia Hao Chun Hung Wen Hsin Yu Shu Fen Chih Wei Jung Pei Tzu".split()
_EN_GIVEN = "Kelly David Amy Jason Vivian Kevin Grace Eric Tony Winnie Peter Cindy Alan Joyce Michael Sandy Ivan Tiffany".split()

_EN_LOOK = (
    "Zhongshan Road|Lu Xun Park|Sun Yat-sen University|Li Ning|Wang Laoji|Zhou Hei Ya|Haidilao|"
    "Confucius Institute|Lei Feng|Parkinson's disease|Alzheimer's disease|Hodgkin lymphoma|"
    "Down syndrome|Zhangjiajie|Huangshan|Ma'anshan|Xuzhou|Zhoukou|Guan Yu temple|Amap|Meituan|"
    "Pinduoduo|Suning|Shanghai-Kunming Expressway|Lianyungang-Khorgas Expressway|"
    "Dragon Boat Festival|Mid-Autumn Festival|Kung Pao chicken|Dongpo pork|Zhang Xiaoquan scissors|"
    "Jiefang Road|Song Qingling Foundation|Yifu Building|Chow Tai Fook|Longhu Tianjie|Vanke City|"
    "Country Garden Phoenix City|Sun Yat-sen Memorial Hospital|Lurongyu|Zhedaiyu|Minlianyu"
).split("|")
_EN_TITLED = "Mr Wang|Ms Li|Mr. Zhao|Mrs Chen|Dr Huang|Uncle Liu|Master Zhou".split("|")

_MIN_ALL = [x for grp in _MIN.values() for pool in grp for x in pool]
_BLOCK_TEXT = "\n".join(_MIN_ALL + _ALL_LOOKALIKE_POOLS + _FAMOUS + _COMMON_WORDS + _EN_LOOK + _EN_TITLED)

_MASK_TAIL = ("某", "某某", "**", "××", "XX", "*", "x", "某（男）", "某（女）")


# ------------------------------------------------------------------------------ helpers

def _id_check(body17: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    s = sum(int(c) * w for c, w in zip(body17, weights))
    return "10X98765432"[s % 11]


_AREA_CODES = (
    "330106 420102 510104 370102 130104 450103 532801 650102 540102 513401 152502 222401 "
    "640104 410102 350203 440106 320583 431102 522601 231002"
).split()


_MOBILE_PREFIXES = (
    "130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 175 "
    "176 177 178 180 181 182 183 184 185 186 187 188 189 191 193 195 198 199"
).split()


class _Namer:
    """Draws person-like strings unique across the whole set (names and officials alike)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        sw = []
        for tok in _SURNAME_WEIGHTED.split():
            sw.append((tok[0], int(tok[1:])))
        self.sur = [s for s, _ in sw] + list(_SURNAME_TAIL) + list(_SURNAME_RARE) + _SURNAME_COMPOUND
        self.sur_w = ([w * 10 for _, w in sw] + [4] * len(_SURNAME_TAIL)
                      + [1] * len(_SURNAME_RARE) + [2] * len(_SURNAME_COMPOUND))
        self.used: set[str] = set()
        self.used_subs: set[str] = set()
        self.pending: list[str] = []
        self.big = ""           # every accepted cell's text, joined

    # transactional per cell
    def reset_pending(self) -> None:
        self.pending = []

    def commit(self, text: str) -> None:
        for p in self.pending:
            self.used.add(p)
            for i in range(len(p)):
                for j in range(i + 2, len(p) + 1):
                    self.used_subs.add(p[i:j])
        self.pending = []
        self.big += "\n" + text

    def ok(self, cand: str) -> bool:
        if len(cand) < 2 or cand in self.used_subs or cand in self.used:
            return False
        for i in range(len(cand)):
            for j in range(i + 2, len(cand) + 1):
                if cand[i:j] in self.used:
                    return False
        for p in self.pending:
            if cand in p or p in cand:
                return False
        if cand in _BLOCK_TEXT or cand in self.big:
            return False
        return True

    def _take(self, make) -> str:
        for _ in range(400):
            cand = make()
            if self.ok(cand):
                self.pending.append(cand)
                return cand
        raise RuntimeError("name pool exhausted")

    # Han names
    def surname(self) -> str:
        return self.rng.choices(self.sur, weights=self.sur_w)[0]

    def given(self, female: bool | None = None) -> str:
        r = self.rng
        if female is None:
            female = r.random() < 0.5
        pool = _FEMALE if female else _MALE
        x = r.random()
        if x < 0.3:
            return r.choice(pool)
        if x < 0.42:
            return r.choice(_GIVEN2)
        return r.choice(pool) + r.choice(pool)

    def han(self, female: bool | None = None, surname: str | None = None) -> str:
        r = self.rng

        def make():
            if surname is None and r.random() < 0.03:
                return r.choice(_WORD_NAMES)
            return (surname or self.surname()) + self.given(female)
        return self._take(make)

    def han_with(self, surnames: str, given_pool: list[str] | None = None) -> str:
        r = self.rng

        def make():
            s = r.choice(surnames)
            if given_pool:
                return s + r.choice(given_pool)
            return s + self.given()
        return self._take(make)

    # other scripts
    def latin(self) -> str:
        r = self.rng

        def giv2(hyphen=False, cap=False):
            a, b = r.choice(_PY_FIRST), r.choice(_PY_GIV)
            if hyphen:
                return f"{a}-{b if cap else b.lower()}"
            return a + b.lower()

        def make():
            k = r.randrange(16)
            s = r.choice(_PY_SUR)
            g1 = r.choice(_PY_GIV)
            if k == 0:
                return f"{s} {g1}"
            if k == 1:
                return f"{g1} {s}"
            if k == 2:
                return f"{s.upper()} {g1}"
            if k == 3:
                return f"{giv2()} {s.upper()}"
            if k == 4:
                return f"{s} {giv2()}"
            if k == 5:
                return f"{giv2()} {s}"
            if k == 6:
                return f"{s} {giv2(hyphen=True)}"
            if k == 7:
                return f"{giv2(hyphen=True, cap=True)} {s}"
            if k == 8:
                g = giv2()
                return f"{g[0]}. {s}"
            if k == 9:
                return f"{s} {r.choice(_PY_FIRST)[0]}.{r.choice(_PY_GIV)[0]}."
            if k == 10:
                a, b = r.choice(_CANT_GIV), r.choice(_CANT_GIV)
                sur = r.choice(_CANT_SUR)
                return r.choice([f"{sur} {a}-{b.lower()}", f"{sur.upper()} {a} {b}", f"{a} {b} {sur}"])
            if k == 11:
                a, b = r.choice(_WG_GIV), r.choice(_WG_GIV)
                return f"{r.choice(_WG_SUR)} {a}-{b.lower()}"
            if k == 12:
                a, b = r.choice(_TW_GIV), r.choice(_TW_GIV)
                return r.choice([f"{r.choice(_TW_SUR)} {a}-{b.lower()}", f"{a}-{b.lower()} {r.choice(_TW_SUR)}"])
            if k == 13:
                return f"{r.choice(_EN_GIVEN)} {r.choice(_CANT_SUR + _PY_SUR)}"
            if k == 14:
                return f"{r.choice(_EN_GIVEN)} {s.upper()} {giv2()}"
            a, b = r.choice(_CANT_GIV), r.choice(_CANT_GIV)
            return f"{r.choice(_EN_GIVEN)} {r.choice(_CANT_SUR)} {a}-{b.lower()}"
        return self._take(make)

    def minority(self, group: str) -> str:
        r = self.rng

        def make():
            sep = r.choice(_SEPS)
            if group == "uyghur":
                own = r.choice(_UY_F if r.random() < 0.45 else _UY_M)
                return own + sep + r.choice([f for f in _UY_M if f != own])
            if group == "kazakh":
                own = r.choice(_KZ_F if r.random() < 0.4 else _KZ_M)
                return own + sep + r.choice([f for f in _KZ_FATHER + _KZ_M if f != own])
            if group == "tibetan":
                a = r.choice(_TIB_FIRST)
                b = r.choice([t for t in _TIB if t != a])
                return a + b
            if group == "yi":
                return r.choice(_YI_CLAN) + r.choice(_YI_GIVEN)
            if group == "mongol":
                a, b = r.sample(_MONG, 2)
                return a + b
            if group == "korean":
                return r.choice(_KOREAN_SUR) + r.choice(_KOREAN_GIVEN)
            if group == "hui":
                return r.choice(_HUI_SUR) + self.given()
            if group == "zhuang":
                return r.choice(_ZHUANG_SUR) + self.given()
            if group == "miao":
                return r.choice(_MIAO_SUR) + self.given()
            if group == "dai":
                if r.random() < 0.2:
                    return r.choice("刀召") + self.given()
                head = "岩" if r.random() < 0.5 else "玉"
                n = 1 if r.random() < 0.2 else 2
                return head + "".join(r.choice(_DAI_SYL) for _ in range(n))
            if group == "manchu":
                if r.random() < 0.15:
                    return "爱新觉罗" + sep + r.choice(_MALE) + r.choice(_MALE)
                return r.choice(_MANCHU_SUR) + self.given()
            raise ValueError(group)
        return self._take(make)


class _Cell:
    """Collects one cell's names and look-alikes while its text is put together."""

    def __init__(self, rng: random.Random, namer: _Namer):
        self.r = rng
        self.namer = namer
        self.names: list[str] = []
        self.las: list[str] = []

    # names
    def n(self, female: bool | None = None) -> str:
        x = self.namer.han(female)
        self.names.append(x)
        return x

    def kin(self, of: str, female: bool | None = False) -> str:
        """A relative sharing the surname of ``of`` (a name already drawn for this cell)."""
        sur = of[:2] if of[:2] in _SURNAME_COMPOUND else of[0]
        x = self.namer.han(female, surname=sur)
        self.names.append(x)
        return x

    def en(self) -> str:
        x = self.namer.latin()
        self.names.append(x)
        return x

    def mn(self, group: str) -> str:
        x = self.namer.minority(group)
        self.names.append(x)
        return x

    def official(self) -> str:
        x = self.namer.han()
        self.la(x)
        return x

    # look-alikes
    def la(self, s: str) -> str:
        if s not in self.las:
            self.las.append(s)
        return s

    def p(self, pool) -> str:
        return self.la(self.r.choice(pool))

    def masked(self) -> str:
        r = self.r
        if r.random() < 0.15:
            s = r.choice(_SURNAME_COMPOUND[:6])
        else:
            s = self.namer.surname()
        if r.random() < 0.15:
            m = s + "*" + r.choice(_MALE + _FEMALE)
        else:
            m = s + r.choice(_MASK_TAIL)
        return self.la(m)

    # formatting bits
    def c(self) -> str:
        return "，" if self.r.random() < 0.75 else ","

    def col(self) -> str:
        return "：" if self.r.random() < 0.7 else ":"

    def date(self) -> str:
        r = self.r
        m, d = r.randint(1, 12), r.randint(1, 28)
        return r.choice((f"{m}月{d}日", f"2026.{m}.{d}", f"2026-{m:02d}-{d:02d}", f"{m}.{d}",
                         f"26/{m}/{d}", f"{m}/{d}"))

    def phone(self) -> str:
        r = self.r
        a = r.choice(_MOBILE_PREFIXES)
        b, c = f"{r.randint(0, 9999):04d}", f"{r.randint(0, 9999):04d}"
        return r.choice((f"{a}{b}{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}****{c}",
                         f"{a}{b}****"))

    def idno(self) -> str:
        r = self.r
        body = (r.choice(_AREA_CODES) + f"{r.randint(1945, 2012)}{r.randint(1, 12):02d}"
                f"{r.randint(1, 28):02d}{r.randint(0, 999):03d}")
        full = body + _id_check(body)
        return r.choice((full, full[:6] + "********" + full[14:], full[:10] + "****" + full[14:],
                         full[:3] + "***********" + full[14:]))

    def age(self, lo=18, hi=85) -> int:
        return self.r.randint(lo, hi)

    def amt(self, lo=100, hi=20000) -> str:
        v = self.r.randint(lo, hi)
        return self.r.choice((f"{v}", f"{v}.00", f"{v:,}", f"{v}元"))

    def plate(self) -> str:
        r = self.r
        prov = r.choice("豫鲁冀皖苏浙湘鄂川黑吉辽蒙新")
        return f"{prov}{r.choice('ABCDEFGHJK')}{r.randint(10000, 99999)}"

    def g(self) -> str:
        return self.r.choice(("男", "女"))


# ------------------------------------------------------------------------------ families

def _renfang(c: _Cell) -> str:
    r = c.r
    k = r.randrange(5)
    if k == 0:
        return (f"{c.date()}防空警报试鸣{c.c()}{c.p(_ROADS)}{r.randint(2, 188)}号楼顶警报器未响，"
                f"物业联系人{c.n()}（{c.phone()}）称电源插座被{c.p(_APPS)}外卖柜占用，已要求"
                f"{c.la('马上')}整改。")
    if k == 1:
        return (f"人防工程巡查{c.col()}{c.p(_COMPOUNDS)}地下车库人防门前堆放杂物，管理员"
                f"{c.n()}当场清理，{c.n()}、{c.n()}协助搬运\n另：{c.masked()}私装地锁一把，已口头警告")
    if k == 2:
        return (f"警报器点位#{r.randint(1, 60)} 位于{c.p(_SCHOOLS)}教学楼顶，看护人{c.n()}，"
                f"电话{c.phone()}{c.c()}试鸣时居民{c.n()}反映声音小，初判{c.la('高压')}线路老化。")
    if k == 3:
        return (f"平战转换演练签到 1.{c.n()}(男,{c.age()}) 2.{c.n(True)}(女,{c.age()}) "
                f"3.{c.n()}\n缺席{c.col()}{c.masked()}（病假）；{c.la('周一')}补训")
    return (f"{c.n()}反映{c.p(_PLACES)}人防地下室被出租作仓库，承租人{c.n()}称与{c.p(_SHOPS)}"
            f"签有合同，已告知人防工程不得擅自改变用途。")


def _training_refund(c: _Cell) -> str:
    r = c.r
    k = r.randrange(5)
    course = r.choice(("少儿编程", "美术", "英语口语", "书法", "舞蹈", "奥数", "围棋"))
    if k == 0:
        parent = c.n()
        return (f"家长{parent}反映其女{c.kin(parent, True)}在{c.p(_TRAINING)}报{course}课，预付{c.amt(2000, 26000)}，"
                f"剩余{r.randint(8, 96)}课时未上{c.c()}机构{c.date()}关门，要求退费。已转市场监管所")
    if k == 1:
        return (f"{c.n()}，{c.phone()}，在{c.p(_SHOPS)}门店办储值卡{c.amt(500, 5000)}，店铺转让后新老板"
                f"{c.masked()}不认卡，诉求退余额\n同批投诉{c.col()}{c.n()}、{c.n()}、{c.n()}")
    if k == 2:
        return (f"退费协商记录：机构负责人（{c.masked()}）同意分三期退还{c.n()}学费；家长代表"
                f"{c.n()}不同意，要求一次性退清{c.c()}下次约谈时间{c.date()}")
    if k == 3:
        old, new = r.sample(_TRAINING, 2)
        return (f"{c.date()} 来电人{c.col()}{c.n(True)}。孩子在{c.la(old)}学{course}，授课老师"
                f"{c.n()}离职后课停了，问能否转到{c.la(new)}继续上")
    return (f"预付卡投诉 编号{r.randint(1000, 9999)}：消费者{c.n()}（{c.idno()}）在{c.p(_SHOPS)}"
            f"充值{c.amt(300, 3000)}{c.c()}门店称系加盟店与总部无关；代理人为其{c.la('孙子')}{c.n()}")


def _farm_machinery(c: _Cell) -> str:
    r = c.r
    k = r.randrange(4)
    prov = r.choice(("河南", "山东", "安徽", "江苏", "河北", "湖北", "内蒙古"))
    if k == 0:
        return (f"跨区作业证 No.{r.randint(100000, 999999)}{c.col()}机手{c.n()}，{c.p(_PLACES)}人，"
                f"联合收割机（{c.p(_FARM_BRANDS)}），牌照{c.plate()}，辅助人员{c.n()}，作业区域{prov}")
    if k == 1:
        return (f"{c.n()}与{c.n()}合伙购{c.p(_FARM_BRANDS)}拖拉机一台，办证时只能登记一人，经协商"
                f"登记在前者名下{c.c()}后者出具书面说明。")
    if k == 2:
        return (f"机手{c.n()}（{c.idno()}）在{c.p(_PLACES)}作业期间与当地合作社发生纠纷，对方负责人"
                f"{c.masked()}扣下收割机，已联系农机站协调；{c.la('万一')}协调不成走调解")
    owner = c.n()
    return f"作业证补办：原证遗失，由{owner}之子{c.kin(owner)}代办，手机{c.phone()}，{c.date()}前领取"


def _seafarer(c: _Cell) -> str:
    r = c.r
    k = r.randrange(4)
    ship = c.la(r.choice(_SHIPS_CN) + str(r.randint(10000, 69999)))
    if k == 0:
        fem = r.random() < 0.2
        return (f"{c.n(fem)}，{'女' if fem else '男'}，{r.randint(1965, 2004)}年生，适任证书：{r.choice(('大副', '二副', '轮机长', '三管轮', '船长'))}，"
                f"服务船舶“{ship}”，证书{c.date()}到期，已提醒换证")
    if k == 1:
        return (f"{c.n()}在“{ship}”上作业时受伤，船东{c.masked()}未办船员服务簿，"
                f"其妻{c.n(True)}来窗口咨询工伤认定之外的途径")
    if k == 2:
        return (f"基本安全培训（Z01）名单补录：{c.n()}、{c.n()}、{c.n()}\n{c.n()}体检未过"
                f"（色弱），随船“{ship}”暂不能出海")
    who = c.n(False)
    return (f"{who}适任考试成绩：航海学{r.randint(40, 99)} 避碰{r.randint(40, 99)}{c.c()}"
            f"照片与本人不符需重拍，已联系其兄{c.kin(who)}（在“{ship}”上）转告")


def _blood_donation(c: _Cell) -> str:
    r = c.r
    k = r.randrange(5)
    ml = r.choice((200, 300, 400, 800, 1200))
    if k == 0:
        return (f"无偿献血荣誉证：{c.n()}，累计献血{r.randint(20, 160)}次，获2025年度奉献奖"
                f"{c.la(r.choice(('金奖', '银奖', '铜奖')))}，证书由{c.n()}代领")
    if k == 1:
        return (f"用血报销：献血者{c.n()}，其母{c.n(True)}在{c.p(_HOSPITALS)}输血{ml}ml，凭献血证"
                f"报销{c.amt(200, 3000)}；{c.la('金额')}已核")
    if k == 2:
        return (f"{c.n()}（{c.idno()}）患{c.p(_DISEASES)}，家属{c.n()}持献血证来办直免，但献血者"
                f"{c.n()}与患者系表兄弟，不属直系亲属，不予直免")
    if k == 3:
        return (f"{c.date()}街头采血点（{c.p(_PLACES)}{c.la('万达广场')}）：{c.n()}献血后晕针，"
                f"休息30分钟后由{c.n()}陪同离开")
    return (f"荣誉证遗失补办——{c.n()} 血型{r.choice(('A', 'B', 'O', 'AB'))} 电话{c.phone()}"
            f"\n备注：曾在{c.p(_HOSPITALS)}登记造血干细胞，联系人{c.n()}")


def _property_mgmt(c: _Cell) -> str:
    r = c.r
    k = r.randrange(5)
    room = f"{r.randint(1, 30)}-{r.randint(1, 4)}-{r.randint(1, 33)}{r.randint(1, 4):02d}"
    if k == 0:
        return (f"报修单#{r.randint(1000, 9999)}：{room} 业主{c.n()}，卫生间漏水至楼下{c.n()}家，"
                f"{c.la(r.choice(('刘师傅', '王师傅', '张师傅', '赵师傅')))}已上门，需开{c.la('方便')}检修口")
    if k == 1:
        return (f"业委会换届候选人：{c.n()}、{c.n()}、{c.n()}；业主{c.n()}对选票发放有异议，称"
                f"其户({room})未收到")
    if k == 2:
        return (f"{c.p(_COMPOUNDS)}{room} {c.n()} 反映楼上{c.masked()}家装修噪音，{c.la('白天')}"
                f"电钻不停{c.c()}请物业协调")
    if k == 3:
        return (f"维修基金使用表决：同意{r.randint(100, 400)}户，不同意{r.randint(3, 40)}户（"
                f"{c.n()}、{c.n()}等），未投{r.randint(10, 80)}户")
    return (f"{c.n()}投诉物业公司收费后不修路灯，{c.la('车辆')}乱停；物业回复已派{c.n()}处理，"
            f"住户在{c.p(_APPS)}上买的灯具不给安装")


def _waste_sorting(c: _Cell) -> str:
    r = c.r
    k = r.randrange(4)
    if k == 0:
        return (f"督导日志 {c.date()} 早7:00-9:00 {c.p(_COMPOUNDS)}{r.randint(1, 12)}号投放点，"
                f"督导员{c.n()}；混投{r.randint(1, 20)}人次，其中{c.masked()}多次劝导不听")
    if k == 1:
        return (f"{c.n()}（{r.randint(1, 30)}栋）把{c.p(_APPS)}外卖餐盒连汤倒入其他垃圾桶，经"
                f"{c.n()}劝导后重新分拣")
    if k == 2:
        return (f"积分兑换：{c.n()} 积分{r.randint(100, 900)}，换{c.la('金龙鱼')}油1桶；{c.n()} "
                f"积分{r.randint(100, 900)}，换{c.la('蓝月亮')}洗衣液1瓶")
    return (f"桶边值守排班：{c.la('周一')}{c.n()}、周三{c.n()}、周五{c.n()}（替{c.masked()}）"
            f"\n{c.la('黄金周')}期间暂停")


def _river_patrol(c: _Cell) -> str:
    r = c.r
    k = r.randrange(4)
    river = r.choice(("洪河", "白河", "汪家河", "马家沟", "清水河", "沙河", "柳河"))
    if k == 0:
        return (f"巡河记录：{c.la(river)}{c.p(_PLACES)}段，保洁员{c.n()}发现右岸有建筑垃圾约"
                f"{r.randint(2, 60)}方，倾倒人{c.n()}承诺3日内清运")
    if k == 1:
        return (f"清四乱台账\n①乱占：{c.n()}在{c.la(river)}河道内搭鸭棚{r.randint(20, 300)}㎡\n"
                f"②乱堆：{c.n()}堆放沙石\n③乱建：{c.masked()}临河建看护房")
    if k == 2:
        return (f"{c.date()}巡查发现{c.n()}在{c.la(river)}电鱼，现场收缴电瓶一个移交渔政，"
                f"同行的{c.n()}逃离")
    return (f"{c.n()}举报{c.p(_PLACES)}附近有采砂船夜间作业，要求对其身份保密；{c.la('石头')}"
            f"已堆到堤脚")


def _highway_rescue(c: _Cell) -> str:
    r = c.r
    k = r.randrange(4)
    hw = c.p(_HIGHWAYS)
    km = f"K{r.randint(10, 2400)}+{r.randint(0, 999):03d}"
    if k == 0:
        return (f"{hw}{km} 小车追尾，驾驶人{c.n()}（{c.phone()}），车上乘客{c.n()}、{c.n()}，"
                f"无人受伤，拖至{c.p(_SERVICE_AREAS)}，清障费{c.amt(200, 1500)}")
    if k == 1:
        return (f"救援车{c.plate()}出车（{hw}{km}）：{r.randint(0, 23)}:{r.randint(0, 59):02d}接警，"
                f"故障车为{c.p(_CARS)}，车主{c.n()}称电池报警；{c.la('高速')}拖车20公里内免费")
    if k == 2:
        return (f"{c.n()}投诉{hw}清障收费过高，现场司机{c.masked()}称夜间加收，已调取记录仪")
    return (f"{hw}{km} 货车侧翻散落{r.choice(('橙子', '西瓜', '钢管', '饲料'))}，驾驶员{c.n()}（{c.age()}岁）"
            f"轻伤送{c.p(_HOSPITALS)}，押车{c.n()}未受伤")


def _exam_incident(c: _Cell) -> str:
    r = c.r
    k = r.randrange(4)
    exam = r.choice(("成人高考", "自学考试", "二级建造师考试", "教师资格考试", "会计专业技术资格考试"))
    if k == 0:
        return (f"2026年{exam}第{r.randint(1, 40)}考场：考生{c.n()}（准考证{r.randint(10**9, 10**10 - 1)}）"
                f"携带手机进入考场，按违纪处理，监考老师二人签字；考点{c.p(_SCHOOLS)}")
    if k == 1:
        who = c.n()
        return (f"考生{who}身份证过期，持临时身份证入场{c.c()}其父{c.kin(who)}在场外等候，"
                f"{c.la('程序')}合规")
    if k == 2:
        return (f"{c.n()}、{c.n()}答题卡条形码贴错，已当场更正并由考生本人签名({exam}，"
            f"{c.p(_SCHOOLS)}考点，{c.la('周末')}场)")
    return (f"考生{c.n()}考试中突发癫痫，由120送{c.p(_HOSPITALS)}，本科目缺考；联系人{c.n()}"
            f"，{c.phone()}")


def _grave_relocation(c: _Cell) -> str:
    r = c.r
    k = r.randrange(4)
    cem = c.la(r.choice(("福寿园", "龙山公墓", "青松园", "永安公墓", "凤凰山陵园")))
    if k == 0:
        dead = c.n()
        return (f"迁坟补偿登记：墓主{dead}（已故），联系人{c.kin(dead)}（其孙），位于{c.p(_PLACES)}"
                f"后坡，{r.choice(('单棺', '双棺'))}，补偿{c.amt(1500, 8000)}，迁入{cem}")
    if k == 1:
        head = c.n(False)
        return (f"{head}家祖坟3座，其中1座为{c.kin(head)}、{c.n(True)}夫妇合葬，需兄弟{c.kin(head)}签字，"
                f"本人在外务工，已委托迁入{cem}")
    if k == 2:
        return (f"无主坟公告期满无人认领{r.randint(3, 40)}座，按无主坟迁入{cem}集中安放；{c.n()}称"
                f"其中一座系其曾祖父坟，但无法提供证明")
    return f"{c.date()}{c.col()}{c.n()}签字领取迁坟补偿，代签人{c.n()}（{c.idno()}），{c.la('清明节')}前迁入{cem}"


def _heritage_informant(c: _Cell) -> str:
    r = c.r
    k = r.randrange(5)
    if k == 0:
        sur = r.choice("马杨刘张黄")
        place = c.la(f"{sur}家岭")
        return (f"地名普查：“{place}”地名来历——据村民{c.n()}（{c.age(60, 92)}岁）讲述，清初"
                f"{c.la(sur + '姓')}人家迁此开荒，故名")
    if k == 1:
        return (f"文物点#{r.randint(1, 300)} 古井，位于{c.p(_PLACES)}，知情人{c.n()}、{c.n()}称建于"
                f"民国，井圈刻“{c.la(r.choice('李王陈周') + '氏公井')}”")
    if k == 2:
        keeper = c.n(False)
        return (f"{c.p(_PUBLIC_WORKS)}残碑一通，现由{keeper}家保管，其子{c.kin(keeper)}同意捐交文保所")
    if k == 3:
        fem = r.random() < 0.5
        return (f"口述人：{c.n(fem)}，{'女' if fem else '男'}，{c.age(60, 95)}，{c.p(_PLACES)}人；记录人：{c.n()}\n"
                f"内容：旧址在今{c.p(_ROADS)}小学")
    tree = r.choice(("古银杏", "古樟", "皂角树", "古槐", "黄连木"))
    return (f"古树管护：{tree}一株（树龄约{r.randint(100, 800)}年），生长于{c.n()}宅后，"
            f"管护人{c.n()}{c.c()}管护费{c.amt(200, 1200)}/年")


def _english_export(c: _Cell) -> str:
    r = c.r
    k = r.randrange(7)
    if k == 0:
        return (f"{c.en()} ({r.choice(('m', 'f', 'M', 'F'))}, {c.age()}) reported a leaking ceiling "
                f"at Bldg {r.randint(1, 30)}, {c.p(('Longhu Tianjie', 'Vanke City', 'Country Garden Phoenix City'))}; neighbour upstairs {c.en()} refused access. ref "
                f"{r.randint(1000, 9999)}")
    if k == 1:
        return (f"seafarer cert renewal - {c.en()}, vessel {c.la(r.choice(('Lurongyu', 'Zhedaiyu', 'Minlianyu')))} "
                f"{r.randint(1000, 9999)}; next of kin: {c.en()} (wife), tel +86 {c.phone()}")
    if k == 2:
        return (f"Blood donor {c.en()} asked for reimbursement of a transfusion for the donor's father "
                f"{c.en()} at {c.la('Sun Yat-sen Memorial Hospital')}; diagnosis: {c.p(('Hodgkin lymphoma', 'Parkinson' + chr(39) + 's disease', 'Down syndrome'))}.")
    if k == 3:
        return (f"complainant {c.en()} / prepaid card bought at {c.p(('Zhou Hei Ya', 'Haidilao', 'Li Ning', 'Chow Tai Fook'))} "
                f"outlet on {c.p(('Zhongshan Road', 'Jiefang Road'))}; shop owner ({c.p(_EN_TITLED)}) unreachable")
    if k == 4:
        return (f"Informant: {c.en()}, {c.age(60, 95)}, of {c.p(('Zhangjiajie', 'Huangshan', 'Xuzhou', 'Zhoukou'))}; "
                f"says the {c.la('Guan Yu temple')} was moved in 1958. interviewer: {c.en()}")
    if k == 5:
        return (f"tow job on the {c.p(('Shanghai-Kunming Expressway', 'Lianyungang-Khorgas Expressway'))}: "
                f"driver {c.en()}, passengers {c.en()} and {c.en()}; found via {c.p(('Amap', 'Meituan'))}")
    return (f"exam incident, room {r.randint(1, 40)}: candidate {c.en()} brought a phone; "
            f"parent {c.en()} waiting outside; earlier case {c.la(r.choice(('Zhang **', 'Li X.', 'Wang *ming')))} closed")


def _minority_listing(c: _Cell) -> str:
    r = c.r
    k = r.randrange(7)

    def mat(grp):
        """Look-alike pickers for a group's places, festivals and foods (picked when used)."""
        places, fests, foods = _MIN[grp]
        return (lambda: c.p(places)), (lambda: c.p(fests)), (lambda: c.p(foods))

    if k == 0:
        grp = r.choice(("uyghur", "kazakh"))
        place, fest, _ = mat(grp)
        return (f"少儿医保参保：{c.mn(grp)}（{r.randint(1, 17)}岁），监护人{c.mn(grp)}，"
                f"{place()}{c.c()}{fest()}后补缴")
    if k == 1:
        grp = r.choice(("tibetan", "mongol"))
        place, _, food = mat(grp)
        return (f"蜂农转场：{c.mn(grp)}，中蜂{r.randint(20, 200)}群，{place()}→{c.p(_PLACES)}，"
                f"同行{c.mn(grp)}；路上自带{food()}")
    if k == 2:
        place, fest, _ = mat("yi")
        return (f"献血登记：{c.mn('yi')} 血型{r.choice(('A', 'B', 'O', 'AB'))} 400ml，{place()}采血车；"
                f"同村{c.mn('yi')}同日献血，{fest()}放假")
    if k == 3:
        place, _, food = mat("korean")
        return (f"农机跨区作业：{c.mn('korean')}，{c.p(_FARM_BRANDS)}插秧机，{place()}；"
                f"随行{c.mn('korean')}，手机{c.phone()}，午饭{food()}")
    if k == 4:
        grp = r.choice(("hui", "zhuang", "miao", "manchu"))
        place, fest, _ = mat(grp)
        nation = {"hui": "回族", "zhuang": "壮族", "miao": "苗族", "manchu": "满族"}[grp]
        return (f"迁坟补偿（{nation}，{place()}）：{c.mn(grp)}、{c.mn(grp)}；经办时{c.masked()}在场，"
                f"{fest()}前迁完")
    if k == 5:
        place, fest, food = mat("dai")
        return (f"船员培训名单（{place()}籍）：{c.mn('dai')}、{c.mn('dai')}、{c.mn('dai')}；"
                f"{fest()}期间不排课，食堂加{food()}")
    grp1, grp2 = r.sample(("uyghur", "kazakh", "tibetan", "yi", "mongol", "korean", "dai", "hui"), 2)
    place, _, _ = mat(grp1)
    return (f"考务备注：考生{c.mn(grp1)}与{c.mn(grp2)}姓名过长，准考证打印不全，已手工补写；"
            f"考点{place()}")


def _public_notice(c: _Cell) -> str:
    r = c.r
    k = r.randrange(6)
    tel = f"0{r.randint(310, 999)}-{r.randint(2000000, 8999999)}"
    d1 = f"{r.randint(1, 12)}月{r.randint(1, 18)}日"
    if k == 0:
        return (f"关于2025年度无偿献血奉献奖拟推荐人员的公示\n经个人申报、血站审核，拟推荐{c.n()}、"
                f"{c.n()}、{c.n()}为奉献奖候选人。公示期{d1}起7天，如有异议请与联系人{c.official()}"
                f"联系（{tel}）。审核人：{c.official()}")
    if k == 1:
        return (f"{c.p(_PLACES)}迁坟补偿名单公示（第{r.randint(1, 6)}批）\n1.{c.n()} 坟{r.randint(1, 4)}座 "
                f"{c.amt(2000, 9000)}\n2.{c.n()}（由{c.n()}代领）\n经办人：{c.official()} 审核：{c.official()}"
                f"（村委会主任）驻村第一书记：{c.official()}")
    if k == 2:
        return (f"古树名木管护责任人公示：编号{r.randint(100, 999)}古樟，管护责任人{c.n()}（户主），"
                f"协管人{c.n()}；由村两委成员{c.official()}、{c.official()}负责监督，监督电话{tel}")
    if k == 3:
        return (f"志愿消防队2026年补助发放公示：队员{c.n()}、{c.n()}、{c.n()}各{c.amt(600, 2400)}；"
                f"{c.n()}因外出务工未参训不予发放。评议小组成员：{c.official()}、{c.official()}、"
                f"{c.official()}。公示期间联系人：{c.official()}")
    if k == 4:
        return (f"少儿医保资助参保对象公示：{c.n()}（监护人{c.n()}）、{c.n()}（监护人{c.n()}）；"
                f"异议人{c.n()}反映其中一户家庭收入不符，经核实不影响资格。审批人：{c.official()}")
    return (f"垃圾分类示范户评选公示：{c.n()}户、{c.n()}户、{c.n()}户；证明人{c.n()}（邻居）\n"
            f"评审专家：{c.official()}、{c.official()}；经办人{c.official()}，电话{tel}")


def _lookalike_only(c: _Cell) -> str:
    r = c.r
    k = r.randrange(8)
    if k == 0:
        return (f"{c.date()}在{c.p(_ROADS)}与{c.p(_ROADS)}交叉口的{c.p(_SHOPS)}门店前，有市民用"
                f"{c.p(_APPS)}导航找不到{c.p(_PUBLIC_WORKS)}东门，建议增设指示牌")
    if k == 1:
        return (f"{c.masked()}反映{c.masked()}在{c.p(_APPS)}买的{c.p(_SHOPS)}产品疑似假冒，已转"
                f"平台客服，{c.la('程序')}走完再回访")
    if k == 2:
        return (f"社区开展“{c.p(_PROSE_FIGURES)}”志愿活动，{c.p(_FESTIVALS)}包粽子送到{c.p(_COMPOUNDS)}，"
                f"中午吃{c.p(_DISHES)}")
    if k == 3:
        return (f"家属咨询{c.p(_DISEASES)}和{c.p(_DISEASES)}是否可在{c.p(_HOSPITALS)}开长处方，"
                f"已告知{c.la('常规')}流程")
    if k == 4:
        return (f"{c.p(_SHOPS)}和{c.p(_SHOPS)}两家店油烟扰民，位于{c.p(_PLACES)}{c.p(_ROADS)}；"
                f"{c.la('周末')}{c.la('高峰')}时段尤甚")
    if k == 5:
        return (f"{c.p(_HIGHWAYS)}{c.p(_SERVICE_AREAS)}充电桩故障，{c.p(_CARS)}车主排队两小时，"
                f"{c.la('安全')}隐患已报")
    if k == 6:
        return (f"施工方获{c.la('鲁班奖')}的项目在{c.p(_SCHOOLS)}旁，噪音投诉；{c.p(_TITLED)}说"
                f"{c.la('马上')}停工")
    return (f"{c.p(_PLACES)}文保所：{c.p(_PUBLIC_WORKS)}修缮完工，{c.p(_FESTIVALS)}开放；"
            f"导览词引“{c.p(_PROSE_FIGURES)}”典故")


_BUILDERS = {
    "renfang": _renfang,
    "training_refund": _training_refund,
    "farm_machinery": _farm_machinery,
    "seafarer": _seafarer,
    "blood_donation": _blood_donation,
    "property_mgmt": _property_mgmt,
    "waste_sorting": _waste_sorting,
    "river_patrol": _river_patrol,
    "highway_rescue": _highway_rescue,
    "exam_incident": _exam_incident,
    "grave_relocation": _grave_relocation,
    "heritage_informant": _heritage_informant,
    "english_export": _english_export,
    "minority_listing": _minority_listing,
    "public_notice": _public_notice,
    "lookalike_only": _lookalike_only,
}


# ---------------------------------------------------------------------------- checking

def _spans(text: str, s: str) -> list[tuple[int, int]]:
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def cell_ok(rem: Remark) -> bool:
    """The per-cell contract: names once, look-alikes present, no name overlapping one."""
    t = rem.text
    la_spans = []
    for la in rem.lookalikes:
        sp = _spans(t, la)
        if not sp:
            return False
        la_spans.extend(sp)
    for nm in rem.names:
        sp = _spans(t, nm)
        if len(sp) != 1:
            return False
        a, b = sp[0]
        if any(a < y and x < b for x, y in la_spans):
            return False
    if rem.family == "lookalike_only" and rem.names:
        return False
    if rem.public_officials != (rem.family in PUBLIC_FAMILIES):
        return False
    return True


def _allocate(n: int) -> list[str]:
    raw = {f: n * WEIGHTS[f] for f in FAMILIES}
    counts = {f: int(raw[f]) for f in FAMILIES}
    rest = n - sum(counts.values())
    order = sorted(FAMILIES, key=lambda f: (-(raw[f] - counts[f]), FAMILIES.index(f)))
    for f in order[:rest]:
        counts[f] += 1
    out = []
    for f in FAMILIES:
        out.extend([f] * counts[f])
    return out


def make_remarks(n: int = 2000, seed: int = 1919) -> list[Remark]:
    """``n`` cells, the same for the same ``seed``; family shares follow ``WEIGHTS``."""
    rng = random.Random(seed)
    namer = _Namer(rng)
    fams = _allocate(n)
    rng.shuffle(fams)
    out: list[Remark] = []
    prior_lens: set[int] = set()
    for fam in fams:
        for _attempt in range(200):
            namer.reset_pending()
            cell = _Cell(rng, namer)
            text = _BUILDERS[fam](cell)
            rem = Remark(text=text, family=fam, names=list(cell.names), lookalikes=list(cell.las),
                         public_officials=fam in PUBLIC_FAMILIES)
            if not cell_ok(rem):
                continue
            # no earlier person-like string may occur in this cell's text
            clash = False
            for L in prior_lens:
                for i in range(len(text) - L + 1):
                    if text[i:i + L] in namer.used:
                        clash = True
                        break
                if clash:
                    break
            if clash:
                continue
            for p in namer.pending:
                prior_lens.add(len(p))
            namer.commit(text)
            out.append(rem)
            break
        else:
            raise RuntimeError(f"could not build a {fam} cell")
    return out


def describe(remarks: list[Remark]) -> str:
    """Counts per family (cells, names, look-alikes)."""
    cells = Counter(r.family for r in remarks)
    names = Counter()
    las = Counter()
    for r in remarks:
        names[r.family] += len(r.names)
        las[r.family] += len(r.lookalikes)
    lines = [f"{VERSION}: {len(remarks)} cells, {sum(names.values())} names, "
             f"{sum(las.values())} look-alikes"]
    for f in FAMILIES:
        if cells[f]:
            lines.append(f"  {f:20s} cells={cells[f]:5d} names={names[f]:5d} lookalikes={las[f]:5d}")
    return "\n".join(lines)
