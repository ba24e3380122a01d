"""Copies the count of i >> 1 but forgets to add i's own lowest bit."""


def lit_leds(n):
    counts = [0] * (n + 1)
    for i in range(1, n + 1):
        counts[i] = counts[i >> 1] if i > 1 else 1
    return counts
