"""Split strategies: where each item starts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layout import TextLine, join_lines
from .families import _Rules
from .lines import _norm, _nospace
from .settings import TOL
from .toc import parse_toc
from .titles import (_is_item_title, _locate_title, _title_block, _title_line_count, decree_head, decree_title_at,
                     doc_number_above)

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
                # reported once the starts are settled (an annex title is dropped then)
                extra.append(_Start(k, _nospace(title), st.category, None, ["not_in_toc"], extra={
                    "problem": f"item {title!r} on page {content[k].page} is not in the 目录; kept as a flagged item"}))
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


def _heading_lines(content: list[TextLine], k: int, limit: int = 3) -> int:
    """Lines of a heading that wraps (DECRETO Nº 56 DE 26 DE OUTUBRO DE / 2020): the next lines
    of the same size and weight, close under it, on the same page and column."""
    n = 1
    while (n < limit and k + n < len(content) and content[k + n].page == content[k].page
           and content[k + n].col == content[k].col and content[k + n].bold == content[k].bold
           and abs(content[k + n].size - content[k].size) <= TOL.title_size_spread * content[k].size
           and content[k + n].top - content[k + n - 1].bottom < TOL.title_leading * content[k].size
           and not content[k + n].text.rstrip().endswith((":", "："))
           and not content[k + n - 1].text.rstrip().endswith(".")
           and not content[k + n].text.lstrip().startswith(("“", '"', "«"))):  # the act's summary (ementa)
        n += 1
    return n


def _split_markers(content: list[TextLine], rules: _Rules, problems: list[str]) -> list[_Start]:
    """Items between a start marker and an end marker; without an end marker in the family
    (``markers.end``), an item runs to the next start. ``markers.join_heading`` joins a wrapped
    heading into the title; with ``markers.merge_repeats``, a start repeating the one before
    (a banner over the act's own heading, a schedule's (Contd.) page) is the same item."""
    spec = rules.family.get("markers", {})
    start_re = re.compile(spec["start"])
    end_re = re.compile(spec["end"]) if spec.get("end") else None
    confirm = re.compile(spec["confirm"]) if spec.get("confirm") else None
    window = int(spec.get("confirm_within", 12))
    keys: list[str] = []
    starts: list[_Start] = []
    current: _Start | None = None
    skip_to = 0
    for k, ln in enumerate(content):
        if k < skip_to:
            continue
        text = ln.text.strip()
        if end_re is None:
            if start_re.search(text) and (confirm is None or any(
                    confirm.search(content[j].text) for j in range(k + 1, min(len(content), k + 1 + window)))):
                n = _heading_lines(content, k) if spec.get("join_heading") else 1
                title = join_lines([content[j].text.strip() for j in range(k, k + n)])
                key = re.sub(r"\W+", "", title.lower())
                skip_to = k + n
                if starts and spec.get("merge_repeats") and keys[-1] == key:
                    continue
                starts.append(_Start(k, title))
                keys.append(key)
            continue
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


# ---------------------------------------------------------------------------------------------
# Strategies as objects: a family's ``split`` list names them in the order they are tried; the
# first that applies gives the starts. One registry, so a family in YAML can name any of them.
# ---------------------------------------------------------------------------------------------


@dataclass
class SplitContext:
    """What a strategy reads: the issue's content lines (cover and 目录 pages left out), the
    body text size, the family's rules, the 目录's lines, the printed -> physical page maps,
    whether pages were OCRed (titles then match fuzzily), and the problems list it reports to."""

    content: list[TextLine]
    body: float
    rules: _Rules
    problems: list[str]
    toc_lines: list[TextLine] = field(default_factory=list)
    offset: int | None = None
    physical_of: dict[int, int] = field(default_factory=dict)
    fuzzy: bool = False
    others: tuple[str, ...] = ()   # the other strategies the family lists


class TocSplit:
    """Items where the 目录 says, each entry's title looked for on its printed page."""

    name = "toc"

    def starts(self, ctx: SplitContext) -> list[_Start] | None:
        if not ctx.toc_lines:
            return None
        entries = parse_toc(ctx.toc_lines, ctx.rules)
        if not entries:
            ctx.problems.append("目录 found but no entries could be read from it")
            return None
        return _split_toc(ctx.content, entries, ctx.offset, ctx.body, ctx.rules, ctx.fuzzy, ctx.problems,
                          ctx.physical_of)


class LayoutSplit:
    """Items where a title is printed: larger, centred, the kind of document at its end, a 文号
    or 主送 under it."""

    name = "layout"

    def starts(self, ctx: SplitContext) -> list[_Start] | None:
        if "toc" in ctx.others:
            ctx.problems.append("no 目录 found: items split by layout")
        return _split_layout(ctx.content, ctx.body, ctx.rules, ctx.problems)


class MarkerSplit:
    """Items between a start marker and an end marker (the family's ``markers``)."""

    name = "markers"

    def starts(self, ctx: SplitContext) -> list[_Start] | None:
        return _split_markers(ctx.content, ctx.rules, ctx.problems)


