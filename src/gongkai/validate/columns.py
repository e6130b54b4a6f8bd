"""Column-wise table validation with frictionless-py's semantics, for large tables.

frictionless validates row by row (about 50k rows/s here). This engine computes the same errors
column by column with numpy and pandas: the same error types, row numbers and field names, in
the same order, for the checks of frictionless's ``baseline`` (types and formats, constraints,
``unique``, primary key, self-referencing foreign keys, blank rows) and its ``duplicate-row``
check. It is exact by construction where speed does not matter and by proof where it does:

* every distinct value of a column that is not on a fast path is cast and checked by
  frictionless's own cell reader (``Field.create_cell_reader``), once per distinct value, so
  types, formats, missing values and constraints follow frictionless to the letter;
* the fast paths cover the values that dominate large tables and whose frictionless result is
  known without asking: strings of a default-format ``string`` field; canonical non-negative
  integers (``0`` or ASCII digits without a leading zero, at most 18) of an ``integer`` field;
  canonical decimals (``-?(0|[1-9][0-9]*)(\\.[0-9]{1,6})?``, at most 15 characters) of a
  ``number`` field, for which ``str(Decimal(s)) == s`` and float comparison is exact;
* keys for ``unique``, primary and foreign keys compare the typed values as Python does
  (``1`` and ``01`` are the same integer, ``1.0`` and ``1`` the same number, ``NaN`` equals
  nothing); ``duplicate-row`` compares the rows' text exactly as frictionless does
  (``",".join(str(value))`` of the typed values, so a missing cell reads ``None``).

The input is the table as strings, one numpy object array per field, in schema order, under a
header that matches the schema (gongkai checks the header before). ``tests/test_validate_engines.py``
compares the two engines on planted errors of every kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

import numpy as np
import pandas as pd

# Below this many rows the fast paths are not worth their set-up: every distinct value goes
# through frictionless's reader. Tests set it to 0 to exercise the fast paths on small tables.
FAST_MIN_ROWS = 2000

TEMPLATES = {
    "type-error": 'Type error in the cell "{cell}" in row "{rowNumber}" and field "{fieldName}" at '
                  'position "{fieldNumber}": {note}',
    "constraint-error": 'The cell "{cell}" in row at position "{rowNumber}" and field "{fieldName}" at '
                        'position "{fieldNumber}" does not conform to a constraint: {note}',
    "unique-error": 'Row at position "{rowNumber}" has unique constraint violation in field '
                    '"{fieldName}" at position "{fieldNumber}": {note}',
    "blank-row": 'Row at position "{rowNumber}" is completely blank',
    "primary-key": 'Row at position "{rowNumber}" violates the primary key: {note}',
    "foreign-key": 'Row at position "{rowNumber}" violates the foreign key: {note}',
    "duplicate-row": "Row at position {rowNumber} is duplicated: {note}",
}


class _Sentinel:
    """A key equal only to itself: NaN values, which frictionless never finds equal."""

    __slots__ = ()


def _frictionless_fields(descriptor: dict):
    from frictionless import Schema

    schema = Schema.from_descriptor(descriptor)
    return schema, list(schema.fields)


# --- one column -------------------------------------------------------------------------------

@dataclass
class Column:
    """A field's cells and what frictionless's reader makes of them.

    Typed values live in three places: ``raw`` itself for a default-format string field
    (``mode == "string"``), ``fast_values`` (int64 / float64) for rows on a numeric fast path,
    and ``slow_values`` (Python objects from frictionless's reader) for ``slow_rows``.
    """

    name: str
    number: int                      # 1-based position
    ftype: str
    raw: np.ndarray                  # object array of str
    missing: np.ndarray              # bool: a missing value (None after reading)
    type_error: np.ndarray           # bool
    mode: str = "typed"              # "string" | "typed"
    constraints: list = field(default_factory=list)   # [(order, name, note, mask)]
    fast: np.ndarray | None = None
    fast_values: np.ndarray | None = None
    slow_rows: np.ndarray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    slow_values: list = field(default_factory=list)

    @property
    def null(self) -> np.ndarray:
        """The typed value is None: a missing value or a type error."""
        return self.missing | self.type_error

    def typed_objects(self) -> np.ndarray:
        """Typed values as Python objects (None for null)."""
        out = np.full(len(self.raw), None, dtype=object)
        if self.mode == "string":
            keep = ~self.missing
            out[keep] = self.raw[keep]
            return out
        if self.fast is not None and self.fast.any():
            idx = np.flatnonzero(self.fast)
            out[idx] = self.fast_values[idx].tolist()
        if len(self.slow_rows):
            vals = np.empty(len(self.slow_values), dtype=object)
            vals[:] = self.slow_values
            out[self.slow_rows] = vals
        out[self.null] = None
        return out

    def row_text(self, rows: np.ndarray) -> np.ndarray:
        """``str(value)`` of the typed values of ``rows`` ("None" for null), as frictionless's
        duplicate-row check writes them. A fast value's text is its cell (canonical form)."""
        out = self.raw[rows].copy()
        if len(self.slow_rows):
            pos = _positions(self.slow_rows, rows)
            hit = np.flatnonzero(pos >= 0)
            if len(hit):
                texts = np.empty(len(hit), dtype=object)
                texts[:] = [str(self.slow_values[p]) for p in pos[hit]]
                out[hit] = texts
        out[self.null[rows]] = "None"
        return out


def _positions(sorted_rows: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Index of each of ``rows`` in ``sorted_rows`` (ascending), or -1."""
    if len(sorted_rows) == 0:
        return np.full(len(rows), -1, dtype=np.int64)
    pos = np.searchsorted(sorted_rows, rows)
    pos = np.minimum(pos, len(sorted_rows) - 1)
    return np.where(sorted_rows[pos] == rows, pos, -1)


def _equality_key(value: Any):
    """A hashable key with Python's equality of the typed value, NaN equal to nothing.

    Decimals of at most 15 significant digits become floats, so that they meet the floats of
    the fast path (distinct decimals of <= 15 digits are distinct floats, equal ones equal)."""
    if isinstance(value, Decimal):
        if value.is_nan():
            return _Sentinel()
        if value.is_finite():
            norm = value.normalize()
            if len(norm.as_tuple().digits) <= 15:
                return float(norm)
            return ("decimal", norm)
        return float(value)
    if isinstance(value, float) and value != value:
        return _Sentinel()
    try:
        hash(value)
    except TypeError:
        return _Sentinel()
    return value


# --- fast paths -------------------------------------------------------------------------------

def _lengths(values: np.ndarray) -> np.ndarray:
    return np.fromiter(map(len, values), dtype=np.int64, count=len(values))


def _codepoints(values: np.ndarray, width: int) -> np.ndarray:
    """(n, width) code points of strings no longer than ``width`` (0 = padding): one byte each
    when all are ASCII (the usual case, four times less memory), else UCS-4."""
    if len(values) == 0:
        return np.zeros((0, width), dtype=np.uint8)
    try:
        return values.astype(f"S{width}").view(np.uint8).reshape(len(values), width)
    except UnicodeEncodeError:
        return values.astype(f"U{width}").view(np.uint32).reshape(len(values), width)


def canonical_integers(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(mask, int64 values) of strings that are canonical non-negative integers: ASCII digits,
    no leading zero, at most 18 characters; ``int(s)`` reads them and ``str(int(s)) == s``."""
    n = len(values)
    mask = np.zeros(n, dtype=bool)
    out = np.zeros(n, dtype=np.int64)
    lengths = _lengths(values)
    short = np.flatnonzero((lengths >= 1) & (lengths <= 18))
    if len(short) == 0:
        return mask, out
    width = int(lengths[short].max())
    cp = _codepoints(values[short], width)
    lens = lengths[short]
    pad = cp == 0
    digit = (cp >= 48) & (cp <= 57)
    ok = (digit | pad).all(axis=1) & ((~pad).sum(axis=1) == lens)
    ok &= (cp[:, 0] != 48) | (lens == 1)
    good = short[ok]
    mask[good] = True
    if len(good):
        out[good] = _digits_value(cp[ok], lens[ok])
    return mask, out


def _digits_value(cp: np.ndarray, lens: np.ndarray, skip: np.ndarray | None = None) -> np.ndarray:
    """int64 value of the ASCII digits of left-aligned strings (code points, 0-padded), read
    left to right (Horner); ``skip`` marks positions to pass over (a sign, a decimal point).
    At most 18 digits."""
    value = np.zeros(len(cp), dtype=np.int64)
    for j in range(cp.shape[1]):
        take = lens > j
        if skip is not None:
            take &= ~skip[:, j]
        value = np.where(take, value * 10 + (cp[:, j].astype(np.int64) - 48), value)
    return value


def canonical_decimals(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(mask, float64 values) of strings ``-?(0|[1-9][0-9]*)(.[0-9]{1,6})?`` of at most 15
    characters: ``str(Decimal(s)) == s`` and the float compares exactly as the Decimal."""
    n = len(values)
    mask = np.zeros(n, dtype=bool)
    out = np.full(n, np.nan)
    lengths = _lengths(values)
    short = np.flatnonzero((lengths >= 1) & (lengths <= 15))
    if len(short) == 0:
        return mask, out
    width = int(lengths[short].max())
    cp = _codepoints(values[short], width)
    lens = lengths[short]
    rows = np.arange(len(short))
    pad = cp == 0
    digit = (cp >= 48) & (cp <= 57)
    dot = cp == 46
    minus = cp == 45
    ok = (digit | dot | minus | pad).all(axis=1) & ((~pad).sum(axis=1) == lens)
    neg = minus[:, 0]
    ok &= minus.sum(axis=1) == neg
    start = neg.astype(np.int64)
    ok &= lens > start
    first = cp[rows, np.minimum(start, width - 1)]
    ok &= (first >= 48) & (first <= 57)
    last = cp[rows, lens - 1]
    ok &= (last >= 48) & (last <= 57)
    ndots = dot.sum(axis=1)
    ok &= ndots <= 1
    # leading zero only as "0" or "0.xxx"
    nxt = cp[rows, np.minimum(start + 1, width - 1)]
    ok &= (first != 48) | (lens == start + 1) | (nxt == 46)
    # at most 6 fractional digits (no scientific notation in str(Decimal))
    dotpos = np.where(ndots == 1, np.argmax(dot, axis=1), lens)
    ok &= (lens - dotpos - 1 <= 6) | (ndots == 0)
    good = short[ok]
    mask[good] = True
    if len(good):
        # all digits as one integer (<= 15 digits: exact in a double), divided by a power of ten:
        # one correctly rounded division, the same double as float(s)
        mantissa = _digits_value(cp[ok], lens[ok], skip=dot[ok] | minus[ok]).astype(np.float64)
        frac = np.where(ndots[ok] == 1, lens[ok] - dotpos[ok] - 1, 0)
        value = mantissa / (10.0 ** frac)
        out[good] = np.where(neg[ok], -value, value)
    return mask, out


def _bound_ok_for_float(bound) -> bool:
    try:
        d = Decimal(str(bound)) if not isinstance(bound, Decimal) else bound
    except (InvalidOperation, ValueError):
        return False
    return d.is_finite() and len(d.normalize().as_tuple().digits) <= 15


# --- building columns ---------------------------------------------------------------------------

def _missing_values(fl_field, fl_schema) -> list[str]:
    if fl_field.has_defined("missing_values"):
        return list(fl_field.missing_values)
    return list(fl_schema.missing_values)


_BOUNDS = (("minimum", np.less), ("maximum", np.greater), ("exclusiveMinimum", np.less_equal),
           ("exclusiveMaximum", np.greater_equal))


def build_column(fl_field, fl_schema, raw: np.ndarray, number: int, *,
                 fast_min_rows: int = FAST_MIN_ROWS,
                 canonical: tuple[np.ndarray, np.ndarray] | None = None) -> Column:
    """A field's cells read as frictionless reads them. ``canonical``: the fast-path reading
    of every cell (mask, values) when the caller has it already (see normalise_columns)."""
    n = len(raw)
    missing_values = _missing_values(fl_field, fl_schema)
    if len(missing_values) == 1:
        missing = np.asarray(raw == missing_values[0], dtype=bool)
    else:
        missing = pd.Series(raw, dtype=object).isin(missing_values).to_numpy(dtype=bool)
    if missing.shape != (n,):      # a comparison numpy could not broadcast
        missing = np.fromiter((v in missing_values for v in raw), bool, n)
    col = Column(name=fl_field.name, number=number, ftype=fl_field.type, raw=raw, missing=missing,
                 type_error=np.zeros(n, dtype=bool))
    supported = list(fl_field.supported_constraints)
    cons = {name: fl_field.constraints[name] for name in supported
            if fl_field.constraints.get(name) is not None}
    masks = {name: np.zeros(n, dtype=bool) for name in cons}
    if cons.get("required"):
        masks["required"] = missing.copy()
    present = np.flatnonzero(~missing)
    reader_rows = present

    if fl_field.type == "string" and fl_field.format == "default":
        # frictionless returns the cell unchanged: every present value is a valid string
        col.mode = "string"
        vals = raw[present]
        if "minLength" in cons or "maxLength" in cons:
            lens = _lengths(vals)
            if "minLength" in cons:
                masks["minLength"][present] = lens < cons["minLength"]
            if "maxLength" in cons:
                masks["maxLength"][present] = lens > cons["maxLength"]
        if "pattern" in cons:
            match = re.compile("^{0}$".format(cons["pattern"])).match
            masks["pattern"][present] = np.fromiter((match(v) is None for v in vals), bool, len(vals))
        if "enum" in cons:
            value_reader = fl_field.create_value_reader()
            allowed = [a for a in (value_reader(v) for v in cons["enum"]) if isinstance(a, str)]
            masks["enum"][present] = ~pd.Series(vals, dtype=object).isin(allowed).to_numpy(dtype=bool)
        reader_rows = np.empty(0, dtype=np.int64)
    elif fl_field.type in ("integer", "number") and n >= fast_min_rows and _plain_numeric(fl_field) \
            and "enum" not in cons and _bounds_ok(fl_field.type, cons):
        vals = raw[present]
        if canonical is not None:
            ok, values = canonical[0][present], canonical[1][present]
        elif fl_field.type == "integer":
            ok, values = canonical_integers(vals)
        else:
            ok, values = canonical_decimals(vals)
        fast_values = np.zeros(n, dtype=np.int64) if fl_field.type == "integer" else np.full(n, np.nan)
        rows_ok = present[ok]
        fast = np.zeros(n, dtype=bool)
        fast[rows_ok] = True
        fast_values[rows_ok] = values[ok]
        col.fast, col.fast_values = fast, fast_values
        value_reader = fl_field.create_value_reader()
        for name, op in _BOUNDS:
            if name in cons:
                bound = value_reader(cons[name])
                bound = float(bound) if fl_field.type == "number" else int(bound)
                masks[name][rows_ok] = op(values[ok], bound)
        reader_rows = present[~ok]

    if len(reader_rows):
        _read_by_value(col, fl_field, reader_rows, masks)
    # a type error cancels the constraint checks of its cell
    col.constraints = [(supported.index(name), name, f'constraint "{name}" is "{cons[name]}"',
                        masks[name] & ~col.type_error)
                       for name in cons if masks[name].any()]
    return col


def _plain_numeric(fl_field) -> bool:
    """No option that changes how frictionless reads the number (bareNumber, groupChar ...)."""
    defined = set(fl_field.list_defined())
    if defined & {"bare_number", "group_char", "decimal_char", "float_number"}:
        return False
    return not getattr(fl_field, "float_number", False)


def _bounds_ok(ftype: str, cons: dict) -> bool:
    for name, _ in _BOUNDS:
        if name not in cons:
            continue
        bound = cons[name]
        if isinstance(bound, bool):
            return False
        if ftype == "integer" and not (isinstance(bound, int) and abs(bound) < 2 ** 62):
            return False
        if ftype == "number" and not (isinstance(bound, (int, float, str, Decimal))
                                      and _bound_ok_for_float(bound)):
            return False
    return True


def _read_by_value(col: Column, fl_field, rows: np.ndarray, masks: dict) -> None:
    """frictionless's own cell reader, once per distinct value of ``rows``."""
    reader = fl_field.create_cell_reader()
    codes, uniques = pd.factorize(col.raw[rows])
    k = len(uniques)
    typed: list = [None] * k
    terr = np.zeros(k, dtype=bool)
    cmask = {name: np.zeros(k, dtype=bool) for name in masks}
    for i, value in enumerate(uniques):
        target, notes = reader(value)
        typed[i] = target
        if notes:
            for name in notes:
                if name == "type":
                    terr[i] = True
                elif name in cmask:
                    cmask[name][i] = True
    col.type_error[rows] = terr[codes]
    for name, m in cmask.items():
        if m.any():
            masks[name][rows] = masks[name][rows] | m[codes]
    order = np.argsort(rows, kind="stable")
    col.slow_rows = rows[order]
    col.slow_values = [typed[c] for c in codes[order]]


# --- table-level checks -------------------------------------------------------------------------

def _previous(groups: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
    """For each position, the position of the previous one in the same group, or -1.
    Negative groups are never matched."""
    n = len(groups)
    prev = np.full(n, -1, dtype=np.int64)
    if n < 2:
        return prev
    order = np.argsort(groups, kind="stable")
    g = groups[order]
    same = (g[1:] == g[:-1]) & (g[1:] >= 0)
    prev[order[1:][same]] = order[:-1][same]
    return prev


# --- keys seen so far -----------------------------------------------------------------------------

class LastSeen:
    """The last row at which each key was seen, over the chunks of a table: what frictionless
    keeps in a dict per unique field, per primary key and (by the row's text) for duplicate rows.

    Integer and float keys live in sorted numpy arrays (16 bytes a key, where a dict of Python
    ints takes about 100): a large level and a small recent one that new keys go into and that
    is merged into the large one when it has grown to an eighth of it (so that a table of n rows
    costs O(n log n), not a copy of every key per chunk). Other keys (strings, tuples, Python
    objects) live in a dict."""

    MERGE_AT = 1 << 16          # the recent level is merged once it holds this many keys (or more)

    def __init__(self):
        self.levels: list[list[np.ndarray]] = []     # [[sorted keys, rows], ...]: big, recent
        self.dtype = None
        self.other: dict = {}

    def see(self, keys: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """For each of ``keys`` (those of ``rows``: absolute row indices, ascending) the last
        earlier row with an equal key, or -1; then remember them."""
        if keys.dtype != object:
            return self._see_numeric(keys, rows)
        prev = np.full(len(keys), -1, dtype=np.int64)
        # ints and floats meet the numeric keys of other chunks (a chunk holding one int beyond
        # int64 comes as objects); ints and floats never meet in one field
        kind = self.dtype.kind if self.dtype is not None else None
        numeric = np.fromiter(((type(k) is int and -2 ** 63 <= k < 2 ** 63 and kind != "f")
                               or (type(k) is float and kind != "i") for k in keys), bool, len(keys))
        if numeric.any():
            at = np.flatnonzero(numeric)
            values = keys[at].tolist()
            dtype = np.float64 if type(values[0]) is float else np.int64
            prev[at] = self._see_numeric(np.array(values, dtype=dtype), rows[at])
            rest = np.flatnonzero(~numeric)
            if len(rest):
                prev[rest] = self.see(keys[rest], rows[rest])
            return prev
        other = self.other
        for i, (key, row) in enumerate(zip(keys.tolist(), rows.tolist())):
            last = other.get(key)
            if last is not None:
                prev[i] = last
            other[key] = row
        return prev

    def _see_numeric(self, keys: np.ndarray, rows: np.ndarray) -> np.ndarray:
        n = len(keys)
        prev = np.full(n, -1, dtype=np.int64)
        if n == 0:
            return prev
        if self.dtype is not None and self.dtype != keys.dtype:
            raise TypeError(f"keys of one field changed from {self.dtype} to {keys.dtype}")
        self.dtype = keys.dtype
        codes, uniques = pd.factorize(keys)
        local = _previous(codes)
        has = local >= 0
        prev[has] = rows[local[has]]
        first = np.flatnonzero(~has)
        for level_keys, level_rows in self.levels:
            pos, hit = _find(level_keys, keys[first])
            prev[first[hit]] = level_rows[pos[hit]]
        # remember the last row of each distinct key (rows are ascending: the largest)
        last = np.full(len(uniques), -1, dtype=np.int64)
        np.maximum.at(last, codes, rows)
        ukeys = np.asarray(uniques, dtype=keys.dtype)
        new = np.ones(len(ukeys), dtype=bool)
        for level_keys, level_rows in self.levels:
            pos, hit = _find(level_keys, ukeys)
            level_rows[pos[hit]] = last[hit]
            new &= ~hit
        if new.any():
            self._add(ukeys[new], last[new])
        return prev

    def _add(self, keys: np.ndarray, rows: np.ndarray) -> None:
        order = np.argsort(keys, kind="stable")
        keys, rows = keys[order], rows[order]
        if not self.levels:
            self.levels = [[keys, rows]]
            return
        if len(self.levels) == 1:
            self.levels.append([keys[:0], rows[:0]])
        recent = self.levels[-1]
        at = np.searchsorted(recent[0], keys)
        recent[0], recent[1] = np.insert(recent[0], at, keys), np.insert(recent[1], at, rows)
        big = self.levels[0]
        if len(recent[0]) >= max(self.MERGE_AT, len(big[0]) // 8):
            merged_keys = np.concatenate([big[0], recent[0]])
            merged_rows = np.concatenate([big[1], recent[1]])
            order = np.argsort(merged_keys, kind="stable")
            self.levels = [[merged_keys[order], merged_rows[order]]]


def _find(sorted_keys: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(position, found) of each of ``keys`` in ``sorted_keys``."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=np.int64), np.zeros(len(keys), dtype=bool)
    pos = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return pos, sorted_keys[pos] == keys


def _index_keys(col: Column) -> tuple[np.ndarray, np.ndarray]:
    """(keys, valid) of a column for :class:`LastSeen`: Python equality of the typed values
    (numeric arrays when every key is an int64 or a float); ``valid`` is False for null rows and
    for values equal to nothing (NaN, unhashable values)."""
    valid = ~col.null
    if col.mode == "string":
        return col.raw, valid
    if col.fast is not None and not len(col.slow_rows):
        keys = col.fast_values
        if keys.dtype.kind == "f":
            keys = keys + 0.0           # -0.0 and 0.0 are one key, as in Python
        return keys, valid & col.fast
    keys = np.full(len(col.raw), None, dtype=object)
    if col.fast is not None and col.fast.any():
        idx = np.flatnonzero(col.fast)
        keys[idx] = (col.fast_values[idx] + (0.0 if col.fast_values.dtype.kind == "f" else 0)).tolist()
    if len(col.slow_rows):
        vals = np.empty(len(col.slow_values), dtype=object)
        vals[:] = [_equality_key(v) for v in col.slow_values]
        keys[col.slow_rows] = vals
    sentinel = np.fromiter((isinstance(k, _Sentinel) for k in keys), bool, len(keys))
    valid &= ~sentinel
    present = keys[valid]
    if col.ftype == "integer" and all(type(k) is int and -2 ** 63 <= k < 2 ** 63 for k in present):
        out = np.zeros(len(keys), dtype=np.int64)
        out[valid] = present.astype(np.int64) if len(present) else 0
        return out, valid
    if col.ftype == "number" and all(type(k) is float for k in present):
        out = np.zeros(len(keys), dtype=np.float64)
        out[valid] = present.astype(np.float64) if len(present) else 0.0
        return out, valid
    return keys, valid


def _tuple_keys(parts: list[tuple[np.ndarray, np.ndarray]], n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Keys of a composite primary key: a tuple per row, None for a null part (None equals None
    inside a tuple, as in frictionless). Returns (keys, valid, all_null)."""
    all_null = np.ones(n, dtype=bool)
    never = np.zeros(n, dtype=bool)            # a part equal to nothing (NaN)
    columns = []
    for keys, valid, null in parts:
        all_null &= null
        never |= ~valid & ~null
        values = keys.astype(object) if keys.dtype != object else keys.copy()
        values[null] = None
        columns.append(values.tolist())
    out = np.empty(n, dtype=object)
    out[:] = list(zip(*columns)) if columns else [()] * n
    return out, ~all_null & ~never, all_null


# --- the engine -----------------------------------------------------------------------------------

@dataclass
class EngineResult:
    errors: list[dict]
    rows: int
    fields: int
    partial: bool = False
    warnings: list[str] = field(default_factory=list)


def _row_hash(cols: list[Column], rows: np.ndarray, texts: dict[int, str] | None = None,
              base: int = 0) -> np.ndarray:
    """A 64-bit hash of each row's text (as duplicate-row compares it), combined from the
    fields' texts; rows whose text is given in ``texts`` (absolute row -> text, rows with a
    comma in a cell) are hashed whole. Equal texts give equal hashes; equal hashes are
    compared as texts before a row is called a duplicate."""
    out = np.zeros(len(rows), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for c in cols:
            h = np.fromiter(map(hash, c.row_text(rows)), dtype=np.int64, count=len(rows)).view(np.uint64)
            out = (out ^ h) * np.uint64(0x9E3779B97F4A7C15) + np.uint64(0x632BE59BD9B4E019)
            out ^= out >> np.uint64(29)
    if texts:
        for i, r in enumerate(rows.tolist()):
            if r + base in texts:
                out[i] = np.uint64(hash(texts[r + base]) & 0xFFFFFFFFFFFFFFFF) ^ np.uint64(1)
    return out.view(np.int64)


class ColumnEngine:
    """frictionless's checks over a table given in consecutive chunks of rows (:meth:`feed`),
    with what frictionless keeps between rows kept here too: the last row of each unique value,
    primary key and row text. Errors come out as :func:`validate_columns` gives them for the
    whole table at once (which is one chunk).

    Duplicate rows: a row can only repeat a row whose text is the same, so where the table has
    a primary key (or a unique field) only rows whose key was seen before are compared, along
    the chain of earlier rows with that key; rows whose key is null, equal to nothing, or whose
    text holds a comma in a cell (or every row, without a key) are found by a hash of their
    text. Either way the texts are compared before a row is reported. A row of an earlier chunk
    whose text is needed and no longer in memory is read again through ``fetch`` (absolute rows
    -> their cells), which a streaming reader provides.
    """

    def __init__(self, descriptor: dict, *, duplicate_rows: bool = True,
                 limit_errors: int | None = None, fast_min_rows: int = FAST_MIN_ROWS,
                 first_row: int = 2, comma_free: bool = False, fetch=None):
        self.fl_schema, self.fl_fields = _frictionless_fields(descriptor)
        self.names = [f.name for f in self.fl_fields]
        self.duplicate_rows = duplicate_rows
        self.limit_errors = limit_errors
        self.fast_min_rows = fast_min_rows
        self.first_row = first_row
        self.comma_free = comma_free
        self.fetch = fetch
        self.rows = 0
        self.chunks = 0
        pk = list(self.fl_schema.primary_key)
        self.pk = pk if pk and set(pk) <= set(self.names) else []
        self.unique_names = [f.name for f in self.fl_fields if f.constraints.get("unique")]
        self.fk_groups = []
        for fk in self.fl_schema.foreign_keys:
            source = fk["reference"].get("resource") or ""
            target_key, source_key = list(fk["fields"]), list(fk["reference"]["fields"])
            if not source and set(target_key) <= set(self.names) and set(source_key) <= set(self.names):
                self.fk_groups.append((target_key, source_key, source))
        self._unique = [LastSeen() for _ in self.unique_names]
        self._primary = LastSeen()
        self._by_hash = LastSeen()
        self._key_chain: dict[int, int] = {}
        self._hash_chain: dict[int, int] = {}
        self._texts: dict[int, str] = {}
        self._previous_chunk: tuple[int, list[Column]] | None = None
        self._found: list[tuple] = []
        self._counted = 0

    @property
    def streamable(self) -> bool:
        """Self-referencing foreign keys look up values anywhere in the table: one chunk only."""
        return not self.fk_groups

    @property
    def full(self) -> bool:
        """The error limit is reached: later rows cannot change the errors reported."""
        return bool(self.limit_errors) and self._counted >= self.limit_errors

    # -- one chunk ---------------------------------------------------------------------------------

    def feed(self, columns: dict[str, np.ndarray], *, comma_free: bool | None = None,
             canonical: dict[str, tuple[np.ndarray, np.ndarray]] | None = None) -> None:
        """The next rows: one object array of str per field, in schema order. ``comma_free``:
        no cell of these rows holds a comma (default: as given to the engine); ``canonical``:
        fast-path readings of integer and number fields (see normalise_columns)."""
        if list(columns) != self.names:
            raise ValueError(f"columns {list(columns)} do not match the schema's fields {self.names}")
        if self.fk_groups and self.chunks:
            raise ValueError("a table with self-referencing foreign keys is validated in one chunk")
        self.chunks += 1
        base = self.rows
        n = len(next(iter(columns.values()))) if columns else 0
        canonical = canonical or {}
        cols = [build_column(f, self.fl_schema, np.asarray(columns[f.name], dtype=object), i + 1,
                             fast_min_rows=self.fast_min_rows, canonical=canonical.get(f.name))
                for i, f in enumerate(self.fl_fields)]
        by_name = {c.name: c for c in cols}
        rows = np.arange(base, base + n, dtype=np.int64)
        self._comma_free = self.comma_free if comma_free is None else comma_free
        first_row = self.first_row
        keys_cache: dict[str, tuple] = {}

        def keys(name):
            if name not in keys_cache:
                keys_cache[name] = _index_keys(by_name[name])
            return keys_cache[name]

        blank = np.ones(n, dtype=bool)
        for c in cols:
            blank &= c.missing
        structural: list[tuple] = []      # (local row, phase, sub, error)
        trigger: dict[int, tuple] = {}   # local row -> first (phase, sub) that made frictionless read it all
        chain_keys = None                # the key that narrows the duplicate rows: (rows, prev, valid)
        for k, name in enumerate(self.unique_names):
            c = by_name[name]
            ukeys, valid = keys(name)
            idx = np.flatnonzero(valid)
            prev = self._unique[k].see(ukeys[idx], rows[idx])
            for i in np.flatnonzero(prev >= 0):
                r = int(idx[i])
                trigger.setdefault(r, (1, k))
                structural.append((r, 1, k, {
                    "type": "unique-error", "fieldName": c.name, "fieldNumber": c.number,
                    "cell": str(c.raw[r]),
                    "note": f"the same as in the row at position {prev[i] + first_row}"}))
            if not self.pk and k == 0:
                chain_keys = (idx, prev, valid)
        if self.pk:
            if len(self.pk) == 1:
                pkeys, valid = keys(self.pk[0])
                all_null = by_name[self.pk[0]].null
            else:
                parts = [(*keys(name), by_name[name].null) for name in self.pk]
                pkeys, valid, all_null = _tuple_keys(parts, n)
            idx = np.flatnonzero(valid)
            prev_valid = self._primary.see(pkeys[idx], rows[idx])
            prev = np.full(n, -1, dtype=np.int64)
            prev[idx] = prev_valid
            for r in np.flatnonzero(all_null | (prev >= 0)):
                r = int(r)
                note = ('cells composing the primary keys are all "None"' if all_null[r]
                        else f"the same as in the row at position {prev[r] + first_row}")
                trigger.setdefault(r, (2, 0))
                structural.append((r, 2, 0, {"type": "primary-key", "fieldName": None,
                                              "fieldNumber": None, "cell": None, "note": note}))
            chain_keys = (idx, prev_valid, valid)
        for k, (target_key, source_key, source) in enumerate(self.fk_groups):
            for r, note in _foreign_key_rows(by_name, target_key, source_key, source):
                trigger.setdefault(r, (3, k))
                structural.append((r, 3, k, {"type": "foreign-key", "fieldName": None,
                                              "fieldNumber": None, "cell": None, "note": note}))
        if self.duplicate_rows:
            for r, p in self._duplicates(cols, base, n, chain_keys):
                structural.append((r, 4, 0, {"type": "duplicate-row", "fieldName": None,
                                              "fieldNumber": None, "cell": None,
                                              "note": f'the same as row at position "{p + first_row}"'}))

        # frictionless reads a row's cells lazily: the unique fields first, then the primary key,
        # then the foreign keys' fields; the first of these checks that fails reads the whole row
        # (the other fields in schema order) before it reports. Cell errors follow that order.
        index = {c.name: j for j, c in enumerate(cols)}
        stages = [("u", k, [index[name]]) for k, name in enumerate(self.unique_names)]
        if self.pk:
            stages.append(("p", 0, [index[f] for f in self.pk]))
        for k, (target_key, _, _) in enumerate(self.fk_groups):
            stages.append(("f", k, [index[f] for f in target_key]))
        phase_of = {"u": 1, "p": 2, "f": 3}

        def access_rank(cut):
            seen: list[int] = []
            for kind, k, fields in stages:
                for j in fields:
                    if j not in seen:
                        seen.append(j)
                if cut is not None and (phase_of[kind], k) == cut:
                    break
            seen += [j for j in range(len(cols)) if j not in seen]
            rank = np.empty(len(cols), dtype=np.int64)
            rank[seen] = np.arange(len(cols))
            return rank

        default_rank = access_rank(None)
        ranks: dict[tuple, np.ndarray] = {}
        found = self._found
        before = len(found)
        for r in np.flatnonzero(blank):
            found.append((base + int(r), 0, 0, 0, {"type": "blank-row", "fieldName": None,
                                                    "fieldNumber": None, "cell": None, "note": ""}))
        not_blank = ~blank
        for j, c in enumerate(cols):
            cell_errors = [(-1, "type-error", f'type is "{c.ftype}/{self.fl_fields[j].format}"',
                            c.type_error)]
            cell_errors += [(order, "constraint-error", note, mask)
                            for order, _name, note, mask in c.constraints]
            for order, etype, note, mask in cell_errors:
                for r in np.flatnonzero(mask & not_blank):
                    r = int(r)
                    cut = trigger.get(r)
                    if cut is None:
                        rank = default_rank[j]
                    else:
                        if cut not in ranks:
                            ranks[cut] = access_rank(cut)
                        rank = ranks[cut][j]
                    found.append((base + r, 0, int(rank), order, _cell_error(etype, c, r, note)))
        found += [(base + r, phase, sub, 0, err) for r, phase, sub, err in structural]
        self._counted += len(found) - before
        self.rows += n
        self._previous_chunk = (base, cols)

    # -- duplicate rows ------------------------------------------------------------------------------

    def _duplicates(self, cols: list[Column], base: int, n: int, keyed) -> list[tuple[int, int]]:
        """(local row, absolute previous row) of each row whose text is an earlier row's;
        ``keyed``: (rows, their previous row with the same key, valid) of the primary key or
        the first unique field, or None."""
        if n == 0:
            return []
        chunk = (base, cols)
        comma = self._comma_rows(cols, n)
        special = comma.copy()
        candidates: list[tuple[int, int, dict]] = []     # (local row, first candidate, chain)
        if keyed is not None:
            idx, prev, valid = keyed
            special |= ~valid
            for c in (c for c in cols if c.name in (self.pk or self.unique_names[:1])):
                special |= c.null
                if c.mode == "string":
                    special |= c.raw == "None"     # the text of a null cell
            for i in np.flatnonzero(prev >= 0):
                r = int(idx[i])
                self._key_chain[base + r] = int(prev[i])
                if not special[r]:
                    candidates.append((r, int(prev[i]), self._key_chain))
            hashed = np.flatnonzero(special)
        else:
            hashed = np.arange(n)
        if len(hashed):
            texts = {base + int(r): self._text(int(r) + base, chunk) for r in np.flatnonzero(comma)}
            hashes = _row_hash(cols, hashed, texts, base)
            prev = self._by_hash.see(hashes, hashed + base)
            for i in np.flatnonzero(prev >= 0):
                r = int(hashed[i])
                self._hash_chain[base + r] = int(prev[i])
                candidates.append((r, int(prev[i]), self._hash_chain))
        if not candidates:
            return []
        # rows of earlier chunks whose text is needed: the roots of the chains (every other
        # row of a chain was a candidate, and its text was kept)
        wanted = set()
        for r, p, chain in candidates:
            while p >= 0:
                if p not in self._texts and p < base and not self._in_previous(p):
                    wanted.add(p)
                p = chain.get(p, -1)
        if wanted:
            self._fetch_texts(sorted(wanted))
        out = []
        for r, p, chain in sorted(candidates):
            text = self._texts.setdefault(base + r, self._text(base + r, chunk))
            while p >= 0:
                if self._text(p, chunk) == text:
                    out.append((r, p))
                    break
                p = chain.get(p, -1)
        return out

    def _in_previous(self, row: int) -> bool:
        if self._previous_chunk is None:
            return False
        start, cols = self._previous_chunk
        return start <= row < start + len(cols[0].raw)

    def _text(self, row: int, chunk: tuple[int, list[Column]]) -> str:
        """The text duplicate-row compares for an absolute row: ``",".join(str(value))``."""
        if row in self._texts:
            return self._texts[row]
        for start, cols in (chunk, self._previous_chunk):
            if cols and start <= row < start + len(cols[0].raw):
                at = np.array([row - start])
                return ",".join(c.row_text(at)[0] for c in cols)
        raise KeyError(row)

    def _fetch_texts(self, rows: list[int]) -> None:
        if self.fetch is None:
            raise RuntimeError("rows of an earlier chunk are needed and no fetch was given")
        cells = self.fetch(rows)
        for row in rows:
            values = cells[row]
            texts = []
            for i, f in enumerate(self.fl_fields):
                c = build_column(f, self.fl_schema, np.array([values[i]], dtype=object), i + 1,
                                 fast_min_rows=1 << 62)
                texts.append(c.row_text(np.array([0]))[0])
            self._texts[row] = ",".join(texts)

    def _comma_rows(self, cols: list[Column], n: int) -> np.ndarray:
        """Rows with a comma in a cell's text: their text may equal that of a row whose cells
        differ, so they are compared by their whole text."""
        out = np.zeros(n, dtype=bool)
        if self._comma_free:
            return out
        for c in cols:
            if _has_comma(c):
                every = np.arange(n)
                out |= np.fromiter(("," in t for t in c.row_text(every)), bool, n)
        return out

    # -- the end -------------------------------------------------------------------------------------

    def finish(self) -> EngineResult:
        found = sorted(self._found, key=lambda t: t[:4])
        errors = []
        for r, *_rest, err in found:
            err["rowNumber"] = r + self.first_row
            err["message"] = TEMPLATES[err["type"]].format(
                cell=err.get("cell"), rowNumber=err["rowNumber"], fieldName=err.get("fieldName"),
                fieldNumber=err.get("fieldNumber"), note=err.get("note"))
            errors.append(err)
        partial, warnings = False, []
        if self.limit_errors and len(errors) >= self.limit_errors:
            errors = errors[:self.limit_errors]
            partial = True
            warnings.append(f"reached error limit: {self.limit_errors}")
        return EngineResult(errors=errors, rows=self.rows, fields=len(self.fl_fields),
                            partial=partial, warnings=warnings)


def validate_columns(columns: dict[str, np.ndarray], descriptor: dict, *,
                     duplicate_rows: bool = True, limit_errors: int | None = None,
                     fast_min_rows: int = FAST_MIN_ROWS, first_row: int = 2,
                     comma_free: bool = False) -> EngineResult:
    """Validate string columns (one object array per field, in schema order) against a
    frictionless Table Schema descriptor; errors as frictionless would report them.

    Each error: type, rowNumber, fieldName, fieldNumber, cell, note, message (frictionless's
    templates). ``first_row`` is the row number of the first data row (2 under a one-line header).
    ``comma_free``: no cell holds a comma (known for a CSV file without quotes).
    """
    engine = ColumnEngine(descriptor, duplicate_rows=duplicate_rows, limit_errors=limit_errors,
                          fast_min_rows=fast_min_rows, first_row=first_row, comma_free=comma_free)
    engine.feed(columns)
    return engine.finish()


def _cell_error(etype: str, col: Column, r: int, note: str) -> dict:
    return {"type": etype, "fieldName": col.name, "fieldNumber": col.number,
            "cell": str(col.raw[r]), "note": note}


def _foreign_key_rows(by_name: dict[str, Column], target_key: list[str], source_key: list[str],
                      source_name: str):
    """Rows whose (non-null) target values are not among the source values (self-reference)."""
    src = [by_name[f].typed_objects() for f in source_key]
    tgt = [by_name[f].typed_objects() for f in target_key]
    n = len(src[0])
    texts = {}

    def text(r):
        if r not in texts:
            rows = np.array([r])
            texts[r] = tuple(by_name[f].row_text(rows)[0] for f in target_key)
        return texts[r]

    if len(source_key) == 1:
        svals = src[0]
        lookup = {_equality_key(v) for v in svals if v is not None}
        lookup = {v for v in lookup if not isinstance(v, _Sentinel)}
        tvals = tgt[0]
        for r in range(n):
            v = tvals[r]
            if v is None:
                continue
            key = _equality_key(v)
            if isinstance(key, _Sentinel) or key not in lookup:
                yield r, _fk_note(target_key, text(r), source_name, source_key)
        return
    lookup = set()
    for r in range(n):
        cells = tuple(col[r] for col in src)
        if set(cells) == {None}:
            continue
        lookup.add(tuple(_equality_key(v) if v is not None else None for v in cells))
    for r in range(n):
        cells = tuple(col[r] for col in tgt)
        if set(cells) == {None}:
            continue
        key = tuple(_equality_key(v) if v is not None else None for v in cells)
        if any(isinstance(k, _Sentinel) for k in key) or key not in lookup:
            yield r, _fk_note(target_key, text(r), source_name, source_key)


def _fk_note(target_key, cells, source_name, source_key) -> str:
    return ('for "%s": values "%s" not found in the lookup table "%s" as "%s"'
            % (", ".join(target_key), ", ".join(str(d) for d in cells), source_name,
               ", ".join(source_key)))


def _has_comma(col: Column) -> bool:
    """Whether some cell's text (as duplicate-row writes it) may hold a comma."""
    if len(col.raw) == 0:
        return False
    if col.mode != "string":
        if col.fast is not None and not len(col.slow_rows):
            return False            # canonical numbers
        if col.ftype in ("integer", "number", "boolean", "date", "year", "yearmonth"):
            return False            # str() of these typed values has no comma
        values = col.raw[col.slow_rows] if len(col.slow_rows) else col.raw
        return "," in "\x1f".join(str(v) for v in values)
    return "," in "\x1f".join(col.raw.tolist())
