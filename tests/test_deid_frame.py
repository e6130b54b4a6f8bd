"""deidentify_frame end to end: policy applied, every remaining cell swept, k-anonymity checked,
and a report that counts without ever holding a personal value."""

from __future__ import annotations

import json
import pickle
from datetime import date

import numpy as np
import pandas as pd
import pytest

from deid_fixtures import KEY, LISTING_SCHEMA, listing, make_id
from gongkai.deid import deidentify_frame, find_all
from gongkai.deid.risk import assess, enforce_k


def _personal_values(frame: pd.DataFrame) -> set[str]:
    cols = ["head_of_household", "resident_id", "phone", "address", "bank_card"]
    values = {str(v) for c in cols for v in frame[c] if isinstance(v, str) and v}
    for text in frame["remarks"]:
        values |= {text[h.start:h.end] for h in find_all(text)}
    return values


def test_listing_is_deidentified_and_the_report_has_no_values():
    raw = listing(60)
    out, report = deidentify_frame(raw, LISTING_SCHEMA, key=KEY)
    assert list(out.columns) == list(raw.columns)
    assert out["head_of_household"].str.contains(r"\*").all()
    assert out["resident_id"].str.match(r"^pid_[0-9a-f]{16}$").all()
    assert out["phone"].str.match(r"^1[3-9][0-9]\*{4}[0-9]{4}$").all()
    assert set(out["address"]) <= {"清河街道青松社区", "清河街道翠柳社区", "柳埠镇张庄村"}
    assert out["bank_card"].isna().all()
    assert (out["hotline"] == raw["hotline"]).all()                # declared keep
    assert (out["amount"] == raw["amount"]).all()
    for text in out["remarks"]:
        assert find_all(text) == []
    # nothing personal anywhere in the output or the report
    flat = out.astype(str).to_numpy().ravel().tolist()
    dumped = json.dumps(report, ensure_ascii=False)
    for value in _personal_values(raw):
        assert value not in flat
        assert value not in dumped
    fields = {f["field"]: f for f in report["fields"]}
    assert fields["resident_id"]["values_changed"] == 60
    assert fields["hotline"]["values_changed"] == 0
    assert report["rows"] == 60
    assert report["risk"] == {"assessed": False, "reason": "no quasi_identifiers declared"}


def test_raw_frame_is_not_modified():
    raw = listing(10)
    before = raw.copy()
    deidentify_frame(raw, LISTING_SCHEMA, key=KEY)
    pd.testing.assert_frame_equal(raw, before)


def test_raw_frame_whose_text_columns_share_one_block_is_not_modified():
    # a frame built from one 2-D object array (as read back from a pickle or a database) keeps its
    # text columns in one block; pandas' to_numpy(copy=True) has returned a view of such a block,
    # through which suppressing a value would write None into the caller's frame
    listing_frame = listing(10)
    raw = pickle.loads(pickle.dumps(
        pd.DataFrame(listing_frame.to_numpy(dtype=object), columns=listing_frame.columns)))
    before = raw.copy(deep=True)
    deidentify_frame(raw, LISTING_SCHEMA, key=KEY)
    pd.testing.assert_frame_equal(raw, before)


def test_pseudonyms_are_stable_across_runs_and_differ_by_key():
    raw = listing(10)
    a, _ = deidentify_frame(raw, LISTING_SCHEMA, key=KEY)
    b, _ = deidentify_frame(raw.iloc[::-1], LISTING_SCHEMA, key=KEY)
    c, _ = deidentify_frame(raw, LISTING_SCHEMA, key=b"yet-another-key-0123456789")
    assert a["resident_id"].tolist() == b["resident_id"].iloc[::-1].tolist()
    assert not set(a["resident_id"]) & set(c["resident_id"])


def test_key_from_environment(monkeypatch):
    monkeypatch.setenv("GONGKAI_PSEUDONYM_KEY", KEY.decode())
    out, _ = deidentify_frame(listing(5), LISTING_SCHEMA)
    ref, _ = deidentify_frame(listing(5), LISTING_SCHEMA, key=KEY)
    assert out["resident_id"].tolist() == ref["resident_id"].tolist()


