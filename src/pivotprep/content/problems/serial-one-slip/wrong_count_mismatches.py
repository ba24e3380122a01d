"""Wrong: allows one mismatching pair, which treats a changed character like a deleted one."""


def reads_same_with_one_slip(serial: str) -> bool:
    mismatches = 0
    lo, hi = 0, len(serial) - 1
    while lo < hi:
        if serial[lo] != serial[hi]:
            mismatches += 1
        lo += 1
        hi -= 1
    return mismatches <= 1
