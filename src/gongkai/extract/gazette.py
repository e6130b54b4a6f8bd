"""Gazette issues (政府公报) split into items, each with its metadata.

The pipeline, page by page and then over the issue:

1. Words come from the text layer (pdfplumber) or, on pages without one, from OCR
   (:mod:`gongkai.extract.ocr`, Tesseract TSV); both become the same word boxes.
2. Words are grouped into rows; rows repeated in the page margins (running headers, page-number
   footers) are set aside and give the printed page numbers, hence the printed -> physical
   offset. Column gutters are found from the words, and lines are built per column and put in
   reading order (full-width lines and ruled tables cut the page into bands; inside a band,
   column by column).
3. The issue is split by the family's strategies (rules as data in ``gazette_families/*.yaml``):
   the 目录 (entries with printed pages, located on their page by their title), else the
   layout (title lines: larger, centred, the kind of document at the end, a 文号 or 主送 after
   them), or end markers (the Federal Register's ``[FR Doc. ...]``). Items start mid-page and
   span pages; an item whose title cannot be found is kept as a flagged item with its pages,
   never merged silently into its neighbour.
4. Each item's metadata comes from its own lines: 文号 (raw and parsed), 主送, issuers (joint
   issuers split), 成文日期, disclosure, 抄送, embedded tables, the full text reflowed.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import yaml

from ..errors import InputError
from ..text import is_cjk
from .parsers import parse_any_date, parse_cn_date, parse_doc_number, to_simplified
from .source import open_pdf, page_has_text
from .tables import extract_page_tables, stitch

FAMILY_DIR = Path(__file__).resolve().parents[1] / "gazette_families"
DEFAULT_FAMILY = "cn-provincial"

_FOOTER_NUM_RE = re.compile(r"^[^\w\d]*[-—–一_~·•・.]*\s*第?\s*(\d{1,5})\s*页?\s*[-—–一_~·•・.]*[^\w\d]*$")
_EDGE_NUM_RE = re.compile(r"^[^\w]*(\d{1,5})[^\w\s]*\s+\S|\S\s+[^\w\s]*(\d{1,5})[^\w]*$")
_TOC_ENTRY_RE = re.compile(r"^(?P<title>.+?)[\s\.．·…⋯_\-—一。,，:：]{2,}\s*(?P<page>\d{1,4})$")
_TOC_DOCNUM_TAIL_RE = re.compile(r"[（(〈《【\[]([^（()）〈《]*[〔\[［（(【]\s*\d{4}\s*[〕\]］）)】]+\s*\d+\s*[号號])[）)〉》】\]]?$")
_DATE_ONLY_RE = re.compile(r"[\d〇○零OoＯ一二三四五六七八九十年月日]+")


def fold(text: str) -> str:
    """Text in simplified characters for comparisons (the original is what the output keeps)."""
    return to_simplified(text)


def _norm(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", fold(text))


def _nospace(text: str) -> str:
    return re.sub(r"[\s\u3000]", "", text)


# ---------------------------------------------------------------------------------------------
# Families
# ---------------------------------------------------------------------------------------------


class UnknownFamily(InputError, ValueError):
    """The gazette family asked for is neither shipped nor a readable YAML file."""


def list_families() -> list[str]:
    return sorted(p.stem for p in FAMILY_DIR.glob("*.yaml"))


@lru_cache(maxsize=None)
def _load_family_file(path: str) -> dict:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "name" not in data:
        raise ValueError(f"{path}: not a gazette family (needs at least 'name')")
    return data


def load_family(family: str | Path | dict | None = None) -> dict:
    """A family's rules: a name shipped in ``gazette_families/``, a YAML path, or a dict."""
    if isinstance(family, dict):
        return family
    if family is None:
        family = DEFAULT_FAMILY
    path = Path(family)
    if not path.suffix:
        path = FAMILY_DIR / f"{family}.yaml"
    if not path.is_file():
        raise UnknownFamily(f"unknown gazette family {family!r} (known: {', '.join(list_families())})")
    return dict(_load_family_file(str(path.resolve())))


def detect_family(text: str) -> dict:
    """The family whose ``detect`` patterns match ``text`` (the first pages); the most specific
    (longest matching pattern) wins; the default family otherwise (marked ``_fallback``)."""
    best: tuple[int, dict] | None = None
    simple = fold(text)
    for name in list_families():
        fam = load_family(name)
        for pattern in fam.get("detect", []):
            match = re.search(pattern, simple)
            if match and (best is None or len(match.group(0)) > best[0]):
                best = (len(match.group(0)), fam)
    if best:
        return best[1]
    return dict(load_family(DEFAULT_FAMILY), _fallback=True)


# ---------------------------------------------------------------------------------------------
# Lines
# ---------------------------------------------------------------------------------------------


@dataclass
class Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    text: str
    col: int = 0                 # column index on its page; -1 for a full-width line
    col_left: float = 0.0        # the column's text edges (for indents and reflow)
    col_right: float = 0.0
    conf: float | None = None    # OCR: mean word confidence (0-100); None for a text layer
    bold: bool = False
    in_table: bool = False


@dataclass
class _Word:
    x0: float
    x1: float
    top: float
    bottom: float
    text: str
    size: float
    conf: float | None = None
    bold: bool = False
    in_table: bool = False

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


_is_cjk = is_cjk


def _join_words(words: list[_Word]) -> str:
    out = ""
    prev = None
    for w in words:
        if prev is not None:
            gap = w.x0 - prev.x1
            size = max(min(prev.size, w.size), 1.0)
            cjk = _is_cjk(prev.text[-1]) or _is_cjk(w.text[0])
            if gap > 1.5 * size:
                out += "  "
            elif (cjk and gap < 1.0 * size) or gap <= 0.1 * size:
                pass
            else:
                out += " "
        out += w.text
        prev = w
    return out


