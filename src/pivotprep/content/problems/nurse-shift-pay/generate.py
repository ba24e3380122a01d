"""n days of random pay."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"pay": [rng.randint(0, 10_000) for _ in range(n)]}
