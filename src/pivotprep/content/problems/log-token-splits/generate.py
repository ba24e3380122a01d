"""A tag of n letters over a tiny alphabet, with short overlapping codes (many splits)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    tag = "".join(rng.choice("ab") for _ in range(n))
    return {"tag": tag, "codes": ["a", "b", "ab", "ba", "aab", "abb", "bab", "aa"]}
