"""Drift lab grading time: seven seeded scenarios x six features, with the statistics a
learner picks (PSI, KS, chi-square, Wasserstein) and the plan checklist.

Prints the cold time (data generated from the seed, then graded) and the warm time (data
cached in the process, as on a second submission), beside a baseline measured in the same
run: generating the seeded data alone. Also prints the detection precision and recall of
two fixed strategies, so a change to the scenarios shows up here.

    python bench/bench_design_lab.py
"""

from __future__ import annotations

import statistics
import sys
import time

PLAN = (
    "Data-quality checks run first: null rates, ranges and schema, before any drift check. "
    "Then PSI per feature against the same weeks last year, alert above 0.2. Labels arrive "
    "after 45 days, so we watch the score distribution and disputes as proxies, and measure "
    "precision once labels arrive. We retrain when precision drops, compare the candidate with "
    "production on a holdout, and roll back to the previous registered version if needed."
)


def _choices(statistic: str, threshold: float) -> dict[str, tuple[str, float]]:
    from pivotprep.design.service import lab_config

    out = {}
    for feature in lab_config().features:
        stat = statistic if feature.kind == "numeric" or statistic in ("psi", "chi2") else "psi"
        value = threshold if stat == statistic else 0.2
        out[feature.name] = (stat, value)
    return out


def main(runs: int = 5) -> int:
    from pivotprep.design.drift import scenarios
    from pivotprep.design.service import evaluate, lab_config

    config = lab_config()
    started = time.perf_counter()
    for index, scenario in enumerate(config.scenarios):
        scenarios.make_window(
            config.seed * 100 + index, scenarios.Params.of(scenario.windows.get("current"))
        )
    generate_only = time.perf_counter() - started
    started = time.perf_counter()
    result = evaluate("training", _choices("ks", 0.1), PLAN)
    cold = time.perf_counter() - started
    warm = []
    for _ in range(runs):
        started = time.perf_counter()
        evaluate("last_year", _choices("psi", 0.1), PLAN)
        warm.append(time.perf_counter() - started)
    cells = len(result.cells)
    print(
        f"scenarios: {len(config.scenarios)}, features: {len(config.features)}, "
        f"cells graded: {cells}"
    )
    print(f"grading, cold (data generated from the seed): {cold * 1000:.0f} ms")
    print(f"grading, warm (median of {runs}): {statistics.median(warm) * 1000:.0f} ms")
    print(f"baseline: generating one window per scenario alone: {generate_only * 1000:.0f} ms")
    for reference, statistic, threshold in (
        ("training", "ks", 0.1),
        ("last_year", "psi", 0.1),
        ("training", "chi2", 0.05),
    ):
        graded = evaluate(reference, _choices(statistic, threshold), PLAN)
        p = "n/a" if graded.precision is None else f"{graded.precision:.2f}"
        r = "n/a" if graded.recall is None else f"{graded.recall:.2f}"
        print(
            f"strategy {statistic} at {threshold} against {reference}: precision {p}, "
            f"recall {r}, plan checklist {graded.checklist_covered}/{len(graded.checklist)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
