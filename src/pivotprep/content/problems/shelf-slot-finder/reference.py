"""Reference: one lower-bound binary search per incoming book. O(q log n) time."""


def _first_not_smaller(shelf: list[int], value: int) -> int:
    lo, hi = 0, len(shelf)
    while lo < hi:
        mid = (lo + hi) // 2
        if shelf[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insertion_slots(shelf: list[int], incoming: list[int]) -> list[int]:
    """Return, for each incoming call number, the index of the first shelf entry >= it."""
    return [_first_not_smaller(shelf, value) for value in incoming]
