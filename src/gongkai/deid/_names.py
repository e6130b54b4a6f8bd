"""Chinese surnames and given-name characters, read from the package's data files.

``surnames.tsv`` is the surname inventory (single and compound, pinyin, approximate share of the
population, and whether the character is also an everyday word); ``given_chars.tsv`` weighs the
characters of given names by position; ``org_words.tsv`` lists the words that end an
organisation's or a shop's name. The cue-based detectors (:mod:`gongkai.deid.detectors`) use the
single-character set to tell a name from other short words after a cue; the person-name detector
(:mod:`gongkai.deid.names`) uses all of it. Masking keeps a compound surname whole (欧阳*).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def _rows(filename: str) -> list[list[str]]:
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]          # first line: the column names


# surname -> (pinyin, approximate share in per cent, kind: name | word | compound)
SURNAME_TABLE: dict[str, tuple[str, float, str]] = {
    row[0]: (row[1], float(row[2]), row[3]) for row in _rows("surnames.tsv")}

# Two-character surnames: kept whole when a name is masked.
COMPOUND_SURNAMES = frozenset(s for s, (_p, _f, kind) in SURNAME_TABLE.items() if kind == "compound")

# One-character surnames after which a cue word is enough to read a name: those that are rarely
# anything else (kind ``name``) and those that also begin everyday words (kind ``word``: 高, 方,
# 周, 黄). Characters that are mostly plain words (kind ``function``: 和, 由, 国, 平, 公, 时, 明, 成)
# are kept apart: they would turn 申请人和家属 into a name.
NAME_SURNAMES = frozenset(s for s, (_p, _f, kind) in SURNAME_TABLE.items() if kind == "name")
WORD_SURNAMES = frozenset(s for s, (_p, _f, kind) in SURNAME_TABLE.items() if kind == "word")
FUNCTION_SURNAMES = frozenset(s for s, (_p, _f, kind) in SURNAME_TABLE.items()
                              if kind == "function")
SURNAMES = NAME_SURNAMES | WORD_SURNAMES

# Traditional forms of the most frequent surnames whose characters differ.
SURNAMES_TRADITIONAL = frozenset("劉陳楊黃趙吳孫馬郭羅鄭謝韓馮鄧蕭許葉蘇呂盧薑鍾譚陸範賈韋鄒熊閻雷龔錢嚴湯溫齊喬龐顏聶魯")

ALL_SINGLE = SURNAMES | SURNAMES_TRADITIONAL

# Pinyin spellings of the surnames (lower case): wang, ouyang, shangguan ...
PINYIN_SURNAMES = frozenset(p for p, _f, _k in SURNAME_TABLE.values())

# given-name character -> weight (3 most used, 2 common, 1 seen in names), any position
GIVEN_CHARS: dict[str, int] = {row[0]: int(row[1]) for row in _rows("given_chars.tsv")}
# ... as the first of two given-name characters (小, 大, 二, 晓 are mostly first: 王小明) and as
# the last or only one (生, 根, 娣, 柱 are mostly last: 张根生, 刘铁柱)
GIVEN_FIRST: dict[str, int] = {row[0]: int(row[1]) for row in _rows("given_chars.tsv")
                               if row[2] in ("any", "first")}
GIVEN_LAST: dict[str, int] = {row[0]: int(row[1]) for row in _rows("given_chars.tsv")
                              if row[2] in ("any", "last")}


# Words by which a person is addressed after the surname alone (王师傅, 刘主任, 张先生, 李阿姨):
# a surname and one of these is no name (like 王某), wherever it stands.
ADDRESS_TITLES = ("师傅", "老师", "大姐", "二姐", "大哥", "二哥", "三哥", "大嫂", "二嫂", "大爷",
                  "二爷", "大娘", "大妈", "大叔", "大伯", "阿姨", "叔叔", "婶婶", "婶子", "老板",
                  "经理", "主任", "书记", "局长", "科长", "所长", "院长", "校长", "队长", "组长",
                  "站长", "会计", "律师", "医生", "大夫", "警官", "老大", "老二", "老三", "老四",
                  "老五", "总经理", "工程师", "先生", "女士", "小姐", "同学", "同志", "师父", "老汉",
                  "老太", "奶奶", "爷爷", "老兵", "姐", "哥", "嫂", "婶", "叔", "伯",
                  # the posts of a local office's staff, by which they are named in its notes
                  "专干", "干事", "部长", "处长", "厅长", "区长", "县长", "市长", "镇长", "乡长",
                  "村长", "支书", "主席", "委员", "秘书", "主管", "厂长", "店长", "馆长",
                  "社长", "董事长", "总监", "护士", "教练", "教授", "警长", "班长", "网格员",
                  "老板娘", "阿婆", "阿公", "阿伯", "阿叔", "老总", "干部", "民警", "法官",
                  "医师", "掌柜", "网格长", "河长", "林长", "湖长", "报账员", "理事长", "会长",
                  "大妈",
                  # posts of a ministry, a works and the forces (秦司长, 施总工, 郎排长, 彭指导员;
                  # not 连长: 连 ends given names, and 王建连 + 长期在外 is a name)
                  "司长", "总工", "排长", "营长", "团长", "指导员", "政委", "参谋", "教导员",
                  # kin words of address and a religious title (冼婆婆, 马阿訇)
                  "婆婆", "阿訇", "伯伯", "姑姑", "姨妈",
                  # what people called an upright judge (包青天, 海青天)
                  "青天")
# ... and the posts of every kind of unit, office, force, court, school, firm and trade, read
# from post_titles.tsv (郭行长, 李场长, 周教员, 彭班主): a vocabulary of its own, not repeated above
POST_TITLES = tuple(row[0] for row in _rows("post_titles.tsv"))
ADDRESS_TITLES += tuple(w for w in POST_TITLES if w not in ADDRESS_TITLES)
# ... and the words an English export puts before the surname for those posts (President Guo)
POST_TITLES_ENGLISH = frozenset(row[2] for row in _rows("post_titles.tsv") if row[2] != "-")

# One-character forms of address. 姨, 姑, 舅 (曾姨, 刘姑) are next to never in a given name, so a
# surname with one is no name wherever it stands; 工 (an engineer: 梁工) and 总 (a manager: 祝总)
# begin everyday words (工作, 总计), so they count only at the end of a phrase.
KIN_TITLES = frozenset("姨姑舅")
SHORT_TITLES = KIN_TITLES | frozenset("工总")
# Adverbs that follow a person addressed by a short title (佟工均申请, 余总也, 梁工已): the title
# ends there, no given name goes on.
ADVERBS_AFTER_TITLE = frozenset("均也已都还又曾正将一")   # (一 of 一起, 一同)

# 老王, 小李, 大刘: a surname with a familiar prefix, no more a name than 王某.
FAMILIAR_PREFIXES = frozenset("老小大")


# Given names that are also words (given_words.tsv: 建国, 解放, 石头, 金花, 海波).
GIVEN_WORDS = frozenset(row[0] for row in _rows("given_words.tsv"))
# Given names of the old rural customs and of wishes (wish_names.tsv: 来娣, 满囤, 丰年, 拴柱,
# 保国): they decide where a given name ends, not whether a name begins.
WISH_NAMES = frozenset(row[0] for row in _rows("wish_names.tsv"))


def _division_names() -> frozenset[str]:
    """Short names of China's provinces, cities and counties (邹平 for 邹平市, 乌鲁木齐 for
    乌鲁木齐市), from the table of administrative divisions inside the ``cpca`` package (read as a
    file: importing the package would load its matcher)."""
    import csv
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package (China's administrative divisions) is not installed: "
                           "pip install -e . installs it")
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
    names = set()
    nations = tuple(line.strip() for line in (path.parent / "56_nations.csv").read_text(
        encoding="utf-8").splitlines() if line.strip()) + ("各族",)
    nations += tuple(n[:-1] for n in nations if len(n) > 2)   # 土家族 also written 土家
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"]
            if _AUTONOMY.search(name):                   # 石林彝族自治县 -> 石林
                short = _AUTONOMY.sub("", name)
                while short.endswith(nations):
                    short = short[:-max(len(n) for n in nations if short.endswith(n))]
                if len(short) >= 2:
                    names.add(short)
                continue
            for suffix in DIVISION_SUFFIXES:
                if name.endswith(suffix) and len(name) - len(suffix) >= 2:
                    name = name[:-len(suffix)]
                    break
            names.add(name)
    return frozenset(names)


# The endings stripped from a division's name to give the name used in running text.
DIVISION_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
                     "自治县", "自治旗", "地区", "林区", "新区", "矿区", "省", "市", "县", "区", "盟",
                     "旗")
_AUTONOMY = re.compile("自治(?:县|州|区|旗)$")
# ... and the countries and large cities abroad (foreign_places.tsv: 苏黎世, 汤加, 莫斯科), read as
# these are: 赴苏黎世探亲, 在汤加务工.
# China's provinces, prefectures, the county-level divisions cpca's table lacks (杨凌, 雄安, 龙港),
# and its large rivers, lakes, mountains and expressways (places_cn.tsv: name, short form, level).
_PLACES_CN_ROWS = _rows("places_cn.tsv")
_DIVISION_LEVELS = ("province", "prefecture", "county")
PLACE_NAMES = _division_names() | frozenset(row[0] for row in _rows("foreign_places.tsv")) \
    | frozenset(row[1] for row in _PLACES_CN_ROWS if row[2] in _DIVISION_LEVELS)
# ... every form of those places but the expressways (岳阳市, 岳阳, 洪河, 骆马湖, 贺兰山), with the
# divisions above and the urban villages, neighbourhoods and towns clerks name (neighbourhoods_cn.tsv:
# 白石洲, 曾厝垵): the places a candidate of the name detector may be (names._known_place_read).
KNOWN_PLACES = PLACE_NAMES | frozenset(row[k] for row in _PLACES_CN_ROWS if row[2] != "expressway"
                                       for k in (0, 1)) \
    | frozenset(row[0] for row in _rows("neighbourhoods_cn.tsv"))
# ... and the expressways by the short name written before 高速 (沈海, 包茂, 杭金衢).
EXPRESSWAYS = frozenset(row[1] for row in _PLACES_CN_ROWS if row[2] == "expressway")
EXPRESSWAY_LENGTHS = sorted({len(w) for w in EXPRESSWAYS}, reverse=True)


# Elements of Tibetan and Mongolian names (tibetan_names.tsv): two in a row make a name.
NAME_ELEMENTS = frozenset(row[0] for row in _rows("tibetan_names.tsv"))
ELEMENT_LENGTHS = sorted({len(e) for e in NAME_ELEMENTS}, reverse=True)
ELEMENT_FIRST = frozenset(e[0] for e in NAME_ELEMENTS)


def name_element_length(t: str, k: int) -> int:
    """Length of the longest name element (扎西, 其其格, 叶尔兰) that begins ``t`` at ``k``, or 0:
    one lookup for the name detector and the cue detectors' name trimming."""
    if k >= len(t) or t[k] not in ELEMENT_FIRST:
        return 0
    return next((n for n in ELEMENT_LENGTHS if k + n <= len(t) and t[k:k + n] in NAME_ELEMENTS), 0)

