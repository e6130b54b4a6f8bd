"""Identifier grammars: the one home of the check characters and number shapes the project reads.

Validation (:mod:`gongkai.validate.domain`, vectorised over columns), de-identification
(:mod:`gongkai.deid.detectors`, over free text) and the sample generators (``samples/``) all
take their rules from here:

* the resident ID (居民身份证号码, GB 11643): 6-digit address code, 8-digit birth date, 3-digit
  sequence, ISO 7064 MOD 11-2 check character (:data:`ID_WEIGHTS`, :data:`ID_CHECK_CHARS`);
  15-digit IDs issued before 1999 carry a 6-digit ``YYMMDD`` birth date (19YY) and no check;
* the birth-date rule: a real calendar date from :data:`EARLIEST_BIRTH` up to today;
* the Luhn (mod 10) check of payment cards;
* the unified social credit code (统一社会信用代码, GB 32100): MOD 31 check character;
* the phone-number pattern pieces (mobile, area code, local number, extension, service
  numbers) that the validator's full-cell grammars and the detectors' in-text patterns are
  assembled from.

Everything here is plain Python on one value; callers that need speed over millions of values
vectorise with these constants (see ``gongkai.validate.domain``).
"""

from __future__ import annotations

import time
from datetime import date

from .text import fold

__all__ = [
    "ID_WEIGHTS", "ID_CHECK_CHARS", "DAYS_IN_MONTH", "EARLIEST_BIRTH", "id_check_char",
    "birth_date_valid", "resident_id_valid", "resident_id_problems", "id_shaped",
    "luhn_total", "luhn_valid", "luhn_check_digit", "card_prefix_ok",
    "USCC_CHARS", "USCC_WEIGHTS", "uscc_check_char", "uscc_problem",
    "COUNTRY_PREFIX", "MOBILE", "AREA_CODE", "LOCAL_NUMBER", "SERVICE_NUMBER",
]

# --- resident ID -----------------------------------------------------------------------------

#: ISO 7064 MOD 11-2 weights of the first 17 digits (2**(17-i) mod 11).
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
#: The check character for each weighted sum mod 11 (X stands for 10).
ID_CHECK_CHARS = "10X98765432"
#: Days per month (February with its leap day; the leap rule is applied separately).
DAYS_IN_MONTH = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: The earliest birth date an ID may carry.
EARLIEST_BIRTH = date(1900, 1, 1)


def id_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID.

    The weights are 2**(17-i) mod 11, and 13 = 2 (mod 11), so the weighted sum is
    2 * int(first17, 13) (mod 11): read in base 13, the digits carry exactly those weights.
    Raises ValueError unless ``first17`` is 17 ASCII digits.
    """
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise ValueError(f"need 17 digits, got {first17!r}")
    return ID_CHECK_CHARS[(2 * int(first17, 13)) % 11]


_today = [0.0, (0, 0, 0)]


def _today_tuple() -> tuple[int, int, int]:
    # date.today() costs a system call; detection asks millions of times a run
    now = time.monotonic()
    if now - _today[0] > 60.0 or not _today[1][0]:
        d = date.today()
        _today[0], _today[1] = now, (d.year, d.month, d.day)
    return _today[1]


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def birth_date_valid(year: int, month: int, day: int, today: date | None = None) -> bool:
    """A real calendar date from :data:`EARLIEST_BIRTH` up to ``today`` (default: today)."""
    if year < EARLIEST_BIRTH.year or not 1 <= month <= 12 or not 1 <= day <= DAYS_IN_MONTH[month]:
        return False
    if month == 2 and day == 29 and not _leap(year):
        return False
    limit = (today.year, today.month, today.day) if today is not None else _today_tuple()
    return (year, month, day) <= limit


def _ascii_digits(s: str) -> bool:
    return s.isascii() and s.isdigit()


def resident_id_problems(value, today: date | None = None) -> list[str]:
    """Why ``value`` is not a valid resident ID number: [] when valid, else some of
    ``format``, ``birth_date``, ``check_char``.

    18 characters: 17 digits (the first not 0) and the check character (``X`` or ``x`` for 10),
    a real birth date at positions 7-14. 15 digits: a real ``19YYMMDD`` birth date at positions
    7-12, no check. Surrounding spaces and full-width digits are accepted; an ``int`` is read
    as its digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        s = str(value)
    elif isinstance(value, str):
        s = value if (len(value) == 18 and value.isascii()) else fold(value).strip()
    else:
        return ["format"]
    if len(s) == 18:
        body, check = s[:17], s[17]
        if not _ascii_digits(body) or body[0] == "0" or check not in "0123456789Xx":
            return ["format"]
        problems = []
        if not birth_date_valid(int(s[6:10]), int(s[10:12]), int(s[12:14]), today):
            problems.append("birth_date")
        if ID_CHECK_CHARS[(2 * int(body, 13)) % 11] != check.upper():
            problems.append("check_char")
        return problems
    if len(s) == 15:
        if not _ascii_digits(s) or s[0] == "0":
            return ["format"]
        if not birth_date_valid(1900 + int(s[6:8]), int(s[8:10]), int(s[10:12]), today):
            return ["birth_date"]
        return []
    return ["format"]


