"""Correct but slow: O(n^2), restarts a running total from every hour."""


def shortest_run_to_goal(pledges: list[int], goal: int) -> int:
    best = 0
    for start in range(len(pledges)):
        total = 0
        for end in range(start, len(pledges)):
            total += pledges[end]
            if total >= goal:
                if best == 0 or end - start + 1 < best:
                    best = end - start + 1
                break
    return best
