"""Which files under ``raw/`` are inputs, of what kind: the manifest, then the kind folders."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from ..errors import InputError, load_yaml
from ..kinds import KIND_BY_FOLDER, KINDS
from ..package import slug
from .model import Input

def kind_from_folders(rel: Path) -> tuple[str | None, str | None]:
    """The kind a file's folders give it (the innermost kind folder wins), and for a kind whose
    schema is per input, the schema: the folder below the kind folder (raw/tables/<schema>/)."""
    folders = rel.parts[:-1]
    for depth in range(len(folders) - 1, -1, -1):
        kind = KIND_BY_FOLDER.get(folders[depth].lower())
        if kind:
            schema = folders[depth + 1] if KINDS[kind].schema_per_input and depth + 1 < len(folders) else None
            return kind, schema
    return None, None


def _str_list(value, what: str, number: int, manifest: Path) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise InputError(f"entry {number}: {what} must be a list of error types", path=str(manifest))
    return [str(v) for v in value]


def _manifest_entries(manifest: Path) -> list[dict]:
    try:
        text = manifest.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the manifest: {exc}", path=str(manifest)) from None
    spec = load_yaml(text, str(manifest), "YAML (the manifest)") or {}
    entries = spec.get("inputs", []) if isinstance(spec, dict) else None
    if not isinstance(entries, list):
        raise InputError("manifest needs a list under 'inputs'", path=str(manifest))
    return entries


def discover(raw_dir: Path, warnings: list[str] | None = None) -> list[Input]:
    """Inputs from ``raw/manifest.yaml`` (``path`` file or glob, ``kind``, ``dataset``,
    ``period``, ``organization``, ``publish_with_warnings``; for kind ``table`` also ``schema``
    and ``sheet``), then every other file under a folder named after a kind with one of the
    kind's suffixes (``raw/budget/**/*.pdf`` is a budget, ``raw/tables/<schema>/*.xlsx`` a
    table of that schema; dataset name from the file name). Every other file under ``raw/``
    is named in a warning: nothing is left out without a word."""

    raw_dir = Path(raw_dir)
    warnings = warnings if warnings is not None else []
    manifest = raw_dir / "manifest.yaml"
    inputs: list[Input] = []
    seen: set[Path] = set()
    root = raw_dir.resolve()

    def add(path: Path, kind: str, name: str, period=None, organization=None, **more) -> None:
        seen.add(path)
        inputs.append(Input(path, kind, slug(name), None if period is None else str(period),
                            organization, path.relative_to(raw_dir).as_posix(), **more))

    for number, entry in enumerate(_manifest_entries(manifest) if manifest.exists() else [], 1):
        if not isinstance(entry, dict) or not entry.get("path"):
            raise InputError(f"entry {number} has no 'path'", path=str(manifest))
        pattern = str(entry["path"])
        if Path(pattern).is_absolute():
            raise InputError(f"entry {number} ({pattern}): paths are relative to the raw folder",
                             path=str(manifest))
        folder_kind, folder_schema = kind_from_folders(Path(pattern))
        kind = entry.get("kind") or folder_kind
        if kind not in KINDS:
            raise InputError(f"entry {number} ({pattern}): kind must be one of "
                             f"{', '.join(KINDS)}, not {kind!r}", path=str(manifest))
        schema = entry.get("schema") or (folder_schema if kind == folder_kind else None)
        if KINDS[kind].schema_per_input and not schema:
            raise InputError(f"entry {number} ({pattern}): kind {kind} needs a 'schema'",
                             path=str(manifest))
        more = {"schema": None if schema is None else str(schema),
                "sheet": None if entry.get("sheet") is None else str(entry["sheet"]),
                "publish_with_warnings": _str_list(entry.get("publish_with_warnings"),
                                                   "publish_with_warnings", number, manifest)}
        is_glob = any(c in pattern for c in "*?[")
        matches = sorted(raw_dir.glob(pattern)) if is_glob else [raw_dir / pattern]
        matched = 0
        for path in matches:
            if not path.resolve().is_relative_to(root):
                raise InputError(f"entry {number} ({pattern}) points outside the raw folder",
                                 path=str(manifest))
            if path in seen or path.is_dir() or (is_glob and not path.is_file()):
                continue
            matched += 1
            name = entry.get("dataset") or path.stem
            if is_glob and entry.get("dataset"):
                name = f"{entry['dataset']}-{path.stem}"
            # a listed file that is missing still becomes an input: it fails with its reason
            add(path, kind, name, entry.get("period"), entry.get("organization"), **more)
        if not matched:
            warnings.append(f"manifest entry {number} ({pattern}) matched no file")
    unclaimed, outside = [], []
    for path in sorted(raw_dir.rglob("*")):
        if path in seen or not path.is_file() or path == manifest:
            continue
        rel = path.relative_to(raw_dir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if not path.resolve().is_relative_to(root):
            outside.append(rel.as_posix())      # a link to a file elsewhere: never published
            continue
        kind, schema = kind_from_folders(rel)
        if kind and path.suffix.lower() in KINDS[kind].suffixes and (
                schema or not KINDS[kind].schema_per_input):
            add(path, kind, path.stem, schema=schema)
        else:
            unclaimed.append(rel.as_posix())
    if outside:
        warnings.append(f"{len(outside)} link(s) under the raw folder point outside it and are "
                        f"left out: {', '.join(map(name_shown, outside))}")
    if unclaimed:
        warnings.append(f"{len(unclaimed)} file(s) under the raw folder are no input (not in the "
                        f"manifest, not in a kind's folder with its suffix): "
                        f"{', '.join(map(name_shown, unclaimed))}")
    for item in inputs:
        shown = name_shown(item.key)
        if shown != item.key:
            mark_personal_name(item, shown)
    return inputs


def name_shown(name: str) -> str:
    """A file name as the batch may write it: personal values (a resident ID, a phone number)
    replaced by their placeholders (〔身份证号〕); names go into reports, logs and the ledger."""
    from ..deid.detectors import find_all, redact_text

    hits = find_all(name)
    return redact_text(name, hits) if hits else name


def mark_personal_name(item: Input, shown: str) -> None:
    """An input whose path holds personal data: shown, keyed and named by its redacted path
    (and its content, so that two such files stay two inputs), never run."""
    from ..files import sha256_file

    try:
        digest = sha256_file(item.path)
    except OSError:
        digest = "unreadable"
    item.shown = shown
    item.key = f"{shown}#{digest[:12]}"
    item.dataset = slug(Path(shown).stem.replace("〔", "").replace("〕", ""))


def matches_only(item: Input, pattern: str) -> bool:
    globbed = pattern if any(c in pattern for c in "*?[") else f"*{pattern}*"
    return any(fnmatch.fnmatch(text, globbed) or fnmatch.fnmatch(text, f"*{globbed}")
               for text in (str(item.path), item.key, item.dataset))
