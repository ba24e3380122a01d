"""Reference: a deque of accepted timestamps. O(1) amortised per call, O(limit) space."""

from collections import deque


class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        if limit <= 0 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self.times: deque[int] = deque()

    def _expire(self, timestamp: int) -> None:
        while self.times and self.times[0] <= timestamp - self.window:
            self.times.popleft()

    def allow(self, timestamp: int) -> bool:
        self._expire(timestamp)
        self.latest = timestamp
        if len(self.times) < self.limit:
            self.times.append(timestamp)
            return True
        return False

    def accepted(self) -> int:
        if self.times:
            self._expire(self.latest)
        return len(self.times)
