"""Correct but slow: O(n^2) overall, rebuilds the whole list of timestamps on every call."""


class RateLimiter:
    def __init__(self, limit, window):
        if limit <= 0 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self.times = []
        self.latest = 0

    def allow(self, timestamp):
        self.latest = timestamp
        self.times = [t for t in self.times if t > timestamp - self.window]
        if len(self.times) < self.limit:
            self.times.append(timestamp)
            return True
        return False

    def accepted(self):
        return len([t for t in self.times if t > self.latest - self.window])
