"""Distinct values of both signs: every fixed value runs a full two-pointer scan."""

import random


def generate(n: int, rng: random.Random) -> dict:
    values = rng.sample(range(-50 * n, 50 * n), n)
    return {"corrections": values}
