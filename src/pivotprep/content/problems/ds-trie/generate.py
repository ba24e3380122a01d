"""n operations on words of length 6-10 over a small alphabet (many shared prefixes)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    def word() -> str:
        return "".join(rng.choice("abcd") for _ in range(rng.randint(6, 10)))

    operations = ["Trie"]
    arguments: list[list] = [[]]
    for _ in range(n):
        roll = rng.random()
        if roll < 0.5:
            operations.append("insert")
            arguments.append([word()])
        elif roll < 0.7:
            operations.append("contains")
            arguments.append([word()])
        else:
            operations.append("count_prefix")
            arguments.append([word()[: rng.randint(1, 5)]])
    return {"operations": operations, "arguments": arguments}
