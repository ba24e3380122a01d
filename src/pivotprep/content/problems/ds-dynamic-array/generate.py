"""About n operations, mostly appends, reads, writes and pops at the end (amortised O(1))."""

import random


def generate(n: int, rng: random.Random) -> dict:
    operations = ["DynamicArray"]
    arguments: list[list] = [[]]
    size = 0
    for _ in range(n):
        roll = rng.random()
        if roll < 0.5 or size == 0:
            operations.append("append")
            arguments.append([rng.randint(-1000, 1000)])
            size += 1
        elif roll < 0.7:
            operations.append("get")
            arguments.append([rng.randrange(size)])
        elif roll < 0.85:
            operations.append("set")
            arguments.append([rng.randrange(size), rng.randint(-1000, 1000)])
        else:
            operations.append("pop")
            arguments.append([])
            size -= 1
    return {"operations": operations, "arguments": arguments}
