"""n facings with a skewed but feasible mix of products."""

import random


def generate(n: int, rng: random.Random) -> dict:
    letters = rng.choices("abcdefgh", weights=[8, 4, 3, 2, 2, 1, 1, 1], k=n)
    return {"facings": "".join(letters)}
