"""Sort by start; any meeting starting before the previous one ends is a clash. O(n log n)."""


def can_attend_all(meetings: list[list[int]]) -> bool:
    ordered = sorted(meetings)
    return all(prev[1] <= cur[0] for prev, cur in zip(ordered, ordered[1:], strict=False))
