"""Counts ones * n per bit instead of ones * zeros, so it also 'counts' pairs that agree on a 1."""


def total_bit_differences(words):
    total = 0
    for bit in range(32):
        ones = sum((w >> bit) & 1 for w in words)
        total += ones * (len(words) - 1)
    return total // 2
