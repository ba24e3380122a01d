"""The complexity verdict from the kernel's CPU times (judge/timing.py's `kernel_timing`).

CPU time moves with the machine's load, so every figure here comes from children run in
rounds, yours and the reference interleaved on the same inputs. When the rounds disagree
(a burst of load slowed one round), the fitted curves are weak evidence; but within one
round yours and the reference ran side by side at each size, so the ratio of the two is
steadier than either curve. A verdict is still given when every round's ratio says the same
thing (`paired_verdict`); otherwise it is "inconclusive", with why and the load beside it.
"""

from __future__ import annotations

import os
from dataclasses import replace

from pivotprep.practice import complexity as cx
from pivotprep.practice.judge.timing import KernelTiming

PAIRED_MIN_ROUNDS = 2  # a ratio seen in fewer rounds than this is not evidence enough


def machine_load() -> str:
    """The machine's load, said beside a verdict that timing could not reach."""
    if not hasattr(os, "getloadavg"):
        return "CPU time moves with the machine's load"
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def inconclusive(reason: str, yours: cx.Fit, reference: cx.Fit) -> cx.Comparison:
    """A comparison that says it cannot tell, and why (the review's rating stays neutral);
    the curves measured are kept, so the chart still shows them."""
    done = cx.compare(yours, reference)
    message = f"complexity: {cx.UNKNOWN}: {reason}"
    return replace(done, verdict="inconclusive", message=message)


def round_slopes(kernel: KernelTiming) -> list[float]:
    """Per round, the log-log slope of yours/reference over the sizes (rounds in which a
    size is missing, or a slope cannot be fitted, are left out)."""
    sizes = tuple(kernel.yours.sizes)
    if tuple(kernel.reference.sizes) != sizes or not sizes:
        return []
    rounds = min(len(s) for s in (*kernel.yours.samples, *kernel.reference.samples))
    slopes = []
    for index in range(rounds):
        mine = tuple(samples[index] for samples in kernel.yours.samples)
        theirs = tuple(samples[index] for samples in kernel.reference.samples)
        slope = cx.ratio_slope((sizes, mine), (sizes, theirs))
        if slope is not None:
            slopes.append(slope)
    return slopes


def paired_verdict(kernel: KernelTiming) -> str | None:
    """ "same" when the ratio yours/reference stayed flat across sizes in every round,
    "worse" when it grew in every round, "better" when it shrank in every round; None when
    the rounds disagree or too few could be read."""
    return _verdict_of(round_slopes(kernel))


def _verdict_of(slopes: list[float]) -> str | None:
    """`paired_verdict` from the rounds' slopes."""
    if len(slopes) < PAIRED_MIN_ROUNDS:
        return None
    flat = cx.RATIO_SLOPE_WORSE / 2
    if all(abs(s) < flat for s in slopes):
        return "same"
    if all(s >= cx.RATIO_SLOPE_WORSE for s in slopes):
        return "worse"
    if all(s <= -cx.RATIO_SLOPE_WORSE for s in slopes):
        return "better"
    return None


def _from_pairs(kernel: KernelTiming, yours: cx.Fit, reference: cx.Fit) -> cx.Comparison | None:
    """The verdict of the paired ratios when the rounds' curves are weak evidence."""
    slopes = round_slopes(kernel)
    verdict = _verdict_of(slopes)
    if verdict is None:
        return None
    done = cx.compare(yours, reference)
    rounds = len(slopes)
    said = {
        "same": "grows like the reference",
        "worse": "grows faster than the reference: too slow for large n",
        "better": "grows more slowly than the reference: faster",
    }[verdict]
    message = (
        f"yours {said} (in each of {rounds} rounds, run side by side with the reference, the "
        f"ratio of the two {'stayed flat' if verdict == 'same' else 'moved the same way'} "
        f"across sizes; the rounds themselves disagreed: {kernel.weak}; {machine_load()})"
    )
    return replace(done, verdict=verdict, message=message)


def kernel_comparison(kernel: KernelTiming, pilot: cx.Fit, reference: cx.Fit) -> cx.Comparison:
    """The verdict from the kernel's CPU times: too slow when yours ran out of time,
    constant when neither took measurably longer than the baseline at any size (a
    sub-microsecond function: no growth to measure), the paired ratios when the rounds
    disagree (inconclusive if those disagree too), else the fit of both curves compared."""
    if kernel.too_slow:
        return cx.compare(pilot, reference, stopped_early=True)
    if kernel.below_resolution:
        flat = [
            cx.Fit("1", None, {}, None, tuple(t.sizes), tuple(min(s) for s in t.samples))
            for t in (kernel.yours, kernel.reference)
        ]
        done = cx.compare(flat[0], flat[1])
        note = "both take too little time per call to measure any growth"
        return replace(done, message=f"{done.message} ({note})")
    yours = cx.fit(kernel.yours.sizes, kernel.yours.samples)
    ref = cx.fit(kernel.reference.sizes, kernel.reference.samples)
    if kernel.weak:
        paired = _from_pairs(kernel, yours, ref)
        if paired is not None:
            return paired
        return inconclusive(
            f"the evidence is too weak ({kernel.weak}; {machine_load()})", yours, ref
        )
    done = cx.compare(yours, ref)
    if done.verdict != "inconclusive":
        return done
    reasons = [f"{who}: {fit.reason}" for who, fit in (("yours", yours), ("the reference", ref))]
    why = "; ".join(r for r, fit in zip(reasons, (yours, ref), strict=True) if fit.reason)
    return replace(
        done, message=f"{done.message} ({why or 'the curves disagree'}; {machine_load()})"
    )


__all__ = ["inconclusive", "kernel_comparison", "machine_load", "paired_verdict", "round_slopes"]
