"""Gazette splitting: item P/R/F1 and per-field accuracy against ground truth, and speed.

Issues: the benchmark issues of the sample generator (samples.gazette.ISSUE_LAYOUTS:
with and without 目录, one and two columns, traditional script, offset and continuous page
numbers, Chinese-numeral dates, 文号 bracket variants, joint issuers, embedded tables, text
attachments, and two image-only issues that go through OCR), generated into a temporary folder
(their truth is committed in tests/truth/gazettes/), the default sample in raw/gazette/, and the
Federal Register issue of the corpus (second family; hand-checked truth in
tests/truth/gazettes/federal-register-2020-17221.json).

Scoring (the scorer is this file):
- items are matched one to one: first by normalised title (script folded to simplified,
  spaces removed, brackets unified), then the rest by start page with the most similar title
  (similarity >= 0.5);
- precision = matched / extracted, recall = matched / true, F1 their harmonic mean;
- per-field accuracy over matched items: doc_number (文号 as printed, normalised), issuer (the
  list of issuing organs), signed_date (ISO), page_start, page_end (physical pages); a field
  that is absent in the truth must be absent in the output to count as right.

Frozen set: the issues of benchmarks/frozen/gazette (a separately written generator, its own
fictional province, texts and layout recipes, which no rule is tuned on), generated into
benchmarks/.cache/ and scored the same way; printed beside the tuned figures (the samples'). The
frozen figures are the ones that count. ``--frozen-scans N`` limits its scanned issues (make
bench: 1; make bench-full: all).

Targets: text issues item F1 >= 0.98 and every field >= 0.97; image-only issues item F1 >= 0.90
(on the tuned and the frozen set); the Federal Register issue split into its documents with their
FR Doc numbers.

Gazettes of other countries: every PDF under the corpus's gazettes/ (Brazil, Sri Lanka): the
family detected (with its confidence), the items, the pages for review; Brazil's acts against a
hand-checked truth (tests/truth/gazettes/br-*.json); Sri Lanka's ministers and departments
against the corpus's expected lists, or the project's hand-checked ones
(tests/truth/gazettes/lk/) where the corpus has none.

OCR answers are cached per page image in benchmarks/.cache/ocr (gitignored; keyed by the image
Tesseract reads, its languages, mode and version), so a rerun after a change to the rules that
follow OCR takes seconds; ``--no-ocr-cache`` reads every page afresh (for the OCR speed figures).

Usage: python benchmarks/bench_gazette.py [--no-ocr] [--keep DIR] [--json OUT] [--frozen-scans N]
       [--only tuned|frozen|foreign] [--no-ocr-cache]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from common import ROOT, corpus_dir, machine, peak_rss_mb  # noqa: E402

sys.path.insert(0, str(ROOT))      # the sample generators (samples/) live beside src/

from gongkai.extract.gazette import fold, split_gazette  # noqa: E402

FIELDS = ["doc_number", "issuer", "signed_date", "page_start", "page_end"]
# The fields of the side-by-side table (tuned vs frozen); "overall" pools them.
SIDE_FIELDS = FIELDS + ["title"]
SIDE_LABELS = {"doc_number": "文号", "issuer": "issuer", "signed_date": "date", "page_start": "start",
               "page_end": "end", "title": "title"}
CACHE = HERE / ".cache"
EXTRA_FIELDS = ["title", "category", "recipients", "disclosure", "cc", "printed_page_start"]
TRUTH_DIR = ROOT / "tests" / "truth" / "gazettes"
FR_PDF = "pdfplumber/federal-register-2020-17221.pdf"
TARGETS = {"text_f1": 0.98, "text_field": 0.97, "scan_f1": 0.90}

_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "（": "〔", "）": "〕",
                           "(": "〔", ")": "〕", "【": "〔", "】": "〕"})


def norm_text(value) -> str | None:
    """Script folded to simplified, spaces removed, full-width punctuation as ASCII (NFKC)."""
    if value is None:
        return None
    s = re.sub(r"[\s\u3000]", "", unicodedata.normalize("NFKC", fold(str(value))))
    return s.rstrip("。.")


def norm_doc(value) -> str | None:
    if value is None:
        return None
    s = norm_text(value)
    s = s.replace("–", "-").replace("—", "-")
    return s.translate(_BRACKETS)


def field_value(item: dict, name: str):
    value = item.get(name)
    if name == "doc_number":
        return norm_doc(value)
    if name == "issuer":
        return [norm_text(v) for v in (value or [])]
    if name in ("title", "category", "recipients", "disclosure", "cc"):
        return norm_text(value)
    return value


def _similar(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def match_items(pred: list[dict], truth: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, truth index): by title, then by start page."""
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_t: set[int] = set()
    for ti, t in enumerate(truth):
        want = norm_text(t["title"])
        for pi, p in enumerate(pred):
            if pi not in used_p and want and norm_text(p.get("title")) == want:
                pairs.append((pi, ti))
                used_p.add(pi)
                used_t.add(ti)
                break
    candidates = []
    for ti, t in enumerate(truth):
        if ti in used_t:
            continue
        for pi, p in enumerate(pred):
            if pi in used_p or p.get("page_start") != t.get("page_start"):
                continue
            score = _similar(norm_text(p.get("title")), norm_text(t["title"]))
            if score >= 0.5:
                candidates.append((score, pi, ti))
    for score, pi, ti in sorted(candidates, reverse=True):
        if pi in used_p or ti in used_t:
            continue
        pairs.append((pi, ti))
        used_p.add(pi)
        used_t.add(ti)
    return sorted(pairs, key=lambda x: x[1])


