"""Wrong: counts pairs of distinct values, forgetting that several sensors can share a value."""


def count_gap_pairs(readings: list[int], gap: int) -> int:
    if gap < 0:
        raise ValueError("gap must be zero or positive")
    values = set(readings)
    if gap == 0:
        return 0
    return sum(1 for v in values if v + gap in values)
