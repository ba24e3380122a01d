"""By deadline, keep a min-heap of accepted profits; drop the cheapest if over. O(n log n)."""

import heapq


def best_task_profit(deadlines: list[int], profits: list[int]) -> int:
    accepted: list[int] = []
    for deadline, profit in sorted(zip(deadlines, profits, strict=True)):
        heapq.heappush(accepted, profit)
        if len(accepted) > deadline:  # more jobs than days up to this deadline
            heapq.heappop(accepted)
    return sum(accepted)
