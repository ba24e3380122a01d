"""Reference: grow-and-shrink window over positive pledges. O(n) time, O(1) space."""


def shortest_run_to_goal(pledges: list[int], goal: int) -> int:
    """Return the fewest consecutive hours raising at least goal, or 0 if none."""
    best = 0
    total = 0
    left = 0
    for right, amount in enumerate(pledges):
        total += amount
        while total >= goal:
            length = right - left + 1
            if best == 0 or length < best:
                best = length
            total -= pledges[left]
            left += 1
    return best
