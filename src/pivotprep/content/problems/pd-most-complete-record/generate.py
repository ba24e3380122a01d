"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "records": {
        "__frame__": {
            "columns": ["supplier_id", "phone", "email", "address"],
            "rows": [
                [1, None, "a@x.io", None],
                [1, "555", "a@x.io", None],
                [2, "111", None, "Main St"],
                [2, None, "b@y.io", "Side St"],
                [3, None, None, None],
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