def score_issue(pred: list[dict], truth: list[dict], fields=FIELDS + EXTRA_FIELDS) -> dict:
    pairs = match_items(pred, truth)
    tp = len(pairs)
    precision = tp / len(pred) if pred else (1.0 if not truth else 0.0)
    recall = tp / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_field = {}
    errors = []
    for name in fields:
        right = 0
        for pi, ti in pairs:
            got, want = field_value(pred[pi], name), field_value(truth[ti], name)
            if got == want:
                right += 1
            else:
                errors.append({"field": name, "title": truth[ti]["title"], "got": got, "want": want})
        per_field[name] = (right, len(pairs))
    missed = [truth[ti]["title"] for ti in range(len(truth)) if ti not in {t for _, t in pairs}]
    extra = [pred[pi].get("title") for pi in range(len(pred)) if pi not in {p for p, _ in pairs}]
    return {"tp": tp, "pred": len(pred), "true": len(truth), "precision": precision, "recall": recall,
            "f1": f1, "fields": per_field, "errors": errors, "missed": missed, "extra": extra}


def combine(scores: list[dict], fields=FIELDS + EXTRA_FIELDS) -> dict:
    tp = sum(s["tp"] for s in scores)
    pred = sum(s["pred"] for s in scores)
    true = sum(s["true"] for s in scores)
    precision = tp / pred if pred else 0.0
    recall = tp / true if true else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_field = {}
    for name in fields:
        right = sum(s["fields"][name][0] for s in scores if name in s["fields"])
        total = sum(s["fields"][name][1] for s in scores if name in s["fields"])
        per_field[name] = right / total if total else 1.0
    return {"tp": tp, "pred": pred, "true": true, "precision": precision, "recall": recall, "f1": f1,
            "fields": per_field}


def _fmt_fields(fields: dict) -> str:
    out = []
    for name in FIELDS:
        value = fields[name]
        if isinstance(value, tuple):
            value = value[0] / value[1] if value[1] else 1.0
        out.append(f"{value:5.3f}")
    return " ".join(out)


HEADER = (f"{'issue':34} {'kind':5} {'layout':22} {'pages':>5} {'items':>9} {'P':>5} {'R':>5} {'F1':>5}  "
          f"{'文号':>5} {'issuer':>5} {'date':>5} {'start':>5} {'end':>5}  {'s':>6} {'pages/s':>7}")


