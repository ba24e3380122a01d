"""Correct but slow: O(n^2), tries every start day and extends a running sum."""


def count_target_periods(changes: list[int], target: int) -> int:
    count = 0
    for i in range(len(changes)):
        total = 0
        for change in changes[i:]:
            total += change
            if total == target:
                count += 1
    return count
