"""The column-wise engine reports exactly what frictionless reports: the same errors (type,
rowNumber, fieldName) in the same order, on planted errors of every kind and on random tables."""

from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gongkai.validate.columns import canonical_decimals, canonical_integers, validate_columns
from gongkai.validate import validate_csv, validate_frame
from gongkai.validate.frame import _run_frictionless

KINDS = ["blank-row", "constraint-error", "duplicate-row", "foreign-key", "primary-key",
         "type-error", "unique-error"]

# Every type and constraint frictionless checks, a composite primary key, a unique field and a
# self-referencing foreign key.
SCHEMA = {
    "title": "测试表",
    "missingValues": ["", "-"],
    "primaryKey": ["unit", "seq"],
    "foreignKeys": [{"fields": ["parent"], "reference": {"resource": "", "fields": ["code"]}}],
    "fields": [
        {"name": "unit", "title": "单位", "type": "string", "constraints": {"required": True, "minLength": 2, "maxLength": 8}},
        {"name": "seq", "title": "序号", "type": "integer", "constraints": {"required": True, "minimum": 1}},
        {"name": "code", "title": "编码", "type": "string", "constraints": {"unique": True, "pattern": "[0-9]{3}([0-9]{2})?"}},
        {"name": "parent", "title": "上级编码", "type": "string"},
        {"name": "kind", "title": "类别", "type": "string", "constraints": {"enum": ["甲", "乙"]}},
        {"name": "size", "title": "人数", "type": "integer", "constraints": {"minimum": 0, "maximum": 20, "enum": [0, 1, 2, 3, 20]}},
        {"name": "amount", "title": "金额", "type": "number", "constraints": {"minimum": 0, "maximum": 100000.5}},
        {"name": "rate", "title": "比例", "type": "number"},
        {"name": "day", "title": "日期", "type": "date", "constraints": {"minimum": "2026-01-01"}},
        {"name": "ok", "title": "是否", "type": "boolean"},
        {"name": "year", "title": "年份", "type": "year", "constraints": {"unique": True}},
        {"name": "at", "title": "时间", "type": "datetime"},
    ],
}
NAMES = [f["name"] for f in SCHEMA["fields"]]
GOOD = ["东关", "1", "201", "", "甲", "2", "1260.50", "0.5", "2026-03-01", "true", "", "2026-03-01T08:00:00"]


def planted_rows() -> list[list[str]]:
    """A table with every kind of error frictionless reports, and values that look wrong but
    are read as frictionless reads them (01, +2, １, 4_0, 1e3, NaN, whitespace, commas)."""
    rows = []

    def row(**cells):
        r = dict(zip(NAMES, GOOD))
        r.update(cells)
        rows.append([r[n] for n in NAMES])

    row(seq="1", code="201", year="2001")
    row(seq="2", code="20101", parent="201", year="2002")
    row(seq="3", code="20102", parent="201", amount="1,260", year="2003")    # type (comma)
    row(seq="abc", code="20103", parent="201")                               # type -> pk cell None
    row(seq="5", code="2010", parent="201")                                  # pattern
    row(seq="6", code="20104", parent="209")                                 # foreign key
    row(seq="7", code="20105", unit="东")                                    # minLength
    row(seq="8", code="20106", unit="东关东关东关东关东")                      # maxLength
    row(seq="9", code="20107", kind="丙")                                     # enum (string)
    row(seq="10", code="20108", size="21")                                   # maximum + enum
    row(seq="11", code="20109", size="-1")                                   # minimum + enum
    row(seq="12", code="20110", size="2.0")                                  # type
    row(seq="13", code="20111", amount="-0.01")                              # minimum
    row(seq="14", code="20112", amount="100000.51")                          # maximum
    row(seq="15", code="20113", amount="NaN")                                # NaN fails bounds
    row(seq="16", code="20114", day="2025-12-31")                            # date minimum
    row(seq="17", code="20115", day="2026-02-30")                            # date type
    row(seq="18", code="20116", ok="是")                                      # boolean type
    row(seq="19", code="20117", year="26")                                   # year type
    row(seq="20", code="20118", at="2026-03-01")                             # datetime type
    row(seq="21", code="201", year="2001")                                   # unique x2
    row(seq="01", code="20119")                                              # pk: 01 == 1
    row(unit="-", seq="-", code="20120")                                     # required x2, pk None
    rows.append([""] * len(NAMES))                                           # blank row
    rows.append(["-"] * len(NAMES))                                          # blank (missing value)
    row(seq="24", code="20121", rate="1e3", amount=" 7 ")                    # read as numbers
    row(seq="+25", code="20122", size="１", rate="-0")                       # read as integers
    row(seq="4_0", code="20123", size="03")
    row(seq="27", code="20124", unit="东关,西关", kind="甲")                   # comma in a cell
    row(seq="27", code="20124", unit="东关,西关", kind="甲")                   # duplicate row
    row(seq="28", code="None", parent="None", unit="None")                   # the text None
    row(seq=" 29 ", code="20125", year="0999")
    row(seq="30", code="20126", amount="00012.50", rate="0.0000001")         # canonical forms
    row(seq="31", code="20127", amount="12.5", rate="1E-7")
    return rows