class HeadingSplit:
    """The generic splitter, for a document of no known family: an item starts at each
    heading, a short line set larger than the body text (or bold) that is not in a table."""

    name = "headings"

    def starts(self, ctx: SplitContext) -> list[_Start] | None:
        starts: list[_Start] = []
        k = 0
        content = ctx.content
        while k < len(content):
            ln = content[k]
            text = ln.text.strip()
            heading = (not ln.in_table and 3 <= len(_nospace(text)) <= 120
                       and (ln.size >= TOL.title_size * ctx.body or (ln.bold and len(text) <= 80))
                       and not text.endswith((".", "。", ",", "，")))
            if not heading:
                k += 1
                continue
            n = 1
            while (k + n < len(content) and content[k + n].page == ln.page
                   and abs(content[k + n].size - ln.size) <= TOL.title_size_spread * ln.size
                   and content[k + n].bold == ln.bold
                   and content[k + n].top - content[k + n - 1].bottom < TOL.title_leading * ln.size):
                n += 1
            starts.append(_Start(k, join_lines([content[j].text for j in range(k, k + n)])))
            k += n
        return starts


STRATEGIES = {s.name: s for s in (TocSplit(), LayoutSplit(), MarkerSplit(), HeadingSplit())}


def find_starts(strategies: list[str], ctx: SplitContext, family: str) -> tuple[list[_Start], str | None]:
    """The starts from the first of ``strategies`` that applies, and its name; starts of
    titled documents (目录 or layout) are then settled (:func:`settle_starts`)."""
    for name in strategies:
        strategy = STRATEGIES.get(name)
        if strategy is None:
            raise ValueError(f"unknown split strategy {name!r} in family {family}")
        found = strategy.starts(ctx)
        if found is not None:
            if name in ("toc", "layout"):
                found = settle_starts(found, ctx, from_toc=name == "toc")
            for st in found:
                if "problem" in st.extra:
                    ctx.problems.append(st.extra.pop("problem"))
            return found, name
    return [], None


def _cited_in(title: str, text: str) -> bool:
    """``title`` is named in ``text`` as a document it carries: 《title》 (印发, 转发) or after
    附件： (the annex list)."""
    t = _norm(title)
    if len(t) < 4:
        return False
    return f"《{t}》" in text or bool(re.search(r"附件\d*[:：]" + re.escape(t), text))


def settle_starts(starts: list[_Start], ctx: SplitContext, from_toc: bool) -> list[_Start]:
    """Where each titled item really begins, and which titles are not items.

    - A decree (政府令) begins at its heading, and the 规章 under its signature is its title,
      not an item of its own (the 目录 names the 规章, the page shows the heading first).
    - A 文号 printed right above a title belongs to that item (a house style).
    - A title the item before names as the document it carries (《...》 after 印发/转发, or
      after 附件：) is that item's annex or forwarded text, not a new item; only a start the
      目录 does not vouch for is dropped so.
    """
    content, rules, body = ctx.content, ctx.rules, ctx.body
    by_idx = {st.idx: st for st in starts}
    # decrees
    for i in range(len(content) - 1):
        head = decree_head(content, i, rules)
        if head is None:
            continue
        t = decree_title_at(content, i, body, rules)
        inside = [by_idx[k] for k in sorted(by_idx) if i <= k <= (t if t is not None else i)]
        vouched = next((st for st in inside if st.idx == t), None) or next(iter(inside), None)
        if t is not None:
            n = _title_block(content, t, body)
            printed_title = _nospace(join_lines([content[j].text for j in range(t, t + n)]))
        else:
            printed_title = _nospace(content[i].text)
        for st in inside:
            by_idx.pop(st.idx, None)
        merged = _Start(i, printed_title, None, None, [])
        if vouched is not None:
            merged.category, merged.doc_number = vouched.category, vouched.doc_number
            merged.flags = list(vouched.flags)
            merged.extra = dict(vouched.extra)
            if vouched.idx == t or (from_toc and "title_mismatch" not in vouched.flags):
                merged.title = vouched.title
            else:
                merged.flags = [f for f in merged.flags if f != "title_mismatch"]
        elif from_toc:
            merged.flags.append("not_in_toc")
            ctx.problems.append(f"decree {head['doc_number']} on page {content[i].page} is not in the 目录; "
                                "kept as a flagged item")
        merged.extra["decree"] = head
        by_idx[i] = merged
    # a 文号 over the title
    for idx in sorted(by_idx):
        st = by_idx[idx]
        if "decree" in st.extra or idx - 1 in by_idx:
            continue
        if doc_number_above(content, idx, rules):
            by_idx.pop(idx)
            st.idx = idx - 1
            by_idx[st.idx] = st
    # annexes and forwarded texts
    ordered = [by_idx[k] for k in sorted(by_idx)]
    kept: list[_Start] = []
    for n, st in enumerate(ordered):
        vouched = from_toc and not ({"not_in_toc", "title_mismatch"} & set(st.flags))
        if kept and not vouched and "decree" not in st.extra:
            prev = kept[-1]
            text = "".join(_norm(content[j].text) for j in range(prev.idx, st.idx))
            if _cited_in(st.title, text):
                prev.extra.setdefault("carries", []).append(st.title)
                continue
        kept.append(st)
    return kept
