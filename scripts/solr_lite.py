#!/usr/bin/env python3
"""solr_lite: a small in-memory server speaking the part of Solr's HTTP API that CKAN uses.

Apache Solr cannot be installed on the project's machines, and CKAN 2.12 needs a Solr to
create, update, show and search datasets. This server answers CKAN's requests well enough
for development, tests and CI:

* ``/solr/<core>/update`` (also ``/update/json``, ``/update/json/docs``, ``/update/xml``):
  JSON and XML adds, deletes by id and by query, commit/optimize/rollback (accepted; every
  change is visible at once, as with a very short auto soft commit).
* ``/solr/<core>/select`` (and ``/query``): ``q`` (standard Lucene syntax, or dismax /
  edismax over ``qf``), ``fq`` (repeatable), ``q.op``, ``df``, ``rows``, ``start``, ``sort``
  (several fields, ``score``), ``fl`` (incl. ``score`` and ``*``), ``facet.field`` with
  ``facet.limit`` / ``facet.mincount`` / ``facet.sort``; answers in Solr's JSON format.
* ``/solr/<core>/admin/ping``, ``/solr/<core>/schema`` (``wt=schema.xml`` or JSON, and the
  ``/schema/name|version|uniquekey|fields|dynamicfields|copyfields|fieldtypes`` parts),
  ``/solr/<core>/admin/file?file=schema.xml``, ``/solr/admin/cores``,
  ``/solr/admin/info/system``.

Field types, dynamic fields, copy fields and the unique key come from a Solr schema.xml
given with ``--schema`` (CKAN ships one in ``ckan/config/solr/schema.xml``); without one a
small built-in description of CKAN's fields is used. Text fields are matched on tokens
(lower-cased, accents folded, a light English plural strip; CJK characters are single
tokens, so a Chinese word matches as a phrase of characters). There is no relevance model
beyond counting matched clauses with their boosts.

Documents live in memory and are saved as JSON to ``--data`` (after each commit and at
most a second after other changes), so a restart keeps the index.

Standard library only. Run: ``python3 solr_lite.py --port 8983 --data index.json``.
"""
from __future__ import annotations

import argparse
import calendar
import fnmatch
import json
import logging
import math
import os
import re
import signal
import sys
import threading
import time
import unicodedata
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

__all__ = ["Schema", "Index", "SolrError", "parse_lucene", "make_server", "main"]

log = logging.getLogger("solr_lite")

SOLR_VERSION = "9.6.0-solr_lite"


class SolrError(Exception):
    def __init__(self, msg: str, code: int = 400):
        super().__init__(msg)
        self.msg = msg
        self.code = code


# --------------------------------------------------------------------------------------
# Text analysis
# --------------------------------------------------------------------------------------

_CJK = (
    "\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
)
_TOKEN_RE = re.compile(r"[%s]|(?:(?![%s])[^\W_])+" % (_CJK, _CJK))


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold()


def _stem(tok: str) -> str:
    if tok.isascii() and len(tok) > 3 and tok.isalpha():
        if tok.endswith("ies") and len(tok) > 4:
            return tok[:-3] + "y"
        if tok.endswith("s") and not tok.endswith(("ss", "us", "is")):
            return tok[:-1]
    return tok


def analyze(text: str) -> list[str]:
    """Tokens of a text value or of a query term on a text field."""
    return [_stem(t) for t in _TOKEN_RE.findall(_fold(text))]


# --------------------------------------------------------------------------------------
# Values: dates and numbers
# --------------------------------------------------------------------------------------

_UNIT_SECONDS = {"SECOND": 1, "MINUTE": 60, "HOUR": 3600, "DAY": 86400, "WEEK": 7 * 86400}
_DATE_MATH_RE = re.compile(r"([+-]\d+|/)(YEAR|MONTH|WEEK|DAY|HOUR|MINUTE|SECOND|MILLI)S?")


def _add_months(dt: datetime, months: int) -> datetime:
    m = dt.month - 1 + months
    year, month = dt.year + m // 12, m % 12 + 1
    day = min(dt.day, calendar.monthrange(year, month)[1])
    return dt.replace(year=year, month=month, day=day)


def parse_date(value: str) -> float | None:
    """Seconds since the epoch for an ISO-8601 date or Solr date math (NOW-1DAY, .../DAY)."""
    s = str(value).strip()
    if not s:
        return None
    if s.startswith("NOW"):
        base = datetime.now(timezone.utc)
        rest = s[3:]
    else:
        m = re.match(r"^(\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+)?(?:Z|[+-]\d{2}:?\d{2})?)(.*)$", s)
        if not m:
            return None
        iso, rest = m.group(1), m.group(2)
        if iso.endswith("Z"):
            iso = iso[:-1] + "+00:00"
        try:
            base = datetime.fromisoformat(iso)
        except ValueError:
            return None
        if base.tzinfo is None:
            base = base.replace(tzinfo=timezone.utc)
    pos = 0
    while pos < len(rest):
        m = _DATE_MATH_RE.match(rest, pos)
        if not m:
            return None
        op, unit = m.group(1), m.group(2)
        if op == "/":
            if unit == "YEAR":
                base = base.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
            elif unit == "MONTH":
                base = base.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
            elif unit in ("DAY", "WEEK"):
                base = base.replace(hour=0, minute=0, second=0, microsecond=0)
            elif unit == "HOUR":
                base = base.replace(minute=0, second=0, microsecond=0)
            elif unit == "MINUTE":
                base = base.replace(second=0, microsecond=0)
            elif unit == "SECOND":
                base = base.replace(microsecond=0)
        else:
            n = int(op)
            if unit == "YEAR":
                base = _add_months(base, 12 * n)
            elif unit == "MONTH":
                base = _add_months(base, n)
            elif unit == "MILLI":
                base = datetime.fromtimestamp(base.timestamp() + n / 1000.0, timezone.utc)
            else:
                base = datetime.fromtimestamp(base.timestamp() + n * _UNIT_SECONDS[unit], timezone.utc)
        pos = m.end()
    return base.timestamp()


def _now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _to_float(value) -> float | None:
    if isinstance(value, bool):
        return float(value)
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


# --------------------------------------------------------------------------------------
# Schema
# --------------------------------------------------------------------------------------

KIND_TEXT, KIND_STRING, KIND_DATE, KIND_NUMBER, KIND_BOOL = "text", "string", "date", "number", "bool"


def _kind_of_class(cls: str) -> str:
    c = cls.rsplit(".", 1)[-1].lower()
    if c == "textfield":
        return KIND_TEXT
    if "date" in c:
        return KIND_DATE
    if "bool" in c:
        return KIND_BOOL
    if any(w in c for w in ("int", "long", "float", "double")):
        return KIND_NUMBER
    return KIND_STRING


