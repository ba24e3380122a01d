"""A rack of min(n, 8) tiles with some repeated letters."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"tiles": "".join(rng.choice("abcde") for _ in range(min(n, 8)))}
