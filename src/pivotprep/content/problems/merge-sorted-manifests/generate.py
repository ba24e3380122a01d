"""Two sorted manifests of n / 2 parcels each, with interleaving weights."""

import random


def generate(n: int, rng: random.Random) -> dict:
    first = sorted(rng.randint(0, 10**6) for _ in range(n // 2))
    second = sorted(rng.randint(0, 10**6) for _ in range(n - n // 2))
    return {"first": first, "second": second}
