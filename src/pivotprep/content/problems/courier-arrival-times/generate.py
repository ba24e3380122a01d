"""n junctions and 2n random one-way streets with random times."""

import random


def generate(n: int, rng: random.Random) -> dict:
    streets = [[rng.randrange(n), rng.randrange(n), rng.randint(0, 100)] for _ in range(2 * n)]
    return {"n": n, "streets": streets, "depot": 0}
