"""Validation in chunks gives what validation of the whole table gives.

The column engine keeps between chunks what frictionless keeps between rows (the last row of
each unique value, primary key and row text); `gongkai validate` streams a CSV through it in
chunks so that its memory does not grow with the table. These tests feed the same tables whole
and in chunks of every size, and compare the errors (type, row, field, note, message, order).
"""

from __future__ import annotations

import copy

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongkai.validate.columns import ColumnEngine, LastSeen, validate_columns
from gongkai.validate.schema import frictionless_schema
from test_validate_engines import NAMES, SCHEMA, planted_rows, tables

NO_FK = {k: v for k, v in copy.deepcopy(SCHEMA).items() if k != "foreignKeys"}
SINGLE_PK = dict(copy.deepcopy(NO_FK), primaryKey=["seq"])
UNIQUE_ONLY = {k: v for k, v in copy.deepcopy(NO_FK).items() if k != "primaryKey"}
NO_KEYS = copy.deepcopy(UNIQUE_ONLY)
for _f in NO_KEYS["fields"]:
    (_f.get("constraints") or {}).pop("unique", None)
SCHEMAS = {"composite key": NO_FK, "one-field key": SINGLE_PK, "unique fields": UNIQUE_ONLY,
           "no key": NO_KEYS}


def columns_of(rows):
    return {name: np.array([r[i] for r in rows], dtype=object) for i, name in enumerate(NAMES)}


def whole(rows, schema, **options):
    return validate_columns(columns_of(rows), frictionless_schema(schema), fast_min_rows=0,
                            **options)


def chunked(rows, schema, cuts, **options):
    """Feed ``rows`` in chunks ending at ``cuts``; earlier rows come back through fetch."""
    columns = columns_of(rows)
    fetched = []

    def fetch(wanted):
        fetched.extend(wanted)
        return {r: [columns[name][r] for name in NAMES] for r in wanted}

    engine = ColumnEngine(frictionless_schema(schema), fast_min_rows=0, fetch=fetch, **options)
    start = 0
    for end in sorted(set(cuts) | {len(rows)}):
        if end > start:
            engine.feed({name: values[start:end] for name, values in columns.items()})
            start = end
    return engine.finish(), fetched


def shape(result):
    return [(e["type"], e["rowNumber"], e["fieldName"], e["note"], e["message"])
            for e in result.errors]


@pytest.mark.parametrize("label", list(SCHEMAS))
@pytest.mark.parametrize("size", [1, 2, 3, 7, 100])
def test_planted_errors_in_chunks_of_every_size(label, size):
    rows = planted_rows()
    schema = SCHEMAS[label]
    expected = whole(rows, schema)
    got, _ = chunked(rows, schema, range(size, len(rows), size))
    assert shape(got) == shape(expected)
    assert {e["type"] for e in expected.errors} >= {"duplicate-row", "blank-row", "type-error"}


def test_a_duplicate_far_back_is_read_again_and_compared():
    """A row repeating one that is two chunks back: the earlier row's cells are fetched (the
    chain's root), and a row with the same key but another text is not a duplicate."""
    rows = planted_rows()
    first = list(rows[0])
    other = list(first)
    other[4] = "乙"                     # same key, other text
    rows = rows + [other, first]
    expected = whole(rows, SINGLE_PK)
    got, fetched = chunked(rows, SINGLE_PK, range(5, len(rows), 5))
    assert shape(got) == shape(expected)
    assert 0 in fetched
    dup = [e for e in got.errors if e["type"] == "duplicate-row" and e["rowNumber"] == len(rows) + 1]
    assert dup and dup[0]["note"] == 'the same as row at position "2"'


@st.composite
def tables_and_cuts(draw):
    rows = draw(tables())
    cuts = draw(st.lists(st.integers(1, len(rows)), max_size=6))
    return rows, cuts


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables_and_cuts(), st.sampled_from(list(SCHEMAS)), st.sampled_from([None, 3, 10]))
def test_random_tables_in_random_chunks_agree(table, label, limit):
    rows, cuts = table
    schema = SCHEMAS[label]
    expected = whole(rows, schema, limit_errors=limit)
    got, _ = chunked(rows, schema, cuts, limit_errors=limit)
    assert shape(got) == shape(expected)
    assert got.partial == expected.partial


def test_foreign_keys_need_the_whole_table():
    engine = ColumnEngine(frictionless_schema(SCHEMA), fetch=lambda rows: {})
    assert not engine.streamable
    columns = columns_of(planted_rows())
    engine.feed({k: v[:3] for k, v in columns.items()})
    with pytest.raises(ValueError, match="one chunk"):
        engine.feed({k: v[3:] for k, v in columns.items()})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(-6, 6), max_size=8), max_size=8), st.sampled_from([1, 2, 1 << 16]))
