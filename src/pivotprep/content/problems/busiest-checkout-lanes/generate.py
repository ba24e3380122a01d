"""n scans over about n / 2 lanes, asking for a tenth of the lanes."""

import random


def generate(n: int, rng: random.Random) -> dict:
    lanes = max(1, n // 2)
    return {"scans": [rng.randint(1, lanes) for _ in range(n)], "k": max(1, n // 10)}