class Field:
    __slots__ = ("name", "type", "kind", "stored", "indexed", "multi", "default")

    def __init__(self, name, type_, kind, stored=True, indexed=True, multi=False, default=None):
        self.name, self.type, self.kind = name, type_, kind
        self.stored, self.indexed, self.multi, self.default = stored, indexed, multi, default

    def as_json(self) -> dict:
        d = {"name": self.name, "type": self.type, "indexed": self.indexed,
             "stored": self.stored, "multiValued": self.multi}
        if self.default is not None:
            d["default"] = self.default
        return d


def _bool_attr(el, name, default):
    v = el.get(name)
    return default if v is None else v.strip().lower() == "true"


# The shape of CKAN's index, for when no schema.xml is given (names and kinds only).
_BUILTIN = {
    "name": "ckan-2.12",
    "version": "1.6",
    "unique_key": "index_id",
    "fields": {
        "text": ["title", "notes", "text", "urls", "title_ngram", "name_ngram", "author",
                 "author_email", "maintainer", "maintainer_email", "res_name", "res_description",
                 "depends_on", "dependency_of", "derives_from", "has_derivation", "links_to",
                 "linked_from", "child_of", "parent_of"],
        "date": ["metadata_created", "metadata_modified", "indexed_ts"],
        "number": ["views_total", "views_recent", "resources_accessed_total",
                   "resources_accessed_recent"],
    },
    "multi": ["tags", "groups", "permission_labels", "res_name", "res_description", "res_format",
              "res_url", "res_type", "text", "urls", "depends_on", "dependency_of", "derives_from",
              "has_derivation", "links_to", "linked_from", "child_of", "parent_of"],
    "not_stored": ["text", "urls", "permission_labels", "title_string", "views_total",
                   "views_recent", "resources_accessed_total", "resources_accessed_recent",
                   "depends_on", "dependency_of", "derives_from", "has_derivation", "links_to",
                   "linked_from", "child_of", "parent_of"],
    "dynamic": [("*_date", KIND_DATE, True, False), ("extras_*", KIND_TEXT, True, False),
                ("res_extras_*", KIND_TEXT, True, True), ("vocab_*", KIND_STRING, True, True),
                ("*", KIND_STRING, False, False)],
    "copy": [("url", "urls"), ("title", "title_ngram"), ("name", "name_ngram"), ("ckan_url", "urls"),
             ("download_url", "urls"), ("res_url", "urls"), ("extras_*", "text"),
             ("res_extras_*", "text"), ("vocab_*", "text"), ("urls", "text"), ("name", "text"),
             ("title", "text"), ("license", "text"), ("notes", "text"), ("tags", "text"),
             ("groups", "text"), ("organization", "text"), ("res_name", "text"),
             ("res_description", "text"), ("maintainer", "text"), ("author", "text")],
}


class Schema:
    """Field definitions: from a Solr schema.xml, or the built-in CKAN-like default."""

    def __init__(self, xml_text: str | None = None):
        self.xml_text = xml_text
        self.fields: dict[str, Field] = {}
        self.dynamic: list[Field] = []
        self.copy: list[tuple[str, str]] = []
        self.types: dict[str, dict] = {}
        if xml_text:
            self._from_xml(xml_text)
        else:
            self._builtin()
        # Solr picks the longest matching dynamic pattern.
        self.dynamic.sort(key=lambda f: len(f.name), reverse=True)
        self._cache: dict[str, Field] = {}

    def _from_xml(self, text: str) -> None:
        root = ET.fromstring(text)
        self.name = root.get("name", "")
        self.version = root.get("version", "")
        for ft in root.iter("fieldType"):
            self.types[ft.get("name")] = {"name": ft.get("name"), "class": ft.get("class", ""),
                                          "kind": _kind_of_class(ft.get("class", "")),
                                          "multiValued": _bool_attr(ft, "multiValued", False)}
        for ft in root.iter("fieldtype"):  # old spelling
            self.types.setdefault(ft.get("name"), {"name": ft.get("name"), "class": ft.get("class", ""),
                                                   "kind": _kind_of_class(ft.get("class", "")),
                                                   "multiValued": _bool_attr(ft, "multiValued", False)})
        for tag, target in (("field", self.fields), ("dynamicField", None)):
            for el in root.iter(tag):
                t = self.types.get(el.get("type"), {"kind": KIND_STRING, "multiValued": False})
                f = Field(el.get("name"), el.get("type"), t["kind"],
                          stored=_bool_attr(el, "stored", True), indexed=_bool_attr(el, "indexed", True),
                          multi=_bool_attr(el, "multiValued", t["multiValued"]), default=el.get("default"))
                if target is None:
                    self.dynamic.append(f)
                else:
                    target[f.name] = f
        for el in root.iter("copyField"):
            self.copy.append((el.get("source"), el.get("dest")))
        uk = root.find("uniqueKey")
        self.unique_key = (uk.text or "id").strip() if uk is not None else "id"

    def _builtin(self) -> None:
        b = _BUILTIN
        self.name, self.version, self.unique_key = b["name"], b["version"], b["unique_key"]
        kinds = {n: k for k, names in b["fields"].items() for n in names}
        names = set(kinds) | set(b["multi"]) | set(b["not_stored"]) | {
            "index_id", "id", "site_id", "entity_type", "dataset_type", "state", "name", "version",
            "url", "ckan_url", "download_url", "license", "license_id", "organization", "capacity",
            "title_string", "data_dict", "validated_data_dict", "revision_id", "_version_"}
        for n in names:
            self.fields[n] = Field(n, kinds.get(n, KIND_STRING), kinds.get(n, KIND_STRING),
                                   stored=n not in b["not_stored"], multi=n in b["multi"],
                                   default="NOW" if n == "indexed_ts" else None)
        for pat, kind, stored, multi in b["dynamic"]:
            self.dynamic.append(Field(pat, kind, kind, stored=stored, multi=multi))
        self.copy = list(b["copy"])
        self.types = {k: {"name": k, "kind": k} for k in (KIND_TEXT, KIND_STRING, KIND_DATE,
                                                            KIND_NUMBER, KIND_BOOL)}

    def field(self, name: str) -> Field:
        f = self.fields.get(name) or self._cache.get(name)
        if f is not None:
            return f
        for d in self.dynamic:
            if fnmatch.fnmatchcase(name, d.name):
                f = Field(name, d.type, d.kind, d.stored, d.indexed, d.multi, d.default)
                break
        else:
            f = Field(name, "string", KIND_STRING)
        self._cache[name] = f
        return f

    def copy_dests(self, name: str) -> list[str]:
        return [dest for src, dest in self.copy if src == name or fnmatch.fnmatchcase(name, src)]

    def to_xml(self) -> str:
        if self.xml_text:
            return self.xml_text
        root = ET.Element("schema", name=self.name, version=self.version)
        fields = ET.SubElement(root, "fields")
        for f in self.fields.values():
            ET.SubElement(fields, "field", name=f.name, type=f.type, indexed="true",
                          stored=str(f.stored).lower(), multiValued=str(f.multi).lower())
        for f in self.dynamic:
            ET.SubElement(fields, "dynamicField", name=f.name, type=f.type, indexed="true",
                          stored=str(f.stored).lower(), multiValued=str(f.multi).lower())
        ET.SubElement(root, "uniqueKey").text = self.unique_key
        for s, d in self.copy:
            ET.SubElement(root, "copyField", source=s, dest=d)
        return '<?xml version="1.0" encoding="UTF-8" ?>\n' + ET.tostring(root, encoding="unicode")

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "version": _to_float(self.version) or self.version,
            "uniqueKey": self.unique_key,
            "fieldTypes": [dict(v) for v in self.types.values()],
            "fields": [f.as_json() for f in self.fields.values()],
            "dynamicFields": [f.as_json() for f in self.dynamic],
            "copyFields": [{"source": s, "dest": d} for s, d in self.copy],
        }


