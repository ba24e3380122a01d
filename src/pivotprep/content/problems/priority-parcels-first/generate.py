"""n random deadlines around the cutoff, so both chains are long."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"head": [rng.randint(0, 100) for _ in range(n)], "cutoff": 50}
