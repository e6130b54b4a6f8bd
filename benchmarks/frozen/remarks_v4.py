"""FROZEN test set, fourth edition: free-text cells with planted person names, and look-alikes.

Written on 2026-12-05 blind to the name detector (its code and data files, the tuned sets and the
earlier editions' pools and templates were not read; the detector was never run on these cells),
from its own pools and its own phrasings. One slip: while the first edition's ``Remark`` record
was looked up, that file's surname groups, English shop names and gazette phrasings passed on
screen; the surname lists here were then rewritten letter by letter, and no shop or gazette
phrasing of that file is used. No rule may be tuned on it: a change here is a fifth
edition and is reported as such.

Each remark is one free-text cell as a Chinese local office exports it (line breaks allowed).
``names`` are personal names to be removed; ``lookalikes`` are strings that must survive
de-identification. Every planted string occurs verbatim in its text; a planted name occurs exactly
once, never overlaps a look-alike or another name, and never contains or is contained in one
(checked on every draw; a cell that fails is drawn again).

Families (cells per 2,000; see ``FAMILIES`` and ``WEIGHTS``):

* ``jobs`` (200): 就业/社保: 失业登记, 公益性岗位, 社保补贴, 灵活就业, 城乡居民养老保险;
* ``veterans`` (110): 退役军人/优抚 notes (抚恤, 光荣牌, 伤残军人, 遗属);
* ``funeral`` (100): 殡葬/惠民殡葬 records (逝者, 经办人, 骨灰安放, 生态安葬);
* ``tempaid`` (160): 临时救助 approvals (申请人, 急难型, 支出型, 不予救助);
* ``disability`` (130): 残疾人两项补贴 (生活补贴, 护理补贴, 监护人, 复评, 停发);
* ``market`` (190): 市场监管 complaints and 行政处罚 facts written tersely (当事人：…, 经查，…);
* ``mediation`` (110): 法律援助/人民调解 (申请人, 被申请人, 调解员, 受援人, 代理人);
* ``rural`` (110): 乡村振兴/产业帮扶 (帮扶责任人, 脱贫户, 监测对象, 小额信贷);
* ``village`` (50): 村务 lists: elections, 党员名单, 计票, 评议, names enumerated with 、，；及
  and next to vote counts;
* ``estate`` (160): 物业/小区 (业主, 房号, 共有人) and 12345 work-order dispositions;
* ``english`` (150): a translated export: "Mr. Zhang Wei", "ZHANG Wei", "Wei ZHANG",
  "Zhang Wei (son)", "c/o Li Na"; look-alikes are pinyin shops, firms, roads, places,
  hospitals named after persons, brands, surnames with a title only, "Wang Mou";
* ``gazette`` (110): appointments and removals; ``public_officials`` is True and the officials'
  names are look-alikes (public), never names;
* ``lookalike`` (420): no name at all: everyday administrative words that begin with a surname
  character (申请, 符合, 单位, 管理, 解决, 房屋, 周边, 高龄, 党员, 代领 …), places, roads and
  hospitals named after families or persons, shops, firms and brands built on a surname,
  public figures in public phrases, anonymised forms and surnames with a title.

In the name families about 10% of the cells hold no name: 8% are drawn with every person
anonymised (王某, 李某某, 张**, "Wang Mou") and 4% of the other name slots are anonymised too, which
empties some one-name cells. Look-alikes are mixed into the name families (staff with a title only,
王主任/李律师, residents with a courtesy title, 张大爷, shops, firms, places, marked everyday words).

Names: surnames from a distribution written for this edition: 25 common ones 52%, 87 middle
ones 36%, about 270 rarer ones 10%, compound surnames (欧阳, 司马, 上官 …) 2%. Given
names by birth era (1930s-60s, 1960s-80s, 1980s-2000s, 2005-2020) from listed names (including
rural names such as 满仓, 招娣, and word-like ones such as 建设, 胜利, 海洋) and names composed from
per-era characters; one-character given names 20% of draws. Slots carry an era where the role
implies one (逝者, 脱贫户 old; students and children young). Minority names (shares of draws):
Uyghur/Kazakh with the middle dot 1.5%, Tibetan 1%, Mongolian 0.8% (no surname), Yi 0.6% (clan
name + given name), Zhuang-style (韦, 覃, 农, 莫, 蓝 … with Zhuang given names) 0.8%; whole-word full
names (高峰, 向阳, 安宁 …) 2%. The English family writes pinyin names in the orders and cases of
translated exports (Zhang Wei, ZHANG Wei, Wei Zhang, Wei ZHANG, ZHANG WEI, Jian-guo), 3% of them
minority names in pinyin.

Mix at n=2000, seed 4242 (``make_remarks()``, counted by ``describe()``): 1,870 planted names,
1,589 look-alikes; 1,327 of 2,000 cells hold a name, 9.7% of the name-family cells hold none.
Per family (cells / names / look-alikes): jobs 200/212/140, veterans 110/133/66, funeral
100/137/39, tempaid 160/162/61, disability 130/155/62, market 190/201/128, mediation 110/188/64,
rural 110/148/38, village 50/157/26, estate 160/200/58, english 150/177/119, gazette 110/0/190
(officials), lookalike 420/0/598. Of the 1,693 Chinese names: 1.5% Uyghur (dotted), 0.6% Tibetan,
0.9% Mongolian, 0.6% Yi, 2.1% compound surname, 1.9% whole-word names; among the others 20.4%
have a one-character given name and the surname groups come out 51/37/12%; about 640 distinct
given names; 1,824 distinct names in all.
"""

from __future__ import annotations

import random
import re
from collections import Counter

from .remarks import Remark       # the same record of a remark as the earlier editions

VERSION = "frozen-remarks-4 (2026-12-05)"

FAMILIES = {
    "jobs": "就业/社保: 失业登记, 公益性岗位, 社保补贴, 灵活就业, 养老保险",
    "veterans": "退役军人/优抚 notes",
    "funeral": "殡葬/惠民殡葬 records",
    "tempaid": "临时救助 approvals",
    "disability": "残疾人两项补贴",
    "market": "市场监管 complaints and 行政处罚 facts",
    "mediation": "法律援助/人民调解 notes",
    "rural": "乡村振兴/产业帮扶",
    "village": "村务: elections and 党员名单 with enumerations",
    "estate": "物业/小区 and 12345 dispositions",
    "english": "a translated English export with pinyin names",
    "gazette": "appointments; officials' names public (public_officials)",
    "lookalike": "no name: words, places, shops, brands, public figures, titles, anonymised forms",
}

# Cells per 2,000 (scaled to n by largest remainders).
WEIGHTS = {
    "jobs": 200, "veterans": 110, "funeral": 100, "tempaid": 160, "disability": 130,
    "market": 190, "mediation": 110, "rural": 110, "village": 50, "estate": 160,
    "english": 150, "gazette": 110, "lookalike": 420,
}

# Families whose cells are about private persons (the rest hold no personal name by design).
NAME_FAMILIES = tuple(f for f in WEIGHTS if f not in ("gazette", "lookalike"))

NAMELESS_SHARE = 0.08       # name-family cells written with every person anonymised
ANON_SLOT_SHARE = 0.04      # single name slots anonymised in a cell that holds names
TAIL_SHARE = 0.02           # name-family cells that end with a marked administrative phrase

# --- surnames ---------------------------------------------------------------------------------

_SURNAMES_COMMON = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐"
# The next ~90, listed by pinyin (b...z), and the rarer ones: every other surname this file
# knows, written out letter by letter; whatever is already common or middle is dropped from it.
_SURNAMES_MIDDLE = ("白蔡曹常程崔戴邓丁董杜段樊范方冯傅葛龚顾韩郝贺侯洪贾江姜蒋金康孔赖雷黎廖"
                    "龙卢陆吕毛孟牛聂潘庞彭钱秦覃邱任邵沈施石史苏谭汤陶田万汪韦魏文武夏肖熊许"
                    "薛闫严姚叶易殷尹于余袁曾章钟邹")
_SURNAMES_BY_LETTER = ("艾安敖 巴柏班包鲍贝毕边卞卜步薄 岑柴昌晁车谌成池储褚楚淳从 笪代单党刁东窦都端 "
                       "鄂 法房费封丰凤伏符扶付 盖甘干皋戈耿宫巩勾苟古谷管桂 哈海杭和衡弘后扈花华滑"
                       "宦皇霍 姬吉籍计纪季冀暨简焦揭解晋靳荆井景居鞠 阚亢柯寇匡蒯 来蓝郎劳乐冷厉利"
                       "练连廉蔺凌令娄鲁禄路栾骆 麻满茅梅门蒙米苗缪明莫牟母穆 那南能倪年宁钮农 欧 "
                       "裴蓬皮平蒲濮浦 戚祁齐綦强乔谯裘屈瞿曲全阙 冉饶荣容茹阮芮 桑沙山商尚佘申盛"
                       "师时寿舒帅双司粟隋 台邰谈檀滕佟童涂屠 危卫蔚温闻翁沃乌巫邬伍 奚习郗席冼鲜"
                       "相向项萧辛邢幸胥宣荀 言阎颜晏燕羊阳仰冶伊应雍尤游鱼虞禹郁喻元岳云 臧昝查"
                       "翟詹湛战展仉甄支仲衷诸祝庄卓訾宗左")
