"""Reference: greedy placement from a max-heap of remaining counts.

O(n log k) time with k <= 26 distinct products, i.e. O(n); O(n) space for the result.
"""

import heapq
from collections import Counter


def space_out(facings: str) -> str:
    """Return facings rearranged with no equal neighbours, or "" if impossible."""
    counts = Counter(facings)
    if counts and max(counts.values()) > (len(facings) + 1) // 2:
        return ""
    heap = [(-count, letter) for letter, count in counts.items()]
    heapq.heapify(heap)
    row: list[str] = []
    held: tuple[int, str] | None = None  # the product just placed, waiting one turn
    while heap:
        count, letter = heapq.heappop(heap)
        row.append(letter)
        if held is not None:
            heapq.heappush(heap, held)
        held = (count + 1, letter) if count + 1 < 0 else None
    return "".join(row)
