"""The one key lookup: the variable, then the key file it names, then the default key file;
a key file others can read is refused with the chmod that fixes it."""

import os
import subprocess
import sys

import pytest

from gongkai import keyfile
from gongkai.errors import InputError, KeyUnavailable

KEY = "keyfile-test-key-0123456789abcdef"


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv(keyfile.KEY_ENV, raising=False)
    monkeypatch.delenv(keyfile.KEY_FILE_ENV, raising=False)
    return home


def _key_file(path, text=KEY + "\n", mode=0o600):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(mode)
    return path


def test_nothing_found_names_all_three_places(home):
    assert keyfile.load_key() is None
    with pytest.raises(KeyUnavailable) as info:
        keyfile.require_key()
    assert str(info.value) == (
        "no pseudonymisation key: set GONGKAI_PSEUDONYM_KEY, or GONGKAI_PSEUDONYM_KEY_FILE to a "
        "key file, or create ~/.config/gongkai/pseudonym.key (mode 600; `make key` does)")
    assert isinstance(info.value, InputError)          # the CLI exits 2 on it


def test_order_variable_then_named_file_then_default(home, monkeypatch, tmp_path):
    _key_file(home / ".config/gongkai/pseudonym.key", "default-key-0123456789abcdef\n")
    assert keyfile.require_key() == b"default-key-0123456789abcdef"
    named = _key_file(tmp_path / "named.key", "named-key-0123456789abcdef\n")
    monkeypatch.setenv(keyfile.KEY_FILE_ENV, str(named))
    assert keyfile.require_key() == b"named-key-0123456789abcdef"
    monkeypatch.setenv(keyfile.KEY_ENV, KEY)
    assert keyfile.require_key() == KEY.encode()


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_key_file_others_can_read_is_refused(home, mode):
    path = _key_file(home / ".config/gongkai/pseudonym.key", mode=mode)
    with pytest.raises(KeyUnavailable) as info:
        keyfile.load_key()
    assert str(info.value) == (
        f"the key file ~/.config/gongkai/pseudonym.key can be read by others (mode {mode:o}); "
        "refusing to use it: run chmod 600 ~/.config/gongkai/pseudonym.key")
    path.chmod(0o600)
    assert keyfile.load_key() == KEY.encode()


def test_a_named_file_that_is_missing_or_empty_is_an_error(home, monkeypatch, tmp_path):
    _key_file(home / ".config/gongkai/pseudonym.key")       # no silent fall-back to this one
    monkeypatch.setenv(keyfile.KEY_FILE_ENV, str(tmp_path / "typo.key"))
    with pytest.raises(KeyUnavailable, match=r"typo.key does not exist \(named by GONGKAI_PSEUDONYM_KEY_FILE\)"):
        keyfile.load_key()
    monkeypatch.setenv(keyfile.KEY_FILE_ENV, str(_key_file(tmp_path / "empty.key", "\n")))
    with pytest.raises(KeyUnavailable, match="is empty"):
        keyfile.load_key()


def test_known_secrets_hold_the_key_from_any_place_and_the_token(home, monkeypatch):
    _key_file(home / ".config/gongkai/pseudonym.key")
    monkeypatch.setenv("CKAN_API_TOKEN", "token-0123456789")
    assert keyfile.known_secrets("arg-token-0123") == ["arg-token-0123", "token-0123456789", KEY]


def test_make_key_creates_an_owner_only_file_once(home, tmp_path):
    path = tmp_path / "made" / "pseudonym.key"
    env = {k: v for k, v in os.environ.items() if k != keyfile.KEY_ENV} | {"HOME": str(home)}
    run = lambda: subprocess.run([sys.executable, "-m", "gongkai.keyfile", str(path)], env=env,  # noqa: E731
                                 capture_output=True, text=True)
    first = run()
    assert first.returncode == 0 and "created a pseudonymisation key" in first.stderr
    assert path.stat().st_mode & 0o777 == 0o600 and len(path.read_text().strip()) == 64
    key = path.read_text()
    second = run()
    assert second.returncode == 0 and second.stderr == "" and path.read_text() == key
    path.chmod(0o644)
    third = run()
    assert third.returncode == 2 and "chmod 600" in third.stderr
