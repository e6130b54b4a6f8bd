"""``deidentify_frame``: the policy applied to a DataFrame, then a sweep of every cell.

1. The policy (:class:`~gongkai.deid.policy.Policy`) gives each column a kind and a method.
2. Each column is turned into codes over its distinct values (``pandas.factorize``); the method
   runs once per distinct value, so a name or a community repeated on many rows costs one call.
   (A text column whose values hardly repeat, IDs or phones, is read a value per cell instead:
   hashing it would gain nothing.) Later steps reuse these codes instead of hashing again.
3. The sweep: the detectors run over every remaining value of every column except those
   declared ``keep`` -- a cheap first pass (:data:`~gongkai.deid.detectors.PREFILTER`) over
   the distinct values, then the checks on the candidates -- and whatever they find is redacted with a
   placeholder and counted in ``undeclared_hits``. Values a method generated entirely (a
   pseudonym, a band, ``138****5678``, a placeholder) hold nothing of the input and are not
   rescanned; values that keep part of the input (a generalised address, a masked name,
   text around a masked phone) are. A value declared personal in one field of a row (a
   party's name) is also removed from that row's free text, detected or not.
   Free text and columns nobody described are also swept for person names without a cue word
   (:mod:`gongkai.deid.names`), as the field's ``public_names`` allows (``true``: none;
   ``officials``: all but officials' and commended persons'). Columns declared
   ``keep`` are published as they are except personal numbers (a mobile on the hotline line);
   only landlines pass there.
4. Cards and IDs split over two adjacent cells of a row (in columns whose values were kept
   verbatim) are redacted in both cells.
5. k-anonymity over the declared quasi-identifiers (:mod:`gongkai.deid.risk`).

The report holds counts and the names of fields, detectors and methods: never a value.
"""

from __future__ import annotations

import gc
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Callable

import numpy as np
import pandas as pd

from ..arrays import writable_object_values
from .detectors import (KEEP_EXEMPT_DETECTORS, PLACEHOLDERS, _is_numeric, _skip_dtype,
                        distinct_hits, distinct_text, redact_text, series_hits, split_number_hits)
from .methods import (_MOBILE_WHOLE, Pseudonymiser, age_band, band_labels, generalise_addresses,
                      generalise_phone, mask_address, mask_bank_card, mask_email, mask_name,
                      mask_landline_whole, mask_phone, mask_resident_id, normalise_for_pseudonym,
                      parse_amounts, resolve_key)
from .names import DETECTOR as NAME_DETECTOR, redact_with, series_name_hits, without_officials
from .policy import FieldPolicy, Policy
from .risk import enforce_k

__all__ = ["deidentify_frame", "sweep_series"]



@dataclass(frozen=True)
class Rule:
    """How a method maps the distinct values of a column.

    ``func`` takes the distinct non-missing values (blank ones included: it returns them as
    they are) and returns their new values (None = blank). ``rescan`` says which new values the
    sweep must still look at: ``"all"`` (the method keeps part of the input), ``"unchanged"``
    (the method generates its output; only values it left alone are scanned) or ``"flags"``
    (``func`` returns ``(values, generated)`` with a flag per value).
    """

    func: Callable
    rescan: str = "all"


def _out_dtype(series: pd.Series):
    dtype = series.dtype
    if pd.api.types.is_object_dtype(dtype):
        return object
    if pd.api.types.is_string_dtype(dtype):
        return dtype
    return "str"


def _non_missing(series: pd.Series) -> np.ndarray:
    mask = series.notna().to_numpy(dtype=bool, copy=True)
    if pd.api.types.is_string_dtype(series.dtype) and not pd.api.types.is_object_dtype(series.dtype):
        mask &= (series != "").to_numpy(dtype=bool, na_value=False)
    elif pd.api.types.is_object_dtype(series.dtype):
        mask &= np.fromiter((not (isinstance(v, str) and not v.strip()) for v in series),
                            dtype=bool, count=len(series))
    return mask


def _numeric_sweep(series: pd.Series, exempt: frozenset = frozenset()) -> tuple[pd.Series, Counter, int]:
    found = [(p, t, [h for h in hits if h.detector not in exempt]) for p, t, hits in series_hits(series)]
    found = [f for f in found if f[2]]
    counts: Counter = Counter()
    if not found:
        return series, counts, 0
    values = np.array([None if pd.isna(v) else (str(int(v)) if isinstance(v, float) and
                       v.is_integer() else str(v)) for v in series.tolist()], dtype=object)
    for pos, text, hits in found:
        values[pos] = redact_text(text, hits)
        for h in hits:
            counts[h.detector] += 1
    return pd.Series(values, index=series.index, name=series.name, dtype="str"), counts, len(found)


