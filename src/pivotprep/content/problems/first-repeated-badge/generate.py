"""Logs of n distinct badges followed by one repeat, so every solution reads the whole log."""

import random


def generate(n: int, rng: random.Random) -> dict:
    scans = rng.sample(range(-(10**9), 10**9), n)
    scans.append(scans[rng.randrange(n)] if n else 1)
    return {"scans": scans}
