"""Wrong: Counter.most_common breaks ties by first appearance, not by the lower lane number."""

from collections import Counter


def busiest_lanes(scans: list[int], k: int) -> list[int]:
    if k < 0:
        raise ValueError("k must be zero or positive")
    return [lane for lane, _ in Counter(scans).most_common(k)]
