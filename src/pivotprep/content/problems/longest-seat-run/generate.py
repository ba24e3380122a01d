"""Half the bookings form one long shuffled block; the rest are scattered."""

import random


def generate(n: int, rng: random.Random) -> dict:
    block = list(range(1, n // 2 + 1))
    scattered = [rng.randint(10 * n, 10**9) for _ in range(n - len(block))]
    seats = block + scattered
    rng.shuffle(seats)
    return {"seats": seats}
