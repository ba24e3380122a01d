"""Complexity at the WebAssembly level: instructions executed (wasmtime's fuel), not time.

Fuel is counted by the host for the whole guest run; the guest never sees a count, so it
cannot forge one, and the count does not move with the machine's load (the same code on the
same input executes the same instructions). Per size n, each run in a fresh guest
(wasm_guest.py's `fuel` mode):

- yours: generate(n), load your module, call your function once;
- its load-only twin: the same request, stopped by the host as the guest says it is about to
  call (the `call` frame): everything before the call, at this n, in this state;
- the baseline and its load-only twin: the same with an empty function in place of yours
  (no learner code at all);
- once, with no n: your module loaded alone and the empty one loaded alone, each followed by
  a full garbage collection (a sized run's ballast starts with one), and each run a second
  time stopped before the collection (the load alone).

Two readings of your call's fuel at n follow:

- at the same size and state: (yours - its twin) - (baseline - its twin). Exact: whatever the
  interpreter does before the call (a full collection over a large table your module built
  at import, say, ~160 M instructions) is in both runs and cancels;
- without n: (yours - baseline) - (your load - empty load), with or without the collection.
  Blind to what the input changes in the state your module left: off by up to a few million
  instructions either way once the import built something (hundreds of millions at n=800
  for a 1000 x 1000 table), by tens of thousands when it built next to nothing.

The first alone could be made smaller than the work done: module code that finds the input
at import (through the frames) and does the work there has it in the twin too. The second
cannot: its subtracted runs are free of learner code or run it without n. So the count is
the first plus what the second exceeds it by beyond SLACK (the state's effect on honest
code stays under it): work moved to the import is counted, less at most SLACK per size,
which makes a curve steeper, never flatter. A module whose objects cost a collection under
TWINS_FROM more than the empty module's gets a twin at the first size only: its count is the
reading without n and without the collection, as before twins existed (off by less than
that). Code can tell the runs without n from sized ones (no input reaches them) and burn
instructions there alone, to raise what is subtracted; so what they subtract is capped by
your load at the first size, read from its twin, plus SLACK (`_capped`). Baselines and
their twins are kept per process and on disk (they hold no learner code), so a submission
costs one run per size plus two, two per size when its module holds that much.

The counts go to complexity.py as seconds-equivalents (fuel / FUEL_PER_SECOND, about the
guest's speed on a 2020s core), so the fit and the chart read them as they read CPU time.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Generator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from pivotprep.practice.judge import fuel_store
from pivotprep.practice.judge.runner import base_config
from pivotprep.practice.judge.sandbox import Limits
from pivotprep.practice.judge.timing import Timing, sizes_for
from pivotprep.practice.judge.wasm import run_wasm
from pivotprep.practice.judge.wasm_pool import pool_size
from pivotprep.practice.problems import Problem

FUEL_PER_SECOND = 3e9  # instructions per second of the guest, for the seconds-equivalent
CONSTANT_FUEL = 100_000  # below this per call at every size (~30 µs), the function is O(1)
TWINS_FROM = 1_000_000  # a full collection over your module's objects costing this more
# than over the empty module's: the state is large enough to measure at each size (twins)
SLACK = 3_000_000  # how far the reading without n may exceed the exact one unexplained
STUB = "def _pivotprep_empty(*args, **kwargs):\n    return None\n"
LIMITS = Limits(case_seconds=20.0, startup_seconds=30.0, memory_mb=512)

_T = TypeVar("_T")
PAGE = 64 << 10  # a WebAssembly page: the grain of the guest's memory size
CALIBRATION = 64 << 20  # a ballast larger than any free space left after start-up
SPACE_ENOUGH = 4 << 20  # below this at every size, space is measured at larger n too
SPACE_DOUBLINGS = 2  # how many more doublings of n space then gets


@dataclass(frozen=True)
class Baseline:
    """The empty function's run at one n: fuel, peak memory, the ballast used (bytes of
    small objects, bytes of blocks), and its load-only twin's fuel (None: with no n)."""

    fuel: int
    memory: int
    ballast: tuple[int, int]
    load: int | None = None


