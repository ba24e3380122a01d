"""Two random names of length n over a small alphabet."""

import random


def generate(n: int, rng: random.Random) -> dict:
    def name() -> str:
        return "".join(rng.choice("aeilnrst") for _ in range(n))

    return {"typed": name(), "registered": name()}
