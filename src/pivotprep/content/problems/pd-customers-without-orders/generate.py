"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "customers": {
        "__frame__": {
            "columns": ["customer_id", "name", "city"],
            "rows": [
                [4, "Di", "Rome"],
                [1, "Ana", "Porto"],
                [2, "Ben", "Leeds"],
                [3, "Cy", "Oslo"],
            ],
        }
    },
    "orders": {
        "__frame__": {"columns": ["order_id", "customer_id"], "rows": [[10, 1], [11, 1], [12, 3]]}
    },
}


def generate(n: int, rng: random.Random) -> dict:
    out = {}
    for name, value in TEMPLATE.items():
        if isinstance(value, dict) and "__frame__" in value:
            body = dict(value["__frame__"])
            rows = body["rows"] or [[None] * len(body["columns"])]
            body["rows"] = [list(rows[i % len(rows)]) for i in range(n)]
            out[name] = {"__frame__": body}
        else:
            out[name] = value
    return out
