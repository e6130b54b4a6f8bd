"""Frozen test sets: generators written apart from the project's samples, which no rule is tuned on.

Each set is generated at bench time into ``benchmarks/.cache/`` (never committed) and scored by
the benchmark of its area; the figures on these sets are the ones that count.
"""
