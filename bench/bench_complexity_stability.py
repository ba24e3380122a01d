"""Complexity-verdict stability at both judge levels, measured in the same run.

For each level (WebAssembly; native with bubblewrap forced by PIVOTPREP_SANDBOX, where the
complexity is counted in the WebAssembly guest as a learner gets it; and native with
PIVOTPREP_COMPLEXITY=cputime, the kernel CPU time used when the guest is not prepared):

1. References as the learner's own code: the first N problems that have a complexity check
   (default 36; `--quick` takes 6), each reference judged against itself, with 0 and then
   with 4 busy processes (CPU-bound Python loops at nice 10) running beside it. At the
   WebAssembly level a run is two fresh instruction counts (`fuel.forget()` between them)
   compared like `compare_complexity` does, and "same" also needs the two counts to be
   identical; at the native levels it is `compare_complexity` itself (counts forgotten
   first), which counts instructions in the guest or, with `cputime`, interleaves kernel
   CPU times of the learner's child, the reference's and a baseline.
2. An O(n^2) solution of first-repeated-badge against its O(n) reference, judged 10 times
   (`--quick`: 3) on the machine as it is, counting "slower" (verdict "worse").

Goals (issue 21): "same class" in every run at the WebAssembly level, 29 of 30 at the native
level; "slower" in 10 of 10. The CPU-time fallback is measured against the native goal too.
The machine is shared with other jobs: the load average is printed before each phase,
because CPU times move with it and instruction counts must not. A level that is not
available here is printed and skipped.

    python bench/bench_complexity_stability.py            # full: about half an hour
    python bench/bench_complexity_stability.py --quick    # a sample: a few minutes
    options: --problems N  --runs N  --levels wasm,bubblewrap,cputime
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from pivotprep.practice import complexity as cx
from pivotprep.practice.judge import fuel, wasm
from pivotprep.practice.judge.selftest import isolation, reset_isolation
from pivotprep.practice.problems import Problem, load_pack, load_packs
from pivotprep.practice.submit import compare_complexity, fit_timing

BUSY = 4
HOG = "import os\nos.nice(10)\nwhile True: pass"
QUADRATIC = """
def first_repeated(scans):
    for i, badge in enumerate(scans):
        if badge in scans[:i]:
            return badge
    return -1
"""
LEVELS = {
    "wasm": "WebAssembly",
    "bubblewrap": "native (bubblewrap), complexity counted in the WebAssembly guest",
    "cputime": "native (bubblewrap), complexity from kernel CPU time "
    "(PIVOTPREP_COMPLEXITY=cputime)",
}


def at_level(level: str) -> bool:
    """Force the judge to `level` (`cputime`: bubblewrap, timed by CPU); whether it works."""
    sandbox = "bubblewrap" if level == "cputime" else level
    os.environ["PIVOTPREP_SANDBOX"] = sandbox
    if level == "cputime":
        os.environ["PIVOTPREP_COMPLEXITY"] = "cputime"
    else:
        os.environ.pop("PIVOTPREP_COMPLEXITY", None)
    reset_isolation()
    return isolation().level == sandbox


def load() -> str:
    """The 1, 5 and 15 minute load averages, and the cores they are shared by."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


@contextmanager
def busy(count: int) -> Iterator[None]:
    """`count` CPU-bound processes running until the block ends."""
    hogs = [subprocess.Popen([sys.executable, "-c", HOG]) for _ in range(count)]
    try:
        yield
    finally:
        for proc in hogs:
            proc.kill()
            proc.wait()


def wasm_self(problem: Problem) -> str:
    """The reference against itself on two fresh instruction counts: "same" only when the
    verdict is and the counts are identical."""
    code = problem.reference_path.read_text(encoding="utf-8")
    fuel.forget()
    reference = fuel.fuel_code(problem, code)
    fuel.forget()
    yours = fuel.fuel_code(problem, code)
    if reference.error or yours.error or not reference.sizes:
        return "missing"
    comparison = cx.compare(fit_timing(yours), fit_timing(reference))
    if comparison.verdict == "same" and yours.samples != reference.samples:
        return "same class, counts differ"
    return comparison.verdict


def native_self(problem: Problem) -> str:
    """The reference submitted as the learner's code, through `compare_complexity`, with no
    count kept from before; a verdict other than "same" carries its message (why)."""
    fuel.forget()
    comparison = compare_complexity(problem, problem.reference_path.read_text(encoding="utf-8"))
    if comparison is None:
        return "missing"
    if comparison.verdict == "same":
        return "same"
    return f"{comparison.verdict}: {comparison.message[:300]}"


def self_round(label: str, problems: list[Problem], judge_one: Callable[[Problem], str]) -> None:
    """Judge every reference against itself once; print the count of "same" and the others."""
    verdicts: Counter[str] = Counter()
    others = []
    started = time.perf_counter()
    for problem in problems:
        said = judge_one(problem)
        verdict = said.split(":")[0]
        verdicts[verdict] += 1
        if verdict != "same":
            others.append(f"{problem.id}: {said}")
    seconds = time.perf_counter() - started
    print(
        f"  references vs themselves, {label}: {verdicts['same']}/{len(problems)} same class "
        f"{dict(verdicts)} ({seconds:.0f} s)",
        flush=True,
    )
    for other in others:
        print(f"    {other}", flush=True)


def quadratic_runs(runs: int) -> None:
    """The O(n^2) solution against first-repeated-badge's O(n) reference, `runs` times."""
    pack = load_pack("first-repeated-badge")
    verdicts: Counter[str] = Counter()
    for _ in range(runs):
        fuel.forget()
        comparison = compare_complexity(pack, QUADRATIC)
        verdicts[comparison.verdict if comparison is not None else "missing"] += 1
    print(
        f"  O(n^2) vs the O(n) reference: 'slower' in {verdicts['worse']}/{runs} runs "
        f"{dict(verdicts)}",
        flush=True,
    )


def level_figures(level: str, problems: list[Problem], runs: int) -> None:
    """Both figures at one level, or why it is skipped."""
    print(f"{LEVELS[level]} level:", flush=True)
    if level == "wasm" and wasm.prepared() is None:
        print("  skipped: the WebAssembly judge is not prepared (`pivotprep judge prepare`)")
        return
    if not at_level(level):
        print(f"  skipped: not available here ({isolation().reason})")
        return
    judge_one = wasm_self if level == "wasm" else native_self
    print(f"  quiet: {load()}", flush=True)
    self_round("0 busy", problems, judge_one)
    with busy(BUSY):
        print(f"  {BUSY} busy (nice 10): {load()}", flush=True)
        self_round(f"{BUSY} busy", problems, judge_one)
    print(f"  quiet again: {load()}", flush=True)
    quadratic_runs(runs)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="6 problems, 3 O(n^2) runs")
    parser.add_argument("--problems", type=int, default=None)
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--levels", default="wasm,bubblewrap,cputime")
    args = parser.parse_args(argv)
    count = args.problems or (6 if args.quick else 36)
    runs = args.runs or (3 if args.quick else 10)
    problems = [p for p in load_packs().values() if p.meta.complexity_check][:count]
    print(f"{len(problems)} references with a complexity check; {load()}", flush=True)
    started = time.perf_counter()
    for level in args.levels.split(","):
        level_figures(level, problems, runs)
    print(f"done in {time.perf_counter() - started:.0f} s; {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