# A text column whose values hardly repeat (IDs, phones, cards: a value per person) gains nothing
# from being reduced to its distinct values; hashing a million strings costs a fifth of a second.
# Such a column (judged on a sample) is read one entry per cell instead: every method and
# detector is a function of the cell's text, so the outputs and counts are the same.
_ROWS_SAMPLE = 20_000
_ROWS_DISTINCT_SHARE = 0.98


def _distinct_values(series: pd.Series) -> tuple[np.ndarray, list]:
    """``(codes, texts)`` as :func:`~gongkai.deid.detectors.distinct_text` gives them, or, for a
    string column whose sampled values are nearly all different, one text per non-missing cell
    (the same texts, some repeated)."""
    return _distinct_values_known(series)[:2]


def _distinct_values_known(series: pd.Series) -> tuple[np.ndarray, list, bool]:
    """:func:`_distinct_values` and ``distinct``: the texts are known to be different strings,
    none missing (so the sweep need not reduce them to their distinct values again)."""
    n = len(series)
    if n >= 5 * _ROWS_SAMPLE and pd.api.types.is_string_dtype(series.dtype) \
            and not pd.api.types.is_object_dtype(series.dtype):
        values = series.to_numpy(dtype=object)
        sample = values[np.linspace(0, n - 1, _ROWS_SAMPLE).astype(np.intp)].tolist()
        if len(set(sample)) >= _ROWS_DISTINCT_SHARE * len(sample):
            present = series.notna().to_numpy(dtype=bool)
            codes = np.full(n, -1, dtype=np.intp)
            codes[present] = np.arange(int(present.sum()), dtype=np.intp)
            return codes, values[present].tolist(), False
    if pd.api.types.is_string_dtype(series.dtype) and not pd.api.types.is_object_dtype(series.dtype) \
            and not isinstance(series.dtype, pd.CategoricalDtype):
        # (distinct_text's codes and texts, the column's object array factorised: the string
        # array's own factorize first builds a mask of its missing values, a fifth more time)
        codes, uniques = pd.factorize(series.to_numpy(dtype=object), use_na_sentinel=True)
        return codes, uniques.tolist(), True
    codes, uniques = distinct_text(series)
    return codes, uniques.tolist(), False


def _transform(series: pd.Series, rule: Rule | None, exempt: frozenset = frozenset(),
               public_names: bool | str = False) -> tuple[pd.Series, int, Counter, int]:
    """Apply ``rule`` to each distinct value, then redact what the detectors still find (except
    the hits of the ``exempt`` detectors, and officials' names where ``public_names``).

    Returns (new series, cells changed by the method, sweep hits per detector, cells changed by
    the sweep). Missing and blank cells are left as they are.
    """
    return _transform_view(series, rule, exempt, public_names)[:4]