def test_no_key_needed_without_pseudonyms(monkeypatch):
    monkeypatch.delenv("GONGKAI_PSEUDONYM_KEY", raising=False)
    schema = {"fields": [{"name": "n", "pii": "person_name"}]}
    out, _ = deidentify_frame(pd.DataFrame({"n": ["张伟"]}), schema)
    assert out["n"].tolist() == ["张*"]


def test_undeclared_columns_are_swept_and_counted():
    rid = make_id("370102", date(1990, 3, 7), 773)
    frame = pd.DataFrame({
        "note": [f"身份证{rid}", "电话13812345678，13912345678", "无"],
        "code": ["2080201", "2080202", "岳政发〔2026〕8号"],
        "hotline": ["0531-86901234"] * 3,
        "also_hotline": ["0531-86901234"] * 3,
    })
    schema = {"fields": [
        {"name": "note", "pii": "none"},
        {"name": "hotline", "deidentify": {"method": "keep"}},
    ]}
    out, report = deidentify_frame(frame, schema)
    assert out["note"].tolist() == ["身份证〔身份证号〕", "电话〔电话〕，〔电话〕", "无"]
    assert out["code"].tolist() == frame["code"].tolist()
    assert out["hotline"].tolist() == frame["hotline"].tolist()
    assert set(out["also_hotline"]) == {"0531-****1234"}  # header guess: phone -> mask
    hits = {(h["field"], h["detector"]): h["count"] for h in report["undeclared_hits"]}
    assert hits == {("note", "cn_resident_id"): 1, ("note", "mobile"): 2}
    also = next(f for f in report["fields"] if f["field"] == "also_hotline")
    assert (also["kind"], also["method"], also["values_changed"]) == ("phone", "mask", 3)


def test_declared_columns_are_swept_after_their_method():
    # a name column with a phone in it: masking the name is not enough
    frame = pd.DataFrame({"addr": ["户主张伟家住清河街道青松社区3号楼", "幸福路12号"]})
    schema = {"fields": [{"name": "addr", "pii": "address"}]}
    out, report = deidentify_frame(frame, schema)
    assert out["addr"].tolist() == ["户主〔姓名〕家住清河街道青松社区", "幸福路"]
    assert report["undeclared_hits"] == [{"field": "addr", "detector": "person_name", "count": 1}]


def test_misleading_header_is_caught_without_schema():
    raw = listing(20)
    frame = pd.DataFrame({"备用字段": raw["resident_id"], "其他": raw["head_of_household"]})
    out, report = deidentify_frame(frame, None, key=KEY)
    assert out["备用字段"].str.startswith("pid_").all()
    assert out["其他"].str.contains(r"\*").all()
    kinds = {f["field"]: (f["kind"], f["source"]) for f in report["fields"]}
    assert kinds == {"备用字段": ("cn_resident_id", "content"), "其他": ("person_name", "content")}


def test_dtypes_numbers_and_missing_values():
    rid = make_id("370102", date(1980, 1, 1), 123)
    frame = pd.DataFrame({
        "s": pd.Series(["张伟", None, "", "李娜"], dtype="string"),
        "numbers": pd.Series([13812345678, 2, 3, None], dtype="Int64"),
        "obj": pd.Series([rid, 5, None, "x"], dtype=object),
        "when": pd.to_datetime(["2026-01-01", None, "2026-02-01", None]),
        "flag": [True, False, True, True],
    })
    schema = {"fields": [{"name": "s", "pii": "person_name"},
                         {"name": "obj", "pii": "none"}]}
    out, report = deidentify_frame(frame, schema, key=KEY)
    assert out["s"].dtype == frame["s"].dtype
    assert out["s"].tolist()[0] == "张*" and pd.isna(out["s"].tolist()[1])
    assert out["numbers"].tolist()[0] == "〔电话〕"          # swept (too few for a guess)
    assert out["obj"].tolist()[0] == "〔身份证号〕"
    assert out["when"].equals(frame["when"]) and out["flag"].equals(frame["flag"])


