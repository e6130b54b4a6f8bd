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
    the item names (headings included), in order, without repeats.

    A line belongs to the column whose label's centre is nearest its own centre (the labels of
    the last page that printed them: a (Contd.) page may not); a numbered or bulleted line opens
    an entry, the lines under it continue it."""
    heading = re.compile(spec["heading"])
    office = re.compile(spec.get("office", spec["heading"]))
    entry = re.compile(spec.get("entry", r"^(?:\d+\.|•)\s*"))
    skip = re.compile(spec["skip"]) if spec.get("skip") else None
    signatory = re.compile(spec["signatory"]) if spec.get("signatory") else None
    labels = {key: re.compile(p) for key, p in (spec.get("columns") or {}).items()}
    records: dict[str, dict] = {}
    offices: list[str] = []
    current: dict | None = None
    centres: dict[str, float] = {}       # label -> x centre, from the last page that printed it
    started: set[str] = set()            # columns whose first entry has been seen
    pending: set[str] = set()            # columns whose entry number came without its text
    consumed: set[int] = set()           # lines read as the rest of an office's name
    k = 0
    while k < len(lines):
        ln = lines[k]
        text = ln.text.strip()
        if not text or (skip and skip.search(text)):
            k += 1
            continue
        m = heading.match(text) or office.match(text)
        if m and not (signatory and k > 0 and signatory.match(lines[k - 1].text.strip())):
            name = m.group("value")
            # a wrapped office name: the next line in the same column, short, capitalised, no
            # number of its own
            while (k + 1 < len(lines) and lines[k + 1].page == ln.page and lines[k + 1].col == ln.col
                   and not entry.match(lines[k + 1].text.strip()) and len(lines[k + 1].text.strip()) <= 40
                   and lines[k + 1].x0 >= ln.x0 - 1 and lines[k + 1].top - ln.bottom < 1.2 * ln.size
                   and lines[k + 1].text.strip()[:1].isupper() and not heading.match(lines[k + 1].text.strip())
                   and not any(p.match(lines[k + 1].text.strip()) for p in labels.values())):
                k += 1
                name = join_lines([name, lines[k].text.strip()])
            # ... or a name the column cut: the rest of its row, in the next columns
            rest = [x for x in lines if x.page == ln.page and x.col > ln.col >= 0
                    and abs(x.top - ln.top) < 0.5 * ln.size and x.text.strip()[:1].islower()]
            for x in sorted(rest, key=lambda x: x.x0):
                name = join_lines([name, x.text.strip()])
                consumed.add(id(x))
            name = _clean(name)
            if name not in offices:
                offices.append(name)
            if heading.match(text):
                current = records.setdefault(name, {"office": name, **{key: [] for key in labels}})
                started, pending = set(), set()
            k += 1
            continue
        if m:  # an office in a signature: not a schedule's
            k += 1
            continue
        if id(ln) in consumed:
            k += 1
            continue
        parts = re.split(r"\s{2,}", text)
        row = [next((key for key, p in labels.items() if p.match(part)), None) for part in parts]
        if len(parts) > 1 and all(row):
            # the labels printed as one row: each at its share of the row's width
            centres = {}
            width, pos = max(1, len(text)), 0
            for part, key in zip(parts, row):
                at = text.index(part, pos)
                centres[key] = ln.x0 + (ln.x1 - ln.x0) * (at + len(part) / 2) / width
                pos = at + len(part)
            started, pending = set(), set()
            if current is None:
                current = records.setdefault("", {"office": None, **{key: [] for key in labels}})
            k += 1
            continue
        label = next((key for key, p in labels.items() if p.match(text)), None)
        if label is not None:
            if not any(lines[j].page == ln.page and any(p.match(lines[j].text.strip()) for p in labels.values())
                       for j in range(max(0, k - 8), k)):
                centres = {}  # the first label of a page: this page's labels replace the last page's
            centres[label] = (ln.x0 + ln.x1) / 2
            started.discard(label)
            pending.discard(label)
            if current is None:  # a schedule without a heading: one record, its office unread
                current = records.setdefault("", {"office": None, **{key: [] for key in labels}})
            k += 1
            continue
        if current is None or not centres or ln.col < 0:
            k += 1
            continue
        mid = (ln.x0 + ln.x1) / 2
        key = min(centres, key=lambda c: abs(centres[c] - mid))
        target = current[key]
        m = entry.match(text)
        if m:
            if text[m.end():].strip():
                started.add(key)
                target.append(_clean(text[m.end():]))
            else:  # the number alone: the column cut it from its text, which comes next
                pending.add(key)
        elif key in pending:
            pending.discard(key)
            started.add(key)
            target.append(_clean(text))
        elif key in started and target:
            # a wrapped entry; in a column without entry marks, a new one after a full stop
            if key == spec.get("unmarked") and re.search(r"(\.|\d{4})$", target[-1]):
                target.append(_clean(text))
            else:
                target[-1] = _clean(join_lines([target[-1], text]))
        elif key == spec.get("unmarked") and text[:1].isupper():
            started.add(key)
            target.append(_clean(text))
        k += 1
    return [r for r in records.values() if r["office"] or any(r[key] for key in labels)], offices
