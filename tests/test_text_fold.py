"""The shared fold (gongkai.text): one character to one, traditional characters of OpenCC's
table folded once a text holds a full-width form or a common traditional character."""

from __future__ import annotations

from hypothesis import given, strategies as st

from gongkai.text import TRAD_TO_SIMP, fold


def test_a_traditional_text_is_folded_whole_with_opencc_s_table():
    # 陳 and 淑 are not among the project's own pairs; 當 and 內 bring the fold on
    assert fold("當事人陳淑華在店內銷售") == "当事人陈淑华在店内销售"


def test_simplified_text_is_left_as_it_is():
    text = "经核实，该户家庭成员3人，同意纳入低保。"
    assert fold(text) is text


def test_the_table_maps_into_the_unified_ideographs_only():
    assert all(len(v) == 1 and "\u4e00" <= v <= "\u9fff" for v in TRAD_TO_SIMP.values())


@given(st.text(alphabet=st.sampled_from("當陳淑華張偉強０１ＡＢ－　王伟李娜 ,，。abc123"), max_size=40))
def test_the_fold_keeps_every_position(text):
    assert len(fold(text)) == len(text)
