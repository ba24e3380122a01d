"""Wrong: removes repeated levels first, so flyovers with the same level are counted once."""

import heapq


def kth_loudest(levels: list[int], k: int) -> int:
    if not 1 <= k <= len(levels):
        raise ValueError("k must be between 1 and the number of flyovers")
    distinct = heapq.nlargest(k, set(levels))
    return distinct[-1]