def resident_id_valid(value) -> bool:
    """True for a well-formed resident ID number (see :func:`resident_id_problems`)."""
    if isinstance(value, str):
        if len(value) != 18 or not value.isascii():
            value = fold(value).strip()
    elif isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    else:
        return False
    s = value
    if len(s) == 18:                     # the common case, without building a problem list
        body, check = s[:17], s[17]
        if not _ascii_digits(body) or body[0] == "0":
            return False
        if ID_CHECK_CHARS[(2 * int(body, 13)) % 11] != (check if check != "x" else "X"):
            return False
        return birth_date_valid(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    if len(s) == 15:
        return not resident_id_problems(s)
    return False


def id_shaped(digits: str) -> bool:
    """18 characters laid out like a resident ID (a real birth date at positions 7-14),
    whatever the check character: somebody's ID even when mistyped."""
    return (len(digits) == 18 and digits[0] != "0" and digits[6:14].isdigit()
            and birth_date_valid(int(digits[6:10]), int(digits[10:12]), int(digits[12:14])))


# --- payment cards ---------------------------------------------------------------------------

_LUHN_DOUBLE = str.maketrans("0123456789", "0246813579")


def luhn_total(digits: str) -> int:
    """The Luhn sum of a string of ASCII digits (every second digit from the right doubled,
    9 subtracted from doubles over 9); valid when it is a multiple of 10."""
    rev = digits[::-1]
    return sum(map(int, rev[0::2])) + sum(map(int, rev[1::2].translate(_LUHN_DOUBLE)))


def luhn_valid(value) -> bool:
    """The Luhn (mod 10) check over a digit string; spaces and dashes are ignored."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return False
    digits = fold(str(value)).replace(" ", "").replace("-", "")
    if len(digits) < 2 or not _ascii_digits(digits):
        return False
    return luhn_total(digits) % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass the Luhn check."""
    if not _ascii_digits(body):
        raise ValueError(f"need digits, got {body!r}")
    return str((10 - luhn_total(body + "0") % 10) % 10)


def card_prefix_ok(digits: str) -> bool:
    """The first digits are a payment-card issuer range (ISO/IEC 7812): 3 (Amex, JCB, Diners),
    4 (Visa), 5 (Mastercard), 6 (UnionPay 62, Discover), 9 (domestic cards such as 9558/9559)
    and Mastercard's 2221-2720. Numbers that start with a year (20260801..., order and serial
    numbers) are not cards."""
    first = digits[0]
    if first in "34569":
        return True
    return first == "2" and "2221" <= digits[:4] <= "2720"


# --- unified social credit code ------------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_char(first17: str) -> str:
    """The GB 32100 check character of the first 17 characters of a credit code."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc_problem(value: str) -> str | None:
    """None for a well-formed unified social credit code, else ``format`` or ``check_char``."""
    s = fold(value).strip()
    if len(s) != 18 or any(c not in USCC_CHARS for c in s):
        return "format"
    if not s[2:8].isdigit():
        return "format"
    if uscc_check_char(s[:17]) != s[17]:
        return "check_char"
    return None


# --- phone numbers: pattern pieces ----------------------------------------------------------
# Regular-expression source text, to be assembled by the callers: the validator anchors whole
# cells (an area code may be left out there: the column says what it is), the detectors look
# inside free text (where a landline needs its area code or a separator to be told from any
# other 7-8 digit number).

#: +86, 0086, (+86) or (86) before a mobile number.
COUNTRY_PREFIX = r"(?:(?:\+|00)?86[ -]?|\(\+?86\)[ ]?)"
#: A mobile number: 1[3-9] and 9 more digits, optionally grouped 3-4-4 with spaces or dashes.
MOBILE = COUNTRY_PREFIX + r"?1[3-9][0-9](?:[ -]?[0-9]{4}){2}"
#: An area code: 0 and two or three digits (010, 021, 0531); no area code starts with 00.
AREA_CODE = r"0[1-9][0-9]{1,2}"
#: A local landline number: 7 or 8 digits, not starting with 0 or 1.
LOCAL_NUMBER = r"[2-9][0-9]{6,7}"
#: Service numbers the public calls: 400/800 numbers, 5-digit 1xxxx (12345, 12315, optionally
#: after an area code), 95xxx, and 110, 119, 120, 122.
SERVICE_NUMBER = (rf"(?:[48]00[- ]?[0-9]{{3}}[- ]?[0-9]{{4}}|(?:{AREA_CODE}-)?1[0-9]{{4}}|9[0-9]{{4}}"
                  r"|11[09]|12[02])")
