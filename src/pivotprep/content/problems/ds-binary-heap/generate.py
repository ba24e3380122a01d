"""A heap built from n/2 random scores, then about n/2 pushes and pops."""

import random


def generate(n: int, rng: random.Random) -> dict:
    operations = ["MinHeap"]
    arguments: list[list] = [[[rng.randint(0, 10 * n) for _ in range(n // 2)]]]
    for _ in range(n - n // 2):
        if rng.random() < 0.5:
            operations.append("push")
            arguments.append([rng.randint(0, 10 * n)])
        else:
            operations.append("pop")
            arguments.append([])
    return {"operations": operations, "arguments": arguments}
