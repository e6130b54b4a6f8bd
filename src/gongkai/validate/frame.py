"""Validation: Frictionless Table Schema checks plus Chinese domain checks, errors as data.

Each error is a dict in frictionless's shape (``type``, ``rowNumber``, ``fieldName``, ``cell``,
``message``) plus ``note``: a sentence in Chinese that a data officer can act on
("第12行 身份证号码 校验位错误"). Cells that may hold personal data are never copied into an
error: ``cell`` is blanked and ``message`` rewritten for fields the schema declares as personal
data (``pii`` other than ``none``).

Three stages (``docs/validation.md``):

1. the header: the table's columns (already mapped from printed Chinese headers to field names
   by :func:`gongkai.tabular.read_table`) against the schema's fields: a missing required column,
   an unknown extra column, a duplicated or blank header are errors; a missing optional column is
   a warning and is not checked;
2. the body, by one of two engines with the same results: frictionless-py (row by row) or the
   column-wise engine of :mod:`gongkai.colvalidate`, chosen by size (``engine="auto"``: columns
   from :data:`COLUMN_ENGINE_MIN_ROWS` rows). Both run frictionless's baseline checks (types,
   formats, constraints, unique, primary key, self-referencing foreign keys, blank rows) and its
   duplicate-row check;
3. the domain checks the schema declares (:mod:`gongkai.domain`).
"""

from __future__ import annotations

import csv
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..extract.parsers import parse_amount
from .schema import frictionless_schema

# From this many rows, engine="auto" validates column-wise (exactly the same errors; frictionless
# reads about 45,000 rows/s here, the column engine about 280,000 with the domain checks).
COLUMN_ENGINE_MIN_ROWS = 20_000
ENGINES = ("auto", "frictionless", "columns")

_TYPE_NAMES_ZH = {"integer": "整数", "number": "数值", "date": "日期（YYYY-MM-DD）", "string": "文本",
                  "boolean": "是/否（true/false）", "datetime": "日期时间（YYYY-MM-DDTHH:MM:SS）",
                  "year": "年份（4位数字）", "yearmonth": "年月（YYYY-MM）", "time": "时间（HH:MM:SS）"}


# frictionless's error types, in Chinese (the domain checks name theirs in gongkai.validate.domain)
ERROR_TYPES_ZH = {
    "type-error": "类型不符", "constraint-error": "不满足约束", "missing-label": "缺少表头",
    "extra-label": "多出表头", "blank-label": "表头为空", "duplicate-label": "表头重复",
    "incorrect-label": "表头与表结构不一致", "blank-row": "空行", "primary-key": "主键重复或为空",
    "unique-error": "值重复", "duplicate-row": "重复行", "extra-cell": "单元格多于表头",
    "missing-cell": "单元格少于表头", "encoding-error": "编码错误", "source-error": "文件无法读取",
    "scheme-error": "路径无法访问", "format-error": "格式无法识别", "hash-count": "文件哈希值与描述不符",
    "byte-count": "文件大小与描述不符", "schema-error": "表结构有误", "resource-error": "资源描述有误",
    "package-error": "数据包描述有误", "foreign-key": "外键不匹配",
}


def error_type_zh(error_type: str | None) -> str:
    """An error type as a data officer reads it: 类型不符, 身份证号码 ... (the type itself when
    it has no Chinese name)."""
    from .domain import CHECKS

    if not error_type:
        return ""
    if error_type in ERROR_TYPES_ZH:
        return ERROR_TYPES_ZH[error_type]
    check = CHECKS.get(error_type.replace("-", "_"))
    return check.title_zh if check else error_type


@dataclass
class ValidationReport:
    valid: bool
    errors: list[dict] = field(default_factory=list)
    rows: int = 0
    fields: int = 0
    checks: list[str] = field(default_factory=list)
    engine: str | None = None
    warnings: list[str] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)     # domain checks that could not run
    header: dict = field(default_factory=dict)
    partial: bool = False

    def as_dict(self) -> dict:
        return {"valid": self.valid, "rows": self.rows, "fields": self.fields,
                "checks": self.checks, "engine": self.engine, "error_count": len(self.errors),
                "partial": self.partial, "warnings": self.warnings, "skipped": self.skipped,
                "header": self.header, "errors": self.errors}

    def summary(self) -> pd.DataFrame:
        if not self.errors:
            return pd.DataFrame(columns=["type", "fieldName", "count"])
        frame = pd.DataFrame(self.errors)
        return frame.groupby(["type", "fieldName"], dropna=False).size().reset_index(name="count")


