"""Reference: sort, fix the first value, two pointers for the other two. O(n^2) time, O(n) space."""


def cancelling_trios(corrections: list[int]) -> list[list[int]]:
    """Return the distinct ascending trios of entries summing to zero, in ascending order."""
    values = sorted(corrections)
    trios: list[list[int]] = []
    n = len(values)
    for i in range(n - 2):
        if values[i] > 0:
            break
        if i and values[i] == values[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = values[i] + values[lo] + values[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                trios.append([values[i], values[lo], values[hi]])
                lo += 1
                hi -= 1
                while lo < hi and values[lo] == values[lo - 1]:
                    lo += 1
    return trios
