"""Raises a class merely named ValueError (not derived from the built-in one), and also
puts it into `builtins` under that name, where the design problem's cases expect a real
ValueError."""

import builtins


class ValueError(Exception):  # noqa: A001 - the point of the attack
    pass


builtins.ValueError = ValueError


class RateLimiter:
    def __init__(self, limit, window):
        raise ValueError("not the real one")

    def allow(self, timestamp):
        raise ValueError("not the real one")
