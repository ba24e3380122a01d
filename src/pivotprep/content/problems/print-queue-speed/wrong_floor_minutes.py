"""Wrong: counts p // s minutes per job, forgetting that a partly used minute is still used."""


def min_pages_per_minute(jobs: list[int], minutes: int) -> int:
    if minutes < len(jobs):
        raise ValueError("each job needs at least one minute")
    lo, hi = 1, max(jobs, default=1)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(p // mid for p in jobs) <= minutes:
            hi = mid
        else:
            lo = mid + 1
    return lo
