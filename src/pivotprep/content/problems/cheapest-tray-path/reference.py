"""DP over rows keeping one row of best costs: O(rows * cols) time, O(cols) space."""


def cheapest_path_cost(cost: list[list[int]]) -> int:
    best = [0] * len(cost[0])
    for r, row in enumerate(cost):
        for c, here in enumerate(row):
            if r == 0 and c == 0:
                best[c] = here
            elif r == 0:
                best[c] = best[c - 1] + here
            elif c == 0:
                best[c] = best[c] + here
            else:
                best[c] = min(best[c], best[c - 1]) + here
    return best[-1]
