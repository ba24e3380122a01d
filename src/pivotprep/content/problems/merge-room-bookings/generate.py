"""n random bookings of up to 60 minutes over a long day."""

import random


def generate(n: int, rng: random.Random) -> dict:
    bookings = []
    for _ in range(n):
        start = rng.randint(0, 40 * n)
        bookings.append([start, start + rng.randint(0, 60)])
    return {"bookings": bookings}