_baselines: dict[tuple[str, int | None, int], Baseline | None] = {}


@dataclass
class FuelTiming(Timing):
    """A fuel measurement, with what the code returned at each size (None: too large to
    send back), so the caller can check that the measured runs did the work, and the
    guest's peak memory above the baseline's at each size (bytes; None where unread)."""

    values: dict[int, Any] = field(default_factory=dict)
    memory: dict[int, int] = field(default_factory=dict)  # n -> bytes above the baseline


_measured: dict[tuple[str, str, tuple[int, ...], int, float], Timing] = {}
MEASURED_KEPT = 64  # the oldest counts are forgotten first
_lock = threading.Lock()


def _run(
    problem: Problem,
    code: str,
    n: int | None,
    seed: int,
    fuel: int,
    *,
    trusted: bool = False,
    ballast: tuple[int, int] = (0, 0),
    load_only: bool = False,
) -> tuple[Any, int | None, int | None]:
    """One fuel run: (the guest's `fuel` frame or a `stopped` one, fuel used or None if
    stopped, the guest's peak memory in bytes or None). A `trusted` run (the reference, a
    baseline: no learner code) is kept on disk (fuel_store.py) and read back next time."""
    key = fuel_store.run_key(code, n, seed, fuel, ballast) + (":load" if load_only else "")
    key = key if trusted else ""
    if trusted and (kept := fuel_store.recall(problem, key)) is not None:
        return kept[0], kept[1], kept[2]
    config = base_config(problem, code)
    config.update(mode="fuel", generate=problem.generate_path.read_text(encoding="utf-8"))
    config.update(n=n, seed=seed, ballast=list(ballast))
    outcome, used = run_wasm(
        config, LIMITS, fuel=fuel, frames_expected=1, stop_after=1 if load_only else 0
    )
    wanted = ("call" if load_only else "fuel", "load_error")
    frames = [f for f in outcome.frames if f.get("t") in wanted]
    frame = frames[0] if frames else None
    if frame is None and outcome.killed:
        frame = {"t": "stopped", "why": outcome.killed}
    elif frame is None:
        frame = {"t": "stopped", "why": (outcome.stderr or outcome.tampered or "ended")[-200:]}
    if trusted and frame.get("t") != "stopped":  # a stop may be the machine's, not the code's
        fuel_store.keep(problem, key, [frame, used, outcome.memory])
    return frame, used, outcome.memory


def _stub(problem: Problem) -> str:
    """An empty module with the entry the problem calls (a class for design problems)."""
    entry = problem.meta.entry
    if problem.meta.kind == "design":
        return f"class {entry}:\n    def __init__(self, *a, **k):\n        pass\n" + (
            "    def __getattr__(self, name):\n        return lambda *a, **k: None\n"
        )
    return STUB.replace("_pivotprep_empty", entry)


def _empty_run(
    problem: Problem, n: int | None, seed: int, ballast: tuple[int, int]
) -> tuple[int, int] | None:
    """(fuel, peak memory) of the empty function at n with `ballast` (None: no count)."""
    frame, used, memory = _run(
        problem, _stub(problem), n, seed, 10**13, trusted=True, ballast=ballast
    )
    ok = used is not None and memory is not None and frame.get("t") == "fuel" and frame.get("ok")
    return (used, memory) if ok and used is not None and memory is not None else None


def _twin(
    problem: Problem,
    code: str,
    n: int | None,
    seed: int,
    fuel: int,
    trusted: bool,
    ballast: tuple[int, int],
) -> int | None:
    """The fuel of `code`'s run at n up to its `call` frame (None: it never got there)."""
    frame, used, _ = _run(
        problem, code, n, seed, fuel, trusted=trusted, ballast=ballast, load_only=True
    )
    return used if frame.get("t") == "call" else None


