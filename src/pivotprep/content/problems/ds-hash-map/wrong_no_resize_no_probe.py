"""Eight fixed slots and no collision handling: a key that lands on a taken slot overwrites it."""


class HashMap:
    def __init__(self):
        self._keys = [None] * 8
        self._values = [None] * 8
        self._used = [False] * 8

    def _i(self, key):
        return hash(key) % 8

    def put(self, key, value):
        i = self._i(key)
        self._keys[i], self._values[i], self._used[i] = key, value, True

    def get(self, key):
        i = self._i(key)
        return self._values[i] if self._used[i] and self._keys[i] == key else None

    def contains(self, key):
        i = self._i(key)
        return self._used[i] and self._keys[i] == key

    def remove(self, key):
        if not self.contains(key):
            return False
        self._used[self._i(key)] = False
        return True

    def size(self):
        return sum(self._used)
