"""n operations over random keys (insert, contains, delete), then an in-order walk."""

import random


def generate(n: int, rng: random.Random) -> dict:
    operations = ["BinarySearchTree"]
    arguments: list[list] = [[]]
    for _ in range(n):
        roll = rng.random()
        key = rng.randrange(4 * n)
        operations.append("insert" if roll < 0.55 else "contains" if roll < 0.8 else "delete")
        arguments.append([key])
    operations.append("in_order")
    arguments.append([])
    return {"operations": operations, "arguments": arguments}
