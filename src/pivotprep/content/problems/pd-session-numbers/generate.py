"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "events": {
        "__frame__": {
            "columns": ["user_id", "ts"],
            "dtypes": {"ts": "datetime64[ns]"},
            "rows": [
                [1, "2024-01-01 10:00"],
                [1, "2024-01-01 10:10"],
                [1, "2024-01-01 11:00"],
                [2, "2024-01-01 10:05"],
            ],
        }
    },
    "gap_minutes": 30,
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