# Middle dots between the parts of a transliterated name (阿依古丽·吐尔逊), as typed: a full stop
# or a hyphen between Chinese characters is a middle dot typed in haste (努尔兰-依明).
NAME_DOTS = "·•‧・･.-"
MARKED_DOTS = NAME_DOTS.replace(".", "").replace("-", "")

# Brands and time-honoured shops that read like a person's name (brands.tsv: 王老吉, 胡庆余堂).
BRANDS = frozenset(row[0] for row in _rows("brands.tsv"))

# Brands of every consumer trade kept only where the text says they are a brand there
# (brands_marked.tsv: 雅戈尔专柜, “伊芙丽”, 购置沃得一台; names._marked_brand_at).
MARKED_BRANDS = frozenset(row[0] for row in _rows("brands_marked.tsv"))

# Medicinal herbs that begin with a surname (herbs.tsv: 徐长卿, 王不留行): crops and goods.
HERBS = frozenset(row[0] for row in _rows("herbs.tsv"))

# Medicines that clerks name in pharmacy, clinic, mental-health, epidemic and elder-care remarks
# (medicines.tsv: 白加黑, 蒙脱石散, 阿立哌唑, 桑菊感冒片, 季德胜蛇药片): goods, read as a brand is.
def _reads_as_full_name(word: str) -> bool:
    """Is ``word`` of two or three characters a surname followed by given-name characters, as a
    person's full name is? A short medicine of that shape (丁香, 安定, 米雅) is a person's name as often,
    and the list kept it from a name on a blind set (round 20): such rows are not read; the
    dosage-form rule still reads such a medicine with its form (安定片, 丁香油 is not one)."""
    sur = 2 if word[:2] in COMPOUND_SURNAMES else 1
    return len(word) <= 3 and word[:sur] in SURNAMES and len(word) > sur \
        and all(GIVEN_CHARS.get(c, 0) > 0 for c in word[sur:])


