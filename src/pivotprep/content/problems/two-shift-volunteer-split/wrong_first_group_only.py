"""Colours only the group that contains volunteer 0, so a clash cycle elsewhere is never checked."""

from collections import deque


def can_split_shifts(n, clashes):
    neighbours = [[] for _ in range(n)]
    for a, b in clashes:
        neighbours[a].append(b)
        neighbours[b].append(a)
    shift = [-1] * n
    shift[0] = 0
    queue = deque([0])
    while queue:
        v = queue.popleft()
        for w in neighbours[v]:
            if shift[w] == -1:
                shift[w] = 1 - shift[v]
                queue.append(w)
            elif shift[w] == shift[v]:
                return False
    return True
