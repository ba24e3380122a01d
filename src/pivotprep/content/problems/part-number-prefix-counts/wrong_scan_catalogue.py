"""Correct but slow: O(n^2) overall, scans the whole catalogue with startswith for every prefix."""


def prefix_counts(catalogue: list[str], prefixes: list[str]) -> list[int]:
    return [sum(1 for part in catalogue if part.startswith(prefix)) for prefix in prefixes]
