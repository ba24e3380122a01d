"""`problems validate` over the whole bank on its cases (every reference passes, every
wrong_*.py is caught or declared slow), and the timing path on a pair far enough apart that
load cannot blur it. The bank's timing checks against meta.yaml are `make validate`."""

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


# Each worked example pairs an O(n) reference with an O(n^2) wrong_*.py that passes every
# case. Timing must catch the O(n^2) one even on a busy machine: its time ratio to the
# reference grows like n (the check needs n^0.4), and it runs out of its time budget at a
# size the reference handles in a few milliseconds of CPU time, two signals far apart.
# The reference must be measured into a class, but which class is not asserted here: a
# fit of O(n) against O(n log n) or worse moves with load and memory effects, so matching
# meta.yaml for the whole bank is `make validate` (`pivotprep problems validate`), run on
# a quiet machine, outside the suite's pass/fail.
MEASURED = ("reference measured", "error: the reference measures", "warning: the reference's")


@pytest.mark.parametrize(
    ("problem_id", "quadratic"),
    [
        ("first-repeated-badge", "wrong_nested_loops.py"),
        ("reverse-playlist", "wrong_rebuild_front.py"),
    ],
)
def test_timing_catches_a_quadratic_wrong_beside_a_linear_reference(problem_id, quadratic):
    result = validate_problem(problem_id, complexity=True)
    assert sum(m.startswith(MEASURED) for m in result.messages) == 1, result.messages
    caught = [m for m in result.messages if m.startswith(f"{quadratic} caught by complexity")]
    assert caught and "too slow for large n" in caught[0], result.messages
    errors = [m for m in result.messages if m.startswith("error:") and not m.startswith(MEASURED)]
    assert not errors, result.messages