def score_cases(cases, args, report: dict, key: str) -> tuple[list[dict], list[dict], dict]:
    """Split and score every (label, layout text, pdf, truth); print one line per issue."""
    print(HEADER)
    text_scores, scan_scores = [], []
    speed = {"text": [0, 0.0], "scan": [0, 0.0]}
    for label, lay, pdf, truth in cases:
        t0 = time.perf_counter()
        got = split_gazette(pdf)
        seconds = time.perf_counter() - t0
        score = score_issue(got["items"], truth["items"])
        kind = "scan" if truth.get("image_only") else "text"
        (scan_scores if kind == "scan" else text_scores).append(score)
        speed[kind][0] += got["source"]["pages"]
        speed[kind][1] += seconds
        print(f"{label[:34]:34} {kind:5} {lay[:22]:22} {got['source']['pages']:5d} "
              f"{score['tp']:3d}/{score['pred']:2d}/{score['true']:2d} {score['precision']:5.3f} "
              f"{score['recall']:5.3f} {score['f1']:5.3f}  {_fmt_fields(score['fields'])}  {seconds:6.2f} "
              f"{got['source']['pages'] / seconds:7.2f}", flush=True)
        if args.verbose:
            for e in score["errors"]:
                if e["field"] in SIDE_FIELDS:
                    print(f"    {e['field']}: {e['title'][:30]} got {e['got']!r} want {e['want']!r}")
            for t in score["missed"]:
                print(f"    missed: {t}")
            for t in score["extra"]:
                print(f"    extra: {t}")
        report.setdefault(key, []).append({
            "issue": label, "kind": kind, "pages": got["source"]["pages"], "seconds": round(seconds, 3),
            "score": {k: v for k, v in score.items() if k != "errors"}, "errors": score["errors"],
            "problems": got["problems"], "ocr": got.get("ocr")})
    return text_scores, scan_scores, speed


def summarise(name: str, text_scores, scan_scores, speed, report: dict, key: str, no_ocr: bool) -> bool:
    """Print the set's totals against the targets; True when they are met."""
    ok = True
    text = combine(text_scores)
    print(f"\n{name}: text issues ({len(text_scores)}): items P {text['precision']:.3f} R {text['recall']:.3f} "
          f"F1 {text['f1']:.3f} (target >= {TARGETS['text_f1']}); fields: "
          + ", ".join(f"{k} {v:.3f}" for k, v in text["fields"].items()))
    ok &= text["f1"] >= TARGETS["text_f1"] and all(text["fields"][f] >= TARGETS["text_field"] for f in FIELDS)
    if speed["text"][1]:
        print(f"  speed: {speed['text'][0]} pages in {speed['text'][1]:.1f} s = "
              f"{speed['text'][0] / speed['text'][1]:.1f} pages/s")
    report[key + "_text"] = text
    if scan_scores:
        scan = combine(scan_scores)
        print(f"{name}: image-only issues ({len(scan_scores)}): items P {scan['precision']:.3f} "
              f"R {scan['recall']:.3f} F1 {scan['f1']:.3f} (target >= {TARGETS['scan_f1']}); fields: "
              + ", ".join(f"{k} {v:.3f}" for k, v in scan["fields"].items()))
        import os

        from gongkai.extract.ocr import OCR_CACHE_ENV

        cached = " (OCR answers from the cache where present: not an OCR speed)" if os.environ.get(OCR_CACHE_ENV) else ""
        print(f"  speed (OCR): {speed['scan'][0]} pages in {speed['scan'][1]:.1f} s = "
              f"{speed['scan'][0] / speed['scan'][1]:.2f} pages/s{cached}")
        ok &= scan["f1"] >= TARGETS["scan_f1"]
        report[key + "_scan"] = scan
    elif not no_ocr:
        print(f"{name}: image-only issues: none scored")
    return ok


def pooled_fields(scores: list[dict], fields=SIDE_FIELDS) -> float:
    """Field accuracy over every (matched item, field) pair of ``fields``."""
    right = sum(s["fields"][f][0] for s in scores for f in fields)
    total = sum(s["fields"][f][1] for s in scores for f in fields)
    return right / total if total else 1.0


