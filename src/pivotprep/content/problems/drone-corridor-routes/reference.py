"""Row-by-row DP: routes into a cell = routes from above + routes from the left. O(rows * cols)."""

MOD = 1_000_000_007


def count_routes(airspace: list[list[int]]) -> int:
    cols = len(airspace[0])
    routes = [0] * cols  # routes into each cell of the current row
    routes[0] = 1
    for row in airspace:
        for c in range(cols):
            if row[c] == 1:
                routes[c] = 0
            elif c > 0:
                routes[c] = (routes[c] + routes[c - 1]) % MOD
    return routes[-1]
