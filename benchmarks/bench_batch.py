"""The monthly batch at scale: N generated inputs of the three kinds through ``gongkai batch``.

Measures, in one run:
  * full-run wall time with ``--jobs 1`` and ``--jobs 2`` (and the speed-up; target >= 1.6 on
    two cores), each into a fresh output folder;
  * a rerun with nothing changed (target <= 5 s for 200 inputs, no notebook executed);
  * the per-notebook overhead: each kind's notebook run (from the --jobs 1 report) against the
    same work called directly from Python (``gongkai.pipeline.run`` + ``publish``) in one warm
    process, and a trivial notebook through papermill (kernel start + papermill alone).

The inputs are copies of the samples in ``raw/`` under varied names, written to a temporary
folder (never into the repository). Usage::

    python benchmarks/bench_batch.py                 # 200 inputs: a long run (tens of minutes)
    python benchmarks/bench_batch.py --inputs 12     # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, machine

KINDS = ("listing", "budget", "gazette")
SAMPLES = {"listing": ROOT / "raw/listing/qinghe-street-dibao-2026-10.pdf",
           "budget": ROOT / "raw/budget/dongyue-culture-tourism-2026-budget.pdf",
           "gazette": ROOT / "raw/gazette/dongyue-gazette-2026-11.pdf"}
BENCH_KEY = "bench-batch-key-0123456789abcdef"


def generate(raw: Path, n: int) -> dict[str, list[Path]]:
    """``n`` inputs, kinds in turn, as raw/<kind>/<name>-<i>.pdf (kind from the folder)."""
    made: dict[str, list[Path]] = {k: [] for k in KINDS}
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        target = raw / kind / f"{SAMPLES[kind].stem}-{i:03d}.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SAMPLES[kind], target)
        made[kind].append(target)
    return made


def gongkai(*args: str) -> tuple[float, subprocess.CompletedProcess]:
    exe = Path(sys.executable).with_name("gongkai")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "gongkai.cli"]
    start = time.perf_counter()
    result = subprocess.run(command + list(args), capture_output=True, text=True)
    return time.perf_counter() - start, result


def last_report(out: Path) -> dict:
    reports = sorted((out / ".runs").glob("*/report.json"), key=lambda p: p.stat().st_mtime)
    return json.loads(reports[-1].read_text(encoding="utf-8"))


def cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def batch(raw: Path, out: Path, *extra: str) -> tuple[float, dict]:
    """One ``gongkai batch`` as a data officer runs it; the report gets the CPU seconds it and
    its kernels used, and the load average of the machine (other work slows a wall time)."""
    cpu = cpu_children()
    wall, result = gongkai("batch", "--raw", str(raw), "--out", str(out), "--no-progress", *extra)
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], file=sys.stderr)
        raise SystemExit(f"gongkai batch {' '.join(extra)} failed ({result.returncode})")
    report = last_report(out)
    report["bench_cpu"] = cpu_children() - cpu
    report["bench_load"] = os.getloadavg()[0]
    return wall, report


DIRECT = r"""
import json, sys, time
t0 = time.perf_counter()
from gongkai import pipeline
imported = time.perf_counter() - t0
out, items = sys.argv[1], json.loads(sys.argv[2])
times = []
for kind, path in items:
    t = time.perf_counter()
    result = pipeline.run(kind, path)
    pipeline.publish(result, out)
    times.append([kind, time.perf_counter() - t])
