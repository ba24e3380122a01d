"""IDs drawn from a pool a quarter of the log's size: runs are long and repeats frequent."""

import random


def generate(n: int, rng: random.Random) -> dict:
    pool = [f"m{k}" for k in range(max(1, n // 4))]
    return {"visitors": [rng.choice(pool) for _ in range(n)]}
