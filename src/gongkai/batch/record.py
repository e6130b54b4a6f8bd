"""The run record: the executed notebook made fit to archive beside the data it published.

Between the notebook the kernel ran and the record a person reads later, three things change:

* personal values and secrets are scrubbed (:func:`gongkai.deid.gate.scrub_notebook`);
* the values the package publishes on purpose (its ``keep`` columns, such as a public
  监督举报电话) stay as they are, so that the record shows what was published and not a
  placeholder where the CSV has a value;
* server paths become paths a reader can follow: the input relative to its raw folder, the
  package relative to the output folder, the notebook template under ``notebooks/``. A record
  is published and kept for years; the layout of the machine that ran it is nobody's business.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

from ..deid.gate import scrub_notebook
from ..files import write_atomic
from ..kinds import NOTEBOOK_DIR, PACKAGE_DIR


def path_labels(raw_root: Path, out_dir: Path) -> list[tuple[str, str]]:
    """(absolute prefix, what it becomes in the record), longest prefix first. Each folder is
    named by its own name (``raw``, ``published``), the notebooks and the library by theirs, the
    Python installation as ``python`` and the home folder as ``~``."""
    named = [(raw_root, raw_root.name), (out_dir, out_dir.name), (NOTEBOOK_DIR, "notebooks"),
             (PACKAGE_DIR, "gongkai"), (Path(sys.prefix), "python"),
             (Path(sys.base_prefix), "python"), (Path.home(), "~")]
    labels: dict[str, str] = {}
    for folder, label in named:
        for form in {str(folder), str(Path(folder).resolve())}:
            if len(form) > 1:
                labels.setdefault(form.rstrip("/"), label)
    return sorted(labels.items(), key=lambda pair: -len(pair[0]))


def _relative(obj, labels: list[tuple[str, str]]):
    if isinstance(obj, dict):
        return {k: _relative(v, labels) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_relative(v, labels) for v in obj]
    if isinstance(obj, str) and "/" in obj:
        for prefix, label in labels:
            if prefix in obj:
                obj = obj.replace(prefix, label)
    return obj


def write_record(executed: Path, target: Path, *, secrets: list[str], public: set[str] = frozenset(),
                 public_names: bool = False, labels: list[tuple[str, str]] = ()) -> Path:
    """Write the record of ``executed`` to ``target`` (atomically) and return ``target``.
    ``public_names``: the package declares the names it shows public (a gazette's officials)."""
    nb = scrub_notebook(nbformat.read(executed, as_version=4), secrets=secrets, public=public,
                        public_names=public_names)
    nb = nbformat.from_dict(_relative(nb, list(labels)))
    return write_atomic(target, nbformat.writes(nb))
