"""Correct but slow: O(n^2), scans left and right for the highest walls of every section."""


def pooled_water(heights: list[int]) -> int:
    water = 0
    for i, h in enumerate(heights):
        left = max(heights[: i + 1])
        right = max(heights[i:])
        water += min(left, right) - h
    return water
