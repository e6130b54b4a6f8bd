"""Benchmark: deidentify_frame on a synthetic 城乡低保 listing against a naive per-cell baseline.

    python benchmarks/bench_deid.py                 # 200,000 rows
    python benchmarks/bench_deid.py --rows 1000000  # the target: <= 10 s
    python benchmarks/bench_deid.py --baseline-rows 100000 --tracemalloc

The listing has 8 columns plus a free-text 备注: 户主姓名, 身份证号, 联系电话 (mobile and landline
in every separator style), 家庭住址, 保障人数, 救助金额, 银行卡号, 监督举报电话 (declared keep), 备注
(a quarter of the rows carry an ID, a phone, a name or an address inside the text). All names and
numbers are invented (seeded); IDs and cards carry valid check characters.

The baseline applies the same methods and the same detectors cell by cell (``Series.map`` with
the transform and a full ``find_all`` on every cell, no vectorised first pass, no distinct-value
mapping). Peak memory is the growth of the process's maximum resident set (``ru_maxrss``) during
the call; ``--tracemalloc`` adds a second, slower run that reports Python's own peak allocation.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from gongkai.deid import deidentify_frame  # noqa: E402
from gongkai.deid.detectors import find_all, redact_text  # noqa: E402
from gongkai.deid.methods import (MASKERS, Pseudonymiser, band_labels,  # noqa: E402
                                  generalise_address, normalise_for_pseudonym)

KEY = b"benchmark-key-not-a-secret-0001"

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘")
COMPOUND = ["欧阳", "司马", "诸葛", "上官"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志")
STREETS = ["清河", "东关", "西城", "南苑", "北园", "文化", "解放", "和平"]
COMMUNITIES = ["青松", "翠柳", "丰收", "幸福", "新华", "建设", "光明", "团结", "朝阳", "振兴"]
TOWNS = ["柳埠", "仲宫", "西营", "港沟"]
VILLAGES = ["张庄", "李家", "王官", "刘营", "前屯", "后寨"]
AREA = ["370102", "370103", "370104", "370105", "370112", "370181", "370124", "370126"]
REMARKS = ["因病致贫", "2026年10月起享受", "残疾人家庭", "无", "单亲家庭", "重度残疾",
           "岳政发〔2026〕8号文件调整", "预算科目2080201"]
WEIGHTS = np.array([7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
CHECK = np.array(list("10X98765432"))


def _digits_to_str(d: np.ndarray) -> list[str]:
    """Rows of digits (uint8) -> list of strings."""
    return (d + ord("0")).astype(np.uint8).view(f"S{d.shape[1]}").ravel().astype(str).tolist()


def make_listing(n: int, seed: int = 2026) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    # names
    sur = np.array(SURNAMES, dtype=object)[rng.integers(0, len(SURNAMES), n)]
    comp = rng.random(n) < 0.03
    sur[comp] = np.array(COMPOUND, dtype=object)[rng.integers(0, len(COMPOUND), comp.sum())]
    g1 = np.array(GIVEN, dtype=object)[rng.integers(0, len(GIVEN), n)]
    g2 = np.array(GIVEN, dtype=object)[rng.integers(0, len(GIVEN), n)]
    two = rng.random(n) < 0.6
    names = [s + a + (b if t else "") for s, a, b, t in zip(sur, g1, g2, two)]
    # resident IDs with valid check characters
    area = np.array([[int(c) for c in a] for a in AREA], dtype=np.int64)[rng.integers(0, len(AREA), n)]
    born = np.datetime64("1930-01-01") + rng.integers(0, 80 * 365, n).astype("timedelta64[D]")
    ymd = pd.to_datetime(born).strftime("%Y%m%d").to_numpy(dtype=str)
    birth = np.frombuffer("".join(ymd).encode(), dtype=np.uint8).reshape(n, 8).astype(np.int64) - 48
    seq = rng.integers(0, 10, (n, 3))
    body = np.concatenate([area, birth, seq], axis=1)
    check = CHECK[(body * WEIGHTS).sum(axis=1) % 11]
    ids = [b + c for b, c in zip(_digits_to_str(body), check)]
    # phones in every style; a tenth are landlines
    mob = np.concatenate([np.ones((n, 1), np.int64), rng.integers(3, 10, (n, 1)),
                          rng.integers(0, 10, (n, 9))], axis=1)
    mob_s = _digits_to_str(mob)
    style = rng.integers(0, 10, n)
    phones = []
    for m, st in zip(mob_s, style):
        if st < 4:
            phones.append(m)
        elif st < 6:
            phones.append(f"{m[:3]}-{m[3:7]}-{m[7:]}")
        elif st < 8:
            phones.append(f"{m[:3]} {m[3:7]} {m[7:]}")
        elif st < 9:
            phones.append(f"+86 {m}")
        else:
            phones.append(f"0531-8{m[4:11]}")
    # addresses
    kind = rng.random(n) < 0.7
    st_i = rng.integers(0, len(STREETS), n)
    co_i = rng.integers(0, len(COMMUNITIES), n)
    b_i, u_i, r_i = rng.integers(1, 40, n), rng.integers(1, 6, n), rng.integers(101, 1802, n)
    addresses = [f"{STREETS[s]}街道{COMMUNITIES[c]}社区{b}号楼{u}单元{r}室" if k else
                 f"{TOWNS[s % 4]}镇{VILLAGES[c % 6]}村{u}组{b}号"
                 for k, s, c, b, u, r in zip(kind, st_i, co_i, b_i, u_i, r_i)]
    # bank cards: 19 digits, 62 prefix, Luhn check digit
    card = np.concatenate([np.tile([6, 2], (n, 1)), rng.integers(0, 10, (n, 16))], axis=1)
    rev = card[:, ::-1]
    dbl = rev[:, 0::2] * 2
    dbl = np.where(dbl > 9, dbl - 9, dbl)
    total = dbl.sum(axis=1) + rev[:, 1::2].sum(axis=1)
    card = np.concatenate([card, ((10 - total % 10) % 10)[:, None]], axis=1)
    cards = _digits_to_str(card)
    # remarks
    r = rng.random(n)
    pick = rng.integers(0, len(REMARKS), n)
    remarks = []
    for i in range(n):
        x = r[i]
        if x < 0.5:
            remarks.append("")
        elif x < 0.75:
            remarks.append(REMARKS[pick[i]])
        elif x < 0.85:
            remarks.append(f"代领人{names[(i * 7) % n]}，身份证{ids[(i * 13) % n]}，电话{mob_s[(i * 3) % n]}")
        elif x < 0.92:
            remarks.append(f"由女儿{names[(i * 11) % n]}代领")
        else:
            remarks.append(f"家住{addresses[(i * 5) % n]}，联系电话{phones[i]}")
    community = [f"{COMMUNITIES[c]}社区" for c in co_i]
    return pd.DataFrame({
        "户主姓名": names,
        "身份证号": ids,
        "联系电话": phones,
        "家庭住址": addresses,
        "保障人数": rng.integers(1, 7, n),
        "救助金额": np.round(rng.uniform(200, 2500, n), 2),
        "银行卡号": cards,
        "监督举报电话": [f"0531-8690{1000 + c}" for c in co_i],
        "备注": remarks,
    }).astype({"户主姓名": "str", "身份证号": "str", "联系电话": "str", "家庭住址": "str",
               "银行卡号": "str", "监督举报电话": "str", "备注": "str"}).assign(居住社区=community)


SCHEMA = {
    "fields": [
        {"name": "户主姓名", "pii": "person_name", "deidentify": {"method": "mask"}},
        {"name": "身份证号", "pii": "cn_resident_id", "deidentify": {"method": "keyed_pseudonym"}},
        {"name": "联系电话"},                                   # header guess: phone, mask
        {"name": "家庭住址", "pii": "address", "deidentify": {"method": "generalise"}},
        {"name": "保障人数", "type": "integer"},
        {"name": "救助金额", "type": "number",
         "deidentify": {"method": "generalise", "bands": [0, 500, 1000, 2000]}},
        {"name": "银行卡号", "pii": "bank_card"},                # default: suppress the values
        {"name": "监督举报电话", "pii": "phone", "deidentify": {"method": "keep"}},
        {"name": "备注"},                                       # header guess: free_text, redact
        {"name": "居住社区"},
    ],
    "deidentification": {"quasi_identifiers": ["居住社区", "保障人数", "救助金额"], "k": 2},
}


def naive(df: pd.DataFrame) -> pd.DataFrame:
    """Same methods and detectors, one Python call per cell, no first pass, no dedup."""
    pseudo = Pseudonymiser(KEY)
    out = {}

    def sweep(v):
        if not isinstance(v, str) or not v:
            return v
        return redact_text(v, find_all(v))

    out["户主姓名"] = df["户主姓名"].map(lambda v: sweep(MASKERS["person_name"](v)))
    out["身份证号"] = df["身份证号"].map(
        lambda v: sweep(pseudo(normalise_for_pseudonym(v, "cn_resident_id"))))
    out["联系电话"] = df["联系电话"].map(lambda v: sweep(MASKERS["phone"](v)))
    out["家庭住址"] = df["家庭住址"].map(lambda v: sweep(generalise_address(v)))
    out["保障人数"] = df["保障人数"].map(lambda v: sweep(str(v)))
    out["救助金额"] = pd.Series(band_labels(df["救助金额"].to_numpy(float), [0, 500, 1000, 2000]),
                            index=df.index).map(sweep)
    out["银行卡号"] = df["银行卡号"].map(lambda v: None)
    out["监督举报电话"] = df["监督举报电话"]
    out["备注"] = df["备注"].map(sweep)
    out["居住社区"] = df["居住社区"].map(sweep)
    return pd.DataFrame(out)


def maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1024 / 1024 if sys.platform == "darwin" else rss / 1024


def _status_mb(field: str) -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


class PeakRSS:
    """Peak resident memory during a block, above what the process held when it began.

    On Linux the kernel's high-water mark is reset first (``/proc/self/clear_refs``), so the
    peak belongs to the block; elsewhere ``ru_maxrss`` is used, which only shows a peak above
    every earlier one."""

    def __enter__(self):
        self.start = _status_mb("VmRSS")
        self.reset = False
        try:
            Path("/proc/self/clear_refs").write_text("5")
            self.reset = True
        except OSError:
            self.before = maxrss_mb()
        return self

    def __exit__(self, *exc):
        if self.reset and self.start is not None:
            self.peak = _status_mb("VmHWM")
            self.growth = self.peak - self.start
        else:
            self.peak = maxrss_mb()
            self.growth = max(self.peak - self.before, 0)
        return False


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--baseline-rows", type=int, default=None,
                    help="rows for the naive baseline (default: same as --rows; it is slow)")
    ap.add_argument("--tracemalloc", action="store_true",
                    help="also report Python's peak allocation (a second, slower run)")
    ap.add_argument("--seed", type=int, default=2026)
    args, _unknown = ap.parse_known_args(argv)      # benchmarks/run.py passes its own args on
    n = args.rows
    nb = args.baseline_rows or n

    t0 = time.perf_counter()
    df = make_listing(n, seed=args.seed)
    print(f"generated {n:,} rows x {df.shape[1]} columns in {time.perf_counter() - t0:.1f} s")
    gc.collect()

    frame_mb = df.memory_usage(deep=True).sum() / 1024 / 1024
    with PeakRSS() as mem:
        t0 = time.perf_counter()
        out, report = deidentify_frame(df, SCHEMA, key=KEY)
        fast = time.perf_counter() - t0
    print(f"deidentify_frame: {fast:.2f} s, {n / fast:,.0f} rows/s, peak memory "
          f"+{mem.growth:.0f} MB over the {mem.start or 0:.0f} MB process "
          f"(input frame {frame_mb:.0f} MB)")
    changed = {f["field"]: f["values_changed"] for f in report["fields"]}
    print("  values changed:", changed)
    print("  sweep hits:", [(h["field"], h["detector"], h["count"]) for h in report["undeclared_hits"]])
    risk = report["risk"]
    print(f"  k: before {risk.get('k_before')}, after {risk.get('k_after')}, "
          f"records suppressed {risk.get('records_suppressed')}")
    leftovers = sum(len(find_all(v)) for v in out["备注"].dropna().head(20000))
    print(f"  detections left in the first 20,000 备注 cells: {leftovers}")
    del out
    gc.collect()

    sub = df.iloc[:nb]
    with PeakRSS() as mem:
        t0 = time.perf_counter()
        base = naive(sub)
        slow = time.perf_counter() - t0
    print(f"naive per-cell baseline ({nb:,} rows): {slow:.2f} s, {nb / slow:,.0f} rows/s, "
          f"peak memory +{mem.growth:.0f} MB")
    print(f"ratio (baseline rows/s vs deidentify_frame rows/s): "
          f"{(n / fast) / (nb / slow):.1f}x faster")
    del base

    if args.tracemalloc:
        gc.collect()
        tracemalloc.start()
        deidentify_frame(df, SCHEMA, key=KEY)
        _cur, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"tracemalloc peak during deidentify_frame: {peak / 1024 / 1024:.0f} MB "
              f"(input frame {frame_mb:.0f} MB)")
    target = n / 1_000_000 * 10
    if n >= 1_000_000:
        print(f"target for {n:,} rows: <= {target:.0f} s -> {'met' if fast <= target else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
