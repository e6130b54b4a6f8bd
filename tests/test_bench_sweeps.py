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
