"""Sort, then each badge must be at least one more than the previous one. O(n log n)."""


def fewest_increments(badges: list[int]) -> int:
    total = 0
    next_free = -1
    for b in sorted(badges):
        target = max(b, next_free)
        total += target - b
        next_free = target + 1
    return total
