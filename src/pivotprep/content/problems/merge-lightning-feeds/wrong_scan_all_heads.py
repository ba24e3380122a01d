"""Correct but slow: O(n * k), which is O(n^2) here; scans every station's next timestamp for each strike."""


def merge_feeds(feeds: list[list[int]]) -> list[int]:
    positions = [0] * len(feeds)
    merged = []
    while True:
        best = None
        for station, feed in enumerate(feeds):
            if positions[station] < len(feed):
                if best is None or feed[positions[station]] < feeds[best][positions[best]]:
                    best = station
        if best is None:
            return merged
        merged.append(feeds[best][positions[best]])
        positions[best] += 1
