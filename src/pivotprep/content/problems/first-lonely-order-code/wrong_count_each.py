"""Correct but slow: O(n^2), calls codes.count for every position."""


def first_unique_code(codes: str) -> int:
    for i, code in enumerate(codes):
        if codes.count(code) == 1:
            return i
    return -1
