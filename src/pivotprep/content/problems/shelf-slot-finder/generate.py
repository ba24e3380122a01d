"""A sorted shelf of n call numbers with duplicates and n lookups."""

import random


def generate(n: int, rng: random.Random) -> dict:
    shelf = sorted(rng.randint(0, 2 * n) for _ in range(n))
    incoming = [rng.randint(-5, 2 * n + 5) for _ in range(n)]
    return {"shelf": shelf, "incoming": incoming}
