"""A valid, complete binary search tree of n IDs (every node must be checked)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    ids = sorted(rng.sample(range(-(2**31), 2**31 - 1), n))
    tree = [0] * n
    # in-order walk over the implicit complete tree (children of i: 2i + 1, 2i + 2)
    stack, i, k = [], 0, 0
    while stack or i < n:
        while i < n:
            stack.append(i)
            i = 2 * i + 1
        i = stack.pop()
        tree[i] = ids[k]
        k += 1
        i = 2 * i + 2
    return {"root": tree}