MEDICINES = frozenset(w for w in (row[0] for row in _rows("medicines.tsv")) if not _reads_as_full_name(w))

# Figures of novels, myths and history that read like a name (figures.tsv: 孙悟空, 林黛玉): read as
# a brand is.
FIGURES = frozenset(row[0] for row in _rows("figures.tsv"))
# ... and public figures as English exports spell them (romanised_figures.tsv: Sun Yat-sen, Lei
# Feng, Yuan Longping; twentieth round): kept unless the text marks a person right there.
ROMANISED_FIGURES = frozenset(row[0] for row in _rows("romanised_figures.tsv"))

# Hong Kong's places and things of Chinese life whose English spelling reads like a name
# (romanised_places.tsv: Sha Tin, Tseung Kwan O, Chow Mein).
_ROMANISED_ROWS = _rows("romanised_places.tsv")
ROMANISED_PLACES = frozenset(row[0] for row in _ROMANISED_ROWS if len(row) == 1)
# ... and festivals spelled like a family name and a given name (Zhong Qiu, Yuan Xiao), which are
# festivals only after a word of time (during Zhong Qiu).
ROMANISED_TIMED_FESTIVALS = frozenset(row[0] for row in _ROMANISED_ROWS if row[1:] == ["after_time"])
# ... and mainland places as lower-case remarks split them into syllables (he fei, an hui, long
# gang), read so only in lower case and only where nothing says a person stands.
ROMANISED_SPLIT_PLACES = frozenset(row[0] for row in _ROMANISED_ROWS if row[1:] == ["lower_split"])

# The same peoples' name elements as pinyin exports spell them (minority_pinyin.tsv: ayiguli,
# ciren, bateer, jike): names without a Han surname in English text.
# ... and the Tibetan name elements in Latin letters (tibetan_latin.tsv: zhaxi, tashi, lhakpa,
# pingcuo), whose runs make one word a name (Pasanglhakpa, Luosangdunzhu); they are minority
# elements too.
TIBETAN_LATIN = frozenset(row[0] for row in _rows("tibetan_latin.tsv"))
# ... and the given names of China's Turkic and Mongolic peoples in Latin letters
# (turkic_mongolic_latin.tsv: tursunay, zhanibek, enkhbold, tuohuti), with their naming systems'
# endings and openings: a listed name of four letters or more with an ending after it or an
# opening before it is a given name too (tursun+jan, nurlan+bek, abdu+kerim, bat+bayar), so names
# the list lacks but the system builds are read as the listed ones are.
_TURKIC_ROWS = _rows("turkic_mongolic_latin.tsv")
_TURKIC_ENDINGS = tuple(row[0] for row in _TURKIC_ROWS if row[1] == "ending")
_TURKIC_PREFIXES = tuple(row[0] for row in _TURKIC_ROWS if row[1] == "prefix")


