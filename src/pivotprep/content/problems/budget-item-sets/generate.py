"""Prices 1..n with a budget of half their total: the most sets."""

import random


def generate(n: int, rng: random.Random) -> dict:
    prices = list(range(1, n + 1))
    rng.shuffle(prices)
    return {"prices": prices, "budget": n * (n + 1) // 4}