def side_by_side(sets: dict[str, tuple[list, list]]) -> list[str]:
    """The tuned and frozen figures in one table (markdown, for benchmarks/README.md too)."""
    cols = list(sets)
    rows = [("text item F1", lambda t, s: combine(t)["f1"] if t else None),
            ("text field accuracy (overall)", lambda t, s: pooled_fields(t) if t else None)]
    for f in SIDE_FIELDS:
        rows.append((f"  {SIDE_LABELS[f]}", lambda t, s, f=f: combine(t, [f])["fields"][f] if t else None))
    rows += [("scanned item F1", lambda t, s: combine(s)["f1"] if s else None),
             ("scanned field accuracy (overall)", lambda t, s: pooled_fields(s) if s else None)]
    counts = " | ".join(f"{len(t)} text + {len(s)} scanned" for t, s in sets.values())
    lines = [f"| figure | {' | '.join(cols)} |", "|---|" + "---|" * len(cols), f"| issues | {counts} |"]
    for label, fn in rows:
        vals = [fn(*sets[c]) for c in cols]
        lines.append(f"| {label} | " + " | ".join("–" if v is None else f"{v:.3f}" for v in vals) + " |")
    return lines


def tuned_cases(args, work: Path) -> list:
    from samples.gazette import build_issue, issue_layouts

    layouts = [lay for lay in issue_layouts() if not (args.no_ocr and lay.get("image_only"))]
    cases = []
    for layout in layouts:
        pdf = work / f"{layout['stem']}.pdf"
        truth = build_issue(layout, pdf)
        committed = TRUTH_DIR / f"{layout['stem']}.json"
        if committed.exists():
            saved = json.loads(committed.read_text(encoding="utf-8"))
            if saved["items"] != truth["items"]:
                print(f"warning: {committed} differs from the generator's truth (regenerate it)")
        cases.append((layout, pdf, truth))
    default = ROOT / "raw" / "gazette" / "dongyue-gazette-2026-11.pdf"
    if default.exists():
        truth = json.loads((ROOT / "tests" / "truth" / "dongyue-gazette-2026-11.json").read_text(encoding="utf-8"))
        cases.insert(0, ({"stem": "dongyue-gazette-2026-11 (raw/)", "toc": True, "columns": 1,
                          "script": "simplified", "front": "cover"}, default, truth))
    out = []
    for layout, pdf, truth in cases:
        lay = (f"{'toc' if layout.get('toc') else 'no-toc'},{layout.get('columns', 1)}col,"
               f"{'trad' if layout.get('script') == 'traditional' else 'simp'},{layout.get('front', '')}")
        out.append((layout["stem"], lay, pdf, truth))
    return out


def frozen_cases(args) -> list:
    from frozen.gazette import build_set

    scans = 0 if args.no_ocr else (None if args.frozen_scans in (None, "all") else int(args.frozen_scans))
    cases = []
    for r, pdf, truth in build_set(CACHE, scans=scans):
        scan = r.get("scan")
        lay = (f"{r['toc'] or 'no-toc'},{r['columns']}col,{'trad' if r['script'] == 'traditional' else 'simp'},"
               f"{r['front']}" + (f",{scan['dpi']}dpi" if scan else ""))
        cases.append((r["stem"], lay, pdf, truth))
    return cases


