"""n status events over about n/4 orders for the speed drill."""

import random


def generate(n: int, rng: random.Random) -> dict:
    statuses = ["placed", "paid", "packed", "shipped", "delivered"]
    rows, seq = [], {}
    for _ in range(n):
        order = rng.randint(1, max(1, n // 4))
        seq[order] = seq.get(order, 0) + 1
        rows.append([order, seq[order], statuses[min(seq[order], 5) - 1]])
    return {"events": {"__frame__": {"columns": ["order_id", "seq", "status"], "rows": rows}}}
