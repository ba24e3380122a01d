"""Sorted random prices and a budget around the middle of the possible totals."""

import random


def generate(n: int, rng: random.Random) -> dict:
    prices = sorted(rng.randint(1, 10**6) for _ in range(n))
    return {"prices": prices, "budget": 10**6 + 1}