_SURNAMES_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容",
                      "令狐", "夏侯", "长孙", "宇文", "司徒", "端木")
_SURNAMES_RARE = "".join(dict.fromkeys(
    c for c in _SURNAMES_BY_LETTER if c != " " and c not in _SURNAMES_COMMON + _SURNAMES_MIDDLE))
_SURNAME_SHARES = ((0.52, _SURNAMES_COMMON), (0.36, _SURNAMES_MIDDLE), (0.10, _SURNAMES_RARE))
_COMPOUND_SHARE = 0.02

# --- given names by birth era -------------------------------------------------------------------
# o: born 1930s-60s, m: 1960s-80s, y: 1980s-2000s, c: 2005-2020.

_GIVEN_LISTED = {
    "o": ("建国 建华 国庆 国强 德明 德胜 福林 福生 长顺 永贵 玉堂 振华 树林 庆丰 保国 跃进 援朝 "
          "春生 秋生 水生 根生 来福 满仓 铁柱 拴柱 金锁 有财 广才 海山 占奎 凤山 宝山 连生 世昌 "
          "光辉 建设 胜利 解放 兴旺 发财 二虎 三宝 成林 "
          "秀英 桂兰 淑珍 玉兰 凤英 秀兰 桂英 玉珍 淑华 素芬 美兰 翠花 银花 金凤 招娣 引弟 秋菊 "
          "春梅 月娥 巧云 兰芳 菊香 彩霞 改花 爱莲 素珍 淑贞 凤琴 秀珍 荷花 二妮 三妹 腊梅 玉芝"),
    "m": ("卫国 志强 建军 海涛 立新 红军 永刚 晓东 勇军 国栋 明辉 伟东 志刚 建平 文军 俊峰 海波 "
          "剑锋 振宇 学文 宏伟 利民 新民 少华 庆林 卫东 小军 小龙 红旗 爱民 富强 朝阳 "
          "红梅 丽华 海燕 晓红 春燕 丽萍 美玲 艳红 秀梅 雪梅 小燕 丽娟 玉梅 红霞 爱华 慧敏 月华 "
          "晓玲 金花 彩云 小红 桂芳 美华 翠萍 素梅"),
    "y": ("俊杰 晓明 志远 家豪 文博 宇航 建伟 晓峰 天宇 子豪 博文 思远 明哲 宏亮 一帆 鹏飞 嘉伟 "
          "浩然 亚东 海洋 晓光 振兴 "
          "婷婷 丹丹 晓雪 佳琪 梦瑶 雨婷 思雨 欣然 佳怡 晓琳 雅琪 欢欢 晶晶 亚楠 春晓 倩倩 "
          "静怡 美琪 晓慧"),
    "c": ("梓轩 浩宇 宇轩 子墨 沐阳 俊宇 皓轩 一鸣 子睿 奕辰 铭泽 天佑 思源 锦程 梓豪 承泽 "
          "欣怡 诗涵 一诺 梓涵 雨桐 语桐 可馨 若曦 思琪 紫萱 芊芊 梦琪 依诺 沐晴 安琪 梓萱"),
}
_GIVEN_SINGLE = {
    "o": "福贵林山顺发英兰珍芬花秀凤菊梅桂",
    "m": "兵军强刚勇斌涛平峰燕红霞萍丽梅芳敏艳娟华",
    "y": "伟磊杰浩鹏超亮鑫静婷娜丹雪琳莹倩慧蕾璐颖宇凯",
    "c": "煜睿轩泽辰悦萱彤琪涵瑶诺",
}
_GIVEN_PARTS = {
    "o": ("建国德福永玉长树庆保凤桂秀淑素金银春秋", "华明林生贵山英兰珍芬香花荣祥发顺才田"),
    "m": ("卫志晓海红丽立振宏新文俊美艳春雪燕彩", "东强军涛峰伟平梅霞萍玲娟红燕辉波勇宇华"),
    "y": ("子浩俊嘉佳思雨梦晓文家天雅欣宇博诗", "轩宇豪杰琪涵怡雪然婷瑶博航远鑫琳萱"),
    "c": ("梓子沐一奕锦若语可依皓睿铭芊诗", "轩辰泽墨诺桐曦萱涵瑶睿宸熙然彤琪晨"),
}
_ERA_SHARES = ((0.25, "o"), (0.35, "m"), (0.25, "y"), (0.15, "c"))
_SINGLE_SHARE = 0.20
_LISTED_SHARE = 0.45

# Full names that are also everyday words.
_WORD_NAMES = ("高峰", "白雪", "向阳", "江山", "金星", "方圆", "夏天", "林海", "常青", "钟声",
               "文静", "安宁", "明亮", "高原", "马力", "田野", "黎明", "高明", "林立", "宁静",
               "石磊", "叶青")

# --- minority names -----------------------------------------------------------------------------

_UYGHUR_FIRST = ("买买提", "艾力", "阿布都", "吐尔逊", "艾尔肯", "努尔买买提", "热合曼", "依明",
                 "卡德尔", "亚森", "肉孜", "阿不力孜", "麦麦提敏", "帕尔哈提", "阿迪力", "叶尔兰",
                 "阿依古丽", "古丽娜尔", "热依拉", "帕提古丽", "米日古丽", "阿依努尔", "祖力皮亚",
                 "布阿依夏木", "玛依拉", "努尔尼沙", "再努尔", "古丽巴哈尔")
_UYGHUR_FATHER = ("艾则孜", "吐尔洪", "阿不都热依木", "玉素甫", "司马义", "买合木提", "斯拉木",
                  "阿西木", "吾守尔", "托合提", "卡斯木", "热西提", "努尔兰", "沙吾提", "伊敏")
_TIBETAN_PARTS = ("扎西", "次仁", "格桑", "索朗", "达瓦", "尼玛", "丹增", "旺堆", "央金", "卓玛",
                  "拉姆", "曲珍", "平措", "多吉", "顿珠", "边巴", "普布", "巴桑", "德吉", "白玛",
                  "洛桑", "强巴", "益西", "群培", "贡布", "仁增", "桑珠")
_MONGOLIAN = ("巴特尔", "额尔敦", "其其格", "苏日娜", "朝鲁门", "宝音图", "那仁格日勒", "阿拉坦仓",
              "满都拉", "巴雅尔", "敖登格日乐", "其木格", "乌日娜", "额尔德尼", "吉日嘎拉", "特木尔",
              "朝克图", "毕力格", "乌云其木格", "斯琴图雅", "萨仁高娃", "孟和巴雅尔", "布和朝鲁")
_YI_CLAN = ("吉克", "阿苏", "曲比", "沙马", "俄木", "吉伍", "阿说", "马海", "勒格", "瓦扎", "倮伍",
            "阿西", "吉史", "日火", "苏呷")
_YI_GIVEN = ("阿呷", "木呷", "拉哈", "阿依", "日者", "伍各", "尔古", "史者", "拉则", "阿牛", "莫色",
             "阿果", "尔哈", "子体", "伍呷")
_ZHUANG_SURNAMES = "韦覃农莫蓝黄陆梁岑"
_ZHUANG_GIVEN = ("日光", "美花", "金凤", "秀荣", "妹", "桂英", "月娥", "光勇", "永福", "爱莲", "翠兰",
                 "美丹", "日新", "秀妹", "金莲", "海妹", "光荣", "美兰", "达妹")
_KIND_SHARES = ((0.015, "uyghur"), (0.010, "tibetan"), (0.008, "mongolian"), (0.006, "yi"),
                (0.008, "zhuang"), (0.020, "word"))

# --- pinyin for the English family --------------------------------------------------------------

_PY_SURNAMES = (("Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao "
                 "Luo Zheng Liang Xie Song Tang", 0.6),
                ("Xu Han Feng Deng Cao Peng Zeng Tian Dong Yuan Pan Jiang Cai Yu Du Ye Cheng Su Wei "
                 "Lyu Ding Ren Shen Yao Lu Cui Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou "
                 "Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Hao Gong Shao Wan Qian Dai Kong "
                 "Pang Nie Geng Ning Zhan Qu Ji Mu Chai", 0.37),
                ("Ouyang Sima Shangguan Zhuge Situ", 0.03))
_PY_GIVEN_SINGLE = ("Wei Fang Na Min Jing Li Qiang Lei Jun Yang Yong Yan Jie Juan Tao Ming Chao Xia "
                    "Ping Gang Hua Peng Bin Yu Hao Kai Xue Lin Chen Xin Ting Dan Hui Bo").split()
_PY_GIVEN_DOUBLE = ("Jianguo Jianhua Guoqing Xiuying Guilan Shuzhen Yulan Deming Weidong Hongmei "
                    "Lihua Zhiqiang Haiyan Jianjun Xiaodong Junjie Dandan Tingting Zixuan Haoyu "
                    "Xinyi Shihan Yinuo Zimo Muyang Yuxuan Jiahui Xiaoyan Chunlan Fugui Laifu "
                    "Tiezhu Shuisheng Genfa Xiaohong Lijuan Wenjie Zhenhua Yuqing Ruoxi Sijia "
                    "Kexin Mingyuan Guifang Yongqiang Chunmei Xiaoli Haitao Lixin Yufei Zhiyuan "
                    "Meiling Yanhong Xuemei Wenbo Tianyu Mengyao Yutong Jinfeng Baoshan").split()
