"""Correct but slow: O(n^2), it extends a running sum from every start day."""


def best_window_total(daily):
    if not daily:
        raise ValueError("empty")
    best = daily[0]
    for i in range(len(daily)):
        total = 0
        for j in range(i, len(daily)):
            total += daily[j]
            if total > best:
                best = total
    return best
