"""Reference: binary search on the longest day with a greedy check.

O(n log S) time where S = sum(legs) <= 10^9, i.e. O(n) for the bounded inputs; O(1) space.
"""


def _days_needed(legs: list[int], limit: int) -> int:
    days, today = 1, 0
    for leg in legs:
        if today + leg > limit:
            days += 1
            today = 0
        today += leg
    return days


def min_longest_day(legs: list[int], days: int) -> int:
    """Return the smallest possible longest day when legs are split into at most days days."""
    if days < 1:
        raise ValueError("days must be at least 1")
    if not legs:
        return 0
    lo, hi = max(legs), sum(legs)
    while lo < hi:
        mid = (lo + hi) // 2
        if _days_needed(legs, mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
