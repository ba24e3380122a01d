"""n random order lines and a price list for the speed drill."""

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
    prices = [["north", 9.5], ["south", 8.0], ["east", 7.25]]
    return {
        "lines": {"__frame__": {"columns": columns, "rows": rows}},
        "prices": {"__frame__": {"columns": ["region", "list_price"], "rows": prices}},
    }
