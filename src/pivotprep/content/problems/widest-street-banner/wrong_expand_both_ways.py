"""Correct but slow: O(n^2), expands left and right from every building."""


def largest_banner(heights: list[int]) -> int:
    best = 0
    for i, height in enumerate(heights):
        left = i
        while left > 0 and heights[left - 1] >= height:
            left -= 1
        right = i
        while right + 1 < len(heights) and heights[right + 1] >= height:
            right += 1
        best = max(best, height * (right - left + 1))
    return best
