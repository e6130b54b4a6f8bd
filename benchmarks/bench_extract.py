"""Budget extraction speed against the bare pdfplumber parse of the same files, same run.

For each cn_budget PDF of the corpus: the baseline opens it with pdfplumber and reads every
page's characters (the parse any extraction must pay); gongkai then extracts every table,
titles, units, stitches, parses amounts and codes and checks the identities. Prints seconds,
pages/s and the ratio (target: <= 1.3x), plus tables found and identities held.
"""

from __future__ import annotations

import sys
import time

import pdfplumber

from common import corpus_dir, machine, peak_rss_mb

from gongkai.extract.budget import budget_frame, check_identities


def bare_parse(path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.chars  # noqa: B018 - the parse is the point
        return len(pdf.pages)


def main() -> int:
    corpus = corpus_dir()
    if corpus is None:
        print("bench_extract: corpus not found (set GONGKAI_CORPUS or put it at ../shared/corpus); skipped")
        return 0
    files = sorted((corpus / "cn_budget").glob("*.pdf"))
    print(f"bench_extract on {machine()}: {len(files)} cn_budget PDFs")
    print(f"{'file':55} {'pages':>5} {'bare s':>7} {'gongkai s':>9} {'ratio':>6} {'tables':>6} {'identities':>11}")
    total_bare = total_full = 0.0
    total_pages = 0
    for path in files:
        t0 = time.perf_counter()
        pages = bare_parse(path)
        bare = time.perf_counter() - t0
        t0 = time.perf_counter()
        lines, classified, _ = budget_frame(path)
        results = check_identities(lines)
        full = time.perf_counter() - t0
        held = sum(r["ok"] for r in results)
        total_bare, total_full, total_pages = total_bare + bare, total_full + full, total_pages + pages
        print(f"{path.name:55} {pages:5d} {bare:7.2f} {full:9.2f} {full / bare:6.2f} "
              f"{len(classified):6d} {held:5d}/{len(results):<5d}")
    print(f"{'total':55} {total_pages:5d} {total_bare:7.2f} {total_full:9.2f} "
          f"{total_full / total_bare:6.2f}   pages/s bare {total_pages / total_bare:.1f}, "
          f"gongkai {total_pages / total_full:.1f}; peak RSS {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
