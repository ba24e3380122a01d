"""Two sorted lists of n IDs drawn from 2n values: many repeats and many common IDs."""

import random


def generate(n: int, rng: random.Random) -> dict:
    site_a = sorted(rng.randint(1, 2 * n) for _ in range(n))
    site_b = sorted(rng.randint(1, 2 * n) for _ in range(n))
    return {"site_a": site_a, "site_b": site_b}
