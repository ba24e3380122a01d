"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "readings": {
        "__frame__": {
            "columns": ["at", "celsius"],
            "dtypes": {"at": "datetime64[ns]", "celsius": "float64"},
            "rows": [
                ["2024-07-01 00:00", 15.0],
                ["2024-07-01 03:00", 18.0],
                ["2024-07-01 04:00", 17.5],
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
