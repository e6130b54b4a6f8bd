"""jieba's dictionary as a population of look-alikes (``bench_names.py --jieba-lexicon``).

Written for the nineteenth round (helper "lx"). The ``--lexicon`` option puts ~2,100 frequent words
and ~790 places of jieba's dict.txt into five sentences; this measure takes every word of 2-4
characters whose first character is a surname of the project's list (surnames.tsv) and whose
tag is not a person's (nr, nrfg, nrt): ~45,500 words of every frequency and tag (nouns, verbs,
adjectives, idioms, places ns, bodies nt), each in two of fifty neutral clerks' frames (a remark
that mentions the thing, no person's cue; ~91,000 sentences, about a minute). It reports the words altered, by tag and by frequency
band, and weighted by the dictionary's frequency (the words written most matter most): the best
independent estimate of look-alike damage on texts nobody has written yet.

Its cost side: persons whose names equal a word of the dictionary (高峰, 江河, 常青, 文明, 方向),
planted after a cue (当事人, 户主, ... 先生) and without one, in sixteen frames each: names left
must not rise when a rule spares a word. The round split words (by a hash) and frames in halves
before any change and read only one half's failures; both halves are measured here together.
Tuned material from now on.
"""

from __future__ import annotations

import collections
import hashlib
import os

FRAMES = [
    "现场发现{W}两处", "{W}已处理完毕", "涉及{W}问题", "申请{W}补贴", "经核实，{W}情况属实。",
    "备注：{W}", "{W}待复核", "关于{W}的整改情况", "已对{W}进行登记", "{W}相关材料已归档",
    "反映{W}问题，已转办", "本月{W}共3起", "因{W}原因未能办理", "{W}：已完成", "{W}费用已结清",
    "协调{W}事宜", "督促落实{W}工作", "{W}不符合要求，退回补正", "检查中发现{W}隐患", "群众反映{W}，已回复",
    "{W}项目已验收", "按{W}标准执行", "对{W}开展排查", "{W}情况已上报街道", "完成{W}整改",
    "{W}有关事项另行通知", "核减{W}部分", "{W}已录入系统", "{W}存在问题，限期整改", "无{W}记录",
    "{W}一项", "其中{W}占比较大", "{W}（已办结）", "来电咨询{W}政策", "{W}等事项",
    "增加{W}内容", "办理{W}手续", "未发现{W}", "{W}数量较多", "2024年{W}统计表已报送",
    "该户{W}问题突出，", "申请材料中{W}部分缺失。", "{W}已按规定办理", "整改内容：{W}。", "{W}，下步继续跟进",
    "此件为{W}类诉求", "附件3：{W}明细", "{W}未按期完成", "做好{W}宣传", "{W}方面无异常",
]
CUE_FRAMES = [
    "联系人{N}，电话已核实", "户主{N}称已搬离", "当事人{N}反映噪音扰民", "经与{N}本人核实，情况属实",
    "{N}（户主）未到场", "申请人：{N}", "代领人{N}签字确认", "由{N}同志负责跟进",
    "诉求人{N}来电", "经营者{N}已签收整改通知", "其子{N}代为办理", "邻居{N}证实",
    "约谈{N}，已告知", "{N}先生表示满意", "低保对象{N}，家庭3人", "走访困难户{N}家",
]
BARE_FRAMES = [
    "{N}来电反映路灯不亮", "已通知{N}到场", "{N}、李娜二人已签字", "张伟、{N}已领取",
    "{N}未到场，电话联系不上", "{N}于2024年3月死亡", "入户走访{N}，家中无人", "{N}已签字确认",
    "{N}等3人申请", "回访{N}，对处理结果满意", "{N}独自居住", "{N}本人已领取补贴",
    "{N}称其子在外务工", "给{N}发放慰问金500元", "{N}反映邻居占道", "{N}已缴纳费用",
]
# Persons' names that equal a word of the dictionary (those not in it are left out when measured).
NAMES = """高峰 金城 江河 常青 文明 高明 高超 高强 高洁 高远 高翔 高扬 高原 高山 高飞 高岩 高阳 高歌 高尚
金星 金华 金辉 金龙 金凤 金花 金山 金鑫 金铭 江涛 江海 江山 江帆 江南 江波 江川 常胜 常乐 常春 常新 常红
文华 文章 文武 文静 文杰 文博 文斌 武强 武军 成功 成才 成龙 成林 成刚 成军 白雪 白露 白杨 白玉 白洁 白云
林立 林涛 林森 林海 林峰 林静 马强 马力 马骏 马良 万里 万千 万全 夏雨 夏天 夏冰 秋菊 柳青 柳絮
于洋 于海 于江 于波 华山 华丽 华夏 雷鸣 雷霆 雷锋 钟声 钟情 宁静 安宁 安康 安然 安平 龙飞 龙腾 丁香 丁宁
田园 田野 田甜 梅花 梅雪 向阳 向前 向东 向荣 方圆 方正 方向 方明 周全 齐心 齐全 严明 严肃 康乐 康宁 乐天
尚武 何方 孔明 邓林 石林 石磊 刘海 杨柳 杨帆 钱江 余晖 陈明 陈亮 张扬 张弛 李白 王国 王朝 王者 黄河 黄山
黎明 孙静 许诺 易明 温暖 温馨 包容 韩雪 罗兰 潘多 谢天 谭明 魏巍 薛明 叶青 叶子 夏青 汪洋 殷红 殷实 韦伟
路遥 路平 路明 时光 时新 钟山 秦川 秦岭 左右 阎明 魏明 海燕 海涛 海洋 海军 海峰 洪涛 洪亮 洪波 洪水
""".split()
PER_WORD = 2       # frames per word
BANDS = ((10, "<10"), (100, "10-99"), (1000, "100-999"), (10000, "1k-9k"), (None, ">=10k"))
TAG_GROUPS = ("n", "ns", "nt", "nz", "v", "a", "i", "l")


