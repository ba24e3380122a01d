"""Falling prices with a spike at the end: every day waits until the last one."""

import random


def generate(n: int, rng: random.Random) -> dict:
    prices = sorted((rng.randint(1, 10**6 - 1) for _ in range(max(n - 1, 0))), reverse=True)
    return {"prices": prices + [10**6] if n else []}