# --------------------------------------------------------------------------------------
# Query parsing (Lucene standard syntax, the subset CKAN and its users send)
# --------------------------------------------------------------------------------------

MUST, SHOULD, MUST_NOT = "MUST", "SHOULD", "MUST_NOT"
_DEFAULT = object()  # placeholder for "the default field(s)"


class MatchAll:
    def __repr__(self):
        return "*:*"


class Term:
    """field:value; kind is 'term', 'phrase', 'wildcard' or 'exists'."""

    def __init__(self, field, value, kind="term", boost=1.0):
        self.field, self.value, self.kind, self.boost = field, value, kind, boost

    def __repr__(self):
        return "Term(%r,%r,%s)" % (self.field, self.value, self.kind)


class Range:
    def __init__(self, field, lo, hi, incl_lo, incl_hi, boost=1.0):
        self.field, self.lo, self.hi = field, lo, hi
        self.incl_lo, self.incl_hi, self.boost = incl_lo, incl_hi, boost

    def __repr__(self):
        return "Range(%r,%r,%r)" % (self.field, self.lo, self.hi)


class Bool:
    def __init__(self, clauses, boost=1.0):
        self.clauses = clauses  # list of (occur, node)
        self.boost = boost

    def __repr__(self):
        return "Bool(%r)" % (self.clauses,)


class MultiField:
    """Default field for edismax: any of several (field, boost)."""

    def __init__(self, fields):
        self.fields = fields

    def __repr__(self):
        return "Multi(%r)" % (self.fields,)


_SPECIAL = set('()[]{}"^~:\\')


class _Lexer:
    def __init__(self, text: str):
        self.s = text
        self.i = 0

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def skip_ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i].isspace():
            self.i += 1

    def eof(self) -> bool:
        self.skip_ws()
        return self.i >= len(self.s)

    def read_quoted(self) -> str:
        assert self.s[self.i] == '"'
        self.i += 1
        out = []
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == "\\" and self.i + 1 < len(self.s):
                out.append(self.s[self.i + 1])
                self.i += 2
                continue
            if c == '"':
                self.i += 1
                return "".join(out)
            out.append(c)
            self.i += 1
        raise SolrError("Cannot parse query: unterminated phrase")

    def read_bare(self, allow_colon=False) -> tuple[str, bool]:
        """A bare term; returns (unescaped text, has_unescaped_wildcard)."""
        out, wild = [], False
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == "\\" and self.i + 1 < len(self.s):
                out.append(self.s[self.i + 1])
                self.i += 2
                continue
            if c.isspace() or (c in _SPECIAL and not (allow_colon and c == ":")):
                break
            if c in "*?":
                wild = True
            out.append(c)
            self.i += 1
        return "".join(out), wild

    def read_number_suffix(self) -> float | None:
        m = re.compile(r"\d+(?:\.\d+)?").match(self.s, self.i)
        if not m:
            return None
        self.i = m.end()
        return float(m.group(0))


