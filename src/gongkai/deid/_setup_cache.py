"""The name detector's one-time set-up, kept on disk between runs (speed only, same values).

The first search of a run builds the lexicon from jieba's dictionary (350,000 lines) and a few
sets derived from it: about 0.6 s of every run, before any text is read, and more with every word
list added. :func:`on_disk` wraps such a builder (a function of no arguments whose value is made
of str, int, tuple, list, dict, set and frozenset): its value is written once to a cache folder
and read back by later runs (a fifth of the time of building it).

A cached value is used only under the key it was written with: the hash of every ``.py`` and
``.tsv`` file of the gongkai package (the rules, the thresholds and the word lists the builders
read), of jieba's ``dict.txt``, of the Python and marshal versions, and of the builder's name. Any
change to any of them is a new key: the value is built again, never taken from another key. A file
whose checksum does not match its content (truncated, damaged) is built again and rewritten.

The folder: ``$GONGKAI_CACHE_DIR``; else ``$XDG_CACHE_HOME/gongkai`` or ``~/.cache/gongkai``.
``GONGKAI_CACHE_DIR=off`` (or ``0``, or empty) turns the cache off. A folder that cannot be read
or written costs nothing but the build, as without the cache. Each builder keeps its newest
:data:`KEEP_PER_NAME` files (other versions of the package, other checkouts); older ones are
removed.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

__all__ = ["CACHE_ENV", "on_disk", "cache_folder", "fingerprint"]

CACHE_ENV = "GONGKAI_CACHE_DIR"
FORMAT = b"gongkai-setup-cache 1\n"   # the file's first line; a checksum of the rest follows
KEEP_PER_NAME = 8
_OFF = ("", "0", "off", "no", "false", "none")

T = TypeVar("T")


def cache_folder() -> Path | None:
    """The folder the set-up is cached in, or None (turned off)."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "gongkai"


@functools.lru_cache(maxsize=1)
def fingerprint() -> str | None:
    """The hash of everything a cached value may depend on (see the module's text), or None when
    some of it cannot be read as files (then nothing is cached)."""
    try:
        import importlib.util

        h = hashlib.sha256()
        h.update(FORMAT + repr((sys.version, sys.implementation.cache_tag, marshal.version)).encode())
        package = Path(__file__).resolve().parents[1]          # src/gongkai
        files = sorted(p for p in package.rglob("*") if p.suffix in (".py", ".tsv") and p.is_file())
        for path in files:
            data = path.read_bytes()
            h.update(f"\0{path.relative_to(package).as_posix()}\0{len(data)}\0".encode())
            h.update(data)
        spec = importlib.util.find_spec("jieba")
        folders = list(spec.submodule_search_locations or ()) if spec is not None else []
        dictionary = next((Path(f) / "dict.txt" for f in folders if (Path(f) / "dict.txt").is_file()), None)
        if dictionary is None:
            return None
        data = dictionary.read_bytes()
        h.update(f"\0jieba/dict.txt\0{len(data)}\0".encode())
        h.update(data)
        return h.hexdigest()
    except Exception:   # noqa: BLE001  (no fingerprint: no cache, the values are built)
        return None


def _read(path: Path):
    """The value stored in ``path``; raises if the file is missing or damaged."""
    raw = path.read_bytes()
    head, digest, payload = raw[:len(FORMAT)], raw[len(FORMAT):len(FORMAT) + 32], raw[len(FORMAT) + 32:]
    if head != FORMAT or hashlib.sha256(payload).digest() != digest:
        raise ValueError(f"damaged cache file {path.name}")
    return marshal.loads(payload)


def _write(folder: Path, path: Path, value) -> None:
    payload = marshal.dumps(value)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(FORMAT + hashlib.sha256(payload).digest() + payload)
        os.replace(tmp, path)                   # (atomic: a reader sees the old file or the new)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    stem = path.name.split("-", 1)[0]
    others = sorted(folder.glob(f"{stem}-*.marshal"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP_PER_NAME:]:
        try:
            old.unlink()
        except OSError:
            pass


def _without_gc(func: Callable[[], T]) -> T:
    # (the values are hundreds of thousands of tuples and strings, no reference cycles: the
    # cyclic collector would only walk them again and again while they are made)
    enabled = gc.isenabled()
    gc.disable()
    try:
        return func()
    finally:
        if enabled:
            gc.enable()


def on_disk(name: str) -> Callable[[Callable[[], T]], Callable[[], T]]:
    """Decorator: ``build()`` read from the cache folder under the current :func:`fingerprint`,
    built (and written) when absent. ``name``: letters, digits and underscores, one per builder.
    The builder itself stays reachable as ``__wrapped__``."""
    assert name.replace("_", "").isalnum(), name

    def wrap(build: Callable[[], T]) -> Callable[[], T]:
        @functools.wraps(build)
        def cached() -> T:
            folder, key = cache_folder(), fingerprint()
            if folder is None or key is None:
                return _without_gc(build)
            path = folder / f"{name}-{hashlib.sha256(f'{key}:{name}'.encode()).hexdigest()[:40]}.marshal"
            try:
                return _without_gc(lambda: _read(path))
            except Exception:   # noqa: BLE001  (missing or damaged: built again)
                pass
            value = _without_gc(build)
            try:
                _write(folder, path, value)
            except Exception:   # noqa: BLE001  (an unwritable folder: the value is still right)
                pass
            return value
        return cached
    return wrap
