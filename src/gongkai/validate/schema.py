"""Table Schemas in ``schemas/``: loading them and matching printed headers to their fields.

The schema is the contract: English snake_case field names, Chinese titles, types, constraints,
and the de-identification policy (``pii`` / ``deidentify`` on a field). Printed Chinese headers
are matched to fields through the titles, so a PDF or a spreadsheet with ``户主姓名`` lands in
``head_of_household``.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

from ..errors import InputError, load_yaml
from ..text import to_simplified

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

# Keys gongkai adds to a Table Schema field; they are kept in the published schema (they tell the
# public what was done to the column) but stripped before frictionless sees the schema.
GONGKAI_FIELD_KEYS = {"pii", "deidentify", "aliases", "domain_checks"}
GONGKAI_SCHEMA_KEYS = {"deidentification", "gongkai"}


def schema_path(name_or_path: str | Path) -> Path:
    path = Path(name_or_path)
    if path.suffix in (".yaml", ".yml", ".json") and path.exists():
        return path
    for suffix in (".schema.yaml", ".schema.json", ".yaml", ".json"):
        candidate = SCHEMA_DIR / f"{name_or_path}{suffix}"
        if candidate.exists():
            return candidate
    raise InputError(f"no Table Schema named {name_or_path!r}; the schemas are: "
                     f"{', '.join(schema_names())} (or give the path of a .yaml or .json file)")


def schema_names() -> list[str]:
    """The names of the Table Schemas shipped in ``schemas/``."""
    return sorted(p.name.removesuffix(".schema.yaml").removesuffix(".schema.json")
                  for p in SCHEMA_DIR.glob("*.schema.*"))


def load_schema(name_or_path: str | Path) -> dict:
    path = schema_path(name_or_path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the schema: {exc}", path=str(path)) from None
    if path.suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}",
                             path=str(path)) from None
    else:
        data = load_yaml(text, str(path), "YAML (a Table Schema)")
    if not isinstance(data, dict) or "fields" not in data:
        raise InputError("not a Table Schema (no 'fields')", path=str(path))
    return data


def frictionless_schema(schema: dict) -> dict:
    """The schema as frictionless expects it: gongkai's own keys removed."""
    clean = {k: copy.deepcopy(v) for k, v in schema.items() if k not in GONGKAI_SCHEMA_KEYS}
    clean["fields"] = [{k: v for k, v in f.items() if k not in GONGKAI_FIELD_KEYS}
                       for f in schema["fields"]]
    return clean


def _norm(text: str) -> str:
    text = to_simplified(str(text))
    text = text.replace("（", "(").replace("）", ")").replace("：", ":")
    return re.sub(r"[\s_\-/:]", "", text).lower()


def map_headers(headers: list[str], schema: dict) -> dict[str, str]:
    """Printed header -> field name, by name, title or alias (spacing, brackets, script folded)."""
    lookup: dict[str, str] = {}
    for field in schema["fields"]:
        for label in [field["name"], field.get("title", "")] + list(field.get("aliases", [])):
            if label:
                lookup.setdefault(_norm(label), field["name"])
    mapping = {}
    for header in headers:
        name = lookup.get(_norm(header))
        if name is None:
            # '救助金额（元）' should match '救助金额' when the unit is printed in the header
            stripped = re.sub(r"\(.*?\)$", "", _norm(header))
            name = lookup.get(stripped)
        if name is not None and name not in mapping.values():
            mapping[header] = name
    return mapping
