"""Small changes of both signs and a zero target: many running totals repeat."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"changes": [rng.randint(-5, 5) for _ in range(n)], "target": 0}
