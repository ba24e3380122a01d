"""Never checks the start cell: seeds one route there even when it is a no-fly cell."""

MOD = 1_000_000_007


def count_routes(airspace):
    cols = len(airspace[0])
    routes = [0] * cols
    routes[0] = 1
    for r, row in enumerate(airspace):
        for c in range(cols):
            if row[c] == 1 and (r, c) != (0, 0):
                routes[c] = 0
            elif c > 0:
                routes[c] = (routes[c] + routes[c - 1]) % MOD
    return routes[-1]
