"""Inputs of n rows: the first example's rows repeated (the round is not timed by n)."""

import random

TEMPLATE = {
    "people": {
        "__frame__": {
            "columns": ["person_id", "full_name"],
            "rows": [[1, "  ada   lovelace"], [2, "GRACE brewster HOPPER"]],
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
