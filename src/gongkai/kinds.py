"""The kinds of input, declared once: what the batch, the pipeline, the CLI and the manifest read.

A :class:`Kind` names its notebook, its runner in :mod:`gongkai.pipeline`, the schemas its
datasets are checked against (their versions are part of the batch's fingerprint) and the
folder names under ``raw/`` that give a file this kind when the manifest does not list it.
Adding a kind is one entry here plus a runner (and its notebook).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# shipped inside the package as package data; in a source checkout a symlink to the
# user-facing notebooks/ folder (as ./schemas links to the package's schemas/)
NOTEBOOK_DIR = PACKAGE_DIR / "notebooks"
# the notebook parameters every kind's notebook declares (the batch injects them)
COMMON_PARAMETERS = ("input_path", "out_dir", "dataset", "period", "staging_dir", "run_id")


@dataclass(frozen=True)
class Kind:
    name: str
    notebook: str                       # file name in NOTEBOOK_DIR
    runner: str                         # function name in gongkai.pipeline
    schemas: tuple[str, ...]            # fixed schemas ('table' takes its schema per input)
    folders: tuple[str, ...]            # folder names under raw/ that mean this kind
    suffixes: tuple[str, ...] = (".pdf",)
    parameters: tuple[str, ...] = ()    # notebook parameters beyond COMMON_PARAMETERS
    schema_per_input: bool = False      # the manifest entry (or folder) names the schema
    title: str = ""                     # what a citizen calls it (a portal's facet value)
    keywords: tuple[str, ...] = ()      # Chinese words a citizen searches for it by

    @property
    def notebook_path(self) -> Path:
        return NOTEBOOK_DIR / self.notebook

    def run(self, path, **kwargs):
        from . import pipeline

        return getattr(pipeline, self.runner)(path, **kwargs)


KINDS: dict[str, Kind] = {kind.name: kind for kind in (
    Kind("gazette", "gazette.ipynb", "run_gazette", ("gazette-items", "gazette-texts"),
         ("gazette", "gazettes"), title="政府公报", keywords=("政府公报",)),
    Kind("budget", "budget.ipynb", "run_budget", ("budget-lines",), ("budget", "budgets"),
         title="预决算", keywords=("预决算",)),
    Kind("listing", "listing.ipynb", "run_listing", ("dibao-listing",), ("listing", "listings"),
         title="城乡低保", keywords=("低保", "最低生活保障")),
    Kind("table", "table.ipynb", "run_table", (), ("tables",),
         suffixes=(".csv", ".tsv", ".txt", ".xlsx", ".xlsm"), parameters=("schema", "sheet"),
         schema_per_input=True, title="数据表"),
)}
KIND_BY_FOLDER = {folder: kind.name for kind in KINDS.values() for folder in kind.folders}


def names() -> str:
    return ", ".join(KINDS)


def get(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown kind {name!r}; expected one of {names()}") from None
