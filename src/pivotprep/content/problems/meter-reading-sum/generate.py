"""Two long readings of n and n / 2 digits, full of nines so carries ripple."""

import random


def generate(n: int, rng: random.Random) -> dict:
    first = [rng.choice([9, 9, 9, rng.randint(0, 9)]) for _ in range(max(n - 1, 0))] + [9]
    second = [rng.randint(0, 9) for _ in range(max(n // 2 - 1, 0))] + [1]
    return {"first": first, "second": second}
