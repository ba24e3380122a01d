"""n meetings that do not overlap (the whole list must be checked), shuffled."""

import random


def generate(n: int, rng: random.Random) -> dict:
    meetings = [[10 * i, 10 * i + rng.randint(1, 10)] for i in range(n)]
    rng.shuffle(meetings)
    return {"meetings": meetings}