_PY_GIVEN_HYPHEN = ("Jian-guo", "Xiao-hong", "Wei-dong", "Hai-yan", "Zhi-qiang", "Li-hua", "Xiu-ying",
                    "Yu-lan", "Chun-mei", "Ming-yuan", "Guo-qing", "Shu-zhen")
# Orders and cases of a name in translated exports: Zhang Wei, ZHANG Wei, Wei Zhang, Wei ZHANG,
# ZHANG WEI (the rest: Zhang Wei).
_PY_FORMS = ((0.35, "{s} {g}"), (0.20, "{S} {g}"), (0.22, "{g} {s}"), (0.10, "{g} {S}"), (0.08, "{S} {G}"))
_PY_MINORITY = ("Maimaiti Aili", "Ayiguli Tuerxun", "Aierken Tuerhong", "Zhaxi Dunzhu",
                "Ciren Zhuoma", "Gesang Quzhen", "Nima Ciren", "Gulinaer Yusufu")

# --- look-alike pools ---------------------------------------------------------------------------

# Titles that fit a staff member in any role; kinship and courtesy forms for residents.
_TITLES = ("先生", "女士", "老师", "主任", "书记", "科长", "所长", "站长", "会计", "专干", "干事",
           "同志", "工", "总", "组长", "经理")
_ELDER_TITLES = ("大爷", "大妈", "阿姨", "大姐", "大哥", "奶奶", "爷爷", "婶", "叔", "嫂", "姨", "老太",
                 "师傅", "老板", "伯", "姑")
_TITLE_PREFIX = ("老", "小")
_ANON_SUFFIX = ("某", "某某", "某", "某某", "某甲", "某乙", "×", "××", "*", "**", "某某某")

_PLACES = ("张家港市", "张家口市", "张家界市", "石家庄市", "周口市", "马鞍山市", "常州市", "韩城市",
           "邹城市", "尚志市", "钟祥市", "黄冈市", "曹县", "单县", "梁山县", "汤阴县", "于都县",
           "左权县", "靖宇县", "志丹县", "贾汪区", "薛城区", "谢家集区", "石景山区", "丁蜀镇",
           "周庄镇", "杨柳青镇", "朱家角镇", "罗店镇", "陈桥镇", "宋庄镇", "潘家园", "魏公村",
           "马家堡", "黄庄", "苏家屯区", "吴江区", "徐汇区", "徐家汇", "林芝市", "金华市", "温州市",
           "江门市", "高邮市", "姜堰区", "安阳市", "贺州市", "蒙自市", "孟州市", "高明区", "武陟县")
_PLACE_SUFFIX = ("庄", "湾", "沟", "坪", "岭", "营", "坝", "寨", "洼", "屯", "集", "铺", "岗", "圩")
_PLACE_KIND = ("村", "村", "组", "社区", "自然村")
_ROADS = ("中山路", "中山北路", "逸仙路", "黄兴路", "张自忠路", "赵登禹路", "佟麟阁路", "靖宇大街",
          "解放路", "和平路", "黄河路", "向阳路", "高新路", "常青路", "武侯大道", "岳王路",
          "包河大道", "曹杨路", "万航渡路", "曲阜路", "梅园路", "钱塘江路", "林荫路", "金沙路",
          "白沙路", "石门路", "汤山路", "孔雀路", "马场道", "龙华路")
_ROAD_COMPOSED = ("家巷", "家湾路", "家桥路", "家庄路", "家坊街", "公祠路")
_SHOP_GOODS = ("烧饼铺", "面馆", "卤味店", "早餐店", "五金店", "汽修厂", "水饺馆", "米粉店",
               "羊肉汤馆", "粮油店", "家电维修部", "理发店", "裁缝店", "豆腐坊", "小卖部")
_SHOP_FORMS = ("{s}记{g}", "老{s}家{g}", "{s}氏{g}", "{s}姐{g}", "{s}哥{g}", "{s}师傅{g}",
               "{s}家{g}", "{s}氏推拿馆", "{s}氏正骨诊所", "{s}记口腔诊所")
_BRANDS = ("王老吉", "李宁", "马应龙", "张小泉", "杨国福麻辣烫", "张亮麻辣烫", "陈克明", "谭木匠",
           "徐福记", "李锦记", "王守义十三香", "胡庆余堂", "吴裕泰", "张一元", "全聚德", "黄飞红",
           "周黑鸭", "钱大妈", "雷允上", "方太", "海底捞", "曹操出行", "孔府家", "汪氏蜂蜜",
           "白象", "金龙鱼", "康师傅", "伊利", "蒙牛", "华为", "安踏", "洽洽", "老凤祥")
_FIRM_FORMS = ("{s}氏兄弟建材有限公司", "{s}家{p}农业专业合作社", "{s}大姐家政服务部",
               "{s}记食品有限公司", "{s}氏物业管理有限公司", "{s}家{p}养殖场", "老{s}农家乐",
               "{s}庄蔬菜种植专业合作社", "{s}记装饰工程部")
# Public figures: what is studied (精神, 思想, 事迹) and places and prizes named after them.
_FIGURES = ("雷锋精神", "焦裕禄精神", "毛泽东思想", "邓小平理论", "黄大年式教师团队事迹",
            "张桂梅同志先进事迹", "铁人王进喜精神", "孔繁森精神", "谷文昌精神", "杨善洲精神",
            "黄文秀同志事迹", "钟南山院士抗疫事迹", "袁隆平院士事迹", "廖俊波同志事迹")
_MEMORIALS = ("孙中山故居", "中山陵", "鲁迅公园", "鲁迅文学奖", "钱学森图书馆", "詹天佑纪念馆",
              "岳飞庙", "包公祠", "孔子学院", "杜甫草堂", "李白故里", "王羲之故居", "宋庆龄基金会",
              "冼星海纪念馆", "梅兰芳大剧院", "老舍茶馆", "曹雪芹纪念馆", "朱德故居", "周恩来纪念馆",
              "刘少奇同志纪念馆", "任弼时纪念馆", "聂耳墓", "屠呦呦旧居", "郑和公园")
_HOSPITALS = ("华山医院", "中山医院", "邵逸夫医院", "李惠利医院", "张仲景医院", "宋庆龄儿童医学中心",
              "中山大学附属第一医院", "逸夫楼")

# English look-alikes.
_E_TITLES = ("Mr.", "Ms.", "Mrs.", "Dr.", "Director", "Officer", "Grandpa", "Grandma", "Auntie",
             "Uncle", "Old", "Lawyer", "Teacher", "Secretary")
_E_ANON = ("{s} Mou", "{s} Moumou", "Mr. {s} X", "{s} XX", "{s} **", "Ms. {s} X.")
_E_PLACES = ("Zhangjiagang", "Shijiazhuang", "Zhoukou", "Zhangjiajie", "Ma'anshan", "Changzhou",
             "Xuhui District", "Huangpu District", "Xujiahui", "Lijiazhuang Village",
             "Zhaojiagou Village", "Sunjiawan Village", "Zhouzhuang Town", "Jinhua", "Wenzhou",
             "Anyang", "Songzhuang", "Panjiayuan", "Weigongcun")
_E_ROADS = ("Zhongshan Road", "Yixian Road", "Huangxing Road", "Zhang Zizhong Road", "Wangfujing Street",
            "Caoyang Road", "Heping Road", "Jiefang Road", "Huanghe Road", "Zhao Dengyu Road")
_E_SHOPS = ("{s}'s Dumplings", "{s} Ji Locksmith", "Lao {s} Hotpot", "{s}'s Tailoring",
            "{s} Family Bakery", "{s}'s Optical", "Sister {s} Noodles", "{s} Ji Roast Duck")
_E_BRANDS = ("Li-Ning", "Wong Lo Kat", "Zhou Hei Ya", "Xu Fu Ji", "Yang Guofu Malatang",
             "Zhang Liang Malatang", "Lee Kum Kee", "Tan Mu Jiang", "Master Kong", "Quanjude",
             "Chen Keming", "Huawei", "Anta")
_E_FIGURES = ("Sun Yat-sen Memorial Hall", "Lu Xun Park", "Lei Feng Memorial Hall", "Mao Zedong Thought",
              "Deng Xiaoping Theory", "Zhou Enlai Memorial", "Yuan Longping High-Tech Agriculture",
              "Sun Yat-sen University", "Lei Feng spirit")
_E_HOSPITALS = ("Zhongshan Hospital", "Sun Yat-sen Memorial Hospital", "Huashan Hospital",
                "Li Huili Hospital", "Sir Run Run Shaw Hospital", "Shao Yifu Hospital",
                "Zhang Zhongjing Hospital of TCM")
_E_FIRMS = ("{s} & Partners Law Firm", "{s} Brothers Trading Co., Ltd.", "{s}jia Agricultural Cooperative",
            "{s} Family Farm", "{s} Ji Food Co., Ltd.")

