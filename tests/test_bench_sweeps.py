"""Smoke test of benchmarks/bench_sweeps.py: `all --quick`, cut to a few units per part, prints
the four sweeps with their figures. (The tuned part only: the held-out part is measured rarely.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_sweeps.py"
FRACTION = re.compile(r"\d[\d,]*/[\d,]+ \d+\.\d+%")


def test_all_quick_prints_four_sweeps_with_figures():
    out = subprocess.run([sys.executable, str(BENCH), "all", "--quick", "--limit", "3", "--jobs", "1"],
                         capture_output=True, text=True, timeout=300, check=True).stdout
    sections = re.split(r"^== ", out, flags=re.M)[1:]
    assert [s.split(":", 1)[0] for s in sections] == ["lexicon", "names", "english", "notices"]
    figures = {"lexicon": "sentences altered", "names": "no cue: found",
               "english": "names found", "notices": "officials altered"}
    for section in sections:
        name = section.split(":", 1)[0]
        line = next(ln for ln in section.splitlines() if ln.strip().startswith(figures[name]))
        assert FRACTION.search(line), line
        assert "worst frames (tuned)" in section


def test_units_from_an_earlier_commit_reads_that_commit_s_lists(tmp_path):
    """--units-from REV unpacks the detector's lists of REV: the units are built from them, so a
    list changed since REV does not change the sentences compared."""
    sys.path.insert(0, str(BENCH.parent))
    import bench_sweeps

    root = BENCH.parents[1]
    if subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True).returncode:
        import pytest

        pytest.skip("not a git checkout")
    unpacked = bench_sweeps.units_from("HEAD")
    head_surnames = subprocess.run(["git", "-C", str(root), "show", "HEAD:src/gongkai/deid/surnames.tsv"],
                                   capture_output=True, text=True, check=True).stdout
    assert (unpacked / "surnames.tsv").read_text(encoding="utf-8") == head_surnames
    saved = bench_sweeps.DEID
    try:
        bench_sweeps.DEID = unpacked
        from gongkai.deid.names import _SINGLE
        assert bench_sweeps.surname_chars() == frozenset(_SINGLE) or (
            root / "src/gongkai/deid/surnames.tsv").read_text(encoding="utf-8") != head_surnames
    finally:
        bench_sweeps.DEID = saved
