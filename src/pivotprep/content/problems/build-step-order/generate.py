"""n steps and about 2n random forward rules (a DAG), shuffled labels."""

import random


def generate(n: int, rng: random.Random) -> dict:
    labels = list(range(n))
    rng.shuffle(labels)
    rules = []
    for _ in range(2 * n):
        i, j = rng.randrange(n), rng.randrange(n)
        if i != j:
            lo, hi = min(i, j), max(i, j)
            rules.append([labels[lo], labels[hi]])
    return {"n": n, "rules": rules}
