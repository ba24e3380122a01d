"""One pass with AND, OR and a seen-once / seen-twice pair of masks. O(n) time, O(1) space."""


def summarise_permissions(masks: list[int]) -> list[int]:
    if not masks:
        return [0, 0, 0]
    every = ~0
    once = twice = 0  # bits seen exactly once so far / at least twice
    for m in masks:
        every &= m
        twice |= once & m
        once = (once | m) & ~twice
    return [every, once | twice, once]
