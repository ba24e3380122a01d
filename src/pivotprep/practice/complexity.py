"""Fit measured running times to a complexity class, and compare two curves. Pure: no I/O.

Inputs are sizes n and, per size, repeated CPU-time samples (seconds) measured inside the
sandbox. The fit:

1. Per size, the median of the samples (the lower median if few), so one preempted run on a
   loaded machine does not move the point.
2. For each class f in 1, log n, n, n log n, n^2, n^3, 2^n: weighted least squares of
   t ~ a + b*f(n) with a, b >= 0 and weights 1/t (errors relative to each time, so the small
   sizes count as much as the large), f normalised to 1 at the largest n. The score is the
   RMS relative residual.
3. The best class wins if its residual is below NOISE_CEILING, unless the next simpler class
   fits within PARSIMONY of it or within the noise of the repeats (parsimony: a + b*log n can
   always bend to fit a noisy constant); the more complex one is then kept as `near`.
   Otherwise, if the runner-up is within MARGIN of the best: adjacent classes (n vs
   n log n) give the best one, with the runner-up kept as `near` (the fit cannot separate
   them); classes further apart give "inconclusive".
   The log-log slope of the upper half of the curve is reported alongside, as evidence.
4. If nothing fits and there are more than MIN_POINTS sizes, each size is left out in turn
   (one input may exit early, one burst of load may hit one size); the cleanest fit wins if it
   is clean (within a third of NOISE_CEILING), and `reason` names the size left out.

`compare(yours, reference)` decides mostly from the ratio of the two curves measured in the
same run: if yours/reference grows like n^0.4 or more over the range (or yours ran out of its
time budget where the reference was fast), yours scales worse. Fitted classes alone count
only when two or more classes apart; adjacent classes with a flat ratio are "the same growth
within measuring noise" (an O(n) pass and an O(n log n) sort cannot be told apart reliably
over one decade of n on a loaded machine).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

CLASSES = ("1", "log n", "n", "n log n", "n^2", "n^3", "2^n")
NOISE_CEILING = 0.35
MARGIN = 1.25
PARSIMONY = 1.6  # memory effects bend real O(n) curves: n log n must win clearly
RATIO_SLOPE_WORSE = 0.4
MIN_POINTS = 4


@dataclass(frozen=True)
class Fit:
    label: str  # one of CLASSES, or "inconclusive"
    near: str | None  # an adjacent class the fit could not rule out
    residuals: dict[str, float]
    slope: float | None  # log-log slope of the upper half
    sizes: tuple[int, ...]
    times: tuple[float, ...]  # the medians, seconds
    reason: str = ""

    @property
    def conclusive(self) -> bool:
        return self.label != "inconclusive"

    def accepts(self, expected: str) -> bool:
        """True if the measurement is consistent with `expected` (same or an unseparated
        adjacent class)."""
        return expected in (self.label, self.near)


def median(values: list[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no samples")
    return ordered[(len(ordered) - 1) // 2]


def _feature(label: str, n: float, top: float) -> float:
    """f(n) / f(top), computed in log space so 2^n never overflows."""
    if label == "1":
        return 0.0
    if label == "2^n":
        return math.exp((n - top) * math.log(2))
    if label == "log n":
        return math.log(n) / math.log(top) if top > 1 else 1.0
    if label == "n log n":
        return (n * math.log(n)) / (top * math.log(top)) if top > 1 else n / top
    power = {"n": 1, "n^2": 2, "n^3": 3}[label]
    return (n / top) ** power


def _fit_one(label: str, sizes: list[int], times: list[float]) -> float:
    """RMS relative residual of the best t = a + b*f with a, b >= 0."""
    top = float(max(sizes))
    fs = [_feature(label, float(n), top) for n in sizes]
    ws = [1.0 / (t * t) for t in times]  # squared relative error weights
    candidates = []
    sw = sum(ws)
    # constant only
    a0 = sum(w * t for w, t in zip(ws, times, strict=True)) / sw
    candidates.append((a0, 0.0))
    if label != "1":
        swf = sum(w * f for w, f in zip(ws, fs, strict=True))
        swff = sum(w * f * f for w, f in zip(ws, fs, strict=True))
        swt = sum(w * t for w, t in zip(ws, times, strict=True))
        swft = sum(w * f * t for w, f, t in zip(ws, fs, times, strict=True))
        det = sw * swff - swf * swf
        if det > 0:
            a = (swff * swt - swf * swft) / det
            b = (sw * swft - swf * swt) / det
            if a >= 0 and b >= 0:
                candidates.append((a, b))
        if swff > 0:  # through the origin
            candidates.append((0.0, max(0.0, swft / swff)))
    best = math.inf
    for a, b in candidates:
        err = sum(((a + b * f) - t) ** 2 / (t * t) for f, t in zip(fs, times, strict=True))
        best = min(best, math.sqrt(err / len(times)))
    return best


def loglog_slope(sizes: list[int], times: list[float]) -> float | None:
    half = max(2, len(sizes) // 2)
    xs = [math.log(n) for n in sizes[-half:]]
    ys = [math.log(t) for t in times[-half:]]
    if len(xs) < 2:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


def _noise(samples: list[list[float]]) -> float:
    """The typical relative spread of repeated samples (0 without repeats)."""
    spreads = []
    for values in samples:
        if len(values) >= 2:
            mean = sum(values) / len(values)
            var = sum((v - mean) ** 2 for v in values) / (len(values) - 1)
            if mean > 0:
                spreads.append(math.sqrt(var) / mean)
    return median(spreads) if spreads else 0.0


def _without_outlier(ns: list[int], ts: list[float]) -> Fit | None:
    """One size may be unrepresentative (an input that happens to exit early, a burst of
    load): leave each out in turn and keep the best fit if it is clean without it."""
    trials = []
    for skip in range(len(ns)):
        keep = [i for i in range(len(ns)) if i != skip]
        trial = fit([ns[i] for i in keep], [[ts[i]] for i in keep], allow_outlier=False)
        if trial.conclusive and trial.residuals[trial.label] <= NOISE_CEILING / 3:
            trials.append((trial.residuals[trial.label], skip, trial))
    if not trials:
        return None
    _, skip, trial = min(trials, key=lambda item: (item[0], item[1]))
    return Fit(
        trial.label,
        trial.near,
        trial.residuals,
        trial.slope,
        trial.sizes,
        trial.times,
        f"the size n={ns[skip]} was left out as an outlier",
    )


def _choose(residuals: dict[str, float], noise: float) -> tuple[str, str | None, str]:
    """(label, near, reason) from the residuals of a curve that some class fits: the best
    class, or the next simpler one within the noise (parsimony), or "inconclusive" when
    two classes that are not neighbours fit equally well."""
    ranked = sorted(CLASSES, key=lambda label: residuals[label])
    best, second = ranked[0], ranked[1]
    index = CLASSES.index(best)
    if index > 0:  # parsimony: the next simpler class wins if it fits within the noise
        simpler = CLASSES[index - 1]
        limit = min(NOISE_CEILING, max(residuals[best] * PARSIMONY, noise))
        if residuals[simpler] <= limit:
            return simpler, best, ""
    if residuals[second] < residuals[best] * MARGIN or residuals[second] < 0.02:
        if abs(CLASSES.index(best) - CLASSES.index(second)) == 1:
            return best, second, ""
        return "inconclusive", None, f"{best} and {second} fit equally well"
    return best, None, ""


def fit(sizes: list[int], samples: list[list[float]], *, allow_outlier: bool = True) -> Fit:
    """Classify one curve; `samples[i]` are the repeated times at `sizes[i]`."""
    points = [(n, median(s)) for n, s in zip(sizes, samples, strict=True) if s]
    points = [(n, max(t, 1e-7)) for n, t in points]
    ns = [n for n, _ in points]
    ts = [t for _, t in points]
    if len(points) < MIN_POINTS:
        return Fit("inconclusive", None, {}, None, tuple(ns), tuple(ts), "too few sizes timed")
    residuals = {label: _fit_one(label, ns, ts) for label in CLASSES}
    lowest = min(residuals.values())
    if lowest > NOISE_CEILING and len(points) > MIN_POINTS and allow_outlier:
        cleaned = _without_outlier(ns, ts)
        if cleaned is not None:
            return cleaned
    slope = loglog_slope(ns, ts)
    curve = (tuple(ns), tuple(ts))
    if lowest > NOISE_CEILING:
        reason = f"no class fits within {NOISE_CEILING:.0%} (the machine is too noisy)"
        return Fit("inconclusive", None, residuals, slope, *curve, reason)
    label, near, reason = _choose(residuals, _noise(samples))
    if label == "inconclusive":
        return Fit(label, None, residuals, slope, *curve, reason)
    return Fit(label, near, residuals, slope, *curve)


def ratio_slope(
    yours: tuple[tuple[int, ...], tuple[float, ...]],
    reference: tuple[tuple[int, ...], tuple[float, ...]],
) -> float | None:
    """The log-log slope of yours/reference over the sizes both curves reached."""
    ref = dict(zip(*reference, strict=True))
    pairs = [(n, t / ref[n]) for n, t in zip(*yours, strict=True) if n in ref and ref[n] > 0]
    if len(pairs) < 3:
        return None
    xs = [math.log(n) for n, _ in pairs]
    ys = [math.log(r) for _, r in pairs]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx


@dataclass(frozen=True)
class Comparison:
    yours: Fit
    reference: Fit
    ratio_slope: float | None
    stopped_early: bool  # yours hit the time budget at a size the reference handled
    verdict: str  # "same" | "worse" | "better" | "inconclusive"
    message: str
    notes: list[str] = field(default_factory=list)
    space: str | None = None  # the space classes, at the WebAssembly level (space_message)

    @property
    def ok(self) -> bool | None:
        """True: yours scales like the reference; False: worse; None: cannot tell."""
        if self.verdict == "inconclusive":
            return None
        return self.verdict != "worse"


def _rank(f: Fit) -> int | None:
    return CLASSES.index(f.label) if f.conclusive else None


UNKNOWN = "could not tell (too noisy or too fast to measure)"


def _growth(yours: Fit, reference: Fit) -> str:
    """'yours grows like n, the reference like n', saying plainly when a fit is unknown."""
    mine = f"yours grows like {yours.label}" if yours.conclusive else f"yours: {UNKNOWN}"
    ref = (
        f"the reference like {reference.label}"
        if reference.conclusive
        else f"the reference: {UNKNOWN}"
    )
    return f"{mine}, {ref}" if yours.conclusive and reference.conclusive else f"{mine}; {ref}"


def compare(yours: Fit, reference: Fit, *, stopped_early: bool = False) -> Comparison:
    slope = ratio_slope((yours.sizes, yours.times), (reference.sizes, reference.times))
    ry, rr = _rank(yours), _rank(reference)
    growth = _growth(yours, reference)
    gap = (ry - rr) if ry is not None and rr is not None else None
    clearly_worse = (
        gap is not None and gap >= 2 and (slope is None or slope > RATIO_SLOPE_WORSE / 2)
    )
    clearly_better = (
        gap is not None and gap <= -2 and (slope is None or slope < -RATIO_SLOPE_WORSE / 2)
    )
    if stopped_early or (slope is not None and slope >= RATIO_SLOPE_WORSE) or clearly_worse:
        verdict = "worse"
    elif (slope is not None and slope <= -RATIO_SLOPE_WORSE) or clearly_better:
        verdict = "better"
    elif gap is not None or (slope is not None and abs(slope) < RATIO_SLOPE_WORSE / 2):
        verdict = "same"  # adjacent classes with a flat ratio: within what timing can tell
    else:
        verdict = "inconclusive"
    same_label = yours.conclusive and reference.conclusive and yours.label == reference.label
    if verdict == "worse":
        message = f"{growth}: too slow for large n"
        if stopped_early:
            message += " (yours ran out of time at a size the reference handled easily)"
    elif verdict == "same":
        message = f"{growth}: " + (
            "same class" if same_label else "the same growth within measuring noise"
        )
    elif verdict == "better":
        message = f"{growth}: faster"
    elif not yours.conclusive and not reference.conclusive:
        message = f"complexity: {UNKNOWN}"
    else:
        message = f"{growth}; {UNKNOWN} how they compare"
    return Comparison(yours, reference, slope, stopped_early, verdict, message)


PAGE_BYTES = 64 << 10  # a WebAssembly page: the grain of the guest's memory size
SPACE_FLOOR = 3 * PAGE_BYTES  # less than this above the baseline is within the grain
# (class, the highest log-log slope read as it). The windows reach above each exponent: the
# interpreter's own free memory (a few MB at most) absorbs a call's first allocations, which
# makes a measured curve steeper at its start than the class it follows.
SPACE_CLASSES = (("1", 0.5), ("n", 1.7), ("n^2", 2.7), ("n^3", 3.7))


def fit_space(sizes: list[int], grown: list[int]) -> Fit:
    """The class of a space curve: the guest's peak memory above the baseline's (bytes) at
    each size, read in 64 KiB pages.

    Growth under SPACE_FLOOR at every size is O(1) (nothing measurable). Otherwise the
    log-log slope over the sizes above the floor picks the class whose window holds it
    (SPACE_CLASSES; n log n reads as n: memory cannot separate them); with fewer than two
    sizes above the floor, or a slope past every window, it is inconclusive and says why."""
    sizes_t, grown_t = tuple(sizes), tuple(float(b) for b in grown)
    if not sizes:
        return Fit("inconclusive", None, {}, None, sizes_t, grown_t, "no size was measured")
    above = [(n, b) for n, b in zip(sizes, grown, strict=True) if b >= SPACE_FLOOR]
    if not above:
        why = f"under {SPACE_FLOOR >> 10} KiB more than the baseline at every size"
        return Fit("1", None, {}, None, sizes_t, grown_t, why)
    if len(above) < 2:
        why = (
            f"it grew past {SPACE_FLOOR >> 10} KiB only at n={above[0][0]}: too little to "
            "tell a class in 64 KiB pages"
        )
        return Fit("inconclusive", None, {}, None, sizes_t, grown_t, why)
    xs = [math.log(n) for n, _ in above]
    ys = [math.log(b) for _, b in above]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
    for label, highest in SPACE_CLASSES:
        if slope < highest:
            return Fit(label, None, {}, slope, sizes_t, grown_t)
    why = f"its growth (n^{slope:.1f}) is steeper than n^3"
    return Fit("inconclusive", None, {}, slope, sizes_t, grown_t, why)


def _kib(size: float) -> str:
    return f"{size / (1 << 20):.1f} MiB" if size >= 1 << 20 else f"{size / 1024:.0f} KiB"


def space_message(yours: Fit, reference: Fit) -> str:
    """'yours grows like n, the reference like 1' (shown after "space:"), with the peaks at
    the largest size both reached, or why a class is unknown."""

    def said(fit: Fit) -> str:
        return f"like {fit.label}" if fit.conclusive else f"unknown ({fit.reason})"

    message = f"yours grows {said(yours)}, the reference {said(reference)}"
    theirs = dict(zip(reference.sizes, reference.times, strict=True))
    shared = [n for n in yours.sizes if n in theirs]
    if shared:
        n = shared[-1]
        mine = yours.times[yours.sizes.index(n)]
        message += (
            f" (peak memory above an empty function at n={n}: yours {_kib(mine)}, "
            f"the reference {_kib(theirs[n])}; read in 64 KiB pages)"
        )
    return message
