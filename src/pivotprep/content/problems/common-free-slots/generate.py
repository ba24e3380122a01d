"""Five people with n busy periods in total over a long day."""

import random


def generate(n: int, rng: random.Random) -> dict:
    calendars: list[list[list[int]]] = [[] for _ in range(5)]
    for _ in range(n):
        start = rng.randint(0, 100 * n)
        calendars[rng.randrange(5)].append([start, start + rng.randint(10, 90)])
    return {"calendars": calendars, "day_start": 0, "day_end": 100 * n, "duration": 15}
