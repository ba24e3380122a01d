"""Wrong: starts the search at 1 instead of the longest leg, and the greedy check lets a too-long leg through."""


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

    lo, hi = 1, sum(legs)
    while lo < hi:
        mid = (lo + hi) // 2
        if needed(mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
