"""Wrong: never skips equal values, so repeated corrections produce the same trio twice."""


def cancelling_trios(corrections: list[int]) -> list[list[int]]:
    values = sorted(corrections)
    trios = []
    for i in range(len(values) - 2):
        lo, hi = i + 1, len(values) - 1
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
    return trios
