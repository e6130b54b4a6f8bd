"""The pseudonymisation key and the other secrets: one lookup for every command and notebook.

Where the key comes from, first found wins:

1. ``$GONGKAI_PSEUDONYM_KEY`` (the key itself);
2. ``$GONGKAI_PSEUDONYM_KEY_FILE`` (a file holding it);
3. ``~/.config/gongkai/pseudonym.key`` (what ``make run`` creates).

A key file must be readable by its owner only (mode 600): one that group or others can read is
refused with the ``chmod`` that fixes it. A file named by ``$GONGKAI_PSEUDONYM_KEY_FILE`` that is
missing is an error too (a typo must not silently fall back to another key).

``python -m gongkai.keyfile PATH`` creates the file with a random key when it is missing, so a
first ``make run`` works; the same key must then be kept, or pseudonyms change.
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
from pathlib import Path

from .errors import KeyUnavailable

KEY_ENV = "GONGKAI_PSEUDONYM_KEY"
KEY_FILE_ENV = "GONGKAI_PSEUDONYM_KEY_FILE"
DEFAULT_KEY_FILE = Path("~/.config/gongkai/pseudonym.key")
# environment variables whose values are secrets wherever they appear (notebooks, uploads)
SECRET_ENV = (KEY_ENV, "CKAN_API_TOKEN")
# mode bits that let anyone but the owner read or change the key file
NOT_OWNER_ONLY = stat.S_IRWXG | stat.S_IRWXO


def shown(path: Path) -> str:
    """A path as messages show it: under the home folder as ``~/...`` (no user's home in logs)."""
    path = Path(path)
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


def _read_key_file(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise KeyUnavailable(f"the key file {shown(path)} does not exist (named by "
                             f"{KEY_FILE_ENV})") from None
    except OSError as exc:
        raise KeyUnavailable(f"cannot read the key file {shown(path)}: {exc.strerror}") from None
    if mode & NOT_OWNER_ONLY:
        raise KeyUnavailable(f"the key file {shown(path)} can be read by others (mode "
                             f"{stat.S_IMODE(mode):o}); refusing to use it: run chmod 600 "
                             f"{shown(path)}")
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyUnavailable(f"cannot read the key file {shown(path)}: {exc}") from None
    if not text:
        raise KeyUnavailable(f"the key file {shown(path)} is empty")
    return text.encode("utf-8")


def load_key() -> bytes | None:
    """The key from the first place that has one, or None when none has.

    Raises :class:`KeyUnavailable` for a key file that exists but may not be used (readable by
    others, empty, unreadable) and for a missing file named by ``$GONGKAI_PSEUDONYM_KEY_FILE``.
    """
    value = os.environ.get(KEY_ENV)
    if value:
        return value.encode("utf-8")
    named = os.environ.get(KEY_FILE_ENV)
    if named:
        return _read_key_file(Path(named).expanduser())
    default = DEFAULT_KEY_FILE.expanduser()
    if default.exists():
        return _read_key_file(default)
    return None


MISSING = (f"no pseudonymisation key: set {KEY_ENV}, or {KEY_FILE_ENV} to a key file, or create "
           f"{DEFAULT_KEY_FILE} (mode 600; `make key` does)")


def require_key() -> bytes:
    """:func:`load_key`, or :class:`KeyUnavailable` naming the three places looked at."""
    key = load_key()
    if key is None:
        raise KeyUnavailable(MISSING)
    return key


def known_secrets(*extra: str | None) -> list[str]:
    """Every secret that must never be archived or uploaded: ``extra`` (e.g. an API token given
    as an argument), the secret environment variables and the pseudonymisation key."""
    found = [s for s in extra if s]
    found += [os.environ[name] for name in SECRET_ENV if os.environ.get(name)]
    try:
        key = load_key()
    except KeyUnavailable:
        key = None
    if key:
        found.append(key.decode("utf-8", errors="replace"))
    return sorted(set(found), key=found.index)


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
    if os.environ.get(KEY_ENV):
        return 0
    if len(argv) > 1:
        print("usage: python -m gongkai.keyfile [PATH]", file=sys.stderr)
        return 2
    path = Path(argv[0] if argv else DEFAULT_KEY_FILE).expanduser()
    if ensure_key_file(path):
        print(f"gongkai: created a pseudonymisation key in {shown(path)} (mode 600); keep it: "
              "pseudonyms stay stable only with the same key", file=sys.stderr)
    try:
        _read_key_file(path)
    except KeyUnavailable as exc:
        print(f"gongkai: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
