"""n flyovers rising slowly in level (each new one tends to enter the heap), k = n / 2."""

import random


def generate(n: int, rng: random.Random) -> dict:
    n = max(n, 1)
    levels = [min(200, i * 200 // n + rng.randint(0, 5)) for i in range(n)]
    return {"levels": levels, "k": max(1, n // 2)}
