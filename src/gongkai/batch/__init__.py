"""The monthly batch: every input in ``raw/`` run through its notebook with papermill.

Each input is one papermill run of ``notebooks/<kind>.ipynb`` that stages a Data Package; the
batch then scrubs the executed notebook (no personal values, no secrets), adds it to the
package as the run record (and keeps it under ``.runs/<run_id>/notebooks/``), runs the
release gate and moves the package into ``published/``. A failing input is recorded with its
reason and the others go on.

Incremental: the ledger (``published/.ledger.sqlite``, :mod:`gongkai.ledger`) remembers what
each input's last run was made from; an input whose sha256, notebook, parameters, gongkai
version and schema versions are unchanged, whose last run published it and whose dataset
folder is still there, is skipped. ``force`` runs everything.

Where runs happen: in this process (``jobs=1``), in ``jobs`` worker processes, or on a Dask
distributed cluster (``scheduler="tcp://host:port"``), whose workers must see ``raw/`` and
``published/`` at the same paths (shared storage). Only this process writes the ledger.

Resumable: outcomes are recorded as they come in; a worker also writes its outcome as a small
JSON journal under ``.runs/<run_id>/outcomes/`` right after its release, so a batch killed
between the two still knows the input was published. Nothing half-written reaches
``published/``: packages are staged in ``published/.staging/`` and renamed into place; stale
staging left by a killed run is removed when the next batch starts.

Ctrl-C (SIGINT, to the batch or its whole process group as a terminal sends it) stops in order:
no input starts any more; a notebook under way is interrupted, its kernel shut down and its
staging folder removed by the process that ran it (a worker, or this process with ``jobs=1``);
a release under way (record, gate, move into place) is never cut, it finishes and is reported.
With worker processes the batch waits for them to do so and exit, at most
:data:`.schedulers.STOP_TIMEOUT` (30 s), then kills those still running; a second Ctrl-C kills
them at once (the console says so). Then it removes what is left of its own run's staging
(``.staging/<dataset>-<run tag>…``), writes the report with the unfinished inputs as
interrupted and exits 130: ``published/`` holds what it held plus the datasets that finished,
and no worker, fork server or kernel of the batch is left running. A batch killed (SIGKILL)
cannot clean: its rerun does. Under a Dask cluster the runs already on a worker finish.

The package reads as the batch: :mod:`.inputs` (what is an input), :mod:`.fingerprints` (what
changed, with :mod:`.ledger`), :mod:`.execute` (one input: notebook in a warm kernel from
:mod:`.kernels`, forked by :mod:`.forkserver`, scrubbed record, release path), :mod:`.schedulers` (worker processes, Dask),
:mod:`.locking` (one batch per folder, workers that die with it), :mod:`.report` and
:mod:`.run` (the whole batch).
"""

from ..kinds import NOTEBOOK_DIR as NOTEBOOKS
from .execute import DEFAULT_TIMEOUT, check_notebook, run_one
from .fingerprints import fingerprint, notebook_info, schema_versions
from .inputs import discover
from .model import Input, Outcome
from .report import render_html, render_report, write_reports
from .run import run_batch

__all__ = ["DEFAULT_TIMEOUT", "NOTEBOOKS", "Input", "Outcome", "check_notebook", "discover",
           "fingerprint", "notebook_info", "render_html", "render_report", "run_batch", "run_one",
           "schema_versions", "write_reports"]
