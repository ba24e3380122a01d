"""n stations with ranges up to n/4 (always reachable: every range is at least 1)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {"reach": [rng.randint(1, max(1, n // 4)) for _ in range(max(1, n))]}