# Everyday administrative phrases; [[...]] marks a word that begins with a surname character.
_PHRASES = (
    "[[申请]]材料已退回补正", "[[申报]]截止日期为本月底", "[[符合]]条件的予以公示", "[[单位]]已出具证明",
    "[[单亲]]家庭，子女在读", "[[管理]]费按季度收取", "[[房屋]]为砖混结构", "[[房租]]由村集体代缴",
    "[[解决]]办法见附件", "[[解除]]劳动合同证明已收", "[[周边]]环境整治已完成", "[[周末]]无人值守",
    "[[周转]]房已分配", "[[高速]]路口设置检查点", "[[高龄]]津贴按月发放", "[[高血压]]慢病已签约",
    "[[方案]]经村民代表会议通过", "[[方便]]群众就近办理", "[[黄金]]回收点未备案", "[[黄豆]]种植面积15亩",
    "[[马上]]就办", "[[马路]]市场已取缔", "[[马铃薯]]收购价下调", "[[胡同]]内私搭乱建已拆除",
    "[[何时]]复工待通知", "[[林地]]确权已完成", "[[林业]]站已现场勘验", "[[余额]]不足，暂停代扣",
    "[[余款]]于年底前结清", "[[杜绝]]虚报冒领", "[[程序]]合法，事实清楚", "[[任务]]分解到组",
    "[[任期]]届满", "[[钟点工]]费用自理", "[[陆续]]补交材料", "[[范围]]包括全村散居户",
    "[[金额]]以银行流水为准", "[[石材]]加工点已关停", "[[夏收]]期间暂停集中办理", "[[白条]]不予入账",
    "[[白天]]无人在家，晚间再访", "[[江边]]违规垂钓已劝离", "[[雷电]]天气暂停户外作业",
    "[[龙头]]企业带动就业12人", "[[贺信]]已转交", "[[顾客]]反映价格不透明", "[[顾问]]律师已到场",
    "[[毛巾]]等生活用品已发放", "[[万元]]以上支出需集体研究", "[[钱款]]已当面点清",
    "[[严重]]影响周边居民休息", "[[严格]]落实公示制度", "[[武警]]中队协助疏散", "[[汤圆]]等慰问品已送达",
    "[[关于]]低保复核的说明", "[[关爱]]留守儿童", "[[关注]]独居老人动态", "[[焦点]]问题已答复",
    "[[左侧]]厢房漏雨", "[[柳树]]枝遮挡路灯已修剪", "[[甘蔗]]收购款已到账", "[[包括]]户主在内共4人",
    "[[尚未]]提供收入证明", "[[纪律]]要求已传达", "会议[[纪要]]见附件", "[[梅雨]]季节注意防潮",
    "[[凌晨]]2时接警", "[[毕业]]证书复印件已收", "[[季度]]报表已上报", "[[涂改]]无效",
    "[[苗木]]补植200株", "[[谷物]]烘干补贴已申领", "暴雨[[蓝色]]预警期间暂停走访", "[[路灯]]已报修",
    "[[路面]]破损已修补", "[[游客]]较多，注意疏导", "[[辛苦]]费不得收取", "[[柴油]]补贴按亩核发",
    "[[华侨]]眷属证明已核", "[[房产]]信息查询无记录", "[[尤其]]是雨季", "[[阳台]]违规搭建",
    "[[农户]]自愿参保", "[[农业]]保险已理赔", "[[司机]]已联系", "[[司法]]所已介入", "[[车辆]]已挪走",
    "[[车库]]漏水", "[[项目]]资金已拨付", "[[连续]]三个月未领取", "[[连同]]原件一并提交",
    "[[麦田]]受灾面积核定", "[[常住]]人口3人", "[[常年]]在外务工", "[[康复]]训练每周两次",
    "[[安置]]房已交付", "[[安全]]隐患已整改", "[[易地]]搬迁后续扶持", "[[应急]]物资已发放",
    "[[应当]]在十五日内补正", "[[全面]]排查", "[[和谐]]邻里评选", "[[成员]]变更已登记",
    "[[成年]]子女有赡养能力", "[[代办]]人须持委托书", "[[代领]]需本人授权", "[[暴雨]]导致房屋受损",
    "[[查询]]结果已打印", "[[查看]]监控未发现异常", "[[危房]]鉴定为C级", "[[门卫]]已登记来访",
    "[[门面]]房出租收入未申报", "[[水费]]由村集体代缴", "[[水电]]费减免", "[[承包]]地已流转",
    "[[保障]]标准上调", "[[保险]]已续保", "[[公示]]期满无异议", "[[公益]]岗位考勤正常",
    "[[党员]]先锋岗", "[[党支部]]已研究", "[[时间]]另行通知", "[[明确]]由网格员负责",
    "[[明天]]上午复查", "[[文件]]已归档", "[[文化]]礼堂改造完工", "[[牛羊]]存栏已核",
    "[[原因]]待查", "[[原户主]]已去世", "[[边界]]争议已调处", "[[乔迁]]新居，户籍未迁",
    "[[花生]]补贴已发放", "[[经营]]范围不含餐饮", "[[经费]]从专项列支", "[[甄别]]后纳入",
    "[[居住]]证已办理", "[[居民]]代表已签字", "[[简化]]办理流程", "[[巩固]]脱贫成果",
    "[[籍贯]]栏填写有误", "[[宣传]]单已[[张贴]]", "[[张贴]]公告三日", "[[陈述]]申辩权已告知",
    "[[陈列]]商品无标价", "[[陈旧]]线路已更换", "[[李子]]园受冻", "[[杨树]]飞絮投诉",
    "[[孙子]]在外地上学", "[[孙女]]由其照料", "[[郑重]]承诺所填属实", "[[谢绝]]现金捐赠",
    "[[许可]]证已过期", "[[许多]]住户反映", "[[曾经]]申请过危改", "[[田间]]道路硬化",
    "[[董事会]]决议已提交", "[[丁字]]路口积水", "[[史料]]已移交档案馆", "[[毛病]]已排除",
    "[[万一]]联系不上，请拨值班电话", "墙体[[孔洞]]已封堵", "[[付款]]凭证已收",
    "[[柏油]]路面已铺设", "[[伏天]]防暑物资", "[[花卉]]苗木补贴", "[[井盖]]缺失已补装",
    "[[台账]]已更新", "[[景区]]周边", "[[商户]]已签承诺书", "[[商品]]已下架", "[[占用]]消防通道",
    "[[银行]]卡已挂失", "[[麻烦]]邻居代收", "[[冷链]]食品已封存", "[[封存]]待检",
    "[[闻讯]]后赶到现场", "[[衣物]]被褥已发放", "[[干部]]包片负责", "[[支付]]宝转账记录已截图",
    "[[支出]]凭证齐全", "[[计划]]下月复查", "[[平台]]已录入", "[[双方]]同意", "[[相关]]材料已补齐",
    "[[由于]]道路施工", "对处理结果[[满意]]", "[[战士]]家属慰问", "[[丰收]]节活动", "[[庄稼]]受灾",
    "[[桑蚕]]养殖补贴", "[[池塘]]护栏已加装", "[[来电]]人要求保密", "[[来访]]已登记",
    "[[能力]]评估为中度失能", "[[晋升]]材料已报", "[[牛奶]]已送达", "[[洪水]]过后复查",
    "[[施工]]噪音扰民", "[[施肥]]补贴", "[[艾草]]种植", "[[古树]]名木保护", "[[车位]]已划线",
    "[[管道]]堵塞已疏通", "[[蒙受]]损失已登记", "以[[牟利]]为目的", "适用[[简易]]程序",
    "[[芦苇]]荡清理", "[[温馨]]提示已张挂", "[[宣讲]]会到场32人", "[[承诺]]书已签", "[[保洁]]已到位",
    "[[公开]]栏已更新", "[[时限]]为三个工作日", "[[明细]]见附表", "[[文明]]户评选",
    "用电[[高峰]]期间错峰安排", "[[夏天]]用电量大", "农机[[马力]]核定为25", "[[方圆]]五公里内无药店",
    "[[安宁]]疗护服务已对接", "[[高原]]地区补贴", "[[黎明]]前完成转移", "[[田野]]调查已结束",
)

# Name-family tails (one marked phrase, appended to some cells).
_TAILS = ("（[[申请]]材料已归档）", "；[[符合]]政策规定", "。[[公示]]无异议", "，[[台账]]已更新",
          "（[[代办]]）", "；[[相关]]证明已核", "。[[单位]]盖章齐全", "，[[明细]]见附表",
          "（[[原件]]已退还）", "；[[程序]]完备", "。[[管理]]员已签字", "（[[房屋]]已核）",
          "；[[平台]]已录入", "，[[查询]]无异常", "。[[时限]]内办结", "；[[保障]]到位",
          "（[[关于]]此事另见附件）", "，[[余额]]已退回", "。[[金额]]核对无误", "；[[双方]]已签字")

# --- fillers (never planted) --------------------------------------------------------------------

_VILLAGES = ("东升村", "前进村", "红星村", "双河村", "大坪村", "三合村", "永丰村", "团结村", "桃园村",
             "凤凰村", "青龙村", "七里村", "五一村", "河东村", "北岗村", "南湾村", "中心村", "太平村")
