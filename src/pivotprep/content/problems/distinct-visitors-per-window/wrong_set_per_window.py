"""Correct but slow: O(n * k), which is O(n^2) when k grows with n; builds a new set for every window."""


def distinct_per_window(checkins: list[int], k: int) -> list[int]:
    if not 1 <= k <= len(checkins):
        raise ValueError("k must be between 1 and the number of days")
    return [len(set(checkins[i : i + k])) for i in range(len(checkins) - k + 1)]
