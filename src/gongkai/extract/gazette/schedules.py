"""Schedules printed as labelled columns (Sri Lanka's Gazette Extraordinary: Column I duties and
functions, Column II departments and institutions, Column III laws), read from an item's lines.

The page reader has already cut the page into columns (``TextLine.col``); here each column is
named by the label printed at its head (the family's ``schedule.columns``), and the numbered
entries under it are joined over their wrapped lines. A heading naming the office the schedule
belongs to (``schedule.heading``) starts a new record; the same heading on a (Contd.) page
continues it. Offices named elsewhere in the item (a list of appointments, ``schedule.office``)
are collected too, without columns.
"""

from __future__ import annotations

import re

from ..layout import TextLine, join_lines


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".;,").strip()


def read_schedules(lines: list[TextLine], spec: dict) -> tuple[list[dict], list[str]]:
    """(records, offices): one record per heading with its columns' entries, and every office
    the item names (headings included), in order, without repeats."""
    heading = re.compile(spec["heading"])
    office = re.compile(spec.get("office", spec["heading"]))
    entry = re.compile(spec.get("entry", r"^(?:\d+\.|•)\s*"))
    skip = re.compile(spec["skip"]) if spec.get("skip") else None
    labels = {key: re.compile(p) for key, p in (spec.get("columns") or {}).items()}
    records: dict[str, dict] = {}
    offices: list[str] = []
    current: dict | None = None
    col_key: dict[tuple[int, int], str] = {}   # (page, col) -> record key of that column
    started: set[tuple[int, int]] = set()       # columns whose first entry has been seen
    open_entry: dict[tuple[int, int], tuple[list, float]] = {}
    k = 0
    while k < len(lines):
        ln = lines[k]
        text = ln.text.strip()
        where = (ln.page, ln.col)
        if skip and skip.search(text):
            k += 1
            continue
        m = heading.match(text) or office.match(text)
        if m:
            name = m.group("value")
            # a wrapped office name: the next line in the same column, set further right or
            # flush, short, with no number of its own
            while (k + 1 < len(lines) and lines[k + 1].page == ln.page and lines[k + 1].col == ln.col
                   and not entry.match(lines[k + 1].text.strip()) and len(lines[k + 1].text.strip()) <= 40
                   and lines[k + 1].x0 >= ln.x0 - 1 and lines[k + 1].top - ln.bottom < 1.2 * ln.size
                   and lines[k + 1].text.strip()[:1].isupper() and not heading.match(lines[k + 1].text.strip())
                   and not any(p.match(lines[k + 1].text.strip()) for p in labels.values())):
                k += 1
                name = join_lines([name, lines[k].text.strip()])
            name = _clean(name)
            if name not in offices:
                offices.append(name)
            if heading.match(text):
                current = records.setdefault(name, {"office": name, **{key: [] for key in labels}})
            k += 1
            continue
        label = next((key for key, p in labels.items() if p.match(text)), None)
        if label is not None:
            col_key[where] = label
            started.discard(where)
            open_entry.pop(where, None)
            if current is None:  # a schedule without a heading: one record, office unknown
                current = records.setdefault("", {"office": None, **{key: [] for key in labels}})
            k += 1
            continue
        key = col_key.get(where)
        if key is not None and current is not None:
            m = entry.match(text)
            if m:
                started.add(where)
                current[key].append(_clean(text[m.end():]))
                open_entry[where] = (current[key], ln.x0)
            elif where in started and where in open_entry and current[key]:
                # a wrapped entry, or (no entry marks in this column) a new one after a full stop
                target, _ = open_entry[where]
                if target and not re.search(r"(\.|\d{4})$", target[-1]):
                    target[-1] = _clean(join_lines([target[-1], text]))
                else:
                    target.append(_clean(text))
            elif where not in started and key == spec.get("unmarked") and text[:1].isupper():
                started.add(where)
                current[key].append(_clean(text))
                open_entry[where] = (current[key], ln.x0)
        k += 1
    return list(records.values()), offices