class _NameElements(frozenset):
    """A frozenset of lower-case name elements whose ``in`` also takes a listed element of four
    letters or more joined with a Turkic or Mongolic ending or opening (see above)."""

    def __contains__(self, w) -> bool:
        return frozenset.__contains__(self, w) or (isinstance(w, str) and _affixed_element(w))


_BASE_MINORITY = frozenset(row[0] for row in _rows("minority_pinyin.tsv")) | TIBETAN_LATIN \
    | frozenset(row[0] for row in _TURKIC_ROWS if row[1] == "given")


@lru_cache(maxsize=16384)
def _affixed_element(w: str) -> bool:
    if len(w) < 6 or not w.isalpha():
        return False
    return any(w.endswith(e) and w[:-len(e)] in _BASE_MINORITY and len(w) - len(e) >= 4
               for e in _TURKIC_ENDINGS) \
        or any(w.startswith(p) and w[len(p):] in _BASE_MINORITY and len(w) - len(p) >= 4
               for p in _TURKIC_PREFIXES)


MINORITY_PINYIN = _NameElements(_BASE_MINORITY)

# Japanese family names in Chinese characters, and the last characters of Japanese given names.
JAPANESE_FAMILY_NAMES = frozenset(row[0] for row in _rows("japanese_names.tsv") if row[1] == "family")
JAPANESE_GIVEN_ENDS = frozenset(row[0] for row in _rows("japanese_names.tsv") if row[1] == "given_end")

# Pets' labels, breeds and the words only a pet has after its name (pets.tsv: 犬名, 泰迪, 芯片号).
_PET_ROWS = _rows("pets.tsv")
PET_LABELS = tuple(w for w, kind in _PET_ROWS if kind == "label")
PET_BREEDS = tuple(w for w, kind in _PET_ROWS if kind == "breed")
PET_AFTER = tuple(w for w, kind in _PET_ROWS if kind == "after")

# Look-alikes with a shape (shaped_words.tsv, round 24): the commanderies a clan's hall is named
# after (江夏 of 江夏堂, 陇西 of 陇西堂) and the role types and posts of an opera troupe (刀马旦, 司鼓).
_SHAPED_ROWS = _rows("shaped_words.tsv")
HALL_COMMANDERIES = tuple(w for w, kind in _SHAPED_ROWS if kind == "commandery")
OPERA_ROLES = tuple(w for w, kind in _SHAPED_ROWS if kind == "role")

# Labels clerks write right before a name in rosters and logs (name_labels.tsv: 早班, 押车, 雇主):
# word -> kind (time, shift, role).
_NAME_LABEL_ROWS = _rows("name_labels.tsv")
NAME_LABELS: dict[str, str] = {row[0]: row[1] for row in _NAME_LABEL_ROWS if not row[1].startswith("field_")}
# ... and the labels of a form's fields by what their value is (the same file's second part: 住址 ->
# place, 户主 -> person, 品种 -> thing): label -> person | place | dwelling | org | thing.
FIELD_LABELS: dict[str, str] = {row[0]: row[1][6:] for row in _NAME_LABEL_ROWS if row[1].startswith("field_")}

# Words of the domain that jieba's dictionary lacks or tags as names: word -> (frequency, tag).
# ... and those of farming, husbandry, tea, bees, mushrooms, grain purchase and angling, a vocabulary of
# their own (farm_words.tsv: varieties, breeds, species, pests, inputs, tools, trade terms), read as one.
_DOMAIN_WORD_ROWS = _rows("domain_words.tsv") + _rows("farm_words.tsv")
DOMAIN_WORDS: dict[str, tuple[int, str]] = {row[0]: (int(row[1]), row[2]) for row in _DOMAIN_WORD_ROWS}
# ... and those of them that name a crop, a tree, a beast, a bird, a fish, a pest, a disease or a
# farm input (fourth column "nature": 黄牛, 柏树, 松毛虫, 白粉病): a farm office's row names them
# beside the farmer (良种补贴：〔姓名〕，柏树，6.3亩), where they are the row's field, not a person.
NATURE_WORDS = frozenset(row[0] for row in _DOMAIN_WORD_ROWS if row[3:4] == ["nature"])
# ... and those that name a thing of daily life and of the public services (fourth column "life":
# weather and disasters, the 56 peoples and their festivals, parcels and payments, dishes, fees,
# housing, illnesses and drugs, vehicles, school words, household goods: 雷暴, 回族, 蓝骑士, 钱款,
# 包心菜, 艾迪生病, 公交卡), which begin with a surname character: the surname is no name there
# (names.py _life_word_at), and a list's item that is one is no person (_nature_item).
LIFE_WORDS = frozenset(row[0] for row in _DOMAIN_WORD_ROWS if row[3:4] == ["life"])
# ... with the names of the cities' transit and citizen cards by their naming system, a city's short name
# (a province or a prefecture of places_cn.tsv) or its by-name (city_aliases.tsv: 羊城, 金陵, 盛京) + 通,
# 一卡通, 通卡 or 市民卡 (武汉通, 羊城通, 洪城一卡通): read as a person's name (武 + 汉通) where a card
# office's, a bus company's or a remark's list names them, they are things of daily life.
TRANSIT_CARDS = frozenset(
    city + suffix for city in {row[1] for row in _PLACES_CN_ROWS if row[2] in ("province", "prefecture")}
    | {row[0] for row in _rows("city_aliases.tsv")} if len(city) >= 2 for suffix in ("通", "一卡通", "通卡", "市民卡"))
