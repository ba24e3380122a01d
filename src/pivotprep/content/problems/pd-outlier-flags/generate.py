"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "readings": {
        "__frame__": {
            "columns": ["sensor", "value"],
            "rows": [
                ["t", 20.0],
                ["t", 21.0],
                ["t", 22.0],
                ["t", 21.5],
                ["t", 45.0],
                ["p", 1000.0],
                ["p", 1010.0],
                ["p", 990.0],
                ["p", 1005.0],
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
