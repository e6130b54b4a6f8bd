"""Person names in free text: names left and look-alikes altered, tuned set beside frozen set.

    python benchmarks/bench_names.py                  # 2,000 remarks per set
    python benchmarks/bench_names.py --remarks 5000 -v --variants

Two sets of remarks:

* **tuned**: the 备注 cells of the project's own accuracy generator
  (benchmarks/bench_deid_accuracy.py) and of the test listing (tests/deid_fixtures.py), which
  the detectors were developed against. Names there follow cue words; look-alikes are numbers
  (codes, dates, 文号) and the generic phrases (因病致贫, 单亲家庭);
* **tuned-2**: benchmarks/frozen/remarks.py, the first "frozen" edition: the detector's rules
  quote its pools (shops, roads, given names), so it counts as tuned material now;
* **frozen**: benchmarks/frozen/remarks_v2.py, the second edition, written separately before
  the detector's rules changed and never tuned on: case notes, 行政处罚 facts, complaints,
  English exports, names with no cue, places, roads, firms and shops, anonymised forms, common
  words that begin with a surname, gazette appointments (officials' names public where the
  field declares ``public_names``).

Each remark goes through the text de-identification of a free-text cell (the detectors'
``redact_text``, then the name detector), as :func:`gongkai.deid.deidentify_frame` does for a
``free_text`` field. A planted name is *left* when it still occurs in the output; a look-alike
is *altered* when it no longer does. The gate columns say how many remarks holding a name the
release gate would flag, and how many name-free remarks it would flag wrongly.

``--variants`` also measures the alternatives the detector was chosen from: jieba's tagger alone
(tokens tagged ``nr`` with a surname from the inventory) and the rules without the tagger.
Targets (issue 14): 0 names left on the frozen set, <= 1% of look-alikes altered.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from frozen.remarks import make_remarks  # noqa: E402
from frozen.remarks_v2 import VERSION as FROZEN_VERSION  # noqa: E402
from frozen.remarks_v2 import make_remarks as make_frozen_remarks  # noqa: E402
from gongkai.deid.detectors import find_all, redact_text  # noqa: E402
from gongkai.deid.names import PLACEHOLDER, find_names  # noqa: E402

import bench_deid_accuracy as acc  # noqa: E402

MAX_ALTERED = 0.01


def tuned_remarks(n: int, seed: int = 2026) -> list[dict]:
    """Remarks of the project's own generators: (text, names planted, look-alikes)."""
    out = []
    rng = random.Random(seed)
    for row in range(n):
        planted, looks = [], []
        text = acc._free_text(rng, row, planted, looks)
        names = [v for kind, v, _c, _r in planted if kind == "person_name"]
        lookalikes = [v for _k, v in looks] + [g for g in acc.GENERIC if g in text]
        out.append({"text": text, "names": names, "lookalikes": lookalikes, "public": False,
                    "family": "accuracy"})
    import deid_fixtures

    frame = deid_fixtures.listing(max(40, n // 10), seed=seed)
    for text in frame["remarks"].tolist():
        out.append({"text": text, "names": [], "lookalikes": [], "public": False,
                    "family": "listing", "check_only_names": True})
    return out


def first_edition_remarks(n: int, seed: int = 1949) -> list[dict]:
    return [{"text": r.text, "names": r.names, "lookalikes": r.lookalikes,
             "public": r.public_officials, "family": r.family} for r in make_remarks(n, seed)]


def frozen_remarks(n: int, seed: int = 1921) -> list[dict]:
    return [{"text": r.text, "names": r.names, "lookalikes": r.lookalikes,
             "public": r.public_officials, "family": r.family}
            for r in make_frozen_remarks(n, seed)]


# --- the pipelines ---------------------------------------------------------------------------

def deid_text(text: str, public: bool, *, tagger: bool = True) -> str:
    """What deidentify_frame does to a free-text cell: the detectors, then the name detector."""
    first = redact_text(text)
    hits = find_names(first, public_names=public, tagger=tagger)
    if not hits:
        return first
    out, pos = [], 0
    for h in hits:
        out += [first[pos:h.start], PLACEHOLDER]
        pos = h.end
    return "".join(out) + first[pos:]


def tagger_only(text: str, public: bool) -> str:
    """Alternative measured: jieba's tagger alone decides (nr tokens with a known surname)."""
    from gongkai.deid._names import COMPOUND_SURNAMES, SURNAME_TABLE
    from gongkai.deid.names import _tagger

    first = redact_text(text)
    if public:
        return first
    out = []
    for token in _tagger().cut(first):
        w = token.word
        if token.flag.startswith("nr") and 2 <= len(w) <= 4 and (
                w[0] in SURNAME_TABLE or w[:2] in COMPOUND_SURNAMES):
            out.append(PLACEHOLDER)
        else:
            out.append(w)
    return "".join(out)


def gate_flags(text: str, public: bool) -> bool:
    """Would the release gate find a name in this (not de-identified) remark?"""
    if any(h.kind == "person_name" for h in find_all(text)):
        return True
    return bool(find_names(text, public_names=public))


def measure(remarks: list[dict], pipeline) -> dict:
    names = left = looks = altered = 0
    with_name = flagged = without_name = false_flags = 0
    left_examples, altered_examples = [], []
    start = time.perf_counter()
    for r in remarks:
        out = pipeline(r["text"], r["public"])
        for name in r["names"]:
            names += 1
            if name in out:
                left += 1
                left_examples.append(f"{r['family']}: {name} | {out}")
        for look in r["lookalikes"]:
            looks += 1
            if look not in out:
                altered += 1
                altered_examples.append(f"{r['family']}: {look} -> {out}")
    seconds = time.perf_counter() - start
    for r in remarks:
        if r["names"]:
            with_name += 1
            flagged += gate_flags(r["text"], r["public"])
        elif r["lookalikes"]:
            without_name += 1
            false_flags += gate_flags(r["text"], r["public"])
    return {"names": names, "left": left, "looks": looks, "altered": altered,
            "with_name": with_name, "flagged": flagged, "without_name": without_name,
            "false_flags": false_flags, "seconds": seconds,
            "left_examples": left_examples, "altered_examples": altered_examples}


def _row(label: str, m: dict) -> str:
    alt = m["altered"] / max(m["looks"], 1)
    return (f"{label:<30}{m['names']:>7}{m['left']:>6}{m['looks']:>7}{m['altered']:>6}{alt:>8.2%}"
            f"{m['flagged']:>6}/{m['with_name']:<6}{m['false_flags']:>5}/{m['without_name']:<6}"
            f"{m['seconds']:>7.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--remarks", type=int, default=2000)
    ap.add_argument("--variants", action="store_true", help="measure the alternatives too")
    ap.add_argument("-v", "--verbose", action="store_true", help="show up to 10 misses per set")
    args = ap.parse_args(argv)
    sets = {"tuned": tuned_remarks(args.remarks), "tuned-2": first_edition_remarks(args.remarks),
            "frozen": frozen_remarks(args.remarks)}
    print(f"frozen set: {FROZEN_VERSION}")
    pipelines = {"rules + tagger (used)": deid_text}
    if args.variants:
        pipelines["rules, no tagger"] = lambda t, p: deid_text(t, p, tagger=False)
        pipelines["jieba nr alone"] = tagger_only
    print(f"{'set / detector':<30}{'names':>7}{'left':>6}{'looks':>7}{'alt':>6}{'alt%':>8}"
          f"{'gate: flagged':>14}{'false':>9}{'s':>8}")
    ok = True
    for set_name, remarks in sets.items():
        for label, pipeline in pipelines.items():
            m = measure(remarks, pipeline)
            print(_row(f"{set_name}: {label}", m))
            if label.endswith("(used)"):
                good = m["left"] == 0 and m["altered"] <= MAX_ALTERED * m["looks"]
                if set_name == "frozen":
                    ok &= good
                if args.verbose:
                    for e in m["left_examples"][:10]:
                        print("   left   ", e)
                    for e in m["altered_examples"][:10]:
                        print("   altered", e)
    print("targets on the frozen set (0 left, <= 1% altered):", "HELD" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
