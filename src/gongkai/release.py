"""The one release path: stage -> validation verdict -> gate -> atomic move (-> CKAN).

Used by the notebook (:func:`gongkai.notebook.finish`), the batch (``run_one``) and the CLI
(``gongkai publish``).

* **stage**: :func:`stage` writes the Data Package into ``OUT/.staging/<dataset>-<id>/``.
* **verdict** (first: a refused dataset goes no further): :func:`verdict` reads the package's
  ``reports/validation.json``: a dataset whose
  validation failed is refused unless every error is of a type the schema
  (``publishWithWarnings: [types]``, kept in ``datapackage.json`` as
  ``gongkai.publish_with_warnings``) or the manifest entry (``publish_with_warnings: [...]``,
  handed over in :class:`ReleasePolicy`) names; those are published with a warning. A dataset
  with no row in any resource is refused. A refusal ends the path here, in Chinese, naming
  the rows and fields (a cell that failed validation is not reported again by the gate).
* **gate**: the personal-data gate and frictionless validation of the package
  (:func:`~gongkai.publish.local.gate`, :func:`gongkai.publish.local.check_package`, which
  tolerates the error types published with a warning); either raises
  (:class:`~gongkai.errors.ReleaseBlocked`, :class:`~gongkai.errors.ValidationFailed`).
* **move**: :func:`gongkai.publish.local.move_into_place` renames the folder into
  ``OUT/<dataset>`` under the catalogue lock and rewrites ``catalog.json``.
* **CKAN**: :func:`to_ckan`, when a CKAN URL is configured.

The batch -> notebook -> batch contract (the files in the staging folder):

* ``.release-policy.json`` (:class:`ReleasePolicy`), written by the batch before the notebook
  runs: what the manifest adds to the verdict.
* ``.result.json`` (:class:`StagedResult`), written by the notebook's ``finish``: the dataset,
  its kind, rows per resource, problems and the verdict the notebook showed. The reports are
  in the package under :data:`REPORT_FILES`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import GongkaiError, ReleaseBlocked, ValidationFailed
from .package import DatasetResult, read_package, write_package
from .publish.local import check_package, discard, gate, move_into_place, staging_folder

RESULT_FILE = ".result.json"
POLICY_FILE = ".release-policy.json"
# the reports every package may carry, by name: reports/<name>.json
REPORT_FILES = {"validation": "reports/validation.json",
                "deidentification": "reports/deidentification.json"}
# how many validation errors a refusal quotes (the rest are in reports/validation.json)
QUOTED_ERRORS = 5

PUBLISHED, STAGED, REFUSED = "published", "staged", "refused"


@dataclass
class ReleasePolicy:
    """What the manifest entry adds to the verdict (the batch writes it into the staging folder)."""

    publish_with_warnings: list[str] = field(default_factory=list)
    organization: str | None = None

    def write(self, folder: Path) -> None:
        (Path(folder) / POLICY_FILE).write_text(json.dumps(asdict(self)), encoding="utf-8")

    @classmethod
    def read(cls, folder: Path | None) -> "ReleasePolicy":
        if folder is None:
            return cls()
        try:
            data = json.loads((Path(folder) / POLICY_FILE).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return cls()
        return cls(publish_with_warnings=[str(t) for t in data.get("publish_with_warnings") or []],
                   organization=data.get("organization"))


@dataclass
class Verdict:
    release: bool
    reasons: list[str] = field(default_factory=list)     # why refused (Chinese)
    warnings: list[str] = field(default_factory=list)    # published with these (Chinese)
    tolerated: list[str] = field(default_factory=list)   # error types published with a warning


@dataclass
class StagedResult:
    """``.result.json``: what the notebook's ``finish`` hands to the batch."""

    dataset: str
    kind: str
    status: str                                   # staged | refused
    rows: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def write(self, folder: Path) -> None:
        (Path(folder) / RESULT_FILE).write_text(json.dumps(asdict(self), ensure_ascii=False),
                                                encoding="utf-8")

    @classmethod
    def read(cls, folder: Path) -> "StagedResult":
        path = Path(folder) / RESULT_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise GongkaiError("the notebook did not stage a result (its last cell must call "
                               "finish(...))") from None
        path.unlink()
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)


