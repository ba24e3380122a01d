"""n stones of random heights."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"heights": [rng.randint(0, 10_000) for _ in range(max(1, n))]}
