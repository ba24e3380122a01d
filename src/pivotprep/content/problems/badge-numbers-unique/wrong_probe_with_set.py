"""Correct but slow: O(n^2) on crowded input, each duplicate walks up one number at a time through a set."""


def fewest_increments(badges):
    used = set()
    total = 0
    for b in sorted(badges):
        while b in used:
            b += 1
            total += 1
        used.add(b)
    return total
