"""n volunteers with n clashes that always go between even and odd numbers (splittable)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    evens = list(range(0, n, 2))
    odds = list(range(1, n, 2)) or [0]
    clashes = []
    for _ in range(n):
        a, b = rng.choice(evens), rng.choice(odds)
        if a != b:
            clashes.append([a, b])
    return {"n": n, "clashes": clashes}
