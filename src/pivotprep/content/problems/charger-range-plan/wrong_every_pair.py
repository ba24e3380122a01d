"""Correct but slow: O(n * m), which is O(n^2) here; compares every stop with every charger."""


def min_charger_range(stops: list[int], chargers: list[int]) -> int:
    if not stops:
        return 0
    if not chargers:
        raise ValueError("there are stops but no chargers")
    return max(min(abs(stop - c) for c in chargers) for stop in stops)
