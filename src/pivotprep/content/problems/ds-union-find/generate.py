"""n/2 unions forming one long chain onto a moving root, then n/2 connected queries."""

import random


def generate(n: int, rng: random.Random) -> dict:
    size = max(2, n // 2 + 1)
    operations = ["UnionFind"]
    arguments: list[list] = [[size]]
    for i in range(1, size):
        operations.append("union")
        arguments.append([0, i])
    for _ in range(n - (size - 1)):
        operations.append("connected")
        arguments.append([rng.randrange(size), rng.randrange(size)])
    return {"operations": operations, "arguments": arguments}
