"""Wrong: checks each reading only against the first reading of the window, not the true spread."""


def longest_calm_stretch(readings: list[int], tolerance: int) -> int:
    if tolerance < 0:
        raise ValueError("tolerance must be zero or positive")
    best = 0
    left = 0
    for right, value in enumerate(readings):
        if abs(value - readings[left]) > tolerance:
            left = right
        best = max(best, right - left + 1)
    return best
