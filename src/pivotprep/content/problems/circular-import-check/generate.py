"""About n imports among n/2 modules that only import later modules (no loop: a full search)."""

import random


def generate(n: int, rng: random.Random) -> dict:
    modules = max(2, n // 2)
    imports = []
    for _ in range(n):
        i, j = sorted(rng.sample(range(modules), 2))
        imports.append([f"mod{i}", f"mod{j}"])
    return {"imports": imports}
