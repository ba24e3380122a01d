"""Even weights and an odd capacity, so only the last crate completes a pair."""

import random


def generate(n: int, rng: random.Random) -> dict:
    weights = [2 * rng.randint(1, 10**6) for _ in range(max(n - 1, 1))]
    capacity = weights[0] + 2 * rng.randint(1, 10**6) + 1
    if n >= 2:
        weights.append(capacity - weights[0])
    return {"weights": weights, "capacity": capacity}