class _Parser:
    def __init__(self, text: str, default_field, default_op: str):
        self.lx = _Lexer(text)
        self.default_field = default_field
        self.op_and = default_op.upper() == "AND"

    def parse(self):
        node = self.query(self.default_field, top=True)
        if not self.lx.eof():
            raise SolrError("Cannot parse query: unexpected '%s'" % self.lx.s[self.lx.i:])
        return node

    # Lucene's rule for combining AND / OR / NOT / + / - into clause occurrences.
    def _add_clause(self, clauses, conj, mod, node):
        if clauses and conj == "AND":
            occ, prev = clauses[-1]
            if occ != MUST_NOT:
                clauses[-1] = (MUST, prev)
        if clauses and self.op_and and conj == "OR":
            occ, prev = clauses[-1]
            if occ != MUST_NOT:
                clauses[-1] = (SHOULD, prev)
        if node is None:
            return
        if not self.op_and:
            prohibited = mod == "NOT"
            required = mod == "REQ"
            if conj == "AND" and not prohibited:
                required = True
        else:
            prohibited = mod == "NOT"
            required = not prohibited and conj != "OR"
            if mod == "REQ":
                required = True
        occur = MUST_NOT if prohibited else (MUST if required else SHOULD)
        clauses.append((occur, node))

    def query(self, field, top=False):
        clauses = []
        first = True
        while True:
            lx = self.lx
            lx.skip_ws()
            c = lx.peek()
            if not c or c == ")":
                break
            conj = None
            if not first:
                conj = self._conj()
            mod = self._mod()
            node = self.clause(field)
            self._add_clause(clauses, conj, mod, node)
            first = False
        if len(clauses) == 1 and clauses[0][0] != MUST_NOT:
            return clauses[0][1]
        return Bool(clauses)

    def _word_at(self, word):
        s, i = self.lx.s, self.lx.i
        if s.startswith(word, i):
            j = i + len(word)
            if j >= len(s) or s[j].isspace() or s[j] in "(\"":
                return True
        return False

    def _conj(self):
        lx = self.lx
        lx.skip_ws()
        for word, conj in (("AND", "AND"), ("&&", "AND"), ("OR", "OR"), ("||", "OR")):
            if self._word_at(word):
                lx.i += len(word)
                lx.skip_ws()
                return conj
        return None

    def _mod(self):
        lx = self.lx
        lx.skip_ws()
        c = lx.peek()
        if c == "+":
            lx.i += 1
            return "REQ"
        if c == "-" or c == "!":
            lx.i += 1
            return "NOT"
        if self._word_at("NOT"):
            lx.i += 3
            lx.skip_ws()
            return "NOT"
        return None

    def _boost(self) -> float:
        lx = self.lx
        boost = 1.0
        while lx.peek() in ("^", "~"):
            c = lx.peek()
            lx.i += 1
            n = lx.read_number_suffix()
            if c == "^" and n is not None:
                boost = n
        return boost

    def clause(self, field, explicit=False):
        lx = self.lx
        lx.skip_ws()
        c = lx.peek()
        if c == "(":
            lx.i += 1
            node = self.query(field)
            lx.skip_ws()
            if lx.peek() != ")":
                raise SolrError("Cannot parse query: missing ')'")
            lx.i += 1
            b = self._boost()
            if isinstance(node, (Bool, Term, Range)):
                node.boost = b
            return node
        if c == '"':
            text = lx.read_quoted()
            return Term(field, text, "phrase", self._boost())
        if c in "[{":
            return self._range(field)
        start = lx.i
        # After "field:" a value may hold further colons (url:http://...), as Solr allows
        # when they are escaped; be lenient and take them as part of the value.
        text, wild = lx.read_bare(allow_colon=explicit)
        if not explicit and lx.peek() == ":" and text:
            lx.i += 1
            if text == "*" and lx.s.startswith("*", lx.i):
                lx.i += 1
                self._boost()
                return MatchAll()
            if lx.peek() == "" or lx.peek().isspace():
                raise SolrError("Cannot parse query: missing value after '%s:'" % text)
            return self.clause(text, explicit=True)
        if not text:
            raise SolrError("Cannot parse query: unexpected '%s'" % lx.s[start:start + 1])
        boost = self._boost()
        if text == "*":
            return Term(field, "*", "exists", boost) if explicit else MatchAll()
        return Term(field, text, "wildcard" if wild else "term", boost)

    def _range(self, field):
        lx = self.lx
        incl_lo = lx.peek() == "["
        lx.i += 1
        parts = []
        while True:
            lx.skip_ws()
            c = lx.peek()
            if not c:
                raise SolrError("Cannot parse query: unterminated range")
            if c in "]}":
                incl_hi = c == "]"
                lx.i += 1
                break
            if c == '"':
                parts.append(lx.read_quoted())
            else:
                m = re.compile(r"[^\s\]}]+").match(lx.s, lx.i)
                parts.append(m.group(0).replace("\\", ""))
                lx.i = m.end()
        if len(parts) != 3 or parts[1] != "TO":
            raise SolrError("Cannot parse query: bad range")
        lo = None if parts[0] == "*" else parts[0]
        hi = None if parts[2] == "*" else parts[2]
        return Range(field, lo, hi, incl_lo, incl_hi, self._boost())


def parse_lucene(q: str, default_field="text", default_op: str = "OR"):
    """Parse a Lucene-syntax query into a small tree (MatchAll, Term, Range, Bool)."""
    if q is None or not q.strip():
        return Bool([])
    return _Parser(q, default_field, default_op).parse()


def _parse_qf(qf: str) -> list[tuple[str, float]]:
    out = []
    for part in (qf or "").split():
        name, _, boost = part.partition("^")
        out.append((name, _to_float(boost) or 1.0))
    return out


def _min_should_match(spec: str | None, n: int) -> int:
    """Solr's mm: '2<-1 5<80%' etc. Default (no spec) is all clauses."""
    if not spec:
        return n

    def one(s: str) -> int:
        s = s.strip()
        if s.endswith("%"):
            p = int(s[:-1])
            v = n * abs(p) // 100
            return n - v if p < 0 else v
        v = int(s)
        return n + v if v < 0 else v

    spec = spec.strip()
    if "<" not in spec:
        r = one(spec)
    else:
        r = n
        for cond in spec.split():
            lim, _, s = cond.partition("<")
            if n > int(lim):
                r = one(s)
    return max(0, min(n, r))


def parse_dismax(q: str, qf: list[tuple[str, float]], mm: str | None):
    """Dismax: whitespace-separated terms (quotes, +/-) each searched over the qf fields."""
    mf = MultiField(qf or [("text", 1.0)])
    clauses = []
    for m in re.finditer(r'([+-]?)("(?:[^"\\]|\\.)*"|\S+)', q):
        mod, term = m.group(1), m.group(2)
        if term in ("AND", "OR", "NOT", "&&", "||"):
            continue
        if term.startswith('"') and term.endswith('"') and len(term) >= 2:
            node = Term(mf, term[1:-1].replace('\\"', '"'), "phrase")
        else:
            t = re.sub(r"\\(.)", r"\1", term)
            node = Term(mf, t, "wildcard" if ("*" in t or "?" in t) else "term")
        clauses.append((MUST if mod == "+" else MUST_NOT if mod == "-" else SHOULD, node))
    optional = [c for c in clauses if c[0] == SHOULD]
    b = Bool(clauses)
    b.min_should = _min_should_match(mm, len(optional)) if optional else 0
    return b


# --------------------------------------------------------------------------------------
# Index
# --------------------------------------------------------------------------------------


def _as_list(v) -> list:
    if v is None:
        return []
    if isinstance(v, (list, tuple, set)):
        return [x for x in v if x is not None]
    return [v]


def _string_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


class _Doc:
    __slots__ = ("raw", "idx", "seq")

    def __init__(self, raw: dict, idx: dict, seq: int):
        self.raw, self.idx, self.seq = raw, idx, seq


