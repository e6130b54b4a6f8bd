"""The pseudonymisation key: from GONGKAI_PSEUDONYM_KEY, or from the key file named by
GONGKAI_PSEUDONYM_KEY_FILE (outside the repository, mode 600).

``python -m gongkai.keyfile PATH`` creates the file with a random key when it is missing, so a
first ``make run`` works; the same key must then be kept, or pseudonyms change.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path


def load_key() -> bytes | None:
    value = os.environ.get("GONGKAI_PSEUDONYM_KEY")
    if value:
        return value.encode("utf-8")
    path = os.environ.get("GONGKAI_PSEUDONYM_KEY_FILE")
    if path and Path(path).is_file():
        text = Path(path).read_text(encoding="utf-8").strip()
        return text.encode("utf-8") if text else None
    return None


def ensure_key_file(path: Path) -> bool:
    """Create ``path`` with a fresh key if it does not exist; True when created."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_hex(32) + "\n")
    return True


def main(argv: list[str]) -> int:
    if os.environ.get("GONGKAI_PSEUDONYM_KEY"):
        return 0
    if len(argv) != 1:
        print("usage: python -m gongkai.keyfile PATH", file=sys.stderr)
        return 2
    if ensure_key_file(Path(argv[0]).expanduser()):
        print(f"gongkai: created a pseudonymisation key in {argv[0]} (mode 600); keep it: "
              "pseudonyms stay stable only with the same key", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
