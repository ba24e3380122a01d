"""Complexity at the native level from the CPU time the kernel accounts to each child: the
learner's in-process clock only picks how many calls to make, weak evidence says
"inconclusive", a function too fast to time reads as constant, and a forged clock cannot
turn an O(n^2) solution into a fast one."""

from __future__ import annotations

from pathlib import Path

import pytest

from pivotprep.practice import complexity as cx
from pivotprep.practice.judge import timing
from pivotprep.practice.judge.timing import Timing, kernel_timing
from pivotprep.practice.problems import load_pack
from pivotprep.practice.submit import kernel_comparison

HOSTILE = Path(__file__).parent / "hostile"
SIZES = [1000, 2000, 4000, 8000]


def pilot(per_call: float) -> Timing:
    return Timing(SIZES, [[per_call * n / 1000] for n in SIZES], stopped_early=False)


def fake_kernel(monkeypatch, work, start=0.05):
    """_kernel_cpu answering start-up + `work(who, n, round) * calls` (who: yours,
    reference, or base for the baseline)."""
    seen: dict[tuple[str, int], int] = {}
    reference = load_pack("first-repeated-badge").reference_path.read_text()

    def cpu(problem, code, n, calls, seed):
        who = "base" if code is None else "reference" if code == reference else "yours"
        index = seen.get((who, n), 0)
        seen[(who, n)] = index + 1
        return start + (0.0 if who == "base" else work(who, n, index) * calls)

    monkeypatch.setattr(timing, "_kernel_cpu", cpu)


def test_the_fitted_curves_come_from_the_kernel_not_the_pilot(monkeypatch):
    problem = load_pack("first-repeated-badge")
    fake_kernel(monkeypatch, lambda who, n, i: 1e-9 * n * n if who == "yours" else 1e-6 * n)
    # the pilot (written by the child) claims yours is as fast as the reference
    result = kernel_timing(problem, "def first_repeated(scans): ...", pilot(1e-3), pilot(1e-3))
    yours = cx.fit(result.yours.sizes, result.yours.samples)
    reference = cx.fit(result.reference.sizes, result.reference.samples)
    assert (yours.label, reference.label) == ("n^2", "n")
    assert cx.compare(yours, reference).verdict == "worse"
    assert result.weak is None and not result.below_resolution


def test_rounds_that_disagree_are_weak_evidence(monkeypatch):
    problem = load_pack("first-repeated-badge")
    fake_kernel(monkeypatch, lambda who, n, i: 1e-6 * n * (3 if i == 1 else 1))
    result = kernel_timing(problem, "def first_repeated(scans): ...", pilot(1e-3), pilot(1e-3))
    assert result.weak is not None and "varied" in result.weak


def test_a_function_too_fast_to_time_reads_as_constant_not_log_n(monkeypatch):
    problem = load_pack("first-repeated-badge")
    fake_kernel(monkeypatch, lambda who, n, i: 1e-8)  # far below the kernel's resolution
    result = kernel_timing(problem, "def first_repeated(scans): ...", pilot(1e-7), pilot(1e-7))
    assert result.below_resolution
    unknown = cx.Fit("inconclusive", None, {}, None, (), ())
    comparison = kernel_comparison(result, unknown, unknown)
    assert (comparison.yours.label, comparison.reference.label) == ("1", "1")
    assert comparison.verdict == "same" and "log n" not in comparison.message


def test_yours_running_out_of_time_is_too_slow(monkeypatch):
    problem = load_pack("first-repeated-badge")

    def cpu(problem, code, n, calls, seed):
        if code is not None and "forged" in code:
            raise timing.TooSlowError("too slow")
        return 0.05

    monkeypatch.setattr(timing, "_kernel_cpu", cpu)
    result = kernel_timing(problem, "# forged\n", Timing([], [], True), pilot(1e-3))
    assert result.too_slow


@pytest.mark.usefixtures("sandbox_level")
def test_a_forged_clock_cannot_make_a_quadratic_solution_fast(monkeypatch):
    from pivotprep.practice.submit import compare_complexity

    monkeypatch.setenv("PIVOTPREP_COMPLEXITY", "cputime")  # the kernel's CPU time, not fuel

    problem = load_pack("first-repeated-badge")
    comparison = compare_complexity(problem, (HOSTILE / "forged_timings.py").read_text())
    assert comparison is not None
    assert comparison.verdict in ("worse", "inconclusive"), comparison.message
    assert comparison.ok is not True


