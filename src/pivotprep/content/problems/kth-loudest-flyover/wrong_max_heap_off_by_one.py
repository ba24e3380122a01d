"""Off by one: pops k times from a max-heap and returns the next level, i.e. the (k+1)-th loudest."""

import heapq


def kth_loudest(levels: list[int], k: int) -> int:
    if not 1 <= k <= len(levels):
        raise ValueError("k must be between 1 and the number of flyovers")
    heap = [-level for level in levels]
    heapq.heapify(heap)
    for _ in range(k):
        top = -heapq.heappop(heap)
    return -heap[0] if heap else top
