"""Split strategies: where each item starts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .families import _Rules
from ..layout import TextLine, join_lines
from .lines import _norm, _nospace
from .titles import _is_item_title, _locate_title, _title_line_count

@dataclass
class _Start:
    idx: int
    title: str
    category: str | None = None
    doc_number: str | None = None
    flags: list[str] = field(default_factory=list)
    end: int | None = None       # exclusive end when the item ends before the next start
    extra: dict = field(default_factory=dict)


def _split_toc(content: list[TextLine], entries: list[dict], offset: int | None, body: float,
               rules: _Rules, fuzzy: bool, problems: list[str],
               physical_of: dict[int, int] | None = None) -> list[_Start]:
    physical_of = physical_of or {}
    starts: list[_Start] = []
    taken: set[int] = set()
    missing = []
    paged = all(e["printed_page"] is not None for e in entries) and offset is not None
    # the body may not follow the 目录's order: each entry is looked for on its own page; without
    # page numbers (or without the page offset), entries are looked for in order
    after = 0
    for entry in (sorted(entries, key=lambda e: e["printed_page"]) if paged else entries):
        physical = physical_of.get(entry["printed_page"], entry["printed_page"] + offset) if paged else None
        idx = _locate_title(entry["title"], content, physical, 0 if paged else after, body, fuzzy)
        if idx is None or idx in taken:
            missing.append((entry, physical))
            continue
        taken.add(idx)
        after = idx + 1
        starts.append(_Start(idx, entry["title"], entry.get("category"), entry.get("doc_number"), []))
    for entry, physical in missing:
        if physical is None:
            problems.append(f"item {entry['title']!r} of the 目录 not found in the issue")
            continue
        # a title printed on that page that no entry claimed: the 目录 words it differently
        printed = None
        for i in range(len(content)):
            if i in taken or content[i].page not in (physical, physical + 1):
                continue
            count = _is_item_title(content, i, body, rules, strict=False)
            if count:
                printed = (i, _nospace(join_lines([content[j].text for j in range(i, i + count)])))
                break
        if printed is not None:
            problems.append(f"item {entry['title']!r} (printed page {entry['printed_page']}) is printed as "
                            f"{printed[1]!r}; kept with the printed title, flagged")
            taken.add(printed[0])
            starts.append(_Start(printed[0], printed[1], entry.get("category"), entry.get("doc_number"),
                                 ["title_mismatch"], extra={"toc_title": entry["title"]}))
            continue
        # not found on its page: keep it, flagged, from the first line of its page that no
        # other item starts on
        problems.append(f"item {entry['title']!r} (printed page {entry['printed_page']}, physical "
                        f"{physical}): title not found on its page; kept as a flagged item")
        first = next((i for i in range(len(content)) if content[i].page >= physical and i not in taken), None)
        if first is None:
            continue
        taken.add(first)
        starts.append(_Start(first, entry["title"], entry.get("category"), entry.get("doc_number"),
                             ["title_not_found"]))
    starts.sort(key=lambda s: s.idx)
    # items printed in the body but missing from the 目录
    extra: list[_Start] = []
    for n, st in enumerate(starts):
        stop = starts[n + 1].idx if n + 1 < len(starts) else len(content)
        k = st.idx + _title_line_count(content[st.idx:stop], st.title, body)
        while k < stop:
            count = _is_item_title(content, k, body, rules, strict=True)
            if count:
                title = join_lines([content[j].text for j in range(k, k + count)])
                extra.append(_Start(k, _nospace(title), st.category, None, ["not_in_toc"]))
                problems.append(f"item {title!r} on page {content[k].page} is not in the 目录; kept as a flagged item")
                k += count
            else:
                k += 1
    return sorted(starts + extra, key=lambda s: s.idx)


def _split_layout(content: list[TextLine], body: float, rules: _Rules, problems: list[str]) -> list[_Start]:
    starts: list[_Start] = []
    category = None
    k = 0
    while k < len(content):
        ln = content[k]
        section = rules.section_of(ln.text) if len(_norm(ln.text)) <= 16 else None
        if section:
            category = re.sub(r"^[【\[［〔]|[】\]］〕]$", "", _nospace(ln.text))
            k += 1
            continue
        count = _is_item_title(content, k, body, rules, strict=False)
        if count:
            title = join_lines([content[j].text for j in range(k, k + count)])
            starts.append(_Start(k, _nospace(title), category))
            k += count
            continue
        k += 1
    return starts


def _split_markers(content: list[TextLine], rules: _Rules, problems: list[str]) -> list[_Start]:
    spec = rules.family.get("markers", {})
    start_re = re.compile(spec["start"])
    end_re = re.compile(spec["end"])
    confirm = re.compile(spec["confirm"]) if spec.get("confirm") else None
    window = int(spec.get("confirm_within", 12))
    starts: list[_Start] = []
    current: _Start | None = None
    for k, ln in enumerate(content):
        text = ln.text.strip()
        m_end = end_re.search(text)
        if m_end and current is not None:
            current.end = k + 1
            number = re.sub(r"\s*[–—-]\s*", "-", m_end.group("doc_number"))
            current.extra["end_marker"] = text
            current.doc_number = number
            current.extra.update({key: v for key, v in m_end.groupdict().items() if key != "doc_number" and v})
            current = None
            continue
        if start_re.search(text) and (confirm is None or any(
                confirm.search(content[j].text) for j in range(k + 1, min(len(content), k + 1 + window)))):
            if current is not None:
                current.flags.append("no_end_marker")
                current.end = k
                problems.append(f"item {current.title!r} has no end marker before the next item "
                                f"(page {ln.page}); kept as a flagged item")
            current = _Start(k, text)
            starts.append(current)
    if current is not None:
        current.flags.append("incomplete")
        problems.append(f"item starting on page {content[current.idx].page} has no end marker: "
                        "the issue ends (or was cut) before the item does")
    return starts