def test_last_seen_is_a_dict_of_last_rows(chunks, merge_at):
    """The numeric index answers as a dict {key: last row} does, its levels merged or not."""
    index, reference, row = LastSeen(), {}, 0
    index.MERGE_AT = merge_at
    for chunk in chunks:
        keys = np.array(chunk, dtype=np.int64)
        rows = np.arange(row, row + len(chunk), dtype=np.int64)
        got = index.see(keys, rows)
        expected = []
        for k, r in zip(chunk, rows.tolist()):
            expected.append(reference.get(k, -1))
            reference[k] = r
        assert got.tolist() == expected
        row += len(chunk)


# --- a file streamed in blocks ----------------------------------------------------------------------

from gongkai.validate import normalise, validate_frame  # noqa: E402
from gongkai.validate import stream  # noqa: E402
from gongkai.validate.schema import load_schema  # noqa: E402
from gongkai.validate.tabular import read_table  # noqa: E402
from gongkai.errors import InputError  # noqa: E402

LISTING = load_schema("dibao-listing")
LISTING_HEADER = "序号,户主姓名,身份证号码,联系电话,居住社区(村),家庭住址,保障人数,救助金额（元）,备注,监督举报电话"
GOOD_ROWS = [
    "1,张三,370102199001011237,13800138000,柳泉社区,柳泉社区1号,2,1260,,0538-6120000",
    "2,李四,370102198505052345,13900139000,杏林村,杏林村2号,3,1890,重度残疾,0538-6120000",
    "3,王五,37010219700303301X,13700137000,石桥村,石桥村3号,1,630,,0538-6120000",
]


def whole_report(path, schema):
    frame = read_table(path, schema)
    return validate_frame(normalise(frame, schema), schema), len(frame)


def full_shape(report):
    return [(e["type"], e["rowNumber"], e.get("fieldName"), e["note"]) for e in report.errors]


CSV_CASES = {
    "title row, GB18030, Chinese headers": ("gb18030", "城乡低保公示名单\n" + LISTING_HEADER + "\n"
                                            + "\n".join(GOOD_ROWS * 3) + "\n"),
    "errors of every kind, far apart": ("utf-8", LISTING_HEADER + "\n" + "\n".join(
        GOOD_ROWS + ["4,赵六,370102199001011238,1390538,,赵家,25,-630,,0538-6120000",
                     "1,张三,370102199001011237,13800138000,柳泉社区,柳泉社区1号,2,1260,,0538-6120000",
                     "5,钱七,370102199001011237,13800138000,柳泉社区,柳泉社区1号,三,1260,,0538-6120000",
                     ",,,,,,,,,", "6,孙八,,,东关社区,,1,630,,12345"] + GOOD_ROWS[:1]) + "\n"),
    "quotes, commas and line breaks in cells": ("utf-8", LISTING_HEADER + "\n" + "\n".join([
        '1,"张,三",370102199001011237,13800138000,"柳泉\n社区",柳泉社区1号,2,"1,260",,0538-6120000',
        '2,"李""四",370102198505052345,13900139000,杏林村,杏林村2号,3,1890,"a,b",0538-6120000',
        '2,"李""四",370102198505052345,13900139000,杏林村,杏林村2号,3,1890,"a,b",0538-6120000']) + "\n"),
    "spaces to strip, CRLF": ("utf-8", (LISTING_HEADER + "\n" + "\n".join(
        [" 1 , 张三 ,370102199001011237,13800138000,柳泉社区\u3000,柳泉社区1号,2, 1260 ,,0538-6120000"]
        + GOOD_ROWS[1:]) + "\n").replace("\n", "\r\n")),
    "trailing blank rows and an empty unnamed column": ("utf-8", LISTING_HEADER + ",\n" + "\n".join(
        r + "," for r in GOOD_ROWS) + "\n,,,,,,,,,,\n\n"),
    "a blank row inside, short rows": ("utf-8", LISTING_HEADER + "\n" + GOOD_ROWS[0] + "\n\n"
                                       + "7,周九,,,东关社区\n" + GOOD_ROWS[1] + "\n"),
    "UTF-8 at the top, GB18030 further down": ("mixed", None),
    "a header over two rows, totals under it and at the end, notes": ("utf-8", "城乡低保公示名单\n"
        "序号,户主,,联系电话,居住社区(村),家庭住址,保障人数,救助金额（元）,备注,监督举报电话\n"
        ",姓名,身份证号码,,,,,,,\n合计,,,,,,6,3780,,\n" + "\n".join(GOOD_ROWS * 4)
        + "\n合计,,,,,,24,15120,,\n\n注：公示期七天\n填表人：某某\n"),
    "a long tail of blank rows": ("utf-8", LISTING_HEADER + "\n" + "\n".join(GOOD_ROWS * 3)
                                  + "\n" + ",,,,,,,,,\n" * 40),
}


