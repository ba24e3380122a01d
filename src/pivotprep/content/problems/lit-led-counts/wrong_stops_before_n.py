"""Off by one: returns the counts for 0..n-1 only."""


def lit_leds(n):
    counts = [0] * max(n, 1)
    for i in range(1, n):
        counts[i] = counts[i >> 1] + (i & 1)
    return counts
