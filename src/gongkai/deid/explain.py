"""Which rule of the name detector found each name: a view for people tuning it.

``find_names`` answers with hits (kind, span, detector) and nothing about why; its rules are many
small functions in :mod:`gongkai.deid.names`. :func:`explain_names` runs it once with the module's
``Hit`` constructor wrapped, so that every hit records the function that built it, and returns each
final hit with the names of the functions that built a hit of that span. Most Chinese names are
built by ``_chinese_hits`` from what ``_candidate`` decided; for those the rule is the line of
``_candidate``'s ``return`` that gave the span (``_candidate:1234``, read beside the code), with
``+tagger`` when jieba's tagger had the last word. Like pdfplumber's debug images it changes
nothing it looks at: the answer's hits are those ``find_names`` gives.

Not for the pipeline: the wrap swaps a module global for the duration of one call (not thread-safe)
and costs a frame lookup per hit. ``benchmarks/bench_names.py --why`` tallies the rules over the
tuned sets: names found and look-alikes altered per rule, the precision a rule has on text written
by others.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from . import names as _names
from .detectors import Hit

UNKNOWN = "?"    # a final hit no recorded constructor call built with that span (a merged span)


@contextlib.contextmanager
def _recording() -> Iterator[tuple[list[tuple[int, int, str]], dict[tuple[int, int], str]]]:
    made: list[tuple[int, int, str]] = []
    decided: dict[tuple[int, int], str] = {}      # (start, end) -> "_candidate:line[+tagger]"
    real = _names.Hit
    candidate = _names._candidate.__code__

    def recorded_hit(kind: str, start: int, end: int, detector: str) -> Hit:
        caller = sys._getframe(1)
        name = caller.f_code.co_name
        if name.startswith("<"):          # a comprehension: name the function it runs in
            name = caller.f_back.f_code.co_name + name
        made.append((start, end, name))
        return real(kind, start, end, detector)

    def on_event(frame, event, arg):
        if event == "return" and frame.f_code is candidate and arg is not None:
            start = frame.f_locals.get("i")
            end, needs_tagger = arg
            if isinstance(start, int):
                decided[(start, end)] = f"_candidate:{frame.f_lineno}" + ("+tagger" if needs_tagger else "")

    _names.Hit = recorded_hit
    previous = sys.getprofile()
    sys.setprofile(on_event)
    try:
        yield made, decided
    finally:
        sys.setprofile(previous)
        _names.Hit = real


def explain_names(text: str, **kwargs) -> list[tuple[Hit, tuple[str, ...]]]:
    """``find_names(text, **kwargs)``, each hit with the rules (function names) that built it."""
    with _recording() as (made, decided):
        hits = _names.find_names(text, **kwargs)
    out = []
    for h in hits:
        rules = sorted({decided.get((start, end), fn) if fn.startswith("_chinese_hits") else fn
                        for start, end, fn in made if start == h.start and end == h.end})
        out.append((h, tuple(rules) or (UNKNOWN,)))
    return out
