"""Wrong: shrinks the window by at most one hour per step (if instead of while), missing short stretches."""


def shortest_run_to_goal(pledges: list[int], goal: int) -> int:
    best = 0
    total = 0
    left = 0
    for right, amount in enumerate(pledges):
        total += amount
        if total >= goal:
            length = right - left + 1
            if best == 0 or length < best:
                best = length
            total -= pledges[left]
            left += 1
    return best
