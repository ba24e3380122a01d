"""Adds each cable in one direction only, so a walk cannot go back along a cable."""


def count_networks(n, cables):
    adjacent = [[] for _ in range(n)]
    for a, b in cables:
        adjacent[a].append(b)
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
