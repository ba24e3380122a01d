"""An exponent of about n bits (the work grows with the number of bits)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    return {
        "base": rng.randint(2, 10**18),
        "exponent": rng.getrandbits(n) | 1,
        "modulus": 10**18 + 9,
    }
