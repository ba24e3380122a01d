"""Wrong: admits at most one new arrival each time the doctor is free (if instead of while)."""

import heapq


def treatment_order(patients: list[list[int]]) -> list[int]:
    by_arrival = sorted(range(len(patients)), key=lambda i: patients[i][0])
    waiting = []
    order = []
    clock = 0
    upcoming = 0
    while len(order) < len(patients):
        if not waiting:
            clock = max(clock, patients[by_arrival[upcoming]][0])
        if upcoming < len(by_arrival) and patients[by_arrival[upcoming]][0] <= clock:
            index = by_arrival[upcoming]
            heapq.heappush(waiting, (-patients[index][1], patients[index][0], index))
            upcoming += 1
        _, _, index = heapq.heappop(waiting)
        order.append(index)
        clock += patients[index][2]
    return order
