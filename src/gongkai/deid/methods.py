"""The de-identification methods applied to single values (and, for bands, to columns).

* mask: keep what the rule allows (the surname, the 6-digit address code, 138****5678, the last
  four digits of a card), star the rest;
* keyed_pseudonym: HMAC-SHA256 under a secret key (``pid_`` + 16 hex characters). A plain hash of
  an ID is reversible by enumeration (the ID space is small); a keyed one is not without the key,
  and the same key gives the same pseudonym every month;
* generalise: address to its 社区/村 part, amount to a band, resident ID to an age band;
* suppress / redact are handled column-wise in :mod:`gongkai.deid.frame`.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Sequence

import numpy as np
import pandas as pd

from ._names import surname_length
from .detectors import (_ADDRESS_HEAD_RE, _general_part_of_head, find_all, fold,
                        general_part_of_address, resident_id_valid)
from ..errors import KeyUnavailable
from ..keyfile import KEY_ENV, MISSING, load_key
from .errors import PolicyError, PseudonymKeyError

MIN_KEY_BYTES = 16
PSEUDONYM_PREFIX = "pid_"
PSEUDONYM_HEX = 16


# --- keys and pseudonyms ---------------------------------------------------------------------

def resolve_key(key: bytes | str | None = None) -> bytes:
    """The pseudonym key: ``key`` if given, else the one lookup of :func:`gongkai.keyfile.load_key`
    (``$GONGKAI_PSEUDONYM_KEY``, ``$GONGKAI_PSEUDONYM_KEY_FILE``, the default key file).

    Raises :class:`PseudonymKeyError` when there is none or it is shorter than 16 bytes. The key
    is never part of a message.
    """
    if key is None:
        try:
            key = load_key()
        except KeyUnavailable as exc:
            raise PseudonymKeyError(str(exc)) from None
        if key is None:
            raise PseudonymKeyError(f"keyed_pseudonym needs a secret key of at least "
                                    f"{MIN_KEY_BYTES} bytes: {MISSING}")
    elif isinstance(key, str):
        key = key.encode("utf-8")
    elif not isinstance(key, (bytes, bytearray)):
        raise PseudonymKeyError("the pseudonym key must be bytes or str")
    if len(key) < MIN_KEY_BYTES:
        raise PseudonymKeyError(
            f"the pseudonym key is shorter than {MIN_KEY_BYTES} bytes; refusing to pseudonymise "
            f"(use a long random secret in {KEY_ENV})")
    return bytes(key)


def _sha256_constructor():
    """SHA-256 as Python's own implementation gives it (``_sha2`` / ``_sha256``, the module
    :mod:`hashlib` falls back on), else :func:`hashlib.sha256`. The same digests (checked here on
    a known answer); for the short values pseudonymised (an ID is one block) copying and
    finishing its state costs a fraction of OpenSSL's, whose context copies dominate a column of
    a million IDs (a fifth of the pseudonyms' instructions)."""
    for module in ("_sha2", "_sha256"):
        try:
            ctor = getattr(__import__(module), "sha256")
        except (ImportError, AttributeError):
            continue
        try:
            probe = ctor(b"gongkai")
            probe.update(b"-probe")
            if probe.copy().hexdigest() == hashlib.sha256(b"gongkai-probe").hexdigest():
                return ctor
        except Exception:       # noqa: BLE001  (an unusable module: OpenSSL's then)
            continue
    return hashlib.sha256


_SHA256 = _sha256_constructor()


def _all_plain(values: list, prefix: str) -> bool:
    """Is every value a non-empty string of ASCII letters and digits without ``prefix``
    (:meth:`Pseudonymiser.many_plain`'s plain value), tested on the values joined? A prefix with
    a character no such value holds (``pid_``: the underscore) is in none of them."""
    if not prefix or all(c.isascii() and c.isalnum() for c in prefix):
        return False                            # (then value by value, as before)
    try:
        joined = "".join(values)
    except TypeError:                           # (a value that is no string)
        return False
    return joined.isascii() and joined.isalnum() and all(values)   # (no empty value)


class Pseudonymiser:
    """HMAC-SHA256(key, value) -> ``pid_`` + the first 16 hex characters.

    The HMAC inner and outer states are prepared once, so each value costs two SHA-256 updates
    (identical to :func:`hmac.new`, about twice as fast in a loop). The key itself is not kept.
    """

    __slots__ = ("_inner", "_outer", "prefix", "length")

    def __init__(self, key: bytes, *, prefix: str = PSEUDONYM_PREFIX, length: int = PSEUDONYM_HEX):
        key = resolve_key(key)
        if len(key) > 64:
            key = hashlib.sha256(key).digest()
        key = key.ljust(64, b"\0")
        self._inner = _SHA256(bytes(b ^ 0x36 for b in key))
        self._outer = _SHA256(bytes(b ^ 0x5C for b in key))
        self.prefix = prefix
        self.length = length

    def digest(self, value: str) -> str:
        inner = self._inner.copy()
        inner.update(value.encode("utf-8"))
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()

    def __call__(self, value: str) -> str:
        return self.prefix + self.digest(value)[: self.length]

    def many(self, values: list[str]) -> list[str]:
        """Pseudonyms of many (already normalised) values; the same as calling one by one."""
        inner_copy, outer_copy = self._inner.copy, self._outer.copy
        prefix, length = self.prefix, self.length
        out = []
        append = out.append
        for v in values:
            inner = inner_copy()
            inner.update(v.encode("utf-8"))
            outer = outer_copy()
            outer.update(inner.digest())
            append(prefix + outer.hexdigest()[:length])
        return out

    def many_plain(self, values: list[str]) -> tuple[list[str | None], list[int]]:
        """``(pseudonyms, others)``: for a value of ASCII letters and digits only, without the
        prefix (a resident ID as typed), the pseudonym of its upper case -- its own normal form
        (:func:`normalise_for_pseudonym`) -- as :meth:`many` gives it; None and its position in
        ``others`` for every other value. One loop over a column of IDs instead of two."""
        inner_copy, outer_copy = self._inner.copy, self._outer.copy
        prefix, length = self.prefix, self.length
        out: list[str | None] = []
        others: list[int] = []
        append = out.append
        if _all_plain(values, prefix):
            # (the usual column, every value plain: tested, upper-cased and encoded as one
            # string instead of value by value; each value's pseudonym as below)
            for b in "\n".join(values).upper().encode("ascii").split(b"\n"):
                inner = inner_copy()
                inner.update(b)
                outer = outer_copy()
                outer.update(inner.digest())
                append(prefix + outer.hexdigest()[:length])
            return out, others
        for i, v in enumerate(values):
            if v.isascii() and v.isalnum() and prefix not in v:
                inner = inner_copy()
                inner.update(v.upper().encode("utf-8"))
                outer = outer_copy()
                outer.update(inner.digest())
                append(prefix + outer.hexdigest()[:length])
            else:
                append(None)
                others.append(i)
        return out, others

    def is_pseudonym(self, value: str) -> bool:
        return (len(value) == len(self.prefix) + self.length and value.startswith(self.prefix)
                and all(c in "0123456789abcdef" for c in value[len(self.prefix):]))

    def __repr__(self) -> str:
        return f"Pseudonymiser(prefix={self.prefix!r}, length={self.length}, key=<hidden>)"

    def __reduce__(self):
        raise TypeError("a Pseudonymiser holds key material and cannot be pickled")


def normalise_for_pseudonym(value: str, kind: str) -> str:
    """The form that is hashed, so that 11010119900307773x and ...773X get one pseudonym."""
    v = fold(value).strip()
    if kind == "cn_resident_id":
        return v.replace(" ", "").upper()
    if kind == "phone":
        digits = re.sub(r"\D", "", v)
        if len(digits) == 13 and digits.startswith("86"):
            digits = digits[2:]
        elif len(digits) == 15 and digits.startswith("0086"):
            digits = digits[4:]
        return digits or v
    if kind == "bank_card":
        digits = re.sub(r"\D", "", v)
        return digits or v
    if kind == "email":
        return v.lower()
    return re.sub(r"\s+", " ", v)


# --- mask ------------------------------------------------------------------------------------

def mask_name(value: str) -> str:
    """张小明 -> 张*明, 张明 -> 张*, 欧阳明 -> 欧阳*, 欧阳小明 -> 欧阳*明."""
    v = value.strip()
    if not v:
        return value
    if v.isascii():
        # Latin-script names: initials of each word
        return " ".join(w[0] + "*" * (len(w) - 1) for w in v.split())
    n = surname_length(v)
    rest = v[n:]
    if not rest:
        return v[:n] + "*"
    if len(rest) == 1:
        return v[:n] + "*"
    return v[:n] + "*" * (len(rest) - 1) + rest[-1]


def mask_resident_id(value: str) -> str:
    """Keep the 6-digit address code, star the birth date, sequence and check character."""
    v = fold(value).strip().replace(" ", "")
    if len(v) < 7:
        return "*" * len(v) if v else value
    return v[:6] + "*" * (len(v) - 6)


_PHONE_SPLIT = re.compile(r"^(?:(?:\+|00)?86[ -]?|\(\+?86\)[ ]?)?(?P<body>.*)$")


def _mask_digits(digits: str, keep_head: int, keep_tail: int) -> str:
    if len(digits) <= keep_head + keep_tail:
        return "*" * len(digits)
    return digits[:keep_head] + "*" * (len(digits) - keep_head - keep_tail) + digits[-keep_tail:]


def _mask_one_phone(text: str, detector: str) -> str:
    if detector == "landline":
        m = re.match(r"^\(?(0\d{2,3})\)?[ -]?(\d+)(?:-(\d+))?$", text)
        if m:
            return f"{m.group(1)}-{_mask_digits(m.group(2), 0, 4)}"
    digits = re.sub(r"\D", "", _PHONE_SPLIT.match(text).group("body"))
    return _mask_digits(digits, 3, 4)


_MOBILE_WHOLE = re.compile(r"^\s*(?:(?:\+|00)?86[ -]?)?(1[3-9][0-9])[ -]?([0-9]{4})[ -]?([0-9]{4})\s*$")
_LANDLINE_WHOLE = re.compile(r"^\s*\(?(0[0-9]{2,3})\)?[ -]?([2-9][0-9]{2,3})([0-9]{4})\s*$")


def mask_phone_whole(value: str) -> str | None:
    """The mask of a cell that is exactly one phone number, or None (the fast path)."""
    m = _MOBILE_WHOLE.match(value)
    if m:
        return f"{m.group(1)}****{m.group(3)}"
    return mask_landline_whole(value)


def mask_landline_whole(value: str) -> str | None:
    """:func:`mask_phone_whole` of a cell that is no mobile number (its second pattern)."""
    m = _LANDLINE_WHOLE.match(value)
    if m:
        return f"{m.group(1)}-{'*' * len(m.group(2))}{m.group(3)}"
    return None


def mask_phone(value: str) -> str:
    """13812345678 / 138-1234-5678 / +86 138 1234 5678 -> 138****5678; 0531-88886666 ->
    0531-****6666. Other text with 7 or more digits keeps its first 3 and last 4 digits."""
    whole = mask_phone_whole(value)
    if whole is not None:
        return whole
    t = fold(value)
    hits = [h for h in find_all(t) if h.kind == "phone"]
    if hits:
        out, pos = [], 0
        for h in hits:
            out.append(t[pos:h.start])
            out.append(_mask_one_phone(t[h.start:h.end], h.detector))
            pos = h.end
        out.append(t[pos:])
        return "".join(out).strip()
    digits = re.sub(r"\D", "", t)
    if len(digits) >= 7:
        return _mask_digits(digits, 3, 4)
    return value


def mask_bank_card(value: str) -> str:
    """Keep the last four digits: 6222021234567890128 -> ***************0128."""
    digits = re.sub(r"\D", "", fold(value))
    if len(digits) < 8:
        return "*" * len(digits) if digits else value
    return "*" * (len(digits) - 4) + digits[-4:]


def mask_email(value: str) -> str:
    """zhang.wei@example.com -> z***@example.com."""
    v = fold(value).strip()
    if "@" not in v:
        return value
    local, _, domain = v.partition("@")
    return (local[:1] or "*") + "***@" + domain


def mask_address(value: str) -> str:
    """The 社区/村 part followed by ``***`` (the detail is starred, not shown)."""
    general = generalise_address(value)
    if general is None:
        return "***"
    return general + "***" if general != value.strip() else general


MASKERS = {
    "person_name": mask_name,
    "cn_resident_id": mask_resident_id,
    "phone": mask_phone,
    "bank_card": mask_bank_card,
    "email": mask_email,
    "address": mask_address,
}


# --- generalise ------------------------------------------------------------------------------



def generalise_address(value: str) -> str | None:
    """清河街道青松社区3号楼2单元501室 -> 清河街道青松社区; 张庄村3组12号 -> 张庄村.

    The rule is :func:`detectors.general_part_of_address` (free text keeps the same part):
    the address is cut where the house number begins; of what is before, everything up to the
    last 社区/村 word is kept. Without such a word, the part before the number is kept
    (幸福路12号 -> 幸福路). None when nothing general is left (3号楼501室).
    """
    v = value.strip()
    if not v:
        return value
    return general_part_of_address(v) or None


def generalise_addresses(values: list[str]) -> list[str | None]:
    """``[generalise_address(v) if v.strip() else v for v in values]``, in one loop (a listing's
    address column holds a value per household: two calls less per value)."""
    head, general = _ADDRESS_HEAD_RE.match, _general_part_of_head
    out = []
    append = out.append
    for value in values:
        v = value.strip()
        append(general(head(v).group()) or None if v else value)
    return out


def parse_amounts(series: pd.Series) -> np.ndarray:
    """Numbers from a column of numbers or printed amounts (``1,097,073.43``); NaN otherwise."""
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        return series.to_numpy(dtype="float64", na_value=np.nan)
    text = series.astype("str").str.replace(r"[,，\s元]", "", regex=True)
    text = text.str.replace(r"^\((.*)\)$", r"-\1", regex=True)
    return pd.to_numeric(text, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def check_bands(bands, field: str = "") -> list[float]:
    if not isinstance(bands, (list, tuple)) or not bands:
        raise PolicyError(f"field {field!r}: bands must be a non-empty list of numbers")
    try:
        edges = [float(b) for b in bands]
    except (TypeError, ValueError):
        raise PolicyError(f"field {field!r}: bands must be numbers") from None
    if any(later <= earlier for earlier, later in zip(edges, edges[1:])):
        raise PolicyError(f"field {field!r}: bands must be strictly increasing")
    return edges


def band_labels(values: np.ndarray, edges: Sequence[float]) -> np.ndarray:
    """Amount bands: with edges [0, 500, 1000, 2000], 730 -> '500-1000', 2400 -> '2000+',
    -5 -> '<0'; NaN -> None. Bands are half-open: 500 -> '500-1000'."""
    edges = list(edges)
    labels = [f"<{_fmt(edges[0])}"]
    labels += [f"{_fmt(a)}-{_fmt(b)}" for a, b in zip(edges, edges[1:])]
    labels += [f"{_fmt(edges[-1])}+"]
    idx = np.searchsorted(np.asarray(edges, dtype="float64"), values, side="right")
    out = np.asarray(labels, dtype=object)[idx]
    out[np.isnan(values)] = None
    return out


def coarsen(edges: Sequence[float]) -> list[float]:
    """Half as many band edges (every other one), for the k-anonymity loop."""
    edges = list(edges)
    return edges[::2] if len(edges) > 1 else edges


def birth_date(value: str) -> date | None:
    v = fold(value).strip()
    if not resident_id_valid(v):
        return None
    if len(v) == 18:
        return date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    return date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))


