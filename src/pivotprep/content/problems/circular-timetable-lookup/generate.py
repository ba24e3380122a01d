"""n distinct departures (minutes may exceed one day for large n), rotated, with n lookups."""

import random


def generate(n: int, rng: random.Random) -> dict:
    ordered = sorted(rng.sample(range(10 * n + 10), n))
    cut = rng.randrange(n) if n else 0
    departures = ordered[cut:] + ordered[:cut]
    queries = [rng.randrange(10 * n + 10) for _ in range(n)]
    return {"departures": departures, "queries": queries}
