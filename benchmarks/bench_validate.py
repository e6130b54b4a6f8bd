"""Validation speed: the column-wise engine against frictionless-py on a 城乡低保 listing.

    .venv/bin/python benchmarks/bench_validate.py              # 10k, 100k and 1,000,000 rows
    .venv/bin/python benchmarks/bench_validate.py --rows 50000 # quick: 500, 5k and 50k rows

For each size a synthetic listing (invented people, valid resident IDs, 0.1% of the rows with
planted errors of several kinds) is written as UTF-8 CSV and validated, each run in a fresh
process so that its peak memory is its own, side by side:

* ``frictionless``: ``frictionless.Resource(...).validate()`` with the duplicate-row check, as
  gongkai's frictionless engine runs it (row by row);
* ``columns``: ``gongkai.validate.validate_csv(..., engine="columns")``: the same checks
  column-wise *plus* the domain checks (resident IDs, phones, hotline);
* ``cli``: what ``gongkai validate`` does (read_table with encoding and header detection,
  normalise, validate_frame on the column engine, domain checks).

It checks that both engines report the same errors (type, row, field) and prints the speed-up
(target >= 5x at 1,000,000 rows), peak RSS, and rows/s per size (linear growth: similar rows/s
from 10k to 1M). Imports are done before timing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from common import machine  # noqa: E402

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁")
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华金凤建国兴旺成萍玉红")
COMMUNITIES = ["柳泉社区", "杏林村", "石桥村", "东关社区", "河畔社区", "北苑社区", "南湖村", "西营村"]
AREAS = ["379902", "379903", "379904", "379905", "379921"]
WEIGHTS = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
CHECK = np.array(list("10X98765432"))


def _digits(values: np.ndarray, width: int) -> np.ndarray:
    """Zero-padded decimal strings of non-negative integers, as an (n,) array of str."""
    return np.char.zfill(values.astype(str), width)


def make_listing(n: int, seed: int = 2026) -> pd.DataFrame:
    """An invented 城乡低保 listing under the schema's Chinese headers, 0.1% rows with errors."""
    rng = np.random.default_rng(seed)
    surname = np.array(SURNAMES)[rng.integers(0, len(SURNAMES), n)]
    given1 = np.array(GIVEN)[rng.integers(0, len(GIVEN), n)]
    given2 = np.where(rng.random(n) < 0.6, np.array(GIVEN)[rng.integers(0, len(GIVEN), n)], "")
    names = np.char.add(np.char.add(surname, given1), given2)
    born = rng.integers(date(1935, 1, 1).toordinal(), date(2008, 12, 31).toordinal(), n)
    dates = pd.to_datetime(pd.Series(born - date(1970, 1, 1).toordinal()), unit="D").dt.strftime("%Y%m%d")
    first17 = np.char.add(np.char.add(np.array(AREAS)[rng.integers(0, len(AREAS), n)],
                                      dates.to_numpy().astype(str)), _digits(rng.integers(0, 1000, n), 3))
    d = np.frombuffer(first17.astype("S17").tobytes(), dtype=np.uint8).reshape(n, 17) - 48
    ids = np.char.add(first17, CHECK[(d * WEIGHTS).sum(axis=1) % 11])
    phones = np.char.add(np.array(["139", "158", "186", "133"])[rng.integers(0, 4, n)],
                         _digits(rng.integers(0, 10 ** 8, n), 8))
    community = np.array(COMMUNITIES)[rng.integers(0, len(COMMUNITIES), n)]
    address = np.char.add(np.char.add(community, rng.integers(1, 40, n).astype(str)), "号")
    size = rng.integers(1, 7, n)
    amount = size * 630
    remarks = np.where(rng.random(n) < 0.02, "重度残疾", "")
    frame = pd.DataFrame({
        "序号": np.arange(1, n + 1).astype(str), "户主姓名": names, "身份证号码": ids, "联系电话": phones,
        "居住社区(村)": community, "家庭住址": address, "保障人数": size.astype(str),
        "救助金额（元）": amount.astype(str), "备注": remarks, "监督举报电话": "0538-6120000"})
    bad = rng.choice(n, size=max(n // 1000, 8), replace=False)
    kinds = np.arange(len(bad)) % 8
    for row, kind in zip(bad, kinds):
        if kind == 0:
            frame.iat[row, 2] = ids[row][:-1] + ("0" if ids[row][-1] != "0" else "1")
        elif kind == 1:
            frame.iat[row, 6] = "三"
        elif kind == 2:
            frame.iat[row, 7] = "-630"
        elif kind == 3:
            frame.iat[row, 4] = ""
        elif kind == 4:
            frame.iat[row, 0] = "1"
        elif kind == 5:
            frame.iat[row, 3] = "1390538"
        elif kind == 6:
            frame.iloc[row] = frame.iloc[(row + 1) % n]
        else:
            frame.iat[row, 6] = "25"
    return frame


def write_listing(n: int, folder: Path) -> tuple[Path, Path]:
    """(CSV under the schema's field names, CSV under Chinese headers in GB18030)."""
    from gongkai.validate.schema import load_schema

    names = [f["name"] for f in load_schema("dibao-listing")["fields"]]
    plain = folder / f"listing-{n}.csv"
    chinese = folder / f"listing-{n}-gb18030.csv"
    if not plain.exists():
        frame = make_listing(n)
        frame.to_csv(chinese, index=False, encoding="gb18030")
        frame.columns = names
        frame.to_csv(plain, index=False, encoding="utf-8")
    return plain, chinese


# --- one measurement, in a child process ----------------------------------------------------------

def _rss_mb(field: str = "VmRSS") -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def child(engine: str, path: str) -> None:
    import importlib

    for module in ("gongkai.validate.columns", "gongkai.validate.domain", "gongkai.validate.tabular"):
        importlib.import_module(module)                          # imported before timing
    from gongkai.validate.schema import frictionless_schema, load_schema
    from gongkai.validate import normalise, validate_csv, validate_frame
    from gongkai.validate.frame import _run_frictionless
    from gongkai.validate.tabular import read_table
    from frictionless import Schema

    schema = load_schema("dibao-listing")
    Schema.from_descriptor(frictionless_schema(schema))          # imports and jsonschema warm
    base = _rss_mb()
    start = time.perf_counter()
    if engine == "frictionless":
        errors, rows, *_ = _run_frictionless(Path(path), frictionless_schema(schema),
                                             limit_errors=10 ** 7)
    elif engine == "columns":
        report = validate_csv(Path(path), schema, engine="columns", limit_errors=10 ** 7)
        errors, rows = report.errors, report.rows
    else:
        frame = read_table(Path(path), schema)
        report = validate_frame(normalise(frame, schema), schema, limit_errors=10 ** 7)
        errors, rows = report.errors, report.rows
    seconds = time.perf_counter() - start
    keys = sorted({(e["type"], e["rowNumber"], e.get("fieldName") or "") for e in errors})
    print(json.dumps({"engine": engine, "seconds": seconds, "rows": rows, "errors": len(errors),
                      "base_mb": base, "peak_mb": _rss_mb("VmHWM"), "keys": keys}))


# A small launcher between this process and the command measured: a child's peak RSS
# (ru_maxrss) includes what it held before exec, i.e. the RSS of the process that forked it;
# forked from this benchmark (hundreds of MB of generated data) every command would seem at
# least that large. The launcher is a bare Python of about 10 MB.
LAUNCHER = """
import json, os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    if sys.argv[2] != "-":
        fd = os.open(sys.argv[2], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(fd, 1)
    os.chdir(sys.argv[3])
    os.execv(sys.argv[4], sys.argv[4:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    json.dump({"seconds": time.perf_counter() - start, "cpu": usage.ru_utime + usage.ru_stime,
               "peak_mb": usage.ru_maxrss / 1024,
               "returncode": os.waitstatus_to_exitcode(status)}, out)
"""


def run_cli(command: list[str], stdout: Path | None = None, cwd: Path | None = None) -> dict:
    """A whole command, from start to exit: wall seconds, CPU seconds and its own peak RSS."""
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        subprocess.run([sys.executable, "-c", LAUNCHER, result.name, str(stdout or "-"),
                        str(cwd or Path.cwd())] + command, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return json.loads(Path(result.name).read_text())


def cli_pair(plain: Path, chinese: Path) -> dict:
    """``frictionless validate`` and ``gongkai validate`` from the file to the JSON report, as
    an officer runs them; the errors of the checks both run (all but duplicate-row and the
    domain checks, which frictionless's CLI does not run) must be the same."""
    from gongkai.validate.schema import frictionless_schema, load_schema

    bindir = Path(sys.executable).parent
    folder = plain.parent
    schema_file = folder / "dibao-listing.frictionless.json"   # beside the data: a "safe" path
    schema_file.write_text(json.dumps(frictionless_schema(load_schema("dibao-listing")),
                                      ensure_ascii=False), encoding="utf-8")
    fl_json, gk_json, gk_cn_json = (folder / "fl.json", folder / "gk.json", folder / "gk-cn.json")
    fl = run_cli([str(bindir / "frictionless"), "validate", "--schema", schema_file.name,
                  plain.name, "--json"], stdout=fl_json, cwd=folder)
    gk = run_cli([str(bindir / "gongkai"), "validate", str(plain), "--schema", "dibao-listing",
                  "--json", str(gk_json)])
    gk_cn = run_cli([str(bindir / "gongkai"), "validate", str(chinese), "--schema",
                     "dibao-listing", "--json", str(gk_cn_json)])
    task = json.loads(fl_json.read_text(encoding="utf-8"))["tasks"][0]
    fl_keys = sorted((e["type"], e.get("rowNumber"), e.get("fieldName") or "") for e in task["errors"])
    skip = DOMAIN_TYPES | {"duplicate-row"}
    same = True
    for report in (gk_json, gk_cn_json):
        errors = json.loads(report.read_text(encoding="utf-8"))["errors"]
        keys = sorted((e["type"], e.get("rowNumber"), e.get("fieldName") or "") for e in errors
                      if e["type"] not in skip)
        same &= keys == fl_keys
    for p in (fl_json, gk_json, gk_cn_json, schema_file):
        p.unlink(missing_ok=True)
    return {"frictionless": fl, "gongkai": gk, "gongkai_cn": gk_cn, "same": same,
            "fl_errors": len(fl_keys)}


def measure(engine: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", engine, str(path)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


DOMAIN_TYPES = {"cn-resident-id", "cn-phone", "cn-hotline"}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="largest size (default 1M)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, default=None, help="folder for the generated CSVs")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI-path column")
    parser.add_argument("--cli-only", action="store_true",
                        help="only the whole commands (skip the engine-alone comparison)")
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    sizes = sorted({max(args.rows // 100, 500), max(args.rows // 10, 1000), args.rows})
    folder = args.keep or Path(tempfile.mkdtemp(prefix="gongkai-bench-validate-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}; load average {os.getloadavg()[0]:.2f}; {date.today()}")
    results = []
    ok = True
    if not args.cli_only:
        print(f"{'rows':>10} | {'frictionless':>22} | {'columns (+domain)':>22} | {'speed-up':>8} | "
              f"{'cli path':>18} | same errors")
        for n in sizes:
            t = time.perf_counter()
            plain, chinese = write_listing(n, folder)
            gen = time.perf_counter() - t
            fl = measure("frictionless", plain)
            col = measure("columns", plain)
            cli = None if args.no_cli else measure("cli", chinese)
            col_keys = {tuple(k) for k in col["keys"] if k[0] not in DOMAIN_TYPES}
            same = {tuple(k) for k in fl["keys"]} == col_keys
            ok &= same
            speed = fl["seconds"] / col["seconds"]
            results.append((n, fl, col, cli, speed))

            def cell(m):
                return (f"{m['seconds']:7.2f} s {n / m['seconds'] / 1000:6.0f}k/s "
                        f"{m['peak_mb']:5.0f} MB")
            cli_text = (f"{cli['seconds']:6.2f} s {cli['peak_mb']:5.0f} MB" if cli else "-")
            print(f"{n:>10,} | {cell(fl)} | {cell(col)} | {speed:7.1f}x | {cli_text:>18} | "
                  f"{'yes' if same else 'NO'} ({fl['errors']} errors; generated in {gen:.1f} s)", flush=True)
        if len(results) >= 2:
            small, big = results[-2], results[-1]
            per_row_small = small[2]["seconds"] / small[0]
            per_row_big = big[2]["seconds"] / big[0]
            print(f"columns: {per_row_small * 1e6:.2f} µs/row at {small[0]:,} rows, "
                  f"{per_row_big * 1e6:.2f} µs/row at {big[0]:,} (ratio {per_row_big / per_row_small:.2f}; "
                  "1.0 is linear)")
        final = results[-1]
        print(f"engine alone at {final[0]:,} rows: columns {final[4]:.1f}x faster than frictionless; "
              f"peak RSS {final[1]['peak_mb']:.0f} MB vs {final[2]['peak_mb']:.0f} MB")

    # the whole command, from the file to the report: the target
    print(f"\nfrom file to report (whole commands; load average {os.getloadavg()[0]:.2f}):")
    print(f"{'rows':>10} | {'frictionless validate':>30} | {'gongkai validate':>30} | "
          f"{'speed-up':>8} | {'GB18030, Chinese headers':>30} | same errors")
    met = True
    for n in sizes:
        plain, chinese = write_listing(n, folder)
        pair = cli_pair(plain, chinese)
        fl, gk, cn = pair["frictionless"], pair["gongkai"], pair["gongkai_cn"]
        ok &= pair["same"]

        def cell(m):
            return f"{m['seconds']:6.2f} s ({m['cpu']:5.2f} CPU s) {m['peak_mb']:5.0f} MB"
        speed = fl["seconds"] / gk["seconds"]
        print(f"{n:>10,} | {cell(fl)} | {cell(gk)} | {speed:7.1f}x | {cell(cn)} | "
              f"{'yes' if pair['same'] else 'NO'} ({pair['fl_errors']} errors)", flush=True)
        if n == sizes[-1]:
            met = speed >= 5 and gk["peak_mb"] <= fl["peak_mb"]
            print(f"target at {n:,} rows (gongkai validate >= 5x frictionless validate, peak RSS "
                  f"not above): {'met' if met else 'NOT met'} ({speed:.1f}x wall, "
                  f"{fl['cpu'] / gk['cpu']:.1f}x CPU; {gk['peak_mb']:.0f} MB vs "
                  f"{fl['peak_mb']:.0f} MB); GB18030 with Chinese headers "
                  f"{fl['seconds'] / cn['seconds']:.1f}x, {cn['peak_mb']:.0f} MB")
    if args.keep is None:
        for p in folder.glob("*.csv"):
            p.unlink()
        folder.rmdir()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
