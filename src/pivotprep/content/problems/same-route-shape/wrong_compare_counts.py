"""Wrong: compares how often codes occur, ignoring the order in which they occur."""

from collections import Counter


def same_route_shape(first: str, second: str) -> bool:
    if len(first) != len(second):
        return False
    return sorted(Counter(first).values()) == sorted(Counter(second).values())
