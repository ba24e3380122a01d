"""n jobs with deadlines up to n/2 (crowded) and random profits."""

import random


def generate(n: int, rng: random.Random) -> dict:
    deadlines = [rng.randint(1, max(1, n // 2)) for _ in range(n)]
    return {"deadlines": deadlines, "profits": [rng.randint(0, 10_000) for _ in range(n)]}
