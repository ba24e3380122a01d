"""Runs the breadth-first search from the first starter only."""

from collections import deque


def minutes_to_inform(n, friendships, starters):
    if not starters:
        return -1
    friends = [[] for _ in range(n)]
    for a, b in friendships:
        friends[a].append(b)
        friends[b].append(a)
    heard = [-1] * n
    heard[starters[0]] = 0
    queue = deque([starters[0]])
    while queue:
        v = queue.popleft()
        for w in friends[v]:
            if heard[w] == -1:
                heard[w] = heard[v] + 1
                queue.append(w)
    return -1 if -1 in heard else max(heard)
