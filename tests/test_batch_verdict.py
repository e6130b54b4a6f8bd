"""Validation gates release: a listing with a validation error is refused by the batch, which
says why in Chinese; the manifest entry can name error types published with a warning."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samples.layout import build_sample, register_font
from samples.listing import _ListingBuilder
from samples.textdata import load_text

ROOT = Path(__file__).resolve().parents[1]
KEY = "batch-verdict-test-key-0123456789abcdef"


class _OneHouseholdTooLarge(_ListingBuilder):
    """The sample listing with one household of 25 persons (the schema allows 1 to 20)."""

    def rows(self):
        rows, remarks = super().rows()
        rows[3][6] = "25"
        return rows, remarks


def _bad_listing(path: Path) -> None:
    register_font()
    spec = load_text("listing.yaml")
    build_sample(_OneHouseholdTooLarge(spec), path, title=spec["title"], author=spec["publisher"],
                 subject="gongkai test listing with one invalid row", pdf_date=spec["pdf_date"])


def _batch(raw: Path, out: Path) -> tuple[subprocess.CompletedProcess, dict]:
    env = dict(os.environ, GONGKAI_PSEUDONYM_KEY=KEY)
    env.pop("GONGKAI_CKAN_URL", None)
    result = subprocess.run([sys.executable, "-m", "gongkai.cli", "batch", "--raw", str(raw),
                             "--out", str(out), "--no-progress"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=900)
    line = next(l for l in result.stdout.splitlines() if "report: " in l)
    return result, json.loads(Path(line.split("report: ")[1]).with_suffix(".json").read_text())


@pytest.mark.slow
def test_a_listing_with_a_validation_error_is_refused_and_says_why(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "published"
    (raw / "listing").mkdir(parents=True)
    _bad_listing(raw / "listing" / "street-dibao-2026-11.pdf")
    result, report = _batch(raw, out)
    assert result.returncode == 1 and "1 refused" in result.stdout, result.stdout + result.stderr
    outcome = report["outcomes"][0]
    assert outcome["status"] == "refused"
    assert outcome["reason"].startswith("校验未通过：1个错误（不满足约束×1）")
    assert "第5行 保障人数 不能大于20（现为“25”）" in outcome["reason"]
    assert not (out / "street-dibao-2026-11").exists()
    assert outcome["validation"] == {"valid": False, "errors": 1, "rows": outcome["validation"]["rows"]}
    record = Path(outcome["record"])                     # the refused run's record is kept
    shown = json.dumps(json.loads(record.read_text(encoding="utf-8")), ensure_ascii=False)
    assert "拒绝发布" in shown and "不能大于20" in shown    # the notebook's last cell says so

    # the office decides that this type of error may go out, with a warning
    (raw / "manifest.yaml").write_text(
        "inputs:\n  - path: listing/street-dibao-2026-11.pdf\n    kind: listing\n"
        "    publish_with_warnings: [constraint-error]\n", encoding="utf-8")
    result, report = _batch(raw, out)
    assert result.returncode == 0, result.stdout + result.stderr
    outcome = report["outcomes"][0]
    assert outcome["status"] == "published"
    assert outcome["warnings"] == ["校验有1个错误（不满足约束×1），按声明以警告发布"]
    assert (out / "street-dibao-2026-11" / "datapackage.json").exists()
