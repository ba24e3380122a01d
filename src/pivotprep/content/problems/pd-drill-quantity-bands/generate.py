"""n random order lines for the speed drill."""

import random


def generate(n: int, rng: random.Random) -> dict:
    rows = [
        [
            i,
            rng.choice(["north", "south", "east", "west"]),
            rng.randint(1, 40),
            round(rng.uniform(1, 200), 2),
        ]
        for i in range(n)
    ]
    columns = ["line_id", "region", "quantity", "unit_price"]
    return {"lines": {"__frame__": {"columns": columns, "rows": rows}}}
