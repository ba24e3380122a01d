"""Reference: running totals counted in a dictionary. O(n) time, O(n) space."""

from collections import Counter


def count_target_periods(changes: list[int], target: int) -> int:
    """Return the number of runs of consecutive days whose changes sum to target."""
    seen = Counter({0: 1})
    total = 0
    count = 0
    for change in changes:
        total += change
        count += seen[total - target]
        seen[total] += 1
    return count
