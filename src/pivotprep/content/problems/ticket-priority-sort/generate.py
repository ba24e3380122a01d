"""n random priorities."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"tickets": [rng.randint(0, 2) for _ in range(n)]}