def _hash(s: str, salt: str) -> int:
    return int(hashlib.md5((salt + s).encode("utf-8")).hexdigest(), 16)


def dictionary_words(surnames) -> list[tuple[str, int, str]]:
    """(word, frequency, tag) of jieba's dict.txt: 2-4 characters, first one in ``surnames``,
    not tagged as a person."""
    import jieba

    out = []
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            w, f, t = line.split()
            if 2 <= len(w) <= 4 and w[0] in surnames and not t.startswith("nr"):
                out.append((w, int(f), t))
    return out


def band(freq: int) -> str:
    return next(label for top, label in BANDS if top is None or freq < top)


def tag_group(tag: str) -> str:
    return tag if tag in TAG_GROUPS else "vn/ad/an" if tag in ("vn", "vd", "ad", "an") else "other"


def measure(deid, surnames, known_word, partly_left, verbose: bool = False) -> dict:
    """Run ``deid(text)`` over the words in their frames and the names in theirs."""
    words = dictionary_words(surnames)
    n = alt = wsum = walt = 0
    by_tag = collections.defaultdict(lambda: [0, 0])
    by_band = collections.defaultdict(lambda: [0, 0])
    examples = []
    for w, f, t in words:
        k0 = _hash(w, "fr") % len(FRAMES)
        for j in range(PER_WORD):
            text = FRAMES[(k0 + j * 7) % len(FRAMES)].replace("{W}", w)
            bad = w not in deid(text)
            n += 1
            alt += bad
            wsum += f
            walt += f * bad
            by_tag[tag_group(t)][0] += 1
            by_tag[tag_group(t)][1] += bad
            by_band[band(f)][0] += 1
            by_band[band(f)][1] += bad
            if bad and verbose:
                examples.append((f, f"{w} ({f}, {t}): {text} -> {deid(text)}"))
    names = [x for x in NAMES if known_word(x)]
    left = {}
    for label, frames in (("cue", CUE_FRAMES), ("bare", BARE_FRAMES)):
        got = [0, 0, 0]
        for nm in names:
            for fr in frames:
                text = fr.replace("{N}", nm)
                out = deid(text)
                got[0] += 1
                got[1] += nm in out
                got[2] += nm not in out and partly_left(nm, text, out)
        left[label] = got
    return {"words": n, "altered": alt, "weighted": walt / max(wsum, 1), "by_tag": dict(by_tag),
            "by_band": dict(by_band), "names": len(names), "left": left,
            "examples": [e for _f, e in sorted(examples, reverse=True)]}
