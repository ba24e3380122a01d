"""Values from a range about half the length, so most values repeat and many pairs exist."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"readings": [rng.randrange(max(n // 2, 1)) for _ in range(n)], "gap": 3}