_TOWNS = ("城关镇", "东城街道", "南关街道", "新集镇", "河口镇", "太平镇", "大桥镇", "北新街道",
          "龙泉镇", "青石镇", "沙河镇")
_COMMUNITIES = ("幸福家园安置小区", "阳光新城", "锦绣花园", "滨河小区", "和谐家园", "翠湖苑", "春晖小区")
_STREETS = ("人民路", "建设大道", "滨江路", "新华街", "东风路", "花园路", "环城西路", "工业园三号路")
_POSTS = ("保洁员", "护林员", "巡河员", "治安巡逻员", "公厕管理员", "农家书屋管理员", "养老服务员",
          "道路养护员")
_DISABILITIES = ("肢体二级", "视力一级", "听力三级", "言语二级", "智力二级", "精神一级", "多重一级",
                 "肢体四级", "智力三级", "视力二级")
_RELATIONS = ("之子", "之女", "配偶", "儿子", "女儿", "儿媳", "女婿", "侄子", "弟弟", "姐姐", "外甥")
_KIN = ("子", "女", "侄", "孙", "外甥", "妻", "夫")
_CAUSES = ("大病住院", "火灾", "车祸", "子女上学", "意外伤害", "房屋倒塌", "突发疾病", "务工受伤")
_GOODS = ("过期牛奶", "无标签散装白酒", "不合格充电器", "变质熟食", "过期药品", "假冒化肥",
          "三无电热毯", "超范围使用添加剂的馒头")
_INDUSTRIES = ("养牛", "养羊", "养鸡", "种植猕猴桃", "种植茶叶", "中药材种植", "生猪养殖", "食用菌",
               "稻虾共养")
_PRODUCE = ("土鸡蛋", "猕猴桃", "腊肉", "茶叶", "核桃", "蜂蜜", "红薯粉条")
_UNITS = ("县农业农村局", "县供电公司", "镇政府", "县人民医院", "县税务局", "县自然资源局")
_ORGS = ("区发展和改革局", "区教育局", "区民政局", "区财政局", "区人力资源和社会保障局",
         "区市场监督管理局", "区卫生健康委员会", "区退役军人事务局", "区农业农村局", "区城市管理局")
_RANKS = ("局长", "副局长", "主任", "副主任", "党组成员", "四级调研员", "总经济师")
_E_REL = ("son", "daughter", "wife", "husband", "nephew", "granddaughter", "son-in-law")
_E_UNITS = ("County Agriculture Bureau", "Town Government", "County Power Supply Co.",
            "County People's Hospital")
_CN_NUM = "一二三四五六七八九十"


# --- templates ------------------------------------------------------------------------------------
# {N1}..{N6}: a person's name, with an optional era letter (o, m, y, c); {EN1}..: an English name;
# {O1}..: an official in a gazette (a look-alike); upper-case slots are look-alikes (TITLE, ELDER,
# ANON, PLACE, ROAD, SHOP, BRAND, FIRM, FIGURE, MEMORIAL, HOSP, PHRASE and their English E* forms;
# {ST律师} is a surname with the title the role needs); lower-case slots are fillers, never planted.
# A slot repeated in a template takes the same value; [[word]] in a template or phrase is a marked
# look-alike.