def run(args) -> int:
    import os

    from gongkai.extract.ocr import OCR_CACHE_ENV

    if not args.no_ocr_cache:
        os.environ.setdefault(OCR_CACHE_ENV, str(CACHE / "ocr"))
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="gongkai-bench-gazette-"))
    work.mkdir(parents=True, exist_ok=True)
    report = {"machine": machine(), "date": time.strftime("%Y-%m-%d")}
    print(f"bench_gazette on {machine()}, {time.strftime('%Y-%m-%d')}")
    ok = True
    sets = {}
    if args.only in (None, "tuned"):
        t0 = time.perf_counter()
        cases = tuned_cases(args, work)
        print(f"tuned set (the project's samples): {len(cases)} issues generated in {work} in "
              f"{time.perf_counter() - t0:.1f} s\n")
        text_scores, scan_scores, speed = score_cases(cases, args, report, "issues")
        ok &= summarise("tuned", text_scores, scan_scores, speed, report, "tuned", args.no_ocr)
        sets["tuned (samples)"] = (text_scores, scan_scores)
    if args.only in (None, "frozen"):
        t0 = time.perf_counter()
        from frozen.gazette import generator_version

        print(f"\nfrozen set (benchmarks/frozen/gazette, generator version {generator_version()}; "
              "no rule is tuned on it):")
        cases = frozen_cases(args)
        print(f"{len(cases)} issues ready in {CACHE} in {time.perf_counter() - t0:.1f} s\n")
        text_scores, scan_scores, speed = score_cases(cases, args, report, "frozen_issues")
        ok &= summarise("frozen", text_scores, scan_scores, speed, report, "frozen", args.no_ocr)
        sets["frozen"] = (text_scores, scan_scores)
    if sets:
        print("\nside by side (the frozen figures are the ones that count):")
        table = side_by_side(sets)
        print("\n".join(table))
        report["side_by_side"] = table
    if args.only in (None, "tuned"):
        ok &= federal_register(report)
    if args.only in (None, "foreign"):
        ok &= foreign_gazettes(report)
    print(f"\npeak RSS {peak_rss_mb():.0f} MB; targets {'met' if ok else 'NOT met'}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n",
                                   encoding="utf-8")
    return 0 if ok else 1


def federal_register(report: dict) -> bool:
    corpus = corpus_dir()
    if corpus is None or not (corpus / FR_PDF).exists():
        print("\nFederal Register: corpus not found (set GONGKAI_CORPUS or put it at ../shared/corpus); skipped")
        return True
    truth = json.loads((TRUTH_DIR / "federal-register-2020-17221.json").read_text(encoding="utf-8"))
    t0 = time.perf_counter()
    got = split_gazette(corpus / FR_PDF)
    seconds = time.perf_counter() - t0
    score = score_issue(got["items"], truth["items"])
    print(f"\nFederal Register ({FR_PDF}, family {got['family']}, {got['source']['pages']} pages, "
          f"{seconds:.2f} s): items P {score['precision']:.3f} R {score['recall']:.3f} F1 {score['f1']:.3f}; "
          f"fields {_fmt_fields(score['fields'])}")
    for item in got["items"]:
        print(f"  {item['seq']}. {item['title']}  FR Doc {item['doc_number']}  pages {item['page_start']}-"
              f"{item['page_end']} (printed {item['printed_page_start']}-{item['printed_page_end']})  "
              f"flags {item['flags']}")
    report["federal_register"] = {"score": {k: v for k, v in score.items() if k != "errors"},
                                  "items": [{k: i[k] for k in ("title", "doc_number", "page_start", "page_end",
                                                               "flags")} for i in got["items"]]}
    has_numbers = all(i.get("doc_number") for i in got["items"] if "incomplete" not in i["flags"])
    return score["f1"] >= 0.99 and has_numbers and all(v[0] == v[1] for v in score["fields"].values()
                                                      if isinstance(v, tuple))


GAZETTES = "gazettes"
LK_TRUTH = TRUTH_DIR / "lk"
BR_TRUTH = TRUTH_DIR / "br-pratania-2020-10-26-ed136.json"


def _name_key(text: str) -> str:
    """Names compared without case, spacing, curly quotes and a final full stop."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    return re.sub(r"[\s.]+", " ", text).strip()


def _prf(got: set, want: set) -> tuple[int, int, int]:
    return len(got & want), len(got), len(want)


def _fmt_prf(tp: int, n_got: int, n_want: int) -> str:
    p = tp / n_got if n_got else (1.0 if not n_want else 0.0)
    r = tp / n_want if n_want else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f} ({tp}/{n_got}/{n_want})"


def lk_truth(corpus: Path, stem: str) -> tuple[dict, str] | None:
    """The ministers and departments of one Sri Lanka issue: the corpus's expected file when it
    is there, else the project's hand-checked one (tests/truth/gazettes/lk/)."""
    for path, source in ((corpus / GAZETTES / "lk" / "expected" / f"{stem}.json", "corpus"),
                         (LK_TRUTH / f"{stem}.json", "project")):
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            ministers = data.get("ministers")
            if isinstance(ministers, list):  # a list of {name, departments} records
                ministers = {m.get("name") or m.get("minister"): m.get("departments", []) for m in ministers}
            return ministers or {}, source
    return None


