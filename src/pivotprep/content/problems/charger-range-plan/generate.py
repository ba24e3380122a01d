"""n stops and n chargers at random positions."""

import random


def generate(n: int, rng: random.Random) -> dict:
    n = max(n, 1)
    return {
        "stops": [rng.randint(0, 10**9) for _ in range(n)],
        "chargers": [rng.randint(0, 10**9) for _ in range(n)],
    }
