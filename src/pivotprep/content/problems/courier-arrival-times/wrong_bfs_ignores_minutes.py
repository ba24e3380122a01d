"""Breadth-first search adds up the minutes along the route with the fewest streets, not the fastest one."""

from collections import deque


def arrival_times(n, streets, depot):
    out = [[] for _ in range(n)]
    for a, b, m in streets:
        out[a].append((b, m))
    best = [-1] * n
    best[depot] = 0
    queue = deque([depot])
    while queue:
        v = queue.popleft()
        for w, m in out[v]:
            if best[w] == -1:
                best[w] = best[v] + m
                queue.append(w)
    return best
