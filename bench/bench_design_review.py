"""The design reviewer on labelled answers, next to a keyword-only baseline, and its speed.

Accuracy: 24 answers written for pivotprep (8 prompts x strong, weak, off-topic), each
labelled per rubric item (covered, partly, missing). The reviewer's knobs are tuned on the
tuning half only (4 prompts); the held-out half (4 other prompts) is reported with those
knobs, beside the keyword baseline (an item is covered when a generic word of its kind,
such as "API", "cache" or "monitor", appears anywhere). Precision and recall are given for
the classes "covered" and "missing".

Speed: the review of a 1,500-word answer (median of repeated runs; goal under 300 ms),
beside the keyword baseline's time on the same answer.

    python bench/bench_design_review.py
"""

from __future__ import annotations

import statistics
import sys
import time


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def _row(name: str, scores) -> str:  # type: ignore[no-untyped-def]
    c, m = scores.covered, scores.missing
    return (
        f"{name:34} {_fmt(c.precision)} {_fmt(c.recall)}   {_fmt(m.precision)} "
        f"{_fmt(m.recall)}   {scores.agreement:5.2f}  {scores.items:4d}"
    )


def accuracy() -> None:
    from pivotprep.design.evaluation import baseline, evaluate, reviewer, split, tune
    from pivotprep.design.review.rubric import ReviewSettings

    tuning, heldout = split("tuning"), split("heldout")
    print(
        f"labelled answers: {len(tuning) + len(heldout)} ({len(tuning)} tuning, "
        f"{len(heldout)} held-out), {sum(len(s.items) for s in tuning + heldout)} rubric items"
    )
    started = time.perf_counter()
    tuned, _ = tune(tuning)
    print(f"tuned on the tuning half in {time.perf_counter() - started:.1f} s: {tuned}")
    if tuned != ReviewSettings():
        print("note: the shipped defaults differ from what tuning chose now:", ReviewSettings())
    header = (
        f"{'':34} {'covered P':>9} {'R':>5}   {'missing P':>9} {'R':>5}   "
        f"{'agree':>5}  {'items':>5}"
    )
    for name, samples in (("tuning", tuning), ("held-out", heldout)):
        print(f"\n[{name}]\n{header}")
        print(_row("reviewer (tuned knobs)", evaluate(samples, reviewer(tuned))))
        print(_row("keyword baseline", evaluate(samples, baseline())))
        for kind in ("strong", "weak", "off-topic"):
            subset = [s for s in samples if s.answer.kind == kind]
            print(_row(f"  reviewer, {kind} answers only", evaluate(subset, reviewer(tuned))))
    print(
        "\nThe answers and labels were written by the same project that wrote the rubric's "
        "concept lists, so these figures are an upper bound for answers worded by others."
    )


def _sample_answer(words: int = 1500) -> str:
    from pivotprep.design.evaluation import load_labelled

    lines: list[str] = []
    count = 0
    while count < words:
        for sample in load_labelled():
            for line in sample.answer.text.splitlines():
                if count >= words:
                    break
                lines.append(line)
                count += len(line.split())
    return "\n".join(lines)


def speed(runs: int = 15) -> int:
    from pivotprep.design.evaluation import KIND_WORDS
    from pivotprep.design.review.report import rubric_specs
    from pivotprep.design.review.rubric import keyword_baseline
    from pivotprep.design.review.text import sentences
    from pivotprep.design.service import get_prompt, review_text

    text = _sample_answer()
    prompt = get_prompt("ml-drift-monitoring")
    review_text(prompt.id, text)  # warm caches (content loaded once per process)
    ours, base = [], []
    predict = keyword_baseline(KIND_WORDS)
    for _ in range(runs):
        started = time.perf_counter()
        review_text(prompt.id, text)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        predict(rubric_specs(prompt), sentences(text, "answer", "answer"))
        base.append(time.perf_counter() - started)
    median, base_median = statistics.median(ours) * 1000, statistics.median(base) * 1000
    print(
        f"\nreview of a {len(text.split())}-word answer: median {median:.0f} ms over {runs} "
        f"runs (max {max(ours) * 1000:.0f} ms); goal under 300 ms: "
        f"{'met' if median < 300 else 'NOT met'}"
    )
    print(
        f"keyword baseline on the same answer: median {base_median:.1f} ms "
        f"(the reviewer takes {median / max(base_median, 1e-6):.0f}x as long)"
    )
    return 0 if median < 300 else 1


def main() -> int:
    accuracy()
    return speed()


if __name__ == "__main__":
    sys.exit(main())
