"""Small file helpers every stage uses: the sha256 of a file, and writing a file atomically.

Atomic: the text goes to a temporary file in the same folder, then :func:`os.replace` puts it
in place, so a reader (a concurrent batch, CKAN's uploader, a person) sees the old file or the
new one, never half of one; a process killed half-way leaves only a dot-file behind.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

HASH_CHUNK = 1 << 20     # bytes read at a time when hashing: large PDFs never sit in memory whole


def sha256_file(path: Path | str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(HASH_CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_atomic(path: Path | str, data: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write ``data`` to ``path`` (creating its folder) so that nobody sees it half-written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        if isinstance(data, bytes):
            tmp.write_bytes(data)
        else:
            tmp.write_text(data, encoding=encoding)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path
