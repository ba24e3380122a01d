"""Two rosters of n sorted, disjoint random shifts each."""

import random


def generate(n: int, rng: random.Random) -> dict:
    def roster() -> list[list[int]]:
        shifts, t = [], 0
        for _ in range(n):
            start = t + rng.randint(1, 10)
            end = start + rng.randint(0, 12)
            shifts.append([start, end])
            t = end
        return shifts

    return {"doctor": roster(), "nurse": roster()}
