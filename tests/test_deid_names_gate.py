"""The release gate and de-identification find person names that carry no cue word
(gongkai.deid.names), in Chinese and in English exports; places, roads and shops stay."""

import pandas as pd
import pytest
from hypothesis import given, strategies as st

from gongkai.deid import deidentify_frame
from gongkai.deid.gate import scan_paths
from gongkai.deid.names import find_names

LISTING_SCHEMA = {"fields": [{"name": "remarks", "type": "string", "pii": "free_text",
                              "deidentify": {"method": "redact"}}]}


@pytest.mark.parametrize("remark", ["由张伟领取", "collected by Wang Wei", "当事人王伟在店内销售过期食品"])
def test_gate_refuses_a_csv_with_one_uncued_name(tmp_path, remark):
    pd.DataFrame({"seq": [1, 2], "remarks": ["无", remark]}).to_csv(tmp_path / "x.csv", index=False)
    findings = scan_paths([tmp_path])
    assert [(f.file, f.column, f.row, f.kind) for f in findings] == [("x.csv", "remarks", 2, "person_name")]
    assert all(remark not in str(f) for f in findings)      # the value is never echoed


@pytest.mark.parametrize("text", ["张店区中山路王记餐饮店", "李村村委会", "高速公路方案周边", ""])
def test_places_roads_and_shops_are_not_names(text):
    assert find_names(text) == []


def test_deidentification_redacts_an_uncued_name():
    frame = pd.DataFrame({"remarks": ["由张伟领取", "张店区中山路"]})
    out, report = deidentify_frame(frame, LISTING_SCHEMA)
    assert "张伟" not in out["remarks"].iloc[0]
    assert out["remarks"].iloc[1] == "张店区中山路"


@given(st.sampled_from(["欧阳", "司马", "上官", "诸葛", "王", "李", "赵", "钱"]),
       st.text(alphabet="伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞", min_size=1, max_size=2))
def test_any_surname_and_given_name_after_a_cue_is_found(surname, given_name):
    text = f"代领人{surname}{given_name}，已核实。"
    hits = find_names(text)
    assert any(text[h.start:h.end].startswith(surname) for h in hits), text
