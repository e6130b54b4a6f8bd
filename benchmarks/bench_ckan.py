"""Benchmark: publishing to CKAN with gongkai.publish.ckan, then re-publishing unchanged.

    python benchmarks/bench_ckan.py                  # 100 datasets of 20 rows
    python benchmarks/bench_ckan.py --datasets 20 --rows 1000 --keep

Against the local CKAN of ``scripts/ckan-dev up`` (or ``$CKAN_URL`` with ``$CKAN_API_TOKEN`` /
``$CKAN_API_TOKEN_FILE``). Each generated dataset is a real released Data Package written with
gongkai's own ``write_package``: one CSV (integer, text, number, date, boolean columns with
Chinese titles), two reports and a small run-record notebook, so every publish uploads the CSV,
its XLSX copy, ``datapackage.json``, the reports and the notebook as HTML, and loads the
DataStore. Phase 1 publishes all of them, phase 2 publishes them again unchanged (must upload
nothing), then everything is purged (unless ``--keep``).

With no CKAN reachable it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import machine  # noqa: E402

TOWNS = ["东关街道", "杏园村", "河畔社区", "北坛镇", "西营镇", "柳埠镇"]
SCHEMA = {
    "title": "基准测试明细表",
    "primaryKey": ["seq"],
    "fields": [
        {"name": "seq", "title": "序号", "type": "integer"},
        {"name": "town", "title": "乡镇（街道）", "type": "string"},
        {"name": "amount", "title": "金额（元）", "type": "number"},
        {"name": "day", "title": "日期", "type": "date"},
        {"name": "done", "title": "是否完成", "type": "boolean"},
    ],
}


def find_ckan() -> tuple[str, str | None]:
    url = os.environ.get("CKAN_URL") or "http://127.0.0.1:%s" % os.environ.get("CKAN_DEV_PORT", "5055")
    token = os.environ.get("CKAN_API_TOKEN")
    token_file = os.environ.get("CKAN_API_TOKEN_FILE") or str(
        Path(os.environ.get("CKAN_DEV_HOME") or ROOT / ".ckan-dev") / "api-token")
    if not token and Path(token_file).is_file():
        token = Path(token_file).read_text(encoding="utf-8").strip() or None
    return url.rstrip("/"), token


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/api/3/action/status_show", timeout=5) as r:
            return bool(json.load(r).get("success"))
    except (OSError, ValueError):
        return False


def make_package(folder: Path, name: str, rows: int, seed: int) -> Path:
    import nbformat
    import pandas as pd

    from gongkai.package import DatasetResult, ResourceData, add_run_record, write_package

    frame = pd.DataFrame({
        "seq": list(range(1, rows + 1)),
        "town": [TOWNS[(i * 7 + seed) % len(TOWNS)] for i in range(rows)],
        "amount": [round(500 + 13.75 * ((i * 31 + seed) % 997), 2) for i in range(rows)],
        "day": [f"2026-{(i % 12) + 1:02d}-{(i % 28) + 1:02d}" for i in range(rows)],
        "done": [bool((i + seed) % 3) for i in range(rows)],
    })
    result = DatasetResult(
        name=name, title=f"基准测试数据集 {seed:03d}", kind="bench",
        resources=[ResourceData("lines", frame, SCHEMA, title=f"基准测试明细 {seed:03d}")],
        source={"path": f"raw/bench-{seed:03d}.pdf", "sha256": "%064x" % (seed + 1)},
        period="2026-10", description="gongkai CKAN 发布基准测试（生成数据）。",
        reports={"validation": {"valid": True, "rows": rows}, "deidentification": {"columns": []}})
    write_package(result, folder, run_id="bench-run")
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_markdown_cell(f"# 基准测试 {seed:03d}"),
                nbformat.v4.new_code_cell("len(frame)", execution_count=1, outputs=[
                    nbformat.v4.new_output("execute_result", data={"text/plain": str(rows)},
                                           execution_count=1)])]
    path = folder / "run" / f"{name}.ipynb"
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    add_run_record(folder, path)
    return folder


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def phase_line(label: str, results: list, wall: float) -> str:
    secs = [r.seconds for r in results]
    calls = [r.calls for r in results]
    uploads = sum(r.uploads for r in results)
    mb = sum(r.bytes_uploaded for r in results) / 1e6
    return (f"{label:22} {len(results):4d} datasets  {wall:7.1f} s total  "
            f"{statistics.mean(secs):6.3f} s/dataset (p50 {pct(secs, .5):.3f}, p95 {pct(secs, .95):.3f})  "
            f"{statistics.mean(calls):5.1f} API calls/dataset  {uploads:4d} uploads ({mb:.2f} MB)  "
            f"retries {sum(r.retries for r in results)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--datasets", type=int, default=100)
    parser.add_argument("--rows", type=int, default=20)
    parser.add_argument("--keep", action="store_true", help="do not purge what was published")
    args = parser.parse_args()

    url, token = find_ckan()
    if not answers(url):
        print(f"bench_ckan: no CKAN answers at {url} -- nothing measured. Start one with "
              "`scripts/ckan-dev up` (or set CKAN_URL and CKAN_API_TOKEN).")
        return 0
    if not token:
        print(f"bench_ckan: CKAN answers at {url} but no API token was found (CKAN_API_TOKEN or "
              "CKAN_API_TOKEN_FILE) -- nothing measured.")
        return 0

    import ckanapi

    from gongkai.publish.ckan import publish_to_ckan

    run = uuid.uuid4().hex[:8]
    org = f"gk-bench-{run}"
    admin = ckanapi.RemoteCKAN(url, apikey=token, user_agent="gongkai-bench")
    print(f"bench_ckan: {args.datasets} datasets x {args.rows} rows -> {url} "
          f"(organization {org}); {machine()}")
    names: list[str] = []
    failed = 0
    with tempfile.TemporaryDirectory(prefix="gongkai-bench-ckan-") as tmp:
        started = time.perf_counter()
        folders = []
        for i in range(args.datasets):
            name = f"gk-bench-{run}-{i:03d}"
            folders.append(make_package(Path(tmp) / name, name, args.rows, i))
        print(f"  generated {len(folders)} Data Packages in {time.perf_counter() - started:.1f} s")
        try:
            first, again = [], []
            t0 = time.perf_counter()
            for folder in folders:
                first.append(publish_to_ckan(folder, url, token=token, org=org))
                names.append(first[-1].dataset)
            wall_first = time.perf_counter() - t0
            t0 = time.perf_counter()
            for folder in folders:
                again.append(publish_to_ckan(folder, url, token=token, org=org))
            wall_again = time.perf_counter() - t0

            calls_by_action: dict[str, int] = {}
            for r in first:
                for k, v in r.api_calls.items():
                    calls_by_action[k] = calls_by_action.get(k, 0) + v
            print(phase_line("publish (new)", first, wall_first))
            print(phase_line("re-publish (unchanged)", again, wall_again))
            print("  API calls of the first publish, by action: " + ", ".join(
                f"{k} {v / len(first):.1f}" for k, v in sorted(calls_by_action.items())) + " per dataset")
            print(f"  resources per dataset: {statistics.mean(r.count('create', 'resource') for r in first):.0f} "
                  f"(CSV, XLSX, datapackage.json, 2 reports, notebook HTML) + 1 DataStore table")
            uploads_again = sum(r.uploads for r in again)
            changed_again = sum(r.changed for r in again)
            if uploads_again or changed_again:
                print(f"  FAIL: the unchanged re-publish uploaded {uploads_again} files and changed "
                      f"{changed_again} datasets (expected 0 and 0)")
                failed = 1
            else:
                print("  unchanged re-publish: 0 uploads, 0 datasets changed (as required)")
        finally:
            if args.keep:
                print(f"  kept {len(names)} datasets in organization {org}")
            else:
                t0 = time.perf_counter()
                for name in names:
                    try:
                        admin.action.dataset_purge(id=name)
                    except ckanapi.NotFound:
                        pass
                try:
                    admin.action.organization_purge(id=org)
                except ckanapi.NotFound:
                    pass
                print(f"  purged {len(names)} datasets and the organization in "
                      f"{time.perf_counter() - t0:.1f} s")
    return failed


if __name__ == "__main__":
    sys.exit(main())
