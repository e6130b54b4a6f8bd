"""explain_names: the same hits as find_names, each with the rule that built it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gongkai.deid import names as names_module
from gongkai.deid.detectors import Hit
from gongkai.deid.explain import UNKNOWN, explain_names
from gongkai.deid.names import OFFICIALS, find_names

TEXTS = [
    "申请人王伟反映低保问题",
    "与李红、张三一起来访",
    "经查，张建国在家中",
    "Applicant: Zhang Wei (Jacky), tel 138",
    "买了3箱周黑鸭，在中山路",
    "由王建国同志主持，申请人李秀英",
    "户主吾斯曼·玉素甫，配偶阿依古丽·买买提",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("public", [False, OFFICIALS])
def test_same_hits_as_find_names(text, public):
    explained = explain_names(text, public_names=public)
    assert [h for h, _ in explained] == find_names(text, public_names=public)
    for _h, rules in explained:
        assert rules and all(isinstance(r, str) and r for r in rules)


def test_a_cued_name_names_the_candidate_return():
    [(hit, rules)] = explain_names("申请人王伟反映低保问题")
    assert (hit.start, hit.end) == (3, 5)
    assert any(r.startswith("_candidate:") for r in rules), rules
    line = int(rules[0].split(":")[1].split("+")[0])
    source = open(names_module.__file__, encoding="utf-8").read().splitlines()
    assert source[line - 1].strip().startswith("return"), source[line - 1]


def test_a_latin_name_names_its_function():
    rules = {r for _h, rs in explain_names("Applicant: Zhang Wei (Jacky), tel 138") for r in rs}
    assert rules and UNKNOWN not in rules and not any(r.startswith("_candidate") for r in rules)


def test_the_module_is_left_as_it_was_even_after_an_error(monkeypatch):
    def boom(*_a, **_k):
        raise RuntimeError("boom")

    monkeypatch.setattr(names_module, "find_names", boom)
    with pytest.raises(RuntimeError):
        explain_names("王伟")
    assert names_module.Hit is Hit


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["王伟", "李秀英", "欧阳娜娜", "反映", "，", "申请人", "中山路", "3箱",
                                 "周黑鸭", "与", "、", "在家", "138****1234", "Zhang Wei", " "]),
                min_size=1, max_size=8))
def test_same_hits_on_any_sentence(parts):
    text = "".join(parts)
    assert [h for h, _ in explain_names(text)] == find_names(text)
