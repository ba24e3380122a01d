"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "ledger": {
        "__frame__": {
            "columns": ["account", "posted", "change"],
            "dtypes": {"posted": "datetime64[ns]"},
            "rows": [
                ["A", "2024-01-01", 100],
                ["B", "2024-01-01", 20],
                ["A", "2024-01-03", -150],
                ["A", "2024-01-02", 30],
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
