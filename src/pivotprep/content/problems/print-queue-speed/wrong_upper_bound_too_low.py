"""Off by one: searches speeds below max(jobs) only, so it can never answer the largest job."""


def min_pages_per_minute(jobs: list[int], minutes: int) -> int:
    if minutes < len(jobs):
        raise ValueError("each job needs at least one minute")
    lo, hi = 1, max(jobs, default=2) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in jobs) <= minutes:
            hi = mid
        else:
            lo = mid + 1
    return lo
