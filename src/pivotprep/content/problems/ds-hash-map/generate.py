"""About n operations over a key space of about n/2 integers: puts, gets and removes."""

import random


def generate(n: int, rng: random.Random) -> dict:
    operations = ["HashMap"]
    arguments: list[list] = [[]]
    keys = max(4, n // 2)
    for _ in range(n):
        roll = rng.random()
        key = rng.randrange(keys) * 7
        if roll < 0.5:
            operations.append("put")
            arguments.append([key, rng.randint(0, 10**6)])
        elif roll < 0.85:
            operations.append("get")
            arguments.append([key])
        else:
            operations.append("remove")
            arguments.append([key])
    return {"operations": operations, "arguments": arguments}
