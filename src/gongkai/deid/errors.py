"""Errors of the de-identification stage. Messages never carry a personal value or the key."""

from __future__ import annotations

from ..errors import GongkaiError


class DeidError(GongkaiError):
    """De-identification cannot go ahead as asked."""


class PolicyError(DeidError, ValueError):
    """The pii/deidentify declarations in the schema are not usable (unknown kind or method, a
    method that does not apply to the kind, bad options)."""


class PseudonymKeyError(DeidError):
    """keyed_pseudonym was asked for but no usable secret key is available."""

    def __repr__(self) -> str:  # never echo anything but the message
        return f"PseudonymKeyError({self.message!r})"
