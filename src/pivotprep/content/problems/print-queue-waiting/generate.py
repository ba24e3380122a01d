"""n random job durations."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"durations": [rng.randint(1, 10_000) for _ in range(n)]}
