"""Half the tokens are numbers pushed first, then the operators fold them (deep stack)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    count = max(1, n // 2)
    tokens = [str(rng.randint(1, 9)) for _ in range(count)]
    tokens += [rng.choice("+-") for _ in range(count - 1)]
    return {"tokens": tokens}
