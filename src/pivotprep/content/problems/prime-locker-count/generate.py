"""The number of lockers is n itself."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"n": n}
