"""Reference: sliding window with the last position of each ID. O(n) time, O(n) space."""


def longest_fresh_streak(visitors: list[str]) -> int:
    """Return the length of the longest run of consecutive entries with all-different IDs."""
    last_at: dict[str, int] = {}
    start = best = 0
    for i, member in enumerate(visitors):
        if last_at.get(member, -1) >= start:
            start = last_at[member] + 1
        last_at[member] = i
        best = max(best, i - start + 1)
    return best
