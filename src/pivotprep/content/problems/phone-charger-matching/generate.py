"""n phones and n chargers with random wattages."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {
        "needs": [rng.randint(1, 10_000) for _ in range(n)],
        "chargers": [rng.randint(1, 10_000) for _ in range(n)],
    }
