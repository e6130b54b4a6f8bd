"""Validation: Frictionless Table Schema checks plus Chinese domain checks, errors as data.

Each error is a dict in frictionless's shape (``type``, ``rowNumber``, ``fieldName``, ``cell``,
``message``) plus ``note``: a sentence in Chinese that a data officer can act on
("第12行 身份证号码 校验位错误"). Cells that may hold personal data are never copied into an
error: ``cell`` is blanked for fields the schema declares as personal data.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .extract.parsers import parse_amount
from .schema import frictionless_schema

_TYPE_NAMES_ZH = {"integer": "整数", "number": "数值", "date": "日期（YYYY-MM-DD）", "string": "文本",
                  "boolean": "是/否", "datetime": "日期时间", "year": "年份"}


@dataclass
class ValidationReport:
    valid: bool
    errors: list[dict] = field(default_factory=list)
    rows: int = 0
    fields: int = 0
    checks: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"valid": self.valid, "rows": self.rows, "fields": self.fields,
                "checks": self.checks, "error_count": len(self.errors), "errors": self.errors}

    def summary(self) -> pd.DataFrame:
        if not self.errors:
            return pd.DataFrame(columns=["type", "fieldName", "count"])
        frame = pd.DataFrame(self.errors)
        return frame.groupby(["type", "fieldName"], dropna=False).size().reset_index(name="count")


def normalise(frame: pd.DataFrame, schema: dict) -> pd.DataFrame:
    """Printed numbers to plain ones ('1,260' -> '1260'); what does not parse is left for the
    validator to report with its row."""
    out = frame.copy()
    for f in schema["fields"]:
        name = f["name"]
        if name not in out.columns:
            continue
        if f.get("type") in ("integer", "number"):
            out[name] = out[name].map(_plain_number, na_action="ignore")
        elif f.get("type") == "string":
            out[name] = out[name].map(lambda v: v.strip() if isinstance(v, str) else v,
                                      na_action="ignore")
    return out


def _plain_number(value):
    if not isinstance(value, str):
        return value
    try:
        parsed = parse_amount(value)
    except ValueError:
        return value
    if parsed is None:
        return ""
    text = format(parsed, "f")
    return text


def _private_fields(schema: dict) -> set[str]:
    return {f["name"] for f in schema["fields"] if f.get("pii") not in (None, "none")}


def _note(error: dict, titles: dict[str, str]) -> str:
    row = error.get("rowNumber")
    where = f"第{row}行" if row else "表头"
    label = titles.get(error.get("fieldName") or "", error.get("fieldName") or "")
    etype = error.get("type", "")
    if etype == "type-error":
        return f"{where} {label} 类型错误，应为{_TYPE_NAMES_ZH.get(error.get('fieldType', ''), '')}"
    if etype == "constraint-error":
        if "required" in error.get("message", ""):
            return f"{where} {label} 为必填项，不能为空"
        return f"{where} {label} 不满足约束：{error.get('constraint', '')}"
    if etype in ("primary-key", "unique-error"):
        return f"{where} 主键重复"
    if etype == "blank-row":
        return f"{where} 为空行"
    if etype == "duplicate-row":
        return f"{where} 与前面某行完全重复"
    if etype == "missing-label":
        return f"缺少字段 {label}"
    if etype == "extra-label":
        return f"多出字段 {error.get('label', label)}"
    if etype == "resident-id-check":
        return f"{where} {label} 校验位错误或出生日期无效"
    if etype == "budget-identity":
        return f"{where} 勾稽关系不成立：{error.get('message', '')}"
    return f"{where} {label} {error.get('message', '')}"


def validate_frame(frame: pd.DataFrame, schema: dict, *, domain: bool = True,
                   limit_errors: int = 100000) -> ValidationReport:
    """Validate a frame (already under the schema's field names) with frictionless."""
    with tempfile.TemporaryDirectory(prefix="gongkai-validate-") as tmp:
        path = Path(tmp) / "data.csv"
        frame.to_csv(path, index=False, encoding="utf-8")
        report = validate_csv(path, schema, limit_errors=limit_errors, domain=False)
    if domain:
        report.errors.extend(domain_errors(frame, schema))
        report.checks.append("domain")
        report.valid = not report.errors
    return report


def validate_csv(path: Path, schema: dict, *, limit_errors: int = 100000,
                 domain: bool = True) -> ValidationReport:
    from frictionless import Checklist, Resource, Schema

    resource = Resource(path=str(path.name), basepath=str(path.parent),
                        schema=Schema.from_descriptor(frictionless_schema(schema)))
    fl_report = resource.validate(checklist=Checklist(), limit_errors=limit_errors)
    titles = {f["name"]: f.get("title", f["name"]) for f in schema["fields"]}
    private = _private_fields(schema)
    errors = []
    for task in fl_report.tasks:
        for err in task.errors:
            desc = err.to_descriptor()
            field_name = desc.get("fieldName")
            item = {
                "type": desc.get("type"),
                "rowNumber": desc.get("rowNumber"),
                "fieldName": field_name,
                "fieldNumber": desc.get("fieldNumber"),
                "cell": "" if field_name in private else desc.get("cell"),
                "message": desc.get("message") if field_name not in private
                else f"{desc.get('title', desc.get('type'))} in field {field_name}",
            }
            if "fieldType" in desc or field_name in titles:
                item["fieldType"] = next((f.get("type") for f in schema["fields"]
                                          if f["name"] == field_name), None)
            item["note"] = _note(item | {"label": desc.get("label")}, titles)
            errors.append(item)
    for err in fl_report.errors:  # resource-level problems (encoding, scheme)
        desc = err.to_descriptor()
        errors.append({"type": desc.get("type"), "rowNumber": None, "fieldName": None,
                       "cell": None, "message": desc.get("message"),
                       "note": f"文件无法读取：{desc.get('message')}"})
    stats = fl_report.tasks[0].stats if fl_report.tasks else {}
    rep = ValidationReport(valid=not errors, errors=errors, rows=stats.get("rows", 0) or 0,
                           fields=stats.get("fields", 0) or 0, checks=["frictionless"])
    if domain:
        frame = pd.read_csv(path, dtype="string", keep_default_na=False)
        rep.errors.extend(domain_errors(frame, schema))
        rep.checks.append("domain")
        rep.valid = not rep.errors
    return rep


def domain_errors(frame: pd.DataFrame, schema: dict) -> list[dict]:
    """Checks frictionless cannot express: resident ID check characters (on raw data)."""
    from .deid.detectors import resident_id_valid

    titles = {f["name"]: f.get("title", f["name"]) for f in schema["fields"]}
    errors = []
    for f in schema["fields"]:
        if f.get("pii") == "cn_resident_id" and f["name"] in frame.columns:
            values = frame[f["name"]]
            for i, value in enumerate(values, start=2):  # row 1 is the header, as frictionless
                if isinstance(value, str) and value.strip() and not value.startswith("pid_") \
                        and not resident_id_valid(value.strip()):
                    err = {"type": "resident-id-check", "rowNumber": i, "fieldName": f["name"],
                           "cell": "", "message": "resident ID check character or birth date invalid"}
                    err["note"] = _note(err, titles)
                    errors.append(err)
    return errors


def write_report(report: ValidationReport, path: Path) -> None:
    path.write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
