"""Fills the whole first row and first column with 1, even after a no-fly cell blocks them."""

MOD = 1_000_000_007


def count_routes(airspace):
    rows, cols = len(airspace), len(airspace[0])
    if airspace[0][0] or airspace[-1][-1]:
        return 0
    routes = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            if airspace[r][c]:
                routes[r][c] = 0
            elif r == 0 or c == 0:
                routes[r][c] = 1
            else:
                routes[r][c] = (routes[r - 1][c] + routes[r][c - 1]) % MOD
    return routes[-1][-1]