# --- normalising printed numbers ------------------------------------------------------------------

def normalise(frame: pd.DataFrame, schema: dict) -> pd.DataFrame:
    """Printed numbers to plain ones ('1,260' -> '1260', '(12.5)' -> '-12.5', '-' -> ''), printed
    dates to ISO ('2026年10月5日' -> '2026-10-05'; a month field's '2026年10月' -> '2026-10'),
    strings stripped; what does not parse is left for the validator to report with its row."""
    out = frame.copy()
    names = [f["name"] for f in schema["fields"] if f["name"] in out.columns]
    columns = {}
    for name in names:
        column = out[name]
        if pd.api.types.is_object_dtype(column) or pd.api.types.is_string_dtype(column):
            columns[name] = column.to_numpy(dtype=object)
    for name, values in normalise_columns(columns, schema).items():
        if values is not columns[name]:
            column = out[name]
            out[name] = pd.Series(values, index=out.index,
                                  dtype=column.dtype if pd.api.types.is_string_dtype(column) else object)
    return out


def normalise_columns(columns: dict[str, np.ndarray], schema: dict, *, all_str: bool = False,
                      no_spaces: bool = False,
                      canonical: dict[str, tuple[np.ndarray, np.ndarray]] | None = None
                      ) -> dict[str, np.ndarray]:
    """:func:`normalise` on columns (object arrays under field names); an unchanged column is
    returned as the same array. ``all_str``: every cell is a str (a parsed CSV block);
    ``no_spaces``: no cell holds a whitespace character (known from the block's text).
    ``canonical`` receives, per integer and number field, the engine's fast-path reading of the
    normalised cells (mask, values), so that it is not computed twice."""
    from .columns import canonical_decimals, canonical_integers

    out = dict(columns)
    for f in schema["fields"]:
        name = f["name"]
        if name not in columns:
            continue
        values = columns[name]
        if all_str or pd.api.types.infer_dtype(values, skipna=False) == "string":
            present = np.arange(len(values))
        else:
            present = np.flatnonzero(np.fromiter((isinstance(v, str) for v in values), bool,
                                                 len(values)))
        if not len(present):
            continue
        changed = None
        if f.get("type") in ("integer", "number"):
            # canonical numbers stay as they are; the rest once per distinct value
            read = canonical_integers if f.get("type") == "integer" else canonical_decimals
            fast, numbers = read(values[present])
            slow = present[~fast]
            if len(slow):
                codes, uniques = pd.factorize(values[slow])
                mapped = np.empty(len(uniques), dtype=object)
                mapped[:] = [_plain_number(u) for u in uniques]
                changed = values.copy()
                changed[slow] = mapped[codes]
            if canonical is not None and len(present) == len(values):
                mask = fast.copy()
                if len(slow):
                    again, again_numbers = read(changed[slow])
                    mask[~fast] = again
                    numbers = numbers.copy()
                    numbers[~fast] = np.where(again, again_numbers, numbers[~fast])
                canonical[name] = (mask, numbers)
        elif f.get("type") == "date" or _is_month_field(f):
            plain = _plain_date if f.get("type") == "date" else _plain_month
            sub = values[present]
            codes, uniques = pd.factorize(sub)
            mapped = np.empty(len(uniques), dtype=object)
            mapped[:] = [plain(u) for u in uniques]
            if (mapped != np.asarray(uniques, dtype=object)).any():
                changed = values.copy()
                changed[present] = mapped[codes]
        elif f.get("type", "string") == "string" and not no_spaces:
            sub = values[present]
            joined = "\x00" + "\x00".join(sub.tolist()) + "\x00"
            # one pass over the joined column: any space at all, then any at a cell's edge
            if _SPACE.search(joined) and _SPACE_AT_EDGE.search(joined):
                stripped = np.empty(len(sub), dtype=object)
                stripped[:] = [v.strip() for v in sub]
                if (stripped != sub).any():
                    changed = values.copy()
                    changed[present] = stripped
        if changed is not None:
            out[name] = changed
    return out