def foreign_gazettes(report: dict) -> bool:
    """Every gazette of the corpus (gazettes/*/): its family, confidence and items; Brazil's
    issue against its hand-checked acts; Sri Lanka's ministers and departments against the
    expected lists."""
    corpus = corpus_dir()
    if corpus is None or not (corpus / GAZETTES).exists():
        print("\ngazettes of other countries: corpus not found; skipped")
        return True
    print("\ngazettes of other countries (corpus gazettes/): family (confidence), items, pages for review")
    ok = True
    out = report.setdefault("foreign", {"issues": []})
    m_tot, d_tot = [0, 0, 0], [0, 0, 0]
    for pdf in sorted((corpus / GAZETTES).glob("*/*.pdf")):
        country = pdf.parent.name
        t0 = time.perf_counter()
        try:
            got = split_gazette(pdf)
        except Exception as exc:  # noqa: BLE001 - a refused issue is a result to print
            print(f"  {country}/{pdf.name}: REFUSED ({exc})")
            out["issues"].append({"file": f"{country}/{pdf.name}", "refused": str(exc)})
            ok = False
            continue
        seconds = time.perf_counter() - t0
        unread = sum(1 for i in got["items"] if any(f.startswith("unread_") for f in i["flags"]))
        line = (f"  {country}/{pdf.name:34} {got['family']:26} ({got['family_confidence']}) "
                f"{len(got['items']):3d} items, {unread} with unread fields, "
                f"{len(got['pages_for_review'])} pages for review, {seconds:.2f} s")
        record = {"file": f"{country}/{pdf.name}", "family": got["family"], "confidence": got["family_confidence"],
                  "items": len(got["items"]), "unread": unread, "review": len(got["pages_for_review"])}
        ok &= bool(got["items"])
        if country == "br" and BR_TRUTH.exists():
            truth = json.loads(BR_TRUTH.read_text(encoding="utf-8"))
            score = score_issue(got["items"], truth["items"], fields=FIELDS)
            line += f"\n      acts vs hand-checked truth: F1 {score['f1']:.3f}; fields {_fmt_fields(score['fields'])}"
            record["score"] = {k: v for k, v in score.items() if k != "errors"}
        if country == "lk":
            truth = lk_truth(corpus, pdf.stem)
            if truth is not None:
                want, source = truth
                offices = {_name_key(o) for i in got["items"] for o in i["extra"].get("offices", [])}
                depts = {_name_key(d) for i in got["items"] for r in i["extra"].get("schedule", [])
                         for d in r["departments"]}
                m = _prf(offices, {_name_key(k) for k in want})
                d = _prf(depts, {_name_key(x) for v in want.values() for x in v})
                m_tot[:] = [a + b for a, b in zip(m_tot, m)]
                d_tot[:] = [a + b for a, b in zip(d_tot, d)]
                line += f"\n      vs {source} truth: ministers {_fmt_prf(*m)}; departments {_fmt_prf(*d)}"
                record["lk"] = {"truth": source, "ministers": m, "departments": d}
        print(line)
        out["issues"].append(record)
    if m_tot[2]:
        print(f"  Sri Lanka, pooled over the issues with truth: ministers {_fmt_prf(*m_tot)}; "
              f"departments {_fmt_prf(*d_tot)}")
        out["lk_pooled"] = {"ministers": m_tot, "departments": d_tot}
    return ok


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-ocr", action="store_true", help="skip the image-only issues")
    ap.add_argument("--keep", help="write the generated issues into this folder")
    ap.add_argument("--json", help="write the full report as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every wrong field and missed item")
    ap.add_argument("--frozen-scans", default="all",
                    help="how many of the frozen set's scanned issues to score (a number, or all)")
    ap.add_argument("--no-ocr-cache", action="store_true",
                    help="OCR every page afresh (the cache in benchmarks/.cache/ocr is neither read nor written)")
    ap.add_argument("--only", choices=["tuned", "frozen", "foreign"], help="score one set only")
    return run(ap.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
