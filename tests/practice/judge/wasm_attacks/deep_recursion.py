# Deep recursion is allowed when the learner raises the limit: 200,000 frames fit.
import sys

sys.setrecursionlimit(1_000_000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def first_repeated(scans):
    depth(200_000)
    seen = set()
    for badge in scans:
        if badge in seen:
            return badge
        seen.add(badge)
    return -1
