"""Correct but slow: O(n^3), tries every combination of three entries."""

from itertools import combinations


def cancelling_trios(corrections: list[int]) -> list[list[int]]:
    found = set()
    for trio in combinations(sorted(corrections), 3):
        if sum(trio) == 0:
            found.add(trio)
    return [list(t) for t in sorted(found)]
