"""Wrong: on a repeat it restarts the run at the repeated entry, dropping IDs that were still fine."""


def longest_fresh_streak(visitors: list[str]) -> int:
    seen = set()
    start = best = 0
    for i, member in enumerate(visitors):
        if member in seen:
            seen = set()
            start = i
        seen.add(member)
        best = max(best, i - start + 1)
    return best
