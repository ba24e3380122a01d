"""Reference: a min-heap holding the k loudest levels seen so far.

O(n log k) time, O(k) space; both reach n log n and n when k grows with n.
"""

import heapq


def kth_loudest(levels: list[int], k: int) -> int:
    """Return the k-th largest level, counting repeated levels separately."""
    if not 1 <= k <= len(levels):
        raise ValueError("k must be between 1 and the number of flyovers")
    loudest = levels[:k]
    heapq.heapify(loudest)
    for level in levels[k:]:
        if level > loudest[0]:
            heapq.heapreplace(loudest, level)
    return loudest[0]
