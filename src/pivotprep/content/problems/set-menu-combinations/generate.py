"""min(n, 12) courses of two dishes each (2^courses combinations)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"courses": [[f"d{i}a", f"d{i}b"] for i in range(min(n, 12))]}
