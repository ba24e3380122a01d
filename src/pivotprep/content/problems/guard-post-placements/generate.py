"""An n x n floor (n <= 8) with a few display cases and k = n // 2 guards."""

import random


def generate(n: int, rng: random.Random) -> dict:
    side = max(1, min(n, 8))
    floor = ["".join("#" if rng.random() < 0.15 else "." for _ in range(side)) for _ in range(side)]
    return {"floor": floor, "k": side // 2}
