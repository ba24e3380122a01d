"""A square grid of about n cells with 10% no-fly cells (start and end open)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    side = max(1, int(n**0.5))
    grid = [[1 if rng.random() < 0.1 else 0 for _ in range(side)] for _ in range(side)]
    grid[0][0] = grid[-1][-1] = 0
    return {"airspace": grid}