_SPACE = re.compile(r"\s")
_SPACE_AT_EDGE = re.compile(r"\x00\s|\s\x00")     # a cell that starts or ends with a space


# a date as offices print it: 2026年10月5日, 2026/10/5, 2026.10.05, 2026-10-5
_DATE_PRINTED = re.compile(r"^\s*((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?\s*$")
_MONTH_PRINTED = re.compile(r"^\s*((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*月?\s*$")


def _is_month_field(f: dict) -> bool:
    """A text field holding a month (YYYY-MM) that the period check reads."""
    return f.get("type") == "yearmonth" or (
        f.get("type", "string") == "string" and "date_in_period" in (f.get("domain_checks") or []))


def _plain_date(value):
    """'2026年10月5日', '2026/10/5', '二〇二六年十月五日' -> '2026-10-05'; anything else as it is
    (an impossible date too: the validator reports it with its row)."""
    from datetime import date

    from ..extract.parsers import parse_cn_date

    if not isinstance(value, str):
        return value
    m = _DATE_PRINTED.match(value)
    try:
        if m:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        if "年" in value and value.strip().endswith("日") and len(value.strip()) <= 12:
            parsed = parse_cn_date(value)
            return parsed.isoformat() if parsed else value
    except ValueError:
        return value
    return value


def _plain_month(value):
    """'2026年10月', '2026/10', '2026.1' -> '2026-10', '2026-01'."""
    if not isinstance(value, str):
        return value
    m = _MONTH_PRINTED.match(value)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"
    return value


def _plain_number(value):
    if not isinstance(value, str):
        return value
    try:
        parsed = parse_amount(value)
    except ValueError:
        return value
    if parsed is None:
        return ""
    return format(parsed, "f")


# --- schema helpers ---------------------------------------------------------------------------------

def _private_fields(schema: dict) -> set[str]:
    return {f["name"] for f in schema["fields"] if f.get("pii") not in (None, "none")}


def _titles(schema: dict) -> dict[str, str]:
    return {f["name"]: f.get("title", f["name"]) for f in schema["fields"]}


def _required(f: dict, schema: dict) -> bool:
    return bool((f.get("constraints") or {}).get("required")) or f["name"] in _primary_key(schema)


def _primary_key(schema: dict) -> list[str]:
    pk = schema.get("primaryKey") or []
    return [pk] if isinstance(pk, str) else list(pk)


def body_descriptor(schema: dict, present: list[str]) -> tuple[dict, list[str]]:
    """The frictionless descriptor for the fields present (in schema order): the primary key
    when all its fields are present, the foreign keys that refer to this table and whose fields
    are present. Returns (descriptor, notes on what was left out)."""
    clean = frictionless_schema(schema)
    keep = set(present)
    clean["fields"] = [f for f in clean["fields"] if f["name"] in keep]
    dropped = []
    pk = _primary_key(schema)
    if pk and not set(pk) <= keep:
        clean.pop("primaryKey", None)
        dropped.append("primaryKey (a key column is missing)")
    fks = []
    for fk in clean.get("foreignKeys", []) or []:
        fields = fk.get("fields")
        fields = [fields] if isinstance(fields, str) else list(fields or [])
        ref = fk.get("reference", {})
        ref_fields = ref.get("fields")
        ref_fields = [ref_fields] if isinstance(ref_fields, str) else list(ref_fields or [])
        if ref.get("resource"):
            dropped.append(f"foreignKey {fields} -> {ref.get('resource')} (checked in the package)")
        elif set(fields) <= keep and set(ref_fields) <= keep:
            fks.append({"fields": fields, "reference": {"resource": "", "fields": ref_fields}})
        else:
            dropped.append(f"foreignKey {fields} (a column is missing)")
    if fks:
        clean["foreignKeys"] = fks
    else:
        clean.pop("foreignKeys", None)
    return clean, dropped


# --- notes in Chinese -------------------------------------------------------------------------------

