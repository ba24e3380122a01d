"""Treats meetings as including their end minute, so back-to-back meetings are reported as clashes."""


def can_attend_all(meetings):
    ordered = sorted(meetings)
    return all(prev[1] < cur[0] for prev, cur in zip(ordered, ordered[1:]))
