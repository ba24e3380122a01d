"""n days of check-ins from a pool of members, with windows of a quarter of the days."""

import random


def generate(n: int, rng: random.Random) -> dict:
    n = max(n, 1)
    return {"checkins": [rng.randint(1, n // 2 + 1) for _ in range(n)], "k": max(1, n // 4)}