_TEMPLATES = {
    "jobs": (
        "{N1m}，{age}岁，于{date}在{town}人社所办理失业登记，领取失业保险金{num}个月（{smoney}/月）。",
        "公益性岗位（{post}）：{N1m}，上岗时间{date}，岗位补贴{smoney}/月，[[单位]]缴纳社保。",
        "灵活就业人员社保补贴申领人{N1}；补贴期限{year}年{mon}月至{year}年12月，已核发{money}",
        "{date}电话回访{N1y}，本人称已在{SHOP}务工，不再符合失业登记条件，予以注销",
        "经{N1}本人申请，由{ELDER}代为提交就业困难人员认定材料（身份证复印件、户口簿）",
        "退休人员{N1o}于{date}死亡，其{rel}{N2m}办理养老金停发及丧葬补助金领取，多发待遇{money}已追回",
        "岗位：{post}\n姓名：{N1}\n出勤：{num}天\n备注：{TITLE}核对无误",
        "就业援助对象{N1}（零就业家庭）已推荐至{FIRM}面试,{date}反馈录用",
        "{N1y}、{N2y}两人参加{date}创业培训（SYB），结业证书编号{cert}",
        "城乡居民养老保险：{N1o}已满60周岁，从{ym}起按月领取{smoney}；{ANON}系代办人",
        "社保补贴审核不通过：{N1}已在{FIRM}参保，不属于灵活就业人员",
        "失业金发放至{ym}止。{N1}手机{phone}，开户行信息已核。",
        "返乡创业担保贷款：借款人{N1m}，担保人{N2m}，额度{money}，用于{ind}",
        "{ym}新增公益岗{num}人，含{N1m}({post})、{N2o}({post2})",
        "求职登记 | {N1y} | 意向：{post} | 推荐{num}次未成功",
    ),
    "veterans": (
        "退役士兵{N1y}，{year}年退役，已落实自主就业一次性经济补助{money}。",
        "{N1o}（参战退役人员）：生活补助按{smoney}/月发放，{date}入户核查时本人健在",
        "优抚对象{N1o}于{date}病故，遗属{N2o}领取一次性抚恤金，定期抚恤自次月起享受",
        "光荣牌悬挂：{vil}{grp}{N1m}家，已于{date}上门悬挂，{TITLE}陪同",
        "伤残军人{N1m}（因战{lvl}级）申请换发残疾军人证，材料由其配偶{N2m}代交。",
        "在乡老复员军人 {N1o} 生日慰问（{oage}岁），送慰问金{money}；联系人：{N2m}（{kin}）",
        "{N1y}退役后参加适应性培训，推荐至{FIRM}保安岗位",
        "烈士遗属{N1o}，定期抚恤金{money}，{date}起调标；{PHRASE}",
        "退役军人服务站：{N1}反映安置问题，已转区退役军人事务局，联系人{TITLE}",
        "带病回乡退伍军人{N1o}；住址{vil}{grp}；行动不便需代领，代领人{N2}",
        "军人家属{N1y}（现役军人{N2y}之妻）申请随军家属就业安置",
        "{date} 走访：{N1o}、{N2o}夫妇均为优抚对象，住房为[[危房]]，已报{town}改造",
        "{N1m}: 义务兵家庭优待金{money},{year}年度,已发",
    ),
    "funeral": (
        "逝者{N1o}，{oage}岁，{date}火化，惠民殡葬减免基本殡葬服务费{money}，经办人{N2}",
        "{N1o}于{date}在家中去世，家属{N2m}申请丧葬补助，火化证号{cert}",
        "遗体接运：{vil}—{town}殡仪馆；联系人{N1m}（逝者之{kin}）{phone}",
        "骨灰安放于{town}公益性公墓{num}排{num2}号，墓主{N1o}，安葬日期{date}",
        "生态安葬奖补：{N1m}为其父{N2o}选择树葬，奖补{money}",
        "死亡证明已核（{N1o}，{date}）。出具证明：{ST警官}",
        "惠民殡葬对象：低保户{N1o}\n减免项目：接运、火化、骨灰盒\n合计：{money}",
        "丧事简办承诺书由{N1m}签订，{vil}红白理事会{TITLE}见证",
        "{N1o}、{N2o}合葬，迁坟补偿由其子女代表{N3m}领取。",
        "殡仪馆登记：死者{N1o}，{oage}岁，户籍{vil}；送殓人{N2m}",
        "{N1o}之墓（{PLACE}公墓）维护费已缴至{year}年",
        "海葬补贴{money}——申请人{N1m}，逝者系其{kin2}",
    ),
    "tempaid": (
        "临时救助申请人{N1m}，因{cause}致基本生活困难，经审核给予救助{money}（{date}）",
        "急难型救助：{N1}家中{cause}，{town}先行救助{money}，事后补齐材料",
        "{N1}户：家庭成员{num}人，月人均收入低于标准，{TITLE}入户核实",
        "邻居{ELDER}反映{N1o}独居无人照料，{date}上门核实后启动救助",
        "支出型困难：{N1m}之子{N2c}住院，自付{money}，拟救助{money2}",
        "救助金打卡至{N1}名下社保卡，账号后四位{d4}",
        "经{vil}评议，同意{N1}的临时救助申请；公示期{date}至{date2}无异议",
        "不予救助：{N1}家庭有机动车1辆，不符合条件。告知人：{TITLE}",
        "受助人员{N1}（自述姓名），由{town}派出所送至救助站，{date}返乡",
        "{date}，{N1m}、{N2m}夫妇因火灾房屋损毁，给予临时救助{money}及棉被2床",
        "申请人：{N1}\n事由：{cause}\n金额：{money}\n审批：同意",
        "过渡期救助：{N1o}（{oage}岁，独居），每月{smoney}，共3个月",
        "{N1}；{cause}；{money}；{date}审批",
    ),
    "disability": (
        "{N1}，{dis}，享受困难残疾人生活补贴{smoney}/月，{ym}起发放",
        "重度残疾人护理补贴：{N1}（{dis}），发放账户变更为监护人{N2m}",
        "{N1o}残疾证号{cdid}，{date}复评为{dis}，两项补贴同时享受",
        "停发：{N1}于{date}去世，家属{N2}已退回多领补贴{money}",
        "残疾儿童{N1c}（{cage}岁，{dis}），康复救助由母亲{N2y}申请",
        "{vil}{grp}：{N1}、{N2}（{dis}）两人入户核查，生活补贴继续发放",
        "残疾证到期未换：{N1}，已电话通知其{rel}{N2}，{TITLE}负责跟进",
        "补发{ym}至{ym2}护理补贴，对象{N1}，原因：银行账户冻结",
        "托养机构：{PLACE}托养中心；入住人{N1y}（{dis}）；补贴直接拨付机构",
        "{N1}——{dis}——本人签字确认，{date}",
        "无障碍改造：{N1o}，内容：扶手、坡道，验收人{TITLE}",
        "{N1}由{ELDER}代为照看，护理补贴发放至本人账户",
        "两项补贴年审 {N1}/{dis}/通过",
    ),
    "market": (
        "当事人：{N1m}（个体工商户，字号{SHOP}）\n经查，当事人于{date}销售{goods}，违法所得{money}。",
        "经查，{N1}在{ROAD}{num}号经营无证餐饮，{date}责令改正。",
        "投诉人{N1}称其在{SHOP}购买的{goods}存在质量问题，要求退货；经调解，商家退款{money}。",
        "被投诉方负责人{N1m}拒不到场，已下达询问通知书（{case}）",
        "{date} 现场检查，在场人员{N1}（店员）、{N2}（店主），执法人员{ST科长}、{ST队长}",
        "当事人{N1m}，身份证号{idm}，住所{vil}。其经营的{SHOP}未按规定明码标价。",
        "消费者{N1y}来电：{BRAND}专卖店拒绝七日无理由退货。已转{town}市场监管所。",
        "违法事实：{N1}于{ym}起在{town}农贸市场销售未经检疫猪肉{num}公斤。处罚：没收，罚款{money}。",
        "举报人{N1}要求奖励，经核举报属实，奖励{money}",
        "责令{N1}于{date}前改正；逾期不改，依法处理。（{case}）",
        "听证申请：当事人{N1m}委托代理人{N2m}参加，{date}举行",
        "经查，实际经营者为{N1}，营业执照登记经营者为其{rel}{N2}。",
        "当事人:{N1m};违法行为:{goods};处罚依据:{case}",
    ),
    "mediation": (
        "申请人{N1}与被申请人{N2}因宅基地边界发生纠纷，经{vil}调委会调解达成协议。",
        "调解员：{N1m}\n当事人：{N2}、{N3}\n纠纷类型：邻里纠纷\n结果：调解成功",
        "法律援助受援人{N1}（农民工），案由：追索劳动报酬，承办律师{ST律师}，{date}指派",
        "{N1}与{N2}离婚纠纷，子女{N3c}由女方抚养——调解未成，引导诉讼",
        "被申请人{N1m}同意于{date}前分两期支付{money}；申请人{N2m}放弃其他请求",
        "{date}，{N1}来所咨询赡养问题，其母{N2o}由三子女轮流赡养，已出具咨询意见",
        "人民调解协议书编号{cert}：甲方{N1}，乙方{FIRM}（负责人{N2}）",
        "法援中心受理：{N1y}工伤待遇纠纷，用人单位{FIRM}，[[申请]]材料齐全",
        "邻里漏水纠纷（{room}{N1}与楼下{N2}），物业{ST经理}协助，已修复",
        "经济困难证明由{vil}出具。受援人：{N1o}；代理人：{N2m}（{kin}）",
        "{N1}等{num}名工人欠薪，涉案金额{money}，已转劳动监察",
        "调解回访：{date}电话联系{N1}，协议已履行完毕。",
        "被申请人：{N1}（{age}岁）| 申请人：{N2} | 调解员：{TITLE}",
    ),
    "rural": (
        "脱贫户{N1o}，帮扶责任人{N2m}，产业：{ind}，{year}年增收{money}",
        "监测对象{N1}（因病），{date}纳入，帮扶措施：医疗保障+公益岗位",
        "帮扶责任人：{N1m}（{unit}）；结对户：{N2o}、{N3o}",
        "{N1m}家：{ind}，发放产业奖补{money}，验收人{TITLE}",
        "小额信贷：{N1}，贷款{money}，{date}到期，已还清",
        "{vil}{grp}{N1o}户易地搬迁至{comm}，原宅基地已复垦",
        "雨露计划：{N1y}（{N2m}之子）就读职业学校，补助{money}",
        "消费帮扶：{N1}的{prod}由{PLACE}供销社收购{num3}斤",
        "防返贫监测预警：{N1m}因{cause}收入骤减，{date}转入监测",
        "驻村第一书记{ST书记}走访{N1o}，了解{ind}销售情况。",
        "产业帮扶台账\n户主：{N1}\n项目：{ind}\n金额：{money}",
        "光伏收益分配：{N1}、{N2}各{smoney}",
        "{N1o}（脱贫户）/{N2m}（帮扶人）/{unit}/{year}年",
    ),
    "village": (
        "{year}年{vil}党员名单：{N1}、{N2}、{N3}、{N4}（预备党员）",
        "村委会换届选举结果：主任{N1}，副主任{N2}，委员{N3}、{N4}",
        "得票情况：{N1}{num3}票，{N2}{num3b}票，{N3}{num3c}票，{N4}{num3d}票",
        "村民代表：第一组{N1}；第二组{N2}；第三组{N3}；第四组{N4}",
        "{N1}，{N2}，{N3}，{N4}，{N5}——以上5人为本届村民选举委员会成员",
        "发展对象公示：{N1}（{byear}年生）、{N2}（{byear2}年生）。如有异议请向[[党支部]]反映",
        "村务监督委员会：主任{N1}；成员{N2}、{N3}",
        "缺席党员大会：{N1}（外出务工）、{N2}（病假）及{N3}",
        "计票人：{N1}；唱票人：{N2}；监票人：{N3}、{N4}",
        "评议低保户：{N1}户 同意{num2}票；{N2}户 同意{num2b}票；{N3}户 未通过",
        "{vil}网格员：{N1}（{grp}）、{N2}（{grp2}）、{N3}",
        "妇联执委：{N1}、{N2}及{N3}",
        "{N1}\n{N2}\n{N3}\n{N4}\n（以上为{year}年度优秀党员）",
    ),
    "estate": (
        "业主{N1}（{room}）反映楼上噪音，物业已上门沟通，{TITLE}跟进",
        "工单{ord}：来电人{N1}，诉求：{street}路灯不亮。处置：已转{town}城管，{date}修复",
        "{room} {N1}、{N2}（共有人）欠缴物业费{money}，已发催缴函",
        "12345回访：诉求人{N1}对处理结果满意",
        "房号{room}，产权人{N1}，租户{N2}，车位号{cert}",
        "{N1}投诉物业服务差，已约谈项目经理{ST经理}",
        "来电人自称{N1}，要求不公开信息；反映{street}占道经营",
        "{date}，{room}业主{N1}违规拆改承重墙，已责令停工。",
        "诉求人{N1}（{phone}）：小区电梯困人，已督促维保单位处置。\n办理单位：{town}",
        "业主委员会候选人：{N1}、{N2}、{N3}（{room}）",
        "关于{N1}反映的{street}积水问题，经现场核实属实，已疏通。",
        "钥匙已交{N1}（{room}住户），交接人：物业{TITLE}",
        "{ord} {N1} 噪音扰民 已办结",
    ),
    "english": (
        "Applicant: {EN1}; payment collected c/o {EN2} ({erel}).",
        "Mr. {EN1} registered as unemployed on {edate}; benefit {emoney} per month.",
        "{EN1} (son) collected the subsidy on behalf of {EN2}, aged {oage}.",
        "Complainant {EN1} bought goods at {ESHOP}; refund of {emoney} agreed.",
        "Mediation: {EN1} v. {EN2}, boundary dispute, settled with help of {ETITLE}.",
        "Veteran {EN1}, discharged {year}; home visit with {ETITLE}.",
        "Deceased: {EN1}, {oage}; cremation fee waived. Next of kin: {EN2} (daughter).",
        "Owner {EN1}, {eroom}, {EPLACE}; arrears {emoney}.",
        "Call from {EN1} re. street light on {EROAD}; fixed {edate}.",
        "Household head {EN1}; assigned helper: {ETITLE} ({eunit}).",
        "Disability subsidy (grade {lvl}) for {EN1}; guardian {EN2}.",
        "Party members: {EN1}, {EN2}.",
        "Referred to {EHOSP}; escorted by {EN1}.",
        "Temporary assistance approved for {EN1}'s family: {emoney}.",
        "Employer: {EFIRM}. Worker: Ms. {EN1}, wage arrears {emoney}.",
        "{edate} - {EN1} - visited, no change",
        "Tenant {EN1}\nLandlord: {ETITLE}\nAddress: {EROAD}, {EPLACE}",
    ),
    "gazette": (
        "{date}区政府常务会议研究，{O1}同志提名为{org}{rank}人选，{O2}同志不再担任{org2}{rank2}。",
        "{org}{rank}：{O1}（试用期满，考核合格，正式任职）",
        "拟任职人选公示：{O1}，{byear}年{mon}月生，现任{org}{rank}，拟任{org2}{rank2}",
        "免去：{O1}　{org}{rank}职务；{O2}　{org2}{rank2}职务",
        "经研究，决定聘任{O1}为{org}总工程师",
        "任命名单\n{O1}　{org}{rank}\n{O2}　{org2}{rank2}\n{O3}　{org3}{rank3}",
        "{O1}因工作调动，提请免去其{org}{rank}职务，{date}起生效",
        "决定任命：{O1}、{O2}为{org}{rank}。",
        "区人大常委会任命{O1}为区人民法院审判员，{O2}为区人民检察院检察员",
        "{O1}任{org}{rank}，{O2}不再担任{org2}{rank2}",
        "任免事项：{O1}，拟提名为{town}镇长候选人",
        "{org}：{O1}任{rank}，{O2}任{rank2}",
    ),
    "lookalike": (
        "{PHRASE}。",
        "{ANON}于{date}在{SHOP}门口摔倒，已送医",
        "{ELDER}反映：{PHRASE}",
        "{FIGURE}主题党日活动已开展",
        "地址：{PLACE}{ROAD}{num}号",
        "{TITLE}已到场核实。",
        "经查，{ANON}、{ANON2}二人无违法所得",
        "{BRAND}门店{date}开业，证照齐全",
        "{PHRASE}\n{PHRASE2}",
        "联系人：{TITLE}（{phone}）",
        "{vil}组织党员学习{FIGURE}",
        "参观{MEMORIAL}，{num}人参加",
        "{ELDER}来电，称已收到慰问品",
        "当事人{FIRM}，已责令改正",
        "{ROAD}与{ROAD2}交叉口积水已排除",
        "转诊至{HOSP}；陪同人{TITLE}",
        "{ANON}（{age}岁）：材料齐全，予以受理",
        "Note: {ETITLE} called; household moved to {EPLACE}.",
        "{EANON}: file closed.",
        "{ESHOP}: counterfeit {EBRAND} goods seized.",
        "原{SHOP}已更名为{FIRM}",
        "{PLACE}来电咨询补贴政策",
        "{ANON}户，{PHRASE}",
        "{PHRASE}（{date}）",
        "Referred to {EHOSP}.",
        "{EFIGURE} (see attachment)",
    ),
}


