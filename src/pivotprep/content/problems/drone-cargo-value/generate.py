"""n parcels and a capacity proportional to n: O(n^2) table cells."""

import random


def generate(n: int, rng: random.Random) -> dict:
    weights = [rng.randint(1, 20) for _ in range(n)]
    values = [rng.randint(0, 100) for _ in range(n)]
    return {"weights": weights, "values": values, "capacity": 2 * n}