print(json.dumps({"import": imported, "times": times}))
"""


def direct(items: list[tuple[str, str]], out: Path) -> dict:
    """The same work as the notebooks, called from Python in one process."""
    result = subprocess.run([sys.executable, "-c", DIRECT, str(out), json.dumps(items)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def bare_papermill(work: Path, repeats: int = 5) -> list[float]:
    """A two-cell notebook through papermill, as the batch runs it: kernel start + papermill."""
    import nbformat
    import papermill as pm
    from nbformat.v4 import new_code_cell, new_notebook

    nb = new_notebook(cells=[new_code_cell("x = 1", metadata={"tags": ["parameters"]}),
                             new_code_cell("x + 1")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nbformat.write(nb, work / "bare.ipynb")
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        pm.execute_notebook(str(work / "bare.ipynb"), str(work / "bare-out.ipynb"),
                            parameters={"x": 2}, kernel_name="python3", progress_bar=False)
        times.append(time.perf_counter() - start)
    return times


def breakdown(out: Path, report: dict) -> dict[str, dict]:
    """Where a notebook run's time goes, per kind (medians), from the scrubbed notebooks that
    papermill timed: the import cell, the pipeline cell, the other cells (displays, charts, the
    staging), and what is outside the cells (kernel start and stop, papermill, scrub, release
    gate, rename)."""
    parts: dict[str, dict[str, list[float]]] = {}
    folder = out / ".runs" / report["run_id"] / "notebooks"
    for o in report["outcomes"]:
        path = folder / f"{o['dataset']}.ipynb"
        if o["status"] != "published" or not path.exists():
            continue
        nb = json.loads(path.read_text(encoding="utf-8"))
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        durations = [float((c.get("metadata", {}).get("papermill") or {}).get("duration") or 0)
                     for c in code]
        src = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in code]
        setup = sum(d for d, t in zip(durations, src) if "import pandas" in t)
        work = sum(d for d, t in zip(durations, src) if "pipeline.run" in t)
        kind = parts.setdefault(o["kind"], {"imports": [], "pipeline": [], "other cells": [],
                                            "outside cells": []})
        kind["imports"].append(setup)
        kind["pipeline"].append(work)
        kind["other cells"].append(sum(durations) - setup - work)
        kind["outside cells"].append(o["seconds"] - sum(durations))
    return {k: {name: round(statistics.median(v), 2) for name, v in d.items() if v}
            for k, d in parts.items()}


DIRECT_SAMPLES = r"""
import json, sys, time
from pathlib import Path
start = time.perf_counter()
from gongkai import pipeline
from gongkai.batch import discover
imported = time.perf_counter() - start
calls = {}
for item in discover(Path(sys.argv[2])):
    t = time.perf_counter()
    options = {"dataset": item.dataset, "period": item.period}
    if item.kind == "table":
        options |= {"schema_name": item.schema, "sheet": item.sheet}
    pipeline.stage(pipeline.run(item.kind, item.path, **options), sys.argv[1])
    calls[item.key] = time.perf_counter() - t
