#!/usr/bin/env python3
"""Regenerate the sample PDFs and spreadsheets in raw/ and their ground truth in tests/truth/.

Usage: python scripts/make_samples.py [--raw DIR] [--truth DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "src")]  # the generators live beside src/, not in the package

from samples import FontMissingError, generate, generate_tables  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=REPO / "raw")
    ap.add_argument("--truth", type=Path, default=REPO / "tests" / "truth")
    args = ap.parse_args(argv)
    try:
        paths = generate(args.raw, args.truth) + generate_tables(args.raw, args.truth)
    except FontMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for p in paths:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
