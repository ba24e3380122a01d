"""Reference: one boundary binary search per threshold. O(q log n) time."""


def _first_at_or_below(levels: list[int], threshold: int) -> int:
    lo, hi = 0, len(levels)
    while lo < hi:
        mid = (lo + hi) // 2
        if levels[mid] > threshold:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(levels) else -1


def first_hours_at_or_below(levels: list[int], thresholds: list[int]) -> list[int]:
    """Return, per threshold, the first hour whose level is <= it, or -1."""
    return [_first_at_or_below(levels, threshold) for threshold in thresholds]
