"""Runs the longest jobs first to 'get them out of the way', which makes everyone else wait."""


def least_total_completion(durations):
    total = clock = 0
    for d in sorted(durations, reverse=True):
        clock += d
        total += clock
    return total
