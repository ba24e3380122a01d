"""n/2 enqueues first (a long queue), then n/2 mixed enqueues, dequeues and peeks."""

import random


def generate(n: int, rng: random.Random) -> dict:
    operations = ["TwoStackQueue"]
    arguments: list[list] = [[]]
    for i in range(n // 2):
        operations.append("enqueue")
        arguments.append([i])
    for i in range(n - n // 2):
        op = rng.choice(["enqueue", "dequeue", "peek"])
        operations.append(op)
        arguments.append([n + i] if op == "enqueue" else [])
    return {"operations": operations, "arguments": arguments}
