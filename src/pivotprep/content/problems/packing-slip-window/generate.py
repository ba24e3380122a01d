"""A random conveyor where the slip's items are rare, so windows are long."""

import random


def generate(n: int, rng: random.Random) -> dict:
    conveyor = "".join(
        rng.choices("ABCDEFGHIJKLMNOPQRSTUVWXYZ", weights=[40] * 23 + [1, 1, 1], k=n)
    )
    return {"conveyor": conveyor, "required": "XYZZ"}
