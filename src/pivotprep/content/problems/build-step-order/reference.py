"""Kahn's algorithm with a min-heap of ready steps: O((n + m) log n)."""

import heapq


def build_order(n: int, rules: list[list[int]]) -> list[int]:
    followers: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        followers[a].append(b)
        waiting[b] += 1
    ready = [step for step in range(n) if waiting[step] == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        step = heapq.heappop(ready)
        order.append(step)
        for nxt in followers[step]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                heapq.heappush(ready, nxt)
    return order if len(order) == n else []
