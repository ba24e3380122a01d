"""Treats badge 0 as "no badge": `if seen.get(badge)` is false for a stored 0."""


def first_repeated(scans: list[int]) -> int:
    seen = {}
    for badge in scans:
        if seen.get(badge):
            return badge
        seen[badge] = badge
    return -1
