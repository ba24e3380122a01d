"""Reference: sort the chargers, binary search each stop. O((n + m) log m) time, O(m) space."""

from bisect import bisect_left


def min_charger_range(stops: list[int], chargers: list[int]) -> int:
    """Return the smallest reach that puts every stop within reach of some charger."""
    if not stops:
        return 0
    if not chargers:
        raise ValueError("there are stops but no chargers")
    ordered = sorted(chargers)
    reach = 0
    for stop in stops:
        i = bisect_left(ordered, stop)
        nearest = min(
            ordered[i] - stop if i < len(ordered) else float("inf"),
            stop - ordered[i - 1] if i > 0 else float("inf"),
        )
        reach = max(reach, int(nearest))
    return reach
