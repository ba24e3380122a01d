"""Wrong: reads feed[0] of every station, so an empty feed crashes it."""

import heapq


def merge_feeds(feeds: list[list[int]]) -> list[int]:
    heap = [(feed[0], station, 0) for station, feed in enumerate(feeds)]
    heapq.heapify(heap)
    merged = []
    while heap:
        timestamp, station, position = heapq.heappop(heap)
        merged.append(timestamp)
        if position + 1 < len(feeds[station]):
            heapq.heappush(heap, (feeds[station][position + 1], station, position + 1))
    return merged
