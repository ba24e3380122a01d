"""Correct but slow: O(n^2), tries every starting hour and extends a running balance."""


def longest_balanced_stretch(shifts: str) -> int:
    best = 0
    for start in range(len(shifts)):
        balance = 0
        for end in range(start, len(shifts)):
            balance += 1 if shifts[end] == "D" else -1
            if balance == 0:
                best = max(best, end - start + 1)
    return best
