"""Errors that carry where the problem is, so a batch can report them in one line."""

from __future__ import annotations


class GongkaiError(Exception):
    """Base class: an error a data officer can act on (no traceback needed)."""

    def __init__(self, message: str, *, path: str | None = None, page: int | None = None,
                 row: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.page = page
        self.row = row

    def where(self) -> str:
        parts = []
        if self.path:
            parts.append(str(self.path))
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


class InputError(GongkaiError):
    """The input file cannot be used (missing, not a PDF, encrypted, empty, no text layer)."""


class ValidationFailed(GongkaiError):
    """The data does not satisfy its Table Schema or a domain check."""


class ReleaseBlocked(GongkaiError):
    """The release gate found personal data (or a secret) in files about to be published."""


class KeyUnavailable(InputError):
    """No usable pseudonymisation key (missing, or a key file others can read)."""


def load_yaml(text: str, path: str, what: str = "YAML"):
    """``yaml.safe_load`` whose syntax errors are one :class:`InputError` line naming the file,
    the line and the column (PyYAML's own message spans several lines)."""
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"not valid {what}{where}: {problem}", path=str(path)) from None
