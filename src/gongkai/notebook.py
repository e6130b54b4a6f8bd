"""Notebook side of a run: finishing a pipeline result, either published at once (a person
running the notebook in JupyterLab) or staged for the batch (which adds the executed notebook
as the run record, gates, and releases)."""

from __future__ import annotations

import json
from pathlib import Path

from .package import DatasetResult, write_package


def finish(result: DatasetResult, out_dir: str | Path, staging_dir: str | None = None,
           run_id: str | None = None) -> dict:
    """Publish ``result`` (no ``staging_dir``) or write it into the batch's ``staging_dir``."""
    from .pipeline import publish

    if staging_dir:
        folder = Path(staging_dir)
        write_package(result, folder, run_id=run_id)
        (folder / ".result.json").write_text(json.dumps(
            {"dataset": result.name, "kind": result.kind, "problems": result.problems,
             "rows": {r.name: len(r.frame) for r in result.resources}}, ensure_ascii=False))
        return {"staged": str(folder), "dataset": result.name}
    target = publish(result, out_dir, run_id=run_id)
    return {"published": str(target), "dataset": result.name}
