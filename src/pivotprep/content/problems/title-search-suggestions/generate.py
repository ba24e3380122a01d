"""n distinct ten-letter titles over a small alphabet and a ten-letter search."""

import random


def generate(n: int, rng: random.Random) -> dict:
    titles = {"".join(rng.choices("abcd", k=10)) for _ in range(n)}
    return {
        "titles": sorted(titles, key=lambda _: rng.random()),
        "typed": "".join(rng.choices("abcd", k=10)),
    }
