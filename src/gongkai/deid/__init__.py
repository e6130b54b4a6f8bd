"""De-identification: policy from the Table Schema, detectors, methods, risk, release gate.

* :func:`deidentify_frame` applies the ``pii``/``deidentify`` policy of a schema to a DataFrame,
  sweeps every remaining cell with the detectors and checks k-anonymity;
* :mod:`gongkai.deid.detectors` finds resident IDs, phones, bank cards, e-mail addresses,
  detailed addresses and cued names (``find_all`` for text, ``detect_series`` for columns;
  grouped numbers, mistyped IDs after a cue, numbers split over adjacent cells);
* :mod:`gongkai.deid.names` finds person names without a cue word (surname inventory,
  given-name characters, jieba's lexicon and tagger), Chinese and pinyin;
* :mod:`gongkai.deid.images` certifies the pictures gongkai draws (and reads others by OCR);
* :mod:`gongkai.deid.policy` reads and guesses the policy;
* :mod:`gongkai.deid.gate` scans files about to be published and scrubs notebooks.

Nothing here logs or reports a personal value or the pseudonym key.
"""

from .detectors import Hit, detect_series, find_all, luhn_valid, redact_text, resident_id_valid
from .errors import DeidError, PolicyError, PseudonymKeyError
from .frame import deidentify_frame
from .methods import KEY_ENV, Pseudonymiser, resolve_key
from .policy import DEFAULT_METHODS, METHODS, PII_KINDS, FieldPolicy, Policy

__all__ = [
    "deidentify_frame", "Policy", "FieldPolicy", "Hit", "find_all", "detect_series",
    "redact_text", "resident_id_valid", "luhn_valid", "Pseudonymiser", "resolve_key", "KEY_ENV",
    "DeidError", "PolicyError", "PseudonymKeyError", "PII_KINDS", "METHODS", "DEFAULT_METHODS",
]
