"""Wrong: fills from the front with the smaller end, but the smallest distance sits in the middle."""


def rank_deviations(temps: list[int], setpoint: int) -> list[int]:
    ranked = []
    lo, hi = 0, len(temps) - 1
    while lo <= hi:
        left, right = abs(temps[lo] - setpoint), abs(temps[hi] - setpoint)
        if left < right:
            ranked.append(left)
            lo += 1
        else:
            ranked.append(right)
            hi -= 1
    return ranked
