"""Reference: two pointers at the ends, filling the answer from the back. O(n) time, O(n) space."""


def rank_deviations(temps: list[int], setpoint: int) -> list[int]:
    """Return abs(t - setpoint) for every reading, in ascending order."""
    ranked = [0] * len(temps)
    lo, hi = 0, len(temps) - 1
    for slot in range(len(temps) - 1, -1, -1):
        left, right = abs(temps[lo] - setpoint), abs(temps[hi] - setpoint)
        if left > right:
            ranked[slot] = left
            lo += 1
        else:
            ranked[slot] = right
            hi -= 1
    return ranked
