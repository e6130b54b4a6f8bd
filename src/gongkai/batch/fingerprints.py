"""What an input's run is made from, so that the ledger can tell what changed since."""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
from pathlib import Path

import yaml

from .. import __version__, deid
from ..files import sha256_file
from ..keyfile import load_key
from ..kinds import KINDS
from ..validate.schema import SCHEMA_DIR
from .model import Input

def sha256_and_size(path: Path) -> tuple[str | None, int | None]:
    try:
        return sha256_file(path), path.stat().st_size
    except OSError:
        return None, None


ALL_SCHEMAS = "*"   # schema_versions() key holding every schema by name (per-input schemas)


def schema_versions() -> dict[str, dict]:
    """Per kind: the schemas it is checked against, with their ``gongkai.version`` and sha256
    (and under ``"*"`` every schema, for the kinds that take their schema per input)."""
    every: dict[str, dict] = {}
    for path in sorted(SCHEMA_DIR.glob("*.schema.*")):
        data = path.read_bytes()
        try:
            spec = yaml.safe_load(data) or {}
        except yaml.YAMLError:
            spec = {}
        meta = (spec.get("gongkai") if isinstance(spec, dict) else None) or {}
        every[path.name.split(".schema.")[0]] = {"version": str(meta.get("version")),
                                                 "sha256": hashlib.sha256(data).hexdigest()}
    out = {kind.name: {n: every[n] for n in kind.schemas if n in every}
           for kind in KINDS.values() if kind.schemas}
    return out | {ALL_SCHEMAS: every}


def notebook_info() -> dict[str, dict]:
    out = {}
    for kind in KINDS.values():
        sha, _ = sha256_and_size(kind.notebook_path)
        out[kind.name] = {"notebook": f"notebooks/{kind.notebook}", "notebook_sha256": sha}
    return out


def parameters_of(item: Input) -> dict:
    """The stable notebook parameters of an input (paths relative to raw/); what the ledger keeps."""
    parameters = {"input_path": item.key, "dataset": item.dataset, "period": item.period}
    if KINDS[item.kind].schema_per_input:
        parameters |= {"schema": item.schema, "sheet": item.sheet}
    # what the manifest adds to the package and its verdict (absent: as before)
    if item.organization:
        parameters["organization"] = item.organization
    if item.publish_with_warnings:
        parameters["publish_with_warnings"] = list(item.publish_with_warnings)
    return parameters


@functools.lru_cache(maxsize=1)
def deid_rules_digest() -> str:
    """A digest of the de-identification rules (the code and the data of ``gongkai.deid``): a
    release that finds more personal data must run again the inputs an older one published, even
    when nothing else changed."""
    h = hashlib.sha256()
    folder = Path(deid.__file__).parent
    for path in sorted(folder.glob("*.py")) + sorted(folder.glob("*.tsv")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def code_version() -> str:
    """gongkai's version and the de-identification rules it runs with (``0.1.0+deid.3f2a…``):
    what the ledger records as the version a run was made with."""
    return f"{__version__}+deid.{deid_rules_digest()}"


def fingerprint(item: Input, sha: str | None, notebooks: dict, schemas: dict) -> dict:
    """What an input's run is made from: the ledger compares this to decide on a rerun."""
    if KINDS[item.kind].schema_per_input:
        versions = {item.schema: schemas.get(ALL_SCHEMAS, {}).get(item.schema)}
    else:
        versions = schemas.get(item.kind, {})
    parts = {"sha256": sha, **notebooks[item.kind], "parameters": parameters_of(item),
             "gongkai_version": code_version(), "schema_versions": versions}
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()
    return parts | {"fingerprint": digest}


# -- one run -----------------------------------------------------------------------------------


def is_unchanged(item: Input, parts: dict, state: dict | None, out_dir: Path) -> bool:
    if not state or state.get("status") != "published" or state.get("fingerprint") != parts["fingerprint"]:
        return False
    descriptor = out_dir / item.dataset / "datapackage.json"
    try:
        data = json.loads(descriptor.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return False
    return (data.get("sources") or [{}])[0].get("sha256") == parts["sha256"]


def key_fingerprint() -> str | None:
    """A keyed digest that tells whether two processes hold the same pseudonym key (never the key)."""

    key = load_key()
    return hmac.new(key, b"gongkai-key-check", hashlib.sha256).hexdigest()[:16] if key else None
