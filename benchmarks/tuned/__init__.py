"""Tuning sets: generators the detectors are developed against (their figures are the *tuned*
column of benchmarks/README.md; the frozen sets in ``benchmarks/frozen`` are measured beside them)."""
