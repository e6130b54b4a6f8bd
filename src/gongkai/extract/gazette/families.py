"""Gazette families: rules as data (``gazette_families/*.yaml``), loaded, detected and compiled."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ...errors import InputError, load_yaml
from .lines import _norm, fold

FAMILY_DIR = Path(__file__).resolve().parents[2] / "gazette_families"


DEFAULT_FAMILY = "cn-provincial"


class UnknownFamily(InputError, ValueError):
    """The gazette family asked for is neither shipped nor a readable YAML file."""


def list_families() -> list[str]:
    return sorted(p.stem for p in FAMILY_DIR.glob("*.yaml"))


@lru_cache(maxsize=None)
def _load_family_file(path: str) -> dict:
    data = load_yaml(Path(path).read_text(encoding="utf-8"), path, "YAML (a gazette family)")
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


GENERIC_FAMILY = "generic"


def _detect_patterns(fam: dict) -> list[tuple[str, float]]:
    """A family's ``detect`` entries as (pattern, weight): a plain string weighs 1/n of the n
    entries; ``{pattern: ..., weight: ...}`` gives its own weight."""
    entries = fam.get("detect", []) or []
    out = []
    for entry in entries:
        if isinstance(entry, dict):
            out.append((entry["pattern"], float(entry.get("weight", 1.0 / len(entries)))))
        else:
            out.append((entry, 1.0 / len(entries)))
    return out


def detect_family(text: str) -> dict:
    """The family whose ``detect`` patterns match ``text`` (the first pages), with its
    confidence (``_confidence``: the summed weights of the patterns that match, at most 1; the
    longest match breaks a tie). No pattern of any family matches: the generic family (a
    heading-based splitter), confidence 0, marked ``_fallback`` so that the issue is reviewed."""
    best: tuple[float, int, dict] | None = None
    simple = fold(text)
    # OCR gives CJK text one word per character or two: a name is looked for without the spaces too
    squeezed = re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", simple)
    for name in list_families():
        fam = load_family(name)
        score, longest = 0.0, 0
        for pattern, weight in _detect_patterns(fam):
            match = re.search(pattern, simple) or re.search(pattern, squeezed)
            if match:
                score += weight
                longest = max(longest, len(match.group(0)))
        if score > 0 and (best is None or (round(score, 6), longest) > (round(best[0], 6), best[1])):
            best = (min(score, 1.0), longest, fam)
    if best:
        return dict(best[2], _confidence=round(best[0], 3))
    return dict(load_family(GENERIC_FAMILY), _fallback=True, _confidence=0.0)


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
        decree = family.get("decree") or {}
        self.decree = {k: re.compile(v) for k, v in decree.items()}
        self.dated_title = re.compile(family["dated_title"]) if family.get("dated_title") else None
        # the issue's own 机关代字 openings, learnt from its 文号 lines (see learn_prefixes)
        self.learned_prefixes: list[str] = []

    def learn_prefixes(self, agency_codes: list[str], least: int = 2) -> None:
        """The issue's own 机关代字 openings: the first character that at least ``least`` of its
        文号 (read whole, from lines of their own) share, and that a third of them share; the
        provincial abbreviation (鲁, 苏, 陵 ...) without a list of provinces."""
        from collections import Counter

        firsts = Counter(code[0] for code in agency_codes if code)
        total = sum(firsts.values())
        self.learned_prefixes = [ch for ch, n in firsts.most_common()
                                 if n >= least and n >= total / 3 and ch not in self.learned_prefixes]

    def all_prefixes(self) -> list[str] | None:
        """The family's 机关代字 openings and the ones learnt from the issue."""
        found = list(self.learned_prefixes) + list(self.prefixes or [])
        return found or None

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
