"""n people and a random step."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"n": n, "k": rng.randint(2, 100)}
