"""Sorted readings on both sides of a set point near the middle."""

import random


def generate(n: int, rng: random.Random) -> dict:
    temps = sorted(rng.randint(-10000, 10000) for _ in range(n))
    return {"temps": temps, "setpoint": rng.randint(-100, 100)}
