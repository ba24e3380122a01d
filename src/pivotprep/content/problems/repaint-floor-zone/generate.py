"""A square plan of about n cells, mostly one zone with a few walls: the fill covers it."""

import random


def generate(n: int, rng: random.Random) -> dict:
    side = max(1, int(n**0.5))
    grid = [[0 if rng.random() < 0.9 else 1 for _ in range(side)] for _ in range(side)]
    grid[0][0] = 0
    return {"grid": grid, "row": 0, "col": 0, "code": 2}