class Index:
    """The documents of one core, with the per-field values prepared for matching."""

    def __init__(self, schema: Schema):
        self.schema = schema
        self.docs: dict[str, _Doc] = {}
        self.seq = 0

    # --- writing ---------------------------------------------------------------------
    def _coerce(self, field: Field, value):
        if field.kind == KIND_NUMBER and isinstance(value, str):
            f = _to_float(value)
            if f is not None:
                return int(f) if f.is_integer() and "." not in value else f
        if field.kind == KIND_BOOL and isinstance(value, str):
            return value.strip().lower() == "true"
        return value

    def _prepare(self, raw: dict) -> dict:
        gathered: dict[str, list] = {}
        for name, value in raw.items():
            vals = _as_list(value)
            gathered.setdefault(name, []).extend(vals)
            for dest in self.schema.copy_dests(name):
                if dest != name:
                    gathered.setdefault(dest, []).extend(vals)
        idx = {}
        for name, vals in gathered.items():
            f = self.schema.field(name)
            if f.kind == KIND_TEXT:
                idx[name] = [analyze(_string_value(v)) for v in vals]
            elif f.kind == KIND_DATE:
                idx[name] = [d for d in (parse_date(_string_value(v)) for v in vals) if d is not None]
            elif f.kind == KIND_NUMBER:
                idx[name] = [x for x in (_to_float(v) for v in vals) if x is not None]
            else:
                idx[name] = [_string_value(v) for v in vals]
        return idx

    def add(self, doc: dict, overwrite: bool = True) -> None:
        key_name = self.schema.unique_key
        raw = {}
        for name, value in doc.items():
            if value is None or (isinstance(value, (list, tuple)) and not value):
                continue
            f = self.schema.field(name)
            if isinstance(value, (list, tuple)):
                value = [self._coerce(f, v) for v in value if v is not None]
            else:
                value = self._coerce(f, value)
            raw[name] = value
        key = raw.get(key_name)
        if isinstance(key, list):
            key = key[0] if key else None
        if key in (None, ""):
            raise SolrError("Document is missing mandatory uniqueKey field: %s" % key_name)
        for f in self.schema.fields.values():
            if f.default is not None and f.name not in raw:
                raw[f.name] = _now_iso() if f.default == "NOW" else f.default
        self.seq += 1
        raw["_version_"] = int(time.time() * 1000) * 1000 + self.seq % 1000
        key = _string_value(key)
        self.docs.pop(key, None)  # an update moves the document to the end, as in Lucene
        self.docs[key] = _Doc(raw, self._prepare(raw), self.seq)

    def delete_ids(self, ids) -> int:
        n = 0
        for i in ids:
            if self.docs.pop(_string_value(i), None) is not None:
                n += 1
        return n

    def delete_query(self, q: str, default_field="text", op="OR") -> int:
        node = parse_lucene(q, default_field, op)
        gone = [k for k, d in self.docs.items() if self._score(node, d) is not None]
        for k in gone:
            del self.docs[k]
        return len(gone)

    def clear(self):
        self.docs.clear()

    # --- matching --------------------------------------------------------------------
    def _term_score(self, field: str, value: str, kind: str, doc: _Doc) -> bool:
        f = self.schema.field(field)
        vals = doc.idx.get(field)
        if kind == "exists":
            return bool(vals)
        if not vals:
            return False
        if f.kind == KIND_TEXT:
            if kind == "wildcard":
                pats = _fold(value).split()
                return any(any(fnmatch.fnmatchcase(t, p) for t in toks) for toks in vals for p in pats)
            q = analyze(value)
            if not q:
                return False
            n = len(q)
            for toks in vals:
                if n == 1:
                    if q[0] in toks:
                        return True
                    continue
                for i in range(len(toks) - n + 1):
                    if toks[i:i + n] == q:
                        return True
            return False
        if f.kind == KIND_DATE:
            if kind == "wildcard":
                return value == "*"
            d = parse_date(value)
            return d is not None and any(abs(v - d) < 1e-6 for v in vals)
        if f.kind == KIND_NUMBER:
            if kind == "wildcard":
                return value == "*"
            x = _to_float(value)
            return x is not None and x in vals
        if f.kind == KIND_BOOL:
            return value.strip().lower() in vals
        if kind == "wildcard":
            return any(fnmatch.fnmatchcase(v, value) for v in vals)
        return value in vals

    def _range_match(self, node: Range, doc: _Doc) -> bool:
        fields = [f for f, _ in node.field.fields] if isinstance(node.field, MultiField) else [node.field]
        for field in fields:
            f = self.schema.field(field)
            vals = doc.idx.get(field) or []
            if f.kind == KIND_TEXT:
                vals = [t for toks in vals for t in toks]
            conv = parse_date if f.kind == KIND_DATE else _to_float if f.kind == KIND_NUMBER else (lambda s: s)
            lo = None if node.lo is None else conv(node.lo)
            hi = None if node.hi is None else conv(node.hi)
            if (node.lo is not None and lo is None) or (node.hi is not None and hi is None):
                raise SolrError("Invalid range bound for field %s" % field)
            for v in vals:
                if lo is not None and (v < lo or (v == lo and not node.incl_lo)):
                    continue
                if hi is not None and (v > hi or (v == hi and not node.incl_hi)):
                    continue
                return True
        return False

    def _score(self, node, doc: _Doc) -> float | None:
        """None when the document does not match, else a score (matched clauses x boosts)."""
        if isinstance(node, MatchAll):
            return 1.0
        if isinstance(node, Term):
            field = node.field
            if field is _DEFAULT:
                field = "text"
            if isinstance(field, MultiField):
                best, total = None, 0.0
                for name, boost in field.fields:
                    if self._term_score(name, node.value, node.kind, doc):
                        total += boost
                        best = boost if best is None else max(best, boost)
                if best is None:
                    return None
                return (best + 0.1 * (total - best)) * node.boost
            return node.boost if self._term_score(field, node.value, node.kind, doc) else None
        if isinstance(node, Range):
            return node.boost if self._range_match(node, doc) else None
        if isinstance(node, Bool):
            score, must, should_hits, has_should = 0.0, 0, 0, False
            for occur, sub in node.clauses:
                s = self._score(sub, doc)
                if occur == MUST_NOT:
                    if s is not None:
                        return None
                elif occur == MUST:
                    if s is None:
                        return None
                    must += 1
                    score += s
                else:
                    has_should = True
                    if s is not None:
                        should_hits += 1
                        score += s
            min_should = getattr(node, "min_should", None)
            if min_should is not None:
                if should_hits < min_should:
                    return None
            elif has_should and must == 0 and should_hits == 0:
                return None
            if not node.clauses:
                return None
            if must == 0 and should_hits == 0:  # purely negative: matches all that's left
                score = 1.0
            return score * node.boost
        raise SolrError("unsupported query node %r" % (node,))

    # --- searching -------------------------------------------------------------------
    def _parse_q(self, params):
        q = params.get("q")
        deftype = (params.get("defType") or "lucene").lower()
        df = params.get("df") or "text"
        op = params.get("q.op") or "OR"
        if q is None or q.strip() in ("", '""', "''"):
            if deftype in ("dismax", "edismax"):
                q = params.get("q.alt") or "*:*"
                return parse_lucene(q, df, op)
            return MatchAll() if q is None else Bool([])
        if q.lstrip().startswith("{!"):
            raise SolrError("Local parameters ({!...}) are not supported by solr_lite")
        if deftype == "dismax":
            return parse_dismax(q, _parse_qf(params.get("qf")), params.get("mm"))
        if deftype == "edismax":
            qf = _parse_qf(params.get("qf")) or [(df, 1.0)]
            return parse_lucene(q, MultiField(qf), op)
        return parse_lucene(q, df, op)

    def _sort_key(self, field: str, doc: _Doc, score: float):
        if field == "score":
            return score
        f = self.schema.field(field)
        if f.kind in (KIND_DATE, KIND_NUMBER):
            vals = doc.idx.get(field)
            return vals[0] if vals else None
        v = doc.raw.get(field)
        if isinstance(v, list):
            v = v[0] if v else None
        return None if v is None else _string_value(v)

    def search(self, params: "Params") -> dict:
        t0 = time.time()
        p1 = params.single
        q = self._parse_q(p1)
        df = p1.get("df") or "text"
        op = p1.get("q.op") or "OR"
        fqs = [parse_lucene(fq, df, op) for fq in params.all("fq") if fq and fq.strip()]
        hits = []
        for doc in self.docs.values():
            s = self._score(q, doc)
            if s is None:
                continue
            if any(self._score(fq, doc) is None for fq in fqs):
                continue
            hits.append((doc, s))

        # sort
        sort = (p1.get("sort") or "").strip()
        specs = []
        if sort:
            for part in sort.split(","):
                bits = part.split()
                if len(bits) != 2 or bits[1].lower() not in ("asc", "desc"):
                    raise SolrError("Can't determine a Sort Order (asc or desc) in sort spec '%s'"
                                    % part.strip())
                specs.append((bits[0], bits[1].lower() == "desc"))
        else:
            specs.append(("score", True))
        for field, desc in reversed(specs):
            keyed = [(self._sort_key(field, d, s), d, s) for d, s in hits]
            present = [k for k in keyed if k[0] is not None]
            missing = [k for k in keyed if k[0] is None]
            try:
                present.sort(key=lambda k: k[0], reverse=desc)
            except TypeError:
                present.sort(key=lambda k: str(k[0]), reverse=desc)
            hits = [(d, s) for _, d, s in present + missing]

        try:
            start = int(p1.get("start") or 0)
            rows = int(p1.get("rows") if p1.get("rows") not in (None, "") else 10)
        except ValueError:
            raise SolrError("start and rows must be integers")
        if start < 0 or rows < 0:
            raise SolrError("start and rows must not be negative")

        # field list
        fl = p1.get("fl") or "*"
        wanted = [w for w in re.split(r"[,\s]+", fl) if w]
        want_score = "score" in wanted
        pats = [w for w in wanted if w != "score"] or (["*"] if not want_score else [])
        docs = []
        for doc, s in hits[start:start + rows]:
            out = {}
            for name, value in doc.raw.items():
                if not any(fnmatch.fnmatchcase(name, pat) for pat in pats):
                    continue
                f = self.schema.field(name)
                if not f.stored and name != self.schema.unique_key:
                    continue
                if f.multi and not isinstance(value, list):
                    value = [value]
                elif not f.multi and isinstance(value, list) and len(value) == 1:
                    value = value[0]
                out[name] = value
            if want_score:
                out["score"] = s
            docs.append(out)

        resp = {"numFound": len(hits), "start": start, "numFoundExact": True, "docs": docs}
        if want_score:
            resp["maxScore"] = max((s for _, s in hits), default=0.0)
        result = {
            "responseHeader": {"status": 0, "QTime": int((time.time() - t0) * 1000),
                               "params": params.echo()},
            "response": resp,
        }
        if (p1.get("facet") or "").lower() == "true":
            result["facet_counts"] = self._facets(params, hits)
        return result

    def _facets(self, params: "Params", hits) -> dict:
        p1 = params.single
        fields = {}
        for field in params.all("facet.field"):
            field = re.sub(r"^\{![^}]*\}", "", field)  # drop local params such as {!ex=...}

            def fparam(name, default):
                v = p1.get("f.%s.facet.%s" % (field, name))
                if v is None:
                    v = p1.get("facet." + name)
                return default if v in (None, "") else v

            limit = int(fparam("limit", 100))
            mincount = int(fparam("mincount", 0))
            order = fparam("sort", "count" if limit > 0 else "index")
            f = self.schema.field(field)
            counts: dict[str, int] = {}
            for doc, _ in hits:
                seen = set()
                for v in self._facet_values(f, doc):
                    if v not in seen:
                        seen.add(v)
                        counts[v] = counts.get(v, 0) + 1
            if mincount <= 0:
                for doc in self.docs.values():
                    for v in self._facet_values(f, doc):
                        counts.setdefault(v, 0)
            items = [(v, c) for v, c in counts.items() if c >= mincount]
            if order == "index":
                items.sort(key=lambda vc: vc[0])
            else:
                items.sort(key=lambda vc: (-vc[1], vc[0]))
            if limit >= 0:
                items = items[:limit]
            flat = []
            for v, c in items:
                flat.extend([v, c])
            fields[field] = flat
        return {"facet_queries": {}, "facet_fields": fields, "facet_ranges": {},
                "facet_intervals": {}, "facet_heatmaps": {}}

    def _facet_values(self, f: Field, doc: _Doc):
        if f.kind == KIND_TEXT:
            return [t for toks in doc.idx.get(f.name, []) for t in toks]
        if f.kind in (KIND_DATE, KIND_NUMBER):
            return [_string_value(v) for v in _as_list(doc.raw.get(f.name))]
        return doc.idx.get(f.name, [])

    # --- persistence -----------------------------------------------------------------
    def dump(self) -> list:
        return [d.raw for d in self.docs.values()]

    def load(self, docs: list) -> None:
        for raw in docs:
            key = raw.get(self.schema.unique_key)
            if isinstance(key, list):
                key = key[0] if key else None
            if key is None:
                continue
            self.seq += 1
            self.docs[_string_value(key)] = _Doc(raw, self._prepare(raw), self.seq)