def _transform_view(series: pd.Series, rule: Rule | None, exempt: frozenset = frozenset(),
                    public_names: bool | str = False
                    ) -> tuple[pd.Series, int, Counter, int, tuple | None]:
    """:func:`_transform`, and the new column's view: ``(codes, texts)``, the row's text being
    ``texts[codes[row]]`` (slot -1: missing), or None (a numeric column). Later steps that read
    the column by its distinct values take them from the view instead of hashing it again."""
    if rule is None and (_is_numeric(series.dtype) or _skip_dtype(series.dtype)):
        if _skip_dtype(series.dtype):
            return series, 0, Counter(), 0, None
        new, counts, swept = _numeric_sweep(series, exempt)
        return new, 0, counts, swept, None
    codes, texts, distinct = _distinct_values_known(series)
    n_u = len(texts)
    if n_u == 0:
        return series, 0, Counter(), 0, (codes, np.full(1, None, dtype=object))
    occurrences = np.bincount(codes[codes >= 0], minlength=n_u)
    original = np.empty(n_u + 1, dtype=object)
    original[:n_u] = texts
    if rule is None:
        new = original
        changed = np.zeros(n_u, dtype=bool)
        scan = np.ones(n_u, dtype=bool)
    else:
        outs = rule.func(texts)
        generated = None
        if rule.rescan == "flags":
            outs, generated = outs
        new = np.empty(n_u + 1, dtype=object)       # slot n_u: code -1, missing stays missing
        new[:n_u] = outs
        changed = (new[:n_u] != original[:n_u]).astype(bool)
        present = (new[:n_u] != None).astype(bool)  # noqa: E711  (elementwise)
        if rule.rescan == "all":
            scan = present
        elif rule.rescan == "unchanged":
            scan = present & ~changed
        else:
            scan = present & ~np.asarray(generated, dtype=bool)
    method_changed = int(occurrences[changed].sum())

    counts: Counter = Counter()
    swept_cells = 0
    scan_idx = np.flatnonzero(scan)
    if len(scan_idx):
        # several inputs may share an output (generalised addresses): scan each output once
        if rule is None and distinct:
            # (the column's own distinct texts, all scanned: each is its own output)
            out_codes, out_uniques = scan_idx, original[:n_u]
        else:
            out_codes, out_uniques = pd.factorize(new[scan_idx])
        found = distinct_hits(pd.Series(out_uniques, dtype="str"))
        if exempt and found:
            found = {u: (t, kept) for u, (t, hits) in found.items()
                     if (kept := [h for h in hits if h.detector not in exempt])}
        if public_names and found:
            found = {u: (t, kept) for u, (t, hits) in found.items()
                     if (kept := without_officials(t, hits))}
        if found:
            # (array operations over the scanned values; a loop only over the outputs with hits)
            redacted = np.empty(len(out_uniques), dtype=object)
            is_hit = np.zeros(len(out_uniques), dtype=bool)
            for u, (text, hits) in found.items():
                redacted[u] = redact_text(text, hits)
                is_hit[u] = True
            rows = np.flatnonzero(is_hit[out_codes])
            hit_outs = out_codes[rows]
            idx = scan_idx[rows]
            new[idx] = redacted[hit_outs]
            occ = occurrences[idx]
            swept_cells = int(occ.sum())
            per_out = np.zeros(len(out_uniques), dtype=np.int64)
            np.add.at(per_out, hit_outs, occ)
            per_out = per_out.tolist()
            for u, (_text, hits) in found.items():
                for h in hits:
                    counts[h.detector] += per_out[u]
    if method_changed == 0 and swept_cells == 0:
        return series, 0, counts, 0, (codes, new)
    values = new[codes]
    return (pd.Series(values, index=series.index, name=series.name, dtype=_out_dtype(series)),
            method_changed, counts, swept_cells, (codes, new))


# Methods whose output still holds the input as it was (a bare number may survive in it);
# pseudonyms, masks, bands and placeholders cannot be half of a card.
_VERBATIM_METHODS = ("none", "keep")


def _redact_split_numbers(frame: pd.DataFrame, policy: Policy, undeclared: list[dict],
                          views: dict | None = None) -> pd.DataFrame:
    """Cards and IDs split over adjacent cells of a row: every part becomes the placeholder.
    ``views``: the columns' ``(codes, texts)`` where known (:func:`_transform_view`)."""
    eligible = [policy.fields[str(c)].method in _VERBATIM_METHODS
                or policy.fields[str(c)].kind in ("free_text", "none") for c in frame.columns]
    if sum(eligible) < 2:
        return frame
    found = split_number_hits([frame[c] for c in frame.columns], eligible,
                              [(views or {}).get(c) for c in frame.columns])
    if not found:
        return frame
    columns = list(frame.columns)
    changed: dict[int, np.ndarray] = {}
    counts: Counter = Counter()
    for row, span, kind, detector in found:
        for c in span:
            if c not in changed:
                changed[c] = writable_object_values(frame[columns[c]])
            changed[c][row] = PLACEHOLDERS[kind]
        counts[(str(columns[span[0]]), detector)] += 1
    frame = frame.copy()
    for c, values in changed.items():
        frame[columns[c]] = pd.Series(values, index=frame.index, name=columns[c],
                                      dtype=_out_dtype(frame[columns[c]]))
    for (field, detector), count in sorted(counts.items()):
        undeclared.append({"field": field, "detector": detector, "count": count})
    return frame


def _redact_names(series: pd.Series, public_names: bool | str,
                  view: tuple | None = None) -> tuple[pd.Series, int, tuple | None]:
    """(new column, cells changed, its view): names found by :mod:`gongkai.deid.names` become
    〔姓名〕. With ``view`` (the column's ``(codes, texts)``, see :func:`_transform_view`) the
    name detector reads the distinct texts, not the column again (it reads each text alone)."""
    if view is not None and (pd.api.types.is_object_dtype(series.dtype) or (
            pd.api.types.is_string_dtype(series.dtype)
            and not isinstance(series.dtype, pd.CategoricalDtype))):
        codes, texts = view
        found = series_name_hits(pd.Series(texts, dtype=series.dtype), public_names=public_names)
        if not found:
            return series, 0, view
        texts = texts.copy()
        is_hit = np.zeros(len(texts), dtype=bool)
        for p, text, hits in found:
            texts[p] = redact_with(text, hits)
            is_hit[p] = True
        rows = np.flatnonzero(is_hit[codes])
        values = writable_object_values(series)
        values[rows] = texts[codes[rows]]
        return (pd.Series(values, index=series.index, name=series.name, dtype=_out_dtype(series)),
                len(rows), (codes, texts))
    found = series_name_hits(series, public_names=public_names)
    if not found:
        return series, 0, None
    values = writable_object_values(series)
    cache: dict[str, str] = {}
    for row, text, hits in found:
        if text not in cache:
            cache[text] = redact_with(text, hits)
        values[row] = cache[text]
    return (pd.Series(values, index=series.index, name=series.name, dtype=_out_dtype(series)),
            len(found), None)


