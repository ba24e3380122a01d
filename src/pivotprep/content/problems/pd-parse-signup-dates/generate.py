"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "signups": {
        "__frame__": {
            "columns": ["user_id", "signup", "plan"],
            "rows": [
                [1, "2024-03-07", "free"],
                [2, "2024-03-30", "pro"],
                [3, "2024-13-01", "free"],
                [4, "2024-04-02", "free"],
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
