"""Reference: binary search on the speed with an O(n) feasibility check.

O(n log M) time where M = max(jobs) <= 10^9, i.e. O(n) for the bounded page counts; O(1) space.
"""


def _minutes_needed(jobs: list[int], speed: int) -> int:
    return sum((pages + speed - 1) // speed for pages in jobs)


def min_pages_per_minute(jobs: list[int], minutes: int) -> int:
    """Return the smallest speed that prints every job within minutes."""
    if minutes < len(jobs):
        raise ValueError("each job needs at least one minute")
    lo, hi = 1, max(jobs, default=1)
    while lo < hi:
        mid = (lo + hi) // 2
        if _minutes_needed(jobs, mid) <= minutes:
            hi = mid
        else:
            lo = mid + 1
    return lo
