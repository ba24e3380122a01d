"""Wrong: at the first mismatch it only ever tries deleting the left-hand character."""


def reads_same_with_one_slip(serial: str) -> bool:
    lo, hi = 0, len(serial) - 1
    while lo < hi:
        if serial[lo] != serial[hi]:
            rest = serial[lo + 1 : hi + 1]
            return rest == rest[::-1]
        lo += 1
        hi -= 1
    return True
