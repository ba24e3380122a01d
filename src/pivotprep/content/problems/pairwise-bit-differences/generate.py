"""n random 32-bit words."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"words": [rng.getrandbits(32) for _ in range(n)]}
