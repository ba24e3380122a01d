"""After sorting by start, counts only overlaps with the previous exam, not with all exams still running."""


def rooms_needed(exams):
    if not exams:
        return 0
    ordered = sorted(exams)
    best = run = 1
    for (s0, e0), (s1, e1) in zip(ordered, ordered[1:]):
        run = run + 1 if s1 < e0 else 1
        best = max(best, run)
    return best
