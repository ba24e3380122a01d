"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "daily": {
        "__frame__": {
            "columns": ["day", "store", "sales"],
            "dtypes": {"day": "datetime64[ns]", "sales": "float64"},
            "rows": [
                ["2024-05-01", "a", 10.0],
                ["2024-05-02", "a", 20.0],
                ["2024-05-03", "a", 30.0],
                ["2024-05-04", "a", 40.0],
                ["2024-05-01", "b", 5.0],
                ["2024-05-02", "b", 7.0],
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
