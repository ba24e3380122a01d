"""Correct but slow: O(n^2) overall, walks the hours one by one for every threshold."""


def first_hours_at_or_below(levels: list[int], thresholds: list[int]) -> list[int]:
    out = []
    for threshold in thresholds:
        hour = -1
        for h, level in enumerate(levels):
            if level <= threshold:
                hour = h
                break
        out.append(hour)
    return out