# --------------------------------------------------------------------------------------
# Update messages
# --------------------------------------------------------------------------------------


def _pairs_hook(pairs):
    # Solr's JSON update format repeats keys ("add": ..., "add": ...): keep them all.
    return _MultiDict(pairs)


class _MultiDict(dict):
    def __init__(self, pairs):
        super().__init__()
        self.pairs = pairs
        for k, v in pairs:
            self[k] = v


def apply_json_update(index: Index, body: bytes, docs_only: bool = False) -> dict:
    try:
        data = json.loads(body.decode("utf-8") or "null", object_pairs_hook=_pairs_hook)
    except ValueError as e:
        raise SolrError("Cannot parse JSON update: %s" % e)
    stats = {"added": 0, "deleted": 0, "commit": False}

    def plain(d):
        if isinstance(d, _MultiDict):
            return {k: plain(v) for k, v in d.pairs}
        if isinstance(d, list):
            return [plain(x) for x in d]
        return d

    if data is None:
        return stats
    if isinstance(data, list):
        for doc in data:
            index.add(plain(doc))
            stats["added"] += 1
        return stats
    if docs_only or not any(k in ("add", "delete", "commit", "optimize", "rollback")
                            for k, _ in data.pairs):
        index.add(plain(data))
        stats["added"] += 1
        return stats
    for cmd, arg in data.pairs:
        if cmd == "add":
            for a in (arg if isinstance(arg, list) else [arg]):
                doc = a.get("doc") if isinstance(a, dict) and "doc" in a else a
                index.add(plain(doc))
                stats["added"] += 1
        elif cmd == "delete":
            for a in (arg if isinstance(arg, list) else [arg]):
                if isinstance(a, dict):
                    if "id" in a:
                        stats["deleted"] += index.delete_ids(_as_list(a["id"]))
                    if "query" in a:
                        stats["deleted"] += index.delete_query(a["query"])
                else:
                    stats["deleted"] += index.delete_ids([a])
        elif cmd in ("commit", "optimize"):
            stats["commit"] = True
    return stats


