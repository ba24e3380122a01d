"""A number with about n digits."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"number": rng.randrange(10 ** max(1, n))}
