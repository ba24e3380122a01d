"""Deeply nested, well-formed brackets with some text: the whole file must be read."""

import random


def generate(n: int, rng: random.Random) -> dict:
    opens = rng.choices("([{", k=n // 2)
    closes = {"(": ")", "[": "]", "{": "}"}
    text = "".join(opens) + "".join(closes[c] for c in reversed(opens))
    return {"config": text}
