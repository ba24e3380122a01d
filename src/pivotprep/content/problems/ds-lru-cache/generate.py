"""n gets and puts over a key space twice the capacity (about n/4), so evictions are frequent."""

import random


def generate(n: int, rng: random.Random) -> dict:
    capacity = max(1, n // 4)
    operations = ["LRUCache"]
    arguments: list[list] = [[capacity]]
    for _ in range(n):
        key = rng.randrange(2 * capacity)
        if rng.random() < 0.5:
            operations.append("put")
            arguments.append([key, rng.randint(0, 1000)])
        else:
            operations.append("get")
            arguments.append([key])
    return {"operations": operations, "arguments": arguments}
