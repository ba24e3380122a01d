"""Random pledges and a goal of about a third of the total: windows are long."""

import random


def generate(n: int, rng: random.Random) -> dict:
    pledges = [rng.randint(1, 100) for _ in range(n)]
    return {"pledges": pledges, "goal": max(1, sum(pledges) // 3)}