def test_big_enough_frame_uses_the_vectorised_path_consistently():
    raw = listing(3000, seed=11)
    out, report = deidentify_frame(raw, LISTING_SCHEMA, key=KEY)
    for text in out["remarks"].sample(300, random_state=1):
        assert find_all(text) == []
    changed = {f["field"]: f["values_changed"] for f in report["fields"]}
    assert changed["head_of_household"] == 3000 and changed["phone"] == 3000


# --- k-anonymity -----------------------------------------------------------------------------

def test_assess_counts_classes():
    frame = pd.DataFrame({"c": ["a", "a", "a", "b", "b", "c"], "n": [1, 1, 2, 1, 1, 3]})
    r = assess(frame, ["c", "n"], 2)
    assert r == {"k": 1, "records_below_k": 2, "classes": 4, "records_considered": 6}
    assert assess(frame, ["c"], 2)["k"] == 1
    assert assess(frame.iloc[:5], ["c"], 2)["records_below_k"] == 0


def test_enforce_k_coarsens_bands_then_suppresses():
    amounts = np.array([100, 600, 700, 1500, 1600, 2500.0])
    frame = pd.DataFrame({"community": ["青松"] * 6,
                          "amount": pd.Series(["0-500", "500-1000", "500-1000", "1000-2000",
                                               "1000-2000", "2000+"], dtype="str")})
    out, report = enforce_k(frame, ["community", "amount"], 2,
                            bandable={"amount": (amounts, [0, 500, 1000, 2000])})
    assert report["k_before"] == 1 and report["records_below_k_before"] == 2
    assert report["actions"][0] == {"action": "generalise", "field": "amount", "bands": [0, 1000]}
    assert out["amount"].tolist() == ["0-1000"] * 3 + ["1000+"] * 3
    assert report["satisfied"] and report["k_after"] == 3 and report["records_suppressed"] == 0


def test_enforce_k_suppresses_the_offending_records():
    frame = pd.DataFrame({"community": ["青松", "青松", "翠柳", "张庄"],
                          "size": [2, 2, 3, 1], "other": ["x", "y", "z", "w"]})
    out, report = enforce_k(frame, ["community", "size"], 2)
    assert report["records_suppressed"] == 2 and report["satisfied"]
    assert out["community"].tolist()[:2] == ["青松", "青松"]
    assert out["community"].isna().tolist() == [False, False, True, True]
    assert str(out["size"].dtype) == "Int64" and out["size"].isna().sum() == 2
    assert out["other"].tolist() == ["x", "y", "z", "w"]
    assert frame["community"].notna().all()                        # input untouched


def test_risk_through_deidentify_frame():
    raw = listing(30)
    schema = dict(LISTING_SCHEMA)
    schema["fields"] = [dict(f) for f in LISTING_SCHEMA["fields"]]
    amount = next(f for f in schema["fields"] if f["name"] == "amount")
    amount["deidentify"] = {"method": "generalise", "bands": [0, 400, 600, 800, 1000]}
    schema["deidentification"] = {"quasi_identifiers": ["community", "household_size", "amount"],
                                  "k": 2}
    out, report = deidentify_frame(raw, schema, key=KEY)
    risk = report["risk"]
    assert risk["assessed"] and risk["k_threshold"] == 2
    assert risk["k_before"] == 1 and risk["records_below_k_before"] > 0
    assert risk["satisfied"] and risk["records_below_k_after"] == 0
    assert risk["actions"][0]["action"] == "generalise"
    assert assess(out, ["community", "household_size", "amount"], 2)["records_below_k"] == 0


