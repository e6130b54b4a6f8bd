"""Chinese surnames, used to tell a personal name from other short words.

The name detectors only fire next to a cue word (户主, 代领人 ...); the surname check keeps words
such as 信息 or 情况 that follow a cue without a colon from being taken for names, and lets the
content guess recognise a column of bare names. Masking keeps a compound surname whole
(欧阳*), so those are listed separately.
"""

from __future__ import annotations

# Two-character surnames: kept whole when a name is masked.
COMPOUND_SURNAMES = frozenset("""
欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 令狐 慕容 宇文 长孙 夏侯 轩辕 端木 独孤 南宫 西门
司徒 司空 呼延 闻人 澹台 公冶 濮阳 淳于 单于 太史 申屠 钟离 赫连 百里 东郭 第五 梁丘 左丘
微生 羊舌 万俟 拓跋 完颜 仲孙 叔孙 公羊 谷梁 宰父 夹谷 巫马 壤驷 漆雕 乐正 颛孙 子车
""".split())

# Common one-character surnames. Characters that are also everyday words in official text
# (和, 由, 国, 平, 公, 时, 明, 成 ...) are left out: they would turn 申请人和家属 into a name.
SURNAMES = frozenset("""
王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈
姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤
常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季
裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑
景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封
谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚帅屠豆朴盖练廉禹井祖漆巴丰支卿狄索宣晋容
敬扈晁芮普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅於呼居揭尉
冶斯束檀阴昝奉植衡尧
""".replace("\n", "").replace(" ", ""))

# Traditional forms of the most frequent surnames whose characters differ.
SURNAMES_TRADITIONAL = frozenset("劉陳楊黃趙吳孫馬郭羅鄭謝韓馮鄧蕭許葉蘇呂盧薑鍾譚陸範賈韋鄒熊閻雷龔錢嚴湯溫齊喬龐顏聶魯")

ALL_SINGLE = SURNAMES | SURNAMES_TRADITIONAL


def surname_length(name: str) -> int:
    """1 or 2: how many leading characters of ``name`` are its surname (best guess).

    A compound surname counts only when a given name follows it: a two-character name that is
    itself a compound surname (东方) reads as surname 东 + given name 方.
    """
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return 2
    return 1

