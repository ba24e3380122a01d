"""About n calls: a limit and window large enough that the window holds ~n/2 requests."""

import random


def generate(n: int, rng: random.Random) -> dict:
    operations = ["RateLimiter"]
    arguments: list[list[int]] = [[max(1, n // 2), n]]
    t = 0
    for _ in range(n):
        t += rng.randint(0, 2)
        operations.append("allow")
        arguments.append([t])
    return {"operations": operations, "arguments": arguments}