def _free_space(problem: Problem, n: int, seed: int, base: int) -> tuple[int, int] | None:
    """How much a ballast of small objects, then of blocks, takes before the memory grows
    (a page less of each, so the memory reads the call's first allocations)."""
    small = _empty_run(problem, n, seed, (CALIBRATION, 0))
    if small is None:
        return None
    fill_small = max(CALIBRATION - (small[1] - base) - PAGE, 0)
    blocks = _empty_run(problem, n, seed, (fill_small, CALIBRATION))
    if blocks is None:
        return None
    return fill_small, max(CALIBRATION - (blocks[1] - base) - PAGE, 0)


def _baseline(problem: Problem, n: int | None, seed: int) -> Baseline | None:
    """The empty function at n: its fuel, its peak memory, and the ballast every run at this
    n gets (None: the input could not be made).

    The ballast is the allocators' free space at the call, measured by runs with a ballast
    far larger (CALIBRATION): the memory grows by what did not fit, so the free space is
    CALIBRATION minus that growth (exact to a 64 KiB page). Filled, it makes what the call
    allocates grow the memory the host reads; without it the first megabytes a call
    allocates would fit in what the interpreter had already freed. What it cannot fill
    (free slots of other object sizes, chunks under a block) is the measure's grain."""
    key = (problem.id, n, seed)
    with _lock:
        if key in _baselines:
            return _baselines[key]
    value = None
    plain = _empty_run(problem, n, seed, (0, 0))
    if plain is not None and n is not None:
        free = _free_space(problem, n, seed, plain[1])
        filled = _empty_run(problem, n, seed, free) if free is not None else None
        stub = _stub(problem)
        twin = _twin(problem, stub, n, seed, 10**13, True, free) if free is not None else None
        if free is not None and filled is not None and twin is not None:
            value = Baseline(filled[0], filled[1], free, twin)
    elif plain is not None:
        twin = _twin(problem, _stub(problem), None, seed, 10**13, True, (0, 0))
        value = Baseline(plain[0], plain[1], (0, 0), twin) if twin is not None else None
    with _lock:
        _baselines[key] = value
    return value


def _why(frame: dict[str, Any] | None, n: int | None) -> str:
    """Why a fuel run gave no count, in the learner's words."""
    at = f" at n={n}" if n is not None else ""
    if frame is None:
        return f"the measuring run ended early{at}"
    if frame.get("t") == "stopped":
        why = frame.get("why")
        if why == "output":
            return f"your code hit the output cap{at}"
        if why == "timeout":
            return f"your code ran out of time{at}"
        return f"the measuring run stopped{at} ({why})"
    error = frame.get("error") or {}
    kind = error.get("type") or "an error"
    if kind == "RecursionError":
        return f"your code hit Python's recursion limit{at}"
    if kind == "MemoryError":
        return f"your code ran out of memory{at}"
    return f"your code raised {kind}{at}"


def fuel_code(
    problem: Problem,
    code: str,
    *,
    sizes: list[int] | None = None,
    call_budget: float = 1.0,
    seed: int = 7,
) -> Timing:
    """Measure `code`'s instructions per call on generate(n) for each size (see the module
    docstring). A call costing more than `call_budget` seconds-equivalent stops the growth
    of n (`stopped_early`), as a slow call does at the native level."""
    sizes = sizes or sizes_for(problem)
    key = (problem.id, hashlib.sha256(code.encode()).hexdigest(), tuple(sizes), seed, call_budget)
    with _lock:
        if key in _measured:  # the count is deterministic: the same code costs the same
            return _measured[key]
    timing = _measure(problem, code, sizes, call_budget, seed)
    with _lock:
        _measured[key] = timing
        while len(_measured) > MEASURED_KEPT:  # a resident process lives for hours
            del _measured[next(iter(_measured))]
    return timing


