"""A busy day: arrivals faster than treatments, so the waiting room fills up."""

import random


def generate(n: int, rng: random.Random) -> dict:
    patients = [[rng.randint(0, 2 * n), rng.randint(1, 10), rng.randint(1, 6)] for _ in range(n)]
    return {"patients": patients}
