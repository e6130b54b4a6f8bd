"""Re-identification risk: k-anonymity over the quasi-identifiers.

Records that share the values of every quasi-identifier form an equivalence class; the table is
k-anonymous when no class is smaller than k. :func:`enforce_k` first coarsens declared amount
bands (fewer, wider bands), then suppresses the quasi-identifier values of the records still in
classes smaller than k. A record whose quasi-identifiers are all suppressed (or all empty) tells
nothing about who it is and is left out of the classes, as in ISO/IEC 20889 record-level
suppression.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from .methods import band_labels, coarsen


def class_sizes(frame: pd.DataFrame, quasi_identifiers: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """(size of each record's equivalence class, mask of records that take part)."""
    qis = list(quasi_identifiers)
    n = len(frame)
    if not qis or n == 0:
        return np.zeros(n, dtype=np.int64), np.zeros(n, dtype=bool)
    part = frame[qis]
    blank = np.ones(n, dtype=bool)
    codes = []
    for q in qis:
        col = part[q]
        c, uniques = pd.factorize(col, use_na_sentinel=True)
        isna = c < 0
        if pd.api.types.is_string_dtype(col.dtype) or pd.api.types.is_object_dtype(col.dtype):
            # blank values are found among the distinct values (a million cells hold a few)
            blank_value = np.zeros(len(uniques) + 1, dtype=bool)    # slot -1: missing
            blank_value[:-1] = (pd.Series(uniques, dtype=object).astype("str").str.strip() == "") \
                .to_numpy(dtype=bool, na_value=False)
            isna |= blank_value[c]
        blank &= isna
        codes.append(c)
    key = pd.DataFrame({i: c for i, c in enumerate(codes)})
    sizes = key.groupby(list(key.columns), sort=False)[0].transform("size").to_numpy()
    active = ~blank
    if not active.all():
        # blank records are not a class; recount the others among themselves
        sub = key[active]
        sizes = np.zeros(n, dtype=np.int64)
        if len(sub):
            sizes[active] = sub.groupby(list(sub.columns), sort=False)[0].transform("size").to_numpy()
    return sizes.astype(np.int64), active


def assess(frame: pd.DataFrame, quasi_identifiers: Sequence[str], k: int) -> dict:
    """Smallest equivalence class and how many records sit in classes smaller than k."""
    sizes, active = class_sizes(frame, quasi_identifiers)
    considered = sizes[active]
    if len(considered) == 0:
        return {"k": None, "records_below_k": 0, "classes": 0, "records_considered": 0}
    classes = int(np.sum(1.0 / considered).round())
    return {"k": int(considered.min()), "records_below_k": int((considered < k).sum()),
            "classes": classes, "records_considered": int(len(considered))}


def _with_na(series: pd.Series, mask: np.ndarray) -> pd.Series:
    if pd.api.types.is_integer_dtype(series.dtype) and not isinstance(series.dtype, pd.api.extensions.ExtensionDtype):
        series = series.astype("Int64")
    elif pd.api.types.is_bool_dtype(series.dtype):
        series = series.astype("boolean")
    return series.mask(pd.Series(mask, index=series.index))


def enforce_k(frame: pd.DataFrame, quasi_identifiers: Sequence[str], k: int, *,
              bandable: dict[str, tuple[np.ndarray, list[float]]] | None = None,
              pending: set[str] | frozenset = frozenset()) -> tuple[pd.DataFrame, dict]:
    """Make ``frame`` k-anonymous over ``quasi_identifiers``.

    ``bandable`` maps a quasi-identifier to (its raw numbers, its band edges): fields named in
    ``pending`` are not banded yet and get their edges as the first step; the others are
    coarsened (every other edge dropped), all of them one step at a time, while k does not hold
    and at least three bands remain. Then the
    quasi-identifier values of records in too-small classes are suppressed (set missing).
    Returns the new frame and a report (counts only).
    """
    qis = [q for q in quasi_identifiers if q in frame.columns]
    ignored = [q for q in quasi_identifiers if q not in frame.columns]
    before = assess(frame, qis, k)
    actions: list[dict] = []
    out = frame
    bandable = dict(bandable or {})
    current = before
    while current["records_below_k"] and bandable:
        progressed = False
        for field, (raw, edges) in list(bandable.items()):
            if field not in qis:
                continue
            if field in pending:
                wider = list(edges)
                pending = set(pending) - {field}
            else:
                wider = coarsen(edges)
                if wider == edges or len(wider) < 2:
                    continue                # three bands at least: below that, suppress
            labels = band_labels(raw, wider)
            out = out.copy() if out is frame else out
            out[field] = pd.Series(labels, index=out.index, dtype="str")
            bandable[field] = (raw, wider)
            actions.append({"action": "generalise", "field": field,
                            "bands": [int(e) if float(e).is_integer() else e for e in wider]})
            progressed = True
        if not progressed:
            break
        current = assess(out, qis, k)
    suppressed = 0
    if current["records_below_k"]:
        sizes, active = class_sizes(out, qis)
        offending = active & (sizes < k)
        suppressed = int(offending.sum())
        out = out.copy() if out is frame else out
        for q in qis:
            out[q] = _with_na(out[q], offending)
        actions.append({"action": "suppress", "fields": list(qis), "records": suppressed})
        current = assess(out, qis, k)
    report = {
        "assessed": True,
        "quasi_identifiers": qis,
        "k_threshold": k,
        "k_before": before["k"],
        "records_below_k_before": before["records_below_k"],
        "k_after": current["k"],
        "records_below_k_after": current["records_below_k"],
        "equivalence_classes": current["classes"],
        "records_suppressed": suppressed,
        "actions": actions,
        "satisfied": current["records_below_k"] == 0,
    }
    if ignored:
        report["ignored_quasi_identifiers"] = ignored
    return out, report
