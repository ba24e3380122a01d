"""Wrong: uses counts[x] * counts[x + gap] for gap 0 too, pairing each sensor with itself."""

from collections import Counter


def count_gap_pairs(readings: list[int], gap: int) -> int:
    if gap < 0:
        raise ValueError("gap must be zero or positive")
    counts = Counter(readings)
    return sum(c * counts.get(value + gap, 0) for value, c in counts.items())
