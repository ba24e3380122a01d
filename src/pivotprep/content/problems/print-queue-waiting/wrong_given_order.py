"""Runs the jobs in the order they were submitted."""


def least_total_completion(durations):
    total = clock = 0
    for d in durations:
        clock += d
        total += clock
    return total
