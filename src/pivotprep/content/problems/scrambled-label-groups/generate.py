"""Six-letter labels over a small alphabet, so many labels share groups."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"labels": ["".join(rng.choices("abcdef", k=6)) for _ in range(n)]}
