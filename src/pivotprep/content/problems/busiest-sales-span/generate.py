"""Random daily sales with a window of a quarter of the days."""

import random


def generate(n: int, rng: random.Random) -> dict:
    n = max(n, 1)
    return {"sales": [rng.randint(-100, 500) for _ in range(n)], "k": max(1, n // 4)}
