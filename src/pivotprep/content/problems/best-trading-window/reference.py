"""Kadane's algorithm: best run ending here = max(day, best ending yesterday + day). O(n), O(1)."""


def best_window_total(daily: list[int]) -> int:
    if not daily:
        raise ValueError("daily must contain at least one day")
    best = ending_here = daily[0]
    for x in daily[1:]:
        ending_here = max(x, ending_here + x)
        best = max(best, ending_here)
    return best
