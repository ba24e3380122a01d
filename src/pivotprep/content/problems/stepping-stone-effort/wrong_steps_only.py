"""Ignores jumps and only steps stone by stone."""


def least_effort(heights):
    return sum(abs(b - a) for a, b in zip(heights, heights[1:]))
