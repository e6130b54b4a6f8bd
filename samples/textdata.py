"""Access to the YAML text files in ``samples/texts/``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=None)
def _load(name: str) -> str:
    return resources.files("samples").joinpath("texts", name).read_text(encoding="utf-8")


def load_text(name: str) -> Any:
    """Parse ``texts/<name>`` afresh (callers may mutate the result)."""
    return yaml.safe_load(_load(name))