def test_risk_only_bands_are_applied_when_needed():
    frame = pd.DataFrame({"c": ["a"] * 4, "amount": [100.0, 200.0, 300.0, 900.0]})
    schema = {"fields": [], "deidentification": {"quasi_identifiers": ["c", "amount"], "k": 2,
                                                  "bands": {"amount": [0, 500]}}}
    out, report = deidentify_frame(frame, schema)
    assert report["risk"]["actions"][0] == {"action": "generalise", "field": "amount",
                                            "bands": [0, 500]}
    assert out["amount"].tolist()[:3] == ["0-500"] * 3
    assert report["risk"]["records_suppressed"] == 1                 # 900 stays alone
    ok = pd.DataFrame({"c": ["a"] * 4, "amount": [100.0, 100.0, 300.0, 300.0]})
    out, report = deidentify_frame(ok, schema)
    assert report["risk"]["actions"] == [] and out["amount"].tolist() == ok["amount"].tolist()


def test_quasi_identifiers_missing_from_the_frame_are_reported():
    frame = pd.DataFrame({"c": ["a", "a"]})
    schema = {"fields": [], "deidentification": {"quasi_identifiers": ["c", "gone"], "k": 2}}
    _, report = deidentify_frame(frame, schema)
    assert report["risk"]["ignored_quasi_identifiers"] == ["gone"]
    assert report["risk"]["satisfied"]


def test_a_public_field_keeps_an_official_after_a_cue_and_redacts_a_private_person():
    schema = {"fields": [{"name": "notice", "type": "string", "pii": "free_text",
                          "deidentify": {"method": "redact", "public_names": True}}]}
    raw = pd.DataFrame({"notice": ["任前公示：姓名：刘志刚，男，现任县教育局副局长，拟任县教育局局长。",
                                   "公示期间，申请人：孔德华提出异议，已由副局长苏建平答复。"]})
    out, _report = deidentify_frame(raw, schema, key=KEY)
    assert "刘志刚" in out["notice"][0] and "苏建平" in out["notice"][1]
    assert "孔德华" not in out["notice"][1]


def test_a_field_of_officials_keeps_officials_and_removes_the_private_persons_it_names():
    schema = {"fields": [{"name": "text", "type": "string", "pii": "free_text",
                          "deidentify": {"method": "redact", "public_names": "officials"}}]}
    raw = pd.DataFrame({"text": ["任命汪建国为县水利局局长。",
                                 "县征兵办公告：本年度入伍新兵朱立伟；吴晓梅。征兵办主任谢浩军。"]})
    out, _report = deidentify_frame(raw, schema, key=KEY)
    assert "汪建国" in out["text"][0] and "谢浩军" in out["text"][1]
    assert "朱立伟" not in out["text"][1] and "吴晓梅" not in out["text"][1]


def test_public_names_takes_true_false_or_officials_only():
    from gongkai.deid.errors import PolicyError

    schema = {"fields": [{"name": "text", "type": "string", "pii": "free_text",
                          "deidentify": {"method": "redact", "public_names": "everyone"}}]}
    with pytest.raises(PolicyError, match="public_names"):
        deidentify_frame(pd.DataFrame({"text": ["x"]}), schema, key=KEY)


# --- speed plumbing (round 16): per-cell reading of columns that hardly repeat, reused codes ---

def _hardly_repeating_frame(n: int = 120_000) -> pd.DataFrame:
    rng = np.random.default_rng(16)
    ids = [make_id(f"3701{rng.integers(10, 99)}",
                   date(int(rng.integers(1950, 2000)), int(rng.integers(1, 13)), int(rng.integers(1, 29))),
                   int(rng.integers(0, 1000))) for _ in range(n)]
    phones = [f"1{rng.integers(3, 9)}{rng.integers(100_000_000, 999_999_999)}" for _ in range(n)]
    phones[5] = "  "                                   # a blank cell
    phones[7] = "0531-86901234"                        # a landline
    phones[9] = "138 1234 5678，急"                    # text around a phone
    ids[3] = ids[4]                                    # one value twice
    notes = ["" if i % 3 else f"联系人王伟，电话{phones[i]}" if i % 2 else "由女儿刘芳代领" for i in range(n)]
    notes[6] = "户主身份证" + ids[6]
    return pd.DataFrame({"身份证号": pd.Series(ids, dtype="str"), "联系电话": pd.Series(phones, dtype="str"),
                         "备注": pd.Series(notes, dtype="str"),
                         "社区": pd.Series(["青松社区"] * n, dtype="str")})