def sweep_series(series: pd.Series) -> tuple[pd.Series, Counter, int]:
    """Redact every detected value in ``series``: (new series, hits per detector, cells changed)."""
    new, _changed, counts, swept = _transform(series, None)
    return new, counts, swept


# --- the methods as rules --------------------------------------------------------------------

def _each(func: Callable[[str], str | None]) -> Callable[[list[str]], list[str | None]]:
    return lambda values: [func(v) if v.strip() else v for v in values]


# The shapes a phone column is mostly written in, masked by array operations over all the cells of
# one length at once instead of a pattern per cell (a million phones: a tenth of the whole run).
# Each shape is a case of the per-cell path's patterns with its groups at fixed places, so the
# mask is the same (a test compares the two on every shape and its near misses):
#   11  13812345678       (1[3-9] and 9 digits)                        138****5678
#   13  138-1234-5678     (the same with a space or a dash after 3 and after 7 digits)
#   15  +86 13812345678   (_MOBILE_WHOLE's prefix, then 11 digits as above)
#   13  0531-86901234     (_LANDLINE_WHOLE: 0 and 3 digits, a space or a dash, [2-9] and 7
#                          digits; the pattern's greedy reading: 4 + 4 + 4)    0531-****1234
# Anything else (other lengths, letters, full-width digits, spaces around) takes the path below.
_SHAPE_DIGIT = np.zeros(256, dtype=bool)
_SHAPE_DIGIT[ord("0"):ord("9") + 1] = True
_SHAPE_SEP = np.zeros(256, dtype=bool)
_SHAPE_SEP[[ord(" "), ord("-")]] = True
_SHAPE_MOBILE_SECOND = np.zeros(256, dtype=bool)
_SHAPE_MOBILE_SECOND[ord("3"):ord("9") + 1] = True
_SHAPE_LOCAL_FIRST = np.zeros(256, dtype=bool)
_SHAPE_LOCAL_FIRST[ord("2"):ord("9") + 1] = True


