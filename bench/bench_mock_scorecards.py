"""The mock scorecard against scores given by hand, beside two baselines, and its speed.

24 round transcripts (coding, SQL, design, behavioral) written for pivotprep and scored by
hand against the rubric before the scorecard code ran on them (bench/data/mock/). Figures:
mean absolute error per 4-point scale (goal <= 0.5) and how often advance yes/no agrees.
Baselines, measured in the same run: a constant guess (the hand scores' median on every
scale, the majority advance answer) and an outcome-only guess (technical from pass/fail or
the answer's score, 3 on the other scales, advance when technical is 3 or more).

    python bench/bench_mock_scorecards.py
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

SCALES = ("technical", "problem_solving", "communication")
DATA = Path(__file__).resolve().parent / "data" / "mock" / "transcripts.yaml"

Guess = Callable[[dict[str, Any]], dict[str, Any]]


def scorer(sample: dict[str, Any]) -> dict[str, Any]:
    from pivotprep.mock.scorecard import score_round

    card = score_round(sample["kind"], sample["events"], sample["minutes"])
    return {**{s.scale: s.value for s in card.scores}, "advance": card.advance}


def constant(samples: list[dict[str, Any]]) -> Guess:
    medians = {s: round(statistics.median(x["human"][s] for x in samples)) for s in SCALES}
    yes = sum(1 for x in samples if x["human"]["advance"]) * 2 >= len(samples)
    return lambda _sample: {**medians, "advance": yes}


def outcome_only(sample: dict[str, Any]) -> dict[str, Any]:
    events = sample["events"]
    runs = [e for e in events if e["kind"] == "run"]
    answers = [e for e in events if e["kind"] == "answer"]
    if runs:
        technical = 4 if any(r["passed"] for r in runs) else 1
    elif answers:
        value = answers[-1].get("coverage", answers[-1].get("score", 0))
        technical = 3 if value >= 50 else 2
    else:
        technical = 1
    return {
        "technical": technical,
        "problem_solving": 3,
        "communication": 3,
        "advance": technical >= 3,
    }


def report(name: str, samples: list[dict[str, Any]], guess: Guess) -> None:
    errors = {s: [] for s in SCALES}  # type: dict[str, list[int]]
    agree = 0
    for sample in samples:
        found = guess(sample)
        for scale in SCALES:
            errors[scale].append(abs(found[scale] - sample["human"][scale]))
        agree += found["advance"] == sample["human"]["advance"]
    maes = "  ".join(f"{statistics.mean(errors[s]):5.2f}" for s in SCALES)
    print(f"{name:28} {maes}   {agree:2d}/{len(samples)} ({agree / len(samples):4.0%})")


def main() -> None:
    samples = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    kinds = sorted({s["kind"] for s in samples})
    print(f"transcripts: {len(samples)} ({', '.join(kinds)}); MAE per scale, advance agreement")
    print(f"{'':28} {'tech':>5}  {'PS':>5}  {'comm':>5}   advance")
    report("scorecard (evidence rules)", samples, scorer)
    report("baseline: constant", samples, constant(samples))
    report("baseline: outcome only", samples, outcome_only)
    for kind in kinds:
        report(f"  scorecard, {kind} only", [s for s in samples if s["kind"] == kind], scorer)
    started = time.perf_counter()
    repeats = 200
    for _ in range(repeats):
        for sample in samples:
            scorer(sample)
    per = (time.perf_counter() - started) / (repeats * len(samples)) * 1e6
    print(f"\nspeed: {per:.0f} µs per scorecard")
    print(
        "The transcripts and hand scores were written by the project that wrote the rules, "
        "so these figures are an upper bound for rounds scored by other people."
    )


if __name__ == "__main__":
    main()
