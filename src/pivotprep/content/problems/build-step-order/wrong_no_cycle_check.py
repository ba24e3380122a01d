"""Never checks for a cycle: returns the partial order instead of an empty list."""

import heapq


def build_order(n, rules):
    followers = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        followers[a].append(b)
        waiting[b] += 1
    ready = [s for s in range(n) if waiting[s] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        s = heapq.heappop(ready)
        order.append(s)
        for t in followers[s]:
            waiting[t] -= 1
            if waiting[t] == 0:
                heapq.heappush(ready, t)
    return order