def apply_xml_update(index: Index, body: bytes) -> dict:
    try:
        root = ET.fromstring(body)
    except ET.ParseError as e:
        raise SolrError("Cannot parse XML update: %s" % e)
    stats = {"added": 0, "deleted": 0, "commit": False}
    elems = list(root) if root.tag == "update" else [root]
    for el in elems:
        if el.tag == "add":
            for d in el.findall("doc"):
                doc: dict = {}
                for fe in d.findall("field"):
                    if (fe.get("null") or "").lower() == "true":
                        continue
                    name, text = fe.get("name"), fe.text or ""
                    if name in doc:
                        if not isinstance(doc[name], list):
                            doc[name] = [doc[name]]
                        doc[name].append(text)
                    else:
                        doc[name] = text
                index.add(doc)
                stats["added"] += 1
        elif el.tag == "delete":
            ids = [i.text or "" for i in el.findall("id")]
            if ids:
                stats["deleted"] += index.delete_ids(ids)
            for q in el.findall("query"):
                stats["deleted"] += index.delete_query(q.text or "")
        elif el.tag in ("commit", "optimize"):
            stats["commit"] = True
        elif el.tag == "rollback":
            pass
        else:
            raise SolrError("Unknown update command <%s>" % el.tag)
    return stats


# --------------------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------------------


class Params:
    def __init__(self, multi: dict[str, list[str]]):
        self.multi = multi
        self.single = {k: v[-1] for k, v in multi.items() if v}

    def all(self, name: str) -> list[str]:
        return self.multi.get(name, [])

    def echo(self) -> dict:
        return {k: (v[0] if len(v) == 1 else v) for k, v in self.multi.items()}


class Store:
    """All cores, their persistence and the lock that serialises access to them."""

    def __init__(self, schema: Schema, data_path: str | None, cores=("ckan",)):
        self.schema = schema
        self.data_path = data_path
        self.lock = threading.RLock()
        self.cores: dict[str, Index] = {}
        self.dirty = False
        self.started = time.time()
        for c in cores:
            self.cores[c] = Index(schema)
        if data_path and os.path.exists(data_path):
            with open(data_path, encoding="utf-8") as fh:
                saved = json.load(fh)
            for core, docs in (saved.get("cores") or {}).items():
                self.cores.setdefault(core, Index(schema)).load(docs)

    def core(self, name: str) -> Index:
        with self.lock:
            if name not in self.cores:
                self.cores[name] = Index(self.schema)
            return self.cores[name]

    def save(self) -> None:
        if not self.data_path:
            return
        with self.lock:
            if not self.dirty:
                return
            payload = {"format": "solr_lite/1",
                       "cores": {n: c.dump() for n, c in self.cores.items()}}
            tmp = self.data_path + ".tmp"
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False)
            os.replace(tmp, self.data_path)
            self.dirty = False


