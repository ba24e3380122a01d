"""Reference: a sliding window with a count per member. O(n) time, O(k) space."""

from collections import Counter


def distinct_per_window(checkins: list[int], k: int) -> list[int]:
    """Return the number of distinct IDs in every window of k consecutive days."""
    if not 1 <= k <= len(checkins):
        raise ValueError("k must be between 1 and the number of days")
    window = Counter(checkins[:k])
    counts = [len(window)]
    for day in range(k, len(checkins)):
        leaving = checkins[day - k]
        window[leaving] -= 1
        if window[leaving] == 0:
            del window[leaving]
        window[checkins[day]] += 1
        counts.append(len(window))
    return counts
