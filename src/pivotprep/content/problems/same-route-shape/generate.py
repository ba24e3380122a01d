"""A long route and a consistently renamed copy, so every stop must be checked."""

import random

CODES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def generate(n: int, rng: random.Random) -> dict:
    first = "".join(rng.choices(CODES, k=n))
    renamed = dict(zip(CODES, rng.sample(CODES, len(CODES)), strict=True))
    return {"first": first, "second": "".join(renamed[c] for c in first)}
