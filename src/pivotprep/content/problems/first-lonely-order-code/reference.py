"""Reference: count the letters, then find the first with a count of one.

O(n) time; O(1) extra space because there are at most 26 distinct letters.
"""

from collections import Counter


def first_unique_code(codes: str) -> int:
    """Return the index of the first code that appears exactly once, or -1."""
    counts = Counter(codes)
    for i, code in enumerate(codes):
        if counts[code] == 1:
            return i
    return -1
