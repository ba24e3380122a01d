"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "customers": {
        "__frame__": {
            "columns": ["customer_id", "name", "city"],
            "rows": [[10, "Ana", "Porto"], [10, "Ana", "Porto"], [11, "Ben", "Leeds"]],
        }
    },
    "orders": {
        "__frame__": {
            "columns": ["order_id", "customer_id", "placed", "amount", "status"],
            "dtypes": {"placed": "datetime64[ns]"},
            "rows": [
                [1, 10, "2024-03-01 09:00", 120.0, "paid"],
                [2, 11, "2024-03-01 10:00", 80.0, "paid"],
                [3, 99, "2024-03-02 11:30", 30.0, "pending"],
            ],
        }
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
