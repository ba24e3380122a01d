"""Wrong: sorts (count, lane) in reverse, so ties put the higher lane number first."""

from collections import Counter


def busiest_lanes(scans: list[int], k: int) -> list[int]:
    if k < 0:
        raise ValueError("k must be zero or positive")
    ranked = sorted(Counter(scans).items(), key=lambda item: (item[1], item[0]), reverse=True)
    return [lane for lane, _ in ranked[:k]]
