"""Counts refused requests too, so a busy client stays locked out longer than it should."""

from collections import deque


class RateLimiter:
    def __init__(self, limit, window):
        if limit <= 0 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self.times = deque()
        self.latest = 0

    def allow(self, timestamp):
        while self.times and self.times[0] <= timestamp - self.window:
            self.times.popleft()
        self.latest = timestamp
        self.times.append(timestamp)
        return len(self.times) <= self.limit

    def accepted(self):
        while self.times and self.times[0] <= self.latest - self.window:
            self.times.popleft()
        return min(len(self.times), self.limit)
