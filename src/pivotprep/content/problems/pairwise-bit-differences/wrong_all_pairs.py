"""Correct but slow: O(n^2), it XORs every pair and counts the bits."""


def total_bit_differences(words):
    total = 0
    for i in range(len(words)):
        for j in range(i + 1, len(words)):
            total += bin(words[i] ^ words[j]).count("1")
    return total
