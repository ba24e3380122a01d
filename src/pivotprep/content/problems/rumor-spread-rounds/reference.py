"""Multi-source breadth-first search: O(n + m) time and space."""

from collections import deque


def minutes_to_inform(n: int, friendships: list[list[int]], starters: list[int]) -> int:
    friends: list[list[int]] = [[] for _ in range(n)]
    for a, b in friendships:
        friends[a].append(b)
        friends[b].append(a)
    heard = [-1] * n
    queue = deque()
    for s in starters:
        if heard[s] == -1:
            heard[s] = 0
            queue.append(s)
    while queue:
        v = queue.popleft()
        for w in friends[v]:
            if heard[w] == -1:
                heard[w] = heard[v] + 1
                queue.append(w)
    return -1 if -1 in heard else max(heard)
