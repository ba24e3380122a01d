"""A valid, complete binary search tree of n IDs (every node must be checked)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    # distinct IDs over the 32-bit range, drawn one at a time: `sample(range(...))` needs the
    # range's length to fit a C ssize_t, which the WebAssembly judge's 32-bit Python lacks
    chosen: set[int] = set()
    while len(chosen) < n:
        chosen.add(rng.randrange(-(2**31), 2**31 - 1))
    ids = sorted(chosen)
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
