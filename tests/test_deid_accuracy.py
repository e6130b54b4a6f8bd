"""The accuracy benchmark's generator at small size: every planted personal value is removed
and look-alikes (budget codes, dates, amounts, 文号, postcodes, order and serial numbers, IDs with
a wrong check character, credit codes) are left alone, with and without a schema."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_deid_accuracy as acc  # noqa: E402


@pytest.fixture(scope="module")
def results():
    return acc.evaluate(rows=400, seed=11)


@pytest.mark.parametrize("mode", ["no schema", "schema"])
def test_no_planted_value_is_left(results, mode):
    r = results[mode]
    assert sum(r["planted"].values()) > 2000
    assert set(r["planted"]) == {"cn_resident_id", "phone", "bank_card", "email", "address",
                                 "person_name"}
    examples = {k: v[:3] for k, v in r["left_examples"].items()}
    assert sum(r["left"].values()) == 0, examples


@pytest.mark.parametrize("mode", ["no schema", "schema"])
def test_look_alikes_are_left_alone(results, mode):
    r = results[mode]
    total = sum(r["looks"].values())
    assert set(r["looks"]) == set(acc.LOOKALIKE_MAKERS)
    examples = {k: v[:3] for k, v in r["altered_examples"].items()}
    assert sum(r["altered"].values()) <= acc.MAX_ALTERED * total, examples


def test_generator_is_seeded():
    a, b = acc.make_fixture(50, seed=3), acc.make_fixture(50, seed=3)
    assert a.frame.equals(b.frame) and a.planted == b.planted
    assert not a.frame.equals(acc.make_fixture(50, seed=4).frame)
