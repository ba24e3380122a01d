"""For each of the 32 bits, ones * zeros pairs differ there. O(32 n) time, O(1) space."""


def total_bit_differences(words: list[int]) -> int:
    total = 0
    n = len(words)
    for bit in range(32):
        ones = sum((w >> bit) & 1 for w in words)
        total += ones * (n - ones)
    return total
