"""A square floor of about n cells with scattered shelves; S and T in opposite corners."""

import random


def generate(n: int, rng: random.Random) -> dict:
    side = max(2, int(n**0.5))
    rows = [["#" if rng.random() < 0.2 else "." for _ in range(side)] for _ in range(side)]
    rows[0][0], rows[-1][-1] = "S", "T"
    return {"floor": ["".join(row) for row in rows]}
