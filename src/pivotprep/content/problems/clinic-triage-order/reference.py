"""Reference: simulate with a heap of waiting patients. O(n log n) time, O(n) space."""

import heapq


def treatment_order(patients: list[list[int]]) -> list[int]:
    """Return patient indices in the order one doctor treats them."""
    by_arrival = sorted(range(len(patients)), key=lambda i: patients[i][0])
    waiting: list[tuple[int, int, int]] = []  # (-severity, arrival, index)
    order: list[int] = []
    clock = 0
    upcoming = 0
    while len(order) < len(patients):
        if not waiting:
            clock = max(clock, patients[by_arrival[upcoming]][0])
        while upcoming < len(by_arrival) and patients[by_arrival[upcoming]][0] <= clock:
            index = by_arrival[upcoming]
            arrival, severity, _ = patients[index]
            heapq.heappush(waiting, (-severity, arrival, index))
            upcoming += 1
        _, _, index = heapq.heappop(waiting)
        order.append(index)
        clock += patients[index][2]
    return order
