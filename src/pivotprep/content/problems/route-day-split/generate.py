"""n legs and about sqrt(n) days: the answer sits well inside the search range."""

import math
import random


def generate(n: int, rng: random.Random) -> dict:
    return {"legs": [rng.randint(1, 10**4) for _ in range(n)], "days": max(1, math.isqrt(n))}