def test_hardly_repeating_columns_read_per_cell_give_the_same_frame(monkeypatch):
    """A text column whose values hardly repeat is read a value per cell instead of by its
    distinct values: the result and the report are those of the distinct-value path."""
    from gongkai.deid import frame as frame_module

    df = _hardly_repeating_frame()
    schema = {"fields": [{"name": "身份证号", "pii": "cn_resident_id",
                          "deidentify": {"method": "keyed_pseudonym"}},
                         {"name": "联系电话", "pii": "phone", "deidentify": {"method": "mask"}},
                         {"name": "备注"}, {"name": "社区"}]}
    codes, texts = frame_module._distinct_values(df["身份证号"])
    assert len(texts) == len(df) and texts[3] == texts[4]            # per cell: repeats kept
    fast, fast_report = deidentify_frame(df, schema, key=KEY)
    monkeypatch.setattr(frame_module, "_ROWS_DISTINCT_SHARE", 2.0)      # never per cell
    slow, slow_report = deidentify_frame(df, schema, key=KEY)
    pd.testing.assert_frame_equal(fast, slow)
    assert fast_report == slow_report
    assert fast["联系电话"].iloc[0].count("*") == 4 and fast["联系电话"].iloc[5] == "  "


def test_the_name_pass_and_the_split_check_read_the_columns_codes():
    """The uncued name pass reads a free-text column's distinct texts (not its rows again) and
    redacts each row that holds a name found there, whatever the column's dtype; the split
    numbers are found across a kept column and a free-text one as before."""
    for dtype in ("str", object):
        df = pd.DataFrame({"备注": pd.Series(["王伟来电", "", None, "无", "王伟来电", "李娜已领取"] * 50,
                                             dtype=dtype),
                           "a": pd.Series(["62220212"] * 300, dtype=dtype),
                           "b": pd.Series(["34567894"] * 300, dtype=dtype)})
        schema = {"fields": [{"name": "备注", "pii": "free_text", "deidentify": {"method": "redact"}},
                             {"name": "a", "deidentify": {"method": "keep"}},
                             {"name": "b", "deidentify": {"method": "keep"}}]}
        out, report = deidentify_frame(df, schema, key=KEY)
        notes = out["备注"].tolist()
        assert notes[0] == notes[4] and "王伟" not in notes[0] and "李娜" not in notes[5]
        assert notes[1] == "" and pd.isna(notes[2]) and notes[3] == "无"
        fields = {f["field"]: f["values_changed"] for f in report["fields"]}
        assert fields["备注"] == 150
        assert report["undeclared_hits"] == [{"field": "a", "detector": "bank_card_split", "count": 300}]
        assert set(out["a"]) == set(out["b"]) == {"〔银行卡号〕"}


def test_declared_values_looked_for_per_field_then_replaced_in_order():
    """A row's declared values are looked for in its free text field by field; a row whose text
    holds one is rewritten field after field as before, the others stay as they are."""
    df = pd.DataFrame({"姓名": ["张三丰", "李四", "王五", None],
                       "电话": ["13812345678", " 13912345678 ", "1", "13712345678"],
                       "备注": ["张三丰来电13812345678", "李四 13912345678", "王五", "无"]})
    schema = {"fields": [{"name": "姓名", "pii": "person_name", "deidentify": {"method": "mask"}},
                         {"name": "电话", "pii": "phone", "deidentify": {"method": "mask"}},
                         {"name": "备注", "pii": "free_text", "deidentify": {"method": "redact"}}]}
    out, _report = deidentify_frame(df, schema, key=KEY)
    notes = out["备注"].tolist()
    assert "张三丰" not in notes[0] and "13812345678" not in notes[0]
    assert "李四" not in notes[1] and "13912345678" not in notes[1]
    assert "王五" not in notes[2] and notes[3] == "无"


