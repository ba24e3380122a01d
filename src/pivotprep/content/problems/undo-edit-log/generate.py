"""A long session mixing typing, deletes and undos."""

import random


def generate(n: int, rng: random.Random) -> dict:
    commands = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.5:
            commands.append("type:" + "".join(rng.choices("abcde ", k=rng.randint(1, 20))))
        elif roll < 0.75:
            commands.append(f"delete:{rng.randint(1, 20)}")
        else:
            commands.append("undo")
    return {"commands": commands}
