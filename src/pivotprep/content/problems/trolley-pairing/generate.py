"""n random parcel weights up to a limit of 1000."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"weights": [rng.randint(1, 1000) for _ in range(n)], "limit": 1000}
