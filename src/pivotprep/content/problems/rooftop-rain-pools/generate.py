"""A random roof with tall sections at both ends, so pools span the whole width."""

import random


def generate(n: int, rng: random.Random) -> dict:
    heights = [rng.randint(0, 9000) for _ in range(n)]
    if n >= 2:
        heights[0] = heights[-1] = 10**4
    return {"heights": heights}
