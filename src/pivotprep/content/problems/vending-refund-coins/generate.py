"""An amount of n cents with four awkward coin values."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"coins": [3, 7, 11, 29], "amount": n}
