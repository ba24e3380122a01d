"""Complexity classification on functions written outside pivotprep, vs `big-o`, same run.

The set (bench/complexity_outside_data.py; the files, verbatim, under bench/data/complexity/
with their sources and licence) is 35 functions of a public algorithms collection, each
with the class its code runs in. Each is measured as a problem's code is at the WebAssembly
level: its instructions per call (wasmtime's fuel) on the set's generate(n) at the sizes a
pack of that class gets, fitted by pivotprep's classifier (submit.estimate). The baseline,
the `big-o` package, times the same function in-process on the same generator over the
sizes pivotprep reached, choosing among the same classes. Accuracy is exact and within one
class (n vs n log n), per class and overall.

The set is for evaluation only: nothing in the classifier is tuned on it. Needs the
WebAssembly judge prepared (`pivotprep judge prepare`; PIVOTPREP_WASM_CACHE may point at a
prepared cache); PIVOTPREP_SANDBOX defaults to wasm here. Exits 0.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("PIVOTPREP_SANDBOX", "wasm")

from bench_practice_complexity import big_o_class, score  # noqa: E402
from complexity_outside_data import CLASSES, FUNCTIONS, Function, load_generate  # noqa: E402

from pivotprep.practice.judge import harness  # noqa: E402
from pivotprep.practice.judge.runner import isolation  # noqa: E402
from pivotprep.practice.judge.timing import sizes_for  # noqa: E402
from pivotprep.practice.problems import Complexity, Meta, Problem  # noqa: E402
from pivotprep.practice.submit import estimate  # noqa: E402


def as_problem(function: Function, root: Path) -> Problem:
    """A problem-shaped view of one outside function (its code as the reference, our
    generator as generate.py), so the judge measures it exactly as it measures a pack."""
    folder = root / f"outside-{function.id}"
    folder.mkdir()
    (folder / "reference.py").write_text(function.code(), encoding="utf-8")
    (folder / "generate.py").write_text(function.generator(), encoding="utf-8")
    meta = Meta(
        format=1,
        id=f"outside-{function.id}",
        title=f"outside function {function.id}",
        kind="function",
        entry=function.entry,
        pattern="math",
        difficulty="easy",
        complexity=Complexity(time=function.expected, space="1"),  # type: ignore[arg-type]
        complexity_n=list(function.sizes) or None,
        estimated_minutes=1,
        hints=["outside set"],
    )
    return Problem(meta=meta, folder=folder, cases=(), statement_md="")


def big_o_estimate(function: Function, sizes: list[int]) -> str:
    """big-o's class for the function, timed in this process on the same generator."""
    namespace = harness.load_module(function.code())
    config = {"entry": function.entry, "kind": "function", "arguments": {}, "returns": None}
    return big_o_class(namespace, config, load_generate(function), sizes)


def ours(problem: Problem) -> tuple[str, list[int]]:
    """pivotprep's class from fuel counts, and the sizes it reached."""
    code = problem.reference_path.read_text(encoding="utf-8")
    timing, fit = estimate(problem, code)
    label = fit.label if fit is not None else f"error ({timing.error})"
    reached = (fit.sizes if fit is not None and fit.sizes else timing.sizes) or sizes_for(problem)
    return label, list(reached)


def report(rows: list[tuple[str, str, str]]) -> None:
    """Exact and within-one-class accuracy for both, per class and overall."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for expected, mine, theirs in rows:
        for key in (expected, "all"):
            t = tally[key]
            e, n = score(mine, expected)
            e2, n2 = score(theirs, expected)
            t[0] += 1
            t[1] += e
            t[2] += n
            t[3] += e2
            t[4] += n2
    print(f"\n{'class':<8} {'count':>5}  {'pivotprep exact':>15} {'within 1':>9}  ", end="")
    print(f"{'big-o exact':>11} {'within 1':>9}")
    for key in [*[c for c in CLASSES if c in tally], "all"]:
        total, e, n, e2, n2 = tally[key]
        print(f"{key:<8} {total:>5}  {e:>9}/{total:<5} {n:>4}/{total:<4}  ", end="")
        print(f"{e2:>5}/{total:<5} {n2:>4}/{total:<4}")


def main() -> int:
    level = isolation()
    if level.level != "wasm":
        print(f"the WebAssembly level is not available ({level.reason}); nothing measured")
        return 0
    rows: list[tuple[str, str, str]] = []
    ours_time = theirs_time = 0.0
    print(f"{'function':<34} {'known':<8} {'pivotprep':<13} {'big-o':<8}")
    with tempfile.TemporaryDirectory(prefix="pivotprep-outside-") as tmp:
        for function in FUNCTIONS:
            problem = as_problem(function, Path(tmp))
            started = time.perf_counter()
            label, reached = ours(problem)
            ours_time += time.perf_counter() - started
            started = time.perf_counter()
            try:
                theirs = big_o_estimate(function, reached)
            except Exception as exc:  # noqa: BLE001 - a baseline failure is a miss, not a crash
                theirs = f"failed ({type(exc).__name__})"
            theirs_time += time.perf_counter() - started
            rows.append((function.expected, label, theirs))
            print(f"{function.id:<34} {function.expected:<8} {label:<13} {theirs:<8}", flush=True)
    report(rows)
    total = len(rows)
    ours_exact = sum(score(m, e)[0] for e, m, _ in rows)
    theirs_exact = sum(score(t, e)[0] for e, _, t in rows)
    print(f"\n{total} outside functions; pivotprep {ours_time / total:.2f} s per estimate (fuel),")
    print(f"big-o {theirs_time / total:.2f} s per estimate (in-process timing)")
    ratio = (ours_exact / theirs_exact) if theirs_exact else float("inf")
    print(f"exact accuracy ratio pivotprep / big-o: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
