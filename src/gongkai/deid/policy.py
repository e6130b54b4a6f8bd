"""The de-identification policy, read from a Frictionless Table Schema.

A field declares what it holds and what to do with it::

    - name: resident_id
      pii: cn_resident_id                        # the kind
      deidentify: {method: keyed_pseudonym}      # the method and its options

and the schema may declare the re-identification test::

    deidentification: {quasi_identifiers: [community, household_size, amount], k: 2}

A field without a ``pii`` declaration gets a kind from two guesses: its header (name, title and
aliases, Chinese or English) and its content (a sample of values run through the detectors). The
content guess wins when it is confident, so a column headed 备用字段 that holds resident IDs is
treated as resident IDs; an English header as vague as ``name`` needs the content to agree.
Without a ``deidentify`` declaration the kind's default method applies (:data:`DEFAULT_METHODS`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from .detectors import classify_value, fold
from .errors import PolicyError
from .methods import check_bands

PII_KINDS = ("person_name", "cn_resident_id", "phone", "bank_card", "email", "address",
             "free_text", "none")
METHODS = ("keep", "mask", "keyed_pseudonym", "generalise", "suppress", "redact", "none")
DEFAULT_METHODS = {
    "person_name": "mask",
    "cn_resident_id": "keyed_pseudonym",
    "phone": "mask",
    "bank_card": "suppress",          # scope: value
    "email": "mask",
    "address": "generalise",
    "free_text": "redact",
    "none": "none",
}
_METHOD_ALIASES = {"generalize": "generalise", "pseudonymise": "keyed_pseudonym",
                   "pseudonymize": "keyed_pseudonym", "hmac": "keyed_pseudonym"}
_OPTION_KEYS = {
    # public_names: true, the field's person names without a cue are public (a 个体工商户 trading
    # under its operator's name); "officials", only officials' names in their posts are (a
    # gazette: private persons named in it are removed). Either way names after a cue that marks
    # a private person are removed.
    "keep": set(), "none": {"public_names"}, "mask": set(), "redact": {"public_names"},
    "keyed_pseudonym": set(),
    "suppress": {"scope"},
    "generalise": {"bands", "width", "as_of"},
}
_DOC_KEYS = {"method", "reason", "note", "description", "legal_basis", "basis"}
# Share of sampled non-empty values that must agree before the content decides the kind.
CONTENT_THRESHOLD = 0.5
NAME_CONTENT_THRESHOLD = 0.6
WEAK_HEADER_SUPPORT = 0.3
SAMPLE_SIZE = 1000


@dataclass
class FieldPolicy:
    name: str
    kind: str
    method: str
    options: dict = field(default_factory=dict)
    source: str = "default"          # declared | header | content | default
    header_kind: str | None = None
    content_kind: str | None = None
    content_share: float = 0.0

    @property
    def scope(self) -> str:
        return self.options.get("scope", "column") if self.method == "suppress" else "value"

    def as_dict(self) -> dict:
        return {"field": self.name, "kind": self.kind, "method": self.method,
                "source": self.source, **({"scope": self.scope} if self.method == "suppress" else {})}


@dataclass
class Policy:
    fields: dict[str, FieldPolicy]
    quasi_identifiers: list[str] = field(default_factory=list)
    k: int | None = None
    risk_bands: dict[str, list[float]] = field(default_factory=dict)

    @classmethod
    def from_schema(cls, schema: dict | None, frame: pd.DataFrame | None = None) -> "Policy":
        """Read ``pii``/``deidentify`` per field; guess the rest from headers and, when
        ``frame`` is given, from content. Columns of ``frame`` missing from the schema are
        guessed too. Raises :class:`PolicyError` on unknown kinds/methods/options."""
        schema = schema or {}
        declared = {str(f["name"]): f for f in schema.get("fields", []) if isinstance(f, dict)
                    and "name" in f}
        fields: dict[str, FieldPolicy] = {}
        if frame is None:
            for name, spec in declared.items():
                fields[name] = field_policy(spec)
        else:
            for column in frame.columns:
                name = str(column)
                fields[name] = field_policy(declared.get(name, {"name": name}), frame[column])
        qis, k, risk_bands = _risk_declaration(schema)
        return cls(fields=fields, quasi_identifiers=qis, k=k, risk_bands=risk_bands)

    def __getitem__(self, name: str) -> FieldPolicy:
        return self.fields[name]

    def needs_key(self) -> bool:
        return any(f.method == "keyed_pseudonym" for f in self.fields.values())

    def as_dict(self) -> dict:
        return {"fields": [f.as_dict() for f in self.fields.values()],
                "quasi_identifiers": self.quasi_identifiers, "k": self.k}


def kept_fields(schema: dict | None) -> set[str]:
    """The fields a schema declares ``deidentify: keep``: published as they are (a lawfully
    public 监督举报电话, a company's credit code), and exempt in the gate where they stand."""
    return {f["name"] for f in (schema or {}).get("fields", [])
            if isinstance(f.get("deidentify"), dict) and f["deidentify"].get("method") == "keep"}


def _risk_declaration(schema: dict) -> tuple[list[str], int | None, dict[str, list[float]]]:
    spec = schema.get("deidentification") or {}
    if not isinstance(spec, dict):
        raise PolicyError("deidentification must be a mapping")
    qis = spec.get("quasi_identifiers") or []
    if isinstance(qis, str):
        qis = [qis]
    if not isinstance(qis, list) or not all(isinstance(q, str) for q in qis):
        raise PolicyError("deidentification.quasi_identifiers must be a list of field names")
    k = spec.get("k", 2 if qis else None)
    if k is not None and (isinstance(k, bool) or not isinstance(k, int) or k < 1):
        raise PolicyError("deidentification.k must be a positive integer")
    bands = spec.get("bands") or {}
    if not isinstance(bands, dict):
        raise PolicyError("deidentification.bands must map field names to band edges")
    risk_bands = {str(f): check_bands(b, str(f)) for f, b in bands.items()}
    return list(qis), k, risk_bands


def _normalise_kind(value: Any, name: str) -> str | None:
    if value is None or value is False:
        return "none"
    if not isinstance(value, str):
        raise PolicyError(f"field {name!r}: pii must be one of {', '.join(PII_KINDS)}")
    kind = value.strip().lower()
    if kind in ("", "no", "false"):
        return "none"
    if kind not in PII_KINDS:
        raise PolicyError(f"field {name!r}: unknown pii kind {value!r} "
                          f"(expected one of {', '.join(PII_KINDS)})")
    return kind


def _parse_deidentify(value: Any, name: str) -> tuple[str, dict]:
    if isinstance(value, str):
        value = {"method": value}
    if not isinstance(value, dict) or "method" not in value:
        raise PolicyError(f"field {name!r}: deidentify must be a method name or "
                          "{method: ..., options}")
    method = str(value["method"]).strip().lower()
    method = _METHOD_ALIASES.get(method, method)
    if method not in METHODS:
        raise PolicyError(f"field {name!r}: unknown deidentify method {value['method']!r} "
                          f"(expected one of {', '.join(METHODS)})")
    options = {k: v for k, v in value.items() if k not in _DOC_KEYS}
    unknown = set(options) - _OPTION_KEYS[method]
    if unknown:
        raise PolicyError(f"field {name!r}: option(s) {', '.join(sorted(unknown))} "
                          f"do not apply to {method}")
    if options.get("public_names") not in (None, True, False, "officials"):
        raise PolicyError(f"field {name!r}: public_names must be true, false or 'officials', "
                          f"not {options['public_names']!r}")
    return method, options


def _check_combination(fp: FieldPolicy) -> None:
    m, kind, opts = fp.method, fp.kind, fp.options
    if m == "suppress":
        scope = opts.get("scope", "column")
        if scope not in ("column", "value"):
            raise PolicyError(f"field {fp.name!r}: suppress scope must be 'column' or 'value'")
    if m == "mask" and kind == "none":
        raise PolicyError(f"field {fp.name!r}: mask needs a pii kind (which parts to keep)")
    if m == "generalise":
        if "bands" in opts:
            opts["bands"] = check_bands(opts["bands"], fp.name)
        elif kind not in ("address", "cn_resident_id", "phone"):
            raise PolicyError(f"field {fp.name!r}: generalise applies to address, "
                              "cn_resident_id (age band), phone, or numbers with bands: [...]")
        if "as_of" in opts:
            try:
                opts["as_of"] = date.fromisoformat(str(opts["as_of"]))
            except ValueError:
                raise PolicyError(f"field {fp.name!r}: as_of must be a date (YYYY-MM-DD)") from None
        if "width" in opts and (not isinstance(opts["width"], int) or opts["width"] < 1):
            raise PolicyError(f"field {fp.name!r}: width must be a positive integer")


def field_policy(spec: dict, column: pd.Series | None = None) -> FieldPolicy:
    """The policy of one field from its schema entry (and a sample of its values)."""
    name = str(spec.get("name"))
    header = header_kind(name, spec.get("title"), spec.get("aliases") or ())
    content, share, shares = None, 0.0, {}
    if column is not None and "pii" not in spec:
        shares = content_shares(column)
        content, share = decide_content(shares)
    if "pii" in spec:
        kind, source = _normalise_kind(spec.get("pii"), name), "declared"
    else:
        support = shares.get(header[0], 0.0) if header else 0.0
        kind, source = _combine(header, content, support, column is not None)
    if "deidentify" in spec and spec["deidentify"] is not None:
        method, options = _parse_deidentify(spec["deidentify"], name)
        if "pii" in spec:
            source = "declared"
    else:
        method, options = DEFAULT_METHODS[kind], {}
        if kind == "bank_card":
            options = {"scope": "value"}
    fp = FieldPolicy(name=name, kind=kind, method=method, options=dict(options), source=source,
                     header_kind=header[0] if header else None, content_kind=content,
                     content_share=round(share, 3))
    _check_combination(fp)
    return fp


def _combine(header: tuple[str, bool] | None, content: str | None, support: float,
             have_values: bool) -> tuple[str, str]:
    """Content beats header when it is confident; a vague header needs some support."""
    if content is not None and (header is None or header[0] != content):
        if not (content == "free_text" and header is not None and header[1]):
            return content, "content"
    if header is not None:
        kind, strong = header
        if strong or content == kind or not have_values:
            return kind, "header"
        if support >= WEAK_HEADER_SUPPORT:
            return kind, "header"
        return "none", "default"
    return "none", "default"


# --- header guess ----------------------------------------------------------------------------

# (kind, Chinese words); checked in this order, so 户主身份证号 is an ID and 联系人电话 a phone.
_ZH_RULES = (
    ("cn_resident_id", ("身份证", "证件号", "身份号码", "公民身份", "证件号码")),
    ("bank_card", ("银行卡", "银行账号", "银行帐号", "卡号", "账号", "帐号", "存折", "社保卡")),
    ("email", ("邮箱", "电子邮件", "电邮", "邮件地址")),
    ("phone", ("电话", "手机", "联系方式", "座机", "移动号码")),
    ("address", ("住址", "地址", "住所", "门牌", "居住地", "户籍地")),
    ("person_name", ("姓名", "户主", "联系人", "申请人", "代领人", "监护人", "收款人", "领取人",
                     "持卡人", "户名", "家庭成员", "成员名")),
    ("free_text", ("备注", "说明", "附注", "情况描述", "描述", "意见", "原因")),
)
_EN_ID = {"idno", "idnumber", "idcard", "nationalid", "residentid", "citizenid", "sfz", "sfzh",
          "identity", "identification", "ssn"}
_EN_ID_PAIRS = {("id", "no"), ("id", "number"), ("id", "num"), ("id", "card"), ("id", "nr"),
                ("resident", "id"), ("national", "id"), ("citizen", "id"), ("identity", "card")}
_EN_TOKENS = (
    ("bank_card", {"bank", "card", "cardno", "iban", "account", "accountno"}),
    ("email", {"email", "mail", "emailaddress"}),
    ("phone", {"phone", "mobile", "tel", "telephone", "cellphone", "cell", "phoneno", "fax"}),
    ("address", {"address", "addr", "street", "residence", "domicile"}),
    ("person_name", {"holder", "householder", "applicant", "guardian", "recipient", "payee",
                     "fullname", "surname", "realname", "personname", "contactperson"}),
    ("free_text", {"remark", "remarks", "note", "notes", "comment", "comments", "memo",
                   "description", "desc", "details"}),
)
# "name" next to one of these is not a person's name
_NOT_PERSON = {"community", "village", "file", "filename", "project", "unit", "org",
               "organisation", "organization", "company", "dept", "department", "item", "product",
               "field", "table", "dataset", "street", "district", "county", "city", "province",
               "agency", "bank", "account", "code", "class", "category", "type", "measure",
               "resource", "package", "sheet", "column", "host", "user", "display", "short"}
_NAME_PERSON = {"head", "household", "person", "contact", "full", "first", "last", "given",
                "family", "real", "legal", "holder", "applicant", "recipient", "resident"}


def _tokens(text: str) -> list[str]:
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    return [t for t in re.split(r"[^a-z0-9]+", text.lower()) if t]


def header_kind(name: str, title: str | None = None,
                aliases=()) -> tuple[str, bool] | None:
    """(kind, strong) guessed from the header words, or None. ``strong`` is False for vague
    English headers (``name``) that need the content to agree."""
    headers = [h for h in [name, title, *list(aliases or ())] if isinstance(h, str) and h.strip()]
    for h in headers:
        zh = re.sub(r"[\s_\-/:()（）【】\[\]]", "", fold(h))
        for kind, words in _ZH_RULES:
            if any(w in zh for w in words):
                return kind, True
    weak = None
    for h in headers:
        toks = _tokens(fold(h))
        if not toks:
            continue
        joined = "".join(toks)
        if joined in _EN_ID or any(t in _EN_ID for t in toks) or any(
                (a, b) in _EN_ID_PAIRS for a, b in zip(toks, toks[1:])):
            return "cn_resident_id", True
        tset = set(toks)
        for kind, words in _EN_TOKENS:
            if kind == "bank_card":
                if "bank" in tset or "iban" in tset or {"card", "no"} <= tset or \
                        {"card", "number"} <= tset or "cardno" in tset or \
                        ({"account"} <= tset and tset & {"no", "number", "num"}):
                    return kind, True
                continue
            if tset & words or joined in words:
                return kind, True
        if {"head", "household"} <= tset:
            return "person_name", True
        if "name" in tset or joined.endswith("name"):
            if tset & _NOT_PERSON:
                continue
            if tset & _NAME_PERSON:
                return "person_name", True
            weak = weak or ("person_name", False)
    return weak


# --- content guess ---------------------------------------------------------------------------

def _sample(column: pd.Series, size: int = SAMPLE_SIZE) -> list:
    n = len(column)
    if n == 0:
        return []
    if n <= size:
        values = column.tolist()
    else:
        idx = np.unique(np.linspace(0, n - 1, size).astype(np.intp))
        values = column.iloc[idx].tolist()
    out = []
    for v in values:
        if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
            continue
        if isinstance(v, str) and not v.strip():
            continue
        out.append(v)
    if len(out) < min(20, n) and n > size:
        # mostly empty column: look at its non-empty values instead
        nonempty = column.dropna()
        nonempty = nonempty[nonempty.astype("str").str.strip() != ""]
        out = nonempty.iloc[:size].tolist()
    return out


def content_shares(column: pd.Series) -> dict[str, float]:
    """Share of sampled non-empty values of each kind (:func:`classify_value`)."""
    if pd.api.types.is_bool_dtype(column.dtype) or pd.api.types.is_datetime64_any_dtype(column.dtype):
        return {}
    values = _sample(column)
    if not values:
        return {}
    counts = Counter(classify_value(v) for v in values)
    counts.pop(None, None)
    shares = {k: c / len(values) for k, c in counts.items()}
    if len({str(v).strip() for v in values}) < 2 and len(values) > 2:
        shares.pop("person_name", None)        # one repeated word is not a column of names
    if counts:
        # any personal value, whole or inside text
        shares["_any"] = sum(counts.values()) / len(values)
    return shares


def decide_content(shares: dict[str, float]) -> tuple[str | None, float]:
    """The kind the content decides on, if confident enough, and its share."""
    kinds = {k: v for k, v in shares.items() if not k.startswith("_")}
    if not kinds:
        return None, 0.0
    kind = max(kinds, key=kinds.get)
    share = kinds[kind]
    if kind == "free_text":
        share = shares.get("_any", share)
    threshold = NAME_CONTENT_THRESHOLD if kind == "person_name" else CONTENT_THRESHOLD
    if share >= threshold:
        return kind, share
    if shares.get("_any", 0.0) >= CONTENT_THRESHOLD:
        # mixed kinds, none dominant, most cells hold something: scan them as free text
        return "free_text", shares["_any"]
    return None, share
