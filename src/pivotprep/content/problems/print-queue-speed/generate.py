"""n jobs of up to 10^6 pages and a deadline of twice the number of jobs."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"jobs": [rng.randint(1, 10**6) for _ in range(n)], "minutes": 2 * n + 1}
