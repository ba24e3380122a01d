"""About n O(1) operations (pushes at both ends, pops) and one final to_list."""

import random


def generate(n: int, rng: random.Random) -> dict:
    operations = ["SinglyLinkedList"]
    arguments: list[list] = [[]]
    for _ in range(n):
        roll = rng.random()
        if roll < 0.4:
            operations.append("push_back")
            arguments.append([rng.randint(0, 1000)])
        elif roll < 0.75:
            operations.append("push_front")
            arguments.append([rng.randint(0, 1000)])
        else:
            operations.append("pop_front")
            arguments.append([])
    operations.append("to_list")
    arguments.append([])
    return {"operations": operations, "arguments": arguments}