def _frame(rows):
    return pd.DataFrame(rows, columns=NAMES, dtype=object)


def keyset(report_or_errors):
    errors = report_or_errors.errors if hasattr(report_or_errors, "errors") else report_or_errors
    return [(e["type"], e["rowNumber"], e["fieldName"]) for e in errors]


@pytest.mark.parametrize("fast_min_rows", [0, None])
def test_planted_errors_of_every_kind_are_the_same(fast_min_rows):
    frame = _frame(planted_rows())
    a = validate_frame(frame, SCHEMA, engine="frictionless", domain=False)
    b = validate_frame(frame, SCHEMA, engine="columns", domain=False, fast_min_rows=fast_min_rows)
    assert a.engine == "frictionless" and b.engine == "columns"
    assert keyset(b) == keyset(a)                         # same errors, same order
    assert sorted({e["type"] for e in a.errors}) == KINDS  # every kind is planted
    assert [e["note"] for e in b.errors] == [e["note"] for e in a.errors]
    assert [e["message"] for e in b.errors] == [e["message"] for e in a.errors]


def test_the_planted_table_reads_as_frictionless_reads_it():
    errors = keyset(validate_frame(_frame(planted_rows()), SCHEMA, engine="columns",
                                   domain=False, fast_min_rows=0))
    assert ("primary-key", 23, None) in errors          # seq 01 is the integer 1 of row 2
    assert ("unique-error", 22, "code") in errors       # 201 again
    assert ("unique-error", 22, "year") in errors
    assert ("foreign-key", 7, None) in errors           # parent 209 is nobody's code
    assert ("duplicate-row", 31, None) in errors
    assert ("duplicate-row", 26, None) in errors        # two blank rows read the same
    for row in (27, 28, 29, 33, 34, 35):                # 1e3, ' 7 ', +25, １, 4_0, 03, 00012.50
        assert not [e for e in errors if e[1] == row], row


def test_many_rows_use_the_fast_paths_and_agree(tmp_path):
    rng = np.random.default_rng(11)
    n = 30_000
    rows = []
    for i in range(n):
        r = list(GOOD)
        r[1] = str(i + 1)
        r[2] = str(20100000 + i)[:3] + str(10000 + i)[-2:] if i % 7 else str(201 + i % 50)
        r[2] = ""
        r[5] = str(int(rng.integers(0, 4)))
        r[6] = f"{rng.integers(0, 100000)}.{rng.integers(0, 100):02d}"
        r[7] = str(rng.integers(-500, 500) / 10)
        rows.append(r)
    planted = planted_rows()
    for k, bad in enumerate(planted):
        at = int(rng.integers(0, len(rows)))
        rows.insert(at, bad)
    frame = _frame(rows)
    a = validate_frame(frame, SCHEMA, engine="frictionless", domain=False)
    b = validate_frame(frame, SCHEMA, engine="columns", domain=False)
    assert len(a.errors) > 50
    assert keyset(b) == keyset(a)


def _write(path, rows, header=NAMES, text=None):
    if text is None:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
        text = buf.getvalue()
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_files_are_read_as_frictionless_reads_them(tmp_path):
    header = ",".join(NAMES)
    good = ",".join(GOOD)
    cases = {
        "blank lines": f"{header}\n{good}\n\n{good}\n,,,,,,,,,,,\n",
        "quoted cells": f'{header}\n"东,关",1,"201","",甲,2,"1260.50",0.5,2026-03-01,true,,2026-03-01T08:00:00\n'
                        f'"东""关",2,"202","",甲,2,1,0.5,2026-03-01,true,,2026-03-01T08:00:00\n',
        "line break in a cell": f'{header}\n"东\n关",1,201,,甲,2,1,0.5,2026-03-01,true,,2026-03-01T08:00:00\n'
                                f"东关,1,201,,甲,2,1,0.5,2026-03-01,true,,x\n",
        "ragged rows": f"{header}\n{good}\n东关,2\n{good},extra\n   \n",
        "crlf": f"{header}\r\n{good}\r\n{good}\r\n",
        "bom": "\ufeff" + f"{header}\n{good}\n",
        "header only": f"{header}\n",
    }
    for label, text in cases.items():
        path = _write(tmp_path / "t.csv", None, text=text)
        a = validate_csv(path, SCHEMA, engine="frictionless", domain=False)
        b = validate_csv(path, SCHEMA, engine="columns", domain=False)
        assert keyset(b) == keyset(a), label
        expected, *_ = _run_frictionless(path, SCHEMA, limit_errors=10 ** 6)
        assert keyset(a) == keyset(expected), label


