"""n falling hourly levels with plateaus, and n thresholds across the whole range."""

import random


def generate(n: int, rng: random.Random) -> dict:
    levels = sorted((rng.randint(0, 3 * n) for _ in range(n)), reverse=True)
    thresholds = [rng.randint(-3, 3 * n + 3) for _ in range(n)]
    return {"levels": levels, "thresholds": thresholds}
