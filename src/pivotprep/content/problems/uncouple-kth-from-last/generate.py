"""A long train, removing a car near the front so both pointers walk the whole list."""

import random


def generate(n: int, rng: random.Random) -> dict:
    n = max(n, 1)
    return {"head": [rng.randint(1, 9999) for _ in range(n)], "k": max(1, n - 2)}
