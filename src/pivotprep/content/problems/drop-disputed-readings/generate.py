"""A sorted list where about half the values come in disputed runs."""

import random


def generate(n: int, rng: random.Random) -> dict:
    values = []
    value = 0
    while len(values) < n:
        value += rng.randint(1, 3)
        values.extend([value] * min(rng.choice([1, 1, 2, 3]), n - len(values)))
    return {"head": values}
