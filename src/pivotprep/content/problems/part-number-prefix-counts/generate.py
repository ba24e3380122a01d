"""n eight-character part numbers over a small alphabet and n prefixes of 1-6 characters."""

import random


def generate(n: int, rng: random.Random) -> dict:
    alphabet = "AB-0123"
    catalogue = ["".join(rng.choices(alphabet, k=8)) for _ in range(n)]
    prefixes = ["".join(rng.choices(alphabet, k=rng.randint(1, 6))) for _ in range(n)]
    return {"catalogue": catalogue, "prefixes": prefixes}