def _in_parallel(calls: Sequence[Callable[[], _T]]) -> Generator[_T]:
    """The calls' results in order, run up to the worker pool's size at a time; stopping the
    iteration cancels the calls not yet started (the pool's runs are independent guests)."""
    if len(calls) <= 1 or pool_size() == 1:
        yield from (call() for call in calls)
        return
    executor = ThreadPoolExecutor(max_workers=pool_size(), thread_name_prefix="fuel")
    try:
        futures = [executor.submit(call) for call in calls]
        for future in futures:
            yield future.result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


_Sized = tuple[int, Baseline | None, tuple[Any, int | None, int | None] | None, int | None]


def _at_sizes(
    problem: Problem,
    code: str,
    sizes: list[int],
    seed: int,
    extra: int,
    trusted: bool,
    twins: bool | frozenset[int] = True,
) -> Generator[_Sized]:
    """(n, the baseline, your run, its load-only twin's fuel) per size, in order, run in
    parallel on the worker pool; your runs get `extra` instructions beyond the baseline's.
    Without `twins` the last is None; `twins` may also name the sizes that get one.
    Closing it early cancels the runs of the sizes not yet reached."""
    wanted = frozenset(sizes) if twins is True else frozenset(twins or ())
    bases = list(_in_parallel([partial(_baseline, problem, n, seed) for n in sizes]))
    calls: list[Callable[[], Any]] = []
    for n, base in zip(sizes, bases, strict=True):
        if base is None:
            continue
        fuel, ballast = base.fuel + extra, base.ballast
        calls.append(partial(_run, problem, code, n, seed, fuel, trusted=trusted, ballast=ballast))
        if n in wanted:
            calls.append(partial(_twin, problem, code, n, seed, fuel, trusted, ballast))
    runs = _in_parallel(calls)
    try:
        for n, base in zip(sizes, bases, strict=True):
            if base is None:
                yield n, None, None, None
                continue
            run = next(runs)
            yield n, base, run, next(runs) if n in wanted else None
    finally:
        runs.close()


def _measure(
    problem: Problem, code: str, sizes: list[int], call_budget: float, seed: int
) -> Timing:
    trusted = code == problem.reference_path.read_text(encoding="utf-8")
    runs = [partial(_run, problem, code, None, seed, 10**13, trusted=trusted)]
    runs.append(partial(_run, problem, code, None, seed, 10**13, trusted=trusted, load_only=True))
    (frame, load, _), (_, load_alone, _) = _in_parallel(runs)
    empty = _baseline(problem, None, seed)
    if load is None or load_alone is None or empty is None or empty.load is None:
        return Timing([], [], False, _why(frame, None))
    offsets = (load_alone - empty.load, load - empty.fuel)  # without, with the collection
    budget = int(call_budget * FUEL_PER_SECOND)
    timing = FuelTiming([], [], False, None)
    twins = offsets[1] - offsets[0] >= TWINS_FROM
    extra = max(offsets[1], 0) + budget
    sized = frozenset(sizes) if twins else frozenset(sizes[:1])  # the first size's, always
    for n, base, run, twin in _at_sizes(problem, code, sizes, seed, extra, trusted, sized):
        if twin is not None and base is not None and base.load is not None and n == sizes[0]:
            offsets = _capped(offsets, twin - base.load)
        if base is None or run is None:
            timing.error = f"the problem's input could not be made at n={n}"
            break
        frame, used, memory = run
        if frame and frame.get("t") == "stopped" and frame.get("why") == "timeout":
            timing.stopped_early = True  # over budget: n stops growing
            break
        if used is None or not frame or frame.get("t") != "fuel" or not frame.get("ok"):
            timing.error = _why(frame, n)
            break
        timing.sizes.append(n)
        timing.values[n] = frame.get("value")
        twin = twin if twins else None
        timing.samples.append([_call_fuel(used, twin, base, offsets) / FUEL_PER_SECOND])
        if memory is not None:
            timing.memory[n] = max(memory - base.memory, 0)
    if _space_needs_more(timing, budget):
        _more_space(problem, code, timing, seed, extra, trusted)
    return timing


