"""Correct but slow: O(n^2), for each reading it scans every earlier reading."""


def longest_rising(levels):
    best = [1] * len(levels)
    for i in range(len(levels)):
        for j in range(i):
            if levels[j] < levels[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
