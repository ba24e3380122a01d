"""Compares characters position by position plus the length difference, missing insertions in the middle."""


def edit_count(typed, registered):
    mismatches = sum(a != b for a, b in zip(typed, registered))
    return mismatches + abs(len(typed) - len(registered))
