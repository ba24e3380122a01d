"""Shortest job first (exchange argument): sort and add up the prefix sums. O(n log n)."""


def least_total_completion(durations: list[int]) -> int:
    total = clock = 0
    for d in sorted(durations):
        clock += d
        total += clock
    return total
