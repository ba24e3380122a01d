"""Correct but slow: O(n^2) overall, it stamps every use with a counter and scans all stamps with min() to evict."""


class LRUCache:
    def __init__(self, capacity):
        self._capacity = capacity
        self._values = {}
        self._stamp = {}
        self._clock = 0

    def _touch(self, key):
        self._clock += 1
        self._stamp[key] = self._clock

    def get(self, key):
        if key not in self._values:
            return None
        self._touch(key)
        return self._values[key]

    def put(self, key, value):
        if key not in self._values:
            if self._capacity == 0:
                return
            if len(self._values) == self._capacity:
                oldest = min(self._stamp, key=lambda k: self._stamp[k])
                del self._values[oldest]
                del self._stamp[oldest]
        self._values[key] = value
        self._touch(key)

    def size(self):
        return len(self._values)
