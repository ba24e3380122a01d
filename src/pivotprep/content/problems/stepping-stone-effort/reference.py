"""effort(i) = min(effort(i-1) + |h[i]-h[i-1]|, effort(i-2) + |h[i]-h[i-2]|). O(n), O(1) space."""


def least_effort(heights: list[int]) -> int:
    two_back, one_back = 0, 0
    for i in range(1, len(heights)):
        here = one_back + abs(heights[i] - heights[i - 1])
        if i >= 2:
            here = min(here, two_back + abs(heights[i] - heights[i - 2]))
        two_back, one_back = one_back, here
    return one_back