def test_round_seventeen_fast_paths_give_what_the_general_paths_give():
    """The seventeenth round's shortcuts (issue 14's 1M rows in 10 s) change no value: a column's
    object array factorised gives distinct_text's codes and texts; an ID column's usual cells
    are pseudonymised in one loop as many() does on their normal forms, the other cells as
    before; a phone of 11 bare digits is masked as the pattern masks it; the lexicon's character
    counts are Counter's."""
    from collections import Counter

    from gongkai.deid import frame as frame_module
    from gongkai.deid.detectors import distinct_text
    from gongkai.deid.methods import (_MOBILE_WHOLE, Pseudonymiser, mask_phone_whole,
                                      normalise_for_pseudonym)
    from gongkai.deid.names import _char_counts

    column = pd.Series(["王伟", None, "", "李娜", "王伟", " ", "李娜 ", np.nan, "张三"] * 3, dtype="str")
    codes, texts, distinct = frame_module._distinct_values_known(column)
    ref_codes, ref_uniques = distinct_text(column)
    assert distinct and list(codes) == list(ref_codes) and texts == ref_uniques.tolist()
    assert all(isinstance(t, str) for t in texts) and len(set(texts)) == len(texts)

    pseudo = Pseudonymiser(KEY)
    ids = [make_id(), "37010219900101123x", " 37010219900101123X ",
           "", "   ", "370102 19900101 123X", "３７０１０２１９９００１０１１２３Ｘ",
           pseudo("37010219900101123X"), "pid_zz", "ab12"]
    out, others = pseudo.many_plain(ids)
    for i, v in enumerate(ids):
        if i in others:
            assert out[i] is None
        else:
            assert out[i] == pseudo.many([v.upper()])[0] == pseudo(normalise_for_pseudonym(v, "cn_resident_id"))
    rule = frame_module._pseudonym_rule(pseudo, "cn_resident_id")
    expected = []
    for v in ids:
        if "pid_" in v and pseudo.is_pseudonym(v.strip()):
            expected.append(v.strip())
        elif not v.strip():
            expected.append(v)
        else:
            expected.append(pseudo(normalise_for_pseudonym(v, "cn_resident_id")))
    assert rule.func(ids) == expected

    phones = ["13812345678", "12812345678", "1381234567", "138123456789", "１３８１２３４５６７８",
              "19912345678", "10012345678", "0531-86901234", "138-1234-5678", "+86 13812345678", ""]
    outs, generated = frame_module._phone_masks(phones)
    for v, o, g in zip(phones, outs, generated):
        m = _MOBILE_WHOLE.match(v)
        if m is not None:
            assert o == m[1] + "****" + m[3] and g
        elif mask_phone_whole(v) is not None:
            assert o == mask_phone_whole(v) and g
        else:
            assert not g

    text = "王伟李娜张三丰　abc\U00020000王" * 3
    assert _char_counts(text) == dict(Counter(text)) and _char_counts("") == {}


def test_phone_shapes_masked_as_cell_by_cell():
    """_phone_masks' array path for the usual shapes (11 digits, 3-4-4 with spaces or dashes,
    +86 and 11 digits, 4-digit area code and 8 digits) gives what the per-cell path gives, on
    each shape and on every one-character change of it (a shape missed goes cell by cell)."""
    from gongkai.deid import frame as frame_module

    shapes = ["13812345678", "138-1234-5678", "138 1234 5678", "138-1234 5678", "+86 13912345678",
              "0531-86901234", "0531 26901234"]
    cells = list(shapes) + ["010-62345678", "0531-8690123", "(0531)86901234"]
    for v in shapes:
        for i in range(len(v)):
            for c in "0129 -+()xX１\u3000\n＊a":
                cells.append(v[:i] + c + v[i + 1:])
        cells += [" " + v, v + " ", v[1:], v + "0"]
    done, _outs = frame_module._phone_shape_masks(cells)
    assert done[:len(shapes)].all() and not done.all()
    assert frame_module._phone_masks(cells) == frame_module._phone_masks_each(cells)
    assert frame_module._phone_masks([]) == ([], [])
    assert frame_module._phone_masks(["无", ""]) == frame_module._phone_masks_each(["无", ""])


