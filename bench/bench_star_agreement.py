"""How well two people labelling by the same guide agree on the outside STAR set.

The analyzer reaches about 0.93 / 0.95 micro precision / recall on the tune half of
bench/data/star/main.yaml and far less on the held-out half. Part of that gap may be
label noise: one person labelled all 85 stories, and a finding such as vague_actions or
missing_task is a judgement. bench/data/star/second.yaml holds a second, independent
labelling of the held-out stories' findings and ratings, made by the same guide without
seeing the first labels (see the README's "Second labelling"). This script measures how
far the two labellers agree, which bounds what any analyzer can be expected to reach
against either of them. It never runs the analyzer.

Labeller A is main.yaml, labeller B is second.yaml. On the stories both labelled it prints:

- per finding code, and micro over the substantive codes (the codes
  bench_stories_outside.py measures: the length checks too_short / too_long left out),
  precision and recall of B against A, matched by the code's presence on each story as
  bench_stories_outside.py matches the analyzer, with Cohen's kappa per code and pooled
  over every (story, code) pair; the length checks on a line of their own (both apply the
  same arithmetic, so any difference there is a slip);
- Spearman's rank correlation of the two 1-5 ratings, exact and within-one agreement, and
  the table of rating pairs;
- every disagreement, story by story, for a maintainer to adjudicate: the code, which
  labeller raised it and that labeller's quotes, and ratings that differ with both reasons.

    python bench/bench_star_agreement.py
    python bench/bench_star_agreement.py --figures-only    # without the disagreement list

The loader (`load_second` in star_eval_data.py) refuses a second label whose quote is not
an exact substring of its story's text, whose length findings contradict the word count,
or that leaves a held-out story unlabelled; the script then prints the problems and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from bench_stories_outside import LENGTH_CODES, spearman, substantive_codes
from star_eval_data import SecondLabel, Story, load, load_second


def _f(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.2f}"


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def kappa(pairs: list[tuple[bool, bool]]) -> float | None:
    """Cohen's kappa for two raters' yes/no calls (None when chance agreement is total)."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    pa = sum(a for a, _ in pairs) / n
    pb = sum(b for _, b in pairs) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return (observed - expected) / (1 - expected) if expected < 1 else None


def _pairs(
    stories: list[Story], second: dict[str, SecondLabel], code: str
) -> list[tuple[bool, bool]]:
    return [(code in s.findings, code in second[s.id].findings) for s in stories]


def _code_row(code: str, pairs: list[tuple[bool, bool]]) -> tuple[str, int, int, int]:
    both = sum(a and b for a, b in pairs)
    a_only = sum(a and not b for a, b in pairs)
    b_only = sum(b and not a for a, b in pairs)
    line = (
        f"{code:22} {both + a_only:3d} {both + b_only:3d} {both:5d}  "
        f"{_f(_ratio(both, both + b_only))} {_f(_ratio(both, both + a_only))} "
        f"{_f(kappa(pairs))}"
    )
    return line, both, a_only, b_only


def findings_report(stories: list[Story], second: dict[str, SecondLabel]) -> None:
    codes = substantive_codes()
    print(f"{'finding':22} {'A':>3} {'B':>3} {'both':>5}  {'P':>5} {'R':>5} {'kappa':>5}")
    tp = fp = fn = 0
    pooled: list[tuple[bool, bool]] = []
    for code in codes:
        pairs = _pairs(stories, second, code)
        pooled.extend(pairs)
        line, both, a_only, b_only = _code_row(code, pairs)
        tp, fp, fn = tp + both, fp + b_only, fn + a_only
        if both or a_only or b_only:
            print(line)
    print(
        f"{'substantive (micro)':22} {tp + fn:3d} {tp + fp:3d} {tp:5d}  "
        f"{_f(_ratio(tp, tp + fp))} {_f(_ratio(tp, tp + fn))} {_f(kappa(pooled))}"
        "   (kappa pooled over story x code)"
    )
    print("length checks, not in the micro figure:")
    for code in LENGTH_CODES:
        line, _, _, _ = _code_row(code, _pairs(stories, second, code))
        print(line)


def ratings_report(stories: list[Story], second: dict[str, SecondLabel]) -> None:
    a = [s.rating for s in stories]
    b = [second[s.id].rating for s in stories]
    n = len(stories)
    exact = sum(x == y for x, y in zip(a, b, strict=True))
    near = sum(abs(x - y) <= 1 for x, y in zip(a, b, strict=True))
    rho = spearman([float(x) for x in a], [float(y) for y in b])
    print(
        f"\nratings: Spearman {_f(rho)}, exact {exact}/{n} ({exact / n:.2f}), "
        f"within one {near}/{n} ({near / n:.2f}), mean A {sum(a) / n:.2f} B {sum(b) / n:.2f}"
    )
    table = Counter(zip(a, b, strict=True))
    print("rating pairs (rows A, columns B):")
    print("      " + "".join(f"{col:>4}" for col in range(1, 6)))
    for row in range(1, 6):
        print(f"  A {row} " + "".join(f"{table[(row, col)] or '.':>4}" for col in range(1, 6)))


def disagreements(stories: list[Story], second: dict[str, SecondLabel]) -> None:
    codes = substantive_codes()
    print("\ndisagreements (A = main.yaml, B = second.yaml):")
    for story in stories:
        label = second[story.id]
        lines = []
        for code in codes:
            in_a, in_b = code in story.findings, code in label.findings
            if in_a == in_b:
                continue
            who, quotes = ("A", story.findings[code]) if in_a else ("B", label.findings[code])
            shown = "; ".join(f'"{q}"' for q in quotes)
            lines.append(f"    {code:20} raised by {who} only{': ' + shown if shown else ''}")
        if label.rating != story.rating:
            lines.append(f"    rating A {story.rating} / B {label.rating}")
            lines.append(f"      A: {story.rating_reason}")
            lines.append(f"      B: {label.rating_reason}")
        if lines:
            print(f"  {story.id}")
            print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--figures-only", action="store_true", help="leave out the per-story disagreements"
    )
    args = parser.parse_args(argv)
    main_stories = load("main.yaml")
    labels, problems = load_second(main_stories)
    if problems:
        for line in problems:
            print("PROBLEM", line)
        return 1
    second = {label.id: label for label in labels}
    stories = [s for s in main_stories if s.id in second]
    print(f"[held-out] {len(stories)} stories labelled by both: A = main.yaml, B = second.yaml")
    print("P and R are B's precision and recall against A (swap them to read A against B)")
    findings_report(stories, second)
    ratings_report(stories, second)
    if not args.figures_only:
        disagreements(stories, second)
    return 0


if __name__ == "__main__":
    sys.exit(main())
