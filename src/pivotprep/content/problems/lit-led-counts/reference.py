"""bits(i) = bits(i >> 1) + (i & 1), filled from 0 upwards. O(n)."""


def lit_leds(n: int) -> list[int]:
    counts = [0] * (n + 1)
    for i in range(1, n + 1):
        counts[i] = counts[i >> 1] + (i & 1)
    return counts
