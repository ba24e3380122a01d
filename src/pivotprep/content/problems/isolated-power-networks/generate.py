"""n substations and n random cables (a mix of large and small networks)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"n": n, "cables": [[rng.randrange(n), rng.randrange(n)] for _ in range(n)]}
