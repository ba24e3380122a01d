"""Starts from 0 and resets to 0, so an all-loss list returns 0 instead of the smallest loss."""


def best_window_total(daily):
    if not daily:
        raise ValueError("empty")
    best = running = 0
    for x in daily:
        running = max(0, running + x)
        best = max(best, running)
    return best
