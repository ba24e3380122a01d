"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "campaigns": {
        "__frame__": {
            "columns": ["campaign", "starts", "ends"],
            "dtypes": {"ends": "datetime64[ns]", "starts": "datetime64[ns]"},
            "rows": [
                ["spring", "2024-03-01", "2024-03-31"],
                ["easter", "2024-03-29", "2024-04-01"],
            ],
        }
    },
    "orders": {
        "__frame__": {
            "columns": ["order_id", "placed"],
            "dtypes": {"placed": "datetime64[ns]"},
            "rows": [[1, "2024-03-31 18:30"], [2, "2024-04-01 00:00"], [3, "2024-02-15 12:00"]],
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
