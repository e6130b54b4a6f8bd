"""The run record: the executed notebook made fit to archive beside the data it published.

Between the notebook the kernel ran and the record a person reads later, four things change:

* personal values and secrets are scrubbed (:func:`gongkai.deid.gate.scrub_notebook`);
* the values the package publishes on purpose (its ``keep`` columns, such as a public
  监督举报电话) stay as they are, so that the record shows what was published and not a
  placeholder where the CSV has a value;
* server paths become paths a reader can follow: the input relative to its raw folder, the
  package relative to the output folder, the notebook template under ``notebooks/``. A record
  is published and kept for years; the layout of the machine that ran it is nobody's business;
* the verdict: in a batch the notebook only stages (its last cell says so) and the batch
  gates and releases afterwards, so the record is given the final outcome
  (:func:`set_verdict`): 已发布 in the package's copy (written just before the gate, which
  scans the record too; if the gate or the verdict refuses, that copy is discarded with the
  package), 已拒绝发布 and why in the copy kept under ``.runs/`` for a refused or failed run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

from ..deid.gate import scrub_notebook
from ..files import write_atomic
from ..kinds import NOTEBOOK_DIR, PACKAGE_DIR

VERDICT_CALL = "show.verdict("        # the source of every notebook's last cell
VERDICT_CLASS = "gongkai-verdict"     # the class of the box gongkai.display.verdict_html draws


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


def set_verdict(nb, status: str, dataset: str | None, reasons=(), warnings=()) -> None:
    """Make the notebook's verdict say ``status`` (published / refused) and why: the output of
    its verdict cell is replaced (added when the run stopped before that cell)."""
    from ..display import verdict_html

    output = nbformat.v4.new_output("display_data", data={
        "text/html": verdict_html(status, dataset, reasons, warnings),
        "text/plain": f"结论：{'已发布' if status == 'published' else '已拒绝发布'}"})
    cells = [c for c in nb.cells if c.cell_type == "code" and VERDICT_CALL in c.source]
    if cells:
        cell = cells[-1]
        cell.outputs = [o for o in cell.outputs if VERDICT_CLASS not in str(o.get("data", {}))
                        and o.get("output_type") != "execute_result"] + [output]
        return
    cell = nbformat.v4.new_code_cell(source="# 批处理写入的结论 / the batch's verdict", outputs=[output])
    nb.cells.append(cell)


def write_record(executed: Path, target: Path, *, secrets: list[str], public: set[str] = frozenset(),
                 public_names: bool | str = False, labels: list[tuple[str, str]] = (),
                 verdict: tuple | None = None) -> Path:
    """Write the record of ``executed`` to ``target`` (atomically) and return ``target``.
    ``public_names``: the package declares the names it shows public (a gazette's officials);
    ``verdict``: (status, dataset, reasons, warnings), the final outcome it must state."""
    nb = scrub_notebook(nbformat.read(executed, as_version=4), secrets=secrets, public=public,
                        public_names=public_names)
    if verdict is not None:
        set_verdict(nb, *verdict)
    nb = nbformat.from_dict(_relative(nb, list(labels)))
    return write_atomic(target, nbformat.writes(nb))