# --- drawing ------------------------------------------------------------------------------------

def _weighted(rng: random.Random, shares, rest=None):
    """A value drawn by its share. With ``rest``, the shares are of 1 and ``rest`` takes what is
    left; without, they are scaled to their sum."""
    total = 1.0 if rest is not None else sum(share for share, _ in shares)
    r, acc = rng.random() * total, 0.0
    for share, value in shares:
        acc += share
        if r < acc:
            return value
    return rest if rest is not None else shares[-1][1]


def _surname(rng: random.Random) -> str:
    if rng.random() < _COMPOUND_SHARE:
        return rng.choice(_SURNAMES_COMPOUND)
    return rng.choice(_weighted(rng, _SURNAME_SHARES))


def _common_surname(rng: random.Random) -> str:
    """A one-character surname for titles, shops and places (no compound ones)."""
    return rng.choice(_weighted(rng, _SURNAME_SHARES))


def _given(rng: random.Random, era: str) -> str:
    r = rng.random()
    if r < _SINGLE_SHARE:
        return rng.choice(_GIVEN_SINGLE[era])
    if r < _SINGLE_SHARE + _LISTED_SHARE:
        return rng.choice(_GIVEN_LISTED[era].split())
    first, second = _GIVEN_PARTS[era]
    while True:
        a, b = rng.choice(first), rng.choice(second)
        if a != b:
            return a + b


def _era(rng: random.Random) -> str:
    return _weighted(rng, _ERA_SHARES, rest="m")


def _kind(rng: random.Random) -> str:
    return _weighted(rng, _KIND_SHARES, rest="han")


def _chinese_name(rng: random.Random, era: str = "") -> tuple[str, str]:
    """A full personal name and its kind (han, word, uyghur, tibetan, mongolian, yi, zhuang)."""
    kind = _kind(rng)
    if kind == "uyghur":
        return rng.choice(_UYGHUR_FIRST) + "·" + rng.choice(_UYGHUR_FATHER), kind
    if kind == "tibetan":
        a, b = rng.sample(_TIBETAN_PARTS, 2)
        return a + b, kind
    if kind == "mongolian":
        return rng.choice(_MONGOLIAN), kind
    if kind == "yi":
        return rng.choice(_YI_CLAN) + rng.choice(_YI_GIVEN), kind
    if kind == "zhuang":
        return rng.choice(_ZHUANG_SURNAMES) + rng.choice(_ZHUANG_GIVEN), kind
    if kind == "word":
        return rng.choice(_WORD_NAMES), kind
    return _surname(rng) + _given(rng, era or _era(rng)), kind


def _py_surname(rng: random.Random) -> str:
    return rng.choice(_weighted(rng, tuple((s, g.split()) for g, s in _PY_SURNAMES)))


def _english_name(rng: random.Random) -> str:
    """A pinyin name as a translated export prints it."""
    if rng.random() < 0.03:
        return rng.choice(_PY_MINORITY)
    sur = _py_surname(rng)
    r = rng.random()
    given = rng.choice(_PY_GIVEN_SINGLE) if r < 0.35 else rng.choice(_PY_GIVEN_DOUBLE)
    if r > 0.35 and rng.random() < 0.08:                  # Jian-guo: a hyphenated double name
        given = rng.choice(_PY_GIVEN_HYPHEN)
    form = _weighted(rng, _PY_FORMS, rest="{s} {g}")
    return form.format(s=sur, g=given, S=sur.upper(), G=given.upper())


def _title(rng: random.Random) -> str:
    s = _common_surname(rng)
    r = rng.random()
    if r < 0.15:
        return rng.choice(_TITLE_PREFIX) + s
    return s + rng.choice(_TITLES)


def _anon(rng: random.Random) -> str:
    return _surname(rng) + rng.choice(_ANON_SUFFIX)


def _place(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return rng.choice(_PLACES)
    return _common_surname(rng) + "家" + rng.choice(_PLACE_SUFFIX) + rng.choice(_PLACE_KIND)


def _road(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return rng.choice(_ROADS)
    return _common_surname(rng) + rng.choice(_ROAD_COMPOSED)


def _shop(rng: random.Random) -> str:
    return rng.choice(_SHOP_FORMS).format(s=_common_surname(rng), g=rng.choice(_SHOP_GOODS))


def _firm(rng: random.Random) -> str:
    return rng.choice(_FIRM_FORMS).format(s=_common_surname(rng), p=rng.choice(_PLACE_SUFFIX))


def _e_title(rng: random.Random) -> str:
    return f"{rng.choice(_E_TITLES)} {_py_surname(rng)}"


def _lookalike(kind: str, rng: random.Random) -> str:
    """A look-alike of the kind a slot names; may hold [[marked]] words (PHRASE)."""
    draw = {
        "TITLE": lambda: _title(rng),
        "ANON": lambda: _anon(rng),
        "PLACE": lambda: _place(rng),
        "ROAD": lambda: _road(rng),
        "SHOP": lambda: _shop(rng),
        "FIRM": lambda: _firm(rng),
        "BRAND": lambda: rng.choice(_BRANDS),
        "FIGURE": lambda: rng.choice(_FIGURES),
        "MEMORIAL": lambda: rng.choice(_MEMORIALS),
        "ELDER": lambda: _common_surname(rng) + rng.choice(_ELDER_TITLES),
        "HOSP": lambda: rng.choice(_HOSPITALS),
        "PHRASE": lambda: rng.choice(_PHRASES),
        "ETITLE": lambda: _e_title(rng),
        "EANON": lambda: rng.choice(_E_ANON).format(s=_py_surname(rng)),
        "EPLACE": lambda: rng.choice(_E_PLACES),
        "EROAD": lambda: rng.choice(_E_ROADS),
        "ESHOP": lambda: rng.choice(_E_SHOPS).format(s=_py_surname(rng)),
        "EBRAND": lambda: rng.choice(_E_BRANDS),
        "EFIGURE": lambda: rng.choice(_E_FIGURES),
        "EHOSP": lambda: rng.choice(_E_HOSPITALS),
        "EFIRM": lambda: rng.choice(_E_FIRMS).format(s=_py_surname(rng)),
    }
    return draw[kind]()


def _date(rng: random.Random) -> str:
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{y}年{m}月{d}日", f"{y}.{m}.{d}", f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日",
                       f"{y}/{m}/{d}"))


def _money(rng: random.Random) -> str:
    k = rng.randint(2, 2000) * 10
    return rng.choice((f"{k}元", f"{k:,}元", f"{k}.00元", f"¥{k}", f"{k}元整"))


