"""Wrong: decrements a leaving member's count but never deletes it, so members with count 0 are still counted."""

from collections import Counter


def distinct_per_window(checkins: list[int], k: int) -> list[int]:
    if not 1 <= k <= len(checkins):
        raise ValueError("k must be between 1 and the number of days")
    window = Counter(checkins[:k])
    counts = [len(window)]
    for day in range(k, len(checkins)):
        window[checkins[day - k]] -= 1
        window[checkins[day]] += 1
        counts.append(len(window))
    return counts
