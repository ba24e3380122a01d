"""A connected network: a random spanning tree plus n extra friendships, three starters."""

import random


def generate(n: int, rng: random.Random) -> dict:
    friendships = [[i, rng.randrange(i)] for i in range(1, n)]
    friendships += [[rng.randrange(n), rng.randrange(n)] for _ in range(n)]
    return {"n": n, "friendships": friendships, "starters": [rng.randrange(n) for _ in range(3)]}
