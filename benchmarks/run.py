"""``make bench``: run every benchmarks/bench_*.py in turn, each in its own process.

``make bench`` uses quick sizes where a full run takes long (the batch benchmark's 200 inputs
take about 25 minutes on 2 cores; the gazette benchmark's frozen set scores one of its scanned
issues); ``make bench-full`` (``run.py --full``) runs every benchmark
at the size its target is stated for.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
QUICK = {"bench_batch.py": ["--inputs", "30"], "bench_deid.py": ["--rows", "200000"],
         "bench_gazette.py": ["--frozen-scans", "1"], "bench_sweeps.py": ["all", "--quick"]}
FULL = {"bench_batch.py": ["--inputs", "200"], "bench_deid.py": ["--rows", "1000000"],
        "bench_gazette.py": ["--frozen-scans", "all"], "bench_sweeps.py": ["all"]}


def main() -> int:
    full = "--full" in sys.argv[1:]
    sizes = FULL if full else QUICK
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n=== {script.name} ===", flush=True)
        failed += subprocess.call([sys.executable, str(script), *sizes.get(script.name, [])],
                                  cwd=HERE) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
