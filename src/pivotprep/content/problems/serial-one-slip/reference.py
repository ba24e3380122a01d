"""Reference: two pointers; on a mismatch try skipping either side. O(n) time, O(1) space."""


def _reads_same(serial: str, lo: int, hi: int) -> bool:
    while lo < hi:
        if serial[lo] != serial[hi]:
            return False
        lo += 1
        hi -= 1
    return True


def reads_same_with_one_slip(serial: str) -> bool:
    """Return True if deleting at most one character makes serial read the same both ways."""
    lo, hi = 0, len(serial) - 1
    while lo < hi:
        if serial[lo] != serial[hi]:
            return _reads_same(serial, lo + 1, hi) or _reads_same(serial, lo, hi - 1)
        lo += 1
        hi -= 1
    return True
