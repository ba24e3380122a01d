"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "orders": {
        "__frame__": {
            "columns": ["order_id", "placed", "amount"],
            "dtypes": {"placed": "datetime64[ns]"},
            "rows": [
                [1, "2024-03-04 09:00", 10.0],
                [2, "2024-03-10 23:59", 5.0],
                [3, "2024-03-20 12:00", 7.5],
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
