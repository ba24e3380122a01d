"""A random bushy network of n stations with gains and losses."""

import random


def _shape(n: int, rng: random.Random, values: list) -> list:
    """Level-order list of a random, fairly bushy tree holding the n given values."""
    if n == 0:
        return []
    out = [values[0]]
    placed, open_slots = 1, 2
    while placed < n:
        if open_slots == 1 or rng.random() < 0.8:
            out.append(values[placed])
            placed += 1
            open_slots += 1
        else:
            out.append(None)
            open_slots -= 1
    return out


def generate(n: int, rng: random.Random) -> dict:
    n = max(n, 1)
    return {"root": _shape(n, rng, [rng.randint(-1000, 1000) for _ in range(n)])}