print(json.dumps({"import": imported, "calls": calls, "total": time.perf_counter() - start}))
"""


def monthly(kinds: list[str] | None = None) -> int:
    """The monthly job as issue #18 states it, on the samples in raw/ (the three PDFs and the
    office spreadsheets), in one run:

    1. a bare ``gongkai batch`` in a folder holding raw/, after `make key` made the default key
       file (no key in the environment): every sample published?
    2. the same command again: unchanged inputs, no notebook run, in <= 5 s?
    3. ``gongkai batch --jobs 1 --force`` against the same pipeline in one Python process
       (``pipeline.run`` then ``pipeline.stage`` for each input, imports included): at most
       1.0 s more per input?
    """
    work = Path(tempfile.mkdtemp(prefix="gongkai-bench-monthly-"))
    home = work / "home"
    home.mkdir()
    shutil.copytree(ROOT / "raw", work / "raw")
    if kinds:               # only these kinds: their folders, and their entries in the manifest
        import yaml

        from gongkai.kinds import KINDS as ALL_KINDS

        for kind in set(ALL_KINDS) - set(kinds):
            for folder in ALL_KINDS[kind].folders:
                shutil.rmtree(work / "raw" / folder, ignore_errors=True)
        manifest = work / "raw" / "manifest.yaml"
        spec = yaml.safe_load(manifest.read_text(encoding="utf-8"))
        from gongkai.batch.inputs import kind_from_folders

        # an entry may leave its kind to its folder (tables/<schema>/), as the batch reads it
        spec["inputs"] = [e for e in spec["inputs"]
                          if (e.get("kind") or kind_from_folders(Path(e["path"]))[0]) in kinds]
        manifest.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    env = {k: v for k, v in os.environ.items()
           if k not in ("GONGKAI_PSEUDONYM_KEY", "GONGKAI_PSEUDONYM_KEY_FILE", "GONGKAI_CKAN_URL")}
    env["HOME"] = str(home)
    exe = Path(sys.executable).with_name("gongkai")
    ok = True
    try:
        print(f"{machine()}; {time.strftime('%Y-%m-%d %H:%M')}; load average {os.getloadavg()[0]:.2f}")
        subprocess.run([sys.executable, "-m", "gongkai.keyfile"], env=env, check=True,
                       capture_output=True)                 # what `make key` runs
        runs = {}
        for label, args in (("bare", []), ("rerun", []), ("force", ["--jobs", "1", "--force"])):
            cpu = cpu_children()
            start = time.perf_counter()
            result = subprocess.run([str(exe), "batch", "--no-progress", *args], cwd=work, env=env,
                                    capture_output=True, text=True)
            wall = time.perf_counter() - start
            report = last_report(work / "published")
            runs[label] = {"wall": wall, "cpu": cpu_children() - cpu, "rc": result.returncode,
                           "report": report}
            if result.returncode:
                print(result.stdout[-2000:], result.stderr[-2000:], file=sys.stderr)
        bare, rerun, force = runs["bare"]["report"], runs["rerun"]["report"], runs["force"]["report"]
        met1 = runs["bare"]["rc"] == 0 and bare["published"] == bare["inputs"] > 0
        print(f"1. bare `gongkai batch` with the key from ~/.config/gongkai/pseudonym.key: exit "
              f"{runs['bare']['rc']}, {bare['published']}/{bare['inputs']} published in "
              f"{runs['bare']['wall']:.1f} s: {'met' if met1 else 'NOT met'}")
        met2 = rerun["executed"] == 0 and runs["rerun"]["wall"] <= 5
        print(f"2. rerun, nothing changed: {runs['rerun']['wall']:.2f} s, {rerun['executed']} "
              f"notebooks run, {rerun['unchanged']} unchanged (target <= 5 s, none run): "
              f"{'met' if met2 else 'NOT met'}")
        items = force["outcomes"]
        cpu = cpu_children()
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", DIRECT_SAMPLES, str(work / "direct"),
                              str(work / "raw")], env=env, capture_output=True, text=True, check=True)
        direct_wall, direct_cpu = time.perf_counter() - start, cpu_children() - cpu
        direct_figures = json.loads(out.stdout.strip().splitlines()[-1])
        per_input = (runs["force"]["wall"] - direct_wall) / len(items)
        met3 = per_input <= 1.0
        print(f"3. `gongkai batch --jobs 1 --force`: {runs['force']['wall']:.2f} s wall, "
              f"{runs['force']['cpu']:.1f} CPU s (batch, kernels); the same pipeline in one "
              f"process: {direct_wall:.2f} s wall, {direct_cpu:.1f} CPU s (import "
              f"{direct_figures['import']:.2f} s, calls {sum(direct_figures['calls'].values()):.2f} s"
              f" for {len(direct_figures['calls'])} inputs); the batch costs {per_input:+.2f} s per "
              f"input (target <= 1.0): "
              f"{'met' if met3 else 'NOT met'}")
        force_dir = work / "published" / ".runs" / force["run_id"]
        parts = breakdown(work / "published", force)
        print("   where a notebook run's time goes (s): "
              + "; ".join(f"{k}: " + ", ".join(f"{n} {v:.2f}" for n, v in d.items())
                          for k, d in parts.items()))
        print(f"   load average at the end {os.getloadavg()[0]:.2f}; records in {force_dir}")
        ok = met1 and met2 and met3
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=200)
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time")
    parser.add_argument("--direct", type=int, default=30,
                        help="inputs (spread over the kinds) run directly from Python")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--monthly", action="store_true",
                        help="only the monthly job on the samples in raw/ (issue #18's figures)")
    parser.add_argument("--kinds", default=None,
                        help="with --monthly: only these kinds' samples (e.g. budget,gazette,listing)")
    args = parser.parse_args()
    if args.monthly:
        return monthly(args.kinds.split(",") if args.kinds else None)
    os.environ.setdefault("GONGKAI_PSEUDONYM_KEY", BENCH_KEY)
    work = Path(tempfile.mkdtemp(prefix="gongkai-bench-batch-"))
    figures: dict = {"machine": machine(), "date": time.strftime("%Y-%m-%d"), "inputs": args.inputs}
    try:
        raw = work / "raw"
        made = generate(raw, args.inputs)
        print(f"{args.inputs} inputs in {raw} ({', '.join(f'{k}: {len(v)}' for k, v in made.items())}); "
              f"{machine()}", flush=True)
        walls: dict[int, float] = {}
        reports: dict[int, dict] = {}
        for jobs in [int(j) for j in args.jobs.split(",")]:
            out = work / f"published-jobs{jobs}"
            walls[jobs], reports[jobs] = batch(raw, out, "--jobs", str(jobs))
            r = reports[jobs]
            print(f"--jobs {jobs}: {walls[jobs]:.1f} s wall for {r['inputs']} inputs "
                  f"({r['published']} published, {r['failed']} failed); "
                  f"{walls[jobs] / max(1, r['inputs']):.2f} s per input; {r['bench_cpu']:.0f} CPU s "
                  f"(batch + kernels; {r['bench_cpu'] / walls[jobs]:.2f} cores busy on average); "
                  f"load average at the end {r['bench_load']:.1f}", flush=True)
            if r["failed"]:
                print("  failures: " + "; ".join(o["reason"] for o in r["outcomes"] if o["reason"]))
        figures["wall"] = {str(k): round(v, 1) for k, v in walls.items()}
        figures["cpu"] = {str(k): round(r["bench_cpu"], 1) for k, r in reports.items()}
        figures["load"] = {str(k): round(r["bench_load"], 1) for k, r in reports.items()}
        if 1 in walls and 2 in walls:
            figures["speedup_2"] = round(walls[1] / walls[2], 2)
            print(f"speed-up --jobs 2 / --jobs 1: {figures['speedup_2']:.2f} (target >= 1.6)")

        # rerun with nothing changed: the last output folder
        last = max(walls)
        rerun_wall, rerun = batch(raw, work / f"published-jobs{last}", "--jobs", str(last))
        figures["rerun"] = {"wall": round(rerun_wall, 2), "executed": rerun["executed"],
                            "unchanged": rerun["unchanged"]}
        notebooks_dir = work / f"published-jobs{last}" / ".runs" / rerun["run_id"] / "notebooks"
        print(f"rerun, nothing changed: {rerun_wall:.2f} s wall, {rerun['executed']} notebooks "
              f"executed, {rerun['unchanged']} unchanged (target <= 5 s, 0 executed); "
              f"notebooks written: {len(list(notebooks_dir.glob('*'))) if notebooks_dir.exists() else 0}")

        # per-notebook overhead: notebook run time (jobs 1, or the first timed) vs direct
        base = reports.get(1) or reports[min(reports)]
        per_kind_nb = {k: [o["seconds"] for o in base["outcomes"]
                           if o["kind"] == k and o["status"] == "published"] for k in KINDS}
        sample = []
        for k in KINDS:
            sample += [(k, str(p)) for p in made[k][: max(1, args.direct // len(KINDS))]]
        d = direct(sample, work / "published-direct")
        per_kind_direct = {k: [t for kind, t in d["times"] if kind == k] for k in KINDS}
        bare = bare_papermill(work)
        figures["bare_papermill"] = round(statistics.median(bare), 2)
        figures["direct_import"] = round(d["import"], 2)
        figures["per_kind"] = {}
        print(f"\nper input, seconds (notebook: papermill run incl. scrub + gate + release, "
              f"--jobs {1 if 1 in reports else min(reports)}; direct: pipeline.run + publish in one "
              f"warm process, first call excluded)")
        print(f"{'kind':8} {'notebook':>9} {'direct':>8} {'overhead':>9} {'ratio':>6}")
        for k in KINDS:
            nb = statistics.mean(per_kind_nb[k]) if per_kind_nb[k] else float("nan")
            warm = per_kind_direct[k][1:] or per_kind_direct[k]
            dr = statistics.mean(warm) if warm else float("nan")
            figures["per_kind"][k] = {"notebook": round(nb, 2), "direct": round(dr, 2),
                                      "overhead": round(nb - dr, 2)}
            print(f"{k:8} {nb:9.2f} {dr:8.2f} {nb - dr:9.2f} {nb / dr if dr else float('nan'):6.1f}")
        base_jobs = 1 if 1 in reports else min(reports)
        figures["breakdown"] = breakdown(work / f"published-jobs{base_jobs}", base)
        print(f"\nwhere a notebook run's time goes (median s; --jobs {base_jobs}): "
              "imports = the notebook's import cell in the fresh kernel; pipeline = the "
              "pipeline.run cell (cold: its first call in that kernel); outside cells = kernel "
              "start/stop, papermill, scrub, release gate, rename")
        for k, d in figures["breakdown"].items():
            print(f"  {k:8} " + ", ".join(f"{name} {v:.2f}" for name, v in d.items()))
        print(f"trivial notebook through papermill (kernel start + papermill): "
              f"{figures['bare_papermill']:.2f} s (median of {len(bare)}); importing gongkai.pipeline "
              f"cold: {figures['direct_import']:.2f} s")
        ok = (figures.get("speedup_2", 99) >= 1.6 and rerun["executed"] == 0
              and (args.inputs < 200 or rerun_wall <= 5))
        print(f"\ntargets {'met' if ok else 'NOT met'}")
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2) + "\n")
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