LIFE_WORDS = LIFE_WORDS | TRANSIT_CARDS
# ... and those that name what a person is by their work (fourth column "job", nineteenth round:
# occupations, trades, posts and ranks that begin with a surname character: 蜂农, 白铁工, 钟表匠, 楼管),
# read as a job's noun where a person would stand (names.py _JOB_NOUNS): no name begins in them.
JOB_WORDS = frozenset(row[0] for row in _DOMAIN_WORD_ROWS if row[3:4] == ["job"])

# Given names of residents from Europe, the Americas, South Asia and the Arab world (John, Maria).
WESTERN_GIVEN_NAMES = frozenset(row[0] for row in _rows("western_given_names.tsv"))
# ... and the English given names that are everyday words too (word_given_names.tsv: Frank,
# Summer, Grace, Will), with the kind that says beside what they are a given name.
WORD_GIVEN_NAMES: dict[str, str] = {row[0]: row[1] for row in _rows("word_given_names.tsv")}

# Family names of residents spelled otherwise than in pinyin (Kim, Tanaka, Nguyen, Chan, Hsu).
FOREIGN_SURNAMES = frozenset(row[0] for row in _rows("foreign_surnames.tsv"))

# Syllables of names in Macao's, Hong Kong's, the Southeast Asian dialects' and Wade-Giles
# spelling (romanised_syllables.tsv: Ieng, Iat, Keung, Huat, Siew, Hsuan), and those of them that
# are family names there too (Sou, Ieong, Toh, Teo, Hsieh).
_SYLLABLE_ROWS = _rows("romanised_syllables.tsv")
ROMANISED_SYLLABLES = frozenset(row[0] for row in _SYLLABLE_ROWS)
ROMANISED_FAMILY_SYLLABLES = frozenset(row[0] for row in _SYLLABLE_ROWS if row[2] == "y")


# Words that end the name of an organisation or a shop (org_words.tsv): org and trade words make
# a surname before them part of that name; verb_trade words only when an org word follows them.
_ORG_ROWS = _rows("org_words.tsv")
ORG_WORDS = tuple(w for w, kind in _ORG_ROWS if kind == "org")
TRADE_WORDS = tuple(w for w, kind in _ORG_ROWS if kind == "trade")
VERB_TRADES = tuple(w for w, kind in _ORG_ROWS if kind == "verb_trade")
# ... and the heads of proper nouns (沈海 + 高速, 高思 + 教育), read only right after a candidate.
HEAD_WORDS = tuple(w for w, kind in _ORG_ROWS if kind == "head")


def surname_length(name: str) -> int:
    """1 or 2: how many leading characters of ``name`` are its surname (best guess).

    A compound surname counts only when a given name follows it: a two-character name that is
    itself a compound surname (东方) reads as surname 东 + given name 方.
    """
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return 2
    return 1

# Characters of transliterated names (Uyghur, Kazakh, Tibetan, foreign: 阿依古丽·买买提, 约翰·史密斯):
# the name detector reads a run of them on each side of a middle dot; the cue detectors keep them
# inside a dotted name read after a cue (阿不都: 都 is no stop there).
TRANSLIT_CHARS = frozenset("阿依古丽买提热合曼尔斯克木罕江娜拉巴汗吾艾迪力努尼玛扎西卓次仁旦增帕夏米吉达莉莎比亚"
                "乌穆哈德孜里布加麦托森塔伊萨苏坦瓦格桑顿珠央金姆措平多卡则图逊约翰史密特丹玉素甫"
                "亚库普赛买努尔古再娜孜帕提古丽汗别克肯塞白吐尔洪沙衣然卜都哈斯曲强洛罗旺堆宗"
                "索朗普琼白玛边欧丁奥莫林登罕纳莱伯维诺兹柯基韦乔治斐利杰菲勒瑟"
                "拜肉明不都守库班排喀夏赛吐乎地沙曼买麦合图甫素热娜孜迪卡德尔阿依撒"
                "司义山然卜牙扎汗洪巴波"
                # Russian and other European names as Chinese writes them (伊万诺夫·谢尔盖)
                "夫谢盖彼得弗历叶捷琳契科列奇汉卫马"
                # letters of Xinhua's table for Uyghur, Kazakh and Kyrgyz names the lines above lack
                # (阿不都外力, 努尔太, 木哈什, 加尔恒, 如孜, 祖丽胡玛尔, 祖丽皮亚, 凯赛尔, 图尔荪, 朱马, 居来提,
                # 阿不来提, 如仙古丽, 沙黑, 洛松, 哈那提, 热孜万古丽, 麦麦提敏),
                # for Mongolian names (朝鲁, 宝音, 额尔敦, 陶格斯, 斯琴, 毕力格, 旭仁, 包布和, 赉, 格日乐),
                # and 尕 of Gansu and Qinghai names (马尕西木)
                "杜恒太什外如祖凯荪胡居朱哲雅耶尤鲁伍根恩乃温希孟珍嘎贡俄"
                "朝宝音额敦陶琴楞策敖毕旭娃包赉尕皮来仙黑松那万敏乐"
                # sixteenth round: letters of the same table for hai, qa, ni, ru, kun, ya, tie, tai (海力力, 铁木尔, 阿曼泰,
                # 艾海提, 恰合巴依, 努尔妮萨, 茹仙古丽, 亚力坤, 热孜娅)
                "海恰妮茹坤娅铁泰"
                # round 28 (mi28): letters of the same table for zo, shaw, kai, qi, shu (佐赫热 Zohre,
                # 肖开提 Shawket, 开赛尔 Qeyser, 其曼古丽 Chimengül, 舒库尔 Shükür); not 安 of 安尼瓦尔 Anwar: with
                # 罗 and 江 it made the place 罗安江 a name; not 日 of 佐日古丽: a date's 日 ran into the name
                # after it (２月２１日 + 琼达米玛: tuned-30)
                "佐肖开其舒")