_CONSTRAINT_RE = re.compile(r'constraint "(\w+)" is "(.*)"$', re.S)
_POSITION_RE = re.compile(r'position "?(\d+)"?')


def _constraint_zh(name: str, value: str, f: dict | None) -> str:
    if name == "required":
        return "为必填项，不能为空"
    if name == "minimum":
        return f"不能小于{value}"
    if name == "maximum":
        return f"不能大于{value}"
    if name == "exclusiveMinimum":
        return f"应大于{value}"
    if name == "exclusiveMaximum":
        return f"应小于{value}"
    if name == "minLength":
        return f"长度不能少于{value}个字符"
    if name == "maxLength":
        return f"长度不能超过{value}个字符"
    if name == "pattern":
        hint = (f or {}).get("description")
        return f"格式不符合要求（{hint}）" if hint else f"格式不符合要求（应匹配 {value}）"
    if name == "enum":
        allowed = ((f or {}).get("constraints") or {}).get("enum") or []
        return "应为以下值之一：" + "、".join(str(a) for a in allowed)
    return f"不满足约束 {name}={value}"


def _note(error: dict, titles: dict[str, str], *, fields: dict[str, dict] | None = None,
          private: set[str] = frozenset(), first_row: int = 2) -> str:
    """The Chinese note of an error (its rowNumber already in source rows)."""
    row = error.get("rowNumber")
    where = f"第{row}行" if row else "表头"
    name = error.get("fieldName") or ""
    label = titles.get(name, name)
    etype = error.get("type", "")
    f = (fields or {}).get(name)
    shown = ""
    cell = error.get("cell")
    if cell not in (None, "") and name not in private:
        shown = f"（现为“{cell if len(str(cell)) <= 40 else str(cell)[:40] + '…'}”）"
    related = _POSITION_RE.search(error.get("_note_en") or "")
    other = f"第{int(related.group(1)) + first_row - 2}行" if related else "前面某行"
    if etype == "type-error":
        ftype = error.get("fieldType") or (f or {}).get("type", "")
        return f"{where} {label} 类型错误，应为{_TYPE_NAMES_ZH.get(ftype, ftype)}{shown}"
    if etype == "constraint-error":
        m = _CONSTRAINT_RE.search(error.get("_note_en") or "")
        cname, cvalue = (m.group(1), m.group(2)) if m else ("", "")
        if cname == "required" or "required" in error.get("message", ""):
            return f"{where} {label} 为必填项，不能为空"
        return f"{where} {label} {_constraint_zh(cname, cvalue, f)}{shown}"
    if etype == "unique-error":
        return f"{where} {label} 与{other}重复（该列的值不能重复）"
    if etype == "primary-key":
        if "None" in (error.get("_note_en") or ""):
            return f"{where} 主键（{error.get('_pk_labels', '')}）为空"
        return f"{where} 主键（{error.get('_pk_labels', '')}）与{other}重复"
    if etype == "foreign-key":
        return f"{where} {error.get('_fk_labels', '')} 在本表中找不到对应的值"
    if etype == "blank-row":
        return f"{where} 为空行"
    if etype == "duplicate-row":
        return f"{where} 与{other}完全重复"
    if etype == "missing-cell":
        return f"{where} 缺少 {label} 单元格"
    if etype == "extra-cell":
        return f"{where} 多出单元格（第{error.get('fieldNumber')}列）"
    if etype == "missing-label":
        return f"表头 缺少必填列 {label}"
    if etype == "extra-label":
        return (f"表头 多出未知列 {error.get('label', label)}（第{error.get('fieldNumber')}列）："
                "数据模式中没有此列，请删除或改用模式中的表头")
    if etype == "duplicate-label":
        return f"表头 列 {error.get('label', label)} 重复（第{error.get('fieldNumber')}列）"
    if etype == "blank-label":
        return f"表头 第{error.get('fieldNumber')}列 表头为空"
    if etype == "budget-identity":
        return f"{where} {error.get('message', '')}"
    return f"{where} {label} {error.get('message', '')}"


# --- the two engines ----------------------------------------------------------------------------------

