"""Policy from the schema: declared kinds and methods, header guesses (Chinese and English),
content guesses that catch misleading headers, defaults per kind."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from deid_fixtures import LISTING_SCHEMA, listing, make_id
from gongkai.deid.errors import PolicyError
from gongkai.deid.policy import DEFAULT_METHODS, PII_KINDS, Policy, header_kind


def test_declared_policy_is_read():
    policy = Policy.from_schema(LISTING_SCHEMA)
    f = policy.fields
    assert (f["resident_id"].kind, f["resident_id"].method) == ("cn_resident_id", "keyed_pseudonym")
    assert (f["head_of_household"].kind, f["head_of_household"].method) == ("person_name", "mask")
    assert (f["bank_card"].method, f["bank_card"].scope) == ("suppress", "value")
    assert f["hotline"].method == "keep" and f["hotline"].source == "declared"
    assert f["remarks"].method == "redact"
    assert policy.needs_key()


def test_deidentify_shorthand_and_aliases():
    policy = Policy.from_schema({"fields": [
        {"name": "a", "pii": "address", "deidentify": "generalize"},
        {"name": "b", "pii": "phone"},
        {"name": "c", "pii": None},
        {"name": "d", "deidentify": {"method": "generalise", "bands": [0, 500]}},
    ]})
    assert policy["a"].method == "generalise"
    assert policy["b"].method == DEFAULT_METHODS["phone"] == "mask"
    assert policy["c"].kind == "none" and policy["c"].method == "none"
    assert policy["d"].options["bands"] == [0.0, 500.0]


def test_default_methods_cover_every_kind():
    assert set(DEFAULT_METHODS) == set(PII_KINDS)
    policy = Policy.from_schema({"fields": [{"name": "card", "pii": "bank_card"}]})
    assert (policy["card"].method, policy["card"].scope) == ("suppress", "value")


@pytest.mark.parametrize("header,kind", [
    ("姓名", "person_name"), ("户主姓名", "person_name"), ("户主", "person_name"),
    ("身份证号码", "cn_resident_id"), ("身份证号", "cn_resident_id"),
    ("户主身份证号", "cn_resident_id"), ("联系电话", "phone"), ("手机", "phone"),
    ("联系人电话", "phone"), ("家庭住址", "address"), ("地址", "address"),
    ("备注", "free_text"), ("情况说明", "free_text"), ("银行卡号", "bank_card"),
    ("电子邮箱", "email"), ("戶主姓名", "person_name"),
    ("name", "person_name"), ("holder", "person_name"), ("head_of_household", "person_name"),
    ("ID number", "cn_resident_id"), ("id_no", "cn_resident_id"), ("idNumber", "cn_resident_id"),
    ("phone", "phone"), ("mobile", "phone"), ("tel", "phone"), ("address", "address"),
    ("remarks", "free_text"), ("note", "free_text"), ("comment", "free_text"),
    ("email", "email"), ("bank_account_no", "bank_card"),
])
def test_header_guess(header, kind):
    assert header_kind(header)[0] == kind


@pytest.mark.parametrize("header", ["序号", "保障人数", "救助金额", "居住社区(村)", "seq", "id",
                                    "amount", "community_name", "file_name", "table", "code"])
def test_headers_that_are_not_personal(header):
    assert header_kind(header) is None


def test_vague_english_name_needs_the_content_to_agree():
    budget = pd.DataFrame({"name": ["一般公共服务支出", "人大事务", "行政运行", "机关服务"]})
    assert Policy.from_schema(None, budget)["name"].kind == "none"
    people = pd.DataFrame({"name": ["张伟", "王芳", "李娜", "欧阳明"]})
    assert Policy.from_schema(None, people)["name"].kind == "person_name"
    # the schema's title also counts: 户主姓名 is a strong header
    titled = {"fields": [{"name": "hoh", "title": "户主姓名"}]}
    assert Policy.from_schema(titled, budget.rename(columns={"name": "hoh"}))["hoh"].kind == \
        "person_name"


def test_header_guess_in_chinese_and_english_through_a_frame():
    frame = pd.DataFrame({
        "户主姓名": ["张伟", "王芳"], "身份证号码": [make_id(), make_id(seq=5)],
        "联系电话": ["13812345678", "0531-88886666"], "住址": ["幸福路12号", "青松社区3号楼"],
        "备注": ["", "无"], "phone": ["13912345678", ""], "序号": [1, 2],
    })
    policy = Policy.from_schema(None, frame)
    assert {n: f.kind for n, f in policy.fields.items()} == {
        "户主姓名": "person_name", "身份证号码": "cn_resident_id", "联系电话": "phone",
        "住址": "address", "备注": "free_text", "phone": "phone", "序号": "none"}
    assert policy["身份证号码"].method == "keyed_pseudonym"
    assert policy["住址"].method == "generalise"


def test_content_guess_catches_misleading_headers():
    frame = listing(30)
    misleading = pd.DataFrame({
        "备用字段": frame["resident_id"],                 # IDs under a meaningless header
        "其他": frame["phone"],
        "说明": frame["resident_id"],                     # a free-text header holding IDs
        "field7": frame["head_of_household"],
        "x": frame["bank_card"],
        "y": frame["address"],
        "amount": frame["amount"],
    })
    policy = Policy.from_schema(None, misleading)
    assert policy["备用字段"].kind == "cn_resident_id" and policy["备用字段"].source == "content"
    assert policy["其他"].kind == "phone"
    assert policy["说明"].kind == "cn_resident_id"
    assert policy["field7"].kind == "person_name"
    assert policy["x"].kind == "bank_card"
    assert policy["y"].kind == "address"
    assert policy["amount"].kind == "none"
    assert policy["备用字段"].content_share == 1.0


def test_content_guess_needs_a_majority():
    values = ["无"] * 8 + ["13812345678", "13912345678"]
    assert Policy.from_schema(None, pd.DataFrame({"备用": values}))["备用"].kind == "none"
    values = ["无"] * 4 + ["13812345678"] * 3 + ["13912345678"] * 3
    assert Policy.from_schema(None, pd.DataFrame({"备用": values}))["备用"].kind == "phone"


def test_declared_kind_wins_over_content():
    frame = pd.DataFrame({"ids": [make_id()] * 3})
    schema = {"fields": [{"name": "ids", "pii": "none"}]}
    assert Policy.from_schema(schema, frame)["ids"].kind == "none"


def test_schema_fields_missing_from_the_frame_are_ignored():
    frame = pd.DataFrame({"a": [1]})
    policy = Policy.from_schema(LISTING_SCHEMA, frame)
    assert list(policy.fields) == ["a"]


def test_risk_declaration():
    policy = Policy.from_schema({"fields": [], "deidentification": {
        "quasi_identifiers": ["community", "amount"], "k": 3, "bands": {"amount": [0, 1000]}}})
    assert policy.quasi_identifiers == ["community", "amount"] and policy.k == 3
    assert policy.risk_bands == {"amount": [0.0, 1000.0]}
    assert Policy.from_schema({"fields": [], "deidentification": {
        "quasi_identifiers": ["a"]}}).k == 2


@pytest.mark.parametrize("bad", [
    {"quasi_identifiers": "a", "k": 0},
    {"quasi_identifiers": ["a"], "k": "2"},
    {"quasi_identifiers": [1]},
    {"quasi_identifiers": ["a"], "bands": {"a": "wide"}},
])
def test_bad_risk_declarations(bad):
    with pytest.raises(PolicyError):
        Policy.from_schema({"fields": [], "deidentification": bad})


def test_generalise_options_are_checked():
    with pytest.raises(PolicyError):
        Policy.from_schema({"fields": [{"name": "i", "pii": "cn_resident_id",
                                        "deidentify": {"method": "generalise", "as_of": "soon"}}]})
    policy = Policy.from_schema({"fields": [{"name": "i", "pii": "cn_resident_id",
                                             "deidentify": {"method": "generalise",
                                                            "as_of": "2026-01-01"}}]})
    assert policy["i"].options["as_of"] == date(2026, 1, 1)
