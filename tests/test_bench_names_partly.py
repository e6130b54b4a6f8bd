"""The benchmark's count of names partly left: a part of a name beside the placeholder that took the rest."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_names  # noqa: E402
from bench_names import partly_left  # noqa: E402


def test_a_given_name_s_last_character_left_beside_the_placeholder_is_a_part_left():
    assert partly_left("乔学振", "入户回访乔学振不在家。", "入户回访〔姓名〕振不在家。")


def test_a_latin_name_s_given_names_left_after_the_placeholder_are_a_part_left():
    text = "The buyer, CHEUNG, Yan Mei Stanley, reported it."
    assert partly_left("CHEUNG, Yan Mei Stanley", text, "The buyer, 〔姓名〕, Yan Mei Stanley, reported it.")


def test_a_name_replaced_whole_is_no_part_left():
    assert not partly_left("王伟", "王伟来电反映。", "〔姓名〕来电反映。")


def test_a_character_of_the_text_beside_the_name_is_no_part_of_it():
    # 关于于建新: the first 于 is the text's, the name went whole
    assert not partly_left("于建新", "关于于建新申请救助。", "关于〔姓名〕申请救助。")


def test_why_refuses_the_frozen_sets_and_tallies_rules_on_a_tuned_one(capsys):
    """bench_names --why reads misses, so never on a frozen set; on a tuned one it prints a row per
    rule with names, look-alikes, extra and precision."""
    assert bench_names.main(["--why", "--only", "frozen-7", "--remarks", "5"]) == 2
    assert "not on the frozen sets" in capsys.readouterr().out
    assert bench_names.main(["--why", "--only", "tuned-20", "--remarks", "40", "--show", "5"]) == 0
    out = capsys.readouterr().out
    rows = [ln for ln in out.splitlines() if ln.startswith(("_", "<"))]
    assert rows and all(ln.rstrip().endswith("%") for ln in rows), out
