"""XOR cancels every pair (x ^ x == 0), leaving the unpaired id. O(n) time, O(1) space."""


def unpaired_id(ids: list[int]) -> int:
    result = 0
    for x in ids:
        result ^= x
    return result
