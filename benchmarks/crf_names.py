"""Experiment (issue 14, round 15): a character CRF trained on the tuned editions' remarks -- does
it find names in an edition it never saw better than the rules, alone or beside them?

Not wired into the pipeline. Protocol that mimics a blind edition: train on the tuned sets of
bench_names (tuned, tuned-2 ... tuned-19), test on tuned-20 and tuned-21 separately, which the
model never saw (``--exclude`` changes the left-out sets: ``--exclude tuned-20`` trains on tuned-19
too and tests on tuned-20 alone). Labels are BIO over the characters of the text the name detector
reads (after the other detectors' redaction), B/I on the planted names (private persons), O
elsewhere; public (notice) cells keep their officials as O and carry a feature saying so.

Pipelines measured with bench_names.measure:
  (a) rules           bench_names.deid_text (private or public mode as the cell says)
  (b) crf             the other detectors, then the CRF's names (Viterbi spans of 2+ characters)
  (c) rules | crf     both redact
  (d) rules + crf>=.9 the CRF adds a span only when every character's marginal of B/I >= 0.9
  (e) rules - crf O   a rule hit is dropped when every character's marginal of O >= 0.99

    python benchmarks/crf_names.py                      # train (~n per set) and measure
    python benchmarks/crf_names.py --train-n 600 --test-n 2000 --iterations 100

Needs python-crfsuite, the project's optional extra ``experiments`` (``.venv/bin/pip install -e
".[experiments]"``): the pipeline does not use it.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_names as bn  # noqa: E402
import pycrfsuite  # noqa: E402
from gongkai.deid import names as nm  # noqa: E402
from gongkai.deid._names import COMPOUND_SURNAMES, GIVEN_CHARS, GIVEN_FIRST, GIVEN_LAST, SURNAMES  # noqa: E402

# The tuned sets only (never the frozen ones): name -> maker, oldest first.
TUNED = {"tuned": bn.tuned_remarks, "tuned-2": bn.first_edition_remarks, "tuned-3": bn.class_remarks,
         "tuned-4": bn.second_edition_remarks, "tuned-5": bn.domain_remarks,
         "tuned-6": bn.third_edition_remarks, "tuned-7": bn.fourth_edition_remarks,
         "tuned-8": bn.fifth_edition_remarks, "tuned-9": bn.sixth_edition_remarks,
         "tuned-10": bn.eighth_edition_remarks, "tuned-11": bn.ninth_edition_remarks,
         "tuned-12": bn.tenth_edition_remarks, "tuned-13": bn.eleventh_edition_remarks,
         "tuned-14": bn.twelfth_edition_remarks, "tuned-15": bn.thirteenth_edition_remarks,
         "tuned-16": bn.fourteenth_edition_remarks, "tuned-17": bn.fifteenth_edition_remarks,
         "tuned-18": bn.sixteenth_edition_remarks, "tuned-19": bn.seventeenth_edition_remarks,
         "tuned-20": bn.eighteenth_edition_remarks, "tuned-21": bn.nineteenth_edition_remarks}

# Cue words: a name often follows or precedes one (the rule engine's own lists).
BEFORE_CUES = frozenset(c for c in nm._BEFORE_CUES if not c.startswith("〔"))
AFTER_CUES = frozenset(nm._AFTER_CUES)
_CUE_LENS = sorted({len(c) for c in BEFORE_CUES | AFTER_CUES if 2 <= len(c) <= 5})


first_text = bn.first_pass   # what the name detector reads, as in bench_names.deid_text


def _cls(c: str) -> str:
    if c.isdigit():
        return "D"
    if c.isascii() and c.isalpha():
        return "L"
    if "\u4e00" <= c <= "\u9fff":
        return "H"
    if c.isspace():
        return "S"
    return "P"


def _given(c: str) -> str:
    w = GIVEN_CHARS.get(c, 0)
    pos = "f" if c in GIVEN_FIRST else "l" if c in GIVEN_LAST else "a"
    return f"{w}{pos}" if w else "0"


SEG = ["posseg"]   # posseg: jieba's tagger (word and tag); cut: words only (faster); none


def _words(text: str):
    if SEG[0] == "posseg":
        return ((t.word, t.flag) for t in nm._tagger().cut(text))
    if SEG[0] == "cut":
        import jieba
        return ((w, "w") for w in jieba.cut(text))
    return ((c, "x") for c in text)


def features(text: str, public: bool) -> list[list[str]]:
    """Per character: char, neighbours +-2, bigrams, surname (single / compound), given-name
    weight, jieba word position and tag, character class, cue word before / after."""
    n = len(text)
    seg = ["S"] * n
    tag = ["x"] * n
    pos = 0
    for w, f in _words(text):
        L = len(w)
        for k in range(L):
            if pos + k >= n:
                break
            seg[pos + k] = "S" if L == 1 else "B" if k == 0 else "E" if k == L - 1 else "M"
            tag[pos + k] = f
        pos += L
    pad = "^^" + text + "$$"
    out = []
    for i, c in enumerate(text):
        p = i + 2
        f = ["b", "c=" + c, "c-1=" + pad[p - 1], "c+1=" + pad[p + 1], "c-2=" + pad[p - 2],
             "c+2=" + pad[p + 2], "b-1=" + pad[p - 1:p + 1], "b+1=" + pad[p:p + 2],
             "cls=" + _cls(c), "cls-1=" + _cls(pad[p - 1]), "cls+1=" + _cls(pad[p + 1]),
             "g=" + _given(c), "g+1=" + _given(pad[p + 1]), "g-1=" + _given(pad[p - 1]),
             "seg=" + seg[i], "tag=" + tag[i], "st=" + seg[i] + tag[i],
             "tag-1=" + (tag[i - 1] if i else "^"), "tag+1=" + (tag[i + 1] if i + 1 < n else "$")]
        if c in SURNAMES:
            f.append("sur")
        if text[i:i + 2] in COMPOUND_SURNAMES:
            f.append("sur2")
        if i and text[i - 1] in SURNAMES:
            f.append("sur-1")
        if i > 1 and text[i - 2] in SURNAMES:
            f.append("sur-2")
        for L in _CUE_LENS:
            if i >= L and text[i - L:i] in BEFORE_CUES:
                f.append("cueB")
                break
        for L in _CUE_LENS:
            for off in (1, 2, 3):
                j = i + off
                if text[j:j + L] in AFTER_CUES:
                    f.append(f"cueA{off}")
        if public:
            f.append("pub")
        out.append(f)
    return out


def labels(text: str, names: list[str]) -> list[str]:
    y = ["O"] * len(text)
    for name in sorted(set(names), key=len, reverse=True):
        if len(name) < 1:
            continue
        i = text.find(name)
        while i >= 0:
            if all(t == "O" for t in y[i:i + len(name)]):
                y[i] = "B"
                for k in range(i + 1, i + len(name)):
                    y[k] = "I"
            i = text.find(name, i + len(name))
    return y


def load(name: str, n: int) -> list[dict]:
    out = TUNED[name](n)
    for r in out:
        r["first"] = first_text(r["text"], r["public"])
    return out


def train(sets: dict[str, list[dict]], model: str, args) -> float:
    tr = pycrfsuite.Trainer(verbose=False)
    items = 0
    for rs in sets.values():
        for r in rs:
            t = r["first"]
            if not t:
                continue
            tr.append(features(t, r["public"]), labels(t, r["names"]))
            items += 1
    tr.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                   "feature.possible_transitions": True, "feature.minfreq": args.minfreq})
    start = time.perf_counter()
    tr.train(model)
    print(f"trained on {items} cells in {time.perf_counter() - start:.0f} s; "
          f"model {os.path.getsize(model) / 1e6:.2f} MB")
    return time.perf_counter() - start


class CRF:
    """The model's reading of one text: Viterbi spans and per-character marginals, cached."""

    def __init__(self, model: str):
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(model)
        self.cache: dict[tuple[str, bool], tuple[list[str], list[float], list[float]]] = {}

    def read(self, text: str, public: bool):
        key = (text, public)
        if key not in self.cache:
            if not text:
                self.cache[key] = ([], [], [])
            else:
                y = self.tagger.tag(features(text, public))
                name_p = [self.tagger.marginal("B", i) + self.tagger.marginal("I", i)
                          for i in range(len(text))]
                o_p = [self.tagger.marginal("O", i) for i in range(len(text))]
                self.cache[key] = (y, name_p, o_p)
        return self.cache[key]

    def spans(self, text: str, public: bool, min_p: float = 0.0) -> list[tuple[int, int]]:
        y, name_p, _o = self.read(text, public)
        out, start = [], None
        for i, t in enumerate(y + ["O"]):
            if start is not None and t != "I":
                if i - start >= 2 and min(name_p[start:i]) >= min_p:
                    out.append((start, i))
                start = None
            if t == "B":
                start = i
        return out