def test_rounds_stop_at_the_time_budget_and_say_why(monkeypatch):
    problem = load_pack("first-repeated-badge")
    fake_kernel(monkeypatch, lambda who, n, i: 1e-6 * n)
    # no time at all: the first round always runs, no second one starts
    result = kernel_timing(
        problem, "def first_repeated(scans): ...", pilot(1e-3), pilot(1e-3), budget=0.0
    )
    assert all(len(samples) == 1 for samples in result.yours.samples)
    assert result.weak is not None and "only 1 of 3 rounds" in result.weak
    pilot_fit = cx.fit(SIZES, [[1e-6 * n] for n in SIZES])
    comparison = kernel_comparison(result, pilot_fit, pilot_fit)
    assert comparison.verdict == "inconclusive"
    assert "only 1 of 3 rounds" in comparison.message and "load average" in comparison.message


def test_an_inconclusive_fit_names_its_reason():
    from pivotprep.practice.judge.timing import KernelTiming

    two = Timing([1000, 2000], [[1e-3, 1e-3], [2e-3, 2e-3]], stopped_early=False)
    kernel = KernelTiming(two, two, below_resolution=False)
    unknown = cx.Fit("inconclusive", None, {}, None, (), ())
    comparison = kernel_comparison(kernel, unknown, unknown)
    assert comparison.verdict == "inconclusive"
    assert "yours: too few sizes timed" in comparison.message
    assert "load average" in comparison.message


def test_rounds_that_disagree_still_compare_yours_and_the_reference_side_by_side(monkeypatch):
    """One round slowed 3x by a burst of load slows yours and the reference alike: the
    ratio of the two stays flat in every round, so the verdict is "same", not unknown."""
    problem = load_pack("first-repeated-badge")
    fake_kernel(monkeypatch, lambda who, n, i: 1e-6 * n * (3 if i == 1 else 1))
    result = kernel_timing(problem, "def first_repeated(scans): ...", pilot(1e-3), pilot(1e-3))
    assert result.weak is not None
    pilot_fit = cx.fit(SIZES, [[1e-6 * n] for n in SIZES])
    comparison = kernel_comparison(result, pilot_fit, pilot_fit)
    assert comparison.verdict == "same", comparison.message
    assert "ratio of the two stayed flat" in comparison.message


def test_a_quadratic_in_noisy_rounds_is_still_slower(monkeypatch):
    problem = load_pack("first-repeated-badge")

    def work(who, n, i):
        burst = 3 if i == 1 else 1
        return burst * (1e-9 * n * n if who == "yours" else 1e-6 * n)

    fake_kernel(monkeypatch, work)
    result = kernel_timing(problem, "def first_repeated(scans): ...", pilot(1e-3), pilot(1e-3))
    assert result.weak is not None
    pilot_fit = cx.fit(SIZES, [[1e-6 * n] for n in SIZES])
    comparison = kernel_comparison(result, pilot_fit, pilot_fit)
    assert comparison.verdict == "worse", comparison.message


def test_ratios_that_disagree_between_rounds_stay_inconclusive(monkeypatch):
    problem = load_pack("first-repeated-badge")

    def work(who, n, i):  # round 1 hits only yours, and only at the largest size
        hit = 3 if (i == 1 and who == "yours" and n == SIZES[-1]) else 1
        return hit * 1e-6 * n

    fake_kernel(monkeypatch, work)
    result = kernel_timing(problem, "def first_repeated(scans): ...", pilot(1e-3), pilot(1e-3))
    assert result.weak is not None
    pilot_fit = cx.fit(SIZES, [[1e-6 * n] for n in SIZES])
    comparison = kernel_comparison(result, pilot_fit, pilot_fit)
    assert comparison.verdict == "inconclusive", comparison.message
    assert "too weak" in comparison.message and "load average" in comparison.message


def test_the_paired_verdict_fits_the_rounds_slopes_once(monkeypatch):
    """The rounds' slopes give both the verdict and the count of rounds it names."""
    from pivotprep.practice import kernel_verdict

    problem = load_pack("first-repeated-badge")
    fake_kernel(monkeypatch, lambda who, n, i: 1e-6 * n * (3 if i == 1 else 1))
    result = kernel_timing(problem, "def first_repeated(scans): ...", pilot(1e-3), pilot(1e-3))
    calls = []
    slopes = kernel_verdict.round_slopes
    monkeypatch.setattr(kernel_verdict, "round_slopes", lambda k: calls.append(k) or slopes(k))
    pilot_fit = cx.fit(SIZES, [[1e-6 * n] for n in SIZES])
    comparison = kernel_comparison(result, pilot_fit, pilot_fit)
    assert comparison.verdict == "same" and len(calls) == 1
