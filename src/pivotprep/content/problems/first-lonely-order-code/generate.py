"""Repeated letters everywhere and a single unique letter at the end."""

import random


def generate(n: int, rng: random.Random) -> dict:
    body = rng.choices("abcdefghijklmnopqrstuvwxy", k=max(n - 1, 0))
    body += list("abcdefghijklmnopqrstuvwxy")
    return {"codes": "".join(body[: max(n - 1, 0)]) + "z"}
