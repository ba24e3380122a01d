"""Every problem's untouched stub goes through the real judge: it must fail on its cases
(wrong answers), never on loading (a `NameError` for an annotation's `Any` would stop the
learner before they wrote a line)."""

from __future__ import annotations

import ast

import pytest

from pivotprep.core.judging import Status
from pivotprep.practice.problems import load_packs
from pivotprep.practice.stubs import make_stub

PROBLEMS = sorted(load_packs())


@pytest.mark.parametrize("problem_id", PROBLEMS)
def test_the_untouched_stub_loads_and_fails_on_cases(sandbox_level: str, problem_id: str):
    from pivotprep.practice.judge.runner import judge

    pack = load_packs()[problem_id]
    stub = make_stub(pack)
    ast.parse(stub)
    result = judge(pack, stub)
    if pack.meta.drill is not None:  # a speed drill starts from a right but slow version
        assert result.passed, result.to_dict()
        return
    assert not result.passed, problem_id
    loading = [c.message for c in result.tests if "could not be loaded" in (c.message or "")]
    assert not loading, result.message
    assert "could not be loaded" not in (result.message or ""), result.message
    assert any(c.status is Status.WRONG for c in result.tests), result.to_dict()


def test_a_stub_carries_the_imports_its_annotations_need():
    stub = make_stub(load_packs()["ds-hash-map"])
    assert "from typing import Any" in stub
    assert "def put(self, key: Any, value: Any) -> None:" in stub
    assert "_EMPTY" not in stub  # the reference's body never travels
