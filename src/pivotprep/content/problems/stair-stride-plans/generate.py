"""A stairwell of n steps with strides 1, 2 and 3."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"steps": n, "strides": [1, 2, 3]}
