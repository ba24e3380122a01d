"""A complete binary search tree of n rents; k is half of n, so half the tree is walked."""

import random


def generate(n: int, rng: random.Random) -> dict:
    n = max(n, 1)
    rents = sorted(rng.sample(range(1, 10**9), n))
    tree = [0] * n
    stack, i, k = [], 0, 0
    while stack or i < n:
        while i < n:
            stack.append(i)
            i = 2 * i + 1
        i = stack.pop()
        tree[i] = rents[k]
        k += 1
        i = 2 * i + 2
    return {"root": tree, "k": max(1, n // 2)}