# Syllables of Dai given names as Yunnan's registers write them after the prefix 岩 (a man), 玉
# (a woman), 依, 咪 or 波 (玉南坎, 玉甩当, 岩光南, 岩罕叫, 依香罕): a name of a prefix and two of
# these is read whole, though its last character ends no Han given name (联系人玉甩当: not 玉甩).
# (召 of a noble house and 约 of a young man in Dehong too, twentieth round: 召相当, 约坎远)
DAI_PREFIX_CHARS = "岩玉依咪波召约"
DAI_SYLLABLES = frozenset("罕温香南坎叫应光庄帕扁甩当保板旺丙尖恩胆嫩章糯伦涛拉喃捧囡哏腊丢燕扫"
                          "占宰论龙乱发别哈翁听远相嘎喊闷乃曼儿万约三依的波坦亮拽吨")

# Syllables of Hani, Lisu, Lahu and Yi names of Yunnan's registers after a Han surname (twentieth
# round): the patronymic chain links a child's name to the father's last syllable (卢者布 of a
# father ...者, 李扎窝, 车批者), or a birth-order syllable stands (熊约三): a surname and two of these
# is one name (names._patronymic_hits; detectors keep it whole after a cue, 亲属李扎窝).
PATRONYMIC_SYLLABLES = frozenset("者扎窝布黑约批然斗嘎普朗优收咀搓波鲁扒则期确才三四二六七咪车沙阿妹撒")

# Syllables of Hani names written with no Han surname (twenty-first round): the linked name of
# three syllables alone, the son's first the father's last (父拉车波，子波…; 批拉收, 收收普, 咪咪黑, 斗车朗),
# as Honghe's and Xishuangbanna's registers write it. The patronymic syllables above but the birth
# order's numerals, and syllables of Hani names no Han given name uses; a run of three of them in a
# person's place is one name (names._hani_linked_hits).
HANI_SYLLABLES = (PATRONYMIC_SYLLABLES - frozenset("三四二六七")) | frozenset("拉松诺苦梭坡博贝腊秋堵奇么娘期切努合龙卡乌竜")

# Slots of given names in the naming systems of the south-west's and the south's minorities
# (minority_given.tsv, round 24): the prefixes of sex, birth order and kinship that open a given name
# after a Han surname (赵 + 岩块, 黄 + 妹二, 符 + 亚和), those of sex that open one with no surname (叶 +
# 块坎: the Wa's, beside DAI_PREFIX_CHARS), and the syllables of such names (the Wa's, with the Dai,
# patronymic and Hani ones above): names.minority_name_end reads them.
_MINORITY_GIVEN_ROWS = _rows("minority_given.tsv")
MINORITY_PREFIXES = frozenset(row[0] for row in _MINORITY_GIVEN_ROWS if row[2] == "prefix" and row[1] != "korean")
SEX_PREFIXES = frozenset(row[0] for row in _MINORITY_GIVEN_ROWS if row[2] == "prefix" and row[1] in ("wa", "lahu")) \
    | frozenset(DAI_PREFIX_CHARS)
MINORITY_SYLLABLES = frozenset(row[0] for row in _MINORITY_GIVEN_ROWS if row[2] == "syllable" and row[1] != "korean") \
    | DAI_SYLLABLES | PATRONYMIC_SYLLABLES | HANI_SYLLABLES
MINORITY_SURNAMES = frozenset(row[0] for row in _MINORITY_GIVEN_ROWS if row[2] == "surname")

# Manchu clan names (twentieth round), written before a Han given name with a middle dot as Manchu
# descendants register them (叶赫那拉・昊宇, 富察•启明): clan, dot and a given name of one or two
# characters are one name (names._manchu_hits; the cue detectors keep two characters after the dot).
MANCHU_CLANS = frozenset("""爱新觉罗 叶赫那拉 叶赫纳兰 纳兰 瓜尔佳 钮祜禄 钮钴禄 他塔拉 赫舍里 舒穆禄 伊尔根觉罗 西林觉罗
乌拉那拉 辉发那拉 富察 马佳 章佳 索绰罗 那拉 董鄂 郭络罗 佟佳 完颜 萨克达 伊拉里 乌雅 喜塔腊 兆佳 觉罗 鄂卓
纳喇 富察氏 索佳 图们 颜扎 齐佳""".split())