def _json_bytes(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    server_version = "solr_lite/1.0"
    protocol_version = "HTTP/1.1"
    store: Store  # set on the class made by make_server

    def log_message(self, fmt, *args):  # route through logging, without query strings
        log.info("%s %s", self.command, urlsplit(self.path).path)

    def _send(self, code: int, body: bytes, ctype="application/json; charset=utf-8"):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, code: int, msg: str):
        body = {"responseHeader": {"status": code, "QTime": 0},
                "error": {"metadata": ["error-class", "org.apache.solr.common.SolrException"],
                          "msg": msg, "code": code}}
        self._send(code, _json_bytes(body))

    def _params(self, body: bytes) -> Params:
        parts = urlsplit(self.path)
        multi = parse_qs(parts.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").lower()
        if body and ctype.startswith("application/x-www-form-urlencoded"):
            for k, v in parse_qs(body.decode("utf-8"), keep_blank_values=True).items():
                multi.setdefault(k, []).extend(v)
        return Params(multi)

    def _body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n > 0 else b""

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        self._handle(b"")

    def do_POST(self):
        self._handle(self._body())

    def _handle(self, body: bytes):
        try:
            path = urlsplit(self.path).path.rstrip("/")
            params = self._params(body)
            self._route(path, params, body)
        except SolrError as e:
            self._error(e.code, e.msg)
        except Exception as e:  # never let a request kill the server
            log.exception("error handling %s", urlsplit(self.path).path)
            self._error(500, "solr_lite internal error: %s" % e.__class__.__name__)

    def _route(self, path: str, params: Params, body: bytes):
        store = self.store
        parts = [p for p in path.split("/") if p]
        if parts and parts[0] == "solr":
            parts = parts[1:]
        if not parts:
            self._send(200, _json_bytes({"solr_lite": SOLR_VERSION, "cores": sorted(store.cores)}))
            return
        if parts[0] == "admin":
            self._admin(parts[1:], params)
            return
        core_name, rest = parts[0], parts[1:]
        handler = "/".join(rest)
        header = {"status": 0, "QTime": 0}
        if handler in ("select", "query"):
            with store.lock:
                result = store.core(core_name).search(params)
            self._send(200, _json_bytes(result))
        elif handler in ("update", "update/json", "update/json/docs", "update/xml"):
            ctype = (self.headers.get("Content-Type") or "").lower()
            with store.lock:
                index = store.core(core_name)
                stats = {"commit": False}
                if body.strip():
                    if "json" in ctype or handler.startswith("update/json") or body.lstrip()[:1] in (b"[", b"{"):
                        stats = apply_json_update(index, body, docs_only=handler == "update/json/docs")
                    elif "x-www-form-urlencoded" in ctype:
                        stats = {"commit": False}
                    else:
                        stats = apply_xml_update(index, body)
                    store.dirty = True
                for s in params.all("stream.body"):
                    apply_xml_update(index, s.encode("utf-8"))
                    store.dirty = True
                commit = stats.get("commit") or any(
                    params.single.get(k, "").lower() == "true" for k in ("commit", "softCommit", "optimize"))
                if commit:
                    store.save()
            self._send(200, _json_bytes({"responseHeader": header}))
        elif handler == "admin/ping":
            with store.lock:
                store.core(core_name)
            self._send(200, _json_bytes({"responseHeader": header, "status": "OK"}))
        elif handler == "admin/file":
            if params.single.get("file") != "schema.xml":
                raise SolrError("Can not find: %s" % params.single.get("file"), 404)
            self._send(200, store.schema.to_xml().encode("utf-8"), "application/xml; charset=utf-8")
        elif rest and rest[0] == "schema":
            self._schema(rest[1:], params)
        elif handler == "admin/luke":
            with store.lock:
                n = len(store.core(core_name).docs)
            self._send(200, _json_bytes({"responseHeader": header,
                                         "index": {"numDocs": n, "maxDoc": n, "current": True}}))
        elif handler == "admin/system":
            self._admin(["info", "system"], params)
        else:
            raise SolrError("Unknown handler: /solr/%s" % "/".join(parts), 404)

    def _schema(self, rest: list[str], params: Params):
        schema = self.store.schema
        header = {"status": 0, "QTime": 0}
        wt = (params.single.get("wt") or "json").lower()
        if not rest:
            if wt in ("schema.xml", "xml"):
                self._send(200, schema.to_xml().encode("utf-8"), "application/xml; charset=utf-8")
            else:
                self._send(200, _json_bytes({"responseHeader": header, "schema": schema.to_json()}))
            return
        what = rest[0].lower()
        full = schema.to_json()
        if what == "name":
            out = {"name": schema.name}
        elif what == "version":
            out = {"version": full["version"]}
        elif what == "uniquekey":
            out = {"uniqueKey": schema.unique_key}
        elif what == "fields" and len(rest) > 1:
            if rest[1] not in schema.fields:
                raise SolrError("Field '%s' not found." % rest[1], 404)
            out = {"field": schema.fields[rest[1]].as_json()}
        elif what == "fields":
            out = {"fields": full["fields"]}
        elif what == "dynamicfields":
            out = {"dynamicFields": full["dynamicFields"]}
        elif what == "copyfields":
            out = {"copyFields": full["copyFields"]}
        elif what == "fieldtypes":
            out = {"fieldTypes": full["fieldTypes"]}
        else:
            raise SolrError("Unknown schema path: %s" % "/".join(rest), 404)
        out["responseHeader"] = header
        self._send(200, _json_bytes(out))

    def _admin(self, rest: list[str], params: Params):
        store = self.store
        header = {"status": 0, "QTime": 0}
        what = "/".join(rest)
        if what == "cores":
            action = (params.single.get("action") or "STATUS").upper()
            if action != "STATUS":
                raise SolrError("solr_lite supports only action=STATUS", 400)
            with store.lock:
                wanted = params.single.get("core")
                status = {}
                for name, idx in store.cores.items():
                    if wanted and wanted != name:
                        continue
                    status[name] = {"name": name, "instanceDir": name, "startTime": _now_iso(),
                                    "uptime": int((time.time() - store.started) * 1000),
                                    "index": {"numDocs": len(idx.docs), "maxDoc": len(idx.docs),
                                              "current": True}}
            self._send(200, _json_bytes({"responseHeader": header, "initFailures": {}, "status": status}))
        elif what == "info/system":
            self._send(200, _json_bytes({
                "responseHeader": header, "mode": "std",
                "lucene": {"solr-spec-version": SOLR_VERSION, "solr-impl-version": SOLR_VERSION,
                           "lucene-spec-version": SOLR_VERSION, "lucene-impl-version": SOLR_VERSION},
                "jvm": {"name": "none (Python %s)" % sys.version.split()[0], "version": ""},
                "system": {"name": sys.platform}}))
        elif what == "info/health":
            self._send(200, _json_bytes({"responseHeader": header, "status": "OK"}))
        else:
            raise SolrError("Unknown admin handler: %s" % what, 404)


def make_server(host: str, port: int, store: Store) -> ThreadingHTTPServer:
    handler = type("BoundHandler", (Handler,), {"store": store})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def _flusher(store: Store, stop: threading.Event):
    while not stop.wait(1.0):
        try:
            store.save()
        except Exception:
            log.exception("saving the index failed")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="A small Solr-compatible server for CKAN development.")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8983)
    ap.add_argument("--data", help="JSON file to keep the index in (default: in memory only)")
    ap.add_argument("--schema", help="Solr schema.xml to take field types from (CKAN's)")
    ap.add_argument("--core", action="append", help="core name(s) to create (default: ckan)")
    ap.add_argument("--pidfile")
    ap.add_argument("--log-level", default="WARNING")
    args = ap.parse_args(argv)

    logging.basicConfig(level=args.log_level.upper(),
                        format="%(asctime)s %(levelname)s [solr_lite] %(message)s")
    schema_xml = None
    if args.schema:
        with open(args.schema, encoding="utf-8") as fh:
            schema_xml = fh.read()
    store = Store(Schema(schema_xml), args.data, tuple(args.core or ["ckan"]))
    server = make_server(args.host, args.port, store)
    stop = threading.Event()
    threading.Thread(target=_flusher, args=(store, stop), daemon=True).start()

    def on_signal(signum, frame):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    if args.pidfile:
        with open(args.pidfile, "w") as fh:
            fh.write("%d\n" % os.getpid())
    log.warning("solr_lite listening on http://%s:%d/solr/ (%d documents)", args.host, args.port,
                sum(len(c.docs) for c in store.cores.values()))
    try:
        server.serve_forever(poll_interval=0.5)
    finally:
        stop.set()
        store.save()
        server.server_close()
        if args.pidfile:
            try:
                os.unlink(args.pidfile)
            except OSError:
                pass
        log.warning("solr_lite stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
