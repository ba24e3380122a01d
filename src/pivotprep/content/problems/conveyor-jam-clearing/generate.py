"""Nested pairs like "abab...baba" with k = 2: each removal only exposes the next pair."""

import random


def generate(n: int, rng: random.Random) -> dict:
    half = []
    for _ in range(n // 2):
        half.append(rng.choice([c for c in "abc" if not half or c != half[-1]]))
    return {"items": "".join(half) + "".join(reversed(half)), "k": 2}
