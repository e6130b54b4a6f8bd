"""Methods: mask formats, keyed pseudonyms (stable, key-dependent, refused without a key),
generalisation (address, amount bands, age bands), suppression and redaction."""

from __future__ import annotations

import hashlib
import hmac
import pickle
from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import given

from deid_fixtures import KEY, OTHER_KEY, make_id, mobiles, phone_styles, resident_ids
from gongkai.deid import deidentify_frame
from gongkai.deid.errors import PolicyError, PseudonymKeyError
from gongkai.deid.methods import (KEY_ENV, Pseudonymiser, age_band, band_labels, coarsen,
                                  generalise_address, generalise_phone, mask_bank_card,
                                  mask_email, mask_name, mask_phone, mask_resident_id,
                                  normalise_for_pseudonym, parse_amounts, resolve_key)


# --- mask ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name,masked", [
    ("张小明", "张*明"), ("张明", "张*"), ("欧阳明", "欧阳*"), ("欧阳小明", "欧阳*明"),
    ("司马光", "司马*"), ("王", "王*"), (" 李娜 ", "李*"), ("Zhang Wei", "Z**** W**"),
    ("", ""),
])
def test_mask_name(name, masked):
    assert mask_name(name) == masked


def test_mask_resident_id_keeps_the_address_code():
    rid = make_id("370102", date(1980, 1, 1), 123)
    assert mask_resident_id(rid) == "370102" + "*" * 12
    assert mask_resident_id("370102800101123") == "370102" + "*" * 9


@given(mobiles())
def test_mask_phone_in_every_style(number):
    for style in phone_styles(number):
        assert mask_phone(style) == f"{number[:3]}****{number[-4:]}", style


def test_mask_phone_other_forms():
    assert mask_phone("0531-88886666") == "0531-****6666"
    assert mask_phone("(0531)8888666") == "0531-***8666"
    assert mask_phone("白天13812345678") == "白天138****5678"
    assert mask_phone("无") == "无"


def test_mask_card_and_email():
    assert mask_bank_card("6222 0212 3456 7890 128") == "*" * 15 + "0128"
    assert mask_email("zhang.wei@example.com") == "z***@example.com"
    assert mask_email("not an email") == "not an email"


# --- keyed pseudonyms ------------------------------------------------------------------------

def test_pseudonym_is_hmac_sha256_and_stable():
    p = Pseudonymiser(KEY)
    rid = make_id()
    expected = "pid_" + hmac.new(KEY, rid.encode(), hashlib.sha256).hexdigest()[:16]
    assert p(rid) == expected
    assert Pseudonymiser(KEY)(rid) == expected                   # another run, same key
    assert p.many([rid, rid]) == [expected, expected]
    assert Pseudonymiser(OTHER_KEY)(rid) != expected            # another key
    long_key = b"k" * 100                                        # longer than the block size
    assert Pseudonymiser(long_key)(rid) == "pid_" + hmac.new(long_key, rid.encode(),
                                                             hashlib.sha256).hexdigest()[:16]


@given(resident_ids())
def test_pseudonym_format_and_normalisation(rid):
    p = Pseudonymiser(KEY)
    out = p(normalise_for_pseudonym(rid, "cn_resident_id"))
    assert out.startswith("pid_") and len(out) == 20
    assert all(c in "0123456789abcdef" for c in out[4:])
    assert p.is_pseudonym(out)
    assert normalise_for_pseudonym(f" {rid.lower()} ", "cn_resident_id") == rid.upper()


def test_phone_normalisation_makes_styles_share_a_pseudonym():
    forms = phone_styles("13812345678")
    assert {normalise_for_pseudonym(f, "phone") for f in forms} == {"13812345678"}


def test_pseudonymiser_hides_the_key():
    p = Pseudonymiser(KEY)
    assert KEY.decode() not in repr(p)
    assert not hasattr(p, "key")
    with pytest.raises(TypeError):
        pickle.dumps(p)


