"""n rooms whose sides share a common factor."""

import random


def generate(n: int, rng: random.Random) -> dict:
    k = rng.randint(1, 1000)
    return {"rooms": [[k * rng.randint(1, 10**6), k * rng.randint(1, 10**6)] for _ in range(n)]}
