"""Spreadsheet formula injection: cells and headers that a spreadsheet would run as formulas.

A published CSV or XLSX is opened in Excel or WPS by the public. A cell that begins with ``=``,
``+``, ``-`` or ``@`` (or a tab or carriage return, or their full-width forms ＝＋－＠) is read
there as a formula: ``=HYPERLINK(...)`` sends the reader elsewhere, ``+cmd|' /C calc'!A0`` runs a
program (DDE). Following OWASP's CSV-injection guidance, such a cell is written as text: a
single quote is put in front of it, which spreadsheets show as the start of a text cell and
which keeps the value readable. Plain numbers (``-12.5``, ``+8613812345678``) and a lone dash
(the usual "none" in Chinese tables) are not formulas and stay as they are.

:func:`neutralise` is the rule for one value; :func:`neutralise_frame` applies it to a table's
text cells and column names before any output is written (the published CSV, the XLSX copy, the
CKAN DataStore, which is loaded from that CSV).
"""

from __future__ import annotations

import re

import pandas as pd

from .arrays import writable_object_values

__all__ = ["FORMULA_TRIGGERS", "neutralise", "is_formula", "neutralise_frame"]

#: First characters that make a spreadsheet read a cell as a formula (OWASP, plus full width).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
_PLAIN_NUMBER = re.compile(r"[+\-－＋]?(?:[0-9]+(?:[.,][0-9]+)*|[.][0-9]+)(?:[eE][+\-]?[0-9]+)?%?")
_TRIGGER_RE = r"^[=+\-@\t\r＝＋－＠]"


def is_formula(value: str) -> bool:
    """Would a spreadsheet read ``value`` as a formula?"""
    if not value or not value.startswith(FORMULA_TRIGGERS):
        return False
    if value in ("-", "－", "+", "--"):
        return False
    return not _PLAIN_NUMBER.fullmatch(value)


def neutralise(value):
    """``value`` as text a spreadsheet will not run (a quote before a formula); anything that
    is not a string is returned as it is."""
    if isinstance(value, str) and is_formula(value):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """``frame`` with every formula cell and column name neutralised, and the renamed columns
    (old name -> new name). Only text columns can hold formulas; the pass is vectorised and
    returns ``frame`` itself when nothing needs changing."""
    renamed = {str(c): neutralise(str(c)) for c in frame.columns if is_formula(str(c))}
    changed = {}
    for column in frame.columns:
        series = frame[column]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        text = series.astype("str") if pd.api.types.is_object_dtype(series.dtype) else series
        mask = text.str.contains(_TRIGGER_RE, regex=True, na=False).to_numpy(dtype=bool)
        if not mask.any():
            continue
        values = writable_object_values(series)
        for i in mask.nonzero()[0]:
            values[i] = neutralise(values[i])
        if any(values[i] != series.iat[i] for i in mask.nonzero()[0]):
            changed[column] = pd.Series(values, index=series.index, name=column, dtype=series.dtype)
    if not renamed and not changed:
        return frame, {}
    out = frame.copy()
    for column, series in changed.items():
        out[column] = series
    if renamed:
        out = out.rename(columns=lambda c: renamed.get(str(c), c))
    return out, renamed
