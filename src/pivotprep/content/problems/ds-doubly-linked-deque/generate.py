"""About n O(1) operations at both ends, then both walks."""

import random


def generate(n: int, rng: random.Random) -> dict:
    names = ["push_front", "push_back", "pop_front", "pop_back", "peek_front", "peek_back"]
    weights = [3, 3, 1, 1, 1, 1]
    operations = ["Deque"]
    arguments: list[list] = [[]]
    for _ in range(n):
        op = rng.choices(names, weights)[0]
        operations.append(op)
        arguments.append([rng.randint(0, 1000)] if op.startswith("push") else [])
    operations += ["to_list", "to_list_reversed"]
    arguments += [[], []]
    return {"operations": operations, "arguments": arguments}
