"""A random walk with a tolerance that lets calm stretches grow long."""

import math
import random


def generate(n: int, rng: random.Random) -> dict:
    readings = []
    level = 0
    for _ in range(n):
        level += rng.randint(-3, 3)
        readings.append(level)
    return {"readings": readings, "tolerance": 3 * math.isqrt(n)}
