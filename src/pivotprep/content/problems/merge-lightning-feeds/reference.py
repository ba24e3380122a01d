"""Reference: k-way merge with a heap of each feed's next timestamp.

O(n log k) time, O(n) space for the result; O(n log n) when k grows with n.
"""

import heapq


def merge_feeds(feeds: list[list[int]]) -> list[int]:
    """Return all timestamps from the sorted feeds as one sorted list."""
    heap = [(feed[0], station, 0) for station, feed in enumerate(feeds) if feed]
    heapq.heapify(heap)
    merged: list[int] = []
    while heap:
        timestamp, station, position = heap[0]
        merged.append(timestamp)
        if position + 1 < len(feeds[station]):
            heapq.heapreplace(heap, (feeds[station][position + 1], station, position + 1))
        else:
            heapq.heappop(heap)
    return merged
