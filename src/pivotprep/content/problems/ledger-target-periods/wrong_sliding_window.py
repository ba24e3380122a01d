"""Wrong: a shrinking sliding window, which only works when no change is negative."""


def count_target_periods(changes: list[int], target: int) -> int:
    count = 0
    left = 0
    total = 0
    for right, change in enumerate(changes):
        total += change
        while total > target and left <= right:
            total -= changes[left]
            left += 1
        if total == target and left <= right:
            count += 1
    return count
