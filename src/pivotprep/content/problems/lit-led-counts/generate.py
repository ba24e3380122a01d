"""Codes 0..n."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"n": n}
