"""A queue of n random ticket numbers."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"head": [rng.randint(1, 10**6) for _ in range(n)]}