@pytest.mark.parametrize("label", list(CSV_CASES))
@pytest.mark.parametrize("block", [40, 300, 1 << 20])
def test_a_file_in_blocks_is_reported_as_read_whole(tmp_path, monkeypatch, label, block):
    encoding, text = CSV_CASES[label]
    path = tmp_path / "listing.csv"
    if encoding == "mixed":
        body = "\n".join(GOOD_ROWS * 20) + "\n"
        path.write_bytes(("seq,head_of_household,resident_id,phone,community,address,household_size,"
                          "amount,remarks,supervision_hotline\n" + "\n".join(
                              f"{i},x,,,c,,1,1,,12345" for i in range(100, 140)) + "\n").encode()
                         + body.encode("gb18030"))
    else:
        path.write_bytes(text.encode(encoding))
    monkeypatch.setattr(stream, "BLOCK_BYTES", block)
    expected, rows = whole_report(path, LISTING)
    got, source, got_rows = stream.validate_file(path, LISTING, engine="columns")
    assert "streamed" in source, label
    assert full_shape(got) == full_shape(expected), label
    assert got_rows == rows and got.valid == expected.valid
    assert got.header == expected.header
    assert sorted(got.warnings) == sorted(expected.warnings)
    frame = read_table(path, LISTING)
    for key in ("row_offset", "header_rows", "title_rows", "left_out_rows", "notes_after_table"):
        assert source[key] == frame.attrs[key], (label, key)


def test_a_cell_past_the_limit_is_refused_in_one_line(tmp_path):
    from gongkai.limits import MAX_CELL_CHARS

    path = tmp_path / "long.csv"
    path.write_text(LISTING_HEADER + "\n" + GOOD_ROWS[0] + "\n"
                    + GOOD_ROWS[1].replace("重度残疾", "很" * (MAX_CELL_CHARS + 1)) + "\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="line 3, column 备注: a cell of 100,001 characters"):
        stream.validate_file(path, LISTING, engine="columns")


def test_a_row_with_more_cells_than_the_header_is_named(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text(LISTING_HEADER + "\n" + GOOD_ROWS[0] + "\n" + GOOD_ROWS[1] + ",extra\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="line 3 has 11 cells but the header has 10"):
        stream.validate_file(path, LISTING, engine="columns")


def test_small_files_and_whole_table_schemas_are_read_whole(tmp_path):
    path = tmp_path / "listing.csv"
    path.write_text(LISTING_HEADER + "\n" + "\n".join(GOOD_ROWS) + "\n", encoding="utf-8")
    _, source, _ = stream.validate_file(path, LISTING)
    assert "streamed" not in source                     # below STREAM_MIN_BYTES
    assert not stream._streamable_schema(load_schema("budget-lines"))   # table-level checks


def test_the_whitespace_the_stream_looks_for_is_all_there_is():
    """Blocks without these characters skip stripping: the list must hold every character
    str.strip removes (and the regex \\s matches) besides the line ends."""
    import re
    import sys

    listed = set(stream._WIDE_SPACES) | {chr(b) for b in np.flatnonzero(stream._ASCII_SPACE)}
    listed |= {"\n", "\r"}
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c.isspace() or re.fullmatch(r"\s", c):
            assert c in listed, hex(code)


def test_a_bad_period_or_an_unknown_check_is_refused_before_the_data_is_read(tmp_path):
    # the pre-flight lives in the library: the CLI, the notebooks and the batch refuse alike
    from gongkai.errors import InputError
    from gongkai.validate.stream import validate_file

    never_read = tmp_path / "absent.csv"
    schema = {"name": "t", "fields": [{"name": "x", "type": "string"}]}
    with pytest.raises(InputError, match="period 2026-13: month"):
        validate_file(never_read, schema, period="2026-13")
    bad = {"name": "t", "fields": [{"name": "x", "type": "string", "domain_checks": ["cn_passport"]}]}
    with pytest.raises(InputError, match="schema t: .*cn_passport"):
        validate_file(never_read, bad)
