"""Correct but slow: O(n^2), it calls list.count for every id."""


def unpaired_id(ids):
    for x in ids:
        if ids.count(x) == 1:
            return x