def _join_lines(parts: list[str]) -> str:
    """Lines of one title or paragraph: no space between CJK, one between Latin words."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and not (_is_cjk(out[-1]) or _is_cjk(part[0])):
            if not out.endswith(("-", "–", "/")):
                out += " "
        out += part
    return out


def _rows(words: list[_Word]) -> list[list[_Word]]:
    """Words grouped into rows by vertical overlap, top to bottom, each row left to right."""
    rows: list[list[_Word]] = []
    spans: list[list[float]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        h = max(w.bottom - w.top, 0.5)
        placed = False
        for k in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom = spans[k]
            overlap = min(bottom, w.bottom) - max(top, w.top)
            if overlap >= 0.5 * min(h, bottom - top):
                rows[k].append(w)
                spans[k] = [min(top, w.top), max(bottom, w.bottom)]
                placed = True
                break
        if not placed:
            rows.append([w])
            spans.append([w.top, w.bottom])
    for row in rows:
        row.sort(key=lambda w: w.x0)
    order = sorted(range(len(rows)), key=lambda k: spans[k][0])
    return [rows[k] for k in order]


def _make_line(words: list[_Word], page: int, col: int, ocr: bool) -> Line:
    words = sorted(words, key=lambda w: w.x0)
    weights: Counter = Counter()
    for w in words:
        weights[round(w.size, 1)] += len(w.text)
    size = weights.most_common(1)[0][0]
    conf = None
    if ocr:
        chars = sum(len(w.text) for w in words) or 1
        conf = sum((w.conf or 0) * len(w.text) for w in words) / chars
    bold = sum(len(w.text) for w in words if w.bold) * 2 > sum(len(w.text) for w in words)
    return Line(page, min(w.top for w in words), max(w.bottom for w in words),
                min(w.x0 for w in words), max(w.x1 for w in words), size, _join_words(words),
                col=col, conf=conf, bold=bold, in_table=all(w.in_table for w in words))


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


# ---------------------------------------------------------------------------------------------
# Pages: words, running headers and footers, columns, reading order
# ---------------------------------------------------------------------------------------------


@dataclass
class _Page:
    number: int
    width: float
    height: float
    words: list[_Word]
    ocr: bool = False
    ocr_confidence: float | None = None
    tables: list = field(default_factory=list)
    running: list[Line] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    gutters: list[tuple[float, float]] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # (y, x0, x1) horizontal rules
    printed: int | None = None
    role: str = "content"


def _text_layer_words(page, rotated: list | None = None) -> list[_Word]:
    """The page's upright words; rotated ones are counted in ``rotated`` (margin stamps, or a
    landscape table set sideways, which the reader reports rather than reads out of order)."""
    words = []
    for w in page.extract_words(extra_attrs=["size", "fontname"], keep_blank_chars=False,
                                use_text_flow=False):
        if not w["text"].strip():
            continue
        if not w.get("upright", True):
            if rotated is not None:
                rotated.append(w["text"])
            continue
        font = w.get("fontname") or ""
        words.append(_Word(w["x0"], w["x1"], w["top"], w["bottom"], w["text"], float(w["size"]),
                           bold=bool(re.search(r"bold|heavy|black|semibold", font, re.I))))
    return words


def _horizontal_rules(page) -> list[tuple[float, float, float]]:
    found = []
    for obj in list(page.lines) + list(page.rects):
        if abs(obj["bottom"] - obj["top"]) <= 2.5 and obj["x1"] - obj["x0"] >= 0.3 * page.width:
            found.append(((obj["top"] + obj["bottom"]) / 2, obj["x0"], obj["x1"]))
    return found


def _has_vertical_edges(page) -> bool:
    count = 0
    for obj in page.rects:
        if obj["height"] > 4 and obj["width"] > 4:
            count += 2
    for obj in page.lines:
        if abs(obj["x0"] - obj["x1"]) < 1 and abs(obj["top"] - obj["bottom"]) > 4:
            count += 1
    return count >= 2


def _mark_tables(words: list[_Word], tables) -> None:
    for t in tables:
        x0, top, x1, bottom = t.bbox
        for w in words:
            if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= w.mid <= bottom + 1:
                w.in_table = True


def _running_rows(pages: list[_Page], family: dict) -> None:
    """Set ``page.running`` (header/footer lines) and remove their words from ``page.words``."""
    patterns = [re.compile(p) for p in family.get("running_header", [])]
    margin: dict[int, list[tuple[list[_Word], str]]] = {}
    shapes: Counter = Counter()
    for pg in pages:
        found = []
        for row in _rows([w for w in pg.words if not w.in_table]):
            top, bottom = min(w.top for w in row), max(w.bottom for w in row)
            if top < 0.1 * pg.height or bottom > 0.9 * pg.height:
                text = _join_words(row)
                found.append((row, text))
                shapes[_shape(text)] += 1
        margin[pg.number] = found
    need = max(2, len(pages) // 3)
    repeated = [s for s, n in shapes.items() if n >= need and len(s) >= 1]
    for pg in pages:
        drop: set[int] = set()
        for row, text in margin[pg.number]:
            shape = _shape(text)
            top = min(w.top for w in row)
            bottom = max(w.bottom for w in row)
            in_top, in_bottom = top < 0.1 * pg.height, bottom > 0.9 * pg.height
            nospace = _nospace(fold(text))
            is_running = (
                shape in repeated
                or any(p.search(nospace) or p.search(text) for p in patterns)
                or (_FOOTER_NUM_RE.match(text) is not None and (in_bottom or in_top))
                or (pg.ocr and len(shape) >= 4 and any(
                    SequenceMatcher(None, shape, r).ratio() >= 0.75 for r in repeated if len(r) >= 4))
            )
            if is_running:
                pg.running.append(_make_line(row, pg.number, -1, pg.ocr))
                drop.update(id(w) for w in row)
        if drop:
            pg.words = [w for w in pg.words if id(w) not in drop]


def _printed_number(pg: _Page) -> list[int]:
    found = []
    for ln in pg.running:
        text = ln.text.strip()
        m = _FOOTER_NUM_RE.match(text)
        if m:
            found.append(int(m.group(1)))
            continue
        m = _EDGE_NUM_RE.search(text)
        if m:
            found.append(int(m.group(1) or m.group(2)))
    return found


def _offset(pages: list[_Page]) -> int | None:
    """The printed -> physical offset most pages agree on (physical = printed + offset); each
    page's own printed number is kept when it is within a few pages of that (an unnumbered
    plate or a missing page shifts the numbering)."""
    votes: Counter = Counter()
    for pg in pages:
        for num in set(_printed_number(pg)):
            votes[pg.number - num] += 1
    if not votes:
        return None
    offset, count = votes.most_common(1)[0]
    if count < 2 and len(pages) > 2:
        return None
    for pg in pages:
        nums = [n for n in _printed_number(pg) if abs((pg.number - n) - offset) <= 3]
        if nums:
            pg.printed = min(nums, key=lambda n: abs((pg.number - n) - offset))
    return offset


def _find_gutters(words: list[_Word], width: float) -> list[tuple[float, float]]:
    body = [w for w in words if not w.in_table]
    if len(body) < 8:
        return []
    sizes = sorted(w.size for w in body)
    size = sizes[len(sizes) // 2]
    left, right = min(w.x0 for w in body), max(w.x1 for w in body)
    span = right - left
    if span < 12 * size:
        return []
    n = int(width) + 2
    cov = [0] * n
    for w in body:
        for x in range(max(0, int(w.x0)), min(n, int(w.x1) + 1)):
            cov[x] += 1
    inside = sorted(cov[int(left):int(right) + 1])
    ref = inside[int(0.75 * (len(inside) - 1))]
    if ref < 4:
        return []
    limit = max(1, int(0.2 * ref))
    lo, hi = int(left + 0.12 * span), int(right - 0.12 * span)
    runs, start = [], None
    for x in range(lo, hi + 1):
        if cov[x] <= limit:
            if start is None:
                start = x
        elif start is not None:
            runs.append((start, x - 1))
            start = None
    if start is not None:
        runs.append((start, hi))
    rows = _rows(body)
    gutters = []
    for a, b in runs:
        if b - a + 1 < max(3.0, 0.4 * size):
            continue
        # text must run up to the gutter on its left and start right after it, on many rows
        # (the two columns' rows need not line up)
        left_rows = sum(1 for row in rows if any(a - 10 * size <= w.x1 <= a + 1 for w in row))
        right_rows = sum(1 for row in rows if any(b - 1 <= w.x0 <= b + 10 * size for w in row))
        if min(left_rows, right_rows) >= max(3, 0.2 * len(rows)):
            gutters.append((float(a), float(b)))
    return gutters


def _layout(pg: _Page) -> list[Line]:
    """The page's lines in reading order (bands of columns between full-width lines)."""
    words = pg.words
    if not words:
        return []
    gutters = pg.gutters
    if not gutters:
        return [_make_line(row, pg.number, 0, pg.ocr) for row in _rows(words)]

    def crosses(w: _Word) -> bool:
        return any(w.x0 < a + 0.5 and w.x1 > b - 0.5 for a, b in gutters)

    def column(w: _Word) -> int:
        centre = (w.x0 + w.x1) / 2
        return sum(1 for a, b in gutters if centre > (a + b) / 2)

    spanning, columned = [], []
    for row in _rows(words):
        if any(crosses(w) or w.in_table for w in row):
            spanning.append(row)
        else:
            columned.extend(row)
    span_lines = [_make_line(row, pg.number, -1, pg.ocr) for row in spanning]
    # bands: cut at every full-width line and at every horizontal rule across the gutters
    cuts: list[tuple[float, Line | None]] = [(ln.top, ln) for ln in span_lines]
    cuts += [(y, None) for y, x0, x1 in pg.rules if all(x0 < a and x1 > b for a, b in gutters)]
    cuts.sort(key=lambda c: c[0])
    cuts.append((float("inf"), None))
    out: list[Line] = []
    prev_cut = float("-inf")
    for cut, line in cuts:
        band = [w for w in columned if prev_cut <= w.mid < cut]
        for col in range(len(gutters) + 1):
            col_words = [w for w in band if column(w) == col]
            out.extend(_make_line(row, pg.number, col, pg.ocr) for row in _rows(col_words))
        if line is not None:
            out.append(line)
        prev_cut = cut
    return out


