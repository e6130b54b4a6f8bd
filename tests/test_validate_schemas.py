"""The schemas of the notice's datasets: well-formed contracts, and their fixtures pass or fail
exactly as planted (tests/fixtures/schemas/<schema>/: valid.csv, invalid.csv, invalid.yaml)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from gongkai.deid.policy import Policy
from gongkai.validate.domain import declared_checks
from gongkai.validate.schema import SCHEMA_DIR, frictionless_schema, load_schema
from gongkai.validate.tabular import read_table
from gongkai.validate import normalise, validate_frame

FIXTURES = Path(__file__).parent / "fixtures" / "schemas"
NOTICE_SCHEMAS = ["dibao-listing", "budget-lines", "gazette-items", "poverty-fund-projects",
                  "air-quality-ranking", "food-drug-sampling", "administrative-penalties",
                  "fiscal-monthly"]
CJK = re.compile(r"[\u4e00-\u9fff]")

# Field names and de-identification declarations of the schemas the pipeline uses: others read
# them (deid, publish, CKAN), so they may gain descriptions and checks but not change.
FROZEN = {
    "dibao-listing": [("seq", None, None), ("head_of_household", "person_name", "mask"),
                      ("resident_id", "cn_resident_id", "keyed_pseudonym"),
                      ("phone", "phone", "suppress"), ("community", None, None),
                      ("address", "address", "suppress"), ("household_size", None, None),
                      ("amount", None, None), ("remarks", "free_text", "redact"),
                      ("supervision_hotline", "phone", "keep")],
    "budget-lines": [(n, "none", None) for n in (
        "department", "fiscal_year", "table", "table_kind", "classification", "code", "level",
        "parent", "name", "measure", "measure_path", "amount", "printed", "decimals", "unit",
        "unit_factor", "phase", "direction", "page", "row")],
}


@pytest.mark.parametrize("name", NOTICE_SCHEMAS)
def test_schema_is_a_complete_contract(name):
    from frictionless import Schema

    schema = load_schema(name)
    Schema.from_descriptor(frictionless_schema(schema))       # frictionless accepts it
    assert CJK.search(schema["title"]) and CJK.search(schema.get("description", ""))
    assert schema.get("primaryKey"), "each dataset names its primary key"
    names = [f["name"] for f in schema["fields"]]
    assert len(set(names)) == len(names)
    for f in schema["fields"]:
        assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", f["name"]), f["name"]
        assert CJK.search(f.get("title", "")), f"{name}.{f['name']} needs a Chinese title"
        assert CJK.search(f.get("description", "")), f"{name}.{f['name']} needs a description"
        assert f.get("type"), f"{name}.{f['name']} needs a type"
        assert "pii" in f or name == "dibao-listing", f"{name}.{f['name']}: declare pii (none if none)"
    declared_checks(schema)                                    # every check exists, right level
    Policy.from_schema(schema)                                 # the de-identification policy reads


ON_DISK = sorted(p.name.split(".schema.")[0] for p in SCHEMA_DIR.glob("*.schema.*"))


def test_every_notice_dataset_has_a_schema_and_fixtures():
    assert set(NOTICE_SCHEMAS) <= set(ON_DISK)
    assert {p.name for p in FIXTURES.iterdir() if p.is_dir()} == set(NOTICE_SCHEMAS)


@pytest.mark.parametrize("name", ON_DISK)
def test_every_schema_in_the_folder_is_usable(name):
    """Schemas added for other stages validate too: frictionless accepts them, their domain
    checks exist, their de-identification policy reads."""
    from frictionless import Schema

    schema = load_schema(name)
    Schema.from_descriptor(frictionless_schema(schema))
    declared_checks(schema)
    Policy.from_schema(schema)


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_pipeline_schemas_keep_their_fields_and_pii(name):
    schema = load_schema(name)
    got = [(f["name"], f.get("pii"), (f.get("deidentify") or {}).get("method"))
           for f in schema["fields"]]
    assert got == FROZEN[name]


def test_personal_data_is_declared_where_the_notice_implies_it():
    penalties = {f["name"]: f for f in load_schema("administrative-penalties")["fields"]}
    # a penalty on a natural person names the person: declared, and masked or withheld
    assert penalties["person_name"]["pii"] == "person_name"
    assert penalties["person_name"]["deidentify"]["method"] == "mask"
    assert penalties["person_id_number"]["pii"] == "cn_resident_id"
    assert penalties["person_id_number"]["deidentify"]["method"] == "suppress"
    assert penalties["legal_representative"]["pii"] == "person_name"
    # and appears only when the party is a natural person
    table = load_schema("administrative-penalties")["gongkai"]["domain_checks"]
    assert {"check": "required_if", "field": "person_name", "when": {"party_type": "自然人"},
            "otherwise_empty": True} in table
    sampling = {f["title"] for f in load_schema("food-drug-sampling")["fields"]}
    assert {"被抽检单位", "抽检产品名称", "标示的生产单位", "生产日期或批号及规格", "检验依据", "检验结果",
            "检验单位"} <= sampling


def _fixture(name: str, kind: str):
    meta = yaml.safe_load((FIXTURES / name / "meta.yaml").read_text(encoding="utf-8"))
    schema = load_schema(name)
    frame = read_table(FIXTURES / name / f"{kind}.csv", schema)
    return schema, frame, meta


@pytest.mark.parametrize("engine", ["frictionless", "columns"])
@pytest.mark.parametrize("name", NOTICE_SCHEMAS)
def test_valid_fixture_passes(name, engine):
    schema, frame, meta = _fixture(name, "valid")
    report = validate_frame(normalise(frame, schema), schema, period=meta.get("period"),
                            engine=engine, fast_min_rows=0)
    assert report.valid, [e["note"] for e in report.errors]
    assert report.skipped == []          # every declared check ran


@pytest.mark.parametrize("engine", ["frictionless", "columns"])
@pytest.mark.parametrize("name", NOTICE_SCHEMAS)
def test_invalid_fixture_fails_exactly_as_planted(name, engine):
    schema, frame, meta = _fixture(name, "invalid")
    expected = yaml.safe_load((FIXTURES / name / "invalid.yaml").read_text(encoding="utf-8"))["expected"]
    report = validate_frame(normalise(frame, schema), schema, period=meta.get("period"),
                            engine=engine, fast_min_rows=0)
    assert not report.valid
    got = sorted([[e["type"], e["rowNumber"], e["fieldName"]] for e in report.errors],
                 key=lambda t: (t[1] or 0, t[0], t[2] or ""))
    assert got == expected
    for err in report.errors:
        assert CJK.search(err["note"]), err
        assert {"type", "rowNumber", "fieldName", "cell", "message", "note"} <= set(err)


def test_invalid_fixture_notes_read_as_instructions():
    schema, frame, meta = _fixture("dibao-listing", "invalid")
    notes = [e["note"] for e in validate_frame(normalise(frame, schema), schema).errors]
    assert "第2行 身份证号码 校验位错误" in notes
    assert "第3行 身份证号码 出生日期无效，校验位错误" in notes
    assert "第4行 居住社区(村) 为必填项，不能为空" in notes
    assert "第5行 主键（序号）与第4行重复" in notes
    assert "第6行 为空行" in notes
    assert "第8行 与第7行完全重复" in notes
    assert any(n.startswith("第4行 救助金额（元） 类型错误，应为数值") for n in notes)


def test_periods_matter_where_declared():
    schema, frame, meta = _fixture("food-drug-sampling", "valid")
    frame = normalise(frame, schema)
    # without a period the check cannot run: the report says so instead of passing silently
    report = validate_frame(frame, schema)
    assert report.valid and report.skipped == [
        {"check": "date_in_period", "field": "sampling_date",
         "reason": "no period declared (validate --period YYYY-MM)"}]
    report = validate_frame(frame, schema, period="2026-09")
    assert {e["type"] for e in report.errors} == {"date-in-period"}
    assert validate_frame(frame, schema, period="2026-Q4").valid
    assert validate_frame(frame, schema, period="2026").valid


@pytest.mark.parametrize("name", NOTICE_SCHEMAS)
def test_schema_text_passes_the_release_gate(name):
    """The schema is published in datapackage.json, which the release gate scans: no title or
    description may read as personal data (户主居住… reads as a name after 户主)."""
    from gongkai.deid.detectors import find_all

    def strings(node):
        if isinstance(node, dict):
            for value in node.values():
                yield from strings(value)
        elif isinstance(node, list):
            for value in node:
                yield from strings(value)
        elif isinstance(node, str):
            yield node

    for text in strings(load_schema(name)):
        assert not find_all(text), text
