"""A random week of day and night hours, so balances repeat often."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"shifts": "".join(rng.choices("DN", k=n))}