def _column_edges(pages: list[_Page]) -> None:
    """Set each line's col_left/col_right: the edges most lines of its column share, on its
    page when enough lines show them, else over the issue (same column count, same parity)."""
    def edge(values: list[float], tol: float, low: bool) -> tuple[float, int] | None:
        for v in sorted(values, reverse=not low):
            support = sum(1 for u in values if abs(u - v) <= tol)
            if support >= 3:
                return v, support
        return None

    issue_edges: dict[tuple, list[tuple[float, float]]] = {}
    per_page: dict[tuple, tuple[float, float, int]] = {}
    for pg in pages:
        ncols = len(pg.gutters) + 1
        groups: dict[int, list[Line]] = {}
        for ln in pg.lines:
            groups.setdefault(ln.col, []).append(ln)
        for col, lines in groups.items():
            size = sorted(ln.size for ln in lines)[len(lines) // 2]
            tol = max(1.5, 0.4 * size)
            left = edge([ln.x0 for ln in lines], tol, True)
            right = edge([ln.x1 for ln in lines], tol, False)
            if left and right:
                per_page[(pg.number, col)] = (left[0], right[0], min(left[1], right[1]))
                issue_edges.setdefault((ncols, col, pg.number % 2), []).append((left[0], right[0]))
                issue_edges.setdefault((ncols, col), []).append((left[0], right[0]))
    for pg in pages:
        ncols = len(pg.gutters) + 1
        for ln in pg.lines:
            found = per_page.get((pg.number, ln.col))
            if found and found[2] >= 5:
                edges = found[:2]
            else:
                seen = issue_edges.get((ncols, ln.col, pg.number % 2)) or issue_edges.get((ncols, ln.col))
                if seen:
                    lefts = Counter(round(e[0]) for e in seen).most_common(1)[0][0]
                    rights = Counter(round(e[1]) for e in seen).most_common(1)[0][0]
                    edges = (min(e[0] for e in seen if round(e[0]) == lefts),
                             max(e[1] for e in seen if round(e[1]) == rights))
                elif found:
                    edges = found[:2]
                else:
                    edges = (min(x.x0 for x in pg.lines), max(x.x1 for x in pg.lines))
            ln.col_left, ln.col_right = edges


def _share_gutters(pages: list[_Page]) -> None:
    """A page whose columns were too sparse to show their gutter takes the issue's gutter when
    its words leave that gutter empty and lie on both sides of it."""
    seen = Counter(tuple((round(a), round(b)) for a, b in pg.gutters) for pg in pages if pg.gutters)
    if not seen:
        return
    common = [tuple(map(float, g)) for g in seen.most_common(1)[0][0]]
    for pg in pages:
        if pg.gutters or len(pg.words) < 2:
            continue
        ok = True
        for a, b in common:
            if any(w.x0 < b - 0.5 and w.x1 > a + 0.5 and not w.in_table for w in pg.words):
                ok = False
            if not any(w.x1 <= a + 0.5 for w in pg.words) or not any(w.x0 >= b - 0.5 for w in pg.words):
                ok = False
        if ok:
            pg.gutters = common


# ---------------------------------------------------------------------------------------------
# Items
# ---------------------------------------------------------------------------------------------


@dataclass
class Item:
    seq: int
    title: str
    category: str | None = None
    doc_number: str | None = None
    doc_number_parsed: dict | None = None
    issuer: list[str] = field(default_factory=list)
    signed_date: str | None = None
    disclosure: str | None = None
    recipients: str | None = None
    cc: str | None = None
    page_start: int = 0
    page_end: int = 0
    printed_page_start: int | None = None
    printed_page_end: int | None = None
    text: str = ""
    tables: list[dict] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    ocr: bool = False
    ocr_confidence: float | None = None
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def _body_size(lines: list[Line]) -> float:
    weights: Counter = Counter()
    for ln in lines:
        weights[round(ln.size, 1)] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 10.0


def _is_centred(ln: Line) -> bool:
    width = ln.col_right - ln.col_left
    if width <= 0:
        return True
    centre = (ln.x0 + ln.x1) / 2
    mid = (ln.col_left + ln.col_right) / 2
    return abs(centre - mid) <= max(0.08 * width, 1.5 * ln.size)


class _Rules:
    """A family's rules compiled once."""

    def __init__(self, family: dict):
        self.family = family
        self.name = family["name"]
        endings = sorted((fold(e) for e in family.get("title_endings", [])), key=len, reverse=True)
        self.title_end = re.compile("(" + "|".join(map(re.escape, endings)) + r")[)）]?$") if endings else None
        organs = sorted((fold(e) for e in family.get("organ_endings", [])), key=len, reverse=True)
        self.organ_end = re.compile("(" + "|".join(map(re.escape, organs)) + ")$") if organs else None
        self.sections = {_norm(s): s for s in family.get("sections", [])}
        self.prefixes = family.get("doc_number_prefixes") or None
        self.attachment = re.compile(family.get("attachment_label", r"^附件\s*\d*\s*[:：]?$"))
        self.disclosure = [re.compile(p) for p in family.get("disclosure", [])]
        self.cc_label = re.compile(family.get("cc_label", r"^抄\s*送\s*[:：]"))
        self.cc_end = re.compile(family.get("cc_end", r"印发$"))
        self.toc_headings = {_norm(h) for h in family.get("toc_headings", ["目录", "目次"])}
        self.strip = [re.compile(p) for p in family.get("strip_lines", [])]
        self.category_rules = family.get("category_rules", [])

    def section_of(self, text: str) -> str | None:
        key = re.sub(r"^[【\[［〔（(]|[】\]］〕）)]$", "", _norm(text))
        return key if key in self.sections else None

    def is_organ(self, name: str) -> bool:
        n = _norm(name)
        return bool(self.organ_end and self.organ_end.search(n)) and 2 <= len(n) <= 30

    def category(self, item: Item) -> str | None:
        agency = (item.doc_number_parsed or {}).get("agency_code") or ""
        if item.extra.get("doc_number_kind"):
            agency = ""
        for rule in self.category_rules:
            checks = []
            if "title" in rule:
                checks.append(bool(re.search(rule["title"], _norm(item.title))))
            if "agency" in rule:
                checks.append(bool(agency) and bool(re.search(rule["agency"], fold(agency))))
            if "issuer" in rule:
                checks.append(bool(item.issuer) and bool(re.search(rule["issuer"], _norm(item.issuer[0]))))
            if checks and all(checks):
                return rule["category"]
        return None


_DOUBLED_BRACKETS = re.compile(r"([〔\[［（(【])[〔\[［（(【]+|([〕\]］）)】])[〕\]］）)】]+")


def _doc_number_line(text: str, rules: _Rules):
    text = _DOUBLED_BRACKETS.sub(lambda m: m.group(1) or m.group(2), text)  # OCR: 〔【2026〕
    parsed = parse_doc_number(text, rules.prefixes)
    if parsed and len(_nospace(text)) <= len(_nospace(parsed.raw)) + 4:
        return parsed
    return None


def _title_block(content: list[Line], idx: int, body: float) -> int:
    """Number of lines, from ``idx``, that form one title: consecutive, same page and column,
    the same (large) size, vertically close."""
    first = content[idx]
    n = 1
    while idx + n < len(content):
        nxt, prev = content[idx + n], content[idx + n - 1]
        if (nxt.page != first.page or nxt.col != first.col or abs(nxt.size - first.size) > 0.12 * first.size
                or nxt.top - prev.bottom > 1.6 * first.size or nxt.top < prev.top):
            break
        n += 1
    return n


def _is_item_title(content: list[Line], idx: int, body: float, rules: _Rules, strict: bool) -> int:
    """Lines in the item title starting at ``idx`` (0 when it is no item title)."""
    ln = content[idx]
    if ln.in_table or ln.size < 1.12 * body:
        return 0
    prev = content[idx - 1] if idx > 0 else None
    if prev is not None and prev.size >= 1.12 * body and prev.page == ln.page and prev.col == ln.col \
            and ln.top - prev.bottom < 1.6 * ln.size and abs(prev.size - ln.size) <= 0.12 * ln.size \
            and not rules.section_of(prev.text):
        return 0  # not the first line of its block
    n = _title_block(content, idx, body)
    title = _norm(_join_lines([content[k].text for k in range(idx, idx + n)]))
    if len(title) < 4 or rules.section_of(title) or len(title) > 120:
        return 0
    # an attachment's title follows its label (附件 / 附件1)
    for back in range(1, 3):
        if idx - back >= 0 and rules.attachment.match(_norm(content[idx - back].text)):
            return 0
    if not all(_is_centred(content[k]) for k in range(idx, idx + n)):
        return 0
    after = [content[k] for k in range(idx + n, min(len(content), idx + n + 3))]
    followed = any(_doc_number_line(a.text, rules) for a in after[:2]) or any(
        a.text.rstrip().endswith(("：", ":")) and a.size < 1.12 * body for a in after[:3])
    ends = bool(rules.title_end and rules.title_end.search(title))
    if strict:
        return n if ends and followed else 0
    return n if (ends or followed) else 0


def _similar(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _locate_title(title: str, content: list[Line], page: int | None, after: int, body: float,
                  fuzzy: bool) -> int | None:
    """Index in ``content`` of the line where ``title`` starts, on ``page`` (or near it)."""
    target = _norm(title)
    if not target:
        return None
    threshold = 0.72 if fuzzy else 0.97
    windows = [None] if page is None else [[page], [page - 1, page + 1], [page - 2, page + 2]]
    for pages_to_try in windows:
        best: tuple[float, int] | None = None
        for idx in range(after, len(content)):
            ln = content[idx]
            if (pages_to_try is not None and ln.page not in pages_to_try) or ln.in_table:
                continue
            head = _norm(ln.text)
            if len(head) < 2:
                continue
            if not fuzzy and not target.startswith(head[: min(len(head), len(target))]):
                continue
            joined = head
            j = idx + 1
            while len(joined) < len(target) and j < len(content) and j < idx + 4 and content[j].page == ln.page:
                joined += _norm(content[j].text)
                j += 1
            if not fuzzy:
                if joined.startswith(target) or target.startswith(joined[: len(target)]):
                    score = 1.0
                else:
                    continue
            else:
                if _similar(head[:2], target[:2]) == 0 and _similar(head[:6], target[:6]) < 0.5:
                    continue
                score = _similar(joined[: len(target)], target)
            if ln.size >= 1.12 * body:
                score += 0.05
            if best is None or score > best[0]:
                best = (score, idx)
        if best and best[0] >= threshold:
            return best[1]
    return None


def _title_line_count(lines: list[Line], title: str, body: float) -> int:
    """How many of the item's first lines print its title."""
    if lines and lines[0].size >= 1.12 * body:
        n = 1
        while n < len(lines) and lines[n].page == lines[0].page and abs(lines[n].size - lines[0].size) <= 0.12 * lines[0].size \
                and lines[n].top >= lines[n - 1].top and lines[n].top - lines[n - 1].bottom < 1.6 * lines[0].size:
            n += 1
        return n
    target = _norm(title)
    k, joined = 0, ""
    while k < len(lines) and len(joined) < len(target) and target.startswith(joined + _norm(lines[k].text)[:1]):
        joined += _norm(lines[k].text)
        k += 1
    return k


def _original_span(original: str, simple_match: re.Match, group: str = "value") -> str:
    """The part of ``original`` under a match made on its folded (same-length) form."""
    start, end = simple_match.span(group)
    return original[start:end]


_ZEROS = "〇○零OoＯ0"


def _signature_date(text: str):
    """The date of a signature line; OCR slips in a year of numerals are mended (a zero read
    twice, 'O' for 〇) and a year outside 1949-2100 is rejected."""
    s = text
    for z in _ZEROS[1:]:
        if z not in "0":
            s = s.replace(z, "〇")
    year, sep, rest = s.partition("年")
    if sep and not year.isdigit() and len(year) == 5:
        year = re.sub("〇〇", "〇", year, count=1) if len(year.replace("〇〇", "〇", 1)) == 4 else year
        s = year + sep + rest
    d = parse_cn_date(s)
    if d and 1949 <= d.year <= 2100:
        return d
    return None


def parse_cn_item(item: Item, lines: list[Line], rules: _Rules, body: float) -> None:
    """Metadata of a Chinese official document from its lines (title first)."""
    k = _title_line_count(lines, item.title, body)
    rest = lines[k:]
    # 文号: a line of its own among the first lines under the title
    for ln in rest[:3]:
        parsed = _doc_number_line(ln.text, rules)
        if parsed:
            item.doc_number = _nospace(parsed.raw)
            item.doc_number_parsed = parsed.as_dict()
            break
    # 主送: flush-left lines under the title ending in a colon
    start = 0
    while start < min(len(rest), 3) and (_doc_number_line(rest[start].text, rules) or rest[start].size >= 1.12 * body):
        start += 1
    block: list[str] = []
    for ln in rest[start:start + 3]:
        text = ln.text.strip()
        flush = ln.x0 <= ln.col_left + 0.6 * ln.size
        if not block and not flush:
            break
        if "。" in text or text.startswith(("抄送", "附件")) or rules.cc_label.match(_nospace(fold(text))):
            break
        block.append(text)
        if text.endswith(("：", ":")):
            item.recipients = _join_lines(block).rstrip("：:").strip()
            break
    body_lines = [ln for ln in rest if not ln.in_table]
    # signature block: a line that is only a date, with organ names right above it
    for idx in range(len(body_lines) - 1, -1, -1):
        ln = body_lines[idx]
        s = _nospace(ln.text)
        if len(s) > 14 or not _DATE_ONLY_RE.fullmatch(s):
            continue
        d = _signature_date(s)
        if not d:
            continue
        item.signed_date = d.isoformat()
        issuers: list[str] = []
        j = idx - 1
        while j >= 0 and len(issuers) < 6:
            cand = body_lines[j]
            text = cand.text.strip()
            parts = [p for p in re.split(r"\s+", text) if p]
            right_side = cand.x1 >= cand.col_right - 8 * cand.size and cand.x0 > cand.col_left + 1.5 * cand.size
            if parts and right_side and all(rules.is_organ(p) for p in parts) and not re.search(r"[。，；：,;:]", text):
                issuers = parts + issuers
                j -= 1
                continue
            break
        item.issuer = issuers
        break
    original = "\n".join(ln.text for ln in rest)
    simple = fold(original)
    for pattern in rules.disclosure:
        match = pattern.search(simple)
        if match:
            item.disclosure = _nospace(_original_span(original, match)).strip()
            break
    # 抄送: the rest of its line and the lines after it, up to the 印发 line
    for idx, ln in enumerate(rest):
        s = _nospace(fold(ln.text))
        m = rules.cc_label.match(s)
        if not m:
            continue
        raw = _nospace(ln.text)
        cc = raw[m.end():]
        for nxt in rest[idx + 1: idx + 4]:
            ns = _nospace(fold(nxt.text))
            if rules.cc_end.search(ns) or parse_cn_date(ns) or cc.endswith(("。", "．")):
                break
            cc += _nospace(nxt.text)
        item.cc = cc.rstrip("。．").strip()
        break
    item.text = reflow(rest)


def _label_value(lines: list[Line], idx: int, label_re: re.Pattern, labels_re: re.Pattern) -> str:
    first = label_re.sub("", lines[idx].text, count=1).strip()
    parts = [first]
    for ln in lines[idx + 1: idx + 5]:
        if labels_re.match(ln.text):
            break
        parts.append(ln.text)
        if ln.text.rstrip().endswith("."):
            break
    return _join_lines(parts).strip()


def parse_labelled_item(item: Item, lines: list[Line], rules: _Rules, body: float) -> None:
    """Metadata of a document written as labelled parts (AGENCY:, ACTION:, ...)."""
    spec = rules.family.get("labelled", {})
    labels = spec.get("labels", [])
    labels_re = re.compile(r"^(" + "|".join(map(re.escape, labels)) + r")\s*:") if labels else re.compile(r"^$^")
    head = lines[:20]
    stop = re.compile(spec.get("issuers_stop", r"^$^"))
    issuers = []
    for ln in head[:6]:
        if stop.search(ln.text):
            break
        issuers.append(ln.text.strip())
    item.issuer = issuers
    after = re.compile(spec.get("title_after", r"^$^"))
    before = re.compile(spec.get("title_before", r"^$^"))
    end = next((i for i, ln in enumerate(head) if before.search(ln.text)), None)
    if end is not None:
        begin = max((i for i, ln in enumerate(head[:end]) if after.search(ln.text)), default=-1)
        # a bracketed line wraps: skip its continuation
        while begin + 1 < end and "[" in head[begin].text and "]" not in head[begin].text:
            begin += 1
        title_lines = [ln.text for ln in head[begin + 1:end]]
        if title_lines:
            item.title = _join_lines(title_lines)
    for name, field_spec in spec.get("fields", {}).items():
        if "label" in field_spec:
            label_re = re.compile(r"^" + re.escape(field_spec["label"]) + r"\s*:")
            for i, ln in enumerate(lines[:40]):
                if label_re.match(ln.text):
                    item.extra[name] = _label_value(lines, i, label_re, labels_re)
                    break
        elif "pattern" in field_spec:
            pattern = re.compile(field_spec["pattern"])
            for ln in lines[:40]:
                m = pattern.search(ln.text)
                if m:
                    item.extra[name] = m.group("value").strip()
                    break
    text = " ".join(ln.text for ln in lines)
    if spec.get("signed_date"):
        found = None
        for m in re.finditer(spec["signed_date"], text):
            found = m.group("value") or m.groupdict().get("value2")
        d = parse_any_date(found) if found else None
        item.signed_date = d.isoformat() if d else None
    item.text = reflow(lines)


ITEM_PARSERS = {"cn_document": parse_cn_item, "labelled": parse_labelled_item}


def reflow(lines: list[Line]) -> str:
    """Lines to paragraphs: a line continues the previous one when that one ran to the right
    edge of its column and this one starts at the column's left edge (no first-line indent)."""
    if not lines:
        return ""
    paragraphs: list[str] = []
    prev = None
    for ln in lines:
        text = ln.text.strip()
        size = ln.size or 10
        left = ln.col_left if ln.col_right > ln.col_left else min(x.x0 for x in lines)
        right = prev.col_right if prev is not None and prev.col_right > prev.col_left else max(x.x1 for x in lines)
        prev_left = prev.col_left if prev is not None and prev.col_right > prev.col_left else left
        continues = (prev is not None and prev.x1 >= right - 1.5 * (prev.size or 10)
                     and prev.x0 <= prev_left + 2.6 * (prev.size or 10)
                     and abs(ln.x0 - left) <= 0.6 * size and prev.page <= ln.page
                     and abs(ln.size - prev.size) <= 0.15 * size)
        if continues:
            paragraphs[-1] = _join_lines([paragraphs[-1], text])
        else:
            paragraphs.append(text)
        prev = ln
    return "\n".join(paragraphs)


# ---------------------------------------------------------------------------------------------
# 目录
# ---------------------------------------------------------------------------------------------


_TOC_JUNK_TAIL = re.compile(r"[\s\.．·…⋯_\-—一。,，:：;；'\"“”‘’a-zA-Z]+$")


def _toc_entry(text: str, page: int | None, category: str | None) -> dict:
    title = _nospace(text)
    match = _TOC_ENTRY_RE.match(title) if page is None else None
    if match:
        title, page = match.group("title"), int(match.group("page"))
    title = _TOC_JUNK_TAIL.sub("", title)
    doc = _TOC_DOCNUM_TAIL_RE.search(title)
    return {"title": title[: doc.start()] if doc else title, "doc_number": doc.group(1) if doc else None,
            "printed_page": page, "category": category}


def parse_toc(lines: list[Line], rules: _Rules | None = None) -> list[dict]:
    """Entries of a 目录: (title, printed page, section heading); wrapped titles joined.

    Entry lines end in a page number after a dot leader; lines of the same size without a
    number are the first part of a wrapped title; larger short lines (or the family's section
    names) are section headings; the issue number under the heading is not an entry. When most
    page numbers cannot be read (OCR loses dot leaders and the numbers after them), entries are
    told apart by their indent instead (wrapped lines hang deeper) and keep no page number.
    """
    rules = rules or _Rules(load_family(DEFAULT_FAMILY))
    cand = []
    for ln in lines:
        n = _norm(ln.text)
        if not n or n in rules.toc_headings or (re.search(r"(?:19|20)\d{2}年第\d{1,3}期", n) and len(n) <= 30):
            continue
        cand.append(ln)
    numbered = [ln for ln in cand if _TOC_ENTRY_RE.match(ln.text.strip())]
    if numbered:
        entry_size = Counter(round(ln.size, 1) for ln in numbered).most_common(1)[0][0]
    elif cand:
        entry_size = _body_size(cand)
    else:
        return []

    def heading(ln: Line) -> str | None:
        text = ln.text.strip()
        if _TOC_ENTRY_RE.match(text):
            return None
        if rules.section_of(text):
            return _nospace(re.sub(r"^[【\[［〔]|[】\]］〕]$", "", text))
        if ln.size > entry_size * 1.08 and len(_norm(text)) <= 16:
            return _nospace(text)
        return None

    body = [ln for ln in cand if heading(ln) is None]
    if not body:
        return []
    tol = 0.5 * entry_size
    xs = sorted(ln.x0 for ln in body)
    base = next((x for x in xs if sum(1 for u in xs if abs(u - x) <= tol) >= 2), xs[0])
    starts = [ln for ln in body if ln.x0 <= base + tol]
    by_number = len(numbered) >= 0.8 * len(starts) or len(starts) == len(body)
    entries: list[dict] = []
    category = None
    pending: list[str] = []
    for ln in cand:
        text = ln.text.strip()
        head = heading(ln)
        if head:
            if pending and not by_number:
                entries.append(_toc_entry("".join(pending), None, category))
            category, pending = head, []
            continue
        match = _TOC_ENTRY_RE.match(text)
        if by_number:
            if match:
                entries.append(_toc_entry("".join(pending) + match.group("title"),
                                          int(match.group("page")), category))
                pending = []
            elif abs(ln.size - entry_size) <= max(0.6, 0.1 * entry_size):
                pending.append(text)
            continue
        if ln.x0 <= base + tol and pending:
            entries.append(_toc_entry("".join(pending), None, category))
            pending = []
        if match:
            entries.append(_toc_entry("".join(pending) + match.group("title"), int(match.group("page")), category))
            pending = []
        else:
            pending.append(text)
    if pending and not by_number:
        entries.append(_toc_entry("".join(pending), None, category))
    return [e for e in entries if len(_norm(e["title"])) >= 4]


def _toc_pages(pages: list[_Page], rules: _Rules) -> list[int]:
    found = []
    for pg in pages[:5]:
        if any(_norm(ln.text) in rules.toc_headings for ln in pg.lines[:12]):
            found.append(pg.number)
            break
    if not found:
        return []
    # the 目录 may run on: following pages made mostly of entries
    for pg in pages:
        if pg.number <= found[-1]:
            continue
        if pg.number != found[-1] + 1:
            break
        entries = sum(1 for ln in pg.lines if _TOC_ENTRY_RE.match(ln.text.strip()))
        if pg.lines and entries >= 0.4 * len(pg.lines) and entries >= 3:
            found.append(pg.number)
        else:
            break
    return found


# ---------------------------------------------------------------------------------------------
# The issue record
# ---------------------------------------------------------------------------------------------


def _issue_meta(lines: list[Line], running: list[Line], family: dict) -> dict:
    spec = family.get("issue", {})
    issue: dict = {"title": None, "year": None, "number": None, "total_number": None, "date": None}
    if "header" in spec:
        pattern = re.compile(spec["header"])
        for ln in running + lines:
            m = pattern.search(ln.text)
            if not m:
                continue
            groups = m.groupdict()
            d = parse_any_date(groups.pop("date", None))
            issue["date"] = d.isoformat() if d else None
            issue["year"] = d.year if d else None
            for key, value in groups.items():
                if value is not None:
                    issue[key] = int(value) if value.isdigit() else value
            break
        return issue
    title_re = re.compile(spec.get("title", r"^(?P<title>\S{2,16}公报)"))
    number_re = re.compile(spec.get("number", r"(?P<year>(?:19|20)\d{2})年第(?P<number>\d{1,3})[期号]"))
    total_re = re.compile(spec.get("total", r"总第(?P<total_number>\d{1,5})期"))
    for ln in lines + running:
        raw = _nospace(ln.text)
        if len(raw) > 24:
            continue
        m = title_re.search(fold(raw))
        if m:
            issue["title"] = raw[m.start("title"):m.end("title")]
            break
    for ln in lines + running:
        s = _nospace(fold(ln.text))
        if issue["number"] is None:
            m = number_re.search(s)
            if m:
                issue["year"], issue["number"] = int(m.group("year")), int(m.group("number"))
        if issue["total_number"] is None:
            m = total_re.search(s)
            if m:
                issue["total_number"] = int(m.group("total_number"))
    for ln in lines:
        s = _nospace(fold(ln.text))
        if number_re.search(s) or len(s) > 30:
            continue
        d = parse_cn_date(s)
        if d:
            issue["date"] = d.isoformat()
            break
    return issue


# ---------------------------------------------------------------------------------------------
# Splitting
# ---------------------------------------------------------------------------------------------


@dataclass
class _Start:
    idx: int
    title: str
    category: str | None = None
    doc_number: str | None = None
    flags: list[str] = field(default_factory=list)
    end: int | None = None       # exclusive end when the item ends before the next start
    extra: dict = field(default_factory=dict)


def _split_toc(content: list[Line], entries: list[dict], offset: int | None, body: float,
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
                printed = (i, _nospace(_join_lines([content[j].text for j in range(i, i + count)])))
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
                title = _join_lines([content[j].text for j in range(k, k + count)])
                extra.append(_Start(k, _nospace(title), st.category, None, ["not_in_toc"]))
                problems.append(f"item {title!r} on page {content[k].page} is not in the 目录; kept as a flagged item")
                k += count
            else:
                k += 1
    return sorted(starts + extra, key=lambda s: s.idx)


def _split_layout(content: list[Line], body: float, rules: _Rules, problems: list[str]) -> list[_Start]:
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
            title = _join_lines([content[j].text for j in range(k, k + count)])
            starts.append(_Start(k, _nospace(title), category))
            k += count
            continue
        k += 1
    return starts


def _split_markers(content: list[Line], rules: _Rules, problems: list[str]) -> list[_Start]:
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


def split_gazette(pdf_path, *, family: str | dict | None = None, ocr: bool | None = None,
                  ocr_dpi: int = 300, ocr_languages: list[str] | None = None,
                  jobs: int | None = None) -> dict:
    """Split a gazette issue into items: ``{"source", "family", "issue", "items", "problems", ...}``.

    ``family``: a family name in ``gazette_families/`` (or a YAML path or dict); detected from
    the first pages when None. ``ocr``: None (default) OCRs pages without a text layer when
    Tesseract is installed, False never does, True requires it.
    """
    started = time.perf_counter()
    pdf, source = open_pdf(pdf_path)
    try:
        pages: list[_Page] = []
        no_text: list[int] = []
        sideways: list[tuple[int, list[str]]] = []
        for i, page in enumerate(pdf.pages, start=1):
            try:
                has_text = page_has_text(page)
                rotated: list[str] = []
                words = _text_layer_words(page, rotated) if has_text else []
                tables = extract_page_tables(page, i) if has_text and _has_vertical_edges(page) else []
            except Exception as exc:  # a damaged page: report it, keep the others
                raise InputError(f"page {i} cannot be read ({type(exc).__name__}: {exc})",
                                 path=source.path) from None
            pg = _Page(i, float(page.width), float(page.height), words, tables=tables,
                       rules=_horizontal_rules(page) if has_text else [])
            _mark_tables(words, tables)
            if not has_text:
                no_text.append(i)
            sideways.append((i, rotated))
            pages.append(pg)
        # rotated words repeated on most pages are a margin stamp; others are content set sideways
        seen = Counter(w for _, words_ in sideways for w in set(words_))
        stamp = {w for w, n in seen.items() if len(pages) >= 3 and n >= 0.5 * len(pages)}
        problems: list[str] = []
        for n, words_ in sideways:
            left = [w for w in words_ if w not in stamp]
            if len(left) >= 20:
                problems.append(f"page {n}: {len(left)} words of rotated text (set sideways) are not read")
        fam = load_family(family) if family is not None else None
        ocr_info = _ocr_pages(source.path, pages, no_text, fam, ocr, ocr_dpi, ocr_languages, jobs, problems)
        if not any(pg.words for pg in pages):
            if no_text and len(no_text) == len(pages):
                reason = ocr_info.get("unavailable") or "OCR found no text"
                raise InputError(f"no text layer on any page (a scan?); {reason}", path=source.path)
            raise InputError("no text found on any page", path=source.path)
        if fam is None:
            sample = " ".join(w.text for pg in pages[:3] for w in pg.words)
            fam = detect_family(sample)
            if fam.get("_fallback"):
                problems.append(f"no gazette family recognised from the first pages; the {fam['name']} "
                                f"rules are used (known: {', '.join(list_families())})")
        rules = _Rules(fam)
        _running_rows(pages, fam)
        offset = _offset(pages)
        for pg in pages:
            pg.gutters = _find_gutters(pg.words, pg.width)
        _share_gutters(pages)
        for pg in pages:
            pg.lines = [ln for ln in _layout(pg) if not any(p.search(ln.text.strip()) for p in rules.strip)]
        _column_edges(pages)
        toc_pages = _toc_pages(pages, rules)
        for pg in pages:
            if pg.number in toc_pages:
                pg.role = "toc"
        first = pages[0]
        if first.role != "toc" and _is_cover(first):
            first.role = "cover"
        content = [ln for pg in pages if pg.role == "content" for ln in pg.lines]
        body = _body_size(content)
        fuzzy = any(pg.ocr for pg in pages)
        strategies = fam.get("split", ["toc", "layout"])
        starts: list[_Start] = []
        used = None
        for strategy in strategies:
            if strategy == "toc":
                if not toc_pages:
                    continue
                toc_lines = [ln for pg in pages if pg.number in toc_pages for ln in pg.lines]
                entries = parse_toc(toc_lines, rules)
                if not entries:
                    problems.append("目录 found but no entries could be read from it")
                    continue
                physical_of = {pg.printed: pg.number for pg in pages if pg.printed is not None}
                starts = _split_toc(content, entries, offset, body, rules, fuzzy, problems, physical_of)
            elif strategy == "layout":
                if "toc" in strategies:
                    problems.append("no 目录 found: items split by layout")
                starts = _split_layout(content, body, rules, problems)
            elif strategy == "markers":
                starts = _split_markers(content, rules, problems)
            else:
                raise ValueError(f"unknown split strategy {strategy!r} in family {rules.name}")
            used = strategy
            break
        # content before the first item: front matter, or an item without a recognisable title
        lead = content[: starts[0].idx] if starts else content
        lead_body = [ln for ln in lead if ln.page != 1 or first.role == "content"]
        lead_body = [ln for ln in lead_body if not _is_masthead(ln, fam) and not rules.section_of(ln.text)]
        if used == "markers" and lead_body:
            problems.append(f"{len(lead_body)} lines before the first item (pages "
                            f"{lead_body[0].page}-{lead_body[-1].page}) are front matter, not an item")
        elif sum(len(_nospace(ln.text)) for ln in lead_body) >= 60:
            idx = content.index(lead_body[0])
            starts.insert(0, _Start(idx, "", None, None, ["untitled"]))
            problems.append(f"text before the first item on pages {lead_body[0].page}-{lead_body[-1].page} "
                            "has no recognisable title; kept as a flagged item")
        items = _build_items(content, starts, offset, body, rules, pages)
        if fuzzy:
            _consensus_names(items, pages, rules)
        meta_lines = [ln for pg in pages if pg.role in ("cover", "toc") for ln in pg.lines]
        if first.role == "content":
            cut = starts[0].idx if starts else len(content)
            meta_lines += [ln for ln in content[:cut] if ln.page == 1]
        running = [ln for pg in pages[:4] for ln in pg.running]
        issue = _issue_meta(meta_lines, running, fam)
        if not issue.get("title") or not issue.get("year"):
            more = _issue_meta([ln for pg in pages[:3] for ln in pg.lines[:6]], running, fam)
            issue = {k: issue.get(k) or more.get(k) for k in set(issue) | set(more)}
            issue = {k: issue[k] for k in ("title", "year", "number", "total_number", "date")} | {
                k: v for k, v in issue.items() if k not in ("title", "year", "number", "total_number", "date")}
        if not items:
            problems.append("no items found")
        result = {
            "source": source.as_dict(), "family": rules.name, "issue": issue,
            "items": [it.as_dict() for it in items], "problems": problems,
            "pages_without_text": no_text, "printed_page_offset": offset,
            "split_by": used,
            "pages": [{"page": pg.number, "printed": pg.printed, "role": pg.role,
                       "columns": len(pg.gutters) + 1, "ocr": pg.ocr,
                       "ocr_confidence": round(pg.ocr_confidence, 1) if pg.ocr_confidence is not None else None}
                      for pg in pages],
            "ocr": ocr_info.get("summary"),
            "seconds": round(time.perf_counter() - started, 3),
        }
        return result
    finally:
        pdf.close()


def _is_cover(pg: _Page) -> bool:
    """A cover: few lines, none of them a line of running text."""
    if not pg.lines:
        return True
    long_lines = sum(1 for ln in pg.lines if len(_nospace(ln.text)) >= 24)
    return len(pg.lines) <= 16 and long_lines <= 2


def _is_masthead(ln: Line, family: dict) -> bool:
    s = _nospace(fold(ln.text))
    if len(s) > 30:
        return False
    spec = family.get("issue", {})
    for key in ("title", "number", "total", "header"):
        if spec.get(key) and re.search(spec[key], s if key != "header" else ln.text):
            return True
    return bool(re.search(r"(主办|出版|编辑|印刷|发行)$", s)) or bool(re.fullmatch(r"[A-Z'’ .,-]+", ln.text.strip()))


def _ocr_pages(path: str, pages: list[_Page], no_text: list[int], family: dict | None,
               ocr: bool | None, dpi: int, languages: list[str] | None, jobs: int | None,
               problems: list[str]) -> dict:
    if not no_text:
        return {}
    from . import ocr as ocr_mod

    if ocr is False:
        problems.append(f"pages {no_text} have no text layer and OCR is off: their content is missing")
        return {"unavailable": "OCR is off"}
    candidates = languages or (family or {}).get("ocr_languages") or ["chi_sim", "chi_tra", "eng"]
    usable = [lang for lang in candidates if ocr_mod.tesseract_available(lang)]
    if not usable:
        reason = ocr_mod.tesseract_status(candidates[0])
        if ocr:
            raise InputError(f"OCR needed for pages {no_text} but {reason}", path=path)
        problems.append(f"pages {no_text} have no text layer and cannot be OCRed: {reason}")
        return {"unavailable": f"OCR is needed but {reason}"}
    started = time.perf_counter()
    probe = no_text[1] if len(no_text) > 1 else no_text[0]
    if len(usable) > 1:
        lang, first = ocr_mod.choose_language(path, probe, usable, dpi)
        done = {probe: first}
    else:
        lang, done = usable[0], {}
    rest = [n for n in no_text if n not in done]
    done.update(ocr_mod.ocr_pages(path, rest, lang, dpi, jobs))
    confs = []
    for n, result in done.items():
        pg = pages[n - 1]
        pg.ocr = True
        pg.words = [_Word(w.x0, w.x1, w.top, w.bottom, w.text, w.line_height, w.conf) for w in result.words]
        pg.ocr_confidence = result.confidence
        if result.confidence is not None:
            confs.append(result.confidence)
    seconds = time.perf_counter() - started
    return {"summary": {"pages": sorted(done), "language": lang, "dpi": dpi,
                        "mean_confidence": round(sum(confs) / len(confs), 1) if confs else None,
                        "seconds": round(seconds, 2)}}


def _build_items(content: list[Line], starts: list[_Start], offset: int | None, body: float,
                 rules: _Rules, pages: list[_Page]) -> list[Item]:
    parser = ITEM_PARSERS[rules.family.get("item_parser", "cn_document")]
    section_re = re.compile(rules.family["section_in_header"]) if rules.family.get("section_in_header") else None
    page_section = {}
    if section_re:
        for pg in pages:
            for ln in pg.running:
                m = section_re.search(ln.text)
                if m:
                    page_section[pg.number] = m.group("section")
    items: list[Item] = []
    for n, st in enumerate(starts):
        stop = st.end if st.end is not None else (starts[n + 1].idx if n + 1 < len(starts) else len(content))
        lines = [ln for ln in content[st.idx:stop] if not rules.section_of(ln.text) or len(_norm(ln.text)) > 16]
        if not lines:
            continue
        item = Item(seq=len(items) + 1, title=st.title, category=st.category,
                    page_start=lines[0].page, page_end=lines[-1].page, flags=list(st.flags),
                    extra=dict(st.extra))
        if offset is not None:
            printed = {pg.number: pg.printed for pg in pages if pg.printed is not None}
            item.printed_page_start = printed.get(item.page_start, item.page_start - offset)
            item.printed_page_end = printed.get(item.page_end, item.page_end - offset)
        if "untitled" in st.flags:
            item.title = f"（未识别标题，第{item.page_start}-{item.page_end}页）"
        if "untitled" in st.flags or "title_not_found" in st.flags:
            item.text = reflow(lines)
            if "title_not_found" in st.flags:
                parser(item, lines, rules, body)
                item.title = st.title
        else:
            parser(item, lines, rules, body)
            # scanned issues: the title as printed over the item (large print) reads better
            # than the 目录's small print
            if any(ln.conf is not None for ln in lines) and rules.family.get("item_parser", "cn_document") == "cn_document":
                n = _title_line_count(lines, st.title, body)
                if n and lines[0].size >= 1.12 * body:
                    printed_title = _nospace(_join_lines([ln.text for ln in lines[:n]]))
                    if printed_title and printed_title != item.title:
                        item.extra.setdefault("toc_title", item.title)
                        item.title = printed_title
        if st.doc_number and not item.doc_number:
            if rules.family.get("item_parser") == "labelled":
                item.doc_number = st.doc_number
                year, _, serial = st.doc_number.partition("-")
                kind = rules.family.get("labelled", {}).get("doc_number_kind", "doc")
                item.doc_number_parsed = {"agency_code": kind, "year": int(year) if year.isdigit() else None,
                                          "serial": int(serial) if serial.isdigit() else None}
                item.extra["doc_number_kind"] = kind
            else:
                parsed = parse_doc_number(st.doc_number, rules.prefixes)
                if parsed:
                    item.doc_number = _nospace(parsed.raw)
                    item.doc_number_parsed = parsed.as_dict()
                    item.flags.append("doc_number_from_toc")
        if item.category is None:
            item.category = _page_section(page_section, item.page_start) or rules.category(item)
        ocr_lines = [ln for ln in lines if ln.conf is not None]
        if ocr_lines:
            item.ocr = True
            chars = sum(len(ln.text) for ln in ocr_lines) or 1
            item.ocr_confidence = round(sum(ln.conf * len(ln.text) for ln in ocr_lines) / chars, 1)
        item._span = (lines[0], lines[-1])  # type: ignore[attr-defined]
        items.append(item)
    _attach_tables(pages, items)
    for item in items:
        item.__dict__.pop("_span", None)
    return items


def _consensus_names(items: list[Item], pages: list[_Page], rules: _Rules) -> None:
    """OCR misreads a character of a name here and there, not the same way every time: an
    issuer name is replaced by the reading of it that the issue prints most often (same
    length, one character different per six), and the item is flagged ``ocr_corrected``."""
    lines = [ln for pg in pages for ln in pg.lines + pg.running]
    body = _body_size([ln for pg in pages for ln in pg.lines]) or 10.0
    candidates: set[str] = set()
    for item in items:
        candidates.update(item.issuer)
        head = re.split(r"关于|關於|關于", item.title, maxsplit=1)[0]
        for match in re.finditer(r".+?(?:" + (rules.organ_end.pattern[1:-2] if rules.organ_end else "$^") + ")",
                                 fold(head)):
            candidates.add(head[match.start():match.end()])
    # each reading counts by how often it is printed, more in large print (read more reliably)
    names: Counter = Counter()
    for ln in lines:
        text = _nospace(ln.text)
        weight = (ln.size / body) ** 2 * ((ln.conf if ln.conf is not None else 90.0) / 100.0)
        for name in candidates:
            if name in text:
                names[name] += text.count(name) * weight

    def close(a: str, b: str) -> bool:
        return len(a) == len(b) and a != b and sum(x != y for x, y in zip(a, b)) <= max(1, len(a) // 6)

    corrected: dict[str, str] = {}
    for name in names:
        best = max((n for n in names if close(n, name)), key=lambda n: names[n], default=None)
        if best is not None and names[best] > names[name] and rules.is_organ(best):
            corrected[name] = best
    # a correction teaches the character between its neighbours (東獄省 -> 東嶽省), which then
    # mends other names with the same neighbours (東獄省財政廳 -> 東嶽省財政廳)
    learned: dict[tuple[str, str], str] = {}
    for wrong, right in corrected.items():
        for i in range(1, len(wrong) - 1):
            if wrong[i] != right[i] and wrong[i - 1] == right[i - 1] and wrong[i + 1] == right[i + 1]:
                learned[(right[i - 1], right[i + 1])] = right[i]

    def mend(name: str) -> str:
        if name in corrected:
            return corrected[name]
        chars = list(name)
        for i in range(1, len(chars) - 1):
            want = learned.get((chars[i - 1], chars[i + 1]))
            if want:
                chars[i] = want
        return "".join(chars)

    # a 文号 whose 机关代字 starts with none of the family's prefixes: the same misreadings
    substitutions = {w: r for (a, b), r in learned.items() for w in
                     {wrong[i] for wrong, right in corrected.items() for i in range(1, len(wrong) - 1)
                      if right[i] == r and wrong[i] != r}}
    prefixes = [fold(p) for p in (rules.prefixes or [])]
    for item in items:
        parsed = item.doc_number_parsed
        if not parsed or not prefixes or not item.doc_number or item.extra.get("doc_number_kind"):
            continue
        code = parsed["agency_code"]
        if any(fold(code).startswith(p) for p in prefixes):
            continue
        mended = "".join(substitutions.get(ch, ch) for ch in code[:1]) + code[1:]
        if mended != code and any(fold(mended).startswith(p) for p in prefixes):
            item.extra["doc_number_as_read"] = item.doc_number
            item.doc_number = substitutions.get(item.doc_number[0], item.doc_number[0]) + item.doc_number[1:]
            item.doc_number_parsed = dict(parsed, agency_code=fold(mended))
            if "ocr_corrected" not in item.flags:
                item.flags.append("ocr_corrected")
    for item in items:
        title = mend(item.title) if learned else item.title
        if title != item.title:
            item.extra["title_as_read"] = item.title
            item.title = title
            if "ocr_corrected" not in item.flags:
                item.flags.append("ocr_corrected")
        fixed = [mend(name) for name in item.issuer]
        if fixed != item.issuer:
            item.extra["issuer_as_read"] = list(item.issuer)
            item.issuer = fixed
            if "ocr_corrected" not in item.flags:
                item.flags.append("ocr_corrected")


def _page_section(page_section: dict[int, str], page: int) -> str | None:
    """The section a page belongs to: its running header's, else the nearest page's (a
    section's first page often has a heading instead of the running header)."""
    if not page_section:
        return None
    if page in page_section:
        return page_section[page]
    later = [p for p in page_section if p > page]
    earlier = [p for p in page_section if p < page]
    if earlier:
        return page_section[max(earlier)]
    return page_section[min(later)] if later else None


def _attach_tables(pages: list[_Page], items: list[Item]) -> None:
    """Ruled tables on an item's pages, between its first and last line, stitched over pages."""
    bounds = []
    for item in items:
        first, last = item._span  # type: ignore[attr-defined]
        bounds.append(((first.page, first.top - 1), (last.page, last.bottom + 1)))
    found: dict[int, list] = {}
    for pg in pages:
        for table in pg.tables:
            pos = (pg.number, table.bbox[1])
            for n, (lo, hi) in enumerate(bounds):
                if lo <= pos <= hi:
                    found.setdefault(n, []).append(table)
                    break
    for n, tables in found.items():
        for table in stitch(tables):
            items[n].tables.append({"pages": table.pages, "bbox": list(table.bbox),
                                    "header_rows": table.header_rows, "cells": table.cells,
                                    "title": table.title})


# ---------------------------------------------------------------------------------------------
# For the notebook: what is missing where, and a page to look at
# ---------------------------------------------------------------------------------------------

REVIEW_FIELDS = ("doc_number", "issuer", "signed_date", "recipients", "disclosure", "cc", "category")


def missing_fields(split: dict, fields=REVIEW_FIELDS) -> list[dict]:
    """One row per item: its seq, title, pages, flags and, per field, whether it was found.

    Appointments and interpretations legitimately lack a 文号 or a signature; the table shows
    the gaps so that a reviewer can tell those from misses.
    """
    rows = []
    for item in split["items"]:
        row = {"seq": item["seq"], "title": item["title"], "pages": f"{item['page_start']}-{item['page_end']}",
               "flags": "；".join(item.get("flags") or [])}
        for name in fields:
            value = item.get(name)
            row[name] = bool(value) if not isinstance(value, list) else bool(value)
        if item.get("ocr"):
            row["ocr_confidence"] = item.get("ocr_confidence")
        rows.append(row)
    return rows


def page_image(pdf_path, page: int, resolution: int = 60):
    """Physical page ``page`` (1-based) as a PIL image, e.g. an item's first page."""
    from .ocr import render_page

    image, _, _ = render_page(pdf_path, page - 1, resolution)
    return image
