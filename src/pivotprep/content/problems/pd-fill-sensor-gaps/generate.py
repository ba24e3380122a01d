"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "readings": {
        "__frame__": {
            "columns": ["sensor", "ts", "value"],
            "dtypes": {"ts": "datetime64[ns]", "value": "float64"},
            "rows": [
                ["s1", "2024-06-01 00:00", 20.5],
                ["s1", "2024-06-01 00:10", None],
                ["s2", "2024-06-01 00:00", None],
                ["s2", "2024-06-01 00:10", 18.0],
                ["s2", "2024-06-01 00:20", None],
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
