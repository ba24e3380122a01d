"""Two random logs of n events drawn from 12 event names."""

import random


def generate(n: int, rng: random.Random) -> dict:
    names = [f"ev{i}" for i in range(12)]
    return {
        "log_a": [rng.choice(names) for _ in range(n)],
        "log_b": [rng.choice(names) for _ in range(n)],
    }
