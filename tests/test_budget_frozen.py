"""The “三公”经费 sets of benchmarks/frozen/sanggong.py (written apart from the sample generator;
what each set served is stated there and in benchmarks/README.md): on every style, every
printed figure reaches a line in 元 under its header path, the 三公 identities are checked and
hold (and fail where an error is planted), and 本表无数据 gives no lines, a note and no failure."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from frozen.sanggong import ALL_STYLES, build, reached, style  # noqa: E402

from gongkai.extract.budget import budget_frame, check_identities  # noqa: E402

def _read(tmp_path: Path, name: str, plant_error: bool = False):
    path = tmp_path / f"{name}.pdf"
    truth = build(style(name), path, plant_error=plant_error)
    lines, classified, _ = budget_frame(path, jobs=1)
    return truth, lines, classified, check_identities(lines)


@pytest.mark.parametrize("name", [s.name for s in ALL_STYLES if not s.no_data])
def test_every_printed_figure_reaches_a_line_in_yuan(tmp_path, name):
    truth, lines, classified, results = _read(tmp_path, name)
    assert [bt.kind for bt in classified if bt.kind] and not any(bt.no_data for bt in classified)
    sanggong = lines[lines["table_kind"].fillna("").str.contains("三公")]
    assert len(sanggong) == len(truth["figures"])
    missing = [f for f in truth["figures"] if not reached(f, sanggong)]
    assert missing == []
    assert set(sanggong["unit_factor"]) == {truth["factor"]}


@pytest.mark.parametrize("name", [s.name for s in ALL_STYLES if not s.no_data])
def test_identities_are_checked_and_hold(tmp_path, name):
    truth, lines, classified, results = _read(tmp_path, name)
    sums = [r for r in results if r["rule"].startswith("三公")]
    kinds = {f["kind"] for f in truth["figures"]}
    # 合计 = 出国 + 公务用车 + 接待 and 小计 = 购置 + 运行, for 预算数 and for 决算数
    assert len(sums) == 2 * len(kinds)
    failed = [r for r in results if not r["ok"] and r["rule"] != "heading year = fiscal year"]
    assert failed == []


@pytest.mark.parametrize("name", ["budget-grid-national", "budget-unruled-yuan", "final-grid-pairs"])
def test_a_planted_error_fails_its_identity(tmp_path, name):
    _, _, _, results = _read(tmp_path, name, plant_error=True)
    failed = {r["rule"] for r in results if not r["ok"]}
    assert failed == {"三公 合计 = 出国 + 公务用车 + 接待", "三公 公务用车小计 = 购置 + 运行"}


@pytest.mark.parametrize("name", [s.name for s in ALL_STYLES if s.no_data])
def test_no_data_gives_no_lines_a_note_and_no_failure(tmp_path, name):
    _, lines, classified, results = _read(tmp_path, name)
    assert len(lines) == 0
    assert [(bt.kind is not None, bt.no_data) for bt in classified] == [(True, True)]
    notes = [r for r in results if r["rule"] == "standard table has figures"]
    assert [(r["actual"], r["ok"]) for r in notes] == [("0 lines: the table prints 本表无数据", True)]
    presence = [r for r in results if r["rule"] == "standard table present"]
    assert [(r["actual"], r["ok"]) for r in presence] == [("present", True)]
    assert [r for r in results if not r["ok"]] == []
