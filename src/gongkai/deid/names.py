"""Person names in free text, with or without a cue word: 由张伟领取, collected by Wang Wei.

The cue-based detectors (:mod:`gongkai.deid.detectors`) find a name after 户主, 代领人 or a
relative word. This module finds the names they cannot: a surname from the inventory
(``surnames.tsv``: single and compound surnames with their frequencies) followed by one or two
given-name characters, in any sentence. The evidence, by class:

* **given names**: ``given_chars.tsv`` weighs given-name characters by position (小, 二, 晓 begin
  given names, 生, 娣, 柱 end them: 王小 is no name, 王小明 is); a character that the lexicon
  hardly uses (垚, 喆, 珩: at most ``RARE_CHAR_WORDS`` words) counts as a given-name character;
  after a surname that is rarely anything else, a word is a given name too (谭民主, 黄满仓:
  names of their years); 来, 和, 向, 家 begin given names when the next character ends one
  (来旺, 和平, 家豪);
* **a lexicon**: the word list and frequencies that ship inside the ``jieba`` package
  (``dict.txt``; nothing is downloaded). A surname character that begins a common word
  (王国, 高速, 方案, 周边, 黄金) or ends a noun or a trade (胡辣汤, 五金) does not start a name,
  and a given-name character that begins a frequent next word (高凯 + 夫妇) is not taken into
  the name;
* **organisations and places**: a candidate followed, within a few characters, by an
  organisation, shop or trade word (``org_words.tsv``: 实业有限公司, 经营部, 烧饼, 五金) or by a
  place's last character (张店区, 李村, 中山路, 邹平金龙镇, 赵登禹路), a village built on a family
  (王家洼, 李家河), a place name of the lexicon before the surname (平阴 + 明水) and a surname
  inside a shop's trade (王记胡辣汤) are not persons; nor are a surname with a title (王师傅,
  刘主任), a nickname (老黄, 小王) or an anonymised form (王某, 李某某);
* **context**: words that announce a person (当事人, 经营者, 诉求人, 邻居, 户名为, 女婿, 约谈 ...
  before; 同志, 先生, 本人, 之子 ... after) let a name through with rarer given-name characters or
  a surname that is also a common word; so does what only a person does right after a name
  (未到场, 独自, 于2025年…死亡, （户主）, （3人）, 等3人, 系兄弟, an amount in a list), and a
  list whose neighbouring item is a name (张伟、李娜; 〔姓名〕，向海涛);
* **given names that are words** (``given_words.tsv``: 建国, 解放, 石头, 金花) after a surname at
  the edge of a phrase; **names without a surname**: Tibetan and Mongolian names as two name
  elements (``tibetan_names.tsv``: 扎西平措) and transliterated names with a middle dot
  (阿依古丽·买买提);
* **not persons**: China's cities and counties (the table of divisions inside the ``cpca``
  package: 在邹平务工), public figures in commemorative phrases (学雷锋, 焦裕禄精神), the shop
  where one buys (在许留山购买), capital numerals (伍佰元), solar terms (谷雨), a surname inside a
  frequent compound (穆斯林), a list of plain words (方正、简洁).

When the characters alone cannot decide (a weak given-name character, a surname that is also a
word, no cue), jieba's part-of-speech tagger (tag ``nr``, an HMM whose model ships in the
package) has the last word; it runs only on those few candidates, on a window around them.
English-language text is read for titles (Mr/Ms/Mrs, Teacher, Doctor: a title with a surname
alone is kept, as 王先生 is), role words (contact:, collected by, applicant ...), "Family, Given"
(Zhang, Wei) and capitalised pinyin pairs in both orders (Wang Wei, Xiuying Li, LYU Qiuju,
Xiu-ying Zheng, Wang Xiu Ying) that are not followed by a place or company word or by any
capitalised word that is not pinyin or names a venue or a dish (Zhou Ji Dumplings, Tang Shan
Steel, Wu Ying Gate, Zhang Liang Malatang); Wang Mou is 王某.

``public_names`` is declared per field in the schema. ``True`` (a 个体工商户 trading under its
operator's name) turns off the detection of uncued names; ``"officials"`` (:data:`OFFICIALS`, the
gazettes) finds names as in any field and keeps those of officials in their posts, of a
document's signatories and of the persons a commendation names (:func:`_official_context`). In
both, names after a cue word that marks a private person (代领人, 户主, 联系人 ...) are found.

:data:`NAME_PREFILTER` is the cheap first pass for columns: a value without a surname character
followed by a Chinese character, and without a capitalised word pair or a title, holds no name
this module can find.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from functools import lru_cache
from importlib import resources

from ._names import (ADDRESS_TITLES, ADVERBS_AFTER_TITLE, BRANDS, MARKED_BRANDS, COMPOUND_SURNAMES, DOMAIN_WORDS, FIGURES, HERBS, LIFE_WORDS, NATURE_WORDS,
                     ELEMENT_FIRST, ELEMENT_LENGTHS, name_element_length,
                     FAMILIAR_PREFIXES, FOREIGN_SURNAMES, ROMANISED_SYLLABLES, ROMANISED_FAMILY_SYLLABLES,
                     FUNCTION_SURNAMES, GIVEN_CHARS, GIVEN_FIRST, GIVEN_LAST, GIVEN_WORDS,
                     JAPANESE_FAMILY_NAMES, JAPANESE_GIVEN_ENDS, KIN_TITLES, MARKED_DOTS, NAME_LABELS, FIELD_LABELS,
                     MINORITY_PINYIN, NAME_DOTS, NAME_ELEMENTS, NAME_SURNAMES, ORG_WORDS, PET_AFTER, PET_BREEDS, PET_LABELS,
                     PINYIN_SURNAMES, TIBETAN_LATIN, DAI_SYLLABLES, PATRONYMIC_SYLLABLES, HANI_SYLLABLES, MANCHU_CLANS,
                     MINORITY_PREFIXES, MINORITY_SURNAMES, MINORITY_SYLLABLES, SEX_PREFIXES,
                     PLACE_NAMES, KNOWN_PLACES, EXPRESSWAYS, EXPRESSWAY_LENGTHS, ROMANISED_PLACES, ROMANISED_SPLIT_PLACES, ROMANISED_TIMED_FESTIVALS,
                     SHORT_TITLES, SURNAME_TABLE, POST_TITLES_ENGLISH, TRADE_WORDS, TRANSLIT_CHARS, VERB_TRADES,
                     WESTERN_GIVEN_NAMES, WORD_GIVEN_NAMES, WORD_SURNAMES)
from ._names import COMMON_CHARACTER_SURNAMES   # common_character_surnames.tsv (round 26)
from ._names import KOREAN_FAMILY_NAMES, KOREAN_NAME_SYLLABLES   # korean_names.tsv (round 27)
from ._names import YI_NAME_CLANS, YI_NAME_SYLLABLES   # yi_names.tsv (round 28)
from ._names import SOUTH_SURNAMES   # south_surnames.tsv (round 28)
from ._names import DAI_HOUSES, DAI_PREFIX_CHARS, HUI_SURNAMES, KOREAN_GIVEN_FIRST, KOREAN_SYLLABLES, JINGPO_NAME_CLANS, JINGPO_CLOSING, JINGPO_ORDER, RELIGION_NAMES   # jingpo_names.tsv, religion_names.tsv (round 25)
from ._names import WISH_NAMES   # wish_names.tsv: 来娣, 满囤, 丰年, 拴柱 (where a given name ends)
from ._names import HEAD_WORDS
from ._names import POST_TITLES
from ._names import CROPS   # crops.tsv (round 27)
from ._names import BREEDS   # breeds.tsv (round 28)
from ._names import THING_HEADS   # thing_heads.tsv: 床, 帖, 房, 证 (round 27)
from ._names import TRADE_GOODS   # trade_goods.tsv: 乔木, 高羊茅, 入库单, 种植体 (round 28)
from ._names import KIND_NOUNS, PRODUCT_NOUNS   # kind_nouns.tsv, product_nouns.tsv (round 29)
from ._names import MEDICINES   # medicines.tsv: medicines clerks name (白加黑, 蒙脱石散), read as brands
from ._names import ADMIT_STAGES, AID_ROW_WORDS, NOTICE_PARTY_ROLES, OFFICIAL_TEAMS, PRIVATE_HONOURS, RECRUIT_WORDS   # notice_roles.tsv: who is private in a notice
from ._names import NOTICE_LIST_WORDS   # notice_lists.tsv: a notice's title that lists private persons
from ._names import SERVICE_PARTY_ROLES, SERVICE_WORK_ROLES   # service_roles.tsv: role nouns before a name
from ._names import JOB_WORDS   # domain_words.tsv, kind job: occupations read as a job's noun
from ._names import PINYIN_THINGS, ROMANISED_DIVISIONS   # romanised_divisions.tsv, pinyin_things.tsv, pinyin_brands.tsv (round 25)
from ._names import ROMANISED_DIVISION_SPELLINGS   # romanised_divisions.tsv, every spelling (round 29)
from ._names import PINYIN_READINGS   # pinyin_readings.tsv: 参 shen, 柏 bai (round 26)
from ._names import PINYIN_COLLATION_READINGS   # pinyin_collation_readings.tsv: 汉 han (round 28)
from ._names import AGENT_VERBS   # agent_verbs.tsv: 采, 售, 养 (采砂人, 售棉人, 养蚕户: a coined role)
from ._setup_cache import on_disk   # the lexicon and its derived sets kept on disk between runs (speed)
from ._names import HALL_COMMANDERIES, OPERA_ROLES   # shaped_words.tsv: 江夏 (堂), 刀马旦 (round 24)
from ._names import ROMANISED_FIGURES   # romanised_figures.tsv: Sun Yat-sen, Lei Feng (round 20)
from ._names import MILK_ENDEARS, MILK_KIN, MILK_PETS, MILK_RANKS   # milk_name_parts.tsv: 幺/细/阿 + 囡/伢/珍 (round 28)
from .detectors import Hit
from .detectors import DAI_TITLES, dai_titled, element_run   # (twenty-first round: 康朗坎保)
from ..text import TRAD_TO_SIMP, fold
from ..extract.parsers import DOC_YEAR_RE, doc_number_spans   # 文号: one home (round 28, tw28)

__all__ = ["find_names", "redact_names", "may_hold_name", "NAME_PREFILTER", "DETECTOR",
           "LATIN_DETECTOR", "PLACEHOLDER", "series_name_hits", "redact_with", "redact_personal"]

DETECTOR = "person_name_text"          # a name in Chinese text found without a cue list
LATIN_DETECTOR = "person_name_latin"   # a pinyin / English-order name
PLACEHOLDER = "〔姓名〕"

_CJK = "\u4e00-\u9fff"
_SINGLE = "".join(sorted(NAME_SURNAMES | WORD_SURNAMES | FUNCTION_SURNAMES))
_SINGLE_SET = frozenset(_SINGLE)   # (for membership; the string builds the patterns)

# A lexicon word of at least this frequency (jieba's dict.txt counts) is a word, not the start of
# a name, whatever its tag: 文明 (6584) and 王府 (1251) are tagged nr there; 刘家庄 (3) too.
LEXICON_WORD_MIN = 20
# A given-name character of at least this weight (given_chars.tsv) is enough without a cue for a
# surname that also begins everyday words (高, 方, 周, 黄 ...).
STRONG_GIVEN = 2
# ... and the weight of the most used given-name characters (强, 涛, 兵, 梅: given_chars.tsv's 3).
TOP_GIVEN = 3

# Characters that end a name: particles, prepositions, verbs that follow a subject.
_STOP = set("的了在于和与及或等是为被把向从到对将已也都就又还再并且而但因所以之其这那此该各每某未没"
            "称说讲问看见去来回住领交给让请由经按据自共同每号元个位名人户家中内外上下前后系"
            "，。；：、（）()[]【】〔〕《》“”‘’\"' \t\n,.;:!?！？·")
# A number or a demonstrative before a surname character makes it a measure word (5张表, 三张,
# 这张照片, 每张).
_NUMERALS = set("0123456789一二三四五六七八九十两几数百千万半每这那哪此该各某多") | set("零壹贰叁肆伍陆柒捌玖拾佰仟")
# The capital numerals of amounts (人民币伍仟叁佰元整): 伍 and 陆 are surnames too.
_CAPITAL_NUMERALS = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
# An amount written in capital numerals (贰佰元整, 壹万伍仟圆): at least one digit or unit of the capital
# system (万 and 零 alone are common given-name and word characters) and the currency after them.
_CAPITAL_AMOUNT_RE = re.compile("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[壹贰叁肆伍陆柒捌玖拾佰仟][零壹贰叁肆伍陆柒捌玖拾佰仟万亿]*[元圆]")
# Words before a brand's name in market supervision's records (销售假冒王致和腐乳).
_BRAND_BEFORE_RE = re.compile(r"(?:假冒|冒用|仿冒|标注为|标称|标识为|商标为|品牌为|牌号为)$")
# A field's label that names a thing or a firm, then its colon (品种：黄华占；, 设备品牌：惠达；, 保险公司：
# 农银人寿；, 告别厅：怀思堂): the field's value is what the label names, not a person, when it
# ends the field within a few characters (a person's label, 经营者： or 联系人：, is no such label).
_THING_FIELD_LABEL_RE = re.compile("(?:品种|犬种|品名|品牌|型号|车型|机型|规格|商品|产品|药品|菜品|作物|险种|厂家|厂商|"
                                   "制造商|运营商|维保单位|施工单位|承建单位|生产单位|物业公司|保险公司|快递公司|"
                                   "物流公司|酒店|宾馆|景区|场馆|站点|驿站|药店|告别厅|墓区|设备|机具|船名"
                                   # (a sport or a course a list is for: 项目：毛毽, 石锁; round 19)
                                   "|项目)(?:名称)?[:：]$")
THING_FIELD_VALUE_MAX = 8
_THING_FIELD_VALUE_RE = re.compile(f"[{_CJK}A-Za-z0-9-]{{2,{THING_FIELD_VALUE_MAX}}}(?=$|[，,。；;、 \t）)|/\n])")

# The staff a firm sends to a repair, a rescue or a claim, after 由, 经 or 委托 and the firm's name
# (由奥的斯维保人员救出, 经东方有线装维人员检测, 委托人保查勘员): a person's name comes after such a
# noun (维修人员张伟), not before it.
_FIRM_STAFF_AFTER_RE = re.compile("(?:维保|维修|检修|技术|装维|救援|售后|安装|巡检)人员|查勘员|理赔员")
_FIRM_STAFF_FIRST = frozenset("维检技装救售安巡查理")
FIRM_RUN = 2      # characters of the firm's name before a candidate inside it (由申 + 龙救援人员)


def _firm_staff_sent(t: str, i: int, j: int) -> bool:
    """Is the candidate at ``t[i]`` (its given name at ``t[j]``) a firm's name, or inside one, between
    由, 经 or 委托 and the staff the firm sent (由康力 + 维保人员, 经东方有线装维人员; not 经理王伟, 由于)?"""
    if not any(k < len(t) and t[k] in _FIRM_STAFF_FIRST and _FIRM_STAFF_AFTER_RE.match(t, k)
               for k in (j, j + 1, j + 2)):
        return False
    for p in range(i - 1, max(-1, i - 2 - FIRM_RUN), -1):
        if (t[p] in "由经" and not _is_word(t[p:p + 2])) or t.endswith("委托", 0, p + 1):
            return True
        if not _is_cjk(t[p]) or t[p] in _STOP:
            return False
    return False

# What a school, a studio or a gym teaches, after the name it trades under (高思 + 教育, 杨丽萍 +
# 舞蹈, 金吉鸟 + 健身): a firm when the sentence speaks of a firm's dealings, a course bought, paid
# for or refunded (报名, 退费, 课时, 预付卡, 门店, 机构); 李明 + 编程比赛获奖 has none and is a person,
# as is one whose marks, teacher or child the course word begins (王芳英语成绩, 张伟教育孩子).
_COURSE_TRADE_RE = re.compile("(?:教育|英语|舞蹈|健身|编程|美术|书法|钢琴|口才|跆拳道|早教"
                              # (the arts and science courses of the non-academic out-of-school
                              # training catalogue, 非学科类校外培训 文化艺术类, 科技类: 乐高搭建课程)
                              "|搭建|机器人|创客|航模|围棋|象棋|声乐|播音|街舞|拉丁舞|芭蕾|古筝|吉他|小提琴"
                              "|架子鼓|素描|国画|珠心算)"
                              "(?!成绩|水平|考试|竞赛|比赛|作业|老师|教师|教练|孩子|子女|儿子|女儿|学生|他|她)")
_COURSE_TRADE_FIRST = frozenset("教英舞健编美书钢口跆早搭机创航围象声播街拉芭古吉小架素国珠")
_FIRM_DEALINGS_RE = re.compile("报名|退费|退课|课时|预付卡|门店|机构|加盟|闭店|停课|跑路|续费|办卡|会员卡"
                               # (a course taught, stopped or moved to another school: 授课老师离职后课
                               # 停了, 问能否转到杨梅红美术继续上; a refund or a false advert)
                               "|授课|上课|课停|转到|转至|继续上|学费|报班|试听|退款|虚假宣传|校区|学员"
                               # (a school's licence, staff and classes as an inspection writes them:
                               # 检查对象：尚学教育, 尚学教育开设成长营班, 任教尚学教育)
                               "|招生|开设|开班|办学|任教|师资|检查对象|许可证|资格证")
COURSE_NAME_RUN = 2   # characters of the trade name after the surname before the course word (金吉 + 鸟)


def _course_firm(t: str, i: int, j: int) -> bool:
    """Is the candidate at ``t[i]`` (its given name at ``t[j]``) the name a school, a studio or a
    gym trades under, a course word after it (高思 + 教育) and a firm's dealings in its sentence
    (报名, 退费), no cue of a person before it (家长王芳英语…)?"""
    k = next((k for k in range(j + 1, min(len(t), j + 1 + COURSE_NAME_RUN))
              if t[k] in _COURSE_TRADE_FIRST and _COURSE_TRADE_RE.match(t, k)), None)
    if k is None or not all(_is_cjk(c) for c in t[j:k]) or _any_cue_before(t, i):
        return False
    start = max(t.rfind(c, 0, i) for c in "。！？!?\n") + 1
    stop = min((x for x in (t.find(c, k) for c in "。！？!?\n") if x >= 0), default=len(t))
    return _FIRM_DEALINGS_RE.search(t, start, stop) is not None


# The endings of the generic names of medicines, Chinese renderings of their international stems
# (阿莫 + 西林, 依那 + 普利, 雷贝 + 拉唑, 厄贝 + 沙坦, 阿奇 + 霉素): a candidate that such an ending
# ends or runs on into, after the medicine's first characters (阿 + 莫西林, 依那 + 普利) or from its
# own second character on (雷贝 + 拉 + 唑), is part of a medicine's name.
_DRUG_STEM_RE = re.compile("西林|沙坦|普利|拉唑|霉素|沙星|地平|洛尔|他汀|替丁|培南|洛韦|他韦|替尼|单抗|昔布|西泮|"
                           "唑仑|康唑|硝唑|卡因|沙班|格雷|列净|列汀|曲坦|司琼|环素|米星|法林|他嗪|利嗪")
_DRUG_STEM_FIRST = frozenset("西沙普拉霉地洛他替培单昔唑康硝卡格列曲司环米法利")


def _in_medicine_name(t: str, i: int, end: int) -> bool:
    """Does a medicine's ending (see _DRUG_STEM_RE) begin inside the candidate ``t[i:end]`` or right
    after it and reach its end, the candidate being part of the medicine's name (阿莫西林, 依那普利,
    曲美 + 他嗪)? An ending from the candidate's first or second character needs the medicine's
    first characters before it, no cue there (患者王普利 is a person) and no word ending there but
    the medicine's (依 + 那: 那 alone would be "that")."""
    for k in range(i, min(end + 1, len(t))):
        if t[k] in _DRUG_STEM_FIRST and _DRUG_STEM_RE.match(t, k) and k + 2 >= end:
            if k >= i + 2:
                return True
            return i > 0 and _is_cjk(t[i - 1]) and not _any_cue_before(t, i) \
                and (t[i - 1] not in _STOP or i > 1 and _is_cjk(t[i - 2]) and not _is_word(t[i - 2:i]))
    return False


# Round 20: medicines as remarks name them. medicines.tsv lists them by classification (read with the
# brands: _brand_at); the dosage form that ends a medicine's name is a rule, for those no list holds
# (桑菊感冒片, 蒙脱石散, 某某颗粒, 某某口服液): a stem of two characters or more from the candidate on,
# then the form, then the end of the item (a stop, a list's 、, a count, 到货, 过敏). A one-character form
# (片 丸 散 膏) counts where it makes no word with the character before it (照片, 解散, 牙膏, 药丸 are
# words); 丹, 露, 贴 and 汤 end given names or words too often to be read alone (王丹, 白露, 张贴).
_DOSAGE_FORMS = ("片", "丸", "散", "膏", "胶囊", "颗粒", "口服液", "口服溶液", "注射液", "冲剂", "糖浆", "合剂",
                 "酊", "搽剂", "洗剂", "凝胶", "滴眼液", "滴耳液", "滴鼻液", "喷雾剂", "气雾剂", "栓", "混悬液",
                 "贴剂", "贴膏", "滴丸", "含片")
_DOSAGE_LAST = frozenset(f[-1] for f in _DOSAGE_FORMS)
MEDICINE_RUN_MAX = 12  # the longest medicine's name the rule reads (潘高寿蜜炼川贝枇杷膏 is 10)
# What a person does with a medicine right after the name (王芳购 + 片仔癀, 李强服 + 感冒片): no
# medicine's name runs over these.
_MEDICINE_ACTS = frozenset("购买服取领配吃拿送给带换开用予")
# What may follow a medicine's name in a remark: a list's separator, a count, what is done with it.
_MEDICINE_TAIL_RE = re.compile("[、和及与或等各每共一二两三四五六七八九十半]|到货|缺货|断货|过敏|停用|停服|用完|服用|口服|"
                               "外用|治疗|规律|间断|按时|未按|早晚|每日|每天|一日|一天|暂停|已")


def _dosage_medicine_at(t: str, i: int) -> int:
    """The end of a medicine's name that begins at ``t[i]`` and ends in a dosage form (see
    _DOSAGE_FORMS), or 0. After a person's cue (患者, 购药人：) the stem must be four characters
    long, or the form one of two characters or more: a name of three and 片 is a name."""
    stop = min(len(t), i + MEDICINE_RUN_MAX + 1)
    cue = None
    for e in range(i + 3, stop + 1):
        c = t[e - 1]
        if c in _STOP or c in _MEDICINE_ACTS or not (_is_cjk(c) or (c.isascii() and c.isalnum())):
            return 0
        if c not in _DOSAGE_LAST:
            continue
        for f in _DOSAGE_FORMS:
            n = len(f)
            if not t.startswith(f, e - n) or e - n - i < 2:
                continue
            if n == 1 and _is_word(t[e - 2:e]):
                continue                  # (王芳照片, 队伍解散)
            if e < len(t) and _is_cjk(t[e]) and not _MEDICINE_TAIL_RE.match(t, e):
                continue                  # (片区, 散步: the form's character begins a word)
            if cue is None:
                cue = _any_cue_before(t, i)
            if cue and n == 1 and e - n - i < 4:
                continue
            if _NO_MEDICINE_INSIDE_RE.search(t, i, e):
                return 0                  # (郭福良杨斌夫妇误食毒蝇鹅膏: a pair of persons and what
                #                           they ate, no medicine's name)
            if any(t[k:e] in DOMAIN_WORDS and t[k:e] not in MEDICINES for k in range(i + 1, e - 2)):
                return 0                  # (冯德香园打 + 石硫合剂, 王芳抹 + 石灰膏: a thing of the domain
                #                           that is no medicine ends the run; it begins after the name)
            return e
    return 0


# What no medicine's name holds: a pair word of persons and eating by mistake or as food (误食,
# 食用; 健胃消食片 eats nothing): the run of a dosage form stops there (round 23).
_NO_MEDICINE_INSIDE_RE = re.compile("夫妇|夫妻|母子|父子|母女|父女|兄弟|姐妹|误食|误服|食用|采食|进食")


# What follows a decoction's 汤 (予六君子汤口服, 小柴胡汤加减): 汤 is a surname, but after a stem of two
# characters or more, with none of these after it, it ends a formula's name.
_DECOCTION_AFTER_RE = re.compile("口服|加减|化裁|煎服|内服|原方|合|治疗|颗粒|、|[0-9０-９]|剂|$|[^" + _CJK + "]")


def _decoction_at(t: str, i: int) -> int:
    """The end of a decoction's name whose 汤 is ``t[i]`` (六君子 + 汤 + 口服), or 0: two characters
    before it that make no stop, no word with it (鸡汤, 米汤 are food) and no person's cue."""
    if t[i] != "汤" or i < 2 or not all(_is_cjk(c) and c not in _STOP for c in t[i - 2:i]) \
            or _is_word(t[i - 1:i + 1]) or not _DECOCTION_AFTER_RE.match(t, i + 1) or _any_cue_before(t, i):
        return 0
    return i + 1


MEDICINE_LEAD_MAX = 8  # characters of a listed medicine before a candidate inside it (九味羌活 + 汤)


def _medicine_around(t: str, i: int, shortest: int = 4) -> int:
    """The end of a medicine of medicines.tsv (``shortest`` characters or more) that begins up to
    MEDICINE_LEAD_MAX characters before ``t[i]`` and runs over it (六君子 + 汤, 潘高寿蜜炼川 +
    贝枇杷膏), or 0."""
    for k in range(max(0, i - MEDICINE_LEAD_MAX), i):
        for w in _MEDICINES_FIRST.get(t[k], ()):
            if len(w) >= shortest and k + len(w) > i and t.startswith(w, k) \
                    and not (k > 0 and _is_word(t[k - 1:k + 1])):
                return k + len(w)         # (not where a word ends in its first character)
    return 0


def _medicine_over(t: str, k: int) -> int:
    """The end of a medicine of medicines.tsv that begins at ``t[k]`` or runs over it, or 0."""
    w = next((w for w in _MEDICINES_FIRST.get(t[k], ()) if t.startswith(w, k)), "")
    return k + len(w) if w else _medicine_around(t, k, 2)


def _medicine_item(t: str, a: int, b: int) -> bool:
    """Is the item ``t[a:b]`` of a list a medicine: one listed, or one the dosage-form rule reads
    (地塞米松, 蒙脱石散 among the fields of a record)?"""
    return any(t.startswith(w, a) and a + len(w) >= b for w in _MEDICINES_FIRST.get(t[a], ())) \
        or _dosage_medicine_at(t, a) >= b


def _thing_field_value(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]`` inside the value of a field whose label names a thing or a firm (品种：
    + 黄华占；, 保险公司：安华 + 农险；), the value ending the field, with no act or nothing of a
    person's around (设备：张伟 + 负责调试, 品牌：李宁 + 来电 are persons)?"""
    colon = max(t.rfind(":", max(0, start - THING_FIELD_VALUE_MAX), start + 1),
                t.rfind("：", max(0, start - THING_FIELD_VALUE_MAX), start + 1))
    if colon < 0 or _THING_FIELD_LABEL_RE.search(t, max(0, colon - 6), colon + 1) is None:
        return False
    value = _THING_FIELD_VALUE_RE.match(t, colon + 1)
    return value is not None and value.end() >= end \
        and not any(_is_verb(t[k:k + 2]) or _person_after(t, k) for k in range(end, value.end() - 1)) \
        and not _strong_person_context(t, start, end)


def _words_alternation(words) -> str:
    """A regex alternation of ``words``, longest first (so 最美家庭 is tried before 家庭)."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


# A pet's name (pets.tsv): after a pet's label or noun (犬名“贝贝”, 犬名：乐乐, 爱犬豆豆, 家的狗金宝), or
# before its breed in brackets or what only a pet has (被乐乐（泰迪）抓伤, 金宝芯片号): dogs and cats are
# called what reads as a name (贝贝, 乐乐, 牛牛), and a pet is no person.
_PET_LABEL_BEFORE_RE = re.compile("(?:" + "|".join(map(re.escape, PET_LABELS)) + ")[:：]?[ \t]?[“\"「『‘]?$")
_PET_LABEL_LAST = frozenset(w[-1] for w in PET_LABELS) | frozenset(":：“\"「『‘ \t")
_PET_AFTER_RE = re.compile("[（(](?:" + _words_alternation(PET_BREEDS)
                           + ")[犬猫]?[）)]|" + "|".join(map(re.escape, PET_AFTER)))


# A breed written in a row between the owner and the pet (王爱莲 牧羊犬 雪球, 的边牧乐乐被, 郑继明（杜宾254）):
# pets.tsv's breeds, longest first by their first character (round 28, tw28).
_BREEDS_FIRST: dict[str, tuple[str, ...]] = {}
for _w in sorted(set(PET_BREEDS), key=len, reverse=True):
    _BREEDS_FIRST[_w[0]] = _BREEDS_FIRST.get(_w[0], ()) + (_w,)
_BREED_BEFORE_RE = re.compile("(?:" + _words_alternation(PET_BREEDS) + ")[ \t]?$")


def _breed_end(t: str, i: int) -> int:
    """Where a breed of pets.tsv that begins at ``t[i]`` ends, or 0."""
    return next((i + len(w) for w in _BREEDS_FIRST.get(t[i], ()) if t.startswith(w, i)), 0)


def _pet_name_after_breed(t: str, k: int, glued: bool) -> bool:
    """Is ``t[k:k + 2]`` a pet's name after its breed: two characters that end there (雪球被, 布丁;
    after a breed glued to it, a doubled pair too: 边牧 + 乐乐), not one character that ends a name
    of three with the breed (杜宾 + 华、)?"""
    if k + 2 > len(t) or not (_is_cjk(t[k]) and _is_cjk(t[k + 1])):
        return False
    return k + 2 == len(t) or not _is_cjk(t[k + 2]) or t[k + 2] in _STOP or (glued and t[k] == t[k + 1])


def _breed_slot(t: str, i: int) -> bool:
    """Does a pet's breed begin at ``t[i]`` where a row writes it: at a cell's or a phrase's start
    (a space, a bracket, 的 before it), with nothing, a number or a pet's name after it (牧羊犬 + 雪球,
    杜宾 + 254, 边牧 + 乐乐被)? A breed that begins a name (杜宾华) is no breed there."""
    b = _breed_end(t, i)
    if not b or (i > 0 and _is_cjk(t[i - 1]) and t[i - 1] not in _STOP):
        return False
    k = b + 1 if b < len(t) and t[b] in " \t" else b
    return k >= len(t) or not _is_cjk(t[k]) or _pet_name_after_breed(t, k, k == b)


def _pet_name(t: str, i: int) -> bool:
    """Does a pet's name of two or three characters begin at ``t[i]`` (犬名“ + 贝贝, 乐乐 + （泰迪）)?"""
    if i > 0 and t[i - 1] in _PET_LABEL_LAST and _PET_LABEL_BEFORE_RE.search(t, max(0, i - 8), i):
        return True
    if i > 0 and (m := _BREED_BEFORE_RE.search(t, max(0, i - 12), i)) is not None \
            and _breed_slot(t, m.start()) and _pet_name_after_breed(t, i, m.end() == i):
        return True                       # 边牧 + 乐乐, 牧羊犬 + 雪球: the pet's name after its breed
    return any(e < len(t) and t[e] in "（(芯犬" and _PET_AFTER_RE.match(t, e) for e in (i + 2, i + 3)) \
        and not _any_cue_before(t, i)     # (犬主张伟（泰迪）: the owner, his dog's breed after him)


# What one takes or is given of a medicine (服用华法林): no person follows these.
_MEDICINE_TAKEN_BEFORE_RE = re.compile("(?:服用|口服|含服|注射|滴注|静滴|外用)$")
# A label of things, then the list it announces up to the candidate, an item after the first
# (品种为郑单958和, 诊断：帕金森病、): the list's items are things, not persons.
THING_LIST_WINDOW = 24
# The kinds of a film, a play, a song or a book named before its title (影片董存瑞, 评剧刘巧儿, 曲目：).
_WORK_GENRE_WORDS = ("电影", "影片", "电视剧", "连续剧", "纪录片", "动画片", "京剧", "评剧", "豫剧", "越剧", "秦腔",
                     "昆曲", "粤剧", "川剧", "黄梅戏", "话剧", "歌剧", "舞剧", "儿童剧", "音乐剧", "剧目", "曲目",
                     "书目", "歌曲", "民歌", "小说", "戏曲")
_WORK_GENRES = "(?:" + "|".join(_WORK_GENRE_WORDS) + ")"
_WORK_GENRE_LAST = frozenset(w[-1] for w in _WORK_GENRE_WORDS)   # (the cheap test before the pattern)
_THING_LABELS = (r"(?:品种|良种|品名|商品|产品|药品|货品|品牌|型号|诊断|病名|病种|节日|菜品|菜名|作物|特产|药材|名茶|"
                 + _WORK_GENRES + ")")
_THING_LABEL = _THING_LABELS + r"(?:名称)?(?:为|是|有|[:：])?"        # the label, as it opens a list
_THING_LIST_RUN = r"[^。；;：:！？!?\n，,]"                               # what a list runs over
_THING_LABEL_BEFORE_RE = re.compile(_THING_LABEL + _THING_LIST_RUN + r"+[、和及]$")
# ... the first item right after the label, a list going on after it (梨品种 + 黄冠 + 、翠冠), or
# the label closing the list (推广徐香、翠香、海沃德等品种).
_THING_LABEL_RIGHT_BEFORE_RE = re.compile(_THING_LABEL + "$")
_THING_LABEL_AFTER_RE = re.compile(_THING_LIST_RUN + "{0,20}?等" + _THING_LABELS)


def _thing_list_item(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]`` an item of a list of things a label announces (品种为郑单958和 + 登海605,
    诊断：帕金森病、 + 阿尔茨海默病, 良种 + 龙井43、; 徐香、…等品种), with no cue and nothing that
    only a person has around it?"""
    if t[start - 1:start] not in ("、", "和", "及") and "、" not in t[end:end + 2]:
        return False                      # (no list around it: the patterns below need one)
    return (_THING_LABEL_BEFORE_RE.search(t, max(0, start - THING_LIST_WINDOW), start) is not None
            or (_THING_LABEL_RIGHT_BEFORE_RE.search(t, max(0, start - 6), start) is not None
                and "、" in t[end:end + 2])
            or ("、" in t[end:end + 2] and _THING_LABEL_AFTER_RE.match(t, end) is not None)) \
        and not _any_cue_before(t, start) and not _strong_person_context(t, start, end)


# What one does in a shop or an estate: 在 + a name + these make it the shop's or the estate's name
# (在许留山购买, 在龙湖春江郦城购买首套住房), unless the place is a person's: 的, 家, 处 or 那 between (在王丽
# 家购买, 在张伟处, 在李娜开的店, 在刘强那里).
_PURCHASE = ("购买", "买的", "买了", "消费", "就餐", "用餐", "充值", "办卡", "购房", "购置", "买房", "租房")
PURCHASE_PLACE_MAX = 10
_PURCHASE_PLACE_RE = re.compile(f"[在到]((?:(?![的家处那])[{_CJK}A-Za-z0-9]){{2,{PURCHASE_PLACE_MAX}}}?)"
                                f"(?:{'|'.join(_PURCHASE)})")
# Verbs of procedure that follow a party's role word (当事人陈述, 申请人承诺).
_PARTY_VERBS = ("陈述", "申辩", "承诺", "确认", "表示", "认为", "同意", "签字", "签名", "供述", "交代",
                "辩称", "承认", "证实")
# Solar terms and festivals that begin with a surname character (谷雨 is no 谷 + 雨).
_CALENDAR_WORDS = ("谷雨", "白露", "夏至", "冬至", "秋分", "春分", "立春", "立夏", "立秋", "立冬",
                   "元宵", "元旦", "端午", "中秋", "重阳", "除夕", "七夕")
# The animals of the zodiac, whose years (龙年, 马年) begin with a surname character.
_ZODIAC_ANIMALS = frozenset("鼠牛虎兔龙蛇马羊猴鸡狗猪")
# Kinship words that begin with a surname character (孙 + 女): after 由 they look like a name.
_KIN_WORDS = ("孙子", "孙女", "孙媳", "孙辈", "孙儿", "祖母", "祖父", "母亲", "女儿", "儿子",
              "父亲", "妻子", "丈夫", "姐姐", "妹妹", "哥哥", "弟弟", "伯父", "伯母", "叔叔", "叔父",
              "舅舅", "舅妈", "姑姑", "姑父", "姨妈", "姨父", "姥姥", "姥爷", "侄子", "侄女", "嫂子",
              "姐夫", "妹夫", "表哥", "表姐", "表弟", "表妹", "堂哥", "堂姐", "堂弟", "堂妹")
# After a numeral, these make a time or a count (三日, 五月, 两次), not a given name.
_TIME_UNITS = set("日天月年号时周岁个次")
# A clock time before 许 ("about": 9时许, 10时30分许, 九点许), as incident reports write it.
_CLOCK_TIME_BEFORE_RE = re.compile("[0-9零〇一二三四五六七八九十]{1,2}[时分点]$")
# A number and a measure word of animals, plants, goods and machines (3头, 两只, 五台, 20株).
_COUNTED_THING_BEFORE_RE = re.compile("[0-9零〇一二三四五六七八九十两几百千万]+[头只匹条台辆件株棵艘架套箱袋瓶盒尾羽]$")
# What stands before such a count when it counts the thing after it: a verb (饲养, 购买, 补种), a time
# (今年), 有, or nothing; after a noun the count is the noun's own (大米3袋 + 张伟签收).
_COUNT_OPENERS = frozenset("有养买购种栽共计约各了近余将把")


def _counted_thing_before(t: str, i: int) -> bool:
    """Is ``t[i]`` inside what a number and a measure word of things count (今年3头 + 黑鹳死亡,
    购买两台 + 雷沃收割机), not after a count that ends a thing's phrase (大米3袋 + 张伟签收)?"""
    m = _COUNTED_THING_BEFORE_RE.search(t, max(0, i - 7), i)
    if m is None:
        return False
    k = m.start()
    if k == 0 or not _is_cjk(t[k - 1]) or t[k - 1] in _COUNT_OPENERS:
        return True
    return _lexicon().get(t[max(0, k - 2):k], (0, ""))[1] in ("v", "t")


def _thing_word_length(t: str, i: int) -> int:
    """The length of the longest word listed or in the lexicon that begins at ``t[i]`` (东方红 of
    a brand, 黑鹳 of the domain's words), 1 if none."""
    for n in (4, 3, 2):
        w = t[i:i + n]
        if len(w) == n and (w in BRANDS or w in HERBS or w in DOMAIN_WORDS or _is_word(w)):
            return n
    return 1


def _clock_about_at(t: str, k: int) -> bool:
    """Is ``t[k]`` the 许 ("about") of a clock time (9时许, 10时30分许), no surname?"""
    return t[k:k + 1] == "许" and _CLOCK_TIME_BEFORE_RE.search(t, max(0, k - 3), k) is not None


# A date (2024年3月5日, 今年4月), a time word of the lexicon (次日, 前年, 本月, 当日下午), the
# course of an act (走访中, 调查中) or a village's, a town's or a group's name (东风村, 石桥镇,
# 本村, 三组) right before a candidate is a phrase of its own: a name may begin after it, and its
# last character makes no word with the surname (5日 + 安春燕 is no place 日安, 今年4月 + 白婷 no
# noun 月白, 次日 + 常媚 no 日常, 走访中 + 韩振国 no 中韩, 石桥镇 + 江发财 no city 镇江).
_DATE_END_RE = re.compile("[0-9〇零一二三四五六七八九十][年月日号]$")
TIME_WORD_MIN = 200       # (a time word at least this frequent: 前年 434, 同日 250)
_TIME_WORD_LAST = frozenset("年月日号天午晚晨夜底初末旬前")
_UNIT_LAST = frozenset("村镇乡组")
UNIT_WORD_MAX = 100       # (a word ending in the unit this frequent is a noun: 农村, 乡镇, 小组)

# The last characters of nouns of a person (村民, 申请人, 学生, 邻居, 村医, 老师, 家属): 时 or 后
# after one is a surname (村民 + 时建国, 邻居 + 后丰), not "when" or "after".
_PERSON_NOUN_LAST = frozenset("人员民户主者工生兵居医师属友")
AFTER_SURNAME_MIN = 0.05   # (% of the population: 关 0.08 begins a name after 后; 丰 0.02 is 后丰's)
# The words that end a notice's title (护林员续聘公示, 低保新增公告).
_NOTICE_TITLE_WORDS = ("公示", "公告", "名单")   # (not 通知, a verb too: 队长温馨通知了家长)


def _when_at(t: str, k: int) -> bool:
    """Is ``t[k]`` the 时 ("when") or the 后 ("after") of an act (约谈时, 入户时, 联系后), no surname?
    Not after a noun of a person (村民时建国) and not inside a word (临时, 按时, 然后; 高温 + 时段).
    后 is "after" only where a common surname begins right after it (联系后 + 关庆俭); before a
    given name it is the surname itself (联系 + 后丰 + 未果: whom one contacted)."""
    return t[k:k + 1] in _TIME_ENDS and k >= 2 and not _is_word(t[k - 1:k + 1]) and not _is_word(t[k:k + 2]) \
        and t[k - 1] not in _PERSON_NOUN_LAST \
        and _lexicon().get(t[k - 2:k], (0, ""))[1] in ("v", "vn", "vd", "n") \
        and (t[k] == "时" or SURNAME_TABLE.get(t[k + 1:k + 2], ("", 0.0, ""))[1] >= AFTER_SURNAME_MIN)


def _phrase_before(t: str, i: int) -> bool:
    """Does a date, a time word, a verb and 中 or 时, or a village's, a town's or a group's name
    end right before ``t[i]``?"""
    if i < 2:
        return False
    if t[i - 1] == "中":
        return i >= 3 and _is_verb(t[i - 3:i - 1])
    if t[i - 1] in _TIME_ENDS and _when_at(t, i - 1):
        return True
    if t[i - 1] in _UNIT_LAST:
        freq, tag = _lexicon().get(t[i - 2:i], (0, ""))
        return (_is_cjk(t[i - 2]) or t[i - 2].isdigit()) and (tag in ("r", "m") or freq < UNIT_WORD_MAX)
    if t[i - 1] not in _TIME_WORD_LAST:
        return False
    if _DATE_END_RE.search(t, i - 2, i):
        return True
    return any(i >= k and _lexicon().get(t[i - k:i], (0, ""))[1] == "t"
               and _freq(t[i - k:i]) >= TIME_WORD_MIN for k in (2, 3))


# Characters before 居 with which it makes a word of dwelling (现居, 暂居, 定居, 邻居, 故居).
_DWELLING_BEFORE_JU = frozenset("现暂定旅侨寄移迁散聚独同邻新故民家隐安蜗")
# A numeral and what it counts after a list of persons (四人, 三名, 两户).
_COUNT_NUMERALS = frozenset("一二三四五六七八九十两几")
_COUNTED = frozenset("人名户位口个")
_UNITS = ("平方", "立方", "千瓦", "千米", "公里", "公斤", "公顷", "吨", "亩", "余")
# Surnames that are also measure words or units, read as such after a number (5张表, 3项, 2门课)
_MEASURE_SURNAMES = frozenset("张项支包只条双对份付副间片台架匹辆艘门座层节段届期名位户口头尾块粒"
                              "袋瓶盒箱桶笔封枚把根杯顶朵棵株所家套批次回番场阵声年月日天岁米斤亩"
                              "元角分毛万亿百千钱两倍级类款章篇幅首部本册栋幢排组队班连营师军路单"
                              "季度周时秒车船杆")
# Verbs of planting, holding and marking that are surnames too, with 有 after a place's side (院内种有
# 石榴, 车厢内盛有柴油, 箱体上印有商标): what a place holds, not 种 + 有石; a person stands after a role
# or before what only a person has (村里盛有才家中).
_HOLDING_SURNAMES = frozenset("种植涂盛养印留藏")
_HOLDING_PLACE_BEFORE = frozenset("内外上下里前后中旁边处间院园地坡岸头屋均还都也另")
# After the candidate, these begin a place, road, company or shop name: not a person.
_PLACE_ENDS = set("区县市省州镇乡村庄屯寨湾岛港路街巷道桥堤坝闸渠店馆铺厂坊楼阁寺庙祠院园场站局厅署社委所")
# A model code right after a candidate makes it a product's brand (东方红LX904, 谷神GE80).
_MODEL_CODE_RE = re.compile(r"[A-Z]{1,4}-?[0-9]")
# A crop's character and a number make a variety's code (郑麦366, 冀张薯12号, 吉粳511, 鲁棉研28,
# 冀豆17): the characters before it are the breeder's place, not a name. Not a count or an amount
# (王谷100元, 李豆3亩: a unit follows the number); not 花 (豫花37), which ends many women's given
# names (王秀花85、). The crop may be the breeder's kind too (va23): an agricultural university's 农
# (山农20, 西农979, 浙农113), a hybrid rice's 优 (甬优12, 汕优63), tobacco's 烟 (云烟87), pepper's 椒,
# tea's 茶 (中茶108), sorghum's 粱, sugarcane's 蔗, as the candidate's last character only (山农 + 20;
# not 陈国栋 + 烟农19, a name glued to the code); not 玉 (先玉335) nor 丰, 海, 科, which end given names.
_VARIETY_NOT_UNIT = "(?![0-9.％%万千百元角分岁年月日天时亩斤吨公米克个人名户次份袋包箱瓶])"
_VARIETY_CODE_RE = re.compile(f"[麦稻粳籼糯谷单豆薯棉杂油][{_CJK}]?[0-9]{{1,4}}号?{_VARIETY_NOT_UNIT}")
_VARIETY_KIND_CODE_RE = re.compile(f"[麦稻粳籼糯谷单豆薯棉杂油农优烟椒茶粱蔗][{_CJK}]?[0-9]{{1,4}}号?{_VARIETY_NOT_UNIT}")
# Surnames that also end the names of housing estates (紫金苑 + 东5排: no 苑东).
_ESTATE_ENDS = frozenset("苑")
_SHRINE_ENDS = frozenset("寺庙庵观祠")
# A vehicle driven or bought, its make and model before the kind of vehicle (驾驶福田欧曼重型货车).
_VEHICLE_BEFORE_RE = re.compile(f"(?:驾驶|驾乘|购买|购置|一辆)[{_CJK}A-Za-z0-9]{{0,5}}$")
_VEHICLE_AFTER_RE = re.compile(f"(?:(?![的之和与及])[{_CJK}A-Za-z0-9]){{0,6}}?(?:车|摩托|重卡)")   # (no given name ends so: the read is a temple's name)
# The last characters of housing estates' names (龙湖春江郦城, 御景华府, 翡翠郡), read where the
# name runs on from characters before the candidate.
_ESTATE_TAILS = frozenset("城府郡苑")
# ... and the courts that end estates' names after a surname's character (锦绣华庭, 香榭龙庭; 庭 ends
# given names too: 李宇庭)
_ESTATE_COURTS = frozenset({"华庭", "龙庭", "金庭", "尚庭", "景庭"})
# ... where the text speaks of housing before or after it (安置房源, 居住, 入住; 3号楼, 小区).
_ESTATE_BEFORE_RE = re.compile(f"(?:房源|小区|楼盘|居住|入住|住在|住|购买|位于|配租|安置)[{_CJK}]{{1,4}}$")
_ESTATE_AFTER_RE = re.compile("[0-9一二三四五六七八九十]+[号栋幢]|[0-9]+-[0-9]|小区|住宅|本批|入住|业主|物业|〔地址〕")
# Characters that end village names after S家 (王家洼, 乔家河, 马家峪): 家 then begins no given name.
_VILLAGE_ENDS = "洼沟坡岭峪集圩堡屯寨营铺桥滩坞坪塘埠湾窑坨垛疃岗坝垸畈冲墩岙塬"
# After the candidate, these make it part of a place, an estate, a venue, an organisation or a
# shop (org_words.tsv: 实业, 经营部, 酒家, 烧饼, 五金 ...).
_ORG_WORDS = ("大厦", "广场", "小区", "花园", "新村", "社区", "家园", "公寓", "新城", "山庄", "苑",
              "名都", "华府", "华庭", "名邸", "公馆",
              "中心", "大街", "大道", "胡同", "家庄", "家村", "家湾", "家楼", "家镇", "家营", "家铺",
              "家小厨", "氏", "记", "文具", "水库", "煤矿",
              # venues
              "舞台", "剧场", "剧院", "音乐厅", "影城", "影院", "会所", "会馆", "茶楼", "药房", "门诊", "浴池",
              "网吧", "驾校", "故居", "纪念馆", "陵园", "祠堂",
              # where a public figure is remembered (屈原祠, 诸葛亮草庐, 孔子像)
              "祠", "草庐", "草堂", "雕像", "塑像", "铜像", "纪念碑", "纪念亭", "衣冠冢") + ORG_WORDS + TRADE_WORDS
# How many characters after a candidate are read for an organisation word (鑫罗泰 + 会计师事务所),
# and for a place's last character (邹平金 + 龙镇, 赵登 + 禹路).
ORG_RUN = 6
PLACE_RUN = 2
# Characters that end a place name when they close a short run after a candidate.
_RUN_PLACE_ENDS = set("区县市省镇乡村庄屯寨街路巷道桥堤坝闸渠城寺庙庵祠")
# Characters after S家 that make a village (王家洼, 李家嘴, 万俟家滩), not a given name 家X.
# Landscape and village characters that end a place after a surname and a character that is no
# given name's last (王官井, 张台堡).
_GEO_ENDS = set(_VILLAGE_ENDS) | set("井洞湖泉河山岭")
# Landscape characters (林, 峰, 泉, 川 ...) name villages after a family more often than they end a
# given name 家X.
# (叶家宅, 李家沱, 顾家浜, 徐家汇); the landscape's characters end given names too (姜家林, 孙家山):
# what only a person has after them makes them a name's (see _family_given).
_FAMILY_LANDSCAPE_ENDS = frozenset("林峰泉川江溪源田岩石森松柏山")
_FAMILY_PLACE_ENDS = _PLACE_ENDS | set(_VILLAGE_ENDS) | set("河湖口台井岭院坟寺庙祠嘴垴圈") \
    | _FAMILY_LANDSCAPE_ENDS | set("宅沱浜泾汇渡港场")
# Words that begin with a place character but follow a person's name: 张伟家住, 李明局长.
_PLACE_CHAR_WORDS = ("家住", "家中", "家属", "家庭", "家人", "家里", "路过", "所在", "所述", "所有",
                     "局长", "处长", "厅长", "社长", "站长", "场长", "厂长", "店主", "店长", "楼上",
                     "楼下", "村民", "村委", "乡长", "镇长", "县长", "市长", "省长", "区长", "委员",
                     "镇上", "村里", "村口", "村头", "县城", "县里", "市里", "区里", "乡下", "路上",
                     "路边", "街上", "店里", "厂里", "委托", "院内", "所为", "所致", "所得", "所说",
                     "所称", "所欠", "所持", "所住", "所签", "所做", "所用", "所属", "所购", "所买",
                     # what a person says or does (邰丽萍 + 道歉, 王伟 + 站在门口, 李娜 + 署名)
                     "道歉", "道谢", "道别", "站在", "站立", "署名",
                     "社保", "社会")   # 梁杰国 + 社保缴费: the person's insurance, no 社 of a body
# Characters that end a phrase of time before a subject (复核时路霞提供, 随后庄伟): a place-end
# surname after them begins a name.
_TIME_ENDS = frozenset("时后")
# A 文号 issuer (鲁民〔2026〕7号, 岳政发(2025)3号) is followed by a bracketed year.
# Mountains, rivers, lakes and ridges, and the words of a text that describes the land: with
# these around, a surname and a character before 山 or 河 name the feature (白云山, 王河).
_FEATURE_ENDS = frozenset("山河湖岭溪")
_GEOGRAPHY_RE = re.compile("海拔|俗称|境内|流经|发源|流域|支流|河道|水库|上游|下游|山脉|主峰|上有|[桥闸]，连接"
                           "|林地|林场|界址|[^（）()]{1,8}段[）)]|河长|湖长|巡河|巡湖|采砂|公示牌")
_LATIN_MASK_RE = re.compile(r"[Xx]{1,3}(?![A-Za-z])")   # 吉XX, 张X: letters as the mask
_VILLAGE_GROUP_RE = re.compile("[0-9一二三四五六七八九十]{1,2}(?:组|队|社)(?![区会])")
GEOGRAPHY_WINDOW = 12    # characters after a mountain's or a river's name read for such words
# Right after a mountain's, a lake's or a river's name: the reserve, the scenic area or the works
# it names (洪泽湖湿地, 祁连山国家公园, 卫河治理工程), where no text describes the land. Not a park,
# a scenic spot or a bank, where persons stand too (张春山公园晨练, 王金山景区摆摊, 刘玉河沿岸承包).
_LANDMARK_AFTER_RE = re.compile("(?:湿地|国家公园|自然保护区|保护区|风景名胜区|风景区|地质公园|森林公园|索道"
                                "|岸线|治理工程|综合治理)")


def _geography_near(t: str, end: int) -> bool:
    """Does the land's vocabulary follow ``end`` closely (海拔, 俗称, 上有…桥), or a reserve or
    works the feature names right after it (洪泽湖 + 湿地), with nothing that only a person does right
    after it (向俊峰反映…修水库 is a person)?"""
    return (_LANDMARK_AFTER_RE.match(t, end) is not None
            or _GEOGRAPHY_RE.search(t, end, end + GEOGRAPHY_WINDOW) is not None) \
        and not _cue_after(t, end) and not _person_after(t, end)


# A river's, a lake's or a creek's last character, and the words that only a body of water takes
# right after its name (章江 + 汛期, 卫河 + 洪水预警, 温榆河 + 水位, 贾鲁河 + 滩地): a surname and 江 or
# 河 before them name the water, not a person (李江 is a name as often as 柳江 a river).
_WATER_ENDS = frozenset("河江湖溪渠")
_WATER_WORDS = ("汛期|汛限|汛情|洪水|洪峰|水位|水质|水情|水域|水面|水体|河水|江水|湖水|河段|江段|湖区|河床|河滩"
                "|滩地|断面|干流|堤防|大堤|堤坝|入河|入湖|排污口|超警|决口|溃堤|漫滩|涨水|封湖|禁渔"
                # its banks by side, and the fishing on it (赵王河 + 左岸3公里, 查干湖 + 退捕渔民,
                # 梁子湖 + 渔民: a person is named before these words with a comma or a role)
                "|[左右两]岸|退捕|禁捕|捕捞|渔民|渔船|网箱")
_WATER_AFTER_RE = re.compile(_WATER_WORDS)
# ... read after the next item of a list of waters too (史河、洪河 + 汛期)
_WATER_LIST_AFTER_RE = re.compile(f"(?:[、和及][{_CJK}]{{1,3}}?[河江湖溪渠])?(?:{_WATER_WORDS})")
# ... and how waste goes into it: 排入 + 汤河, 向 + 柳江 + 排放, 向骆 + 马湖 + 排放 (向 a surname as
# often as the preposition: 向柳江 is no name before 排放).
_INTO_WATER_BEFORE_RE = re.compile(f"(?:排入|排向|排进|排至|流入|汇入|注入|倒入|直排|偷排|排到)[{_CJK}]?$")
_TOWARDS = "向往"
_DISCHARGE_AFTER_RE = re.compile("(?:违法|非法|直接|长期)?(?:排放|倾倒|偷排|直排|排污|排入|倒入|投放|抛洒|丢弃)")


def _water_named(t: str, i: int, end: int) -> bool:
    """Does the candidate ``t[i:end]``, or it and the character after it, name a body of water
    (章江 + 汛期, 卫 + 河洪 + 水, 排入 + 汤河, 向 + 柳江 + 排放): a water's last character in it
    (_WATER_ENDS), then what only water takes, or waste going into it around it?"""
    if i > 0 and t[i - 1] in _WATER_ENDS and _WATER_AFTER_RE.match(t, i):
        return True                       # 伊河 + 洪峰: the water's word, after it
    for k in range(i + 1, min(end + 1, len(t))):
        if t[k] in _WATER_ENDS and (
                _WATER_LIST_AFTER_RE.match(t, k + 1) or _INTO_WATER_BEFORE_RE.search(t, max(0, i - 3), i)
                or (_DISCHARGE_AFTER_RE.match(t, k + 1) and any(c in _TOWARDS for c in t[max(0, i - 2):k - 1]))):
            return True
    return False


# 文号 (旗农牧发〔2026〕57号, 韩农（牧）罚〔2025〕286号, 马登字第35308号) are read where the extractor reads
# them (gongkai.extract.parsers: doc_number_spans, and the bracketed year DOC_YEAR_RE): one home.
_ISSUER_RE = DOC_YEAR_RE


@lru_cache(maxsize=64)
def _doc_issuers(t: str) -> tuple[tuple[int, int], ...]:
    """The agency codes of the 文号 in ``t`` (start, end), as the parser reads them."""
    return tuple((a, b) for a, b, _ in doc_number_spans(t))


def _in_doc_number(t: str, i: int) -> bool:
    """Does ``t[i]`` begin or fall inside a 文号's agency code? An issuer's abbreviation never holds
    a name (旗 + 农牧发 + 〔2026〕57号: 农 is a surname, 农牧 a word, 发 a given name's character; 韩农（牧）罚,
    林检字第79662号). Round 27, dw27; the parser's spans since round 28 (tw28)."""
    return any(a <= i < b for a, b in _doc_issuers(t))
# A two-character lexicon word that begins with a surname rarely anything else, tagged as a
# person there and rarer than this, may be a name (陈兵 32, 李强 159, 王楠 32): the tagger decides.
NAME_WORD_MAX = 200
# A lexicon word this frequent is a word even after a cue (由高速公路, 见到方案).
CUED_WORD_MIN = 1000
# ... and before two common given-name characters that end a phrase (胡子涵反映: 胡子 1297).
GIVEN_PAIR_WORD_MAX = 2000
# A given-name character that marks a shop, a place or an anonymised person, never a given name.
_NOT_GIVEN = set("某记氏家村庄镇区县市路街店厂楼") | set("姓") | set(_VILLAGE_ENDS)

# A surname followed by a title or a kinship word is a way of addressing someone, not a name
# with a given name (王师傅, 李老师, 刘主任, 张大爷, 侯老三); shops are named so too (马师傅炸鸡).
_TITLES = ADDRESS_TITLES

# Characters that usually end a name or make a place (来了, 和, 向, 王家) but begin given names
# too (来旺, 和平, 向阳, 家豪): see _stop_given.
_SOMETIMES_GIVEN = frozenset("来和向以同都元中家")

# The heads of a team, a group, a village or a station, named in its notes (队长温馨通知了家长,
# 村民小组长孙鹏证实): cues like the posts below, but not a head addressed by surname and post
# (方组长 + 续签三年: _cue_before).
_HEAD_CUES = ("队长", "组长", "村长", "站长", "班长",
              # the heads of a school, a court, an office, a shop (驾校校长方海燕, 所长于洋)
              "校长", "院长", "馆长", "园长", "所长", "会长", "厂长", "局长", "处长", "科长", "股长",
              "镇长", "乡长", "县长", "社长", "店长", "楼长")

# Cue words that name people in a post or a profession of public service (教师, 村医, 律师, 网格员):
# a name follows them; where a field's names are public (a gazette, an honours list) it stays
# there, while after the other cues (申请人, 户主, 当事人, 患者, a relative; 联系人 and 负责人, who
# may be anybody) it is a private person's and goes (_private_cue_before).
_WORK_CUES = ("律师", "医师", "医生", "护士", "教师", "会计", "出纳", "工作人员", "执法人员", "检查人员",
              "抽样人员", "项目经理", "村委", "村干部", "技术员", "颁证员", "承办人", "村医", "网格员",
              "社工", "辅导员", "班主任", "调解员",
              # the doctors and teachers of a village, paid by the county (乡医于霞, 民办教师马兰)
              "乡医", "乡村医生", "赤脚医生", "民办教师", "代课教师", "信息员", "联络员", "监督员", "协管员", "经办人",
              "经手人", "帮扶责任人", "包保责任人", "理事长", "经办",
              # a member of a team: a village's work team or a sports team (队员贡天宇)
              "队员",
              # judges, teachers, clerks, officers and cadres by their post (执行法官于卫东, 体育老师
              # 于洋, 科员向红梅)
              "法官", "老师", "科员", "主任", "经理", "书记", "民警", "辅警", "干部", "专干",
              # the professional grades whose last character is a surname's (工程师 + 康雨桐, not
              # 工程 + 师康雨; 会计师, 评估师)
              "工程师", "会计师", "经济师", "审计师", "评估师", "统计师", "农艺师", "畜牧师", "兽医师",
              "规划师", "建筑师") + _HEAD_CUES
# ... and cue words of people at work for a firm, or giving their time, who hold no public post
# (农民工, 店员, 保安, 志愿者): a name after them is a private person's, in a notice too.
_PRIVATE_WORK_CUES = ("工人", "农民工", "民工", "店员", "营业员", "收银员", "服务员", "售货员", "厨师",
                      "包工头", "工头", "保安", "门卫", "志愿者", "护理员", "保洁员",
                      # who coaches, guides, leads a tour, carries parcels, brokers a house or minds
                      # infants for a firm (教练巴特尔, 导游柯丽芳, 经纪人郜海峰)
                      "教练", "教练员", "导游", "领队", "快递员", "经纪人", "保育员", "育婴师",
                      # who owns, masters or crews a fishing boat, who guards a forest or a river for
                      # a wage (船东苑立新, 船长于海, 护林员明月华)
                      "船东", "船主", "船长", "船员", "渔工", "护林员", "巡林员", "巡河员", "护路员") \
    + SERVICE_WORK_ROLES   # (骑手, 送餐员, 查勘员, 保姆: the service roles of service_roles.tsv)
# Jobs whose nouns begin with a surname's character (保安, 门卫, 司机, 管家, 库管): where a person
# stands such a noun names the job, no name begins there (夜间由保安巡查, 由门卫登记; 保安 + 张伟: the
# name follows it). The cues above, and more jobs; a trade word of the lexicon too (_trade_word).
_JOB_NOUNS = tuple(w for w in _PRIVATE_WORK_CUES + (
    "司机", "保姆", "护工", "保洁", "库管", "宿管", "管家", "向导", "保镖", "门童", "门房", "司炉", "司仪", "司磅员",
    "安保", "车工", "花农", "马夫", "屠夫", "锁匠", "钟点工", "包装工", "管理员", "计量员")
    + tuple(sorted(JOB_WORDS))   # (蜂农, 白铁工, 钟表匠: the occupations of domain_words.tsv, kind job)
    if w[0] in _SINGLE_SET)
# Words that announce a person before the name (roles, relatives, what one does to a person);
# the name may then use rarer characters.
_BEFORE_CUES = ("当事人", "经营者", "投诉人", "举报人", "来电人", "来信人", "反映人", "申请人",
                "被申请人", "诉求人", "代领人", "领取人", "领款人", "收款人", "联系人", "原户主",
                "户主", "监护人", "委托人", "受托人", "代理人", "负责人", "签收人", "见证人",
                "法定代表人", "法人代表", "邻居", "群众", "市民", "村民", "居民", "患者", "店主",
                # who vouches for an applicant or a household in a notice (证明人宁静（邻居）)
                "证明人", "作证人",
                "增员", "减员", "新增成员",
                "摊主", "业主", "房东", "租户", "租客", "房客", "暂住人", "司机", "员工", "职工", "老人", "由", "委托", "见到",
                "联系", "交给", "告知", "通知", "帮助", "陪同", "之子", "之女", "之妻", "之夫",
                "之父", "之母", "之孙", "外甥女", "外甥", "侄女", "侄子", "女儿", "儿子", "妻子",
                "丈夫", "配偶", "姓名", "名叫", "叫",
                # household members and their accounts, a change of holder (户主变更为 ...)
                "家庭成员", "成员", "户名", "账户名", "开户名", "变更为", "更名为", "代办人", "担保人",
                "父亲", "母亲", "女婿", "儿媳", "孙子", "孙女", "哥哥", "姐姐", "弟弟", "妹妹", "爷爷",
                "奶奶", "老伴", "前夫", "前妻",
                # people who care for or visit a person, named in case notes
                "护工", "保姆", "看望", "慰问", "探望", "住户", "回访", "付给", "发给", "调整给",
                "拨付给", "转给", "退还给", "约谈", "训诫", "劝导", "子女", "签字人", "免除",
                # roles of persons in penalty, petition, housing, school and insurance records
                "违法行为人", "行为人", "涉案人员", "涉事人", "嫌疑人", "受害人", "被害人", "证人",
                "承租人", "出租人", "借款人", "被征收人", "产权人", "房主", "信访人", "上访人",
                "来访人", "学生家长", "家长", "学生", "参保人", "被保险人", "参保人员", "救助对象",
                "供养对象", "残疾人", "退役军人",
                # soldiers by their status, whose families a veterans' office pays (义务兵马国庆, 退役
                # 士兵马振海: 兵马 is a word, but the status is the cue)
                "退役士兵", "退伍军人", "复员军人", "伤残军人", "现役军人", "义务兵", "士兵", "新兵",
                "老兵", "民兵", "驾驶人", "驾驶员", "车主", "货主", "承包人",
                "股东", "户籍人员", "同住人", "共同申请人", "被执行人",
                # the deceased, households and persons a programme serves, people present
                "墓主", "逝者", "死者", "亡者", "低保户", "脱贫户", "特困户", "五保户", "监测户",
                "结对户", "困难户", "帮扶对象", "监测对象", "援助对象", "低保对象", "特困对象",
                "优抚对象", "安置对象", "殡葬对象", "在场人员",
                # the persons a subsidy, an allowance or a repair programme names (拟享受危房改造补助
                # 对象白雪系近亲属)
                "补助对象", "补贴对象", "资助对象", "保障对象", "慰问对象", "改造对象", "认定对象",
                "消费者", "受援人", "受助人", "被继承人", "受益人", "拟录用", "拟聘用", "经营户", "矫正对象", "服刑人员", "遗属", "军属", "患儿",
                "残疾儿", "原告", "被告", "留守儿童", "困境儿童", "孤儿",
                # who a register of tenants, schools, training, rescues, burials or land lost
                # to requisition lists (新生万里入学, 被救人金波, 立碑人陆海)
                "暂住人员", "流动人员", "学员", "新生", "转学生", "插班生", "被救人", "被救者",
                "获救者", "落水者", "见义勇为者", "被征地人员", "失地农民", "立碑人", "购墓人",
                "安葬人", "推荐对象", "服务对象", "家属",
                # a notice's proposed changes of a roll (拟新增张三、李四为低保对象，拟退出夏天)
                "拟新增", "拟退出", "拟纳入", "拟取消", "拟停发", "拟停保", "拟恢复", "拟增加",
                # the list a notice gives of those it aids (拟救助名单：许国梅)
                "救助名单", "资助名单", "补助名单", "补贴名单", "保障名单", "慰问名单", "帮扶名单",
                # one who paid in advance and is repaid (垫付人高原)
                "垫付人", "垫资人", "借支人", "报销人",
                # relatives beyond the household, the parties of a marriage registration
                "亲戚", "亲属", "外孙女", "外孙", "侄孙", "舅舅", "姑姑", "叔叔", "伯伯", "婶婶",
                "嫂子", "姐夫", "妹夫", "公公", "婆婆", "岳父", "岳母", "继父", "继母", "养父", "养母",
                "男方", "女方",
                # the customers, passengers, readers, donors, job seekers, entrants and infants that
                # the records of a bank, an insurer, a carrier, a library, a blood station, a job
                # fair, a race or a nursery name (乘客原野协商, 读者白雪，, 求职者沃建军, 选手雷鸣在)
                "乘客", "乘车人", "旅客", "游客", "读者", "借阅人", "求职者", "应聘者", "应聘人", "选手",
                "参赛者", "运动员", "献血者", "捐献者", "捐赠人", "捐款人", "投保人", "报案人",
                "出险人", "寄件人", "收件人", "报修人", "买方", "卖方", "买家", "考生", "储户",
                "持卡人", "信众", "幼儿",
                # who works, studies or lives beside the person (与同事冯彤合租, 室友, 工友, 邻居)
                "同事", "室友", "舍友", "工友", "同乡", "老乡", "朋友", "好友", "战友", "队友",
                "同伴", "徒弟", "师兄", "师姐", "师弟", "师妹",
                # ... or shares the venture with the person (及合伙人司徒妮洁: round 26, sl26)
                "合伙人",
                # the deceased, and who uses a grave (已故万里的配偶, 墓位登记使用人严明)
                "已故", "使用人",
                # holders of rights in a register, persons a register counts or a levy names
                "权利人", "原权利人", "共有人", "抵押人", "继承人", "流动人口", "务工人员", "烈属",
                "国籍", "购机者", "转让给", "受让人", "出让人",
                # the owners and hands of fishing boats, growers and keepers a subsidy names, who
                # reports a fault, sends a sample, declares or collects a parcel, a pharmacy's
                # pharmacist (船东周子涵, 种植户：, 报障人马磊, 送检人, 取件人)
                "船东", "船长", "船员", "渔民", "种植户", "养殖户", "报障人", "送检人", "申报人", "取件人",
                "执业药师",
                # the keeper a dog's record names, who keeps a canteen's samples, flies a drone or
                # vaccinates a herd, who is trapped in a lift (犬主顾超, 留样人于长春, 防疫员, 被困者金艳)
                "犬主", "养犬人", "留样人", "操作人", "防疫员", "被困者", "被困人员",
                # a company's officers; who checked, asked and wrote a record down; who serves and
                # who receives a decision; a members list's own lines (本人:, 长子:)
                "董事长", "总经理", "执行董事", "监事",
                "核查人", "调查人", "被调查人", "记录人", "走访人", "复核人", "审批人", "填表人",
                "受送达人", "送达人", "本人", "长子", "次子", "三子", "幼子", "长女", "次女", "三女",
                # a change of holder (户主变更：江文华→江华; the text is folded, the colon is read
                # after any cue), a JSON export's name key ("xm":"蓝天")
                "变更", "〔姓名〕→", "〔姓名〕->", '"xm":"', '"xm": "', '"name":"', '"name": "',
                # a name listed with a name already found (〔姓名〕和平敏, 〔姓名〕、于航)
                "〔姓名〕和", "〔姓名〕、", "〔姓名〕与", "〔姓名〕及") + _WORK_CUES + _PRIVATE_WORK_CUES \
    + SERVICE_PARTY_ROLES \
    + NOTICE_PARTY_ROLES   # (住客, 患者家属, 其妻: service_roles.tsv; 异议人, 被公示人: notice_roles.tsv, party)
# Words right after a name that confirm it; the strong ones even when the name begins like a
# common word (雷雨泽夫妇, 胡子涵同志).
_STRONG_AFTER_CUES = ("同志", "先生", "女士", "老人", "本人", "夫妇", "之子", "之女", "之妻", "之夫",
                      "之父", "之母", "同学",
                      # where the person lives (金兰媛 + 现居悉尼)
                      "现居", "现住", "旅居") \
    + tuple(f"{act}其{kin}" for act in "代替" for kin in ("父", "母", "子", "女", "妻", "夫", "兄", "弟",
                                                        "姐", "妹", "孙", "儿", "爱人", "配偶", "丈夫"))
# (not 定居: 牧民 + 定居点; 代其父, 替其母: an errand run for one's own kin, 和水生 + 代其父柳阳办理…)
_AFTER_CUES = _STRONG_AFTER_CUES + ("代领", "代为", "领取", "签字", "签收", "反映", "投诉", "来电",
                                    "来信", "称", "自述", "提供", "家庭", "一家", "户",
                                    "代签", "代收", "代交")   # (备注：苏铁柱 + 代签: one signs for another)
# The acts the registers of tenants, volunteers, rescues, burials, insurance for land lost,
# schools and training write right after a person's name, and a parent with a child: after
# them even a plain noun or verb at a clause's start is a name (甘露退租, 国强下葬).
_REGISTER_ACTS = ("租住", "退租", "搬走", "搬离", "报名", "火化", "下葬", "安葬", "救起", "救上岸", "跳水",
                  "参保", "退保", "补领", "补办", "被录取", "退学", "结业",
                  "缺勤", "母子", "母女", "父子", "父女", "兄妹", "姐弟", "一家人",
                  # a child taken along, a road accident, in complaints and legal aid (文静带孩子,
                  # 杨柳因交通事故)
                  "带孩子", "因交通事故")
# The acts a clerk's log or ledger writes right after a person (round 21, helper tl): a pupil's
# parent tastes the meal (家长〔姓名〕、林华 + 试吃…), a user signs in or has a card opened at a net
# cafe or a class (补登实名, 开卡, 签到), a pawner redeems, renews or comes to pawn (赎当, 续当,
# 来当), a client comes to ask (来问, 来所咨询), a member asks for leave (因病请假 is _PERSON_
# PREDICATES' 因病), a winner claims a prize, a relative takes a patient home (接回, 领回).
_CLERK_LOG_ACTS = ("试吃", "陪餐", "签到", "签退", "补登实名", "补登", "开卡", "上机", "下机", "退卡",
                   "赎当", "续当", "来当", "来问", "来所", "来站", "来村", "来店", "来馆", "来园", "来院",
                   "请假", "请病假", "销假", "领回", "接回", "代课", "缺课", "旷课")
# (not 兑奖: what is claimed is a ticket, 持 + 时时乐 + 兑奖)
# What only a person does or undergoes, right after a name: it confirms a name whose surname is
# also a word (本月白森未到场, 此前景怡已享受, 楼然独自居住, 闭红霞于2025年2月死亡).
_PERSON_PREDICATES = ("家中", "家里", "未到场", "到场", "独自", "已享受", "享受", "系残疾", "系五保",
                      "同来",     # (twentieth round: came along, 岩罕应同来办理)
                      "系低保", "死亡", "去世", "病故", "病逝", "住院", "务工", "打工", "外出", "年满",
                      "两人", "二人", "三人", "等人", "夫妻", "患有", "患病", "因病", "长期患",
                      "的儿子", "的女儿", "的妻子", "的丈夫", "的父亲", "的母亲", "的配偶", "的孙子",
                      "的孙女", "的女婿", "的儿媳", "的银行", "的低保", "的户口", "的身份证",
                      "未参加", "不在家", "来访", "来电", "来信", "在场", "多次",
                      "已离职", "离职", "患", "无其他收入", "无劳动", "无收入", "无固定",
                      "的孩子", "的两个孩子", "的三个孩子", "家两口", "家三口", "家四口", "家五口",
                      "两户", "电话", "拒不", "拒绝", "入住", "常年", "已领取", "领取了", "的医药费",
                      "的医疗费", "的住院费", "的发票", "的补助", "的救助金", "的房屋", "的户籍",
                      "的账户", "的申请", "的社保卡", "的银行卡", "的存折", "家住", "未按时", "未按规定",
                      "未及时", "未提交", "未能", "医保报销", "兄弟", "姐妹", "驾驶", "同意", "先行",
                      "银行卡",
                      "通过网上", "陈述", "已满", "名下", "退役", "离婚", "为其",
                      # owing, treatment, schooling, living alone, a person's income
                      "欠", "规律血透", "血透", "透析", "化疗", "转学", "入学", "就读", "休学",
                      "辍学", "独居", "月收入", "年收入", "月工资", "失联", "举报",
                      # a fine not paid, the one who wrote a visit's record down
                      "逾期未", "记录：", "记录:", "打零工", "说", "在家",
                      # a misfortune that befalls a person
                      "因灾", "因火灾", "因洪灾", "因车祸", "因意外", "突遭", "突发",
                      # a speaker of another language only, whom an interpreter helps
                      "不通汉语", "不懂汉语", "不会汉语",
                      # sharing a flat, life after retiring, an injury at work (与同事冯彤合租,
                      # 满山退休后)
                      "合租", "退休后", "因工受伤",
                      # a witness's or an informant's part (证人关心 + 证实, 店员向前 + 对此知情, 对白杨 +
                      # 的举报无异议)
                      "证实", "作证", "对此知情", "的举报", "的投诉",
                      # a report under one's own name (收到葛金山 + 实名举报: 金山 is a hill's name too)
                      "实名举报", "实名反映", "实名投诉",
                      # a reader's act on a work: the name right before a title is the reader's
                      # (王五借《红楼梦》; see _work_title_close)
                      "借《", "借阅《", "借走《", "想借", "续借", "归还《", "预约《", "读完《") + _REGISTER_ACTS + _CLERK_LOG_ACTS
_PREDICATE_FIRST = frozenset(p[0] for p in _PERSON_PREDICATES)
# A clerk's act on a person's errand that the lexicon tags as a noun (办理 n, 申报 nz, 备案, 核实,
# 联系, 挂号, 代领...) or does not hold (换领, 解挂): _is_verb does not see it, and the institution a
# few characters on (办理 + 门诊慢特病备案, 核实 + 卫生院票据, 续保 + 医保中心) then read the name
# before as a shop's or an office's (代其父严明 + 办理门诊…). The act after the name is the person's,
# unless a unit's head follows the act at once (办证 + 大厅, 经办 + 处, 联系 + 点: a desk's name).
# The acts done at a desk for oneself or for another (代领 a relative's allowance): both this frame and
# the frame of a second person a verb brings in (由X代签, _BRING_IN_ACTS) end on them; one home.
_DESK_ERRANDS = ("办理", "代领", "代签", "代交")
_ERRAND_ACTS = _DESK_ERRANDS + ("申报", "备案", "核实", "联系", "报案", "报警", "挂号",
                "经办", "落户", "过户", "配药", "续保", "入户", "前往", "办证", "领办", "转院", "出院",
                "销户", "开户", "汇款", "化验", "换领", "解挂", "陪诊", "取件", "咨询", "复查")
_ERRAND_ACT_FIRST = frozenset(a[0] for a in _ERRAND_ACTS)
_ERRAND_DESK_HEADS = ("中心", "大厅", "窗口", "处", "科", "室", "站", "点", "所", "部", "组", "办", "机构",
                      "公司", "服务", "平台", "专窗", "柜台")


def _errand_act_at(t: str, end: int) -> bool:
    """Does a clerk's act of _ERRAND_ACTS begin at ``end``, no desk's name (办证大厅)?"""
    for act in _ERRAND_ACTS:
        if t.startswith(act, end):
            return not t.startswith(_ERRAND_DESK_HEADS, end + len(act))
    return False


# One or two acts and 人员 or 军人 (务工人员, 外出务工人员, 退役军人事务局): a group of people, no
# act of the one before.
_PREDICATE_GROUP_RE = re.compile(
    "(?:" + "|".join(sorted(map(re.escape, _PERSON_PREDICATES), key=len, reverse=True)) + "){1,2}(?:人员|军人)")
# ... of which an insurance scheme's enrolment may be said too, after an adverb: 惠民保已参保 is
# the scheme, 高山参保 the person.
_ADVERB_PREDICATES = tuple(p for p in _PERSON_PREDICATES if p not in ("参保", "退保"))
_PERSON_AFTER = _STRONG_AFTER_CUES + _TITLES + _PERSON_PREDICATES \
    + ("和〔姓名〕", "、〔姓名〕", "与〔姓名〕", "及〔姓名〕")
# A date after 于 or an age right after a name (齐心于2025年1月, 高山（75岁）): strong enough to read
# even a common word as a name (_strong_person_context) ...
_DATE_AGE_RE = re.compile(r"已?于(?:[0-9]{2,4}|[〇零一二三四五六七八九]{2,4})年|已?于[0-9]{4}[-/.][0-9]{1,2}"
                          r"|[（(，,]?[0-9]{1,3}周?岁")   # (江河75周岁: the full years' form too)
# One who leads workers (王长江 + 带木工宋玉珍…, 端木悦 + 带油漆工): only a person leads a crew,
# whatever word the name is; the crew's trade is no shop's (round 27, nk27).
_LEADS_CREW_RE = re.compile("带(?:[木瓦电焊泥漆钳]|油漆|水电|泥瓦|装修|搬运)?工(?:人)?(?![厂程业资具商期])|带(?:徒弟|学徒|班组)")
# ... and with them, after a name: a month after 于, a count (等3人), an amount in a list, a
# relation (系兄弟); a household's size or a role in brackets is _BRACKET_ROLE_RE's.
_PERSON_AFTER_RE = re.compile(
    _DATE_AGE_RE.pattern + r"|已?于[0-9一二三四五六七八九十]{1,2}月|今年[0-9一二三四五六七八九十]{1,3}岁"
    r"|等[0-9一二三四五六七八九十]{1,2}人|[0-9]{2,}(?:\.[0-9]+)?元"
    r"|系(?:兄弟|姐妹|兄妹|姐弟|夫妻|父子|父女|母子|母女|亲属|邻居|同事|同学|朋友)"
    # (round 21: a member's leave and its reason, a member replaced for work away: 白云 +
    # 因高血压请假, 龙华 + 因外出务工调整为…)
    r"|因[^，。；,;\s]{1,6}?(?:请假|缺课|缺席|未能参加)|因外出务工"
    # (round 24: a rider on a vehicle of a brand, 杨平 + 骑新日电动车: no given name 平骑)
    r"|骑[^，。；,;\s]{0,6}?(?:电动车|电瓶车|电动自行车|电动三轮车|摩托车|三轮车|自行车|助力车)"
    "|" + _LEADS_CREW_RE.pattern)
# A household's size or a person's role in brackets (常青（2人）, 石林（户主）): as strong as 同志
# after a name, even one that is a word.
_BRACKET_ROLE_RE = re.compile(
    r"[（(](?:[0-9一二三四五六七八九十]{1,2}人|户主|本人|配偶|[长次三四幼]?[子女]|儿子|女儿|父亲|母亲|妻子"
    r"|女婿|儿媳|孙[子女]|外孙女?|侄[子女]|[堂表][兄弟姐妹]|哥哥|姐姐|弟弟|妹妹|[岳继养][父母]|公公|婆婆"
    r"|丈夫|之子|之女|代领人|监护人|[0-9]{1,3}岁|[^（）()\s]{1,12}(?:村|组|社区|小组)"
    # the person who acts for one, named in the brackets (关爱（监护人：龙引弟）, 仉雅琪（代领人：朱浩然，
    # 144****6817）): only a person has a guardian, or a payee's money collected for them (a firm's
    # contact, 某公司（联系人：王伟）, is no such note)
    r"|(?:法定)?(?:监护人|代领人)[ \t]*[:：][^（）()]{1,24}"
    r"|(?:均为|均系|均是|都是)?[^（）()\s]{1,3}族|[^（）()\s]{0,7}(?:负责人|[^工个]人|员|民|工|主|骑手)"
    # what only a person is or has, first in the brackets (宁静（曲阜师范大学毕业生，身份证…）, 时光（低保
    # 对象）, 高新柏（硕士，软件工程）, 夏天（家庭收入超标）)
    r"|[^（）()\s]{0,12}?(?:对象|毕业生|在校生|研究生|本科生|硕士|博士|家庭[0-9一二三四五六七八九十]{1,2}人|家庭收入"
    r"|重度残疾|[一二三四1-4]级残疾)[^（）()]{0,24}"
    r"|[^（）()\s]{1,10}(?:业主|店主|经营者)"
    r"|[病事]假|请假|[夜白]班|值班|(?:外出)?务工|在校|在读|已故|去世|新生儿"
    r"|(?:殁年|享年)[0-9一二三四五六七八九十]{1,3}岁?(?:[，,][^（）()]{0,12})?"
    r"|(?:户主|配偶|本人|妻|夫|[长次]?[子女]|孙[子女]?|外孙女?|女婿|儿媳|[父母]亲?|祖[父母]|外?[祖]?[父母]"
    r"|兄|弟|姐|妹|侄[子女]?|外甥女?)[，,、；;][^（）()]{0,12})[）)]"
    r"|[0-9]{1,3}岁")
# One character of kinship standing alone at a phrase's start is a cue too (；父万里服刑中，母马红梅
# 离家; 其弟王强; a household's list: 户主岩罕，妻玉罕，子岩叫): after anything else it is the end of
# a word (父母, 祖母, 子女).
_KIN_CHARS = "父母妻夫兄姐弟妹"
# What may stand between a cue and the name: a colon, an equals sign of a key=value log (劝导员=曾先,
# 出租人=文荔: round 24), a copula.
_CUE_TAIL = " \t:：=为是系"
_BEFORE_RE = re.compile("(?:" + "|".join(sorted(_BEFORE_CUES, key=len, reverse=True))
                        + rf"|(?:^|(?<=[，,；;。：:、（(\s其系]))[{_KIN_CHARS}]|(?<=其)[子女侄姪孙甥]"
                        + r"|(?:^|(?<=[，,；;。：:、（(]))[子女](?![ \t])"   # (not a sex: 女 满族)
                        # who goes along, as a clause's own label (；同行李娟玲、领队…: round 26, sl26;
                        # not 与同行交流, 同行业: only at a clause's start, and a name must follow)
                        + r"|(?:^|(?<=[，,；;。：:、（(\s]))同行"
                        # the other party of a match or a deal, as a clause's own label (备注：对方杨振华
                        # 未回复: round 27, lb27; not 已对 + 方密: 对 a preposition after a word)
                        + r"|(?:^|(?<=[，,；;。：:、（(\s]))对方"
                        + r"|(?<![\u4e00-\u9fff])[日韩美英法德俄越朝泰印外港澳台藏]籍"
                        + r")[ \t]*(?:[:：=]|为|是|系)?[ \t]*$")
def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


# A cue word of three characters or more that ends at a character: that character is the cue's,
# no surname (班主任 + 刘芳: 任 ends the cue).
_LONG_CUES = sorted((c for c in _BEFORE_CUES if len(c) >= 3 and not c.startswith("〔")),
                    key=len, reverse=True)
_CUE_ENDING_RE = re.compile("(?:" + "|".join(_LONG_CUES) + ")$")
_CUE_LAST = frozenset(c[-1] for c in _LONG_CUES)
# ... and the cue words of two characters whose second is a surname's (出纳, 陪练, 教练, 伯伯, 网管):
# right before a surname, the pair is the cue and the name begins after it (出纳 + 屈超, not 纳屈超;
# 伯伯 + 石磊, not 伯伯石磊). See _pair_cue_around.
_PAIR_CUES = frozenset(c for c in _BEFORE_CUES + _JOB_NOUNS
                       if len(c) == 2 and c[1] in _SINGLE_SET and all(_is_cjk(x) for x in c))

# Candidate starts: any surname character, or a compound surname (tried first).
_START_RE = re.compile("(?=(" + "|".join(sorted(COMPOUND_SURNAMES, key=len, reverse=True))
                       + f"|[{_SINGLE}]))")

# --- English / pinyin -------------------------------------------------------------------------

# (a syllable without an initial begins with a, o or e, and er stands only so: pinyin writes yi,
# wu, yu for the others; so heater, power and given are no pinyin, he-a-ter, gi-v-en)
_SYLLABLE = (r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
             r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|"
             r"ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)")
_PINYIN_RE = re.compile(rf"(?:{_SYLLABLE}){{1,3}}")
_ONE_SYLLABLE_RE = re.compile(_SYLLABLE)
_TITLE_WORDS = ("Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Mdm|Mme|Teacher|Doctor|Director|Officer|Auntie|Aunt|Uncle|"
                "Granny|Grandma|Grandpa|Master|Boss|Chief|Captain|Professor|Prof|Nurse|Driver|"
                "Secretary|Manager|Chairman|Chairwoman|Principal|Inspector|Judge|Lawyer|Engineer|"
                "Accountant|Foreman|Sergeant|Constable|Mayor|Governor|Commissioner|Deputy")
# ... and the English words for the posts of post_titles.tsv (President Guo, Instructor Zhou)
_TITLE_WORDS += "".join("|" + w for w in sorted(POST_TITLES_ENGLISH - set(_TITLE_WORDS.split("|"))))
_TITLE_RE = re.compile(rf"\b(?:{_TITLE_WORDS})\.?[ \t]+"   # (a hyphened given name is one word: Mr De-Jie Liang)
                       r"(?P<name>(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]{2,})(?:[ \t]+[A-Z][a-z]+)?)\b(?!-)")
# (a pair may follow a Chinese character directly: 日籍员工SUZUKI Takuya; its first word may be
# typed in camel case: XiaoMing Guo; a hyphened given name's parts are syllables, of six letters at
# most: in Yu Haiyan—volunteer—Jinniu the dashes, folded to hyphens, part a row's fields)
_PAIR_RE = re.compile(r"(?<![A-Za-z0-9])(?P<a>[A-Z][a-zü]+(?:[-'’][A-Za-z][a-zü]*|[A-Z][a-z]+)?|[A-ZÜ]{2,}(?:[-'’][A-Z]{1,})?"
                      r"|[PTK]['’][a-z]{1,5}|I-[a-z]{2,6})"
                      r"[ \t]+(?P<b>[A-Z][a-zü]*(?:[-'’][A-Za-z][a-zü]{1,5}){1,2}|[A-Z][a-zü]+(?:[A-Z][a-z]+)?"
                      r"|(?:CH|TS|TZ|[PTK])['’][A-Z]{1,5}|[A-ZÜ]{2,}(?:-[A-ZÜ]{2,})?)"
                      r"(?![A-Za-zÜü0-9])")   # (Xu Chang'an: an apostrophe parts two syllables)
#                       (P'an, T'ang, K'ung, CH'IU: Wade-Giles marks an aspirate so; I-chen: the
#                       given name of Taiwan whose first syllable is the one letter I, 意/怡)
# Words after a capitalised pair that make it a place or an organisation.
_LATIN_PLACE_WORDS = frozenset("""district road rd street st avenue ave lane town township village
route railway highway expressway corridor
county city province prefecture zone park bridge river lake mountain mountains range hill island port station
co company corp corporation ltd limited inc group restaurant house shop store hotel bureau office
committee hospital clinic school university college market mall centre center tourism garden
plaza tower building community estate industrial trading noodle noodles hardware barbecue
supermarket bank stall outlet kiosk booth branch bookstore pharmacy capsules capsule tablets granules
candy sauce""".split())
# ... and, capitalised after a pinyin pair, these make it the name of a place, a venue or a
# firm (Wu Ying Gate, Liu Laoshi Tutoring); lower case they are ordinary words after a name
# (Li Na works at ...), so they are read only as the next capitalised word.
_LATIN_PROPER_WORDS = _LATIN_PLACE_WORDS | frozenset("""
gate home house lake canteen cinema opera palace pagoda temple garage cafe area zone arena
tutoring academy care tea media mine museum memorial tomb mosque church shrine monastery fort
castle dynasty kindergarten nursery salon barber tailor repair motors farm orchard factory plant
works mill logistics express delivery training service services pharmacy dental agency tours
travel technology tech holdings investment development property estate insurance appliances
bookstore snacks buns beef dumpling bakery steamed hotpot teahouse kitchen fair festival
malatang mala lamian jiaozi baozi mantou shaokao huoguo chuanchuan xiaochi canting fandian
jiudian binguan chaoshi yaodian
bbq ktv grill noodles noodle restaurant diner grain oil seafood fruit hardware furniture
congee shengjian xiaolongbao jianbing liangpi roujiamo wonton
delek rahmet
""".split())   # (Tashi Delek, Rahmet: greetings, not family names)
# English words that are also spelled like pinyin: two of them together are not a name.
# (wang and fang are left out: Wang Fang is a name far more often than English words)
_ENGLISH_WORDS = frozenset("""a an he me we she hang long man men ban pan tan ran fan can
bang gang sang hen ten pen den ken sun run fun gun bun nun done die lie tie pie zen
shin chin sing ding ping bin lin tin pin kin sin win hong kong nan bay you
in ha ye are here share more care rare bare dare fare hare ware lane line mine nine pine dine
june tune one china time dime lime same name game came tame lame fame gene sane cane mane pane
tone none sino rang fine
bike like make take lake cake bake wake date late gate rate hate fate mate site bite mute cute dune
bone rope home pipe ripe tape cape dome pole mole hole role sole pile tile mile file tide ride side
hide mode node rode made fade wade""".split())   # (the second group and the third: English words
#                                     that read as pinyin of two syllables, bi-ke, ho-me; rang, as in
#                                     rang zou yong (son), no pinyin phrase)
# Two English words capitalised are a name unless a sentence begins with them and goes on in
# lower case (He Ran the shop; but "Sun Lin, 68, lives alone").
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?;:\n(\"“]\s*)$")
# Capitalised pinyin pairs that are places, whatever follows them.
# Pinyin pairs that are a place or a thing, not a name (Hong Kong; Bai Jiu, Ma Jiang, Tai Chi,
# Feng Shui, Kung Fu, Qi Gong, Jiao Zi: drinks, games and practices written in two words).
_LATIN_PLACES = frozenset({("hong", "kong"), ("bai", "jiu"), ("huang", "jiu"), ("mi", "jiu"), ("ma", "jiang"),
                           ("tai", "chi"), ("tai", "ji"), ("feng", "shui"), ("kung", "fu"), ("gong", "fu"),
                           ("qi", "gong"), ("jiao", "zi"), ("bao", "zi"), ("man", "tou"), ("hu", "tong"),
                           ("hong", "bao"), ("guan", "xi"), ("wu", "shu")})
# Words before a capitalised pair that announce a person (collected by, contact:, applicant).
_LATIN_CUE_RE = re.compile(r"(?:\bby|\bwith|\bcontact(?: person)?|\bhead|\bapplicant|\bholder|"
                           r"\brecipient|\bpayee|\bguardian|\bagent|\bname|\bparty|\bowner|"
                           r"\bcomplainant|\bcaller|\bneighbou?r)[ \t]*[:：]?[ \t]*$", re.I)
# Roles after which a capitalised word is a person's name (read by _cued_latin_hits).
# The roles, relations and acts after which an English export names a person (patient, sister,
# person in charge, collected by …): the one list the capitalised and the lower-case readings share.
_LATIN_ROLE_WORDS = (r"the[ \t]+party|parties|party|officers?|recipients?|patients?|students?|pupils?|applicants?|"
                     r"migrant[ \t]+worker|worker|mediator|residents?|name|caller|complainants?|guardian|payee|"
                     r"holder|tenants?|landlord|owner|driver|nominees?|claimants?|addressee|borrowers?|lessee|"
                     r"occupants?|informant|defendants?|son|daughter|wife|husband|father|mother|grandson|"
                     r"granddaughter|grandmother|grandfather|grandma|grandpa|child|sister|brother|sibling|"
                     r"uncle|aunt|cousin|in-law|witness(?:es)?|victim|inspector|transferred[ \t]+to|"
                     r"collected[ \t]+by|received[ \t]+by|signed[ \t]+by|co-signed[ \t]+by|handled[ \t]+by|served[ \t]+on|"
                     r"accompanied[ \t]+by|contact|proxy|head|hoh|collector|spouse|nephew|niece|relative|"
                     r"surveyed[ \t]+by|visited[ \t]+by|reported[ \t]+by|paid[ \t]+by|lives[ \t]+with|"
                     r"behalf[ \t]+of|reported[ \t]+that|paid[ \t]+to|fined|c/o|caretaker|carer|visited|"
                     r"operator|beneficiary|neighbou?r|(?:household|house|home|family)[ \t]+of|per|manager|"
                     r"person[ \t]+in[ \t]+charge|proprietor|guarantor|representative|controller|agent|"
                     r"members|signed|surname|names|maiden[ \t]+name|n[ée]e|nickname|alias|aka|"
                     # (people a welfare or a consumer record names: Caseworker John Smith, Widow
                     # Maria Garcia, Buyer Aygul Ahmat; not seller or vendor, which are as often shops)
                     r"(?:case|social)[ \t]?workers?|widow(?:er)?s?|lodgers?|landlady|volunteers?|"
                     r"villagers?|pensioners?|retirees?|orphans?|interpreter|buyers?|purchaser|consumer|"
                     # (the crews and lists a payroll or a share-out names in the plural, as the
                     # singular roles above: cleaners Zhang Zifang RMB 789, Grace Yang RMB 712;
                     # security guards, drivers, claimants, guarantors, heirs)
                     r"cleaners|cleaner|(?:security[ \t]+)?guards|porters|cooks|helpers|labou?rers|workers|"
                     r"employees|attendees|participants|beneficiaries|payees|guarantors|drivers|"
                     r"owners|landlords|carers|caretakers|debtors|heirs|trainees|apprentices|nurses|"
                     r"householders|signatories|winners|awardees|gardeners|janitors|"
                     # (who a delivery's, a lodging's, a claim's or an elder check's record names:
                     # rider I-chen TENG, guests PanJinghang and …, insured LYU Kai, Elderly Eddie Luk)
                     r"riders?|couriers?|passengers?|guests?|insured|elderly|"
                     # (the holders of a herd or a crop, persons as 种植户 are: Herder Tursun
                     # Mamat, Grower Aygul Esen)
                     r"herders?|growers?|farmers?|shepherds?|"
                     # (the person a clinic's or an incident's record is about, named by what befell
                     # them: Bitten Vincent Law Ming-sze, Injured Chen Li; round 25)
                     r"bitten|injured|wounded|deceased")   # (not persons, households:
#                                                                      a count, 3 persons, Learn from Lei Feng)
# (a key and "=" as a log writes fields: name=Fu Qiang age=52; a quote opening the name: alias
# "Dazhuang", caller "Xu Wenjie")
_LATIN_ROLES = rf"\b(?i:{_LATIN_ROLE_WORDS})\b[ \t]*[:：,=]?[ \t]*[\"“‘'«「]?"
_LATIN_ROLE_RE = re.compile(f"(?:{_LATIN_ROLES}|{PLACEHOLDER}[ \t]+and[ \t]+)$")   # (… and a name found)
# A role and a capitalised word after it: a name of one word may follow (Name: Drolma, served on
# Bateer), which no capitalised pair announces (the trigger of the Latin reading, with the pairs).
_LATIN_ROLE_NAME_RE = re.compile(_LATIN_ROLES + "[A-Z]")
# One of those roles as a word by itself (Carer, Tenant: no given name before a family name).
_LATIN_ROLE_WORD_RE = re.compile(rf"(?i:{_LATIN_ROLE_WORDS})")
# What only a person does, in lower case after a name in an English export (He Ping lives alone;
# Bater applied; … su mei worked): the one list the Latin readings share.
_LATIN_ACTS = (r"lives|lived|applied|moved|died|passed[ \t]+away|visits|receives|received|works|worked|"
               r"collected|signed|complained|reported|said|says|confirmed|stated|agreed|attended|explained|"
               r"claimed|denied|admitted|owes|owed|declined|requested|refused|phoned|insisted|promised|"
               r"asked|came|went|returned|missed|wanted|needs|needed|called|enrolled|absent|attends|studies|"
               r"resides|wants|hopes|thinks|feels|not[ \t]+(?:at[ \t]+)?home|not[ \t]+in|not[ \t]+present|"
               r"unreachable|"   # (a visit's or a roll's note, gas check: bo wen not home)
               # (what partners in a shop do, a verb of persons as co-signed is, not the shop's
               # words after it: LIN Xinmei and T.J. Feng co-own the shop; round 29, en29)
               r"co-own|co-owns|co-owned")
# ... and what one does to a person, right before a name (interviewed Nurlan Serik, we phoned
# zhang wei, rang pan wenhua, texted su bowen, referred ding li to the job centre, married tan
# jianjie): the one list the Latin readings share.
_LATIN_DEALT_WITH = (r"interviewed|visited|called|contacted|met|told|asked|helped|paid|warned|fined|"
                     r"notified|phoned|referred|informed|reminded|accompanied|advised|married|adopted|"
                     r"hired|replaced|divorced|rang|rung|telephoned|texted|messaged|e-?mailed|wechatted")
# A phone number right after a name, masked or found already (chen li 139****2218 called, Dawa
# 〔电话〕): only a person is reached so in a remark.
_PHONE_AFTER = r"[ \t]+(?:1[3-9][0-9][*＊]{4}[0-9]{4}|〔电话〕)"
# The relations a household's list writes in brackets after a name (head, wife, son …).
_LATIN_RELATIONS = r"head|hoh|wife|husband|spouse|son|daughter|mother|father"
# One capitalised word standing as a list's item or before what only a person does (Bater / 〔姓名〕,
# Bater applied): a minority name of one element may be that word (_single_element_latin_hits).
# (an item of a list parted by commas too: Wuyunbilige, Narisu, Suriguga; Tashi (head), Dawa (son);
# a tab's field, a quotation or a bracket: 003<TAB>Dolkar<TAB>, signed as "Drolma", arrears
# [Bayarmaa], son's account (Pasang), a row's first field in capitals, OYUNCHIMEG / …, or an item
# before a dash; an element hyphened to another, Bat-Erdene, is one; a verb in the past after it,
# Pasang travelled, its possessive, Bayarmaa's flat, an age, Dolkar (67), Nyima, 80, a phone
# number or "and her husband" say a person as an act does)
_LATIN_SINGLE_RE = re.compile(r"(?:^|(?<=[/;|,:\t\"“\[［(（])|(?<=[/;|,:] )|(?<=\band ))"
                              r"(?P<w>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?|[A-Z]{3,}(?:-[A-Z]{3,})?)"
                              r"(?=[ \t]*(?:[/;|,\t\"”\]］)）]|\.?$| [-–—] )"
                              rf"|[ \t]*\((?i:{_LATIN_RELATIONS})\b|[ \t]+and[ \t]+[A-Z])"
                              rf"|(?<![A-Za-z'’-])(?P<v>[A-Z][a-z]{{2,}}(?:-[A-Z][a-z]{{2,}})?)(?=[ \t]+(?:{_LATIN_ACTS}|[a-z]{{3,}}ed)\b"
                              r"|[ \t]*\((?:aged?[ \t]*)?[0-9]{1,3}\)|,[ \t]*[0-9]{1,3}\b|['’]s\b|[ \t]+and[ \t]+(?:her|his)\b|"
                              + _PHONE_AFTER + ")")
# A form's or a record's field for one part of a name, however a system spells its label (Given
# name(s): Ruoxi, "given_name": "Haoran", "lastName": "Qin", FIRST NAME= Jiahao): its value is
# that part of a person's name, one or two capitalised words (KA YAN), whatever they spell.
_NAME_PART_FIELD_RE = re.compile(
    r"(?<![A-Za-z])(?i:(?:given|first|last|family|sur|fore|middle|christian)[ _]?names?(?:\(s\))?)"
    r"[\"']?[ \t]*[:：=][ \t]*[\"']?(?P<v>[A-Z][A-Za-z]*(?:[ -][A-Z][A-Za-z]*)?)(?![A-Za-z/]|\.[A-Za-z])")
# A given name alone before an age in brackets, among a household's children or relatives
# (Dependants: Yiming (8), Yixin (5); Grandchildren Mingming (6) and Lele (4)): pinyin of no
# surname, no English word and no place (Haidian (12) counts cases in a district).
_GIVEN_AGE_RE = re.compile(r"(?<![A-Za-z'’-])(?P<w>[A-Z][a-z]{2,})(?=[ \t]*\((?:aged?[ \t]*)?[0-9]{1,2}\))")
# A given name and a surname joined by a hyphen, as old systems stored them (Xiaohong-Li,
# Li-Xiaohong): one side a surname of one syllable, the other pinyin of more; not after another
# capitalised word nor before one (Hong Kong-Zhuhai Bridge: a place's name goes on).
_HYPHEN_JOINED_RE = re.compile(r"(?<![A-Za-z'’-])(?<![A-Z][a-z] )(?<![A-Z][a-z]{2} )(?<![A-Z][a-z]{3} )"
                               r"(?P<a>[A-Z][a-z]+)-(?P<b>[A-Z][a-z]+)(?![A-Za-z'’-]|[ \t]+[A-Z])")
# A name typed as one word (XieNa, LiuXiaohong) or joined by an underscore as account names are
# (zeng_qing): a pinyin surname, then a pinyin given name.
_JOINED_NAME_RE = re.compile(r"(?<![A-Za-z0-9_@./])(?:(?P<a>[A-Z][a-zü]{0,5})(?P<b>[A-Z][a-zü]{1,10}(?:['’][a-z]{1,6})?)"
                             r"|(?P<c>[a-z]{1,6})_(?P<d>[a-z]{1,10}))(?![A-Za-z0-9_@]|\.[A-Za-z])")
#                                   (not an e-mail's or a web address's part: wang_min@163.com)
# (a surname and a given name of two syllables typed as one CamelCase word: _camel_name_hits)
_CAMEL_NAME_RE = re.compile(r"(?<![A-Za-z0-9_@./'’-])(?P<a>[A-Z][a-z]{0,8})"
                            r"(?P<b>[A-Z][a-z]{1,6}[A-Z][a-z]{1,6}|[A-Z][a-z]{3,12})(?![A-Za-z0-9_@'’-]|\.[A-Za-z])")
_LATIN_TRIGGER_RE = re.compile(r"[A-Z](?:[a-zü]*|Ü)(?:[-'’][A-Za-z][a-zü]*)?(?:[ \t]+|,[ \t]*|\.[ \t]?|/)[A-Z]"
                               r"|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Madam|Mdm)\b")

# A surname in lower case: a word of up to six letters, or a compound surname spelled longer
# (shangguan, huangfu), named so that a longer word does not swallow the name after it (farmer,
# applied<TAB>yang fan).
_LOWER_SURNAME = "(?:[a-zü]{1,6}|" + "|".join(sorted((w for w in PINYIN_SURNAMES if len(w) > 6),
                                                     key=len, reverse=True)) + ")"
# A name in lower case after an English role (applicant zhang wei, proxy: li xiuying): exports
# lower-case whole columns; the role says a person follows.
_LOWER_CUED_RE = re.compile(rf"(?i:\b(?P<role>{_LATIN_ROLE_WORDS}|by|with|for|and|household|mr|mrs|ms|miss|madam)\b"
                            r"\.?[ \t]*[:：,]?[ \t]*[\"“‘']?)"   # (the name 'zhang hong')
                            rf"(?P<a>{_LOWER_SURNAME})[ \t]+(?P<b>[a-zü]{{1,6}}(?:[ '’-]?[a-zü]{{1,6}})?)\b")
# ... or anywhere in an English export's prose (Called cao yu on 3 May; the money went to su mei's
# account): a pinyin surname and a pinyin given name, neither an English word, no pinyin word
# beside them (a pinyin phrase: ma la tang).
_LOWER_PAIR_RE = re.compile(rf"(?<![A-Za-zü'’-])(?P<a>{_LOWER_SURNAME})[ \t]+(?P<b>[a-zü]{{1,12}}(?:['’-](?!s\b)[a-zü]{{1,6}})?)"
                            r"(?![A-Za-zü-])")
# ... or a given name of two syllables typed as two words (boat licence: pan hai yan renewed).
_LOWER_SPACED_RE = re.compile(rf"(?<![A-Za-zü'’-])(?P<a>{_LOWER_SURNAME})[ \t]+"
                              r"(?P<b>[a-zü]{1,6}[ \t]+[a-zü]{1,6})(?![A-Za-zü'’-])")
# What stands around such a pair in prose when it is a person: a preposition or a verb of dealing
# with someone before it, or a possessive, a bracket, a relation or what a person does after it
# (status: zheng chang, type: di bao, hai dian district stay).
_LOWER_PERSON_BEFORE_RE = re.compile(rf"(?:\b(?:to|from|by|with|and|or|of|against|that|{_LATIN_DEALT_WITH})"
                                     r"|&|/)[ \t]*$", re.I)
# ... or a pair that is the whole of a quotation, with a given name of two syllables written as one
# word ("du qingcheng" corrected to …, typed as "ma guoqiang"): how a record quotes a spelling.
_OPEN_QUOTES = frozenset("\"“‘'«「『")
_CLOSE_QUOTES = frozenset("\"”’'»」』")
_LOWER_PERSON_AFTER_RE = re.compile(rf"'s\b|’s\b|[ \t]*\(|{_PHONE_AFTER}|[ \t]*,[ \t]*(?:wife|husband|son|daughter|head|carer|"
                                    r"mother|father|aged?|(?:id|ID)\b|[0-9]|an?[ \t]+(?:farmer|worker|widow|widower|retiree|"
                                    r"pensioner|villager|resident|student|driver|vendor|teacher|nurse|labou?rer|"
                                    r"herdsman|fisherman|veteran|orphan))"
                                    r"|[ \t]+(?:and|&)[ \t]+(?:her|his|partner|spouse|family)\b"
                                    # (zhao wenxia and grandson, li na and wife: a relation joined)
                                    r"|[ \t]+(?:and|&)[ \t]+(?:grandson|granddaughter|grandchild(?:ren)?|wife|husband|"
                                    r"son|daughter|mother|father|children|kids|sister|brother)\b"
                                    # (a welfare check's note on the person: welfare check, tan shuang fine.)
                                    r"|[ \t]+(?:fine|well|unwell)(?=[ \t]*(?:[,.;]|$))"
                                    # (not united: li po chun united world college)
                                    rf"|[ \t]+(?:was|is|has|had|helps|replaced|refused|share|shares|tel|{_LATIN_ACTS}"
                                    r"|(?!united\b)[a-z]{3,}ed)\b")
# ... or standing as a whole item of a list (〔姓名〕 / liao yulan / …, （song cuihua）), or after a
# date opening a log's line (2020-02-24 liu li-jun - statement taken; a given name typed as two
# words too, 2023-05-14 pan hai yan - …).
_LOWER_ITEM_RE = re.compile(r"(?:^|(?<=[/;；|（(\[［\t])|(?<=[0-9]{4}[-/.][0-9]{2}[-/.][0-9]{2} ))[ ]*"
                            r"(?P<a>[a-zü]{1,6}) +(?P<b>[a-zü]{1,6}(?:['’ -]?[a-zü]{1,6})?)"
                            r"(?=[ ]*(?:[/;；|)）\]］\t]|$| - | — |\.(?:[ \t]+[A-Z]|$)))"
                            # (the first item of a list after its label: Paid to: he lan; 〔姓名〕)
                            r"|(?<=[:：])[ \t]*(?P<a2>[a-zü]{1,6})[ \t]+(?P<b2>[a-zü]{1,6}(?:['’-]?[a-zü]{1,6})?)"
                            r"(?=[ \t]*[;；|])")
# ... or the first item of a roll or a check after its colon (flood shelter roll: ma li, fang hui;
# fire drill: an ning.): the label says persons are listed.
_LOWER_ROLL_RE = re.compile(r"\b(?i:roll|list|register|rota|attendance|absentees|absent|present|names|members|"
                            r"recipients|attendees|participants|winners|signatories|check|visit|drill|inspection)"
                            rf"[ \t]*[:：][ \t]*(?P<a>{_LOWER_SURNAME})[ \t]+(?P<b>[a-zü]{{1,6}}(?:['’ -]?[a-zü]{{1,6}})?)"
                            r"(?=[ \t]*(?:[,，;；]|\.?$))")
# The next item of such a list is a name, in capitals or found already (: wang lan; Li, Hong).
_NEXT_ITEM_NAMED_RE = re.compile(r"[ \t]*[;；|][ \t]*(?:〔姓名〕|[A-Z][a-zü]+(?:[-'’][A-Za-z][a-zü]+)?,?[ \t]+[A-Z]"
                                 r"|[A-Z]{2,}[ \t]+[A-Z]|[A-Z]\.[ \t]?[A-Z])")
_LOWER_LETTERS_RE = re.compile("[a-z][a-z]")     # (the cheap test before either)
# ... or opening a cell before an age (zhou xiaoping, 67, widow), a cell of a table printed as
# text too, where a tab or two spaces part the cells (01  chen guiying  78  female).
_LOWER_AGED_RE = re.compile(rf"(?:^|(?<=[;:；：,，] )|(?<=\t)|(?<=  ))(?P<a>{_LOWER_SURNAME})[ \t]+(?P<b>[a-z]{{1,6}}(?:[ -]?[a-z]{{1,6}})?)"
                            r"(?=[ \t]*[,，][ \t]*(?:[0-9]{1,3}\b|(?:fe)?male\b)|[ \t]*\((?:[0-9]{1,3}|ID|head|spouse|son|"
                            r"daughter|wife|husband|grandchild|grandson|granddaughter)\b|$"
                            r"|(?:\t|  )[ \t]*(?:[0-9]{1,3}|(?:fe)?male|[mf])(?:\t|  |$))")

# Initials and a family name in a lower-case export (s.f. fung, tang p.t., j. he).
_LOWER_INITIAL_RE = re.compile(r"(?<![A-Za-z0-9.])(?:(?P<i>[a-z]\.(?:[ \t]?[a-z]\.)*)[ \t]?(?P<a>[a-zü]{2,8})"
                               r"|(?P<b>[a-zü]{2,8})[ \t](?P<j>[a-z]\.(?:-?[a-z]\.)*))(?![A-Za-z0-9ü])")

_OTHER_COMPOUNDS = sorted(c for c in COMPOUND_SURNAMES if c[0] not in _SINGLE_SET)
# (names without a surname: a name element, 额尔敦; a middle dot between Chinese characters)
# (a surname in traditional characters too: 陳淑華 is folded to 陈淑华 before it is read)
_TRADITIONAL_SURNAMES = "".join(sorted(chr(k) for k, v in TRAD_TO_SIMP.items() if v in _SINGLE_SET))
_TRADITIONAL_SURNAME_RE = re.compile(f"[{_TRADITIONAL_SURNAMES}]")
# The first pass for a column: can this value hold a name this module finds?
# (compound surnames whose first character is no surname of its own, 皇甫 and 第五, are spelled out)
# (in two parts: the Latin readings' patterns are tried only on a value with a Latin letter, for
# the speed of a column of Chinese cells)
# Words that announce a nickname (not 俗称: places have one too; not 网名: a handle, read elsewhere);
# a cell may hold a nickname and no surname (联系人〔姓名〕，绰号"狗蛋"; 都叫他二愣): the prefilter
# lets these through, and a nickname beside a name found before (〔姓名〕即大狗, 二虎（〔姓名〕）).
_NICKNAME_CUES = ("绰号", "外号", "小名", "乳名", "诨名", "浑名", "昵称", "人称", "别号")
_NICKNAME_PREFILTER = "|".join(_NICKNAME_CUES) + "|[叫喊称管][他她]|大名|学名|" \
    + f"{PLACEHOLDER}(?:即|[，, ]?(?:又名|又叫|也叫|别名)|[（(][大二三四五六七八九十小老])|[（(]{PLACEHOLDER}[）)]|"
_CHINESE_PREFILTER = re.compile(_NICKNAME_PREFILTER + "经名|"
                                + "[大二三四五六七八九十小老][丫妮娃蛋柱狗毛宝牛虎喜妞斤子疙]|[娣蛋娃妞丫柱剩儿]|"   # (七斤, 根娃: nk27)
                                + f"[{''.join(sorted(MILK_RANKS | MILK_ENDEARS))}]"   # (幺囡, 阿珍, 二华: nk28)
                                + f"[{''.join(sorted(MILK_PETS | {c for c, w in GIVEN_LAST.items() if w >= STRONG_GIVEN and c not in MILK_KIN}))}]|"   # (经名：努哈: a name of religion, round 25)
                                + f"[{''.join(sorted(SEX_PREFIXES))}][{''.join(sorted(MINORITY_SYLLABLES))}]|"   # (娜叫: Lahu)
                                + "".join(f"{c}|" for c in sorted(JINGPO_NAME_CLANS | RELIGION_NAMES) if len(c) > 1)
                                + f"[{_SINGLE}{_TRADITIONAL_SURNAMES}岩依约咪波][ \u3000]{{0,2}}[{_CJK}]|"   # (岩 …: Dai)
                                + f"[{''.join(sorted(TRANSLIT_CHARS))}]{{3}}|"   # (尼加提: letters only)
                                + f"[{''.join(sorted(HANI_SYLLABLES))}]{{3}}|"   # (梭期布: Hani, no surname)
                                + "族[^\\s]|[^\\s][^\\s民]族|"   # (a people beside a name of any first
                                #                                          character: 白族：密莉; not 汉族 alone)
                                + "".join(f"{c}|" for c in _OTHER_COMPOUNDS)
                                + "".join(f"{e}|" for e in sorted(NAME_ELEMENTS, key=len, reverse=True))
                                + f"[{_CJK}][{re.escape(NAME_DOTS)}][{_CJK}]")
_LATIN_LETTER_RE = re.compile("[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
# A word that may be a minority's name in Latin letters, one word or a hyphened pair (Pasanglhakpa,
# Ekber-Ayshem): _minority_latin_hits reads it.
# (the one word begins as a Tibetan element does, its first three letters, so that a sentence's
# first word, Approved, Completed, passes the prefilter no more)
_TIBETAN_LATIN_STARTS = "|".join(sorted({e[:3].capitalize() for e in TIBETAN_LATIN if len(e) >= 4}))
_MINORITY_LATIN_RE = re.compile(r"(?<![A-Za-z0-9'’@./_-])"
                                rf"(?:(?:{_TIBETAN_LATIN_STARTS})[a-z]{{5,27}}|[A-Z][a-z]{{1,14}}-[A-Z][a-z]{{1,14}})"
                                r"(?![A-Za-z0-9'’_]|-[A-Za-z])")
_LATIN_PREFILTER = re.compile(_LATIN_TRIGGER_RE.pattern
                              + "|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]"       # (pinyin with tone marks)
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _LOWER_CUED_RE.pattern)
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _LOWER_AGED_RE.pattern)
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _LOWER_ITEM_RE.pattern)
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _LOWER_PAIR_RE.pattern)
                              + "|" + _LATIN_ROLE_NAME_RE.pattern
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _LATIN_SINGLE_RE.pattern)
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _JOINED_NAME_RE.pattern)
                              + "|" + _MINORITY_LATIN_RE.pattern
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _CAMEL_NAME_RE.pattern)
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _NAME_PART_FIELD_RE.pattern)
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _GIVEN_AGE_RE.pattern)
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _HYPHEN_JOINED_RE.pattern)
                              + "|" + re.sub(r"\(\?P<\w+>", "(?:", _LOWER_INITIAL_RE.pattern))
NAME_PREFILTER = re.compile(_CHINESE_PREFILTER.pattern + "|" + _LATIN_PREFILTER.pattern)

_log = logging.getLogger(__name__)


# --- the lexicon and the tagger (loaded on first use) -----------------------------------------

@lru_cache(maxsize=1)
@on_disk("lexicon")
def _lexicon_data() -> tuple[dict[str, tuple[int, str]], dict[str, int]]:
    """(word -> (frequency, tag), character -> number of lexicon words holding it), from the
    dictionary inside the jieba package. The words kept are those of 2-4 characters that begin
    or end with a surname character and all two-character words: the only ones the rules ask
    about; and the domain's own words (domain_words.tsv), which decide where the two differ.
    The character counts are over all its words of 2-4 characters."""
    starts = set(_SINGLE)
    text = _jieba_dict_text()
    # one regular-expression pass over the 350,000 lines (a loop over lines took 1.5x as long)
    found = _DICT_LINE.findall(text)
    words = {w: (int(freq), tag) for w, freq, tag in found
             if w[0] in starts or w[-1] in starts or len(w) == 2}
    words.update(DOMAIN_WORDS)            # the domain's own words decide (林权证 is no name)
    return words, _char_counts("".join([w for w, _f, _t in found] + list(DOMAIN_WORDS)))


def _jieba_dict_text() -> str:
    """The text of jieba's dict.txt, read from the package's folder without importing jieba
    (its import loads pkg_resources: a tenth of a second at the first call of a run, and the
    tagger is seldom asked); through importlib.resources where the package is no folder."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("jieba")
    for folder in (spec.submodule_search_locations or ()) if spec is not None else ():
        path = Path(folder) / "dict.txt"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")


def _char_counts(text: str) -> dict[str, int]:
    """``dict(Counter(text))``, counted over the text's code points at once (a fourth of the
    time over the lexicon's 1.3 million characters, read at the first call of a run)."""
    import numpy as np

    points, counts = np.unique(np.frombuffer(text.encode("utf-32-le"), dtype="<u4"), return_counts=True)
    return dict(zip(map(chr, points.tolist()), counts.tolist()))


def _lexicon() -> dict[str, tuple[int, str]]:
    return _lexicon_data()[0]


_DICT_LINE = re.compile(r"^(\S{2,4}) ([0-9]+) (\S+)", re.M)

# A character that occurs in at most this many words of the lexicon is rare in running text; after
# a surname it is most likely a given-name character (垚, 喆, 玥, 珩, 昶: names use rare characters
# that no word list holds). 12 keeps the table's own rare characters (婧 6, 珩 9, 汐 8) in.
RARE_CHAR_WORDS = 12


# ... and counts as a common given-name character (weight 2): words do not use it.
RARE_GIVEN = 2


def _rare_char(c: str) -> bool:
    return _is_cjk(c) and _lexicon_data()[1].get(c, 0) <= RARE_CHAR_WORDS


def _freq(w: str) -> int:
    return _lexicon().get(w, (0, ""))[0]


def _is_word(w: str) -> bool:
    return _freq(w) >= LEXICON_WORD_MIN


def _is_verb(w: str) -> bool:
    freq, tag = _lexicon().get(w, (0, ""))
    return freq >= LEXICON_WORD_MIN and tag.startswith("v")


def _common_word(w: str) -> bool:
    """A noun, verb or adjective of the lexicon (专家; not the place 威海 inside 布威海丽且姆)."""
    freq, tag = _lexicon().get(w, (0, ""))
    return freq >= LEXICON_WORD_MIN and tag in ("n", "v", "vn", "a", "d")


def _non_name_word(w: str) -> bool:
    """A word of the lexicon that it does not tag as a person's name (金额; not 李娜)."""
    freq, tag = _lexicon().get(w, (0, ""))
    return freq >= LEXICON_WORD_MIN and not tag.startswith("nr")


# A verb of the lexicon at least this frequent, right after a role, is what the person does,
# not a name (住户来电 138, 职工符合 4421).
ACTION_WORD_MIN = 100


def _is_action(w: str) -> bool:
    freq, tag = _lexicon().get(w, (0, ""))
    return tag == "v" and freq >= ACTION_WORD_MIN


def verb_not_given(t: str, k: int) -> bool:
    """Does a frequent verb of the lexicon begin at ``k`` with a character no given name ends
    with (反映, 表示, 称, 提出; not 强调: 强 ends many names)? A name read up to ``k + 1`` ends at
    ``k`` then."""
    return k < len(t) and t[k] in _verb_first_chars() and _is_action(t[k:k + 2])


@lru_cache(maxsize=1)
@on_disk("verb_first_chars")
def _verb_first_chars() -> frozenset[str]:
    """The first characters of the lexicon's frequent two-character verbs that end no given name
    often (the cheap test before the lexicon is asked)."""
    return frozenset(w[0] for w, (freq, tag) in _lexicon().items()
                     if len(w) == 2 and tag == "v" and freq >= ACTION_WORD_MIN
                     and _given_weight(w[0], True) < STRONG_GIVEN)


def _plain_noun(w: str) -> bool:
    """A frequent noun or verb of the lexicon that is no name nor place (公司, 单位)."""
    freq, tag = _lexicon().get(w, (0, ""))
    return freq >= CUED_WORD_MIN and tag[:1] in ("n", "v") and tag not in ("nr", "ns", "nz", "nrt")


# Characters that begin a new phrase (本年度, 今年, 该户, 其父): never inside a shop's name.
_PHRASE_STARTERS = frozenset("本今去该此每其迁至随跟靠替")


@lru_cache(maxsize=1)
def _tagger():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    if not _TAGGER_WORDS_ADDED:
        for word, (freq, tag) in DOMAIN_WORDS.items():
            jieba.add_word(word, freq, tag)
        _TAGGER_WORDS_ADDED.append(True)
    return jieba.posseg


_TAGGER_WORDS_ADDED: list[bool] = []   # the domain's words are added to jieba's dictionary once


def preload() -> None:
    """Load the lexicon and the tagger's dictionary now, as the first search would, silently:
    a process that forks kernels (gongkai.batch.forkserver) does it once for all of them."""
    _lexicon_data()
    _plain_words()
    _tagger().dt.tokenizer.initialize()


TAGGER_CALLS = [0]                    # texts the tagger has read (the benchmark reports it)


# The tagger reads this many characters on each side of an undecided candidate, not the whole
# text: its cost grows with the text (9 ms for a long address line under load), and the words
# next to a candidate are what decide its tag.
TAGGER_WINDOW = 8


@lru_cache(maxsize=65536)
def _tagger_names(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """Where jieba's tagger reads person names in ``text``: the starts of tokens tagged nr* of
    three characters or more or of two ending in a given-name character, and the starts of a
    surname tagged nr* alone followed by a two-character token that is no particle, preposition,
    pronoun, numeral or time word (朱/nr 开放/v)."""
    TAGGER_CALLS[0] += 1
    names, lone, pos = set(), set(), 0
    tokens = [(token.word, token.flag) for token in _tagger().cut(text)]
    for k, (word, flag) in enumerate(tokens):
        if flag.startswith("nr"):
            if len(word) >= 3 or (len(word) == 2 and _given_weight(word[1], True) > 0):
                names.add(pos)                # (王工/nr: 工 is no given name here)
            elif k + 1 < len(tokens) and len(tokens[k + 1][0]) == 2 \
                    and not tokens[k + 1][1].startswith(_NOT_GIVEN_TAGS):
                lone.add(pos)
        pos += len(word)
    return frozenset(names), frozenset(lone)


# Tags of a token after a lone surname that is no given name: particles, prepositions,
# conjunctions, pronouns, numerals and measure words, locations, time words.
_NOT_GIVEN_TAGS = ("u", "p", "c", "r", "m", "q", "f", "t", "d", "y", "e", "x")


def _tagged_as_name(t: str, start: int, end: int, *, lone: bool = False) -> bool:
    """Does the tagger read a person name starting at ``start``, in the window around it (with
    ``lone``, also a surname read alone before a word)?"""
    lo = start if _phrase_before(t, start) else max(0, start - TAGGER_WINDOW)
    hi = min(len(t), end + TAGGER_WINDOW)   # (a date or a village before is a phrase of its own:
    #                                         5日 + 常媚到 is read without 日常)
    names, lone_starts = _tagger_names(t[lo:hi])
    return start - lo in names or (lone and start - lo in lone_starts)


# --- Chinese ---------------------------------------------------------------------------------

# A run of this many digits is a date (20190604, 202405) or a serial number, never a count that
# a measure word follows.
DATE_DIGITS = 6
DATE_WINDOW = 10        # how far back a date is looked for (2021-06-08 is ten characters)
_DATE_DIGITS_RE = re.compile(f"(?:[0-9]{{{DATE_DIGITS}}}|[0-9]{{2,4}}[./-][0-9]{{1,2}}[./-][0-9]{{1,2}})$")

def _by_first(words) -> dict[str, tuple[str, ...]]:
    """Words grouped by their first character: ``t.startswith(group, k)`` reads only the words
    that can match at ``k`` (a tuple of 330 words read at every candidate cost a third of the
    detector's time)."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[0], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


_ORG_FIRST = _by_first(_ORG_WORDS)
_DOMAIN_FIRST = _by_first(sorted(DOMAIN_WORDS, key=len, reverse=True))
# The words of three characters or more that name a person's part in a form or a notice (收件人, 收款人,
# 申请人, 共有人: name_labels.tsv's field_person, notice_roles.tsv's party, the cue words): no given
# name begins with one.
_PERSON_ROLE_FIRST = _by_first(sorted({w for w, k in FIELD_LABELS.items() if k == "person" and len(w) >= 3}
                                      | {w for w in NOTICE_PARTY_ROLES if len(w) >= 3}
                                      | {w for w in _BEFORE_CUES if len(w) >= 3}, key=len, reverse=True))
_ORG_ONLY_FIRST = _by_first(ORG_WORDS)
_VERB_TRADE_FIRST = _by_first(VERB_TRADES)
_TITLE_FIRST = _by_first(_TITLES)
_JOB_FIRST = _by_first(sorted(_JOB_NOUNS, key=len, reverse=True))
_TITLE_SET = frozenset(_TITLES)


def _starts(t: str, k: int, index: dict[str, tuple[str, ...]]) -> bool:
    """Does a word of ``index`` (see _by_first) begin at ``t[k]``?"""
    return k < len(t) and t[k] in index and t.startswith(index[t[k]], k)


def address_title_at(t: str, k: int) -> bool:
    """Does a title of address begin at ``t[k]`` (王 + 师傅, 郭 + 行长, 周 + 教员)? Not one whose
    first character also ends given names while its last makes a word with what follows (王林 +
    长期, 王建连 + 长期, 李军 + 长期, 胡军 + 医院): there the given name ends inside the "title".
    (A preposition or an adverb after the title is no such word's end: 请曾行长 + 于周五前, 长于.)"""
    if not _starts(t, k, _TITLE_FIRST):
        return False
    if not GIVEN_LAST.get(t[k], 0):
        return True                       # (the common case, read at C speed: 郭 + 行长)
    for w in _TITLE_FIRST[t[k]]:
        if t.startswith(w, k):
            end = k + len(w)
            if not (_is_word(t[end - 1:end + 1]) and t[end] not in _FUNCTION_AFTER_TITLE):
                return True
    return False


# Prepositions, conjunctions and adverbs that follow a person addressed by a title (曾行长 + 于, 李
# 军长 + 已): they make no word with the title's last character there (长于 is "good at").
_FUNCTION_AFTER_TITLE = ADVERBS_AFTER_TITLE | frozenset("于的和与及或是为被把向从到对就再并而但在")


# The staff posts among the titles (管理员, 辅导员, 宣传员, 网格员): after a word they name the post's
# field (文化 + 管理员, 安全 + 协管员), not a person the word would name (_staff_post_at).
_STAFF_POSTS = _by_first(tuple(w for w in _TITLES if w.endswith("员")))


def _staff_post_at(t: str, k: int) -> bool:
    """Does a staff post begin at ``t[k]`` (设立 + 文化 + 管理员岗位)?"""
    return _starts(t, k, _STAFF_POSTS)


def _head_name_at(t: str, i: int) -> bool:
    """Does a unit's head of two characters (田长, 段长, 林长) begin at ``t[i]`` with a given-name
    character after it: a surname, then a given name that begins with 长 (田长顺, 段长华, 林长青)? Not
    before a surname rarely anything else: the head, then a name (房长 + 张钧炎)."""
    return t[i + 1:i + 2] == "长" and t[i + 2:i + 3] not in NAME_SURNAMES and not _bare_title_at(t, i)


def _title_yields(t: str, k: int) -> bool:
    """Does a title begin at ``t[k]`` that address_title_at reads as the end of a given name and a
    word (王建 + 连 + 长期)? Then it says nothing of a person before it either."""
    return _starts(t, k, _TITLE_FIRST) and not address_title_at(t, k)


# A bank word that begins what a person holds at the bank, not the bank's name (王伟银行卡号).
_PERSONAL_BANK_ITEM_RE = re.compile("银行(?:卡|账|帐|流水|存折|存款)")
# ... and what a person pays, receives or studies under a firm's trade word (王伟医疗费, 李红燃气费,
# 张强生物课, 刘洋医药费报销): org_words.tsv lists 生物, 医药, 医疗, 燃气... as the tails of firms' names.
_PERSONAL_FIRM_ITEM_RE = re.compile("医疗(?:费|救助|保险|报销|补助|补贴|待遇|期|终结|垫付|证|卡|记录|事故|纠纷|机构)|医药费"
                                    "|燃气(?:费|表|灶|卡|泄漏|报警|管道|热水器|安全|中毒)|生物(?:课|老师|成绩|试卷|作业|学|识别|样本|特征)"
                                    "|电气(?:焊|工|设备|线路|火灾)|能源(?:补贴|费)")


def _org_at(t: str, k: int) -> bool:
    """Does an organisation or shop word begin at ``k`` (实业, 烧饼; 种植 + 专业合作社)?"""
    if k >= len(t):
        return False
    if _starts(t, k, _ORG_FIRST):
        return not _PERSONAL_BANK_ITEM_RE.match(t, k) and not (
            t[k] in "医燃生电能" and _PERSONAL_FIRM_ITEM_RE.match(t, k))   # (王伟 + 银行卡, 医疗费: the person's)
    for verb in _VERB_TRADE_FIRST.get(t[k], ()):
        if t.startswith(verb, k):
            rest = k + len(verb) + (2 if t.startswith(("专业", "有限"), k + len(verb)) else 0)
            return _starts(t, rest, _ORG_ONLY_FIRST) or rest < len(t) and t[rest] in "店馆铺厂部站队"
    return False


_LONG_ORG_FIRST = _by_first(w for w in ORG_WORDS if len(w) >= 3)


def _shop_word_at(t: str, i: int) -> bool:
    """Does a shop or organisation word of three characters or more begin at ``i`` (农家乐,
    农资店)? Shorter ones (苑, 行) are too often the first character of a name."""
    return _starts(t, i, _LONG_ORG_FIRST)


_ORG_OR_TRADE_FIRST = frozenset(_ORG_FIRST) | frozenset(_VERB_TRADE_FIRST)


# What names the area around a place after it (洪泽湖一带, 沙河沿岸, 淮河流域).
_AREA_AFTER_RE = re.compile("一带(?![着领动来去回走头一])|沿岸|沿线|流域|两岸|境内")
# The dosage forms that end a medicine's name (白凤丸, 板蓝根颗粒); 片, 散, 膏 alone are left out:
# they begin words after a name (片区, 散步, 膏药).
_DOSAGE_FORM_RE = re.compile("(?:丸|胶囊|颗粒|口服液|冲剂|糖浆|软膏|贴膏|注射液|滴眼液)(?!体)")
# A class of a grade after a grade's name (高一（3）班, 初二1班, 高三年级).
_SCHOOL_CLASS_AFTER_RE = re.compile("[（(]?[0-9一二三四五六七八九十]{1,2}[）)]?班|年级")
# The characters these three begin with, read before their patterns (most candidates have none).
_THING_AFTER_FIRST = frozenset("（(0123456789一二三四五六七八九十年") | frozenset("一沿流两境") \
    | frozenset("丸胶颗口冲糖软贴注滴")


# One-character verbs right after a name that begin no shop's name: what the person uses, sues,
# rides, holds or shows (张伟乘高铁, 李梅持实验中学录取通知书, 凭身份证), buys, takes, collects (洪国华购 +
# 化瘀颗粒), pawns and grows (李桂芝 + 当金银首饰, 冼秋月 + 种苗木: no 首饰店 or 苗圃 of the name).
_ACT_CHARS = frozenset("用诉乘坐搭持凭携购服领当种骑带")   # (骑: 村民杨平 + 骑新日电动车, round 24)
#                                   (带: 加尔肯・吾拉孜汗 + 带石路山…在日喀则做: who the person brings
#                                   along, no road 带石路; round 27)


# The heads of proper nouns that are no organisations (org_words.tsv, kind head: 沈海 + 高速, 杭金 +
# 衢 + 高速, 焦柳 + 线, 柏斯 + 琴行, 蓝翔 + 技校): right after a candidate, or after one character of
# the proper noun's own, they make it the first part of that noun. Not where what follows the head
# is the person's (张伟技校成绩, 李娜画室老师: the person's marks and teacher; 王强家居用品; 公秀职高
# 二年级在读: the student's grade).
_HEAD_FIRST = _by_first(sorted(HEAD_WORDS, key=len, reverse=True))
_HEAD_PERSONAL_AFTER_RE = re.compile("孩子|子女|儿子|女儿|小孩|学生|他|她|其|自己|家人|程度|背景|经历|水平|成绩"
                                     "|功底|基础|特长|作品|考试|作业|及格|不及格|很|较|比较|非常|好|差|一般|班|课|老师|用品"
                                     "|[一二三四五六七八九0-9]年级|在读|就读|毕业|肄业|学籍")
# One-character verbs that go before a road, a bridge or a shop: between a candidate and a head
# they are the person's act (张伟走高速, 李娜跑高速, 王强开早教), no character of the proper noun's
# own (杭金 + 衢 + 高速); the stop characters (上, 下, 去, 到, 在 ...) are read apart.
_HEAD_RUN_VERBS = frozenset("走进出开跑驶离过入逛修建堵封跨经绕穿沿通停拦查管办报学教读送接转找")
# After a head of one character, what makes it a word's first character (线 + 上, 线 + 下: online).
_HEAD_ONE_NOT_BEFORE = frozenset("上下内外里")


def _head_at(t: str, k: int, *, alone: bool = True) -> bool:
    """Does the head of a proper noun begin at ``k`` (高速, 教育; 线 where it begins no word with
    the next character: not 线上), with nothing after it that makes it the person's, and no more
    frequent word begun by its last character (王建国 + 道歉: no 国道)? ``alone``: a head of one
    character counts."""
    for w in _HEAD_FIRST.get(t[k], ()) if k < len(t) else ():
        e = k + len(w)
        if t.startswith(w, k) and (alone or len(w) > 1) \
                and not (len(w) == 1 and (_is_word(t[k:k + 2]) or t[e:e + 1] in _HEAD_ONE_NOT_BEFORE)) \
                and not _HEAD_PERSONAL_AFTER_RE.match(t, e) \
                and not (len(w) > 1 and _freq(t[e - 1:e + 1]) > _freq(w)):
            return True
    return False


def _proper_head_at(t: str, end: int) -> bool:
    """Does the head of a proper noun (_HEAD_FIRST) follow the candidate ending at ``end``
    directly, or after one character of the noun's own (杭金 + 衢 + 高速)?"""
    if _head_at(t, end):
        return True
    return end + 1 < len(t) and t[end + 1] in _HEAD_FIRST and _is_cjk(t[end]) and t[end] not in _STOP \
        and t[end] not in _PHRASE_STARTERS and t[end] not in _MOTION_VERBS and t[end] not in _HEAD_RUN_VERBS \
        and not _is_verb(t[end:end + 2]) and _head_at(t, end + 1, alone=False)


# 所 and a verb of saying after a person: what the person raised or stated (所提情况, 所述, 所反映).
_SAID_BY_AFTER_RE = re.compile("所(?:提(?:情况|问题|异议|意见|诉求|出|的)|述|反映|称|诉|举报|投诉|陈述|说|讲|言)")
# ... and what a person does with another or has done (群众刘菊 + 合伙开店, 师燕月 + 所印海报: a
# partnership, the goods one had printed or sold): no shop's name runs on from the name (round 24).
_JOINT_ACT_AFTER_RE = re.compile("合伙(?!企业|人|制|社)|所(?:印|做|售|卖|购|开|办|养|种|建|领)")


# The acts of one character a grower does on a plot, before what is sprayed, spread, cut or picked
# (园 + 打 + 石硫合剂, 园 + 喷 + 波尔多液; round 27, lb27): with a verb of the lexicon (施肥, 嫁接,
# 修剪) after 园, they say the 园 before is a person's orchard, no place named after the person.
_PLOT_ACT_CHARS = frozenset("打喷施剪摘浇除栽种套疏")


# A person's act of one character right after a name (round 28, vb28): the single characters
# jieba's dictionary tags as verbs (v) at least ONE_CHAR_VERB_MIN times (收, 送, 退, 付, 寄; not 记 n,
# 家 q: 王记饭店, 张家食堂 stay shops), and those that begin ACT_FAMILY_MIN or more of the register's
# and the desk's acts of _ERRAND_ACTS, _REGISTER_ACTS, _CLERK_LOG_ACTS (报: 报名, 报案, 报警; 代:
# 代领, 代签, 代交: the lexicon tags 报 a noun, a newspaper); less those that end places (站, 铺, 墩:
# 李家铺) or begin a disease's word after its namer (征, 定), and less the commonest given-name
# characters, which may be the name's own (兴, 发, 立: TOP_GIVEN).
ONE_CHAR_VERB_MIN = 1000
ACT_FAMILY_MIN = 3
_ONE_CHAR_VERB_LINE = re.compile(r"^(\S) ([0-9]+) v$", re.M)


@lru_cache(maxsize=1)
def _one_char_verbs() -> frozenset[str]:
    """The characters of the one-character acts (see ONE_CHAR_VERB_MIN), read at the first call."""
    verbs = {c for c, freq in _ONE_CHAR_VERB_LINE.findall(_jieba_dict_text()) if int(freq) >= ONE_CHAR_VERB_MIN}
    acts = [a[0] for a in set(_ERRAND_ACTS + _REGISTER_ACTS + _CLERK_LOG_ACTS) if len(a) >= 2]
    verbs |= {c for c in acts if acts.count(c) >= ACT_FAMILY_MIN}
    return frozenset(c for c in verbs if c not in _PLACE_ENDS and c not in _GEO_ENDS
                     and c not in _FAMILY_PLACE_ENDS and c not in _EPONYM_FIRST
                     and _given_weight(c, True) < TOP_GIVEN)


def _one_char_act_at(t: str, k: int) -> bool:
    """Is ``t[k]`` a person's act of one character (邹福生 + 收 + 老徐食堂: what the person collects
    from a shop, no shop 福生收老徐食堂)? A verb of _one_char_verbs that makes no word with the
    character after it, or a weaker one than the word after it (as _ACT_CHARS), with an object of
    its own: a shop's word right after it is the shop's name (王伟 + 达 + 饭店; 收购 + 站 is a word)."""
    return k + 1 < len(t) and t[k] in _one_char_verbs() and _is_cjk(t[k + 1]) \
        and (not _is_word(t[k:k + 2]) or _freq(t[k + 1:k + 3]) > _freq(t[k:k + 2])) \
        and not _org_at(t, k + 1)


def _plot_act_at(t: str, k: int) -> bool:
    """Does work on a plot begin at ``t[k]``: a verb of the lexicon that makes no word with the 园
    before it (施肥, 嫁接), or one of _PLOT_ACT_CHARS before a word (打 + 石硫合剂)?"""
    if k >= len(t) or _is_word(t[k - 1:k + 1]):
        return False
    return _is_verb(t[k:k + 2]) or (t[k] in _PLOT_ACT_CHARS and not _is_word(t[k:k + 2])
                                    and any(_is_word(t[k + 1:k + n]) for n in (3, 4, 5, 6)))


def _own_plot_after(t: str, k: int) -> bool:
    """Is ``t[k]`` 园, a person's orchard, and the work done in it after it (园 + 打石硫合剂)?"""
    return t[k:k + 1] == "园" and _plot_act_at(t, k + 1)


def _org_follows(t: str, end: int, *, given_read: bool = False) -> bool:
    """The characters after a candidate make it part of a place, road, company or shop name.
    ``given_read``: the candidate has its given name; then 家 and a place of work after it are
    the person's (杨彩芳 + 家养殖场, 马力 + 家鱼塘), not a shop named after a family."""
    if end >= len(t) or not _org_may_follow(t, end):
        return False                      # (the fast path: 王伟 + ，身份证…)
    nxt = t[end]
    if nxt in _PREDICATE_FIRST and t.startswith(_PERSON_PREDICATES, end):
        return False                      # (王志强 + 记录: a person's act, no shop 王记)
    if nxt in _ERRAND_ACT_FIRST and _errand_act_at(t, end):
        return False                      # (严明 + 办理门诊慢特病备案: the person's errand, no office)
    if nxt == "所" and _SAID_BY_AFTER_RE.match(t, end):
        return False                      # (异议人王锋 + 所提情况, 举报人 + 所述: 所 before a verb of
        #                                   saying is what the person said, no office 锋所)
    if nxt in "合所" and _JOINT_ACT_AFTER_RE.match(t, end):
        return False                      # (刘菊 + 合伙开店, 师燕月 + 所印海报: _JOINT_ACT_AFTER_RE)
    if nxt in _ACT_CHARS and (not _is_word(t[end:end + 2])
                              or _freq(t[end + 1:end + 3]) > _freq(t[end:end + 2])):
        return False                      # (李敏 + 用长虹空调上的绳子, 叶晓辉 + 诉赵县某公司, 禤志强 + 用
        #                                   电动车: what the person uses or sues, no shop's name)
    if nxt in _MEDICINES_FIRST and any(len(w) >= 4 and t.startswith(w, end) for w in _MEDICINES_FIRST[nxt]):
        return False                      # (顾客雷刚购 + 鼻渊舒口服液: the goods, no shop's name runs
        #                                   on; not a herb or a short name: 彭青 + 山药店 is a shop)
    if nxt in _THING_AFTER_FIRST and (
            (t[end - 1] in _NUMERALS and _SCHOOL_CLASS_AFTER_RE.match(t, end))
            or _AREA_AFTER_RE.match(t, end) or _DOSAGE_FORM_RE.match(t, end)):
        return True                       # 高一 + （3）班, 初二 + 年级: a school's grade and class;
        #                                   洪泽湖 + 一带, 沙河 + 沿岸: an area around a place;
        #                                   乌鸡白凤 + 丸, 连花清瘟 + 胶囊: a medicine's name
    if nxt in "牌品" and _BRAND_AFTER_RE.match(t, end):
        return True                       # 鱼跃 + 牌, 西门子 + 品牌: a brand's name
    if nxt == "队" and _TEAM_AFTER_RE.match(t, end):
        return True                       # 黄龙 + 队、, 金星 + 队与: a team in a draw or a match
    if "错" in t[end:end + 3] and _LAKE_AFTER_RE.match(t, end):
        return True                       # 纳木 + 错, 羊卓 + 雍错、: a Tibetan lake
    if t[end] in "族旗盟" and _ETHNIC_UNIT_AFTER_RE.match(t, end):
        return True                       # 鄂温克 + 族, 乌审 + 旗, 锡林郭勒 + 盟: a people, a banner
    if t[end] in _EPONYM_FIRST and _EPONYM_AFTER_RE.match(t, end):
        return True                       # 马凡 + 综合征, 帕金森 + 病多年: a disease named after
        #                                   the physician who described it
    if (t[end] in _FOREIGN_SYLLABLE_FIRST or "肽" in t[end:end + 2]) and _FOREIGN_RUN_ON_RE.match(t, end):
        return True                       # 柴可 + 夫斯基, 梅赛德 + 斯, 司美格 + 鲁肽: the syllables
        #                                   of a transliterated foreign word run on
    if (t[end] == "节" and _FEAST_AFTER_RE.match(t, end)) or _named_thing_runs_on(t, end):
        return True                       # 金达莱 + 节前, 韦格 + 纳肉芽肿: a festival, a disease
    if given_read and nxt == "家" and not _org_at(t, end):
        return False                      # (王伟 + 家路灯不亮: the person's home; 家园 is a place)
    if given_read and _own_plot_after(t, end):
        return False                      # (冯德香 + 园打石硫合剂, 许胜利 + 园施肥: the grower's orchard
        #                                   and the work done in it; 园区, 园林 are words, no act)
    if (nxt in _HEAD_FIRST or t[end + 1:end + 2] in _HEAD_FIRST) and _proper_head_at(t, end):
        return True                       # 沈海 + 高速, 杭金 + 衢 + 高速, 高思 + 教育: a proper noun's head
    if _org_at(t, end):
        return True
    if nxt in _PLACE_ENDS:
        # ... unless the place character begins a word that follows a person (家住, 局长) or a
        # word of daily life (宓祥 + 路损, 王继生 + 路面, 张伟 + 楼道堆物: what the person deals with,
        # no road or building named after the person; round 25)
        return not t.startswith(_PLACE_CHAR_WORDS, end) and not (nxt in _LIFE_FIRST and _life_word_at(t, end))
    if nxt in _GEO_ENDS and _given_weight(nxt, True) == 0 and not _is_word(t[end:end + 2]):
        return True                       # 李官 + 井, 王台 + 堡: a village named by its landscape
    if nxt in _FEATURE_ENDS and _geography_near(t, end + 1) and not _is_word(t[end:end + 2]):
        return True                       # 艾 + 山（俗称…），海拔625米; 王 + 河上有王家桥: where the
        #                                   text describes the land, a mountain or a river
    if not _ISSUER_BRACKETS.isdisjoint(t[end:end + 4]) and any(
            _ISSUER_RE.match(t, k) for k in range(end, min(len(t), end + 3))
            if all(_is_cjk(c) for c in t[end:k])):
        return True                       # 鲁民〔2026〕7号, 陵卫健 + 文旅〔2026〕: an issuer of documents
    if _VILLAGE_GROUP_RE.match(t, end):
        return True                       # 东何河 + 5组: a village and its group
    if t.startswith(_UNIT_AFTER_ONE, end + 1) and (t[end] not in _STOP or t[end] in "人家"):
        return True                       # 王舍 + 人街道: one more character, then the unit (not
        #                                   肖辉 + 到村委会)
    company = _COMPANY_TAIL_RE.match(t, end) if ("有限" in t or "合作社" in t) else None
    if company and not any(c in _STOP or c in _PHRASE_STARTERS for c in t[end:company.start(1)]) \
            and not _cue_after(t, end) and not _person_after(t, end):   # (唐妍 + 投诉…有限公司)
        return True                       # 夏雨 + 包装材料有限公司: a trade, then the company's
        #                                   legal form (the trade may begin with a verb)
    if _is_verb(t[end:end + 2]) and not (_lexicon()[t[end:end + 2]][1] == "vn" and (
            _org_at(t, end + 2) or t[end + 2:end + 3] in _PLACE_ENDS)):
        return False                      # 辛昊反映小区...: a verb follows, not a shop word
        #                                   (a verbal noun may name a venue: 体育 + 中心, 体育 + 馆)
    # a short run of characters ending in a shop or organisation word: 周大福珠宝店, 马利文具店,
    # 鑫罗泰会计师事务所; a verb ends the run (张伟家开商店: 开 is no part of a name), and so
    # does a character that begins another phrase (郭俊轩 + 本年度门诊)
    if nxt == "家" and end + 1 < len(t) and (t[end + 1] in _FAMILY_PLACE_ENDS
                                             or _org_at(t, end + 1)):
        return True                       # 万俟 + 家滩, 王 + 家包子铺: a village, a family's shop
    if _one_char_act_at(t, end):
        return False                      # (邹福生 + 收 + 老徐食堂: the person's act, and the shop
        #                                   the act is done at; no shop's name runs on through it)
    for k in range(end, min(len(t), end + ORG_RUN)):
        if k > end + 1 and k + 1 < len(t) and t[k + 1] == "家" and t[k] in _SINGLE_SET:
            return False                  # 薛红霞 + 遗失 + 孙家湾: another family's place begins
        if k > end and t[k] in _BRANDS_FIRST and _starts(t, k, _BRANDS_FIRST):
            return False                  # 张鹏 + 用 + 苏泊尔电饭煲: a brand's goods, no shop of the name
        if k > end and (t[k] in "店馆铺厂" or (t[k] in _ORG_OR_TRADE_FIRST and _org_at(t, k))):
            return True                   # (before the stop characters: 中 begins 中心)
        if t[k] == "其" and k + 1 < len(t) and t[k + 1] in "村乡镇" and not _is_word(t[k + 1:k + 3]):
            return True                   # 巴格 + 其村, 依干 + 其乡: a village's transliterated name
        if not _is_cjk(t[k]) or t[k] in _STOP or t[k] in _PHRASE_STARTERS or t[k] in _MOTION_VERBS:
            return False
        if end < k <= end + PLACE_RUN and t[k] in _RUN_PLACE_ENDS \
                and not t.startswith(_PLACE_CHAR_WORDS, k) and not _along_the_way(t, end, k) \
                and (not _is_word(t[k:k + 2]) or _starts(t, k, _ORG_FIRST)
                     or _long_word_at(t, k + 1)
                     or _freq(t[k + 1:k + 3]) > max(_freq(t[k:k + 2]), CUED_WORD_MIN)):
            return True                   # 邹平金龙镇, 赵登禹路, 商河春生村: a place (赵登禹路 +
            #                               人行道: 路人 is a word, but 人行道 is the longer one;
            #                               赵登禹路 + 经营: 路经 is a word, 经营 the commoner one)
        if k > end and _is_verb(t[k:k + 2]):
            return False
    return False


# What one person does to help another who fell, was hurt or is in the water (扶起, 搀扶, 救起,
# 送医, 护送): at a candidate's first character it is the act, no surname (民警 + 扶起送医; round 23).
_AID_ACT_RE = re.compile("(?:扶|搀|背|抱|抬|拉|拽|托|捞|救|架)(?:起|上岸|出|到|回|至|往|送)|搀扶|救助|施救|送医"
                         "|送往|送至|送到|送回|护送|急送")
_AID_ACT_FIRST = frozenset("扶搀背抱抬拉拽托捞救架施送护急")


# The first letters of the lexicon's tags of what one does after 一路 or 一道 (吸烟 v, 赶来 d, 前往 t).
_ACT_TAG_FIRSTS = frozenset("vdt")


def _along_the_way(t: str, a: int, k: int) -> bool:
    """Is ``t[a:k + 1]`` a numeral word of the lexicon that ends in a road's character (一路, 一道,
    半路), with an act after it? Then it says how the person goes or acts, no road (司机冀春雷 +
    一路吸烟, 与王春雷 + 一道前往; 春雷一路 + 18号 stays a road)."""
    return _lexicon().get(t[a:k + 1], (0, ""))[1] == "m" \
        and _lexicon().get(t[k + 1:k + 3], (0, ""))[1][:1] in _ACT_TAG_FIRSTS


# What names a disease after a person (马凡综合征, 霍奇金淋巴瘤, 帕金森病, 唐氏症, 杜兴肌营养不良,
# 梅克尔憩室, 普拉德-威利综合征); 病 read so
# only where no state of a person follows it (王强病重, 李红病故, 张伟病了 are the person); and a law,
# a principle or an effect of science after its discoverer (欧姆定律, 孟德尔遗传定律, 胡克定律).
_EPONYM_AFTER_RE = re.compile("综合[征症]|淋巴瘤|肉瘤|肉芽肿|贫血|氏[症病]|舞蹈[病症]|肌营养不良|憩室|食管"
                              "|病(?![了重故逝亡危倒情休假退愈好残中后发时期间])|病后遗症"
                              "|定律|定理|原理(?!事)|效应|变换|级数|悖论|猜想|遗传定律"
                              "|征(?=阳性|阴性|[（(，,。；;、]|$)"    # (a clinical sign: 巴宾斯基征阳性)
                              f"|[-‐－][{_CJK}]{{1,6}}?(?:综合[征症]|病|症)")   # (two physicians: 尼曼-匹克病)
_EPONYM_FIRST = frozenset("综淋肉贫氏舞病定原效变级悖猜遗征肌憩食-‐－")


def _eponym_begins(t: str, lo: int, hi: int) -> bool:
    """Does a disease, syndrome or law named after a person (帕金森 + 病, 唐氏 + 综合征) begin at an
    offset in ``lo .. hi - 1`` of ``t`` (offsets past the text's end ask nothing)?"""
    return any(t[k] in _EPONYM_FIRST and _EPONYM_AFTER_RE.match(t, k) for k in range(lo, min(hi, len(t))))


# What a health talk, a clinic or an insurer says right after a disease's name, or another
# disease listed with it: 艾迪生 + 病 + 筛查, 艾迪生 + 病 + 认定 is the disease, though 王伟 + 生病 is
# a person ill.
_DISEASE_TALK_AFTER_RE = re.compile(f"患者|病人|患儿|病例|诊断|认定|鉴定|病史|的?(?:早期|识别|筛查|科普|防治)"
                                    f"|[、与和及][{_CJK}]{{1,8}}?(?:综合[征症]|[病症])")
# Syllables that end Western names and words as Chinese writes them, and the peptides' 肽 (柴可夫
# 斯基, 梅赛德斯, 司美格鲁肽): no Chinese given name runs on into them. (Not 斯 before another
# character: 斯琴, 斯迪克 are Mongolian and Uyghur names.)
_FOREIGN_ENDING = "[夫德尔克姆]?斯(?:基|特|坦)"
_FOREIGN_RUN_ON_RE = re.compile(f"{_FOREIGN_ENDING}|[夫德尔克姆]?斯(?![{_CJK}])|[{_CJK}]?肽")
_FOREIGN_SYLLABLE_FIRST = frozenset("夫德尔克姆斯")
_FOREIGN_ENDING_RE = re.compile(_FOREIGN_ENDING)   # (inside a candidate: not 王斯)
# A festival's 节 (金达莱节前, 雪顿节期间): what a name-like run of characters then names.
_FEAST_AFTER_RE = re.compile(f"节(?:前|后|期间|当天|当日|活动|庆典|到来|(?![{_CJK}]))")
# How many characters after a candidate may run on into a disease's or a festival's word, the
# candidate then being part of that word's name (韦格 + 纳 + 肉芽肿, 金达 + 莱 + 节前).
EPONYM_RUN_ON = 2


# What is diagnosed or suffered (同患 + 艾迪生病, 确诊 + 吉兰-巴雷综合征): after it a name-like
# run that a disease's word ends within EPONYM_RUN_ON characters names the disease, whatever
# word the characters make (艾迪 + 生病).
_HYPHENS = frozenset("-‐－")
_DIAGNOSED_BEFORE_RE = re.compile("(?:患|患有|罹患|确诊|确诊为|诊断为|误诊为|病种[：:为]?|病名[：:为]?)$")
_DISEASE_WORD_RE = re.compile("综合[征症]|肉芽肿|贫血|[病症瘤炎癌]")
# Another disease listed right before (唐氏综合征和 + 艾迪 + 生病, 川崎病、 + 艾迪 + 生病): a run of
# transliteration's characters that a disease's word ends names a disease of the same list (not
# 高血压病和 + 王芳 + 生病请假: 芳 is no transliteration's).
_DISEASE_LISTED_BEFORE_RE = re.compile("(?:综合[征症]|肉芽肿|贫血|[病症瘤炎癌])[、和与及或]$")


def _disease_named(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]`` the beginning of a disease's name after what is diagnosed or suffered,
    or the first of two physicians' names joined by a hyphen (普拉德 + -威利综合征)?"""
    if t[end:end + 1] in _HYPHENS and _EPONYM_AFTER_RE.match(t, end):
        return True
    if t[end - 1] in "瘤癌":
        return True                       # 霍奇金淋 + 巴瘤: no given name ends in a tumour's word
    return (_DIAGNOSED_BEFORE_RE.search(t, max(0, start - 3), start) is not None
            or (_DISEASE_LISTED_BEFORE_RE.search(t, max(0, start - 4), start) is not None
                and all(c in TRANSLIT_CHARS for c in t[start + 1:end]))) and any(
        _DISEASE_WORD_RE.match(t, k) and all(_is_cjk(c) for c in t[end:k])
        for k in range(end, min(len(t), end + EPONYM_RUN_ON + 1)))


def _named_thing_runs_on(t: str, end: int) -> bool:
    """Do one to EPONYM_RUN_ON characters after ``end``, no word of their own, run on into a
    disease's word or a festival's 节 with which the last of them makes no word (王伟 + 生病, 季节,
    调节: a person ill, words)?"""
    window = t[end + 1:end + EPONYM_RUN_ON + 1]
    if "节" not in window and _EPONYM_FIRST.isdisjoint(window):
        return False                      # (most candidates: nothing of the kind after them)
    if _one_char_act_at(t, end):
        return False                      # (王伟 + 送 + 病鸡: a person's act, no namer of a disease)
    for k in range(end + 1, min(len(t), end + EPONYM_RUN_ON + 1)):
        c = t[k - 1]
        if not _is_cjk(c) or c in _STOP or (k - end > 1 and _known_non_name(t[end:k])):
            return False                  # (李敏有 + 精神病史, 许顺 + 照顾病人, 周玉兰 + 糖尿病)
        if (t[k] in _EPONYM_FIRST and _EPONYM_AFTER_RE.match(t, k)) \
                or (t[k] == "节" and _FEAST_AFTER_RE.match(t, k)):
            return not _is_word(t[k - 1:k + 1]) or _DISEASE_TALK_AFTER_RE.match(t, k + 1) is not None
    return False


def _known_non_name(w: str) -> bool:
    """Does the lexicon hold ``w``, however rare, as anything but a name (糖尿, 照顾; not 海默)?"""
    entry = _lexicon().get(w)
    return entry is not None and not entry[1].startswith("nr")

_BRAND_AFTER_RE = re.compile("牌(?![照子友局])|品牌")
# A team's 队 where a list of teams or a match goes on after it (龙舟赛：黄龙队、白龙队, 洪山队与金星队);
# 队长, 队员 after a name are the person's post.
_TEAM_AFTER_RE = re.compile("队(?=[、，,；;与和对]|vs|VS|主场|客场|比赛|获得|夺得)")
_LAKE_AFTER_RE = re.compile(f"[{_CJK}]?错(?=$|[^{_CJK}]|[湖畔边]|[一二三四五六七八九十两几][处个座])")
# A people (鄂伦春族, not 族人 or 族谱) and the banners and leagues of Inner Mongolia (乌审旗,
# 锡林郭勒盟), where a phrase ends or a place or an office follows.
_ETHNIC_UNIT_AFTER_RE = re.compile("族(?![人谱长])|[旗盟](?=$|[^" + _CJK + "]|人民|政府|[镇乡苏嘎])")

_BANNER_BEFORE_RE = re.compile(f"[市盟州][{_CJK}]{{0,3}}$")
_AUTONOMOUS_RE = re.compile(f"[{_CJK}]{{1,6}}?族自治[县旗州]")


def _banner_at(t: str, i: int, end: int) -> bool:
    """Does a county-level name of the division table end inside or right after ``t[i:end]``
    (it may begin up to three characters before ``i``), and a banner's 旗 or an autonomous
    county's people follow it (四子王旗, 敖汉旗, 莫力达瓦达斡尔族自治旗)?"""
    if "旗" not in t and "盟" not in t and "自治" not in t:
        return False                      # (the common case, asked of every name a cue reads)
    for e in range(i + 1, min(len(t), end + 1) + 1):
        if t[e:e + 1] in ("旗", "盟") or _AUTONOMOUS_RE.match(t, e):
            if any(t[k:e] in PLACE_NAMES for k in range(max(0, i - 3), min(i, e - 2) + 1)):
                return True
    return False
_BANNER_NAME_RE = re.compile("(?:[正镶][蓝黄白红]|[左右前后中])旗$")   # (正蓝旗, 阿拉善左旗)

# Verbs of going and staying that end a run read for a place (钟欣凤 + 赴市: one goes to a city;
# 王建华 + 驻村指导: one is stationed in a village, no village 王建华驻村).
_MOTION_VERBS = frozenset("赴往返驻")

_ISSUER_BRACKETS = frozenset("〔[(（［【")

# A company's legal form a few characters after a candidate (its trade between them).
COMPANY_TRADE_MAX = 6
_COMPANY_TAIL_RE = re.compile(f"[{_CJK}]{{0,{COMPANY_TRADE_MAX}}}?(有限责任公司|股份有限公司|有限公司|专业合作社)")


# The fast path of _org_follows (speed, no change of what is read): after most names a cue reads
# comes a comma or another character that is no CJK character (王伟，身份证…), and then no rule of
# _org_follows can say "organisation" unless that character opens one of its words or patterns, or
# a unit word (街道, 社区…) follows one character later. The openers are derived at import from the
# very sets and patterns _org_follows reads, so the precheck cannot drift from them; a pattern whose
# first characters cannot be listed (one that may begin with any character) turns the precheck off.
# tests/test_deid_names.py checks that _org_follows reads the same with and without it.
_UNIT_AFTER_ONE = ("街道", "社区", "村委会", "居委会")


def _non_cjk_openers(pattern: re.Pattern) -> frozenset[str] | None:
    """The characters outside 一-鿿 a match of ``pattern`` can begin with; None: any character
    (or the pattern may match nothing, or reads in a way not listed here)."""
    try:
        import re._parser as parser          # (Python 3.11+)
        import re._constants as const
    except ImportError:                      # pragma: no cover
        return None
    if pattern.flags & re.IGNORECASE:
        return None

    def item(op, av):                        # -> (openers or None, may match nothing)
        if op is const.LITERAL:
            return {chr(av)}, False
        if op is const.IN:
            out = set()
            for o, a in av:
                if o is const.LITERAL:
                    out.add(chr(a))
                elif o is const.RANGE:
                    chars = [chr(x) for x in range(a[0], a[1] + 1) if not _is_cjk(chr(x))]
                    if len(chars) > 4096:
                        return None, False
                    out.update(chars)
                else:                        # NEGATE, CATEGORY (\s, \w ...): too many to list
                    return None, False
            return out, False
        if op is const.BRANCH:
            out, empty = set(), False
            for branch in av[1]:
                f, e = seq(branch)
                if f is None:
                    return None, False
                out |= f
                empty = empty or e
            return out, empty
        if op is const.SUBPATTERN:
            return (None, False) if av[1] & re.IGNORECASE else seq(av[-1])   # ((?i:…) left unlisted)
        if op in (const.MAX_REPEAT, const.MIN_REPEAT):
            f, e = seq(av[2])
            return f, e or av[0] == 0
        if op in (const.ASSERT, const.ASSERT_NOT, const.AT):
            return set(), True               # (zero-width: the next item opens the match)
        return None, False                   # (ANY, NOT_LITERAL, group references ...)

    def seq(items):
        out = set()
        for op, av in items:
            f, e = item(op, av)
            if f is None:
                return None, False
            out |= f
            if not e:
                return out, False
        return out, True

    parsed = parser.parse(pattern.pattern, pattern.flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    openers, empty = seq(parsed)
    if openers is None or empty:
        return None
    return frozenset(c for c in openers if not _is_cjk(c))


def _org_follows_openers() -> frozenset[str] | None:
    """The characters outside 一-鿿 that may open a word or a pattern _org_follows reads at
    ``end`` (None: the precheck is off)."""
    out = set()
    for chars in (_PREDICATE_FIRST, _ACT_CHARS, _THING_AFTER_FIRST, "牌品队族旗盟节家", _EPONYM_FIRST,
                  _FOREIGN_SYLLABLE_FIRST, _HEAD_FIRST, _ORG_OR_TRADE_FIRST, _PLACE_ENDS, _GEO_ENDS,
                  _FEATURE_ENDS, _ISSUER_BRACKETS):
        out.update(c for c in chars if not _is_cjk(c))
    for pattern in (_SCHOOL_CLASS_AFTER_RE, _AREA_AFTER_RE, _DOSAGE_FORM_RE, _BRAND_AFTER_RE, _TEAM_AFTER_RE,
                    _LAKE_AFTER_RE, _ETHNIC_UNIT_AFTER_RE, _EPONYM_AFTER_RE, _FOREIGN_RUN_ON_RE, _FEAST_AFTER_RE,
                    _ISSUER_RE, _VILLAGE_GROUP_RE, _COMPANY_TAIL_RE, _PERSONAL_BANK_ITEM_RE, _PERSONAL_FIRM_ITEM_RE):
        openers = _non_cjk_openers(pattern)
        if openers is None:
            return None
        out |= openers
    return frozenset(out)


_ORG_FOLLOWS_OPENERS = _org_follows_openers()


def _org_may_follow(t: str, end: int) -> bool:
    """False where no rule of _org_follows can fire at ``end < len(t)``: the next character is no
    CJK character and opens none of its words or patterns, and no unit word follows it."""
    c = t[end]
    return _ORG_FOLLOWS_OPENERS is None or "\u4e00" <= c <= "\u9fff" or c in _ORG_FOLLOWS_OPENERS \
        or t.startswith(_UNIT_AFTER_ONE, end + 1)


def _place_word(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]`` a place name of the lexicon (tag ns, any frequency: 平阴, 兰陵), and
    not the tail of a word before it (下午 + 马: 午马 is tagged ns too)?"""
    return 0 <= start and end - start >= 2 and _lexicon().get(t[start:end], (0, ""))[1] == "ns" \
        and not (start > 0 and _is_word(t[start - 1:start + 1]))


# Groups of people named by where they come from (华容务工人员慰问名单, 沈阳农民工) or by where
# they farm, herd or fish (呼伦贝尔牧户, 景洪胶农, 洪泽渔民): the place before them is no person.
_GROUPS_FROM_PLACE = ("务工人员", "农民工", "困难群众", "低保户", "留守儿童", "毕业生",
                      "牧户", "牧民", "农户", "胶农", "果农", "菜农", "茶农", "棉农", "蔗农", "烟农", "花农",
                      "渔民", "渔户", "养殖户", "种植户", "考生")


def _division_at(t: str, i: int) -> int:
    """The end of the name of a city or a county (邹平, 乌鲁木齐) that begins at ``i`` and ends
    a phrase or runs into a place word (在邹平务工, 滕州市), else 0. Not when a given-name
    character follows it (金秀云, 彭水生: 金秀 and 彭水 are counties too)."""
    for n in (4, 3, 2):
        if i + n <= len(t) and t[i:i + n] in PLACE_NAMES and (
                _phrase_end(t, i + n) or t[i + n:i + n + 1] in _PLACE_ENDS or _org_at(t, i + n)
                or t[i + n:i + n + 1] in ("籍", "人") or t.startswith(_GROUPS_FROM_PLACE, i + n)
                or (_phrase_start(t, i) and _lexicon().get(t[i + n:i + n + 2], (0, ""))[1] == "n"
                    and _freq(t[i + n:i + n + 2]) >= LEXICON_WORD_MIN
                    and _given_weight(t[i + n], True) < STRONG_GIVEN)
                or _institution_after(t, i + n)):
            return i + n                  # (岳阳客商, 岳阳籍: a place before a noun)
    return _divisions_run_on(t, i)


# Verbs of moving, settling, going and living before a place (搬往许昌, 户籍迁入邵阳, 住延吉, 赴苏黎世):
# a division's or a foreign place's name after them is the place, whatever follows it (一家已搬往
# 许昌，联系电话…: the household's phone; 住延吉，66岁: the resident's age; 在秘鲁留学).
_MOVED_TO_BEFORE_RE = re.compile("(?:搬往|搬到|搬至|搬去|迁往|迁到|迁至|迁入|迁居|迁回|移居|落户|定居|居住[在于]?"
                                 "|住在|住|赴|前往|去往|飞往|来自|返回|回到|在|位于)$")
# ... but not a person's home, side, company or help after the name (赴高阳家中, 住金秀云处, 在安宁
# 的带领下, 在高阳陪同下).
_HOME_AFTER_RE = re.compile("[家的处那]|身边|名下|陪同|一起|等人|带领|帮助|指导|协助|主持")
# The conjunctions between places of a list that the verb governs (赴汤加、苏黎世).
_PLACE_LIST_JOINS = frozenset("、和及与")
MOVED_PLACE_MAX = 9     # the longest place read after such a verb (布宜诺斯艾利斯)


def _moved_to(t: str, i: int) -> bool:
    """Does a verb of moving or living (_MOVED_TO_BEFORE_RE) stand right before ``t[i]``, or
    before a list of places that ``t[i]`` goes on (赴汤加、 + 苏黎世)?"""
    while True:
        if _MOVED_TO_BEFORE_RE.search(t, max(0, i - 4), i):
            return True
        if i < 3 or t[i - 1] not in _PLACE_LIST_JOINS:
            return False
        k = next((i - 1 - n for n in range(MOVED_PLACE_MAX, 1, -1)
                  if i - 1 - n >= 0 and t[i - 1 - n:i - 1] in PLACE_NAMES), -1)
        if k < 0:
            return False
        i = k


def _moved_place_at(t: str, i: int) -> int:
    """The end of a division's or a foreign place's name at ``i`` after a verb of moving or
    living (_moved_to), not run on into a given name (赴金秀 + 云家) nor followed by a person's
    home (_HOME_AFTER_RE), else 0."""
    if not _moved_to(t, i):
        return 0
    for n in range(MOVED_PLACE_MAX, 1, -1):
        end = i + n
        if end <= len(t) and t[i:end] in PLACE_NAMES:
            if _HOME_AFTER_RE.match(t, end) or (
                    end < len(t) and _given_weight(t[end], True) >= STRONG_GIVEN
                    and not _is_word(t[end:end + 2]) and not _division_at(t, i)):
                return 0
            return end
    return 0


# A plant sown, planted or in flower (种满格桑花, 补植蔷薇200株, 栽种马兰头, 王莲花期): a run
# that ends in a plant's last character right after what one does to plants, before a count, a
# list's mark or the phrase's end, or before its flowering. Flowers, trees and herbs take a
# surname's character at will (格桑, 马兰, 石楠, 金丝柳); a person is no object of these verbs.
PLANT_NAME_MAX = 5
_PLANTED_BEFORE_RE = re.compile("(?:种植|种满|种有|种着|种了|栽种|栽植|栽满|栽了|补植|补种|改种|套种|间种|移栽|引种|育苗"
                                "|嫁接|盛开的|开满了?|遍植"
                                # (a plant pointed at by its measure word, 那株朴树, 这棵龙柏; flowers
                                # laid at a grave or a memorial, 献上白菊)
                                "|[那这该每][株棵蔸丛]|献上|敬献|摆上|摆放)$")
# What only a tree or a plant has or is given, right after its name (or after a bracketed code):
# 古槐（BA2024…）树皮剥落, 朴树长势良好, 柳杉挂牌保护 (a patrol log and a protection ledger of ancient
# trees); not what a person may do to a tree (王松加装支撑架).
_PLANT_TENDED_AFTER_RE = re.compile("(?:[(（][A-Za-z0-9-]{2,16}[)）])?(?:树龄|主干|树干|树皮|树冠|树洞|树势|长势|冠幅|胸径"
                                    "|根系|枯枝|挂牌保护)")
_PLANT_LAST = "花草兰莲梅柳树藤竹薇菊蒜楠藕木果参芪七头松柏杉桑椒葵桂槐杨榆枣梨桃杏橘桔柿莓苋蔺蒿荷棠樨丹药精苓芷芍"
_PLANT_RE = re.compile(f"[{_CJK}]{{0,{PLANT_NAME_MAX - 1}}}?[{_PLANT_LAST}]"
                       "(?=[0-9一二三四五六七八九十两百千几数多]|[，。；、,;.（(]|$|等|花期|盛开|开得|开花|苗木|幼苗|种苗|树苗"
                       "|长势|树龄|主干|树干|树皮|树冠)")
_PLANT_FLOWERING_RE = re.compile(f"[{_CJK}]{{1,{PLANT_NAME_MAX - 1}}}?[{_PLANT_LAST}]花?(?=花?期[到已内间将来]|盛开|开得正|开花了)")
_PLANT_TENDED_RE = re.compile(f"[{_CJK}]{{1,{PLANT_NAME_MAX - 1}}}?[{_PLANT_LAST}](?={_PLANT_TENDED_AFTER_RE.pattern})")


def _plant_at(t: str, i: int) -> int:
    """The end of a plant's name (_PLANT_RE) that begins at ``i`` after what one does to plants,
    or one or two characters on where ``t[i]`` is in that verb (补植 + 蔷薇, 种满 + 石蒜), or that
    flowers there; else 0."""
    for p in (i, i + 1, i + 2):
        if _PLANTED_BEFORE_RE.search(t, max(0, p - 3), p) and (m := _PLANT_RE.match(t, p)) \
                and _ESTATE_BREAKS.isdisjoint(m.group()):
            return m.end()
    m = _PLANT_FLOWERING_RE.match(t, i)
    return m.end() if m and (i == 0 or not _is_cjk(t[i - 1]) or t[i - 1] == "的") else 0


def _word_cue_before(t: str, start: int) -> bool:
    """Is there a cue of two characters or more right before ``start`` (种植户, 老板; not 由, 和)? A
    look-alike read from inside it (种植户魏思 + 花 a plant, 老板胡 an opera's fiddle) holds no name."""
    return _cue_before(t, start) and not _one_character_cue_before(t, start)


def _in_estate_or_plant(t: str, h: Hit) -> bool:
    """Does a housing estate's name (_estate_at) or a plant's (_plant_at) cover the name read,
    beginning where it does (with no cue before it: 业主 + 张雅苑 + 5号楼) or up to ESTATE_NAME_MAX
    characters before it (龙湖春 + 江郦 + 城租户, 种满 + 格桑 + 花)?"""
    cued = _word_cue_before(t, h.start)   # (种植户 + 魏思花: no plant's name 种植户魏思花 runs over a
    #                                       role's word that ends where the name begins; round 27, lb27)
    for k in range(max(0, h.start - ESTATE_NAME_MAX), h.start + 1):
        if (k < h.start or not _cue_before(t, k)) and not cued and max(_estate_at(t, k), _plant_at(t, k)) >= h.end:
            return True
    m = _PLANT_TENDED_RE.match(t, h.start)
    return m is not None and h.start + 1 < m.end() <= h.end and not _cue_before(t, h.start)
    #                                   (朴树 + 长势良好, 龙柏 +（BA2024…）树皮剥落: the name read is
    #                                   a plant's, whole, before what only a plant has; or runs on into
    #                                   it: 朴树长 + 势)


def _in_moved_place(t: str, h: Hit) -> bool:
    """Does a place after a verb of moving or living (_moved_place_at) cover the name read (the
    list's 赴新加坡、 + 孟加拉), or begin one character before it and hold its first (在秘 + 鲁留学)?"""
    return _moved_place_at(t, h.start) >= h.end or (h.start > 0 and _moved_place_at(t, h.start - 1) > h.start)


# An office, a court, a hospital, a centre or a home that a county or a city names, a few
# characters after it (邵阳 + 民政局, 武胜 + 公共法律服务中心, 黎川 + 儿童福利院, 彭州 + 慈善总会).
INSTITUTION_RUN = 8
_INSTITUTION_AFTER_RE = re.compile(
    f"[{_CJK}]{{0,{INSTITUTION_RUN}}}?(局|法院|检察院|医院|福利院|学院|中心|总会|协会|红十字会|公证处|"
    "管理站|补给站|派出所|殡仪馆|大队|委员会)")
# ... and a school it names, right after it (林州 + 一中, 黄冈 + 中学, 衡水 + 市第二中学).
_SCHOOL_AFTER_RE = re.compile("[市县区]?(?:第?[一二三四五六七八九十]+)?(?:[^，。；、]{0,2}?中学|小学|高中|学校)"
                              "|[一二三四五六七八九十][中高]")


def _institution_after(t: str, k: int) -> bool:
    """Does the name of an institution end within INSTITUTION_RUN characters of ``k``, no
    particle or preposition among them, or a school's begin at ``k``, and nothing a person does
    right at ``k`` (齐河 + 公证处, 林州 + 一中; not 武胜 + 到民政局, 武胜 + 反映…局: a person goes or
    speaks there)?"""
    m = _INSTITUTION_AFTER_RE.match(t, k)
    return ((m is not None and _RUN_BREAKS.isdisjoint(t[k:m.start(1)])) or _SCHOOL_AFTER_RE.match(t, k) is not None) \
        and not _person_after(t, k)


# Particles, prepositions and conjunctions: no institution's name holds one (_STOP's 共, 中, 上 do:
# 公共法律服务中心, 中医院).
_RUN_BREAKS = frozenset("的了在于和与及或是为被把向从到对将已也都就又还再并而但因给让请由")


# A housing estate (楼盘, 小区) by its name's last word and what a ticket or a complaint says
# right after it: a building, a unit, its owners and tenants, its management, garage or
# surroundings (金茂府5号楼, 龙湖春江郦城租户, 金色家园地下车库, 华润橡树湾周边). Developers name
# estates with a surname's character at will (金茂, 孔雀城, 江郦城), so no name begins inside one
# that a particle, a preposition or a verb does not break (张伟 + 家住 + 金茂府 is a person).
ESTATE_NAME_MAX = 7
_ESTATE_RE = re.compile(
    f"[{_CJK}]{{1,{ESTATE_NAME_MAX - 1}}}?(?:[壹一]号院|花园|家园|新村|新城|小区|公馆|华庭|华府|公寓|山庄|庄园|小镇"
    "|[府城苑湾郡里院园庭邸墅])"
    "(?=[A-Za-z]?[0-9一二三四五六七八九十]+(?:号楼|号院|栋|幢|座|期|单元)|小区|业主|租户|住户|物业|地下车库|车库"
    "|周边|门口|门前|附近|[东南西北]门|商品房|楼盘|售楼)")
_ESTATE_BREAKS = _RUN_BREAKS | frozenset("住")


def _estate_at(t: str, i: int) -> int:
    """The end of a housing estate's name (_ESTATE_RE) beginning at ``i``, else 0."""
    m = _ESTATE_RE.match(t, i)
    if m is None or not _ESTATE_BREAKS.isdisjoint(m.group()) \
            or any(_is_verb(t[k:k + 2]) for k in range(i, m.end() - 2)):
        return 0
    return m.end()


def _divisions_run_on(t: str, i: int) -> int:
    """The end of two names of divisions written one straight after the other, a city and its
    county or district (郑州中原区, 普洱孟连, 文山麻栗坡, 宁德福安) beginning at ``i``, else 0: no
    person's name runs into a county's, even after a cue (被申请人为郑州中原区某公司)."""
    for n in (4, 3, 2):
        if i + n < len(t) and t[i:i + n] in PLACE_NAMES:
            end = _division_at(t, i + n)
            if end and not _person_after(t, end):
                return end                # (not 东方 + 金山 + 外出务工: a compound surname's name)
    return 0


def _place_end_before_word(t: str, k: int) -> bool:
    """Does ``t[k]`` end a division's name as its 区, 县 or 市, where a post (区长, 县长) would be
    read only by taking half of a commoner word after it (黄岛 + 区 + 长江中路: 长江 is the word)?"""
    return t[k:k + 1] in _PLACE_ENDS and t[k:k + 2] in _TITLE_SET \
        and _freq(t[k + 1:k + 3]) > max(_freq(t[k:k + 2]), LEXICON_WORD_MIN)


def _any_cue_before(t: str, i: int) -> bool:
    """A cue word right before ``t[i]``, whatever else follows (see _cue_before)."""
    m = _BEFORE_RE.search(t, max(0, i - 6), i)
    return m is not None and not _cue_straddles(t, m.start(), i)


def _cue_straddles(t: str, start: int, end: int) -> bool:
    """Is the cue read at ``t[start:end]`` two halves of two words (行业 + 主管: 业主 is no cue
    there): a word of the lexicon ends at its first character, and a word more frequent than
    the cue begins at its last (not 受助 + 学生 + 于: 学生 is the commoner word); or the cue is
    rare as a word and a frequent one begins at its last character, another word after it
    (低保户 + 名单 + 公示: no 户名; but 墓主 + 张菊, 之子 + 孙博), or a place's last character
    before it (金寨乡 + 医保)?"""
    if end - start != 2 or start == 0 or end >= len(t):
        return False
    after = _freq(t[end - 1:end + 1])
    cue = _freq(t[start:end])
    return (_is_word(t[start - 1:start + 1]) and after > max(cue, LEXICON_WORD_MIN)) \
        or (cue < LEXICON_WORD_MIN and after >= CUED_WORD_MIN and _is_word(t[end + 1:end + 3])) \
        or (cue < LEXICON_WORD_MIN and t[start] in _PLACE_ENDS and after >= LEXICON_WORD_MIN)


def _inside_word(t: str, i: int) -> bool:
    """Is ``t[i]`` inside a frequent word of three or four characters that began before it
    (穆斯林 at 斯, 阿斯匹林): a transliteration or a compound, not a surname? A rarer noun of the
    lexicon counts too where it swallows the surname and the whole given name (滞纳金 at 纳: a
    name there would end where the word ends); so does a place of three characters or more that
    began before it (维也纳 at 纳, 哥斯达黎加 at 斯: not one of two, 队长 + 葛军 is no 长葛)."""
    for k in range(i - 1, max(-1, i - MOVED_PLACE_MAX), -1):
        if any(k + len(p) > i and t.startswith(p, k) for p in _LONG_PLACES_FIRST.get(t[k], ())):
            return True                   # 在维也纳 + 留学: 纳 ends the city
    for start in (i - 1, i - 2, i - 3):
        for n in (3, 4):
            if start >= 0 and start + n == i + 1 and t[start:start + n] in DOMAIN_WORDS:
                return True               # 退耕还林 + 补助: a word of the domain ends at the surname
            if start >= 0 and start + n > i + 1:
                freq, tag = _lexicon().get(t[start:start + n], (0, ""))
                if (freq >= LONG_WORD_MIN and not tag.startswith("nr")) or _set_phrase(t[start:start + n]) \
                        or t[start:start + n] in PLACE_NAMES:
                    return True           # (雷厉风行 at 厉: an idiom, however rare; 锡林浩特 at 林:
                    #                       a city's name)
                if freq >= SWALLOWING_WORD_MIN and tag == "n" and start + n - i >= 2 \
                        and not _any_cue_before(t, i):
                    return True
    return False


# The names of divisions and places abroad of three characters or more, by their first character.
_LONG_PLACES_FIRST = _by_first(sorted((p for p in PLACE_NAMES if len(p) >= 3), key=len, reverse=True))
# A noun of three or four characters at least this frequent that runs through a surname and its
# given name (滞纳金 10) is read as the word.
SWALLOWING_WORD_MIN = 3

# How a person is addressed after a preposition that is a surname too (向 + 林护士, 向 + 小许).
_ADDRESS_PREFIXES = ("小", "老", "大")


def _address_form_at(t: str, j: int) -> bool:
    """Does an address form begin at ``j``: a surname and a title (林护士), or 小/老 and a surname
    that ends the phrase (小许 + 报告)? A compound surname is one surname here, as a single one is
    (欧阳老板, 万俟阿姨, 拓跋姐, 老欧阳 + 克扣, 小端木 + 制止): "surname + title" names nobody."""
    n = _surname_length_at(t, j)
    if n and j + n < len(t) and (t.startswith(_TITLES, j + n) or (n == 2 and t[j + n] in KIN_TITLES)):
        return True
    if not t.startswith(_ADDRESS_PREFIXES, j):
        return False
    n = _surname_length_at(t, j + 1)
    k = j + 1 + n                         # (what follows the surname; after a compound one no given
    #                                       name is read: 老欧阳 + 克扣, which the lexicon tags nr)
    return n == 2 or n > 0 and (k >= len(t) or not _is_cjk(t[k]) or _is_verb(t[k:k + 2])
                      or _common_word(t[k:k + 2]) or t[k] in _STOP)


def _surname_length_at(t: str, j: int) -> int:
    """The length of the surname at ``t[j]``: 2 for a compound one (欧阳, 万俟), 1 for a single one,
    0 for none."""
    if t[j:j + 2] in COMPOUND_SURNAMES:
        return 2
    return 1 if j < len(t) and t[j] in _SINGLE_SET else 0


def _prefix_stands_alone(t: str, i: int) -> bool:
    """Is the 老/小/大 right before ``t[i]`` a prefix of address (老王, 站长 + 老欧阳), not the end of
    a word (养老 + 王芳)? A title before it claims the character a word would (站长老: 长 is the
    title's, 长老 is no word there)."""
    return i > 0 and t[i - 1] in FAMILIAR_PREFIXES \
        and (not _is_word(t[i - 2:i]) or (i >= 3 and t[i - 3:i - 1] in _TITLE_SET))


def _bare_title_at(t: str, i: int) -> bool:
    """Does a title of two characters or more begin at ``t[i]`` with no given name's character
    after it (骑手 + 师傅 + 说明天再来, 保安 + 阿姨 + 请假; not 林长 + 青, a name that begins as 林长 does)?
    A title alone names nobody, after a role's cue too."""
    for w in sorted(_TITLE_FIRST.get(t[i], ()) if i < len(t) else (), key=len, reverse=True):
        if len(w) >= 2 and t.startswith(w, i):
            k = i + len(w)
            return k >= len(t) or not _is_cjk(t[k]) or t[k] in _STOP \
                or _given_weight(t[k], True) == 0 or _is_word(t[k:k + 2])
    return False


# How frequent a verb must be to end a name before it (屈超 + 收取现金: 收 ends given names too).
VERB_AFTER_NAME_MIN = 300


def _verb_after_full_name(t: str, j: int) -> bool:
    """Does a frequent verb begin right after ``t[j]``, a character that ends given names (超, 丽,
    慧), while the verb's first ends them rarely (屈超 + 收取, 闵慧 + 收取; not 石一 + 诺夫妇)? Then the
    name ends at ``t[j]``."""
    freq, tag = _lexicon().get(t[j + 1:j + 3], (0, ""))
    return freq >= VERB_AFTER_NAME_MIN and tag == "v" and _given_weight(t[j], True) >= 1 \
        and _given_weight(t[j + 1], True) < TOP_GIVEN


@lru_cache(maxsize=1)
@on_disk("function_word_first_chars")
def _function_word_first_chars() -> frozenset[str]:
    """Characters of no given name that begin a frequent conjunction, adverb or preposition of the
    lexicon (另 of 另外, 仍 of 仍然): after a cue such a character does not join the name as its
    third (骑手张伟 + 另案处理, not 张伟另)."""
    return frozenset(w[0] for w, (freq, tag) in _lexicon().items()
                     if len(w) == 2 and tag in ("c", "d", "p") and freq >= CUED_WORD_MIN
                     and _given_weight(w[0], True) == 0 and _given_weight(w[0], False) == 0)


# A vehicle a person rides or drives, then what it does or where it is (电动车在路口, 摩托车与行人相撞,
# 电瓶车被盗): after a role's cue and a name, the person's vehicle (骑手柏长贵 + 电动车在…), not a
# shop of that trade named after its owner (王记电动车).
_RIDDEN_VEHICLE_AFTER_RE = re.compile("(?:电动车|电瓶车|电动自行车|电动三轮车|摩托车|三轮车|自行车|助力车|小轿车|轿车|货车)"
                                      "(?:在|与|被|停|撞|闯|逆行|侧翻|追尾|失控|丢失|充电|起火|违停|占用|堵)")


def _pair_cue_around(t: str, i: int) -> bool:
    """Does a cue of two characters (_PAIR_CUES) end at ``t[i]`` or begin there, with a surname
    right after it? Then the candidate at ``t[i]`` is the cue's character."""
    for k in (i - 1, i):
        if k >= 0 and t[k:k + 2] in _PAIR_CUES and k + 2 < len(t) and _surname_length_at(t, k + 2) \
                and not _cue_straddles(t, k, k + 2):
            return True
    return False


def _compound_addressed(t: str, i: int) -> bool:
    """Is a compound surname at ``t[i]`` a way of addressing someone, no name: with a title after
    it (欧阳老板, 诸葛队长, 万俟阿姨, 轩辕嫂子) or 老/小 before it (老欧阳, 小端木)? The single-surname
    forms are the same rule's (_address_form_at), read for the compound whether a candidate takes
    it whole or its first character as the surname (欧 + 阳老板)."""
    if t[i:i + 2] not in COMPOUND_SURNAMES or (t[i + 2:i + 3] == "老" and t[i + 3:i + 4] in _SIBLING_RANKS):
        return False                      # (皇甫 + 老五: the rank among siblings, a name: mw29)
    return _address_form_at(t, i) or (_prefix_stands_alone(t, i) and _address_form_at(t, i - 1))


# A fishing vessel's registration: province and port, 渔 (or 渔运, 渔养), its number.
_VESSEL_RE = re.compile("渔[运养捕]?(?:[0-9]{3,}|[0-9]+号)")


# After a name, what only a person is or does, strongly enough to read a common word as a name
# (高洁在场, 安然同意, 钟声大爷, 方圆户).
_STRONG_PERSON_AFTER = _STRONG_AFTER_CUES + _TITLES + ("在场", "同意", "经营的", "拒不", "户、",
                                                       "户，", "户。", "手机", "电话", "身份证",
                                                       "银行卡", "家住", "户籍", "名下", "已满")


# Where nothing but a person's name can stand, whatever word the name is (夏天, 车站, 任重): after
# a boundary of a plot (东至 + 马力 + 宅), or right before 同志, a relation (之女), 家属, a role in
# brackets, a phone or an ID already replaced, a partner (与〔姓名〕系夫妻); or alone in 【】.
_KIN = (r"(?:丈夫|妻子|配偶|[长次三四幼]?[子女]|儿子|女儿|孙[子女]|外孙女?|侄[子女]|外甥女?|儿媳|女婿|哥哥|姐姐"
        r"|弟弟|妹妹|[父母]亲|户主)")
_PERSON_SLOT_AFTER_RE = re.compile(
    r"同志|之[长次三幼]?[子女妻夫父母孙]|家属|[（(](?:户主|本人|配偶|[长次]?[子女]|儿子|女儿|父亲|母亲|妻子|丈夫)"
    r"(?:[，,、；;][^（）()]{0,12})?[）)]"
    r"|〔(?:电话|身份证号|银行卡号)〕|[与和]〔姓名〕(?:系|共有|签订|协商|离婚)"
    # a relative in brackets who acts for the person (高峰（女儿〔姓名〕代办）), a disability's grade
    # (向阳（肢体一级）), a spouse or a child the person lives with (江山与丈夫), one who acts for
    # another (华夏代为申请), the person's home in a village (包容住胡家台村, 安康家（陈家沟村3组）),
    # a relation after a dash in a members' list (常识-配偶)
    rf"|[（(]{_KIN}[^（）()]{{0,8}}(?:代办|代领|代为|陪同)[^（）()]{{0,4}}[）)]"
    r"|[（(](?:肢体|视力|听力|言语|智力|精神|多重)[一二三四1-4]级[）)]"
    rf"|与{_KIN}(?![^，。；]{{0,6}}(?:关系|住宅|房屋))|代为申请|代为办理|代领|代办"
    r"|与[^，。；;]{1,10}?签订(?:劳动|劳务|聘用)合同"
    r"|住(?![房院宿址所户])[^，。；;,]{1,8}?(?:村|屯|庄|寨|[0-9一二三四五六七八九十]组|小区|家园|社区)"
    r"|家[（(][^（）()]{1,10}[0-9一二三四五六七八九十]{1,2}组"
    rf"|-{_KIN}(?:[、，,；;/。]|$)"
    # a sex or an age in brackets or after a comma (马力（45岁）, 程序，男，), a death or an illness
    # (时光已去世, 温暖因病), a household of so many (方圆户，3人)
    r"|[（(](?:[0-9]{1,3}岁|男|女)(?:[，,、][^（）()]{0,10})?[）)]|[，,][ \t]?[男女][，,、；;。]"
    r"|已?(?:去世|病故|病逝|死亡)|因病(?!毒|虫|害)|户[，,（(][ \t]?[0-9一二三四五六七八九十]{1,2}[人口]"
    # what a household owns (白雪家水表, 马力家养殖场)
    r"|家(?:的)?(?:水表|电表|燃气表|房屋|住房|老宅|鱼塘|养殖场|门前|院内|院子|责任田|承包地)"
    # the person's own card, account or papers (打入陈振卡内, 谭卫晓的证件由…代办)
    r"|卡(?:内|上|中)|的(?:银行卡|社保卡|存折|账户|证件|身份证|户口本|残疾人证)"
    # what a witness or a party says and signs (证人…、白雪 + 的证言在卷), what a household has (武艺 +
    # 家有营运车辆)
    r"|的(?:证言|陈述|笔录|供述|询问笔录)|家(?:有|拥有)(?!限)"
    # the person's school and degree after a comma (林立，黄冈师范学院博士)
    r"|[，,][^，。；;,（）()]{2,14}?(?:大学|学院|学校|中学|技校)(?:[0-9]{4}届)?"
    r"(?:博士|硕士|研究生|本科生?|专科生|毕业生|学生)"
    # a rank after a comma, as veterans' rolls write it (孙卫，中士，1993年入伍)
    r"|[，,][ \t]?(?:列兵|上等兵|[下中上]士|[一二三四]级军士长|[少中上大]?[尉校]|[少中上]将)[，,、；;。]")
_PLOT_BOUNDARY_RE = re.compile("[东西南北]至$")
_PARTNERS_AFTER_RE = re.compile("共有|离婚|结婚|协议离婚|系[^，。；]{0,4}(?:关系|邻居|亲戚|同事|朋友|夫妻|父子|母子|"
                                "父女|母女|兄弟|姐妹|同学|战友)")
_FUNCTION_TAGS = frozenset({"r", "p", "c", "u", "d", "m", "q", "f", "y", "e", "o", "x"})


# What only a person's row holds after a name that opens a cell: a village after a comma, an ID
# number masked, the person's papers lost, applied for or shown (高峰，胡家河村，; 方圆，
# 430602****126X; 方正遗失护照, 高升申请出具公证, 汪洋的渔船证书, 林立持身份证). Where a sentence
# runs on these are a firm's too (由方正集团申请, 高峰期的证书), so only at a cell's start.
_CELL_PERSON_FIELD_RE = re.compile(
    r"[，,][ \t]?[^，。；;,（）()\s]{1,6}?(?:村|屯|寨|[0-9一二三四五六七八九十]{1,2}组)[，,；;]"
    r"|[，,（(][ \t]?[0-9]{4,6}[*＊xX]{4,12}[0-9]{2,4}[0-9Xx]?"
    r"|(?:遗失|丢失|补办|补领|申领|申请(?:出具|办理|补办|补领|换领|公证))"
    r"|[持凭携][^，。；;]{0,12}?(?:证|材料|通知书|户口本|户口簿|护照|原件|复印件|介绍信|委托书)"
    r"|的[^，。；;]{0,4}?(?:证书|证件|护照|身份证|户口簿|户口本|驾驶证|结婚证|出生证|毕业证)")
_CELL_OPENERS = frozenset("；;\n\t|[【")


# Who a log line is copied to or handled by, as its field (抄送：X, 经办 X): a person in a clerk's log.
_ROUTED_TO_BEFORE_RE = re.compile(r"(?:^|(?<=[，,。；;、 \t\n]))(?:抄送|经办)[ \t]*[:：]?[ \t]*$")


def _person_slot(t: str, start: int, end: int) -> bool:
    if _PERSON_SLOT_AFTER_RE.match(t, end) or _ROLE_LABEL_BEFORE_RE.search(t, max(0, start - 8), start):
        return True                       # (受送达人：夏天, 申请人: 向前: a role's label and colon)
    if _ROUTED_TO_BEFORE_RE.search(t, max(0, start - 4), start) and (end == len(t) or t[end] in _FIELD_ENDS):
        return True                       # (抄送：沈阳；, 经办 华丽，: a log's copy or its handler, the
        #                                   field holding the name alone; round 26, sl26)
    if (start == 0 or t[start - 1] in _CELL_OPENERS) and _CELL_PERSON_FIELD_RE.match(t, end):
        return True                       # 金星，田家庄村，购…: a person's row
    if _RECOMMENDED_BEFORE_RE.search(t, max(0, start - 3), start) and _POSTED_TO_RE.match(t, end):
        return True                       # 推荐 + 马力 + 到超市应聘: one placed in a job
    if (start == 0 or t[start - 1] in _CLAUSE_OPENERS) and _SUBJECT_ACT_RE.match(t, end) \
            and _lexicon().get(t[start:end], (0, ""))[1] not in ("t", "f", "s"):
        return True                       # 陶冶 + 在县职教中心学习, 魏征 + 领取一次性创业补贴: the
        #                                   subject of what only a person does (not a time:
        #                                   白天在集镇打零工)
    if t.endswith(("〔姓名〕和", "〔姓名〕与"), 0, start) and _PARTNERS_AFTER_RE.match(t, end):
        return True                       # 〔姓名〕和 + 高原 + 共有: the other owner
    if t.startswith("宅", end) and _PLOT_BOUNDARY_RE.search(t, max(0, start - 2), start):
        return True                       # 南至 + 马力 + 宅: the neighbour's house
    if _quoted_name(t, start, end):
        return True                       # 曾用名为“向东”: the quotes hold the whole name
    if t.startswith(_PERSON_PREDICATES, end) and _cue_before(t, start) \
            and not _one_character_cue_before(t, start):
        return True                       # 证人 + 关心 + 证实, 店员 + 向前 + 对此知情: a role before the
        #                                   word and what only a person does after it
    if _BORROWED_BEFORE_RE.search(t, max(0, start - 2), start) and _OWNED_AFTER_RE.match(t, end):
        return True                       # 租用 + 严明 + 的仓库: what a person owns, rented or misused
    if _role_bracket_after(t, end) and _cue_before(t, start):
        return True                       # 拟退出 + 夏天 + （家庭收入超标）: a cue and a person's bracket
    if _own_act_subject(t, start, end):
        return True                       # 时光反映…, 齐心借《…》, 文静行动不便, 童心的公益岗工资
    if _ROLL_CHANGE_BEFORE_RE.search(t, max(0, start - 3), start) and _ROLL_PERSON_AFTER_RE.match(t, end) \
            and t[end - 1] not in _OWN_ACT_GROUP_ENDS:
        return True                       # 新增 + 田野 + （户主〔姓名〕之孙）, 其中 + 方舟 + 为残疾人
    if _addressed_word_name(t, start, end):
        return True                       # 高远先生表示满意, 经与文章本人核实: a word addressed as a person
    return start > 0 and t[start - 1] == "【" and t.startswith("】", end) and not _keyword_tag(t, start, end)


def _keyword_tag(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]``, in 【】 that close the text after what it says, a plain noun of the
    lexicon (【黄瓜】, 【方砖】, 【柏木】)? Such a bracket tags the record with its topic, a crop, a
    material or an item, as a keyword line does; a name in 【】 heads a record or follows its label
    (【王芳】欠缴…, 联系人【田野】). Round 27, dw27."""
    return start > 1 and not t[end + 1:].strip() and _lexicon().get(t[start:end], (0, ""))[1] == "n"


# A word of the lexicon (any frequency) right before 先生 or 女士, or before 本人 after 与, 向, 同 ...,
# is a person's whole name (高远先生, 文章女士, 经与方向本人核实: round 19, names that equal a word of
# jieba's dictionary, after a cue), unless the lexicon knows the word with the title as one word
# (风水先生, 好好先生), the word is a verb, a pronoun or a function word, or thanks (谢谢先生) or the
# surname ends a word before it. (The lexicon's tags of such words are no guide: 高远 is tagged d,
# 万里 m, 向前 t, 谢谢 nr.)
_ADDRESSED_AFTER = ("先生", "女士")
_SELF_AFTER_PARTNERS = frozenset("与和同跟向对让请给")
_ADDRESSED_NOT_NAME_TAGS = frozenset({"v", "vd", "vi", "r", "p", "c", "u", "q", "y", "e", "o", "x"})


def _addressed_word_name(t: str, start: int, end: int) -> bool:
    if end - start != 2 or end + 2 > len(t):
        return False
    if not (t.startswith(_ADDRESSED_AFTER, end)
            or (t.startswith("本人", end) and start > 0 and t[start - 1] in _SELF_AFTER_PARTNERS)):
        return False
    tag = _lexicon().get(t[start:end], (0, ""))[1]
    return tag not in _ADDRESSED_NOT_NAME_TAGS \
        and t[start:end] not in _THANKS and _freq(t[start:end + 2]) == 0 \
        and _freq(t[start:end + 1]) < LEXICON_WORD_MIN \
        and not (start > 0 and _is_word(t[start - 1:start + 1]))


_THANKS = frozenset({"谢谢", "多谢", "感谢", "劳驾"})


# What only a living person does, suffers or has, right after the subject of a clause (round 15,
# names that are words: 时光, 方圆, 文静, 钟声, 白雪 are given names too). A word at a cell's or a
# clause's start that is followed by one of these is the person's name: a hill, a season or a
# virtue is not hurt, has no mother and no ID card (_OWN_STATE_RE), does not borrow a book or
# ring the office (_OWN_DEED_RE) nor refuse to move (_OWN_WILL_RE). A body (单位, 高校) may ask, complain, give or
# refuse, so those acts (_BODY_OR_PERSON_ACT_RE) count only for a word no commoner than a name's
# word (OWN_ACT_WORD_MAX).
_OWN_STATE_RE = re.compile(
    # health and the body
    "(?:(?:行动|腿脚|身体|手脚|行走|听力|视力|言语|生活)(?:不便|不适|障碍|下降|不能自理|困难)"
    "|(?:额头|头部|脸部|面部|眼部|手臂|胳膊|手指|手腕|腿部|脚踝|膝盖|腰部|背部|肋骨|骨盆)"
    "(?:碰伤|摔伤|擦伤|划伤|受伤|骨折|扭伤|烫伤|撞伤|疼痛|肿痛|不适)"
    "|摔伤|摔倒|跌倒|跌伤|骨折|晕倒|昏倒|中风|偏瘫|瘫痪|卧床|失明|失聪|生病|发烧|高烧|咳嗽|中暑|出院"
    "|怀孕|分娩|坐轮椅|拄拐|(?:患|患有)[^，。；;,]{1,8}?(?:病|症|炎|癌|瘤)"
    "|因(?:摔伤|骨折|中风|生病|车祸|交通事故|脑梗|心梗)"
    # a person's own: cards and papers, wage, pension; a relative who rings or acts for the
    # person (not a relative alone: 温柔的母亲, 阳光的孩子 are an adjective's); a quarrel
    "|的(?:公益岗|工资卡|医保卡|社保卡|身份证|户口|残疾证|低保金|养老金|退休金|抚恤金|高龄补贴|手机号|电动车)"
    "|的(?:母亲|父亲|妻子|丈夫|儿子|女儿|孙子|孙女|爷爷|奶奶|哥哥|姐姐|弟弟|妹妹|儿媳|女婿)"
    "(?:来电|来访|代领|代为|代办|陪同|去世|病故)"
    "|与(?:邻居|家人|妻子|丈夫|前妻|前夫|儿子|女儿|父母|母亲|父亲|兄弟|姐妹|房东|租客)(?:发生|吵|争|因|打|闹|协商))"
    # (not a relative clause: 关心 + 生病儿童, 看望 + 摔伤老人 are a verb and its object)
    "(?![^，。；;,]{0,2}?(?:老人|儿童|孩子|学生|群众|人员|员工|职工|患者|居民|村民|家庭|人士|者|户))")
_OWN_DEED_RE = re.compile(
    # reading, borrowing and owing as a person does
    "借[《“「]|(?:借阅|借书|还书|续借|借走)(?=[^，。；;,、 \t\n])|欠款|赊账"   # (文明借阅，: a slogan)
    # ringing or calling on the office (来电称, 来访称), writing by hand, donating blood
    "|来电(?:称|反映|咨询|询问|投诉|要求|表示)|来访(?:称|反映|咨询)|电话(?:称|反映|咨询|询问)"
    "|写了|亲笔|签了字|按了手印|献血|捐献(?:骨髓|遗体|器官|造血)|情绪激动|情绪低落|哭诉|哭闹"
    # what a register writes of a person (已领取, 已搬走, 租住, 家中无人: _PERSON_PREDICATES and
    # _REGISTER_ACTS without those a thing or a body may have: 一直, 长期, 驾驶, 死亡率, 住院部)
    "|(?:已经?|曾经?|仍|也|又|还)?(?:领取了?|已享受|未到场|独自|家中|家里|不在家|去世|病故|病逝|因病(?!毒|虫|害)"
    "|住院(?![部楼区费])|患有|患病|离职|无收入|无固定|无劳动|无其他收入|独居|失联|退休后|合租|因工受伤"
    "|不通汉语|不懂汉语|不会汉语|月收入|年收入|月工资|转学|休学|辍学|退役|离婚|"
    + "|".join(sorted(_REGISTER_ACTS, key=len, reverse=True)) + ")"
    # what a person does somewhere: keeps watch, reads, exercises, tidies the shelves
    "|(?:已经?|曾经?|仍|也|又|还|正)?在[^，。；;,]{1,10}?(?:值班|值守|看书|阅读|看报|下棋|打牌|锻炼|排队"
    "|做义工|当志愿者|整理(?:书架|图书|衣物|床铺))")
# ... and one's will and refusal, which a word of manner may precede too (明确表示, 坚决不同意)
_OWN_WILL_RE = re.compile("不愿|不肯|不同意|不配合|不服|执意|坚持要|自愿|声称|诉称|自称|辱骂")
_BODY_OR_PERSON_ACT_RE = re.compile("反映(?![出了的在])|投诉|咨询|抱怨|要求退|捐款|捐赠|捐出|借用|借款|拒绝")
# ... and saying, which a thing's noun seems to do too (高温表示…): only for a word the lexicon
# also knows as a name, a place or a quality (_NAME_LIKE_TAGS), as _candidate's speakers
_SAYING_ACT_RE = re.compile("表示(?![为出])|称(?![号重为作谓呼赞职])")
_OWN_ACT_FIRST = frozenset("行腿身手听视言生额脸面眼胳腕膝腰背肋骨摔跌晕昏中偏瘫卧失发高咳出怀分坐拄患因的与"
                           "借还续欠赊不执坚自情哭辱写亲签按来电声诉献捐反投咨抱表称要拒已曾仍也又正在领未独家去病"
                           "住离无退合月年转休辍") | frozenset(a[0] for a in _REGISTER_ACTS)
OWN_ACT_WORD_MAX = 12000   # (成功 10638 is a name's word; 单位 17532, 时间 33288 are a body's or
#                            a thing's: 单位捐款)
_OWN_ACT_NOT_TAGS = frozenset({"t", "f", "s", "m", "q", "r", "p", "c", "u", "d", "o", "y", "e"})   # (夏天摔伤)
# Tags of words that may say how a person acts (冷静拒绝, 主动要求): before a will or a word only
# what befalls the person counts.
_OWN_ACT_MANNER_TAGS = frozenset({"a", "ad", "an", "i", "l"})
# Words for many or for a group (全部不同意, 双方不同意, 家属不愿): no one's name.
_OWN_ACT_GROUP_ENDS = frozenset("部体方数们群伙家属员人者民户客")   # (顾客反映: the lexicon tags it nr)
# A verb at a clause's start before another act is the first of two acts (应征报名, 关爱摔伤老人).
_OWN_ACT_VERB_TAGS = frozenset({"v", "vn", "vd"})


# A roll's change or a part of a count right before a word (新增田野, 核减方舟, 其中柳絮), and after it
# what marks a person in a roll: a relative's or a role's note in brackets, another name in the
# list, a category the person is in (为残疾人). The word alone is no person there (新增高峰时段,
# 其中安全隐患3处).
_ROLL_CHANGE_BEFORE_RE = re.compile("(?:新增|核减|减员|增员|其中|纳入|退出|停发|停保|注销|剔除|清退)$")
_ROLL_PERSON_AFTER_RE = re.compile(
    r"[（(][^（）()]{0,10}?(?:之|的)?(?:[长次三幼]?[子女]|孙[子女]?|外孙女?|妻子?|丈夫|[父母]亲?|儿媳|女婿|[兄弟姐妹]"
    r"|户主|本人|配偶)[^（）()]{0,8}[）)]"
    r"|[、和与及]〔姓名〕|为(?:残疾人|户主|低保对象|特困人员|五保户|脱贫户|监测对象|在校生|新生儿|重病患者)")


# What makes the act a noun's head or a compound noun with the word before it (高峰 + 咨询量,
# 金融 + 借款合同, 高温 + 中暑预防, 金秋 + 捐款活动): no act of a person named before it.
_ACT_AS_NOUN_AFTER_RE = re.compile("量|台|室|点|处|站|热线|服务|活动|合同|纠纷|案|协议|利息|预防|工作|中心|平台"
                                   "|窗口|渠道|记录|箱|费|额|人数|率|制度|规定|须知|流程|系统|专区|区域|政策|事项")
# A plain noun of the lexicon this frequent (高温 1515, 成本 4289, 高校 3824) is a thing's or a
# body's word before these acts; a name's plain noun is rarer (时光 797, 马力 446, 方圆 285).
OWN_ACT_NOUN_MAX = 1000


def _own_act_subject(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]``, at a cell's or a clause's start, the subject of what only a person does
    (_OWN_STATE_RE, _OWN_DEED_RE, _OWN_WILL_RE), or of what a person or a body does (_BODY_OR_PERSON_ACT_RE)
    when it is no frequent noun? Time words, function words and words for a group are no
    person's name (夏天摔伤, 全部不同意); a word that may say how one acts is one only before what
    befalls the person (冷静拒绝 is how)."""
    if end >= len(t) or t[end] not in _OWN_ACT_FIRST:
        return False
    if not (start == 0 or t[start - 1] in _CLAUSE_OPENERS or t[start - 1] in _CELL_OPENERS):
        return False
    w = t[start:end]
    freq, tag = _lexicon().get(w, (0, ""))
    if tag in _OWN_ACT_NOT_TAGS or freq >= OWN_ACT_WORD_MAX or w[-1] in _OWN_ACT_GROUP_ENDS \
            or any(t.startswith(b, start) for b in _BRANDS_FIRST.get(t[start], ())):
        return False                      # (苏宁称, 万达捐赠: a brand's)
    if tag == "n" and (freq >= OWN_ACT_NOUN_MAX or _given_weight(w[-1], True) == 0) and w not in GIVEN_WORDS:
        return False                      # (高龄 + 独居, 单身 + 独居: a plain noun of how one lives)
    if tag in _OWN_ACT_VERB_TAGS:
        return False                      # (应征 + 报名: two acts, no one named)
    m = _OWN_STATE_RE.match(t, end) or _OWN_DEED_RE.match(t, end)
    if m is None and (tag not in _OWN_ACT_MANNER_TAGS or w in GIVEN_WORDS):
        m = _OWN_WILL_RE.match(t, end)
        if m is None and freq < GIVEN_PAIR_WORD_MAX:
            m = _BODY_OR_PERSON_ACT_RE.match(t, end) or (
                (tag in _NAME_LIKE_TAGS or w in GIVEN_WORDS) and _SAYING_ACT_RE.match(t, end))
            if m and (m.end() == len(t) or t[m.end()] in _FIELD_ENDS):
                return False              # (常青拒绝, 方正借款: the act alone may be a noun's)
    return bool(m) and not _ACT_AS_NOUN_AFTER_RE.match(t, m.end())


# What the subject of a clause does when only a person can be that subject: works, studies or
# is treated or diagnosed somewhere, receives a benefit, attends a training.
_SUBJECT_ACT_RE = re.compile("(?:暑期|假期|当天|当晚|傍晚|周末|已|曾|现|仍|一直)?在[^，。；;,]{1,10}?(?:打零工|务工|打工|上班|就读|住院"
                             "|学习|摆摊|确诊|就诊|就医|放牧|养殖|养牦牛|养羊|养牛|经营"
                             # work or play where an accident befalls the person (在仓库搬运时被叉车
                             # 撞伤, 在补给站服务时中暑, 暑期在水库边玩水)
                             "|搬运|施工|干活|作业|服务时|玩水|游泳"
                             # what a household does with its money and insurance (江河 + 在…购买首套
                             # 住房, 周全 + 已在江宁区参加职工医保)
                             "|购买|购房|租房|租住|参加[^，。；;,]{0,6}?(?:医保|社保|保险|养老))"
                             "|(?:申领|领取)[^，。；;,]{0,10}?(?:补贴|保险金|救助金|津贴|补助|养老金)"
                             "|参加[^，。；;,]{1,10}?(?:培训|体检)")
# An errand at a counter or a clinic (习春兰 + 挂号门诊内科时…, 全永福 + 前往医院复查): the act
# (of _ERRAND_ACTS; the lexicon tags most as nouns) and the institution a few characters on. Only
# for a full name the tagger would otherwise decide (in _candidate), never for a word (文明 +
# 核实…, 安全 + 报警…: a notice's topic), so not in _SUBJECT_ACT_RE, which _person_slot reads.
_ERRAND_AFTER_RE = re.compile("(?:办理|申报|备案|核实|联系|挂号|代领|代签|经办|续保|配药|前往|报案|报警|咨询)"
                              "[^，。；;,]{0,8}?(?:医院|卫生院|门诊|诊所|卫生室|卫生服务|派出所|社区|村委会"
                              "|居委会|医保|社保|民政|银行|信用社|营业厅|车管所|学校|窗口)")
_RECOMMENDED_BEFORE_RE = re.compile("(?:推荐|安排|介绍|安置)$")
# Renting, borrowing or misusing what a person owns (租用严明的仓库, 冒用高峰的身份证); a known brand
# is read before (租用万达的仓库 is the firm's).
_BORROWED_BEFORE_RE = re.compile("(?:租用|借用|冒用|盗用|占用)$")
_OWNED_AFTER_RE = re.compile("的(?:仓库|房屋|厂房|车辆|货车|门面|场地|身份证|银行卡|账户|耕地|宅基地|手机号)")
_POSTED_TO_RE = re.compile("到[^，。；;,]{1,10}?(?:应聘|上岗|报到|就业|务工|工作)")
_CLAUSE_OPENERS = frozenset("，,。；;、 \t\n：:")
# A person's role as a form's label, with its colon, right before the name: nothing but a person
# fills it, whatever word the name is.
_ROLE_LABEL_BEFORE_RE = re.compile(r"(?:申请人|受送达人|当事人|代领人|领取人|联系人|监护人|户主|被调查人"
                                   r"|举报人|投诉人|来电人|承租人|户名|对象|户|人员|学员|[人员](?:签字|签名))"
                                   r"[ \t]*[:：][ \t]*$"
                                   # a change of the person a record names (户主变更：〔姓名〕→江华)
                                   r"|〔姓名〕[ \t]*(?:→|->|—>|改为|变更为)[ \t]*$"
                                   # one whose post, work or tie only a person has (楼长白云, 骑手包容,
                                   # 邻居华夏, 同户高尚, 车辆登记所有人为文静, 后厨主管马力)
                                   r"|(?:楼长|组长|店长|主管|骑手|邻居|同户|所有人为|法定代表人)[ \t]*$")


# An owner's noun of what the owner has, one character and 主, that the lexicon lacks (畜主, 犬主,
# 窑主: round 26, sl26), right before a name as 车主 and 船主 are (those are cues): only a person owns.
# Not the lexicon's words in 主 (民主, 公主, 为主, 自主), nor after a word the character ends (家畜 + 主).
_OWNER_GAP = " \t:：="


def _owner_noun_before(t: str, start: int) -> bool:
    k = start
    while k > 0 and t[k - 1] in _OWNER_GAP and k > start - 2:
        k -= 1
    return k >= 2 and t[k - 1] == "主" and _is_cjk(t[k - 2]) and t[k - 2] not in _STOP \
        and t[k - 2] not in _NUMERALS and t[k - 2:k] not in _lexicon() \
        and not (k >= 3 and _is_word(t[k - 3:k - 1]))


def _strong_person_context(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]`` where only a person's name can stand: after a role or a relative
    (辅导员, 承租人, 女儿), before an age, a role or a household size in brackets, a date after
    于, a title, or what only a person does (在场, 同意)?"""
    m = _BEFORE_RE.search(t, max(0, start - 6), start)
    if m is not None and not _cue_runs_on(m.group(), t, start):
        cue = m.group().strip(_CUE_TAIL)
        if cue.endswith(_ROLE_ENDINGS) and cue not in _GENERIC_PERSON_WORDS \
                and (cue not in _HEAD_CUES or _cue_before(t, start)):
            return True                   # (与张站长 + 系祖孙关系: a head addressed, no cue)
    return _person_marked_after(t, end) or _role_noun_before(t, start) \
        or _formed_role_before(t, start) > 0 or _owner_noun_before(t, start) \
        or _CHANGE_BEFORE_RE.search(t, max(0, start - 5), start) is not None \
        or _AGE_BEFORE_RE.search(t, max(0, start - 5), start) is not None \
        or (_PERSON_FRAME_BEFORE_RE.search(t, max(0, start - 5), start) is not None
            and (t.startswith(_PERSON_FRAME_AFTER, end)
                 or (t[start - 1] == "问" and (end == len(t) or t[end] in "|｜;；,，。\n")))) \
        or (_GIVEN_TO_BEFORE_RE.search(t, max(0, start - 4), start) is not None
            and (end == len(t) or t[end] in "；;，,。\n"))


# The lexicon's tags of a two-character word that may be a name where a labelled field holds it
# (向前 t, 宋词 nr; not 单位, 申请, 村委: nouns and verbs of the forms themselves).
_FIELD_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "nz", "t", "d", "ns", "a", "an"})
# What ends a field of a form after its value (受送达人：向前；).
_FIELD_ENDS = frozenset("，,。；;、 \t）)|/\n")

# A verb of handing over before the one who received, the clause ending with that person (…并
# 卖给 + 付博文 + 。): a firm or a shop after it has its own word (卖给海燕超市).
_GIVEN_TO_BEFORE_RE = re.compile("(?:卖|交|转|借|送|租|转卖|转让|转交|过户|移交)给$")


# A preposition before a name and what is done to or with the person after it (对 + 黎明 + 从轻
# 处罚, 向 + 冷静 + 发放, 随祖母 + 雷鸣 + 生活, 同 + 钟声 + 一起, 问 + 金钟 at a cell's end): a frame
# that only a person fills, whatever word the name is.
_PERSON_FRAME_BEFORE_RE = re.compile(r"(?:对|给予|给|向|与|同|和|跟|随|由|替|帮|问|经|关于)[ \t]?"
                                     r"(?:[祖外]?[父母]亲?|祖母|爷爷|奶奶|外婆|外公|姥姥|姑姑|舅舅|叔叔)?$")
# An age before the name (将9岁的 + 董子然 + 救上岸, 一名六岁的 + 男孩): only a person has one.
_AGE_BEFORE_RE = re.compile("[0-9一二三四五六七八九十]{1,3}岁的?$")
# A change of a listing's log, set apart by spaces or a tab before the person it changes (退出　巴图
# 　收入超标, 新增 高原).
_CHANGE_BEFORE_RE = re.compile(r"(?:新增|退出|减员|增员|停保|注销|纳入|增加|减少|迁出|迁入|死亡)[ \t]+$")
_PERSON_FRAME_AFTER = ("从轻", "从重", "免予", "减轻", "处以", "作出", "发放", "同住", "同在", "一起", "生活",
                       "护送", "办理", "签收", "代领", "谈话", "交谈", "核实", "送达", "吊销",
                       "填写", "举报", "申请", "纳入", "家庭", "讨要", "索要", "追讨", "催要", "介绍",
                       "证实", "指认", "推荐", "安排", "顶岗", "接替")


# A verb of saying and 其 that takes its subject back (乐观称其…, 江山提出其…): the subject is a
# person; and a phone or an ID, already masked, in brackets after the name (关爱（174****2213）).
_ANAPHORA_AFTER_RE = re.compile("(?:称|声称|反映|提出|表示|陈述|承认|要求|认为|自述|介绍)其")
# The person's own relatives or household right after the name (丁香的外孙, 田野由儿媳照料, 高山一家
# 三口): only a person has them.
_HOUSEHOLD_AFTER_RE = re.compile("(?:的|由|与|和|随)(?:其|他的?|她的?)?(?:外孙女?|孙[子女]|儿媳|女婿|儿子|女儿|妻子|丈夫"
                                 "|老伴|老婆|老公|爱人|媳妇|[长次幼]子|[长次幼]女|父亲|母亲)"
                                 "|一家(?:人|[0-9二三四五六七八九十]口)|家中")
_MASKED_NUMBER_AFTER_RE = re.compile(r"[ \t]*[（(][0-9]{2,6}[*＊xX]{3,12}[0-9]{2,4}[0-9Xx]?[）)]")


def _role_bracket_after(t: str, end: int) -> bool:
    """Does a bracket with a person's role, age or household follow ``end`` (not a village's or
    a group's: 时限（李村） is the place the line is about)?"""
    bracket = _BRACKET_ROLE_RE.match(t, end)
    return bracket is not None and not bracket.group().endswith(("村）", "组）", "区）", "村)", "组)", "区)"))


def _person_marked_after(t: str, end: int) -> bool:
    """Does an age, a role or a household size in brackets, a date after 于, a title, a sex,
    what only a person does, or a masked phone or ID in brackets follow ``end``?"""
    return _role_bracket_after(t, end) \
        or _DATE_AGE_RE.match(t, end) is not None or t.startswith(_STRONG_PERSON_AFTER, end) \
        or _SEX_AFTER_RE.match(t, end) is not None or _MEMBER_AFTER_RE.match(t, end) is not None \
        or _ANAPHORA_AFTER_RE.match(t, end) is not None or _MASKED_NUMBER_AFTER_RE.match(t, end) is not None \
        or _HOUSEHOLD_AFTER_RE.match(t, end) is not None


# After a name in a listing's cell: the person's ID or phone (白云 〔身份证号〕, 杨柳（〔身份证号〕）,
# 高原（350203********6931）, 向阳　〔电话〕, 白云 身份证：), the relation in a members list (海燕，户主，), a relation to a
# person named (于洋系〔姓名〕之子), the household's change (白云户无变化, 成功户从…迁至), or the
# list's closing 等人 (文静等人；).
_MEMBER_AFTER_RE = re.compile(
    r"[ \t]*[（(]?〔(?:身份证号|电话|银行卡号)〕|[ \t]+(?:身份证|电话|手机)"
    r"|[（(][0-9]{2,6}\*{4,14}[0-9]{0,4}[0-9Xx][）)]"
    r"|(?:[，,][ \t]?|[ \t]+|/)(?:户主|本人|配偶|妻子?|丈夫|[长次三四五幼]?[子女]|儿子|女儿|孙子|孙女|儿媳|女婿"
    r"|父亲|母亲|之子|之女)(?:[，,；;。/ \t]|$)"
    r"|[ \t]+[0-9]{1,2}口|[ \t]+[A-D一二三四]类|[（(][0-9]{1,3}[）)]"
    r"|[，,][ \t]?(?:身份证号?|公民身份号码|联系电话|电话|手机)"
    r"|系〔姓名〕(?:之|的)"
    r"|户(?:无变化|迁入|迁出|迁至|从|由|保障|银行|年度|申请|退出|已|的|家庭|成员|[ \t]*(?:$|\n|[；;]))"
    r"|等人[；;，,。]|家庭[（(][0-9一二三四五六七八九十]{1,2}人|等[0-9一二三四五六七八九十]{1,3}[户人]"
    # a people named after a comma, as rolls of minority regions write it (岩温香，傣族，)
    r"|[，,][ \t]?[^，,。；;\s]{1,4}族[，,。；;]")


# A person's sex right after the name, as forms write it (白阿依莎，女，68岁; 当事人于建设，男), or
# the size of the household named after the person (高峰户2人).
_SEX_AFTER_RE = re.compile(r"[，, ]?[男女](?:[，,。；;）) ]|$)|户[0-9一二三四五六七八九十]{1,2}[人口]")


# The adverbial 地 and the aspect 了 after a word: a manner or a change, no name (高兴地, 明白了;
# 了解 is a verb a person does: 高山了解情况).
_MANNER_MARK_AFTER_RE = re.compile("地|了(?!解)")
# What a speaker does right after a name that begins a clause (白雪反映, 常青表示, 据江河介绍), a
# demand or a complaint too (王明要求退款, 高山投诉); not a title or a weighing (金星称号, 称重),
# nor a manual (说明书), nor what is required (要求的).
_SPEECH_AFTER_RE = re.compile("反映|表示|称(?![号重为作谓呼赞职])|说(?!明书)|介绍|回应|承认|坦言|要求(?!的)|投诉")
# Lexicon tags of the words that are also given names with a surname (安然 nr, 高洁 a, 高山 ns,
# 白雪 nr): nouns (时间, 师傅) and verbs are not read as names even in a person's context.
_NAME_LIKE_TAGS = frozenset({"nr", "nrfg", "nrt", "nz", "a", "an", "b", "ns"})
# The lexicon's tags of plain nouns, verbs and times a given name may also be (春雨 n, 甘露 v).
_PLAIN_NOUN_TAGS = frozenset({"n", "v", "vn", "t"})
# Words for people in general: before them a common word stays a word (老人连续三天).
_GENERIC_PERSON_WORDS = frozenset({"老人", "群众", "市民", "村民", "居民", "患者", "职工", "员工"})
# The endings of role and kinship words before a name (申请人, 辅导员, 户主, 女儿, 父亲).
_ROLE_ENDINGS = ("人", "员", "户主", "者", "儿", "女", "子", "亲", "婿", "媳", "伴", "夫", "妻",
                 "哥", "姐", "弟", "妹", "爷", "奶", "母", "父", "主", "户", "对象", "属", "告",
                 "师", "生", "士", "计", "纳", "工", "头", "理", "委", "部", "安", "卫", "戚", "孙",
                 "舅", "姑", "叔", "伯", "婶", "嫂", "公", "婆", "方", "客", "房东",
                 # who works, studies or lives beside the person, the deceased, a team's head
                 # (同事白雪, 室友, 老乡, 已故高原, 队长温馨)
                 "同事", "友", "乡", "已故", "队长", "组长", "村长", "站长", "班长",
                 # a pupil's parent, a contestant or a rider (家长高峰, 选手高山, 骑手江河)
                 "家长", "手",
                 # a village's doctor, a soldier, a boat's owner or master (乡医夏天, 义务兵高山,
                 # 船长江河)
                 "医", "兵", "船东", "船长")


def organisation_or_place(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]``, read as a name after a cue word, part of an organisation's, a
    shop's or a place's name (张记餐饮店, 李氏家具厂, 陈家沟物业公司, 孙村卫生室, 张家港农商银行,
    马家沟村)? The cue-based detectors ask this of what they read after 申请人, 联系人 …"""
    return _organisation_or_place(fold(t), start, end)


def _organisation_or_place(t: str, start: int, end: int) -> bool:
    # (``t`` folded already: the cue detectors ask this of every name they read, so plain loops)
    if _banner_at(t, start, end):
        return True                       # (四子 + 王旗: a banner)
    second = t[start + 1:start + 2]
    if second in ("记", "氏"):
        return True                       # (a county's name after a cue is a person's: 儿媳妇方山)
    if second == "家" and t[start + 2:start + 3] in _FAMILY_PLACE_ENDS:
        return True
    # (an organisation word or a place's last character inside what was read, or after it;
    # _org_at is cheap, _org_follows reads a run and is asked once)
    for k in range(start + 1, end):
        c = t[k]
        if (c in _ORG_OR_TRADE_FIRST and _org_at(t, k)) or (
                c in _PLACE_ENDS and k > start + 1 and not t.startswith(_PLACE_CHAR_WORDS, k)):
            return True
    if _org_follows(t, end):
        return True
    for k in range(start + 2, end):
        if t[k] in "店馆铺厂" and _org_follows(t, k):
            return True
    return False


LONG_WORD_MIN = 100       # a word of three to five characters this frequent is a word, not a name
_GEO_LAST = frozenset("山河国亚洲岛湖江海岭峰峡湾省市县州")


# The lexicon's tags of an idiom and of a set phrase (马到成功/i, 高朋满座/l, 常来常往/l).
_SET_PHRASE_TAGS = ("i", "l")


def _set_phrase(w: str) -> bool:
    """Is ``w`` an idiom or a set phrase of four characters in the lexicon, however rare (常来常往
    3)? No name of three characters and the next character makes one."""
    return len(w) == 4 and _lexicon().get(w, (0, ""))[1] in _SET_PHRASE_TAGS


def _long_word_at(t: str, i: int) -> bool:
    """Does a word of three to five characters that no name is begin at ``i``: a frequent one
    of the lexicon not tagged as a person (伊斯兰, 李鸿章杂烩), or a place ending like one (祁连山,
    孟加拉国)?"""
    for n in (5, 4, 3):
        word = t[i:i + n]
        if len(word) < n:
            continue
        freq, tag = _lexicon().get(word, (0, ""))
        if freq >= LONG_WORD_MIN and not tag.startswith("nr") and (
                tag != "ns" or word[-1] in _GEO_LAST or n == 4):
            return True
    return False


PREPOSITION_WORD_MIN = 300   # a noun or a time word this frequent after 于/向 is no given name


def _preposition_before_word(surname: str, word: str) -> bool:
    """Is ``surname`` (a character that is also a preposition or a conjunction: 和, 由, 于, 向)
    followed by a word of the lexicon rather than a given name? After 和, 由, 从 any word not
    tagged as a name; after 于, 向 a frequent noun or time word (于明年, 向财力; 于海洋 and 向阳光 are
    names: the lexicon tags them as places or names)."""
    freq, tag = _lexicon().get(word, (0, ""))
    if surname in FUNCTION_SURNAMES:
        return freq >= LEXICON_WORD_MIN and not tag.startswith("nr")
    return freq >= PREPOSITION_WORD_MIN and tag in ("n", "t", "vn")


# Lexicon tags of words that begin no name, even after a cue, when a word follows them:
# adverbs, conjunctions, prepositions, pronouns, particles (户主常年卧床, 联系人于是来电). Times
# and numerals are left out: 夏天, 初五 begin names (其配偶夏天办理, 初五福已迁出).
_PLAIN_TAGS = frozenset({"d", "c", "p", "r", "u"})


def plain_word_at(t: str, k: int) -> bool:
    """Do the two characters at ``k`` make an adverb, a conjunction ... of the lexicon (常年,
    于是) followed by a word or the end of a phrase, not by a given-name character (全天 + 翊)?"""
    return t[k:k + 2] in _plain_words() and (
        k + 2 >= len(t) or not _is_cjk(t[k + 2]) or _is_word(t[k + 2:k + 4]))


@lru_cache(maxsize=1)
@on_disk("plain_words")
def _plain_words() -> frozenset[str]:
    # (one set, built once: the cue detectors ask it of every name they read)
    return frozenset(w for w, (freq, tag) in _lexicon().items()
                     if len(w) == 2 and freq >= LEXICON_WORD_MIN and tag in _PLAIN_TAGS)


# Tags of the lexicon's words that say what a person has or is, not who: nouns, places of study,
# locations, verbs, adjectives (关系, 高中, 高血压, 严重, 安全); a word of two characters must be at least this frequent
# (高中 4732; 杨梅 1000, a fruit, is a name after 孙子 as often).
_STATE_TAGS = frozenset({"n", "s", "f", "v", "vn", "l", "a", "an"})
STATE_WORD_MIN = 2000


def state_word_at(t: str, k: int) -> bool:
    """Does a word for what a person has or is begin at ``k``, where a cue expects a name (其妻
    + 高血压, 家庭成员 + 关系和睦, 其子 + 高中毕业): a three-character word of the lexicon, or a
    two-character one as common as 关系 with another word after it? Words the lexicon also
    knows as names or places (高峰, 高原) and rarer ones (马力, 杨梅) are left to the other rules."""
    three, two = _state_words()
    return t[k:k + 3] in three or (t[k:k + 2] in two and _is_word(t[k + 2:k + 4])
                                   and not _person_after(t, k + 2))


# An adverb of the lexicon where a cue expects a name (居民 + 连夜 + 赶到, 群众 + 闻讯 + 赶来, 其子
# + 常年 + 在外): how a person acts, not who, though its first character is a surname. Not with a
# person's act right after it (居民高新反映: 高新 is a name there), nor with a given name's
# character after it (消费者 + 高新成).
ADVERB_MIN = 100


def _adverb_at(t: str, k: int) -> bool:
    freq, tag = _lexicon().get(t[k:k + 2], (0, ""))
    return tag == "d" and freq >= ADVERB_MIN and not _person_after(t, k + 2) and not _cue_after(t, k + 2)


# An adjective or a numeral word of the lexicon at least this frequent, where a cue expects a name
# and a verb follows it, says how the person acts (负责人 + 郑重 + 承诺, 负责人 + 严肃 + 批评, 申请人
# + 万分 + 感谢), though its first character is a surname. Given names that are words (文明, 明亮:
# given_words.tsv), words the lexicon tags as names (高明) and the object of a preposition (向 +
# 冷静 + 发放慰问金: the person given to) are not read so.
MANNER_WORD_MIN = 500
_MANNER_TAGS = frozenset({"a", "ad", "m"})


def _manner_at(t: str, k: int) -> bool:
    freq, tag = _lexicon().get(t[k:k + 2], (0, ""))
    return tag in _MANNER_TAGS and freq >= MANNER_WORD_MIN and t[k:k + 2] not in GIVEN_WORDS \
        and _is_verb(t[k + 2:k + 4]) and t[k - 1:k] not in _OBJECT_MARKERS


def _work_genre_before(t: str, k: int) -> bool:
    """Does the kind of a work (电影, 评剧, 曲目) end right before ``t[k]``?"""
    return k > 0 and t[k - 1] in _WORK_GENRE_LAST and t.endswith(_WORK_GENRE_WORDS, 0, k)


# Prepositions whose object is a person (向, 给, 对, 为, 由, 让, 把, 被, 与, 和, 跟, 同, 替, 帮).
_OBJECT_MARKERS = frozenset("向给对为由让把被与和跟同替帮")


@lru_cache(maxsize=1)
@on_disk("state_words")
def _state_words() -> tuple[frozenset[str], frozenset[str]]:
    # (built once: the cue detectors ask it of every name they read; 买买提, a noun of the
    # lexicon, is a transliterated name)
    three = frozenset(w for w, (freq, tag) in _lexicon().items()
                      if len(w) == 3 and freq >= LEXICON_WORD_MIN and tag in _STATE_TAGS
                      and not all(c in TRANSLIT_CHARS for c in w))
    two = frozenset(w for w, (freq, tag) in _lexicon().items()
                    if len(w) == 2 and freq >= STATE_WORD_MIN and tag in _STATE_TAGS)
    return three, two


def ends_no_name(t: str, k: int) -> bool:
    """Is ``t[k]`` no last character of a given name: it begins a word of the lexicon with what
    follows (达成), or names never end with it (分)? The cue detectors ask it of a
    four-character name's last character."""
    freq, tag = max(_lexicon().get(t[k:k + 2], (0, "")),
                    _lexicon().get(t[k:k + 3], (0, "")) if k + 3 <= len(t) else (0, ""))
    return (freq >= LEXICON_WORD_MIN and not tag.startswith("nr")) or _given_weight(t[k], True) == 0


# The last characters of words for a person's trade (石匠, 电工, 菜贩, 花农, 渔夫, 保姆, 月嫂).
_TRADE_WORD_LAST = frozenset("匠工师员贩农商夫手姆嫂")


def _trade_word(w: str) -> bool:
    """Is ``w`` a noun of the lexicon for a person's trade (由 + 石匠 + 刻字: the trade, no name)?"""
    freq, tag = _lexicon().get(w, (0, ""))
    return len(w) == 2 and w[-1] in _TRADE_WORD_LAST and freq >= LEXICON_WORD_MIN and tag == "n"


def ends_no_given(t: str, k: int) -> bool:
    """Is ``t[k]`` a character that ends no given name (租, 了, 住), so that a name read on to it
    ends before it (妻子王丽 + 租住)? The cue detectors ask it of a three-character name."""
    return _given_weight(t[k], True) == 0 and t[k] not in TRANSLIT_CHARS \
        and t[k - 1:k + 1] not in GIVEN_WORDS \
        and not _first_given_stranded(t, k) \
        and not ends_before_boundary(t, k) and not ends_before_act(t, k)
    #                                             (郑解放: a given name that is a word; 儿子黄生有，;
    #                                             丈夫魏东政 + 投诉)


def _first_given_stranded(t: str, k: int) -> bool:
    """Is ``t[k]`` a character that mostly begins given names (晓, 小, 卫) but ends this one, as
    left out of it it would stand alone (户主蒋荣小 + 已去世, 回访时张国晓 + 不在家)?"""
    return t[k] in GIVEN_CHARS and t[k] not in _NUMERALS and t[k] not in _STOP \
        and not _is_word(t[k - 1:k + 1]) and _stranded_after(t, k)


# Where no word begins: the end of the text or of a cell, a list's or a clause's mark, a bracket,
# a space (_FIELD_ENDS and the opening brackets).
_BOUNDARY_AFTER = _FIELD_ENDS | frozenset("（(【[　")
# Characters that stand after a name as a word of their own right before such a mark: the
# person's sex (张伟男，), a relative (王芳母、, 李娜姐), a plural or the people around one (王芳们,
# 张伟组, 李强队), a place's or a unit's end (_FAMILY_PLACE_ENDS, _NOT_GIVEN), what a name gives its
# name to (鱼跃牌, 张伟案, 董存瑞奖, 王氏杯, 帕金森病, 颜体: a brand, a case, an award, a model, a
# kind, a disease or a style named after a person).
_ALONE_BEFORE_BOUNDARY = frozenset("男女们组队班群子孙儿哥嫂叔婶姑舅姨伯爷奶婆公总工"
                                   "牌型款式版类种奖杯案病症派体") | frozenset(_KIN_CHARS)


def ends_before_boundary(t: str, k: int) -> bool:
    """Is ``t[k]`` the last character of a given name because it stands right before the end of
    a cell, a list's or a clause's mark, a bracket or a space (儿子黄生有，, …|冯福先|, 宋锦初 陈埭镇)?
    Nothing can begin a word there, so a character that is no particle (的, 了, 等: _STOP), no
    word of its own after a name (_ALONE_BEFORE_BOUNDARY) and makes no word with the given
    character before it (团结, 时间) ends the name rather than standing alone. The slot, not the
    character, decides: it holds for characters the given-name table lacks (时, 先, 初, 有) and for
    the stops that join two things (之, 和: _JOINING_STOPS), which join nothing before a mark."""
    return (k + 1 == len(t) or t[k + 1] in _BOUNDARY_AFTER) \
        and (_may_end_given(t, k) or (t[k] in _JOINING_STOPS and not _is_word(t[k - 1:k + 1])))


# Stops that join what comes before them to what comes after (之子, 和李娜, 以便): right before a mark
# they join nothing, so there they are a given name's last character (船主：吴继之，, 拾花工:符亚和|).
_JOINING_STOPS = frozenset("之和与及以而且或并")


def _may_end_given(t: str, k: int) -> bool:
    """Can ``t[k]``, a character after a surname and one given character, be the last of the
    given name as far as the character itself goes: no particle or stop (_STOP), no word of its
    own after a name (_ALONE_BEFORE_BOUNDARY), no place's end (_FAMILY_PLACE_ENDS: 柳林渡, 张家口;
    its landscape's characters end given names too: 林, 峰), no numeral, and no word with the
    given character before it (团结, 时间)?"""
    c = t[k] if k < len(t) else ""
    return _is_cjk(c) and c not in _STOP and c not in _NOT_GIVEN and c not in _ALONE_BEFORE_BOUNDARY \
        and (c not in _FAMILY_PLACE_ENDS or c in _FAMILY_LANDSCAPE_ENDS) \
        and c not in _NUMERALS and not _is_word(t[k - 1:k + 1])


def ends_before_act(t: str, k: int) -> bool:
    """Is ``t[k]`` the last character of a given name because what only a person does begins
    right after it, a cue of the domain's acts (魏东政 + 投诉, 刘婕霭 + 投诉: _AFTER_CUES; not all
    that follows a person, which nouns take too: 帕金森病 + 住院)? It makes no word
    with the act's first character, and it is no adverb's or conjunction's first character (另,
    仍, 先, 曾: _function_word_first_chars, _ADVERBS_BEFORE_PREDICATE), which would stand between
    the name and the act (张伟另案处理, 王芳曾反映)."""
    return k + 2 < len(t) and _may_end_given(t, k) and t[k] not in _function_word_first_chars() \
        and not t.startswith(_ADVERBS_BEFORE_PREDICATE, k) and not _is_word(t[k:k + 2]) \
        and _cue_after(t, k + 1)


def _given_ends_before_particle(t: str, k: int) -> bool:
    """Is ``t[k]``, a common last given-name character, the end of the name though it makes a
    word with the next character (黎学平 + 等人, not 黎学 + 平等 + 人)? The next character is one
    that follows a name (等, 在, 已, 于: _AFTER_NAME_PARTICLES), so it needs no word with ``t[k]``
    to stand; the word is no verb (生于, 位于: a 2-character name may be their subject: 张伟 +
    生于1980年) and runs on no further (t[k:k + 3] is no word)."""
    return k + 1 < len(t) and t[k + 1] in _AFTER_NAME_PARTICLES \
        and _given_weight(t[k], True) >= STRONG_GIVEN and _is_word(t[k:k + 2]) \
        and not _is_verb(t[k:k + 2]) and not _is_word(t[k:k + 3])


# What befalls or describes one person, never a household (家 before it ends a given name: 王阳家
# + 于2022年去世; but 王芳家 + 因病致贫, 李明家（3人） are the household).
_ONE_PERSON_AFTER_RE = re.compile(r"(?:已|于[0-9.年月日/-]{4,11})?(?:去世|病故|病逝|死亡|身亡)(?!的)|被?确诊"
                                  r"|[（(，,]?[0-9]{1,3}岁|[，,][男女][，,。；;]"
                                  r"|[（(](?:配偶|[长次三四幼]?[子女]|儿子|女儿|丈夫|妻子|男|女"
                                  r"|[^（）()\s]{0,10}(?:毕业生|在校生|研究生|本科生))[，,）)]")


def _stands_alone(t: str, k: int) -> bool:
    """Can ``t[k]`` begin what follows a name: the end, punctuation, a particle, a cue, or a word
    of the lexicon?"""
    return _phrase_end(t, k) or _is_word(t[k:k + 2])


def _stranded_after(t: str, k: int) -> bool:
    """Would ``t[k]``, left out of a name that ends before it, stand alone: no word with the next
    character, and what follows it begins a phrase or a word (张国 + 振 + 不在家: 振不 is no word,
    不在 is)?"""
    return not _is_word(t[k:k + 2]) and _stands_alone(t, k + 1)


def _glued_over(t: str, k: int) -> bool:
    """Does ``t[k]`` make a word with the next character only to leave the one after that alone,
    while the next two make a word (欧学广 + 东西丢失: 广东 strands 西; 呼延凤卫 + 生病: 卫生 strands
    病)? Then ``t[k]`` ends a name."""
    return _is_word(t[k:k + 2]) and _is_word(t[k + 1:k + 3]) and k + 2 < len(t) \
        and not _stands_alone(t, k + 2)


# A name written in quotes where the sentence speaks of a person's name (身份证姓名“任重”, 曾用名栏为
# “方悠然”，与出生证明所载“方悠秀”不一致, 更名为“王振”): whatever is quoted there is a name.
_NAME_FIELD_NEAR_RE = re.compile("(?:(?<!〔)姓名|曾用名|用名|名字|更名|改名|原名|署名|签名)[^。；;！!？?]{0,24}$")


def _quoted_name_field(t: str, start: int) -> bool:
    """Does a quote open at ``start`` in a sentence that speaks of a person's name?"""
    return start > 0 and t[start - 1] in _OPEN_QUOTES \
        and _NAME_FIELD_NEAR_RE.search(t, max(0, start - 26), start - 1) is not None


def _quoted_name(t: str, start: int, end: int) -> bool:
    """... and do the quotes hold ``t[start:end]`` whole?"""
    return t[end:end + 1] in _CLOSE_QUOTES and _quoted_name_field(t, start)


def _cue_before(t: str, start: int) -> bool:
    if _quoted_name_field(t, start):
        return True
    m = _BEFORE_RE.search(t, max(0, start - 6), start)
    if m is None:
        # an English export's role before a name in Chinese characters (Applicant 谭家乐, Proxy: 蓝天)
        return (start > 0 and t[start - 1] in " \t:：" \
                and _LATIN_ROLE_RE.search(t, max(0, start - 24), start) is not None) \
            or _formed_role_before(t, start) > 0   # (采砂人单眉, 修谱人：孔和谐: a coined role)
    if _cue_runs_on(m.group(), t, start) or _cue_straddles(t, m.start(), start) or _field_word_across(t, start):
        return False
    k = m.start()
    if m.group().strip(_CUE_TAIL) in _HEAD_CUES and k > 0 and t[k - 1] in _SINGLE_SET \
            and (k == 1 or not _is_cjk(t[k - 2]) or t[k - 2] in _STOP):
        return False                      # 与张站长 + 系祖孙关系, 方组长 + 续签: a head addressed
        #                                   by surname and post, then what the head does
    # (a one-character cue that makes a frequent word with the surname is no cue: 由 + 于;
    # 投诉人 + 马睿 is, though 人马 is a word)
    return not (len(m.group().strip(_CUE_TAIL)) == 1
                and _freq(t[start - 1:start + 1]) >= CUED_WORD_MIN)


# Last characters of the lexicon's nouns that name a person by what the person is or does (士兵,
# 船主, 护林员, 牧民, 养殖户, 抄表员): such a noun right before a candidate with a given name's
# characters makes it a name, as what a person does after it does. Officials (局长, 书记) are left
# out: their names are public where a field says so.
_ROLE_NOUN_LAST = frozenset("员兵主民户工生手匠农")
ROLE_NOUN_MIN = 20      # how frequent in the lexicon such a noun must be
ROLE_STEM_MIN = 3       # ... and the word before 员/户/工 in a role the lexicon lacks (护林 + 员)


def _surname_over_role(t: str, start: int) -> bool:
    """Is the rare word that a role noun's last character makes with a surname right after it (菜农 +
    田珊: 农田; 收购商 + 王霞: 商王) no word there: no word begins at the surname and a given name's
    character follows it? As a listed cue is read over such a word (投诉人 + 马睿); not over a
    frequent one (人马, 人民)."""
    return t[start] in _SINGLE_SET and start + 1 < len(t) and not _is_word(t[start:start + 2]) \
        and _given_weight(t[start + 1], True) > 0 and _freq(t[start - 1:start + 1]) < CUED_WORD_MIN


def _role_noun_before(t: str, start: int, last: frozenset[str] = _ROLE_NOUN_LAST) -> bool:
    """Does a noun that names a person's role end right before ``start``: one of the lexicon
    (士兵, 船主, 牧民), or a verb or noun of the lexicon and 员/户/工 (护林 + 员, 养殖 + 户)?"""
    if start >= 3 and t[start - 1] in "：: ":
        start -= 1                        # 入伍新兵：周立伟
    if start < 2 or t[start - 1] not in last or (_is_word(t[start - 1:start + 1]) and not _surname_over_role(t, start)) \
            or _plain_noun(t[start:start + 2]) or _non_name_word(t[start:start + 3]):
        return False                      # 装饰 + 工程部, 账户 + 余额, 个体户 + 车船税: the role's
        #                                   last character begins a word, or a word follows
    for n in (3, 2):
        freq, tag = _lexicon().get(t[start - n:start], (0, ""))
        if freq >= ROLE_NOUN_MIN and tag == "n" and not (start - n > 0 and _is_word(t[start - n - 1:start])):
            return True
    freq, tag = _lexicon().get(t[start - 3:start - 1], (0, "")) if start >= 3 else (0, "")
    return t[start - 1] in "员户工" and freq >= ROLE_STEM_MIN and not tag.startswith("nr") \
        and not _is_word(t[start - 2:start])


# Role nouns coined from an act (round 24, gw24): an act of the lexicon (登记, 劝导, 交售, 修谱) or a
# verb of agent_verbs.tsv and its object (采 + 砂, 售 + 棉, 养 + 蚕), then an agent's suffix: 登记人,
# 劝导员, 交售户, 采砂人, 挑砂工, 修脚师. Clerks coin such nouns for whoever does a trade's act, more than
# any list of roles holds; right before a name they are a cue as 申请人 is. And the lexicon's nouns of
# a trade's master (琴师, 鼓师, 厨师), an instrument or a craft before 师.
_AGENT_SUFFIXES = frozenset("人员户工师商")
_PRIVATE_AGENT_SUFFIXES = frozenset("人户商")     # (who brings, sells, keeps: no post; 员 and 工 may be staff)
#  (商: a trader coined from a trade's act, 收购商, 采购商, 代销商 (round 27, lb27): a person as often as a
#  firm in a grower's ledger; a firm's name after it has a firm's own word, 收购商华丰果业)
_AGENT_STEM_TAGS = frozenset(("v", "vn"))
_AGENT_OBJECT_TAGS = frozenset(("n", "nr"))   # (a verb and its object the lexicon holds as one noun)
AGENT_STEM_MIN = 3      # how frequent in the lexicon an act must be to coin a role (承印 8)
MASTER_NOUN_MIN = 10    # ... and a trade's master before 师 (鼓师 12; not 劳师 3 of 劳师糜饷)
_ROLE_FIELD_MARKS = "：:= \t"    # between a role and the name a field gives it (劝导员=曾先)


# The last characters of the acts of trade a trader (…商) is coined from: buying, selling, peddling,
# supplying, carrying (收购, 采购, 赊购, 经销, 代销, 零售, 贩, 供, 承运, 运营).
_TRADE_ACT_LAST = frozenset("购销售贩供运营")


def _formed_role_before(t: str, start: int, any_after: bool = False) -> int:
    """Where a coined role noun ends before ``start`` (its suffix's index + 1), or 0: 采砂人单眉,
    修谱人：孔和谐, 劝导员=曾先, 琴师陈之若. Not where the stem's first character ends a word before it
    (进行 + 动员: no 行动员), nor a stem of a numeral or a particle (三人, 等人, 了人)."""
    k = start
    while k > start - 2 and k >= 1 and t[k - 1] in _ROLE_FIELD_MARKS:
        k -= 1                            # (贴息户： 陈志愿: a colon and a space)
    if k < 2 or t[k - 1] not in _AGENT_SUFFIXES or start >= len(t) or not _is_cjk(t[start]) \
            or (t[start] in _STOP and not any_after):
        return 0                          # (责任人 + 和 + 受威胁群众: a conjunction after the role;
        #                                   ``any_after``: the item after it is a person's already)
    if start == k and not any_after and (_freq(t[k - 1:k + 1]) >= CUED_WORD_MIN if t[k - 1] == "商"
                                         else _is_word(t[k - 1:k + 1])) and not (
            k + 3 <= len(t) and _given_weight(t[k + 1], False) >= 1 and _given_weight(t[k + 2], True) >= 1
            and not _is_word(t[k + 1:k + 3]) and (k + 3 == len(t) or t[k + 3] in _STOP or not _is_cjk(t[k + 3]))):
        return 0                          # 保障 + 人权, 生产 + 工具, 全体 + 师生: the suffix begins a word
        #                                   with the next character (but 售棉人 + 丁海波的: a whole name
        #                                   of three whose given pair is no word)
    if t[k - 1] == "师" and _lexicon().get(t[k - 2:k], (0, ""))[1] == "n" and _freq(t[k - 2:k]) >= MASTER_NOUN_MIN \
            and t[k - 2] not in _NUMERALS and not (k >= 3 and _is_word(t[k - 3:k - 1])):
        return k                          # 琴师, 鼓师: a trade's master (not 八师, 律师 is a cue anyway)
    if k < 3 or t[k - 1] == "师":
        return 0                          # (a master of a trade by the lexicon's noun only: not 完成 + 师)
    a, b = t[k - 3], t[k - 2]
    if t[k - 1] == "商" and b not in _TRADE_ACT_LAST:
        return 0                          # (申请 + 商汤, 发现 + 商纳: 商 coins a trader only after a
        #                                   trade's act, 收购, 经销, 零售, 承运)
    if not (_is_cjk(a) and _is_cjk(b)) or (k >= 4 and _is_word(t[k - 4:k - 2])):
        return 0                          # (进行 + 动员: the stem's first character ends a word)
    freq, tag = _lexicon().get(a + b, (0, ""))
    if freq >= AGENT_STEM_MIN and tag in _AGENT_STEM_TAGS:
        return k                          # 登记人, 劝导员, 交售户: an act (not 门阶 + 户, 信号 + 工: a thing)
    if a in AGENT_VERBS and b not in _STOP and b not in _NUMERALS \
            and (freq < LEXICON_WORD_MIN or tag in _AGENT_OBJECT_TAGS):
        return k                          # 采砂人, 领种人, 修谱人, 养蚕户 (jieba tags 修谱 a noun, 养蚕 a
        #                                   name): not 收了 + 人, 送三 + 人, 开心 + 人
    return 0


# The heads of role nouns a surname's character may begin (苗 + 农, 林 + 农, 查货 + 员, 柴犬主 + 人,
# 保管 + 员, 麻鸭养殖 + 户): a grower, a worker, a clerk, a keeper, an owner, a trader, a craftsman.
# Given names end in them rarely (not 民, 生, 兵: 严兵, 李生 are names).
_SWALLOWED_ROLE_HEADS = frozenset("农工员户人主商匠贩")
SWALLOWED_ROLE_MAX = 5   # the longest role read so (麻鸭养殖户)


_READING_ROLE = [0]      # (the name after a role is read with no role read again inside it)


def _role_word_at(t: str, i: int) -> int:
    """Where a role noun that begins at ``t[i]`` (a surname's character) ends, when a whole name
    follows it glued or after a colon, or 0: 苗农 + 朱继丽, 林农 + 陈宝山, 林农：杨荣勇, 查货员 + 长孙德贵,
    柴犬主人 + 刘有林. The surname's character is the role's, not a name's (a grower's, a keeper's
    word written before the person: round 28, tw28); the name after it is read from its own surname.
    A role of two characters is the surname's character and a role's head (苗 + 农); a longer one
    runs on to a head with no stop word in it (查货 + 员)."""
    for k in range(i + 2, min(len(t), i + SWALLOWED_ROLE_MAX) + 1):
        c = t[k - 1]
        if c not in _SWALLOWED_ROLE_HEADS:
            if not _is_cjk(c) or c in _STOP:
                return 0
            continue
        if 3 <= k - i <= 4 and all(_given_weight(g, x == k - 2) > 0 for x, g in enumerate(t[i + 1:k - 1], i + 1)):
            continue                      # (王建国 + 户：玉米8亩: a name and its household, no role)
        n = k + 1 if k < len(t) and t[k] in "：:" else k
        if t.startswith(PLACEHOLDER, n):
            return k                      # (林农 + 〔姓名〕: the name found already)
        m = _surname_length_at(t, n) if n < len(t) else 0
        if not m:
            continue
        _READING_ROLE[0] += 1
        try:
            got = _candidate(t, n, t[n:n + m])
        finally:
            _READING_ROLE[0] -= 1
        if got is not None and ((got[0] - n - m >= 2 and not (n == k and _is_word(t[k - 1:k + 1]))) or (
                got[0] - n - m >= 1
                and (got[1] is None or got[0] == len(t) or not _is_cjk(t[got[0]]) or t[got[0]] in _STOP
                     or _person_after(t, got[0]) or _cue_after(t, got[0])))):
            return k                      # (a name of three, or one that ends there or that the rules
            #                               read with no tagger: 林农 + 王辉、, 林农 + 严兵 + 盗伐)
    return 0


# Round 29 (mw29): a role noun of the lexicon whose last character is a surname's (蚕 + 农, 菜 + 农,
# 验光 + 师, 篾 + 匠, 电 + 工, 农 + 户): right before a whole name it is a cue, as 申请人 is, and its
# last character is no surname (蚕农金红梅 is 蚕农 + 金红梅, not 蚕 + 农金红). The nouns are the
# lexicon's (of a grower, a craftsman, a master, a worker, a household, a clerk); the name after it
# is read as _role_word_at reads it.
_ROLE_NOUN_TAILS = frozenset("农师工户员匠")
ROLE_NOUN_TAIL_MIN = 2   # how often the lexicon must hold the noun (蚕农 4, 验光师 3, 蔗农 3)
_ROLE_NOUN_TAGS = frozenset(("n", "nr", "nz"))   # (jieba tags 美容师 and 林农 as names, 棉农 nz)


def _role_noun_ends_at(t: str, i: int) -> bool:
    """Does a role noun of the lexicon end at ``t[i]`` (a surname's character), with a whole name
    right after it (see above)?"""
    n = i + 1
    if n >= len(t) or not any(_lexicon().get(t[k:n], (0, ""))[1] in _ROLE_NOUN_TAGS and _freq(t[k:n]) >= ROLE_NOUN_TAIL_MIN
                              and all(_is_cjk(c) for c in t[k:n]) and not (k > 0 and _is_word(t[k - 1:k + 1]))
                              for k in range(max(0, i - 2), i)):
        return False
    if _is_word(t[i:n + 1]):
        return False                      # (农 + 民, 电工 + 程: the character begins a word instead)
    while n < len(t) and n <= i + 2 and t[n] in _ROLE_FIELD_MARKS:
        n += 1                            # (蚕农 秋中华, 验光师：茹海洋)
    m = _surname_length_at(t, n) if n < len(t) else 0
    if not m:
        return False
    _READING_ROLE[0] += 1
    try:
        got = _candidate(t, n, t[n:n + m])
    finally:
        _READING_ROLE[0] -= 1
    return got is not None and (got[0] - n - m >= 2 or (
        got[0] - n - m >= 1
        and (got[1] is None or got[0] == len(t) or not _is_cjk(t[got[0]]) or t[got[0]] in _STOP
             or _person_after(t, got[0]) or _cue_after(t, got[0]))))


def _in_role_word(t: str, i: int) -> bool:
    """Is ``t[i]`` inside a role noun that a surname's character before it begins (苗 + 农 + 朱继丽:
    农 is the role's head, 保 + 管员 + 董昊天: 管 the stem's), with a whole name after it?"""
    if not any(c in _SWALLOWED_ROLE_HEADS for c in t[i:i + SWALLOWED_ROLE_MAX - 1]):
        return False
    return any(t[p] in _SINGLE_SET and _role_word_at(t, p) > i
               for p in range(i - 1, max(-1, i - SWALLOWED_ROLE_MAX), -1) if _is_cjk(t[p]))


# ... of a person's post (护林员, 值守人员; not 人民 + 路)
_STAFF_ROLE_LAST = frozenset("员")
# Role nouns of private persons only (新兵, 船主, 牧民, 养殖户); 员 and 工 end officials' posts
# and staff too (委员, 队员), whose names a public field keeps.
_PRIVATE_ROLE_LAST = frozenset("兵主民户")


def _post_cue_before(t: str, start: int) -> bool:
    """Is the cue before ``start`` a post or a profession (局长, 老师, 网格员)?"""
    m = _BEFORE_RE.search(t, max(0, start - 6), start)
    return m is not None and m.group().strip(_CUE_TAIL) in _WORK_CUES


def _one_character_cue_before(t: str, start: int) -> bool:
    """Is the cue before ``start`` a preposition or a kinship character alone (由, 叫, 父)?"""
    m = _BEFORE_RE.search(t, max(0, start - 6), start)
    return m is not None and len(m.group().strip(_CUE_TAIL)) == 1


def _private_cue_before(t: str, start: int) -> bool:
    """A cue before ``start`` that names a private person (none of the _WORK_CUES), or a noun
    of a private person's role (新兵, 船主); a coined role of one who brings, sells or keeps
    (送印人, 售棉人, 养蚕户; not 劝导员, 琴师: staff and masters of a trade may hold a post)."""
    if not _cue_before(t, start):
        return _role_noun_before(t, start, _PRIVATE_ROLE_LAST)
    m = _BEFORE_RE.search(t, max(0, start - 6), start)
    if m is None:                         # (a coined role labelling a field, 连系人：王眉, is the
        k = _formed_role_before(t, start)  # notice's own label as often: _official_context reads it)
        return k == start and t[k - 1:k] in _PRIVATE_AGENT_SUFFIXES
    return m.group().strip(_CUE_TAIL) not in _WORK_CUES


# A notice about one person's application (关于汪宝山申请特困供养的公示): the applicant is a private
# person even in a notice whose officials' names are public.
_APPLICATION_AFTER_RE = re.compile("(?:家庭|户|一家)?(?:的)?(?:申请|申报)")


def _applicant_named(t: str, start: int, end: int) -> bool:
    return t.endswith("关于", 0, start) and _APPLICATION_AFTER_RE.match(t, end) is not None


def _field_word_across(t: str, start: int) -> bool:
    """Does a field's word of domain_words.tsv (three characters or more) begin before ``start`` and
    run over it (普通民兵连 + 战备值班, 基干民兵应急分队: the cue 民兵 is part of the unit's name, and 连, 应
    no surname)? Round 20."""
    for b in range(max(0, start - 5), start):
        for n in range(max(3, start - b + 1), 7):
            if t[b:b + n] in DOMAIN_WORDS:
                return True
    return False


def _cue_runs_on(cue: str, t: str, start: int) -> bool:
    """Does the cue word run on into the character after it, making a longer word of the lexicon
    (残疾儿 + 童: 残疾儿童, 居民 + 委)? Then it is no cue for what follows."""
    if cue.strip(_CUE_TAIL) == "成员" and t.endswith(_PUBLIC_BODIES, 0, t.rfind("成员", 0, start)):
        return True                       # 党组成员：王彩云: a member of a public body, appointed
    if cue in ("子", "女"):                # a household list's 子, 女 at a phrase's start (not 女 +
        return start < len(t) and _is_word(cue + t[start])   # 方王丽: 女方)
    # (another cue of one character is judged by how frequent the word it would make is:
    # _cue_before; 母 + 马红梅 is a cue though 母马 is a word)
    return cue == cue.rstrip() and len(cue) > 1 and start < len(t) and (cue + t[start]) in _lexicon()


# The last characters of an office's name (镇民政办, 县民政局, 社会救助股), and the people's
# federations that run aid as offices do (县残联, 镇妇联).
_OFFICE_ENDS = ("局|委|办|所|站|中心|科|股|室|残联|妇联|侨联|文联|工商联"
                # ... and the brigades of the police and the law's enforcers (刑侦大队, 交警中队, 执法大队;
                # not a commune's 生产大队, a village of old)
                "|(?:刑侦|刑警|交警|巡警|特警|治安|执法|稽查|监察|消防|禁毒|经侦|网安|城管)(?:大队|中队|支队)")
# What marks a name as an official's right after it: 同志, a post (副市长, 局长, 书记), or a post
# in brackets (（县水利局局长）). In a public field such a name stays even after a private cue.
# (家长, 兄长 end in 长 but are a pupil's parent and a brother: 家长鲁德明 is private; 族长, 房长 head a
# clan and its branches, no office: 房长梁炎绍 in an archive's notice of genealogies is private.)
_POSTS = ("(?<![家兄族房])长|书记|支书|主任|主席|委员|常委|秘书长|干部|领导|政委|审判员|检察员|调研员|巡视员|科员|党组成员"
          "|经济师|工程师|会计师|会计|出纳|督学|专员|参事|人大代表|党代表")
# The posts of the staff a notice's panel draws from a township or a village (评估小组：王某（兽医师）、
# 李某（村两委成员）, 张某（计生专干）), which _POSTS does not end: in brackets after a name they make
# it a panel member's. (Named one by one: 员 ends private posts too, 王某（护林员） is a hire.)
_PANEL_POSTS = ("两委成员|两委委员|支委成员|监委会成员|专干|技术员|技术人员|工作人员|工作队员|农技员|农经员|农机员"
                "|畜牧员|农艺师|畜牧师|兽医师?|评估师|检察官|法官|监察员|纪检员|协理员|网格员|统计员|报账员"
                "|林业员|水利员|防疫员|文书")
# (长 right after a name that begins a word, 长期, 长年, 长大, is no post: 邻居证明魏建华长期患病)
_OFFICIAL_AFTER_RE = re.compile(f"同志|(?!长(?:期|年|久|大|住|时间|途|得|相|辈))副?[市县区镇乡省局厅处科部院所队站馆]?(?:{_POSTS})"
                                f"|[（(][^（()）]{{0,16}}?(?:{_POSTS})[）)]"
                                f"|[（(][^（()）]{{0,12}}?(?:{_PANEL_POSTS})[）)]"
                                # the office the person serves, in brackets (许兰婷（医保局）)
                                f"|[（(][^（()）]{{0,16}}?(?:{_OFFICE_ENDS}|医院|政府|街道办|法院|检察院)[）)]"
                                # a part in the notice's procedure in brackets (张建国（审批人）)
                                f"|[（(](?:审批人|审核人|复核人|经办人|签发人|核查人|记录人|主持人|监督人|联系人)[）)]"
                                # one who presides over a meeting or a hearing (由王建国主持召开)
                                f"|主持(?:召开|会议|听证|调解|仲裁|[，,。；;])"
                                # the notice's own contact, who explains it (本公示由夏燕玉负责解释)
                                f"|负责(?:解释|答复|受理|解答)")

# Words of an appointment later in the same clause (姓名：刘志刚，男，1975年生，现任…副局长).
_APPOINTMENT_RE = re.compile("现任|拟任|拟提名|拟提拔|任命|任职|职务|同志")
# 同志 after another person's role and name later in the sentence is that person's, not the name's
# before it (于云民与…医院的纠纷已调解成功，调解员 + 蒋晓燕同志).
_OTHERS_COMRADE_RE = re.compile(f"(?:员|长|人|书记|主任)[ \t:：]*[{_CJK}]{{2,4}}$")
APPOINTMENT_WINDOW = 40     # characters after the name read for them, within its sentence


def official_named(t: str, end: int) -> bool:
    """Is the name that ends at ``end`` an official's: a post or 同志 right after it, or an
    appointment later in its sentence? In a field whose officials' names are public, such a
    name stays even after a cue that would make it private (由王建国同志主持, 姓名：刘志刚，…现任…)."""
    if _OFFICIAL_AFTER_RE.match(t, end):
        return True
    stop = min(len(t), end + APPOINTMENT_WINDOW)
    sentence_end = next((k for k in range(end, stop) if t[k] in "。；;\n"), stop)
    return any(m.group() != "同志" or not _OTHERS_COMRADE_RE.search(t, end, m.start())
               for m in _APPOINTMENT_RE.finditer(t, end, sentence_end))


def without_officials(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the person names that are officials' (see official_named): what a field
    declared ``public_names`` redacts of the detectors' cue-based names."""
    t = _folded(text)
    return [h for h in hits if (h.kind != "person_name" or not _official_context(t, h.start, h.end))
            and (h.kind != "address" or not _public_place(t, h.start))]


# In a field whose officials are public (a notice), an address that is where to go or where a thing
# was done (请…到 + 向阳路69号 + 领取, 在 + 汤泉路299号 + 收容金毛一只, 前往): the office's or the event's
# place, no one's home. A person's address has a dwelling word before it (家住, 现住在, 住址：,
# 户籍地) or follows the person; those stay masked.
# (the address read may begin with the lead and a word before it: 前 + 到 + 向阳路69号)
_PUBLIC_PLACE_LEAD_RE = re.compile("到|至|前往|在")
_DWELLING_BEFORE_RE = re.compile("[住居户籍]")


def _public_place(t: str, start: int) -> bool:
    m = _PUBLIC_PLACE_LEAD_RE.search(t, max(0, start - 3), start + 3)
    return m is not None and _DWELLING_BEFORE_RE.search(t, max(0, m.start() - 4), max(start, m.end())) is None \
        and (m.start() == 0 or t[m.start() - 1] not in "家")   # (在家住 + 幸福路3号: a home)


# The declaration of a field whose officials' names are public, and only theirs (a gazette).
OFFICIALS = "officials"


def widest_public_names(declared) -> bool | str:
    """Of several fields' ``public_names``, the widest: True (every uncued name public) over
    "officials" over False. What a package's other files (its record, reports, source view) may
    show, since they show the text of all its fields."""
    values = list(declared)
    return True if True in values else (OFFICIALS if OFFICIALS in values else False)

# Just before a name: an official's post (副局长魏子波, 县长：尹晓东), a part in issuing the document
# (签发人, 核稿) or in a meeting (出席, 主持), an appointment or a removal (任命王建军为, 免去李秀兰的,
# 聘任郝立新为), an election, the office the person works for, spaced as a contact line prints it
# (县应急管理局 韦立新; not a village's group or a college: 五组 燕德华, 法学院 涂子轩 are a villager
# and a student in a list's row), an office's head (登记机关负责人), a notice's own contact (…。联系人：).
# (签发, 审核 … as a document's labels, with a colon or a space: 负责审核 + 程欣怡等户 is a verb and
# its object, a private applicant)
_OFFICIAL_BEFORE_RE = re.compile(f"(?:{_POSTS}|同志|签发人|核稿人|审核人|审批人|复核人|初审人|复审人|终审人|制表人|填报人|拟稿人|"
                                 f"校对人|批准人|"
                                 f"出席|列席|主持人?|记录员|主考(?:官)?|巡考员?|监考(?:员|老师)?|(?<!被)(?:发布|核实|评定|审定|填表|统计|调查|核查|审查|验收|监督"
                                 f"|记录|校核)人员?|工作人员|队员|干事|专干|[民辅交]警|警官|法律顾问|公证员|帮扶人|"
                                 f"(?:片区|包片|包村)负责人|"
                                 f"执法人员|承办人|经办人|受理人|(?<!受)送达人|"
                                 # a panel's members and experts, a ballot's tellers (监票人)
                                 f"(?:组|委|会|班子)(?:成员|组员)|评委|评审专家|专家|[监计唱]票人|"
                                 # the staff of a hearing, a mediation, an arbitration or a court
                                 # (承办法官, 执行法官：)
                                 f"听证员|书记员|调解员|仲裁员|审判长|(?:人民)?陪审员|法官|检察官)"
                                 f"[ \t]*(?:[（(][^（）()]{{1,4}}[）)]|签字|签名|签章)?[ \t]*(?:[:：]|为|有|是)?[ \t]*$"
                                 f"|(?:签发|核稿|审核|审签|审批|签批|核准|批准|审定|审阅|复核|初审|复审|终审|制表|填表|拟稿|校对|(?:入户)?核查|核实"
                                 # the steps of a survey or a valuation (鉴定：, 统计：, 丈量 + a space)
                                 f"|鉴定|统计|测量|丈量|评估|核验|考察"
                                 # who was on duty and who graded the goods, signing an exposure's or
                                 # a purchase's notice (值班：王媚巧, 质检：周凤兰; round 24)
                                 f"|值班|质检"
                                 f"|(?:会议)?记录|[唱计监]票"
                                 f"|(?:现场)?监督|(?:核查|评审|工作|专家|验收|督导|考核|考察|评议|调查)组)"
                                 f"(?:[ \t]*[:：][ \t]*|[ \t]+)$"
                                 f"|(?:任命|免去|聘任|提名|提拔|"
                                 f"选举|推选|接受|决定|增补|委派|任用)[ \t]*[:：]?[ \t]*$"
                                 f"|(?:{_OFFICE_ENDS}|厅|(?<!学)院|政府|(?<![0-9一二三四五六七八九十])组)[ \t\u3000]+$"
                                 # an office named by its level, right before its staff member
                                 # (县医保局常怡志、县民政局池远燕联合审核)
                                 f"|(?:省|市|县|区|镇|乡|村|街道)[^\\s，,。；;、：:（）()]{{0,8}}?(?:{_OFFICE_ENDS}|政府|委会)$"
                                 f"|(?:机关|部门|局|委|办)负责人[ \t]*[:：]?[ \t]*$"
                                 # an office's own contact (人社所联系人, 街道办经办人)
                                 f"|(?:{_OFFICE_ENDS}|政府|街道|村委会|居委会)(?:联系人|经办人)[ \t]*[:：]?[ \t]*$"
                                 # (… or after the phone it answers: 监督电话联系人, 举报电话联系人; 联糸人, a
                                 # clerk's slip of 系 for the look-alike 糸, round 29)
                                 f"|(?:^|[。；;，,\n \t\u3000与向（(]|技术|项目|(?:监督|举报|投诉|咨询|受理)(?:电话|热线)?)"
                                 f"[ \t]*(?:联[系糸]人|负责人)(?:及电话)?[ \t]*[:：]?[ \t]*$"
                                 # the contact beside a notice's phone or its office, in brackets
                                 f"|(?:〔电话〕|{_OFFICE_ENDS}|政府|村委会|居委会)[（(][ \t]*$")
# The steps of a notice's procedure that name its staff (审核, 经办, 公示 + 人, 人员 or a colon).
# (连系: the dictionary's variant spelling of 联系, 连系人：, round 24)
_STAFF_STEPS = ("公示|审核|审批|复核|初审|复审|审定|审查|经办|承办|核查|调查|记录|走访|填表|制表"
                "|送达|联系|连系|负责|验收|监督|主持|发布|签发|批准|录入|统计|评审|[监计唱]票|陪同|入户"
                "|执法|检查|抽样|督导|考核|评议|核实|受理|登记|接待|校核|拟稿|核稿|鉴定|评估|测量"
                "|勘察|查勘|帮扶|包保|工作|填报|申报审核|办理|考察|核验|丈量|发放|兑付|核发")
# A notice's contact or staff label, then the office or the body the person works for (联系人：县残联,
# 审核人：乡扶贫站, 初审人：学工部, 公示人：城南村委会, 经办：县慈善总会, 监督人 村监委会; not a
# notice's title: 助学金公示：经济学院 葛晨曦 names a student).
_CONTACT_OFFICE_BEFORE_RE = re.compile(f"(?:咨询人|(?:{_STAFF_STEPS})(?:人员|人)|(?:{_STAFF_STEPS})(?<!公示)(?=[ \t]*[:：]))"
                                       f"(?:及电话)?[ \t]*[:：]?[ \t]*[{_CJK}]{{1,16}}?"
                                       f"(?:{_OFFICE_ENDS}|联|委会|部|总?会|院)[ \t]*$")
# A form's label for a person, with its colon (公示人：, 审核员：, 入户人员：) ...
_LABEL_BEFORE_RE = re.compile(f"([{_CJK}]{{1,6}}?(?:人员|人|员))[ \t]*(?:[（(][^（）()]{{1,4}}[）)]|签字|签名)?"
                              f"[ \t]*[:：][ \t]*$")
# ... and the labels of private persons among them: the cue words of persons a record is about
# (申请人, 当事人, 监护人, 被调查人 ...), and those who pledge or witness.
_OFFICIAL_LABEL_CUES = frozenset({"核查人", "调查人", "记录人", "走访人", "复核人", "审批人", "填表人", "送达人",
                                  "联系人", "负责人"})
_PRIVATE_LABELS = tuple(sorted({c for c in _BEFORE_CUES if c.endswith(("人", "员", "者"))
                                and c not in _OFFICIAL_LABEL_CUES and c not in _WORK_CUES}
                               | {"承诺人", "证明人", "被调查人", "受送达人", "拟聘人员", "拟聘用人员",
                                  "拟录用人员", "拟招录人员", "拟推荐人员", "拟资助人员", "紧急联系人", "家属联系人",
                                  "亲属联系人"}, key=len, reverse=True))
# The labels of a notice's own staff: a step of the procedure, then 人 or 人员 (审核人, 入户人员).
_STAFF_LABEL_RE = re.compile(f"(?:{_STAFF_STEPS})(?:人员|人)$")
_GROUP_FORMED_RE = re.compile(f"(?:小组|工作组|评审组|专家组|核查组|委员会)由(?:[{_CJK}]{{2,4}}[、，,和及与])*$")
# The spaces between the characters of a label (联 系 人：, 审 核 人).
_SPACED_LABEL_RE = re.compile(f"(?<=[{_CJK}]) {{1,2}}(?=[{_CJK}])")
# A name listed before another with the enumeration comma (委员水清、窦文涛): the list shares its label.
_ENUMERATED_BEFORE_RE = re.compile(f"[{_CJK}]{{2,4}}、[ \t]*$")
# An office and, right after it, the person to contact there or its staff at work (请与东关街道
# 民政办 + 王淑芬 + 联系; 镇民政办 + 吴建军 + 、周敏华入户核查).
_CONTACT_BEFORE_RE = re.compile(f"(?:{_OFFICE_ENDS})$")
# An office as a notice's signing label, its staff's name closing the clause (教务处：倪鹏。,
# 乡林业站：钟国庆；, with no colon: 学校资助办孔德明。): the office answers for the notice through
# that person. (A room's number is no office: 6栋302室 + 龚丽 is a tenant.)
_OFFICE_LABEL_BEFORE_RE = re.compile(f"[{_CJK}](?:{_OFFICE_ENDS}|处)[ \t]*[:：]?[ \t]*$")
_CLAUSE_END_AFTER_RE = re.compile("[ \t]*(?:[。；;，,）)\n]|$)")
# The phone a notice gives for supervision, reports or complaints, then the person who answers it
# (监督电话：5512345（匡红梅）, 举报电话：〔电话〕，包红): the office's staff.
_NOTICE_PHONE_CONTACT_BEFORE_RE = re.compile(
    "(?:监督|举报|投诉|咨询|受理)(?:举报|投诉)?(?:电话|热线)[ \t]*[:：]?[ \t]*(?:〔电话〕|[0-9][0-9—－ -]{2,16})"
    "[ \t]*(?:[（(]|[，,、/][ \t]*)(?:联系人[ \t]*[:：]?)?[ \t]*$")
# A notice's closing part names whom to contact and gives the phone right after the name: the
# object of a contact verb (请其他主张权利人于7日内联系 + 曾慧 + 〔电话〕, 连系, 致电) or the value of an
# office's desk as a label (办证窗口： + 田永福，电话…, 服务窗口, 值班室): the office's staff who answer
# it. (A party's phone after its own label is not this: 申请人：王芳，〔电话〕.)
_CLOSING_CONTACT_BEFORE_RE = re.compile("(?:联系|连系|联络|致电|(?:窗口|服务台|值班室|接待室)[ \t]*[:：])[ \t\u3000]*$")
_CLOSING_PHONE_AFTER_RE = re.compile("[ \t\u3000]*[，,、（(]?[ \t]*(?:联系|咨询|办公)?(?:电话|手机)?[ \t]*[:：]?[ \t]*"
                                     "(?:〔电话〕|[0-9][0-9*＊ —-]{6,})")
# A notice's channel for objections, before the person who takes them (如有异议，可向 + 朱琳 + 反映);
# the same contacted, with the office the person works in (如有异议请联系房管所 + 周杰).
# (… with the office or the committee before its staff member: 请于公示期内向村务监督委员会 + 姚宏伟 + 反映;
# an appeal for information or a claim as well: 请知情者与县公安局刑侦大队 + 桂刚 + 联系)
_OBJECTION_TO_BEFORE_RE = re.compile("(?:异议|意见|问题|知情|线索)[^。；;\n]{0,10}?(?:可|请|均可)?(?:向|与|找)[ \t]*"
                                     f"(?:[{_CJK}]{{1,10}}?(?:{_OFFICE_ENDS}|委员会|监委会|村委会|居委会))?[ \t]*$")
_OBJECTION_CONTACT_BEFORE_RE = re.compile(f"(?:异议|意见|问题)[^。；;\n]{{0,10}}?(?:联系|致电|咨询)[ \t]*"
                                          f"(?:[{_CJK}]{{1,10}}?(?:{_OFFICE_ENDS}))?[ \t]*$")
# A panel or a committee named, then its members listed (the names before this one included).
_GROUP_MEMBERS_RE = re.compile(f"(?:小组|委员会|工作组|评议组|领导组|专家组|评审组|组长)[^。！？\n]*?成员[:：]?[ \t]*"
                               f"(?:[{_CJK}·]{{2,8}}(?:同志)?(?:[（(][^（）()]{{1,12}}[）)])?[、，,][ \t]*)*$"
                               # a public body as a label, its members listed after the colon
                               # (村务监督委员会：赵五福、钱六顺; not an owners' committee: 业委会)
                               f"|(?<!业主)(?<!业)(?:委员会|监委会|评议小组|评审小组|工作组|领导小组|两委班子|班子成员)"
                               f"[ \t]*[:：][ \t]*(?:[{_CJK}·]{{2,8}}(?:[（(][^（）()]{{1,8}}[）)])?[、，,][ \t]*)*$")
# A panel a notice's procedure sets up, named by its step (认定小组, 清点小组, 民主理财小组, 核实小组,
# 评估小组), as the label before its members listed, each perhaps with a post in brackets
# (评估小组：王某（兽医师）、李某): the office's panel. (Not a village's group or a group of the
# public: 第三村民小组, 互助组 name no step.)
_PANEL_STEPS = _STAFF_STEPS + "|认定|清点|理财|确权|评定|评选|核定|督查|巡查|复查|审计|测评|排查|认证"
_PANEL_LABEL_RE = re.compile(f"(?:{_PANEL_STEPS})(?:小组|工作组|组)(?:成员|组员)?[ \t]*[:：][ \t]*"
                             f"(?:[{_CJK}·]{{2,8}}(?:[（(][^（）()]{{1,12}}[）)])?[、，,][ \t]*)*$")
_CONTACT_AFTER_RE = re.compile(f"(?:[、和及与][{_CJK}]{{2,4}}?)*(?:联系|咨询|反映|入户|核查|走访|调查|审核|复核|检查"
                               f"|送达|现场|监督|核实|核验|验收|鉴定|签批|审批|初审|复审|清点|登记)")
# Just after a name: a post taken or held (王伟任县长, 次仁多吉同志任县委常委, a list's line
# 郑斌　区农业农村局副主任), a removal (王伟不再担任), a resignation, a group of officials
# (王建军等同志, 林海燕等10名同志). A list's line ends its post at the next gap: in a spaced row of
# names (常宝山 鲍秀英 苗长江) a later name's 长 is no post.
_OFFICIAL_TAKES_RE = re.compile(f"(?:同志)?(?:(?:任|兼任|担任|出任|为|不再担任|辞去)[^，。；;,\n]{{0,16}}?(?:{_POSTS}|职务)"
                                f"|[ \t\u3000]+[^，。；;,、\n \t\u3000]{{0,16}}?(?:{_POSTS}|职务)"
                                f"(?=[，。；;,、\n \t\u3000（(]|$))|等[0-9一二三四五六七八九十]*名?同志")


# A sentence that honours the persons it names (表彰, 授予…称号, 评为先进个人): a commendation is
# published to name them, so their names are public where a field's officials' names are. (见义勇为
# alone names a deed, not an honour: 拟确认见义勇为人员公告：…，王某在河里救起落水群众李某 names
# two private persons; 授予…见义勇为先进个人称号 is an honour by its other words.)
_HONOURS_RE = re.compile("表彰|授予|称号|荣誉|先进个人|先进工作者|劳动模范|劳模|评为|荣获|通报表扬|嘉奖|记功|"
                         "最美|道德模范|红旗手|奖章|模范|标兵|能手|英雄|功臣|[一二三]等功|十佳|当选"
                         # an office's title of merit (优秀共产党员, 优秀网格员, 优秀乡村医生): the
                         # private kinds (优秀学生, 优秀员工, 优秀奖) are told apart below
                         "|优秀(?!奖)"
                         # a prize grade alone (一等奖, 获奖名单, 光荣榜) is no commendation: contests,
                         # draws and donors' rolls give them (below); a government's award for science
                         # names its holders in their work
                         "|科学技术(?:进步)?奖|科技进步奖")
# ... but a grant for study or need names its recipients as any aid list does, whatever prize
# words it uses (励志奖学金拟获奖名单：江某、…; 助学金一等奖): students and the needy stay private.
_GRANT_RE = re.compile("奖学金|助学金|奖助学金|助学|资助|补助|补贴|救助|慰问金|困难"
                       # ... and an honour for giving one's blood or organs tells of the body, as
                       # health data does (献血荣誉证, 无偿献血奉献奖, 器官捐献): its donors stay private
                       "|献血|捐献|捐髓|造血干细胞|遗体"
                       # ... and a compensation paid for a loss (受损农户补偿, 征地补偿, 赔偿) is paid to
                       # the persons harmed, as aid is to the needy (not the officials' work on it:
                       # 征地补偿工作先进个人)
                       "|(?:补偿|赔偿|赔付|理赔|受损)(?![^，,。；;、\\s]{0,6}工作)")
# A QUALIFICATION conferred, whatever conferring words it uses (拟授予, 认定, 批准): a skill's
# grade or a licence (社会体育指导员, 二级运动员, 一级裁判员, 武术段位, 技师, 育婴员, 导游资格, 教师资格,
# 技能等级) certifies what a person can do, no public merit: its notice names private persons, as an
# exam's does. (Not a deputy's 代表资格, nor an honour of skill given by a public body: 全国技术能手.)
_QUALIFICATIONS = (
    "(?:社会体育|健身|滑雪|游泳|登山|攀岩|棋类)指导员|(?:国家)?[一二三]级(?:运动员|裁判员|教练员)|运动健将"
    "|定级运动员|救生员|段位|业余[一二三四五六七八九]?段"
    "|(?:技术|技能|业余|职业技能)等级|等级(?:评定|认定|考核|证书)|(?:职业|执业|从业|教师|导游|会计|上岗|技能)资格"
    "|资格证|(?:高级|中级|初级)?技师|(?:初级|中级|高级)(?:焊|电|钳|车|铣|磨|木|瓦|砌筑|钢筋|架子|油漆|汽修|维修电)?工(?![程作人会厂业地龄具序商种]|资(?!格))"
    "|(?:运动员|裁判员|教练员|指导员)(?:等级|技术等级|资格|证)|[一二三]级[^，,。；;、：:\\s]{0,4}?(?:运动员|裁判员|教练员)"
    "|(?:育婴|保育|护理|家政服务|营养|调酒|茶艺|烹调|美容|美发|心理咨询)[员师]"
    "|健康管理师|职业经理人|瑜伽教练|健身教练")
# ... and an honour or prize of a private kind, whatever honour words it holds (表彰, 评为, 荣获, 优秀):
# only a public body's commendation of public or professional merit is published to name its holders.
# Winners and rankings of contests, games, matches and exams held for the public; donors on a roll;
# students and children; prizes of draws and lotteries; residents' rewards (有奖征集, 举报奖励); the
# persons a notice thanks; a private body's own awards (a company's, an association's, a school's).
# Their names stay private, in the sentence or under the notice's heading line that says so (the
# honours of private life, 最美家庭, 好婆婆, are notice_roles.tsv's).
_PRIVATE_PRIZE_RE = re.compile(
    # contests, games, matches, events, their contestants and the ranks they give (not a labour
    # emulation, 劳动竞赛, a union's and a government's campaign for work)
    "比赛|(?<!劳动)竞赛|大赛|赛事|联赛|锦标赛|公开赛|邀请赛|选拔赛|争霸赛|挑战赛|对抗赛|友谊赛|擂台|决赛|马拉松"
    "|运动会|健步走|竞答|竞猜|知识问答|选手|参赛|夺冠|擂主"
    "|冠军|亚军|季军|第[一二三四五六七八九十]名|名次|金奖|银奖|铜奖|优胜|优秀奖|参与奖|纪念奖|人气奖|金牌|银牌|铜牌|奖牌"
    # exams
    "|考试|笔试|面试|中考|高考|考生|状元|总分"
    # donors and givers
    "|捐赠|捐款|捐资|捐物|捐建|认捐|义捐|乐捐|一日捐|赞助|爱心榜|爱心人士|爱心企业|芳名|功德|善款|慈善|光荣榜"
    # students and children (not those who work for them: 关爱留守儿童工作先进个人, 少先队辅导员,
    # nor an office that serves them: 学生资助管理办公室, 学生处, 儿童福利中心)
    "|(?:学生|少先队员|少年|儿童|毕业生|幼儿|学子)(?![^，,。；;、\\s]{0,4}工作)"
    "(?![^，,。；;、：:（）()\\s]{0,6}?(?:办公室|中心|处|科|股)(?![^，,。；;、：:（）()\\s]))|[一二三四五六七八九]年级|[）)]班(?!主任)"
    # draws, lotteries and residents' rewards
    "|抽奖|摇奖|开奖|中奖|抽中|抽得|抽签|摇号|中签|幸运|彩票|奖券|兑奖|有奖|征集|悬赏|举报奖励|金点子|建言献策"
    # thanks
    "|感谢|致谢|鸣谢|答谢|谢意"
    # a private body's own titles (优秀员工, 优秀会员, 优秀学员, 星级柜员, 服务之星, 金牌管家) and a
    # private body that confers (某某公司关于表彰, 被协会评为; not a unit in brackets or a table's
    # cell: 王某（县供电公司）被评为, 县供电公司\t劳动模范)
    "|(?:优秀|年度|星级|金牌|模范|荣誉|爱心|先进)(?:员工|会员|学员)|之星|星级"
    "|(?:公司|集团|企业|协会|商会|学会|研究会|俱乐部|超市|商场|银行|支行|驾校|物业|酒店|本校|我校)"
    "[^，,。；;、等（）()\\s]{0,14}?(?:表彰|评选|授予|颁发)"
    "|被(?:公司|集团|企业|协会|商会|学会|学校|超市|银行|驾校|物业)(?:评为|表彰|授予|评选)"
    # a trade's registration or licence (经营备案, 卫生许可, 营业执照) and its operators and staff
    # (经营者, 经营户, 个体工商户, 从业人员): what a private business holds or who works in it, no public
    # merit, as a company's best worker above (not the officials' work on it: 备案管理工作)
    "|(?:备案|许可|执照|经营者|经营户|个体工商户|个体户|从业人员|商户|摊主|店主)(?![^，,。；;、\\s]{0,6}工作)"
    # the result of a procedure over the persons it lists, an inspection's or a dispute's
    # (检查结果, 纠纷处理结果, 信用评价): whom it inspected or whose dispute it settled
    "|(?:检查|抽查|核查|处理|调解|处罚)结果|抽检|信用评价|纠纷(?![^，,。；;、\\s]{0,6}(?:工作|化解|调处|排查))"
    # qualifications conferred (above)
    "|" + _QUALIFICATIONS)
_SENTENCE_BREAKS = "。！？!?\n"     # (a semicolon parts a commendation's list, not its sentence)


def _sentence_around(t: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence that holds ``t[start:end]`` (_SENTENCE_BREAKS part sentences)."""
    a = max((t.rfind(c, 0, start) for c in _SENTENCE_BREAKS), default=-1) + 1
    b = min((k for k in (t.find(c, end) for c in _SENTENCE_BREAKS) if k >= 0), default=len(t))
    return a, b


_CLAUSE_BREAKS = "；;"
# What may follow a name to its clause's end in a commendation's list: more names, a title.
_LIST_ITEM_REST_RE = re.compile(f"[ \t]*(?:同志|等[0-9一二三四五六七八九十]*名?同志)?"
                                f"(?:[、，,和及与][ \t]*[{_CJK}]{{2,4}}(?:同志)?)*[、，,\\s]*")


# A row of a list printed a line to a row: short cells apart by spaces or list marks.
_LIST_ROW_RE = re.compile(f"[ \t]*(?:[0-9一二三四五六七八九十]+[.、．]?[ \t]*)?[^。；;！？!?\n]{{0,40}}")
# A private citizen's mark right after a name: a villager, a resident, a student, a farmer (in
# brackets or after a comma), or the households a name stands for (张小平等9户, 侯振山家庭).
_PRIVATE_CITIZEN_AFTER_RE = re.compile(
    r"[（(，,][^（）()，,。]{0,10}(?:村民|居民|群众|农民|牧民|渔民|市民|学生|个体户|务工人员|退休职工|无业|业主)[）)，,]?"
    r"|等[0-9一二三四五六七八九十]{1,3}户|家庭|户(?:[（(，,、。；;\s]|$)")

# ... and right before a name: one of the public the person is, or one saved (救起落水群众 + 李某,
# 获救村民, 受伤游客), or a household's member or a relative, the list after it included (最美家庭：
# 户主 + 万国平, 家庭成员 + 邝小军、邝雨欣, （儿子 + 谢志军现役）).
_PRIVATE_CITIZEN_BEFORE_RE = re.compile("(?:村民|居民|群众|农民|牧民|渔民|市民|学生|儿童|游客|乘客|患者|老人|业主"
                                        "|获救者|被救者|落水者|被救人|户主|家庭成员|儿子|女儿|妻子|丈夫|配偶"
                                        "|父亲|母亲|[长次]子|[长次]女|儿媳|女婿|孙子|孙女)[ \t:：]*"
                                        f"(?:[{_CJK}]{{2,4}}、[ \t]*){{0,6}}$")


# Who is private in a public notice (notice_roles.tsv), whatever the list's layout: the holders of an
# honour of private life (最美家庭, 文明户, 示范户, 身边好人, 好媳妇, 三好学生, 献血), whom a commendation
# names as private citizens (an honour for one's work, 优秀公务员, 先进工作者, stays public), in the
# sentence or the notice's heading line; and the members of a team that is no office's (志愿消防队
# 队员, 应急救援队员, 互助组成员, 民兵连 + 队员), whom a notice pays or lists as it does any
# beneficiary, beside the members of an office's team (驻村工作队员, 执法队员, 评议小组成员), who stay.
_PRIVATE_HONOUR_RE = re.compile(_words_alternation(PRIVATE_HONOURS))
_OFFICIAL_TEAM_END_RE = re.compile("(?:" + _words_alternation(OFFICIAL_TEAMS)
                                   + ")$")
# A member's word right before the name, or before the names listed ahead of it (队员何欣怡、张桂英、
# + 张鹏), with the team's name that may stand right before the word (志愿服务队 + 队员, 互助组 + 成员).
_MEMBER_BEFORE_RE = re.compile(f"([{_CJK}]{{0,12}}?)(队员|组员|成员)[ \t]*[:：]?[ \t]*"
                               f"(?:[{_CJK}]{{2,4}}[、，, \t][ \t]*){{0,8}}$")
# ... and a team named earlier in the sentence, for a bare 队员 (志愿消防队补助发放公示：队员 + …).
_TEAM_BEFORE_RE = re.compile(f"[{_CJK}]{{1,12}}?队(?=[^队。！？!?\n]*$)")
TEAM_WINDOW = 60        # characters before the member's word read for the team's name
# ... and a team named by a step of the notice's procedure is an office's too (验收小组, 核实组, 帮扶队).
_PANEL_TEAM_END_RE = re.compile(f"(?:{_PANEL_STEPS})(?:小组|工作组|组|队)$")
# An amount paid to the name, or to the names listed with it (王建华、李秀英各1200元, 李秀英 1,200.00元).
_PAID_AFTER_RE = re.compile(f"(?:[、，,][ \t]*[{_CJK}]{{2,4}})*[ \t]*[:：]?[ \t]*"
                            "(?:(?:各|每人)[ \t]*[0-9]|[0-9][0-9,]*(?:\\.[0-9]{1,2})?[ \t]*元)")


# A notice's word that proposes to hire or admit (拟录用, 拟聘用人员名单公示：), right before the name or
# the names listed ahead of it, a note in brackets after each allowed (张建华（县财政局一级科员）、):
# the candidates are private, even before the post they are to take (拟录用张建华为一级科员).
_RECRUIT_BEFORE_RE = re.compile("(?:" + _words_alternation(RECRUIT_WORDS) + ")"
                                f"(?:人员|对象|名单|公示|公告|的)*[ \t]*[:：]?[ \t]*"
                                f"(?:[{_CJK}]{{2,4}}(?:[（(][^（）()]{{0,16}}[）)])?[、，, \t][ \t]*){{0,8}}$")


def _recruit_named(t: str, start: int) -> bool:
    """Is the name at ``start`` a candidate a notice proposes to hire (拟录用 + 张建华、李秀英)?"""
    return "拟" in t[max(0, start - 120):start] and _RECRUIT_BEFORE_RE.search(t, max(0, start - 120), start) is not None


# A stage of admission to the Party or the Youth League the name, or the names listed with it, are
# made (notice_roles.tsv, admit): 拟确定 + 陆贵 + 、倪德梅为发展对象, 关于确定 + 王某 + 等同志为入党积极分子,
# 同意 + 赵某 + 同志按期转为中共正式党员. The Party writes 同志 after every member's name: here it marks
# no official, and those admitted are private persons the notice is about.
_ADMITTED_AFTER_RE = re.compile(f"(?:[、，,和及与][ \t]*[{_CJK}·]{{2,6}})*(?:等[0-9一二三四五六七八九十]*名?)?(?:同志)?[ \t]*"
                                "(?:按期|如期|延期)?(?:被)?(?:确定|列|吸收|接收|转|发展|成)?为(?:中共|中国共产党|共青团)?"
                                "(?:" + _words_alternation(ADMIT_STAGES) + ")")


def _admitted_named(t: str, end: int) -> bool:
    """Is the name that ends at ``end`` one a notice admits to the Party or the League (…为发展对象)?"""
    return "为" in t[end:end + 40] and _ADMITTED_AFTER_RE.match(t, end) is not None


# A qualification conferred on the persons a sentence lists (拟批准 + 王晓峰、李娜 + 为养老护理员, 拟认定…为
# 二级社会体育指导员, 拟授予…技师资格): like a candidate's, their names are private, whatever post-like
# word the qualification ends in (护理员, 会计资格: no post taken). The notice's own staff in the same
# sentence (负责人：, 审核人：, 联系…（经办人）) stay: a label or a post right by the name says so.
_QUALIFICATION_RE = re.compile(_QUALIFICATIONS)
QUALIFICATION_AFTER = 12      # characters after a name read for the qualification conferred on it
_QUALIFICATION_CONFER_RE = re.compile("授予|认定|批准|评定|晋升|晋级|取得|获得|考核|考评|合格|颁发|核发|名单")


def _qualification_named(t: str, start: int, end: int) -> bool:
    """Is the name at ``t[start:end]`` one of the persons its sentence confers a qualification on?"""
    a, b = _sentence_around(t, start, end)
    if _QUALIFICATION_RE.search(t, a, b) is None or _QUALIFICATION_CONFER_RE.search(t, a, b) is None:
        return False
    if _OFFICIAL_BEFORE_RE.search(t, max(a, start - 8), start) or _LABEL_BEFORE_RE.search(t, max(a, start - 12), start) \
            or _NOTE_AFTER_RE.match(t, end) and ("经办" in t[end:end + 6] or _POST_NOTE_RE.match(t, end)):
        return False                      # 负责人：闫晓峰, 联系孟雅琴（经办人）: the notice's own staff
    q = _QUALIFICATION_RE.search(t, end, min(b, end + QUALIFICATION_AFTER))
    if q is not None and not any(c in "，,；;：:" for c in t[end:q.start()]):
        return True                       # 赵国华 + 乡村医生执业资格: the post-like word is the qualification's
    return not official_named(t, end)


# The list of the persons a notice is about, after the words that announce it (现将拟享受对象公示如下：
# 杨杰（马家河泵站）、张梓豪（高位水池）; 拟纳入低保对象为：; 拟减免对象 + 姚梓豪、袁家豪（县人民医院）;
# 名单如下：\n1.廖敏（李家湾）800.00): each item a name, a note in brackets, an amount, the items apart
# by 、，；, spaces or lines. The note names the village, the station, the school, the hospital or the
# reason the person is listed for, not an office the person serves (许兰婷（医保局）, read as a
# staff member's elsewhere): those the notice gives to, pays, houses or admits are private; only a
# post (张建华（村委会主任）, 同志, 拟任) keeps a listed name an official's. (Not 拟任, 拟提拔, 拟推荐,
# 拟表彰, 拟授予: appointments and commendations have rules of their own.)
_NOTICE_ITEM = (f"(?:[0-9一二三四五六七八九十]{{1,3}}[.、．)）][ \t]*)?(?:[{_CJK}·]{{2,6}}|〔姓名〕[{_CJK}]?)"
                f"(?:[（(][^（）()\n]{{0,16}}[）)])?[ \t]*(?:[0-9][0-9,]*(?:\\.[0-9]{{1,2}})?[ \t]*(?:元(?:/月)?)?)?"
                f"[ \t]*[、，,；; \t\n][ \t\n]*")
_NOTICE_OBJECTS_BEFORE_RE = re.compile(
    "(?P<head>(?:公示|名单)如下|拟(?!任|提|推荐|表彰|授予|聘任)[^，。；;：:\n]{0,14}?"
    "(?:对象|人员|名单|农户|学生|新生|幼儿|社员|户主|家庭|户)"
    # (… and those the notice turns down: 不予通过：丁庆丰（中医院）)
    "|(?:不予|未)(?:通过|批准|纳入|认定|享受))"
    "(?:名单|人员|对象)?(?:予以)?(?:公示|公布)?(?:如下)?(?:为|是)?[ \t]*[:：]?[ \t\n]*"
    f"(?:{_NOTICE_ITEM}){{0,12}}(?:[0-9一二三四五六七八九十]{{1,3}}[.、．)）][ \t]*)?$")
# ... whose subject is no office's own list: a panel, a team, the holders of a post (评议小组名单如下：,
# 拟选派驻村第一书记名单, 帮扶干部名单).
_OFFICIAL_LIST_SUBJECT_RE = re.compile("(?:" + _words_alternation(OFFICIAL_TEAMS) + f"|{_POSTS}|{_PANEL_POSTS}"
                                       "|小组|成员|组员)(?:人选|名单|人员)?(?:公示)?(?:如下)?$")
NOTICE_LIST_WINDOW = 200    # characters before a name read for its list's announcement
_POST_NOTE_RE = re.compile(f"[（(][^（()）]{{0,16}}?(?:{_POSTS}|{_PANEL_POSTS})[）)]")
_NOTE_AFTER_RE = re.compile("[（(][^（()）\n]{0,16}[）)]")


def _notice_object(t: str, start: int, end: int) -> bool:
    """Is the name at ``t[start:end]`` an item of the list of persons a notice is about (拟享受对象
    公示如下：杨杰（马家河泵站）、…), with no post of its own?"""
    a = max(0, start - NOTICE_LIST_WINDOW)
    if "拟" not in t[a:start] and "如下" not in t[a:start]:
        return False                      # (the cheap test before the pattern)
    m = _NOTICE_OBJECTS_BEFORE_RE.search(t, a, start)
    if m is None or _OFFICIAL_LIST_SUBJECT_RE.search(t, max(a, m.start() - 16), m.end("head")):
        return False                      # (评议小组名单如下, 拟选派驻村第一书记名单: an office's own list)
    note = _NOTE_AFTER_RE.match(t, end)
    if note and _POST_NOTE_RE.fullmatch(note.group()):
        return False                      # 张建华（村委会主任）: an official listed with them
    after = note.end() if note else end
    return not (official_named(t, after) or _OFFICIAL_TAKES_RE.match(t, after))


# The title a notice opens with, run into its text without a line break (…表彰优秀乡村医生的通报。
# + 王某（向阳村）、…): a sentence that ends in a notice's kind.
_TITLE_END_RE = re.compile("(?:决定|通报|通知|名单|公示|公告|结果|光荣榜|芳名录|[榜录])[ \t]*[。：:]")
TITLE_WINDOW = 60     # characters read for a title run into the text


def _heading_end(t: str) -> int:
    """Where the heading of a notice ends: its first line, or the title it opens with (-1: none)."""
    k = t.find("\n")
    if k >= 0:
        return k
    m = _TITLE_END_RE.search(t, 0, TITLE_WINDOW)
    return -1 if m is None or any(c in t[:m.start()] for c in _SENTENCE_BREAKS) else m.end() - 1


def _private_honour(t: str, a: int, b: int) -> bool:
    """Does ``t[a:b]`` (a sentence), or the notice's heading line, name an honour of private life
    or a prize of a private kind (a contest's, a donors' roll, a draw's, a company's)?"""
    if _PRIVATE_HONOUR_RE.search(t, a, b) or _PRIVATE_PRIZE_RE.search(t, a, b):
        return True
    heading_end = _heading_end(t)
    return 0 <= heading_end < a and (_PRIVATE_HONOUR_RE.search(t, 0, heading_end) is not None
                                     or _PRIVATE_PRIZE_RE.search(t, 0, heading_end) is not None)


def _private_team_member(t: str, start: int, end: int | None = None) -> bool:
    """Is the name at ``start`` listed as a member (队员, 组员, 成员) of a team that is no office's?"""
    if "员" not in t[max(0, start - 80):start]:
        return False                      # (the cheap test before the patterns)
    m = _MEMBER_BEFORE_RE.search(t, max(0, start - 80), start)
    if m is None:
        return False
    team, word = m.group(1), m.group(2)
    if team and team[-1] in "队组会社连班":
        named = team
    elif word == "队员":                  # a bare 队员: the team the sentence names before it
        sentence = max((t.rfind(c, 0, m.start(2)) for c in _SENTENCE_BREAKS), default=-1) + 1
        before = _TEAM_BEFORE_RE.search(t, max(sentence, m.start(2) - TEAM_WINDOW), m.start(2))
        if before is None:                # no team named: members paid one by one are the notice's
            return end is not None and _PAID_AFTER_RE.match(t, end) is not None   # (队员王建华、李秀英各1200元)
        named = before.group()
    else:
        return False                      # (家庭成员, 委员 …: the other rules' cues)
    named = named + word[0] if word[0] in "队组" and not named.endswith(word[0]) else named
    return _OFFICIAL_TEAM_END_RE.search(named) is None and _PANEL_TEAM_END_RE.search(named) is None


def _commendation_heading(t: str) -> bool:
    """Is the notice's heading (its first line, or the title it opens with) a commendation's, of
    no grant and no private kind of honour (县委关于表彰优秀共产党员的决定)?"""
    k = _heading_end(t)
    return k >= 0 and _HONOURS_RE.search(t, 0, k) is not None and _GRANT_RE.search(t, 0, k) is None \
        and _PRIVATE_HONOUR_RE.search(t, 0, k) is None and _PRIVATE_PRIZE_RE.search(t, 0, k) is None


def _honoured(t: str, start: int, end: int) -> bool:
    """Is the name at ``t[start:end]`` in a sentence that commends the persons it names? A
    private citizen the sentence honours (沈建明（双河村村民）) stays private all the same."""
    if _PRIVATE_CITIZEN_AFTER_RE.match(t, end) \
            or _PRIVATE_CITIZEN_BEFORE_RE.search(t, max(0, start - 36), start):
        return False
    a, b = _sentence_around(t, start, end)
    if _private_honour(t, a, b):
        return False                      # 被评为最美家庭, 授予…“文明户”称号: an honour of private life
    if _HONOURS_RE.search(t, a, b) is None:
        # a row of a list printed a line to a row, under its heading (表彰名单 / 一、劳动模范 赵德胜 …),
        # or a list after the title it is run into (…表彰优秀乡村医生的通报。王某（向阳村）、…)
        return _heading_end(t) < a and _commendation_heading(t) and _LIST_ROW_RE.fullmatch(t, a, b) is not None
    # The clause the name is in (a semicolon parts them): one that commends, or an item of the
    # commendation's list (表彰以下同志：张三；李四); not a clause of its own that goes on after
    # the name (…为优秀网格员；刘德明户因火灾获救助).
    ca = max((t.rfind(c, a, start) for c in _CLAUSE_BREAKS), default=-1) + 1
    ca = max(ca, a)
    cb = min((k for k in (t.find(c, end, b) for c in _CLAUSE_BREAKS) if k >= 0), default=b)
    if _GRANT_RE.search(t, ca, cb) is not None:
        return False
    return _HONOURS_RE.search(t, ca, cb) is not None or _LIST_ITEM_REST_RE.fullmatch(t, end, cb) is not None


# The unit a prize's holder belongs to, as the label of the list the name is in (一日捐名单：县融媒体中心：
# + 韩德明, …优秀员工的决定：秦德胜、 + 汪永福): no post, only where the person works.
_PRIZE_UNIT_BEFORE_RE = re.compile(f"(?:决定|{_OFFICE_ENDS}|政府|医院|法院|检察院)(?:[ \t]*[:：][ \t]*|[ \t]+)"
                                   f"(?:[{_CJK}·]{{2,4}}(?:[（(][^（）()\n]{{0,16}}[）)])?[、，, \t][ \t]*){{0,8}}$")


# A phone right after a name (…：唐立超，电话〔电话〕, 王伟（联系电话：…）).
_PHONE_AFTER_RE = re.compile("[ \t]*[，,；;（(]?[ \t]*(?:联系|咨询|办公|监督|值班)?(?:电话|手机|〔电话〕)")
_PRIZE_POST_BEFORE_RE = re.compile(f"(?:{_POSTS}|同志)[ \t]*[:：]?[ \t]*$")
# A list's place right before a name: its start, a line's, a cell's, after a label, a list mark or a number.
_LIST_POSITION_BEFORE_RE = re.compile("(?:^|[\n\t：:、，,；;。]|[0-9一二三四五六七八九十][.、．])[ \t\u3000]*$")


def _prize_holder(t: str, start: int, end: int) -> bool:
    """Is the name at ``t[start:end]`` a holder of a private kind of prize or honour (a donor, a
    contest's winner, a company's best worker: _private_honour) that only its unit marks as an
    official's: an office in brackets after it (黎海燕（县农业农村局）捐款200元) or as its list's label
    (县融媒体中心：韩德明)? Where one works is no post: civil servants on a charity's roll or a quiz's
    winners stay private. A post (王伟（县文明办主任）), 同志 or an appointment keeps the name."""
    note = _NOTE_AFTER_RE.match(t, end)
    if note and _POST_NOTE_RE.fullmatch(note.group()):
        return False
    unit_note = note is not None and _OFFICIAL_AFTER_RE.fullmatch(note.group()) is not None \
        and not note.group()[1:-1].endswith("人") \
        and _LIST_POSITION_BEFORE_RE.search(t, max(0, start - 4), start) is not None
    #                                   (张建国（审批人）: a part in the procedure; 请向王伟（县文明办）反映:
    #                                   the contact, in no list's place)
    if not unit_note and _PRIZE_UNIT_BEFORE_RE.search(t, max(0, start - 80), start) is None:
        return False                      # (the cheap tests before the sentence's)
    if _PHONE_AFTER_RE.match(t, end):
        return False                      # 学校资助中心：唐立超，电话…: the office's contact, whom its
        #                                   phone goes with; no prize's roll gives one
    label = _LABEL_BEFORE_RE.search(t, max(0, start - 12), start)
    if label and _STAFF_LABEL_RE.search(label.group(1)) or _PRIZE_POST_BEFORE_RE.search(t, max(0, start - 12), start):
        return False                      # 联系人：陶刚（县文明办）, 主任：王伟: the notice's staff
    a, b = _sentence_around(t, start, end)
    if not _private_honour(t, a, b):
        return False
    after = note.end() if note else end
    return not (official_named(t, after) or _OFFICIAL_TAKES_RE.match(t, after))


_MEMBER_ROLES = ("学员", "社员", "会员", "成员", "人员", "党员", "团员", "学生", "职员", "雇员", "乘务员", "营业员",
                 "服务员", "售货员", "收银员", "快递员", "驾驶员", "保洁员", "保安员", "公益性岗位人员",
                 # the posts an aid programme gives residents (生态护林员, 护路员, 垃圾分类督导员): a
                 # notice hiring or paying them is about them, as about any beneficiary
                 "巡山员", "管护员", "护草员", "护边员", "管水员", "督导员", "清扫员", "保洁工") \
    + tuple(c for c in _PRIVATE_WORK_CUES if c.endswith("员"))   # (护林员, 船员: one list of private posts)


# A note in brackets after a name that makes the person someone's kin (联系人：邹春生（户主之子）,
# 代领人：莫丽（其母）): a family's member, private whatever label or post stands before.
_KIN_NOTE_AFTER_RE = re.compile("[（(](?:[^（）()]{0,12}之|其|系)?(?:儿子|女儿|[长次]?子|[长次]?女|父亲?|母亲?|妻子?"
                                "|丈夫|配偶|[兄弟姐妹]|孙子?|孙女|儿媳|女婿|家属|亲属)[）)]")


# A table flattened to text, a row a line, its cells apart by tabs (转移对象\t包保干部 / 岳小川\t
# 沈国栋): the heading of a name's column says whose names it holds, the staff's (包保干部, 经办人)
# or the persons' a notice is about (转移对象, 户主). The heading is the top of the rows above with
# as many cells, read at most this many rows up.
TABLE_ROWS_UP = 40


def _column_heading(t: str, start: int, sep: str = "\t") -> str | None:
    """The heading of the column the name at ``start`` is in, if any (cells apart by ``sep``:
    tabs, or | as a flattened table prints them)."""
    row = t.rfind("\n", 0, start) + 1
    if row == 0:
        return None
    row_end = t.find("\n", start)
    cells = t.count(sep, row, len(t) if row_end < 0 else row_end)
    if not cells:
        return None
    top = None
    a = row
    for _ in range(TABLE_ROWS_UP):
        if a == 0:
            break
        b = a - 1
        a = t.rfind("\n", 0, b) + 1
        if t.count(sep, a, b) != cells:
            break
        top = t[a:b]
    return None if top is None else top.split(sep)[t.count(sep, row, start)].strip()


def _column_verdict(t: str, start: int) -> bool | None:
    """Is the name at ``start`` an official's by its column's heading (True), a private
    person's (False), or does the heading not say (None)?"""
    heading = _column_heading(t, start) if "\t" in t else (_column_heading(t, start, "|") if "|" in t else None)
    if not heading:
        return None
    if _OFFICIAL_BEFORE_RE.search(heading + "：") or _STAFF_LABEL_RE.search(heading):
        return True                       # 包保干部 / … / 沈国栋, 陪同人员
    if heading.endswith("姓名") and _commendation_heading(t):
        return None                       # a commendation's table: its 姓名 are the honoured (_honoured)
    if heading.endswith(("对象", "姓名", "人员", "户") + _PRIVATE_LABELS) or heading in _BEFORE_CUES:
        return False                      # 转移对象 / … / 岳小川, 撤离人员, 受助户
    return None


def _line_under_heading(t: str, start: int) -> bool:
    """Does the name at ``start`` open a line whose line above ends in no label's colon? The last
    word of that line (a heading's: 公告：…服务站站长⏎丹增群培（监护人：…）) is then no post of the name's,
    whatever post it ends in: the patterns' $ also matches before a last line break, so they would read
    it as one (审核人：⏎王伟 is a label, its value on the next line)."""
    k = start
    while k > 0 and t[k - 1] in " \t\u3000":
        k -= 1
    if k == 0 or t[k - 1] != "\n":
        return False
    return not t[:k - 1].rstrip(" \t\u3000").endswith((":", "："))


def _official_context(t: str, start: int, end: int) -> bool:
    """Is the name at ``t[start:end]`` an official's, named in the post, a person named in
    public work (after a work cue: 村医, 调解员), or one a commendation names?"""
    if _KIN_NOTE_AFTER_RE.match(t, end):
        return False
    by_column = _column_verdict(t, start)
    if by_column is not None:
        return by_column
    if _recruit_named(t, start):
        return False                      # 拟录用 + 张建华为一级科员: a candidate, in no post yet
    if _admitted_named(t, end):
        return False                      # 确定 + 陆贵 + 等同志为发展对象: admitted to the Party, no post
    if _qualification_named(t, start, end):
        return False                      # 拟批准 + 王晓峰 + 为养老护理员: a qualification, no post
    if _private_team_member(t, start, end) and not official_named(t, end):
        return False                      # 志愿消防队…：队员 + 何欣怡、张桂英各2003 (not 驻村工作队员)
    if _notice_object(t, start, end) and not _honoured(t, start, end):
        return False                      # 拟享受对象公示如下：杨杰（马家河泵站）、…: whom the notice is about
    if _honoured(t, start, end):
        return True
    if _prize_holder(t, start, end):
        return False                      # 一日捐名单：黎海燕（县农业农村局）: a donor, not an official
    if official_named(t, end) or _OFFICIAL_TAKES_RE.match(t, end) \
            or (end < len(t) and (t[end] in _SOMETIMES_GIVEN or _given_weight(t[end], True) >= 1)
                and _OFFICIAL_TAKES_RE.match(t, end + 1)):
        return True                       # (梁静 + 和 + 任…, 亚森·努尔 + 兰 + 不再担任: a last given
        #                                   character read apart)
    if not _line_under_heading(t, start) and (_OFFICIAL_BEFORE_RE.search(t, max(0, start - 8), start) or (
            start > 1 and t[start - 1] in _SINGLE_SET
            and _OFFICIAL_BEFORE_RE.search(t, max(0, start - 9), start - 1))):
        return True                       # (河长孙 + 铁柱: the surname read apart from its name)
    if _role_noun_before(t, start, _STAFF_ROLE_LAST) \
            and not t.endswith(_MEMBER_ROLES, 0, start - 1 if t[start - 1:start] in "：: " else start):
        return True                       # 民政协理员 + 赵春燕, 护林员: a post of public service right
        #                                   before the name (not 学员, 社员, 会员: members)
    label = _LABEL_BEFORE_RE.search(t, max(0, start - 12), start)
    if label and not label.group(1).endswith(_PRIVATE_LABELS) and (
            _STAFF_LABEL_RE.search(label.group(1))
            or (label.group(1).endswith("员") and not label.group(1).endswith(_MEMBER_ROLES))):
        return True                       # 公示人：, 初审人：, 陪同人员：, 协理员：: a notice's own
        #                                   procedure names its staff (not 申请人：, 受助人：, 迁坟人：,
        #                                   社员：: any other label names the persons it is about)
    if _GROUP_FORMED_RE.search(t, max(0, start - 40), start):
        return True                       # 评审小组由 + 王建国、李红梅…组成: the panel's members
    if _CONTACT_OFFICE_BEFORE_RE.search(t, max(0, start - 24), start):
        return True                       # 联系人：县住建局村镇建设股 + 冯志远: the office's staff
    if _OFFICE_LABEL_BEFORE_RE.search(t, max(0, start - 8), start) and _CLAUSE_END_AFTER_RE.match(t, end):
        return True                       # 教务处： + 倪鹏 + 。
    if _NOTICE_PHONE_CONTACT_BEFORE_RE.search(t, max(0, start - 36), start):
        return True                       # 监督电话：5512345（ + 匡红梅
    if _CLOSING_CONTACT_BEFORE_RE.search(t, max(0, start - 8), start) and _CLOSING_PHONE_AFTER_RE.match(t, end):
        return True                       # 于7日内联系 + 曾慧 + 〔电话〕, 办证窗口： + 田永福 + ，电话〔电话〕
    if " " in t[max(0, start - 12):start] and _OFFICIAL_BEFORE_RE.search(
            _SPACED_LABEL_RE.sub("", t[max(0, start - 12):start])):
        return True                       # 联 系 人：赵丽, 经 办 人: a label spaced out as forms print it
    if (_CONTACT_BEFORE_RE.search(t, max(0, start - 2), start)
            or _OBJECTION_TO_BEFORE_RE.search(t, max(0, start - 30), start)) \
            and _CONTACT_AFTER_RE.match(t, end):
        return True                       # 如有异议，可向 + 朱琳 + 反映: where a notice sends objections
    if _OBJECTION_CONTACT_BEFORE_RE.search(t, max(0, start - 24), start):
        return True
    if _GROUP_MEMBERS_RE.search(t, max(0, start - 60), start) \
            or ("组" in t[max(0, start - 60):start] and _PANEL_LABEL_RE.search(t, max(0, start - 60), start)):
        return True                       # 评议小组：组长…，成员 + 钱文静、孙海波: a panel's members
    k = start
    while (m := _ENUMERATED_BEFORE_RE.search(t, max(0, k - 8), k)) is not None and k - m.start() <= 8:
        k = m.start()                     # back over the names listed before it (委员水清、 + 窦文涛)
        if _OFFICIAL_BEFORE_RE.search(t, max(0, k - 8), k):
            return True
    return not _line_under_heading(t, start) and _post_cue_before(t, start)


# A notice whose title says its list names private persons (notice_lists.tsv: …补贴发放公示, …名单公示,
# …交售户公告, …实名登记情况的公示, …违法曝光公告): the title is the notice's text up to its first
# notice word (公示, 公告, 通报, 名单, 通知) on its first line, at most NOTICE_TITLE_MAX characters in.
_NOTICE_TITLE_WORD_RE = re.compile("公示|公告|通报|名单|通知")
_LISTED_PERSONS_TITLE_RE = re.compile(_words_alternation(NOTICE_LIST_WORDS))
NOTICE_TITLE_MAX = 80


def _notice_title(t: str) -> str:
    """The title a notice opens with (冠政办〔2026〕43号:金山乡…核验结果公告, 应急广播员拟聘人员公示), or ''."""
    line = t.find("\n")
    stop = min(NOTICE_TITLE_MAX, len(t) if line < 0 else line)
    m = _NOTICE_TITLE_WORD_RE.search(t, 0, stop)
    return "" if m is None else t[:m.end()]


def _listed_persons_title(t: str) -> bool:
    """Does the notice's title announce a list of private persons, of no office's own subject
    (文明劝导员名单公示 does; 驻村工作队员名单公示, 评议小组名单 do not: _OFFICIAL_LIST_SUBJECT_RE)?"""
    title = _notice_title(t)
    if not title or _LISTED_PERSONS_TITLE_RE.search(title) is None or _commendation_heading(t):
        return False
    subject = re.sub("(?:公示|公告|通报|通知)+$", "", title)
    return _OFFICIAL_LIST_SUBJECT_RE.search(subject) is None


# An item's place in a list: its start, a line's, a cell's or after a separator or a colon, perhaps
# with a role word of the item first (广播员, 劝导员, 演员：), not a preposition's agent (由农技员 +
# 龚德明 + 逐户核对, 经, 请, 向: the staff who do the notice's work).
_LISTED_SLOT_BEFORE_RE = re.compile(f"(?:^|[\n\t：:、，,；;。. \u3000（(])[ \t\u3000]*"
                                    f"(?:(?![由经请向与找据让交将])[{_CJK}]{{1,8}}?[ \t]*[:：]?[ \t]*)?$")


def _listed_person(t: str, start: int, end: int) -> bool:
    """In a notice whose title announces a list of private persons (_listed_persons_title), is the
    name at ``t[start:end]`` one of the persons listed, whatever role word stands before it
    (广播员 + 晏小康，42岁, 维护员 + 宋世富，34, 劝导员 + 梁敬福（国道）, 演员： + 樊萍蕊: the list's own kind
    of person, the label of its item), and not an official: no post before or after it (审核人：,
    村委会主任：, 驻村第一书记：, …同志), no staff label of the notice's procedure (经办人：, 公示人：), no
    contact's phone after it, no panel it sits on? Officials sign such a notice on role lines; the
    items of its list are the persons it pays, registers or exposes."""
    if start < len(_notice_title(t)) or not _LISTED_SLOT_BEFORE_RE.search(t, max(0, start - 12), start):
        return False                      # (a name in the title: 关于汪宝山申请… has rules of its own;
        #                                   由农技员 + 龚德明 + 逐户核对: the staff who did the work)
    if official_named(t, end) or _OFFICIAL_TAKES_RE.match(t, end) or _PHONE_AFTER_RE.match(t, end):
        return False                      # 王建国（村委会主任）, 联系人 + 韦丹，〔电话〕: a post, a contact
    if _OFFICIAL_BEFORE_RE.search(t, max(0, start - 8), start) \
            or (start > 1 and t[start - 1] in _SINGLE_SET and _OFFICIAL_BEFORE_RE.search(t, max(0, start - 9), start - 1)):
        return False                      # 审核人：姚福贵, 驻村第一书记：王琦柔, 河长孙 + 铁柱
    label = _LABEL_BEFORE_RE.search(t, max(0, start - 12), start)
    if label and _STAFF_LABEL_RE.search(label.group(1)):
        return False                      # 经办人：, 公示人：: the notice's own staff
    return not (_CONTACT_OFFICE_BEFORE_RE.search(t, max(0, start - 24), start)
                or _NOTICE_PHONE_CONTACT_BEFORE_RE.search(t, max(0, start - 36), start)
                or _OBJECTION_TO_BEFORE_RE.search(t, max(0, start - 30), start)
                or _OBJECTION_CONTACT_BEFORE_RE.search(t, max(0, start - 24), start)
                or _GROUP_FORMED_RE.search(t, max(0, start - 40), start)
                or _GROUP_MEMBERS_RE.search(t, max(0, start - 60), start)
                or _PANEL_LABEL_RE.search(t, max(0, start - 60), start))


# Separators of a list of officials (县长：黎明；副县长：高山、夏天、林森), and a member's part in
# brackets before one (评审专家：刘德华（组长）、陈静).
_OFFICIAL_LIST_SEPARATORS = frozenset("、，,；; \t/")
_ROLE_NOTE_RE = re.compile("^[（(][^（()）]{1,16}[）)]")   # (执法证号45010012)
# What the staff beside an official do in the same sentence (由县人社局钟伟牵头，蒋红参加): they
# share the procedure, and so the official's part.
_JOINS_OFFICIAL_AFTER_RE = re.compile("[ \t]*(?:参加|参与|陪同|列席|协助|配合|一同|共同)")


def _without_officials_folded(t: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the officials' names (:func:`_official_context`), and less the names
    listed with them (任命王伟、李明为副局长: the list shares its post)."""
    names = sorted((h for h in hits if h.kind == "person_name"), key=lambda h: h.start)
    official = [_official_context(t, h.start, h.end) for h in names]
    listing = any(official) and _listed_persons_title(t)
    if listing:                           # (广播员 + 晏小康，42岁 in …拟聘人员公示: a listed person, no post)
        official = [o and not _listed_person(t, h.start, h.end) for h, o in zip(names, official)]
    # (a table's cells apart by tabs are no list when the column's heading says whose they are)
    by_column = [_column_verdict(t, h.start) for h in names] if "\t" in t or "|" in t else [None] * len(names)
    # (nor are a team's members who are no office's: 队员何欣怡、张桂英 beside 评议小组成员：钟涵红)
    by_column = [False if v is None and (_recruit_named(t, h.start) or _private_team_member(t, h.start, h.end)
                                         and not official_named(t, h.end)
                                         or not official[k] and _notice_object(t, h.start, h.end)) else v
                 for k, (h, v) in enumerate(zip(names, by_column))]
    for _pass in range(2):                # along the list both ways
        for k in range(len(names)):
            if official[k] or by_column[k] is False:
                continue
            for n in (k - 1, k + 1):
                if 0 <= n < len(names) and official[n]:
                    a, b = sorted((names[n], names[k]), key=lambda h: h.start)
                    gap = _ROLE_NOTE_RE.sub("", t[a.end:b.start], count=1)
                    if listing and n < k and not gap.strip(" \t") and names[k].end < len(t) \
                            and _is_cjk(t[names[k].end]):
                        continue          # 驻村第一书记：王琦柔 + 訾娇灵因户籍迁出…: past a space, a name
                        #                   that a clause of its own goes on from is no item of the
                        #                   official's line (in a notice listing private persons)
                    if gap and len(gap) <= 2 and all(c in _OFFICIAL_LIST_SEPARATORS for c in gap):
                        official[k] = True
            n = k - 1
            if n >= 0 and official[n] and _JOINS_OFFICIAL_AFTER_RE.match(t, names[k].end) \
                    and t[names[k].start - 1] in _OFFICIAL_LIST_SEPARATORS \
                    and not any(c in _SENTENCE_BREAKS + _CLAUSE_BREAKS for c in t[names[n].end:names[k].start]):
                official[k] = True        # 县人社局钟伟牵头， + 蒋红 + 参加 (not 群众代表 + 黄大福 + 参加:
                #                           a role of its own)
    known = {t[h.start:h.end] for h, o in zip(names, official) if o}
    public = {id(h) for h, o in zip(names, official) if o or t[h.start:h.end] in known}
    return [h for h in hits if id(h) not in public]   # (刘志刚同志任…; 刘志刚，男，1975年生)


# Bodies whose members are named in appointments (public officials, not household members).
_PUBLIC_BODIES = ("党组", "党委", "班子", "领导", "常委", "委员会")


def _cue_after(t: str, end: int) -> bool:
    return t.startswith(_AFTER_CUES, end)


# Adverbs that may stand between a name and what the person does (高明已去世, 王伟仍未到场).
_ADVERBS_BEFORE_PREDICATE = ("已经", "已", "曾经", "曾", "仍", "也", "又", "均", "还", "一直", "长期")


def _act_field(t: str, start: int, end: int) -> int:
    """Where what a person does would begin after ``t[start:end]``: right after it, or, where
    it is a row's first field or stands alone between single spaces (14:30 方正 报名, 海燕 退学
    随父母迁居), at the next field."""
    if (start == 0 or t[start - 1] == " ") and t.startswith(" ", end) and end + 1 < len(t) \
            and _is_cjk(t[end + 1]):
        return end + 1
    return end


def _person_after(t: str, end: int) -> bool:
    """Does what follows ``end`` say that only a person came before (未到场, 的儿子, 于2025年),
    perhaps after an adverb (已去世)? Not what a group of people is called by (华容 + 务工人员
    慰问名单, 齐河 + 外出务工人员: the people from a place who work away)."""
    if end < len(t) and t[end] in _PREDICATE_FIRST and _PREDICATE_GROUP_RE.match(t, end):
        return False
    for adverb in _ADVERBS_BEFORE_PREDICATE:
        if t.startswith(adverb, end) and t.startswith(_ADVERB_PREDICATES, end + len(adverb)):
            return True
    return t.startswith(_PERSON_AFTER, end) or _PERSON_AFTER_RE.match(t, end) is not None \
        or _BRACKET_ROLE_RE.match(t, end) is not None or _MEMBER_AFTER_RE.match(t, end) is not None


# Surnames that are also modal verbs (须 must, 应 should, 能 can): before a frequent verb they
# are the modal (职工须符合条件), while 于解放, 安解放 are names.
_MODAL_SURNAMES = frozenset("须应能可需")

def _phrase_start(t: str, i: int) -> bool:
    """Does a phrase begin at ``t[i]`` (the start, punctuation, a particle, a clock time (9时许),
    a date or a time word (3月5日, 次日), or a whole word before it that does not run on into
    ``t[i]``)?"""
    if i == 0 or not _is_cjk(t[i - 1]) or t[i - 1] in _STOP:
        return True
    if _clock_about_at(t, i - 1) or _phrase_before(t, i):
        return True
    return _is_word(t[i - 2:i]) and not _is_word(t[i - 1:i + 1])


def _phrase_end(t: str, k: int) -> bool:
    """Does a phrase end before ``t[k]`` (the end, punctuation, a particle, a verb, a cue)?"""
    return k >= len(t) or t[k] in _STOP or not _is_cjk(t[k]) or _is_verb(t[k:k + 2]) \
        or t.startswith(_AFTER_CUES, k)


def _noun_ends_at(t: str, end: int) -> bool:
    """Does a noun of the lexicon (2 or 3 characters, tag n*) end at ``end`` (肉汤, 胡辣汤)?"""
    for start in (end - 2, end - 3):
        if start >= 0:
            freq, tag = _lexicon().get(t[start:end], (0, ""))
            if freq >= LEXICON_WORD_MIN and tag.startswith("n") and not tag.startswith("nr"):
                return True
    return False


_ORG_SET = frozenset(_ORG_WORDS)
_ORG_LENGTHS = sorted({len(w) for w in _ORG_WORDS if len(w) >= 2})


def _org_ends_at(t: str, end: int) -> bool:
    """Does an organisation or trade word end at ``end`` (胡辣汤, 五金: 汤 and 金 are surnames)?"""
    return any(end - n >= 0 and t[end - n:end] in _ORG_SET for n in _ORG_LENGTHS)


def _in_shop_name(t: str, i: int) -> bool:
    """Is ``t[i]`` inside the trade of a shop named S记 or S氏 (王记胡辣汤 at 汤): a shop mark
    at most 3 characters back, and the characters since do not make a whole trade word yet?"""
    for p in range(i - 1, max(0, i - 4) - 1, -1):
        if t[p] in "记氏" and p > 0 and t[p - 1] in _SINGLE_SET:
            return t[p + 1:i] not in _ORG_SET
        if not _is_cjk(t[p]) or t[p] in _STOP:
            return False
    return False


def _strong_pair(t: str, j: int) -> bool:
    """Two characters at ``j`` that are both common given-name characters in their places."""
    return j + 1 < len(t) and _given_weight(t[j], False) >= STRONG_GIVEN \
        and _given_weight(t[j + 1], True) >= STRONG_GIVEN and not _is_word(t[j:j + 2])


def _given_pair(t: str, j: int) -> bool:
    """Two common given-name characters at ``j`` followed by the end of a phrase (a particle,
    punctuation, a verb): 胡子涵反映, 孙子涵、 -- a name even though 胡子/孙子 are words."""
    if j + 2 > len(t) or GIVEN_CHARS.get(t[j], 0) < STRONG_GIVEN \
            or GIVEN_CHARS.get(t[j + 1], 0) < STRONG_GIVEN or _is_word(t[j + 1:j + 3]):
        return False
    after = t[j + 2:j + 3]
    return not after or after in _STOP or not _is_cjk(after) or _is_verb(t[j + 2:j + 4])


def _topic_given_pair(t: str, i: int, j: int) -> bool:
    """A name that opens a clause as its topic, a noun phrase of what is said of the person right
    after it (朱红梅 + 学历认证未通过, 程志远 + 手工活计件工资未结清): two common given-name
    characters at ``j`` that make no word with what follows, and a word beginning after them;
    the surname and the first given character may make a word (朱红, 程志), the tagger cuts there."""
    if not (i == 0 or t[i - 1] in _CLAUSE_OPENERS) or j + 4 > len(t) \
            or GIVEN_CHARS.get(t[j], 0) < STRONG_GIVEN or GIVEN_CHARS.get(t[j + 1], 0) < STRONG_GIVEN:
        return False
    return not _is_word(t[j + 1:j + 3]) and not _is_word(t[j:j + 2] + t[j + 2]) \
        and _is_word(t[j + 2:j + 4]) and not _org_follows(t, j + 2, given_read=True)


def _given_weight(c: str, last: bool) -> int:
    """Weight of ``c`` as a given-name character in its position (``last``: the last of two or
    the only one): the table's (given_chars.tsv), else RARE_GIVEN for a character rare in the
    lexicon (names use characters that words do not), else 0."""
    if c in GIVEN_CHARS:
        return (GIVEN_LAST if last else GIVEN_FIRST).get(c, 0)
    return RARE_GIVEN if c not in _NOT_GIVEN and c not in _STOP and _rare_char(c) else 0


def _stop_given(t: str, j: int) -> bool:
    """Is ``t[j]``, a character that usually ends a name (来, 和, 向, 以: a verb, a conjunction),
    the first of two given-name characters here (来旺, 和平, 向阳)? Yes when the two make a noun
    of the lexicon (和平, 向阳, 中华; not 来到, 以后) or, when they make no word, the next one
    ends given names (来喜, 来兰; after a conjunction or a preposition no surname: not 和李)."""
    if GIVEN_FIRST.get(t[j], 0) == 0 or j + 1 >= len(t):
        return False
    freq, tag = _lexicon().get(t[j:j + 2], (0, ""))
    if freq >= LEXICON_WORD_MIN:
        return tag in ("nr", "nz", "ns")  # a name, a proper noun: not 家人, 来到, 以后
    g2 = t[j + 1]
    if g2 == t[j]:
        return True                       # 来来, 元元: a doubled given name
    if t[j] == "家" and g2 in _FAMILY_PLACE_ENDS:
        return False                      # 乔家河, 李家口: a village
    if t[j] in "和同向以都" and g2 in NAME_SURNAMES:
        return False                      # 张伟和李, 向王: a conjunction or a preposition
    return _given_weight(g2, True) >= STRONG_GIVEN and g2 not in _STOP


def _family_given(t: str, i: int, j: int) -> bool:
    """Is 家 at ``j`` the first of two given-name characters (董家琳, 赵家然, 周家豪), not a
    village or a family's shop (王家庄, 李家铺子, 徐家汇)? The second character must be a
    given-name character that ends no place; a common one is enough, a rarer one needs a cue
    before the name or what a person does after it."""
    if t[j] != "家" or j + 1 >= len(t):
        return False
    g2 = t[j + 1]
    if g2 in _STOP or t[i:j + 2] in _lexicon() or _org_follows(t, j + 2) or _org_at(t, j + 1):
        return False                      # (廖家 + 书房: a word after 家 is a shop's or a place's)
    if (g2 not in _FAMILY_PLACE_ENDS or g2 in _FAMILY_LANDSCAPE_ENDS) and _person_marked_after(t, j + 2):
        return True                       # 卢家权 + 夫妇, 姜家林 + 家新建: what only a person has
        #                                   follows, whatever word 家 and the character make
    if g2 in _FAMILY_PLACE_ENDS or _is_word(t[j + 1:j + 3]):
        return False
    weight = _given_weight(g2, True)
    if weight < STRONG_GIVEN and _freq(t[j:j + 2]) >= CUED_WORD_MIN:
        return False                      # 和 + 家庭, 对个人 + 和家庭: a frequent word, not a rarer
        #                                   given character after 家 (家豪, 家明 are no words)
    return weight >= STRONG_GIVEN or (weight >= 1 and (_cue_before(t, i) or _person_after(t, j + 2)
                                                        or _cue_after(t, j + 2)))


# First given-name characters that never end a name (given_chars.tsv, position "first"), minus
# the numerals (张三, 李四 end there), the characters that have their own rule (家, 向) and 阿.
_FIRST_ONLY_GIVEN = frozenset(c for c, w in GIVEN_FIRST.items() if w and not GIVEN_LAST.get(c)) \
    - frozenset("一二三四五六七八九十家向阿")   # (阿 begins transliterations too: 伊阿古)
# _SOMETIMES_GIVEN characters that end rural given names (春来, 秋和, 本元, 立中) and, after them,
# what makes one a verb or a particle's host instead (王芳来了, 来过, 来着, 来的) or the place
# one comes to (吴英来所咨询, 来站, 来院, 来局).
_RUN_ON_LAST = frozenset("来和元中")
_VERB_AFTER_LAST = frozenset("了过着的所站院局村镇处室校馆厅")


def _given_runs_on(t: str, i: int, j: int) -> bool:
    """Does the given name beginning at ``t[j]`` go on to ``t[j + 1]``, though that character
    ends names rarely or begins the next word? The one home of where a two-character given name
    ends against the word after it; three readings, each from the naming customs, none from a
    list of names:

    * the pair is a given name of the old rural customs or of wishes (wish_names.tsv: 满囤,
      来娣, 丰年) or of its years (given_words.tsv: 长征, 建国), and no longer word runs on from
      it (丰收节): 张运来 + 电称, 李丰年 + 报告, 高长征 + 服刑;
    * the first given character never ends a name (小, 晓, 继: given_chars.tsv's "first"), so
      the next belongs to the name unless the two are a frequent word (小时, 小区) or the next
      begins a word (王小 + 今天: no name): 刘小脚, 宋小芹 + 反映;
    * the second is a character that ends rural given names as often as it is a word of its own
      (来, 和, 元, 中) and, left out, would stand alone or strand the next (蒋福来 + 独居, 王春来
      + 系, 乐秋和 + 服务热情), not before a particle of the verb (王芳来了) nor a surname (张伟和
      李娜; but 杨暄和 + 来电: a cue of what a person does begins with a surname's character).

    Two other characters stay apart where the second begins a word: 王芳 + 来电, 李强 + 年满60岁,
    张伟 + 明天到."""
    if j + 2 > len(t) or not _is_cjk(t[j + 1]) or t[j + 1] in _NOT_GIVEN \
            or not _lexicon().get(t[i:j + 2], (0, "nr"))[1].startswith("nr"):
        return False                      # (颜卫地, 伊阿古, 杭爱省: a word of the lexicon, whole)
    pair, g1, g2 = t[j:j + 2], t[j], t[j + 1]
    if pair in WISH_NAMES or pair in GIVEN_WORDS:
        return not _long_word_at(t, j) and not _is_word(t[j:j + 3]) \
            and not (g2 in _KEEP_GIVEN_LAST and _kept_thing(t, i, j + 2))   # (把牛 + 拴住)
    if g1 in _FIRST_ONLY_GIVEN:
        return g2 not in _STOP and g2 not in _NUMERALS and g2 not in _PLACE_ENDS \
            and _freq(pair) < CUED_WORD_MIN \
            and _lexicon().get(t[i:j + 1], (0, "nr"))[1].startswith("nr") \
            and not _is_word(t[j + 1:j + 3]) and not _org_at(t, j + 1) \
            and (_given_weight(g2, True) >= 1 or _cue_before(t, i))   # (凌小 + 类, 游开 + 待; 费 小计:
        #                                   a character of no given name only after a cue: 老伴周小脚)
    return g2 in _RUN_ON_LAST and GIVEN_LAST.get(g2, 0) >= 1 and _given_weight(g1, False) >= 1 \
        and not _is_word(pair) and t[j + 2:j + 3] not in _VERB_AFTER_LAST \
        and (t[j + 2:j + 3] not in _SINGLE_SET or _cue_after(t, j + 2)) \
        and (j + 2 >= len(t) or _stranded_after(t, j + 1) or _glued_over(t, j + 1))


# Characters of _STOP that end given names and never follow a person as a word of their own (苗德元,
# 孔立中; 来, 和, 向 do: 王芳和李娜).
_NOUN_NAME_ENDS = frozenset("元中")


# What the tagger must read for an undecided candidate: a name token of two characters or more
# (王建华/nr), or also the surname alone followed by a word (朱/nr 开放/v: a given name that is a
# word; asked only when the rules read one).
NAME_TOKEN, LONE_SURNAME = "name token", "lone surname"


# The rank among siblings after 老 (朱老五), and what makes 老 + rank a word instead (老二爷, 老三届).
_SIBLING_RANKS = frozenset("二三四五六七八九十幺")
_RANK_WORD_ENDS = frozenset("爷娘婆头汉届")


def _bought_at(t: str, i: int) -> bool:
    """Does ``t[i]`` stand in a shop's or an estate's name between 在 and what one buys there
    (_PURCHASE_PLACE_RE)?"""
    for m in _PURCHASE_PLACE_RE.finditer(t, max(0, i - PURCHASE_PLACE_MAX), i + PURCHASE_PLACE_MAX + 3):
        if m.start(1) <= i < m.end(1):
            return True
    return False


def _job_noun_over(t: str, i: int) -> bool:
    """Does a job's noun (_JOB_NOUNS, or a trade word of the lexicon) begin at ``t[i]`` or run over
    it from one or two characters before? Not one that begins a name: a given name's character
    after it, then what only a person does (居民管家豪反映, 门卫东来电)."""
    for k in range(max(0, i - 2), i + 1):
        end = next((k + len(w) for w in _JOB_FIRST.get(t[k], ()) if t.startswith(w, k) and k + len(w) > i), 0) \
            or (k + 2 if k + 2 > i and _trade_word(t[k:k + 2]) else 0)
        if end:
            return not (k == i and end < len(t) and _given_weight(t[end], True) >= STRONG_GIVEN
                        and (_person_after(t, end + 1) or _cue_after(t, end + 1)))
    return False


# Characters that make a place of the word before them (港内, 船上, 村里, 院外).
_LOCALITY_CHARS = frozenset("内外中上下里")
# A relative named right before a name (之夫于明, 其子向前): a preposition's character is its surname.
_RELATIVE_BEFORE_RE = re.compile("(?:[之其][长次三幼]?[子女妻夫父母孙兄弟姐妹]|丈夫|妻子|配偶)$")


# A thing's role: what only goods, crops, lines and firms do or have, read around a candidate
# without a cue (helper gm, round 15). Domains' words that begin with a surname (陈粮, 都宝, 雷阵雨,
# 焦柳线, 易方达) are the subjects of verbs no person is the subject of (…入库, …下架, …减产,
# …发芽, …停运, …晚点2小时), carry the attributes only goods have (…收购价, …保质期, …农残,
# …型号), have staff (…工作人员, …客户经理), or are the object of a verb of trade, carriage or
# growing closing its clause or counted (交售 + 陈粮 + 被扣量, 收购 + 黄果树 + 20担, 种植 + 都宝 +
# 12亩). A person's belongings come after 的, 家 or 名下, never glued to the name like this.
_THING_SUBJECT_RE = re.compile(
    "(?:已经?|均|全部|暂|仍|未)?(?:入库|出库|到货|到港|断货|缺货|减产|增产|发芽|出苗|停运|停航|停飞|"
    "停售|上市|脱销|滞销|霉变|变质|失效|泄漏|漏气|投产|流拍|泄洪|开花|挂果|超标(?!准)|"
    "晚点(?=[0-9一二三四五六七八九十半，。,；;]|$))"
    "|无?(?:收购价|销售价|零售价|出厂价|售价|价格|库存|保质期|生产日期|批号|批次|标签|"
    "中文标签|产地|含量|水分|农残|口感|品牌|商标|型号|规格|票价|沿线|航线|班次|营业厅|网点|官网)")
# ... and the staff a firm or a line has, glued to its name (已联系 + 焦柳线 + 工作人员): a cue before
# it does not make it a person (联系 takes a firm as readily).
_THING_STAFF_RE = re.compile("工作人员|客服|客户经理|理财经理|业务员|销售员")
_THING_SUBJECT_FIRST = frozenset("已均全暂仍未入出到断缺减增发停上脱滞霉变失泄漏投流开挂超晚"
                                 "无收销零出售价库保生批标中产含水农口品商型规票沿航班营网官")
_THING_OBJECT_BEFORE_RE = re.compile("(?:交售|收购|查获|查扣|收缴|没收|进口|出口|走私|购进|销售|出售|种植|"
                                     "播种|栽种|养殖|饲养|加工|储存|运输|经营|订阅|乘坐|搭乘|投注|认购|"
                                     "赎回|竞得|拍得|抽检|封存|下架|召回|代销|批发|购买|采购|订购|网购|使用|服用|食用)$")
_THING_OBJECT_AFTER_RE = re.compile("$|[，。,；;、）)\\s]|[0-9一二三四五六七八九十两]|后|时|被|期间")
# ... and the verbs of a shop's line of business and of the trades of services (twenty-first round, vcb:
# 经营者〔姓名〕，主营吉他，电话…; 兼营蓝牙耳机, 专营黎锦, 代售福彩, 回收金饰, 出租铲车, 维修蓝牙音箱): what
# follows them is goods or a service, as after 经营 and 销售.
_TRADE_OBJECT_BEFORE_RE = re.compile("(?:主营|兼营|专营|零售|售卖|代售|回收|出租|租赁|维修|修理)[:：]?$")


def _thing_role(t: str, i: int, end: int) -> bool:
    """Is the candidate ``t[i:end]`` a thing by its role: the subject of a thing's verb or the
    bearer of a thing's attribute right after it, or the object of a verb of trade or growing
    right before it, closing its clause or counted?"""
    if end < len(t) and t[end] in _THING_SUBJECT_FIRST and _THING_SUBJECT_RE.match(t, end):
        return True
    return i >= 2 and (_THING_OBJECT_BEFORE_RE.search(t, max(0, i - 2), i) is not None
                       or _TRADE_OBJECT_BEFORE_RE.search(t, max(0, i - 3), i) is not None) \
        and _THING_OBJECT_AFTER_RE.match(t, end) is not None


# The given names that are verbs of keeping (given_words.tsv: 拴住, 锁住, 保住, 拴牢): after a disposal's or
# a passive's mark (把, 将, 被) or before an aspect's (了, 着, 过), the "surname" is a thing kept and
# the word its verb (把牛拴住, 马拴住了, 钱保住了).
_KEEP_GIVEN_LAST = frozenset("住牢")
_KEEP_OBJECT_BEFORE = frozenset("把将被给让叫")


def _kept_thing(t: str, i: int, end: int) -> bool:
    """Is the given name of keeping that ends at ``end`` the verb of a thing kept at ``i``?"""
    return (i > 0 and t[i - 1] in _KEEP_OBJECT_BEFORE) or t[end:end + 1] in ("了", "着", "过")


# A person named by the premises they keep (检查发现黄玉凤店内陈列…, 零售户胡金锁店铺距离…, 郭鑫店由其
# 外甥代管, 张诗婷家庭农场，种白菜…): in free text a private keeper's full name is personal data, the
# shop word after it or not (a registered 个体工商户's name is public only in its schema field).
# _org_follows reads any candidate + 店 as a shop's name; a full name that is no word, no place and
# no brand right before the shop as the keeper's own (店内, 店铺, 店由其…代管) or before a farm the
# record goes on to describe (家庭农场，种…) is the keeper's. A shop named in full (“王桂英粮油店”,
# 在史冬生小卖部打工, 罗森便利店) stays a shop's name, as the earlier tuned sets hold. Branch and shop names stay: a branch is
# named by a place or a word (王府井店, 高新店, 万达店, 张江店), a shop by a family or a brand (刘家店,
# 王记, 杨铭宇黄焖鸡, 胡庆余堂: brands.tsv), a farm by a lucky word (金穗家庭农场, 丰源养殖场): a
# surname and one character are read only when the surname is no character of such trade names.
_KEEPER_PREMISES = ("店内", "店里", "店铺", "店由",
                    "家庭农场，种", "家庭农场，养", "家庭农场，存栏", "家庭农场，流转", "养殖场，存栏", "养殖场，养")
_KEEPER_PREMISES_FIRST = frozenset(w[0] for w in _KEEPER_PREMISES)
_TRADE_NAME_SURNAMES = frozenset("金华万盛丰龙凤宝福富康安顺隆昌利永恒新天明文东南中佳乐欣惠百宜益和同广"
                                 "海江山红兴鸿宏泰祥发聚汇荣嘉瑞")


def _keeper_of_premises(t: str, i: int, j: int, end: int) -> bool:
    """Is ``t[i:end]`` (surname ``t[i:j]``) a private person's full name right before premises
    they keep (_KEEPER_PREMISES), no word, place or brand of the same characters?"""
    if end >= len(t) or t[end] not in _KEEPER_PREMISES_FIRST or not t.startswith(_KEEPER_PREMISES, end):
        return False
    if i > 0 and _is_cjk(t[i - 1]) and t[i - 1] not in _STOP and (
            _is_word(t[i - 1:i + 1]) or not (_is_word(t[i - 2:i]) or _is_word(t[i - 3:i]))):
        return False                      # (家住华蔡盛 + 商行: the name runs on from before, a shop's)
    cand = t[i:end]
    if not 1 <= end - j <= 2 or _is_word(cand) or _lexicon().get(cand, (0, ""))[1] == "ns" or cand in PLACE_NAMES \
            or cand in KNOWN_PLACES or _brand_at(t, i) or _known_place_at(t, i, end):
        return False
    if any(_given_weight(t[k], k == end - 1) == 0 or t[k] in _NOT_GIVEN for k in range(j, end)):
        return False
    if end - j == 1 and (j - i == 1 and t[i] in _TRADE_NAME_SURNAMES
                         or _given_weight(t[j], True) < STRONG_GIVEN or _is_word(t[j:j + 2])):
        return False                      # (金穗 + 家庭农场, 丰源 + 养殖场, 郭鑫 + 店: only the last)
    return True


# Characters that elsewhere end a name or begin a word after it (之, 自, 后, 和, 元, 中, 以, 同, 来, 向,
# 都) but begin given names too: classical ones (之若, 之涣), the wishes and virtues of their years
# (自力, 自强, 和谐, 和平, 元元) and rural ones (后胜, 后雄: the son born after). Right after a person's role the name is whole with them (round 24, gw24).
_ROLE_GIVEN_FIRST = frozenset("之自后") | (_SOMETIMES_GIVEN - frozenset("家"))
# The lexicon's tags of a word that is a given name there: a noun, a quality, a proper noun (自力 n,
# 和谐 a, 和平 nz); not a verb, an adverb or a conjunction (以为, 同时, 中间 + 商: read as words).
_ROLE_GIVEN_WORD_TAGS = frozenset(("n", "a", "an", "nz", "nr", "ns", "i"))


def _given_after_role(t: str, i: int, j: int, listed: bool = False) -> int:
    """Where a name ends whose given name begins with such a character (_ROLE_GIVEN_FIRST) right
    after a person's role (业主黄自力（, 修谱人：孔和谐|, 琴师陈之若一家, 投诉人 王和 /, 船主：张元 ), or 0:
    a given-name character or a word of a given name's kind after it, and the name's end (a field's
    end, what a person does, 之妻); one given character alone only at a field's end. Not after a
    preposition or a kinship character alone (由, 叫), nor a surname that is mostly a word (都, 和)."""
    surname = t[i:j]
    if j + 1 > len(t) or t[j] not in _ROLE_GIVEN_FIRST or (len(surname) == 1 and (
            surname in FUNCTION_SURNAMES or surname in _STOP)):
        return 0
    if not (listed or _cue_before(t, i)) or _one_character_cue_before(t, i) or t.startswith(_TITLES, j):
        return 0                          # (listed: 村民宁霭丹、杨自力 + 联名反对; 调解员：廖 + 同志: a title)
    if j + 1 == len(t) or t[j + 1] in _FIELD_ENDS or not _is_cjk(t[j + 1]):
        return j + 1 if _given_weight(t[j], True) >= 1 else 0
    g2, end = t[j + 1], j + 2
    freq, tag = _lexicon().get(t[j:end], (0, ""))
    if g2 in _STOP or g2 in _NOT_GIVEN or not (
            t[j:end] in GIVEN_WORDS or (freq >= LEXICON_WORD_MIN and tag in _ROLE_GIVEN_WORD_TAGS)
            or (freq < LEXICON_WORD_MIN and _given_weight(g2, True) >= 1)):
        return 0
    if end == len(t) or t[end] in _FIELD_ENDS or not _is_cjk(t[end]) or _person_after(t, end) \
            or _cue_after(t, end) or _is_verb(t[end:end + 2]) or (t[end] in _STOP and _is_word(t[end:end + 2])):
        return end                        # (郭和谐 + 结清; 纪和谐 + 上岗: jieba tags 上岗 a place)
    return 0


# After 小 and a rank, what makes the rank a count (小四 + 岁, 小二 + 号, 小三 + 倍: mw29).
_MEASURE_AFTER_RANK = frozenset("岁号倍个名位成级班度元斤米次")

# What follows a holiday read as a time (国庆 + 期间, 五一 + 前, 八一 + 建军节: mw29).
_DAY_WORD_AFTER_RE = re.compile("前|后|期间|开始|起|以来|以[前后]|之[前后]|[节假]|当[天日]|[至到]|放假|长假|黄金周|那天|这天|左右")


def _candidate(t: str, i: int, surname: str, listed: bool = False
               ) -> tuple[int, str | None] | None:
    """(end, what the tagger must read or None) of a name starting at ``i`` with ``surname``,
    or None. ``listed``: a name found just before, joined by 、 和 与 及 (张伟、李娜), counts as
    a cue."""
    j = i + len(surname)
    if j >= len(t):
        return None
    g1 = t[j]
    if len(surname) == 1 and _is_cjk(g1) and (j + 1 == len(t) or t[j + 1] in _FIELD_ENDS) \
            and not _masked_after(t, j) and g1 not in SHORT_TITLES and g1 not in KIN_TITLES \
            and (m := _ROLE_LABEL_BEFORE_RE.search(t, max(0, i - 10), i)) is not None \
            and m.group().rstrip(" \t")[-1:] in ":：" and not _org_follows(t, j + 1) \
            and _lexicon().get(t[i:j + 1], (0, "nr"))[1] in _FIELD_NAME_TAGS \
            and not t.startswith(_KIN_WORDS, i) and not t[j].endswith(_ROLE_ENDINGS):
        return j + 1, None                # 受送达人：向前, 核查人签字：宋词: a labelled field that holds
        #                                   two characters, whatever word they make
    if surname in COMMON_CHARACTER_SURNAMES and minority_surname_misread(t, i, i + 2):
        return None                       # 京胡、颜体: a rare surname's word seeds no list (round 26)
    if _set_phrase(t[i:i + 4]):
        return None                       # 干部职工 + 万众一心: an idiom begins here, after a cue too
    if t[i] in _SINGLE_SET and "号" in t and _in_doc_number(t, i):
        return None                       # 旗农牧发〔2026〕57号: inside a 文号's issuer (_in_doc_number)
    if len(surname) == 1 and i + 2 < len(t) and not _READING_ROLE[0] \
            and (_role_word_at(t, i) or (i > 0 and _in_role_word(t, i))):
        return None                       # 苗农 + 朱继丽, 查货员 + 张思琪: a role noun the surname's character
        #                                   begins, a whole name after it (_role_word_at)
    if t[i] in _AID_ACT_FIRST and _AID_ACT_RE.match(t, i):
        return None                       # 民警 + 扶起送医, 路人 + 托起: a helper's act after the
        #                                   helper's word, no name (扶, 托 and 施 are surnames)
    if surname == "籍" and _place_ends_before(t, i):
        return None                       # 喀什 + 籍 + 咪三喊: 籍 after a place says where one is from
        #                                   (twentieth round), no surname
    if surname in _STOP and _long_word_at(t, i + len(surname)):
        return None                       # 由 + 卫生部长, 从 + 东直门: a preposition before a word or a
        #                                   place of three characters or more
    if (not _any_cue_before(t, i) or _one_character_cue_before(t, i)) and _long_word_at(t, i):
        return None                       # 伊斯兰, 祁连山, 孟加拉国: a word or a place begins here,
        #                                   after a preposition too (由 + 居委会, 由 + 卫生部)
    if t[i] in _LIFE_FIRST and _life_word_at(t, i):
        return None                       # 因 + 雷暴 + 死亡, 民族：回族, 涉及 + 钱款: a word of daily life
        #                                   and the public services begins here (domain_words.tsv, life)
    if i > 0 and t[i] in _HEAD_FIRST and _is_cjk(t[i - 1]) and t[i - 1] not in _STOP \
            and _head_at(t, i, alone=False) and not _any_cue_before(t, i):
        return None                       # 柏斯 + 琴行: the head of a proper noun begins here, after
        #                                   its first part
    if _brand_before(t, i) and not _any_cue_before(t, i):
        return None                       # 马应龙 + 麻痔膏, 六神 + 花露水: the product its brand names
    if _job_noun_over(t, i):
        return None                       # 由 + 保安 + 巡查, 由 + 石匠 + 刻字, 由库 + 管保 + 管: a job where
        #                                   a name would begin
    if _work_genre_before(t, i) or (i > 0 and t[i - 1] in _SINGLE_SET and _work_genre_before(t, i - 1)):
        return None                       # 电影 + 张思德, 儿童剧 + 马兰花: a work's title, read from its
        #                                   second character too (京剧穆 + 桂英挂帅); a list of them
        #                                   goes on as a list of things (_THING_LABELS)
    if not _any_cue_before(t, i) and t[j] in _DOMAIN_FIRST and any(
            len(w) >= 3 and t.startswith(w, j) for w in _DOMAIN_FIRST[t[j]]):
        return None                       # 洋马 + 收割机: a word of the domain begins after the surname
    if len(surname) == 1 and t[j] in _PERSON_ROLE_FIRST and _starts(t, j, _PERSON_ROLE_FIRST):
        return None                       # 运单 + 收件人为, 货物 + 申请人: a person's role word of a
        #                                   form or a notice begins after the "surname", which ends the
        #                                   word before (a surname and a role is no name: 王收款人)
    if t[j] in _HERBS_FIRST and _starts(t, j, _HERBS_FIRST) and not _any_cue_before(t, i) \
            and not _person_after(t, j):
        return None                       # 改种 + 黄精, 和 + 何首乌: a herb begins after the "surname"
    if surname in _FRAME_BEFORE_BRAND and ((t[j] in _BRANDS_FIRST and _brand_at(t, j)) or _marked_brand_at(t, j)):
        return None                       # 由 + 山推 + 赞助, 由 + 雨润 + 承办: a preposition before a brand
    if len(surname) == 1 and surname in FUNCTION_SURNAMES and not _any_cue_before(t, i) \
            and _freq(t[i:j + 1]) >= CUED_WORD_MIN and _lexicon()[t[i:j + 1]][1] in ("v", "ns"):
        return None                       # 报失后 + 回国 + 补办: a frequent verb that such a surname
        #                                   begins (the lexicon tags 回国 as a place)
    if len(surname) == 1 and i > 0 and (_non_name_word(t[j:j + 2]) or t[j:j + 2] in COMPOUND_SURNAMES) \
            and t[i - 1:i + 1] not in COMPOUND_SURNAMES \
            and (_freq(t[i - 1:i + 1]) >= CUED_WORD_MIN
                 or (i > 1 and _lexicon().get(t[i - 2:i + 1], (0, ""))[1] == "n"
                     and _freq(t[i - 2:i + 1]) >= SWALLOWING_WORD_MIN)
                 or (_lexicon().get(t[i - 1:i + 1], (0, ""))[1] in ("n", "nz")
                     and _freq(t[i - 1:i + 1]) >= SWALLOWING_WORD_MIN
                     and t[j:j + 2] not in GIVEN_WORDS and t[j:j + 2] not in WISH_NAMES)) \
            and not _any_cue_before(t, i) and not _person_after(t, j + 2):
        return None                       # 主管 + 部门, 加强 + 河湖, 及时 + 总结, 毛坯房 + 漏水: the
        #                                   "surname" ends a word and a word follows it; a thing's
        #                                   noun of any frequency before a word no given name is
        #                                   (汽包 + 正常, 乘龙 + 整治: round 27, dw27)
    if t[i] in _CUE_LAST and _CUE_ENDING_RE.search(t, max(0, i - 5), i + 1):
        return None                       # 班主任 + 刘芳: the surname is the cue's last character
    if len(surname) == 1 and t[i] in _AGENT_SUFFIXES and _surname_length_at(t, i + 1) \
            and _formed_role_before(t, i + 1, any_after=True) == i + 1:
        return None                       # 收购商 + 王霞, 代销商 + 田秀花: the "surname" is a coined
        #                                   role's suffix, a name's surname follows it (as 班主任 + 刘芳)
    if len(surname) == 1 and t[i] in _ROLE_NOUN_TAILS and i > 0 and not _READING_ROLE[0] \
            and _role_noun_ends_at(t, i):
        return None                       # 蚕农 + 金红梅, 验光师 + 茹海洋: the "surname" ends a role
        #                                   noun of the lexicon, a whole name follows it (mw29)
    if _pair_cue_around(t, i):
        return None                       # 出纳 + 屈超, 陪练 + 许涛, 伯伯 + 石磊: a cue of two characters
        #                                   holds the "surname", a name's surname follows it
    if len(surname) == 1 and (plain_word_at(t, i) or _manner_at(t, i)) and not _addressed_word_name(t, i, i + 2):
        return None                       # 户主 + 常年卧床: an adverb, not a surname; 负责人 + 郑重承诺
        #                                   (高远先生: a word addressed as a person is a name)
    if _shop_word_at(t, i) or (i > 0 and t[i - 1] == "家" and _org_at(t, i)):
        return None                       # 老朱 + 农家乐: a shop word begins at the "surname";
        #                                   老孙家 + 豆花: a family's shop and its trade
    if g1 in KIN_TITLES or (g1 in SHORT_TITLES and not (j + 1 < len(t) and _is_cjk(t[j + 1]))) \
            or (g1 in SHORT_TITLES and (_person_after(t, j + 1) or _cue_after(t, j + 1)
                                        or _common_word(t[j + 1:j + 3]) or t[j + 1] in _STOP
                                        or t[j + 1] in ADVERBS_AFTER_TITLE)):
        return None                       # 曾姨; 梁工, 祝总; 任总 + 到场, 戴工 + 清理: a surname
        #                                   with a title, then what the person does
    if t[j:j + 2] in COMPOUND_SURNAMES and t.startswith(_TITLES, j + 2):
        return None                       # 祖母 + 宇文老师: a compound surname and a title follow
    if _compound_addressed(t, i):
        return None                       # 欧阳 + 老板, 诸葛 + 队长, 老 + 欧阳, 小 + 端木: a compound surname
        #                                   addressed by title or prefix, read whole or by its first
    if surname == "阿" and g1 in _SINGLE_SET and _given_weight(t[j + 1:j + 2] or "，", True) < STRONG_GIVEN:
        return None                       # 阿董 + 补交, 由 + 阿王 + 买: 阿 and a surname, how one
        #                                   calls a person (like 老王), no name
    if surname in _STOP and _address_form_at(t, j) \
            and not (t[i:j + 1] in GIVEN_WORDS and (i == 0 or t[i - 1] in _CLAUSE_OPENERS)):
        return None                       # 已向 + 林护士, 向 + 小许: a preposition before how one
        #                                   addresses a person (the person is no name here;
        #                                   at a clause's start 和平 + 大爷 is a given name's word)
    if "渔" in t and (_VESSEL_RE.match(t, j + 1) or _VESSEL_RE.match(t, j)):
        return None                       # 鲁荣渔87463, 浙岱渔: a fishing vessel's registration
    if g1 == "氏" and len(surname) == 1 and j + 2 <= len(t) \
            and _given_weight(t[j + 1], True) >= STRONG_GIVEN and not _is_word(t[j + 1:j + 3]) \
            and not _org_at(t, j + 1) and (_phrase_end(t, j + 2) or _person_after(t, j + 2)) \
            and not _org_follows(t, j + 2):
        return j + 2, None                # 阮氏梅, 陈氏花: 氏 is a Vietnamese woman's middle name
        #                                   (李氏汤包, 张氏宗祠 go on into a shop or a word)
    if (len(surname) == 1 or surname in COMPOUND_SURNAMES) and g1 in _SINGLE_SET and t[j + 1:j + 2] == "氏" \
            and not _is_word(t[i - 1:i + 1] if i else "") \
            and not _org_follows(t, j + 2) and surname not in FUNCTION_SURNAMES \
            and (j + 2 >= len(t) or not _is_cjk(t[j + 2]) or _person_after(t, j + 2)):
        # (供货方 + 马氏建材: a shop; 阮氏 + 梅: a Vietnamese woman's middle name goes on; 太原王氏
        # + 宗祠: a clan)
        return j + 2, None                # 郝王氏, 王赵氏: a married woman named by her husband's and
        #                                   her father's surnames, as old registers write her
    if g1 == "老" and (len(surname) == 1 or surname in COMPOUND_SURNAMES) and j + 2 < len(t) + 1 \
            and t[j + 1:j + 2] in _SIBLING_RANKS \
            and t[j + 2:j + 3] not in _RANK_WORD_ENDS and not t.endswith("钻石", 0, i):
        return j + 2, None                # 朱老五, 刘老三: a surname and the rank among siblings,
        #                                   as a village calls a man (老五 alone is no name)
    if g1 == "小" and len(surname) == 1 and j + 2 <= len(t) and t[j + 1:j + 2] in _SIBLING_RANKS \
            and surname not in _STOP and surname not in FUNCTION_SURNAMES and not _is_word(t[i - 1:i + 1] if i else "") \
            and (j + 2 == len(t) or (t[j + 2] not in _RANK_WORD_ENDS and t[j + 2] not in _TIME_UNITS
                                     and t[j + 2] not in _MEASURE_AFTER_RANK and t[j + 2] not in _NUMERALS)):
        return j + 2, None                # 李小四, 王小二: a surname and 小 with the rank among siblings,
        #                                   a rural child's name kept for life (mw29; not 比王小四岁)
    if len(surname) == 1 and _is_word(t[i:j + 1]) and _own_act_subject(t, i, j + 1):
        return j + 1, None                # 方向 + 摔伤住院, 金桥 + 借阅图书: a word at a clause's start
        #                                   before what only a person does is a name, whatever its
        #                                   second character (_own_act_subject)
    if (g1 in _STOP or g1 in _NOT_GIVEN) and (role_end := _given_after_role(t, i, j, listed)):
        return role_end, None             # 业主黄自力（, 修谱人：孔和谐|, 投诉人 王和 /: after a role
    if not _is_cjk(g1) or address_title_at(t, j) or _org_at(t, j) \
            or ((g1 in _STOP or g1 in _NOT_GIVEN) and not (g1 in _SOMETIMES_GIVEN
                                                          and (_stop_given(t, j)
                                                               or _family_given(t, i, j)))
                and t[j:j + 2] not in GIVEN_WORDS and t[j:j + 2] not in WISH_NAMES):
        return None                       # (王 + 来运, 刘 + 来男: a wish name begins with 来)
    if g1 in _NUMERALS and j + 1 < len(t) and t[j + 1] in _TIME_UNITS:
        return None                       # 于三日内, 于五月: a time, not 于 + a given name
    if surname in _STOP and _lexicon().get(t[j:j + 2], (0, ""))[1] in ("m", "t") \
            and _DAY_WORD_AFTER_RE.match(t, j + 2):
        return None                       # 于国庆 + 前, 从五一 + 开始: a holiday's time, not 于 + the era
        #                                   name 国庆, 五一 (given_words.tsv) (mw29)
    if (surname == "许" and _clock_about_at(t, i)) \
            or (surname == "时" and _CLOCK_TIME_BEFORE_RE.search(t, max(0, i - 2), i + 1)) \
            or _when_at(t, i):
        return None                       # 上午9时许 + 皮革运抵, 10时30分许 + 张伟到场: 许 is "about"
        #                                   after a clock time, and a name begins after it; the
        #                                   时 of 九时许 is the hour (no 时 + 许); 约谈 + 时 + 丁发财,
        #                                   联系 + 后 + 关庆俭: 时 and 后 after a verb are "when", "after"
    if surname == "居" and i > 0 and t[i - 1] in _DWELLING_BEFORE_JU and not _is_word(t[i - 2:i]):
        return None                       # 现居 + 东莞, 暂居 + 海安, 邻居 + 王伟反映: 居 ends a word of
        #                                   where one lives, and a place or a name follows it (not
        #                                   发现 + 居继红: 现 ends the word before)
    if surname in _STOP and _preposition_before_word(surname, t[j:j + 2]) \
            and not (listed and surname == "和") \
            and not (_RELATIVE_BEFORE_RE.search(t, max(0, i - 3), i)
                     and (_cue_after(t, j + 1) or _person_after(t, j + 1))) \
            and t[j:j + 2] not in GIVEN_WORDS and _is_cjk(t[j + 2:j + 3] or "，") \
            and not (_person_after(t, j + 2) or _cue_after(t, j + 2)
                     or _BRACKET_ROLE_RE.match(t, j + 2)):
        return None                       # 居民和单位, 向财力薄弱的, 于明年: a conjunction or a
        #                                   preposition before a word of the lexicon (not 和 after
        #                                   a name and its conjunction: 李娜与和万里; not a relative's
        #                                   name and what the relative does: 之夫 + 于明 + 代为, but
        #                                   其子 + 于明年 + 退伍)
    if surname in _STOP and _is_verb(t[j:j + 2]) and _freq(t[j:j + 2]) >= CUED_WORD_MIN \
            and j + 2 < len(t) and _is_cjk(t[j + 2]) \
            and t[j + 2] not in _STOP and not _person_after(t, j + 2) and not _cue_after(t, j + 2):
        return None                       # 当事人于收到报告之日: a preposition before a verb
    if surname == "于" and i >= 1 and not _any_cue_before(t, i) and not t.startswith(_PERSON_AFTER, j + 2) \
            and (_is_word(t[i - 1:i + 1]) or (_is_cjk(t[i - 1]) and _division_at(t, j))
                 or (_is_cjk(t[i - 1]) and any(_org_follows(t, k) and not any(c in _STOP for c in t[j:k])
                                               for k in range(j + 1, min(len(t), j + 4))))):
        return None                       # 位于 + 三星, 生于 + 上海: 于 ends a word before it (not
        #                                   反映 + 于秋生: 映于 is no word); 安放于 + 滨海古园: a
        #                                   place follows the preposition; 张贴于 + 卫辉公交站: a
        #                                   county's
    if surname == "籍" and i > 0 and (t[i - 1] == "国" or t[i - 1] in _PLACE_ENDS):
        return None                       # 韩国籍 + 金敏浩, 山东籍: a nationality or an origin
    if surname in "伍陆" and g1 in _CAPITAL_NUMERALS:
        return None                       # 伍佰元, 陆仟: an amount in capital numerals
    if g1 in _CAPITAL_NUMERALS and _CAPITAL_AMOUNT_RE.match(t, j):
        return None                       # 诊疗费 + 贰仟元整, 报名费贰佰元: an amount in capital numerals
        #                                   after the character before it (no given name is one)
    if surname == "万" and t.startswith(_UNITS, j):
        return None                       # 3万平方米, 万千瓦时: a quantity, not 万 + a name
    if _BRAND_BEFORE_RE.search(t, max(0, i - 4), i) \
            and not any(_OWNED_AFTER_RE.match(t, k) for k in (j + 1, j + 2)):
        return None                       # 假冒王致和, 标注为陈李济: a brand, not a person (冒用 +
        #                                   高峰 + 的身份证: a person's papers)
    if surname in _HOLDING_SURNAMES and g1 == "有" and i > 0 and t[i - 1] in _HOLDING_PLACE_BEFORE \
            and not _strong_person_context(t, i, j + 2) and not _person_after(t, j + 2) \
            and not _person_after(t, j + 3):
        return None                       # 院内 + 种有 + 石榴: what a place holds
    if surname in _STOP and ((t[j] in _BRANDS_FIRST and _brand_at(t, j)) or _marked_brand_at(t, j)):
        return None                       # 由 + 山推承建, 经 + 李宁授权: a preposition, then a brand
    if _thing_field_value(t, i, j + 1):
        return None                       # 犬种：柯基，, 保险公司：安华农险；: a field of a thing or a firm
    if _pet_name(t, i):
        return None                       # 犬名“贝贝”, 被乐乐（泰迪）抓伤: a pet's name
    if t[i] in _GOODS_CHARS and _goods_read(t, i):
        return None                       # 黄英 + 乔木 + 6方, 入 + 库单有, 装载 + 杨木: a trade's word (_goods_read)
    if t[i] in _BREEDS_FIRST and _breed_slot(t, i):
        return None                       # 王爱莲 + 牧羊犬 + 雪球, 的 + 边牧 + 乐乐: a pet's breed in a row
    if _firm_staff_sent(t, i, j):
        return None                       # 由康力 + 维保人员救出: the firm that sent its staff
    if _course_firm(t, i, j):
        return None                       # 高思 + 教育闭店, 在杨丽萍 + 舞蹈报名: a school's trade name
    if _in_medicine_name(t, i, j + 1):
        return None                       # 阿 + 莫西林, 依那 + 普利, 雷贝 + 拉唑: a medicine's name
    if _MEDICINE_TAKEN_BEFORE_RE.search(t, max(0, i - 2), i):
        return None                       # 服用华法林, 口服安宫牛黄丸: what is taken is a medicine
    if i > 0 and t[j] in _EPONYM_FIRST and _is_cjk(t[i - 1]) and t[i - 1] not in _STOP \
            and _EPONYM_AFTER_RE.match(t, j):
        return None                       # 傅里 + 叶 + 变换: the "surname" ends a discoverer's name
        #                                   that a law, a transform or a disease follows
    if t[j] in _FOREIGN_SYLLABLE_FIRST and _FOREIGN_ENDING_RE.match(t, j) and not _any_cue_before(t, i):
        return None                       # 斯特拉 + 文 + 斯基: a Western name's ending, no given name
    if _thing_list_item(t, i, j + 2):
        return None                       # 品种：隆两优华占、黄华占: an item of a list of things
    if ("在" in t or "到" in t) and _bought_at(t, i):
        return None                       # 在许留山购买的商品, 在保利林语溪购买: where one buys is a
        #                                   shop or an estate
    if t.startswith(_PARTY_VERBS, i):
        return None                       # 当事人陈述, 申请人承诺: what a party does, no name
    if (t.startswith(_CALENDAR_WORDS, i) and (_phrase_end(t, i + 2) or i + 2 >= len(t)
                                              or _given_weight(t[i + 2], True) == 0)
            and not _strong_person_context(t, i, i + 2)) \
            or _inside_word(t, i):
        return None                       # 谷雨, 白露, 元宵; 穆斯林, 阿斯匹林: a word, not a name
    if t[i] in _ZODIAC_ANIMALS and g1 == "年" and not _any_cue_before(t, i) \
            and not _strong_person_context(t, i, j + 1):
        return None                       # 龙年春节, 马年出生: a year of the zodiac
    if t.startswith(_TITLES, i) and ((not _any_cue_before(t, i) and not _head_name_at(t, i))
                                     or _bare_title_at(t, i)):
        return None                       # 师傅, 老师: a title where a name would begin (骑手 + 师傅 +
        #                                   说: after a cue too, where no given name goes on)
    if t.startswith(_KIN_WORDS, j) and not _any_cue_before(t, i):
        return None                       # 居 + 女儿家中: a relative follows, not a given name
    if t.startswith(_KIN_WORDS, i) and (
            _phrase_end(t, i + 2) or t.startswith("〔", i + 2)
            or (t[i + 2] in _SINGLE_SET and not _phrase_end(t, i + 3))):
        return None                       # 由孙女代领, 孙女林桂淑: a relative, not a name (孙子涵 is)
    cue_before = listed or _cue_before(t, i)
    if cue_before and len(surname) == 1 and _is_action(t[i:j + 1]) \
            and not _person_marked_after(t, j + 1) and not _person_marked_after(t, j + 2) \
            and not t.startswith(_PARTY_VERBS, j + 1) \
            and not (_cue_after(t, j + 1) and _given_weight(g1, True) >= STRONG_GIVEN) \
            and not _word_then_given(t, i, j) \
            and not (surname in NAME_SURNAMES and _person_slot(t, i, j + 1)):
        return None                       # 住户 + 来电, 职工 + 符合条件: what the person does (not 骑手 +
        #                                   包容 + 留下电话后失联: a surname rarely anything else, in a
        #                                   slot only a person fills; 群众 + 来信来访 stays the verb)
        #                                   (回访 + 幸存伟，: a given-name character that stands alone
        #                                   after the verb makes a name; 员工 + 甘露 + 供述, 市民 + 甘露 + 反映: what a party
        #                                   says follows a name)
    if cue_before and surname in _MODAL_SURNAMES \
            and _is_action(t[j:j + 2]) and _freq(t[j:j + 2]) >= CUED_WORD_MIN \
            and not _person_marked_after(t, j + 2):
        return None                       # 职工 + 须 + 符合条件: a modal before a verb
    if not cue_before and ((t.startswith(_TITLES, j + 2) and t[j + 1] in NAME_SURNAMES
                            and _plain_noun(t[i:j + 1]))
                           or (t.startswith(_TITLES, j + 1) and g1 in NAME_SURNAMES
                               and _plain_noun(t[i - 1:i + 1]))):
        return None                       # 公司 + 杨老板, 公司 + 马经理: a word, then a surname
        #                                   that the title takes
    given_word = t[j:j + 2] in GIVEN_WORDS
    if given_word and t[j + 1] in _KEEP_GIVEN_LAST and not cue_before and _kept_thing(t, i, j + 2):
        given_word = False                # 把牛 + 拴住, 马 + 拴住了: a verb of keeping, not 刘拴住
    # a person predicate right after a name of one or two given characters counts as a cue for
    # the tests of the surname's context below (a surname that ends a word: 此前 + 景怡已享受)
    person_next = _person_after(t, j + 1) or (j + 1 < len(t) and t[j + 1] not in _STOP
                                              and (_person_after(t, j + 2)
                                                   or _person_marked_after(t, j + 2)))
    cue = cue_before or person_next
    single = len(surname) == 1
    s0 = surname if len(surname) == 2 else surname[0]
    name_surname = s0 in COMPOUND_SURNAMES or s0 in NAME_SURNAMES
    # S家X is a village or a family's shop as often as a name (家豪, 家明): the tagger decides
    family_given = _family_given(t, i, j)
    undecided = g1 == "家" and not cue_before and not family_given
    if single and surname in _MEASURE_SURNAMES and i > 0 and not cue \
            and (t[i - 1] in _NUMERALS or (i > 1 and t[i - 1] in "）)" and t[i - 2] in _NUMERALS)) \
            and not _DATE_DIGITS_RE.search(t, max(0, i - DATE_WINDOW), i):
        return None                       # 5张表, 三张, 这张: a measure word after a number
        #                                   (3201潘华: a room number, then a name; 20190604张敏,
        #                                   22.11.24张建伟: a date, then a name)
    if single and not cue and not _phrase_before(t, i) \
            and (_place_word(t, i - 2, j) or _place_word(t, i - 1, j)):
        return None                       # 平阴 + 明水, 兰陵 + 凤鸣: a place name, not a surname
    if single and _prefix_stands_alone(t, i) and not cue_before:
        return None                       # 老黄五金, 小王, 大刘 + 入户: a surname as a nickname, no
        #                                   given name
    if single and g1 in FAMILIAR_PREFIXES and i > 0 and _is_word(t[i - 1:i + 1]) \
            and t[j + 1:j + 2] in _SINGLE_SET and not cue_before:
        return None                       # 房东 + 老江, 股东 + 小王: the "surname" ends a word, and
        #                                   a nickname follows it
    if single and (surname in _PLACE_ENDS or surname in _ESTATE_ENDS) and i > 0 and _is_cjk(t[i - 1]) \
            and (t[i - 1] not in _STOP or t[i - 1] == "家"
                 or (t[i - 1] == "各" and i > 1 and t[i - 2] in _SINGLE_SET)) and t[i - 1] not in _TIME_ENDS \
            and not _clock_about_at(t, i - 1) \
            and not cue_before and not (person_next and t[i - 1] != "家" and t[i - 1] not in _SINGLE_SET) \
            and not _lexicon().get(t[i - 2:i], (0, ""))[1] == "v" \
            and not _role_noun_before(t, i, _STAFF_ROLE_LAST):
        return None                       # 赵家楼杨家埠路, 刘家庄, 赵各庄: 楼/庄 ends the place before it
        #                                   (not after a role: 护林员 + 路建华)
    if given_word and not (_freq(t[i:j + 2]) >= NAME_WORD_MAX and _list_word(t, i, j + 2)) \
            and t[j + 2:j + 3] not in ("人", "者", "员") \
            and (_phrase_end(t, j + 2) or _person_after(t, j + 2)) \
            and not _org_follows(t, j + 2) and not _in_shop_name(t, i) \
            and (cue or (single and surname not in FUNCTION_SURNAMES or not single)
                 and _phrase_start(t, i) or (i == 0 or not _is_cjk(t[i - 1]))
                 or (_phrase_before(t, i) and not _is_word(t[i - 1:i + 1])
                     and _is_cjk(t[j + 2:j + 3] or "，"))):
        return j + 2, None                # 刘解放的, 于石头（, 程卫国已: a given name that is a word;
        #                                   after a date or a village, a surname that is mostly a
        #                                   word too when an act follows (次日 + 明爱国 + 表示, 东风村 +
        #                                   揣立国 + 申请; not 5日后 + 开放: 日后 is "later")
    function_surname = single and surname in FUNCTION_SURNAMES and not cue
    if function_surname and (t.startswith(_CALENDAR_WORDS, j) or _starts(t, j, _DOMAIN_FIRST)):
        return None                       # 和 + 立春挂历, 和 + 光荣之家: a conjunction before a
        #                                   solar term or a word of the domain
    if single and surname in _STOP and g1 in _SINGLE_SET and g1 not in FUNCTION_SURNAMES \
            and not cue_before and (surname in FUNCTION_SURNAMES
                                    or (i > 0 and _is_cjk(t[i - 1]) and t[i - 1] not in _CLAUSE_OPENERS)) \
            and (_candidate(t, j, g1) is not None
                 or any(_org_follows(t, k) for k in range(j + 2, min(len(t), j + 4)))):
        return None                       # 由 + 李发有主持: a preposition before a whole name;
        #                                   由 + 金诚同达律师事务所, 于 + 龙泉公墓: before a firm's
        #                                   or a place's name
    if single and _doubled_function_word(t, i):
        return None                       # 宝宝 + 照已登记, 明明 + 白白: a surname that is mostly a word,
        #                                   doubled, makes a word (宝宝, 明明), no name (round 29, sn29)
    if function_surname:
        # 和, 由, 国, 平 ...: a name only after a cue word, or two strong given-name characters
        # at the start of a phrase, else the tagger decides (寿超, 怀瑶 are rare surnames)
        if GIVEN_CHARS.get(g1, 0) < STRONG_GIVEN:
            return None
    if single:
        # a word of the lexicon that begins with the surname; three characters tagged as a
        # person there are a name (李双喜), two are not (王府, 文明 are tagged so)
        three, tag3 = _lexicon().get(t[i:j + 2], (0, ""))
        # (孙家 + 豪: S家 is a word of the lexicon, but 家 begins the given name read above, after
        # a surname that is rarely a word's first character; 国家 + 水表 stays a word)
        word = 0 if family_given and name_surname \
            else max(_freq(t[i:j + 1]), 0 if tag3.startswith("nr") else three)
        # (a three-character name followed by what a person does: 唐书 + 恒拒不改正)
        cued = cue_before or (_person_after(t, j + 2) and _given_weight(t[j + 1], True) > 0
                              and t[j + 1] not in _STOP
                              and _lexicon().get(t[i:j + 1], (0, ""))[1].startswith("nr")) \
            or t.startswith(_STRONG_AFTER_CUES, j + 1) \
            or t.startswith(_STRONG_AFTER_CUES, j + 2) or _BRACKET_ROLE_RE.match(t, j + 1) \
            or _BRACKET_ROLE_RE.match(t, j + 2)
        limit = CUED_WORD_MIN if cued else (
            GIVEN_PAIR_WORD_MAX if _given_pair(t, j) or _topic_given_pair(t, i, j) else LEXICON_WORD_MIN)
        if surname not in FUNCTION_SURNAMES and surname not in _STOP and _word_then_given(t, i, j):
            return j + 2, None            # 王国明办证, 黄金刚（女婿）: a word and a given-name character
            #                               that stands alone after it make a full name
        if word >= limit and _three_after_word(t, i, j, listed) \
                and (three < LEXICON_WORD_MIN or (tag3.startswith("nr")
                                                  and not _plain_noun(t[i:j + 1]))):
            return j + 2, None            # 王国 + 栋系, 黄金 + 枝常年: a word and a given-name
            #                               character that ends the phrase make a full name
            #                               (纪念堂, tagged nr, begins with the noun 纪念: no name)
        if word >= limit and word == _freq(t[i:j + 1]) and _strong_person_context(t, i, j + 1) \
                and (_lexicon()[t[i:j + 1]][1] in _NAME_LIKE_TAGS or t[i:j + 1] in GIVEN_WORDS) \
                and not _org_follows(t, j + 1) and not state_word_at(t, i) and not _staff_post_at(t, j + 1) \
                and not _MANNER_MARK_AFTER_RE.match(t, j + 1):
            return j + 1, None            # 辅导员高山, 高山（75岁）, 齐心于2025年, 钟声大爷: a
            #                               word that is a name where only a person can stand
            #                               (患儿 + 严重过敏: how the child is); a given name's
            #                               word of any tag too (文静阿姨, 万里爷爷); not a word
            #                               that 地 or 了 marks as a manner or a change (学员高兴地说,
            #                               家长明白了)
        if word >= LEXICON_WORD_MIN and word == _freq(t[i:j + 1]) and _person_slot(t, i, j + 1) \
                and _lexicon()[t[i:j + 1]][1] not in _FUNCTION_TAGS:
            if j + 2 < len(t) and _given_weight(t[j + 1], True) >= STRONG_GIVEN \
                    and (t[j + 2] in _FIELD_ENDS or (not _is_word(t[j:j + 2]) and _stranded_after(t, j + 1))):
                return j + 2, None        # 户主：韦德 + 胜，: the field holds the whole name; 邻居柏树 +
                #                           堂等: a third character that would stand alone
            return j + 1, None            # 夏天同志, 南至马力宅, 任重（户主）, 【田野】, 理事长齐心〔电话〕:
            #                               any noun where nothing but a person can stand
        if word >= limit and word == _freq(t[i:j + 1]) and word < GIVEN_PAIR_WORD_MAX \
                and (i == 0 or t[i - 1] in _CLAUSE_OPENERS or t[i - 1] == "据") \
                and _SPEECH_AFTER_RE.match(t, j + 1) and _given_weight(g1, True) >= 1 \
                and (_lexicon()[t[i:j + 1]][1] in _NAME_LIKE_TAGS or t[i:j + 1] in GIVEN_WORDS) \
                and not any(t.startswith(b, i) for b in _BRANDS_FIRST.get(t[i], ())):
            return j + 1, None            # 高山反映, 白雪表示, 据江河介绍: a word at a clause's start
            #                               that says or tells is a speaker (高温称 is a noun's, 苏宁称
            #                               a brand's)
        act = _act_field(t, i, j + 1)
        if word >= limit and word == _freq(t[i:j + 1]) and _person_after(t, act) \
                and (_lexicon()[t[i:j + 1]][1].startswith("nr")
                     or (_lexicon()[t[i:j + 1]][1] in _NAME_LIKE_TAGS and _phrase_start(t, i)
                         and (i == 0 or t[i - 1] not in _PLACE_BEFORE))
                     or (_lexicon()[t[i:j + 1]][1] in _PLAIN_NOUN_TAGS and word < CUED_WORD_MIN
                         and (i == 0 or t[i - 1] in _CLAUSE_OPENERS)
                         and t.startswith(_REGISTER_ACTS, act))) \
                and _given_weight(g1, True) >= STRONG_GIVEN:
            return j + 1, None            # 乔红 + 住院期间, 高强 + 未按时: a word the lexicon
            #                               also knows as a name, doing what a person does
        if word >= limit:
            if not (name_surname and word < NAME_WORD_MAX and word == _freq(t[i:j + 1])
                    and _lexicon()[t[i:j + 1]][1].startswith("nr")
                    and _given_weight(g1, True) >= TOP_GIVEN):
                return None               # 王国, 高速, 方案, 周边, 黄金, 高速公路; 盖章, 栗子,
                #                           麦田: the lexicon tags many plain words nr
            undecided = True              # 陈兵, 李强, 王英 + 情绪, 李德 + 胜: rare words that are
            #                               names too, alone or with one more given character
        elif word >= LEXICON_WORD_MIN and not _lexicon().get(t[j:j + 2], (0, ""))[1] \
                .startswith("nr"):
            undecided = True              # 农林 + 水: a given pair outvotes a word the lexicon
            #                               knows only when the lexicon knows the pair as a
            #                               name (徐海 + 海燕); else the tagger reads the phrase
        if _in_shop_name(t, i) and not cue_before:
            return None                   # 王记胡辣汤, 李氏汤包: the surname is in a shop's trade
        if i > 0 and _is_cjk(t[i - 1]) and not cue:
            set_off = _phrase_before(t, i)
            if t[i - 1] not in _TIME_ENDS and not set_off \
                    and (_noun_ends_at(t, i + 1) or _org_ends_at(t, i + 1)) and not _strong_pair(t, j):
                return None               # 胡辣汤 + 永久, 酸菜鱼 + 新店: the surname ends a noun
            if _is_word(t[i - 1:i + 1]) and not set_off:
                undecided = True          # 时段硕 / 国王: the surname may end a word
    # Given names that are words (建国, 民主, 满仓, 和平: wishes and slogans of their years) follow
    # a surname that is rarely anything else; after other surnames a word is a word (庄金融街).
    pair_word = _is_word(t[j:j + 2])
    # (a word as frequent as 收入 or 银行 is a word whatever the surname: 毛收入, unless it is a
    # given name of its years: 民主, 开放; or it ends like a given name: 张 + 英国)
    word_name = pair_word and name_surname and (
        given_word or _freq(t[j:j + 2]) < CUED_WORD_MIN or _given_weight(t[j + 1], True) >= STRONG_GIVEN)
    if pair_word and not cue and not word_name and not given_word \
            and _freq(t[j:j + 2]) >= CUED_WORD_MIN:
        return None                       # 农商 + 银行, 毛 + 收入: a common word follows
    if pair_word and not cue_before and not word_name and _given_weight(t[j + 1], True) == 0:
        undecided = True
    end = j + 1
    stranded = False                      # (the third character ends the name as it cannot stand alone)
    if j + 1 < len(t):
        g2 = t[j + 1]
        if _given_runs_on(t, i, j):
            end = j + 2                   # 张满囤 + 称, 刘小脚, 蒋福来 + 独居 (_given_runs_on)
        #                                   (below: not 姚秋 + 川J901D4: a plate's province and letter)
        elif _is_cjk(g2) and g2 not in _STOP and g2 not in _NOT_GIVEN \
                and not (j + 2 < len(t) and "A" <= t[j + 2] <= "Z") \
                and not t.startswith(_AFTER_CUES, j + 1) and not address_title_at(t, j + 1) \
                and not (_person_after(t, j + 1) and not _title_yields(t, j + 1)) \
                and not _org_at(t, j + 1) and not (g2 in _HEAD_FIRST and _head_at(t, j + 1)) \
                and not (g2 in _PLACE_ENDS and not t.startswith(_PLACE_CHAR_WORDS, j + 1)):
            w2, next_word = _given_weight(g2, True), _freq(t[j + 1:j + 3])
            if word_name and _freq(t[j:j + 2]) >= next_word:
                end = j + 2               # 谭民主, 黄满仓
            elif g2 in _MODAL_SURNAMES and _is_word(t[j + 2:j + 4]):
                pass                      # 张英 + 应准时到场: a modal before a verb, no given name
            elif (w2 or (cue_before and g2 not in _function_word_first_chars()
                         and not (_one_char_act_at(t, j + 1) and _given_weight(g2, False) == 0))) and (
                    # (鸡场工人张磊 + 报病死禽: an act no given name begins; 车主张蒋 + 爱明 does)
                    next_word < LEXICON_WORD_MIN                      # 张伟 + 民: no word
                    or (w2 >= STRONG_GIVEN and next_word < GIVEN_PAIR_WORD_MAX   # 石一诺 夫妇
                        and not _verb_after_full_name(t, j))
                    or (_given_weight(g1, True) == 0    # 小, 二, 晓 do not end a given name,
                        and not _is_word(t[j + 1:j + 3]))  # but 万里 + 服刑, 田野 + 负责 do
                    or (w2 and _MEMBER_AFTER_RE.match(t, j + 2) is not None)):   # 张小平 + 等9户
                end = j + 2
            elif (_given_weight(g1, False) >= 1 or cue_before) \
                    and not _non_name_word(t[i:j + 1]) and not _is_word(t[i:j + 2]) \
                    and (_first_given_stranded(t, j + 1)
                         or ((w2 or g2 in GIVEN_CHARS) and g2 not in _NUMERALS
                             and not _is_word(t[j:j + 2]) and _glued_over(t, j + 1))
                         or (_rare_char(g1) and not _is_word(t[j:j + 2]) and _stranded_after(t, j + 1))
                         or ends_before_boundary(t, j + 1) or ends_before_act(t, j + 1)
                         or _given_ends_before_particle(t, j + 1)):
                end, stranded = j + 2, True   # 张国振 + 不在家, 欧学广 + 东西丢失, 梁煜城 + 与: left
                #                               out, the third character (after a rare second one,
                #                               any) would stand alone or strand the next; before a
                #                               cell's end or a mark, any (冯福先|: ends_before_boundary)
        elif g2 in _SOMETIMES_GIVEN and GIVEN_LAST.get(g2, 0) >= STRONG_GIVEN \
                and _given_weight(g1, False) >= 1 and not _is_word(t[j:j + 2]) \
                and (j + 2 >= len(t) or not (_is_cjk(t[j + 2]) or t[j + 2].isalnum())):
            end = j + 2                   # 苗春 + 来，: 来 ends a rural given name before a comma
        elif g2 in _JOINING_STOPS and (_given_weight(g1, False) >= 1 or cue_before) \
                and not _is_word(t[i:j + 2]) and ends_before_boundary(t, j + 1):
            end, stranded = j + 2, True   # 船主：吴继之，: a joining stop joins nothing before a mark
        elif g2 == "家" and _given_weight(g1, True) >= 1 and not _is_word(t[j:j + 2]) \
                and _ONE_PERSON_AFTER_RE.match(t, j + 2):
            end = j + 2                   # 王阳家 + 于2022年去世, 马兰家 + 确诊, 张诚家 + （毕业生: what
            #                               befalls or describes one person, not a household
        elif g2 in _NOUN_NAME_ENDS and GIVEN_LAST.get(g2, 0) >= 1 and g1 not in _NUMERALS \
                and _given_weight(g1, False) >= 1 and not _is_word(t[j:j + 2]) \
                and _stranded_after(t, j + 1):
            end = j + 2                   # 苗德元 + 十余年, 孔立中 + 已去世: 元 and 中 end given names
            #                               where they make no word with the next character
    if family_given:
        end = j + 2                       # 卢家 + 权夫妇: 家 begins a given name of two characters
    if end == j + 2 and not cue_before and _thing_head_end(t, end) \
            and (stranded or (word_name and not given_word and _given_weight(t[j], False) < STRONG_GIVEN)):
        return None                       # 杨木 + 床划伤, 龙凤 + 帖: the third character, no given
        #                                   name's, heads a thing the two before it modify (杨 +
        #                                   木床 read as a surname and a word; not 赵金 + 卡内: a
        #                                   strong given character, the person's card)
    if _masked_after(t, end):
        return None                       # 查李某某, 儿童杨×: the surname of an anonymised person
    if t.startswith(_TITLES, end) and t[end - 1] in _SINGLE_SET and (
            (end - j == 2 and _given_weight(t[j], False) == 0)
            or (end - j == 1 and (surname in FUNCTION_SURNAMES
                                  or _given_weight(t[j], True) < TOP_GIVEN))):
        return None                       # 由张 + 师傅, 解员李 + 老师: the title takes the last
        #                                   character as its surname
    if single and end > j + 1 and t[end - 1] == surname and not cue_before:
        end -= 1                          # 越小越好, 越来越: 越…越 is a construction, and a
        #                                   given name rarely repeats its own surname
    if end == j + 2 and t[end - 1] in _COUNT_NUMERALS and t[end:end + 1] in _COUNTED:
        end -= 1                          # 李强 + 四人均在…: the count of the list, no given name
    if not cue_before and ((t[end - 1] in _FEATURE_ENDS and _geography_near(t, end))
                           or (t[end:end + 1] in _FEATURE_ENDS and _geography_near(t, end + 1))) \
            or _water_named(t, i, end):
        return None                       # 艾山（俗称…），海拔625米, 巡查白浪 + 河，…采砂: a mountain
        #                                   or a river where the land is told; 章江 + 汛期, 向 + 柳江
        #                                   + 排放: a water where its flood or waste is told
    if not cue_before and (_banner_at(t, i, end) or (t[end - 1] in "旗盟" and (
            (_ETHNIC_UNIT_AFTER_RE.match(t, end - 1) and _BANNER_BEFORE_RE.search(t, max(0, i - 4), i))
            or (i > 0 and _is_cjk(t[i - 1]) and t[i - 1] not in _STOP
                and _BANNER_NAME_RE.search(t, max(0, end - 3), end))))):
        return None                       # 鄂尔多斯市 + 乌审旗, 阿拉善盟额济 + 纳旗, 四子 + 王旗,
        #                                   敖汉旗: a banner, in its city or league or by its name
    if not cue_before and _VEHICLE_BEFORE_RE.search(t, max(0, i - 6), i) and _VEHICLE_AFTER_RE.match(t, end):
        return None                       # 驾驶比亚迪 + 秦新 + 能源车, 驾驶福田 + 欧曼 + 重型货车: a model
    if not cue_before and ((end - j >= 2 and not _is_word(t[end - 1:end + 1]) and t[end - 1] in _SHRINE_ENDS)
                           or (t[end - 1] == "错" and _LAKE_AFTER_RE.match(t, end - 1))):
        return None                       # 桑耶寺, 塔尔寺, 白云观: a temple's name, not a given name;
        #                                   玛旁 + 雍错、: a lake's
    if not cue_before and end - i == 2 and t[end - 1] == "庭" and i > 0 and _is_cjk(t[i - 1]) \
            and t[i - 1] not in _STOP and t[i:end] in _ESTATE_COURTS:
        return None                       # 锦绣 + 华庭, 香榭 + 龙庭: an estate's name ends in its court
    # (城 ends given names too, 煜城: the estate's tail may be inside the candidate)
    tail = next((k for k in range(j, min(len(t), end + 1)) if t[k] in _ESTATE_TAILS), -1)
    if not cue_before and tail >= 0 and i > 0 and _is_cjk(t[i - 1]) \
            and t[i - 1] not in _STOP and not _is_word(t[tail:tail + 2]) and not _person_after(t, tail) \
            and not _person_after(t, tail + 1) \
            and (_ESTATE_BEFORE_RE.search(t, max(0, i - 10), i) or _ESTATE_AFTER_RE.match(t, tail + 1)):
        return None                       # 龙湖春 + 江郦 + 城, 御景 + 华 + 府, 龙湖春江 + 郦城 + 业主: an
        #                                   estate's name runs on, or ends in its tail
    if end == j + 2 and t[end - 1:end + 1] in _lexicon() and not _is_word(t[i:end]) \
            and _org_follows(t, end, given_read=True) and not _org_follows(t, end - 1, given_read=True) \
            and not _org_at(t, end - 1) and _given_weight(t[j], True) > 0:
        end -= 1                          # 郑涛 + 顶岗: the third character begins a word with the
        #                                   one after it, which read alone looked like a place's end
    if (_org_follows(t, end, given_read=t[i:end] not in COMPOUND_SURNAMES)
            and not (cue_before and _RIDDEN_VEHICLE_AFTER_RE.match(t, end))
            and not (t[end:end + 1] == "带" and _LEADS_CREW_RE.match(t, end))
            and not _keeper_of_premises(t, i, j, end)) \
            or ((not cue_before or listed) and (_VARIETY_KIND_CODE_RE.match(t, end - 1) or _VARIETY_CODE_RE.match(t, end)))\
            or (not cue_before and _MODEL_CODE_RE.match(t, end)):
        return None                       # (东方红 + LX904拖拉机: a product and its model code;
        #                                   郑麦 + 366, 冀张 + 薯12号: a crop's variety, in a list too:
        #                                   〔姓名〕 龙稻18 三等; but 骑手柏长贵 +
        #                                   电动车在路口…: after a role, the rider's vehicle, no shop)
    run = j
    while run < len(t) and run - j < 3 and t[run] in TRANSLIT_CHARS:
        run += 1
    if run > end and run - j >= 2 and not _is_word(t[j:run]) \
            and not (_is_word(t[run - 1:run + 1]) and not t.startswith(_AFTER_CUES, run)) \
            and not (end + 2 <= run and _freq(t[end:end + 2]) >= CUED_WORD_MIN) \
            and not (i > 0 and _is_word(t[i - 1:i + 1])) and _name_may_begin(t, i) \
            and (cue_before or _strong_person_context(t, i, run) or _person_after(t, run)
                 or ((i == 0 or t[i - 1] in _CLAUSE_OPENERS) and _subject_marked(t, i, run))):
        return run, None                  # 马 + 尔撒（回族）, 马 + 阿依莎，女, 妥 + 木乃申请: a transliterated
        #                                   given name (not 万里 + 多次: a frequent word after the
        #                                   name read, whole in the run, is no letters of it)
        #                                   given name, longer than the rules above read (not
        #                                   季 + 琴利 + 用, 姜 + 珍不 + 在, 了 + 解 + 沙雅琴: its last
        #                                   letter begins a word, the surname ends one, 经 + 查 +
        #                                   巴图: no name begins there; but 刘 + 德明 + 代为)
    if cue_before:
        if end == j + 1 and _given_weight(t[j], True) == 0 and _given_weight(t[j], False) == 0 \
                and (_lexicon().get(t[i:end], (0, ""))[1] in ("v", "vd", "d", "p", "c")
                     or (_lexicon().get(t[i:end], (0, ""))[1] in ("n", "vn") and _post_cue_before(t, i))):
            return None                   # 当事人 + 冒用 + 他人身份证: a verb after the cue, its
            #                               second character ending no given name; 局长 + 信箱: a
            #                               noun after a post makes a compound (当事人常识 is a name)
        if end == j + 1 and _is_word(t[i:end]) and t[i:end] not in GIVEN_WORDS \
                and t.startswith(_NOTICE_TITLE_WORDS, end):
            return None                   # 护林员 + 续聘 + 公示: what a notice's title says is done to
            #                               the persons the cue names, not one of them
        if end == j + 1 and _lexicon().get(t[j:end + 1], (0, ""))[1] == "n" \
                and _freq(t[j:end + 1]) >= CUED_WORD_MIN and _one_character_cue_before(t, i):
            return None                   # 由 + 原单位发放: an adjective and a noun after a cue of one
            #                               character, no name with half the noun
        if end == j + 1 and _given_weight(g1, True) == 0 and _freq(t[i:end]) >= LEXICON_WORD_MIN \
                and _lexicon()[t[i:end]][1] in ("n", "vn") and _lexicon().get(t[end:end + 2], (0, ""))[1] == "n" \
                and _plain_noun(t[end:end + 2]) and t[end] != "家":
            return None                   # 患者 + 门诊 + 费用: two nouns after a cue, the first of
            #                               which no name holds (当事人常识 + 在: the name 常识;
            #                               住户常识 + 家长期: 家 after a name is the person's home)
        if (surname in _STOP or surname in FUNCTION_SURNAMES) \
                and (_lexicon().get(t[i:j + 1], (0, ""))[1] == "t" and _freq(t[i:j + 1]) >= LEXICON_WORD_MIN
                     or (_lexicon().get(t[j:j + 2], (0, ""))[1] == "t"
                         and _freq(t[j:j + 2]) >= LEXICON_WORD_MIN and t[j:j + 2] not in GIVEN_WORDS)
                     or (t[j + 1:j + 2] in _LOCALITY_CHARS and not _is_word(t[j + 1:j + 3]))) \
                and not _cue_after(t, j + 1):
            return None                   # 户主 + 明年 + 搬迁, 船长 + 于 + 本周 + 返港, 船员 + 于 + 港内: a
            #                               time or a place after the cue, no name (之夫 + 于明 +
            #                               代为: a cue after the name; 组长 + 于国庆: a given name;
            #                               村医 + 冒曦 + 上门: 上 begins a word, no place's end)
        return None if state_word_at(t, i) or (end == i + 2 and _adverb_at(t, i)) else (end, None)
    given = t[j:end]
    if function_surname and len(given) == 1 and _given_weight(given, True) < TOP_GIVEN \
            and not (i > 0 and _is_cjk(t[i - 1])) and not (end < len(t) and _is_cjk(t[end])) \
            and not _strong_person_context(t, i, end):
        return None                       # a cell 续保 (alone, or in a table printed as text): a
        #                                   character that is mostly a word and one that is not
        #                                   among the commonest given names (成超 is a name), with
        #                                   nothing around them that only a person has, are a word
    weights = [_given_weight(given[0], False), max(_given_weight(given[1], True), int(stranded))] \
        if len(given) == 2 else [_given_weight(given, True)]
    if any(weights) and _rare_chars_of_word(t[i:end], given):
        weights = [0 if c not in GIVEN_CHARS else w for c, w in zip(given, weights)]
    if single and name_surname and len(given) == 2 and given[0] == given[1] and given[0] not in _NICK_NOT_DOUBLED \
            and _lexicon().get(given, (0, ""))[1] in ("n", "nr", "nz") and not _is_word(t[i:j + 1]) \
            and t[i:end] not in _lexicon() and t[i:end + 1] not in _lexicon() \
            and (i == 0 or not _is_cjk(t[i - 1]) or t[i - 1] in _CLAUSE_OPENERS) \
            and (end == len(t) or not _is_cjk(t[end])) and "、" not in (t[i - 1:i], t[end:end + 1]):
        return end, None                  # 郑毛毛/定金/, 谢毛毛；(not 电视机、张拉拉、: a list's thing): a doubled pet word after a surname,
        #                                   set off on both sides, is a milk name kept as a given name
        #                                   (round 27, nk27; not 常常, 刚刚: adverbs)
    if not any(weights) and (_person_slot(t, i, end) or _role_bracket_after(t, end)):
        return end, None                  # 任重（户主）, 白鸽（在校研究生）: characters of no given
        #                                   name, where only a person can stand
    if not any(weights) and len(given) == 1 and name_surname \
            and _given_weight(given, False) >= STRONG_GIVEN and not pair_word:
        if _cue_after(t, end) or _person_after(t, end) or _strong_person_context(t, i, end) \
                or _person_slot(t, i, end):
            return end, None              # 陈振 + 卡内, 孙卫 + ，中士: a character that begins given
            #                               names, alone after the surname where a person stands
        return end, NAME_TOKEN            # ... elsewhere the tagger decides
    if not any(weights):
        if word_name:
            return end, LONE_SURNAME      # 朱开放: a word after a surname; the tagger decides
        if name_surname and len(given) == 1 and not _is_word(t[i:end]) and _phrase_start(t, i) \
                and _person_after(t, end):
            return end, None              # 李想 + 转学, 叶绿 + 报名: a rare given character, but
            #                               no word, and what only a person does follows
        return None                       # no character of a given name and no cue (勾稽)
    if (_cue_after(t, end) or _person_after(t, end) or _role_noun_before(t, i)) \
            and not (i > 0 and _is_word(t[i - 1:i + 1]) and _freq(t[i - 1:i + 1]) >= CUED_WORD_MIN):
        return end, None                  # 白森 + 未到场, 闭红霞 + 于2025年: what a person does
        #                                   (临时 + 救助15770元: the surname ends a word before it)
        #                                   (高龄 + 老人: no given-name character, no name)
    if name_surname:
        strong = weights[0] >= 1 or word_name or (len(given) == 2 and given[0] == given[1])
    elif function_surname:                # 明 + 建华 at the start of a phrase
        strong = len(weights) == 2 and min(weights) >= STRONG_GIVEN and not pair_word \
            and _phrase_start(t, i)
    else:                                 # a surname that also begins everyday words
        strong = max(weights) >= STRONG_GIVEN and min(weights) >= 1
    if (undecided or not strong) and not (word_name or family_given) \
            and (i == 0 or t[i - 1] in _CLAUSE_OPENERS) \
            and (_SUBJECT_ACT_RE.match(t, end) or _ERRAND_AFTER_RE.match(t, end)):
        return end, None                  # 于健 + 在仓库搬运时被叉车撞伤: the subject of what only a
        #                                   person does
    if (undecided or not strong) and not word_name and len(given) == 2 \
            and (_role_bracket_after(t, end)
                 or (_PERSON_FRAME_BEFORE_RE.search(t, max(0, i - 5), i) is not None
                     and t.startswith(_PERSON_FRAME_AFTER, end))):
        return end, None                  # 关于 + 鲜牡丹 + 申请, 周三妹（户主）: a full name where only
        #                                   a person stands; the tagger reads 牡丹, 周三 as words
    if (undecided or not strong) and i > 0 and t[i - 1] in "[【" and t.startswith(("]", "】"), end) \
            and (i == 1 or t[i - 2] in _CELL_OPENERS):
        return end, None                  # [刘海滨] 认定未通过: a cell opens with a name alone in brackets
    if undecided and name_surname and len(given) == 2 and given[0] == given[1] \
            and _given_weight(given[1], True) >= TOP_GIVEN and not _is_word(t[j:end]) \
            and not _is_word(t[i:end]):
        return end, None                  # 乔丹丹, 金晶晶: a doubled given character (丹丹, 婷婷) is a
        #                                   name's shape, though the surname and its first make a
        #                                   word (乔丹): the tagger would cut the name there
    if undecided or not strong:
        if end - i == 2 and not cue_before and t.startswith(CROPS, end) \
                and not _lexicon().get(t[i:end], (0, ""))[1].startswith("nr"):
            return None                   # 华冠 + 番茄: a variety's name before its crop, where the
            #                               tagger would decide
        return end, LONE_SURNAME if word_name else NAME_TOKEN
    return end, None


# The trades' goods and documents (trade_goods.tsv), by their first character, longest first; and the
# characters any of them holds (a candidate inside one: 入 + 库单, 违 + 章押金).
_GOODS_FIRST: dict[str, tuple[str, ...]] = {}
for _w in sorted(TRADE_GOODS, key=len, reverse=True):
    _GOODS_FIRST[_w[0]] = _GOODS_FIRST.get(_w[0], ()) + (_w,)
_GOODS_CHARS = frozenset("".join(TRADE_GOODS))
GOODS_WORD_MAX = max(map(len, TRADE_GOODS))
# A count of goods after such a word, spaced or not (杨树3株, 乔木 6方, 余药2kg, 平车 16件): what no person has.
_GOODS_COUNT_AFTER_RE = re.compile(r"[ \t]?[0-9][0-9.,]*[ \t]?(?:立方米|平方米|立方|方|株|棵|根|件|公斤|千克|kg|KG|吨|"
                                   r"羽|只|头|箱|袋|桶|块|张|片|粒|发|枚|㎡|m²|m3|m³)")
# Verbs of goods right before such a word (装载 + 杨木, 退库 + 余药, 扣留 + 违章押金).
_GOODS_VERB_BEFORE_RE = re.compile("(?:装载|装运|运输|运载|拉运|采伐|砍伐|盗伐|种植|补植|栽植|栽种|补种|收购|销售|出售|购买|"
                                   "购进|加工|堆放|领取|退库|退还|扣留|暂扣|收取|扣除|扣押|注射|接种|免疫)[ \t]?$")
# ... or a bare number closing a bracket a name's note opens (张团结（杨木247）: the goods and their count).
_BRACKETED_COUNT_RE = re.compile(r"[0-9][0-9.]*[）)]")
# ... and what only a disease, a vaccine's target, has after it (马立克 + 已免, 新城疫 + 疫苗).
_GOODS_AFTER = ("已免", "疫苗", "免疫", "应免", "实免", "阳性", "阴性", "病毒")
# The edges of a row's cell (黄英 乔木 6方, 孙安琪/乔木, |种植体;).
_CELL_EDGES = frozenset(" \t/／|｜;；,，、\n")


def _goods_word_at(t: str, a: int) -> int:
    """Where a word of trade_goods.tsv that begins at ``t[a]`` ends, or 0."""
    return next((a + len(w) for w in _GOODS_FIRST.get(t[a], ()) if t.startswith(w, a)), 0) if a < len(t) else 0


def _goods_read(t: str, i: int) -> bool:
    """Is the surname's character at ``t[i]`` a trade's word's (trade_goods.tsv): inside one that
    begins before it (入 + 库单, 违 + 章押金), or the first of one in a slot no person stands in: before a
    count of goods (杨树3株, 乔木 6方), alone in a row's cell (孙安琪/方木, 黄英 乔木 6方), after a verb of
    goods (装载 + 杨木, 退库 + 余药), before what only a disease has (马立克 + 已免), or a word of three
    or more whose last two no given name has (高羊茅, 金叶女贞, 杨木单板)? Not after a person's cue."""
    for a in range(max(0, i - GOODS_WORD_MAX + 1), i):
        b = _goods_word_at(t, a)
        if b > i and (a == 0 or not _is_cjk(t[a - 1]) or t[a - 1] in _STOP or _goods_word_at(t, a) - a >= 3):
            return True                   # (a word begun before the surname's character holds it)
    b = _goods_word_at(t, i)
    if not b or _cue_before(t, i):
        return False
    if _GOODS_COUNT_AFTER_RE.match(t, b) or t.startswith(_GOODS_AFTER, b) \
            or (i > 0 and t[i - 1] in "（(" and _BRACKETED_COUNT_RE.match(t, b)) \
            or _GOODS_VERB_BEFORE_RE.search(t, max(0, i - 5), i):
        return True
    if b - i >= 3 and not (_given_weight(t[b - 2], False) and _given_weight(t[b - 1], True)):
        return True
    return (i == 0 or t[i - 1] in _CELL_EDGES) and (b == len(t) or t[b] in _CELL_EDGES) \
        and (i == 0 or t[i - 1] != "、") and (b == len(t) or t[b] != "、")


def _trade_word_hit(t: str, h: Hit) -> bool:
    """Is the hit, whichever reader found it (a run, a list, a row), a trade's word where a row or a
    count writes it (_goods_read), or a pet's breed or its name in a row (_breed_slot, _pet_name)?"""
    a, b = h.start, h.end
    if t[a] in _GOODS_FIRST and _goods_word_at(t, a) == b:
        return _goods_read(t, a)
    if t[a] in _BREEDS_FIRST and _breed_end(t, a) == b:
        return _breed_slot(t, a)
    return b - a == 2 and a > 0 and _BREED_BEFORE_RE.search(t, max(0, a - 12), a) is not None and _pet_name(t, a)


def _thing_head_end(t: str, end: int) -> bool:
    """Does the character before ``end`` head a thing's name, the one before it modifying it: a
    character of thing_heads.tsv (床, 帖, 房, 证) of no given name's weight? (杨木床, 龙凤帖, 安居房,
    石灰氮: round 27; not any noun's last character: 黄 + 春风 is a name)"""
    c = t[end - 1]
    return c in THING_HEADS and _given_weight(c, True) == 0 and _given_weight(c, False) == 0


def _rare_chars_of_word(name: str, given: str) -> bool:
    """Is a given-name character that counts only for its rarity (not in given_chars.tsv) part of
    a word the lexicon holds, as ``name`` whole, as a common word (余烬, 勾芡, 古谚, 冷噤, 蓝靛,
    铁砧: a rare character is taken for a given name's because no word uses it, but the lexicon's
    word with this very surname does; rare-character names, 王喆 or 张垚, are in no dictionary)?
    Round 19, jieba's dictionary words in neutral frames."""
    if all(c in GIVEN_CHARS for c in given):
        return False
    freq, tag = _lexicon().get(name, (0, ""))
    return freq > 0 and tag in _RARE_WORD_TAGS


# ... of a common word's tag: a noun, a verb, an adjective, an idiom (not a time word, a proper
# noun or a place, which the lexicon's rarest entries use for persons too: 牛犇 is tagged t).
_RARE_WORD_TAGS = frozenset({"n", "v", "vn", "a", "ad", "an", "z", "i", "l"})


# A public figure named in a commemorative phrase (学雷锋, 焦裕禄精神, 孔子学院) is no personal
# data: a person word of the lexicon at least this frequent (雷锋 232, 焦裕禄 51, 张思德 7 is
# left to the context alone), with such a phrase around it.
PUBLIC_FIGURE_MIN = 30
_COMMEMORATIVE_BEFORE = re.compile(r"(?:学习|学|弘扬|发扬|传承|纪念|缅怀|追忆|致敬|争做|争当|向)$")
# (after a public figure's whole name as the lexicon has it, 王羲之 + 故居; _EXAMPLE_AFTER_RE reads
# after any candidate and needs no lexicon)
_COMMEMORATIVE_AFTER = ("精神", "事迹", "纪念", "故居", "故里", "式的", "式", "思想", "理论", "语录",
                        "诞辰", "塑像", "雕像", "铜像", "学院", "干部学院", "小学", "中学", "班", "号",
                        "路", "广场", "公园", "文化", "文学奖", "图书馆", "同志学习", "的故事",
                        "的精神", "的事迹", "奖章", "勋章", "奖", "生前", "连队", "雕塑")
# ... or a few characters after it: a story, a work or a prize that bears the name (诸葛亮 + 草船借
# 箭的故事, 莫扎特 + 第四十号交响曲, 华罗庚 + 数学奖; not what a person tells of himself, nor a rank
# or a prize won: 李娜 + 获一等奖).
_FIGURE_WORK_AFTER_RE = re.compile(f"(?:(?![自我他她])[^，。；;,、\n]){{0,6}}?(?:故事|传说|人物|文化节|旅游节|主题公园"
                                   f"|交响曲|协奏曲|选段|童话|全集|诗集|文集|名句|名篇)"
                                   f"|(?:(?![获得等颁授领])[{_CJK}]){{0,4}}?奖(?![金励惩罚状品])")
# A dish named after a figure of history or of a story (李鸿章大杂烩, 曹操鸡, 杨贵妃醉鸡, 张飞牛肉,
# 武大郎烧饼): the dish's word right after the figure's name.
_FIGURE_DISH_AFTER_RE = re.compile("大杂烩|醉鸡|鸡丁|肉丁|[鸡鸭鹅鱼肉](?![场舍蛋苗])|鱼羹|肘子|豆腐|烧饼|牛肉|酥糖|面(?![前对临谈])"
                                   "|饼|宴|菜(?![市场园地])|[烧卤酱]")
# Titles of documents, as opposed to those of works: a name inside 《关于给予王强处分的决定》 is the
# person's.
_DOCUMENT_TITLE_RE = re.compile("关于|决定|通知|判决|裁定|调解|申请|报告|证明|协议|合同|通报|批复|意见|公告"
                                "|公示|名单|登记|记录|材料|简历|情况|说明|承诺|诉")
_FIGURES_JOINED = frozenset("与和、及")


# A name followed by what is said of a figure held up as an example (杨善洲精神宣传, 张桂梅老师
#事迹): no lexicon needed. Not 精神 of a person's health (精神状态, 精神残疾).
_EXAMPLE_AFTER_RE = re.compile(r"(?:同志|老师|先生|女士)?(?:的)?(?:先进)?事迹"
                               r"|(?:将军|烈士|同志|先生)?(?:纪念馆|纪念堂|纪念碑|纪念园|纪念展览?|纪念室|纪念广场|故居|陵园|烈士墓|铜像"
                               r"|雕像)"
                               r"|(?:将军|烈士|同志|先生)(?:纪念|诞辰)"
                               r"|奖章|勋章"
                               r"|式(?=[\u4e00-\u9fff])"
                               r"|(?:同志|老师)?的?精神(?!状态|病|残|障碍|疾|分裂|异常|科|卫生|萎靡|不振|压力"
                               r"|差|不好|失常|恍惚|紧张|上)")


_CELEBRATION_AFTER_RE = re.compile("文化节|艺术节|诗词大会|读书节|文化周|文化旅游节|诞辰|纪念活动|学术研讨会")


def _example_figure(t: str, i: int, end: int) -> bool:
    """A name held up as an example: 杨善洲精神, 黄大年式教师, 杨靖宇将军纪念馆, 学习张思德同志…,
    孙中山先生纪念展览; a festival or a contest named after a figure (蒲松龄文化节, 李清照诗词大会:
    the name may run one character past the candidate)."""
    if any(_CELEBRATION_AFTER_RE.match(t, k) for k in (end, end + 1) if k <= len(t)):
        return True
    if t[end:end + 1] in _FIGURES_JOINED and any(_EXAMPLE_AFTER_RE.match(t, end + 1 + n) for n in (2, 3)):
        return True                       # 学习张思德、白求恩精神: the list ends in what is said of
        #                                   the figures
    return _EXAMPLE_AFTER_RE.match(t, end) is not None or (
        _COMMEMORATIVE_BEFORE.search(t, max(0, i - 2), i) is not None
        and t.startswith(("同志", "老师", "先生", "将军", "烈士"), end))


def _public_figure(t: str, i: int, end: int) -> bool:
    """Does a public figure's name (a frequent person word of the lexicon) begin at ``i`` and
    cover the candidate up to ``end``, in a commemorative phrase (学雷锋活动, 弘扬焦裕禄精神, 孔子
    学院, 王羲 + 之故居)? (向 + 朱红军的邻居 holds the word 朱红 and names a neighbour.)"""
    for n in (3, 2):
        if i + n < end:
            continue
        if _figure_word(t[i:i + n]) and (_figure_context(t, i, i + n) or _figure_beside(t, i, i + n)):
            return True
    return False


def _figure_word(w: str) -> bool:
    freq, tag = _lexicon().get(w, (0, ""))
    return freq >= PUBLIC_FIGURE_MIN and tag.startswith("nr")


def _figure_context(t: str, i: int, end: int) -> bool:
    """Is the figure's name ``t[i:end]`` remembered, or does a work, a story, a prize, a dish or
    an institution bear it (宋庆龄儿童医学中心, 《孙悟空三打白骨精》, 曹操鸡)?"""
    return _COMMEMORATIVE_BEFORE.search(t, max(0, i - 2), i) is not None \
        or t.startswith(_COMMEMORATIVE_AFTER, end) or _org_follows(t, end) \
        or _FIGURE_WORK_AFTER_RE.match(t, end) is not None or _FIGURE_DISH_AFTER_RE.match(t, end) is not None \
        or _in_work_title(t, i)


def _figure_beside(t: str, start: int, end: int) -> bool:
    """Is the figure ``t[start:end]`` joined by 与, 和 or 、 to a figure that its own context shows
    (林黛玉、贾宝玉 + 红楼梦人物展, 黄忠、马超 + 三国文化主题公园)? (王晓东与赵大明 + 领取补贴 are
    persons, whatever novels the lexicon read.)"""
    if t[end:end + 1] in _FIGURES_JOINED:
        return any(_figure_word(t[end + 1:end + 1 + n]) and _figure_context(t, end + 1, end + 1 + n)
                   for n in (3, 2))
    if start > 2 and t[start - 1] in _FIGURES_JOINED:
        return any(_figure_word(t[start - 1 - n:start - 1]) and _figure_context(t, start - 1 - n, start - 1)
                   for n in (3, 2))
    return False


def _in_work_title(t: str, i: int) -> bool:
    """Is ``i`` inside the title of a work (《孙悟空三打白骨精》, 《梁山伯与祝英台》), not of a
    document?"""
    opened = t.rfind("《", 0, i)
    if opened < 0 or t.rfind("》", 0, i) > opened:
        return False
    closed = t.find("》", i)
    return closed > 0 and _DOCUMENT_TITLE_RE.search(t, opened, closed) is None


# A character of a play (董永由本地演员饰演, 冯素珍一角, 扮演林冲, 排演穆桂英): a role, whoever
# plays it; a figure the answer of a riddle, an image shown or a craft's subject (以孙悟空、鲁智深为
# 谜底, 关公、张飞等形象, 花荣、张清的传说, 包公脸谱, 钟馗面具; the figure's name may run on past the
# candidate, not into a person's home: 张伟家的彩灯).
_ROLE_PLAYED_BEFORE_RE = re.compile("(?:饰演|扮演|排演|上演|反串)$")
_ROLE_PLAYED_AFTER_RE = re.compile("一角|的角色|由[^，。；;,]{1,10}?(?:饰演|扮演|出演)"
                                   f"|(?:(?![的家之])[{_CJK}]){{0,2}}?(?:(?:、[{_CJK}]{{1,5}}?)*(?:为谜底|等(?:人物)?形象|的传说)"
                                   "|面具|面人|脸谱|的扮相|的唱腔|唱段|一折)")


def _stage_role(t: str, i: int, end: int) -> bool:
    return _ROLE_PLAYED_AFTER_RE.match(t, end) is not None \
        or _ROLE_PLAYED_BEFORE_RE.search(t, max(0, i - 2), i) is not None


# Works and their authors. A person named inside the title of a book, a play, a film or a song
# (《包法利夫人》, 《刘三姐》, 《杨乃武与小白菜》, 《扁鹊见蔡桓公》) is its character or its subject:
# offices name no private person inside 《》, but for the title of a document (《关于给予王强处分的
# 决定》, 《张伟入党申请书》, 《王芳同志事迹材料》) or an essay about one's own (《我的奶奶王秀英》).
# A name may stand right before or after a title (王五借《红楼梦》): it is outside the brackets and
# read as any other, but where it is the work's author (《红楼梦》作者曹雪芹, （杨沫著）, 路遥写的
# 《人生》) it names a writer.
WORK_TITLE_MAX = 30      # characters between 《 and 》: longer is no title of a work
AUTHOR_NAME_MAX = 4      # characters of an author's name beside a title (司马迁, 奥斯特洛夫斯基 aside)
_PRIVATE_TITLE_RE = re.compile(_DOCUMENT_TITLE_RE.pattern + "|申请书|承诺书|保证书|责任书|告知书|确认书|协议书|检讨书"
                               "|悔过书|倡议书|委托书|证书|聘书|感谢信|表扬信|推荐信|来信|[记请报统审调]表|花名册"
                               "|档案|笔录|讲话|发言|汇报|总结|述职|鉴定|事迹|简历|[我俺咱]")
_AUTHOR_BEFORE_TITLE_RE = re.compile("(?:写的|著的|所著的?|编著的|主编的|创作的|著)《")
_READING_BEFORE_RE = re.compile("(?:借阅|阅读|朗读|背诵|推荐|讲解|分享|赏析|学习|读|读了|看了)$")
_AUTHOR_CUE_AFTER_TITLE_RE = re.compile("[（(]?(?:作者|著者|原著|作家)[:：]?[ \t]?$")
_AUTHOR_END_RE = re.compile("(?:等?(?:著|编著|主编|编|译))?(?=[）)，,。；;、 \t\n]|$)")


def _work_title_close(t: str, i: int) -> int:
    """The index of the 》 closing the title of a work that ``i`` is inside, or -1 (not inside
    one, or inside a document's or an essay's title)."""
    opened = t.rfind("《", max(0, i - WORK_TITLE_MAX), i)
    if opened < 0 or t.find("》", opened, i) >= 0:
        return -1
    closed = t.find("》", i, opened + WORK_TITLE_MAX + 1)
    if closed < 0 or _PRIVATE_TITLE_RE.search(t, opened + 1, closed):
        return -1
    return closed


# An English export's work and its author after it ('The True Story of Ah Q' (Lu Xun), "Red
# Sorghum" by Mo Yan, 《红楼梦》(Cao Xueqin)): a writer, not the borrower before the title.
_QUOTED_TITLE_RE = re.compile("'[^'\n]{2,60}'|\"[^\"\n]{2,60}\"|“[^”\n]{2,60}”|‘[^’\n]{2,60}’|《[^》\n]{1,30}》")
_LATIN_AUTHOR_BEFORE_RE = re.compile("(?:(?i:\\b(?:returned|borrowed|borrows|returns|read|reads|renewed|reserved|lent"
                                     "|donated|recommended|book|novel|film|movie|play|opera|song|title|copy|DVD|CD))"
                                     "[ \t]+(?:the[ \t]+(?:book|novel|film|play|opera|song)[ \t]+)?"
                                     "(?:'[A-Z][^'\n]{1,60}'|\"[A-Z][^\"\n]{1,60}\"|“[A-Z][^”\n]{1,60}”|‘[A-Z][^’\n]{1,60}’)"
                                     "|《[^》\n]{1,30}》)[ \t]*(?:\\([ \t]*(?:by[ \t]+)?|,?[ \t]*by[ \t]+)$")


def _latin_author_after_title(t: str, h: Hit) -> bool:
    if h.detector != LATIN_DETECTOR or not _LATIN_AUTHOR_BEFORE_RE.search(t, max(0, h.start - 90), h.start):
        return False
    bracketed = t[:h.start].rstrip(" \t").endswith(("(", "by")) and "(" in t[max(0, h.start - 6):h.start]
    return t.startswith(")", h.end) if bracketed else (h.end == len(t) or t[h.end] in ",;.)，；。")


def _work_author_end(t: str, i: int) -> int:
    """The end of a work's author named at ``i`` (路遥写的《人生》, 读鲁迅的《故乡》, 《红楼梦》作者
    曹雪芹, 《家》（巴金著）), or 0; not the author of a document (王五写的《情况说明》)."""
    for n in range(2, AUTHOR_NAME_MAX + 1):
        k = i + n
        if k > len(t) or not all(_is_cjk(c) for c in t[i:k]):
            break
        m = _AUTHOR_BEFORE_TITLE_RE.match(t, k)
        if m is not None:
            opened = m.end()              # (just past the 《)
        elif t.startswith("的《", k) and _READING_BEFORE_RE.search(t, max(0, i - 3), i):
            opened = k + 2
        else:
            continue
        return k if _work_title_close(t, opened) >= 0 else 0
    closed = t.rfind("》", max(0, i - 8), i)
    if closed < 0 or _work_title_close(t, closed) != closed:
        return 0
    between = t[closed + 1:i]
    cued = _AUTHOR_CUE_AFTER_TITLE_RE.match(between) is not None
    bracketed = between in ("（", "(")
    if not (cued or bracketed):
        return 0
    for n in range(AUTHOR_NAME_MAX, 1, -1):
        k = i + n
        if k > len(t) or not all(_is_cjk(c) for c in t[i:k]):
            continue
        m = _AUTHOR_END_RE.match(t, k)
        if m is None:
            continue
        if cued or m.end() > k or (bracketed and _figure_word(t[i:k])):
            return k
    return 0


# A storm's name (台风“杜苏芮”, 第5号台风桑达, “莫兰蒂”台风过境): the lists of the typhoon committee
# give storms names of people, flowers and gods, read as names by nothing else.
_STORM_BEFORE_RE = re.compile("(?:台风|热带风暴|热带低压|飓风|气旋)[ \t]*[“\"「『]?$")
_STORM_AFTER_RE = re.compile(f"(?P<rest>[{_CJK}]{{0,3}}?)[”\"」』][ \t]*(?:号)?(?:台风|热带风暴)")
_STORM_WORD_RE = re.compile("台风|热带风暴|热带低压|飓风|气旋")   # (a text without them names no storm)
_STORM_QUOTES = "“\"「『"
_STORM_CLOSES = "”\"」』"
_STORM_NAME_MAX = 5


def _in_storm_name(t: str, h: Hit) -> bool:
    """Does a storm's name hold the name read, by whatever reading it was found (台风莫兰蒂过境,
    台风“苏迪罗”)?"""
    opened = max((t.rfind(q, max(0, h.start - 3), h.start) for q in _STORM_QUOTES), default=-1)
    start = opened + 1 if opened >= 0 else h.start
    return _storm_name_end(t, start, h.end) >= h.end


def _storm_name_end(t: str, i: int, end: int) -> int:
    """Where the storm's name that begins at ``i`` and holds ``t[i:end]`` ends, or 0 when it names
    no storm: its closing quote, or the candidate's end (台风 + 莫兰蒂; “苏迪罗” + 台风)."""
    if _STORM_BEFORE_RE.search(t, max(0, i - 8), i) is not None:
        if t[i - 1:i] not in _STORM_QUOTES:
            return end
        close = min((k for k in (t.find(c, i, i + _STORM_NAME_MAX + 1) for c in _STORM_CLOSES) if k > 0),
                    default=end)
        return max(close, end)
    after = _STORM_AFTER_RE.match(t, end)
    if after is None or t[i - 1:i] not in _STORM_QUOTES or after.end("rest") - i > _STORM_NAME_MAX:
        return 0                          # (王建国 + 台风天: a person before the word, no quotes)
    return after.end("rest")


# (_names.TRANSLIT_CHARS: a run of characters of transliterated names on each side of a middle
# dot is a person's name)
_CJK_FULL_STOP_RE = re.compile(f"[{_CJK}][.-][{_CJK}]")   # (amounts and dates have them too)
_DOTTED_RE = re.compile(f"[{_CJK}]+(?:[{NAME_DOTS}][{_CJK}]+)+")
# The shortest run of such characters on each side that still reads as a name part.
TRANSLIT_MIN = 2


# The clans of the Manchu, written before a dot and a Han given name (爱新觉罗·恒旭, 叶赫那拉·英).
MANCHU_CLANS = ("爱新觉罗", "叶赫那拉", "伊尔根觉罗", "钮祜禄", "瓜尔佳", "赫舍里", "舒穆禄", "他塔拉",
                "富察", "那拉", "佟佳",
                # (round 18: more of the eight banners' clans; the longest first where one ends
                # another, 乌拉那拉 before 那拉)
                "乌拉那拉", "辉发那拉", "西林觉罗", "索绰罗", "郭络罗", "喜塔腊", "萨克达", "章佳", "马佳",
                "兆佳", "董鄂", "伊拉里", "费莫", "乌雅", "完颜")
_MANCHU_CLANS_LONGEST = tuple(sorted(MANCHU_CLANS, key=len, reverse=True))
# (a clan of three characters or more, written without the dot before a Han given name of one or
# two, 叶赫那拉毓贤, 索绰罗荣庆, is read so where the people is named beside it: _people_item_shape)
_MANCHU_CLANS_UNDOTTED = tuple(c for c in _MANCHU_CLANS_LONGEST if len(c) >= 3)
# The clans (家支) of the Yi of Liangshan, written before a dot and a given name of letters (海来·阿芝,
# 日色·阿呷): characters the transliteration set lacks, read whole as the name's first part.
YI_CLANS = ("阿说", "阿苦", "阿西", "阿牛", "阿尔", "阿约", "阿的", "阿力", "阿鲁", "吉克", "吉木", "吉伍",
            "吉史", "吉地", "吉觉", "曲比", "曲木", "曲莫", "马海", "马黑", "沙马", "俄木", "俄狄", "俄底",
            "勒格", "海来", "日色", "日火", "瓦扎", "瓦其", "倮伍", "果基", "罗洪", "苏呷", "的日", "伍合",
            "巫莫", "金古", "加拉", "立布", "莫色", "井曲", "恩扎", "蒋吉", "拉玛", "达久")

# The longest given name read before a dotted name's first dot, and the characters that end it:
# particles and conjunctions that no transliteration uses.
TRANSLIT_SIDE_MAX = 8
_DOT_SIDE_BREAKS = frozenset("的了和与及在由给向对被把是为系经将从已于籍患") | set(NAME_DOTS)
# 'Abdu- (servant of) as names begin with it (阿不都外力, 阿布都热合曼, 哈布都拉, 阿卜都): its 都 is a
# letter, never the adverb, and the letter after it begins the rest of the name (·阿不都 + 外力家…:
# 外 no stop there; sixteenth round).
_ABDU = frozenset({"阿不都", "阿布都", "哈布都", "阿卜都", "阿普都", "艾布都"})
# The longest family name after the dot read whole where the characters of transliteration do not
# cover it (居来提 of 排尔哈提·居来提): up to where the text's run of characters ends.
FAMILY_SIDE_MAX = 4


def _letters_to_phrase_end(t: str, k: int) -> bool:
    """Do letters of transliteration run from ``k`` to the phrase's end within FAMILY_SIDE_MAX
    characters, or over three characters at least (阿不 + 都 + 外力；, 阿不 + 都 + 热合曼按见习…:
    the 都 of 阿不都 is a letter there, not an adverb before a verb)?"""
    e = k
    while e < len(t) and e - k < FAMILY_SIDE_MAX and t[e] in TRANSLIT_CHARS:
        e += 1
    return e > k and (e == len(t) or not _is_cjk(t[e]) or e - k >= 3)


def _letters_to_person_mark(t: str, start: int, k: int) -> bool:
    """Do one to three letters of transliteration run from ``k`` to what marks the name from
    ``start`` a person's (·马那 + 提 + 申请…, ·阿不 + 都 + 拉来电: the 那 or 都 a letter between letters,
    no pronoun nor adverb there; sixteenth round)?"""
    e = k
    while e < len(t) and e - k < 3 and t[e] in TRANSLIT_CHARS:
        e += 1
    return e > k and (e == len(t) or not _is_cjk(t[e]) or t.startswith(_PERSON_SUBJECT_HOLDS, e)
                      or t.startswith(_PERSON_SUBJECT_ACTS, e) or t.startswith(_SUBJECT_ACTS, e)
                      or _person_after(t, e))


def _mostly_translit(side: str) -> bool:
    return bool(side) and 2 * sum(c in TRANSLIT_CHARS for c in side) >= len(side)


# A middle dot typed with spaces around it (亚森 · 托合提, 吐尼沙汗· 海力力, 阿依古丽 •买买提), as
# listings of the west write it by hand: read as the dot alone (the spaces are taken out, the name
# read, its span given back on the text as written). Only spaces between a character and a marked
# dot count: a full stop or a hyphen with spaces is a sentence's or a range's.
_SPACED_DOT_RE = re.compile(f"(?<=[{_CJK}])[ \t\u3000]*[{MARKED_DOTS}][ \t\u3000]*(?=[{_CJK}])")


def _dotted_hits(t: str, named_things: list[tuple[int, int]] | None = None) -> list[Hit]:
    """_dotted_name_hits, on a text whose marked dots may stand between spaces."""
    if " " not in t and "\t" not in t and "\u3000" not in t:
        return _dotted_name_hits(t, named_things)
    keep, pos = [], 0                     # positions of the characters kept, in the text as written
    for m in _SPACED_DOT_RE.finditer(t):
        keep += range(pos, m.start())
        keep += [k for k in range(m.start(), m.end()) if t[k] not in " \t\u3000"]
        pos = m.end()
    if not pos:
        return _dotted_name_hits(t, named_things)
    keep += range(pos, len(t))
    u = "".join(t[k] for k in keep)
    keep.append(len(t))
    things: list[tuple[int, int]] = []
    hits = [Hit(h.kind, keep[h.start], keep[h.end - 1] + 1, h.detector)
            for h in _dotted_name_hits(u, things)]
    if named_things is not None:
        named_things += [(keep[a], keep[b - 1] + 1) for a, b in things]
    return hits


# Words of motion and place written before a place's name (从根河调入, 赴纳木错, 迁往鄂伦春), some of
# them rare surnames too (从, 经, 回); not 向, 于, 由, common surnames before given names that
# are places as well (向卫东, 于建华, 由建华).
_PLACE_PREPOSITIONS = frozenset("从经往赴至到在自离回返")
# ... read so where a move follows the place (从根河 + 调入) or the place runs on past the name
# (从正蓝 + 旗): a name of such a surname and a place's characters stays a name elsewhere.
_MOVES_AFTER_PLACE = ("调入", "调出", "调来", "迁入", "迁出", "迁来", "转入", "转出", "转来", "搬来")
# ... and the places the domain's words list (巴音布鲁克, 可可托海: towns and grasslands, tagged ns)
_PLACES_WHOLE = KNOWN_PLACES | frozenset(w for w, (_f, tag) in DOMAIN_WORDS.items() if tag == "ns" and len(w) >= 3)
_KNOWN_PLACE_LENGTHS = sorted({len(p) for p in _PLACES_WHOLE if 2 <= len(p) <= 8}, reverse=True)


def _in_known_place(t: str, h: Hit) -> bool:
    """Is the name found part of a known place's name (巴音布 + 鲁克, 纳木 + 错, 羊卓 + 雍错: the place
    holds the whole of it and more; a place of three characters at least), or a preposition
    before a known place (从 + 根河 + 调入, 从 + 正蓝 + 旗), with no cue before it? The regions'
    lakes, grasslands and banners begin with a surname's character as often as their people's
    names do (sixteenth round)."""
    if _any_cue_before(t, h.start):
        return False
    if t[h.start] in _PLACE_PREPOSITIONS and any(
            t[h.start + 1:h.start + 1 + n] in KNOWN_PLACES
            and (h.start + 1 + n > h.end
                 or t.startswith(_MOVES_AFTER_PLACE, h.end + (t[h.end:h.end + 1] in "旗县市区州盟乡镇")))
            for n in _KNOWN_PLACE_LENGTHS if h.end <= h.start + 1 + n <= len(t)):
        return True
    for s in range(max(0, h.start - 6), h.start + 1):
        for n in _KNOWN_PLACE_LENGTHS:
            if n >= 3 and h.end <= s + n <= len(t) and (s < h.start or s + n > h.end) and t[s:s + n] in _PLACES_WHOLE:
                return True
        if s + 4 >= h.end and s + 4 <= len(t) and s < h.start - 1 and _lexicon().get(t[s:s + 4], (0, ""))[1] == "ns" \
                and (not _person_after(t, s + 4) or t[s - 1:s] in _PLACE_PREPOSITIONS):
            return True                   # 图道 + 多吉: a place of four the lexicon knows (as
            #                               _lexicon_place_at reads it, from further before)
    return False


def _elements_at_dots(t: str, a: int, b: int, first_dot: int, last_dot: int) -> tuple[int, int]:
    """A dotted name's span widened to the name elements that end at its first dot and begin after
    its last (贾巴 + ·布哈, 立立·木果, 俄木·日哈, 格桑·旺姆: a Yi clan and a given name, Tibetan
    elements, with characters the letters of transliteration lack): the list of elements says
    where such a part begins and ends (sixteenth round)."""
    e = next((n for n in ELEMENT_LENGTHS if n <= first_dot and t[first_dot - n:first_dot] in NAME_ELEMENTS
              and (first_dot - n == 0 or t[first_dot - n - 1] in _DOT_SIDE_BREAKS or not _is_cjk(t[first_dot - n - 1])
                   or _any_cue_before(t, first_dot - n) or first_dot - n >= a)), 0)
    if e:
        a = min(a, first_dot - e)
    n = name_element_length(t, last_dot + 1)
    if n and not _org_follows(t, last_dot + 1 + n):
        b = max(b, _name_ending(t, last_dot + 1 + n))
    c = _element_chain(t, last_dot + 1)
    if c > b and not _org_follows(t, c):
        b = c                             # (twenty-first round: ·斯琴 + 吉日嘎拉, ·额尔很 + 高娃)
    return a, b


def _element_chain(t: str, k: int) -> int:
    """Where two name elements or more in a row, letters of transliteration among them, end
    from ``k`` (斯琴 + 吉日嘎拉, 巴特尔 + 吉日嘎拉, 宝力道 + 其木格: a Mongolian family side after a
    dot whose second element begins with characters the letters lack; twenty-first round), ending
    where the text's run of characters ends or before a particle or a joiner; else 0."""
    if not name_element_length(t, k):
        return 0                          # (the run begins with an element, not a letter)
    k, elements = element_run(t, k, TRANSLIT_SIDE_MAX)
    if elements < 2 or (k < len(t) and _is_cjk(t[k]) and t[k] not in _DOT_SIDE_BREAKS
                        and t[k] not in _DAI_NAME_AFTER and not _person_after(t, k) and not _is_verb(t[k:k + 2])):
        return 0
    return k


def _dotted_name_hits(t: str, named_things: list[tuple[int, int]] | None = None) -> list[Hit]:
    """Transliterated names with a middle dot (居民阿依古丽·买买提申请): the run of
    transliteration characters before the first dot and after the last, outside a title
    (《…·…》) and not part of a place or organisation name. The spans of such names that are
    part of an organisation's name or a title go to ``named_things`` (艾尔肯·吐尔逊农民专业合作社:
    no reading may take a part of them)."""
    hits = []
    for m in _DOTTED_RE.finditer(t):
        start, end = m.start(), m.end()
        first_dot = min(k for k in range(start, end) if t[k] in NAME_DOTS)
        last_dot = max(k for k in range(start, end) if t[k] in NAME_DOTS)
        # The given name before the dot runs over characters of transliteration and over others
        # among them (兰 in 努尔兰, 威海且 in 布威海丽且姆), up to a particle or a cue's end, and is
        # cut to begin with a transliteration character, half of its characters being such
        # (中国·青岛 is a place; 因 + 迪丽拜尔). The family name after the dot: transliteration
        # characters up to a verb or what a person does.
        a = first_dot
        while a > max(start, first_dot - TRANSLIT_SIDE_MAX) and t[a - 1] not in _DOT_SIDE_BREAKS \
                and not _any_cue_before(t, a) and not _role_noun_before(t, a):
            a -= 1                        # (护林员 + 阿依达娜‧胡安: a role ends before the name)
        b = last_dot + 1
        while b < end and t[b] in TRANSLIT_CHARS and not (
                b > last_dot + 1 and ((t[b] in _STOP and t[b - 2:b + 1] not in _ABDU and t[b - 3:b] not in _ABDU
                                       and b + 1 < len(t) and _is_cjk(t[b + 1])
                                       and not _letters_to_phrase_end(t, b + 1)
                                       and not _letters_to_person_mark(t, last_dot + 1, b + 1))
                                      or _is_verb(t[b:b + 2])
                                      or _person_after(t, b) or t.startswith(_AFTER_CUES, b))):
            b += 1                        # (约翰·史密斯来访: 来访 is no part of the name)
        if b < len(t) and _is_cjk(t[b]) and t[b] not in _DOT_SIDE_BREAKS and t[b] not in _STOP \
                and (b + 1 >= len(t) or not _is_cjk(t[b + 1])
                     or (b > last_dot + 1 and _name_may_end(t, b + 1) and not _is_word(t[b:b + 2])
                         and not _is_word(t[b - 1:b + 1]))) \
                and _given_weight(t[b], True) >= 1:
            b += 1                        # 努尔 + 兰12491元, 胡 + 安因…: a last character outside the set
        word_end = max((k + n for k in range(a, first_dot) for n in (2, 3)
                        if k + n < first_dot and _common_word(t[k:k + n])
                        and not all(c in TRANSLIT_CHARS for c in t[k:k + n])), default=None)
        #                                   (买买提 + 江·吐尔逊: a word of the lexicon that is a name)
        if word_end is not None and _mostly_translit(t[word_end:first_dot]):
            a = word_end                  # 专家 + 英格丽·汉森: the name begins after a word
        elif first_dot - a >= 3 and (a == 0 or not _is_cjk(t[a - 1]) or _any_cue_before(t, a)) \
                and t[a] not in _STOP and all(c in TRANSLIT_CHARS for c in t[a + 1:first_dot]):
            pass                          # 成员：鲍 + 尔江·吐尔逊: at the phrase's start, one
            #                               character outside the set begins the name
        else:
            a = next((k for k in range(a, first_dot) if t[k] in TRANSLIT_CHARS
                      and _mostly_translit(t[k:first_dot])), first_dot)
        if b - last_dot - 1 < TRANSLIT_MIN and first_dot - a >= TRANSLIT_MIN \
                and all(c in TRANSLIT_CHARS for c in t[a:first_dot]) \
                and end - last_dot - 1 <= FAMILY_SIDE_MAX \
                and not any(c in _DOT_SIDE_BREAKS for c in t[last_dot + 1:end]) \
                and not t.startswith(_MASKS, last_dot + 1):
            b = end                       # 排尔哈提·+ 居来提（…）: a family name of other letters
            #                               that the dotted run ends, after a given name of letters
        yi_clan = next((c for c in YI_CLANS if t.startswith(c, first_dot - len(c))), "")
        if yi_clan:
            a = min(a, first_dot - len(yi_clan))   # 日色 + ·阿呷: a Yi clan's characters, no letters
        a, b = _elements_at_dots(t, a, b, first_dot, last_dot)
        clan = next((c for c in _MANCHU_CLANS_LONGEST if t.startswith(c, first_dot - len(c))), "")
        if clan and first_dot == last_dot:
            a = first_dot - len(clan)     # 爱新觉罗·启星: a Manchu clan and a Han given name of one
            b = last_dot + 1              # or two characters
            while b < min(len(t), last_dot + 3) and _is_cjk(t[b]) and t[b] not in _STOP \
                    and not _person_after(t, b) and not _is_verb(t[b:b + 2]):
                b += 1
        if first_dot - a < TRANSLIT_MIN or b - last_dot - 1 < 1:
            continue
        if t.count("《", 0, a) > t.count("》", 0, a) or _org_follows(t, b) \
                or (t[b - 1] in _EPONYM_FIRST and _EPONYM_AFTER_RE.match(t, b - 1)):
            #                               (尼曼-匹克 + 病: a disease two physicians name)
            if named_things is not None:
                named_things.append((a, b))
            continue
        hits.append(Hit("person_name", a, b, DETECTOR))
    return hits


# Posts of work and service (service_roles.tsv's work, domain_words.tsv's jobs, post_titles.tsv)
# by their first character: after a word that grades it (金牌 + 月嫂, 银牌 + 月嫂, 首席 + 技师), the
# post's first character ends no name the word begins (round 27, dw27).
_POST_WORD_FIRST = _by_first(sorted({w for w in SERVICE_WORK_ROLES + POST_TITLES if len(w) >= 2}
                                    | {w for w in JOB_WORDS if len(w) >= 2}, key=len, reverse=True))


def _three_after_word(t: str, i: int, j: int, listed: bool = False) -> bool:
    """Is ``t[i:j + 2]`` a three-character name whose first two make a word (王国栋, 许国梁,
    黄金枝): the third a common last given-name character that makes no word with the second
    or the next, then punctuation, a particle or what a person does? ``listed``: a name found
    before it joined by 、 (孙欣欣、王国斌负责, 殷嘉彤、白天文未登记) says so whatever follows."""
    k = j + 1
    if _lexicon().get(t[i:j + 1], (0, ""))[1].startswith(_NOT_GIVEN_TAGS) and not listed:
        return False                      # 周末 + 常独自: a time word, an adverb, a numeral
    if k >= len(t) or _given_weight(t[k], True) < STRONG_GIVEN or t[k] in _STOP \
            or t[k] in _PLACE_ENDS or _is_word(t[j:k + 1]) or _is_word(t[k:k + 2]) \
            or _starts(t, k, _POST_WORD_FIRST):
        return False                      # (金牌 + 月嫂: a post the word grades)
    nxt = t[k + 1:k + 2]
    return listed or nxt in ("", "系") or not (_is_cjk(nxt) or nxt.isalnum()) or _person_after(t, k + 1)


# Characters that end a noun after a word as often as they end a given name (李子 + 树, 刘海 + 儿,
# 周转 + 金, 惠民 + 保, 宣传 + 月): after a word they are the noun's.
_NOUN_SUFFIX_GIVEN = frozenset("树儿金保月")   # (周转金, 救助金; 惠民保, 医保; 宣传月, 安全月)
# Abbreviations that list three fields or things, one character each (农林水支出 = agriculture,
# forestry and water; 党政军): the first two make a word and the third a given name's last.
# Particles and adverbs that follow a person's name (王国英 + 已, 秦朝珍 + 与); not 上, 中, 而 (查获 +
# 煌上煌, 雪中送炭, 惠而浦: a thing's name goes on).
_AFTER_NAME_PARTICLES = frozenset("已于与和及在等也都就又还再被把向从到对将因给让由是为未没均仍曾")
_LISTED_THREES = frozenset({"农林水", "农林牧", "农林渔", "农牧渔", "文教卫", "文体卫", "党政军", "党政群",
                            "工农兵", "工青妇", "诗书画", "金木水", "水电气", "水电暖", "路水电", "柴米油",
                            "吃穿住", "衣食住", "科教文", "公检法", "老弱病", "德智体", "福禄寿", "松竹梅",
                            "梅兰竹", "琴棋书", "真善美", "高精尖", "海陆空", "省市县", "县乡村", "师生员"})


def _word_then_given(t: str, i: int, j: int) -> bool:
    """Is ``t[i:j + 2]`` a name whose surname and first given character make a word of the
    lexicon (王国 + 明, 秦朝 + 珍, 黄金 + 刚, 严明 + 英) in a plain clerk frame (王国明办证, 秦朝珍与
    用人单位和解, 刘海航）拒绝入户)? Decided by the third character and what follows, not by
    listing names: a strong last given-name character that makes no word with the next one and
    that would stand alone if left out (明 + 办证: 明办 is no word, 办证 is), where no longer word
    (黄金周, 方向盘, 程序文件, 高山流水: 周 and 盘 end no given name, 文件 and 流水 are words) nor a
    place, a firm or a noun's suffix (李子树) goes on."""
    k = j + 1
    if k >= len(t) or _given_weight(t[k], True) < STRONG_GIVEN or t[k] in _STOP or t[k] in _NOT_GIVEN \
            or t[k] in _PLACE_ENDS or t[k] in _NUMERALS or t[k] in _NOUN_SUFFIX_GIVEN:
        return False
    freq, tag = _lexicon().get(t[i:j + 1], (0, ""))
    if freq < LEXICON_WORD_MIN or (tag in _FUNCTION_TAGS and not (tag == "m" and t[j] not in _NUMERALS)):
        return False                      # (万里 is tagged a numeral: 万里红; 万一, 千万 are numerals)
    top = _given_weight(t[k], True) >= TOP_GIVEN
    three, tag3 = _lexicon().get(t[i:k + 1], (0, ""))
    if (three and not (tag3.startswith("nr") and top)) or t[i:k + 1] in _LISTED_THREES \
            or _long_word_at(t, i) or _org_follows(t, k + 1):
        return False                      # (the lexicon tags 马拉松, 库伦旗 nr: only the commonest
        #                                   last characters, 王国 + 栋, make such a word a name)
    if (i > 1 and _is_word(t[i - 1:i + 1]) and not _is_word(t[i - 2:i])) \
            or (k + 1 < len(t) and t[k + 1].isascii() and t[k + 1].isalnum()) \
            or (t[k] in NAME_SURNAMES and _given_weight(t[k + 1:k + 2] or "，", False) >= 1
                and t[k + 1] not in _KIN_CHARS and (not _non_name_word(t[k + 1:k + 3])
                                                    or _given_weight(t[k + 2], True) >= STRONG_GIVEN)) \
            or (tag == "ns" and t[k + 1:k + 2] == "家") \
            or (t[k] in NAME_SURNAMES and (tag.startswith("v") or t[k] not in GIVEN_CHARS)):
        return False                      # 五金 + 文明商户: the surname ends a word (not 核实 + 战国鹏);
        #                                   车牌新 + K: a plate; 任命 + 林博文, 房东 + 田一诺: a name begins
        #                                   at the third character, 任命 + 靳前进 (a surname that the table
        #                                   of given names lacks, or any after a verb); 许昌 + 乜家大院:
        #                                   a family's place
    if i >= 2 and _lexicon().get(t[i - 2:i], (0, ""))[1] == "b" and _freq(t[i - 2:i]) >= LEXICON_WORD_MIN:
        return False                      # 公共 + 文化云平台, 大型 + 文化节: a modifier that only nouns
        #                                   follow (the lexicon's tag b), never a person's name
    if tag == "t" and not (k + 1 < len(t) and (not _is_cjk(t[k + 1]) or t[k + 1] in _AFTER_NAME_PARTICLES
                                               or t[k + 1] in _COUNT_NUMERALS)):
        return False                      # 周末 + 常独自: a time word (秦朝 + 珍与 is a name)
    if _person_after(t, k + 1) and (not _is_word(t[k:k + 2]) or _DATE_AGE_RE.match(t, k + 1)):
        return True                       # 纪实强 + 于2025年去世 (强于 is a word, but the date says who)
    if _plain_noun(t[i:j + 1]) and t[k + 1:k + 2] in ("在", "于"):
        return False                      # 房屋 + 建在江堤下: after a frequent plain noun, a verb and
        #                                   where it is done
    if _is_word(t[k:k + 2]):
        return False                      # 符合 + 常住, 商品 + 存在: the character begins a word
    if not top or tag == "t" or (tag == "v" and i > 0 and _is_cjk(t[i - 1])):
        return k + 1 < len(t) and (not _is_cjk(t[k + 1]) or t[k + 1] in _AFTER_NAME_PARTICLES
                                   or t[k + 1] in _COUNT_NUMERALS)
        #                                   刘海 + 航）, 唐朝 + 晖已, 白雪 + 莲二次: a less common one, or
        #                                   one after a time word (秦朝 + 珍与) or a verb (回访幸存 + 伟，;
        #                                   not 现场查获 + 福如东海: a verb inside a sentence takes an
        #                                   object), only before punctuation,
        #                                   a particle or a count (温饱 + 有 + 保障, 马拉 + 松 + 补给, 周末
        #                                   + 常独自)
    return _stands_alone(t, k + 1) or _freq(t[k + 1:k + 3]) > 0
    #                                     (办证, 交来: rare words of the lexicon begin there too)


def _list_word(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]``, read as a list's item, a word of the lexicon rather than a name
    (方正、简洁: a list of adjectives)? Words the lexicon tags as names do not count."""
    freq, tag = _lexicon().get(t[start:end], (0, ""))
    return freq >= LEXICON_WORD_MIN and not tag.startswith("nr")


def _listed(t: str, i: int, last_end: int) -> bool:
    """Does a name found up to ``last_end`` stand just before ``t[i]``, joined to it by 、 和
    及 (张伟、李娜; 王芳和赵敏), or by 与 before the surname 和 (牛海燕与和明亮: no conjunction
    follows another) or before a partner (张燕与钟声合伙, 王强与米东因合伙经营: what two persons do
    together follows the second's name)?"""
    return last_end > 0 and i == last_end + 1 and (
        t[last_end] in "、和及"
        or (t[last_end] == "与" and (t[i] == "和" or any(_PAIR_ACT_RE.match(t, k)
                                                         for k in range(i + 2, min(len(t), i + 5))))))


# What two persons do together, after the second's name (与钟声合伙, 与米东因合伙经营, 与高峰共同出资).
_PAIR_ACT_RE = re.compile("(?:因|曾|已|一直)?(?:合伙|合资|合租|合办|共同|一起|两人|二人|结婚|离婚|发生纠纷)")


def _listed_before(t: str, hits: list[Hit]) -> list[Hit]:
    """Names that stand before a name found, joined to it by 、 和 及 (张伟、李娜 when only
    李娜 was read as a name): each is a name of two to four characters ending at the joint."""
    found: list[Hit] = []
    taken = {h.start for h in hits} | {h.end for h in hits}
    anchors = list(hits) + [Hit("person_name", m.start(), m.end(), DETECTOR)
                            for m in re.finditer("〔姓名〕", t)]     # names replaced before
    for h in sorted(anchors, key=lambda h: h.start, reverse=True):
        joint = h.start - 1
        if joint < 2 or t[joint] not in "、和及" or joint in taken:
            continue
        for start in range(max(0, joint - 4), joint - 1):
            if start in taken or _medicine_around(t, start) >= joint or _medicine_item(t, start, joint):
                continue                  # (苯磺酸氨氯地 + 平片、: a medicine listed before another)
            surname = t[start:start + 2] if t[start:start + 2] in COMPOUND_SURNAMES else t[start]
            if surname not in COMPOUND_SURNAMES and surname not in _SINGLE_SET:
                continue
            got = _candidate(t, start, surname, listed=True)
            name_like = _lexicon().get(t[start:joint], (0, ""))[1] in _NAME_LIKE_TAGS
            if got is None and name_like and (start == 0 or not _is_cjk(t[start - 1])
                                              or t[start - 1] in _STOP):
                got = (joint, None)       # 齐心及〔姓名〕: a name-like word listed with a name
            roll = got is None and t[joint] == "、" and start > 0 and t[start - 1] in ":：" \
                and joint - start in (2, 3) and all(_is_cjk(c) for c in t[start:joint]) \
                and not any(_masked_after(t, k) for k in range(start + 1, joint)) \
                and _cue_before(t, start)
            if roll:
                got = (joint, None)       # 工人：解放、〔姓名〕: the first item of a roll under a
                #                           label of persons, the next item a name, is a name
                #                           whatever word it makes (the label types the list;
                #                           送达人：孙某乙、: a name already masked stays)
            if got is not None and got[0] == joint and (not _list_word(t, start, joint)
                                                         or name_like or roll):
                found.append(Hit("person_name", start, joint, DETECTOR))
                taken |= {start, joint}
                break
    return found


_ELEMENT_RE = re.compile("|".join(sorted(NAME_ELEMENTS, key=len, reverse=True)))  # (the trigger)


# The syllables Amdo names of Qinghai and Gansu end with after one or two elements: a woman's
# 措, 吉, 毛, 草 (拉毛措, 扎西吉, 卓玛草), a man's 加, 太, 杰, 本 (索南加, 多杰太, 更藏本); a
# Mongolian woman's 花 (斯琴花, 那仁花) and a man's 仓 and 夫 (白音仓, 巴图仓, 孟和夫, 朝克夫); a Yi
# woman's 莫 and 嫫 (阿呷莫, 阿衣嫫).
NAME_ENDINGS = frozenset("措吉毛草加太杰本花仓夫莫嫫")




_MASKS = ("某", "*", "×", "＊", "✱", "○")


def _masked_after(t: str, end: int) -> bool:
    """Does a mask follow ``end`` (李 + 某某, 杨 + ×, 哈斯 + **, 朝鲁 + ·某): what comes before it is
    the kept part of an anonymised name, no name of its own?"""
    if end < len(t) and t[end] in NAME_DOTS:
        end += 1
    return t.startswith(_MASKS, end) or _LATIN_MASK_RE.match(t, end) is not None


def _masked_after_letters(t: str, end: int) -> bool:
    """Does a mask follow ``end``, or the letters of transliteration after it (阿依 + 古丽·**)?"""
    e = end
    while e < min(len(t), end + TRANSLIT_RUN_ON) and t[e] in TRANSLIT_CHARS:
        e += 1
    return _masked_after(t, end) or (e > end and _masked_after(t, e))


def _masked_before(t: str, start: int) -> bool:
    """Does a mask and a dot stand before ``start`` (米* + · + 热合曼), or a surname and a mask (谢* +
    龙一案, 王** + 华): what follows is the kept part of an anonymised name?"""
    if start < 2:
        return False
    if t[start - 1] in NAME_DOTS:
        return t.startswith(_MASKS, start - 2) or t[start - 2] in "Xx"
    if t[start - 1] not in _MASKS:
        return False
    k = start - 1
    while k > 0 and t[k - 1] in _MASKS:
        k -= 1
    return k > 0 and t[k - 1] in _SINGLE_SET


# 大 and 小 before a Tibetan or a Mongolian name tell apart two who share it (护林员：大扎西、小扎西;
# 其女小仁青): part of the name where it opens a phrase, an item or stands after a cue or a role.
_TWIN_PREFIXES = frozenset("大小")


def _twin_prefix_before(t: str, k: int) -> bool:
    return k > 0 and t[k - 1] in _TWIN_PREFIXES and (
        k == 1 or t[k - 2] in _CLAUSE_OPENERS or _any_cue_before(t, k - 1) or _role_noun_before(t, k - 1))


# A Han surname right before a Mongolian or a Tibetan name, as Inner Mongolia's registers write
# many (牧民韩巴特尔, 鲍图门, 包哈斯): part of the name where it opens a phrase or an item or stands
# after a cue, a role or a name joined by 与 (〔姓名〕与鲍图门); no particle or preposition (，向巴特尔
# 发放: 向 is the preposition), nor the end of a word (女方 + 巴桑顿珠).
_SURNAMES_BEFORE_ELEMENT = frozenset(NAME_SURNAMES | WORD_SURNAMES) - _STOP


def _surname_before_element(t: str, k: int) -> bool:
    return k > 0 and t[k - 1] in _SURNAMES_BEFORE_ELEMENT and not (k > 1 and _is_word(t[k - 2:k])) and (
        k == 1 or t[k - 2] in _CLAUSE_OPENERS or t[k - 2] in _FIELD_SEPARATORS   # (已卸|白 + 查干；: round 27)
        or _any_cue_before(t, k - 1) or _role_noun_before(t, k - 1)
        or _JOINED_FOUND_BEFORE_RE.search(t, max(0, k - 9), k - 1) is not None)


def _compound_before_element(t: str, k: int) -> bool:
    """A compound surname right before a name element, after a cue or a role or at a phrase's start
    (摊主闻人玉珍, 住客闻人玉珍: 玉珍 is a Han given name as often as a Tibetan one): the name's."""
    return k > 1 and t[k - 2:k] in COMPOUND_SURNAMES and (
        k == 2 or t[k - 3] in _CLAUSE_OPENERS or _any_cue_before(t, k - 2) or _role_noun_before(t, k - 2))


def _element_hits(t: str) -> list[Hit]:
    """Tibetan and Mongolian names, which have no surname: two name elements in a row (扎西顿珠,
    次仁卓玛, 巴图苏和), not followed by an organisation or place word; with 大 or 小 or a Han
    surname before them where one stands (小扎西, 韩巴特尔)."""
    hits, k = [], 0
    while k < len(t):
        a = name_element_length(t, k)
        b = name_element_length(t, k + a) if a else 0
        s = k - 1 if a and (_twin_prefix_before(t, k) or _surname_before_element(t, k)) else k
        if a and s == k and _compound_before_element(t, k):
            s = k - 2                     # 喷药员闻人 + 玉珍: a compound surname before it, read so too
        if a and t[k] in _LIFE_FIRST and _life_word_at(t, k):
            k += a                        # (父亲 + 阿尔茨海默病 + 住院: 阿尔 begins a disease, a word of
            continue                      #  daily life the lists hold: domain_words.tsv, life)
        if a and (m := _medicine_over(t, k)):
            k = m                         # (格 + 列美 + 脲: the elements stand inside a medicine's name)
            continue
        if a and b and not _org_follows(t, k + a + b):
            end = _name_ending(t, k + a + b)
        elif a and not b and (_single_element_name(t, s, _name_ending(t, k + a))
                              or _single_element_name(t, s, k + a)):
            end = _name_ending(t, k + a)  # (索南 + 加，: the ending is the name's, up to the comma)
        else:
            k += 1
            continue
        if not _masked_after(t, end):     # (哈斯**, 格桑某某: anonymised already)
            hits.append(Hit("person_name", s, end, DETECTOR))
        k = end
    return hits


# A name of transliteration at a phrase's start, before what marks it a person's (加孜拉，女，
# 哈萨克族; 米玛次珍申请…; 阿木古楞孟和不通汉语): up to this many characters, at least half of
# them letters of transliteration or inside a name element, none of the others a particle or a
# place's end.
TRANSLIT_SUBJECT_MAX = 7
# ... and up to this many where every character is a letter or in an element: a given name and the
# father's written without a dot (买买提江阿不力米提来电…, 苏比努尔伊斯拉木在县医院…; sixteenth round).
TRANSLIT_PAIR_MAX = 10
_TRANSLIT_START_RE = re.compile(f"(?:^|(?<=[{re.escape(''.join(sorted(_CLAUSE_OPENERS)))}]))"
                                f"[{''.join(sorted(TRANSLIT_CHARS | ELEMENT_FIRST))}]")
_PEOPLE_OR_SEX_BRACKET_RE = re.compile(r"[（(](?:男|女|[^（）()]{1,4}族)[，,、）)]")


def _translit_letters(t: str, a: int, b: int) -> int:
    """How many characters of ``t[a:b]`` are letters of transliteration or inside a name element
    (阿木 + 古 + 孟和 in 阿木古楞孟和: five), or -1 where another is a particle, a place's end, a
    people's 族 or a stop (阿克苏市, 维吾尔族, 巴特尔的)."""
    n, k = 0, a
    while k < b:
        e = name_element_length(t, k)
        if e and k + e <= b:
            n, k = n + e, k + e
            continue
        if t[k] in TRANSLIT_CHARS:
            n += 1
        elif t[k] in _DOT_SIDE_BREAKS or t[k] in _STOP or t[k] in _PLACE_ENDS or t[k] == "族" \
                or not _is_cjk(t[k]):
            return -1
        k += 1
    return n


# What a herder or a farmer does, right after a name at a phrase's start (多吉放牧时摔伤, 格列承包
# 草场, 完玛才让经营牧家乐): a transliterated name, which no surname marks, is then a person's.
_SUBJECT_ACTS = ("申请", "放牧", "承包", "经营", "种植", "养殖", "务农", "转场")
# Fifteenth round: what a person does at a remark's start in any office (萨仁无偿献血…, 岩光南参加城乡
# 居民养老保险, 嘉措在县医院住院, 罗桑来所里补办户口本); a place may do some of it too (贡嘎参加全省
# 评比, 吉木乃办理…), so not after a place's name, nor after a dance or a festival (热巴舞参加…).
_PERSON_SUBJECT_ACTS = ("无偿献血", "献血", "参加", "参保", "在县", "在乡", "在村", "在外", "在家", "来所",
                        "来村", "来乡", "到乡", "到村", "到县", "负责", "办理", "领取", "反映", "咨询",
                        "缴纳", "报名", "签字", "去世", "病故", "就读", "入学")


# Sixteenth round: what a household's or a person's row says right after the name in the rolls of
# the west (顿珠残疾证已办理, 亚库甫被评为优秀护边员, 克其拉体家的羊被狼咬死, 阿皮尔体的养老金由其子
# 代领, 尼加提阿布拉来电反映…): a person's papers, kin, household and what befalls them; a place
# says none of it of itself (read only where the run is no known place).
_PERSON_SUBJECT_HOLDS = ("残疾证", "被评为", "家的", "家种植", "家养殖", "家饲养", "家庭", "家中", "家住",
                         "户房屋", "户迁坟", "户的", "的养老金", "的低保", "的孩子", "的儿子", "的女儿",
                         "的妻子", "的丈夫", "的父亲", "的母亲", "外出务工", "已领取", "已参保", "分娩",
                         "同志", "之父", "之母", "之子", "之女", "之妻", "之夫", "夫妇", "来电", "捐款",
                         "系脱贫户", "系低保户", "因病", "长期卧床", "两户", "无偿献血", "（户主", "(户主")


def _subject_marked(t: str, start: int, end: int) -> bool:
    """Does what follows ``end`` make ``t[start:end]`` a person at its phrase's start: a sex, a
    people, an ID or a relation after it, what only a person does or undergoes, an application
    (…申请创业担保贷款), a herder's or a farmer's work?"""
    return _SEX_AFTER_RE.match(t, end) is not None or _PEOPLE_OR_SEX_BRACKET_RE.match(t, end) is not None \
        or _person_after(t, end) or t.startswith(_SUBJECT_ACTS, end) or _person_slot(t, start, end) \
        or (t.startswith(_PERSON_SUBJECT_ACTS, end) and t[start:end] not in PLACE_NAMES
            and t[end - 1] not in _PEOPLES_ART_ENDS) \
        or (t.startswith(_PERSON_SUBJECT_HOLDS, end) and t[start:end] not in KNOWN_PLACES
            and t[end - 1] not in _PEOPLES_ART_ENDS)


def _translit_marked_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """Names of transliteration that no list of elements holds whole (加孜拉，女，哈萨克族;
    果基曲布，彝族; 帕丽达亚森申请贷款): the shortest run at a phrase's start, of two to TRANSLIT_SUBJECT_MAX
    characters, half of them letters of transliteration or elements, that what follows marks as a
    person's; no word of the lexicon, nor holding one (阿克苏 + 地区), nor a place or a firm. A name
    found inside the run gives way to it (米玛 of 米玛次珍)."""
    out = []
    for m in _TRANSLIT_START_RE.finditer(t):
        a = m.start()
        if not (name_element_length(t, a) or t[a + 1:a + 2] in TRANSLIT_CHARS) \
                or any(h.start < a < h.end for h in hits):
            continue                      # (two letters or an element begin every such name)
        for b in range(a + 2, min(len(t), a + TRANSLIT_PAIR_MAX) + 1):
            letters = _translit_letters(t, a, b)
            if letters < 0:
                break
            if letters < TRANSLIT_MIN or 2 * letters < b - a or t[b - 1] in _STOP \
                    or (b - a > TRANSLIT_SUBJECT_MAX and letters < b - a) \
                    or not _subject_marked(t, a, b):
                continue                  # (吐尔逊 + 都在县城打工: 都 is the adverb)
            if any(t[k:b] in _TITLE_SET for k in range(a + 1, b)):
                break                     # 叶 + 阿姨, 胡 + 伯: how one addresses a person, not a name
            if any(h.start == a < h.end < b and not name_element_length(t, a)
                   and not all(c in TRANSLIT_CHARS for c in t[h.end:b]) for h in hits):
                break                     # 胡丽华 + 原住: a Han name found there, not run on (索朗
                #                           + 普赤 runs on from its element)
            if t[a:b] in _lexicon() or any(
                    _common_word(t[k:k + n]) and not all(c in TRANSLIT_CHARS for c in t[k:k + n])
                    for k in range(a, b - 1) for n in (2, 3) if k + n <= b) \
                    or any(h.start < b < h.end for h in hits) or _division_at(t, a) or _org_follows(t, b) \
                    or _eponym_begins(t, a + 2, b) \
                    or any(_arranged_with_at(t, k) for k in range(a, b - 1)) or _medicine_item(t, a, b):
                break                     # (帕金森 + 病 + 患者: a disease named after its discoverer;
                #                           再约 + 朱科长: the verb before an address form, _dai_hits;
                #                           布地奈德 + 未按规定登记: a medicine)
            out.append(Hit("person_name", a, b, DETECTOR))
            break
    return out


# Sixteenth round: a roster's label and its colon before a field that a person fills (医保报销：
# 亚库甫，住院…; 献血登记：阿苏以哈 血型A; 户籍登记：志玛，新生儿).
_ROSTER_LABEL_BEFORE_RE = re.compile(r"(?:登记|报销|补奖|补助|救助|名单|对象|人员|慰问|资助|姓名|名字|考生|学生"
                                     r"|患者|监护人|户主|申请人|联系人|代领人|领取人|死者|新生儿|母亲|父亲)"
                                     r"[ \t]*[:：][ \t]*$")
def _elements_whole(t: str, a: int, b: int) -> bool:
    """Is ``t[a:b]`` one name element or two (顿珠, 扎西顿珠)?"""
    e = name_element_length(t, a)
    return bool(e) and (a + e == b or (a + e < b and a + e + name_element_length(t, a + e) == b))


# Where such a name may begin: a letter or an element's first character before another character
# (every position, found at the regex engine's speed).
_FIELD_NAME_START_RE = re.compile(f"(?=[{''.join(sorted(TRANSLIT_CHARS | ELEMENT_FIRST))}][{_CJK}])")
# What ends such a field: a comma, a bracket, a space, a full stop or the text's end.
_FIELD_END_CHARS = frozenset("，,、；;（(。 \t\n")


def _roster_field(t: str, k: int, end: int) -> bool:
    """Is ``t[k:end]`` a whole field of a roster: after a roster's label and its colon (献血登记：
    岩相 血型A) or opening the cell, up to a comma, a bracket, a space or the end (岩庄坎，城乡居民医保
    已参保)? Said of names that have a shape of their own (a Dai name's prefix and syllables)."""
    return (end == len(t) or t[end] in _FIELD_END_CHARS) and (
        k == 0 or (not _is_cjk(t[k - 1]) and _ROSTER_LABEL_BEFORE_RE.search(t, max(0, k - 8), k) is not None))


def _translit_field_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """Names of transliteration or of elements that fill a field a person fills: right after a
    cue (学生亚库甫，高二…) or a roster's label (医保报销：亚库甫，), up to the field's end (a comma, a
    bracket, a space) or what marks a person (_subject_marked), of two to TRANSLIT_SUBJECT_MAX
    characters read as _translit_marked_hits reads them (half of them letters or elements; no
    word of the lexicon, no known place, no firm). The cue or the label says person; the letters
    say the run is one name."""
    out = []
    for m in _FIELD_NAME_START_RE.finditer(t, 1):
        a = m.start()
        if not (t[a + 1] in TRANSLIT_CHARS or name_element_length(t, a)):
            continue
        if not (_any_cue_before(t, a) if _is_cjk(t[a - 1])
                else _ROSTER_LABEL_BEFORE_RE.search(t, max(0, a - 8), a) is not None) \
                or any(h.start <= a < h.end for h in hits + out):
            continue
        for b in range(a + 2, min(len(t), a + TRANSLIT_SUBJECT_MAX) + 1):
            letters = _translit_letters(t, a, b)
            if letters < 0:
                break
            if letters < TRANSLIT_MIN or 2 * letters < b - a or t[b - 1] in _STOP \
                    or not (b == len(t) or t[b] in _FIELD_END_CHARS or _subject_marked(t, a, b)):
                continue
            if _elements_whole(t, a, b) and t[a:b] not in KNOWN_PLACES and not _org_follows(t, b):
                out.append(Hit("person_name", a, b, DETECTOR))   # (顿珠, 格桑: the list says name)
                break
            if any(t[k:b] in _TITLE_SET for k in range(a + 1, b)) or t[a:b] in KNOWN_PLACES \
                    or t[a:b] in _lexicon() or any(
                    _common_word(t[k:k + n]) and not all(c in TRANSLIT_CHARS for c in t[k:k + n])
                    for k in range(a, b - 1) for n in (2, 3) if k + n <= b) \
                    or any(h.start < b < h.end for h in hits) or _division_at(t, a) or _org_follows(t, b) \
                    or _eponym_begins(t, a + 2, b + 1) or _medicine_item(t, a, b):
                break                     # (父亲 + 帕金森 + 病住院: a disease, as _translit_marked_hits
                #                           reads it; 服药：地塞米松, a medicine)
            out.append(Hit("person_name", a, b, DETECTOR))
            break
    return out


def _joined_transliterations(t: str, hits: list[Hit]) -> list[Hit]:
    """Two names found with one to three letters of transliteration between them and nothing
    else, all of them transliteration or an element (古丽 + 扎尔 + 买买提), are one name."""
    hits = sorted(hits, key=lambda h: h.start)
    out: list[Hit] = []
    for h in hits:
        if out and 0 < h.start - out[-1].end <= 3 \
                and all(c in TRANSLIT_CHARS for c in t[out[-1].end:h.start]) \
                and _translit_name(t[out[-1].start:h.end]):
            out[-1] = Hit(out[-1].kind, out[-1].start, h.end, out[-1].detector)
        else:
            out.append(h)
    return out


def _translit_name(text: str) -> bool:
    """All letters of transliteration, or beginning or ending with a three-character element."""
    return all(c in TRANSLIT_CHARS for c in text) or text[:3] in NAME_ELEMENTS or text[-3:] in NAME_ELEMENTS


def _with_element_before(t: str, h: Hit) -> Hit:
    """``h``, begun earlier where a name element stands right before it at a phrase's start
    (旦增 + 曲珠: a Tibetan name whose second part reads as a surname and a given name)."""
    for n in ELEMENT_LENGTHS:
        s = h.start - n
        if s >= 0 and t[s:h.start] in NAME_ELEMENTS and (s == 0 or t[s - 1] in _CLAUSE_OPENERS
                                                        or not _is_cjk(t[s - 1])):
            return Hit(h.kind, s, h.end, h.detector)
    return h


def _name_ending(t: str, end: int) -> int:
    """``end``, or one further over a name's ending syllable (才让 + 措, 索南 + 加; not 措施,
    卓玛 + 本人, 扎西 + 加强)."""
    return end + 1 if t[end:end + 1] in NAME_ENDINGS and not _is_word(t[end:end + 2]) else end


def _single_element_name(t: str, start: int, end: int) -> bool:
    """One name element used as a whole name (其其格, 额尔敦, 宝音): a long one (3 characters or
    more) ending a phrase, or any after a cue, in a list, or before what a person does or a
    household (央金户)."""
    strong = _strong_person_context(t, start, end) or _person_after(t, end)
    if start > 0 and _is_cjk(t[start - 1]) and t[start - 1] not in _STOP \
            and not _any_cue_before(t, start) and t[start - 1] not in "、，,；;：:" \
            and (_is_word(t[start - 1:start + 1]) or _is_word(t[start - 1:end])
                 or (end - start < 3 and not strong)):
        return False                      # inside a longer word (a short element after any
        #                                   character, unless a person's context holds it: 次子 +
        #                                   平措(24), 给予 + 顿珠 + 吊销; a long one only when they
        #                                   make a word)
    if _org_follows(t, end):
        return False
    if strong or ((start == 0 or t[start - 1] in _CLAUSE_OPENERS) and _subject_marked(t, start, end)) \
            or _name_list_item(t, start, end):
        return True
    if end - start >= 3 and (_phrase_end(t, end) or _person_after(t, end)):
        return True
    if (start == 0 or t[start - 1] in _FIELD_SEPARATORS) and (end == len(t) or t[end] in _FIELD_SEPARATORS) \
            and (start > 0 or end < len(t)):
        return True                       # …；昭觉县；图雅: a whole field of a row (not a whole cell)
    if end < len(t) and _roster_field(t, start, end) and t[start:end] not in KNOWN_PLACES:
        return True                       # 巴图，城乡居民医保已参保; 献血登记：恩和 血型A (sixteenth round)
    return _any_cue_before(t, start) or _role_noun_before(t, start) \
        or t[end:end + 1] in ("户", "（", "(", "、") or t.startswith("申请", end) \
        or _person_after(t, end) or _cue_after(t, end) or (start > 0 and t[start - 1] == "、") \
        or _BESIDE_FOUND_AFTER_RE.match(t, end) is not None \
        or _BESIDE_FOUND_BEFORE_RE.search(t, max(0, start - 6), start) is not None \
        or _JOINED_FOUND_BEFORE_RE.search(t, max(0, start - 6), start) is not None \
        or _DATE_STUCK_RE.match(t, end) is not None   # (〔姓名〕与巴音发生纠纷: joined to a name)


# What parts the items of a list of names: enumeration commas, commas, semicolons, spaces, lines.
_NAME_ITEM_SEPARATORS = frozenset("、，,；; \t\n")
NAME_ITEM_MAX = 8        # the longest item read before a name element's item


def _name_item_at(t: str, k: int) -> int:
    """The end of a list's item at ``k`` that is a name of elements (次旦, 扎西平措, 索南加), a Dai
    name (岩香, 玉罕叫) or a name replaced, or 0."""
    if t.startswith(PLACEHOLDER, k):
        e = k + len(PLACEHOLDER)
    elif name_element_length(t, k):
        a = name_element_length(t, k)
        e = _name_ending(t, k + a + name_element_length(t, k + a))
    else:
        e = next((k + n for n in (3, 2) if _dai_name_shape(t, k, k + n)), 0)
    return e if e and (e == len(t) or t[e] in _NAME_ITEM_SEPARATORS) else 0


def _name_list_item(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]`` a whole item of a list whose item before or after is a name of elements
    or a Dai name too (次旦 嘎玛 群宗; 索南加，仁青措，达瓦; 玉南、岩香、玉应): a list of such names is
    a list of persons."""
    if not ((start == 0 or t[start - 1] in _NAME_ITEM_SEPARATORS)
            and (end == len(t) or t[end] in _NAME_ITEM_SEPARATORS)):
        return False
    k = end
    while k < len(t) and t[k] in _NAME_ITEM_SEPARATORS:
        k += 1
    if k > end and _name_item_at(t, k):
        return True
    k = start
    while k > 0 and t[k - 1] in _NAME_ITEM_SEPARATORS:
        k -= 1
    j = k
    while j > max(0, k - NAME_ITEM_MAX) and t[j - 1] not in _NAME_ITEM_SEPARATORS:
        j -= 1
    return k < start and j < k and _name_item_at(t, j) == k


_LETTER_ITEM_RE = re.compile(f"[{''.join(sorted(TRANSLIT_CHARS))}]{{3,{TRANSLIT_SUBJECT_MAX}}}")


def _letter_items(t: str, hits: list[Hit]) -> list[Hit]:
    """Whole items of a list, in letters of transliteration, beside a name found or a name of
    elements (祖丽皮亚 古再丽努尔 阿力木江, 加米拉 哈力木拉提): a list of persons' names (not a word of
    the lexicon, a county, or a place that what follows names)."""
    out = []
    for m in _LETTER_ITEM_RE.finditer(t):
        a, b = m.start(), m.end()
        if not ((a == 0 or t[a - 1] in _NAME_ITEM_SEPARATORS) and (b == len(t) or t[b] in _NAME_ITEM_SEPARATORS)) \
                or any(h.start < b and a < h.end for h in hits) or _is_word(t[a:b]) or _division_at(t, a) \
                or _translit_place(t, Hit("person_name", a, b, DETECTOR)) or _medicine_item(t, a, b):
            continue                      # (…，地塞米松，…: a medicine among a record's fields)
        before, after = a, b
        while before > 0 and t[before - 1] in _NAME_ITEM_SEPARATORS:
            before -= 1
        while after < len(t) and t[after] in _NAME_ITEM_SEPARATORS:
            after += 1
        if (before < a and any(h.end == before for h in hits)) or (after > b and any(h.start == after for h in hits)) \
                or _name_list_item(t, a, b):
            out.append(Hit("person_name", a, b, DETECTOR))
    return out


# What parts the fields of a row written as one cell (艾山·艾则孜；昭觉县；图雅, a|b|c).
_FIELD_SEPARATORS = frozenset("；;|｜\t\n")
# A list's item beside a name found already (扎西,〔姓名〕; 〔姓名〕、央金), and a date stuck to what
# it dates, or a space apart as a log's line writes it (尼玛2026.1.28在县医院确诊, 扎西 2026年1月在…):
# an element standing so is a whole name.
_BESIDE_FOUND_AFTER_RE = re.compile(f"[ \t]*[，,、；;/|][ \t]*{PLACEHOLDER}")
_BESIDE_FOUND_BEFORE_RE = re.compile(f"{PLACEHOLDER}[ \t]*[，,、；;/|][ \t]*$")
_DATE_STUCK_RE = re.compile(r"[ \t]?(?:19|20)[0-9]{2}(?:[-./][0-9]{1,2}[-./][0-9]{1,2}|年[0-9]{1,2}月)")
# A name joined to a name found already by a conjunction (〔姓名〕与 + 韩振 + 两户, 周伟 + 和〔姓名〕),
# unless it ends in a word (通书房 + 与〔姓名〕签订: a shop):
# read only once the first names stand replaced (_beside_found), where nothing else is left.
_JOINED_FOUND_BEFORE_RE = re.compile(f"{PLACEHOLDER}[ \t]*[与和及跟同][ \t]*$")
_JOINED_FOUND_AFTER_RE = re.compile(f"[ \t]*[与和及][ \t]*{PLACEHOLDER}")


# Dai personal names have no surname: a man's begins with 岩, a woman's with 玉 (岩罕, 玉南, 岩罕胆);
# in Dehong a woman's with 依, a young man's with 约; in Xishuangbanna a mother's with 咪, a
# father's with 波, a noble house's with 召 (依香, 约罕, 咪南, 波岩罕, 召罕嫩; 康朗英, who has left
# the monastery, reads as the surname 康).
DAI_PREFIXES = "岩玉依约咪波召"
_DAI_RE = re.compile(f"[{DAI_PREFIXES}][{_CJK}]{{1,2}}")


def _dai_name_shape(t: str, k: int, end: int, prefixes: str = DAI_PREFIXES) -> bool:
    """Is ``t[k:end]`` shaped as a Dai name: a prefix and one or two characters that make no word
    with it (岩石, 玉米, 依法, 约定 are words) nor end like a place (墨玉县)? 庄, a syllable of
    Dai names (岩庄, 玉罕庄), ends a place only before a place's word (岩庄村), and makes no word
    with the 家 of a household after it (玉罕庄 + 家种植…: not 庄家). (``prefixes``: the Wa and
    Lahu ones of an aid row's items, ROW_NAME_PREFIXES, are read with the same shape.)"""
    return end <= len(t) and t[k] in prefixes and all(_is_cjk(c) for c in t[k + 1:end]) \
        and not t.startswith(_MASKS, k + 1) \
        and not _is_word(t[k:k + 2]) \
        and (t[end - 1] not in _PLACE_ENDS
             or (t[end - 1] == "庄" and t[end:end + 1] not in _PLACE_ENDS and t[end:end + 1] not in _VILLAGE_ENDS)) \
        and not (end == k + 3 and (t[k + 2] in _STOP or (_is_word(t[k + 2:k + 4]) and t[k + 2:k + 4] != "庄家"))
                 and not _dai_syllables_whole(t, k, end))


# Characters after which a Dai name of a prefix and two Dai syllables ends (岩丙的 + 同来办理,
# 玉叫光 + 与…, 波帕的 + ，女): a clause's joiner, or a word beginning there.
_DAI_NAME_AFTER = frozenset("同与和及跟在于家系")


def _dai_syllables_whole(t: str, k: int, end: int) -> bool:
    """Is ``t[k:end]`` a prefix and two syllables of Dai names (DAI_SYLLABLES: 的, 光, 叫, 应 are
    such syllables, 岩丙的, 玉叫光, 岩罕应), standing whole before a boundary, a joiner or a word?
    Then its last character is no particle nor a word's first (玉香光 + 同来: not 光同)."""
    return end == k + 3 and t[k + 1] in DAI_SYLLABLES and t[k + 2] in DAI_SYLLABLES \
        and (end == len(t) or not _is_cjk(t[end]) or t[end] in _DAI_NAME_AFTER or _is_word(t[end:end + 2]))


def _place_ends_before(t: str, k: int) -> bool:
    """Does a village's or a place's end, or a county's or a city's name, end right before ``k``
    (曼听村 + 玉香, 勐腊 + 玉喃罕)?"""
    return k > 0 and (t[k - 1] in _PLACE_ENDS or t[k - 1] in _VILLAGE_ENDS
                      or any(t[j:k] in PLACE_NAMES for j in range(max(0, k - 4), k - 1)))


_VERB_AFTER_YUE = frozenset("了好过上")   # (约了 + 王姐, 约好 + 李哥)


def _arranged_with_at(t: str, k: int) -> bool:
    """Is ``t[k]`` 约, the verb 'to arrange with', before an address form (改约 + 李哥, 约好 + 刘师傅,
    再约 + 朱科长), which names nobody: no Dai name nor transliteration begins or runs there?"""
    return t[k] == "约" and (_address_form_at(t, k + 1)
                            or (t[k + 1:k + 2] in _VERB_AFTER_YUE and _address_form_at(t, k + 2)))


def _surname_cuts_dai_name(t: str, k: int, h: Hit) -> bool:
    """Does the name ``h`` found read the character before a Dai prefix as a surname and stop
    inside the Dai name (由岩 + 罕香翻译, 向玉 + 叫光同来, 其母岩依 + 香陪同: 由, 向, 母 and a
    prefix)? A Dai name has no surname, and a prefix and two Dai syllables standing whole
    (_dai_syllables_whole) is the name; the character before it is the clause's."""
    return h.start == k - 1 and h.end < k + 3 <= len(t) and _dai_syllables_whole(t, k, k + 3)


def _dai_hits(t: str, found: list[Hit]) -> list[Hit]:
    """Dai names (岩罕（60岁）, 其子岩罕胆, 董事长：岩香, 岩罕在县医院住院): 岩 or 玉 and one or two
    characters that make no word with it (岩石, 玉米, 玉林 are words) nor end like a place (墨玉县),
    where a person's context holds them, or as a whole item of a list beside a name ``found``
    (玉坎、王兰、岩香: then 岩燕光 is read whole, not as 燕光), or before 家 at a phrase's start or
    after a place (曼听村玉香家种植茶叶: a household named by its member)."""
    hits = []
    for m in _DAI_RE.finditer(t):
        k = m.start()
        if _is_word(t[k:k + 2]) or (k > 0 and _is_word(t[k - 1:k + 1])) \
                or any(h.start < k < h.end and t[h.start:k] not in PLACE_NAMES
                       and not _surname_cuts_dai_name(t, k, h) for h in found):
            continue                      # (郑玉顺 found: 玉 is a given name's there; 孟连 + 玉坎
            #                               read as 孟连玉: a county, then the name)
        if _arranged_with_at(t, k):
            continue                      # (改约 + 李哥, 另约 + 王姐, 约好 + 刘师傅: 约 is the verb
            #                               'to arrange with' before an address form, which names
            #                               nobody; 岩温主任 stays a Dai name and its title)
        opens = k == 0 or t[k - 1] in _CLAUSE_OPENERS
        for end in (k + 3, k + 2):
            if end > m.end() or not _dai_name_shape(t, k, end):
                continue
            if (_strong_person_context(t, k, end) or _cue_before(t, k) or _person_after(t, end)
                    or _person_slot(t, k, end) or _list_item_beside(t, k, end, found)
                    or (opens and _subject_marked(t, k, end))
                    or (t.startswith("家", end) and (opens or _place_ends_before(t, k)))
                    or _name_list_item(t, k, end) or _roster_field(t, k, end) or _native_of_before(t, k)
                    or _aid_row_item(t, k, end)
                    or (_dai_syllables_whole(t, k, end) and _roll_item_among_names(t, k, end, found))
                    or (_whole_item(t, k, end) and all(c in DAI_SYLLABLES for c in t[k + 1:end]))) \
                    and not _org_follows(t, end):
                #                   (1、岩罕 冯家峪, 上午<TAB>岩香<TAB>: a row's item of a prefix and
                #                   the Dai's own syllables, round 27)
                hits.append(Hit("person_name", k, end, DETECTOR))
                break
    return hits


# A roll's item: between the roll's separators or on a numbered line of its own (名单：岩恩罕，
# 赵东日; 1. 岩坎应 / 2. 木荣涛 / 3. 蓝辉).
_ROLL_ITEM_BEFORE_RE = re.compile(r"(?:^|[、，,；;：:\n])[ \t]*(?:[0-9]{1,3}[.、．)）][ \t]*)?$")
_ROLL_ITEM_AFTER_RE = re.compile(r"[ \t]*(?:$|[、，,；;\n])")
ROLL_NEIGHBOURHOOD = 40


def _roll_item_at(t: str, a: int, b: int) -> bool:
    return _ROLL_ITEM_BEFORE_RE.search(t[max(0, a - 8):a]) is not None \
        and _ROLL_ITEM_AFTER_RE.match(t, b) is not None


def _roll_item_among_names(t: str, k: int, end: int, found: list[Hit]) -> bool:
    """Is ``t[k:end]`` a whole item of a roll whose other items, within ROLL_NEIGHBOURHOOD
    characters, are names found or replaced (名单：岩恩罕，赵东日，…; 1. 岩坎应 / 2. … / 3. 蓝辉)?
    Asked of a Dai prefix and two Dai syllables only (_dai_syllables_whole): 约三万 is a sum,
    standing in no roll of names."""
    if not _roll_item_at(t, k, end):
        return False
    spans = [(h.start, h.end) for h in found] \
        + [(m.start(), m.end()) for m in re.finditer(PLACEHOLDER, t)]
    return any(abs(a - k) <= ROLL_NEIGHBOURHOOD and (a, b) != (k, end) and _roll_item_at(t, a, b)
               for a, b in spans)


# Listings of aid in Yunnan's border counties (notice_roles.tsv, aid: 低保, 护林员, 边民补助, 种植户,
# 家庭成员): a row naming a programme is about residents, and a name of the south-west's own shape
# standing as the row's item, right after the village the person lives in (曼贺村岩罕，种植户) or
# whole between the row's separators (1. 娜丽 勐宋村 低保 2人), is its person column, though no cue
# word stands before it (round 22, helper mn22).
_AID_ROW_RE = re.compile("|".join(sorted(AID_ROW_WORDS, key=len, reverse=True)))
# Prefixes of sex and birth order, beside the Dai ones (DAI_PREFIXES), that begin names of no Han
# surname: the Wa's 艾 and 尼 (first- and second-born) and 叶 (a woman: 叶嘎), the Lahu's 扎 (a man:
# 扎约) and 娜 (a woman: 娜丽), and the Dai titles 比 and 帕 (帕罕: one who was a novice). Several
# begin words or Han names elsewhere (扎实, 叶子, 比例, 帕金森), so they are read only in an aid row.
ROW_NAME_PREFIXES = "艾尼叶扎娜比帕"
_ROW_PREFIX_RE = re.compile(f"[{ROW_NAME_PREFIXES}][{_CJK}]{{1,2}}")
# The clans of the Jingpo (the five great houses of the mountain chiefs: 木然 Maran, 勒排 Lahpai,
# 勒托 Lahtaw, 恩昆 Nhkum, 木日 Marip) and of the Yi (YI_CLANS), written before a given name of one
# or two syllables (勒排早扎, 吉克伍呷): read as one name in an aid row's item.
JINGPO_CLANS = tuple(sorted(c for c in JINGPO_NAME_CLANS if len(c) == 2))   # (jingpo_names.tsv, round 25)
_ROW_CLAN_RE = re.compile("(?:" + "|".join(JINGPO_CLANS + YI_CLANS) + f")[{_CJK}]{{1,2}}")
# What may end such an item: the household's mark (岩罕户：, 娜丽家).
_AID_ITEM_END = frozenset("户家")


def _aid_row_item(t: str, k: int, end: int) -> bool:
    """Is ``t[k:end]`` an item of an aid row (see above): after a separator, the row's start or a
    village's or a place's end (_place_ends_before), up to a separator, the row's end or a
    household's mark, on a line that names a programme of aid outside it?"""
    if not (end == len(t) or not _is_cjk(t[end]) or t[end] in _CLAUSE_OPENERS or t[end] in _AID_ITEM_END) \
            or not (k == 0 or not _is_cjk(t[k - 1]) or t[k - 1] in _CLAUSE_OPENERS or _place_ends_before(t, k)):
        return False
    a, b = t.rfind("\n", 0, k) + 1, _line_end(t, end)
    return any(m.end() <= k or m.start() >= end for m in _AID_ROW_RE.finditer(t, a, b))


# ... and a Han surname the south-west's peoples write before a given name of their own syllables
# (杨腊拽 of the De'ang, 和阿古 of the Naxi, 密三妹 of the Lisu, 白车布 of the Jinuo): in an aid row's
# item too, where it is no word, no place and no word of farming (石斛, 梁河, 甘蔗 stay), nor a
# surname and a title (林工, 周总: no name). One of its given syllables at least is one of those
# names (Dai, patronymic, Hani: _names.py): a Han given name (王芳) is the other detectors' to read.
_ROW_SURNAMED_RE = re.compile(f"[{_SINGLE}][{_CJK}]{{1,2}}")
_SOUTH_WEST_SYLLABLES = DAI_SYLLABLES | PATRONYMIC_SYLLABLES | HANI_SYLLABLES


def _row_surnamed_shape(t: str, k: int, end: int) -> bool:
    w = t[k:end]
    return any(c in _SOUTH_WEST_SYLLABLES for c in w[1:]) and not (_is_word(w) or _address_form_at(t, k) or _is_word(t[k:k + 2]) or _is_word(t[k + 1:end]) or w in PLACE_NAMES
                or t[end - 1] in _PLACE_ENDS or t[end - 1] in _VILLAGE_ENDS or _nature_item(t, k, end)
                or any(c in _STOP for c in w[1:]) or _AID_ROW_RE.search(w))


def _aid_row_hits(t: str, found: list[Hit]) -> list[Hit]:
    """Names of a Wa or Lahu prefix (ROW_NAME_PREFIXES, shaped as a Dai name is), of a Jingpo or Yi
    clan and one or two syllables, or of a Han surname and a given name of the south-west's own
    syllables, as items of an aid row (尼块 + ，班洪乡，边民补助; 勒排早扎 护林员; 南糯山村 杨腊拽 护林员)."""
    hits = []
    for rx, shaped in ((_ROW_PREFIX_RE, lambda k, e: _dai_name_shape(t, k, e, ROW_NAME_PREFIXES)),
                       (_ROW_CLAN_RE, lambda k, e: not _is_word(t[e - 2:e]) or e - k == 3),
                       (_ROW_SURNAMED_RE, lambda k, e: _row_surnamed_shape(t, k, e))):
        for m in rx.finditer(t):
            k = m.start()
            if (k > 0 and _is_word(t[k - 1:k + 1])) or any(h.start <= k < h.end for h in found + hits):
                continue
            for end in (m.end(), m.end() - 1):
                if end - k >= 2 and shaped(k, end) and _aid_row_item(t, k, end) and not _org_follows(t, end):
                    hits.append(Hit("person_name", k, end, DETECTOR))
                    break
    return hits


# Dai toponyms begin with 曼 (a village: 曼景兰, 曼飞龙) or 勐 (a basin, a district: 勐海, 勐仑): a name
# read right after such a head at a phrase's start or a place's end (曼 + 景兰, 瑞丽县曼 + 景兰) is the
# toponym's rest, never a person.
_DAI_TOPONYM_HEADS = frozenset("曼勐")


def _dai_toponym_rest(t: str, k: int) -> bool:
    return k > 0 and t[k - 1] in _DAI_TOPONYM_HEADS \
        and (k == 1 or not _is_cjk(t[k - 2]) or t[k - 2] in _CLAUSE_OPENERS or _place_ends_before(t, k - 1))


# A household's crops and their acreage after its label (岩罕户：玉米8亩，甘蔗2亩; 王建国户：普洱茶8亩): a
# word of farming (domain_words.tsv, kind nature) before its figure there is what the household grows,
# though a figure of land follows a person in a subsidy's list (王建国8亩).
_HOUSEHOLD_CROPS_RE = re.compile(r"户[：:](?:[^，,、；;\n：:]*[0-9][^，,、；;\n：:]*[，,、；;][ \t]*)*$")


def _household_crop(t: str, h: Hit) -> bool:
    return t[h.start:h.end] in NATURE_WORDS and t[h.end:h.end + 1].isdigit() \
        and _HOUSEHOLD_CROPS_RE.search(t, t.rfind("\n", 0, h.start) + 1, h.start) is not None


# Hani, Lisu, Lahu and Yi names of Yunnan's registers: a Han surname, then a name of two syllables
# linked to the father's (the patronymic chain: the father's last syllable begins the child's,
# 卢者布 of a father ...者, 李扎窝, 车批者, 熊约三), or a birth-order syllable (二, 三, 四, 六). The
# syllables below are those such names are made of, rarely a Han given name's characters: a
# surname and two of them, standing where a person stands (as a Dai name is read, _dai_hits), is
# one name, not a surname and a given name of one character (李扎 + 窝).
# (PATRONYMIC_SYLLABLES, _names.py: the cue detectors keep such a name whole too)
_PATRONYMIC_RE = re.compile(f"[{_SINGLE}][{''.join(sorted(PATRONYMIC_SYLLABLES))}]{{2}}")


def _native_of_before(t: str, k: int) -> bool:
    """Does 籍 after a place stand right before ``k`` (喀什籍 + 咪三喊, 元阳籍 + 卢者布): a person's
    native place, so a person follows?"""
    return k > 1 and t[k - 1] == "籍" and _place_ends_before(t, k - 1)


def _patronymic_hits(t: str, found: list[Hit]) -> list[Hit]:
    """Names of a surname and two patronymic syllables (see above) in a person's context, ending at
    a boundary, a joiner or a word (蒋二者 + ，女, 熊约三 + 在元阳打工, 李扎窝 + ，入住登记)."""
    hits = []
    for m in _PATRONYMIC_RE.finditer(t):
        k, end = m.start(), m.end()
        if _is_word(t[k:k + 2]) or _is_word(t[k + 1:k + 3]) or (k > 0 and _is_word(t[k - 1:k + 1])) \
                or any(h.start < k < h.end for h in found) \
                or not (end == len(t) or not _is_cjk(t[end]) or t[end] in _DAI_NAME_AFTER
                        or _is_word(t[end:end + 2]) or t.startswith(_PERSON_AFTER, end)):
            continue                      # (王者 + 荣耀, 才三 of 刚才三: words; 朱者然 + 在: a name)
        opens = k == 0 or t[k - 1] in _CLAUSE_OPENERS
        if _strong_person_context(t, k, end) or _cue_before(t, k) or _person_after(t, end) \
                or _person_slot(t, k, end) or _list_item_beside(t, k, end, found) \
                or (opens and _subject_marked(t, k, end)) or _name_list_item(t, k, end) \
                or _roster_field(t, k, end) or (t.startswith("家", end) and opens) or _native_of_before(t, k):
            hits.append(Hit("person_name", k, end, DETECTOR))
    return hits


# Where a minority's name read short runs on (round 24, helper mi24), by the slots of its naming
# system (minority_given.tsv, tibetan_names.tsv): a Han surname and a prefix of sex, birth order or
# kinship read alone take the given name's syllable after them (肖叶 + 坎, 黄妹 + 二, 符亚 + 和: Wa,
# Yao, Li); a Wa or Dai prefix of sex and a syllable take a second syllable (叶块 + 坎); a name whose
# given part is a run of name elements takes the run whole (鲍格日 + 勒, 阿苦 + 史色, 斯琴特木 + 尔:
# Mongolian, Yi). What follows must close the name: the text's end, no Chinese character, a joiner, a
# word or a stop; and the name's last character makes no word with the next (王平措 + 施: 措施).
BIRTH_ORDER_NUMERALS = frozenset("二三四五六七八九十")


def _minority_name_closes(t: str, k: int) -> bool:
    return k >= len(t) or not _is_cjk(t[k]) or (
        not _is_word(t[k - 1:k + 1])
        and (t[k] in _DAI_NAME_AFTER or t[k] in _STOP or _is_word(t[k:k + 2]) or t.startswith(_PERSON_AFTER, k)
             or _cue_after(t, k) or t.startswith(_ADVERBS_BEFORE_PREDICATE, k)))


def minority_name_end(t: str, start: int, end: int) -> int:
    """The end of the name read as ``t[start:end]`` when a minority's naming system runs it on
    (see above), else ``end``. The cue detectors ask it too (detectors._name_hits)."""
    if end >= len(t) or not _is_cjk(t[end]) or end - start < 2:
        return end
    c = t[end]
    n = jingpo_name_length(t, start)
    if n > end - start and (t[start:end] in JINGPO_NAME_CLANS or end - start == n - 1) \
            and _minority_name_closes(t, start + n):
        return start + n                  # 承租人：勒排 + 扎甘 (a Jingpo clan, order and given name)
    if end - start == 2 and t[start + 1] in KOREAN_GIVEN_FIRST and c in KOREAN_SYLLABLES \
            and not _is_word(t[end:end + 2]) and t[start] in _SINGLE_SET:
        return end + 1                    # 丈夫柳在 + 元 + 鼻出血 (a Korean given name, 在元)
    if end - start == 2 and t[start + 1] in MINORITY_PREFIXES and t[start] in _SINGLE_SET \
            and not _is_word(t[end - 1:end + 1]) \
            and (c in MINORITY_SYLLABLES or c in BIRTH_ORDER_NUMERALS or GIVEN_CHARS.get(c, 0) > 0) \
            and (_minority_name_closes(t, end + 1) if c not in _STOP
                 else end + 1 >= len(t) or not _is_cjk(t[end + 1])):
        return end + 1                    # 黄妹 + 二 + 领, 符亚 + 和 + |, 肖叶 + 坎 + 之妻
    if end - start == 2 and t[start] in SEX_PREFIXES and t[start + 1] in MINORITY_SYLLABLES \
            and c in MINORITY_SYLLABLES and _minority_name_closes(t, end + 1):
        return end + 1                    # 叶块 + 坎 + 换成
    g = start if name_element_length(t, start) else start + 1
    k = g
    while k < len(t) and (n := name_element_length(t, k)):
        k += n
    if k > end and g < end and k - start <= 8 and _minority_name_closes(t, k):
        return k                          # 斯琴特木 + 尔 + 陪同, 鲍格日 + 勒 + 主动
    return end


def minority_surname_misread(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]``, read from a minority's surname (minority_given.tsv: 德, 恩, 宝, 达 ...)
    or a rare surname that is a common character (common_character_surnames.tsv: 户, 京, 竹), a
    place, a word or a brand that begins with that character instead (德宏, 恩施州, 宝山, 锡林郭勒,
    恒大, 德育; 户均, 京东, 竹林)? Such a surname begins no name there, whatever cue stands before it."""
    if (t[start] not in MINORITY_SURNAMES and t[start] not in COMMON_CHARACTER_SURNAMES) \
            or t[start:start + 2] in COMPOUND_SURNAMES \
            or name_element_length(t, start):
        return False                      # (太史 + 可馨: a compound surname; 德庆 + 白珍: a Tibetan
        #                                   name's element, which the lexicon holds as a word too)
    if t[start] in COMMON_CHARACTER_SURNAMES and (any(GIVEN_CHARS.get(c, 0) == 0 for c in t[start + 1:end])
                                                  or (start > 0 and t[start - 1] in _NUMERALS
                                                      and t[start] in _MEASURE_SURNAMES)):
        return True                       # (户 + 厕, 竹 + 蜻蜓: a thing the lexicon lacks; such a rare
        #                                   surname stands only before given names' characters; 该户 +
        #                                   修说, 每户: the measure word after a demonstrative or a number)
    return _is_word(t[start:start + 2]) or _is_word(t[start:end]) \
        or any(t[start:start + n] in KNOWN_PLACES or t[start:start + n] in BRANDS for n in range(2, 6))


def minority_names_run_on(t: str, hits: list[Hit]) -> list[Hit]:
    """The Chinese names found, each run on by its naming system where it was read short."""
    out = []
    for h in hits:
        if h.detector == DETECTOR:
            e = minority_name_end(t, h.start, h.end)
            if e != h.end:
                h = Hit(h.kind, h.start, e, h.detector)
        out.append(h)
    return out


# The Jingpo's naming system (jingpo_names.tsv; round 25, helper mi25): a clan, a birth-order name
# and a given syllable are one name (勒排 + 锐 + 干, 木然 + 路 + 卡, 排 + 腊 + 甘, 岳 + 麻 + 卡). A
# clan of two characters (勒排, 木然) before the two syllables is the name wherever it closes; a
# clan of one (or any surname) only where a person's context holds it, as a Dai name is read
# (石 + 路南 is south of a stone road, 金都 + 卡 a card). The cue detectors run a clan read alone on
# over the two syllables (承租人：勒排 + 扎甘: minority_name_end).
_JINGPO_ONE_CLANS = frozenset(c for c in JINGPO_NAME_CLANS if len(c) == 1) | _SINGLE_SET
_JINGPO_ANY_RE = re.compile("(?:" + "|".join(JINGPO_CLANS) + f"|[{''.join(sorted(_JINGPO_ONE_CLANS))}])"
                            f"[{''.join(sorted(JINGPO_ORDER))}][{''.join(sorted(JINGPO_CLOSING))}]")
_JINGPO_RE = re.compile(f"(?=(?:{_JINGPO_ANY_RE.pattern}))")   # (overlapping: 木 + 然 … and 木然 + …)


def jingpo_name_length(t: str, k: int) -> int:
    """Length of a Jingpo name of a clan, a birth-order name and a given syllable at ``k``
    (勒排锐干: 4, 排腊甘: 3), or 0."""
    for n in (2, 1):
        if k + n + 2 <= len(t) and (t[k:k + n] in JINGPO_NAME_CLANS or (n == 1 and t[k] in _SINGLE_SET)) \
                and t[k + n] in JINGPO_ORDER and t[k + n + 1] in JINGPO_CLOSING:
            return n + 2
    return 0


def _minority_person_context(t: str, k: int, end: int, found: list[Hit]) -> bool:
    """Does a person's context hold ``t[k:end]``, a name of a minority's naming system read with no
    surname of the Han reading (the readings of _dai_hits and _patronymic_hits: a cue, what a
    person does after it, a list's or a roll's item, a subject at a clause's start)?"""
    opens = k == 0 or t[k - 1] in _CLAUSE_OPENERS
    return _strong_person_context(t, k, end) or _cue_before(t, k) or _person_after(t, end) \
        or _person_slot(t, k, end) or _list_item_beside(t, k, end, found) \
        or (opens and _subject_marked(t, k, end)) or _name_list_item(t, k, end) \
        or _roster_field(t, k, end) or _native_of_before(t, k) or _aid_row_item(t, k, end) \
        or _roll_item_among_names(t, k, end, found)


LISTED_THING_LEAD_MAX = 3   # characters of a listed thing before the hit it covers (乔 + 纳金)
_LISTED_THINGS = frozenset(BRANDS) | frozenset(HERBS) | frozenset(DOMAIN_WORDS)   # (DOMAIN_WORDS: its keys)


def _without_listed_things(t: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` of a bare minority reading (Jingpo, Dai house, Korean, Hui surname, a prefix of
    sex) less those that a listed brand, herb or word of the domains covers (乔纳金 at 纳, 沙宣,
    海澜之家, 张拉拉, 海铁联运) where no person's cue stands before the thing: such a reading has no
    cue of its own to outweigh the list (the sweeps of the lists' own words showed them)."""
    def covered(h: Hit) -> bool:
        return any(k + n <= len(t) and t[k:k + n] in _LISTED_THINGS and not _cue_before(t, k)
                   for k in range(max(0, h.start - LISTED_THING_LEAD_MAX), h.start + 1)
                   for n in range(max(2, h.start - k + 1), 6))

    return [h for h in hits if not covered(h)]


def _jingpo_hits(t: str, found: list[Hit]) -> list[Hit]:
    """Jingpo names (see above) standing whole: no word across their first character, closing
    (_minority_name_closes), not inside another name found (but over a clan read alone)."""
    hits = []
    for m in _JINGPO_RE.finditer(t):
        k = m.start()
        n = jingpo_name_length(t, k)
        end = k + n
        if not n or (k > 0 and _is_word(t[k - 1:k + 1])) or _inside_word(t, k) \
                or not (_minority_name_closes(t, end) or (n == 4 and not _is_word(t[end - 1:end + 1]))) \
                or any(h.start < k < h.end or (h.start == k and h.end > end) for h in found):
            continue                      # (勒排锐干 + 失温: a clan of two closes the name by itself)
        if _known_non_name(t[k:end]) or (n == 3 and t[end - 1] in _PLACE_ENDS):
            continue                      # (梅拉腊: a place the lexicon holds, however rare; 马当路 +
            #                               182号: a road, though 路 is an order name too)
        if n == 4 or (not _is_word(t[k:k + 2]) or _cue_before(t, k)) and not _org_follows(t, end) \
                and (_minority_person_context(t, k, end, found) or _whole_item(t, k, end)):
            hits.append(Hit("person_name", k, end, DETECTOR))
    return hits


# Given names of a prefix of sex and one syllable of the people's own with no Han surname (round 25,
# helper mi25; minority_given.tsv): the Lahu's 娜 and 扎, the Wa's 叶 and birth-order prefixes
# (监护人娜松, 客户娜帅, 与叶叫是表兄弟). Such a pair begins words and Han names as often (扎实, 叶嘎 is
# a name but 叶子 a leaf), so it is read only where it is no word, closes, and a person's context
# holds it; the Dai's prefixes are _dai_hits'.
_SEX_PREFIX_ONLY = frozenset(c for c in SEX_PREFIXES if c not in DAI_PREFIX_CHARS and c not in BIRTH_ORDER_NUMERALS)
_SEX_PREFIX_RE = re.compile(f"[{''.join(sorted(_SEX_PREFIX_ONLY))}][{''.join(sorted(MINORITY_SYLLABLES))}]")


def _sex_prefix_hits(t: str, found: list[Hit]) -> list[Hit]:
    hits = []
    for m in _SEX_PREFIX_RE.finditer(t):
        k, end = m.span()
        if _is_word(t[k:end]) or (k > 0 and _is_word(t[k - 1:k + 1])) or _inside_word(t, k) or t[k + 1] in _STOP \
                or any(h.start <= k < h.end for h in found) \
                or not (_minority_name_closes(t, end) or (_cue_before(t, k) and not _is_word(t[end - 1:end + 1]))):
            continue                      # (a name found over it reads it already: 李娜 + 三; after a
            #                               cue it closes where it makes no word: 监护人娜松 + 代…)
        if (_minority_person_context(t, k, end, found)
                or ((_whole_item(t, k, end) or (t.startswith("家", end) and (k == 0 or t[k - 1] in _CLAUSE_OPENERS)))
                    and t[end - 1] not in _PLACE_ENDS)) \
                and not _org_follows(t, end) and not _known_non_name(t[k:end]):
            hits.append(Hit("person_name", k, end, DETECTOR))
            #                               (；娜帕/装修押金/, 3 叶块 雇主: a row's item; 叶嘎家牦牛31头:
            #                               a household named by its member, as _dai_hits reads it;
            #                               round 27; not a place's end: 赵卫东（叶庄）)
    return hits


# Given names of three syllables after a Wa or Lahu prefix of sex or birth order, with no Han surname
# (round 26, helper mi26; minority_given.tsv): the Wa's names run to a prefix and two syllables (尼 +
# 门那, 叶 + 那扫, 艾 + 块坎) whose middle one may be any sound the registers write (尼 + 瑞 + 茸), the
# last one of the people's own. Read where the three make no word and no word runs into them, a
# person's context holds them or a labelled field holds them whole (翻译:尼瑞茸，), the middle one a
# function character too (那 of 叶那扫), which the reading of two leaves.
_SEX_PREFIX_THREE_RE = re.compile(f"(?=[{''.join(sorted(_SEX_PREFIX_ONLY))}][{_CJK}][{''.join(sorted(MINORITY_SYLLABLES))}])")


def _sex_prefix_three_hits(t: str, found: list[Hit]) -> list[Hit]:
    hits = []
    for m in _SEX_PREFIX_THREE_RE.finditer(t):
        k = m.start()
        end = k + 3
        if any(_is_word(t[a:b]) for a, b in ((k, k + 2), (k + 1, k + 3), (k, k + 3))) \
                or (k > 0 and _is_word(t[k - 1:k + 1])) or _inside_word(t, k) \
                or any(h.start <= k < h.end or k < h.start < end for h in found) \
                or _known_non_name(t[k:end]) or _org_follows(t, end) \
                or not (_minority_name_closes(t, end) or (_cue_before(t, k) and not _is_word(t[end - 1:end + 1]))):
            continue
        if _minority_person_context(t, k, end, found) \
                or (k > 0 and t[k - 1] in ":：" and _whole_item(t, k, end)):
            hits.append(Hit("person_name", k, end, DETECTOR))
    return hits


# A Hui surname and a Han given name (hui_surnames.tsv; round 25, helper mi25: 喇长晨, 回晨,
# 海保国): these surnames begin words as often (海边, 回执, 沙发), so the name is read where the
# surname and the next character make no word, no place begins there, the given name's characters
# are a given name's and the name closes, in a person's context or before a name of religion in
# brackets (海保国（经名伊斯哈格）: the bracket names the person again).
# (round 28, mi28: the south's surnames read as function words, 盘 of the Yao, 禄 of the Yi, are read
# so too (south_surnames.tsv); and a surname right before a given name read alone (约 + 喇 + 凤兰) is
# that name's, or one of two given characters standing whole as a row's item: |盘承福 爆破…)
_FUNCTION_MINORITY_SURNAMES = HUI_SURNAMES | SOUTH_SURNAMES
_HUI_NAME_RE = re.compile(f"(?=[{''.join(sorted(_FUNCTION_MINORITY_SURNAMES))}][{_CJK}]{{1,2}})")
_RELIGION_BRACKET_RE = re.compile(r"[(（]经名")


# The characters of kin and of address after a surname (禄伯, 马叔, 海嫂): a form of address, no name.
_KIN_ADDRESS_CHARS = frozenset("爸妈爷奶姥舅叔伯婶姑婆公嫂哥姐弟妹爹娘")


def _hui_surname_hits(t: str, found: list[Hit]) -> list[Hit]:
    hits = []
    for m in _HUI_NAME_RE.finditer(t):
        k = m.start()
        if _is_word(t[k:k + 2]) or (k > 0 and _is_word(t[k - 1:k + 1])) or _inside_word(t, k) \
                or any(h.start <= k < h.end for h in found) or _division_at(t, k) \
                or t[k + 1] in _STOP or t[k + 1] in NAME_SURNAMES and not _cue_before(t, k):
            continue                      # (海边, 上海, 回 + 王伟家: a verb before a surname)
        for n in (3, 2):
            end = k + n
            given = t[k + 1:end]
            if end > len(t) or not all(_is_cjk(c) for c in given) or (n == 2 and given in _KIN_ADDRESS_CHARS) \
                    or _given_weight(given[0], n == 2) < 1 or _given_weight(given[-1], True) < 1 \
                    or _is_word(t[end - 1:end + 1]) or _organisation_or_place(t, k, end):
                continue
            if _known_non_name(t[k:end]) and not _RELIGION_BRACKET_RE.match(t, end):
                continue                  # (买书, 海月, 沙獾: words of the lexicon, however rare)
            if _RELIGION_BRACKET_RE.match(t, end) or (
                    _minority_name_closes(t, end) and not _org_follows(t, end)
                    and (_minority_person_context(t, k, end, found)
                         or any(h.start == k + 1 and h.end == end for h in found)
                         or (n == 3 and _whole_item(t, k, end))
                         or (k > 0 and t[k - 1] in _KIN_CHARS and (k == 1 or not _is_cjk(t[k - 2]))))):
                #                                   (｜妻 + 喇长晨｜: a kin word opening the field)
                hits.append(Hit("person_name", k, end, DETECTOR))
                break
    return hits

# A Dai house's surname before a Dai given name (minority_given.tsv, house; round 25, helper mi25):
# 罕 + 岩温, 罕 + 玉应, 刀 + 岩香: the surname, a Dai prefix (岩, 玉 …) and one or two Dai syllables
# are one name where it closes, in a person's context, after a kin word or a place (何家岭 +
# 罕玉应, 侄子 + 罕玉罕).
_DAI_HOUSE_RE = re.compile(f"[{''.join(sorted(DAI_HOUSES))}][{DAI_PREFIX_CHARS}][{''.join(sorted(DAI_SYLLABLES))}]")


def _dai_house_hits(t: str, found: list[Hit]) -> list[Hit]:
    hits = []
    for m in _DAI_HOUSE_RE.finditer(t):
        k = m.start()
        if (k > 0 and _is_word(t[k - 1:k + 1])) or _inside_word(t, k) or any(h.start < k < h.end for h in found):
            continue
        for end in (k + 4, k + 3):
            if end > len(t) or (end == k + 4 and (t[k + 3] not in DAI_SYLLABLES or t[k + 3] in _STOP)) \
                    or _is_word(t[k + 1:k + 3]) or not _minority_name_closes(t, end) or _known_non_name(t[k:end]):
                continue
            if _minority_person_context(t, k, end, found) or _place_ends_before(t, k) \
                    or (k > 0 and (t[k - 1] in _KIN_CHARS or t[max(0, k - 2):k] in _KIN_WORDS)):
                hits.append(Hit("person_name", k, end, DETECTOR))
                break
    return hits


# A Korean-Chinese given name opening with 在 after a surname (minority_given.tsv, korean; round 25,
# helper mi25): 韩 + 在元, 柳 + 在元, where 在 is no preposition: the syllable after it is a Korean
# given name's and the name closes (俱乐部韩在元、…; not 王在元旦: 元旦).
_KOREAN_GIVEN_RE = re.compile(f"[{_SINGLE}][{''.join(sorted(KOREAN_GIVEN_FIRST))}][{''.join(sorted(KOREAN_SYLLABLES))}]")


def _korean_given_hits(t: str, found: list[Hit]) -> list[Hit]:
    hits = []
    for m in _KOREAN_GIVEN_RE.finditer(t):
        k, end = m.span()
        if (k > 0 and _is_word(t[k - 1:k + 1])) or _inside_word(t, k) or _is_word(t[k:k + 2]) or _is_word(t[end - 1:end + 1]) \
                or any(h.start < k < h.end for h in found) or _division_at(t, k) \
                or not _minority_name_closes(t, end) or _known_non_name(t[k:end]):
            continue
        if _minority_person_context(t, k, end, found) \
                or any(h.start == k and h.end < end for h in found):
            hits.append(Hit("person_name", k, end, DETECTOR))
    return hits

# A Korean-Chinese name of a family name and two syllables of Korean given names (korean_names.tsv;
# round 27, helper mi27: 全 + 顺姬, 赵 + 镇宇, 南 + 昌浩, 许 + 锺国). Its first characters make a place
# or a word as often (赵镇 a town, 南昌 a city, 全顺, 韩国), which the Han reading takes; the
# naming system's reading is read whole where no word runs into it, it closes and a person's
# context holds it (a cue, a roll's item, what a person does), it stands whole between a row's
# separators (1 赵镇宇 小刘物业公司, 南昌范/中介费/) or a place ends right before it (程桥镇 + 南昌浩).
_KOREAN_NAME_RE = re.compile(f"(?=[{''.join(sorted(KOREAN_FAMILY_NAMES))}]"
                             f"[{''.join(sorted(KOREAN_NAME_SYLLABLES))}]{{2}})")


def _korean_name_hits(t: str, found: list[Hit]) -> list[Hit]:
    hits = []
    for m in _KOREAN_NAME_RE.finditer(t):
        k = m.start()
        end = k + 3
        place_before = _place_ends_before(t, k)
        if (k > 0 and _is_word(t[k - 1:k + 1]) and not place_before) or _inside_word(t, k) \
                or _is_word(t[k + 1:end]) or _is_word(t[end - 1:end + 1]) \
                or any(h.start < k < h.end or (h.start == k and h.end > end) for h in found) \
                or not _minority_name_closes(t, end) or _known_non_name(t[k:end]) or _org_follows(t, end) \
                or t[end - 1] in _PLACE_ENDS or _organisation_or_place(t, k, end):
            continue                      # (郑镇宇: found whole already; 金善 + 美 + 食: no close;
            #                               邹平 + 金龙镇: a town)
        if _minority_person_context(t, k, end, found) or place_before or _whole_item(t, k, end):
            hits.append(Hit("person_name", k, end, DETECTOR))
    return hits


# A Yi name of Liangshan: a clan (家支) and a personal name of two syllables (yi_names.tsv; round 28,
# helper mi28: 曲比 + 色日, 布约 + 拉布, 马海 + 有哈). The clan alone is a name element too
# (tibetan_names.tsv), so the element reading stops after it (马海 + 有哈); the naming system's reading
# is read whole where no word runs into it or is made of its parts (有色, 吉克 + 有什么), it closes
# and a person's context holds it, it stands whole between a row's separators, or the clan alone
# was read as the name.
_YI_CLANS_LONGEST = tuple(sorted(set(YI_CLANS) | YI_NAME_CLANS, key=len, reverse=True))
_YI_NAME_RE = re.compile("(?=(" + "|".join(_YI_CLANS_LONGEST) + f")[{''.join(sorted(YI_NAME_SYLLABLES))}]{{2}})")


def _yi_name_hits(t: str, found: list[Hit]) -> list[Hit]:
    hits = []
    for m in _YI_NAME_RE.finditer(t):
        k = m.start()
        c = k + len(m.group(1))
        end = c + 2
        if (k > 0 and _is_word(t[k - 1:k + 1]) and not _place_ends_before(t, k)) or _inside_word(t, k) \
                or _is_word(t[c:end]) or _is_word(t[end - 1:end + 1]) \
                or any(h.start < k < h.end or (h.start <= k and h.end > end) for h in found) \
                or not _minority_name_closes(t, end) or _org_follows(t, end) or _organisation_or_place(t, k, end):
            continue                      # (马海 + 有色, 吉克 + 有什 + 么: words)
        if _minority_person_context(t, k, end, found) or _whole_item(t, k, end) \
                or any(h.start == k and h.end < end for h in found):
            hits.append(Hit("person_name", k, end, DETECTOR))
    return hits

# The Naxi's surname 和 (round 27, helper mi27): the Naxi of Lijiang write 和 before a Han given name
# (和世宇, 和金妹, 和银花) as their commonest surname, which running text reads as the conjunction
# (和 + 金妹). A conjunction opens no row's or list's item, so 和 at an item's start (the text's or a
# line's start, after a row's bar, slash, tab or semicolon, after a roll's number: 1. 和金英) with a
# given name of one or two characters that makes no word with it (和平, 和谐) nor a place (和田,
# 和静), closing there, is the surname and its given name; a given name that is a word too (银花,
# 明哲) only before the item's end, a particle, a joiner or what a person does (a wrapped line of a
# document runs on: 和 + 国有资本, 和 + 改革方案).
_ITEM_START_BEFORE_RE = re.compile(r"(?:^|[\n|｜/／\t；;])[ \t]*(?:[0-9]{1,3}[.、．)）][ \t]*)?$")
_NAXI_ITEM_RE = re.compile(f"(?:^|(?<=[\n|｜/／\t；; ]))和[{_CJK}]")


def _naxi_item_hits(t: str, found: list[Hit]) -> list[Hit]:
    hits = []
    for m in _NAXI_ITEM_RE.finditer(t):
        k = m.start()
        if not _ITEM_START_BEFORE_RE.search(t[max(0, k - 8):k]) or _is_word(t[k:k + 2]) \
                or any(h.start < k < h.end for h in found) or _division_at(t, k):
            continue
        for end in (k + 3, k + 2):
            given = t[k + 1:end]
            if end > len(t) or not all(_is_cjk(c) for c in given) or given[0] in _STOP \
                    or (max(_given_weight(given[0], False), _given_weight(given[0], True)) < 1 and end == k + 2) \
                    or (_is_word(given) and end < len(t) and _is_cjk(t[end]) and t[end] not in _STOP
                        and t[end] not in _DAI_NAME_AFTER and not _person_after(t, end)) \
                    or _given_weight(given[-1], True) < 1 \
                    or _is_word(t[end - 1:end + 1]) or _is_word(t[k + 1:end + 1]) \
                    or _organisation_or_place(t, k, end) or _known_non_name(t[k:end]) \
                    or not _minority_name_closes(t, end) or _org_follows(t, end):
                continue
            hits.append(Hit("person_name", k, end, DETECTOR))
            break
    return hits


# Names of religion (经名) of the Hui and the other Muslim peoples (religion_names.tsv; round 25,
# helper mi25): after 经名 (（经名伊斯哈格）, 经名：宰乃白) whatever name stands to the next mark or
# the text's end is one name; one of the vocabulary's stands alone in a person's context too
# (监护人法蒂麦). 经名 makes no word with what stands before it (已经, 曾经, 神经) nor 名 with what
# follows (经名称变更: 名称) unless a colon or a bracket's start marks the cue.
_RELIGION_CUE_RE = re.compile(r"经名(?:是|为|叫)?[:：]?[ \t]?")
RELIGION_NAME_MAX = 6
_RELIGION_NAMES_RE = re.compile("|".join(sorted(RELIGION_NAMES, key=len, reverse=True)))


def _religion_name_hits(t: str, found: list[Hit]) -> list[Hit]:
    hits = []
    if "经名" in t:
        for m in _RELIGION_CUE_RE.finditer(t):
            a, k = m.start(), m.end()
            marked = k > a + 2 or (a > 0 and t[a - 1] in "(（")
            if (a > 0 and _is_word(t[a - 1:a + 1])) or (_is_word(t[a + 1:a + 3]) and not marked):
                continue                      # (（经名优素福）: 名优 is a word, the bracket opens the cue)
            e = k
            while e < len(t) and _is_cjk(t[e]) and e - k < RELIGION_NAME_MAX:
                e += 1
            if e - k >= 2 and (e == len(t) or not _is_cjk(t[e])):
                hits.append(Hit("person_name", k, e, DETECTOR))
            elif (r := _RELIGION_NAMES_RE.match(t, k)) and _minority_name_closes(t, r.end()):
                hits.append(Hit("person_name", k, r.end(), DETECTOR))
    for r in _RELIGION_NAMES_RE.finditer(t):
        k, end = r.span()
        if any(h.start <= k < h.end for h in hits) or (k > 0 and _is_word(t[k - 1:k + 1])) or _inside_word(t, k) \
                or (k > 0 and _is_cjk(t[k - 1]) and t[k - 1] in TRANSLIT_CHARS) \
                or any(h.start < k < h.end for h in found) or not _minority_name_closes(t, end):
            continue                      # (inside a longer transliteration: 玛 + 阿米娜)
        if _known_non_name(t[k:end]) and not _cue_before(t, k):
            continue                      # (穆斯塔法 as the lexicon's word: after a cue only)
        if _minority_person_context(t, k, end, found) and not _org_follows(t, end):
            hits.append(Hit("person_name", k, end, DETECTOR))
    return hits


def _dai_title_hits(t: str, found: list[Hit]) -> list[Hit]:
    """A Dai title and one or two syllables of Dai names (detectors.DAI_TITLES: 康朗坎保, 康南香燕;
    twenty-first round) standing whole before a boundary, a joiner, a word or what marks a person:
    one name (not 康 + 朗: the found reading inside it gives way)."""
    hits = []
    for title in DAI_TITLES:
        k = t.find(title)
        while k >= 0:
            n = dai_titled(t, k)
            end = k + n
            if n and (end == len(t) or not _is_cjk(t[end]) or t[end] in _DAI_NAME_AFTER
                      or _is_word(t[end:end + 2]) or _person_after(t, end)) \
                    and not any(h.start < k < h.end for h in found):
                hits.append(Hit("person_name", k, end, DETECTOR))
            k = t.find(title, k + 1)
    return hits


# Hani linked names written with no Han surname (HANI_SYLLABLES, _names.py; twenty-first round):
# three syllables standing whole, from a phrase's start or after a kin word that opens it (父拉车波，
# 子批拉收（35岁）: a father-son register), to a boundary, a joiner or what marks a person; no two of
# them a word (拉萨, 批发, 收拉: not names).
_HANI_RUN_RE = re.compile(f"[{''.join(sorted(HANI_SYLLABLES))}]{{3}}")
_HANI_KIN_BEFORE = frozenset("父母子女妻夫")


def _whole_item(t: str, k: int, end: int) -> bool:
    """Does ``t[k:end]`` stand alone between a row's or a list's separators (|布朗搓|, ；批波普（…,
    2. 收咪拉 女): no word of the text runs into it on either side (a word inside it, 布朗, 拉车,
    says nothing there)?"""
    return (k == 0 or not _is_cjk(t[k - 1]) or t[k - 1] in _CLAUSE_OPENERS) \
        and (end == len(t) or not _is_cjk(t[end]) or t[end] in _CLAUSE_OPENERS)


def _hani_linked_hits(t: str, found: list[Hit]) -> list[Hit]:
    """Hani names of three syllables and no surname (see above) in a person's context."""
    hits = []
    for m in _HANI_RUN_RE.finditer(t):
        k, end = m.start(), m.end()
        kin = k > 0 and t[k - 1] in _HANI_KIN_BEFORE and (k == 1 or t[k - 2] in _CLAUSE_OPENERS)
        if not (k == 0 or not _is_cjk(t[k - 1]) or t[k - 1] in _CLAUSE_OPENERS or kin or _cue_before(t, k)
                or _native_of_before(t, k) or t[k - 1] in "与和同由") \
                or _is_word(t[k:k + 3]) \
                or (not (kin or _whole_item(t, k, end)) and (_is_word(t[k:k + 2]) or _is_word(t[k + 1:k + 3]))) \
                or any(h.start < end and k < h.end and not (k <= h.start and h.end <= end) for h in found) \
                or not (end == len(t) or not _is_cjk(t[end]) or t[end] in _DAI_NAME_AFTER
                        or _is_word(t[end:end + 2]) or t.startswith(_PERSON_AFTER, end)):
            continue
        opens = k == 0 or t[k - 1] in _CLAUSE_OPENERS
        if kin or _strong_person_context(t, k, end) or _cue_before(t, k) or _person_after(t, end) \
                or _person_slot(t, k, end) or _list_item_beside(t, k, end, found) \
                or (opens and _subject_marked(t, k, end)) or _name_list_item(t, k, end) \
                or _roster_field(t, k, end) or _native_of_before(t, k) \
                or (_whole_item(t, k, end) and _HANI_ROW_RE.search(t, t.rfind("\n", 0, k) + 1,
                                                                  _line_end(t, end))):
            hits.append(Hit("person_name", k, end, DETECTOR))
    return hits


# A row's fields that say its items are persons (a sex, a people, a found name's or a phone's mark):
# a Hani name standing whole as an item of such a row is read (斗窝优	男	哈萨克族, |坡梭松|〔电话〕|).
_HANI_ROW_RE = re.compile(f"(?:^|(?<=[ \t|｜,，;；]))(?:男|女)(?=[ \t|｜,，;；]|$)|族(?=[ \t|｜,，;；（(]|$)|"
                          f"{PLACEHOLDER}|〔电话〕", re.M)


def _line_end(t: str, k: int) -> int:
    e = t.find("\n", k)
    return len(t) if e < 0 else e


# Manchu clan names (the eight great clans and others a register meets), written before a Han
# given name with a middle dot as Manchu descendants register them (叶赫那拉・昊宇, 爱新觉罗·恒旭,
# 富察•启明): the clan, the dot and a given name of one or two characters are one name; the given
# name is a Han one, no transliteration the dotted readings would run on.
# (MANCHU_CLANS: _names.py, which the cue detectors read too)
_MANCHU_RE = re.compile("(?:" + "|".join(sorted(MANCHU_CLANS, key=len, reverse=True)) + f")[{MARKED_DOTS}.]"
                        f"[{_CJK}]{{1,2}}")


def _manchu_hits(t: str) -> list[Hit]:
    """A Manchu clan, a dot and a Han given name (see above); the given name is one character where
    its second would begin a word with what follows (富察·启 + 明天: no, 爱新觉罗·恒 + 在此)."""
    hits = []
    for m in _MANCHU_RE.finditer(t):
        end = m.end()
        dot = m.group().find(next(c for c in m.group() if c in MARKED_DOTS + "."))
        if end - (m.start() + dot + 1) == 2 and (t[end - 1] in _STOP or _is_word(t[end - 1:end + 1])) \
                and not _is_word(t[end - 2:end]):
            end -= 1
        if t[m.start() + dot + 1:end] in FIGURES or t[m.start():end] in FIGURES:
            continue                      # (爱新觉罗·溥仪: a figure of history)
        hits.append(Hit("person_name", m.start(), end, DETECTOR))
    for m in _MANCHU_UNDOTTED_RE.finditer(t):
        c = m.end()                       # (钮祜禄 + 斌参加, 叶赫那拉 + 恒兴: no dot; a clan of three
        #                                   characters or more is no word, and a given-name character
        #                                   after it, no word beginning there, is the given name)
        if t[c] not in GIVEN_CHARS or _is_word(t[c:c + 2]) or any(h.start <= m.start() < h.end for h in hits):
            continue
        end = c + 1
        if end < len(t) and t[end] in GIVEN_CHARS and t[end] not in _STOP and not _is_word(t[end:end + 2]):
            end += 1                      # (钮祜禄国强: two; 钮祜禄斌 + 参加: one)
        if t[m.start():end] in FIGURES or t[c:end] in FIGURES:
            continue
        hits.append(Hit("person_name", m.start(), end, DETECTOR))
    return hits


# A Manchu clan of three characters or more written right before the Han given name, with no dot
# (钮祜禄斌, 叶赫那拉恒兴): MANCHU_CLANS are no words, so the clan marks the name as the dot does.
_MANCHU_UNDOTTED_RE = re.compile("(?:" + "|".join(sorted((c for c in MANCHU_CLANS if len(c) >= 3),
                                                          key=len, reverse=True)) + f")(?=[{_CJK}])")


# A whole item right before a bracket that gives a person's people (具银镐（朝鲜族，88岁）, 太泰玉
# （朝鲜族）, 玉罕庄（傣族）): a name of two to four characters from a phrase's or an item's start,
# whose first character is a surname, a Dai name's prefix or a Korean family name the surnames'
# table lacks (太: an everyday adverb in Han text); no word of the lexicon nor a place (延吉（朝鲜族
# 自治州首府）: no people's bracket, the 族 goes on), nor an item that opens or closes with an
# everyday word: a thing the people is known for (具体名单（朝鲜族）, 农乐舞（朝鲜族）).
KOREAN_FAMILY_CHARS = "太"
# (the bracket may give the people of every item of the 、 list it closes, 蒙家、潘鑫（均为壮族）:
# each item is then read so too; and a people whose names take no Han surname, 其其花（蒙古族）,
# 思杰（傣族）, lets the item begin with any character and run to six, 格日白乙拉（蒙古族）)
PEOPLES_WITHOUT_SURNAMES = frozenset({"蒙古", "藏", "维吾尔", "哈萨克", "柯尔克孜", "塔吉克", "乌孜别克",
                                      "傣", "彝", "门巴", "珞巴", "鄂温克", "鄂伦春", "景颇", "佤", "哈尼"})
_PEOPLE_BRACKET = r"[（(](?P<all>均为|均系|均|都是|皆为)?(?P<people>[^（）()\s]{1,4})族[，,、）)]"
_PEOPLE_BRACKET_ITEM_RE = re.compile(f"(?:^|(?<=[{''.join(sorted(_CLAUSE_OPENERS))}]))"
                                     f"((?:[{_CJK}]{{2,6}}、)*[{_CJK}]{{2,6}})(?={_PEOPLE_BRACKET})")
_PEOPLE_BRACKET_RE = re.compile(_PEOPLE_BRACKET)
_PEOPLES_ART_ENDS = frozenset("舞节剧戏")   # (安代舞（蒙古族）, 十二木卡姆（维吾尔族）: a people's art)
_ITEM_RUN_RE = re.compile(f"[{_CJK}]+")


def _people_bracket_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """Items named by the people's bracket after them; a name found in part (东顺 of 具东顺: 具 is
    no surname of the table) gives way to the whole item, one found inside it after a cue (其妻 +
    玉香) keeps it from being read."""
    out = []
    for m in _PEOPLE_BRACKET_ITEM_RE.finditer(t):
        bracket = _PEOPLE_BRACKET_RE.match(t, m.end(1))
        any_first = bracket.group("people") in PEOPLES_WITHOUT_SURNAMES
        lo = m.start(1) if bracket.group("all") or any_first else max(m.start(1), t.rfind("、", 0, m.end(1)) + 1)
        for item in _ITEM_RUN_RE.finditer(t, lo, m.end(1)):
            a, b = item.span()
            first = t[a]
            if not (any_first or first in _SINGLE_SET or first in DAI_PREFIXES or first in KOREAN_FAMILY_CHARS) \
                    or b - a > (6 if any_first else 4) or first in _NUMERALS or t[b - 1] in _PEOPLES_ART_ENDS \
                    or _is_word(t[a:b]) or _division_at(t, a) \
                    or _common_word(t[a:a + 2]) or (b - a > 2 and _common_word(t[b - 2:b])) \
                    or any(a + 1 < h.start < b or (h.start <= a and h.end > a) for h in hits):
                continue
            out.append(Hit("person_name", a, b, DETECTOR))
    return out


# Seventeenth round: a people's name written beside an item of a row says the item is a person's
# name (维吾尔族：〔姓名〕；白族：密莉, 密永强（傈僳族，21岁）, 那薇|满族|620…, 经核实，普阿七系傈僳族,
# 应为木拉提巴合提亚尔（哈萨克族）, 维吾尔族沙吾提图尔贡，男), whatever the item's first character:
# the peoples of the south-west and the north-west write names of no Han surname (岩庄, 达吾列提巴合
# 提亚尔), of patronymic chains (普阿者, 余扒四) and of their own surnames (那, 密, 海, 和, 字, 木), which
# are everyday characters elsewhere; so these are read only here, where the people is named beside
# them, never as surnames of running text. The people itself (回族, 满族, 苗族) is never a name.
PEOPLES = ("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
           "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
           "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
PEOPLE_LABELS = frozenset(p + "族" for p in PEOPLES)
_PEOPLE_LABEL_RE = re.compile("(?:" + "|".join(sorted(PEOPLES, key=len, reverse=True)) + ")族")
# Surnames of the peoples that are everyday characters in Han text (和 of the Naxi, 密 and 余 of the
# Lisu, 那 and 佟 of the Manchu, 海 and 纳 of the Hui, 字 of the Bai, 普 and 车 of the Hani): read as a
# surname only beside a people's name.
PEOPLE_SURNAMES = frozenset("那密海和木字普者刀召线喇撒拜哈纳沙穆麻农蒙覃钮肇赫佟富禄邰依车卢罗余李白马"
                            # (round 29, helper mi29, from the dictionaries of surnames and accounts of
                            # the peoples' naming: 磨 of the Zhuang of Guangxi, 磨红星（壮族）. 爱 of Manchu
                            # families, 爱芳|满族, and 宝 of Manchu and Mongol ones are in surnames.tsv, as
                            # function kind: their home is there)
                            "磨")
# What separates an item of a row from the people written after or before it (| / — tab space，,)
_PEOPLE_FIELD_SEPS = frozenset("|｜/／—－- \t\u3000，,:：")
# What a clerk writes right before a name that a people's bracket or 系 + people follows
# (应为 + 木拉提巴合提亚尔（哈萨克族）, 之妻 + 密晓燕（傈僳族）).
_PEOPLE_ITEM_CUES = ("应为", "改为", "更正为", "即", "之妻", "之夫", "之子", "之女", "妻", "夫", "子", "女",
                     "户主", "监护人", "村民", "群众", "居民", "申请人", "之母", "之父", "母亲", "父亲")
PEOPLE_ITEM_MAX = 12
_PEOPLE_ITEM_JOINERS = frozenset("与及同跟")   # (X与 + Y（黎族）: Y is the item; round 26, helper mi26; not
#                                   和, the Naxi's surname too: 另 + 和阿普（傈僳族）)
_NAME_FIELD_RE = re.compile("姓名[：:][ \t]*")
_PEOPLE_ITEM_PART_RE = re.compile(f"[^{re.escape(NAME_DOTS)}]+")
_PEOPLE_ROW_PAPERS_RE = re.compile(r"[，,|｜/—\- \t]*[0-9][0-9*＊Xx]{10,17}(?![0-9])")
_AGE_IN_BRACKET_RE = re.compile(r"[，,、 ]*(?:[男女][，,、 ]*)?[0-9]{1,3}岁")


# Round 29 (helper mi29): the item a people's name marks is the run of name characters right before
# it, up to the row's separator or the date a log's line opens with; a date's last character is never
# a name's (2025年1月8日 + 字红梅（白族）, 6月12日 + 再努尔库尔班（维吾尔族）, 2020年01月27号 + 勒排堵（景颇族）),
# nor is an item's number with its dot (5. + 宝卫东 汉族|). Beside the people such a bounded item is a
# person's name whatever its first character: a name of a south-western people's own elements (a
# Jingpo clan, birth-order and given syllables, 勒排堵, 排拥, 腊果: jingpo_names.tsv; a Wa, Lahu or Dai
# prefix of sex or birth order and the peoples' syllables, 尼惹惹, 玉香叫香: minority_given.tsv,
# DAI_SYLLABLES), or a first character the surname tables lack before a given name's characters
# (given_chars.tsv; 磨红星, 爱俊熙). No word of the lexicon, no thing of the domains' lists.
_DATE_UNITS = frozenset("年月日号")
_WIDE_DIGITS = frozenset("0123456789０１２３４５６７８９")
_HAN_DATE_NUMERALS = frozenset("〇零一二三四五六七八九十")


def _date_unit_at(t: str, p: int) -> bool:
    """Is ``t[p]`` a date's last character, 年, 月, 日 or 号 after a digit (8日, ６日, 27号) or after
    a numeral of a date written in characters (二〇二五年一月八日)?"""
    return t[p] in _DATE_UNITS and p > 0 and (t[p - 1] in _WIDE_DIGITS or (
        t[p - 1] in _HAN_DATE_NUMERALS and any(t[q] in "年月" for q in range(max(0, p - 4), p - 1))))


def _past_date_unit(t: str, hits: list[Hit]) -> list[Hit]:
    """The hits less a date's last character they begin with (7月26日 + 加娜尔．吐尔逊别克: a dotted
    reading runs back over 日, a letter of transliteration too); one left a single character goes."""
    out = []
    for h in hits:
        if h.end > h.start and _date_unit_at(t, h.start):
            if h.end - h.start <= 2:
                continue
            h = Hit(h.kind, h.start + 1, h.end, h.detector)
        out.append(h)
    return out


def _item_start_past_date(t: str, a: int, k: int) -> int:
    """The start of the item scanned back to ``a`` before ``k``: past a leading item number's dot
    and past the last character of a date the run begins with (8日 + 字红梅, 月八日 + 字玲)."""
    b = a
    for p in range(a, k):
        if _date_unit_at(t, p):
            b = p + 1
    while b < k and t[b] in NAME_DOTS:
        b += 1
    return b


def _naming_system_item(t: str, a: int, b: int) -> bool:
    """Is ``t[a:b]``, a bounded item beside a people's name (see above), a name of a naming system's
    elements or of any first character and a given name?"""
    w = t[a:b]
    if not 2 <= len(w) <= 4 or not all(_is_cjk(c) for c in w) or w[0] in _NUMERALS or w[0] in _STOP \
            or _is_word(w) or _common_word(w) or _is_word(w[:2]) or w in _LISTED_THINGS or w[:2] in _LISTED_THINGS:
        return False
    clan = 2 if w[:2] in JINGPO_NAME_CLANS else 1 if w[0] in JINGPO_NAME_CLANS else 0
    rest = w[clan:]
    if 1 <= len(rest) <= 2 and all(c in JINGPO_CLOSING for c in rest) and any(c in JINGPO_ORDER for c in rest) \
            and (clan or rest[0] in JINGPO_ORDER):
        return True                       # (勒排 + 堵, 排 + 拥, 腊 + 果)
    if w[0] in SEX_PREFIXES and all(c in MINORITY_SYLLABLES for c in w[1:]):
        return True                       # (尼 + 惹惹, 玉 + 香叫香)
    return len(w) <= 3 and all(GIVEN_CHARS.get(c, 0) > 0 for c in w[1:])   # (磨 + 红星, 爱 + 俊熙)


def _people_item_shape(t: str, a: int, b: int, whole_field: bool, bounded: bool = False) -> bool:
    """Is ``t[a:b]`` shaped as a name of the peoples: letters of transliteration or name elements
    (half of it at least, no common word of other characters), a Dai name, or a surname (one of
    the peoples' own too) and one or two characters; a word of the lexicon only where the item
    fills a whole field of the row (海洋——壮族——西盟). No place, no people, no digit.
    ``bounded``: the item is the whole run between a row's or a date's end and the people named
    right after it; then a name of a south-western naming system's elements, or any first
    character before a given name, is one too (_naming_system_item)."""
    w = t[a:b]
    if not (2 <= b - a <= PEOPLE_ITEM_MAX) or not _is_cjk(w[0]) or not _is_cjk(w[-1]) \
            or any(not (_is_cjk(c) or c in NAME_DOTS) for c in w) or "族" in w \
            or w in KNOWN_PLACES or t.startswith(_MASKS, a + 1) or w[-1] in _PEOPLES_ART_ENDS \
            or w[0].isnumeric() or (w[-1] in _PLACE_ENDS and w[-1] != "庄") or _division_at(t, a):
        return False                      # (藏族，夏河县人, 回族，吴忠，: where the person is from)
    parts = [(m.start(), m.end()) for m in _PEOPLE_ITEM_PART_RE.finditer(t, a, b)]
    counts = [_translit_letters(t, x, y) for x, y in parts]   # (加米拉·叶斯博拉提: each side of the dot)
    letters = -1 if min(counts, default=-1) < 0 else sum(counts)
    if letters >= TRANSLIT_MIN and 2 * letters >= b - a - len(parts) + 1 and not any(
            _common_word(t[k:k + n]) and not all(c in TRANSLIT_CHARS for c in t[k:k + n])
            for n in (2, 3) for k in range(a, b - n + 1)):
        return True
    if b - a <= 3 and t[a] in DAI_PREFIXES and _dai_name_shape(t, a, b):
        return True
    if bounded and _naming_system_item(t, a, b):
        return True
    clan = next((c for c in _MANCHU_CLANS_LONGEST if w.startswith(c)), "")
    if clan:                              # (瓜尔佳·毓秀, 叶赫那拉恒兴: a clan, a Han given name)
        rest = w[len(clan):]
        dotted = rest[:1] in NAME_DOTS and rest[:1] != ""
        rest = rest.lstrip(NAME_DOTS)
        if (dotted or clan in _MANCHU_CLANS_UNDOTTED) and 1 <= len(rest) <= 2 and all(_is_cjk(c) for c in rest):
            return True
    surname = 2 if w[:2] in COMPOUND_SURNAMES else 1
    if not (w[:surname] in COMPOUND_SURNAMES or w[0] in _SINGLE_SET or w[0] in PEOPLE_SURNAMES) \
            or not 1 <= b - a - surname <= 2 or any(c in NAME_DOTS for c in w) \
            or w[surname:] in _TITLE_SET:     # (邓老汉，男，汉族, 王站长 〔电话〕: a title, no name)
        return False
    return whole_field or not (_common_word(w) or (b - a == 3 and _common_word(w[1:])))


def _run_on_placeholder(t: str, a: int, b: int, before: bool) -> int | None:
    """Where the item ``t[a:b]`` (one to TRANSLIT_RUN_ON characters, or none) and a 〔姓名〕 right
    before it (``before``) or right after it are one name a first reading cut (姓名：〔姓名〕三,
    佐热 + 〔姓名〕|维吾尔族): the other end of the placeholder, else None."""
    if b - a > TRANSLIT_RUN_ON or any(not _is_cjk(c) for c in t[a:b]):
        return None
    if before and t.endswith(PLACEHOLDER, 0, a):
        return a - len(PLACEHOLDER)
    if not before and t.startswith(PLACEHOLDER, b):
        return b + len(PLACEHOLDER)
    return None


def _people_field_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """Items of a row that a people's name beside them marks as persons: before the people (X|满族,
    X——傣族, X，回族，, X系傈僳族, X（傈僳族，21岁）, …应为X（哈萨克族）) or after it (苗族：X；, 傣族，X，,
    维吾尔族X，男), not the people of a labelled field (民族：回族) nor of a place (红河哈尼族彝族自治州)."""
    out = []
    for m in _PEOPLE_LABEL_RE.finditer(t):
        s, e = m.span()
        if t[max(0, s - 3):s].rstrip("：: ").endswith("民族"):
            name_field = _NAME_FIELD_RE.search(t)   # (a record's 民族 field: its 姓名 field holds a
            if name_field:                          # person of that people, 姓名：字国庆；民族：满族)
                c = d = name_field.end()
                c0 = c + len(PLACEHOLDER) if t.startswith(PLACEHOLDER, c) else c
                d = c0
                while d < len(t) and d - c < PEOPLE_ITEM_MAX and (_is_cjk(t[d]) or t[d] in NAME_DOTS) \
                        and t[d] not in _CLAUSE_OPENERS:
                    d += 1
                if d == len(t) or not _is_cjk(t[d]):
                    if c0 > c and 0 < d - c0 <= TRANSLIT_RUN_ON:
                        out.append(Hit("person_name", c, d, DETECTOR))   # (姓名：〔姓名〕三)
                    elif c0 == c and _people_item_shape(t, c, d, True):
                        out.append(Hit("person_name", c, d, DETECTOR))
            continue
        if t[e:e + 2] in ("自治", "乡", "镇", "村") or (s > 0 and t[s - 1] == "族"):
            continue
        # before: the item that ends at the separators, 系 or the bracket before the people
        found_before = len(out)
        k = s
        if k > 0 and t[k - 1] in "（(":
            k -= 1
            whole = False
        elif k > 0 and t[k - 1] in "系为":
            k -= 1
            whole = False
        else:
            while k > 0 and t[k - 1] in _PEOPLE_FIELD_SEPS:
                k -= 1
            sexed = k < s and k > 1 and t[k - 1] in "男女" and t[k - 2] in _PEOPLE_FIELD_SEPS
            if sexed:
                k -= 1                    # (a row's sex between the name and its people, 依罕燕  男
                while k > 0 and t[k - 1] in _PEOPLE_FIELD_SEPS:   # 傣族, 1、密晓燕，男，纳西族; read
                    k -= 1                # by the shapes with no word: 邓老汉，男，汉族 stays)
            whole = k < s and not sexed and (e == len(t) or t[e] in _PEOPLE_FIELD_SEPS or t[e] in _CLAUSE_OPENERS)
        if k < s or t[k:s] in ("（", "(", "系", "为"):
            a = k
            while a > max(0, k - PEOPLE_ITEM_MAX - 4) and (_is_cjk(t[a - 1]) or t[a - 1] in NAME_DOTS) \
                    and t[a - 1] not in _CLAUSE_OPENERS:
                a -= 1
            a0, a = a, _item_start_past_date(t, a, k)   # (8日 + 字红梅（白族）, 5. + 宝卫东 汉族: mi29)
            bounded = a > a0 or a == 0 or not _is_cjk(t[a - 1]) or t[a - 1] in _CLAUSE_OPENERS
            if k < s and t[k] in "（(":
                whole = (a == 0 or t[a - 1] in _CLAUSE_OPENERS) and _AGE_IN_BRACKET_RE.match(t, e) is not None
                #                                   (a whole item before the people and an age:
                #                                   海波（回族，66岁）; 马头琴（蒙古族） is an art)
            joined = _run_on_placeholder(t, a, k, True) if PLACEHOLDER in t else None
            if joined is None and PLACEHOLDER in t and a == k and t.endswith(PLACEHOLDER, 0, k):
                a0 = k - len(PLACEHOLDER)   # (佐热 + 〔姓名〕 + |维吾尔族: letters before the placeholder)
                a1 = a0
                while a1 > max(0, a0 - TRANSLIT_RUN_ON) and _is_cjk(t[a1 - 1]) and t[a1 - 1] in TRANSLIT_CHARS:
                    a1 -= 1
                if a1 < a0 and (a1 == 0 or not _is_cjk(t[a1 - 1]) or t[a1 - 1] in _CLAUSE_OPENERS):
                    out.append(Hit("person_name", a1, k, DETECTOR))
            if joined is not None and a < k:
                out.append(Hit("person_name", joined, k, DETECTOR))
            elif _people_item_shape(t, a, k, whole, bounded and t[k:s] not in ("系", "为")):
                out.append(Hit("person_name", a, k, DETECTOR))
            else:
                cut = next((a2 for a2 in range(a + 1, k - 1) if (t[a:a2].endswith(_PEOPLE_ITEM_CUES)
                            or t[a2 - 1] in _PEOPLE_ITEM_JOINERS or _any_cue_before(t, a2)
                                                                        or _formed_role_before(t, a2, any_after=True))
                            and _people_item_shape(t, a2, k, False)), None)
                #                                   (养护人 + 和建华|纳西族, 与 + 符亚三(黎族): a
                #                                   person's cue or a joiner of persons before the item)
                if cut is not None:
                    out.append(Hit("person_name", cut, k, DETECTOR))
        # after: the item after the people's colon (苗族：玉庄；), or right after the people at a
        # phrase's start where a sex, an age or what a person does follows (维吾尔族沙吾提图尔贡，男);
        # not after a comma or a column's bar, where the row's next column is a place or a thing
        # (藏族，夏河县人, 苗族/马奶酒/)
        if not (s == 0 or t[s - 1] in _CLAUSE_OPENERS or t[s - 1] in _PEOPLE_FIELD_SEPS):
            continue
        if (len(out) > found_before or (k < s and (t.endswith(PLACEHOLDER, 0, k) or any(h.end == k for h in hits)))) \
                and not any(c in "：:" for c in t[e:e + 2]):
            continue                      # (冯金妹 瑶族|毕业照 131…, 〔姓名〕，侗族，毛边书，3150元: the row's
            #                               person stands before its people, what follows is its next
            #                               column, the trade's thing; mi29)
        c = e
        while c < len(t) and t[c] in _PEOPLE_FIELD_SEPS:
            c += 1
        colon = "：" in t[e:c] or ":" in t[e:c]
        d = c
        while d < len(t) and d - c < PEOPLE_ITEM_MAX and (_is_cjk(t[d]) or t[d] in NAME_DOTS) \
                and t[d] not in _CLAUSE_OPENERS:
            d += 1
        if d - c < 2:
            continue
        whole = c > e and (d == len(t) or not _is_cjk(t[d]))
        end = next((d2 for d2 in range(d, c + 1, -1) if (d2 == d or _name_may_end(t, d2))
                    and _people_item_shape(t, c, d2, whole and d2 == d)
                    and (colon or _SEX_AFTER_RE.match(t, d2) or _AGE_IN_BRACKET_RE.match(t, d2)
                         or _PEOPLE_ROW_PAPERS_RE.match(t, d2)
                         or (c == e and (_PEOPLE_OR_SEX_BRACKET_RE.match(t, d2) or _person_after(t, d2))))), None)
        #                                   (傣族，岩帕，630…: a resident ID or a phone after it)
        if end is not None:
            out.append(Hit("person_name", c, end, DETECTOR))
    return out


# Round 18: a partner named right after a people's bracket, in joint work or a joint deed
# (〔姓名〕（傣族，34岁）与依温共同经营…, X（满族）和马者约合伙…, X（彝族）与其妻申在元共同…, X（藏族）
# 与岩罕、卓嘎三人共同出资…, X（回族）与密阿普系夫妻): the bracket says the row is about persons of the
# peoples, and what stands between 与/和/同 and 共同 (合伙, 一起, 系夫妻) is the partner, read by the
# peoples' shapes (_people_item_shape: no common word, 家人, 村集体, 合作社, 本村村民, stays).
_JOINT_AFTER_BRACKET_RE = re.compile("[）)](?:与|和|同|跟|及|、)(?:其(?:妻子|妻|丈夫|夫|儿子|女儿|子|女|母亲|母|父亲|父|"
                                     "兄|弟|姐|妹))?")
_JOINT_CUE_RE = re.compile("共同|合伙|一起|一同|合作|联合|合资|[二两三四]人|系(?:夫妻|母子|父子|母女|父女|兄弟|姐妹|"
                           "兄妹|姐弟|亲属|邻居)|于[0-9一二三四五六七八九十〇]|[（(]")


TRANSLIT_RUN_ON_FIELD = 4                 # (the most characters of a name a field's 〔姓名〕 may leave after it)
JOINT_RUN_ON = 2                          # (characters a cue's 〔姓名〕 may have cut off the partner)


def _people_item_end(t: str, c: int) -> int:
    """Where an item of a row of the peoples' names that begins at ``c`` ends: CJK characters and
    name dots up to PEOPLE_ITEM_MAX of them, not past a clause's opener, one 〔姓名〕 of the cue
    detectors counted as the piece of the name it replaced (其妻〔姓名〕元)."""
    d, masks = c, 0
    while d < len(t) and d - c < PEOPLE_ITEM_MAX + len(PLACEHOLDER) * masks:
        if t.startswith(PLACEHOLDER, d) and not masks:
            d += len(PLACEHOLDER)
            masks += 1
        elif (_is_cjk(t[d]) or t[d] in NAME_DOTS) and t[d] not in _CLAUSE_OPENERS:
            d += 1
        else:
            break
    return d


def _joint_partner_hits(t: str) -> list[Hit]:
    """Partners named after a people's bracket and before a joint deed (与Y共同经营, 和Y、Z三人)."""
    out = []
    for m in _JOINT_AFTER_BRACKET_RE.finditer(t):
        opened = max(t.rfind("（", 0, m.start()), t.rfind("(", 0, m.start()))
        if opened < 0 or _PEOPLE_LABEL_RE.search(t, opened, m.start()) is None:
            continue
        items, c = [], m.end()
        while True:
            d = _people_item_end(t, c)    # (a 〔姓名〕 of the cue detectors may hold a piece of the
            #                               name: 其妻〔姓名〕元)
            end = next((d2 for d2 in range(c + 2, d + 1) if (d2 < len(t) and t[d2] == "、")
                        or _JOINT_CUE_RE.match(t, d2)), None)
            if end is None:
                break
            items.append((c, end))
            if end < len(t) and t[end] == "、":
                c = end + 1
                continue
            if _JOINT_CUE_RE.match(t, end):
                for a, b in items:
                    k = t.find(PLACEHOLDER, a, b)
                    if k < 0 and _people_item_shape(t, a, b, False):
                        out.append(Hit("person_name", a, b, DETECTOR))
                    elif k >= 0 and 0 < b - a - len(PLACEHOLDER) <= JOINT_RUN_ON \
                            and all(_is_cjk(c2) for c2 in t[a:k] + t[k + len(PLACEHOLDER):b]):
                        out.append(Hit("person_name", a, b, DETECTOR))
            break
    return out


# Round 18: a form's field whose name the cue detectors cut short in a record of the peoples
# (监护人：〔姓名〕芳；特长 of 爱新觉罗・文芳, 户主：〔姓名〕拉毓贤； of 叶赫那拉毓贤, 联系人：〔姓名〕农；
# of 塔依尔祖农): a 〔姓名〕 right after a label's colon and a few characters up to the field's end
# are one name where a people is named in the record; not a particle, a household's or a group's
# word after it (〔姓名〕等；, 〔姓名〕家；, 〔姓名〕户).
_FIELD_RUN_ON_RE = re.compile(f"[：:]{re.escape(PLACEHOLDER)}([{_CJK}]{{1,{TRANSLIT_RUN_ON_FIELD}}})(?=[；;，,。\n\t|]|$)")
_FIELD_RUN_ON_NOT = frozenset("等家户们及和与之的本夫妻子女父母某氏")


def _field_run_on_hits(t: str) -> list[Hit]:
    """Placeholders of a record's field run on by the rest of the name they cut (监护人：〔姓名〕芳；)."""
    if PLACEHOLDER not in t or _PEOPLE_LABEL_RE.search(t) is None:
        return []
    out = []
    for m in _FIELD_RUN_ON_RE.finditer(t):
        rest = m.group(1)
        if rest[0] in _FIELD_RUN_ON_NOT or _PEOPLE_LABEL_RE.search(rest) \
                or (len(rest) >= 2 and _common_word(rest)):
            continue
        out.append(Hit("person_name", m.start() + 1, m.end(), DETECTOR))
    return out


def _widened_to(people: list[Hit], hits: list[Hit]) -> list[Hit]:
    """The hits, each run of them that a name read beside a people holds whole replaced by that
    name (加米拉·叶斯 of a later dotted reading inside 加米拉·叶斯博拉提|哈萨克族)."""
    for p in people:
        inside = [h for h in hits if h.start < p.end and p.start < h.end]
        if inside and all(p.start <= h.start and h.end <= p.end for h in inside) \
                and any(h.end - h.start < p.end - p.start for h in inside):
            hits = [h for h in hits if h not in inside] + [p]
    return hits


def _without_people(t: str, hits: list[Hit]) -> list[Hit]:
    """The hits less the peoples' names in them: a hit that is a people (回族（〔姓名〕，66岁) read as
    高山（75岁）) goes; one that begins or ends with a people (维吾尔族 + 沙吾提…, 岩罕 + 傣族 read
    across a space) keeps what is left of two characters or more."""
    out = []
    for h in hits:
        m = next((m for m in _PEOPLE_LABEL_RE.finditer(t, max(0, h.start - 4), h.end) if m.end() > h.start), None)
        if m is None:
            out.append(h)
            continue
        a, b = h.start, h.end
        if m.start() - a >= 2 and m.start() - a >= b - m.end():   # (哈 + 萨克族巴合达古丽: the hit
            #                                                           began inside the people)
            b = m.start()
        else:
            a = m.end()
        while a < b and not _is_cjk(t[a]):
            a += 1
        while b > a and not _is_cjk(t[b - 1]):
            b -= 1
        if b - a >= 2 and _PEOPLE_LABEL_RE.search(t, a, b) is None:
            out.append(Hit(h.kind, a, b, h.detector))
    return out


# A row's first item right before a resident ID, a phone (masked or not) or the household's count
# (岩庄630***********0430；达吾列提巴合提亚尔2****…2；, 斯拉木吐逊139****5521, 买买提图尔贡家3口人):
# a name of transliteration or a Dai name, which no surname marks, where only a person's papers follow.
_ROW_HEAD_AFTER_RE = re.compile(r"[ \t]?(?:[0-9][0-9*＊Xx]{10,17}(?![0-9])|家[0-9一二三四五六七八九十两]{1,3}(?:口|亩|人|头|只)"
                                r"|〔电话〕|〔身份证号〕)")
_ROW_HEAD_START_RE = re.compile(f"(?:^|(?<=[；;，,、\n|｜/：:\t]))[{''.join(sorted(TRANSLIT_CHARS | ELEMENT_FIRST))}{DAI_PREFIXES}]")
# Round 18: in a row of such items, one item a person's papers end (低保复核：海萨 5223…；字金花 5301…；,
# 车批达\t5301…\t曼真村) is a name whatever its first character, read by the peoples' shapes
# (_people_item_shape: a surname of Han or of the peoples and one or two characters, no common word:
# 身份证 5301…, 原号码 139…, 户号 …, stay); and a 〔姓名〕 the cue readings left with a piece of the name
# beside it (〔姓名〕仔 5301…, 美〔姓名〕 〔电话〕) is one name with it.
_ROW_ITEM_START_RE = re.compile(f"(?:^|(?<=[；;，,、\n|｜/：:\t]))(?:[{_CJK}]|〔姓名〕)")
_ROW_ITEM_END_RE = re.compile(r"[ \t]?(?:[0-9][0-9*＊Xx]{10,17}(?![0-9])|〔电话〕|〔身份证号〕)[ \t]*(?=[；;，,、\n\t|｜。]|$)")
_ROW_LABEL_ENDS = frozenset("号码证卡话机址户账单")
_PERSON_NOUN_WORDS = frozenset(("老人", "老太", "老伯", "老头", "本人", "家属", "户主", "之妻", "之子", "之女"))   # (a label before a number: 原号码, 社保卡, 座机)
ROW_ITEM_RUN_ON = 8                       # (letters of transliteration beside a row's 〔姓名〕: 赛力克波力〔姓名〕)


_PEOPLE_LABEL_END_RE = re.compile("(?:" + "|".join(sorted(PEOPLES, key=len, reverse=True)) + ")族$")


def _column_after_named_people(t: str, c: int, hits: list[Hit] | tuple) -> bool:
    """Does ``t[c]`` open the column after a people's name that itself follows the row's person, a
    name found (冯金妹 瑶族|毕业照 131…, 〔姓名〕，侗族，白衬衫 143…)? Then it is the row's next column,
    the trade's thing, no name (round 29, helper mi29; 傣族，岩帕，630…, with no person before the
    people, is still read)."""
    k = c
    while k > 0 and t[k - 1] in _PEOPLE_FIELD_SEPS:
        k -= 1
    m = _PEOPLE_LABEL_END_RE.search(t, max(0, k - 6), k) if k < c else None
    if m is None:
        return False
    j = m.start()
    while j > 0 and t[j - 1] in _PEOPLE_FIELD_SEPS:
        j -= 1
    return j < m.start() and (t.endswith(PLACEHOLDER, 0, j) or any(h.end == j for h in hits))


def _row_head_hits(t: str, found_before: list[Hit] | tuple = ()) -> list[Hit]:
    """Names of transliteration or Dai names that begin a row's item and end right before a
    resident ID, a phone or a household's count."""
    out = []
    for m in _ROW_HEAD_START_RE.finditer(t):
        c = d = m.start()
        if "族" in t and _column_after_named_people(t, c, found_before):
            continue
        while d < len(t) and d - c < PEOPLE_ITEM_MAX and (_is_cjk(t[d]) or t[d] in NAME_DOTS) \
                and t[d] not in _CLAUSE_OPENERS:
            d += 1
        d = next((e for e in range(c + 2, d + 1) if _ROW_HEAD_AFTER_RE.match(t, e)), None)
        if d is None or t[c:d] in KNOWN_PLACES:
            continue
        letters = _translit_letters(t, c, d)
        if (letters >= TRANSLIT_MIN and 2 * letters >= d - c and not any(
                _common_word(t[k:k + n]) and not all(ch in TRANSLIT_CHARS for ch in t[k:k + n])
                for n in (2, 3) for k in range(c, d - n + 1))
                and not _translit_place(t, Hit("person_name", c, d, DETECTOR))) \
                or (d - c <= 3 and _dai_name_shape(t, c, d)):
            out.append(Hit("person_name", c, d, DETECTOR))
    found = {h.start for h in out}
    whole = {(h.start, h.end) for h in found_before}   # (张三 〔电话〕: read already, whole)
    for m in _ROW_ITEM_START_RE.finditer(t):
        c = m.start()
        if c in found or ("族" in t and _column_after_named_people(t, c, found_before)):
            continue
        d = _people_item_end(t, c)
        if (c, d) in whole or not _ROW_ITEM_END_RE.match(t, d):
            continue
        k = t.find(PLACEHOLDER, c, d)
        if k < 0:
            w = t[c:d]
            if w not in KNOWN_PLACES and w[-1] not in _ROW_LABEL_ENDS and (_people_item_shape(t, c, d, False) or (
                    d - c == 3 and _people_item_shape(t, c, d, True) and not _is_word(w) and not _common_word(w)
                    and w[1:] not in _PERSON_NOUN_WORDS)):   # (李老人 〔电话〕)
                out.append(Hit("person_name", c, d, DETECTOR))   # (字金花: a given name that is a word)
            continue
        rest = t[c:k] + t[k + len(PLACEHOLDER):d]
        if rest and all(_is_cjk(ch) for ch in rest) and (len(rest) <= JOINT_RUN_ON or (
                len(rest) <= ROW_ITEM_RUN_ON and all(ch in TRANSLIT_CHARS for ch in rest))) \
                and rest[0] not in _FIELD_RUN_ON_NOT and rest[-1] not in _FIELD_RUN_ON_NOT:
            out.append(Hit("person_name", c, d, DETECTOR))
    return out


def _list_item_beside(t: str, start: int, end: int, found: list[Hit]) -> bool:
    """Is ``t[start:end]`` a whole item of a list joined by 、 whose item before ends with a name
    ``found`` or replaced, or whose item after begins with one, perhaps after a prefix of one
    character (玉丙、岩燕光 when 燕光 was read: the prefix 岩 is no surname)?"""
    before = start > 0 and t[start - 1] == "、"
    after = end < len(t) and t[end] == "、"
    if not ((before or start == 0 or t[start - 1] in _CLAUSE_OPENERS)
            and (after or end == len(t) or t[end] in _CLAUSE_OPENERS or t[end] in _LIST_CLOSERS)):
        return False
    if (before and t.endswith(PLACEHOLDER, 0, start - 1)) or (after and t.startswith(PLACEHOLDER, end + 1)):
        return True
    return any((before and h.end == start - 1) or (after and end < h.start <= end + 2) for h in found)


# A two-character name padded to the width of three-character ones, as tables and lists print
# them (王　伟, 李 娜; the full-width space is folded to a space): a surname and a given-name
# character standing alone around one or two spaces.
_PADDED_NAME_RE = re.compile(f"([{''.join(sorted(NAME_SURNAMES | WORD_SURNAMES))}])"
                             f"[ ]{{1,2}}([{_CJK}])(?:(?![{_CJK}])|(?=户))")
# A character standing alone between spaces right before or after the pair: in a heading spaced
# out character by character it makes a word with the pair's character beside it (公 务 用 车 运
# 行: 用车, 运行), in a list of padded names it does not (张　丽　高 雯).
_SPACED_BEFORE_RE = re.compile(f"(?<![{_CJK}])([{_CJK}]) {{1,2}}$")
_SPACED_AFTER_RE = re.compile(f" {{1,2}}([{_CJK}])(?![{_CJK}])")


# Round 27 (nk27): the padded pair inside running text, glued to what follows it (公示期间高 山 +
# 对…提出异议, 师傅江 军 + 已签字, 收购商王　宏 + 付款): what follows says a person stood there (an act,
# a particle, a verb), and a phrase begins at the surname; and a surname that is also a function
# word (干 轩, 元 宁, 平　兰) only where a list's, a cell's or a cue's slot sets it off.
_PADDED_GLUED_RE = re.compile(f"([{''.join(sorted(NAME_SURNAMES | WORD_SURNAMES | FUNCTION_SURNAMES))}])"
                              f"[ ]{{1,2}}([{_CJK}])(?=[{_CJK}])")
_PADDED_FUNCTION_RE = re.compile(f"([{''.join(sorted(FUNCTION_SURNAMES - NAME_SURNAMES - WORD_SURNAMES))}])"
                                 f"[ ]{{1,2}}([{_CJK}])(?:(?![{_CJK}])|(?=户))")


def _padded_glued_after(t: str, e: int) -> bool:
    """Does what is glued after a padded pair ending at ``e`` say a person stood there?"""
    return _person_after(t, e) or _cue_after(t, e) or _is_verb(t[e:e + 2]) \
        or (t[e] in _STOP and not _is_word(t[e - 1:e + 1]) and not _is_word(t[e:e + 2]))


def _padded_more(t: str) -> list[re.Match]:
    """The padded pairs _PADDED_NAME_RE does not read (see above)."""
    out = []
    for m in _PADDED_GLUED_RE.finditer(t):
        if _padded_glued_after(t, m.end()) and (m.group(1) not in FUNCTION_SURNAMES or _cue_before(t, m.start())
                                                or _LIST_POSITION_BEFORE_RE.search(t, max(0, m.start() - 4), m.start())):
            out.append(m)
    for m in _PADDED_FUNCTION_RE.finditer(t):
        a = m.start()
        if _cue_before(t, a) or _role_noun_before(t, a) or _LIST_POSITION_BEFORE_RE.search(t, max(0, a - 4), a) \
                or (a > 0 and t[a - 1] in "|｜/／"):
            out.append(m)
    return out


def _padded_hits(t: str) -> list[Hit]:
    """Padded two-character names (王　伟), standing alone or right after a cue (配偶时  鹏): not a
    word spaced out (金 额, 项 目, 单 位), nor two characters of a spaced-out heading."""
    hits = []
    for m in list(_PADDED_NAME_RE.finditer(t)) + _padded_more(t):
        a = m.start()
        if a > 0 and _is_cjk(t[a - 1]) and not _cue_before(t, a) \
                and not (m.re is not _PADDED_NAME_RE and (_phrase_start(t, a) or _role_noun_before(t, a))):
            continue
        pair = m.group(1) + m.group(2)
        if (_given_weight(m.group(2), True) < 1 and not _lexicon().get(pair, (0, ""))[1].startswith("nr")) \
                or _non_name_word(pair):
            continue                      # (田　野: the lexicon knows 田野 as a name too)
        before = _SPACED_BEFORE_RE.search(t, max(0, a - 3), a)
        after = _SPACED_AFTER_RE.match(t, m.end())
        if (before and _is_word(before.group(1) + m.group(1))) \
                or (after and _is_word(m.group(2) + after.group(1))):
            continue
        hits.append(Hit("person_name", a, m.end(), DETECTOR))
    return hits





_JAPANESE_FIRST = _by_first(sorted(JAPANESE_FAMILY_NAMES, key=len, reverse=True))


def _japanese_hits(t: str) -> list[Hit]:
    """Japanese names (田中美咲, 佐藤健太郎): a Japanese family name, then a given name of one to
    three characters that ends like a Japanese given name (or, of two or more, with a common
    given-name character) and ends the phrase, none of its characters a particle, a place's or
    an organisation's, and no frequent word; not part of a longer word before."""
    hits, k = [], 0
    while k < len(t):
        family = next((f for f in _JAPANESE_FIRST.get(t[k], ()) if t.startswith(f, k)), None)
        if family is None or (k > 0 and _is_cjk(t[k - 1]) and t[k - 1] not in _STOP
                              and not _any_cue_before(t, k) and _is_word(t[k - 1:k + 1])):
            k += 1
            continue
        j = k + len(family)
        if _known_non_name(t[k:j + 1]) and _given_weight(t[j + 1:j + 2] or "，", True) < TOP_GIVEN:
            k += 1                        # 和田 + 玉手镯: a word (和田玉) runs over the family name, and
            continue                      # no given name goes on after it (和田 + 玉林 may be one)
        for n in (3, 2, 1):
            given = t[j:j + n]
            if len(given) == n and (given[-1] in JAPANESE_GIVEN_ENDS
                                    or (n >= 2 and _given_weight(given[-1], True) >= STRONG_GIVEN)) \
                    and all(_is_cjk(c) and (c not in _STOP or (c == given[-1] and c in JAPANESE_GIVEN_ENDS))
                            and c not in _PLACE_ENDS for c in given) \
                    and (_phrase_end(t, j + n) or _person_after(t, j + n)) \
                    and not _org_follows(t, j + n) and _freq(given) < CUED_WORD_MIN \
                    and not (n == 3 and _is_word(given)) and _brand_at(t, k) != j + n:
                #                                   (中山 + 纪念堂: a word; 和田玉: goods, though
                #                                   和田玉林 is a name)
                hits.append(Hit("person_name", k, j + n, DETECTOR))
                k = j + n
                break
        else:
            k += 1
    return hits


_ITEM_SEPARATORS = "，,；;、/／— \t"
_ITEM_RE = re.compile(f"[^{_ITEM_SEPARATORS}：:]+")


def _cued_list(t: str, items: list, k: int) -> bool:
    """Does a private cue stand before the first item of the list (items parted by 、 only) that
    holds ``items[k]`` (救助对象：高山、黄河、白云; 村民高山、黄河)?"""
    s = k
    while s > 0 and t[items[s - 1].end():items[s].start()] == "、":
        s -= 1
    if s == k:
        return False
    first = items[s].start()
    return _private_cue_before(t, first) or (t[first - 1:first] in (":", "：")
                                             and _private_cue_before(t, first - 1))


def _kin_or_title(t: str, a: int, b: int) -> bool:
    """Is ``t[a:b]`` a relative or a title rather than a name (儿子, 老师)?"""
    return t[a:b] in _KIN_WORDS or t[a:b] in _TITLE_SET


# What opens a row of fields in a cell: a semicolon, or a notice's colon before its first row.
_ROW_OPENERS = frozenset("；;：:")


def _row_firsts(t: str, items: list, k: int) -> list[int]:
    """The first items of the rows beside ``items[k]``'s in its sentence (公示：李煜城，病种…，救助…元；
    端木学军，病种…: each row begins with a person, as the row after a semicolon says), when
    ``items[k]`` opens a row of at least two fields too."""
    a = items[k].start()
    if k + 1 >= len(items) or t[items[k].end():items[k + 1].start()] not in "，,":
        return []
    firsts = []
    for x in (k - 1, k + 1):
        step = -1 if x < k else 1
        while 0 <= x < len(items) and not any(c in _SENTENCE_ENDS for c in
                                               t[min(a, items[x].start()):max(a, items[x].start())]):
            if items[x].start() > 0 and t[items[x].start() - 1] in "；;":
                firsts.append(items[x].start())
                break
            x += step
    return firsts


def _list_items(t: str, hits: list[Hit], *, cued_items: bool = False) -> list[Hit]:
    """Names that are items of a list whose neighbouring item begins with a name (特困供养人员：
    〔姓名〕，〔姓名〕，向海涛; 〔姓名〕（因灾）930元；黄素芬（因病）611元; names separated by
    spaces): an item that begins with a surname and a given name, the name ending the item or
    followed by a bracket or an amount."""
    starts = {h.start for h in hits if not t.startswith(_KEEPER_PREMISES, h.end)} \
        | {m.start() for m in re.finditer("〔姓名〕", t)}
    #                                   (黄玉凤 + 家庭农场，种白菜148亩、甘薯42亩: the keeper of premises
    #                                   heads no list of persons; the items are the farm's crops)
    ends = {h.start: h.end for h in hits} | {m.start(): m.end() for m in re.finditer("〔姓名〕", t)}
    covered = [(h.start, h.end) for h in hits]
    raw_items = list(_ITEM_RE.finditer(t))
    if _ENUMERATOR_HINT_RE.search(t):
        flags = [_enumerator_item(t, m) for m in raw_items]
        items = [m for m, f in zip(raw_items, flags) if not f]
        numbered = {m.start() for m, f in zip(raw_items[1:], flags) if f}
    else:
        items, numbered = raw_items, set()
    if cued_items:                        # (a public field, whose names found are all cued)
        ending = set(ends.values())
        for item in items:
            if item.end() in ending:      # 入伍新兵〔姓名〕；万凤燕: an item that ends with a name
                starts.add(item.start())  # after its cue stands for a name beside the next one
    found: list[Hit] = []
    enumerated_items = _ENUMERATED_ITEM_RE.search(t) is not None   # (① 龙腾, 1.冷春来)
    # (the items that begin with a number: in rows of fields, 1.白雪 320分 2.方国庆 298分, the
    # next person is the next numbered item, not the field beside)
    numbered_at = [x for x, item in enumerate(items) if _NUMBERED_ITEM_RE.match(t, item.start())] \
        if enumerated_items else []
    dotted = {h.start: h for h in _dotted_hits(t)} if any(d in t for d in MARKED_DOTS) else {}
    for k, item in enumerate(items):
        a = item.start()
        lead = next((w for w in _LIST_LEADS if t.startswith(w, a)), "")
        is_numbered = a in numbered
        if not lead and enumerated_items:
            enumerator = _ENUMERATOR_RE.match(t, a)
            lead = enumerator.group() if enumerator else ""
            is_numbered |= bool(lead)
        if lead and a + len(lead) < item.end():
            a += len(lead)                # 其中 + 田野13650元、〔姓名〕5834元; ② + 牛犇
        if a in starts or any(s <= a < e for s, e in covered):
            continue
        neighbours = [_after_enumerator(t, items[x].start()) if numbered or enumerated_items
                      else items[x].start() for x in (k - 1, k + 1) if 0 <= x < len(items)
                      and not (x == k - 1 and t[items[x].end():items[x].end() + 1] in (":", "："))]
        #                                   (名单：+ 甘露、〔姓名〕: the label is no item of the list)
        if t[a - 1:a] in _ROW_OPENERS:
            neighbours += _row_firsts(t, items, k)   # 公示：李煜城，病种…；〔姓名〕，病种…
        if k in numbered_at:
            at = numbered_at.index(k)
            neighbours += [_after_enumerator(t, items[numbered_at[x]].start()) for x in (at - 1, at + 1)
                           if 0 <= x < len(numbered_at)]
        if not any(n in starts for n in neighbours):
            continue
        if t[item.end():item.end() + 1] in (":", "：") or t.endswith("籍", 0, item.end()):
            continue                      # 班组长：周大林, 韩国籍 朴敏浩: a label, a nationality
        if "渔" in t and _VESSEL_RE.search(t, a, min(item.end(), a + 4)):
            continue                      # 鲁荣渔87463: a fishing vessel
        if t[a:item.end()].endswith("族") and item.end() - a <= ETHNIC_GROUP_MAX:
            continue                      # 马成林 东乡族, 杨阿妹 苗族: a nationality in a row
        if a in dotted and dotted[a].end >= item.end() - 1:
            found.append(dotted[a])       # 〔姓名〕、吾斯曼•热西提: a dotted name among names
            continue
        surname = t[a:a + 2] if t[a:a + 2] in COMPOUND_SURNAMES else t[a]
        if surname not in COMPOUND_SURNAMES and surname not in _SINGLE_SET:
            continue
        if t[a + len(surname):item.end()] in _TITLE_SET or t[a:item.end()] in _KIN_WORDS:
            continue                      # 迟姐, 王嫂, 张村长 among names: how one addresses them;
            #                               李明 孙子 10: a relation in a row
        if (_division_at(t, a) or _brand_at(t, a)) \
                and not any(_PERSON_QUANTITY_RE.match(t, a + n) for n in (2, 3)):
            continue                      # 夏津北朱营, 东方红: a county, a brand beside a name
            #                               (康乐8-2-104 among names and flats is a person)
        if _nature_item(t, a, item.end()) and not _cued_list(t, items, k):
            continue                      # 病虫测报：松毛虫，〔姓名〕田块; 良种补贴：〔姓名〕，柏树，6.3亩: the
            #                               row's crop, beast or pest beside its farmer (救助对象：
            #                               〔姓名〕、… a cue says is of persons is read as such)
        if any((code := _VARIETY_KIND_CODE_RE.match(t, a + n)) and code.end() == item.end() for n in (1, 2, 3)):
            continue                      # 〔姓名〕 龙稻18 三等, 品种郑单958、〔姓名〕: a crop's variety by its
            #                               code among a row's fields (see _VARIETY_CODE_RE)
        if 1 <= item.end() - a - len(surname) <= 2 and _thing_head_end(t, item.end()) \
                and not _BRACKET_ROLE_RE.match(t, item.end()):
            continue                      # 〔姓名〕 安居房, 〔姓名〕 石灰氮, …，秦椒/〔姓名〕: an item that
            #                               ends in a thing's head (_thing_head_end) beside a name
        if (_breed_end(t, a) == item.end() and _breed_slot(t, a)) or _pet_name(t, a) \
                or ((g := _goods_word_at(t, a)) and (g == item.end() or _GOODS_COUNT_AFTER_RE.match(t, g))
                    and not _cue_before(t, a)):
            continue                      # 〔姓名〕 牧羊犬 雪球: a pet's breed and its name beside the owner
        beside_placeholder = any(n in starts for n in neighbours)
        if beside_placeholder and 2 <= item.end() - a <= 3 and _cued_list(t, items, k) \
                and not _org_follows(t, item.end()) and not _kin_or_title(t, a, item.end()) \
                and not _masked_after(t, a + len(surname)) and not _LATIN_MASK_RE.search(t, a, item.end()):
            found.append(Hit("person_name", a, item.end(), DETECTOR))
            continue                      # 救助对象：〔姓名〕、黄河、白云: a list a cue says is of persons
        got = _candidate(t, a, surname, listed=True)
        if got is None and beside_placeholder:
            got = _tight_item(t, a, item.end())
            if got is not None and (t[got[0] - 1] in _PLACE_ENDS or _org_follows(t, got[0] - 1)):
                continue                  # 桑耶寺、〔姓名〕, 纳木错、〔姓名〕: a temple, a lake in the list
        if got is not None and _stage_role(t, a, got[0]):
            continue                      # 以关羽、魏延 + 为谜底，〔姓名〕猜中: figures beside a name
        if got is not None and t[got[0] - 1] in _FEATURE_ENDS and not _BRACKET_ROLE_RE.match(t, got[0]):
            continue                      # 蒙山31亩: a mountain's forest, not a person's share
            #                               (高山（施工队负责人） is a person)
        if got is not None and _list_word(t, a, got[0]) and beside_placeholder \
                and _PERSON_QUANTITY_RE.match(t, got[0]) \
                and any(_PERSON_QUANTITY_RE.match(t, ends[x]) for x in neighbours if x in ends):
            found.append(Hit("person_name", a, got[0], DETECTOR))
            continue                      # 〔姓名〕3.7亩、文静12.4亩: each item a person and a figure
        if got is not None and beside_placeholder and t.startswith("等", got[0]) \
                and _MEMBER_AFTER_RE.match(t, got[0]):
            found.append(Hit("person_name", a, got[0], DETECTOR))
            continue                      # 高国、甘露 + 等50人: the last item before the list's count
        only_names_beside = beside_placeholder and got is not None and got[0] == item.end() \
            and (all(x in starts for x in neighbours) or is_numbered)   # (1、冷春来 2、明月)
        if got is None or (_list_word(t, a, got[0]) and not only_names_beside and not (
                beside_placeholder and (_lexicon().get(t[a:got[0]], (0, ""))[1] in _NAME_LIKE_TAGS
                                        or _BRACKET_ROLE_RE.match(t, got[0])))):
            continue                      # (〔姓名〕，〔姓名〕，杨梅——: an item alone among names; but
            #                               〔姓名〕（赵家村）、杨梅（彭家村）: a person's village in brackets)
        end = got[0]
        if end == item.end() or t[end:end + 1] in ("（", "(", "户") or t[end:end + 1].isdigit() \
                or _PERSON_QUANTITY_RE.match(t, end) or t[end:end + 1] in _SENTENCE_ENDS \
                or (t[end:end + 1] in _LIST_CLOSERS and beside_placeholder):
            found.append(Hit("person_name", a, end, DETECTOR))
    return found


_NATURE_FIRST = _by_first(sorted(NATURE_WORDS | LIFE_WORDS, key=len, reverse=True))


# Words of daily life and the public services (domain_words.tsv, kind life: 雷暴, 苗族, 钱款, 包心菜),
# by their first character.
_LIFE_FIRST = _by_first(sorted(LIFE_WORDS, key=len, reverse=True))


def _life_word_at(t: str, i: int) -> bool:
    """Does a word of daily life and the public services (kind life) begin at ``t[i]``, where no
    person stands? One of four characters or more always (龙邦速递, 艾迪生病); one of three unless a
    cue comes before (联系人：金达莱 is a woman; 由 alone is no cue: 由花间堂配送); one of two only
    without a cue, where it ends before a word, a stop or the cell's end (因雷暴死亡, 回族群众; not
    高温柔: a given name may go on), and, when its second character is a given name's, not where
    only a person stands (包山合同 is a contract; 包山（75岁） a man)."""
    w = next((w for w in _LIFE_FIRST[t[i]] if t.startswith(w, i)), "")
    if not w or len(w) >= 4:
        return bool(w)
    cue = _any_cue_before(t, i) and not _one_character_cue_before(t, i)
    if len(w) == 3 or cue:
        return not cue
    e = i + 2
    if e < len(t) and _is_cjk(t[e]) and not _is_word(t[e:e + 2]) and t[e] not in _STOP \
            and not _starts(t, e, _DOMAIN_FIRST):
        return False
    return _given_weight(w[1], True) == 0 or not (_strong_person_context(t, i, e) or _cue_after(t, e))


def _nature_item(t: str, a: int, end: int) -> bool:
    """Is the list's item ``t[a:end]`` a word of nature and farming (domain_words.tsv, kind
    nature: 柏树, 松毛虫), alone or before its count (黄牛3头), not before a person's figure?"""
    if t[a] not in _NATURE_FIRST:
        return False
    w = next((w for w in _NATURE_FIRST[t[a]] if t.startswith(w, a) and a + len(w) <= end), "")
    return bool(w) and (a + len(w) == end or t[a + len(w)].isdigit()) \
        and not _PERSON_QUANTITY_RE.match(t, a + len(w))


# The end of a sentence, which ends a list's last item too (…、彭明强；梁杰。征兵办主任…).
_SENTENCE_ENDS = frozenset("。！？!?\n")

# The longest name of an ethnic group (塔吉克族, 柯尔克孜族), which a row writes after a name.
ETHNIC_GROUP_MAX = 5

# What closes a list of persons after its last name (…、毛子峰已依法处理, …、曹莲为护林员, 等).
_LIST_CLOSERS = frozenset("已等均都为也被赴")

# How many times a list is read again for items beside the names just found in it.
LIST_PASSES = 12
# Where a list's numbers may stand: digits before 、 or a full stop, ①, （3）.
_ENUMERATOR_HINT_RE = re.compile(r"[0-9][、.．](?![0-9])|[①-⑳]|[（(][0-9一二三四五六七八九十]{1,2}[)）]")
# ... and an item that begins with one (①龙腾, 1.冷春来).
_ENUMERATED_ITEM_RE = re.compile(r"(?:^|[，,；;、/／— \t])(?:[0-9]{1,2}[.．]|[①-⑳]|[（(][0-9一二三四五六七八九十]{1,2}[)）])"
                                 f"[{_CJK}]")


# ... and a number that opens an item with a dot or in brackets (1.白雪, （2）方国庆; not 320分).
_NUMBERED_ITEM_RE = re.compile(r"(?:[0-9]{1,2}[.．]|[①-⑳]|[（(][0-9一二三四五六七八九十]{1,2}[)）])"
                               f"(?=[{_CJK}])")


def _enumerator_item(t: str, m) -> bool:
    """Is the item ``m`` only a list's number: ② or （3）, or digits with 、 or a full stop after
    them (1、; not an age between spaces: 王秀英 本人 68 高血压)?"""
    text = m.group()
    if not _ENUMERATOR_RE.fullmatch(text):
        return False
    return not text.isdigit() or t[m.end():m.end() + 1] in "、.．"


def _after_enumerator(t: str, a: int) -> int:
    """Where an item begins after its number (② + 牛犇)."""
    m = _ENUMERATOR_RE.match(t, a)
    return m.end() if m and m.end() < len(t) and not t[m.end()].isdigit() else a


# The number of a list's item (1. 2、 ② （3）), which stands between names, not for one.
_ENUMERATOR_RE = re.compile(r"[0-9]{1,2}[.、．]?|[①-⑳]|[（(][0-9一二三四五六七八九十]{1,2}[)）]")
# Words that open a list before its first item (其中张三3000元、李四2000元).
_LIST_LEADS = ("其中", "包括", "分别为", "分别是", "依次为")
# What follows each name of a list of persons: an amount, an area, an age, a house number, or a
# number already replaced.
_PERSON_QUANTITY_RE = re.compile(r"[0-9][0-9,.]*(?:元|亩|㎡|平方米|岁|人|个月)|[0-9]+-[0-9]+(?:-[0-9]+)?"
                                 r"|〔(?:身份证号|电话|银行卡号)〕")


def _tight_item(t: str, start: int, item_end: int) -> tuple[int, None] | None:
    """A list item beside a name already replaced that is exactly a surname and one or two
    characters, or those and a bracket, an amount or 户 (〔姓名〕、齐心及, 方圆户、〔姓名〕户):
    a name even when the characters make a word (lists of names are lists of names)."""
    for n in (3, 2):
        end = start + n
        if end > item_end or not all(_is_cjk(c) and c not in _STOP for c in t[start + 1:end]) \
                or t[end - 1] in _PLACE_ENDS or t[end - 1] in _VILLAGE_ENDS:
            continue                      # (马疃村 among padded names is a village)
        if end == item_end or t[end] in "（(户" or t[end].isdigit() or _PERSON_QUANTITY_RE.match(t, end) \
                or (t[end] == "等" and _MEMBER_AFTER_RE.match(t, end)):
            return end, None              # (高国、甘露 + 等50人: the list's closing count)
    return None


# Brands, herbs and medicines (徐长卿, 王不留行, 白加黑: goods as a brand is) by their first character.
_BRANDS_FIRST = _by_first(sorted(BRANDS | HERBS | FIGURES | MEDICINES, key=len, reverse=True))
# ... and the medicines alone that no brand is (_medicine_around, _medicine_item).
_MEDICINES_FIRST = _by_first(sorted(MEDICINES - BRANDS, key=len, reverse=True))
_MEDICINE_SET = MEDICINES - BRANDS
_HERBS_FIRST = _by_first(sorted(HERBS, key=len, reverse=True))


# The brands, Hong Kong's places and things as English exports spell them (Lao Gan Ma, Wang Lao
# Ji; Sha Tin, Tseung Kwan O; Chow Mein): their words are no name.
# Round 25, en25: the things and brands English text writes in pinyin in two or three words
# (pinyin_things.tsv, pinyin_brands.tsv: King Long, Mapo Doufu, Dim Sum) join them when their first
# word is no family name in any romanisation; those that read as a family name and a given name
# (Bai Di, Lan Di, Zha Jinhua, Guo Hua; Chuang Wei beside CHUANG Wei-hao) are things only where
# the text says so (_pinyin_thing_at).
_SPACED_THINGS = frozenset(w for w in PINYIN_THINGS if " " in w)
_NAME_SHAPED_THINGS = frozenset(w for w in _SPACED_THINGS if w.split()[0] in PINYIN_SURNAMES
                                or w.split()[0] in FOREIGN_SURNAMES or w.split()[0] in ROMANISED_FAMILY_SYLLABLES)
_LATIN_NAMED_THING_RE = re.compile("(?<![A-Za-z])(?i:" + "|".join(
    r"[ \t]*".join(map(re.escape, b.split())) for b in sorted(
        {b for b in BRANDS if b.isascii()} | ROMANISED_PLACES | (_SPACED_THINGS - _NAME_SHAPED_THINGS),
        key=len, reverse=True)) + ")(?![A-Za-z])")


# Mainland places as lower-case remarks split them (he fei, an hui, long gang; romanised_places.tsv).
_LOWER_SPLIT_PLACE_RE = re.compile("(?<![A-Za-z])(?:" + "|".join(
    r"[ \t]+".join(map(re.escape, p.lower().split()))
    for p in sorted(ROMANISED_SPLIT_PLACES, key=len, reverse=True)) + ")(?![A-Za-z])")


# What marks a person after a name whatever its words spell: what only a person does, an age or
# a masked number in brackets, a phone number.
_PERSON_MARK_AFTER_RE = re.compile(rf"[ \t]*\((?:aged?\b|[0-9]|〔)|{_PHONE_AFTER}|[ \t]+(?:{_LATIN_ACTS})\b")


# The festivals spelled like a name (Zhong Qiu, Yuan Xiao), read as festivals after a word of time
# (during Zhong Qiu, every yuan xiao, the Duan Wu holiday).
_TIMED_FESTIVAL_RE = re.compile("(?i:" + "|".join(
    r"[ \t]*".join(map(re.escape, f.split())) for f in sorted(ROMANISED_TIMED_FESTIVALS, key=len, reverse=True))
    + ")(?![A-Za-z])")
_TIME_WORD_BEFORE_RE = re.compile(r"\b(?i:during|every|before|after|since|until|till|over|this|last|next|the)[ \t]+$")


def _timed_festival_at(t: str, i: int) -> int:
    """The end of a festival spelled like a name (_TIMED_FESTIVAL_RE) at ``i`` after a word of
    time, or 0."""
    m = _TIMED_FESTIVAL_RE.match(t, i)
    return m.end() if m and _TIME_WORD_BEFORE_RE.search(t, max(0, i - 8), i) else 0


# Prepositions and verbs before which a brand stays a firm (由周黑鸭赞助, 流转给陈李济种植基地, 被华莱士
# 解除合同): they take a firm as readily as a person, so they are no cue for a brand.
_FRAME_BEFORE_BRAND = frozenset("由给被与向和跟同为及")
# What a firm does for an event or a purchase (由山推赞助, 由海尔提供, 由顺丰承运, 由雨润承办): after
# such a preposition and a brand these say the brand acts, though a person may sponsor or supply
# too (由李宁负责验收 is a person).
_FIRM_ACT_AFTER_RE = re.compile("(?:独家|全程|免费|无偿)?(?:赞助|冠名|提供|承办|协办|捐赠|捐助|生产|供货|供应|出品|承运|配送"
                                "|承建|施工|制造|研发|运营|售后)")


def _cue_around_brand(t: str, i: int, end: int) -> bool:
    """Does a person's cue before a listed brand at ``t[i:end]`` (not a preposition of a firm's
    frame, 由/经), a cue after it, or a number in brackets after it (an ID, a phone, an age) say a
    person bears the string there (消费者李宁, 李宁来电, 王致和（45岁）)? One rule for both lists."""
    return (_cue_before(t, i) and t[i - 1] not in _FRAME_BEFORE_BRAND) \
        or (_cue_after(t, end) and not _shop_staff_after(t, end)) \
        or _NUMBER_BRACKET_AFTER_RE.match(t, end) is not None \
        or _AGE_AFTER_BRAND_RE.match(t, end) is not None


# A person's age after a listed brand or figure, apart by a space or in brackets with the sex
# before it (张顺 31岁, 张顺（男，31岁）): a brand's or a story's figure's years are written 周年 or
# in prose, so an age in a record's layout is a person's (round 23).
_AGE_AFTER_BRAND_RE = re.compile(r"(?:[ \t\u3000]+|[ \t]*[（(][ \t]*(?:[男女][ \t]*[，,、][ \t]*)?)[0-9]{1,3}[ \t]*岁")


# Twentieth round, ta: a shop's staff after a listed shop or chain, with the holder of the post
# after the title (海王星辰店长韩大夫确认, 雷允上店长〔姓名〕, 全聚德老板老叶, 杨国福经理王伟): the shop is
# the employer, the person is the one after the title. (李宁店长 + 未到场: no holder after it, the
# title may be 李宁's own.)
_SHOP_STAFF_TITLE_RE = re.compile("(?:副店长|店长|店员|店主|值班经理|区域经理|经理|老板娘|老板|主管|收银员|营业员"
                                  "|驻店药师|执业药师|药师|质量负责人|负责人|督导|导购|厨师长|大堂经理)[：:]?")


def _shop_staff_after(t: str, end: int) -> bool:
    m = _SHOP_STAFF_TITLE_RE.match(t, end)
    if m is None or m.end() >= len(t):
        return False
    k = m.end()
    return t[k] in SURNAME_TABLE or t[k:k + 2] in SURNAME_TABLE or t.startswith(("小", "老", PLACEHOLDER), k)


def _brand_at(t: str, i: int) -> int:
    """The end of a brand, a herb or a figure of a story that reads like a name (brands.tsv,
    herbs.tsv, figures.tsv: 王老吉, 徐长卿, 鲁智深)
    beginning at ``i``, or 0; one where the text says a person stands (李宁来电, 消费者李宁,
    王致和（45岁）) is a person's name."""
    for b in _BRANDS_FIRST.get(t[i], ()):
        if t.startswith(b, i):
            end = i + len(b)
            if (b in FIGURES or (len(b) <= 3 and b in MEDICINES and b not in BRANDS)) and end < len(t) \
                    and _given_weight(t[end], True) > 0 and not _is_word(t[end:end + 2]):
                return 0                  # 杨志 + 刚与母亲, 丁香 + 梅已: a given name runs on from a
                #                           figure's or a short medicine's
            # (在王老吉参保, 在周大福务工: where one works or is insured, so what follows is the
            # worker's; not 在李宁家中)
            if len(b) >= 3 and b in MEDICINES and b not in BRANDS and not b in FIGURES \
                    and (len(b) >= 4 or not _cue_around_brand(t, i, end)):
                return end                # 布地奈德 + 未按规定登记, 予六君子汤 + 口服: a medicine
                #                           is no person whatever act follows it (one of three
                #                           characters is a name after a person's cue)
            at_place = i > 0 and t[i - 1] in _PLACE_BEFORE and not _HOME_AFTER_RE.match(t, end)
            if i > 0 and t[i - 1] in _FRAME_BEFORE_BRAND and _FIRM_ACT_AFTER_RE.match(t, end):
                return end                # 由海尔提供, 由雨润承办: the brand acts as a firm
            if _shop_staff_after(t, end) and not (_cue_before(t, i) and t[i - 1] not in _FRAME_BEFORE_BRAND):
                return end                # 海王星辰 + 店长韩大夫确认: the shop's staff, the holder
                #                           after the title (round 20)
            if _cue_around_brand(t, i, end) \
                    or (not at_place and (_person_after(t, end) or _strong_person_context(t, i, end))) \
                    or (end < len(t) and _given_weight(t[end], True) >= STRONG_GIVEN
                        and (_person_after(t, end + 1) or _cue_after(t, end + 1))):
                return 0                  # (东方红 + 梅已于1月去世: a name the brand begins; 金艳 +
                #                           （5426211986****7437）: a person's ID or phone follows)
            return end
    return 0


_FIGURES_FIRST = _by_first(sorted(FIGURES, key=len, reverse=True))


def _figure_cut(t: str, i: int, end: int) -> int:
    """Where a figure's name of figures.tsv (王羲之, 孙悟空) begins inside the candidate
    ``t[i:end]`` and runs on past it (周末 + 王羲之故居 read as 周末王), or 0."""
    for k in range(i + 1, end):
        for b in _FIGURES_FIRST.get(t[k], ()):
            if k + len(b) > end and t.startswith(b, k):
                return k
    return 0


# An ID card's or a phone's number in brackets, whole or masked, right after a word: the person's.
_NUMBER_BRACKET_AFTER_RE = re.compile(r"[ \t]*[（(][0-9]{6,}[0-9*＊xX×]*[）)]")


BRAND_LEAD_MAX = 3     # characters of a brand before a surname inside it (农夫 + 山泉)
BRAND_BEFORE_MAX = 5   # the longest brand read before a product's name (云南白药 + 气雾剂)


def _brand_before(t: str, i: int) -> bool:
    """Does a brand end right before ``t[i]`` (马应龙 + 麻痔膏, 六神 + 花露水, 王守义 + 十三香): what
    begins there is the product it names? A brand that begins with a surname counts where it is
    read as the brand (_brand_at: not 李宁 + 来电)."""
    for n in range(2, min(i, BRAND_BEFORE_MAX) + 1):
        b = t[i - n:i]
        if b in BRANDS and (b[0] not in _SINGLE_SET or _brand_at(t, i - n) == i):
            return True
    return False


def _brand_around(t: str, i: int) -> int:
    """The end of a brand that begins with no surname up to BRAND_LEAD_MAX characters before
    ``i`` and runs over it (农夫山泉 read at 山), or 0; one where the text says a person stands
    is a name (see _brand_at). A brand that begins with a surname is read there."""
    for k in range(max(0, i - BRAND_LEAD_MAX), i):
        if t[k] in _BRANDS_FIRST and t[k] not in _SINGLE_SET:
            end = _brand_at(t, k)
            if end > i and not (k > 0 and t[k:end] in _MEDICINE_SET and _is_word(t[k - 1:k + 1])):
                return end                # (not 目 + 前胡 + 解放: a word ends in the medicine's
    return 0                              # first character)


# Round 19: the brands of brands_marked.tsv (雅迪, 伊芙丽, 沃得, 郑州银行) are kept only on evidence that the
# string is a brand HERE; elsewhere the detector reads them as it would without the list (a blind set
# put persons bearing such strings where no rule had a person's cue). The evidence, as remarks name a
# brand: a product or trade word right after it (雅迪电动车, 伊芙丽专柜, 沃得牌, 华硕公司; not what a
# person does or owns: 华硕手机号, 雅迪电动车被盗, 乐高健身时, 奇星加盟后, 杜邦门面, 山航航班, 银行卡,
# 物业费), a trademark sign after it, quote marks around it (not after 绰号, 外号, 叫), a buying or
# selling verb before it with a count of goods after (购置沃得一台, 销售国台两箱), a brand's label before
# it (品牌：, 商标：, 店名：, 字号：, 生产厂家：).
_MARKED_BRANDS_FIRST = _by_first(sorted(MARKED_BRANDS, key=len, reverse=True))
_MARKED_BRAND_AFTER_RE = re.compile(
    r"[ \t]*(?:®|™|[(（](?:R|TM)[)）]|牌(?![照子友局])|品牌|商标|字样|标识|系列|旗下|产品|商品|专卖|专柜|门店|门头|店招"
    r"|加盟店|加盟商|旗舰店|直营店|体验店|专营店|分店|总店|店(?![里长])|连锁|超市|商场|商城|便利店|百货|购物中心|公司|集团"
    r"|股份|有限|厂(?![长里])|官方|官网|客服|售后|经销商|经销点|代理商|网点|营业厅|4S店|APP|App|app|平台|小程序|酒店|宾馆"
    r"|酒家|餐厅|影城|影院|乐园|银行(?![卡账流存])|证券|基金|保险公司|物业(?!费)|地产|置业|楼盘|眼科医院|口腔医院|口腔门诊"
    r"|齿科|教育机构|教育集团|培训机构|培训学校|早教|婚纱摄影|洗衣店|照相馆|美容院|健身房|健身中心|快递公司|快递网点|物流"
    r"|航空公司|车型"
    r"|(?:手机|电脑|笔记本|平板|耳机|电视|空调|冰箱|洗衣机|热水器|油烟机|燃气灶|净水器|电动车|摩托车|汽车|轿车|客车|货车"
    r"|挖掘机|挖机|拖拉机|收割机|农机|轮胎|电池|插座|运动鞋|皮鞋|鞋子|服装|服饰|女装|男装|童装|外套|羽绒服|内衣|西服|衬衫"
    r"|首饰|黄金|珠宝|手表|眼镜|镜片|家具|沙发|床垫|地板|瓷砖|涂料|油漆|水泥|卫浴|马桶|化妆品|护肤品|洗发水|面霜|口红"
    # (the product forms of the cosmetics classification, 化妆品分类规则和分类目录 2021: hair dyes,
    # perms, shampoos and conditioners, skin and make-up goods: 施华蔻染发剂; locks and safe doors
    # of the hardware trade: 防盗门, 锁芯)
    r"|染发剂|染发膏|彩染膏|烫发剂|烫发水|冷烫精|定型剂|发胶|发蜡|啫喱水|摩丝|洗发露|洗发液|护发素|发膜|沐浴露|洗面奶"
    r"|爽肤水|乳液|精华液|防晒霜|面膜|粉底|眉笔|睫毛膏|指甲油|卸妆水|祛斑霜|美白霜"
    r"|锁芯|锁具|门锁|指纹锁|智能锁|防盗门|保险柜|保险箱"
    r"|香水|牙膏|奶粉|牛奶|酸奶|饮料|凉茶|矿泉水|白酒|啤酒|红酒|黄酒|茶叶|奶茶|咖啡|火锅|烤鸭|月饼|糕点|零食|食品"
    r"|香肠|火腿|调料|底料|味精|酱油|种子|化肥|复合肥|农药|饲料|兽药|药品|药店|大药房|胶囊|口服液|保健品|玩具|文具|颜料"
    r"|香烟|卷烟)"
    r"(?![ \t]*(?:号|[0-9０-９*＊]|[:：]|被|丢|遗失|损坏|失窃|没电|坏|进水|摔|欠费|停机|关机|打不通|无人接听|费|款|钱|维修)))")
_MARKED_BRAND_BEFORE_RE = re.compile(
    r"(?:(?:品牌|商标|注册商标|店名|字号|商号|店招|招牌|品名|产品名称|商品名称|厂家|生产厂家|生产商|制造商|厂商)"
    r"(?:名称)?[为是]?[:：]?[ \t]*"
    # (goods of the cosmetics and the lock trades named before their brand: 染发剂为施华蔻, 锁芯是王力)
    r"|(?:染发剂|染发膏|烫发剂|烫发水|洗发水|洗发露|护发素|化妆品|护肤品|面膜|锁芯|门锁|防盗门|智能锁)"
    r"(?:用的)?(?:为|是)[ \t]*)$")
_MARKED_BRAND_SELL_BEFORE_RE = re.compile(
    r"(?:购买|购置|选购|订购|采购|销售|出售|售卖|经营|代理|经销|批发|零售|进货|假冒|仿冒|冒用|查扣|查获|扣押)$")
_MARKED_BRAND_GOODS_COUNT_RE = re.compile(
    r"[ \t]*(?:[0-9０-９]+|[一二两三四五六七八九十百几]+)[ \t]*(?:台|箱|瓶|件|盒|袋|包|双|辆|部|桶|罐|条|套|批次|批|吨|斤|公斤|支|份|款)"
    r"|[ \t]*(?:等)?(?:货物|商品|产品)")
_QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"', "‘": "’", "'": "'"}
_QUOTED_PERSON_BEFORE_RE = re.compile(r"(?:绰号|外号|昵称|小名|网名|化名|乳名|人称|叫|称为|名为|名叫|签名)[:：]?$")
MARKED_LEAD_MAX = 3    # characters of a marked brand before a surname inside it (芝 + 华仕)


def _marked_brand_at(t: str, i: int) -> int:
    """The end of a brand of brands_marked.tsv that begins at ``i`` (or up to MARKED_LEAD_MAX
    characters before it with no surname: 芝华仕 read at 华) and that the text marks as a brand
    there (see _MARKED_BRAND_AFTER_RE and the rest above), or 0; a person's cue before it or after
    it, or a number in brackets after it, make it a person's name as for brands.tsv."""
    for k in range(max(0, i - MARKED_LEAD_MAX), i + 1):
        if t[k] not in _MARKED_BRANDS_FIRST or (k < i and t[k] in _SINGLE_SET):
            continue
        for b in _MARKED_BRANDS_FIRST[t[k]]:
            end = k + len(b)
            if end <= i or not t.startswith(b, k):
                continue
            q = _QUOTES.get(t[k - 1]) if k > 0 else None
            if not (_MARKED_BRAND_AFTER_RE.match(t, end) or _shop_staff_after(t, end)
                    or _MARKED_BRAND_BEFORE_RE.search(t, max(0, k - 12), k)
                    or (_MARKED_BRAND_SELL_BEFORE_RE.search(t, max(0, k - 2), k)
                        and _MARKED_BRAND_GOODS_COUNT_RE.match(t, end))
                    or (q is not None and t.startswith(q, end)
                        and not _QUOTED_PERSON_BEFORE_RE.search(t, max(0, k - 5), k - 1))):
                continue
            if _cue_around_brand(t, k, end):
                return 0                  # 投诉人雅迪电动车被撞: a cue says a person stands there
            return end
    for k in range(max(0, i - MARKED_LEAD_MAX), i):
        if t[k] not in _MARKED_BRANDS_FIRST or t[k] not in _SINGLE_SET or _freq(t[k:i]) < LEXICON_WORD_MIN \
                or _lexicon()[t[k:i]][1].startswith("nr"):
            continue
        for b in _MARKED_BRANDS_FIRST[t[k]]:
            end = k + len(b)
            if len(b) >= 4 and end > i and t.startswith(b, k) and not _cue_around_brand(t, k, end):
                return end                # 金色 + 农华: a long brand whose first part is an everyday
                #                           word: no name begins inside it, marked or not (a person
                #                           may bear the brand's string, not its tail)
    return 0


# Prepositions and verbs after which a county's name is a place even when what follows is what a
# person does (在邹平务工, 户籍在高明; but 高明已去世 is a person).
_PLACE_BEFORE = frozenset("在到赴去往从至于自住居")


# Last characters of landmarks and places (贺兰山, 黄鹤楼, 范公亭, 西湖): a list whose items end so
# is a list of places, whatever surname one of them begins with.
_LANDMARK_ENDS = frozenset("山岭峰湖河江海岛寺庙庵观祠阁楼亭塔台宫殿园桥洞泉关陵淀") | _PLACE_ENDS
PLACE_LIST_MIN = 2        # landmarks or places among a list's other items that make it a list of places
_PLACE_LIST_RE = re.compile(f"[{_CJK}]{{2,8}}(?:[、和及][{_CJK}]{{2,8}}){{2,}}")
_PLACE_LIST_ITEM_RE = re.compile("[^、和及]+")


# A table printed as text, a row to a line: the first cell, then the row's other cells (温暖 29天
# 8289元). Where most rows begin with a name found, a row that begins so with a surname begins with
# a name too, whatever word it makes.
_ROW_HEAD_RE = re.compile(f"^[ \t]*([{_CJK}](?:[ \u3000]{{0,2}}[{_CJK}]){{1,3}})(?=[ \t]+[^ \t\n])", re.M)
ROW_HEADS_MIN = 2         # rows beginning with a name found that make the others' first cells names


def _row_heads(t: str, hits: list[Hit]) -> list[Hit]:
    """The first cells of the rows (see _ROW_HEAD_RE) that begin with a surname, no place, brand
    or firm, where at least ROW_HEADS_MIN rows and half of them begin with a name found."""
    heads = list(_ROW_HEAD_RE.finditer(t))
    if len(heads) < ROW_HEADS_MIN + 1:
        return []
    starts = {h.start: h.end for h in hits}
    named = [m for m in heads if starts.get(m.start(1)) == m.end(1)]
    if len(named) < ROW_HEADS_MIN or len(named) * 2 < len(heads):
        return []
    out = []
    for m in heads:
        a, b = m.span(1)
        if a in starts or any(h.start < b and a < h.end for h in hits):
            continue
        surname = t[a:a + 2] if t[a:a + 2] in COMPOUND_SURNAMES else t[a]
        if surname not in _SINGLE_SET or _division_at(t, a) or _brand_at(t, a) \
                or t[b - 1] in _LANDMARK_ENDS or _org_follows(t, b):
            continue
        out.append(Hit("person_name", a, b, DETECTOR))
    return out


def _without_place_list_items(t: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the names read in a list of places (途经秦皇岛、包头、贺兰山、黄山; 景点：岳阳楼、
    滕王阁、范公亭): an item whose name and the place character after it make the whole item, or
    that is all a name ending like a place, in a list whose other items are mostly places. A
    name with a cue before it or a person's mark after it stays a name."""
    out = hits
    for m in _PLACE_LIST_RE.finditer(t):
        items = [i.span() for i in _PLACE_LIST_ITEM_RE.finditer(t, m.start(), m.end())]
        placey = sum(b - a >= 2 and (t[b - 1] in _LANDMARK_ENDS or _division_at(t, a) >= b) for a, b in items)
        if placey < max(PLACE_LIST_MIN, (len(items) + 1) // 2):
            continue
        landmarks = [(a, b) for a, b in items if t[b - 1] in _LANDMARK_ENDS
                     and not _cue_before(t, a) and not _person_marked_after(t, b)]
        divisions = [(a, b) for a, b in items if _division_at(t, a) >= b and not _cue_before(t, a)]
        out = [h for h in out if not any(a <= h.start < b and h.end in (b, b - 1) for a, b in landmarks)
               and not any(a <= h.start and h.end <= b for a, b in divisions)]
        #                                   (乌兰 + 察布: any part of a city's name in the list)
    return out


def _lexicon_place_at(t: str, h: Hit) -> bool:
    """Does a place of four characters the lexicon knows (tag ns) cover the name read and more,
    from where it begins or one character before (乌兰 + 浩特, 阿拉善 + 盟, 乌 + 兰浩特), with no
    cue before it and nothing that only a person does after it? (Not a shorter one: the lexicon
    tags some names so, 马建国 and 张治国.)"""
    for a in (h.start, h.start - 1):
        k = a + 4
        if a >= 0 and h.end <= k <= len(t) and (a < h.start or h.end < k) \
                and _lexicon().get(t[a:k], (0, ""))[1] == "ns":
            return not _cue_before(t, a) and not _person_after(t, k) and not _cue_after(t, k)
    return False


def _place_table_tail(t: str, h: Hit) -> bool:
    """Is the name read the end of a city's or a county's name that begins one or two characters
    before it (锡 + 林浩特, 二 + 连浩特), with no cue before the place?"""
    return any(j >= 0 and t[j:h.end] in PLACE_NAMES and not _cue_before(t, j)
               for j in (h.start - 1, h.start - 2))


_STREET_ENDS = frozenset("路街")


def _street_named_after(t: str, h: Hit) -> bool:
    """Is the name read the start of a street named after a person (在赵登禹路经营, 住址：张自忠路
    18号): 路 or 街 right after it or after one more character, where a place stands (after 在,
    于, 住 …, or before a number); not 王伟路过 (路过 is a word)."""
    for e in (h.end, h.end + 1):
        if e < len(t) and t[e] in _STREET_ENDS and _is_cjk(t[e - 1]) \
                and ((h.start > 0 and t[h.start - 1] in _PLACE_BEFORE) or t[e + 1:e + 2].isdigit()) \
                and (e > h.end or not _is_word(t[e:e + 2])):
            return True
    return False


def _prefer(special: list[Hit], hits: list[Hit]) -> list[Hit]:
    """The hits of a reading made for one kind of name (padded, Japanese, Tibetan, dotted), and the
    other hits that do not overlap them: that reading knows where its names end."""
    return [h for h in hits if not any(e.start < h.end and h.start < e.end for e in special)] + special


# The lexicon's tags of a word after a county's name, and the body's or the venue's last word after
# it, that make the county the place of a body or an event (黎川 + 民政局, 武胜 + 公共法律服务中心,
# 贺州 + 马拉松补给站; not 责令岑溪 + 限期改正, 由江海 + 带队: what a person does).
_NOUN_AFTER_COUNTY_TAGS = frozenset({"n", "b", "vn", "s", "nz", "nr"})
_BODY_AFTER_COUNTY_RE = re.compile(f"[{_CJK}]{{1,8}}?(?:局|院|中心|站|会|所|馆|学校|中学|小学|公司|法庭|办|赛)")


def _county_read(t: str, i: int, end: int) -> bool:
    """Is the candidate ``t[i:end]`` a county's name (黎川 + 民政局, 武胜 + 公共法律服务中心, 在邵阳 +
    随子女居住), or one with the first character of a word after it (彭州 + 慈 + 善总会, 汪清 + 海 +
    域) or of its lake or mountain (洪泽 + 湖), where nothing says a person stands there? (A name
    that is a county's too is read by what follows it: 黎川来电, 黎川（45岁）.)"""
    at_place = i > 0 and t[i - 1] in _PLACE_BEFORE   # (在洪泽湖 + 救起: where a person acted)
    if t[i:end] in PLACE_NAMES:
        n = end - i                       # (责令岑溪限期改正: a verb after it, a person)
        if not (at_place or (_NOUN_AFTER_COUNTY_TAGS.intersection(
                (_lexicon().get(t[end:end + 2], (0, ""))[1], _lexicon().get(t[end:end + 3], (0, ""))[1]))
                and _BODY_AFTER_COUNTY_RE.match(t, end))):
            return False
    else:
        n = end - i - 1
        if n < 2 or not (t[i:i + n] in PLACE_NAMES and (
                t[end - 1] in _FEATURE_ENDS or _freq(t[end - 1:end + 1]) >= ACTION_WORD_MIN)):
            return False
    return not ((not at_place and (_person_after(t, i + n) or _person_after(t, end)))
                or _BRACKET_ROLE_RE.match(t, end) or t.startswith(_STRONG_AFTER_CUES + _TITLES, end)
                or _strong_person_context(t, i, end) or _person_slot(t, i, end))


def _water_or_hill_at(t: str, i: int, end: int) -> bool:
    """Is the candidate ``t[i:end]`` of three characters or more, after 在 or 到 and ending in 河,
    湖, 山 (在马颊河救起, 到洪泽湖边), or of two ending in 河, 江 or 湖 (在卫河从事捕捞, 在琴江钓鱼), a
    river, a lake or a mountain: not a person's home, side or help after it (在张清河家中, 在王大山的
    帮助下, 在李江指导下)?"""
    return (end - i >= 3 or (end - i == 2 and t[end - 1] in _WATER_ENDS)) and i > 0 \
        and t[i - 1] in _PLACE_BEFORE and t[end - 1] in _FEATURE_ENDS \
        and not _HOME_AFTER_RE.match(t, end) and not _person_marked_after(t, end) \
        and not _applicant_named(t, i, end) \
        and not t.endswith(_VERBS_ENDING_IN_TO, 0, i)   # (关于 + 汪宝山 + 申请: 于 of 关于 is no
    #                                                     place's; 收到 + 葛金山 + 实名举报: 到 ends a verb)


# Verbs that 到 ends as their result, whom or what one gets or meets (收到葛金山举报, 找到王大山).
_VERBS_ENDING_IN_TO = ("收到", "接到", "得到", "受到", "遇到", "找到", "看到", "听到", "碰到")


# What a person does with papers or an office right after the name (宁德 + 签字确认后领取, 江山 + 反映):
# no place signs, collects or complains (_AFTER_CUES less what follows a place too: 户籍, 家庭).
_PERSON_ACTS_AFTER = ("代领", "代为", "领取", "签字", "签收", "签名", "反映", "投诉", "来电", "来信", "自述")
# ... and the verbs that make the one after them the doer of what follows (责令 + 岑溪 + 限期改正,
# 督促, 通知 + 龙江 + 到场): an office orders, reminds or summons a party, not a place.
# A relative of the one named right after the name (金华 + 母亲住院, 岳阳 + 妻子): only a person has
# them (not 母亲河, 母亲节: a river, a feast).
def _kin_after(t: str, end: int) -> bool:
    return t.startswith(_KIN_WORDS, end) and t[end + 2:end + 3] not in ("河", "节")


_PIVOT_BEFORE_RE = re.compile(f"(?:责令|督促|通知|告知|约谈|劝导|提醒|催促|敦促)[{_SINGLE}]?$")   # (责令 + 秋 + 岑溪: a
#                                                                       surname passed over before it)


# Cues that take a body (a city's or a county's government, a town's, a neighbourhood's) as readily as
# a person: what a clerk hands over, entrusts, refers or pays to, and who arranges or bears a thing
# (由邵阳统一安排, 交给衡阳处理, 委托邵阳代为发放, 通知靖边派人核实). After them a known place written
# whole is the place where what follows is what a body does (_BODY_DOINGS_AFTER) and nothing else
# marks a person (_known_place_read's other tests: 由金华 + 签字, + 母亲, +（45岁）); anything else
# after it leaves the cue its person (由江海 + 带队, 由高平每月 + 代取药, 委托武平 +（另案处理）, 通知龙江
# + 到场). A private person after these cues with a whole name stays one (由张金华统一安排).
_BODY_TAKING_CUES = frozenset(("由", "委托", "联系", "交给", "交由", "付给", "发给", "拨付给", "转给",
                               "退还给", "转让给", "调整给", "通知", "告知"))
# ... what a body (an office, a government, a neighbourhood's committee) does, said right after its
# name: arranges, bears, runs, pays, sends staff, checks, receives, acts for another; and its side,
# its offices (萧山方面, 罗湖居委).
_BODY_DOINGS_AFTER = ("统一", "负责", "承担", "承办", "主办", "协办", "牵头", "组织", "安排", "发放", "办理",
                      "处理", "调配", "提供", "派人", "派员", "派车", "协调", "核实", "核查", "审核", "审批",
                      "接收", "安置", "对口", "代为", "托管", "管理", "监管", "落实", "实施", "执行", "受理",
                      "回复", "答复", "出具", "补发", "拨付", "支付", "划拨", "印制", "配送", "转运", "督办",
                      "跟进", "复核", "备案", "验收", "兑付", "研究", "兜底", "垫付", "筹集", "资助", "援建",
                      "方面", "居委", "村委", "社区", "街道", "政府", "有关部门", "相关部门")


def _body_taking_cue_before(t: str, i: int) -> bool:
    m = _BEFORE_RE.search(t, max(0, i - 6), i)
    return m is not None and m.group().strip(_CUE_TAIL) in _BODY_TAKING_CUES


def _known_place_at(t: str, i: int, end: int) -> int:
    """The end of a known place (KNOWN_PLACES) that begins at ``i`` and is ``t[i:end]`` or runs on
    past it (呼伦贝 + 尔, 乌兰察 + 布: a candidate cut inside a longer place's name), else 0."""
    for n in _KNOWN_PLACE_LENGTHS:
        if i + n >= end and i + n <= len(t) and t[i:i + n] in KNOWN_PLACES:
            return i + n
    return 0


# A candidate that is a known place of China, whole (cpca's divisions and places_cn.tsv: 岳阳, 贺州,
# 杨凌, 洪河, 骆马湖) is that place wherever nothing says a person stands: clerks write places
# bare, before a section, a market, a relocation, a direction, a service area or at a heading
# (巡河记录：白河贺州段, 杨凌迁坟补偿名单公示, 吴忠附近有采砂船); a person of the same characters (a man
# named 江山 or 宁德) comes with a cue before him (联系人, 村民, 其子), a list of persons he stands
# in, what only a person does or has after him (签字, 反映, 未到场, （男，45岁）, 之妻, 家中), or a
# title. (Measured with a sweep of the gazetteer's names in clerks' frames both ways.)
def _known_place_read(t: str, i: int, end: int, named: int) -> bool:
    whole = _known_place_at(t, i, end)
    if whole > end:
        end = whole                       # 由呼伦贝尔负责: the place's whole name, not 呼伦贝 (nor 乌兰 of
        #                                   乌兰察布)
    elif t[i:end] not in KNOWN_PLACES:
        if end - i >= 3 and t[i:end - 1] in KNOWN_PLACES and (
                _freq(t[end - 1:end + 1]) >= ACTION_WORD_MIN or t.startswith(_BODY_DOINGS_AFTER, end - 1)):
            end -= 1                      # 通知靖边 + 派人核实: a place, then the first character of a
            #                               word (_county_read reads it so where no cue stands before)
        elif not (end - i >= 3 and t[end - 1] == "段" and t[i:end - 1] in KNOWN_PLACES):
            return False
        else:
            end -= 1                      # 白河 + 岳西 + 段: a river's or a road's section by place
    act = _act_field(t, i, end)
    body = _body_taking_cue_before(t, i) and t.startswith(_BODY_DOINGS_AFTER, act)
    return not ((_cue_before(t, i) and not body)
                or _listed(t, i, named)
                or (t.startswith(_PERSON_ACTS_AFTER, act) and not body)   # (委托邵阳 + 代为发放)
                or (_PIVOT_BEFORE_RE.search(t, max(0, i - 3), i) is not None and not body)
                or _kin_after(t, end)
                or _lexicon().get(t[end:end + 2], (0, ""))[1] == "t"   # (宁德 + 今日到所办理: a
                #                                 subject that acts; left to the other readings)
                or _person_after(t, act)
                or _BRACKET_ROLE_RE.match(t, end) or t.startswith(_STRONG_AFTER_CUES + _TITLES, end)
                or _DATE_AGE_RE.match(t, end)
                or (_HOME_AFTER_RE.match(t, end) and t[end] != "的"
                    and not (t[end] == "处" and _is_word(t[end:end + 2])))   # (交给衡阳 + 处理)
                or (_strong_person_context(t, i, end)
                    and not (body and t[i - 1] == "由" and not _person_marked_after(t, end)))
                #                   (由 + 桂阳 + 办理: the frame of _PERSON_FRAME_AFTER, a body's doing too)
                or _person_slot(t, i, end))


def _expressway_at(t: str, i: int) -> int:
    """The end of an expressway's short name and 高速 at ``t[i]`` (沈海高速, 杭金衢高速: places_cn.tsv),
    else 0: the name of an expressway is its endpoints' short names, which begin with a surname
    as often as any place's."""
    for n in EXPRESSWAY_LENGTHS:
        if t.startswith("高速", i + n) and t[i:i + n] in EXPRESSWAYS:
            return i + n + 2
    return 0


# Round 29 (mw29): a compound surname and a given name of two (南宫秀英, 长孙翠花, 南宫和平, 南宫毛毛):
# the compound is rare as anything else, so a given name's shape after it (a word of given_words.tsv,
# a pair of strong given characters, a doubled one) and the end of a phrase after that make a name,
# whatever a county of the same name (南宫, Hebei) or a word ending in its first character (时长 +
# 孙) would make of it. A compound that is an everyday word too (东方, 第五: frequent in the lexicon
# and tagged no name) needs a cue before it or what only a person does after it (not 东方 + 明珠,
# 第五 + 条规).
def _compound_given_whole(t: str, i: int) -> bool:
    j = i + 2
    if t[i:j] not in COMPOUND_SURNAMES or j + 2 > len(t) or not (_is_cjk(t[j]) and _is_cjk(t[j + 1])):
        return False
    g1, g2 = t[j], t[j + 1]
    if ((g1 in _STOP or g2 in _STOP or g1 in _NOT_GIVEN or g2 in _NOT_GIVEN) and t[j:j + 2] not in GIVEN_WORDS) \
            or t[i:j + 1] in _lexicon() or t[i:j + 2] in _lexicon() or _set_phrase(t[i:j + 2]) \
            or not (t[j:j + 2] in GIVEN_WORDS or _strong_pair(t, j)
                    or (g1 == g2 and g1 not in _NICK_NOT_DOUBLED
                        and _lexicon().get(t[j:j + 2], (0, ""))[1] in ("n", "nr", "nz"))):
        return False
    e = j + 2
    if _freq(t[i:j]) >= CUED_WORD_MIN and not _lexicon()[t[i:j]][1].startswith("nr"):
        return _any_cue_before(t, i) or _person_after(t, e) or _cue_after(t, e)
    return e == len(t) or not _is_cjk(t[e]) or t[e] in _STOP or _person_after(t, e) \
        or _cue_after(t, e) or _is_verb(t[e:e + 2])


def _chinese_hits(t: str, public_names: bool, tagger: bool) -> list[Hit]:
    hits: list[Hit] = []
    pending: list[tuple[int, int, str]] = []
    covered = 0
    named = 0                             # (the end of the last name found: a list goes on from it,
    #                                       not from a brand or a place covered: 牛膝、丁香 are herbs)
    passed = 0                            # (the end of a figure's name: no candidate inside it)
    storms = _STORM_WORD_RE.search(t) is not None
    titled = "《" in t                    # (works and their authors: _work_title_close)
    for m in _START_RE.finditer(t):
        i = m.start()
        if i < covered or i < passed:
            continue
        if titled:
            work = _work_title_close(t, i)
            work = work if work >= 0 else _work_author_end(t, i)
            if work > 0:
                passed = work
                continue                  # 《包法利夫人》, 《红楼梦》作者曹雪芹: a work, its author
        surname = m.group(1)
        moved = _moved_place_at(t, i)
        if moved:
            covered = moved               # 搬往许昌，联系电话…, 住延吉，66岁: where one moved or lives
            continue
        whole = len(surname) == 2 and _compound_given_whole(t, i)   # (南宫 + 秀英: mw29)
        division = _division_at(t, i) if not whole else 0
        run_on = _divisions_run_on(t, i) if division else 0   # (no division: no run either)
        if run_on or (division and (_place_end_before_word(t, division)
                                    or t.startswith(_GROUPS_FROM_PLACE, division))):
            covered = run_on or division  # 为郑州中原区, 黄岛区长江中路: places, after a cue too
            #                               (金华务工人员: whatever a person's word 务工 says)
            continue
        if division and ((not _cue_before(t, i) and not _listed(t, i, named)) or _institution_after(t, division)) \
                and not _BRACKET_ROLE_RE.match(t, division) \
                and not t.startswith(_STRONG_AFTER_CUES + _TITLES, division) \
                and not (_DATE_AGE_RE.match(t, division) or t.startswith(("为其", "已满"), division)) \
                and not ((_person_after(t, _act_field(t, i, division))
                          or t.startswith(_PERSON_ACTS_AFTER, _act_field(t, i, division))
                          or _kin_after(t, division))
                         and (i == 0 or t[i - 1] not in _PLACE_BEFORE)) \
                and not _strong_person_context(t, i, division) and not _person_slot(t, i, division):
            covered = division            # 在邹平务工, 乌鲁木齐: a city or a county (cpca's table;
            #                               not where only a person stands: 楼长 + 白云 + 介绍, 与 +
            #                               米东 + 因合伙 after a name found)
            continue
        road = _expressway_at(t, i) if t.startswith("高速", i + 2) or t.startswith("高速", i + 3) else 0
        if road:
            covered = road                # 包茂高速, 杭金衢高速: an expressway (places_cn.tsv)
            continue
        brand = _brand_at(t, i) or _brand_around(t, i) or _marked_brand_at(t, i) \
            or _medicine_around(t, i) or _dosage_medicine_at(t, i) or _decoction_at(t, i)
        if brand:
            covered = brand               # 销售假冒王老吉凉茶, 胡庆余堂: goods and shops; 农夫 + 山泉:
            continue                      # a brand that begins before the "surname"
        if _counted_thing_before(t, i):
            covered = i + _thing_word_length(t, i)
            continue                      # 3头 + 黑鹳死亡, 两台 + 东方红拖拉机: a number and a measure
            #                               word of animals and things count what follows (people
            #                               are counted by 名, 位, 个, 人), the whole word of it
        found = None
        if len(surname) == 2 and i > 0 and (t[i] == "长" or t[i - 1:i + 1] in _TITLES) \
                and _is_word(t[i - 1:i + 1]) and not (whole and t[i - 1:i + 1] not in _TITLE_SET
                                                      and not _CUE_ENDING_RE.search(t, max(0, i - 5), i + 1)):
            surname = surname[1]          # 河长 + 孙玉军: the compound's first character ends a
            i += 1                        # post before it (长孙 is no surname there; 上司 +
            #                               马学军 is 司马学军, a compound after 楼上)
            if i < covered or surname not in _SINGLE_SET:
                continue
        if len(surname) == 2:
            found = _candidate(t, i, surname, listed=_listed(t, i, named))
            if whole and (found is None or found[1] is not None or found[0] < i + 4):
                found = (i + 4, None)     # (南宫毛毛 + 与, 长孙翠花 + 已: mw29)
            if found is None:
                surname = surname[0]
                if surname not in _SINGLE_SET:
                    continue
        if found is None:
            found = _candidate(t, i, surname, listed=_listed(t, i, named))
        if found is None:
            continue
        end, needs_tagger = found
        if len(surname) == 1 and (surname in _STOP or surname in _KIN_CHARS) and end - i <= 3 \
                and t[i + 1:i + 2] in NAME_SURNAMES:
            after = _candidate(t, i + 1, t[i + 1], listed=False)
            if after is not None and after[0] > end:
                i, surname = i + 1, t[i + 1]   # 向 + 张辉彬, 随母 + 莫霞怡: a preposition or a
                end, needs_tagger = after[0], None   # relative before a whole name, which the
                #                                      next surname begins (a name is there
                #                                      either way: no tagger to ask)
        cut = _figure_cut(t, i, end)
        if cut:
            if cut - i < 2:
                continue
            end = cut                     # 周末 + 王羲之故居: no candidate runs into a figure's name
        if _listed(t, i, named) and _list_word(t, i, end) and not _cue_before(t, i):
            continue                      # 方正、简洁: a list of words, not of names
        if t[end - 1] in _FEATURE_ENDS and _geography_near(t, end) and not _cue_before(t, i):
            covered = end                 # (no name inside it either: 赵 + 王河)
            continue                      # 巡查白浪河，…采砂: a river where the text tells the land
        if ((not _cue_before(t, i) or t[i - 1] in _FRAME_BEFORE_BRAND)
                and (_county_read(t, i, end) or _water_or_hill_at(t, i, end))) \
                or ((surname in FUNCTION_SURNAMES or surname in _STOP) and t[i + 1:end] in PLACE_NAMES
                    and _institution_after(t, end)):
            covered = end                 # (no name inside it either: 在赵王河钓鱼 has no 王河)
            continue                      # 黎川 + 民政局, 由 + 彭州 + 慈善总会, 洪泽 + 湖边: a
            #                               county (由 takes a body as readily as a person; 患儿由黎川 +
            #                               儿童福利院 is no 由 + 黎川, after a cue too); 在 + 马颊河 + 救起: a
            #                               river where a deed was done
        if surname == "由" and end - i >= 3 and _known_place_read(t, i + 1, end, named):
            covered = max(end, _known_place_at(t, i + 1, end))
            continue                      # 由 + 五华 + 负责接收: the preposition (a surname too) before
            #                               a known place, at a clause's start (_BODY_TAKING_CUES)
        if _known_place_read(t, i, end, named):
            covered = max(end, _known_place_at(t, i, end))   # (呼伦贝 + 尔: the place's whole name)
            continue                      # 白河 + 贺州 + 段, 吴忠 + 附近: a known place, no person's
            #                               context (_known_place_read)
        if public_names and (not (_private_cue_before(t, i) or _applicant_named(t, i, end))
                             or official_named(t, end)):
            continue                      # (由王建国同志主持, 陪同刘海波副市长, 负责人：赵永刚（县
            #                               水利局局长）: an official named in the post stays public)
        if not _cue_before(t, i) and (_public_figure(t, i, end) or _example_figure(t, i, end)
                                      or _stage_role(t, i, end)):
            passed = end                  # (京剧《穆桂英挂帅》: no 桂英 inside the figure's name)
            continue
        storm_end = _storm_name_end(t, i, end) if storms else 0
        if storm_end:
            passed = storm_end            # 受台风“杜苏芮”影响: no 苏芮 inside the storm's name either
            continue
        if not _cue_before(t, i) and (surname in FUNCTION_SURNAMES or surname in _STOP
                                      or (_org_follows(t, end) and not _keeper_of_premises(t, i, i + len(surname), end))) \
                and _public_figure(t, i + len(surname), end):
            continue                      # 学雷锋, 焦裕禄精神, 向雷锋同志学习: a public figure
            #                               remembered (向 is a surname too), 邓 + 老三菜馆: a
            #                               shop (范 + 仁德生前系: a surname before a rare word)
        if (not _cue_before(t, i) and not _listed(t, i, named) and _thing_role(t, i, end)) \
                or (end < len(t) and t[end] in "工客理业销" and _THING_STAFF_RE.match(t, end)):
            covered = end                 # 陈粮 + 已入库, 焦柳线 + 晚点2小时, 收购 + 黄果树 + 20担:
            continue                      # a thing by its role (_thing_role)
        if needs_tagger:
            pending.append((i, end, needs_tagger))
        else:
            hits.append(Hit("person_name", i, end, DETECTOR))
            covered = named = end
    if pending and tagger:
        hits += [Hit("person_name", i, end, DETECTOR) for i, end, need in pending
                 if _tagged_as_name(t, i, end, lone=need == LONE_SURNAME)]
    hits = [h for h in hits if not _thing_hit(t, h, hits)]   # (烫毛池, 柴犬; before the lists read on from them)
    if public_names and any(d in t for d in MARKED_DOTS):
        hits = _prefer([h for h in _dotted_hits(t) if _private_cue_before(t, h.start)], hits)
        #                                   (房主吾斯曼・玉素甫 in a public notice is private)
    # Lists go on from the names found; in a public field these are private persons' (after a
    # private cue: 入伍新兵甲、乙、丙), so the persons listed with them are private too.
    seeded = bool(hits) or (not public_names and "〔姓名〕" in t)
    if seeded:
        hits += _listed_before(t, hits)
        for _pass in range(LIST_PASSES):
            more = _list_items(t, hits, cued_items=public_names)
            if not more:
                break
            hits += more                  # (温暖5834元 found, then 田野13650元 beside it)
        hits = [h for h in hits if (_cue_before(t, h.start) or not _thing_role(t, h.start, h.end))
                and not _THING_STAFF_RE.match(t, h.end) and not _thing_hit(t, h, hits)]
        #                                   (陈粮 + 已入库，〔姓名〕过磅: no list item in a thing's role)
    if hits and "\n" in t and not public_names:
        hits += _row_heads(t, hits)
    if not public_names and " " in t:
        hits = _prefer(_padded_hits(t), hits)
    if not public_names and any(c in _JAPANESE_FIRST for c in t):
        hits = _prefer(_japanese_hits(t), hits)
    if not public_names and _ELEMENT_RE.search(t):
        hits = _prefer(_element_hits(t), hits)
        hits = _joined_transliterations(t, [_with_element_before(t, h) for h in hits])
    if not public_names and _DAI_RE.search(t):
        hits = _prefer(_dai_hits(t, hits), hits)
    if not public_names and (_MANCHU_RE.search(t) or _MANCHU_UNDOTTED_RE.search(t)):
        hits = _prefer(_manchu_hits(t), hits)   # (叶赫那拉・昊宇: a clan and a Han given name)
    if not public_names and _PATRONYMIC_RE.search(t):
        hits = _prefer(_patronymic_hits(t, hits), hits)   # (李扎窝, 蒋二者: a patronymic chain's name)
    if not public_names and "康" in t:
        hits = _prefer(_dai_title_hits(t, hits), hits)   # (康朗坎保: a Dai title and a given name)
    if not public_names and _HANI_RUN_RE.search(t):
        hits = _prefer(_hani_linked_hits(t, hits), hits)   # (父拉车波，子批拉收: Hani, no surname)
    if not public_names and _JINGPO_ANY_RE.search(t):
        hits = _prefer(_without_listed_things(t, _jingpo_hits(t, hits)), hits)   # (勒排锐干, 排腊甘: clan, birth order, given)
    if not public_names and _DAI_HOUSE_RE.search(t):
        hits = _prefer(_without_listed_things(t, _dai_house_hits(t, hits)), hits)   # (罕岩温, 罕玉应: a Dai house and a Dai name)
    if not public_names and "在" in t and _KOREAN_GIVEN_RE.search(t):
        hits = _prefer(_without_listed_things(t, _korean_given_hits(t, hits)), hits)   # (韩在元: a Korean given name)
    if not public_names and _KOREAN_NAME_RE.search(t):
        hits = _prefer(_without_listed_things(t, _korean_name_hits(t, hits)), hits)   # (全顺姬, 赵镇宇: a Korean family and given name)
    if not public_names and _YI_NAME_RE.search(t):
        hits = _prefer(_without_listed_things(t, _yi_name_hits(t, hits)), hits)   # (曲比色日, 马海有哈: a Yi clan and a personal name)
    if not public_names and "和" in t and _NAXI_ITEM_RE.search(t):
        hits = _prefer(_without_listed_things(t, _naxi_item_hits(t, hits)), hits)   # (；和金妹/陕LP0212/: the Naxi's surname)
    if not public_names and _FUNCTION_MINORITY_SURNAMES.intersection(t):
        hits = _prefer(_without_listed_things(t, _hui_surname_hits(t, hits)), hits)   # (喇长晨, 海保国（经名…）: a Hui surname)
    if not public_names and _SEX_PREFIX_RE.search(t):
        hits = _prefer(_without_listed_things(t, _sex_prefix_hits(t, hits)), hits)   # (监护人娜松, 与叶叫是: Lahu and Wa, no surname)
    if not public_names and _SEX_PREFIX_THREE_RE.search(t):
        hits = _prefer(_without_listed_things(t, _sex_prefix_three_hits(t, hits)), hits)   # (翻译:尼瑞茸, 店主：叶那扫: Wa, three syllables)
    if not public_names and ("经名" in t or _RELIGION_NAMES_RE.search(t)):
        hits = _prefer(_religion_name_hits(t, hits), hits)   # (经名：宰乃白, 监护人法蒂麦)
    if not public_names and _AID_ROW_RE.search(t):
        hits = _prefer(_aid_row_hits(t, hits), hits)   # (曼贺村 娜丽 低保: a Wa, Lahu, Jingpo, Yi name)
    if "曼" in t or "勐" in t:
        hits = [h for h in hits if not _dai_toponym_rest(t, h.start)]   # (曼 + 景兰: a Dai village)
    if "户" in t and not public_names:
        hits = [h for h in hits if not _household_crop(t, h)]   # (岩罕户：玉米8亩: a crop)
    people: list[Hit] = []
    joint: list[Hit] = []                 # (readings that know where a name ends: kept over the dotted)
    if not public_names and "族" in t:
        hits = _prefer(_people_bracket_hits(t, hits), hits)
        people = _people_field_hits(t, hits)
        hits = _prefer(people, _without_people(t, hits))
        if "）" in t or ")" in t:
            joint = _joint_partner_hits(t)
            people += joint
        people += _field_run_on_hits(t)
        hits = _prefer(people, hits)
    if not public_names and _ROW_HEAD_AFTER_RE.search(t) and _ROW_ITEM_START_RE.search(t):
        rows = _row_head_hits(t, hits)
        hits = _prefer(rows, hits)
        joint += rows                     # (美合日班•亚森 + 〔电话〕, not the dotted reading's 合日班•亚森)
    if hits and not public_names:
        hits += _letter_items(t, hits)
    if not public_names and _TRANSLIT_START_RE.search(t):
        hits = _prefer(_translit_marked_hits(t, hits), hits)
    if not public_names and _FIELD_NAME_START_RE.search(t):
        hits = _prefer(_translit_field_hits(t, hits), hits)
    if not public_names and (any(d in t for d in MARKED_DOTS)
                             or (("." in t or "-" in t) and _CJK_FULL_STOP_RE.search(t))):
        named_things: list[tuple[int, int]] = []
        hits = _prefer(_dotted_hits(t, named_things), hits)
        hits = [h for h in hits if not any(a < h.end and h.start < b for a, b in named_things)]
        if joint:                         # (a partner's or a row's reading knows where the name ends:
            hits = _prefer(joint, hits)   # 与吐拉洪•艾克热木 + 合伙, not the dotted reading's …热木合)
    if hits and "、" in t:
        hits = _without_place_list_items(t, hits)   # (after the special readings: 鄂尔多斯 is read
        #                                               as a transliteration too)
    hits = [h for h in hits if not _in_known_place(t, h)]
    hits = [h for h in hits if not _lexicon_place_at(t, h) and not _place_table_tail(t, h)
            and not _street_named_after(t, h) and not _in_moved_place(t, h) and not _in_estate_or_plant(t, h)
            and not (storms and _in_storm_name(t, h))]
    if "患" in t or "诊" in t or "病" in t or "征" in t or "症" in t:
        hits = [h for h in hits if not _disease_named(t, h.start, h.end)]
    if "、" in t or "和" in t or "及" in t:
        hits = [h for h in hits if not _thing_list_item(t, h.start, h.end)]
        #                                   (诊断：帕金森病、阿尔茨海默病: read beside another item)
    if not public_names:
        hits = [h for h in hits if not _translit_place(t, h)]
    if hits or PLACEHOLDER in t:
        hits = _translit_whole(t, hits)
    if "族" in t and hits:
        hits = _without_people(t, hits)   # (a reading after the peoples' rows)
    if people:
        hits = _widened_to(people, hits)
    if hits:
        hits = [h for h in hits if not _cuts_lexicon_word(t, h)]
    if "（" in t or "(" in t:
        hits = [_to_person_bracket(t, h, hits) for h in hits]
        # a name the cue detectors cut short (户主〔姓名〕 + 男（朝鲜族）) is replaced again with
        # what they left of it
        for m in re.finditer(PLACEHOLDER, t):
            h = _to_person_bracket(t, Hit("person_name", m.start(), m.end(), DETECTOR), hits)
            if h.end > m.end():
                hits.append(h)
    return hits


# A name found without a cue whose edge falls inside a longer word of the lexicon (three or four
# characters, at least LEXICON_WORD_MIN, not tagged as a person) cuts that word in two: 增加 +
# 墨西 + 哥, 富兰克 + 林明 + 细, 文 + 房四宝, 安安 + 稳稳, 暴跳如 + 雷明 + 细. A name's characters do not run
# on into a longer word that holds them (measured on jieba's dictionary, round 19: the words of
# 2-4 characters that begin with a surname, in clerks' neutral frames, ``bench_names.py
# --jieba-lexicon``). After a cue (当事人, 户主：, ... 先生) the person is read as before.
CUT_WORD_LENGTHS = (3, 4)


# Particles that follow a name as they follow any noun (王满满的孩子, 李乐乐们): the lexicon's
# reduplicated words with them (满满的, 乐乐们) say nothing of where a name ends.
_NAME_PARTICLES = frozenset("的地得了着过们")


def _cuts_lexicon_word(t: str, h: Hit) -> bool:
    """Does the uncued name ``h`` begin or end inside a word of the lexicon of three or four
    characters, not a person's (墨西哥 in 增加墨西哥内容), that the text holds there?"""
    a, b = h.start, h.end
    if b - a < 2 or _cue_before(t, a) or t.startswith(_STRONG_AFTER_CUES, b):
        return False
    lex = _lexicon()
    for p in range(max(0, a - CUT_WORD_LENGTHS[-1] + 1), b):
        for n in CUT_WORD_LENGTHS:
            q = p + n
            if q > len(t) or not (p < a < q or p < b < q):
                continue                  # (a word that holds the name whole on one side only
            if a <= p and all(c in _NAME_PARTICLES for c in t[b:q]):
                continue                  # (满满 + 的: a particle after a name is no word of it)
            freq, tag = lex.get(t[p:q], (0, ""))   # counts: 墨西 + 哥; the name itself is not asked)
            if freq >= LEXICON_WORD_MIN and not tag.startswith("nr") \
                    and not (q == a + 1 and _is_word(t[p:a])):
                return True               # (工人 + 党佳怡: a word ends before the surname that ends
                #                           the longer word 工人党; 富兰克 + 林明 is no word before)
    return False


# The last characters of things: a character that ends at least THING_HEAD_MIN two-character
# nouns of the lexicon (frequency >= LEXICON_WORD_MIN) and no given name (weight 0 in both places,
# not rare): 池 (化粪池, 电池), 猪, 肉, 布, 犬, 器, 费, 茧, 卡, 刀, 病, 拳. A surname read with such a last
# character is a trade's word, a thing or a breed (烫毛池, 白条猪, 柴犬, 朴刀, 钟点费, 黄化病), not a
# person, wherever no person's cue or slot holds it (measured on the tuned sets, round 26: the
# look-alikes of the trades, slaughterhouses, septic cleaning, kennels, read as names).
THING_HEAD_MIN = 8
# Heads that name persons (工人, 老师, 客人, 母亲): such a word after a surname is no name either, but
# a title or a relation, which other rules read; they are no things.
_PERSON_HEADS = frozenset("人者员师女工主户客将官帝王母亲妇娘爷兄徒众贼辈姓使老氏")


@lru_cache(maxsize=1)
def _thing_heads() -> frozenset[str]:
    counts: dict[str, int] = {}
    for w, (freq, tag) in _lexicon().items():
        if len(w) == 2 and tag == "n":     # (any frequency: 拳, 茧, 秤 end few frequent nouns)
            counts[w[1]] = counts.get(w[1], 0) + 1
    return frozenset(c for c, n in counts.items()
                     if n >= THING_HEAD_MIN and c not in _PERSON_HEADS and _given_weight(c, True) == 0
                     and _given_weight(c, False) == 0 and not _rare_char(c))


def _thing_head_ends(t: str, h: Hit) -> bool:
    """Does the uncued name ``h`` (two or three Chinese characters) end with a character of things
    (_thing_heads), where no person's cue or slot holds it (烫毛池温不够, 领取柴犬; not 畜主：王池)?"""
    a, b = h.start, h.end
    if not 2 <= b - a <= 3 or t[b - 1] not in _thing_heads() or not all(_is_cjk(c) for c in t[a:b]):
        return False
    if t[b - 2:b] in GIVEN_WORDS or t[b - 2:b] in WISH_NAMES:
        return False                      # 王石头, 李锁柱: a rural given name that is a word
    if _PERSON_QUANTITY_RE.match(t, b):
        return False                      # 田野13650元、〔姓名〕5834元: a person's figure in a list
    if b - a == 3 and (_given_weight(t[a + 1], False) or _given_weight(t[a + 1], True)
                       or _lexicon().get(t[a + 1:b], (0, "n"))[1] != "n"):
        return False                      # 曹煜城, 兰天时: a given name's first character before it;
        #                                   王传世: a surname and a word not a noun (土层 of 黄土层 is one)
    if t[b - 1] == t[b - 2] or t[b:b + 1] in ("（", "(") or _person_after(t, b) or _cue_after(t, b):
        return False                      # 赵豆豆; 田野（左耳助听器）, 任重失联: a person's note or act
    return not (_cue_before(t, a) or _strong_person_context(t, a, b) or _person_slot(t, a, b))


# A count of things after a word: digits and a measure word of goods, land or beasts (党参16亩, 黄芪14亩,
# 毛猪24头, 双宫茧7公斤). A person has such a count too (〔姓名〕3.7亩、文静12.4亩), so the word before it
# must be a thing's: a word of nature or daily life (domain_words.tsv) or a noun of the lexicon whose last
# character no given name has (党参; not 文静).
_THING_COUNT_AFTER_RE = re.compile("[0-9][0-9.]*(?:公斤|斤|吨|亩|头|只|匹|条|株|棵|袋|箱|瓶|张|台|件|羽|担|筐)")
# Verbs of things that are surnames too, read with the thing after them (种黄芪13亩: 种 + 黄芪).
_THING_VERB_SURNAMES = frozenset("种买修印练")


def _thing_word(w: str) -> bool:
    if w in NATURE_WORDS or w in LIFE_WORDS:
        return True
    freq, tag = _lexicon().get(w, (0, ""))
    return freq > 0 and tag in ("n", "nz") and _given_weight(w[-1], True) == 0 \
        and _given_weight(w[-1], False) == 0 and not _rare_char(w[-1])


def _thing_hit(t: str, h: Hit, hits: list[Hit]) -> bool:
    """A name read by the surname rules (_candidate, the lists) that is a thing's word (the
    minority naming systems read after them are not asked: 岩坎, 扎约 end like things), not one
    joined by 、 和 与 及 to a name found (高原、李娜二人已签字)."""
    if _counted_thing_hit(t, h):
        return True                       # (梁俊杰；种黄芪13亩: the count says it is a thing's)
    if _make_hit(t, h):
        return True                       # (雷朋太阳镜, 苏菊×明虎: a make or a cross of goods)
    kind = False
    if not (_thing_head_ends(t, h) or _word_head_hit(t, h)):
        kind = _kind_thing_hit(t, h)
        if not kind:
            return False
    a, b = h.start, h.end
    names = [k for k in hits if k is not h and not _thing_read(t, k)]   # (梅花拳、南拳: things both)
    after = b
    while after < len(t) and t[after] in _JOINS:
        after += 1
    before = a
    while before > 0 and t[before - 1] in _JOINS:
        before -= 1
    if kind:                              # a variety after a clause's comma or a row's space is no list's
        after = b if t[b:after].strip(" 　\t") in ("", "，", ",", "；", ";") else after   # item (当事人:阿诚，
        before = a if t[before:a].strip(" 　\t") in ("", "，", ",", "；", ";") else before   # 方竹林下套种;
        #                                   户主刘刚 龙竹: the household and its bamboo)
    joined = (after > b and (t.startswith(PLACEHOLDER, after) or any(k.start == after for k in names))) \
        or (before < a and (t.endswith(PLACEHOLDER, 0, before) or any(k.end == before for k in names)))
    return not joined


# What joins the items of a list of names (高原、李娜; 田园　黄海燕; 佟政， 金秋…).
_JOINS = frozenset("、和与及，,；; 　\t")


def _thing_read(t: str, h: Hit) -> bool:
    return _thing_head_ends(t, h) or _counted_thing_hit(t, h) or _kind_thing_hit(t, h) or _make_hit(t, h) \
        or _word_head_hit(t, h)


# Round 29 (vb29): a trade's varieties and grades are a modifier and the kind (kind_nouns.tsv: 毛竹,
# 方竹, 雷竹, 黄砂, 毛石, 湖桑), the modifier often a surname's character. The kind's weight as a
# given name's last character (given_chars.tsv) must be below KIND_GIVEN_MAX (竹, 石 are 2; 林, 梅
# are 3 and never read so), and the remark must be of that trade: the kind written again elsewhere
# in it (竹编作坊收购花竹, 黄砂 beside 采砂船) or a verb of goods right before (从安吉调入雷竹).
KIND_GIVEN_MAX = 3
_KIND_VERB_BEFORE_RE = re.compile(
    r"(?:调入|调出|调运|购进|购入|收购|采购|销售|出售|贩运|运输|运送|砍伐|采伐|采挖|开采|采运|堆放|囤积|套种|种植|栽植"
    r"|扦插|移栽|装载|装运|拉运|领取|查扣|扣押|没收)[ \t]*$")

# What is done to goods or found of them, right after them (黄竹运输无林木采伐许可证, 方竹超量采伐, 龙竹已封存,
# 毛石一批, 方竹若干).
_GOODS_STATE_AFTER_RE = re.compile(
    r"[ \t]*(?:运输|调运|超量|采伐|砍伐|收购价|已封存|封存|库存|堆放|若干|一批|数量不足|林下套种|套种|流转|以次充好|价格)")


def _kind_thing_hit(t: str, h: Hit) -> bool:
    """Is the uncued name ``h`` a trade's variety or grade: a surname's character and a kind of
    kind_nouns.tsv (方竹, 雷竹, 黄砂; 毛竹 + 林 of a grove), in a remark of that trade, where no
    person's cue, slot or act holds it?"""
    a, b = h.start, h.end
    if b - a == 3 and t[a + 1] in KIND_NOUNS and _freq(t[b - 1:b + 1]) >= LEXICON_WORD_MIN:
        b -= 1                            # 方竹 + 超量采伐: the last character begins a word after it
    if b - a == 2:
        k = a + 1
    elif b - a == 3 and t[a + 1] in KIND_NOUNS and _freq(t[a + 1:b]) >= LEXICON_WORD_MIN \
            and _lexicon()[t[a + 1:b]][1] in ("n", "nz"):
        k = a + 1                         # 毛 + 竹林: the kind begins a noun of the lexicon
    elif b - a == 3 and (_freq(t[a:b - 1]) >= LEXICON_WORD_MIN or _freq(t[a + 1:b]) >= LEXICON_WORD_MIN):
        k = b - 1                         # 金丝 + 竹, 金 + 丝竹: a word and the kind (no given name's pair)
    else:
        return False
    c = t[k]
    if c not in KIND_NOUNS or t[a] == c or not _is_cjk(t[a]) or _given_weight(c, True) >= KIND_GIVEN_MAX:
        return False
    if t.count(c) < 2 and not _KIND_VERB_BEFORE_RE.search(t, max(0, a - 4), a) \
            and not _GOODS_STATE_AFTER_RE.match(t, b):
        return False                      # (no other word of the kind, no goods' verb: a name)
    if _PERSON_QUANTITY_RE.match(t, b) or t[b:b + 1] in ("（", "(") or _person_after(t, b) or _cue_after(t, b):
        return False                      # 王石（户主）, 李竹来访: a person's note or act
    return not (_cue_before(t, a) or _strong_person_context(t, a, b) or _person_slot(t, a, b))


def _word_head_hit(t: str, h: Hit) -> bool:
    """Is the uncued name ``h`` of three characters a word of the lexicon and a head of thing_heads.tsv
    (毛边 + 书, 罗马 + 柱), the word's second character beginning no given name (边, 马: weight 0), where
    no person's cue, slot or act holds it? (Round 29, vb29: 书, 衫, 柱 end given names too, so the
    weight-0 rule of _thing_head_ends leaves them.)"""
    a, b = h.start, h.end
    if b - a != 3 or t[b - 1] not in THING_HEADS or _given_weight(t[a + 1], False) \
            or _freq(t[a:b - 1]) < LEXICON_WORD_MIN or _lexicon()[t[a:b - 1]][1].startswith("nr"):
        return False
    if t[a + 1:b] in GIVEN_WORDS or t[a + 1:b] in WISH_NAMES or _PERSON_QUANTITY_RE.match(t, b) \
            or t[b:b + 1] in ("（", "(") or _person_after(t, b) or _cue_after(t, b):
        return False
    return not (_cue_before(t, a) or _strong_person_context(t, a, b) or _person_slot(t, a, b))


# Round 29 (vb29): a make, a brand spelt by sound or a type written right before its goods' noun
# (product_nouns.tsv: 雷朋 + 太阳镜, 单光 + 镜片, 康明 + 斯 + 发动机, 方正 + 排版), and either side of a
# cross of varieties (苏菊×明虎: X×Y is a cross, never two persons), is no person's name. One
# character of a foreign brand's spelling by sound may stand between (康明斯, 雷克萨斯).
_PRODUCT_FIRST = _by_first(PRODUCT_NOUNS)
_SOUND_SPELLING = frozenset("斯萨克尔特德普莱诺")
# What an owner's goods suffer or what the owner does with them (李明太阳镜丢失, 王伟眼镜被踩坏).
_OWNER_AFTER_RE = re.compile(r"[ \t]*(?:被|丢|遗失|失窃|掉|落在|忘在|借给)")


# The games a remark says are played: 玩 and a 、-list of up to four short items (玩金花、牛牛, 玩牛牛).
_PLAYED_BEFORE_RE = re.compile(r"(?<![开好])玩(?:[\u4e00-\u9fff]{1,4}、){0,3}$")


def _make_hit(t: str, h: Hit) -> bool:
    a, b = h.start, h.end
    if not 2 <= b - a <= 4 or not all(_is_cjk(c) for c in t[a:b]):
        return False
    if (a >= 2 and t[a - 1] == "×" and _is_cjk(t[a - 2])) or (t[b:b + 1] == "×" and _is_cjk(t[b + 1:b + 2])):
        return True                       # 苏菊×明虎: a cross of varieties (silkworms, crops, livestock)
    if _PLAYED_BEFORE_RE.search(t, max(0, a - 16), a):
        return True                       # 玩金花、牛牛: what is played (a card game), never a person
    e = b + 1 if t[b:b + 1] in _SOUND_SPELLING else b
    if e >= len(t) or t[e] not in _PRODUCT_FIRST:
        return False
    w = next((w for w in _PRODUCT_FIRST[t[e]] if t.startswith(w, e)), "")
    if not w or _OWNER_AFTER_RE.match(t, e + len(w)):
        return False
    return not (_cue_before(t, a) or _strong_person_context(t, a, b) or _person_slot(t, a, b))


def _counted_thing_hit(t: str, h: Hit) -> bool:
    """Is the uncued name ``h`` a thing's word (or a verb of things and its object) before a count
    of things (党参16亩, 种 + 黄芪13亩), where no person's cue or slot holds it?"""
    a, b = h.start, h.end
    if not 2 <= b - a <= 4 or not _THING_COUNT_AFTER_RE.match(t, b):
        return False
    w = t[a:b]
    if not (_thing_word(w) or (w[0] in _THING_VERB_SURNAMES and len(w) >= 3 and _thing_word(w[1:]))):
        return False
    return not (_cue_before(t, a) or _strong_person_context(t, a, b) or _person_slot(t, a, b))


# The most letters of transliteration a name read in part, here or by a cue's reading, may leave
# visible on either side (宝力 + 〔姓名〕 + 图, 努尔 + 买买提, 〔姓名〕 + 那提（哈萨克族）).
TRANSLIT_RUN_ON = 4


_HAN_SURNAMES = NAME_SURNAMES | WORD_SURNAMES


def _letter_at(t: str, k: int) -> bool:
    return 0 <= k < len(t) and t[k] in TRANSLIT_CHARS


def _name_may_begin(t: str, a: int) -> bool:
    """May a name begin at ``a``: at the text's or a phrase's start, after a particle, a relative
    or a cue (次女 + 热孜万古丽, 、 + 宝力乌日图)?"""
    return a == 0 or not _is_cjk(t[a - 1]) or t[a - 1] in _CLAUSE_OPENERS or t[a - 1] in _STOP \
        or t[a - 1] in _DOT_SIDE_BREAKS or t[a - 1] in _KIN_CHARS + "子女" or _any_cue_before(t, a) \
        or (a >= 2 and t[a - 1] in "年月日" and t[a - 2].isdigit())     # (2026年1月 + 努尔买买提)


def _name_may_end(t: str, e: int) -> bool:
    """May a name end at ``e``: at the text's or a phrase's end, before a particle, a bracket or
    what a person is or does (…那提（哈萨克族）, …图、, …敏的, …力申请)?"""
    return e == len(t) or not _is_cjk(t[e]) or t[e] in _STOP or t[e] in _DOT_SIDE_BREAKS \
        or _person_after(t, e) or t.startswith(_AFTER_CUES, e) or t.startswith(_SUBJECT_ACTS, e) \
        or _SEX_AFTER_RE.match(t, e) is not None or _is_verb(t[e:e + 2])


def _may_begin_letters(t: str, a: int, b: int) -> bool:
    """May the letters ``t[a:b]`` begin a name: not with a particle, unless at a phrase's start
    before two letters or more that make no word with it (…，吐尔逊都 is no name's start)?"""
    return t[a] not in _STOP or (b - a >= 2 and (a == 0 or t[a - 1] in _CLAUSE_OPENERS)
                                 and not _is_word(t[a:a + 2]))


def _frequent_word_in(t: str, a: int, b: int) -> bool:
    """Do ``t[a:b]``'s letters hold a frequent word of the lexicon (多次, 提出, 长期; not 买买提)?"""
    return any(_freq(t[k:k + 2]) >= CUED_WORD_MIN and not _lexicon()[t[k:k + 2]][1].startswith("nr")
               for k in range(a, b - 1))


# What follows a place's name in letters of transliteration, not a person's (巴音布鲁克草原, 古江
# 巴格街道, 克孜勒苏柯尔克孜自治州, 那拉提镇).
_LANDFORM_AFTER_RE = re.compile(f"(?:草原|牧场|景区|街道|社区|自治[州县旗区]|苏木|嘎查|[镇乡村县市州]"
                                f"|[山峰湖河岭](?:脚下|[下上边畔口]|(?![{_CJK}])))")
# A preposition of place before such a name and what one does there after it (在巴音布鲁克经营牧家乐).
_AT_PLACE_BEFORE = frozenset("在到赴往至")
_DONE_AT_PLACE = ("经营", "务工", "打工", "放牧", "居住", "生活", "定居", "工作", "就读", "上学", "旅游")
# ... or a verb that only a place follows (定居点位于巴音布鲁克, 地处那拉提).
_LIES_AT_BEFORE_RE = re.compile("(?:位于|地处|坐落于|坐落在)$")


def _translit_place(t: str, h: Hit) -> bool:
    """Is the name ``h``, letters of transliteration, part of a run of such letters that names a
    place by what follows it or stands around it (巴音布 + 鲁克 + 草原, 在 + 巴音布鲁克 + 经营,
    位于 + 巴音布鲁克)?"""
    if t[h.start] not in TRANSLIT_CHARS or t[h.end - 1] not in TRANSLIT_CHARS:
        return False
    a, e = h.start, h.end
    while a > max(0, h.start - TRANSLIT_SIDE_MAX) and _letter_at(t, a - 1):
        a -= 1
    while e < min(len(t), h.end + TRANSLIT_SIDE_MAX) and _letter_at(t, e):
        e += 1
    return e - a >= 3 and (_LANDFORM_AFTER_RE.match(t, e) is not None
                           or (a > 0 and t[a - 1] in _AT_PLACE_BEFORE and t.startswith(_DONE_AT_PLACE, e))
                           or _LIES_AT_BEFORE_RE.search(t, max(0, a - 3), a) is not None)


def _translit_whole(t: str, hits: list[Hit]) -> list[Hit]:
    """Names of transliteration read only in part (a name found that begins with a letter or an
    element, or 〔姓名〕 left by a cue's reading), run on over the letters of transliteration left
    beside them, up to TRANSLIT_RUN_ON on each side, to where a name may begin and end, most of
    the name then letters and no frequent word among the letters added (not 王芳 + 提出, 〔姓名〕 +
    都在); over a Han surname before an element or a Dai name (李 + 卓玛); over the character
    after a given name's 阿 (卢阿 + 三). Names that then touch where letters meet are one."""
    spans = [h for h in hits if h.end - h.start >= 2] \
        + [Hit("person_name", m.start(), m.end(), DETECTOR) for m in re.finditer(PLACEHOLDER, t)]
    out = list(hits)
    for h in spans:
        if t[h.start:h.end] != PLACEHOLDER and t[h.start] not in TRANSLIT_CHARS and not name_element_length(t, h.start) \
                and t[h.end - 1] != "阿":
            continue                      # (a Han name: 赵金 runs on over nothing, not + 卡内)
        a = h.start
        while a > h.start - TRANSLIT_RUN_ON and _letter_at(t, a - 1) and not _any_cue_before(t, a):
            a -= 1                        # (其夫 + 〔姓名〕: a cue ends where the name begins)
        while a < h.start and not (_name_may_begin(t, a) and not _frequent_word_in(t, a, h.start)
                                   and not _is_word(t[a - 1:a + 1]) and _may_begin_letters(t, a, h.start)):
            a += 1
        surname = 0
        if a == h.start and a > 0 and (name_element_length(t, a) or _dai_name_shape(t, a, h.end)) \
                and _name_may_begin(t, a - 1) and not _is_word(t[a - 1:a + 1]) \
                and not _is_word(t[max(0, a - 2):a]) and not _any_cue_before(t, a) \
                and (t[a - 1] in _HAN_SURNAMES
                     or (t[a - 1] in FUNCTION_SURNAMES and (a == 1 or t[a - 2] in _FIELD_SEPARATORS)
                         and _SEX_AFTER_RE.match(t, h.end) is not None)):
            a, surname = a - 1, 1         # 李 + 卓玛, 马 + 哈三: a Han surname before the name; at a
            #                               field's start before a sex, one that is a word too (和 +
            #                               玉花，女; not 由 + 格桑卓玛代为领取, 女方 + 索朗, 经查 + 巴图)
        e = h.end
        while e < h.end + TRANSLIT_RUN_ON and (_letter_at(t, e) or (e == h.end and t[e - 1] == "阿"
                                                                     and e < len(t) and _is_cjk(t[e]))):
            e += 1                        # (阿 begins a given name, never ends one: 卢阿 + 三、)
        while e > h.end and not ((_name_may_end(t, e) or any(o.start == e for o in spans))
                                 and t[e - 1] not in _STOP and not _frequent_word_in(t, h.end, e)
                                 and not _is_word(t[e - 1:e + 1]) and not _org_follows(t, e)):
            e -= 1                        # (not 〔姓名〕 + 不再担任, + 利用: the letter begins a word)
        if e == h.end + 1 and t[h.end - 1] != "阿" and e < len(t) and _is_cjk(t[e]) and t[e] not in _STOP:
            e = h.end                     # (one letter is a name's only where the phrase ends or a
            #                               particle follows: 宝力〔姓名〕 + 图、, not 〔姓名〕 + 卡代领)
        spaced_end = _spaced_family_end(t, e, spans) if e == h.end else e
        spaced_start = _spaced_given_start(t, a, spans) if a == h.start and not surname else a
        spaced = (spaced_start, spaced_end) != (a, e)
        a, e = spaced_start, spaced_end
        if (a, e) == (h.start, h.end) or any(o.start < a < o.end or o.start < e < o.end for o in spans):
            continue                      # (a name it would cut stays whole)
        if t[h.start:h.end] == PLACEHOLDER or t[h.end - 1] == "阿" or (surname and e == h.end) or spaced \
                or 2 * _translit_letters(t, a + surname, e) > e - a - surname:
            #                               (most of the name letters: 林守 + 义, not 罗彬洋 + 卡)
            out.append(Hit(h.kind, a, e, h.detector))
    return _joined_letters(t, out)


# A Uyghur or Kazakh name written with a space for its dot (艾尔肯 吐尔逊, 加米拉 扎克在…): the
# father's name after one space, letters of transliteration up to where a name may end, is part of
# it; not a name found of its own (a list of names: 次旦 嘎玛), a place (阿依古丽 喀什市), a word
# (热依拉 阿姨) nor a frequent word among the letters.
_NAME_SPACES = " \u3000"


def _spaced_family_end(t: str, end: int, spans: list[Hit]) -> int:
    """The end of the father's name after a space at ``end``, or ``end``."""
    k = end + 1
    if t[end:k] not in _NAME_SPACES or any(o.start <= k < o.end for o in spans) or _division_at(t, k):
        return end
    e = k
    while e < min(len(t), k + TRANSLIT_SIDE_MAX) and _letter_at(t, e):
        e += 1
    if e == len(t) or not _letter_at(t, e):
        while e - k >= TRANSLIT_MIN and not (
                _name_may_end(t, e) and t[e - 1] not in _STOP and not _is_word(t[e - 1:e + 1])
                and not _org_follows(t, e)):
            e -= 1
    if e - k < TRANSLIT_MIN or _letter_at(t, e) or _frequent_word_in(t, k, e) or _is_word(t[k:e]) \
            or t[k:e] in PLACE_NAMES or _translit_place(t, Hit("person_name", k, e, DETECTOR)):
        return end
    return e


def _spaced_given_start(t: str, start: int, spans: list[Hit]) -> int:
    """The start of the given name before a space at ``start - 1`` (亚森 + 卡德尔在…), letters of
    transliteration from a phrase's start, after a cue or a role, or ``start``."""
    k = start - 1
    if k < 1 or t[k] not in _NAME_SPACES or any(o.start < k <= o.end for o in spans):
        return start
    a = k
    while a > max(0, k - TRANSLIT_SIDE_MAX) and _letter_at(t, a - 1):
        a -= 1
    if k - a < TRANSLIT_MIN or _letter_at(t, a - 1) or not (
            a == 0 or t[a - 1] in _CLAUSE_OPENERS or _any_cue_before(t, a) or _role_noun_before(t, a)) \
            or _frequent_word_in(t, a, k) or _is_word(t[a:k]) or t[a:k] in PLACE_NAMES or _division_at(t, a) \
            or _translit_place(t, Hit("person_name", a, k, DETECTOR)):
        return start
    return a


def _joined_letters(t: str, hits: list[Hit]) -> list[Hit]:
    """Names that touch or overlap where letters of transliteration meet are one name, written
    joined (图尔荪古丽 + 阿卜杜拉, 阿不都热西提努尔 + 麦麦提)."""
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and h.start <= out[-1].end and h.end > out[-1].end and _letter_at(t, h.start) \
                and (t[out[-1].end - 1] in TRANSLIT_CHARS or t.endswith(PLACEHOLDER, 0, out[-1].end)):
            out[-1] = Hit(out[-1].kind, out[-1].start, h.end, out[-1].detector)
        else:
            out.append(h)
    return out


# The most characters a name read short, here or by a cue's reading, may leave before a bracket
# that marks a person (朴英 + 爱（朝鲜族）, 俄底 + 克哈（彝族）, 吉觉 + 曲布（身份证号）).
BRACKET_RUN_ON = 2


def _to_person_bracket(t: str, h: Hit, hits: list[Hit]) -> Hit:
    """``h`` run on to a bracket after it that marks a person (a people, a sex, a role, an age, an
    ID) over one or BRACKET_RUN_ON characters that are no particle, no relation and make no word
    (not 王伟 + 夫妇（…）, 李娜 + 户（3人）, 张强 + 妻（…）): the name ends at the bracket."""
    for k in range(h.end + 1, min(len(t), h.end + BRACKET_RUN_ON + 1)):
        c = t[k - 1]
        if not _is_cjk(c) or c in _STOP or c in _DOT_SIDE_BREAKS:
            return h
        if t[k] in "（(" and (_PEOPLE_OR_SEX_BRACKET_RE.match(t, k) or _BRACKET_ROLE_RE.match(t, k)
                              or _MEMBER_AFTER_RE.match(t, k)) \
                and not (_is_word(t[h.end:k]) if k - h.end > 1 else c in _KIN_CHARS + "子女儿孙") \
                and not any(h.end <= o.start < k for o in hits):
            return Hit(h.kind, h.start, k, h.detector)
    return h


# --- English ---------------------------------------------------------------------------------

def _spelling(word: str) -> str:
    """``word`` in lower case, with ü spelled v (Lü, Lyu, LYU, Lv are all 吕: lv)."""
    w = word.lower().replace("ü", "v").replace("'", "").replace("’", "")
    return "".join(w.split("-"))[:1] + re.sub(r"^yu", "v", "".join(w.split("-"))[1:]) \
        if w[:1] in "ln" else "".join(w.split("-"))


def _pinyin(word: str) -> bool:
    return bool(_PINYIN_RE.fullmatch(_spelling(word)))


_HYPHENED_WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _ends_noun_phrase(w: str) -> bool:
    """Does the lower-case word after a pair end its noun phrase: a preposition, a verb in the
    past (Li Na visited, Wang Wei called), an act (Tang Zixuan attends school in Foshan)?"""
    return w in _NOUN_PHRASE_ENDS or (w.endswith("ed") and len(w) > 4) or w in _LATIN_ACT_WORDS


# The words of administrative divisions, which follow the place's own name (Huangpu District).
_DIVISION_WORDS = frozenset("district county city town township village province prefecture".split())


def _place_after(t: str, end: int) -> bool:
    """Do the words after a pair make it a place or a shop (Wangfu Road; Zhang Xiaoquan scissors
    shop, Wang Laoji herbal tea stall): a place word among the next three, before a word that
    ends a noun phrase (a verb's particle, a preposition)?"""
    m = re.match(r"[ \t]*(?:[A-Z][a-z]+[ \t]+)?([A-Za-z]+)", t[end:end + 40])
    if m is None:
        return False
    # (the pair's noun phrase ends at a comma, a semicolon, a colon or a bracket: Zhaxi Dunzhu,
    # Unit 2501 ... District is an owner and an address)
    # (a tab too: it parts a row's fields, Gao Lin<TAB>age<TAB>54<TAB>town is a name and a label;
    # and a slash between spaces, NG KA WAI / WENHUA STREET)
    # (and two spaces or more, which align a form's fields: APPLICANT: NANCY WANG   DISTRICT: JINAN)
    phrase = re.split(r"[,;:()，；：（）\n\t]| / |  +", t[end:end + 60], maxsplit=1)[0]
    # (a hyphened word is one word: Tsai Ya-ting co-signed is no company, Co.)
    previous = ""
    for k, found in enumerate(_HYPHENED_WORD_RE.finditer(phrase)):
        w = found.group().lower()
        if k == 3:
            break
        if w in _LATIN_PLACE_WORDS:
            if found.end() == len(phrase) and t[end + len(phrase):end + len(phrase) + 1] in (":", "："):
                return False              # (Applicant: Nancy Wang District: Jinan: the next field's label)
            # (not a division after a place's own name of two syllables or more, which it names:
            # Huang Xiaoyu Huangpu District, JIN PING JINPING COUNTY)
            return not (k == 1 and w in _DIVISION_WORDS and previous[:1].isupper() and _pinyin(previous)
                        and not _ONE_SYLLABLE_RE.fullmatch(_spelling(previous)))
        previous = found.group()
        if _ends_noun_phrase(w):
            return False
    return False


# Pinyin words that end the names of roads, streets and villages (Jiefang Lu, Heping Jie) ...
_PINYIN_PLACE_ENDS = frozenset("lu jie dajie dadao hutong xiang cun zhen".split())
# ... those no surname is spelled like (Lu is 陆 and 卢, Jie is 揭: a pair ending in them is a
# place only when its first word is no surname and a place stands there, after on, at, near or
# an address's number, or before a number: visit to Jin Jie is a person; Address: 88 Jiefang Lu,
# Heping Jie No. 5 are places) ...
_PINYIN_ONLY_PLACE_ENDS = frozenset("dajie dadao hutong".split())
_LATIN_PLACE_BEFORE_RE = re.compile(r"(?:\b(?:on|at|along|near|in|from|to|into|via|address)"
                                    r"|\bNo\.?[ \t]*[0-9]+[A-Za-z]?,?|\b[0-9]+[A-Za-z]?,?)[ \t]*[:：,]?[ \t]*$", re.I)
_LATIN_NUMBER_AFTER_RE = re.compile(r"[ \t]+(?:No\.?[ \t]*)?[0-9]")
_NUMBER_SIGN_RE = re.compile(r"No\.?[ \t]*[0-9]")      # (No. 5: no given name No)


# Words after which the words that follow no longer belong to the pair's noun phrase (a party
# before "v.", the other party after it: Chen Hua v. Wanda Plaza; a preposition before a place's
# word: paid to Amy Cao through Bank of China, Li Na between May and June).
_NOUN_PHRASE_ENDS = frozenset("""at in on to of for from with and or by near is was are were has
against about after before under over via per as than into onto toward towards regarding because
since while who which that whose when where
had have runs run ran works worked lives lived moved said says called visited signed received
declared reported collected applied paid re regarding concerning about v vs versus
through throughout between during until till without within among behind beside across around
upon except inside outside along beyond despite
abt thru wrt w""".split())   # (an officer's shorthand: spoke to Mi Xiaoyu abt school fees, w/)


_TITLE_WORD_RE = re.compile(f"(?:{_TITLE_WORDS})")
# The pinyin of 某 and 某某: an anonymised person (Wang Mou), no name.
_ANONYMISED = frozenset({"mou", "moumou"})
# Capitalised words after a name that do not make it a shop or a place (headings in title case;
# the next field of a form's line: CHEN YU ID 3501…, Wang Fang Tel 138…, LI NA SPOUSE).
_LATIN_PERSON_WORDS = frozenset("""applicant resident household head recipient guardian payee agent
neighbour neighbor caller complainant owner deceased son daughter wife husband mother father
signed collected visited moved reported confirmed said and or of with aged age mr mrs ms
id hkid nric tel phone mobile dob born sex gender male female spouse passport email
f m""".split())   # (f, m: the sex column after a name, Zhang Xiuying F 81)
# (spaces only: a tab parts a row's fields, Zhao Lei<TAB>F<TAB>34 is a name and a sex)
_NEXT_CAPITAL_RE = re.compile(r" +([A-Z][A-Za-z'’]*(?:-[a-z]{1,6}(?![A-Za-z]))?)")   # (Ricky Lee + Hung-man)
# How many capitalised pinyin words after a pair can still belong to the name (Wang Xiu Ying).
LATIN_NAME_EXTRA = 1


# A given name romanised with a hyphen (Chih-wei, Min-jun, Ka-yan): Wade-Giles, Korean and
# Cantonese spellings write two syllables so.
_HYPHENATED_GIVEN_RE = re.compile(r"[A-Z][a-zü]+-[A-Za-z][a-zü]+|[A-Z]{2,}-[A-Z]{2,}|I-[a-z]{2,6}|I-[A-Z]{2,6}")
#                                 (I-chen, I-ling: Taiwan's 怡/宜 is the one letter I in Wade-Giles)
# Japanese given names in Hepburn spelling are runs of such syllables (Hanako, Kenji, Yuki) ...
_KANA_SYLLABLES_RE = re.compile(r"(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts|ky|gy|ny|hy|my|ry|by|py)?"
                                r"[aeiou]|n(?![aeiouy]))+")
# ... and Vietnamese given and middle names, Cantonese and Korean given-name syllables are short
# words such as these.
_ROMANISED_GIVEN = frozenset("""van thi duc minh anh lan mai hung tuan thanh quang hoa huong linh
ngoc phuong trang thu hai nam long hieu dung hanh khanh trung cuong thuy hang tam tien vinh
sze siu kwan ka yan chun wai ming kit wing yee hoi fai tak kam man lok chi shing hin ho kin mei
yuk suk ping king tsz tze chiu yau sum hang lai fung kwok keung ah ji jun seo yeon hyun jae soo
hee eun sung joon hye ye seung wah yin lun kei fat choi yung tung shan wun sin yiu kuen nga oi sau
kwai pui bik sheung kiu koon hei lap tat chuen
siew hock kee beng choo eng hui lian geok swee boon seng chye huat leng soon teck kiat wee
hwee poh kow chee keng kok choon
peck thiam kian huat guan hiang tiong giok eck whye liak hoon seok chwee kwee lip
guat hwa keat kheng ngiap puay siok yeow khim liap seow hiok""".split())
# (the last line: Hokkien and Teochew given syllables as Singapore and Malaysia spell them)


# Given names that are everyday English words too (Ivy, Grace, Jade, Crystal), as residents of
# Hong Kong and Taiwan write them before or after their family name (western_given_names.tsv
# leaves them out): a given name only beside a family name that is no place's word (Ivy Chow,
# HU Grace; not Crystal Jade, Holly Park, Pearl River). (Months are left out: 3 May Li Wei.)
_WORD_GIVEN_NAMES = frozenset(w for w, kind in WORD_GIVEN_NAMES.items() if kind == "alias")
# ... and the others (Frank, Summer, Will, Bill: word_given_names.tsv's kind "word") only beside a
# family in capitals (Frank DU, DU Frank: a pinyin field's family as exports write it) or before a
# family name that is no English word (Frank Deng, Jack Zhang; not Will Long, Mark Sun, which
# read as English words both).
_WORD_GIVEN_WORDS = frozenset(w for w, kind in WORD_GIVEN_NAMES.items() if kind == "word")


_PREVIOUS_GIVEN_RE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{1,4})[ \t]+$")


# Syllables of Korean given names that pinyin does not write (Soo, Seung, Hyun, Yeon, Eun).
_KOREAN_SYLLABLES = frozenset("soo seung hyun yeon eun hee joon hye jae seo ji jun".split())


def _foreign_pair(a: str, b: str) -> bool:
    """Is the capitalised pair a name spelled otherwise than in pinyin: a common given name of
    Europe, the Americas or South Asia with a family name (John Smith), a family name of the
    foreign list (Kim, Tanaka, Nguyen, Chan) with a romanised given name, or a surname with a
    hyphenated given name (Lin Chih-wei, Chih-wei Lin)?"""
    la, lb = _spelling(a), _spelling(b)
    if a[1:].islower() and _agent_noun(a) and not _family_name(a):
        return False                      # Reporter Terry + Ng Hoi-yee, Singer CHAN: a doer's noun
    if la == "ah" and _romanised_syllable(lb) and not _english_word(lb):
        return True                       # Ah Keung, Ah Mei: 阿强, 阿美, as Cantonese calls people
    for given, other, o in ((la, lb, b), (lb, la, a)):
        if given in WESTERN_GIVEN_NAMES and other not in _LATIN_PROPER_WORDS \
                and (other not in _LATIN_NOT_NAMES or (other in _CURRENCY_WORDS and other in PINYIN_SURNAMES)) \
                and not _LATIN_ROLE_WORD_RE.fullmatch(other) and other not in _ENGLISH_FUNCTION_WORDS \
                and not _TITLE_WORD_RE.fullmatch(o) and not _ends_noun_phrase(other):
            # (not Interviewed John, Both Maria: an English word opening a sentence before a name;
            # a family name that is a given name too is one, Laura Wilson, HASSAN Fatima; a
            # currency's word that pinyin spells a family with is the family after a given name:
            # Vivian Yuan, 袁; an amount is never written after a person's given name)
            return True                   # John Smith, SMITH John, Maria Garcia
        if given in _WORD_GIVEN_NAMES and _family_name(other) and other not in _LATIN_PROPER_WORDS \
                and (o.isupper() or not (other in _ENGLISH_FUNCTION_WORDS or other in _NOUN_PHRASE_ENDS)):
            return True                   # Ivy Chow, HU Grace, HE Ivy (not Grace he said)
        if given in _WORD_GIVEN_WORDS and _family_name(other) and other not in _LATIN_PROPER_WORDS \
                and other not in _LATIN_NOT_NAMES and (
                    (o.isupper() and len(o) > 1 and not (a.isupper() and b.isupper()))
                    or (o is b and not _english_word(other))):
            return True                   # Frank DU, DU Frank, Jack Zhang (not Will Long, FRANK
            #                               DU in a row of capitals: no case tells there)
    for fam, given, g in ((la, lb, b), (lb, la, a)):
        if (fam in FOREIGN_SURNAMES or fam in PINYIN_SURNAMES or fam in _ENGLISH_WORD_SURNAMES) \
                and _HYPHENATED_GIVEN_RE.fullmatch(g):
            return True
        if _WADE_GILES_SYLLABLE_RE.fullmatch(fam) and not _english_word(fam) \
                and _HYPHENATED_GIVEN_RE.fullmatch(g) and _hyphened_given(g.lower()):
            return True                   # Hui-shu Tien, Tung Chien-kuo: a family name of Wade-Giles
            #                               the list lacks, beside a given name of two syllables
        if fam in PINYIN_SURNAMES and (given in _ROMANISED_GIVEN or _WADE_GILES_SYLLABLE_RE.fullmatch(given)) \
                and (given in _KOREAN_SYLLABLES or not (_pinyin(given) or _english_word(given))):
            return True                   # HAN Soo Hyun, LEE Seung Hee: a Korean given name; Tang
            #                               Tsz Kit, Ma Wing Ka, Tan Boon Keng, Liao Tsung: a
            #                               Cantonese, a Hokkien or a Wade-Giles one after a family
            #                               name pinyin spells alike
        if fam in FOREIGN_SURNAMES and given not in _LATIN_PROPER_WORDS \
                and given not in _LATIN_NOT_NAMES and not _TITLE_WORD_RE.fullmatch(g) \
                and not _LATIN_ROLE_WORD_RE.fullmatch(g) \
                and (_pinyin(given) or given in FOREIGN_SURNAMES or given in _ROMANISED_GIVEN
                     or _KANA_SYLLABLES_RE.fullmatch(given)
                     or (_romanised_syllable(given) and not _english_word(given))):
            return True                   # (Lau Suet Yee, Ng Kok Wai: Cantonese syllables; not Son
            #                               Chan, a relation before a name)
    return False


# Round 26, en26: an English given name and a Hong Kong family name that is an English word too
# (Sam So, Peter To, Mandy Law: foreign_surnames.tsv leaves them out) where the text marks a person
# after them: an age or a phone, what only a person does, a row's sex field (Sam So|F|62).
_SEX_FIELD_AFTER_RE = re.compile(r"[ \t]*[|｜\t,][ \t]*(?:F|M|Female|Male)[ \t]*[|｜\t,]")


def _english_given_and_word_family(t: str, m: re.Match) -> bool:
    a, b = m.group("a"), m.group("b")
    return a.lower() in WESTERN_GIVEN_NAMES and b.lower() in _ENGLISH_WORD_SURNAMES and b[1:].islower() \
        and bool(_PERSON_MARK_AFTER_RE.match(t, m.end()) or _SEX_FIELD_AFTER_RE.match(t, m.end()))


def _after_pair(t: str, end: int, *, foreign: bool = False, given_first: bool = False) -> int | None:
    """Where a name that is the capitalised pinyin pair ending at ``end`` ends, or None when the
    words after it make it a proper noun of another kind: a capitalised word that is not pinyin
    (Li Ji Bakery, Tang Shan Steel, Zhou Ji Dumplings), after at most a few pinyin ones
    (Song Jia Zhuang Road). A pair that is an English name and a family name (``given_first``:
    Peter Chan + Tai Man) runs on over two syllables; any over its syllables into an English
    name last, as Hong Kong writes it (Lau Wai + Kin Johnny, Ma Wing + Ka Mary)."""
    pos, extra, name_end = end, 0, end
    most = LATIN_NAME_EXTRA + given_first
    capitals = t[end - 2:end].isupper()
    while True:
        m = _NEXT_CAPITAL_RE.match(t, pos)
        if m is None:
            return name_end
        word = m.group(1)
        if word.lower() in _LATIN_PERSON_WORDS or (m.group().startswith("  ") and t.startswith((":", "："), m.end())):
            return name_end               # Wang Fang Applicant, Li Na And ...; CHU MING-KEUNG
            #                               DISTRICT: TIANHE, the next field's label after the spaces
            #                               that align a form (not Bai Ji Locksmith: counterfeit ...)
        possessive = word.endswith(("'s", "’s"))
        bare = word[:-2] if possessive else word
        if bare.lower() in _CURRENCY_WORDS and _AMOUNT_AFTER_RE.match(t, m.end()):
            return name_end               # 001 Terry Guo RMB 1,200, WAN Dan HKD 300: the row's
            #                               amount, no firm's word (a brand is read before: Li Ning)
        if capitals and bare.isupper() and bare.lower() not in _LATIN_PROPER_WORDS \
                and (_ends_noun_phrase(bare.lower()) or _LATIN_ROLE_WORD_RE.fullmatch(bare)):
            return name_end               # RAN QIANG DISABLED, ZHUGE LIN PAID, SHI MAN CARER: in a
            #                               row typed in capitals a capital is no firm's word (TANG
            #                               SHAN STEEL is one)
        if (extra or (pos == end and _two_syllables(t[t.rfind(" ", 0, end) + 1:end].lower()))) \
                and name_end == pos and (_english_given(bare.lower()) or (
                    _caps_family_english_given(bare.lower()) and _LATIN_PREDICATE_AFTER_RE.match(t, m.end()))) \
                and not _NEXT_CAPITAL_RE.match(t, m.end()):
            return m.end()                # Chan Ka + Yee Candy, Ma Wing + Ka Mary: the English name
            #                               ends the name; so after a given name of two syllables
            #                               in one word (Xie Haijie + Eric, Chan Taiman + Peter); an
            #                               English name that is a word too where a person's act
            #                               follows (Wu Huanfu + Frank refused: round 28)
        if bare.lower() in _LATIN_PROPER_WORDS or not (
                _pinyin(bare) or (foreign and (bare.lower() in _ROMANISED_GIVEN
                                               or bare.lower() in FOREIGN_SURNAMES
                                               or _KANA_SYLLABLES_RE.fullmatch(bare.lower())
                                               or _HYPHENATED_GIVEN_RE.fullmatch(bare)
                                               or (_romanised_syllable(bare.lower())
                                                   and not _english_word(bare.lower()))))):
            return None                   # a shop's, a firm's or a place's own word (Wu Ying Gate)
            #                               (Nguyen Van Hung: a Vietnamese given name goes on)
        if _pinyin(bare) and not _ONE_SYLLABLE_RE.fullmatch(_spelling(bare)) \
                and not (foreign and _romanised_syllable(bare.lower())) \
                and not ("-" in bare and _hyphened_given(bare.lower())):   # (Jason Chan + Tai-man)
            # (a third word of pinyin belongs to the given name as its one syllable only, Wang Xiu
            # Ying; one of two makes a place written beside the name, Shan Xiong Shantou, or a
            # road's end, Wang Fujing Dajie; not a syllable of another spelling: Koh Poh Choo)
            return None if bare.lower() in _PINYIN_ONLY_PLACE_ENDS else name_end
        if possessive:                    # He Li Hua's daughter
            return m.end() - 2 if extra < most else name_end
        extra += 1
        if extra <= most:
            name_end = m.end()
        elif extra > 3:
            return name_end
        pos = m.end()


def _person_word_after(t: str, end: int) -> bool:
    m = _NEXT_CAPITAL_RE.match(t, end)
    return (m is not None and m.group(1).lower() in _LATIN_PERSON_WORDS) \
        or _ROLE_AFTER_RE.match(t, end) is not None or _LATIN_PREDICATE_AFTER_RE.match(t, end) is not None


# (not in the passive: Ching Ming subsidy collected by, a thing acted upon, is nobody's act)
_LATIN_PREDICATE_AFTER_RE = re.compile(rf"[ \t]+(?:{_LATIN_ACTS})\b(?![ \t]+by\b)")
_LATIN_ACT_WORDS = frozenset(w for w in _LATIN_ACTS.split("|") if w.replace("-", "").isalpha())


# A pair followed by what it is in the household (Fan Gang is the guardian): a person.
_ROLE_AFTER_RE = re.compile(r"[ \t]+(?:is|was|as|,)[ \t]+(?:(?:the|a|an|her|his|their)[ \t]+)?"
                            r"(?:guardian|applicant|recipient|payee|owner|head|son|daughter|wife|"
                            r"husband|mother|father|agent|caller|complainant|contact|tenant)\b",
                            re.I)


# "Family, Given" as a list or a form writes a name (Zhang, Wei; LI, Xiaohong): a surname's
# spelling, a comma, a capitalised pinyin word.
_COMMA_PAIR_RE = re.compile(r"(?<![A-Za-z0-9])(?P<a>[A-Z][a-zü]+|[A-Z]{2,}),[ \t]*"
                            r"(?P<b>[A-Z][a-zü]+(?:-[A-Za-z][a-zü]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)(?![A-Za-z0-9ü])")


# A capitalised word right before a "Family, Given" reading: the family is the end of a name.
_PREVIOUS_INITIALS_RE = re.compile(r"(?<![A-Za-z])[A-Z]\.(?:-?[A-Z]\.)*[ \t]?$")
_PREVIOUS_CAPITAL_RE = re.compile(r"[A-Z][a-z]*(?:[-'’][a-z]+)?[ \t]+$")   # (Shu-fen HSIAO, Jacky HAO: a list;
#                                   Yun'en + Chen, LI: the apostrophe parts a given name's syllables)
# An initial and a surname (X. Wang, Zhang W.): a person named in a form's short way (G.Q. Fan,
# Xie W.B.; a comma after the surname too, as a list writes it: Deng, Y.H.).
_PREVIOUS_GIVEN_WORD_RE = re.compile(r"(?<![A-Za-z'’-])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?[ \t]+$")   # (Xia-Dong Zheng, D.Y. Huang)
_INITIAL_RE = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\.(?:[ \t]?[A-Z]\.)*[ \t]?(?P<a>[A-Z][a-z]+|[A-Z]{2,}(?![A-Za-z]))"
                         r"|(?P<b>[A-Z][a-z]+|[A-Z]{2,}),?[ \t][A-Z]\.(?:-?[A-Z]\.)*(?![A-Za-z]))")


# X after a surname is a mask (Liu X., Liu X.X., as 刘某 or 刘×), no initial of a given name
# (before the surname it is one: X. Wang).
_MASKED_INITIAL_RE = re.compile(r"[ \t]X\.(?:-?X\.)*$")


# Round 26, en26: a family name and its given name's two initials in capitals without dots, as
# staff lists and sign-offs write them (Tang ZJ, Xu NH, PENG LL, Checked by: Ma FJ). Pinyin begins
# no syllable with I, U or V; two letters that are a pinyin syllable after a family in capitals are
# the pair's reading (LI NA); and the two letters are no abbreviation an English text writes
# after a word (TV, OK, ID, PM, HK, the compass's NE).
_TWO_INITIALS_RE = re.compile(r"(?<![A-Za-z0-9.'’&/-])(?P<f>[A-Z][a-z]{1,5}|[A-Z]{2,6})[ \t]"
                              r"(?P<i>[A-HJ-TW-Z]{1,2})(?![A-Za-z0-9'’&/-]|\.[A-Za-z])")
# Round 28, en28: a vendor's export writes the same person with ONE initial after a family in
# capitals too (GUO K, LI L, TIAN Y: daughter GUO K requests …), and a family that is an English word
# in capitals with two (SUN HJ: a word in capitals before two capitals is no sentence's). One letter
# only after a family in capitals that is no English word (not HE A, AN X; not Zone B: no family).
_TWO_LETTER_ABBREVIATIONS = frozenset("""ID OK TV PM AM HK UK US NO GP PC QC CC BC AD MD DJ PR HR EU
UN ER CT DC RD ST NE NW SE SW KG KM CM MM ML LB OZ PH GB MB KB TB HQ CN CS EN ZH RE FW PS NB AS OR
TO BY AT ON OF SO DO GO WE HE ME MY BE AN AM PA MA DR MS MR JR SR CO LT GM CE QA SN TK WO GD FM DB
SQ SF JD HB XX DM EV GT RS LX EX GL HD""".split())   # (XX: a mask, Qiu XX; the last: a car
#                                   model's suffix, Tang DM, Han EV)


def _two_initials_hits(t: str) -> list[Hit]:
    hits = []
    for m in _TWO_INITIALS_RE.finditer(t):
        f, i = m.group("f"), m.group("i")
        english = _english_word(f.lower()) and not (f.isupper() and len(i) == 2
                                                    and f.lower() not in _ENGLISH_FUNCTION_WORDS)
        if len(i) == 1 and not (f.isupper() and len(f) >= 2) or (len(i) == 1 and i == "X"):
            continue                      # (Block C, Li X: a mask as 李某)
        if not _family_name(f.lower()) or i in _TWO_LETTER_ABBREVIATIONS or english \
                or _LATIN_ROLE_WORD_RE.fullmatch(f) or _TITLE_WORD_RE.fullmatch(f) \
                or (f.isupper() and _pinyin(i)) or _place_after(t, m.end()) \
                or _in_named_thing(t, m.start(), m.end()) or _NEXT_CAPITAL_RE.match(t, m.end()):
            continue                      # (Sun TV, HE IS, LI NA: another reading's)
        hits.append(Hit("person_name", m.start(), m.end(), LATIN_DETECTOR))
    return hits


# Abbreviations written like initials (U.S. Li is no name; G.Q. Fan is).
_ABBREVIATION_RE = re.compile(r"(?:U\.S\.|U\.K\.|P\.R\.|E\.U\.|U\.N\.|A\.M\.|P\.M\.|D\.C\.|R\.O\.C\.)")


# Family names of Hong Kong, Korea, Vietnam and Singapore that are English words too
# (foreign_surnames.tsv leaves them out): a family name only beside initials, a hyphened given
# name or in capitals before the given syllables (K.L. Law, Law Yuk-yan, To Kit-ying, Moon Jae-in,
# LOW Siew Peng, SIN Lai Ha).
_ENGLISH_WORD_SURNAMES = frozenset("law so to young oh moon do son low sin chin".split())


@lru_cache(maxsize=8192)
def _family_name(word: str) -> bool:
    """Is ``word`` a family name in any romanisation (Zhang, Chow, Hsieh, Kim; Law)?"""
    w = _spelling(word)
    return w in PINYIN_SURNAMES or w in FOREIGN_SURNAMES or w in _ENGLISH_WORD_SURNAMES


# Round 25, en25: a romanised place, thing or brand of one word (romanised_divisions.tsv,
# pinyin_things.tsv, pinyin_brands.tsv: Xuchang, Xi'an, Taiji, Huawei) is no family name of a
# "Family, Given" reading (Hefei, Kevin Zhou) nor the first word of a pair whose second is no
# family name (Xi'an<TAB>Mark-up). The apostrophe is kept: Xi'an is the city, Xian a family name.
def _romanised_known(word: str) -> bool:
    w = word.lower().replace("’", "'")
    return w in ROMANISED_DIVISIONS or w in PINYIN_THINGS


# ... and the things of two or three words that read as a family name and a given name (Bai Di,
# Lan Di, Zha Jinhua): things where a lower-case noun follows them (Lan Di blue, King Long bus), or
# as the whole of a bracket after lower-case words, a gloss of them (white background (Bai Di)),
# unless a role before them or what only a person does after them says a person stands there.
_NAME_SHAPED_THING_RE = re.compile("(?i:" + "|".join(
    r"[ \t]+".join(map(re.escape, w.split())) for w in sorted(_NAME_SHAPED_THINGS, key=len, reverse=True))
    + ")(?![A-Za-z])")
_THING_NOUN_AFTER_RE = re.compile(r"[ \t]+([a-z]{2,})\b(?![-'’])")
_PERSON_WORDS_AFTER = frozenset("""tel phone mobile mob cell age aged id born male female who whose
said asked called paid signed replaced share shared came went took gave got left made brought sent
told wrote bought sold met saw found ran lost kept held won knew did had drove rode fell hit struck
broke stole fled fought slept spoke woke will would can could must
may might shall should now also then still just never again himself herself alone only""".split())
_GLOSS_BEFORE_RE = re.compile(r"[a-z][ \t]*\($")
# ... or where a word before them takes a thing: an article, a thing's label or a verb of goods,
# food, games and lessons (the Bai Di, Item: Liang Pi, ordered Chao Fan, plays Zha Jinhua).
_PERSON_OWNED_AFTER_RE = re.compile(r"[ \t]+(?:case|cases|family|household|couple|file|matter|complaint|"
                                    r"application|account|claim|dispute|incident|estate)\b")
_THING_TAKER_BEFORE_RE = re.compile(r"\b(?i:the|a|an|item|items|type|order|ordered|dish|product|goods|"
                                    r"brand|model|breed|variety|style|menu|bought|sold|sells|served|cooked|"
                                    r"plays?|played|learns?|learned|studies|studied|grows?|grew|posed[ \t]+as|"
                                    # (round 28: what a load, a delivery or a payment is of: cargo Yang
                                    # Mu 186 m3, supplied Du Juan x5, RMB 3,471 for Ma Ji)
                                    r"cargo|load|loaded|freight|supplied|delivered|shipped|planted|harvested)"
                                    r"[ \t]*[:：]?[ \t]*$"
                                    r"|(?i:rmb|cny|hkd|usd|yuan|¥|\$)[ \t]*[0-9][0-9,.]*[ \t]+for[ \t]+$")


def _pinyin_thing_at(t: str, i: int) -> int:
    """The end of a name-shaped thing of pinyin_things.tsv or pinyin_brands.tsv at ``i`` that the
    text says is a thing (see above), or 0."""
    m = _NAME_SHAPED_THING_RE.match(t, i)
    return m.end() if m is not None and _said_thing(t, i, m.end()) else 0


# A count of pieces after a word (Mao Zhu x22, weighed; Lan Di ×3): goods are counted so, a person
# never.
_PIECES_AFTER_RE = re.compile(r"[ \t]*[x×][ \t]*[0-9]+(?![0-9A-Za-z])")
# Round 28: a measure of goods after it (cargo Bai Song 2 m3, 186 m³, 3 tonnes), read only with a
# load's or a delivery's word before it (a list of growers writes a person and a weight or an area
# too: Li Ming 500 kg, Wang Fang 5 mu).
_MEASURE_AFTER_RE = re.compile(r"[ \t]+[0-9][0-9,.]*[ \t]*(?:m3|m³|cbm|cubic|kg|kgs|tonnes?|tons?|t|"
                               r"pcs|pieces|bags|boxes|cartons|crates|bales|bundles|logs|stems)(?![A-Za-z0-9])")
_LOAD_BEFORE_RE = re.compile(r"\b(?i:cargo|load|loaded|freight|supplied|delivered|shipped)[ \t]*[:：]?[ \t]*$")


# Round 28, en28: what a thing's pinyin stands before or inside in an English export. An animal's
# part after it (Groomer … injured Jin Mao ear: the dog's ear; a person's would be "Chen Li's ear");
# the young stock or goods counted after it in the plural (compensation for Gui Hua seedlings); and a
# bracket right after a lower-case noun that glosses it (forklift (Cha Che) driver, ledger (Tai
# Zhang) missing, fly-rock （Shi Liao）): not after a person's noun, a role, a doer's noun or what a
# person owns (son's account (Chan Mei), driver (Li Wei), case (Wang Fang)).
_ANIMAL_PART_AFTER_RE = re.compile(r"[ \t]+(?:ear|ears|paw|paws|tail|snout|muzzle|hoof|hooves|beak|"
                                   r"wing|wings|fur|claw|claws|hind[ \t]+leg|front[ \t]+leg|leg|eye|nose|neck)\b"
                                   r"(?![ \t]*(?:[(（]|,[ \t]*[0-9]))")
# (the part only right after an act done to it: injured, bitten, treated Jin Mao ear; a patient's
# note writes a person and a part, Li Ming ear infection)
_ACT_BEFORE_RE = re.compile(r"\b(?:[a-z]+ed|bit|hit|cut|hurt|struck|caught)[ \t]+$")


def _animal_part(t: str, i: int, end: int) -> bool:
    return _ANIMAL_PART_AFTER_RE.match(t, end) is not None and _ACT_BEFORE_RE.search(t, max(0, i - 16), i) is not None


_GOODS_PLURAL_AFTER_RE = re.compile(r"[ \t]+(?:seedlings|saplings|seeds|bulbs|cuttings|trees|shrubs|"
                                    r"plants|logs|timber|lumber|planks|boards|bales|crates|cartons|bags|"
                                    r"puppies|pups|kittens|chicks|piglets|lambs|calves|fry|fingerlings)\b")
_GLOSS_NOUN_BEFORE_RE = re.compile(r"(?<![A-Za-z'’-])([a-z][a-z-]{2,})[ \t]*[(（][ \t]*$")
_POSSESSIVE_WORD_BEFORE_RE = re.compile(r"['’]s[ \t]+$")
# (the doers' nouns in -er and -or that name a person: a ledger, a container or a paper glosses)
_PERSON_AGENT_NOUN_RE = re.compile(r"(?:sell|trad|deal|custom|memb|work|teach|lead|partn|own|employ|us|"
                                   r"play|visit|report|design|engine|farm|grow|rid|driv|pay|lend|borrow|"
                                   r"send|receiv|writ|speak|call|buy|manag|hold|keep|sign|mak|cook|clean|"
                                   r"carr|fish|hunt|garden|labour|labor|build|plumb|paint|bak|butch|"
                                   r"minist|offic|daught|moth|fath|broth|sist|wat)ers?"
                                   r"|(?:doct|direct|supervis|spons|don|debt|credit|ment|visit|tut|auth|"
                                   r"act|operat|investigat|contract|administrat|coordinat|translat|"
                                   r"instruct|survey|vend|counsell?|mayor|sail|tail|jan|ancest|edit|"
                                   r"inspect|assess|execut|profess|success|predecess|solicit|advis)ors?")


def _gloss_bracket(t: str, i: int, end: int) -> bool:
    """Are the words from ``i`` to ``end`` the whole of a bracket after a lower-case thing's noun,
    its gloss (see above)?"""
    m = _GLOSS_NOUN_BEFORE_RE.search(t, max(0, i - 24), i)
    if m is None or not re.match(r"[ \t]*[)）]", t[end:end + 3]):
        return False
    w = m.group(1)
    return not (w in _PERSON_NOUNS_BEFORE or w in _ENGLISH_FUNCTION_WORDS or w in _LATIN_PERSON_WORDS
                or _LATIN_ROLE_WORD_RE.fullmatch(w) or _TITLE_WORD_RE.fullmatch(w)
                or _PERSON_AGENT_NOUN_RE.fullmatch(w) or w.endswith(("ee", "ist", "ant", "ent"))
                or w in ("name", "names", "account", "case", "file", "family", "household", "complaint",
                         "claim", "application", "matter", "estate", "signature", "alias", "nickname")
                or _POSSESSIVE_WORD_BEFORE_RE.search(t, max(0, m.start() - 3), m.start()))


def _said_thing(t: str, i: int, end: int) -> bool:
    """Does the text say the words from ``i`` to ``end``, which read as a family name and a given
    name, are a thing: a lower-case noun after them that they modify, a gloss's bracket, a word
    before them that takes a thing, a count of pieces after them; and no role before them nor
    what a person owns after them?"""
    if _animal_part(t, i, end) or _GOODS_PLURAL_AFTER_RE.match(t, end) or _gloss_bracket(t, i, end) \
            or (_MEASURE_AFTER_RE.match(t, end) and _LOAD_BEFORE_RE.search(t, max(0, i - 12), i)):
        return True                       # (injured Jin Mao ear, for Gui Hua seedlings, cargo Yang Mu
        #                                   186 m3, forklift (Cha Che): no person's; round 28)
    if _LATIN_ROLE_RE.search(t, max(0, i - 30), i) or _PERSON_OWNED_AFTER_RE.match(t, end):
        return False                      # (not the Guo Hua case: a person's case)
    noun = _THING_NOUN_AFTER_RE.match(t, end)
    if noun and (w := noun.group(1)) not in _ENGLISH_FUNCTION_WORDS and w not in _LATIN_ACT_WORDS \
            and w not in _PERSON_WORDS_AFTER and w not in _NOUN_PHRASE_ENDS and not w.endswith(("ed", "s")) \
            and not _PERSON_MARK_AFTER_RE.match(t, end):
        return True
    if t.startswith(")", end) and _GLOSS_BEFORE_RE.search(t, max(0, i - 3), i):
        return True
    if _THING_TAKER_BEFORE_RE.search(t, max(0, i - 16), i) and not _PERSON_MARK_AFTER_RE.match(t, end):
        return True
    return bool(_PIECES_AFTER_RE.match(t, end))


# Round 26, en26: Chinese words of any trade written in pinyin syllable by syllable (Niu Rou, Leng
# Xian Rou, Lan Yin Hua Bu, Gao Pin Tou): a run of two to four capitalised one-syllable words is
# such a word, not a family name and a given name, when its syllables spell a word of the lexicon
# (jieba's dictionary and the domain's words, less the names it tags nr) in some reading of its
# characters (text_unidecode's table and pinyin_readings.tsv). Three syllables or more are so
# seldom a name's (He Li Hua = 合理化: 1 of the 520 spaced names of three syllables of the tuned
# sets' English families) that the spelling decides where no role before them and no person's
# mark after them says a person; two syllables are a word far more often (Li Ming = 黎明, Chen
# Jing = 沉静: 415 of 2,950 names of two), so there the text must also say a thing (_said_thing:
# Gao Qing box, Mao Zhu x22, item: Tian Qi).
_SPACED_SYLLABLES_RE = re.compile(r"[A-Z][a-zü]{0,5}(?:[ \t][A-Z][a-zü]{0,5}){1,5}(?![A-Za-zü0-9'’-])")


@lru_cache(maxsize=1)
@on_disk("pinyin_word_keys")
def _pinyin_word_keys() -> frozenset[str]:
    """The lexicon's words of two to four characters that are no names, spelled in pinyin by
    syllable ("niu rou", "dang shen"), in every reading of their characters (16 at most)."""
    words = {w for w, _f, tag in _DICT_LINE.findall(_jieba_dict_text()) if not tag.startswith("nr")}
    return _spelled(words | _domain_non_names())


def _domain_non_names() -> set[str]:
    """The domain's words that are no names, and the medicinal herbs of herbs.tsv (麦冬, 党参)."""
    return {w for w, (_f, tag) in DOMAIN_WORDS.items() if not tag.startswith("nr") and 2 <= len(w) <= 4} \
        | {w for w in HERBS if 2 <= len(w) <= 4}


def _spelled(words) -> frozenset[str]:
    """Each word spelled in pinyin by syllable, in every reading of its characters; a word of two
    in its first character's main reading only: the others are mostly a surname's (长 zhang, 曾
    zeng, 单 shan: 长尾 is no Zhang Wei), its second's all (党参 dang shen)."""
    from text_unidecode import unidecode

    keys = set()
    for w in words:
        readings = []
        for k, c in enumerate(w):
            first = unidecode(c).strip().lower()
            if not (_is_cjk(c) and first.isalpha()):
                break
            # (the collation's reading too where the table's is another: 罗汉松 luo han song)
            main = (first, PINYIN_COLLATION_READINGS[c]) if c in PINYIN_COLLATION_READINGS else (first,)
            readings.append(main if k == 0 and len(w) == 2 else main + PINYIN_READINGS.get(c, ()))
        else:
            keys.update(" ".join(r) for r in itertools.islice(itertools.product(*readings), 16))
    return frozenset(keys)


def _pinyin_word_thing_at(t: str, i: int) -> int:
    """The end of a Chinese word spelled in capitalised pinyin syllables at ``i`` (see above), or 0."""
    m = _SPACED_SYLLABLES_RE.match(t, i)
    if m is None or len(words := m.group().split()) > 4 or not all(
            _ONE_SYLLABLE_RE.fullmatch(_spelling(w)) for w in words):
        return 0
    end = m.end()
    key = " ".join(w.lower().replace("ü", "u") for w in words)
    if key not in _pinyin_word_keys():
        return 0
    if (before := _LABEL_WORD_BEFORE_RE.search(t, max(0, i - 24), i)) is not None \
            and (_agent_noun(before.group(1).capitalize()) or before.group(1).lower() in ("vet", "vets")
                 or before.group(1).lower() in _PERSON_NOUNS_BEFORE):
        return 0                          # (Vaccinator: Gao Pin Tou, Vet: Niu Jie Jie: a doer's noun
        #                                   before it, a role the lists lack; Head of household Bai Ling)
    if len(words) == 2:
        if _gloss_bracket(t, i, end):
            return end                    # forklift (Cha Che), ledger (Tai Zhang): round 28
        if _PERSON_PREPOSITION_BEFORE_RE.search(t, max(0, i - 12), i) or _BRACKET_AFTER_RE.match(t, end) \
                or t.startswith(")", end) or _TITLE_BEFORE_WORD_RE.search(t, max(0, i - 8), i):
            return 0                      # (complaint from Jiang Ping, sold Yang Zhang (the parent),
            #                               son's account (Chan Mei), Driver Mr. Lin Wei hit: a person)
        return end if _said_thing(t, i, end) else 0
        # (where the text says no thing, two syllables stay a name: Li Ming, 黎明; the domain's own
        # words alone were tried too, Leng Ku: on the blind sets they left a name in each for 34 words)
    # (three syllables or more)
    if _LATIN_ROLE_RE.search(t, max(0, i - 30), i) or _PERSON_OWNED_AFTER_RE.match(t, end) \
            or _WORD_PERSON_MARK_AFTER_RE.match(t, end) or _RELATION_BRACKET_RE.match(t, end) \
            or t.startswith(("'s", "’s"), end) or _TITLE_BEFORE_WORD_RE.search(t, max(0, i - 8), i) \
            or _LATIN_DEALT_WITH_BEFORE_RE.search(t, max(0, i - 14), i):
        return 0                          # (Vet: Niu Jie Jie, He Li Hua's daughter: a person)
    return end


# Round 28, en28: the words the lexicon lacks or tags a name (杜鹃 nr, 白松, 罗汉松, 柴犬) are a thing
# where the slot itself says one, whatever they spell: goods counted or measured after them (Du Juan
# x5, cargo Bai Song 2 m3), the young stock after them in the plural (for Luo Han Song seedlings), an
# animal's part after them (injured Jin Mao ear), a gloss's bracket, or a person's 's right before
# them (Cheng Ya Fen's Chai Quan bit: what a person has; a person after another's 's has a
# relation's noun between, Zhang Wei's son Li Ming).
# A dog's or a cat's breed in English (breeds.tsv): a Latin reading that is all of one is the animal.
_BREED_RE = re.compile(r"(?<![A-Za-z])(?i:" + "|".join(r"[ \t]+".join(map(re.escape, b.split())) for b in BREEDS)
                       + r")(?![A-Za-z])")


def _pinyin_slot_thing_at(t: str, i: int) -> int:
    """The end of two or three capitalised pinyin syllables at ``i`` that stand in a thing's slot
    (see above), or 0."""
    m = _SPACED_SYLLABLES_RE.match(t, i)
    if m is None or not 2 <= len(words := m.group().split()) <= 3 or not all(
            _ONE_SYLLABLE_RE.fullmatch(_spelling(w)) and w[1:].islower() for w in words):
        return 0
    end = m.end()
    if ((_PIECES_AFTER_RE.match(t, end) or _MEASURE_AFTER_RE.match(t, end))
            and _LOAD_BEFORE_RE.search(t, max(0, i - 12), i)) \
            or _GOODS_PLURAL_AFTER_RE.match(t, end) or _animal_part(t, i, end):
        return end                        # (no gloss's bracket here: receipt (Li Ming) signs a name)
    if _POSSESSIVE_WORD_BEFORE_RE.search(t, max(0, i - 3), i) and t[max(0, i - 4):i - 3].isalpha() \
            and not (_RELATION_BRACKET_RE.match(t, end) or _ROLE_AFTER_RE.match(t, end)
                     or _AGE_OR_PHONE_AFTER_RE.match(t, end)):
        return end
    return 0


_AGE_OR_PHONE_AFTER_RE = re.compile(r"[ \t]*\((?:aged?\b|[0-9]|〔)|,[ \t]*(?:aged?[ \t]*)?[0-9]{1,3}(?![0-9]|[.:/-][0-9])|"
                                    + _PHONE_AFTER)
_BRACKET_AFTER_RE = re.compile(r"[ \t]*[(（]")
_PERSON_PREPOSITION_BEFORE_RE = re.compile(r"\b(?i:to|with|by|from|and|met|visit|visits|visiting|visited|"
                                           r"contact|contacted|called|phoned)[ \t]*[:：]?[ \t]*$")
_TITLE_BEFORE_WORD_RE = re.compile(rf"\b(?i:{_TITLE_WORDS})\.?[ \t]+$")   # (by foreman Jing Zhang)
_PERSON_NOUNS_BEFORE = frozenset("""colleague colleagues coworker co-worker workmate classmate roommate
friend household head applicant resident recipient guardian payee agent
neighbour neighbor caller complainant owner deceased son daughter wife husband mother father
spouse""".split())
_LABEL_WORD_BEFORE_RE = re.compile(r"(?<![A-Za-z-])([A-Za-z][a-z-]+)[ \t]*[:：]?[ \t]*$")
# What marks a person after such a word: _PERSON_MARK_AFTER_RE less the acts that befall goods as
# well (Leng Xian Rou returned, Gao Pin Tou received, Mao Zhu missed), with an age after a comma
# (Qian Yu, 43, lives alone).
_WORD_PERSON_MARK_AFTER_RE = re.compile(r"[ \t]*\((?:aged?\b|[0-9]|〔)|,[ \t]*(?:aged?[ \t]*)?[0-9]{1,3}(?![0-9]|[.:/-][0-9])|"
                                        + _PHONE_AFTER + r"|[ \t]+(?!(?:returned|"
                                        r"received|receives|collected|missed|needed|needs|absent|unreachable)\b)"
                                        rf"(?:{_LATIN_ACTS})\b")


def _in_named_thing(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]`` part of a brand, a place or a thing of _LATIN_NAMED_THING_RE (Tseung
    Kwan O. is no family name and an initial; nor is Chung Hsiao E. before Rd.)?"""
    return any(m.start() < end and start < m.end()
               for m in _LATIN_NAMED_THING_RE.finditer(t, max(0, start - 24), min(len(t), end + 24)))


# Round 28, en28: "Family, X." writes the initial as a list or a citation does (Reported by Wu, X.;
# Guo, X. 138…), not the mask a surname and X. is without the comma (Liu X. as 刘某); and the
# capitalised word before "Family, I." is a given name only where it is no label or role (Contact
# Cao, N.; Witness: …; not Kelvin Huang, M.B. Li).
def _given_word_before(t: str, start: int) -> bool:
    m = _PREVIOUS_GIVEN_WORD_RE.search(t, max(0, start - 12), start)
    if m is None:
        return False
    w = m.group().strip()
    return not (_LATIN_ROLE_WORD_RE.fullmatch(w) or _TITLE_WORD_RE.fullmatch(w)
                or (_english_word(w.lower()) and not _english_given(w.lower())))


def _initial_hits(t: str) -> list[Hit]:
    """Initials and a family name (J.L. Fan, Guo L., Li M.Y.), after a title too: Ms J.L. Fan is
    as identifying as J.L. Fan (the mask X, Ms. Qian X. as 钱某, is _MASKED_INITIAL_RE's)."""
    hits, pos = [], 0
    while (m := _INITIAL_RE.search(t, pos)) is not None:
        if _family_name(m.group("a") or m.group("b")) and not _LATIN_ROLE_WORD_RE.fullmatch(m.group("b") or "") \
                and not (_MASKED_INITIAL_RE.search(m.group()) and "," not in m.group()) \
                and not _ABBREVIATION_RE.match(m.group()) \
                and not _place_after(t, m.end()) and not _in_named_thing(t, m.start(), m.end()) \
                and not (m.group("b") and "," in m.group() and _given_word_before(t, m.start())):
            hits.append(Hit("person_name", m.start(), m.end(), LATIN_DETECTOR))
            pos = m.end()
        else:                             # (Kelvin Huang, M.B. Li: a given name before the family
            #                               ends a name there, and the initials begin the next)
            pos = m.start() + 1           # (Party L. + Zheng, Son L. + Wang: the initial begins the
            #                               name after)
    return hits


# Abbreviations in lower case written like initials (e.g. chen; 9 a.m. lee; v. zhou, versus).
_LOWER_ABBREVIATIONS = frozenset("e.g. i.e. a.m. p.m. n.b. p.s. u.s. u.k. p.r. e.u. u.n. d.c. v. vs. "
                                 "c.f. x. x.x.".split())   # (liu x.: a mask, as 刘某)


def _lower_initial_hits(t: str) -> list[Hit]:
    """Lower-case initials and a family name (k.m. law, xiong s.q.). A family name that is an
    English word too (he, fan, law, son) is read after a single initial only after a role (the
    landlord, j. he; not plan b. he said), and before initials only after a role or before what
    a person does (law p.t. said; not her son + s.f. fung: the initials begin the name after)."""
    hits, pos = [], 0
    while (m := _LOWER_INITIAL_RE.search(t, pos)) is not None:
        first = m.group("a") is None
        family, initials = (m.group("b"), m.group("j")) if first else (m.group("a"), m.group("i"))
        english = family in _ENGLISH_WORDS or family in _ENGLISH_WORD_SURNAMES
        if _family_name(family) and initials.replace(" ", "") not in _LOWER_ABBREVIATIONS \
                and family not in _ENGLISH_FUNCTION_WORDS \
                and not (english and (first or initials.count(".") == 1)
                         and not _LATIN_ROLE_RE.search(t, max(0, m.start() - 30), m.start())
                         and not (first and _LOWER_PERSON_AFTER_RE.match(t, m.end()))):
            hits.append(Hit("person_name", m.start(), m.end(), LATIN_DETECTOR))
            pos = m.end()
        else:
            pos = m.start("j") if first else m.start() + 1
    return hits


# Words around a capitalised pair that make it a brand or a figure remembered, not a person:
# counterfeit Zhou Hei Ya goods, the Lei Feng spirit.
_LATIN_BRAND_BEFORE_RE = re.compile(r"\b(?:counterfeit|fake|imitation|pirated|branded|brand|"
                                    r"learn from|learning from)[ \t]+$", re.I)
_CAPITALISED_RUN_RE = re.compile(r"(?:[ \t]+[A-Z][A-Za-z]*)*")
# (and the goods a brand names, as complaints write them: Wei Long spicy strips, Wu Fang Zhai rice
# dumplings, Ma Ying Long ointment)
_LATIN_REMEMBERED_AFTER_RE = re.compile(r"[ \t]+(?:spirit|style|thought|award|prize|products?|statue|monument|"
                                        r"goods|brand|items|merchandise|packaging|labels?|"
                                        r"volunteer|memorial|day|spicy|strips|sauce|noodles|dumplings|"
                                        r"peanuts|pickles|cand(?:y|ies)|snacks?|biscuits|mooncakes?|"
                                        r"herbal|tea|liquor|baijiu|vinegar|seasoning|spice|ointment|plaster|"
                                        r"capsules|pills|tablets|scissors|duck|rice[ \t]+(?:dumplings|noodles|wine))\b",
                                        re.I)


# Round 27, mi27: the comma says which word is the family (Liu, Frank; Pan, Frank), so an English
# given name that is a word too (word_given_names.tsv, kind word: Frank, Summer, Lucky) is the
# given name after a family name and its comma where a role or a label that only a person has
# stands before (Name:, agent, witness) or the family is no English word; item names listed with
# commas (Phoenix, Lucky, Summer) begin with no family name.
def _comma_word_given(t: str, m: re.Match) -> bool:
    a, b = m.group("a"), m.group("b")
    la = _spelling(a)
    return b.lower() in _WORD_GIVEN_WORDS and _family_name(a) and la not in _WORD_GIVEN_WORDS \
        and (not _english_word(la) or _LATIN_ROLE_RE.search(t, max(0, m.start() - 30), m.start()) is not None)


def _comma_hits(t: str) -> list[Hit]:
    hits, pos = [], 0
    while (m := _COMMA_PAIR_RE.search(t, pos)) is not None:
        pos = m.start("b")                # (LI Xia, CHENG, Hsiang-chien: the pair Xia, CHENG is no
        #                                   name, and its second word begins the next)
        a, b = m.group("a"), m.group("b")
        lb = _spelling(b)
        if not ((_spelling(a) in PINYIN_SURNAMES and _pinyin(b)) or _foreign_pair(a, b)
                or _comma_word_given(t, m)) \
                or (lb in _LATIN_PLACE_WORDS and not (lb in _WORD_GIVEN_NAMES and _family_name(a))) \
                or (lb in _ENGLISH_WORDS and _spelling(a) in _ENGLISH_WORDS) \
                or _place_after(t, m.end()) or _in_named_thing(t, m.start(), m.end("a")) \
                or _romanised_known(a):
            continue                      # (Master Kong, Jinan: a brand, then a city; HSIEH, SHU-TING: a Taiwan passport's spelling; Zhou,
            #                               Ping is a name though ping is a word, not He, Can; Hu,
            #                               Candy: a given name that is a shop's word too; Hefei,
            #                               Kevin Zhou: a romanised place, round 25)
        if _PREVIOUS_INITIALS_RE.search(t, max(0, m.start() - 12), m.start()):
            continue                      # L.G. Huang, Chuncui He: a list, the initials' family ends
            #                               a name and the comma parts it from the next (round 28)
        prev = _PREVIOUS_CAPITAL_RE.search(t, max(0, m.start() - 30), m.start())
        word = prev.group().strip() if prev else ""
        if prev and word.lower() not in _LATIN_PERSON_WORDS and not _LATIN_ROLE_WORD_RE.fullmatch(word) \
                and not _TITLE_WORD_RE.fullmatch(word) \
                and not (_agent_noun(word) and not _family_name(word)):
            continue                      # Li Hua, Gu Youcai: a list of names, not Hua, Gu; Kowloon
            #                               Tong, Sheung Wan: a list of places (not Performer LIN,
            #                               SHU-HUI: a doer's noun is a role)
        if re.match(r" +[A-Z]", t[m.end():m.end() + 2]) and _pinyin(
                re.match(r" +([A-Za-z]+)", t[m.end():m.end() + 30]).group(1)) and _family_name(b):
            continue                      # Zhou Min, Li Qiang: the next name's given name follows
            #                               (not Lam, Ka Yan: a given name of two words; nor ZHOU,
            #                               Wei<TAB>Guilin, where a tab parts the row's fields)
        end = _after_pair(t, m.end())
        if end is not None:
            hits.append(Hit("person_name", m.start(), end, LATIN_DETECTOR))
            pos = end
    return hits


# A role that only a person has, right before one to three capitalised words: they are that
# person's name whatever its spelling (Student Wuyunqimuge, mediator Bater, officers Nurlan
# Khalimulati and Ayguli Tursun: minority names in their own romanisation are not pinyin).
# (a word of the run is no field's label: Surname: HUANG  Given name: JIAYI; nor the next field's
# after a tab: recipient:<TAB>Fan Ping<TAB>Fanling)
_LATIN_NAME_RUN_RE = re.compile(r"(?:[A-Z][a-z’']+(?:-[A-Za-z]+)?|[A-Z]{2,})"
                                r"(?: +(?:[A-Z][a-z’']+(?:-[A-Za-z]+)?|[A-Z]{2,})"
                                r"(?![A-Za-z’'-]|[ \t]*(?:[:：]|name\b))){0,2}")
_LATIN_CAPITAL_START_RE = re.compile(r"(?<![A-Za-z])[A-Z]")
# Capitalised words after a role that are no name (Name: Not provided; Applicant: Same as above).
_LATIN_NOT_NAMES = frozenset("""the a an no none not n unknown same see above below as per grade
china mobile unicom telecom state national people's peoples cny rmb yuan
class group household family village committee unit room no. nil tbd pending other others
anonymous withheld redacted this that his her their our my grant grants aid loan allowance
subsidy support services affairs record records number id card account status information info
details list fee fees insurance union association council representative representatives
dear hello hi thanks attn sir saint st
jan feb mar apr jul aug sep sept oct nov dec january february march april june july august
september october november december monday tuesday wednesday thursday friday saturday sunday
text integer real blob varchar char boolean date timestamp null primary key
amount total sum balance remarks remark notes note address bank age sex gender relation
relationship given
am pm""".split())   # (the last row: a roster's shifts, AM Kevin Tan; PM Wang Wei)
# (months and days: a date after "by" is no name, to be paid by Jul 11, but Jun is a given name
# too; the last line but one: the types and keywords of a table's declaration, as an export's
# schema or a database file read as text spells them, worker TEXT; the last: a table's column
# headings, Recipient,Amount,Bank)


# English words of grammar that the loose pinyin pattern would read as syllables (to, do, be).
_ENGLISH_FUNCTION_WORDS = frozenset("""to the of and in on at by for with from is was are be been
his her its their our my your this that as or not no so do did does has had have it they them us
him i up off out over per via into onto than then a an both all each every also only even
today yesterday later too""".split())
# Given names that are English words too: after a surname that is none (hu ping, jiang hong,
# zhou lin) they are the given name.
_GIVEN_ALSO_ENGLISH = frozenset("ping hong lin bin nan fan ran can man gang".split())
_WORD_BEFORE_RE = re.compile(r"([A-Za-zü]+)[ \t]+$")
_WORD_AFTER_RE = re.compile(r"[ \t]+([A-Za-zü]+)")


def _pinyin_word_at(t: str, k: int, *, before: bool = False) -> bool:
    """Is the lower-case word just before ``k`` (or just after it) a pinyin word that is no
    English word: then a pair there is part of a pinyin phrase, not a name alone?"""
    m = _WORD_BEFORE_RE.search(t, max(0, k - 12), k) if before else _WORD_AFTER_RE.match(t, k)
    w = m.group(1) if m else ""
    return bool(w) and w.islower() and _pinyin(w) and w not in _ENGLISH_WORDS \
        and w not in _ENGLISH_FUNCTION_WORDS


_WEAK_LOWER_CUES = frozenset({"by", "with", "for", "and", "household"})


def _two_syllables(w: str) -> bool:
    """Is the lower-case ``w`` a given name of two pinyin syllables in one word (qingcheng,
    jianjie), and no English word?"""
    return w.isalpha() and _PINYIN_RE.fullmatch(_spelling(w)) is not None \
        and _ONE_SYLLABLE_RE.fullmatch(_spelling(w)) is None and not _english_word(w) \
        and w not in WESTERN_GIVEN_NAMES


def _lower_thing_at(t: str, start: int, end: int) -> bool:
    """Do lower-case words from ``start`` to at least ``end`` spell a brand, a place or a thing
    of _LATIN_NAMED_THING_RE, a festival after a word of time (sha tin, during zhong qiu), or a
    mainland place split into syllables with nothing after it that marks a person (moved to he
    fei; not he fei called, by ye cheng (〔电话〕))?"""
    thing = _LATIN_NAMED_THING_RE.match(t, start)
    if (thing is not None and thing.end() >= end) or _timed_festival_at(t, start) >= end:
        return True
    place = _LOWER_SPLIT_PLACE_RE.match(t, start)
    return place is not None and place.end() >= end and not _PERSON_MARK_AFTER_RE.match(t, place.end())


def _lower_cued_hits(t: str) -> list[Hit]:
    """Names in lower case after an English role (applicant zhang wei) or opening a cell before
    an age (zhou xiaoping, 67): a pinyin surname and a pinyin given name, neither an English word."""
    hits, found, pos = [], [], 0
    while (m := _LOWER_CUED_RE.search(t, pos)) is not None:
        found.append(m)                   # (overlapping: Head of + household tao gui-ying)
        pos = m.start() + 1
    for pattern in (_LOWER_PAIR_RE, _LOWER_SPACED_RE):
        found += _lower_framed_pairs(t, pattern)
    for m in found + list(_LOWER_AGED_RE.finditer(t)) + list(_LOWER_ITEM_RE.finditer(t)) \
            + list(_LOWER_ROLL_RE.finditer(t)):
        label_led = m.re is _LOWER_ITEM_RE and m.group("a") is None
        if label_led and (not _NEXT_ITEM_NAMED_RE.match(t, m.end())
                          or m.group("a2") in _ENGLISH_WORDS or m.group("b2") in _ENGLISH_WORDS):
            continue                      # (Items: rice cooker; tea set, Menu: fan heater; Tea
            #                               Set: a list of things)
        a, b = (m.group("a2"), m.group("b2")) if label_led else (m.group("a"), m.group("b"))
        start_a, start_b = (m.start("a2"), m.start("b2")) if label_led else (m.start("a"), m.start("b"))
        if m.re is _LOWER_CUED_RE and t[start_a - 1] in _OPEN_QUOTES \
                and m.group("role").lower() in _WEAK_LOWER_CUES:
            continue                      # (sold "xiaolongbao" and "hong shao rou": a quotation
            #                               after a role, the name 'qiu bo', not after "and")
        given = re.split("[ '’-]", b)
        # (a given name whose syllables are no English words says a person where the frame
        # places one, whatever the surname spells: issued to he lan, roll: long mei, pan hai yan
        # renewed, applicant an shulan; not an e-bike, an ai-powered kiosk, he ran)
        plain = _plain_given(given)
        if len(given) > 1 and not all(_pinyin(g) and g not in _ENGLISH_WORDS
                                      and g not in _ENGLISH_FUNCTION_WORDS for g in given):
            if " " in b and m.re is not _LOWER_CUED_RE:
                continue                  # (yun nan bai, mo bai bike; a list's item: the pair's
                #                           reading weighs the first two words)
            b = given[0]                  # (a third word that is no syllable is not the name's)
        # (a surname that is an English word too is the surname before a given name of two
        # syllables: HoH: tan zi-han, lin zhigang (grandson), 2024-03-02 pan li-hua - …)
        # (nor where a relation in brackets follows, which says a person as a role does: rang long
        # juan (neighbour), fan li (son))
        english_surname = a in _ENGLISH_WORDS and not plain \
            and not _RELATION_BRACKET_RE.match(t, start_b + len(b)) and (
            (m.re is _LOWER_PAIR_RE and not _two_syllables(b))
            #                               (with nothing to say a person: fan heater; a given
            #                               name of two syllables says it: married tan jianjie)
            or (not any(c in b for c in "'’-") and _ONE_SYLLABLE_RE.fullmatch(_spelling(b)) is not None
                and not (m.re is _LOWER_CUED_RE and m.group("role").lower() not in _WEAK_LOWER_CUES
                         and b not in _ENGLISH_WORDS)))
        #                                   (patient he jun: a role, not a preposition, before it)
        if _lower_thing_at(t, start_a, start_b + len(b)) \
                and not (m.re is _LOWER_CUED_RE and m.group("role").lower() not in _WEAK_LOWER_CUES):
            continue                      # for chun jie gifts, at sha tin, during zhong qiu: a
            #                               festival, a place
        if _spelling(a) in PINYIN_SURNAMES and _pinyin(b.replace(" ", "")) and not english_surname \
                and (a, b) not in _LATIN_PLACES \
                and (b not in _ENGLISH_WORDS or (b in _GIVEN_ALSO_ENGLISH and a not in _ENGLISH_WORDS)) \
                and b.lower() not in _LATIN_NOT_NAMES \
                and (a not in _ENGLISH_FUNCTION_WORDS or (plain and _article_name(a, b))):
            hits.append(Hit("person_name", start_a, start_b + len(b), LATIN_DETECTOR))
    return hits


def _plain_given(given: list[str]) -> bool:
    """Are the syllables of a lower-case given name each pinyin of two letters or more and no
    English word (lan, shulan, qiao + ling; not ran, e, ai + powered)?"""
    return all(len(g) > 1 and _pinyin(g) and not _english_word(g) for g in given)


def _article_name(a: str, b: str) -> bool:
    """Is ``a``, an English article that is a surname too (an, 安), a surname before the given
    name ``b``: one that begins with a consonant, as no word after "an" does (issued to an
    ning; not with an ai robot, an e-bike, an ou ...)?"""
    return a == "an" and b[:1] not in "aeo"


def _lower_framed_pairs(t: str, pattern: re.Pattern) -> list[re.Match]:
    """The lower-case pairs (or a surname and two syllables) of ``pattern`` where a person's frame
    stands around them: a preposition or an act before, what a person does after, or quotes."""
    found, pos = [], 0
    while (m := pattern.search(t, pos)) is not None:
        pos = m.start("b")                # (every pair of words, overlapping)
        if not (_pinyin_word_at(t, m.start("a"), before=True) or _pinyin_word_at(t, m.end())) \
                and (_LOWER_PERSON_BEFORE_RE.search(t, max(0, m.start() - 14), m.start())
                     or _LOWER_PERSON_AFTER_RE.match(t, m.end())
                     or (t[m.start() - 1:m.start()] in _OPEN_QUOTES and t[m.end():m.end() + 1] in _CLOSE_QUOTES
                         and m.start() > 0 and m.end() < len(t) and _two_syllables(m.group("b")))) \
                and not _place_after(t, m.end()) and not _venue_word_after(t, m.end()):
            found.append(m)
    return found


# A lower-case name listed right before or after one found, by any reading (hu jun, zhao lei and
# 〔qian hong〕; meeting: 〔Lin Hao〕, xiong qian).
# (a given name of two syllables in one word too: chen guifang)
# (or hyphened, an qiao-ling; or, after the name found, typed as two words ending the item,
# pan hai yan)
_LOWER_BEFORE_FOUND_RE = re.compile(r"(?<![A-Za-zü'’-])([a-zü]{1,6})[ \t]+([a-zü]{1,12}(?:-[a-zü]{1,6})?)"
                                    r"(?:,[ \t]*|[ \t]+and[ \t]+)$")
_LOWER_AFTER_FOUND_RE = re.compile(r"(?:,[ \t]*|[ \t]+and[ \t]+)([a-zü]{1,6})[ \t]+"
                                   r"([a-zü]{1,12}(?:-[a-zü]{1,6}|[ \t][a-zü]{1,6}(?=[ \t]*(?:[,;.]|and\b|$)))?)"
                                   r"(?![A-Za-zü'’-])")


def _lower_pinyin_name(a: str, b: str) -> bool:
    """A pinyin surname and given name listed beside a name: a surname that is an English word
    too (ma li, fang hui, long mei) before a given name of syllables that are none."""
    given = re.split("[ -]", b)
    return _spelling(a) in PINYIN_SURNAMES and all(_pinyin(g) for g in given) and (
        (a not in _ENGLISH_WORDS and a not in _ENGLISH_FUNCTION_WORDS)
        or (_plain_given(given) and (a not in _ENGLISH_FUNCTION_WORDS or _article_name(a, b)))) \
        and (b not in _ENGLISH_WORDS or (b in _GIVEN_ALSO_ENGLISH and a not in _ENGLISH_WORDS)) \
        and b not in _ENGLISH_FUNCTION_WORDS and b.lower() not in _LATIN_NOT_NAMES


def _lower_list_neighbours(t: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` and the lower-case names listed with them, each pinyin surname and given name."""
    found = {(h.start, h.end) for h in hits}
    todo = list(hits)
    while todo:
        h = todo.pop()
        before = _LOWER_BEFORE_FOUND_RE.search(t, max(0, h.start - 24), h.start)
        after = _LOWER_AFTER_FOUND_RE.match(t, h.end)
        for m in (before, after):
            if m and _lower_pinyin_name(m.group(1), m.group(2)) \
                    and (m.start(1), m.end(2)) not in found and not _lower_thing_at(t, m.start(1), m.end(2)):
                new = Hit("person_name", m.start(1), m.end(2), LATIN_DETECTOR)
                found.add((new.start, new.end))
                hits.append(new)
                todo.append(new)
    return hits


# Hong Kong, Macau and Singapore write a name with the family in capitals and each syllable of
# the given name capitalised, a comma after the family or none, and an English name last (CHEUNG,
# Yan Mei Stanley; LAW Kin Hoi; POON, Chun Kwok (Raymond); CHAN Tai Man, Peter): the capitals
# mark the family, whatever word it spells (LAW, TO, FAN), and the syllables after it are the name.
_CAPITAL_FAMILY_RE = re.compile(r"(?<![A-Za-z0-9'’.-])(?P<f>[A-Z]{2,7}(?:-[A-Z]{2,7})?)(?P<comma>,?)[ \t]+"
                                r"(?=[A-Z][a-z])")
# (an initial before the family, R.Q. DAI, Chu Suk-ming: the family ends a name; a family and a
# hyphened given name after the comma, Alvin LYU, Choi Keung-leung: the next name of a list)
_INITIAL_BEFORE_RE = re.compile(r"(?<![A-Za-z])[A-Z]\.[ \t]*$")
_FAMILY_HYPHENED_AFTER_RE = re.compile(r"([A-Z][a-z]+)[ \t]+[A-Z][a-z]+-[a-z]+(?![A-Za-z])")
# (a given name of two syllables in one word or joined by a hyphen right before the family)
_PREVIOUS_LONG_GIVEN_RE = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]{1,8}(?:-[a-z]{1,6})?)[ \t]+$")
_GIVEN_WORD_RE = re.compile(r"[ \t]*([A-Z][a-z]{1,6}(?:-[A-Za-z][a-z]{1,6})?)(?![A-Za-z0-9'’-])")
# (the English name after the syllables: in brackets, after a comma or a space)
_ENGLISH_NAME_AFTER_RE = re.compile(r"(?:[ \t]*\(|,[ \t]*|[ \t]+)([A-Z][a-z]{2,9})(\)?)(?![A-Za-z0-9'’-])")
_CAPITALS_BEFORE_RE = re.compile(r"(?<![A-Za-z])([A-Z]{2,})[ \t]+$")
_LATIN_WORD_AFTER_RE = re.compile(r"[ \t]+([A-Z][A-Za-z]*)")
# (a family name that is an English word of grammar too, TO and SO, only with its comma or after
# a word that says a person follows: by TO Kit Ying, not FROM Tsuen Wan TO Sha Tin)
_FUNCTION_FAMILIES = _ENGLISH_FUNCTION_WORDS | frozenset({"oh"})


def _english_given(w: str) -> bool:
    return w in WESTERN_GIVEN_NAMES or w in _WORD_GIVEN_NAMES


# English given names that are English words too (Frank, Jack, Mark), which western_given_names.tsv
# leaves out: after a pinyin family written in capitals (LIAO Frank, TIAN Jack: the form a mainland
# export writes a Chinese person with an English name in) they are the person's given name.
_CAPS_FAMILY_WORD_GIVEN = frozenset(WORD_GIVEN_NAMES)     # (every kind: word_given_names.tsv)


def _caps_family_english_given(w: str) -> bool:
    return w in WESTERN_GIVEN_NAMES or w in _WORD_GIVEN_NAMES or w in _ALIAS_GIVEN_NAMES \
        or w in _CAPS_FAMILY_WORD_GIVEN


def _capital_family_hits(t: str) -> list[Hit]:
    """Names with the family in capitals before capitalised given syllables (see above)."""
    hits, pos = [], 0
    while (m := _CAPITAL_FAMILY_RE.search(t, pos)) is not None:
        pos = m.end()
        family, comma = m.group("f"), m.group("comma")
        parts = [p.lower() for p in family.split("-")]
        if not all(_family_name(p) for p in parts):
            continue
        prev = _CAPITALS_BEFORE_RE.search(t, max(0, m.start() - 16), m.start())
        if prev and prev.group(1).lower() not in _LATIN_PERSON_WORDS \
                and not _LATIN_ROLE_WORD_RE.fullmatch(prev.group(1)):
            continue                      # SHA TIN, Tai Wai: a place's words in capitals
        given = _PREVIOUS_GIVEN_RE.search(t, max(0, m.start() - 12), m.start())
        if given and _romanised_syllable(given.group(1).lower()) and not _english_word(given.group(1).lower()):
            continue                      # Siu Ming CHAN, Mei Kuen: the family closes the name before
        given = _PREVIOUS_LONG_GIVEN_RE.search(t, max(0, m.start() - 16), m.start())
        if (given and (_hyphened_given(given.group(1).lower()) or _two_syllables(given.group(1).lower()))) \
                or _INITIAL_BEFORE_RE.search(t, max(0, m.start() - 4), m.start()) \
                or (comma and (nxt_name := _FAMILY_HYPHENED_AFTER_RE.match(t, m.end())) is not None
                    and _family_name(nxt_name.group(1))):
            continue                      # Qiushan YANG, Lau Tsz Man; Chien-ming CHU, Hsueh Shu-yu: a
            #                               given name of two syllables before the family ends a name
        if parts[0] in _FUNCTION_FAMILIES and not comma and not (
                _LATIN_ROLE_RE.search(t, max(0, m.start() - 30), m.start())
                or _LATIN_CUE_RE.search(t, max(0, m.start() - 30), m.start())
                or _LOWER_PERSON_BEFORE_RE.search(t, max(0, m.start() - 14), m.start())):
            continue
        syllables, end, k = 0, m.end(), m.end()
        while syllables < 3 and (g := _GIVEN_WORD_RE.match(t, k)) is not None:
            w = g.group(1).lower()
            if not (_hyphened_given(w) or (_romanised_syllable(w) and "-" not in w)) \
                    or (syllables >= 2 and _english_given(w)) or w in _LATIN_PROPER_WORDS:
                break
            syllables += 2 if "-" in w else 1
            end = k = g.end()
        if syllables == 0 and not comma and (g := _GIVEN_WORD_RE.match(t, m.end())) is not None \
                and "-" not in g.group(1) and _caps_family_english_given(g.group(1).lower()):
            syllables, end = 2, g.end()   # LIAO Frank, TIAN Jack: the family in capitals, then the
            #                               English name a mainland export gives its bearer
        if syllables < (1 if comma else 2):
            continue                      # (HO Man: a pair the other readings weigh)
        english = _ENGLISH_NAME_AFTER_RE.match(t, end)
        if english and _english_given(english.group(1).lower()) \
                and (english.group(2) or "(" not in english.group()) \
                and not (english.group().startswith(",") and _LATIN_WORD_AFTER_RE.match(t, english.end())):
            end = english.end()           # (not CHAN Tai Man, Peter Wong: a list of two)
        nxt = _LATIN_WORD_AFTER_RE.match(t, end)
        if (nxt and nxt.group(1).lower() not in _LATIN_PERSON_WORDS and not nxt.group(1).isupper()) \
                or _place_after(t, end) or _venue_word_after(t, end) or _in_named_thing(t, m.start(), end):
            continue                      # WONG Tai Sin Temple, HO Man Tin Street: a place's name
        hits.append(Hit("person_name", m.start(), end, LATIN_DETECTOR))
        pos = end
    return hits


# A lower-case export spells names in any romanisation, in either order (hsieh hsiang-pao,
# pao-hua hsiao, tse fong suet, kenneth tsui ching-po, jiezi luo): a word of those is read with
# the words beside it, as a name's parts, where a person's frame stands around them.
_LOWER_TOKEN_RE = re.compile(r"(?<![A-Za-z0-9ü'’.-])[a-zü]+(?:['’](?!s\b)[a-zü]+)?"
                             r"(?:-[a-zü]+(?:['’][a-zü]+)?)?(?![A-Za-z0-9ü-]|['’](?!s\b))")
# Syllables of Wade-Giles (hsiang, chieh, ch'ien, tzu, yeh) and of Hong Kong's Cantonese spelling
# (suet, keung, cheuk, kwok, sze, tsz, nga, ngor, fook; keong, hoon, siew, teik as Malaysia spells them)
# that pinyin does not write.
_WADE_GILES_SYLLABLE_RE = re.compile(r"(?:ch['’]?|hs|ts['’]?|tz['’]?|ss|sz|[ptk]['’]?|sh|[jsmfnlhyw])?"
                                     r"(?:iang|iung|ieh|iao|ien|ing|ang|eng|ung|uai|uan|uang|uei|üeh|ueh|üan|"
                                     r"ün|erh|ih|ai|ei|ao|ou|an|en|eh|ia|iu|in|ua|uo|ui|un|a|o|e|i|u|ü)")
_CANTONESE_SYLLABLE_RE = re.compile(r"(?:ch|ts|kw|ng|sh|sz|[bpmfdtnlgkhjswy])?"
                                    r"(?:eung|euk|eun|eut|eui|ueng|uen|uet|eong|eok|eik|oon|ook|iew|ang|eng|ing|ong|ung|aai|or|"
                                    r"ah|ai|au|am|an|ap|at|ak|ei|ek|oi|oh|on|ok|ot|oo|ui|un|uk|ut|ue|iu|im|in|ip|it|"
                                    r"ik|ee|ze|oy|ow|ay|yu|a|o|e|i|u|z)")
# What stands after a name in a person's frame: an age, or a bracket holding a number another
# detector has masked (complaint by ye cheng (〔电话〕)); then also a relative clause or what a
# person does.
_LOWER_AGE_AFTER = r"[ \t]*\((?:age|aged|[0-9]|〔)|[ \t]*,[ \t]*(?:aged?\b|[0-9])"
_LOWER_AGE_AFTER_RE = re.compile(_LOWER_AGE_AFTER)
_LOWER_NAME_AFTER_RE = re.compile(_LOWER_AGE_AFTER + r"|[ \t]*,[ \t]*who\b"
                                  rf"|[ \t]+(?:{_LATIN_ACTS}|was|is|has|had|(?:and|&)[ \t]+(?:her|his))\b")


def _english_word(w: str) -> bool:
    """Is the lower-case ``w`` one of the English words the Latin readings know?"""
    return w in _ENGLISH_WORDS or w in _ENGLISH_FUNCTION_WORDS or w in _ENGLISH_WORD_SURNAMES \
        or w in _NOUN_PHRASE_ENDS or w in _LATIN_NOT_NAMES or w in _LATIN_PROPER_WORDS \
        or w in _LATIN_PERSON_WORDS


@lru_cache(maxsize=8192)
def _romanised_syllable(w: str) -> bool:
    """Is ``w`` one syllable of a Chinese given name in pinyin, Wade-Giles or Cantonese spelling?"""
    return w not in _ENGLISH_FUNCTION_WORDS and (
        _ONE_SYLLABLE_RE.fullmatch(_spelling(w)) is not None or w in _ROMANISED_GIVEN or w in ROMANISED_SYLLABLES
        or _WADE_GILES_SYLLABLE_RE.fullmatch(w) is not None or _CANTONESE_SYLLABLE_RE.fullmatch(w) is not None)


def _hyphened_given(w: str) -> bool:
    """A given name of two syllables joined by a hyphen (hsiang-pao, keung-nga, ching-po)."""
    parts = w.split("-")
    return len(parts) == 2 and all(_romanised_syllable(p) for p in parts)


def _lower_romanised_name(words: list[str], strong: bool) -> bool:
    """Are the lower-case ``words`` a Chinese name: a family name and a given name in either
    order, a family name and two syllables (lau suet yee), or an English given name before them
    (kenneth tsui ching-po); or an English given name beside any family name (anna petrova)? An English word among them is allowed once, and only where a role
    before or an age after (``strong``) says a person stands (the landlord, chen long)."""
    if len(words) == 3:
        e, a, b = words
        # (an English given name that is a word too only where a role says a person: nephew
        # grace tan xiaoming; the given name of one syllable, of two hyphened or in one word)
        if (e in WESTERN_GIVEN_NAMES or (strong and e in _WORD_GIVEN_NAMES)) and _family_name(a) \
                and a not in _ENGLISH_FUNCTION_WORDS:
            return _hyphened_given(b) or (_romanised_syllable(b) and not _english_word(b)) or _two_syllables(b)
        return _family_name(e) and e not in _ENGLISH_FUNCTION_WORDS and "-" not in a + b \
            and _romanised_syllable(a) and _romanised_syllable(b) \
            and _english_word(e) + _english_word(a) + _english_word(b) + (a in WESTERN_GIVEN_NAMES) \
            <= (1 if strong else 0)       # (tan ah kow, 81)
    a, b = words
    if (a in MINORITY_PINYIN or b in MINORITY_PINYIN) and not (_english_word(a) or _english_word(b)) \
            and (strong or (a in MINORITY_PINYIN and b in MINORITY_PINYIN)):
        return True                       # tashi dolma (52), abdukerim tursun said
    if a in WESTERN_GIVEN_NAMES and _family_name(b) and not _english_word(b):
        return True                       # mary lau, kelvin cheung
    for given, other in ((a, b), (b, a)):
        if given in WESTERN_GIVEN_NAMES and len(other) > 2 and "-" not in other \
                and not _english_word(other) and other not in _LATIN_NOT_NAMES \
                and not _LATIN_ROLE_WORD_RE.fullmatch(other):   # (not nephew + amy tan xiaoming)
            return True                   # anna petrova, schmidt daniel: a family name of anywhere
    if _family_name(a) and a not in _ENGLISH_FUNCTION_WORDS:
        if _hyphened_given(b):
            return True                   # law sau-kwok, hsieh sheng-chieh
        if "-" not in b and (_romanised_syllable(b) or _pinyin(b)) and b not in WESTERN_GIVEN_NAMES:
            english = _english_word(a) + _english_word(b)
            if english == 0 or (strong and english == 1):
                return True               # tsai chun, lin liu (age 46), the landlord, chen long
    if _family_name(b) and b not in _ENGLISH_FUNCTION_WORDS:
        if _hyphened_given(a):
            return True                   # pao-hua hsiao, ling-jung lin
        return (strong or not _english_word(b)) and "-" not in a and _pinyin(a) and not _english_word(a) \
            and not _family_name(a) and a not in WESTERN_GIVEN_NAMES   # jiezi luo, fen wu; the payee, yanhong tan
    return False


def _lower_comma_name(words: list[str], strong: bool) -> bool:
    """Are the lower-case ``words`` a "family, given" name (fang, tingxiao (age 69); zhu, zhexin
    said): a family name, then a pinyin given name that is no English word; a family name that
    is one (he, jing) only where a role or an age says a person stands."""
    a, b = words
    return _family_name(a) and a not in _ENGLISH_FUNCTION_WORDS and (strong or not _english_word(a)) \
        and (_hyphened_given(b) or (_pinyin(b) and not _english_word(b) and b not in WESTERN_GIVEN_NAMES))


def _lower_romanised_hits(t: str) -> list[Hit]:
    """Lower-case names of any romanisation and order (hsieh hsiang-pao, pao-hua hsiao, kenneth
    tsui ching-po; a family name and a comma before the given: xu, guo) where a role stands
    before them (the landlord, her grandson) or an age, a relative clause or what a person does
    after them (X (age 66), X, who; X said); not before a place's or a venue's word (wu yee sun
    college)."""
    tokens = list(_LOWER_TOKEN_RE.finditer(t))
    words = [m.group() for m in tokens]
    family = [_family_name(w) or w in MINORITY_PINYIN or w in WESTERN_GIVEN_NAMES
              for w in words]             # (or a minority's element, or an English given name)
    # (the text between two words: a name's parts stand apart by spaces, or a comma after the family)
    gaps = [t[x.end():y.start()] for x, y in zip(tokens, tokens[1:])]
    hits: list[Hit] = []
    i = 0
    while i < len(tokens) - 1:
        if not (family[i] or family[i + 1]):
            i += 1                        # (each shape has a family name or an element first or second)
            continue
        for n in (3, 2):
            between = gaps[i:i + n - 1]
            if i + n > len(tokens) or any(g.strip(" \t") not in ("", ",") or not g for g in between) \
                    or (n == 3 and "," in between[0] + between[1]):
                continue
            shape = _lower_comma_name if "," in between[0] else _lower_romanised_name
            if not shape(words[i:i + n], True):
                continue                  # (the words first: the frames are dearer to read)
            start, end = tokens[i].start(), tokens[i + n - 1].end()
            strong = _LATIN_ROLE_RE.search(t, max(0, start - 30), start) is not None \
                or _LOWER_AGE_AFTER_RE.match(t, end) is not None \
                or _LATIN_DEALT_WITH_BEFORE_RE.search(t, max(0, start - 14), start) is not None \
                or ("(" in t and _RELATION_BRACKET_RE.match(t, end) is not None)
            if (strong or (_LOWER_NAME_AFTER_RE.match(t, end) and shape(words[i:i + n], False))) \
                    and not _place_after(t, end) and not _venue_word_after(t, end) \
                    and not _lower_thing_at(t, start, end):
                hits.append(Hit("person_name", start, end, LATIN_DETECTOR))
                i += n - 1
                break
        i += 1
    return hits


# How English exports write 老王, 小李: a familiar prefix and a surname, no name.
_LATIN_FAMILIAR = frozenset({"old", "lao", "little", "young"})   # (Xiao is 萧 or 肖 as often as 小)


def _familiar_latin(low: list[str]) -> bool:
    """Are the (lower-case) words a familiar prefix and a surname alone (Old Peng, Lao Fang)?"""
    return len(low) == 2 and low[0] in _LATIN_FAMILIAR and low[1] in PINYIN_SURNAMES


# A venue's or a firm's word in lower case right after the words a role announced (Name:
# Tongrentang pharmacy): they name the venue.
_LOWER_WORD_AFTER_RE = re.compile(r"[ \t]+([a-z]+)\b")


def _venue_word_after(t: str, end: int) -> bool:
    m = _LOWER_WORD_AFTER_RE.match(t, end)
    return m is not None and m.group(1) in _LATIN_PROPER_WORDS


# What befalls a thing, never a person, right after the words a role announced (reported that
# Phoenix was damaged, that Golden had been scratched): the words are an item's name (a model, a
# brand, a piece of furniture), the object of the report, not a person. Only what breaks or wears
# a thing: a person may be missing, lost or injured (round 27, dw27: an export's item slot).
_THING_PREDICATE_AFTER_RE = re.compile(
    r"[ \t]+(?:was|were|is|are|has[ \t]+been|had[ \t]+been|got)[ \t]+(?:badly[ \t]+|slightly[ \t]+)?"
    r"(?:damaged|broken|scratched|dented|cracked|smashed|shattered|torn|stained|chipped|scuffed|"
    r"bent|warped|rusted|leaking|mislabell?ed|repaired|replaced|refurbished)\b")


# A preposition of place before a pair: the pair names where (born in Zhang Jiagang, works at Xin
# Hua); not 's after it (in Zhang Wei's yard).
# So is "of" after a comma, as a person's place of residence is written (Li Wei, aged 66, of
# Tuen Mun).
_WHERE_BEFORE_RE = re.compile(r"\b(?:in|at|near)[ \t]+$|,[ \t]*of[ \t]+$")
# An article or a channel before a pair makes it a thing, a firm or a place (into a Tai Hing
# account, a Xu Fu Ji outlet, paid through Hang Seng), not a person.
_THING_BEFORE_RE = re.compile(r"\b(?i:a|an|through)[ \t]+$")
# ... and "the" before a pair a lower-case noun follows: the pair modifies it as a place's or a
# shop's name does (the Fan Ling flat, the Gao Qiao office), as an English person's name does
# not, unless the noun is one a person owns (the Zhang Wei case, the Li Na household).
_THE_BEFORE_RE = re.compile(r"\b(?i:the)[ \t]+$")
_THING_HEAD_AFTER_RE = re.compile(r"[ \t]+(?!(?:case|cases|family|household|couple|file|matter|complaint|"
                                  r"application|account|claim|dispute|incident|estate|and|or|who)\b)[a-z]{2,}\b")




# A copula, an auxiliary or a verb in the past after a pair of English words: they are its
# subject, a person (Hang Sang is not, Fan Sang will call, Hong Bin checked in), no phrase.
_COPULA_OR_PAST_AFTER_RE = re.compile(r"[ \t]+(?:is|was|will|would|has|had|[a-z]{3,}ed)\b")
_AND_FOUND_AFTER_RE = re.compile(f"[ \t]+(?:and|&)[ \t]+{PLACEHOLDER}")   # (He Ping and 〔姓名〕)
# Verbs of dealing with a person right before a capitalised pair (interviewed Nurlan Serik).
_LATIN_DEALT_WITH_BEFORE_RE = re.compile(rf"\b(?i:{_LATIN_DEALT_WITH})[ \t]+$")
# A relation in brackets after a name in a household's list (GaoZhen (head), LüWei (son)), or
# what the person is to the one a note is about (rang long juan (neighbour), fan li (agent)).
# (or the person's people: Nurbek Askar (Kazakh), Lobsang Tenzin (Tibetan))
_RELATION_BRACKET_RE = re.compile(rf"[ \t]*\((?i:{_LATIN_RELATIONS}|"
                                  r"brother|sister|grand\w+|\w+-in-law|step\w+|nephew|niece|cousin|applicant|"
                                  r"neighbou?r|agent|guardian|carer|caretaker|landlord|landlady|tenant|lodger|"
                                  r"kazakh|uyghur|uygur|uighur|tibetan|mongolian|kyrgyz|tajik|uzbek|hui|yi|"
                                  r"zhuang|miao|dai|tujia|naxi|hani|lisu|dong|yao|bai|korean|manchu)"
                                  r"(?i:[ \t]+of[ \t]+(?:the[ \t]+)?household)?\)")


def _joined_hits(t: str) -> list[Hit]:
    hits = []
    for m in _JOINED_NAME_RE.finditer(t):
        a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
        la, lb = _spelling(a), _spelling(b)
        camel = m.group("a") is not None
        if camel and not (m.start() == 0 or _LATIN_ROLE_RE.search(t, max(0, m.start() - 30), m.start())
                          or _person_word_after(t, m.end()) or t.startswith(("'s", "’s"), m.end())
                          or re.match(r"[ \t]*\(", t[m.end():m.end() + 3])):
            continue                      # (HuaWei, ShanDong, MeiTuan: a firm or a place typed so,
            #                               unless a role, an act or a bracket says a person)
        if la in PINYIN_SURNAMES and _pinyin(lb) \
                and not (camel and lb in _PINYIN_PLACE_ENDS and not _RELATION_BRACKET_RE.match(t, m.end())) \
                and not (lb in _ENGLISH_WORDS and la in _ENGLISH_WORDS) \
                and lb not in _LATIN_NOT_NAMES and lb not in _LATIN_PLACE_WORDS and not _place_after(t, m.end()):
            #                               (ZhongshanLu is a road; YangFan a name, HeMan no)
            hits.append(Hit("person_name", m.start(), m.end(), LATIN_DETECTOR))
    return hits



# A pinyin name typed as one CamelCase word: a surname, then a given name of two syllables, in one
# capitalised word (PanJinghang, YanGuoguo) or in two (MengLingQing, OuyangXiaoMing). A firm or a
# place typed so is mostly of two syllables (HuaWei, ShanDong: _joined_hits' reading); those of a
# surname and two more are listed (ShiJiaZhuang, ZhangJiaJie, WangLaoJi, XiaoHongShu), with the
# romanised places and brands, and a place word after or a place's preposition before keeps one.
_CAMEL_NOT_NAMES = frozenset("""shijiazhuang zhangjiakou zhangjiajie zhangjiagang qinhuangdao wulumuqi
maanshan pingdingshan jingdezhen lianyungang wangfujing jiayuguan fangchenggang panzhihua liupanshui
mudanjiang jiamusi shizuishan wuyishan wuzhishan wudangshan huangguoshu xiaohongshu wanglaoji
zhouheiya tongrentang yunnanbaiyao laoganma haidilao zhangxiaoquan huqingyutang lixiaolong
qianmen daqing dongfangmingzhu wudaokou xizhimen dongzhimen zhongguancun jiuzhaigou wanfujing
zhouzhuang tongli xitang wuzhen huangshan lushan taishan songshan hengshan emeishan
jinggangshan yandangshan lijiang tengchong xinjiekou fuzimiao zhonghuamen yuhuatai
yunnan guangxi jiangxi jiangsu zhejiang hebei henan hubei hunan shanxi shaanxi gansu
liangshan wanzhou fuling xiangxi enshi qiandongnan lishui jinhua wenling cixi yuyao
tianyancha qichacha meituan dianping xianyu douyin kuaishou zhihu weibo taobao tianmao
jingdong pinduoduo baidu tencent alibaba alipay weixin wechat""".split())


def _camel_name_hits(t: str) -> list[Hit]:
    hits = []
    for m in _CAMEL_NAME_RE.finditer(t):
        a, b = m.group("a"), m.group("b")
        la = _spelling(a)
        if la not in PINYIN_SURNAMES:
            continue
        parts = re.findall(r"[A-Z][a-z]+", b)
        lows = [_spelling(p) for p in parts]
        if len(parts) == 2:
            if not all(_ONE_SYLLABLE_RE.fullmatch(w) for w in lows) \
                    or lows[-1] in (_PINYIN_PLACE_ENDS - {"zhen", "xiang"}):
                continue                  # (ZhangJiaCun: a village)
        elif not (_pinyin(lows[0]) and not _ONE_SYLLABLE_RE.fullmatch(lows[0])) \
                or _english_word(lows[0]) or lows[0] in _PINYIN_PLACE_ENDS:
            continue                      # (LiBanner, WuHome: an English word, no given name)
        whole = (la + "".join(lows))
        if whole in _CAMEL_NOT_NAMES or whole in _camel_known_things() or _place_after(t, m.end()) \
                or (_WHERE_BEFORE_RE.search(t, max(0, m.start() - 8), m.start())
                    and not _LATIN_ROLE_RE.search(t, max(0, m.start() - 30), m.start())):
            continue
        hits.append(Hit("person_name", m.start(), m.end(), LATIN_DETECTOR))
    return hits


@lru_cache(maxsize=1)
def _camel_known_things() -> frozenset[str]:
    """The romanised places and the brands in Latin letters, written as one lower-case word."""
    return frozenset(re.sub(r"[^a-z]", "", w.lower()) for w in ({b for b in BRANDS if b.isascii()} | ROMANISED_PLACES))


# ... or after what one does to a person or a preposition that takes one (interviewed Nyima, met
# Bat-Erdene, a complaint from Yangzom), alone.
_DEALT_WITH_SINGLE_RE = re.compile(rf"\b(?i:{_LATIN_DEALT_WITH}|from|by|with)[ \t]+(?P<v>[A-Z][a-z]{{2,}}(?:-[A-Z][a-z]{{2,}})?)"
                                   r"(?![A-Za-z'’-]|[ \t]+[A-Z])")


def _single_element_latin_hits(t: str) -> list[Hit]:
    """A minority name of one element in Latin letters (Bater, Drolma), standing as a list's item,
    before what only a person does or an age, or after what one does to a person; a pinyin
    surname alone is no name (Wang / …)."""
    hits = []
    for m in itertools.chain(_LATIN_SINGLE_RE.finditer(t), _DEALT_WITH_SINGLE_RE.finditer(t)):
        listed = m.groupdict().get("w")   # (an item of a list, not a word before an act)
        word = listed or m.group("v")
        low = _spelling(word)
        start = m.start("w") if listed else m.start("v")
        # (a relation in brackets names a member of the household whatever the word's spelling:
        # Bayarmaa (wife), Dawa (son); not a surname alone nor an English word: Wang (head))
        if low not in PINYIN_SURNAMES and (low in MINORITY_PINYIN or (
                listed and not word.isupper() and _RELATION_BRACKET_RE.match(t, start + len(word))
                and not _english_word(low) and low not in WESTERN_GIVEN_NAMES
                and not _LATIN_ROLE_WORD_RE.fullmatch(word))):
            hits.append(Hit("person_name", start, start + len(word), LATIN_DETECTOR))
    return hits


# A form's field for the family name alone (Surname: LAU, Family name: Ouyang): the surname there
# is the part of a name whose given name the next field holds, no surname of address (Mr. Lau).
# (née, a maiden name: Tang Meili (née Xie) names the family she was born to)
_SURNAME_LABEL_RE = re.compile(r"(?:\b(?i:surname|family[ \t]+name|last[ \t]+name|maiden[ \t]+name)|\bn[ée]e)"
                               r"[ \t]*[:：]?[ \t]*$")


def _name_part_field_hits(t: str) -> list[Hit]:
    """The values of the fields for a part of a name (_NAME_PART_FIELD_RE), unless the value says
    there is none or gives no spelling at all (Last name: None, Given name: N/A, Surname: Unknown)."""
    return [Hit("person_name", m.start("v"), m.end("v"), LATIN_DETECTOR)
            for m in _NAME_PART_FIELD_RE.finditer(t)
            if not any(_english_word(w) and not _family_name(w) for w in _spelling(m.group("v")).split())]


def _hyphen_joined_hits(t: str) -> list[Hit]:
    """Names joined by a hyphen (_HYPHEN_JOINED_RE): a surname of one syllable on one side, a given
    name of two or three on the other, no English word, no place (Guangzhou-Shenzhen: no surname)."""
    hits = []
    for m in _HYPHEN_JOINED_RE.finditer(t):
        la, lb = _spelling(m.group("a")), _spelling(m.group("b"))
        for family, given in ((la, lb), (lb, la)):
            if family in PINYIN_SURNAMES and _ONE_SYLLABLE_RE.fullmatch(family) \
                    and _pinyin(given) and not _ONE_SYLLABLE_RE.fullmatch(given) \
                    and given not in PINYIN_SURNAMES and not _english_word(given) \
                    and not _english_word(family) and given not in WESTERN_GIVEN_NAMES \
                    and not _place_after(t, m.end()) and not _romanised_known(m.group()):
                hits.append(Hit("person_name", m.start(), m.end(), LATIN_DETECTOR))
                break                     # (not Shangri-La: a place of romanised_divisions.tsv)
    return hits


# ---- Minority names in Latin letters written as one word or as a hyphened pair (twentieth round).
# A Tibetan name is two to four name elements and no surname; English exports often run them
# together into one capitalised word (Pasanglhakpa, Luosangdunzhu, Dorjedrolma, Norbuyangchen):
# a word that is wholly a run of tibetan_latin.tsv's elements is a name wherever it stands. A
# Uyghur or Kazakh name is a given name and the father's, which exports join with a hyphen
# (Ekber-Ayshem, Bekbolat-Hasan): two minority given names so joined are a name. Neither reading
# takes an English word, a listed romanised place, nor a word before a place's word
# (Tashilhunpo Monastery, Norbulingka Park stay).
# (_MINORITY_LATIN_RE stands before the Latin prefilter, which holds it)
_TIBETAN_LATIN_LONGEST = max(map(len, TIBETAN_LATIN))
_LATIN_NEXT_WORD_RE = re.compile(r"[ \t]+([A-Za-z]+)")


@lru_cache(maxsize=8192)
def _tibetan_run(w: str) -> bool:
    """Is the lower-case ``w`` two to four Tibetan name elements run together (pasanglhakpa,
    luosangdunzhu)? An element of three letters or fewer only ends the run (lamucuo)."""
    counts: list[set[int]] = [set() for _ in range(len(w) + 1)]
    counts[0].add(0)
    for i in range(len(w)):
        if not counts[i]:
            continue
        for j in range(i + 2, min(len(w), i + _TIBETAN_LATIN_LONGEST) + 1):
            e = w[i:j]
            if e in TIBETAN_LATIN and (len(e) > 3 or j == len(w)):
                counts[j].update(c + 1 for c in counts[i] if c < 4)
    return any(2 <= c <= 4 for c in counts[-1])


def _minority_given_latin(w: str) -> bool:
    return w in MINORITY_PINYIN and not _english_word(w) and w not in PINYIN_SURNAMES


def _minority_latin_hits(t: str) -> list[Hit]:
    """Tibetan names run together into one word and Uyghur or Kazakh names joined by a hyphen
    (see above)."""
    hits = []
    for m in _MINORITY_LATIN_RE.finditer(t):
        word = m.group()
        after = _LATIN_NEXT_WORD_RE.match(t, m.end())
        if word in ROMANISED_PLACES or (after and after.group(1).lower() in _LATIN_PLACE_WORDS) \
                or _venue_word_after(t, m.end()):
            continue                      # (the place's word right after: a row's later fields
            #                               may name a place, Tenzinnorbu M 20 Wanda Plaza)
        if "-" in word:
            a, b = (_spelling(p) for p in word.split("-"))
            minority = [_minority_given_latin(w) or _tibetan_run(w) for w in (a, b)]
            if not (any(minority) and all(x or (w in WESTERN_GIVEN_NAMES and not _english_word(w))
                                          for x, w in zip(minority, (a, b)))):
                continue                  # (Sino-Kazakh, Urumqi-Kashgar, Tashi-Delek: no pair of
                #                           names; Murat-Temirlan, Bekbolat-Hasan: a name the
                #                           Muslim world shares beside a minority's)
        else:
            low = _spelling(word)
            if _english_word(low) or low in _camel_known_things() or not _tibetan_run(low):
                continue
        hits.append(Hit("person_name", m.start(), m.end(), LATIN_DETECTOR))
    return hits


# The words that announce a household's children or relatives before their given names and ages
# (not possessive: Children's cases: Beijing (14) counts a hospital's cases by city).
_KIN_BEFORE_RE = re.compile(r"(?i:\b(?:child(?:ren)?|kids?|sons?|daughters?|dependa?[ae]nts?|grand\w+|"
                            r"nephews?|nieces?|siblings?|brothers?|sisters?|twins?|members?|household)\b(?!['’]))")


def _given_age_hits(t: str) -> list[Hit]:
    """Given names alone before an age in brackets after a word for children or kin (_GIVEN_AGE_RE)."""
    return [Hit("person_name", m.start(), m.end(), LATIN_DETECTOR) for m in _GIVEN_AGE_RE.finditer(t)
            if _KIN_BEFORE_RE.search(t, max(0, m.start() - 60), m.start())
            and _pinyin(m.group()) and _spelling(m.group()) not in PINYIN_SURNAMES
            and not _english_word(_spelling(m.group())) and m.group().lower() not in WESTERN_GIVEN_NAMES
            and m.group() not in ROMANISED_PLACES and not _place_after(t, m.end())]


# One capitalised word and "of" a capitalised one name an institution or a title (visited Prince
# of Wales Hospital, met Bank of China staff), not a person.
_OF_PROPER_AFTER_RE = re.compile(r"[ \t]+of[ \t]+[A-Z]")


# Roles that a place fills as often as a person: after them one word of Han pinyin alone is the
# place (visited Longhua, the home of Fangcun), no given name without its family name (a minority's
# name of one element is still read: visited Bater).
_PLACE_TAKING_ROLE_RE = re.compile(r"\b(?i:visited|(?:household|house|home|family)[ \t]+of)[ \t]*[:：,=]?[ \t]*$")


# A role between commas after a name (Hou Shuang, single mother, Futian; Ouyang Xue, student,
# Minhang): it says who that name is, and the one word of pinyin after it is the next field, a
# place, no second person.
_APPOSITIVE_GAP_RE = re.compile(r",[ \t]*(?:[a-z]+[ \t]+){0,2}$")


def _appositive_role(t: str, role: re.Match, found: list[Hit]) -> bool:
    if "," not in role.group()[1:]:
        return False
    gap = _APPOSITIVE_GAP_RE.search(t, max(0, role.start() - 30), role.start())
    return gap is not None and any(h.end == gap.start() for h in found)


# "and" before the next name after a role (officers Nurlan Khalimulati and Ayguli Tursun, SIGNED BY
# LI WEI AND WANG FANG).
_AND_NAME_AFTER_RE = re.compile(r"[ \t]+(?i:and)[ \t]+(?=[A-Z])")


# The next item of a list after a plural role (cleaners Zhang Zifang RMB 789, Grace Yang RMB 712;
# tenants Wu Bin, 67, and Ho Yin Suen, 71; members Tang Hsin-yi (ID ending 2231), …): an item's
# amount, age, room, ID or English name in brackets, then a comma, a semicolon, a slash or "and",
# and the next name, read as the first was. After a singular role only where an amount, an age or
# a room parts the items (payee: Wu Wei RMB 342; Peng Guiqin RMB 376).
_LIST_ITEM_TAIL = (r"[ \t]*\(?(?:RMB|HKD|HK\$|MOP|USD|CNY|¥|\$)[ \t]*[0-9][0-9,.]*\)?"
                   r"|[ \t]+[0-9][0-9,.]*(?:[ \t]*(?:yuan|RMB|HKD|kuai))?(?![0-9A-Za-z:/-])"
                   r"|,[ \t]*(?:aged?[ \t]*)?[0-9]{1,3}(?![0-9,.:/-])"
                   r"|[ \t]*\((?:ID|aged?|tel|Rm|Room|Flat|Bed|Unit|[0-9])[^()]{0,24}\)"
                   r"|[ \t]+[-–][ \t]*(?:Rm|Room|Flat|Unit|Bed|No)\.?[ \t]*[0-9A-Z]{1,6}")
_LIST_NEXT_RE = re.compile(rf"(?P<tail>(?:{_LIST_ITEM_TAIL}|[ \t]*[(（][A-Za-z]{{2,10}}[)）])*)"
                           r"[ \t]*(?:[,;/]|(?=[ \t]and\b))[ \t]*(?:(?i:and)[ \t]+)?(?=[A-Z])")
_CURRENCY_WORDS = frozenset("rmb hkd usd mop cny twd sgd yuan hk".split())
_AMOUNT_AFTER_RE = re.compile(r"\$?[ \t]*[0-9]")
_PLURAL_ROLE_RE = re.compile(r"(?i:s)\b")


def _list_next_item(t: str, end: int, role: re.Match) -> re.Match | None:
    """The next item's start after a name of a list (see above), if the list goes on."""
    m = _LIST_NEXT_RE.match(t, end)
    if m is None or m.end() == end:
        return None
    if not m.group("tail") and not _PLURAL_ROLE_RE.search(role.group().rstrip(" \t:：,=\"“‘'«「")[-8:]):
        return None
    if m.group("tail") and not _PLURAL_ROLE_RE.search(role.group().rstrip(" \t:：,=\"“‘'«「")[-8:]) \
            and not re.search(r"[0-9]", m.group("tail")):
        return None
    return m


# A title right before a family name of another romanisation makes them a title and a surname,
# as Officer Deng is (Uncle Ho, Nurse Chan, Auntie Lau: 何叔, 陈姑娘, 刘姨).
_TITLE_ANY_CASE_BEFORE_RE = re.compile(rf"\b(?i:{_TITLE_WORDS})\.?[ \t]+$")


# Round 26, en26: the next "item" after a name and its age that is one romanised place's word (a
# division, Gaoyou, Liuzhou; or a village named for a family, Guojiazhuang, Lijiacun) is where
# the person lives, no second name (Owner: Zhang Wei (37), Guojiazhuang).
_VILLAGE_PINYIN_RE = re.compile(r"[a-z]{1,6}jia(?:zhuang|cun|wan|zhai|tun|gou|po|ping|ba|bao|ying|he|zui|wa|"
                                r"dian|yuan|qiao|ao|tai|fang|pu|miao|lou|ling|shan|hu|xiang|zhen|ji|tang|chong)")


def _cued_latin_hits(t: str, taken: list[Hit]) -> list[Hit]:
    """Capitalised words right after a role that only a person has (and the names joined to them
    by "and"), unless they are a title, a place or a firm, a surname alone (Officer Zheng, as
    王警官) or an anonymised name."""
    hits: list[Hit] = []
    for m in _LATIN_CAPITAL_START_RE.finditer(t):
        start = m.start()
        role = _LATIN_ROLE_RE.search(t, max(0, start - 30), start)
        if role is None:
            continue
        while True:
            run = _LATIN_NAME_RUN_RE.match(t, start)
            if run is None:
                break
            words = [w.rstrip("’'s") if w.endswith(("'s", "’s")) else w for w in run.group().split()]
            low = [_spelling(w) for w in words]
            spans = [w.span() for w in re.finditer(r"\S+", run.group())]
            # (a word of grammar in capitals ends the run: RECEIVED BY OYUNCHIMEG AT WEST CHINA
            # HOSPITAL, BY LI WEI AND …)
            cut = next((k for k in range(1, len(words)) if low[k] in _ENGLISH_FUNCTION_WORDS
                        or low[k] in _CURRENCY_WORDS), len(words))   # (… Zifang + RMB 789)
            words, low, spans = words[:cut], low[:cut], spans[:cut]
            run_end = start + spans[-1][1]
            if _TITLE_WORD_RE.fullmatch(words[0]) or low[0] in _LATIN_NOT_NAMES \
                    or low[0] in _ENGLISH_FUNCTION_WORDS or _LATIN_ROLE_WORD_RE.fullmatch(words[0]) \
                    or (len(words) == 1 and low[0] in PINYIN_SURNAMES
                        and not _SURNAME_LABEL_RE.search(t, max(0, start - 16), start)) \
                    or (len(words) == 1 and low[0] in FOREIGN_SURNAMES
                        and _TITLE_ANY_CASE_BEFORE_RE.search(t, max(0, start - 16), start)) \
                    or _familiar_latin(low) \
                    or any(w in _LATIN_PROPER_WORDS for w in low) or low[-1] in _ANONYMISED \
                    or any(pair in _LATIN_PLACES for pair in zip(low, low[1:])) \
                    or _LATIN_MASK_RE.fullmatch(words[-1]) \
                    or _place_after(t, run_end) or _venue_word_after(t, run_end) \
                    or _THING_PREDICATE_AFTER_RE.match(t, run_end) \
                    or _animal_part(t, start, run_end) or _GOODS_PLURAL_AFTER_RE.match(t, run_end) \
                    or (_VISITED_BEFORE_RE.search(t, max(0, start - 12), start)
                        and (thing := _LATIN_NAMED_THING_RE.match(t, start)) and thing.end() >= run_end) \
                    or (len(words) == 1 and _OF_PROPER_AFTER_RE.match(t, run_end)) \
                    or (len(words) == 1 and start != m.start()
                        and (_romanised_known(words[0]) or _VILLAGE_PINYIN_RE.fullmatch(low[0]))) \
                    or (len(words) == 1 and (_pinyin(low[0]) or _romanised_known(words[0])) and low[0] not in MINORITY_PINYIN
                        and (_PLACE_TAKING_ROLE_RE.search(t, max(0, start - 20), start)
                             or _appositive_role(t, role, taken + hits))):
                break                     # (Qiu XX: masked already; SIGNED ON 2 JUNE: a word of
                #                           grammar in capitals is no name; visited Hong Kong)
            # (the name ends before a person's word, ZHAO Tiezhu + Applicant, and before 's)
            kept = next((k for k in range(1, len(words)) if low[k] in _LATIN_PERSON_WORDS
                         or _LATIN_ROLE_WORD_RE.fullmatch(words[k])
                         or t.startswith(("'s", "’s"), start + spans[k - 1][1] - 2)), len(words))
            #                                   (owner Han Xiaohong's + Jin Mao: what the person
            #                                   has follows the 's, round 28)
            end = start + spans[kept - 1][1]
            end -= 2 if t.startswith(("'s", "’s"), end - 2) else 0
            if not any(h.start < end and start < h.end and (h.start < start or h.end > end)
                       for h in taken + hits):
                hits.append(Hit("person_name", start, end, LATIN_DETECTOR))
            #                                   (found already by another reading: the names
            #                                   joined to it by "and" are still read; found in
            #                                   part, husband Khoo + Teik Huat, it is read whole)
            more = _AND_NAME_AFTER_RE.match(t, run_end) or _list_next_item(t, run_end, role)
            if more is None:
                break
            start = more.end()            # officers Nurlan Khalimulati and Ayguli Tursun
    return hits


# A passport's or a ticket's order: SURNAME/GIVEN (LIU/DEHUA, ZHANG/XIAO MING).
_SLASH_PAIR_RE = re.compile(r"(?<![A-Za-z0-9/])([A-Z]{1,8})/([A-Z]{2,12}(?:[ -][A-Z]{2,8})?)(?![A-Za-z0-9/])")


def _slash_hits(t: str) -> list[Hit]:
    return [Hit("person_name", m.start(), m.end(), LATIN_DETECTOR) for m in _SLASH_PAIR_RE.finditer(t)
            if _spelling(m.group(1)) in PINYIN_SURNAMES
            and all(_pinyin(w) for w in re.split("[ -]", m.group(2)))]


# The heads of proper nouns written in lower case after a pinyin pair (the Guan Yu temple, the Shen
# Hai expressway, the Lu Hun reservoir), as Chinese heads close a name (org_words.tsv, kind head).
# Not what a person has or pays (Zhang Wei house, Li Na hospital bill, Wang Fang school fees, a
# road accident): those heads are left to the capitalised words (Huaxi Hospital).
# (and a machine's or a vehicle's noun: a make written in pinyin, Xu Gong excavator, Long Gong
# loader, as 徐工挖掘机; a person's name before it takes 's)
_LATIN_LOWER_HEAD_RE = re.compile(r"[ \t]+(?:temple|shrine|pagoda|monastery|mosque|mausoleum|expressway|"
                                  r"reservoir|tunnel|ancestral[ \t]+hall|memorial[ \t]+hall|"
                                  r"excavators?|loaders?|bulldozers?|forklifts?|cranes?|tractors?|harvesters?|"
                                  r"road[ \t]+rollers?|dump[ \t]+trucks?|concrete[ \t]+mixers?|mixer[ \t]+trucks?)\b")


# "visited" before a place of the list: a visit log goes to places as often as to persons (Team
# visited Yau Ma Tei: ...), so the role does not make a person of a listed place (visited by does).
_VISITED_BEFORE_RE = re.compile(r"\b(?i:visited)[ \t]*[:：]?[ \t]*$")
# "of" or "from" right before a brand or a place of the list says the place, whatever follows
# (Tenant Wang Wei of Sha Tin owes rent: the tenant owes, not Sha Tin).
_PLACE_OF_BEFORE_RE = re.compile(r"\b(?:of|from)[ \t]+$")


def _southern_given_first(t: str, start: int, end: int) -> int | None:
    """Where a name ends that Hong Kong, Macao, Singapore and Malaysia write given name first
    and without an English name (Pui Shan Fung, Ka Yan Lau, Lay Hoon Tan): the capitalised pair
    ``t[start:end]`` is two given syllables (no English, place or title word), and the one
    capitalised word after it a family name of foreign_surnames.tsv (a spelling of Cantonese,
    Hokkien or Wade-Giles), with no capitalised word or place after that; not inside a listed
    place's or thing's name (Wan Chai, Sai Kung), nor before a place's word that is a family name
    too (Lu Xun Park)."""
    nxt = _NEXT_CAPITAL_RE.match(t, end)
    if nxt is None or not t[nxt.start(1) + 1:nxt.end(1)].islower():
        return None
    words = t[start:end].split() + [nxt.group(1)]
    low = [_spelling(w) for w in words]
    if low[2] not in FOREIGN_SURNAMES or low[2] in _LATIN_PROPER_WORDS or low[2] in _LATIN_PLACE_WORDS \
            or not all(w[1:].islower() for w in words[:2]) \
            or any(_english_word(w) or w in _ENGLISH_FUNCTION_WORDS or not _romanised_syllable(w)
                   for w in low[:2]) \
            or _TITLE_WORD_RE.fullmatch(words[0]) or _NEXT_CAPITAL_RE.match(t, nxt.end()) \
            or _place_after(t, nxt.end()) or _in_named_thing(t, start, nxt.end()):
        return None
    return nxt.end()


# A family name in capitals after a title and an English given name (Ms. Alice MENG): the title's
# name runs on to it (_TITLE_RE reads the second word in small letters only).
_CAPS_FAMILY_AFTER_RE = re.compile(r"[ \t]+([A-Z]{2,})(?![A-Za-z0-9.'’-])")


def _latin_hits(t: str) -> list[Hit]:
    hits: list[Hit] = (_comma_hits(t) if "," in t else []) + (_initial_hits(t) if "." in t else []) \
        + _capital_family_hits(t)
    if "/" in t:
        hits += _slash_hits(t)
    for m in _TITLE_RE.finditer(t):
        words, end = m.group("name").split(), m.end("name")
        caps = _CAPS_FAMILY_AFTER_RE.match(t, end) if len(words) == 1 and not _family_name(words[0]) else None
        if caps and _family_name(caps.group(1)):
            words, end = words + [caps.group(1)], caps.end()   # Ms. Alice + MENG (round 25)
            hits.append(Hit("person_name", m.start("name"), end, LATIN_DETECTOR))
            continue
        if len(words) == 1 and _family_name(words[0]):
            continue                      # Mr. Wang, Dr. Jin, Mrs. Chan: a surname and a title, as
            #                               王先生 (in any romanisation)
        if _spelling(words[-1]) in _ANONYMISED:
            continue                      # Ms. Li Mou: 李某, anonymised
        if _spelling(words[0]) in PINYIN_SURNAMES or _pinyin(words[0]):
            hits.append(Hit("person_name", m.start("name"), m.end("name"), LATIN_DETECTOR))
    pos = 0
    while True:
        m = _PAIR_RE.search(t, pos)
        if m is None:
            break
        a, b = m.group("a"), m.group("b")
        pos = m.start("b")
        if _TITLE_WORD_RE.fullmatch(a) or _NUMBER_SIGN_RE.match(t, m.start("b")):
            continue                      # Teacher He: a title, read by _TITLE_RE; Jie No. 5
        brand = _LATIN_NAMED_THING_RE.match(t, m.start())
        if brand and brand.end() > m.end("a") and (_PLACE_OF_BEFORE_RE.search(t, max(0, m.start() - 6), m.start())
                                                   or not (_RELATION_BRACKET_RE.match(t, brand.end())
                          or (_LATIN_ROLE_RE.search(t, max(0, m.start() - 30), m.start())
                              and not _VISITED_BEFORE_RE.search(t, max(0, m.start() - 12), m.start()))
                          or _LATIN_PREDICATE_AFTER_RE.match(t, brand.end()))):
            pos = brand.end()             # Lao Gan Ma chili sauce: goods, not a person (a thing
            #                               written as one word is a given name too: Yulan REN,
            #                               Pingan Li)
            continue
        inner = _LATIN_NAMED_THING_RE.match(t, m.start("b"))
        if (inner and inner.end() > m.end() and (not _family_name(a) or "\t" in t[m.end("a"):m.start("b")])) \
                or _timed_festival_at(t, m.start("b")) > m.end():
            continue                      # During Chung Yeung, Fatima<TAB>Mong Kok: the second word
            #                               begins a festival's or a place's name, read from there
        if (festival := _timed_festival_at(t, m.start())):
            pos = festival                # during Zhong Qiu, before Yuan Xiao: a festival's time
            continue
        if (thing := _pinyin_thing_at(t, m.start())):
            pos = thing                   # Lan Di blue, white background (Bai Di): a thing (round 25)
            continue
        if (thing := _pinyin_word_thing_at(t, m.start())) or (thing := _pinyin_slot_thing_at(t, m.start())):
            pos = thing                   # Leng Xian Rou returned, Gao Qing box: a word (round 26);
            continue                      # supplied Du Juan x5: a thing's slot (round 28)
        if _romanised_known(a) and not _family_name(b):
            continue                      # Xi'an<TAB>Mark-up: a place, then the next field (round 25)
        if (_WHERE_BEFORE_RE.search(t, max(0, m.start() - 8), m.start())
            or _THING_BEFORE_RE.search(t, max(0, m.start() - 9), m.start())
            or (_THE_BEFORE_RE.search(t, max(0, m.start() - 5), m.start())
                and _THING_HEAD_AFTER_RE.match(t, m.end()) and not _ends_noun_phrase(
                    _THING_HEAD_AFTER_RE.match(t, m.end()).group().strip()))) \
                and not t.startswith(("'s", "’s"), m.end()):
            pos = _CAPITALISED_RUN_RE.match(t, m.end()).end()
            continue                      # works at Zhang Liang Malatang, a clinic at Yan
            #                               Oi Tong: the whole place, before any reading
        la, lb = _spelling(a), _spelling(b)
        if _familiar_latin([la, lb]) and not _NEXT_CAPITAL_RE.match(t, m.end()):
            continue                      # Lao Fang, Old Luo: 老方, 老罗
        minority = la in MINORITY_PINYIN or lb in MINORITY_PINYIN
        foreign = _foreign_pair(a, b) or _english_given_and_word_family(t, m)
        if not foreign and (given_first := _southern_given_first(t, m.start(), m.end())) \
                and not any(h.start <= m.start() < h.end for h in hits):
            hits.append(Hit("person_name", m.start(), given_first, LATIN_DETECTOR))
            pos = given_first             # Pui Shan Fung, Ka Yan Lau, Lay Hoon Tan
            continue
        if (("(" in t and _RELATION_BRACKET_RE.match(t, m.end()))
            or ((_LATIN_PREDICATE_AFTER_RE.match(t, m.end())
                 or _LATIN_DEALT_WITH_BEFORE_RE.search(t, max(0, m.start() - 14), m.start()))
                and not _NEXT_CAPITAL_RE.match(t, m.end()) and not _place_after(t, m.end()))) \
                and a[1:].islower() and b[1:].islower() \
                and not {la, lb} & (_ENGLISH_WORDS | _LATIN_PROPER_WORDS | _LATIN_NOT_NAMES | _ANONYMISED) \
                and not any(h.start <= m.start() < h.end for h in hits):
            hits.append(Hit("person_name", m.start(), m.end(), LATIN_DETECTOR))
            pos = m.end()                 # Aidana Askhar (father), Ahmatjan Kasim moved out,
            continue                      # interviewed Nurlan Serik: whatever the spelling, one
            #                               that a relation, an act or a dealing names
        if not foreign:
            if not ((_pinyin(la) or la in MINORITY_PINYIN) and (_pinyin(lb) or lb in MINORITY_PINYIN)) \
                    and not (la in MINORITY_PINYIN and lb not in _ENGLISH_WORDS
                             and lb not in _LATIN_PROPER_WORDS and (b[1:].islower() or a.isupper())) \
                    and not (lb in MINORITY_PINYIN and la not in _ENGLISH_WORDS
                             and la not in _LATIN_PROPER_WORDS and la not in _LATIN_NOT_NAMES
                             and a[1:].islower() and not _TITLE_WORD_RE.fullmatch(a)
                             and not _LATIN_ROLE_WORD_RE.fullmatch(a) and la not in _LATIN_PERSON_WORDS
                             and not _ends_noun_phrase(la) and la not in _ENGLISH_FUNCTION_WORDS):
                continue                  # (Nurlan Halimbek: a minority given name, then any
                #                           family name in Latin letters; Mamatjan Kurban,
                #                           Ayixiamu Aili: any given name before a listed one, not
                #                           a verb opening a sentence, Interviewed Bater)
            if not (la in PINYIN_SURNAMES or lb in PINYIN_SURNAMES or minority):
                continue                  # (Ayiguli Tuerxun, Ciren Zhuoma: no Han surname)
        if la in _ENGLISH_WORDS and lb in _ENGLISH_WORDS and not a.isupper() \
                and _SENTENCE_START_RE.search(t[max(0, m.start() - 3):m.start()]) \
                and re.match(r"[ \t]+[a-z]", t[m.end():m.end() + 2]) \
                and not _AND_FOUND_AFTER_RE.match(t, m.end()) \
                and not _person_word_after(t, m.end()) and not _COPULA_OR_PAST_AFTER_RE.match(t, m.end()) \
                and not _LATIN_CUE_RE.search(t, max(0, m.start() - 30), m.start()):
            continue                      # "He Ran the shop", "Long Term illness"; not Sang Man is
            #                               the carer, Fan Long installed a fan
        if _place_after(t, m.end()) or lb in _LATIN_PLACE_WORDS \
                or ((la, lb) in _LATIN_PLACES and not (a.isupper() and not b.isupper())) \
                or lb in _ANONYMISED or (lb in _PINYIN_PLACE_ENDS and not (foreign and _english_given(la)) and (
                    lb in _PINYIN_ONLY_PLACE_ENDS
                    or (la not in PINYIN_SURNAMES
                        and (_LATIN_PLACE_BEFORE_RE.search(t, max(0, m.start() - 20), m.start())
                             or _LATIN_NUMBER_AFTER_RE.match(t, m.end()))))):
            continue
        run = _CAPITALISED_RUN_RE.match(t, m.end())
        if _LATIN_BRAND_BEFORE_RE.search(t, max(0, m.start() - 20), m.start()) \
                or _LATIN_REMEMBERED_AFTER_RE.match(t, run.end()):
            pos = run.end()               # the brand's other words too (Tan Mu Jiang; Lao Gan
            continue                      # Ma products)
        if _LATIN_LOWER_HEAD_RE.match(t, m.end()):
            pos = m.end()                 # the Guan Yu temple, the Shen Hai expressway: the head of
            continue                      # a proper noun in lower case after it
        end = _after_pair(t, m.end(), foreign=foreign,
                          given_first=foreign and _english_given(la) and _family_name(lb))
        if end is None:
            pos = m.end()
            while (nxt := _NEXT_CAPITAL_RE.match(t, pos)) is not None:
                pos = nxt.end()           # the whole proper noun is passed over
            continue
        if any(h.start <= m.start() < h.end for h in hits):
            continue
        start = m.start()
        if foreign:
            before = _PREVIOUS_GIVEN_RE.search(t, max(0, start - 12), start)
            if before and (before.group(1).lower() in _ROMANISED_GIVEN or _pinyin(before.group(1))) \
                    and not _romanised_known(before.group(1)) \
                    and not any(h.start <= before.start() < h.end for h in hits):
                start = before.start()    # Yin + Sze CHOW: the given name's first syllable (not
                #                           Taiji<TAB>Jason SHEN: a thing of pinyin_things.tsv)
        hits.append(Hit("person_name", start, end, LATIN_DETECTOR))
        pos = end
    return hits + _cued_latin_hits(t, hits)


# Macao, Hong Kong, Singapore and Taiwan write a name as a family name and a given name of two
# syllables in separate capitalised words (LEONG Man Ieng, Sou Sok Ieng, Low Siew Ling, Lu Wen
# Chieh, Li I Hsuan; an English given name may open it: Terry Low Siew Ling). A run of exactly
# those three words is a name where the family name is one of any romanisation, both given words
# are syllables of one (romanised_syllables.tsv, the regexes above), one word at least is no
# pinyin (pinyin runs are the pair's reading: Lao Gan Ma, Tai Ping Shan stay brands and places),
# at most one is an English word (So Ka Wai, Ip Man Ieng; not Sun Hung Kai, Hang Seng) and no
# capitalised word, place or thing's word runs on before or after it (Sun Hung Kai Properties,
# Wong Tai Sin is a listed place). Wade-Giles's one-letter syllable I (怡, 宜) is a given syllable
# only in the middle of the run.
_THREE_SYLLABLE_RE = re.compile(r"(?<![A-Za-z0-9'’.-])(?:(?P<e>[A-Z][a-z]{2,9})[ \t]+)?"
                                r"(?P<f>[A-Z][a-z]{1,5}|[A-Z]{2,6}|U)[ \t]+(?P<g>[A-Z][a-z]{0,5})[ \t]+"
                                r"(?P<h>[A-Z][a-z]{1,5})(?![A-Za-z0-9-]|['’](?!s\b))")
# (U alone: Macao's spelling of 余, 于 and 姚, U Wa Chon; round 25)


def _three_syllable_hits(t: str) -> list[Hit]:
    hits, pos = [], 0
    while (m := _THREE_SYLLABLE_RE.search(t, pos)) is not None:
        pos = m.start("f") if m.group("e") else m.start() + 1   # (a failed run is read again from
        #                                   its next word: Pickers + Terry Low Siew Ling)
        f, g, h = m.group("f"), m.group("g"), m.group("h")
        lf, lg, lh = f.lower(), g.lower(), h.lower()
        if not (_family_name(f) or lf in ROMANISED_FAMILY_SYLLABLES) or _TITLE_WORD_RE.fullmatch(f) \
                or _LATIN_ROLE_WORD_RE.fullmatch(f) \
                or (f == "U" and _U_AS_LETTER_BEFORE_RE.search(t, max(0, m.start("f") - 12), m.end("f") + 1)):
            continue                      # (Block U + Wang Wei: a letter of a block)
        if not ((lg == "i" or _listed_syllable(lg)) and _listed_syllable(lh)) \
                or lg in _KOREAN_SYLLABLES or lh in _KOREAN_SYLLABLES:
            continue                      # (Korean given names are the pair's reading; Lei Feng Day:
            #                               the Cantonese regex's shapes, day, are no listed syllable)
        if _spelling(f) in PINYIN_SURNAMES and _pinyin(lg) and _pinyin(lh):
            continue
        if sum(_english_word(w) and w != "i" for w in (lg, lh)) + (_english_word(lf) and lf not in _ENGLISH_WORD_SURNAMES) > 1 \
                or {lf, lg, lh} & (_LATIN_PROPER_WORDS | _LATIN_NOT_NAMES | _LATIN_PLACE_WORDS | _ANONYMISED):
            continue                      # (So Kin Wah: so is a family name English writes)
        e = m.group("e")
        start = m.start("e") if e and _english_given(e.lower()) else m.start("f")
        before = e or (_LAST_WORD_RE.search(t, max(0, m.start() - 12), m.start()) or [""])[0].strip()
        if before and start == m.start("f") and (_romanised_syllable(before.lower()) or _family_name(before)) \
                and not (_TITLE_WORD_RE.fullmatch(before) or _LATIN_ROLE_WORD_RE.fullmatch(before)
                         or before.lower() in _LATIN_PERSON_WORDS or _agent_noun(before)):
            continue                      # a longer proper noun's last words (Kwun Tong Ma Tau Wai)
        if _WHERE_BEFORE_RE.search(t, max(0, start - 8), start) or _THING_BEFORE_RE.search(t, max(0, start - 9), start) \
                or (_THE_BEFORE_RE.search(t, max(0, start - 5), start) and _THING_HEAD_AFTER_RE.match(t, m.end())):
            continue                      # at Yan Oi Tong, a Tai Hing Po account: a place, a thing
        if _NEXT_CAPITAL_RE.match(t, m.end()) or _in_named_thing(t, m.start("f"), m.end()) \
                or (not t.startswith(("'s", "’s"), m.end()) and _place_after(t, m.end())):
            continue                      # (Toh Ah Huat's shop: the shop is the person's)
        hits.append(Hit("person_name", start, m.end(), LATIN_DETECTOR))
        pos = m.end()
    return hits


def _listed_syllable(w: str) -> bool:
    """Is the lower-case ``w`` a syllable of an inventory: pinyin, Wade-Giles, romanised_syllables.tsv
    or _ROMANISED_GIVEN (not merely of the Cantonese regex's shape, which English words fit: day)?"""
    return w not in _ENGLISH_FUNCTION_WORDS and (
        w in ROMANISED_SYLLABLES or w in _ROMANISED_GIVEN or _ONE_SYLLABLE_RE.fullmatch(_spelling(w)) is not None
        or _WADE_GILES_SYLLABLE_RE.fullmatch(w) is not None)


# A capitalised noun of a doer before a name (Performer, Reporter, Broadcaster, Volunteers,
# Pickers, Florist, Attendant, Trainee): the person's role, as _LATIN_ROLE_WORDS's are; no given
# name of the same shape (Peter, Victor, Connor).
_LAST_WORD_RE = re.compile(r"[A-Za-z]+[ \t]+$")
_AGENT_NOUN_SHAPE_RE = re.compile(r"[A-Z][a-z]{2,}(?:er|or|ist|ant|ent|ee|ian)s?")
# Given names of that shape the given-name lists leave out as everyday words (Victor, Hunter) or lack.
_DOER_SHAPED_GIVEN = frozenset("""victor hector trevor connor taylor oliver homer jasper spencer parker
carter hunter lester chester foster sylvester clement laurent bryant grant vincent""".split())


def _agent_noun(w: str) -> bool:
    """Is the capitalised ``w`` a doer's noun (Performer, Reporter, Volunteers), no given name of
    the same shape?"""
    return _AGENT_NOUN_SHAPE_RE.fullmatch(w) is not None and not _english_given(w.lower()) \
        and w.lower() not in _DOER_SHAPED_GIVEN and w.lower() not in WORD_GIVEN_NAMES   # (Summer LI)


# --- entry points ----------------------------------------------------------------------------

def may_hold_name(text: str) -> bool:
    """The cheap test: could ``text`` hold a name this module finds?"""
    if not text or not isinstance(text, str):
        return False
    return _CHINESE_PREFILTER.search(text) is not None or (
        _LATIN_LETTER_RE.search(text) is not None and _LATIN_PREFILTER.search(text) is not None)


def _joined_name_shape(t: str, start: int, end: int) -> bool:
    """Is ``t[start:end]``, joined to a name found by a conjunction, shaped as a name by itself:
    no word at its end (通书房), no brand, city or word of the lexicon, a given name's character?
    The conjunction's cue (〔姓名〕和) would otherwise make a person of whatever follows it."""
    text = t[start:end]
    return not _is_word(t[end - 2:end]) and not _is_word(text) and text not in DOMAIN_WORDS \
        and not any(t.startswith(b, start) for b in _BRANDS_FIRST.get(t[start], ())) \
        and not _division_at(t, start) and not _organisation_or_place(t, start, end) \
        and any(_given_weight(c, True) or _given_weight(c, False) for c in text[1:])


# Two persons written together before what names them as a pair (王国宇张丽夫妇, 林森王芳夫妇,
# 付锋訾嘉悦夫妇, 〔姓名〕关心父子): where one of them is found, the run of characters between it and the
# pair word, or before it back to the phrase's start, is the other, whatever word it makes (林森,
# 方正, 关心 are names here); a found name that took the next one's surname (付锋訾 + 嘉悦夫妇) gives
# it back. A place (金华王伟夫妇, 来自黄山的), a title or a family's form (老王, 王老师, 张姓) is no
# partner.
_PAIR_AFTER_RE = re.compile("夫妇|夫妻|两口子|两人|二人|母子|父子|母女|父女|兄弟|姐妹|兄妹|姐弟|婆媳|翁婿")


def _pair_person(t: str, a: int, b: int) -> bool:
    """Can ``t[a:b]`` be the partner of a pair (_pair_partners): a surname and one or two
    characters that make no place, title or form of address?"""
    w = t[a:b]
    sur = 2 if w[:2] in COMPOUND_SURNAMES else 1
    if not 1 <= len(w) - sur <= 2 or not all(_is_cjk(c) for c in w) \
            or not (sur == 2 or (w[0] in _SINGLE_SET and w[0] not in _STOP)):
        return False
    if w in PLACE_NAMES or w in KNOWN_PLACES or _lexicon().get(w, (0, ""))[1] == "ns" \
            or address_title_at(t, a + sur) or any(c in _NOT_GIVEN or c in _STOP for c in w[sur:]) \
            or w[sur:] in KIN_TITLES or w[sur] in SHORT_TITLES \
            or (w[-1] in _SWALLOWED_ROLE_HEADS and _role_word_at(t, a) == b):
        return False                      # (保管员 + 董昊天两人: a role before the name, _role_word_at)
    return all(_given_weight(w[k], k == len(w) - 1) > 0 for k in range(sur, len(w))) or _is_word(w)


def _pair_partners(t: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the partner of a found name before a pair word (_PAIR_AFTER_RE) added."""
    out = list(hits)
    for m in _PAIR_AFTER_RE.finditer(t):
        q = m.start()
        h = max((h for h in out if h.start < q <= h.end + 4 and h.end <= q), key=lambda h: h.end, default=None)
        if h is None:
            continue
        if h.end == q:                    # the second is found: the first stands before it
            for n in (4, 3, 2):
                a = h.start - n
                if a >= 0 and _pair_person(t, a, h.start) and (
                        a == 0 or not _is_cjk(t[a - 1]) or t[a - 1] in _STOP
                        or (_is_word(t[a - 2:a]) and not _is_word(t[a - 1:a + 1]))) \
                        and not any(o.start < h.start and a < o.end for o in out):
                    out.append(Hit("person_name", a, h.start, DETECTOR))
                    break
        elif _pair_person(t, h.end, q):   # the first is found: the second runs to the pair word
            out.append(Hit("person_name", h.end, q, DETECTOR))
        elif h.end - h.start >= 3 and t[h.end - 1] in NAME_SURNAMES and _pair_person(t, h.end - 1, q) \
                and _pair_person(t, h.start, h.end - 1):
            out.remove(h)                 # 付锋訾 + 嘉悦夫妇: the found name took the partner's surname
            out += [Hit(h.kind, h.start, h.end - 1, h.detector), Hit("person_name", h.end - 1, q, DETECTOR)]
    return out


def _beside_found(t: str, hits: list[Hit], tagger: bool) -> list[Hit]:
    """Names found only once the names of the first reading stand replaced (安宁与王伟系夫妻 reads as
    安宁与〔姓名〕系夫妻, where 安宁 can only be a person): the text is read again with 〔姓名〕 in
    their place, and what is new is mapped back to the text's own positions."""
    parts, where, k = [], [], 0
    for h in sorted(hits, key=lambda h: h.start):
        if h.start < k or (t[h.start] in COMMON_CHARACTER_SURNAMES and minority_surname_misread(t, h.start, h.end)):
            continue                      # (京胡、颜体: a rare surname's word, which the end drops, is
            #                               no name to stand beside; round 26)
        parts.append(t[k:h.start])
        where += range(k, h.start)
        parts.append(PLACEHOLDER)
        where += [-1] * len(PLACEHOLDER)
        k = h.end
    parts.append(t[k:])
    where += range(k, len(t))
    again = "".join(parts)
    out = []
    for h in _chinese_hits(again, False, tagger):
        span = where[h.start:h.end]
        if -1 in span or not (_person_slot(again, h.start, h.end)
                              or ((_BESIDE_FOUND_AFTER_RE.match(again, h.end)
                                   or _BESIDE_FOUND_BEFORE_RE.search(again, max(0, h.start - 6), h.start)
                                   or ((_JOINED_FOUND_AFTER_RE.match(again, h.end)
                                        or _JOINED_FOUND_BEFORE_RE.search(again, max(0, h.start - 6), h.start))
                                       and (_joined_name_shape(again, h.start, h.end)
                                            or name_element_length(again, h.start)
                                            or (again[h.start] in _SURNAMES_BEFORE_ELEMENT
                                                and name_element_length(again, h.start + 1)))))
                                  and again[h.end - 1] not in _PLACE_ENDS
                                  and not _org_follows(again, h.end - 1))):
            continue                      # (扎西,〔姓名〕: an item of a list of names; not 桑耶寺,;
            #                                   〔姓名〕与巴音: a name element joined to a name)
        out.append(Hit(h.kind, span[0], span[-1] + 1, h.detector))
    return out


# A surname typed apart from its given name by one or two spaces (刘 敏, 熊 华之妻, 陈　峰持: the
# full-width space is folded to a space), as clerks pad names in a column.
_SPACED_SURNAME_RE = re.compile(f"([{''.join(sorted(NAME_SURNAMES | WORD_SURNAMES))}]) {{1,2}}(?=[{_CJK}])")


def _word_ends_at(t: str, a: int) -> bool:
    """Does a label of a roster (name_labels.tsv) or a word of the lexicon that is no name end at
    the surname character ``t[a]`` before a gap (白班 舒远明, 建设路段 桂义兰, 东门 李强: the shift, the
    road's section, the gate, and the name after the gap; round 22)? A compound surname (欧阳 娜娜)
    is no such word."""
    for n in (2, 3, 4):
        w = t[a - n + 1:a + 1] if a - n + 1 >= 0 else ""
        if w and all(_is_cjk(c) for c in w) and w not in COMPOUND_SURNAMES \
                and (w in NAME_LABELS or _non_name_word(w)):
            return True
    return False


def _gap_closed_hits(t: str, tagger: bool) -> list[Hit]:
    """Names typed with a gap after the surname: the text is read again with each such gap
    closed, and a name found there that begins at the surname and spans the gap is mapped back.
    A gap inside a heading spaced out character by character (公 务 用 车) stays open."""
    parts, where, k, closed = [], [], 0, {}
    for m in _SPACED_SURNAME_RE.finditer(t):
        a, g = m.start(), m.end()
        before = _SPACED_BEFORE_RE.search(t, max(0, a - 3), a)
        after = _SPACED_AFTER_RE.match(t, g + 1)
        if (before and _is_word(before.group(1) + m.group(1))) \
                or (after and _is_word(t[g] + after.group(1))) or _word_ends_at(t, a) \
                or (t[a] in _ROLE_NOUN_TAILS and _role_noun_ends_at(t, a)):
            continue                      # (蚕农 + 秋中华: a role noun's last character, no surname: mw29)
        parts.append(t[k:a + 1])
        where += range(k, a + 1)
        closed[len(where) - 1] = g        # the surname's place in the text read again
        k = g
    if not closed:
        return []
    parts.append(t[k:])
    where += range(k, len(t))
    out = []
    for h in _chinese_hits("".join(parts), False, tagger):
        if h.start in closed and h.end - h.start >= 2:
            a, e = where[h.start], where[h.end - 1] + 1
            gap = next((k for k in range(closed[h.start], e) if t[k] in " \t\u3000"), None)
            if gap is not None and e < len(t) and _is_cjk(t[e]):
                e = gap                   # 陶  敏 + 　西罗家岭村: a second gap, then a word run on
                #                           (a row's next field), ends the name (sixteenth round)
            if e - a >= 2:
                out.append(Hit(h.kind, a, e, h.detector))
    return out


# A hyphened syllable right after a Latin name read without it (Au Yeung Siu + -ming); not a word
# after a dash (Yu Haiyan—volunteer: the dash folded to a hyphen parts two fields).
_HYPHEN_RUN_ON_RE = re.compile(r"-[A-Za-zü]+(?![A-Za-z0-9])")
# Round 23 (en23b): pinyin's syllable apostrophe (GB/T 16159: before a syllable that begins with a,
# o or e, Ming'e, Chang'an, Hai'ou, JIA'EN) is inside a given name; a reading that stops at it left
# the last syllable ('e, 'AN) behind. Only vowel-initial syllables of one case follow it, so the
# possessive 's and contractions ('ll, 't) never do.
_APOSTROPHE_SYLLABLE_RE = re.compile(r"['’](?:(?:ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)|"
                                     r"(?:ANG|ENG|AI|EI|AO|OU|AN|EN|ER|A|O|E))(?![A-Za-z0-9'’-])")
# A third capitalised syllable after a surname and one syllable (Tan Siew + Lan, Tan Wei + Jie):
# Hokkien, Cantonese and Malaysian spellings part a two-syllable given name so.
# (spaces only: a tab parts a row's fields, Tang Wei<TAB>Wan Chai is a name and a place)
_SYLLABLE_AFTER_RE = re.compile(r" +([A-Z][a-z]{1,5})(?![A-Za-z0-9'’-])")


# An English given name after a Latin name's syllables (Chan Tai Man + Eric, WONG SIU MING + PETER).
_ENGLISH_NAME_LAST_RE = re.compile(r" +([A-Z][a-z]{2,9}|[A-Z]{3,9})(?![A-Za-z0-9-]|['’][A-Za-z])")


# A mask of stars beside Latin words (Wong **, L** Wai, W*** Li): they are the kept part of an
# anonymised name (the stars after a letter, not a masked ID's or phone's: 4401****12 Zhang Wei).
_LATIN_MASK_BEFORE_RE = re.compile(r"[A-Za-z]\*+[-'’A-Za-z*]*[ \t]?$")
_LATIN_MASK_AFTER_RE = re.compile(r"[ \t]?\*+(?![*0-9A-Za-z])")


def _latin_masked_beside(t: str, h: Hit) -> bool:
    return _LATIN_MASK_AFTER_RE.match(t, h.end) is not None \
        or _LATIN_MASK_BEFORE_RE.search(t, max(0, h.start - 12), h.start) is not None


# Twentieth round, ta: a ship's name (渡船金江号, 上夏阳号未熄火, 石门渡金江号封航): two or three characters
# right before 号 in a remark about boats, ferries and their traffic. A person's name before 号 is
# rare and reads otherwise (王强号召, 李娜号称, 张伟号码).
_VESSEL_WORD_RE = re.compile("船|轮|艇|舰|渡|海事|航|码头|港")
_NOT_VESSEL_HAO = ("号码", "号称", "号召", "号啕", "号脉", "号子", "号令", "号角", "号牌", "号外", "号楼", "号房",
                   "号床", "号院", "号线")


def _vessel_name(t: str, h: Hit) -> bool:
    return 2 <= h.end - h.start <= 3 and h.end < len(t) and t[h.end] == "号" \
        and not t.startswith(_NOT_VESSEL_HAO, h.end) and all(_is_cjk(c) for c in t[h.start:h.end])


# Twentieth round, ta: a public figure as an English export spells it (romanised_figures.tsv: Sun
# Yat-sen, Lu Xun, Lei Feng, Yuan Longping), the whole of a Latin hit: a film shown, poems read, a
# memorial visited, no private person. A person stays where the text marks one right there: a role
# before it (resident Lei Feng, host Li Bai), an age, a phone or what a person does after it (Lei
# Feng (45), Li Bai applied), a relation in brackets (Lu Xun (son)).
_ROMANISED_FIGURE_RE = re.compile("(?<![A-Za-z])(?i:" + "|".join(
    r"[ \t-]*".join(map(re.escape, f.split())) for f in sorted(ROMANISED_FIGURES, key=len, reverse=True))
    + ")(?![A-Za-z])")


# (a field's value, Guest list: Li Bai; a list of names beside it, Lei Feng, Zhang Wei and …)
_FIELD_VALUE_BEFORE_RE = re.compile(r"[:：=][ \t]*$")
_LIST_JOIN_RE = re.compile(r"[ \t]*(?:[,;，；、&/]|and\b)[ \t]*(?:and[ \t]+)?")


def _without_romanised_figures(t: str, hits: list[Hit]) -> list[Hit]:
    figures = [h for h in hits if _romanised_figure(t, h)]
    if not figures:
        return hits
    others = [h for h in hits if h not in figures]
    listed = [f for f in figures if any(
        (o.end <= f.start and _LIST_JOIN_RE.fullmatch(t, o.end, f.start))
        or (f.end <= o.start and _LIST_JOIN_RE.fullmatch(t, f.end, o.start)) for o in others)]
    return [h for h in hits if h not in figures or h in listed]


def _romanised_figure(t: str, h: Hit) -> bool:
    """Is the Latin hit ``h`` exactly a public figure of romanised_figures.tsv, with nothing right
    around it that marks a person?"""
    m = _ROMANISED_FIGURE_RE.match(t, h.start)
    if m is None or m.end() != h.end:
        return False
    return not (_PERSON_MARK_AFTER_RE.match(t, h.end) or _LATIN_ROLE_RE.search(t, max(0, h.start - 40), h.start)
                or _FIELD_VALUE_BEFORE_RE.search(t, max(0, h.start - 3), h.start)
                or ("(" in t and _RELATION_BRACKET_RE.match(t, h.end)) or _LATIN_PREDICATE_AFTER_RE.match(t, h.end))


# A compound family name in pinyin (Shangguan, Ouyang, Zhuge) written last, after an English and a
# Chinese given name (Lily Mei Shangguan): the name's family, read with it (not a place's: Ouyang
# Road stays). Only the compound ones: a single syllable after a name is a list's next word as often.
_COMPOUND_PINYIN = frozenset(SURNAME_TABLE[s][0].replace(" ", "").lower() for s in COMPOUND_SURNAMES)
_COMPOUND_FAMILY_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]{3,9})(?![A-Za-z0-9'’-])")
_ENGLISH_GIVEN_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9'’-])([A-Z][a-z]{1,9})[ \t]+$")


# Round 25, en25: Macao's identity cards spell the family names 余, 于 and 姚 as the one letter U
# (U Cheng Pou, U Ieng Choi): a lone U right before a name of Macao's or Hong Kong's syllables is
# its family name (not a letter of a block or a grade: Block U, a word or a digit before it).
_MACAO_U_BEFORE_RE = re.compile(r"(?:(?<=^)|(?<=[\s:：,;|(]))U[ \t]+$")
_U_AS_LETTER_BEFORE_RE = re.compile(r"\b(?i:block|blk|zone|unit|building|bldg|room|rm|grade|class|type|row|"
                                    r"section|area|bay|gate|level|floor|wing|tower|plot|lot|no\.?|size|model|form)[ \t]+U[ \t]+$")


def _latin_name_whole(t: str, h: Hit) -> Hit:
    """The Latin name ``h`` to its last syllable: a hyphened one read apart (Au Yeung Siu + -ming)
    or a third one its given name runs on into (Tan Siew + Lan); then an English name after three
    words, as Hong Kong writes it last (Chan Tai Man + Eric)."""
    if (macao := _MACAO_U_BEFORE_RE.search(t, max(0, h.start - 3), h.start)) \
            and _romanised_syllable(t[h.start:h.end].split()[0].lower()) \
            and not _U_AS_LETTER_BEFORE_RE.search(t, max(0, h.start - 12), h.start):
        h = Hit(h.kind, macao.start(), h.end, h.detector)   # U + Cheng Pou: 余/于/姚 in Macao's spelling
    if (apostrophe := _APOSTROPHE_SYLLABLE_RE.match(t, h.end)) and t[h.end - 1].isalpha():
        h = Hit(h.kind, h.start, apostrophe.end(), h.detector)   # (MA, Ming + 'e; LONG GUO + 'AN)
    hyphened = _HYPHEN_RUN_ON_RE.match(t, h.end)
    if hyphened and _romanised_syllable(hyphened.group()[1:].lower()) \
            and not _english_word(hyphened.group()[1:].lower()):
        return Hit(h.kind, h.start, hyphened.end(), h.detector)
    end = _syllable_run_on(t, h)
    compound = _COMPOUND_FAMILY_AFTER_RE.match(t, end)
    after = _LATIN_NEXT_WORD_RE.match(t, compound.end()) if compound else None
    if compound and compound.group(1).lower() in _COMPOUND_PINYIN \
            and not (after and after.group(1).lower() in _LATIN_PLACE_WORDS):
        return Hit(h.kind, h.start, compound.end(), h.detector)   # Lily Mei + Shangguan
    if t[h.start:end].rsplit(" ", 1)[-1].lower() in _COMPOUND_PINYIN \
            and (english := _ENGLISH_GIVEN_BEFORE_RE.search(t, max(0, h.start - 12), h.start)) \
            and _caps_family_english_given(english.group(1).lower()):
        return Hit(h.kind, english.start(), end, h.detector)   # Frank + Bo Dongfang
    english = _ENGLISH_NAME_LAST_RE.match(t, end)
    if english and _english_given(english.group(1).lower()) and len(t[h.start:end].split()) >= 3:
        nxt = _NEXT_CAPITAL_RE.match(t, english.end())
        if nxt is None or _spelling(nxt.group(1)) in _ENGLISH_FUNCTION_WORDS:
            end = english.end()           # (not Chan Tai Man + Peter Wong: a list of two; RECEIVED
            #                               BY CHAN TAI MAN ERIC AT …: a word of grammar next)
    return Hit(h.kind, h.start, end, h.detector)


# ---- An English export's name and what belongs to it (round 15): a clerk writes a person's
# English name beside the romanised one, in brackets after it (Han Ruixia (Jacky)), after a comma
# as Hong Kong's forms do (Lau Kit Wah, Kenneth) or before it (Sandy Choi Nga-yuk, Karen Hu
# Yijing): that English name is part of the person's name and goes with it. What brackets after a
# name hold otherwise stays ((neighbour), (ID ending 2539), (Ah Q), (Huawei)). And a name in
# brackets right after a quoted title is the work's author ('The True Story of Ah Q' (Lu Xun),
# 'Teahouse' (Lao She)): a public writer, no private person.
# English given names that Hong Kong, Macau, Taiwan and mainland clerks meet as aliases, beyond
# western_given_names.tsv (those that are English words too are taken only in brackets or after
# a comma, where nothing else would stand).
_ALIAS_GIVEN_NAMES = frozenset("""angel sandy candy kitty vicky ella iris bobo eason hebe jolin rainie
sammi miriam stephy twinkle canny kinki coco gigi queenie don frank winky cherie cherry crystal
apple money lemon kiki lulu mimi fifi momo nana lala jojo kaka yoyo sunny summer rain sky
grace ivy jade joy hazel amber ruby pearl daisy rose hope faith violet jasmine holly""".split())
_MONTH_WORDS = frozenset("january february march april may june july august september october "
                         "november december".split())
_ALIAS_BRACKET_AFTER_RE = re.compile(r"[ \t]*[(（]([A-Za-z][a-z]{1,9}|[A-Z]{2,10})[)）]")
_ALIAS_COMMA_AFTER_RE = re.compile(r",[ \t]*([A-Z][a-z]{1,9}|[A-Z]{2,10})(?![A-Za-z0-9'’-])")
_ALIAS_BEFORE_RE = re.compile(r"(?<![A-Za-z'’-])([A-Z][a-z]{1,9}|[A-Z]{2,10})[ \t]+$")
_MODAL_WORDS = frozenset("will would shall should may might can could must".split())   # (…, Will call)
_ALIAS_WORD_END_RE = re.compile(r"[ \t]+(?:&[ \t]+)?[a-z]|[ \t]*(?:[.;|,)\n]|$)")
_GIVEN_AFTER_PAIR_RE = re.compile(r" +([A-Z][a-z]{1,9}|[A-Z]{2,10})(?![A-Za-z0-9'’-])")
_AUTHOR_AFTER_TITLE_RE = re.compile(r"['’\"”»》][ \t]*[(（]$")


def _alias_given(w: str, *, bracketed: bool) -> bool:
    w = w.lower()
    if w in _MONTH_WORDS or w in _ENGLISH_FUNCTION_WORDS:
        return False
    return w in WESTERN_GIVEN_NAMES or (bracketed and w in _ALIAS_GIVEN_NAMES)


def _latin_with_alias(t: str, hits: list[Hit]) -> list[Hit]:
    """The Latin names of ``hits`` with the English names that belong to them (see above), and
    without the authors after a work's title."""
    out = []
    for h in hits:
        text = t[h.start:h.end]
        if not text[-1:].isalpha() or not text.isascii():
            out.append(h)
            continue
        if t[h.end:h.end + 1] in ")）" and _AUTHOR_AFTER_TITLE_RE.search(t, max(0, h.start - 4), h.start):
            continue                      # 'Family' (Ba Jin): an author
        start, end = h.start, h.end
        words = text.split()
        if (m := _ALIAS_BRACKET_AFTER_RE.match(t, end)) and _alias_given(m.group(1), bracketed=True):
            end = m.end()                 # Han Ruixia (Jacky), peng li (ben)
        elif (m := _ALIAS_COMMA_AFTER_RE.match(t, end)) and (len(words) >= 3 or "-" in words[-1]) \
                and (_alias_given(m.group(1), bracketed=False)
                     or (_caps_family_english_given(m.group(1).lower()) and _ALIAS_WORD_END_RE.match(t, m.end())
                         and t[end + 1:end + 2] in (" ", "\t") and m.group(1).lower() not in _MONTH_WORDS
                         and m.group(1).lower() not in _ENGLISH_FUNCTION_WORDS
                         and m.group(1).lower() not in _MODAL_WORDS)) \
                and not _NEXT_CAPITAL_RE.match(t, m.end()):
            end = m.end()                 # Lau Kit Wah, Kenneth (not …, Peter Wong: the list's next);
            #                               Cheung Fung Keung, Grace disputed the bill (a given name
            #                               that is a word too, before a verb or the cell's end: en29)
        if len(words) == 2 and _alias_given(words[0], bracketed=False) and _family_name(words[1]) \
                and (m := _GIVEN_AFTER_PAIR_RE.match(t, end)) and _pinyin(_spelling(m.group(1))) \
                and not _english_word(_spelling(m.group(1))) and not _family_name(m.group(1)) \
                and not _place_after(t, m.end()) and not _venue_word_after(t, m.end()):
            end = m.end()                 # Karen Hu + Yijing
        if (m := _ALIAS_BEFORE_RE.search(t, max(0, start - 12), start)) and _family_name(words[0]) \
                and _alias_given(m.group(1), bracketed=False) and not _english_word(_spelling(m.group(1))):
            start = m.start(1)            # Sandy + Choi Nga-yuk
        out.append(h if (start, end) == (h.start, h.end) else Hit(h.kind, start, end, h.detector))
    return out


# A name in Latin letters and the same name in characters in brackets beside it, as an English
# export gives both (Shi Zixuan (石子轩), SHI Zixuan （石子轩）, 石子轩 (Zixuan Shi)): the characters
# are that person's name even where they begin with a word (石子, pebbles; 高山, a mountain), when
# their surname is the one the Latin name spells first or last (or spells otherwise than pinyin:
# Wong Siu-ming (黄小明)). Not a place's name (a division's, as 黄山 and 江海 are): a place given
# both ways, Huang Shan (黄山), may have been read as a person.
_HANZI_IN_BRACKETS_AFTER_RE = re.compile(rf"[ \t]*\(([{_CJK}]{{2,4}})\)")
_HANZI_BEFORE_BRACKET_RE = re.compile(rf"(?<![{_CJK}])([{_CJK}]{{2,4}})[ \t]*\($")


def _spelled_both_ways_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """The names in characters beside the Latin names of ``hits`` (see above)."""
    found = []
    for h in hits:
        if h.detector != LATIN_DETECTOR:
            continue
        after = _HANZI_IN_BRACKETS_AFTER_RE.match(t, h.end)
        before = _HANZI_BEFORE_BRACKET_RE.search(t, max(0, h.start - 8), h.start) \
            if t.startswith(")", h.end) else None
        for m in (after, before):
            if m is not None and m.group(1) not in PLACE_NAMES and _surname_spelled(m.group(1), t[h.start:h.end]):
                found.append(Hit("person_name", m.start(1), m.end(1), DETECTOR))
    return found


def _surname_spelled(hanzi: str, latin: str) -> bool:
    """Does the Latin name ``latin`` spell the surname ``hanzi`` begins with, first or last?"""
    words = re.findall(r"[A-Za-zü'’-]+", latin)
    if len(words) < 2:
        return False
    ends = {_spelling(words[0]), _spelling(words[-1])}
    for surname in (hanzi[:2], hanzi[:1]):
        row = SURNAME_TABLE.get(surname)
        if row is not None and len(hanzi) > len(surname):
            return row[0] in ends or any(w not in PINYIN_SURNAMES and _family_name(w) for w in ends)
    return False


def _syllable_run_on(t: str, h: Hit) -> int:
    """The end of the Latin name ``h`` with a third syllable its given name runs on into, if any."""
    words = t[h.start:h.end].split()
    m = _SYLLABLE_AFTER_RE.match(t, h.end)
    if m is None or len(words) != 2 or not words[1][:1].isupper() or not words[1][1:].islower():
        return h.end
    last, nxt = _spelling(words[1]), _spelling(m.group(1))
    if _given_syllable(last) and _given_syllable(nxt) and not _place_after(t, m.end()) \
            and not _venue_word_after(t, m.end()):
        return m.end()
    return h.end


def _given_syllable(w: str) -> bool:
    """Is ``w`` (lower case) one syllable of a romanised given name and no English word?"""
    return (_ONE_SYLLABLE_RE.fullmatch(w) is not None or w in _ROMANISED_GIVEN) \
        and w not in _ENGLISH_WORDS and w not in _LATIN_PROPER_WORDS and w not in _LATIN_NOT_NAMES \
        and w not in WESTERN_GIVEN_NAMES and w not in _ENGLISH_FUNCTION_WORDS


# Round 29, en29: a county or a city of romanised_divisions.tsv written in two words as its
# characters are (Long Quan, Jiang Shan for Longquan, Jiangshan) or one spelling that list leaves to
# the names (Deqing, a Tibetan given name too) is that place, not a person, where a place's slot
# holds it and nothing marks a person: a field of the place (place=, Location:), in brackets after
# a firm or a shop (Red Star (Long Quan)), after "in", "at", "near", after a name or a firm and
# "of" (Hung Hsuan-cheng of Long Quan), after a shop's name and a comma (at Great Wall, Long Quan),
# after a heading's dash (Concrete QC - Jiang Shan:), and the phrase ends there. A role before it,
# an age, a phone or an act after it keep the person (Customer: Jiang Shan; Jiang Shan (54)).
_PLACE_SLOT_BEFORE_RE = re.compile(
    r"(?:\b(?i:place|location|site|city|county|town|area|region|venue|origin)[ \t]*[:=：][ \t]*"
    r"|\b(?:in|at|near|In|At|Near)[ \t]+"
    r"|(?<![A-Za-z'’.-])(?!(?i:wife|husband|spouse|son|daughter|mother|father|brother|sister|widow|"
    r"widower|friend|relative|guardian|child|children|heir|parents?)\b)[A-Z][A-Za-z'’.-]*[ \t]+of[ \t]+"
    rf"|{PLACEHOLDER}[ \t]+of[ \t]+"
    r"|[(（][ \t]*"
    r"|[A-Za-z][ \t]+[-–—][ \t]+"
    r"|\bat[ \t]+[A-Z][^,.;:|\n]{0,40},[ \t]*)$")
_PLACE_SLOT_AFTER_RE = re.compile(r"[ \t]*(?:[.,;:|)）\n]|$)")


def _without_split_places(t: str, hits: list[Hit]) -> list[Hit]:
    """The hits without the places of romanised_divisions.tsv that a place's slot holds (above)."""
    out = []
    for h in hits:
        text = t[h.start:h.end]
        if h.detector == LATIN_DETECTOR and len(text) <= 24 and text.replace(" ", "").isalpha() \
                and text.replace(" ", "").lower() in ROMANISED_DIVISION_SPELLINGS \
                and (slot := _PLACE_SLOT_BEFORE_RE.search(t, max(0, h.start - 48), h.start)) is not None \
                and (after := _PLACE_SLOT_AFTER_RE.match(t, h.end)) is not None \
                and (slot.group().lstrip()[:1] not in "(（" or after.group().strip() in (")", "）")) \
                and not (slot.group().rstrip().endswith(("-", "–", "—")) and after.group().strip() not in (":", "")) \
                and not _LATIN_ROLE_RE.search(t, max(0, h.start - 30), h.start) \
                and not _PERSON_MARK_AFTER_RE.match(t, h.end):
            continue
        out.append(h)
    return out


# Round 29, en29: two persons joined by "and" or "&" before what they did (LIN Xinmei and T.J. Feng
# co-own the shop, Si Chon U & Fan Chen-en disputed the bill, Lili Tang & Simon TAN attended): where
# one side is a name found, the other side is a person too when it has a name's shape: two to four
# capitalised words or initials (T.J. Feng, Tan D.X., QIAN, BO, Hung-kuan Hsu), each a family name,
# a romanised given syllable or given name, or an English given name, one of them a family name,
# none an English word that is no name, and not a place, brand or thing English text spells so
# (Jiang Shan, Great Wall). What follows the pair is a lower-case word, the predicate (co-own,
# attended, visited): a list of things or a place's name has none.
_COORD_JOIN = r"[ \t]+(?:and|&)[ \t]+"
_COORD_JOIN_RE = re.compile(_COORD_JOIN)
_COORD_TOKEN = r"(?:[A-Z]{2,}(?:-[A-Z]{2,})?(?![A-Za-z])|[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?![A-Za-z])" \
               r"|(?:[A-Z]\.){1,3}(?![A-Za-z])|[A-Z](?![A-Za-z.'’]))"
_COORD_RUN_RE = re.compile(rf"{_COORD_TOKEN}(?:,[ \t]*{_COORD_TOKEN}(?=[ \t]+[a-z&]|[ \t]*$))?"
                           rf"(?:[ \t]+{_COORD_TOKEN}){{0,3}}")
_COORD_RUN_BEFORE_RE = re.compile(rf"(?<![A-Za-z0-9.,'’-])(?:{_COORD_TOKEN}(?:,[ \t]*|[ \t]+))*?"
                                  rf"{_COORD_TOKEN}{_COORD_JOIN}$")
_COORD_PREDICATE_RE = re.compile(r"[ \t]+[a-z][a-z-]+\b")
# (a verb and its object's determiner: share the stall, split the bill, not a shop's words after
# the pair, Zhang Wei noodle shop)
_COORD_VERB_OBJECT_RE = re.compile(r"[ \t]+[a-z][a-z-]+[ \t]+(?:the|a|an|their|both|each|his|her|this|that)\b")


def _coordination_predicate(t: str, end: int) -> bool:
    return _COORD_PREDICATE_RE.match(t, end) is not None \
        and (not _place_after(t, end) or _COORD_VERB_OBJECT_RE.match(t, end) is not None)


def _coordinated_name(t: str, start: int, end: int) -> bool:
    """Has ``t[start:end]`` a person's name's shape, as the other side of a coordination with a
    name found (see above)?"""
    run = t[start:end]
    if _LATIN_NAMED_THING_RE.fullmatch(run):
        return False                      # (Wan Chai, Great Wall: a place's or a brand's words)
    tokens = re.findall(r"(?:[A-Z]\.){1,3}|[A-Za-z]+(?:-[A-Za-z]+)?", run)
    words = [w for w in tokens if not w.endswith(".")]
    if len(tokens) < 2 or not words:
        return False
    family = False
    for w in words:
        low = w.lower()
        if _family_name(low) or (low == "u" and w == "U"):
            family = True
            if _english_word(low) and low in _LATIN_PROPER_WORDS:
                return False              # (a place's or a thing's word: Road, Bridge)
            continue
        if _TITLE_WORD_RE.fullmatch(w) or _LATIN_ROLE_WORD_RE.fullmatch(w):
            return False
        if _english_given(low) or _caps_family_english_given(low):
            continue
        if _english_word(low) or low in _LATIN_PLACE_WORDS:
            return False
        if not (_romanised_syllable(low) or _hyphened_given(low) or _pinyin(low)):
            return False
    return family


def _coordinated_latin_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """The other side of each Latin name found that "and" or "&" joins to a name-shaped run
    before a predicate (see above)."""
    found = []
    spans = [(h.start, h.end) for h in hits]
    for h in hits:
        if h.kind != "person_name" or not t[h.start:h.end].isascii() or not t[h.end - 1:h.end].isalpha() \
                and not t[h.end - 1:h.end] == ".":
            continue
        join = _COORD_JOIN_RE.match(t, h.end)
        if join is not None and (run := _COORD_RUN_RE.match(t, join.end())) is not None \
                and _coordination_predicate(t, run.end()) \
                and not any(a < run.end() and run.start() < b for a, b in spans) \
                and _coordinated_name(t, run.start(), run.end()):
            found.append(Hit("person_name", run.start(), run.end(), LATIN_DETECTOR))
        before = _COORD_RUN_BEFORE_RE.search(t, max(0, h.start - 48), h.start)
        if before is not None and _coordination_predicate(t, h.end):
            start, stop = before.start(), _COORD_JOIN_RE.search(t, before.start(), h.start).start()
            while start < stop and not _coordinated_name(t, start, stop):
                nxt = re.compile(r"\S+[ \t]+").match(t, start)
                if nxt is None or nxt.end() >= stop:
                    start = stop
                    break
                start = nxt.end()         # (Today + Si Chon U: a word before the name)
            if start < stop and not any(a < stop and start < b for a, b in spans):
                found.append(Hit("person_name", start, stop, LATIN_DETECTOR))
    return found


# A roster's label and colon, then at least two short items parted by 、, commas, spaces or
# slashes up to the roster's end: every item is a person, whatever word it is (志愿者名单：乔木
# 杜鹃 白云, 转学名单：米粒/米兰/麦穗, 签到表：鲁智，武松).
_ROSTER_RE = re.compile(f"(?:名单|名册|签到表)[ \t]*[:：][ \t]*"
                        f"((?:[{_CJK}]{{2,4}}[、，,/ \t]+)+[{_CJK}]{{2,4}})(?=$|[^{_CJK}、，,/ \t])")
_ROSTER_ITEM_RE = re.compile(f"[{_CJK}]+?(?=等|[^{_CJK}]|$)")     # (李四 + 等5人)
_ROSTER_FIRST = frozenset("名签")
ROSTER_VERB_MIN = 500   # a verb this frequent in an item makes the list a sentence (名单：经审核、符合条件)


def _roster_hits(t: str) -> list[Hit]:
    """The items of a roster (_ROSTER_RE) when every one begins with a surname and none holds a
    frequent verb."""
    out = []
    for m in _ROSTER_RE.finditer(t):
        items = [x for x in _ROSTER_ITEM_RE.finditer(t, m.start(1), m.end(1)) if x.end() > x.start() + 1]
        if len(items) >= 2 and all(
                (t[x.start():x.start() + 2] in COMPOUND_SURNAMES or t[x.start()] in _SINGLE_SET)
                and not any(_lexicon().get(t[k:k + 2], (0, ""))[0] >= ROSTER_VERB_MIN
                            and _lexicon()[t[k:k + 2]][1].startswith("v")
                            for k in range(x.start(), x.end() - 1))
                for x in items):
            # (石 + 某某, 欧阳 + 某: an item anonymised already stays)
            out += [Hit("person_name", x.start(), x.end(), DETECTOR) for x in items
                    if not (_masked_after(t, x.start() + 1) or _masked_after(t, x.start() + 2))]
    return out


# Runs of names in a roster's cell (round 22, helper ro22): duty rosters, grid and section lists,
# sign-up and attendance sheets, inspection teams write their people as items parted by one kind of
# separator (、 ， / a space), often with a time, a phone or a role in brackets beside each, and
# without a cue (〔姓名〕 9:29 宗和 9:20 〔姓名〕, 〔姓名〕，荣成，〔姓名〕，〔姓名〕, 成员：熊和 〔姓名〕). Where
# most items of a run (its labels aside) are names found, the run's other items of name shape are
# names too, whatever word or place they make (荣成, 祁山, 连平 are persons there), and an item a
# name found stops one character short of is the name whole (〔姓名〕和 for 常利和, 〔姓名〕一). A run
# ends at a colon, a semicolon or a sentence's end; items that begin with a digit, a letter or a
# placeholder of another detector (a time, a phone, an amount, a plate) belong to the item before
# and are passed over; a roster's labels (早班, 东门, 周三: name_labels.tsv, _LABEL_DAY_RE) stand in
# the run without counting. Every other item counts against the names: a row of fields (孙雨菲/70/
# 分裂情感性障碍/郑家寨村/…/安坦) is no run of names. A frequent word of the lexicon that is no name
# or place (全员, 安坦), a title, a kin word, a post or goods is never read as a person.
_RUN_SEGMENT_RE = re.compile(r"(?:[^；;。！？!?\n：:]|(?<=[0-9])[:：](?=[0-9])|[:：](?=〔电话〕))+")
#                                   (9:29 and 周天：〔电话〕 are no label's colon)
_RUN_NUMBER_RE = re.compile(f"[0-9]{{1,2}}[.．)）](?=[{_CJK}])")   # (1.潘涛一: the item after its number)
_RUN_ITEM_RE = re.compile(r"[^、，,/／ \t\u3000]+")
_RUN_HEAD_RE = re.compile(f"[{_CJK}]+")
# What may follow an item's name inside the item: a note in brackets (李强（组长）). Not a digit: a
# run's item glued to a figure is a variety or a code (郑单958, 济麦22 in a list of goods), where a roster
# writes a space before a person's figure (王强 500).
_RUN_ITEM_NOTE_OPEN = "（("
RUN_NAMES_MIN = 2        # names found in a run before its other items of name shape are read as names
_RUN_PLACE_TAGS = ("nr", "ns")   # (a word of these tags is as often a person's name in a run)


def _run_item_shape(t: str, a: int, b: int) -> bool:
    """Is ``t[a:b]`` a surname and one or two characters that may end a given name (see above)?"""
    sur = 2 if t[a:a + 2] in COMPOUND_SURNAMES else 1
    if not (1 <= b - a - sur <= 2) or (sur == 1 and (t[a] not in _SINGLE_SET or t[a] in _STOP)):
        return False
    given, w = t[a + sur:b], t[a:b]
    return not any(c in _NOT_GIVEN or (c in _STOP and _given_weight(c, True) == 0) for c in given) \
        and given not in _TITLE_SET and w not in _KIN_WORDS and w not in NAME_LABELS \
        and w not in _JOB_NOUNS and w not in LIFE_WORDS and w not in NATURE_WORDS \
        and t[b - 1] != "族" and t[b - 1] not in _PLACE_ENDS and not _masked_after(t, b) \
        and not _thing_head_end(t, b)     # (相亲角, 秦椒: a thing's head ends it)


def _run_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """The names of a roster's runs (see above) that ``hits`` left or cut short."""
    starts = {h.start: h.end for h in hits} | {m.start(): m.end() for m in re.finditer(PLACEHOLDER, t)}
    out = []
    for seg in _RUN_SEGMENT_RE.finditer(t):
        named, unnamed, others = 0, [], 0     # (others: the items of no name's shape)
        for item in _RUN_ITEM_RE.finditer(t, seg.start(), seg.end()):
            a = item.start()
            if (number := _RUN_NUMBER_RE.match(t, a, item.end())) is not None:
                a = number.end()
            if not _is_cjk(t[a]) and a not in starts:
                continue                  # (9:29, 〔电话〕, 500元, 京A12345: the item before's field)
            head = _RUN_HEAD_RE.match(t, a, item.end())
            if a in starts:
                named += 1
                e = starts[a]
                if head and head.end() == e + 1 and _run_item_shape(t, a, head.end()) \
                        and (head.end() == item.end() or t[head.end()] in _RUN_ITEM_NOTE_OPEN):
                    out.append(Hit("person_name", a, head.end(), DETECTOR))   # (常利 + 和)
                continue
            if head is not None and (t[a:head.end()] in NAME_LABELS or _LABEL_DAY_RE.match(t, a, head.end())):
                continue                  # (早班, 东门, 周三: a roster's label)
            if head is None or (head.end() != item.end() and t[head.end()] not in _RUN_ITEM_NOTE_OPEN) \
                    or (t[item.end():item.end() + 1] in (":", "：") and not t.startswith("〔电话〕", item.end() + 1)) \
                    or not _run_item_shape(t, a, head.end()):
                others += 1               # (成员：, 郑家寨村, 满族: the label of the run after it, a field)
                continue
            count, tag = _lexicon().get(t[a:head.end()], (0, ""))
            if count < LOG_WORD_MIN or tag.startswith(_RUN_PLACE_TAGS):
                unnamed.append((a, head.end()))
            else:
                others += 1               # (全员, 安坦: a word, no item of a person)
        if named >= RUN_NAMES_MIN and named > len(unnamed) + others:
            out += [Hit("person_name", a, b, DETECTOR) for a, b in unnamed]
    return out


# Rolls and records, where the slot says a person stands whatever word the name makes: the items of
# a roll of persons (社员名册：1. 高峰 入股17000元…；2. 秦川 …, 民兵连名单（姓名年龄）：金艳35；…,
# 选民名单公示（第3组）：孔凯、万里、初栓子), each a surname and one to three characters ending at a
# gap, a figure or the item's end; and a field between bars right before a person's ID, phone or
# sex field (购药登记：2024-09-16｜周全｜〔身份证号〕｜…, 疫苗接种：高山｜男｜67岁). A roll of things
# (主营：花生、杨梅) has no label of persons; a field of goods (｜康泰克×2盒｜) stands before none of
# these fields.
_ROLL_LABEL_RE = re.compile(f"(?:名册|名单|花名册|人员)(?:公示)?(?:[（(][^）)]{{0,10}}[）)])?[ \t]*[:：]")
_ROLL_SPLIT_RE = re.compile(r"[；;，,、]|(?:^|(?<=[ \t；;，,、]))(?:[0-9]{1,2}[.．、]|[（(][0-9一二三四五六七八九十]{1,2}[)）])")
_ROLL_ITEM_RE = re.compile(f"[ \t]*(?:[0-9]{{1,2}}[.．、]|[（(][0-9一二三四五六七八九十]{{1,2}}[)）])?[ \t]*"
                           f"([{_CJK}]{{2,4}})(?=[ \t]|[0-9]|$)")
_BAR_FIELD_RE = re.compile(f"(?:^|[｜|])[ \t]*([{_CJK}]{{2,4}})[ \t]*[｜|][ \t]*"
                           f"(?=〔身份证号〕|〔电话〕|[0-9Xx*]{{11,18}}(?![0-9])|[男女][ \t]*[｜|])")


def _roll_person(t: str, a: int, b: int) -> bool:
    """Is ``t[a:b]``, a roll's item or a record's field, a surname and a given name?"""
    sur = 2 if t[a:a + 2] in COMPOUND_SURNAMES else 1
    return 1 <= b - a - sur <= 2 and (sur == 2 or (t[a] in _SINGLE_SET and t[a] not in _STOP)) \
        and not any(c in _STOP or c in _NOT_GIVEN for c in t[a + sur:b]) \
        and t[a + sur:b] not in _TITLE_SET and t[a:b] not in _KIN_WORDS and t[b - 1] != "族"


def _roll_record_hits(t: str) -> list[Hit]:
    """The names in the slots of rolls and records (see above)."""
    out = []
    for m in _ROLL_LABEL_RE.finditer(t):
        stop = min((k for k in (t.find("。", m.end()), t.find("\n", m.end())) if k >= 0), default=len(t))
        k = m.end()
        while k < stop:
            nxt = _ROLL_SPLIT_RE.search(t, k + 1, stop)
            e = nxt.start() if nxt else stop
            item = _ROLL_ITEM_RE.match(t[:e], k + (t[k] in "；;，,、"))
            if item and _roll_person(t, item.start(1), item.end(1)):
                out.append(Hit("person_name", item.start(1), item.end(1), DETECTOR))
            k = e
    if "｜" in t or "|" in t:
        out += [Hit("person_name", f.start(1), f.end(1), DETECTOR) for f in _BAR_FIELD_RE.finditer(t)
                if _roll_person(t, f.start(1), f.end(1)) and not _row_thing_field(t, f.start(1), f.end(1))]
    return out


# Twenty-first round, ta: a row's field that is a thing or a place, not its person. A remark's row of
# fields parted by bars writes the person first and then what the row is about: the course a senior
# college's student takes (陈亚楠|68|党史|〔电话〕|新生), the county a listing's person comes from
# (康朗应|傣族|〔身份证号〕|伊宁|〔电话〕), the material an inspection checked (王庄村|苏诗琪|…|管材|503).
# Such a field stands before a phone as a second person's would; what it holds tells them apart: a
# word of the lists of life and nature (domain_words.tsv kinds life and nature: goods, courses,
# crafts, lottery games, crops) or, after the row's ID field, a county's or a city's name (KNOWN_PLACES). The
# row's first field is never one (金平|男|… and 林芝|〔电话〕 are persons named as a county is).
def _row_thing_field(t: str, a: int, b: int) -> bool:
    """Is ``t[a:b]``, a bar-parted row's field that is not the row's first, a word of the lists of
    life and nature or a place (see above)?"""
    k = a
    while k > 0 and t[k - 1] in " \t":
        k -= 1
    if k == 0 or t[k - 1] not in "|｜":
        return False                      # (the row's first field: its person)
    w = t[a:b]
    return w in LIFE_WORDS or w in NATURE_WORDS or (
        w in KNOWN_PLACES and _ROW_ID_RE.search(t, t.rfind("\n", 0, a) + 1, a) is not None)
    #                                   (a place only after the row's ID field, whose holder the row
    #                                   has named: 王庄村|吉林|〔身份证号〕 and 金福投注站|江华|〔电话〕 are persons)


_ROW_ID_RE = re.compile(r"〔身份证号〕|[0-9Xx*]{15,18}[ \t]*[|｜]")


# A clerk's log line or a ledger's row names its actor in a slot (round 21, helper tl): after the
# line's date stamp (and clock time), as a field between spaces, perhaps after the ledger's act
# (2026-12-10 张旭 开挖, 2026-02-02 赎当 江华 金条 44968元, 2025.6.17 胡椒补种 隗秀芹); and as a
# row's first field between bars, when a code or a figure fills the next one and more fields follow
# (王楠|D区24号|川E SG2ES|…). Whatever word it makes, a surname and one or two characters there are
# a person; a frequent word the lexicon does not know as a name (高温, 全员, 夏天) only before what
# a person does (签到, 补登实名, 领取补贴), and in a row not at all.
_LOG_SLOT_RE = re.compile(r"[ \t]*(?:[0-9]{4}[-./年][0-9]{1,2}[-./月][0-9]{1,2}日?|[0-9]{1,2}月[0-9]{1,2}日)"
                          r"(?:[ \t]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[ \t]+"
                          f"(?:([{_CJK}]{{0,3}}(?:赎当|绝当|续当|补种|租金|付款|收款|退款)[ \t]+))?"
                          f"([{_CJK}]{{2,4}})(?=[ \t\n]|[（(]|$)")
_BAR_ROW_FIRST_RE = re.compile(f"[ \t]*([{_CJK}]{{2,4}})[ \t]*[｜|]"
                               r"(?=[^｜|\n]*[0-9A-Za-z][^｜|\n]*[｜|][^｜|\n]*[｜|])")
_LOG_BRACKET_RE = re.compile(r"[ \t]*(?:[（(][^）)\n]{1,12}[）)])?[ \t]*")


def _log_slot_person(t: str, a: int, b: int, *, act_before: bool, row: bool) -> bool:
    """Is ``t[a:b]``, in a log's or a row's slot (see above), a person's name?"""
    if not _roll_person(t, a, b) or t[a:b] in NAME_LABELS or _masked_after(t, a + 1) \
            or _organisation_or_place(t, a, b):
        return False
    if t[b - 1] in _PLACE_ENDS or t[b - 1] in _GEO_ENDS or _LOG_DWELLING_AFTER_RE.match(t, b):
        return False                      # (马坊|144号|…, 2025年3月9日 白石洲 8栋3单元1701室, 蔡屋围 302房,
        #                                   B座2504: a village and the dwelling in it, no person)
    w = t[a:b]
    count, tag = _lexicon().get(w, (0, ""))
    k = _LOG_BRACKET_RE.match(t, b).end()
    acted = act_before or t.startswith(_LOG_PERSON_ACTS, k)
    if tag.startswith("nr"):
        return True
    if count < LOG_WORD_MIN:              # (a word the lexicon lacks: a person's act after it, a row,
        sur = 2 if w[:2] in COMPOUND_SURNAMES else 1   # or given-name characters say a person)
        return acted or row or (_given_weight(w[-1], True) > 0
                                and (b - a - sur == 1 or _given_weight(w[sur], False) > 0))
    if w in _JOB_NOUNS or w in _BEFORE_CUES or w in _TITLE_SET or w in _KIN_WORDS \
            or tag in _LOG_NOT_PERSON_TAGS:
        return False                      # (2026-03-14 保安 签到, 司机 签到: a post, a body, a verb)
    if act_before:
        return True
    if row:
        return False
    return acted


_LOG_DWELLING_AFTER_RE = re.compile(r"[ \t]*[｜|]?[ \t]*(?:[0-9]+(?:栋|幢|号楼|单元|房|室|号(?:[ \t]*[｜|]|$)|-[0-9])"
                                    r"|[A-Za-z]座)")
_LOG_PERSON_ACTS = _CLERK_LOG_ACTS + ("领取", "投诉", "反映", "由家属", "由其")   # (after a slot's name)
LOG_WORD_MIN = 5         # a word the lexicon counts this often (路政 16) is read as a word in a log's slot
_LOG_NOT_PERSON_TAGS = frozenset({"j", "nt", "nz", "v", "vn", "vd", "d", "p", "c", "m", "q", "f", "s"})


def _log_slot_hits(t: str) -> list[Hit]:
    """The names in the slots of a clerk's log lines and a ledger's rows (see above)."""
    out = []
    bars = "|" in t or "｜" in t
    starts = [0] + [k + 1 for k, c in enumerate(t) if c == "\n"] if "\n" in t else [0]
    for k in starts:                      # (a line's start only: the slots begin a line)
        first = t[k:k + 3].lstrip(" \t")[:1]
        if first.isdigit() and (m := _LOG_SLOT_RE.match(t, k)) \
                and _log_slot_person(t, m.start(2), m.end(2), act_before=m.group(1) is not None, row=False):
            out.append(Hit("person_name", m.start(2), m.end(2), DETECTOR))
        elif bars and _is_cjk(first or " ") and (m := _BAR_ROW_FIRST_RE.match(t, k)) \
                and _log_slot_person(t, m.start(1), m.end(1), act_before=False, row=True):
            out.append(Hit("person_name", m.start(1), m.end(1), DETECTOR))
    return out


# A dated or timed log entry whose actor runs straight into what the entry records (round 26, sl26):
# the stamp, perhaps a colon, then the person with no space before the act or the goods (11:25周芳到站,
# 2025.9.22：陈嘉怡白条猪出场14片, 5月18号：吴娥网店上架黄桃罐头, 2026年10月6号赫连生军补签), perhaps
# after a role (17:10商户东方解放离开, 主播 吴淑珍石磨面粉). _LOG_SLOT_RE wants a space after the name;
# here the name ends where the rest opens with a word of the lexicon (周芳 + 到站, 陈嘉怡 + 白条猪, not
# 陈嘉 + 怡白), the longer word deciding between two readings (焦信 + 蓝印花布, not 焦信蓝 + 印花布).
# The slot is the log's: what stands in it is read as _log_slot_person reads a spaced slot (a word
# of the lexicon there, 白菜 + 价格, 上午, is no person unless the role before it says so).
_GLUED_STAMP_RE = re.compile(r"(?:^|(?<=[\n。；;，,、 \t\u3000]))[\[【]?"
                             r"(?:(?:[0-9]{4}[-./年][0-9]{1,2}[-./月][0-9]{1,2}[日号]?|[0-9]{1,2}月[0-9]{1,2}[日号]"
                             r"|[0-9]{1,2}/[0-9]{1,2}(?![0-9/]))"
                             r"(?:[ \t]*[0-9]{1,2}:[0-9]{2})?|[0-9]{1,2}:[0-9]{2})[\]】]?"
                             f"[ \\t]*[：:，,]?[ \\t]*(?=[{_CJK}])")
# Who a log's entry names by role before the name: the cues and jobs above, and the parties of a
# market's and a web shop's log (商户, 主播, 卖家).
_GLUED_ROLES = frozenset(_BEFORE_CUES + _WORK_CUES + _PRIVATE_WORK_CUES + _JOB_NOUNS + SERVICE_PARTY_ROLES
                         + ("商户", "主播", "卖家", "买家", "店家"))
_GLUED_ROLE_GAP_RE = re.compile(r"[ \t\u3000：:]*")
_GLUED_SLOT_ENDS = frozenset("：:，,。；;、 \t\n")
GLUED_REST_MIN = 1      # how frequent the word opening the rest must be (网店 3, 白条猪 3)
GLUED_CROSS_MIN = 100   # ... and a word across the split that takes the given name's last character


def _glued_rest_word(t: str, b: int) -> int:
    """How surely ``t[b:]`` opens a new word: the length of the longest word of the lexicon (any
    frequency: 白条猪, 网店, 蓝印花布) or a log's act opening it, 1 for a character that ends names
    (到, 领, 交: 韦友谊 + 到站), else 0."""
    if b == len(t) or t[b] in _GLUED_SLOT_ENDS:
        return 2                          # ([2026-04-21] 摊主南宫金凤: 包装秤…: the slot ends at the name)
    if t.startswith(_LOG_PERSON_ACTS, b):
        return max(len(a) for a in _LOG_PERSON_ACTS if t.startswith(a, b))
    for n in range(min(6, len(t) - b), 1, -1):
        if _freq(t[b:b + n]) >= GLUED_REST_MIN:
            return n
    return 1 if t[b] in _STOP else 0


def _word_runs_past(t: str, a: int, b: int) -> bool:
    """Does a frequent word of the lexicon begin at ``a`` and run past ``b`` (保安 + 公司, 东方 + 明珠)?"""
    return any(_freq(t[a:k]) >= LEXICON_WORD_MIN for k in range(b + 1, min(len(t), a + 6) + 1))


def _glued_role_end(t: str, p: int) -> int:
    """Where a role noun that opens ``t[p:]`` ends (商户, 主播, 收件人, 交售人), or ``p``."""
    for q in range(min(len(t), p + 5), p + 1, -1):
        if t[p:q] in _GLUED_ROLES or _formed_role_before(t, q) == q and q - p >= 3:
            end = _GLUED_ROLE_GAP_RE.match(t, q).end()
            if end == q and _word_runs_past(t, p, q):
                return p                  # (3月5日 + 保安公司, 居民区, 木工房: the role begins a longer
                #                           word with what follows, so no role and no name after it)
            return end
    return p


def _glued_slot_person(t: str, a: int, b: int, *, role: bool) -> bool:
    """Is ``t[a:b]``, right after a log entry's stamp (and a role) with the rest running on from it,
    a person's name? As _log_slot_person reads a spaced slot, except that goods or a shop's trade
    running on (石磨面粉2袋, 网店上架) make no firm of the name: only a firm's or a shop's own word
    opening the rest does (王芳 + 超市开业); a compound surname needs no given-name weights (赫连生军)."""
    w = t[a:b]
    if w in NAME_LABELS or _masked_after(t, a + 1) or _organisation_or_place(t[:b], a, b) or _org_at(t, b) \
            or t[b - 1] in _PLACE_ENDS or t[b - 1] in _GEO_ENDS \
            or (b < len(t) and (t[b] in _PLACE_ENDS or t[b] in _GEO_ENDS)) or _LOG_DWELLING_AFTER_RE.match(t, b):
        return False                      # (12月12日 10:19 + 张江 + 路口, 2026/8/21 + 柯子 + 岭 9栋: a place's
        #                                   last character right after; 马连洼 29栋1单元: a dwelling after it)
    if w in KNOWN_PLACES and t.startswith("的", b):
        return False                      # (2023年6月8日，+ 彭水 + 的李来福: a county's people)
    if _brand_at(t, a) >= b or _word_runs_past(t, a, b):
        return False                      # (9:00 + 金龙鱼食用油, 东方明珠: a brand, a longer word over the
        #                                   split; not a figure's name that a given name runs on from, 张仪 + 勤)
    if _freq(t[b - 1:b + 1]) >= GLUED_CROSS_MIN:
        return False                      # (1月3日 + 高致 + 病性禽流感: the given name's last character
        #                                   begins a common word with the rest; not 陈翠霞 + 石磨 for 霞石)
    sur = 2 if w[:2] in COMPOUND_SURNAMES else 1
    if address_title_at(t, a + sur) or t[a + sur] in KIN_TITLES:
        return False                      # (10:20 + 刘 + 嫂子称: a surname and a title of address or
        #                                   kinship is no name, as everywhere else)
    if b - a - sur == 2 and sur == 1 and _is_word(w[:2]) \
            and (not _lexicon()[w[:2]][1].startswith("nr") or w[:2] in KNOWN_PLACES):
        return False                      # (2021.10.6，+ 唐河冰 + 面有人落水: a word, a county's name the
        #                                   lexicon tags as a name too, and a character: no name)
    count, tag = _lexicon().get(w, (0, ""))
    if tag.startswith("nr") and count < LOG_WORD_MIN:
        return True
    if count >= LOG_WORD_MIN or _known_non_name(w):   # (白菜 + 价格, 上午, 高致, 胡杨 + 成活率: a word;
        #                                   after a role, a name)
        return role and w not in _JOB_NOUNS and w not in _BEFORE_CUES and w not in _TITLE_SET \
            and w not in _KIN_WORDS and tag not in _LOG_NOT_PERSON_TAGS
    return role or sur == 2 or (_given_weight(w[-1], True) > 0 and (
        b - a - sur == 1 or max(_given_weight(w[sur], False), _given_weight(w[sur], True)) > 0))


def _glued_log_hits(t: str) -> list[Hit]:
    """The actors named straight after a log entry's stamp (see above)."""
    out = []
    for m in _GLUED_STAMP_RE.finditer(t):
        p = m.end()
        q = _glued_role_end(t, p)
        if q == p and q < len(t) and t[q] in _SINGLE_SET and _role_word_at(t, q):
            continue                      # (苗农 + 吴杰送…: a role a surname begins; the name after it
            #                               is the surname rules')
        if q >= len(t) or not _is_cjk(t[q]):
            continue
        sur = 2 if t[q:q + 2] in COMPOUND_SURNAMES else 1
        splits = [(b, _glued_rest_word(t, b)) for b in (q + sur + 1, q + sur + 2)
                  if b <= len(t) and all(_is_cjk(c) for c in t[q:b]) and _roll_person(t, q, b)]
        if len(splits) == 2 and splits[0][1] == splits[1][1]:
            # (the same evidence either way, 陈翠 + 霞石 or 陈翠霞 + 石磨: the given pair decides)
            b = q + sur
            best = splits[1] if max(_given_weight(t[b], False), _given_weight(t[b], True)) >= 1 \
                and _given_weight(t[b + 1], True) >= 1 \
                and not _is_word(t[b:b + 2]) else splits[0]
        else:
            best = max(splits, key=lambda s: s[1], default=None)
        if best is not None and _glued_slot_person(t, q, best[0], role=q > p):
            out.append(Hit("person_name", q, best[0], DETECTOR))
    return out



# A numbered roll, one person a line, each line closed by the person's village or unit in brackets
# (round 26, sl26): 一、站长助理：〔姓名〕（冯庄村）⏎二、马利成（贾集镇）⏎三、钟友谊（毛家堡）. Where
# another line of the same roll holds a person found, a line's item of a name's shape is one too, read
# as a log's glued slot reads it (a word of the lexicon there, 白菜（王庄村）, is no person).
_NUMBERED_ROLL_LINE_RE = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、．])[ \t]*"
                                    f"(?:[{_CJK}]{{1,6}}?[：:][ \\t]*)?([{_CJK}]{{2,4}})"
                                    r"[（(][^（）()\n]{1,12}[）)][ \t]*$", re.M)


def _numbered_roll_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """The persons of a numbered roll's lines beside a line whose person was found (see above)."""
    lines = list(_NUMBERED_ROLL_LINE_RE.finditer(t))
    if len(lines) < 2:
        return []
    found = [m for m in lines if any(h.start < m.end(1) and m.start(1) < h.end for h in hits)]
    if not found:
        return []
    return [Hit("person_name", m.start(1), m.end(1), DETECTOR) for m in lines
            if m not in found and _roll_person(t, m.start(1), m.end(1))
            and _glued_slot_person(t, m.start(1), m.end(1), role=False)]

# The rows of a notice's list of private persons (round 29, pn29): after the words that announce the
# list (现将…名单予以公示：, 名单公示如下：) up to the sentence that closes it, a row is one person's: the
# person, then the row's cells (the item, the trade) and an amount last (1.袁绍坤 竹制品 8400元, 明显凤
# 眼镜店 3400元, 干永久 竹制品 4900元). Rows part at a line's or a semicolon's end, after an amount and
# before a row's number. Where another row of the list of the same cells begins with a person found,
# a row's first cell of a name's shape (_roll_person) is a person too, whatever word or figure its
# characters make (明显, 永久, 袁绍): the slot, not the word, decides. A row that opens with a label
# (户主：, 其女：) or with a village is the cue rules'; a row's other cells (雷竹, 印刷品) are never read.
_NOTICE_LIST_OPEN_RE = re.compile("(?:名单|名册|人员|对象|情况)[^。！？\n：:]{0,8}?(?:公示|公布|公告)(?:如下)?[ \t]*[:：]"
                                  "|(?:公示|公布)如下[ \t]*[:：]")
_NOTICE_ROW_SPLIT_RE = re.compile("[\n；;]|(?<=[0-9]元)[ \t\u3000]+|(?<=[0-9]\\.[0-9]{2})[ \t\u3000]+"
                                  "|[ \t\u3000]+(?=(?:[0-9]{1,2}[.．、]|[（(][0-9]{1,2}[)）])[ \t\u3000]*[^0-9 \t\u3000])")
_NOTICE_ROW_RE = re.compile("[ \t\u3000]*(?:[0-9]{1,2}[.．、]|[（(][0-9]{1,2}[)）])?[ \t\u3000]*"
                            f"(〔姓名〕|[{_CJK}]{{2,4}}|[{_CJK}][ \u3000]{{1,2}}[{_CJK}](?![{_CJK}]))"
                            f"(?:[ \t\u3000]+|[ \t\u3000]*[，,][ \t\u3000]*)"
                            f"((?:[{_CJK}A-Za-z]{{1,12}}(?:[ \t\u3000]+|[ \t\u3000]*[，,][ \t\u3000]*)){{1,3}})"
                            "(?:人民币|[￥¥])?[0-9][0-9,，]*(?:\\.[0-9]+)?[ \t\u3000]*元?[ \t\u3000]*$")
NOTICE_LIST_SPAN = 600    # characters after the announcement that a list's rows are read in


def _notice_row_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """The persons of a notice's list rows beside a row whose person was found (see above)."""
    out: list[Hit] = []
    for opening in _NOTICE_LIST_OPEN_RE.finditer(t):
        stop = t.find("。", opening.end(), opening.end() + NOTICE_LIST_SPAN)
        stop = stop if stop >= 0 else min(len(t), opening.end() + NOTICE_LIST_SPAN)
        rows = []                         # (start of the person's cell, its end, the row's cells)
        k = opening.end()
        for cut in list(_NOTICE_ROW_SPLIT_RE.finditer(t, k, stop)) + [None]:
            e = cut.start() if cut else stop
            m = _NOTICE_ROW_RE.fullmatch(t, k, e)
            if m:
                cells = len(re.findall(f"[{_CJK}A-Za-z]+", m.group(2)))
                rows.append((m.start(1), m.end(1), cells))
            k = cut.end() if cut else stop
        found = {cells for a, b, cells in rows
                 if t.startswith("〔姓名〕", a) or any(h.start == a and h.end == b for h in hits)}
        for a, b, cells in rows:
            if cells not in found or t.startswith("〔姓名〕", a) or any(h.start < b and a < h.end for h in hits):
                continue
            w = t[a:b].replace(" ", "").replace("\u3000", "")
            if len(w) != b - a and len(w) != 2:
                continue
            if w in LIFE_WORDS or _is_word(w) or any(w.startswith(n) for n in _NATURE_FIRST.get(w[0], ())) \
                    or _division_at(t, a) or _brand_at(t, a) or _org_follows(t, b) or not _roll_person(w, 0, len(w)):
                continue                  # (a row that opens with a place, a brand, a firm or a thing:
                #                           黄山, 毛竹林 + 流转 500元)
            out.append(Hit("person_name", a, b, DETECTOR))
    return out


# A person named by the trade a household runs (round 21, lead): a clerk writes the holder of a
# business household straight before the goods and the household's word, with nothing between
# (谢霞富士苹果经营户, 张伟生猪养殖户, 王建国白菜种植户). 经营户 and 种植户 are households, persons, not
# shops: the name is the person's wherever the goods' word ends. Where the name ends is where the rest
# reads as the lexicon's words: the split with the fewest one-character pieces (王建国 + 白菜, not 王建
# + 国白菜; 谢霞 + 富士苹果, not 谢霞富 + 士苹果; at most one character standing alone, 水产 + 品); on
# a tie, the longer name, so that the person goes whichever split is right. A run that begins with a
# word of the lexicon (黄山茶叶, 金华火腿: a place's produce; 高山蔬菜, 全县生猪, 李子, 何首乌) holds no
# person, unless a given-name character follows a two-character word and whole words follow it
# (黄海燕 + 蔬菜).
_TRADE_HOUSEHOLDS = ("经营户", "种植户", "养殖户", "专业户", "承包户", "销售户", "加工户", "贩运户",
                     "收购户", "零售户", "批发户", "个体户", "运输户", "捕捞户")
_TRADE_HOUSEHOLD_WORD_RE = re.compile("|".join(_TRADE_HOUSEHOLDS))   # (the cheap test first: 低保户 is none)
_TRADE_HOUSEHOLD_RE = re.compile(f"(?:^|(?<=[，,。；;：:、 \t\n|｜（(]))([{_CJK}]{{2,16}}?)"
                                 f"(?:{'|'.join(_TRADE_HOUSEHOLDS)})")


_ADDRESS_STEPS = frozenset("省市县区乡镇村组屯寨街路巷")   # (in the rest, an address: 花园村 + 橡胶)


def _lexicon_pieces(w: str) -> tuple[int, int] | None:
    """The fewest one-character pieces, then pieces, that ``w`` splits into as the lexicon's words
    and single characters (None: the empty string's (0, 0) aside, never)."""
    lex = _lexicon()
    best: list[tuple[int, int] | None] = [None] * (len(w) + 1)
    best[0] = (0, 0)
    for j in range(1, len(w) + 1):
        for i in range(max(0, j - 8), j):
            if best[i] is None or (j - i > 1 and w[i:j] not in lex):
                continue                  # (a character alone is a piece too, at a cost: 水产 + 品)
            cand = (best[i][0] + (j - i == 1), best[i][1] + 1)
            if best[j] is None or cand < best[j]:
                best[j] = cand
    return best[len(w)]


def _trade_household_hits(t: str) -> list[Hit]:
    """The holders named before their trade and household word (see above)."""
    out = []
    for m in _TRADE_HOUSEHOLD_RE.finditer(t):
        a, run = m.start(1), m.group(1)
        sur = 2 if run[:2] in COMPOUND_SURNAMES else 1
        if any(_is_word(run[:k]) for k in range(sur + 2, min(4, len(run)) + 1)) \
                or any(run[:k] in KNOWN_PLACES for k in range(2, min(4, len(run)) + 1)):
            continue                      # (何首乌, 金银花: a word of three or four begins the run; 孟连
            #                               橡胶: a place does, its produce follows)
        two_word = sur == 1 and _is_word(run[:2])
        splits = []
        for n in (sur + 1, sur + 2):
            if n > len(run) or not _roll_person(t, a, a + n) \
                    or (two_word and (n == 2 or _given_weight(run[2], True) == 0)) \
                    or run[n - 1] in _PLACE_ENDS or any(c in _ADDRESS_STEPS for c in run[n:]):
                continue                  # (高山 + 蔬菜, 李子, 牛羊: a word of two, unless a given-name
                #                           character follows it and the rest is whole words: 黄海燕 + 蔬菜;
                #                           a place, or a place's word in the rest: 孟连县花园村 + 橡胶)
            pieces = _lexicon_pieces(run[n:]) if n < len(run) else (0, 0)
            if pieces is not None and pieces[0] <= (0 if two_word else 1):
                splits.append((pieces, -n))
        if splits:
            n = -min(splits)[1]
            out.append(Hit("person_name", a, a + n, DETECTOR))
    return out


# Name boundaries. A label that a roster or a log writes right before a name (周三 + 瞿建国, 早班 +
# 高洁, 押车 + 杨德兵, 雇主 + 任静: name_labels.tsv, and the days and dates of _LABEL_DAY_RE) ends in a
# character that the rules read as a surname (周, 班, 车), as a numeral before a measure word (一 +
# 张) or as the first half of a word with the name's surname (主 + 任): the name is then cut (周三瞿 +
# 建国) or dropped whole. Where such a label stands right before a surname, the text is read again
# with the label blanked (as commas: the name then opens a phrase), and a name found right after
# the label replaces what the first reading found over the label and the name; a hit that begins
# inside the label (at its last character) begins after it.
_LABEL_DAY_RE = re.compile("(?:(?:周|星期|礼拜)[一二三四五六七日天]|(?:[正腊冬]月|农历)?(?:初|廿|二十|三十)[一二三四五六七八九十]"
                           "|(?:[正腊冬]月|农历)十[一二三四五六七八九]?"
                           "|[0-9]{1,2}[日号]|[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日号]"
                           "|[0-9一二三四五六七八九十]{1,2}(?:号岗|[组岗]))$")
_LABEL_DAY_LAST = "一二三四五六七八九十日天号组岗"
_LABELS_BY_LAST = _by_first(w[::-1] for w in sorted(NAME_LABELS, key=len, reverse=True))
_LABEL_LAST_RE = re.compile(f"[{re.escape(''.join(sorted(set(_LABEL_DAY_LAST) | set(_LABELS_BY_LAST))))}]"
                            f"(?=[{_SINGLE}])")
LABEL_DAY_MAX = 8        # the longest day or date label read (正月二十三, 12月31日)
LABEL_WINDOW = 24        # characters on either side of a label read again


def _label_spans(t: str) -> list[tuple[int, int]]:
    """(start, end) of the labels right before a surname character in ``t``."""
    spans = []
    for m in _LABEL_LAST_RE.finditer(t):
        k = m.end()
        word = next((w[::-1] for w in _LABELS_BY_LAST.get(t[k - 1], ()) if t.endswith(w[::-1], 0, k)), None)
        if word in COMPOUND_SURNAMES:
            continue                      # (西门 + 国勇: a gate of a roster is a surname too)
        if word:
            spans.append((k - len(word), k))
        elif t[k - 1] in _LABEL_DAY_LAST:
            day = _LABEL_DAY_RE.search(t, max(0, k - LABEL_DAY_MAX), k)
            if day:
                spans.append((day.start(), k))
    return spans


def _after_labels(t: str, hits: list[Hit], spans: list[tuple[int, int]], public_names: bool,
                  tagger: bool) -> list[Hit]:
    """``hits`` with the names right after a label (``spans``) read whole (see above)."""
    blanked = list(t)
    for a, b in spans:
        blanked[a:b] = "，" * (b - a)
    blanked = "".join(blanked)
    found = []
    for a, b in spans:
        if any(h.start == b for h in hits) or not (t[b] in _SINGLE_SET or t[b:b + 2] in COMPOUND_SURNAMES):
            continue                      # (read right already; no name's surname after the label)
        w = max(0, a - LABEL_WINDOW)      # (the label's neighbourhood is read again, not the text)
        found += [Hit(h.kind, h.start + w, h.end + w, h.detector)
                  for h in _chinese_hits(blanked[w:b + LABEL_WINDOW], public_names, tagger) if h.start + w == b]
    for h in found:
        a = next(a for a, b in spans if b == h.start)
        over = [o for o in hits if o.start >= a and o.start < h.end and o.end > a]
        if any(o.start == h.start and o.end >= h.end for o in over):
            continue                      # (the first reading has the name already, or more)
        if not over and _freq(t[h.start:h.end]) >= NAME_WORD_MAX \
                and not _lexicon()[t[h.start:h.end]][1].startswith("nr"):
            continue                      # 11月03日 + 申报: a frequent word that the first reading left
        end = max([h.end] + [o.end for o in over if o.start >= h.start])
        hits = [o for o in hits if o not in over] + [Hit(h.kind, h.start, end, h.detector)]
    out = []
    for o in hits:
        b = next((b for a, b in spans if a < o.start < b), None)
        if b is None:
            out.append(o)
        elif o.end - b >= 2:
            out.append(Hit(o.kind, b, o.end, o.detector))   # 新生 + 万里入学: the name begins after
    return out                            # the label, not at its last character (生万里)


# A name whose given name ends in 家 (王忠家, 高博家, 杨兵家): the rules end a name before 家, as 张伟家
# is most often 张伟's home or household (王芳家因病致贫). After a word that names one person (其父,
# 考生, 献血者, 倾倒人; a list of names: 队员王跃进、杨兵家), where 家 begins no word of the home (家中,
# 家属, 家人, 家门口) and no count of the household follows (家（3人）), the surname and one given
# character are a name of three whose last character is 家 (其父高博家在场外等候, 献血者王忠家与患者);
# read so, the name is whole, and where 家 was the home only 家 is lost. The same when the last
# given character and 家 make a word (阎志国 + 家中: 国家): the home word after it ends the name.
_HOME_WORDS = ("家中", "家里", "家门", "家属", "家人", "家庭", "家住", "家院", "家长", "家务", "家境", "家族",
               "家电", "家具", "家乡", "家园", "家用", "家禽", "家畜", "家产", "家底", "家风", "家教", "家访",
               "家暴", "家事", "家宅", "家谱", "家业", "家父", "家母", "家兄", "家眷", "家小", "家政")
_HOUSEHOLD_COUNT_RE = re.compile("家[（(]?[0-9一二三四五六七八九十两几]+[人口户个位名]")


def name_ends_in_jia(t: str, k: int) -> bool:
    """Is 家 at ``k``, after a surname and one given character, the name's last character (高博家 +
    在场外等候) rather than the home (张伟 + 家中)? (The cue detectors ask it too.)"""
    return t[k] == "家" and not t.startswith(_HOME_WORDS, k) and not _HOUSEHOLD_COUNT_RE.match(t, k) \
        and not _org_at(t, k)


def _household_ends(t: str, hits: list[Hit]) -> list[Hit]:
    out = []
    for h in hits:
        e = h.end
        if h.detector == DETECTOR and e < len(t) and _is_cjk(t[e]):
            given = h.end - h.start - (2 if t[h.start:h.start + 2] in COMPOUND_SURNAMES else 1)
            if given == 1 and name_ends_in_jia(t, e) \
                    and (_cue_before(t, h.start) or _role_noun_before(t, h.start)
                         or (h.start > 1 and t[h.start - 1] == "人" and _is_cjk(t[h.start - 2]))
                         or (h.start > 0 and t[h.start - 1] in "、，,和与及"
                             and any(o.end == h.start - 1 for o in hits))):
                h = Hit(h.kind, h.start, e + 1, h.detector)      # 其父高博家 + 在场外等候
            elif given == 1 and t[e + 1:e + 2] == "家" and t.startswith(_HOME_WORDS, e + 1) \
                    and _is_word(t[e:e + 2]) and GIVEN_LAST.get(t[e], 0) >= 1:
                h = Hit(h.kind, h.start, e + 1, h.detector)      # 阎志国 + 家中
        out.append(h)
    return out


# --- what a form's label declares its value to be (FIELD_LABELS: name_labels.tsv's second part) -------
# Clerks write labelled fields (权利人：但秋月；林地位置：何家坳；树种：马尾松) and small tables inside one
# cell (序号|姓名|村组|金额 / 3|常青|王家屯村|188.56). The label, or the table's header, says what the
# value IS, and that outweighs how the value reads: after a place, a firm or a thing (住址, 坐落, 单位,
# 品种) the value is no name (住址：和田, 林地位置：杜鹃林, 家住石林) unless it is plainly a person's home
# (住址：王建国家); after a person's label (户主, 权利人, 收件人) a value of two or three characters that
# begins with a surname is a name even when it is an ordinary word (权利人：常青, 户主：高峰), unless it
# is masked (张某, 李**), a placeholder or a word no person bears (本人, 同上, 不详). A table's header
# decides the kind of its columns only in the rows below it with as many cells; no row is read by
# its position alone.
# (a label's last character -> the lengths of the labels ending in it, longest first: a colon after
# any other character is passed over at once)
_FIELD_LENGTHS_BY_LAST: dict[str, list[int]] = {}
for _w in FIELD_LABELS:
    _FIELD_LENGTHS_BY_LAST.setdefault(_w[-1], []).append(len(_w))
_FIELD_LENGTHS_BY_LAST = {c: sorted(set(ns), reverse=True) for c, ns in _FIELD_LENGTHS_BY_LAST.items()}
_FIELD_COLON = ":："
_FIELD_MARK_RE = re.compile("[:：】]")
_FIELD_VALUE_END = frozenset("，,。；;、 \t）)（(|/\n【[】]")
_FIELD_DWELLING_RE = re.compile("|".join(sorted((w for w, k in FIELD_LABELS.items() if k == "dwelling"),
                                                key=len, reverse=True)))
# Values no person bears that a person's field holds (户主：本人, 联系人：同上, 车主：单位).
_FIELD_NOT_NAME = frozenset("""本人 同上 同前 同左 不详 暂无 待定 待查 未知 未填 空缺 见附件 见上 见下 集体 公家
村集体 村委 村委会 居委会 单位 公司 其他 其它 代领 代办 自己 自家 家人 家属 亲属 全家 全户 无人 多人 他人 某人 任意
本户 原户 新户 全体 众人 公用 共用 前台 门卫 物业 保安 司机 厨师 老师 医生 护士 干部 村干部 党员 群众 邻居 亲戚 朋友
同学 同事 员工 职工 工人 农民 居民 村民 学生 儿童 老人 男性 女性 男孩 女孩 小孩 孩子 婴儿 成人 未成年 高龄 单身 无业
同户 同住 周末 全年 常年 长期 短期 临时 暂住 户主 配偶 子女 父母 兄弟 姐妹 本村 外村 本组 外地 本地 当地 境外 国外""".split())
_FIELD_PERSON_HOME = frozenset("家宅")
# A row's cell right before a cell that holds only a phone (洪家大院|鲜艳|〔电话〕|37间): the phone's holder.
_CELL_BEFORE_PHONE_RE = re.compile("(?:^|(?<=[|\t\n]))[ ]*([^|\t\n 〔]{2,4})[ ]*[|\t][ ]*〔电话〕[ ]*(?=[|\t\n]|$)")
_FIELD_PLACE_AFTER_HOME = frozenset("园湾村坝沟坪岭庄寨屯营堡店铺桥塘冲坳嘴河山湖垭坡滩港")


def _field_label_before(t: str, k: int) -> str:
    """The kind of the form's label that ends at ``k`` (the longest one: 现住址, 户主姓名), or ''.
    The label must begin its field (after a mark, a space or the start), not end a longer word."""
    lengths = _FIELD_LENGTHS_BY_LAST.get(t[k - 1].lower()) if k > 0 else None
    for n in lengths or ():
        if n > k:
            continue
        kind = FIELD_LABELS.get(t[k - n:k]) or (t[k - 1].isascii() and FIELD_LABELS.get(t[k - n:k].lower()))
        if not kind or k - n == 0:
            if kind:
                return kind
            continue
        before = t[k - n - 1]
        if t[k - 1].isascii():            # (Address: He Tian; not "a remark from the village: …")
            if before in ";|,\t\n(" or (before == " " and t[k - n].isupper()):
                return kind
        elif not (_is_cjk(before) or before.isalpha()) or before in "的及和与":
            return kind
    return ""


def _field_value_end(t: str, v: int) -> int:
    e = v
    while e < len(t) and t[e] not in _FIELD_VALUE_END and t[e] not in _FIELD_COLON:
        e += 1
    return e


def _field_name_value(t: str, v: int, e: int) -> bool:
    """Is ``t[v:e]``, the whole value of a person's field, a name by its form: two or three Chinese
    characters after a surname (four after a compound one), not masked, no word a person's field
    holds for no one (本人, 同上, 单位), no grade (高三) and no group (杨家村)?"""
    w = t[v:e]
    if 4 <= len(w) <= 12 and all(c in TRANSLIT_CHARS for c in w) and not _is_word(w) \
            and w not in KNOWN_PLACES:
        return True                       # (同行：赛力克加依达尔: a Kazakh name and the father's, no dot)
    compound = w[:2] in COMPOUND_SURNAMES
    if not (2 <= len(w) <= (4 if compound else 3)) or not all(_is_cjk(c) for c in w):
        return False
    if not compound and w[0] not in SURNAME_TABLE:
        return False
    if w in _FIELD_NOT_NAME or w in FIELD_LABELS or w in NAME_LABELS or any(c in w for c in _MASKS) \
            or _masked_after(t, e) or w.startswith(_KIN_WORDS) or w[1] in "一二三四五六七八九十某家" \
            or w.endswith(_ROLE_ENDINGS) or w[-1] in "村组队社厂站店局所院校司部会委户室" \
            or w[1:] in ADDRESS_TITLES or w[-1] in SHORT_TITLES or w[-1] in KIN_TITLES \
            or (len(w) == 2 and w[0] in "老小阿") or t.find(w, max(0, v - 8), v) >= 0:
        return False                      # (联系人：牛专干, 王工, 老王: how one addresses a person;
    return True                           # 申请人：申请, the label's own word)


def _field_values(t: str, hits: list[Hit], public_names: bool) -> list[Hit]:
    """``hits`` read again where a form's label or a table's header declares a value's kind (see
    above): no name at the start of a place's, a firm's or a thing's value; a name for a person's."""
    values: list[tuple[int, int, str]] = []      # (start, end, kind) of each value a label declares
    for m in _FIELD_DWELLING_RE.finditer(t):
        v = m.end() + (t[m.end():m.end() + 1] == " ")
        values.append((v, _field_value_end(t, v), "dwelling"))
    for mark in _FIELD_MARK_RE.finditer(t):
        k, c = mark.start(), mark.group()
        label_end = k
        while label_end > 0 and t[label_end - 1] in " \t":
            label_end -= 1
        kind = _field_label_before(t, label_end)
        if c == "】" and kind and "【" not in t[max(0, k - 8):k]:
            kind = ""                     # (a 】 closes a bracketed label only: 【户主】常青)
        if kind:
            v = k + 1
            while v < len(t) and t[v] in " \t":
                v += 1
            values.append((v, _field_value_end(t, v), kind))
    if "\n" in t:
        values += _table_values(t)
    if "〔电话〕" in t and ("|" in t or "\t" in t):
        values += [(m.start(1), m.end(1), "thing" if _row_thing_field(t, m.start(1), m.end(1)) else "person")
                   for m in _CELL_BEFORE_PHONE_RE.finditer(t)]   # (…|伊宁|〔电话〕: _row_thing_field)
    if not values:
        return hits
    values = [(v, e, _trader_value_kind(t, v, e) if kind == "trader" else kind) for v, e, kind in values]
    out = []
    for h in hits:
        declared = next((kind for v, e, kind in values
                         if v == h.start or (v - 1 == h.start and kind == "dwelling" and h.end > v)), "")
        #                                   (原籍 + 五华: a value read from the label's last character on)
        if declared in ("place", "dwelling", "org", "thing") and not (
                h.end < len(t) and t[h.end] in _FIELD_PERSON_HOME
                and t[h.end + 1:h.end + 2] not in _FIELD_PLACE_AFTER_HOME) and not (
                h.end < len(t) and _is_cjk(t[h.end]) and _person_after(t, h.end)):
            continue                      # 住址：和田, 林地位置：何家坳, 家住石林, 树种：马尾松 (not 王建国家,
            #                               事发地点：李明家门口; 石林 + 家园 is a place again; not a
            #                               person's act after it, 病名：邵春兰 + 患帕金森病)
        out.append(h)
    if public_names:
        return out
    for v, e, kind in values:
        if kind != "person" or not _field_name_value(t, v, e):
            continue
        if any(h.start == v and h.end >= e for h in out):
            continue
        out = [h for h in out if not (v <= h.start < e)] + [Hit("person_name", v, e, DETECTOR)]
        #                                   权利人：但秋月, 户主：常青, | 常青 | under 姓名
    return out


def _trader_value_kind(t: str, v: int, e: int) -> str:
    """A trader's field (收购商, 经销商: field_trader) holds a firm or a person alike: a value of a
    name's form that no brand begins is the person who trades (收购商：李永芳), any other a firm's name
    (收购商：华丰果业, 经销商：金龙鱼). A short value the person's field would not take (收购商：尹根生: 生
    ends roles too), a minority's name, its parts joined by a dot or its people in brackets after it,
    is read as found (收购商：叶尔兰•马合沙提, 收购商：苏和图门(蒙古族)); a firm's name is longer."""
    brand = any(t.startswith(b, v) for b in _BRANDS_FIRST.get(t[v], ()))
    if _field_name_value(t, v, e) and not brand:
        return "person"
    if brand or any(_org_at(t, k) for k in range(v + 1, e)):
        return "org"
    return "" if e - v <= 3 or any(c in NAME_DOTS for c in t[v:e]) or _TRADER_PEOPLE_RE.match(t, e) else "org"


_TRADER_PEOPLE_RE = re.compile(r"[（(][^（）()]{1,5}族[）)]")


def _table_values(t: str) -> list[tuple[int, int, str]]:
    """The cells of a small table inside a cell whose header row names their column's kind (序号|姓名|
    村组|金额, 户主\t地址): (start, end, kind) for the rows below the header that have as many cells."""
    out: list[tuple[int, int, str]] = []
    lines = []
    pos = 0
    for line in t.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    kinds: list[str] | None = None
    sep = ""
    for start, line in lines:
        if kinds is not None:
            cells = _table_cells(line, sep, start)
            if len(cells) == len(kinds):
                out += [(a, b, kind) for (a, b), kind in zip(cells, kinds) if kind]
                continue
            kinds = None
        for s in ("|", "\t", " "):
            if s in line:
                heads = [line[a - start:b - start] for a, b in _table_cells(line, s, start)]
                found = [FIELD_LABELS.get(h, "") for h in heads]
                if len(heads) >= 2 and any(found) and all(
                        h in FIELD_LABELS or h in _TABLE_OTHER_HEADS for h in heads):
                    kinds, sep = found, s
                break
    return out


# Headers of a table's columns that hold no value of the four kinds (序号, 金额, 面积).
_TABLE_OTHER_HEADS = frozenset("""序号 编号 号 No 户号 民族 性别 年龄 出生年月 身份证号 身份证 电话 联系电话 手机 手机号 人数
家庭人口 人口 金额 补助金额 发放金额 合计 面积 亩数 数量 单位 规格 备注 说明 状态 日期 时间 类别 类型 等级 标准 原因 事由
结果 情况 用途 户数 株数 头数 只数 间数 层数 卡号 账号 银行卡号 证号 证件号码 关系 与户主关系 签字 签名""".split())


def _table_cells(line: str, sep: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of ``line`` (which begins at ``start``), split at ``sep`` (a run of
    spaces for " "), the cells' spaces trimmed."""
    cells = []
    k = 0
    for part in (line.split(sep) if sep != " " else re.split("( +)", line)):
        if sep == " " and part.startswith(" "):
            k += len(part)
            continue
        a, b = k, k + len(part)
        while a < b and line[a] in " \t":
            a += 1
        while b > a and line[b - 1] in " \t":
            b -= 1
        cells.append((start + a, start + b))
        k += len(part) + (len(sep) if sep != " " else 0)
    return cells


# A second person a clerk's verb or particle brings into a remark, with what that person does
# right after (替 + 刘建华 + 扛化肥, 由 + 齐心 + 跟进, 与 + 柏林 + 沟通, 随 + 田野 + 去宋庄拉货, 让 +
# 金城 + 退回定金, 叫上 + 王芳 + 到场签收, 到 + 初梦彤 + 家，委托…), or a subject at a clause's start
# before what only a person does (李娜 + 代他人开房, 方正 + 解除矫正, 石林 + 因其兄), or a role noun of
# supervision before the person (帮教责任人 + 白露, 越界报警：对象 + 秋实，): the frame on both sides
# says a person, whatever word the name also is (class of round 20, helper tlb). A two-character
# candidate that the lexicon knows as a plain noun, a locality, a measure or a verb (公司, 房东, 周边,
# 上级, 万家) stays a word, a given-name word excepted (文静); three characters need two given-name
# characters and no word of the lexicon (not 当事人, 班主任, 高峰期). The pattern begins with its
# frames' first characters, so a cell without one is passed over in C.
_BRING_IN_BEFORE = ("替", "随", "跟随", "让", "交给", "由", "与", "和", "同", "跟", "叫上", "喊上", "叫",
                    "陪同", "陪", "委托", "托", "通知", "经", "向", "帮", "找", "请", "带", "协助", "联系",
                    "告知", "转告", "督促", "约", "约谈", "把", "被", "给", "为", "对", "代", "安排", "劝说",
                    "提醒", "要求", "租给", "转包给", "卖给", "借给", "通过", "邀", "邀请", "催", "会同",
                    "帮助", "协同", "伙同", "连同", "偕同", "嘱咐", "指派", "派")
_BRING_IN_ACTS = _DESK_ERRANDS + ("扛", "推", "背", "抬", "搬", "拉货", "代写", "代为", "代办",
                  "去", "到场", "到所", "到窗口", "到村", "到卫生院", "到医院", "退回", "退还", "返还",
                  "跟进", "报名", "沟通", "为同村", "系同村", "一同", "一起", "一道", "结伴", "同去",
                  "同来", "同行", "签收", "签字", "说明", "了解情况", "谈话", "借款", "借了",
                  "转交", "保管", "看管", "照看", "外出", "居住", "耕种", "接回", "陪同", "就医", "缴纳",
                  "拆除", "穿好", "放弃", "值班", "发生口角", "打伤", "担保", "领取", "进行批评",
                  "按期", "按时", "购买", "返乡", "帮忙", "入伙", "协商", "吵架", "打架", "合伙",
                  "相约", "同住", "合住", "看护", "照顾", "探望", "送医", "失联", "作证", "在场",
                  "参加", "申请", "明日到", "次日到")
_BRING_IN_SUBJECT_ACTS = ("代他人", "解除矫正", "因其父", "因其母", "因其兄", "因其弟", "因其姐",
                          "因其妹", "因其妻", "因其夫", "因其子", "因其女", "因其儿", "因其孙")
_BRING_IN_ROLES = ("帮教责任人", "帮教人", "监护责任人", "对象", "约谈", "约见", "训诫", "传唤")
# (a noun rarer than this, 方舟 67, 方圆 285, is a name there; 房东 500, 马路 660 stay words)
BRING_IN_NOUN_MAX = 300
_BRING_IN_NAME = "(?P<n>(?:{})[\u4e00-\u9fff]|[{}][\u4e00-\u9fff]{{1,2}}?)".format(
    "|".join(sorted(COMPOUND_SURNAMES, key=len, reverse=True)), re.escape(_SINGLE))
_BRING_IN_RE = re.compile("(?:{b}){n}(?:(?={a})|家(?=[，,。；;]|委托|通知|走访|了解|核实))".format(
    b="|".join(sorted(_BRING_IN_BEFORE, key=len, reverse=True)), n=_BRING_IN_NAME,
    a="|".join(sorted(_BRING_IN_ACTS, key=len, reverse=True))))
_BRING_IN_SUBJECT_RE = re.compile("(?:^|(?<=[，,。；;：:\n ])){n}(?={s})".format(
    n=_BRING_IN_NAME, s="|".join(_BRING_IN_SUBJECT_ACTS)))
_BRING_IN_ROLE_RE = re.compile("(?:{r}){n}(?=[，,。；;、（(]|$)".format(r="|".join(_BRING_IN_ROLES), n=_BRING_IN_NAME))
# The lexicon's tags of a word that may be a person's whole name in such a frame (田野 nr, 金城 ns,
# 齐心 a, 高远 d, 向前 t, 金星 nz, 温暖 an); a noun only if it is a given name's word too (文静).
_BRING_IN_WORD_TAGS = frozenset({"nr", "nrt", "ns", "nz", "a", "an", "ad", "d", "t", "i", "l"})


def _brought_in_ok(t: str, a: int, b: int) -> bool:
    """Is ``t[a:b]``, in a frame that brings a second person in, a name rather than a word?"""
    w = t[a:b]
    if w[-1] in "家某" or t.startswith(_TITLES, a + 1) or t.startswith(_TITLES, a + 2) \
            or w[1] in KIN_TITLES or w[1] in SHORT_TITLES or t.startswith(_KIN_WORDS, a):
        return False                      # 张家, 王某, 张老师, 李姐, 由 + 孙女 + 代为: no given name
    if b - a == 3 and t[a:a + 4] in _lexicon():
        return False                      # 为 + 端来端去, 对 + 黄发骀背: an idiom runs on into the act
    if w[:2] in COMPOUND_SURNAMES:
        return len(w) == 3 or _given_weight(w[-1], True) > 0
    if len(w) == 2:
        freq, tag = _lexicon().get(w, (0, ""))
        if freq:                          # (a rare noun whose second character ends given names: 方舟)
            return tag in _BRING_IN_WORD_TAGS or w in GIVEN_WORDS \
                or (tag == "n" and freq < BRING_IN_NOUN_MAX and _given_weight(w[1], True) > 0
                    and not _trade_word(w))
        return _given_weight(w[1], True) > 0
    return not _is_word(w) and not _is_word(w[:2]) and not _is_word(w[1:]) \
        and _given_weight(w[1], False) > 0 and _given_weight(w[2], True) > 0 \
        or (not _is_word(w) and w[1:] in GIVEN_WORDS)


def _brought_in_hits(t: str) -> list[Hit]:
    out = []
    found = [(m, True) for m in _BRING_IN_RE.finditer(t)]
    if "代他人" in t or "解除矫正" in t or "因其" in t:
        found += [(m, False) for m in _BRING_IN_SUBJECT_RE.finditer(t)]
    if any(r in t for r in _BRING_IN_ROLES):
        found += [(m, False) for m in _BRING_IN_ROLE_RE.finditer(t)]
    for m, framed in found:
        key = "n" if framed else "m"
        a, b = m.span("n")
        if key == "n" and t[a:b] in PLACE_NAMES:
            continue                      # (委托 + 邵阳 + 代为发放: a known place's body, as 由 takes one)
        if key == "n" and (any(t[a - k:b + e] in _lexicon() for k in (1, 2) for e in (0, 1, 2) if a >= k)
                           or (t[b:b + 1] in "扛推背抬搬去" and _is_word(t[b:b + 2]))):
            continue                      # (从桑 + 给 + 巴尔 + 搬迁: the "particle" is inside a word, and
            #                               搬迁, 推进, 去年 are no act of carrying or going)
        if _brought_in_ok(t, a, b):
            out.append(Hit("person_name", a, b, DETECTOR))
    return out


# --- round 22: the forms clerks give a name in ledgers and notes -----------------------------
# Nicknames and milk names (小名二丫, 绰号"四蛋", 人称"王三", 都叫他二愣), a nickname beside the
# formal name (二虎（〔姓名〕）, 〔姓名〕即满仓, 六蛋子，大名〔姓名〕), married women as old registers
# write them (张门王氏, 妻陈氏, 张王氏) and as Hong Kong and Taiwan records do (张李秀英: the
# husband's surname before her own full name). Rules by the form's slot, not by its members.

_NICKNAME_CUE_RE = re.compile("(?:" + "|".join(_NICKNAME_CUES) + r")(?:叫|是|为|唤作)?[:：]?[ \t]?")
# "the others call him" before a nickname: only a nickname's shape or quote marks follow it here
# (叫他回来 is an errand)
_CALLED_RE = re.compile(r"(?:都|们|人|大家|村里|平时|一直)(?:叫|喊|称|管)(?:他|她)(?:叫|做|作)?[:：]?")
# A rural nickname's shape: a rank among siblings or 大/小/老, then a nickname's last part (二丫,
# 三妹子, 四蛋, 大柱子, 小虎); the parts are the nicknames' own vocabulary (not 女, 子, 儿, 妹 alone:
# 三女, 长子, 二妹 are kin words)
_NICK_RANKS = frozenset("大二三四五六七八九十小老")
_NICK_TAILS = ("丫头", "妮子", "妹子", "狗子", "蛋子", "娃子", "柱子", "小子", "丫", "妮", "娃", "蛋",
               "柱", "狗", "毛", "宝", "牛", "虎", "喜", "妞", "伢", "崽", "墩", "愣", "根", "锁", "娣")
# (the last characters that make a nickname of any first one: 招娣, 黑蛋, 憨娃, 胖妞, 石柱)
_NICK_LAST = frozenset("娣蛋娃妞丫柱")
# (doubled, these are kin words, numbers or particles: 婶婶, 舅舅, 三三, 了了)
_NICK_NOT_DOUBLED = _KIN_ADDRESS_CHARS | _NUMERALS | _STOP
_NICK_ALIAS_AFTER = ("又名", "又叫", "也叫", "别名", "即")      # 〔姓名〕即满仓: the alias follows
# ... after a comma too, as clerks write it (〔姓名〕，又名阿四; not 即: ，即日起 is a date's)
_NICK_ALIAS_MARKS = frozenset("，, ")
_NICK_FORMAL_BEFORE_RE = re.compile(r"[，, ]?(?:大名|学名|官名|本名|真名)(?:叫|是|为)?[:：]?")   # 六蛋子，大名〔姓名〕
_PLACEHOLDER_FIND_RE = re.compile(re.escape(PLACEHOLDER))
NICKNAME_MAX = 4       # characters of a quoted nickname (人称"黑旋风" is three)


def _nickname_len(t: str, k: int) -> int:
    """The length of a nickname of the rural shape starting at ``t[k]`` (二丫, 三妹子, 毛毛 when no
    frequent word, a given name's word such as 满仓, 狗蛋), or 0."""
    if k + 1 >= len(t):
        return 0
    if t[k] in _NICK_RANKS:
        for tail in _NICK_TAILS:
            if t.startswith(tail, k + 1):
                return 1 + len(tail)
    if t[k + 1] in _NICK_LAST and _is_cjk(t[k]) and t[k] not in _STOP and t[k] not in _NUMERALS \
            and _freq(t[k:k + 2]) < NAME_WORD_MAX and not _is_word(t[k + 1:k + 3]):
        return 2                          # 招娣, 黑蛋, 憨娃 (not 鸡蛋, 娃娃: frequent words)
    if t[k] == t[k + 1] and _is_cjk(t[k]) and t[k] not in _NICK_NOT_DOUBLED and _freq(t[k:k + 2]) < NAME_WORD_MAX:
        return 2                          # 毛毛, 囡囡 (not 明明, 天天, 常常: frequent words; not 婶婶)
    if t[k:k + 2] in GIVEN_WORDS and not _is_word(t[k + 1:k + 3]):
        return 2
    return 0


def _alias_pair(t: str, k: int) -> int:
    """2 when ``t[k:k + 2]`` may be a nickname in an alias's slot (after 即 or 又名, before 大名):
    two Chinese characters that are no word and open with no particle or verb (狗剩, 宝根), else 0.
    (In brackets only a nickname's shape is read: 户主, 长子, 已故 are roles there.)"""
    return 2 if (k + 1 < len(t) and _is_cjk(t[k]) and _is_cjk(t[k + 1]) and t[k] not in _STOP
                 and t[k] not in _NUMERALS and t[k] not in _verb_first_chars()
                 and not _is_word(t[k:k + 2]) and PLACEHOLDER[0] not in t[k:k + 2]) else 0


def _figure_inside(t: str, a: int, b: int) -> bool:
    """Does a figure of figures.tsv stand inside ``t[a:b]`` (小诸葛亮, 活雷锋: a nickname made of a
    figure, whom the figures' rule keeps)?"""
    return any(t[a:b].find(f) >= 0 for f in FIGURES if len(f) <= b - a)


def _quoted_at(t: str, k: int) -> int:
    """The end of a short quoted run of Chinese characters opening at ``t[k]`` (its closing quote
    excluded), or 0."""
    close = _QUOTES.get(t[k]) if k < len(t) else None
    if close is None:
        return 0
    e = k + 1
    while e < len(t) and e - k - 1 < NICKNAME_MAX and _is_cjk(t[e]) and t[e] != close:
        e += 1
    return e if e > k + 1 and t.startswith(close, e) else 0


def _nickname_after(t: str, k: int, bare_ok) -> Hit | None:
    """The nickname a cue ending at ``k`` introduces: quoted (not a figure inside the quotes), of a
    nickname's shape, or two characters when ``bare_ok(t, k)`` says the cue's slot takes any."""
    q = _quoted_at(t, k)
    if q:
        return None if _figure_inside(t, k + 1, q) else Hit("person_name", k + 1, q, DETECTOR)
    n = _nickname_len(t, k)
    if not n and k + 1 < len(t) and _is_cjk(t[k]) and _is_cjk(t[k + 1]) and t[k] not in _STOP \
            and bare_ok(t, k):
        n = 2
    return Hit("person_name", k, k + n, DETECTOR) if n else None


def _bare_after_cue(t: str, k: int) -> bool:
    return t[k] != "叫" and t.find(PLACEHOLDER, k, k + 2) < 0


def _bare_after_called(t: str, k: int) -> bool:
    # 都叫他憨娃 (not 叫他回来, 叫他去办: an errand)
    return t[k] not in _verb_first_chars() and not _is_word(t[k:k + 2]) and _phrase_end(t, k + 2)


# A relative named by the given name alone right after the kin word of 其 or 之 (由其子婷香代为转达,
# 其女霭真代领): a household's own people are called so. Round 24 (gw24). The kin word whole,
# the longest first (其女婿, 其儿媳 before 其女, 其儿).
_KIN_GIVEN_RE = re.compile("[其之](?:[长次三幼]?(?:儿子|女儿|子|女)|女婿|儿媳|孙子|孙女|妻子|丈夫|[妻夫孙侄兄弟姐妹])"
                           f"(?P<g>[{_CJK}]{{2}})")
_KIN_GIVEN_NOT_FIRST = frozenset("子女儿婿媳孙妻夫")   # (其妻 + 子X, 其子 + 女X: the kin word goes on)


def _kin_given_hits(t: str) -> list[Hit]:
    """Given names alone after a relative's kin word (_KIN_GIVEN_RE): two characters of given
    names that are no surname (a surname's reading is _candidate's) and no word, where the name
    ends (a comma, 代为, what a person does)."""
    out = []
    for m in _KIN_GIVEN_RE.finditer(t):
        a, b = m.span("g")
        g1, g2 = t[a], t[a + 1]
        if g1 in _SINGLE_SET or g1 in _KIN_GIVEN_NOT_FIRST or g1 in _STOP or g2 in _STOP \
                or g1 in _NOT_GIVEN or g2 in _NOT_GIVEN or _is_word(t[a:b]) or _is_word(t[a + 1:b + 1]) \
                or _given_weight(g1, False) < 1 or _given_weight(g2, True) < 1:
            continue
        if b == len(t) or not _is_cjk(t[b]) or _cue_after(t, b) or _person_after(t, b):
            out.append(Hit("person_name", a, b, DETECTOR))
    return out


# Round 25, en25: a nickname in Chinese characters after an English export's word for one (child's
# nickname 晨晨, nickname: 小飞, aka 四丫头): the two to four characters standing there are a name
# whatever they spell (阿德, 娟蛋, 伦妮: no nickname's shape is needed where the text says nickname).
_ENGLISH_NICKNAME_CJK_RE = re.compile(r"\b(?i:nick[ -]?names?|pet[ \t]+names?|milk[ \t]+names?|alias|aka|"
                                      r"a\.k\.a\.|known[ \t]+as)[ \t]*[:：=]?[ \t]*[\"“']?"
                                      r"(?P<n>[\u4e00-\u9fff]{2,4})(?![\u4e00-\u9fff])")


def _english_nickname_hits(t: str) -> list[Hit]:
    return [Hit("person_name", m.start("n"), m.end("n"), DETECTOR) for m in _ENGLISH_NICKNAME_CJK_RE.finditer(t)]


# The addressee line of a letter or of a notice served by publication (公告送达, 催告, 限期通知): a line
# that holds a name alone and a colon, the next line speaking to that person (你与…纠纷一案, 您于…
# 申请的): the person the notice is served on, private whatever word the name also is (细凤, 初承仁).
# Not a body addressed (你单位, 你公司, 你村), a role (申请人：), a group (各位村民：) or one named by a
# title or anonymised (李女士, 张某).
_ADDRESSEE_LINE_RE = re.compile(f"(?:^|\n)[ \t\u3000]*([{_CJK}]{{2,4}})[ \t\u3000]*[:：][ \t\u3000]*\n[ \t\u3000]*"
                                "(?:你|您)(?![们们单公厂店社村组部处校行会局院所司])")
_ADDRESSEE_NOT = frozenset("某各全们位体人员者方户主")


def _addressee_hits(t: str) -> list[Hit]:
    """The persons a letter or a served notice is addressed to (_ADDRESSEE_LINE_RE)."""
    out = []
    for m in _ADDRESSEE_LINE_RE.finditer(t):
        a, b = m.span(1)
        w = t[a:b]
        if _ADDRESSEE_NOT.intersection(w) or w in FIELD_LABELS or w in NAME_LABELS \
                or w.endswith(_TITLES) or _organisation_or_place(t, a, b) \
                or (_is_word(w) and not _lexicon().get(w, (0, ""))[1].startswith("nr")):
            continue
        out.append(Hit("person_name", a, b, DETECTOR))
    return out


def _nickname_hits(t: str, anchors: list[tuple[int, int]]) -> list[Hit]:
    """Nicknames: after a nickname's cue (quoted, of a nickname's shape, or the next two
    characters), after 都叫他 (quoted or of a nickname's shape), and beside a name found
    (``anchors``: its span) in brackets, after 即/又名, or before 大名."""
    out = []
    for m in _NICKNAME_CUE_RE.finditer(t):
        if (hit := _nickname_after(t, m.end(), _bare_after_cue)) is not None:
            out.append(hit)
    if "叫" in t or "喊" in t or "称" in t or "管" in t:
        for m in _CALLED_RE.finditer(t):
            if (hit := _nickname_after(t, m.end(), _bare_after_called)) is not None:
                out.append(hit)
    for a, b in anchors:
        if b < len(t) and t[b] in "（(":   # 〔姓名〕（三狗）
            n = _nickname_len(t, b + 1)
            if n and t[b + 1 + n:b + 2 + n] in ("）", ")"):
                out.append(Hit("person_name", b + 1, b + 1 + n, DETECTOR))
        for w in _NICK_ALIAS_AFTER:      # 〔姓名〕即满仓 (not 即将, 即日: words of 即)
            c = b + 1 if w != "即" and t[b:b + 1] in _NICK_ALIAS_MARKS else b   # (〔姓名〕，又名阿四: nk29)
            if t.startswith(w, c) and (w != "即" or not _is_word(t[c:c + 2])):   # (又名 is a word itself)
                n = _nickname_len(t, c + len(w)) or _alias_pair(t, c + len(w))
                if n:
                    out.append(Hit("person_name", c + len(w), c + len(w) + n, DETECTOR))
        if a > 0 and t[a - 1] in "（(":   # 二虎（〔姓名〕）
            for n in (3, 2):
                k = a - 1 - n
                if k >= 0 and _nickname_len(t, k) == n and (k == 0 or not _is_word(t[k - 1:k + 1])):
                    out.append(Hit("person_name", k, a - 1, DETECTOR))
                    break
        m = _NICK_FORMAL_BEFORE_RE.search(t, max(0, a - 4), a)
        if m and m.end() == a:            # 六蛋子，大名〔姓名〕
            for n in (3, 2):
                k = m.start() - n
                if k >= 0 and (_nickname_len(t, k) == n or (n == 2 and _alias_pair(t, k))) \
                        and (k == 0 or not _is_word(t[k - 1:k + 1])):
                    out.append(Hit("person_name", k, m.start(), DETECTOR))
                    break
    return out



# Round 27 (nk27): a rural milk name standing alone where only a person stands: a role's label or
# noun before it (接班：老疙瘩, 证明人：小三子, 班长五斤, 果农三丫), a list's or a cell's item that opens
# a row of a person's fields (1 七斤 任大姐物业公司, 3、来喜 丁家村, 四喜/沪F·10295/), or the subject of
# what a person does at a clause's start (9月7日 根娃辞工, 二狗还…货款). The names are read by their
# shape, the vocabulary of the customs (_nickname_len: a sibling's rank and a pet word, 狗/蛋/娃/柱/
# 丫/妞 + …, doubled characters, given_words.tsv's rural names; _SLOT_NICK_FORMS: the weight at
# birth, 七斤; 老 + the youngest's word, 老疙瘩; 小 + a rank + 子, 小三子; a given-name character and
# 儿, 秀儿), never by the members seen. A shape that is a word stays one where the slot is not a
# person's: 七斤重, 四喜丸子, 小满 (a solar term) in a date.
_SLOT_NICK_FORMS_RE = re.compile("[二三四五六七八九十]斤(?![重多半左以的肉米面油粮鱼])|老(?:疙瘩|嘎达|幺|蔫)"
                                 "|[小大老][二三四五六七八九十]子|狗剩|[来留]剩")
_SLOT_NICK_ER_RE = re.compile(f"([{_CJK}])儿(?![{_CJK}])")
# What follows a milk name in a row of a person's fields: a cell's mark, then more of the row.
_SLOT_NICK_CELL_AFTER_RE = re.compile(r"[ \t\u3000]+|[/／|｜，,、；;（(]")
# Milk names that are words alone (柱子 a pillar, 虎子 a cub; 丫头 a girl, 大头 a big head), read only
# after a surname (高柱子, 朱虎子; 石丫头, 洪大头: nk29); not 大头 heading a thing's name (大头菜 the
# turnip, 大头针 a pin, 大头鱼 the carp, 大头照 and 大头贴 photographs) nor 丫头片子 (a girl, scorned).
# A surname and the shape that make a word of the lexicon are the word (袁大头, 孙小头: silver dollars).
_SLOT_NICK_SURNAMED_RE = re.compile("[柱虎栓拴锁狗蛋娃丫妞墩根牛]子|丫头(?!片子)|大头(?![菜针鱼照贴])")
# A row's opening before the name: a line's or a list's mark, or a list's number and a space (1 七斤).
# A field's label and its colon, the field holding the milk name alone (接班:老疙瘩；): a field of a
# thing (品种：四喜) is _THING_FIELD_LABEL_RE's and is left.
_SLOT_NICK_LABEL_BEFORE_RE = re.compile(f"(?:^|[^{_CJK}])([{_CJK}]{{1,5}}[:：])[ \t\u3000]*$")
# The last characters of a label that names who (接班, 值班, 经手, 代领, 证明人): 备注：, 内容： are no such.
_SLOT_NICK_LABEL_LAST = frozenset("班手办领签人员工长主户农")
# A list's number right before the name (1 七斤, 3、来喜, 2. 〔…〕): a row of a person's fields; a bare 、
# joins a list of things as often (电视机、张拉拉、洗衣机).
_SLOT_NICK_NUMBER_BEFORE_RE = re.compile("(?:^|[\n；;，,。 \t])[0-9一二三四五六七八九十]{1,3}[.、．)）]?[ \t\u3000]*$")
# A dated log entry's stamp right before its actor (9月7日 根娃辞工, 2026.8.14 二狗还…).
_SLOT_NICK_STAMP_BEFORE_RE = re.compile("(?:[0-9][日号时]|[0-9]{1,2}:[0-9]{2}|[0-9][./][0-9]{1,2})[ \t\u3000]*[：:，,]?[ \t\u3000]*$")


def _slot_nickname_len(t: str, k: int, milk_pair: bool = True) -> int:
    """The length of a milk name's shape at ``t[k]`` read in a person's slot, or 0 (``milk_pair``:
    a prefix and a character, 二华, read too; not after a surname: 南 + 四湖, 王二华 is a full name's)."""
    m = _SLOT_NICK_FORMS_RE.match(t, k)
    if m:
        return m.end() - k
    n = _nickname_len(t, k)
    if n and (t[k] not in _STOP or t[k:k + n] in WISH_NAMES or t[k:k + n] in GIVEN_WORDS) \
            and _freq(t[k:k + n]) < NAME_WORD_MAX:
        return n                          # (来喜: a wish name that opens with a particle's character)
    m = _SLOT_NICK_ER_RE.match(t, k)
    if m and t[k] not in _STOP and t[k] not in _NUMERALS and _given_weight(t[k], True) >= STRONG_GIVEN \
            and not _is_word(t[k:k + 2]):
        return 2                          # 秀儿, 兰儿 (not 女儿, 这儿, 花儿: words)
    return _milk_pair_len(t, k) if milk_pair else 0


# 阿, 小 or 大 before a surname addresses its bearer (阿林, 阿王, 小李, 大刘: how one calls a person by
# the surname, 阿 in Wu, Min and Yue, as 老李 and 小王 in the north) only where the surname is common
# enough to be called by: the surnames of the national rankings' first hundred or so (surnames.tsv's
# share, at least this many per cent: 林 1.00, 龙 0.19, 金 0.28). Before a rarer surname's character
# that is a strong given name's (燕, 兰, 华, 云, 昌, 利, 秋, 明, 凤: shares of 0.08 and below) the prefix
# makes the milk name a person is called by (阿燕, 阿兰, 阿华, 大凤): a name in a person's slot (the
# rule of _ranked_given_len, read after this one, keeps 小/老 + any surname's character after a cue).
# Round 29 (nk29).
ADDRESSED_SURNAME_SHARE = 0.10
_ADDRESSED_SURNAMES = frozenset(s for s, (_p, share, _k) in SURNAME_TABLE.items()
                                if len(s) == 1 and share >= ADDRESSED_SURNAME_SHARE)


def _milk_pair_len(t: str, k: int) -> int:
    """2 when ``t[k:k + 2]`` is a milk name of a prefix and one character (milk_name_parts.tsv): a
    rank or a prefix of endearment and a pet word (幺囡, 细伢, 阿牛, 毛狗), or a rank or 阿/小 and a
    strong given-name character of given_chars.tsv (二华, 幺珍, 阿强, 小红, 阿燕); else 0. 小/大/阿
    before a common surname (_ADDRESSED_SURNAMES) is a surname's nickname (小王, 阿林, 大刘: no name,
    policy). (The prefix first: this is asked at every character of a text.)"""
    if k + 1 >= len(t):
        return 0
    p, c = t[k], t[k + 1]
    if (p not in MILK_RANKS and p not in MILK_ENDEARS) or t[k:k + 2] in KNOWN_PLACES \
            or (p != "阿" and _lexicon().get(t[k:k + 2], (0, ""))[1].startswith("ns")) \
            or t.startswith("族", k + 2):
        return 0                          # (由五华负责, 三江, 三明: a county's or a place's name; 阿昌族,
        #                                   阿美族: a people. The lexicon tags many 阿 + a given name's
        #                                   character as foreign places, 阿兰, 阿利, 阿东: a word of the
        #                                   lexicon stays where only a row or a list says a person)
    if p == "阿" and any(t[k:x] in _lexicon() for x in range(k + 3, min(len(t), k + 4) + 1)):
        return 0                          # (阿富汗, 阿根廷, 阿荣旗, 阿修罗, 阿贝尔: a longer word begins)
    if c in MILK_PETS:
        return 2
    if p == "毛" or c in _STOP or c in _NUMERALS \
            or c in MILK_KIN:                 # (二子, 小弟, 二月: a kin word or a date)
        return 0
    weight = GIVEN_LAST.get(c, 0) if c in GIVEN_CHARS else 0   # (the table's only: 阿訇 is a title)
    if weight < STRONG_GIVEN or (c in _ADDRESSED_SURNAMES and (p in FAMILIAR_PREFIXES or p == "阿")):
        return 0                          # (小林, 阿林, 大刘: a surname addressed, as _ranked_given_len
        #                                   reads it too: policy, whatever the character's weight as a given)
    return 2


def _weak_nickname(t: str, k: int) -> bool:
    """Is the shape at ``t[k]`` one that words share (a doubled character: 强强, 融融; a given name's
    word: 海山, 锁住), which only a person's role, a person's label or a numbered row makes a name?"""
    return k + 1 < len(t) and (t[k] == t[k + 1] or t[k:k + 2] in GIVEN_WORDS or t[k:k + 2] in WISH_NAMES) \
        and t[k] not in _NICK_RANKS


# A sibling's rank or a diminutive before one given-name character (三兵, 小林, 幺林, 二凤, 细囡, 阿强):
# how villagers and clerks write a person by the name the village uses. Read only where a notice or a
# record puts a person: right after a person's cue or role (林权共有人 + 三兵 + 同意, 举报人 + 小林,
# 见证人: + 幺林; not 老 or 小 before a surname: 老江, 小王 address a person by the surname), or opening a line of a list with its colon or semicolon (细囡:桂花80株, 三红；高有余):
# elsewhere these are words and numbers as often (三楼, 小计, 大米).
_SLOT_RANK_FIRST = _NICK_RANKS | MILK_RANKS | MILK_ENDEARS   # (milk_name_parts.tsv: 幺, 细, 阿 …)
_RANKED_LINE_AFTER = frozenset(":：;；")


def _lexical_non_name(w: str) -> bool:
    """Is ``w`` in the lexicon at any frequency with a tag that is no person's (阿利 ns 19: a place)?"""
    entry = _lexicon().get(w)
    return entry is not None and not entry[1].startswith("nr")


def _ranked_given_len(t: str, k: int) -> int:
    """2 when ``t[k:k + 2]`` is a rank or a diminutive and a given name's character in a person's
    slot (_SLOT_RANK_FIRST), else 0."""
    if k + 1 >= len(t) or t[k] not in _SLOT_RANK_FIRST or _given_weight(t[k + 1], True) < STRONG_GIVEN:
        return 0
    if t[k] in "老小" and t[k + 1] in _SINGLE_SET:
        return 0                          # (房东 + 老江, 股东 + 小王: a surname addressed, no name)
    e = k + 2
    if e < len(t) and _is_cjk(t[e]) and _is_word(t[k + 1:e + 1]):
        return 0                          # (小林场, 大红袍: a word runs on)
    if (k == 0 or t[k - 1] == "\n") and e < len(t) and t[e] in _RANKED_LINE_AFTER:
        return 0 if _lexical_non_name(t[k:e]) or _organisation_or_place(t, k, e) else 2
    if not _cue_before(t, k) or _one_character_cue_before(t, k) or _organisation_or_place(t, k, e) \
            or _lexical_non_name(t[k:e]):
        return 0                          # (由 + 五华: a preposition's place, no role)
    return 2 if (e >= len(t) or not _is_cjk(t[e]) or t[e] in _STOP or _person_after(t, e)
                 or _is_verb(t[e:e + 2])) else 0


def _slot_nickname_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """Milk names alone in a person's slot (see above)."""
    out = []
    for k in range(len(t) - 1):
        if not _is_cjk(t[k]) or (k > 0 and _is_cjk(t[k - 1]) and _is_word(t[k - 1:k + 1])
                                 and not (t[k] in _SLOT_RANK_FIRST and _cue_before(t, k))):
            continue                      # (异议人 + 大宝: the role's 人 and 大 make no word 人大 there)
        n = _slot_nickname_len(t, k) or _ranked_given_len(t, k)
        if not n and t[k] in _SINGLE_SET and k + 1 < len(t) \
                and (n := _slot_nickname_len(t, k + 1, False) or (2 if _SLOT_NICK_SURNAMED_RE.match(t, k + 1) else 0)):
            n = 0 if _is_word(t[k:k + 1 + n]) and not _lexicon()[t[k:k + 1 + n]][1].startswith("nr") else n + 1
            #                               2、高柱子 彭堡村, 接班:于二愣: a surname before the milk name
            #                               (not 袁大头, 孙小头: a coin's trade name, a word)
        if not n:
            continue
        e = k + n
        if any(h.start < e and k < h.end and not (k <= h.start and h.end <= e) for h in hits) or (e < len(t) and _is_cjk(t[e]) and _is_word(t[e - 1:e + 1])):
            continue
        if _org_follows(t, e) or any(t[x] in _BRANDS_FIRST and _brand_at(t, x) for x in range(max(0, k - 1), e)):
            continue                      # (刘老根 + 大舞台, 由詹天佑 + 小学, 朴朴 + 超市, 娃哈哈: a firm's or a brand's)
        weak = _weak_nickname(t, k) or _weak_nickname(t, k + 1) \
            or (e - k == 2 and _is_word(t[k:e]) and not _lexicon()[t[k:e]][1].startswith("nr")
                and not _nickname_len(t, k) and _milk_pair_len(t, k))   # (小妹, 大红, 三强: words too; not
        #                                   阿明, 阿德: the lexicon knows them as persons' names)
        opened = k == 0 or t[k - 1] in "，,。；;\n \t" or t[k - 1] in _CELL_OPENERS
        ends = e >= len(t) or not _is_cjk(t[e])
        role = (_cue_before(t, k) or _role_noun_before(t, k)) \
            and (not weak or ends or _person_after(t, e) or _is_verb(t[e:e + 2]))   # (由李 + 村村委: no)
        after = _SLOT_NICK_CELL_AFTER_RE.match(t, e)
        numbered = _SLOT_NICK_NUMBER_BEFORE_RE.search(t, max(0, k - 6), k) is not None
        row = after is not None and (numbered or (not weak and t[e - 1] != "斤" and (k == 0 or t[k - 1] in "\n|｜/／" or t[k - 1] in " \t\u3000")
                                                  and t[after.end() - 1] in " \t\u3000/／|｜"))
        stamp = _SLOT_NICK_STAMP_BEFORE_RE.search(t, max(0, k - 6), k) is not None and t[e - 1] != "斤"
        subject = not ends and ((opened and (_SUBJECT_ACT_RE.match(t, e) is not None or _subject_marked(t, k, e)))
                                or (stamp and (not weak or _is_verb(t[e:e + 2]))))   # (9月7日 七斤 is a weight)
        labelled = (ends or _is_verb(t[e:e + 2])) and t[e - 1] != "斤" \
            and (m := _SLOT_NICK_LABEL_BEFORE_RE.search(t, max(0, k - 8), k)) is not None \
            and (m.group(1)[-2] in _SLOT_NICK_LABEL_LAST or m.group(1)[:-1] in JOB_WORDS
                 or (not weak and not ends))   # (司炉：狗剩巡检: a strong shape, then what it does)
        listed = _slot_nick_listed(t, k, e, hits, weak)
        acted = not weak and t[e - 1] != "斤" and (opened or t[k] not in _SLOT_NICK_RANK_CHARS) \
            and _slot_nick_acted(t, e)    # (石家庄 + 四建 + 先行垫付: a firm's short name after a place)
        if (row or subject or listed or acted) and not (role or labelled) and _lexical_nickname(t, k, e):
            continue                      # (2024年3月5日 + 咸鸭蛋, 黑猩猩, 天柱 + 山, 楚楚 + 可怜: words)
        if not (role or row or subject or labelled or listed or acted) and (k == 0 or t[k - 1] == "\n") and e < len(t) \
                and t[e] in _RANKED_LINE_AFTER and _ranked_given_len(t, k):
            row = True                    # (细囡:桂花80株, 三红；高有余…: a list's line opens with its person)
        if role or row or subject or labelled or listed or acted:
            out.append(Hit("person_name", k, e, DETECTOR))
    return out


# Round 29 (nk29): a milk name of a strong shape (no word too: 阿云, 二丫, 洪大头, 高二毛) right before
# what only a person does or is, wherever the clause opens (白塔镇 + 阿云 + 称, 2、李店 + 阿华 + 反映,
# 金大头（女，26岁）, 马家湾 + 高二毛 + （代领）): speech or a complaint, a person's predicate or mark,
# or a bracket saying the person collected or signed for another.
# Glued to what comes before (a place), a sibling's rank and a character is a firm's short name as
# often (石家庄四建, 江苏三建: the fourth and third building companies), so only opening a clause.
_SLOT_NICK_RANK_CHARS = MILK_RANKS | frozenset("十")
_SLOT_NICK_PROXY_AFTER_RE = re.compile("[（(](?:代领|代签|代办|代收|代缴|本人签收|本人)[）)]")


def _slot_nick_acted(t: str, e: int) -> bool:
    """Does what follows the milk name ending at ``e`` say a person stands there (see above)?"""
    return e < len(t) and (_SPEECH_AFTER_RE.match(t, e) is not None or _person_after(t, e)
                           or _person_marked_after(t, e) or _SLOT_NICK_PROXY_AFTER_RE.match(t, e) is not None)


def _doubled_function_word(t: str, i: int) -> bool:
    """Does a function-kind surname at ``i`` come doubled into a word of the lexicon (宝宝, 明明), with no
    cue right before it? The word, no name (宝宝照, 宝宝 + 套系; round 29, sn29)."""
    return t[i] in FUNCTION_SURNAMES and t[i + 1:i + 2] == t[i] and _is_word(t[i:i + 2]) and not _cue_before(t, i)

# Round 29 (sn29): a person's strong slot, a cue with its colon (投诉人：, 负责人：, 过磅员：, 作坊主:, 其女：),
# holding two or three Han characters alone up to the field's end, is a name whatever its first
# character: the inventory lacks rare surnames (surnames.tsv's long tail is never whole), and the slot
# already says a person stands there. Not a word of the lexicon there (投诉人：无, 负责人：待定, 店主：本人,
# 经营者：个体户), not a function character first (其母亲, 未到场), not a firm, a brand or a place; the
# characters after the first must be a given name's (or the married form X + surname + 氏).
_SLOT_ROLE_LAST = frozenset("人员者主")
_SLOT_KIN_LABEL_RE = re.compile("其(?:[长次三幼]?[子女]|儿子|女儿|妻子?|丈夫|夫|配偶|[父母]亲?|兄|弟|姐|妹|孙[子女]?|儿媳|女婿)$")
_STRONG_SLOT_RE = re.compile(f"[:：][ \t\u3000]*([{_CJK}]{{2,3}})(?=$|[，,。；;、 \t\u3000）)|/／｜\n（(])")


def _unknown_surname_slot_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """Names in a person's strong slot whose first character no surname table holds (see above)."""
    out = []
    for m in _STRONG_SLOT_RE.finditer(t):
        k, e = m.span(1)
        name = t[k:e]
        if any(h.start < e and k < h.end for h in hits) or name[0] in _STOP:
            continue
        c = m.start()                     # the colon
        cue = _BEFORE_RE.search(t, max(0, k - 8), k) if _cue_before(t, k) else None
        if not ((cue is not None and len(cue.group().strip(_CUE_TAIL)) >= 2)
                or _role_noun_before(t, k) or _formed_role_before(t, k) > 0
                or (c >= 2 and t[c - 1] in _SLOT_ROLE_LAST and _is_cjk(t[c - 2]))
                or _SLOT_KIN_LABEL_RE.search(t, max(0, c - 4), c)):
            continue                      # (过磅员：, 作坊主:, 其女：: a role's or a relative's label; not
            #                               事由：龙公(治)…: a one-character cue)
        if _freq(name) >= LEXICON_WORD_MIN or _non_name_word(name) or name in NAME_LABELS \
                or _address_form_at(t, k) \
                or (len(name) == 3 and _is_word(name[:2]) and not _is_word(name[1:])) \
                or _kin_or_title(t, k, e) or _kin_or_title(t, k + 1, e) or name[1:] in ADDRESS_TITLES:
            continue                      # (负责人：待定, 店主：本人, 监护人：其母亲; 经营者：夫妻俩; 调解员：
            #                               廖同志: a surname and a title)
        married = len(name) == 3 and name[2] == "氏" and name[1] in _SINGLE_SET
        if not married and not all(_given_weight(c, x == len(name) - 1) > 0 for x, c in enumerate(name[1:], 1)):
            continue                      # (负责人：村委会: no given name after the first character)
        if _org_follows(t, e) or _brand_at(t, k) or _division_at(t, k) or _known_place_at(t, k, e):
            continue
        out.append(Hit("person_name", k, e, DETECTOR))
    return out

# Round 28 (nk28): a list's item between a list's marks, a name found beside it (涉事人员：幺珍、
# 黄佳怡; 郑俊熙、二凤.), or a person's sex or age after it (、幺强，男，73岁): a list of persons. A
# shape that is a word too (小妹, 大红) needs a name on both sides or a person's mark after it.
_SLOT_NICK_LIST_MARKS = "、，,；;"
# Round 29 (nk29): joined to a name found by 与, 和 or 及 (戴菊与 + 阿燕 + 同意调解, 阿虎 + 与〔姓名〕在场,
# 〔姓名〕及 + 高三毛 + 系夫妻): two persons. With the name before, the milk name ends its phrase there
# (a mark, a particle, what a person does); with the name after, it opens its own (a cell's start, a
# mark, a cue). A shape that is a word too (毛毛, 小妹) needs a name on both sides.
_SLOT_NICK_JOINS = "与和及"


def _slot_nick_joined(t: str, k: int, e: int, hits: list[Hit], weak: bool) -> bool:
    """Is the milk name ``t[k:e]`` joined to a name found by 与, 和 or 及 (see above)?"""
    left = k > 1 and t[k - 1] in _SLOT_NICK_JOINS \
        and (any(h.end == k - 1 for h in hits) or t.endswith(PLACEHOLDER, 0, k - 1))
    right = e + 1 < len(t) and t[e] in _SLOT_NICK_JOINS \
        and (any(h.start == e + 1 for h in hits) or t.startswith(PLACEHOLDER, e + 1))
    if weak or not (left or right):
        return left and right
    if left and (e >= len(t) or not _is_cjk(t[e]) or t[e] in _STOP or _person_after(t, e)
                 or _SPEECH_AFTER_RE.match(t, e) is not None or _is_verb(t[e:e + 2])):
        return True
    return right and (k == 0 or not _is_cjk(t[k - 1]) or t[k - 1] in _STOP or _cue_before(t, k)
                      or _role_noun_before(t, k))


def _slot_nick_listed(t: str, k: int, e: int, hits: list[Hit], weak: bool) -> bool:
    """Is the milk name ``t[k:e]`` an item of a list of persons (see above)?"""
    if ((k > 0 and t[k - 1] in _SLOT_NICK_JOINS) or (e < len(t) and t[e] in _SLOT_NICK_JOINS)) \
            and _slot_nick_joined(t, k, e, hits, weak):
        return True
    before = k > 0 and t[k - 1] in _SLOT_NICK_LIST_MARKS
    after = e < len(t) and t[e] in _SLOT_NICK_LIST_MARKS
    if not (before or e >= len(t) or not _is_cjk(t[e])):
        return False
    marked = _person_marked_after(t, e)
    if marked and (before or k == 0 or t[k - 1] in _CELL_OPENERS or t[k - 1] in "/／"):
        return True
    name_before = before and (any(h.end == k - 1 for h in hits) or t.endswith(PLACEHOLDER, 0, k - 1))
    name_after = after and (any(h.start == e + 1 for h in hits) or t.startswith(PLACEHOLDER, e + 1))
    return (name_before and name_after) if weak else (name_before or name_after)


# A milk name's shape that the lexicon holds as a word this often (not as a name or a numeral: 七斤)
# is the word where no role or label says a person stands there (the lexicon sweep's time frame,
# round 27: 咸鸭蛋, 松花蛋, 毛狗子, 黑猩猩, 通通 after a date had been read as milk names).
NICKNAME_WORD_MIN = 20


def _lexical_nickname(t: str, k: int, e: int) -> bool:
    """Is the milk-name shape ``t[k:e]`` a word of the lexicon, or the start of a longer one?"""
    freq, tag = _lexicon().get(t[k:e], (0, ""))
    if freq >= NICKNAME_WORD_MIN and not tag.startswith(("nr", "m")):
        return True
    return any(t[k:x] in _lexicon() for x in range(e + 1, min(len(t), k + 4) + 1))


# Married women as old registers write them: 张王氏 (her husband's surname, her father's, 氏), 张门
# 王氏, and 妻陈氏 (a wife's or mother's word, her father's surname, 氏). Not a clan (王氏宗祠, 太原
# 王氏 + 族谱), an eponym (唐氏 + 综合征, 华氏 + 度) or a shop (王氏 + 牛肉面).
_SHI_SURNAMES = "".join(sorted(NAME_SURNAMES | WORD_SURNAMES))
_WIFE_WORDS = ("外祖母", "祖母", "婆母", "岳母", "继母", "养母", "之妻", "其妻", "发妻", "前妻", "亡妻", "之母",
               "其母", "儿媳", "长媳", "次媳", "弟媳", "嫂子", "遗孀", "寡妇", "妻", "母", "嫂", "媳", "妾")
# A trade's verb and a shop's head after X氏 make the shop (原 + 张氏推拿馆: 原, a surname mostly a word,
# before a shop named for a family; no married woman 原张氏 who 推拿s).
_FUNCTION_SHI_SHOP_HEADS = frozenset("店馆铺坊厂行院所部站社")
_FUNCTION_SHI_RE = re.compile(f"[{''.join(sorted(FUNCTION_SURNAMES - NAME_SURNAMES - WORD_SURNAMES))}]"
                              f"[{_SHI_SURNAMES}]氏")
_SHI_COMPOUNDS = "|".join(sorted(COMPOUND_SURNAMES, key=len, reverse=True))   # (左丘王氏, 轩辕黄氏: mw29)
_SHI_FORM_RE = re.compile(f"(?P<pair>(?:{_SHI_COMPOUNDS}|[{_SHI_SURNAMES}])门?[{_SHI_SURNAMES}]氏)"
                          f"|(?:{'|'.join(_WIFE_WORDS)})(?P<one>[{_SHI_SURNAMES}]氏)")
_CLAN_AFTER_RE = re.compile("[宗族祠谱]|家[族谱训风]|后[人裔代]|子孙|祖[屋宅坟祠籍]|[先始]祖|故居|[支世]系|一[族门脉]"
                            "|温度|度|[症病]|综合[征症]|筛查|杆菌")


def _place_end_before(t: str, k: int) -> bool:
    """Does ``t[k]`` (a surname) end a place's name rather than begin a person's (杨柳路 + 陈氏,
    赵各庄 + 戴思婷): a place's last character after another Chinese character?"""
    return t[k] in _PLACE_ENDS and k > 0 and _is_cjk(t[k - 1])


def _married_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """The 氏 forms above, and a husband's surname before a woman's full name (顾 + 龚燕琴 found,
    董周梅 found + 颖: the four characters are hers)."""
    out = []
    if "氏" in t:
        for m in _SHI_FORM_RE.finditer(t):
            a, b = m.span("pair") if m.group("pair") else m.span("one")
            if _CLAN_AFTER_RE.match(t, b) or (_org_follows(t, b) and not _own_plot_after(t, b)) \
                    or _place_end_before(t, a) \
                    or (_given_weight(t[b:b + 1] or "，", True) >= STRONG_GIVEN and not _is_word(t[b:b + 2])
                        and (_phrase_end(t, b + 1) or _person_after(t, b + 1))):
                continue                      # (杨柳路 + 陈氏 + 中医诊所; 越南籍 + 裴氏安: 氏 is a
                #                               Vietnamese woman's middle name, the walker reads it)
            if m.group("pair"):
                if (a > 0 and _is_word(t[a - 1:a + 1])) or t[a:a + 2] in PLACE_NAMES \
                        or _freq(t[a:a + 2]) >= NAME_WORD_MAX:
                    continue                  # (太原 + 王氏: a clan's seat; 厦门, 江门 + 陈氏: a
                    #                           place's clan; 黄门 is a rare word: 黄门王氏 is she)
            out.append(Hit("person_name", a, b, DETECTOR))
        for m in _FUNCTION_SHI_RE.finditer(t):
            a, b = m.span()
            if t[a] in _STOP or (a > 0 and _is_word(t[a - 1:a + 1])) or _is_word(t[a:a + 2]) \
                    or _CLAN_AFTER_RE.match(t, b) or _org_follows(t, b) or _place_end_before(t, a) \
                    or any(h.start < b and a < h.end for h in hits + out):
                continue
            opened = a == 0 or not _is_cjk(t[a - 1]) or t[a - 1] in "日号" or _any_cue_before(t, a) \
                or (a >= 2 and _is_word(t[a - 2:a]))
            if opened and (b >= len(t) or not _is_cjk(t[b]) or _person_after(t, b)
                           or (_is_verb(t[b:b + 2]) and t[b + 2:b + 3] not in _FUNCTION_SHI_SHOP_HEADS)):
                out.append(Hit("person_name", a, b, DETECTOR))   # (2019年05月26号 + 云姜氏 + 送来材料,
                #                                                    现场 + 宝柴氏 + 拒绝签字: a surname that is
                #                                                    mostly a word before her own and 氏; sn29)
    for h in hits:
        a, b = h.start, h.end
        if b - a != 3 or t[a] not in _SHI_SURNAMES:
            continue
        if a > 0 and t[a - 1] in NAME_SURNAMES and t[a - 1] != t[a] and not _is_word(t[a - 1:a + 1]) \
                and not _place_end_before(t, a - 1) and (a == 1 or not _is_cjk(t[a - 2]) or t[a - 2] in "日号" or t[a - 2] in _STOP
                     or _any_cue_before(t, a - 1)):
            out.append(Hit("person_name", a - 1, b, DETECTOR))     # 顾 + 龚燕琴 at a field's start,
            #                                                        after a date, a particle or a
            #                                                        cue (据 + 谢潘娜蓉; not 向 +
            #                                                        徐跃然, 越南籍 + 陈文俊, 孙庄 + 马志强)
        elif a > 0 and _husband_surname_before(t, a, b) and not any(o.end == a for o in hits):
            out.append(Hit("person_name", a - 1, b, DETECTOR))     # 学员 + 于 + 廖建琴, 高 + 方长梅
        elif t[a + 1] in NAME_SURNAMES and b < len(t) and _given_weight(t[b], True) >= STRONG_GIVEN \
                and not _is_word(t[b:b + 2]) and not _is_word(t[a + 1:a + 3]) \
                and (b + 1 >= len(t) or (not _is_cjk(t[b + 1]) and not t[b + 1].isdigit())
                     or _person_after(t, b + 1) or _is_verb(t[b + 1:b + 3]) or _own_plot_after(t, b + 1)):
            out.append(Hit("person_name", a, b + 1, DETECTOR))     # 董周梅 + 颖 at a field's end
            #                                                        (not 吴淑珍 + 牛3头, 黄兰兴 + 同住)
        elif _wife_name_runs_on(t, a, b) and not any(o.start == b for o in hits):
            out.append(Hit("person_name", a, b + 1, DETECTOR))     # 学生孟方永 + 娜, 店员陆高春 + 颖
            #                                                        (not 吴兰英 + 谷家民夫妇: a name
            #                                                        found begins there)
    return out


# A married woman's name with her husband's surname first (冠夫姓: 于廖建琴, 孟方永娜, 陆高春颖, as
# older ledgers, Hong Kong and Taiwan write it): two surnames, then a given name of two
# characters. The rules above read three of its four characters, from either end; the fourth
# belongs to it where the slot says so: the first surname is set off before it (a cell's start, a
# mark, a list's number, a date, a cue: _married_slot_before), so it ends no word, and for the
# last character, the two given characters are a given name's (_strong_pair) and the last one
# makes no word with what follows.
# Where a preposition that is also a surname (于) may govern the name instead, what follows it
# says so: the person's home, side or hands are a place (于张建华家中, 于王芳处); the markers that
# take a person as their object (向, 给, 和, 由: _OBJECT_MARKERS) never begin such a name.
_PERSON_PLACE_AFTER_RE = re.compile("家|处|门[前口外]|名下|手[中里上]|身[上边旁]|宅|屋|院|店")


def _married_slot_before(t: str, k: int) -> bool:
    """Is the surname at ``t[k]`` set off before it, so that it ends no word: the text's or a
    cell's start, a clause's or a list's mark, an opening bracket, a date's 日 or 号, or a cue
    (学员, 患者, 取车人)? Not a digit or a closing bracket: a unit or a measure may follow them
    (高三（2）班 + 葛子墨, 5方)."""
    return k == 0 or t[k - 1] in _CLAUSE_OPENERS or t[k - 1] in _CELL_OPENERS or t[k - 1] in "（(“\"|" \
        or t[k - 1] in "日号" or _any_cue_before(t, k) or _cue_before(t, k)


def _husband_surname_before(t: str, a: int, b: int) -> bool:
    """Is ``t[a - 1]``, a surname that also begins or ends words (于, 高, 方, 白: WORD_SURNAMES),
    the husband's surname before the woman's whole name at ``a:b`` (学员于 + 廖建琴, 于 + 廖建琴
    + 7岁)? Its slot decides: set off before it, the end of no word (会计师 + 卢建明) and no word with
    the next, no place's end."""
    s1 = t[a - 1]
    if s1 not in WORD_SURNAMES or s1 == t[a] or s1 in _OBJECT_MARKERS or _is_word(t[a - 1:a + 1]) \
            or _place_end_before(t, a - 1) or _word_ends_at(t, a - 1) or not _married_slot_before(t, a - 1) \
            or _given_weight(t[a + 1], False) == 0 or _given_weight(t[b - 1], True) < STRONG_GIVEN:
        return False
    if s1 in _STOP:                       # (于: a preposition of a place or a time, not before a
        return not _PERSON_PLACE_AFTER_RE.match(t, b) and (a - 1 == 0 or not _is_cjk(t[a - 2])
                                                           or _person_marked_after(t, b))
    return True


def _wife_name_runs_on(t: str, a: int, b: int) -> bool:
    """Does the name read at ``a:b`` (two surnames and one given character: 孟方永, 陆高春) go on to
    ``t[b]``, the last of a given name of two (孟方永娜, 陆高春颖)? The second surname may begin
    words too (方, 高, 石: WORD_SURNAMES); the first is set off before it, the two given characters
    are a given name's, and the last one makes no word with what follows."""
    s2 = t[a + 1]
    return b < len(t) and (s2 in NAME_SURNAMES or s2 in WORD_SURNAMES) and s2 != t[a] \
        and s2 not in _STOP and _married_slot_before(t, a) and not _word_ends_at(t, a) and t[b] not in _STOP \
        and t[b] not in _NOT_GIVEN and _strong_pair(t, a + 2) and not _is_word(t[b:b + 2]) \
        and not _is_word(t[a:a + 2]) and not _is_word(t[a + 1:a + 3]) and not _is_word(t[a + 2:b + 2])



# Round 27 (nk27): the four characters read whole where the slot sets them off, whatever the rules
# above read of them (2、张罗长霞（男, 阿姨：赵金世梅家, 车主张蒋爱明到站, ；高梁志伟带班, 姓名：梁许晓生):
# the two surnames may make a word together (张罗, 曹魏, 高梁) or the second and the given name's
# first (金文, 黄玉), so the walker reads a name of two or three, or none. The slot (_married_slot_before,
# a cell's slash, a list's number), two surnames that are no compound one, a given name's pair (its
# last a strong last character) and the end of the four (a mark, a particle, 家, an act, a verb)
# decide; four characters that are a word or an idiom are not read.
_MARRIED_SURNAMES = frozenset(NAME_SURNAMES | WORD_SURNAMES)


def married_four_at(t: str, a: int, relax: str = "") -> bool:
    """Are ``t[a:a + 4]`` a married woman's four characters by their shape and their end (see
    above; the cue rules of detectors.py ask it too: 姓名：梁许晓生, 牧民朱余小娟)? ``relax`` (mw29,
    below): "right" or "left", three of the four are a name read already (the first three, the
    last three); "slot": a slot sets them off (_married_four_hits)."""
    if a + 4 > len(t):
        return False
    s1, s2, g1, g2 = t[a:a + 4]
    left = relax == "left"
    if (s1 not in _MARRIED_SURNAMES and not (left and s1 in FUNCTION_SURNAMES and _cell_start(t, a))) \
            or s2 not in _MARRIED_SURNAMES \
            or (s1 == s2 and (not relax or s1 not in NAME_SURNAMES)) \
            or (s2 in _STOP and not left) \
            or s1 + s2 in COMPOUND_SURNAMES or not (_is_cjk(g1) and _is_cjk(g2)) \
            or s1 in _MODAL_SURNAMES or s1 in _STOP or (s1 in FUNCTION_SURNAMES and not left) \
            or (left and (s1 in _KIN_CHARS or s1 in _OBJECT_MARKERS or _is_word(s1 + s2))) \
            or _freq(t[a + 1:a + 3]) >= CUED_WORD_MIN or _is_verb(t[a + 1:a + 3]) \
            or (a > 0 and (_is_word(t[a - 1:a + 1]) or _word_ends_at(t, a))) \
            or g1 in _STOP or g2 in _STOP or g1 in _NOT_GIVEN or g2 in _NOT_GIVEN \
            or (g1 in _MARRIED_SURNAMES and g2 in _MARRIED_SURNAMES and not (relax and _strong_pair(t, a + 2))) \
            or _given_weight(g2, True) < STRONG_GIVEN \
            or (_given_weight(g1, False) < 1 and _given_weight(g2, True) < TOP_GIVEN) \
            or (_is_word(g1 + g2) and g1 + g2 not in GIVEN_WORDS) or t[a:a + 3] in _lexicon() \
            or t[a:a + 4] in _lexicon() or _set_phrase(t[a:a + 4]):
        return False
    e = a + 4
    if t[a + 1] in _SWALLOWED_ROLE_HEADS and _role_word_at(t, a):
        return False                      # (林农 + 王辉、: a role, then a name of two)
    if relax and a > 0 and ((t[a] in _ROLE_NOUN_TAILS and _role_noun_ends_at(t, a)) or _in_role_word(t, a)
                            or _role_noun_before(t, a + 1) or _formed_role_before(t, a + 1, any_after=True)):
        return False                      # (验光师 + 茹海洋, 苗农 + 朱继丽, 收购商 + 金钰涵: mw29)
    if left:
        return True                       # (the end: the rules that read the last three decided it)
    if e < len(t) and (_org_follows(t, e) or (g1 in _MARRIED_SURNAMES and _is_cjk(t[e]) and t[e] not in _STOP)):
        return False                      # (蜂农 + 陆子涵已: a whole name begins at the "given name")
    if e == len(t) or not _is_cjk(t[e]):
        return True
    return not _is_word(t[e - 1:e + 1]) and (
        t[e] in _STOP or _person_after(t, e) or _is_verb(t[e:e + 2]) or _is_word(t[e:e + 2])
        or _given_weight(g2, True) >= TOP_GIVEN)   # (朱余小娟 + 偷牧; not 职工须符合常 + 住)


def _married_four_hits(t: str) -> list[Hit]:
    return [Hit("person_name", a, a + 4, DETECTOR) for a in range(len(t) - 3)
            if t[a] in _MARRIED_SURNAMES and married_four_at(t, a, "slot")
            and (_married_slot_before(t, a) or (a > 0 and t[a - 1] in "/／")
                 or _LIST_POSITION_BEFORE_RE.search(t, max(0, a - 4), a))]


# Round 29 (mw29): the four characters read whole where the rules read three of them, whatever the
# slot before them (杨磊与 + 张史凤 + 英, 李家村 + 陈 + 王兰英 + 承包户, 晚 + 欧 + 徐兰英/, 验光师: + 王 + 王桂兰,
# 王家畈 + 李 + 于凤英（见证人）): the name read is the evidence a slot gives above, and the character
# beside it makes the married woman's four when the shape does (married_four_at, with the husband's
# surname the same as hers, 王王桂兰, and a given name of two surname characters that are a given
# name's pair, 桂兰, allowed). Read on the right, the end of the four decides as above; read on the
# left, the character before is no word's end, no place's (董家河 + 刘正信), no role's (美容师 + 冯德旺),
# no relative's (之母 + 吴朱春), and follows no name found. A compound
# surname before her whole name is the same form (申屠 + 陈月 + 娥, 万俟 + 冯秀 + 英, 宇文 + 李玉 + 珍).
def _cell_start(t: str, a: int) -> bool:
    """Does ``t[a]`` begin the text, a cell or a clause (花 + 彭秀英和…: a surname that is mostly a
    word elsewhere is a surname there, before a name read)?"""
    return a == 0 or t[a - 1] in _CLAUSE_OPENERS or t[a - 1] in _CELL_OPENERS or t[a - 1] in "\n|｜/／"


def _married_given(t: str, g: int) -> bool:
    """Are ``t[g:g + 2]`` a married woman's given name of two, as married_four_at reads it?"""
    g1, g2 = t[g:g + 2] if g + 2 <= len(t) else ("", "")
    return bool(g1) and _is_cjk(g1) and _is_cjk(g2) and g1 not in _STOP and g2 not in _STOP \
        and g1 not in _NOT_GIVEN and g2 not in _NOT_GIVEN and _given_weight(g2, True) >= STRONG_GIVEN \
        and not (_given_weight(g1, False) < 1 and _given_weight(g2, True) < TOP_GIVEN) \
        and (not _is_word(g1 + g2) or g1 + g2 in GIVEN_WORDS) \
        and (not (g1 in _MARRIED_SURNAMES and g2 in _MARRIED_SURNAMES) or _strong_pair(t, g))


def _married_read_whole(t: str, hits: list[Hit]) -> list[Hit]:
    out = []
    for h in hits:
        a, b = h.start, h.end
        if h.kind != "person_name" or not _is_cjk(t[a]):
            continue
        if b - a == 3 and b < len(t) and t[a + 1] in _MARRIED_SURNAMES and t[b] not in _STOP \
                and married_four_at(t, a, "right") and not any(o.start == b for o in hits):
            out.append(Hit("person_name", a, b + 1, DETECTOR))     # 张史凤 + 英 合伙经营
        elif b - a == 3 and a > 0 and (t[a - 1] in _MARRIED_SURNAMES or t[a - 1] in FUNCTION_SURNAMES) \
                and t[a - 1] not in _STOP and not (a > 1 and (t[a - 2].isdigit() or t[a - 2] in _NUMERALS
                                                          or t[a - 2] in "）)]】")) \
                and not _place_end_before(t, a - 1) and not (a > 1 and t[a - 1] in _GEO_ENDS and _is_cjk(t[a - 2])) \
                and not any(o.end == a or o.start < a < o.end for o in hits) \
                and not (t[a - 1] == "许" and _clock_about_at(t, a - 1)) and not _when_at(t, a - 1) \
                and married_four_at(t, a - 1, "left"):
            out.append(Hit("person_name", a - 1, b, DETECTOR))     # 陈 + 王兰英 承包户
        elif b - a == 4 and t[a:a + 2] in COMPOUND_SURNAMES and t[a + 2] in _MARRIED_SURNAMES \
                and t[a + 2] not in _STOP and b < len(t) and _married_given(t, a + 3) \
                and not _is_word(t[a + 2:a + 4]) and (b + 1 == len(t) or not _is_cjk(t[b + 1]) or t[b + 1] in _STOP
                                                     or _person_after(t, b + 1) or _is_verb(t[b + 1:b + 3])
                                                     or (_is_word(t[b + 1:b + 3]) and not _is_word(t[b:b + 2]))):
            out.append(Hit("person_name", a, b + 1, DETECTOR))     # 申屠 + 陈月 + 娥
    return out


# --- look-alikes with a shape (round 24, lk24) --------------------------------------------------
# Text whose shape says it is no name whatever words stand around it. A hit that begins inside one
# of these spans, or begins with it and ends inside it, is no name (玖仟叁佰贰拾肆 + 元整, 刀 +
# 马旦, 渤 + 海堂, 德承世泽光 + 宗耀祖); a hit that begins before the span is a name beside it and
# stays, and so does one that runs on past it (王小生, 文生华: a given name, not the role).
# An amount in capital numerals (玖仟玖佰元整, 陆万元整, 叁佰元): a run of them before 元 (two or
# more, or one with 整, 角 or 分 after): 伍 and 陆 are surnames, 元 is one too; 伍建国 + 元旦 is
# no run.
_CAPITAL_AMOUNT_RE = re.compile("[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]{2,}[元圆](?:[零壹贰叁肆伍陆柒捌玖][角分]){0,2}整?"
                                "|[壹贰叁肆伍陆柒捌玖][元圆](?:整|[零壹贰叁肆伍陆柒捌玖][角分])")
# A clan's hall named after its commandery of origin (江夏堂, 陇西堂, 安定堂: shaped_words.tsv), not
# a cousin (安定堂兄: a person named 安定 and his 堂兄).
_HALL_RE = re.compile("(?:" + _words_alternation(HALL_COMMANDERIES) + ")堂(?![兄弟姐妹哥嫂叔伯侄姑祖])")
# A generation poem (字辈诗, 派语): the value of its label (字辈：德承世泽光宗耀祖, 派语 文明启后守正克昌,
# 字辈为…), or what brothers are ranked by (按德承世泽光宗耀祖排行), or the lines right after a hall's name
# in a genealogy's heading (弘农堂，永怀忠孝传家继先: two lines of four, five or seven; a commandery's
# hall only: 食堂，王伟今天值班打饭 is a clause). Its characters
# are no names. Not a rank (排行老三, 辈分最高的王伟: no label's separator, or a rank's word first;
# only the labels that name nothing but a poem may run into it: 派语希言公彦承). What brothers are
# ranked by is the poem itself, right before the rank's word: not a person's (按王德福的辈分) nor a
# naming's (按照爷爷王德福的意思起名: a birth's record names the elder who chose the name).
_POEM_LABEL_RE = re.compile(f"(?:(?:字辈|派语|字派|辈分|班辈|派行|行辈|排行|辈序|派序)(?:诗|歌)?"
                            f"(?:[为是]|[ \t　]*[:：=][ \t　]*|[ \t　]+)|(?:字辈|派语|字派)(?:诗|歌)?)(?![第老最较比很的排是为])"
                            f"[{_CJK}]{{4,32}}(?:[，,、 ][{_CJK}]{{4,8}})*")
_POEM_RANKED_RE = re.compile(f"按照?(?:(?!的)[{_CJK}]){{4,20}}?(?:字辈|辈分|排行|排辈|派行)")
_POEM_AFTER_HALL_RE = re.compile("(?:" + _words_alternation(HALL_COMMANDERIES) + ")"
                                 f"堂[，,、 　]+((?:[{_CJK}]{{8}}|[{_CJK}]{{10}}|[{_CJK}]{{14}}))(?=$|[^{_CJK}])")
# The role types and posts of an opera troupe (行当: 刀马旦, 武生, 花脸; 场面: 司鼓, 琴师; shaped_words.tsv).
_OPERA_ROLE_RE = re.compile(_words_alternation(OPERA_ROLES))
_OPERA_ROLE_CHARS = frozenset(w[0] for w in OPERA_ROLES)
# A variety's, a breed's or a model's code after its name (华康3号, 新陆早57号, 两广二号, 工农-12型,
# 小米6代): the word before the number is no person. 号 after a day's number (1 to 31, 二号) is a date
# too (王伟3号来): there the code needs what follows a variety (a count: 华康3号7张, its kind: 品种,
# 蚕种, or a list's punctuation) and no cue before the word (户主王伟3号…); not a stall, a bed or a
# house (王伟57号摊位), nor 型 of a blood group or a disease (2型糖尿病), nor 代 of generations (三代).
_CODE_AFTER_RE = re.compile(r"-?(?:(?P<d>[0-9]{1,4})|(?P<c>[一二三四五六七八九十两]{1,3}))(?P<k>号|型|代)"
                            "(?![楼院门房室铺摊位柜床车船糖血肝病])")
_DAY_CODE_GOES_ON_RE = re.compile(f"[0-9]|品种|蚕种|种子|良种|种苗|样品|[，,、；;）)|/。\n]|$")


def _shaped_spans(t: str) -> list[tuple[int, int, bool]]:
    """The spans of ``t`` whose shape makes them no name: amounts in capital numerals, clans'
    halls, generation poems, opera roles (the codes of varieties are read at a hit's end:
    _coded_after); each with whether it is a role, which a name may begin or end with (文生 +
    华, 王 + 小生)."""
    spans = []
    if "元" in t or "圆" in t:
        spans += [m.span() for m in _CAPITAL_AMOUNT_RE.finditer(t)]
    if "堂" in t:
        spans += [m.span() for m in _HALL_RE.finditer(t)]
        spans += [m.span(1) for m in _POEM_AFTER_HALL_RE.finditer(t)]
    if "字" in t or "派" in t or "辈" in t or "排" in t or "行" in t:
        spans += [m.span() for m in _POEM_LABEL_RE.finditer(t)]
        spans += [m.span() for m in _POEM_RANKED_RE.finditer(t)]
    spans = [(a, b, False) for a, b in spans]
    if not _OPERA_ROLE_CHARS.isdisjoint(t):
        spans += [(*m.span(), True) for m in _OPERA_ROLE_RE.finditer(t)]
    return spans


def _coded_after(t: str, h: Hit) -> bool:
    """Is the hit the name of a variety, a breed or a model, its code right after it?"""
    m = _CODE_AFTER_RE.match(t, h.end)
    if m is None:
        return False
    if m["k"] == "代":
        return m["d"] is not None                       # (一家三代: generations)
    if m["k"] == "号" and (m["c"] is not None or int(m["d"]) <= 31):
        return _DAY_CODE_GOES_ON_RE.match(t, m.end()) is not None and not _cue_before(t, h.start)
    return True


def _without_shaped(t: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less those inside a look-alike with a shape (_shaped_spans, _coded_after); one
    that begins inside it and runs on past it keeps what follows where a surname begins a name
    of two characters or more there (鼓师 + 张剑: not 师张剑)."""
    spans = _shaped_spans(t)
    out = []
    for h in hits:
        if any(a == h.start and (h.end <= b or not role) for a, b, role in spans):
            continue                      # (武生, 安定堂, 乐安堂 + 来历: the hit begins with the
            #                               look-alike; 文生华, a name that begins with a role's
            #                               characters, stays)
        inside = [b for a, b, _n in spans if a < h.start < b]
        if inside and _word_cue_before(t, h.start) and t[h.start] in _SINGLE_SET:
            inside = []                   # (老板 + 胡家宇: 板胡 is a fiddle, but the cue ends inside it)
        if inside:
            b = max(inside)
            if h.end - b < 2 or not (t[b] in _SINGLE_SET or t[b:b + 2] in COMPOUND_SURNAMES) \
                    or _is_word(t[b:h.end]):
                continue
            h = Hit(h.kind, b, h.end, h.detector)
        ran_in = [a for a, _b, role in spans if h.start < a < h.end and not role]
        if ran_in and min(ran_in) - h.start >= 2:
            h = Hit(h.kind, h.start, min(ran_in), h.detector)   # (徐素 + 玖仟玖佰元整: the name
            #                                   ends where the amount begins; 王小生 stays whole)
        if h.detector != LATIN_DETECTOR and _coded_after(t, h):
            continue
        out.append(h)
    return out


# A person named right after the village where the person lives, with nothing between (彭官屯 +
# 卿解放/, 杨家沟 + 张玉珍多次举报, 何寨 + 和明珍的江淮, 朱家峪 + 富光明的江铃): a domain's roster or log
# writes the village as a prefix of the name. The village ends at its last character (屯, 沟, 寨,
# 庄, 营, 坝, 湾, 河 ...); the name after it is a surname of any kind (和, 富, 卿 too: after a village
# no conjunction nor word begins there) and a given name of two characters that given names hold
# (or a given name that is a word: 解放), or of one strong character before a mark, ending where a
# phrase ends or a person's act begins. A second place after the first (王家沟李家坝, 沈家坝白云山
# 景区), a word (李家沟金矿) and a shop (蔡家沟张记) are no name (round 25).
_VILLAGE_NAME_ENDS = frozenset(_VILLAGE_ENDS) | frozenset("庄村河")
_VILLAGE_LENGTHS = (2, 3, 4)             # 何寨, 杨家沟, 彭官屯, 王家大湾
_NO_GIVEN_LAST = _GEO_ENDS | _PLACE_ENDS | _FEATURE_ENDS


def _village_before(t: str, i: int) -> bool:
    """Does a village's name end right before ``t[i]``: a surname's character first, the
    village's last character last, at a phrase's start (the text's, after a mark, a number or a
    space), and no word of the lexicon (经营, 水沟, 农村 are words)?"""
    if i < 2 or t[i - 1] not in _VILLAGE_NAME_ENDS:
        return False
    for n in _VILLAGE_LENGTHS:
        a = i - n
        if a < 0 or not _is_cjk(t[a]):
            return False
        if t[a] in _SINGLE_SET and (a == 0 or not _is_cjk(t[a - 1])) \
                and all(_is_cjk(c) and (c not in _STOP or c in "家各") for c in t[a:i]) \
                and not _is_word(t[a:i]) \
                and not _is_word(t[i - 2:i]):
            return True
    return False


def _village_named_end(t: str, i: int) -> int:
    """The end of a name of a person beginning at ``t[i]`` right after a village, or 0."""
    if t[i] not in _SINGLE_SET or i + 2 > len(t) or _org_at(t, i):
        return 0
    g1, g2 = t[i + 1], t[i + 2:i + 3]
    if not _is_cjk(g1) or g1 in _STOP or g1 in _NOT_GIVEN:
        return 0
    if g2 and _is_cjk(g2) and g2 not in _STOP and g2 not in _NO_GIVEN_LAST \
            and (t[i + 1:i + 3] in GIVEN_WORDS
                 or (_given_weight(g1, False) >= 1 and _given_weight(g2, True) >= 1
                     and not (_is_word(t[i + 1:i + 3]) and _freq(t[i + 1:i + 3]) >= CUED_WORD_MIN))) \
            and not _is_word(t[i:i + 3]) and not _is_word(t[i:i + 2]) \
            and (_phrase_end(t, i + 3) or _person_after(t, i + 3) or _cue_after(t, i + 3)) \
            and not _org_follows(t, i + 3, given_read=True):
        return i + 3                      # 杨家沟 + 张玉珍 + 多次举报, 彭官屯 + 卿解放 + /
    if (i + 2 == len(t) or not _is_cjk(t[i + 2])) and g1 not in _NO_GIVEN_LAST \
            and _given_weight(g1, True) >= STRONG_GIVEN and not _is_word(t[i:i + 2]):
        return i + 2                      # 宋官屯 + 朱花 + /
    return 0


def _village_named_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """Names right after a village's name (see above) that no hit begins at or runs over."""
    out = []
    for m in _VILLAGE_END_RE.finditer(t):
        i = m.end()
        if i >= len(t) or any(h.start < i < h.end or h.start == i for h in hits) \
                or not _village_before(t, i):
            continue
        end = _village_named_end(t, i)
        if end and not any(h.start < i and h.end > i for h in hits):
            out.append(Hit("person_name", i, end, DETECTOR))
    return out


_VILLAGE_END_RE = re.compile(f"[{''.join(sorted(_VILLAGE_NAME_ENDS))}](?=[{_CJK}])")


# A cell that holds only a name, opening a row whose next cell holds what only a person has: a
# phone, an ID, a sex or an age (董平 + TAB + 〔电话〕, 高昌 | 男 | 45岁, 和永福/〔电话〕), or an
# amount paid or given (；双逸飞 2600元；). The slot decides whatever word or place the characters
# also make (高昌 is an old city, 程海 a lake, 和 a conjunction): a place before an amount stays a
# place (高昌 40元 is a ticket's price). The cell opens the text or follows a tab, a bar, a
# semicolon, a line's end or a space after no Chinese character (〔电话〕 + 空格 + 和永福); the name is
# a surname of any kind and one or two characters that given names hold (round 25).
_CELL_OPEN = "\t|｜；;\n"
_CELL_NAME_RE = re.compile(f"(?:^|(?<=[{_CELL_OPEN}])|(?<=[^{_CJK}] ))[ ]*([{_CJK}]{{2,4}})[ ]*"
                           f"(?:\\|\\||[\t|｜/]|[ ]+)[ \t]*"
                           f"(?:(〔身份证号〕|[男女](?=[ \t|｜,，;；/]|$)|[0-9]{{1,3}}(?:周岁|岁))"
                           f"|(〔电话〕|[0-9]{{3}}[-*0-9]{{7,}})|([0-9][0-9,.]*(?:元|块)|[¥￥][0-9]))")


def _cell_name_shape(t: str, a: int, b: int, slot: int) -> bool:
    """Is ``t[a:b]`` a surname (of any kind) and one or two characters of given names, and no
    label, title, relative, job or everyday noun? ``slot``: 2 an ID, a sex or an age follows, where
    a place or a word the lexicon knows as a name or a place stands for a person too (高昌, 江南); 3
    a phone, where a place the lexicon knows as a word or a county does not (华北 + 〔电话〕: a
    region's line; 金平 | 〔电话〕: a row's county; 程海, a lake's name, is a name there); 4 an amount, where no place does, nor a word unless the
    lexicon knows it as a name (宁静 300元)."""
    sur = 2 if t[a:a + 2] in COMPOUND_SURNAMES else 1
    if not (1 <= b - a - sur <= 2) or (sur == 1 and t[a] not in _SINGLE_SET):
        return False
    given, w = t[a + sur:b], t[a:b]
    if any(c in _NOT_GIVEN or _given_weight(c, True) == 0 for c in given):
        return False                      # (金额, 费用, 车费: no given name's character)
    freq, tag = _lexicon().get(w, (0, ""))
    if freq >= LEXICON_WORD_MIN and not (tag in _NAME_LIKE_TAGS and freq < CUED_WORD_MIN):
        return False                      # (常年, 平安: a word of another kind, or a frequent one)
    place = w in KNOWN_PLACES or tag.startswith("ns")
    return w not in NAME_LABELS and not w.startswith(_KIN_WORDS) and w not in _JOB_NOUNS \
        and w not in LIFE_WORDS and w not in NATURE_WORDS and given not in _TITLE_SET \
        and w not in _TITLE_SET \
        and (slot == 2 or (slot == 3 and not tag.startswith("ns") and w not in PLACE_NAMES) or not place) \
        and (slot != 4 or freq < LEXICON_WORD_MIN or tag.startswith("nr"))


def _cell_person_hits(t: str, hits: list[Hit]) -> list[Hit]:
    """Names alone in a cell before a person's phone, ID, sex, age or amount (see above) that
    no hit runs over."""
    out = []
    for m in _CELL_NAME_RE.finditer(t):
        a, b = m.span(1)
        if any(h.start < b and a < h.end for h in hits) or _masked_after(t, b) \
                or ("族" in t and _column_after_named_people(t, a, hits)):
            continue                      # (冯金妹 瑶族| + 毕业照 131…: the row's next column; mi29)
        if _cell_name_shape(t, a, b, next(k for k in (2, 3, 4) if m.group(k) is not None)):
            out.append(Hit("person_name", a, b, DETECTOR))
    return out


def find_names(text: str, *, public_names: bool | str = False, taken: list[Hit] | tuple = (),
               tagger: bool = True) -> list[Hit]:
    """Person names in ``text`` (left to right), except those overlapping ``taken`` (hits of
    the other detectors). ``tagger=False`` leaves out jieba's tagger (the undecided candidates
    are then dropped): the benchmark measures both.

    ``public_names`` is what a field declares public: ``True``, every name found without a cue
    that marks a private person (a 个体工商户 trading under its operator's name); ``"officials"``
    (:data:`OFFICIALS`), only the names of officials in their posts and of people named in
    their public work (a gazette: 任命王伟为局长 stays, 违规船主王伟 goes); ``False``, none."""
    if not may_hold_name(text):
        return []
    if public_names == OFFICIALS:
        hits = find_names(text, taken=taken, tagger=tagger)
        return _without_officials_folded(_folded(text), hits) if hits else hits
    t = _folded(text)
    hits = []
    if any(_is_cjk(c) for c in t):
        hits += _chinese_hits(t, public_names, tagger)
        labels = _label_spans(t) if _LABEL_LAST_RE.search(t) else []
        if labels:
            hits = _after_labels(t, hits, labels, public_names, tagger)   # (周三 + 瞿建国, 押车 + 杨德兵)
        if hits and "家" in t:
            hits = _household_ends(t, hits)                        # (高博家 + 在场外等候)
        if hits and not public_names:
            hits += _beside_found(t, hits, tagger)
        if hits and _PAIR_AFTER_RE.search(t):
            hits = _pair_partners(t, hits)                         # (林森 + 王芳夫妇, 付锋 + 訾嘉悦夫妇)
        if not public_names and " " in t:
            hits += _gap_closed_hits(t, tagger)
        if not public_names and _ROSTER_FIRST.intersection(t):
            hits += _roster_hits(t)
        if not public_names and ("｜" in t or "|" in t or "名" in t or "人员" in t):
            hits += _roll_record_hits(t)                           # (1. 高峰 入股…, ｜周全｜〔身份证号〕)
        if not public_names:
            hits += _brought_in_hits(t)                            # (替 + 刘建华 + 扛化肥, 由 + 齐心 + 跟进)
        if not public_names and (" " in t or "|" in t or "｜" in t):
            hits += _log_slot_hits(t)                              # (2026-12-10 张旭 开挖, 王楠|D区24号|…)
        if not public_names and _GLUED_STAMP_RE.search(t):
            hits += _glued_log_hits(t)                             # (11:25 + 周芳 + 到站, 5月18号：吴娥 + 网店)
        if not public_names and hits and "\n" in t and _NUMBERED_ROLL_LINE_RE.search(t):
            hits += _numbered_roll_hits(t, hits)                   # (一、〔姓名〕（冯庄村）⏎二、马利成（贾集镇）)
        if not public_names and hits and "元" in t and _NOTICE_LIST_OPEN_RE.search(t):
            hits += _notice_row_hits(t, hits)                      # (名单予以公示：…⏎3.袁绍坤 竹制品 8400元: pn29)
        if not public_names and ("\t" in t or "|" in t or "｜" in t or "/" in t or " " in t or "；" in t):
            hits += _cell_person_hits(t, hits)                     # (高昌 | 男 | 45岁, 和永福/〔电话〕)
        if not public_names and _VILLAGE_END_RE.search(t):
            hits += _village_named_hits(t, hits)                   # (杨家沟 + 张玉珍, 彭官屯 + 卿解放)
        if not public_names and hits:
            hits += _run_hits(t, hits)                             # (〔姓名〕 9:29 宗和 9:20, 〔姓名〕，荣成，〔姓名〕)
        if not public_names and "户" in t and _TRADE_HOUSEHOLD_WORD_RE.search(t):
            hits += _trade_household_hits(t)                       # (谢霞 + 富士苹果经营户, 张伟 + 生猪养殖户)
        if not public_names:
            hits += _married_hits(t, hits)                         # (张门王氏, 妻陈氏, 顾 + 龚燕琴)
            hits += _married_four_hits(t)                          # (2、张罗长霞（男: nk27)
            hits += _married_read_whole(t, hits)                   # (杨磊与张史凤 + 英, 申屠陈月 + 娥: mw29)
            hits += _nickname_hits(t, [(h.start, h.end) for h in hits] + [m.span() for m in _PLACEHOLDER_FIND_RE.finditer(t)])   # (小名二丫)
            hits += _slot_nickname_hits(t, hits)                   # (接班：老疙瘩, 3、来喜 丁家村: nk27)
            if "：" in t or ":" in t:
                hits += _unknown_surname_slot_hits(t, hits)        # (投诉人：福翠, 过磅员： 曲江山: sn29)
            if "\n" in t and ("你" in t or "您" in t):
                hits += _addressee_hits(t)                         # (公告送达⏎细凤：⏎你与…: pn28)
            if "其" in t or "之" in t:
                hits += _kin_given_hits(t)                         # (由其子 + 婷香 + 代为转达)
        if labels and hits:               # (周一〔姓名〕、周三 + 瞿建国: the label is no list item)
            hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in labels)]
        if hits:
            hits = [h for h in hits if t[h.start:h.end] not in NAME_LABELS   # (周末 + 加班: no name)
                    and not _LABEL_DAY_RE.fullmatch(t, h.start, h.end)   # (周二 + 张伟/李强: a day)
                    and not _trade_word_hit(t, h)   # (邱莉 + 杨树 + 35方, 王爱莲 + 牧羊犬: round 28)
                    and not _doubled_function_word(t, h.start)]   # (25号 + 宝宝照套系: sn29)
    if not public_names and _LATIN_LETTER_RE.search(t):
        if _LATIN_TRIGGER_RE.search(t) or _LATIN_ROLE_NAME_RE.search(t):
            hits += _latin_hits(t)
        if _LATIN_SINGLE_RE.search(t) or _DEALT_WITH_SINGLE_RE.search(t):
            hits += _single_element_latin_hits(t)
        hits += _three_syllable_hits(t)   # (LEONG Man Ieng, Lu Wen Chieh, Low Siew Ling)
        if _TWO_INITIALS_RE.search(t):
            hits += _two_initials_hits(t)   # (Tang ZJ, PENG LL: round 26)
        if "(" in t:
            hits += _given_age_hits(t)
        if _NAME_PART_FIELD_RE.search(t):
            hits += _name_part_field_hits(t)
        if "-" in t and _HYPHEN_JOINED_RE.search(t):
            hits += _hyphen_joined_hits(t)
        if _JOINED_NAME_RE.search(t):
            hits += _joined_hits(t)
        if _CAMEL_NAME_RE.search(t):
            hits += _camel_name_hits(t)
        if _MINORITY_LATIN_RE.search(t):
            hits += _minority_latin_hits(t)  # (Pasanglhakpa, Ekber-Ayshem: a minority's name as one word)
        if "a" in t and _ENGLISH_NICKNAME_CJK_RE.search(t):
            hits += _english_nickname_hits(t)   # (child's nickname 晨晨; round 25)
        if " " in t and _LOWER_LETTERS_RE.search(t):
            hits += _lower_cued_hits(t)
            if "." in t:
                hits += _lower_initial_hits(t)
            hits += _lower_romanised_hits(t)
            if hits:
                hits = _lower_list_neighbours(t, hits)
        if hits and ("&" in t or " and " in t):
            hits += _coordinated_latin_hits(t, hits)   # (LIN Xinmei and + T.J. Feng + co-own: en29)
    hits = [_latin_name_whole(t, h) if h.detector == LATIN_DETECTOR else h for h in hits]
    if hits and _BREED_RE.search(t):
        hits = [h for h in hits if not (h.detector == LATIN_DETECTOR and _BREED_RE.fullmatch(t, h.start, h.end))]
        #                                   (injured Chow Chow ear, Lin's Shih Tzu: a breed)
    if hits and _ROMANISED_FIGURE_RE.search(t):
        hits = _without_romanised_figures(t, hits)   # (Lei Feng film shown)
    if hits and _LATIN_LETTER_RE.search(t):
        hits = _without_split_places(t, hits)   # (Red Star (Long Quan), place=Jiang Shan: en29)
    if hits and "号" in t and _VESSEL_WORD_RE.search(t):
        hits = [h for h in hits if not _vessel_name(t, h)]   # (渡船金江号: a ship)
    if hits:
        hits = _without_shaped(t, hits)   # (玖仟叁佰贰拾肆元整, 江夏堂, 刀马旦, 华康3号: lk24)
    if ":" in t or "】" in t or "\n" in t or "〔电话〕" in t or _FIELD_DWELLING_RE.search(t):
        hits = _field_values(t, hits, public_names)                 # (住址：和田, 权利人：但秋月, Address: He Tian)
    if hits and _LATIN_LETTER_RE.search(t):
        hits = _latin_with_alias(t, hits)
    if "(" in t and hits and any(_is_cjk(c) for c in t):
        hits += _spelled_both_ways_hits(t, hits)
    if taken:
        hits = [h for h in hits if not any(o.start < h.end and h.start < o.end for o in taken)]
    if "《" in t:                         # (no name inside a work's title, whatever read it)
        hits = [h for h in hits if _work_title_close(t, h.start) < h.end - 1]
    if hits and ("(" in t or "by" in t) and _QUOTED_TITLE_RE.search(t):
        hits = [h for h in hits if not _latin_author_after_title(t, h)]
    hits = [h for h in hits if not _masked_after_letters(t, h.end) and not _masked_before(t, h.start)
            and not (h.detector == LATIN_DETECTOR and _latin_masked_beside(t, h))]
    #                                   (古丽娜尔·**, 阿依 + 古丽·**, 米*·热合曼, Wong **: anonymised
    #                                   already)
    if hits and not public_names:
        hits = minority_names_run_on(t, hits)   # (肖叶 + 坎, 鲍格日 + 勒: a minority's name read short)
    if hits and (MINORITY_SURNAMES.intersection(t) or COMMON_CHARACTER_SURNAMES.intersection(t)):
        hits = [h for h in hits if not minority_surname_misread(t, h.start, h.end)]   # (德宏, 宝山)
    if hits and _PLATE_TAIL_RE.search(t):
        hits = _without_plate_province(t, hits)   # (郦玉珍 + 新L K0555, 车 + 新H·M3037: a plate)
    if hits and _PLANT_COUNT_RE.search(t):
        hits = [h for h in hits if not _counted_plant(t, h)]   # (刘文军，杨树 + 3株: pn28)
    if hits and _DATE_UNITS.intersection(t):
        hits = _past_date_unit(t, hits)   # (7月26日 + 加娜尔．吐尔逊别克: a date's 日 is no name's; mi29)
    # one hit per stretch of text: the first, and the longest of those starting together
    hits.sort(key=lambda h: (h.start, -h.end))
    out: list[Hit] = []
    for h in hits:
        if not out or h.start >= out[-1].end:
            out.append(h)
        elif h.end > out[-1].end and h.detector == LATIN_DETECTOR == out[-1].detector \
                and h.kind == "person_name" == out[-1].kind \
                and not any(c in ",;|/\t\n" for c in t[out[-1].start:h.end]):
            out[-1] = Hit(h.kind, out[-1].start, h.end, h.detector)
            #                               (Frank Pang Yong + Pang Yong Hwee: two readings of one
            #                               Singapore name, English given name first; en29; not
            #                               across a list's comma: two persons)
    return out


# A vehicle's plate: the province's one-character abbreviation, the letter of its city, and five or
# six letters and digits (with a dot or a space after the letter; 挂 for a trailer): 新L K0555,
# 新H·M3037, 粤GM9116. The province's character glued to a name before it is no given name's.
PLATE_PROVINCES = frozenset("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
_PLATE_TAIL_RE = re.compile(f"[{''.join(sorted(PLATE_PROVINCES))}]"
                            r"[A-Z][·・. \t]?[A-Z0-9]{4,6}(?![A-Za-z0-9])")


# A plant counted by its stems, glued to the count: a tree's kind (杨树, 柳树, 毛竹: a tree head 树 竹
# 松 柏 杉 桑 last) then the number and a measure word of plants or timber (株, 棵, 蔸, 丛, 立方米) is the
# item of a felling permit or a crop-compensation list (申请人：刘文军，杨树3株), no person, though jieba
# tags 杨树 and 柳树 as names; a person's count follows a separator (王树：3株).
_PLANT_HEADS = frozenset("树竹松柏杉桑")
_PLANT_COUNT_RE = re.compile("[0-9０-９]+(?:\\.[0-9]+)?(?:株|棵|蔸|丛|立方米|方)")


def _counted_plant(t: str, h: Hit) -> bool:
    return h.kind == "person_name" and h.end - h.start == 2 and t[h.end - 1] in _PLANT_HEADS \
        and _PLANT_COUNT_RE.match(t, h.end) is not None


def _without_plate_province(t: str, hits: list[Hit]) -> list[Hit]:
    """The hits without a plate's province character at their end (郦玉珍新 + L K0555: 郦玉珍; 车新 +
    H·M3037: 车 is the vehicle, no name; round 27, dw27): a name read short by one keeps two
    characters at least, else it is dropped."""
    out = []
    for h in hits:
        if h.kind == "person_name" and h.end - h.start >= 2 and t[h.end - 1] in PLATE_PROVINCES \
                and _PLATE_TAIL_RE.match(t, h.end - 1):
            if h.end - 1 - h.start >= 2:
                out.append(Hit(h.kind, h.start, h.end - 1, h.detector))
            continue
        out.append(h)
    return out


def _folded(text: str) -> str:
    """``text`` as the rules read it, position for position: full-width forms folded,
    traditional characters simplified where a surname is written so (当事人陳淑華), pinyin's tone
    marks dropped (Zhāng Wěi is Zhang Wei; ǚ stays ü)."""
    t = fold(text)
    if _TRADITIONAL_SURNAME_RE.search(t):
        t = t.translate(TRAD_TO_SIMP)
    return t.translate(_TONELESS) if _TONE_MARK_RE.search(t) else t


# Pinyin's vowels with tone marks, and the same without (one character for one).
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ"
_TONELESS = str.maketrans(_TONED, "aaaaeeeeiiiioooouuuuüüüüAAAAEEEEIIIIOOOOUUUU")
_TONE_MARK_RE = re.compile(f"[{_TONED}]")


def redact_names(text: str, *, public_names: bool | str = False) -> str:
    """``text`` with every name :func:`find_names` finds replaced by 〔姓名〕."""
    hits = find_names(text, public_names=public_names)
    return redact_with(text, hits) if hits else text


# --- columns and whole texts -----------------------------------------------------------------

def series_name_hits(series, *, public_names: bool | str = False) -> list[tuple[int, str, list[Hit]]]:
    """``(position, text, hits)`` for the cells of a column that hold a name this module
    finds (0-based positions). The column is reduced to its distinct values;
    :func:`may_hold_name` (:data:`NAME_PREFILTER` in two parts) keeps those that may hold a
    name; only they go through :func:`find_names` (and the tagger only for the few it cannot
    decide)."""
    import numpy as np
    import pandas as pd

    from .detectors import distinct_text

    if len(series) == 0 or not (pd.api.types.is_object_dtype(series.dtype)
                                or pd.api.types.is_string_dtype(series.dtype)):
        return []
    codes, uniques = distinct_text(series)
    if len(uniques) == 0:
        return []
    pos = np.flatnonzero(np.fromiter((may_hold_name(u) for u in uniques.tolist()), dtype=bool,
                                     count=len(uniques)))
    found: dict[int, tuple[str, list[Hit]]] = {}
    for p, text in zip(pos.tolist(), uniques.iloc[pos].tolist()):
        hits = find_names(text, public_names=public_names)
        if hits:
            found[p] = (text, hits)
    if not found:
        return []
    rows = np.flatnonzero(np.isin(codes, np.fromiter(found, dtype=codes.dtype)))
    return [(int(r), *found[int(codes[r])]) for r in rows]


def redact_with(text: str, hits: list[Hit]) -> str:
    """``text`` with each name hit replaced by 〔姓名〕 (overlaps: the first wins)."""
    out, pos = [], 0
    for h in sorted(hits, key=lambda h: h.start):
        if h.start < pos:
            continue
        out += [text[pos:h.start], PLACEHOLDER]
        pos = h.end
    out.append(text[pos:])
    return "".join(out)


def redact_personal(text: str, *, public_names: bool | str = False) -> str:
    """Every personal value in a free text: the detectors' (IDs, phones, cards, e-mails,
    addresses, cued names), then the names found without a cue. For text from a source
    document that goes into metadata (a title, a note above or below the table)."""
    from .detectors import redact_text

    if not text or not isinstance(text, str):
        return text
    first = redact_text(text)
    hits = find_names(first, public_names=public_names)
    return redact_with(first, hits) if hits else first
