"""Dijkstra's algorithm with a binary heap: O((n + m) log n)."""

import heapq


def arrival_times(n: int, streets: list[list[int]], depot: int) -> list[int]:
    out: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for a, b, minutes in streets:
        out[a].append((b, minutes))
    best = [-1] * n
    heap = [(0, depot)]
    while heap:
        t, v = heapq.heappop(heap)
        if best[v] != -1:
            continue  # already settled with an earlier time
        best[v] = t
        for w, minutes in out[v]:
            if best[w] == -1:
                heapq.heappush(heap, (t + minutes, w))
    return best
