"""Sweeps of units x frames: look-alikes altered and names found, tuned frames beside held-out ones.

    python benchmarks/bench_sweeps.py                       # all four sweeps, tuned part
    python benchmarks/bench_sweeps.py names --heldout       # one sweep, tuned beside held-out
    python benchmarks/bench_sweeps.py all --quick           # a fixed sample, about 30 s
    python benchmarks/bench_sweeps.py all --heldout --out DIR   # and every failure as a TSV
    python benchmarks/bench_sweeps.py all --heldout --units-from REV   # units of an earlier commit

Four sweeps written in the thirteenth round (issue 14), each a grid of units (words or names) x
frames (sentences a clerk writes). Every sentence goes through bench_names.deid_text, the path a
free-text cell takes in deidentify_frame (private mode; public mode for the notices):

* **lexicon** (look-alikes): the jieba dictionary's words of 2-4 characters (frequency >= 20, not
  tagged nr) that begin with a surname character of the detector, and the words of its brands,
  herbs and domain-word lists, in 47 frames chosen by the word's tag (things, places, acts, any
  word). A sentence is altered when the word is no longer in the output. Held-out: a fifth of the
  words of each tag, drawn with seed 1313 (benchmarks/sweeps/lexicon_heldout.json); words a list
  gains later fall in the tuned part. A control of 400 generated names (seed 99) in 25 frames
  where a person is the right reading (find_names; the name is found when a hit covers its start)
  is not split.
* **names**: 588 Chinese names (frequent, function-like, rare, compound and word surnames; given
  names of one or two characters, given-name words and everyday words, seed 1313; 30 full names
  that are words) in 74 frames without a cue (after a date, at a cell's start, after a place,
  mid-sentence, in lists, before an age or a phone, numbered rows, after 与/和/及) and 22 with one.
  Found when the name is gone; clean when the rest of the sentence is as it should be; partial when
  part of the name stays; eaten when a character beside it went too. Held-out: 18 frames (14
  without a cue), drawn with seed 2024 (benchmarks/sweeps/names_heldout.json).
* **english** (English exports): 379 names in 33 written forms (pinyin in every order and case,
  initials, titles, compound surnames, Hong Kong, Singapore, Taiwan, Uyghur, Kazakh, Mongol,
  Tibetan, Western; seed 1313) in 69 English remark frames, with look-alikes drawn from pools
  (districts, brands, roads, hospitals, schools, festivals, amounts, months, English words that
  are pinyin syllables). A name is found when none of its parts is left; a cell is altered when a
  look-alike in it changed. Held-out: 13 frames, drawn with seed 20240613
  (benchmarks/sweeps/english_heldout.json).
* **notices** (public mode): notices' officials in their public role (must stay) and private
  persons (must go), 30 random names per frame (seed 13); 20 tuned frames, 15 held-out
  (NOTICE_HELDOUT below).

Every frame, name and pool here is tuned material: the detector's rules of the thirteenth round
were written while reading the tuned part's failures. The held-out parts (frames, or words for
the lexicon) were drawn before that work and measured only at its end; measure them rarely
(``--heldout``) and never read their failures to write a rule -- once read, they are tuned too.
The units come from the detector's own lists where the colleagues' scripts took them from there
(surname characters, given_chars.tsv, given_words.tsv, brands/herbs/domain words), so a change to
those lists can change the units; the word and name counts are printed to show it. To compare two
commits on the same units, ``--units-from REV`` reads the lists the units come from out of commit
REV (``git archive``) while the detector under test stays the checked-out one.

``--quick`` samples a fixed part of the units (a sixth of the words, a quarter of the Chinese
names, a third of the English ones; the notices whole); ``--limit N`` keeps at most N units (and
N names per notice frame) per part, for the smoke test. On the standard machine (2 cores, two
worker processes): ``all`` takes about 95 s, ``all --heldout`` 2 minutes (the lexicon's 290,000
sentences are most of it), ``all --quick`` 25 s, ``all --quick --heldout`` 35 s.
"""

from __future__ import annotations

import argparse
import collections
import functools
import json
import multiprocessing as mp
import os
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

SPLITS = HERE / "sweeps"
DEID = ROOT / "src" / "gongkai" / "deid"
SWEEPS = ("lexicon", "names", "english", "notices")
QUICK = {"lexicon": 6, "names": 4, "english": 3}     # --quick keeps 1/k of the units


class Options:
    quick = False
    limit = 0
    jobs = 2


