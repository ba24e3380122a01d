"""n random readings."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"levels": [rng.randint(-(10**9), 10**9) for _ in range(n)]}
