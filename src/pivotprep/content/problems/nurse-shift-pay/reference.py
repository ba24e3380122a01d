"""Two running values: best total with and without working the current day. O(n), O(1) space."""


def best_shift_pay(pay: list[int]) -> int:
    worked, rested = 0, 0  # best totals where the previous day was / was not worked
    for p in pay:
        worked, rested = rested + p, max(worked, rested)
    return max(worked, rested)