def _sample(units: list, sweep: str, opts: Options) -> list:
    """A fixed sample of units (seeded), order kept."""
    keep = list(units)
    if opts.quick and sweep in QUICK:
        k = max(1, len(keep) // QUICK[sweep])
        chosen = set(random.Random(f"quick/{sweep}").sample(range(len(keep)), k))
        keep = [u for i, u in enumerate(keep) if i in chosen]
    if opts.limit and len(keep) > opts.limit:
        chosen = set(random.Random(f"limit/{sweep}").sample(range(len(keep)), opts.limit))
        keep = [u for i, u in enumerate(keep) if i in chosen]
    return keep


def _map(fn, jobs: list, opts: Options, chunksize: int) -> list:
    if opts.jobs <= 1 or len(jobs) < 2000:
        return [fn(j) for j in jobs]
    with mp.get_context("fork").Pool(opts.jobs) as pool:
        return pool.map(fn, jobs, chunksize=chunksize)


def units_from(rev: str) -> Path:
    """The detector's lists as they were at commit ``rev``, unpacked in a temporary directory: the
    sweeps then draw their units from there (the detector itself is the checked-out one)."""
    import subprocess
    import tarfile
    import tempfile

    out = Path(tempfile.mkdtemp(prefix="sweep-units-"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src/gongkai/deid"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=__import__("io").BytesIO(archive)) as tar:
        tar.extractall(out, filter="data")
    return out / "src" / "gongkai" / "deid"


def surname_chars() -> frozenset[str]:
    """The one-character surnames the units are built on (surnames.tsv: kinds name, word and
    function), read from DEID so that --units-from holds them fixed too."""
    return frozenset(p[0] for p in _tsv("surnames.tsv")
                     if len(p[0]) == 1 and len(p) > 3 and p[3] in ("name", "word", "function"))


def _tsv(name: str) -> list[list[str]]:
    """The rows of one of the detector's lists, header and comments left out."""
    rows = [line.split("\t") for line in (DEID / name).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return rows[1:]


def _pct(a: int, n: int, digits: int = 2) -> str:
    return f"{a:,}/{n:,} {100 * a / n:.{digits}f}%" if n else f"{a}/0"


class Part:
    """One part's figures: rows (label, value) printed side by side, the worst frames, failures."""

    def __init__(self, label: str):
        self.label = label
        self.rows: list[tuple[str, str]] = []
        self.worst: list[str] = []
        self.fails: list[tuple[str, ...]] = []
        self.seconds = 0.0

    def row(self, label: str, value: str) -> None:
        self.rows.append((label, value))


# ============================================================================ lexicon: look-alikes
# (id, role, frame). role: thing (nouns, goods, animals, crops), place (ns/nt), any (every word),
# act (verbs/adjectives/other words).
LEX_FRAMES = [
    ("subj", "thing", "{w}已登记入册，待核实。"),
    ("buy", "thing", "户主本月购买{w}两件，票据已留存。"),
    ("breed", "thing", "该户饲养{w}三头，已申报养殖补贴。"),
    ("repair", "thing", "维修{w}费用共计800元，由村集体承担。"),
    ("check", "thing", "执法人员现场检查{w}，未发现问题。"),
    ("sell", "thing", "当事人销售{w}未明码标价。"),
    ("plant", "thing", "2023年种植{w}5亩，已核实面积。"),
    ("use", "thing", "经营者使用{w}未做记录。"),
    ("de", "thing", "{w}的价格上涨明显，群众关注。"),
    ("pai", "thing", "店内销售的{w}牌产品无合格证明。"),
    ("xing", "thing", "申报的{w}型设备与实物不符。"),
    ("pinzhong", "thing", "推广{w}品种200亩。"),
    ("gongsi", "thing", "{w}公司于3月提交材料。"),
    ("dian", "thing", "{w}店未办理营业执照。"),
    ("list1", "thing", "发放物品包括电视机、{w}、洗衣机等。"),
    ("list2", "thing", "{w}、化肥、农药均已发放到户。"),
    ("cue", "thing", "申请人张建华家中有{w}一台，已折算收入。"),
    ("cue2", "thing", "村民李桂芳反映{w}损坏严重。"),
    ("time", "thing", "2024年3月5日{w}运抵仓库。"),
    ("time2", "thing", "上午9时许{w}被送至维修点。"),
    ("complain", "thing", "消费者投诉{w}质量问题，已调解。"),
    ("receive", "thing", "该户领取{w}补贴1200元。"),
    ("bite", "thing", "被{w}咬伤后就医，费用已报销。"),
    ("seize", "thing", "现场查获{w}若干，已登记保存。"),
    ("old", "thing", "其家中{w}老化，需更换。"),
    ("die", "thing", "今年3头{w}死亡，已申请保险理赔。"),
    ("lost", "thing", "村民报称{w}丢失，已登记。"),
    ("label", "thing", "品名：{w}，数量：20。"),
    ("store", "thing", "当事人将{w}存放于仓库内。"),
    ("maker", "thing", "由{w}厂家负责更换。"),
    ("give", "thing", "向困难群众发放{w}100份。"),
    ("cause", "thing", "因{w}故障导致停产。"),
    ("about", "any", "关于{w}的问题，已于3月答复。"),
    ("note", "any", "备注：{w}（已处理）"),
    ("involve", "any", "本案涉及{w}等情况，另行处理。"),
    ("in", "place", "在{w}务工期间受伤，已申请工伤认定。"),
    ("from", "place", "从{w}搬迁至本村，已落户。"),
    ("to", "place", "到{w}办理相关手续。"),
    ("cun", "place", "{w}村委会出具证明。"),
    ("hj", "place", "户籍地：{w}，现居本镇。"),
    ("placecue", "place", "申请人王秀英现居{w}，已核实。"),
    ("near", "place", "在{w}附近发现违规搭建。"),
    ("via", "place", "途经{w}时发生交通事故。"),
    ("dui", "place", "对{w}开展安全检查。"),
    ("act1", "act", "经核查，该户存在{w}情况，已整改。"),
    ("act2", "act", "{w}问题已于5月办结。"),
    ("act3", "act", "群众反映{w}现象较多。"),
]

LEX_ROLES = {"n": ("thing", "any"), "nz": ("thing", "any"), "vn": ("thing", "act", "any"),
         "ns": ("place", "any"), "nt": ("place", "any"), "v": ("act", "any"),
         "a": ("act", "any"), "other": ("act", "any"),
         "brands": ("thing", "any"), "herbs": ("thing", "any"), "domain": ("thing", "any")}

@functools.lru_cache(maxsize=1)
def lexicon_words() -> dict[str, list[str]]:
    """{tag: words}: the dictionary's words that begin with a surname character, and the lists'."""
    import jieba

    _SINGLE = surname_chars()
    out = collections.defaultdict(set)
    seen = set()
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            w, f, tag = line.split()
            if not 2 <= len(w) <= 4 or w[0] not in _SINGLE or tag.startswith("nr") or int(f) < 20:
                continue
            key = tag if tag in ("n", "nz", "ns", "nt", "v", "vn", "a") else "other"
            out[key].add(w)
            seen.add(w)

    def rows(name):
        for line in (DEID / name).read_text(encoding="utf-8").splitlines()[1:]:
            if line and not line.startswith("#"):
                yield line.split("\t")

    for key, name in (("brands", "brands.tsv"), ("herbs", "herbs.tsv"), ("domain", "domain_words.tsv")):
        first = True
        for row in rows(name):
            if first and row[0] in ("brand", "herb", "word"):
                first = False
                continue
            first = False
            w = row[0]
            if key == "domain" and (len(row) < 3 or row[2].startswith("nr")):
                continue
            if 2 <= len(w) <= 4 and w not in seen and any("\u4e00" <= c <= "\u9fff" for c in w):
                out[key].add(w)
                seen.add(w)
    return {k: sorted(v) for k, v in out.items()}


def _lexicon_cell(job):
    from bench_names import deid_text

    w, fid, frame = job
    out = deid_text(frame.format(w=w), False)
    return w, fid, w not in out, out


def lexicon_part(heldout: bool, opts: Options) -> Part:
    words = lexicon_words()
    held = json.loads((SPLITS / "lexicon_heldout.json").read_text(encoding="utf-8"))
    held_words = {tag: set(ws) for tag, ws in held.items()}
    units = [(tag, w) for tag, ws in words.items() for w in ws
             if (w in held_words.get(tag, ())) == heldout]
    units = _sample(units, "lexicon", opts)
    tag_of = {w: tag for tag, w in units}
    jobs = [(w, fid, frame) for tag, w in units for fid, role, frame in LEX_FRAMES
            if role in LEX_ROLES[tag]]
    res = _map(_lexicon_cell, jobs, opts, 500)
    per_frame = collections.defaultdict(lambda: [0, 0])
    word_bad = collections.defaultdict(list)
    sent_tag = collections.Counter()
    part = Part("held-out" if heldout else "tuned")
    for w, fid, bad, out in res:
        per_frame[fid][0] += bad
        per_frame[fid][1] += 1
        if bad:
            word_bad[w].append(fid)
            sent_tag[tag_of[w]] += 1
            part.fails.append((tag_of[w], fid, w, out))
    bad = sum(v[0] for v in per_frame.values())
    part.row("words", f"{len(tag_of):,}")
    part.row("sentences altered", _pct(bad, len(res)))
    part.row("words altered in any frame", _pct(len(word_bad), len(tag_of)))
    n_tag = collections.Counter(tag_of.values())
    bad_tag = collections.Counter(tag_of[w] for w in word_bad)
    for t in sorted(words):
        part.row(f"  {t}: words altered (sentences)",
                 f"{_pct(bad_tag[t], n_tag[t])} ({sent_tag[t]})")
    worst = sorted(((b / n, fid, b, n) for fid, (b, n) in per_frame.items() if n and b), reverse=True)
    part.worst = [f"{fid} {_pct(b, n)}" for _r, fid, b, n in worst[:6]]
    return part


# Names sweep: frames where a person is the right reading, including beside the same verbs.
LEX_NAME_FRAMES = [
    ("subj", "{n}已登记入册，待核实。"),
    ("buy_own", "户主本月购买{n}的旧拖拉机一台。"),
    ("breed", "{n}饲养生猪三头，已申报养殖补贴。"),
    ("repair", "{n}维修房屋费用共计800元。"),
    ("check", "执法人员现场检查{n}经营的门店，未发现问题。"),
    ("sell", "当事人{n}销售过期食品。"),
    ("plant", "2023年{n}种植玉米5亩。"),
    ("de", "{n}的房屋老化，需更换屋顶。"),
    ("list1", "参加培训的有张建华、{n}、刘芳等。"),
    ("list2", "{n}、李桂芳均已领取补贴。"),
    ("cue", "申请人{n}家中有电视机一台。"),
    ("cue2", "村民{n}反映路灯损坏严重。"),
    ("time", "2024年3月5日{n}到村委会领取补贴。"),
    ("complain", "消费者{n}投诉商品质量问题，已调解。"),
    ("receive", "{n}领取补贴1200元。"),
    ("bite", "{n}被狗咬伤后就医。"),
    ("about", "关于{n}的问题，已于3月答复。"),
    ("from", "从{n}处购买化肥两袋。"),
    ("to", "到{n}家中走访。"),
    ("in", "在{n}家务工期间受伤。"),
    ("placecue", "户主{n}现居本镇，已核实。"),
    ("clock", "当日上午9时许{n}到村委会领取补贴。"),
    ("neighbour", "邻居{n}反映其长期独居。"),
    ("dwell", "该户现居{n}家中，已核实。"),
    ("qty", "慰问品2箱{n}代领。"),
]


def lexicon_control_names() -> list[str]:
    GIVEN_WORDS = {p[0] for p in _tsv("given_words.tsv")}
    sur = []
    for line in (DEID / "surnames.tsv").read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if len(p) == 4 and len(p[0]) == 1 and p[3] in ("name", "word") and p[2] != "share_pct":
            try:
                if float(p[2]) >= 0.1:
                    sur.append(p[0])
            except ValueError:
                pass
    chars = []
    for line in (DEID / "given_chars.tsv").read_text(encoding="utf-8").splitlines():
        p = line.split("\t")
        if len(p) == 3 and p[1] in ("2", "3"):
            chars.append((p[0], p[2]))
    rng = random.Random(99)
    firsts = [c for c, pos in chars if pos in ("any", "first")]
    lasts = [c for c, pos in chars if pos in ("any", "last")]
    names = set()
    gw = sorted(GIVEN_WORDS)
    for _ in range(400):
        s = rng.choice(sur)
        r = rng.random()
        if r < 0.35:
            names.add(s + rng.choice(gw))
        elif r < 0.8:
            names.add(s + rng.choice(firsts) + rng.choice(lasts))
        else:
            names.add(s + rng.choice(lasts))
    return sorted(names)


def _lexicon_control_cell(job):
    from gongkai.deid.names import find_names

    n, fid, frame = job
    text = frame.format(n=n)
    found = any(text[h.start:h.end] == n or (h.start <= text.index(n) < h.end)
                for h in find_names(text))
    return n, fid, found, text


def lexicon_control(opts: Options) -> Part:
    names = _sample(lexicon_control_names(), "lexicon", opts)
    jobs = [(n, fid, f) for n in names for fid, f in LEX_NAME_FRAMES]
    res = _map(_lexicon_control_cell, jobs, opts, 200)
    per = collections.defaultdict(lambda: [0, 0])
    part = Part("control")
    for n, fid, found, text in res:
        per[fid][0] += found
        per[fid][1] += 1
        if not found:
            part.fails.append((fid, n, text))
    found = sum(v[0] for v in per.values())
    part.row("names found", f"{len(names)} names, {_pct(found, len(res))}")
    worst = sorted(((f / n, fid, f, n) for fid, (f, n) in per.items() if f < n))
    part.worst = [f"{fid} {_pct(f, n)}" for _r, fid, f, n in worst[:6]]
    return part


# ================================================================= names: Chinese names, no cue
PH = "〔姓名〕"

# no cue before the name
CN_FRAMES = [
    # after a date or a time
    ("d_date", "2024年3月5日{n}到村委会领取补贴。"),
    ("d_md", "3月12日{n}来电反映路灯不亮。"),
    ("d_ym", "2023年10月{n}申请临时救助，已审批。"),
    ("d_pm", "当日下午{n}到镇政府签字确认。"),
    ("d_iso", "2024-05-06 {n}领取慰问金500元。"),
    ("d_mdam", "5月8日上午{n}在家中摔伤，已送医。"),
    ("d_next", "次日{n}表示同意调解方案。"),
    ("d_month", "今年4月{n}去县医院住院治疗。"),
    ("d_clock", "上午10时{n}到场签字。"),
    ("d_year", "2022年{n}家中房屋倒塌，已重建。"),
    ("d_slash", "2024/6/3 {n}拒绝签字。"),
    ("d_comma", "2024年7月2日，{n}来镇里咨询低保政策。"),
    # at cell start
    ("s_sex", "{n}，男，1965年生，已核实。"),
    ("s_go", "{n}到村委会领取补贴。"),
    ("s_refuse", "{n}拒绝签字，已记录在案。"),
    ("s_agree", "{n}同意调解，双方已和解。"),
    ("s_say", "{n}表示对处理结果无异议。"),
    ("s_report", "{n}反映邻居占用通道。"),
    ("s_last", "{n}去年已脱贫，继续帮扶。"),
    ("s_work", "{n}在外务工，家中无人。"),
    ("s_come", "{n}来镇里咨询低保政策。"),
    ("s_ill", "{n}因病住院，申请大病救助。"),
    # after a place or a unit
    ("p_vil", "东风村{n}申请危房改造。"),
    ("p_comm", "城关镇幸福社区{n}反映噪音扰民。"),
    ("p_group", "三组{n}家中养牛五头。"),
    ("p_vilgrp", "红星村五组{n}已领取补贴。"),
    ("p_this", "本村{n}去年外出务工。"),
    ("p_comm2", "该社区{n}领取了慰问品。"),
    ("p_town", "石桥镇{n}到县里上访。"),
    ("p_bureau", "县民政局{n}到现场核查。"),
    # mid-sentence, subject or object
    ("m_verify", "经核实，{n}家庭收入超过标准。"),
    ("m_notify", "工作人员通知{n}补交材料。"),
    ("m_true", "经调查，{n}所述情况属实。"),
    ("m_tell", "已电话告知{n}办理结果。"),
    ("m_help", "村委会帮助{n}申请了低保。"),
    ("m_visit", "走访中{n}提出修路诉求。"),
    ("m_coord", "经协调，{n}同意退还押金。"),
    ("m_arrange", "镇里安排{n}到公益岗位工作。"),
    ("m_still", "经多次劝说{n}仍拒绝搬离。"),
    ("m_contact", "调解员联系{n}未果。"),
    ("m_check", "经查{n}未按时缴纳费用。"),
    ("m_away", "多次上门，{n}均不在家。"),
    ("m_know", "此事{n}并不知情。"),
    ("m_per", "据{n}介绍，房屋系1985年所建。"),
    ("m_de", "{n}的儿子在外地工作。"),
    ("m_lodge", "目前借住在{n}家。"),
    # before acts, after a clause
    ("a_hosp", "经回访，{n}到县医院复查。"),
    ("a_letter", "近期{n}来信反映补贴未到账。"),
    ("a_go", "前年{n}去外地打工。"),
    ("a_shop", "目前{n}在镇上经营小卖部。"),
    ("a_recv", "本月{n}领取临时救助金800元。"),
    ("a_sign", "核对无误后{n}签字确认。"),
    ("a_say", "入户时{n}表示愿意配合调查。"),
    ("a_refuse", "约谈时{n}拒绝提供银行流水。"),
    ("a_agree", "经释明{n}同意撤回申请。"),
    # lists
    ("l_first", "参加会议的有{n}、王秀英、刘建军。"),
    ("l_two", "{n}、张桂兰二人均符合条件。"),
    ("l_mid", "张伟、{n}、李娜已签字。"),
    ("l_last", "已入户核查李凤英、{n}两户。"),
    ("l_three", "{n}、陈国强、赵丽三户已整改。"),
    # age or masked phone after
    ("g_paren", "{n}（68岁）独居，需重点关注。"),
    ("g_comma", "{n}，72岁，患有慢性病。"),
    ("g_phone", "{n}（138****5678）来电咨询。"),
    ("g_phone2", "{n} 139****2345 已回访。"),
    ("g_sex", "{n}，女，45岁，务农。"),
    # numbered rows
    ("r_dot", "1. {n} 已领取"),
    ("r_dun", "2、{n}，已入户核查。"),
    ("r_paren", "（3）{n}家房屋漏雨，已维修。"),
    ("r_amount", "5 {n} 800元"),
    # after 与/和/及/同 another name
    ("w_yu", "王建华与{n}发生纠纷，已调解。"),
    ("w_he", "李秀英和{n}共同申请。"),
    ("w_ji", "刘志强及{n}到场。"),
    ("w_tong", "张桂芳同{n}一起到村委会。"),
    ("w_first", "{n}与张建军因宅基地发生纠纷。"),
]
# with a cue: the control
CN_CUE_FRAMES = [
    ("c_head", "户主{n}到村委会领取补贴。"),
    ("c_appl", "申请人{n}家中有电视机一台。"),
    ("c_vill", "村民{n}反映路灯损坏。"),
    ("c_wife", "其妻{n}患有慢性病。"),
    ("c_son", "其子{n}在外务工。"),
    ("c_party", "当事人{n}拒绝签字。"),
    ("c_proxy", "代领人{n}已签字。"),
    ("c_contact", "联系人：{n}"),
    ("c_secr", "村支书{n}到场见证。"),
    ("c_grid", "网格员{n}负责回访。"),
    ("c_compl", "投诉人{n}来电反映噪音。"),
    ("c_oper", "经营者{n}未办理营业执照。"),
    ("c_guard", "监护人{n}同意。"),
    ("c_dibao", "低保户{n}已入户核查。"),
    ("c_mother", "母亲{n}，68岁。"),
    ("c_neigh", "邻居{n}反映其独居。"),
    ("c_date", "2024年3月5日，申请人{n}提交材料。"),
    ("c_inform", "举报人{n}称有人倾倒垃圾。"),
    ("c_old", "老人{n}独居多年。"),
    ("c_doctor", "村医{n}上门随访。"),
    ("c_comrade", "{n}同志到村开展调研。"),
    ("c_mr", "{n}先生来电咨询。"),
]
CN_ALL_FRAMES = CN_FRAMES + CN_CUE_FRAMES

FN_LIKE = "于向方从由和与常万高文明金白江马牛"
# given names that are everyday words (beyond given_words.tsv)
WORD_GIVEN = ["山", "河", "雪", "静", "心", "前", "平", "暖", "明", "光明", "春风", "和平", "向前",
              "海燕", "建国", "文静", "白雪", "胜利", "前进", "红旗", "长江", "黄河", "东方", "光荣",
              "幸福", "美丽", "友谊", "团结", "丰收", "成功", "安全", "快乐", "新华", "振兴", "自强"]
# full names that are ordinary words
WORD_NAMES = ["高山", "江河", "白雪", "文静", "关心", "向前", "和平", "温暖", "方正", "常青",
              "万里", "金山", "白云", "江山", "马力", "高明", "文明", "明亮", "于洋", "向阳",
              "方圆", "从容", "由衷", "常乐", "万福", "高峰", "金星", "牛顿", "马达", "江南"]

OTHER_NAMES = ["王秀英", "刘建军", "张桂兰", "张伟", "李娜", "李凤英", "陈国强", "赵丽", "王建华",
               "李秀英", "刘志强", "张桂芳", "张建军"]


def names_surnames() -> dict[str, tuple[float, str]]:
    return {p[0]: (float(p[2]), p[3]) for p in _tsv("surnames.tsv")}


def names_list() -> dict[str, tuple[str, str, str]]:
    """{name: (surname, surname class, given-name kind)}."""
    table = names_surnames()
    rng = random.Random(1313)
    singles = [s for s, (f, k) in table.items() if len(s) == 1]
    freq_w = [table[s][0] for s in singles]
    rare = [s for s in singles if table[s][0] <= 0.01]
    compounds = [s for s, (f, k) in table.items() if k == "compound"]
    wordfn = [s for s in singles if table[s][1] in ("word", "function")]
    chars = [(p[0], int(p[1]), p[2]) for p in _tsv("given_chars.tsv") if len(p) == 3]
    firsts = [(c, w) for c, w, pos in chars if pos in ("any", "first")]
    lasts = [(c, w) for c, w, pos in chars if pos in ("any", "last")]
    gwords = [p[0] for p in _tsv("given_words.tsv")]

    def pick(pairs):
        return rng.choices([c for c, _ in pairs], [w for _, w in pairs])[0]

    def given():
        r = rng.random()
        if r < 0.45:
            return "two", pick(firsts) + pick(lasts)
        if r < 0.65:
            return "one", pick(lasts)
        if r < 0.85:
            return "gword", rng.choice(gwords)
        return "word", rng.choice(WORD_GIVEN)

    names = {}
    for _ in range(560):
        r = rng.random()
        if r < 0.38:
            s, sc = rng.choices(singles, freq_w)[0], "freq"
        elif r < 0.63:
            s, sc = rng.choice(FN_LIKE), "fnlike"
        elif r < 0.78:
            s, sc = rng.choice(rare), "rare"
        elif r < 0.88:
            s, sc = rng.choice(compounds), "compound"
        else:
            s, sc = rng.choice(wordfn), "wordfn"
        gk, g = given()
        if s + g not in names:
            names[s + g] = (s, sc, gk)
    for n in WORD_NAMES:
        names[n] = (n[0], "wordname", "wordname")
    return names


def _pure(text: str) -> str:
    for o in OTHER_NAMES:
        text = text.replace(o, PH)
    return text


def _names_cell(job):
    from bench_names import deid_text

    n, fid, frame = job
    text = frame.format(n=n)
    out = deid_text(text, False)
    exp = _pure(frame.format(n=PH))
    if n in out:
        status = "missed"
    elif _pure(out) == exp:
        status = "ok"
    elif len(_pure(out)) > len(exp):
        status = "partial"          # part of the name left
    else:
        status = "eaten"            # a character beside the name taken
    return n, fid, status, text, out


def _found(c: collections.Counter) -> str:
    n = sum(c.values())
    return f"{_pct(n - c['missed'], n)}, clean {100 * c['ok'] / n:.2f}%" if n else "-"


def names_part(heldout: bool, opts: Options) -> Part:
    held = set(json.loads((SPLITS / "names_heldout.json").read_text(encoding="utf-8")))
    names = names_list()
    units = _sample(sorted(names), "names", opts)
    frames = [(f, t) for f, t in CN_ALL_FRAMES if (f in held) == heldout]
    cue_ids = {f for f, _ in CN_CUE_FRAMES}
    jobs = [(n, f, t) for n in units for f, t in frames]
    res = _map(_names_cell, jobs, opts, 300)
    per_frame = collections.defaultdict(collections.Counter)
    per_cls = collections.defaultdict(collections.Counter)
    per_gk = collections.defaultdict(collections.Counter)
    tot, totc = collections.Counter(), collections.Counter()
    part = Part("held-out" if heldout else "tuned")
    for n, fid, st, text, out in res:
        _s, sc, gk = names[n]
        per_frame[fid][st] += 1
        if fid in cue_ids:
            totc[st] += 1
        else:
            tot[st] += 1
            per_cls[sc][st] += 1
            per_gk[gk][st] += 1
        if st != "ok":
            part.fails.append((st, fid, n, sc, gk, text, out))
    n_cued = sum(f in cue_ids for f, _ in frames)
    part.row("names; frames (cued)", f"{len(units)}; {len(frames)} ({n_cued})")
    part.row("no cue: found", _found(tot))
    part.row("no cue: missed/partial/eaten", f"{tot['missed']}/{tot['partial']}/{tot['eaten']}")
    part.row("cued: found", _found(totc))
    for k in ("freq", "fnlike", "rare", "compound", "wordfn", "wordname"):
        part.row(f"  surname {k}: found (no cue)", _found(per_cls[k]))
    for k in ("two", "one", "gword", "word"):
        part.row(f"  given {k}: found (no cue)", _found(per_gk[k]))
    worst = sorted((c["ok"] / sum(c.values()), fid) for fid, c in per_frame.items())
    part.worst = [f"{fid} found {_found(per_frame[fid])}" for r, fid in worst[:6] if r < 1]
    return part


# ====================================================== english: English exports, names and look-alikes
# ---------------------------------------------------------------------------------------- names
# surname pinyin, share in per cent (approximate, mainland)
SURNAMES = [("Wang", 7.1), ("Li", 7.0), ("Zhang", 6.8), ("Liu", 5.4), ("Chen", 4.6), ("Yang", 3.1),
            ("Huang", 2.2), ("Zhao", 2.2), ("Wu", 2.0), ("Zhou", 1.9), ("Xu", 1.5), ("Sun", 1.5),
            ("Ma", 1.2), ("Zhu", 1.2), ("Hu", 1.1), ("Guo", 1.1), ("He", 1.0), ("Gao", 1.0), ("Lin", 1.0),
            ("Luo", 0.9), ("Zheng", 0.9), ("Liang", 0.8), ("Xie", 0.7), ("Song", 0.6), ("Tang", 0.6),
            ("Han", 0.5), ("Feng", 0.5), ("Deng", 0.5), ("Cao", 0.5), ("Peng", 0.5), ("Zeng", 0.5),
            ("Xiao", 0.4), ("Tian", 0.4), ("Dong", 0.4), ("Yuan", 0.4), ("Pan", 0.4), ("Yu", 0.4),
            ("Jiang", 0.4), ("Cai", 0.4), ("Jia", 0.3), ("Ding", 0.3), ("Wei", 0.3), ("Xue", 0.3),
            ("Ye", 0.3), ("Yan", 0.3), ("Lu", 0.3), ("Du", 0.3), ("Cheng", 0.3), ("Shen", 0.3),
            ("Ren", 0.3), ("Fu", 0.3), ("Yao", 0.3), ("Zhong", 0.3), ("Cui", 0.2), ("Tan", 0.2),
            ("Fan", 0.2), ("Jin", 0.2), ("Shi", 0.2), ("Liao", 0.2), ("Xia", 0.2), ("Fang", 0.2),
            ("Bai", 0.2), ("Zou", 0.2), ("Meng", 0.2), ("Xiong", 0.2), ("Qin", 0.2), ("Qiu", 0.2),
            ("Yin", 0.2), ("Duan", 0.2), ("Lei", 0.2), ("Hou", 0.2), ("Long", 0.1), ("Tao", 0.1),
            ("Gu", 0.1), ("Mao", 0.1), ("Hao", 0.1), ("Gong", 0.1), ("Shao", 0.1), ("Wan", 0.1),
            ("Qian", 0.1), ("Dai", 0.1), ("Mo", 0.1), ("Kong", 0.1), ("Xiang", 0.1), ("Niu", 0.1),
            ("Ouyang", 0.05), ("Sima", 0.03), ("Zhuge", 0.03), ("Shangguan", 0.02), ("Situ", 0.02),
            ("Dongfang", 0.02), ("Huangfu", 0.02)]
COMPOUNDS = ["Ouyang", "Sima", "Zhuge", "Shangguan", "Situ", "Huangfu", "Murong", "Linghu"]
GIVEN1 = ["Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie",
          "Juan", "Tao", "Ming", "Chao", "Xiu", "Ying", "Hua", "Hui", "Ping", "Gang", "Bin", "Hong",
          "Jian", "Xin", "Yu", "Hao", "Yi", "Lin", "Kai", "Dan", "Ting", "Ling", "Xue", "Mei", "Qing",
          "Zhen", "Peng", "Bo", "Feng", "Rui", "Chen", "Hai", "Long", "Yun", "Ning", "Jia", "Qian", "Shu",
          "Lan", "Xia", "Fei", "Liang", "Wen", "Bing", "Dong", "Xiang", "Yue"]
GIVEN_A = ["Xiao", "Jian", "Zhi", "Guo", "Hai", "Yu", "Zi", "Hao", "Jia", "Yi", "Shu", "Xiu", "Gui", "Li",
           "Chun", "Mei", "Wen", "Hong", "Jin", "Yong", "Xin", "Ya", "Si", "Mu", "Rui", "Xue", "Qiu", "Shao",
           "De", "Zhen"]
GIVEN_B = ["ming", "hua", "guo", "ying", "lan", "feng", "jun", "xuan", "han", "ran", "yan", "hong", "mei",
           "qiang", "ping", "lin", "tao", "fang", "jie", "xia", "zhen", "chen", "yu", "yi", "wen", "hui",
           "qing", "bo", "rong", "kang", "fu", "cheng", "long", "min"]
HK_SUR = ["Chan", "Wong", "Lee", "Cheung", "Lau", "Ng", "Ho", "Yip", "Kwok", "Tse", "Leung", "Lam",
          "Chow", "Tsang", "Tang", "Fung", "Mak", "Lo", "Chu", "Yeung", "Lai", "Ma", "Tam", "Siu", "Choi"]
HK_GIV = ["Tai", "Siu", "Ka", "Wing", "Chi", "Man", "Kin", "Wai", "Yuk", "Mei", "Kwok", "Shing", "Hoi",
          "Yan", "Ming", "Kit", "Fai", "Lok", "Sze", "Pui", "Ho", "Tsz", "Hing", "Kam", "Ling", "Chun"]
SG_SUR = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo",
          "Tay", "Ho", "Low", "Toh", "Sim", "Chong", "Chia"]
SG_GIV = ["Ah", "Boon", "Kuan", "Kok", "Chee", "Seng", "Hock", "Beng", "Keng", "Huat", "Swee", "Soon",
          "Meng", "Kiat", "Choon", "Leng", "Hwee", "Geok", "Siew", "Bee", "Poh", "Eng"]
TW_SUR = ["Chang", "Hsu", "Tsai", "Huang", "Lin", "Cheng", "Chou", "Chiang", "Hsieh", "Kuo", "Yeh",
          "Tseng", "Hsiao", "Lu", "Chien", "Chao", "Wu", "Kao", "Liao", "Tsao"]
TW_A = ["Chia", "Hsiao", "Chih", "Yu", "Shu", "Mei", "Chien", "Kuo", "Tsung", "Ching", "Hsin", "Cheng",
        "Yi", "Wen", "Ya", "Po"]
TW_B = ["hao", "wen", "ming", "hui", "ling", "hsiung", "chen", "jung", "fen", "ting", "yu", "han", "wei",
        "lin", "chun", "hsuan"]
ENG_GIVEN = ["Peter", "David", "Michael", "Jason", "Kevin", "Tony", "Eric", "Alice", "Mary", "Jenny",
             "Winnie", "Vincent", "Raymond", "Eva", "Kelvin", "Gary", "Ivy", "Carmen", "Stanley", "Wilson"]
UYGHUR = [("Aygul", "Ahmat"), ("Mahmut", "Tursun"), ("Dilnur", "Abdurehim"), ("Ablimit", "Yasin"),
          ("Gulnisa", "Memet"), ("Ilham", "Tohti"), ("Patigul", "Kasim"), ("Abdukerim", "Rozi"),
          ("Mihray", "Eziz"), ("Ekber", "Niyaz"), ("Zulpiye", "Hoshur"), ("Rahile", "Dawut")]
KAZAKH = [("Nurlan", "Serik"), ("Aidos", "Bolat"), ("Gulnar", "Serikova"), ("Yerlan", "Nurbek"),
          ("Asel", "Zhaksylyk"), ("Daulet", "Omarov"), ("Aigerim", "Kassym"), ("Marat", "Kenzhebek")]
MONGOL_ONE = ["Bat-Erdene", "Bayarmaa", "Ganbold", "Sukhbaatar", "Oyunchimeg", "Altantsetseg",
              "Enkhtuya", "Narantuya", "Bolormaa", "Tumurbaatar"]
MONGOL_TWO = [("Bat-Erdene", "Dorj"), ("Ganbold", "Batsaikhan"), ("Bayarmaa", "Tsogt"), ("Bateer", "Wuyun"),
              ("Sarangerel", "Munkh")]
TIBETAN_TWO = [("Tenzin", "Dorje"), ("Tashi", "Tsering"), ("Pema", "Yangchen"), ("Sonam", "Wangmo"),
               ("Dawa", "Drolma"), ("Lobsang", "Gyatso"), ("Nyima", "Lhamo"), ("Karma", "Phuntsok"),
               ("Ngawang", "Norbu"), ("Tsering", "Dolma"), ("Jampa", "Choedon"), ("Kelsang", "Dhondup")]
TIBETAN_ONE = ["Dolkar", "Lhamo", "Drolma", "Tsomo", "Yangzom", "Dekyi", "Pasang", "Norbu"]
WEST = [("John", "Smith"), ("Maria", "Garcia"), ("Anna", "Petrova"), ("Ahmed", "Khan"), ("Olga", "Ivanova"),
        ("James", "Brown"), ("Sarah", "Miller"), ("Thomas", "Müller"), ("Pierre", "Dubois"),
        ("Elena", "Rossi"), ("Carlos", "Santos"), ("Priya", "Sharma"), ("Ivan", "Kuznetsov"),
        ("Fatima", "Hassan"), ("Daniel", "Schmidt"), ("Laura", "Wilson")]

PER_FORM = 12

# ---------------------------------------------------------------------------------- look-alikes
POOLS = {
    "P": ["Chaoyang District", "Haidian District", "Tianhe Road", "Wan Chai", "Sha Tin", "Yuen Long",
          "Pudong New Area", "Xuhui District", "Longgang District", "Futian District", "Mong Kok",
          "Kwun Tong", "Tai Po", "Minhang District", "Xihu District", "Wuhou District", "Jinjiang District",
          "Baiyun District", "Nanshan District", "Huangpu District", "Tsim Sha Tsui", "Sham Shui Po",
          "Dongcheng District", "Yuhang District", "Jiangning District", "Changping District",
          "Lanzhou", "Shijiazhuang", "Kashgar", "Hohhot", "Lhasa", "Urumqi", "Xining", "Guilin"],
    "B": ["Li Ning", "Lao Gan Ma", "Wahaha", "Tsingtao", "Huawei", "Xiaomi", "Haier", "Mixue", "Anta",
          "Master Kong", "Wong Lo Kat", "Yunnan Baiyao", "Tong Ren Tang", "Hai Di Lao", "Mengniu", "Yili",
          "Moutai", "Meituan", "Luckin", "Bai Sui Shan", "Lee Kum Kee", "Tai Ping Koon", "Nongfu Spring"],
    "T": ["Jianshe Road", "Zhongshan Road", "Jiefang Avenue", "Renmin Road", "Nathan Road", "Hennessy Road",
          "Wenhua Street", "Xinhua Road", "Heping Street", "Nanjing West Road", "Fuxing Road", "Yanan Road",
          "Chang'an Avenue", "Huaihai Road", "Beijing Road", "Des Voeux Road", "Shanghai Street"],
    "H": ["Ruijin Hospital", "Huashan Hospital", "Xiangya Hospital", "Queen Mary Hospital",
          "Prince of Wales Hospital", "Tung Wah Hospital", "Kwong Wah Hospital", "Zhongshan Hospital",
          "West China Hospital", "Tongji Hospital", "Peking Union Medical College Hospital",
          "Renji Hospital", "Tuen Mun Hospital", "Pok Oi Hospital", "Yan Chai Hospital"],
    "S": ["Tsinghua University", "Fudan University", "Peking University", "Sun Yat-sen University",
          "Zhejiang University", "Renmin University", "Jinan University", "Hongqiao Primary School",
          "Yucai Middle School", "Shenzhen Middle School", "Wah Yan College", "Ying Wa College",
          "Chung Chi College", "Xiamen University", "Wuhan University"],
    "F": ["Ching Ming", "Chung Yeung", "Qingming", "Duanwu", "Mid-Autumn Festival", "Chongyang",
          "Spring Festival", "Dragon Boat Festival", "Lantern Festival", "Tuen Ng", "Chun Jie", "Laba",
          "Yuan Xiao", "Zhong Qiu"],
    "U": ["5 mu", "2 jin", "3 jin", "RMB 1,200", "800 yuan", "1,500 Yuan", "10 mu", "HK$ 3,000", "MOP 500",
          "200 kuai", "12 mu of land", "RMB 650"],
    "M": ["Mar 2024", "Sept", "12 Jan", "Sun 5 May", "Wed 3 Jul", "June 2023", "Oct", "Fri 9 Aug",
          "Dec 2022", "Mon 2 Sep", "early Feb"],
    # English words that are also pinyin syllables, as a word of the cell's prose
    "W": ["He", "She", "Long-term", "long wait", "waste bin", "Bin day", "hung up", "Ping test", "Chan meditation",
          "the man", "Man", "tan coat", "gang fight", "Ma", "Sun damage", "Tong Lau", "half a mo", "Lin Bus",
          "Fang", "Yu Garden", "Long March"],
}

# Frames. {N}: the name; {P} {B} {T} {H} {S} {F} {U}: look-alikes drawn from the pools; [[x]]: a
# fixed look-alike. Flags: upper (ALL-CAPS row), lower (lower-case prose).
EN_FRAMES = [
    # after roles
    ("applicant", "Applicant: {N}, resident of {P}, subsidy approved in {M}.", ""),
    ("applicant2", "The applicant {N} lives near [[Tianhe Road]] and buys {B} products.", ""),
    ("recipient", "Recipient {N} collected 2 bags of rice at {T} community centre.", ""),
    ("recipient2", "Recipient: {N}; amount {U}; paid via [[Bank of China]].", ""),
    ("collected", "Collected by {N} on behalf of the household ({P}).", ""),
    ("collected2", "Subsidy for {F} collected by {N} at the {P} office.", ""),
    ("proxy", "Proxy {N} signed for the family; [[He]] lives at {T}.", ""),
    ("proxy2", "Received by proxy: {N} ({P}).", ""),
    ("spouse", "Head of household lives alone since spouse {N} moved to {P}.", ""),
    ("spouse2", "Spouse: {N}, works at {H}.", ""),
    ("son", "Son {N} pays rent; [[She]] receives long-term care at {H}.", ""),
    ("son2", "Elderly woman, son {N} studies at {S}.", ""),
    ("daughter", "Daughter {N} visits every {F}, brings {B} snacks.", ""),
    ("daughter2", "Lives with daughter {N} in {P} since {M}.", ""),
    ("witness", "Witness {N} confirmed the stall on {T} sold fake {B} goods.", ""),
    ("witness2", "Statement taken; witnesses: {N} and the {B} shop owner.", ""),
    ("caseworker", "Caseworker {N} visited the home in {P} before {F}.", ""),
    ("caseworker2", "Visit by caseworker {N}: [[Long-term]] illness, treated at {H}.", ""),
    ("landlord", "Landlord {N} rents the flat on {T} for {U} a month.", ""),
    ("tenant", "Tenant {N} complained about noise near {P}.", ""),
    ("tenant2", "Tenant: {N} / unit 3B, {T}.", ""),
    ("complainant", "Complainant {N} says the {B} water had a strange taste.", ""),
    ("complainant2", "Complaint from {N} about the waste bin on {T}; resolved.", ""),
    ("buyer", "Buyer {N} paid {U} for a used {B} phone.", ""),
    ("driver", "Driver {N} hit a parked car on {T} near {H}.", ""),
    ("driver2", "Vehicle owned by the firm, driver: {N}; route {P} to {P}.", ""),
    ("guardian", "Guardian {N}, the child attends {S}.", ""),
    ("contact", "Contact person: {N} (138****5678), {P}.", ""),
    ("household", "Household head {N}; 3 members; {U}.", ""),
    # without a role
    ("start", "{N} lives alone in {P}, receives {U} a month.", ""),
    ("start2", "{N} moved out of {T} after {F}.", ""),
    ("start3", "{N}, 3 children, income from {B} stall.", ""),
    ("date", "2024-03-12 {N} came to the office on {T}.", ""),
    ("date2", "On 12 March {N} reported a leak at the {P} flat.", ""),
    ("date3", "12/03/2024: {N} phoned about the {F} allowance.", ""),
    ("semilist", "Members: {N}; {N2}; registered at {P}.", ""),
    ("semilist2", "Old-age allowance: {N}; {N2} - paid in {M}.", ""),
    ("commalist", "Residents {N}, {N2} and a neighbour from {P} attended.", ""),
    ("commalist2", "Attended the {F} meeting: {N}, {N2}.", ""),
    ("quote", "Signed as \"{N}\" on the {B} receipt.", ""),
    ("quote2", "The caller gave the name '{N}' and asked about {H}.", ""),
    ("bracket", "Subsidy transferred to son's account ({N}), {P}.", ""),
    ("bracket2", "Rent arrears [{N}] for the flat on {T}.", ""),
    ("age", "{N} (67) lives near {H}, diabetic.", ""),
    ("age2", "Widow {N}, 82, lives at {T} with her grandson.", ""),
    ("age3", "Cared for by {N} (aged 45), on leave since {F}.", ""),
    ("phone", "{N} 139****2218 called about the {B} refund.", ""),
    ("idno", "{N}, ID 4401**********123X, registered in {P}.", ""),
    ("lower", "applicant {N} lives in {P} and shops at {B}", "lower"),
    ("lower2", "home visit on {M}: {N} was not at home, neighbour says he went to {H}", "lower"),
    ("lower3", "paid to {N} for {F} gifts", "lower"),
    ("caps", "APPLICANT {N} - {P} - {U}", "upper"),
    ("caps2", "{N} / {T} / {B} STALL", "upper"),
    ("caps3", "RECEIVED BY {N} AT {H}", "upper"),
    ("tab", "{N}\t{P}\t{U}\tapproved", ""),
    ("tab2", "2024-05\t{N}\tfemale\t{T}", ""),
    ("tab3", "003\t{N}\t{B} outlet\t{P}", ""),
    ("prose", "We met {N} at the {B} shop; {W} was there too.", ""),
    ("prose2", "Interviewed {N} about the {F} fireworks near {P}.", ""),
    ("prose3", "The subsidy was paid to {N} in {M}; the {W} issue is closed.", ""),
    ("prose4", "According to {N}, the {B} outlet on {T} closed.", ""),
    ("and", "Both {N} and her husband work at {H}.", ""),
    ("possessive", "{N}'s flat on {T} was inspected.", ""),
    ("word", "{W} complained; {N} helped at {P}.", ""),
    ("word2", "[[Long]] queue at {H}; {N} waited 3 hours.", ""),
    ("studies", "Grandson of {N} studies at {S}, {P}.", ""),
    ("fest", "During {F}, {N} travelled to {P} to sweep graves.", ""),
    ("foreign", "Foreign resident {N}, passport holder, works for {B} in {P}.", ""),
    ("endcell", "Certificate issued at {P} office to {N}", ""),
]

_PART_RE = re.compile(r"[A-Za-zÀ-ÿü]{2,}")
_TITLES = {"mr", "ms", "mrs", "dr", "madam", "miss"}


def _weighted_surname(rng):
    names, weights = zip(*SURNAMES)
    return rng.choices(names, weights)[0]


def _given2(rng):
    while True:
        a, b = rng.choice(GIVEN_A), rng.choice(GIVEN_B)
        if a.lower() != b:
            return a, b


def english_names() -> list[tuple[str, str]]:
    """[(form, text)] -- the name as written; its parts are its words of two letters or more."""
    rng = random.Random(1313)
    out = []

    def add(form, fn):
        seen = set()
        tries = 0
        while len(seen) < PER_FORM and tries < 500:
            tries += 1
            t = fn()
            if t not in seen:
                seen.add(t)
                out.append((form, t))

    def s():
        return _weighted_surname(rng)

    def g1():
        return rng.choice(GIVEN1)

    add("Zhang Wei", lambda: f"{s()} {g1()}")
    add("Wei Zhang", lambda: f"{g1()} {s()}")
    add("ZHANG Wei", lambda: f"{s().upper()} {g1()}")
    add("Zhang, Wei", lambda: f"{s()}, {g1()}")
    add("ZHANG, Wei", lambda: f"{s().upper()}, {g1()}")
    add("zhang wei", lambda: f"{s().lower()} {g1().lower()}")
    add("zhang xiaoming", lambda: "{} {}{}".format(s().lower(), *[x.lower() for x in _given2(rng)]))

    def gg(fmt):
        a, b = _given2(rng)
        return fmt.format(s=s(), a=a, b=b, B=b.capitalize())
    add("Zhang Xiaoming", lambda: gg("{s} {a}{b}"))
    add("Zhang Xiao-ming", lambda: gg("{s} {a}-{b}"))
    add("Zhang Xiao Ming", lambda: gg("{s} {a} {B}"))
    add("Xiaoming Zhang", lambda: gg("{a}{b} {s}"))
    add("ZHANG Xiaoming", lambda: gg("{s_up} {a}{b}".replace("{s_up}", s().upper())))
    add("X. Zhang", lambda: f"{rng.choice('JLMWXYZHQ')}. {s()}")
    add("Zhang X.", lambda: f"{s()} {rng.choice('JLMWXYZHQ')}.")
    add("Mr Zhang Wei", lambda: f"{rng.choice(['Mr', 'Ms', 'Mrs', 'Mr.', 'Ms.', 'Dr'])} {s()} {g1()}")
    # (a title and a surname alone, Ms. Zhang, is left as 王女士 is: by the project's policy, no name)
    add("Ouyang Xiaoming", lambda: gg(rng.choice(COMPOUNDS) + " {a}{b}") if rng.random() < .6
        else f"{rng.choice(COMPOUNDS)} {g1()}")
    add("Chan Tai Man", lambda: f"{rng.choice(HK_SUR)} {rng.choice(HK_GIV)} {rng.choice(HK_GIV)}")
    add("CHAN Tai-man", lambda: f"{rng.choice(HK_SUR).upper()} {rng.choice(HK_GIV)}-{rng.choice(HK_GIV).lower()}")
    add("Wong Siu Ming Peter", lambda: f"{rng.choice(HK_SUR)} {rng.choice(HK_GIV)} {rng.choice(HK_GIV)} {rng.choice(ENG_GIVEN)}")
    add("Peter Wong", lambda: f"{rng.choice(ENG_GIVEN)} {rng.choice(HK_SUR + SG_SUR)}")
    add("Ng Ka Wai (short)", lambda: f"{rng.choice(['Ng', 'Ho', 'Lau', 'Yip', 'Kwok', 'Tse', 'Cheung', 'Lo', 'Mak'])} "
        f"{rng.choice(HK_GIV)} {rng.choice(HK_GIV)}")
    add("Tan Ah Kow (SG)", lambda: f"{rng.choice(SG_SUR)} {rng.choice(SG_GIV)} {rng.choice(SG_GIV)}")
    add("Lee Kuan (2)", lambda: f"{rng.choice(SG_SUR + HK_SUR)} {rng.choice(SG_GIV[1:] + HK_GIV)}")
    add("Hsu Chia-hao", lambda: f"{rng.choice(TW_SUR)} {rng.choice(TW_A)}-{rng.choice(TW_B)}")
    add("Tsai Ying (TW2)", lambda: f"{rng.choice(TW_SUR)} {rng.choice(TW_A)}")
    add("Aygul Ahmat", lambda: " ".join(rng.choice(UYGHUR)))
    add("Nurlan Serik", lambda: " ".join(rng.choice(KAZAKH)))
    add("Bat-Erdene", lambda: rng.choice(MONGOL_ONE))
    add("Bat-Erdene Dorj", lambda: " ".join(rng.choice(MONGOL_TWO)))
    add("Tenzin Dorje", lambda: " ".join(rng.choice(TIBETAN_TWO)))
    add("Dolkar", lambda: rng.choice(TIBETAN_ONE))
    add("John Smith", lambda: " ".join(rng.choice(WEST)))
    add("SMITH John", lambda: (lambda g, f: f"{f.upper()} {g}")(*rng.choice(WEST)))
    return out


def parts_of(name: str) -> list[str]:
    return [p for p in _PART_RE.findall(name) if p.lower() not in _TITLES]


_SLOT_RE = re.compile(r"\{(N2|N|[PBTHSFUWM])\}|\[\[(.+?)\]\]")


def render(tmpl: str, flag: str, name: str, name2: str, rng: random.Random):
    """-> text, [names as written], [look-alikes]"""
    looks = []
    out = []
    i = 0
    for m in _SLOT_RE.finditer(tmpl):
        out.append(tmpl[i:m.start()])
        i = m.end()
        if m.group(1) == "N":
            out.append(name)
        elif m.group(1) == "N2":
            out.append(name2)
        elif m.group(1):
            v = rng.choice(POOLS[m.group(1)])
            looks.append(v)
            out.append(v)
        else:
            looks.append(m.group(2))
            out.append(m.group(2))
    out.append(tmpl[i:])
    text = "".join(out)
    names = [name] + ([name2] if "{N2}" in tmpl else [])
    if flag == "upper":
        text, names, looks = text.upper(), [n.upper() for n in names], [lk.upper() for lk in looks]
    elif flag == "lower":
        text, names, looks = text.lower(), [n.lower() for n in names], [lk.lower() for lk in looks]
    return text, names, looks


def _count(word: str, text: str) -> int:
    return len(re.findall(rf"(?<![A-Za-zÀ-ÿü]){re.escape(word)}(?![A-Za-zÀ-ÿü])", text))


def judge(text: str, out: str, name: str, looks: list[str]):
    """-> parts of the name left, its parts, the look-alikes altered"""
    rest_in = text.replace(name, "\x00", 1)
    rest_out = out
    for lk in sorted(looks, key=len, reverse=True):
        rest_in = rest_in.replace(lk, "\x01")
        rest_out = rest_out.replace(lk, "\x01")
    ps = parts_of(name)
    left = 0
    for p in set(ps):
        extra = _count(p, rest_out) - _count(p, rest_in)
        left += min(max(extra, 0), ps.count(p))
    altered = [lk for lk in set(looks) if out.count(lk) < text.count(lk)]
    return left, len(ps), altered


def _english_cell(job):
    from bench_names import deid_text

    fid, form, tmpl, flag, name, name2, seed = job
    text, names, looks = render(tmpl, flag, name, name2, random.Random(seed))
    out = deid_text(text, False)
    res = []
    altered = []
    for n in names:
        left, n_parts, altered = judge(text, out, n, looks)
        res.append((left, n_parts))
    return fid, form, text, out, res, altered


def english_part(heldout: bool, opts: Options) -> Part:
    held = set(json.loads((SPLITS / "english_heldout.json").read_text(encoding="utf-8")))
    names = english_names()
    # a cell's second name and its look-alikes hang on the first name's place in the full list
    keep = _sample(list(range(len(names))), "english", opts)
    jobs = []
    for fid, tmpl, flag in EN_FRAMES:
        if (fid in held) != heldout:
            continue
        for k in keep:
            form, name = names[k]
            _form2, name2 = names[(k * 7 + 3) % len(names)]
            jobs.append((fid, form, tmpl, flag, name, name2, random.Random(f"{fid}/{k}").random()))
    res = _map(_english_cell, jobs, opts, 100)
    per_frame = collections.defaultdict(lambda: [0, 0, 0, 0, 0])   # names, found, partly, cells, altered
    look_bad = collections.Counter()
    part = Part("held-out" if heldout else "tuned")
    for fid, form, text, out, rs, altered in res:
        pf = per_frame[fid]
        pf[3] += 1
        pf[4] += bool(altered)
        for left, n_parts in rs:
            pf[0] += 1
            pf[1] += left == 0
            pf[2] += 0 < left < n_parts
        look_bad.update(altered)
        missed = any(left for left, _ in rs)
        if missed or altered:
            part.fails.append((fid, form, "MISS" if missed else "",
                               "ALT:" + "|".join(altered) if altered else "",
                               text.replace("\t", "\\t"), out.replace("\t", "\\t")))
    tot = [sum(v[i] for v in per_frame.values()) for i in range(5)]
    part.row("frames; cells", f"{len(per_frame)}; {tot[3]:,}")
    part.row("names found", _pct(tot[1], tot[0], 1))
    part.row("names partly left / missed wholly", f"{tot[2]} / {tot[0] - tot[1] - tot[2]}")
    part.row("cells with a look-alike altered", _pct(tot[4], tot[3]))
    part.row("look-alikes altered most (cells)",
             ", ".join(f"{k} {v}" for k, v in look_bad.most_common(3)) or "-")
    by_found = sorted((f / n, fid) for fid, (n, f, _p, _c, _b) in per_frame.items() if f < n)
    by_alt = sorted(((b / c, fid) for fid, (_n, _f, _p, c, b) in per_frame.items() if b), reverse=True)
    part.worst = [f"{fid} found {_pct(per_frame[fid][1], per_frame[fid][0], 1)}"
                  for _r, fid in by_found[:4]]
    part.worst += [f"{fid} altered {_pct(per_frame[fid][4], per_frame[fid][3], 1)}"
                   for _r, fid in by_alt[:3]]
    return part


# ========================================================== notices: officials public, persons private
NOTICE_SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
NOTICE_GIVEN = list("建国志明海燕秀英丽华伟强红梅文军晓静丽娟春花玉兰永刚德胜金凤桂芳淑珍凤英子豪雨涵浩然欣怡宇航思远一鸣天佑")

NOTICE_FRAMES = [  # {o} {o2} {o3}: officials (public), {p}: a private person
 "关于{p}申请临时救助的公示：经审核，拟给予救助3000元。审核人：{o}，审批人：{o2}。",
 "低保评议结果公示：拟新增{p}（家庭3人）。评议小组成员：{o}、{o2}。监督电话0531-88886666，联系人：{o3}。",
 "公示期7天，如有异议请向镇民政办{o}反映，电话0531-87654321。",
 "驻村第一书记{o}、村委会主任{o2}参加评议，村民代表{p}列席。",
 "经办人：{o}  审核人：{o2}  公示日期：2026年5月1日",
 "特困供养人员认定公示：{p}，男，72岁。镇社会救助站经办人{o}。",
 "评审专家：{o}（组长）、{o2}、{o3}。拟资助对象：{p}。",
 "村两委成员{o}、{o2}入户核实，申请人{p}家庭收入情况属实。",
 "监督举报电话：12345，联系人{o}（县民政局）。",
 "本公示由{o}负责解释，咨询电话0531-66668888。",
 "村务监督委员会主任{o}监督评议全过程，申请人{p}签字确认。",
 "临时救助审批表：申请人{p}；初审人{o}；复核人{o2}；审批人{o3}。",
 "县医保局{o}、县民政局{o2}联合审核，拟对{p}给予医疗救助。",
 "{o}（镇党委委员、副镇长）主持评议会。",
 "公示人：{o}　　联系电话：0531-87776666",
 "经镇长{o}签批，同意{p}纳入低保。",
 "网格员{o}、包村干部{o2}核查后认为{p}符合条件。",
 "民主评议会由村党支部书记{o}主持，到会村民代表23人。",
 "受理人：{o}；受理时间：2026-06-01；申请人：{p}。",
 "附：工作人员{o}、{o2}现场核查照片3张。",
]
NOTICE_HELDOUT = [
 "经村民代表会议评议，同意{p}享受低保。会议记录人：{o}，主持人：{o2}。",
 "如对公示对象有异议，可在公示期内向乡政府{o}（电话0531-82223333）反映。",
 "街道办事处社会事务科科长{o}审核，分管副主任{o2}审批。申请人：{p}。",
 "残疾人两项补贴公示：{p}（视力二级）。县残联审核人{o}。",
 "受理单位：镇便民服务中心；受理人员：{o}；联系电话：0531-81112222。",
 "医疗救助拟救助名单：{p}，救助金额5600元。制表：{o}  复核：{o2}",
 "第一书记{o}带领工作队入户，对{p}家庭经济状况进行核对。",
 "经县教育局{o}初审、县财政局{o2}复审，{p}符合助学金条件。",
 "联系人：乡民政所{o}，0531-85556666；监督：乡纪委{o2}。",
 "公示期满无异议，由镇长{o}签发。申请人{p}领取通知书。",
 "评议会出席人员：村支书{o}、村主任{o2}、监委会主任{o3}。",
 "公告：{p}因死亡停发抚恤金，经办：{o}，审核：{o2}。",
 "村监委会{o}全程监督，村会计{o2}登记，户主{p}签字。",
 "民政助理员{o}于2026年4月3日入户调查，申请人{p}在家。",
 "本次评审由县人社局{o}牵头，{o2}、{o3}参与。",
]


def notices_part(heldout: bool, opts: Options) -> Part:
    from bench_names import deid_text

    rng = random.Random(13)

    def name():
        s = rng.choice(NOTICE_SURNAMES)
        n = rng.choice([1, 2, 2, 2])
        return s + "".join(rng.choice(NOTICE_GIVEN) for _ in range(n))

    per_frame = 30 if not opts.limit else min(30, opts.limit)
    frames = NOTICE_HELDOUT if heldout else NOTICE_FRAMES
    n_o = alt_o = n_p = left_p = 0
    bad = collections.Counter()
    part = Part("held-out" if heldout else "tuned")
    for k, f in enumerate(frames):
        for _ in range(per_frame):
            o, o2, o3, p = name(), name(), name(), name()
            if len({o, o2, o3, p}) < 4:
                continue
            text = f.format(o=o, o2=o2, o3=o3, p=p)
            out = deid_text(text, True)
            for slot, x in (("{o}", o), ("{o2}", o2), ("{o3}", o3)):
                if slot in f:
                    n_o += 1
                    if x not in out:
                        alt_o += 1
                        bad[k] += 1
                        part.fails.append((str(k), "official", x, text, out))
            if "{p}" in f:
                n_p += 1
                if p in out:
                    left_p += 1
                    bad[k] += 1
                    part.fails.append((str(k), "private", p, text, out))
    part.row("frames x names", f"{len(frames)} x {per_frame}")
    part.row("officials altered", _pct(alt_o, n_o))
    part.row("private persons left", _pct(left_p, n_p))
    part.worst = [f"#{k} {v} ({frames[k][:18]}...)" for k, v in bad.most_common(4)]
    return part


# ====================================================================================== the run
SECTIONS = {
    "lexicon": ("dictionary words and the lists' words x clerks' frames: look-alikes must stay",
                lexicon_part),
    "names": ("Chinese names x clerks' frames, with and without a cue: names must go", names_part),
    "english": ("English exports: names in 33 forms x frames with look-alikes", english_part),
    "notices": ("notices in public mode: officials stay, private persons go", notices_part),
}


def print_section(sweep: str, parts: list[Part]) -> None:
    title, _fn = SECTIONS[sweep]
    print(f"\n== {sweep}: {title}")
    width = max(len(label) for p in parts for label, _v in p.rows) + 2
    cols = [max(len(p.label), *(len(v) for _l, v in p.rows)) for p in parts]
    print(" " * (width + 2) + " | ".join(p.label.ljust(c) for p, c in zip(parts, cols)))
    for i, (label, _v) in enumerate(parts[0].rows):
        values = [p.rows[i][1] if i < len(p.rows) else "" for p in parts]
        print(f"  {label:<{width}}" + " | ".join(v.ljust(c) for v, c in zip(values, cols)))
    for p in parts:
        print(f"  worst frames ({p.label}): " + ("; ".join(p.worst) or "none"))
    print("  seconds: " + ", ".join(f"{p.label} {p.seconds:.1f}" for p in parts))


def write_fails(out_dir: Path, sweep: str, part: Part) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{sweep}_{part.label}.tsv"
    with open(path, "w", encoding="utf-8") as fh:
        for row in part.fails:
            fh.write("\t".join(row) + "\n")


def run(sweep: str, heldout: bool, opts: Options, out_dir: Path | None) -> None:
    parts = []
    for held in (False, True) if heldout else (False,):
        t = time.perf_counter()
        part = SECTIONS[sweep][1](held, opts)
        part.seconds = time.perf_counter() - t
        parts.append(part)
    print_section(sweep, parts)
    if sweep == "lexicon":
        t = time.perf_counter()
        control = lexicon_control(opts)
        control.seconds = time.perf_counter() - t
        print(f"  control, names in 25 person frames (not split): {control.rows[0][1]}; "
              f"worst: {'; '.join(control.worst) or 'none'} ({control.seconds:.1f} s)")
        parts.append(control)
    if out_dir is not None:
        for part in parts:
            write_fails(out_dir, sweep, part)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("sweep", nargs="?", default="all", choices=(*SWEEPS, "all"))
    ap.add_argument("--heldout", action="store_true", help="measure the held-out part beside the tuned one")
    ap.add_argument("--quick", action="store_true", help="a fixed sample of the units")
    ap.add_argument("--limit", type=int, default=0, help="at most N units per part (smoke test)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--out", type=Path, default=None, help="write each part's failures as TSV here")
    ap.add_argument("--units-from", metavar="REV", default=None,
                    help="draw the units from the detector's lists at commit REV (compare commits)")
    a = ap.parse_args()
    if a.units_from:
        global DEID
        DEID = units_from(a.units_from)
        print(f"units from {a.units_from}'s lists")
    opts = Options()
    opts.quick, opts.limit, opts.jobs = a.quick, a.limit, a.jobs
    from bench_names import deid_text

    t = time.perf_counter()
    deid_text("预热张伟。", False)      # load the tagger before the workers fork
    sample = "quick sample" if a.quick else "every unit"
    if a.limit:
        sample += f", at most {a.limit} units per part"
    print(f"bench_sweeps: {sample}; {'tuned and held-out' if a.heldout else 'tuned part only'}")
    for sweep in SWEEPS if a.sweep == "all" else (a.sweep,):
        run(sweep, a.heldout, opts, a.out)
    print(f"\ntotal {time.perf_counter() - t:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
