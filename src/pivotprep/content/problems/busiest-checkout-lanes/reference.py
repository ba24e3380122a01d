"""Reference: count with a dictionary, pick the k best with a heap.

O(n + m log k) time, at most O(n log n); O(n) space.
"""

import heapq
from collections import Counter


def busiest_lanes(scans: list[int], k: int) -> list[int]:
    """Return the k lanes with most scans, busiest first, ties by lower lane number."""
    if k < 0:
        raise ValueError("k must be zero or positive")
    counts = Counter(scans)
    best = heapq.nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
    return [lane for lane, _ in best]
