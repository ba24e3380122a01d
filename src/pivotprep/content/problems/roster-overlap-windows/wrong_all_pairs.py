"""Correct but slow: O(n^2), it compares every doctor shift with every nurse shift."""


def both_on_duty(doctor, nurse):
    shared = []
    for a, b in doctor:
        for c, d in nurse:
            start, end = max(a, c), min(b, d)
            if start <= end:
                shared.append([start, end])
    shared.sort()
    return shared