@dataclass
class ReleaseOutcome:
    """How a release ended; what the notebook's last cell shows (never an absolute path)."""

    status: str                    # published | staged | refused
    dataset: str
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    folder: str | None = None      # relative to out_dir: '<dataset>' or '.staging/<name>'
    rows: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)

    def _lines(self) -> list[str]:
        head = {PUBLISHED: "已发布", STAGED: "已暂存，待批处理发布", REFUSED: "不予发布"}[self.status]
        lines = [f"{self.dataset}: {head}" + (f"（{self.folder}）" if self.folder else "")]
        lines += [f"原因：{r}" for r in self.reasons] + [f"警告：{w}" for w in self.warnings]
        return lines

    def __str__(self) -> str:
        return "\n".join(self._lines())

    def _repr_markdown_(self) -> str:
        return "\n\n".join(f"**{line}**" if i == 0 else line for i, line in enumerate(self._lines()))


def rows_of(result: DatasetResult) -> dict[str, int]:
    return {r.name: len(r.frame) for r in result.resources}


def stage(result: DatasetResult, out_dir: Path, *, run_id: str | None = None,
          folder: Path | None = None) -> Path:
    """Write ``result`` as a Data Package into ``folder`` (default: a fresh staging folder)."""

    folder = Path(folder) if folder is not None else staging_folder(Path(out_dir), result.name)
    write_package(result, folder, run_id=run_id)
    return folder


