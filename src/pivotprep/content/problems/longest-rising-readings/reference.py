"""Patience sorting: tails[k] is the smallest last reading of a rise of length k + 1.

O(n log n) time with binary search, O(n) space.
"""

from bisect import bisect_left


def longest_rising(levels: list[int]) -> int:
    tails: list[int] = []
    for x in levels:
        i = bisect_left(tails, x)  # strict rise: an equal value replaces, never extends
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