def _capped(offsets: tuple[int, int], sized_load: int) -> tuple[int, int]:
    """The readings without n, each at most your load at the first size plus SLACK.

    The runs without n are the only ones your code can tell apart from a sized run (no input
    reaches them), so code that burns instructions there alone would raise what is
    subtracted at every size and read as O(1). Your load at the first size comes from a
    twin, a run your code cannot tell apart from the sized one: burning there burns in the
    sized run too. So the subtracted load is at most that one (plus SLACK, the state's
    honest effect), and work moved to the import still counts, less its cost at the first
    size: the curve keeps its growth."""
    ceiling = sized_load + SLACK
    return min(offsets[0], ceiling), min(offsets[1], ceiling)


def _call_fuel(used: int, twin: int | None, base: Baseline, offsets: tuple[int, int]) -> int:
    """Your call's fuel at one n (see the module docstring), at least 1: without a twin, the
    reading without n (your load alone subtracted); with one, the reading at the same size
    and state, plus what the reading without n (your load and a collection subtracted)
    exceeds it by beyond SLACK."""
    if twin is None or base.load is None:
        return max(used - base.fuel - offsets[0], 1)
    exact = used - twin - (base.fuel - base.load)
    blind = used - base.fuel - offsets[1]
    return max(exact + max(blind - exact - SLACK, 0), 1)


def _space_needs_more(timing: FuelTiming, budget: int) -> bool:
    """True when the sizes measured grew the memory too little to read a class, and calls
    are cheap enough that SPACE_DOUBLINGS more doublings of n stay well within budget."""
    if timing.error or timing.stopped_early or len(timing.sizes) < 2:
        return False
    grown = [timing.memory.get(n, 0) for n in timing.sizes]
    last = timing.samples[-1][0] * FUEL_PER_SECOND
    return max(grown) < SPACE_ENOUGH and last * 8**SPACE_DOUBLINGS < budget


def _more_space(
    problem: Problem, code: str, timing: FuelTiming, seed: int, extra: int, trusted: bool
) -> None:
    """Space-only points at larger n (the time curve keeps the sizes it had)."""
    top = timing.sizes[-1]
    sizes = [top * 2**k for k in range(1, SPACE_DOUBLINGS + 1)]
    for n, base, run, _ in _at_sizes(problem, code, sizes, seed, extra, trusted, twins=False):
        if base is None or run is None or run[2] is None or run[0].get("t") != "fuel":
            break
        if not run[0].get("ok"):
            break
        timing.memory[n] = max(run[2] - base.memory, 0)


def forget() -> None:
    """Forget every count kept, in this process and on disk, so the next measurement really
    runs (tests, benches)."""
    with _lock:
        _measured.clear()
        _baselines.clear()
    fuel_store.forget()


def differs(problem: Problem, yours: Timing, reference: Timing) -> int | None:
    """The first size at which your answer differs from the reference's on the measuring
    input (None: they agree wherever both were sent back). A solution that skips the work
    when it is measured is caught here. Packs with a checker of their own are not checked
    (several answers may be right)."""
    if not isinstance(yours, FuelTiming) or not isinstance(reference, FuelTiming):
        return None
    if (problem.folder / "checker.py").exists():
        return None
    from pivotprep.practice.judge.compare import matches

    meta = problem.meta
    for n, mine in yours.values.items():
        theirs = reference.values.get(n)
        if mine is None or theirs is None:
            continue
        if not matches(
            theirs, mine, tolerance=meta.float_tolerance, order_insensitive=meta.order_insensitive
        ):
            return n
    return None


def constant(timing: Timing) -> bool:
    """True when every call cost next to nothing (a sub-microsecond function): its curve is
    noise around zero, and the class is O(1)."""
    limit = CONSTANT_FUEL / FUEL_PER_SECOND
    return bool(timing.samples) and all(s[0] <= limit for s in timing.samples)


__all__ = ["FUEL_PER_SECOND", "FuelTiming", "constant", "differs", "forget", "fuel_code"]
