"""n random 31-bit masks."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"masks": [rng.getrandbits(31) for _ in range(n)]}
