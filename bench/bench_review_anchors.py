"""Time to cut a review snapshot into the sentences comments anchor to, on ordinary prose
and on hostile text, each at the largest size a snapshot may have (20,000 characters).

The review page cuts the snapshot on every view (the cut is not stored: the same text
always gives the same cut), so it must stay fast whatever a learner wrote. Baseline, in
the same run: cutting the same text into lines with `str.split` (the least work a cut can
do). Goal: every text under 50 ms (a page view stays instant whatever was written).
Run: `python bench/bench_review_anchors.py`.
"""

from __future__ import annotations

import time

from pivotprep.server.anchors import MAX_SNAPSHOT, bounded_snapshot, units

PROSE = (
    "Our school's attendance kept falling. The head asked me to find out why, e.g. which "
    "year groups. I met every family and built a tracker in Excel. Attendance rose by 12.5%.\n"
)
TEXTS = {
    "ordinary prose": PROSE * (MAX_SNAPSHOT // len(PROSE)),
    "initials, one line": "A. " * (MAX_SNAPSHOT // 3),
    "abbreviations, one line": "e.g. " * (MAX_SNAPSHOT // 5),
    "dots only": "." * MAX_SNAPSHOT,
    "one word, no end": "x" * MAX_SNAPSHOT,
    "sentence marks and spaces": "?! " * (MAX_SNAPSHOT // 3),
}


def best_ms(work, repeat: int = 7) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def main() -> None:
    print(f"{'text':<28}{'chars':>8}{'units':>7}{'cut ms':>9}{'split ms':>10}{'ratio':>8}")
    for name, raw in TEXTS.items():
        snap = bounded_snapshot(raw)
        cut = best_ms(lambda s=snap: units(s, "sentences"))
        base = best_ms(lambda s=snap: [x for x in s.split("\n") if x.strip()])
        count = len(units(snap, "sentences"))
        ratio = cut / base if base else float("inf")
        print(f"{name:<28}{len(snap):>8}{count:>7}{cut:>9.2f}{base:>10.3f}{ratio:>7.0f}x")


if __name__ == "__main__":
    main()
