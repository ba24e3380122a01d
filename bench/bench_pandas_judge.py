"""The pandas round: judge latency for a 10-case problem, and the speed drills' margins.

What the learner waits for on a Run: the sandboxed child starts (pandas is imported there,
read-only), the ten cases run on DataFrames decoded inside the sandbox, the results come
back as tagged JSON and are compared under the problem's rules. Baselines in the same run:
(a) the same ten cases called in this process with pandas already imported (no sandbox,
no start-up: the floor), (b) a 10-case standard-library problem through the same judge
(what the pandas import adds). Then each speed drill: the reference and the slow starting
file timed by the drill check, with the ratio against the goal. Prints figures; exits 0.
"""

from __future__ import annotations

import statistics
import time

from pivotprep.practice.judge import judge
from pivotprep.practice.judge.selftest import isolation
from pivotprep.practice.problems import load_pack, pack_folders
from pivotprep.practice.speed import check_speed

RUNS = 15
PROBLEM = "pd-large-paid-orders"
STDLIB = "first-repeated-badge"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def judged_ms(problem_id: str, code: str) -> list[float]:
    problem = load_pack(problem_id)
    judge(problem, code)  # the first run starts the warm spare child
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = judge(problem, code)
        times.append((time.perf_counter() - started) * 1000)
        assert result.passed, result
    return times


def in_process_ms() -> list[float]:
    import pandas as pd

    problem = load_pack(PROBLEM)
    namespace: dict[str, object] = {}
    exec(problem.reference_path.read_text(encoding="utf-8"), namespace)
    entry = namespace[problem.meta.entry]
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for case in problem.cases:
            body = case.input["orders"]["__frame__"]
            frame = pd.DataFrame(body["rows"], columns=body["columns"])
            frame["placed"] = frame["placed"].astype("datetime64[ns]")
            entry(frame, case.input["threshold"])  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return times


def latency() -> None:
    pandas_code = load_pack(PROBLEM).reference_path.read_text(encoding="utf-8")
    stdlib_code = load_pack(STDLIB).reference_path.read_text(encoding="utf-8")
    cases = len(load_pack(PROBLEM).cases)
    rows = [
        (f"{PROBLEM} ({cases} cases), judged", judged_ms(PROBLEM, pandas_code)),
        (f"{STDLIB} (standard library), judged", judged_ms(STDLIB, stdlib_code)),
        (f"{PROBLEM}, in-process (no sandbox)", in_process_ms()),
    ]
    print(f"isolation: {isolation().level}; {RUNS} runs each (warm spare child)")
    for label, times in rows:
        print(f"  {label:<52} p50 {pct(times, 0.5):7.1f} ms   p95 {pct(times, 0.95):7.1f} ms")
    floor = statistics.median(rows[2][1])
    cost = pct(rows[0][1], 0.5) - floor
    print(f"  sandbox and transport cost over the in-process floor: {cost:.0f} ms")


def drills() -> None:
    print("speed drills (yours, slow, yours; median CPU time per call):")
    for folder in pack_folders():
        problem = load_pack(folder.name)
        if problem.meta.drill is None:
            continue
        started = time.perf_counter()
        fast = check_speed(problem, problem.reference_path.read_text(encoding="utf-8"))
        took = time.perf_counter() - started
        assert fast is not None
        print(
            f"  {problem.id:<28} reference {fast.ratio or 0:6.1f}x faster than slow.py "
            f"(goal {fast.factor:g}x; check took {took:.1f} s)"
        )


def main() -> int:
    latency()
    drills()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
