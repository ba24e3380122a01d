"""n stems of 3-6 letters and n words of 10 letters over a small alphabet."""

import random


def generate(n: int, rng: random.Random) -> dict:
    stems = ["".join(rng.choices("abcd", k=rng.randint(3, 6))) for _ in range(n)]
    words = ["".join(rng.choices("abcde", k=10)) for _ in range(n)]
    return {"stems": stems, "message": " ".join(words)}
