"""Budget extraction on the cn_budget PDFs: tables found, checks held, speed against the bare parse.

    python benchmarks/bench_extract.py               # all 8 PDFs, best of 2 runs each
    python benchmarks/bench_extract.py --repeat 1 --only finance

For each cn_budget PDF of the corpus, in the same run:

* bare: pdfplumber opens it and reads every page's characters (the parse any extraction must pay);
* gongkai: ``budget_frame`` (every table: ruled, partly ruled and unruled detection, titles, units,
  stitching, codes, amounts) and every check (``check_identities``: identities, cross-table
  agreement, 目录, 情况说明), in one process (``jobs=1``) and with one process per core
  (``jobs=N``, page ranges read in parallel);
* the ratio of each to the bare parse (target: <= 1.3x), and peak memory (RSS).

Tables: the standard tables expected in each file -- the GovBudgetChecker manifest's list for the
files it describes (``cn_budget/expected/GovBudgetChecker_samples_manifest.yaml``: the national
决算 template and the finance bureau's final accounts, whose ``MODIFIED_`` twin expects the
same), the nine tables of the 部门/单位预算 template for the budgets -- kept when the PDF prints
the table's title (a page line; the 目录 does not count), and found when gongkai returns a table
of that kind with the unit printed above it. Checks: held / run; every failure is listed with
its page. The ``MODIFIED_`` file must fail, its clean twin not on the same checks.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

import pdfplumber  # noqa: E402

from common import corpus_dir, machine, peak_rss_mb  # noqa: E402
from splits import part_of  # noqa: E402

from gongkai.extract.budget import (STANDARD, budget_frame, check_identities, fold,  # noqa: E402
                                    printed_figures, standard_table)
from gongkai.extract.parsers import find_unit, looks_like_amount  # noqa: E402

BUDGET_TEMPLATE = [s.name for s in STANDARD if s.phase == "approved"]
# files of the corpus that the manifest's samples describe (by the sample's id)
MANIFEST_FILES = {
    "final_accounts_template_2024.pdf": "template-national-2024",
    "finance_bureau_2024_final_accounts.pdf": "shanghai-2024-good",
    "MODIFIED_finance_bureau_2024_test_problem_version.pdf": "shanghai-2024-good",
}


def bare_parse(path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.chars  # noqa: B018 - the parse is the point
        return len(pdf.pages)


def full_extraction(path, jobs: int):
    lines, classified, info = budget_frame(path, jobs=jobs)
    results = check_identities(lines)
    return lines, classified, info, results


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def best_of(repeat: int, fn, *args):
    """Best wall-clock seconds of ``repeat`` runs, the CPU seconds of that run (this process and
    its finished workers), and the value."""
    best, cpu, value = None, None, None
    for _ in range(repeat):
        gc.collect()
        c0 = _cpu()
        t0 = time.perf_counter()
        value = fn(*args)
        seconds = time.perf_counter() - t0
        if best is None or seconds < best:
            best, cpu = seconds, _cpu() - c0
    return best, cpu, value


def manifest_expectations(corpus: Path) -> dict[str, list[str]]:
    import yaml

    path = corpus / "cn_budget" / "expected" / "GovBudgetChecker_samples_manifest.yaml"
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = {}
    for sample in data.get("samples", []):
        expect = sample.get("expect", {})
        names = (expect.get("structure_check", {}).get("must_have_tables")
                 or expect.get("must_find_tables") or [])
        out[sample["id"]] = list(names)
    return out


def printed_tables(path) -> dict[str, tuple[int, str | None]]:
    """Standard tables whose title the PDF prints on a page other than its 目录, with the unit
    printed on that page (read here with pdfplumber's own text lines, not gongkai's)."""
    found: dict[str, tuple[int, str | None]] = {}
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            lines = [ln["text"] for ln in page.extract_text_lines()]
            text = fold("".join(lines)).replace(" ", "")
            if "目录" in text:
                continue
            unit = find_unit(text)
            for line in lines:
                plain = fold(line).replace(" ", "")
                if not plain.endswith("表") or len(plain) > 60:
                    continue
                std = standard_table(plain)
                if std and std.name not in found:
                    found[std.name] = (number, unit[0] if unit else None)
    return found


def figures_reached(lines, classified) -> list[tuple[str, str, int, int, bool]]:
    """Per standard table found: (kind, layout, printed figures in its measure columns, lines
    made from a printed figure, prints 本表无数据). A merged cell counts once; '-' and blanks
    are not figures, nor are the codes of a 类/款/项 column (``budget.printed_figures``)."""
    out = []
    for bt in classified:
        if not bt.kind:
            continue
        table = bt.table
        printed = len(printed_figures(table, standard_table(bt.kind)))
        mine = lines[lines["table"] == bt.title] if not lines.empty else lines
        made = int(sum(1 for t in mine["printed"] if looks_like_amount(t))) if len(mine) else 0
        std = standard_table(bt.kind)
        out.append((bt.kind, std.layout if std else "?", printed, made, bt.no_data))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement (best kept)")
    parser.add_argument("--only", default=None, help="files whose name contains this text")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                        help="processes of the parallel run (default: the cores)")
    args = parser.parse_args()

    corpus = corpus_dir()
    if corpus is None:
        print("bench_extract: corpus not found (set GONGKAI_CORPUS or put it at ../shared/corpus); skipped")
        return 0
    files = sorted((corpus / "cn_budget").glob("*.pdf"))
    if args.only:
        files = [f for f in files if args.only in f.name]
    manifest = manifest_expectations(corpus)
    print(f"bench_extract on {machine()}, {time.strftime('%Y-%m-%d')}: {len(files)} cn_budget PDFs, "
          f"best of {args.repeat}; parallel run with {args.jobs} processes")
    bare_parse(files[0])  # imports and caches warm before anything is timed
    full_extraction(files[0], 1)

    print(f"\n{'file':54} {'pages':>5} {'bare s':>7} {'1 proc s':>8} {'ratio':>6} "
          f"{f'{args.jobs} proc s':>8} {'ratio':>6} {'cpu ratio':>9} {'tables':>7} {'checks':>9}")
    totals = {"bare": 0.0, "one": 0.0, "par": 0.0, "pages": 0, "cpu_bare": 0.0, "cpu_one": 0.0}
    failures: list[str] = []
    table_report: list[str] = []
    figure_report: list[str] = []
    reached = {"tuning": [0, 0], "frozen": [0, 0]}
    all_found = True
    rules: dict[str, int] = {}
    for path in files:
        bare, cpu_bare, pages = best_of(args.repeat, bare_parse, path)
        one, cpu_one, (lines, classified, info, results) = best_of(args.repeat, full_extraction, path, 1)
        par, _, _ = best_of(args.repeat, full_extraction, path, args.jobs)
        totals["cpu_bare"] += cpu_bare
        totals["cpu_one"] += cpu_one
        totals["bare"] += bare
        totals["one"] += one
        totals["par"] += par
        totals["pages"] += pages
        # tables
        printed = printed_tables(path)
        sample = MANIFEST_FILES.get(path.name)
        if sample and sample in manifest:
            wanted = [(name, standard_table(name)) for name in manifest[sample]]
            source = f"manifest '{sample}'"
        else:
            wanted = [(name, standard_table(name)) for name in BUDGET_TEMPLATE]
            source = "预算 template"
        got = {bt.kind: bt for bt in classified if bt.kind}
        expected = [(name, std) for name, std in wanted if std and std.name in printed]
        ok_tables = []
        for name, std in expected:
            bt = got.get(std.name)
            unit_ok = bt is not None and bt.table.unit == printed[std.name][1]
            if bt is not None and unit_ok:
                ok_tables.append(name)
            else:
                all_found = False
                table_report.append(f"  {path.name}: {name} (p{printed[std.name][0]}) "
                                    f"{'not found' if bt is None else 'unit ' + str(bt.table.unit)}")
        absent = [name for name, std in wanted if not std or std.name not in printed]
        note = f"; not printed in the PDF: {', '.join(absent)}" if absent else ""
        table_report.append(f"  {path.name}: {len(ok_tables)}/{len(expected)} of the {source}"
                            f"{note}")
        part = part_of(path.name)
        for kind, layout, printed_n, made, no_data in figures_reached(lines, classified):
            reached[part][0] += printed_n
            reached[part][1] += min(made, printed_n)
            if made < printed_n or (printed_n == 0 and not no_data) or "三公" in kind or layout == "measures":
                figure_report.append(f"  [{part}] {path.name}: {kind} ({layout}): {printed_n} printed "
                                     f"figures, {made} lines{' -- 本表无数据' if no_data else ''}")
        held = sum(r["ok"] for r in results)
        for r in results:
            rules[r["rule"]] = rules.get(r["rule"], 0) + 1
        for r in results:
            if not r["ok"]:
                failures.append(f"  {path.name}: page {r['page']}"
                                f"{', row ' + str(r['row']) if r['row'] else ''}: {r['rule']} -- "
                                f"{r['table']} {r['subject']}: expected {r['expected']}, actual "
                                f"{r['actual']} (tolerance {r['tolerance']})")
        print(f"{path.name:54} {pages:5d} {bare:7.2f} {one:8.2f} {one / bare:6.2f} {par:8.2f} "
              f"{par / bare:6.2f} {cpu_one / cpu_bare:9.2f} {len(ok_tables):3d}/{len(expected):<3d} "
              f"{held:4d}/{len(results):<4d}")
    print(f"{'total':54} {totals['pages']:5d} {totals['bare']:7.2f} {totals['one']:8.2f} "
          f"{totals['one'] / totals['bare']:6.2f} {totals['par']:8.2f} {totals['par'] / totals['bare']:6.2f} "
          f"{totals['cpu_one'] / totals['cpu_bare']:9.2f}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"ratio: wall-clock seconds against the bare parse; cpu ratio: CPU seconds of the one-process "
          f"run against the bare parse's (not disturbed by other load). Load average now {load:.2f} "
          f"on {os.cpu_count()} cores: the parallel run can only gain when cores are idle.")
    print(f"pages/s: bare {totals['pages'] / totals['bare']:.1f}, gongkai 1 process "
          f"{totals['pages'] / totals['one']:.1f}, {args.jobs} processes {totals['pages'] / totals['par']:.1f}")
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS: this process {peak_rss_mb():.0f} MB, largest worker process {children:.0f} MB")
    print("\nstandard tables (title and unit):")
    print("\n".join(table_report))
    print("\nprinted figures that reach a line (standard tables; tuning / frozen split of "
          "benchmarks/splits.py):")
    for part, (printed_n, made) in reached.items():
        print(f"  {part}: {made}/{printed_n}" + (f" ({made / printed_n:.3f})" if printed_n else ""))
    print("\n".join(figure_report) if figure_report else "  (no table without a row-label column)")
    print(f"\nchecks that fail ({len(failures)}):")
    print("\n".join(failures) if failures else "  none")
    print("\nchecks run, by rule: " + "; ".join(f"{k} {v}" for k, v in sorted(rules.items())))
    frozen_sanggong_report()
    return 0 if all_found else 1


def frozen_sanggong_report() -> None:
    """The frozen 三公 set (benchmarks/frozen/sanggong.py): every style, figures reached."""
    import tempfile

    from frozen.sanggong import STYLES, STYLES_2, build, score

    print(f"\nfrozen 三公 sets (benchmarks/frozen/sanggong.py; set 1: {len(STYLES)} styles, set 2: "
          f"{len(STYLES_2)}; see benchmarks/README.md for what each served): printed figures, lines "
          f"that carry them (amount in 元 under the header texts), exact measure paths, 三公 "
          f"identities held/checked, failing checks")
    for label, styles in (("set 1", STYLES), ("set 2", STYLES_2)):
        _sanggong_set(label, styles, build, score, tempfile)


def _sanggong_set(label, styles, build, score, tempfile) -> None:
    totals = [0, 0, 0]
    with tempfile.TemporaryDirectory() as tmp:
        for style in styles:
            path = Path(tmp) / f"{style.name}.pdf"
            truth = build(style, path)
            lines, classified, _ = budget_frame(path, jobs=1)
            s = score(truth, lines, check_identities(lines))
            totals[0] += s["printed"]
            totals[1] += s["reached"]
            totals[2] += s["exact_paths"]
            kind = "本表无数据" if truth["no_data"] else f"{s['reached']}/{s['printed']} reached"
            print(f"  {style.name:28} {kind:16} exact paths {s['exact_paths']:2d}  identities "
                  f"{s['identities_held']}/{s['identities']}  failing {len(s['failed'])}"
                  + (f" ({'; '.join(r['rule'] + ': ' + r['actual'] for r in s['failed'])})" if s["failed"] else ""))
    print(f"  {label}: {totals[1]}/{totals[0]} figures reached, {totals[2]} with the exact measure path")


if __name__ == "__main__":
    sys.exit(main())
