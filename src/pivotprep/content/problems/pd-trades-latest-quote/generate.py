"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "quotes": {
        "__frame__": {
            "columns": ["symbol", "at", "price"],
            "dtypes": {"at": "datetime64[ns]"},
            "rows": [
                ["ABC", "2024-01-02 10:00:00", 10.0],
                ["ABC", "2024-01-02 10:00:04", 10.5],
                ["XYZ", "2024-01-02 10:00:08", 99.0],
            ],
        }
    },
    "trades": {
        "__frame__": {
            "columns": ["trade_id", "symbol", "at"],
            "dtypes": {"at": "datetime64[ns]"},
            "rows": [
                [1, "ABC", "2024-01-02 10:00:05"],
                [2, "XYZ", "2024-01-02 10:00:07"],
                [3, "ABC", "2024-01-02 10:00:01"],
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
