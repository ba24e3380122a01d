"""`problems validate` over the whole bank: the cases (every reference passes, every
wrong_*.py is caught or declared slow) and the timing checks (the reference's class matches
meta.yaml, every slow wrong_*.py is caught by timing; adjacent classes tolerated, see
practice/validate.py). The worked examples also prove both kinds of catch are reported."""

from __future__ import annotations

import pytest

from pivotprep.practice.problems import pack_folders
from pivotprep.practice.validate import validate_problem

pytestmark = pytest.mark.usefixtures("sandbox_level")

ALL = [folder.name for folder in pack_folders()]


@pytest.mark.parametrize("problem_id", ALL)
def test_every_problem_validates_on_its_cases(problem_id):
    result = validate_problem(problem_id, complexity=False)
    assert result.ok, result.messages


@pytest.mark.parametrize("problem_id", ["first-repeated-badge", "reverse-playlist"])
def test_worked_examples_validate_with_complexity(problem_id):
    result = validate_problem(problem_id, complexity=True)
    assert result.ok, result.messages
    assert any(m.startswith("reference measured") for m in result.messages)
    assert any("caught by complexity" in m for m in result.messages)


TIMED = [
    folder.name
    for folder in pack_folders()
    if (folder / "meta.yaml").read_text().find("complexity_check: false") < 0
]


@pytest.mark.slow
@pytest.mark.parametrize("problem_id", TIMED)
def test_every_problem_validates_with_complexity(problem_id):
    """The whole bank's timing checks: the reference's measured class matches meta.yaml
    (adjacent classes tolerated) and every correct-but-slow wrong_*.py is caught by timing.
    Timing shares the machine with the rest of the suite, so a failed check is measured once
    more before it counts."""
    result = validate_problem(problem_id, complexity=True)
    if not result.ok:
        result = validate_problem(problem_id, complexity=True)
    assert result.ok, result.messages
