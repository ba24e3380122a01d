"""Runs one search per starter and takes the largest distance found, instead of each member's nearest starter."""

from collections import deque


def minutes_to_inform(n, friendships, starters):
    if not starters:
        return -1
    friends = [[] for _ in range(n)]
    for a, b in friendships:
        friends[a].append(b)
        friends[b].append(a)
    worst = 0
    for s in starters:
        heard = [-1] * n
        heard[s] = 0
        queue = deque([s])
        while queue:
            v = queue.popleft()
            for w in friends[v]:
                if heard[w] == -1:
                    heard[w] = heard[v] + 1
                    queue.append(w)
        if -1 in heard:
            return -1
        worst = max(worst, max(heard))
    return worst
