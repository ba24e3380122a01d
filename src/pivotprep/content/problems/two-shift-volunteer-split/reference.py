"""Two-colouring with breadth-first search from every uncoloured volunteer. O(n + m)."""

from collections import deque


def can_split_shifts(n: int, clashes: list[list[int]]) -> bool:
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in clashes:
        neighbours[a].append(b)
        neighbours[b].append(a)
    shift = [-1] * n
    for start in range(n):
        if shift[start] != -1:
            continue
        shift[start] = 0
        queue = deque([start])
        while queue:
            v = queue.popleft()
            for w in neighbours[v]:
                if shift[w] == -1:
                    shift[w] = 1 - shift[v]
                    queue.append(w)
                elif shift[w] == shift[v]:
                    return False
    return True
