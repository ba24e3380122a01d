"""Reference: sliding window with monotonic deques for its max and min. O(n) time, O(n) space."""

from collections import deque


def longest_calm_stretch(readings: list[int], tolerance: int) -> int:
    """Return the length of the longest stretch whose max - min is at most tolerance."""
    if tolerance < 0:
        raise ValueError("tolerance must be zero or positive")
    highs: deque[int] = deque()  # positions, readings decreasing
    lows: deque[int] = deque()  # positions, readings increasing
    left = best = 0
    for right, value in enumerate(readings):
        while highs and readings[highs[-1]] <= value:
            highs.pop()
        highs.append(right)
        while lows and readings[lows[-1]] >= value:
            lows.pop()
        lows.append(right)
        while readings[highs[0]] - readings[lows[0]] > tolerance:
            left += 1
            if highs[0] < left:
                highs.popleft()
            if lows[0] < left:
                lows.popleft()
        best = max(best, right - left + 1)
    return best
