"""A long mirrored serial with a two-character slip in the middle: both checks run far."""

import random


def generate(n: int, rng: random.Random) -> dict:
    half = "".join(rng.choices("ab", k=max(n - 2, 0) // 2))
    return {"serial": half + "xy" + half[::-1]}