def _error_types(errors: list[dict]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for err in errors:
        counts[str(err.get("type"))] = counts.get(str(err.get("type")), 0) + 1
    return counts


def verdict(folder: Path, policy: ReleasePolicy | None = None) -> Verdict:
    """Release or refuse the staged package in ``folder`` (reasons and warnings in Chinese)."""
    descriptor = read_package(folder)
    meta = descriptor.get("gongkai") or {}
    allowed = set(meta.get("publish_with_warnings") or [])
    allowed |= set((policy or ReleasePolicy()).publish_with_warnings)
    out = Verdict(release=True)
    rows = meta.get("rows") or {}
    if rows and not any(rows.values()):
        out.release = False
        out.reasons.append("没有可发布的数据：" + "、".join(f"{name} 0行" for name in rows)
                           + "（输入可能是空白页、扫描图像或无法识别的表格）")
    try:
        report = json.loads((folder / REPORT_FILES["validation"]).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        report = None
    if report is not None and not report.get("valid", True):
        errors = report.get("errors") or []
        blocking = [e for e in errors if str(e.get("type")) not in allowed]
        from .validate.frame import error_type_zh

        counts = "，".join(f"{error_type_zh(t)}×{n}" for t, n in sorted(_error_types(errors).items()))
        if blocking:
            out.release = False
            out.reasons.append(f"校验未通过：{len(errors)}个错误（{counts}）")
            out.reasons += [str(e.get("note") or e.get("message") or e.get("type"))
                            for e in blocking[:QUOTED_ERRORS]]
            if len(blocking) > QUOTED_ERRORS:
                out.reasons.append(f"另有{len(blocking) - QUOTED_ERRORS}个错误，见 "
                                   f"{REPORT_FILES['validation']}")
        elif errors:
            out.warnings.append(f"校验有{len(errors)}个错误（{counts}），按声明以警告发布")
            out.tolerated = sorted(_error_types(errors))
    return out


def release_staged(staged: Path, out_dir: Path, dataset: str,
                   policy: ReleasePolicy | None = None) -> ReleaseOutcome:
    """verdict -> gate -> package check -> move. Returns a refused outcome on the verdict (the
    staged folder is then removed); raises for a package that holds personal data or does not
    validate as a package (the batch reports those as failures, naming the dataset, not the
    staging folder). The package check tolerates the data errors the verdict publishes with a
    warning (they are in the data on purpose); any other is a fault of the package."""
    for contract in (POLICY_FILE, RESULT_FILE):     # between batch and notebook, not data
        (Path(staged) / contract).unlink(missing_ok=True)
    # the verdict first: data that failed its own validation is refused for that reason, not
    # for the frictionless error the same bad cell would raise in the package check
    decided = verdict(staged, policy)
    rows = (read_package(staged).get("gongkai") or {}).get("rows") or {}
    if not decided.release:
        discard(staged)
        return ReleaseOutcome(REFUSED, dataset, decided.reasons, decided.warnings, None, rows)
    try:
        gate(staged)
        check_package(staged, tolerate=decided.tolerated)
    except (ValidationFailed, ReleaseBlocked) as exc:
        exc.path = dataset          # not the staging folder: a server path in the reports
        raise
    target = move_into_place(staged, Path(out_dir), dataset)
    return ReleaseOutcome(PUBLISHED, dataset, [], decided.warnings,
                          target.relative_to(out_dir).as_posix(), rows)


def publish_result(result: DatasetResult, out_dir: Path, *, run_id: str | None = None,
                   policy: ReleasePolicy | None = None) -> ReleaseOutcome:
    """The whole path for a result in hand (a notebook run by a person, or the CLI)."""

    out_dir = Path(out_dir)
    folder = stage(result, out_dir, run_id=run_id)
    try:
        return release_staged(folder, out_dir, result.name, policy)
    except (ValidationFailed, ReleaseBlocked) as exc:
        discard(folder)
        return ReleaseOutcome(REFUSED, result.name, [_blocked_reason(exc)], [], None,
                              rows_of(result))
    except BaseException:
        discard(folder)
        raise


def _blocked_reason(exc: GongkaiError) -> str:
    what = "发现个人信息，发布被阻止" if isinstance(exc, ReleaseBlocked) else "数据包校验未通过"
    # the message names the staging folder (an absolute path): keep only the cause
    return f"{what}：{exc.message}"


def stage_for_batch(result: DatasetResult, staging_dir: Path, *,
                    run_id: str | None = None) -> ReleaseOutcome:
    """The notebook's half of a batch run: stage into the batch's folder and say what the
    verdict will be (the batch gates, decides with the same :func:`verdict` and moves)."""
    folder = Path(staging_dir)
    policy = ReleasePolicy.read(folder)
    result.organization = result.organization or policy.organization
    stage(result, folder.parent, run_id=run_id, folder=folder)
    decided = verdict(folder, policy)
    status = STAGED if decided.release else REFUSED
    StagedResult(result.name, result.kind, status, rows_of(result), list(result.problems),
                 decided.reasons, decided.warnings).write(folder)
    return ReleaseOutcome(status, result.name, decided.reasons, decided.warnings,
                          f"{folder.parent.name}/{folder.name}", rows_of(result))


def to_ckan(folder: Path, url: str, organization: str | None) -> dict:
    """The optional last step: make the CKAN dataset match the released folder. A CKAN failure
    is data (the local release stands)."""
    import os

    from .publish.ckan import publish_to_ckan   # ckanapi only when a CKAN is configured

    try:
        result = publish_to_ckan(Path(folder), url,
                                 org=os.environ.get("GONGKAI_CKAN_ORG") or organization)
    except GongkaiError as exc:
        return {"status": "failed", "reason": f"{type(exc).__name__}: {exc}"}
    return {"status": "published", "dataset": result.dataset, "url": result.dataset_url,
            "changed": result.changed, "uploads": result.uploads,
            "api_calls": result.calls, "seconds": result.seconds}


__all__ = ["ReleaseOutcome", "ReleasePolicy", "StagedResult", "Verdict", "stage", "verdict",
           "release_staged", "publish_result", "stage_for_batch", "to_ckan", "RESULT_FILE",
           "POLICY_FILE", "REPORT_FILES"]
