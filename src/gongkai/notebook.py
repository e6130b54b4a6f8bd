"""Notebook side of a run: the last cell's ``finish``. A person running the notebook in
JupyterLab gets the whole release path (stage, gate, verdict, move); a batch run (the batch
passes ``staging_dir``) stages into the batch's folder and hands over ``.result.json``
(:class:`gongkai.release.StagedResult`); the batch then gates and releases."""

from __future__ import annotations

from pathlib import Path

from .package import DatasetResult
from .release import ReleaseOutcome, publish_result, stage_for_batch


def finish(result: DatasetResult, out_dir: str | Path, staging_dir: str | None = None,
           run_id: str | None = None) -> ReleaseOutcome:
    """Publish ``result`` (no ``staging_dir``) or stage it for the batch in ``staging_dir``."""
    if staging_dir:
        return stage_for_batch(result, Path(staging_dir), run_id=run_id)
    return publish_result(result, Path(out_dir), run_id=run_id)
