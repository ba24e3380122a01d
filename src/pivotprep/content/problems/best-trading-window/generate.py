"""n days of random profit and loss."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"daily": [rng.randint(-10_000, 10_000) for _ in range(max(1, n))]}
