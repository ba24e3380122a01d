"""A square grid of about n stations with random costs."""

import random


def generate(n: int, rng: random.Random) -> dict:
    side = max(1, int(n**0.5))
    return {"cost": [[rng.randint(0, 1000) for _ in range(side)] for _ in range(side)]}