def _phone_shape_masks(values: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """``(done, outs)``: which values are in one of the shapes above, and their masks (an
    object array; None where not done)."""
    n = len(values)
    done = np.zeros(n, dtype=bool)
    outs = np.empty(n, dtype=object)
    if n == 0:
        return done, outs
    lengths = np.fromiter(map(len, values), dtype=np.intp, count=n)
    cells = np.asarray(values, dtype=object)
    for width in (11, 13, 15):
        idx = np.flatnonzero(lengths == width)
        if not len(idx):
            continue
        group = cells[idx].tolist()
        # (a character outside ASCII becomes "?", one byte for one character: it fits no shape)
        m = np.frombuffer("".join(group).encode("ascii", "replace"), dtype=np.uint8).reshape(len(group), width)
        digit = _SHAPE_DIGIT[m]
        if width == 11:
            heads = [(digit.all(axis=1) & (m[:, 0] == ord("1")) & _SHAPE_MOBILE_SECOND[m[:, 1]], 0, 7)]
        elif width == 13:
            body = [0, 1, 2, 4, 5, 6, 7, 9, 10, 11, 12]
            mobile = digit[:, body].all(axis=1) & (m[:, 0] == ord("1")) & _SHAPE_MOBILE_SECOND[m[:, 1]] \
                & _SHAPE_SEP[m[:, 3]] & _SHAPE_SEP[m[:, 8]]
            landline = (m[:, 0] == ord("0")) & digit[:, 1:4].all(axis=1) & _SHAPE_SEP[m[:, 4]] \
                & _SHAPE_LOCAL_FIRST[m[:, 5]] & digit[:, 6:].all(axis=1)
            heads = [(mobile, 0, 9), (landline, None, 9)]
        else:
            prefix = (m[:, 0] == ord("+")) & (m[:, 1] == ord("8")) & (m[:, 2] == ord("6")) & (m[:, 3] == ord(" "))
            heads = [(prefix & digit[:, 4:].all(axis=1) & (m[:, 4] == ord("1")) & _SHAPE_MOBILE_SECOND[m[:, 5]], 4, 11)]
        for ok, head, tail in heads:
            rows = np.flatnonzero(ok)
            if not len(rows):
                continue
            k = len(rows)
            out = np.empty((k, 11 if head is not None else 13), dtype=np.uint8)
            if head is not None:                         # 138 **** 5678
                out[:, 0:3] = m[rows, head:head + 3]
                out[:, 3:7] = ord("*")
                out[:, 7:11] = m[rows, tail:tail + 4]
            else:                                        # 0531 - **** 1234
                out[:, 0:4] = m[rows, 0:4]
                out[:, 4] = ord("-")
                out[:, 5:9] = ord("*")
                out[:, 9:13] = m[rows, tail:tail + 4]
            size = out.shape[1]
            text = out.tobytes().decode("ascii")
            where = idx[rows]
            outs[where] = [text[i:i + size] for i in range(0, k * size, size)]
            done[where] = True
    return done, outs


def _phone_masks(values: list[str]) -> tuple[list[str], list[bool]]:
    done, shaped = _phone_shape_masks(values)
    if done.all():
        return shaped.tolist(), [True] * len(values)
    if done.any():
        rest = np.flatnonzero(~done)
        outs_rest, generated_rest = _phone_masks_each([values[i] for i in rest.tolist()])
        shaped[rest] = outs_rest
        generated = done.copy()
        generated[rest] = generated_rest
        return shaped.tolist(), generated.tolist()
    return _phone_masks_each(values)


def _phone_masks_each(values: list[str]) -> tuple[list[str], list[bool]]:
    outs, generated = [], []
    mobile = _MOBILE_WHOLE.match                # (mask_phone_whole's first pattern, inline:
    for v in values:                            # a column holds a phone per household)
        if len(v) == 11 and v.isdigit() and v.isascii() and v[0] == "1" and v[1] in "3456789":
            outs.append(v[:3] + "****" + v[7:])    # (what the pattern makes of 11 bare digits
            generated.append(True)                  # 1[3-9]…, without a regex call)
            continue
        m = mobile(v)
        if m is not None:
            outs.append(m[1] + "****" + m[3])
            generated.append(True)
            continue
        whole = mask_landline_whole(v)          # (mask_phone_whole: its mobile pattern failed)
        if whole is None:
            outs.append(mask_phone(v) if v.strip() else v)
            generated.append(False)
        else:
            outs.append(whole)
            generated.append(True)
    return outs, generated


_MASKS: dict[str, Rule] = {
    "person_name": Rule(_each(mask_name), "all"),
    "cn_resident_id": Rule(_each(mask_resident_id), "unchanged"),
    "phone": Rule(_phone_masks, "flags"),
    "bank_card": Rule(_each(mask_bank_card), "unchanged"),
    "email": Rule(_each(mask_email), "all"),
    "address": Rule(_each(mask_address), "all"),
}


def _pseudonym_rule(pseudo: Pseudonymiser, kind: str) -> Rule:
    # An ID of ASCII letters and digits only (the usual cell) is its own normal form in upper
    # case (normalise_for_pseudonym: fold, strip and removing spaces change nothing in it) and
    # is not blank; without the prefix it is no pseudonym: the general path for the others.
    plain = kind == "cn_resident_id"

    def func(values: list[str]) -> list[str]:
        if plain:                       # (the usual cells in one loop, the others as below)
            out, other = pseudo.many_plain(values)
            if other:
                rest = pseudo.many([normalise_for_pseudonym(values[i], kind) for i in other])
                for i, p in zip(other, rest):
                    out[i] = p
            return _settle_pseudonyms(pseudo, values, out, other)
        normal = [normalise_for_pseudonym(v, kind) for v in values]
        return _settle_pseudonyms(pseudo, values, pseudo.many(normal), range(len(values)))
    return Rule(func, "unchanged")


def _settle_pseudonyms(pseudo: Pseudonymiser, values: list[str], out: list[str],
                       other) -> list[str]:
    """The values read on the general path (positions ``other``): one that is a pseudonym
    already stays as it is, a blank one stays blank."""
    prefix = pseudo.prefix
    for i in other:
        v = values[i]
        if prefix in v and pseudo.is_pseudonym(v.strip()):
            out[i] = v.strip()      # already a pseudonym: running twice changes nothing
        elif not v.strip():
            out[i] = v              # blank stays blank
    return out


def _rule_for(fp: FieldPolicy, pseudo: Pseudonymiser | None) -> Rule:
    kind, method, opts = fp.kind, fp.method, fp.options
    if method == "mask":
        return _MASKS[kind]
    if method == "keyed_pseudonym":
        assert pseudo is not None
        return _pseudonym_rule(pseudo, kind)
    if method == "redact":
        placeholder = PLACEHOLDERS.get(kind, "〔已删除〕")
        return Rule(lambda values: [placeholder if v.strip() else v for v in values], "unchanged")
    if method == "generalise":
        if kind == "address":
            return Rule(generalise_addresses, "all")
        if kind == "cn_resident_id":
            as_of = opts.get("as_of") or date.today()
            bands, width = opts.get("bands"), opts.get("width", 10)
            return Rule(_each(lambda v: age_band(v, as_of=as_of, bands=bands, width=width)),
                        "unchanged")
        if kind == "phone":
            return Rule(_each(generalise_phone), "all")
    raise AssertionError(f"no value method for {method} on {kind}")   # the policy prevents this


def _apply(series: pd.Series, fp: FieldPolicy, pseudo: Pseudonymiser | None,
           bandable: dict) -> tuple[pd.Series, int, Counter, int, tuple | None]:
    """The field's method and the sweep: (new column, changed by method, sweep hits, swept,
    the new column's view or None)."""
    kind, method, opts = fp.kind, fp.method, fp.options
    if method == "none" or (method in ("redact", "mask") and kind in ("free_text", "none")):
        # scanning free text is the method itself: its hits are the method's changes
        new, _c, counts, swept, view = _transform_view(
            series, None, public_names=opts.get("public_names") or False)
        if kind == "free_text" or fp.source != "declared":
            # person names without a cue word, in free text and in columns nobody described;
            # a field may declare its uncued names public (officials in a gazette)
            new, named, view = _redact_names(new, opts.get("public_names") or False, view)
            if named:
                counts[NAME_DETECTOR] += named
                swept += named
        if method == "none":
            return new, 0, counts, swept, view
        return new, swept, Counter(), 0, view
    if method == "suppress":                     # scope: value (column scope never gets here)
        keep = ~_non_missing(series)
        changed = int((~keep).sum())
        if not changed:
            return series, 0, Counter(), 0, None
        values = writable_object_values(series)
        values[~keep] = None
        return (pd.Series(values, index=series.index, name=series.name, dtype=_out_dtype(series)),
                changed, Counter(), 0, None)
    if method == "generalise" and "bands" in opts:
        raw = parse_amounts(series)
        bandable[fp.name] = (raw, list(opts["bands"]))
        labels = band_labels(raw, opts["bands"])
        new = pd.Series(labels, index=series.index, name=series.name, dtype="str")
        return new, int(np.sum(~np.isnan(raw))), Counter(), 0, None
    return _transform_view(series, _rule_for(fp, pseudo))


# Kinds whose declared values are looked for again in the same row's free text: a decision on
# 王建国 (person_name) whose facts read "当事人王建国于……" names him there too.
_REPEATED_KINDS = ("person_name", "cn_resident_id", "phone", "bank_card", "email", "address")
_MIN_REPEATED_LENGTH = 2


def _text_rows(values: np.ndarray) -> np.ndarray:
    """Positions of the cells that hold text (a non-empty string)."""
    return np.flatnonzero(np.array([isinstance(t, str) and t != "" for t in values.tolist()],
                                   dtype=bool))


def _repeated_somewhere(texts: list, values: list) -> list:
    """For each row (its text, its value of a declared field): does the value, stripped and
    long enough, stand in the text? One pass per field over the rows with text."""
    m = _MIN_REPEATED_LENGTH
    return [isinstance(v, str) and len(s := v.strip()) >= m and s in t
            for v, t in zip(values, texts)]


# Distinct texts shared by at least _SUBSTRINGS_MIN_ROWS rows and no longer than
# _SUBSTRINGS_MAX_LENGTH characters are read by their substrings (a text has about length**2 / 2
# of them; _SUBSTRINGS_BUDGET bounds all texts' together); the others row by row.
_SUBSTRINGS_MIN_ROWS = 16
_SUBSTRINGS_MAX_LENGTH = 160
_SUBSTRINGS_BUDGET = 1_000_000


def _rows_holding_declared(view: tuple, columns: list) -> tuple[np.ndarray, np.ndarray]:
    """``(rows, holds)`` as :func:`_redact_declared_values` reads them from a free-text column
    whose row ``r`` holds ``texts[codes[r]]`` (``view``): the rows with text, and for each
    whether some declared ``columns``' value of that row (stripped, long enough) stands in its
    text -- or may (a superset: those rows are tested again value by value).

    A listing's remarks repeat a few texts over many rows (因病致贫; the same sentence with its
    numbers redacted): the substrings of those texts make one set, and a row whose text is one
    of them may hold a value only when its value (stripped) is a member. One lookup per row
    and field instead of a search of each value in its row's text."""
    codes, texts = view
    texts = np.asarray(texts, dtype=object)
    is_text = np.fromiter((isinstance(t, str) and t != "" for t in texts.tolist()), dtype=bool,
                          count=len(texts))
    rows = np.flatnonzero(is_text[codes])
    holds = np.zeros(len(rows), dtype=bool)
    if not len(rows):
        return rows, holds
    # equal texts in different slots (several inputs redacted alike) are one text
    slots = np.flatnonzero(is_text)
    text_of_slot = np.full(len(texts), -1, dtype=np.intp)
    text_of_slot[slots], distinct = pd.factorize(texts[slots])
    distinct = distinct.tolist()
    text_of_row = text_of_slot[codes[rows]]
    shared = np.bincount(text_of_row, minlength=len(distinct))
    m = _MIN_REPEATED_LENGTH
    by_set = np.zeros(len(distinct), dtype=bool)
    too_short = np.array([len(t) < m for t in distinct], dtype=bool)   # (无: holds no value)
    parts: set = set()
    budget = _SUBSTRINGS_BUDGET
    for u in np.argsort(-shared, kind="stable").tolist():
        if shared[u] < _SUBSTRINGS_MIN_ROWS:
            break
        n = len(distinct[u])
        if too_short[u] or n > _SUBSTRINGS_MAX_LENGTH or n * n // 2 > budget:
            continue
        budget -= n * n // 2
        text = distinct[u]
        parts.update(text[i:j] for i in range(n - m + 1) for j in range(i + m, n + 1))
        by_set[u] = True
    read_by_set = by_set[text_of_row]
    if read_by_set.any():
        for column in columns:
            values = column[rows].tolist()
            try:
                member = np.fromiter(map(parts.__contains__, map(str.strip, values)), dtype=bool,
                                     count=len(values))
            except TypeError:                               # (a value that is no string)
                member = np.array([isinstance(v, str) and v.strip() in parts for v in values],
                                  dtype=bool)
            holds |= member
        holds &= read_by_set
    rest = np.flatnonzero(~read_by_set & ~too_short[text_of_row])
    if len(rest):
        row_texts = [distinct[u] for u in text_of_row[rest].tolist()]
        found = np.zeros(len(rest), dtype=bool)
        for column in columns:
            found |= np.array(_repeated_somewhere(row_texts, column[rows[rest]].tolist()), dtype=bool)
        holds[rest] = found
    return rows, holds


def _redact_declared_values(df: pd.DataFrame, result: pd.DataFrame, policy: Policy,
                            views: dict | None = None) -> dict[str, int]:
    """Replace, in each row's free text (in ``result``, in place), the values that the same
    row holds in a field declared personal (person_name, cn_resident_id ...): a value the
    schema declares personal stays personal wherever the row repeats it, whether or not a
    detector would recognise it there. Returns cells changed per free-text field.
    ``views``: the free-text columns' ``(codes, texts)`` by name, where known
    (:func:`_transform_view`): the rows that may hold a value are then found per distinct text
    (:func:`_rows_holding_declared`)."""
    declared = [str(c) for c in df.columns
                if policy.fields[str(c)].kind in _REPEATED_KINDS
                and policy.fields[str(c)].method not in ("keep", "none")]
    texts = [str(c) for c in result.columns
             if policy.fields[str(c)].kind == "free_text"
             and policy.fields[str(c)].method not in ("keep", "none")]
    changed: dict[str, int] = {}
    if not declared or not texts:
        return changed
    # The rows with text, then per declared field the rows whose text holds the row's value
    # (vectorised over the rows, a million rows being several million tests); only those rows
    # are rewritten, field after field as before. A row where no field's value stands in the
    # original text is left as it is: a replacement must come first for the text to change.
    columns = [(df[name].to_numpy(dtype=object), PLACEHOLDERS.get(policy.fields[name].kind, "〔已删除〕"))
               for name in declared]
    m = _MIN_REPEATED_LENGTH
    for text_name in texts:
        values = writable_object_values(result[text_name])
        count = 0
        view = (views or {}).get(text_name)
        dtype = result[text_name].dtype
        if view is not None and len(view[0]) == len(values) and pd.api.types.is_string_dtype(dtype) \
                and not pd.api.types.is_object_dtype(dtype) and not isinstance(dtype, pd.CategoricalDtype):
            # (a string column: its cells are the view's texts, str or missing)
            rows, holds = _rows_holding_declared(view, [column for column, _p in columns])
        else:
            rows = _text_rows(values)
            holds = np.zeros(len(rows), dtype=bool)
            if len(rows):
                row_texts = values[rows].tolist()
                for column, _placeholder in columns:
                    holds |= np.array(_repeated_somewhere(row_texts, column[rows].tolist()), dtype=bool)
        if len(rows):
            for i in rows[holds].tolist():
                text = values[i]
                new = text
                for column, placeholder in columns:
                    v = column[i]
                    if isinstance(v, str) and len(value := v.strip()) >= m and value in new:
                        new = new.replace(value, placeholder)
                if new != text:
                    values[i] = new
                    count += 1
        if count:
            result[text_name] = pd.Series(values, index=result.index, name=text_name,
                                          dtype=result[text_name].dtype)
            changed[text_name] = count
    return changed


def deidentify_frame(df: pd.DataFrame, schema: dict | None = None,
                     key: bytes | str | None = None) -> tuple[pd.DataFrame, dict]:
    """De-identify ``df`` by the policy in ``schema`` (field names are the column names).

    Returns the new frame and a report::

        {"fields": [{"field", "kind", "method", "values_changed", "source"}, ...],
         "undeclared_hits": [{"field", "detector", "count"}, ...],
         "suppressed_fields": [...], "rows": n, "risk": {...}}

    ``key`` (bytes or str) is used for keyed_pseudonym; when None, ``$GONGKAI_PSEUDONYM_KEY``.
    Raises :class:`~gongkai.deid.errors.PseudonymKeyError` before touching any data when a
    keyed_pseudonym is needed and no key of at least 16 bytes is available, and
    :class:`~gongkai.deid.errors.PolicyError` for an unusable policy.
    """
    policy = Policy.from_schema(schema, frame=df)
    pseudo = Pseudonymiser(resolve_key(key)) if policy.needs_key() else None
    # The work allocates millions of short-lived objects and no reference cycles; the cyclic
    # collector would only re-walk the big object arrays (about 10% of the time at 1M rows).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _deidentify(df, policy, pseudo)
    finally:
        if gc_was_enabled:
            gc.enable()


def _deidentify(df: pd.DataFrame, policy: Policy,
                pseudo: Pseudonymiser | None) -> tuple[pd.DataFrame, dict]:

    out: dict = {}
    field_reports: list[dict] = []
    undeclared: list[dict] = []
    suppressed: list[str] = []
    bandable: dict = {}
    views: dict = {}                            # each new column's (codes, texts), when known
    for column in df.columns:
        name = str(column)
        fp = policy.fields[name]
        series = df[column]
        entry = fp.as_dict()
        if fp.method == "suppress" and fp.scope == "column":
            suppressed.append(name)
            entry["values_changed"] = int(_non_missing(series).sum())
            field_reports.append(entry)
            continue
        if fp.method == "keep":
            # published as it is, except personal numbers: a mobile printed on the hotline
            # line is somebody's own (an office's landline stays)
            new, _c, counts, _swept, view = _transform_view(series, None, KEEP_EXEMPT_DETECTORS)
            views[column] = view
            out[column] = new
            entry["values_changed"] = 0
            field_reports.append(entry)
            for detector, count in sorted(counts.items()):
                undeclared.append({"field": name, "detector": detector, "count": count})
            continue
        new, changed, counts, _swept, view = _apply(series, fp, pseudo, bandable)
        if fp.method in _VERBATIM_METHODS or fp.kind in ("free_text", "none"):
            views[column] = view                # (only the split-number check reads them)
        entry["values_changed"] = changed
        field_reports.append(entry)
        for detector, count in sorted(counts.items()):
            undeclared.append({"field": name, "detector": detector, "count": count})
        out[column] = new
    result = pd.DataFrame(out, index=df.index)
    result = result[[c for c in df.columns if str(c) not in suppressed]]
    text_views = {str(c): v for c, v in views.items()
                  if v is not None and sum(str(d) == str(c) for d in result.columns) == 1}
    for name, count in _redact_declared_values(df, result, policy, text_views).items():
        views.update({c: None for c in result.columns if str(c) == name})   # (changed: stale)
        for entry in field_reports:
            if entry["field"] == name:
                entry["values_changed"] += count
    result = _redact_split_numbers(result, policy, undeclared, views)

    risk: dict
    if policy.quasi_identifiers and policy.k:
        pending = set()
        for field, edges in policy.risk_bands.items():
            if field in result.columns and field not in bandable:
                bandable[field] = (parse_amounts(result[field]), list(edges))
                pending.add(field)
        result, risk = enforce_k(result, policy.quasi_identifiers, policy.k,
                                 bandable=bandable, pending=pending)
    else:
        risk = {"assessed": False, "reason": "no quasi_identifiers declared"}

    report = {
        "fields": field_reports,
        "undeclared_hits": undeclared,
        "suppressed_fields": suppressed,
        "rows": int(len(df)),
        "risk": risk,
    }
    return result, report
