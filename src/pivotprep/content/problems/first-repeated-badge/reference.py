"""Reference: one pass with a set of badges seen so far. O(n) time, O(n) space."""


def first_repeated(scans: list[int]) -> int:
    seen: set[int] = set()
    for badge in scans:
        if badge in seen:
            return badge
        seen.add(badge)
    return -1
