"""Reversed DFS post-order: a valid order, but not the lowest-ready-first order the runner uses."""


def build_order(n, rules):
    followers = [[] for _ in range(n)]
    for a, b in rules:
        followers[a].append(b)
    state = [0] * n
    post = []

    def visit(v):
        state[v] = 1
        for w in followers[v]:
            if state[w] == 1:
                raise ValueError("cycle")
            if state[w] == 0:
                visit(w)
        state[v] = 2
        post.append(v)

    try:
        for v in range(n):
            if state[v] == 0:
                visit(v)
    except ValueError:
        return []
    return post[::-1]
