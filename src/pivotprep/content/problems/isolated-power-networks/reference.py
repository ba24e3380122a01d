"""Iterative DFS over adjacency lists: O(n + m) time and space."""


def count_networks(n: int, cables: list[list[int]]) -> int:
    adjacent: list[list[int]] = [[] for _ in range(n)]
    for a, b in cables:
        adjacent[a].append(b)
        adjacent[b].append(a)
    seen = [False] * n
    networks = 0
    for start in range(n):
        if seen[start]:
            continue
        networks += 1
        seen[start] = True
        stack = [start]
        while stack:
            v = stack.pop()
            for w in adjacent[v]:
                if not seen[w]:
                    seen[w] = True
                    stack.append(w)
    return networks
