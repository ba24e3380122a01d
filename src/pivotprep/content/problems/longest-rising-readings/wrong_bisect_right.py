"""Uses bisect_right, so equal readings extend the run: counts non-decreasing runs."""

from bisect import bisect_right


def longest_rising(levels):
    tails = []
    for x in levels:
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
