"""n badges crowded into a range of n/4 numbers (long runs of duplicates)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"badges": [rng.randint(0, max(1, n // 4)) for _ in range(n)]}