def test_refusal_without_key(monkeypatch, tmp_path):
    # no key anywhere: not in the environment, no key file named, none in this HOME
    monkeypatch.delenv(KEY_ENV, raising=False)
    monkeypatch.delenv("GONGKAI_PSEUDONYM_KEY_FILE", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    with pytest.raises(PseudonymKeyError) as err:
        resolve_key(None)
    assert KEY_ENV in str(err.value)
    frame = pd.DataFrame({"id": [make_id()]})
    schema = {"fields": [{"name": "id", "pii": "cn_resident_id",
                          "deidentify": {"method": "keyed_pseudonym"}}]}
    with pytest.raises(PseudonymKeyError):
        deidentify_frame(frame, schema)


def test_refusal_with_short_key(monkeypatch):
    monkeypatch.setenv(KEY_ENV, "short-key-15byt")            # 15 bytes
    with pytest.raises(PseudonymKeyError) as err:
        resolve_key(None)
    assert "short-key" not in str(err.value)
    with pytest.raises(PseudonymKeyError):
        resolve_key(b"0123456789abcde")
    with pytest.raises(PseudonymKeyError):
        Pseudonymiser(b"")


def test_key_from_environment(monkeypatch):
    monkeypatch.setenv(KEY_ENV, KEY.decode())
    assert resolve_key(None) == KEY
    assert resolve_key("a-str-key-of-16+bytes") == b"a-str-key-of-16+bytes"


# --- generalise ------------------------------------------------------------------------------

@pytest.mark.parametrize("address,general", [
    ("清河街道青松社区3号楼2单元501室", "清河街道青松社区"),
    ("柳埠镇张庄村3组12号", "柳埠镇张庄村"),
    ("新村街道幸福社区5号楼", "新村街道幸福社区"),
    ("历下区青松社区居委会8号", "历下区青松社区居委会"),
    ("幸福路12号", "幸福路"),
    ("青松社区", "青松社区"),
    ("3号楼501室", None),
])
def test_generalise_address(address, general):
    assert generalise_address(address) == general


def test_amount_bands():
    values = np.array([-5, 0, 499.99, 500, 730, 1000, 1999, 2000, 2400, np.nan])
    labels = band_labels(values, [0, 500, 1000, 2000]).tolist()
    assert labels == ["<0", "0-500", "0-500", "500-1000", "500-1000", "1000-2000", "1000-2000",
                      "2000+", "2000+", None]
    assert coarsen([0, 500, 1000, 2000]) == [0, 1000]
    assert coarsen([0]) == [0]


def test_parse_amounts():
    s = pd.Series(["1,097,073.43", "730", "-", "(12.50)", None, "500元"], dtype="str")
    got = parse_amounts(s)
    assert got[0] == pytest.approx(1097073.43) and got[1] == 730 and got[3] == -12.5
    assert np.isnan(got[2]) and np.isnan(got[4]) and got[5] == 500


def test_age_bands():
    rid = make_id("370102", date(1980, 6, 15), 1)
    assert age_band(rid, as_of=date(2026, 6, 14)) == "40-49"
    assert age_band(rid, as_of=date(2026, 6, 15)) == "40-49"
    assert age_band(rid, as_of=date(2026, 6, 15), bands=[18, 46, 60]) == "46-59"
    assert age_band(rid, as_of=date(2026, 6, 14), bands=[18, 46, 60]) == "18-45"
    assert age_band("not an id", as_of=date(2026, 1, 1)) is None


def test_generalise_phone():
    assert generalise_phone("138-1234-5678") == "138********"
    assert generalise_phone("0531-88886666") == "0531-********"


# --- methods through deidentify_frame ---------------------------------------------------------

def _one(method: dict, kind: str, values: list, **extra):
    frame = pd.DataFrame({"f": values})
    schema = {"fields": [{"name": "f", "pii": kind, "deidentify": method, **extra}]}
    return deidentify_frame(frame, schema, key=KEY)


def test_suppress_column_and_value():
    out, report = _one({"method": "suppress"}, "phone", ["13812345678", None, ""])
    assert "f" not in out.columns and report["suppressed_fields"] == ["f"]
    assert report["fields"][0]["values_changed"] == 1
    out, report = _one({"method": "suppress", "scope": "value"}, "bank_card",
                       ["6222021234567890128", None, "x"])
    assert out["f"].isna().all() and report["suppressed_fields"] == []
    assert report["fields"][0]["values_changed"] == 2


def test_redact_whole_values_and_free_text():
    out, _ = _one({"method": "redact"}, "person_name", ["张三", "", None])
    assert out["f"].tolist()[:2] == ["〔姓名〕", ""]
    rid = make_id()
    out, report = _one({"method": "redact"}, "free_text", [f"代领人王小明，身份证{rid}", "无"])
    assert out["f"].tolist() == ["代领人〔姓名〕，身份证〔身份证号〕", "无"]
    assert report["fields"][0]["values_changed"] == 1


def test_generalise_through_the_frame():
    out, _ = _one({"method": "generalise", "bands": [0, 500, 1000, 2000]}, "none",
                  [730.0, 2400.0, None])
    assert out["f"].tolist()[:2] == ["500-1000", "2000+"]
    rid = make_id("370102", date(1980, 6, 15), 1)
    out, _ = _one({"method": "generalise", "as_of": "2026-06-15"}, "cn_resident_id", [rid])
    assert out["f"].tolist() == ["40-49"]


def test_keyed_pseudonym_through_the_frame_is_idempotent():
    rid = make_id()
    out, _ = _one({"method": "keyed_pseudonym"}, "cn_resident_id", [rid, rid.lower(), None])
    first = out["f"].tolist()
    assert first[0] == first[1] and first[0].startswith("pid_") and pd.isna(first[2])
    again, report = _one({"method": "keyed_pseudonym"}, "cn_resident_id", first)
    assert again["f"].tolist()[:2] == first[:2]
    assert report["fields"][0]["values_changed"] == 0


@pytest.mark.parametrize("field", [
    {"name": "f", "pii": "person_name", "deidentify": {"method": "generalise"}},
    {"name": "f", "pii": "none", "deidentify": {"method": "mask"}},
    {"name": "f", "pii": "phone", "deidentify": {"method": "suppress", "scope": "row"}},
    {"name": "f", "pii": "phone", "deidentify": {"method": "mask", "bands": [0, 1]}},
    {"name": "f", "pii": "none", "deidentify": {"method": "generalise", "bands": [5, 1]}},
    {"name": "f", "pii": "passport"},
    {"name": "f", "pii": "phone", "deidentify": {"method": "scramble"}},
])
def test_unusable_policies_are_refused(field):
    with pytest.raises(PolicyError):
        deidentify_frame(pd.DataFrame({"f": ["x"]}), {"fields": [field]}, key=KEY)


def test_many_plain_whole_column_path_equals_value_by_value():
    # many_plain tests a column of plain IDs joined, in one pass (_all_plain), and hashes with
    # Python's own SHA-256 where it has one: the pseudonyms are those of hmac, value by value,
    # and a column with one value that is not plain (empty, a pseudonym, full-width, a space)
    # takes the value-by-value path with the same pseudonyms for the plain values.
    import hashlib
    import hmac

    from gongkai.deid.methods import _SHA256, _all_plain

    assert _SHA256(b"abc").hexdigest() == hashlib.sha256(b"abc").hexdigest()
    key = b"k" * 24
    p = Pseudonymiser(key)
    plain = ["110101199003077735", "11010119900307773x", "A1b2", "9"]
    expect = ["pid_" + hmac.new(key, v.upper().encode(), "sha256").hexdigest()[:16] for v in plain]
    assert _all_plain(plain, "pid_")
    assert p.many_plain(plain) == (expect, [])
    for odd in ("", "pid_0123456789abcdef", "１２３", "12 34", "甲1"):
        values = plain[:2] + [odd] + plain[2:]
        assert not _all_plain(values, "pid_")
        out, others = p.many_plain(values)
        assert others == [2] and out[2] is None
        assert out[:2] + out[3:] == expect
    # a prefix of letters and digits only may stand inside a plain value: value by value
    assert not _all_plain(plain, "P1")
    q = Pseudonymiser(key, prefix="P1")
    assert q.many_plain(["P1X", "AB"]) == ([None, "P1" + hmac.new(key, b"AB", "sha256").hexdigest()[:16]], [0])
    assert not _all_plain([], "pid_") and not _all_plain(["ab", 3], "pid_")