class _Span:
    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _redact(text: str, spans) -> str:
    """Redact the union of ``spans`` (overlapping ones merged into one)."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return nm.redact_with(text, [_Span(s, e) for s, e in merged])


def _rule_hits(first: str, public: bool):
    return nm.find_names(first, public_names=nm.OFFICIALS if public else False)


def pipelines(crf: CRF, add_p: float = 0.9, veto_p: float = 0.99) -> dict:
    def rules(text, public):
        return bn.deid_text(text, public)

    def crf_alone(text, public):
        first = first_text(text, public)
        return _redact(first, crf.spans(first, public))

    def union(text, public):
        first = first_text(text, public)
        return _redact(first, [(h.start, h.end) for h in _rule_hits(first, public)]
                       + crf.spans(first, public))

    def add_confident(text, public):
        first = first_text(text, public)
        return _redact(first, [(h.start, h.end) for h in _rule_hits(first, public)]
                       + crf.spans(first, public, add_p))

    def veto(text, public):
        first = first_text(text, public)
        hits = _rule_hits(first, public)
        if not hits:
            return first
        _y, _n, o_p = crf.read(first, public)
        kept = [(h.start, h.end) for h in hits if min(o_p[h.start:h.end], default=0.0) < veto_p]
        return _redact(first, kept)

    return {"(a) rules": rules, "(b) crf": crf_alone, "(c) rules | crf": union,
            f"(d) rules + crf>={add_p:g}": add_confident, f"(e) rules - crf O>={veto_p:g}": veto}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train-n", type=int, default=600, help="remarks made per training set")
    ap.add_argument("--test-n", type=int, default=2000, help="remarks per test set (bench default)")
    ap.add_argument("--exclude", nargs="+", default=["tuned-20", "tuned-21"],
                    help="sets left out of training (the newest), each measured alone")
    ap.add_argument("--test", nargs="+", default=None, help="sets to measure (default: --exclude)")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=100)
    ap.add_argument("--minfreq", type=float, default=1)
    ap.add_argument("--model", default="/tmp/crf_names.crfsuite")
    ap.add_argument("--no-train", action="store_true", help="reuse --model")
    ap.add_argument("--show", type=int, default=0, help="show this many CRF-only misses / alterations")
    ap.add_argument("--add-p", type=float, default=0.9, help="(d): least marginal of a span added")
    ap.add_argument("--veto-p", type=float, default=0.99, help="(e): least marginal of O to drop a hit")
    ap.add_argument("--seg", choices=("posseg", "cut", "none"), default="posseg",
                    help="word features from jieba's tagger, its segmenter only, or none")
    args = ap.parse_args(argv)
    SEG[0] = args.seg
    random.seed(0)
    nm._tagger().dt.tokenizer.initialize()
    if not args.no_train:
        t0 = time.perf_counter()
        train_sets = {k: load(k, args.train_n) for k in TUNED if k not in args.exclude}
        print(f"training sets: {', '.join(train_sets)} ({args.train_n} remarks made each; "
              f"{time.perf_counter() - t0:.0f} s to make and prepare)")
        train(train_sets, args.model, args)
    print(f"model {args.model}: {os.path.getsize(args.model) / 1e6:.2f} MB")
    crf = CRF(args.model)
    print(f"{'set / detector':<36}{'names':>7}{'left':>6}{'partly':>7}{'looks':>7}{'alt':>6}{'alt%':>7}"
          f"{'extra':>7}{'s':>7}")
    for set_name in args.test or args.exclude:
        remarks = load(set_name, args.test_n)
        # speed: CRF tagging, features included, on the text the detector reads
        crf.cache.clear()
        start = time.perf_counter()
        for r in remarks:
            crf.read(r["first"], r["public"])
        secs = time.perf_counter() - start
        print(f"{set_name}: CRF tagging {len(remarks) / secs:,.0f} cells/s "
              f"({sum(len(r['first']) for r in remarks) / secs:,.0f} chars/s)")
        for label, pipe in pipelines(crf, args.add_p, args.veto_p).items():
            m = bn.measure(remarks, pipe)
            alt = 100 * m["altered"] / max(1, m["looks"])
            print(f"{set_name + ': ' + label:<36}{m['names']:>7}{m['left']:>6}{m['partly']:>7}"
                  f"{m['looks']:>7}{m['altered']:>6}{alt:>6.2f}%{m['extra']:>7}{m['seconds']:>7.1f}")
            if args.show and label in ("(b) crf", "(c) rules | crf"):
                for e in m["left_examples"][:args.show]:
                    print("   left   ", e)
                for e in m["altered_examples"][:args.show]:
                    print("   altered", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
