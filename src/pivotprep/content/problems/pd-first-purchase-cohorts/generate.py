"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "orders": {
        "__frame__": {
            "columns": ["customer_id", "placed"],
            "dtypes": {"placed": "datetime64[ns]"},
            "rows": [
                [1, "2024-01-05"],
                [1, "2024-02-10"],
                [1, "2024-02-11"],
                [2, "2024-01-20"],
                [3, "2024-02-01"],
                [3, "2024-04-01"],
            ],
        }
    }
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
