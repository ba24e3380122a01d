"""Space complexity at the WebAssembly level: the guest's peak linear memory, read by the
host after each fuel run (a wasm memory only grows, in 64 KiB pages), above an empty
function's at the same n. Needs the compiled module (see test_wasm.py)."""

from __future__ import annotations

import pytest

from pivotprep.practice import complexity as cx
from pivotprep.practice.judge import fuel
from pivotprep.practice.problems import load_pack
from pivotprep.practice.submit import compare_complexity

PROBLEM = "first-repeated-badge"
SIZES = [4000, 8000, 16000, 32000, 64000]
CONSTANT_SPACE = """
def first_repeated(scans):
    odd = 0
    for badge in scans:
        odd += badge & 1
    return odd
"""
LINEAR_SPACE = """
def first_repeated(scans):
    names = [str(badge) for badge in scans]
    return len(names)
"""

pytestmark = pytest.mark.xdist_group("wasm")


def space_of(code: str) -> cx.Fit:
    timing = fuel.fuel_code(load_pack(PROBLEM), code, sizes=SIZES)
    assert isinstance(timing, fuel.FuelTiming)
    assert timing.error is None and timing.sizes == SIZES
    assert set(SIZES) <= set(timing.memory)
    sizes = sorted(timing.memory)
    return cx.fit_space(sizes, [timing.memory[n] for n in sizes])


def test_a_running_count_takes_constant_space(wasm_level: None) -> None:
    fit = space_of(CONSTANT_SPACE)
    assert fit.label == "1"
    assert max(fit.times) < cx.SPACE_FLOOR


def test_a_list_as_long_as_the_input_takes_linear_space(wasm_level: None) -> None:
    fit = space_of(LINEAR_SPACE)
    assert fit.label == "n"
    # 64,000 new strings and their list: well over a megabyte at the largest size
    assert fit.times[-1] > 1 << 20


def test_space_counts_are_identical_run_after_run(wasm_level: None) -> None:
    problem = load_pack(PROBLEM)
    first = fuel.fuel_code(problem, LINEAR_SPACE, sizes=SIZES)
    fuel.forget()
    again = fuel.fuel_code(problem, LINEAR_SPACE, sizes=SIZES)
    assert isinstance(first, fuel.FuelTiming) and isinstance(again, fuel.FuelTiming)
    assert first.memory == again.memory


def test_the_verdict_shows_both_space_classes(wasm_level: None) -> None:
    problem = load_pack(PROBLEM)
    comparison = compare_complexity(problem, problem.reference_path.read_text(encoding="utf-8"))
    assert comparison is not None and comparison.space is not None
    assert comparison.space.startswith("yours grows like n, the reference like n")
    assert "64 KiB pages" in comparison.space
