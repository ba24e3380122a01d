"""Mostly rising heights: naive solutions scan far, the stack stays deep."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"heights": sorted(rng.randint(0, 10**4) for _ in range(n))}
