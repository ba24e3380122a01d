"""n random exams of 30-180 minutes spread over a period proportional to n."""

import random


def generate(n: int, rng: random.Random) -> dict:
    exams = []
    for _ in range(n):
        start = rng.randint(0, 20 * n)
        exams.append([start, start + rng.randint(30, 180)])
    return {"exams": exams}
