"""Greedy: at each station steps to whichever of right or down is cheaper right now."""


def cheapest_path_cost(cost):
    rows, cols = len(cost), len(cost[0])
    r = c = 0
    total = cost[0][0]
    while (r, c) != (rows - 1, cols - 1):
        if r == rows - 1:
            c += 1
        elif c == cols - 1:
            r += 1
        elif cost[r][c + 1] <= cost[r + 1][c]:
            c += 1
        else:
            r += 1
        total += cost[r][c]
    return total
