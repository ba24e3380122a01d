"""About n ids: shuffled random pairs, then the unpaired id at the end."""

import random


def generate(n: int, rng: random.Random) -> dict:
    pairs = [rng.getrandbits(31) for _ in range(max(0, n // 2))]
    ids = pairs + pairs
    rng.shuffle(ids)
    return {"ids": ids + [rng.getrandbits(31)]}  # the single one last: worst case for scans
