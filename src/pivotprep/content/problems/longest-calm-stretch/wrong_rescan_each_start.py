"""Correct but slow: O(n^2), grows a new window from every start while tracking min and max."""


def longest_calm_stretch(readings: list[int], tolerance: int) -> int:
    if tolerance < 0:
        raise ValueError("tolerance must be zero or positive")
    best = 0
    for start in range(len(readings)):
        low = high = readings[start]
        for end in range(start, len(readings)):
            low = min(low, readings[end])
            high = max(high, readings[end])
            if high - low > tolerance:
                break
            best = max(best, end - start + 1)
    return best