# Who is private in a public notice (notice_roles.tsv): the honours of private life (最美家庭, 文明户,
# 身边好人), whose holders stay private in a commendation, and the teams whose members are officials
# in their public work (驻村工作队, 评议小组), beside which any other team's members are private, and
# the words of a notice that proposes to hire (拟录用, 拟聘用), whose candidates are private.
_NOTICE_ROLE_ROWS = _rows("notice_roles.tsv")
PRIVATE_HONOURS = tuple(row[0] for row in _NOTICE_ROLE_ROWS if row[1] == "honour")
OFFICIAL_TEAMS = tuple(row[0] for row in _NOTICE_ROLE_ROWS if row[1] == "team")
RECRUIT_WORDS = tuple(row[0] for row in _NOTICE_ROLE_ROWS if row[1] == "recruit")
NOTICE_PARTY_ROLES = tuple(row[0] for row in _NOTICE_ROLE_ROWS if row[1] == "party")   # (异议人, 被公示人)
ADMIT_STAGES = tuple(row[0] for row in _NOTICE_ROLE_ROWS if row[1] == "admit")   # (发展对象, 预备党员)
AID_ROW_WORDS = tuple(row[0] for row in _NOTICE_ROLE_ROWS if row[1] == "aid")   # (低保, 护林员, 边民补助)

# Nouns of a private person's role in service records, written right before a name (service_roles.tsv:
# 骑手, 送餐员, 查勘员 who work for a firm or a household; 住客, 患者, 其妻 whom a record is about).
_SERVICE_ROLE_ROWS = _rows("service_roles.tsv")
SERVICE_WORK_ROLES = tuple(row[0] for row in _SERVICE_ROLE_ROWS if row[1] == "work")
SERVICE_PARTY_ROLES = tuple(row[0] for row in _SERVICE_ROLE_ROWS if row[1] == "party")

# One-character verbs that coin a person's role with their object and an agent suffix (agent_verbs.tsv:
# 采 + 砂 + 人, 售 + 棉 + 人, 养 + 蚕 + 户; round 24, gw24): names.py _formed_role_before.
AGENT_VERBS = frozenset(row[0] for row in _rows("agent_verbs.tsv"))

# The words of a notice's title that say its list names private persons (notice_lists.tsv: 补贴发放,
# 名单, 交售户, 实名登记, 违法曝光; round 24): names.py _listed_person reads them.
NOTICE_LIST_WORDS = tuple(row[0] for row in _rows("notice_lists.tsv"))

# Round 25, en25: China's places romanised in one word (romanised_divisions.tsv: the divisions of
# cpca's table in pinyin, the rivers, lakes, mountains and scenic areas, Urumqi, Tsingtao) and the
# things and brands English text writes in pinyin (pinyin_things.tsv: Jiaozi, Guzheng, Bai Di,
# Zha Jinhua; pinyin_brands.tsv: Huawei, Wuling, King Long), by their lower-case spelling. A
# spelling that is also a family name (Puyang, Dongfang, Xiao), a minority's given name (Danba,
# Nima) or a western given name (Ali) is left out: names.py reads those as names.
def _romanised_words(*filenames: str) -> frozenset[str]:
    out = set()
    for filename in filenames:
        for row in _rows(filename):
            w = row[0].lower()
            out.update((w, w.replace("'", "")))     # Xi'an and Xian (a family name is dropped below)
    return frozenset(w for w in out if w not in PINYIN_SURNAMES and w not in MINORITY_PINYIN
                     and w not in TIBETAN_LATIN and w not in WESTERN_GIVEN_NAMES)


ROMANISED_DIVISIONS = _romanised_words("romanised_divisions.tsv")
# ... and every spelling of that list, family names and given names too (Deqing, Puyang), read as a
# place only where a place's slot holds it (in brackets after a firm, after place=, of, in, at:
# names.py _without_split_places; round 29, en29).
ROMANISED_DIVISION_SPELLINGS = frozenset(row[0].lower().replace("'", "") for row in _rows("romanised_divisions.tsv"))
PINYIN_THINGS = _romanised_words("pinyin_things.tsv", "pinyin_brands.tsv")

# The Jingpo's naming system (jingpo_names.tsv, round 25, helper mi25): a clan, a birth-order name
# and a given syllable (勒排 + 锐 + 干, 木然 + 路 + 卡, 排 + 腊 + 甘): names.jingpo_name_length reads it.
_JINGPO_ROWS = _rows("jingpo_names.tsv")
JINGPO_NAME_CLANS = frozenset(row[0] for row in _JINGPO_ROWS if row[1] == "clan")
JINGPO_ORDER = frozenset(row[0] for row in _JINGPO_ROWS if row[1] == "order")
JINGPO_CLOSING = JINGPO_ORDER | frozenset(row[0] for row in _JINGPO_ROWS if row[1] == "given")

# Names of religion (经名) of the Hui and the other Muslim peoples (religion_names.tsv, round 25):
# names._religion_name_hits reads them alone in a person's place.
RELIGION_NAMES = frozenset(row[0] for row in _rows("religion_names.tsv"))

# Surnames of the Hui and the other Muslim peoples (hui_surnames.tsv, round 25): names._hui_surname_hits
# reads one with a Han given name in a person's context (喇长晨, 海保国（经名…）).
HUI_SURNAMES = frozenset(row[0] for row in _rows("hui_surnames.tsv"))

# Rare surnames that are common characters (common_character_surnames.tsv; round 26, helper mi26):
# names.minority_surname_misread reads no name from one where it begins a word (户均, 京东, 竹林).
COMMON_CHARACTER_SURNAMES = frozenset(row[0] for row in _rows("common_character_surnames.tsv"))

