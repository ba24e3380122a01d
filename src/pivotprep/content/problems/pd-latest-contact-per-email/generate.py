"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "contacts": {
        "__frame__": {
            "columns": ["contact_id", "email", "updated"],
            "dtypes": {"updated": "datetime64[ns]"},
            "rows": [
                [1, "Ana@x.io ", "2024-01-01"],
                [2, "ana@x.io", "2024-02-01"],
                [3, "bo@y.org", "2024-01-15"],
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
