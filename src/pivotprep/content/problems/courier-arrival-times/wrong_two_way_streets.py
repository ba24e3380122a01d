"""Treats every street as two-way."""

import heapq


def arrival_times(n, streets, depot):
    out = [[] for _ in range(n)]
    for a, b, m in streets:
        out[a].append((b, m))
        out[b].append((a, m))
    best = [-1] * n
    heap = [(0, depot)]
    while heap:
        t, v = heapq.heappop(heap)
        if best[v] != -1:
            continue
        best[v] = t
        for w, m in out[v]:
            if best[w] == -1:
                heapq.heappush(heap, (t + m, w))
    return best