def _filler(key: str, rng: random.Random) -> str:
    base = key
    while base not in _FILLER_KEYS:       # money2, num3b, org3: a second value of the same kind
        base = base[:-1]
    y, m = rng.randint(2019, 2025), rng.randint(1, 12)
    draw = {
        "date": lambda: _date(rng),
        "ym": lambda: rng.choice((f"{y}年{m}月", f"{y}.{m:02d}", f"{y}-{m:02d}")),
        "year": lambda: str(rng.randint(2012, 2025)),
        "byear": lambda: str(rng.randint(1955, 2001)),
        "mon": lambda: str(m),
        "money": lambda: _money(rng),
        "smoney": lambda: rng.choice((f"{rng.randint(5, 90) * 10}元", f"{rng.randint(5, 90) * 10}.00元",
                                      f"¥{rng.randint(5, 90) * 10}")),
        "age": lambda: str(rng.randint(19, 64)),
        "oage": lambda: str(rng.randint(66, 98)),
        "cage": lambda: str(rng.randint(3, 16)),
        "phone": lambda: rng.choice(("13", "15", "18", "17")) + str(rng.randint(0, 9)) + (
            "****" if rng.random() < 0.6 else f"{rng.randint(0, 9999):04d}") + f"{rng.randint(0, 9999):04d}",
        "idm": lambda: f"{rng.randint(110000, 659999)}********{rng.randint(0, 999):03d}{rng.choice('0123456789X')}",
        "cdid": lambda: f"{rng.randint(110000, 659999)}********{rng.randint(0, 9999):04d}{rng.randint(1, 7)}{rng.randint(1, 4)}",
        "room": lambda: rng.choice((f"{rng.randint(1, 30)}栋{rng.randint(1, 4)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}",
                                    f"{rng.randint(1, 20)}-{rng.randint(1, 3)}-{rng.randint(1, 26)}0{rng.randint(1, 4)}",
                                    f"{rng.randint(1, 16)}号楼{rng.randint(1, 30)}0{rng.randint(1, 6)}室")),
        "vil": lambda: rng.choice(_VILLAGES),
        "town": lambda: rng.choice(_TOWNS),
        "comm": lambda: rng.choice(_COMMUNITIES),
        "street": lambda: rng.choice(_STREETS),
        "grp": lambda: rng.choice((f"{rng.randint(1, 12)}组", f"第{rng.choice(_CN_NUM)}村民小组")),
        "num": lambda: str(rng.randint(1, 30)),
        "num2": lambda: str(rng.randint(10, 60)),
        "num3": lambda: str(rng.randint(100, 999)),
        "d": lambda: f"{rng.randint(0, 9999):04d}",
        "case": lambda: rng.choice(("市监罚字", "区市监处罚", "市监稽罚")) + f"〔{y}〕{rng.randint(1, 300)}号",
        "ord": lambda: f"{y}{m:02d}{rng.randint(1, 28):02d}{rng.randint(0, 999999):06d}",
        "cert": lambda: rng.choice(("No.", "HJ", "TJ", "")) + f"{y}{rng.randint(1, 9999):04d}",
        "post": lambda: rng.choice(_POSTS),
        "dis": lambda: rng.choice(_DISABILITIES),
        "rel": lambda: rng.choice(_RELATIONS),
        "kin": lambda: rng.choice(_KIN),
        "cause": lambda: rng.choice(_CAUSES),
        "goods": lambda: rng.choice(_GOODS),
        "ind": lambda: rng.choice(_INDUSTRIES),
        "prod": lambda: rng.choice(_PRODUCE),
        "unit": lambda: rng.choice(_UNITS),
        "org": lambda: rng.choice(_ORGS),
        "rank": lambda: rng.choice(_RANKS),
        "lvl": lambda: str(rng.randint(1, 4)) if rng.random() < 0.5 else rng.choice(("五", "六", "七", "八")),
        "edate": lambda: rng.choice((f"{y}-{m:02d}-{rng.randint(1, 28):02d}",
                                     f"{rng.randint(1, 28)} {('Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec')[m - 1]} {y}")),
        "emoney": lambda: rng.choice(("RMB ", "CNY ", "¥")) + f"{rng.randint(2, 2000) * 10:,}",
        "eroom": lambda: rng.choice((f"Bldg {rng.randint(1, 20)}-{rng.randint(1, 3)}-{rng.randint(1, 26)}0{rng.randint(1, 4)}",
                                     f"Unit {rng.randint(1, 26)}0{rng.randint(1, 4)}, Block {rng.randint(1, 12)}")),
        "erel": lambda: rng.choice(_E_REL),
        "eunit": lambda: rng.choice(_E_UNITS),
    }
    return draw[base]()


_FILLER_KEYS = frozenset((
    "date ym year byear mon money smoney age oage cage phone idm cdid room vil town comm street grp num "
    "num2 num3 d case ord cert post dis rel kin cause goods ind prod unit org rank lvl edate emoney "
    "eroom erel eunit").split())
_SLOT = re.compile(r"\{(\w+)\}")
_NAME_SLOT = re.compile(r"N(\d)([omyc]?)")
_MARK = re.compile(r"\[\[(.+?)\]\]")


def _spans(text: str, s: str) -> list[tuple[int, int]]:
    """Every occurrence of ``s``, overlapping ones included."""
    return [(m.start(), m.start() + len(s)) for m in re.finditer(f"(?={re.escape(s)})", text)]


def _consistent(text: str, names: list[str], looks: list[str]) -> bool:
    """Every planted string present; a name once, apart from every other planted string."""
    if len(set(names)) != len(names):
        return False
    for s in names + looks:
        if s not in text:
            return False
    for name in names:
        spans = _spans(text, name)
        if len(spans) != 1:
            return False
        (a, b), = spans
        for other in names + looks:
            if other == name:
                if other in looks:
                    return False
                continue
            if other in name or name in other:
                return False
            if any(c < b and a < d for c, d in _spans(text, other)):
                return False
    return True


def _render(template: str, family: str, rng: random.Random, nameless: bool
            ) -> tuple[str, list[str], list[str]]:
    values: dict[str, str] = {}
    names: list[str] = []
    looks: list[str] = []

    def slot(m: re.Match) -> str:
        key = m.group(1)
        if key in values:
            return values[key]
        nm = _NAME_SLOT.fullmatch(key)
        if nm or re.fullmatch(r"EN\d", key):
            english = key.startswith("EN")
            if nameless or rng.random() < ANON_SLOT_SHARE:
                value = (rng.choice(_E_ANON).format(s=_py_surname(rng)) if english
                         else _anon(rng))
                looks.append(value)
            else:
                value = _english_name(rng) if english else _chinese_name(rng, nm.group(2))[0]
                names.append(value)
        elif re.fullmatch(r"O\d", key):
            value = _chinese_name(rng, "m")[0]
            looks.append(value)
        elif key.startswith("ST"):             # {ST律师}: a surname with the title a role needs
            value = _common_surname(rng) + key[2:]
            looks.append(value)
        elif key[0].isupper():
            value = _lookalike(key.rstrip("0123456789"), rng)
            if not _MARK.search(value):
                looks.append(value)
        else:
            value = _filler(key, rng)
        values[key] = value
        return value

    text = _SLOT.sub(slot, template)
    if family in NAME_FAMILIES and family != "english" and rng.random() < TAIL_SHARE:
        text += rng.choice(_TAILS)
    looks.extend(_MARK.findall(text))
    text = _MARK.sub(lambda m: m.group(1), text)
    return text, names, list(dict.fromkeys(looks))


def _family_counts(n: int) -> dict[str, int]:
    total = sum(WEIGHTS.values())
    exact = {f: n * w / total for f, w in WEIGHTS.items()}
    counts = {f: int(x) for f, x in exact.items()}
    rest = sorted(WEIGHTS, key=lambda f: (-(exact[f] - counts[f]), f))
    for f in rest[: n - sum(counts.values())]:
        counts[f] += 1
    return counts


def make_remarks(n: int = 2000, seed: int = 4242) -> list[Remark]:
    """``n`` remarks, the same for the same ``n`` and ``seed``."""
    rng = random.Random(seed)
    order = [f for f, k in _family_counts(n).items() for _ in range(k)]
    rng.shuffle(order)
    remarks = []
    for family in order:
        nameless = family in NAME_FAMILIES and rng.random() < NAMELESS_SHARE
        for _attempt in range(200):
            template = rng.choice(_TEMPLATES[family])
            text, names, looks = _render(template, family, rng, nameless)
            if _consistent(text, names, looks):
                break
        else:                                    # pragma: no cover - a pool that cannot be drawn
            raise RuntimeError(f"remarks_v4: no consistent draw for family {family}")
        remarks.append(Remark(text, family, names=names, lookalikes=looks,
                              public_officials=(family == "gazette")))
    return remarks


def describe(remarks: list[Remark]) -> dict:
    """Counts of a drawn set (per family: cells, names, look-alikes, cells with a name)."""
    per = {f: Counter() for f in WEIGHTS}
    for r in remarks:
        c = per[r.family]
        c["cells"] += 1
        c["names"] += len(r.names)
        c["lookalikes"] += len(r.lookalikes)
        c["with_name"] += bool(r.names)
    return {
        "names": sum(c["names"] for c in per.values()),
        "lookalikes": sum(c["lookalikes"] for c in per.values()),
        "with_name": sum(c["with_name"] for c in per.values()),
        "families": {f: dict(c) for f, c in per.items()},
    }
