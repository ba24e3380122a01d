"""Greedy by layers: all stations reachable with k charges form a window. O(n) time, O(1) space."""


def fewest_recharges(reach: list[int]) -> int:
    last = len(reach) - 1
    if last == 0:
        return 0
    charges, window_end, farthest = 0, 0, 0
    for i in range(last):
        farthest = max(farthest, i + reach[i])
        if i == window_end:  # leaving the stations covered by the current number of charges
            if farthest <= i:
                return -1
            charges += 1
            window_end = farthest
            if window_end >= last:
                return charges
    return -1
