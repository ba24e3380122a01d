"""Reference: count each reading, then combine counts. O(n) time, O(n) space."""

from collections import Counter


def count_gap_pairs(readings: list[int], gap: int) -> int:
    """Return the number of sensor pairs whose readings differ by exactly gap."""
    if gap < 0:
        raise ValueError("gap must be zero or positive")
    counts = Counter(readings)
    if gap == 0:
        return sum(c * (c - 1) // 2 for c in counts.values())
    return sum(c * counts.get(value + gap, 0) for value, c in counts.items())
