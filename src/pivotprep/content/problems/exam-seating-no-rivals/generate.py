"""min(n, 8) students with a handful of rival pairs."""

import random


def generate(n: int, rng: random.Random) -> dict:
    m = min(n, 8)
    pairs = [[a, b] for a in range(m) for b in range(a + 1, m) if rng.random() < 0.2]
    return {"n": m, "rivals": pairs}
