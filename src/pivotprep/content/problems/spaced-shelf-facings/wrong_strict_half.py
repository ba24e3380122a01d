"""Off by one: declares it impossible when a product has more than n // 2 facings, rejecting odd rows like "aab"."""

import heapq
from collections import Counter


def space_out(facings: str) -> str:
    counts = Counter(facings)
    if counts and max(counts.values()) > len(facings) // 2:
        return ""
    heap = [(-c, letter) for letter, c in counts.items()]
    heapq.heapify(heap)
    row = []
    held = None
    while heap:
        c, letter = heapq.heappop(heap)
        row.append(letter)
        if held is not None:
            heapq.heappush(heap, held)
        held = (c + 1, letter) if c + 1 < 0 else None
    return "".join(row)