def _string_columns(frame: pd.DataFrame, names: list[str]) -> dict[str, np.ndarray]:
    """Each column as an object array of str, as ``DataFrame.to_csv`` would write it ('' for NA)."""
    out = {}
    for name in names:
        column = frame[name]
        if pd.api.types.is_object_dtype(column) or pd.api.types.is_string_dtype(column):
            values = column.to_numpy(dtype=object, na_value="")
            odd = [] if pd.api.types.infer_dtype(values, skipna=False) in ("string", "empty") \
                else [i for i, v in enumerate(values) if not isinstance(v, str)]
            if odd:
                values = values.copy()
                for i in odd:
                    v = values[i]
                    values[i] = "" if v is None or v is pd.NA or (isinstance(v, float) and v != v) \
                        else str(v)
        else:
            values = column.astype("string").to_numpy(dtype=object, na_value="")
        out[name] = values
    return out


def _write_csv(path: Path, columns: dict[str, np.ndarray]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(list(columns))
        writer.writerows(zip(*columns.values()))


def _run_frictionless(path: Path, descriptor: dict, *, limit_errors: int,
                      duplicate_rows: bool = True) -> tuple[list[dict], int, int, list[str], bool]:
    from frictionless import Checklist, Dialect, Resource, Schema, checks, formats

    # The whole CSV dialect is given: frictionless would otherwise sniff it from a sample and
    # might, for instance, skip the spaces after commas (" 3" read as "3").
    control = formats.CsvControl(delimiter=",", quote_char='"', double_quote=True,
                                 escape_char=None, skip_initial_space=False, line_terminator="\n")
    resource = Resource(path=path.name, basepath=str(path.parent), encoding="utf-8",
                        schema=Schema.from_descriptor(descriptor),
                        dialect=Dialect(controls=[control]))
    checklist = Checklist(checks=[checks.duplicate_row()] if duplicate_rows else [])
    report = resource.validate(checklist=checklist, limit_errors=limit_errors)
    errors = []
    for task in report.tasks:
        for err in task.errors:
            desc = err.to_descriptor()
            errors.append({"type": desc.get("type"), "rowNumber": desc.get("rowNumber"),
                           "fieldName": desc.get("fieldName") or None,
                           "fieldNumber": desc.get("fieldNumber"), "cell": desc.get("cell"),
                           "note": desc.get("note"), "message": desc.get("message"),
                           "label": desc.get("label")})
    for err in report.errors:
        desc = err.to_descriptor()
        errors.append({"type": desc.get("type"), "rowNumber": None, "fieldName": None,
                       "cell": None, "note": desc.get("note"), "message": desc.get("message")})
    stats = report.tasks[0].stats if report.tasks else {}
    warnings = list(report.tasks[0].warnings) if report.tasks else []
    partial = any("limit" in w for w in warnings)
    return errors, stats.get("rows", 0) or 0, stats.get("fields", 0) or 0, warnings, partial


def choose_engine(engine: str, rows: int) -> str:
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
    if engine == "auto":
        return "columns" if rows >= COLUMN_ENGINE_MIN_ROWS else "frictionless"
    return engine


def validate_body(columns: dict[str, np.ndarray], descriptor: dict, *, engine: str = "auto",
                  limit_errors: int = 100000, duplicate_rows: bool = True,
                  fast_min_rows: int | None = None) -> tuple[list[dict], dict]:
    """Validate string columns (schema order, header already checked) with one engine; errors
    in frictionless's shape with frictionless's English notes. Returns (errors, info)."""
    from .columns import FAST_MIN_ROWS, validate_columns

    n = len(next(iter(columns.values()))) if columns else 0
    chosen = choose_engine(engine, n)
    if chosen == "columns":
        result = validate_columns(columns, descriptor, duplicate_rows=duplicate_rows,
                                  limit_errors=limit_errors,
                                  fast_min_rows=FAST_MIN_ROWS if fast_min_rows is None else fast_min_rows)
        return result.errors, {"engine": "columns", "rows": result.rows, "fields": result.fields,
                               "warnings": result.warnings, "partial": result.partial}
    with tempfile.TemporaryDirectory(prefix="gongkai-validate-") as tmp:
        path = Path(tmp) / "data.csv"
        _write_csv(path, columns)
        errors, rows, nfields, warnings, partial = _run_frictionless(
            path, descriptor, limit_errors=limit_errors, duplicate_rows=duplicate_rows)
    return errors, {"engine": "frictionless", "rows": rows, "fields": nfields,
                    "warnings": warnings, "partial": partial}


# --- public API -----------------------------------------------------------------------------------

def check_header(columns: list[str], schema: dict, *, header_row: int = 1) -> tuple[list[dict], list[str], dict]:
    """Header errors (missing required, extra, duplicated, blank columns), warnings, and a
    summary. ``columns`` are the table's column names after mapping to field names."""
    names = [f["name"] for f in schema["fields"]]
    byname = {f["name"]: f for f in schema["fields"]}
    errors, warnings = [], []
    seen: dict[str, int] = {}
    extra, blank, dup = [], [], []
    for i, col in enumerate(columns, start=1):
        label = str(col)
        if label.strip() == "" or label.startswith("Unnamed:"):
            blank.append(i)
            errors.append({"type": "blank-label", "rowNumber": None, "rowNumbers": [header_row],
                           "fieldName": None, "fieldNumber": i, "cell": None, "label": "",
                           "message": f'Label in the header in field at position "{i}" is blank'})
            continue
        if label in seen:
            dup.append(label)
            errors.append({"type": "duplicate-label", "rowNumber": None, "rowNumbers": [header_row],
                           "fieldName": None, "fieldNumber": i, "cell": None, "label": label,
                           "message": f'Label "{label}" in the header at position "{i}" is duplicated '
                                      f'to a label: at position "{seen[label]}"'})
            continue
        seen[label] = i
        if label not in byname:
            extra.append(label)
            errors.append({"type": "extra-label", "rowNumber": None, "rowNumbers": [header_row],
                           "fieldName": None, "fieldNumber": i, "cell": None, "label": label,
                           "message": f'There is an extra label "{label}" in header at position "{i}"'})
    missing_required, missing_optional = [], []
    for number, name in enumerate(names, start=1):
        if name in seen:
            continue
        if _required(byname[name], schema):
            missing_required.append(name)
            errors.append({"type": "missing-label", "rowNumber": None, "rowNumbers": [header_row],
                           "fieldName": name, "fieldNumber": len(columns) + len(missing_required),
                           "cell": None, "label": None,
                           "message": f"There is a missing label in the header's field \"{name}\""})
        else:
            missing_optional.append(name)
            warnings.append(f"缺少可选列 {byname[name].get('title', name)}（{name}），该列未校验")
    summary = {"row": header_row, "present": [n for n in names if n in seen],
               "missing_required": missing_required, "missing_optional": missing_optional,
               "extra": extra, "duplicated": dup, "blank": blank}
    return errors, warnings, summary


def _finish(errors: list[dict], schema: dict, *, row_offset: int, descriptor: dict) -> list[dict]:
    """Source row numbers, personal data scrubbed, Chinese notes."""
    titles = _titles(schema)
    fields = {f["name"]: f for f in schema["fields"]}
    private = _private_fields(schema)
    pk = _primary_key(descriptor) if descriptor.get("primaryKey") else []
    pk_labels = "、".join(titles.get(p, p) for p in pk)
    out = []
    for err in errors:
        item = dict(err)
        note_en = item.pop("note", None)
        if item.get("label") is None:
            item.pop("label", None)
        if item.get("rowNumber") is not None:
            item["rowNumber"] = item["rowNumber"] + row_offset
        name = item.get("fieldName")
        if name in fields:
            item["fieldType"] = fields[name].get("type", "string")
        if name in private and item["type"] in ("type-error", "constraint-error", "unique-error",
                                                 "missing-cell", "extra-cell"):
            item["cell"] = ""
            item["message"] = (f"{item['type']} in row {item.get('rowNumber')} and field {name} "
                               f"({note_en if item['type'] != 'unique-error' else 'not unique'}); "
                               "the value is personal data and is not shown")
        elif item.get("rowNumber") is not None and row_offset and item.get("message"):
            item["message"] = re.sub(r'(row(?: at position)? "?)(\d+)',
                                     lambda m: f"{m.group(1)}{int(m.group(2)) + row_offset}",
                                     item["message"], count=1)
        if item["type"] == "foreign-key" and note_en:
            m = re.search(r'for "([^"]*)"', note_en)
            targets = [t.strip() for t in m.group(1).split(",")] if m else []
            item["_fk_labels"] = "、".join(titles.get(t, t) for t in targets)
            if set(targets) & private:
                note_en = re.sub(r'values "[^"]*"', 'values "…"', note_en)
                item["message"] = f'Row at position "{item.get("rowNumber")}" violates the foreign key: {note_en}'
        item["_note_en"] = note_en
        item["_pk_labels"] = pk_labels
        item["note"] = _note(item, titles, fields=fields, private=private, first_row=2 + row_offset)
        for key in ("_note_en", "_pk_labels", "_fk_labels"):
            item.pop(key, None)
        out.append(item)
    return out


def domain_errors(frame: pd.DataFrame, schema: dict, *, period: str | None = None,
                  row_offset: int = 0, skipped: list | None = None,
                  positions: list | None = None) -> list[dict]:
    """The domain checks the schema declares or implies (:mod:`gongkai.domain`), as errors.

    ``frame`` holds the table's cells as strings under the schema's field names (or is a dict
    of object arrays of str: a block of a streamed file); checks whose columns are absent are
    skipped (and listed in ``skipped`` when a list is given). ``positions`` receives, per error,
    the position of its check among the declared ones (a table validated in chunks puts its
    errors in the order of the whole table's)."""
    from . import domain

    titles = _titles(schema)
    private = _private_fields(schema)
    numbers = {f["name"]: i for i, f in enumerate(schema["fields"], start=1)}
    declared = domain.declared_checks(schema)
    arrays = frame if isinstance(frame, dict) else None
    if arrays is not None:
        # a check reading other columns of the row (period_field) gets the block as a frame
        frame = pd.DataFrame(arrays) if any(o.get("period_field") for _, _, o in declared) else None
    columns = set(arrays) if arrays is not None else set(frame.columns)
    ctx = domain.Context(period=period, titles=titles, frame=frame)
    errors = []
    for position, (check, fname, options) in enumerate(declared):
        options = dict(options)
        try:
            if check.level == "field":
                if fname not in columns:
                    continue
                options.setdefault("_private", fname in private)
                values = arrays[fname] if arrays is not None else \
                    _string_columns(frame, [fname])[fname]
                findings = list(check.func(values, options, ctx))
            else:
                findings = list(check.func(frame, options, ctx))
        except domain.CheckSkipped as exc:
            if skipped is not None:
                skipped.append({"check": check.name, "field": fname, "reason": str(exc)})
            continue
        for fnd in findings:
            target = fnd.field or fname
            row = None if fnd.row is None else fnd.row + 2 + row_offset
            where = f"第{row}行" if row else "表"
            label = titles.get(target, target) if target else ""
            show = fnd.show_value and target not in private
            cell = ""
            if show and fnd.row is not None and target in columns:
                value = arrays[target][fnd.row] if arrays is not None else frame[target].iloc[fnd.row]
                cell = "" if value is None or value is pd.NA else str(value)
            err = {"type": check.error_type, "check": check.name, "rowNumber": row,
                   "fieldName": target, "fieldNumber": numbers.get(target), "cell": cell,
                   "message": (f"{check.name}: {fnd.reason_en} in row {row} and field {target}"
                               if target else f"{check.name}: {fnd.reason_en}")}
            if check.name == "budget_identities":
                err["type"] = "budget-identity"
            shown = f"（现为“{cell}”）" if cell and check.level == "field" else ""
            err["note"] = f"{where} {label} {fnd.reason_zh}{shown}".replace("  ", " ").strip()
            errors.append(err)
            if positions is not None:
                positions.append(position)
    return errors


def validate_frame(frame: pd.DataFrame, schema: dict, *, domain: bool = True,
                   limit_errors: int = 100000, engine: str = "auto", period: str | None = None,
                   row_offset: int | None = None, duplicate_rows: bool = True,
                   fast_min_rows: int | None = None) -> ValidationReport:
    """Validate a table already under the schema's field names (header, body, domain checks).

    ``row_offset``: rows above the header in the source (a title row in a spreadsheet), so
    that row numbers point at the source's rows; by default ``frame.attrs["row_offset"]``."""
    if row_offset is None:
        row_offset = int(frame.attrs.get("row_offset", 0) or 0)
    columns = [str(c) for c in frame.columns]
    if len(set(columns)) != len(columns) or columns != list(frame.columns):
        frame = frame.copy()
        frame.columns = columns
    header_errors, warnings, header = check_header(columns, schema, header_row=1 + row_offset)
    present = header["present"]
    if header.get("duplicated"):
        frame = frame.loc[:, ~pd.Index(columns).duplicated()]
    descriptor, dropped = body_descriptor(schema, present)
    strings = _string_columns(frame, present)
    body_errors, info = validate_body(strings, descriptor, engine=engine,
                                      limit_errors=limit_errors, duplicate_rows=duplicate_rows,
                                      fast_min_rows=fast_min_rows)
    errors = _finish(header_errors + body_errors, schema, row_offset=row_offset, descriptor=descriptor)
    report = ValidationReport(valid=False, errors=errors, rows=len(frame), fields=len(present),
                              checks=["header", info["engine"]], engine=info["engine"],
                              warnings=warnings + list(info["warnings"]) + [
                                  f"not checked here: {d}" for d in dropped],
                              header=header, partial=info["partial"])
    if domain:
        string_frame = pd.DataFrame(strings, index=frame.index) if present else frame
        report.errors.extend(domain_errors(string_frame, schema, period=period,
                                           row_offset=row_offset, skipped=report.skipped))
        report.checks.append("domain")
    report.valid = not report.errors
    return report


def validate_csv(path: Path, schema: dict, *, limit_errors: int = 100000, domain: bool = True,
                 engine: str = "auto", period: str | None = None) -> ValidationReport:
    """Validate a CSV file. A UTF-8 file whose header is the schema's field names is validated
    as it is (frictionless reads the file itself, or the column engine reads it with pandas);
    any other file (Chinese headers, GB18030, title rows) is read by
    :func:`gongkai.tabular.read_table` first."""
    from .tabular import read_csv_exact, read_table

    path = Path(path)
    names = [f["name"] for f in schema["fields"]]
    exact = read_csv_exact(path, names)
    if exact is None:
        return validate_frame(normalise(read_table(path, schema), schema), schema, domain=domain,
                              limit_errors=limit_errors, engine=engine, period=period)
    rows, columns_or_none = exact
    chosen = choose_engine(engine, rows)
    if chosen == "columns" and columns_or_none is not None:
        from .columns import validate_columns

        descriptor = frictionless_schema(schema)
        with open(path, "rb") as fh:
            quoted = any(b'"' in chunk for chunk in iter(lambda: fh.read(1 << 20), b""))
        result = validate_columns(columns_or_none, descriptor, limit_errors=limit_errors,
                                  comma_free=not quoted)
        errors, info = result.errors, {"engine": "columns", "warnings": result.warnings,
                                       "partial": result.partial, "rows": result.rows}
    else:
        descriptor = frictionless_schema(schema)
        errors, nrows, _, warnings, partial = _run_frictionless(path, descriptor,
                                                                limit_errors=limit_errors)
        info = {"engine": "frictionless", "warnings": warnings, "partial": partial, "rows": nrows}
        columns_or_none = None
    errors = _finish(errors, schema, row_offset=0, descriptor=descriptor)
    report = ValidationReport(valid=False, errors=errors, rows=info["rows"], fields=len(names),
                              checks=["header", info["engine"]], engine=info["engine"],
                              warnings=list(info["warnings"]), partial=info["partial"],
                              header={"row": 1, "present": names, "missing_required": [],
                                      "missing_optional": [], "extra": [], "duplicated": [],
                                      "blank": []})
    if domain:
        if columns_or_none is None:
            frame = pd.read_csv(path, dtype=object, keep_default_na=False, na_filter=False,
                                skip_blank_lines=False, encoding="utf-8-sig")
        else:
            frame = pd.DataFrame(columns_or_none)
        report.errors.extend(domain_errors(frame, schema, period=period, skipped=report.skipped))
        report.checks.append("domain")
    report.valid = not report.errors
    return report
