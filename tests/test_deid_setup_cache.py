"""The name detector's set-up kept on disk (gongkai.deid._setup_cache): a cached value is the
value its builder makes, under its own key only; a damaged file, another key or a folder turned
off means the value is built again."""

from __future__ import annotations

from gongkai.deid import _setup_cache as sc
from gongkai.deid import names

BUILDERS = (names._lexicon_data, names._plain_words, names._state_words, names._verb_first_chars,
            names._function_word_first_chars)


def _on_disk(fn):
    return fn.__wrapped__            # (under lru_cache: the on_disk wrapper; its __wrapped__ builds)


def test_cached_values_are_the_built_ones(tmp_path, monkeypatch):
    monkeypatch.setenv(sc.CACHE_ENV, str(tmp_path))
    for fn in BUILDERS:
        built = _on_disk(fn).__wrapped__()
        first = _on_disk(fn)()                   # builds and writes
        second = _on_disk(fn)()                  # reads the file
        assert first == built and second == built and type(second) is type(built)
        if isinstance(built, tuple):
            assert all(type(a) is type(b) for a, b in zip(second, built))
    assert len(list(tmp_path.glob("*.marshal"))) == len(BUILDERS)
    # the lexicon's entries in the same order as built
    assert list(_on_disk(names._lexicon_data)()[0]) == list(_on_disk(names._lexicon_data).__wrapped__()[0])


def test_another_key_never_reads_a_cached_value(tmp_path, monkeypatch):
    monkeypatch.setenv(sc.CACHE_ENV, str(tmp_path))
    calls = []

    @sc.on_disk("probe")
    def probe():
        calls.append(1)
        return {"value": len(calls)}

    assert probe() == {"value": 1} and probe() == {"value": 1} and len(calls) == 1
    # another fingerprint (a word list or a rule changed): built again, not read
    monkeypatch.setattr(sc, "fingerprint", lambda: "another-key")
    assert probe() == {"value": 2} and len(calls) == 2
    assert probe() == {"value": 2} and len(calls) == 2
    # two builders under one fingerprint do not share a file
    @sc.on_disk("probe_two")
    def probe_two():
        return {"value": "two"}

    assert probe_two() == {"value": "two"} and probe() == {"value": 2}


def test_a_damaged_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv(sc.CACHE_ENV, str(tmp_path))
    calls = []

    @sc.on_disk("probe_damaged")
    def probe():
        calls.append(1)
        return ("abc", frozenset({"x", "y"}), {"k": (1, "n")})

    value = probe()
    (path,) = tmp_path.glob("probe_damaged-*.marshal")
    raw = path.read_bytes()
    path.write_bytes(raw[:-3] + b"xyz")          # same length, other content
    assert probe() == value and len(calls) == 2
    path.write_bytes(raw[: len(raw) // 2])       # truncated
    assert probe() == value and len(calls) == 3
    assert probe() == value and len(calls) == 3  # (rewritten whole)


def test_off_and_unwritable_folders_build(tmp_path, monkeypatch):
    calls = []

    @sc.on_disk("probe_off")
    def probe():
        calls.append(1)
        return [1, 2, 3]

    for off in ("off", "0", ""):
        monkeypatch.setenv(sc.CACHE_ENV, off)
        assert sc.cache_folder() is None
        assert probe() == [1, 2, 3]
    assert len(calls) == 3
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(sc.CACHE_ENV, str(blocker / "cache"))
    assert probe() == [1, 2, 3] and probe() == [1, 2, 3] and len(calls) == 5


def test_fingerprint_covers_the_word_lists_and_rules():
    key = sc.fingerprint()
    assert key is not None and len(key) == 64
    # (every .py and .tsv file of the package is read into it: a list's row changes the key)
    package = sc.Path(sc.__file__).resolve().parents[1]
    assert (package / "deid" / "names.py").is_file() and any((package / "deid").glob("*.tsv"))
