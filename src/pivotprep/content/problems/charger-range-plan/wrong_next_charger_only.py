"""Wrong: only looks at the first charger at or after each stop, never the one just before it."""

from bisect import bisect_left


def min_charger_range(stops: list[int], chargers: list[int]) -> int:
    if not stops:
        return 0
    if not chargers:
        raise ValueError("there are stops but no chargers")
    ordered = sorted(chargers)
    reach = 0
    for stop in stops:
        i = bisect_left(ordered, stop)
        charger = ordered[i] if i < len(ordered) else ordered[-1]
        reach = max(reach, abs(charger - stop))
    return reach
