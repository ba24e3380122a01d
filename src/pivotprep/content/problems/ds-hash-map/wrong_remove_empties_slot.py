"""Removal marks the slot empty instead of leaving a tombstone, cutting later keys off their probe chain."""


class HashMap:
    def __init__(self):
        self._slots = [None] * 8
        self._count = 0

    def _find(self, key):
        mask = len(self._slots) - 1
        i = hash(key) & mask
        while self._slots[i] is not None:
            if self._slots[i][0] == key:
                return i, True
            i = (i + 1) & mask
        return i, False

    def put(self, key, value):
        i, found = self._find(key)
        if not found:
            self._count += 1
        self._slots[i] = (key, value)
        if self._count * 3 > len(self._slots) * 2:
            old = [s for s in self._slots if s is not None]
            self._slots = [None] * (len(self._slots) * 2)
            for k, v in old:
                j, _ = self._find(k)
                self._slots[j] = (k, v)

    def get(self, key):
        i, found = self._find(key)
        return self._slots[i][1] if found else None

    def contains(self, key):
        return self._find(key)[1]

    def remove(self, key):
        i, found = self._find(key)
        if not found:
            return False
        self._slots[i] = None
        self._count -= 1
        return True

    def size(self):
        return self._count