def age_band(value: str, *, as_of: date, bands: Sequence[float] | None = None,
             width: int = 10) -> str | None:
    """Resident ID -> age band on ``as_of``: '30-39' (width 10) or from explicit edges
    [18, 60] -> '<18', '18-59', '60+'. None when the ID is not valid."""
    born = birth_date(value)
    if born is None:
        return None
    age = as_of.year - born.year - ((as_of.month, as_of.day) < (born.month, born.day))
    if bands:
        edges = [int(b) for b in bands]
        if age < edges[0]:
            return f"<{edges[0]}"
        for a, b in zip(edges, edges[1:]):
            if a <= age < b:
                return f"{a}-{b - 1}"
        return f"{edges[-1]}+"
    lo = (age // width) * width
    return f"{lo}-{lo + width - 1}"


def generalise_phone(value: str) -> str:
    """Mobile -> its first three digits (the carrier block) + stars; landline -> area code."""
    t = fold(value)
    hits = [h for h in find_all(t) if h.kind == "phone"]
    if hits:
        h = hits[0]
        text = t[h.start:h.end]
        if h.detector == "landline":
            m = re.match(r"^\(?(0\d{2,3})", text)
            return f"{m.group(1)}-********" if m else "********"
        digits = re.sub(r"\D", "", _PHONE_SPLIT.match(text).group("body"))
        return digits[:3] + "*" * 8
    digits = re.sub(r"\D", "", t)
    return digits[:3] + "*" * max(len(digits) - 3, 0) if len(digits) >= 7 else value