def test_declared_values_found_per_distinct_text_as_row_by_row():
    """_rows_holding_declared (a free-text column read by its distinct texts: a shared text by
    the set of its substrings) flags every row whose declared value, stripped and of two
    characters at least, stands in its text, as the row-by-row search does; it may flag more
    (those rows are tested again), never fewer; two different texts never share a result."""
    from gongkai.deid import frame as frame_module

    shared = ["代领人〔姓名〕，身份证〔身份证号〕", "由女儿王伟代领", "无", "电话 138 1234 5678",
              "王伟", "x" * 300 + "王伟"]
    texts = np.array(shared + ["李娜与王伟同住", "", None], dtype=object)   # (the last slot: missing)
    rng = np.random.default_rng(5)
    n = 400
    codes = rng.integers(-1, len(texts) - 1, n)
    codes[:len(texts) - 1] = np.arange(len(texts) - 1)          # (every text at least once)
    names = np.array(["王伟", " 王伟 ", "王伟\u3000", "李娜", "伟", "\u2003王伟", "代领", None, np.nan,
                      "138 1234 5678", " 138 1234 5678\n", 12, "身份证"], dtype=object)
    columns = [names[rng.integers(0, len(names), n)], names[rng.integers(0, len(names), n)]]
    for share in (1, frame_module._SUBSTRINGS_MIN_ROWS):       # (row by row; by substrings)
        old_min = frame_module._SUBSTRINGS_MIN_ROWS
        frame_module._SUBSTRINGS_MIN_ROWS = share if share > 1 else 10 ** 9
        try:
            rows, holds = frame_module._rows_holding_declared((codes, texts), columns)
        finally:
            frame_module._SUBSTRINGS_MIN_ROWS = old_min
        values = texts[codes]
        assert rows.tolist() == frame_module._text_rows(values).tolist()
        exact = np.zeros(len(rows), dtype=bool)
        for column in columns:
            exact |= np.array(frame_module._repeated_somewhere(values[rows].tolist(),
                                                               column[rows].tolist()), dtype=bool)
        assert exact.any() and (holds | ~exact).all()          # a superset of the exact rows
        if share == 1:
            assert (holds == exact).all()


def test_frame_same_whether_declared_values_are_found_per_distinct_text_or_row_by_row():
    """deidentify_frame gives the same frame and report whether the free text's declared values
    are looked for per distinct text (the substrings of the texts many rows share) or row by
    row (_SUBSTRINGS_MIN_ROWS out of reach)."""
    from gongkai.deid import frame as frame_module

    df = listing(3000)
    df["address"] = [f"青松社区{i % 1700}号楼" if i % 3 else "青松社区1号楼" for i in range(len(df))]
    df["remarks"] = [f"代领人{n}，住{a}" if i % 4 == 0 else ("无" if i % 4 == 1 else
                     (f"户主{n}" if i % 4 == 2 else "户主王伟"))
                     for i, (n, a) in enumerate(zip(df["head_of_household"], df["address"]))]
    outs = []
    for min_rows in (frame_module._SUBSTRINGS_MIN_ROWS, 2, 10 ** 9):
        old = frame_module._SUBSTRINGS_MIN_ROWS
        frame_module._SUBSTRINGS_MIN_ROWS = min_rows
        try:
            res, report = deidentify_frame(df, LISTING_SCHEMA, key=KEY)
        finally:
            frame_module._SUBSTRINGS_MIN_ROWS = old
        outs.append((res.to_csv(), json.dumps(report, sort_keys=True, default=str)))
    assert outs[0] == outs[1] == outs[2]
    assert "代领人〔姓名〕" in outs[0][0] and "户主王伟" not in outs[0][0]
