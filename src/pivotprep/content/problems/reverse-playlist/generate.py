"""A playlist of n random track numbers."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"head": [rng.randint(-(10**4), 10**4) for _ in range(n)]}
