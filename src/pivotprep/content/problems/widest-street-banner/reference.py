"""Reference: a monotonic stack of increasing heights. O(n) time, O(n) space."""


def largest_banner(heights: list[int]) -> int:
    """Return the largest rectangle area that fits under the buildings."""
    best = 0
    rising: list[int] = []  # indices of buildings with increasing heights
    for i, height in enumerate([*heights, 0]):
        while rising and heights[rising[-1]] >= height:
            top = heights[rising.pop()]
            left = rising[-1] + 1 if rising else 0
            best = max(best, top * (i - left))
        rising.append(i)
    return best
