"""About n / 8 stations with 8 strikes each: the heap holds many feeds."""

import random


def generate(n: int, rng: random.Random) -> dict:
    stations = max(1, n // 8)
    feeds = [[] for _ in range(stations)]
    for _ in range(n):
        feeds[rng.randrange(stations)].append(rng.randint(0, 10**9))
    return {"feeds": [sorted(feed) for feed in feeds]}
