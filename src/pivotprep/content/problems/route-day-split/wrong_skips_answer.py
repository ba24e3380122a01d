"""Off by one: sets hi = mid - 1 on success, so it can step past the smallest workable limit."""


def min_longest_day(legs: list[int], days: int) -> int:
    if days < 1:
        raise ValueError("days must be at least 1")
    if not legs:
        return 0

    def needed(limit):
        count, today = 1, 0
        for leg in legs:
            if today + leg > limit:
                count += 1
                today = 0
            today += leg
        return count

    lo, hi = max(legs), sum(legs)
    while lo < hi:
        mid = (lo + hi) // 2
        if needed(mid) <= days:
            hi = mid - 1
        else:
            lo = mid + 1
    return lo