def test_error_limit_cuts_where_frictionless_cuts():
    frame = _frame(planted_rows())
    for limit in (1, 7, 20):
        a = validate_frame(frame, SCHEMA, engine="frictionless", domain=False, limit_errors=limit)
        b = validate_frame(frame, SCHEMA, engine="columns", domain=False, limit_errors=limit,
                           fast_min_rows=0)
        assert keyset(b) == keyset(a) and len(b.errors) == limit
        assert b.partial and a.partial


# --- random tables ----------------------------------------------------------------------------------

CELLS = {
    "unit": ["东关", "东", "西关村", "", "-", "None", "a,b", "东关东关东关东关东"],
    "seq": ["1", "2", "01", "+2", " 3 ", "１", "4_0", "5.0", "", "-", "x", "99999999999999999999", "-1", "0"],
    "code": ["201", "20101", "20102", "2010", "", "x", "201 "],
    "parent": ["", "201", "20101", "209", "-"],
    "kind": ["甲", "乙", "丙", "", " 甲"],
    "size": ["0", "1", "2", "3", "20", "21", "-1", "2.0", "", "03", "１"],
    "amount": ["0", "1260.50", "1260.5", "-0.01", "100000.5", "100000.51", "1e3", "NaN", "inf",
               "", "1,260", "007.5", ".5", "5.", "-0", "0.0000001", "12345678901234567"],
    "rate": ["0.5", "-0", "1E-7", "", "x", "NaN", "0.10", "0.1"],
    "day": ["2026-03-01", "2026-3-1", "2025-12-31", "2026-02-30", "", "x"],
    "ok": ["true", "false", "1", "0", "是", "", "TRUE"],
    "year": ["2001", "2002", "0999", "26", "", "10000"],
    "at": ["2026-03-01T08:00:00", "2026-03-01", "", "2026-03-01T08:00:00Z"],
}


@st.composite
def tables(draw):
    n = draw(st.integers(1, 25))
    rows = [[draw(st.sampled_from(CELLS[name])) for name in NAMES] for _ in range(n)]
    for _ in range(draw(st.integers(0, 3))):
        rows.append(list(rows[draw(st.integers(0, len(rows) - 1))]))
    return rows


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_random_tables_agree(rows):
    frame = _frame(rows)
    a = validate_frame(frame, SCHEMA, engine="frictionless", domain=False)
    b = validate_frame(frame, SCHEMA, engine="columns", domain=False, fast_min_rows=0)
    assert keyset(b) == keyset(a)


# --- the fast paths are exact -------------------------------------------------------------------------

text_cells = st.one_of(
    st.from_regex(r"-?[0-9]{1,19}(\.[0-9]{0,8})?", fullmatch=True),
    st.text(alphabet="0123456789.-+ eE_１٣", min_size=1, max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(text_cells, min_size=1, max_size=20))
def test_canonical_integers_are_what_int_reads(values):
    arr = np.array(values, dtype=object)
    mask, out = canonical_integers(arr)
    for v, m, o in zip(values, mask, out):
        if m:
            assert int(v) == o and str(int(v)) == v


@settings(max_examples=300, deadline=None)
@given(st.lists(text_cells, min_size=1, max_size=20))
def test_canonical_decimals_are_what_decimal_reads(values):
    from decimal import Decimal

    arr = np.array(values, dtype=object)
    mask, out = canonical_decimals(arr)
    for v, m, o in zip(values, mask, out):
        if m:
            assert str(Decimal(v)) == v            # the text duplicate-row compares
            assert float(v) == o                   # the value bounds and keys compare


def test_column_engine_alone_on_arrays():
    columns = {"a": np.array(["1", "2", "2", ""], dtype=object)}
    result = validate_columns(columns, {"fields": [{"name": "a", "type": "integer",
                                                    "constraints": {"unique": True}}]})
    assert [(e["type"], e["rowNumber"]) for e in result.errors] == [
        ("unique-error", 4), ("duplicate-row", 4), ("blank-row", 5)]
    assert result.rows == 4


@pytest.mark.slow
def test_benchmark_listing_agrees_at_scale(tmp_path):
    """200,000 rows of the benchmark's listing with planted errors, read from CSV by each
    engine as it reads files (frictionless its row stream, columns pandas): the same errors."""
    import sys
    from pathlib import Path

    from gongkai.validate.schema import load_schema

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_validate import write_listing

    plain, chinese = write_listing(200_000, tmp_path)
    schema = load_schema("dibao-listing")
    a = validate_csv(plain, schema, engine="frictionless")
    b = validate_csv(plain, schema, engine="columns")
    assert a.engine == "frictionless" and b.engine == "columns" and len(a.errors) > 100
    assert keyset(b) == keyset(a)
    # and the officer's path (GB18030, Chinese headers) finds them too, at the same rows
    from gongkai.validate.tabular import read_table
    from gongkai.validate import normalise

    c = validate_frame(normalise(read_table(chinese, schema), schema), schema)
    assert c.engine == "columns" and keyset(c) == keyset(a)
