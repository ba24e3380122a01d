"""The STAR analyzer on the labelled stories, next to a keyword-only checker, and its speed.

Prints per-finding precision and recall of pivotprep's analyzer and of the keyword
baseline from issue 6 (a sentence is S if it contains "when"/"while", A if it contains
"I did"/"I built", R if it contains a number), both measured here on the same stories,
once for the stories the analyzer was tuned on and once for the held-out file, then for
the tuning batches the tests do not read yet (`BENCH_ONLY_BATCHES`), with every story of
those where the analyzer's findings differ from the labels. Then the time to analyse a
400-word story (goal: under 100 ms), against the baseline's time.

    python bench/bench_stories_analyzer.py
"""

from __future__ import annotations

import statistics
import sys
import time


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def _print_misses(misses: list[tuple[str, set[str], set[str]]]) -> None:
    """The bench-only stories where the analyzer's findings differ from the labels."""
    print(f"\n[bench-only tuning batches] stories where the analyzer differs: {len(misses)}")
    for story_id, expected, found in misses:
        missed = ", ".join(sorted(expected - found)) or "-"
        extra = ", ".join(sorted(found - expected)) or "-"
        print(f"  {story_id}: missed {missed}; raised too {extra}")


def main() -> int:
    from pivotprep.resume.report.translation import find_jargon
    from pivotprep.stories.analyzer.analysis import analyze
    from pivotprep.stories.evaluation import (
        BASELINE_CODES,
        BENCH_ONLY_BATCHES,
        SCORED_CODES,
        analyzer_predict,
        baseline_predict,
        evaluate,
        keyword_baseline,
        load_labelled,
    )

    stories = load_labelled()
    everything = load_labelled(include_bench_only=True)
    bench_only = [s for s in everything if s.batch in BENCH_ONLY_BATCHES]
    splits = {
        "all": list(stories),
        "tuning": [s for s in stories if s.split == "tuning"],
        "held-out": [s for s in stories if s.split == "heldout"],
        "bench-only tuning batches": bench_only,
    }
    print(
        f"labelled stories: {len(stories)} "
        f"({len(splits['tuning'])} tuning, {len(splits['held-out'])} held-out), "
        f"and {len(bench_only)} tuning stories read by this bench only "
        f"({', '.join(BENCH_ONLY_BATCHES)})"
    )
    predict = analyzer_predict(find_jargon)
    for name, subset in splits.items():
        ours = evaluate(subset, predict, SCORED_CODES)
        base = evaluate(subset, baseline_predict, BASELINE_CODES)
        print(f"\n[{name}] per finding: positives, analyzer P / R, keyword baseline P / R")
        print(f"{'finding':22} {'pos':>4}  {'P':>5} {'R':>5}   {'base P':>6} {'base R':>6}")
        for code in SCORED_CODES:
            score = ours.scores[code]
            positives = score.tp + score.fn
            if code in base.scores:
                b = base.scores[code]
                base_cols = f"{_fmt(b.precision):>6} {_fmt(b.recall):>6}"
            else:
                base_cols = f"{'  -':>6} {'  -':>6}"  # the keyword checker has no such check
            print(
                f"{code:22} {positives:4d}  {_fmt(score.precision)} {_fmt(score.recall)}   "
                f"{base_cols}"
            )
        micro = ours.micro()
        ours_structure = evaluate(subset, predict, BASELINE_CODES).micro()
        base_micro = base.micro()
        print(
            f"{'all findings (micro)':22} {micro.tp + micro.fn:4d}  {_fmt(micro.precision)} "
            f"{_fmt(micro.recall)}"
        )
        print(
            f"{'structure only (micro)':22} {ours_structure.tp + ours_structure.fn:4d}  "
            f"{_fmt(ours_structure.precision)} {_fmt(ours_structure.recall)}   "
            f"{_fmt(base_micro.precision):>6} {_fmt(base_micro.recall):>6}"
        )
        if base_micro.precision:
            ratio = (ours_structure.precision or 0) / base_micro.precision
            print(f"precision ratio analyzer / keyword baseline (structure findings): {ratio:.1f}x")
    _print_misses(evaluate(bench_only, predict, SCORED_CODES).misses)

    # Speed: a 400-word story (three labelled stories joined), median of repeated runs.
    words: list[str] = []
    for story in stories:
        words.extend(story.text.split())
        if len(words) >= 400:
            break
    text = " ".join(words[:400])
    analyze(text, domain="teaching", jargon_finder=find_jargon)  # warm the caches
    runs = 40
    ours_times = []
    for _ in range(runs):
        started = time.perf_counter()
        analyze(text, domain="teaching", jargon_finder=find_jargon)
        ours_times.append(time.perf_counter() - started)
    base_times = []
    for _ in range(runs):
        started = time.perf_counter()
        keyword_baseline(text)
        base_times.append(time.perf_counter() - started)
    ours_ms = statistics.median(ours_times) * 1000
    base_ms = statistics.median(base_times) * 1000
    print(f"\nanalyse a 400-word story: median {ours_ms:.1f} ms over {runs} runs (goal < 100 ms)")
    print(f"keyword baseline on the same story: {base_ms:.2f} ms; ratio {ours_ms / base_ms:.0f}x")
    print(f"worst run: {max(ours_times) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
