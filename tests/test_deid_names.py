"""The person-name detector (gongkai.deid.names) by class: given names outside a closed table,
organisations and shops built on a surname, places built on or ending in a surname, English
remarks. Examples are this file's own; the measured figures are benchmarks/bench_names.py's."""

from __future__ import annotations

import re
import pytest
from hypothesis import assume, given, settings, strategies as st

from gongkai.deid._names import GIVEN_FIRST, GIVEN_LAST, WISH_NAMES
from gongkai.deid.names import OFFICIALS, _is_word, find_names, redact_names


def _found(text: str, **kw) -> list[str]:
    return [text[h.start:h.end] for h in find_names(text, **kw)]


def _deidentified(text: str) -> str:
    """A free-text cell as deidentify_frame leaves it: the detectors, then the name detector."""
    from gongkai.deid.detectors import redact_text
    from gongkai.deid.names import redact_with

    first = redact_text(text)
    hits = find_names(first)
    return redact_with(first, hits) if hits else first


# --- given names ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("经核实谭民主长期患病", "谭民主"),           # a given name that is a word of its years
    ("黄满仓今年七十岁，独居", "黄满仓"),
    ("昨天邓来旺到村委会办理了变更", "邓来旺"),    # 来 usually ends a name (来了); here it begins one
    ("诉求人杨和平，要求回电", "杨和平"),
    ("许根宝一直租住在城中村", "许根宝"),
    ("常家豪住院期间自付费用较多", "常家豪"),      # 家 begins a given name, not 常家 (a family)
    ("马祎今年七十三岁", "马祎"),                  # a character rare in the lexicon
    ("皇甫敏养了两头牛", "皇甫敏"),                # a compound surname whose first character is no surname
])
def test_given_names_outside_a_closed_table(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", ["王师傅修好了水管", "刘主任到场", "张大爷腿脚不便的情况已核实",
                                  "这张照片模糊", "乔家河村委会", "经查李某某存在违规"])
def test_titles_measure_words_villages_and_anonymised_forms_are_not_names(text):
    assert _found(text) == []


def test_position_of_given_name_characters():
    # 小 and 二 begin given names, 生 and 娣 end them: 王小 is no name, 王小明 is
    assert GIVEN_FIRST.get("小") and not GIVEN_LAST.get("小")
    assert GIVEN_LAST.get("娣") and not GIVEN_FIRST.get("娣")
    assert _found("王小今天没来") == [] and _found("王小明今天没来") == ["王小明"]


_SENTENCE = st.sampled_from(["{n}今年七十岁", "入户时{n}不在家", "经查{n}名下无车辆", "{n}外出务工",
                             "据了解{n}的孩子在上学"])


_GIVEN_POOL = "伟芳秀英建国满仓根宝来旺凤兰玉珍桂花铁柱招娣"


@settings(max_examples=150, deadline=None)
@given(frame=_SENTENCE, surname=st.sampled_from("王李张刘陈杨赵吴孙周徐胡郭何马罗梁宋郑谢韩唐冯"),
       first=st.sampled_from([c for c in _GIVEN_POOL if GIVEN_FIRST.get(c)]),
       last=st.sampled_from([c for c in _GIVEN_POOL if GIVEN_LAST.get(c)]))
def test_a_frequent_surname_and_two_given_name_characters_are_removed(frame, surname, first, last):
    name = surname + first + last
    assume(not _is_word(name[:2]))          # 王国 (a kingdom) is read as a word
    out = redact_names(frame.format(n=name))
    assert name not in out


# --- organisations and shops ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "申请人在王建国实业有限公司打零工",       # a whole name, then an organisation word
    "收入证明由刘旺商贸经营部开具",
    "投诉对象为赵记烧饼",                      # S记 + a trade
    "在鑫罗泰会计师事务所务工",                # a brand character before the surname
    "途经董成废品收购站时",                     # a trade that is also a verb, then 站
    "老黄五金占道经营被责令整改",              # a surname as a nickname
    "马师傅炸鸡开具了证明",                     # a surname and a trade title
    "家住华蔡盛商行附近",
])
def test_organisations_and_shops_built_on_a_surname_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("张伟种植玉米十亩", "张伟"),               # 种植 is a verb here, not a co-operative's trade
    ("李秀英经营小卖部，收入超过标准", "李秀英"),
    ("刘洋在王记烧饼打零工", "刘洋"),           # a person before a shop
])
def test_a_person_next_to_a_trade_word_is_still_a_name(text, name):
    assert name in _found(text)


# --- places ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "户籍在邹平金龙镇",                # 邹平金 reads like a name; 龙镇 closes a place
    "投诉对象为赵登禹路沿街商户",      # a road named after a person
    "原住平阴明水街道",                # 阴 ends a county, 明水 is no given name here
    "搬迁至万俟家滩",                  # a village named after a family
    "乔家河村委会出具证明",
    "途经李公堤时",
    "姜记胡辣汤永久停业",              # 汤 ends a shop's trade
    "宋庆龄故居对外开放",
])
def test_places_built_on_or_ending_in_a_surname_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("复核时段硕提供了医疗费用票据", "段硕"),   # 时段 is a word, but 时 ends the clause here
    ("张伟镇上的房子已出租", "张伟"),          # 镇上 is a word, not a town's end
    ("李秀英村民小组长反映", "李秀英"),
])
def test_a_person_before_a_place_character_is_still_a_name(text, name):
    assert name in _found(text)


# --- English remarks -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Mr LYU Qiuju declined the visit", "LYU Qiuju"),        # ü spelled yu
    ("signed by Xiu-ying Zheng on behalf of her mother", "Xiu-ying Zheng"),
    ("Wang Xiu Ying moved out in May", "Wang Xiu Ying"),     # a given name in two words
    ("benefit paid to Wang Fang's daughter", "Wang Fang"),
    ("Household Head: ZHAO Tiezhu Applicant", "ZHAO Tiezhu"),
    ("Sun Lin, 68, lives alone", "Sun Lin"),                # English words, but no sentence follows
])
def test_english_remarks_names(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", ["works at Zhou Ji Dumplings", "address: Song Jia Zhuang Road",
                                  "Tang Shan Steel issued the certificate", "moved to Hong Kong",
                                  "shop rented from Liu's Kitchen", "He Ran the shop until 2020"])
def test_english_shop_firm_and_place_names_are_kept(text):
    assert _found(text) == []


# --- the release gate ----------------------------------------------------------------------------

def _listing(tmp_path, remark: str):
    rows = ["户主,保障人数,备注", "〔姓名〕,2,无", "〔姓名〕,3,因病致贫", f"〔姓名〕,1,{remark}"]
    (tmp_path / "listing.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


@pytest.mark.parametrize("remark", ["经核实黄满仓长期患病", "收入证明由邓来旺本人提交",
                                    "applicant moved out; signed by Xiu-ying Zheng"])
def test_the_gate_refuses_one_uncued_name_in_a_remark(tmp_path, remark):
    from gongkai.deid.gate import scan_paths

    _listing(tmp_path, remark)
    findings = scan_paths([tmp_path])
    # the file's line 4 (the header is line 1), as the validator numbers rows
    assert [(f.row, f.column) for f in findings if "person_name" in f.detector] == [(4, "备注")]


@pytest.mark.parametrize("remark", ["在王建国实业有限公司打零工", "户籍在邹平金龙镇", "works at Zhou Ji Dumplings",
                                    "姜记胡辣汤永久停业"])
def test_the_gate_passes_firms_places_and_shops(tmp_path, remark):
    from gongkai.deid.gate import scan_paths

    _listing(tmp_path, remark)
    assert scan_paths([tmp_path]) == []


@pytest.mark.parametrize("text", ["213,农林水支出", "环境空气质量综合指数（越小越好）", "（越来越多的企业）"])
def test_budget_words_and_correlatives_are_no_names(text):
    # 农林 + 水: a word the lexicon knows is not outvoted by a given-name pair the lexicon does
    # not know as a name; 越…越 repeats its first character, which a given name rarely does
    from gongkai.deid.names import find_names

    assert find_names(text) == []


def test_a_given_pair_the_lexicon_knows_as_a_name_still_outvotes_a_word():
    from gongkai.deid.names import find_names

    assert [(h.start, h.end) for h in find_names("徐海燕、〔姓名〕夫妇均患慢性病")] == [(0, 3)]


# --- third round: given names that are words, what only a person does, lists, dotted and
# comma-written names, public figures, relatives --------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("〔姓名〕、刘解放两人均年满七十周岁", "刘解放"),     # a given name that is a word of its years
    ("经村委会证明，仇解放无其他收入来源", "仇解放"),     # ... after a surname that is also a word
    ("于石头（〔电话〕）系残疾人", "于石头"),
    ("凤立新多次来电催办供暖问题", "凤立新"),           # a surname that is mostly a plain word
    ("本月白森未到场签字", "白森"),                     # what only a person does: 未到场
    ("此前景怡已享受过临时救助", "景怡"),               # 前景 is a word; 已享受 says a person
    ("走访中发现楼然独自居住", "楼然"),                 # 楼 usually ends a place
    ("闭红霞于2025年2月10日死亡，停发", "闭红霞"),      # a date after 于
    ("〔姓名〕和平敏是同一户", "平敏"),                 # listed with a name already found
    ("于航、〔姓名〕二人合伙经营", "于航"),
])
def test_names_found_by_the_third_round(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "组织学雷锋志愿服务",             # public figures remembered are no personal data
    "弘扬焦裕禄精神，做人民满意的公务员",
    "现由孙女代为领取",               # a relative word that begins with a surname character
    "请于三日内到窗口补交材料",        # 于 + a numeral and a time unit
    "开户行农商银行",                 # a surname character before a common word (银行)
    "在罗庄区无照经营",
    "保护历史文化名城",               # 史 + 文化 inside a phrase: not a given name that is a word
    "加强文化建设，促进社会和平安定",
])
def test_public_figures_relatives_times_and_words_are_not_names(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("居民阿依古丽·买买提申请临时救助", "阿依古丽·买买提"),
    ("约翰·史密斯来访", "约翰·史密斯"),
])
def test_transliterated_names_with_a_middle_dot(text, name):
    assert _found(text) == [name]


def test_a_dotted_title_is_not_a_name():
    assert _found("阅读《钢铁是怎样炼成的·保尔》") == []


@pytest.mark.parametrize("text, names", [
    ("Applicant: Zhang, Wei (ID on file)", ["Zhang, Wei"]),
    ("Wang, Jianguo; Liu, Fang", ["Wang, Jianguo", "Liu, Fang"]),
    ("LI, Xiaohong signed the form", ["LI, Xiaohong"]),
])
def test_english_family_comma_given(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", ["Jinan, Shandong", "Beijing, China", "Dear Sir, Please call"])
def test_english_places_with_a_comma_are_kept(text):
    assert _found(text) == []


@settings(max_examples=120, deadline=None)
@given(surname=st.sampled_from("王李张刘陈杨赵吴孙周徐胡郭何马罗梁宋郑谢韩唐冯于许程"),
       given_word=st.sampled_from(["建国", "解放", "胜利", "卫国", "援朝", "金花", "腊梅", "石头",
                                   "海波", "秋菊", "满仓", "来福"]),
       frame=st.sampled_from(["{n}，", "经核实，{n}的低保待遇已落实", "〔姓名〕、{n}两人均年满七十周岁",
                              "{n}（户主）今年未参加年审", "走访时{n}不在家"]))
def test_a_given_name_that_is_a_word_is_removed_after_any_frequent_surname(surname, given_word,
                                                                            frame):
    text = frame.format(n=surname + given_word)
    assert surname + given_word not in redact_names(text)


def test_relatives_in_front_of_a_name_leave_the_name_to_be_found():
    from gongkai.deid.detectors import redact_text

    assert redact_text("反映其父亲郑解放的低保待遇未落实") == "反映其父亲〔姓名〕的低保待遇未落实"
    assert redact_text("补助金由女婿区英代为领取") == "补助金由女婿〔姓名〕代为领取"
    assert redact_text("银行账户户名为何胜利，开户行农商银行") == "银行账户户名为〔姓名〕，开户行农商银行"
    assert redact_text("联系人为其女儿") == "联系人为其女儿"


@pytest.mark.parametrize("text, names", [
    ("补贴名单：公传宗、门刚和王建华", ["公传宗", "门刚", "王建华"]),   # a list: its names found before it
    ("低保户名单：江涛（3人）、常青（2人）", ["江涛", "常青"]),           # a household's size in brackets
    ("石林（户主）长期患病", ["石林"]),                                   # a role in brackets, even for a word
])
def test_lists_and_bracketed_roles(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", ["向雷锋同志学习", "毛收入按月核算", "Liu Laoshi Tutoring",
                                  "Wu Ying Gate", "Wang Mou (anonymised)", "历史和文化"])
def test_remembered_figures_words_english_venues_and_anonymised_pinyin_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", ["在邹平务工", "到巩义打工", "乌鲁木齐", "盖章确认", "麦田里",
                                  "人民币伍仟叁佰元整", "补助陆佰元"])
def test_counties_words_the_lexicon_tags_as_names_and_capital_numerals_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [("金秀云反映小区垃圾清运不及时", "金秀云"),   # 金秀 is a county
                                        ("高明（3人）", "高明"), ("伍建华来电", "伍建华")])
def test_a_name_that_begins_like_a_county_or_a_numeral_is_still_a_name(text, name):
    assert name in _found(text)


def test_the_county_table_comes_from_the_installed_package():
    from gongkai.deid._names import PLACE_NAMES

    assert {"邹平", "滕州", "乌鲁木齐", "石林"} <= PLACE_NAMES and len(PLACE_NAMES) > 2500


@pytest.mark.parametrize("text, name", [
    ("车主：扎西平措；驾驶员：〔姓名〕", "扎西平措"),          # Tibetan names have no surname
    ("公示：巴图苏和（3人）", "巴图苏和"),                    # nor do Mongolian ones
    ("因迪丽拜尔·肉孜未连续缴费", "迪丽拜尔·肉孜"),
    ("唐书恒拒不改正，按日连续处罚", "唐书恒"),
    ("回访黄素芬未接通", "黄素芬"),
    ("首笔18500元已付给刘家豪", "刘家豪"),
])
def test_names_without_surnames_and_more_person_contexts(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "诉求人称在许留山购买的商品存在质量问题",     # where one buys is a shop
    "杨善洲精神宣传月活动",                       # a figure held up as an example
    "学习张桂梅老师事迹",
    "Mrs Hu called twice; full name not given",   # a surname and a title, as 王先生
    "Teacher Han called twice",
    "Volunteers from Zhang Liang Malatang visited",
    "扎西德勒",                                    # one name element and a greeting
])
def test_shops_examples_titles_and_pinyin_brands_are_kept(text):
    assert _found(text) == []


def test_a_name_before_a_word_about_health_is_still_a_name():
    assert "韩秀英" in _found("韩秀英精神状态不佳，已联系家属")


@pytest.mark.parametrize("text, name", [
    ("乔红住院期间由其子陪护", "乔红"),        # a word the lexicon knows as a name, doing what a person does
    ("已约谈路洋，做好思想工作", "路洋"),      # 路 usually ends a road; 约谈 takes a person
    ("投诉人马睿，电话", "马睿"),               # 人马 is a word, 投诉人 still a cue
    ("谷雨桐对处理结果表示满意", "谷雨桐"),     # a solar term that begins a three-character name
])
def test_names_next_to_words_that_look_like_something_else(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", ["本月由于工作调整暂停办理", "谷雨前后播种", "穆斯林群众", "住房改革支出"])
def test_calendar_words_compounds_and_one_character_cues_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("资助对象认定表签字人：辅导员高山。", "高山"),     # a word that is a name after a role
    ("高山（75岁）股骨头坏死住院", "高山"),             # ... before an age
    ("智能手环报警：钟声大爷夜间跌倒", "钟声"),         # ... before a title
    ("行为人额尔敦拒不配合检查", "额尔敦"),             # a Mongolian name of one element
    ("听证由萨仁图雅申请", "萨仁图雅"),
    ("特困供养：王秀兰、齐心及李建国，集中供养", "齐心"),  # a name-like word in a list of names
    ("因急性白血病长期透析，郭俊轩本年度门诊慢特病报销", "郭俊轩"),  # 本 begins another phrase
])
def test_names_in_strong_person_contexts(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "助餐点反映老人连续三天未取餐",          # 连续 after a word for people in general
    "非工作时间来电，已次日回拨",            # 时间 is a noun, whatever follows
    "肖师傅经营的曹氏宗祠已停业整顿",        # a title is no given name
    "由继承人共同签订补偿协议",              # 继承 + 人: a role, not 由 + a given name
    "用好志愿服务站，为周庄留守老人理发",     # a village named after a family
    "Mrs. Huang runs a stall near Zhang Xiaoquan scissors shop",
])
def test_words_in_person_like_contexts_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "联系人张先生，电话",            # a surname with a title, after a cue as anywhere
    "申请人：刘某某",                # anonymised after a cue
    "家属李女士签字",
    "被申请人张记餐饮店",            # a shop after a cue
    "申请人李氏家具厂",
    "联系人：孙村卫生室",
    "监护人：县民政局",              # an office after a cue
    "户主：集体户",
    "调解员李老师主持调解",           # the title takes 李 as its surname
    "由张师傅代领",
])
def test_the_cue_detectors_keep_titles_anonymised_forms_shops_and_offices(text):
    from gongkai.deid.detectors import redact_text

    assert redact_names(redact_text(text)) == text


@pytest.mark.parametrize("text, name", [("户主：扎西平措", "扎西平措"), ("户主：欧阳明", "欧阳明"),
                                        ("由儿媳妇方山照顾", "方山"), ("张慧梅女士反映", "张慧梅")])
def test_names_after_cues_and_before_titles_are_still_names(text, name):
    from gongkai.deid.detectors import redact_text

    assert name not in redact_names(redact_text(text))


@pytest.mark.parametrize("text, names", [
    ("Students Li Hua, Gu Youcai and Wang Lei", ["Li Hua", "Gu Youcai", "Wang Lei"]),  # a list
    ("Signed: X. Wang", ["X. Wang"]),                                               # an initial
    ("Zhang W. collected", ["Zhang W."]),
])
def test_english_lists_and_initials(text, names):
    assert _found(text) == names


def test_an_abbreviation_is_no_initial():
    assert _found("U.S. Li") == []


@pytest.mark.parametrize("text", ["当事人销售假冒王致和腐乳", "销售标注为陈李济的药品", "查获假冒金龙鱼食用油",
                                  ])
def test_brands_in_market_records_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [("李强手机号码13800000000", "李强"), ("白雪电话未接通", "白雪")])
def test_a_word_the_lexicon_knows_as_a_name_before_a_phone_is_a_name(text, name):
    assert name in _found(text)


def test_a_rare_surname_framed_by_a_role_cue_is_still_a_name():
    from gongkai.deid.detectors import redact_text

    assert "贝玉兰" not in redact_text("联系人贝玉兰，手机18701899111")


# --- fourth round: forms of address and shop words at the surname ------------------------------

@pytest.mark.parametrize("text", [
    "联系人：牛专干（182****9083）",        # a post of the office's staff
    "〔姓名〕已到场核实，吴干事陪同",
    "调解员：梁工",                        # 工 and 总 at a phrase's end
    "乙方负责人祝总。",
    "邻居曾姨反映情况",                    # 姨, 姑, 舅 wherever they stand
    "联系人：老桂（185****4785）",          # a surname with a familiar prefix
    "联系人：小孙（138****7219）",
    "乙方老朱农家乐（负责人到场）",          # a shop word where a surname would begin
])
def test_forms_of_address_and_shops_are_kept_through_both_detectors(text):
    from gongkai.deid.detectors import redact_text
    first = redact_text(text)
    assert first == text and _found(first) == []


@pytest.mark.parametrize("text, name", [
    ("联系人：小梅（138****7219）", "小梅"),     # 梅 is mostly a given-name character: 小梅 is a name
    ("王工伟到场签字", "王工伟"),               # 工 inside a name is no title
    ("经走访核实，师景行长期患病", "师景行"),
])
def test_names_that_begin_like_a_form_of_address_are_still_removed(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("听证申请：当事人罗卫玲委托代理人参加", "罗卫玲"),     # 委 begins 委托, no 村委
    ("邻里纠纷（12栋4单元3201潘华与楼下住户）", "潘华"),   # a room number, then a name
    ("停发：安宁于2022-04-23去世", "安宁"),                 # a county's name where a person dies
    ("生态安葬奖补：武强为其父树葬", "武强"),
    ("2024年12月2日，业主江山违规拆改承重墙", "江山"),     # a word after a role ending in 主
    ("脱贫户高明，帮扶责任人到户", "高明"),
    ("救助金打卡至田野名下社保卡", "田野"),
    ("就业援助对象程文军（零就业家庭）已推荐", "程文军"),
])
def test_fourth_round_person_contexts(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "转诊至宋庆龄儿童医学中心",                 # an institution bears a public figure's name
    "最低生活保障对象公示名单",                 # 对象 alone is no cue
    "直达基层责任人和受威胁群众",
    "共5张表",
])
def test_institutions_and_generic_role_words_keep_their_text(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("Call from Wu Jinfeng re. street light on Huangxing Road; fixed.", "Wu Jinfeng"),
    ("Call from LIN YAN re. street light on Caoyang Road.", "LIN YAN"),
    ("Owner Zhaxi Dunzhu, Unit 2501, Block 5, Xuhui District", "Zhaxi Dunzhu"),  # no Han surname
    ("Party members: Ayiguli Tuerxun.", "Ayiguli Tuerxun"),
    ("Tsering Dorje collected the grant", "Tsering Dorje"),
])
def test_english_names_before_a_place_phrase_and_minority_names(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "Ms. Qian X.: file closed.",                           # a title, a surname, an initial
    "counterfeit Tan Mu Jiang goods seized",               # a brand
    "the Lei Feng spirit (see attachment)",                # a figure remembered
    "works at Zhou Ji Dumplings, Xuhui District",
])
def test_english_brands_remembered_figures_and_titled_initials_are_kept(text):
    assert _found(text) == []


def test_a_cue_that_runs_on_into_a_longer_word_is_no_cue():
    assert _found("残疾儿童唐*（8岁，智力二级）") == []          # 残疾儿 + 童: 残疾儿童
    assert _found("残疾儿唐小军（8岁）") == ["唐小军"]


def test_members_of_a_public_body_are_officials_household_members_are_not():
    assert _found("区民政局党组成员：王彩云（试用期满）", public_names=True) == []
    assert _found("家庭成员：王彩云（妻子）", public_names=True) == ["王彩云"]


@pytest.mark.parametrize("text, name", [
    ("城乡居民养老保险：皋菊已满60周岁", "皋菊"),
    ("关于淳亚楠反映的积水问题，已疏通", "淳亚楠"),
    ("联系人贝玉兰，电话已核实", "贝玉兰"),
])
def test_rare_surnames_of_the_inventory(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", ["经查，当事人在店内销售过期食品", "城乡居民养老保险已参保",
                                  "由村委会代建", "红白理事会"])
def test_everyday_words_are_not_read_as_rare_surnames(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("公益性岗位（治安巡逻员）：曲比伍各，上岗时间2025年8月4日", "曲比伍各"),   # Yi: clan + given
    ("急难型救助：日火木呷家中突发疾病", "日火木呷"),
    ("补发护理补贴，对象额尔德尼，原因：账户冻结", "额尔德尼"),                # one Mongolian element
    ("新增公益岗14人，含特木尔(养老服务员)", "特木尔"),
    ("消费者赵家然来电：专卖店拒绝退货", "赵家然"),                           # 家 in a given name
])
def test_names_without_a_han_surname_and_family_given_names(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", ["经营地址位于廖家书房附近", "残疾儿童杨×（8岁，精神一级）",
                                  "王家庄村、李家铺子、徐家汇"])
def test_family_shops_villages_and_anonymised_children_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", ["销售假冒王老吉凉茶", "王致和腐乳", "胡庆余堂已停业整顿", "购买李宁运动鞋"])
def test_brands_that_read_like_names_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [("消费者李宁来电", "李宁"), ("王守义（45岁）已到场", "王守义")])
def test_a_brand_name_where_a_person_stands_is_a_name(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text, kept", [
    ("当事人张伟未取得食品经营许可证", "未取得"),                     # 未 ends a name
    ("当事人于收到检验报告之日起十五日内未提出复检申请", "于收到"),   # 于 a preposition
])
def test_penalty_prose_keeps_its_words(text, kept):
    assert kept in _deidentified(text)


def test_a_cue_words_last_character_begins_no_name():
    assert _found("由班主任刘芳老师推荐") == ["刘芳"]


@pytest.mark.parametrize("text", ["该户住房面积0.3万平方米", "在伊斯兰餐厅务工", "在祁连山务工，",
                                  "户籍地：孟加拉国", "游览南岳山"])
def test_quantities_and_words_and_places_of_the_lexicon_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", ["组织社区居民和单位参与社区建设", "资金重点向财力薄弱的地区倾斜",
                                  "来不及支付完毕，于明年重新申请。"])
def test_a_conjunction_or_preposition_before_a_word_is_no_surname(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [("本月由建华未到场签字", "由建华"), ("于石头（2人）系残疾人", "于石头"),
                                        ("电话联系于水生，协议已履行", "于水生")])
def test_names_with_such_surnames_still_found(text, name):
    assert name in _found(text)


def test_english_words_that_are_a_name_by_their_role():
    assert _found("Long-term illness; Fan Gang is the guardian.") == ["Fan Gang"]
    assert _found("He Ran the shop until 2020.") == []


@pytest.mark.parametrize("text, name", [
    ("户主阿依古丽.吐尔逊，维吾尔族", "阿依古丽.吐尔逊"),       # a full stop typed as the middle dot
    ("马尔撒（回族）系五保户。", "马尔撒"),                      # a transliterated given name
    ("白阿依莎，女，68岁。", "白阿依莎"),
    ("纳春花家庭收入低于标准。", "纳春花"),
])
def test_uyghur_and_hui_names(text, name):
    assert name in _found(text)


def test_a_dotted_name_after_a_cue_keeps_its_transliteration():
    from gongkai.deid.detectors import redact_text
    assert redact_text("代领人：热合曼•阿不都（儿子）") == "代领人：〔姓名〕（儿子）"


@pytest.mark.parametrize("text", ["补助标准为每人每月600元.2024年起执行。", "发放日期2023.5.6，金额1200元。",
                                  "房屋损毁，给予临时救助15770元"])
def test_full_stops_in_numbers_and_amounts_after_words_are_no_names(text):
    assert _found(text) == []


def test_long_name_elements_and_household_sizes():
    from gongkai.deid.detectors import redact_text
    assert redact_text("巴特尔与妻子乌云其木格共同生活。").endswith("妻子〔姓名〕共同生活。")
    assert _found("高峰户2人。") == ["高峰"]


def test_a_whole_cell_of_a_word_like_surname_and_one_character_is_a_word():
    assert _found("续保") == []          # the listing sample's 备注 (renewed)
    assert _found("代领人续红") == ["续红"]  # after a cue it is a name


@pytest.mark.parametrize("text, found", [
    ("<td>续保</td>", []),                                  # a table cell in a notebook's record
    ("GD2025020474399 成超 噪音投诉 已办结", ["成超"]),      # 超 is among the commonest given names
    ("续红，女，68岁", ["续红"]),                            # a person's context
])
def test_a_word_like_surname_and_one_character_standing_alone(text, found):
    assert _found(text) == found


# --- fifth round: roles, kin, predicates, Hui and Yi names, titles, institutions, English roles --

@pytest.mark.parametrize("text, name", [
    ("事故致工人宋建波右臂骨折", "宋建波"),          # an occupation before the name
    ("由店员高飞负责收银", "高飞"),                  # a word-like name after an occupation
    ("委托律师方正代理诉讼", "方正"),
    ("包工头常青拖欠工资两个月", "常青"),
    ("借住在亲戚金星家中", "金星"),
    ("改由外孙格桑拉姆代领", "格桑拉姆"),
    ("男方海建国与女方马玉兰申请结婚登记", "海建国"),
])
def test_a_role_or_relative_before_a_word_like_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("父万里长年在外，母林秀华务农", "万里"),        # 服刑/务农: the name ends before the word
    ("父万里长年在外，母林秀华务农", "林秀华"),     # (母马 is a word; 母 + 马红梅 is still a cue)
    ("户主残疾；妻金星务农，其弟方圆在外", "金星"),
])
def test_one_kinship_character_at_a_phrases_start_is_a_cue(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["父母双亡，由祖母抚养", "子女均在外地工作", "律师事务所出具意见",
                                  "职工符合常住人口条件的可以申请", "工人们在工地吃午饭"])
def test_kinship_words_and_roles_before_words_keep_the_words(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("高明已去世，待核减", "高明"),                  # an adverb between the name and the predicate
    ("林立规律血透，每周三次", "林立"),
    ("江山转学至实验中学，资助随转", "江山"),       # 至 ends the run before 中学: no school name
    ("黄燕欠王某借款三万元", "黄燕"),
])
def test_a_word_like_name_before_what_a_person_does(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["在邹平务工，", "户籍在高明，已去世的父亲", "在黄河务工，"])
def test_a_county_after_a_place_preposition_stays_a_place(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("当事人回建林（身份证号另附）", "回建林"),      # Hui surnames
    ("当事人撒玉兰自2023年起经营", "撒玉兰"),
    ("撒玉兰去世后户内无人", "撒玉兰"),
    ("指派律师阿苏拉哈承办", "阿苏拉哈"),           # a Yi clan name and a given name
])
def test_hui_surnames_and_yi_clans(text, name):
    assert name not in _deidentified(text)


def test_a_tibetan_womans_name_keeps_its_ending_and_measures_stay():
    assert "措" not in _deidentified("改由孙女卓玛措代领")
    assert _deidentified("扎西措施落实") == "扎西措施落实"   # 措施 is a word, no ending


@pytest.mark.parametrize("text", ["供热公司杨老板上门排查", "供热公司马经理上门排查",
                                  "负责人任总到场签字", "负责人高工到场签字"])
def test_a_surname_that_a_title_takes_is_no_name(text):
    assert _deidentified(text) == text


def test_a_title_after_a_full_name_still_leaves_the_name_found():
    assert "王国庆" not in _deidentified("王国庆师傅来电")


@pytest.mark.parametrize("text", ["在李时珍中医院手术", "在宋庆龄妇幼保健院住院", "经杨凯棋牌室门前占道",
                                  "孙中山先生纪念展览开幕", "紫金苑东区住户来电", "恒大名都东区业主"])
def test_institutions_estates_and_public_figures_are_kept(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("Student Wuyunqimuge (Grade 3), grant approved", "Wuyunqimuge"),
    ("mediator Bater. Agreement signed.", "Bater"),
    ("Law enforcement officers Nurlan Khalimulati and Ayguli Tursun inspected", "Ayguli Tursun"),
    ("Law enforcement officers Nurlan Khalimulati and Ayguli Tursun inspected", "Nurlan Khalimulati"),
    ("Applicant: Cairang Cuo; monthly benefit CNY 723", "Cairang Cuo"),
])
def test_english_names_in_any_romanisation_after_a_role(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["Note: Officer Zheng called.", "Student Grant approved",
                                  "Name: Not provided", "transferred to County People's Hospital",
                                  "a street lamp on Jiefang Lu is broken", "Address: No. 130, Heping Jie"])
def test_english_roles_before_titles_words_and_places_keep_them(text):
    assert _deidentified(text) == text


def test_a_surname_before_lu_is_a_person_not_a_road():
    assert "Jin Jie" not in _deidentified("Home visit to Jin Jie; needs a wheelchair")


@pytest.mark.parametrize("text, name", [
    ("银行卡户名古丽兰•吐尔逊，卡号另附", "古丽兰•吐尔逊"),     # 兰 is no transliteration character
    ("，布威海丽且姆·买买提已于5月去世", "布威海丽且姆·买买提"),
    ("因迪丽拜尔·肉孜未连续缴费", "迪丽拜尔·肉孜"),          # 因 stays
])
def test_dotted_names_with_characters_outside_the_transliteration_set(text, name):
    assert _found(text) == [name]


def test_a_place_joined_by_a_dot_is_no_name():
    assert _found("中国·青岛国际啤酒节开幕") == []


@pytest.mark.parametrize("text", ["Liu X. (party) fined CNY 400", "sold Lao Gan Ma products past their date",
                                  "Caller Secretary Zhao reported a lamp"])
def test_masked_initials_brands_and_titled_surnames_in_english_are_kept(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", ["申请周转房的职工须符合常住人口条件。", "住户来电反映噪音"])
def test_a_modal_or_a_verb_after_a_role_is_no_name(text):
    assert _deidentified(text) == text


# --- names written otherwise: traditional characters, foreign residents, padded to width ------

@pytest.mark.parametrize("text, name", [
    ("当事人陳淑華在店内销售过期食品", "陳淑華"),     # a traditional name in simplified text
    ("立契人黃阿土，將祖遺田產賣與鄭金水", "鄭金水"),   # an old deed
])
def test_names_in_traditional_characters(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("Resident KIM Min-jun, Korean national, registered on 3 May", "KIM Min-jun"),
    ("Lin Chih-wei from Taiwan rents Room 502", "Lin Chih-wei"),
    ("Applicant CHAN Tai Man, HKID on file", "CHAN Tai Man"),
    ("Nguyen Van Hung works at the shoe factory", "Nguyen Van Hung"),
    ("TANAKA Hanako, Japanese, student visa", "TANAKA Hanako"),
    ("Yuki Tanaka moved out", "Yuki Tanaka"),
])
def test_foreign_and_hong_kong_and_taiwan_romanisations(text, name):
    assert _found(text) == [name]


@pytest.mark.parametrize("text", ["Visited Central Park and Lee Garden", "Wong Tai Sin Temple",
                                  "Park Hotel staff"])
def test_foreign_family_names_in_places_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("外籍人员田中美咲，日本籍，持工作签证", "田中美咲"),
    ("佐藤健太郎于2023年5月入境", "佐藤健太郎"),
    ("山田花子、铃木一郎已办理居住登记", "山田花子"),
    ("越南籍阮氏梅，持居留许可", "阮氏梅"),          # 氏: a Vietnamese woman's middle name
])
def test_japanese_and_vietnamese_names_in_chinese_characters(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", ["中山美术馆开放时间", "在田中劳作的农民", "位于中山大道", "李氏汤包店",
                                  "张氏宗祠修缮", "黄氏家族"])
def test_japanese_family_names_that_are_places_and_shops_named_by_a_family_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [("配租对象：王　伟、李　娜、欧阳建国", "王　伟"),
                                        ("配租对象：王　伟、李　娜、欧阳建国", "李　娜"),
                                        ("王 伟 2人 已签约", "王 伟"),
                                        ("权利人 王　伟 男 1965年", "王　伟"),   # among fields
                                        ("户主：李　娜　女　汉族", "李　娜")])
def test_a_two_character_name_padded_to_width(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["金 额 合 计", "项 目 名 称", "单 位 负 责 人", "公 务 用 车 运 行 维 护",
                                  "车 运 行 维 护"])
def test_words_spaced_out_in_headers_are_kept(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "购置东方红LX904拖拉机一台，补贴金额3.2万元",      # a brand and its model code
    "雷沃谷神GE80收割机已核验",
    "餐馆供应麻婆豆腐、东坡肉、宫保鸡丁",               # a dish
    "毛泽东同志纪念堂",                                   # 纪念堂 is tagged as a name by jieba
    "霍英东体育中心",                                     # a verbal noun before 中心 names a venue
    "林权证号：林证字（2019）第0035号",                  # the domain's words (domain_words.tsv)
    "林长制责任区：黄山林场",
])
def test_products_dishes_memorials_venues_and_the_domains_words_are_kept(text):
    assert _found(text) == []


def test_a_verb_after_a_name_still_ends_it_before_an_organisation_word():
    assert _found("经营者陈哲反映小区物业乱收费") == ["陈哲"]   # 反映 is a verb, 小区 no part of a name


def test_the_domains_words_reach_the_tagger_too():
    from gongkai.deid.names import _tagger

    assert ("林权证", "n") in [(t.word, t.flag) for t in _tagger().cut("办理林权证变更")]


@pytest.mark.parametrize("text, kept", [("项目经理：孙建业；班组长：周大林", "班组长"),
                                        ("韩国籍 朴敏浩", "韩国籍")])
def test_a_label_or_a_nationality_beside_a_name_in_a_list_is_no_name(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("外国人 SMITH John，美国籍", "SMITH John"),
    ("Maria Garcia, Spanish national, teacher", "Maria Garcia"),
    ("俄罗斯籍伊万诺夫·谢尔盖在华留学", "伊万诺夫·谢尔盖"),   # 籍 ends the side before the dot
    ("金智妍（韩国籍）办理居留许可", "金智妍"),
])
def test_residents_from_elsewhere(text, name):
    assert _found(text) == [name]


@pytest.mark.parametrize("text", ["Visited Victoria Park and Elizabeth Street", "Thomas Road is closed",
                                  "Dear Maria, please see attached", "厂房位于三星工业园", "出生于上海"])
def test_given_names_in_places_and_greetings_and_yu_ending_a_word_are_kept(text):
    assert _found(text) == []


def test_yu_after_a_verb_that_makes_no_word_with_it_is_a_surname():
    assert _found("市民反映于秋生在楼道堆放杂物") == ["于秋生"]


@pytest.mark.parametrize("text, public_name", [("拟表彰优秀村医：邓春生（马庄村卫生室）", "邓春生"),
                                               ("授予优秀教师王建华同志称号", "王建华")])
def test_a_name_after_a_work_cue_stays_where_names_are_declared_public(text, public_name):
    assert _found(text, public_names=True) == []
    assert _found(text) == [public_name]          # not declared public: found


def test_a_private_persons_cue_still_finds_the_name_where_names_are_public():
    assert _found("拟表彰名单公示期间，申请人王建华提出异议", public_names=True) == ["王建华"]


# --- sixth round: lists with figures, person slots, registers, more spellings ----------------

@pytest.mark.parametrize("text, name", [
    ("其中田野13650元、温暖5834元、王小明14486元", "田野"),      # words, each item a person and a sum
    ("东林洼：王小明3.7亩、文静12.4亩、李大海12.9亩", "文静"),
    ("张三丰〔身份证号〕；丛林〔身份证号〕；李四海〔身份证号〕", "丛林"),
    ("东俞湾：方正12.6亩/王小明1.5亩，合计已报乡镇", "方正"),
])
def test_a_list_of_persons_and_figures_holds_names_even_when_they_are_words(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["方正、简洁、高效", "其中方案一、方案二", "个体工商户：王小明13812345678，靖宇街18号"])
def test_lists_of_words_and_roads_before_an_address_stay(text):
    assert "方正" in _deidentified(text) or "方案" in _deidentified(text) or "靖宇街" in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("夏天同志于2026年9月病故", "夏天"),
    ("东至王小明宅，南至马力宅，北至林地", "马力"),       # the plot's neighbour
    ("任重（户主）年老行动不便", "任重"),
    ("欠薪线索【田野】：路面工程拖欠工资", "田野"),
    ("合作社（理事长齐心13812345678）流转土地", "齐心"),
    ("包工头黎明失联，总包单位已垫付工资", "黎明"),
])
def test_a_word_where_only_a_person_can_stand_is_a_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["东至王家宅，西至村道", "【通知】请各村报送", "高速公路同志们辛苦了"])
def test_such_slots_without_a_person_keep_their_words(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("林权权利人种慧，林地41亩", "种慧"),                 # rare surnames of Shandong's registers
    ("共有人禚丽萱，共有方式：按份共有", "禚丽萱"),
    ("流动人口朝鲁，西藏籍，在面馆务工", "朝鲁"),         # a Mongolian name after a register's role
    ("由其姪馮明代領", "馮明"),
    ("其中玛依拉･努尔兰12491元", "玛依拉･努尔兰"),        # a half-width dot
    ("上庄家河：王小明2.0亩、吐尔逊-依明6.5亩", "吐尔逊-依明"),   # a hyphen for the dot
    ("日籍员工小林拓也，居留许可有效期至2月22日", "小林拓也"),
    ("港澳居民（Yin Sze CHOW），回乡证另附", "Yin Sze CHOW"),
    ("臺胞（HSIEH, SHU-TING），臺胞證另附", "HSIEH, SHU-TING"),
    ("韩国籍（HAN Soo Hyun），护照号另附", "HAN Soo Hyun"),
    ("日籍员工SUZUKI Takuya，居留许可有效期至2026年", "SUZUKI Takuya"),
    ("外籍专家英格丽·汉森，受聘于某公司", "英格丽·汉森"),
    ("外籍专家大卫·马丁，受聘于某公司", "大卫·马丁"),
    ("权利人 王　伟 男 1965年", "王　伟"),
    ("张　丽　高 雯　孔家河村　223㎡", "高 雯"),         # padded names side by side
    ("执法人员司  斌、王小明，发现温度计未校准", "司  斌"),
])
def test_names_of_registers_residents_and_tables(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "艾山（俗称老马山），海拔625米。",                     # a mountain where the land is described
    "邹平市境内王河上有孙家洼桥，连接东毛圈村与西高桥村。",
    "蒲松龄文化节期间增设临时站点",
    "曾宪梓教学楼位于辛安路",
    "检出罗丹明B，不合格",
    "林可霉素未检出",
    "种植牛蒡、杨梅、金银花",
    "购置玉米收获机1台（东方红）",
    "户主〔姓名〕，东何河5组，确权面积11.8亩",
    "〔姓名〕　〔姓名〕　马疃村　196㎡　集体土地",
    "钥匙由孙工统一发放",
    "周边保洁由网格长负责，孙网格长签收",
])
def test_places_substances_crops_brands_and_titles_of_these_documents_are_kept(text):
    out = _deidentified(text)
    assert out.count("〔姓名〕") == text.count("〔姓名〕"), out


def test_a_name_after_a_placeholder_mountain_word_is_still_a_person():
    assert "向俊峰" not in _deidentified("向俊峰反映其父参加修水库未获补助")


@pytest.mark.parametrize("text, name", [("安宁与王小明系夫妻，均为常住人口", "安宁"),
                                        ("被征收房屋为王小明和高原共有", "高原")])
def test_a_partner_of_a_name_found_is_read_again_as_a_person(text, name):
    assert name not in _deidentified(text)


def test_the_second_reading_does_not_turn_a_shop_beside_a_name_into_a_person():
    assert "通书房" in _deidentified("田爱民与通书房签订了用工合同")


# --- seventh round: the eighth edition's classes (roles, public notices, vessels, words) -----

@pytest.mark.parametrize("text, names", [
    ("今年春季应征入伍新兵：周立伟、孙晓梅；艾克拜尔·吐尔逊，武装部长刘国栋", ["周立伟", "孙晓梅", "艾克拜尔·吐尔逊"]),
    ("禁渔期违规船主许海东、邱立新被处罚款，所长方文斌签发", ["许海东", "邱立新"]),
    ("涉及用户罗建文等12户减免燃气费，副局长贺明华答复", ["罗建文"]),
])
def test_private_persons_listed_in_a_public_notice_are_found_and_officials_stay(text, names):
    assert sorted(_found(text, public_names=True)) == sorted(names)


def test_an_appointment_list_in_a_public_field_stays():
    assert _found("经研究决定：任命汪建国、吕红梅、谷雨生为副局长。", public_names=True) == []


@pytest.mark.parametrize("text, name", [
    ("经查看监控，系邵宏彬所为，已责令恢复", "邵宏彬"),          # 所 + a verb: no place
    ("陶玉芬家养殖场未批先建", "陶玉芬"),                        # a person's farm, not a family's shop
    ("〔姓名〕、龚晓燕赴县医院体检", "龚晓燕"),                  # one goes to a city, no place
    ("渔民钟声出海未归", "钟声"),                                # a role noun before a word-like name
])
def test_a_person_before_what_is_done_their_farm_or_their_trip(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "补缴税款及滞纳金共计3200元",                                # a noun running through 纳金
    "闽狮渔05321船长已报港，鲁荣渔2号靠泊",                      # fishing vessels
    "已向林护士和小许报告",                                      # preposition, then an address form
    "已通知戴工清理现场",                                        # a title before a verb
    "对方当事人海燕包装材料有限公司",                             # a company after a word-like name
])
def test_vessels_taxes_address_forms_and_companies_are_kept(text):
    out = _deidentified(text)
    assert out == text, out


@pytest.mark.parametrize("text", [
    "会议由王建国同志主持，副市长李红梅陪同。",
    "项目负责人：赵永刚（县水利局局长）。",
    "陪同刘海波副市长调研的有交通局局长苏建平。",
    "任前公示：姓名：刘志刚，男，1975年生，现任县教育局副局长，拟任县教育局局长。",
])
def test_an_official_after_a_cue_stays_where_names_are_public(text):
    from gongkai.deid.detectors import find_all
    from gongkai.deid.names import without_officials

    assert _found(text, public_names=True) == []
    assert [h for h in without_officials(text, find_all(text)) if h.kind == "person_name"] == []
    assert _found(text) or any(h.kind == "person_name" for h in find_all(text))   # not public: found


def test_a_private_person_after_a_cue_is_no_official_where_names_are_public():
    from gongkai.deid.detectors import find_all
    from gongkai.deid.names import without_officials

    text = "公示期间，申请人：孔德华，联系电话另行告知。"
    assert [h for h in without_officials(text, find_all(text)) if h.kind == "person_name"]


@pytest.mark.parametrize("text, name", [
    ("成员：鲍尔江·吐尔逊（夫）、古丽巴哈尔·阿不都（妻）", "古丽巴哈尔·阿不都"),   # ends in 都
    ("成员：鲍尔江·吐尔逊（夫）", "鲍尔江·吐尔逊"),                             # begins outside the set
    ("护林员巴特尔巡山至后山", "巴特尔"),                                       # one element after a role
    ("阿尔斯楞 68岁 独居", "阿尔斯楞"),
    ("违建当事人：〔姓名〕（房主）、高山（施工队负责人）", "高山"),
    ("交接班：黎明（夜班）→〔姓名〕（白班）", "黎明"),
    ("韩国籍金敏浩，在康宁医院就诊", "金敏浩"),
    ("Violation: Xu Chang'an operated a stall without permit.", "Chang'an"),
    ("zhou xiaoping, 67, widow, no income", "zhou xiaoping"),
    ("Applicant zhang wei reported income from odd jobs.", "zhang wei"),
    ("Notes from Lhamo Tsering and Tenzin Norbu were filed.", "Tenzin Norbu"),
])
def test_eighth_edition_classes_in_the_teams_own_sentences(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("赵丽、钱峰、孙敏、李强四人均在小学就读", "四人"),          # the list's count is no given name
    ("申请人高原反映其弟长期酗酒", "反映"),                      # a verb after a cued name
    ("联系人李娜表示同意", "表示"),
    ("Payment by bank transfer to the account.", "Payment by bank"),
    ("Route PEK/SHA on CA1501", "PEK/SHA"),
])
def test_what_follows_a_name_stays(text, kept):
    assert kept in _deidentified(text)


# --- public_names: officials (a gazette: officials' names public, private persons' not) -------

@pytest.mark.parametrize("text", [
    "市人民政府关于王建军等同志职务任免的通知：任命王建军为市教育局局长；免去李秀兰的市卫生健康委员会副主任职务。",
    "经研究，拟提拔刘志刚同志为县委副书记。刘志刚，男，1975年6月生。",
    "县长：黎明；副县长：高山、夏天、林森。",
    "决定任命：陈红伟、贺晓玲为区财政局四级调研员。",
    "任命名单\n郑斌\u3000区农业农村局副主任\n林敏\u3000区发展和改革局局长",
    "签发人：马志国   核稿：邓丽",
    "由分管副市长石国华牵头，交通局局长潘建设具体负责。",
    "拟表彰优秀村医：邓春生（马庄村卫生室）",
    "遗失声明作废。（登记机关负责人夏晓玲）",                      # an office's head
    "现依法公告送达处罚决定书。联系人：梅晓春，电话另附",            # a notice's own contact
    "决定授予林海燕、钱志强、苏丽华“优秀共产党员”称号。",          # a commendation names them
    "经评选，王国庆、赵丽华被评为2025年度优秀公务员。",          # an honour for their work (最美家庭: private)
    "拟表彰先进个人名单：张德明；李秀芝；王建华。",               # a commendation's list
    "县级河长孙铁柱巡查柳沟河，发现有人私自采砂",                 # 长孙 is no surname after 河长
    "河长路玉刚，罗书记提出路面硬化",
    "尹卫国任区教育局副局长，亚森·努尔兰不再担任区教育局主任",
    "村级河长臧华坤巡查白浪河，发现有人私自采砂",                 # a river where the land is told
])
def test_officials_in_their_posts_stay_where_officials_names_are_public(text):
    assert _found(text, public_names=OFFICIALS) == []


@pytest.mark.parametrize("text, names", [
    ("县征兵办公告：本年度入伍新兵朱立伟；吴晓梅；范志强。征兵办主任谢浩军。", ["朱立伟", "吴晓梅", "范志强"]),
    ("副局长魏子波答复代表建议，涉及用户肖宏勇等25户水费减免。", ["肖宏勇"]),
    ("经局长向阳审定，续聘丁玉华、曹莲为生态护林员。", ["丁玉华", "曹莲"]),
    ("对违法当事人王德发处以罚款5000元，局长韩建国签发。", ["王德发"]),
    ("遗失声明：薛红霞遗失孙家湾房屋所有权证，声明作废。", ["薛红霞"]),
])
def test_private_persons_in_a_public_notice_are_found_where_only_officials_are_public(text, names):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(names)


@pytest.mark.parametrize("text, kept", [
    ("马成林 东乡族 临夏州东乡县达板镇", "东乡族"),          # a nationality in a row
    ("杨阿妹 苗族 黔东南州台江县施洞镇", "苗族"),
    ("阿克苏市依干其乡巴格其村3组", "巴格其村"),            # a village's transliterated name
])
def test_nationalities_and_frontier_villages_in_a_row_stay(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("Payee: Zhāng Wěi; agent Lǐ Nà.", "Zhāng Wěi"),            # pinyin with tone marks
    ("Lǜ Xiùyīng (head)", "Lǜ Xiùyīng"),
    ("Lü Xiuying (head)", "Lü Xiuying"),
    ("Passport name LIU/DEHUA, nationality CHN.", "LIU/DEHUA"),   # a passport's order
    ("Former head Nurlan Halimbek; now moved", "Halimbek"),        # any family name after a
    #                                                                minority given name
])
def test_pinyin_with_tone_marks_or_u_umlaut(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("①龙腾 ②牛犇 ③田甜", "田甜"),                     # numbered items: the numbers stand between
    ("1、冷春来 2、明月 3、胡海", "明月"),               # a word-like name among numbered names
])
def test_numbered_lists_of_names(text, name):
    assert name not in _deidentified(text)


def test_ages_and_relations_in_a_row_are_no_list_numbers_nor_names():
    out = _deidentified("王秀英 本人 68 高血压；李强 配偶 65 务农；李明 孙子 10 在校")
    assert "高血压" in out and "孙子" in out and "王秀英" not in out and "李明" not in out


def test_a_numbered_list_of_measures_keeps_its_words():
    out = _deidentified("整改措施：1、加强管理 2、完善制度 3、明确责任")
    assert out == "整改措施：1、加强管理 2、完善制度 3、明确责任"


def test_a_second_cue_after_a_cue_is_no_name_and_the_name_after_it_is_found():
    out = _deidentified("户主申请人：仲孙无忌（男，63岁）")
    assert "申请人" in out and "仲孙无忌" not in out


@pytest.mark.parametrize("text", [
    "李××及其配偶佟工均申请材料齐全",             # a short title, then an adverb
    "市民投诉其邻居余总在楼道堆放杂物",
    "监护人为其祖母宇文老师，电话另存",           # a compound surname and a title
    "参加志愿服务：王嫂、张村长等人",             # titles among the items of a list
    "该户由冼婆婆（邻居）照料起居",
    "马阿訇（户主）证明",
    "孙中山纪念堂活动在张謇中学举行",             # no Japanese name in 中山纪念堂
    "毛坯房漏水，物业已到场",                     # a noun ending at the surname, a word after
    "女儿东方××患脑梗后遗症",                     # a surname and a mask
])
def test_address_forms_masks_and_words_around_a_surname_stay(text):
    out = _deidentified(text)
    assert out == text, out


@pytest.mark.parametrize("text, name", [
    ("2022.03.05 李俊熙，常年服药", "李俊熙"),          # names given since about 2010
    ("王奕辰今年3岁", "王奕辰"),
    ("楼上陈有才家路灯不亮", "陈有才"),                 # a person's home, not a family's place
])
def test_recent_given_names_and_a_persons_home(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("当事人毛刚系龙头企业，首次违法", "毛刚"),             # 系 is the copula, no given name
    ("〔姓名〕与黄安琪系前后楼邻居，因车位问题多次争执", "黄安琪"),
])
def test_the_copula_after_a_name(text, name):
    assert name not in _deidentified(text)


# --- eighth round: classes read from the tenth and eleventh editions, in the team's own sentences --

@pytest.mark.parametrize("text, name", [
    ("核查人吴 刚\n已入户", "吴 刚"),                           # a gap after the surname
    ("周　莉之女在县城读书", "周　莉"),
    ("陈 杰说房屋漏雨", "陈 杰"),
    ("20230512曹敏户迁出本村", "曹敏"),                         # a date, then 张/曹 …
    ("23.04.18张丽到窗口补交材料", "张丽"),
    ("全家靠李德胜打零工维持", "李德胜"),                       # 李德 is a word of the lexicon
    ("王英情绪稳定，按时服药", "王英"),
    ("户主钱老四(77岁)常年卧床", "钱老四"),                     # a rank among siblings
    ("对白杨从轻处罚，罚款500元", "白杨"),                     # a word as a name in a frame
    ("随外婆金凤生活，由村委会照看", "金凤"),
    ("马兰　〔电话〕| 李家坪", "马兰"),                         # a phone after the name
    ("沈阳身份证：〔身份证号〕", "沈阳"),
    ("海燕，户主，46岁；〔姓名〕，长子", "海燕"),
    ("1.贺明秀 户主 72", "贺明秀"),
    ("〔姓名〕/配偶/70；谌悦/孙女/8", "谌悦"),
    ("户主变更：孟庆和→〔姓名〕", "孟庆和"),
    ('[{"xm":"江涛","gx":"户主"}]', "江涛"),
    ("其子岩温（33岁）在外务工", "岩温"),                      # Dai names
    ("女儿玉香（12）在读", "玉香"),
    ("次子次旦(31) 务农", "次旦"),                              # one Tibetan element in context
    ("户主马王氏\t户主\t1938-02", "马王氏"),                    # an old register's married woman
    ("董事长：熊开元；总经理：〔姓名〕", "熊开元"),
    ("Applicant 冯雪梅 moved to Hefei.", "冯雪梅"),            # a Chinese name after an English role
])
def test_eighth_round_classes_in_the_teams_own_sentences(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("〔姓名〕 / gao shuzhen / 〔姓名〕", "gao shuzhen"),        # lower case, a whole list item
    ("2024-03-02 pan li-hua - statement taken", "pan li-hua"),
    ("Served on deng xiuying on 2021-06-01.", "deng xiuying"),
    ("collected on behalf of ma guilan; moved", "ma guilan"),
    ("Members: 〔姓名〕 (wife), lin haoran (son).", "lin haoran"),
    ("Paid by Gao XiuLan. He lives alone.", "Gao XiuLan"),       # CamelCase given name
    ("Surveyed by LÜ Hong and 〔姓名〕.", "LÜ Hong"),
    ("Note: Zhou Q.F. (household no. 12) moved out", "Zhou Q.F."),
    ("on behalf of H.Y. Tang; returned", "H.Y. Tang"),
    ("Party W. Deng / 〔姓名〕, shop 陈记", "W. Deng"),
    ("(LEUNG Siu Wah), 61, lives alone", "LEUNG Siu Wah"),       # Cantonese order and syllables
    ("Name: Tsering | Relation: self", "Tsering"),              # one name after a role
    ("Surveyed by 〔姓名〕 and Gulnar Tursun; present", "Gulnar Tursun"),
])
def test_eighth_round_english_export_names(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("其妻高血压，其子高中毕业", "高血压"),                     # a state after a relative
    ("其子高中毕业，在外打工", "高中"),
    ("家庭成员关系和睦", "关系"),
    ("户主〔姓名〕 让阿赵补交材料", "阿赵"),                    # 阿 + a surname, like 老赵
    ("大刘入户核查，户主在家", "大刘"),
    ("与支书〔姓名〕、钱总一起核实", "钱总"),
    ("Report by Lao Tan; handled by officers", "Lao Tan"),     # 老谭
    ("Proxy: Old Deng (son-in-law)", "Old Deng"),
    ("U.S. Li was quoted", "U.S. Li"),
    ("经营老孙家豆花，证照齐全", "老孙家豆花"),                  # a shop's trade
    ("住杨家垸村5组", "杨家垸"),                                 # a village
    ("图雅**，配偶〔姓名〕", "图雅**"),                          # an anonymised element
    ("张王氏宗祠修缮完毕", "张王氏宗祠"),                        # a clan's hall
    ("越南籍阮氏梅，持居留许可", "越南籍"),
    ("学习王羲之故居的保护经验", "王羲之故居"),
    ("玉米种植补贴，岩石开采，玉林市", "玉米种植补贴，岩石开采，玉林市"),
])
def test_eighth_round_look_alikes_stay(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("监督电话：〔电话〕，联系人邹建平", "邹建平"),            # a notice's contact
    ("如有异议，请与镇民政办谭红梅联系，电话〔电话〕。", "谭红梅"),
    ("由执法人员聂海涛、〔姓名〕送达当事人〔姓名〕。", "聂海涛"),
    ("对〔姓名〕作出如下处罚决定。负责人：韦小军", "韦小军"),
])
def test_officials_of_a_public_notice_stay_where_officials_names_are_public(text, name):
    assert name not in "".join(_found(text, public_names=OFFICIALS))
    assert name in "".join(_found(text))          # (found where no name is public)


def test_a_verb_of_work_is_no_label_of_a_signatory():
    text = "王伟同志任镇民政办主任，负责审核刘桂芝等户的特困供养申请。"
    assert _found(text, public_names=OFFICIALS) == ["刘桂芝"]


_GAP_SURNAMES = "王李张刘陈杨赵吴孙周徐胡郭何罗梁宋郑谢韩唐冯"
_GAP_GIVEN = [c for c in "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚" if GIVEN_LAST.get(c)]


@given(surname=st.sampled_from(_GAP_SURNAMES), given_char=st.sampled_from(_GAP_GIVEN),
       gap=st.sampled_from([" ", "  ", "\u3000"]),
       frame=st.sampled_from(["{n}说银行卡丢失", "核查人{n}\n已核", "导致工人{n}受伤。", "{n}本人行动不便",
                              "问〔姓名〕，{n}之妻〔姓名〕"]))
def test_a_name_typed_with_a_gap_after_its_surname_is_removed(surname, given_char, gap, frame):
    name = surname + gap + given_char
    assert name not in _deidentified(frame.format(n=name))


@given(date=st.sampled_from(["20190604", "202405", "2023.3.2", "22.11.24", "2021-06-08"]),
       given_pair=st.sampled_from(["敏", "丽", "建国", "秀英", "伟"]))
def test_a_name_after_a_date_with_a_measure_word_surname_is_removed(date, given_pair):
    name = "张" + given_pair
    assert name not in _deidentified(f"{date}{name}户迁入本村")


@pytest.mark.parametrize("text, name", [
    ("Fined: hu guiying (sole proprietor)", "hu guiying"),
    ("Visited zhao shulan's home; roof leaks.", "zhao shulan"),
    ("sun meiling, female, 61, widowed", "sun meiling"),
    ("He Ping lives alone in Baoding.", "He Ping"),             # two English words, then a person's act
    ("Applicant: Xiao Hong, 67.", "Xiao Hong"),                 # 萧红 or 肖红, no 小洪
    ("Bater applied in March.", "Bater"),                       # one minority element
    ("Drolma / 〔姓名〕 / 〔姓名〕", "Drolma"),
])
def test_english_export_names_without_a_role_before_them(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("Paid to China Mobile.", "China Mobile"),
    ("Name: Tongrentang pharmacy", "Tongrentang"),
    ("Born in Zhang Jiagang.", "Zhang Jiagang"),                # a place after a preposition of place
    ("Works at Zhang Liang Malatang.", "Zhang Liang Malatang"),
    ("Applied at Xin Hua bookstore", "Xin Hua"),
    ("Fined CNY 200 on 2024-05-01.", "CNY"),
    ("Complaint from Zhang Wei about noise.", "Complaint from"),
])
def test_english_places_firms_and_money_stay(text, kept):
    assert kept in _deidentified(text)


def test_a_complainant_after_from_is_still_found():
    assert "Zhang Wei" not in _deidentified("Complaint from Zhang Wei about noise.")


@pytest.mark.parametrize("text, officials, privates", [
    ("送达人：邵国华、田美玲；受送达人：严秀英", ["邵国华", "田美玲"], ["严秀英"]),
    ("城关镇民政办邵国华、田美玲入户核查严秀英家庭情况", ["邵国华", "田美玲"], ["严秀英"]),
    ("拟表彰邵国华、田美玲为优秀网格员；严秀英户因火灾获救助。", ["邵国华", "田美玲"], ["严秀英"]),
    ("表彰以下同志：邵国华；田美玲同志。", ["邵国华", "田美玲"], []),
])
def test_a_public_notices_staff_and_honourees_stay_and_its_private_persons_go(text, officials, privates):
    found = "".join(_found(text, public_names=OFFICIALS))
    assert all(o not in found for o in officials)
    assert all(p in found for p in privates)


@pytest.mark.parametrize("text, name", [
    ("受送达人：金秋", "金秋"),                                  # a role's label: any word is a name
    ("申请人：高原", "高原"),
    ("经核实，马尔萨因洪灾房屋倒塌", "马尔萨"),                 # a misfortune befalls a person
    ("Party: sun zi'ang (sole proprietor)", "sun zi'ang"),
    ("拓明亮（王记烧饼业主）", "拓明亮"),
])
def test_role_labels_misfortunes_and_owners(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("方案已印发（胡同口理发店）", "印发"),                       # a shop's branch in brackets is no owner
    ("许留山（东街店）", "许留山"),
])
def test_a_shop_in_brackets_makes_no_name(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, officials", [
    ("审核人：邵国华　审批人：田美玲", ["邵国华", "田美玲"]),
    ("村委会主任邵国华、村支书田美玲对〔姓名〕家庭进行了评议。", ["邵国华", "田美玲"]),
    ("公示人：城关镇人民政府　联系人：邵国华　电话：〔电话〕", ["邵国华"]),
    ("监督举报电话：〔电话〕（邵国华）", ["邵国华"]),
    ("公示期满无异议。城关镇民政办（邵国华 〔电话〕）", ["邵国华"]),
    ("城关镇低保评议小组：组长邵国华，成员田美玲、蒋文博。", ["邵国华", "田美玲", "蒋文博"]),
])
def test_a_notices_signatories_contacts_and_panel_stay_where_officials_names_are_public(text, officials):
    found = "".join(_found(text, public_names=OFFICIALS))
    assert all(o not in found for o in officials)


def test_a_panels_members_are_private_where_no_name_is_public():
    assert _found("城关镇低保评议小组：组长邵国华，成员田美玲、蒋文博。") == ["邵国华", "田美玲", "蒋文博"]


@pytest.mark.parametrize("text, name", [
    ("Lives alone. Contact ZHOU, PING.", "ZHOU, PING"),          # family, given in capitals
    ("Guardian Ma, Lin (grandmother)", "Ma, Lin"),
    ("Operator XieNa was fined.", "XieNa"),                      # a name typed as one word
    ("XuYan (F, 45) cares for her mother.", "XuYan"),
    ("Reported by neighbour wang_jianguo.", "wang_jianguo"),     # an account's name
    ("zeng_qing - bedridden since 2019", "zeng_qing"),
    ("Ms luo qiang signed the form.", "luo qiang"),
    ("Beneficiary peng yue received CNY 500.", "peng yue"),
])
def test_english_names_in_capitals_joined_or_after_more_roles(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["Bought a HuaWei phone in ShanDong.", "Paid via WeChat; shop on MeiTuan.",
                                  "Moved to ZhongShan district."])
def test_firms_and_places_typed_as_one_word_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("阿斯哈尔托合提、〔姓名〕夫妇均年满70岁", "阿斯哈尔托合提"),   # given and father's name, no dot
    ("再努尔巴拉提因病住院", "再努尔巴拉提"),
    ("入户时德吉在家", "德吉"),                                    # one element before a person's act
    ("叶尔江申请临时救助", "叶尔江"),
])
def test_minority_names_without_a_dot_or_alone(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["邮箱 wang_min@yahoo.com.cn，待复核", "当事人张×、侯**达成和解，撤回援助申请。"])
def test_an_e_mail_and_an_application_hold_no_name(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("Money transferred to su mei's account.", "su mei"),       # lower-case prose of an export
    ("Recipient changed from 〔姓名〕 to tian yu.", "tian yu"),
    ("hu ping (deceased) replaced by 〔姓名〕.", "hu ping"),
    ("Interviewed jiang hong at home.", "jiang hong"),
    ("cai hong, wife of 〔姓名〕, applied.", "cai hong"),
])
def test_lower_case_names_in_an_exports_prose(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["needs a fan heater", "moved to hai dian district", "lives on chao yang road",
                                  "tai chi class every morning", "feng shui consultant visited",
                                  "he was fined 200 yuan", "speaks only min nan dialect"])
def test_lower_case_pinyin_words_and_places_in_prose_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, kept", [
    ("母亲患帕金森病多年，需专人照护。", "帕金森病"),                 # a disease named after a physician
    ("其子确诊马凡综合征，已办残疾证。", "马凡综合征"),
    ("霍奇金淋巴瘤化疗中，自付较多。", "霍奇金淋巴瘤"),
    ("户籍鄂温克族自治旗，民族鄂伦春族。", "鄂伦春族"),               # a people
    ("原籍鄂尔多斯市乌审旗，现居阿拉善盟额济纳旗。", "额济纳旗"),      # a banner in its city or league
    ("在霍英东体育馆当保洁。", "霍英东体育馆"),                       # a verbal noun naming a venue
    ("家住邵家岙村。", "邵家岙"),
])
def test_diseases_peoples_banners_and_venues_named_like_persons_stay(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("王强病重住院，由其妻代领。", "王强"),        # 病 then a state of the person: the person
    ("其母赵秀英病逝，停发。", "赵秀英"),
    ("申请人张红旗，男，68岁。", "张红旗"),          # 旗 ending a given name, no banner
])
def test_a_person_ill_or_named_like_a_banner_is_still_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, officials", [
    ("评审专家：刘德华（组长）、陈静、周明。", ["刘德华", "陈静", "周明"]),     # a member's part in brackets
    ("验收组成员为孙立新、吴海燕、郑伟。", ["孙立新", "吴海燕", "郑伟"]),
    ("监票人：张国华、计票人：孔繁荣、唱票人：曹丽。", ["张国华", "孔繁荣", "曹丽"]),
    ("如有异议，请与联系人赵丽联系。", ["赵丽"]),
    ("村主任严德胜、村会计华玉梅在场监督。", ["严德胜", "华玉梅"]),
])
def test_a_notices_panel_tellers_and_staff_stay_where_officials_names_are_public(text, officials):
    found = "".join(_found(text, public_names=OFFICIALS))
    assert all(o not in found for o in officials)


@pytest.mark.parametrize("text, privates", [
    ("拟纳入低保对象：葛大勇（户主）、奚桂兰。", ["葛大勇", "奚桂兰"]),
    ("家庭成员：葛大勇、奚桂兰。", ["葛大勇", "奚桂兰"]),          # a household's members are no panel
])
def test_a_notices_beneficiaries_stay_private_where_officials_names_are_public(text, privates):
    assert _found(text, public_names=OFFICIALS) == privates


@pytest.mark.parametrize("text, name", [
    ("Allowance collected by sister ZhaoMinghua at the township office.", "ZhaoMinghua"),
    ("Shop inspected (person in charge: ZhouLi'na); sample: rice noodles.", "ZhouLi'na"),
    ("The restaurant's manager, MaXiaojun, signed the notice.", "MaXiaojun"),
    ("Household members: GaoZhen (head) / LüWei (son)", "GaoZhen"),   # a place's ending, a relation after
    ("Household members: GaoZhen (head) / LüWei (son)", "LüWei"),
    ("head of household Minghai Lü; disabled (grade 2).", "Minghai Lü"),
    ("the bar's manager, guo lihua, agreed to close.", "guo lihua"),
    ("patient he jun; admitted to the county hospital.", "he jun"),  # an English surname after a role
    ("allowance collected by aunt Adil Tursun at the bank.", "Adil Tursun"),
])
def test_english_names_after_relations_and_a_person_in_charge(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["Party: Qiu XX; fined CNY 200.", "Located on ZhongshanLu near the school.",
                                  "he was fined by the bureau"])
def test_masked_names_and_roads_after_english_roles_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("据楼长白云介绍，该问题已持续半年。", "白云"),          # a word, and a district's name, in a post
    ("江山与丈夫王强共同生活。", "江山"),
    ("高峰（女儿〔姓名〕代办）门诊慢特病。", "高峰"),
    ("重度残疾人护理补贴，邻居华夏代为申请。", "华夏"),
    ("向阳（肢体一级）与次子均持证。", "向阳"),
    ("成员：〔姓名〕-户主、常识-配偶。", "常识"),
    ("车辆登记所有人为钟声，系挂靠车辆。", "钟声"),
    ("拟纳入对象：安康,〔姓名〕。", "安康"),
    ("高峰家（郭家寨6组）：土坯房，C级。", "高峰"),
])
def test_a_word_that_is_a_name_where_only_a_person_stands(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("昭觉县本月新增：阿于拉博、〔姓名〕。", "阿于拉博"),     # a Yi clan name and given name
    ("海来么么与丈夫共同生活。", "海来么么"),
    ("拟纳入对象：扎西,王建国，共2户。", "扎西"),             # one element beside a name found
    ("尼玛2026.1.28在县医院确诊。", "尼玛"),                  # a date stuck to it
    ("菜农贡嘎处购进。", "贡嘎"),
    ("千秀贤（户主）;千贞淑（次女）", "千贞淑"),               # Korean-Chinese surnames and names
    ("原户主戢小燕于2026年11月11日去世。", "戢小燕"),
])
def test_minority_and_rare_surname_names_in_listings(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["在安康市务工。", "家住江山市。", "户籍：白云区。", "正蓝旗本月无新增。",
                                  "阿拉善左旗本月无新增。", "千万不要相信。", "三千余元已发放。"])
def test_cities_banners_and_words_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, officials", [
    ("经办人（签字）：王志强", ["王志强"]),                         # a note between label and colon
    ("李红梅（经办人）、王志强（审核人）", ["李红梅", "王志强"]),      # the part in brackets after
    ("评议小组成员名单：组长赵国庆，副组长钱学文，成员冯玉兰、褚卫东。", ["冯玉兰", "褚卫东"]),
    ("唱票：魏建军；计票：陶红；监票：姜明", ["魏建军", "陶红", "姜明"]),
    ("联 系 人：赵丽", ["赵丽"]),                                   # a label spaced out
    ("审 核 人：李红梅", ["李红梅"]),
    ("联系人：县住建局村镇建设股冯志远，〔电话〕。", ["冯志远"]),     # the contact's office first
    ("联系人：县残联蒋建平，〔电话〕。", ["蒋建平"]),
    ("评审委员会主任委员柏松、委员水清、窦文涛。", ["窦文涛"]),     # listed after an official
])
def test_a_notices_staff_in_more_forms_stay_where_officials_names_are_public(text, officials):
    found = "".join(_found(text, public_names=OFFICIALS))
    assert all(o not in found for o in officials)


@pytest.mark.parametrize("text", ["原户主卓玛某某已故。", "原成员古丽娜尔·**已迁出。"])
def test_names_of_no_surname_masked_already_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", ["家住四子王旗，由儿子陪同办理。", "原住敖汉旗，已搬迁。", "户籍地：库伦旗，现居县城。",
                                  "家住莫力达瓦达斡尔族自治旗。", "在陈巴尔虎旗务工。", "家中有麦西来甫。"])
def test_banners_autonomous_counties_and_customs_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("Sampled unit: Xiao Yang Shengjian (person in charge: peng boqiang); sample: tofu.", "peng boqiang"),
    ("Household members: Wang Li (head); Aidana Askhar (father); Li Na (mother)", "Aidana Askhar"),
])
def test_english_roles_read_whole_and_any_name_before_a_relation(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [("Golden Dragon (son of the owner) runs the shop.", "Golden Dragon"),
                                        ("members: Tang Mou (son), Peng ** (spouse)", "Tang Mou")])
def test_a_relation_in_brackets_after_firms_and_masked_names(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, officials", [
    ("审批人签字：王建国", ["王建国"]),
    ("评审小组由王建国、李红梅、王志强组成。", ["王建国", "李红梅", "王志强"]),
    ("现场监督：县纪委派驻纪检组 王建国", ["王建国"]),
    ("核查组：王建国、李红梅", ["王建国", "李红梅"]),
    ("社区民警王建国入户核实。", ["王建国"]),
])
def test_a_notices_signatures_panels_and_police_stay_where_officials_names_are_public(text, officials):
    found = "".join(_found(text, public_names=OFFICIALS))
    assert all(o not in found for o in officials)


@pytest.mark.parametrize("text, privates", [
    ("参加评议的群众代表有陶红、姜明、戚小兵。", ["陶红", "姜明", "戚小兵"]),   # villagers, not staff
    ("承诺人：张建国", ["张建国"]),
    ("家庭由户主张建国、妻子李红梅组成。", ["张建国", "李红梅"]),
])
def test_villagers_pledgers_and_households_in_a_notice_stay_private(text, privates):
    assert _found(text, public_names=OFFICIALS) == privates


@pytest.mark.parametrize("text", ["艾尔肯·吐尔逊农民专业合作社收购棉花。", "玉素甫·哈斯哈吉甫纪念馆参观。",
                                  "尼玛家庭旅馆。", "在阿凡提乐园门口摆摊。", "成吉思汗陵景区务工。"])
def test_minority_names_in_firms_venues_and_legends_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", ["适配助听器（西门子品牌）。", "领取轮椅一台（鱼跃牌）。", "获董存瑞奖章。"])
def test_brands_and_medals_named_like_persons_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("核查人签字：向前", "向前"),                       # a labelled field, whatever word fills it
    ("经白露介绍，当事人出售该批货物。", "白露"),          # a solar term where only a person stands
    ("户主变更：〔姓名〕→江华；", "江华"),
    ("杨梅（户主，84岁）、〔姓名〕（孙子，17岁）", "杨梅"),
    ("当事人雇佣〔姓名〕、撖春燕等4人从事生产。", "撖春燕"),  # rare and Hui surnames
    ("1.虎德福 户主 70", "虎德福"),
])
def test_labelled_fields_frames_and_rare_surnames(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["核查人签字：王某", "申请人：申请", "代领人：孙子", "并卖给海燕超市。",
                                  "虎头山景区", "拓宽道路", "黑龙江省"])
def test_masked_values_form_words_and_places_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", ["Bought Lao Gan Ma and Master Kong noodles.", "Wang Lao Ji herbal tea, 2 cases.",
                                  "Long Term illness; Bai Jiu consumption.", "Practises Tai Chi every morning."])
def test_brands_drinks_and_practices_in_english_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [("Li Ning (son) applied.", "Li Ning"),
                                        ("Applicant Wang Lao Ji visited.", "Wang Lao Ji")])
def test_a_person_named_like_a_brand_in_english_is_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, name", [("曹操在工地打零工。", "曹操"), ("魏征领取一次性创业补贴。", "魏征"),
                                        ("陶冶在县职教中心学习。", "陶冶")])
def test_the_subject_of_what_only_a_person_does_whatever_word_it_is(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["白天在集镇打零工。", "文明在我心。", "高温在县城持续。"])
def test_a_time_or_a_thing_as_the_subject_stays(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("Interviewed Ahmatjan Kasim and her husband.", "Ahmatjan Kasim"),   # any spelling, dealt with
    ("Ahmatjan Kasim moved out in March.", "Ahmatjan Kasim"),            # ... or doing what a person does
    ("Signed: Lee Siu Lung", "Lee Siu Lung"),
    ("Bater (head of household), disabled grade 2.", "Bater"),
])
def test_english_names_of_any_spelling_in_a_persons_frame(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["Visited Lu Xun Park and Mao Zedong Memorial Hall.",
                                  "Interviewed Golden Dragon Restaurant staff."])
def test_places_and_firms_after_a_verb_of_dealing_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, kept", [("经办人核实，逝者孙秀英生前系低保对象。", "经办人核实"),
                                        ("家属李建国申领丧葬补助。", "申领丧葬补助")])
def test_a_common_word_after_a_role_cue_is_no_name(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text", ["安置房源龙湖春江郦城。", "居住御景华府小区。", "龙湖春江郦城本批入住：〔姓名〕。"])
def test_housing_estates_named_like_persons_stay(text):
    assert _deidentified(text) == text


def test_a_child_whose_name_ends_like_an_estate_is_still_found():
    assert "曹煜" not in _deidentified("事实无人抚养儿童曹煜城（父服刑），由祖母抚养。")


@pytest.mark.parametrize("label", ["公示人", "初审人", "陪同人员", "审核员", "信息公开负责人", "包保责任人"])
def test_a_notices_procedure_labels_name_its_staff_where_officials_names_are_public(label):
    assert _found(f"{label}：王建国", public_names=OFFICIALS) == []


@pytest.mark.parametrize("label", ["申请人", "当事人", "监护人", "被调查人", "受送达人", "代领人", "承诺人",
                                   "证明人", "共同申请人"])
def test_a_notices_labels_of_private_persons_keep_them_private(label):
    assert _found(f"{label}：王建国", public_names=OFFICIALS) == ["王建国"]


@pytest.mark.parametrize("text", ["桑耶寺、强巴林寺、塔尔寺、拉卜楞寺。", "纳木错、羊卓雍错、玛旁雍错、色林错、巴松错。",
                                  "参加乌兰牧骑演出。", "尼玛次仁牧家乐。", "次仁拉姆藏餐。"])
def test_temples_lakes_troupes_and_inns_of_minority_regions_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [("王强错了，已更正。", "王强"), ("拟纳入对象：扎西,王建国，共2户。", "扎西")])
def test_a_person_beside_a_lake_word_or_a_list_is_still_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["驾驶比亚迪秦新能源车未礼让行人。", "驾驶福田欧曼重型货车。", "驾驶雷克萨斯轿车。"])
def test_vehicle_makes_and_models_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [("当事人驾驶王强的车辆。", "王强"), ("由王强驾驶货车。", "王强"),
                                        ("购买王强家的车。", "王强")])
def test_a_person_whose_vehicle_is_driven_or_bought_is_still_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, name", [("note: wang xiuying is bedridden", "wang xiuying"),   # a long given name
                                        ("yang fan, a farmer, applied", "yang fan"),             # an apposition
                                        ("wang xiuying's grandson is a student", "wang xiuying")])
def test_lower_case_names_with_long_given_names_appositions_and_possessives(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("马力（45岁）申请岗位补贴。", "马力"),           # an age in brackets
    ("程序，男，身份证号〔身份证号〕。", "程序"),       # a sex after a comma
    ("时光已去世，停发补贴。", "时光"),               # a death
    ("方圆户，3人，月补贴600元。", "方圆"),           # a household of so many
    ("公益性岗位人员：田野，月补贴1200元。", "田野"),  # a labelled field
    ("推荐马力到超市应聘。", "马力"),                 # one placed in a job
    ("包容与用人单位签订劳动合同。", "包容"),         # only a person signs a labour contract
])
def test_words_that_are_names_in_more_frames_only_a_person_fills(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["本项目到年底上岗。", "推荐项目到省里评审。", "公司与员工签订劳动合同。",
                                  "病毒因病原体变异而传播。"])
def test_projects_firms_and_germs_in_those_frames_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, kept, gone", [
    ("由儿子艾尔肯•努尔代领。", "代领", "努尔"),                       # the dotted name whole after a relative
    ("其子阿斯哈尔·赛力克高中毕业。", "高中毕业", "赛力克"),            # ... and no further than its letters
    ("妻子阿依古力‧别克波拉提丧失劳动能力。", "丧失劳动能力", "波拉提"),
])
def test_a_dotted_name_after_a_relative_is_read_whole_and_no_further(text, kept, gone):
    out = _deidentified(text)
    assert kept in out and gone not in out


@pytest.mark.parametrize("text, name", [("抄表员反映郑家湾村白雪家水表被埋。", "白雪"),
                                        ("马力家养殖场距小学不足5百米。", "马力")])
def test_a_word_that_is_a_name_before_what_its_household_owns(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["国家水表标准。", "农家院内晾晒玉米。", "核查：南查家埠村另有旧宅1处。"])
def test_words_before_household_things_and_a_check_of_a_village_stay(text):
    assert _deidentified(text) == text


# --- tenth round -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("保洁岗空缺，由何涛顶岗至年底。", "何涛"),            # a third character that begins a word after it
    ("光荣院床位调整，唐敏与许振两户同日入住。", "许振"),    # joined to a name found by a conjunction
    ("社区给吕晓推荐了物业公司的门岗。", "吕晓"),            # a service done for a person
    ("补助已打入邱振卡内。", "邱振"),                          # the person's own card
    ("周卫，上士，2004年入伍，现住河口村。", "周卫"),          # a rank after a comma
    ("吴卫明的证件由村委会代办。", "吴卫明"),                  # the person's papers
])
def test_single_and_third_given_characters_where_a_person_stands(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "奖品由周黑鸭赞助，由王老吉冠名。",           # a brand after 由 (one character makes no person of it)
    "冯家塬至李家坪的村道已硬化。",                 # 塬 ends loess villages' names
    "骨灰安放于王各庄公益性公墓。",                 # 各庄 villages
    "患帕金森病后遗症，行动不便。",                 # a disease and its sequelae
    "春节送去礼盒和立春挂历。",                     # a conjunction before a solar term
    "乐手在草原上演奏马头琴，说唱阿诗玛。",         # an instrument, an epic
    "门口挂着文明户和光荣之家的牌子。",             # a household's honours
    "Records of Zhang X.X. withheld.",              # a surname and a mask of initials
])
def test_brands_villages_sequelae_and_honours_stay(text):
    assert _deidentified(text) == text


def test_initials_before_a_surname_in_capitals_are_a_name():
    assert "LYU" not in _deidentified("The officer met K.M. LYU at the office.")
    assert _deidentified("U.S. LI trade figures.") == "U.S. LI trade figures."


@pytest.mark.parametrize("text, officials, private", [
    ("定于5月8日召开听证会，由孟庆华主持，听证员邵立军、范晓丽，书记员钟明；申请人韦德胜应到场。",
     ["孟庆华", "邵立军", "范晓丽", "钟明"], ["韦德胜"]),
    ("调解会由石建国主持，调解员庞丽娟，申请人宁海涛到场。", ["石建国", "庞丽娟"], ["宁海涛"]),
])
def test_a_hearings_staff_are_officials_and_its_parties_private(text, officials, private):
    found = _found(text, public_names=OFFICIALS)
    assert all(n not in found for n in officials)
    assert all(n in found for n in private)


def test_a_modal_after_a_name_is_no_given_character():
    out = _deidentified("委托代理人钟英应按时到场。")
    assert "钟英" not in out and "应按时到场" in out


@pytest.mark.parametrize("text, name", [
    ("Visit note: Liang Chüan-fu lives alone.", "Liang Chüan-fu"),     # Wade-Giles ü in a hyphened given name
    ("Grant paid to Mei-lü Sun last week.", "Mei-lü Sun"),
    ("Holder: Hsü, Wenjie; account closed.", "Hsü, Wenjie"),           # a comma pair with ü
    ("Paid to: tang lihua; Zhou Min; 〔姓名〕.", "tang lihua"),          # a list's first item after its label
    ("Paid to: Zhou Min; song peiyu. Bank transfer.", "song peiyu"),   # ... and its last before a full stop
])
def test_english_exports_wade_giles_u_and_lower_case_list_items(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["Items: rice cooker; tea set.", "Menu: fan heater; Tea Set."])
def test_lists_of_things_after_a_label_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("搬迁户名单：马海日各、〔姓名〕。", "马海日各"),        # a Yi given name ending in 日各
    ("杜衡（殁年81岁，肺心病）丧葬费已结。", "杜衡"),         # an age at death in brackets
    ("受助人高山（河湾村）已签收。", "高山"),                 # one a programme helps
    ("被继承人钟声，其房产由子女继承。", "钟声"),             # the deceased of an inheritance
])
def test_names_at_death_in_aid_and_yi_names(text, name):
    assert name not in _deidentified(text)


def test_one_a_notice_proposes_to_hire_is_private_while_its_panel_is_public():
    found = _found("拟录用公示：评审组组长伍建国，成员鲍丽；拟录用解永刚，岗位为道路保洁。", public_names=OFFICIALS)
    assert found == ["解永刚"]


@pytest.mark.parametrize("text", ["王伟和李宁专卖店签了租约。", "王伟与东方红拖拉机厂签了合同。"])
def test_a_brand_or_a_firm_joined_to_a_name_found_stays(text):
    out = _deidentified(text)
    assert "王伟" not in out and out.count("〔姓名〕") == 1


@pytest.mark.parametrize("text", [
    "骨灰寄存于龙泉公墓。",                       # a preposition before a cemetery's name
    "由春蕾计划资助学费，雨露计划另补1500元。",   # programmes of aid
    "公益林管护面积120亩。",                      # forests of the eco-compensation rolls
])
def test_prepositions_before_places_programmes_and_forests_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [("于金龙已于3月去世。", "于金龙"), ("反映于海洋的问题。", "于海洋"),
                                        ("由于海洋代领。", "于海洋")])
def test_a_surname_that_is_a_preposition_still_begins_a_name(text, name):
    assert name[1:] not in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("志愿服务队队员：甘露、邝伟、麦嘉欣参加清扫。", "甘露"),   # a list's first item after its label
    ("监护人为祖母韦秀英。", "秀英"),                            # grandparents are relatives too
    ("由外婆黎桂芝代领。", "桂芝"),
    ("新租客为官振宇。", "振宇"),                                # tenants and lodgers are persons
    ("Volunteer hours: Au Yeung Siu-ming, 24 h.", "ming"),      # a name ends with its last syllable
])
def test_first_items_grandparents_tenants_and_hyphened_syllables(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, gone", [
    ("Claimant Lily Zhang was paid 1,200 yuan.", "Lily Zhang"),          # an English given name taken
    ("Beneficiary: CH'EN Ch'ing-kuo, Taiwan.", "Ch'ing-kuo"),             # Wade-Giles aspirates
    ("Approved by LO Wai-keung.", "LO Wai-keung"),                         # Cantonese surnames
    ("Household: Mdm Tan Siew Lan, 78.", "Siew Lan"),                     # a given name in two syllables
    ("Lim Boon Kiat applied for the grant.", "Boon Kiat"),
])
def test_english_exports_taken_names_aspirates_and_southern_spellings(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text", ["Overcharged by a taxi driver.", "Tan Hock Seng Road is closed.",
                                  "Mdm Tan called the office."])
def test_articles_roads_and_a_title_with_a_surname_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, gone", [
    ("加孜拉，女，哈萨克族，独居老人。", "加孜拉"),            # letters of transliteration before a sex
    ("古丽扎尔买买提，女，病残。", "扎尔"),                  # two parts joined by such letters
    ("旦增曲珠与母亲同住。", "旦增"),                        # an element before what reads as a name
    ("岩温香，傣族，勐海县。", "岩温香"),                    # a people after a comma marks a person
])
def test_minority_names_of_letters_elements_and_peoples(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text", ["加拿大（女）留学生。", "阿勒泰市，哈萨克族聚居。"])
def test_places_before_a_sex_or_a_people_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", [
    "退耕还林补助已发放。",                                 # a word of the domain ends at the surname
    "购置洋马收割机一台，另购插秧机。",                     # a machine begins after the surname
    "施用史丹利复合肥和心连心尿素。",                       # fertiliser brands
    "景点：岳阳楼、滕王阁、黄鹤楼、范公亭。",               # a list of landmarks
    "途经秦皇岛、包头、贺兰山、黄山和武当山。",             # a route
])
def test_domain_words_machines_fertilisers_and_lists_of_places_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, gone", [("救助对象：高山、黄河、白云，每人500元。", "黄河"),
                                        ("低保对象：文静、方圆、〔姓名〕。", "方圆")])
def test_a_list_a_cue_says_is_of_persons_holds_words_that_are_names(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, gone", [
    ("zhang wei said the roof leaks again.", "zhang wei"),          # what a person says or confirms
    ("liu yang confirmed receipt.", "liu yang"),
    ("hu jun, zhao lei and qian hong attended.", "hu jun"),         # names listed with one found
    ("paid to lin feng via alipay.", "lin feng"),
])
def test_lower_case_names_that_speak_or_are_listed(text, gone):
    out = _deidentified(text)
    assert gone not in out and ("via" in out or "via" not in text)


@pytest.mark.parametrize("text", ["Police said the case is closed.", "rice, fan and tea were given."])
def test_institutions_that_speak_and_lists_of_things_stay(text):
    assert _deidentified(text) == text


def test_a_post_of_public_service_before_a_name_is_an_officials_in_a_notice():
    text = "网格员孙丽丽、民政协理员赵春燕负责入户调查，学员韩晓东缺课。"
    assert _found(text, public_names=OFFICIALS) == ["韩晓东"]


@pytest.mark.parametrize("text, private, public", [
    ("表彰见义勇为：沈建明（双河村村民）勇救落水儿童。", ["沈建明"], []),      # a villager honoured stays private
    ("表彰先进个人：李红梅（县医院护士）、张强（县一中教师）。", [], ["李红梅", "张强"]),  # workers in their work
    ("副县长黄树森通报张小平等9户的安置情况。", ["张小平"], ["黄树森"]),        # the households a name stands for
])
def test_honoured_citizens_and_households_stay_private_where_officials_are_public(text, private, public):
    found = _found(text, public_names=OFFICIALS)
    assert all(n in found for n in private) and all(n not in found for n in public)


def test_a_row_of_a_table_printed_as_text_begins_with_a_name_where_most_rows_do():
    text = "工资支付明细：\n东方芳 19天 6330元\n温暖 29天 8289元\n何来福 18天 6618元\n关若梅 9天 6292元"
    assert "温暖" not in _deidentified(text)
    goods = "品名 数量 金额\n大米 2袋 100元\n白菜 3斤 9元"
    assert _deidentified(goods) == goods


def test_a_table_declarations_types_are_no_names_after_a_role_word():
    assert _deidentified("CREATE TABLE t (worker TEXT, seconds REAL)") == "CREATE TABLE t (worker TEXT, seconds REAL)"
    assert "ADIL" not in _deidentified("Applicant ADIL")


def test_a_name_element_that_is_a_whole_field_of_a_row_is_a_name():
    assert "图雅" not in _deidentified("艾山·艾则孜；昭觉县；图雅")
    assert "更登" not in _deidentified("海某；阿依河景区；更登")


# --- round 11: brands and banks in a frame, 家 given names, word names taken back by 其, notices --

@pytest.mark.parametrize("text, firm", [
    ("承包户把林地转包给王老吉药材基地经营。", "王老吉"),     # a brand after a verb of handing over
    ("该员工被古茗以旷工为由辞退。", "古茗"),               # a chain that dismissed its worker
    ("货车所属单位为华莱士，已约谈其负责人。", "华莱士"),
    ("补贴款由齐鲁银行代发到户。", "齐鲁银行"),              # a bank after 由
    ("奖励金经浦发银行一卡通发放。", "浦发银行"),
])
def test_a_brand_or_a_bank_after_a_frame_verb_stays_a_firm(text, firm):
    assert firm in _deidentified(text)


def test_a_bank_word_after_a_name_is_the_persons_account_not_a_banks_name():
    assert "王秀梅" not in _deidentified("补助打入王秀梅银行卡内。")
    assert "李志军" not in _deidentified("李志军银行账户已冻结。")


@pytest.mark.parametrize("text, name", [
    ("鲁家豪申请公积金提取，用于租房。", "鲁家豪"),        # S家 a word of the lexicon, 家 begins the name
    ("复核时发现钱家荣名下有货车一辆。", "钱家荣"),
    ("经查，何家权夫妇均已年满六十周岁。", "何家权"),      # a character of no given name, then 夫妇
])
def test_jia_begins_a_given_name_where_a_person_stands(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["当事人在叶家宅开设的面馆内销售过期食品。", "征收范围：顾家浜地块东侧。",
                                  "国家水表标准。"])
def test_villages_after_jia_and_words_with_jia_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("江山称其户口一直在老家，未迁出。", "江山"),           # a word as a name, taken back by 称其
    ("齐心反映其工资被拖欠两个月。", "齐心"),
    ("复核：乐观（139****5521）名下无车辆。", "乐观"),      # a masked phone in brackets after it
    ("全建军（110105********2315）家中四口人。", "全建军"),  # a surname that is mostly a word, then an ID
])
def test_a_word_is_a_name_where_a_pronoun_or_a_masked_number_marks_the_person(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["大家表示其乐融融。", "江山如此多娇。", "全县（市）统计口径不变。"])
def test_words_before_a_pronoun_or_a_bracket_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("低保复核：牛小龙的护理补贴照常发放。", "牛小龙"),     # a common given name that is a word (小龙)
    ("本次走访对象为任大军，独居。", "任大军"),
])
def test_given_names_that_are_words_of_the_lexicon(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, private, public", [
    # the party of a settled dispute is private, though the mediator's 同志 follows in the sentence
    ("调解公告：邬志成与县人民医院的医疗纠纷已达成协议，调解员贺立新同志主持。", ["邬志成"], ["贺立新"]),
    # the person a notice sends objections to, an office's contact, an expert in an office's brackets
    ("关于低保对象毛秋云的公示。如有异议，请向苗国栋反映，电话0531-8899776。", ["毛秋云"], ["苗国栋"]),
    ("拟聘人员：牛红英（护林）。镇人社所联系人曲建平，电话0531-8899776。", ["牛红英"], ["曲建平"]),
    ("评审专家：邹海涛（市卫健委）、韦立群（县人民医院）。", [], ["邹海涛", "韦立群"]),
])
def test_a_notices_staff_stay_public_and_its_parties_private(text, private, public):
    found = _found(text, public_names=OFFICIALS)
    assert all(n in found for n in private) and all(n not in found for n in public)


@pytest.mark.parametrize("text, gone", [
    ("Claim lodged by W.K. Tsang for dental treatment.", "Tsang"),       # initials, a Cantonese surname
    ("Refund sent to his mother, M.Y. Hsu.", "Hsu"),                     # ... a Wade-Giles surname
    ("Rent receipt signed by Y.C. Law last week.", "Law"),               # a surname that is an English word
    ("visit log: h.k. poon was not at home.", "poon"),                   # lower-case initials first
    ("visit log: cheng w.m. was not at home.", "cheng"),                 # ... and after the surname
    ("the tenant, k. fan, paid late.", "fan"),                           # one initial after a role
])
def test_initials_with_a_surname_of_any_romanisation(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "the clinic opens at 8 a.m. lee road entrance is closed.",          # abbreviations are no initials
    "see section b. he signed it later.",                                # a pronoun after a lone letter
    "her son s.k. and the nurse left.",
])
def test_lower_case_abbreviations_and_pronouns_after_a_letter_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, gone", [
    ("log: cheng yu-lan (age 72) lives on the third floor.", "cheng yu-lan"),   # Wade-Giles, an age after
    ("the tenant, mei-ling kao, moved out in june.", "mei-ling kao"),          # given name first, after a role
    ("her nephew wong siu ming, who drives a taxi, pays the rent.", "wong siu ming"),   # Cantonese, three parts
    ("log: peter leung kwok-wai complained about the lift.", "peter leung kwok-wai"),   # an English given name first
    ("the payee, yanhong tan, signed the form.", "yanhong tan"),               # pinyin, given name first
    ("the guardian, zhao hang, collected the card.", "zhao hang"),              # a given name that is an English word
    ("log: gao, mingyu (age 40) lives alone.", "gao, mingyu"),                 # family, comma, given
])
def test_lower_case_chinese_names_of_any_romanisation_in_a_persons_frame(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "her son studies at chu hai college and plays tin whistle.",       # a college's name after a verb
    "the lift was fixed on monday, ho said nothing.",                    # a surname alone
    "she took the bus to kwun tong road and back.",                      # a road
])
def test_lower_case_colleges_roads_and_lone_surnames_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, kept", [
    ("Rent allowance for Mak Wing-yee, aged 70, of Kwun Tong; paid monthly.", "Kwun Tong"),   # a residence
    ("Pension paid into a Hang Seng account ending 3321.", "Hang Seng"),            # an article before a firm
    ("Wages were paid through Luk Fook every month.", "Luk Fook"),                 # a channel, a Hong Kong chain
    ("Mr Chan visited Queen of Angels Hospital for a check-up.", "Queen of Angels Hospital"),  # X of Y: an institution
])
def test_hong_kong_residences_chains_and_institutions_stay(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, gone", [
    ("Complaint: tenant Zhou Yiran v. Vanke Property; hearing in May.", "Zhou Yiran"),   # a party before v.
    ("Grant approved for the Meiling LÜ family.", "Meiling LÜ"),                     # Ü in capitals
    ("Allowance for LAW Chi-keung; guardian his aunt.", "LAW Chi-keung"),            # an English-word surname, hyphened given
    ("Care plan for ZHANG Wei and WU Shu, both over 80.", "WU Shu"),                 # a surname in capitals is no practice
])
def test_english_export_parties_before_versus_u_in_capitals_and_capital_surnames(text, gone):
    assert gone not in _deidentified(text)


def test_a_month_after_by_is_no_name_in_an_english_export():
    text = "Arrears to be settled by Aug 30, 2025."
    assert _deidentified(text) == text
    assert "Jun" not in _deidentified("Signed by applicant Zhou Jun.")


@pytest.mark.parametrize("text, private, public", [
    # workers for a firm and volunteers hold no public post: private in a notice too
    ("服务时长公示：志愿者卜晓燕累计服务120小时；审核人：社工部干事汤建民。", ["卜晓燕"], []),
    ("欠薪公示：农民工贝立强等人工资已结清，经办人：劳动监察大队柏华。", ["贝立强"], []),
    # a notice's contact named after the office, where objections go
    ("如有异议请联系镇民政办邰国庆，电话0533-7788990。", [], ["邰国庆"]),
])
def test_workers_and_volunteers_are_private_in_a_notice_and_its_contact_public(text, private, public):
    found = _found(text, public_names=OFFICIALS)
    assert all(n in found for n in private) and all(n not in found for n in public)


@pytest.mark.parametrize("text, kept", [
    ("资助名单：初二（4）班鲍晓雯、高三（2）班葛子墨。", ["初二（4）班", "高三（2）班"]),   # grades and classes
    ("患者自购连花清瘟胶囊和乌鸡白凤丸，不予报销。", ["乌鸡白凤丸"]),                 # a medicine's dosage form
    ("危改验收：屋面已更换。棚改安置房已交付。", ["危改验收", "棚改"]),                 # programmes abbreviated
])
def test_grades_medicines_and_programmes_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


def test_a_name_after_a_class_is_found_whole():
    out = _deidentified("资助名单：初二（4）班鲍晓雯、高三（2）班葛子墨。")
    assert "鲍" not in out and "葛子墨" not in out and "班〔姓名〕" in out


# --- names of China's minorities, and what only looks like them ------------------------------------

@pytest.mark.parametrize("text, gone", [
    ("玉嫩、刀美华、岩依等3户领取了救灾粮。", ["玉嫩", "刀美华", "岩依"]),  # Dai prefixes in a list
    ("户主岩光（傣族），丈夫召洪，女儿玉叫。", ["召洪"]),              # a noble house after a relative
    ("零海、韦丽英、零少东三户参加培训。", ["零海", "零少东"]),        # a surname of Guangxi
    ("岩罕在景洪市人民医院就诊，费用自理。", ["岩罕"]),                # diagnosed or treated somewhere
    ("岩坎不通汉语，由村干部代为填表。", ["岩坎"]),                    # speaks no Chinese
])
def test_dai_and_zhuang_names_with_their_prefixes_and_surnames(text, gone):
    out = _deidentified(text)
    assert all(n not in out for n in gone), out
    assert "〔姓名〕〔姓名〕" not in out and not any(p + "〔姓名〕" in out for p in "岩玉刀召")


@pytest.mark.parametrize("text", [
    "一家人在墨玉县打工，春节返乡。",                        # a county after 玉, where a person works
    "岩石裸露，玉米减产三成。",                              # words beginning with a prefix
    "刀具、零件和召回的产品均已封存。",                      # words beginning with the new surnames
])
def test_places_and_words_with_dai_prefixes_or_new_surnames_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, gone", [
    ("次仁拉珍，藏族，52岁，那曲市人。", "次仁拉珍"),             # an element and other letters, a people
    ("阿力木江提申请小额贷款用于养牛。", "阿力木江提"),           # letters only, then an application
    ("乌力吉楞不通汉语，由儿子翻译。", "乌力吉楞"),               # a Mongolian name, no Chinese spoken
    ("古丽米娜（650102********1234）家中3口人。", "古丽米娜"),    # an ID masked in brackets after it
    ("努尔·居马洪（维吾尔族）已申请救助。", "努尔·居马洪"),       # a family name of other letters
])
def test_transliterated_names_marked_as_a_persons_at_a_phrase_start(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "叶阿姨来电询问补贴进度。",                              # a title after a letter of transliteration
    "阿克苏地区申请专项资金。",                              # a place that holds a word
    "阿里·某某（维吾尔族）已退出。",                         # a family name masked already
])
def test_titles_places_and_masked_names_stay_before_a_persons_mark(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", [
    "其母确诊韦格纳肉芽肿，长期服用激素。",                  # a disease run on from a surname
    "患儿同患范可尼贫血，需定期输血。",                      # a disease ending in 贫血
    "老人罹患艾迪生病多年，行动不便。",                      # 艾迪 + 生病 after what is suffered
    "经诊断为吉兰-巴雷综合征，转院治疗。",                  # a dotted eponym
    "金达莱节期间游客增多，民宿收入较高。",                  # a festival named after a flower
    "补助已打入浦发银行和齐鲁银行账户。",                    # banks named after places
])
def test_diseases_festivals_and_banks_that_begin_like_names_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, gone", [
    ("王伟生病住院，由妻子照料。", "王伟"),                  # a person falls ill: 生病 is a word
    ("李敏有精神病史，由其兄监护。", "李敏"),                # a word between the name and the disease
    ("妻子周玉兰糖尿病，需长期服药。", "周玉兰"),            # the lexicon knows the disease's stem
    ("户主金英男（朝鲜族）在外务工。", "金英男"),            # a name read short before its bracket
])
def test_persons_before_a_disease_or_a_bracket_are_names_whole(text, gone):
    out = _deidentified(text)
    assert gone not in out and gone[-1] + "（" not in out, out


@pytest.mark.parametrize("label", ["受助人", "迁坟人", "被推荐人", "分红人", "社员", "获救人", "紧急联系人"])
def test_a_label_of_a_notice_names_its_persons_unless_it_names_a_step_of_its_procedure(label):
    text = f"第二批公示：{label}：骆国华，金额2000元；审核人：甘丽萍；入户人员：龚志坚。"
    assert _found(text, public_names=OFFICIALS) == ["骆国华"]


@pytest.mark.parametrize("text, name", [
    ("复核对象金钟的儿子已成年，不再计入。", "金钟"),        # a word as a name, then the person's own kin
    ("瘫痪在床的冷静由女儿照料。", "冷静"),
    ("搬迁户高原一家三口已入住。", "高原"),
])
def test_a_word_is_a_name_where_the_persons_own_household_follows(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["农家中药材种植合作社。", "学校与家长一起开展活动。", "老人的儿子在外地。"])
def test_household_words_after_plain_words_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, kept", [
    ("水稻品种为隆两优华占、黄华占，统一供种。", ["黄华占"]),              # the items of a list of things
    ("诊断：帕金森病、阿尔茨海默病。", ["阿尔茨海默病"]),
    ("渔民在柳河、沙河、白洋淀、洪泽湖一带作业。", ["沙河", "洪泽湖"]),   # an area around a place
    ("研学路线：屈原祠、诸葛亮草庐、杜甫草堂。", ["屈原祠", "诸葛亮草庐"]),  # where a figure is remembered
    ("菜单：左宗棠鸡、李鸿章杂烩、东坡肉。", ["左宗棠鸡", "李鸿章杂烩"]),    # dishes named after people
])
def test_things_places_and_dishes_named_like_people_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("诊断：邵春兰患帕金森病。", "邵春兰"),        # a person after a label of things, marked by 患
    ("汪建平一带着孙子外出务工。", "汪建平"),      # 一 + 带着: no area
])
def test_names_beside_things_and_areas_are_still_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("种子由荃银高科统一调运。", "荃银高科"),                 # a company's 高科
    ("万寿堂殡葬用品店已办理登记。", "万寿堂殡葬用品"),       # a shop's trade after its name
    ("文艺下乡演出黄梅戏和吕剧。", "黄梅戏和吕剧"),           # operas that begin with a surname
])
def test_firms_shops_and_operas_stay(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, kept, name", [
    ("留守儿童由姑父蔺国强照看。", "由姑父", "蔺国强"),       # a relative's word is no name's start
    ("死者丈夫占永福申领丧葬费。", "死者丈夫", "占永福"),     # a rare surname after a relative
])
def test_relatives_words_stay_and_the_name_after_them_goes(text, kept, name):
    out = _deidentified(text)
    assert kept in out and name not in out


def test_a_word_is_a_name_before_he_and_his_wife():
    assert "高原" not in _deidentified("合同上写的是高原和他老婆的名字。")


def test_a_household_honoured_in_a_notice_is_private():
    found = _found("拟表彰“最美家庭”：尉振山家庭、鄂红梅家庭。", public_names=OFFICIALS)
    assert found == ["尉振山", "鄂红梅"]


@pytest.mark.parametrize("text", [
    "县总工会关于表彰2025年度劳动模范的决定\n一、劳动模范 訾德胜 县供电公司\n二、先进工作者 仝玉兰 城关镇卫生院",
    # (rows under a commendation's heading; a bare 获奖名单 of prize grades, or a 光荣榜, names no
    # commendation: see test_prizes_of_a_private_kind_name_private_persons, round 18)
    "“十佳村医”评选结果揭晓，岳浩然、邱欣怡当选。",
    "县妇联授予鞠秀英“三八红旗手”称号。",
])
def test_honoured_workers_lists_stay_public_where_officials_are(text):
    assert _found(text, public_names=OFFICIALS) == []


def test_a_reward_to_an_informant_is_no_honour():
    text = "县生态环境局公示：处罚决定由副局长卓丽签发；举报人蒙立强获奖励800元。"
    assert _found(text, public_names=OFFICIALS) == ["蒙立强"]


@pytest.mark.parametrize("text", ["途经包头、鄂尔多斯、乌兰察布、巴彦淖尔。", "午饭是黄焖鸡米饭。"])
def test_cities_in_a_list_and_dishes_stay(text):
    assert _deidentified(text) == text


# --- English exports: forms, tables and romanisations of Hong Kong, Taiwan, Southeast Asia --------

@pytest.mark.parametrize("text, gone", [
    ("DENG LIN ID 4401********22 TEL 139****0000", "DENG LIN"),          # a form's next field after the name
    ("Hsieh Pei-yu co-signed the loan agreement.", "Hsieh Pei-yu"),      # co- is no company
    ("Family name: YUEN; given names: Siu Kei.", "YUEN"),                # a surname in its own field
    ("03  pan xiulan  69  female", "pan xiulan"),                       # a lower-case cell of a printed table
    ("List: Lam, Ka Yan; Chow, Pui Shan.", "Lam, Ka Yan"),              # family, comma, two given syllables
    ("Interpreter: Deng, Y.H., booked for Friday.", "Deng, Y.H."),       # family, comma, initials
    ("ZiHan Lu enrolled last week.", "ZiHan Lu"),                       # a given name in camel case
])
def test_english_forms_fields_and_table_cells_name_persons(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, gone", [
    ("Ah Fook, 80, sleeps in the park most nights.", "Ah Fook"),         # 阿福: Cantonese familiar name
    ("Yau Shuk Ngor (66) lives alone.", "Yau Shuk Ngor"),                # Cantonese syllables pinyin lacks
    ("Chia Bee Hoon applied for the rent waiver.", "Chia Bee Hoon"),     # Hokkien, as Malaysia spells it
    ("Spouse visa: wife Ooi Poh Geok, husband Khoo Teik Huat.", "Khoo Teik Huat"),   # read whole after a role
    ("Ngan Wai-lun, 58, security guard, lives in a subdivided flat.", "Ngan Wai-lun"),
    ("Winson Tang phoned about the lift.", "Winson Tang"),              # an English given name of Hong Kong
])
def test_cantonese_hokkien_and_hong_kong_english_names(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, gone", [
    ("we phoned tang yuqi twice last month.", "tang yuqi"),             # what one does to a person before
    ("staff referred ding shuhan to the clinic.", "ding shuhan"),       # ... though ding is an English word
    ("the clerk told agnes yiu about the deadline.", "agnes yiu"),       # an English given name, lower case
    ("tan siew mei, 77, lives alone above the shop.", "tan siew mei"),   # three parts, an age after
    ("dolma yangzom (41) collected the grant.", "dolma yangzom"),        # a minority's name, lower case
])
def test_lower_case_names_after_a_dealing_or_before_an_age(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, gone", [
    ("Household: Ganzorig (husband), Oyuna (wife), two children.", "Oyuna"),   # a relation in brackets
    ("Ganzorig (husband) and Oyuna (wife) share one room.", "Ganzorig"),
    ("Herders paid: Wuyunbilige, Narisu, Chaoketu.", "Chaoketu"),        # elements listed by commas
    ("Record: Alimjan Rozi and his mother came in.", "Alimjan Rozi"),    # any given name before an element
    ("Serikbol Nurlan (Kazakh) asked for a translator.", "Serikbol Nurlan"),   # the person's people
])
def test_minority_names_of_one_word_or_any_spelling_where_a_person_is_marked(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "Delivered: one Fan Heater, two blankets.",                          # he-a-ter is no pinyin
    "Family moved from Tsz Wan Shan to Tiu Keng Leng in March.",         # Hong Kong's places
    "Stops: Kowloon Tong, Sheung Wan, Sai Ying Pun.",                    # ... listed by commas
    "Family relocated to Tseung Kwan O. The flat is larger.",            # O. is no initial
    "Inspection of the Shek Kip Mei block completed on Friday.",
    "Dressings changed at Yan Oi Tong; no fee.",                         # a venue after "at", read whole
    "Lunch at the centre: Char Siu and Siu Mai.",                        # dishes
    "Branch office at Min Sheng E. Rd., Taipei.",                        # E. before Rd. is no initial
    "Address: 16 Minzhu Lu, Nanshan.",                                   # a road after a house number
    "Address: Xinhua Jie No. 3, Zhenping.",                              # ... before one
    "Members: Tsang **, K** Man, Y*** Chan.",                            # masked already
    "Recipient,Amount,Date",                                             # a table's headings
    "No.  Name  Age  Sex",
    "Volunteers cleaned around the Lin Zexu statue.",                    # a figure remembered
])
def test_hong_kong_places_dishes_roads_masks_and_headings_stay(text):
    assert _deidentified(text) == text


def test_a_field_label_after_a_name_is_no_part_of_it():
    assert "Given name" in _deidentified("Surname: ZHAO  Given name: MEIXI")


def test_a_labelled_field_holds_the_whole_name_when_it_begins_with_a_word():
    assert _deidentified("户主：韦德胜，保障人数3人。") == "户主：〔姓名〕，保障人数3人。"   # 韦德 is a word


def test_a_certificate_after_a_cue_is_no_name():
    assert "房产证" in _deidentified("被征收人房产证载权利人为喻长根。")


@pytest.mark.parametrize("text, expected", [
    ("姓名 籍贯 职业：闻强 四川 厨师", "姓名 籍贯 职业：〔姓名〕 四川 厨师"),   # a row of headings
    ("承租人及其妻子滕丽租住该房。", "承租人及其妻子〔姓名〕租住该房。"),       # 租 ends no given name
    ("代领人黄金，身份证已核验。", "代领人〔姓名〕，身份证已核验。"),
])
def test_a_cues_value_ends_where_a_name_ends(text, expected):
    assert _deidentified(text) == expected


@pytest.mark.parametrize("text, kept", [
    ("骨灰安放于滨海古园。", "于滨海古园"),        # 于 before a place's name
    ("墓碑由石匠刻字。", "由石匠刻字"),            # a trade after a frame, no name
    ("骨灰撒海活动在金沙滩举行。", "撒海"),
])
def test_funeral_places_trades_and_rites_stay(text, kept):
    assert kept in _deidentified(text)


# --- minority names read whole (round 11, second part) -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a name read in part runs on over the letters left beside it, here or after a cue's reading
    ("搬迁户：巴图吉雅、宝力乌日图、阿拉坦仓。", "搬迁户：〔姓名〕、〔姓名〕、〔姓名〕。"),
    ("妻子帕丽旦·阿不都外力，在家务农。", "妻子〔姓名〕，在家务农。"),
    ("户主加尔恒·哈那提（哈萨克族）放牧为生。", "户主〔姓名〕（哈萨克族）放牧为生。"),
    ("2025年9月努尔买买提在阿勒泰务工。", "2025年9月〔姓名〕在阿勒泰务工。"),
    ("其女阿依古丽阿卜杜拉在县城上学。", "其女〔姓名〕在县城上学。"),
])
def test_a_transliterated_name_read_in_part_is_read_whole(text, expected):
    assert _deidentified(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("王芳提出异议，要求复核。", "〔姓名〕提出异议，要求复核。"),        # 提出: the letters begin a word
    ("当事人李敏不在家，由邻居代收。", "当事人〔姓名〕不在家，由邻居代收。"),
    ("补贴由其女儿周燕领取。", "补贴由其女儿〔姓名〕领取。"),
    ("吐尔逊都在县城打工。", "〔姓名〕都在县城打工。"),                # 都: the adverb after the name
])
def test_the_run_on_stops_where_a_word_begins(text, expected):
    assert _deidentified(text) == expected


@pytest.mark.parametrize("text, gone", [
    ("拉毛措 女 59岁 禁牧补助", "拉毛措"),                   # Amdo endings after an element
    ("困难户：索南加，家中4口人。", "索南加"),
    ("卓玛草与其夫多杰太共同放牧。", "多杰太"),
    ("斯琴花，女，蒙古族，低保。", "斯琴花"),               # a Mongolian woman's 花
    ("万玛申请危房改造补助。", "万玛"),                     # an Amdo element before a herder's acts
    ("更藏放牧时摔伤，住院治疗。", "更藏"),
    ("呷绒承包草场八百亩。", "呷绒"),
])
def test_tibetan_and_mongolian_names_with_endings_and_before_a_herders_work(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, names", [
    ("次旦 嘎玛 群宗 贡觉", ["次旦", "嘎玛", "群宗", "贡觉"]),   # a list of element names, no cue
    ("贡保，达瓦，仁青措", ["贡保", "达瓦", "仁青措"]),
    ("玉南、岩帕、玉叫为茶农合作社社员。", ["玉南", "岩帕", "玉叫"]),   # a list of Dai names
    ("岩温\n玉应\n依香", ["岩温", "玉应", "依香"]),
    ("阿曼古丽 热娜古丽 阿力木江 均为该户成员", ["阿曼古丽", "热娜古丽", "阿力木江"]),
])
def test_lists_of_minority_names_with_no_name_found_first(text, names):
    out = _deidentified(text)
    assert not any(n in out for n in names), out


@pytest.mark.parametrize("text, gone", [
    ("咪南独居，享受特困供养。", "咪南"),                   # Dai prefixes beyond 岩 and 玉
    ("波岩香，男，傣族，低保。", "波岩香"),
    ("约罕 男 傣族 五保", "约罕"),
    ("户主岩罕，妻玉罕，子岩叫。", "岩叫"),                 # 子 at a household list's phrase start
    ("岩应在景洪市经营水果摊。", "岩应"),
])
def test_dai_names_of_every_prefix(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "依法依规办理，约定分红，波动较大，召开会议。",          # Dai prefixes that begin words
    "男方已签字，女方户籍已迁出。",                          # 女方 is no cue for a name after it
    "康某户，华侨眷属证明已核。",                            # a masked name
    "岩*、玉*、扎西**、阿依古丽·**、米*·热合曼。",          # masked names, also before letters
])
def test_dai_prefixes_in_words_and_masked_names_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, gone", [
    ("李卓玛，女，土族，低保。", "卓玛"),                   # a Han surname before an element
    ("马哈三、汪乙四夫为养殖合作社社员。", "哈三"),         # Muslim given names after a surname
    ("韩尕西木 男 撒拉族 五保", "尕西木"),
    ("妥木乃申请临时救助。", "木乃"),                       # 妥 of the Dongxiang
    ("和玉花，女，纳西族，低保。", "和"),                   # Naxi 和 at a field's start before a sex
    ("卢阿三、马阿九为护林员。", "三"),                     # 阿 begins a given name
    ("爱新觉罗·启星 男 满族", "启星"),                     # a Manchu clan before a dot
])
def test_han_surnames_before_minority_given_names(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("由格桑卓玛代为领取证书。", "由"),                     # 由 is no surname there
    ("女方巴桑顿珠户籍已迁出。", "女方"),
    ("已与本人及其母拉姆桑珠沟通。", "其母"),
    ("经查巴图名下有车一辆。", "经查"),
    ("护林员阿依达娜‧胡安带队巡山。", "护林员"),             # a role ends before a dotted name
])
def test_words_before_a_minority_name_stay(text, kept):
    out = _deidentified(text)
    assert kept in out and "〔姓名〕" in out, out


@pytest.mark.parametrize("text", [
    "在那拉提草原、巴音布鲁克草原放牧。",                    # places in letters of transliteration
    "阿依别克在巴音布鲁克经营牧家乐。",
    "经营地址：和田市古江巴格街道。",
    "克孜勒苏柯尔克孜自治州阿图什市。",
    "玛旁雍错、纳木错两处湖泊。",                           # lakes
    "马头琴、呼麦、长调传承人培训。",                       # music and crafts of the regions
    "艾德莱斯绸、麦西热甫、木卡姆、东巴文字、苗年。",
])
def test_places_lakes_music_and_crafts_of_minority_regions_stay(text):
    out = _deidentified(text)
    assert all(w in out for w in ("巴音布鲁克", "古江巴格", "克孜勒苏", "纳木错", "马头琴", "呼麦",
                                  "艾德莱斯", "麦西热甫", "苗年") if w in text), out


@pytest.mark.parametrize("text, gone", [
    ("吾拉木·司马义（原名吾拉木江）迁入本村。", "吾拉木江"),   # a former name in brackets
    ("扎西 2025年3月在县医院确诊。", "扎西"),                 # a date a space apart
    ("和秀英与木丽春系婆媳。", "木丽春"),                     # 木 of the Naxi
])
def test_former_names_log_lines_and_naxi_surnames(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("被申请人为郑州中原区某建材公司，申请人[[陈桂香]]", ["郑州中原区"]),     # a city and its district
    ("沿线经过普洱孟连、文山麻栗坡等边境县", ["普洱孟连", "文山麻栗坡"]),
    ("口岸设在阿勒泰布尔津，由[[马建林]]负责", ["阿勒泰布尔津"]),
    ("取样地点黄岛区长江中路某超市", ["黄岛区长江中路"]),          # 区 + 长江, no 区长
])
def test_a_division_running_into_another_or_into_a_road_stays(text, kept):
    names = [w for w in re.findall(r"\[\[(.+?)\]\]", text)]
    plain = text.replace("[[", "").replace("]]", "")
    found = [plain[h.start:h.end] for h in find_names(plain)]
    assert all(any(n in f for f in found) for n in names)
    assert not any(plain.find(k) < h.end and h.start < plain.find(k) + len(k)
                   for k in kept for h in find_names(plain))


@pytest.mark.parametrize("text", ["秦司长、郑政委到场检查", "施总工审核了图纸", "郎排长和彭指导员带队巡堤"])
def test_a_surname_before_a_post_of_a_ministry_works_or_the_forces_is_no_name(text):
    assert find_names(text) == []


def test_a_name_before_a_post_of_the_forces_is_still_found():
    t = "民兵连长孙立军带队巡堤"
    assert "孙立军" in [t[h.start:h.end] for h in find_names(t)]


def test_a_given_name_ending_like_a_post_before_a_word_is_a_name():
    assert "王建连" not in _deidentified("王建连长期在外务工，房屋空置。")


@pytest.mark.parametrize("text, name", [
    ("国强下葬时亲属二十余人到场", "国强"),            # a word-like name before a burial
    ("丁香报名参加了育婴员培训", "丁香"),              # ... before enrolling in a course
    ("甘露退租后去向不明", "甘露"),                   # a verb of the lexicon before moving out
    ("李想转学去了县实验小学", "李想"),               # a rare given character, then a transfer
    ("袁野补领了结婚证", "袁野"),                     # ... then a certificate issued again
    ("今年新生万里入学时未带户口本", "万里"),          # a register's role before a word
    ("被救人金波已出院", "金波"),
    ("立碑人陆海", "陆海"),
    ("苗青父女报名参加", "苗青"),                     # a parent and child after the name
])
def test_names_before_the_acts_and_after_the_roles_of_community_registers(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("惠民保已参保", "惠民保"),                        # an insurance scheme one enrols in
    ("奖扶资格转出手续已办结", "奖扶资格"),            # a qualification transferred, no person
    ("高山地区参保率高", "高山"),
    ("春雨过后出租屋漏水", "春雨"),
    ("家属签字后火化", "家属"),
    ("学员手册已发放", "学员手册"),                    # a role word running into a noun
    ("新生儿已上户口", "新生儿"),
    ("资金转入专户", "资金"),
])
def test_things_before_register_acts_and_role_words_stay(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("09:15 白云 报名", "白云"),                  # a county's or district's name as a row's field
    ("3月4日 方正 退租", "方正"),
    ("海燕 退学 随父母迁居", "海燕"),             # the row's first field
])
def test_a_name_in_a_row_of_spaced_fields_before_a_persons_act(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("途经 白云 区域", "白云"), ("巡查 方正 县城出租屋", "方正"), ("平安 社区 参保登记", "平安"),
])
def test_a_place_in_a_row_of_spaced_fields_stays(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, names", [
    ("培训花名册：高山、石磊、金钟", ["高山", "金钟"]),          # words as names in a roster
    ("流动人口名册：白云/黄河/程远", ["白云", "黄河"]),
    ("签到表：田野 安然", ["田野", "安然"]),
])
def test_every_item_of_a_roster_is_a_name(text, names):
    out = _deidentified(text)
    assert not any(n in out for n in names)


@pytest.mark.parametrize("text, kept", [
    ("名单：经审核、符合条件", "经审核"),          # a sentence after the label, not a list of names
    ("名册：男女比例、年龄结构", "男女比例"),
    ("党员名单：石某某、王芳", "石某某"),          # already anonymised
    ("名单：详见附件", "详见附件"),
])
def test_a_roster_label_before_other_words_keeps_them(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("今年推广秦麦18和陕薯8号两个新品种。", ["秦麦18", "陕薯8号"]),      # a crop's variety code
    ("示范田种的是吴粳15，长势良好。", ["吴粳15"]),
    ("果树品种：黄蜜、秋月等，每亩补助300元。", ["黄蜜"]),               # the first item after the label
    ("示范园引进了金红、徐冠、红阳等品种。", ["徐冠"]),                  # the label closes the list
    ("白马山风景区停车难问题已整改。", ["白马山"]),                      # a scenic area a mountain names
    ("汪河治理工程已完成招标。", ["汪河"]),                              # works a river names
    ("汪裕泰茶庄、蔡同德堂药店消防检查合格。", ["汪裕泰", "蔡同德"]),    # brands (brands.tsv)
    ("群众闻讯后赶来扑救。", ["闻讯"]),                                  # an adverb where a cue expects a name
    ("其女常年在外地务工。", ["常年"]),
    ("乌兰浩特、阿拉善盟草原防火检查。", ["乌兰浩特", "阿拉善盟"]),  # a place the lexicon knows
])
def test_varieties_and_landmarks_named_like_people_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("承包户邓麦生12亩，已签字。", "邓麦生"),        # a unit after the number: an area, no code
    ("农户汪花10亩玉米受灾。", "汪花"),
    ("居民许金山在景区门口摆摊被劝离。", "许金山"),      # a person before the park
    ("张春山公园晨练摔伤，已送医。", "张春山"),          # a park, where persons stand too
    ("品种由李建华、王丽等人负责登记。", "李建华"),      # 等人: persons, not a label of things
    ("投诉人蔡同德称其被多收费。", "蔡同德"),            # a brand's name where a person stands
    ("消费者高新成反映牛肉过期。", "高新成"),            # an adverb's characters in a longer name
    ("居民常年军，男，45岁。", "常年军"),
    ("乌兰浩特市民乌兰反映路灯损坏。", "市民乌兰"),      # a cue before: a person
])
def test_names_beside_variety_codes_and_landmarks_are_still_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, gone", [
    ('{"first_name": "Zhiyuan", "last_name": "Mo"}', "Zhiyuan"),        # a field for one part, in JSON
    ('{"first_name": "Zhiyuan", "last_name": "Mo"}', '"Mo"'),
    ("Forename(s): Shuting   Surname: Lai", "Shuting"),                  # a label with (s)
    ("givenName=Junhao; familyName=Kwok", "Junhao"),                     # camel case and "="
    ("Grandsons Haoyu (9) and Ziyang (4) live with her.", "Ziyang"),     # a given name alone before an age
    ("Dependants listed: Xinran (11), Mumu (3).", "Xinran"),
    ("Row 4\tFang Lei\tM\t41\twelder", "Fang Lei"),                      # a tab ends the name: M is no word of it
    ("key=value log: name=Rong Tao status=ok", "Rong Tao"),              # a role's "=" as a log writes it
    ("Her son Pu Jiaming attends school in Zhuhai.", "Pu Jiaming"),      # an act before the place words
    ("Legacy record: Meiling-Zhou, Zhou-Guoqing.", "Meiling-Zhou"),      # joined by a hyphen, either order
    ("Legacy record: Meiling-Zhou, Zhou-Guoqing.", "Zhou-Guoqing"),
    ("Pu Er (wife) signed the tenancy.", "Pu Er"),                       # a tea's spelling, a relation says a person
])
def test_english_name_part_fields_ages_tabs_and_hyphen_joined_names(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("Given name: N/A (single-name applicant)", ["N/A"]),              # no value for the field
    ("Last name: None given.", ["None"]),
    ("Cases by district: Haidian (12), Chaoyang (8).", ["Haidian", "Chaoyang"]),   # counts, no kin before
    ("Children's cases: Beijing (14), Tianjin (6).", ["Beijing", "Tianjin"]),      # places, not given names
    ("Freight on the Guangzhou-Shenzhen and Beijing-Tianjin routes rose.", ["Guangzhou-Shenzhen", "Beijing-Tianjin"]),
    ("The Sino-Wang joint venture filed accounts.", ["Sino-Wang"]),     # a combining form, no given name
    ("Wuhan-Jiang railway upgrade approved.", ["Wuhan-Jiang"]),         # a route's two ends
    ("Gift boxes of Long Jing, Tie Guan Yin and Pu Er were seized.", ["Long Jing", "Tie Guan Yin", "Pu Er"]),  # teas
    ("Canteen menu: Ma Po tofu, Kung Pao chicken.", ["Ma Po", "Kung Pao"]),         # dishes
])
def test_english_look_alikes_of_name_fields_ages_and_hyphens_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone", [
    ("Hardship grant paid to Ivy Mok for the winter.", "Ivy Mok"),       # a given name that is an English word
    ("Visit to PANG Crystal postponed: she was in hospital.", "PANG Crystal"),
    ("Carer: Jade Kwan, aunt of the child.", "Jade Kwan"),
    ("Shu-Chen Tien reported the leaking roof.", "Shu-Chen Tien"),      # a Wade-Giles family name beside a hyphened given
    ("The vendor, Tuan Kuo-ping, paid the fine.", "Tuan Kuo-ping"),
    ("Escorts: Bai Yun, TSENG, Ya-hsuan and Mo Li.", "TSENG, Ya-hsuan"),  # "FAMILY, Given" among a list's names
    ("Helpers Qiu Ping, CHOU, Pei-ling and Ding Bo.", "CHOU, Pei-ling"),
    ("tenants liang wenhui and pan xiaodong signed up.", "liang wenhui"),  # a plural role, lower case
    ("nominee ke shuyi saved a child at the pier.", "ke shuyi"),
    ("enquiry by hou lingling (〔电话〕) about a bursary", "hou lingling"),  # a number masked already after the name
])
def test_english_word_given_names_wade_giles_comma_items_and_lower_roles(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("A neighbour, Mrs. Cheung, refused to sign.", ["Cheung"]),          # a title and a family name alone
    ("Madam Tsang asked for the form in Chinese.", ["Tsang"]),
    ("Tea from Crystal Jade and a card from Holly Park.", ["Crystal Jade", "Holly Park"]),  # a restaurant, a place
    ("The Hope Project paid the school fees.", ["Hope Project"]),
    ("Complaint about Wei Long spicy strips past their date.", ["Wei Long"]),   # a brand before its goods
    ("Stall fined for selling fake Ma Ying Long ointment.", ["Ma Ying Long"]),
    ("Hikers crossed the Tien Shan range in June.", ["Tien Shan"]),      # a mountain range
    ("The Ping-Pong Club of Sai Kung meets weekly.", ["Ping-Pong", "Sai Kung"]),
])
def test_english_titles_brands_and_places_beside_word_given_names_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone", [
    ("表顺女（朝鲜族，71岁）独居，申请居家养老服务。", "表顺女"),   # a Korean family name the table lacks
    ("慰问对象：延英哲（朝鲜族）、孙红（汉族）。", "延英哲"),
    ("玉叫丙（傣族）在景洪务工。", "玉叫丙"),                      # a Dai name ending before the bracket
    ("勐海曼弄村玉温家种植甘蔗3亩。", "玉温"),                      # a Dai name before 家, after a village
    ("其夫岩甩庄在外务工。", "岩甩庄"),                            # 庄 ends a Dai name, not a place
    ("保洁员：小次仁、大次仁，月补贴900元。", "小次仁"),             # 大 and 小 tell apart two who share a name
    ("其子小多吉在县城读书。", "小多吉"),
    ("牧民包巴特尔与敖日格勒协商转让草场。", "包巴特尔"),            # a Han surname before a Mongolian name
    ("牧民王伟与巴音发生争执。", "巴音"),                           # a name element joined to a name by 与
])
def test_minority_names_by_people_bracket_dai_household_twin_prefix_and_surname(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("延吉（朝鲜族自治州首府）开展冬季防火检查。", ["延吉"]),        # no people's bracket: 自治 goes on
    ("岩庄村委会组织村民过泼水节。", ["岩庄村"]),                   # a village named 岩庄
    ("玉米家家户户都种，岩石山坡不宜耕作。", ["玉米", "岩石"]),
    ("大昭寺和小昭寺游客众多。", ["大昭寺", "小昭寺"]),
    ("二连浩特口岸进口羊肉，牧民从锡林浩特迁往阿巴嘎旗。", ["二连浩特", "锡林浩特"]),   # a city's tail is no name
    ("常德务工人员返乡统计表。", ["常德"]),                         # a city before the group it names
    ("在佟麟阁路经营早点摊的商户申请贷款。", ["佟麟阁路"]),         # a street named after a person
    ("住址：张自忠路18号。", ["张自忠路"]),
])
def test_minority_and_place_look_alikes_by_brackets_villages_and_street_names_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone", [
    ("贫困户宝音套格套，东乌珠穆沁旗牧民，申请危房补助。", "宝音套格套"),   # two Mongolian elements, the second new
    ("牧户白音仓家今年接羔120只。", "白音仓"),                        # 仓 ends a Mongolian man's name
    ("孟和夫反映冬季饲草不足。", "孟和夫"),                           # and 夫
    ("联络员：奥登，电话已登记。", "奥登"),
    ("护草员特古斯巡查时发现车辙。", "特古斯"),
    ("曲木阿芝（女）因车祸致残。", "曲木阿芝"),                       # a Yi clan and a woman's given name
    ("帮扶对象：阿鲁尔体、吉火木各。", "阿鲁尔体"),
    ("帮扶对象：阿鲁尔体、吉火木各。", "吉火木各"),
    ("户主海来阿呷莫，家中5口人。", "海来阿呷莫"),                    # 莫 ends a Yi woman's name
    ("护林员洛松曲扎在巡山途中受伤。", "洛松曲扎"),                   # new Tibetan elements
    ("亚森古丽娜尔申请公益性岗位。", "亚森古丽娜尔"),                 # a Uyghur name joined without a dot
    ("朱马别克家新建暖圈一座。", "朱马别克"),                         # 别克 ends a Kazakh name
    ("加米拉 扎克在县城开了一家裁缝店。", "扎克"),             # a space for the dot: the father's
    ("户主艾尼 肉孜家种植核桃20亩。", "肉孜"),                 # name runs the name on
    ("亚森 卡德尔在巴扎卖馕。", "亚森"),
    ("岩温庄家种植甘蔗12亩。", "岩温庄"),                             # 庄 before a household's 家
    ("河昌洙，男，72岁，独居。", "河昌洙"),                           # Korean family names of Yanbian
    ("表英植因病住院三个月。", "表英植"),
    ("监护人：鲜于春花。", "鲜于春花"),
])
def test_minority_names_of_new_elements_endings_spaces_and_korean_family_names(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("古尔邦节、肉孜节期间开展慰问。", ["肉孜节"]),                   # a festival, not the name 肉孜
    ("阿拉善盟、锡林郭勒盟草原补奖资金拨付。", ["阿拉善", "锡林郭勒"]),
    ("那达慕大会期间那曲、甘孜客流增多。", ["那达慕", "那曲", "甘孜"]),
    ("阿依古丽 喀什市人，现居伊宁。", ["喀什市"]),                    # a city after the space, not a father
    ("热依拉 阿姨帮忙照看孩子。", ["阿姨"]),                          # a word after the space
    ("次旦 嘎玛 群宗三人领取补贴。", ["三人"]),
    ("具体情况表明该户延误申报，奇台县已补办。", ["具体", "表明", "延误", "奇台县"]),
    ("河道清淤后，庄家坪村种植玉米。", ["河道", "庄家坪村", "玉米"]),
])
def test_minority_look_alikes_festivals_places_and_words_of_new_surnames_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("与同事谷雨辰合租花园路公寓，登记由店里代办。", "谷雨辰"),        # a workmate before, a flat after
    ("舍友亓嘉禾合租学院路公寓。", "亓嘉禾"),
    ("同事粘晓雯愿意出庭作证。", "粘晓雯"),
    ("救援队队长温馨清点人数。", "温馨"),                             # a team's head, a word as the name
    ("经村民小组长于国庆核实，确系漏报。", "于国庆"),
    ("申请人系已故万里的长女。", "万里"),                              # the deceased
    ("墓位使用人严明未续缴管理费。", "严明"),
    ("拟享受危房改造补助对象白雪与评议人系亲属。", "白雪"),            # the persons a programme names
])
def test_workmates_heads_the_deceased_and_a_programmes_persons_are_cues(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("同事关系融洽，未发现矛盾。", "同事关系"),
    ("方组长续签了三年合同。", "续签"),                               # a head addressed by surname and post
    ("与吴站长系同学关系。", "同学关系"),
    ("补助对象名单经公示无异议。", "补助对象名单"),
])
def test_relation_and_post_words_before_other_words_stay(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("当晚水库冰面有人落水，蒋立群用格力空调上的绳子将其拉起。", "蒋立群"),   # uses a brand's goods
    ("受援人简文涛诉某县某物流公司拖欠工资。", "简文涛"),               # sues a firm in a county
    ("聂晓峰乘高铁返乡途中突发疾病。", "聂晓峰"),
    ("学雷锋候选人：满山退休后义务理发十年。", "满山"),
    ("文静带孩子到社区医院打疫苗。", "文静"),
    ("杨柳因交通事故住院，申请法律援助。", "杨柳"),
])
def test_a_name_before_what_the_person_uses_sues_or_undergoes(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, private", [
    ("拟确认见义勇为人员公示：6月3日，柯振宇在汉江救起落水村民秦玉兰。审批人：黎国华。",
     ["柯振宇", "秦玉兰"]),                                      # a deed named, no honour given
    ("获救群众甘玉兰事后送来锦旗。", ["甘玉兰"]),                       # one of the public, saved
])
def test_a_good_samaritan_notice_names_private_persons(text, private):
    found = _found(text, public_names=OFFICIALS)
    assert all(n in found for n in private) and "黎国华" not in found


@pytest.mark.parametrize("text, public", [
    ("决定授予钱卫东同志“见义勇为先进个人”称号。", "钱卫东"),          # an honour given stays public
    ("县政府表彰见义勇为模范孙志明。", "孙志明"),
])
def test_an_honour_for_a_good_samaritan_stays_public(text, public):
    assert public not in _found(text, public_names=OFFICIALS)


@pytest.mark.parametrize("text, kept", [
    ("合作社今年扩种黄芪和柴胡八十亩。", ["黄芪", "柴胡"]),            # herbs that begin with a surname
    ("药材市场王不留行、徐长卿价格上涨。", ["王不留行", "徐长卿"]),
    ("农户改种刘寄奴和黄精，仍享受补贴。", ["刘寄奴", "黄精"]),
    ("收购点收购何首乌两吨。", ["何首乌"]),
    ("因郑渝高铁建设，部分坟墓需迁移。", ["郑渝高铁"]),                  # a line named by its cities
    ("沿线耕地被杭温高铁征收。", ["杭温高铁"]),
    ("在黄百铁路标段务工的农民工已领到工资。", ["黄百铁路"]),
    ("证明由蒲公英志愿服务站出具。", ["蒲公英志愿服务站"]),             # a team of volunteers
    ("银龄志愿服务队开展入户走访。", ["银龄志愿服务队"]),
    ("工资由原单位补发。", ["原单位"]),                                # an adjective and a noun after 由
    ("档案已转至黎川民政局。", ["黎川"]),                               # a county and its body
    ("可到齐河公共法律服务中心申请。", ["齐河"]),
    ("通过彭州慈善总会发放。", ["彭州"]),
    ("骨灰在汪清海域撒散。", ["汪清"]),
    ("暑期在洪泽湖边玩水。", ["洪泽湖"]),                               # a county's lake
    ("张贴于卫辉公交站。", ["卫辉"]),
])
def test_herbs_lines_teams_and_county_bodies_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("村民徐长卿来电反映补贴未到账。", "徐长卿"),                      # a herb's name where a person stands
    ("当事人高铁军驾驶货车超载。", "高铁军"),
    ("申请人黎川（45岁）已签字。", "黎川"),                            # a county's name with an age
    ("责令秋岑溪限期改正。", "岑溪"),                                  # ... before what a person must do
    ("虢秀英（98岁）由孙女照料。", "虢秀英"),                           # rare surnames
    ("多领的补助由其外甥禤志华退回。", "禤志华"),
    ("初三（2）班旷思雨（学号2023088）因病休学。", "旷思雨"),
    ("时长更正：闭海燕3月5日的服务时长录错。", "闭海燕"),
])
def test_names_like_herbs_counties_and_rare_surnames_are_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["会议闭幕后代表返回驻地。", "旷工三天按离职处理。", "请勿随意粘贴广告。",
                                  "肇事司机已被控制。"])
def test_words_that_begin_with_a_rare_surname_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("工伤申请：于涛在码头仓库搬运时被货箱砸伤。", "于涛"),           # the subject of work where harm befalls
    ("祝海勇在工地施工时从梯子上摔下。", "祝海勇"),
    ("留守儿童王子健暑期在池塘边玩水，被邻居劝回。", "王子健"),       # a child in care, a word before the given
    ("困境儿童路雨桐由外婆照料。", "路雨桐"),
    ("村民将6岁的董子涵救上岸。", "董子涵"),                          # an age before, a rescue after
    ("父亲肖建业患格林-巴利综合征卧床多年。", "肖建业"),              # a name before an eponymous disease
    ("温仁德生前系纺织厂职工。", "温仁德"),                           # no public figure after a surname
    ("席航（外卖骑手）在路口发现火情。", "席航"),                     # a rider's work in brackets
])
def test_names_before_work_where_harm_befalls_ages_diseases_and_riders(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("傍晚在河边散步的居民较多。", "河边散步"),
    ("周末在图书馆学习的学生较多。", "周末"),
    ("留守儿童关爱活动在村小学举行。", "留守儿童关爱活动"),
    ("患格林-巴利综合征的病人需长期康复。", "格林-巴利综合征"),
    ("邓老三菜馆春节期间歇业。", "邓老三菜馆"),                      # a shop named so stays
])
def test_times_places_diseases_and_shops_around_those_words_stay(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("抽检结果：农夫山泉、鲁花花生油均合格。", "农夫山泉"),             # a brand that begins with no surname
    ("江中健胃消食片已下架复检。", "江中健胃消食片"),
    ("仲景香菇酱、杏花楼月饼抽检合格。", "仲景香菇酱"),
])
def test_brands_that_hold_a_surname_inside_stay(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("志愿者戴晓燕、王国梁负责引导。", "王国梁"),                     # a word and a given character, listed
    ("获奖学生：周佳怡、黄金辉。", "黄金辉"),
    ("消费者沈永和来电反映。", "沈永和"),                             # a brand's name where a person stands
])
def test_listed_names_that_begin_with_a_word_and_brand_named_persons(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("报名表中的具体名单（朝鲜族）由乡里另行汇总。", "具体名单"),   # an item that opens with an everyday word
])
def test_an_item_before_a_peoples_bracket_that_opens_with_a_word_stays(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("村委会门口挂出“常来常往”的牌匾。", ["常来常往"]),              # an idiom the lexicon tags l, however rare
    ("秋收后村里一片五谷丰登的景象。", ["五谷丰登"]),
    ("庙会现场车水马龙，交警到场疏导。", ["车水马龙"]),              # an idiom the lexicon tags as a person
    ("贺卡上写着福如东海、寿比南山。", ["福如东海", "寿比南山"]),
    ("干部作风要雷厉风行。", ["雷厉风行"]),                          # a surname inside an idiom
    ("全村干部群众万众一心抢收小麦。", ["万众一心"]),                # after a cue too
    ("该企业负责人郑重承诺月底前完成整改。", ["郑重"]),              # how the person acts, not who
    ("负责人严肃批评了值班人员。", ["严肃"]),
])
def test_idioms_and_manner_words_beginning_with_a_surname_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, kept", [
    ("办公楼绿化摆放富贵竹、万寿菊各40盆。", ["富贵竹", "万寿菊"]),     # plants jieba tags as names
    ("红外相机记录到毛冠鹿和林麝活动。", ["毛冠鹿", "林麝"]),          # wild animals
    ("水库投放白鲢、花鲢鱼苗共8万尾。", ["白鲢", "花鲢"]),            # fish
    ("夜市小吃摊销售毛血旺、叶儿粑。", ["毛血旺", "叶儿粑"]),          # dishes
    ("烘焙坊的马卡龙抽检合格。", ["马卡龙"]),
])
def test_plants_animals_and_dishes_named_like_people_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, kept", [
    ("乡村影院放映影片张思德、焦裕禄。", ["张思德", "焦裕禄"]),          # a film's title after its kind
    ("剧团送评剧刘巧儿下乡。", ["刘巧儿"]),
    ("京剧穆桂英挂帅本周六上演。", ["穆桂英"]),                      # the title's second character a surname too
    ("物理兴趣小组演示欧姆定律和胡克定律。", ["胡克定律"]),          # a law named after its discoverer
    ("生物课讲授孟德尔遗传定律。", ["孟德尔"]),
    ("村BA揭幕战：黄龙队对白龙队。", ["黄龙队", "白龙队"]),            # teams in a match
    ("苏超联赛门票今日开售。", ["苏超"]),                            # a league
])
def test_titles_of_works_eponymous_laws_and_teams_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("经营者龙柏反映店门被堵。", "龙柏"),                  # a tree's name is a person's after a cue
    ("申请人文竹，女，38岁。", "文竹"),
    ("向冷静发放慰问金300元。", "冷静"),                   # an adjective after a preposition: the person given to
    ("电影放映员钟立华负责设备。", "钟立华"),              # a cue between the kind of work and the name
    ("黄龙队队长彭志刚带队参赛。", "彭志刚"),
    ("茶艺师李强原理事长到场指导。", "李强"),              # 原理事长: no law of science
    ("评审专家万众强，男，52岁。", "万众强"),              # a name, not the idiom 万众一心
])
def test_names_beside_idioms_titles_and_teams_are_still_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("来访人被告知可到武胜公共法律服务中心咨询。", ["武胜"]),      # a county, then the centre it names
    ("学籍档案寄往邵阳民政局。", ["邵阳"]),
    ("已联系齐河公证处办理公证。", ["齐河"]),                      # after a cue too
    ("善款经彭州慈善总会拨付。", ["彭州"]),
])
def test_counties_before_the_institutions_they_name_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("投诉人武胜到民政局反映低保问题。", "武胜"),      # a person going there: a particle between
    ("联系人齐河，电话已登记。", "齐河"),              # no institution after the cue's name
])
def test_names_that_are_counties_are_still_found_without_an_institution(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("锡林浩特牧民申领草原补奖。", ["锡林浩特"]),                  # a surname inside a city's name
    ("龙马潭区路灯维修完毕。", ["龙马潭"]),
    ("沿街商户在赵登禹路经营早点。", ["赵登禹路"]),                # a road after a person, then a verb
    ("滕州务工人员返乡专列开行。", ["滕州"]),                      # a place's group of workers, no act
    ("齐河外出务工人员培训补贴发放。", ["齐河"]),
])
def test_cities_roads_and_groups_named_like_people_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("村民谭志勇外出务工期间摔伤。", "谭志勇"),        # a person's act, not a group
    ("居民闫秀珍路上摔倒，已送医。", "闫秀珍"),        # 路上: no road's name
])
def test_names_before_acts_and_roads_are_still_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, gone", [
    ("REVIEW LIST: TAO JINGWEN WIDOWED 2019", "TAO JINGWEN"),             # a row in capitals: the next word says nothing
    ("PAYEE CAO RUIXIN RETURNED THE CARD", "CAO RUIXIN"),
    ("HOU DEMING RESIDES AT BLOCK 2", "HOU DEMING"),
    ("Wu Peixin M 72 lives with a nephew", "Wu Peixin"),                  # a sex column after the name
    ("payee\tDong Wenxiu\tfee\t30\tsite\tcanteen", "Dong Wenxiu"),        # a tab ends the name's phrase
    ("Tan Lihong Jiulong Village asked for seeds", "Tan Lihong"),          # a division after a place's own name
    ("chased up Pei Shuying abt her bus pass", "Pei Shuying"),            # an officer's shorthand ends the phrase
    ("Hang Sang was moved to ward 3.", "Hang Sang"),                       # English words, then a copula or a past verb
    ("Fan Long repaired the gate.", "Fan Long"),
    ("Cosigner: LUO, K.", "LUO, K."),                                      # a family name in capitals and an initial
    ("Sister Deng Meiling (née Kuang) moved in.", "Kuang"),                # a maiden name
    ('Known by the nickname "Shitou" in the lane.', "Shitou"),             # a nickname in quotes
    ("Fei Chunyan—carer—Wangcun", "Fei Chunyan"),                          # dashes parting a row's fields
])
def test_english_capital_rows_tabs_shorthand_homographs_initials_and_nicknames(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("SONG JIA ZHUANG ROAD NO. 4 IS CLOSED", ["SONG JIA ZHUANG ROAD"]),    # single syllables stay one place's name
    ("Parcels to Wang Fujing Dajie were late.", ["Wang Fujing Dajie"]),   # a pinyin road's end
    ("Sampled unit: Lao Ma Lamian, failed item: coliforms.", ["Lao Ma Lamian"]),   # a shop's pinyin word
    ("ORDER FROM TANG SHAN STEEL WORKS", ["TANG SHAN STEEL"]),             # a firm's word in capitals is no verb
    ("The team visited Shuangliu on 5/6.", ["Shuangliu"]),                 # a place after a role that places fill
    ("We called at the home of Xiaoguan.", ["Xiaoguan"]),
    ("Tong Xiaoyan, widow, Qibao.", ["Qibao"]),                            # a role between commas, then a place
    ("recipient:\tHu Lan\tNanshan", ["Nanshan"]),                          # the next field after a tab
    ("RUAN DONG SIGNED ON 2 JUNE", ["ON"]),                                # an English word after a role
    ("He Ran the shop till noon.", ["He Ran"]),                            # still a sentence's words
    ("LONG TERM CARE CENTRE", ["LONG TERM CARE CENTRE"]),
])
def test_english_places_shops_fields_and_words_beside_names_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone", [
    ("guardian huangfu min signed the form", "huangfu min"),              # compound surnames of seven to nine letters
    ("escort: zhangsun lei (54)", "zhangsun lei"),
    ("dongfang yan, 61, widow", "dongfang yan"),
    ("qiao weiping, head of the household, 5 persons", "qiao weiping"),      # a lower-case name before its role
    ("nie xiuhua tel 139****7781 rang twice", "nie xiuhua"),             # ... or before a phone
])
def test_lower_case_compound_surnames_and_names_before_a_role_or_phone(text, gone):
    assert gone not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("the fan heater tel no. is on the box", ["fan heater"]),
    ("rang the landline tel 6212 0000 twice", ["the landline"]),
    ("spicy hot pot, head office, 3 floors", ["hot pot"]),
])
def test_lower_case_words_before_a_role_or_phone_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("乘客向东称计价器跳表过快。", "向东"),               # the records of a carrier, a library,
    ("借阅人全海涛两次逾期还书。", "全海涛"),             # a job fair, a blood station, a race
    ("求职者沃海军应聘仓管岗位。", "沃海军"),
    ("捐献者宁春波与受者配型相合。", "宁春波"),
    ("选手江河在决赛中获得第三名。", "江河"),             # a word after the cue, as a name
    ("读者白露，借书证已注销。", "白露"),
    ("教练巴特尔协商调换考试场次。", "巴特尔"),           # who coaches for a firm
])
def test_customers_passengers_readers_and_entrants_are_cues(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("游客中心提供轮椅租借。", ["游客中心"]),             # the cue runs on into a word
    ("运动员村实行封闭管理。", ["运动员村"]),
    ("读者来信反映阅览室太吵。", ["读者来信"]),
    ("考生高考成绩下周公布。", ["高考成绩"]),
    ("捐赠人民币三万元用于助学。", ["人民币"]),
])
def test_words_after_customer_and_entrant_cues_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("经协调，摊主解春萍道歉并退款。", "解春萍"),         # 道 begins an act, no road
    ("家长卢丽萍道谢后离开。", "卢丽萍"),
    ("保安俞振东站在门口拦下车辆。", "俞振东"),
    ("网约车司机倪建雷一路超速行驶。", "倪建雷"),         # 一路, 一道: how one goes
    ("由邻居阚永春一道前往派出所。", "阚永春"),
])
def test_names_before_acts_that_begin_with_a_road_character_are_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("门店位于建设一路18号。", ["建设一路"]),             # a numbered road and its number
    ("春晖一路与南湖大道交叉口拥堵。", ["春晖一路"]),
    ("包裹由申通转运，韵达派送。", ["申通"]),             # a courier, a childcare chain, a landmark
    ("亲子课在红黄蓝早教中心上。", ["红黄蓝"]),
    ("游客在东方明珠塔下合影。", ["东方明珠"]),
    ("国寿福保单的现金价值已告知。", ["国寿福"]),         # an insurance policy
])
def test_roads_couriers_chains_and_policies_named_like_people_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, kept", [
    ("患儿严重过敏，需随身带药。", ["严重"]),             # how the child is, after the cue
    ("患儿方便面食用过量后腹痛。", ["方便面"]),
    ("其子安全教育课缺席两次。", ["安全教育"]),
])
def test_adjectives_before_another_word_after_a_cue_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


def test_a_name_that_is_an_adjective_is_still_found_before_an_act():
    assert "高洁" not in _deidentified("患儿高洁于3月5日出院。")


# Public notices: kin words that end in 长 are no posts, a court's judge is in role, the staff
# label before an office names its staff, a list's row after a village group or a college names a
# villager or a student, and a household's members stay private in a commendation.
@pytest.mark.parametrize("text, private", [
    ("托育补贴公示：幼儿 龙思彤，家长 石宏亮。", ["龙思彤", "石宏亮"]),
    ("特困供养公示：孟家湾村莫长贵，兄长莫长富已病故。", ["莫长富"]),
    ("助学金公示：文学院 谭若溪 二档；理学院 卓一航 一档。", ["谭若溪", "卓一航"]),
    ("青苗补偿公示：七组 庞守义 玉米0.6亩；八组 贝翠兰 小麦1亩。", ["庞守义", "贝翠兰"]),
    ("拟推荐最美家庭：户主 邬长海，家庭成员 邬晴、邬晓川。", ["邬长海", "邬晓川"]),
    ("拟表彰双拥模范家庭：军属户闻德水（女儿闻小蕾服役）。", ["闻小蕾"]),
])
def test_private_persons_in_notices_go(text, private):
    found = _found(text, public_names=OFFICIALS)
    assert all(p in found for p in private)


@pytest.mark.parametrize("text, official", [
    ("公告送达：原告韦清与你合同纠纷一案，承办法官蓝卫东，电话略。", "蓝卫东"),
    ("失信名单：被执行人甘小涛。执行法官：杭雪梅。", "杭雪梅"),
    ("雨露计划补助公示：审核人：乡乡村振兴站柯明远。", "柯明远"),
    ("困难学生补助公示：初审人：学工部谷文静。", "谷文静"),
    ("建房公示：监督人 村监委会 岑立华。", "岑立华"),
    ("新生资助公示：经办：县团委滕晓光。", "滕晓光"),
    ("任前公示。联系人：市委组织部 蓝晓鸥。", "蓝晓鸥"),
])
def test_staff_and_judges_in_notices_stay(text, official):
    assert official not in _found(text, public_names=OFFICIALS)


def test_a_grant_for_study_or_need_is_no_commendation():
    # prize words in a grant's notice do not make its recipients public, as they do in an honours list
    notice = "2025年度励志奖学金拟获奖名单公示：计算机学院苗佳琪、外语学院尤浩然，公示期五天。"
    hits = find_names(notice, public_names=OFFICIALS)
    found = [notice[h.start:h.end] for h in hits]
    assert "苗佳琪" in found and "尤浩然" in found
    honours = "授予苗佳琪同志“优秀共产党员”称号。"
    assert not find_names(honours, public_names=OFFICIALS)


@pytest.mark.parametrize("text, kept", [
    ("少年宫排演《孙悟空大闹天宫》，报名截至周五。", ["孙悟空"]),      # a figure inside a work's title
    ("读书会：林黛玉与薛宝钗人物形象比较。", ["林黛玉", "薛宝钗"]),      # a figure joined to another
    ("讲解员讲述诸葛亮七擒孟获的故事。", ["诸葛亮"]),                 # a story told of a figure
    ("华罗庚数学奖推荐工作启动。", ["华罗庚"]),                       # a prize bearing the name
    ("冼星海音乐厅下月起闭馆维修。", ["冼星海"]),                     # a venue bearing the name
    ("董永一角由县剧团青年演员担纲。", ["董永"]),                     # a role of a play
    ("黄梅戏中七仙女由剧团新人饰演。", ["七仙女"]),
    ("开展学习张思德、白求恩精神主题党日。", ["张思德", "白求恩"]),  # a list of figures held up
    ("吴运铎奖章推荐对象公示。", ["吴运铎"]),
])
def test_figures_of_works_stories_prizes_and_plays_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("《关于给予林建国警告处分的决定》已送达。", "林建国"),   # a document's title names the person
    ("居民王晓东与赵大明的纠纷已调解。", "王晓东"),           # names a novel holds too, no work here
    ("学生王晓东获得二等奖。", "王晓东"),                     # a prize won, not one bearing a name
    ("赵大明讲述自己的故事。", "赵大明"),                     # a story of one's own
])
def test_names_in_documents_and_prize_lists_are_still_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("查体：巴宾斯基征阳性，霍夫曼征阴性。", ["巴宾斯基"]),           # a clinical sign
    ("培训内容包括傅里叶变换与拉普拉斯变换。", ["傅里叶变换"]),        # a discoverer's transform
    ("交响乐团演出柴可夫斯基作品。", ["柴可夫斯基"]),                 # Western syllables run on
    ("医保新增司美格鲁肽注射液。", ["司美格鲁肽"]),                   # a peptide's name
    ("患者长期服用华法林，需定期监测。", ["华法林"]),                 # what one takes is a medicine
])
def test_transliterated_signs_transforms_and_medicines_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, kept", [
    ("儿童由黎川儿童福利院送医。", ["黎川"]),            # a preposition, a county, its institution
    ("申请经霍州退役军人事务局复核。", ["霍州"]),        # a group named by an act: no person's act
    ("虎年春节前走访慰问低保户。", ["虎年"]),            # a year of the zodiac
    ("患者门诊费用按年度封顶。", ["门诊"]),              # two nouns after a cue
    ("包青天廉政故事会在社区开讲。", ["包青天"]),        # an honorific after the surname
])
def test_places_years_and_nouns_after_prepositions_and_cues_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("驻村干部马文斌驻村走访12户。", "马文斌"),       # a person stationed in a village
    ("护林员路建军每日巡山。", "路建军"),             # a role before a road-like surname
    ("当事人常识对处罚无异议。", "常识"),             # a word as a name after a cue, a verb next
    ("来电人：于明山", "于明山"),                     # 于 + a county's name is a name without a body
])
def test_names_after_stations_roles_and_prepositions_are_still_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("乐团演奏斯特拉文斯基选段。", ["文斯基"]),          # a Western name's ending inside a candidate
    ("关羽、张飞雕塑修缮完工。", ["关羽", "张飞"]),      # a figure beside one a statue names
])
def test_western_endings_and_statues_of_figures_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


def test_a_name_with_a_western_syllable_after_a_cue_is_still_found():
    assert "王斯特" not in _deidentified("居民王斯特反映噪音扰民。")


def test_a_rare_cue_straddling_a_frequent_word_is_no_cue():
    out = _deidentified("贫困户名单公示期为七天。")            # 户 + 名单 + 公示: no 户名 + 单公示
    assert "名单公示" in out


@pytest.mark.parametrize("text, name", [
    ("之子孙浩宇代办。", "孙浩宇"),                # 子孙 is a word, but no word follows it
    ("墓主张秀芝，下葬日期已定。", "张秀芝"),
])
def test_names_after_cues_that_straddle_a_word_are_still_found(text, name):
    assert name not in _deidentified(text)


# --- round 18: more brands, chains and firms shaped like a person's name (brands.tsv) ----------
@pytest.mark.parametrize("text, kept", [
    ("消费者反映在商场买的戴森吸尘器电池鼓包。", ["戴森"]),              # an appliance maker
    ("车主称荣威和蔚来两款车型的车机频繁死机。", ["荣威", "蔚来"]),       # car makers
    ("俞兆林保暖裤、唐狮卫衣纤维含量抽查不合格。", ["俞兆林", "唐狮"]),   # apparel
    ("赖茅、汤沟两种白酒标签抽查合格。", ["赖茅", "汤沟"]),               # liquor
    ("楼外楼、韩复兴入选第三批老字号名录。", ["楼外楼", "韩复兴"]),       # time-honoured shops
    ("万科物业与浦发信用卡中心各收到投诉一件。", ["万科", "浦发"]),       # a developer and a bank
])
def test_brands_and_firms_shaped_like_names_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("潘婷洗发水过敏一事，投诉人马秀珍要求赔偿。", "马秀珍"),          # a consumer beside a brand
    ("经营者邓丽萍申请开设卢正浩茶叶专柜。", "邓丽萍"),
    ("来访人宋城（男，52岁）反映景区噪音。", "宋城"),                   # a brand's name where a person stands
])
def test_a_person_beside_or_named_as_a_new_brand_is_found(text, name):
    assert name not in _deidentified(text)


# --- round 13: where only a person stands, read from the sixteenth edition's misses -------------
@pytest.mark.parametrize("text, name", [
    ("子女入学申请：母亲韦建英社保缴费满三年。", "韦建英"),              # 社保 after a name: no 社 of a body
    ("档案里的姓名写作“石坚”，身份证为“石健”，需当事人说明。", "石坚"),  # quoted where a name is spoken of
    ("户口簿曾用名为“向东”，现名已变更。", "向东"),
    ("白鸽（在校研究生，身份证已核）申请实习补贴。", "白鸽"),              # what only a person is, in brackets
    ("拟取消牛犇（家庭收入超过标准）的资格。", "牛犇"),
    ("拟纳入孙海洋、高峰（均为彝族）两户。", "高峰"),                    # a people's bracket closing a list
    ("乔木已在开发区参加城镇职工养老保险，故停发。", "乔木"),            # a subject of what a household does
    ("云朵在阳光小区购买商品房一套，不再符合条件。", "云朵"),
    ("方舟现居温哥华，委托其表妹办理认证。", "方舟"),                   # where the person lives
    ("柏林，华中农业大学硕士，2025年引进。", "柏林"),                   # the school and the degree after a comma
    ("旁证人黎明、高洁的陈述与记录一致。", "高洁"),                      # a witness's statement
    ("群众反映江山家有两套商品房，经核实属实。", "江山"),                # what a household has
    ("关于车宝林申请临时救助的公示。", "车宝林"),                         # a notice about one applicant
    ("经评议，拟取消江山（家庭收入已超标准）的保障资格。", "江山"),        # a roll's proposed change
    ("修水渠材料款由垫付人海燕先行支付。", "海燕"),                       # one who paid in advance
    ("本期参训人员：常青、白鸽等32人。", "白鸽"),                         # the item before the list's count
    ("经查，其借用江涛的货车运输渣土。", "江涛"),                         # what a person owns, borrowed
    ("当事人冒用高峰的身份证办理开户。", "高峰"),
    ("旁证人白云作证称当晚见到其进入仓库。", "白云"),                     # a role, then what only a person does
    ("监护人关怀证实孩子已转学。", "关怀"),
])
def test_names_where_only_a_person_stands_round_13(text, name):
    assert name not in _deidentified(text)


def test_the_applicant_a_notice_is_about_is_private_where_officials_are_public():
    text = "关于石凤山申请特困供养的公示：审核人：魏东明。"
    hits = find_names(text, public_names=OFFICIALS)
    found = [text[h.start:h.end] for h in hits]
    assert "石凤山" in found and "魏东明" not in found


@pytest.mark.parametrize("text, kept", [
    ("他被评为“米脂好人”，〔姓名〕的事迹见报。", ["米脂"]),               # the placeholder's 姓名 is no field
    ("该社区社保服务站搬迁至新楼。", ["社保服务站"]),
    ("关于黄山风景区门票减免的通知。", ["黄山"]),                         # 关于 + a place, no applicant
    ("当事人冒用他人身份证办理开户。", ["冒用"]),                         # a verb after the cue
    ("该店租用万达的仓库存放货物。", ["万达"]),                           # a firm's warehouse
])
def test_round_13_person_contexts_leave_other_words(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, left", [
    ("该房屋登记在其外甥韩晓月名下。", "在其外甥〔姓名〕名下。"),        # 月 ends the given name
    ("存款在其女婿欧阳雨名下。", "在其女婿〔姓名〕名下。"),             # 名下 is no given name's 名
    ("联系人李四月领低保金300元。", "联系人〔姓名〕月领"),              # a month's payment after the name
])
def test_a_relative_s_name_ends_before_a_month_or_in_whose_name(text, left):
    assert left in _deidentified(text)


# --- round 13: look-alikes the detector altered: waters, jobs, products after brands, eponymous
# diseases, masked names, estates ------------------------------------------------------------
@pytest.mark.parametrize("text, kept", [
    ("汉江汛期已至，沿线各乡镇值守到位。", ["汉江"]),                       # a river before 汛期
    ("今晨滁河水位回落，左岸险情解除。", ["滁河"]),
    ("卫河洪水过境后，堤防检查未见异常。", ["卫河"]),                       # 卫 + 河洪 read on
    ("淮河、柴河汛期同时超警戒。", ["柴河"]),                               # listed with another water
    ("某厂私设暗管向贺江排放废水。", ["贺江"]),                             # waste going into it
    ("养殖场将粪污直接排入包河。", ["包河"]),
    ("检查发现有人向柳江倾倒垃圾。", ["向柳江"]),                           # 向 the preposition
])
def test_rivers_and_lakes_where_water_is_told_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("江汉水位上涨时，村民柳江在堤上值守。", "柳江"),                   # a person after a cue
    ("经查，当事人贺江私自采砂。", "贺江"),
])
def test_persons_named_like_rivers_are_still_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("大楼夜里由保安值守，白天由保洁打扫。", ["保安", "保洁"]),          # jobs where a person stands
    ("老人独居，平日由保姆照顾饮食。", ["保姆"]),
    ("钥匙交由库管保管，领取须登记。", ["库管保管"]),                    # 库管 + 保管: no 管保
    ("外来车辆由门卫登记后放行。", ["门卫"]),
])
def test_job_nouns_where_a_person_stands_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name, kept", [
    ("夜班由保安邹海林巡查。", "邹海林", "保安"),                       # the name after the job
    ("货车由司机蒋文涛驾驶。", "蒋文涛", "司机"),
])
def test_names_after_job_nouns_are_found_without_the_job(text, name, kept):
    out = _deidentified(text)
    assert name not in out and kept in out


def test_a_name_that_begins_like_a_job_is_still_found():
    assert "管家豪" not in _deidentified("业主管家豪来电称电梯停运。")    # 管 + 家豪, then a call


@pytest.mark.parametrize("text, kept", [
    ("发放马应龙麻痔膏两盒。", ["马应龙麻痔膏"]),                         # a product after its brand
    ("仓库存放六神花露水二十瓶。", ["六神花露水"]),
    ("采购王守义十三香、花椒各一箱。", ["王守义十三香"]),
    ("抽检牛膝、白芷两种药材。", ["牛膝"]),                             # a herb listed first
    ("早点供应汤圆，另有花卷。", ["汤圆"]),                              # goods jieba tags a name
    ("网店售卖和田玉吊坠。", ["和田玉"]),
])
def test_products_foods_and_herbs_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, kept", [
    ("本期讲座：艾迪生病的早期识别。", ["艾迪生病"]),                   # an eponym and 病
    ("帕金森病患者享受门诊慢病待遇。", ["帕金森病"]),
])
def test_diseases_named_after_persons_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


def test_a_person_ill_is_still_found():
    assert "王志刚" not in _deidentified("王志刚生病住院，由其妻代领补助。")


@pytest.mark.parametrize("text, kept", [
    ("比照陈*龙一案办理。", ["陈*龙一案"]),                               # the masked name's kept part
    ("孙**华已退回多领的补贴。", ["孙**华"]),
])
def test_masked_names_stay_whole(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, kept", [
    ("申请人在保利林语溪购买首套住房。", ["保利林语溪"]),                 # an estate where one buys
    ("其在龙湖春江郦城购房，申请契税补贴。", ["龙湖春江郦城"]),
])
def test_estates_where_a_home_is_bought_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("申请人在姚丽娜家购买二手家具。", "姚丽娜"),                        # a person's home, not an estate
    ("购房补贴：邵建国在万达华府购房。", "邵建国"),
])
def test_persons_beside_estates_are_still_found(text, name):
    assert name not in _deidentified(text)


# --- round 13: Hong Kong, Macau and Singapore spellings; lower-case names; minority listings ----
@pytest.mark.parametrize("text, name", [
    ("Members present: TSUI, Wing Hong Albert; NG, Pui Shan.", "TSUI, Wing Hong Albert"),
    ("The lessee, LEUNG, Ka Ming (Howard), left no forwarding address.", "LEUNG, Ka Ming (Howard)"),
    ("Cheque made out to MAK Chi Wai and posted on Monday.", "MAK Chi Wai"),
    ("Hearing adjourned; YAU Hoi Lam, Florence absent.", "YAU Hoi Lam, Florence"),
    ("Deposit refunded by LAW Sau Ying to the tenant.", "LAW Sau Ying"),           # LAW: a word too
    ("Signed in the presence of TO Wing Kei.", "TO Wing Kei"),                    # TO, after of
    ("Macau member CHEANG, Iok Lam attended.", "CHEANG, Iok Lam"),
    ("Winners: Chan Ka Yan Bonnie and Lee Wai Man Simon.", "Chan Ka Yan Bonnie"),  # title case
    ("Director Michael Chan Siu Kei resigned.", "Michael Chan Siu Kei"),         # English name first
    ("Supplier contact Koh Soo Choo will call back.", "Koh Soo Choo"),            # a third syllable
])
def test_hong_kong_names_with_the_family_in_capitals_or_an_english_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("Bus route via WONG Tai Sin Temple and Lok Fu Place.", ["Tai Sin Temple", "Lok Fu Place"]),
    ("Bought a jar of LEE Kum Kee sauce at Sham Shui Po.", ["Kum Kee", "Sham Shui Po"]),
    ("Office moved to SHA TIN, Tai Wai branch.", ["Tai Wai"]),                   # a place in capitals
    ("Clinic letter from Sir Run Run Shaw Hospital, dated Ching Ming Festival.",
     ["Run Run Shaw", "Ching Ming"]),
    ("Transfer from Kwun Tong TO Tsuen Wan pending.", ["Tsuen Wan"]),            # TO is no family here
])
def test_hong_kong_places_and_brands_beside_capitals_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ('The register shows "lu kaiming" where the ID card reads otherwise.', "lu kaiming"),  # quoted
    ("She divorced fan zhiqiang in 2020.", "fan zhiqiang"),        # fan: an English word too
    ("The rent was handed to long meifang in cash.", "long meifang"),
])
def test_lower_case_pinyin_names_in_quotes_or_after_a_dealing(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ('Stalls sold "xiaolongbao" and "hong shao rou" at the fair.', ["xiaolongbao", "hong shao rou"]),
    ('The sign read "jiaozi" in red; the fan heater was broken.', ["jiaozi", "fan heater"]),
])
def test_lower_case_pinyin_dishes_and_words_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, names", [
    ("蒙华、韦静（均为壮族）领取歌圩补贴。", ["蒙华", "韦静"]),               # the bracket gives both
    ("思凤、岩应（傣族）为割胶户。", ["思凤", "岩应"]),                       # 思: no surname of the table
    ("其木格（蒙古族）牧户，补助已发放。", ["其木格"]),                        # no Han surname
    ("乌云巴图、额日很巴雅尔（均为蒙古族）参加赛马。", ["乌云巴图", "额日很巴雅尔"]),  # six characters
    ("护林员沙马·阿依（彝族）领取补贴。", ["沙马·阿依"]),                    # a Yi clan before the dot
    ("学徒阿不力孜.阿不都热依木按见习登记。", ["阿不力孜.阿不都热依木"]),     # 都 is a letter here
])
def test_minority_names_in_people_brackets_and_dotted(text, names):
    out = _deidentified(text)
    assert all(n not in out for n in names)
    assert "〔姓名〕" in out


@pytest.mark.parametrize("text, kept", [
    ("合作社在和田县直播销售和田玉，销量翻番。", ["和田玉"]),                  # goods of Hotan
    ("傣族群众参加贝叶经抄写培训。", ["贝叶经"]),
    ("夏季牧场地处巴音布鲁克，由牧民努尔兰·赛力克看管。", ["巴音布鲁克"]),    # letters after 地处: a place
    ("安代舞（蒙古族）、十二木卡姆（维吾尔族）、马头琴（蒙古族）入选名录。",
     ["安代舞", "十二木卡姆", "马头琴"]),                                     # a people's arts, no person
])
def test_minority_goods_and_arts_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


# --- word names in complaints' free text (round 13) ----------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("租客邹桂英与和春生均未在合同上签字。", ["邹桂英", "和春生"]),        # 和 after a name and 与
    ("车主宁德彪与和万顺的纠纷已调解。", ["宁德彪", "和万顺"]),
])
def test_he_after_a_name_and_its_conjunction_is_a_surname(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text, kept", [
    ("谭卫华与和平里社区签订了托管协议。", "和平里社区"),                 # 和 of an estate's name
    ("请各单位与和谐家园物业对接。", "和谐家园"),
])
def test_he_after_a_conjunction_may_begin_a_place(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("白雪表示已收到退还的押金。", "白雪"),                               # a speaker at a clause's start
    ("据江河介绍，车棚里的电瓶车已全部清走。", "江河"),
    ("回访时，高峰称维修后屋顶不再渗水。", "高峰"),
    ("常青反映食堂午餐份量不足。", "常青"),
])
def test_a_word_that_begins_a_clause_and_speaks_is_a_name(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "高温表示设备需要停机检修。",                                          # a noun that "says"
    "苏宁称订单已经发货。",                                                # a brand
    "金星称号由县总工会授予。",                                            # a title, not a speaker
])
def test_nouns_brands_and_titles_before_a_speech_verb_are_no_names(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("邬万里反映车位被人长期占用。", "邬万里"),                           # given names that are words
    ("经核实，欧阳万福已搬离该出租屋。", "欧阳万福"),
    ("解常青说社区助餐点离家太远。", "解常青"),
])
def test_wish_and_nature_words_after_a_surname_are_given_names(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", ["组织游客参观万里长城。", "松柏常青，四季如春。", "祝大家鹏程万里。"])
def test_the_same_words_alone_stay_words(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("万里叔叔每天早上在门口等送餐车。", "万里"),                         # a given name's word and
    ("和平大爷说他的积分被清零了。", "和平"),                             # how one addresses him
])
def test_a_given_names_word_before_an_address_is_a_name(text, name):
    assert _found(text) == [name]


@pytest.mark.parametrize("text", ["我们和李大爷一起去了社区食堂。", "已向王阿姨了解情况。"])
def test_a_preposition_before_surname_and_address_stays(text):
    assert _found(text) == []


@pytest.mark.parametrize("text, names", [
    ("积分：1.白雪 320分 2.邹建英 298分", ["白雪", "邹建英"]),           # numbered rows of fields
    ("排名：1.常青 95分 2.鲍秀琴 91分 3.喻海龙 88分", ["常青", "鲍秀琴", "喻海龙"]),
])
def test_the_first_numbered_row_is_read_like_the_next(text, names):
    assert _found(text) == names


def test_a_place_in_a_numbered_row_beside_names_stays():
    assert "白云机场" in _deidentified("送达地点：1.白云机场 2.邹建英")


@pytest.mark.parametrize("text, name", [
    ("家长江河反映孩子在托管班被体罚。", "江河"),                         # a parent, a contestant
    ("选手高山在五公里组跑出了第一。", "高山"),
])
def test_parents_and_contestants_before_a_word_name(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", ["家长高兴地说孩子进步很大。", "选手明白了比赛规则。", "学员高兴地领到了证书。"])
def test_a_word_marked_as_a_manner_or_change_after_a_role_stays(text):
    assert _found(text) == []


@pytest.mark.parametrize("text", ["房东老江说租客一直拖欠房租。", "股东小王称至今未分红。"])
def test_a_nickname_after_a_word_ending_in_a_surname_is_no_name(text):
    assert _found(text) == []


def test_a_name_after_such_a_word_is_still_found():
    assert _found("房东东小平称租客已搬离。") == ["东小平"]


@pytest.mark.parametrize("text, name", [
    ("培训学校校长方晓燕承诺整改。", "方晓燕"),                 # a head of a school, with a surname that ends 长方
    ("承办法官于建华组织双方和解。", "于建华"),                 # 于 after a post
    ("音乐老师向丽萍带队参加比赛。", "向丽萍"),
])
def test_names_after_a_post_are_found_in_a_private_field(text, name):
    assert name not in _deidentified(text)


def test_names_after_a_post_stay_where_officials_are_public():
    text = "执行法官于建华主持和解，书记员方晓燕记录。"
    assert _found(text, public_names=OFFICIALS) == []


@pytest.mark.parametrize("text, kept", [
    ("请将意见投入局长信箱。", ["信箱"]),                        # a noun after a post makes a compound
    ("材料送至科长办公室。", ["办公室"]),
])
def test_a_noun_after_a_post_stays(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, kept", [
    ("当日下午3时许皮带断裂，设备停机。", ["皮带"]),               # 许 is "about" after a clock time
    ("凌晨2时40分许铁门被撬开，已报警。", ["铁门"]),
    ("晚上八时许雷雨较大，转移群众。", ["雷雨"]),
    ("九时许到场核查。", ["九时许到场"]),                          # 时 is the hour, no 时 + 许
])
def test_words_after_a_clock_time_and_about_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("当天上午10时许梁振华到村部领取慰问金。", "梁振华"),            # the name after 许, not 许 + it
    ("14时30分许庄秀兰来电咨询。", "庄秀兰"),                       # (庄 ends no place after 许)
    ("许丽萍于9时许到场。", "许丽萍"),                              # 许 as her surname still
])
def test_names_after_a_clock_time_are_found(text, name):
    out = _deidentified(text)
    assert name not in out
    assert text[:text.index(name)] + "〔姓名〕" in out


@pytest.mark.parametrize("text, kept", [
    ("该户现居海安，户籍在外县。", ["现居海安"]),                   # where one lives, no 居 + 海安
    ("老人暂居金华女儿家。", ["暂居金华"]),
    ("申请人戴美玲现居东莞，材料已补齐。", ["现居东莞"]),
])
def test_places_after_a_word_of_dwelling_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("邻居欧建民反映其长期独居。", "欧建民"),                        # 居 ends 邻居, the name follows
    ("该户现居黄立新家中。", "黄立新"),
    ("入户发现居秀梅独自在家。", "居秀梅"),                          # 发现 + 居秀梅: 居 is her surname
])
def test_names_after_a_word_of_dwelling_are_found(text, name):
    out = _deidentified(text)
    assert name not in out
    assert "〔姓名〕" in out


@pytest.mark.parametrize("text, kept", [
    ("今年2头黑山羊病死，已申请理赔。", ["黑山羊"]),               # counted animals, however they die
    ("饲养5只金毛走失3只。", ["金毛"]),
    ("合作社购买两台东方红拖拉机。", ["东方红"]),                   # the whole brand counted
    ("补种20株杜仲死亡8株。", ["杜仲"]),
])
def test_counted_animals_and_things_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("春节慰问品2箱邓桂香代领。", "邓桂香"),                        # the count ends its noun's phrase
    ("生猪3头伍建军签收。", "伍建军"),
    ("饲养6头牛，邵海燕负责放养。", "邵海燕"),
])
def test_names_after_a_count_of_things_are_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, officials", [
    ("市人社局范文强、区财政局柏海燕共同复核，拟对其发放补贴。", ["范文强", "柏海燕"]),   # an office by its level, then its staff
    ("本通知由聂春华负责解释。", ["聂春华"]),                                           # the notice's own contact
    ("审批表：初审人左玉兰；终审人晏国庆。", ["左玉兰", "晏国庆"]),
])
def test_officials_in_a_notice_s_procedure_stay_public(text, officials):
    found = _found(text, public_names=OFFICIALS)
    assert all(o not in found for o in officials)


def test_the_same_officials_are_private_outside_a_public_field():
    text = "市人社局范文强、区财政局柏海燕共同复核。"
    assert "范文强" not in _deidentified(text) and "柏海燕" not in _deidentified(text)


@pytest.mark.parametrize("text, private, public", [
    ("临时救助名单：詹秀梅，金额2000元。制表：蒲国华  复核：冉丽娟", ["詹秀梅"], ["蒲国华", "冉丽娟"]),
    ("如有异议，请向镇政府翁建平（电话0531-80001111）反映。", [], ["翁建平"]),
    ("村委会卜海涛全程监督，户主邝春兰签字。", ["邝春兰"], ["卜海涛"]),
])
def test_a_notice_s_aid_list_is_private_and_its_staff_public(text, private, public):
    found = _found(text, public_names=OFFICIALS)
    assert all(n in found for n in private) and all(n not in found for n in public)


# --- a name after a date, a time word, the course of an act or a village ---------------------------

@pytest.mark.parametrize("text, name", [
    ("2025年6月9日安桂珍到社区办理了年审。", "安桂珍"),      # 日安 is no place here
    ("今年5月白秀兰去市里复诊。", "白秀兰"),                 # 月白 is no colour here
    ("2025年1月金丽华申请了临时救助。", "金丽华"),           # 年金 is no annuity here
    ("次日常玉梅表示愿意配合。", "常玉梅"),                  # 日常 is no word here
    ("前年明爱国外出打工至今未归。", "明爱国"),              # 明 is mostly a word, 爱国 a given name
    ("入户核查中韩秀英提出了异议。", "韩秀英"),              # 中韩 is no place after 核查中
    ("走访中马金山反映屋顶漏雨。", "马金山"),
    ("杨柳村揣立国申请改造旱厕。", "揣立国"),
    ("石桥镇江发财到县里反映问题。", "江发财"),              # 镇江 is no city after 石桥镇
    ("本村安翠兰领取了慰问品。", "安翠兰"),
])
def test_names_after_a_date_or_a_village_are_found(text, name):
    out = _deidentified(text)
    assert name not in out
    assert out.count("〔姓名〕") == 1
    assert out.replace("〔姓名〕", name) == text              # nothing beside the name is taken


@pytest.mark.parametrize("text, kept", [
    ("2025年3月1日后开放预约通道。", ["日后开放"]),          # 日后 is "later", no 后 + 开放
    ("2024年10月白菜价格回落。", ["白菜"]),
    ("今年4月高温持续，灌溉用水紧张。", ["高温"]),
    ("次日江水上涨，已转移群众。", ["江水"]),
    ("检查中发现安全隐患三处。", ["发现安全隐患"]),
    ("调查中高度重视群众诉求。", ["高度重视"]),
    ("东风村文化广场已建成。", ["文化广场"]),
    ("石桥镇江边步道正在维修。", ["镇江边"]),
    ("本村和邻村的道路均已硬化。", ["本村和邻村"]),
])
def test_words_after_a_date_or_a_village_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text, expected", [
    ("约谈时丁发财拒绝签字。", "约谈时〔姓名〕拒绝签字。"),      # 时 after an act is "when": the whole name goes
    ("入户时贺秀英不在家。", "入户时〔姓名〕不在家。"),
    ("村民时建国反映路灯不亮。", "村民〔姓名〕反映路灯不亮。"),  # after a person's noun 时 is a surname
    ("禁止在高温时段露天作业。", "禁止在高温时段露天作业。"),    # 时段 is a word
])
def test_when_after_an_act_is_no_surname(text, expected):
    assert _deidentified(text) == expected


@pytest.mark.parametrize("text, kept", [
    ("材料由居委会统一上报。", ["由居委会"]),           # a preposition before a body of three characters
    ("文件由卫生部长签发。", ["由卫生部"]),
])
def test_a_preposition_before_a_long_word_is_no_surname(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, kept", [
    ("Grave-sweeping subsidy for Ching Ming paid to Hou Lanying.", ["Ching Ming"]),
    ("Elderly couple, visited by their son every Chung Yeung.", ["Chung Yeung"]),
    ("Rice dumplings handed out before Tuen Ng at the Sha Tin centre.", ["Tuen Ng"]),
    ("Family of four rents a room in a Tong Lau near Sham Shui Po.", ["Tong Lau"]),
    ("Hamper for Qing Ming collected by Ding Meihua.", ["Qing Ming"]),     # a passive: no act of Qing Ming
    ("complaint: fake hai di lao hotpot base sold at the market", ["hai di lao"]),
    ("voucher for chun jie groceries issued to fan xiuqin", ["chun jie"]),
    ("Stall sells Li Ning trainers and Bai Sui Shan water.", ["Li Ning", "Bai Sui Shan"]),
])
def test_romanised_festivals_buildings_and_brands_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name, kept", [
    ("Caseworker Helen Fischer phoned the family in Tianhe.", "Helen Fischer", "Caseworker"),
    ("Widow Maria Lopez, 79, receives meals at home.", "Maria Lopez", "Widow"),
    ("Buyer Gulnur Tursun returned the heater.", "Gulnur Tursun", "Buyer"),
    ("Buyer Drolma kept the receipt.", "Drolma", "Buyer"),
    ("Interviewed Kevin Brandt about the unpaid deposit.", "Kevin Brandt", "Interviewed"),
    ("Both Anna Weber and her brother signed.", "Anna Weber", "Both"),
    ("Son Lam Ka Ho attends the day centre.", "Lam Ka Ho", "Son"),
    ("Son K. Deng brought the forms.", "K. Deng", "Son"),
])
def test_a_name_after_an_english_word_opening_the_sentence_is_found_alone(text, name, kept):
    out = _deidentified(text)
    assert not any(w in out for w in name.replace(".", "").split() if len(w) > 1)
    assert out.startswith(kept + " ")


@pytest.mark.parametrize("text, name, kept", [
    ("Gao Min\tSai Kung\tRMB 800\tpaid", "Gao Min", "Sai Kung"),
    ("LUO, Jie\tGuilin\t3 mu", "LUO, Jie", "Guilin"),
    ("Yuen Chi\tMong Kok\tapproved", "Yuen Chi", "Mong Kok"),
    ("During Chung Yeung, Hu Lei visited his parents.", "Hu Lei", "During Chung Yeung"),
])
def test_a_name_beside_a_place_in_the_next_field_or_after_a_festival(text, name, kept):
    out = _deidentified(text)
    assert name not in out and kept in out


@pytest.mark.parametrize("text, name", [
    ("Recipient: Tang Tsz Kit Peter; paid by cheque.", "Tang Tsz Kit Peter"),   # Tang spells 邓 and 唐
    ("Ma Wing Ka Mary, two children, part-time cleaner.", "Ma Wing Ka Mary"),
    ("Tan Boon Keng moved to Johor last year.", "Tan Boon Keng"),
    ("Lodger Yeo Hwee Kiat pays weekly.", "Yeo Hwee Kiat"),
])
def test_southern_given_syllables_after_a_family_name_pinyin_shares(text, name):
    out = _deidentified(text)
    assert not any(w in out for w in name.split())


@pytest.mark.parametrize("text, name", [
    ("Bat-Erdene lives with his aunt in Hohhot.", "Bat-Erdene"),
    ("Nyima (58) herds yaks near Nagqu.", "Nyima"),
    ("Sukhbaatar, 71, draws a pension.", "Sukhbaatar"),
    ("Dolkar's roof leaks after the storm.", "Dolkar"),
    ("Receipt signed \"Tsultrim\" at the counter.", "Tsultrim"),
    ("017\tKalsang\tfemale\tLhasa", "Kalsang"),
    ("Volunteers interviewed Ganbaatar about the flood.", "Ganbaatar"),
    ("In March Yerlan Nurbek applied for a loan.", "Yerlan Nurbek"),
    ("Abdurehim travelled to Kashgar for treatment.", "Abdurehim"),
])
def test_minority_names_of_one_element_by_an_age_a_field_or_an_act(text, name):
    out = _deidentified(text)
    assert not any(w in out for w in name.split())


@pytest.mark.parametrize("text, name", [
    ("Site foreman Chunjie Wang signed the wage sheet.", "Chunjie Wang"),   # 春节 spelled as one word
    ("Pingan Xu collected the voucher.", "Pingan Xu"),                      # 平安 as Ping An insurance
])
def test_a_given_name_spelled_like_a_festival_or_a_brand_is_found(text, name):
    out = _deidentified(text)
    assert not any(w in out for w in name.split())


@pytest.mark.parametrize("text, kept", [
    ("Lanterns hung during Yuan Xiao; Qiao Ming helped.", ["Yuan Xiao"]),
    ("She visits her mother every Duan Wu.", ["Duan Wu"]),
    ("the zhong qiu mooncakes were handed out by the street office", ["zhong qiu"]),
])
def test_festivals_spelled_like_a_name_stay_after_a_word_of_time(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("Zhong Qiu lives alone above the shop.", "Zhong Qiu"),      # the same words as a person
    ("Applicant Yuan Xiao, 45, unemployed.", "Yuan Xiao"),
])
def test_a_person_named_like_a_festival_is_found_without_a_word_of_time(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, gone", [
    ("Arrears owed by [qin shuhua] since spring.", ["qin shuhua"]),
    ("Deposit kept for [Tsering] at the counter.", ["Tsering"]),
    ("gu yanan 136****0071 asked about the heating refund", ["gu yanan"]),
    ("Nyima 158****3302 reported a burst pipe.", ["Nyima"]),
    ("012\tkong lingyu\tOld Town\tdone", ["kong lingyu"]),
    ("tian ruoxi, ID 3301**********0021, moved away.", ["tian ruoxi"]),
    ("After the storm bai xiaodong repaired the fence.", ["bai xiaodong"]),
])
def test_lower_case_and_single_names_by_a_phone_a_bracket_a_field_or_a_past_act(text, gone):
    out = _deidentified(text)
    assert not any(g in out for g in gone)


@pytest.mark.parametrize("text, gone, kept", [
    ("PARCEL RECEIVED BY NARANTUYA AT TAI PO MARKET", ["NARANTUYA"], ["TAI PO MARKET"]),
    ("RECEIVED BY GRACE HO AND LIU JUN", ["GRACE HO", "LIU JUN"], ["RECEIVED BY"]),
    ("ENKHTUYA / FUXING ROAD / NOODLE STALL", ["ENKHTUYA"], ["FUXING ROAD"]),
    ("ASEL NURBEK / XINHUA ROAD / FRUIT STALL", ["ASEL NURBEK"], ["XINHUA ROAD"]),
])
def test_names_in_rows_typed_in_capitals(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("Cash aid for Kuo Hsin, 74, approved.", "Kuo Hsin"),                  # Kuo spells 郭 as Guo does
    ("Complaint from Chen Tsung about the lift.", "Chen Tsung"),
    ("Tenant Hannah Morgan moved out.", "Hannah Morgan"),                   # a family name that is a given name too
    ("Refund paid to THOMAS Emily on Friday.", "THOMAS Emily"),
    ("home visit: olivia martin was not in, neighbour says she works nights", "olivia martin"),
])
def test_wade_giles_given_syllables_and_western_names_of_two_given_names(text, name):
    out = _deidentified(text)
    assert not any(w in out for w in name.split())


@pytest.mark.parametrize("text, gone, kept", [
    ("LAU KWOK FAI / TAI HANG ROAD / FISH STALL", ["LAU KWOK FAI"], ["TAI HANG ROAD"]),
    ("Present at the Laba briefing: Zhou Ming, tang yuxin.", ["Zhou Ming", "tang yuxin"], ["Laba"]),
    ("peng shuang, Cao Lei and the janitor signed", ["peng shuang", "Cao Lei"], ["janitor"]),
    ("Escort Leung Ka Yan Joyce met the inspector at the gate.", ["Leung Ka Yan Joyce"], ["inspector"]),
    ("COLLECTED BY HO WING SZE VIVIAN AT SHATIN OFFICE", ["HO WING SZE VIVIAN", "VIVIAN"], ["SHATIN OFFICE"]),
])
def test_names_in_slashed_rows_beside_a_name_found_and_with_an_english_name_last(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone", [
    ("Sign-in sheet: Ren Hao, luo meifang.", ["luo meifang"]),              # a given name of two syllables
    ("Caller gave the name 'qiu bo' twice.", ["qiu bo"]),
    ("Pension paid into the daughter's card (Tsetan), Nagqu.", ["Tsetan"]),
    ("Both Yangchen and her sister sell butter tea.", ["Yangchen"]),
])
def test_names_listed_beside_a_name_quoted_after_name_or_bracketed_alone(text, gone):
    out = _deidentified(text)
    assert not any(g in out for g in gone)


@pytest.mark.parametrize("text, expected", [
    ("补贴已向邬海波发放。", "补贴已向〔姓名〕发放。"),                 # 向 before a whole name: none of it left
    ("随父邝振华迁居外省。", "随父〔姓名〕迁居外省。"),                 # a relative's character before the name
])
def test_a_preposition_or_a_relative_before_a_whole_name_leaves_nothing_of_it(text, expected):
    assert _deidentified(text) == expected


@pytest.mark.parametrize("text, private, officials", [
    ("拟享受临时救助人员：邢宝田 俞翠兰 符长海，公示期五天。", ["邢宝田", "俞翠兰", "符长海"], []),
    ("困难职工帮扶名单　鞠春生　戚长荣　聂美华", ["鞠春生", "戚长荣", "聂美华"], []),
    ("任免名单：应建中　县交通运输局局长", [], ["应建中"]),
    ("出席人员：邬志成 副县长，屠海燕 县民政局局长", [], ["邬志成", "屠海燕"]),
])
def test_a_spaced_row_of_private_names_is_no_list_of_officials(text, private, officials):
    # a later name's 长 (符长海) is not the post of the name before it; a post in its own field is
    found = _found(text, public_names=OFFICIALS)
    assert sorted(found) == sorted(private)
    assert all(o in text and o not in found for o in officials)


@pytest.mark.parametrize("text, private", [
    ("关于符秀梅申请困难救助的公示，无异议的予以发放。社会事务办：揭志勇。", ["符秀梅"]),
    ("考生龚子墨作弊，成绩无效。主考：甘立新；巡考：司徒敏", ["龚子墨"]),
    ("茶园补贴对象：訾小兵。镇农技站：伏海涛", ["訾小兵"]),
])
def test_an_office_signing_a_notice_and_the_exam_staff_are_public_its_subjects_private(text, private):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)


@pytest.mark.parametrize("text, private", [
    ("护理补贴对象：蔺桂花。监督电话：6623018（宓海军）", ["蔺桂花"]),
    ("拟救助邰长顺一户，投诉电话 0556-2213344，联系人：巫晓丽。", ["邰长顺"]),
])
def test_the_person_answering_a_notices_supervision_phone_is_its_staff(text, private):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)


def test_a_person_after_a_phone_in_a_private_field_is_still_found():
    # only where officials' names are public does the phone's contact stay
    assert "宓海军" in _found("监督电话：6623018（宓海军）")


@pytest.mark.parametrize("text, private", [
    ("无偿献血奉献奖金奖获奖名单：司马晓东、卓丽萍。", ["司马晓东", "卓丽萍"]),
    ("授予庹建英造血干细胞捐献荣誉称号。", ["庹建英"]),
])
def test_an_honour_for_giving_blood_or_organs_keeps_its_donors_private(text, private):
    # it tells of their bodies as health data does; other honours name the persons they honour
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)
    assert _found("授予庹建英三八红旗手称号。", public_names=OFFICIALS) == []


@pytest.mark.parametrize("text, gone, kept", [
    ("Rang ding chao (grandson) about the rent; the office on Long Hua Road was shut.",
     ["ding chao"], ["Long Hua Road"]),                                    # rang: pinyin spells it too
    ("texted fan li (neighbour) on 4 May; she reads them at night.", ["fan li"], ["May"]),
    ("Emailed lau ka-yan (agent) the form; copy to Hang Seng Bank.", ["lau ka-yan"], ["Hang Seng Bank"]),
    ("telephoned long jie (stepdaughter), no answer", ["long jie"], []),
    ("Visited Hong Kong (twice) for the hearing.", [], ["Hong Kong"]),
    ("rang ping an (insurer) about the claim", [], ["ping an"]),
])
def test_a_lower_case_name_before_a_relation_in_brackets_or_after_a_verb_of_contact(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("Pension paid to niece Helen Xu through Bank of China.", ["Helen Xu"], ["Bank of China"]),
    ("Transferred to grandson Kevin LUO Haoran between May and June.", ["Kevin LUO Haoran"], ["May"]),
    ("Refund to guardian ivy tan jiahui via Ping An.", ["ivy tan jiahui"], ["Ping An"]),
    ("Fee paid to cousin tony zhou zhiwei.", ["tony zhou zhiwei"], ["cousin"]),   # not cousin + tony
    ("Cheque drawn through Bank of Communications for the Grace Church hall.", [],
     ["Bank of Communications", "Grace Church"]),
])
def test_an_english_given_name_and_a_pinyin_name_after_a_relation(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("Hardship list - Gao Shanshan (高珊珊) and Yu Haiyang (于海洋): approved.", ["高珊珊", "于海洋"], []),
    ("Recipient Zifeng Shi (石子峰), account in Wuhan.", ["石子峰", "Zifeng Shi"], ["Wuhan"]),
    ("Tenant 方正明 (Fang Zhengming) left a forwarding address.", ["方正明", "Fang Zhengming"], []),
    ("Trip to Huang Shan (黄山) and Hong Kong (香港) for the retirees.", [], ["黄山", "香港"]),
])
def test_a_name_in_characters_beside_the_same_name_in_pinyin(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("走访时得知住户郝立新已举家搬往商丘，手机159****2210。", ["郝立新"], ["商丘"]),
    ("经查，其户口去年迁入衡阳，不足两年。", [], ["衡阳"]),
    ("独居老人范秀芝，住牡丹江，现年81岁。", ["范秀芝"], ["牡丹江"]),
    ("申请人石永刚赴温哥华探望孙女，期间暂停发放。", ["石永刚"], ["温哥华"]),
    ("赴秘鲁、孟加拉考察团名单由宋立军报送。", ["宋立军"], ["秘鲁", "孟加拉"]),
    ("其子在维也纳留学，学费自理。", [], ["维也纳"]),
    ("锡林郭勒牧户乌云申请补奖，华容果农贺新民反映价格。", ["贺新民"], ["华容"]),
    ("网格员前往邹平家中核实，邹平本人不在。", ["邹平"], []),       # a person's home after the verb
])
def test_a_place_after_a_verb_of_moving_or_living_is_no_name(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("保洁员牛德胜负责黄庄河右岸2公里。", ["牛德胜"], ["黄庄河"]),
    ("姜玉梅，南四湖退捕渔民，补助按月发放。", ["姜玉梅"], ["南四湖"]),
    ("武金山在伊河从事捕捞十余年。", ["武金山"], ["伊河"]),
    ("巡河员在贾鲁河钓鱼点劝离三人。", [], ["贾鲁河"]),
    ("他在李江指导下完成了申报。", ["李江"], []),                   # a person's guidance after 在
])
def test_rivers_and_lakes_by_their_banks_fishing_and_after_zai(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("邢丽娟与丈夫均在周大福参保，生育津贴已申领。", ["邢丽娟"], ["周大福"]),
    ("包建华在金龙鱼务工，春节后返岗。", ["包建华"], ["金龙鱼"]),
    ("可通过高德地图查到服务网点，或使用皖事通预约。", [], ["高德地图", "皖事通"]),
    ("补贴转入其母亲的晋商银行账户，经办人严冬。", [], ["晋商银行"]),
    ("民警在李宁家中找到了走失老人。", ["李宁"], []),              # a person's home, not the brand
])
def test_brands_apps_and_banks_where_one_works_or_is_paid(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, private", [
    ("生态护林员聘用公示：护林员滕玉林（上寨组）、护林员麻春花（下寨组）。审核人：龙德光", ["滕玉林", "麻春花"]),
    ("护路员：韦金强、农秀梅，月补助800元。经办人：黄海", ["韦金强", "农秀梅"]),
    ("垃圾分类督导员聂小燕本月考核合格。", ["聂小燕"]),
])
def test_residents_in_an_aid_programmes_posts_are_private_in_a_notice(text, private):
    # the notice is about them, as about any beneficiary; its own staff stay public
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)


@pytest.mark.parametrize("text, gone, kept", [
    # a private person's post or status before the name (船东, 船长, 护林员, 义务兵, 退役士兵, 乡医)
    ("船东苑立新申请燃油补贴。", ["苑立新"], []),
    ("船长于晓东带船员返港。", ["于晓东"], []),
    ("护林员明光华巡山时发现火情。", ["明光华"], []),
    ("义务兵马文博入伍满一年。", ["马文博"], []),
    ("退役士兵马国强申请就业补助。", ["马国强"], []),
    ("乡医折丽萍外出进修半年。", ["折丽萍"], []),
    # ... and after such a post a time or a place, no name (船长 + 于 + 本周, 户主 + 明年)
    ("船长于本周返港，船员于港内待命，户主明年搬迁。", [], ["于本周", "于港内", "明年"]),
])
def test_a_private_persons_post_or_status_before_the_name(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    # a word that is a name opening a cell, then the person's village, masked ID or papers
    ("白云，陈家湾村，购插秧机1台，补贴5000元。", ["白云"], []),
    ("常青，370102********2211，低保户。", ["常青"], []),
    ("江河遗失户口本，申请补办。", ["江河"], []),
    ("高原申请出具亲属关系公证。", ["高原"], []),
    ("方舟的驾驶证已过期。", ["方舟"], []),
    ("林立持身份证原件办理补领。", ["林立"], []),
    ("孔悦然持实验中学录取通知书办理户口迁入。", ["孔悦然"], ["实验中学"]),
    # a firm, a brand, a time or a sea in the same frames stays
    ("方正集团申请出具资信证明；高峰期，胡家河村，车多；金星牌冰箱；汪洋大海的证书。", [],
     ["方正集团", "高峰期", "金星牌", "汪洋大海"]),
])
def test_a_word_that_is_a_name_opening_a_cell_before_a_persons_field(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    # partners after a name found and 与 (米东 is a district's name too), a relative's name
    # after 之夫 (于明代 reads as the Ming dynasty), the rare surnames 折 and 底 after a cue
    ("周丽与米泉因合伙开店发生纠纷。", ["周丽", "米泉"], []),
    ("郑强与钟鸣合伙养鸡。", ["郑强", "钟鸣"], []),
    ("吴秀云之夫于明代为签字。", ["吴秀云", "于明"], []),
    ("其子折建军反映工龄有误，由底晓红（村会计）提交说明。", ["折建军", "底晓红"], []),
    ("商品打折，年底清仓；李娜与米东区医院签约。", [], ["打折", "年底", "米东区"]),
])
def test_partners_relatives_and_rare_surnames(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    # a list's rows: the first after a notice's colon beside a row after a semicolon, an item
    # with its village in brackets, a name alone in square brackets opening a cell
    ("临时救助公示：李煜辉，因病，救助3000元；欧阳明远，因灾，救助2000元。", ["李煜辉", "欧阳明远"], []),
    ("护林员名册：宋佳（李家村）、杨柳（王家坪村）、何平（柳树屯）。", ["杨柳"], []),
    ("[邱海涛] 申请未通过，可补充材料。", ["邱海涛"], []),
    # given names ending in 城, 本, 蹊 are whole names; an estate's name ending in 城 stays
    ("罗煜城以噪音扰民为由投诉，其父何立本已去世，随迁子女周言蹊入学。", ["罗煜城", "煜城", "立本", "言蹊"], []),
    ("拟配租龙湖春江郦城6号楼，业主凭卡领取。", [], ["龙湖春江郦城"]),
])
def test_rows_of_a_list_and_given_names_ending_in_a_place_like_character(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("春节猜谜活动以秦明、花荣为谜底，唐小兵答对最多。", ["唐小兵"], ["秦明", "花荣"]),
    ("舞台上关羽、周仓等形象栩栩如生，服装由吕桂兰缝制。", ["吕桂兰"], ["关羽", "周仓"]),
    ("小学生排演林冲，指导老师卞玉红。", ["卞玉红"], ["林冲"]),
    ("老艺人谈金生擅长画钟馗脸谱。", ["谈金生"], ["钟馗"]),
    ("社区书屋讲解许仙、白素贞的传说，主讲人毛丽萍。", ["毛丽萍"], ["许仙", "白素贞"]),
    ("孩子们最爱听猪八戒和林黛玉的故事。", [], ["林黛玉"]),
    ("申请人武松，现住城关镇，申请临时救助。", ["武松"], []),      # a private person of that name
    ("李逵来电反映楼道灯不亮。", ["李逵"], []),
    ("骆秀芝、宋江等4户申请危房改造。", ["骆秀芝", "宋江"], []),
])
def test_figures_of_stories_riddles_and_plays_are_no_names(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("门诊慢特病备案：病种艾迪生病，申请人鲍金凤。", ["鲍金凤"], ["艾迪生病"]),
    ("咨询艾迪生病认定标准的群众有三人。", [], ["艾迪生病"]),
    ("焦文博之子患杜兴肌营养不良，申请康复救助。", ["焦文博"], ["杜兴肌营养不良"]),
    ("罕见病目录收录尼曼-匹克病和普拉德-威利综合征。", [], ["尼曼-匹克病", "普拉德-威利综合征"]),
    ("龚建生病重住院，由其女代为申请。", ["龚建生"], []),           # a person ill
])
def test_diseases_named_after_physicians_are_no_names(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("车辆停靠林州一中、市人民医院两站，乘客祁海龙反映车次少。", ["祁海龙"], ["林州一中"]),
    ("孔令辉的女儿考入衡水中学，申请交通补贴。", ["孔令辉"], ["衡水中学"]),
    ("黄冈中学门前路段限速30公里。", [], ["黄冈中学"]),
])
def test_schools_a_county_names_are_no_names(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


# --- round 14: lower-case names whose surname is an English word; places split into syllables --

@pytest.mark.parametrize("text, gone, kept", [
    # a surname that is an English word (he, an, long, sun, tan) before a given name of syllables
    # that are none, where the frame places a person: after to/for/from, before what a person does
    ("cat chipped, microchip registered to he qiong.", ["he qiong"], []),
    ("permit renewed for tan shuang, stall 14.", ["tan shuang"], []),
    ("kiosk key handed over to an lei on monday.", ["an lei"], []),
    ("meter reading: sun kaiwen not at home, card left.", ["sun kaiwen"], []),
    ("hotline log: long rui wants the bin moved.", ["long rui"], []),
    ("home visit, fan zhiqing fine, medicine in date.", ["fan zhiqing"], []),
    # the first name of a roll or a check after its colon, and the names listed after it
    ("typhoon evacuation roll: ma jin, hu lanying, pan hai, lu jun.", ["ma jin", "hu lanying", "pan hai", "lu jun"], []),
    # a given name of two syllables typed as two words; a hyphened one listed after a name found
    ("ferry pass: ding hai yan renewed, photo on file.", ["ding hai yan"], []),
    ("prize winners: guo li, an qiao-ling, sun bo.", ["guo li", "an qiao-ling", "sun bo"], []),
    # an article before a vowel, English phrases and places split into syllables stay
    ("ticket issued to an ai kiosk, waited for an hour; he ran for long.", [], ["an ai", "an hour", "he ran"]),
    ("parcel sent to he fei; then moved to an hui, 2 kids; tour of long hua, road to bo ao closed.", [],
     ["he fei", "an hui", "long hua", "bo ao"]),
    ("roll: he nan, he bei, fang shan.", [], ["he nan", "he bei", "fang shan"]),
    ("bike parked by the gate; fan heater broken, sun room leaking; so long as paid.", [],
     ["fan heater", "sun room", "so long"]),
    # ... unless what marks a person follows the place's words
    ("complaint by an hui (〔电话〕) about noise.", ["an hui"], []),
])
def test_lower_case_names_with_an_english_word_surname_and_split_places(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone), out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text, gone, kept", [
    ("保洁员邵春燕在金茂府北门清扫落叶时摔伤。", ["邵春燕"], ["金茂府"]),
    ("报修：龙湖春江郦城7号楼电梯困人，业主卜海涛已脱困。", ["卜海涛"], ["龙湖春江郦城"]),
    ("华润橡树湾物业擅自涨价，住户代表庞志勇来电。", ["庞志勇"], ["华润橡树湾"]),
    ("孔雀城12栋楼道堆物，已通知业主处理。", [], ["孔雀城"]),
    ("业主卢建华反映金茂府地下车库积水。", ["卢建华"], ["金茂府"]),
    ("胡海城家住碧桂园，申请临时救助。", ["胡海城"], ["碧桂园"]),
])
def test_housing_estates_are_no_names(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("卓玛吉家房前种满格桑花，门前有一口井。", [], ["格桑花"]),
    ("合作社补植蔷薇300株，由管护员吕国栋负责。", ["吕国栋"], ["蔷薇"]),
    ("村委会在路边栽种石楠，沿线农户配合。", [], ["石楠"]),
    ("入夏后，马蔺花期到来，游客增多。", [], ["马蔺"]),
    ("殷秀兰在自家地里种植玉米两亩。", ["殷秀兰"], []),              # a person who plants
])
def test_plants_planted_or_in_flower_are_no_names(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("职工食堂周三供应李鸿章大杂烩，厨师长符建国负责。", ["符建国"], ["李鸿章大杂烩"]),
    ("曹操鸡列入地方名吃目录。", [], ["曹操鸡"]),
])
def test_dishes_named_after_figures_are_no_names(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("运动会奖品由山推赞助，由工会的鲍丽萍负责发放。", ["鲍丽萍"], ["山推"]),
    ("义诊药品由马应龙提供。", [], ["马应龙"]),
    ("奖品由康建华赞助，工会发放。", ["康建华"], []),                # a person, no brand
    ("闫光明护照在奥克兰遗失，报失后回国补办。", ["闫光明"], ["回国"]),
])
def test_brands_after_a_preposition_and_frequent_verbs_are_no_names(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("品种：秦冠，种植户何春生称今年减产。", ["何春生"], ["秦冠"]),
    ("保险公司：鼎和财险，报案人付志军，损失约两万元。", ["付志军"], ["鼎和财险"]),
    ("施工单位：中冶；现场负责人：鲍志刚。", ["鲍志刚"], ["中冶"]),
    ("经营者：黄金凤；品名：冬枣。", ["黄金凤"], ["冬枣"]),          # a person's label is no thing's
    ("设备：张伟强负责调试。", ["张伟强"], []),                      # an act in the value: a person
    ("品牌：李宁来电反映包装破损。", ["李宁"], []),
])
def test_the_value_of_a_field_labelled_as_a_thing_or_a_firm(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("据查，贺丽华所购化肥系假冒产品。", ["贺丽华"], []),
    ("退货时顾春燕所买的羽绒服已拆吊牌。", ["顾春燕"], []),
    ("由柏树供电所派员抢修，住户蔡春梅家已复电。", ["蔡春梅"], ["柏树供电所"]),
    ("工银安盛业务员上门回访，客户苏国华不在家。", ["苏国华"], ["工银安盛"]),
    ("中铁项目部欠薪，工人庞德林讨要无果。", ["庞德林"], ["中铁项目部"]),
])
def test_what_a_person_bought_and_insurers_and_units_of_firms(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("游客房桂珍投诉莫泰卫生差。", ["房桂珍"], ["莫泰"]),
    ("果农姚德明今年主栽黄元帅和秦冠。", ["姚德明"], ["黄元帅", "秦冠"]),
    ("武秀英家种了20亩周麦，长势良好。", ["武秀英"], ["周麦"]),
    ("滕丽君在郁锦香退房时押金被扣。", ["滕丽君"], ["郁锦香"]),
    ("施可丰复合肥到货，领取人姜长林。", ["姜长林"], ["施可丰"]),
    ("联系人：金艳，电话已核。", ["金艳"], []),                    # a variety's name as a person's
    ("秦阳来电反映路灯不亮。", ["秦阳"], []),
])
def test_hotels_insurers_fertilisers_and_fruit_and_crop_varieties(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("船东周子涵，主机功率120千瓦。", ["周子涵"], []),
    ("报障人马磊称光猫亮红灯。", ["马磊"], []),
    ("送检人：温淑芬。", ["温淑芬"], []),
    ("种植户：何春生；品种：黄华占。", ["何春生"], ["黄华占"]),
])
def test_the_owners_growers_and_reporters_of_domain_records(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("经歌华有线装维人员上门检测，用户喻晓梅表示认可。", ["喻晓梅"], ["歌华有线"]),
    ("由华升维保人员救出，被困者刘兰英无碍。", ["刘兰英"], ["华升"]),
    ("委托鼎和查勘员定损，车主彭海涛签字。", ["彭海涛"], ["鼎和"]),
    ("由王建军带维修人员到场。", ["王建军"], []),                  # the person leads the staff
    ("经理王建军称维修人员已出发。", ["王建军"], []),
])
def test_a_firm_that_sends_its_staff_after_you_or_jing(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("鲁西出苗不齐，农户闫春来反映种子有问题。", ["闫春来"], ["鲁西"]),
    ("渔获以毛蚶和花蛤为主，船东姬海生如实填报。", ["姬海生"], ["毛蚶", "花蛤"]),
])
def test_regions_of_a_province_and_shellfish(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("冬枣以次充好，王明要求退款。", ["王明"], []),
    ("高山投诉楼下烧烤店油烟扰民。", ["高山"], []),
    ("质量要求严格，国家要求整改。", [], ["质量要求", "国家要求"]),
])
def test_a_word_that_demands_or_complains_at_a_clause_start_is_a_person(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("由山推承建，劳务班组长卜德旺负责。", ["卜德旺"], ["山推"]),
    ("惠达马桶漏水，住户戚明远报修。", ["戚明远"], ["惠达"]),
    ("由于建国同志负责验收。", ["于建国"], []),                    # 由 and a name, no brand
])
def test_a_brand_after_a_preposition_that_is_also_a_surname(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, gone, kept", [
    ("宅基地院内种有石榴、桂花各一棵，户主卞德富无异议。", ["卞德富"], ["种有石榴"]),
    ("车厢内盛有柴油约200升，驾驶人尤立新称系自用。", ["尤立新"], ["盛有柴油"]),
    ("村里盛有才家中被盗。", ["盛有才"], []),                   # a person before what only a person has
    ("申请人种有福，62岁。", ["种有福"], []),
])
def test_a_verb_of_holding_that_is_a_surname_after_a_place(text, gone, kept):
    out = _deidentified(text)
    assert not any(g in out for g in gone)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, private", [
    ("评议会由镇民政办邝立新主持，阚晓东参加，同意仇桂珍享受低保。", ["仇桂珍"]),
    ("执法人员胥志明（执法证号37020011）、訾海（执法证号37020012）现场检查，当事人蒯玉兰在场。", ["蒯玉兰"]),
    ("由村主任郜建华主持，村民代表仉德福参加。", ["仉德福"]),      # a role of one's own
])
def test_staff_joining_an_official_or_listed_after_his_note_share_the_part(text, private):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)


@pytest.mark.parametrize("text, whole, kept", [
    # a third character that mostly begins given names, or any given-name character, ends the
    # name when, left out, it would stand alone before the next word
    ("入户回访，孟庆振不在家，电话未接通。", "〔姓名〕不在家", []),
    ("户主蒋红晓已去世，由其子继承。", "户主〔姓名〕已去世", []),
    ("委托人邓凤小，手机〔电话〕。", "委托人〔姓名〕，", []),
    ("王芳晓得情况后主动退出。", "〔姓名〕晓得情况", []),           # 晓 begins the next word
    ("李明发现问题后上报。", "〔姓名〕发现问题", []),
    ("周转金已按期归还，该户温饱有保障。", None, ["周转金", "温饱有保障"]),   # words, no names
    ("在马拉松补给站服务时中暑。", None, ["马拉松补给站"]),
])
def test_a_third_character_that_would_stand_alone_ends_the_name(text, whole, kept):
    out = _deidentified(text)
    assert whole is None or whole in out
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, whole", [
    # the third character makes a word with the next one only to strand the one after it, while
    # the next two make a word (广东 + 西丢失: 东西 is the word)
    ("欧学广东西丢失后报案。", "〔姓名〕东西丢失"),
    ("呼延凤卫生病住院，由其妻代领。", "〔姓名〕生病住院"),
    ("王芳元旦前返回。", "〔姓名〕元旦前"),                        # 元旦 leaves 前 a word of its own
])
def test_a_third_character_glued_to_the_next_word_only_to_strand_another(text, whole):
    assert whole in _deidentified(text)


@pytest.mark.parametrize("text, whole", [
    ("苗德元十余年未回村。", "〔姓名〕十余年"),
    ("孔立中已去世，停发。", "〔姓名〕已去世"),
    ("李强中午来电。", "〔姓名〕中午"),                            # 中午 is a word
])
def test_yuan_and_zhong_end_given_names_before_no_word(text, whole):
    assert whole in _deidentified(text)


@pytest.mark.parametrize("text, whole", [
    ("多次联系后关庆俭才知道补贴停发。", "联系后〔姓名〕才知道"),       # 后 after a verb is "after"
    ("由邻居王明辉每日探视。", "邻居〔姓名〕每日"),                 # a word that is a name, then a
    ("邻居柏树堂等35人联名推荐。", "邻居〔姓名〕等35人"),           # third character left alone
    ("来电人自称马雪枝，电话未留。", "自称〔姓名〕，"),
    ("新生入园：祁言蹊（2025年3月出生），家长陪同。", "〔姓名〕（2025年"),
])
def test_whole_three_character_names_after_a_verb_or_a_neighbour(text, whole):
    out = _deidentified(text)
    assert whole in out
    assert "荔枝园" in _deidentified("荔枝园的树枝折断了。") and "蹊跷" in _deidentified("蹊跷的是账户已销户。")


@pytest.mark.parametrize("text, whole, kept", [
    # 家 ends a given name before what befalls or describes one person, never a household
    ("被继承人孔德家于2021.3.2去世，遗产由子女继承。", "被继承人〔姓名〕于", []),
    ("儿童彭兰家确诊孤独症，在康复中心训练。", "〔姓名〕确诊", []),
    ("落户人员许诚家（南昌大学毕业生），档案已转入。", "〔姓名〕（南昌大学毕业生）", []),
    ("王芳家因病致贫，纳入监测。", "〔姓名〕家因病致贫", []),           # the household
    ("走访李明家（3人），收入未变。", "〔姓名〕家（3人）", []),
    ("王强家已去世的老人留有宅基地。", "〔姓名〕家已去世的老人", []),
])
def test_jia_ends_a_given_name_before_what_befalls_one_person(text, whole, kept):
    out = _deidentified(text)
    assert whole in out
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, whole, kept", [
    # after a rare second character (煜, 垚), a third that would stand alone ends the name, but
    # not the tail of an estate's name (龙湖春江郦城 + 本批入住)
    ("调解记录：郑煜城与合伙人因分红产生纠纷。", "〔姓名〕与合伙人", []),
    ("投诉人称韩垚彬以装修为由拖欠房租。", "〔姓名〕以装修", []),
    ("配租房源为龙湖春江郦城，本批入住12户。", None, ["龙湖春江郦城"]),
])
def test_a_stranded_third_character_after_a_rare_second_one(text, whole, kept):
    out = _deidentified(text)
    assert whole is None or whole in out
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    ("村医冒曦上门随访。", "冒曦"),          # 上 of 上门 begins a word: no place after the cue
    ("邻居后丰反映其独居。", "后丰"),        # 后 after a noun of a person is a surname
    ("老师后红梅反映情况。", "后红梅"),
])
def test_a_cue_before_a_function_surname_and_a_word_beginning_with_a_locality_still_finds_it(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text, name", [
    ("调解员联系后丰未果。", "后丰"),        # 后 before a given name is the surname of whom one contacted
    ("联系后邵立群到场说明。", "邵立群"),    # before a common surname it is "after"
])
def test_hou_after_a_verb_is_after_only_before_a_common_surname(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text, private", [
    # an office, then its staff member with nothing between: closing the clause (a signing line)
    # or before a step of the procedure (监督, 核实)
    ("拟资助名单：巩丽娜、蒲晓光。县教育局资助办翟春雷。", ["巩丽娜", "蒲晓光"]),
    ("停发抚恤金：遗属谯秀芝。优抚股甄德华", ["谯秀芝"]),
    ("运管科郦建平监督退费，学员雍小燕已领款。", ["雍小燕"]),
    ("经老龄办苻海燕核实，申请人隗大山已去世。", ["隗大山"]),
    ("补贴对象：郗红英（肢体二级）。县残联鄢志伟审核。", ["郗红英"]),
    ("退租户：6栋302室龚丽娟。", ["龚丽娟"]),                     # a room's number is no office
])
def test_an_office_right_before_its_staff_member(text, private):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)


@pytest.mark.parametrize("text, private", [
    # a step of a survey or a valuation as a label (鉴定：, 统计：, 考察组：) names the staff
    ("序号 户主 等级\n1 巫金凤 D级\n鉴定：阎国栋 复核：蔺秋菊", ["巫金凤"]),
    ("拟聘：琚海龙。考察组：滑文军、宓春兰。", ["琚海龙"]),
    ("申报户：栾小梅，评估：詹立成", ["栾小梅"]),
])
def test_a_survey_step_as_a_label_names_the_staff(text, private):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)


@pytest.mark.parametrize("text, private", [
    # a note in brackets that makes the person someone's kin: private after any label
    ("警报器设点业主：荀建英，联系人：荀立群（业主之子）。", ["荀建英", "荀立群"]),
    ("代领人：萧翠萍（其母），经办人：祁东升。", ["萧翠萍"]),
    ("联系人：苑明辉（镇人防办）。", []),                          # an office in brackets
])
def test_a_kin_note_after_a_name_keeps_it_private(text, private):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)


@pytest.mark.parametrize("text, private", [
    # the owners of flats elected to their committee are residents, not officials honoured
    ("业主沙春梅、满立强当选业委会委员。", ["沙春梅", "满立强"]),
    ("候选人：訾玉成（5栋业主）。", ["訾玉成"]),
])
def test_home_owners_elected_stay_private(text, private):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)


@pytest.mark.parametrize("text, private", [
    # a table flattened with tabs: the column's heading says whose names it holds, and cells
    # apart by a tab are no list that shares a post
    ("撤离人员\t包保干部\n卓桂兰\t戈振宇\n莘长顺\t覃文杰", ["卓桂兰", "莘长顺"]),
    ("受助户\t经办人\n钭小红\t盖永生", ["钭小红"]),
])
def test_a_tables_column_heading_decides(text, private):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)


@pytest.mark.parametrize("text, name", [
    # professional grades ending in a surname's character (师): the name begins after them
    ("由工程师晏雨菲现场鉴定。", "晏雨菲"),
    ("会计师卢建明出具审计报告。", "卢建明"),
    ("评估师禹秋生签字。", "禹秋生"),
])
def test_a_professional_grade_before_a_name(text, name):
    assert _found(text) == [name]
    assert _found(text, public_names=OFFICIALS) == []


@pytest.mark.parametrize("text, private", [
    ("村务监督委员会：满德胜、甄桂兰；拟享受对象：牟金凤。", ["牟金凤"]),
    ("业主委员会：车立新、覃晓霞", ["车立新", "覃晓霞"]),          # an owners' committee is no public body
    ("异议由镇政府（卜文涛）受理，对象：尚玉梅。", ["尚玉梅"]),
])
def test_a_public_bodys_members_after_its_label_and_an_office_with_its_contact_in_brackets(text, private):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(private)


@pytest.mark.parametrize("text, names, kept", [
    # dog breeds by their short names, anywhere in a sentence, not only after 犬种：
    ("楼下的柯基把快递员韩立新咬伤，已打疫苗。", ["韩立新"], ["柯基"]),
    ("孙晓东清晨带哈士奇出门，未拴绳被劝阻。", ["孙晓东"], ["哈士奇"]),
    ("一只杜宾和一只金毛在广场打架，路人蔡红梅报警。", ["蔡红梅"], ["杜宾", "金毛"]),
    ("马犬挣脱牵引绳，养犬人邹国庆被约谈。", ["邹国庆"], ["马犬"]),
    ("业主杜宾来电反映楼上噪音。", ["杜宾"], []),                      # a person after a role
    ("入住人杜宾华（视力一级），补贴拨付机构。", ["杜宾华"], []),
])
def test_dog_breeds_are_no_names(text, names, kept):
    out = _deidentified(text)
    assert all(n not in out for n in names)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, names, kept", [
    # the generic names of medicines end in the renderings of international stems
    ("门诊开了阿莫西林，患儿邵一鸣服后出疹。", ["邵一鸣"], ["阿莫西林"]),
    ("黎素芬长期服用依那普利，近来干咳。", ["黎素芬"], ["依那普利"]),
    ("雷贝拉唑断供三周，药师钱海波登记缺药。", ["钱海波"], ["雷贝拉唑"]),
    ("集采目录含福辛普利和曲美他嗪，参保人金秋菊咨询报销。", ["金秋菊"], ["福辛普利", "曲美他嗪"]),
    ("患者王普利来电询问慢病报销。", ["王普利"], []),                  # a person after a role
])
def test_medicine_stems_end_no_names(text, names, kept):
    out = _deidentified(text)
    assert all(n not in out for n in names)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, names, kept", [
    # a lift maker named apart from its staff; a short maker's name that begins names is listed
    # with its 电梯 only (康力军 is a person)
    ("小区所装康力电梯频繁停梯，业主龚淑珍投诉。", ["龚淑珍"], ["康力电梯"]),
    ("物业称该梯为博林特品牌，报修人严立新不认可。", ["严立新"], ["博林特"]),
    ("维保单位换成通力后，居民葛春生仍反映异响。", ["葛春生"], ["通力"]),
    ("申请人康力军持残疾证办理补贴。", ["康力军"], []),
])
def test_lift_makers_are_brands(text, names, kept):
    out = _deidentified(text)
    assert all(n not in out for n in names)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, names, kept", [
    # a school, a studio or a gym trades under a name before its course word, where the sentence
    # speaks of a firm's dealings; without them, or with a person's marks or child after the
    # course word, the name is a person's
    ("卢思远报名的秦学教育突然闭店，课时费未退。", ["卢思远"], ["秦学教育"]),
    ("杨丽萍舞蹈门店停课，学员母亲崔佳琪申请退费。", ["崔佳琪"], ["杨丽萍舞蹈"]),
    ("金吉鸟健身预付卡无法使用，会员汤立新投诉。", ["汤立新"], ["金吉鸟健身"]),
    ("家长贺永福在童程童美续费后门店停课。", ["贺永福"], ["童程童美"]),
    ("李明编程比赛获奖，学校予以表彰。", ["李明"], []),
    ("学员吴雅婷英语成绩下滑，家长要求退费。", ["吴雅婷"], []),
    ("王伟教育孩子后带其到机构办理退费。", ["王伟"], []),
])
def test_training_firms_by_their_course_word(text, names, kept):
    out = _deidentified(text)
    assert all(n not in out for n in names)
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text, name", [
    # the roles of dog, canteen, drone, herd and lift records name a person after them, even a
    # name that is a word (高峰, 金平, 江南, 高山)
    ("犬种：边牧，犬主高峰，疫苗已接种。", "高峰"),
    ("植保无人机作业，操作人金平持证上岗。", "金平"),
    ("电梯停在三楼，被困者江南情绪平稳。", "江南"),
    ("养犬人高山未办证，已责令补办。", "高山"),
    ("午餐留样完毕，留样人戴宇航签字。", "戴宇航"),
])
def test_domain_roles_before_a_name(text, name):
    assert name not in _deidentified(text)
    assert "操作人员" in _deidentified("操作人员须持证上岗。")


@pytest.mark.parametrize("text, storm, name", [
    ("受台风“桑美”影响，转移村民邴德旺一户。", "桑美", "邴德旺"),
    ("台风韦森特过境后，苟秀兰家房屋受损。", "韦森特", "苟秀兰"),
    ("“苏迪罗”台风期间，村民巩小红被困。", "苏迪罗", "巩小红"),
])
def test_a_storms_name_is_no_persons(text, storm, name):
    out = _deidentified(text)
    assert storm in out and name not in out


def test_a_name_before_the_word_typhoon_is_still_a_persons():
    assert "仲建国" not in _deidentified("仲建国台风天仍坚守岗位。")


@pytest.mark.parametrize("text, names", [
    ("保洁员续聘公示：续聘蔺秀英、单德明。", ["蔺秀英", "单德明"]),   # 续聘 + 公示: the title, no name
    ("网格员解聘名单：甄红。", ["甄红"]),
    ("护林员高峰公示期满后上岗。", ["高峰"]),                        # a given name that is a word stays one
])
def test_a_word_before_a_notices_title_word_after_a_cue_is_the_title(text, names):
    assert sorted(_found(text)) == sorted(names)


# Round 15, English exports: a name's English alias goes with it; lists after plural roles.
@pytest.mark.parametrize("text, gone, kept", [
    ("Resident Han Ruixia (Jacky) (ID ending 2539) reported a gas smell.", ["Han Ruixia", "Jacky"],
     ["(ID ending 2539)"]),
    ("Mr. Wang (neighbour) said Ye Zhenjuan (Daniel) moved to Zhoukou.", ["Ye Zhenjuan", "Daniel"],
     ["(neighbour)", "Zhoukou"]),
    ("Patients Lau Kit Wah, Kenneth and Sandy Choi Nga-yuk transferred at 14:20.",
     ["Lau", "Kenneth", "Sandy", "Choi"], ["14:20"]),
    ("Bitten: Karen Hu Yijing, 38, treated at Nanfang Hospital.", ["Karen", "Yijing"], ["Nanfang Hospital"]),
    ("Borrower Tang Wei returned 'The True Story of Ah Q' (Lu Xun) 50 days late.", ["Tang Wei"],
     ["(Lu Xun)", "Ah Q"]),
    ("Tang Wei (Ah Q) and Li Na (Huawei) attended.", ["Tang Wei", "Li Na"], ["(Ah Q)", "(Huawei)"]),
])
def test_an_english_alias_is_part_of_the_name(text, gone, kept):
    out = _deidentified(text)
    assert not [g for g in gone if g in out], out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text, gone", [
    ("PV income share Q4: cleaners Zhang Zifang RMB 789, Grace Yang RMB 712; lunch at Huawei.",
     ["Zhang Zifang", "Grace Yang"]),
    ("PV income share Q2: cleaners Ka Fai Cheung RMB 474, Ho Yin Suen RMB 609; lunch at Otis.",
     ["Ka Fai Cheung", "Ho Yin Suen"]),
    ("PV income share Q4: cleaners Man Kit Wong RMB 460, HE Jianlin RMB 433.", ["Man Kit Wong", "HE Jianlin"]),
    ("Tenants Wu Bin, 67, and Ho Yin Suen, 71, moved out.", ["Wu Bin", "Ho Yin Suen"]),
    ("Lift entrapment, Block 8: zhao wenxia and grandson released after 36 min.", ["zhao wenxia"]),
])
def test_names_listed_after_a_plural_role(text, gone):
    out = _deidentified(text)
    assert not [g for g in gone if g in out], out
    assert "RMB" in out or "RMB" not in text


# Domain vocabularies that begin with a surname character (fifteenth round): firms, apps, sights,
# rescuers and weather words, pets; the persons beside them still go.
@pytest.mark.parametrize("text, kept, names", [
    ("张丽，43岁，被犬咬伤，接种人用狂犬病疫苗（华兰生物）第1针，犬主刘建国承担费用。", "华兰生物", ["张丽", "刘建国"]),
    ("电费由鱼台自来水公司结算，高秀英的公益岗工资顺延发放。", "鱼台自来水公司", ["高秀英"]),
    ("其中冯玉珍行动不便由武警背出，洪峰过境时间19:40。", "武警", ["冯玉珍"]),
    ("其中冯玉珍行动不便由武警背出，洪峰过境时间19:40。", "洪峰", ["冯玉珍"]),
    ("乘客钱志强投诉：乘高德打车从东站到中山路，司机绕路多收23元。", "高德打车", ["钱志强"]),
    ("滕王阁：游客邓海燕吃到异物，店家已道歉赔偿。", "滕王阁", ["邓海燕"]),
    ("犬主邵桂兰，犬名“贝贝”，博美，犬牌号D67336。", "贝贝", ["邵桂兰"]),
    ("伤者系潘国华之女潘雨桐，3岁，被乐乐（泰迪）抓伤，Ⅱ级。", "乐乐", ["潘国华", "潘雨桐"]),
])
def test_domain_words_beginning_with_a_surname_stay(text, kept, names):
    out = _deidentified(text)
    assert kept in out and not any(n in out for n in names)


@pytest.mark.parametrize("text, name", [
    ("王伟医疗费已报销。", "王伟"),            # what a person pays under a firm's trade word
    ("李红燃气费欠缴三个月。", "李红"),
    ("犬主张伟（泰迪）未办证。", "张伟"),      # the owner, his dog's breed after him
])
def test_a_person_before_a_firms_trade_word_or_a_breed_is_still_a_person(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, privates", [
    # a notice's panel named by its step, its members listed after the colon, each perhaps with
    # a post in brackets: the office's staff stay; the persons the notice is about go
    ("危房改造验收公示：户主冉桂生，补助8000元。验收小组：覃志强（住建所技术员）、龙秀兰（村两委成员）",
     ["冉桂生"]),
    ("分红公示：成员邝大勇，分红300元。见证人：甘小梅。民主理财小组：阮德福、卜春燕", ["邝大勇", "甘小梅"]),
    ("认定小组成员：岑国平（组长，经管站站长）、蒙丽华（村会计）。拟确认户主韦志刚为集体经济组织成员。",
     ["韦志刚"]),
    ("优待金公示：义务兵麦俊，优待金6000元。审核小组：邵建平（人武部部长）、符玉英（计生专干）", ["麦俊"]),
])
def test_a_notices_panel_keeps_its_members(text, privates):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(privates)


@pytest.mark.parametrize("text, privates", [
    # the posts of a township's staff are words, not names after 由 (农技员, 纪检监察员), and a
    # prosecutor named in the post is public
    ("庭院奖补公示：由农技员龚德明逐户核对，户主习春兰符合条件。", ["习春兰"]),
    ("举报奖励公示：举报人秦海波，由纪检监察员柯玉梅核实。", ["秦海波"]),
    ("司法救助公示：救助申请人饶小兵，检察官：卓文静。", ["饶小兵"]),
])
def test_a_townships_staff_posts_in_a_notice(text, privates):
    assert sorted(_found(text, public_names=OFFICIALS)) == sorted(privates)


def test_a_private_person_in_brackets_stays_private_in_a_panels_notice():
    # (户主) and (监护人) are no posts: the persons go, the panel's member stays
    text = "补贴公示：龚春生（户主）、阮玉梅（监护人）。核查小组：覃立新（农技员）"
    assert sorted(_found(text, public_names=OFFICIALS)) == ["阮玉梅", "龚春生"]


def test_minority_names_in_their_written_forms():
    # fifteenth round: Dai names of a prefix and two syllables read whole after a cue, Kazakh
    # names whose father's name after a hyphen is an element, Yi given names after the clan name,
    # one-element names before what a person does at a remark's start
    import sys
    sys.path.insert(0, "benchmarks")
    from bench_names import deid_text
    assert deid_text("联系人玉甩当，电话", False) == "联系人〔姓名〕，电话"
    assert deid_text("户主沙依拉汗-叶尔兰、配偶古丽", False) == "户主〔姓名〕、配偶〔姓名〕"
    assert deid_text("户主江布尔-阿曼泰、配偶古丽", False) == "户主〔姓名〕、配偶〔姓名〕"
    assert "么体" not in deid_text("牧民阿苏么体家18只羊", False)
    assert "俄底石古" not in deid_text("俄底石古无偿献血累计3600ml", False)
    assert "萨仁" not in deid_text("萨仁无偿献血累计800ml", False)
    assert "嘉措" not in deid_text("嘉措在县医院住院，已报销", False)
    assert deid_text("贡嘎参加全省评比获一等奖", False) == "贡嘎参加全省评比获一等奖"


# Round 15 (names that are words): a word at a cell's or a clause's start before what only a
# person does, suffers or has is a name; the same word used as a word stays.
@pytest.mark.parametrize("text, name", [
    ("时光反映楼道灯不亮。", "时光"),
    ("金城借《平凡的世界》一本，逾期未还。", "金城"),   # (齐心 is a brand too)
    ("方圆不愿转移，已做思想工作。", "方圆"),
    ("文静行动不便，需上门服务。", "文静"),
    ("钟声额头碰伤，已送医。", "钟声"),
    ("白雪在少儿区整理书架。", "白雪"),
    ("童心的公益岗工资未发放。", "童心"),
    ("新增田野（户主张三之孙）。", "田野"),
    ("其中柳絮为残疾人。", "柳絮"),
    ("经核实，安宁已搬走。", "安宁"),
    ("马力捐款500元。", "马力"),
])
def test_a_word_before_what_only_a_person_does_is_a_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ("时光飞逝，转眼一年。", "时光"),
    ("方圆十里无人不知。", "方圆"),
    ("文静的性格。", "文静"),
    ("白雪覆盖了山坡。", "白雪"),
    ("金秋时节开展采摘活动。", "金秋"),
    ("田野调查报告已提交。", "田野"),
    ("高明的手段。", "高明"),
    ("钟声响起。", "钟声"),
    ("关心生病儿童。", "关心"),                 # a verb and its object
    ("高峰咨询量达200次。", "高峰"),            # the act is a noun's head
    ("金融借款合同纠纷。", "金融"),
    ("高温中暑预防。", "高温"),
    ("全部不同意。", "全部"),                   # a word for many
    ("严重的病情。", "严重"),
    ("文明借阅，爱护图书。", "文明"),
    ("夏天中暑多发。", "夏天"),                  # a time
])
def test_the_same_words_as_words_stay(text, word):
    assert word in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("申请人朱辉诉某公司劳动争议。", "诉某公司"),        # 诉 ends no given name
    ("申请人尹玲诉林州马氏汽修有限公司劳动争议。", "诉林州马氏汽修有限公司"),
])
def test_a_cued_name_before_su_sues(text, kept):
    out = _deidentified(text)
    assert kept in out and "〔姓名〕" in out


@pytest.mark.parametrize("text, kept, names", [
    # a person named inside a work's title is its character; the reader before it is a person
    ("读者证A2436211，苟秀兰借《包法利夫人》逾期59天，滞纳金已免", ["《包法利夫人》"], ["苟秀兰"]),
    ("户主邴德旺、配偶蔺秀英，村里组织看《仰阿莎》演出", ["《仰阿莎》"], ["邴德旺", "蔺秀英"]),
    ("屋里电视正放《杨乃武与小白菜》，巩小红没听见敲门", ["《杨乃武与小白菜》"], ["巩小红"]),
    # the author beside a work is a writer
    ("推荐书目：《平凡的世界》（路遥著），仲建国已登记", ["路遥", "《平凡的世界》"], ["仲建国"]),
    ("《城南旧事》作者林海音，读者甄红反映缺页", ["林海音"], ["甄红"]),
    ("单德明想借杨红樱写的《笑猫日记》，已预约", ["杨红樱"], ["单德明"]),
    # characters, figures and stories named in prose
    ("小孩穿着孙悟空的衣服在楼道玩，苟秀兰说是亲戚家的", ["孙悟空"], ["苟秀兰"]),
    ("巩小红笑称自己是林黛玉，三天两头吃药", ["林黛玉"], ["巩小红"]),
    ("学校在排司马光砸缸的课本剧，邴德旺家孩子演主角", ["司马光砸缸"], ["邴德旺"]),
    ("讲解员蔺秀英介绍了詹天佑的生平", ["詹天佑"], ["蔺秀英"]),
    ("板报主题：纸上谈兵；负责人仲建国", ["纸上谈兵"], ["仲建国"]),
])
def test_works_characters_and_stories_named_after_people(text, kept, names):
    out = _deidentified(text)
    assert all(k in out for k in kept), out
    assert all(n not in out for n in names), out


@pytest.mark.parametrize("text, name", [
    ("《关于给予甄红警告处分的决定》已送达", "甄红"),   # a document's title names the person
    ("附《苟秀兰入党申请书》一份", "苟秀兰"),
    ("作文《我的奶奶蔺秀英》获二等奖", "蔺秀英"),      # an essay about one's own
])
def test_a_name_inside_a_documents_title_is_still_a_persons(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, author, name", [
    ("Borrower Ding Jianguo returned 'The True Story of Ah Q' (Lu Xun) 50 days late.", "Lu Xun", "Ding Jianguo"),
    ('Reader Gou Xiulan borrowed "Red Sorghum" by Mo Yan; due 12 May.', "Mo Yan", "Gou Xiulan"),
])
def test_an_english_exports_author_after_a_title_is_a_writer(text, author, name):
    out = _deidentified(text)
    assert author in out and name not in out, out


def test_a_name_after_a_quoted_status_is_still_a_persons():
    assert "Zhang Wei" not in _deidentified('Status "Approved" by Zhang Wei.')


@pytest.mark.parametrize("text, names", [
    # a thing by its role (helper gm, round 15): the subject of a verb only goods, crops or lines
    # take, the bearer of a thing's attribute, the object of trade or growing closing its clause
    ("陈粮已入库，过磅员签收", []),
    ("都宝收购价偏低，烟农反映", []),
    ("陈化粮霉变，粮站上报", []),
    ("农户交售毛粮被扣量", []),
    ("收购黄果树20担，烟农签字", []),
    ("已联系东方财富客户经理，等待回复", []),
    # persons in the same places stay names
    ("张伟已入库的粮食被扣量，张伟签字", ["张伟"]),
    ("交售人李秀英被扣量", ["李秀英"]),
    ("张伟受损房屋已修复", ["张伟"]),
    ("店主张伟下架过期商品", ["张伟"]),
])
def test_a_thing_by_its_role_is_no_name(text, names):
    assert sorted(_found(text)) == sorted(names)


# Round 15 (gn): names in domains nobody tuned on, found by where a person stands, not by lists.
@pytest.mark.parametrize("text, name", [
    ("朱红梅学历认证未通过", "朱红梅"),            # a name opening a clause as its topic
    ("程志远手工活计件工资未结清，已协调", "程志远"),
    ("白沙村帮扶车间 工人：解放、隋立红、郝建设", "解放"),   # the first item of a roll of persons
    ("申请人金晶晶已辞职", "金晶晶"),                 # a doubled given character
])
def test_gn15_names_where_a_person_stands(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ("黄金周末出游人数增加", "黄金周"),
    ("王国华侨务办公室来函", "王国"),
    ("品种：红彤彤、金灿灿", "金灿灿"),
])
def test_gn15_words_stay(text, word):
    assert word in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("王国明办证:押金100.00元", "王国明"),
    ("撤回申请：秦朝珍与用人单位和解", "秦朝珍"),
    ("严明英：公益岗考勤11天", "严明英"),
    ("退团纠纷：李子涵一家三口要求退款", "李子涵"),
    ("租户（刘海航）拒绝入户", "刘海航"),
    ("发票抬头为黄金刚（女婿）已核实", "黄金刚"),
    ("经核实唐朝晖已在外地就业", "唐朝晖"),
    ("回访幸存伟，对处理结果满意", "幸存伟"),
    ("纪实强于2025年3月去世，停发", "纪实强"),
    ("租户（万里红）拒绝入户", "万里红"),
    ("庭前调解：金艳（5426211986****7437）同意接受16000元", "金艳"),   # a kiwi's name, then an ID
])
def test_a_name_whose_surname_and_first_given_character_make_a_word(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("黄金周期间游客较多", "黄金周"),          # 周 ends no given name
    ("方向盘已更换", "方向盘"),
    ("程序文件已归档", "程序文件"),            # 文件 is a word
    ("高山流水茶社开业", "高山流水"),
    ("周转金已按期归还", "周转金"),
    ("惠民保已参保", "惠民保"),
    ("213,农林水支出", "农林水"),              # three fields abbreviated
    ("该户温饱有保障", "温饱有保障"),
    ("购买金艳（500g）两箱", "金艳"),
])
def test_a_word_that_goes_on_into_its_own_continuation_stays(text, kept):
    assert kept in _deidentified(text)


def test_a_modifier_only_nouns_follow_is_no_name_s_left_side():
    # 公共 (the lexicon's tag b) modifies a noun: 文化云平台 is a platform, not 文化 + 云 a person
    assert find_names("建设全省统一的公共文化云平台，整合图书馆") == []
    assert [h for h in find_names("王国明办证:押金100.00元")]


# --- round 16: China's places as a class (places_cn.tsv with cpca's divisions) -------------------
@pytest.mark.parametrize("text, place", [
    ("巡河记录：白河贺州段，保洁员李明发现右岸有建筑垃圾", "贺州"),   # a river's section by place
    ("杨凌迁坟补偿名单公示（第1批）", "杨凌"),                         # a zone cpca lacks
    ("岳阳迁坟补偿名单公示（第2批）", "岳阳"),
    ("举报人要求保密：汪清附近有采砂船夜间作业", "汪清"),
    ("巡河记录：洪河包头段，保洁员李明发现垃圾", "洪河"),               # a river
    ("骆马湖治理工程验收，施工方负责人张伟", "骆马湖"),
    ("救援车皖H41487出车（包茂高速K1336+403）：8:12接警", "包茂高速"),  # an expressway
    ("王强投诉杭金衢高速清障收费过高", "杭金衢高速"),
    ("往宁德方向车道拥堵，司机张伟报警", "宁德"),
    ("李娜返回杨凌后居家观察", "杨凌"),
    ("巡河记录：白河岳西段，保洁员李明发现垃圾", "岳西"),
])
def test_a_known_place_of_china_stays(text, place):
    assert place in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("联系人江山（电话已登记）", "江山"),        # a person of a place's characters, with a cue
    ("村民金华反映自家围墙被推倒", "金华"),
    ("其子高明在外务工，每月寄钱", "高明"),
    ("岳阳（男，45岁）独居，需定期走访", "岳阳"),
    ("低保名单：张伟、宁德、李娜", "宁德"),
    ("宁德签字确认后领取", "宁德"),              # what only a person does after it
    ("投诉人金华称物业不作为", "金华"),
    ("责令秋岑溪限期改正。", "岑溪"),            # ordered to do: a party
])
def test_a_person_named_like_a_place_is_still_found(text, name):
    assert name not in _deidentified(text)


def test_places_cn_list_is_well_formed():
    from importlib import resources
    text = resources.files("gongkai.deid").joinpath("places_cn.tsv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# ") and sum(line.startswith("#") for line in lines) >= 5   # a header
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    assert rows[0] == ["name", "short", "level"]
    rows = rows[1:]
    assert len(rows) >= 1000 and all(len(r) == 3 and r[0] and r[1] for r in rows)
    names = [r[0] for r in rows]
    assert len(names) == len(set(names))                          # no duplicates
    levels = {r[2] for r in rows}
    assert levels == {"province", "prefecture", "county", "river", "lake", "mountain", "expressway"}
    short = {r[0]: r[1] for r in rows}
    assert short["岳阳市"] == "岳阳" and short["延边朝鲜族自治州"] == "延边" and short["杨凌示范区"] == "杨凌"
    assert short["沈海高速"] == "沈海" and short["洪泽湖"] == "洪泽湖"
    assert all(r[1] in r[0] or r[2] in ("province", "prefecture", "county") for r in rows)


# --- sixteenth round: a look-alike that begins a proper noun whose head follows it ---------------

@pytest.mark.parametrize("text, kept", [
    ("沈海高速K163+382 货车侧翻，驾驶员刘志军轻伤", "沈海高速"),      # an expressway by its end cities
    ("救援车出车（包茂高速K1336+403）：8:12接警", "包茂高速"),
    ("杭金衢高速K110+794 货车侧翻散落饲料", "杭金衢高速"),           # one more city's character
    ("申请人王德福，事由：包茂线占地补偿款未到位", "包茂线"),          # a rail line
    ("邵伯船闸检修，停航三天", "邵伯船闸"),
    ("柏斯琴行未按约定退费，消费者申请调解", "柏斯琴行"),            # a shop's brand and its venue
    ("孩子在高思教育学奥数，授课老师离职后课停了", "高思教育"),       # a course, a school's dealings
    ("问能否转到杨梅红美术继续上", "杨梅红美术"),
    ("充电桩故障，比亚迪唐车主排队两小时", "比亚迪唐"),              # a car's maker and model
    ("事故车为雷诺科雷傲，驾驶人已报警", "科雷傲"),
    ("家属咨询唐氏综合征和艾迪生病是否可开长处方", "艾迪生病"),     # a disease listed with another
    ("家属咨询霍奇金淋巴瘤和艾迪生病是否可开长处方", "霍奇金淋巴瘤"),
    ("says the Guan Yu temple was moved in 1958.", "Guan Yu temple"),   # the head in lower case
])
def test_a_look_alike_that_begins_a_proper_noun_before_its_head_stays(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("王建国道歉后离开", "王建国"),            # 道歉 outweighs 国道
    ("张伟走高速回家", "张伟"),                # a verb between: the person's act
    ("王伟线上报名后未缴费", "王伟"),          # 线上 is online, no rail line
    ("乔峰早教班费用已退", "乔峰"),            # the person's class
    ("李明教育孩子方式不当", "李明"),
    ("公秀职高二年级在读，父亲二级残疾", "公秀"),   # the student's grade
    ("母亲住院治疗高血压病和王芳生病请假", "王芳"),   # no transliteration: a person ill
    ("驾驶员沈海（45岁）轻伤送医", "沈海"),
    ("Shen Hai expressway closed; driver Li Na injured", "Li Na"),
])
def test_a_person_before_a_proper_noun_s_head_word_is_still_found(text, name):
    assert name not in _deidentified(text)


# --- who is private in a public notice: the role and what the notice gives, not the layout ---------

@pytest.mark.parametrize("text, private, public", [
    # the members of a team that is no office's, paid one by one (志愿消防队, 舞龙队, 互助组)
    ("志愿消防队2026年补助发放公示：队员何欣怡、张桂英、张鹏各2003；评议小组成员：钟涵红、袁宇轩。公示期间联系人：卢子涵",
     ["何欣怡", "张桂英", "张鹏"], ["钟涵红", "袁宇轩", "卢子涵"]),
    ("舞龙队2025年演出补贴公示：队员王建华、李秀英、张国强各300元", ["王建华", "李秀英", "张国强"], []),
    ("互助组成员王建华、李秀英各500元，审核人：赵国强", ["王建华", "李秀英"], ["赵国强"]),
    ("补助发放公示：队员王建华、李秀英各1200元；审核人：赵国强", ["王建华", "李秀英"], ["赵国强"]),
    # ... beside the members of an office's team, who stay
    ("驻村工作队：队长王建华，队员李秀英、张国强。", [], ["王建华", "李秀英", "张国强"]),
    ("驻村工作队2025年生活补助公示：队员王建华、李秀英各1200元", [], ["王建华", "李秀英"]),
    ("县督查组成员王建华、李秀英到村督查", [], ["王建华", "李秀英"]),
    # the holders of an honour of private life, in the sentence or under the notice's heading
    ("经评选，王国庆、赵丽华被评为2025年度最美家庭。", ["王国庆", "赵丽华"], []),
    ("星级文明户评选结果公示：授予闫丽萍、卢冬梅“十星级文明户”称号，各奖励1200元。联系人：陶刚（县文明办）",
     ["闫丽萍", "卢冬梅"], ["陶刚"]),
    ("“最美婆媳”评选结果公示：获评人汤焕章、何瑞芳；村党支部书记武玉梅、村委会主任樊培林签字确认。",
     ["汤焕章", "何瑞芳"], ["武玉梅", "樊培林"]),
    ("美丽庭院示范户公示\n美丽庭院示范户：孔丽萍（城关镇）、顾永刚（河口镇）\n县妇联 2025年5月 联系人：邹淑芬",
     ["孔丽萍", "顾永刚"], ["邹淑芬"]),
    # ... while an honour for one's work stays public
    ("经评选，王国庆、赵丽华被评为2025年度优秀公务员。", [], ["王国庆", "赵丽华"]),
    ("决定授予林海燕、钱志强“优秀共产党员”称号。", [], ["林海燕", "钱志强"]),
    # a witness who vouches for a household
    ("垃圾分类示范户评选公示：张辉山户、鹿岩哲户；证明人宁静（邻居）\n评审专家：何妍、林淑珍；经办人窦珍桂",
     ["张辉山", "鹿岩哲", "宁静"], ["何妍", "林淑珍", "窦珍桂"]),
])
def test_who_a_public_notice_is_about_is_private_its_officials_stay(text, private, public):
    found = "".join(_found(text, public_names=OFFICIALS))
    assert all(p in found for p in private) and all(o not in found for o in public)


def test_a_witness_label_is_a_cue_for_a_name_that_is_a_word():
    assert "宁静" not in _deidentified("证明人宁静（邻居）")
    assert "人民法院" in _deidentified("此证明人民法院已收到")


@pytest.mark.parametrize("text, private, public", [
    ("拟录用张建华、李秀英为县财政局一级科员。", ["张建华", "李秀英"], []),       # candidates, in no post yet
    ("2025年考试录用公务员拟录用人员名单公示：张建华（县财政局一级科员）、李秀英。联系人：县人社局王国强",
     ["张建华", "李秀英"], ["王国强"]),
    ("拟任王建国为县水利局局长。", [], ["王建国"]),                                # an official's appointment stays
])
def test_a_notice_s_candidates_for_hire_are_private_its_appointees_are_not(text, private, public):
    found = "".join(_found(text, public_names=OFFICIALS))
    assert all(p in found for p in private) and all(o not in found for o in public)


# Round 16, name boundaries: a label a roster or a log writes right before a name (a day, a date,
# a shift, a role ending in a surname character) is no part of the name, and a name of three
# whose given name ends in 家 after a word that names one person is read whole.
@pytest.mark.parametrize("text, whole, kept", [
    ("桶边值守排班：周一陈秀英、周三瞿建国、周五叶毅福（替何某（女））", "周三〔姓名〕、周五〔姓名〕", ["周一〔姓名〕"]),
    ("桶边值守排班：周一张秀英、周三赵新海、周五周秀英", "周一〔姓名〕、周三〔姓名〕、周五〔姓名〕", []),
    ("货车侧翻散落西瓜，驾驶员周建（72岁）轻伤，押车杨德兵未受伤", "押车〔姓名〕未受伤", []),
    ("值班表：早班高洁，晚班孟飞", "早班〔姓名〕", ["晚班〔姓名〕"]),
    ("经调解，雇主任静当场认可处理意见", "雇主〔姓名〕当场", []),
    ("失主张秀英当场认可处理意见", "失主〔姓名〕当场", []),
    ("考生〔姓名〕身份证过期，其父高博家在场外等候，程序合规", "其父〔姓名〕在场外等候", []),
    ("献血者王忠家与患者系表兄弟，不予直免", "献血者〔姓名〕与患者", []),
    ("倾倒人王睿家承诺3日内清运", "倾倒人〔姓名〕承诺", []),
    ("阎志国家中被盗，已报警", "〔姓名〕家中被盗", []),
])
def test_name_boundaries_after_labels_and_before_jia(text, whole, kept):
    out = _deidentified(text)
    assert whole in out
    assert all(k in out for k in kept)


@pytest.mark.parametrize("text", [
    "通知：周末加班停水", "通知：1号楼停水", "备注：3月5日起申报",
    "刘伟于2018年11月03日申报，材料齐全", "电费由国网张家口供电公司结算", "每周一张表，按时上交",
    "王芳家因病致贫，纳入监测。", "户主王伟家中有3口人", "排班说明：周一金价上涨，请各组知悉",
])
def test_labels_and_jia_alter_no_look_alike(text):
    out = _deidentified(text)
    for w in ("周末加班", "1号楼", "3月5日起申报", "申报", "张家口", "一张表", "家因病致贫", "家中有3口人",
              "金价上涨"):
        if w in text:
            assert w in out, (w, out)
# Words of nature and farming that begin with a surname character (sixteenth round: domain_words.tsv,
# kind nature): crops, trees, beasts, birds, fish, pests, diseases and farm inputs stay in the
# remarks of farm, forestry, wildlife and veterinary offices; the farmers beside them still go.
@pytest.mark.parametrize("text, kept, names", [
    ("野生动物致害补偿：黄羽肉鸡损毁常梅龙家玉米2亩，核定补偿8100元。", "黄羽肉鸡", ["常梅龙"]),
    ("接群众潘琳报告，在村后林地发现受伤黄鲈一只，已移交救护中心，交接人谭雨海。", "黄鲈", ["潘琳", "谭雨海"]),
    ("病虫测报：松毛虫，田东秋田块，百株虫量86头，调查人康芳", "松毛虫", ["田东秋", "康芳"]),
    ("良种补贴：付兴兰，柏树，6.3亩，补贴6900元", "柏树", ["付兴兰"]),
    ("白粉虱，安兴英，5亩，中度发生", "白粉虱", ["安兴英"]),
    ("施秋菊家栗子遭野猪拱食约3亩，经林业站潘一秋现场核实。", "栗子", ["施秋菊"]),
    ("捕捞日志：银鲳，280公斤，船主乔海", "银鲳", ["乔海"]),
    ("蓝歌鸲，巡护员记录3只，报告人魏长青。", "蓝歌鸲", ["魏长青"]),
])
def test_words_of_nature_and_farming_stay(text, kept, names):
    out = _deidentified(text)
    assert kept in out and not any(n in out for n in names), out


@pytest.mark.parametrize("text, name", [
    ("群众马兰琪报告发现受伤白鹭一只。", "马兰琪"),     # a name that a plant's name begins
    ("杜英兰家玉米遭野猪拱食约3亩。", "杜英兰"),
    ("联系人黄鹂，电话13912345678", "黄鹂"),           # a bird's name after a strong cue
    ("由村民松鼠代为签字领取。", "松鼠"),
    ("良种补贴：〔姓名〕、马兰、〔姓名〕", "马兰"),       # name-like plants are left out of the list
])
def test_persons_named_like_words_of_nature_are_still_found(text, name):
    assert name not in _deidentified(text)


def test_nature_words_are_marked_in_domain_words():
    from gongkai.deid._names import DOMAIN_WORDS, NATURE_WORDS
    assert len(NATURE_WORDS) >= 1000 and NATURE_WORDS <= set(DOMAIN_WORDS)
    assert {"黄牛", "马鹿", "白鹭", "马铃薯", "金针菇", "黄粉虫", "白粉病", "龙眼", "梅花鹿", "石斑鱼", "田鼠"} <= NATURE_WORDS
    assert not {"马兰", "杜鹃", "戴胜", "丁香", "白杨", "柳杉"} & NATURE_WORDS   # as often a person's name
# Sixteenth round: minority names in the written forms of the west's rolls, second pass.
@pytest.mark.parametrize("text, parts", [
    ("亚森 · 托合提被评为优秀护边员", ["亚森", "托合提"]),             # a dot typed between spaces
    ("以下人员享受高龄津贴：努尔妮萨· 库尔班（85岁）", ["努尔妮萨", "库尔班"]),
    ("学生吾布力 · 居马，高二（5）班", ["吾布力", "居马"]),
    ("热依木·阿不都外力同志任村委会委员", ["热依木", "外力"]),        # 阿不都: its 都 is a letter
    ("苏比努尔·阿不都外力已领取耕地地力保护补贴", ["苏比努尔", "外力"]),
    ("努尔兰·马那提申请创业贷款5万元", ["努尔兰", "那提"]),          # 那 between letters
    ("加娜尔・阿勒泰别克已领取耕地地力保护补贴", ["加娜尔", "别克"]),
    ("迪力夏提‧铁木尔家庭年收入低于标准", ["迪力夏提", "铁木尔"]),
    ("贾巴·布哈家的羊被狼咬死12只", ["贾巴", "布哈"]),                # a Yi clan and given name
    ("立立·木果户迁坟补偿款6000元", ["立立", "木果"]),
    ("买买提江阿不力米提来电反映低保金未到账", ["买买提江", "阿不力米提"]),   # no dot
    ("苏比努尔伊斯拉木在县医院分娩", ["苏比努尔", "伊斯拉木"]),
    ("亚库甫残疾证已办理，肢体二级", ["亚库甫"]),                      # one name, what a person has
    ("顿珠被评为优秀护边员", ["顿珠"]),
    ("克其拉体家的羊被狼咬死12只", ["克其拉体"]),
    ("阿皮尔体的养老金由其子代领", ["阿皮尔体"]),
    ("学生亚库甫，高二（5）班，享受国家助学金", ["亚库甫"]),           # a cue, then the field's end
    ("医保报销：尼加提，住院费用8600元", ["尼加提"]),                 # a roster's label
    ("献血登记：顿珠 血型A 400ml", ["顿珠"]),
    ("草原生态补奖：嘉央，草场860亩", ["嘉央"]),
    ("献血登记：岩相 血型A 400ml", ["岩相"]),                          # a Dai name as a field
    ("岩庄坎，城乡居民医保已参保", ["岩庄坎"]),
    ("志玛在县医院分娩，新生儿已上户", ["志玛"]),                      # elements of the lists
    ("石一伍哈参加厨师技能培训", ["石一伍哈"]),
    ("扎戈、娜妥两户申请宅基地", ["扎戈", "娜妥"]),
])
def test_minority_names_in_rolls_are_removed_whole(text, parts):
    out = _deidentified(text)
    assert all(p not in out for p in parts), out


@pytest.mark.parametrize("text", [
    "从根河调入，接续社保关系",                   # a preposition before a county
    "从正蓝旗调入，接续社保关系",
    "本周赴巴音布鲁克开展入户走访",               # a grassland the lexicon lacks
    "本周赴纳木错开展入户走访",                   # a lake holds the 'name'
    "户籍迁往鄂伦春，停发补贴",                   # a banner named after its people
    "开展土尔扈特文化调查，走访30户",
    "村里卫拉特群众比例较高",
    "在图道多吉务工，",
    "慰问品：馕两份，每户一份",
    "户籍迁往：喀什，停发补贴",
    "喀什被评为优秀旅游城市",
    "中国 · 青岛",
    "吐尔逊·买买提都在县城打工",
])
def test_minority_regions_look_alikes_stay(text):
    out = _deidentified(text)
    if text == "吐尔逊·买买提都在县城打工":
        assert out.endswith("都在县城打工")
    else:
        assert out == text, out


# Round 17: the people a public notice is about, in its lists and tables (private), beside the
# officials who sign, check or answer for it (public where officials' names are).
@pytest.mark.parametrize("text, privates, officials", [
    ("现将拟享受对象公示如下：杨杰（马家河泵站）、张梓豪（高位水池）、李可馨（梁家沟泵站）。联系人：王玉芬。",
     ["杨杰", "张梓豪", "李可馨"], ["王玉芬"]),                   # a note names a station, not an office
    ("拟减免对象名单如下：\n1.覃翠萍（县人民医院）188.56\n2.赵诗琪（中医院）450\n审核人：董长林",
     ["覃翠萍", "赵诗琪"], ["董长林"]),
    ("高龄津贴公示\n一、拟享受对象：孔勇、许浩然\n二、不予通过：丁庆丰（中医院）\n三、监督电话：6612345（焦丽娟）",
     ["孔勇", "许浩然", "丁庆丰"], ["焦丽娟"]),                   # those turned down too
    ("拟享受对象：张建华（村委会主任）、李桂芝（三组）、王福贵（司法所）",
     ["李桂芝", "王福贵"], ["张建华"]),                           # a post in brackets stays
    ("序号|姓名|村组|金额\n1|刘德华|吴家岭村|3250\n2|常青|王家屯村|188.56\n经办人：段玉梅  复核人：徐沐阳",
     ["刘德华", "常青"], ["段玉梅", "徐沐阳"]),                   # a name column's cell, a word or not
    ("邻居郝桂兰证明魏建华长期患病。", ["郝桂兰", "魏建华"], []),   # 长期 is no post
    ("如有异议，请于公示期内向村务监督委员会姚宏伟反映。", [], ["姚宏伟"]),
])
def test_a_notices_objects_go_and_its_officials_stay(text, privates, officials):
    found = "".join(_found(text, public_names=OFFICIALS))
    assert all(p in found for p in privates), found
    assert all(o not in found for o in officials), found


# Round 22 (helper nt22): notices of more kinds. Those admitted to the Party (发展对象, 积极分子,
# 转为正式党员) are private, 同志 after their names notwithstanding; the traders, workers and parties of a
# register, an inspection or a dispute stay private in a commendation; an office's contact before its
# phone, a police brigade's officer and the contact of an appeal for information stay public.
@pytest.mark.parametrize("text, privates, officials", [
    ("关于确定陆贵等同志为发展对象的公示\n经支部委员会研究，拟确定陆贵、倪德梅、韩珍为发展对象。联系人：夏涛。",
     ["陆贵", "倪德梅", "韩珍"], ["夏涛"]),
    ("经党员大会讨论，同意赵明华同志按期转为中共正式党员。支部书记：王建国",
     ["赵明华"], ["王建国"]),
    ("拟将刘海、陈兰列为入党积极分子。", ["刘海", "陈兰"], []),
    ("开锁从业人员备案拟表彰名单公示：吴奕辰、付强（开车门前核验行驶证）。联系人何方；审批人周引弟。",
     ["吴奕辰", "付强"], ["何方", "周引弟"]),
    ("培训机构退费纠纷处理结果拟表彰名单公示：汪超、江学林（已取得办学许可证）。审批人李海轩。",
     ["汪超", "江学林"], ["李海轩"]),
    ("假种子受损农户补偿拟表彰名单公示：韩淑勇、冷欣飞。联系人冯军；审批人汪淑珍。",
     ["韩淑勇", "冷欣飞"], ["冯军", "汪淑珍"]),
    ("家庭经济困难学生资助名单公示\n颜慧华 初二（3）班 一档 860元\n范浩亮 初一（1）班 二档 780元\n"
     "学校资助中心：唐立超，电话0309-8744582", ["颜慧华", "范浩亮"], ["唐立超"]),
    ("经审核，邵斌文、唐国琳等2名同学符合国家助学金条件。班主任：戚杰慧，学生资助管理办公室：戚娟",
     ["邵斌文", "唐国琳"], ["戚杰慧", "戚娟"]),
    ("无名尸体认领公告：请知情者与清水县公安局刑侦大队桂刚联系。报案人霍豪。", ["霍豪"], ["桂刚"]),
])
def test_notices_of_more_kinds_name_their_persons_and_officials(text, privates, officials):
    found = "".join(_found(text, public_names=OFFICIALS))
    assert all(p in found for p in privates), found
    assert all(o not in found for o in officials), found


@pytest.mark.parametrize("text", [
    "王建国同志为村党支部书记。",                                   # 同志 before a post: an official
    "李强同志任县委常委，分管组织工作。",
    "优秀共产党员拟表彰名单公示：王立新（县财政局）、赵春梅（县税务局）。",   # a commendation for public work
])
def test_officials_named_with_tongzhi_or_honoured_stay(text):
    assert _found(text, public_names=OFFICIALS) == []


@pytest.mark.parametrize("text", [
    "评议小组名单如下：周德明（组长）、吴秀兰（村委会主任）、郑国庆。",      # an office's own lists
    "拟选派驻村第一书记名单如下：陈志刚（县农业农村局）、刘海燕（县发改委）。",
    "拟任职干部公示如下：张建国，男，1975年生，现任县财政局副局长，拟任县审计局局长。",
    "优秀公务员拟表彰名单如下：王立新（县财政局）、赵春梅（县税务局）。",
])
def test_an_offices_own_lists_in_a_notice_stay(text):
    assert _found(text, public_names=OFFICIALS) == []


@pytest.mark.parametrize("text", ["序号|姓名|金额\n1|合计|3250\n2|小计|188", "村组|户主\n王家屯村|同上"])
def test_a_name_columns_totals_stay(text):
    assert _found(text) == []


# Round 17 (helper en): Chinese names in English exports, in every romanisation and layout.
@pytest.mark.parametrize("text, parts", [
    ("Homestay check: guests PanJinghang and Wang Wei not registered.", ["PanJinghang"]),   # CamelCase joins
    ("Pupils: Wang Wei, YanGuoguo. Guardian works near Shenzhen.", ["YanGuoguo"]),
    ("Roster: AM MengLingQing; PM Wang Wei.", ["MengLingQing"]),
    ("Forest rights: dispute between Wang Wei and I-chen CHOU over a slope.", ["I-chen", "CHOU"]),
    ("Complaint: rider I-chen TENG (tel 161****9547) left the parcel.", ["I-chen", "TENG"]),
    ("Visit to P'an Ming-kang at Renmin Road.", ["P'an", "Ming-kang"]),   # Wade-Giles aspirates
    ("Visit to Wen-an CH'IU at Renmin Road.", ["Wen-an", "CH'IU"]),
    ("Visit to K'ung Tzu-lung at Renmin Road.", ["K'ung", "Tzu-lung"]),
    ("Pupils: Wang Wei, Jacky HAO. Guardian works near Tongji Hospital.", ["Jacky", "HAO"]),
    ("Visit to Ella Wu at Renmin Road.", ["Ella"]),
    ("Payee: Zoe Phua Kuan Thiam; bank: Haier.", ["Phua", "Thiam"]),      # Hokkien of Singapore
    ("Leo Phua Soon Seng called on Monday.", ["Phua", "Seng"]),
    ("Roster May: AM Kevin Tan Hwee Eng; PM Wang Wei.", ["Kevin", "Hwee"]),
    ("Pupils: Qiushan YANG, Lau Tsz Man. Guardian works near Xiehe Hospital.", ["Qiushan", "Lau Tsz"]),
    ("Pupils: R.Q. DAI, Chu Suk-ming.", ["DAI", "Suk-ming"]),
    ("APPLICANT: CHU MING-KEUNG   DISTRICT: TIANHE DISTRICT   HANDLED: MS ZHU", ["CHU", "MING-KEUNG"]),
    ("Applicant: Nancy Wang   District: Jinan   Handled: Ms Zhu", ["Nancy", "Wang"]),
    ("Elderly Eddie Luk Sze-kit, 79, lives alone near Huashan Hospital.", ["Eddie", "Sze-kit"]),
])
def test_romanised_chinese_names_in_english_exports_are_removed(text, parts):
    out = _deidentified(text)
    assert all(p not in out for p in parts), out


@pytest.mark.parametrize("text", [
    "Signed for on 3 Jan; parcel from Master Kong, Jinan.",            # a brand, then a city
    "Checks by Uncle Ho every Monday; handled by Officer Deng.",       # a title and a surname
    "HANDLED: UNCLE HO",
    "Tenant of Jalan Besar owes 3 months; parcel near Ang Mo Kio.",    # Singapore's places
    "Voucher from Eu Yan Sang and Bee Cheng Hiang refunded.",          # Singapore's shops
    "Relatives from ShiJiaZhuang and ZhangJiaJie visited.",            # CamelCase places
    "Ordered on XiaoHongShu; paid with WangLaoJi coupons.",
    "Visit after the Mid-Autumn Festival, not on Sunday; near Haidian District.",
])
def test_romanised_look_alikes_in_english_exports_stay(text):
    out = _deidentified(text)
    assert out == text, out
@pytest.mark.parametrize("text", [
    "养殖险：饲养黄牛43头，6月2日因连阴雨死亡6头，已做无害化处理。",   # weather and disasters
    "因雷暴死亡3头",
    "两位蓝骑士投诉站长克扣费用，涉及钱款3750元。",                   # couriers and payments
    "通知到京东快递网点领取赔偿；黄马甲骑手另案处理。",
    "要求龙邦速递道歉",
    "余额宝，已到账",
    "民族：满族；文化程度：初中",                                     # the 56 peoples, festivals
    "苗族群众反映饮水困难",
    "金达莱节期间返乡人员较多",
    "回访：对包心菜赔付满意，答复待定。",                             # dishes and vegetables
    "午餐红烧肉 由康乐老年餐桌配送",
    "既往艾迪生病，带药12天。",                                       # illnesses
    "关于花洒的投诉，已回复。",                                       # household goods
    "例会：席梦思进度通报。",
    "高压锅，已处理",
    "公交车，已处理",                                                 # vehicles
])
def test_words_of_daily_life_that_begin_with_a_surname_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("户主彭志强，妻罗秀英，回族；家住吴忠。", "彭志强"),             # the people stays, the persons go
    ("联系人：金达莱，电话138****1234", "金达莱"),                     # a cue: a Korean woman's name
    ("包山（75岁）申请临时救助", "包山"),                             # where only a person stands
    ("经办人高温柔已签字", "高温柔"),                                 # a word and a given name go on
    ("投诉人包心，电话138****1234", "包心"),
])
def test_words_of_daily_life_yield_to_names(text, name):
    out = _deidentified(text)
    assert name not in out, out
    if "回族" in text:
        assert "回族" in out, out
# Seventeenth round: a people's name beside an item of a row marks it a person (names of no Han
# surname, patronymic chains, the peoples' own surnames), and the people itself is never a name.
@pytest.mark.parametrize("text, names", [
    ("维吾尔族：买买提；苗族：玉庄；傣族：岩香。", ["玉庄", "岩香"]),
    ("密永强（傈僳族，21岁）、海波（回族，66岁）系邻居。", ["密永强", "海波"]),
    ("那薇|满族|620***********2395|文山|低保二类", ["那薇"]),
    ("更正：系统中“刘**”应为木拉提巴合提亚尔（哈萨克族），姓名分隔符按身份证书写。", ["木拉提巴合提亚尔"]),
    ("岩庄630***********0430；达吾列提巴合提亚尔2****************2；", ["岩庄", "达吾列提巴合提亚尔"]),
    ("经核实，普阿七系傈僳族，户籍在那曲。", ["普阿七"]),
    ("维吾尔族沙吾提图尔贡，男，65岁。", ["沙吾提图尔贡"]),
    ("民族：拉祜族；姓名：密四妹；身份证号：653***********12X", ["密四妹"]),
    ("加米拉·叶斯博拉提|哈萨克族|653***********12X|甘孜", ["叶斯博拉提"]),
    ("傣族，岩帕，630***********0430，富宁", ["岩帕"]),
])
def test_names_beside_their_people(text, names):
    out = _deidentified(text)
    assert all(n not in out for n in names), out


@pytest.mark.parametrize("text, kept", [
    ("海波（回族，66岁）、马丽（满族）系夫妻。", ["回族", "满族"]),
    ("姓名：王建国  民族：回族  住址：门源  电话：13899871234", ["门源", "回族"]),
    ("户主王明；包头人；金达莱期间返乡。", ["金达莱"]),
    ("扎西，藏族，夏河县人，曾经在乌兰察布市打工", ["藏族", "夏河县"]),
    ("马丽，回族，吴忠，在建设路经营清真油香摊", ["吴忠"]),
    ("苗族/王芳/马奶酒/沈从文故居", ["苗族", "马奶酒"]),
    ("哈萨克族巴合达古丽．哈力木，男，27岁", ["哈萨克族"]),
    ("傣族群众参加泼水节，苗族刺绣、彝族火把节入选名录。", ["傣族群众", "苗族刺绣", "彝族火把节"]),
])
def test_peoples_places_and_feasts_beside_names_stay(text, kept):
    out = _deidentified(text)
    assert all(k in out for k in kept), out


# A form's label or a small table's header declares what its value IS (name_labels.tsv's second part,
# names._field_values): after a place's, a firm's or a thing's label no name; after a person's label a
# name even when it is an ordinary word; a table's header decides its column in the rows below.
@pytest.mark.parametrize("text", [
    "权利人：〔姓名〕；林地位置：何家坳；面积：36亩；树种：杨树",
    "林地位置：杜鹃林；面积：6亩",
    "姓名：〔姓名〕  民族：纳西族  住址：玉溪  电话：〔电话〕",
    "户籍地：甘孜，迁入地：昌吉",
    "〔姓名〕系夫妻，家住石林，节后来办手续。",
    "小地名：宋家坪；树种：马尾松",
    "品种：金皇后；作物：高粱",
    "单位：白云宾馆",
    "户主：本人；联系人：同上",
    "联系人：牛专干",
    "申请人：申请",
    "Address: He Tian; Village: Ma Jiawan",
    "序号|户主|村组|金额\n1|〔姓名〕|石林|300",
])
def test_field_labels_declare_places_and_things(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("权利人：但秋月；林地位置：牛角冲；面积：31亩", "但秋月"),
    ("户主：常青；住址：和田", "常青"),
    ("承包方代表：高峰，面积12亩", "高峰"),
    ("【收件人】白云；【备注】无", "白云"),
    ("序号|姓名|村组|金额\n1|〔姓名〕|吴家岭村|3250\n3|常青|王家屯村|188.56", "常青"),
    ("户主\t村组\t面积\n杨梅\t石林\t12亩", "杨梅"),
    ("序号 领取人 片区 金额\n1 甘露 景泰 1200", "甘露"),
    ("洪家大院|鲜艳|13812345678|37间|黄山|已发证", "鲜艳"),
    ("事发地点：王建国家门口", "王建国"),
])
def test_field_labels_declare_persons(text, name):
    out = _deidentified(text)
    assert name not in out, out


# --- round 17 (helper rl): role nouns right before a name; surname (single or compound) + title ---

@pytest.mark.parametrize("text, name", [
    ("骑手柏长贵电动车在路口与行人相撞，双方协商解决。", "柏长贵"),   # a role, a name, the rider's vehicle
    ("送餐员楼若曦4.4未按时送达", "楼若曦"),                          # 楼 after a role, no place's end
    ("查勘员周海涛拍照取证，损失率按20%计。", "周海涛"),
    ("经查，出纳屈超多次未按规定报账。", "屈超"),                      # 出纳 holds 纳, the name follows
    ("车主屈超收取现金300元未开收据。", "屈超"),                      # the name ends before 收取
    ("经查，当事人万里多次未按规定佩戴头盔。", "万里"),                # 多次 is no letters of the name
    ("住客闻人玉珍未到场，由家属代签。", "闻人玉珍"),                  # a compound surname before 玉珍
    ("骑手包容留下电话后失联", "包容"),
])
def test_a_role_noun_right_before_a_name(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "2025年9月27日：有人砍伐桂花树20株，无采伐证，万俟阿姨制止。",
    "老板欧阳老板评价还行。", "处理：已联系站点司马师傅。", "两位骑手投诉站长老欧阳克扣费用。",
    "无采伐证，小端木制止。", "东郭大姐已到场。", "轩辕嫂子制止。", "拓跋姐说明天再来。",
    "骑手师傅说明天再来。", "送餐员张师傅负责该片区。", "李阿姨请假一天。",
])
def test_a_surname_single_or_compound_with_a_title_or_prefix_is_no_name(text):
    assert _found(text) == []


def test_a_role_cue_does_not_run_a_name_into_an_adverb():
    assert _found("骑手张伟另案处理。") == ["张伟"]


# The fast path of _org_follows (names._org_may_follow, round 17 speed): a precheck derived from the
# sets and patterns _org_follows reads; it must never change what _org_follows answers.
def test_org_follows_precheck_agrees_with_the_full_check_on_the_lists_members(monkeypatch):
    from gongkai.deid import names
    from gongkai.deid._names import HEAD_WORDS, ORG_WORDS, VERB_TRADES

    assert names._ORG_FOLLOWS_OPENERS is not None          # (the precheck is on)
    chars = [chr(x) for x in (*range(0x20, 0x7f), *range(0x2010, 0x2028), *range(0x3000, 0x3040),
                              *range(0xff01, 0xff66))]
    members = sorted(set(names._ORG_WORDS) | set(ORG_WORDS) | set(HEAD_WORDS) | set(VERB_TRADES)
                     | set(names._PERSON_PREDICATES) | set(names._UNIT_AFTER_ONE)
                     | set(names._PLACE_ENDS) | set(names._GEO_ENDS) | set(names._THING_AFTER_FIRST)
                     | set(names._EPONYM_FIRST) | set(names._ISSUER_BRACKETS)
                     | {"", "3组", "（2026）7号", "〔2026〕7号", "[2025]3号", "-威利综合征", "有限公司",
                        "一带", "高一（3）班", "牌电饭煲", "队、", "错湖畔", "族自治县", "斯基", "节前", "家园"})
    texts = [(f"联系人王伟{c}{m}，电话", 8) for c in chars for m in members] \
        + [(f"联系人王伟{m}，电话", 8) for m in members]
    fast = [names._org_follows(t, e) for t, e in texts] + [names._org_follows(t, e, given_read=True) for t, e in texts]
    monkeypatch.setattr(names, "_org_may_follow", lambda t, end: True)
    full = [names._org_follows(t, e) for t, e in texts] + [names._org_follows(t, e, given_read=True) for t, e in texts]
    assert fast == full
    assert any(full)                                       # (the texts reach the rules that fire)


def test_org_follows_openers_of_a_pattern():
    from gongkai.deid.names import _non_cjk_openers
    assert _non_cjk_openers(re.compile("[0-9一二]{1,2}组")) == frozenset("0123456789")
    assert _non_cjk_openers(re.compile("(?:街道|社区)")) == frozenset()
    assert _non_cjk_openers(re.compile("[（(]?[0-9]班")) == frozenset("（(0123456789")
    for pattern in (".组", "[^组]", r"\s组", "组?", "(?i:a)", "(?i)a", "(?:a|b?)"):
        assert _non_cjk_openers(re.compile(pattern)) is None


# Round 18 (tl): a clerk's act the lexicon tags as a noun (办理, 核实, 联系, 挂号...) after a name,
# with an institution a few characters on, read the name as an office's (严明 + 办理门诊…);
# the errand run for one's kin (代其父, 替其母) after a name is a person's.
@pytest.mark.parametrize("text, name", [
    ("窗口：林翠花代其父严明办理门诊慢特病备案，单据不全。", "严明"),
    ("今日邵志刚陪同其子毕春生核实卫生院票据，已登记。", "毕春生"),
    ("低保户鲁秀英之妻殷桂兰联系社区医院，由社区跟进。", "殷桂兰"),
    ("其女谭国栋续保医保中心，材料已收。", "谭国栋"),
    ("代办人王芳，习春兰挂号门诊内科时未带身份证。", "习春兰"),
    ("和水生代其父柳阳办理门诊慢特病备案。", "和水生"),
    ("伍秋菊替其母乔保国申报医保中心报销。", "伍秋菊"),
])
def test_name_before_an_errand_act_tagged_as_a_noun(text, name):
    assert name not in redact_names(text)


@pytest.mark.parametrize("text, word", [
    ("请到金山办证大厅取件。", "办证大厅"),
    ("提醒：周末办理门诊慢特病备案需提前预约。", "周末"),
    ("通知：文明核实社区走访记录请带齐材料。", "文明"),
    ("通知：安全报警派出所处理请带齐材料。", "安全"),
])
def test_errand_acts_leave_desks_and_notice_words(text, word):
    assert word in redact_names(text)


# Eighteenth round (ta): words of the field that begin with a surname character (domain_words.tsv,
# kinds nature and life): a wild animal's colloquial name, a fruit tree, a building material, a
# stall's dessert are no person; the persons beside them still go.
def test_field_words_beginning_with_a_surname_are_no_names():
    from gongkai.deid.names import find_names

    for text, word, name in (
            ("村民张建军上山时被熊瞎子抓伤左臂，送镇卫生院。", "熊瞎子", "张建军"),
            ("损失登记：刘玉兰，李子树约2亩，申请补偿。", "李子树", "刘玉兰"),
            ("巡查发现周国庆家门口堆放毛石，已责令清理。", "毛石", "周国庆"),
            ("流动摊贩：陈丽娟，经营杨枝甘露，营业至23:00。", "杨枝甘露", "陈丽娟")):
        found = [text[h.start:h.end] for h in find_names(text)]
        assert name in found, (text, found)
        assert not any(word in f or f in word for f in found if f != name), (text, found)


# --- honours in a public notice (round 18): a public body's commendation of public or professional
# merit names its holders (they stay); a prize or honour of a private kind does not, whatever honour
# words it holds: contests and exams, donors' rolls, students, draws, residents' rewards, thanks, a
# private body's own awards (names._PRIVATE_PRIZE_RE, names._prize_holder).
@pytest.mark.parametrize("text, names", [
    ("全县垃圾分类知识竞赛获奖名单公示\n一等奖：郭振国（石桥村）；曹梓轩（青山村）", ["郭振国", "曹梓轩"]),
    ("2025年全民健身马拉松比赛获奖名单：男子组冠军罗子墨；女子组冠军姜春梅。", ["罗子墨", "姜春梅"]),
    ("经研究，熊宏伟、秦振国等2人荣获广场舞大赛一等奖，特此公示。", ["熊宏伟", "秦振国"]),
    ("2025年度获奖名单\n一等奖 訾德胜 县供电公司\n二等奖 仝玉兰 城关镇卫生院", ["訾德胜", "仝玉兰"]),
    ("光荣榜：栾海涛 郦秀英 井丽华", ["栾海涛", "郦秀英", "井丽华"]),
    ("2025年慈善一日捐名单\n捐款人：黎海燕（县农业农村局）；邵建华（县水利局）。", ["黎海燕", "邵建华"]),
    ("2025年慈善一日捐名单。薛军（县供电公司）、毛桂香（县税务局）。", ["薛军", "毛桂香"]),
    ("重修村祠堂捐赠芳名录\n县融媒体中心：韩德明", ["韩德明"]),
    ("迎新春消费季抽奖活动中奖名单：一等奖汤金凤；二等奖唐宏伟。", ["汤金凤", "唐宏伟"]),
    ("县级优秀少先队员拟推荐名单公示：吕佳怡（县实验小学四年级）、贺志刚（东关小学五年级）", ["吕佳怡", "贺志刚"]),
    ("某某商贸有限公司关于表彰2025年度优秀员工的决定：秦德胜、汪永福被公司评为年度优秀员工。", ["秦德胜", "汪永福"]),
    ("孟志强（财务部）被评为超市服务之星；高秋菊（二分店）被评为超市服务之星。", ["孟志强", "高秋菊"]),
    ("感谢信：热心群众方德明拾金不昧，特此感谢。", ["方德明"]),
    ("城市宣传口号有奖征集评选结果：一等奖邹春燕。", ["邹春燕"]),
])
def test_prizes_of_a_private_kind_name_private_persons(text, names):
    found = _found(text, public_names=OFFICIALS)
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text, officials", [
    ("县委关于表彰优秀共产党员的决定\n序号\t姓名\t单位\n1\t刘静\t县人民法院\n2\t高磊\t县水利局", ["刘静", "高磊"]),
    ("县卫健委关于表彰优秀乡村医生的通报。戴磊（向阳村）、孙美玲（石桥村）。", ["戴磊", "孙美玲"]),
    ("县民政局关于表彰优秀社区工作者的决定\n优秀社区工作者：万海燕（长岭村）；任晓东（向阳村）。", ["万海燕", "任晓东"]),
    ("县总工会关于表彰2025年度劳动模范的决定\n一、劳动模范 訾德胜 县供电公司", ["訾德胜"]),
    ("县人民政府关于表彰关爱留守儿童工作先进个人的决定：郑美玲（县民政局）。", ["郑美玲"]),
    # the contact of a notice of a private kind of prize stays (a label of its staff, a post)
    ("2025年慈善一日捐名单\n捐款人：黎海燕（县农业农村局）\n联系人：陶刚（县文明办）", ["陶刚"]),
])
def test_a_public_bodys_commendation_names_its_holders_and_a_prize_notice_its_staff(text, officials):
    found = _found(text, public_names=OFFICIALS)
    assert all(o not in found for o in officials), found


# Eighteenth round: the working vocabulary of a county's departments (domain_words.tsv, kind life,
# the block "Eighteenth round"): the word stays, the persons beside it go.
@pytest.mark.parametrize("text", [
    "单招已办结，申请人满意",                                         # education
    "居士，已登记",                                                   # religious affairs
    "盘查，拒不配合，已留存照片",                                     # police
    "寻亲，已登记",                                                   # civil affairs
    "涉及法援，当事人已签收告知书",                                   # justice
    "国库，已登记",                                                   # finance
    "管道气，已登记",                                                 # housing
    "对高栏车有异议，已申请复核",                                     # transport
    "来电咨询管水员事宜，已答复",                                     # water
    "羊舍，已处理",                                                   # farming
    "门面房，已处理",                                                 # commerce
    "龙舟赛后，古墓葬巡查已办结",                                     # culture and tourism
    "充装，已处理",                                                   # emergencies
    "保质期，已处理",                                                 # market supervision
    "税控盘，已处理",                                                 # tax
    "涉及唐氏儿，已转残联",                                           # disabled persons
])
def test_words_of_a_countys_departments_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, names", [
    ("单招已办结，申请人钱永刚满意", ["钱永刚"]),
    ("门面房，许淑珍拒不配合，已留存照片", ["许淑珍"]),
    ("邱磊来电咨询管水员事宜，已答复", ["邱磊"]),
    ("唐氏儿由邵永刚负责，崔丽配合", ["邵永刚", "崔丽"]),
    ("联系人：边民，电话另附", ["边民"]),                             # a cue: a person wins
    ("单招（女，38岁），本村人", ["单招"]),                           # where only a person stands
])
def test_words_of_a_countys_departments_yield_to_names(text, names):
    out = _deidentified(text)
    for name in names:
        assert name not in out, out


# Round 18 (mn): minority names by their row's context — a partner after a people's bracket
# (X（傣族，34岁）与Y共同经营), a name before a resident ID or a phone in a review's row, a row's
# sex between the name and its people, a Manchu clan before a Han given name, a form's field
# whose name the cue readings cut short.
@pytest.mark.parametrize("text, name", [
    ("王芳（傣族，34岁）与依温共同经营包尔萨克摊位，电话13899871234。", "依温"),
    ("李明（彝族，79岁）与其妻申在元共同经营踩堂舞作坊。", "在元"),
    ("张伟（满族，69岁）和马者约共同承包明东村鱼塘10亩。", "马者约"),
    ("王建国（藏族）与岩罕胆、卓嘎三人共同出资经营竹筒饭加工点。", "卓嘎"),
    ("刘强（哈萨克族）与吐拉洪•艾克热木合伙开办和田大枣店。", "艾克热木"),
    ("2025-12-05 低保复核（巴扎片区）：海萨 522301********5987；字金花 5301**********8925；郭会计经办。", "海萨"),
    ("2025-12-05 低保复核（巴扎片区）：海萨 522301********5987；字金花 5301**********8925；郭会计经办。", "金花"),
    ("特困复核：美合日班•亚森 13899871234；李批然 139****5521；王芳经办。", "美"),
    ("特困复核：美合日班•亚森 13899871234；李批然 139****5521；王芳经办。", "批然"),
    ("1、王建国，女，傣族，团结村人；2、密晓燕，男，纳西族，石头寨人。", "密晓燕"),
    ("户主：叶赫那拉毓贤；配偶：李红；民族：满族", "毓贤"),
    ("临时救助名单：章佳·宝林 5301**********8925；索绰罗荣庆 653***********12X", "宝林"),
    ("姓名：王芳；民族：白族；身份证：5331031941****0417；监护人：爱新觉罗・文芳；特长：马头琴", "文芳"),
    ("联系人：塔依尔祖农；电话：13899871234；民族：维吾尔族", "祖农"),
])
def test_minority_names_by_their_rows_context(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ("张伟（回族，45岁）与本村村民共同经营辣白菜。", "本村村民"),
    ("张伟（回族，45岁）与当地企业、专业合作社共同承包鱼塘。", "专业合作社"),
    ("张伟（回族，45岁）同其他农户一起到昆明务工。", "其他农户"),
    ("身份证 5301**********8925；原号码 139****5521；户号 5301**********8925", "原号码"),
    ("身份证 5301**********8925；原号码 139****5521；户号 5301**********8925", "户号"),
    ("备注：孔雀舞、马头琴由邵阳统一安排。", "邵阳"),
    ("花山节文艺演出 参演人员名单：\n1. 依罕燕  女  傣族  曼飞龙村\n备注：由黄山统一组织。", "曼飞龙村"),
])
def test_minority_rows_leave_partners_labels_and_places(text, word):
    assert word in _deidentified(text)


# --- eighteenth round: a place after a word that introduces a person or a body (由邵阳统一安排) -------

@pytest.mark.parametrize("text, place", [
    ("备注：节目服装由邵阳统一安排。", "邵阳"),                    # 由 takes a body as readily as a person
    ("备注：毕摩经、哈达由唐山统一安排。", "唐山"),
    ("该批物资交给衡阳处理，经办人另定。", "衡阳"),                 # (处 of 处理 is no one's home)
    ("救助金由萧山发放，已公示。", "萧山"),                        # an office's act after 由
    ("委托邵阳代为发放，名单已公示。", "邵阳"),
    ("已通知靖边派人核实。", "靖边"),                              # a body's staff sent
    ("由五华负责接收安置。", "五华"),                              # 由 (a surname too) at the start
    ("由呼伦贝尔负责接收安置。", "呼伦贝尔"),                      # the place's whole name
    ("随迁人员：王刚，原籍五华，联系电话见附表。", "五华"),         # 原籍 + 五华, not 籍五华
    ("原籍鹿邑，现住本村三组。", "鹿邑"),
    ("已通知白石洲居委。", "白石洲"),                              # an urban village (neighbourhoods_cn.tsv)
    ("回访记录：地点曾厝垵。", "曾厝垵"),
])
def test_a_place_after_a_word_that_introduces_a_person_or_a_body_stays(text, place):
    assert place in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("备注：节目服装由张金华统一安排。", "张金华"),                # a whole name after 由 is a person's
    ("由王建国负责接收安置。", "王建国"),
    ("由李长春送达，已签收。", "李长春"),
    ("由金华签字确认。", "金华"),                                  # a person's act after the place's name
    ("通知龙江到场。", "龙江"),                                    # ... the one summoned (no body's word)
    ("委托黄梅代领。", "黄梅"),
    ("交给张江复核。", "张江"),                                    # a town that is as plausibly a name
])
def test_a_person_after_such_a_word_still_goes(text, name):
    assert name not in _deidentified(text)


def test_lexicon_read_without_importing_jieba_is_jiebas_dict():
    # (speed, round 18: the lexicon's text is read from jieba's folder; the same text as
    # importlib.resources gives, and jieba itself is not imported for it)
    from importlib import resources

    from gongkai.deid.names import _jieba_dict_text

    assert _jieba_dict_text() == resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")


# Round 19: the brands of every consumer trade (brands_marked.tsv) are kept only where the text says
# they are a brand there (names._marked_brand_at): a product or trade word after, quotes, a label, a
# trademark sign, a purchase with a count of goods. Elsewhere a person may bear the string.
@pytest.mark.parametrize("text", [
    "顾客反映伊芙丽专柜拒绝七天无理由退货",                           # a trade word after
    "顾客反映华硕手机充电发烫",                                       # goods after
    "惠农补贴：顾客购置沃得一台",                                     # a purchase with a count
    "品牌：拉夏贝尔；数量：20件",                                     # a brand's label
    "查获标有“巴斯夫”字样的包装袋200个",                              # quotes
    "店名：燕加隆，证照齐全",
    "普莱柯®产品抽检合格",                                            # a trademark sign
])
def test_marked_brands_stay_where_the_text_says_brand(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("伊芙丽拒绝七天无理由退货", "伊芙丽"),                            # no evidence: read as without the list
    ("华硕手机关机，无法联系", "华硕"),                                # a person's phone
    ("杜邦门面出租", "杜邦"),                                          # a person's shop front
    ("乐高健身时受伤", "乐高"),                                        # what a person does
    ("燕加隆汽车被刮，要求赔偿", "燕加隆"),                            # a person's car
    ("绰号“杜邦”的男子", "杜邦"),                                      # a nickname in quotes
    ("困难户：王秀英、沃得、李建国", "沃得"),
    ("经办人（伊芙丽）签字", "伊芙丽"),
])
def test_marked_brands_yield_without_evidence(text, name):
    assert name not in _deidentified(text)


# Round 19 (lx): jieba's dictionary as look-alikes (bench_names.py --jieba-lexicon): a name does not
# begin or end inside a longer word of the lexicon; a rare character counts for a given name only
# where the lexicon holds no word of it with this surname; a word before 先生 or 女士 is a name.
@pytest.mark.parametrize("text, word", [
    ("增加墨西哥内容", "墨西哥"),                                   # 墨西 + 哥: a place cut in two
    ("附件3：富兰克林明细", "富兰克林"),                            # 富兰克 + 林明
    ("群众反映文房四宝，已回复", "文房四宝"),
    ("附件3：暴跳如雷明细", "暴跳如雷"),
    ("做好安安稳稳宣传", "安安稳稳"),
    ("余烬已处理完毕", "余烬"),                                     # 烬 is rare, but the lexicon holds 余烬
    ("勾芡一项", "勾芡"),
    ("古谚等事项", "古谚"),
    ("请风水先生看", "风水先生"),                                   # the lexicon's word with the title
    ("好好先生", "好好先生"),
])
def test_a_dictionary_word_that_begins_with_a_surname_stays(text, word):
    assert word in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("导致工人党佳怡受伤", "党佳怡"),                               # 工人 + 党佳怡: a word ends before the surname
    ("高远先生表示满意", "高远"),                                   # a word addressed as a person
    ("文章女士来电", "文章"),
    ("万里先生表示满意", "万里"),
    ("经与文章本人核实，情况属实", "文章"),
    ("联系人：余烬", "余烬"),                                       # after a cue, as before
])
def test_a_name_that_equals_a_dictionary_word_still_goes(text, name):
    assert name not in _deidentified(text)


# Nineteenth round, ta: 约 the verb before an address form (改约李哥), a figure before 纪念展, a
# scrap station's name, and the vocabulary of shared bikes, scrap stations, sports clubs, exit-entry
# windows, county offices, lost property and eponymous diseases that begins with a surname character
# (domain_words.tsv, kind life).
@pytest.mark.parametrize("text, word", [
    ("3月19日 巡查：情况正常，郭某未到场，改约李哥。", "李哥"),
    ("今天没空，另约王姐明天上门。", "王姐"),
    ("备注：约好刘师傅下午复查。", "刘师傅"),
    ("情况正常，再约朱科长。", "朱科长"),
    ("收购白铁皮43公斤，单价2600元。", "白铁皮"),
    ("加急办理申根签证，理由：母亲病危。", "申根签证"),
    ("持公证委托书查阅父亲档案，史志办协助。", "史志办"),
    ("用户反映车锁扣损坏，已报修。", "车锁扣"),
    ("报称在地铁站遗失乐高积木，已登记。", "乐高积木"),
    ("来电称父亲帕金森病住院，车辆暂无法处理。", "帕金森病"),
    ("其妻库欣综合征卧床，家庭困难。", "库欣综合征"),
    ("称父亲阿尔茨海默病住院。", "阿尔茨海默病"),
    ("顺路去叶集看郎平纪念展。", "郎平"),
    ("检查金盛再生资源回收站：台账缺两笔记录。", "金盛"),
])
def test_field_vocabulary_and_addresses_after_yue_stay(text, word):
    assert word in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("申请人白钢，男，45岁，电话见附表。", "白钢"),     # after a cue a person named so wins
    ("其子石锁在外务工，由邻居代管。", "石锁"),
    ("其子车锁在外务工，由邻居代管。", "车锁"),
    ("经查白钢柱无违法记录。", "白钢柱"),             # (白钢 is left out of the lists for it)
    ("岩温（60岁）反映家中困难。", "岩温"),            # a Dai name stays a name
    ("郭某未到场，改约李红。", "李红"),               # 约 before a full name: the name goes
])
def test_such_a_word_as_a_persons_name_still_goes(text, name):
    assert name not in _deidentified(text)


# A reduplicated given name before a particle: the lexicon's 满满的 is no word the name ends inside.
@pytest.mark.parametrize("text, name", [
    ("据了解王满满的孩子在上学", "王满满"),
    ("王乐乐的母亲来电", "王乐乐"),
    ("走访时李甜甜们不在家", "李甜甜"),
])
def test_a_reduplicated_given_name_before_a_particle_still_goes(text, name):
    assert name not in redact_names(text)


# --- round 19: a qualification conferred, given names' last characters, names of keeping ---------

@pytest.mark.parametrize("text, names", [
    # a skill's grade or a licence conferred is no commendation: its notice names private persons
    ("二级社会体育指导员拟授予名单公示：郑文斌、陶美玲、欧阳国华（项目：健身气功）。公示单位负责人：潘志强，审核人：余红霞。",
     ["郑文斌", "陶美玲", "欧阳国华"]),
    ("经培训考核合格，拟授予邹海燕、郝俊杰中级焊工资格，现予公示。经办人：潘志强", ["邹海燕", "郝俊杰"]),
    ("拟批准严淑芬、谭德明为养老护理员，如有异议请联系潘志强（经办人）。", ["严淑芬", "谭德明"]),
    ("国家二级运动员技术等级审批公示：熊春梅、蒋思远。审批人：潘志强", ["熊春梅", "蒋思远"]),
])
def test_the_persons_a_qualification_is_conferred_on_are_private(text, names):
    found = _found(text, public_names=OFFICIALS)
    assert sorted(found) == sorted(names)           # (潘志强, 余红霞: the notice's staff stay)


@pytest.mark.parametrize("text, name", [
    ("县委关于授予韩建国同志“优秀共产党员”称号的决定。", "韩建国"),   # a public body's commendation
    ("县政府决定授予丁丽娟“全国技术能手”称号，予以表彰。", "丁丽娟"),
])
def test_a_commendation_of_merit_still_names_public_persons(text, name):
    assert name not in "".join(_found(text, public_names=OFFICIALS))


@pytest.mark.parametrize("text, name", [
    ("申请人：贺思懿，电话见附表。", "贺思懿"),
    ("殷振庭来电反映楼道灯坏了。", "殷振庭"),
    ("走访记录：龚若禹（独居）情况稳定。", "龚若禹"),
    ("投诉人邵雨柠称快递丢失。", "邵雨柠"),
    ("学员孟子颐科目二挂科。", "孟子颐"),
])
def test_a_given_name_that_ends_in_a_rarer_name_character_goes_whole(text, name):
    out = _deidentified(text)
    assert name not in out and "〔姓名〕" + name[-1] not in out     # (not 〔姓名〕懿)


@pytest.mark.parametrize("text, word", [
    ("对个人和家庭的补助 1,303,660.00", "家庭"),     # 和 + 家庭: the word, not a name
    ("李家庭院内堆放杂物，已劝导清理。", "庭院"),
    ("此案已于上周开庭审理。", "开庭"),
])
def test_words_with_those_characters_stay(text, word):
    assert word in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("柴拴住来窗口办理低保年审，材料齐全。", "柴拴住"),
    ("进山登记：葛锁住，电话见附表，事由祭扫。", "葛锁住"),
    ("学员鲁留住科目一已过。", "鲁留住"),
    ("废弃车辆车主分别为赵建国；常保住。", "常保住"),
])
def test_a_name_that_wishes_a_child_kept_goes(text, name):
    assert name not in _deidentified(text)
    assert name[1:] not in _deidentified(text)


@pytest.mark.parametrize("text, words", [
    ("请把牛拴住，防止踩踏庄稼。", "牛拴住"),        # the thing kept, then the verb
    ("院里的马拴住了没有？", "马拴住"),
])
def test_a_verb_of_keeping_after_a_thing_stays(text, words):
    assert words in _deidentified(text)


# Round 19 (oc): occupations, trades and posts that begin with a surname character (domain_words.tsv,
# kind job) are read as a job's noun where a person would stand; a name beside one stays a name.
@pytest.mark.parametrize("text", [
    "岗位为蜂农，月薪4500元",
    "由白铁工负责夜间巡查",
    "从事陶艺师工作三年",
    "由钟表匠负责夜间巡查",
    "本月牛贩子工资已发放",
    "由车管员负责夜间巡查",
    "工种：司索工；工龄5年",
])
def test_occupations_stay_words(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, word, name", [
    ("蜂农陆子涵已到岗", "蜂农", "陆子涵"),
    ("由司索工曾鑫负责", "司索工", "曾鑫"),
    ("白铁工卢梅已到岗", "白铁工", "卢梅"),
    ("方振华（白铁工）未签字", "白铁工", "方振华"),
    ("陶艺师：丁红", "陶艺师", "丁红"),
    ("由楼管雷保平负责", "楼管", "雷保平"),
    ("联系人汤涛，陶艺师", "陶艺师", "汤涛"),
])
def test_occupation_beside_a_name_keeps_the_name(text, word, name):
    out = _deidentified(text)
    assert word in out and name not in out


def test_master_with_an_occupation_stays_a_look_alike():
    assert "钱师傅" in _deidentified("钱师傅是白铁工，电话略")


# The occupations' remaining members (round 19, oc2: the sweep's held-out words, domain_words.tsv kind job).
@pytest.mark.parametrize("text", [
    "由皮匠负责夜间巡查",
    "岗位为石匠，月薪4500元",
    "工种：涂装工；工龄5年",
    "本月羊倌工资已发放",
    "联系保管员上门处理",
    "其丈夫系海员，常年在外",
])
def test_held_out_occupations_stay_words(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, word, name", [
    ("石匠孙浩然已到岗", "石匠", "孙浩然"),
    ("由保管员何丽娟负责", "保管员", "何丽娟"),
    ("涂装工：高振华", "涂装工", "高振华"),
])
def test_held_out_occupation_beside_a_name_keeps_the_name(text, word, name):
    out = _deidentified(text)
    assert word in out and name not in out


@pytest.mark.parametrize("text", ["王山长期在外打工", "李陶工作认真", "张海员工已离职"])
def test_name_running_into_an_occupation_stays_a_name(text):
    assert _deidentified(text).startswith("〔姓名〕")


# A transliteration read to the text's end asks no character past it (an IndexError stopped the
# de-identification of these cells after the eponym guard was added to _translit_field_hits).
@pytest.mark.parametrize("text", ["附件3：呼天叫地明细", "附件3：干部科明细", "附件3：母音明细", "现场发现由不得两处"])
def test_a_transliteration_read_to_the_texts_end_does_not_fail(text):
    assert redact_names(text).startswith(text[:3])      # (read whole, without an IndexError)


# Whatever the text, reading it for names ends without an error: texts drawn from the characters the
# rules turn on (surnames, transliteration syllables, eponyms' endings, particles, cues, punctuation).
@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="王李张欧阳帕金森尼克斯地明细叫呼天病综合征氏定律的了由经与户主联系人：，。、（）0123 ab",
               max_size=24))
def test_reading_any_text_for_names_never_fails(text):
    assert isinstance(redact_names(text), str)


# Twentieth round, ta: field words with a surname character (maritime notices, militia, village
# red-and-white affairs, farm trades), ships, co-operatives, a listed shop before a title, public
# figures in English exports: no name; the persons around them still are.
@pytest.mark.parametrize("text, kept", [
    ("2025/11/16因大雾停航，通知王芳、李娜改走大桥；海事处已封航。", "封航"),
    ("2024年度民兵整组：普通民兵连3班：班长刘强。", "普通民兵连"),
    ("申请人：王芳；自昌吉返回，普通民兵连战备值班。", "战备值班"),
    ("学习孔繁森同志事迹；战斗班齐步走，宣传进沈家店村。", "齐步走"),
    ("2024年基干民兵应急分队编组公示：王芳、李娜。", "应急分队"),
    ("沈秀英宣告书（2024.2.16），委托邵昊磊到场签收。", "宣告书"),
    ("吴嘉婷家庭农场，次女吴语雯负责苗圃，电话153****1631。", "苗圃"),
    ("高坝洲渡船金江号 2025-03-04 第2班：李语雯、尹睿诺。", "金江号"),
    ("刘根生骑摩托上夏阳号未熄火，已劝导；海事处检查救生衣53件。", "夏阳号"),
    ("康源中药材合作社社员名册：1. 王引弟 入股42500元。", "康源中药材合作社"),
    ("其称为其孙周刚代购，海王星辰店长韩大夫确认。", "海王星辰"),
    ("其称为次女王永红代购，雷允上店长蔡队长确认。", "雷允上"),
    ("Drill at Baiyun District on June 23; Sun Yat-sen film shown.", "Sun Yat-sen"),
    ("Study session: Lei Feng spirit; attendees Zhang Wei, Wang Fang.", "Lei Feng"),
])
def test_round20_field_words_ships_shops_and_figures_are_kept(text, kept):
    out = redact_names(text)
    assert kept in out


@pytest.mark.parametrize("text, name", [
    ("Resident Lei Feng moved out.", "Lei Feng"),
    ("Li Bai (45) applied for aid.", "Li Bai"),
    ("Guest list: Li Bai, room 302", "Li Bai"),
    ("Visitors Zhang Wei and Lei Feng came", "Lei Feng"),
    ("李宁店长未到场", "李宁"),
    ("船主王强号召大家穿救生衣", "王强"),
    ("收购王强中药材3吨", "王强"),
])
def test_round20_persons_beside_those_words_stay_names(text, name):
    assert name not in redact_names(text)


# Round 20 (tla): a person named by the premises they keep, pairs, rolls and records. Examples
# written for the tests, not copied from a benchmark's texts.
@pytest.mark.parametrize("text, name", [
    ("市场巡查发现韩秀梅店内销售过期酸奶，已责令下架。", "韩秀梅"),
    ("潘立新店由其侄子代管，许可证需本人办理。", "潘立新"),
    ("与最近零售户邓春燕店铺距离95米。", "邓春燕"),
    ("曹德胜家庭农场，种植水稻80亩、油菜20亩。", "曹德胜"),
    ("蒋淑芬店里的监控已调取。", "蒋淑芬"),
])
def test_a_keeper_named_before_the_premises_is_a_person(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text, kept", [
    ("检查发现王府井店内陈列整齐。", "王府井店"),
    ("高新店由区域经理代管。", "高新店"),
    ("金穗家庭农场，种植水稻80亩。", "金穗家庭农场"),
    ("刘家店内无人值守。", "刘家店"),
    ("杨国福麻辣烫门店内卫生达标。", "杨国福麻辣烫"),
    ("家住华蔡盛商行附近", "华蔡盛商行"),
])
def test_branch_shop_and_farm_names_before_premises_words_stay(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text, names", [
    ("林森刘淑芬夫妇来所办理户口迁移。", ["林森", "刘淑芬"]),
    ("208房 张建军邵美玲夫妇，10月2日退房。", ["张建军", "邵美玲"]),
])
def test_both_names_of_a_pair_are_found(text, names):
    out = _deidentified(text)
    assert not any(n in out for n in names)


@pytest.mark.parametrize("text, name", [
    ("股份合作社社员名册：1. 韩梅 入股5000元；2. 高山 入股3000元。", "高山"),
    ("来访登记：2025-01-03｜周全｜〔身份证号〕｜〔电话〕｜咨询医保", "周全"),
    ("护林员名单（姓名年龄）：邱建平46；方正39。", "方正"),
])
def test_a_word_in_a_rolls_or_a_records_person_slot_is_a_name(text, name):
    assert name not in _deidentified(text)


# Twentieth round: medicines clerks name in pharmacy, clinic, mental-health and elder-care remarks
# (medicines.tsv, and the dosage form that ends a medicine's name): no person in them, and a person
# right beside one is still a name.
@pytest.mark.parametrize("text, medicine", [
    ("对海王星辰东街店检查：含麻黄碱类复方制剂白加黑销售未登记5笔。", "白加黑"),
    ("购药登记：2025-05-20｜〔姓名〕｜〔电话〕｜桑菊感冒片×1盒｜体温38.1℃", "桑菊感冒片"),
    ("退热药实名登记：购药人〔姓名〕，购蒙脱石散、布洛芬缓释胶囊各1盒。", "蒙脱石散"),
    ("〔姓名〕/39/精神分裂症/〔电话〕/阿立哌唑片/病情稳定", "阿立哌唑片"),
    ("服药：艾司西酞普兰片，间断；监护人：〔姓名〕", "艾司西酞普兰片"),
    ("购潘高寿蜜炼川贝枇杷膏、布洛芬缓释胶囊各1盒", "潘高寿蜜炼川贝枇杷膏"),
    ("药店检查：布地奈德未按规定登记。", "布地奈德"),
    ("养老院用药记录：〔姓名〕，地塞米松，早晚各一次。", "地塞米松"),
    ("诊断上呼吸道感染，予六君子汤口服，三天后复诊。", "六君子汤"),
    ("药箱清单：雷公清热片；体温计。", "雷公清热片"),          # (the dosage-form rule: no list holds it)
])
def test_medicines_are_no_names(text, medicine):
    assert medicine in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("王芳购片仔癀两盒。", "王芳"),
    ("顾客雷刚购鼻渊舒口服液两盒。", "雷刚"),
    ("洪国华购化瘀颗粒、布洛芬各1盒。", "洪国华"),
    ("慢病药品：多潘立酮；领药人武德胜。", "武德胜"),
    ("患者丁香，服药规律。", "丁香"),
    ("张伟散步时摔倒，已送医。", "张伟"),
])
def test_a_person_beside_a_medicine_stays_a_name(text, name):
    assert name not in _deidentified(text)


# Twentieth round: minority naming systems by their composition rules (tibetan_latin.tsv, the Uyghur
# and Kazakh given names of minority_pinyin.tsv, Yi clans and given names of tibetan_names.tsv, Dai and
# patronymic syllables, Manchu clans), each with look-alikes of the same regions that stay.
@pytest.mark.parametrize("text, name", [
    ("Guest list | rm 720 | Pasanglhakpa | ID 632***********5211", "Pasanglhakpa"),
    ("nearest retailer Lobsangdrolma (212 m)", "Lobsangdrolma"),
    ("Militia roster: Wangmopema (32); Yangzongpingcuo (45).", "Yangzongpingcuo"),
    ("boatman Norbuyangchen; ferry suspended", "Norbuyangchen"),
    ("Militia roster: Ekber-Ayshem (44); drill at noon", "Ekber-Ayshem"),
    ("Guest list | rm 128 | with Bekbolat-Hasan | Spring check", "Bekbolat-Hasan"),
    ("Ferry log: boatman LIAO Frank; ferry suspended", "Frank"),
    ("Militia roster: Lily Mei Shangguan (26); drill", "Shangguan"),
    ("姓名：岩丙的  民族：傣族  备注：玉叫光同来办理，户籍景洪。", "叫光"),
    ("备注：向巫其尔古同来办理，户籍楚雄。", "尔古"),
    ("住元阳，同户亲属李扎窝，入住登记", "窝"),
    ("申请人：叶赫那拉・昊宇；联系人：潘队长", "宇"),
    ("申请人：王伟；同行：赛力克加依达尔；自昌吉返回", "加依达尔"),
    ("喀什籍咪三喊在玉湖村承包鱼塘", "三喊"),
])
def test_minority_naming_systems_are_read_whole(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ("Tour to Tashilhunpo Monastery and Norbulingka Park on Monday", "Tashilhunpo"),
    ("Route Urumqi-Kashgar reopened; Sino-Kazakh trade fair in Altay", "Urumqi-Kashgar"),
    ("Tashi-Delek cafe near Lhasa serves tsampa and butter tea", "Tashi-Delek"),
    ("Gift shop sells Tiger Balm and Panda tea at Jinghong", "Panda"),
    ("爱新觉罗家族的历史展览在沈阳举办", "爱新觉罗"),
    ("刚才三个人来了，王者荣耀比赛照常", "刚才三"),
])
def test_minority_system_look_alikes_stay(text, word):
    assert word in _deidentified(text)


# --- twentieth round (helper tlb): a second person a clerk's verb or particle brings in, word-like
# names there, and the roles of the persons a notice is about ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("〔姓名〕替刘建华扛化肥过渡，未穿救生衣。", "刘建华"),
    ("已推送社区，由齐心跟进。", "齐心"),
    ("所长与柏林沟通后，评估为2级。", "柏林"),
    ("〔姓名〕解除矫正，与温和到场签收。", "温和"),
    ("越界报警：对象秋实，位置城郊。", "秋实"),
    ("异议人王锋所提情况已核实不属实。", "王锋"),
])
def test_a_second_person_brought_in_by_a_clerks_verb_is_a_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ("与周边群众沟通，已达成一致。", "周边"),
    ("与房东沟通退租事宜。", "房东"),
    ("现由孙女代为领取。", "孙女"),
    ("随高峰期客流加密班次。", "高峰"),
    ("城关派出所提供证明。", "派出所"),
])
def test_words_in_a_clerks_verb_frame_stay(text, word):
    assert word in _deidentified(text)


# Round 20, lead: a short medicine that reads as a full name (surname + given-name characters) is not
# read from medicines.tsv: on a blind set the list kept such a name from being found.
def test_medicines_list_reads_no_row_shaped_as_a_full_name():
    from gongkai.deid import _names

    assert not any(_names._reads_as_full_name(w) for w in _names.MEDICINES)
    assert "丁香" not in _names.MEDICINES and "安定" not in _names.MEDICINES
    assert "蒙脱石散" in _names.MEDICINES and "阿莫西林" in _names.MEDICINES


def test_a_person_named_like_a_short_medicine_is_found_after_a_cue():
    out = _deidentified("购药人：丁香，53岁，购布洛芬缓释胶囊1盒。")
    assert "丁香" not in out and "布洛芬缓释胶囊" in out


# Round 21, vca: the words of the trades of GB/T 4754 sections A–G that begin with a surname character
# (domain_words.tsv, the block "Twenty-first round, vca") stay, and the person beside them goes.
@pytest.mark.parametrize("text, word, name", [
    ("林涛投诉其购买的贝贝南瓜存在质量问题", "贝贝南瓜", "林涛"),
    ("邵桂兰购买黄心猕猴桃后发现质量问题，已转市场监管所", "黄心猕猴桃", "邵桂兰"),
    ("曾玉珍在自家院内存放马奶子，已劝离", "马奶子", "曾玉珍"),
    ("夏建国投诉其购买的寿山石存在质量问题", "寿山石", "夏建国"),
    ("谢霞称其景泰蓝被盗，已报警", "景泰蓝", "谢霞"),
    ("程帆在自家院内存放丁腈手套，已劝离", "丁腈手套", "程帆"),
    ("申红投诉其购买的金士顿存在质量问题", "金士顿", "申红"),
])
def test_trade_words_of_sections_a_to_g_stay_beside_a_name(text, word, name):
    out = _deidentified(text)
    assert word in out and name not in out


# --- twenty-first round (helper vcb): the words of the trades of GB/T 4754-2017 H–S beginning with a
# surname character (domain_words.tsv, brands.tsv), and what follows a verb of a shop's line of business --

@pytest.mark.parametrize("text, word", [
    ("8月20日 检查荣耀手机，张伟在场。", "荣耀手机"),
    ("经查，银保监会无异常。", "银保监会"),
    ("现场有单位双人双锁2处，已拍照留存。", "双人双锁"),
    ("检查发现师德师风存在问题，王芳现场签字。", "师德师风"),
    ("检查发现高危妊娠存在问题，王芳现场签字。", "高危妊娠"),
    ("走访中李娜提到农运会，建议下次一并核查。", "农运会"),
    ("关于奇安信的问题，赵磊已答复陈静。", "奇安信"),
    ("检查荣盛发展，周杰在场。", "荣盛发展"),
    ("检查修鞋师傅，周杰在场。", "修鞋师傅"),
])
def test_words_of_the_h_to_s_trades_stay(text, word):
    assert word in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ("经营者张伟，主营吉他，电话153****1631。", "吉他"),
    ("经营者张伟，兼营蓝牙耳机，电话153****1631。", "蓝牙"),
    ("经营者张伟，主营：文化用品，电话153****1631。", "文化"),
])
def test_goods_after_a_verb_of_a_shops_line_of_business_stay(text, word):
    out = _deidentified(text)
    assert word in out and "张伟" not in out


@pytest.mark.parametrize("text, name", [
    ("联系人：卫健，电话138****1234", "卫健"),
    ("村民危岩（男，52岁）", "危岩"),
    ("由荣盛负责签收。", "荣盛"),
    ("走访林苗家，了解生活情况。", "林苗"),
    ("申请人：师德", "师德"),
])
def test_a_person_named_like_a_trades_word_is_found_where_a_person_stands(text, name):
    assert name not in _deidentified(text)


# Round 21, ta: the things a row, a list or a ledger names beside its persons (goods, courses, lottery
# games: domain_words.tsv's twenty-first-round block) and a place after a row's ID field are no persons;
# the row's persons are still found, a person named as a county is too.
@pytest.mark.parametrize("text, word, names", [
    ("陈亚楠|68|党史|13698042752|新生|老于", "党史", ["陈亚楠"]),
    ("何栓柱|63|古筝|18165798923|续报|谢站长", "古筝", ["何栓柱"]),
    ("康朗应|傣族|4101**********8447|伊宁|181 0583 8656|赵队长", "伊宁", ["康朗应"]),
    ("木强|纳西族|410105********8268|金平|199-6385-9691|小蒋", "金平", ["木强"]),
    ("申报户：赵平，向阳村5组，家庭人口4人；类型：三格式；材料：盖板、管材、沙子；奖补1340元。", "管材", ["赵平"]),
    ("2025-05-05验收：杨二柱家卫生厕所已建成，管材安装到位，无渗漏；其儿媳何春花在场签字。", "管材", ["杨二柱", "何春花"]),
    ("2025-06-10 续当 王蕾 车钥匙", "续当", ["王蕾"]),
    ("代销点日志：马刚来问高频彩规则，交给李睿保管的单据已归档。", "高频彩", ["马刚", "李睿"]),
])
def test_things_and_places_in_rows_and_lists_stay(text, word, names):
    out = _deidentified(text)
    assert word in out
    assert not any(n in out for n in names)


@pytest.mark.parametrize("text, name", [
    ("王庄村|吉林|320102199001019607|管材|503|已验收", "吉林"),
    ("金平|男|540102199001015107|金平|13512345678", "金平"),
])
def test_a_person_named_as_a_county_in_a_row_is_found(text, name):
    assert name not in _deidentified(text).split("|")[1 if text.startswith("王庄村") else 0]


# Round 21, mn: minority names written in characters with no separator (Hani linked names with no
# surname, Dai titles, Yi clan + given name, Uyghur and Kazakh given + father's name run together,
# Mongolian family sides of two elements after a dot).
@pytest.mark.parametrize("text, name", [
    ("哈尼族父子连名登记：父收扎普，子普沙然（12岁），住绿春大寨村。", "收扎普"),
    ("哈尼族父子连名登记：父收扎普，子普沙然（12岁），住绿春大寨村。", "普沙然"),
    ("户主赵明，妻批咪收，均为哈尼族，住元阳。", "批咪收"),
    ("普然优	男	哈尼族	41	元阳", "普然优"),
    ("走访：赵明，傣族，60岁，与康朗罕温同住；送去米线。", "康朗罕温"),
    ("其子沙马以作在外务工。", "沙马以作"),
    ("入户核实：努尔兰别克居马（哈萨克族，45岁），住塔城。", "努尔兰别克居马"),
    ("其子孟和·巴特尔吉日嘎拉在外务工。", "吉日嘎拉"),
    ("户主巴雅尔·斯琴其木格，妻王芳，住锡林浩特。", "其木格"),
])
def test_minority_names_in_characters_are_found_whole(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ("那达慕期间前往锡林浩特观看赛马。", "锡林浩特"),
    ("批发市场收拉杆箱。", "批发"),
    ("康南路口设置临时摊位。", "康南路"),
    ("客户在拉萨收货。", "拉萨"),
])
def test_look_alikes_of_minority_regions_stay(text, word):
    assert word in _deidentified(text)


# Round 21, helper tl: the slot of a clerk's log line or a ledger's row says a person (after the
# date stamp, between spaces, perhaps after the ledger's act; a row's first field before codes),
# and the acts a clerk's log writes after a person (试吃, 补登实名, 赎当, 因…请假).
@pytest.mark.parametrize("text, name", [
    ("2026-12-10 张旭 开挖", "张旭"),
    ("2026-02-02 赎当 安康 金条 44968元", "安康"),
    ("2025.6.17 胡椒补种 冯秀芹", "冯秀芹"),
    ("2026-02-07 21:40 雷雨 补登实名 173****6823", "雷雨"),
    ("杨柳|B1-117|粤B 8K3L2|比亚迪汉|未中签|2026.4.18", "杨柳"),
    ("2026-03-03 家长〔姓名〕、方建华试吃胡辣汤", "方建华"),
    ("李桂芝当金银首饰逾期未赎，依约处置。", "李桂芝"),
    ("白云因高血压请假，由〔姓名〕代课。", "白云"),
])
def test_names_in_log_slots_and_before_clerk_acts_go(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ("2026-03-14 保安 签到 检查", "保安"),
    ("2026-03-14 高温 停工", "高温"),
    ("2026-03-14 路政 D区12号 巡查完毕", "路政"),
    ("物业|D区24号|已处理|2026/07/21", "物业"),
    ("高速因施工封闭三天。", "高速"),
])
def test_words_in_log_slots_stay(text, word):
    assert word in _deidentified(text)


# Round 21, lead: the holder of a business household written straight before the goods and the
# household's word (谢霞富士苹果经营户); the name ends where the rest reads as the lexicon's words.
@pytest.mark.parametrize("text, name", [
    ("谢霞富士苹果经营户，已签订安全承诺书", "谢霞"),
    ("张伟生猪养殖户已登记", "张伟"),
    ("王建国白菜种植户，已回访", "王建国"),
    ("检查情况：李秀英蔬菜经营户，证照齐全", "李秀英"),
    ("欧阳春花茶叶收购户，已备案", "欧阳春花"),
])
def test_holders_before_their_trade_household_go(text, name):
    out = _deidentified(text)
    assert name not in out and name[:2] not in out.replace("〔姓名〕", "")


@pytest.mark.parametrize("text, word", [
    ("黄山茶叶经营户5家，已签订承诺书", "黄山茶叶"),
    ("金华火腿经营户共12户", "金华火腿"),
    ("全县生猪养殖户已登记", "生猪养殖户"),
    ("辖区水果经营户，已签订", "水果经营户"),
    ("个体经营户3户", "个体经营户"),
])
def test_trade_households_without_a_holder_stay(text, word):
    assert word in _deidentified(text)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"]),
       st.sampled_from(["建国", "秀英", "桂兰", "志强", "海燕", "伟", "芳", "敏", "静", "磊"]),
       st.sampled_from(["苹果", "白菜", "生猪", "蔬菜", "茶叶", "食用菌", "水产品", "粮食"]),
       st.sampled_from(["经营户", "种植户", "养殖户", "收购户", "加工户"]))
def test_any_holder_before_goods_and_household_goes(surname, given_name, goods, household):
    name = surname + given_name
    # (a surname and a given character that make a word, 刘海 + 燕, 黄海 + 燕, are read only before
    # goods of whole words, 黄海燕 + 蔬菜: the examples above)
    assume(not _is_word(name[:2]))
    assert name not in _deidentified(f"{name}{goods}{household}，已签订承诺书")


@pytest.mark.parametrize("text, word", [
    ("〔姓名〕（傣族），孟连县花园村橡胶种植户，关门节后统一发放割胶补贴。", "孟连县"),
    ("孟连橡胶种植户共37户", "孟连"),
])
def test_a_place_before_a_trade_household_stays(text, word):
    assert word in _deidentified(text)


# --- twenty-second round (helper en22): English exports without a cue word -------------------------
# English given names that are everyday words (word_given_names.tsv) beside a family in capitals or
# before a family name that is no English word; a row's amount after a name; "the" before a pair
# that modifies a noun; "visited" before a listed place.
@pytest.mark.parametrize("text, name", [
    ("Frank DU moved out of the flat in March.", "Frank"),
    ("Summer LI; rent arrears; closed", "Summer"),
    ("2024-02-11 HE Willow phoned about the refund.", "Willow"),
    ("Visit to Jack Zhang postponed; flooding.", "Zhang"),
    ("002 Miles Chen RMB 1,300 March", "Miles"),
    ("003 WAN Dan HKD 300 paid", "WAN"),
])
def test_word_given_names_and_row_amounts_beside_a_family_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ("Will call back. Mark absent on Monday.", "Will"),
    ("Frank talk with the tenant; Summer holidays start soon.", "Summer"),
    ("Will Long wait times be cut?", "Long"),
    ("Pipe burst at the Gao Qiao flat; plumber called.", "Gao Qiao"),
    ("Team visited Sha Tin today; two flats empty.", "Sha Tin"),
    ("Grant Road office closed on Friday.", "Grant Road"),
])
def test_english_words_and_places_beside_them_stay(text, word):
    assert word in _deidentified(text)


# --- round 22, tl22: notices whose honours words name private persons; a heading's last word; a
# note naming one's guardian or the one collecting for one --------------------------------------

@pytest.mark.parametrize("text, names", [
    # a compensation paid for a loss names the persons harmed, as aid names the needy
    ("受灾果农损失补偿拟表彰名单公示：郁文杰、储晓丽。联系人：潘志强；审批人：余红霞。", ["郁文杰", "储晓丽"]),
    # a trade's registration or licence, its operators and staff: a private business, no public merit
    ("农资经营者备案拟表彰名单公示：郁文杰、储晓丽（农药零售）。审批人：余红霞。", ["郁文杰", "储晓丽"]),
    ("餐饮从业人员拟表彰名单：郁文杰、储晓丽。联系人：潘志强。", ["郁文杰", "储晓丽"]),
    # the result of an inspection or of a dispute's settlement names those inspected or its parties
    ("物业纠纷处理结果拟表彰名单公示：郁文杰、储晓丽。审批人：余红霞。", ["郁文杰", "储晓丽"]),
])
def test_honours_words_in_a_notice_about_a_trade_a_loss_or_a_dispute_name_private_persons(text, names):
    found = _found(text, public_names=OFFICIALS)
    assert sorted(found) == sorted(names)           # (潘志强, 余红霞: the notice's staff stay)


@pytest.mark.parametrize("text, name", [
    ("表彰征地补偿工作先进个人：郁文杰。", "郁文杰"),          # the officials' work on a compensation
    ("表彰种子备案管理工作先进个人：郁文杰。", "郁文杰"),      # ... on a registration
    ("表彰矛盾纠纷化解先进个人：郁文杰。", "郁文杰"),          # ... on disputes
])
def test_a_commendation_of_officials_work_on_trades_losses_and_disputes_stays_public(text, name):
    assert name not in "".join(_found(text, public_names=OFFICIALS))


def test_a_headings_last_word_is_no_post_of_the_name_below_it():
    notice = "公告：乡村卫生服务站站长\n郁文杰（代领人：储晓丽）\n联系人：潘志强"
    found = _found(notice, public_names=OFFICIALS)
    assert "郁文杰" in found and "储晓丽" in found and "潘志强" not in found
    assert "潘志强" not in _found("审核人：\n潘志强", public_names=OFFICIALS)   # a label's value below it


@pytest.mark.parametrize("text, name", [
    ("补助发放：\n关爱（监护人：储晓丽）\n", "关爱"),            # a word-name with a guardian named
    ("发放名单：高峰（代领人：储晓丽，139****1234）", "高峰"),
])
def test_a_note_naming_ones_guardian_or_collector_makes_a_name(text, name):
    assert name in _found(text)
    assert name in _found(text, public_names=OFFICIALS)


def test_a_firms_contact_in_brackets_makes_no_name():
    assert "金山" not in "".join(_found("供货方：金山（联系人：储晓丽）"))


# Round 22, ta22: look-alikes of a gold shop's ledger, a karaoke check, a school inspection, an
# ancient-tree log, a salon complaint and a folk-song evening, read by whole vocabularies (the
# numismatic catalogues, GB/T 4754 R90's venues, the non-academic training catalogue, the cosmetics
# classification's product forms, the national heritage list's folk legends) and by the slots
# around them; the persons beside them are still found.
@pytest.mark.parametrize("text, word", [
    ("张秀兰拿来宣统元宝一枚，称是祖传。", "宣统元宝"),
    ("2025年3月2日 收孙小头，卖方王建军。", "孙小头"),
    ("黄金回收价上涨后，古法金手镯成交3件。", "古法金"),
    ("夜查金曲KTV，包房通道畅通。", "金曲KTV"),
    ("李强，38岁，2026.1.16入职华乐汇KTV。", "华乐汇"),
    ("抽查龙凤歌舞厅，包间通道畅通。", "龙凤歌舞厅"),
    ("12月2日突查蓝鲸酒吧，包厢通道畅通。", "蓝鲸酒吧"),
    ("检查对象：尚学教育；检查时间：9月27日。", "尚学教育"),
    ("任教金鹰教育机器人班。", "机器人"),
    ("王芳反映其子报名乐高搭建课程20课时，机构拒绝退费。", "乐高搭建"),
    ("古树名木养护台账 | 古槐 | 440年 | 黄山村 | 一级保护", "古槐"),
    ("巡查记录：古樟（BA20247259）树皮剥落。", "古樟"),
    ("林场内那株朴树长势良好。", "朴树"),
    ("刘玉诺献上白菊。", "白菊"),
    ("刻于纪念林东侧。", "纪念林"),
    ("烫发后头皮过敏、毛囊炎，已就医。", "头皮过敏"),
    ("店内使用施华蔻染发剂。", "施华蔻"),
    ("店员承认未做皮试，染发剂为施华蔻。", "施华蔻"),
    ("协调金色农华赔偿389元。", "金色农华"),
    ("老艺人会唱刘三姐山歌。", "刘三姐"),
    ("Screening log: 'Liu Sanjie' at Shengli village square, about 46 viewers.", "Liu Sanjie"),
])
def test_round22_trade_look_alikes_stay(text, word):
    assert word in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("负责人王松加装支撑架。", "王松"),
    ("负责人王松树龄登记。", "王松"),
    ("投诉人古槐英称染发后头皮过敏。", "古槐英"),
    ("联系人刘三姐妹俩已到场。", "刘三"),
    ("经营者金色华，身份证已核验。", "金色华"),
    ("店长张伟称KTV包房已整改。", "张伟"),
    ("夜查王军家门口，无异常。", "王军"),
    ("学员王芳报名古筝课程，已退费。", "王芳"),
])
def test_round22_persons_beside_trade_words_go(text, name):
    assert name not in _deidentified(text)


# Round 22, voc22: the goods of the national product classification (统计用产品分类目录) that hold a
# surname character (domain_words.tsv, the block "Twenty-second round, voc22") stay, and the person
# beside them goes; a two-character member after a cue is still a person (frequency below CUED_WORD_MIN),
# and a name written straight before a member in a ledger's row is still found (the block leaves out the
# words after which it was not: 白芸豆, 石硖龙眼).
@pytest.mark.parametrize("text, word, name", [
    ("林涛投诉其购买的黄心红薯存在质量问题", "黄心红薯", "林涛"),
    ("邵桂兰购买三华李后发现质量问题，已转市场监管所", "三华李", "邵桂兰"),
    ("曾玉珍在自家院内存放黄大豆，已劝离", "黄大豆", "曾玉珍"),
    ("夏建国投诉其购买的储良龙眼存在质量问题", "储良龙眼", "夏建国"),
    ("谢霞称其黑美人西瓜被盗，已报警", "黑美人西瓜", "谢霞"),
    ("程帆销售古法红糖未明码标价", "古法红糖", "程帆"),
    ("申红投放异育银鲫鱼苗2万尾", "异育银鲫", "申红"),
    ("品名：马海毛，数量：20。经办人：周杰", "马海毛", "周杰"),
])
def test_goods_of_the_product_classification_stay_beside_a_name(text, word, name):
    out = _deidentified(text)
    assert word in out and name not in out


@pytest.mark.parametrize("text, word", [
    ("2023年种植毛竹苗5亩，已核实面积。", "毛竹苗"),
    ("消费者投诉皮沙发质量问题，已调解。", "皮沙发"),
    ("店内销售的镇江香醋牌产品无合格证明。", "镇江香醋"),
    ("发放物品包括电视机、唐装、洗衣机等。", "唐装"),
])
def test_goods_of_the_product_classification_stay(text, word):
    assert word in _deidentified(text)


def test_a_person_named_like_a_two_character_good_is_found_after_a_cue():
    out = _deidentified("联系人：康砖，电话13912345678。")
    assert "康砖" not in out


@pytest.mark.parametrize("text, name", [
    ("3月5日谢霞白芸豆20斤，已付款。", "谢霞"),
    ("赊账：张伟石硖龙眼三箱，未结清。", "张伟"),
])
def test_a_name_straight_before_a_good_in_a_ledger_row_is_found(text, name):
    assert name not in _deidentified(text)


# Round 22 (ro22): rosters. The slot after a shift, a section or a gate, and the runs of names that
# rosters write without a cue (names._word_ends_at, names._run_hits).
@pytest.mark.parametrize("text, names", [
    ("2025年4月15日 白班 舒远明 王强", ["舒远明", "王强"]),
    ("东干渠段 孟庆华；胜利街段 宁亮平", ["宁亮平"]),
    ("南大门 邵建军 东门 韩立新 门岗 覃海波", ["邵建军", "韩立新", "覃海波"]),
    ("谭小军 8:02 宗和 8:05 邓丽 8:11", ["宗和"]),
    ("巡查人员：卢志刚，荣成，郝建平，孔祥瑞", ["荣成"]),
    ("早班 吕国平、常利和；夜班 孙志勇", ["常利和"]),
    ("报名：1.邹晓燕 2.潘涛一 3.龚德明", ["潘涛一"]),
    ("崔建国 13812345678，柳一 13987654321，郭兰英 13711112222", ["柳一"]),
])
def test_names_in_a_rosters_slots_and_runs_are_found(text, names):
    out = _deidentified(text)
    for name in names:
        assert name not in out, out


@pytest.mark.parametrize("text, kept", [
    ("7月19日 通宵 张伟 李强，中班 王芳/赵敏", ["通宵", "中班"]),
    ("监控室 张伟 西门 李强 南大门 王芳", ["监控室", "西门", "南大门"]),
    ("王强、李娜、刘洋 在派出所集中", ["派出所"]),
    ("检查组：王强（组长）、李娜、张伟（记录） 检查王庄村", ["王庄村"]),
    ("路段包干：建设路段 张伟；文化路（人民路至黄河路）李娜", ["建设路段", "文化路", "人民路", "黄河路"]),
    ("成员：王强 李娜 刘洋", ["成员"]),
    ("周二 张伟/李强；周四 王芳", ["周二", "周四"]),
    # an item glued to a figure is a variety or a code, not a person of the run
    ("王建国/李秀英/周麦27", ["周麦27"]),
    ("收购：王建国 800斤 李秀英 600斤 郑单958", ["郑单958"]),
    ("王建国、李秀英（组长）、宁麦13", ["宁麦13"]),
])
def test_a_rosters_shifts_posts_and_places_stay(text, kept):
    out = _deidentified(text)
    for word in kept:
        assert word in out, out


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["周", "吴", "郑", "冯", "蒋", "沈", "韩", "杨", "朱", "秦"]),
                          st.sampled_from(["建平", "秀兰", "海涛", "丽娟", "志刚", "晓东", "玉梅", "国庆"])),
                min_size=3, max_size=5, unique=True),
       st.sampled_from(["、", " ", "，", "/"]), st.sampled_from(["早班 ", "2025-03-02 ", "成员：", ""]))
def test_a_run_of_names_loses_every_name(pairs, sep, opener):
    names = [s + g for s, g in pairs]
    out = _deidentified(opener + sep.join(names))
    assert not any(n in out for n in names), out


# --- round 22: the forms clerks give a name (nicknames, married women) -----------------------------

@pytest.mark.parametrize("text, name", [
    ('走访邓志刚，绰号"黑皮"，家中无人', "黑皮"),          # a quoted nickname after its cue
    ("孙女小名叫二丫，今年上小学", "二丫"),                  # a rank and a nickname's last part
    ("乳名：三妮子，随母亲生活", "三妮子"),
    ("邻居都叫他憨娃，平时靠打零工", "憨娃"),                # 都叫他 + a nickname of any first character
    ("冯建设（大柱）已外出务工", "大柱"),                    # beside the formal name, in brackets
    ("四狗（韦国强）长期在外，联系不上", "四狗"),            # the nickname first, the name in brackets
    ("韩翠兰即招娣，系户主之女", "招娣"),
    ("狗剩，大名曹文斌，五保户", "狗剩"),                    # the nickname before 大名
])
def test_nicknames_go(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ('乡亲们都叫他"活雷锋"', "雷锋"),       # a nickname made of a figure: the figure stays
    ("村干部叫他回来签字", "回来"),         # 叫他 + an errand
    ("他明明在家却不开门", "明明"),          # an adverb, not a doubled name
    ("潘国庆（户主），低保户", "户主"),       # a role in brackets, no nickname
    ("吴晓东（婶婶）代为领取", "婶婶"),        # a kin word doubled
    ("小王和老张一起去了老街", "老张"),        # a surname with a prefix is no name (policy)
])
def test_nickname_lookalikes_stay(text, word):
    assert word in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("据曹门胡氏本人讲述，土改时分得瓦房三间", "曹门胡氏"),   # husband's surname 门 her own 氏
    ("其妻何氏于1958年病故", "何氏"),                      # a wife's word, her surname, 氏
    ("老宅登记在祖母蒋氏名下", "蒋氏"),
    ("户籍底册：许梁氏，女，民国二十年生", "许梁氏"),
    ("申请人邓黄丽珍已到场", "邓黄丽珍"),                  # Hong Kong style: his surname, her full name
    ("备注：彭谢美玲，已婚", "彭谢美玲"),
])
def test_married_women_forms_go(text, name):
    out = _deidentified(text)
    assert name not in out and not any(name[k:] in out for k in range(1, len(name) - 1))


@pytest.mark.parametrize("text, word", [
    ("王氏宗祠已列入文物保护单位", "王氏宗祠"),
    ("太原王氏族谱由村里保管", "太原王氏族谱"),
    ("新生儿唐氏综合征筛查费用报销", "唐氏综合征"),
    ("华氏度换算成摄氏度", "华氏度"),
    ("路口那家刘氏牛肉面今天没开门", "刘氏牛肉面"),
    ("氏族社会的遗存", "氏族"),
])
def test_clan_and_eponym_shi_stay(text, word):
    assert word in _deidentified(text)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧"),
       st.sampled_from("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧"),
       st.sampled_from(["其妻", "祖母", "之母", "妻"]),
       st.sampled_from(["宗祠", "家族", "族谱", "祠堂", "后人"]))
def test_shi_form_by_slot(husband, own, wife, clan):
    """A wife's word before S氏, or S门S氏, is a person whatever the surnames; S氏 before a clan's
    word stays. (The frame opens no word with the surname: 为 + 何 is 为何.)"""
    assume(husband != own)
    assert f"{own}氏" not in _deidentified(f"户籍登记：{wife}{own}氏，住本村")
    assert f"{husband}门{own}氏" not in _deidentified(f"原登记：{husband}门{own}氏，现更正")
    assert f"{own}氏{clan}" in _deidentified(f"修缮{own}氏{clan}的费用")


# Aid listings of Yunnan's border counties (round 22, helper mn22): names of no Han surname as the
# person column of a row that names a programme (notice_roles.tsv, aid), and the Dai toponyms,
# goods and 岩/玉 words beside them kept.
@pytest.mark.parametrize("text, name", [
    ("曼贺村 岩坎 护林员 800元/月", "岩坎"),               # Dai, whole between spaces
    ("勐宋村玉罕，种植户，普洱茶", "玉罕"),                 # Dai, right after the village
    ("1. 娜丽 勐宋村 低保 2人", "娜丽"),                    # Lahu woman, a numbered item
    ("尼块，班洪乡，边民补助2000元", "尼块"),                # Wa birth order, the row's first item
    ("帕良村扎约户：低保，3人", "扎约"),                    # Lahu man before the household's mark
    ("南糯山村 勒排早扎 护林员", "勒排早扎"),               # Jingpo clan and given name
    ("户撒乡吉克伍呷，低保", "吉克伍呷"),                   # Yi clan and given name
    ("南糯山村 杨腊拽 护林员 800元/月", "杨腊拽"),          # a Han surname, De'ang syllables
    ("王建国户：玉米8亩，甘蔗2亩", "王建国"),
])
def test_names_of_the_south_west_in_an_aid_row_are_found(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, kept", [
    ("曼景兰 岩坎 护林员", ["曼景兰"]),                     # a Dai village's head 曼, not 曼 + 景兰
    ("瑞丽县曼景兰，种植户，咖啡", ["曼景兰"]),
    ("勐海县 扎染 护林员 玉米地", ["扎染", "勐海县"]),
    ("叶子 比例 护林员 巡护岩石地带", ["叶子", "比例", "岩石"]),
    ("种植户：橡胶、砂仁、香茅草，低保", ["橡胶", "砂仁", "香茅草"]),
    ("王建国户：玉米8亩，甘蔗2亩", ["玉米", "甘蔗"]),              # a household's crops and acreage
    ("勐董镇岩罕户：普洱茶8亩，牛肝菌2亩", ["普洱茶", "牛肝菌"]),
])
def test_aid_rows_keep_villages_goods_and_words(text, kept):
    out = _deidentified(text)
    for word in kept:
        assert word in out, out


# Round 23 (en23): English exports in every romanisation — the common surnames as Taiwan's
# Wade-Giles, Hong Kong's and Macao's Cantonese and Singapore's Hokkien, Teochew and Hakka spell
# them (foreign_surnames.tsv's last block), Hokkien given syllables (Guat, Kheng, Puay), English
# given names Hong Kong writes (Priscilla), a currency's word as a family after an English given
# name (Vivian Yuan), and the given-first order without an English name (Pui Shan Fung).
@pytest.mark.parametrize("text, name", [
    ("Complaint from Cheah Swee Lian about noise at Block 3.", "Cheah Swee Lian"),
    ("Booking 0032 / KHAW Peck Hoon / 2 adults / room 508", "KHAW Peck Hoon"),
    ("Meter reading confirmed by Moh Guat Eng at 10:30.", "Moh Guat Eng"),
    ("Parcel collected by Kenneth Choong Siew Ling; ID checked.", "Kenneth Choong Siew Ling"),
    ("Spoke with Ieong Ka Man regarding the overdue fee.", "Ieong Ka Man"),
    ("Visit done; Tseung Chi Keung not at home, card left.", "Tseung Chi Keung"),
    ("Refund paid to Hsia Chia-hui HKD 2,000.", "Hsia Chia-hui"),
    ("Complaint from Priscilla Heng about noise at Block 3.", "Priscilla Heng"),
    ("Complaint from Vivian Yuan about the water bill.", "Vivian Yuan"),
    ("Spoke with Pui Shan Fung regarding the overdue fee.", "Pui Shan Fung"),
    ("Booking 0032 / Ka Yan Lau / 2 adults / room 508", "Ka Yan Lau"),
    ("Meter reading confirmed by Lay Hoon Tan at 10:30.", "Lay Hoon Tan"),
])
def test_english_exports_romanised_names_of_every_system(text, name):
    out = _deidentified(text)
    assert name not in out and not any(w in out for w in name.split() if len(w) > 3 and w[0].isupper()
                                        and w not in ("Tan", "Lau")), out


@pytest.mark.parametrize("text, kept", [
    ("Dr Cheah checked the wound, no follow-up needed.", ["Dr Cheah"]),     # surname + title
    ("Mrs Khoo from the front desk handled the queue.", ["Mrs Khoo"]),
    ("Stall moved to Tai Po Lau last week.", ["Tai Po"]),                  # a place before a word
    ("The delivery to Wan Chai was late.", ["Wan Chai"]),
    ("Meeting point: Ang Mo Kio exit B.", ["Ang Mo Kio"]),
    ("Paid 500 Yuan deposit for the stall.", ["500 Yuan"]),                 # the currency
    ("Sim card replaced; Kok Wai Restaurant booked.", ["Sim card"]),
])
def test_english_exports_keep_titles_places_and_currency(text, kept):
    out = _deidentified(text)
    for word in kept:
        assert word in out, out


def test_given_first_order_is_no_place_before_a_park():
    assert "Lu Xun Park" in _deidentified("Lu Xun Park (see attachment)")     # Park: Korean 朴 too


# Twenty-third round, vb23: the things a shop's or a service's remark names beside its persons:
# transit cards by their naming system (a city's short name or by-name + 通, 一卡通: city_aliases.tsv),
# screening words, seal-carving stones and kinds, bath services, brands and figures of history.
@pytest.mark.parametrize("text, kept", [
    ("办理武汉通一张，押金20元。", ["武汉通"]),               # a city's short name + 通
    ("学生卡、盛京通均已登记。", ["盛京通"]),                 # a by-name (沈阳) + 通
    ("洪城一卡通补卡，工本费20元。", ["洪城一卡通"]),
    ("复查：龋齿2颗，已涂氟，建议窝沟封闭。", ["龋齿", "涂氟", "窝沟封闭"]),
    ("定制鸡血石闲章一方，牛角章两枚。", ["鸡血石", "牛角章"]),
    ("店内提供艾草浴、花瓣浴，钟点房另计。", ["艾草浴", "花瓣浴", "钟点房"]),
    ("仿吴昌硕印风刻石章，由店主取件。", ["吴昌硕", "石章"]),
    ("车况纠纷：里程表疑被调过，系调表车。", ["里程表", "调表车"]),
])
def test_shop_and_service_words_are_kept(text, kept):
    out = _deidentified(text)
    for word in kept:
        assert word in out, out


@pytest.mark.parametrize("text, name", [
    ("张伟办理羊城通，已登记。", "张伟"),                     # a person beside the card
    ("申请人武汉通，男，45岁。", "武汉通"),                   # after a cue a person of the string wins
    ("经办人谢霞，鸡血石已取。", "谢霞"),
    ("李桂芳称艾草浴水温不足，已调解。", "李桂芳"),
])
def test_names_beside_shop_and_service_words_are_found(text, name):
    assert name not in _deidentified(text)


# Twenty-third round (va23): words of farming (farm_words.tsv: varieties, breeds, species, pests,
# inputs, tools, grain-trade words, tackle) and crop varieties by their approval codes
# (_VARIETY_CODE_RE and its breeders' kinds 农, 优, 烟: 山农28, 甬优12, 云烟97), in a row's fields too.
@pytest.mark.parametrize("text, kept", [
    ("品种：山农28，种植15亩，长势良好。", ["山农28"]),
    ("〔姓名〕 南粳46 三等 水分14%", ["南粳46"]),
    ("〔姓名〕 鲁单981 〔姓名〕 水分13%", ["鲁单981"]),
    ("品种：镇麦9号，种植12亩。", ["镇麦9号"]),                      # no house number after 镇
    ("今年改种甬优12，已验收。", ["甬优12"]),
    ("蜂场饲养卡尼鄂拉蜂40箱，已登记。", ["卡尼鄂拉蜂"]),
    ("该户养殖郏县红牛12头，已补贴。", ["郏县红牛"]),
    ("误食毒蝇鹅膏后呕吐，已送医。", ["毒蝇鹅膏"]),
    ("茶园主栽福鼎大白茶，管护到位。", ["福鼎大白茶"]),
    ("配发推雪板若干，已登记。", ["推雪板"]),
])
def test_farm_words_and_variety_codes_are_kept(text, kept):
    out = _deidentified(text)
    for word in kept:
        assert word in out, out


@pytest.mark.parametrize("text, name", [
    ("王建国 扬麦25 三等 水分13%", "王建国"),                   # the seller before the variety
    ("售粮人：刘桂兰，品种济麦44，毛重12吨。", "刘桂兰"),
    ("代办人王芳，习春兰挂号门诊内科时未带身份证。", "习春兰"),   # 春兰 (a tea cultivar) left out
    ("陈国栋烟农19三份，已登记。", "陈国栋"),                   # a name glued before a code
])
def test_names_beside_farm_words_are_found(text, name):
    assert name not in _deidentified(text)


# Twenty-third round (mi23): names of China's minorities by naming system. Tibetan names of two
# parts ending in 梅朵 'flower', Mongolian names of one element, Uyghur names run on with the
# father's (阿吾提), Yi clan + given name; a Dai name the character before its prefix cut as a
# Han surname (由 + 岩罕香), a Dai name as a roll's item beside names, a Manchu clan before its
# given name with no dot, a Korean given name ending in 范; and the words beside them kept.
@pytest.mark.parametrize("text, name", [
    ("德吉罗布反映工资未结算，由强巴梅朵翻译", "强巴梅朵"),          # Tibetan, two parts
    ("名单：达吾列提．巴合提、白玛梅朵，村委登记", "白玛梅朵"),
    ("张三与格桑梅朵同在工地，月底前结清", "格桑梅朵"),
    ("乌力吉图一家回乡探亲，其女代领补贴", "乌力吉图"),              # Mongolian, one element
    ("李四与图尔荪阿吾提同在工地，月底前结清", "图尔荪阿吾提"),      # Uyghur, no dot
    ("李四与吉伍阿乌同在工地，月底前结清", "吉伍阿乌"),              # Yi clan + given name
    ("王五反映工资未结算，由岩罕香翻译", "岩罕香"),                  # Dai, not 由 + 岩
    ("备注：向玉叫光同来办理，户籍景洪", "玉叫光"),
    ("名单：岩恩罕，赵东日，王小明", "岩恩罕"),                      # Dai, a roll's item
    ("1. 岩坎应\n2. 木荣涛\n3. 蓝辉", "岩坎应"),
    ("玉叫应、钮祜禄斌参加培训后返回", "钮祜禄斌"),                 # Manchu clan, no dot
    ("叶赫那拉恒兴来办理", "叶赫那拉恒兴"),
    ("护理人：哥哥崔锡范", "崔锡范"),                                 # Korean given name
])
def test_minority_names_by_naming_system_are_found_whole(text, name):
    out = _deidentified(text)
    assert name not in out, out
    assert not any(name[k:] in out or name[:k] in out for k in range(2, len(name) - 1)
                   if len(name[k:]) >= 2 and len(name[:k]) >= 2), out


@pytest.mark.parametrize("text, kept", [
    ("收入约三万，王五说明情况", ["约三万"]),               # 约 + 三万: a sum, no roll's item
    ("爱新觉罗家族的后人来访", ["爱新觉罗家族"]),           # a clan and 家族: no given name
    ("瓜尔佳氏后人", ["瓜尔佳氏"]),
    ("王锡范围内的事", ["范围"]),
    ("与王村同在一个镇", ["王村"]),
])
def test_minority_naming_rules_keep_words(text, kept):
    out = _deidentified(text)
    for word in kept:
        assert word in out, out


# Where a given name ends against the word after it (round 23, helper gv23): names of the old
# rural customs and of wishes (wish_names.tsv), a first given character that never ends a name
# (小), and 来/和/元/中 that would stand alone if left out are masked whole; two other
# characters stay apart where the second begins a word (王芳 + 来电).
@pytest.mark.parametrize("text, name", [
    ("村民张满囤称家中漏雨", "张满囤"),                 # wealth: the grain bin full
    ("李来娣办理了低保", "李来娣"),                      # a girl named for a brother to follow
    ("其子荣丰年报告，已送医", "荣丰年"),                # harvest: 丰年 + 报告 (年报 is a word)
    ("刘运来电称家中漏水", "刘运来"),                    # wealth: 运来 + 电称
    ("父高长征服刑中", "高长征"),                        # a name of its years: 长征 + 服刑
    ("户主郭拴柱已去世", "郭拴柱"),                      # hold: the pillar tied fast
    ("母亲刘小脚　78　常年卧床", "刘小脚"),              # 小 never ends a name
    ("宋小芹反映家中漏水", "宋小芹"),
    ("蒋福来独居罗家坝", "蒋福来"),                      # 来 would stand alone: 来独 is no word
    ("改造对象王春来系分散供养特困人员", "王春来"),
    ("街道工作人员乐秋和服务热情", "乐秋和"),            # 和服 would strand 务
    ("（代理人其子李秀芹）1亩", "李秀芹"),              # 芹 ends rural women's names
])
def test_given_names_run_on_to_their_second_character(text, name):
    out = _deidentified(text)
    assert out == text.replace(name, "〔姓名〕"), out


@pytest.mark.parametrize("text, kept", [
    ("王芳来电反映噪音", "来电"),                        # the same characters after a whole name
    ("李强年满60岁", "年满60岁"),
    ("张伟明天到场", "明天到场"),
    ("王芳来了以后", "来了"),
    ("张伟和李娜是同一户", "和"),
    ("王小今天没来", "王小今天"),                        # 王小 is no name
    ("村民王小区", "小区"),
    ("今年麦收期间禁止焚烧秸秆", "麦收"),                # a harvest's word without a surname
])
def test_words_after_a_name_stay_words(text, kept):
    assert kept in _deidentified(text)


@settings(max_examples=60, deadline=None)
@given(surname=st.sampled_from("王李张刘陈杨赵吴孙郭"), pair=st.sampled_from(sorted(WISH_NAMES)),
       frame=st.sampled_from(["户主{n}，", "{n}（户主）", "经查，{n}名下无车辆", "联系人：{n}，"]))
def test_wish_names_are_masked_whole(surname, pair, frame):
    """A wish name after a common surname is never cut in two: masked whole, or (where the rules
    that decide whether a name begins read none) left whole."""
    text = frame.format(n=surname + pair)
    assert _deidentified(text) in (frame.format(n="〔姓名〕"), text)


# Round 23 (lead): an age after a listed figure or brand, apart by a space or in brackets after the
# sex, says a person stands there; the brand's own years (周年) and its goods do not.
@pytest.mark.parametrize("text, name", [
    ("张顺 31岁 门前三包 桥面 联系192****7357", "张顺"),
    ("李宁 32岁 电话13812345678", "李宁"),
    ("张顺（男，31岁）", "张顺"),
])
def test_an_age_after_a_figure_or_brand_marks_a_person(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, word", [
    ("全聚德150周年庆典", "全聚德"),
    ("李宁 运动鞋 2双", "李宁"),
    ("孙悟空 大闹天宫", "孙悟空"),
])
def test_a_figure_or_brand_without_an_age_stays(text, word):
    assert word in _deidentified(text)


# Round 23 (en23b): pinyin's syllable apostrophe (Ming'e, Chang'an, JIA'EN) is inside the given
# name in every form an export writes; places with one, possessives and contractions stay.
@pytest.mark.parametrize("text, name", [
    ("Benefit now collected by son MA, Ming'e (proxy).", "MA, Ming'e"),
    ("Entrusted collector LONG GUO'AN (relation: nephew).", "LONG GUO'AN"),
    ("Surveyed by Li, Li’an; Ms Zhang was present.", "Li, Li’an"),
    ("Party: HUANG YONG'OU; fined CNY 2809.", "HUANG YONG'OU"),
    ("Complainant Shangguan Yu'e works at the market.", "Shangguan Yu'e"),
])
def test_pinyin_apostrophe_stays_inside_the_given_name(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "Shipment sent to Xi'an on Monday; received by the depot.",
    "The office on Chang'an Avenue closed at 5 o'clock.",
    "Tai'an and Huai'an counties reported no cases; don't resend.",
])
def test_places_and_contractions_with_an_apostrophe_stay(text):
    assert _found(text) == []


# Round 23 (lead, from helper wd23's reading): a dosage form's run (…膏) stops at a pair of persons
# or at eating, and a helper's act (扶起, 送医) after the helper's word is no name.
@pytest.mark.parametrize("text, names", [
    ("郭福良杨斌夫妇误食毒蝇鹅膏（当作羊肚菌采回）", ("郭福良", "杨斌")),
    ("焦霖郝莹夫妇误食致命鹅膏", ("焦霖", "郝莹")),
])
def test_a_couple_before_what_they_ate_is_found(text, names):
    out = _deidentified(text)
    assert not any(n in out for n in names), out


@pytest.mark.parametrize("text", ["经民警扶起送医", "托起孩子的是路人", "患者服用健胃消食片", "送医途中"])
def test_a_helpers_act_and_a_medicine_stay(text):
    assert _deidentified(text) == text


# Round 23 (uy23): Turkic and Mongolic given names in Latin letters (turkic_mongolic_latin.tsv),
# two side by side in a person's slot, and the names the naming systems build with an ending or
# an opening (Tursun+jan, Nurlan+bek, Abdu+kerim); Xinjiang's and Inner Mongolia's places, foods
# and festivals stay.
@pytest.mark.parametrize("text, name", [
    ("Contact person Zhanibek Enkhbold, tel. withheld.", "Zhanibek Enkhbold"),
    ("The complaint was filed by Tuohuti Abdukerim on 3 May.", "Tuohuti Abdukerim"),
    ("Herder Tursunjan Mamat lost twelve sheep near Altay.", "Tursunjan Mamat"),
    ("Grower Nurlanbek Esen of Turpan applied for drip irrigation.", "Nurlanbek Esen"),
])
def test_turkic_and_mongolic_latin_names(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "Flights from Urumqi to Kashgar resume on Monday.",
    "Naan and polo are served at the Nowruz fair in Hotan.",
    "The Naadam festival in Hohhot draws herders from Ordos and Baotou.",
    "Ili Kazakh Autonomous Prefecture borders Altay Prefecture; buses run from Hami to Turpan.",
])
def test_xinjiang_and_inner_mongolia_look_alikes_stay(text):
    assert _found(text) == []


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(w for w in __import__("gongkai.deid._names", fromlist=["x"])._BASE_MINORITY
                              if len(w) >= 4 and w.isalpha())),
       st.sampled_from(["jan", "gul", "bek", "bay", "khan", "nur", "ali"]))
def test_a_listed_given_name_with_an_ending_is_a_given_name(stem, ending):
    from gongkai.deid._names import MINORITY_PINYIN
    assert stem + ending in MINORITY_PINYIN


# Round 24, en24: English exports write names in Macao's, Hong Kong's, Singapore's dialect and
# Taiwan's Wade-Giles spelling as three capitalised words (romanised_syllables.tsv), initials with
# a family name after a title too, "Family, Given" after a doer's noun, a hyphened given name after
# a title; a make before a machine's noun, places and a festival stay.
@pytest.mark.parametrize("text, name", [
    ("Applicant LEONG Kuok Ieng collected the grant.", "LEONG Kuok Ieng"),
    ("Vong Sio Man signed the tenancy on Monday.", "Vong Sio Man"),
    ("Volunteer Chew Siew Hwa helped at the stall.", "Chew Siew Hwa"),
    ("Caller Tsai I Ling reported a leak.", "Tsai I Ling"),
    ("Kevin Teo Boon Huat collected the parcel.", "Kevin Teo Boon Huat"),
    ("Ms W.H. Tsang signed the receipt.", "W.H. Tsang"),
    ("List: Mr Deng K. 138****0000", "Deng K."),
    ("Singer CHAN, KA-YAN (Cantonese opera) sang the lead.", "CHAN, KA-YAN"),
    ("Mr Chi-wai Lam complained about the noise.", "Chi-wai Lam"),
    ("Reporter Kelvin Ng Ka-lok saw the dredging.", "Kelvin Ng Ka-lok"),
])
def test_romanised_names_of_other_systems_in_english_exports(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "Lunch at Yan Oi Tong; no fee.",
    "Sun Hung Kai Properties built the tower.",
    "Truck carried a Xu Gong excavator and a Liu Gong loader without papers.",
    "Lei Feng Day falls in March.",
    "Tai Ping Shan Street is closed.",
    "The ferry runs from Tung Chung to Tai O.",
    "Ms. Qian X.: file closed.",
])
def test_places_makes_and_festivals_of_three_words_stay(text):
    assert _found(text) == []


def _macao_rows():
    from gongkai.deid._names import _SYLLABLE_ROWS
    return [r for r in _SYLLABLE_ROWS if r[1] == "macao"]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted({r[0] for r in _macao_rows() if r[2] == "y" and len(r[0]) > 1})),
       st.sampled_from(sorted({r[0] for r in _macao_rows() if r[2] == "n"})),
       st.sampled_from(sorted({r[0] for r in _macao_rows() if r[2] == "n"})))
def test_a_macao_family_name_and_two_given_syllables_are_a_name(family, g1, g2):
    from gongkai.deid.names import PINYIN_SURNAMES, ROMANISED_PLACES, _english_word, _pinyin
    assume(g1 != g2 and not (_english_word(g1) or _english_word(g2) or _english_word(family)))
    assume(not (family in PINYIN_SURNAMES and _pinyin(g1) and _pinyin(g2)))   # the pair's reading
    assume("mou" not in (g1, g2))                                             # 某: anonymised
    name = f"{family.upper()} {g1.capitalize()} {g2.capitalize()}"
    assume(not any(p in name.title() for p in ROMANISED_PLACES))
    assert name in _found(f"Resident {name} signed the form.")


def test_a_given_name_with_an_apostrophe_ends_a_list_item_before_family_comma_given():
    # (Yun'en Chen, + LI, Zhuping: the comma after Chen parts two names)
    found = _found("Applicant Yun'en Chen, LI, Zhuping (tel withheld).")
    assert "Yun'en Chen" in found and "LI, Zhuping" in found


# Round 24 (gw24): whole names right after a person's role. A role coined from an act (verb +
# object + 人/户/员/工/师: 采砂人, 修谱人, 交售户, 劝导员, agent_verbs.tsv) is a cue; so is a cue before
# "=" in a key=value log; a given name may begin with 之, 自, 和, 元 there (孔和谐, 黄自力, 王和);
# a rider's vehicle or a partnership after the name is no shop; a relative's given name alone after
# 其子/其女. The role words, posts with a surname, shops and conjunctions after roles stay.
@pytest.mark.parametrize("text, name", [
    ("修谱人：龚和谐|房支：长房", "龚和谐"),
    ("业主尤自力（三楼）反映噪声", "尤自力"),
    ("劝导员=邝先; 驾驶人=〔姓名〕", "邝先"),
    ("售棉人丁海波的籽棉为白棉三级", "丁海波"),
    ("投诉人 吕和 / 出租人 〔姓名〕", "吕和"),
    ("店主〔姓名〕和群众韩菊合伙开店", "韩菊"),
    ("村民秦平骑雅迪电动车闯红灯", "秦平"),
    ("由其女婷婷代为转达", "婷婷"),
    ("约谈名单：采砂人贺眉/〔姓名〕", "贺眉"),
    ("交售户蒋元 / 〔姓名〕", "蒋元"),
])
def test_whole_names_right_after_a_role(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "单县卢记图文换了理光",
    "倪所长带队检查采砂人作业",
    "其子女均已成年",
    "其妻子女均在外地务工",
    "进行动员部署",
    "业主自行整改",
    "村民都以为是假的",
    "骑楼老街王记糖水铺",
    "登记人员名单公示",
    "养蚕户数量增加",
    "责任人和受灾群众",
    "店主和群众合伙开店",
    "劝导员和交警一起上岗",
    "王所长和李站长到场",
    "调解员：廖同志",
])
def test_roles_posts_and_shops_after_roles_stay(text):
    assert _found(text) == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(sorted(__import__("gongkai.deid._names", fromlist=["x"]).AGENT_VERBS)),
       st.sampled_from("砂棉谱蚕粮件"), st.sampled_from("人户"))
def test_a_coined_role_is_a_private_cue(verb, obj, suffix):
    from gongkai.deid.names import _cue_before, _private_cue_before
    text = f"{verb}{obj}{suffix}张晓峰"
    start = len(verb + obj + suffix)
    assert _cue_before(text, start) and _private_cue_before(text, start)


# Round 24 (ti24): the posts and titles of every kind of unit, office, force, court, school, firm
# and trade (post_titles.tsv) after a surname name nobody (郭行长, 周教员, 彭班主), as 王老师 does;
# a post whose first character ends given names yields to a word after it (王林 + 长期), and a
# name before a post is still found.
@pytest.mark.parametrize("text", [
    "经郭行长核实，贷款已展期", "李场长说今年蚕茧收成不错", "周教员带队检查", "彭班主联系了戏台",
    "请司辅导员于周五前回复", "已向韩舰长汇报", "由何检察官签字确认", "邵老校长和村民一起清理",
    "冯副县长到场", "联系人：江教员", "Reported by President Guo of the credit cooperative.",
    "Instructor Zhou led the inspection.", "Counsellor Si handed out eggs.",
])
def test_a_surname_with_a_post_stays(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text, name", [
    ("王林长期在外务工", "王林"), ("王建连长期在外务工", "王建连"), ("李军长期在外务工", "李军"),
    ("户主王建连长期在外", "王建连"), ("刘建华场长说今年收成不错", "刘建华"), ("经王建国行长核实", "王建国"),
    ("Instructor Zhou Jianguo led the inspection.", "Zhou Jianguo"),
])
def test_a_name_beside_a_post_is_found(text, name):
    out = _deidentified(text)
    rest = out.replace("〔姓名〕", "")
    assert "〔姓名〕" in out and not any(name[k:k + 2] in rest for k in range(len(name) - 1)), out


def test_a_clan_head_named_in_a_public_notice_is_private():
    text = "孙集乡档案馆民间族谱征集登记公示：房长邓贵；张进翰，石氏宗祠谱"
    out = redact_names(text, public_names=OFFICIALS)
    assert "邓贵" not in out and "张进翰" not in out, out


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(list("王李张刘陈杨黄赵周吴徐孙马郭何")),
       st.sampled_from(sorted(__import__("gongkai.deid._names", fromlist=["x"]).POST_TITLES)))
def test_every_listed_post_is_a_title_of_address(surname, post):
    from gongkai.deid._names import ADDRESS_TITLES
    assert post in ADDRESS_TITLES
    assume(post not in ("车间主任", "科主任", "列车长"))    # (林科 + 主任, 胡列 + 车长: both readings hold)
    text = f"经{surname}{post}核实，情况属实"
    assert _deidentified(text) == text


# Round 24 (lk24): look-alikes with a shape (names.py _shaped_spans, _coded_after; shaped_words.tsv):
# amounts in capital numerals, clans' halls named after a commandery, generation poems, opera
# role types and posts, and varieties or models named with a number. The names beside them stay.
@pytest.mark.parametrize("text, look", [
    ("户主娄新民，金穗惠农卡，贴息玖仟叁佰贰拾肆元整、阳媚（花椒种植）", "玖仟叁佰贰拾肆元整"),
    ("黄震|米家桥村|7张|陆万元整", "陆万元整"),
    ("以上族谱已登记入库，安定堂。联系人：蒲青", "安定堂"),
    ("李秋生|黎氏支谱|渤海堂|40000元", "渤海堂"),
    ("堂号：弘农堂；登记人：凌思彤", "弘农堂"),
    ("王伟、李强三兄弟同属长房，按德承世泽光宗耀祖排行", "德承世泽光宗耀祖"),
    ("字辈：文明启后守正克昌；修谱人：覃春生", "文明启后守正克昌"),
    ("王氏支谱9卷，弘农堂，永怀忠孝传家继先", "永怀忠孝传家继先"),
    ("花灯戏《朝阳沟》，刀马旦缺人", "刀马旦"),
    ("演员李四扭伤脚，武生临时换成张三", "武生"),
    ("行当：司鼓；演员：王小明", "司鼓"),
    ("交售人陈心功退回华康3号481张", "华康3号"),
    ("吴质检员抽检皮重，新陆早57号样品9份", "新陆早57号"),
    ("张会计抽检强力，鲁棉研28号样品171份", "鲁棉研28号"),
    ("户主王建国购买工农-12型手扶拖拉机一台", "工农-12型"),
])
def test_look_alikes_with_a_shape_stay(text, look):
    assert look in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("群众伍建国元旦前捐款500元", "伍建国"),
    ("陆小凤捐款伍佰元整", "陆小凤"),
    ("已结清：群众刘亨富,徐素玖仟玖佰元整。", "徐素"),
    ("捐资名单：安定、王伟、李强", "安定"),
    ("陆小凤、伍建国领取补助", "陆小凤"),
    ("村民王安定堂兄王安邦来办手续", "王安定"),
    ("鼓师张剑(34岁)唱柳琴戏四十多年", "张剑"),
    ("演员文生华（花脸）", "文生华"),
    ("王伟排行老三，在家务农", "王伟"),
    ("户主王伟3号来办理", "王伟"),
    ("患者王伟2型糖尿病复诊", "王伟"),
    ("学员王伟一家三代唱花灯戏", "王伟"),
])
def test_names_beside_a_shaped_look_alike_are_found(text, name):
    assert name in _found(text)


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=11, max_value=99999))
def test_an_amount_in_capital_numerals_is_no_name(value):
    digits, units = "零壹贰叁肆伍陆柒捌玖", ((10000, "万"), (1000, "仟"), (100, "佰"), (10, "拾"), (1, ""))
    out, zero = "", False
    for base, unit in units:
        d = (value // base) % 10
        if d:
            out += ("零" if zero and out else "") + digits[d] + unit
            zero = False
        elif out:
            zero = True
    text = f"户主王建国，贴息{out}元整、李秀兰"
    assert _deidentified(text).count("〔姓名〕") == 2 and f"{out}元整" in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("按王德福的辈分排行", "王德福"),
    ("三兄弟按照王德福的字辈取名", "王德福"),
])
def test_a_person_before_a_rank_word_is_no_generation_poem(text, name):
    # what brothers are ranked by is the poem right before the rank's word; a person's name
    # followed by 的 is the elder whose rank is meant (lead, round 24)
    assert name in [text[h.start:h.end] for h in find_names(text)]


def test_a_clause_after_a_canteen_is_no_generation_poem():
    # only a commandery's hall heads a genealogy's poem; 食堂, 礼堂, 课堂 are rooms (lead, round 24)
    text = "中午到食堂，王伟今天值班打饭。"
    assert "王伟" in [text[h.start:h.end] for h in find_names(text)]
    assert find_names("弘农堂，永怀忠孝传家继先。") == []


# --- round 24 (pt24): the given name's last character in its slot ---------------------------------
# A name was cut one character short where its last given character is none of the table's: before
# the end of a cell or a mark nothing can begin a word, so the character ends the name; before a cue
# of the domain's acts (投诉, 来电) too. Particles, the sex, kin, plurals and what a name gives its
# name to (a brand, a case) stay outside.
@pytest.mark.parametrize("text, name", [
    ("赡养纠纷：老人诉儿子龚宝有，调解地点在司法所。", "龚宝有"),
    ("收款人蒋德先|2300元|已发放", "蒋德先"),
    ("申请人邹锦初 城关镇 务工", "邹锦初"),
    ("联系人：儿子卢安时；", "卢安时"),
    ("村民彭立政投诉楼下噪音扰民。", "彭立政"),
    ("村卫生室的苗佳和来电反映药品短缺。", "苗佳和"),
    ("船主：邓敬之，砂种：黄沙", "邓敬之"),          # a joining stop before a mark joins nothing
])
def test_last_given_character_before_a_mark_or_an_act(text, name):
    out = _deidentified(text)
    assert name not in out and name[-1] + text[text.index(name) + len(name)] not in out.replace(name, "")
    assert "〔姓名〕" + name[-1] not in out


@pytest.mark.parametrize("text, kept", [
    ("户主张伟男，45岁，务农。", "男，"),
    ("请王芳们，明天到村委会。", "们，"),
    ("关于张伟案，已移送法院。", "案，"),
    ("领取轮椅一台（鱼跃牌）。", "鱼跃牌"),
    ("王芳曾反映过此事。", "曾反映"),
    ("其妻王丽仍未到场。", "仍未到场"),
    ("来电称父亲帕金森病住院，车辆暂无法处理。", "帕金森病"),
    ("户主李强等，均已签字。", "等，"),
    ("病种备注：帕金森病、唐氏综合征；就诊于市医院。", "帕金森病"),   # a disease named after a person
])
def test_what_follows_a_name_before_a_mark_stays(text, kept):
    assert kept in _deidentified(text)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from("张王李赵陈杨黄周吴"), st.sampled_from("德福锦立安宝志"),
       st.sampled_from("的了等们男女"), st.sampled_from("，、；|"))
def test_a_particle_before_a_mark_never_joins_the_name(surname, g1, particle, mark):
    text = f"收款人{surname}{g1}{particle}{mark}已核实"
    assert particle + mark in _deidentified(text)


# Round 24 (nt24): a notice whose title announces a list of private persons (notice_lists.tsv:
# 补贴发放, 名单, 交售户, 实名登记, 违法曝光): a role word before a listed name labels the item, no
# official's post (广播员, 维护员, 信息员). Officials on role lines (审核人：, 值班：, 质检：,
# 驻村第一书记：) and the cells of a row (a loan's product) stay. (nt24's items beside an item
# holding a name were left out: on a blind set they altered eight look-alikes for one name found.)
def _notice_deidentified(text: str) -> str:
    from gongkai.deid.detectors import find_all, redact_text
    from gongkai.deid.names import redact_with, without_officials

    first = redact_text(text, without_officials(text, find_all(text)))
    hits = find_names(first, public_names=OFFICIALS)
    return redact_with(first, hits) if hits else first


@pytest.mark.parametrize("text, names, kept", [
    ("防汛信息员补助发放公告：信息员滕建华（高坪组）、罗桂芝（中寨组）。审核人：吴大军",
     ["滕建华", "罗桂芝"], ["吴大军"]),
    ("村级公益岗位补贴发放公示\n维护员韦春燕，52岁\n广播员蒙德华（上寨组）\n审核人：黄丽萍，0851-1234567",
     ["韦春燕", "蒙德华"], ["黄丽萍"]),
    ("护林巡查员名单公示\n巡查员龙海涛（下坝）、石秀兰（河口）\n联系人：杨国强",
     ["龙海涛", "石秀兰"], ["杨国强"]),
    ("小额信贷贴息公示\n潘德明（养牛）\n罗小英\n贴息资金来源：县财政。村委会主任：吴光荣，驻村第一书记：杨丽 龙秀芝因户籍迁出不再列入。",
     ["龙秀芝"], ["吴光荣", "杨丽"]),
    ("电动自行车违法曝光公告：骑车人韦国强（路口）；石志勇（斑马线）。值班：杨光明",
     ["韦国强", "石志勇"], ["杨光明"]),
    ("籽棉收购交售户公告：交售户蒙建国 40公斤。质检：韦丽华",
     ["蒙建国"], ["韦丽华"]),
])
def test_a_listed_persons_notice_keeps_only_its_officials(text, names, kept):
    out = _notice_deidentified(text)
    assert not any(n in out for n in names), out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text, kept", [
    ("信贷贴息公示\n刘德泰（香菇种植）\n监测户皇甫达，富民贷，贴息100元\n村委会主任：牟达", "富民贷"),
    ("族谱征集登记公示：罗慧，陈氏家谱\n杨沐阳（提交许氏族谱）。联系人：陈卫红", "陈氏家谱"),
    ("庭院奖补公示：由农技员龚德明逐户核对，户主习春兰符合条件。", "龚德明"),
    ("养蜂补贴发放公示：受助人：韦国强；证明人：石秀兰；项目：甘露蜜、槐花蜜。", "甘露蜜"),
])
def test_a_rows_cells_and_the_staff_stay_in_a_listed_persons_notice(text, kept):
    assert kept in _notice_deidentified(text)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["补贴发放公示", "名单公示", "交售户公告", "实名登记情况的公示", "违法曝光公告"]),
       st.sampled_from(["审核人", "审批人", "经办人", "联系人", "值班", "质检"]),
       st.sampled_from(["吴大军", "杨光明", "韦丽华", "黄丽萍"]))
def test_a_role_lines_official_stays_in_any_listed_persons_notice(title, role, official):
    text = f"县{title}：韦国强（上寨组）、石志勇（下寨组）。{role}：{official}"
    out = _notice_deidentified(text)
    assert official in out and "韦国强" not in out, out


# Round 24 (helper mi24): a minority's name read short runs on by its naming system's slots
# (minority_given.tsv): a Han surname and a Wa, Zhuang, Yao or Li prefix take the syllable after
# them, a Wa prefix and a syllable a second syllable, a given part of name elements its whole run
# (Mongolian, Yi); minorities' surnames (脱, 德, 恩, 锡, 太, 密 ...) after a cue, never where their first
# characters make a place, a word or a brand (德宏, 恩施, 宝山, 锡林郭勒).
@pytest.mark.parametrize("text, name", [
    ("捐资人肖叶坎之妻到场", "肖叶坎"),
    ("9.17 黄妹二领黄牌", "黄妹二"),
    ("拾花工:符亚和|品种:金垦1643", "符亚和"),
    ("广播员由户主叶块坎换成管理员舒思坚", "叶块坎"),
    ("由家属斯琴特木尔陪同就医", "斯琴特木尔"),
    ("备注　巴彦嘎查鲍格日勒主动领取车牌号", "鲍格日勒"),
    ("司机阿苦史色，强力超标被拒收", "阿苦史色"),
    ("投诉人脱贵才反映信号弱", "脱贵才"),
    ("户主王五和其侄德翠瑶用挖掘机夜间作业", "德翠瑶"),
    ("由其母密二扒陪同", "密二扒"),
])
def test_minority_names_read_whole(text, name):
    from gongkai.deid.names import redact_personal
    out = redact_personal(text)
    assert name not in out                # nothing of it left beside the placeholder either
    assert not any("〔姓名〕" + name[k:] in out or name[:k] + "〔姓名〕" in out for k in range(1, len(name)))


@pytest.mark.parametrize("text, kept", [
    ("投诉人：德宏分公司未回复", "德宏"),
    ("翻译由恩施州民宗委协助", "恩施"),
    ("户主王五，住宝山区，电话未留", "宝山"),
    ("锡林郭勒盟牧民参加那达慕", "锡林郭勒"),
    ("民族：达斡尔族；户主王五", "达斡尔族"),
    ("户主王平措施工队负责人", "措施"),
    ("联系人张达成协议后离开", "协议"),
])
def test_minority_surnames_and_slots_leave_places_and_words(text, kept):
    from gongkai.deid.names import redact_personal
    assert kept in redact_personal(text)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="赵李黄韦岩叶妹亚块坎嘎二凤斯琴特木尔格日勒的在，。 ", min_size=2, max_size=12),
       st.integers(0, 10), st.integers(2, 4))
def test_a_minority_name_end_only_runs_on(text, start, length):
    from gongkai.deid.names import minority_name_end
    assume(start + length <= len(text))
    end = minority_name_end(text, start, start + length)
    assert start + length <= end <= len(text)


@pytest.mark.parametrize("text, name", [
    ("德庆白珍（户主）、卓玛（妻），扎西岗乡", "德庆白珍"),
    ("补助金由太史可馨的女婿代为领取", "太史可馨"),
])
def test_a_minority_surname_guard_spares_elements_and_compounds(text, name):
    from gongkai.deid.names import redact_personal
    assert name not in redact_personal(text)


@pytest.mark.parametrize("text", ["（境）费 小计", "差旅费 小计 12.5", "项目支出 子目 类款"])
def test_a_budget_tables_labels_make_no_name(text):
    # a sum's or a level's label in a budget table's cell (小计, 子目, 类款) is no given name after
    # an item's last character that is a surname too (费, 项) (lead, round 24)
    assert find_names(text) == []


@pytest.mark.parametrize("text", ["Lunch at Tai Ping Koon on Sep 3.", "Egg rolls from Koi Kei, Macao.",
                                  "Mooncakes of Wing Wah were returned."])
def test_hong_kong_and_macao_old_shops_in_cantonese_stay(text):
    # three capitalised Cantonese syllables read like a Macao name (LEONG Man Ieng); the old shops
    # are brands (lead, round 24)
    assert find_names(text) == []


# Round 25, en25: romanised places, pinyin things and brands from whole vocabularies
# (romanised_divisions.tsv, pinyin_things.tsv, pinyin_brands.tsv), and English exports' names.
@pytest.mark.parametrize("text, kept", [
    ("Hefei, Kevin Zhou, 80 yuan", "Hefei"),                         # no "Family, Given" reading
    ("Qingdao, Helen Sun, 80 yuan", "Qingdao"),
    ("Wang Lin\tXi'an\tMark-up", "Xi'an"),                            # a place, then the next field
    ("Visited Wulumuqi with Zhao Li.", "Wulumuqi"),
    ("Ms. Li Hong|Chase Bank|ZP767449|Lan Di blue|1200 yuan", "Lan Di"),   # a name-shaped thing
    ("Zhou Min and Li Hua share the white background (Bai Di)", "Bai Di"),
    ("Wang Lin - King Long bus / Hu Jun, 11 y/o", "King Long"),
    ("Li Na bought Mi Fen at the market.", "Mi Fen"),
])
def test_romanised_places_and_pinyin_things_stay(text, kept):
    from gongkai.deid.names import redact_personal
    assert kept in redact_personal(text)


@pytest.mark.parametrize("text, name", [
    ("Customer: Xu Chang | Pingdingshan", "Xu Chang"),                # a surname written apart
    ("Jianping Li, Xinhua Wang and Li Jianping", "Xinhua Wang"),     # a county's name as a given name
    ("Customer Bai Di paid 30 yuan", "Bai Di"),                       # a role before a thing's spelling
    ("The Guo Hua case was closed", "Guo Hua"),                       # a person's case
    ("20250608 W. Zhou, child's nickname 晨晨 [藏GD7VU5]", "晨晨"),    # a nickname in characters
    ("Customer: Zhuge Gang Na, child's nickname 阿德. (Holly Road)", "阿德"),
    ("PHOTO PICKUP\nClient U Cheng Pou 13800001111 Suzhou.", "U Cheng Pou"),   # Macao's U (余, 于, 姚)
    ("U Wa Chon,80 yuan,Qinling ridge,Jiangyou", "U Wa Chon"),
    ("Note: Chiu Tsung-fen replaced Hu, Candy on 20261005", "Hu, Candy"),
    ("14 Jun 2025 Jacky Xiang 195-5429-8557 Hezhou", "Jacky Xiang"),   # 项, no township
    ("Bitten Vincent Law Ming-sze [桂Z9JM4U]", "Vincent Law Ming-sze"),
    ("2025/5/10 Wang Wei replaced Ms. Alice MENG on 2026/7/3", "Alice MENG"),
])
def test_english_export_names_are_found(text, name):
    from gongkai.deid.names import redact_personal
    out = redact_personal(text)
    assert name not in out and not any(w in out.split() for w in name.replace(",", "").split() if len(w) > 1)


@pytest.mark.parametrize("text", ["Block U Wang Wei", "Mr. Wang ID 3301"])
def test_a_letter_or_an_id_is_no_part_of_a_name(text):
    from gongkai.deid.names import redact_personal
    out = redact_personal(text)
    assert ("U " in out) if "Block" in text else ("ID 3301" in out and "Wang" in out)


# A married woman's name with her husband's surname first (冠夫姓): two surnames and a given name
# of two characters, found whole where the first surname is set off before it (a cell's start, a
# cue, a date), whichever three characters the rules read first (pa25).
@pytest.mark.parametrize("text, name", [
    ("于廖建琴7岁，中阮考级。", "于廖建琴"),
    ("学生孟方永娜弹中阮", "孟方永娜"),
    ("高方长梅的席梦思床垫已取走", "高方长梅"),
    ("店员陆高春颖被柯基咬伤", "陆高春颖"),
    ("取车人白唐长敏代付480块", "白唐长敏"),
    ("患者马吕长婷高血压", "马吕长婷"),
    ("村民董韦庆红在毛石挡墙上晒粮", "董韦庆红"),
])
def test_a_married_womans_two_surnames_are_found_whole(text, name):
    assert _deidentified(text) == text.replace(name, "〔姓名〕")


# ... and no extra character where the surname before a whole name is a preposition, a word's
# end, a unit, or a preposition that takes a person (pa25).
@pytest.mark.parametrize("text, kept", [
    ("民警于张建华家中查获", "民警于"),
    ("于王建国处取得", "于"),
    ("向张建华了解情况", "向"),
    ("由王建国负责", "由"),
    ("关于张建华的申请", "关于"),
    ("会计师卢建明出具审计报告。", "会计师"),
    ("资助名单：初二（4）班鲍晓雯、高三（2）班葛子墨。", "高三（2）班"),
    ("学员于张建华来访", "学员于"),
])
def test_a_surname_like_word_before_a_whole_name_stays(text, kept):
    assert kept in _deidentified(text)


# A common last given character that makes a word with the next ends the name where the next
# character follows names on its own (等, 在); not a verb's first (生于) (pa25).
@pytest.mark.parametrize("text, out", [
    ("黎学平等人在桥头摆摊", "〔姓名〕等人在桥头摆摊"),
    ("赵立平等待审批", "〔姓名〕等待审批"),
    ("张伟生于1980年", "〔姓名〕生于1980年"),
    ("王芳明天到", "〔姓名〕明天到"),
])
def test_a_given_names_end_before_a_particle(text, out):
    assert _deidentified(text) == out


# --- round 25 (helper rd25): rare surnames, a name after a village, a name alone in a cell ---

@pytest.mark.parametrize("text, name", [
    ("25年10月27号 祢晨宇15519631576，左前门异响", "祢晨宇"),      # rare surnames of the registers
    ("经营者茆秋菊，茶楼5台", "茆秋菊"),
    ("何家岭萨雪梅多次举报郑家老年活动室", "萨雪梅"),
    # a village, then the person who lives there
    ("本周排班：①沈家坝钟敏艳/②彭官屯卿解放/③宋官屯朱花", "卿解放"),
    ("杨家沟张玉珍多次举报老程茶楼", "张玉珍"),
    ("2026-03-13 朱家峪富光明的江铃由叶氏汽配拖回", "富光明"),
    ("何寨和明珍的江淮由金盾汽修厂拖回。", "和明珍"),
    # a cell of a name before a phone, a sex and an age, or an amount
    ("纠纷记录: 梁根生/15632605678 罗永喜/0801-3937592 和永福/137-1299-8953", "和永福"),
    ("高昌\t男\t45岁", "高昌"),
    ("程海||13812345678||300元", "程海"),
    ("一日捐｜刘洋 800元；双逸飞 2600元；王芳 3500元", "双逸飞"),
])
def test_rare_surnames_villages_and_cells_name_persons(text, name):
    from gongkai.deid.names import redact_personal
    assert name not in redact_personal(text)


@pytest.mark.parametrize("text, kept", [
    ("王家沟李家坝水库", "李家坝"),          # a second place after a village
    ("李家沟金矿开采", "金矿"),
    ("刘家河段水位上涨", "段水位"),
    ("张家湾和平路", "和平路"),
    ("周家庄刘记面馆", "刘记"),
    ("刘家湾海燕家庭农场", "海燕"),
    ("高昌 40元", "高昌"),                   # a place before a price stays a place
    ("前往高昌故城参观", "高昌"),
    ("合计 300元", "合计"),                  # a sum's label, a fee: no given name
    ("车费 50元", "车费"),
    ("金额\t300元", "金额"),
])
def test_places_and_words_around_villages_and_cells_stay(text, kept):
    from gongkai.deid.names import redact_personal
    assert kept in redact_personal(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="王张和富家沟屯寨庄明珍玉凤英 \t|/；0123456789元岁男〔电话〕", min_size=1, max_size=16))
def test_village_and_cell_readings_stay_inside_the_text(text):
    from gongkai.deid.names import _cell_person_hits, _village_named_hits
    for h in _village_named_hits(text, []) + _cell_person_hits(text, []):
        assert 0 <= h.start < h.end <= len(text) and h.end - h.start <= 4


# Round 25 (helper mi25): naming systems of minority listings: the Jingpo's clan, birth-order name
# and given syllable; names of religion after 经名 and alone; Lahu and Wa prefixes of sex with one
# syllable; Hui surnames with a Han given name; the Dai houses' surnames; Korean given names of 在.
@pytest.mark.parametrize("text, name", [
    ("户主木然路卡外出务工，由其妻代办", "木然路卡"),
    ("木然果干|2025年7月1日|全程|30元整", "木然果干"),
    ("走失人员儿子〔姓名〕、报警人排腊甘（杨家堡）", "排腊甘"),
    ("2025.2.14石扎拥与〔姓名〕轮班", "石扎拥"),
    ("当晚介绍雇主石路诺来做健康证", "石路诺"),
    ("教练：金都卡 武术 RMB 12000", "金都卡"),
    ("承租人：勒排扎甘。电话：13800000000", "勒排扎甘"),
    ("勒排锐干失温，领队用冲锋衣包裹", "勒排锐干"),
    ("〔姓名〕，经名：宰乃白", "宰乃白"),
    ("〔姓名〕（经名伊斯哈格）", "伊斯哈格"),
    ("乘客张伟，经名：尔林", "尔林"),
    ("监护人法蒂麦代签", "法蒂麦"),
    ("监护人娜松代小孩签字", "娜松"),
    ("代取人娜叫代签", "娜叫"),
    ("重洗，客户娜帅和丈夫补拍展板", "娜帅"),
    ("田园犬｜妻喇长晨｜85周岁", "喇长晨"),
    ("费用：350元；海保国（经名伊斯哈格）", "海保国"),
    ("2025/9/13 喇月与儿子〔姓名〕拍宫格照", "喇月"),
    ("请投诉人罕岩温一对二", "罕岩温"),
    ("当晚何家岭罕玉应介绍雇主", "罕玉应"),
    ("衣服错装进侄子罕玉罕的袋子", "罕玉罕"),
    ("学员打架，丈夫柳在元鼻出血", "柳在元"),
])
def test_minority_naming_systems_read_whole(text, name):
    from gongkai.deid.names import redact_personal
    out = redact_personal(text)
    assert name not in out and not any(name[i:i + 2] in out for i in range(len(name) - 1))


@pytest.mark.parametrize("text, kept", [
    ("沿石路南行200米到村口", "石路南"),
    ("金都卡拉OK今晚营业", "金都卡"),
    ("他木然地站着，一言不发", "木然"),
    ("已经名列前茅", "经名"),
    ("经名称变更登记后办理", "名称变更"),
    ("客户扎实推进工作", "扎实"),
    ("叶子掉了，尼龙绳断了", "叶子"),
    ("回执已收到，海边散步，沙发坏了", "回执"),
    ("回执已收到，海边散步，沙发坏了", "海边"),
    ("回执已收到，海边散步，沙发坏了", "沙发"),
    ("他回家了，哈密瓜很甜，黑色轿车", "哈密瓜"),
    ("回民小吃，沙县小吃", "沙县"),
    ("罕见病例，刀岩石，线玉米种植", "罕见"),
    ("报警人王在元旦那天来过", "元旦"),
    ("扫雪除冰责任区：马当路182号至387号", "马当路"),
    ("欠缴税款6399元，滞纳金10195元，已上门催缴", "滞纳金"),
    ("他在成都工作", "成都"),
])
def test_minority_naming_systems_keep_look_alikes(text, kept):
    from gongkai.deid.names import redact_personal
    assert kept in redact_personal(text)


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet="勒排木然石金岳路锐腊干甘卡诺南拥扎的在，。 |", min_size=0, max_size=12), st.integers(0, 12))
def test_a_jingpo_name_is_a_clan_an_order_name_and_a_given_syllable(text, k):
    from gongkai.deid._names import JINGPO_CLOSING, JINGPO_NAME_CLANS, JINGPO_ORDER
    from gongkai.deid.names import jingpo_name_length
    n = jingpo_name_length(text, k)
    assert n in (0, 3, 4) and (n == 0 or k + n <= len(text))
    if n:
        clan = text[k:k + n - 2]
        assert text[k + n - 2] in JINGPO_ORDER and text[k + n - 1] in JINGPO_CLOSING
        assert n == 3 or clan in JINGPO_NAME_CLANS


# Round 25 (lead): a bare minority reading (Hui surname, Jingpo) gives way to a listed brand, herb or
# domain word that covers it where no person's cue stands before it; after a cue the name stays.
@pytest.mark.parametrize("text", [
    "今年3头乔纳金死亡，已申请保险理赔。", "今年3头沙宣死亡，已申请保险理赔。", "沙宣、化肥、农药均已发放到户。",
    "发放物品包括电视机、张拉拉、洗衣机等。", "今年3头艾纳香死亡，已申请保险理赔。",
])
def test_a_bare_minority_reading_gives_way_to_a_listed_thing(text):
    assert find_names(text) == []


@pytest.mark.parametrize("text, name", [
    ("客户：沙宣，电话13800000000", "沙宣"), ("承租人：勒排锐干，电话", "勒排锐干"), ("监护人喇长晨签字", "喇长晨"),
])
def test_a_minority_name_after_a_cue_stays_a_name_beside_the_lists(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


# Round 26, en26: Chinese words written in spaced pinyin syllables (a lexicon word's spelling) are
# no names: three syllables or more unless a person is marked, two where the text says a thing.
@pytest.mark.parametrize("text", [
    "[01/19/2026] Butcher: Li Jun: Shuanghui item, Leng Xian Rou returned",
    "Ticket SN973818 / Wang Fang / asked about Lan Yin Hua Bu subsidy / Xiaomi",
    "Remark: Gao Qing box issue, fixed; item: Tian Qi",
    "[01/21/2026] Zhou Min: Niu Rou x22, weighed",
    "Remark: Che Zai terminal returned; Dang Shen x16, weighed",
    "Caller: Li Na reported Huang Hua Yu order TK457057 on 04/06/2026.",
])
def test_chinese_words_in_spaced_pinyin_are_no_names(text):
    out = _deidentified(text)
    for word in ("Leng Xian Rou", "Lan Yin Hua Bu", "Gao Qing", "Tian Qi", "Niu Rou", "Che Zai",
                 "Dang Shen", "Huang Hua Yu"):
        if word in text:
            assert word in out, (word, out)


@pytest.mark.parametrize("text, name", [
    ("benefit paid to He Li Hua's daughter", "He Li Hua"),     # 合理化 in spelling: a person owns
    ("Vet: Gao Pin Tou; item: Niu Rou", "Gao Pin Tou"),       # a role before the word
    ("Wang Xiao Ming called re cable TV", "Wang Xiao Ming"),
    ("Driver: Wang Xiao Ming; Tel: 〔电话〕", "Wang Xiao Ming"),
    ("Chan Tai Man (62) visited Jinhua", "Chan Tai Man"),
    ("Caller: Wei Xingguo; complaint about Wei Xing Guo", "Wei Xingguo"),
    ("Records: ZHANG Wei, 45, Jinhua", "ZHANG Wei"),
    ("Mao Zhu (59) moved to Jinhua", "Mao Zhu"),             # a word's spelling, a person's mark
    ("Head of household Bai Ling is bedridden", "Bai Ling"),
    ("Qian Yu, 43, lives alone in a village", "Qian Yu"),
])
def test_names_stay_beside_the_spaced_pinyin_words(text, name):
    assert name not in _deidentified(text)


# ... and a family name with its given name's two initials is a person (Tang ZJ, PENG LL); a masked
# X. or X.X. is 某, and an abbreviation after a word is none (a car model's DM too).
@pytest.mark.parametrize("text, name", [
    ("1) Vet:Tang ZJ 2) Li", "Tang ZJ"), ("Checked by: Ma FJ - item", "Ma FJ"),
    ("[01/21/2026] Xu NH: closed", "Xu NH"), ("Subscriber PENG LL called re cable TV", "PENG LL"),
    ("1) Member Li KR 2) Weaver", "Li KR"),
])
def test_a_family_name_and_two_initials_is_a_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "Records of Zhang X. withheld.", "Bought at Gao DK Road market.", "Li OK, closed.",
    "Driving school refund | car: Tang DM | refund CNY 800",
])
def test_masks_and_abbreviations_after_a_family_name_stay(text):
    assert _deidentified(text) == text


# ... an English given name and a family name that is an English word too (Sam So) where a row's
# sex field or an age marks a person; a place after a name's age is no second name.
@pytest.mark.parametrize("text, name", [
    ("Sam So|F|62|Guojiazhuang|〔电话〕", "Sam So"), ("Sam So (62) called", "Sam So"),
])
def test_an_english_given_name_and_a_word_family_marked_as_a_person(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text, place", [
    ("Owner:Zhang Wei (37), Guojiazhuang; paid", "Guojiazhuang"),
    ("Complainant: Li Na (56), Liuzhou; order", "Liuzhou"),
])
def test_a_place_after_a_names_age_is_no_second_name(text, place):
    assert place in _deidentified(text)


# Round 26 (sl26): a dated or timed log entry's actor glued to the stamp and to what the entry records;
# the split where the rest opens with a word; the log's stamp alone makes no word a name.
@pytest.mark.parametrize("text, name", [
    ("2025年11月7日 11:25周芳到站；14:00沼气池停用", "周芳"),
    ("2025.9.22：陈嘉怡白条猪出场14片。", "陈嘉怡"),
    ("2月3号：焦信蓝印花布返工8件。", "焦信"),
    ("2025年11月15号：潘婷洁尾水管堵塞，疏通完毕", "潘婷洁"),
    ("12.4；2026年10月6号赫连生军补签 备注", "赫连生军"),
    ("17:10商户东方解放离开；毛重", "东方解放"),
    ("4月9号 17:00 主播 吴淑珍石磨面粉8袋待发", "吴淑珍"),
    ("1/25 全承宪来站", "全承宪"),
])
def test_a_log_entry_names_its_actor_glued_to_the_stamp(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text", [
    "2025年3月5日白菜价格上涨", "2025年3月5日上午召开会议", "2025年3月5日王庄村召开会议", "11:30开始检查",
    "3月2日黄山茶叶到货", "5月1日高温预警", "9:00金龙鱼食用油到货", "2025年1月5日东方明珠", "3月5日王芳超市开业",
    "1月3日 高致病性禽流感免疫7羽", "8月13日 胡杨成活率低", "按1/2比例分配", "2025年5月3日全县开展",
])
def test_a_log_stamp_alone_makes_no_word_a_name(text):
    assert find_names(text) == []


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["2025.9.22：", "11:25", "5月18号：", "1/25 ", "2026年10月6号"]),
       st.text(alphabet="周芳到站陈白条猪赫连生军东方解放商户金龙鱼，。 ", min_size=0, max_size=10))
def test_glued_log_hits_are_whole_spans_after_a_stamp(stamp, rest):
    from gongkai.deid.names import _glued_log_hits
    t = stamp + rest
    for h in _glued_log_hits(t):
        assert len(stamp) <= h.start < h.end <= len(t) and 2 <= h.end - h.start <= 4


# ... and given names that are everyday words, where a person's slot holds them: an owner's noun the
# lexicon lacks (畜主), a log's copy or handler as a field (抄送, 经办), an age in 周岁 after the name,
# and the era names of given_words.tsv (友谊, 国防, 和谐); the same words stay words elsewhere.
@pytest.mark.parametrize("text, name", [
    ("畜主　白雪，与报检人王明同来", "白雪"), ("畜主余生/〔电话〕/田家桥", "余生"),
    ("龙泉畜主：夏利到站反映冷却间满", "夏利"), ("王明领柳树苗18株，江河75周岁，涉及胡杨", "江河"),
    ("抄送：沈阳", "沈阳"), ("抄送华丽；计量监督", "华丽"), ("常友谊（47，杜家庄）租用冷库28号库位", "常友谊"),
    ("陪跑员：林友谊（金牌）", "林友谊"), ("祝国防（郭营子村）", "祝国防"), ("何和谐/房顶/中国移动", "何和谐"),
])
def test_a_given_name_that_is_a_word_in_a_persons_slot(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text", [
    "抄送：沈阳市局", "抄送：县财政局", "发往沈阳", "华丽的外观", "夏利汽车", "以外销为主高兴地说", "民主高兴",
    "家畜主要疫病", "加强民族团结", "维护社会和谐", "巩固国防建设", "中苏友谊", "存粮500斤", "构建和谐社会",
])
def test_given_name_words_stay_words_outside_a_persons_slot(text):
    assert find_names(text) == []


# ... a numbered roll's line beside a line whose person was found; 同行 as a clause's label and
# 合伙人 as a cue; the roll's things and the trade's words stay.
@pytest.mark.parametrize("text, name", [
    ("一、站长助理：王明（冯庄村）\n二、马利成（贾集镇）\n三、钟友谊（毛家堡）\n以上退款人民币1200元", "马利成"),
    ("〔姓名〕（24岁）及合伙人司徒妮洁符合条件", "司徒妮洁"), ("成绩有误；同行李娟玲、领队王明", "李娟玲"),
])
def test_a_roll_line_and_a_companion_are_persons(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text", [
    "一、白菜（王庄村）\n二、萝卜（李庄村）", "与同行交流经验", "同行业竞争激烈", "，同行者均已登记",
])
def test_roll_things_and_the_trade_word_stay(text):
    assert find_names(text) == []


@pytest.mark.parametrize("text", [
    "2021.10.6，唐河面有人落水", "12月12日 10:19 张江路口王明推车卖黄焖鸡米饭占道", "2025-08-18梅川镇沙洲巡查",
    "群租整治台账\n2026/8/21 柯子岭 9栋2单元2003室", "5月28日 马连洼 102房",
])
def test_a_log_stamp_before_a_place_names_no_one(text):
    assert not [h for h in find_names(text) if h.start < 16]


def test_a_county_and_a_character_after_a_stamp_is_no_name():
    t = "2021.8.18，唐河冰面有人落水，荆丹霞用沙发上的拖车绳将其拉上岸"
    assert "唐河冰" not in [t[h.start:h.end] for h in find_names(t)]


# Round 26 (helper mi26): a minority's name before its people's name after a person's cue or role noun
# or a joiner (养护人 + 和建华|纳西族, 与 + 符亚三(黎族)); Uyghur given name and father's name run
# together (买热木妮莎牙合甫); a Wa prefix and two syllables (店主：叶那扫, 翻译:尼瑞茸); rare surnames
# that are common characters (户, 京, 竹) where a person's slot holds them, not in their words.
@pytest.mark.parametrize("text, name", [
    ("养护人和建华|纳西族|85周岁|153 4840 9789", "和建华"),
    ("武威传承人王芳与符亚三(黎族)共同登记", "符亚三"),
    ("巴桑边巴|藏族|71周岁，买热木妮莎牙合甫33，涉及车载录像", "买热木妮莎牙合甫"),
    ("店主：叶那扫/138-1480-5626/钟屯", "叶那扫"),
    ("翻译:尼瑞茸，经办:舒秀芝", "尼瑞茸"),
    ("2025-01-14 清掏 户雪慧户、王芳户，计7车", "户雪慧"),
    ("交售人京秀英\t黄芪\t20亩", "京秀英"),
    ("副班司机 王芳、李明、竹秀英、张伟等4户退回多收车费", "竹秀英"),
])
def test_round26_minority_names_and_rare_common_character_surnames(text, name):
    assert name not in redact_names(text)


@pytest.mark.parametrize("text, kept", [
    ("清掏 张屯户、李庄户、王家户", "张屯户"), ("副班司机王芳等4户退回", "4户"), ("经办：竹林村委会", "竹林"),
    ("本村困难户：户均收入3000元", "户均"), ("收购竹笋20斤，竹编户3户", "竹编"), ("进京上访人员", "进京"),
    ("责任人和受威胁群众（回族）", "受威胁群众"), ("俄罗斯客商来访", "俄罗斯"), ("剂型:尼可刹米，", "尼可刹米"),
])
def test_round26_look_alikes_of_those_readings_stay(text, kept):
    assert kept in redact_names(text)


@pytest.mark.parametrize("text, kept", [
    ("2025年3月19日 补材料（理事 朱爱华）；竹蜻蜓", "竹蜻蜓"), ("4月26号，户主 翁伟28周岁；户厕 GC-69140", "户厕"),
])
def test_round26_a_common_character_surname_stands_only_before_given_names_characters(text, kept):
    assert kept in redact_names(text)


@pytest.mark.parametrize("text, kept", [
    ("该户修说问题突出，", "该户修说"), ("下午 王荣79，京胡、颜体双报", "颜体"), ("另和阿普（傈僳族）同户。", "另"),
])
def test_round26_measure_words_and_words_of_common_character_surnames_seed_nothing(text, kept):
    assert kept in redact_names(text)


# Round 26 (dw26): a surname read with a last character of things, or a thing's word before a count
# of things, is a trade's word where no person's cue or slot holds it.
@pytest.mark.parametrize("text, word", [
    ("5月9号 畜主张建国来电，烫毛池温不够", "毛池"),
    ("今日入场白条猪4片，已登记", "白条猪"),
    ("辖区走失柴犬一只", "柴犬"),
    ("承包户：梁俊杰；种黄芪13亩，党参16亩", "党参"),
    ("承包户：梁俊杰；种黄芪13亩，党参16亩", "黄芪"),
])
def test_a_word_ending_in_a_character_of_things_stays(text, word):
    assert word in _deidentified(text)


@pytest.mark.parametrize("text, name", [
    ("王石头，", "王石头"),
    ("其中田野13650元、温暖5834元、王小明14486元", "田野"),
    ("高原、李娜二人已签字", "高原"),
    ("事实无人抚养儿童曹煜城（父服刑），由祖母抚养。", "曹煜城"),
])
def test_a_name_ending_like_a_thing_is_found_where_a_person_stands(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["诊疗费贰仟元整，未开票", "屠宰费捌佰元整已结清", "报名费贰佰元整退还"])
def test_an_amount_in_capital_numerals_in_a_trade_remark_is_no_name(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", ["10:20刘嫂子称包裹丢失", "2026.3.2 张叔到场查看", "8:10王姐来电催件"])
def test_a_surname_and_a_title_of_address_glued_to_a_log_stamp_is_no_name(text):
    # the glued log slot (round 26) reads the actor right after a stamp; a surname with a title of
    # address or kinship there is a look-alike as everywhere else
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", ["2024年3月5日保安公司运抵仓库。", "2024年3月5日居民区仓库。", "2024年3月5日木工房仓库。"])
def test_a_role_that_begins_a_longer_word_after_a_log_stamp_reads_no_name_after_it(text):
    # 保安 + 公司: the glued log slot's role noun is no role where it begins a word with what follows
    assert _deidentified(text) == text


def test_a_role_glued_to_a_log_stamp_still_holds_the_name_after_it():
    assert "王建国" not in _deidentified("2025年3月2日保安王建国到岗")


@pytest.mark.parametrize("text,name", [
    ("Driver Mr. Lin Wei hit a parked car on Nathan Road.", "Lin Wei"),
    ("Subsidy transferred to son's account (Chan Mei), Chaoyang District.", "Chan Mei"),
])
def test_two_pinyin_syllables_that_spell_a_word_stay_a_name_after_a_title_or_in_a_bracket(text, name):
    # 临危, 谄媚: the spelling of a word, but a title or a bracket of its own says a person
    assert name not in _deidentified(text)


# --- round 27, lb27: role nouns of a trade before a name, labelled fields of a person, right context --

@pytest.mark.parametrize("text,name", [
    ("收购商王霞付款1200元", "王霞"),                 # 商 is the coined role's suffix, no surname
    ("采购商田秀花收了承包户的黄元帅", "田秀花"),
    ("收购商：李永芳\n收购：黄桃6吨", "李永芳"),      # a trader's field holds a person of a name's form
    ("收购商：尹根生\n收购：雪花梨1吨", "尹根生"),
    ("收购商：苏和图门(蒙古族)\n收购：雪花梨10吨", "苏和图门"),
])
def test_a_trader_coined_from_a_trade_act_is_a_cue_and_its_field_holds_a_person(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text,kept", [
    ("收购商：华丰果业\n收购：黄桃6吨", "华丰果业"),   # a firm's name in the trader's field
    ("经销商：金龙鱼", "金龙鱼"),                     # a brand
    ("收购商：王记果行", "王记果行"),
    ("双方进行商谈后签约", "商谈"),
])
def test_a_firm_or_a_brand_in_a_traders_field_is_no_name(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text,name", [
    ("26.06.11 冯德香园打石硫合剂；次日 黄瑶园打石硫合剂", "冯德香"),   # X's orchard and the work in it
    ("26.06.11 冯德香园打石硫合剂；次日 黄瑶园打石硫合剂", "黄瑶"),
    ("7:15 许胜利园施肥", "许胜利"),
    ("2026.4.21 刘罗氏园打石硫合剂；同日", "刘罗氏"),
    ("冯德香打石硫合剂", "冯德香"),                    # a farm input ending in 剂 is no medicine run
])
def test_a_persons_orchard_and_the_work_in_it_keep_the_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["李家园打石硫合剂", "果园打石硫合剂", "王府井百花园打农药", "陈氏园林公司施工",
                                  "金地花园施工"])
def test_a_place_or_a_word_ending_in_yuan_before_farm_work_is_no_name(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text,name", [
    ("2026/2/1 收购点王海航与菜农田珊发生争执", "田珊"),        # 农田 is a word, but no word begins at 田
    ("红娘:徐山  状态:已见面  备注:对方杨振华未回复", "杨振华"),  # the other party of a match
    ("面积:35亩 收购点经手:曹来福 备注:苏铁柱代签", "苏铁柱"),     # one signs for another
    ("老板胡家宇拖欠工资1,500元", "胡家宇"),                   # 板胡 (a fiddle) runs over the cue
    ("当晚：回访种植户魏思花，黄瓜长势一般", "魏思花"),         # no plant's name over 种植户
])
def test_a_role_noun_or_an_act_beside_a_name_holds_it(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["果农田园管理", "菜农田间管理", "对方单位未回复", "与对方协商一致", "种满格桑花",
                                  "拉板胡的师傅到场"])
def test_a_role_nouns_word_or_a_plant_after_it_is_no_name(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", ["申请商汤补贴", "做好商史宣传", "现场发现商纳两处", "已对方密进行登记"])
def test_shang_after_an_act_of_no_trade_and_duifang_after_a_word_are_no_cue(text):
    # 商 coins a trader only after a trade's act (收购商); 对方 is a label only at a clause's start
    assert _deidentified(text) == text


# Round 27, helper mi27: minority naming systems and romanised names of Macao.
@pytest.mark.parametrize("text,name", [
    ("联系人 Ieong Va Kin, tel 13900001111", "Ieong Va Kin"),
    ("Witness: Lam Vu Keong.", "Lam Vu Keong"),
    ("Chan Ut Seak, 42, Taipa", "Chan Ut Seak"),
])
def test_macao_spellings_of_given_syllables_are_read(text, name):
    # Macao writes 華 va, 胡 vu, 強 keong, 石 seak, 月 ut: syllables of its own system
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text,name", [
    ("Applicant: Zhou, Frank; Address: Baoding", "Zhou, Frank"),
    ("signed by agent Pan, Summer on 3 May", "Pan, Summer"),
    ("Guests: Xu, Lucky and Deng, Frank arrived late", "Xu, Lucky"),
])
def test_family_comma_and_an_english_given_name_that_is_a_word(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", [
    "Items: Phoenix, Lucky, Summer, May, Bill, Golden, Dragon",
    "Stock: Young, Lucky Star; Long, Summer",
])
def test_item_names_listed_with_commas_stay(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text,name", [
    ("2 南昌浩/保洁/3200元", "南昌浩"),
    ("1 赵镇洙 物业 保安员证", "赵镇洙"),
    ("会员：全顺淑，来电咨询退费", "全顺淑"),
    ("技术员:俞镇焕；承包人：王强", "俞镇焕"),
])
def test_a_korean_family_and_two_given_syllables_are_one_name(text, name):
    # 南昌 a city, 赵镇 a town, 全顺 no name: the Korean-Chinese naming system reads them whole
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["去南昌出差，住南昌县", "在韩国成立分公司", "1 南昌 高昌区 韩国 全国"])
def test_korean_name_syllables_leave_places_and_words(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text,name", [
    ("1、岩温 曼听村 3头", "岩温"),
    ("上午\t玉香\t养护站", "玉香"),
    ("押金/1万元；娜松/押金/800元", "娜松"),
    ("叶块家水牛2头，已补种", "叶块"),
])
def test_a_bare_dai_wa_or_lahu_name_standing_as_a_row_item(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["1 玉米 2 岩石 3 叶子 玉兰 扎实", "1、玉米 3亩；岩石 2车"])
def test_words_of_a_dai_prefix_stay_as_row_items(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text,name", [
    ("白灰/830块；和金花/陕A12345/白灰/602元；", "和金花"),
    ("2. 和建英 139****2431 银卡", "和建英"),
    ("保姆/5600元/和世杰家\n李强 0888-5123456", "和世杰"),
])
def test_the_naxi_surname_he_at_an_items_start(text, name):
    # a conjunction opens no row's item: 和 there is the Naxi's surname
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["和平路口；和田玉 3件；和好如初；和解协议/和静县/和牛肉/和面机",
                                  "1. 和面 2. 和声 3. 和服"])
def test_words_beginning_with_he_stay_as_items(text):
    assert _deidentified(text) == text


def test_a_dotted_name_before_dai_bring_is_no_road():
    # 带 + 石路…: who the person brings along, no road named 带石路
    assert "吐尔逊" not in _deidentified("艾尔肯・吐尔逊带石路山去了工地")


@pytest.mark.parametrize("text,name", [("已装|包巴特尔；李强 汉族", "包巴特尔"), ("3车\t鲍图雅\t白灰", "鲍图雅")])
def test_a_han_surname_before_a_mongolian_element_after_a_rows_bar(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["和国有资本经营预算财政拨款。", "和改革方案并组织实施。"])
def test_a_wrapped_document_line_beginning_with_he_and_a_word_is_no_naxi_name(text):
    assert _deidentified(text) == text


def test_a_wa_prefix_and_a_places_end_in_brackets_after_a_name_is_a_place():
    # 叶 + 庄 in a bracket after a person: the village, not a Wa name
    assert _deidentified("二、赵卫东（叶庄）\n三、张梓萱（韶关）").count("叶庄") == 1


# Round 27 (dw27): trade words and things read as names. Examples written for the rules, not the
# remarks of a tuned set.
@pytest.mark.parametrize("text", [
    "损坏：杨木床划伤，赔付800元",            # a thing's head (床) after its modifier (杨木)
    "备注：龙凤帖、彩礼已退",                  # 帖: a document's head
    "2、黄春风 安居房 人民币9074元",            # 房: a building's head, an item beside a name
    "赊购人 唐小花 石灰氮 欠580块",             # 氮: a chemical's element
])
def test_a_thing_whose_head_ends_it_is_no_name(text):
    thing = next(w for w in ("杨木床", "龙凤帖", "安居房", "石灰氮") if w in text)
    assert thing in _deidentified(text)


@pytest.mark.parametrize("text,name", [
    ("王德刚 39岁 包工头【柏木】", "柏木"),
    ("已调解，双方满意。【黄瓜】", "黄瓜"),
    ("工友谢晓民辞工，结900元【方砖】", "方砖"),
])
def test_a_plain_noun_in_brackets_closing_a_remark_is_its_keyword(text, name):
    assert name in _deidentified(text)


@pytest.mark.parametrize("text,name", [
    ("【田野】欠缴城乡居民医保2024年度个人部分380元", "田野"),
    ("联系人【田野】，门禁损坏", "田野"),
])
def test_a_word_in_brackets_that_heads_a_record_is_still_a_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["工种：金牌月嫂；工资6000元", "银牌月嫂上户，雇主满意"])
def test_a_grade_before_a_post_is_no_name(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", [
    "文号旗农牧发〔2026〕57号：魏家庄村一带整治",
    "依据县人社处罚（2025）308号处理",
    "依据旗农牧通[2025]99号执行",
])
def test_a_document_number_issuer_holds_no_name(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", ["锅炉接班，汽包正常", "一带龙门架、乘龙整治"])
def test_a_word_ending_in_a_surname_then_a_common_word_is_no_name(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text", ["涉及甘蓝、华冠番茄", "备注：华冠番茄、丰产膜"])
def test_a_variety_before_its_crop_is_no_name(text):
    assert _deidentified(text) == text


def test_a_name_before_a_crop_and_its_area_stays_a_name():
    out = _deidentified("种植户王芳番茄3亩，周敏黄瓜3亩")
    assert "王芳" not in out and "周敏" not in out


@pytest.mark.parametrize("text,kept,gone", [
    ("11月14日：郦玉珍新L K0555超限32吨", "新L K0555", "郦玉珍"),
    ("冯家岭村→蒋庄营 车新H·M3037 85000元", "车新H·M3037", None),
])
def test_a_plates_province_is_no_part_of_a_name(text, kept, gone):
    out = _deidentified(text)
    assert kept in out and (gone is None or gone not in out)


@pytest.mark.parametrize("text", [
    "Zou Xin reported that Phoenix was damaged; contact person Li Wei",
    "Annie Lo reported that Golden had been scratched.",
])
def test_an_item_that_was_damaged_after_a_report_is_no_name(text):
    out = _deidentified(text)
    assert ("Phoenix" in out or "Golden" in out) and "Li Wei" not in out.replace("Golden", "")


def test_a_person_after_a_report_is_still_a_name():
    assert "Li Wei" not in _deidentified("Zou Xin reported that Li Wei was injured.")


def test_a_county_before_its_person_glued_to_a_stamp_is_no_name():
    out = _deidentified("2023年6月8日，彭水的李来福来店赊走化肥36包")
    assert "彭水" in out and "李来福" not in out


# --- round 27, nk27: milk names alone in a person's slot, slogans as given names, a crew's leader,
# padded pairs glued to an act, a married woman's four characters where the slot sets them off

@pytest.mark.parametrize("text,name", [
    ("作业人员:余翠花 班次:夜 接班:老疙瘩；司炉工：郑佳华", "老疙瘩"),
    ("1 七斤 任大姐物业公司 白班\n2 司徒冬梅 田园物业 夜班", "七斤"),
    ("2 班长五斤 沈哥超市 白班", "五斤"),
    ("9月7日 根娃辞工，结34,000元", "根娃"),
    ("2026.8.14 二狗还农夫乐货款1,000元", "二狗"),
    ("当晚 08:00 司炉：狗剩巡检。", "狗剩"),
    ("证明人：小三子、吴宇。", "小三子"),
    ("果农三丫，花期、海棠。", "三丫"),
    ("承租人:秀儿 出租人:张思国", "秀儿"),
    ("3、来喜 丁家村 12羊单位", "来喜"),
    ("四喜/沪F·10295/高楼搬运", "四喜"),
])
def test_a_milk_name_alone_in_a_persons_slot_is_a_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["猪肉七斤重，已过秤", "收购黄瓜 七斤 白菜 三斤", "四喜丸子/份/38元",
                                  "小满时节注意防病", "2025年5月21日 小满", "女儿 12岁 在读",
                                  "9月7日 七斤重的鲤鱼"])
def test_a_milk_names_shape_that_is_a_word_stays_a_word(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text,name", [
    ("牧户：李自力；草场：徐家巷", "李自力"),
    ("1. 鲜自力 G13631105668 冯哥地产中介", "鲜自力"),
    ("公示期间聂自力对烧窑师傅袁德旺的资格提出异议", "聂自力"),
    ("王长江带木工夏立新、刘辉在汪家堡做石膏板吊顶", "王长江"),
    ("胡抗美带木工宋玉珍在贾家沟做吊顶", "胡抗美"),
])
def test_a_slogan_or_a_word_as_a_given_name_in_a_persons_slot_is_a_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["发扬自力更生精神", "海带工厂扩建", "坚持自力更生、艰苦奋斗"])
def test_the_slogans_and_a_crews_words_stay_words(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text,name", [
    ("1、杨天勇 61岁 特种设备作业人员证 2、干 轩 39岁 特种设备作业人员证", "干 轩"),
    ("经纪人 元 宁|经纪人甄金辉|金地花园", "元 宁"),
    ("师傅江 军已签字认可。", "江 军"),
])
def test_a_padded_pair_in_a_persons_slot_is_a_name(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text", ["公 务 用 车 运 行", "金 额 合 计", "中国 江 苏省", "单 位：平 安保险"])
def test_a_word_spaced_out_stays(text):
    assert _deidentified(text) == text


@pytest.mark.parametrize("text,name", [
    ("1、王美荣（男，20）白金会员；2、张罗长霞（男，43）白金会员", "张罗长霞"),
    ("姓名：梁许晓生\n作业项目：水处理", "梁许晓生"),
    ("阿姨：赵金世梅家；吕凯 182-9904-7741", "金世梅"),
    ("马甲袋；高梁志伟带班；备注：木箱", "高梁志伟"),
    ("超限20吨，车主张蒋爱明到站处理。", "爱明"),
])
def test_a_married_womans_four_characters_where_the_slot_sets_them_off(text, name):
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text,kept", [
    ("蜂农陆子涵已到岗", "蜂农"), ("申请周转房的职工须符合常住人口条件。", "须符合常住"),
    ("学员于张建华来访", "学员于"), ("；高粱玉米长势好", "高粱玉米"),
])
def test_four_characters_that_are_no_married_woman_stay(text, kept):
    assert kept in _deidentified(text)


@given(st.text(alphabet="张罗长霞七斤老疙瘩根娃二狗、；：1 /（）男岁", max_size=20))
@settings(max_examples=60, deadline=None)
def test_the_slot_rules_of_nk27_never_fail_and_keep_positions(text):
    from gongkai.deid.names import _married_four_hits, _slot_nickname_hits

    for h in _married_four_hits(text) + _slot_nickname_hits(text, []):
        assert 0 <= h.start < h.end <= len(text)


@pytest.mark.parametrize("text,kept", [
    ("个体工商户刘老根大舞台经营者甘曦销售假冒注册商标的商品", "刘老根大舞台"),
    ("由李村村委代领，曹某甲两户合并公示", "李村"), ("由詹天佑小学手语教师陪同申请", "詹天佑小学"),
    ("流转给朴朴超市种植基地", "朴朴超市"), ("生日慰问品娃哈哈礼盒一份", "娃哈哈"),
    ("当事人天佑药业有限公司在长江路", "天佑药业有限公司"),
])
def test_a_milk_names_shape_inside_a_firm_or_a_brand_stays(text, kept):
    # the tuned sets' look-alikes that the round's first slot rules took (nk27)
    assert kept in _deidentified(text)


# Round 27, the lead: a milk name's shape that is a word of the lexicon (咸鸭蛋, 黑猩猩) or begins a
# longer one (楚楚 + 可怜) is the word after a date, in a row or as a subject; after a role or a
# label it is a person still.
@pytest.mark.parametrize("text", ["2024年3月5日咸鸭蛋运抵仓库。", "2024年3月5日黑猩猩运抵仓库。",
                                  "2024年3月5日楚楚可怜运抵仓库。", "2024年3月5日松花蛋运抵仓库。"])
def test_a_milk_name_shape_that_is_a_word_stays_after_a_date(text):
    assert find_names(text) == []


@pytest.mark.parametrize("text,name", [("9月7日 根娃辞工，结34,000元", "根娃"), ("接班:老疙瘩；", "老疙瘩"),
                                       ("2026.8.14 二狗还农夫乐货款1,000元", "二狗")])
def test_a_milk_name_that_is_no_word_is_found_in_its_slot(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


# Round 28, vb28: a person's act of one character right after a name (收, 送, 报: jieba's verbs
# and the first character of the register's acts) ends the name's run: no shop's name (老刘食堂)
# and no disease named after a person (报 + 病死鸡) runs on through it.
@pytest.mark.parametrize("text,name", [
    ("3月2日 收运员孟庆山收老刘食堂12桶", "孟庆山"), ("2025年3月2日 孟庆山收老刘食堂12桶", "孟庆山"),
    ("6.17 邹福生收老王食堂9桶", "邹福生"), ("7月9日 谢春生收白马镇食堂30桶", "谢春生"),
    ("5.6 店主：高明远送老周饭店8箱", "高明远"),
    ("8.1 李凤英报病死鸡5只，已深埋", "李凤英"), ("2024.6.1 杜海燕报病死鸡12只", "杜海燕"),
    ("12月3日晚7点 李凤英报病死鸭20只，已无害化处理", "李凤英"),
    ("2024.6.1 鸡场工人杜海燕报病死鸡12只", "杜海燕"),
])
def test_a_persons_act_of_one_character_ends_the_names_run(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text,kept", [
    ("患者确诊帕金森病多年", "帕金森病"), ("父亲因帕金森病死亡", "帕金森病"), ("马凡综合征患者复诊", "马凡综合征"),
    ("王记饭店今日开业", "王记饭店"), ("张家食堂今日开业", "张家食堂"), ("老王收购站今日收购玉米", "老王收购站"),
    ("李家铺村民反映", "李家铺"), ("王伟达饭店开业", "王伟达饭店"),
])
def test_the_look_alikes_of_a_persons_act_stay(text, kept):
    assert kept in _deidentified(text)


@given(st.text(alphabet="王凤英收报送病死禽老刘食堂饭店站铺12 ，", max_size=24))
@settings(max_examples=60, deadline=None)
def test_the_one_character_act_never_fails(text):
    from gongkai.deid.names import _one_char_act_at

    for k in range(len(text)):
        _one_char_act_at(text, k)
    for h in find_names(text):
        assert 0 <= h.start < h.end <= len(text)


# Round 28 (pn28): a public notice read by its parts. The closing part's contact (the object of a
# contact verb, an office's desk as a label, each with its phone) is an official in the public mode;
# the addressee of a notice served by publication, the persons after a party's role written by a
# rank and a given character, a list's line opening with one, are private; a counted plant, a role
# word cut by a "name", a 文号 with a bracketed category are no names.
@pytest.mark.parametrize("text,official", [
    ("犬只收容认领公告\n请其他主张权利人于7日内联系 曾慧 197-0842-7760。", "曾慧"),
    ("认领公告\n请其它主张权利人于8日内连系 季凤英 192****1824。", "季凤英"),
    ("犬只登记办证情况公示（第9批)\n李燕/乐婷\n办证窗口：田永福,电话139-8518-5233", "田永福"),
    ("办证情况公示\n李铁军；郭燕(6人)\n办证窗口:崔雨桐,电话0827-4417769", "崔雨桐"),
])
def test_a_notices_closing_contact_is_an_official(text, official):
    found = _found(text, public_names=OFFICIALS)
    assert official not in found and official in _found(text)


@pytest.mark.parametrize("text", ["申请人：王芳，电话〔电话〕", "认领公告\n举报人 王芳 〔电话〕"])
def test_a_partys_phone_is_no_contact(text):
    assert "王芳" in _found(text, public_names=OFFICIALS)


@pytest.mark.parametrize("text,name", [
    ("公告送达\n细凤:\n你与老汪租车行的租车合同纠纷一案,因无法连系,依法公告送达。", "细凤"),
    ("公告送达\n初承仁：\n你与魏庄汽车租赁的租车合同纠纷一案。", "初承仁"),
    ("林木采伐许可申请公示\n申请人：刘文军，杨树3株，林权共有人三兵同意。", "三兵"),
    ("青苗补偿公示\n程文明:罗汉松47株\n异议人大宝对面积有异议。", "大宝"),
    ("移民安置房分配结果公示\n三红；高有余,男,50岁；吴山(主厂房57)", "三红"),
    ("道路工程青苗补偿公示\n细囡:桂花80株,补偿¥30,000.00", "细囡"),
])
def test_a_notices_parties_by_their_slot(text, name):
    assert name in _found(text, public_names=OFFICIALS)


@pytest.mark.parametrize("text,kept", [
    ("责令改正通知\n宏达公司：\n你单位于3月存在违规。", "宏达公司"), ("李女士：\n您好", "李女士"),
    ("各位村民：\n你们好", "各位村民"), ("申请人：刘文军，杨树3株，柳树12棵。", "杨树"),
    ("申请人：刘文军，杨树3株，柳树12棵。", "柳树"),
    ("货物34件，运单收件人为刘永荣、朱福。", "运单收件人"),
    ("依据余农（牧）罚〔2024〕232号给予奖励", "余农（牧）罚"),
    ("决定书文号：安公（治）行罚决字〔2026〕247号", "安公（治）行罚决字"),
    ("销售不合格0号柴油，经查属实", "0号柴油"), ("由五华负责接收安置。", "五华"),
    ("小计：3株", "小计"), ("房东老江说租客一直拖欠房租。", "老江"),
])
def test_a_notices_look_alikes_stay(text, kept):
    assert kept in _deidentified(text)


@given(st.text(alphabet="公告送达细凤初承仁你您：:\n三红；;小林老江 ", max_size=40))
@settings(max_examples=60, deadline=None)
def test_the_addressee_and_rank_readers_on_any_text(text):
    from gongkai.deid.names import _addressee_hits, _ranked_given_len

    for h in _addressee_hits(text):
        assert 0 <= h.start < h.end <= len(text)
    for k in range(len(text)):
        assert _ranked_given_len(text, k) in (0, 2)


@pytest.mark.parametrize("text,kept", [
    ("犬只收容认领公告\n2026.6.11在汤泉路299号收容金毛一只", "汤泉路299号"),
    ("欠薪情况的公告\n请上述人员于2025.6.3前到向阳路69号领取", "向阳路69号"),
])
def test_a_notices_place_of_an_event_or_an_office_stays_in_the_public_mode(text, kept):
    from gongkai.deid.detectors import find_all, redact_text
    from gongkai.deid.names import without_officials

    assert kept in redact_text(text, without_officials(text, find_all(text)))
    assert kept not in redact_text(text)         # (a private field masks the number still)


@pytest.mark.parametrize("text", ["公示\n张三在家住幸福路3号", "公示\n申请人王芳，现住在幸福路5号"])
def test_a_persons_home_in_a_notice_stays_masked(text):
    from gongkai.deid.detectors import find_all, redact_text
    from gongkai.deid.names import without_officials

    assert "〔地址〕" in redact_text(text, without_officials(text, find_all(text)))


def test_a_rank_shaped_place_of_the_lexicon_opening_a_line_stays():
    # --jieba-lexicon's frame (pn28's first version read 阿利, a place tagged ns, as a person)
    assert find_names("阿利：已完成") == []


# Round 28 (helper mi28): the Yi naming system (yi_names.tsv): a clan (家支) and a personal name of two
# syllables is one name in a person's context, or where the clan alone was read; words made of the
# same syllables stay.
@pytest.mark.parametrize("text, name", [
    ("犬主：张秀凤（白族），曲比色日，陶乌日娜（蒙古族） 哈士奇走失", "曲比色日"),
    ("医师：吉克有哈|投诉编号：92671870", "吉克有哈"),
    ("诊所:陈家齿科\n家属:马海有哈", "马海有哈"),
    ("麻鸭养殖户阿的色日156****9147", "阿的色日"),
    ("布约拉布 平车 13件 人民币伍仟元整", "布约拉布"),
    ("曲比阿呷、吉克伍各", "吉克伍各"),
    # (Uyghur letters of the transliteration table: 肖开提 Shawket)
    ("肖开提·吾守尔来访", "肖开提·吾守尔"),
])
def test_a_yi_clan_and_personal_name_is_one_name(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text", [
    "吉克有色金属公司供货", "阿尔及利亚的客户来访", "5月1日·国际劳动节", "今日·头条报道", "公安·交警",
])
def test_words_of_yi_and_uyghur_syllables_stay(text):
    assert find_names(text) == []


# Round 28 (helper mi28): the south's surnames that are function words (south_surnames.tsv: 盘 of the
# Yao) read as the Hui's are, a row's whole item too; a Hui surname right before a given name read
# alone is that name's (约 + 喇凤兰).
@pytest.mark.parametrize("text, name", [
    ("押运员蒋启萍|盘承福 爆破安全距离 849发", "盘承福"),
    ("麻鸭养殖户侯世萍/77只；盘兴山\n", "盘兴山"),
    ("2024/2/25 约喇凤兰与梁家口腔诊所面谈", "喇凤兰"),
])
def test_a_function_minority_surname_and_a_given_name(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text", ["|盘点库存 |", "今日盘点：货架", "|禄丰县 |", "|海鲜粥 |", "沙发、海带、回锅肉",
                                  # (a surname and a kin word: a form of address, no name)
                                  "禄伯反映：江边违规垂钓已劝离", "马叔说鱼塘漏水"])
def test_words_of_function_minority_surnames_stay(text):
    assert find_names(text) == []


# Round 28, en28: English exports. A family name with initials in every spelling a vendor's export
# writes; a Chinese word's pinyin or an English breed in a thing's slot is no name.
@pytest.mark.parametrize("text,name", [
    ("Refund requested by son ZHAO M; receipt attached.", "ZHAO M"),
    ("Checked by: FAN QT on site.", "FAN QT"),
    ("Caller Deng, L. 139****0021 asked for a copy.", "Deng, L."),
    ("Complaint lodged by Qin, X. at the counter.", "Qin, X."),
    ("Tenants Wei Zhang, K.M. Lo, Shufen Gao (52) of Yantai signed.", "Shufen Gao"),
    ("night guard Hu Jianmin Frank said the gate was shut.", "Hu Jianmin Frank"),
    ("co-worker Mo Yu drove her home.", "Mo Yu"),
])
def test_en28_names_with_initials_and_in_lists_are_found(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text,kept", [
    ("Loader (Chan Che) log: tractor (Tuo La Ji) driver Wu Kang hit a post.", "Tuo La Ji"),
    ("stock book (Tai Zhang) lost on 3 May.", "Tai Zhang"),
    ("Lorry stopped; cargo Song Mu 40 m3, owner Lu Ping.", "Song Mu"),
    ("Farmer Qiu Li paid RMB 800 for Ma Ji; settled.", "Ma Ji"),
    ("payout for Gui Hua saplings per sheet 22.", "Gui Hua"),
    ("Vet Ding Rong treated Jin Mao paw; owner Xu Min signed.", "Jin Mao"),
    ("Resident Sun Lan's Chai Quan bit a courier at the gate.", "Chai Quan"),
    ("Groomer Pan Yi injured Shih Tzu ear; owner Cao Hui complained.", "Shih Tzu"),
    ("Owner Ye Bin's Pomeranian bit a child.", "Pomeranian"),
])
def test_en28_a_things_pinyin_or_a_breed_in_its_slot_stays(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text", ["Ms. Qian X. paid the fee.", "Block C of Zone B", "son's account (Chan Mei)"])
def test_en28_the_mask_and_a_persons_bracket_as_before(text):
    out = _deidentified(text)
    assert ("Qian X." in out) if "Qian" in text else True
    assert ("Block C" in out) if "Block" in text else True
    assert ("Chan Mei" not in out) if "Chan" in text else True


@pytest.mark.parametrize("text,name", [("Growers: Li Ming 500 kg, Wang Fang 300 kg.", "Li Ming"),
                                       ("Patient Li Ming ear infection, review in 2 weeks.", "Li Ming"),
                                       ("Herder Zhang Wei 30 heads, Gao Lin 12 heads.", "Zhang Wei")])
def test_en28_a_person_with_a_weight_or_a_part_after_is_still_found(text, name):
    # the thing slots of round 28 need a load's word or an act before them
    assert name in [text[h.start:h.end] for h in find_names(text)]


# Round 28 (tw28): a role word that a surname's character begins (苗 + 农, 林 + 农, 查货 + 员, 柴犬主 +
# 人, 保管 + 员) before a whole name is the role; the name after it is found, the role kept.
@pytest.mark.parametrize("text,role,name", [
    ("肖家湾苗农朱继丽、养护工张卫红两户苗木因修路被占", "苗农", "朱继丽"),
    ("蔡勇举报林农陈宝山盗伐林木", "林农", "陈宝山"),
    ("2025.4.19 林农王辉、肖振兴到厂结算单板款", "林农", "王辉"),
    ("爆破员何继琴、保管员董昊天两人装药", "保管员", "董昊天"),
    ("兽医田珍、柴犬主人：龙永福夫妇寄养的比熊走失", "柴犬主人", "龙永福"),
])
def test_a_role_word_a_surname_begins_is_kept_and_the_name_after_it_found(text, role, name):
    out = _deidentified(text)
    assert role in out and name not in out


def test_a_name_and_its_household_is_no_role():
    assert "王建国" not in _deidentified("王建国户：玉米8亩，甘蔗2亩")


# Round 28 (tw28): 文号 read by the extractor's parser (one home): an agency code with its branch in
# brackets, a registration's number with no year; no name inside the code.
@pytest.mark.parametrize("doc", ["韩农（牧）罚〔2025〕286号", "桂公（治）行罚决字〔2024〕212号", "林检字第79662号",
                                 "马登字第35308号", "桂运字第10420号", "旗农牧发〔2026〕57号"])
def test_a_doc_numbers_agency_code_holds_no_name(doc):
    for text in (f"依据{doc}，对该公司处罚7100元。", f"合同号：{doc}", f"收运单{doc}"):
        assert doc in _deidentified(text)


# Round 28 (tw28): a pet's breed in a row (pets.tsv) and the pet's name after it; a breed that begins
# a name of three is a name still.
@pytest.mark.parametrize("text,kept,name", [
    ("兽医张家豪的边牧乐乐被刘老板误当流浪犬收容。", "边牧乐乐", "张家豪"),
    ("银渐层;王爱莲 牧羊犬 雪球;兽医袁承宏0706-477067", "牧羊犬 雪球", "王爱莲"),
    ("丰昭安 高加索 来来 | 犬主：韩云", "高加索 来来", "丰昭安"),
    ("犬主:郑继明（杜宾254）/张芳", "杜宾254", "郑继明"),
])
def test_a_breed_and_the_pets_name_in_a_row_are_kept(text, kept, name):
    out = _deidentified(text)
    assert kept in out and name not in out


def test_a_breed_that_begins_a_name_of_three_is_a_name():
    assert "杜宾华" not in _deidentified("杜宾华到场签字")


# Round 28 (tw28): the trades' goods and documents (trade_goods.tsv) in a row's cell, before a count,
# after a verb of goods or around a surname's character inside them are no names; a person's cue wins.
@pytest.mark.parametrize("text,kept", [
    ("钟家坝三组|木工：黄英 乔木 6方|2026.5.16", "乔木"), ("包装工：高伟 平车 16件 6775.00元", "平车"),
    ("申请人：刘文军，杨树3株，林权共有人三兵同意。", "杨树3株"), ("驾驶员王学全，装载杨木。", "装载杨木"),
    ("仓库内27箱货物丢失，入库单有仓管员王有财签字。", "入库单有"), ("老吕车行扣留违章押金4740.00元", "违章押金"),
    ("2026-06-09 退库 蒲昊天 余药2kg;", "余药2kg"), ("患者汪卫东/2025-06-17/种植体/杨欣怡", "种植体"),
    ("申请人：谢志强 张团结（杨木247） 老刘木材加工厂", "杨木247"), ("锯工:刘帅/林木", "/林木"),
])
def test_a_trades_word_in_its_slot_is_kept(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text,name", [("申请人：杨树", "杨树"), ("联系人：林木，电话待补", "林木")])
def test_a_trades_word_after_a_persons_cue_is_a_name(text, name):
    assert name not in _deidentified(text)


# Round 28 (nk28): milk names of a prefix and one character (milk_name_parts.tsv: a sibling's rank,
# 幺/细, 阿/小/毛 and a pet word or a strong given-name character) in a person's slot: after a role or
# a label, as a list's item beside a name or before a sex and an age, the subject after a stamp.
@pytest.mark.parametrize("text,name", [
    ("仓管员幺妹清点库存，账物相符", "幺妹"), ("经手人：细伢，", "细伢"), ("监护人阿珍签字确认", "阿珍"),
    ("出席人员：二华、胡晓东、陈明", "二华"), ("退费人员：彭国庆、幺红。", "幺红"),
    ("名单：刘宏，男，40岁、阿强，男，52岁", "阿强"), ("2025年3月2日上午9时 幺林上报险情", "幺林"),
    ("保洁工毛伢与物业发生争执", "毛伢"), ("领取人：三囡；", "三囡"),
])
def test_a_prefix_milk_name_is_found_in_a_persons_slot(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text,kept", [
    ("小说讲述了一个山村的故事。", "小说"), ("大米每斤涨价两角。", "大米"), ("二手车交易市场整改", "二手车"),
    ("由五华负责接收安置。", "五华"), ("姜玉梅，南四湖退捕渔民，补助按月发放。", "南四湖"),
    ("户主马阿訇（户主）证明", "阿訇"), ("股东小王称至今未分红。", "小王"), ("让阿赵补交材料", "阿赵"),
    ("2025年3月2日 三明发往福州", "三明"), ("货品：大红袍、铁观音", "大红袍"),
    # (a surname that is also a frequent given character, addressed all the same: policy)
    ("2025年4月11日复核，小林签字，金银花未计入。", "小林"), ("如仍有问题请联系小林。", "小林"),
])
def test_a_prefix_milk_names_word_or_a_surnames_nickname_stays(text, kept):
    assert kept in _deidentified(text)


@given(st.text(alphabet="幺细阿小二三大毛囡伢珍华强红林、，：员 0123456789男岁", max_size=30))
def test_prefix_milk_name_slots_stay_inside_the_text(text):
    from gongkai.deid.names import _slot_nickname_hits

    for h in _slot_nickname_hits(text, []):
        assert 0 <= h.start < h.end <= len(text)


# Round 29 (vb29): a trade's variety or grade (a surname's character and a kind of kind_nouns.tsv:
# 方竹, 黄砂, 毛石) in a remark of that trade, a make or a type right before its goods' noun
# (product_nouns.tsv: 雷朋太阳镜, 单光镜片, 康明斯发动机) and a cross of varieties (苏菊×明虎) are things.
@pytest.mark.parametrize("text,kept", [
    ("竹编厂从外县调入雷竹，竹材含水率偏高。", "雷竹"), ("林场收购龙竹无凭证", "龙竹"),
    ("竹器社仓库：方竹若干，毛竹两车。", "方竹若干"), ("经营者：郑立新，毛竹林流转纠纷，竹林界址不清。", "毛竹林"),
    ("巡查发现黄竹超量采伐，竹农未办证。", "黄竹"), ("江边堆放黄砂，采砂船已扣押。", "黄砂"),
    ("购进金丝竹五十株，竹苗已栽。", "金丝竹"),
    ("眼镜店柜台雷朋太阳镜标价不清", "雷朋太阳镜"), ("顾客反映单光镜片度数不准", "单光镜片"),
    ("修理厂更换康明斯发动机缸垫", "康明斯发动机"), ("蚕种场发放苏菊×明虎蚕种30张", "苏菊×明虎"),
    ("搅拌车卫星定位离线两天", "卫星定位"),
])
def test_vb29_a_variety_or_a_make_before_its_goods_is_kept(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text,name", [
    ("竹农：黄竹来访，称竹林界址有争议。", "黄竹"), ("申请人方竹，竹制品作坊负责人。", "方竹"),
    ("王伟太阳镜丢失，已报警。", "王伟"), ("当事人雷朋，镜片已退换。", "雷朋"),
    ("陈石与刘砂同意调解。", "陈石"),
])
def test_vb29_a_person_bearing_such_a_string_is_still_found(text, name):
    assert name not in _deidentified(text)


@given(st.text(alphabet="方黄龙雷毛金丝竹砂石林×明虎太阳镜片发动机斯调入收购、，：人 0123456789", max_size=30))
def test_vb29_kind_and_make_readers_stay_inside_the_text(text):
    from gongkai.deid.names import Hit, _kind_thing_hit, _make_hit

    for a in range(len(text)):
        for b in range(a + 1, min(len(text), a + 4) + 1):
            h = Hit("person_name", a, b, "t")
            _kind_thing_hit(text, h)
            _make_hit(text, h)


# Round 29 (vb29): a word and a thing's head (毛边 + 书, 罗马 + 柱), a variety in a notice's row after
# the household (户主刘刚 龙竹) and what a remark says is played (玩金花、牛牛) are no names.
@pytest.mark.parametrize("text,kept", [
    ("印刷车间堆放毛边书三捆", "毛边书"), ("影楼道具罗马柱倾倒", "罗马柱"),
    ("棋牌室内有人玩金花、牛牛，已警告。", "牛牛"),
])
def test_vb29_a_word_and_its_head_or_a_game_is_kept(text, kept):
    assert kept in _deidentified(text)


def test_vb29_a_variety_in_a_notices_row_is_kept_and_the_household_masked():
    from gongkai.deid.names import find_names

    text = "毛竹采伐指标分配名单予以公示： 户主刘刚 龙竹 户主朱秋 公示期间"
    found = [text[h.start:h.end] for h in find_names(text, public_names=True)]
    assert "龙竹" not in found and "刘刚" in found


def test_vb29_a_person_after_play_with_is_still_found():
    assert "王五" not in _deidentified("陪同王五玩的还有李四")


# Round 29 (mi29): the item right before a people's name (X（白族）, X|佤族|, X 景颇族，) is a person's name
# whatever its first character: a date's last character or an item's number before it is never part
# of it, and a name of a south-western naming system's elements or of a surname the tables lack is read.
@pytest.mark.parametrize("text,name", [
    ("2024年3月9日字丽芬（白族）领取种苗；", "字丽芬"), ("4月2日字强（白族）申报", "字强"),
    ("2023年05月11号勒排诺（景颇族）签收化肥", "勒排诺"), ("1.麻果 景颇族，护林员 3200元", "麻果"),
    ("3、排诺|景颇族|茶叶 80公斤", "排诺"), ("2、尼块|佤族|桑叶 600元", "尼块"),
    ("21.03.05磨建华（壮族）交售甘蔗", "磨建华"), ("3\t爱春兰 满族，洗衣店 1200元", "爱春兰"),
    ("6.宝春生 蒙古族|奶站，3100元", "宝春生"), ("5\t玉罕叫香\t傣族，茶园，800元", "玉罕叫香"),
    ("二〇二四年三月九日字丽芬（白族）领取种苗", "字丽芬"),
])
def test_mi29_the_item_a_people_marks_is_a_name_whatever_its_surname(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text,date", [
    ("8月3日阿不都热依木（维吾尔族）签收农资", "8月3日"), ("2025年4月9日次仁卓玛（藏族）领取", "2025年4月9日"),
    ("９月１日古丽娜·吐尔逊（哈萨克族）签收", "９月１日"), ("11月5日扎西顿珠（藏族）申报", "11月5日"),
    ("2020年01月27号勒排诺（景颇族）申报", "2020年01月27号"),
])
def test_mi29_a_dates_last_character_is_no_part_of_the_name_after_it(text, date):
    out = _deidentified(text)
    assert out.startswith(date + "〔")


@pytest.mark.parametrize("text,kept", [
    ("民族：汉族；姓名：待补", "汉族"), ("5月1日泼水节（傣族）活动照常举行", "泼水节"),
    ("2024年3月9日刺绣（苗族）展销", "刺绣"), ("延吉（朝鲜族自治州首府）", "延吉"),
    ("3月5日三月三（壮族）歌圩", "三月三"), ("2025年2月19日", "2025年2月19日"),
])
def test_mi29_a_peoples_art_or_a_date_stays(text, kept):
    assert kept in _deidentified(text)


@given(st.text(alphabet="0123456789０６年月日号〇一二三八九.字磨爱勒排腊果尼惹（）族白景颇佤| ，", max_size=30))
def test_mi29_date_and_item_starts_stay_inside_the_text(text):
    from gongkai.deid.names import Hit, _item_start_past_date, _past_date_unit

    for k in range(len(text) + 1):
        for a in range(k + 1):
            assert a <= _item_start_past_date(text, a, k) <= k
    hits = [Hit("person_name", a, b, "names") for a in range(len(text)) for b in range(a + 1, len(text) + 1)][:50]
    from gongkai.deid.names import _date_unit_at

    for h in _past_date_unit(text, hits):
        assert 0 <= h.start < h.end <= len(text) and not _date_unit_at(text, h.start)


@pytest.mark.parametrize("text,kept,name", [
    ("1.贺春燕 瑶族|证件照 13112340238", "证件照", "贺春燕"), ("2、杨德明，侗族，纪念照 15122931234；", "纪念照", "杨德明"),
    ("3 冉红梅|苗族|石灰，154****0123；", "石灰", "冉红梅"),
])
def test_mi29_the_column_after_a_rows_person_and_people_is_no_name(text, kept, name):
    out = _deidentified(text)
    assert kept in out and name not in out


@pytest.mark.parametrize("text,name", [("傣族，岩帕，530000000000000000", "岩帕"), ("维吾尔族：艾力；白族：密莉", "密莉")])
def test_mi29_a_person_after_a_people_with_none_before_is_still_read(text, name):
    assert name not in _deidentified(text)


# Round 29 (pn29): a notice's closing part names the office's contact after the phone it answers
# (监督电话联系人, 举报电话联系人, a clerk's 联糸人): an official in the public mode; the persons of
# the list and of the objections stay private.
@pytest.mark.parametrize("text, names, kept", [
    ("关于预付卡退费登记的公示\n现将退费登记名单予以公示：1.黄福 照相馆 8800元 委托代理人 聂应义。"
     "如有异议，请向市场监管所反映。监督电话联系人陈木兰，电话0572-3330426。", ["聂应义"], ["陈木兰"]),
    ("毛竹采伐指标分配的公示\n户主：史永峰，竹制品\n公示期自5月4日起7个工作日。\n"
     "监督电话联系人黄长贵 村党支部书记张水生\n王家坞股份经济合作社", ["史永峰"], ["黄长贵", "张水生"]),
    ("食品小作坊登记证核发的公告\n经营者:王荣辉，汤圆\n如有异议，请向市场监管所反映。"
     "监督电话联糸人：陈文静，电话0570-7762919。", ["王荣辉"], ["陈文静"]),
    ("补贴名单公示：补贴对象：安斌 镜片。举报电话联系人：周丽华", ["安斌"], ["周丽华"]),
])
def test_pn29_the_contact_after_a_notices_phone_is_public(text, names, kept):
    out = _notice_deidentified(text)
    assert not any(n in out for n in names), out
    assert all(k in out for k in kept), out


@pytest.mark.parametrize("text, name", [
    ("紧急联系人张丽华，电话13800001111", "张丽华"), ("家属联系人：王春生", "王春生"),
])
def test_pn29_a_private_contact_stays_private_in_a_notice(text, name):
    assert name not in _notice_deidentified(text)


# Round 29 (pn29): the rows of a notice's list (…名单予以公示：, 公示如下：), one person a row: the
# person, the row's cells and an amount last. Beside a row whose person was found, a row of the same
# cells opens with a person too, whatever word or figure the name's characters make (明显, 永久, 袁绍);
# the row's other cells, a row that opens with a place or a thing, and a list with no person found
# stay.
@pytest.mark.parametrize("text, names", [
    ("毛竹采伐指标分配的公示\n现将毛竹采伐指标分配名单予以公示：\n李俊熙，竹制品，7700元\n3.袁绍坤 竹制品 8400元\n"
     "无证砍伐120株。", ["李俊熙", "袁绍坤"]),
    ("补贴的公示\n现将补贴名单予以公示： 1.明显凤 眼镜店 3400元 王程菊英 眼镜店 6100元 3、庹可馨 眼镜店 5400元 "
     "潘龙，眼镜店 7700元 公示无异议的，按程序发放。", ["明显凤", "庹可馨", "潘龙"]),
    ("分配的公告\n现将分配名单予以公示：\n干永久 竹制品 4900元\n2.焦　锐，竹制品 6600元\n代领人刘昌军\n公示无异议的，按程序发放。",
     ["干永久", "刘昌军"]),
    ("核发的公示\n现将核发名单公示如下：；2.隋磊 印刷厂 4000元；车丰年　印刷品 ￥700.00；4、王樑，印刷厂 7000元；资金由镇财政统一拨付。",
     ["隋磊", "车丰年", "王樑"]),
])
def test_pn29_a_notice_lists_rows_open_with_its_persons(text, names):
    for out in (_notice_deidentified(text), _deidentified(text)):
        assert not any(n in out for n in names), out


@pytest.mark.parametrize("text, kept", [
    ("现将补贴名单予以公示：\n1.刘少华 竹制品 8400元\n2.黄山 茶叶 500元", "黄山"),
    ("现将补贴名单予以公示：\n1.刘少华 竹制品 8400元\n2.王家村 竹制品 500元", "王家村"),
    ("现将补贴名单予以公示：\n1.刘少华 竹制品 8400元\n补助资金 合计 8900元", "补助资金"),
    ("现将补贴名单予以公示：\n1.刘少华 眼镜店 8400元\n2.袁绍坤 眼镜店 500元", "眼镜店"),
    ("明显凤 眼镜店 3400元", "明显凤"),            # (no list announced, no person found beside it)
    ("现将补贴名单予以公示：\n明显凤 眼镜店 3400元", "明显凤"),
])
def test_pn29_a_notice_lists_other_cells_and_lone_rows_stay(text, kept):
    assert kept in _notice_deidentified(text)


@given(st.text(alphabet="现将名单予以公示：\n；; 1.、，明显凤刘少华袁绍坤竹制品眼镜店0123456789元〔姓名〕", max_size=60))
def test_pn29_notice_row_hits_are_first_cells_inside_the_text(text):
    from gongkai.deid.names import _notice_row_hits

    for h in _notice_row_hits(text, []):
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start:h.end].strip(" \u3000") == text[h.start:h.end]
        assert not any(c in "，,；;\n0123456789" for c in text[h.start:h.end])



# Round 29 (en29): English exports. Two persons joined by "and" or "&" before what they did: the
# other side of a name found is a person too when it has a name's shape (initials, capitals,
# "Family, Given", a Macao U, an English given name and a family name).
@pytest.mark.parametrize("text,name", [
    ("note1=HUANG Peiyu and K.W. Tao co-own the shop", "K.W. Tao"),
    ("Lam Chi Keung and Derek Shum co-own the stall.", "Derek Shum"),
    ("Siu Man Kit & QIU XIAOFANG split the bill", "QIU XIAOFANG"),
    ("3) Tse Ka Lok and LUO, JIAYI co-own the shop", "LUO, JIAYI"),
    ("1) Pan Y.M. & Gary TSUI co-own the garage", "Gary TSUI"),
    ("Meng Shuqin & Lo D.W. share the stall", "Lo D.W."),
    ("U Kuok Wa & Fong Chi-kin disputed the bill", "U Kuok Wa"),
    ("[2024-02-02] Ying-hsiu Kao and Bruce FANG co-own the shop", "Bruce FANG"),
])
def test_en29_the_other_side_of_a_coordination_with_a_name_is_a_name(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text,kept", [
    ("Buyer: Li Ming and Wong Kee Bakery signed", "Wong Kee Bakery"),
    ("Items: Golden Lady and Red Star lenses", "Red Star"),
    ("Chen Yu and Zhang Wei noodle shop", "noodle shop"),
    ("Great Wall runs the garage", "Great Wall"),
])
def test_en29_no_coordination_without_a_names_shape_or_a_predicate(text, kept):
    assert kept in _deidentified(text)


# A Singapore or Hong Kong name with an English given name: the whole run of name tokens.
@pytest.mark.parametrize("text,name", [
    ("Witness: Daniel Goh Boon Kiat. Items: sand.", "Daniel Goh Boon Kiat"),
    ("[2022-05-05] Operator Steven Lim Chee Hwa", "Steven Lim Chee Hwa"),
    ("note2=Leung Wai Man, Grace disputed the bill", "Leung Wai Man, Grace"),
    ("note2=Ho Ka Yan, Joy of Ningbo | note3=x", "Ho Ka Yan, Joy"),
])
def test_en29_a_southern_name_with_an_english_given_name_is_whole(text, name):
    assert name in _found(text)


# A county of romanised_divisions.tsv written in two words (Jiang Shan, Long Quan) or a spelling
# that is a given name too (Deqing) is a place in a place's slot; a person in a person's.
@pytest.mark.parametrize("text,kept", [
    ("case_id=X1; place=Jiang Shan; note=paid", "Jiang Shan"),
    ("[2020-01-01] Red Star (Long Quan) glasses CNY 800", "Long Quan"),
    ("Repair dispute at Great Wall, Long Quan. Contact: Zhu Dongqiu.", "Long Quan"),
    ("Bakery check - Jiang Shan:\n1) Ms. Ye Tinglei", "Jiang Shan"),
    ("[2021-03-03] Chen Jiayi of Long Quan", "Long Quan"),
    ("Zhang Family Bamboo Co., Ltd. (Deqing) print order", "Deqing"),
])
def test_en29_a_split_county_in_a_places_slot_stays(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text,name", [
    ("Customer: Jiang Shan.", "Jiang Shan"), ("Jiang Shan (54) said", "Jiang Shan"),
    ("Wife of Long Quan.", "Long Quan"),
])
def test_en29_a_split_county_in_a_persons_slot_is_a_name(text, name):
    assert name in _found(text)


@given(st.text(alphabet="ABCDUabcdehinougw.,&; -():=\n", max_size=60))
def test_en29_coordinated_hits_stay_inside_the_text(text):
    from gongkai.deid.names import _coordinated_latin_hits, _without_split_places

    hits = find_names(text)
    for h in _coordinated_latin_hits(text, hits) + _without_split_places(text, hits):
        assert 0 <= h.start < h.end <= len(text)



# Round 29 (nk29): nicknames and milk names. 阿 before a rarer surname's character that is a strong
# given name's (燕, 兰, 华, 云, 昌, 利) is a milk name, not a surname addressed (that is 阿 before a
# common surname only: 阿林, 阿王); X丫头 and X大头 after a surname; the alias after a comma (，又名);
# the slots of two persons joined by 与/和/及 and of what only a person does right after the name.
@pytest.mark.parametrize("text,name", [
    ("1、维修工：程芷若，又名阿四 2、负责人 王书瑶", "阿四"), ("3、当事人：莫义，又名憨娃", "憨娃"),
    ("车主：韩子涵，又名大丫/罐车定位离线", "大丫"), ("店员邵传杰，又名妞妞称不知情。", "妞妞"),
    ("2025年8月7日 戴菊与阿燕同意调解", "阿燕"), ("阿虎与董吉祥在场，宣传不实", "阿虎"),
    ("负责人：吴英及阿明在场", "阿明"), ("2、李店阿华反映收费过高；", "阿华"), ("又白塔镇阿云称货款已付", "阿云"),
    ("当事人：阿昌和王素珍合伙经营", "阿昌"), ("送检人：阿兰；帮工：滕佳怡", "阿兰"),
    ("23.03.03 阿利电话投诉；", "阿利"), ("阿秋和王子豪系夫妻|衣物损坏", "阿秋"),
    ("何丫头 身份证〔身份证号〕 / 帮工：刘军", "何丫头"), ("①杜丫头与陈鹏共同签字 ②罚款", "杜丫头"),
    ("21.3.5 闵丫头电话投诉；", "闵丫头"), ("经查，邱大头未到场|司机高向东", "邱大头"),
    ("房东：王逸飞。罗大头（男，41岁）。", "罗大头"), ("李石氏及杜三毛系夫妻。", "杜三毛"),
    ("名单如下：⏎许家湾曹二毛（代领）⏎", "曹二毛"),
    # (大/小 before a rare surname's character that is a strong given name's: a milk name too)
    ("依据规定处罚。大燕反映苗木胸径与合同不符。", "大燕"),
])
def test_nk29_a_nickname_in_a_persons_slot_is_found(text, name):
    text = text.replace("⏎", "\n")
    assert name not in _deidentified(text)


@pytest.mark.parametrize("text,kept", [
    ("王義和阿林均称不知情。", "阿林"), ("由阿王代买米面。", "阿王"), ("李明与阿姨在场。", "阿姨"),
    ("收袁大头，卖方刘金花", "袁大头"), ("杨阿者 | 袁大头 51g | 399元", "袁大头"),
    ("王芳 大头菜 3斤", "大头菜"), ("阿昌族群众到场参观。", "阿昌族"), ("刘伟和阿里巴巴公司签约。", "阿里巴巴"),
    ("毛毛雨天不遛狗不算理由", "毛毛雨"), ("王芳和大华公司签约。", "大华"), ("周强与阿胶厂对账。", "阿胶"),
    ("讨薪农民工张冬梅与项目经理发生冲突，工资由石家庄四建先行垫付。", "四建"), ("客商来自阿富汗，申报入境", "阿富汗"),
    ("股东小王称至今未分红。", "小王"),
])
def test_nk29_a_surname_addressed_or_a_word_stays(text, kept):
    assert kept in _deidentified(text)


@given(st.text(alphabet="阿燕林王兰与和及丫头大石袁毛二三称反映在场（女，26岁）、；〔姓名〕 ", max_size=30))
def test_nk29_milk_name_slots_keep_addressed_surnames_and_bounds(text):
    from gongkai.deid.names import _slot_nickname_hits

    for h in _slot_nickname_hits(text, []):
        assert 0 <= h.start < h.end <= len(text)
        assert text[h.start] not in "与和及、；，（"      # (a join or a mark begins no name)
        assert text[h.start:h.end] not in ("阿林", "阿王")   # (a common surname addressed: policy)



# Round 29 (mw29): a married woman's four (her husband's surname, then her whole name) read whole
# where the rules read three of them, whatever the slot (after 与, a village, a time word, a role
# with a colon); a compound husband's surname before her whole name; compound surnames with X氏,
# a sibling's rank or a given name of two; 小 and a rank; a role noun of the lexicon whose last
# character is a surname's before a whole name.
@pytest.mark.parametrize("text,name", [
    ("2、养蚕户杨磊与张史凤英合伙经营；3、蚕桑站上门指导", "张史凤英"),
    ("当日李家村陈王兰英承包户；经营者:李亮", "陈王兰英"),
    ("验光师:王王桂兰/店长：漆倩", "王王桂兰"), ("车主：孙路桂兰，罐车沿途撒漏石子", "孙路桂兰"),
    ("当日监护人：檀发财 晚欧徐兰英/180****2584", "欧徐兰英"),
    ("（1）朱家塘陈王淑珍一户 （2）当事人", "陈王淑珍"), ("王家畈李于凤英（见证人）", "李于凤英"),
    ("花彭秀英和肖正龙合伙经营、柴油罐无围堰", "花彭秀英"),
    ("举报人申屠陈月娥，茶馆内聚集5人", "申屠陈月娥"), ("粟桃花与万俟冯秀英共同签字", "万俟冯秀英"),
    ("6月26日 当事人：宇文李玉珍 当日篾匠：卢菊", "宇文李玉珍"),
    ("2020年6月7日 左丘王氏称；②负责人:王来弟", "左丘王氏"), ("2024-05-07 轩辕黄氏称；下午", "轩辕黄氏"),
    ("收到村民东郭老五的书面异议", "东郭老五"), ("1.东方老五（男，24岁） 2.送来材料", "东方老五"),
    ("竹农：张俊熙与皇甫老五同意调解/", "皇甫老五"),
    ("南宫秀英，男，63岁；收购员 唐昌秀", "南宫秀英"), ("负责人： 南宫和平。涉及ZJ-CX-961163", "南宫和平"),
    ("又当时长孙翠花已签字确认", "长孙翠花"), ("又南宫毛毛与张雨萱同意调解", "南宫毛毛"),
    ("消费者：班书瑶与李小四合伙经营|", "李小四"), ("钟管镇袁小四承包户；", "袁小四"),
    ("2019.4.27 王五一电话投诉、房东：司爱民", "王五一"),
    ("蚕农金红梅，领取蚕种5张", "金红梅"), ("验光师茹海洋|当事人:胡细妹", "茹海洋"),
    ("蚕农 秋中华|养蚕户: 王林", "秋中华"), ("蚕农 高七斤 / 湖桑", "高七斤"),
])
def test_mw29_married_compound_rank_and_role_names_are_read_whole(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text,kept", [
    ("资助名单：初二（4）班鲍晓雯、高三（2）班葛子墨。", "班"), ("东方明珠塔夜景", "东方明珠"),
    ("两台东方红拖拉机", "东方红"), ("南宫中学操场", "南宫中学"), ("东方王氏宗祠修缮", "东方王氏"),
    ("于国庆期间完成整改", "于国庆"), ("从五一开始放假", "从五一"), ("她比王小四岁", "王小四"),
    ("河长孙玉军巡河", "河长"), ("农民王建国来电", "农民"), ("由彭秀英负责", "由"),
    ("欧阳老板称", "欧阳老板"), ("王金凤英语好", "英语"),
])
def test_mw29_words_beside_those_forms_stay(text, kept):
    assert kept in _deidentified(text)


@given(st.text(alphabet="王陈李于花彭兰英桂玉珍南宫东方申屠老小五四氏村与、，：农师 0123", max_size=24))
def test_mw29_married_reads_stay_inside_the_text(text):
    from gongkai.deid.names import _married_read_whole

    hits = find_names(text)
    for h in _married_read_whole(text, hits) + hits:
        assert 0 <= h.start < h.end <= len(text)


@pytest.mark.parametrize("text,name,kept", [
    ("12月7日廖秋收之母吴朱春花入谱", "吴朱春花", "之母"), ("董家河刘正信/6只、村民：董明", "刘正信", "董家河"),
    ("犬主徐传祥、美容师冯德旺夫妇寄养的比熊走失", "冯德旺", "美容师"),
    ("2024-08-09 到收购商金钰涵家采血3份", "金钰涵", "收购商"),
])
def test_mw29_a_relative_a_place_or_a_role_before_a_name_is_no_husbands_surname(text, name, kept):
    out = _deidentified(text)
    assert name not in out and kept in out


def test_mw29_a_document_number_is_no_married_four():
    assert "岳卫健发〔2025〕129号" in _deidentified("犬只伤人事件处理公告：岳卫健发〔2025〕129号")



# Round 29 (sn29): surnames of the Hundred Family Surnames and of the surveys' long tail that the
# inventory lacked (宝, 福, 爱, 淦 ...; function kind where the character is an everyday word), and a
# person's strong slot (a role's or a relative's label with its colon) that holds a name whatever its
# first character.
@pytest.mark.parametrize("text,name", [
    ("投诉人：福翠；经营者：桂琳", "福翠"), ("店主福秀英|当事人：张宗娣", "福秀英"), ("维修工：宝平安", "宝平安"),
    ("公示期间，接到村民淦勇的书面异议", "淦勇"), ("次日当事人淦小毛 房东：上官浩", "淦小毛"),
    ("过磅员： 曲江山", "曲江山"), ("负责人：全游氏，申请毛竹砍伐许可证。", "全游氏"),
    ("下午作坊主:秋義；次日帮工:黄海燕", "秋義"), ("其女：宝泽宇 公示期间", "宝泽宇"),
    ("投诉人：靓翠；投诉人：桂一诺", "靓翠"), ("养护工:福富强；驾驶员:莫旺", "福富强"),
])
def test_sn29_rare_surname_or_unknown_first_character_in_a_persons_slot(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text,kept", [
    ("投诉人：无；经营者：桂琳", "投诉人：无"), ("负责人：待定。经营者：桂琳", "待定"), ("店主：本人；经营者：桂琳", "本人"),
    ("经营者：个体户；负责人：桂琳", "个体户"), ("负责人：村委会。经营者：桂琳", "村委会"),
    ("监护人：其母亲。经营者：桂琳", "其母亲"), ("当事人：未到场。经营者：桂琳", "未到场"),
    ("投诉人：匿名；经营者：桂琳", "匿名"), ("事由：龙公(治)行罚决字[2026]217号；经营者：桂琳", "龙公"),
    ("车主驾驶宝马X5，经营者：桂琳", "宝马"), ("厂长:尉迟宝林。涉及舞阳街道、福特已登记。", "福特"),
    ("单位发放福利，经营者：桂琳", "福利"), ("捐赠爱心物资，经营者：桂琳", "爱心"), ("村干部到场，经营者：桂琳", "干部"),
])
def test_sn29_words_and_brands_in_or_near_a_slot_stay(text, kept):
    assert kept in _deidentified(text)


@given(st.text(alphabet="投诉人负责其女员主：:；，宝福爱淦靓翠江山游氏待定无本 \n", max_size=30))
def test_sn29_strong_slot_hits_stay_inside_the_text(text):
    from gongkai.deid.names import _unknown_surname_slot_hits

    for h in _unknown_surname_slot_hits(text, []):
        assert 0 <= h.start < h.end <= len(text) and 2 <= h.end - h.start <= 3


# Round 29 (sn29): a married woman's 氏 form after a surname that is mostly a word (云, 宝: function
# kind) at a phrase's start, after a date or a cue, then what she does; a function surname doubled is
# the word (宝宝照), and a surname with a title in a slot stays (调解员：廖同志).
@pytest.mark.parametrize("text,name", [
    ("现场宝柴氏拒绝签字", "宝柴氏"), ("2019年05月26号云姜氏送来材料", "云姜氏"),
])
def test_sn29_married_form_after_a_function_surname(text, name):
    assert name in [text[h.start:h.end] for h in find_names(text)]


@pytest.mark.parametrize("text,kept", [
    ("经查，鄢四喜已签字确认。涉及预付卡备案50205637、宝宝照已登记。", "宝宝照"), ("村民和陈氏一起", "和陈氏"),
    ("平王氏宗祠", "平王氏"), ("调解员：廖师傅；", "廖师傅"), ("消费者 任中华\n2024年09月25号 宝宝照套系加价", "宝宝照"),
])
def test_sn29_doubled_function_surname_and_clans_stay(text, kept):
    assert kept in _deidentified(text)


# Round 29, the lead's mend of sn29 (tcheck: tuned-24, tuned-26, tuned-30, tuned-7): a strong slot
# holding 小/老 + a surname holds that surname addressed (经办：小李, 经办：老董), no name; X氏 after a
# function surname, then a trade's verb and a shop's head, is a shop named for a family (原 +
# 张氏推拿馆), no married woman who acts.
@pytest.mark.parametrize("text,kept", [
    ("退费申请｜学员:刘家明｜经办:小李｜应退50元", "小李"), ("当期180天；经办：老董。", "老董"),
    ("原张氏推拿馆已更名为农家乐", "张氏推拿馆"), ("原林氏按摩店已注销", "林氏按摩店"),
])
def test_sn29_mend_an_addressed_surname_in_a_slot_or_a_family_shop_stays(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text,name", [
    ("投诉人：福翠；", "福翠"), ("现场宝柴氏拒绝签字", "宝柴氏"),
])
def test_sn29_mend_keeps_the_slot_and_married_readings(text, name):
    assert name not in _deidentified(text)


# Round 29 (the lead): 长期 and 一直 are adverbs a thing's state takes too (宝骏 + 长期占道, 一直停放):
# alone after a brand they say no person stands there; before what only a person does they still do
# (长期患病, 一直外出务工). 多次 stays a person's evidence (由幸福 + 多次越级上访).
@pytest.mark.parametrize("text,kept", [
    ("钟子彤反映楼下宝骏长期占道，经查车主为龚晨。", "宝骏"), ("小区门口福特一直停放未动。", "福特"),
])
def test_a_things_lasting_state_after_a_brand_is_no_persons_act(text, kept):
    assert kept in _deidentified(text)


@pytest.mark.parametrize("text,name", [
    ("楼然长期患病，无劳动能力。", "楼然"), ("景怡一直外出务工。", "景怡"), ("由幸福多次越级上访。", "由幸福"),
])
def test_a_lasting_adverb_before_a_persons_act_still_marks_a_person(text, name):
    assert name not in _deidentified(text)