# The Dai houses' surnames and the Korean-Chinese given names' first syllable 在 and second
# syllables (minority_given.tsv, rows house and korean; round 25): names._dai_house_hits and
# names._korean_given_hits read them.
DAI_HOUSES = frozenset(row[0] for row in _MINORITY_GIVEN_ROWS if row[2] == "house")
KOREAN_GIVEN_FIRST = frozenset(row[0] for row in _MINORITY_GIVEN_ROWS if row[1] == "korean" and row[2] == "prefix")
KOREAN_SYLLABLES = frozenset(row[0] for row in _MINORITY_GIVEN_ROWS if row[1] == "korean" and row[2] == "syllable")

# Round 26, en26: the readings of polyphonic characters that text_unidecode's one-reading table
# leaves out (pinyin_readings.tsv: 参 shen, 柏 bai, 堡 bu): names._pinyin_word_keys spells the
# lexicon's words in each of them (Dang Shen, Ce Bai are words, not a family and a given name).
PINYIN_READINGS: dict[str, tuple[str, ...]] = {row[0]: tuple(row[1].split()) for row in _rows("pinyin_readings.tsv")}

# The Korean-Chinese naming system (korean_names.tsv; round 27, helper mi27): family names and the
# syllables of given names, a family name and two syllables being one name (全 + 顺姬, 赵 + 镇宇).
_KOREAN_NAME_ROWS = _rows("korean_names.tsv")
KOREAN_FAMILY_NAMES = frozenset(row[0] for row in _KOREAN_NAME_ROWS if row[1] == "surname")
KOREAN_NAME_SYLLABLES = frozenset(row[0] for row in _KOREAN_NAME_ROWS if row[1] == "given")

# Characters that head the name of a made thing, a document, a room, a material, a crop or a
# chemical (thing_heads.tsv: 床, 帖, 房, 角, 证, 氮): after a surname and one more character they
# end a thing's name (杨木床, 龙凤帖), not a given name (round 27, dw27).
THING_HEADS = frozenset(row[0] for row in _rows("thing_heads.tsv"))

# Crops by their common names (crops.tsv: the main crops and the national register's 29 species),
# before which a variety's name stands (华冠番茄, 金帅苹果): round 27, dw27.
CROPS = tuple(sorted((row[0] for row in _rows("crops.tsv")), key=len, reverse=True))

# The Yi naming system (yi_names.tsv; round 28, helper mi28): the clans (家支) of Liangshan and the
# syllables of personal names, a clan and two syllables being one name (曲比 + 色日, 马海 + 有哈).
_YI_NAME_ROWS = _rows("yi_names.tsv")
YI_NAME_CLANS = frozenset(row[0] for row in _YI_NAME_ROWS if row[1] == "clan")
YI_NAME_SYLLABLES = frozenset(row[0] for row in _YI_NAME_ROWS if row[1] == "syllable")

# Surnames of the south's peoples that surnames.tsv reads as function words (south_surnames.tsv; round 28,
# helper mi28: 盘 of the Yao, 禄 of the Yi): names._hui_surname_hits reads them as it reads the Hui's.
SOUTH_SURNAMES = frozenset(row[0] for row in _rows("south_surnames.tsv"))

# Dog and cat breeds by their English names (breeds.tsv: the kennel clubs' and cat fanciers'
# registers): a Latin reading that is a breed is the animal (round 28, en28).
BREEDS = tuple(sorted((row[0] for row in _rows("breeds.tsv")), key=len, reverse=True))

# A character's reading by the pinyin collation where text_unidecode's table gives another (汉 han,
# not yi; 广 guang, not yan): pinyin_collation_readings.tsv, round 28 (en28).
PINYIN_COLLATION_READINGS: dict[str, str] = {row[0]: row[1] for row in _rows("pinyin_collation_readings.tsv")}

# The goods, species, documents and terms of the trades' ledgers (trade_goods.tsv: 乔木, 杨木单板, 高羊茅,
# 马立克, 入库单, 违章押金, 种植体, 平车, 余药): word -> kind (round 28, tw28).
TRADE_GOODS = {row[0]: row[1] for row in _rows("trade_goods.tsv")}

# The kinds a trade deals in by the variety or the grade (kind_nouns.tsv: 竹, 砂, 石, 茶, 桑, 麻), and the
# nouns of goods a make or a type is written right before (product_nouns.tsv: 太阳镜, 镜片, 发动机,
# 排版, 蚕种): round 29, vb29.
KIND_NOUNS = frozenset(row[0] for row in _rows("kind_nouns.tsv"))
PRODUCT_NOUNS = tuple(sorted((row[0] for row in _rows("product_nouns.tsv")), key=len, reverse=True))

# The parts of a milk name of a prefix and one character (milk_name_parts.tsv, round 28: 幺妹, 细伢,
# 阿珍, 二华, 毛狗): the prefixes of a sibling's rank, of endearment, and the pet words that end one.
_MILK_PARTS = [(row[0], row[1]) for row in _rows("milk_name_parts.tsv")]
MILK_RANKS = frozenset(p for p, kind in _MILK_PARTS if kind == "rank")
MILK_ENDEARS = frozenset(p for p, kind in _MILK_PARTS if kind == "endear")
MILK_PETS = frozenset(p for p, kind in _MILK_PARTS if kind == "pet")
MILK_KIN = frozenset(p for p, kind in _MILK_PARTS if kind == "kin")
