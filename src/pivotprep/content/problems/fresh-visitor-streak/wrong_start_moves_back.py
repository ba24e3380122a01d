"""Wrong: jumps the start to after the previous occurrence even when that is behind the start."""


def longest_fresh_streak(visitors: list[str]) -> int:
    last_at = {}
    start = best = 0
    for i, member in enumerate(visitors):
        if member in last_at:
            start = last_at[member] + 1
        last_at[member] = i
        best = max(best, i - start + 1)
    return best
